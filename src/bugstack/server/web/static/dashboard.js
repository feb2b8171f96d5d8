// bugstack dashboard: the pages work without this script. It adds live refresh (short
// polling of a tiny version endpoint; when the version changes, the parts marked
// data-live are replaced from a fresh copy of the page), copy buttons and confirmations.
(function () {
  "use strict";
  var POLL_MS = 2500;

  function refreshLiveParts() {
    return fetch(window.location.href, { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html");
        document.querySelectorAll("[data-live]").forEach(function (part) {
          var replacement = part.id && fresh.getElementById(part.id);
          // Keep what the person is typing or has opened: skip a part that has focus.
          if (replacement && !part.contains(document.activeElement)) {
            part.replaceWith(document.importNode(replacement, true));
          }
        });
      });
  }

  function startPolling(url) {
    var version = null;
    var busy = false;
    function tick() {
      if (busy || document.hidden) { return; }
      busy = true;
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
        .then(function (data) {
          var changed = version !== null && data.version !== version;
          version = data.version;
          return changed ? refreshLiveParts() : null;
        })
        .catch(function () { /* a missed poll is retried on the next tick */ })
        .then(function () { busy = false; });
    }
    tick();
    window.setInterval(tick, POLL_MS);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (!button) { return; }
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (source && navigator.clipboard) {
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        button.textContent = "Copied";
      });
    }
  });

  document.addEventListener("submit", function (event) {
    var message = event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) { event.preventDefault(); }
  });

  var main = document.getElementById("main");
  if (main && main.dataset.liveUrl) { startPolling(main.dataset.liveUrl); }
})();
