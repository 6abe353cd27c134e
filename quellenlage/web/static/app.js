// Conveniences only: every page works without this script.
// "/" focuses the search box; hovering or focusing a claim lights up its note and the reverse.
(function () {
  "use strict";
  document.addEventListener("keydown", function (ev) {
    if (ev.key !== "/" || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var t = ev.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable)) return;
    var box = document.querySelector("main input[type=search]") || document.getElementById("q-top");
    if (box) { ev.preventDefault(); box.focus(); box.select(); }
  });
  function light(n, on) {
    document.querySelectorAll('[data-claim="' + n + '"]').forEach(function (el) {
      el.classList.toggle("is-lit", on);
    });
  }
  ["mouseover", "focusin"].forEach(function (type) {
    document.addEventListener(type, function (ev) {
      var el = ev.target.closest && ev.target.closest("[data-claim]");
      if (el) light(el.getAttribute("data-claim"), true);
    });
  });
  ["mouseout", "focusout"].forEach(function (type) {
    document.addEventListener(type, function (ev) {
      var el = ev.target.closest && ev.target.closest("[data-claim]");
      if (el) light(el.getAttribute("data-claim"), false);
    });
  });
})();
