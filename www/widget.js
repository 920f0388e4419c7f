/* meetings-widget.js — the <meetings-widget> custom element.
 *
 *   <script src="meetings-widget.js"></script>
 *   <meetings-widget lang="ar" view="year=2024" theme="auto"></meetings-widget>
 *
 * The widget renders into an open Shadow DOM with its own styles, so the host
 * page's CSS cannot break it and its CSS cannot leak out. Attributes:
 *   lang      ar (default) | en
 *   numerals  latn (default: Western digits) | arab (Arabic-Indic digits in the
 *             Arabic interface; English always uses Western digits)
 *   view      initial query and filters, in the URL-hash words: "q=لافروف&year=2024|2025&sort=oldest"
 *   theme     auto (default) | light | dark
 *   data-src  URL of a dataset in the extraction JSON schema (at most 20 MB), or of
 *             its prebuilt index (`meetings index`, at most 400 MB; read as it is)
 *             (default: the built-in dataset)
 *   sync-url  present: read and write the page's URL hash (one widget per page should);
 *             "copy link" then gives this page's address with the view
 *   share-page  the page "copy link" points at (default: embed.html beside this
 *             script, with the same data-src and language, which opens the view
 *             the link carries); ignored with sync-url
 *   data-timeout  seconds to wait for data-src before offering a retry (default 30)
 *   heading   h1: the widget's title is the page's main heading (default h2, as
 *             a widget inside a post is not the post's title)
 *   framed    set by embed.html: the dialog opens in the part of the frame the
 *             reader sees (--mw-view-top, --mw-view-height)
 * Everything a dataset holds is untrusted: it only ever becomes text nodes.
 */
(function () {
  "use strict";
  if (!window.customElements || customElements.get("meetings-widget")) return;

  /*GLUE*/

  var WASM_BASE64 = "/*WASM*/";
  var CSS = /*CSS*/"";
  var BUILT_IN_DATASET = /*DATA*/"";
  /** Datasets from a URL larger than this are refused: a JSON dataset is parsed
   * and indexed in the page, a prebuilt index (`meetings index`) only read. */
  var MAX_DATASET_BYTES = 20 * 1024 * 1024;
  var MAX_INDEX_BYTES = 400 * 1024 * 1024;
  /** The first bytes of a prebuilt index: "MWIX". */
  function isIndex(bytes) {
    return bytes.length >= 4 && bytes[0] === 0x4d && bytes[1] === 0x57 && bytes[2] === 0x49 && bytes[3] === 0x58;
  }

  /** Where this script was loaded from: embed.html, the standalone page, sits beside it. */
  var SCRIPT_URL = (document.currentScript && document.currentScript.src) || location.href;

  /** The page a copied link opens, without its hash: the view goes there. */
  function shareBase(host) {
    if (host.hasAttribute("sync-url")) return location.href.split("#")[0];
    var page = host.getAttribute("share-page");
    try {
      if (page) return new URL(page, location.href).href.split("#")[0];
      var url = new URL("embed.html", SCRIPT_URL);
      var src = host.getAttribute("data-src");
      if (src) url.searchParams.set("src", new URL(src, location.href).href);
      var lang = host.getAttribute("lang");
      if (lang === "en") url.searchParams.set("lang", lang);
      return url.href;
    } catch (e) {
      return location.href.split("#")[0];
    }
  }

  var loading = null;
  var ready = false;
  function loadWasm() {
    if (!loading) {
      var raw = atob(WASM_BASE64);
      var bytes = new Uint8Array(raw.length);
      for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
      loading = wasm_bindgen({ module_or_path: bytes }).then(function (x) { ready = true; return x; });
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

  function tooBig(index) {
    return index
      ? new Error("الفهرس أكبر من 400 ميغابايت. The index is larger than 400 MB.")
      : new Error("الملف أكبر من 20 ميغابايت. The dataset is larger than 20 MB.");
  }

  /** Fetches a dataset: its JSON text, or a prebuilt index's bytes (told by
   * their first bytes, whatever the URL says); anything but http(s) and
   * anything too large is refused. */
  function fetchDataset(src, abort, progress) {
    var url;
    try {
      url = new URL(src, document.baseURI);
    } catch (e) {
      return Promise.reject(new Error("عنوان غير صالح. Not a valid URL: " + src));
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      return Promise.reject(new Error("يُقبل http(s) فقط. Only http(s) URLs are accepted: " + url.protocol));
    }
    var init = { credentials: "omit", redirect: "follow" };
    if (abort) init.signal = abort.signal;
    var finish = function (all) {
      if (isIndex(all)) return all;
      if (all.length > MAX_DATASET_BYTES) throw tooBig(false);
      return new TextDecoder("utf-8").decode(all);
    };
    return fetch(url.href, init).then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status + " — " + url.href);
      var length = Number(response.headers.get("content-length") || 0);
      if (length > MAX_INDEX_BYTES) throw tooBig(true);
      if (!response.body || !response.body.getReader) {
        return response.arrayBuffer().then(function (buffer) { return finish(new Uint8Array(buffer)); });
      }
      var reader = response.body.getReader();
      var chunks = [];
      var size = 0;
      var index = null;
      function pump() {
        return reader.read().then(function (step) {
          if (step.done) {
            var all = new Uint8Array(size);
            var at = 0;
            chunks.forEach(function (c) { all.set(c, at); at += c.length; });
            return finish(all);
          }
          if (index === null) index = isIndex(step.value);
          size += step.value.length;
          if (progress) progress(size, length);
          if (size > (index ? MAX_INDEX_BYTES : MAX_DATASET_BYTES)) {
            reader.cancel();
            throw tooBig(index);
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

  /** How long a dataset from a URL may take before the reader is offered a retry. */
  var DATASET_TIMEOUT_MS = 30000;

  function t(lang, ar, en) { return lang === "en" ? en : ar; }

  /** "Loading the meetings…" from the first moment, busy for assistive tech, with progress once it is known. */
  function showLoading(root, lang) {
    root.textContent = "";
    root.setAttribute("aria-busy", "true");
    var line = document.createElement("p");
    line.className = "mw-count mw-loading";
    line.setAttribute("role", "status");
    line.setAttribute("aria-live", "polite");
    line.textContent = t(lang, "جارٍ تحميل اللقاءات…", "Loading the meetings…");
    root.appendChild(line);
    var format = new Intl.NumberFormat(lang === "en" ? "en" : "ar", { maximumFractionDigits: 0 });
    var kb = function (n) { return format.format(n / 1024); };
    return function progress(received, total) {
      line.textContent = total
        ? t(lang, "جارٍ تحميل اللقاءات: " + kb(received) + " من " + kb(total) + " ك.ب…", "Loading the meetings: " + kb(received) + " of " + kb(total) + " KB…")
        : t(lang, "جارٍ تحميل اللقاءات: " + kb(received) + " ك.ب…", "Loading the meetings: " + kb(received) + " KB…");
    };
  }

  class MeetingsWidget extends HTMLElement {
    connectedCallback() {
      if (!this.shadowRoot) attachStyles(this.attachShadow({ mode: "open" }));
      if (this._root) return;
      var root = document.createElement("div");
      root.className = "mw-root";
      if (this.getAttribute("heading") === "h1") root.setAttribute("data-heading", "h1");
      root.setAttribute("data-share-base", shareBase(this));
      this.shadowRoot.appendChild(root);
      this._root = root;
      this._mount(root);
    }

    /** Taken off the page: the widget frees its store, listeners and elements; put back, it mounts again. */
    disconnectedCallback() {
      var root = this._root;
      if (!root) return;
      this._root = null;
      if (this._abort) this._abort.abort();
      if (ready) wasm_bindgen.unmount(root);
      root.remove();
    }

    _mount(root) {
      var view = this.getAttribute("view") || "";
      var lang = this.getAttribute("lang");
      if (lang === "en" || lang === "ar") view += (view ? "&" : "") + "lang=" + lang;
      var numerals = this.getAttribute("numerals");
      if (numerals === "arab" || numerals === "latn") view += (view ? "&" : "") + "nu=" + numerals;
      var syncUrl = this.hasAttribute("sync-url");
      var src = this.getAttribute("data-src");
      var host = this;
      var current = function () { return host._root === root; };
      var done = function () { host.dispatchEvent(new CustomEvent("meetings-ready", { bubbles: true })); };
      // Until the widget draws itself, its messages read in its own language and direction.
      root.setAttribute("lang", lang === "en" ? "en" : "ar");
      root.setAttribute("dir", lang === "en" ? "ltr" : "rtl");
      var progress = showLoading(root, lang);
      var abort = window.AbortController ? new AbortController() : null;
      this._abort = abort;
      var seconds = Number(this.getAttribute("data-timeout")) || DATASET_TIMEOUT_MS / 1000;
      var timer = null;
      var timedOut = new Promise(function (_, reject) {
        if (!src) return;
        timer = setTimeout(function () {
          if (abort) abort.abort();
          var error = new Error(t(lang, "لم تصل البيانات خلال " + seconds + " ثانية.", "The dataset did not arrive within " + seconds + " seconds."));
          error.retry = true;
          reject(error);
        }, seconds * 1000);
      });
      loadWasm()
        .then(function () { return src ? Promise.race([fetchDataset(src, abort, progress), timedOut]) : BUILT_IN_DATASET; })
        .then(function (text) {
          clearTimeout(timer);
          if (!current()) return;
          try {
            if (typeof text === "string") wasm_bindgen.mount_widget(root, text, view, syncUrl);
            else wasm_bindgen.mount_widget_index(root, text, view, syncUrl);
          } catch (e) {
            // mount_widget shows its own message; this covers anything else.
            if (!root.querySelector(".mw-error")) showError(root, "تعذّر عرض اللقاءات — The meetings could not be shown", String((e && e.message) || e));
          }
          root.removeAttribute("aria-busy");
          done();
        })
        .catch(function (e) {
          clearTimeout(timer);
          if (!current()) return;
          root.removeAttribute("aria-busy");
          showError(root, "تعذّر تحميل بيانات اللقاءات — The meetings data could not be loaded", String((e && e.message) || e));
          if (e && e.retry) {
            var again = document.createElement("button");
            again.type = "button";
            again.className = "mw-tool mw-retry";
            again.textContent = t(lang, "أعد المحاولة", "Try again");
            again.addEventListener("click", function () { if (current()) host._mount(root); });
            root.querySelector(".mw-error").appendChild(again);
          }
          done();
        });
    }
  }
  /** The widget's error box, for the pages around it (embed.html). */
  MeetingsWidget.showError = showError;
  /** For tests and benchmarks of the lifecycle: widgets mounted and the wasm's memory. */
  MeetingsWidget.diagnostics = function () {
    return ready ? { mounted: wasm_bindgen.mounted_widgets(), wasmBytes: wasm_bindgen.wasm_memory_bytes() } : null;
  };
  customElements.define("meetings-widget", MeetingsWidget);
})();
