//! What the DOM shows, as plain strings and flags, in the reader's language.
//! The web layer only copies these into text nodes.

use crate::filter::{BILATERAL, Facet, Lang};
use crate::i18n::strings;
use crate::model::{Kind, Labels, Meeting, Quote, Status};
use crate::search::Query;
use action::Evidence;

/// The names of what the page's elements do and the evidence they open.
pub mod action;
/// The map's outlines in their compact build-time form.
pub mod atlas;
/// The date range's fields: what a reader types, read as a date.
pub mod date_field;
/// The filtered cards as CSV and as a spreadsheet.
pub mod export;
pub use export::{to_csv, to_spreadsheet};
/// The map of meeting places.
pub mod map;
/// Who met whom: the matrix of people and their meetings together.
pub mod matrix;
/// The page around the cards: facet panel, chips, count line, dialog.
pub mod page;
/// The timeline's geometry.
pub mod timeline;

/// Text with byte ranges to highlight.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Marked {
    pub text: String,
    pub marks: Vec<(usize, usize)>,
}

impl Marked {
    pub fn new(text: &str, query: &Query) -> Marked {
        Marked { text: text.to_owned(), marks: query.highlights(text) }
    }

    /// The text cut into (piece, highlighted) runs.
    pub fn runs(&self) -> Vec<(&str, bool)> {
        let mut out = Vec::new();
        let mut at = 0;
        for &(s, e) in &self.marks {
            if s < at || e > self.text.len() || !self.text.is_char_boundary(s) || !self.text.is_char_boundary(e) {
                continue;
            }
            if s > at {
                out.push((&self.text[at..s], false));
            }
            out.push((&self.text[s..e], true));
            at = e;
        }
        if at < self.text.len() {
            out.push((&self.text[at..], false));
        }
        out
    }
}

/// A fact shown on a card, with the evidence field it opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    /// The evidence it opens; `None` when there is none.
    pub evidence: Option<action::Evidence>,
    pub label: &'static str,
    pub value: Marked,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardView {
    pub id: String,
    pub title: Marked,
    /// The start date (ISO) for `<time datetime>`, if known.
    pub date_start: Option<String>,
    /// "25 – 27 July 2024" in the reader's language, or "date unknown".
    pub date_text: String,
    pub hijri: Option<String>,
    pub date_has_evidence: bool,
    pub facts: Vec<Fact>,
    pub topics: Vec<String>,
    /// The quote and its caption ("— Wang Yi").
    pub quote: Option<(Marked, String)>,
    pub lede: Marked,
    /// The outlet that carried the article, where the data knows it.
    pub outlet: Option<String>,
    /// The original article's address: http(s) only, anything else is dropped.
    pub url: Option<String>,
    /// "Announced", "Call": what sets the card apart, in the interface's language.
    pub badges: Vec<&'static str>,
    /// Occasion key for colours: an organisation id or "bilateral".
    pub occasion_key: String,
}

fn has_evidence(m: &Meeting, field: action::Evidence) -> bool {
    m.evidence.get(field.key()).is_some_and(|v| !v.is_empty())
}

/// The quote a card shows: a participant's, the longest that still reads as
/// one thought (at most 280 characters), else any.
pub fn strongest_quote(m: &Meeting) -> Option<&Quote> {
    let by_participant = |q: &&Quote| m.participants.iter().any(|p| p.name == q.speaker);
    let fits = |q: &&Quote| q.text.chars().count() <= 280;
    m.quotes
        .iter()
        .filter(by_participant)
        .filter(fits)
        .max_by_key(|q| q.text.chars().count())
        .or_else(|| m.quotes.iter().filter(fits).max_by_key(|q| q.text.chars().count()))
        .or(m.quotes.first())
}

pub fn country_label(labels: &Labels, lang: Lang, code: &str) -> String {
    labels
        .countries
        .get(code)
        .map_or_else(|| code.to_owned(), |l| if lang == Lang::Ar { l.ar.clone() } else { l.en.clone() })
}

pub fn card(m: &Meeting, lang: Lang, labels: &Labels, query: &Query, locale: &crate::i18n::Locale) -> CardView {
    let s = strings(lang);
    let ar = lang == Lang::Ar;
    let people: Vec<&str> = m.participants.iter().map(|p| p.shown(ar)).collect();
    let city = if ar { m.city_ar.as_deref() } else { m.city.as_deref() };
    let country = m.country.as_deref().map(|c| country_label(labels, lang, c));
    let place: Vec<String> = city.map(str::to_owned).into_iter().chain(country).collect();
    let occasion = if ar { m.occasion_ar.clone() } else { m.occasion.clone() };
    let agencies = m.agencies.iter().map(|a| agency_label(labels, lang, a)).collect::<Vec<_>>().join("، ");
    let sep = if ar { "، " } else { ", " };

    let mut facts = vec![Fact {
        evidence: has_evidence(m, Evidence::Participants).then_some(Evidence::Participants),
        label: s.participants,
        value: Marked::new(&people.join(if ar { " و" } else { " and " }), query),
    }];
    if !place.is_empty() {
        facts.push(Fact {
            evidence: has_evidence(m, Evidence::Place).then_some(Evidence::Place),
            label: s.place,
            value: Marked::new(&place.join(sep), query),
        });
    }
    if let Some(o) = occasion.filter(|o| !o.is_empty()) {
        facts.push(Fact {
            evidence: has_evidence(m, Evidence::Occasion).then_some(Evidence::Occasion),
            label: s.occasion,
            value: Marked::new(&o, query),
        });
    }
    if !agencies.is_empty() {
        facts.push(Fact {
            evidence: has_evidence(m, Evidence::Agencies).then_some(Evidence::Agencies),
            label: s.agencies,
            value: Marked::new(&agencies, query),
        });
    }
    let topics = m
        .topics
        .iter()
        .map(|t| labels.topics.get(t).map_or_else(|| t.clone(), |l| if ar { l.ar.clone() } else { l.en.clone() }))
        .collect();
    let quote = strongest_quote(m).map(|q| {
        let speaker = if ar && !q.speaker_ar.is_empty() { q.speaker_ar.clone() } else { q.speaker.clone() };
        (Marked::new(&q.text, query), format!("— {speaker}"))
    });
    // A day, or a range of days: each calendar writes it once.
    let days = match (&m.date_start, &m.date_end) {
        (Some(start), Some(end)) if end != start => Some((start, Some(end))),
        (Some(start), _) => Some((start, None)),
        (None, _) => None,
    };
    let date_text = match days {
        Some((start, Some(end))) => (locale.date_range)(lang, start, end),
        Some((start, None)) => (locale.date)(lang, start),
        None => s.date_unknown.to_owned(),
    };
    CardView {
        id: m.id.clone(),
        title: Marked::new(&m.title, query),
        date_start: m.date_start.clone(),
        hijri: match days {
            Some((start, Some(end))) => (locale.hijri_range)(lang, start, end),
            Some((start, None)) => (locale.hijri)(lang, start),
            None => None,
        },
        date_text,
        date_has_evidence: has_evidence(m, Evidence::Date) || !m.date_reason.is_empty(),
        facts,
        topics,
        quote,
        lede: Marked::new(&m.lede, query),
        outlet: m.publisher.clone().filter(|p| !p.trim().is_empty()),
        url: m.url.clone().filter(|u| crate::text::is_web_address(u)),
        badges: [
            (m.kind == Kind::Call).then_some(s.call_kind),
            (m.status == Status::Announced).then_some(s.announced),
            (!m.corrected.is_empty()).then_some(s.corrected),
        ]
        .into_iter()
        .flatten()
        .collect(),
        occasion_key: m.occasion_org.clone().unwrap_or_else(|| BILATERAL.to_owned()),
    }
}

/// An agency as the reader's language writes it: "سبوتنيك" in Arabic, where the labels know it.
fn agency_label(labels: &Labels, lang: Lang, name: &str) -> String {
    match labels.agencies.get(name) {
        Some(l) if lang == Lang::Ar && !l.ar.is_empty() => l.ar.clone(),
        _ => name.to_owned(),
    }
}

/// How a facet value reads in the interface. `native_ar` is the Arabic name
/// the data itself gives the value (a city's, a person's), when it has one.
pub fn facet_value_label(facet: Facet, value: &str, lang: Lang, labels: &Labels, native_ar: Option<&str>) -> String {
    let ar = lang == Lang::Ar;
    let s = strings(lang);
    match facet {
        Facet::Country => country_label(labels, lang, value),
        Facet::City | Facet::Participant if ar => native_ar.unwrap_or(value).to_owned(),
        Facet::Occasion if value == BILATERAL => s.bilateral.to_owned(),
        Facet::Occasion => labels
            .orgs
            .get(value)
            .map_or_else(|| value.to_owned(), |l| if ar { l.ar.clone() } else { value.to_owned() }),
        Facet::Topic => {
            labels.topics.get(value).map_or_else(|| value.to_owned(), |l| if ar { l.ar.clone() } else { l.en.clone() })
        }
        Facet::Agency => agency_label(labels, lang, value),
        Facet::Status if value == "announced" => s.announced.to_owned(),
        Facet::Status => s.held.to_owned(),
        Facet::Kind if value == "call" => s.call_kind.to_owned(),
        Facet::Kind => s.meeting_kind.to_owned(),
        _ => value.to_owned(),
    }
}

/// The note a dataset with bad records opens with: a line in the reader's
/// language, and what was wrong with each record on request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadNotice {
    pub summary: String,
    /// Per record: where it stands in the dataset and what was wrong, both
    /// in the reader's language.
    pub details: Vec<(String, String)>,
}

/// Detail lines shown at most; the rest are counted.
const NOTICE_DETAILS: usize = 50;

pub fn load_notice(report: &crate::repair::Report, lang: Lang, c: &crate::i18n::Locale) -> Option<LoadNotice> {
    use crate::i18n::{fault, load_notice as line, notice_detail};
    if report.is_empty() {
        return None;
    }
    let summary = line(lang, report.skipped.len(), report.repaired_records(), c);
    let mut problems: Vec<(bool, &crate::repair::Problem)> =
        report.skipped.iter().map(|p| (true, p)).chain(report.repaired.iter().map(|p| (false, p))).collect();
    problems.sort_by_key(|(_, p)| p.record);
    let mut details: Vec<(String, String)> = problems
        .iter()
        .take(NOTICE_DETAILS)
        .map(|(skipped, p)| (notice_detail(lang, p.record, *skipped, c), fault(lang, &p.what, c)))
        .collect();
    if problems.len() > NOTICE_DETAILS {
        let more = (c.number)(lang, problems.len() - NOTICE_DETAILS);
        details.push((
            if lang == Lang::Ar { format!("و{more} غيرها.") } else { format!("and {more} more.") },
            String::new(),
        ));
    }
    Some(LoadNotice { summary, details })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Participant;

    #[test]
    fn runs_split_text_at_marks() {
        let m = Marked { text: "ابحث عن وانغ يي".into(), marks: vec![(14, 22)] };
        let runs = m.runs();
        assert_eq!(runs, vec![("ابحث عن ", false), ("وانغ", true), (" يي", false)]);
        let broken = Marked { text: "abc".into(), marks: vec![(2, 9), (0, 1)] };
        assert_eq!(broken.runs().iter().map(|r| r.0).collect::<String>(), "abc");
    }

    #[test]
    fn a_card_links_only_to_a_web_address_and_names_its_outlet() {
        let m = |url: &str| Meeting {
            id: "x".into(),
            url: Some(url.into()),
            publisher: Some("الشروق".into()),
            ..Default::default()
        };
        let card_of =
            |m: &Meeting| card(m, Lang::Ar, &Labels::default(), &Query::default(), &crate::i18n::PLAIN_LOCALE);
        assert_eq!(card_of(&m("https://example.org/a")).url.as_deref(), Some("https://example.org/a"));
        for bad in ["javascript:alert(1)", " JavaScript:x", "data:text/html,x", "//evil.example", "https://a b"] {
            assert_eq!(card_of(&m(bad)).url, None, "{bad}");
        }
        assert_eq!(card_of(&m("https://example.org/a")).outlet.as_deref(), Some("الشروق"));
    }

    #[test]
    fn the_strongest_quote_is_a_participants_longest() {
        let q = |speaker: &str, text: &str| Quote { speaker: speaker.into(), text: text.into(), ..Default::default() };
        let m = Meeting {
            participants: vec![Participant { name: "Wang Yi".into(), ..Default::default() }],
            quotes: vec![q("Ministry", "نص طويل جدا جدا جدا جدا"), q("Wang Yi", "قصير"), q("Wang Yi", "أطول قليلا")],
            ..Default::default()
        };
        assert_eq!(strongest_quote(&m).map(|q| q.text.as_str()), Some("أطول قليلا"));
    }

    #[test]
    fn a_call_says_so_on_its_card_and_in_the_kind_facet() {
        let call = Meeting {
            id: "c".into(),
            kind: Kind::Call,
            status: Status::Announced,
            participants: vec![Participant {
                name_ar: "مسؤول لا تعرفه القاعدة".into(), ..Default::default()
            }],
            ..Default::default()
        };
        let card = card(&call, Lang::Ar, &Labels::default(), &Query::parse(""), &crate::i18n::PLAIN_LOCALE);
        assert_eq!(card.date_text, strings(Lang::Ar).date_unknown);
        assert_eq!(card.badges, vec![strings(Lang::Ar).call_kind, strings(Lang::Ar).announced]);
        // A participant the knowledge base does not know is shown by the Arabic name the article gives.
        assert_eq!(card.facts[0].value.text, "مسؤول لا تعرفه القاعدة");
        assert_eq!(facet_value_label(Facet::Kind, "call", Lang::En, &Labels::default(), None), "Call");
        let held = Meeting { id: "m".into(), ..Default::default() };
        assert!(card_badges(&held).is_empty());
        assert!(to_csv([call, held]).contains("\r\nc,call,announced,"));
    }

    #[test]
    fn a_card_corrected_by_hand_says_so() {
        let mut m = Meeting { id: "m".into(), ..Default::default() };
        m.corrected.insert("date_start".into(), "\"2024-05-01\"".into());
        assert_eq!(card_badges(&m), vec!["Corrected by hand"]);
    }

    fn card_badges(m: &Meeting) -> Vec<&'static str> {
        card(m, Lang::En, &Labels::default(), &Query::parse(""), &crate::i18n::PLAIN_LOCALE).badges
    }
}

#[cfg(test)]
mod notice_tests {
    use super::*;
    use crate::i18n::PLAIN_LOCALE;
    use crate::repair::{Fault, Problem, Report};

    #[test]
    fn a_clean_load_has_no_notice_and_a_bad_one_says_why_by_record() {
        let c = PLAIN_LOCALE;
        assert_eq!(load_notice(&Report::default(), Lang::Ar, &c), None);
        let report = Report {
            skipped: vec![Problem {
                record: 7,
                what: Fault::Unreadable { field: "status".into(), value: "\"cancelled\"".into() },
            }],
            repaired: vec![
                Problem { record: 2, what: Fault::OffEarth },
                Problem { record: 2, what: Fault::WrongType { field: "lat".into() } },
                Problem { record: 9, what: Fault::SpansOutside { count: 2 } },
            ],
        };
        let notice = load_notice(&report, Lang::Ar, &c).unwrap_or_else(|| unreachable!());
        assert!(notice.summary.contains("سجل واحد") && notice.summary.contains("سجلان"), "{}", notice.summary);
        assert_eq!(notice.details.len(), 4);
        assert_eq!(notice.details[2].0, "السجل 7 استُبعد:", "{:?}", notice.details);
        assert!(notice.details[2].1.contains("cancelled") && notice.details[2].1.contains("تعذّرت"));
        assert!(notice.details[3].1.starts_with("شاهدان"), "{:?}", notice.details[3]);
    }
}
