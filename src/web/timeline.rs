//! An SVG strip of all meetings by date: marks coloured by occasion, the
//! filtered-out ones dimmed. Time runs with the reading direction (right to
//! left in Arabic). Dragging across it picks a date range.

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use super::dom::{add, attrs, el, svg, text_el};
use super::intl;
use crate::app::State;
use crate::filter::{BILATERAL, Facet, Lang};
use crate::i18n::strings;
use crate::view::facet_value_label;

pub const WIDTH: f64 = 1000.0;
const HEIGHT: f64 = 92.0;
const PAD: f64 = 40.0;
const AXIS_Y: f64 = 50.0;

pub(crate) struct Timeline {
    pub svg: Element,
    marks: Vec<Option<Element>>,
    /// Which marks are dimmed now, so a change touches only the ones that flip.
    dimmed: std::cell::RefCell<Vec<bool>>,
    selection: Element,
    first_day: i32,
    last_day: i32,
    rtl: bool,
}

const MS_PER_DAY: f64 = 86_400_000.0;

/// Days since 1970-01-01, by the browser's own calendar.
fn day_number(iso: &str) -> Option<i32> {
    if !crate::filter::is_iso_date(iso) {
        return None;
    }
    let ms = js_sys::Date::parse(&format!("{iso}T00:00:00Z"));
    (!ms.is_nan()).then(|| (ms / MS_PER_DAY).floor() as i32)
}

fn iso_of(day: i32) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(day as f64 * MS_PER_DAY));
    String::from(date.to_iso_string()).chars().take(10).collect()
}

/// A coordinate for an SVG attribute: whole units are plenty on a 1000-wide strip.
fn unit(x: f64) -> String {
    (x.round() as i32).to_string()
}

impl Timeline {
    fn x_of(&self, day: i32) -> f64 {
        let span = (self.last_day - self.first_day).max(1) as f64;
        let x = PAD + (day - self.first_day) as f64 / span * (WIDTH - 2.0 * PAD);
        if self.rtl { WIDTH - x } else { x }
    }

    /// The date under a position in viewBox units.
    pub fn date_at(&self, x: f64) -> String {
        let x = if self.rtl { WIDTH - x } else { x };
        let span = (self.last_day - self.first_day).max(1) as f64;
        let fraction = ((x - PAD) / (WIDTH - 2.0 * PAD)).clamp(0.0, 1.0);
        iso_of(self.first_day + (fraction * span).round() as i32)
    }

    /// Shows the band being dragged, in viewBox units.
    pub fn preview(&self, x0: f64, x1: f64) -> Result<(), JsValue> {
        let (a, b) = if x0 < x1 { (x0, x1) } else { (x1, x0) };
        attrs(&self.selection, &[("x", &unit(a)), ("width", &unit((b - a).max(1.0)))])?;
        self.selection.remove_attribute("visibility")
    }
}

pub(crate) fn build(doc: &Document, parent: &Element, state: &State, lang: Lang) -> Result<Timeline, JsValue> {
    let days: Vec<Option<i32>> = state.meetings.iter().map(|m| m.date_start.as_deref().and_then(day_number)).collect();
    let known: Vec<i32> = days.iter().flatten().copied().collect();
    let (lo, hi) = (known.iter().min().copied().unwrap_or(0), known.iter().max().copied().unwrap_or(0));
    // A month of margin either side keeps end marks off the edge.
    let (first_day, last_day) = (lo - 30, hi + 30);
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
    let mut t = Timeline {
        svg: svg_el.clone(),
        marks: Vec::new(),
        dimmed: std::cell::RefCell::new(vec![false; state.meetings.len()]),
        selection: svg(doc, "rect", "tl-selection")?,
        first_day,
        last_day,
        rtl: lang == Lang::Ar,
    };
    let axis = add(&svg_el, svg(doc, "line", "tl-axis")?)?;
    attrs(&axis, &[("x1", &unit(PAD)), ("x2", &unit(WIDTH - PAD)), ("y1", &unit(AXIS_Y)), ("y2", &unit(AXIS_Y))])?;
    // Year ticks.
    let first_year: i16 = iso_of(first_day)[..4].parse().unwrap_or(2000);
    let last_year: i16 = iso_of(last_day)[..4].parse().unwrap_or(2000);
    for year in first_year + 1..=last_year {
        let Some(day) = day_number(&format!("{year}-01-01")) else { continue };
        let x = t.x_of(day);
        let tick = add(&svg_el, svg(doc, "line", "tl-tick")?)?;
        attrs(&tick, &[("x1", &unit(x)), ("x2", &unit(x)), ("y1", "30"), ("y2", "70")])?;
        let label = add(&svg_el, svg(doc, "text", "tl-year")?)?;
        attrs(&label, &[("x", &unit(x)), ("y", "86"), ("text-anchor", "middle")])?;
        label.set_text_content(Some(&intl::number(lang, year as usize).replace(['٬', ','], "")));
    }
    t.selection.set_attribute("visibility", "hidden")?;
    attrs(&t.selection, &[("y", "14"), ("height", "64"), ("x", "0"), ("width", "0")])?;
    svg_el.append_child(&t.selection)?;
    // Marks, stacked where they would overlap.
    let mut placed: Vec<(f64, usize)> = Vec::new();
    for (i, (m, day)) in state.meetings.iter().zip(&days).enumerate() {
        let Some(day) = day else {
            t.marks.push(None);
            continue;
        };
        let x = t.x_of(*day);
        let level = placed.iter().filter(|(px, _)| (px - x).abs() < 14.0).count();
        placed.push((x, i));
        let y = AXIS_Y - 16.0 * level as f64;
        let g = add(&svg_el, svg(doc, "g", "mark")?)?;
        let date = m.date_start.as_deref().map(|d| intl::date(lang, d)).unwrap_or_default();
        let occasion = m.occasion_org.clone().unwrap_or_else(|| BILATERAL.to_owned());
        attrs(
            &g,
            &[
                ("tabindex", "0"),
                ("role", "button"),
                ("data-action", "open"),
                ("data-id", &m.id),
                ("data-occasion", &occasion),
                ("aria-label", &format!("{date} — {}", m.title)),
            ],
        )?;
        let c = add(&g, svg(doc, "circle", "")?)?;
        attrs(&c, &[("cx", &unit(x)), ("cy", &unit(y)), ("r", "8")])?;
        t.marks.push(Some(g));
    }
    // Legend: what the colours mean.
    let legend = add(parent, el(doc, "ul", "tl-legend")?)?;
    for key in state.index.universe.get(&Facet::Occasion).into_iter().flatten() {
        let li = add(&legend, el(doc, "li", "")?)?;
        li.set_attribute("data-occasion", key)?;
        let sw = add(&li, el(doc, "span", "tl-swatch")?)?;
        sw.set_attribute("aria-hidden", "true")?;
        add(
            &li,
            text_el(doc, "span", "", &facet_value_label(Facet::Occasion, key, lang, &state.labels, &state.meetings))?,
        )?;
    }
    Ok(t)
}

pub(crate) fn patch(t: &Timeline, state: &State) -> Result<(), JsValue> {
    let mut visible = vec![false; t.marks.len()];
    for &i in &state.visible {
        if let Some(v) = visible.get_mut(i) {
            *v = true;
        }
    }
    let mut dimmed = t.dimmed.borrow_mut();
    for ((mark, shown), was_dim) in t.marks.iter().zip(visible).zip(dimmed.iter_mut()) {
        if let Some(g) = mark
            && *was_dim == shown
        {
            g.set_attribute("class", if shown { "mark" } else { "mark is-dim" })?;
            *was_dim = !shown;
        }
    }
    match (state.filter.from.as_deref().and_then(day_number), state.filter.to.as_deref().and_then(day_number)) {
        (None, None) => t.selection.set_attribute("visibility", "hidden")?,
        (from, to) => {
            let x0 = t.x_of(from.unwrap_or(t.first_day));
            let x1 = t.x_of(to.unwrap_or(t.last_day));
            t.preview(x0, x1)?;
        }
    }
    Ok(())
}
