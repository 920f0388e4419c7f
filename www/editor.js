/* meetings-editor.js — "add an article or correct a card", loaded by the page
 * (index.html) only when its button is pressed, so the reader's file stays as
 * small and fast as before. Its wasm module is the same Rust extractor and
 * knowledge base as `meetings extract`.
 *
 * The work (drafts, corrections, discarded cards) is saved in IndexedDB by the
 * page's `meetingsPage.work` after every change. Everything an article or a
 * dataset holds only ever becomes text nodes here.
 */
(function () {
  "use strict";
  if (window.MeetingsEditor) return;

  /*GLUE*/

  var WASM_BASE64 = "/*WASM*/";
  var CSS = [
    ".mw-editor { width: min(1200px, 96vw); max-height: 92vh; border: 1px solid var(--mw-line); border-radius: 12px;",
    "  background: var(--mw-bg); color: var(--mw-ink); font-family: var(--mw-font); padding: 16px; }",
    ".mw-editor::backdrop { background: rgb(0 0 0 / 45%); }",
    ".mw-ed-head { display: flex; justify-content: space-between; align-items: center; gap: 12px; }",
    ".mw-ed-head h2 { margin: 0; font-size: 1.25rem; }",
    ".mw-editor button { font: inherit; border: 1px solid var(--mw-line); background: var(--mw-card); color: var(--mw-ink);",
    "  border-radius: 8px; padding: 6px 12px; cursor: pointer; }",
    ".mw-editor button.mw-ed-primary { background: var(--mw-accent); color: var(--mw-accent-ink); border-color: var(--mw-accent); }",
    ".mw-editor button.mw-ed-danger { color: #b3261e; }",
    ".mw-editor :focus-visible { outline: 3px solid var(--mw-accent); outline-offset: 2px; }",
    ".mw-editor input, .mw-editor textarea, .mw-editor select { font: inherit; color: inherit; background: var(--mw-card);",
    "  border: 1px solid var(--mw-line); border-radius: 6px; padding: 4px 6px; box-sizing: border-box; max-width: 100%; }",
    ".mw-ed-text { width: 100%; }",
    ".mw-ed-field { display: flex; flex-direction: column; gap: 2px; margin: 6px 0; min-width: 0; }",
    ".mw-ed-field label, .mw-ed-people legend { font-size: .85rem; color: var(--mw-muted); }",
    ".mw-ed-row { display: flex; flex-wrap: wrap; gap: 8px; align-items: end; }",
    ".mw-ed-row > .mw-ed-field { flex: 1 1 140px; }",
    ".mw-ed-hint, .mw-ed-was { font-size: .8rem; color: var(--mw-muted); }",
    ".mw-ed-corrected input, .mw-ed-corrected select, .mw-ed-corrected textarea { border-color: var(--mw-badge); border-width: 2px; }",
    ".mw-ed-card { background: var(--mw-card); border: 1px solid var(--mw-line); border-radius: 10px; padding: 12px; margin: 12px 0; }",
    ".mw-ed-card h3 { margin: 0 0 8px; font-size: 1rem; }",
    ".mw-ed-split { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 12px; }",
    "@media (max-width: 760px) { .mw-ed-split { grid-template-columns: minmax(0, 1fr); } }",
    ".mw-ed-article { white-space: pre-wrap; max-height: 420px; overflow: auto; border: 1px solid var(--mw-line);",
    "  border-radius: 8px; padding: 8px; line-height: 1.7; font-size: .95rem; }",
    ".mw-ed-article mark { background: var(--mw-mark); color: var(--mw-mark-ink); border-radius: 3px; }",
    ".mw-ed-badge { display: inline-block; font-size: .8rem; padding: 1px 8px; margin-inline-end: 6px; border-radius: 999px;",
    "  background: var(--mw-chip); color: var(--mw-ink); }",
    ".mw-ed-badge-corrected { background: var(--mw-badge-bg); color: var(--mw-badge); }",
    ".mw-ed-actions, .mw-ed-foot { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-top: 8px; }",
    ".mw-ed-people { border: 1px solid var(--mw-line); border-radius: 8px; margin: 0; padding: 4px 8px; }",
    ".mw-ed-none { border-inline-start: 4px solid var(--mw-badge); padding: 6px 10px; background: var(--mw-badge-bg); color: var(--mw-badge); }",
    ".mw-ed-alarm { color: #b3261e; font-weight: bold; }",
    ".mw-ed-status { margin: 0; font-size: .9rem; color: var(--mw-muted); }",
  ].join("\n");
  var page = window.meetingsPage;
  var ready = null;
  var S = null; // the interface's words
  var fields = {}; // editable field -> evidence key
  var people = [];
  var work = null;
  var dialog = null;
  var ui = {};

  function start() {
    if (!ready) {
      var raw = atob(WASM_BASE64);
      var bytes = new Uint8Array(raw.length);
      for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
      ready = meetings_editor({ module_or_path: bytes }).then(function () {
        JSON.parse(meetings_editor.editable_fields()).forEach(function (f) { fields[f[0]] = f[1]; });
        people = JSON.parse(meetings_editor.known_people());
        return page.work.load().catch(function () { return null; });
      }).then(function (saved) {
        work = saved && saved.version === 1 ? saved : { version: 1, cards: {}, order: [], articles: {}, labels: {} };
      });
    }
    return ready;
  }

  function lang() { return document.documentElement.lang === "en" ? "en" : "ar"; }

  // ---- DOM helpers: text nodes only -------------------------------------
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "class") node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(c); });
    return node;
  }
  function button(text, onClick, cls) {
    var b = el("button", { type: "button", text: text, class: cls || "" });
    b.addEventListener("click", onClick);
    return b;
  }
  function labelled(text, input, hint) {
    var id = "mw-ed-" + Math.random().toString(36).slice(2);
    input.id = id;
    return el("div", { class: "mw-ed-field" }, [el("label", { for: id, text: text }), input,
      hint ? el("span", { class: "mw-ed-hint", text: hint }) : null]);
  }

  // ---- saving ------------------------------------------------------------
  var saving = Promise.resolve();
  function save() {
    var copy = JSON.parse(JSON.stringify(work));
    saving = saving.then(function () { return page.work.save(copy); }).then(function () {
      status(S.saved, false);
    }, function (e) {
      status(S.not_saved + " " + (e && e.message || e), true);
    });
    page.show(work);
    return saving;
  }
  function status(text, alarm) {
    ui.status.textContent = text;
    ui.status.className = alarm ? "mw-ed-status mw-ed-alarm" : "mw-ed-status";
    ui.status.setAttribute("role", alarm ? "alert" : "status");
  }

  // ---- the dialog ----------------------------------------------------------
  function build() {
    S = JSON.parse(meetings_editor.editor_strings(lang()));
    if (dialog) dialog.remove();
    if (!document.getElementById("mw-editor-style")) {
      document.head.appendChild(el("style", { id: "mw-editor-style", "data-mw-editor": "", text: CSS }));
    }
    dialog = el("dialog", { class: "mw-editor", "aria-labelledby": "mw-ed-title", lang: S.lang, dir: S.dir, "data-mw-editor": "" });
    var text = el("textarea", { rows: "10", dir: "rtl", lang: "ar", class: "mw-ed-text" });
    var file = el("input", { type: "file", accept: ".txt,text/plain" });
    var published = el("input", { type: "date" });
    var outlet = el("input", { type: "text" });
    var name = el("input", { type: "text", dir: "ltr", placeholder: "article.txt" });
    ui = { text: text, published: published, outlet: outlet, name: name };
    file.addEventListener("change", function () { if (file.files[0]) readFile(file.files[0]); });
    text.addEventListener("dragover", function (e) { e.preventDefault(); });
    text.addEventListener("drop", function (e) {
      var f = e.dataTransfer && e.dataTransfer.files[0];
      if (f) { e.preventDefault(); readFile(f); }
    });
    ui.message = el("div", { class: "mw-ed-message", role: "status" });
    ui.status = el("p", { class: "mw-ed-status", role: "status" });
    ui.cards = el("div", { class: "mw-ed-cards" });
    ui.choose = el("select", {});
    fillChooser();
    ui.choose.addEventListener("change", function () {
      if (ui.choose.value) takeExisting(ui.choose.value);
      ui.choose.value = "";
    });
    var form = el("form", { class: "mw-ed-paste" }, [
      labelled(S.paste_label, text),
      labelled(S.file_label, file),
      el("div", { class: "mw-ed-row" }, [labelled(S.published_label, published), labelled(S.outlet_label, outlet),
        labelled(S.name_label, name)]),
      el("button", { type: "submit", text: S.find, class: "mw-ed-primary" }),
    ]);
    form.addEventListener("submit", function (e) { e.preventDefault(); findMeetings(); });
    dialog.appendChild(el("div", { class: "mw-ed-head" }, [el("h2", { id: "mw-ed-title", text: S.title }),
      button(S.close, function () { dialog.close(); })]));
    dialog.appendChild(form);
    dialog.appendChild(ui.message);
    dialog.appendChild(labelled(S.correct_card, ui.choose));
    dialog.appendChild(ui.cards);
    dialog.appendChild(el("div", { class: "mw-ed-foot" }, [
      button(S.export_json, exportJson), button(S.export_html, exportHtml),
      button(S.export_corrections, exportCorrections),
      button(S.discard_all, function () {
        if (!confirm(S.discard_all_confirm)) return;
        work = { version: 1, cards: {}, order: [], articles: {}, labels: {} };
        page.work.clear().catch(function () {});
        page.show(work);
        render();
      }, "mw-ed-danger"),
      ui.status,
    ]));
    document.body.appendChild(dialog);
    dialog.addEventListener("close", function () { document.getElementById("meetings-add").focus(); });
  }

  function fillChooser() {
    ui.choose.textContent = "";
    ui.choose.appendChild(el("option", { value: "", text: S.choose_card }));
    page.builtIn().meetings.forEach(function (m) {
      ui.choose.appendChild(el("option", { value: m.id, text: (m.date_start || "?") + " — " + (m.title || m.id) }));
    });
  }

  function readFile(f) {
    f.arrayBuffer().then(function (buf) {
      try {
        ui.text.value = new TextDecoder("utf-8", { fatal: true }).decode(buf);
        if (!ui.name.value) ui.name.value = f.name;
      } catch (e) {
        ui.message.textContent = S.file_not_text + " " + f.name;
      }
    });
  }

  // ---- extraction ----------------------------------------------------------
  function articleName() {
    var name = ui.name.value.trim().replace(/[\\/]+/g, "-");
    if (!name) {
      var n = 1;
      while (work.articles["added-" + n + ".txt"]) n++;
      name = "added-" + n + ".txt";
    }
    if (!/\.txt$/i.test(name)) name += ".txt";
    return name;
  }

  function findMeetings() {
    ui.message.textContent = "";
    var text = ui.text.value;
    var name = articleName();
    var result;
    try {
      result = JSON.parse(meetings_editor.extract_pasted(text, ui.published.value, name, S.lang));
    } catch (e) {
      ui.message.appendChild(el("p", { class: "mw-ed-alarm", role: "alert", text: S.bad_value + " " + (e && e.message || e) }));
      return;
    }
    if (!result.meetings.length) {
      ui.message.appendChild(el("p", { class: "mw-ed-none", role: "alert" }, [
        el("strong", { text: S.no_meeting + " " }), document.createTextNode(result.no_meeting || "")]));
      return;
    }
    work.articles[name] = { text: text, published: ui.published.value, outlet: ui.outlet.value.trim() };
    mergeLabels(result.labels);
    var taken = {};
    page.builtIn().meetings.forEach(function (m) { taken[m.id] = true; });
    result.meetings.forEach(function (m) {
      var id = m.id;
      for (var k = 2; taken[id] || work.cards[id]; k++) id = m.id + "__" + k;
      m.id = id;
      if (!m.publisher && work.articles[name].outlet) m.publisher = work.articles[name].outlet;
      work.cards[id] = { meeting: m, origin: "draft", kept: false, discarded: false, article: name };
      work.order.unshift(id);
    });
    ui.message.appendChild(el("p", { text: S.found + ": " + result.meetings.length }));
    ui.name.value = "";
    save();
    render();
  }

  function mergeLabels(labels) {
    ["countries", "orgs", "topics"].forEach(function (k) {
      work.labels[k] = Object.assign({}, work.labels[k] || {}, labels && labels[k] || {});
    });
  }

  function takeExisting(id) {
    if (!work.cards[id]) {
      var m = page.builtIn().meetings.filter(function (x) { return x.id === id; })[0];
      if (!m) return;
      // A copy: the page's own dataset stays as the file carries it.
      work.cards[id] = { meeting: JSON.parse(JSON.stringify(m)), origin: "existing", kept: true, discarded: false };
    }
    work.order = [id].concat(work.order.filter(function (x) { return x !== id; }));
    work.cards[id].discarded = false;
    save();
    render();
  }

  // ---- correcting ----------------------------------------------------------
  function correct(id, field, value) {
    var card = work.cards[id];
    try {
      card.meeting = JSON.parse(meetings_editor.correct(JSON.stringify(card.meeting), field, JSON.stringify(value)));
    } catch (e) {
      status(S.bad_value + " " + (e && e.message || e), true);
      return false;
    }
    if (field === "participants" || field === "country" || field === "topics") {
      mergeLabels(JSON.parse(meetings_editor.labels(JSON.stringify([card.meeting]))));
    }
    save();
    return true;
  }

  function render() {
    var focused = document.activeElement && document.activeElement.getAttribute("data-key");
    ui.cards.textContent = "";
    work.order.forEach(function (id, index) {
      var card = work.cards[id];
      if (!card || card.discarded && card.origin === "draft") return;
      ui.cards.appendChild(renderCard(id, card, index));
    });
    if (focused) {
      // Compared, not put in a selector: an id from a dataset may hold any character.
      var again = Array.prototype.filter.call(ui.cards.querySelectorAll("[data-key]"), function (n) {
        return n.getAttribute("data-key") === focused;
      })[0];
      if (again) again.focus();
    }
  }

  function renderCard(id, card, index) {
    var m = card.meeting;
    var evidence = el("div", { class: "mw-ed-article", dir: "rtl", lang: "ar", tabindex: "0", "aria-label": S.evidence });
    showEvidence(evidence, m, null);
    var form = el("div", { class: "mw-ed-form" });
    function input(field, label, type, value, options) {
      var node;
      if (options) {
        node = el("select", {});
        options.forEach(function (o) {
          var opt = el("option", { value: o[0], text: o[1] });
          if (o[0] === value) opt.selected = true;
          node.appendChild(opt);
        });
      } else if (type === "lines") {
        node = el("textarea", { rows: "3" });
        node.value = value;
      } else {
        node = el("input", { type: type });
        node.value = value || "";
      }
      node.setAttribute("data-key", id + "|" + field);
      node.addEventListener("focus", function () { showEvidence(evidence, m, fields[field] || field); });
      node.addEventListener("change", function () {
        if (!node.isConnected) return;
        var v = node.value;
        var parsed = type === "lines" ? v.split("\n").map(function (s) { return s.trim(); }).filter(Boolean)
          : v === "" && field !== "kind" && field !== "status" ? null : v;
        if (field === "quotes") parsed = parsed.map(function (text) { return { speaker: "", speaker_ar: "", text: text }; });
        if (correct(id, field, parsed)) render();
      });
      var box = labelled(label, node, type === "lines" ? S.one_per_line : null);
      if (m.corrected && m.corrected[field] !== undefined) {
        box.classList.add("mw-ed-corrected");
        box.appendChild(el("span", { class: "mw-ed-was", text: S.extractor_said + ": " + said(m.corrected[field]) }));
      }
      return box;
    }
    form.appendChild(participantsEditor(id, m, evidence));
    form.appendChild(el("div", { class: "mw-ed-row" }, [
      input("kind", S.kind, null, m.kind || "meeting", [["meeting", S.meeting], ["call", S.call]]),
      input("status", S.status, null, m.status || "held", [["held", S.held], ["announced", S.announced]]),
      input("date_start", S.date_start, "date", m.date_start),
      input("date_end", S.date_end, "date", m.date_end),
    ]));
    form.appendChild(el("div", { class: "mw-ed-row" }, [
      input("city_ar", S.city_ar, "text", m.city_ar),
      input("country", S.country_code, "text", m.country),
      input("country_ar", S.country_ar, "text", m.country_ar),
      input("occasion_ar", S.occasion_ar, "text", m.occasion_ar),
    ]));
    form.appendChild(input("topics", S.topics, "lines", (m.topics || []).join("\n")));
    form.appendChild(input("quotes", S.quotes, "lines", (m.quotes || []).map(function (q) { return q.text; }).join("\n")));

    var actions = el("div", { class: "mw-ed-actions" });
    if (card.origin === "draft") {
      var keep = button(card.kept ? S.kept : S.keep, function () {
        card.kept = !card.kept;
        save();
        render();
      }, card.kept ? "mw-ed-kept" : "mw-ed-primary");
      keep.setAttribute("aria-pressed", card.kept ? "true" : "false");
      actions.appendChild(keep);
      actions.appendChild(button(S.split, function () { split(id); }));
      var next = work.order.slice(index + 1).filter(function (x) { return work.cards[x] && work.cards[x].origin === "draft" && !work.cards[x].discarded; })[0];
      if (next) actions.appendChild(button(S.merge_next, function () { merge(id, next); }));
      if (work.articles[card.article]) actions.appendChild(button(S.export_text, function () { exportText(card.article); }));
    }
    actions.appendChild(button(S.discard, function () {
      if (!confirm(S.discard_confirm)) return;
      card.discarded = true;
      if (card.origin === "draft") work.order = work.order.filter(function (x) { return x !== id; });
      save();
      render();
    }, "mw-ed-danger"));

    var corrected = m.corrected && Object.keys(m.corrected).length;
    var head = el("h3", {}, [
      el("span", { class: "mw-ed-badge", text: card.origin === "draft" ? S.draft : S.existing }),
      corrected ? el("span", { class: "mw-ed-badge mw-ed-badge-corrected", text: S.corrected }) : null,
      card.discarded ? el("span", { class: "mw-ed-badge", text: S.discard }) : null,
      document.createTextNode(" " + (m.title || id)),
    ]);
    return el("section", { class: "mw-ed-card", "data-card-id": id }, [head, el("div", { class: "mw-ed-split" }, [form, evidence]), actions]);
  }

  /** What the extractor had said, readable: a string without its quotes, a list one per line. */
  function said(json) {
    var v = JSON.parse(json);
    if (v === null || v === "") return "—";
    if (Array.isArray(v)) return v.map(function (x) { return x && x.text || x; }).join("، ") || "—";
    return String(v);
  }

  function participantsEditor(id, m, evidence) {
    var box = el("fieldset", { class: "mw-ed-people" }, [el("legend", { text: S.participants })]);
    if (m.corrected && m.corrected.participants !== undefined) {
      box.classList.add("mw-ed-corrected");
      box.appendChild(el("p", { class: "mw-ed-was", text: S.extractor_said + ": " +
        JSON.parse(m.corrected.participants).map(function (p) { return p.name_ar || p.name; }).join("، ") }));
    }
    var list = (m.participants || []).map(function (p) { return Object.assign({}, p); });
    function commit() {
      if (correct(id, "participants", list.filter(function (p) { return p.name || p.name_ar || p.role_ar; }))) render();
    }
    list.forEach(function (p, i) {
      var row = el("div", { class: "mw-ed-row" });
      [["name_ar", S.name_ar, "rtl"], ["name", S.name_en, "ltr"], ["role_ar", S.role_ar, "rtl"], ["country", S.country_code, "ltr"]].forEach(function (f) {
        var node = el("input", { type: "text", dir: f[2], "data-key": id + "|p" + i + f[0] });
        node.value = p[f[0]] || "";
        node.addEventListener("focus", function () { showEvidence(evidence, m, "participants"); });
        node.addEventListener("change", function () {
          if (!node.isConnected) return;
          p[f[0]] = node.value.trim();
          // A name changed by hand is no longer the knowledge base's person.
          if (f[0] === "name_ar" || f[0] === "name") delete p.inferred;
          commit();
        });
        row.appendChild(labelled(f[1], node));
      });
      row.appendChild(button(S.remove, function () { list.splice(i, 1); commit(); }));
      box.appendChild(row);
    });
    var listId = "mw-ed-people-" + id.replace(/[^\w-]/g, "_");
    var pick = el("input", { type: "text", list: listId, dir: "rtl", "data-key": id + "|pick" });
    var options = el("datalist", { id: listId });
    people.forEach(function (p) { options.appendChild(el("option", { value: p.name_ar, label: p.name + (p.role ? " — " + p.role : "") })); });
    pick.addEventListener("change", function () {
      var v = pick.value.trim();
      // Once: a re-render that takes the focus away must not add the person again.
      pick.value = "";
      if (!v || !pick.isConnected) return;
      var known = people.filter(function (p) { return p.name_ar === v || p.name === v; })[0];
      list.push(known ? { name: known.name, name_ar: known.name_ar, role: known.role, role_ar: known.role_ar, country: known.country }
        : { name: "", name_ar: v, role: "", role_ar: "", country: "" });
      commit();
    });
    box.appendChild(labelled(S.add_participant, pick));
    box.appendChild(options);
    return box;
  }

  function split(id) {
    var card = work.cards[id];
    var copy = JSON.parse(JSON.stringify(card.meeting));
    var newId = id + "-b";
    for (var k = 2; work.cards[newId]; k++) newId = id + "-b" + k;
    copy.id = newId;
    // The build splits the extracted meeting again: the copy names the card the extractor gave.
    work.cards[newId] = { meeting: copy, origin: "draft", kept: card.kept, discarded: false, article: card.article,
      split_from: card.split_from || id };
    work.order.splice(work.order.indexOf(id) + 1, 0, newId);
    save();
    render();
  }

  function merge(id, otherId) {
    var a = work.cards[id].meeting;
    var b = work.cards[otherId].meeting;
    var keys = {};
    var union = (a.participants || []).concat(b.participants || []).filter(function (p) {
      var key = p.name || p.name_ar;
      if (keys[key]) return false;
      keys[key] = true;
      return true;
    });
    work.cards[otherId].discarded = true;
    work.order = work.order.filter(function (x) { return x !== otherId; });
    if (!correct(id, "participants", union)) save();
    render();
  }

  // ---- evidence --------------------------------------------------------------
  /** The article with the spans of `key` (or of every field) marked, by byte range. */
  function showEvidence(box, m, key) {
    var text = m.article_text || "";
    var bytes = new TextEncoder().encode(text);
    var marks = [];
    Object.keys(m.evidence || {}).forEach(function (k) {
      // With no field chosen, the facts' words; the title and lede would cover the article.
      if (key ? k !== key : k === "title" || k === "lede") return;
      (m.evidence[k] || []).forEach(function (s) { marks.push([s.start, s.end, k]); });
    });
    if (key === "quotes" || !key) (m.quotes || []).forEach(function (q) { if (q.span) marks.push([q.span.start, q.span.end, "quotes"]); });
    marks.sort(function (x, y) { return x[0] - y[0]; });
    var decoder = new TextDecoder();
    box.textContent = "";
    var at = 0;
    var first = null;
    marks.forEach(function (s) {
      var start = Math.max(s[0], at);
      var end = Math.min(s[1], bytes.length);
      if (end <= start) return;
      if (start > at) box.appendChild(document.createTextNode(decoder.decode(bytes.subarray(at, start))));
      var mark = el("mark", { text: decoder.decode(bytes.subarray(start, end)), "data-field": s[2], title: s[2] });
      box.appendChild(mark);
      if (!first) first = mark;
      at = end;
    });
    if (at < bytes.length) box.appendChild(document.createTextNode(decoder.decode(bytes.subarray(at))));
    if (key && !first) box.insertBefore(el("p", { class: "mw-ed-hint", text: S.evidence_none }), box.firstChild);
    if (key && first && first.scrollIntoView) first.scrollIntoView({ block: "nearest" });
  }

  // ---- export ------------------------------------------------------------------
  function download(name, type, text) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var a = el("a", { href: url, download: name });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }
  function merged() { return page.work.merge(page.builtIn(), work); }
  function scriptSafe(json) {
    return json.replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
  }
  function exportJson() { download("meetings.json", "application/json", JSON.stringify(merged(), null, 2) + "\n"); }

  /** This page again, carrying the whole dataset: the widget's markup and the editor left out. */
  function exportHtml() {
    var copy = document.documentElement.cloneNode(true);
    Array.prototype.forEach.call(copy.querySelectorAll("[data-mw-editor], .mw-page-tools .mw-error"), function (n) { n.remove(); });
    var root = copy.querySelector("#meetings-root");
    root.textContent = "";
    root.setAttribute("aria-busy", "true");
    root.removeAttribute("lang");
    root.removeAttribute("dir");
    copy.querySelector("#meetings-first").textContent = "";
    copy.querySelector("#meetings-data").textContent = scriptSafe(JSON.stringify(merged()));
    var button = copy.querySelector("#meetings-add");
    if (button) {
      button.removeAttribute("disabled");
      // Hidden again until that page's widget is up.
      button.parentNode.setAttribute("hidden", "");
    }
    download("meetings.html", "text/html", "<!doctype html>\n" + copy.outerHTML + "\n");
  }

  /** The corrections file `meetings extract --corrections` applies (seeds/corrections.json):
   * what the page shows, for the build to make again from the same articles. */
  function exportCorrections() {
    var list = [];
    // Every card, discarded and merged-away ones too (they are no longer in the order).
    Object.keys(work.cards).forEach(function (id) {
      var card = work.cards[id];
      var m = card.meeting;
      var entry = function (field, value) { list.push({ id: id, source_file: m.source_file, field: field, value: value }); };
      var shown = !card.discarded && (card.origin === "existing" || card.kept);
      if (card.split_from) {
        if (!shown) return;
        entry("split_from", card.split_from);
      } else if (!shown) {
        // A card the extractor gives that the page does not show.
        entry("discard", true);
        return;
      }
      Object.keys(m.corrected || {}).sort().forEach(function (field) {
        if (field !== "split_from") entry(field, m[field] === undefined ? null : m[field]);
      });
    });
    download("corrections.json", "application/json", JSON.stringify({ schema: 1, corrections: list }, null, 2) + "\n");
  }

  /** A pasted article as the file `meetings extract` reads, its date on the first line. */
  function exportText(name) {
    var a = work.articles[name];
    download(name, "text/plain;charset=utf-8", (a.published ? "published: " + a.published + "\n" : "") + a.text);
  }

  window.MeetingsEditor = {
    open: function () {
      return start().then(function () {
        build();
        render();
        dialog.showModal();
        ui.text.focus();
      });
    },
  };
})();
