//! Draws the map `view::map` lays out: the land once, a mark per city,
//! then patches the marks' sizes, dimming and names to each result.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use super::dom::{add, attrs, el, svg, svg_button, text_el};
use super::intl;
use crate::app::State;
use crate::filter::Facet;
use crate::i18n::strings;
use crate::view::action::Action;
use crate::view::atlas::{WORLD, decode};
use crate::view::map::{Frame, MapMark, MapView, dataset_frame, land_path, map_view};

struct MarkElements {
    group: Element,
    circle: Element,
    title: Element,
    name: Element,
}

pub(crate) struct MapUi {
    /// The map's box, its size kept from the start; the land and the marks
    /// are drawn into it right after the first cards.
    holder: Element,
    frame: Frame,
    marks: RefCell<Option<Vec<MarkElements>>>,
    /// What is drawn now, so a change touches only the marks that changed.
    shown: RefCell<Option<MapView>>,
}

pub(crate) fn build(doc: &Document, parent: &Element, state: &State) -> Result<MapUi, JsValue> {
    let s = strings(state.filter.lang);
    let holder = add(parent, el(doc, "div", "mw-map-frame")?)?;
    add(parent, text_el(doc, "p", "mw-hint", s.map_hint)?)?;
    Ok(MapUi { holder, frame: dataset_frame(state), marks: RefCell::new(None), shown: RefCell::new(None) })
}

fn draw(doc: &Document, holder: &Element, state: &State, frame: Frame) -> Result<Vec<MarkElements>, JsValue> {
    let s = strings(state.filter.lang);
    let view = map_view(state, frame, &intl::LOCALE);
    // The land and the marks are two layers: the land is painted once, and a
    // change of the result repaints only the marks above it.
    let land_layer = add(holder, svg(doc, "svg", "mw-map-land")?)?;
    attrs(&land_layer, &[("viewBox", &frame.view_box()), ("aria-hidden", "true"), ("focusable", "false")])?;
    // Outlines that do not read draw no land; the marks still work.
    if let Ok(atlas) = decode(WORLD) {
        let land = add(&land_layer, svg(doc, "path", "map-land")?)?;
        land.set_attribute("d", &land_path(&atlas, &frame))?;
    }
    let map = add(holder, svg(doc, "svg", "mw-map-svg")?)?;
    attrs(&map, &[("viewBox", &frame.view_box()), ("role", "group"), ("aria-label", s.map)])?;
    let mut marks = Vec::new();
    for m in &view.marks {
        let group = add(
            &map,
            svg_button(
                doc,
                "map-mark",
                Action::Facet.key(),
                &[("data-facet", Facet::City.key()), ("data-value", &m.city)],
            )?,
        )?;
        let circle = add(&group, svg(doc, "circle", "")?)?;
        attrs(&circle, &[("cx", &m.x.to_string()), ("cy", &m.y.to_string())])?;
        let title = add(&group, svg(doc, "title", "")?)?;
        let name = add(&group, svg(doc, "text", "map-name")?)?;
        attrs(
            &name,
            &[
                ("x", &m.x.to_string()),
                ("text-anchor", "middle"),
                ("font-size", &view.name_size.to_string()),
                ("aria-hidden", "true"),
            ],
        )?;
        name.set_text_content(Some(&m.name));
        marks.push(MarkElements { group, circle, title, name });
    }
    Ok(marks)
}

pub(crate) fn patch(doc: &Document, ui: &MapUi, state: &State) -> Result<(), JsValue> {
    let mut drawn = ui.marks.borrow_mut();
    if drawn.is_none() {
        *drawn = Some(draw(doc, &ui.holder, state, ui.frame)?);
    }
    let Some(marks) = drawn.as_ref() else { return Ok(()) };
    let view = map_view(state, ui.frame, &intl::LOCALE);
    let mut shown = ui.shown.borrow_mut();
    for (k, (m, e)) in view.marks.iter().zip(marks).enumerate() {
        let before = shown.as_ref().and_then(|v| v.marks.get(k));
        if before == Some(m) {
            continue;
        }
        let class = |m: &MapMark| {
            let base = match (m.selected, m.dimmed()) {
                (true, _) => "map-mark is-selected",
                (false, true) => "map-mark is-dim",
                (false, false) => "map-mark",
            };
            if m.name_shown { format!("{base} is-named") } else { base.to_owned() }
        };
        if before.is_none_or(|b| class(b) != class(m)) {
            e.group.set_attribute("class", &class(m))?;
        }
        if before.is_none_or(|b| b.label != m.label) {
            e.group.set_attribute("aria-label", &m.label)?;
            e.title.set_text_content(Some(&m.label));
        }
        if before.is_none_or(|b| b.selected != m.selected) {
            e.group.set_attribute("aria-pressed", if m.selected { "true" } else { "false" })?;
        }
        if before.is_none_or(|b| b.radius != m.radius) {
            e.circle.set_attribute("r", &m.radius.to_string())?;
            e.name.set_attribute("y", &m.name_y.to_string())?;
        }
    }
    *shown = Some(view);
    Ok(())
}
