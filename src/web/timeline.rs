//! An SVG strip of all meetings by date. Time runs with the reading
//! direction (right to left in Arabic). Dragging across it picks a date range.
//!
//! Up to [`MARKS_MAX`] meetings, each is a mark coloured by occasion that
//! opens its card, the filtered-out ones dimmed. Past that, marks would
//! overlap into a smear and cost a DOM node each, so the strip shows a bar
//! per month (or per few months): all meetings faint, the matching ones solid.

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

/// The most meetings drawn as marks of their own.
pub const MARKS_MAX: usize = 1_500;
/// The most bars the density strip draws.
const BARS_MAX: u32 = 240;
const BAR_HEIGHT: f64 = 40.0;

/// One bar of the density strip: its meetings' months, its shape.
struct Bar {
    solid: Element,
    total: u32,
    /// The height drawn now, so a change touches only the bars that moved.
    shown: std::cell::Cell<u32>,
}

pub(crate) struct Timeline {
    pub svg: Element,
    marks: Vec<Option<Element>>,
    /// Which marks are dimmed now, so a change touches only the ones that flip.
    dimmed: std::cell::RefCell<Vec<bool>>,
    bars: Vec<Bar>,
    /// Each meeting's bar (`u16::MAX` when undated); empty when marks are drawn.
    bar_of: Vec<u16>,
    /// The tallest bar's meetings: the full height.
    most: u32,
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

/// A coordinate to a tenth of a unit, for bars a few units wide (integer
/// formatting keeps float printing out of the wasm).
fn tenths(x: f64) -> String {
    let t = (x * 10.0).round() as i32;
    format!("{}{}.{}", if t < 0 { "-" } else { "" }, t.abs() / 10, t.abs() % 10)
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

/// Months since year 0 of a `yyyymmdd` number.
fn month_index(date: u32) -> u32 {
    date / 10_000 * 12 + (date / 100 % 100).saturating_sub(1)
}

fn month_start(month: u32) -> String {
    format!("{:04}-{:02}-01", month / 12, month % 12 + 1)
}

pub(crate) fn build(doc: &Document, parent: &Element, state: &State, lang: Lang) -> Result<Timeline, JsValue> {
    let store = &state.store;
    let dense = store.len() > MARKS_MAX;
    let (lo, hi) = match store.date_bounds() {
        Some((a, b)) => (day_number(&month_start(month_index(a))).unwrap_or(0), {
            let end =
                if dense { month_start(month_index(b) + 1) } else { crate::store::date_text(b).unwrap_or_default() };
            day_number(&end).unwrap_or(0)
        }),
        None => (0, 0),
    };
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
        dimmed: std::cell::RefCell::new(vec![false; if dense { 0 } else { store.len() }]),
        bars: Vec::new(),
        bar_of: Vec::new(),
        most: 1,
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
    if dense {
        draw_bars(doc, &svg_el, &mut t, state)?;
    } else {
        draw_marks(doc, &svg_el, &mut t, state, lang)?;
    }
    // Legend: what the colours mean.
    let legend = add(parent, el(doc, "ul", "tl-legend")?)?;
    for key in store.values(Facet::Occasion).iter().filter(|_| !dense) {
        let li = add(&legend, el(doc, "li", "")?)?;
        li.set_attribute("data-occasion", key)?;
        let sw = add(&li, el(doc, "span", "tl-swatch")?)?;
        sw.set_attribute("aria-hidden", "true")?;
        add(&li, text_el(doc, "span", "", &facet_value_label(Facet::Occasion, key, lang, &store.labels, None))?)?;
    }
    Ok(t)
}

/// A mark per meeting, stacked where they would overlap.
fn draw_marks(doc: &Document, svg_el: &Element, t: &mut Timeline, state: &State, lang: Lang) -> Result<(), JsValue> {
    let store = &state.store;
    let mut placed: Vec<f64> = Vec::new();
    for i in 0..store.len() {
        let Some(date) = store.date_start(i) else {
            t.marks.push(None);
            continue;
        };
        let Some(day) = day_number(&date) else {
            t.marks.push(None);
            continue;
        };
        let x = t.x_of(day);
        let level = placed.iter().filter(|px| (*px - x).abs() < 14.0).count();
        placed.push(x);
        let y = AXIS_Y - 16.0 * level as f64;
        let g = add(svg_el, svg(doc, "g", "mark")?)?;
        let occasion = store.occasion_org(i).unwrap_or(BILATERAL);
        attrs(
            &g,
            &[
                ("tabindex", "0"),
                ("role", "button"),
                ("data-action", "open"),
                ("data-id", store.id(i)),
                ("data-occasion", occasion),
                ("aria-label", &format!("{} — {}", intl::date(lang, &date), store.title(i))),
            ],
        )?;
        let c = add(&g, svg(doc, "circle", "")?)?;
        attrs(&c, &[("cx", &unit(x)), ("cy", &unit(y)), ("r", "8")])?;
        t.marks.push(Some(g));
    }
    Ok(())
}

/// A bar per month, or per few months when the span is long: faint for all
/// meetings, solid for the matching ones.
fn draw_bars(doc: &Document, svg_el: &Element, t: &mut Timeline, state: &State) -> Result<(), JsValue> {
    let store = &state.store;
    let Some((a, b)) = store.date_bounds() else { return Ok(()) };
    let (first, last) = (month_index(a), month_index(b));
    let step = (last - first) / BARS_MAX + 1;
    let count = ((last - first) / step + 1) as usize;
    t.bar_of = (0..store.len())
        .map(|i| match store.date_number(i) {
            0 => u16::MAX,
            d => ((month_index(d) - first) / step) as u16,
        })
        .collect();
    let mut totals = vec![0u32; count];
    for &bar in &t.bar_of {
        if let Some(n) = totals.get_mut(bar as usize) {
            *n += 1;
        }
    }
    let most = totals.iter().copied().max().unwrap_or(1).max(1);
    for (k, &total) in totals.iter().enumerate() {
        let from = first + k as u32 * step;
        let (Some(d0), Some(d1)) = (day_number(&month_start(from)), day_number(&month_start(from + step))) else {
            continue;
        };
        let (x0, x1) = (t.x_of(d0), t.x_of(d1));
        let (x, width) = (x0.min(x1), (x1 - x0).abs().max(1.0));
        let geometry = |e: &Element, height: f64| -> Result<(), JsValue> {
            attrs(
                e,
                &[
                    ("x", &tenths(x)),
                    ("width", &tenths((width - 0.5).max(0.5))),
                    ("y", &tenths(AXIS_Y - height)),
                    ("height", &tenths(height)),
                ],
            )
        };
        let faint = add(svg_el, svg(doc, "rect", "tl-bar-all")?)?;
        geometry(&faint, BAR_HEIGHT * f64::from(total) / f64::from(most))?;
        let solid = add(svg_el, svg(doc, "rect", "tl-bar")?)?;
        geometry(&solid, 0.0)?;
        t.bars.push(Bar { solid, total, shown: std::cell::Cell::new(u32::MAX) });
    }
    t.most = most;
    Ok(())
}

pub(crate) fn patch(t: &Timeline, state: &State) -> Result<(), JsValue> {
    if !t.bars.is_empty() {
        let mut counts = vec![0u32; t.bars.len()];
        for &i in &state.visible {
            if let Some(n) = t.bar_of.get(i as usize).and_then(|&b| counts.get_mut(b as usize)) {
                *n += 1;
            }
        }
        for (bar, n) in t.bars.iter().zip(counts) {
            if bar.shown.get() != n {
                let height = BAR_HEIGHT * f64::from(n.min(bar.total)) / f64::from(t.most);
                attrs(&bar.solid, &[("y", &tenths(AXIS_Y - height)), ("height", &tenths(height))])?;
                bar.shown.set(n);
            }
        }
    }
    let mut visible = vec![false; t.marks.len()];
    for &i in &state.visible {
        if let Some(v) = visible.get_mut(i as usize) {
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
