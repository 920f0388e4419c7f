//! According to whom: the news agencies and broadcasters an article cites
//! (in its text, dateline or logo line), and the newspaper that published it.

use super::context::Context;
use super::draft::Draft;
use super::segment::{Furniture, LineKind};
use crate::kb::Entity;
use crate::model::Span;

pub fn find(ctx: &Context, draft: &mut Draft) {
    let mut names: Vec<String> = Vec::new();
    let mut spans = Vec::new();
    let mut publisher = None;
    for h in &ctx.hits {
        let Entity::Agency(i) = h.entity else {
            continue;
        };
        let Some(p) = ctx.para_of_token(h.first_token) else {
            continue;
        };
        let kind = ctx.paras[p].kind;
        let agency = &ctx.kb.agencies[i];
        if agency.kind == "newspaper" {
            if matches!(kind, LineKind::SourceLine | LineKind::Dateline | LineKind::Body) && publisher.is_none() {
                publisher = Some(agency.name.clone());
            }
            continue;
        }
        let cited = matches!(kind, LineKind::Body | LineKind::Dateline | LineKind::Furniture(Furniture::SiteLogo));
        if cited {
            if !names.contains(&agency.name) {
                names.push(agency.name.clone());
            }
            spans.push(Span { start: h.start, end: h.end });
        }
    }
    draft.meeting.agencies = names;
    draft.meeting.publisher = publisher;
    if !spans.is_empty() {
        draft.evidence("agencies", spans);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::participants;
    use crate::extract::test_support::context_of;

    fn sources_of(text: &str) -> (Vec<String>, Option<String>) {
        context_of(text, |ctx| {
            let mut draft = participants::find_all(ctx).into_iter().next().unwrap_or_else(|| unreachable!());
            find(ctx, &mut draft);
            (draft.meeting.agencies, draft.meeting.publisher)
        })
    }

    #[test]
    fn a_dateline_agency_and_a_cited_one() {
        let (agencies, _) = sources_of(
            "عنوان\nموسكو - (د ب أ)\nالتقى لافروف نظيره الصيني وانغ يي في موسكو، بحسب ما ذكرته وكالة تاس الروسية للأنباء.",
        );
        assert_eq!(agencies, vec!["DPA".to_owned(), "TASS".to_owned()]);
    }
}
