//! Who met: the people near a live meeting word, in the first paragraph
//! where two or more of them stand in the same clause, and the paragraphs
//! that go on reporting that meeting.

use jiff::civil::Date;

use super::context::Context;
use super::cues::Cue;
use super::draft::Draft;
use super::place::Place;
use super::segment::LineKind;
use crate::kb::Entity;
use crate::model::{Meeting, Participant, Span};
use crate::text::is_one_of;

/// How far (in words) a participant may stand from the meeting word.
const PARTICIPANT_WINDOW: usize = 25;

/// Someone taking part: a known person, or a counterpart known only by country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    Person(usize),
    CounterpartOf(usize),
}

/// Starts the draft: the participants, the paragraph that first reports the
/// meeting and every paragraph that goes on reporting it. `None` when no
/// meeting word has two people beside it.
pub fn find<'k>(ctx: &Context<'k>) -> Option<Draft<'k>> {
    let (primary, who, spans) = first_meeting(ctx)?;
    let named: Vec<usize> = who.iter().filter_map(|w| if let Who::Person(p) = w { Some(*p) } else { None }).collect();
    // Paragraphs that report this meeting: a live meeting word with one of its
    // participants nearby, or one that refers back to it ("المحادثات").
    let mut reporting: Vec<usize> = ctx
        .cues
        .iter()
        .filter(|c| !c.recalled && (c.definite || has_participant_near(ctx, c.token, c.para, &named)))
        .map(|c| c.para)
        .collect();
    reporting.insert(0, primary);
    let mut seen = vec![false; ctx.paras.len()];
    reporting.retain(|&p| !std::mem::replace(&mut seen[p], true));
    let mut draft = Draft {
        who,
        primary,
        reporting,
        place: Place::default(),
        occasion: None,
        date: None,
        event: None,
        meeting: Meeting::default(),
    };
    draft.evidence("participants", spans);
    Some(draft)
}

/// Who stands near a meeting word: named people, and counterparts named by
/// country ("نظيره التركي"), in order, with their spans and first tokens.
pub fn people_near(ctx: &Context, token: usize, para: usize) -> Vec<(Who, Span, usize)> {
    let p = ctx.paras[para];
    let words = &ctx.lex.cues;
    // The window stops at "أن"/"إن": what follows is what was said, not who met.
    let mut from = token.saturating_sub(PARTICIPANT_WINDOW).max(p.first);
    if let Some(b) = (from..token).rev().find(|&t| is_one_of(ctx.token_text(t), &words.clause_break)) {
        from = b + 1;
    }
    let mut to = (token + PARTICIPANT_WINDOW + 1).min(p.last);
    if let Some(b) = (token + 1..to).find(|&t| is_one_of(ctx.token_text(t), &words.clause_break)) {
        to = b;
    }
    let mut out = Vec::new();
    for h in ctx.hits_in(from, to) {
        if let Entity::Person(i) = h.entity {
            out.push((Who::Person(i), Span { start: h.start, end: h.end }, h.first_token));
        }
    }
    for t in from..to {
        if is_one_of(ctx.token_text(t), &words.counterpart)
            && let Some(h) = ctx.hits_in(t + 1, t + 3).find(|h| {
                h.first_token > t && h.first_token <= t + 2 && matches!(h.entity, Entity::CountryAdjective(_))
            })
            && let Entity::CountryAdjective(c) = h.entity
        {
            out.push((Who::CounterpartOf(c), ctx.span_of(t, h.last_token), t));
        }
    }
    out.sort_by_key(|(_, _, t)| *t);
    out
}

fn has_participant_near(ctx: &Context, token: usize, para: usize, named: &[usize]) -> bool {
    people_near(ctx, token, para).iter().any(|(w, _, _)| matches!(w, Who::Person(p) if named.contains(p)))
}

/// The first paragraph where a live meeting word has two or more people near
/// it: that paragraph, the people in order of mention, and their spans.
fn first_meeting(ctx: &Context) -> Option<(usize, Vec<Who>, Vec<Span>)> {
    // Body paragraphs first, in order; the headline only as a last resort.
    let mut ordered: Vec<&Cue> = ctx.cues.iter().filter(|c| ctx.paras[c.para].kind == LineKind::Body).collect();
    ordered.extend(ctx.cues.iter().filter(|c| ctx.paras[c.para].kind == LineKind::Headline));
    for cue in ordered {
        if cue.recalled {
            continue;
        }
        let mut who: Vec<Who> = Vec::new();
        let mut spans = Vec::new();
        for (w, span, _) in people_near(ctx, cue.token, cue.para) {
            if !who.contains(&w) {
                who.push(w);
            }
            spans.push(span);
        }
        // A counterpart named by country is only needed when nobody of that
        // country is named.
        let named_countries: Vec<&str> = who
            .iter()
            .filter_map(|w| if let Who::Person(p) = w { Some(ctx.kb.people[*p].country.as_str()) } else { None })
            .collect();
        who.retain(|w| match w {
            Who::CounterpartOf(c) => !named_countries.contains(&ctx.kb.countries[*c].code.as_str()),
            Who::Person(_) => true,
        });
        if who.len() >= 2 {
            return Some((cue.para, who, spans));
        }
    }
    None
}

/// Fills in the participants with the offices they held on the meeting's
/// date (or `today` when it has none). `false` when fewer than two remain.
pub fn settle(ctx: &Context, draft: &mut Draft) -> bool {
    let on = draft.date.as_ref().map_or(ctx.today, |r| r.start);
    let mut list: Vec<Participant> = draft.who.iter().filter_map(|w| participant(ctx, *w, on)).collect();
    let mut seen: Vec<String> = Vec::new();
    list.retain(|p| {
        !seen.contains(&p.name) && {
            seen.push(p.name.clone());
            true
        }
    });
    draft.meeting.participants = list;
    draft.meeting.participants.len() >= 2
}

fn participant(ctx: &Context, who: Who, on: Date) -> Option<Participant> {
    let kb = ctx.kb;
    let person = match who {
        Who::Person(p) => &kb.people[p],
        Who::CounterpartOf(c) => {
            let code = &kb.countries[c].code;
            kb.people
                .iter()
                .find(|p| p.country == *code && p.offices_during(on, on).any(|o| o.role == "foreign_minister"))?
        }
    };
    let office = person.offices_during(on, on).next().or(person.office.last());
    Some(Participant {
        name: person.name.clone(),
        name_ar: person.name_ar.clone(),
        role: office.map(|o| o.title.clone()).unwrap_or_default(),
        role_ar: office.map(|o| o.title_ar.clone()).unwrap_or_default(),
        country: person.country.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::context_of;

    fn names(text: &str) -> Option<Vec<String>> {
        context_of(text, |ctx| {
            let mut draft = find(ctx)?;
            settle(ctx, &mut draft).then(|| draft.meeting.participants.iter().map(|p| p.name.clone()).collect())
        })
    }

    #[test]
    fn two_people_beside_a_meeting_word() {
        let got = names("عنوان\nالتقى وزير الخارجية الروسي سيرغي لافروف نظيره الصيني وانغ يي في بكين اليوم.");
        assert_eq!(got, Some(vec!["Sergey Lavrov".to_owned(), "Wang Yi".to_owned()]));
    }

    #[test]
    fn a_counterpart_named_by_country_is_the_minister_of_the_day() {
        let got = names("عنوان\nبحث لافروف مع نظيره التركي في أنقرة العلاقات الثنائية بين البلدين.");
        assert_eq!(got, Some(vec!["Sergey Lavrov".to_owned(), "Hakan Fidan".to_owned()]));
    }

    #[test]
    fn what_follows_an_that_is_speech_not_a_participant() {
        // "أن" closes the window: Wang Yi is in what Lavrov said, not beside the verb.
        let got = names("عنوان\nالتقى لافروف أمس وقال إن وانغ يي سيزور موسكو.");
        assert_eq!(got, None);
    }

    #[test]
    fn one_person_is_no_meeting() {
        assert_eq!(names("عنوان\nالتقى لافروف بالصحفيين في موسكو."), None);
    }

    #[test]
    fn later_paragraphs_that_refer_back_report_the_same_meeting() {
        context_of(
            "عنوان\nالتقى لافروف نظيره الصيني وانغ يي في بكين.\nوتناولت المحادثات الأزمة الأوكرانية.\nوفي شأن آخر قال الوزير إن بلاده مستعدة.",
            |ctx| {
                let draft = find(ctx).unwrap_or_else(|| unreachable!());
                assert_eq!(draft.reporting, vec![1, 2]);
            },
        );
    }
}
