//! Meeting words: where an article says that people met or will meet, and
//! whether it reports that meeting or only recalls it.

use super::context::Context;
use super::segment::LineKind;
use crate::text::is_one_of;

/// How many words before a meeting word may say it is recalled ("وكان قد التقى").
const RECALL_LOOKBACK: usize = 6;
/// How many words before a meeting word may negate it ("دون عقد لقاء").
const NEGATION_LOOKBACK: usize = 3;
/// How many words before a meeting word "هامش" makes it the multilateral meeting.
const SIDELINES_LOOKBACK: usize = 2;
/// How many words after a meeting word may say it is recalled ("لقائهما الأخير").
const RECALL_LOOKAHEAD: usize = 2;

/// A meeting word in a paragraph.
#[derive(Debug, Clone, Copy)]
pub struct Cue {
    pub token: usize,
    pub para: usize,
    pub recalled: bool,
    /// "المحادثات", "اللقاء": refers back to the meeting already named.
    pub definite: bool,
}

/// The meeting words of the headline and body, in token order. Negated ones
/// and the multilateral meeting itself ("على هامش اجتماع ...") are left out.
pub fn find(ctx: &Context) -> Vec<Cue> {
    let words = &ctx.lex.cues;
    let mut out = Vec::new();
    for (pi, p) in ctx.paras.iter().enumerate() {
        if !matches!(p.kind, LineKind::Body | LineKind::Headline) {
            continue;
        }
        for t in p.first..p.last {
            let word = ctx.token_text(t);
            if !is_one_of(word, &words.meeting) {
                continue;
            }
            if ctx.any_word_near(t.saturating_sub(NEGATION_LOOKBACK).max(p.first), t, &words.negation) {
                continue;
            }
            if ctx.any_word_near(t.saturating_sub(SIDELINES_LOOKBACK).max(p.first), t, &words.sidelines) {
                continue;
            }
            let before = t.saturating_sub(RECALL_LOOKBACK).max(p.first);
            let recalled = ctx.any_word_near(before, t, &words.recall_before)
                || ctx.any_word_near(t + 1, (t + 1 + RECALL_LOOKAHEAD).min(p.last), &words.recall_after);
            let definite = word.starts_with("ال") || word.starts_with("وال");
            out.push(Cue { token: t, para: pi, recalled, definite });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::extract::test_support::context_of;

    #[test]
    fn reported_recalled_negated_and_sidelines_words() {
        context_of(
            "عنوان\nالتقى لافروف اليوم نظيره الصيني، وكان قد التقاه الشهر الماضي، ثم غادر دون عقد لقاء مع غيره على هامش اجتماع الوزراء.",
            |ctx| {
                let words: Vec<(&str, bool)> = ctx.cues.iter().map(|c| (ctx.token_text(c.token), c.recalled)).collect();
                // "التقاه" is not a listed form; "لقاء" is negated; "اجتماع" follows "هامش".
                assert_eq!(words, vec![(crate::text::normalize("التقى").as_str(), false)]);
            },
        );
        context_of(
            "عنوان\nوأشار إلى أن آخر لقاء جمعهما كان في موسكو، وأن المحادثات السابقة كانت مثمرة.",
            |ctx| {
                assert!(ctx.cues.iter().all(|c| c.recalled), "{:?}", ctx.cues);
                assert!(ctx.cues.iter().any(|c| c.definite));
            },
        );
    }
}
