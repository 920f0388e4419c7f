//! The widget as a state machine: the web layer turns DOM events into
//! [`Msg`]s, [`update`] changes the [`State`] and answers with [`Effect`]s
//! that the web layer carries out. Nothing here touches the DOM, so all of it
//! runs under `cargo test`.

use crate::filter::{Facet, FilterState, Lang, Numerals, Sort};
use crate::model::Dataset;
use crate::store::{Store, WordCache};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    Csv,
    Json,
    Spreadsheet,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    QueryChanged(String),
    ToggleFacet(Facet, String),
    /// Two people's meetings together, from the who-met-whom matrix.
    TogglePair(String, String),
    /// Inclusive ISO dates; `None` clears that end.
    SetRange(Option<String>, Option<String>),
    /// The range's two fields as the reader typed them ("25/7/2024", "٢٥/٧/٢٠٢٤").
    TypeRange(String, String),
    SetSort(Sort),
    ToggleLang,
    /// Arabic-Indic digits in the Arabic interface, or back to Western ones.
    ToggleNumerals,
    ClearAll,
    OpenCard(String),
    ShowEvidence(String, String),
    CloseDialog,
    /// The URL hash changed (back, forward, a pasted link).
    HashChanged(String),
    Export(ExportKind),
    ToggleFilterPanel,
    /// Show the next page of cards.
    ShowMore,
    /// Something only the page's layout knew changed, so it is drawn again:
    /// a press on the timeline that moved too little to pick a range (the band
    /// goes back to the range there is).
    Redraw,
    /// The list of people folded under the matrix was opened or shut.
    PeopleListOpen(bool),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Patch cards, counts, chips and timeline to the current state.
    Render,
    /// The language changed: build the interface again.
    Rebuild,
    /// Write the view into the URL: a new history entry, or replace the current one.
    SetHash {
        hash: String,
        push: bool,
    },
    /// Show meeting `index`'s article, with `field`'s evidence highlighted.
    OpenDialog {
        index: usize,
        field: Option<String>,
    },
    CloseDialog,
    Download {
        filename: String,
        mime: &'static str,
        content: String,
    },
    /// These meetings as a dataset in a JSON file (serialized by the web
    /// layer one meeting at a time, so a large export never sits whole in memory).
    DownloadJson {
        filename: String,
        meetings: Vec<u32>,
    },
}

#[derive(Debug, Clone, Default)]
pub struct State {
    pub store: Store,
    pub filter: FilterState,
    /// Matching meetings, in display order.
    pub visible: Vec<u32>,
    /// Each facet's value counts, in [`Facet::ALL`] order and the store's value order.
    pub counts: Vec<Vec<u32>>,
    /// The last query's word lookups, reused while the reader types.
    words: WordCache,
    /// The filter panel on small screens.
    pub panel_open: bool,
    /// The people folded under the matrix are listed (built only then).
    pub people_open: bool,
    /// How many of the matching cards are drawn; more on request.
    pub limit: usize,
    /// The range's fields whose text is no date (from, to): they keep what
    /// was typed and say so, and the range stays as it was.
    pub range_invalid: (bool, bool),
}

/// Cards drawn at a time: enough to fill a large screen (eight rows of
/// three), few enough that a keystroke that changes every card still fits a
/// frame.
pub const PAGE: usize = 24;

/// Datasets at least this large load in slices between frames, their first
/// cards showing meanwhile (a thousand meetings take about 100 ms to index in
/// the page); smaller ones load whole in less.
pub const LOADS_IN_SLICES_FROM: usize = 1_000;

/// The default view's first page for a large dataset, worked out at build
/// time and embedded ahead of the dataset: the page shows these cards while
/// the browser is still reading the rest. `total` is the whole dataset's size.
#[derive(Debug, serde::Serialize)]
pub struct FirstCards<'a> {
    pub schema: u32,
    pub labels: &'a crate::model::Labels,
    pub meetings: Vec<&'a crate::model::Meeting>,
    pub total: usize,
}

/// [`FirstCards`] for a dataset that loads in slices; `None` for a smaller one.
pub fn first_cards(dataset: &Dataset) -> Option<FirstCards<'_>> {
    if dataset.meetings.len() < LOADS_IN_SLICES_FROM {
        return None;
    }
    let dates: Vec<u32> = dataset.meetings.iter().map(|m| crate::store::date_number(m.date_start.as_deref())).collect();
    let (newest, _) = crate::store::date_orders(&dates);
    Some(FirstCards {
        schema: dataset.schema,
        labels: &dataset.labels,
        meetings: newest.iter().take(PAGE).map(|&i| &dataset.meetings[i as usize]).collect(),
        total: dataset.meetings.len(),
    })
}

impl State {
    /// A state for `dataset`, showing the view a URL hash describes.
    pub fn new(dataset: Dataset, hash: &str) -> Self {
        State::with_store(Store::from_meetings(dataset.meetings, dataset.labels), hash)
    }

    pub fn with_store(store: Store, hash: &str) -> Self {
        let mut state = State { store, filter: FilterState::from_hash(hash), ..Default::default() };
        state.drop_unknown_card();
        state.drop_unknown_values();
        state.refresh();
        state
    }

    fn refresh(&mut self) {
        self.limit = PAGE;
        let selection = self.store.select(&self.filter, &mut self.words);
        self.visible = selection.visible;
        self.counts = selection.counts;
    }

    pub fn position(&self, id: &str) -> Option<usize> {
        self.store.position(id)
    }

    /// The count facet `facet`'s value number `value` shows.
    pub fn count(&self, facet: Facet, value: usize) -> u32 {
        self.counts.get(facet.position()).and_then(|c| c.get(value)).copied().unwrap_or(0)
    }

    /// Facet values the dataset does not have (a stale or forged link) are dropped.
    fn drop_unknown_values(&mut self) {
        let store = &self.store;
        self.filter.selected.retain(|facet, values| {
            values.retain(|v| store.value_position(*facet, v).is_some());
            !values.is_empty()
        });
        let known = |p: &String| store.value_position(Facet::Participant, p).is_some();
        if self.filter.pair.as_ref().is_some_and(|(a, b)| !known(a) || !known(b)) {
            self.filter.pair = None;
        }
    }

    fn drop_unknown_card(&mut self) {
        if self.filter.open.as_deref().is_some_and(|id| self.position(id).is_none()) {
            self.filter.open = None;
            self.filter.evidence = None;
        }
    }

    fn dialog_effect(&self) -> Effect {
        match self.filter.open.as_deref().and_then(|id| self.position(id)) {
            Some(index) => Effect::OpenDialog { index, field: self.filter.evidence.clone() },
            None => Effect::CloseDialog,
        }
    }
}

/// The effects that draw a freshly built widget.
pub fn initial_effects(state: &State) -> Vec<Effect> {
    let mut out = vec![Effect::Rebuild];
    if state.filter.open.is_some() {
        out.push(state.dialog_effect());
    }
    out
}

/// Every text of the page changes (language, digits): it is built again, an
/// open article with it.
fn redrawn_whole(state: &State) -> Vec<Effect> {
    let mut out = vec![Effect::Rebuild, hash(state, true)];
    if state.filter.open.is_some() {
        out.push(state.dialog_effect());
    }
    out
}

fn hash(state: &State, push: bool) -> Effect {
    Effect::SetHash { hash: state.filter.to_hash(), push }
}

pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::QueryChanged(q) => {
            if q == state.filter.query {
                return Vec::new();
            }
            state.filter.query = q;
            state.refresh();
            // Typing replaces the history entry instead of adding one per key.
            vec![Effect::Render, hash(state, false)]
        }
        Msg::ToggleFacet(facet, value) => {
            state.filter.toggle(facet, &value);
            state.refresh();
            vec![Effect::Render, hash(state, true)]
        }
        Msg::TogglePair(a, b) => {
            state.filter.toggle_pair(&a, &b);
            state.drop_unknown_values();
            state.refresh();
            vec![Effect::Render, hash(state, true)]
        }
        Msg::TypeRange(from, to) => {
            use crate::view::date_field::{Typed, read};
            let (from, to) = (read(&from), read(&to));
            let invalid = (from == Typed::Invalid, to == Typed::Invalid);
            if invalid != (false, false) {
                let changed = state.range_invalid != invalid;
                state.range_invalid = invalid;
                return if changed { vec![Effect::Render] } else { Vec::new() };
            }
            let was_invalid = std::mem::take(&mut state.range_invalid) != (false, false);
            let date = |t: Typed| if let Typed::Date(d) = t { Some(d) } else { None };
            let effects = update(state, Msg::SetRange(date(from), date(to)));
            if effects.is_empty() && was_invalid { vec![Effect::Render] } else { effects }
        }
        Msg::SetRange(from, to) => {
            state.range_invalid = (false, false);
            let valid = |d: Option<String>| d.filter(|d| crate::filter::is_iso_date(d));
            let (mut from, mut to) = (valid(from), valid(to));
            if let (Some(f), Some(t)) = (&from, &to)
                && f > t
            {
                std::mem::swap(&mut from, &mut to);
            }
            if (from.clone(), to.clone()) == (state.filter.from.clone(), state.filter.to.clone()) {
                return Vec::new();
            }
            state.filter.from = from;
            state.filter.to = to;
            state.refresh();
            vec![Effect::Render, hash(state, true)]
        }
        Msg::SetSort(sort) => {
            state.filter.sort = sort;
            state.refresh();
            vec![Effect::Render, hash(state, true)]
        }
        Msg::ToggleLang => {
            state.filter.lang = match state.filter.lang {
                Lang::Ar => Lang::En,
                Lang::En => Lang::Ar,
            };
            redrawn_whole(state)
        }
        Msg::ToggleNumerals => {
            state.filter.numerals = match state.filter.numerals {
                Numerals::Western => Numerals::ArabicIndic,
                Numerals::ArabicIndic => Numerals::Western,
            };
            redrawn_whole(state)
        }
        Msg::ClearAll => {
            state.filter.clear_filters();
            state.refresh();
            vec![Effect::Render, hash(state, true)]
        }
        Msg::OpenCard(id) | Msg::ShowEvidence(id, _) if state.position(&id).is_none() => Vec::new(),
        Msg::OpenCard(id) => {
            state.filter.open = Some(id);
            state.filter.evidence = None;
            vec![state.dialog_effect(), hash(state, true)]
        }
        Msg::ShowEvidence(id, field) => {
            state.filter.open = Some(id);
            state.filter.evidence = Some(field);
            vec![state.dialog_effect(), hash(state, true)]
        }
        Msg::CloseDialog => {
            if state.filter.open.is_none() {
                return Vec::new();
            }
            state.filter.open = None;
            state.filter.evidence = None;
            vec![Effect::CloseDialog, hash(state, true)]
        }
        Msg::HashChanged(h) => {
            let mut next = FilterState::from_hash(&h);
            if next == state.filter {
                return Vec::new();
            }
            let lang_changed = next.lang != state.filter.lang;
            std::mem::swap(&mut state.filter, &mut next);
            state.drop_unknown_card();
            state.drop_unknown_values();
            state.refresh();
            vec![if lang_changed { Effect::Rebuild } else { Effect::Render }, state.dialog_effect()]
        }
        Msg::Export(kind) => match kind {
            ExportKind::Csv => vec![Effect::Download {
                filename: "meetings.csv".to_owned(),
                mime: "text/csv;charset=utf-8",
                content: crate::view::to_csv(state.visible.iter().filter_map(|&i| state.store.meeting(i as usize))),
            }],
            ExportKind::Spreadsheet => vec![Effect::Download {
                filename: "meetings.xml".to_owned(),
                mime: "application/vnd.ms-excel;charset=utf-8",
                content: crate::view::to_spreadsheet(
                    state.visible.iter().filter_map(|&i| state.store.meeting(i as usize)),
                ),
            }],
            ExportKind::Json => {
                vec![Effect::DownloadJson { filename: "meetings.json".to_owned(), meetings: state.visible.clone() }]
            }
        },
        Msg::ToggleFilterPanel => {
            state.panel_open = !state.panel_open;
            vec![Effect::Render]
        }
        Msg::Redraw => vec![Effect::Render],
        Msg::PeopleListOpen(open) => {
            state.people_open = open;
            vec![Effect::Render]
        }
        Msg::ShowMore => {
            if state.limit >= state.visible.len() {
                return Vec::new();
            }
            state.limit += PAGE;
            vec![Effect::Render]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_dataset_gets_its_newest_page_ahead_and_a_small_one_none() {
        let meeting = |i: usize| crate::model::Meeting {
            id: format!("m{i}"),
            // Dates repeat every 400 meetings: the newest date has many meetings, kept in dataset order.
            date_start: Some(format!("20{:02}-01-01", 10 + i % 400 / 40)),
            ..Default::default()
        };
        let mut large =
            Dataset { schema: 1, meetings: (0..LOADS_IN_SLICES_FROM).map(meeting).collect(), ..Default::default() };
        let first = first_cards(&large);
        assert!(first.is_some(), "a large dataset has first cards");
        let Some(first) = first else { return };
        assert_eq!(first.total, LOADS_IN_SLICES_FROM);
        assert_eq!(first.meetings.len(), PAGE);
        let ids: Vec<&str> = first.meetings.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids[..3], ["m360", "m361", "m362"]);
        assert!(first.meetings.iter().all(|m| m.date_start.as_deref() == Some("2019-01-01")));
        // The same order as the widget's own newest-first view.
        let state = State::new(large.clone(), "");
        let shown: Vec<&str> = state.visible.iter().take(PAGE).map(|&i| state.store.id(i as usize)).collect();
        assert_eq!(shown, ids);
        large.meetings.truncate(LOADS_IN_SLICES_FROM - 1);
        assert!(first_cards(&large).is_none());
    }

    fn dataset() -> Dataset {
        let m = |id: &str, title: &str, date: &str| crate::model::Meeting {
            id: id.into(),
            title: title.into(),
            date_start: Some(date.into()),
            date_end: Some(date.into()),
            ..Default::default()
        };
        Dataset {
            schema: 1,
            meetings: vec![m("a", "لافروف في طشقند", "2022-07-28"), m("b", "وانغ يي في موسكو", "2023-09-18")],
            ..Default::default()
        }
    }

    fn ids(s: &State) -> Vec<&str> {
        s.visible.iter().map(|&i| s.store.id(i as usize)).collect()
    }

    #[test]
    fn newest_first_and_query_narrows() {
        let mut state = State::new(dataset(), "");
        assert_eq!(ids(&state), vec!["b", "a"]);
        let effects = update(&mut state, Msg::QueryChanged("طشقند".into()));
        assert_eq!(effects[0], Effect::Render);
        assert!(matches!(&effects[1], Effect::SetHash { push: false, hash } if hash.starts_with("q=")));
        assert_eq!(ids(&state), vec!["a"]);
        assert!(update(&mut state, Msg::QueryChanged("طشقند".into())).is_empty());
    }

    #[test]
    fn the_view_comes_back_from_its_hash() {
        let mut state = State::new(dataset(), "");
        update(&mut state, Msg::SetSort(Sort::Oldest));
        update(&mut state, Msg::ToggleFacet(Facet::Year, "2023".into()));
        let effects = update(&mut state, Msg::OpenCard("b".into()));
        assert_eq!(effects[0], Effect::OpenDialog { index: 1, field: None });
        let hash = state.filter.to_hash();
        let restored = State::new(dataset(), &hash);
        assert_eq!(restored.filter, state.filter);
        assert_eq!(ids(&restored), vec!["b"]);
        assert_eq!(initial_effects(&restored)[1], Effect::OpenDialog { index: 1, field: None });
    }

    #[test]
    fn back_and_forward_replay_hashes_without_writing_them() {
        let mut state = State::new(dataset(), "");
        let effects = update(&mut state, Msg::HashChanged("#year=2022&lang=en".into()));
        assert_eq!(effects, vec![Effect::Rebuild, Effect::CloseDialog]);
        assert_eq!(ids(&state), vec!["a"]);
        assert!(update(&mut state, Msg::HashChanged("year=2022&lang=en".into())).is_empty());
        update(&mut state, Msg::HashChanged("#year=1999|%FF&lang=en".into()));
        assert!(state.filter.selected.is_empty());
        assert_eq!(ids(&state), vec!["b", "a"]);
        let effects = update(&mut state, Msg::HashChanged("#open=nope".into()));
        assert_eq!(effects, vec![Effect::Rebuild, Effect::CloseDialog]);
        assert_eq!(state.filter.open, None);
    }

    #[test]
    fn a_pair_from_the_matrix_narrows_the_cards_and_a_link_to_an_unknown_pair_is_dropped() {
        let m = |id: &str, people: &[&str]| crate::model::Meeting {
            id: id.into(),
            participants: people
                .iter()
                .map(|p| crate::model::Participant { name: (*p).into(), ..Default::default() })
                .collect(),
            ..Default::default()
        };
        let data = Dataset {
            schema: 1,
            meetings: vec![m("a", &["Lavrov", "Wang Yi"]), m("b", &["Lavrov", "Fidan"])],
            ..Default::default()
        };
        let mut digits = State::new(data.clone(), "open=a");
        let effects = update(&mut digits, Msg::ToggleNumerals);
        assert_eq!(effects[0], Effect::Rebuild);
        assert!(matches!(&effects[1], Effect::SetHash { push: true, hash } if hash == "nu=arab&open=a"), "{effects:?}");
        assert_eq!(effects.len(), 3, "the open article is drawn again");
        update(&mut digits, Msg::ToggleNumerals);
        assert_eq!(digits.filter.numerals, Numerals::Western);
        let mut state = State::new(data.clone(), "");
        let effects = update(&mut state, Msg::TogglePair("Wang Yi".into(), "Lavrov".into()));
        assert_eq!(effects[0], Effect::Render);
        assert!(matches!(&effects[1], Effect::SetHash { push: true, hash } if hash == "pair=Lavrov%7CWang+Yi"));
        assert_eq!(ids(&state), vec!["a"]);
        update(&mut state, Msg::ClearAll);
        assert_eq!(state.filter.pair, None);
        let stale = State::new(data, "pair=Lavrov|Nobody");
        assert_eq!((stale.filter.pair.clone(), stale.visible.len()), (None, 2));
        // A press on the timeline that picks no range only redraws.
        let mut state = stale;
        assert_eq!(update(&mut state, Msg::Redraw), vec![Effect::Render]);
    }

    #[test]
    fn cards_are_drawn_a_page_at_a_time() {
        let mut data = dataset();
        let template = data.meetings[0].clone();
        data.meetings =
            (0..PAGE * 2 + 5).map(|i| crate::model::Meeting { id: format!("m{i}"), ..template.clone() }).collect();
        let mut state = State::new(data, "");
        assert_eq!(state.limit, PAGE);
        assert_eq!(update(&mut state, Msg::ShowMore), vec![Effect::Render]);
        assert_eq!(update(&mut state, Msg::ShowMore), vec![Effect::Render]);
        assert!(update(&mut state, Msg::ShowMore).is_empty());
        update(&mut state, Msg::QueryChanged("طشقند".into()));
        assert_eq!(state.limit, PAGE);
    }

    #[test]
    fn ranges_are_validated_and_ordered() {
        let mut state = State::new(dataset(), "");
        update(&mut state, Msg::SetRange(Some("2024-01-01".into()), Some("2023-01-01".into())));
        assert_eq!(state.filter.from.as_deref(), Some("2023-01-01"));
        assert_eq!(ids(&state), vec!["b"]);
        update(&mut state, Msg::SetRange(Some("junk".into()), None));
        assert_eq!(state.filter.from, None);
        assert_eq!(ids(&state), vec!["b", "a"]);
    }

    #[test]
    fn a_typed_range_is_read_as_readers_write_dates_and_a_bad_one_is_kept_and_flagged() {
        let mut state = State::new(dataset(), "");
        let effects = update(&mut state, Msg::TypeRange("١/١/٢٠٢٣".into(), "31/12/2023".into()));
        assert_eq!(
            (state.filter.from.as_deref(), state.filter.to.as_deref()),
            (Some("2023-01-01"), Some("2023-12-31"))
        );
        assert!(matches!(&effects[1], Effect::SetHash { hash, .. } if hash.contains("from=2023-01-01")));
        // No date: the range stays, and the field says so.
        assert_eq!(update(&mut state, Msg::TypeRange("31/2/2023".into(), "31/12/2023".into())), vec![Effect::Render]);
        assert_eq!(state.range_invalid, (true, false));
        assert_eq!(state.filter.from.as_deref(), Some("2023-01-01"));
        // Put right, the flag goes.
        update(&mut state, Msg::TypeRange("".into(), "31/12/2023".into()));
        assert_eq!(state.range_invalid, (false, false));
        assert_eq!(state.filter.from, None);
    }

    #[test]
    fn exports_hold_only_the_filtered_cards() {
        let mut state = State::new(dataset(), "");
        update(&mut state, Msg::QueryChanged("موسكو".into()));
        let effects = update(&mut state, Msg::Export(ExportKind::Json));
        let Some(Effect::DownloadJson { meetings, .. }) = effects.first() else { unreachable!() };
        assert_eq!(meetings.iter().map(|&i| state.store.id(i as usize)).collect::<Vec<_>>(), vec!["b"]);
        let effects = update(&mut state, Msg::Export(ExportKind::Csv));
        let Some(Effect::Download { content, .. }) = effects.first() else { unreachable!() };
        assert_eq!(content.lines().count(), 2);
    }
}
