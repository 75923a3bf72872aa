// Back office: a row button (add, remove, move) sends the form back unsaved; the page it answers with marks its form
// data-unsaved-pending="true" (Razor writes a data- attribute even when its value is null, so the value is what
// counts), and this tells the unsaved-change warning (backoffice.js) that the form holds unsaved work.
(function () {
  "use strict";
  document.querySelectorAll("form[data-warn-unsaved][data-unsaved-pending='true']").forEach(function (form) {
    form.dispatchEvent(new Event("input", { bubbles: true }));
  });
})();
