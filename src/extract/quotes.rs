//! Direct speech in the article body, with its speaker.
//!
//! A quotation counts when someone is said to speak it: a speech verb
//! ("قال", "وأضاف", "ليرد") before it in the paragraph, or a colon right before
//! the opening mark, or a whole quoted paragraph after "وأضاف الوزير الروسي:".
//! Quotation marks around a name or a short phrase ("معارضة مزدوجة") are not
//! speech.

use super::context::Context;
use super::draft::Draft;
use super::segment::LineKind;
use crate::kb::Entity;
use crate::model::{Participant, Quote, Span};
use crate::text::is_one_of;

/// How many words before a quotation its speaker is looked for.
const LOOKBACK: usize = 60;

/// Fewest words an inline quotation needs to count as speech.
const MIN_INLINE_WORDS: usize = 4;

enum Speaker {
    Person(usize),
    Country(usize),
    Ministry(usize),
}

/// Who speaks, reading forward from a speech verb at token `verb` up to `limit`.
fn speaker_after(ctx: &Context, verb: usize, limit: usize) -> Option<Speaker> {
    let hits_from = |from: usize| {
        let at = ctx.hits.partition_point(|h| h.first_token < from);
        ctx.hits[at..].iter().take_while(move |h| h.first_token < limit)
    };
    let first = verb + 1;
    let word = |t: usize| ctx.doc.tokens.get(t).map_or("", |t| t.folded.as_str());
    if is_one_of(word(first), &ctx.lex.quotes.spokesperson) {
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
                if let Some(next) = ctx.hits.iter().find(|n| n.first_token == h.last_token + 1)
                    && let Entity::Person(p) = next.entity
                {
                    return Some(Speaker::Person(p));
                }
                if before.iter().any(|w| is_one_of(w, &ctx.lex.quotes.role)) {
                    return Some(Speaker::Country(c));
                }
                if before.iter().any(|w| is_one_of(w, &ctx.lex.quotes.ministry)) {
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
fn speaker_before(ctx: &Context, para_first: usize, before: usize) -> Option<Speaker> {
    let word = |t: usize| ctx.doc.tokens.get(t).map_or("", |t| t.folded.as_str());
    // Speakers stand within a sentence or two of their words.
    let para_first = para_first.max(before.saturating_sub(LOOKBACK));
    for v in (para_first..before).rev() {
        if is_one_of(word(v), &ctx.lex.quotes.speech)
            && let Some(s) = speaker_after(ctx, v, before)
        {
            return Some(s);
        }
    }
    // "كما هنأ وزير الخارجية الروسي ... وأشار إلى أن": the sentence's subject.
    (para_first..before).find_map(|v| speaker_after(ctx, v.saturating_sub(1), before))
}

fn has_speech_verb(ctx: &Context, from: usize, to: usize) -> bool {
    (from.max(to.saturating_sub(LOOKBACK))..to).any(|t| is_one_of(&ctx.doc.tokens[t].folded, &ctx.lex.quotes.speech))
}

fn token_at_byte(ctx: &Context, byte: usize) -> usize {
    ctx.doc.tokens.partition_point(|t| t.start < byte)
}

fn resolve(ctx: &Context, speaker: Speaker, participants: &[Participant]) -> (String, String) {
    let kb = ctx.kb;
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
pub fn find(ctx: &Context, draft: &mut Draft) {
    let (quotes, spans) = quotations(ctx, &draft.meeting.participants);
    draft.meeting.quotes = quotes;
    if !spans.is_empty() {
        draft.evidence("quotes", spans);
    }
}

fn quotations(ctx: &Context, participants: &[Participant]) -> (Vec<Quote>, Vec<Span>) {
    let mut quotes = Vec::new();
    let mut spans = Vec::new();
    let mut previous: Option<(usize, usize, usize, usize)> = None;
    let body = ctx.paras.iter().filter(|p| p.kind == LineKind::Body).map(|p| (p.start, p.end, p.first, p.last));
    for (pstart, pend, pfirst, plast) in body {
        let inside = ctx.quoted.iter().filter(|&&(qs, _)| pstart <= qs && qs < pend);
        for &(qs, qe) in inside {
            let inner = ctx.article.text[qs..qe].trim();
            let words = inner.split_whitespace().count();
            let qtoken = token_at_byte(ctx, qs);
            let before_text = ctx.article.text[pstart..qs].trim_end_matches(['"', '“', '«']).trim_end();
            let whole_paragraph = before_text.is_empty();
            let after_colon = before_text.ends_with(':');
            let speaker = if whole_paragraph {
                // A quoted paragraph: the speaker was named just before it.
                previous.and_then(|(_, ppend, ppfirst, pplast)| {
                    let prev_text = &ctx.article.text[..ppend];
                    if prev_text.trim_end().ends_with(':') || has_speech_verb(ctx, ppfirst, pplast) {
                        speaker_before(ctx, ppfirst, pplast)
                    } else {
                        speaker_before(ctx, ppfirst, pplast).filter(|_| words >= MIN_INLINE_WORDS)
                    }
                })
            } else if words >= MIN_INLINE_WORDS && (after_colon || has_speech_verb(ctx, pfirst, qtoken)) {
                speaker_before(ctx, pfirst, qtoken)
            } else {
                None
            };
            let Some(speaker) = speaker else { continue };
            let (name, name_ar) = resolve(ctx, speaker, participants);
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
    use crate::extract::participants;
    use crate::extract::test_support::context_of;

    fn quotes_of(text: &str) -> Vec<(String, String)> {
        context_of(text, |ctx| {
            let Some(mut draft) = participants::find_all(ctx).into_iter().next() else { return vec![] };
            participants::settle(ctx, &mut draft);
            find(ctx, &mut draft);
            draft.meeting.quotes.into_iter().map(|q| (q.speaker, q.text)).collect()
        })
    }

    #[test]
    fn a_speech_verb_names_the_speaker() {
        let got =
            quotes_of("عنوان\nالتقى لافروف نظيره الصيني وانغ يي في بكين، وقال لافروف: \"علاقاتنا في أفضل حالاتها اليوم\".");
        assert_eq!(got, vec![("Sergey Lavrov".to_owned(), "علاقاتنا في أفضل حالاتها اليوم".to_owned())]);
    }

    #[test]
    fn a_quoted_phrase_is_not_speech() {
        let got = quotes_of("عنوان\nالتقى لافروف نظيره الصيني وانغ يي وبحثا ما سمياه \"معارضة مزدوجة\" في المنطقة.");
        assert!(got.is_empty(), "{got:?}");
    }
}
