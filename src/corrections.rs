//! Facts corrected by hand, kept apart from the extraction so that a fix
//! survives the next one. The page's editor makes them and exports them as a
//! corrections file; `meetings extract --corrections FILE` applies them to the
//! same articles again. Each correction names its meeting by id (the file's
//! name, the article's and the meeting's place in it) and one field.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::model::Meeting;

/// The fields a person may correct, each with the evidence key whose spans
/// supported the extractor's value (dropped with it: they prove the old value).
pub const EDITABLE: &[(&str, Option<&str>)] = &[
    ("participants", Some("participants")),
    ("kind", None),
    ("status", Some("status")),
    ("date_start", Some("date")),
    ("date_end", Some("date")),
    ("city", Some("place")),
    ("city_ar", Some("place")),
    ("country", Some("place")),
    ("country_ar", Some("place")),
    ("occasion", Some("occasion")),
    ("occasion_ar", Some("occasion")),
    ("topics", Some("topics")),
    ("quotes", None),
];

/// The pseudo-field of a correction that takes a card out (value `true`).
pub const DISCARD: &str = "discard";
/// The pseudo-field of a correction that makes a new card as a copy of
/// another (value: that card's id), for a meeting split in two by hand. The
/// copy's own corrections follow under its new id.
pub const SPLIT_FROM: &str = "split_from";

/// The file the editor exports and the build reads.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct CorrectionsFile {
    pub schema: u32,
    #[serde(default)]
    pub corrections: Vec<Correction>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Correction {
    /// The meeting's id, as the extractor gives it.
    pub id: String,
    /// The article file the meeting comes from, to say which one when it is gone.
    #[serde(default)]
    pub source_file: String,
    pub field: String,
    /// The corrected value, in the dataset's JSON for that field.
    pub value: Value,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CorrectionError {
    #[error("{field:?} is not a field that can be corrected (these can: {})", editable_list())]
    NotEditable { field: String },
    #[error("the value given for {field:?} does not fit that field: {reason}")]
    BadValue { field: String, reason: String },
}

fn editable_list() -> String {
    EDITABLE.iter().map(|(f, _)| *f).collect::<Vec<_>>().join(", ")
}

/// Sets one field of a meeting by hand. The meeting keeps what the extractor
/// had said (its first value, however often the field is corrected) and loses
/// the evidence and date reasoning that supported it.
pub fn correct(meeting: &Meeting, field: &str, value: &Value) -> Result<Meeting, CorrectionError> {
    let Some(&(_, evidence_key)) = EDITABLE.iter().find(|(f, _)| *f == field) else {
        return Err(CorrectionError::NotEditable { field: field.to_owned() });
    };
    let bad = |e: serde_json::Error| CorrectionError::BadValue { field: field.to_owned(), reason: e.to_string() };
    let mut record = serde_json::to_value(meeting).map_err(bad)?;
    let Some(object) = record.as_object_mut() else {
        return Err(CorrectionError::BadValue { field: field.to_owned(), reason: "not a record".into() });
    };
    let old = object.insert(field.to_owned(), value.clone()).unwrap_or(Value::Null);
    if old == *value {
        return Ok(meeting.clone());
    }
    // A one-day meeting moved to another day ends on that day too.
    let one_day = field == "date_start" && object.get("date_end") == Some(&old) && !old.is_null();
    let old_end = if one_day { object.insert("date_end".into(), value.clone()) } else { None };
    let mut corrected: Meeting = serde_json::from_value(record).map_err(bad)?;
    if !corrected.corrected.contains_key(field) {
        corrected.corrected.insert(field.to_owned(), old.to_string());
    }
    if let Some(end) = old_end.filter(|_| !corrected.corrected.contains_key("date_end")) {
        corrected.corrected.insert("date_end".into(), end.to_string());
    }
    if let Some(key) = evidence_key {
        corrected.evidence.remove(key);
    }
    if field.starts_with("date_") {
        corrected.date_reason.clear();
        corrected.date_basis = None;
    }
    Ok(corrected)
}

/// What applying a corrections file left undone, one line each.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Applied {
    pub applied: usize,
    pub stale: Vec<String>,
}

/// Why a correction found nothing to correct.
const GONE: &str = "no such meeting any more (the article is gone or now gives fewer meetings)";

/// Applies every correction whose meeting and field still exist; the others
/// are reported (the article was removed or now reads differently, or the
/// field is unknown), never silently dropped.
pub fn apply(meetings: &mut Vec<Meeting>, file: &CorrectionsFile) -> Applied {
    let mut out = Applied::default();
    // Copies first, from the meetings as extracted, so that each copy's own corrections find it.
    for c in file.corrections.iter().filter(|c| c.field == SPLIT_FROM) {
        let from = c.value.as_str().unwrap_or_default();
        match meetings.iter().position(|m| m.id == from) {
            _ if meetings.iter().any(|m| m.id == c.id) => {
                out.stale.push(format!("split of {from:?} into {:?}: that id is taken", c.id))
            }
            Some(at) => {
                let mut copy = meetings[at].clone();
                copy.id = c.id.clone();
                copy.corrected.insert(SPLIT_FROM.into(), c.value.to_string());
                meetings.insert(at + 1, copy);
                out.applied += 1;
            }
            None => out.stale.push(format!("split of {from:?} into {:?}: {GONE}", c.id)),
        }
    }
    for c in file.corrections.iter().filter(|c| c.field != SPLIT_FROM) {
        let Some(at) = meetings.iter().position(|m| m.id == c.id) else {
            let from = if c.source_file.is_empty() { String::new() } else { format!(" of {}", c.source_file) };
            out.stale.push(format!("correction of {:?} for meeting {:?}{from}: {GONE}", c.field, c.id));
            continue;
        };
        if c.field == DISCARD && c.value == Value::Bool(true) {
            meetings.remove(at);
            out.applied += 1;
            continue;
        }
        match correct(&meetings[at], &c.field, &c.value) {
            Ok(fixed) => {
                meetings[at] = fixed;
                out.applied += 1;
            }
            Err(e) => out.stale.push(format!("correction for meeting {:?}: {e}", c.id)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Participant, Span};

    fn extracted() -> Meeting {
        let mut m = Meeting {
            id: "visit-1".into(),
            date_start: Some("2024-03-02".into()),
            date_end: Some("2024-03-02".into()),
            date_reason: "the article's day".into(),
            participants: vec![Participant { name_ar: "وزير".into(), ..Default::default() }],
            ..Default::default()
        };
        m.evidence.insert("date".into(), vec![Span { start: 0, end: 4 }]);
        m
    }

    #[test]
    fn a_corrected_date_keeps_the_extractors_and_drops_its_evidence() {
        let fixed = correct(&extracted(), "date_start", &Value::from("2024-03-01")).unwrap();
        assert_eq!(fixed.date_start.as_deref(), Some("2024-03-01"));
        assert_eq!(fixed.date_end.as_deref(), Some("2024-03-01"), "a one-day meeting moves whole");
        assert_eq!(fixed.corrected.get("date_end").map(String::as_str), Some("\"2024-03-02\""));
        assert_eq!(fixed.corrected.get("date_start").map(String::as_str), Some("\"2024-03-02\""));
        assert!(!fixed.evidence.contains_key("date") && fixed.date_reason.is_empty());
        // Corrected twice: what the extractor said is still the first value.
        let again = correct(&fixed, "date_start", &Value::from("2024-02-29")).unwrap();
        assert_eq!(again.corrected.get("date_start").map(String::as_str), Some("\"2024-03-02\""));
    }

    #[test]
    fn a_value_equal_to_the_extractors_is_no_correction() {
        let same = correct(&extracted(), "date_start", &Value::from("2024-03-02")).unwrap();
        assert!(same.corrected.is_empty() && same.evidence.contains_key("date"));
    }

    #[test]
    fn unknown_fields_and_values_that_do_not_fit_are_refused() {
        assert!(matches!(correct(&extracted(), "id", &Value::from("x")), Err(CorrectionError::NotEditable { .. })));
        assert!(matches!(
            correct(&extracted(), "participants", &Value::from("one person")),
            Err(CorrectionError::BadValue { .. })
        ));
        assert!(matches!(correct(&extracted(), "kind", &Value::from("lunch")), Err(CorrectionError::BadValue { .. })));
    }

    #[test]
    fn a_meeting_split_by_hand_is_split_again_with_each_half_corrected() {
        let file: CorrectionsFile = serde_json::from_str(
            r#"{"schema": 1, "corrections": [
                {"id": "visit-1-b", "field": "participants", "value": [{"name_ar": "سفير"}]},
                {"id": "visit-1-b", "source_file": "visit.txt", "field": "split_from", "value": "visit-1"},
                {"id": "visit-9-b", "source_file": "visit.txt", "field": "split_from", "value": "visit-9"}
            ]}"#,
        )
        .unwrap();
        let mut meetings = vec![extracted()];
        let applied = apply(&mut meetings, &file);
        assert_eq!(applied.applied, 2);
        assert_eq!(meetings.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(), ["visit-1", "visit-1-b"]);
        assert_eq!(meetings[0].participants[0].name_ar, "وزير", "the original keeps its own");
        assert_eq!(meetings[1].participants[0].name_ar, "سفير");
        assert!(meetings[1].corrected.contains_key("split_from"));
        assert_eq!(applied.stale.len(), 1);
        assert!(applied.stale[0].contains("\"visit-9\""));
        // Applied again to the same extraction, the split does not happen twice.
        assert!(apply(&mut meetings, &file).stale.iter().any(|s| s.contains("that id is taken")));
    }

    #[test]
    fn a_file_applies_what_still_exists_and_reports_the_rest() {
        let file: CorrectionsFile = serde_json::from_str(
            r#"{"schema": 1, "corrections": [
                {"id": "visit-1", "source_file": "visit.txt", "field": "city_ar", "value": "جدة"},
                {"id": "visit-2", "source_file": "visit.txt", "field": "city_ar", "value": "جدة"},
                {"id": "visit-1", "field": "lede", "value": "x"},
                {"id": "visit-3", "field": "discard", "value": true}
            ]}"#,
        )
        .unwrap();
        let mut meetings = vec![extracted(), Meeting { id: "visit-3".into(), ..Default::default() }];
        let applied = apply(&mut meetings, &file);
        assert_eq!(applied.applied, 2);
        assert_eq!(meetings.len(), 1, "visit-3 discarded");
        assert_eq!(meetings[0].city_ar.as_deref(), Some("جدة"));
        assert_eq!(applied.stale.len(), 2);
        assert!(applied.stale[0].contains("visit-2") && applied.stale[0].contains("visit.txt"));
        assert!(applied.stale[1].contains("\"lede\""));
    }
}
