//! Draws the who-met-whom matrix `view::matrix` lays out. Its rows, columns
//! and cells are made once, as many as the matrix can show, and each result
//! only rewrites what changed in them (names, counts, shading) and hides
//! what it does not use: a keystroke creates no element.

use std::cell::{Cell, RefCell};

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlDetailsElement};

use super::dom::{add, attrs, el, set_text, text_el};
use crate::app::State;
use crate::filter::Facet;
use crate::i18n::strings;
use crate::view::action::Action;
use crate::view::matrix::{MATRIX_PEOPLE, MatrixView, PairView, PersonView, matrix_view};

struct Row {
    row: Element,
    number: Element,
    person: Element,
    /// One per column: the cell and its button.
    cells: Vec<(Element, Element)>,
}

/// The matrix's place on the page, filled right after the first cards are drawn.
pub(crate) struct MatrixUi {
    holder: Element,
    parts: RefCell<Option<Parts>>,
}

pub(crate) fn build(doc: &Document, parent: &Element) -> Result<MatrixUi, JsValue> {
    Ok(MatrixUi { holder: add(parent, el(doc, "div", "mw-matrix-holder")?)?, parts: RefCell::new(None) })
}

struct Parts {
    table: Element,
    columns: Vec<Element>,
    rows: Vec<Row>,
    /// The folded people: kept across redraws so that it stays open or shut,
    /// and its list drawn only while it is open.
    folded: HtmlDetailsElement,
    summary: Element,
    list: Element,
    shown: RefCell<Option<MatrixView>>,
    /// Whether the list holds the folded people of `shown`.
    list_drawn: Cell<bool>,
}

fn pressed(on: bool) -> &'static str {
    if on { "true" } else { "false" }
}

fn person_button(doc: &Document) -> Result<Element, JsValue> {
    let b = el(doc, "button", "mw-person")?;
    attrs(&b, &[("type", "button"), ("data-action", Action::Facet.key()), ("data-facet", Facet::Participant.key())])?;
    Ok(b)
}

fn make_parts(doc: &Document, parent: &Element, state: &State) -> Result<Parts, JsValue> {
    let s = strings(state.filter.lang);
    // A table wider than a phone scrolls on its own; focusable so the keyboard can scroll it.
    let scroll = add(parent, el(doc, "div", "mw-matrix-scroll")?)?;
    scroll.set_attribute("tabindex", "0")?;
    let table = add(&scroll, el(doc, "table", "mw-matrix")?)?;
    add(&table, text_el(doc, "caption", "mw-visually-hidden", s.matrix_hint)?)?;
    let head = add(&add(&table, el(doc, "thead", "")?)?, el(doc, "tr", "")?)?;
    add(&head, el(doc, "td", "")?)?;
    let columns = (0..MATRIX_PEOPLE)
        .map(|_| {
            let th = add(&head, el(doc, "th", "")?)?;
            th.set_attribute("scope", "col")?;
            Ok(th)
        })
        .collect::<Result<Vec<_>, JsValue>>()?;
    let body = add(&table, el(doc, "tbody", "")?)?;
    let mut rows = Vec::new();
    for r in 0..MATRIX_PEOPLE {
        let row = add(&body, el(doc, "tr", "")?)?;
        let th = add(&row, el(doc, "th", "")?)?;
        th.set_attribute("scope", "row")?;
        let number = add(&th, el(doc, "span", "mw-person-number")?)?;
        let person = add(&th, person_button(doc)?)?;
        let mut cells = Vec::new();
        for c in 0..MATRIX_PEOPLE {
            let td = add(&row, el(doc, "td", if r == c { "is-self" } else { "" })?)?;
            let b = add(&td, el(doc, "button", "mw-pair")?)?;
            attrs(&b, &[("type", "button"), ("data-action", Action::Pair.key())])?;
            b.toggle_attribute_with_force("hidden", r == c)?;
            cells.push((td, b));
        }
        rows.push(Row { row, number, person, cells });
    }
    let folded: HtmlDetailsElement = add(parent, el(doc, "details", "mw-more-people")?)?.dyn_into()?;
    let summary = add(&folded, el(doc, "summary", "")?)?;
    let list = add(&folded, el(doc, "ul", "")?)?;
    Ok(Parts { table, columns, rows, folded, summary, list, shown: RefCell::new(None), list_drawn: Cell::new(false) })
}

/// Writes a person into a row's name button when it changed.
fn set_person(b: &Element, p: &PersonView, before: Option<&PersonView>, text: &str) -> Result<(), JsValue> {
    if before.is_some_and(|b| b == p) {
        return Ok(());
    }
    set_text(b, text);
    attrs(b, &[("data-value", &p.key), ("aria-pressed", pressed(p.selected)), ("aria-label", &p.label)])
}

/// Writes a pair into a cell's button; `before` is what it shows now, when it is the same two people.
fn set_pair(b: &Element, cell: &PairView, before: Option<&PairView>, keys: (&str, &str)) -> Result<(), JsValue> {
    if before == Some(cell) {
        return Ok(());
    }
    b.toggle_attribute_with_force("hidden", cell.count == 0)?;
    set_text(b, &cell.text);
    attrs(
        b,
        &[
            ("data-a", keys.0),
            ("data-b", keys.1),
            ("data-level", &cell.level.to_string()),
            ("aria-label", &cell.label),
            ("aria-pressed", pressed(cell.selected)),
        ],
    )
}

/// The folded people as buttons, drawn when the list is open and not yet drawn for this result.
fn draw_folded(doc: &Document, ui: &Parts, view: &MatrixView) -> Result<(), JsValue> {
    ui.folded.toggle_attribute_with_force("hidden", view.folded_count == 0)?;
    set_text(&ui.summary, &view.folded_label);
    if !ui.folded.open() || ui.list_drawn.get() {
        return Ok(());
    }
    ui.list.set_text_content(None);
    for p in &view.folded {
        let li = add(&ui.list, el(doc, "li", "")?)?;
        let b = add(&li, person_button(doc)?)?;
        set_person(&b, p, None, &p.label)?;
    }
    ui.list_drawn.set(true);
    Ok(())
}

pub(crate) fn patch(doc: &Document, slot: &MatrixUi, state: &State) -> Result<(), JsValue> {
    let mut parts = slot.parts.borrow_mut();
    if parts.is_none() {
        *parts = Some(make_parts(doc, &slot.holder, state)?);
    }
    let Some(ui) = parts.as_ref() else { return Ok(()) };
    let view = matrix_view(state, &super::intl::LOCALE);
    let mut shown = ui.shown.borrow_mut();
    if shown.as_ref() == Some(&view) {
        return draw_folded(doc, ui, &view);
    }
    ui.list_drawn.set(false);
    let before = shown.as_ref();
    let n = view.people.len();
    ui.table.toggle_attribute_with_force("hidden", n == 0)?;
    for (k, th) in ui.columns.iter().enumerate() {
        th.toggle_attribute_with_force("hidden", k >= n)?;
        if let Some(p) = view.people.get(k)
            && before.and_then(|b| b.people.get(k)).is_none_or(|b| b.name != p.name)
        {
            set_text(th, &p.number);
            attrs(th, &[("aria-label", &p.name), ("title", &p.name)])?;
        }
    }
    for (r, row) in ui.rows.iter().enumerate() {
        row.row.toggle_attribute_with_force("hidden", r >= n)?;
        let Some(p) = view.people.get(r) else { continue };
        let was = before.and_then(|b| b.people.get(r));
        if was.is_none_or(|w| w.number != p.number) {
            set_text(&row.number, &p.number);
        }
        set_person(&row.person, p, was, &p.name)?;
        for (c, (td, button)) in row.cells.iter().enumerate() {
            td.toggle_attribute_with_force("hidden", c >= n)?;
            let (Some(Some(cell)), Some(other)) = (view.cells[r].get(c), view.people.get(c)) else { continue };
            let same_people = before.is_some_and(|b| {
                b.people.get(r).map(|w| &w.key) == Some(&p.key) && b.people.get(c).map(|w| &w.key) == Some(&other.key)
            });
            let was = before
                .filter(|_| same_people)
                .and_then(|b| b.cells.get(r))
                .and_then(|row| row.get(c))
                .and_then(Option::as_ref);
            set_pair(button, cell, was, (&p.key, &other.key))?;
        }
    }
    let focused_folded =
        super::focused_element(&ui.list).filter(|e| ui.list.contains(Some(e))).map(|e| e.get_attribute("data-value"));
    draw_folded(doc, ui, &view)?;
    *shown = Some(view);
    // A folded person chosen: the list is drawn again, focus goes back to that person.
    if let Some(value) = focused_folded {
        let found = ui.list.query_selector_all("[data-value]")?;
        for k in 0..found.length() {
            if let Some(e) = found.item(k).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
                && e.get_attribute("data-value") == value
            {
                let _ = e.focus();
                break;
            }
        }
    }
    Ok(())
}
