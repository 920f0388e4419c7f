//! The widget as a state machine: the web layer turns DOM events into
//! [`Msg`]s, [`update`] changes the [`State`] and answers with [`Effect`]s
//! that the web layer carries out. Nothing here touches the DOM, so all of it
//! runs under `cargo test`.

use crate::model::{Dataset, Meeting};
use crate::search::{MeetingWords, Query};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    QueryChanged(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Show exactly these meetings (indices into `State::meetings`), in this order.
    ShowMeetings(Vec<usize>),
    /// Replace the result count text.
    SetCount(String),
}

#[derive(Debug, Clone, Default)]
pub struct State {
    pub meetings: Vec<Meeting>,
    words: Vec<MeetingWords>,
    pub query: String,
    pub visible: Vec<usize>,
}

impl State {
    pub fn new(dataset: Dataset) -> Self {
        let mut meetings = dataset.meetings;
        // Newest first; undated meetings last.
        meetings.sort_by(|a, b| {
            b.date_start
                .cmp(&a.date_start)
                .then_with(|| a.id.cmp(&b.id))
        });
        let words = meetings.iter().map(MeetingWords::of).collect();
        let visible = (0..meetings.len()).collect();
        State {
            meetings,
            words,
            query: String::new(),
            visible,
        }
    }

    fn refilter(&mut self) {
        let query = Query::parse(&self.query);
        self.visible = (0..self.meetings.len())
            .filter(|&i| query.matches(&self.words[i]))
            .collect();
    }
}

/// The first effects, to draw the initial view.
pub fn initial_effects(state: &State) -> Vec<Effect> {
    vec![
        Effect::ShowMeetings(state.visible.clone()),
        Effect::SetCount(crate::view::count_label(
            state.visible.len(),
            state.meetings.len(),
        )),
    ]
}

pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::QueryChanged(q) => {
            if q == state.query {
                return Vec::new();
            }
            state.query = q;
            state.refilter();
            initial_effects(state)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dataset() -> Dataset {
        let m = |id: &str, title: &str, date: &str| Meeting {
            id: id.into(),
            title: title.into(),
            date_start: Some(date.into()),
            ..Default::default()
        };
        Dataset {
            schema: 1,
            meetings: vec![
                m("a", "لافروف في طشقند", "2022-07-28"),
                m("b", "وانغ يي في موسكو", "2023-09-18"),
            ],
        }
    }

    #[test]
    fn newest_first_and_query_narrows() {
        let mut state = State::new(dataset());
        assert_eq!(state.meetings[0].id, "b");
        let effects = update(&mut state, Msg::QueryChanged("طشقند".into()));
        assert_eq!(effects[0], Effect::ShowMeetings(vec![1]));
        assert!(matches!(&effects[1], Effect::SetCount(s) if s.contains('1')));
        assert!(update(&mut state, Msg::QueryChanged("طشقند".into())).is_empty());
        update(&mut state, Msg::QueryChanged(String::new()));
        assert_eq!(state.visible, vec![0, 1]);
    }
}
