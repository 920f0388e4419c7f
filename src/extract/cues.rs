//! Meeting words: where an article says that people met or will meet, and
//! whether it reports that meeting or only recalls it.

use super::context::Context;
use super::segment::LineKind;
use crate::text::is_one_of;

/// How many words before a meeting word may say it is recalled ("وكان قد التقى").
const RECALL_LOOKBACK: usize = 6;
/// How many words before a meeting word, in its sentence, "سبق" may say it is recalled.
const RECALL_FAR_LOOKBACK: usize = 14;
/// How many words before a meeting word may negate it ("لم يعقدا مفاوضات أو اجتماعا").
const NEGATION_LOOKBACK: usize = 4;
/// How many words right before a meeting word may say it was asked for or put off ("تأجيل زيارة").
const CALLED_OFF_LOOKBACK: usize = 1;
/// How many words before a meeting word, in its sentence, may deny it ("نفى ... بشأن لقائه").
const DENIAL_LOOKBACK: usize = 16;
/// How many words before a meeting word "بعد"/"عقب" may make it what came before ("بعد زيارة").
const AFTER_WORD_REACH: usize = 3;
/// How many words after "بعد" the earlier meeting or visit may stand ("بعد أقل من شهر على زيارة").
const AFTER_OBJECT_REACH: usize = 6;
/// How many words after a session word its organisation may make it the multilateral one ("جلسة عمل عقدت في إطار قمة العشرين").
const SESSION_ORG_REACH: usize = 7;
/// How many words after a conference word a call mark makes it a call ("مؤتمراً عبر تقنية الفيديو").
const CONFERENCE_MARK_REACH: usize = 3;
/// How many words before a call word a minister's title makes it a portfolio ("وزير الثقافة والاتصال").
const PORTFOLIO_REACH: usize = 4;
/// How many sentences before "وكان في استقباله" the airport of a welcome may be named.
const WELCOME_LOOKBACK_SENTENCES: usize = 2;
/// How far after a reception noun "على شرف" makes the ceremony a host's meeting.
const CEREMONY_HONOUR_REACH: usize = 4;
/// How many words after "تحدث" its call mark may stand, past the speaker's title and name.
const SPEAKER_MARK_REACH: usize = 9;
/// How many words before a meeting word "هامش" makes it the multilateral meeting.
const SIDELINES_LOOKBACK: usize = 2;
/// How many words after "تقبل" its credentials may stand ("قدم NAME، سفير ... في
/// الولايات المتحدة المكسيكية، أوراق اعتماده").
const CREDENTIALS_REACH: usize = 16;
/// How many words after "تبادل" the views may stand ("تبادل الوزير ونظيره الروسي سيرجي لافروف وجهات النظر").
const VIEWS_REACH: usize = 10;
/// How many words after a meeting word may say it is recalled ("لقائهما الأخير").
const RECALL_LOOKAHEAD: usize = 2;

/// A meeting word in a paragraph.
#[derive(Debug, Clone, Copy)]
pub struct Cue {
    pub token: usize,
    pub para: usize,
    pub recalled: bool,
    /// "المحادثات", "اللقاء": refers back to the meeting already named.
    pub definite: bool,
    /// "اتصالا هاتفيا": the word itself reports a call.
    pub call: bool,
}

/// The meeting words of the headline and body, in token order. Negated ones
/// and the multilateral meeting itself ("على هامش اجتماع ...") are left out.
pub fn find(ctx: &Context) -> Vec<Cue> {
    let words = &ctx.lex.cues;
    let mut out = Vec::new();
    for (pi, p) in ctx.paras.iter().enumerate() {
        if !matches!(p.kind, LineKind::Body | LineKind::Headline) {
            continue;
        }
        for t in p.first..p.last {
            let word = ctx.token_text(t);
            // "مؤتمراً عبر الفيديو": a conference held by video is a call; a press conference is nothing.
            let ahead = |reach: usize| (t + 1 + reach).min(p.last);
            let video_conference = is_one_of(word, &words.conference)
                && ctx.any_word_near(t + 1, ahead(CONFERENCE_MARK_REACH), &words.call_marks);
            // "تحدث ... هاتفياً": the mark may follow the speaker's title and name, not a boundary.
            let spoke_by_phone = is_one_of(word, &words.speak)
                && (t + 1..ahead(SPEAKER_MARK_REACH))
                    .take_while(|&k| !ctx.boundary(k - 1, k))
                    .any(|k| is_one_of(ctx.token_text(k), &words.call_marks));
            let call_word = is_one_of(word, &words.call);
            // "وزير الإعلام والاتصال": a portfolio, not a call ("تلقى وزير الخارجية اتصالا" is one).
            let portfolio = call_word
                && ["ال", "وال"].iter().any(|a| word.starts_with(a))
                && (t.saturating_sub(PORTFOLIO_REACH).max(p.first)..t)
                    .rev()
                    .take_while(|&k| !ctx.boundary(k, k + 1))
                    .any(|k| is_one_of(ctx.token_text(k), &words.portfolio_heads));
            if portfolio {
                continue;
            }
            let plural_calls = is_one_of(word, &words.plural_calls)
                && ((t > p.first && is_one_of(ctx.token_text(t - 1), &words.held))
                    || ctx.any_word_near(t + 1, ahead(CONFERENCE_MARK_REACH), &words.call_marks));
            let call = video_conference || spoke_by_phone || call_word || plural_calls;
            let credentials = is_one_of(word, &words.receipt)
                && ctx.any_word_near(t + 1, ahead(CREDENTIALS_REACH), &words.credentials);
            // Only with its sides between verb and views: "تبادل الآراء مع وانغ" tells
            // of talks already reported.
            let views = is_one_of(word, &words.exchange)
                && ctx.first_word_near(t + 1, ahead(VIEWS_REACH), &words.views).is_some_and(|v| v > t + 1);
            if !call
                && !credentials
                && !views
                && !is_one_of(word, &words.meeting)
                && !is_one_of(word, &words.with_pronoun)
            {
                continue;
            }
            // "اجتماع قمة مجموعة العشرين", "اجتماعات مجلس وزراء ...": the multilateral
            // meeting; also behind a verb of gathering ("اجتماع يجمع قادة").
            let next = t + 1;
            let next =
                if next + 1 < p.last && is_one_of(ctx.token_text(next), &words.gathers) { next + 1 } else { next };
            if next < p.last
                && !ctx.boundary(t, next)
                && (is_one_of(ctx.token_text(next), &words.multilateral)
                    || ctx.hits_in(next, (next + 2).min(p.last)).any(|h| matches!(h.entity, crate::kb::Entity::Org(_))))
            {
                continue;
            }
            // Negation within the meeting word's clause only: "الهجرة غير النظامية، أبرز
            // محاور اللقاء" is no negated meeting.
            let negation_reach = t.saturating_sub(NEGATION_LOOKBACK).max(p.first);
            let negation_from =
                (negation_reach..t).rev().find(|&k| k > 0 && ctx.boundary(k - 1, k)).unwrap_or(negation_reach);
            if ctx.any_word_near(negation_from, t, &words.negation)
                || (t.saturating_sub(CALLED_OFF_LOOKBACK).max(p.first)..t).any(|k| {
                    // As written or after "و" only: "بطلب من" (at the request of) is no request for a meeting.
                    let w = ctx.token_text(k);
                    let w = w.strip_prefix('و').filter(|rest| words.called_off.iter().any(|c| c == rest)).unwrap_or(w);
                    // "من أجل بحث" is "in order to discuss".
                    let in_order_to = k > 0 && ctx.token_text(k - 1) == "من";
                    words.called_off.iter().any(|c| c == w) && !in_order_to
                })
            {
                continue;
            }
            let (s0, s1) = ctx.sentence_of(t);
            // "وكان في استقباله": the idiom for who received the guest, not a recall;
            // "وصل ... إلى مطار بيونغ يانغ ... وكان في استقباله نائب الوزير": a welcome
            // at the airport is protocol, not a meeting, also when the airport is in
            // the arrival's sentence just before ("وصل إلى مطار ...". "وكان في استقبال ...").
            let receiving_idiom = t >= 2
                && is_one_of(word, &words.receive_nouns)
                && ctx.token_text(t - 1) == "في"
                && is_one_of(ctx.token_text(t - 2), &words.recall_opening);
            let welcome_from = ctx.sentences_back(t, WELCOME_LOOKBACK_SENTENCES);
            if receiving_idiom
                && (ctx.any_word_near(welcome_from, s1, &words.airport)
                    || ctx.any_word_near(welcome_from, s1, &words.ceremony))
            {
                continue;
            }
            // "مراسيم استقبال رسمية"، "الاستقبال الرسمي": the ceremony, not talks.
            let ceremony = is_one_of(word, &words.receive_nouns)
                && ((t > p.first && is_one_of(ctx.token_text(t - 1), &words.ceremony))
                    || (t + 1 < p.last && is_one_of(ctx.token_text(t + 1), &words.official)))
                && !ctx.any_word_near(t + 1, ahead(CEREMONY_HONOUR_REACH), &words.in_honour);
            if ceremony {
                continue;
            }
            // "نفى ... الأنباء التي زعمت أن الرئيس طلب لقاء": denied in its sentence.
            if ctx.any_word_near(t.saturating_sub(DENIAL_LOOKBACK).max(s0).max(p.first), t, &words.denial) {
                continue;
            }
            let of_bilateral = t + 1 < p.last && is_one_of(ctx.token_text(t + 1), &words.sidelines_bilateral);
            if !of_bilateral
                && ctx.any_word_near(t.saturating_sub(SIDELINES_LOOKBACK).max(p.first), t, &words.sidelines)
            {
                continue;
            }
            let before = t.saturating_sub(RECALL_LOOKBACK).max(p.first);
            // "ويأتي اللقاء بعد ... زيارة": a meeting word after "بعد" in such a sentence.
            // What came before is the meeting or visit right after "بعد" and
            // what its clause tells ("بعد ... على زيارة بلينكن إلى بكين، حيث
            // أجرى محادثات"); after a session ("عقب جلسة عمل ...، حيث التقى"),
            // the clause is the news.
            let is_meeting_word = |k: usize| {
                let w = ctx.token_text(k);
                let bilateral = !ctx.hits_in(k, (k + 1 + SESSION_ORG_REACH).min(p.last)).any(|h| {
                    matches!(h.entity, crate::kb::Entity::Org(_))
                        && h.first_token >= k
                        && !ctx.boundary(k, h.first_token.max(k))
                });
                bilateral
                    && (is_one_of(w, &words.meeting) || is_one_of(w, &words.with_pronoun) || is_one_of(w, &words.call))
            };
            let came_before = (s0..t).find(|&k| is_one_of(ctx.token_text(k), &words.comes_after)).is_some_and(|k| {
                (k + 1..t).filter(|&j| is_one_of(ctx.token_text(j), &words.after_word)).any(|j| {
                    t - j <= AFTER_WORD_REACH || (j + 1..(j + 1 + AFTER_OBJECT_REACH).min(t)).any(is_meeting_word)
                })
            });
            // "وكان لافروف أنهى اليوم زيارة": a past perfect of today is the news, not a recall.
            let today = ctx.any_word_near(s0, (t + 1 + RECALL_LOOKAHEAD).min(p.last), &ctx.lex.dates.words.today);
            // "وكانت الصين وروسيا قد أعلنتا ... عندما زار": a sentence that opens recalling;
            // the opening word, or the one after "كما" ("كما يشار إلى أن").
            let opening = if ctx.token_text(s0) == "كما" { s0 + 1 } else { s0 };
            let background = is_one_of(ctx.token_text(opening), &words.background_opening)
                && !ctx.any_word_near(opening + 1, t, &words.future);
            // "وكانت الوكالة أفادت أن الأمير سيستقبل": the opening is the report's,
            // and what it reports is still to come.
            let reported_future = future_form(ctx, word)
                && (opening + 1..t).any(|k| is_one_of(ctx.token_text(k), &ctx.lex.segment.attribution));
            let recall_opening = !receiving_idiom
                && !today
                && !reported_future
                && opening < t
                && (is_one_of(ctx.token_text(opening), &words.recall_opening) || background);
            // "وكان الوزير قد وصل ... وأجرى لقاءات مع المشاركين في هذا المؤتمر، حيث
            // التقى": earlier during the event the article is about, so news.
            let same_event = ctx.has_phrase(s0, s1, &words.same_event);
            let recalled = (!receiving_idiom
                && !today
                && !same_event
                && ((!reported_future
                    && (before..t).any(|k| {
                        is_one_of(ctx.token_text(k), &words.recall_before)
                        && !(k > p.first && is_one_of(ctx.token_text(k - 1), &words.transition))
                        // "انطلقت منذ قليل جلسة المباحثات": a moment ago is today's news.
                        && !is_one_of(ctx.token_text(k + 1), &words.moments_ago)
                    }))
                    || ctx.any_word_near(t.saturating_sub(RECALL_FAR_LOOKBACK).max(s0), t, &words.recall_far)
                    || recall_opening
                    || past_time_beside(ctx, t, s0, s1)))
                || came_before
                || ctx.any_word_near(t + 1, (t + 1 + RECALL_LOOKAHEAD).min(p.last), &words.recall_after);
            // "اللقاء", "والمحادثات": the article on a meeting noun ("التقى" only looks like it).
            let definite = ["ال", "وال", "بال", "لل"].iter().any(|a| {
                word.strip_prefix(a).is_some_and(|rest| {
                    let noun = if *a == "لل" { format!("ل{rest}") } else { rest.to_owned() };
                    words.meeting.contains(&noun) || words.call.contains(&noun) || words.nouns.contains(&noun)
                })
            });
            out.push(Cue { token: t, para: pi, recalled, definite, call });
        }
    }
    out
}

/// "سيستقبل", "ستلتقي": a meeting verb's future form, its "س" before a form the list has.
fn future_form(ctx: &Context, word: &str) -> bool {
    word.strip_prefix('س')
        .is_some_and(|rest| (rest.starts_with('ي') || rest.starts_with('ت')) && is_one_of(rest, &ctx.lex.cues.meeting))
}

/// How many words after a meeting word a past time may date it ("وزار ...، نهاية فبراير الماضي").
/// After the word, further: the subject's office and name may stand between
/// ("التقى مساعد وزير الخارجية للشؤون السياسية فلان الأسبوع الماضي").
const PAST_TIME_AFTER: usize = 12;
/// How many words before a meeting word a past time may date it.
const PAST_TIME_BEFORE: usize = 8;

/// "نهاية فبراير الماضي"، "الشهر الماضي": a time already past in the meeting
/// word's sentence, before it or shortly after it (up to another meeting word).
fn past_time_beside(ctx: &Context, t: usize, s0: usize, s1: usize) -> bool {
    let words = &ctx.lex.cues;
    let past_at = |i: usize| {
        i > s0
            && is_one_of(ctx.token_text(i), &words.recall_after)
            && (is_one_of(ctx.token_text(i - 1), &words.time_nouns)
                || ctx.lex.dates.is_month_word(ctx.token_text(i - 1))
                // "الإثنين الماضي": last Monday.
                || ctx.lex.dates.is_weekday_word(ctx.token_text(i - 1)))
    };
    let after_end = (t + 1..(t + 1 + PAST_TIME_AFTER).min(s1))
        .find(|&i| is_one_of(ctx.token_text(i), &words.meeting))
        .unwrap_or((t + 1 + PAST_TIME_AFTER).min(s1));
    // Not a past time inside a quotation ("... العام الماضي"، مضيفا أن المباحثات").
    let quoted = |i: usize| ctx.quote_of(i).is_some();
    // Nor one before "أن": what comes after it is another clause.
    let clause = (s0..t).rev().find(|&i| is_one_of(ctx.token_text(i), &words.clause_break)).map_or(s0, |i| i + 1);
    let before = t.saturating_sub(PAST_TIME_BEFORE).max(clause);
    (before..t).any(|i| past_at(i) && !quoted(i)) || (t + 1..after_end).any(|i| past_at(i) && !quoted(i))
}

#[cfg(test)]
mod tests {
    use crate::extract::test_support::context_of;

    #[test]
    fn a_past_weekday_a_past_time_after_a_long_subject_and_in_the_wake_of_are_recalls() {
        let news = |text: &str| context_of(text, |ctx| ctx.cues.iter().filter(|c| !c.recalled).count());
        assert_eq!(news("عنوان\nوقد زار الرئيس العاصمة يوم الأحد الماضي واجتمع بالملك."), 0);
        assert_eq!(
            news(
                "عنوان\nكما التقى نائب وزير الخارجية لشؤون آسيا والمحيط الهادئ كريم نادر الأسبوع الماضي في طوكيو رئيس الوزراء."
            ),
            0
        );
        assert_eq!(news("عنوان\nوتأتي الجولة في أعقاب زيارة قام بها الأمير إلى القاهرة واجتماعه مع الرئيس."), 0);
        // Today's weekday is the news.
        assert_eq!(news("عنوان\nوقد زار الرئيس العاصمة يوم الأحد واجتمع بالملك."), 2);
    }

    #[test]
    fn speaking_with_a_call_mark_after_the_speaker_is_a_call() {
        let calls = |text: &str| context_of(text, |ctx| ctx.cues.iter().filter(|c| c.call).count());
        assert_eq!(calls("عنوان\nتحدث وزير الخارجية الكندي بيتر مورغان هاتفيا مع نظيره التونسي."), 1);
        // A mark past a comma is another clause's; speaking of something is no call.
        assert_eq!(calls("عنوان\nتحدث الوزير عن الأزمة، ثم أجرى نقاشا عبر الهاتف مع الصحفيين."), 0);
        assert_eq!(calls("عنوان\nتحدث الوزير أمام البرلمان عن الاقتصاد."), 0);
    }

    #[test]
    fn calls_held_with_several_are_calls_and_keeping_in_touch_is_none() {
        let calls = |text: &str| context_of(text, |ctx| ctx.cues.iter().filter(|c| c.call).count());
        assert_eq!(calls("عنوان\nجرت اتصالات بين الوزير ونظرائه في المنطقة."), 1);
        assert_eq!(calls("عنوان\nبحث الوزير اتصالات هاتفية مع نظرائه."), 1);
        assert_eq!(calls("عنوان\nواتفق الجانبان على الحفاظ على اتصالات في جميع المستويات."), 0);
    }

    #[test]
    fn a_call_received_right_after_its_verb_is_a_call_and_a_cancelled_one_is_none() {
        let calls = |text: &str| context_of(text, |ctx| ctx.cues.iter().filter(|c| c.call).count());
        assert_eq!(calls("عنوان\nوقال المكتب إن الوزير تلقى اتصالاً هاتفياً من نظيره اليوناني."), 1);
        assert_eq!(calls("عنوان\nوقال المكتب إن الوزير ألغى اتصالاً كان مقررا مع نظيره."), 0);
    }

    #[test]
    fn a_welcome_ceremony_is_protocol_and_a_reception_in_a_guests_honour_is_a_meeting() {
        let words = |text: &str| context_of(text, |ctx| ctx.cues.len());
        assert_eq!(
            words(
                "عنوان\nأقيمت في القصر مراسيم استقبال رسمية لرئيس الوزراء الزائر، وكان في استقباله الرئيس ووزير الخارجية."
            ),
            0
        );
        assert_eq!(words("عنوان\nوتم الاستقبال الرسمي للضيف في ساحة القصر."), 0);
        assert_eq!(words("عنوان\nأقام الأمير حفل استقبال رسمي على شرف الملك الزائر في الديوان."), 1);
    }

    #[test]
    fn a_meeting_still_to_come_that_an_earlier_report_announced_is_not_recalled() {
        let recalled = |text: &str| context_of(text, |ctx| ctx.cues.iter().map(|c| c.recalled).collect::<Vec<_>>());
        assert_eq!(recalled("عنوان\nوكانت وكالة الأنباء الرسمية ذكرت أن الرئيس سيستقبل الضيف في قصره."), [false]);
        // Without the report, an opening "وكان" still recalls.
        assert_eq!(recalled("عنوان\nوكان الرئيس قد استقبل الضيف في قصره."), [true]);
    }

    #[test]
    fn talks_begun_a_moment_ago_are_news_not_a_recall() {
        let recalled = |text: &str| context_of(text, |ctx| ctx.cues.iter().map(|c| c.recalled).collect::<Vec<_>>());
        assert_eq!(recalled("عنوان\nانطلقت منذ قليل المباحثات بين الرئيس ونظيره."), [false]);
        assert_eq!(recalled("عنوان\nوكانت العلاقات متوترة منذ لقاء الرئيسين."), [true]);
    }

    #[test]
    fn a_welcome_at_the_airport_is_no_meeting_word() {
        let words = context_of(
            "عنوان\nوصل وزير الخارجية الصيني وانغ يي إلى مطار موسكو الدولي، وكان في استقباله نائب وزير الخارجية الروسي.",
            |ctx| ctx.cues.iter().map(|c| ctx.token_text(c.token).to_owned()).collect::<Vec<_>>(),
        );
        assert!(!words.iter().any(|w| w.contains(&crate::text::normalize("استقبال"))), "{words:?}");
        // The arrival at the airport in one paragraph, the welcome party in the next.
        let words = context_of(
            "عنوان\nحطّت طائرة وزير الخارجية اليمني صباح اليوم في مطار الدوحة الدولي قادماً من عدن.\nكما كان في استقبال الوزير سفير بلاده لدى قطر وعدد من المسؤولين.",
            |ctx| ctx.cues.iter().map(|c| ctx.token_text(c.token).to_owned()).collect::<Vec<_>>(),
        );
        assert!(!words.iter().any(|w| w.contains(&crate::text::normalize("استقبال"))), "{words:?}");
    }

    #[test]
    fn reported_recalled_negated_and_sidelines_words() {
        context_of(
            "عنوان\nالتقى لافروف اليوم نظيره الصيني، وكان قد التقاه الشهر الماضي، ثم غادر دون عقد لقاء مع غيره على هامش اجتماع الوزراء.",
            |ctx| {
                let words: Vec<(&str, bool)> = ctx.cues.iter().map(|c| (ctx.token_text(c.token), c.recalled)).collect();
                // "التقاه" is recalled; "لقاء" is negated; "اجتماع" follows "هامش".
                let met = crate::text::normalize("التقى");
                let recalled = crate::text::normalize("التقاه");
                assert_eq!(words, vec![(met.as_str(), false), (recalled.as_str(), true)]);
            },
        );
        context_of(
            "عنوان\nوأشار إلى أن آخر لقاء جمعهما كان في موسكو، وأن المحادثات السابقة كانت مثمرة.",
            |ctx| {
                assert!(ctx.cues.iter().all(|c| c.recalled), "{:?}", ctx.cues);
                assert!(ctx.cues.iter().any(|c| c.definite));
            },
        );
    }

    #[test]
    fn receiving_credentials_and_exchanging_views_are_meetings_their_other_senses_are_not() {
        let count = |text: &str| context_of(text, |ctx| ctx.cues.len());
        assert_eq!(count("عنوان\nتقبل الملك أوراق اعتماد سفير تشيلي لدى المملكة."), 1);
        assert_eq!(count("عنوان\nتسلمت الجزائر رئاسة القمة العربية من تونس."), 0);
        assert_eq!(count("عنوان\nتبادل الوزير ونظيره الروسي وجهات النظر حول الأزمة."), 1);
        assert_eq!(count("عنوان\nكما تبادل الآراء حول الأزمة."), 0);
        // "الجمعة" is a day, not "جمعه" (brought him together).
        assert_eq!(count("عنوان\nوصل الوزير إلى الرباط يوم الجمعة."), 0);
    }

    #[test]
    fn a_past_time_beside_a_meeting_word_recalls_it_and_a_trilateral_is_no_bilateral() {
        let live = |text: &str| context_of(text, |ctx| ctx.cues.iter().filter(|c| !c.recalled).count());
        assert_eq!(live("عنوان\nوزار الوزير، نهاية فبراير الماضي، العاصمة دمشق، حيث التقى الرئيس السوري."), 0);
        assert_eq!(live("عنوان\nالتقى الوزير الشهر الماضي نظيره السوري في دمشق."), 0);
        // A past time in what someone said before "أن" says nothing of the meeting.
        assert_eq!(live("عنوان\nوقال إن التجارة بلغت 15 مليارا العام الماضي، مضيفا أن المباحثات تناولت الطاقة."), 1);
        assert_eq!(live("عنوان\nوشارك الوزير في اجتماع ثلاثي مع نظيريه الروسي والتركي."), 0);
        assert_eq!(live("عنوان\nأجرى الوزير اليوم مشاورات سياسية مع نظيره الأردني."), 1);
    }

    #[test]
    fn denied_requested_and_postponed_meetings_are_not_reported() {
        let live = |text: &str| context_of(text, |ctx| ctx.cues.iter().filter(|c| !c.recalled).count());
        assert_eq!(live("عنوان\nنفى الناطق باسم الخارجية الأنباء التي زعمت أن الرئيس طلب لقاء نظيره الأمريكي."), 0);
        assert_eq!(live("عنوان\nنفى الوزير ادعاءات بشأن لقائه المبعوث الأمريكي في مسقط."), 0);
        assert_eq!(live("عنوان\nوأعلن الوزير تأجيل زيارة رئيس الوزراء إلى الرياض."), 0);
        // "بطلب من" is at someone's request, and "من أجل" is "in order to": the meeting is reported.
        assert_eq!(live("عنوان\nوبطلب من الجانب المصري التقى الوزير نظيره الصيني."), 1);
        assert_eq!(live("عنوان\nوصل الوزير إلى بكين من أجل بحث العلاقات مع نظيره."), 1);
    }

    #[test]
    fn an_earlier_meeting_of_the_same_event_is_news() {
        let live = |text: &str| context_of(text, |ctx| ctx.cues.iter().filter(|c| !c.recalled).count());
        let same = "عنوان\nوكان الوزير قد وصل الخميس إلى ميونيخ وأجرى لقاءات مع المشاركين في هذا المؤتمر، حيث التقى وزير خارجية كندا.";
        assert_eq!(live(same), 2);
        let before = "عنوان\nوكان الوزير قد التقى وزير خارجية كندا في أوتاوا الشهر الماضي.";
        assert_eq!(live(before), 0);
    }
}
