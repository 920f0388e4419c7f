//! When: date expressions ([`parse`]), the constraints the article and the
//! knowledge base put on the meeting's date ([`evidence`]), and the solver
//! that turns them into the narrowest date range ([`solve`]).

pub mod evidence;
pub mod parse;
pub mod solve;

pub use solve::add_days;

use super::context::Context;
use super::draft::Draft;
use crate::model::{DateBasis, Status};
use solve::{EARLIEST, OPEN_END, Rule};

/// How far past the article's date an announced meeting may be placed.
const ANNOUNCED_HORIZON_DAYS: i32 = 400;

/// Solves the draft's date from every constraint on it. With the article's
/// date the nearest fitting days win; without it, only days the constraints
/// leave no doubt about.
pub fn find(ctx: &Context, draft: &mut Draft) {
    let constraints = evidence::constraints(ctx, draft);
    let status = draft.meeting.status;
    let reference = ctx.reference();
    let (earliest, latest) = match (status, reference) {
        (Status::Held, Some(r)) => (EARLIEST, r),
        (Status::Announced, Some(r)) => (r, add_days(r, ANNOUNCED_HORIZON_DAYS)),
        (_, None) => (EARLIEST, OPEN_END),
    };
    // An announced meeting with no article date is the first fitting day after
    // the latest day the article recalls ("آخر لقاء ... العشرين من فبراير").
    let reference = match (reference, status) {
        (Some(r), _) => Some(r),
        (None, Status::Announced) => constraints
            .iter()
            // A term of office's first day is no day the article recalls.
            .filter(|c| c.anchors && c.priority > solve::priority::TERM_OF_OFFICE)
            .filter_map(|c| if let Rule::NotBefore(d) = c.rule { Some(d) } else { None })
            .max(),
        (None, Status::Held) => None,
    };
    draft.date = solve::resolve(constraints.clone(), reference, earliest, latest).map(|mut got| {
        got.deciding = solve::deciding(&constraints, &got, reference, earliest, latest);
        got
    });
}

/// Writes the date range, its basis, its reason and its evidence.
pub fn settle(draft: &mut Draft) {
    let Some(r) = draft.date.clone() else {
        draft.meeting.date_reason =
            "the article gives no date, weekday or dated occasion that pins the meeting down".into();
        return;
    };
    let m = &mut draft.meeting;
    m.date_start = Some(r.start.to_string());
    m.date_end = Some(r.end.to_string());
    m.date_basis = Some(if r.stated { DateBasis::Stated } else { DateBasis::Inferred });
    m.date_reason = r.reason;
    m.date_clues = r.deciding;
    let mut spans = r.spans;
    spans.sort();
    spans.dedup();
    draft.evidence("date", spans);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::context_of;
    use crate::extract::{occasion, participants, place, status};

    fn date_of(text: &str) -> Option<(String, String, String)> {
        context_of(text, |ctx| {
            let mut draft = participants::find_all(ctx).into_iter().next()?;
            status::find(ctx, &mut draft);
            place::find(ctx, &mut draft);
            occasion::find(ctx, &mut draft);
            find(ctx, &mut draft);
            settle(&mut draft);
            let m = draft.meeting;
            Some((m.date_start?, m.date_end?, m.date_reason))
        })
    }

    #[test]
    fn a_stated_day_with_its_year() {
        let got = date_of("عنوان\nالتقى وزير الخارجية الروسي لافروف نظيره الصيني وانغ يي في بكين في 9 أبريل 2024.");
        assert_eq!(got.map(|(a, b, _)| (a, b)), Some(("2024-04-09".into(), "2024-04-09".into())));
    }

    #[test]
    fn today_against_the_publication_line() {
        let got = date_of(
            "عنوان\nتاريخ النشر: 18th, September 2023 GMT\nالتقى لافروف اليوم الاثنين نظيره الصيني وانغ يي في موسكو وبحثا العلاقات.",
        );
        let (a, b, reason) = got.unwrap_or_default();
        assert_eq!((a.as_str(), b.as_str()), ("2023-09-18", "2023-09-18"));
        assert!(reason.contains("a Monday") && reason.contains("published"), "{reason}");
    }

    #[test]
    fn a_weekday_on_the_sidelines_takes_the_calendars_days() {
        // The SCO foreign ministers in Tashkent, 28-29 July 2022; Thursday is the 28th.
        let got = date_of(
            "عنوان\nالتقى لافروف اليوم الخميس نظيره الصيني وانغ يي على هامش اجتماع مجلس وزراء خارجية منظمة شنغهاي للتعاون في طشقند.",
        );
        assert_eq!(got.map(|(a, _, _)| a), Some("2022-07-28".into()));
    }

    #[test]
    fn the_ministers_meeting_before_a_summit_takes_the_days_before_it() {
        // The joint Arab-Islamic summits in Riyadh: Saturday 11 November 2023 and
        // Monday 11 November 2024. Only the second has a Sunday in the days before it.
        let got = date_of(
            "عنوان\nبحث وزير الخارجية السعودي فيصل بن فرحان اليوم الأحد مع نظيره الأردني أيمن الصفدي في اجتماع وزاري تحضيري للقمة العربية الإسلامية غير العادية في الرياض.",
        );
        assert_eq!(got.map(|(a, b, _)| (a, b)), Some(("2024-11-10".into(), "2024-11-10".into())));
        // The summit's own day in a clause on it is not the meeting's.
        let clause = date_of(
            "عنوان\nبحث وزير الخارجية السعودي فيصل بن فرحان مع نظيره الأردني أيمن الصفدي في اجتماع وزاري تحضيري للقمة العربية الإسلامية غير العادية التي تبدأ غدا الاثنين في الرياض.",
        );
        assert!(clause.as_ref().is_none_or(|(a, _, _)| a.as_str() != "2024-11-11"), "{clause:?}");
    }

    #[test]
    fn digits_after_a_date_word_date_the_meeting_over_the_calendar() {
        // The Arab League's council meets in Cairo in March; the ministers who prepare
        // the Manama summit (16 May 2024) met there two days before it.
        let got = date_of(
            "عنوان\nالتقى وزير الخارجية الأردني أيمن الصفدي نظيره الجزائري أحمد عطاف بتاريخ 2024/5/14 على هامش اجتماع مجلس وزراء الخارجية العرب التحضيري للقمة العربية في البحرين.",
        );
        let (a, b, reason) = got.unwrap_or_default();
        assert_eq!((a.as_str(), b.as_str()), ("2024-05-14", "2024-05-14"));
        assert!(reason.contains("as the article says"), "{reason}");
        // The page's stamp after a teaser dates the article, not the meeting.
        let stamp =
            date_of("عنوان\nبحث لافروف في اتصال هاتفي مساء الخميس مع جايشانكار العلاقات... 14.03.2024, سبوتنيك عربي");
        let (_, _, reason) = stamp.unwrap_or_default();
        assert!(!reason.contains("as the article says"), "{reason}");
    }

    #[test]
    fn a_stamp_line_with_a_two_digit_year_is_the_articles_date() {
        // 16 October 2023 was a Monday.
        let got = date_of(
            "وزير الخارجية الروسي يلتقي نظيره الصيني في بكين\n16 أكتوبر 23\nالتقى وزير الخارجية الروسي سيرغي لافروف اليوم الاثنين نظيره الصيني وانغ يي في بكين.",
        );
        assert_eq!(got.map(|(a, b, _)| (a, b)), Some(("2023-10-16".into(), "2023-10-16".into())));
    }

    #[test]
    fn a_page_date_whose_weekday_is_not_the_storys_today_fixes_no_day() {
        // 26 June 2024 was a Wednesday; the story's today is a Monday.
        let got = date_of(
            "الأربعاء 26 يونيو 2024\nلافروف يلتقي وانغ يي\nالتقى وزير الخارجية الروسي سيرغي لافروف اليوم الاثنين نظيره الصيني وانغ يي في بكين.",
        );
        let (a, b, reason) = got.unwrap_or_default();
        assert_ne!(a, "2024-06-26", "{reason}");
        assert!(a.is_empty() || reason.contains("a Monday"), "{a} {b} {reason}");
    }

    #[test]
    fn an_announced_meeting_lies_within_a_visit_of_stated_length() {
        let got = date_of(
            "عنوان\nنيروبي 12 مارس 2019 / وصل وزير الخارجية الصيني وانغ يي اليوم إلى كينيا في زيارة تستغرق ثلاثة أيام.\nومن المقرر أن يلتقي وانغ خلال الزيارة الرئيس الكيني أوهورو كينياتا.",
        );
        assert_eq!(got.map(|(a, b, _)| (a, b)), Some(("2019-03-12".into(), "2019-03-14".into())));
    }

    #[test]
    fn a_weekday_at_a_nato_summit_takes_the_calendars_day() {
        // NATO's Warsaw summit, Friday 8 and Saturday 9 July 2016.
        let got = date_of(
            "عنوان\nالتقى الرئيس التركي رجب طيب أردوغان يوم السبت المستشارة الألمانية أنجيلا ميركل على هامش قمة حلف شمال الأطلسي في وارسو.",
        );
        assert_eq!(got.map(|(a, b, _)| (a, b)), Some(("2016-07-09".into(), "2016-07-09".into())));
    }

    #[test]
    fn a_weekday_with_its_day_and_month_picks_the_year_within_the_terms() {
        // Fidan took office in June 2023; of the years since, only 2025 has a Wednesday 18 June.
        let beside = date_of(
            "عنوان\nالتقى وزير الخارجية الروسي لافروف نظيره التركي هاكان فيدان يوم الأربعاء 18 حزيران الجاري في أنقرة.",
        );
        assert_eq!(beside.map(|(a, b, _)| (a, b)), Some(("2025-06-18".into(), "2025-06-18".into())));
        // Apart, the weekday may be another sentence's: no year is picked.
        let apart = date_of(
            "عنوان\nالتقى وزير الخارجية الروسي لافروف نظيره التركي هاكان فيدان في أنقرة في 18 حزيران.\nوقال لافروف يوم الأربعاء إن المحادثات كانت مفيدة.",
        );
        assert_eq!(apart, None);
    }

    #[test]
    fn the_same_day_is_not_today() {
        let got = date_of(
            "عنوان\nتاريخ النشر: 2016-01-22\nغادر الرئيس الصيني القاهرة اليوم الجمعة.\nووصل الرئيس الصيني شي جين بينغ ظهر الأربعاء، والتقى شي رئيس الوزراء المصري شريف إسماعيل في نفس اليوم.",
        );
        assert!(got.as_ref().is_none_or(|(a, _, _)| a != "2016-01-22"), "{got:?}");
    }

    #[test]
    fn nothing_to_anchor_the_day_means_no_date() {
        let got = date_of("عنوان\nالتقى لافروف نظيره الصيني وانغ يي في بكين وبحثا العلاقات الثنائية.");
        assert_eq!(got, None);
    }
}
