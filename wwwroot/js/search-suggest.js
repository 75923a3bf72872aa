// Suggestions under the search box, as an ARIA 1.2 combobox (an input that controls a listbox; the input
// keeps the focus and points at the active option with aria-activedescendant). The form submits to /tim-kiem
// without this script; with it, typing shows up to eight products and producers, moved through with the
// arrow keys, opened with Enter and closed with Escape.
(function () {
  'use strict';

  var DEBOUNCE_MS = 150;
  var MIN_LENGTH = 2;

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
    // The browser's own list of earlier entries would cover ours.
    input.setAttribute('autocomplete', 'off');

    var endpoint = input.getAttribute('data-suggest-url');
    var timer = 0;
    var active = -1;
    var items = [];
    var requestNumber = 0;

    function close() {
      // An answer still on its way must not reopen the list after it was closed.
      window.clearTimeout(timer);
      requestNumber++;
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
        items[index].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function option(s, i) {
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
        // A comma for screen readers, which would otherwise run the name and the producer together.
        var pause = document.createElement('span');
        pause.className = 'visually-hidden';
        pause.textContent = ', ';
        li.appendChild(pause);
        var sub = document.createElement('span');
        sub.className = 'suggestion-subtitle';
        sub.textContent = s.subtitle;
        li.appendChild(sub);
      }
      // mousedown, not click: the input must not lose the focus (and close the list) before the choice counts.
      li.addEventListener('mousedown', function (e) {
        e.preventDefault();
        window.location.assign(s.url);
      });
      li.addEventListener('mousemove', function () {
        if (active !== i) {
          highlight(i);
        }
      });
      return li;
    }

    function render(suggestions) {
      list.textContent = '';
      items = suggestions.map(function (s, i) {
        var li = option(s, i);
        list.appendChild(li);
        return li;
      });
      active = -1;
      input.removeAttribute('aria-activedescendant');
      list.hidden = items.length === 0;
      input.setAttribute('aria-expanded', items.length ? 'true' : 'false');
    }

    function fetchSuggestions() {
      var q = input.value.trim();
      if (q.length < MIN_LENGTH) {
        close();
        return;
      }
      var mine = ++requestNumber;
      fetch(endpoint + '?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (data) {
          // Only the answer to the latest request, and only while the visitor is still in the box.
          if (mine === requestNumber && document.activeElement === input) {
            render(data.suggestions || []);
          }
        })
        .catch(function () {
          if (mine === requestNumber) {
            close();
          }
        });
    }

    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DEBOUNCE_MS);
    });

    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        if (!items.length) {
          // The arrow keys open the list when it is closed, as in any combobox.
          if (e.key === 'ArrowDown' && input.value.trim().length >= MIN_LENGTH) {
            e.preventDefault();
            window.clearTimeout(timer);
            fetchSuggestions();
          }
          return;
        }
        e.preventDefault();
        if (e.key === 'ArrowDown') {
          highlight((active + 1) % items.length);
        } else {
          highlight(active <= 0 ? items.length - 1 : active - 1);
        }
      } else if (e.key === 'Enter' && active >= 0) {
        // With no option chosen, Enter submits the form as usual.
        e.preventDefault();
        window.location.assign(items[active].dataset.url);
      } else if (e.key === 'Escape') {
        // Closing also drops a request still on its way; only an open list keeps Escape from the browser.
        if (!list.hidden) {
          e.preventDefault();
        }
        close();
      }
    });

    input.addEventListener('blur', function () {
      window.setTimeout(function () {
        if (document.activeElement !== input) {
          close();
        }
      }, 100);
    });
    if (form) {
      form.addEventListener('submit', close);
    }
  }

  document.querySelectorAll('input[data-suggest-url]').forEach(setUp);
})();
