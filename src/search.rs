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
    texts.extend(m.people_named.iter().map(String::as_str));
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

/// A query word's skeleton of fewer letters than this matches only a whole
/// word's skeleton, not its start: "وانج" ("ونج") is "وانغ" but is not the
/// start of "وناقش" ("ونقش"), which the g letters and a dropped alef would
/// otherwise make it.
pub const SKELETON_PREFIX_MIN: usize = 4;

/// Whether a query word's skeleton may match the start of a word's, or only all of it.
pub fn skeleton_may_be_prefix(query_skeleton: &str) -> bool {
    query_skeleton.chars().count() >= SKELETON_PREFIX_MIN
}

/// True when a word's skeleton answers a query word's skeleton.
pub fn skeleton_matches(word_skeleton: &str, query_skeleton: &str) -> bool {
    if skeleton_may_be_prefix(query_skeleton) {
        word_skeleton.starts_with(query_skeleton)
    } else {
        word_skeleton == query_skeleton
    }
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
                    wanted.iter().any(|(_, wsk)| skeleton_matches(&sk, wsk))
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

    #[test]
    fn a_short_query_marks_whole_words_and_word_starts_only() {
        let text = "وناقش الوزيران مع وانغ يي في شنغهاي";
        let marked = |q: &str| -> Vec<String> {
            Query::parse(q).highlights(text).into_iter().map(|(a, b)| text[a..b].to_owned()).collect()
        };
        assert_eq!(marked("وانج"), ["وانغ"]);
        assert_eq!(marked("شانغهاي"), ["شنغهاي"]);
        // Typing a name part way: its start, with or without the long vowel, once four letters show it.
        assert_eq!(marked("شانغه"), ["شنغهاي"]);
    }
}
