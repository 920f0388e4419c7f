//! What the extractor saw in an article, for a person checking its reading:
//! the people it recognised (and who is aside), and the meeting words.

use std::fmt::Write as _;

use jiff::civil::Date;

use super::context::Context;
use super::segment;
use crate::kb::Kb;

/// A plain-text account of each article of `text`: its people and its meeting words.
pub fn explain(text: &str, kb: &Kb, given: Option<Date>) -> String {
    let mut out = String::new();
    for (n, article) in segment::split_articles(&kb.lexicon.segment, text).iter().enumerate() {
        let ctx = Context::new(article, kb, given);
        let _ = writeln!(out, "article {}: {}", n + 1, article.title);
        if let Some((d, span)) = ctx.published {
            let _ = writeln!(out, "  published {d}: “{}”", &article.text[span.start..span.end]);
        }
        for p in &ctx.paras {
            let line: String = article.text[p.start..p.end].chars().take(60).collect();
            let _ = writeln!(out, "  line {:?}: {line}", p.kind);
        }
        for r in &ctx.refs {
            let s = &ctx.people[r.someone];
            let words = &article.text[ctx.doc.tokens[r.first].start..ctx.doc.tokens[r.last].end];
            let who = s.person.map(|p| kb.people[p].name.clone()).or(s.name_ar.clone()).unwrap_or_else(|| "?".into());
            let country = s.country.map(|c| kb.countries[c].code.as_str()).unwrap_or("");
            let _ = writeln!(
                out,
                "  person #{} {who} [{country}{}{}]{}: “{words}”",
                r.someone,
                s.role.map(|r| format!(" {r:?}")).unwrap_or_default(),
                if r.counterpart { " counterpart" } else { "" },
                if r.aside { " aside" } else { "" },
            );
        }
        for m in super::extract_article(article, kb, given) {
            let who: Vec<&str> = m
                .participants
                .iter()
                .map(|p| if p.name.is_empty() { p.name_ar.as_str() } else { p.name.as_str() })
                .collect();
            let place: Vec<&str> =
                m.evidence.get("place").into_iter().flatten().map(|s| &article.text[s.start..s.end]).collect();
            let _ = writeln!(
                out,
                "  meeting {:?}/{:?} {} | {} .. {} | {} {} {:?} | {} | {}",
                m.kind,
                m.status,
                who.join(" + "),
                m.date_start.as_deref().unwrap_or("?"),
                m.date_end.as_deref().unwrap_or("?"),
                m.city.as_deref().unwrap_or("-"),
                m.country.as_deref().unwrap_or("-"),
                place,
                m.occasion_org.as_deref().unwrap_or("-"),
                m.date_reason,
            );
        }
        for mut draft in super::participants::find_all(&ctx) {
            super::status::find(&ctx, &mut draft);
            let cue_words: Vec<&str> = draft
                .cues
                .iter()
                .filter_map(|&c| ctx.doc.tokens.get(c))
                .map(|t| &article.text[t.start..t.end])
                .collect();
            let _ = writeln!(out, "    draft {:?} on {cue_words:?}", draft.meeting.status);
            super::place::find(&ctx, &mut draft);
            super::occasion::find(&ctx, &mut draft);
            for c in super::dates::evidence::constraints(&ctx, &draft) {
                let _ = writeln!(out, "    date rule p{} {:?}: {}", c.priority, c.rule, c.clue.english());
            }
        }
        for c in &ctx.cues {
            let t = &ctx.doc.tokens[c.token];
            let _ = writeln!(
                out,
                "  cue “{}” para {}{}{}{}",
                &article.text[t.start..t.end],
                c.para,
                if c.recalled { " recalled" } else { "" },
                if c.definite { " definite" } else { "" },
                if c.call { " call" } else { "" },
            );
        }
    }
    out
}
