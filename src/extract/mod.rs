//! Article text to meeting records.
//!
//! A file is cut into articles ([`segment`]). Each article is read once into
//! a [`context::Context`] (paragraphs, tokens, the knowledge base's names,
//! meeting words, datelines, quoted spans); then one stage per field reads
//! the context and writes its fields, with the words that support them, into
//! a [`draft::Draft`]:
//!
//! 1. [`participants`]: who met, and the paragraphs that report the meeting;
//! 2. [`status`]: held or announced;
//! 3. [`place`]: where, as the text says it;
//! 4. [`occasion`]: the multilateral meeting it was on the sidelines of;
//! 5. [`dates`]: the date range the text and the knowledge base allow;
//! 6. then, with the date known: the calendar event, the participants'
//!    offices on that day, the place the event gives, the occasion's label;
//! 7. [`quotes`], [`topics`], [`sources`] and [`mentions`].
//!
//! A card is a meeting the article reports as held or announces. Meetings it
//! only recalls ("آخر لقاء", "المحادثات السابقة") and handshakes without
//! talks are not cards; recalled ones are listed in `mentions`.

pub mod context;
pub mod cues;
pub mod dates;
pub mod draft;
pub mod explain;
pub mod lexicon;
pub mod mentions;
pub mod no_meeting;
pub mod occasion;
pub mod participants;
pub mod people;
pub mod place;
pub mod quotes;
pub mod segment;
pub mod sources;
pub mod status;
#[cfg(test)]
mod test_support;
pub mod topics;

use jiff::civil::Date;

use crate::kb::Kb;
use crate::model::Meeting;
use context::Context;
use segment::Article;

#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    #[error("{file}: not UTF-8 text (invalid byte at offset {offset})")]
    NotUtf8 { file: String, offset: usize },
    #[error("{file}: looks like a binary file, not an article")]
    Binary { file: String },
}

/// Decodes a file's bytes, naming the file when they are not text.
pub fn decode<'a>(file: &str, bytes: &'a [u8]) -> Result<&'a str, ExtractError> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| ExtractError::NotUtf8 { file: file.to_owned(), offset: e.valid_up_to() })?;
    if text.contains('\0') {
        return Err(ExtractError::Binary { file: file.to_owned() });
    }
    Ok(text)
}

/// Extracts the meetings of one file. `source_file` names it in the records;
/// `published` is the day the person running it says the file was published,
/// used only where an article prints no date of its own. Nothing reads the
/// clock: the same file gives the same records on any day.
pub fn extract_file(source_file: &str, text: &str, kb: &Kb, published: Option<Date>) -> Vec<Meeting> {
    extract_file_counted(source_file, text, kb, published).meetings
}

/// What one file gave: its meetings, and how many of its articles ran past
/// [`segment::MAX_ARTICLE_BYTES`] and were read only up to there.
pub struct FileMeetings {
    pub meetings: Vec<Meeting>,
    pub articles_cut: usize,
}

/// [`extract_file`], saying also how many articles were too long to read whole.
pub fn extract_file_counted(source_file: &str, text: &str, kb: &Kb, published: Option<Date>) -> FileMeetings {
    let text = normalize_line_breaks(text);
    let articles = segment::split_articles(&kb.lexicon.segment, &text);
    let mut meetings = Vec::new();
    for (n, article) in articles.iter().enumerate() {
        for (k, mut m) in extract_article(article, kb, published).into_iter().enumerate() {
            m.id = meeting_id(source_file, n, k);
            m.source_file = source_file.to_owned();
            meetings.push(m);
        }
    }
    FileMeetings { meetings, articles_cut: articles.iter().filter(|a| a.cut).count() }
}

/// Runs the stages over one article, in order, for each encounter it reports.
pub(crate) fn extract_article(article: &Article, kb: &Kb, published: Option<Date>) -> Vec<Meeting> {
    let ctx = Context::new(article, kb, published);
    participants::find_all(&ctx).into_iter().filter_map(|draft| meeting(&ctx, article, draft)).collect()
}

fn meeting<'k>(ctx: &Context<'k>, article: &Article, mut draft: draft::Draft<'k>) -> Option<Meeting> {
    status::find(ctx, &mut draft);
    place::find(ctx, &mut draft);
    occasion::find(ctx, &mut draft);
    dates::find(ctx, &mut draft);
    occasion::match_event(ctx, &mut draft);
    if !participants::settle(ctx, &mut draft) {
        return None;
    }
    dates::settle(&mut draft);
    place::settle(ctx, &mut draft);
    occasion::settle(ctx, &mut draft);
    quotes::find(ctx, &mut draft);
    topics::find(ctx, &mut draft);
    sources::find(ctx, &mut draft);
    mentions::find(ctx, &mut draft);
    if let Some(span) = article.title_span {
        draft.evidence("title", vec![span]);
    }
    if let Some(span) = article.lede_span {
        draft.evidence("lede", vec![span]);
    }
    let mut m = draft.meeting;
    m.title = article.title.clone();
    m.lede = article.lede.clone();
    m.article_text = article.text.to_owned();
    m.url = article
        .lines
        .iter()
        .filter(|l| l.kind == segment::LineKind::Furniture(segment::Furniture::Address))
        .find_map(|l| segment::address_of(&article.text[l.start..l.end]))
        .map(str::to_owned);
    bound_record(&mut m);
    Some(m)
}

/// FNV-1a, folded to 32 bits: the same on every platform and every run.
fn name_hash(name: &str) -> u32 {
    let hash = name.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    (hash ^ (hash >> 32)) as u32
}

/// The most quotes a card carries; the first are the ones nearest the news.
pub const MAX_QUOTES: usize = 8;
/// The longest quote kept, in characters.
pub const MAX_QUOTE_CHARS: usize = 500;
/// The longest date reason kept, in characters.
pub const MAX_REASON_CHARS: usize = 800;
/// The most evidence spans one field keeps.
pub const MAX_SPANS_PER_FIELD: usize = 24;

/// Keeps a record's size bounded whatever the article: a text that repeats
/// itself or runs on must not give a record that grows with it.
fn bound_record(m: &mut Meeting) {
    m.quotes.truncate(MAX_QUOTES);
    for q in &mut m.quotes {
        cut_chars(&mut q.text, MAX_QUOTE_CHARS);
    }
    cut_chars(&mut m.date_reason, MAX_REASON_CHARS);
    for spans in m.evidence.values_mut() {
        spans.truncate(MAX_SPANS_PER_FIELD);
    }
}

fn cut_chars(text: &mut String, max: usize) {
    if let Some((at, _)) = text.char_indices().nth(max) {
        text.truncate(at);
        text.push('…');
    }
}

/// One line break for every way files write one (CR LF, a lone CR, the
/// Unicode line and paragraph separators, NEL), and no byte-order mark, so
/// that segmentation sees the same lines whichever system saved the file.
pub fn normalize_line_breaks(text: &str) -> std::borrow::Cow<'_, str> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if !text.contains(['\r', '\u{2028}', '\u{2029}', '\u{85}']) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push('\n');
            }
            '\u{2028}' | '\u{2029}' | '\u{85}' => out.push('\n'),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Names in both languages for the countries, organisations and topics the
/// meetings use, so the page can show either language without the knowledge base.
pub fn labels_for(meetings: &[Meeting], kb: &Kb) -> crate::model::Labels {
    use crate::model::Label;
    let mut labels = crate::model::Labels::default();
    for m in meetings {
        if let Some(c) = m.country.as_deref().and_then(|c| kb.country(c)) {
            labels.countries.insert(c.code.clone(), Label { en: c.name.clone(), ar: c.name_ar.clone() });
        }
        if let Some(o) = m.occasion_org.as_deref().and_then(|o| kb.org(o)) {
            labels.orgs.insert(o.id.clone(), Label { en: o.name.clone(), ar: o.name_ar.clone() });
        }
        for a in &m.agencies {
            if let Some(agency) = kb.agencies.iter().find(|x| &x.name == a)
                && let Some(ar) = agency.aliases_ar.first()
            {
                labels.agencies.insert(a.clone(), Label { en: agency.name.clone(), ar: ar.clone() });
            }
        }
        for t in &m.topics {
            if let Some(topic) = kb.topics.iter().find(|x| &x.id == t) {
                labels.topics.insert(t.clone(), Label { en: topic.name.clone(), ar: topic.name_ar.clone() });
            }
        }
    }
    labels
}

/// A stable id: the file's name (its path inside the folder read, without
/// `.txt`) in the letters a link can carry, the article's position in the
/// file, and the meeting's position in the article after the first. A name
/// that had to change ("لقاء", "a/x") carries a short hash of itself, so two
/// names never give one id.
fn meeting_id(source_file: &str, article_index: usize, meeting_index: usize) -> String {
    let stem = match source_file.len().checked_sub(4) {
        Some(at) if source_file.is_char_boundary(at) && source_file[at..].eq_ignore_ascii_case(".txt") => {
            &source_file[..at]
        }
        _ => source_file,
    };
    let mut safe: String =
        stem.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '-' }).collect();
    if safe != stem {
        let kept = safe.trim_matches('-');
        safe = format!("{}-{:08x}", if kept.is_empty() { "article" } else { kept }, name_hash(stem));
    }
    match meeting_index {
        0 => format!("{safe}-{}", article_index + 1),
        k => format!("{safe}-{}-{}", article_index + 1, k + 1),
    }
}
