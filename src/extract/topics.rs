//! About what: topic ids by how often their words occur in the headline and body.

use std::collections::BTreeMap;

use super::context::Context;
use super::draft::Draft;
use super::segment::LineKind;
use crate::kb::Entity;
use crate::model::Span;

pub fn find(ctx: &Context, draft: &mut Draft) {
    // Topic index -> (occurrences, first token), to rank by count then first mention.
    let mut counts: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
    let mut spans = Vec::new();
    for h in &ctx.hits {
        let Entity::Topic(i) = h.entity else { continue };
        let in_text = ctx
            .para_of_token(h.first_token)
            .is_some_and(|p| matches!(ctx.paras[p].kind, LineKind::Body | LineKind::Headline));
        if !in_text {
            continue;
        }
        let e = counts.entry(i).or_insert((0, h.first_token));
        e.0 += 1;
        spans.push(Span { start: h.start, end: h.end });
    }
    let mut ranked: Vec<(usize, (usize, usize))> = counts.into_iter().collect();
    ranked.sort_by_key(|(_, (n, first))| (std::cmp::Reverse(*n), *first));
    let mut ids: Vec<String> = Vec::new();
    for (i, _) in ranked {
        let id = &ctx.kb.topics[i].id;
        if !ids.contains(id) {
            ids.push(id.clone());
        }
    }
    draft.meeting.topics = ids;
    if !spans.is_empty() {
        draft.evidence("topics", spans);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::participants;
    use crate::extract::test_support::context_of;

    #[test]
    fn the_most_mentioned_topic_comes_first() {
        let topics = context_of(
            "عنوان\nالتقى لافروف نظيره الصيني وانغ يي وبحثا الأزمة الأوكرانية والوضع في أوكرانيا والعلاقات مع الولايات المتحدة.",
            |ctx| {
                let mut draft = participants::find_all(ctx).into_iter().next().unwrap_or_else(|| unreachable!());
                find(ctx, &mut draft);
                draft.meeting.topics
            },
        );
        assert_eq!(topics.first().map(String::as_str), Some("ukraine"), "{topics:?}");
        assert!(topics.contains(&"usa".to_owned()), "{topics:?}");
    }
}
