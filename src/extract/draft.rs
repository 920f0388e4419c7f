//! The meeting under construction: what each stage has found so far, and the
//! record it fills in.

use super::dates::solve::Resolved;
use super::occasion::Occasion;
use super::place::Place;
use crate::kb::Event;
use crate::model::{Meeting, Span};

pub struct Draft<'k> {
    /// Who took part (indices of the context's people), in order of mention.
    pub who: Vec<usize>,
    /// The tokens of the meeting words that report it, the first first.
    pub cues: Vec<usize>,
    /// The paragraph that first reports the meeting with its participants.
    pub primary: usize,
    /// Every paragraph that reports it, the primary first.
    pub reporting: Vec<usize>,
    /// Where, as the text says it (before the occasion's city may fill it in).
    pub place: Place,
    /// The multilateral meeting it was on the sidelines of, as the text says it.
    pub occasion: Option<Occasion>,
    /// The date range the constraints allow.
    pub date: Option<Resolved>,
    /// The calendar's event the occasion names, once the date is known.
    pub event: Option<&'k Event>,
    /// Without a date: the city every event the occasion may be shares.
    pub event_city: Option<usize>,
    /// The record, filled field by field.
    pub meeting: Meeting,
}

impl Draft<'_> {
    /// Records the words of the article that support `field`.
    pub fn evidence(&mut self, field: &str, spans: Vec<Span>) {
        self.meeting.evidence.insert(field.to_owned(), spans);
    }

    /// The knowledge-base people among the participants.
    pub fn named_people(&self, ctx: &super::context::Context) -> Vec<usize> {
        self.who.iter().filter_map(|&k| ctx.people[k].person).collect()
    }
}
