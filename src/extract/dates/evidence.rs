//! What an article and the knowledge base say about a meeting's date, as
//! named rules; each gives the constraints it finds, and the solver
//! ([`super::solve`]) weighs them together.
//!
//! The rules, in the order they are gathered: the meeting's weekday (and
//! "اليوم"/"أمس"/"غدا" against the article's own date), the days the text
//! states, the event calendar, the dates it recalls or announces, the dated
//! facts and chairmanships it mentions, each participant's term of office,
//! and the window around the article's own date.

use jiff::civil::Date;

use super::parse::{DateExpr, Found, Relative, YearHint};
use super::solve::{Constraint, EARLIEST, OPEN_END, Rule, add_days, priority};
use crate::date_clue::{DateClue, EventHeld};
use crate::extract::context::Context;
use crate::extract::draft::Draft;
use crate::extract::lexicon::Role;
use crate::extract::occasion::{DAYS_BEFORE_EVENT, events_for};
use crate::extract::segment::LineKind;
use crate::kb::Entity;
use crate::model::{Span, Status};
use crate::text::is_one_of;

/// How many words before a date may say it belongs to a recalled clause.
const RECALL_LOOKBACK: usize = 8;
/// How many words before a date may say it is announced ("المقرر ... في 5 مايو").
const FUTURE_LOOKBACK: usize = 10;
/// A held meeting is reported within a week of its article's date: this many days before it.
const HELD_BEFORE_PUBLICATION_DAYS: i32 = 6;
/// An announced meeting happens within this many days of its article's date.
const ANNOUNCED_AFTER_PUBLICATION_DAYS: i32 = 90;
/// How long past the knowledge base's last review an open term is taken to run.
const OPEN_TERM_GRACE_DAYS: i32 = 365;
/// How many words after a country a chairmanship's organisation may stand.
const CHAIR_WINDOW: usize = 3;
/// How many words after a chairmanship may say it is still to come.
const CHAIR_FUTURE_LOOKAHEAD: usize = 5;

/// Every constraint on the draft's date, in the order the rules give them.
pub fn constraints(ctx: &Context, draft: &Draft) -> Vec<Constraint> {
    let (mut out, found) = weekday(ctx, draft);
    let stated = stated_days(ctx, draft);
    out.extend(stated.constraints);
    let day_level = found != WeekdayFound::None || stated.day_level;
    out.extend(event_calendar(ctx, draft, day_level));
    let facts = dated_facts(ctx);
    out.extend(recalled_bounds(ctx, stated.elsewhere, &facts));
    out.extend(facts);
    out.extend(chairmanships(ctx));
    out.extend(terms_of_office(ctx, draft, found == WeekdayFound::BesideDate));
    let pinned = out.iter().any(|c| matches!(c.rule, Rule::On(_)));
    if !pinned {
        out.extend(publication_window(ctx, draft.meeting.status));
        if draft.meeting.status == Status::Announced {
            out.extend(visit_length(ctx));
        }
    }
    out
}

/// How many body paragraphs from the lede may tell a visit's length.
const VISIT_LENGTH_PARAS: usize = 2;

/// "وصل ... اليوم ... في زيارة رسمية تستغرق يومين": a visit that starts on
/// the article's day and lasts N days holds its announced meetings.
fn visit_length(ctx: &Context) -> Option<Constraint> {
    let pd = ctx.reference()?;
    let words = &ctx.lex.dates.words;
    let toks = &ctx.doc.tokens;
    ctx.paras.iter().filter(|p| p.kind == LineKind::Body).take(VISIT_LENGTH_PARAS).find_map(|p| {
        (p.first..p.last).find_map(|t| {
            if !is_one_of(ctx.token_text(t), &words.lasting) {
                return None;
            }
            let (s0, s1) = ctx.sentence_of(t);
            let starts_today = ctx.any_word_near(s0, t, &words.today) && ctx.any_word_near(s0, t, &ctx.lex.cues.visit);
            if !starts_today {
                return None;
            }
            let (days, len) = ctx.lex.dates.visit_days.iter().find_map(|(w, d)| {
                (t + 1 + w.len() <= s1 && super::parse::matches_words(toks, t + 1, w)).then_some((*d, w.len()))
            })?;
            let span = ctx.span_of(t, t + len);
            Some(Constraint {
                rule: Rule::Within(vec![(pd, add_days(pd, i32::from(days) - 1))]),
                clue: DateClue::Visit { days, from: pd.to_string(), words: ctx.words(span) },
                spans: vec![span],
                stated: false,
                anchors: true,
                priority: priority::EVENT_CALENDAR,
            })
        })
    })
}

/// The meeting's weekday, or "اليوم"/"أمس"/"غدا": one written right before a
/// date ("الجمعة 18 نيسان") first, else the one nearest the meeting word of
/// the paragraph that reports it, else the lede's. With the article's own
/// date, a relative word pins the day. Also says whether one was found.
fn weekday(ctx: &Context, draft: &Draft) -> (Vec<Constraint>, WeekdayFound) {
    let mut out = Vec::new();
    let primary = draft.primary;
    // The meeting's own word: a day word nearest it is its day.
    let primary_cue = draft
        .cues
        .first()
        .copied()
        .or_else(|| ctx.cues.iter().find(|c| c.para == primary && !c.recalled).map(|c| c.token))
        .unwrap_or(ctx.paras[primary].first);
    let day_words = |f: &Found| matches!(f.expr, DateExpr::Weekday { .. } | DateExpr::RelativeDay(_));
    let beside_date = draft.reporting.iter().find_map(|&pi| {
        let found = ctx.dates_in(pi);
        found.windows(2).find_map(|w| {
            (matches!(w[0].expr, DateExpr::Weekday { .. })
                && matches!(w[1].expr, DateExpr::Days { .. })
                && w[1].token <= w[0].token + 2
                && !about_others(ctx, draft, w[0].token))
            .then_some(w[0])
        })
    });
    let nearest_in_primary = ctx
        .dates_in(primary)
        .into_iter()
        // "للقمة ... التي تبدأ غدا الاثنين": the event's day, not the meeting's.
        .filter(|f| day_words(f) && !about_others(ctx, draft, f.token) && !in_event_clause(ctx, f.token))
        .min_by_key(|f| f.token.abs_diff(primary_cue));
    // The lede's day, unless the lede reports a meeting of another tense: "استقبل
    // ... الجمعة ... وأعلنت عن عقد لقاء ... الأسبوع المقبل" puts the second on another day.
    let announced = draft.meeting.status == crate::model::Status::Announced;
    let lede_is_another_meeting = |l: usize| {
        ctx.cues.iter().any(|c| {
            c.para == l
                && !c.definite
                && !c.recalled
                && !draft.cues.contains(&c.token)
                && crate::extract::status::announced_at(ctx, c.token).is_some() != announced
        })
    };
    // "تبدأ الوزيرة يوم الاثنين المقبل جولة ...": the day a tour starts is not
    // the day of each meeting on it.
    let lede_starts_a_tour = |l: usize| {
        let p = ctx.paras[l];
        ctx.any_word_near(p.first, p.last, &ctx.lex.cues.tour_start)
    };
    let in_lede = ctx
        .lede()
        .filter(|&l| l != primary && !lede_is_another_meeting(l) && !lede_starts_a_tour(l))
        .and_then(|l| ctx.dates_in(l).into_iter().find(day_words));
    // "التقى ... في نفس اليوم": the day of something told before, which the
    // lede's day need not be.
    let (s0, s1) = ctx.sentence_of(primary_cue);
    let same_day = (s0..s1).any(|t| super::parse::same_day_at(&ctx.lex.dates, &ctx.doc.tokens[s0..s1], t - s0));
    let in_lede = in_lede.filter(|_| !same_day);
    let Some(found) = beside_date.or(nearest_in_primary).or(in_lede) else {
        return (out, WeekdayFound::None);
    };
    let (day, relative) = match found.expr {
        DateExpr::Weekday { day, relative } => (Some(day), relative),
        DateExpr::RelativeDay(r) => (None, Some(r)),
        _ => (None, None),
    };
    let words = ctx.words(found.span);
    if let Some(day) = day {
        out.push(Constraint::inferred(
            Rule::Weekday(day),
            DateClue::Weekday { weekday: day.to_monday_one_offset(), words: words.clone() },
            vec![found.span],
            false,
            priority::WEEKDAY,
        ));
    }
    // "أمس" with no article date, where the article says which weekday its today
    // is ("القمة تنطلق اليوم الاثنين"): the day before that weekday.
    if let (Some(rel), None, None) = (relative, day, ctx.reference())
        && let Some(today) = todays_weekday(ctx)
    {
        let on = today.day.wrapping_add(rel.offset_days());
        out.push(Constraint::inferred(
            Rule::Weekday(on),
            DateClue::WeekdayFromToday {
                weekday: on.to_monday_one_offset(),
                words: words.clone(),
                today: ctx.words(today.span),
            },
            vec![found.span, today.span],
            false,
            priority::WEEKDAY,
        ));
    }
    // "اليوم الاثنين" under a page date that is a Wednesday: the page's date
    // (a header's, a day after posting) is not the story's today, so it fixes nothing.
    let contradicts = |on: Date| day.is_some_and(|d| on.weekday() != d);
    if let (Some(rel), Some(pd)) = (relative, ctx.reference())
        && !contradicts(add_days(pd, rel.offset_days()))
    {
        let on = add_days(pd, rel.offset_days());
        let (published_words, mut spans) = match ctx.published {
            Some((_, pspan)) => (Some(ctx.words(pspan)), vec![pspan]),
            None => (None, vec![]),
        };
        spans.insert(0, found.span);
        out.push(Constraint {
            rule: Rule::On(on),
            clue: DateClue::FromPublication {
                offset: rel.offset_days() as i8,
                words,
                published: pd.to_string(),
                published_words,
            },
            spans,
            stated: true,
            anchors: true,
            priority: priority::RELATIVE_TO_PUBLICATION,
        });
    }
    let how = if beside_date.is_some() { WeekdayFound::BesideDate } else { WeekdayFound::Alone };
    (out, how)
}

/// "اليوم الاثنين" in the article's body: the weekday of its today.
struct TodaysWeekday {
    day: jiff::civil::Weekday,
    span: Span,
}

fn todays_weekday(ctx: &Context) -> Option<TodaysWeekday> {
    (0..ctx.paras.len()).filter(|&pi| ctx.paras[pi].kind == LineKind::Body).find_map(|pi| {
        ctx.dates_in(pi).into_iter().find_map(|f| match f.expr {
            DateExpr::Weekday { day, relative: Some(Relative::Today) } => Some(TodaysWeekday { day, span: f.span }),
            _ => None,
        })
    })
}

/// Whether [`weekday`] found the meeting's day word, and how it was written.
#[derive(Clone, Copy, PartialEq, Eq)]
enum WeekdayFound {
    None,
    Alone,
    /// Written with its day and month ("الثلاثاء 3 غشت"): one day in a few years.
    BesideDate,
}

/// Token `t` is in a sentence about other people ("وأجرى بوتين وترامب، الخميس
/// 16 أكتوبر، مكالمتهما"): it names people, none of the draft's, and holds none
/// of its meeting words, so its day is theirs.
fn about_others(ctx: &Context, draft: &Draft, t: usize) -> bool {
    let (first, last) = ctx.sentence_of(t);
    let refs = ctx.refs_between(first, last);
    !refs.is_empty()
        && !refs.iter().any(|r| draft.who.contains(&r.someone))
        && !draft.cues.iter().any(|&c| (first..last).contains(&c))
}

/// How many words before a date a relative pronoun may put it in a clause on an event.
const EVENT_CLAUSE_REACH: usize = 6;
/// How many words before the pronoun the event's noun may stand ("قمة منتصف المدة
/// التنسيقية الخامسة للاتحاد الأفريقي والتي").
const EVENT_NAME_WORDS: usize = 10;

/// "قمة منتصف المدة ... والتي تستضيفها كينيا يوم 16 يوليو", "قمة ...، المزمع
/// انعقادها يومي 22 و23 يونيو": a date in a clause on an event is that
/// event's day, not the meeting's.
fn in_event_clause(ctx: &Context, t: usize) -> bool {
    let (s0, _) = ctx.sentence_of(t);
    let from = t.saturating_sub(EVENT_CLAUSE_REACH).max(s0);
    let cues = &ctx.lex.cues;
    let Some(rel) =
        [&cues.relative, &cues.event_held].iter().filter_map(|l| ctx.last_word_outside_names(from, t, l)).max()
    else {
        return false;
    };
    ctx.any_word_near(rel.saturating_sub(EVENT_NAME_WORDS).max(s0), rel, &ctx.lex.occasion.event_nouns)
}

/// What [`stated_days`] finds: its constraints, whether any named a day, and
/// the date expressions that are not the meeting's own (for the bounds).
struct Stated {
    constraints: Vec<Constraint>,
    day_level: bool,
    elsewhere: Vec<(Found, usize)>,
}

/// Dates written about the meeting itself: in a paragraph that reports it,
/// nearest a live meeting word, outside a recalled clause.
fn stated_days(ctx: &Context, draft: &Draft) -> Stated {
    let mut out = Stated { constraints: Vec::new(), day_level: false, elsewhere: Vec::new() };
    let mut is_reporting = vec![false; ctx.paras.len()];
    for &pi in &draft.reporting {
        is_reporting[pi] = true;
    }
    let belongs_to_meeting = |f: &Found, pi: usize| -> bool {
        if !is_reporting[pi] {
            return false;
        }
        // Cues are in token order. A date follows its verb ("التقى ... في 9
        // أبريل، وكانا قد التقيا"): the cue before it in its sentence owns it,
        // else the nearest of the two around it.
        let at = ctx.cues.partition_point(|c| c.token < f.token);
        let (sentence_first, _) = ctx.sentence_of(f.token);
        let before_in_sentence =
            at.checked_sub(1).and_then(|i| ctx.cues.get(i)).filter(|c| c.para == pi && c.token >= sentence_first);
        let nearest = before_in_sentence.or_else(|| {
            [at.checked_sub(1), Some(at)]
                .into_iter()
                .flatten()
                .filter_map(|i| ctx.cues.get(i))
                .filter(|c| c.para == pi)
                .min_by_key(|c| c.token.abs_diff(f.token))
        });
        let first = ctx.paras[pi].first;
        // A held meeting's own day is not one the sentence announces for
        // another place ("ومن المقرر أن يزور وانغ موسكو في 5 مايو" after a
        // meeting in Beijing); the announcement of this very visit is.
        let announced_elsewhere = draft.meeting.status == Status::Held
            && ctx.any_word_near(f.token.saturating_sub(FUTURE_LOOKBACK).max(first), f.token, &ctx.lex.cues.future)
            && names_another_country(ctx, draft, f.token.saturating_sub(FUTURE_LOOKBACK).max(first), f.token);
        // The date's own meeting word is this meeting's, or refers back to it
        // ("اللقاء"); the day of another meeting told beside it is not ours.
        let ours = |c: &&crate::extract::cues::Cue| {
            if draft.cues.contains(&c.token) || c.definite {
                return true;
            }
            // A call told beside a meeting of the same two ("أجرى ... في 20 أكتوبر
            // محادثة هاتفية" and "لقاء ... المرتقب") has its own day.
            let (s0, s1) = ctx.sentence_of(c.token);
            let cue_is_call = c.call || crate::extract::participants::call_marked(ctx, s0, s1);
            if cue_is_call != (draft.meeting.kind == crate::model::Kind::Call) {
                return false;
            }
            // Another meeting word is ours unless someone else is whom it met
            // ("إلا أن ماكرون التقى الرئيس المالي ... يوم 19 مايو").
            // Whom the meeting word met may stand after the date too ("كما عقد لقاء
            // يوم الخميس 21 أيلول مع وزير الخارجية السعودي"): up to the next meeting word.
            let sentence_end = ctx.sentence_of(c.token).1;
            let to = if c.token < f.token {
                ctx.cues.iter().map(|n| n.token).find(|&n| n > f.token && n < sentence_end).unwrap_or(sentence_end)
            } else {
                sentence_end
            };
            let met: Vec<_> = ctx.refs_between(c.token + 1, to).iter().filter(|r| !r.aside).collect();
            met.is_empty() || met.iter().any(|r| draft.who.contains(&r.someone))
        };
        nearest.is_none_or(|c| !c.recalled && ours(&c))
            && !announced_elsewhere
            && !about_others(ctx, draft, f.token)
            && !in_event_clause(ctx, f.token)
            && !ctx.any_word_near(
                f.token.saturating_sub(RECALL_LOOKBACK).max(first),
                f.token,
                &ctx.lex.cues.recall_before,
            )
    };
    for (pi, p) in ctx.paras.iter().enumerate() {
        if !matches!(p.kind, LineKind::Body) {
            continue;
        }
        for f in ctx.dates_in(pi) {
            // The page's own stamp ("13:56 - 02 مارس 2023التقى") is the article's date, not news.
            if ctx.datelines.iter().any(|&(a, b)| a <= f.token && f.token < b) {
                continue;
            }
            if !belongs_to_meeting(&f, pi) {
                out.elsewhere.push((f, pi));
                continue;
            }
            let words = ctx.words(f.span);
            match f.expr {
                DateExpr::Days { first, last, month, year } => {
                    out.day_level = true;
                    let year_known = match year {
                        YearHint::Year(y) => Some(y),
                        YearHint::Current => ctx.reference().map(|d| d.year()),
                        YearHint::None => None,
                    };
                    if let (YearHint::Year(y), true) = (year, first == last) {
                        if let Ok(d) = Date::new(y, month, first) {
                            out.constraints.push(Constraint::stated_day(d, words, f.span));
                        }
                        continue;
                    }
                    out.constraints.push(Constraint {
                        rule: Rule::MonthDays { month, first, last, year: year_known },
                        clue: DateClue::StatedDays { month, first, last, words },
                        spans: vec![f.span],
                        stated: year_known.is_some(),
                        anchors: true,
                        priority: priority::STATED_DAYS,
                    });
                }
                // "التقى ... بتاريخ 2024/5/14": digits in the meeting's own sentence.
                DateExpr::Stamp(d)
                    if f.token > 0 && is_one_of(ctx.token_text(f.token - 1), &ctx.lex.dates.words.dated) =>
                {
                    out.day_level = true;
                    out.constraints.push(Constraint::stated_day(d, words, f.span));
                }
                DateExpr::MonthYear { month, year } => {
                    let Some((a, b)) = month_window(year, month) else { continue };
                    out.constraints.push(Constraint::inferred(
                        Rule::Within(vec![(a, b)]),
                        DateClue::StatedMonth { month, year, words },
                        vec![f.span],
                        true,
                        priority::STATED_MONTH,
                    ));
                }
                _ => out.elsewhere.push((f, pi)),
            }
        }
    }
    out
}

/// Tokens `[first, last)` name a city or country in another country than the
/// draft's place.
fn names_another_country(ctx: &Context, draft: &Draft, first: usize, last: usize) -> bool {
    let kb = ctx.kb;
    let country_of = |h: &crate::kb::Hit| match h.entity {
        Entity::City(c) => Some(kb.cities[c].country.as_str()),
        Entity::Country(c) => Some(kb.countries[c].code.as_str()),
        _ => None,
    };
    let own = match (draft.place.country, draft.place.city) {
        (Some(c), _) => kb.countries[c].code.as_str(),
        (None, Some(c)) => kb.cities[c].country.as_str(),
        (None, None) => return false,
    };
    ctx.hits_in(first, last).filter(|h| h.first_token >= first).filter_map(country_of).any(|code| code != own)
}

/// The first and last day of a month.
fn month_window(year: i16, month: i8) -> Option<(Date, Date)> {
    let first = Date::new(year, month, 1).ok()?;
    Some((first, first.last_of_month()))
}

/// The occasion's dates from the calendar: during the event, or just before
/// it when the text names a day (bilaterals often come the day before).
fn event_calendar(ctx: &Context, draft: &Draft, day_level: bool) -> Vec<Constraint> {
    let Some(o) = draft.occasion.as_ref() else { return Vec::new() };
    let events = events_for(ctx, o, &draft.place);
    let Some(first) = events.first() else { return Vec::new() };
    // Ministers meeting before the summit they prepare.
    let preparatory = events.iter().any(|e| !o.kind.is_empty() && e.kind != o.kind);
    let slack = if day_level || o.attended || preparatory { DAYS_BEFORE_EVENT } else { 0 };
    let windows: Vec<(Date, Date)> = events.iter().map(|e| (add_days(e.start, -slack), e.end)).collect();
    let held: Vec<EventHeld> = events
        .iter()
        .map(|e| {
            let city = ctx.kb.city(&e.city);
            let country = ctx.kb.countries.iter().find(|c| c.code == e.country);
            EventHeld {
                place: city.map(|c| c.name.clone()).unwrap_or_else(|| e.country.clone()),
                place_ar: city
                    .map(|c| c.name_ar.clone())
                    .or_else(|| country.map(|c| c.name_ar.clone()))
                    .unwrap_or_default(),
                start: e.start.to_string(),
                end: e.end.to_string(),
            }
        })
        .collect();
    // One event by its name; several by what they have in common.
    let count = events.len();
    let (name, name_ar) = match count {
        1 => (first.name.clone(), first.name_ar.clone()),
        _ => (ctx.kb.orgs[o.org].name.clone(), ctx.kb.orgs[o.org].name_ar.clone()),
    };
    let mut out = vec![Constraint::inferred(
        Rule::Within(windows),
        DateClue::Event { name: name.clone(), name_ar: name_ar.clone(), count, before: slack > 0, held },
        vec![o.span],
        true,
        priority::EVENT_CALENDAR,
    )];
    // Two Fridays within the slack: the one during the event, unless the
    // text's day falls before it.
    if slack > 0 && !preparatory {
        out.push(Constraint::inferred(
            Rule::Within(events.iter().map(|e| (e.start, e.end)).collect()),
            DateClue::DuringEvent { name, name_ar, count },
            vec![o.span],
            true,
            priority::DURING_EVENT_PROPER,
        ));
    }
    out
}

/// Other dates in the article bound the meeting: earlier events from below,
/// announced ones from above; "العام الجاري 2022" fixes the year. A recalled
/// day without a year is the first such day after the bounds already known.
fn recalled_bounds(ctx: &Context, elsewhere: Vec<(Found, usize)>, facts: &[Constraint]) -> Vec<Constraint> {
    let mut out = Vec::new();
    let mut lower_day: Option<Date> = None;
    let mut yearless: Vec<Found> = Vec::new();
    for (f, pi) in elsewhere {
        let p = ctx.paras[pi];
        let future =
            ctx.any_word_near(f.token.saturating_sub(FUTURE_LOOKBACK).max(p.first), f.token, &ctx.lex.cues.future);
        let words = ctx.words(f.span);
        let (rule, clue, is_day) = match f.expr {
            DateExpr::CurrentYear(y) => (Rule::InYear(y), DateClue::CurrentYear { year: y, words }, false),
            DateExpr::Days { first, month, year: YearHint::Year(y), .. } => {
                let Ok(d) = Date::new(y, month, first) else {
                    continue;
                };
                if future {
                    (Rule::NotAfter(d), DateClue::Announced { before: d.to_string(), words }, false)
                } else {
                    (Rule::NotBefore(d), DateClue::Recalled { after: d.to_string(), words, floor: None }, true)
                }
            }
            DateExpr::MonthYear { month, year } => {
                let Some((a, b)) = month_window(year, month) else { continue };
                if future {
                    (Rule::NotAfter(b), DateClue::AnnouncedMonth { month, year, words }, false)
                } else {
                    (Rule::NotBefore(a), DateClue::RecalledMonth { month, year, words }, false)
                }
            }
            DateExpr::Year(y) if !future => {
                let Ok(a) = Date::new(y, 1, 1) else { continue };
                (Rule::NotBefore(a), DateClue::RecalledYear { year: y, words }, false)
            }
            DateExpr::Days { year: YearHint::None, .. } if !future => {
                yearless.push(f);
                continue;
            }
            _ => continue,
        };
        if let (Rule::NotBefore(d), true) = (&rule, is_day) {
            lower_day = Some(lower_day.map_or(*d, |x: Date| x.max(*d)));
        }
        out.push(Constraint {
            rule,
            clue,
            spans: vec![f.span],
            stated: false,
            anchors: is_day,
            priority: priority::RECALLED_BOUND,
        });
    }
    // "العشرين من فبراير ... آخر لقاء": the first such day after the floor.
    let fact_floor = facts.iter().filter_map(|c| if let Rule::NotBefore(d) = c.rule { Some(d) } else { None }).max();
    for f in yearless {
        let floor = lower_day.or(fact_floor);
        if let (DateExpr::Days { first, month, .. }, Some(floor)) = (f.expr, floor)
            && let Some(d) =
                (floor.year()..=floor.year() + 1).filter_map(|y| Date::new(y, month, first).ok()).find(|d| *d >= floor)
        {
            lower_day = Some(lower_day.map_or(d, |x| x.max(d)));
            out.push(Constraint::inferred(
                Rule::NotBefore(d),
                DateClue::Recalled { after: d.to_string(), words: ctx.words(f.span), floor: Some(floor.to_string()) },
                vec![f.span],
                true,
                priority::RECALLED_BOUND,
            ));
        }
    }
    out
}

/// Dated facts the article mentions ("العملية العسكرية الخاصة"): the meeting
/// is after their start, or before their end.
fn dated_facts(ctx: &Context) -> Vec<Constraint> {
    let mut out = Vec::new();
    let mut seen = Vec::new();
    for h in &ctx.hits {
        let Entity::Fact(i) = h.entity else { continue };
        if seen.contains(&i) {
            continue;
        }
        seen.push(i);
        let fact = &ctx.kb.facts[i];
        let span = Span { start: h.start, end: h.end };
        let words = ctx.words(span);
        let clue = |after: Option<Date>, before: Option<Date>| DateClue::Fact {
            after: after.map(|d| d.to_string()),
            before: before.map(|d| d.to_string()),
            name: fact.name.clone(),
            name_ar: fact.phrases_ar.first().cloned().unwrap_or_default(),
            words: words.clone(),
        };
        if let Some(d) = fact.not_before {
            out.push(Constraint::inferred(
                Rule::NotBefore(d),
                clue(Some(d), None),
                vec![span],
                false,
                priority::DATED_FACT,
            ));
        }
        if let Some(d) = fact.not_after {
            out.push(Constraint::inferred(
                Rule::NotAfter(d),
                clue(None, Some(d)),
                vec![span],
                false,
                priority::DATED_FACT,
            ));
        }
    }
    out
}

/// "رئاسة روسيا لمجموعة بريكس": the years that country chaired that group.
fn chairmanships(ctx: &Context) -> Vec<Constraint> {
    let words = &ctx.lex.occasion;
    let mut out = Vec::new();
    for t in 0..ctx.doc.tokens.len() {
        if !crate::text::is_one_of(ctx.token_text(t), &words.chair) {
            continue;
        }
        let country = ctx.hits_in(t + 1, t + 1 + CHAIR_WINDOW).find(|h| {
            h.first_token > t
                && h.first_token <= t + CHAIR_WINDOW
                && matches!(h.entity, Entity::Country(_) | Entity::CountryAdjective(_))
        });
        let Some(country_hit) = country else { continue };
        let after_country = country_hit.last_token;
        let org = ctx.hits_in(after_country + 1, after_country + 1 + CHAIR_WINDOW).find(|h| {
            h.first_token > after_country
                && h.first_token <= after_country + CHAIR_WINDOW
                && matches!(h.entity, Entity::Org(_))
        });
        let Some(org_hit) = org else { continue };
        // "ورئاسة الصين ... اعتبارا من النصف الثاني": a chairmanship still to come.
        if ctx.any_word_near(
            org_hit.last_token + 1,
            (org_hit.last_token + 1 + CHAIR_FUTURE_LOOKAHEAD).min(ctx.doc.tokens.len()),
            &words.chair_future,
        ) {
            continue;
        }
        let (Entity::Country(c) | Entity::CountryAdjective(c), Entity::Org(o)) = (country_hit.entity, org_hit.entity)
        else {
            continue;
        };
        let code = &ctx.kb.countries[c].code;
        let org = &ctx.kb.orgs[o].id;
        let windows: Vec<(Date, Date)> = ctx
            .kb
            .chairs
            .iter()
            .filter(|ch| &ch.org == org && &ch.country == code)
            .map(|ch| (ch.from, ch.to.unwrap_or(OPEN_END)))
            .collect();
        if windows.is_empty() {
            continue;
        }
        let span = ctx.span_of(t, org_hit.last_token);
        let years = windows.iter().map(|(a, b)| (a.year(), b.year())).collect();
        let chair = DateClue::Chair {
            country: ctx.kb.countries[c].name.clone(),
            country_ar: ctx.kb.countries[c].name_ar.clone(),
            org: org.clone(),
            years,
            words: ctx.words(span),
        };
        out.push(Constraint::inferred(Rule::Within(windows), chair, vec![span], false, priority::DATED_FACT));
    }
    out
}

/// While each named participant held an office the knowledge base knows.
/// The office the text gives a person ("وزير الخارجية التركي هاكان فيدان")
/// bounds the meeting by that office's terms; without one, by all of theirs.
/// An open term runs to the knowledge base's horizon only when the text
/// writes a weekday with its day and month, so that those three pick a year;
/// otherwise it stays open, lest loose evidence settle on a wrong year.
fn terms_of_office(ctx: &Context, draft: &Draft, weekday_with_date: bool) -> Vec<Constraint> {
    let mut out = Vec::new();
    for &k in &draft.who {
        let someone = &ctx.people[k];
        let Some(p) = someone.person else { continue };
        let person = &ctx.kb.people[p];
        // "الوزير السوري" says minister, not which office: any of the person's may be meant.
        let as_written: Vec<_> = match someone.role.filter(|&r| someone.role_written && r != Role::Minister) {
            Some(role) => person.office.iter().filter(|o| o.role == role.kb_role()).collect(),
            None => Vec::new(),
        };
        let offices = if as_written.is_empty() { person.office.iter().collect() } else { as_written };
        if offices.is_empty() {
            continue;
        }
        let open_end = if weekday_with_date { open_term_end(ctx) } else { OPEN_END };
        let windows: Vec<(Date, Date)> = offices.iter().map(|o| (o.from, o.to.unwrap_or(open_end))).collect();
        let since = offices.iter().map(|o| o.from).min().unwrap_or(EARLIEST);
        let term = DateClue::Term {
            person: person.name.clone(),
            person_ar: person.name_ar.clone(),
            since: since.to_string(),
            as_named: someone.role.is_some() && offices.len() < person.office.len(),
        };
        out.push(Constraint::inferred(Rule::Within(windows), term, vec![], false, priority::TERM_OF_OFFICE));
    }
    out
}

/// How far an open term of office runs: a year past the day the knowledge
/// base last saw its holder in office, since who holds it after that is unknown.
fn open_term_end(ctx: &Context) -> Date {
    ctx.kb.open_terms_checked.map_or(OPEN_END, |d| add_days(d, OPEN_TERM_GRACE_DAYS))
}

/// Without a day of its own, a meeting still lies near its article's date:
/// shortly before it when held, after it when announced.
fn publication_window(ctx: &Context, status: Status) -> Option<Constraint> {
    let pd = ctx.reference()?;
    let (published_words, spans) = match ctx.published {
        Some((_, pspan)) => (Some(ctx.words(pspan)), vec![pspan]),
        None => (None, vec![]),
    };
    let window = match status {
        Status::Held => (add_days(pd, -HELD_BEFORE_PUBLICATION_DAYS), pd),
        Status::Announced => (pd, add_days(pd, ANNOUNCED_AFTER_PUBLICATION_DAYS)),
    };
    let held = status == Status::Held;
    Some(Constraint {
        rule: Rule::Within(vec![window]),
        clue: DateClue::NearPublication { held, published: pd.to_string(), published_words },
        spans,
        stated: false,
        anchors: true,
        priority: priority::PUBLICATION_WINDOW,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::context::Context;
    use crate::extract::test_support::{context_of, kb};
    use crate::extract::{occasion, participants, place, segment, status};

    /// The first meeting of `text`, with every stage before the date run.
    fn with_draft<R>(text: &str, f: impl FnOnce(&Context, &Draft) -> R) -> R {
        context_of(text, |ctx| {
            let mut draft = participants::find_all(ctx).into_iter().next().unwrap_or_else(|| panic!("no meeting"));
            status::find(ctx, &mut draft);
            place::find(ctx, &mut draft);
            occasion::find(ctx, &mut draft);
            f(ctx, &draft)
        })
    }

    fn rules(cs: &[Constraint]) -> Vec<String> {
        cs.iter().map(|c| format!("{:?}", c.rule)).collect()
    }

    const MEETING: &str = "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الصيني وانغ يي";

    #[test]
    fn weekday_nearest_the_meeting_word() {
        let text = format!("عنوان\n{MEETING} يوم الثلاثاء في بكين، بعد محادثات جرت الجمعة.");
        let (found, day) = with_draft(&text, weekday);
        assert!(day == WeekdayFound::Alone);
        assert_eq!(rules(&found), ["Weekday(Tuesday)"]);
    }

    #[test]
    fn yesterday_before_the_articles_weekday() {
        let text = "عنوان\nوتنطلق في الدوحة اليوم الاثنين أعمال القمة العربية الطارئة بمشاركة القادة العرب لبحث التطورات الأخيرة في المنطقة وسبل التعامل معها.\nوالتقى وزير الخارجية الأردني أيمن الصفدي أمس نظيره السوري أسعد الشيباني في الدوحة.";
        let (found, _) = with_draft(text, weekday);
        assert_eq!(rules(&found), ["Weekday(Sunday)"]);
    }

    #[test]
    fn yesterday_needs_a_reference_date() {
        let text = format!("عنوان\n{MEETING} أمس في بكين.");
        let (found, _) = with_draft(&text, weekday);
        assert!(found.is_empty(), "no article date: no day");
        let kb = kb();
        let article = segment::segment(&kb.lexicon.segment, &text, 0);
        let given = Date::new(2024, 4, 10).ok();
        let ctx = Context::new(&article, kb, given);
        let mut draft = participants::find_all(&ctx).into_iter().next().unwrap_or_else(|| panic!("no meeting"));
        status::find(&ctx, &mut draft);
        let (found, _) = weekday(&ctx, &draft);
        assert_eq!(rules(&found), ["On(2024-04-09)"]);
    }

    #[test]
    fn stated_days_skip_a_recalled_clause() {
        let text = format!("عنوان\n{MEETING} في 9 أبريل 2024 في بكين، وكانا قد التقيا في 20 فبراير 2023 في نيودلهي.");
        let stated = with_draft(&text, stated_days);
        assert_eq!(rules(&stated.constraints), ["On(2024-04-09)"]);
        assert!(stated.day_level);
        assert_eq!(stated.elsewhere.len(), 1, "the recalled day bounds the meeting instead");
    }

    #[test]
    fn the_day_a_treaty_was_signed_is_not_the_meetings() {
        let text = "عنوان\nاستقبل الرئيس الجزائري عبد العزيز بوتفليقة أمس وزير الخارجية البرتغالي أوغوستو سانتوس سيلفا، في إطار تفعيل معاهدة الصداقة الموقعة بين البلدين في العاصمة بتاريخ 8 يناير 2005.";
        let stated = with_draft(text, stated_days);
        assert!(stated.constraints.is_empty(), "{:?}", rules(&stated.constraints));
    }

    #[test]
    fn the_day_of_another_meeting_told_beside_it_is_not_ours() {
        let text = "عنوان\nسيستقبل الرئيس الفرنسي إيمانويل ماكرون غدا نظيره السنغالي ماكي سال، إلا أن ماكرون التقى الرئيس المالي إبراهيم بوبكر كيتا يوم 19 مايو 2017.";
        let stated = with_draft(text, stated_days);
        assert!(stated.constraints.is_empty(), "{:?}", rules(&stated.constraints));
    }

    #[test]
    fn the_day_of_a_second_meeting_whose_side_follows_its_date_is_not_ours() {
        let text = "عنوان\nاجتمع وزير الخارجية الروسي سيرغي لافروف يوم الجمعة 22 سبتمبر 2023 مع نظيره الصيني وانغ يي، كما عقد لقاء يوم الخميس 21 سبتمبر 2023 مع وزير الخارجية التركي هاكان فيدان.";
        let stated = with_draft(text, stated_days);
        assert_eq!(rules(&stated.constraints), ["On(2023-09-22)"]);
    }

    #[test]
    fn the_day_of_a_sentence_about_other_people_is_not_ours() {
        let text = format!(
            "عنوان\n{MEETING} في بكين في 9 أبريل. وأجرى الرئيس الأمريكي جو بايدن ونظيره الفرنسي إيمانويل ماكرون، مساء الخميس 11 أبريل، مكالمة."
        );
        let (found, how) = with_draft(&text, weekday);
        assert!(found.is_empty() && how == WeekdayFound::None, "{:?}", rules(&found));
        let stated = with_draft(&text, stated_days);
        assert_eq!(rules(&stated.constraints), ["MonthDays { month: 4, first: 9, last: 9, year: None }"]);
    }

    #[test]
    fn a_date_in_a_clause_on_an_event_is_the_events() {
        let text = format!(
            "عنوان\n{MEETING} في بكين وبحثا الإعداد لقمة منظمة شنغهاي للتعاون التي تستضيفها الصين يوم 31 أغسطس."
        );
        let stated = with_draft(&text, stated_days);
        assert!(stated.constraints.is_empty(), "{:?}", rules(&stated.constraints));
        assert_eq!(stated.elsewhere.len(), 1);
        // No relative word: the clause is on the summit's holding.
        let text = format!(
            "عنوان\n{MEETING} في بكين أمس الأحد، ثم يتوجه إلى جنيف للمشاركة في قمة حول المناخ، المزمع انعقادها يومي 14 و15 مايو الجاري."
        );
        let stated = with_draft(&text, stated_days);
        assert!(stated.constraints.is_empty(), "{:?}", rules(&stated.constraints));
    }

    #[test]
    fn an_open_term_reaches_past_the_review_only_for_a_weekday_with_its_date() {
        let text = format!("عنوان\n{MEETING} في بكين.");
        let ends = |beside| {
            with_draft(&text, |ctx, d| terms_of_office(ctx, d, beside))
                .iter()
                .filter_map(|c| match &c.rule {
                    Rule::Within(w) => w.iter().map(|&(_, b)| b).max(),
                    _ => None,
                })
                .max()
        };
        let reviewed = kb().open_terms_checked.unwrap_or(OPEN_END);
        assert_eq!(ends(true), Some(add_days(reviewed, OPEN_TERM_GRACE_DAYS)));
        assert_eq!(ends(false), Some(OPEN_END));
    }

    #[test]
    fn a_month_and_year_is_a_window() {
        let text = format!("عنوان\n{MEETING} في بكين في يوليو 2023.");
        let stated = with_draft(&text, stated_days);
        assert_eq!(rules(&stated.constraints), ["Within([(2023-07-01, 2023-07-31)])"]);
    }

    #[test]
    fn the_event_calendar_gives_the_occasions_days() {
        let text = format!("عنوان\n{MEETING} على هامش اجتماع وزراء خارجية مجموعة العشرين في نيودلهي.");
        let c = with_draft(&text, |ctx, d| event_calendar(ctx, d, false));
        assert_eq!(rules(&c), ["Within([(2023-03-01, 2023-03-02)])"]);
        // With a day named, the days just before count too, the event's own first.
        let c = with_draft(&text, |ctx, d| event_calendar(ctx, d, true));
        assert_eq!(rules(&c), ["Within([(2023-02-26, 2023-03-02)])", "Within([(2023-03-01, 2023-03-02)])"]);
    }

    #[test]
    fn recalled_and_announced_days_bound_the_meeting() {
        let text = format!(
            "عنوان\n{MEETING} في بكين.\nوكان الوزيران قد التقيا في 20 فبراير 2023.\nومن المقرر أن يزور وانغ موسكو في 5 مايو 2024."
        );
        let found = with_draft(&text, |ctx, d| {
            let stated = stated_days(ctx, d);
            recalled_bounds(ctx, stated.elsewhere, &[])
        });
        assert_eq!(rules(&found), ["NotBefore(2023-02-20)", "NotAfter(2024-05-05)"]);
    }

    #[test]
    fn a_dated_fact_bounds_from_below() {
        let text = format!("عنوان\n{MEETING} في بكين وبحثا تداعيات العملية العسكرية الخاصة.");
        let found = with_draft(&text, |ctx, _| dated_facts(ctx));
        assert_eq!(rules(&found), ["NotBefore(2022-02-24)"]);
    }

    #[test]
    fn a_chairmanship_gives_its_years_unless_it_is_to_come() {
        let held = format!("عنوان\n{MEETING} في موسكو في إطار رئاسة روسيا لمجموعة بريكس.");
        let found = with_draft(&held, |ctx, _| chairmanships(ctx));
        assert_eq!(found.len(), 1);
        assert!(matches!(&found[0].rule, Rule::Within(w) if w.iter().any(|(a, _)| a.year() == 2024)));
        let to_come = format!("عنوان\n{MEETING} في موسكو قبل رئاسة روسيا لمجموعة بريكس اعتبارا من العام المقبل.");
        assert!(with_draft(&to_come, |ctx, _| chairmanships(ctx)).is_empty());
    }

    #[test]
    fn terms_of_office_bound_each_known_participant() {
        let text = format!("عنوان\n{MEETING} في بكين.");
        let found = with_draft(&text, |ctx, d| terms_of_office(ctx, d, false));
        assert_eq!(found.len(), 2, "{:?}", rules(&found));
        assert!(found.iter().all(|c| c.clue.english().contains("knowledge base")));
    }

    #[test]
    fn the_publication_window_depends_on_the_status() {
        let text = format!("عنوان\nتاريخ النشر: 2024-04-10\n{MEETING} في بكين.");
        let held = with_draft(&text, |ctx, _| publication_window(ctx, Status::Held));
        assert_eq!(rules(&held.into_iter().collect::<Vec<_>>()), ["Within([(2024-04-04, 2024-04-10)])"]);
        let announced = with_draft(&text, |ctx, _| publication_window(ctx, Status::Announced));
        assert_eq!(rules(&announced.into_iter().collect::<Vec<_>>()), ["Within([(2024-04-10, 2024-07-09)])"]);
        let undated = format!("عنوان\n{MEETING} في بكين.");
        assert!(with_draft(&undated, |ctx, _| publication_window(ctx, Status::Held)).is_none());
    }
}
