//! The dataset as the widget holds it: compact enough for 100,000 meetings,
//! indexed once so that a keystroke or a click costs a few passes over bits.
//!
//! - Free text (titles, articles, ids) lives in an arena of 1 MiB blocks
//!   (growing it never copies, so memory never holds it twice); a lede or a quote
//!   that is part of its article is kept as a range of that article, not twice.
//! - Short values that repeat (names, roles, cities, topics) are interned.
//! - Search: one sorted dictionary of every normalized word form; a query
//!   prefix is then a contiguous range of term ids, and each term lists its
//!   meetings as delta-encoded varints. A query word becomes a bitset.
//! - Facets: each value lists its meetings; counts are bit tests against the
//!   mask of every other active filter (OR within a facet, AND across).
//! - Sort orders are permutations computed once.
//!
//! [`Store::meeting`] gives back a full [`Meeting`] for the few cards drawn.

mod packed;

use std::rc::Rc;

use rustc_hash::FxHashMap;

use crate::filter::{Facet, FilterState, Sort, facet_values};
use crate::model::{DateBasis, Kind, Labels, Meeting, Participant, Quote, Span, Status};
use crate::repair::Fault;
use crate::search::{Query, headline_texts, searchable_texts};
use crate::text::{each_word, skeleton, stems};

pub use packed::IndexError;

/// A set of meeting positions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bits {
    words: Vec<u64>,
    len: usize,
}

impl Bits {
    pub fn empty(len: usize) -> Bits {
        Bits { words: vec![0; len.div_ceil(64)], len }
    }

    pub fn full(len: usize) -> Bits {
        let mut b = Bits { words: vec![u64::MAX; len.div_ceil(64)], len };
        if len % 64 != 0
            && let Some(last) = b.words.last_mut()
        {
            *last = (1u64 << (len % 64)) - 1;
        }
        b
    }

    pub fn set(&mut self, i: usize) {
        if let Some(w) = self.words.get_mut(i / 64) {
            *w |= 1 << (i % 64);
        }
    }

    pub fn has(&self, i: usize) -> bool {
        self.words.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    pub fn and_with(&mut self, other: &Bits) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= b;
        }
    }

    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }
}

/// A range of one block of the text arena.
#[derive(Debug, Clone, Copy, Default, serde::Serialize, serde::Deserialize)]
struct Text {
    block: u32,
    start: u32,
    len: u32,
}

/// The arena's block size; a longer text gets a block of its own.
const BLOCK: usize = 1 << 20;

/// A byte range `[start, end)` of an article.
type Range = (u32, u32);

/// A facet value while the store is built: the Arabic name the data gives
/// it, and its meetings.
type ValueDraft = (Option<String>, Vec<u32>);

/// An interned string; `NONE` stands for a missing value.
type Sym = u32;
const NONE: Sym = u32::MAX;

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct StoredQuote {
    speaker: Sym,
    speaker_ar: Sym,
    text: Text,
    span: Option<(u32, u32)>,
}

/// One meeting, compact. Dates are kept as numbers `yyyymmdd` (0 when
/// unknown): they order like the ISO strings they come from.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct Record {
    id: Text,
    status: Status,
    kind: Kind,
    date_start: u32,
    date_end: u32,
    date_basis: Option<DateBasis>,
    date_reason: Text,
    date_clues: Box<[crate::date_clue::DateClue]>,
    participants: Box<[u32]>,
    city: Sym,
    city_ar: Sym,
    country: Sym,
    country_ar: Sym,
    lat: Option<f64>,
    lon: Option<f64>,
    occasion: Sym,
    occasion_ar: Sym,
    occasion_org: Sym,
    topics: Box<[Sym]>,
    agencies: Box<[Sym]>,
    quotes: Box<[StoredQuote]>,
    source_file: Text,
    title: Text,
    lede: Text,
    article: Text,
    evidence: Box<[(Sym, Box<[Range]>)]>,
    mentions: Box<[Sym]>,
    people_named: Box<[Sym]>,
    url: Sym,
    publisher: Sym,
    /// Field names corrected by hand, with the extractor's value as JSON text.
    corrected: Box<[(Sym, Text)]>,
}

/// `yyyymmdd` of an ISO date, 0 when it is not one.
pub fn date_number(iso: Option<&str>) -> u32 {
    match iso {
        Some(d) if crate::repair::plausible_date(d) => {
            d.bytes().filter(u8::is_ascii_digit).fold(0, |n, b| n * 10 + u32::from(b - b'0'))
        }
        _ => 0,
    }
}

pub fn date_text(n: u32) -> Option<String> {
    (n != 0).then(|| format!("{:04}-{:02}-{:02}", n / 10_000, n / 100 % 100, n % 100))
}

/// One facet's values (sorted keys) and the meetings that have each.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
struct FacetValues {
    keys: Vec<String>,
    /// The Arabic name the data itself carries (a city's, a person's).
    native_ar: Vec<Option<String>>,
    meetings: Vec<Vec<u32>>,
}

/// The word index: sorted terms, each with its meetings, for the whole
/// searchable text and for the headline fields (relevance).
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
struct WordIndex {
    terms: Vec<Box<str>>,
    /// Byte offsets into `postings` of each term's list: term t is
    /// `postings[starts[t]..starts[t + 1]]`.
    starts: Vec<u32>,
    head_starts: Vec<u32>,
    postings: Vec<u8>,
    head_postings: Vec<u8>,
}

fn push_varint(out: &mut Vec<u8>, mut n: u32) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// Sets the bit of every meeting in a delta-encoded list.
fn or_postings(list: &[u8], into: &mut Bits) {
    let (mut doc, mut n, mut shift) = (0u32, 0u32, 0u32);
    for &b in list {
        n |= u32::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            doc = doc.wrapping_add(n);
            into.set(doc as usize);
            n = 0;
            shift = 0;
        } else {
            shift += 7;
        }
    }
}

/// A term's lists while the index is built.
#[derive(Debug, Default)]
struct TermLists {
    all: Vec<u8>,
    last_all: Option<u32>,
    head: Vec<u8>,
    last_head: Option<u32>,
}

impl TermLists {
    fn add(&mut self, doc: u32, head: bool) {
        let (list, last) =
            if head { (&mut self.head, &mut self.last_head) } else { (&mut self.all, &mut self.last_all) };
        if *last == Some(doc) {
            return;
        }
        push_varint(list, doc - last.map_or(0, |l| l));
        *last = Some(doc);
    }
}

/// Builds a [`Store`] one meeting at a time, so the full meetings never
/// have to be in memory together.
#[derive(Debug, Default)]
pub struct StoreBuilder {
    store: Store,
    /// Checks each record as it comes: the dataset's own numbering counts the skipped ones too.
    pub checker: crate::repair::Checker,
    symbols: FxHashMap<Rc<str>, Sym>,
    people: FxHashMap<Participant, u32>,
    /// Terms in the order first seen, their lists, and their ids by text.
    terms: Vec<Box<str>>,
    lists: Vec<TermLists>,
    term_ids: FxHashMap<Box<str>, u32>,
    /// The terms each word seen so far is found by (its stems and their
    /// skeletons), so a word met again costs one lookup.
    word_terms: FxHashMap<String, Box<[u32]>>,
    facet_maps: Vec<FxHashMap<String, ValueDraft>>,
}

impl StoreBuilder {
    /// A builder for about `meetings` meetings (their records are allocated once).
    pub fn new(labels: Labels, meetings: usize) -> StoreBuilder {
        StoreBuilder {
            store: Store { labels, records: Vec::with_capacity(meetings), ..Default::default() },
            facet_maps: vec![FxHashMap::default(); Facet::ALL.len()],
            ..Default::default()
        }
    }

    fn sym(&mut self, s: Option<&str>) -> Sym {
        let Some(s) = s else { return NONE };
        if let Some(&id) = self.symbols.get(s) {
            return id;
        }
        let id = self.store.symbols.len() as Sym;
        let rc: Rc<str> = Rc::from(s);
        self.store.symbols.push(rc.clone());
        self.symbols.insert(rc, id);
        id
    }

    fn syms(&mut self, values: &[String]) -> Box<[Sym]> {
        values.iter().map(|v| self.sym(Some(v))).collect()
    }

    fn text(&mut self, s: &str) -> Text {
        let arena = &mut self.store.arena;
        if arena.last().is_none_or(|b| b.capacity() - b.len() < s.len()) {
            arena.push(String::with_capacity(BLOCK.max(s.len())));
        }
        let block = arena.len() - 1;
        let start = arena[block].len();
        arena[block].push_str(s);
        Text { block: block as u32, start: start as u32, len: s.len() as u32 }
    }

    /// `part` as a range of `whole` (already in the arena) when it is in it, else its own text.
    fn text_within(&mut self, part: &str, whole: Text, whole_text: &str) -> Text {
        match whole_text.find(part) {
            Some(at) if !part.is_empty() => {
                Text { block: whole.block, start: whole.start + at as u32, len: part.len() as u32 }
            }
            _ => self.text(part),
        }
    }

    fn term_id(&mut self, form: &str) -> u32 {
        if let Some(&id) = self.term_ids.get(form) {
            return id;
        }
        let id = self.terms.len() as u32;
        self.terms.push(form.into());
        self.lists.push(TermLists::default());
        self.term_ids.insert(form.into(), id);
        id
    }

    /// Adds meeting `doc` to the lists of every term its words are found by.
    fn index_words(&mut self, doc: u32, texts: &[&str], head: bool) {
        for text in texts {
            each_word(text, |word, _, _| {
                if !self.word_terms.contains_key(word) {
                    let mut ids = Vec::new();
                    for stem in stems(word) {
                        ids.push(self.term_id(stem));
                        ids.push(self.term_id(&skeleton(stem)));
                    }
                    ids.sort_unstable();
                    ids.dedup();
                    self.word_terms.insert(word.to_owned(), ids.into());
                }
                if let Some(ids) = self.word_terms.get(word) {
                    for &id in ids {
                        // A meeting already in the list is not added twice.
                        self.lists[id as usize].add(doc, head);
                    }
                }
            });
        }
    }

    /// Adds the next record of the dataset, checked and put right where it must be.
    pub fn push(&mut self, mut m: Meeting) {
        self.checker.check(self.next_record(), &mut m);
        self.push_checked(m);
    }

    /// Counts a record of the dataset that could not be read at all.
    pub fn skip(&mut self, what: Fault) {
        self.checker.skip(self.next_record(), what);
    }

    /// Adds a record that did not read whole, field by field: each field is
    /// tried alone beside the id; those that do not read are dropped (and
    /// counted), unless the record is nothing without them
    /// ([`ESSENTIAL`](crate::repair::ESSENTIAL)), when it is skipped. `id` is
    /// the record's id if it is text, `Err(true)` if it is there but not text.
    /// `read` reads a meeting from some of the record's fields, `shown` gives a
    /// field's value as a reader can recognise it. The page (JS values) and the
    /// CLI (JSON) read records so, each with its own kind of value.
    pub fn push_by_fields<F>(
        &mut self,
        id: Result<F, bool>,
        no_id: F,
        fields: Vec<(String, F)>,
        read: impl Fn(&[(&str, &F)]) -> Result<Meeting, String>,
        shown: impl Fn(&F) -> String,
    ) {
        let number = self.next_record();
        let id = id.unwrap_or_else(|present| {
            if present {
                self.checker.dropped(number, "id");
            }
            no_id
        });
        let mut kept: Vec<(&str, &F)> = vec![("id", &id)];
        for (name, field) in fields.iter().filter(|(name, _)| name != "id") {
            if read(&[("id", &id), (name, field)]).is_ok() {
                kept.push((name, field));
            } else if crate::repair::ESSENTIAL.contains(&name.as_str()) {
                return self.skip(Fault::Unreadable { field: name.clone(), value: shown(field) });
            } else {
                self.checker.dropped(number, name);
            }
        }
        match read(&kept) {
            Ok(m) => self.push(m),
            Err(reason) => {
                match crate::repair::ESSENTIAL.iter().find(|field| !kept.iter().any(|(name, _)| name == *field)) {
                    Some(field) => self.skip(Fault::Missing { field: (*field).to_owned() }),
                    None => self.skip(Fault::Unread { reason }),
                }
            }
        }
    }

    /// The number the next record has in the dataset, from 1: those kept and those skipped so far.
    pub fn next_record(&self) -> usize {
        self.store.records.len() + self.checker.report.skipped.len() + 1
    }

    fn push_checked(&mut self, m: Meeting) {
        let doc = self.store.records.len() as u32;
        // Index first, while the meeting is whole.
        // An agency is found by its name in either script: "سبوتنيك" as "sputnik".
        let agency_names: Vec<String> =
            m.agencies.iter().filter_map(|a| self.store.labels.agencies.get(a)).map(|l| l.ar.clone()).collect();
        let mut texts = searchable_texts(&m);
        texts.extend(agency_names.iter().map(String::as_str));
        self.index_words(doc, &texts, false);
        self.index_words(doc, &headline_texts(&m), true);
        for (slot, facet) in Facet::ALL.into_iter().enumerate() {
            for value in facet_values(&m, facet) {
                let native_ar = match facet {
                    Facet::City => m.city_ar.clone(),
                    Facet::Participant => m
                        .participants
                        .iter()
                        .find(|p| p.key() == value)
                        .map(|p| p.name_ar.clone())
                        .filter(|n| !n.is_empty()),
                    _ => None,
                };
                let entry = self.facet_maps[slot].entry(value).or_insert_with(|| (None, Vec::new()));
                if entry.0.is_none() {
                    entry.0 = native_ar;
                }
                if entry.1.last() != Some(&doc) {
                    entry.1.push(doc);
                }
            }
        }

        let participants = m
            .participants
            .into_iter()
            .map(|p| {
                let next = self.store.people.len() as u32;
                *self.people.entry(p.clone()).or_insert_with(|| {
                    self.store.people.push(p);
                    next
                })
            })
            .collect();
        let article = self.text(&m.article_text);
        let lede = self.text_within(&m.lede, article, &m.article_text);
        let quotes = m
            .quotes
            .iter()
            .map(|q| StoredQuote {
                speaker: self.sym(Some(&q.speaker)),
                speaker_ar: self.sym(Some(&q.speaker_ar)),
                text: self.text_within(&q.text, article, &m.article_text),
                span: q.span.map(|s| (s.start as u32, s.end as u32)),
            })
            .collect();
        let evidence = m
            .evidence
            .iter()
            .map(|(k, spans)| (self.sym(Some(k)), spans.iter().map(|s| (s.start as u32, s.end as u32)).collect()))
            .collect();
        let record = Record {
            id: self.text(&m.id),
            status: m.status,
            kind: m.kind,
            date_start: date_number(m.date_start.as_deref()),
            date_end: date_number(m.date_end.as_deref()),
            date_basis: m.date_basis,
            date_reason: self.text(&m.date_reason),
            date_clues: m.date_clues.clone().into(),
            participants,
            city: self.sym(m.city.as_deref()),
            city_ar: self.sym(m.city_ar.as_deref()),
            country: self.sym(m.country.as_deref()),
            country_ar: self.sym(m.country_ar.as_deref()),
            lat: m.lat,
            lon: m.lon,
            occasion: self.sym(m.occasion.as_deref()),
            occasion_ar: self.sym(m.occasion_ar.as_deref()),
            occasion_org: self.sym(m.occasion_org.as_deref()),
            topics: self.syms(&m.topics),
            agencies: self.syms(&m.agencies),
            quotes,
            source_file: self.text(&m.source_file),
            title: self.text(&m.title),
            lede,
            article,
            evidence,
            mentions: self.syms(&m.mentions),
            people_named: self.syms(&m.people_named),
            url: self.sym(m.url.as_deref()),
            publisher: self.sym(m.publisher.as_deref()),
            corrected: m.corrected.iter().map(|(field, old)| (self.sym(Some(field)), self.text(old))).collect(),
        };
        self.store.records.push(record);
    }

    pub fn finish(mut self) -> Store {
        self.store.report = std::mem::take(&mut self.checker.report);
        let store = &mut self.store;
        // The dictionary, sorted, with each term's lists in the same order.
        self.word_terms = FxHashMap::default();
        self.term_ids = FxHashMap::default();
        let mut terms: Vec<(Box<str>, TermLists)> =
            std::mem::take(&mut self.terms).into_iter().zip(std::mem::take(&mut self.lists)).collect();
        terms.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let words = &mut store.words;
        words.starts.reserve(terms.len() + 1);
        words.head_starts.reserve(terms.len() + 1);
        words.postings.reserve_exact(terms.iter().map(|(_, l)| l.all.len()).sum());
        words.head_postings.reserve_exact(terms.iter().map(|(_, l)| l.head.len()).sum());
        for (term, lists) in terms {
            words.starts.push(words.postings.len() as u32);
            words.head_starts.push(words.head_postings.len() as u32);
            words.postings.extend_from_slice(&lists.all);
            words.head_postings.extend_from_slice(&lists.head);
            words.terms.push(term);
        }
        words.starts.push(words.postings.len() as u32);
        words.head_starts.push(words.head_postings.len() as u32);
        words.postings.shrink_to_fit();
        words.head_postings.shrink_to_fit();

        for (slot, map) in self.facet_maps.into_iter().enumerate() {
            let mut values: Vec<(String, ValueDraft)> = map.into_iter().collect();
            values.sort_by(|a, b| a.0.cmp(&b.0));
            let f = &mut store.facets[slot];
            for (key, (native_ar, mut docs)) in values {
                docs.shrink_to_fit();
                f.keys.push(key);
                f.native_ar.push(native_ar);
                f.meetings.push(docs);
            }
        }

        let mut places = vec![None; store.values(Facet::City).len()];
        for r in &store.records {
            let (Some(city), Some(lat), Some(lon)) = (store.sym(r.city), r.lat, r.lon) else { continue };
            if let Some(place @ None) = store.value_position(Facet::City, city).and_then(|v| places.get_mut(v)) {
                *place = Some(crate::view::map::project(lon, lat));
            }
        }
        store.city_places = places;
        // People are kept per spelling; the facet keys them by name.
        let person_values: Vec<u32> = store
            .people
            .iter()
            .map(|p| store.value_position(Facet::Participant, p.key()).map_or(u32::MAX, |v| v as u32))
            .collect();
        let mut flat = Vec::new();
        let mut starts = Vec::with_capacity(store.records.len() + 1);
        for r in &store.records {
            starts.push(flat.len() as u32);
            let from = flat.len();
            for &p in &r.participants {
                match person_values.get(p as usize) {
                    Some(&v) if v != u32::MAX && !flat[from..].contains(&v) => flat.push(v),
                    _ => {}
                }
            }
        }
        starts.push(flat.len() as u32);
        flat.shrink_to_fit();
        store.meeting_people = flat;
        store.meeting_people_start = starts;

        let dates: Vec<u32> = store.records.iter().map(|r| r.date_start).collect();
        let (newest, oldest) = date_orders(&dates);
        store.newest = newest;
        store.oldest = oldest;
        store.records.shrink_to_fit();
        self.store
    }
}

/// Positions of meetings newest first and oldest first, from their
/// [`date_number`]s. Ties keep the dataset's order; undated meetings come
/// last among the newest and first among the oldest. The widget's sorts, its
/// loading preview and the build's first cards all take their order from here.
pub fn date_orders(dates: &[u32]) -> (Vec<u32>, Vec<u32>) {
    let mut oldest: Vec<u32> = (0..dates.len() as u32).collect();
    oldest.sort_unstable_by_key(|&i| (dates[i as usize], i));
    // Newest: the runs of equal dates in reverse, each run still in dataset order.
    let mut newest = Vec::with_capacity(oldest.len());
    let mut end = oldest.len();
    while end > 0 {
        let date = dates[oldest[end - 1] as usize];
        let start = oldest[..end].partition_point(|&i| dates[i as usize] < date);
        newest.extend_from_slice(&oldest[start..end]);
        end = start;
    }
    (newest, oldest)
}

/// All meetings of a dataset, compact and indexed. Its bytes ([`Store::to_index`])
/// are the prebuilt index a page opens instead of building it again.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Store {
    #[serde(with = "packed::labels")]
    pub labels: Labels,
    arena: Vec<String>,
    symbols: Vec<Rc<str>>,
    #[serde(with = "packed::people")]
    people: Vec<Participant>,
    records: Vec<Record>,
    words: WordIndex,
    facets: Vec<FacetValues>,
    newest: Vec<u32>,
    oldest: Vec<u32>,
    /// Each city value's place on the map, from its first meeting with coordinates.
    city_places: Vec<Option<crate::view::atlas::Point>>,
    /// Each meeting's participants as values of the participant facet, each
    /// once: meeting i's are `meeting_people[meeting_people_start[i]..meeting_people_start[i + 1]]`
    /// (one flat list, so the matrix counts 100,000 meetings without an allocation each).
    meeting_people: Vec<u32>,
    meeting_people_start: Vec<u32>,
    /// The records the load left out or put right.
    pub report: crate::repair::Report,
}

impl Default for Store {
    fn default() -> Store {
        Store {
            labels: Labels::default(),
            arena: Vec::new(),
            symbols: Vec::new(),
            people: Vec::new(),
            records: Vec::new(),
            words: WordIndex::default(),
            facets: vec![FacetValues::default(); Facet::ALL.len()],
            newest: Vec::new(),
            oldest: Vec::new(),
            city_places: Vec::new(),
            meeting_people: Vec::new(),
            meeting_people_start: Vec::new(),
            report: crate::repair::Report::default(),
        }
    }
}

/// What a filter state selects: the cards in order and every facet's counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    pub visible: Vec<u32>,
    /// For each facet (in [`Facet::ALL`] order), each value's count, in the store's value order.
    pub counts: Vec<Vec<u32>>,
}

/// Bitsets of the query words last looked up, so typing a second word does
/// not look up the first again.
#[derive(Debug, Clone, Default)]
pub struct WordCache {
    entries: Vec<(String, bool, Bits)>,
}

impl Store {
    pub fn from_meetings(meetings: Vec<Meeting>, labels: Labels) -> Store {
        let mut b = StoreBuilder::new(labels, meetings.len());
        for m in meetings {
            b.push(m);
        }
        b.finish()
    }

    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// Approximate bytes held by each part, for the benchmark's notes.
    pub fn footprint(&self) -> Vec<(&'static str, usize)> {
        let w = &self.words;
        vec![
            ("text arena", self.arena.iter().map(String::capacity).sum()),
            ("records", self.records.capacity() * std::mem::size_of::<Record>()),
            ("symbols", self.symbols.iter().map(|s| s.len() + 32).sum()),
            ("terms", w.terms.iter().map(|t| t.len() + 16).sum::<usize>() + (w.starts.len() + w.head_starts.len()) * 4),
            ("postings", w.postings.len() + w.head_postings.len()),
            ("facets", self.facets.iter().flat_map(|f| &f.meetings).map(|m| m.capacity() * 4).sum()),
        ]
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    fn text(&self, t: Text) -> &str {
        let (a, b) = (t.start as usize, t.start as usize + t.len as usize);
        self.arena.get(t.block as usize).and_then(|block| block.get(a..b)).unwrap_or("")
    }

    fn sym(&self, s: Sym) -> Option<&str> {
        self.symbols.get(s as usize).map(|s| &**s)
    }

    fn owned(&self, s: Sym) -> Option<String> {
        self.sym(s).map(str::to_owned)
    }

    fn owned_list(&self, list: &[Sym]) -> Vec<String> {
        list.iter().filter_map(|&s| self.owned(s)).collect()
    }

    pub fn id(&self, i: usize) -> &str {
        self.records.get(i).map_or("", |r| self.text(r.id))
    }

    /// Meeting `i`'s start date as `yyyymmdd`, 0 when unknown.
    pub fn date_number(&self, i: usize) -> u32 {
        self.records.get(i).map_or(0, |r| r.date_start)
    }

    /// The earliest and latest start dates, as `yyyymmdd`.
    pub fn date_bounds(&self) -> Option<(u32, u32)> {
        let dated = || self.records.iter().map(|r| r.date_start).filter(|&d| d != 0);
        Some((dated().min()?, dated().max()?))
    }

    pub fn date_start(&self, i: usize) -> Option<String> {
        self.records.get(i).and_then(|r| date_text(r.date_start))
    }

    pub fn occasion_org(&self, i: usize) -> Option<&str> {
        self.records.get(i).and_then(|r| self.sym(r.occasion_org))
    }

    pub fn title(&self, i: usize) -> &str {
        self.records.get(i).map_or("", |r| self.text(r.title))
    }

    /// The position of the meeting with this id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.records.iter().position(|r| self.text(r.id) == id)
    }

    /// Meeting `i` in full, as the dataset gave it.
    pub fn meeting(&self, i: usize) -> Option<Meeting> {
        let r = self.records.get(i)?;
        Some(Meeting {
            id: self.text(r.id).to_owned(),
            status: r.status,
            kind: r.kind,
            participants: r.participants.iter().filter_map(|&p| self.people.get(p as usize).cloned()).collect(),
            date_start: date_text(r.date_start),
            date_end: date_text(r.date_end),
            date_basis: r.date_basis,
            date_reason: self.text(r.date_reason).to_owned(),
            date_clues: r.date_clues.to_vec(),
            city: self.owned(r.city),
            city_ar: self.owned(r.city_ar),
            country: self.owned(r.country),
            country_ar: self.owned(r.country_ar),
            lat: r.lat,
            lon: r.lon,
            occasion: self.owned(r.occasion),
            occasion_ar: self.owned(r.occasion_ar),
            occasion_org: self.owned(r.occasion_org),
            topics: self.owned_list(&r.topics),
            quotes: r
                .quotes
                .iter()
                .map(|q| Quote {
                    speaker: self.owned(q.speaker).unwrap_or_default(),
                    speaker_ar: self.owned(q.speaker_ar).unwrap_or_default(),
                    text: self.text(q.text).to_owned(),
                    span: q.span.map(|(start, end)| Span { start: start as usize, end: end as usize }),
                })
                .collect(),
            agencies: self.owned_list(&r.agencies),
            source_file: self.text(r.source_file).to_owned(),
            title: self.text(r.title).to_owned(),
            lede: self.text(r.lede).to_owned(),
            // Inserted one by one: collecting into a map would bring a second sort into the wasm.
            evidence: r.evidence.iter().fold(Default::default(), |mut evidence, (k, spans)| {
                let spans = spans.iter().map(|&(s, e)| Span { start: s as usize, end: e as usize }).collect();
                evidence.insert(self.owned(*k).unwrap_or_default(), spans);
                evidence
            }),
            article_text: self.text(r.article).to_owned(),
            mentions: self.owned_list(&r.mentions),
            people_named: self.owned_list(&r.people_named),
            url: self.owned(r.url),
            publisher: self.owned(r.publisher),
            corrected: r.corrected.iter().fold(Default::default(), |mut corrected, &(field, old)| {
                corrected.insert(self.owned(field).unwrap_or_default(), self.text(old).to_owned());
                corrected
            }),
        })
    }

    /// The values of a facet, in the store's order (sorted keys).
    pub fn values(&self, facet: Facet) -> &[String] {
        &self.facets[facet.position()].keys
    }

    /// Where city value `v` sits on the map, if any of its meetings says.
    pub fn city_place(&self, v: usize) -> Option<crate::view::atlas::Point> {
        self.city_places.get(v).copied().flatten()
    }

    /// How many of these meetings have each value of a facet, in the store's value order.
    pub fn count_by_value(&self, facet: Facet, meetings: &[u32]) -> Vec<u32> {
        let mut chosen = Bits::empty(self.len());
        for &i in meetings {
            chosen.set(i as usize);
        }
        self.counts_in(facet, &chosen)
    }

    /// How many of the meetings in `mask` have each value of a facet, in the store's value order.
    fn counts_in(&self, facet: Facet, mask: &Bits) -> Vec<u32> {
        self.facets[facet.position()]
            .meetings
            .iter()
            .map(|docs| docs.iter().filter(|&&d| mask.has(d as usize)).count() as u32)
            .collect()
    }

    /// Meeting `i`'s participants as values of the participant facet, each once.
    pub fn participant_values(&self, i: usize) -> &[u32] {
        let start = |k: usize| self.meeting_people_start.get(k).map(|&s| s as usize);
        match (start(i), start(i + 1)) {
            (Some(a), Some(b)) => self.meeting_people.get(a..b).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// The Arabic name the data gives a facet value, when it has one.
    pub fn native_ar(&self, facet: Facet, value: usize) -> Option<&str> {
        self.facets[facet.position()].native_ar.get(value).and_then(|n| n.as_deref())
    }

    pub fn value_position(&self, facet: Facet, key: &str) -> Option<usize> {
        self.values(facet).binary_search_by(|k| k.as_str().cmp(key)).ok()
    }

    /// The term ids whose words start with `prefix`.
    fn prefix_range(&self, prefix: &str) -> (usize, usize) {
        let terms = &self.words.terms;
        let lo = terms.partition_point(|t| &**t < prefix);
        let hi = lo + terms[lo..].partition_point(|t| t.starts_with(prefix));
        (lo, hi)
    }

    /// The term ids equal to `term` (none or one).
    fn exact_range(&self, term: &str) -> (usize, usize) {
        let terms = &self.words.terms;
        let lo = terms.partition_point(|t| &**t < term);
        (lo, lo + usize::from(terms.get(lo).is_some_and(|t| &**t == term)))
    }

    /// The meetings that have a word matching query word `word` (in the
    /// headline fields only, with `head`).
    fn word_bits(&self, word: &str, head: bool) -> Bits {
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        for form in crate::search::query_forms(word) {
            ranges.push(self.prefix_range(form));
            let sk = skeleton(form);
            ranges.push(if crate::search::skeleton_may_be_prefix(&sk) {
                self.prefix_range(&sk)
            } else {
                self.exact_range(&sk)
            });
        }
        ranges.sort_unstable();
        let mut out = Bits::empty(self.len());
        let (starts, postings) = if head {
            (&self.words.head_starts, &self.words.head_postings)
        } else {
            (&self.words.starts, &self.words.postings)
        };
        let mut done = 0;
        for (lo, hi) in ranges {
            // Each term's list is encoded on its own (deltas from 0).
            for term in lo.max(done)..hi {
                if let (Some(&a), Some(&b)) = (starts.get(term), starts.get(term + 1)) {
                    or_postings(postings.get(a as usize..b as usize).unwrap_or(&[]), &mut out);
                }
            }
            done = done.max(hi);
        }
        out
    }

    /// The meetings matching every word of the query.
    fn query_bits(&self, query: &Query, head: bool, cache: &mut WordCache) -> Bits {
        let mut out = Bits::full(self.len());
        let mut next = Vec::new();
        for word in query.words() {
            let found = cache.entries.iter().position(|(w, h, _)| w == word && *h == head);
            let bits = match found {
                Some(at) => cache.entries.swap_remove(at).2,
                None => self.word_bits(word, head),
            };
            out.and_with(&bits);
            next.push((word.clone(), head, bits));
        }
        cache.entries.retain(|(_, h, _)| *h != head);
        cache.entries.extend(next);
        out
    }

    fn in_range_bits(&self, state: &FilterState) -> Option<Bits> {
        if state.from.is_none() && state.to.is_none() {
            return None;
        }
        let from = date_number(state.from.as_deref());
        let to = date_number(state.to.as_deref());
        let mut out = Bits::empty(self.len());
        for (i, r) in self.records.iter().enumerate() {
            // An undated meeting cannot be placed inside a range.
            let end = if r.date_end != 0 { r.date_end } else { r.date_start };
            if r.date_start != 0 && (from == 0 || end >= from) && (to == 0 || r.date_start <= to) {
                out.set(i);
            }
        }
        Some(out)
    }

    /// Meetings having any ticked value of a facet.
    fn facet_bits(&self, facet: Facet, ticked: &std::collections::BTreeSet<String>) -> Bits {
        let mut out = Bits::empty(self.len());
        for key in ticked {
            if let Some(v) = self.value_position(facet, key) {
                for &doc in &self.facets[facet.position()].meetings[v] {
                    out.set(doc as usize);
                }
            }
        }
        out
    }

    /// The cards a filter state shows, in order, and the facet counts.
    pub fn select(&self, state: &FilterState, cache: &mut WordCache) -> Selection {
        let query = Query::parse(&state.query);
        // Query and date range: shared by the cards and every count.
        let mut base = self.query_bits(&query, false, cache);
        if let Some(range) = self.in_range_bits(state) {
            base.and_with(&range);
        }
        // A pair: the meetings both people had, whatever the facets.
        if let Some((a, b)) = &state.pair {
            for person in [a, b] {
                base.and_with(&self.facet_bits(Facet::Participant, &std::iter::once(person.clone()).collect()));
            }
        }
        let ticked: Vec<(Facet, Bits)> =
            state.selected.iter().map(|(facet, values)| (*facet, self.facet_bits(*facet, values))).collect();
        let mut all = base.clone();
        for (_, bits) in &ticked {
            all.and_with(bits);
        }
        // A facet's counts ignore its own ticks: facets without ticks share `all`.
        let counts = Facet::ALL
            .into_iter()
            .map(|facet| {
                let own;
                let mask = if ticked.iter().any(|(f, _)| *f == facet) {
                    let mut m = base.clone();
                    for (_, bits) in ticked.iter().filter(|(f, _)| *f != facet) {
                        m.and_with(bits);
                    }
                    own = m;
                    &own
                } else {
                    &all
                };
                self.counts_in(facet, mask)
            })
            .collect();

        let visible = match state.sort {
            Sort::Newest => self.newest.iter().copied().filter(|&i| all.has(i as usize)).collect(),
            Sort::Oldest => self.oldest.iter().copied().filter(|&i| all.has(i as usize)).collect(),
            Sort::Relevance if query.is_empty() => {
                self.newest.iter().copied().filter(|&i| all.has(i as usize)).collect()
            }
            Sort::Relevance => {
                // Matches in the headline fields first, then newest.
                let head = self.query_bits(&query, true, cache);
                let (mut first, mut rest) = (Vec::new(), Vec::new());
                for &i in &self.newest {
                    if all.has(i as usize) {
                        if head.has(i as usize) { first.push(i) } else { rest.push(i) }
                    }
                }
                first.extend(rest);
                first
            }
        };
        Selection { visible, counts }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::BILATERAL;
    use std::collections::BTreeMap;

    fn meeting(id: &str, date: &str, org: Option<&str>, people: &[&str], topics: &[&str]) -> Meeting {
        Meeting {
            id: id.into(),
            date_start: Some(date.into()),
            date_end: Some(date.into()),
            occasion_org: org.map(str::to_owned),
            participants: people.iter().map(|p| Participant { name: (*p).into(), ..Default::default() }).collect(),
            topics: topics.iter().map(|t| (*t).to_owned()).collect(),
            title: format!("لقاء {id}"),
            ..Default::default()
        }
    }

    fn data() -> Vec<Meeting> {
        vec![
            meeting("a", "2022-07-28", Some("SCO"), &["Sergey Lavrov", "Wang Yi"], &["sco"]),
            meeting("b", "2024-04-09", None, &["Sergey Lavrov", "Wang Yi"], &["ukraine", "brics"]),
            meeting("c", "2025-02-24", None, &["Sergey Lavrov", "Hakan Fidan"], &["ukraine"]),
            meeting("d", "2025-07-13", Some("SCO"), &["Sergey Lavrov", "Wang Yi"], &["ukraine", "sco"]),
        ]
    }

    #[test]
    fn date_orders_keep_the_dataset_order_among_equal_dates_and_put_undated_meetings_at_the_end_of_newest() {
        let dates = [2024_0101, 0, 2025_0101, 2024_0101, 0, 2023_0505];
        let (newest, oldest) = date_orders(&dates);
        assert_eq!(newest, vec![2, 0, 3, 5, 1, 4]);
        assert_eq!(oldest, vec![1, 4, 5, 0, 3, 2]);
        assert_eq!(date_orders(&[]), (vec![], vec![]));
        assert_eq!(date_number(Some("2024-02-03")), 2024_0203);
        assert_eq!(date_number(Some("2024-2-3")), 0);
    }

    fn ids(store: &Store, s: &FilterState) -> Vec<String> {
        store.select(s, &mut WordCache::default()).visible.iter().map(|&i| store.id(i as usize).to_owned()).collect()
    }

    fn counts(store: &Store, s: &FilterState, facet: Facet) -> BTreeMap<String, u32> {
        let sel = store.select(s, &mut WordCache::default());
        store.values(facet).iter().cloned().zip(sel.counts[facet.position()].iter().copied()).collect()
    }

    #[test]
    fn or_within_a_facet_and_across_facets() {
        let store = Store::from_meetings(data(), Labels::default());
        let mut s = FilterState::default();
        s.toggle(Facet::Year, "2022");
        s.toggle(Facet::Year, "2025");
        assert_eq!(ids(&store, &s), vec!["d", "c", "a"]);
        s.toggle(Facet::Occasion, "SCO");
        assert_eq!(ids(&store, &s), vec!["d", "a"]);
        s.toggle(Facet::Participant, "Hakan Fidan");
        assert!(ids(&store, &s).is_empty());
        s.sort = Sort::Oldest;
        s.selected.clear();
        assert_eq!(ids(&store, &s), vec!["a", "b", "c", "d"]);
    }

    #[test]
    fn counts_ignore_their_own_facet_and_keep_zeros() {
        let store = Store::from_meetings(data(), Labels::default());
        let mut s = FilterState::default();
        s.toggle(Facet::Year, "2025");
        let years = counts(&store, &s, Facet::Year);
        assert_eq!(
            years.into_iter().collect::<Vec<_>>(),
            vec![("2022".into(), 1), ("2024".into(), 1), ("2025".into(), 2)]
        );
        let topics = counts(&store, &s, Facet::Topic);
        assert_eq!(topics["brics"], 0);
        assert_eq!(topics["ukraine"], 2);
        assert_eq!(counts(&store, &s, Facet::Occasion)[BILATERAL], 1);
    }

    #[test]
    fn query_and_date_range_narrow_counts_too() {
        let store = Store::from_meetings(data(), Labels::default());
        let s = FilterState { from: Some("2024-01-01".into()), to: Some("2025-03-01".into()), ..Default::default() };
        assert_eq!(ids(&store, &s), vec!["c", "b"]);
        let s = FilterState { query: "لقاء d".into(), ..Default::default() };
        assert_eq!(counts(&store, &s, Facet::Year).values().sum::<u32>(), 1);
        assert_eq!(ids(&store, &s), vec!["d"]);
    }

    #[test]
    fn relevance_puts_headline_matches_first() {
        let mut m = data();
        m[0].lede = "بحث لافروف ملف أوكرانيا".into();
        m[2].title = "لافروف يلتقي فيدان في أنقرة".into();
        m[2].lede = "أوكرانيا".into();
        let store = Store::from_meetings(m, Labels::default());
        let s = FilterState { query: "أوكرانيا".into(), sort: Sort::Relevance, ..Default::default() };
        assert_eq!(ids(&store, &s), vec!["c", "a"]);
        let s = FilterState { query: "انقره".into(), sort: Sort::Relevance, ..Default::default() };
        assert_eq!(ids(&store, &s), vec!["c"]);
    }

    #[test]
    fn meetings_come_back_whole() {
        let mut m = data();
        m[1].article_text = "مقدمة الخبر.\nقال لافروف: نص".into();
        m[1].lede = "مقدمة الخبر.".into();
        m[1].quotes = vec![Quote { speaker: "Sergey Lavrov".into(), text: "نص".into(), ..Default::default() }];
        m[1].quotes
            .push(Quote { speaker: "Wang Yi".into(), text: "ليس في المقال".into(), ..Default::default() });
        m[1].evidence.insert("date".into(), vec![Span { start: 0, end: 4 }]);
        m[1].lat = Some(55.75);
        m[1].lon = Some(37.62);
        let store = Store::from_meetings(m.clone(), Labels::default());
        for (i, original) in m.iter().enumerate() {
            assert_eq!(store.meeting(i).as_ref(), Some(original));
        }
        assert_eq!(store.meeting(9), None);
        assert_eq!(store.position("c"), Some(2));
    }

    #[test]
    fn undated_meetings_stay_out_of_ranges_and_sort_last() {
        let mut m = data();
        m.push(Meeting { id: "e".into(), title: "لقاء".into(), ..Default::default() });
        let store = Store::from_meetings(m, Labels::default());
        assert_eq!(ids(&store, &FilterState::default()), vec!["d", "c", "b", "a", "e"]);
        let s = FilterState { from: Some("2000-01-01".into()), ..Default::default() };
        assert!(!ids(&store, &s).contains(&"e".to_owned()));
    }

    #[test]
    fn matches_across_spellings_clitics_and_languages() {
        let m = Meeting {
            id: "m".into(),
            title: "لافروف يجري محادثات مع نظيره الصيني في طشقند".into(),
            article_text: "التقى وانغ يي في شانغهاي وبكين".into(),
            participants: vec![Participant {
                name: "Sergey Lavrov".into(),
                name_ar: "سيرغي لافروف".into(),
                ..Default::default()
            }],
            occasion_org: Some("SCO".into()),
            ..Default::default()
        };
        let store = Store::from_meetings(vec![m], Labels::default());
        let matches = |q: &str| !ids(&store, &FilterState { query: q.into(), ..Default::default() }).is_empty();
        for q in ["وانج", "وانغ", "شنغهاي", "بكين", "lavrov", "LAV", "sco", "لافروف طشقند", "والصيني", ""]
        {
            assert!(matches(q), "{q:?} should match");
        }
        for q in ["موسكو", "lavrov moscow", "fidan", "وانقرة"] {
            assert!(!matches(q), "{q:?} should not match");
        }
    }

    #[test]
    fn a_prefix_gathers_every_term_it_starts() {
        // Gaps of every size between meetings, so lists take one- and multi-byte steps.
        let meetings: Vec<Meeting> = (0..3000)
            .map(|i| Meeting {
                id: format!("m{i}"),
                title: match i % 7 {
                    0 => "وزير الخارجية",
                    _ if i > 2000 => "وزارة",
                    _ => "كلام",
                }
                .into(),
                ..Default::default()
            })
            .collect();
        let store = Store::from_meetings(meetings, Labels::default());
        let hits = |q: &str| ids(&store, &FilterState { query: q.into(), ..Default::default() }).len();
        let count = |f: fn(usize) -> bool| (0..3000).filter(|&i| f(i)).count();
        assert_eq!(hits("و"), count(|i| i % 7 == 0 || i > 2000));
        assert_eq!(hits("وزير"), count(|i| i % 7 == 0));
        assert_eq!(hits("كلا"), count(|i| i % 7 != 0 && i <= 2000));
    }

    #[test]
    fn bits_count_and_bound() {
        let mut b = Bits::full(70);
        assert_eq!(b.count(), 70);
        assert!(!b.has(70));
        b.and_with(&Bits::empty(70));
        assert_eq!(b.count(), 0);
        b.set(69);
        b.set(500);
        assert_eq!(b.count(), 1);
    }
}
