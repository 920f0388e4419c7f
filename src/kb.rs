//! The knowledge base: people and their offices by date, places, organisations,
//! news agencies, a calendar of multilateral meetings, who chaired what,
//! dated facts, a topic lexicon and the extractor's word lists. It lives in
//! TOML files under `kb/`, each entry with a `source` note, and is compiled
//! into the binary so the CLI and the page carry the same facts.
//!
//! [`Gazetteer`] finds every alias of every entry in an article in one
//! Aho-Corasick pass over the normalized words.

use aho_corasick::{AhoCorasick, MatchKind};
use jiff::civil::Date;
use serde::Deserialize;

use crate::extract::lexicon::{Lexicon, LexiconFile};
use crate::text::{Token, g_letters, is_clitic, normalize, tokens};

#[derive(Debug, thiserror::Error)]
pub enum KbError {
    #[error("knowledge base file {file}: {message}")]
    Parse { file: String, message: String },
    #[error("knowledge base: {0}")]
    Invalid(String),
}

#[derive(Debug, Clone, Deserialize)]
pub struct Office {
    pub role: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub title_ar: String,
    pub from: Date,
    #[serde(default)]
    pub to: Option<Date>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Person {
    pub id: String,
    pub name: String,
    pub name_ar: String,
    #[serde(default)]
    pub aliases_ar: Vec<String>,
    #[serde(default)]
    pub aliases_en: Vec<String>,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub office: Vec<Office>,
}

impl Person {
    /// The offices this person held at some time within `[from, to]`.
    pub fn offices_during(&self, from: Date, to: Date) -> impl Iterator<Item = &Office> {
        self.office.iter().filter(move |o| o.from <= to && o.to.is_none_or(|end| end >= from))
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct Country {
    pub code: String,
    pub name: String,
    pub name_ar: String,
    #[serde(default)]
    pub aliases_ar: Vec<String>,
    #[serde(default)]
    pub adjectives_ar: Vec<String>,
    #[serde(default)]
    pub aliases_en: Vec<String>,
    #[serde(default)]
    pub capital: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct City {
    pub id: String,
    pub name: String,
    pub name_ar: String,
    #[serde(default)]
    pub aliases_ar: Vec<String>,
    #[serde(default)]
    pub aliases_en: Vec<String>,
    /// Seats of power in the city ("الكرملين", "قصر بعبدا"): "في الكرملين" is a meeting in it.
    #[serde(default)]
    pub venues_ar: Vec<String>,
    pub country: String,
    pub lat: f64,
    pub lon: f64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Org {
    pub id: String,
    pub name: String,
    pub name_ar: String,
    #[serde(default)]
    pub aliases_ar: Vec<String>,
    #[serde(default)]
    pub aliases_en: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Agency {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub aliases_ar: Vec<String>,
    #[serde(default)]
    pub aliases_en: Vec<String>,
    /// How it signs a story between slashes after the dateline ("مسقط في 3 فبراير
    /// /العمانية/"): words too common to stand for it anywhere else.
    #[serde(default)]
    pub credits_ar: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Event {
    pub id: String,
    pub org: String,
    pub kind: String,
    pub name: String,
    #[serde(default)]
    pub name_ar: String,
    #[serde(default)]
    pub city: String,
    #[serde(default)]
    pub country: String,
    pub start: Date,
    pub end: Date,
    /// The ordinal the organiser gives it ("الدورة الـ78", "القمة الـ33").
    #[serde(default)]
    pub number: Option<u32>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Chair {
    pub org: String,
    pub country: String,
    pub from: Date,
    /// Open while the chairmanship lasts.
    #[serde(default)]
    pub to: Option<Date>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Fact {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub phrases_ar: Vec<String>,
    #[serde(default)]
    pub not_before: Option<Date>,
    #[serde(default)]
    pub not_after: Option<Date>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Topic {
    pub id: String,
    pub name: String,
    pub name_ar: String,
    #[serde(default)]
    pub keywords_ar: Vec<String>,
    #[serde(default)]
    pub keywords_en: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
struct KbFile {
    #[serde(default)]
    person: Vec<Person>,
    #[serde(default)]
    country: Vec<Country>,
    #[serde(default)]
    city: Vec<City>,
    #[serde(default)]
    org: Vec<Org>,
    #[serde(default)]
    agency: Vec<Agency>,
    #[serde(default)]
    event: Vec<Event>,
    #[serde(default)]
    chair: Vec<Chair>,
    #[serde(default)]
    fact: Vec<Fact>,
    #[serde(default)]
    topic: Vec<Topic>,
    #[serde(default)]
    lexicon: LexiconFile,
    /// The day the open terms of office were last reviewed.
    #[serde(default)]
    open_terms_checked: Option<Date>,
}

/// What an alias names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Entity {
    Person(usize),
    Country(usize),
    /// An adjective form: "الروسي", "الأوزبكستانية".
    CountryAdjective(usize),
    City(usize),
    Org(usize),
    Agency(usize),
    Fact(usize),
    Topic(usize),
}

pub struct Kb {
    pub people: Vec<Person>,
    pub countries: Vec<Country>,
    pub cities: Vec<City>,
    pub orgs: Vec<Org>,
    pub agencies: Vec<Agency>,
    pub events: Vec<Event>,
    pub chairs: Vec<Chair>,
    pub facts: Vec<Fact>,
    pub topics: Vec<Topic>,
    /// The extractor's word lists, folded.
    pub lexicon: Lexicon,
    /// The day the open terms of office (no `to`) were last reviewed: beyond
    /// it the knowledge base does not know who holds an office.
    pub open_terms_checked: Option<Date>,
    /// People by the skeleton of each of their full Arabic names (two words or more).
    pub name_skeletons: std::collections::HashMap<String, Vec<usize>>,
    pub gazetteer: Gazetteer,
}

/// The knowledge base files compiled into the binary.
const EMBEDDED: [(&str, &str); 17] = [
    ("people.toml", include_str!("../kb/people.toml")),
    ("people-arab.toml", include_str!("../kb/people-arab.toml")),
    ("people-g20.toml", include_str!("../kb/people-g20.toml")),
    ("people-world.toml", include_str!("../kb/people-world.toml")),
    ("places.toml", include_str!("../kb/places.toml")),
    ("places-world.toml", include_str!("../kb/places-world.toml")),
    ("organizations.toml", include_str!("../kb/organizations.toml")),
    ("agencies.toml", include_str!("../kb/agencies.toml")),
    ("agencies-more.toml", include_str!("../kb/agencies-more.toml")),
    ("events.toml", include_str!("../kb/events.toml")),
    ("events-more.toml", include_str!("../kb/events-more.toml")),
    ("events-regional.toml", include_str!("../kb/events-regional.toml")),
    ("events-nato.toml", include_str!("../kb/events-nato.toml")),
    ("chairs.toml", include_str!("../kb/chairs.toml")),
    ("facts.toml", include_str!("../kb/facts.toml")),
    ("topics.toml", include_str!("../kb/topics.toml")),
    ("lexicon.toml", include_str!("../kb/lexicon.toml")),
];

/// Frequent words, which unknown names are not made of (`scripts/common-words.py`).
const COMMON_WORDS: &str = include_str!("../kb/common-words.txt");

impl Kb {
    /// The knowledge base shipped with this build.
    pub fn embedded() -> Result<Kb, KbError> {
        Kb::from_files(&EMBEDDED)
    }

    /// Parses `(file name, TOML text)` pairs; any entry kind may be in any file.
    pub fn from_files(files: &[(&str, &str)]) -> Result<Kb, KbError> {
        let mut all = KbFile::default();
        for (name, text) in files {
            let file: KbFile = toml::from_str(text)
                .map_err(|e| KbError::Parse { file: (*name).to_owned(), message: e.to_string() })?;
            all.person.extend(file.person);
            all.country.extend(file.country);
            all.city.extend(file.city);
            all.org.extend(file.org);
            all.agency.extend(file.agency);
            all.event.extend(file.event);
            all.chair.extend(file.chair);
            all.fact.extend(file.fact);
            all.topic.extend(file.topic);
            all.lexicon.merge(file.lexicon);
            all.open_terms_checked = all.open_terms_checked.max(file.open_terms_checked);
        }
        let mut aliases: Vec<(String, Entity)> = Vec::new();
        let mut add = |names: &[&String], entity: Entity| {
            for name in names {
                aliases.push(((*name).clone(), entity));
            }
        };
        for (i, p) in all.person.iter().enumerate() {
            let names: Vec<&String> = std::iter::once(&p.name_ar)
                .chain(&p.aliases_ar)
                .chain(std::iter::once(&p.name))
                .chain(&p.aliases_en)
                .collect();
            add(&names, Entity::Person(i));
        }
        for (i, c) in all.country.iter().enumerate() {
            let names: Vec<&String> = std::iter::once(&c.name_ar)
                .chain(&c.aliases_ar)
                .chain(std::iter::once(&c.name))
                .chain(&c.aliases_en)
                .collect();
            add(&names, Entity::Country(i));
            add(&c.adjectives_ar.iter().collect::<Vec<_>>(), Entity::CountryAdjective(i));
        }
        for (i, c) in all.city.iter().enumerate() {
            let names: Vec<&String> = std::iter::once(&c.name_ar)
                .chain(&c.aliases_ar)
                .chain(&c.venues_ar)
                .chain(std::iter::once(&c.name))
                .chain(&c.aliases_en)
                .collect();
            add(&names, Entity::City(i));
        }
        for (i, o) in all.org.iter().enumerate() {
            let names: Vec<&String> = std::iter::once(&o.name_ar)
                .chain(&o.aliases_ar)
                .chain(std::iter::once(&o.name))
                .chain(&o.aliases_en)
                .collect();
            add(&names, Entity::Org(i));
        }
        for (i, a) in all.agency.iter().enumerate() {
            let names: Vec<&String> =
                a.aliases_ar.iter().chain(std::iter::once(&a.name)).chain(&a.aliases_en).collect();
            add(&names, Entity::Agency(i));
        }
        for (i, f) in all.fact.iter().enumerate() {
            add(&f.phrases_ar.iter().collect::<Vec<_>>(), Entity::Fact(i));
        }
        for (i, t) in all.topic.iter().enumerate() {
            let names: Vec<&String> = t.keywords_ar.iter().chain(&t.keywords_en).collect();
            add(&names, Entity::Topic(i));
        }
        let gazetteer = Gazetteer::new(aliases)?;
        let name_skeletons = name_skeletons(&all.person);
        let mut lexicon = Lexicon::fold(&all.lexicon);
        let names =
            all.person.iter().flat_map(|p| std::iter::once(&p.name_ar).chain(&p.aliases_ar)).map(String::as_str);
        lexicon.set_common_words(COMMON_WORDS, names);
        Ok(Kb {
            people: all.person,
            countries: all.country,
            cities: all.city,
            orgs: all.org,
            agencies: all.agency,
            events: all.event,
            chairs: all.chair,
            facts: all.fact,
            topics: all.topic,
            lexicon,
            open_terms_checked: all.open_terms_checked,
            name_skeletons,
            gazetteer,
        })
    }

    /// The one person whose full name, spelled another way, is `name_ar`.
    pub fn person_by_spelling(&self, name_ar: &str) -> Option<usize> {
        match self.name_skeletons.get(&crate::text::name_skeleton(name_ar))?.as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    }

    pub fn country(&self, code: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.code == code)
    }

    pub fn city(&self, id: &str) -> Option<&City> {
        self.cities.iter().find(|c| c.id == id)
    }

    pub fn org(&self, id: &str) -> Option<&Org> {
        self.orgs.iter().find(|o| o.id == id)
    }
}

fn name_skeletons(people: &[Person]) -> std::collections::HashMap<String, Vec<usize>> {
    let mut map: std::collections::HashMap<String, Vec<usize>> = std::collections::HashMap::new();
    for (i, p) in people.iter().enumerate() {
        for name in std::iter::once(&p.name_ar).chain(&p.aliases_ar) {
            if name.split_whitespace().count() < 2 {
                continue;
            }
            let ids = map.entry(crate::text::name_skeleton(name)).or_default();
            if !ids.contains(&i) {
                ids.push(i);
            }
        }
    }
    map
}

/// An article's words, folded, laid out for matching aliases.
pub struct Doc {
    pub tokens: Vec<Token>,
    /// Folded words joined by single spaces.
    joined: String,
    /// Where each token starts in `joined`.
    token_at: Vec<usize>,
}

impl Doc {
    pub fn new(text: &str) -> Doc {
        let tokens = tokens(text);
        let mut joined = String::new();
        let mut token_at = Vec::with_capacity(tokens.len());
        for t in &tokens {
            if !joined.is_empty() {
                joined.push(' ');
            }
            token_at.push(joined.len());
            joined.push_str(&t.folded);
        }
        Doc { tokens, joined, token_at }
    }

    /// The token that contains byte `pos` of `joined`.
    fn token_index(&self, pos: usize) -> usize {
        self.token_at.partition_point(|&s| s <= pos).saturating_sub(1)
    }
}

/// One alias found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub entity: Entity,
    /// The automaton's pattern that matched.
    pub pattern: usize,
    /// Byte range in the original text.
    pub start: usize,
    pub end: usize,
    /// Token range `[first, last]` in the [`Doc`].
    pub first_token: usize,
    pub last_token: usize,
}

/// All aliases of the knowledge base in one automaton.
pub struct Gazetteer {
    automaton: AhoCorasick,
    entities: Vec<Entity>,
    /// Each pattern's g-letters as its alias writes them, to tell apart two
    /// aliases the fold makes one.
    g_letters: Vec<String>,
}

impl Gazetteer {
    fn new(aliases: Vec<(String, Entity)>) -> Result<Gazetteer, KbError> {
        let mut patterns = Vec::new();
        let mut entities = Vec::new();
        let mut g = Vec::new();
        for (alias, entity) in aliases {
            let folded = normalize(&alias);
            if folded.is_empty() {
                continue;
            }
            // "ل" before "ال" swallows the alef: "اللجنة" is written "للجنة".
            if let Some(rest) = folded.strip_prefix("ال") {
                patterns.push(format!("لل{rest}"));
                entities.push(entity);
                g.push(g_letters(&alias));
            }
            patterns.push(folded);
            entities.push(entity);
            g.push(g_letters(&alias));
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .map_err(|e| KbError::Invalid(e.to_string()))?;
        Ok(Gazetteer { automaton, entities, g_letters: g })
    }

    /// Every alias in `doc` (the folded `text`) that covers whole words (a
    /// leading clitic such as "و" or "بال" may come before it), longest first
    /// where they overlap. Two entities on the same words are both kept,
    /// unless the letters as written tell them apart ("الغيني" is not "الكيني").
    pub fn find(&self, doc: &Doc, text: &str) -> Vec<Hit> {
        let mut hits = self.find_folded(doc);
        // One word of a name or a city, written with a "ك" where the name has a
        // "ج", "غ" or "ق" (or the other way): the fold merged a common word
        // ("الكبير") with a surname ("الجبير"), or a surname ("جابري") with a
        // city ("كابري"); "ك" is no spelling of a foreign "g".
        hits.retain(|h| {
            if h.first_token != h.last_token || !matches!(h.entity, Entity::Person(_) | Entity::City(_)) {
                return true;
            }
            let written = text.get(h.start..h.end).map(g_letters).unwrap_or_default();
            let alias = &self.g_letters[h.pattern];
            let is_k = |c: char| matches!(c, 'ك' | 'ک');
            written.chars().count() != alias.chars().count()
                || written.chars().zip(alias.chars()).all(|(a, b)| is_k(a) == is_k(b))
        });
        let mut i = 0;
        while i < hits.len() {
            let same = hits[i..]
                .iter()
                .take_while(|h| h.first_token == hits[i].first_token && h.last_token == hits[i].last_token)
                .count();
            if same > 1 {
                let written = text.get(hits[i].start..hits[i].end).map(g_letters).unwrap_or_default();
                let fits: Vec<bool> = hits[i..i + same].iter().map(|h| self.g_letters[h.pattern] == written).collect();
                if fits.iter().any(|f| *f) && fits.iter().any(|f| !*f) {
                    let mut k = 0;
                    hits.retain(|_| {
                        let keep = k < i || k >= i + same || fits[k - i];
                        k += 1;
                        keep
                    });
                    i += fits.iter().filter(|f| **f).count();
                    continue;
                }
            }
            i += same;
        }
        hits
    }

    fn find_folded(&self, doc: &Doc) -> Vec<Hit> {
        let bytes = doc.joined.as_bytes();
        let mut hits: Vec<Hit> = Vec::new();
        for m in self.automaton.find_overlapping_iter(&doc.joined) {
            let (s, e) = (m.start(), m.end());
            if e < bytes.len() && bytes[e] != b' ' {
                continue;
            }
            let first = doc.token_index(s);
            let prefix = &doc.joined[doc.token_at[first]..s];
            if !is_clitic(prefix) {
                continue;
            }
            let last = doc.token_index(e.saturating_sub(1));
            hits.push(Hit {
                pattern: m.pattern().as_usize(),
                entity: self.entities[m.pattern().as_usize()],
                start: doc.tokens[first].start,
                end: doc.tokens[last].end,
                first_token: first,
                last_token: last,
            });
        }
        // Leftmost first, longest first at the same start; a hit inside a
        // longer one is dropped, two entities with the same alias are both kept.
        hits.sort_by_key(|h| (h.first_token, std::cmp::Reverse(h.last_token)));
        let mut kept: Vec<Hit> = Vec::with_capacity(hits.len());
        let mut covered_to: Option<usize> = None;
        for h in hits {
            let same_range = |k: &Hit| k.first_token == h.first_token && k.last_token == h.last_token;
            if kept.last().is_some_and(&same_range) {
                let run = kept.iter().rev().take_while(|k| same_range(k));
                if !run.clone().any(|k| k.entity == h.entity) {
                    kept.push(h);
                }
                continue;
            }
            if covered_to.is_some_and(|end| end >= h.last_token) {
                continue;
            }
            covered_to = Some(covered_to.map_or(h.last_token, |end| end.max(h.last_token)));
            kept.push(h);
        }
        kept
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PEOPLE: &str = r#"
[[person]]
id = "sergey-lavrov"
name = "Sergey Lavrov"
name_ar = "سيرغي لافروف"
aliases_ar = ["سيرجي لافروف", "لافروف"]
country = "RU"
  [[person.office]]
  role = "foreign_minister"
  from = "2004-03-09"

[[country]]
code = "CN"
name = "China"
name_ar = "الصين"
adjectives_ar = ["الصيني", "الصينية"]

[[city]]
id = "beijing"
name = "Beijing"
name_ar = "بكين"
country = "CN"
lat = 39.9
lon = 116.4
"#;

    /// The normaliser folds ج and ق into ك and ة into ه: a one-word alias may
    /// then read as a common word ("الملقي" as "الملكي", royal). None of the
    /// embedded people's one-word aliases may fold to a word the extractor
    /// treats as no name, a meeting word or a weekday.
    #[test]
    fn no_one_word_alias_folds_to_a_common_word() {
        let kb = Kb::embedded().unwrap_or_else(|e| panic!("{e}"));
        let lex = &kb.lexicon;
        let common = |w: &str| {
            crate::text::is_one_of(w, &lex.people.name_stops)
                || crate::text::is_one_of(w, &lex.cues.meeting)
                || lex.dates.is_weekday_word(w)
                || lex.dates.is_month_word(w)
        };
        let clashes: Vec<String> = kb
            .people
            .iter()
            .flat_map(|p| p.aliases_ar.iter().map(move |a| (p, a)))
            .filter(|(_, a)| !a.trim().contains(' '))
            .filter(|(_, a)| common(&crate::text::normalize(a)))
            .map(|(p, a)| format!("{}: {a}", p.name))
            .collect();
        assert!(clashes.is_empty(), "{clashes:?}");
    }

    #[test]
    fn a_common_word_the_fold_makes_a_surname_is_no_hit() {
        let kb = Kb::embedded().unwrap_or_else(|e| panic!("{e}"));
        let text = "أشاد الوزير بالتقدم الكبير، واستقبل عادل الجبير";
        let doc = Doc::new(text);
        let people: Vec<&str> = kb
            .gazetteer
            .find(&doc, text)
            .into_iter()
            .filter(|h| matches!(h.entity, Entity::Person(_)))
            .map(|h| &text[h.start..h.end])
            .collect();
        assert_eq!(people, vec!["عادل الجبير"]);
    }

    #[test]
    fn a_surname_the_fold_makes_a_city_is_no_city_hit() {
        let kb = Kb::embedded().unwrap_or_else(|e| panic!("{e}"));
        let text = "التقى الوزير حسن جابري في جزيرة كابري";
        let doc = Doc::new(text);
        let cities: Vec<&str> = kb
            .gazetteer
            .find(&doc, text)
            .into_iter()
            .filter(|h| matches!(h.entity, Entity::City(_)))
            .map(|h| &text[h.start..h.end])
            .collect();
        assert_eq!(cities, vec!["كابري"]);
    }

    #[test]
    fn finds_aliases_with_clitics_and_prefers_the_longest() {
        let kb = Kb::from_files(&[("t.toml", PEOPLE)]).unwrap_or_else(|e| panic!("{e}"));
        let text = "التقى سيرجي لافروف نظيره الصيني وبكين ولافروف ومبكين للصيني";
        let doc = Doc::new(text);
        let hits = kb.gazetteer.find(&doc, text);
        let found: Vec<(&str, Entity)> = hits.iter().map(|h| (&text[h.start..h.end], h.entity)).collect();
        assert_eq!(
            found,
            vec![
                ("سيرجي لافروف", Entity::Person(0)),
                ("الصيني", Entity::CountryAdjective(0)),
                ("وبكين", Entity::City(0)),
                ("ولافروف", Entity::Person(0)),
                ("للصيني", Entity::CountryAdjective(0)),
            ]
        );
    }

    #[test]
    fn letters_the_fold_merges_tell_two_aliases_apart() {
        let kb = Kb::embedded().unwrap_or_else(|e| panic!("{e}"));
        let country = |text: &str| {
            let hits = kb.gazetteer.find(&Doc::new(text), text);
            hits.iter()
                .filter_map(|h| match h.entity {
                    Entity::CountryAdjective(c) => Some(kb.countries[c].code.clone()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
        // Folded, "الغيني" (Guinean) and "الكيني" (Kenyan) are one word.
        assert_eq!(country("والغيني"), vec!["GN".to_owned()]);
        assert_eq!(country("الكيني"), vec!["KE".to_owned()]);
    }

    #[test]
    fn offices_by_date() {
        let kb = Kb::from_files(&[("t.toml", PEOPLE)]).unwrap_or_else(|e| panic!("{e}"));
        let d = |s: &str| s.parse::<Date>().unwrap_or_default();
        assert_eq!(kb.people[0].offices_during(d("2022-01-01"), d("2022-01-01")).count(), 1);
        assert_eq!(kb.people[0].offices_during(d("2000-01-01"), d("2001-01-01")).count(), 0);
    }

    #[test]
    fn the_embedded_knowledge_base_parses() {
        let kb = Kb::embedded().unwrap_or_else(|e| panic!("{e}"));
        assert!(kb.people.len() >= 20);
        assert!(kb.cities.len() >= 40);
    }

    #[test]
    fn a_broken_file_is_named_in_the_error() {
        let err =
            Kb::from_files(&[("bad.toml", "[[person]]\nid = 3")]).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err.contains("bad.toml"), "{err}");
    }
}
