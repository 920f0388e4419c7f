//! One article as every stage reads it, built once: its paragraphs with
//! their tokens, the knowledge base's names found in it, its meeting words,
//! its datelines and its own date, and its quoted spans.

use jiff::civil::Date;

use super::cues::{self, Cue};
use super::dates::parse::{self as date_parse, Found};
use super::lexicon::Lexicon;
use super::people::{self, PersonRef, Someone};
use super::segment::{Article, Furniture, LineKind};
use crate::kb::{Doc, Entity, Hit, Kb};
use crate::model::Span;
use crate::text::is_one_of;

/// A paragraph (one line of the article) and its tokens.
#[derive(Debug, Clone, Copy)]
pub struct Para {
    pub kind: LineKind,
    /// Byte range in the article text.
    pub start: usize,
    pub end: usize,
    /// Token range `[first, last)` in the article's [`Doc`].
    pub first: usize,
    pub last: usize,
}

pub struct Context<'a> {
    pub kb: &'a Kb,
    pub lex: &'a Lexicon,
    pub article: &'a Article<'a>,
    pub doc: Doc,
    /// Knowledge-base names in the text, sorted by their first token.
    pub hits: Vec<Hit>,
    pub paras: Vec<Para>,
    /// Meeting words, in token order.
    pub cues: Vec<Cue>,
    /// Token ranges that carry the article's own place and date.
    pub datelines: Vec<(usize, usize)>,
    /// The article's own date, from a publication line or a dateline.
    pub published: Option<(Date, Span)>,
    /// Byte ranges inside quotation marks, per body paragraph, in text order.
    pub quoted: Vec<(usize, usize)>,
    /// Sentences as token ranges `[first, last)`, in order; none crosses a paragraph.
    pub sentences: Vec<(usize, usize)>,
    /// Every place that names a person, in token order.
    pub refs: Vec<PersonRef>,
    /// The people those references name.
    pub people: Vec<Someone>,
    /// The article's date as the person running the extraction gave it, for
    /// an article that prints none: never the clock.
    pub given: Option<Date>,
}

impl<'a> Context<'a> {
    pub fn new(article: &'a Article<'a>, kb: &'a Kb, given: Option<Date>) -> Context<'a> {
        let doc = Doc::new(article.text);
        let hits = kb.gazetteer.find(&doc, article.text);
        let paras = paragraphs(article, &doc);
        let mut ctx = Context {
            kb,
            lex: &kb.lexicon,
            article,
            doc,
            hits,
            paras,
            cues: Vec::new(),
            datelines: Vec::new(),
            published: None,
            quoted: Vec::new(),
            sentences: Vec::new(),
            refs: Vec::new(),
            people: Vec::new(),
            given,
        };
        ctx.sentences = sentences(&ctx);
        ctx.cues = cues::find(&ctx);
        ctx.datelines = dateline_ranges(&ctx);
        ctx.published = publication_date(&ctx);
        ctx.quoted = ctx
            .paras
            .iter()
            .filter(|p| p.kind == LineKind::Body)
            .flat_map(|p| quoted_ranges(article.text, p.start, p.end))
            .collect();
        let (refs, people) = people::find(&ctx);
        ctx.refs = refs;
        ctx.people = people;
        ctx
    }

    /// The day the article reasons from ("اليوم", "الجاري"): its own date, else the one given.
    pub fn reference(&self) -> Option<Date> {
        self.published.map(|(d, _)| d).or(self.given)
    }

    /// The text between tokens `a` and `b`.
    pub fn between(&self, a: usize, b: usize) -> &str {
        match (self.doc.tokens.get(a), self.doc.tokens.get(b)) {
            (Some(x), Some(y)) if x.end <= y.start => &self.article.text[x.end..y.start],
            _ => "",
        }
    }

    /// Punctuation or a line break between tokens `a` and `b`: a name or a
    /// title does not run across it.
    pub fn boundary(&self, a: usize, b: usize) -> bool {
        let gap = self.between(a, b);
        gap.contains(|c: char| BOUNDARY.contains(&c))
            || gap.contains(" -")
            || gap.contains("- ")
            || (gap.contains('-') && gap.len() > 1)
    }

    /// A semicolon right before token `t`.
    pub fn semicolon_before(&self, t: usize) -> bool {
        t > 0 && self.between(t - 1, t).contains([';', '؛'])
    }

    /// A comma between tokens `a` and `b` (and nothing stronger).
    pub fn comma_between(&self, a: usize, b: usize) -> bool {
        let gap = self.between(a, b);
        gap.contains(['،', ',']) && !gap.contains(|c: char| SENTENCE_END.contains(&c))
    }

    /// The references that lie within tokens `[from, to)`: a binary search,
    /// since references are in token order.
    pub fn refs_between(&self, from: usize, to: usize) -> &[PersonRef] {
        let a = self.refs.partition_point(|r| r.first < from);
        let b = self.refs.partition_point(|r| r.first < to);
        let refs = &self.refs[a..b.max(a)];
        let keep = refs.iter().rposition(|r| r.last < to).map_or(0, |i| i + 1);
        &refs[..keep]
    }

    /// The sentence holding token `t`, as `[first, last)`.
    pub fn sentence_of(&self, t: usize) -> (usize, usize) {
        let i = self.sentences.partition_point(|&(_, last)| last <= t);
        self.sentences.get(i).copied().filter(|&(first, _)| first <= t).unwrap_or((t, t + 1))
    }

    /// Where the `n` sentences before the one holding token `t` begin (that
    /// sentence's own start when there are none): a paragraph break does not stop it.
    pub fn sentences_back(&self, t: usize, n: usize) -> usize {
        let i = self.sentences.partition_point(|&(_, last)| last <= t);
        self.sentences.get(i.saturating_sub(n)).map_or(t, |&(first, _)| first.min(t))
    }

    /// The folded word at token `i`, or "" past the end.
    pub fn token_text(&self, i: usize) -> &str {
        self.doc.tokens.get(i).map_or("", |t| t.folded.as_str())
    }

    /// Hits that lie within tokens `[first, last)`; hits are sorted by their
    /// first token, so this is a binary search, not a scan.
    pub fn hits_in(&self, first: usize, last: usize) -> impl Iterator<Item = &Hit> {
        let from = self.hits.partition_point(|h| h.first_token < first);
        self.hits[from..].iter().take_while(move |h| h.first_token < last).filter(move |h| h.last_token < last)
    }

    pub fn para_of_token(&self, t: usize) -> Option<usize> {
        let i = self.paras.partition_point(|p| p.last <= t);
        self.paras.get(i).filter(|p| p.first <= t && t < p.last).map(|_| i)
    }

    /// Token `t` is inside a reference to a person ("فيصل" is not "ف" + "يصل").
    pub fn in_name(&self, t: usize) -> bool {
        self.refs.iter().any(|r| r.first <= t && t <= r.last)
    }

    /// The last token in `[from, to)` that is one of `list`, outside the names of people.
    pub fn last_word_outside_names(&self, from: usize, to: usize, list: &[String]) -> Option<usize> {
        (from..to).rev().find(|&i| is_one_of(self.token_text(i), list) && !self.in_name(i))
    }

    pub fn any_word_near(&self, from: usize, to: usize, list: &[String]) -> bool {
        self.first_word_near(from, to, list).is_some()
    }

    /// The first token in `[from, to)` that is one of `list`.
    pub fn first_word_near(&self, from: usize, to: usize, list: &[String]) -> Option<usize> {
        (from..to).find(|&i| is_one_of(self.token_text(i), list))
    }

    /// One of `phrases` (folded, words joined by a space) among tokens `[from, to)`.
    pub fn has_phrase(&self, from: usize, to: usize, phrases: &[String]) -> bool {
        let words: Vec<&str> = (from..to).map(|i| self.token_text(i)).collect();
        let joined = format!(" {} ", words.join(" "));
        phrases.iter().any(|p| joined.contains(&format!(" {p} ")))
    }

    /// The byte range from token `first` to token `last_inclusive`.
    pub fn span_of(&self, first: usize, last_inclusive: usize) -> Span {
        Span { start: self.doc.tokens[first].start, end: self.doc.tokens[last_inclusive].end }
    }

    /// Which quotation token `t` lies inside, if any.
    pub fn quote_of(&self, t: usize) -> Option<usize> {
        let at = self.doc.tokens.get(t)?.start;
        self.quoted.iter().position(|&(a, b)| a <= at && at < b)
    }

    /// The words of a span in curly quotes, for a reason a reader can check.
    pub fn quoted_words(&self, span: Span) -> String {
        format!("“{}”", self.words(span))
    }

    /// The article's words in `span`, as written.
    pub fn words(&self, span: Span) -> String {
        self.article.text[span.start..span.end].to_owned()
    }

    /// Date expressions of a paragraph, with token indices in the article.
    pub fn dates_in(&self, pi: usize) -> Vec<Found> {
        let p = self.paras[pi];
        date_parse::find(&self.lex.dates, self.article.text, &self.doc.tokens[p.first..p.last])
            .into_iter()
            .map(|mut f| {
                f.token += p.first;
                f
            })
            .collect()
    }

    /// The first body paragraph.
    pub fn lede(&self) -> Option<usize> {
        self.paras.iter().position(|p| p.kind == LineKind::Body)
    }
}

/// How many lines from the masthead a date line is the page's own.
const MASTHEAD_REACH: usize = 2;
/// How many words at the start of a lede may be its time and date stamp.
const STAMP_WORDS: usize = 8;

/// Characters a name or a title does not run across.
const BOUNDARY: [char; 25] = [
    '،', ',', '.', ':', ';', '؛', '!', '?', '؟', '(', ')', '[', ']', '{', '}', '"', '«', '»', '“', '”', '|', '/', '\\',
    '–', '—',
];
/// Characters that end a sentence.
const SENTENCE_END: [char; 5] = ['.', '!', '?', '؟', '…'];

/// Cuts every paragraph into sentences at ".", "!", "؟" and "…".
fn sentences(ctx: &Context) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for p in &ctx.paras {
        let mut first = p.first;
        for t in p.first + 1..p.last {
            // "الدكتور إس. جايشانكار", "د. فيصل": an initial's full stop ends no sentence.
            let initial = ctx.token_text(t - 1).chars().count() <= 2;
            if !initial && ctx.between(t - 1, t).contains(|c: char| SENTENCE_END.contains(&c)) {
                out.push((first, t));
                first = t;
            }
        }
        if first < p.last {
            out.push((first, p.last));
        }
    }
    out
}

fn paragraphs(article: &Article, doc: &Doc) -> Vec<Para> {
    let mut out = Vec::new();
    let mut t = 0;
    for line in &article.lines {
        while t < doc.tokens.len() && doc.tokens[t].start < line.start {
            t += 1;
        }
        let first = t;
        while t < doc.tokens.len() && doc.tokens[t].end <= line.end {
            t += 1;
        }
        out.push(Para { kind: line.kind, start: line.start, end: line.end, first, last: t });
    }
    out
}

/// Publication lines, datelines, and a dateline opening the lede ("بكين 27
/// ديسمبر 2024 (شينخوا) أجرى ...", "13:56 - 02 مارس 2023التقى ..."). A date
/// line beside the masthead is the page's date, not the story's.
fn dateline_ranges(ctx: &Context) -> Vec<(usize, usize)> {
    let masthead = |i: usize| {
        let near = i.saturating_sub(MASTHEAD_REACH)..(i + MASTHEAD_REACH + 1).min(ctx.paras.len());
        near.into_iter().any(|k| ctx.paras[k].kind == LineKind::Furniture(Furniture::Masthead))
    };
    let mut out: Vec<(usize, usize)> = ctx
        .paras
        .iter()
        .enumerate()
        .filter(|(i, p)| matches!(p.kind, LineKind::Publication | LineKind::Dateline) && !masthead(*i))
        .map(|(_, p)| (p.first, p.last))
        .collect();
    if let Some(lede) = ctx.paras.iter().find(|p| p.kind == LineKind::Body) {
        // A time and a full date before the first word of the story ("13:56 - 02
        // مارس 2023التقى", "date 2020-08-02 أعلنت").
        let leading_stamp =
            lede.first < lede.last && ctx.token_text(lede.first).bytes().all(|b| b.is_ascii_alphanumeric());
        if leading_stamp {
            let found = date_parse::find(
                &ctx.lex.dates,
                ctx.article.text,
                &ctx.doc.tokens[lede.first..(lede.first + STAMP_WORDS).min(lede.last)],
            );
            if let Some(f) = found.iter().find(|f| date_parse::exact_date(&f.expr).is_some()) {
                let end = ctx.doc.tokens[lede.first..].partition_point(|t| t.end <= f.span.end);
                out.push((lede.first, lede.first + end));
            }
        }
    }
    if let Some(lede) = ctx.paras.iter().find(|p| p.kind == LineKind::Body) {
        let head = &ctx.article.text[lede.start..lede.end];
        let close = head.char_indices().take(60).find(|&(_, c)| c == ')').map(|(i, _)| i);
        // "موسكو 2 يوليو 2015 /قال ...": a city and a full date set off by a slash or dash.
        let slash = head.char_indices().take(40).find(|&(_, c)| matches!(c, '/' | '–' | '—')).map(|(i, _)| i);
        let dated_slash = slash.filter(|&i| {
            let upto = (lede.first..lede.last).take_while(|&t| ctx.doc.tokens[t].start < lede.start + i).count();
            date_parse::find(&ctx.lex.dates, ctx.article.text, &ctx.doc.tokens[lede.first..lede.first + upto])
                .iter()
                .any(|f| date_parse::exact_date(&f.expr).is_some())
        });
        let paren = close.filter(|&c| head[..c].contains('('));
        if let Some(end) = dated_slash.or(paren).map(|i| lede.start + i) {
            let last = (lede.first..lede.last).find(|&t| ctx.doc.tokens[t].start > end).unwrap_or(lede.last);
            out.push((lede.first, last));
        } else if let Some(last) = lede_city(ctx, lede) {
            out.push((lede.first, last + 1));
        }
    }
    out
}

/// "كاراكاس - سبوتنيك. وقال ...": a city opening the lede and set off by a
/// dash or slash is where the story was filed. Its last token.
fn lede_city(ctx: &Context, lede: &Para) -> Option<usize> {
    let city = ctx
        .hits_in(lede.first, lede.last)
        .find(|h| h.first_token == lede.first && matches!(h.entity, Entity::City(_)))?;
    let next = city.last_token + 1;
    let gap = if next < lede.last { ctx.between(city.last_token, next) } else { "" };
    gap.contains(['-', '–', '—', '/', 'ـ']).then_some(city.last_token)
}

/// The article's own date: the first full date of a publication line or
/// dateline, else a date stamped in digits anywhere in the text ("24.12.2025").
fn publication_date(ctx: &Context) -> Option<(Date, Span)> {
    // The story's own dateline ("بكين 28 مارس 2024 (شينخوا)") before the page's
    // stamps ("09:27:22 2024-03-29"): a site may post a story the day after.
    // The lede's own opening first, then dateline lines, then publication lines;
    // a date above the headline last: Egyptian sites print the day's date
    // atop every page ("الجمعة 22 نوفمبر 2024"), the story's stamp below.
    let headline = ctx.paras.iter().position(|p| p.kind == LineKind::Headline);
    let rank = |first: usize| {
        let para = ctx.para_of_token(first);
        match para.map(|p| ctx.paras[p].kind) {
            _ if para.zip(headline).is_some_and(|(p, h)| p < h) => 3,
            Some(LineKind::Body) => 0,
            Some(LineKind::Dateline) => 1,
            _ => 2,
        }
    };
    let mut ordered = ctx.datelines.clone();
    ordered.sort_by_key(|&(first, _)| rank(first));
    for &(first, last) in &ordered {
        let tokens = &ctx.doc.tokens[first..last];
        for f in date_parse::find(&ctx.lex.dates, ctx.article.text, tokens) {
            if let Some(d) = date_parse::exact_date(&f.expr) {
                return Some((d, f.span));
            }
            if let Some(found) = short_year_stamp(&f, tokens) {
                return Some(found);
            }
        }
    }
    let stamp = ctx.paras.iter().filter(|p| !matches!(p.kind, LineKind::Furniture(_))).find_map(|p| {
        date_parse::find(&ctx.lex.dates, ctx.article.text, &ctx.doc.tokens[p.first..p.last]).into_iter().find_map(|f| {
            match f.expr {
                date_parse::DateExpr::Stamp(d) => Some((d, f.span)),
                _ => None,
            }
        })
    });
    stamp.or_else(|| today_as_written(ctx))
}

/// "16 أكتوبر 23" on a stamp line: a day and month, then the year's last two
/// digits (this century's), the line's last word. Only on such a line: in a
/// sentence "23" after a date is a count.
fn short_year_stamp(f: &date_parse::Found, tokens: &[crate::text::Token]) -> Option<(Date, Span)> {
    let date_parse::DateExpr::Days { first, last, month, year: date_parse::YearHint::None } = f.expr else {
        return None;
    };
    let end = tokens.iter().position(|t| t.start >= f.span.end)?;
    let yy = &tokens[end];
    if first != last
        || end + 1 != tokens.len()
        || yy.folded.len() != 2
        || !yy.folded.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let year = 2000 + yy.folded.parse::<i16>().ok()?;
    let d = Date::new(year, month, first).ok()?;
    Some((d, Span { start: f.span.start, end: yy.end }))
}

/// How many words before a full date "اليوم" may stand ("اليوم الثلاثاء 3 أغسطس 2021").
const TODAY_REACH: usize = 3;

/// "أجرى ... اليوم 4 أغسطس 2021 اتصالا": the story says which day its today is.
fn today_as_written(ctx: &Context) -> Option<(Date, Span)> {
    let today = &ctx.lex.dates.words.today;
    ctx.paras.iter().filter(|p| p.kind == LineKind::Body).find_map(|p| {
        date_parse::find(&ctx.lex.dates, ctx.article.text, &ctx.doc.tokens[p.first..p.last]).into_iter().find_map(|f| {
            let d = date_parse::exact_date(&f.expr)?;
            let at = p.first + f.token;
            let from = at.saturating_sub(TODAY_REACH).max(p.first);
            ctx.any_word_near(from, at, today).then_some((d, f.span))
        })
    })
}

/// Quotation-mark pairs in `text[start..end]`: byte ranges of the inside.
pub fn quoted_ranges(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in text[start..end].char_indices() {
        let at = start + i;
        match (open, c) {
            (None, '"' | '“' | '«') => open = Some((at + c.len_utf8(), c)),
            (Some((from, '"')), '"') | (Some((from, '“')), '”' | '"') | (Some((from, '«')), '»') => {
                out.push((from, at));
                open = None;
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::segment;

    fn kb() -> Kb {
        Kb::embedded().unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn pairs_the_marks_news_sites_use() {
        let text = "قال \"نحن هنا\" ثم “هناك” و«هنالك» و\"غير مغلق";
        let got: Vec<&str> = quoted_ranges(text, 0, text.len()).iter().map(|&(a, b)| &text[a..b]).collect();
        assert_eq!(got, vec!["نحن هنا", "هناك", "هنالك"]);
    }

    #[test]
    fn paragraphs_own_their_tokens_and_the_dateline_gives_the_date() {
        let kb = kb();
        let text = "عنوان قصير للخبر\nتاريخ النشر: 18th, September 2023 GMT\nموسكو - (د ب أ)\nقال الوزير إن المحادثات مع نظيره كانت مثمرة وبناءة وتناولت العلاقات الثنائية والقضايا الدولية.";
        let article = segment::segment(&kb.lexicon.segment, text, 0);
        let ctx = Context::new(&article, &kb, None);
        assert_eq!(ctx.paras.len(), 4);
        let body = ctx.paras[3];
        assert_eq!(ctx.token_text(body.first), crate::text::normalize("قال"));
        assert_eq!(ctx.para_of_token(body.first), Some(3));
        assert_eq!(ctx.published.map(|(d, _)| d), Some(Date::constant(2023, 9, 18)));
        assert!(ctx.cues.iter().any(|c| c.para == 3));
    }

    #[test]
    fn a_lede_opening_with_a_dateline_counts_as_one() {
        let kb = kb();
        let text = "بكين 27 ديسمبر 2024 (شينخوا) أجرى وزير الخارجية الصيني وانغ يي اليوم محادثات مع نظيره في بكين وبحثا العلاقات.";
        let article = segment::segment(&kb.lexicon.segment, text, 0);
        let ctx = Context::new(&article, &kb, None);
        assert_eq!(ctx.datelines.len(), 1);
        assert_eq!(ctx.published.map(|(d, _)| d), Some(Date::constant(2024, 12, 27)));
    }

    #[test]
    fn a_today_the_story_dates_is_its_date() {
        let kb = kb();
        let text = "عنوان الخبر\nتلقى وزير الخارجية المصري اتصالا هاتفيا اليوم 4 أغسطس 2021 من نظيره اليوناني تناول العلاقات الثنائية.\nكما تلقى الوزير اليوم اتصالا من نظيره الإيطالي.";
        let article = segment::segment(&kb.lexicon.segment, text, 0);
        let ctx = Context::new(&article, &kb, None);
        assert_eq!(ctx.published.map(|(d, _)| d), Some(Date::constant(2021, 8, 4)));
        // A dated day that is not today's says nothing of the story's date.
        let recalled = "عنوان الخبر\nتلقى وزير الخارجية المصري اتصالا هاتفيا من نظيره اليوناني، بعد لقائهما في 4 أغسطس 2021 في أثينا.";
        let article = segment::segment(&kb.lexicon.segment, recalled, 0);
        assert_eq!(Context::new(&article, &kb, None).published, None);
    }

    #[test]
    fn the_story_stamp_not_the_page_top_date_and_a_closing_publication_line() {
        let kb = kb();
        let cases = [
            // The day's date atop the page, the story's stamp under its headline.
            (
                "الجمعة 22 نوفمبر 2024\n\nأخبار العالم\n\nالوزير يصل اليوم إلى العاصمة\n\n  • 3-6-2023 | 12:06\n\nكاتب الخبر\n\nأعلن المتحدث باسم الوزارة اليوم السبت أن الوزير سيصل إلى العاصمة في زيارة رسمية تستمر يومين.",
                (2023, 6, 3),
            ),
            (
                "الجمعة 22 نوفمبر 2024 الموافق 20 جمادى الأولى 1446\nرئيس التحرير\nفلان الفلاني\nعربى ودولى\n\nالرئيس يصل المدينة لحضور القمة\n\nالثلاثاء 22/أكتوبر/2024 - 03:57 م\nوصل الرئيس إلى المدينة لحضور القمة التي تستمر ثلاثة أيام بمشاركة عدد من القادة.",
                (2024, 10, 22),
            ),
            // The stamp closing the story.
            (
                "الرئيسية\n\nالوزير يلتقي نظيره على هامش الاجتماع\n\nالمنامة-سانا\n\nالتقى وزير الخارجية مع نظيره على هامش الاجتماع التحضيري وبحثا العلاقات الثنائية.\n\nنشر الخبر اول مرة بتاريخ : 2024-05-14 21:12:27",
                (2024, 5, 14),
            ),
        ];
        for (text, (y, m, d)) in cases {
            let article = segment::segment(&kb.lexicon.segment, text, 0);
            let ctx = Context::new(&article, &kb, None);
            assert_eq!(ctx.published.map(|(d, _)| d), Some(Date::constant(y, m, d)), "{text}");
        }
    }
}
