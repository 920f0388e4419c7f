//! Date expressions in Arabic news text: days, ranges, months, years,
//! weekdays and the words that tie them to the day an article was written.
//!
//! Parsing works on folded tokens (see `text`) with the month, weekday and
//! ordinal names of the lexicon (`kb/lexicon.toml`), so Egyptian and Levantine
//! month names, Arabic-Indic digits and hamza spellings all read the same.

use jiff::civil::{Date, Weekday};

use crate::extract::lexicon::{DateLexicon, token_is};
use crate::model::Span;
use crate::text::Token;

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
    /// A date in digits ("2024/03/17", "24.12.2025"): how pages stamp
    /// themselves, not how a story says when something happened.
    Stamp(Date),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub expr: DateExpr,
    pub span: Span,
    /// Index of the first token (in the slice searched).
    pub token: usize,
}

/// The folded words `w` stand at `toks[at..]`.
pub fn matches_words(toks: &[Token], at: usize, w: &[String]) -> bool {
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
fn month_at(lex: &DateLexicon, toks: &[Token], at: usize) -> Option<(i8, usize)> {
    for (w, m) in &lex.months {
        if matches_words(toks, at, w) {
            return Some((*m, w.len()));
        }
    }
    None
}

fn ordinal_at(lex: &DateLexicon, toks: &[Token], at: usize) -> Option<(i8, usize)> {
    lex.ordinals.iter().find(|(w, _)| matches_words(toks, at, w)).map(|(w, d)| (*d, w.len()))
}

fn hijri_at(lex: &DateLexicon, toks: &[Token], at: usize) -> Option<usize> {
    lex.hijri_months.iter().find(|w| matches_words(toks, at, w)).map(Vec::len)
}

fn weekday_of(lex: &DateLexicon, tok: Option<&Token>) -> Option<Weekday> {
    let t = tok?.folded.as_str();
    // "والخميس", "يوم الخميس", "الخميس"; also without the article ("اثنين").
    let stripped = t.strip_prefix('و').unwrap_or(t);
    lex.weekdays.iter().find(|(w, _)| w == t || w == stripped).map(|(_, d)| *d)
}

/// After a month: the alternative name ("يوليو/ تموز"), then a year or
/// "الجاري"; returns the hint and the index after what was consumed.
fn year_after(lex: &DateLexicon, toks: &[Token], mut i: usize) -> (YearHint, usize) {
    let w = &lex.words;
    // A second month name standing for the same month.
    if let Some((_, len)) = month_at(lex, toks, i) {
        i += len;
    }
    // "من العام الجاري 2022", "من عام 2024", "عام 2024", "2024", "الجاري".
    let mut j = i;
    if token_is(toks.get(j), &w.from) {
        j += 1;
    }
    let mut current = false;
    if token_is(toks.get(j), &w.year) {
        j += 1;
        if token_is(toks.get(j), &w.current) {
            current = true;
            j += 1;
        }
    }
    if let Some(y) = year_number(toks.get(j)) {
        return (YearHint::Year(y), j + 1);
    }
    if current || token_is(toks.get(i), &w.current) {
        return (YearHint::Current, if current { j } else { i + 1 });
    }
    (YearHint::None, i)
}

/// Digits written as a date: "2024/03/17", "2024-05-14", "01/03/2026",
/// "23-4-2018" (day, month, year or year, month, day; one separator between,
/// the same twice).
fn numeric_date(text: &str, toks: &[Token], i: usize) -> Option<(i8, i8, i16)> {
    let (a, b, c) = (toks.get(i)?, toks.get(i + 1)?, toks.get(i + 2)?);
    let sep1 = text.get(a.end..b.start)?;
    let sep2 = text.get(b.end..c.start)?;
    if sep1 != sep2 || !matches!(sep1, "/" | "-" | ".") {
        return None;
    }
    let num = |t: &Token| -> Option<i32> {
        (t.folded.bytes().all(|x| x.is_ascii_digit()) && !t.folded.is_empty()).then(|| t.folded.parse().ok())?
    };
    let (x, y, z) = (num(a)?, num(b)?, num(c)?);
    let (day, month, year) = if a.folded.len() == 4 {
        (z, y, x)
    } else if c.folded.len() == 4 {
        (x, y, z)
    } else {
        return None;
    };
    let ok = (1..=31).contains(&day) && (1..=12).contains(&month) && (1990..=2100).contains(&year);
    ok.then_some((day as i8, month as i8, year as i16))
}

/// "August 2, 2020": an English month before its day and year.
fn english_date(lex: &DateLexicon, toks: &[Token], i: usize) -> Option<(i8, i8, i16, usize)> {
    let tok = toks.get(i)?;
    if !tok.folded.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let (month, len) = month_at(lex, toks, i)?;
    let day = day_number(toks.get(i + len))?;
    let year = year_number(toks.get(i + len + 1))?;
    Some((day, month, year, i + len + 2))
}

/// Finds the date expressions among `toks` (a paragraph's tokens), whose
/// byte ranges are in `text`.
pub fn find(lex: &DateLexicon, text: &str, toks: &[Token]) -> Vec<Found> {
    let w = &lex.words;
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let start = i;
        let span_to = |end: usize| Span { start: toks[start].start, end: toks[end.saturating_sub(1).max(start)].end };

        if let Some((day, month, year)) = numeric_date(text, toks, i)
            && let Ok(d) = Date::new(year, month, day)
        {
            out.push(Found { expr: DateExpr::Stamp(d), span: span_to(i + 3), token: start });
            i += 3;
            continue;
        }
        if let Some((day, month, year, end)) = english_date(lex, toks, i) {
            let expr = DateExpr::Days { first: day, last: day, month, year: YearHint::Year(year) };
            out.push(Found { expr, span: span_to(end), token: start });
            i = end;
            continue;
        }

        // Hijri: "12 رمضان 1445 هـ" (consume so "12" is not a Gregorian day).
        if day_number(toks.get(i)).is_some()
            && let Some(len) = hijri_at(lex, toks, i + 1)
        {
            let mut end = i + 1 + len;
            if toks.get(end).is_some_and(|t| t.folded.len() == 4 && t.folded.starts_with("14")) {
                end += 1;
            }
            if token_is(toks.get(end), &w.hijri_era) {
                end += 1;
            }
            out.push(Found { expr: DateExpr::Hijri, span: span_to(end), token: start });
            i = end;
            continue;
        }

        // Days: "18 سبتمبر", "8 و9 أبريل", "من 25 إلى 27 يوليو", "العشرين من فبراير".
        let first_day = day_number(toks.get(i)).map(|d| (d, 1)).or_else(|| ordinal_at(lex, toks, i));
        if let Some((first, len)) = first_day {
            let mut j = i + len;
            let mut last = first;
            // A second day: "و9", "إلى 27", "- 27", "حتى 27".
            // "إلى 27", "حتى 27", and "و 9" (a conjunction the text wrote apart or the
            // tokenizer split from its digits).
            let joiner = token_is(toks.get(j), &w.until) || toks.get(j).is_some_and(|t| t.folded == "و");
            let second_at = if joiner { j + 1 } else { j };
            if let Some(d) = day_number(toks.get(second_at))
                && d > first
                && month_at(lex, toks, second_at + 1).is_some()
            {
                last = d;
                j = second_at + 1;
            }
            if token_is(toks.get(j), &w.from) && month_at(lex, toks, j + 1).is_some() {
                j += 1;
            }
            if let Some((month, mlen)) = month_at(lex, toks, j) {
                let (year, mut end) = year_after(lex, toks, j + mlen);
                // "18 سبتمبر وحتى 21 سبتمبر": a range written with two months.
                let to = if token_is(toks.get(end), &w.until) { end + 1 } else { end };
                let mut year = year;
                if to > end
                    && let Some(d) = day_number(toks.get(to))
                    && let Some((m2, m2len)) = month_at(lex, toks, to + 1)
                    && m2 == month
                    && d > last
                {
                    last = d;
                    let (y2, e2) = year_after(lex, toks, to + 1 + m2len);
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
        if let Some((month, mlen)) = month_at(lex, toks, i)
            && let (YearHint::Year(year), end) = year_after(lex, toks, i + mlen)
        {
            // "آب" (August) is also a common word; only trust it with a year.
            out.push(Found { expr: DateExpr::MonthYear { month, year }, span: span_to(end), token: start });
            i = end;
            continue;
        }

        // "العام الجاري 2022", "عام 2021".
        if token_is(toks.get(i), &w.year) {
            let current = token_is(toks.get(i + 1), &w.current);
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
        if let Some(day) = weekday_of(lex, toks.get(i)) {
            let before = |k: usize| if i >= k { toks.get(i - k) } else { None };
            let relative = if token_is(before(1), &w.today) {
                Some(Relative::Today)
            } else if token_is(before(1), &w.yesterday) && token_is(before(2), &w.day_before) {
                Some(Relative::DayBeforeYesterday)
            } else if token_is(before(1), &w.yesterday) {
                Some(Relative::Yesterday)
            } else if token_is(before(1), &w.tomorrow) {
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
        if weekday_of(lex, toks.get(i + 1)).is_none() {
            let relative =
                if token_is(toks.get(i), &w.yesterday) && !token_is(toks.get(i.wrapping_sub(1)), &w.day_before) {
                    Some(Relative::Yesterday)
                } else if token_is(toks.get(i), &w.today) && !same_day_at(lex, toks, i) {
                    Some(Relative::Today)
                } else if token_is(toks.get(i), &w.tomorrow) {
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

/// "في نفس اليوم", "اليوم ذاته": the "اليوم" at `i` is the day told before, not today.
pub fn same_day_at(lex: &DateLexicon, toks: &[Token], i: usize) -> bool {
    let w = &lex.words;
    token_is(toks.get(i), &w.today)
        && (token_is(toks.get(i.wrapping_sub(1)), &w.same) || token_is(toks.get(i + 1), &w.same_after))
}

/// A full date, when `expr` names exactly one day with its year.
pub fn exact_date(expr: &DateExpr) -> Option<Date> {
    match *expr {
        DateExpr::Stamp(d) => Some(d),
        DateExpr::Days { first, last, month, year: YearHint::Year(y) } if first == last => {
            Date::new(y, month, first).ok()
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens;

    fn lex() -> DateLexicon {
        crate::kb::Kb::embedded().unwrap_or_else(|e| panic!("{e}")).lexicon.dates
    }

    fn exprs(text: &str) -> Vec<DateExpr> {
        find(&lex(), text, &tokens(text)).into_iter().map(|f| f.expr).collect()
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
            ("نشر في 2024/03/17 الساعة 21:51", vec![Stamp(Date::constant(2024, 3, 17))]),
            (
                "السبت 06-09-2014 17:41",
                vec![
                    Weekday { day: jiff::civil::Weekday::Saturday, relative: None },
                    Stamp(Date::constant(2014, 9, 6)),
                ],
            ),
            (" date 2025-09-02 أنقرة", vec![Stamp(Date::constant(2025, 9, 2))]),
            ("— Javad Zarif August 2, 2020", vec![days(2, 2, 8, YearHint::Year(2020))]),
            ("الساعة 13:56 - 02 مارس", vec![days(2, 2, 3, YearHint::None)]),
        ];
        for (text, want) in cases {
            assert_eq!(exprs(text), want, "{text}");
        }
    }

    #[test]
    fn spans_cover_the_expression() {
        let text = "ويقوم لافروف بزيارة لاوس، في الفترة من 25 إلى 27 يوليو/ تموز الجاري، وقبل";
        let found = find(&lex(), text, &tokens(text));
        assert_eq!(&text[found[0].span.start..found[0].span.end], "25 إلى 27 يوليو/ تموز الجاري");
    }
}
