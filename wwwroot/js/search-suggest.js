// Suggestions under the search box, as an ARIA combobox. The form submits to /tim-kiem without this script;
// with it, typing shows up to eight products and producers, chosen with the arrow keys and Enter, closed with Escape.
(function () {
  'use strict';

  var DEBOUNCE_MS = 150;

  function setUp(input) {
    var form = input.form;
    var listId = input.id + '-suggestions';
    var list = document.createElement('ul');
    list.id = listId;
    list.className = 'search-suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', input.getAttribute('data-suggest-label') || '');
    list.hidden = true;
    input.parentNode.appendChild(list);

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', listId);
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('autocomplete', 'off');

    var endpoint = input.getAttribute('data-suggest-url');
    var timer = 0;
    var active = -1;
    var items = [];
    var requestNumber = 0;

    function close() {
      list.hidden = true;
      list.textContent = '';
      items = [];
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function highlight(index) {
      items.forEach(function (item, i) {
        item.setAttribute('aria-selected', i === index ? 'true' : 'false');
      });
      active = index;
      if (index >= 0) {
        input.setAttribute('aria-activedescendant', items[index].id);
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function render(suggestions) {
      list.textContent = '';
      items = suggestions.map(function (s, i) {
        var li = document.createElement('li');
        li.id = listId + '-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.dataset.url = s.url;
        var title = document.createElement('span');
        title.className = 'suggestion-title';
        title.textContent = s.title;
        li.appendChild(title);
        if (s.subtitle) {
          var sub = document.createElement('span');
          sub.className = 'suggestion-subtitle';
          sub.textContent = s.subtitle;
          li.appendChild(sub);
        }
        li.addEventListener('mousedown', function (e) {
          e.preventDefault();
          window.location.assign(s.url);
        });
        list.appendChild(li);
        return li;
      });
      active = -1;
      list.hidden = items.length === 0;
      input.setAttribute('aria-expanded', items.length ? 'true' : 'false');
    }

    function fetchSuggestions() {
      var q = input.value.trim();
      if (q.length < 2) {
        close();
        return;
      }
      var mine = ++requestNumber;
      fetch(endpoint + '?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (data) {
          if (mine === requestNumber) {
            render(data.suggestions || []);
          }
        })
        .catch(close);
    }

    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DEBOUNCE_MS);
    });

    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown' && items.length) {
        e.preventDefault();
        highlight((active + 1) % items.length);
      } else if (e.key === 'ArrowUp' && items.length) {
        e.preventDefault();
        highlight(active <= 0 ? items.length - 1 : active - 1);
      } else if (e.key === 'Enter' && active >= 0) {
        e.preventDefault();
        window.location.assign(items[active].dataset.url);
      } else if (e.key === 'Escape') {
        close();
      }
    });

    input.addEventListener('blur', function () { window.setTimeout(close, 100); });
    if (form) {
      form.addEventListener('submit', close);
    }
  }

  document.querySelectorAll('input[data-suggest-url]').forEach(setUp);
})();
