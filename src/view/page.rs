//! The page around the cards, as plain data: the facet panel's groups and
//! rows in display order, the active filters' chips and their words, the
//! count line, the facet counts, and the article dialog's lines with their
//! highlights. Built from the state; the web layer only copies it in.

use crate::app::State;
use crate::filter::{Facet, Lang};
use crate::i18n::{self, Locale, strings};
use crate::model::DateBasis;
use crate::search::Query;

use super::Marked;
use super::action::{Action, Evidence};

/// One value's row in a facet group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetRowView {
    /// The value's place in the store's order: where its count is.
    pub value: usize,
    pub key: String,
    pub label: String,
    /// Past the group's busiest values: folded behind "more".
    pub folded: bool,
}

/// How many values a facet group shows before the rest fold behind "more".
pub const FACET_VALUES_SHOWN: usize = 6;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetGroup {
    pub facet: Facet,
    pub legend: &'static str,
    pub rows: Vec<FacetRowView>,
}

/// The facet panel: facets with values, in [`Facet::ALL`] order; years
/// newest first, every other facet by its label in the reader's language.
pub fn facet_groups(state: &State, locale: &Locale) -> Vec<FacetGroup> {
    let store = &state.store;
    let lang = state.filter.lang;
    Facet::ALL
        .into_iter()
        .filter(|f| !store.values(*f).is_empty())
        .map(|facet| {
            let values = store.values(facet);
            // (label, value) pairs: the same sort the rest of the page uses, so the wasm carries one.
            let mut order: Vec<(String, usize)> = (0..values.len())
                .map(|v| (value_label(state, facet, &values[v], store.native_ar(facet, v), locale), v))
                .collect();
            if facet == Facet::Year {
                order.reverse();
            } else {
                order.sort_unstable();
            }
            // The busiest values stay in view, in the group's order; the rest fold.
            let mut by_count: Vec<usize> = (0..values.len()).collect();
            by_count.sort_by_key(|&v| (std::cmp::Reverse(state.count(facet, v)), v));
            let shown: Vec<usize> = by_count.into_iter().take(FACET_VALUES_SHOWN).collect();
            let rows = order
                .into_iter()
                .map(|(label, v)| FacetRowView { value: v, key: values[v].clone(), label, folded: !shown.contains(&v) })
                .collect();
            FacetGroup { facet, legend: i18n::facet_name(lang, facet), rows }
        })
        .collect()
}

/// A facet value as the panel and the chips show it: a year in the reader's digits.
fn value_label(state: &State, facet: Facet, value: &str, native_ar: Option<&str>, locale: &Locale) -> String {
    let lang = state.filter.lang;
    // Only a year is parsed: the panel labels every value of every facet.
    if facet == Facet::Year
        && let Ok(year) = value.parse::<i32>()
    {
        return (locale.year)(lang, year);
    }
    super::facet_value_label(facet, value, lang, &state.store.labels, native_ar)
}

/// A removable chip for one active filter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chip {
    pub label: String,
    /// "Remove City: Beijing".
    pub aria_label: String,
    pub action: Action,
    /// The facet value it removes, for [`Action::RemoveFacet`].
    pub facet: Option<(Facet, String)>,
}

/// The active filters as chips, then "clear all" when there are any.
pub fn chips(state: &State, locale: &Locale) -> Vec<Chip> {
    let f = &state.filter;
    let store = &state.store;
    let lang = f.lang;
    let s = strings(lang);
    let chip = |label: String, action: Action, facet: Option<(Facet, String)>| Chip {
        aria_label: format!("{} {label}", s.remove_filter),
        label,
        action,
        facet,
    };
    let person = |key: &str| {
        let native = store.value_position(Facet::Participant, key).and_then(|v| store.native_ar(Facet::Participant, v));
        super::facet_value_label(Facet::Participant, key, lang, &store.labels, native)
    };
    let mut out = Vec::new();
    for (facet, values) in &f.selected {
        for value in values {
            let native = store.value_position(*facet, value).and_then(|v| store.native_ar(*facet, v));
            let label =
                format!("{}: {}", i18n::facet_name(lang, *facet), value_label(state, *facet, value, native, locale));
            out.push(chip(label, Action::RemoveFacet, Some((*facet, value.clone()))));
        }
    }
    if let Some((a, b)) = &f.pair {
        out.push(chip(format!("{}: {} ↔ {}", s.together, person(a), person(b)), Action::RemovePair, None));
    }
    if let Some(d) = &f.from {
        out.push(chip(format!("{}: {}", s.from, (locale.date)(lang, d)), Action::RemoveFrom, None));
    }
    if let Some(d) = &f.to {
        out.push(chip(format!("{}: {}", s.to, (locale.date)(lang, d)), Action::RemoveTo, None));
    }
    if !f.query.is_empty() {
        out.push(chip(format!("«{}»", f.query), Action::RemoveQuery, None));
    }
    if !out.is_empty() {
        out.push(Chip {
            label: s.clear_all.to_owned(),
            aria_label: s.clear_all.to_owned(),
            action: Action::ClearAll,
            facet: None,
        });
    }
    out
}

/// "3 of 6 meetings".
pub fn count_line(state: &State, locale: &Locale) -> String {
    i18n::count_label(state.filter.lang, state.visible.len(), state.store.len(), locale)
}

/// Each facet value's count as shown, in [`Facet::ALL`] and store order.
pub fn facet_counts(state: &State, locale: &Locale) -> Vec<Vec<(u32, String)>> {
    let lang = state.filter.lang;
    Facet::ALL
        .into_iter()
        .map(|facet| {
            (0..state.store.values(facet).len())
                .map(|v| {
                    let n = state.count(facet, v);
                    (n, (locale.number)(lang, n as usize))
                })
                .collect()
        })
        .collect()
}

/// Why a meeting has its date, in the dialog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateReason {
    pub heading: &'static str,
    /// "(stated)", "(inferred)".
    pub basis: String,
    /// One sentence per clue that fixed the date, quoting the article's words.
    pub reasons: Vec<String>,
    /// "en" where a dataset without clues gives its reason in English only.
    pub reasons_lang: Option<&'static str>,
}

/// The article dialog: the title, a hint, why the date, and the article's
/// lines with the field's evidence (or the query's matches) marked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DialogView {
    pub title: String,
    pub hint: &'static str,
    pub date_reason: Option<DateReason>,
    pub lines: Vec<Marked>,
    /// "الملف" and "001_….txt": the file the card came from, for whoever checks it.
    pub source_file: Option<(&'static str, String)>,
}

pub fn dialog(state: &State, index: usize, field: Option<&str>, locale: &Locale) -> Option<DialogView> {
    let m = state.store.meeting(index)?;
    let s = strings(state.filter.lang);
    let field = field.and_then(Evidence::from_key);
    let date_reason = (field == Some(Evidence::Date) || (field.is_none() && !m.date_reason.is_empty())).then(|| {
        let basis = match m.date_basis {
            Some(DateBasis::Stated) => s.stated,
            Some(DateBasis::Inferred) => s.inferred,
            None => "",
        };
        let lang = state.filter.lang;
        // Clues are words the page can put in the reader's language; a dataset
        // written before them has its English sentence.
        let (reasons, reasons_lang) = match (&m.date_clues[..], m.date_start.is_some()) {
            ([], false) => (vec![i18n::date_clue::no_date(lang).to_owned()], None),
            ([], true) => (vec![m.date_reason.clone()], (lang != Lang::En).then_some("en")),
            (clues, _) => (clues.iter().map(|c| i18n::date_clue::date_clue(lang, c, locale)).collect(), None),
        };
        DateReason { heading: s.why_this_date, basis: format!("({basis})"), reasons, reasons_lang }
    });
    let marks: Vec<(usize, usize)> = match field.and_then(|f| m.evidence.get(f.key())) {
        Some(spans) => {
            let mut v: Vec<(usize, usize)> = spans.iter().map(|sp| (sp.start, sp.end)).collect();
            v.sort_unstable();
            v.dedup();
            v
        }
        None => Query::parse(&state.filter.query).highlights(&m.article_text),
    };
    Some(DialogView {
        title: m.title.clone(),
        hint: if field.is_some() { s.evidence_hint } else { s.evidence_title },
        date_reason,
        lines: lines_with_marks(&m.article_text, &marks),
        source_file: (!m.source_file.is_empty()).then(|| (s.source_file, m.source_file.clone())),
    })
}

/// The text's non-blank lines, each with the part of every mark that falls in it.
pub fn lines_with_marks(text: &str, marks: &[(usize, usize)]) -> Vec<Marked> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if !content.trim().is_empty() {
            let end = offset + content.len();
            let marks = marks
                .iter()
                .filter(|&&(a, b)| a < end && b > offset)
                .map(|&(a, b)| (a.max(offset) - offset, b.min(end) - offset))
                .collect();
            out.push(Marked { text: content.to_owned(), marks });
        }
        offset += line.len();
    }
    out
}

/// The line a printout opens with: what it is, which filters made it, when
/// it was printed and where from, so a page in a folder can be traced back.
pub fn print_line(state: &State, locale: &Locale, printed_on: &str, address: &str) -> String {
    let lang = state.filter.lang;
    let s = strings(lang);
    let filters: Vec<String> =
        chips(state, locale).into_iter().filter(|c| c.action != Action::ClearAll).map(|c| c.label).collect();
    let filters = if filters.is_empty() { s.no_filters.to_owned() } else { filters.join("، ") };
    let filters = if lang == Lang::En { filters.replace('،', ",") } else { filters };
    format!(
        "{} — {} ({}) · {} {} · {}",
        s.title,
        count_line(state, locale),
        filters,
        s.printed_on,
        (locale.date)(lang, printed_on),
        address
    )
}

/// The link "copy link" gives: `base` (the page that shows this view, its own
/// hash dropped) with the view in its hash, so the link opens what the reader sees.
pub fn share_link(state: &State, base: &str) -> String {
    let base = base.split('#').next().unwrap_or_default();
    match state.filter.to_hash() {
        hash if hash.is_empty() => base.to_owned(),
        hash => format!("{base}#{hash}"),
    }
}

/// The filter sheet's action, with the count it would show.
pub fn show_results(state: &State, locale: &Locale) -> String {
    i18n::show_results_label(state.filter.lang, state.visible.len(), locale)
}

/// The small-screen filter button's badge: how many filters are on, or nothing.
pub fn panel_badge(state: &State, locale: &Locale) -> String {
    match state.filter.active_count() {
        0 => String::new(),
        n => (locale.number)(state.filter.lang, n),
    }
}

/// The narrowest a card gets and the gap between cards (the list's grid,
/// style.css), and a short card's height.
const CARD_MIN_WIDTH: i32 = 320;
const CARD_GAP: i32 = 16;
const CARD_MIN_HEIGHT: i32 = 300;
/// The filter column and the gaps beside the list on a wide screen.
const FILTERS_WIDTH: i32 = 300;

/// How many cards can be in view at once in a window this large: the
/// columns its width allows beside the filters, times the rows its height
/// holds, plus a row; between 4 and a page.
pub fn cards_in_view(width: i32, height: i32) -> usize {
    let columns = ((width - FILTERS_WIDTH + CARD_GAP) / (CARD_MIN_WIDTH + CARD_GAP)).max(1);
    let rows = height / CARD_MIN_HEIGHT + 1;
    ((columns * rows) as usize).clamp(4, crate::app::PAGE)
}

/// The language button's other language, for its `lang` attribute.
pub fn other_lang(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar => "en",
        Lang::En => "ar",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::PLAIN_LOCALE;
    use crate::model::{Dataset, Meeting, Participant, Span};

    fn state(hash: &str) -> State {
        let m = |id: &str, city: &str, year: &str| Meeting {
            id: id.into(),
            city: Some(city.into()),
            date_start: Some(format!("{year}-05-01")),
            participants: vec![
                Participant {
                    name: "Sergey Lavrov".into(), name_ar: "سيرغي لافروف".into(), ..Default::default()
                },
                Participant { name: "Wang Yi".into(), name_ar: "وانغ يي".into(), ..Default::default() },
            ],
            article_text: "السطر الأول\n\nلقاء في بكين\n".into(),
            evidence: [("place".to_owned(), vec![Span { start: 37, end: 45 }])].into(),
            date_reason: "stated in the text".into(),
            ..Default::default()
        };
        State::new(
            Dataset {
                schema: 1,
                meetings: vec![m("a", "Moscow", "2023"), m("b", "Beijing", "2024")],
                ..Default::default()
            },
            hash,
        )
    }

    #[test]
    fn years_come_newest_first_and_other_values_by_their_label() {
        let groups = facet_groups(&state("lang=en"), &PLAIN_LOCALE);
        let years: Vec<&str> = groups[0].rows.iter().map(|r| r.key.as_str()).collect();
        assert_eq!((groups[0].facet, years), (Facet::Year, vec!["2024", "2023"]));
        let people = groups.iter().find(|g| g.facet == Facet::Participant).unwrap();
        assert_eq!(people.legend, "Participant");
        assert_eq!(people.rows.iter().map(|r| r.label.as_str()).collect::<Vec<_>>(), ["Sergey Lavrov", "Wang Yi"]);
        let ar = facet_groups(&state(""), &PLAIN_LOCALE);
        let people = ar.iter().find(|g| g.facet == Facet::Participant).unwrap();
        assert_eq!(people.rows[0].label, "سيرغي لافروف", "Arabic names, in Arabic order");
    }

    #[test]
    fn a_facet_shows_its_busiest_values_and_folds_the_rest() {
        let m = |i: usize, city: &str| Meeting { id: format!("m{i}"), city: Some(city.into()), ..Default::default() };
        let cities = ["A", "B", "C", "D", "E", "F", "G", "H"];
        // "H" has three meetings, every other city one.
        let mut meetings: Vec<Meeting> = cities.iter().enumerate().map(|(i, c)| m(i, c)).collect();
        meetings.extend([m(8, "H"), m(9, "H")]);
        let state = State::new(Dataset { schema: 1, meetings, ..Default::default() }, "lang=en");
        let groups = facet_groups(&state, &PLAIN_LOCALE);
        let city = groups.iter().find(|g| g.facet == Facet::City).unwrap();
        let shown: Vec<&str> = city.rows.iter().filter(|r| !r.folded).map(|r| r.key.as_str()).collect();
        assert_eq!(shown.len(), FACET_VALUES_SHOWN);
        assert!(shown.contains(&"H"), "the busiest value stays in view: {shown:?}");
        assert_eq!(city.rows.iter().filter(|r| r.folded).count(), cities.len() - FACET_VALUES_SHOWN);
        // In view, the group's own order (alphabetical) is kept.
        assert!(shown.windows(2).all(|w| w[0] < w[1]), "{shown:?}");
    }

    #[test]
    fn a_printout_says_what_it_holds_which_filters_when_and_from_where() {
        let s = state("city=Beijing&lang=en");
        assert_eq!(
            print_line(&s, &PLAIN_LOCALE, "2026-12-03", "https://example.org/#city=Beijing"),
            "Diplomatic meetings — 1 of 2 meetings (City: Beijing) · printed on 2026-12-03 · https://example.org/#city=Beijing"
        );
        let all = print_line(&state(""), &PLAIN_LOCALE, "2026-12-03", "file:///x.html");
        assert!(all.contains("(كل اللقاءات)") && all.ends_with("file:///x.html"), "{all}");
    }

    #[test]
    fn a_shared_link_carries_the_view_on_the_page_that_shows_it() {
        let s = state("city=Beijing&lang=en&sort=oldest");
        // The base's own hash is an older view: the link carries the current one.
        let link = share_link(&s, "https://example.org/meetings/embed.html?src=data.json#year=2020");
        assert_eq!(link, "https://example.org/meetings/embed.html?src=data.json#city=Beijing&sort=oldest&lang=en");
        let hash = link.split_once('#').map_or("", |(_, h)| h);
        assert_eq!(crate::filter::FilterState::from_hash(hash), s.filter);
        // Nothing chosen: the bare page.
        assert_eq!(share_link(&state(""), "file:///x/index.html#"), "file:///x/index.html");
    }

    #[test]
    fn chips_word_each_active_filter_and_end_with_clear_all() {
        assert!(chips(&state(""), &PLAIN_LOCALE).is_empty());
        let s = state("city=Beijing&pair=Wang+Yi|Sergey+Lavrov&from=2024-01-01&q=بكين&lang=en");
        let c = chips(&s, &PLAIN_LOCALE);
        let labels: Vec<&str> = c.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(
            labels,
            ["City: Beijing", "Together: Sergey Lavrov ↔ Wang Yi", "From: 2024-01-01", "«بكين»", "Clear all"]
        );
        assert_eq!(c[0].aria_label, "Remove City: Beijing");
        assert_eq!((c[0].action, c[0].facet.clone()), (Action::RemoveFacet, Some((Facet::City, "Beijing".into()))));
        assert_eq!(c.last().map(|c| c.action), Some(Action::ClearAll));
        assert_eq!(count_line(&s, &PLAIN_LOCALE), "1 of 2 meetings");
    }

    #[test]
    fn the_dialog_marks_the_evidence_line_by_line() {
        let s = state("");
        let d = dialog(&s, 0, Some("place"), &PLAIN_LOCALE).unwrap();
        assert_eq!(d.lines.len(), 2, "blank lines are left out");
        assert_eq!(d.lines[1].runs(), vec![("لقاء في ", false), ("بكين", true)]);
        assert!(d.date_reason.is_none(), "the place's evidence does not explain the date");
        let d = dialog(&s, 0, None, &PLAIN_LOCALE).unwrap();
        assert_eq!(
            d.date_reason.map(|r| (r.reasons, r.reasons_lang)),
            Some((vec!["stated in the text".to_owned()], Some("en")))
        );
        assert!(dialog(&s, 9, None, &PLAIN_LOCALE).is_none());
        assert_eq!((cards_in_view(1280, 900), cards_in_view(360, 780), cards_in_view(4000, 3000)), (8, 4, 24));
        let across = lines_with_marks("ab\ncd", &[(1, 4)]);
        assert_eq!((across[0].marks.clone(), across[1].marks.clone()), (vec![(1, 2)], vec![(0, 1)]));
    }
}
