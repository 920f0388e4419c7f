//! Article text to meeting records.
//!
//! A file is cut into articles ([`segment`]); each article's words are
//! matched against the knowledge base once; the meeting it reports (if any)
//! is then assembled from people, places, the occasion, dates, quotes,
//! topics and agencies, each with the byte ranges that support it.

pub mod segment;

use crate::kb::Kb;
use crate::model::{Meeting, Span};

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

/// Extracts the meetings of one file. `source_file` names it in the records.
pub fn extract_file(source_file: &str, text: &str, _kb: &Kb) -> Vec<Meeting> {
    let mut out = Vec::new();
    for (n, article) in segment::split_articles(text).into_iter().enumerate() {
        let mut evidence = std::collections::BTreeMap::new();
        if let Some(span) = article.title_span {
            evidence.insert("title".to_owned(), vec![span]);
        }
        if let Some(span) = article.lede_span {
            evidence.insert("lede".to_owned(), vec![Span { start: span.start, end: span.end }]);
        }
        out.push(Meeting {
            id: meeting_id(source_file, n),
            source_file: source_file.to_owned(),
            title: article.title.clone(),
            lede: article.lede.clone(),
            article_text: article.text.to_owned(),
            evidence,
            ..Default::default()
        });
    }
    out
}

/// A stable id: the file's stem plus the article's position in the file.
fn meeting_id(source_file: &str, article_index: usize) -> String {
    let stem = source_file.rsplit(['/', '\\']).next().unwrap_or(source_file);
    let stem = stem.strip_suffix(".txt").unwrap_or(stem);
    let safe: String = stem.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '-' }).collect();
    format!("{safe}-{}", article_index + 1)
}
