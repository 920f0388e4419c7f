//! Why an article gave no meeting, in words its reader can act on: the
//! editor says it plainly instead of showing nothing.

use jiff::civil::Date;

use super::context::Context;
use super::segment;
use crate::kb::Kb;

/// The fewest Arabic letters a text needs to be read as an article.
const MIN_ARABIC_LETTERS: usize = 40;

/// What stopped the extractor, checked in the order a reader would look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoMeeting {
    /// Nothing, or almost nothing, in Arabic.
    NotArabicText,
    /// No word of meeting, visit, talks or call anywhere.
    NoMeetingWord,
    /// Meeting words, but no official named or described by office.
    NoOfficial,
    /// Officials and meeting words, but never two sides in one encounter
    /// (a statement, an interview, or a meeting it only recalls).
    NoTwoSides,
}

/// Why `text` gives no meeting; call it once extraction has found none.
pub fn why(text: &str, kb: &Kb, given: Option<Date>) -> NoMeeting {
    let arabic = text.chars().filter(|&c| crate::text::is_arabic_letter(c)).count();
    if arabic < MIN_ARABIC_LETTERS {
        return NoMeeting::NotArabicText;
    }
    let text = super::normalize_line_breaks(text);
    let (mut cues, mut people) = (0, 0);
    for article in segment::split_articles(&kb.lexicon.segment, &text) {
        let ctx = Context::new(&article, kb, given);
        cues += ctx.cues.len();
        people += ctx.people.len();
    }
    match (cues, people) {
        (0, _) => NoMeeting::NoMeetingWord,
        (_, 0) => NoMeeting::NoOfficial,
        _ => NoMeeting::NoTwoSides,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kb() -> Kb {
        Kb::embedded().unwrap()
    }

    #[test]
    fn each_reason_in_its_turn() {
        let kb = kb();
        assert_eq!(why("Lavrov met Wang Yi in Beijing.", &kb, None), NoMeeting::NotArabicText);
        let weather = "توقعت الأرصاد الجوية أن تشهد البلاد أمطاراً غزيرة خلال الأيام المقبلة مع انخفاض في درجات الحرارة.";
        assert_eq!(why(weather, &kb, None), NoMeeting::NoMeetingWord);
        let statement =
            "أكد وزير الخارجية الروسي سيرغي لافروف في مؤتمر صحفي أن بلاده ترفض العقوبات الجديدة وستواصل سياستها.";
        assert_eq!(why(statement, &kb, None), NoMeeting::NoMeetingWord);
        let unnamed = "قالت مصادر مطلعة إن لقاء سيعقد قريباً بين الجانبين لبحث الملفات العالقة دون أن تحدد موعده.";
        assert_eq!(why(unnamed, &kb, None), NoMeeting::NoOfficial);
        let one_side = "أكد وزير الخارجية الروسي سيرغي لافروف أن المحادثات مع الغرب متوقفة منذ شهور ولا جديد فيها.";
        assert_eq!(why(one_side, &kb, None), NoMeeting::NoTwoSides);
    }
}
