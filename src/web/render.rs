//! Builds the widget's elements once per language, then patches them to the
//! state: which cards show and in what order, highlights, counts, chips, the
//! timeline's dimmed marks, the dialog.

use std::cell::RefCell;
use std::collections::BTreeMap;

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlDialogElement, HtmlInputElement, HtmlSelectElement};

use super::Widget;
use super::dom::{add, attrs, el, set_marked, set_text, text_el};
use super::{intl, map, matrix, timeline, timing};
use crate::filter::{Facet, FilterState, Lang, Numerals, Sort};
use crate::i18n::{self, Strings, strings};
use crate::search::Query;
use crate::view::action::{Action, Evidence};
use crate::view::{self, CardView, Marked};
use crate::view::{date_field, page};

/// The parts of one card that change with the query.
pub(crate) struct CardParts {
    pub root: Element,
    /// The texts a query highlights (title, lede, quote, facts), so a
    /// keystroke needs neither the meeting nor its card view again.
    texts: Vec<String>,
    /// Their highlights shown now, so a keystroke rewrites only the texts
    /// whose highlights changed.
    shown: Vec<Marked>,
    title: Element,
    lede: Element,
    quote: Option<Element>,
    facts: Vec<Element>,
}

/// One facet value's row, and the count it shows now, so that only counts
/// that change are touched.
pub(crate) struct FacetRow {
    row: Element,
    checkbox: HtmlInputElement,
    count: Element,
    shown: std::cell::Cell<Option<u32>>,
    /// The "more" it is folded behind, if it is.
    fold: Option<web_sys::HtmlDetailsElement>,
}

/// Built cards kept for reuse beyond the ones on screen.
const CARDS_KEPT: usize = 600;

/// Handles on everything `patch` updates.
pub(crate) struct Ui {
    /// Shown on paper only: what was printed, with which filters, when, from where.
    print_line: Element,
    /// Says the view's link was copied; cleared when the view changes.
    pub(crate) share_note: Element,
    input: HtmlInputElement,
    count: Element,
    chips: Element,
    list: Element,
    empty: Element,
    more: Element,
    /// Cards are built the first time they are drawn, and kept while they
    /// may be drawn again: at most a few pages of them.
    cards: RefCell<BTreeMap<u32, CardParts>>,
    /// Which meetings' cards are in the list now, in order.
    drawn: RefCell<Vec<u32>>,
    /// How many cards can be in view at once: drawn before the frame.
    screen: usize,
    /// The filters the chips show now.
    chips_for: RefCell<Option<FilterState>>,
    /// Each facet's rows, per value, in [`Facet::ALL`] and store order.
    checkboxes: Vec<Vec<Option<FacetRow>>>,
    from: HtmlInputElement,
    /// Says a range field's text is no date.
    range_error: Element,
    to: HtmlInputElement,
    sort: HtmlSelectElement,
    panel: Element,
    /// Where the panel lives on a wide widget; on a narrow one it moves into
    /// `sheet`, a modal dialog (the top layer escapes the host's containment).
    body: Element,
    sheet: HtmlDialogElement,
    sheet_body: Element,
    show_results: Element,
    panel_toggle: Element,
    panel_badge: Element,
    pub timeline: timeline::Timeline,
    map: map::MapUi,
    matrix: matrix::MatrixUi,
    dialog: HtmlDialogElement,
    dialog_title: Element,
    dialog_reason: Element,
    dialog_article: Element,
}

fn button(doc: &Document, class: &str, label: &str, action: Action) -> Result<Element, JsValue> {
    let b = text_el(doc, "button", class, label)?;
    attrs(&b, &[("type", "button"), ("data-action", action.key())])?;
    Ok(b)
}

/// Builds the whole interface in the state's language into the root.
pub(crate) fn build(w: &Widget) -> Result<Ui, JsValue> {
    intl::use_numerals(w.state.filter.numerals);
    let doc = &w.doc;
    let lang = w.state.filter.lang;
    let s = strings(lang);
    w.root.set_text_content(None);
    attrs(&w.root, &[("lang", s.lang), ("dir", s.dir)])?;
    if w.owns_document
        && let Some(html) = doc.document_element()
    {
        attrs(&html, &[("lang", s.lang), ("dir", s.dir)])?;
        doc.set_title(s.title);
    }
    // A widget inside someone else's page is not its main heading nor its
    // landmarks (a post may hold several), unless it is asked to be the page.
    let standalone = w.owns_document || w.root.get_attribute("data-heading").as_deref() == Some("h1");
    let title_tag = if standalone { "h1" } else { "h2" };
    let landmark = |tag: &'static str| if standalone { tag } else { "div" };
    let name_region = |region: &Element, heading_id: &str| -> Result<(), JsValue> {
        if standalone { region.set_attribute("aria-labelledby", heading_id) } else { Ok(()) }
    };
    let shell = el(doc, "div", "mw")?;
    // The keyboard's first stop: straight to the cards, past every control.
    add(&shell, button(doc, "mw-skip", s.skip_to_results, Action::Skip)?)?;
    let print_line = add(&shell, el(doc, "p", "mw-print-line")?)?;

    // Header: title, language, search, count, tools, active filters.
    let header = add(&shell, el(doc, landmark("header"), "mw-head")?)?;
    let top = add(&header, el(doc, "div", "mw-top")?)?;
    let titles = add(&top, el(doc, "div", "")?)?;
    add(&titles, text_el(doc, title_tag, "mw-title", s.title)?)?;
    add(&titles, text_el(doc, "p", "mw-sub", s.subtitle)?)?;
    let settings = add(&top, el(doc, "div", "mw-settings")?)?;
    let lang_button = add(&settings, button(doc, "mw-lang", s.switch_language, Action::Lang)?)?;
    attrs(&lang_button, &[("lang", page::other_lang(lang)), ("aria-label", s.switch_language_label)])?;
    // English is always written in Western digits; the Arabic interface offers both.
    if lang == Lang::Ar {
        let digits = add(&settings, button(doc, "mw-numerals", s.indic_digits, Action::Numerals)?)?;
        let pressed = if w.state.filter.numerals == Numerals::ArabicIndic { "true" } else { "false" };
        attrs(&digits, &[("aria-label", s.indic_digits_label), ("aria-pressed", pressed)])?;
    }

    let search = add(&header, el(doc, "div", "mw-search")?)?;
    if standalone {
        search.set_attribute("role", "search")?;
    }
    let label = add(&search, text_el(doc, "label", "mw-label", s.search_label)?)?;
    label.set_attribute("for", "mw-q")?;
    let input: HtmlInputElement = add(&search, el(doc, "input", "mw-input")?)?.dyn_into()?;
    input.set_type("search");
    input.set_id("mw-q");
    input.set_placeholder(s.search_placeholder);
    attrs(&input, &[("autocomplete", "off"), ("enterkeyhint", "search")])?;
    let count = add(&search, el(doc, "p", "mw-count")?)?;
    attrs(&count, &[("role", "status"), ("aria-live", "polite"), ("aria-atomic", "true")])?;

    let tools = add(&header, el(doc, "div", "mw-tools")?)?;
    let panel_toggle = add(&tools, button(doc, "mw-panel-toggle", s.show_filters, Action::TogglePanel)?)?;
    attrs(&panel_toggle, &[("aria-controls", "mw-facets"), ("aria-expanded", "false")])?;
    let panel_badge = add(&panel_toggle, el(doc, "span", "mw-badge-count")?)?;
    let sort_label = add(&tools, el(doc, "label", "mw-sort")?)?;
    add(&sort_label, text_el(doc, "span", "", s.sort)?)?;
    let sort: HtmlSelectElement = add(&sort_label, el(doc, "select", "")?)?.dyn_into()?;
    sort.set_attribute("data-action", Action::Sort.key())?;
    for option in [Sort::Newest, Sort::Oldest, Sort::Relevance] {
        let o = add(&sort, text_el(doc, "option", "", i18n::sort_name(lang, option))?)?;
        o.set_attribute("value", option.key())?;
    }
    // The downloads fold into one menu: one Tab stop and one button's width on a phone.
    let downloads = add(&tools, el(doc, "details", "mw-export")?)?;
    add(&downloads, text_el(doc, "summary", "mw-tool", s.download)?)?;
    let menu = add(&downloads, el(doc, "div", "mw-export-menu")?)?;
    add(&menu, button(doc, "mw-tool", s.export_csv, Action::ExportCsv)?)?;
    add(&menu, button(doc, "mw-tool", s.export_spreadsheet, Action::ExportSpreadsheet)?)?;
    add(&menu, button(doc, "mw-tool", s.export_json, Action::ExportJson)?)?;
    add(&tools, button(doc, "mw-tool", s.copy_link, Action::CopyLink)?)?;
    // Shown, not announced: the page keeps one live region, for the count.
    let share_note = add(&tools, el(doc, "span", "mw-share-note")?)?;
    add(&tools, button(doc, "mw-tool", s.print, Action::Print)?)?;

    // What the load left out or put right, if anything.
    if let Some(notice) = crate::view::load_notice(&w.state.store.report, lang, &intl::LOCALE) {
        let details = add(&header, el(doc, "details", "mw-notice")?)?;
        add(&details, text_el(doc, "summary", "", &notice.summary)?)?;
        let list = add(&details, el(doc, "ul", "")?)?;
        for (record, reason) in &notice.details {
            add(&list, text_el(doc, "li", "", format!("{record} {reason}").trim_end())?)?;
        }
    }

    let chips = add(&header, el(doc, "div", "mw-chips")?)?;
    attrs(&chips, &[("aria-label", s.active_filters), ("role", "group")])?;

    // Timeline.
    let tl_section = add(&shell, el(doc, "section", "mw-timeline")?)?;
    name_region(&tl_section, "mw-tl-h")?;
    let tl_heading = add(&tl_section, text_el(doc, "h2", "mw-h2", s.timeline)?)?;
    tl_heading.set_id("mw-tl-h");
    let timeline = timeline::build(doc, &tl_section, &w.state)?;
    add(&tl_section, text_el(doc, "p", "mw-hint", s.timeline_hint)?)?;

    // Where and with whom: the map and the matrix, side by side on a wide screen.
    let places = add(&shell, el(doc, "div", "mw-places")?)?;
    let map_section = add(&places, el(doc, "section", "mw-map")?)?;
    name_region(&map_section, "mw-map-h")?;
    add(&map_section, text_el(doc, "h2", "mw-h2", s.map)?)?.set_id("mw-map-h");
    let map = map::build(doc, &map_section, &w.state)?;
    let matrix_section = add(&places, el(doc, "section", "mw-people")?)?;
    name_region(&matrix_section, "mw-matrix-h")?;
    add(&matrix_section, text_el(doc, "h2", "mw-h2", s.matrix)?)?.set_id("mw-matrix-h");
    let matrix = matrix::build(doc, &matrix_section)?;
    add(&matrix_section, text_el(doc, "p", "mw-hint", s.matrix_hint)?)?;

    // Body: the facet panel and the cards.
    let body = add(&shell, el(doc, "div", "mw-body")?)?;
    let panel = add(&body, el(doc, landmark("aside"), "mw-facets")?)?;
    panel.set_id("mw-facets");
    name_region(&panel, "mw-facets-h")?;
    let ph = add(&panel, text_el(doc, "h2", "mw-h2", s.filters)?)?;
    ph.set_id("mw-facets-h");
    // The date range first: the filter readers reach for most, above the long lists.
    let range = add(&panel, el(doc, "fieldset", "facet facet-range")?)?;
    add(&range, text_el(doc, "legend", "", s.date_range)?)?;
    // Our own fields, not the browser's date input: that one shows its own
    // language, order and digits whatever the interface's.
    let date_input = |label: &str, action: Action| -> Result<HtmlInputElement, JsValue> {
        let l = add(&range, el(doc, "label", "range-field")?)?;
        add(&l, text_el(doc, "span", "", label)?)?;
        let i: HtmlInputElement = add(&l, el(doc, "input", "")?)?.dyn_into()?;
        i.set_type("text");
        attrs(
            &i,
            &[
                ("data-action", action.key()),
                // The format, not an example date a reader could take for a range set.
                ("placeholder", s.date_placeholder),
                ("autocomplete", "off"),
                ("spellcheck", "false"),
                ("aria-describedby", "mw-range-hint mw-range-error"),
            ],
        )?;
        Ok(i)
    };
    let from = date_input(s.from, Action::From)?;
    let to = date_input(s.to, Action::To)?;
    add(&range, text_el(doc, "p", "range-hint", s.date_hint)?)?.set_id("mw-range-hint");
    // Empty while the range is fine; the fields' description, with aria-invalid on the
    // field it is about. No live region of its own: the page's one says the count, and
    // its one alert says it could not load.
    let range_error = add(&range, el(doc, "p", "range-error")?)?;
    attrs(&range_error, &[("id", "mw-range-error"), ("hidden", "")])?;
    let store = &w.state.store;
    let mut checkboxes: Vec<Vec<Option<FacetRow>>> =
        Facet::ALL.iter().map(|f| (0..store.values(*f).len()).map(|_| None).collect()).collect();
    for group in page::facet_groups(&w.state, &intl::LOCALE) {
        let set = add(&panel, el(doc, "fieldset", "facet")?)?;
        add(&set, text_el(doc, "legend", "", group.legend)?)?;
        // The busiest values in view; the rest behind "more", opened when one of them is chosen.
        let folded = group.rows.iter().filter(|r| r.folded).count();
        let more: Option<web_sys::HtmlDetailsElement> = if folded > 0 {
            let details = el(doc, "details", "facet-more")?;
            add(&details, text_el(doc, "summary", "", &i18n::more_values(lang, folded, &intl::LOCALE))?)?;
            Some(details.dyn_into()?)
        } else {
            None
        };
        for r in group.rows {
            let parent: &Element = match (&more, r.folded) {
                (Some(d), true) => d,
                _ => &set,
            };
            let row = add(parent, el(doc, "label", "facet-value")?)?;
            let cb: HtmlInputElement = add(&row, el(doc, "input", "")?)?.dyn_into()?;
            cb.set_type("checkbox");
            attrs(&cb, &[("data-facet", group.facet.key()), ("data-value", &r.key)])?;
            add(&row, text_el(doc, "span", "facet-label", &r.label)?)?;
            let n = add(&row, el(doc, "span", "facet-count")?)?;
            if let Some(slot) = checkboxes[group.facet.position()].get_mut(r.value) {
                let fold = if r.folded { more.clone() } else { None };
                *slot = Some(FacetRow { row, checkbox: cb, count: n, shown: std::cell::Cell::new(None), fold });
            }
        }
        if let Some(d) = &more {
            set.append_child(d)?;
        }
    }

    let main = add(&body, el(doc, landmark("main"), "mw-main")?)?;
    attrs(&main, &[("id", "mw-results"), ("tabindex", "-1")])?;
    name_region(&main, "mw-list-h")?;
    let lh = add(&main, text_el(doc, "h2", "mw-h2 mw-visually-hidden", s.results)?)?;
    lh.set_id("mw-list-h");
    fact_hint(doc, &main, s)?;
    let empty = add(&main, el(doc, "div", "mw-empty")?)?;
    add(&empty, text_el(doc, "p", "mw-empty-title", s.empty_title)?)?;
    add(&empty, text_el(doc, "p", "", s.empty_hint)?)?;
    add(&empty, button(doc, "mw-tool", s.clear_all, Action::ClearAll)?)?;
    let list = add(&main, el(doc, "div", "mw-list")?)?;
    let more = add(&main, button(doc, "mw-tool mw-more", s.show_more, Action::More)?)?;
    let cards = RefCell::new(BTreeMap::new());

    // The article dialog: a native modal, so focus stays inside and Escape closes it.
    let dialog: HtmlDialogElement = add(&shell, el(doc, "dialog", "mw-dialog")?)?.dyn_into()?;
    dialog.set_attribute("aria-labelledby", "mw-dialog-h")?;
    let head = add(&dialog, el(doc, "div", "mw-dialog-head")?)?;
    let dialog_title = add(&head, el(doc, "h2", "mw-dialog-title")?)?;
    attrs(&dialog_title, &[("id", "mw-dialog-h"), ("lang", "ar"), ("dir", "rtl")])?;
    add(&head, button(doc, "mw-close", s.close, Action::CloseDialog)?)?;
    let dialog_reason = add(&dialog, el(doc, "div", "mw-reason")?)?;
    let dialog_article = add(&dialog, el(doc, "div", "mw-article")?)?;
    attrs(&dialog_article, &[("lang", "ar"), ("dir", "rtl"), ("tabindex", "0")])?;

    // The filter sheet of a narrow widget: the panel moves in while it is open.
    let sheet: HtmlDialogElement = add(&shell, el(doc, "dialog", "mw-sheet")?)?.dyn_into()?;
    sheet.set_attribute("aria-labelledby", "mw-facets-h")?;
    let sheet_head = add(&sheet, el(doc, "div", "mw-sheet-head")?)?;
    add(&sheet_head, button(doc, "mw-close", s.close_filters, Action::TogglePanel)?)?;
    let sheet_body = add(&sheet, el(doc, "div", "mw-sheet-body")?)?;
    let sheet_foot = add(&sheet, el(doc, "div", "mw-sheet-foot")?)?;
    let show_results = add(&sheet_foot, button(doc, "mw-show", "", Action::ShowResults)?)?;

    w.root.append_child(&shell)?;
    let screen = cards_in_view();
    Ok(Ui {
        screen,
        print_line,
        share_note,
        input,
        count,
        chips,
        list,
        empty,
        more,
        cards,
        drawn: RefCell::new(Vec::new()),
        chips_for: RefCell::new(None),
        checkboxes,
        from,
        range_error,
        to,
        sort,
        panel,
        body,
        sheet,
        sheet_body,
        show_results,
        panel_toggle,
        panel_badge,
        timeline,
        map,
        matrix,
        dialog,
        dialog_title,
        dialog_reason,
        dialog_article,
    })
}

/// The line above the cards that says what a fact's underline does; every fact button points to it.
const FACT_HINT_ID: &str = "mw-fact-hint";

fn fact_hint(doc: &Document, parent: &Element, s: &Strings) -> Result<(), JsValue> {
    add(parent, text_el(doc, "p", "mw-hint mw-fact-hint", s.fact_hint)?)?.set_id(FACT_HINT_ID);
    Ok(())
}

fn evidence_button(doc: &Document, field: Option<Evidence>, class: &str) -> Result<Element, JsValue> {
    match field {
        Some(f) => {
            let b = el(doc, "button", &format!("fact {class}"))?;
            attrs(
                &b,
                &[
                    ("type", "button"),
                    ("data-action", Action::Evidence.key()),
                    ("data-field", f.key()),
                    ("aria-describedby", FACT_HINT_ID),
                ],
            )?;
            Ok(b)
        }
        None => el(doc, "span", class),
    }
}

fn render_card(doc: &Document, v: &CardView, s: &Strings) -> Result<CardParts, JsValue> {
    let a = el(doc, "article", "card")?;
    let title_id = format!("t-{}", v.id);
    attrs(&a, &[("data-meeting-id", &v.id), ("aria-labelledby", &title_id), ("data-occasion", &v.occasion_key)])?;

    let top = add(&a, el(doc, "div", "card-top")?)?;
    let date_box = add(&top, el(doc, "p", "card-date")?)?;
    let date_button =
        add(&date_box, evidence_button(doc, v.date_has_evidence.then_some(Evidence::Date), "card-date-main")?)?;
    match &v.date_start {
        Some(start) => {
            let time = add(&date_button, text_el(doc, "time", "", &v.date_text)?)?;
            time.set_attribute("datetime", start)?;
        }
        None => set_text(&date_button, &v.date_text),
    }
    if let Some(h) = &v.hijri {
        let hijri = add(&date_box, text_el(doc, "span", "card-hijri", h)?)?;
        hijri.set_attribute("title", s.hijri)?;
    }
    for badge in &v.badges {
        add(&top, text_el(doc, "span", "badge", badge)?)?;
    }

    let title = add(&a, el(doc, "h3", "card-title")?)?;
    attrs(&title, &[("id", &title_id), ("lang", "ar"), ("dir", "rtl")])?;

    let facts_list = add(&a, el(doc, "dl", "card-facts")?)?;
    let mut facts = Vec::new();
    for f in &v.facts {
        let row = add(&facts_list, el(doc, "div", "card-fact")?)?;
        add(&row, text_el(doc, "dt", "", f.label)?)?;
        let dd = add(&row, el(doc, "dd", "")?)?;
        facts.push(add(&dd, evidence_button(doc, f.evidence, "")?)?);
    }
    if !v.topics.is_empty() {
        let ul = add(&a, el(doc, "ul", "card-topics")?)?;
        ul.set_attribute("aria-label", s.topics)?;
        for t in &v.topics {
            add(&ul, text_el(doc, "li", "topic", t)?)?;
        }
    }
    let quote = match &v.quote {
        Some((_, speaker)) => {
            let bq = add(&a, el(doc, "figure", "card-quote")?)?;
            let text = add(&bq, el(doc, "blockquote", "")?)?;
            attrs(&text, &[("lang", "ar"), ("dir", "rtl")])?;
            let cap = add(&bq, el(doc, "figcaption", "")?)?;
            let speaker_button = add(&cap, evidence_button(doc, Some(Evidence::Quotes), "")?)?;
            set_text(&speaker_button, speaker);
            Some(text)
        }
        None => None,
    };
    let lede = add(&a, el(doc, "p", "card-lede")?)?;
    attrs(&lede, &[("lang", "ar"), ("dir", "rtl")])?;
    let actions = add(&a, el(doc, "div", "card-actions")?)?;
    add(&actions, button(doc, "card-open", s.read_article, Action::Open)?)?;
    // Where the article came from: its outlet, and a link to it when the data has one.
    if v.outlet.is_some() || v.url.is_some() {
        let source = add(&actions, el(doc, "span", "card-source")?)?;
        if let Some(outlet) = &v.outlet {
            add(&source, text_el(doc, "bdi", "", outlet)?)?;
        }
        if let Some(url) = &v.url {
            if v.outlet.is_some() {
                source.append_with_str_1(" · ")?;
            }
            let a = add(&source, text_el(doc, "a", "card-link", s.original_article)?)?;
            attrs(&a, &[("href", url), ("target", "_blank"), ("rel", "noopener noreferrer nofollow")])?;
        }
    }
    let mut texts = vec![v.title.text.clone(), v.lede.text.clone()];
    if let Some((q, _)) = v.quote.as_ref().filter(|_| quote.is_some()) {
        texts.push(q.text.clone());
    }
    texts.extend(v.facts.iter().map(|f| f.value.text.clone()));
    let mut parts = CardParts { root: a, texts, shown: Vec::new(), title, lede, quote, facts };
    let marks = std::iter::once(&v.title)
        .chain(Some(&v.lede))
        .chain(v.quote.as_ref().filter(|_| parts.quote.is_some()).map(|(q, _)| q))
        .chain(v.facts.iter().map(|f| &f.value))
        .cloned()
        .collect();
    fill_card(doc, &mut parts, marks)?;
    Ok(parts)
}

/// Writes the query-dependent text of a card (with highlights).
fn fill_card(doc: &Document, parts: &mut CardParts, marks: Vec<Marked>) -> Result<(), JsValue> {
    let targets: Vec<&Element> =
        [&parts.title, &parts.lede].into_iter().chain(parts.quote.as_ref()).chain(parts.facts.iter()).collect();
    let fresh = parts.shown.len() != marks.len();
    for (k, (e, marked)) in targets.into_iter().zip(&marks).enumerate() {
        if fresh || parts.shown[k] != *marked {
            set_marked(doc, e, marked)?;
        }
    }
    parts.shown = marks;
    Ok(())
}

/// How many cards a change draws before its frame: the first screen; the
/// rest of the page follows right after. When the reader asked for more,
/// all of them.
fn cards_now(ui: &Ui, state: &crate::app::State) -> usize {
    if state.limit > crate::app::PAGE { state.limit } else { ui.screen.min(state.limit) }
}

/// How many cards can be in view at once, from the window alone: asking the
/// list its width would lay the page out before its cards are in. A widget
/// in a narrower column only draws a few more cards up front than it needs.
fn cards_in_view() -> usize {
    let window = gloo::utils::window();
    let size = |v: Result<JsValue, JsValue>, default: f64| v.ok().and_then(|v| v.as_f64()).unwrap_or(default) as i32;
    page::cards_in_view(size(window.inner_width(), 1280.0), size(window.inner_height(), 900.0))
}

/// Draws the first `count` cards of the matches, in order, with fresh
/// highlights; only these are in the document, whatever the size of the
/// dataset.
fn draw_cards(w: &Widget, count: usize) -> Result<(), JsValue> {
    let Some(ui) = &w.ui else { return Ok(()) };
    let doc = &w.doc;
    let state = &w.state;
    let lang = state.filter.lang;
    let s = strings(lang);
    let query = Query::parse(&state.filter.query);
    let page: Vec<u32> = state.visible.iter().take(count).copied().collect();
    let mut cards = ui.cards.borrow_mut();
    let mut drawn = ui.drawn.borrow_mut();
    let mut in_page = page.clone();
    in_page.sort_unstable();
    let in_page = |i: &u32| in_page.binary_search(i).is_ok();
    for i in drawn.iter() {
        if !in_page(i)
            && let Some(parts) = cards.get(i)
        {
            parts.root.remove();
        }
    }
    // Cards out of view are let go once there are many: memory stays flat
    // however long the reader browses a large dataset.
    if cards.len() > CARDS_KEPT {
        cards.retain(|i, _| in_page(i));
    }
    // Appending in order moves each card into place; a card already in the
    // right place after the previous one is left alone.
    let mut previous: Option<Element> = None;
    for &i in &page {
        let parts = match cards.entry(i) {
            std::collections::btree_map::Entry::Occupied(e) => {
                let parts = e.into_mut();
                let marks = parts.texts.iter().map(|t| Marked::new(t, &query)).collect();
                fill_card(doc, parts, marks)?;
                parts
            }
            std::collections::btree_map::Entry::Vacant(e) => {
                let Some(m) = state.store.meeting(i as usize) else { continue };
                e.insert(render_card(doc, &view::card(&m, lang, &state.store.labels, &query, &intl::LOCALE), s)?)
            }
        };
        let in_place = match &previous {
            Some(p) => p.next_element_sibling().as_ref() == Some(&parts.root),
            None => ui.list.first_element_child().as_ref() == Some(&parts.root),
        };
        if !in_place {
            match &previous {
                Some(p) => p.after_with_node_1(&parts.root)?,
                None => ui.list.prepend_with_node_1(&parts.root)?,
            }
        }
        previous = Some(parts.root.clone());
    }
    *drawn = page;
    Ok(())
}

/// Brings every dynamic part of the interface up to date with the state.
pub(crate) fn patch(w: &Widget) -> Result<(), JsValue> {
    intl::use_numerals(w.state.filter.numerals);
    timing::measured(timing::FRAME, || patch_now(w))
}

fn patch_now(w: &Widget) -> Result<(), JsValue> {
    let Some(ui) = &w.ui else { return Ok(()) };
    let doc = &w.doc;
    let state = &w.state;

    if ui.input.value() != state.filter.query {
        ui.input.set_value(&state.filter.query);
    }
    draw_cards(w, cards_now(ui, state))?;
    ui.empty.toggle_attribute_with_force("hidden", !state.visible.is_empty())?;
    ui.more.toggle_attribute_with_force("hidden", state.visible.len() <= state.limit)?;

    // The count, announced politely.
    set_text(&ui.count, &page::count_line(state, &intl::LOCALE));
    set_text(&ui.share_note, "");
    attrs(&ui.count, &[("data-count", &state.visible.len().to_string())])?;

    // Ticks and inputs follow the state at once; the counts follow right
    // after the frame (`patch_after_frame`).
    for (slot, facet) in Facet::ALL.into_iter().enumerate() {
        for (v, value) in state.store.values(facet).iter().enumerate() {
            let Some(row) = ui.checkboxes.get(slot).and_then(|b| b.get(v)).and_then(Option::as_ref) else { continue };
            let checked = state.filter.is_selected(facet, value);
            if row.checkbox.checked() != checked {
                row.checkbox.set_checked(checked);
            }
            // A chosen value is never hidden behind "more".
            if checked && let Some(fold) = row.fold.as_ref().filter(|d| !d.open()) {
                fold.set_open(true);
            }
        }
    }
    let set_if_changed = |input: &HtmlInputElement, value: &str| {
        if input.value() != value {
            input.set_value(value);
        }
    };
    // A field whose text is no date keeps it, flagged; the others show the range.
    let numerals = state.filter.numerals.for_lang(state.filter.lang);
    let (from_invalid, to_invalid) = state.range_invalid;
    for (input, value, invalid) in
        [(&ui.from, &state.filter.from, from_invalid), (&ui.to, &state.filter.to, to_invalid)]
    {
        if invalid {
            input.set_attribute("aria-invalid", "true")?;
        } else {
            input.remove_attribute("aria-invalid")?;
            set_if_changed(input, &value.as_deref().map(|d| date_field::show(d, numerals)).unwrap_or_default());
        }
    }
    let flagged = from_invalid || to_invalid;
    let message = if flagged { strings(state.filter.lang).date_invalid } else { "" };
    if ui.range_error.text_content().as_deref() != Some(message) {
        ui.range_error.set_text_content(Some(message));
    }
    ui.range_error.toggle_attribute_with_force("hidden", !flagged)?;
    if ui.sort.value() != state.filter.sort.key() {
        ui.sort.set_value(state.filter.sort.key());
    }

    // Active filters as removable chips: redrawn only when they change.
    let chip_state = FilterState { sort: Sort::default(), open: None, evidence: None, ..state.filter.clone() };
    if ui.chips_for.borrow().as_ref() != Some(&chip_state) {
        draw_chips(doc, ui, state)?;
        *ui.chips_for.borrow_mut() = Some(chip_state);
    }

    // Small screens: the panel and its badge.
    set_text(&ui.panel_badge, &page::panel_badge(state, &intl::LOCALE));
    ui.panel_toggle.set_attribute("aria-expanded", if state.panel_open { "true" } else { "false" })?;
    set_text(&ui.show_results, &page::show_results(state, &intl::LOCALE));
    if state.panel_open && !ui.sheet.open() {
        ui.sheet_body.append_child(&ui.panel)?;
        ui.sheet.show_modal()?;
    } else if !state.panel_open && ui.sheet.open() {
        ui.sheet.close();
        ui.body.prepend_with_node_1(&ui.panel)?;
    }

    Ok(())
}

/// What the reader does not look at first, drawn right after the frame that
/// shows the first cards: the rest of the page's cards, the facet counts
/// (zeros stay visible), the timeline, the map and the matrix.
pub(crate) fn patch_after_frame(w: &Widget) -> Result<(), JsValue> {
    let Some(ui) = &w.ui else { return Ok(()) };
    intl::use_numerals(w.state.filter.numerals);
    let state = &w.state;
    draw_cards(w, state.limit)?;
    for (slot, counts) in page::facet_counts(state, &intl::LOCALE).into_iter().enumerate() {
        for (v, (n, text)) in counts.into_iter().enumerate() {
            let Some(row) = ui.checkboxes.get(slot).and_then(|b| b.get(v)).and_then(Option::as_ref) else { continue };
            if row.shown.replace(Some(n)) != Some(n) {
                set_text(&row.count, &text);
                row.count.set_attribute("data-count", &n.to_string())?;
                row.row.class_list().toggle_with_force("is-zero", n == 0)?;
            }
        }
    }
    timeline::patch(&ui.timeline, state)?;
    timing::measured(timing::PLACES, || {
        map::patch(&w.doc, &ui.map, state)?;
        matrix::patch(&w.doc, &ui.matrix, state)
    })
}

/// Active filters as removable chips, and one "clear all".
fn draw_chips(doc: &Document, ui: &Ui, state: &crate::app::State) -> Result<(), JsValue> {
    ui.chips.set_text_content(None);
    let chips = page::chips(state, &intl::LOCALE);
    for chip in &chips {
        let clear = chip.action == Action::ClearAll;
        let b = add(&ui.chips, el(doc, "button", if clear { "chip chip-clear" } else { "chip" })?)?;
        attrs(&b, &[("type", "button"), ("data-action", chip.action.key())])?;
        if let Some((facet, value)) = &chip.facet {
            attrs(&b, &[("data-facet", facet.key()), ("data-value", value)])?;
        }
        if clear {
            b.append_child(&doc.create_text_node(&chip.label))?;
            continue;
        }
        b.set_attribute("aria-label", &chip.aria_label)?;
        add(&b, text_el(doc, "span", "", &chip.label)?)?;
        let x = add(&b, text_el(doc, "span", "chip-x", "×")?)?;
        x.set_attribute("aria-hidden", "true")?;
    }
    ui.chips.toggle_attribute_with_force("hidden", chips.is_empty())?;
    Ok(())
}

/// While a large dataset is indexed: the title, a status line and the
/// newest cards, read-only. Returns the status line, to count the progress in.
pub(crate) fn preview(
    doc: &Document,
    root: &Element,
    lang: Lang,
    meetings: &[crate::model::Meeting],
    labels: &crate::model::Labels,
) -> Result<Element, JsValue> {
    let s = strings(lang);
    root.set_text_content(None);
    attrs(root, &[("lang", s.lang), ("dir", s.dir), ("aria-busy", "true")])?;
    let shell = add(root, el(doc, "div", "mw")?)?;
    let header = add(&shell, el(doc, "header", "mw-head")?)?;
    add(&header, text_el(doc, "h1", "mw-title", s.title)?)?;
    let status = add(&header, el(doc, "p", "mw-count")?)?;
    attrs(&status, &[("role", "status"), ("aria-live", "polite"), ("data-loading", "")])?;
    fact_hint(doc, &shell, s)?;
    let list = add(&shell, el(doc, "div", "mw-list")?)?;
    let query = Query::default();
    for m in meetings {
        list.append_child(&render_card(doc, &view::card(m, lang, labels, &query, &intl::LOCALE), s)?.root)?;
    }
    // Nothing answers a click until the widget is ready: say so rather than ignore it.
    let buttons = list.query_selector_all("button")?;
    for i in 0..buttons.length() {
        if let Some(b) = buttons.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            b.set_attribute("disabled", "")?;
        }
    }
    Ok(status)
}

/// The status line of the preview `root` shows, if it shows one.
pub(crate) fn preview_status(root: &Element) -> Option<Element> {
    root.query_selector("[data-loading]").ok().flatten()
}

/// Shows a meeting's article in the dialog, with one field's evidence (or the
/// query's matches) highlighted, and scrolls to the first highlight.
pub(crate) fn open_dialog(w: &Widget, index: usize, field: Option<&str>) -> Result<(), JsValue> {
    let Some(ui) = &w.ui else { return Ok(()) };
    intl::use_numerals(w.state.filter.numerals);
    let Some(view) = page::dialog(&w.state, index, field, &intl::LOCALE) else { return Ok(()) };
    let doc = &w.doc;
    set_text(&ui.dialog_title, &view.title);
    ui.dialog_reason.set_text_content(None);
    add(&ui.dialog_reason, text_el(doc, "p", "mw-hint", view.hint)?)?;
    if let Some((label, file)) = &view.source_file {
        let p = add(&ui.dialog_reason, text_el(doc, "p", "mw-hint mw-source-file", &format!("{label}: "))?)?;
        // A file name is a left-to-right run of its own inside an Arabic line.
        add(&p, text_el(doc, "bdi", "", file)?)?.set_attribute("dir", "ltr")?;
    }
    if let Some(why) = &view.date_reason {
        let p = add(&ui.dialog_reason, el(doc, "p", "mw-date-reason")?)?;
        add(&p, text_el(doc, "strong", "", why.heading)?)?;
        p.append_child(&doc.create_text_node(&format!(" {}", why.basis)))?;
        let list = add(&ui.dialog_reason, el(doc, "ul", "mw-reason-text")?)?;
        if let Some(lang) = why.reasons_lang {
            attrs(&list, &[("lang", lang), ("dir", "ltr")])?;
        }
        for reason in &why.reasons {
            add(&list, text_el(doc, "li", "", reason)?)?;
        }
    }
    ui.dialog_article.set_text_content(None);
    for line in &view.lines {
        let p = add(&ui.dialog_article, el(doc, "p", "")?)?;
        set_marked(doc, &p, line)?;
    }
    if !ui.dialog.open() {
        ui.dialog.show_modal()?;
    }
    if let Some(first) = ui.dialog_article.query_selector("mark")? {
        let reduce = gloo::utils::window()
            .match_media("(prefers-reduced-motion: reduce)")
            .ok()
            .flatten()
            .is_some_and(|q| q.matches());
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        options.set_behavior(if reduce { web_sys::ScrollBehavior::Instant } else { web_sys::ScrollBehavior::Smooth });
        first.scroll_into_view_with_scroll_into_view_options(&options);
    }
    Ok(())
}

/// Writes the printout's header line, just before the browser prints.
pub(crate) fn fill_print_line(w: &Widget) {
    let Some(ui) = &w.ui else { return };
    intl::use_numerals(w.state.filter.numerals);
    let today = js_sys::Date::new_0();
    let printed_on = format!("{:04}-{:02}-{:02}", today.get_full_year(), today.get_month() + 1, today.get_date());
    // The link that opens this view, which in an embed is not the host page's.
    let address = page::share_link(&w.state, &super::share::link_base(w));
    set_text(&ui.print_line, &page::print_line(&w.state, &intl::LOCALE, &printed_on, &address));
}

pub(crate) fn close_dialog(w: &Widget) {
    if let Some(ui) = &w.ui
        && ui.dialog.open()
    {
        ui.dialog.close();
    }
}
