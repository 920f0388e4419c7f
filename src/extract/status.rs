//! Held or announced: future wording ("سيلتقي", "من المقرر", "غدا") in the
//! sentence that first reports the meeting, before its meeting word or just
//! after it, makes it announced.

use super::context::Context;
use super::draft::Draft;
use super::segment::LineKind;
use crate::model::Status;
use crate::text::{is_one_of, stems};

/// How many words after the meeting word may still say it is to come ("يلتقي ... غدا").
const FUTURE_LOOKAHEAD: usize = 4;
/// How far after the meeting word, in its clause, a time to come may stand ("... الأسبوع المقبل").
const TIME_LOOKAHEAD: usize = 14;

pub fn find(ctx: &Context, draft: &mut Draft) {
    let Some(&cue) = draft.cues.first() else { return };
    let future_at = announced_at(ctx, cue);
    draft.meeting.status = if future_at.is_some() { Status::Announced } else { Status::Held };
    if let Some(i) = future_at {
        draft.evidence("status", vec![ctx.span_of(i, i)]);
    }
}

/// The word that puts the meeting word at `cue` in the future, if one does:
/// future wording in its sentence before it or just after it, "على عقد" before
/// a meeting noun, or the verb itself in the imperfect in the body of the
/// article ("يلتقي الرئيس الأمريكي خلالها"; a headline's imperfect is only style).
pub fn announced_at(ctx: &Context, cue: usize) -> Option<usize> {
    in_own_words(ctx, cue).or_else(|| during_announced_visit(ctx, cue))
}

/// "ويجري ... خلال الزيارة مباحثات": a meeting during the visit the article
/// announced before ("يبدأ ... بعد غد زيارة") is to come as well.
fn during_announced_visit(ctx: &Context, cue: usize) -> Option<usize> {
    let words = &ctx.lex.cues;
    let (s0, s1) = ctx.sentence_of(cue);
    if !(s0..s1).any(|i| is_one_of(ctx.token_text(i), &words.visit_reference)) {
        return None;
    }
    let visit = ctx.last_word_outside_names(0, s0, &words.visit)?;
    let (v0, v1) = ctx.sentence_of(visit);
    (v0..v1).find(|&i| is_future(ctx, i))
}

fn is_future(ctx: &Context, i: usize) -> bool {
    let words = &ctx.lex.cues;
    let word = ctx.token_text(i);
    let pair = |phrase: &String| {
        phrase.split_once(' ').is_some_and(|(first, second)| {
            i + 1 < ctx.doc.tokens.len() && stems(word).contains(&first) && ctx.token_text(i + 1) == second
        })
    };
    is_one_of(word, &words.future) || words.future_pairs.iter().any(pair)
}

fn in_own_words(ctx: &Context, cue: usize) -> Option<usize> {
    let (s0, s1) = ctx.sentence_of(cue);
    let to = (cue + 1 + FUTURE_LOOKAHEAD).min(s1);
    let words = &ctx.lex.cues;
    // "عقد ... لقاء مع الرئيس المصري ... الأسبوع المقبل": a time to come further
    // on in the meeting word's clause.
    let clause_end = (cue + 1..(cue + 1 + TIME_LOOKAHEAD).min(s1)).find(|&i| ctx.boundary(i - 1, i)).unwrap_or(s1);
    // "يعقد لقاء مع الملك ... ملك بريطانيا غدا الخميس": tomorrow, the same.
    let time_to_come = (to..clause_end.min(cue + 1 + TIME_LOOKAHEAD)).find(|&i| {
        (i > 0 && is_one_of(ctx.token_text(i - 1), &words.time_nouns) && is_one_of(ctx.token_text(i), &words.future))
            || is_one_of(ctx.token_text(i), &ctx.lex.dates.words.tomorrow)
    });
    let future = (s0..to).find(|&i| is_future(ctx, i)).or(time_to_come);
    // "اتفقا على عقد لقاء": the holding of a meeting still to come.
    let to_hold = (cue >= 2
        && is_one_of(ctx.token_text(cue - 1), &words.to_hold)
        && ["علي", "الي"].iter().any(|p| ctx.token_text(cue - 2) == *p))
    .then(|| cue - 1);
    let in_body = ctx.para_of_token(cue).is_some_and(|p| ctx.paras[p].kind == LineKind::Body);
    let imperfect = (in_body && is_one_of(ctx.token_text(cue), &words.imperfect)).then_some(cue);
    future.or(to_hold).or(imperfect)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::participants;
    use crate::extract::test_support::context_of;

    fn status_of(text: &str) -> Option<Status> {
        context_of(text, |ctx| {
            let mut draft = participants::find_all(ctx).into_iter().next()?;
            find(ctx, &mut draft);
            Some(draft.meeting.status)
        })
    }

    #[test]
    fn future_wording_announces() {
        assert_eq!(status_of("عنوان\nمن المقرر أن يلتقي لافروف نظيره الصيني وانغ يي في بكين."), Some(Status::Announced));
        assert_eq!(status_of("عنوان\nسيلتقي لافروف نظيره الصيني وانغ يي غدا."), Some(Status::Announced));
        assert_eq!(status_of("عنوان\nالتقى لافروف نظيره الصيني وانغ يي في بكين."), Some(Status::Held));
    }

    #[test]
    fn a_time_to_come_at_the_end_of_the_clause_announces() {
        let text = "عنوان\nأعلن البيت الأبيض عن عقد الرئيس الأمريكي دونالد ترامب لقاء مع الرئيس المصري عبد الفتاح السيسي الأسبوع المقبل في نيويورك.";
        assert_eq!(status_of(text), Some(Status::Announced));
        let held =
            "عنوان\nالتقى الرئيس الأمريكي دونالد ترامب الرئيس المصري عبد الفتاح السيسي لبحث ترتيبات القمة المقبلة.";
        assert_eq!(status_of(held), Some(Status::Held));
        let tomorrow = "عنوان\nوفي لندن يعقد الملك عبدالله الثاني لقاء مع رئيس الوزراء البريطاني كير ستارمر في مقر الحكومة غدا الجمعة.";
        assert_eq!(status_of(tomorrow), Some(Status::Announced));
    }

    #[test]
    fn a_meeting_during_an_announced_visit_is_announced() {
        let text = "عنوان\nيبدأ وزير الخارجية الروسي سيرغي لافروف بعد غد زيارة إلى الصين.\nويجري لافروف خلال الزيارة مباحثات مع نظيره الصيني وانغ يي.";
        assert_eq!(status_of(text), Some(Status::Announced));
        let held = "عنوان\nبدأ وزير الخارجية الروسي سيرغي لافروف أمس زيارة إلى الصين.\nوأجرى لافروف خلال الزيارة مباحثات مع نظيره الصيني وانغ يي.";
        assert_eq!(status_of(held), Some(Status::Held));
    }
}
