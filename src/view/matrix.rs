//! Who met whom in the current result: the people with the most meetings
//! as the rows and columns of a matrix, each cell their meetings together;
//! everyone else folded into a list, most meetings first.

use crate::app::State;
use crate::filter::{Facet, Lang};
use crate::i18n::{Locale, meetings_count, strings};

/// People shown as rows and columns; ten names across still fit a phone
/// held sideways, and the rest are a list below.
pub const MATRIX_PEOPLE: usize = 10;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonView {
    /// The participant facet's value: what selecting the person filters by.
    pub key: String,
    /// The row's number, which heads its column (names would not fit across); empty when folded.
    pub number: String,
    pub name: String,
    pub count: u32,
    pub selected: bool,
    /// "Wang Yi: 4 meetings".
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairView {
    pub count: u32,
    /// The count in the reader's digits.
    pub text: String,
    /// 0 (none) to 4 (the most of any pair), for shading.
    pub level: u8,
    pub selected: bool,
    /// "Sergey Lavrov and Wang Yi: 4 meetings together".
    pub label: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MatrixView {
    pub people: Vec<PersonView>,
    /// `cells[row][column]`; `None` on the diagonal.
    pub cells: Vec<Vec<Option<PairView>>>,
    /// Everyone past the first [`MATRIX_PEOPLE`], most meetings first; built
    /// only while their list is open, for at 100,000 meetings there are hundreds.
    pub folded: Vec<PersonView>,
    pub folded_count: usize,
    /// "Other participants (190)".
    pub folded_label: String,
}

fn together(lang: Lang, a: &str, b: &str, n: u32, c: &Locale) -> String {
    let meetings = meetings_count(lang, n as usize, c);
    match lang {
        Lang::Ar => format!("{a} و{b}: {meetings} معًا"),
        Lang::En => format!("{a} and {b}: {meetings} together"),
    }
}

pub fn matrix_view(state: &State, c: &Locale) -> MatrixView {
    let store = &state.store;
    let lang = state.filter.lang;
    let keys = store.values(Facet::Participant);
    let counts = store.count_by_value(Facet::Participant, &state.visible);
    let name = |v: usize| {
        super::facet_value_label(
            Facet::Participant,
            &keys[v],
            lang,
            &store.labels,
            store.native_ar(Facet::Participant, v),
        )
    };
    let mut ranked: Vec<(usize, String)> = (0..keys.len()).filter(|&v| counts[v] > 0).map(|v| (v, name(v))).collect();
    ranked.sort_unstable_by(|a, b| counts[b.0].cmp(&counts[a.0]).then_with(|| a.1.cmp(&b.1)).then(a.0.cmp(&b.0)));
    let person = |(v, name): &(usize, String)| PersonView {
        key: keys[*v].clone(),
        number: String::new(),
        count: counts[*v],
        selected: state.filter.is_selected(Facet::Participant, &keys[*v]),
        label: format!("{name}: {}", meetings_count(lang, counts[*v] as usize, c)),
        name: name.clone(),
    };
    let shown = ranked.len().min(MATRIX_PEOPLE);
    // Which row each shown person is, to count pairs in one pass over the result.
    let mut slot = vec![usize::MAX; keys.len()];
    for (row, (v, _)) in ranked.iter().take(shown).enumerate() {
        slot[*v] = row;
    }
    let mut pairs = vec![vec![0u32; shown]; shown];
    for people in state.visible.iter().map(|&i| store.participant_values(i as usize)) {
        for (k, &a) in people.iter().enumerate() {
            let Some(&row_a) = slot.get(a as usize).filter(|&&r| r != usize::MAX) else { continue };
            for &b in &people[k + 1..] {
                if let Some(&row_b) = slot.get(b as usize).filter(|&&r| r != usize::MAX) {
                    pairs[row_a][row_b] += 1;
                    pairs[row_b][row_a] += 1;
                }
            }
        }
    }
    let people: Vec<PersonView> = ranked
        .iter()
        .take(shown)
        .enumerate()
        .map(|(row, r)| PersonView { number: (c.number)(lang, row + 1), ..person(r) })
        .collect();
    let most = pairs.iter().flatten().copied().max().unwrap_or(0).max(1);
    let cells = (0..shown)
        .map(|a| {
            (0..shown)
                .map(|b| {
                    (a != b).then(|| PairView {
                        count: pairs[a][b],
                        level: (pairs[a][b] * 4).div_ceil(most) as u8,
                        text: (c.number)(lang, pairs[a][b] as usize),
                        selected: state.filter.pair_is(&people[a].key, &people[b].key),
                        label: together(lang, &people[a].name, &people[b].name, pairs[a][b], c),
                    })
                })
                .collect()
        })
        .collect();
    let folded_count = ranked.len() - shown;
    let folded: Vec<PersonView> =
        if state.people_open { ranked.iter().skip(shown).map(person).collect() } else { Vec::new() };
    let folded_label = format!("{} ({})", strings(lang).more_people, (c.number)(lang, folded_count));
    MatrixView { people, cells, folded, folded_count, folded_label }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{Msg, update};
    use crate::i18n::PLAIN_LOCALE;
    use crate::model::{Dataset, Meeting, Participant};

    fn state(people: &[&[&str]], hash: &str) -> State {
        let meetings = people
            .iter()
            .enumerate()
            .map(|(i, names)| Meeting {
                id: format!("m{i}"),
                participants: names.iter().map(|n| Participant { name: (*n).into(), ..Default::default() }).collect(),
                ..Default::default()
            })
            .collect();
        State::new(Dataset { schema: 1, meetings, ..Default::default() }, hash)
    }

    #[test]
    fn pairs_are_counted_both_ways_and_the_busiest_come_first() {
        let s = state(
            &[&["Lavrov", "Wang Yi"], &["Wang Yi", "Lavrov"], &["Lavrov", "Fidan"], &["Lavrov", "Wang Yi", "Fidan"]],
            "lang=en",
        );
        let m = matrix_view(&s, &PLAIN_LOCALE);
        let names: Vec<&str> = m.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Lavrov", "Wang Yi", "Fidan"]);
        assert_eq!(m.people[0].count, 4);
        let cell = |a: usize, b: usize| m.cells[a][b].as_ref().map(|c| c.count);
        assert_eq!(
            (cell(0, 1), cell(1, 0), cell(0, 2), cell(1, 2), cell(0, 0)),
            (Some(3), Some(3), Some(2), Some(1), None)
        );
        assert_eq!(m.cells[0][1].as_ref().map(|c| c.level), Some(4));
        assert_eq!(m.cells[1][2].as_ref().map(|c| c.level), Some(2));
        assert_eq!(m.people[2].number, "3");
        assert_eq!(m.cells[0][1].as_ref().unwrap().label, "Lavrov and Wang Yi: 3 meetings together");
        assert!(m.folded.is_empty());
    }

    #[test]
    fn a_selected_pair_narrows_the_result_and_is_marked() {
        let s = state(&[&["Lavrov", "Wang Yi"], &["Lavrov", "Fidan"]], "pair=Wang+Yi|Lavrov");
        assert_eq!(s.visible.len(), 1);
        let m = matrix_view(&s, &PLAIN_LOCALE);
        assert!(m.cells[0][1].as_ref().unwrap().selected && m.cells[1][0].as_ref().unwrap().selected);
        assert_eq!(m.cells[0][1].as_ref().unwrap().label, "Lavrov وWang Yi: لقاء واحد معًا");
    }

    #[test]
    fn two_hundred_people_keep_ten_in_the_matrix_and_fold_the_rest() {
        let names: Vec<String> = (0..200).map(|i| format!("P{i:03}")).collect();
        let meetings: Vec<Vec<&str>> = names.iter().map(|n| vec!["Host", n.as_str()]).collect();
        let refs: Vec<&[&str]> = meetings.iter().map(Vec::as_slice).collect();
        let mut s = state(&refs, "lang=en");
        let shut = matrix_view(&s, &PLAIN_LOCALE);
        assert_eq!((shut.folded_count, shut.folded.len()), (201 - MATRIX_PEOPLE, 0));
        update(&mut s, Msg::PeopleListOpen(true));
        let m = matrix_view(&s, &PLAIN_LOCALE);
        assert_eq!(m.people.len(), MATRIX_PEOPLE);
        assert_eq!(m.people[0].name, "Host");
        assert_eq!(m.folded.len(), 201 - MATRIX_PEOPLE);
        assert!(m.folded.windows(2).all(|w| w[0].count >= w[1].count));
        assert_eq!(m.folded_label, "Other participants (191)");
    }
}
