//! Direct speech in the article body, with its speaker.
//!
//! A quotation counts when someone is said to speak it: a speech verb
//! ("قال", "وأضاف", "ليرد") before it in the paragraph, or a colon right before
//! the opening mark, or a whole quoted paragraph after "وأضاف الوزير الروسي:".
//! Quotation marks around a name or a short phrase ("معارضة مزدوجة") are not
//! speech.

use crate::kb::{Entity, Hit, Kb};
use crate::model::{Participant, Quote, Span};
use crate::text::{Token, fold_words, is_one_of};

pub struct Input<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub hits: &'a [Hit],
    pub kb: &'a Kb,
    /// Body paragraphs: byte start, byte end, first token, last token (exclusive).
    pub paragraphs: Vec<(usize, usize, usize, usize)>,
}

const SPEECH_VERBS: &[&str] = &[
    "قال",
    "قالت",
    "يقول",
    "تقول",
    "أضاف",
    "أضافت",
    "يضيف",
    "أكد",
    "أكدت",
    "صرح",
    "صرحت",
    "أشار",
    "أشارت",
    "تابع",
    "تابعت",
    "رد",
    "يرد",
    "ترد",
    "أوضح",
    "أوضحت",
    "شدد",
    "شددت",
    "ذكر",
    "ذكرت",
    "كتب",
    "كتبت",
    "مضيفا",
    "مشيرا",
    "مؤكدا",
    "معتبرا",
    "قائلا",
];
const SPOKESPERSON_WORDS: &[&str] = &["المتحدث", "المتحدثة", "الناطق", "الناطقة"];
const MINISTRY_WORDS: &[&str] = &["وزارة", "الخارجية"];
const ROLE_WORDS: &[&str] = &["وزير", "الوزير", "الدبلوماسي", "رئيس", "الرئيس", "الزعيم", "نظيره"];

/// How many words before a quotation its speaker is looked for.
const LOOKBACK: usize = 60;

/// Fewest words an inline quotation needs to count as speech.
const MIN_INLINE_WORDS: usize = 4;

/// The word lists, folded once.
struct Lists {
    speech: Vec<String>,
    spokesperson: Vec<String>,
    ministry: Vec<String>,
    role: Vec<String>,
}

fn lists() -> &'static Lists {
    static LISTS: std::sync::OnceLock<Lists> = std::sync::OnceLock::new();
    LISTS.get_or_init(|| Lists {
        speech: fold_words(SPEECH_VERBS),
        spokesperson: fold_words(SPOKESPERSON_WORDS),
        ministry: fold_words(MINISTRY_WORDS),
        role: fold_words(ROLE_WORDS),
    })
}

/// Quotation-mark pairs in `text[start..end]`: byte ranges of the inside.
fn quoted_ranges(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in text[start..end].char_indices() {
        let at = start + i;
        match (open, c) {
            (None, '"' | '“' | '«') => open = Some((at + c.len_utf8(), c)),
            (Some((from, '"')), '"') | (Some((from, '“')), '”' | '"') | (Some((from, '«')), '»') => {
                out.push((from, at));
                open = None;
            }
            _ => {}
        }
    }
    out
}

enum Speaker {
    Person(usize),
    Country(usize),
    Ministry(usize),
}

/// Who speaks, reading forward from a speech verb at token `verb` up to `limit`.
fn speaker_after(input: &Input, verb: usize, limit: usize) -> Option<Speaker> {
    let hits_from = |from: usize| {
        let at = input.hits.partition_point(|h| h.first_token < from);
        input.hits[at..].iter().take_while(move |h| h.first_token < limit)
    };
    let first = verb + 1;
    let word = |t: usize| input.tokens.get(t).map_or("", |t| t.folded.as_str());
    if is_one_of(word(first), &lists().spokesperson) {
        return hits_from(first)
            .find_map(|h| if let Entity::Person(p) = h.entity { Some(Speaker::Person(p)) } else { None });
    }
    for h in hits_from(first).take(4) {
        if h.first_token > first + 5 {
            break;
        }
        match h.entity {
            Entity::Person(p) => return Some(Speaker::Person(p)),
            Entity::CountryAdjective(c) => {
                let before: Vec<&str> = (first..h.first_token).map(word).collect();
                // "وزير الخارجية الصيني وانج يي": the name right after wins.
                if let Some(next) = input.hits.iter().find(|n| n.first_token == h.last_token + 1)
                    && let Entity::Person(p) = next.entity
                {
                    return Some(Speaker::Person(p));
                }
                if before.iter().any(|w| is_one_of(w, &lists().role)) {
                    return Some(Speaker::Country(c));
                }
                if before.iter().any(|w| is_one_of(w, &lists().ministry)) {
                    return Some(Speaker::Ministry(c));
                }
            }
            _ => {}
        }
    }
    None
}

/// Speaker of a quote whose paragraph starts at token `para_first`: the
/// nearest speech verb before `before` with a speaker after it, or the
/// nearest speaker phrase.
fn speaker_before(input: &Input, para_first: usize, before: usize) -> Option<Speaker> {
    let word = |t: usize| input.tokens.get(t).map_or("", |t| t.folded.as_str());
    // Speakers stand within a sentence or two of their words.
    let para_first = para_first.max(before.saturating_sub(LOOKBACK));
    for v in (para_first..before).rev() {
        if is_one_of(word(v), &lists().speech)
            && let Some(s) = speaker_after(input, v, before)
        {
            return Some(s);
        }
    }
    // "كما هنأ وزير الخارجية الروسي ... وأشار إلى أن": the sentence's subject.
    (para_first..before).find_map(|v| speaker_after(input, v.saturating_sub(1), before))
}

fn has_speech_verb(input: &Input, from: usize, to: usize) -> bool {
    (from.max(to.saturating_sub(LOOKBACK))..to).any(|t| is_one_of(&input.tokens[t].folded, &lists().speech))
}

fn token_at_byte(input: &Input, byte: usize) -> usize {
    input.tokens.partition_point(|t| t.start < byte)
}

fn resolve(input: &Input, speaker: Speaker, participants: &[Participant]) -> (String, String) {
    let kb = input.kb;
    match speaker {
        Speaker::Person(p) => (kb.people[p].name.clone(), kb.people[p].name_ar.clone()),
        Speaker::Country(c) => {
            let code = &kb.countries[c].code;
            match participants.iter().find(|p| &p.country == code) {
                Some(p) => (p.name.clone(), p.name_ar.clone()),
                None => (format!("an official of {}", kb.countries[c].name), String::new()),
            }
        }
        Speaker::Ministry(c) => {
            let country = &kb.countries[c];
            let adjective = country.adjectives_ar.iter().find(|a| a.ends_with('ة')).cloned().unwrap_or_default();
            (
                format!("Ministry of Foreign Affairs of {}", country.name),
                format!("وزارة الخارجية {adjective}").trim().to_owned(),
            )
        }
    }
}

/// The quotations in the body with their speakers, and their spans.
pub fn find(input: &Input, participants: &[Participant]) -> (Vec<Quote>, Vec<Span>) {
    let mut quotes = Vec::new();
    let mut spans = Vec::new();
    let mut previous: Option<(usize, usize, usize, usize)> = None;
    for &(pstart, pend, pfirst, plast) in &input.paragraphs {
        for (qs, qe) in quoted_ranges(input.text, pstart, pend) {
            let inner = input.text[qs..qe].trim();
            let words = inner.split_whitespace().count();
            let qtoken = token_at_byte(input, qs);
            let before_text = input.text[pstart..qs].trim_end_matches(['"', '“', '«']).trim_end();
            let whole_paragraph = before_text.is_empty();
            let after_colon = before_text.ends_with(':');
            let speaker = if whole_paragraph {
                // A quoted paragraph: the speaker was named just before it.
                previous.and_then(|(_, ppend, ppfirst, pplast)| {
                    let prev_text = &input.text[..ppend];
                    if prev_text.trim_end().ends_with(':') || has_speech_verb(input, ppfirst, pplast) {
                        speaker_before(input, ppfirst, pplast)
                    } else {
                        speaker_before(input, ppfirst, pplast).filter(|_| words >= MIN_INLINE_WORDS)
                    }
                })
            } else if words >= MIN_INLINE_WORDS && (after_colon || has_speech_verb(input, pfirst, qtoken)) {
                speaker_before(input, pfirst, qtoken)
            } else {
                None
            };
            let Some(speaker) = speaker else { continue };
            let (name, name_ar) = resolve(input, speaker, participants);
            let span = Span { start: qs, end: qe };
            quotes.push(Quote { speaker: name, speaker_ar: name_ar, text: inner.to_owned(), span: Some(span) });
            spans.push(span);
        }
        previous = Some((pstart, pend, pfirst, plast));
    }
    (quotes, spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_the_marks_news_sites_use() {
        let text = "قال \"نحن هنا\" ثم “هناك” و«هنالك» و\"غير مغلق";
        let got: Vec<&str> = quoted_ranges(text, 0, text.len()).iter().map(|&(a, b)| &text[a..b]).collect();
        assert_eq!(got, vec!["نحن هنا", "هناك", "هنالك"]);
    }
}
