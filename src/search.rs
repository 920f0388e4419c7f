//! What a reader's query means. Every word of the query must match the
//! start of some word of the card (its fields or its own article text),
//! after both went through the one normalizer and lost their clitic
//! prefixes; the index that answers it is in `store`.

use crate::model::Meeting;
use crate::text::{each_word, skeleton, stems, tokens};

/// The texts a card shows on top: title, people, city, occasion. A match
/// there ranks first under "relevance".
pub fn headline_texts(m: &Meeting) -> Vec<&str> {
    let mut texts: Vec<&str> = vec![&m.title];
    for p in &m.participants {
        texts.push(&p.name);
        texts.push(&p.name_ar);
    }
    texts.extend(
        [&m.city, &m.city_ar, &m.occasion, &m.occasion_ar, &m.occasion_org].into_iter().flatten().map(String::as_str),
    );
    texts
}

/// The texts of a meeting a reader can search, in both languages.
pub fn searchable_texts(m: &Meeting) -> Vec<&str> {
    let mut texts: Vec<&str> = vec![&m.title, &m.lede, &m.article_text, &m.source_file];
    for p in &m.participants {
        texts.push(&p.name);
        texts.push(&p.name_ar);
    }
    for field in [&m.city, &m.city_ar, &m.country, &m.country_ar, &m.occasion, &m.occasion_ar, &m.occasion_org]
        .into_iter()
        .flatten()
    {
        texts.push(field);
    }
    texts.extend(m.topics.iter().map(String::as_str));
    texts.extend(m.agencies.iter().map(String::as_str));
    texts.extend(m.quotes.iter().map(|q| q.text.as_str()));
    texts
}

/// The forms a query word is looked up by: as typed, and without a clitic
/// prefix when what remains is still a real word (four letters or more), so
/// "وبكين" finds "بكين" but "وانج" is not read as "و" + "انج" (أنقرة).
pub fn query_forms(word: &str) -> Vec<&str> {
    let mut forms = stems(word);
    forms.retain(|f| *f == word || f.chars().count() >= 4);
    forms
}

/// A parsed query: its folded words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    words: Vec<String>,
}

impl Query {
    pub fn parse(text: &str) -> Self {
        Query { words: tokens(text).into_iter().map(|t| t.folded).collect() }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    pub fn words(&self) -> &[String] {
        &self.words
    }

    /// Byte ranges of the words of `text` that a query word matches, so the
    /// original, unnormalized text can be highlighted in place.
    pub fn highlights(&self, text: &str) -> Vec<(usize, usize)> {
        if self.words.is_empty() {
            return Vec::new();
        }
        let wanted: Vec<(&str, String)> =
            self.words.iter().flat_map(|w| query_forms(w)).map(|s| (s, skeleton(s))).collect();
        let mut out = Vec::new();
        each_word(text, |word, start, end| {
            let hit = stems(word).into_iter().any(|stem| {
                wanted.iter().any(|(w, _)| stem.starts_with(w)) || {
                    let sk = skeleton(stem);
                    wanted.iter().any(|(_, wsk)| sk.starts_with(wsk.as_str()))
                }
            });
            if hit {
                out.push((start, end));
            }
        });
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_point_into_the_original_text() {
        let text = "التقى وانغ يي في شانغهاي وبكين";
        let q = Query::parse("وانج شنغهاي بكين");
        let marked: Vec<&str> = q.highlights(text).into_iter().map(|(a, b)| &text[a..b]).collect();
        assert_eq!(marked, vec!["وانغ", "شانغهاي", "وبكين"]);
        assert!(Query::parse("").highlights(text).is_empty());
    }
}
