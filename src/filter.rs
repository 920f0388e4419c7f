//! What the reader asked for, as plain data: query, facet selections, date
//! range, sort, language and the opened card. `store` turns it into the
//! matching meetings and the facet counts. The whole state round-trips
//! through the URL hash.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Kind, Meeting, Status};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    Year,
    Country,
    City,
    Participant,
    Occasion,
    Topic,
    Agency,
    Status,
    Kind,
}

impl Facet {
    pub const ALL: [Facet; 9] = [
        Facet::Year,
        Facet::Participant,
        Facet::Country,
        Facet::City,
        Facet::Occasion,
        Facet::Topic,
        Facet::Agency,
        Facet::Status,
        Facet::Kind,
    ];

    /// The word used in the URL hash and in attributes.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Year => "year",
            Facet::Country => "country",
            Facet::City => "city",
            Facet::Participant => "person",
            Facet::Occasion => "occasion",
            Facet::Topic => "topic",
            Facet::Agency => "agency",
            Facet::Status => "status",
            Facet::Kind => "kind",
        }
    }

    pub fn from_key(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.key() == key)
    }

    /// The facet's place in [`Facet::ALL`]: where per-facet tables keep it.
    pub fn position(self) -> usize {
        Facet::ALL.iter().position(|f| *f == self).unwrap_or(0)
    }
}

/// The value an occasion facet uses for meetings outside any organisation.
pub const BILATERAL: &str = "bilateral";

/// A meeting's values for one facet (language-neutral keys).
pub fn facet_values(m: &Meeting, facet: Facet) -> Vec<String> {
    match facet {
        Facet::Year => m
            .date_start
            .as_deref()
            .filter(|d| crate::repair::plausible_date(d))
            .and_then(|d| d.get(..4))
            .map(str::to_owned)
            .into_iter()
            .collect(),
        Facet::Country => m.country.clone().into_iter().collect(),
        Facet::City => m.city.clone().into_iter().collect(),
        Facet::Participant => m.participants.iter().map(|p| p.key().to_owned()).filter(|k| !k.is_empty()).collect(),
        Facet::Occasion => vec![m.occasion_org.clone().unwrap_or_else(|| BILATERAL.to_owned())],
        Facet::Topic => m.topics.clone(),
        Facet::Agency => m.agencies.clone(),
        Facet::Status => vec![status_key(m.status).to_owned()],
        Facet::Kind => vec![kind_key(m.kind).to_owned()],
    }
}

pub fn kind_key(k: Kind) -> &'static str {
    match k {
        Kind::Meeting => "meeting",
        Kind::Call => "call",
    }
}

pub fn status_key(s: Status) -> &'static str {
    match s {
        Status::Held => "held",
        Status::Announced => "announced",
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    #[default]
    Newest,
    Oldest,
    Relevance,
}

impl Sort {
    pub fn key(self) -> &'static str {
        match self {
            Sort::Newest => "newest",
            Sort::Oldest => "oldest",
            Sort::Relevance => "relevance",
        }
    }

    pub fn from_key(key: &str) -> Option<Sort> {
        [Sort::Newest, Sort::Oldest, Sort::Relevance].into_iter().find(|s| s.key() == key)
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Ar,
    En,
}

impl Lang {
    pub fn key(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::En => "en",
        }
    }
}

/// The digits the Arabic interface writes its numbers and dates in:
/// Western ("2024"), as most of the Arabic press online prints them, or
/// Arabic-Indic ("٢٠٢٤") on request. English always writes Western digits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Numerals {
    #[default]
    Western,
    ArabicIndic,
}

impl Numerals {
    /// The Unicode locale extension's name for the system (`-u-nu-arab`).
    pub fn key(self) -> &'static str {
        match self {
            Numerals::Western => "latn",
            Numerals::ArabicIndic => "arab",
        }
    }

    /// The digits a reader of `lang` is shown: the setting in Arabic, Western in English.
    pub fn for_lang(self, lang: Lang) -> Numerals {
        if lang == Lang::Ar { self } else { Numerals::Western }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FilterState {
    pub query: String,
    pub selected: BTreeMap<Facet, BTreeSet<String>>,
    /// Inclusive ISO dates.
    pub from: Option<String>,
    pub to: Option<String>,
    /// Two people whose meetings together are shown (the who-met-whom
    /// matrix), in key order.
    pub pair: Option<(String, String)>,
    pub sort: Sort,
    pub lang: Lang,
    pub numerals: Numerals,
    /// The card whose article is open, and the fact whose evidence is shown.
    pub open: Option<String>,
    pub evidence: Option<String>,
}

/// Limits on what a hash may carry; anything past them is ignored.
const MAX_HASH: usize = 8_192;
const MAX_VALUE: usize = 200;
const MAX_VALUES_PER_FACET: usize = 100;

/// A well-formed ISO date "YYYY-MM-DD" (month 01–12, day 01–31). The filter
/// only compares such strings, so no calendar is needed here; keeping a
/// calendar crate out of the page keeps the wasm small.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !digits(0..4) || !digits(5..7) || !digits(8..10) {
        return false;
    }
    let month = (b[5] - b'0') * 10 + (b[6] - b'0');
    let day = (b[8] - b'0') * 10 + (b[9] - b'0');
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

fn valid_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= MAX_VALUE && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

impl FilterState {
    pub fn is_selected(&self, facet: Facet, value: &str) -> bool {
        self.selected.get(&facet).is_some_and(|s| s.contains(value))
    }

    pub fn toggle(&mut self, facet: Facet, value: &str) {
        let set = self.selected.entry(facet).or_default();
        if !set.remove(value) {
            set.insert(value.to_owned());
        }
        if set.is_empty() {
            self.selected.remove(&facet);
        }
    }

    /// Whether `a` and `b` (either way round) are the pair selected.
    pub fn pair_is(&self, a: &str, b: &str) -> bool {
        self.pair.as_ref().is_some_and(|(x, y)| (x == a && y == b) || (x == b && y == a))
    }

    /// Selects the pair `a`, `b`, or clears it when it is the one selected.
    pub fn toggle_pair(&mut self, a: &str, b: &str) {
        self.pair = match self.pair_is(a, b) {
            true => None,
            false if a == b => None,
            false => Some(if a < b { (a.to_owned(), b.to_owned()) } else { (b.to_owned(), a.to_owned()) }),
        };
    }

    /// How many filters narrow the list (the small-screen badge).
    pub fn active_count(&self) -> usize {
        usize::from(self.pair.is_some())
            + self.selected.values().map(BTreeSet::len).sum::<usize>()
            + usize::from(self.from.is_some())
            + usize::from(self.to.is_some())
    }

    pub fn clear_filters(&mut self) {
        self.selected.clear();
        self.pair = None;
        self.from = None;
        self.to = None;
        self.query.clear();
    }

    /// The URL hash (without "#"): only what differs from the default view.
    pub fn to_hash(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        if !self.query.is_empty() {
            out.append_pair("q", &self.query);
        }
        for (facet, values) in &self.selected {
            let joined: Vec<&str> = values.iter().map(String::as_str).collect();
            out.append_pair(facet.key(), &joined.join("|"));
        }
        if let Some((a, b)) = &self.pair {
            out.append_pair("pair", &format!("{a}|{b}"));
        }
        if let Some(d) = &self.from {
            out.append_pair("from", d);
        }
        if let Some(d) = &self.to {
            out.append_pair("to", d);
        }
        if self.sort != Sort::default() {
            out.append_pair("sort", self.sort.key());
        }
        if self.lang != Lang::default() {
            out.append_pair("lang", self.lang.key());
        }
        if self.numerals != Numerals::default() {
            out.append_pair("nu", self.numerals.key());
        }
        if let Some(id) = &self.open {
            out.append_pair("open", id);
            if let Some(field) = &self.evidence {
                out.append_pair("evidence", field);
            }
        }
        out.finish()
    }

    /// Reads a hash written by [`to_hash`] (with or without "#"). Unknown
    /// keys, malformed values and oversize input are ignored, never an error.
    pub fn from_hash(hash: &str) -> FilterState {
        let mut state = FilterState::default();
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        if hash.len() > MAX_HASH {
            return state;
        }
        for (key, value) in form_urlencoded::parse(hash.as_bytes()) {
            let value = value.trim();
            if value.len() > MAX_VALUE * 4 {
                continue;
            }
            match key.as_ref() {
                "q" => state.query = value.chars().filter(|c| !c.is_control()).take(MAX_VALUE).collect(),
                "from" if is_iso_date(value) => state.from = Some(value.to_owned()),
                "to" if is_iso_date(value) => state.to = Some(value.to_owned()),
                "sort" => state.sort = Sort::from_key(value).unwrap_or_default(),
                "lang" => state.lang = if value == "en" { Lang::En } else { Lang::Ar },
                "nu" => state.numerals = if value == "arab" { Numerals::ArabicIndic } else { Numerals::Western },
                "open" if valid_id(value) => state.open = Some(value.to_owned()),
                "pair" => {
                    let plain = |v: &&str| !v.is_empty() && v.len() <= MAX_VALUE && !v.chars().any(char::is_control);
                    if let Some((a, b)) = value.split_once('|').map(|(a, b)| (a.trim(), b.trim()))
                        && plain(&a)
                        && plain(&b)
                    {
                        state.toggle_pair(a, b);
                    }
                }
                "evidence" if valid_id(value) => state.evidence = Some(value.to_owned()),
                other => {
                    if let Some(facet) = Facet::from_key(other) {
                        let mut values = BTreeSet::new();
                        value
                            .split('|')
                            .map(str::trim)
                            .filter(|v| !v.is_empty() && v.len() <= MAX_VALUE && !v.chars().any(char::is_control))
                            .take(MAX_VALUES_PER_FACET)
                            .for_each(|v| {
                                values.insert(v.to_owned());
                            });
                        if !values.is_empty() {
                            state.selected.insert(facet, values);
                        }
                    }
                }
            }
        }
        // A link with the range written backwards means the same range.
        if let (Some(from), Some(to)) = (&state.from, &state.to)
            && from > to
        {
            std::mem::swap(&mut state.from, &mut state.to);
        }
        if state.evidence.is_some() && state.open.is_none() {
            state.evidence = None;
        }
        state
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_round_trips() {
        let mut s = FilterState {
            query: "وانج يي & co=1".into(),
            from: Some("2023-01-01".into()),
            to: Some("2025-12-31".into()),
            sort: Sort::Oldest,
            lang: Lang::En,
            numerals: Numerals::ArabicIndic,
            open: Some("004_86a1952c2eca5857-1".into()),
            evidence: Some("date".into()),
            ..Default::default()
        };
        s.toggle(Facet::Year, "2024");
        s.toggle(Facet::Year, "2025");
        s.toggle(Facet::Participant, "Wang Yi");
        s.toggle(Facet::Occasion, "SCO");
        s.toggle_pair("Wang Yi", "Sergey Lavrov");
        let hash = s.to_hash();
        assert_eq!(FilterState::from_hash(&format!("#{hash}")), s);
        assert_eq!(FilterState::default().to_hash(), "");
    }

    #[test]
    fn a_pair_is_one_pair_in_key_order_and_selecting_it_again_clears_it() {
        let mut s = FilterState::default();
        s.toggle_pair("Wang Yi", "Sergey Lavrov");
        assert_eq!(s.pair, Some(("Sergey Lavrov".into(), "Wang Yi".into())));
        assert!(s.pair_is("Wang Yi", "Sergey Lavrov"));
        assert_eq!(s.active_count(), 1);
        s.toggle_pair("Sergey Lavrov", "Wang Yi");
        assert_eq!(s.pair, None);
        s.toggle_pair("A", "A");
        assert_eq!(s.pair, None, "no one meets themselves");
        for bad in ["#pair=A", "#pair=|B", "#pair=A%7CA", "#pair=%01|B"] {
            assert_eq!(FilterState::from_hash(bad).pair, None, "{bad}");
        }
        assert_eq!(FilterState::from_hash("#pair=B|A").pair, Some(("A".into(), "B".into())));
    }

    #[test]
    fn the_kind_facet_keys_a_call_apart_from_a_meeting() {
        let call = Meeting { kind: Kind::Call, ..Default::default() };
        assert_eq!(facet_values(&call, Facet::Kind), vec!["call"]);
        assert_eq!(facet_values(&Meeting::default(), Facet::Kind), vec!["meeting"]);
        let mut s = FilterState::default();
        s.toggle(Facet::Kind, "call");
        assert_eq!(FilterState::from_hash(&format!("#{}", s.to_hash())), s);
    }

    #[test]
    fn iso_dates_are_checked_by_shape() {
        for ok in ["2024-07-25", "1999-12-31"] {
            assert!(is_iso_date(ok), "{ok}");
        }
        for bad in ["2024-13-01", "2024-00-10", "2024-7-25", "24-07-25", "2024-07-32", "2024/07/25", "٢٠٢٤-٠٧-٢٥", ""]
        {
            assert!(!is_iso_date(bad), "{bad}");
        }
    }

    #[test]
    fn a_range_written_backwards_in_a_link_is_the_same_range() {
        let s = FilterState::from_hash("#from=2025-03-01&to=2022-01-01");
        assert_eq!((s.from.as_deref(), s.to.as_deref()), (Some("2022-01-01"), Some("2025-03-01")));
    }

    #[test]
    fn a_hostile_hash_is_ignored_piece_by_piece() {
        let cases = [
            "#from=2024-13-45&to=tomorrow&sort=drop+table&lang=xx&nu=roman&open=<script>&evil=1",
            "#year=%FF%FE&q=%00%01",
            "##&&==&q",
            "#open=../../etc/passwd",
        ];
        for hash in cases {
            let s = FilterState::from_hash(hash);
            assert_eq!(s.from, None, "{hash}");
            assert_eq!(s.to, None);
            assert_eq!(s.sort, Sort::Newest);
            assert_eq!(s.open, None);
            assert_eq!(s.numerals, Numerals::Western);
            assert!(!s.query.chars().any(char::is_control));
        }
        let huge = format!("#q={}", "ا".repeat(20_000));
        assert_eq!(FilterState::from_hash(&huge), FilterState::default());
        let many = format!("#year={}", (0..5000).map(|i| i.to_string()).collect::<Vec<_>>().join("|"));
        assert!(
            FilterState::from_hash(&many).selected.get(&Facet::Year).is_none_or(|v| v.len() <= MAX_VALUES_PER_FACET)
        );
    }
}
