// Pond explorer: keeps the server-rendered sections current without a reload. The server
// sends a message on /api/stream whenever blocks are applied; each section listed in
// <body data-fragments> is then fetched again from /fragments/<name> and swapped in.
(function () {
  "use strict";
  var names = (document.body.getAttribute("data-fragments") || "").split(" ").filter(Boolean);
  var live = document.getElementById("live");
  var busy = false, again = false;

  function refresh() {
    if (busy) { again = true; return; }
    busy = true;
    Promise.all(names.map(function (name) {
      return fetch("/fragments/" + name, { cache: "no-store" }).then(function (r) {
        if (!r.ok) { throw new Error(name + ": " + r.status); }
        return r.text();
      }).then(function (html) {
        var el = document.getElementById(name);
        if (el) { el.innerHTML = html; }
      });
    })).catch(function (err) {
      console.warn("explorer refresh:", err);
    }).then(function () {
      busy = false;
      live = document.getElementById("live");
      if (again) { again = false; refresh(); }
    });
  }

  if (!window.EventSource) {
    setInterval(refresh, 2000);
    return;
  }
  var stream = new EventSource("/api/stream");
  stream.addEventListener("events", refresh);
  stream.addEventListener("block", refresh);
  stream.onopen = function () { if (live) { live.className = "live"; live.textContent = "live"; } };
  stream.onerror = function () { if (live) { live.className = "offline"; live.textContent = "reconnecting…"; } };
})();
