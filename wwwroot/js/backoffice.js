// Back office: warn before leaving a form with unsaved changes (forms marked data-warn-unsaved).
(function () {
  "use strict";
  var dirty = false;
  function markDirty(event) {
    if (event.target.closest && event.target.closest("form[data-warn-unsaved]")) {
      dirty = true;
    }
  }
  document.addEventListener("input", markDirty);
  document.addEventListener("change", markDirty);
  // The rich-text editor (Trix) reports its edits with an event of its own, also for its own housekeeping (an
  // image preview loading), so only a value that differs from the one it started with counts.
  document.addEventListener("trix-initialize", function (event) {
    event.target.dataset.initialValue = event.target.value;
  });
  document.addEventListener("trix-change", function (event) {
    if (event.target.value !== event.target.dataset.initialValue) {
      markDirty(event);
    }
  });
  document.addEventListener("submit", function () {
    dirty = false;
  });
  window.addEventListener("beforeunload", function (event) {
    if (dirty) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
})();
