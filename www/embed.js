/* embed.js — the iframe page: options come from the query string
 * (?lang=en&theme=dark&src=URL&q=...&year=2024), and the page tells its parent
 * its height so the iframe can match its content. */
(function () {
  "use strict";
  var params = new URLSearchParams(location.search);
  var widget = document.createElement("meetings-widget");
  // The frame is a page of its own: the widget's title is its main heading.
  widget.setAttribute("heading", "h1");
  ["lang", "theme"].forEach(function (name) {
    var value = params.get(name);
    if (value) widget.setAttribute(name, value);
    params.delete(name);
  });
  // Datasets only from this page's own origin and those the site's build
  // allows (MEETINGS_EMBED_ORIGINS): another site's "meetings" must not be
  // shown as if this site published them.
  var ALLOWED_ORIGINS = /*EMBED_ORIGINS*/[];
  var src = params.get("src");
  params.delete("src");
  // A copied link's hash is the view it was copied from; it wins over the query's.
  var linked = location.hash.replace(/^#/, "");
  widget.setAttribute("view", linked || params.toString());
  // "Copy link" in the frame gives this page, with its dataset and language.
  widget.setAttribute("share-page", location.href.split("#")[0]);
  var refused = null;
  if (src) {
    var url = null;
    try { url = new URL(src, location.href); } catch (e) { /* refused below */ }
    if (url && (url.origin === location.origin || ALLOWED_ORIGINS.indexOf(url.origin) >= 0)) widget.setAttribute("data-src", url.href);
    else refused = url ? url.origin : src;
  }
  var slot = document.getElementById("meetings-embed");
  if (refused === null) {
    slot.appendChild(widget);
  } else {
    customElements.get("meetings-widget").showError(
      slot,
      "لا تعرض هذه الصفحة بيانات من موقع آخر — This page does not show data from another site",
      refused + " — لم يسمح به ناشر هذه الصفحة. Not among the origins this page's publisher allows."
    );
  }

  // The page around an auto-height frame tells which part of it the reader
  // sees (the resizer snippet, demo-iframe.html), so the article dialog opens
  // there and not in the middle of a frame thousands of pixels tall.
  window.addEventListener("message", function (e) {
    var d = e.data;
    if (e.source !== window.parent || !d || d.type !== "meetings-widget:viewport") return;
    var top = Number(d.top), height = Number(d.height);
    if (!isFinite(top) || !isFinite(height) || height <= 0) return;
    widget.setAttribute("framed", "");
    widget.style.setProperty("--mw-view-top", Math.max(0, Math.round(top)) + "px");
    widget.style.setProperty("--mw-view-height", Math.round(height) + "px");
  });

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
