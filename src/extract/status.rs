//! Held or announced: future wording ("سيلتقي", "من المقرر", "غدا") in the
//! paragraph that first reports the meeting makes it announced.

use super::context::Context;
use super::draft::Draft;
use crate::model::Status;
use crate::text::is_one_of;

pub fn find(ctx: &Context, draft: &mut Draft) {
    let p = ctx.paras[draft.primary];
    let future_at = (p.first..p.last).find(|&i| is_one_of(ctx.token_text(i), &ctx.lex.cues.future));
    draft.meeting.status = if future_at.is_some() { Status::Announced } else { Status::Held };
    if let Some(i) = future_at {
        draft.evidence("status", vec![ctx.span_of(i, i)]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::participants;
    use crate::extract::test_support::context_of;

    fn status_of(text: &str) -> Option<Status> {
        context_of(text, |ctx| {
            let mut draft = participants::find(ctx)?;
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
