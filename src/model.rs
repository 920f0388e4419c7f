use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The JSON document the CLI prints and the page embeds.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Dataset {
    pub schema: u32,
    pub meetings: Vec<Meeting>,
    /// Display names in both languages for the codes and ids meetings use.
    #[serde(default)]
    pub labels: Labels,
}

/// A name in English and Arabic.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Label {
    pub en: String,
    pub ar: String,
}

/// Names for country codes, organisation ids and topic ids.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Labels {
    #[serde(default)]
    pub countries: BTreeMap<String, Label>,
    #[serde(default)]
    pub orgs: BTreeMap<String, Label>,
    #[serde(default)]
    pub topics: BTreeMap<String, Label>,
    /// Agencies and outlets by the English name the records give them ("Sputnik").
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub agencies: BTreeMap<String, Label>,
}

/// The only dataset schema version this build understands.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Held,
    Announced,
}

/// How the sides met: in person, or by telephone or video.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    #[default]
    Meeting,
    Call,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum DateBasis {
    Stated,
    Inferred,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq, Hash)]
pub struct Participant {
    /// The English name; empty for someone the knowledge base does not know.
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub name_ar: String,
    /// The office held at the meeting's date, in English.
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub role_ar: String,
    #[serde(default)]
    pub country: String,
    /// How the person was identified when the text does not name them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inferred: Option<String>,
}

impl Participant {
    /// The value that tells this participant apart in facets and links: the
    /// English name, or the Arabic one for someone the knowledge base does not know.
    pub fn key(&self) -> &str {
        if self.name.is_empty() { &self.name_ar } else { &self.name }
    }

    /// How the participant reads in one language: their name in it, else in
    /// the other, else their office.
    pub fn shown(&self, arabic: bool) -> &str {
        let (first, second) = if arabic { (&self.name_ar, &self.name) } else { (&self.name, &self.name_ar) };
        let (role_first, role_second) = if arabic { (&self.role_ar, &self.role) } else { (&self.role, &self.role_ar) };
        [first, second, role_first, role_second].into_iter().find(|s| !s.is_empty()).map_or("", String::as_str)
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Quote {
    #[serde(default)]
    pub speaker: String,
    #[serde(default)]
    pub speaker_ar: String,
    pub text: String,
    /// Byte range of the quoted words in the article text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

/// A byte range `[start, end)` of the meeting's `article_text`.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Meeting {
    pub id: String,
    /// In person or by call; datasets written before calls were told apart are meetings.
    #[serde(default)]
    pub kind: Kind,
    #[serde(default)]
    pub status: Status,
    #[serde(default)]
    pub participants: Vec<Participant>,
    #[serde(default)]
    pub date_start: Option<String>,
    #[serde(default)]
    pub date_end: Option<String>,
    #[serde(default)]
    pub date_basis: Option<DateBasis>,
    #[serde(default)]
    pub date_reason: String,
    /// The clues that fixed the date, as data the page words in the reader's
    /// language; `date_reason` says the same in English, with every clue kept.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub date_clues: Vec<crate::date_clue::DateClue>,
    #[serde(default)]
    pub city: Option<String>,
    #[serde(default)]
    pub city_ar: Option<String>,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub country_ar: Option<String>,
    #[serde(default)]
    pub lat: Option<f64>,
    #[serde(default)]
    pub lon: Option<f64>,
    #[serde(default)]
    pub occasion: Option<String>,
    #[serde(default)]
    pub occasion_ar: Option<String>,
    #[serde(default)]
    pub occasion_org: Option<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub quotes: Vec<Quote>,
    #[serde(default)]
    pub agencies: Vec<String>,
    #[serde(default)]
    pub source_file: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub lede: String,
    /// Field name to the byte ranges of `article_text` that support it.
    #[serde(default)]
    pub evidence: BTreeMap<String, Vec<Span>>,
    /// The text of this meeting's own article (not the whole file).
    #[serde(default)]
    pub article_text: String,
    /// Earlier meetings, summits and encounters the article only mentions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<String>,
    /// The English names of the people the knowledge base knows whom the
    /// article names besides the participants ("Vladimir Putin" where it says
    /// "بوتين"), so an English reader's search finds the card.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people_named: Vec<String>,
    /// The original article's address, when the file gives it ("url: https://...").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The outlet named by a "المصدر:" line, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// Fields someone corrected by hand, each with what the extractor had said
    /// (its JSON text), so that a correction can be checked and undone.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub corrected: BTreeMap<String, String>,
}
