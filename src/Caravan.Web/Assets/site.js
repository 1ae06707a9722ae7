// Caravan's only script, and every page works without it.
// 1. Times: <time datetime> holds UTC; show it in the reader's own time zone.
// 2. Keyboard: j/k move between entries, o (or Enter) opens the current one, / focuses search.
(function () {
  "use strict";
  var fmt = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" });
  document.querySelectorAll("time[datetime]").forEach(function (t) {
    var d = new Date(t.getAttribute("datetime"));
    if (isNaN(d)) return;
    t.title = t.textContent;
    t.textContent = fmt.format(d);
  });

  var entries = Array.prototype.slice.call(document.querySelectorAll("main article"));
  var current = -1;
  function select(i) {
    if (entries.length === 0) return;
    if (current >= 0) entries[current].classList.remove("current");
    current = Math.max(0, Math.min(entries.length - 1, i));
    entries[current].classList.add("current");
    entries[current].scrollIntoView({ block: "nearest" });
    var link = entries[current].querySelector("h1 a, h2 a, h3 a, h4 a");
    if (link) link.focus({ preventScroll: true });
  }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var tag = (e.target && e.target.tagName) || "";
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") return;
    if (e.key === "j") { select(current + 1); e.preventDefault(); }
    else if (e.key === "k") { select(current - 1); e.preventDefault(); }
    else if (e.key === "o" && current >= 0) {
      var link = entries[current].querySelector("h1 a, h2 a, h3 a, h4 a");
      if (link) { window.location.href = link.href; e.preventDefault(); }
    }
    else if (e.key === "/") {
      var q = document.getElementById("q");
      if (q) { q.focus(); e.preventDefault(); }
    }
  });
})();
