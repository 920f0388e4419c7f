/* embed.js — the iframe page: options come from the query string
 * (?lang=en&theme=dark&src=URL&q=...&year=2024), and the page tells its parent
 * its height so the iframe can match its content. */
(function () {
  "use strict";
  var params = new URLSearchParams(location.search);
  var widget = document.createElement("meetings-widget");
  ["lang", "theme"].forEach(function (name) {
    var value = params.get(name);
    if (value) widget.setAttribute(name, value);
    params.delete(name);
  });
  var src = params.get("src");
  if (src) widget.setAttribute("data-src", src);
  params.delete("src");
  widget.setAttribute("view", params.toString());
  document.getElementById("meetings-embed").appendChild(widget);

  var last = 0;
  function report() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last && window.parent !== window) {
      last = height;
      window.parent.postMessage({ type: "meetings-widget:height", height: height }, "*");
    }
  }
  if (window.ResizeObserver) new ResizeObserver(report).observe(document.documentElement);
  window.addEventListener("load", report);
  document.addEventListener("meetings-ready", report);
})();
