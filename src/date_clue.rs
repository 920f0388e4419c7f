//! Why a meeting has its date, as data: each clue the article or the
//! knowledge base gave, with the article's own words, so the page can say it
//! in the reader's language ([`crate::i18n::date_clue`]) and the command line
//! in English ([`DateClue::english`]). Dates are ISO days.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
// Externally tagged ({"stated_day": {...}}): the packed index's format reads no internal tags.
#[serde(rename_all = "snake_case")]
pub enum DateClue {
    /// "في 9 أبريل 2024", said of the meeting.
    StatedDay {
        day: String,
        words: String,
    },
    /// "يومي 8 و9 أبريل": days of a month, perhaps without the year.
    StatedDays {
        month: i8,
        first: i8,
        last: i8,
        words: String,
    },
    /// "في فبراير 2022".
    StatedMonth {
        month: i8,
        year: i16,
        words: String,
    },
    /// "الخميس". `weekday` counts from Monday = 1.
    Weekday {
        weekday: i8,
        words: String,
    },
    /// "أمس" where the article says which weekday its today is.
    WeekdayFromToday {
        weekday: i8,
        words: String,
        today: String,
    },
    /// "اليوم"، "أمس"، "غدا" counted from the article's own date: `offset` days
    /// from `published` (the publication line's words, or none when the
    /// date came from the person who ran the extraction).
    FromPublication {
        offset: i8,
        words: String,
        published: String,
        published_words: Option<String>,
    },
    /// Nothing nearer: shortly before (held) or after (announced) publication.
    NearPublication {
        held: bool,
        published: String,
        published_words: Option<String>,
    },
    /// "في زيارة تستغرق يومين" from the article's day.
    Visit {
        days: i8,
        from: String,
        words: String,
    },
    /// The calendar's dates of the event it was on the sidelines of; `count`
    /// events when the text does not say which, `before` when the days just
    /// before the event count too.
    Event {
        name: String,
        name_ar: String,
        count: usize,
        before: bool,
        held: Vec<EventHeld>,
    },
    /// The event's own days, not the days before it.
    DuringEvent {
        name: String,
        name_ar: String,
        count: usize,
    },
    /// After a day the article recalls; `floor` when its year was worked out.
    Recalled {
        after: String,
        words: String,
        floor: Option<String>,
    },
    RecalledMonth {
        month: i8,
        year: i16,
        words: String,
    },
    RecalledYear {
        year: i16,
        words: String,
    },
    /// Before a day or month the article announces.
    Announced {
        before: String,
        words: String,
    },
    AnnouncedMonth {
        month: i8,
        year: i16,
        words: String,
    },
    /// "العام الجاري".
    CurrentYear {
        year: i16,
        words: String,
    },
    /// A dated fact the article mentions ("العملية العسكرية الخاصة").
    Fact {
        after: Option<String>,
        before: Option<String>,
        name: String,
        name_ar: String,
        words: String,
    },
    /// "رئاسة روسيا لمجموعة بريكس": the years that country chaired it.
    Chair {
        country: String,
        country_ar: String,
        org: String,
        years: Vec<(i16, i16)>,
        words: String,
    },
    /// While a participant held office; `as_named` when the text names the office.
    Term {
        person: String,
        person_ar: String,
        since: String,
        as_named: bool,
    },
}

/// One sitting of an event in the calendar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventHeld {
    pub place: String,
    pub place_ar: String,
    pub start: String,
    pub end: String,
}

const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub fn weekday_en(weekday: i8) -> &'static str {
    WEEKDAYS.get((weekday as usize).wrapping_sub(1)).copied().unwrap_or("?")
}

pub fn month_en(month: i8) -> &'static str {
    MONTHS.get((month as usize).wrapping_sub(1)).copied().unwrap_or("?")
}

/// "8" or "8–9".
pub fn day_span(first: i8, last: i8) -> String {
    if first == last { format!("{first}") } else { format!("{first}–{last}") }
}

impl DateClue {
    /// The clue in English, with the article's words quoted.
    pub fn english(&self) -> String {
        let q = |w: &str| format!("“{w}”");
        match self {
            DateClue::StatedDay { day, words } => format!("{day} as the article says ({})", q(words)),
            DateClue::StatedDays { month, first, last, words } => {
                format!("{} {} as the article says ({})", day_span(*first, *last), month_en(*month), q(words))
            }
            DateClue::StatedMonth { month, year, words } => format!("in {} {year} ({})", month_en(*month), q(words)),
            DateClue::Weekday { weekday, words } => format!("a {} ({})", weekday_en(*weekday), q(words)),
            DateClue::WeekdayFromToday { weekday, words, today } => {
                format!("a {} ({}, and the article's today is {})", weekday_en(*weekday), q(words), q(today))
            }
            DateClue::FromPublication { offset, published, published_words, .. } => {
                let when = match offset {
                    0 => "the day".to_owned(),
                    -1 => "the day before".to_owned(),
                    1 => "the day after".to_owned(),
                    n if *n < 0 => format!("{} days before", -n),
                    n => format!("{n} days after"),
                };
                let from = published_words.as_deref().map_or(format!("{published}, the date given for it"), q);
                format!("{when} the article was published ({from})")
            }
            DateClue::NearPublication { held, published, published_words } => {
                let from = published_words.as_deref().map_or("the date given for it".to_owned(), q);
                let when = if *held { "shortly before" } else { "after" };
                format!("{when} publication on {published} ({from})")
            }
            DateClue::Visit { days, from, words } => {
                format!("during a visit of {days} days from {from} ({})", q(words))
            }
            DateClue::Event { name, count, before, held, .. } => {
                let around = if *before { "during or just before" } else { "during" };
                let listed: Vec<String> = held.iter().map(|h| format!("{} {}–{}", h.place, h.start, h.end)).collect();
                format!("{around} {} ({}; knowledge-base calendar)", event_en(name, *count), listed.join(", "))
            }
            DateClue::DuringEvent { name, count, .. } => format!("during {} itself", event_en(name, *count)),
            DateClue::Recalled { after, words, floor: None } => {
                format!("after {after}, which the article recalls ({})", q(words))
            }
            DateClue::Recalled { after, words, floor: Some(floor) } => {
                format!("after {after}, which the article recalls ({}), the first such day after {floor}", q(words))
            }
            DateClue::RecalledMonth { month, year, words } => {
                format!("after {} {year}, which the article recalls ({})", month_en(*month), q(words))
            }
            DateClue::RecalledYear { year, words } => format!("after {year}, which the article recalls ({})", q(words)),
            DateClue::Announced { before, words } => {
                format!("before {before}, an event the article announces ({})", q(words))
            }
            DateClue::AnnouncedMonth { month, year, words } => {
                format!("before the end of {} {year}, announced in the article ({})", month_en(*month), q(words))
            }
            DateClue::CurrentYear { year, words } => format!("in {year}, the article's current year ({})", q(words)),
            DateClue::Fact { after: Some(d), name, words, .. } => {
                format!("after {d}: the article mentions {name} ({})", q(words))
            }
            DateClue::Fact { before, name, words, .. } => {
                format!("before {}: the article mentions {name} ({})", before.as_deref().unwrap_or("?"), q(words))
            }
            DateClue::Chair { country, org, years, words, .. } => {
                let periods: Vec<String> = years.iter().map(|(a, b)| format!("{a}–{b}")).collect();
                format!(
                    "while {country} chaired {org} ({}; knowledge base) as the article says ({})",
                    periods.join(", "),
                    q(words)
                )
            }
            DateClue::Term { person, since, as_named: true, .. } => {
                format!("while {person} held the office the article names (from {since}; knowledge base)")
            }
            DateClue::Term { person, since, .. } => {
                format!("while {person} was in office (from {since}; knowledge base)")
            }
        }
    }
}

/// "the SCO summit" or "one of 3 SCO meetings".
fn event_en(name: &str, count: usize) -> String {
    match count {
        1 => format!("the {name}"),
        n => format!("one of {n} {name} meetings"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clue_reads_the_same_after_a_trip_through_json() {
        let clue = DateClue::FromPublication {
            offset: -1,
            words: "أمس".into(),
            published: "2024-04-09".into(),
            published_words: Some("9 أبريل 2024".into()),
        };
        let json = serde_json::to_string(&clue).unwrap_or_default();
        assert!(json.starts_with(r#"{"from_publication":{"#), "{json}");
        assert_eq!(serde_json::from_str::<DateClue>(&json).ok(), Some(clue.clone()));
        assert_eq!(clue.english(), "the day before the article was published (“9 أبريل 2024”)");
    }
}
