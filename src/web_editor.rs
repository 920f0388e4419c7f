//! The editor's wasm module: the extractor and the knowledge base, loaded
//! only when someone opens "add an article". Its page script (www/editor.js)
//! sends text and corrections in and gets JSON back; everything it shows
//! becomes text nodes there.

use std::cell::OnceCell;

use wasm_bindgen::prelude::*;

use crate::extract::{extract_file, labels_for, no_meeting};
use crate::filter::Lang;
use crate::kb::Kb;
use crate::model::Meeting;

thread_local! {
    static KB: OnceCell<Result<Kb, String>> = const { OnceCell::new() };
}

fn with_kb<T>(f: impl FnOnce(&Kb) -> Result<T, JsError>) -> Result<T, JsError> {
    KB.with(|cell| match cell.get_or_init(|| Kb::embedded().map_err(|e| e.to_string())) {
        Ok(kb) => f(kb),
        Err(e) => Err(JsError::new(&format!("knowledge base: {e}"))),
    })
}

fn json<T: serde::Serialize>(value: &T) -> Result<String, JsError> {
    serde_json::to_string(value).map_err(|e| JsError::new(&e.to_string()))
}

fn lang(code: &str) -> Lang {
    if code == "en" { Lang::En } else { Lang::Ar }
}

/// The editor's interface words, as JSON.
#[wasm_bindgen]
pub fn editor_strings(lang_code: &str) -> Result<String, JsError> {
    json(crate::i18n::editor::strings(lang(lang_code)))
}

#[derive(serde::Serialize)]
struct Extracted {
    meetings: Vec<Meeting>,
    labels: crate::model::Labels,
    /// Why there is no meeting, in the interface's language; absent when there are some.
    no_meeting: Option<&'static str>,
}

/// The meetings of a pasted article. `published` is "" or YYYY-MM-DD;
/// `name` is the file name the meetings' ids come from.
#[wasm_bindgen]
pub fn extract_pasted(text: &str, published: &str, name: &str, lang_code: &str) -> Result<String, JsError> {
    let published = match published.trim() {
        "" => None,
        day => Some(
            day.parse::<jiff::civil::Date>()
                .map_err(|_| JsError::new(&format!("publication date {day:?}: use YYYY-MM-DD")))?,
        ),
    };
    with_kb(|kb| {
        let meetings = extract_file(name, text, kb, published);
        let no_meeting = meetings
            .is_empty()
            .then(|| crate::i18n::editor::strings(lang(lang_code)).reason.of(no_meeting::why(text, kb, published)));
        json(&Extracted { labels: labels_for(&meetings, kb), meetings, no_meeting })
    })
}

/// One field of a meeting set by hand (see `corrections::correct`); both the
/// meeting and the value as JSON, the corrected meeting back as JSON.
#[wasm_bindgen]
pub fn correct(meeting_json: &str, field: &str, value_json: &str) -> Result<String, JsError> {
    let bad = |e: serde_json::Error| JsError::new(&e.to_string());
    let meeting: Meeting = serde_json::from_str(meeting_json).map_err(bad)?;
    let value: serde_json::Value = serde_json::from_str(value_json).map_err(bad)?;
    let fixed = crate::corrections::correct(&meeting, field, &value).map_err(|e| JsError::new(&e.to_string()))?;
    json(&fixed)
}

#[derive(serde::Serialize)]
struct Known<'a> {
    name: &'a str,
    name_ar: &'a str,
    role: &'a str,
    role_ar: &'a str,
    country: &'a str,
}

/// Everyone the knowledge base knows, with their latest office: the
/// participant picker's list.
#[wasm_bindgen]
pub fn known_people() -> Result<String, JsError> {
    with_kb(|kb| {
        let people: Vec<Known> = kb
            .people
            .iter()
            .map(|p| {
                let office = p.office.iter().max_by_key(|o| o.from);
                Known {
                    name: &p.name,
                    name_ar: &p.name_ar,
                    role: office.map_or("", |o| o.title.as_str()),
                    role_ar: office.map_or("", |o| o.title_ar.as_str()),
                    country: &p.country,
                }
            })
            .collect();
        json(&people)
    })
}

/// Names in both languages for the codes the meetings use (after a correction
/// brings a new country), for the reader's facets.
#[wasm_bindgen]
pub fn labels(meetings_json: &str) -> Result<String, JsError> {
    let meetings: Vec<Meeting> = serde_json::from_str(meetings_json).map_err(|e| JsError::new(&e.to_string()))?;
    with_kb(|kb| json(&labels_for(&meetings, kb)))
}

/// The fields a person may correct, each with the evidence key that supports it.
#[wasm_bindgen]
pub fn editable_fields() -> Result<String, JsError> {
    json(&crate::corrections::EDITABLE)
}
