//! Draws the timeline strip that `view::timeline` lays out, and patches
//! what the result changes: dimmed marks, filled bars, the picked range.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use super::dom::{add, attrs, el, svg, svg_button, text_el};
use super::intl;
use crate::app::State;
use crate::filter::Facet;
use crate::i18n::strings;
use crate::view::action::Action;
use crate::view::facet_value_label;
use crate::view::timeline::{
    AXIS_Y, BAND_HEIGHT, BAND_TOP, HEIGHT, MARK_RADIUS, PAD, TICK_BOTTOM, TICK_TOP, TimelineState, TimelineView, WIDTH,
    YEAR_Y, timeline_view,
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

pub(crate) fn build(doc: &Document, parent: &Element, state: &State) -> Result<Timeline, JsValue> {
    let lang = state.filter.lang;
    let view = timeline_view(state, &intl::LOCALE);
    let svg_el = add(parent, svg(doc, "svg", "mw-tl-svg")?)?;
    attrs(
        &svg_el,
        &[
            ("viewBox", &format!("0 0 {} {}", unit(WIDTH), unit(HEIGHT))),
            ("preserveAspectRatio", "none"),
            ("role", "group"),
            ("aria-label", strings(lang).timeline),
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
        let label = add(&svg_el, svg(doc, "text", "tl-year")?)?;
        attrs(&label, &[("x", &unit(tick.x)), ("y", &unit(YEAR_Y)), ("text-anchor", "middle")])?;
        label.set_text_content(Some(&tick.label));
    }
    let selection = svg(doc, "rect", "tl-selection")?;
    attrs(
        &selection,
        &[("visibility", "hidden"), ("y", &unit(BAND_TOP)), ("height", &unit(BAND_HEIGHT)), ("x", "0"), ("width", "0")],
    )?;
    svg_el.append_child(&selection)?;
    let mut marks = Vec::new();
    for m in &view.marks {
        let g = add(
            &svg_el,
            svg_button(
                doc,
                "mark",
                Action::Open.key(),
                &[("data-id", &m.id), ("data-occasion", &m.occasion), ("aria-label", &m.label)],
            )?,
        )?;
        let c = add(&g, svg(doc, "circle", "")?)?;
        attrs(&c, &[("cx", &unit(m.x)), ("cy", &unit(m.y)), ("r", &unit(MARK_RADIUS))])?;
        marks.push(g);
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
