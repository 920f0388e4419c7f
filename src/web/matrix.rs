//! Draws the who-met-whom matrix `view::matrix` lays out: drawn again only
//! when the result changes it.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use super::dom::{add, attrs, el, text_el};
use super::intl;
use crate::app::State;
use crate::filter::Facet;
use crate::i18n::strings;
use crate::view::action::Action;
use crate::view::matrix::{MatrixView, PersonView, matrix_view};

pub(crate) struct MatrixUi {
    holder: Element,
    shown: RefCell<Option<MatrixView>>,
}

pub(crate) fn build(doc: &Document, parent: &Element) -> Result<MatrixUi, JsValue> {
    let holder = add(parent, el(doc, "div", "mw-matrix-holder")?)?;
    Ok(MatrixUi { holder, shown: RefCell::new(None) })
}

fn person_button(doc: &Document, p: &PersonView, text: &str) -> Result<Element, JsValue> {
    let b = text_el(doc, "button", "mw-person", text)?;
    attrs(
        &b,
        &[
            ("type", "button"),
            ("data-action", Action::Facet.key()),
            ("data-facet", Facet::Participant.key()),
            ("data-value", &p.key),
            ("aria-pressed", if p.selected { "true" } else { "false" }),
        ],
    )?;
    Ok(b)
}

pub(crate) fn patch(doc: &Document, ui: &MatrixUi, state: &State) -> Result<(), JsValue> {
    let view = matrix_view(state, &intl::LOCALE);
    if ui.shown.borrow().as_ref() == Some(&view) {
        return Ok(());
    }
    let s = strings(state.filter.lang);
    // A rebuilt matrix gives focus back to the element standing where the focused one stood.
    let refocus = focused_in(&ui.holder).map(|e| KEYS.map(|k| e.get_attribute(k).unwrap_or_default()));
    ui.holder.set_text_content(None);
    if !view.people.is_empty() {
        // A table wider than a phone scrolls on its own; focusable so the keyboard can scroll it.
        let scroll = add(&ui.holder, el(doc, "div", "mw-matrix-scroll")?)?;
        scroll.set_attribute("tabindex", "0")?;
        let table = add(&scroll, el(doc, "table", "mw-matrix")?)?;
        add(&table, text_el(doc, "caption", "mw-visually-hidden", s.matrix_hint)?)?;
        let head = add(&add(&table, el(doc, "thead", "")?)?, el(doc, "tr", "")?)?;
        add(&head, el(doc, "td", "")?)?;
        for p in &view.people {
            let th = add(&head, el(doc, "th", "")?)?;
            attrs(&th, &[("scope", "col"), ("aria-label", &p.name)])?;
            th.set_attribute("title", &p.name)?;
            th.append_child(&doc.create_text_node(&p.number))?;
        }
        let body = add(&table, el(doc, "tbody", "")?)?;
        for (row, p) in view.people.iter().enumerate() {
            let tr = add(&body, el(doc, "tr", "")?)?;
            let th = add(&tr, el(doc, "th", "")?)?;
            th.set_attribute("scope", "row")?;
            add(&th, text_el(doc, "span", "mw-person-number", &p.number)?)?;
            let b = add(&th, person_button(doc, p, &p.name)?)?;
            b.set_attribute("aria-label", &p.label)?;
            for (col, cell) in view.cells[row].iter().enumerate() {
                let td = add(&tr, el(doc, "td", "")?)?;
                let Some(cell) = cell else {
                    td.set_attribute("class", "is-self")?;
                    continue;
                };
                if cell.count == 0 {
                    continue;
                }
                let b = add(&td, text_el(doc, "button", "mw-pair", &cell.text)?)?;
                attrs(
                    &b,
                    &[
                        ("type", "button"),
                        ("data-action", Action::Pair.key()),
                        ("data-a", &p.key),
                        ("data-b", &view.people[col].key),
                        ("data-level", &cell.level.to_string()),
                        ("aria-label", &cell.label),
                        ("aria-pressed", if cell.selected { "true" } else { "false" }),
                    ],
                )?;
            }
        }
    }
    if !view.folded.is_empty() {
        let details = add(&ui.holder, el(doc, "details", "mw-more-people")?)?;
        add(&details, text_el(doc, "summary", "", &view.folded_label)?)?;
        let list = add(&details, el(doc, "ul", "")?)?;
        for p in &view.folded {
            let li = add(&list, el(doc, "li", "")?)?;
            add(&li, person_button(doc, p, &p.label)?)?;
        }
    }
    *ui.shown.borrow_mut() = Some(view);
    if let Some(wanted) = refocus {
        let found = ui.holder.query_selector_all("[data-action]")?;
        for k in 0..found.length() {
            let Some(e) = found.item(k).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) else { continue };
            if KEYS.iter().zip(&wanted).all(|(key, value)| e.get_attribute(key).unwrap_or_default() == *value) {
                let _ = e.focus();
                break;
            }
        }
    }
    Ok(())
}

/// The attributes that name what a matrix button stands for.
const KEYS: [&str; 5] = ["data-action", "data-facet", "data-value", "data-a", "data-b"];

/// The focused element, if it is inside `holder` (which may be in a shadow root).
fn focused_in(holder: &Element) -> Option<Element> {
    let node = holder.get_root_node();
    let active = match node.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => holder.owner_document().and_then(|d| d.active_element()),
    }?;
    holder.contains(Some(&active)).then_some(active)
}
