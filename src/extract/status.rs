//! Held or announced: future wording ("سيلتقي", "من المقرر", "غدا") in the
//! sentence that first reports the meeting, before its meeting word or just
//! after it, makes it announced.

use super::context::Context;
use super::draft::Draft;
use super::segment::LineKind;
use crate::model::Status;
use crate::text::is_one_of;

/// How many words after the meeting word may still say it is to come ("يلتقي ... غدا").
const FUTURE_LOOKAHEAD: usize = 4;

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
    let (s0, s1) = ctx.sentence_of(cue);
    let to = (cue + 1 + FUTURE_LOOKAHEAD).min(s1);
    let words = &ctx.lex.cues;
    let future = (s0..to).find(|&i| is_one_of(ctx.token_text(i), &words.future));
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
}
