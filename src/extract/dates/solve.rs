//! The date solver: the constraints an article and the knowledge base put on
//! a meeting's date, and the narrowest run of days that satisfies them.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use crate::date_clue::DateClue;
use crate::model::Span;

/// How much a constraint weighs when constraints contradict each other: the
/// lowest is set aside first. Words about the meeting itself outweigh what
/// the knowledge base infers.
pub mod priority {
    /// "في 18 أكتوبر 2024": a day with its year, said of the meeting.
    pub const STATED_DAY: u8 = 10;
    /// "اليوم"، "أمس" against the article's own date.
    pub const RELATIVE_TO_PUBLICATION: u8 = 9;
    /// "الخميس": the meeting's weekday.
    pub const WEEKDAY: u8 = 8;
    /// "8 و9 أبريل": days of a month, the year perhaps unknown.
    pub const STATED_DAYS: u8 = 7;
    /// "في فبراير 2022": the meeting's month.
    pub const STATED_MONTH: u8 = 6;
    /// The calendar's dates of the multilateral meeting it was on the sidelines of.
    pub const EVENT_CALENDAR: u8 = 6;
    /// Shortly before (held) or after (announced) the article's own date.
    pub const PUBLICATION_WINDOW: u8 = 5;
    /// After what the article recalls, before what it announces.
    pub const RECALLED_BOUND: u8 = 4;
    /// A dated fact the article mentions, a chairmanship it names.
    pub const DATED_FACT: u8 = 3;
    /// While each participant held office.
    pub const TERM_OF_OFFICE: u8 = 2;
    /// The event's own days rather than the days just before it: set aside
    /// first, when the text names a day before the event.
    pub const DURING_EVENT_PROPER: u8 = 1;
}

/// No meeting is placed before this day: the knowledge base starts here.
pub const EARLIEST: Date = Date::constant(2000, 1, 1);

/// The end of an open term of office or chairmanship.
pub const OPEN_END: Date = Date::constant(2100, 12, 31);

/// One thing the text or the knowledge base says about the meeting's date.
#[derive(Debug, Clone)]
pub struct Constraint {
    pub rule: Rule,
    /// Why, in words a reader can check.
    pub clue: DateClue,
    /// The words of the article it rests on.
    pub spans: Vec<Span>,
    /// Stated by the text about the meeting itself (not inferred).
    pub stated: bool,
    /// Pins the date to a day or a short window on its own or with others.
    pub anchors: bool,
    /// Higher wins when constraints contradict each other.
    pub priority: u8,
}

impl Constraint {
    /// A constraint the article does not state about the meeting itself.
    pub fn inferred(rule: Rule, clue: DateClue, spans: Vec<Span>, anchors: bool, priority: u8) -> Constraint {
        Constraint { rule, clue, spans, stated: false, anchors, priority }
    }

    /// The day the article gives the meeting ("في 9 أبريل 2024", "بتاريخ 2024/5/14").
    pub fn stated_day(day: Date, words: String, span: Span) -> Constraint {
        Constraint {
            rule: Rule::On(day),
            clue: DateClue::StatedDay { day: day.to_string(), words },
            spans: vec![span],
            stated: true,
            anchors: true,
            priority: priority::STATED_DAY,
        }
    }
}

#[derive(Debug, Clone)]
pub enum Rule {
    On(Date),
    Weekday(Weekday),
    /// Any of these (month, first day, last day), in any year, or in `year`.
    MonthDays {
        month: i8,
        first: i8,
        last: i8,
        year: Option<i16>,
    },
    InYear(i16),
    /// Inside one of these windows (inclusive).
    Within(Vec<(Date, Date)>),
    NotBefore(Date),
    NotAfter(Date),
}

impl Rule {
    fn allows(&self, d: Date) -> bool {
        match self {
            Rule::On(x) => d == *x,
            Rule::Weekday(w) => d.weekday() == *w,
            Rule::MonthDays { month, first, last, year } => {
                d.month() == *month && (*first..=*last).contains(&d.day()) && year.is_none_or(|y| d.year() == y)
            }
            Rule::InYear(y) => d.year() == *y,
            Rule::Within(windows) => windows.iter().any(|(a, b)| *a <= d && d <= *b),
            Rule::NotBefore(x) => d >= *x,
            Rule::NotAfter(x) => d <= *x,
        }
    }
}

/// The resolved date range with its reasoning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub start: Date,
    pub end: Date,
    pub stated: bool,
    /// Every clue kept, then those set aside as contradictory, in English.
    pub reason: String,
    /// Only those the range needs ([`deciding`]), for the reader.
    pub deciding: Vec<DateClue>,
    pub spans: Vec<Span>,
}

/// Picks the run of days the constraints allow: the one nearest to
/// `reference` (the article's date) when there is one, else the only one;
/// when there are several and no reference, the date is left unknown rather
/// than guessed. Drops the weakest constraints when they contradict each
/// other. `None` when nothing anchors the date to a day or a short window.
pub fn resolve(
    mut constraints: Vec<Constraint>,
    reference: Option<Date>,
    earliest: Date,
    latest: Date,
) -> Option<Resolved> {
    constraints.sort_by_key(|c| std::cmp::Reverse(c.priority));
    let mut dropped: Vec<DateClue> = Vec::new();
    loop {
        if !constraints.iter().any(|c| c.anchors) {
            return None;
        }
        let runs = runs(&candidate_days(&constraints, earliest, latest));
        // "الأحد 21 أكتوبر" against the summit the article names: once a
        // contradiction set something aside, terms of office alone do not pick
        // the year for a day and month the text gives without one.
        let year_from_terms_only = !dropped.is_empty()
            && reference.is_none()
            && constraints
                .iter()
                .filter(|c| c.anchors && c.priority > priority::TERM_OF_OFFICE)
                .all(|c| matches!(c.rule, Rule::Weekday(_) | Rule::MonthDays { year: None, .. }));
        if year_from_terms_only {
            return None;
        }
        if !runs.is_empty() {
            let (start, end) = match reference {
                Some(r) => nearest(&runs, r)?,
                // One run still open at either end ("after 1990") says nothing of the day.
                None if runs.len() == 1 && runs[0].0 > earliest && runs[0].1 < latest => runs[0],
                None => return None,
            };
            let stated =
                constraints.iter().any(|c| c.stated) && constraints.iter().filter(|c| c.anchors).all(|c| c.stated);
            let mut reason = constraints.iter().map(|c| c.clue.english()).collect::<Vec<_>>().join("; ");
            if !dropped.is_empty() {
                let dropped: Vec<String> = dropped.iter().map(DateClue::english).collect();
                reason.push_str(&format!("; set aside as contradictory: {}", dropped.join("; ")));
            }
            let spans = constraints.iter().flat_map(|c| c.spans.iter().copied()).collect();
            return Some(Resolved { start, end, stated, reason, deciding: Vec::new(), spans });
        }
        // Contradiction: drop the weakest and try again. A meeting never falls
        // outside its people's terms of office, so those stay; with nothing
        // else left to drop, the date is unknown.
        let weakest = constraints.iter().rposition(|c| c.priority != priority::TERM_OF_OFFICE)?;
        dropped.push(constraints.remove(weakest).clue);
    }
}

/// The clues that fixed `got`: from the weakest up, each constraint the same
/// range does without is left out, so a reader sees only what decided the
/// date, not every term of office that allowed it.
pub fn deciding(
    constraints: &[Constraint],
    got: &Resolved,
    reference: Option<Date>,
    earliest: Date,
    latest: Date,
) -> Vec<DateClue> {
    let mut kept = constraints.to_vec();
    kept.sort_by_key(|c| std::cmp::Reverse(c.priority));
    for i in (0..kept.len()).rev() {
        let mut without = kept.clone();
        without.remove(i);
        let same =
            resolve(without, reference, earliest, latest).is_some_and(|r| (r.start, r.end) == (got.start, got.end));
        if same {
            kept.remove(i);
        }
    }
    kept.into_iter().map(|c| c.clue).collect()
}

/// The days every constraint allows, searched only between the bounds the
/// constraints themselves set.
fn candidate_days(constraints: &[Constraint], earliest: Date, latest: Date) -> Vec<Date> {
    let mut lo = earliest;
    let mut hi = latest;
    for c in constraints {
        let (a, b) = match &c.rule {
            Rule::On(d) => (*d, *d),
            Rule::NotBefore(d) => (*d, hi),
            Rule::NotAfter(d) => (lo, *d),
            Rule::InYear(y) | Rule::MonthDays { year: Some(y), .. } => {
                match (Date::new(*y, 1, 1), Date::new(*y, 12, 31)) {
                    (Ok(a), Ok(b)) => (a, b),
                    _ => continue,
                }
            }
            Rule::Within(windows) => match (windows.iter().map(|w| w.0).min(), windows.iter().map(|w| w.1).max()) {
                (Some(a), Some(b)) => (a, b),
                _ => continue,
            },
            _ => continue,
        };
        lo = lo.max(a);
        hi = hi.min(b);
    }
    let mut out = Vec::new();
    let mut d = lo;
    while d <= hi {
        if constraints.iter().all(|c| c.rule.allows(d)) {
            out.push(d);
        }
        match d.tomorrow() {
            Ok(next) => d = next,
            Err(_) => break,
        }
    }
    out
}

/// Sorted days grouped into runs of consecutive days.
fn runs(days: &[Date]) -> Vec<(Date, Date)> {
    let mut runs: Vec<(Date, Date)> = Vec::new();
    for &d in days {
        match runs.last_mut() {
            Some((_, end)) if end.tomorrow().ok() == Some(d) => *end = d,
            _ => runs.push((d, d)),
        }
    }
    runs
}

/// The run nearest to `reference` (the later one on a tie).
fn nearest(runs: &[(Date, Date)], reference: Date) -> Option<(Date, Date)> {
    let distance = |(a, b): (Date, Date)| -> i64 {
        if reference < a {
            (a - reference).get_days() as i64
        } else if reference > b {
            (reference - b).get_days() as i64
        } else {
            0
        }
    };
    runs.iter().copied().min_by_key(|&r| (distance(r), std::cmp::Reverse(r.0)))
}

/// `d` shifted by whole days, saturating at the calendar's ends.
pub fn add_days(d: Date, days: i32) -> Date {
    d.checked_add(days.days()).unwrap_or(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap_or_default()
    }

    fn c(rule: Rule, anchors: bool, priority: u8) -> Constraint {
        Constraint::inferred(
            rule,
            DateClue::CurrentYear { year: priority.into(), words: String::new() },
            vec![],
            anchors,
            priority,
        )
    }

    #[test]
    fn a_weekday_inside_an_event_window_pins_the_day() {
        let r = resolve(
            vec![
                c(Rule::Weekday(Weekday::Thursday), false, 8),
                c(Rule::Within(vec![(d("2016-05-20"), d("2016-05-24")), (d("2022-07-25"), d("2022-07-29"))]), true, 6),
            ],
            Some(d("2026-11-24")),
            d("2000-01-01"),
            d("2027-12-31"),
        );
        assert_eq!(r.map(|r| (r.start, r.end)), Some((d("2022-07-28"), d("2022-07-28"))));
    }

    #[test]
    fn a_range_stays_a_range_and_the_nearest_year_wins() {
        let r = resolve(
            vec![
                c(Rule::MonthDays { month: 7, first: 25, last: 27, year: None }, true, 7),
                c(Rule::NotBefore(d("2022-10-22")), false, 3),
            ],
            Some(d("2026-11-24")),
            d("2000-01-01"),
            d("2026-11-24"),
        );
        assert_eq!(r.map(|r| (r.start, r.end)), Some((d("2026-07-25"), d("2026-07-27"))));
    }

    #[test]
    fn contradictions_drop_the_weakest_constraint() {
        let r = resolve(
            vec![c(Rule::On(d("2023-09-18")), true, 9), c(Rule::Weekday(Weekday::Friday), false, 3)],
            Some(d("2026-11-24")),
            d("2000-01-01"),
            d("2027-12-31"),
        );
        let r = r.unwrap_or_else(|| unreachable!());
        assert_eq!(r.start, d("2023-09-18"));
        assert!(r.reason.contains("set aside"));
    }

    #[test]
    fn terms_of_office_do_not_pick_the_year_of_a_day_that_contradicts_the_summit() {
        // "اليوم الأحد 21 أكتوبر" in a story on a summit held 22-24 October 2024,
        // when 21 October 2024 was a Monday: no year is claimed.
        let r = resolve(
            vec![
                c(Rule::Weekday(Weekday::Sunday), false, priority::WEEKDAY),
                c(Rule::MonthDays { month: 10, first: 21, last: 21, year: None }, true, priority::STATED_DAYS),
                c(Rule::Within(vec![(d("2024-10-19"), d("2024-10-24"))]), true, priority::EVENT_CALENDAR),
                c(Rule::NotBefore(d("2011-01-01")), false, priority::TERM_OF_OFFICE),
                c(Rule::NotAfter(d("2016-08-31")), false, priority::TERM_OF_OFFICE),
            ],
            None,
            EARLIEST,
            OPEN_END,
        );
        assert!(r.is_none(), "{:?}", r.map(|r| (r.start, r.end)));
    }

    #[test]
    fn the_events_own_days_win_unless_the_day_named_is_before_it() {
        let around = |day, slack: (&str, &str), event: (&str, &str)| {
            vec![
                c(Rule::Weekday(day), false, priority::WEEKDAY),
                c(Rule::Within(vec![(d(slack.0), d(slack.1))]), true, priority::EVENT_CALENDAR),
                c(Rule::Within(vec![(d(event.0), d(event.1))]), true, priority::DURING_EVENT_PROPER),
            ]
        };
        let solve = |cs| resolve(cs, None, d("2000-01-01"), d("2100-12-31")).map(|r| r.start);
        // UNGA 73, 24 Sep-1 Oct 2018, and three days before: two Fridays; the event's is the 28th.
        let unga = around(Weekday::Friday, ("2018-09-21", "2018-10-01"), ("2018-09-24", "2018-10-01"));
        assert_eq!(solve(unga), Some(d("2018-09-28")));
        // SCO ministers in Tianjin on Tuesday 15 July 2025; "الأحد" is the 13th, before it.
        let sco = around(Weekday::Sunday, ("2025-07-12", "2025-07-15"), ("2025-07-15", "2025-07-15"));
        assert_eq!(solve(sco), Some(d("2025-07-13")));
    }

    #[test]
    fn without_a_reference_several_fitting_days_mean_no_date() {
        let weekday_in_two_events = vec![
            c(Rule::Weekday(Weekday::Thursday), false, 8),
            c(Rule::Within(vec![(d("2016-05-23"), d("2016-05-27")), (d("2022-07-25"), d("2022-07-29"))]), true, 6),
        ];
        let none = resolve(weekday_in_two_events.clone(), None, d("2000-01-01"), d("2100-12-31"));
        assert!(none.is_none());
        let mut one = weekday_in_two_events;
        one.push(c(Rule::InYear(2022), false, 3));
        let r = resolve(one, None, d("2000-01-01"), d("2100-12-31"));
        assert_eq!(r.map(|r| (r.start, r.end)), Some((d("2022-07-28"), d("2022-07-28"))));
    }

    #[test]
    fn terms_of_office_are_never_set_aside() {
        let r = resolve(
            vec![
                c(Rule::On(d("2019-05-31")), true, 6),
                c(Rule::NotBefore(d("2023-06-03")), false, priority::TERM_OF_OFFICE),
            ],
            None,
            d("2000-01-01"),
            d("2100-12-31"),
        );
        assert!(r.is_none(), "{r:?}");
    }

    #[test]
    fn a_bound_on_one_side_only_means_no_date() {
        let r = resolve(vec![c(Rule::NotBefore(d("1990-10-23")), true, 4)], None, d("2000-01-01"), d("2100-12-31"));
        assert!(r.is_none(), "{r:?}");
    }

    #[test]
    fn nothing_anchored_means_no_date() {
        let r = resolve(
            vec![c(Rule::Weekday(Weekday::Monday), false, 8)],
            Some(d("2026-11-24")),
            d("2000-01-01"),
            d("2027-12-31"),
        );
        assert!(r.is_none());
    }
}
