//! According to whom: the news agencies, broadcasters and sites an article
//! cites (in its text, dateline, credit or "المصدر:" line), and the newspaper
//! that published it. An outlet the knowledge base does not know is kept as
//! the text writes it, when the text marks it as one ("المصدر: ...",
//! "ذكرت صحيفة "الوطن" السورية").

use super::context::Context;
use super::draft::Draft;
use super::segment::{Furniture, LineKind};
use crate::kb::{Entity, Hit};
use crate::model::Span;
use crate::text::{is_one_of, normalize};

/// How many words before an outlet may cite it ("بحسب ما نقلته قناة").
const REPORT_REACH: usize = 3;
/// The most words an outlet's name written out has.
const NAME_WORDS: usize = 5;
/// What separates the outlets of one "المصدر:" line.
const SEPARATORS: &str = "+،,/|";

pub fn find(ctx: &Context, draft: &mut Draft) {
    let mut names: Vec<String> = Vec::new();
    let mut spans = Vec::new();
    let mut publisher = None;
    let mut cite = |name: String, span: Span, spans: &mut Vec<Span>| {
        if !names.iter().any(|n| normalize(n) == normalize(&name)) {
            names.push(name);
        }
        spans.push(span);
    };
    for h in &ctx.hits {
        let Entity::Agency(i) = h.entity else {
            continue;
        };
        let Some(p) = ctx.para_of_token(h.first_token) else {
            continue;
        };
        let kind = ctx.paras[p].kind;
        let agency = &ctx.kb.agencies[i];
        let span = Span { start: h.start, end: h.end };
        if agency.kind == "newspaper" && !cited_in_body(ctx, h, kind) {
            if matches!(kind, LineKind::SourceLine | LineKind::Dateline | LineKind::Body) && publisher.is_none() {
                publisher = Some(agency.name.clone());
            }
            continue;
        }
        let cited = match kind {
            LineKind::Body | LineKind::Dateline | LineKind::Publication => true,
            LineKind::Furniture(Furniture::SiteLogo) => true,
            // "المصدر: وام" credits the agency; a newspaper there published the story.
            LineKind::SourceLine => true,
            // A line that is the agency's name alone ("الأناضول") is its credit.
            LineKind::Furniture(_) => is_whole_line(ctx, p, h),
            // "الشارقة 24- أ.ف.ب:" above the story: a dateline, though it stands first; a
            // headline does not end in a colon.
            // "موسكو / NAME / الأناضول": a reporter's dateline set off by slashes.
            LineKind::Headline => {
                let line = ctx.article.text[ctx.paras[p].start..ctx.paras[p].end].trim_end();
                line.ends_with(':') || (h.last_token + 1 == ctx.paras[p].last && credit_after_slash(ctx, h))
            }
            _ => false,
        };
        if cited {
            cite(agency.name.clone(), span, &mut spans);
        }
    }
    if let Some((name, span)) = slash_credit(ctx) {
        cite(name, span, &mut spans);
    }
    for (name, span) in source_lines_as_written(ctx).into_iter().chain(quoted_outlets(ctx)) {
        cite(name, span, &mut spans);
    }
    draft.meeting.agencies = names;
    draft.meeting.publisher = publisher;
    if !spans.is_empty() {
        draft.evidence("agencies", spans);
    }
}

/// A newspaper the story cites ("ذكرت صحيفة واشنطن بوست") rather than the one that printed it.
fn cited_in_body(ctx: &Context, h: &Hit, kind: LineKind) -> bool {
    kind == LineKind::Body
        && ctx.any_word_near(h.first_token.saturating_sub(REPORT_REACH), h.first_token, &ctx.lex.sources.report)
}

/// "... / الأناضول": the outlet closes its line after a slash or a dash.
fn credit_after_slash(ctx: &Context, h: &Hit) -> bool {
    h.first_token > 0 && ctx.between(h.first_token - 1, h.first_token).contains(['/', '-', '–', '—'])
}

/// How far into the lede a dateline's slash credit may stand ("مسقط في 3 فبراير /العُمانية/").
const SLASH_CREDIT_REACH: usize = 12;

/// "مسقط في 3 فبراير /العُمانية/ أجرى", "طبرق 25 مارس 2018 (وال)": the agency's
/// signature between slashes or in parentheses at the head of the story, as the
/// knowledge base knows it.
fn slash_credit(ctx: &Context) -> Option<(String, Span)> {
    let lede = ctx.paras.iter().find(|p| p.kind == LineKind::Body)?;
    let head_end = ctx.doc.tokens.get((lede.first + SLASH_CREDIT_REACH).min(lede.last.saturating_sub(1)))?.end;
    let head = &ctx.article.text[lede.start..head_end];
    [('/', '/'), ('(', ')')].iter().find_map(|&(opening, closing)| {
        let open = head.find(opening)?;
        let close = open + 1 + head[open + 1..].find(closing)?;
        let inner = &head[open + 1..close];
        let folded = normalize(inner);
        let agency = ctx.kb.agencies.iter().find(|a| a.credits_ar.iter().any(|c| normalize(c) == folded))?;
        let start = lede.start + open + 1;
        Some((agency.name.clone(), Span { start, end: start + inner.len() }))
    })
}

/// The hit covers its whole line.
fn is_whole_line(ctx: &Context, p: usize, h: &Hit) -> bool {
    let para = ctx.paras[p];
    h.first_token == para.first && h.last_token + 1 == para.last
}

/// "المصدر: الأناضول + موقع عمون": each outlet of the line the knowledge
/// base does not know, as written.
fn source_lines_as_written(ctx: &Context) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    for p in ctx.paras.iter().filter(|p| p.kind == LineKind::SourceLine) {
        let line = &ctx.article.text[p.start..p.end];
        // "المصدر: X", or "يمكنك قراءة الخبر في مصدره صحيفة X".
        let after_source_word = || {
            ctx.doc
                .tokens
                .iter()
                .skip(p.first)
                .take(p.last - p.first)
                .find(|t| t.folded.ends_with("مصدره"))
                .map(|t| t.end - p.start)
        };
        let Some(cut) = line.find([':', '：']).map(|c| c + 1).or_else(after_source_word) else { continue };
        let rest_start = p.start + cut;
        let rest = &ctx.article.text[rest_start..p.end];
        let mut parts = Vec::new();
        let mut from = 0;
        for (i, c) in rest.char_indices() {
            if SEPARATORS.contains(c) {
                parts.push((from, i));
                from = i + c.len_utf8();
            }
        }
        parts.push((from, rest.len()));
        for (a, b) in parts {
            let part = &rest[a..b];
            let name = part.trim().trim_matches(|c: char| c.is_ascii_punctuation() || "«»“”".contains(c)).trim();
            let words = name.split_whitespace().count();
            let (part_start, part_end) = (rest_start + a, rest_start + b);
            let known = ctx
                .hits
                .iter()
                .any(|h| matches!(h.entity, Entity::Agency(_)) && h.start < part_end && h.end > part_start);
            if !known && words > 0 && words <= NAME_WORDS && !name.contains("http") && !name.contains("www") {
                let at = part_start + part.find(name).unwrap_or(0);
                out.push((name.to_owned(), Span { start: at, end: at + name.len() }));
            }
        }
    }
    out
}

/// "ذكرت صحيفة "الوطن" السورية", "بحسب ما أورد موقع "أكسيوس"": an outlet
/// word after a citing word, then a quoted name the knowledge base does not
/// know; the name as written, with the nationality after it.
fn quoted_outlets(ctx: &Context) -> Vec<(String, Span)> {
    let words = &ctx.lex.sources;
    let text = ctx.article.text;
    let mut out = Vec::new();
    for p in ctx.paras.iter().filter(|p| p.kind == LineKind::Body) {
        for t in p.first..p.last {
            if !is_one_of(ctx.token_text(t), &words.outlet)
                || !ctx.any_word_near(t.saturating_sub(REPORT_REACH).max(p.first), t, &words.report)
            {
                continue;
            }
            let Some(tok) = ctx.doc.tokens.get(t) else { continue };
            let after = &text[tok.end..p.end];
            let gap = after.len() - after.trim_start().len();
            let Some(open) = after.trim_start().chars().next().filter(|c| matches!(c, '"' | '«' | '“' | '(')) else {
                continue;
            };
            let name_start = tok.end + gap + open.len_utf8();
            let close = match open {
                '«' => '»',
                '“' => '”',
                '(' => ')',
                _ => '"',
            };
            let Some(len) = text[name_start..p.end].find(close) else { continue };
            let name = text[name_start..name_start + len].trim();
            let name_words = name.split_whitespace().count();
            if name_words == 0 || name_words > NAME_WORDS {
                continue;
            }
            let name_end = name_start + len;
            // Already a known outlet: the gazetteer found it.
            let known = ctx
                .hits
                .iter()
                .any(|h| matches!(h.entity, Entity::Agency(_)) && h.start < name_end && h.end > name_start);
            if known {
                continue;
            }
            // The nationality right after the closing mark: "الوطن" السورية.
            let next = ctx.doc.tokens.iter().position(|k| k.start > name_end);
            let adjective = next.and_then(|k| {
                ctx.hits
                    .iter()
                    .find(|h| h.first_token == k && matches!(h.entity, Entity::CountryAdjective(_)))
                    .filter(|h| text[name_end..h.start].trim().chars().all(|c| "\"»”)".contains(c)))
            });
            let noun = &text[tok.start..tok.end];
            let noun = noun
                .strip_prefix('ل')
                .filter(|_| noun.starts_with("لصحيفة") || noun.starts_with("لموقع"))
                .unwrap_or(noun);
            let (written, end) = match adjective {
                Some(h) => (format!("{noun} {name} {}", &text[h.start..h.end]), h.end),
                None => (format!("{noun} {name}"), name_end),
            };
            out.push((written, Span { start: tok.start, end }));
        }
    }
    out
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

    const MEETING: &str = "التقى لافروف نظيره الصيني وانغ يي في موسكو.";

    #[test]
    fn a_dateline_agency_and_a_cited_one() {
        let (agencies, _) = sources_of(
            "عنوان\nموسكو - (د ب أ)\nالتقى لافروف نظيره الصيني وانغ يي في موسكو، بحسب ما ذكرته وكالة تاس الروسية للأنباء.",
        );
        assert_eq!(agencies, vec!["DPA".to_owned(), "TASS".to_owned()]);
    }

    #[test]
    fn a_source_line_credits_an_agency_and_names_an_unknown_outlet_as_written() {
        let (agencies, publisher) = sources_of(&format!("عنوان\n{MEETING}\nالمصدر: وام"));
        assert_eq!((agencies, publisher), (vec!["WAM".to_owned()], None));
        let (agencies, _) = sources_of(&format!("عنوان\n{MEETING}\nالمصدر: موقع الخليج الجديد+ بلومبرغ"));
        assert_eq!(agencies, vec!["Bloomberg".to_owned(), "موقع الخليج الجديد".to_owned()]);
        let (agencies, publisher) = sources_of(&format!("عنوان\n{MEETING}\nالمصدر: بوابة الوفد"));
        assert_eq!((agencies, publisher), (vec![], Some("Al-Wafd".to_owned())));
    }

    #[test]
    fn an_agencys_signature_between_slashes_after_the_dateline() {
        let (agencies, _) = sources_of(
            "عنوان\nمسقط في 5 مارس /العُمانية/ استقبل وزير الخارجية العماني بدر البوسعيدي نظيره الإيراني عباس عراقجي.",
        );
        assert_eq!(agencies, vec!["ONA".to_owned()]);
        let (agencies, _) =
            sources_of("عنوان\nبنغازي 3 مايو 2019 (وال) – استقبل رئيس مجلس النواب عقيلة صالح المبعوث الأممي غسان سلامة.");
        assert_eq!(agencies, vec!["LANA".to_owned()]);
        // The adjective elsewhere is no credit.
        let (agencies, _) =
            sources_of("عنوان\nاستقبل وزير الخارجية بدر البوسعيدي نظيره الإيراني عباس عراقجي في العاصمة العمانية.");
        assert!(agencies.is_empty(), "{agencies:?}");
    }

    #[test]
    fn read_it_at_its_source_names_the_outlet() {
        let (agencies, _) = sources_of(&format!("عنوان\n{MEETING}\nيمكنك قراءة الخبر في مصدره صحيفة الساحل"));
        assert_eq!(agencies, vec!["صحيفة الساحل".to_owned()]);
    }

    #[test]
    fn an_agency_name_alone_on_a_line_is_its_credit() {
        let (agencies, _) = sources_of(&format!("عنوان\n{MEETING}\nالأناضول"));
        assert_eq!(agencies, vec!["Anadolu".to_owned()]);
    }

    #[test]
    fn a_quoted_outlet_after_a_citing_word_is_kept_as_written() {
        let (agencies, _) =
            sources_of(&format!("عنوان\n{MEETING}\nوذكرت صحيفة \"الأيام\" البحرينية أن الوزيرين بحثا ملف الطاقة."));
        assert_eq!(agencies, vec!["صحيفة الأيام البحرينية".to_owned()]);
        // Not cited: a newspaper's name in a quotation of something else.
        let (agencies, _) = sources_of(&format!("عنوان\n{MEETING}\nوتحدث الوزير عن موقع \"المدينة\" القديمة."));
        assert!(agencies.is_empty());
    }
}
