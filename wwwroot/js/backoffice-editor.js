// Back office edit pages: the rich-text editor (Trix) set up for stories, and the media library picker.
// Loaded only by pages that include BackOffice/Workflow/_EditorAssets.cshtml.
(function () {
  "use strict";

  function configure() {
    if (!window.Trix) {
      return;
    }
    // A story's headings sit under the page's own h1 (the product's name).
    Trix.config.blockAttributes.heading1.tagName = "h2";
  }

  if (window.Trix) {
    configure();
  } else {
    document.addEventListener("trix-before-initialize", configure, { once: true });
  }

  // Images come only from the media library (resized, checked, with alt text): no pasted or dropped files.
  document.addEventListener("trix-file-accept", function (event) {
    event.preventDefault();
  });
  document.addEventListener("trix-initialize", function (event) {
    var toolbar = event.target.toolbarElement;
    var fileTools = toolbar && toolbar.querySelector("[data-trix-button-group='file-tools']");
    if (fileTools) {
      fileTools.hidden = true;
    }
  });

  var dialog = document.getElementById("media-picker");
  if (!dialog) {
    return;
  }
  var query = dialog.querySelector("#media-picker-query");
  var results = dialog.querySelector("[data-media-results]");
  var status = dialog.querySelector("[data-media-status]");
  var target = null;
  var pending = null;

  function show(message) {
    status.textContent = message || "";
  }

  function isMediaUrl(value) {
    return typeof value === "string" && value.indexOf("/media/") === 0;
  }

  // The library answers [{ id, url, width, height, alt, thumbnailUrl, ... }]: the list shows the small thumbnail,
  // the story gets url (a copy no wider than a story column). Anything else is treated as "not available".
  function search() {
    var q = query.value.trim();
    if (pending) {
      pending.abort();
    }
    pending = new AbortController();
    fetch("/backoffice/api/media?q=" + encodeURIComponent(q), {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
      signal: pending.signal
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (items) {
        results.textContent = "";
        if (!Array.isArray(items) || items.length === 0) {
          show(dialog.dataset.empty);
          return;
        }
        show("");
        items.forEach(function (item) {
          if (!item || !isMediaUrl(item.url)) {
            return;
          }
          var li = document.createElement("li");
          var button = document.createElement("button");
          button.type = "button";
          button.dataset.mediaUrl = item.url;
          var image = document.createElement("img");
          image.src = isMediaUrl(item.thumbnailUrl) ? item.thumbnailUrl : item.url;
          image.alt = "";
          image.loading = "lazy";
          var label = document.createElement("span");
          label.textContent = item.alt || dialog.dataset.altMissing;
          button.appendChild(image);
          button.appendChild(label);
          button.addEventListener("click", function () {
            insert(item);
          });
          li.appendChild(button);
          results.appendChild(li);
        });
      })
      .catch(function (error) {
        if (error && error.name === "AbortError") {
          return;
        }
        results.textContent = "";
        show(dialog.dataset.unavailable);
      });
  }

  function insert(item) {
    if (!target || !target.editor || !window.Trix) {
      return;
    }
    var attributes = { contentType: "image", url: item.url, alt: item.alt || "" };
    if (item.width) {
      attributes.width = item.width;
    }
    if (item.height) {
      attributes.height = item.height;
    }
    target.editor.insertAttachment(new Trix.Attachment(attributes));
    dialog.close();
    target.focus();
  }

  document.addEventListener("click", function (event) {
    var opener = event.target.closest && event.target.closest("[data-insert-media]");
    if (!opener) {
      return;
    }
    target = document.getElementById(opener.getAttribute("data-insert-media"));
    results.textContent = "";
    show("");
    dialog.showModal();
    query.focus();
    search();
  });

  var timer = null;
  query.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  query.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      event.preventDefault();
      search();
    }
  });
})();
