//! What the article mentions besides the meeting: earlier meetings it only
//! recalls, as short quotations (shown with the card, never made into cards
//! of their own), and the people it names who are not participants.

use crate::kb::Entity;

use super::context::Context;
use super::draft::Draft;
use super::segment::LineKind;

/// A handful is enough to show; the cap keeps odd inputs linear.
const MOST: usize = 8;
/// Words of context kept before and after the meeting word.
const BEFORE: usize = 3;
const AFTER: usize = 10;

pub fn find(ctx: &Context, draft: &mut Draft) {
    let mut out: Vec<String> = Vec::new();
    for c in ctx.cues.iter().filter(|c| c.recalled).take(MOST) {
        let p = ctx.paras[c.para];
        if p.kind != LineKind::Body {
            continue;
        }
        let from = c.token.saturating_sub(BEFORE).max(p.first);
        let to = (c.token + AFTER).min(p.last.saturating_sub(1));
        if from > to {
            continue;
        }
        let span = ctx.span_of(from, to);
        let snippet = ctx.article.text[span.start..span.end].to_owned();
        if !out.iter().any(|s| s.contains(&snippet) || snippet.contains(s.as_str())) {
            out.push(snippet);
        }
    }
    draft.meeting.mentions = out;
    draft.meeting.people_named = people_named(ctx, draft);
}

/// The English names of the known people the article names, participants
/// left out, sorted: for search, never shown as participants.
fn people_named(ctx: &Context, draft: &Draft) -> Vec<String> {
    let mut out: Vec<String> = ctx
        .hits
        .iter()
        .filter_map(|h| if let Entity::Person(i) = h.entity { ctx.kb.people.get(i) } else { None })
        .map(|p| p.name.clone())
        .filter(|name| !name.is_empty() && !draft.meeting.participants.iter().any(|p| &p.name == name))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::participants;
    use crate::extract::test_support::context_of;

    #[test]
    fn a_recalled_meeting_is_quoted() {
        let mentions = context_of(
            "عنوان\nالتقى لافروف نظيره الصيني وانغ يي في بكين.\nوكان آخر لقاء بينهما في جوهانسبرغ على هامش قمة العشرين.",
            |ctx| {
                let mut draft = participants::find_all(ctx).into_iter().next().unwrap_or_else(|| unreachable!());
                find(ctx, &mut draft);
                draft.meeting.mentions
            },
        );
        assert_eq!(mentions.len(), 1);
        assert!(mentions[0].contains("آخر لقاء"), "{mentions:?}");
    }
}
