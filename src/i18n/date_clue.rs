//! "Why this date?" in the reader's language: one plain sentence per clue
//! that fixed the date, the article's own words quoted, dates as the page
//! writes them.

use super::{Lang, Locale};
use crate::date_clue::{DateClue, EventHeld, day_span, month_en, weekday_en};

const WEEKDAYS_AR: [&str; 7] = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"];
const MONTHS_AR: [&str; 12] =
    ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

/// Events listed by name before the rest are only counted.
const EVENTS_LISTED: usize = 3;

fn weekday_ar(weekday: i8) -> &'static str {
    WEEKDAYS_AR.get((weekday as usize).wrapping_sub(1)).copied().unwrap_or("?")
}

fn month_ar(month: i8) -> &'static str {
    MONTHS_AR.get((month as usize).wrapping_sub(1)).copied().unwrap_or("?")
}

/// The sentence for a meeting whose date nothing fixed.
pub fn no_date(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar => "لا يذكر الخبر تاريخًا ولا يومًا من الأسبوع ولا مناسبة معروفة التاريخ تحدّد موعد اللقاء.",
        Lang::En => "The article gives no date, weekday or dated occasion that pins the meeting down.",
    }
}

/// One clue as a sentence in `lang`.
pub fn date_clue(lang: Lang, clue: &DateClue, c: &Locale) -> String {
    let date = |iso: &str| (c.date)(lang, iso);
    let q = |w: &str| match lang {
        Lang::Ar => format!("«{w}»"),
        Lang::En => format!("“{w}”"),
    };
    let published_from = |published: &str, words: &Option<String>| match (lang, words) {
        (Lang::Ar, Some(w)) => format!("{}، كما يقول سطر النشر {}", date(published), q(w)),
        (Lang::Ar, None) => format!("{}، التاريخ الذي أُعطي للخبر عند استخراجه", date(published)),
        (Lang::En, Some(w)) => format!("{}, as its publication line says: {}", date(published), q(w)),
        (Lang::En, None) => format!("{}, the date given for it when it was extracted", date(published)),
    };
    match (lang, clue) {
        (Lang::Ar, DateClue::StatedDay { words, .. }) => format!("يذكر الخبر يوم اللقاء: {}.", q(words)),
        (Lang::En, DateClue::StatedDay { words, .. }) => format!("The article gives the day: {}.", q(words)),
        (Lang::Ar, DateClue::StatedDays { words, .. }) => format!("يذكر الخبر أيام اللقاء: {}.", q(words)),
        (Lang::En, DateClue::StatedDays { first, last, month, words }) => {
            format!("The article gives {} {}: {}.", day_span(*first, *last), month_en(*month), q(words))
        }
        (Lang::Ar, DateClue::StatedMonth { words, .. }) => format!("يذكر الخبر شهر اللقاء: {}.", q(words)),
        (Lang::En, DateClue::StatedMonth { words, .. }) => format!("The article gives the month: {}.", q(words)),
        (Lang::Ar, DateClue::Weekday { weekday, words }) => {
            format!("يذكر الخبر أن اللقاء يوم {}: {}.", weekday_ar(*weekday), q(words))
        }
        (Lang::En, DateClue::Weekday { weekday, words }) => {
            format!("The article says it was a {}: {}.", weekday_en(*weekday), q(words))
        }
        (Lang::Ar, DateClue::WeekdayFromToday { weekday, words, today }) => {
            format!("يقول الخبر {}، ويومه هو {}، فاللقاء يوم {}.", q(words), q(today), weekday_ar(*weekday))
        }
        (Lang::En, DateClue::WeekdayFromToday { weekday, words, today }) => {
            format!("The article says {}, and its own day is {}: a {}.", q(words), q(today), weekday_en(*weekday))
        }
        (Lang::Ar, DateClue::FromPublication { offset, words, published, published_words }) => {
            let when = match offset {
                0 => "يوم نشر الخبر".to_owned(),
                -1 => "اليوم السابق لنشر الخبر".to_owned(),
                -2 => "قبل نشر الخبر بيومين".to_owned(),
                1 => "اليوم التالي لنشر الخبر".to_owned(),
                n => format!("على بعد {n} أيام من نشر الخبر"),
            };
            format!("يقول الخبر {}، أي {}: {}.", q(words), when, published_from(published, published_words))
        }
        (Lang::En, DateClue::FromPublication { offset, words, published, published_words }) => {
            let when = match offset {
                0 => "the day the article was published".to_owned(),
                -1 => "the day before the article was published".to_owned(),
                1 => "the day after the article was published".to_owned(),
                n if *n < 0 => format!("{} days before the article was published", -n),
                n => format!("{n} days after the article was published"),
            };
            format!("The article says {}: {}, {}.", q(words), when, published_from(published, published_words))
        }
        (Lang::Ar, DateClue::NearPublication { held: true, published, published_words }) => {
            format!("لا يذكر الخبر يوم اللقاء، فهو قبيل نشره في {}.", published_from(published, published_words))
        }
        (Lang::Ar, DateClue::NearPublication { held: false, published, published_words }) => {
            format!("لقاء مرتقب بعد نشر الخبر في {}.", published_from(published, published_words))
        }
        (Lang::En, DateClue::NearPublication { held, published, published_words }) => {
            let when = if *held { "shortly before" } else { "after" };
            format!(
                "The article gives no day: {when} it was published on {}.",
                published_from(published, published_words)
            )
        }
        (Lang::Ar, DateClue::Visit { from, words, .. }) => {
            format!("في أثناء زيارة تبدأ في {}: {}.", date(from), q(words))
        }
        (Lang::En, DateClue::Visit { days, from, words }) => {
            format!("During a visit of {days} days from {}: {}.", date(from), q(words))
        }
        (_, DateClue::Event { name, name_ar, count, before, held }) => {
            event(lang, c, name, name_ar, *count, *before, held)
        }
        (Lang::Ar, DateClue::DuringEvent { name_ar, count: 1, .. }) => format!("في أيام {name_ar} نفسها."),
        (Lang::Ar, DateClue::DuringEvent { name_ar, .. }) => format!("في أيام إحدى دورات {name_ar} نفسها."),
        (Lang::En, DateClue::DuringEvent { name, count: 1, .. }) => format!("During the {name} itself."),
        (Lang::En, DateClue::DuringEvent { name, .. }) => format!("During one of the {name} meetings itself."),
        (Lang::Ar, DateClue::Recalled { after, words, .. }) => {
            format!("بعد {}، وهو يوم يستذكره الخبر: {}.", date(after), q(words))
        }
        (Lang::En, DateClue::Recalled { after, words, .. }) => {
            format!("After {}, which the article recalls: {}.", date(after), q(words))
        }
        (Lang::Ar, DateClue::RecalledMonth { month, year, words }) => {
            format!("بعد {} {year}، وهو شهر يستذكره الخبر: {}.", month_ar(*month), q(words))
        }
        (Lang::En, DateClue::RecalledMonth { month, year, words }) => {
            format!("After {} {year}, which the article recalls: {}.", month_en(*month), q(words))
        }
        (Lang::Ar, DateClue::RecalledYear { year, words }) => {
            format!("بعد عام {year} الذي يستذكره الخبر: {}.", q(words))
        }
        (Lang::En, DateClue::RecalledYear { year, words }) => {
            format!("After {year}, which the article recalls: {}.", q(words))
        }
        (Lang::Ar, DateClue::Announced { before, words }) => {
            format!("قبل {}، موعدٍ يعلنه الخبر: {}.", date(before), q(words))
        }
        (Lang::En, DateClue::Announced { before, words }) => {
            format!("Before {}, which the article announces: {}.", date(before), q(words))
        }
        (Lang::Ar, DateClue::AnnouncedMonth { month, year, words }) => {
            format!("قبل نهاية {} {year}، كما يعلن الخبر: {}.", month_ar(*month), q(words))
        }
        (Lang::En, DateClue::AnnouncedMonth { month, year, words }) => {
            format!("Before the end of {} {year}, which the article announces: {}.", month_en(*month), q(words))
        }
        (Lang::Ar, DateClue::CurrentYear { year, words }) => {
            format!("في عام {year}، العام الجاري في الخبر: {}.", q(words))
        }
        (Lang::En, DateClue::CurrentYear { year, words }) => {
            format!("In {year}, the article's current year: {}.", q(words))
        }
        (Lang::Ar, DateClue::Fact { after, before, words, .. }) => match (after, before) {
            (Some(d), _) => format!("بعد {}، إذ يذكر الخبر {}.", date(d), q(words)),
            (None, d) => format!("قبل {}، إذ يذكر الخبر {}.", date(d.as_deref().unwrap_or_default()), q(words)),
        },
        (Lang::En, DateClue::Fact { after, before, name, words, .. }) => match (after, before) {
            (Some(d), _) => format!("After {}: the article mentions {name} ({}).", date(d), q(words)),
            (None, d) => {
                format!(
                    "Before {}: the article mentions {name} ({}).",
                    date(d.as_deref().unwrap_or_default()),
                    q(words)
                )
            }
        },
        (Lang::Ar, DateClue::Chair { country_ar, years, words, .. }) => {
            format!("في سنوات رئاسة {country_ar} ({})، بحسب قاعدة المعارف: {}.", periods(years), q(words))
        }
        (Lang::En, DateClue::Chair { country, org, years, words, .. }) => {
            format!("While {country} chaired {org} ({}, knowledge base): {}.", periods(years), q(words))
        }
        (Lang::Ar, DateClue::Term { person_ar, since, as_named, .. }) => {
            let office = if *as_named { "المنصب الذي يذكره الخبر" } else { "منصبه" };
            format!("في أثناء تولّي {person_ar} {office} (منذ {})، بحسب قاعدة المعارف.", date(since))
        }
        (Lang::En, DateClue::Term { person, since, as_named, .. }) => {
            let office = if *as_named { "the office the article names" } else { "office" };
            format!("While {person} held {office} (from {}, knowledge base).", date(since))
        }
    }
}

fn periods(years: &[(i16, i16)]) -> String {
    years.iter().map(|(a, b)| if a == b { format!("{a}") } else { format!("{a}–{b}") }).collect::<Vec<_>>().join("، ")
}

/// "During the SCO summit (Astana, 3–4 July 2024), from the calendar."
fn event(lang: Lang, c: &Locale, name: &str, name_ar: &str, count: usize, before: bool, held: &[EventHeld]) -> String {
    let sittings: Vec<String> = held
        .iter()
        .take(EVENTS_LISTED)
        .map(|h| {
            let place = if lang == Lang::Ar && !h.place_ar.is_empty() { &h.place_ar } else { &h.place };
            format!("{place} {}", (c.date_range)(lang, &h.start, &h.end))
        })
        .collect();
    let rest = held.len().saturating_sub(EVENTS_LISTED);
    match lang {
        Lang::Ar => {
            let around = if before { "في أثناء" } else { "في أيام" };
            let which = if count == 1 { name_ar.to_owned() } else { format!("إحدى دورات {name_ar}") };
            let more = if rest > 0 { format!(" وغيرها ({rest})") } else { String::new() };
            let before = if before { " أو قبيلها" } else { "" };
            format!("{around} {which}{before}، بحسب تقويم قاعدة المعارف: {}{more}.", sittings.join("؛ "))
        }
        Lang::En => {
            let around = if before { "During or just before" } else { "During" };
            let which = if count == 1 { format!("the {name}") } else { format!("one of the {name} meetings") };
            let more = if rest > 0 { format!(" and {rest} more") } else { String::new() };
            format!("{around} {which}, from the knowledge base's calendar: {}{more}.", sittings.join("; "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::PLAIN_LOCALE;

    #[test]
    fn each_clue_reads_in_the_readers_language_with_the_articles_words_quoted() {
        let clues = [
            DateClue::StatedDay { day: "2024-04-09".into(), words: "9 أبريل 2024".into() },
            DateClue::Weekday { weekday: 4, words: "الخميس".into() },
            DateClue::FromPublication {
                offset: -1,
                words: "أمس".into(),
                published: "2024-04-09".into(),
                published_words: None,
            },
            DateClue::Event {
                name: "SCO summit".into(),
                name_ar: "قمة منظمة شنغهاي للتعاون".into(),
                count: 1,
                before: true,
                held: vec![EventHeld {
                    place: "Astana".into(),
                    place_ar: "أستانا".into(),
                    start: "2024-07-03".into(),
                    end: "2024-07-04".into(),
                }],
            },
            DateClue::Term {
                person: "Wang Yi".into(),
                person_ar: "وانغ يي".into(),
                since: "2023-07-25".into(),
                as_named: true,
            },
        ];
        for clue in &clues {
            let ar = date_clue(Lang::Ar, clue, &PLAIN_LOCALE);
            let en = date_clue(Lang::En, clue, &PLAIN_LOCALE);
            assert!(!ar.chars().any(|ch| ch.is_ascii_alphabetic()), "{clue:?}: {ar}");
            assert!(en.starts_with(|ch: char| ch.is_ascii_uppercase()) && en.ends_with('.'), "{en}");
        }
        let thursday = date_clue(Lang::Ar, &clues[1], &PLAIN_LOCALE);
        assert_eq!(thursday, "يذكر الخبر أن اللقاء يوم الخميس: «الخميس».");
        let summit = date_clue(Lang::Ar, &clues[3], &PLAIN_LOCALE);
        assert!(summit.contains("أستانا 2024-07-03 – 2024-07-04") && summit.contains("قبيلها"), "{summit}");
        // The date given by whoever ran the extraction is said to be that, not the article's.
        let yesterday = date_clue(Lang::En, &clues[2], &PLAIN_LOCALE);
        assert!(yesterday.contains("the day before") && yesterday.contains("when it was extracted"), "{yesterday}");
    }
}
