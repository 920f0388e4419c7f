//! What a card shows, as plain strings, so the DOM layer only copies them
//! into text nodes.

use crate::model::{Meeting, Status};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardView {
    pub id: String,
    pub title: String,
    pub date: String,
    pub place: String,
    pub occasion: String,
    pub participants: String,
    pub lede: String,
    pub source: String,
    pub badge: Option<String>,
}

pub fn card(m: &Meeting) -> CardView {
    let date = match (&m.date_start, &m.date_end) {
        (Some(s), Some(e)) if s != e => format!("{s} – {e}"),
        (Some(s), _) => s.clone(),
        _ => "تاريخ غير معروف".to_owned(),
    };
    let place = [m.city_ar.as_deref(), m.country_ar.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("، ");
    let participants = m
        .participants
        .iter()
        .map(|p| p.name_ar.as_str())
        .collect::<Vec<_>>()
        .join(" · ");
    CardView {
        id: m.id.clone(),
        title: m.title.clone(),
        date,
        place,
        occasion: m.occasion_ar.clone().unwrap_or_default(),
        participants,
        lede: m.lede.clone(),
        source: m.source_file.clone(),
        badge: (m.status == Status::Announced).then(|| "لقاء مرتقب".to_owned()),
    }
}

/// "٣ من ٦ لقاءات" with Arabic plural agreement for the noun.
pub fn count_label(shown: usize, total: usize) -> String {
    let noun = match total % 100 {
        _ if total == 1 => "لقاء",
        _ if total == 2 => "لقاءين",
        3..=10 => "لقاءات",
        _ => "لقاءً",
    };
    if shown == total {
        format!("{total} {noun}")
    } else {
        format!("{shown} من {total} {noun}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn count_label_agrees_in_number() {
        assert_eq!(count_label(6, 6), "6 لقاءات");
        assert_eq!(count_label(1, 6), "1 من 6 لقاءات");
        assert_eq!(count_label(0, 1), "0 من 1 لقاء");
        assert_eq!(count_label(12, 12), "12 لقاءً");
    }
}
