//! Draws the timeline strip that `view::timeline` lays out, and patches
//! what the result changes: dimmed marks, filled bars, the picked range.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlElement};

use super::dom::{add, attrs, el, svg, text_el};
use super::intl;
use crate::app::State;
use crate::filter::Facet;
use crate::i18n::strings;
use crate::view::action::Action;
use crate::view::facet_value_label;
use crate::view::timeline::{
    AXIS_Y, BAND_HEIGHT, BAND_TOP, HEIGHT, PAD, TICK_BOTTOM, TICK_TOP, TimelineState, TimelineView, WIDTH,
    timeline_view,
};

pub(crate) struct Timeline {
    pub svg: Element,
    pub view: TimelineView,
    marks: Vec<Element>,
    /// The solid part of each bar.
    bars: Vec<Element>,
    selection: Element,
    /// What is drawn now, so a change touches only what moved.
    shown: RefCell<Option<TimelineState>>,
}

/// A coordinate for an SVG attribute: whole units are plenty on a 1000-wide strip.
fn unit(x: f64) -> String {
    (x.round() as i32).to_string()
}

/// A coordinate to a tenth of a unit, for bars a few units wide (integer
/// formatting keeps float printing out of the wasm).
fn tenths(x: f64) -> String {
    let t = (x * 10.0).round() as i32;
    format!("{}{}.{}", if t < 0 { "-" } else { "" }, t.abs() / 10, t.abs() % 10)
}

impl Timeline {
    /// Shows the band being dragged, in viewBox units.
    pub fn preview(&self, x0: f64, x1: f64) -> Result<(), JsValue> {
        let (a, b) = if x0 < x1 { (x0, x1) } else { (x1, x0) };
        attrs(&self.selection, &[("x", &unit(a)), ("width", &unit((b - a).max(1.0)))])?;
        self.selection.remove_attribute("visibility")
    }
}

/// Places an HTML element at a point of the strip, in percent of its box:
/// the strip stretches to any width, and text and round marks must not
/// stretch with it. CSSOM, not a style attribute, so a strict CSP allows it.
fn place(e: &Element, x: f64, y: Option<f64>) -> Result<(), JsValue> {
    let Some(e) = e.dyn_ref::<HtmlElement>() else { return Ok(()) };
    let percent = |v: f64, of: f64| format!("{}%", tenths(v / of * 100.0));
    e.style().set_property("left", &percent(x, WIDTH))?;
    if let Some(y) = y {
        e.style().set_property("top", &percent(y, HEIGHT))?;
    }
    Ok(())
}

pub(crate) fn build(doc: &Document, parent: &Element, state: &State) -> Result<Timeline, JsValue> {
    let lang = state.filter.lang;
    let view = timeline_view(state, &intl::LOCALE);
    // The axis, ticks, bars and dragged band stretch in an SVG; the year
    // labels and the marks sit over it as HTML, so they keep their size and
    // shape at 360 px and are buttons a finger can hit.
    let plot = add(parent, el(doc, "div", "mw-tl-plot")?)?;
    attrs(&plot, &[("role", "group"), ("aria-label", strings(lang).timeline)])?;
    let svg_el = add(&plot, svg(doc, "svg", "mw-tl-svg")?)?;
    attrs(
        &svg_el,
        &[
            ("viewBox", &format!("0 0 {} {}", unit(WIDTH), unit(HEIGHT))),
            ("preserveAspectRatio", "none"),
            ("aria-hidden", "true"),
        ],
    )?;
    let axis = add(&svg_el, svg(doc, "line", "tl-axis")?)?;
    attrs(&axis, &[("x1", &unit(PAD)), ("x2", &unit(WIDTH - PAD)), ("y1", &unit(AXIS_Y)), ("y2", &unit(AXIS_Y))])?;
    for tick in &view.ticks {
        let line = add(&svg_el, svg(doc, "line", "tl-tick")?)?;
        attrs(
            &line,
            &[("x1", &unit(tick.x)), ("x2", &unit(tick.x)), ("y1", &unit(TICK_TOP)), ("y2", &unit(TICK_BOTTOM))],
        )?;
        let label = add(&plot, text_el(doc, "span", "tl-year", &tick.label)?)?;
        label.set_attribute("aria-hidden", "true")?;
        place(&label, tick.x, None)?;
    }
    let selection = svg(doc, "rect", "tl-selection")?;
    attrs(
        &selection,
        &[("visibility", "hidden"), ("y", &unit(BAND_TOP)), ("height", &unit(BAND_HEIGHT)), ("x", "0"), ("width", "0")],
    )?;
    svg_el.append_child(&selection)?;
    let mut marks = Vec::new();
    for (k, m) in view.marks.iter().enumerate() {
        let b = add(&plot, el(doc, "button", "mark")?)?;
        // One stop for the whole strip: the arrow keys go from mark to mark.
        let tab = if k == 0 { "0" } else { "-1" };
        attrs(
            &b,
            &[
                ("type", "button"),
                ("data-action", Action::Open.key()),
                ("data-id", &m.id),
                ("data-occasion", &m.occasion),
                ("aria-label", &m.label),
                ("tabindex", tab),
            ],
        )?;
        place(&b, m.x, Some(m.y))?;
        marks.push(b);
    }
    let mut bars = Vec::new();
    for bar in &view.bars {
        let geometry = |e: &Element, height: f64| -> Result<(), JsValue> {
            attrs(
                e,
                &[
                    ("x", &tenths(bar.x)),
                    ("width", &tenths(bar.width)),
                    ("y", &tenths(AXIS_Y - height)),
                    ("height", &tenths(height)),
                ],
            )
        };
        let faint = add(&svg_el, svg(doc, "rect", "tl-bar-all")?)?;
        geometry(&faint, view.bar_height(bar.total))?;
        let solid = add(&svg_el, svg(doc, "rect", "tl-bar")?)?;
        geometry(&solid, 0.0)?;
        bars.push(solid);
    }
    // Legend: what the colours mean.
    let legend = add(parent, el(doc, "ul", "tl-legend")?)?;
    for key in &view.legend {
        let li = add(&legend, el(doc, "li", "")?)?;
        li.set_attribute("data-occasion", key)?;
        let sw = add(&li, el(doc, "span", "tl-swatch")?)?;
        sw.set_attribute("aria-hidden", "true")?;
        add(&li, text_el(doc, "span", "", &facet_value_label(Facet::Occasion, key, lang, &state.store.labels, None))?)?;
    }
    Ok(Timeline { svg: svg_el, view, marks, bars, selection, shown: RefCell::new(None) })
}

pub(crate) fn patch(t: &Timeline, state: &State) -> Result<(), JsValue> {
    let now = t.view.state(state);
    let mut shown = t.shown.borrow_mut();
    let before = shown.as_ref();
    for (k, (mark, &dim)) in t.marks.iter().zip(&now.dimmed).enumerate() {
        if before.and_then(|b| b.dimmed.get(k)) != Some(&dim) {
            mark.set_attribute("class", if dim { "mark is-dim" } else { "mark" })?;
        }
    }
    for (k, (bar, &height)) in t.bars.iter().zip(&now.solid).enumerate() {
        if before.and_then(|b| b.solid.get(k)) != Some(&height) {
            attrs(bar, &[("y", &tenths(AXIS_Y - height)), ("height", &tenths(height))])?;
        }
    }
    match now.band {
        None => t.selection.set_attribute("visibility", "hidden")?,
        Some((x0, x1)) => t.preview(x0, x1)?,
    }
    *shown = Some(now);
    Ok(())
}
