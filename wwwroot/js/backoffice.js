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
  // The rich-text editor (Trix) reports its edits with an event of its own.
  document.addEventListener("trix-change", markDirty);
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
