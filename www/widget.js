/* meetings-widget.js — the <meetings-widget> custom element.
 *
 *   <script src="meetings-widget.js"></script>
 *   <meetings-widget lang="ar" view="year=2024" theme="auto"></meetings-widget>
 *
 * The widget renders into an open Shadow DOM with its own styles, so the host
 * page's CSS cannot break it and its CSS cannot leak out. Attributes:
 *   lang      ar (default) | en
 *   view      initial query and filters, in the URL-hash words: "q=لافروف&year=2024|2025&sort=oldest"
 *   theme     auto (default) | light | dark
 *   data-src  URL of a dataset in the extraction JSON schema (default: the built-in dataset)
 *   sync-url  present: read and write the page's URL hash (one widget per page should)
 * Everything a dataset holds is untrusted: it only ever becomes text nodes.
 */
(function () {
  "use strict";
  if (!window.customElements || customElements.get("meetings-widget")) return;

  /*GLUE*/

  var WASM_BASE64 = "/*WASM*/";
  var CSS = /*CSS*/"";
  var BUILT_IN_DATASET = /*DATA*/"";
  /** Datasets from a URL larger than this are refused. */
  var MAX_DATASET_BYTES = 20 * 1024 * 1024;

  var loading = null;
  function loadWasm() {
    if (!loading) {
      var raw = atob(WASM_BASE64);
      var bytes = new Uint8Array(raw.length);
      for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
      loading = wasm_bindgen({ module_or_path: bytes });
    }
    return loading;
  }

  function showError(root, title, detail) {
    root.textContent = "";
    var box = document.createElement("div");
    box.className = "mw-error";
    box.setAttribute("role", "alert");
    var head = document.createElement("strong");
    head.textContent = title;
    var body = document.createElement("p");
    body.textContent = detail;
    box.appendChild(head);
    box.appendChild(body);
    root.appendChild(box);
  }

  function tooBig() {
    return new Error("الملف أكبر من 20 ميغابايت. The dataset is larger than 20 MB.");
  }

  /** Fetches a dataset's text, refusing anything but http(s) and anything too large. */
  function fetchDataset(src) {
    var url;
    try {
      url = new URL(src, document.baseURI);
    } catch (e) {
      return Promise.reject(new Error("عنوان غير صالح. Not a valid URL: " + src));
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      return Promise.reject(new Error("يُقبل http(s) فقط. Only http(s) URLs are accepted: " + url.protocol));
    }
    return fetch(url.href, { credentials: "omit", redirect: "follow" }).then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status + " — " + url.href);
      if (Number(response.headers.get("content-length") || 0) > MAX_DATASET_BYTES) throw tooBig();
      if (!response.body || !response.body.getReader) {
        return response.text().then(function (text) {
          if (text.length > MAX_DATASET_BYTES) throw tooBig();
          return text;
        });
      }
      var reader = response.body.getReader();
      var chunks = [];
      var size = 0;
      function pump() {
        return reader.read().then(function (step) {
          if (step.done) {
            var all = new Uint8Array(size);
            var at = 0;
            chunks.forEach(function (c) { all.set(c, at); at += c.length; });
            return new TextDecoder("utf-8").decode(all);
          }
          size += step.value.length;
          if (size > MAX_DATASET_BYTES) {
            reader.cancel();
            throw tooBig();
          }
          chunks.push(step.value);
          return pump();
        });
      }
      return pump();
    });
  }

  function attachStyles(shadow) {
    // A constructed stylesheet needs no inline <style>, so a strict
    // Content-Security-Policy (style-src 'self') allows it.
    try {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      shadow.adoptedStyleSheets = [sheet];
    } catch (e) {
      var style = document.createElement("style");
      style.textContent = CSS;
      shadow.appendChild(style);
    }
  }

  class MeetingsWidget extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      var shadow = this.attachShadow({ mode: "open" });
      attachStyles(shadow);
      var root = document.createElement("div");
      root.className = "mw-root";
      shadow.appendChild(root);
      var view = this.getAttribute("view") || "";
      var lang = this.getAttribute("lang");
      if (lang === "en" || lang === "ar") view += (view ? "&" : "") + "lang=" + lang;
      var syncUrl = this.hasAttribute("sync-url");
      var src = this.getAttribute("data-src");
      var host = this;
      var done = function () { host.dispatchEvent(new CustomEvent("meetings-ready", { bubbles: true })); };
      loadWasm()
        .then(function () { return src ? fetchDataset(src) : BUILT_IN_DATASET; })
        .then(function (text) {
          try {
            wasm_bindgen.mount_widget(root, text, view, syncUrl);
          } catch (e) {
            // mount_widget shows its own message; this covers anything else.
            if (!root.querySelector(".mw-error")) showError(root, "تعذّر عرض اللقاءات — The meetings could not be shown", String((e && e.message) || e));
          }
          done();
        })
        .catch(function (e) {
          showError(root, "تعذّر تحميل بيانات اللقاءات — The meetings data could not be loaded", String((e && e.message) || e));
          done();
        });
    }
  }
  customElements.define("meetings-widget", MeetingsWidget);
})();
