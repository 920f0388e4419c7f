//! The timeline's geometry, as plain numbers: where each meeting's mark
//! or each month's bar sits on a strip [`WIDTH`] units wide, where the year
//! ticks fall, which date a point of the strip stands for, and what the
//! current result dims or fills. Time runs with the reading direction
//! (right to left in Arabic).
//!
//! Up to [`MARKS_MAX`] meetings, each is a mark; past that marks would
//! overlap into a smear and cost an element each, so the strip shows a bar
//! per month (or per few months): all meetings faint, the matching ones solid.

use jiff::civil::Date;

use crate::app::State;
use crate::filter::{BILATERAL, Facet, Lang};
use crate::i18n::Locale;

pub const WIDTH: f64 = 1000.0;
pub const HEIGHT: f64 = 92.0;
pub const PAD: f64 = 40.0;
pub const AXIS_Y: f64 = 50.0;
/// How far apart marks of the same days stack, and how high the stack may rise above the axis.
const STACK_STEP: f64 = 16.0;
const STACK_ROOM: f64 = 42.0;
/// The most meetings drawn as marks of their own.
pub const MARKS_MAX: usize = 1_500;
/// The most bars the density strip draws.
const BARS_MAX: u32 = 240;
pub const BAR_HEIGHT: f64 = 40.0;
/// Year ticks run from TICK_TOP to TICK_BOTTOM, their labels sit below.
pub const TICK_TOP: f64 = 30.0;
pub const TICK_BOTTOM: f64 = 70.0;
/// The band showing the picked range.
pub const BAND_TOP: f64 = 14.0;
pub const BAND_HEIGHT: f64 = 64.0;
/// A drag shorter than this (in strip units) is a click.
pub const DRAG_MIN: f64 = 6.0;

/// Days since 1970-01-01 of a `yyyymmdd` number.
fn day_of(date: u32) -> Option<i32> {
    let d = Date::new((date / 10_000) as i16, (date / 100 % 100) as i8, (date % 100) as i8).ok()?;
    Some((d.duration_since(Date::constant(1970, 1, 1)).as_secs() / 86_400) as i32)
}

fn iso_of(day: i32) -> String {
    let date = Date::constant(1970, 1, 1).checked_add(jiff::SignedDuration::from_hours(i64::from(day) * 24));
    date.map(|d| d.to_string()).unwrap_or_default()
}

/// Months since year 0 of a `yyyymmdd` number.
fn month_index(date: u32) -> u32 {
    date / 10_000 * 12 + (date / 100 % 100).saturating_sub(1)
}

fn month_start(month: u32) -> u32 {
    (month / 12) * 10_000 + (month % 12 + 1) * 100 + 1
}

/// The strip's scale: which days its ends stand for and which way time runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scale {
    first_day: i32,
    last_day: i32,
    rtl: bool,
}

impl Scale {
    pub fn x_of_day(&self, day: i32) -> f64 {
        let span = (self.last_day - self.first_day).max(1) as f64;
        let x = PAD + (day - self.first_day) as f64 / span * (WIDTH - 2.0 * PAD);
        if self.rtl { WIDTH - x } else { x }
    }

    fn x_of(&self, date: u32) -> Option<f64> {
        day_of(date).map(|d| self.x_of_day(d))
    }

    /// The date (ISO) under a point of the strip.
    pub fn date_at(&self, x: f64) -> String {
        let x = if self.rtl { WIDTH - x } else { x };
        let span = (self.last_day - self.first_day).max(1) as f64;
        let fraction = ((x - PAD) / (WIDTH - 2.0 * PAD)).clamp(0.0, 1.0);
        iso_of(self.first_day + (fraction * span).round() as i32)
    }

    /// The range a drag from `x0` to `x1` picks, earlier date first; `None` for a click.
    pub fn range_of_drag(&self, x0: f64, x1: f64) -> Option<(String, String)> {
        if (x1 - x0).abs() < DRAG_MIN {
            return None;
        }
        let (a, b) = (self.date_at(x0), self.date_at(x1));
        Some(if a <= b { (a, b) } else { (b, a) })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub x: f64,
    pub year: i16,
    /// The year in the reader's digits, without a thousands separator.
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub meeting: u32,
    pub id: String,
    pub x: f64,
    pub y: f64,
    pub occasion: String,
    /// "28 July 2022 — title", for screen readers.
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub x: f64,
    pub width: f64,
    /// All meetings of its months.
    pub total: u32,
}

/// The strip as it is built: its scale, ticks and marks or bars.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineView {
    pub scale: Scale,
    pub ticks: Vec<Tick>,
    pub marks: Vec<Mark>,
    pub bars: Vec<Bar>,
    /// Each meeting's bar (`u16::MAX` when undated); empty when marks are drawn.
    bar_of: Vec<u16>,
    /// The tallest bar's meetings: the full height.
    pub most: u32,
    /// The occasions of the legend, in the store's order; none for bars.
    pub legend: Vec<String>,
}

/// What the current result changes on the strip.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineState {
    /// Per mark, in [`TimelineView::marks`] order.
    pub dimmed: Vec<bool>,
    /// Per bar, the height of its matching meetings.
    pub solid: Vec<f64>,
    /// The picked range as a band, from one x to the other.
    pub band: Option<(f64, f64)>,
}

pub fn timeline_view(state: &State, locale: &Locale) -> TimelineView {
    let store = &state.store;
    let dense = store.len() > MARKS_MAX;
    let (lo, hi) = match store.date_bounds() {
        Some((a, b)) => (
            day_of(month_start(month_index(a))).unwrap_or(0),
            day_of(if dense { month_start(month_index(b) + 1) } else { b }).unwrap_or(0),
        ),
        None => (0, 0),
    };
    // A month of margin either side keeps end marks off the edge.
    let scale = Scale { first_day: lo - 30, last_day: hi + 30, rtl: state.filter.lang == Lang::Ar };
    let year = |day: i32| iso_of(day).get(..4).and_then(|y| y.parse::<i16>().ok()).unwrap_or(1970);
    let lang = state.filter.lang;
    let ticks = (year(scale.first_day) + 1..=year(scale.last_day))
        .filter_map(|y| {
            let label = (locale.year)(lang, i32::from(y));
            Some(Tick { x: scale.x_of(y as u32 * 10_000 + 101)?, year: y, label })
        })
        .collect();
    let mut view = TimelineView {
        scale,
        ticks,
        marks: Vec::new(),
        bars: Vec::new(),
        bar_of: Vec::new(),
        most: 1,
        legend: if dense { Vec::new() } else { store.values(Facet::Occasion).to_vec() },
    };
    if dense {
        bars(state, &mut view)
    } else {
        marks(state, &mut view, locale)
    }
    view
}

/// A mark per meeting, stacked where they would overlap.
fn marks(state: &State, view: &mut TimelineView, locale: &Locale) {
    let lang = state.filter.lang;
    let store = &state.store;
    let mut placed: Vec<f64> = Vec::new();
    let mut levels: Vec<(usize, f64, usize)> = Vec::new();
    for i in 0..store.len() {
        let Some(x) = view.scale.x_of(store.date_number(i)) else { continue };
        let level = placed.iter().filter(|px| (*px - x).abs() < 14.0).count();
        placed.push(x);
        levels.push((i, x, level));
    }
    // A tall stack (seven meetings of one summit) closes up to stay inside
    // the strip instead of climbing over its heading.
    let top = levels.iter().map(|&(_, _, level)| level).max().unwrap_or(0);
    let step = if top == 0 { STACK_STEP } else { STACK_STEP.min(STACK_ROOM / top as f64) };
    for (i, x, level) in levels {
        view.marks.push(Mark {
            meeting: i as u32,
            id: store.id(i).to_owned(),
            x,
            y: AXIS_Y - step * level as f64,
            occasion: store.occasion_org(i).unwrap_or(BILATERAL).to_owned(),
            label: format!("{} — {}", (locale.date)(lang, &store.date_start(i).unwrap_or_default()), store.title(i)),
        });
    }
    // In date order, so the keyboard and a screen reader go through them as time runs.
    view.marks.sort_by_key(|m| store.date_number(m.meeting as usize));
}

/// A bar per month, or per few months when the span is long.
fn bars(state: &State, view: &mut TimelineView) {
    let store = &state.store;
    let Some((a, b)) = store.date_bounds() else { return };
    let (first, last) = (month_index(a), month_index(b));
    let step = (last - first) / BARS_MAX + 1;
    let count = ((last - first) / step + 1) as usize;
    view.bar_of = (0..store.len())
        .map(|i| match store.date_number(i) {
            0 => u16::MAX,
            d => ((month_index(d) - first) / step) as u16,
        })
        .collect();
    let mut totals = vec![0u32; count];
    for &bar in &view.bar_of {
        if let Some(n) = totals.get_mut(bar as usize) {
            *n += 1;
        }
    }
    view.most = totals.iter().copied().max().unwrap_or(1).max(1);
    for (k, &total) in totals.iter().enumerate() {
        let from = first + k as u32 * step;
        let (Some(x0), Some(x1)) = (view.scale.x_of(month_start(from)), view.scale.x_of(month_start(from + step)))
        else {
            continue;
        };
        view.bars.push(Bar { x: x0.min(x1), width: ((x1 - x0).abs() - 0.5).max(0.5), total });
    }
}

impl TimelineView {
    pub fn bar_height(&self, n: u32) -> f64 {
        BAR_HEIGHT * f64::from(n) / f64::from(self.most)
    }

    /// What the state's result and range make of the strip.
    pub fn state(&self, state: &State) -> TimelineState {
        let mut shown = vec![false; state.store.len()];
        for &i in &state.visible {
            if let Some(s) = shown.get_mut(i as usize) {
                *s = true;
            }
        }
        let mut counts = vec![0u32; self.bars.len()];
        for &i in &state.visible {
            if let Some(n) = self.bar_of.get(i as usize).and_then(|&b| counts.get_mut(b as usize)) {
                *n += 1;
            }
        }
        let day = |d: &Option<String>| d.as_deref().and_then(|d| day_of(crate::store::date_number(Some(d))));
        let band = match (day(&state.filter.from), day(&state.filter.to)) {
            (None, None) => None,
            (from, to) => Some((
                self.scale.x_of_day(from.unwrap_or(self.scale.first_day)),
                self.scale.x_of_day(to.unwrap_or(self.scale.last_day)),
            )),
        };
        TimelineState {
            dimmed: self.marks.iter().map(|m| !shown.get(m.meeting as usize).copied().unwrap_or(false)).collect(),
            solid: self.bars.iter().zip(counts).map(|(bar, n)| self.bar_height(n.min(bar.total))).collect(),
            band,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::PLAIN_LOCALE;
    use crate::model::{Dataset, Meeting};

    fn state(dates: &[&str], hash: &str) -> State {
        let meetings = dates
            .iter()
            .enumerate()
            .map(|(i, d)| Meeting { id: format!("m{i}"), date_start: Some((*d).into()), ..Default::default() })
            .collect();
        State::new(Dataset { schema: 1, meetings, ..Default::default() }, hash)
    }

    #[test]
    fn days_count_across_leap_years_and_back() {
        assert_eq!(day_of(1970_0101), Some(0));
        assert_eq!(day_of(2024_0301), Some(19_783));
        assert_eq!(iso_of(19_783), "2024-03-01");
        assert_eq!(day_of(2023_0229), None);
    }

    #[test]
    fn time_runs_right_to_left_in_arabic_and_a_drag_reads_back_its_dates() {
        let ar = timeline_view(&state(&["2022-07-28", "2025-02-24"], ""), &PLAIN_LOCALE);
        let en = timeline_view(&state(&["2022-07-28", "2025-02-24"], "lang=en"), &PLAIN_LOCALE);
        assert!(ar.marks[0].x > ar.marks[1].x, "older to the right in Arabic");
        assert!(en.marks[0].x < en.marks[1].x);
        assert_eq!(ar.ticks.iter().map(|t| t.label.as_str()).collect::<Vec<_>>(), ["2023", "2024", "2025"]);
        assert_eq!(en.marks[0].label, "2022-07-28 — ");
        let x = en.marks[0].x;
        assert_eq!(en.scale.date_at(x), "2022-07-28");
        assert_eq!(en.scale.range_of_drag(en.marks[1].x, x), Some(("2022-07-28".into(), "2025-02-24".into())));
        assert_eq!(en.scale.range_of_drag(x, x + 2.0), None, "a click picks no range");
    }

    #[test]
    fn overlapping_marks_stack_and_the_result_dims_the_others() {
        let s = state(&["2024-01-01", "2024-01-02", "2020-01-01"], "year=2024");
        let view = timeline_view(&s, &PLAIN_LOCALE);
        let ids: Vec<&str> = view.marks.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["m2", "m0", "m1"], "in date order");
        assert!(view.marks[2].y < view.marks[1].y, "the second mark of the day sits above the first");
        let now = view.state(&s);
        assert_eq!(now.dimmed, [true, false, false]);
        assert_eq!(now.band, None);
        let ranged = state(&["2024-01-01", "2020-01-01"], "from=2023-01-01");
        let band = timeline_view(&ranged, &PLAIN_LOCALE).state(&ranged).band.unwrap();
        assert!(band.0 > band.1, "in Arabic the band runs from the right");
    }

    #[test]
    fn a_tall_stack_closes_up_inside_the_strip() {
        let days = ["2024-05-01"; 9];
        let s = state(&days, "");
        let view = timeline_view(&s, &PLAIN_LOCALE);
        let highest = view.marks.iter().map(|m| m.y).fold(f64::MAX, f64::min);
        assert!(highest >= AXIS_Y - STACK_ROOM - 0.01, "the stack rises to {highest}");
        let mut ys: Vec<f64> = view.marks.iter().map(|m| m.y).collect();
        ys.dedup();
        assert_eq!(ys.len(), 9, "each mark still has its own place");
    }

    #[test]
    fn a_large_dataset_gets_bars_filled_by_the_result() {
        let dates: Vec<String> =
            (0..MARKS_MAX + 1).map(|i| format!("20{:02}-{:02}-01", 10 + i % 10, 1 + i % 12)).collect();
        let refs: Vec<&str> = dates.iter().map(String::as_str).collect();
        let s = state(&refs, "year=2010");
        let view = timeline_view(&s, &PLAIN_LOCALE);
        assert!(view.marks.is_empty() && !view.bars.is_empty() && view.bars.len() <= BARS_MAX as usize);
        assert!(view.legend.is_empty());
        let now = view.state(&s);
        let filled = now.solid.iter().filter(|h| **h > 0.0).count();
        assert!(filled > 0 && filled < view.bars.len());
        assert_eq!(view.bars.iter().map(|b| b.total).sum::<u32>() as usize, MARKS_MAX + 1);
    }
}
