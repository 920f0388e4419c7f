//! A dataset from anywhere (a file, a URL, an old CLI) may carry records the
//! widget cannot show as they are. Each record is checked on its own: a bad
//! field is dropped or put right and the record kept; only a record with
//! nothing to show is skipped. What was done is counted, with the reason, for
//! the reader.

use std::collections::HashSet;

use crate::model::{Meeting, Span};

/// The years a meeting's date may fall in; anything else is a typo or junk
/// ("99999-01-01", year 1) that would stretch the timeline over centuries.
pub const YEARS: std::ops::RangeInclusive<i16> = 1900..=2100;

/// Whether `s` is a real calendar day in ISO form (`YYYY-MM-DD`) within [`YEARS`].
pub fn plausible_date(s: &str) -> bool {
    crate::filter::is_iso_date(s) && s.parse::<jiff::civil::Date>().is_ok_and(|d| YEARS.contains(&d.year()))
}

/// Fields a record is nothing without: if one of them cannot be read the
/// record is left out, where any other field is only dropped.
pub const ESSENTIAL: [&str; 3] = ["status", "kind", "participants"];

/// What was wrong with one record and what was done.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Problem {
    /// The record's position in the dataset, from 1.
    pub record: usize,
    pub what: Fault,
}

/// One fault a load found, as data: the page says it in the reader's
/// language ([`crate::i18n::fault`]). Field names and values are the
/// dataset's own, shown as written.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Fault {
    /// The record is a string, a number or a list, not an object.
    NotAnObject,
    /// An essential field is there but cannot be read: the record is left out.
    Unreadable { field: String, value: String },
    /// An essential field is not there at all: the record is left out.
    Missing { field: String },
    /// The record did not read for another reason, in the reader library's words.
    Unread { reason: String },
    /// A field of the wrong type, left out.
    WrongType { field: String },
    /// A date that is not a calendar day within [`YEARS`], left out.
    NotADay { field: String, value: String },
    /// The end date before the start date: swapped.
    Backwards { start: String, end: String },
    /// Coordinates off the Earth, left out.
    OffEarth,
    /// Evidence spans outside the article's text, left out.
    SpansOutside { count: usize },
    /// No id: one given.
    NoId { given: String },
    /// The id of an earlier record: another given.
    RepeatedId { id: String, given: String },
}

/// Everything a load put right or left out.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Report {
    pub repaired: Vec<Problem>,
    pub skipped: Vec<Problem>,
}

impl Report {
    pub fn is_empty(&self) -> bool {
        self.repaired.is_empty() && self.skipped.is_empty()
    }

    /// How many records were repaired (each counted once, however many fixes).
    pub fn repaired_records(&self) -> usize {
        let mut records: Vec<usize> = self.repaired.iter().map(|p| p.record).collect();
        records.dedup();
        records.len()
    }
}

/// Checks records one by one, remembering the ids already given.
#[derive(Debug, Default)]
pub struct Checker {
    ids: HashSet<String>,
    pub report: Report,
}

impl Checker {
    /// A record the dataset could not give at all (not an object, a field of
    /// the wrong type that cannot be dropped).
    pub fn skip(&mut self, record: usize, what: Fault) {
        self.report.skipped.push(Problem { record, what });
    }

    /// Notes a field dropped before the record could be read (a wrong type).
    pub fn dropped(&mut self, record: usize, field: &str) {
        self.report.repaired.push(Problem { record, what: Fault::WrongType { field: field.to_owned() } });
    }

    /// Puts `m` (record number `record`, from 1) right where it can be.
    pub fn check(&mut self, record: usize, m: &mut Meeting) {
        let mut fix = |what: Fault| self.report.repaired.push(Problem { record, what });
        for (name, date) in [("date_start", &mut m.date_start), ("date_end", &mut m.date_end)] {
            if let Some(d) = date.as_deref().filter(|d| !plausible_date(d)) {
                fix(Fault::NotADay { field: name.to_owned(), value: d.to_owned() });
                *date = None;
            }
        }
        if m.date_start.is_none() && m.date_end.is_some() {
            m.date_start = m.date_end.clone();
        }
        if let (Some(start), Some(end)) = (&m.date_start, &m.date_end)
            && end < start
        {
            fix(Fault::Backwards { start: start.clone(), end: end.clone() });
            std::mem::swap(&mut m.date_start, &mut m.date_end);
        }
        if m.date_start.is_none() {
            m.date_basis = None;
        }
        let on_earth = matches!((m.lat, m.lon), (Some(lat), Some(lon))
            if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon));
        if !on_earth && (m.lat.is_some() || m.lon.is_some()) {
            fix(Fault::OffEarth);
            m.lat = None;
            m.lon = None;
        }
        let text = &m.article_text;
        let fits = |s: &Span| {
            s.start <= s.end && s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end)
        };
        let mut bad_spans = 0;
        for spans in m.evidence.values_mut() {
            let before = spans.len();
            spans.retain(|s| fits(s));
            bad_spans += before - spans.len();
        }
        m.evidence.retain(|_, spans| !spans.is_empty());
        for q in &mut m.quotes {
            if q.span.is_some_and(|s| !fits(&s)) {
                q.span = None;
                bad_spans += 1;
            }
        }
        if bad_spans > 0 {
            fix(Fault::SpansOutside { count: bad_spans });
        }
        if m.id.trim().is_empty() {
            m.id = format!("record-{record}");
            fix(Fault::NoId { given: m.id.clone() });
        }
        if let Some(renamed) = claim_id(&mut self.ids, &m.id) {
            let base = std::mem::replace(&mut m.id, renamed);
            self.report.repaired.push(Problem { record, what: Fault::RepeatedId { id: base, given: m.id.clone() } });
        }
    }
}

/// Claims `id` among the ids `taken`: `None` when it was free, else the first
/// free "id__2", "id__3"..., claimed in its place.
pub fn claim_id(taken: &mut HashSet<String>, id: &str) -> Option<String> {
    if taken.insert(id.to_owned()) {
        return None;
    }
    let free = (2..).map(|n| format!("{id}__{n}")).find(|candidate| !taken.contains(candidate))?;
    taken.insert(free.clone());
    Some(free)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Quote;

    fn meeting(id: &str) -> Meeting {
        Meeting { id: id.into(), article_text: "نص الخبر".into(), ..Default::default() }
    }

    #[test]
    fn dates_must_be_real_days_in_a_plausible_year() {
        for good in ["2024-02-29", "1900-01-01", "2100-12-31"] {
            assert!(plausible_date(good), "{good}");
        }
        for bad in ["yesterday", "99999-01-01", "0001-01-01", "9999-12-31", "2023-02-29", "2024-13-01", "2024-1-1", ""]
        {
            assert!(!plausible_date(bad), "{bad}");
        }
    }

    #[test]
    fn a_bad_date_is_left_out_and_a_reversed_range_swapped() {
        let mut c = Checker::default();
        let mut m = meeting("a");
        m.date_start = Some("yesterday".into());
        m.date_end = Some("2024-05-02".into());
        m.date_basis = Some(crate::model::DateBasis::Stated);
        c.check(1, &mut m);
        assert_eq!((m.date_start.as_deref(), m.date_end.as_deref()), (Some("2024-05-02"), Some("2024-05-02")));
        let mut m = meeting("b");
        m.date_start = Some("2024-05-09".into());
        m.date_end = Some("2024-05-02".into());
        c.check(2, &mut m);
        assert_eq!((m.date_start.as_deref(), m.date_end.as_deref()), (Some("2024-05-02"), Some("2024-05-09")));
        let mut m = meeting("c");
        m.date_start = Some("9999-01-01".into());
        m.date_basis = Some(crate::model::DateBasis::Stated);
        c.check(3, &mut m);
        assert_eq!((m.date_start, m.date_basis), (None, None));
        assert_eq!(c.report.repaired_records(), 3);
        assert!(c.report.skipped.is_empty());
    }

    #[test]
    fn spans_past_the_text_and_coordinates_off_the_earth_are_dropped() {
        let mut c = Checker::default();
        let mut m = meeting("a");
        let len = m.article_text.len();
        m.evidence.insert("city".into(), vec![Span { start: 0, end: 2 }, Span { start: 0, end: len + 40 }]);
        m.evidence.insert("date".into(), vec![Span { start: 1, end: 2 }]); // inside a letter
        m.quotes.push(Quote { span: Some(Span { start: 5, end: 1 }), ..Default::default() });
        m.lat = Some(95.0);
        m.lon = Some(10.0);
        c.check(1, &mut m);
        assert_eq!(m.evidence.get("city"), Some(&vec![Span { start: 0, end: 2 }]));
        assert!(!m.evidence.contains_key("date"));
        assert_eq!((m.quotes[0].span, m.lat, m.lon), (None, None, None));
        assert_eq!(c.report.repaired.len(), 2, "{:?}", c.report);
    }

    #[test]
    fn repeated_and_missing_ids_become_unique() {
        let mut c = Checker::default();
        let mut ids = Vec::new();
        for (n, id) in ["x-1", "x-1", "", "x-1~2", "x-1"].into_iter().enumerate() {
            let mut m = meeting(id);
            c.check(n + 1, &mut m);
            ids.push(m.id);
        }
        assert_eq!(ids, ["x-1", "x-1__2", "record-3", "x-1~2", "x-1__3"]);
    }

    #[test]
    fn a_good_record_is_left_alone() {
        let mut c = Checker::default();
        let mut m = meeting("a");
        m.date_start = Some("2024-05-02".into());
        m.lat = Some(41.3);
        m.lon = Some(69.2);
        let before = m.clone();
        c.check(1, &mut m);
        assert_eq!(m, before);
        assert!(c.report.is_empty());
    }
}
