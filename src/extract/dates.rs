//! Date expressions in Arabic news text, and the constraint solver that turns
//! them, with dated facts from the knowledge base, into the narrowest date
//! range a meeting can have.
//!
//! Parsing works on folded tokens (see `text`), so Egyptian and Levantine
//! month names, Arabic-Indic digits and hamza spellings all read the same.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use crate::model::Span;
use crate::text::{Token, normalize};

/// Gregorian month names: Egyptian, Levantine, Maghrebi, English.
const MONTHS: [(&str, i8); 45] = [
    ("يناير", 1),
    ("فبراير", 2),
    ("مارس", 3),
    ("أبريل", 4),
    ("إبريل", 4),
    ("ابريل", 4),
    ("مايو", 5),
    ("يونيو", 6),
    ("يونيه", 6),
    ("يوليو", 7),
    ("يوليه", 7),
    ("أغسطس", 8),
    ("سبتمبر", 9),
    ("أكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
    ("كانون الثاني", 1),
    ("شباط", 2),
    ("آذار", 3),
    ("نيسان", 4),
    ("أيار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("آب", 8),
    ("أيلول", 9),
    ("تشرين الأول", 10),
    ("تشرين الثاني", 11),
    ("كانون الأول", 12),
    ("جانفي", 1),
    ("فيفري", 2),
    ("أفريل", 4),
    ("جوان", 6),
    ("جويلية", 7),
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
];

/// Hijri month names: recognised so their numbers are not read as Gregorian.
const HIJRI_MONTHS: [&str; 14] = [
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "ربيع الثاني",
    "جمادى الأولى",
    "جمادى الآخرة",
    "جمادى الثانية",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
];

const WEEKDAYS: [(&str, Weekday); 8] = [
    ("الأحد", Weekday::Sunday),
    ("الاثنين", Weekday::Monday),
    ("الإثنين", Weekday::Monday),
    ("الثلاثاء", Weekday::Tuesday),
    ("الأربعاء", Weekday::Wednesday),
    ("الخميس", Weekday::Thursday),
    ("الجمعة", Weekday::Friday),
    ("السبت", Weekday::Saturday),
];

/// Ordinal day words ("العشرين من فبراير"), as written after "ال".
const ORDINAL_DAYS: [(&str, i8); 31] = [
    ("الأول", 1),
    ("الثاني", 2),
    ("الثالث", 3),
    ("الرابع", 4),
    ("الخامس", 5),
    ("السادس", 6),
    ("السابع", 7),
    ("الثامن", 8),
    ("التاسع", 9),
    ("العاشر", 10),
    ("الحادي عشر", 11),
    ("الثاني عشر", 12),
    ("الثالث عشر", 13),
    ("الرابع عشر", 14),
    ("الخامس عشر", 15),
    ("السادس عشر", 16),
    ("السابع عشر", 17),
    ("الثامن عشر", 18),
    ("التاسع عشر", 19),
    ("العشرين", 20),
    ("الحادي والعشرين", 21),
    ("الثاني والعشرين", 22),
    ("الثالث والعشرين", 23),
    ("الرابع والعشرين", 24),
    ("الخامس والعشرين", 25),
    ("السادس والعشرين", 26),
    ("السابع والعشرين", 27),
    ("الثامن والعشرين", 28),
    ("التاسع والعشرين", 29),
    ("الثلاثين", 30),
    ("الحادي والثلاثين", 31),
];

/// How a weekday or "اليوم" relates to the day the article was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relative {
    Today,
    Yesterday,
    DayBeforeYesterday,
    Tomorrow,
}

impl Relative {
    pub fn offset_days(self) -> i32 {
        match self {
            Relative::Today => 0,
            Relative::Yesterday => -1,
            Relative::DayBeforeYesterday => -2,
            Relative::Tomorrow => 1,
        }
    }
}

/// A year given by the text, or "الجاري"/"الحالي" (the article's own month or year).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearHint {
    None,
    Year(i16),
    /// "الجاري": the article's current month/year, unknown by itself.
    Current,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateExpr {
    /// Days `first..=last` of a month, e.g. "8 و9 أبريل", "من 25 إلى 27 يوليو", "18 سبتمبر".
    Days {
        first: i8,
        last: i8,
        month: i8,
        year: YearHint,
    },
    /// "فبراير 2022", "سبتمبر/أيلول من العام الجاري 2022".
    MonthYear {
        month: i8,
        year: i16,
    },
    /// "العام الجاري 2022": the article's year.
    CurrentYear(i16),
    /// "عام 2021", "في 2022".
    Year(i16),
    Weekday {
        day: Weekday,
        relative: Option<Relative>,
    },
    /// "أمس", "غدا" without a weekday.
    RelativeDay(Relative),
    /// A Hijri date (recognised, not converted: a Gregorian date usually stands beside it).
    Hijri,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub expr: DateExpr,
    pub span: Span,
    /// Index of the first token (in the slice searched).
    pub token: usize,
}

struct Lexicon {
    months: Vec<(Vec<String>, i8)>,
    hijri: Vec<Vec<String>>,
    weekdays: Vec<(String, Weekday)>,
    ordinals: Vec<(Vec<String>, i8)>,
}

fn words(s: &str) -> Vec<String> {
    normalize(s).split(' ').map(str::to_owned).collect()
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut months: Vec<(Vec<String>, i8)> = MONTHS.iter().map(|(n, m)| (words(n), *m)).collect();
        // Two-word names first, so "تشرين الأول" is not read as "تشرين".
        months.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        let mut ordinals: Vec<(Vec<String>, i8)> = ORDINAL_DAYS.iter().map(|(n, d)| (words(n), *d)).collect();
        ordinals.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        Lexicon {
            months,
            hijri: HIJRI_MONTHS.iter().map(|n| words(n)).collect(),
            weekdays: WEEKDAYS.iter().map(|(n, d)| (normalize(n), *d)).collect(),
            ordinals,
        }
    })
}

/// The small words the parser looks for, folded once.
const SMALL_WORDS: [&str; 15] =
    ["الجاري", "الحالي", "العام", "الى", "اليوم", "امس", "اول", "حتى", "سنة", "عام", "غدا", "من", "ه", "هـ", "وحتى"];

fn folded_small_word(word: &str) -> &'static str {
    static FOLDED: std::sync::OnceLock<Vec<(&'static str, String)>> = std::sync::OnceLock::new();
    let table = FOLDED.get_or_init(|| SMALL_WORDS.iter().map(|w| (*w, normalize(w))).collect());
    table.iter().find(|(w, _)| *w == word).map_or("", |(_, f)| f.as_str())
}

/// True when the token is `word` (one of [`SMALL_WORDS`]), possibly behind a
/// clitic ("والعام" is "العام").
fn is(tok: Option<&Token>, word: &str) -> bool {
    let want = folded_small_word(word);
    !want.is_empty() && tok.is_some_and(|t| t.folded == want || crate::text::stems(&t.folded).contains(&want))
}

fn matches_words(toks: &[Token], at: usize, w: &[String]) -> bool {
    w.iter().enumerate().all(|(k, word)| toks.get(at + k).is_some_and(|t| &t.folded == word))
}

/// A day number: "25", "و9" (with the conjunction), "18th".
fn day_number(tok: Option<&Token>) -> Option<i8> {
    let t = tok?.folded.as_str();
    let t = t.strip_prefix('و').unwrap_or(t);
    let digits: &str = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: i8 = digits.parse().ok()?;
    (1..=31).contains(&n).then_some(n)
}

fn year_number(tok: Option<&Token>) -> Option<i16> {
    let t = tok?.folded.as_str();
    if t.len() != 4 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i16 = t.parse().ok()?;
    (1990..=2100).contains(&y).then_some(y)
}

/// A month name at `at` (one or two words, with a clitic "و"/"ب"/"ل" allowed):
/// the month and how many tokens it took.
fn month_at(toks: &[Token], at: usize) -> Option<(i8, usize)> {
    let lex = lexicon();
    for (w, m) in &lex.months {
        if matches_words(toks, at, w) {
            return Some((*m, w.len()));
        }
    }
    None
}

fn ordinal_at(toks: &[Token], at: usize) -> Option<(i8, usize)> {
    lexicon().ordinals.iter().find(|(w, _)| matches_words(toks, at, w)).map(|(w, d)| (*d, w.len()))
}

fn hijri_at(toks: &[Token], at: usize) -> Option<usize> {
    lexicon().hijri.iter().find(|w| matches_words(toks, at, w)).map(Vec::len)
}

fn weekday_of(tok: Option<&Token>) -> Option<Weekday> {
    let t = tok?.folded.as_str();
    let lex = lexicon();
    // "والخميس", "يوم الخميس", "الخميس"; also without the article ("اثنين").
    let stripped = t.strip_prefix('و').unwrap_or(t);
    lex.weekdays.iter().find(|(w, _)| w == t || w == stripped).map(|(_, d)| *d)
}

/// After a month: the alternative name ("يوليو/ تموز"), then a year or
/// "الجاري"; returns the hint and the index after what was consumed.
fn year_after(toks: &[Token], mut i: usize) -> (YearHint, usize) {
    // A second month name standing for the same month.
    if let Some((_, len)) = month_at(toks, i) {
        i += len;
    }
    // "من العام الجاري 2022", "من عام 2024", "عام 2024", "2024", "الجاري".
    let mut j = i;
    if is(toks.get(j), "من") {
        j += 1;
    }
    let mut current = false;
    if is(toks.get(j), "عام") || is(toks.get(j), "العام") || is(toks.get(j), "سنة") {
        j += 1;
        if is(toks.get(j), "الجاري") || is(toks.get(j), "الحالي") {
            current = true;
            j += 1;
        }
    }
    if let Some(y) = year_number(toks.get(j)) {
        return (YearHint::Year(y), j + 1);
    }
    if current || is(toks.get(i), "الجاري") || is(toks.get(i), "الحالي") {
        return (YearHint::Current, if current { j } else { i + 1 });
    }
    (YearHint::None, i)
}

/// Finds the date expressions among `toks` (a paragraph's tokens). Spans are
/// the tokens' byte ranges in the text they came from.
pub fn find(toks: &[Token]) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let start = i;
        let span_to = |end: usize| Span { start: toks[start].start, end: toks[end.saturating_sub(1).max(start)].end };

        // Hijri: "12 رمضان 1445 هـ" (consume so "12" is not a Gregorian day).
        if day_number(toks.get(i)).is_some()
            && let Some(len) = hijri_at(toks, i + 1)
        {
            let mut end = i + 1 + len;
            if toks.get(end).is_some_and(|t| t.folded.len() == 4 && t.folded.starts_with("14")) {
                end += 1;
            }
            if is(toks.get(end), "ه") || is(toks.get(end), "هـ") {
                end += 1;
            }
            out.push(Found { expr: DateExpr::Hijri, span: span_to(end), token: start });
            i = end;
            continue;
        }

        // Days: "18 سبتمبر", "8 و9 أبريل", "من 25 إلى 27 يوليو", "العشرين من فبراير".
        let first_day = day_number(toks.get(i)).map(|d| (d, 1)).or_else(|| ordinal_at(toks, i));
        if let Some((first, len)) = first_day {
            let mut j = i + len;
            let mut last = first;
            // A second day: "و9", "إلى 27", "- 27", "حتى 27".
            let joiner = is(toks.get(j), "الى") || is(toks.get(j), "حتى") || is(toks.get(j), "وحتى");
            let second_at = if joiner { j + 1 } else { j };
            if let Some(d) = day_number(toks.get(second_at))
                && d > first
                && month_at(toks, second_at + 1).is_some()
            {
                last = d;
                j = second_at + 1;
            }
            if is(toks.get(j), "من") && month_at(toks, j + 1).is_some() {
                j += 1;
            }
            if let Some((month, mlen)) = month_at(toks, j) {
                let (year, mut end) = year_after(toks, j + mlen);
                // "18 سبتمبر وحتى 21 سبتمبر": a range written with two months.
                let to = if is(toks.get(end), "وحتى") || is(toks.get(end), "حتى") || is(toks.get(end), "الى")
                {
                    end + 1
                } else {
                    end
                };
                let mut year = year;
                if to > end
                    && let Some(d) = day_number(toks.get(to))
                    && let Some((m2, m2len)) = month_at(toks, to + 1)
                    && m2 == month
                    && d > last
                {
                    last = d;
                    let (y2, e2) = year_after(toks, to + 1 + m2len);
                    if y2 != YearHint::None {
                        year = y2;
                    }
                    end = e2;
                }
                out.push(Found { expr: DateExpr::Days { first, last, month, year }, span: span_to(end), token: start });
                i = end;
                continue;
            }
        }

        // Month and year: "فبراير 2022", "سبتمبر/أيلول من العام الجاري 2022".
        if let Some((month, mlen)) = month_at(toks, i)
            && let (YearHint::Year(year), end) = year_after(toks, i + mlen)
        {
            // "آب" (August) is also a common word; only trust it with a year.
            out.push(Found { expr: DateExpr::MonthYear { month, year }, span: span_to(end), token: start });
            i = end;
            continue;
        }

        // "العام الجاري 2022", "عام 2021".
        if is(toks.get(i), "العام") || is(toks.get(i), "عام") {
            let current = is(toks.get(i + 1), "الجاري") || is(toks.get(i + 1), "الحالي");
            let at = if current { i + 2 } else { i + 1 };
            if let Some(y) = year_number(toks.get(at)) {
                let expr = if current { DateExpr::CurrentYear(y) } else { DateExpr::Year(y) };
                out.push(Found { expr, span: span_to(at + 1), token: start });
                i = at + 1;
                continue;
            }
        }

        // Weekdays with what they are relative to: "اليوم الخميس", "أمس الأحد",
        // "أول أمس الأحد", "غدا الثلاثاء", "مساء اليوم الاثنين", "يوم الاثنين".
        if let Some(day) = weekday_of(toks.get(i)) {
            let before = |k: usize| if i >= k { toks.get(i - k) } else { None };
            let relative = if is(before(1), "اليوم") {
                Some(Relative::Today)
            } else if is(before(1), "امس") && is(before(2), "اول") {
                Some(Relative::DayBeforeYesterday)
            } else if is(before(1), "امس") {
                Some(Relative::Yesterday)
            } else if is(before(1), "غدا") {
                Some(Relative::Tomorrow)
            } else {
                None
            };
            let from = match relative {
                Some(Relative::DayBeforeYesterday) => i - 2,
                Some(_) => i - 1,
                None => i,
            };
            out.push(Found {
                expr: DateExpr::Weekday { day, relative },
                span: Span { start: toks[from].start, end: toks[i].end },
                token: from,
            });
            i += 1;
            continue;
        }
        if weekday_of(toks.get(i + 1)).is_none() {
            let relative = if is(toks.get(i), "امس") && !is(toks.get(i.wrapping_sub(1)), "اول") {
                Some(Relative::Yesterday)
            } else if is(toks.get(i), "اليوم") {
                Some(Relative::Today)
            } else if is(toks.get(i), "غدا") {
                Some(Relative::Tomorrow)
            } else {
                None
            };
            if let Some(r) = relative {
                out.push(Found { expr: DateExpr::RelativeDay(r), span: span_to(i + 1), token: start });
            }
        }
        i += 1;
    }
    out
}

/// A full date, when `expr` names exactly one day with its year.
pub fn exact_date(expr: &DateExpr) -> Option<Date> {
    match *expr {
        DateExpr::Days { first, last, month, year: YearHint::Year(y) } if first == last => {
            Date::new(y, month, first).ok()
        }
        _ => None,
    }
}

/// One thing the text or the knowledge base says about the meeting's date.
#[derive(Debug, Clone)]
pub struct Constraint {
    pub rule: Rule,
    /// Why, in words a reader can check.
    pub reason: String,
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
    pub fn inferred(rule: Rule, reason: String, spans: Vec<Span>, anchors: bool, priority: u8) -> Constraint {
        Constraint { rule, reason, spans, stated: false, anchors, priority }
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
    pub reason: String,
    pub spans: Vec<Span>,
}

/// Picks the narrowest run of days allowed by the constraints, nearest to
/// `reference`; drops the weakest constraints when they contradict each other.
/// `None` when nothing anchors the date to a day or a short window.
pub fn resolve(mut constraints: Vec<Constraint>, reference: Date, earliest: Date, latest: Date) -> Option<Resolved> {
    constraints.sort_by_key(|c| std::cmp::Reverse(c.priority));
    let mut dropped: Vec<String> = Vec::new();
    loop {
        if !constraints.iter().any(|c| c.anchors) {
            return None;
        }
        let candidates = candidate_days(&constraints, earliest, latest);
        if let Some((start, end)) = nearest_run(&candidates, reference) {
            let stated =
                constraints.iter().any(|c| c.stated) && constraints.iter().filter(|c| c.anchors).all(|c| c.stated);
            let mut reason = constraints
                .iter()
                .filter(|c| !c.reason.is_empty())
                .map(|c| c.reason.clone())
                .collect::<Vec<_>>()
                .join("; ");
            if !dropped.is_empty() {
                reason.push_str(&format!("; set aside as contradictory: {}", dropped.join("; ")));
            }
            let spans = constraints.iter().flat_map(|c| c.spans.iter().copied()).collect();
            return Some(Resolved { start, end, stated, reason, spans });
        }
        // Contradiction: drop the weakest and try again.
        let weakest = constraints.pop()?;
        dropped.push(weakest.reason);
    }
}

fn candidate_days(constraints: &[Constraint], earliest: Date, latest: Date) -> Vec<Date> {
    let mut lo = earliest;
    let mut hi = latest;
    for c in constraints {
        match &c.rule {
            Rule::On(d) => {
                lo = lo.max(*d);
                hi = hi.min(*d);
            }
            Rule::NotBefore(d) => lo = lo.max(*d),
            Rule::NotAfter(d) => hi = hi.min(*d),
            Rule::InYear(y) => {
                if let (Ok(a), Ok(b)) = (Date::new(*y, 1, 1), Date::new(*y, 12, 31)) {
                    lo = lo.max(a);
                    hi = hi.min(b);
                }
            }
            _ => {}
        }
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

/// Groups sorted days into runs of consecutive days and returns the run
/// nearest to `reference` (the later one on a tie).
fn nearest_run(days: &[Date], reference: Date) -> Option<(Date, Date)> {
    let mut runs: Vec<(Date, Date)> = Vec::new();
    for &d in days {
        match runs.last_mut() {
            Some((_, end)) if end.tomorrow().ok() == Some(d) => *end = d,
            _ => runs.push((d, d)),
        }
    }
    let distance = |(a, b): (Date, Date)| -> i64 {
        if reference < a {
            (a - reference).get_days() as i64
        } else if reference > b {
            (reference - b).get_days() as i64
        } else {
            0
        }
    };
    runs.into_iter().min_by_key(|&r| (distance(r), std::cmp::Reverse(r.0)))
}

/// `d` shifted by whole days, saturating at the calendar's ends.
pub fn add_days(d: Date, days: i32) -> Date {
    d.checked_add(days.days()).unwrap_or(d)
}

/// English weekday name for reasons.
pub fn weekday_name(w: Weekday) -> &'static str {
    match w {
        Weekday::Monday => "Monday",
        Weekday::Tuesday => "Tuesday",
        Weekday::Wednesday => "Wednesday",
        Weekday::Thursday => "Thursday",
        Weekday::Friday => "Friday",
        Weekday::Saturday => "Saturday",
        Weekday::Sunday => "Sunday",
    }
}

pub fn month_name(m: i8) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    NAMES.get((m as usize).wrapping_sub(1)).copied().unwrap_or("?")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens;

    fn exprs(text: &str) -> Vec<DateExpr> {
        find(&tokens(text)).into_iter().map(|f| f.expr).collect()
    }

    fn d(s: &str) -> Date {
        s.parse().unwrap_or_default()
    }

    #[test]
    fn reads_the_ways_news_write_dates() {
        use DateExpr::*;
        let days = |first, last, month, year| Days { first, last, month, year };
        let cases: Vec<(&str, Vec<DateExpr>)> = vec![
            ("يومي 8 و9 أبريل الجاري", vec![days(8, 9, 4, YearHint::Current)]),
            ("في الفترة من 25 إلى 27 يوليو/ تموز الجاري", vec![days(25, 27, 7, YearHint::Current)]),
            ("في 18 أكتوبر/ تشرين الأول من عام 2024", vec![days(18, 18, 10, YearHint::Year(2024))]),
            ("وشهد العشرين من فبراير/ شباط آخر لقاء", vec![days(20, 20, 2, YearHint::None)]),
            ("تاريخ النشر: 18th, September 2023 GMT", vec![days(18, 18, 9, YearHint::Year(2023))]),
            (
                "اليوم الاثنين 18 سبتمبر وحتى 21 سبتمبر الجاري",
                vec![
                    Weekday { day: jiff::civil::Weekday::Monday, relative: Some(Relative::Today) },
                    days(18, 21, 9, YearHint::Current),
                ],
            ),
            ("في سبتمبر/أيلول من العام الجاري 2022", vec![MonthYear { month: 9, year: 2022 }]),
            ("في فبراير 2022، عندما", vec![MonthYear { month: 2, year: 2022 }]),
            (
                "الاثنين ٢ كانون الأول ٢٠٢٤",
                vec![
                    Weekday { day: jiff::civil::Weekday::Monday, relative: None },
                    days(2, 2, 12, YearHint::Year(2024)),
                ],
            ),
            (
                "أول أمس الأحد",
                vec![Weekday { day: jiff::civil::Weekday::Sunday, relative: Some(Relative::DayBeforeYesterday) }],
            ),
            ("الذي سيعقد غدا", vec![RelativeDay(Relative::Tomorrow)]),
            ("عقد الوزيران اليوم، جلسة", vec![RelativeDay(Relative::Today)]),
            (
                "الثلاثاء 12 رمضان 1445 هـ الموافق 22 مارس 2024",
                vec![
                    Weekday { day: jiff::civil::Weekday::Tuesday, relative: None },
                    Hijri,
                    days(22, 22, 3, YearHint::Year(2024)),
                ],
            ),
            ("تأسست عام 2001", vec![Year(2001)]),
            ("والعام الجاري 2022 مهم", vec![CurrentYear(2022)]),
            ("بكين 29 ابريل 2016 (شينخوا)", vec![days(29, 29, 4, YearHint::Year(2016))]),
        ];
        for (text, want) in cases {
            assert_eq!(exprs(text), want, "{text}");
        }
    }

    #[test]
    fn spans_cover_the_expression() {
        let text = "ويقوم لافروف بزيارة لاوس، في الفترة من 25 إلى 27 يوليو/ تموز الجاري، وقبل";
        let found = find(&tokens(text));
        assert_eq!(&text[found[0].span.start..found[0].span.end], "25 إلى 27 يوليو/ تموز الجاري");
    }

    fn c(rule: Rule, anchors: bool, priority: u8) -> Constraint {
        Constraint::inferred(rule, format!("{priority}"), vec![], anchors, priority)
    }

    #[test]
    fn a_weekday_inside_an_event_window_pins_the_day() {
        let r = resolve(
            vec![
                c(Rule::Weekday(Weekday::Thursday), false, 8),
                c(Rule::Within(vec![(d("2016-05-20"), d("2016-05-24")), (d("2022-07-25"), d("2022-07-29"))]), true, 6),
            ],
            d("2026-11-24"),
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
            d("2026-11-24"),
            d("2000-01-01"),
            d("2026-11-24"),
        );
        assert_eq!(r.map(|r| (r.start, r.end)), Some((d("2026-07-25"), d("2026-07-27"))));
    }

    #[test]
    fn contradictions_drop_the_weakest_constraint() {
        let r = resolve(
            vec![c(Rule::On(d("2023-09-18")), true, 9), c(Rule::Weekday(Weekday::Friday), false, 1)],
            d("2026-11-24"),
            d("2000-01-01"),
            d("2027-12-31"),
        );
        let r = r.unwrap_or_else(|| unreachable!());
        assert_eq!(r.start, d("2023-09-18"));
        assert!(r.reason.contains("set aside"));
    }

    #[test]
    fn nothing_anchored_means_no_date() {
        let r = resolve(
            vec![c(Rule::Weekday(Weekday::Monday), false, 8)],
            d("2026-11-24"),
            d("2000-01-01"),
            d("2027-12-31"),
        );
        assert!(r.is_none());
    }
}
