//! On what occasion: the multilateral meeting whose sidelines the text names
//! ("على هامش اجتماع مجلس وزراء خارجية منظمة شنغهاي للتعاون"), matched with
//! the knowledge base's calendar once the date is known; else the visit of
//! the participant who travelled.

use super::context::Context;
use super::dates::solve::{Resolved, add_days};
use super::draft::Draft;
use super::place::Place;
use super::segment::LineKind;
use crate::date_clue::month_en as month_name;
use crate::kb::{Entity, Event, Hit};
use crate::model::Span;
use crate::text::{is_one_of, stems};

/// How many words before "هامش" may say it is an earlier meeting's.
const RECALL_LOOKBACK: usize = 10;
/// How many words after "هامش" the organisation's name may stand.
const ORG_LOOKAHEAD: usize = 14;
/// A sidelines meeting may fall a few days before its event opens.
pub const DAYS_BEFORE_EVENT: i32 = 3;

#[derive(Debug, Clone)]
pub struct Occasion {
    pub org: usize,
    /// "foreign_ministers", "summit", or empty when the text does not say.
    pub kind: &'static str,
    /// The session or edition the text numbers ("الدورة ال73", "الاجتماع الـ162").
    pub number: Option<u32>,
    /// "الدورة الاستثنائية": an extraordinary session, not an ordinary one.
    pub extraordinary: bool,
    /// The organisation is named in the phrase itself (not only earlier in the article).
    pub named: bool,
    /// A trip to attend it ("يشارك في أعمال القمة"): its bilaterals may come the days before.
    pub attended: bool,
    pub span: Span,
}

/// Reads the occasion: from the meeting's own sentences, then the paragraphs
/// that report it, then the rest of the body.
pub fn find(ctx: &Context, draft: &mut Draft) {
    draft.occasion = sidelines(ctx, draft).or_else(|| attending(ctx, draft)).map(|mut o| {
        if o.number.is_none() && !o.extraordinary {
            o.number = number_elsewhere(ctx, o.org);
        }
        o
    });
}

/// "وانطلقت أعمال مؤتمر ميونيخ للأمن في نسخته الـ56": the edition the article
/// numbers where it names the organisation again.
fn number_elsewhere(ctx: &Context, org: usize) -> Option<u32> {
    ctx.hits.iter().filter(|h| h.entity == Entity::Org(org)).find_map(|h| {
        let para = ctx.para_of_token(h.last_token)?;
        let from = h.last_token + 1;
        let limit = (from + NUMBER_LOOKAHEAD + EDITION_WORDS).min(ctx.paras[para].last);
        // Up to a comma or another organisation ("... للتعاون، ومجموعة العشرين").
        let end = (from..limit)
            .find(|&t| {
                ctx.boundary(t - 1, t)
                    || ctx.hits_in(t, t + 1).any(|o| o.first_token == t && matches!(o.entity, Entity::Org(_)))
            })
            .unwrap_or(limit);
        ordinal(ctx, from, end)
    })
}

/// Words such as "في نسخته" between an organisation's name and its number.
const EDITION_WORDS: usize = 2;

fn sidelines(ctx: &Context, draft: &Draft) -> Option<Occasion> {
    let mut ranges: Vec<(usize, usize)> = draft.cues.iter().map(|&t| ctx.sentence_of(t)).collect();
    ranges.extend(draft.reporting.iter().map(|&pi| (ctx.paras[pi].first, ctx.paras[pi].last)));
    let body = ctx.paras.iter().enumerate().filter(|(i, p)| p.kind == LineKind::Body && !draft.reporting.contains(i));
    ranges.extend(body.map(|(_, p)| (p.first, p.last)));
    // "خلال"/"في" with an event word count in the meeting's own sentences and
    // its reporting paragraphs, not in the rest of the article.
    let near = draft.cues.len() + draft.reporting.len();
    ranges
        .into_iter()
        .enumerate()
        .find_map(|(i, (from, to))| (from..to).find_map(|t| occasion_at(ctx, t, from, to, i < near)))
}

/// An occasion named at token `t` of the text range `[from, to)`: "على هامش",
/// or in the meeting's own sentence "خلال"/"في" with an event word ("خلال قمة
/// منظمة شنغهاي"); the organisation after it, or for "على هامش المؤتمر" the
/// one named before.
fn occasion_at(ctx: &Context, t: usize, from: usize, to: usize, own_sentence: bool) -> Option<Occasion> {
    let words = &ctx.lex.cues;
    let kinds = &ctx.lex.occasion;
    let word = ctx.token_text(t);
    let margin = is_one_of(word, &words.sidelines);
    // Without "هامش", only in the meeting's own sentence: "خلال قمة ...".
    // "ودعاه للمشاركة في اجتماع ...", "والإعداد لمشاركة مصر في قمة ...": an
    // invitation to a meeting or the preparation for it, not this one's occasion.
    let invited =
        || ctx.any_word_near(t.saturating_sub(ATTEND_REACH).max(from), t, &kinds.attend) && !arrival_before(ctx, t);
    let during = own_sentence
        && is_one_of(word, &kinds.during)
        && t + 1 < to
        && is_one_of(ctx.token_text(t + 1), &kinds.event_nouns)
        && !invited();
    if !margin && !during {
        return None;
    }
    // "آخر لقاء ... على هامش", "التقاه ... الشهر الماضي على هامش": the sidelines
    // of an earlier meeting.
    let window = t.saturating_sub(RECALL_LOOKBACK).max(from);
    let recalled_cue =
        ctx.cues.iter().filter(|c| c.token >= from && c.token < t).max_by_key(|c| c.token).is_some_and(|c| c.recalled);
    if recalled_cue
        || ctx.any_word_near(window, t, &words.recall_before)
        || ctx.any_word_near(window, t, &words.recall_after)
    {
        return None;
    }
    let is_org = |h: &&Hit| matches!(h.entity, Entity::Org(_));
    let after = ctx.hits_in(t + 1, (t + ORG_LOOKAHEAD).min(to)).find(is_org).copied();
    // "على هامش المؤتمر": the organisation the article named before.
    let generic = margin && t + 1 < to && is_one_of(ctx.token_text(t + 1), &kinds.event_nouns);
    let (org_hit, named_here) = match after {
        Some(h) => (h, true),
        None if generic => {
            // The occasion named before, whole ("الاجتماع الاستثنائي الحادي والعشرين ..."),
            // else the last organisation the calendar knows.
            let earlier = (t.saturating_sub(EARLIER_OCCASION_REACH)..t).rev().find_map(|u| {
                let p = ctx.para_of_token(u)?;
                let (a, b) = (ctx.paras[p].first, ctx.paras[p].last);
                let o = occasion_at(ctx, u, a, b, false)?;
                o.named.then_some(o)
            });
            if let Some(mut o) = earlier {
                o.span = ctx.span_of(t.saturating_sub(1).max(from), (t + 1).min(to - 1));
                return Some(o);
            }
            // Not an organisation inside someone's title ("الأمين العام لحلف شمال الأطلسي").
            let in_title = |h: &&Hit| {
                ctx.refs.iter().any(|r| r.office.is_some_and(|(a, b)| a <= h.first_token && h.last_token <= b))
            };
            let before =
                ctx.hits_in(0, t).filter(is_org).filter(|h| has_events(ctx, h) && !in_title(h)).last().copied()?;
            (before, false)
        }
        None => return None,
    };
    let Entity::Org(org) = org_hit.entity else {
        return None;
    };
    let end = if named_here { org_hit.last_token } else { t + 1 };
    let kind = kind_between(ctx, t + 1, end);
    // "على" before "هامش" belongs to the phrase.
    let first = if margin && t > from && stems(ctx.token_text(t - 1)).contains(&"علي") { t - 1 } else { t };
    let mut span = ctx.span_of(first, end);
    // Keep a name's closing quotation mark: "فعاليات "آسيان"".
    let phrase = &ctx.article.text[span.start..span.end];
    let opened = phrase.chars().filter(|c| matches!(c, '"' | '“' | '«')).count();
    let closed = phrase.chars().filter(|c| matches!(c, '”' | '»')).count();
    if let Some(next) = ctx.article.text[span.end..].chars().next()
        && matches!(next, '"' | '”' | '»')
        && (opened > closed && next != '"' || opened % 2 == 1)
    {
        span.end += next.len_utf8();
    }
    let (number, extraordinary) = if named_here {
        let number_to = (org_hit.last_token + 1 + NUMBER_LOOKAHEAD).min(to);
        // Not the organisation's own number ("مجموعة العشرين").
        let number =
            ordinal(ctx, t + 1, org_hit.first_token).or_else(|| ordinal(ctx, org_hit.last_token + 1, number_to));
        let extraordinary = (t + 1..number_to)
            .any(|i| ctx.lex.numbers.extraordinary.iter().any(|w| (0..w.len()).all(|k| ctx.token_text(i + k) == w[k])));
        (number, extraordinary)
    } else {
        (None, false)
    };
    Some(Occasion { org, kind, number, extraordinary, named: named_here, attended: false, span })
}

/// "وصل عراقجي إلى تركيا ... لحضور اجتماع منظمة التعاون الإسلامي": the trip's
/// purpose, told with an arrival in its sentence, is a multilateral meeting the
/// calendar holds in the meeting's city; its encounters are on that meeting's sidelines.
fn attending(ctx: &Context, draft: &Draft) -> Option<Occasion> {
    let kinds = &ctx.lex.occasion;
    let body = ctx.paras.iter().filter(|p| p.kind == LineKind::Body);
    body.flat_map(|p| p.first..p.last).find_map(|t| {
        if !is_one_of(ctx.token_text(t), &kinds.attend) {
            return None;
        }
        let (_, s1) = ctx.sentence_of(t);
        if !arrival_before(ctx, t) {
            return None;
        }
        let org_hit = ctx
            .hits_in(t + 1, (t + ORG_LOOKAHEAD).min(s1))
            .find(|h| matches!(h.entity, Entity::Org(_)) && has_events(ctx, h))
            .copied()?;
        let Entity::Org(org) = org_hit.entity else { return None };
        let kind = kind_between(ctx, t + 1, org_hit.last_token);
        let number = ordinal(ctx, t + 1, org_hit.first_token);
        let o = Occasion {
            org,
            kind,
            number,
            extraordinary: false,
            named: true,
            attended: true,
            span: ctx.span_of(t, org_hit.last_token),
        };
        // Only where the calendar has that meeting: not a summit elsewhere the guest is invited to.
        let here = draft.place.city.map(|c| ctx.kb.cities[c].id.as_str());
        let held_here = events_for(ctx, &o, &draft.place).iter().any(|e| here.is_none_or(|c| e.city == c));
        held_here.then_some(o)
    })
}

/// Which kind of meeting the words `[from, to)` before the organisation's name
/// say it was: "foreign_ministers" ("وزراء"), "summit" ("قمة"), or "".
fn kind_between(ctx: &Context, from: usize, to: usize) -> &'static str {
    let kinds = &ctx.lex.occasion;
    let between = |list: &[String]| (from..to).any(|i| is_one_of(ctx.token_text(i), list));
    if between(&kinds.foreign_ministers) {
        "foreign_ministers"
    } else if between(&kinds.summit) {
        "summit"
    } else {
        ""
    }
}

/// An arrival word before token `t` in its sentence ("وصل ... للمشاركة"), not
/// inside a name ("فيصل" is "ف" + "يصل" to the stemmer).
fn arrival_before(ctx: &Context, t: usize) -> bool {
    ctx.last_word_outside_names(ctx.sentence_of(t).0, t, &ctx.lex.cues.arrival).is_some()
}

/// Whether the calendar holds meetings of the organisation a hit names.
fn has_events(ctx: &Context, h: &Hit) -> bool {
    let Entity::Org(o) = h.entity else { return false };
    let id = &ctx.kb.orgs[o].id;
    ctx.kb.events.iter().any(|e| &e.org == id)
}

/// How many words before "في قمة" a word of taking part may stand ("لمشاركة مصر في").
const ATTEND_REACH: usize = 3;

/// How far back "على هامش الاجتماع" may find the meeting it refers to.
const EARLIER_OCCASION_REACH: usize = 200;

/// How many words after the organisation's name its session number may stand
/// ("مؤتمر ميونخ للأمن الـ58").
const NUMBER_LOOKAHEAD: usize = 3;

/// A session or edition number among tokens `[from, to)`: one to three digits
/// ("ال73", "الـ 162", never a year), or in words ("الحادية والعشرين",
/// "الثانية والستين بعد المائة").
fn ordinal(ctx: &Context, from: usize, to: usize) -> Option<u32> {
    let digits = (from..to).find_map(|t| {
        let w = ctx.token_text(t);
        (w.len() <= 3 && !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
            .then(|| w.parse::<u32>().ok())
            .flatten()
            .filter(|n| (1..=300).contains(n))
            .filter(|_| !is_one_of(ctx.token_text(t + 1), &ctx.lex.numbers.counted))
    });
    digits.or_else(|| ordinal_words(ctx, from, to))
}

fn ordinal_words(ctx: &Context, from: usize, to: usize) -> Option<u32> {
    let numbers = &ctx.lex.numbers;
    let value = |t: usize, list: &[(String, u32)]| -> Option<u32> {
        let w = ctx.token_text(t);
        list.iter().find(|(word, _)| stems(w).contains(&word.as_str())).map(|(_, n)| *n)
    };
    let phrase_at = |t: usize, phrase: &[String]| phrase.iter().enumerate().all(|(k, w)| ctx.token_text(t + k) == w);
    for t in from..to {
        let (mut n, mut next) = match (value(t, &numbers.units), value(t, &numbers.tens)) {
            (Some(u), _) => (u, t + 1),
            (None, Some(tens)) => (tens, t + 1),
            _ => continue,
        };
        // "الحادية عشرة", "الحادية والعشرين".
        if n < 10
            && let Some(tens) = value(next, &numbers.tens)
        {
            n += tens;
            next += 1;
        }
        if numbers.hundred.iter().any(|h| phrase_at(next, h)) {
            n += 100;
        }
        return Some(n);
    }
    None
}

/// The calendar marks extraordinary and emergency sessions in their names.
fn is_extraordinary(e: &Event) -> bool {
    let name = e.name.to_lowercase();
    name.contains("extraordinary") || name.contains("emergency")
}

/// One of `words` stands inside the occasion's span: a summit ("للقمة
/// العربية الإسلامية"), or a meeting that prepares another ("التحضيري").
fn span_says(ctx: &Context, span: Span, words: &[String]) -> bool {
    let tokens = &ctx.doc.tokens;
    let from = tokens.partition_point(|t| t.start < span.start);
    let to = tokens.partition_point(|t| t.start < span.end);
    (from..to).any(|t| is_one_of(ctx.token_text(t), words))
}

/// Calendar events that fit the occasion and the place.
pub fn events_for<'k>(ctx: &Context<'k>, o: &Occasion, place: &Place) -> Vec<&'k Event> {
    let kb = ctx.kb;
    let org = &kb.orgs[o.org].id;
    let city = place.city.map(|c| kb.cities[c].id.as_str());
    let country = place
        .country
        .map(|c| kb.countries[c].code.as_str())
        .or_else(|| place.city.map(|c| kb.cities[c].country.as_str()));
    let of_kind = |kind: &str| -> Vec<&'k Event> {
        kb.events
            .iter()
            .filter(|e| &e.org == org)
            .filter(|e| kind.is_empty() || e.kind == kind)
            .filter(|e| o.number.is_none_or(|n| e.number == Some(n)))
            .filter(|e| o.extraordinary == is_extraordinary(e))
            .collect()
    };
    let mut named = of_kind(o.kind);
    // "الاجتماع الوزاري التحضيري للقمة": the ministers' meeting before a summit,
    // in its city in the days before it, whether or not the calendar holds the
    // body's regular ministers' sessions (the Arab League's council meets in Cairo).
    if o.kind == "foreign_ministers"
        && span_says(ctx, o.span, &ctx.lex.occasion.summit)
        && (named.is_empty() || span_says(ctx, o.span, &ctx.lex.occasion.preparatory))
    {
        let summits = of_kind("summit");
        if !summits.is_empty() {
            named = summits;
        }
    }
    let in_place: Vec<&Event> = named
        .iter()
        .copied()
        .filter(|e| match (city, country) {
            (None, None) => true,
            _ => !e.city.is_empty() && (city == Some(e.city.as_str()) || country == Some(e.country.as_str())),
        })
        .collect();
    // A country the text only mentions ("ممثلين عن ... في روسيا") does not
    // move the Munich conference; a city it names does.
    if in_place.is_empty() && place.city.is_none() { named } else { in_place }
}

/// The calendar event the occasion names, now that the date is known: the one
/// whose days (or the few before them) the date range meets.
/// Without a date, the city every fitting event shares (the General Assembly
/// meets in New York, the Arab League's council in Cairo).
pub fn match_event<'k>(ctx: &Context<'k>, draft: &mut Draft<'k>) {
    let Some(o) = &draft.occasion else { return };
    let events = events_for(ctx, o, &draft.place);
    match &draft.date {
        Some(r) => {
            draft.event =
                events.into_iter().find(|e| add_days(e.start, -DAYS_BEFORE_EVENT) <= r.end && r.start <= e.end);
        }
        None => {
            // A virtual edition has no city, and no one meets on its sidelines in person.
            let in_person: Vec<&Event> = events.into_iter().filter(|e| !e.city.is_empty()).collect();
            let city = in_person.first().map(|e| e.city.as_str());
            if in_person.iter().all(|e| Some(e.city.as_str()) == city) {
                draft.event_city = city.and_then(|c| ctx.kb.cities.iter().position(|k| k.id == c));
            }
        }
    }
}

/// Writes the occasion: the multilateral meeting, or the visit.
pub fn settle(ctx: &Context, draft: &mut Draft) {
    let kb = ctx.kb;
    if let Some(o) = draft.occasion.clone() {
        let org = &kb.orgs[o.org];
        let m = &mut draft.meeting;
        m.occasion_org = Some(org.id.clone());
        m.occasion = Some(match draft.event {
            Some(e) => format!("On the sidelines of the {}", e.name),
            None => format!("On the sidelines of {} meetings", org.name),
        });
        m.occasion_ar = Some(ctx.article.text[o.span.start..o.span.end].to_owned());
        draft.evidence("occasion", vec![o.span]);
    } else if let Some((name, name_ar, span)) = visitor(ctx, draft) {
        let host = draft.meeting.country.as_deref().and_then(|c| kb.country(c));
        if let Some(host) = host {
            let range = draft.date.as_ref().and_then(|r| visit_range_label(ctx, &draft.reporting, r));
            let m = &mut draft.meeting;
            m.occasion = Some(format!("{name}'s visit to {}{}", host.name, range.unwrap_or_default()));
            m.occasion_ar = Some(format!("زيارة {name_ar} إلى {}", host.name_ar));
            draft.evidence("occasion", vec![span]);
        }
    }
}

/// The participant who travelled: the first whose country is not the host's,
/// with the meeting word of the first reporting paragraph as evidence.
fn visitor(ctx: &Context, draft: &Draft) -> Option<(String, String, Span)> {
    let m = &draft.meeting;
    let host = m.country.as_deref()?;
    let guest = m.participants.iter().find(|p| !p.country.is_empty() && p.country != host)?;
    let name = if guest.name.is_empty() { guest.role.clone() } else { guest.name.clone() };
    let name_ar = if guest.name_ar.is_empty() { guest.role_ar.clone() } else { guest.name_ar.clone() };
    if name.is_empty() && name_ar.is_empty() {
        return None;
    }
    let span = draft.cues.first().map(|&t| ctx.span_of(t, t))?;
    Some((name, name_ar, span))
}

/// ", 8–9 April 2024" when a visit range was written in a reporting paragraph.
fn visit_range_label(ctx: &Context, reporting: &[usize], on: &Resolved) -> Option<String> {
    use super::dates::parse::DateExpr;
    for &pi in reporting {
        for f in ctx.dates_in(pi) {
            if let DateExpr::Days { first, last, month, .. } = f.expr
                && first != last
            {
                return Some(format!(", {first}–{last} {} {}", month_name(month), on.start.year()));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::participants;
    use crate::extract::test_support::context_of;

    fn occasion_of(text: &str) -> Option<(String, &'static str, String)> {
        context_of(text, |ctx| {
            let mut draft = participants::find_all(ctx).into_iter().next()?;
            find(ctx, &mut draft);
            let o = draft.occasion?;
            Some((ctx.kb.orgs[o.org].id.clone(), o.kind, ctx.article.text[o.span.start..o.span.end].to_owned()))
        })
    }

    #[test]
    fn the_sidelines_of_a_named_meeting() {
        let got = occasion_of(
            "عنوان\nالتقى لافروف نظيره الصيني وانغ يي على هامش اجتماع مجلس وزراء خارجية منظمة شنغهاي للتعاون.",
        );
        assert_eq!(
            got,
            Some(("SCO".into(), "foreign_ministers", "على هامش اجتماع مجلس وزراء خارجية منظمة شنغهاي للتعاون".into()))
        );
    }

    #[test]
    fn a_closing_quotation_mark_stays_with_the_name() {
        let got = occasion_of("عنوان\nالتقى لافروف نظيره الصيني وانغ يي على هامش فعاليات “آسيان” في فينتيان.");
        assert_eq!(got.map(|(_, _, words)| words), Some("على هامش فعاليات “آسيان”".into()));
    }

    #[test]
    fn an_organisation_in_a_title_is_not_the_forum_of_the_sidelines() {
        let got = occasion_of(
            "عنوان\nاستقبل الرئيس التركي اليوم ينس ستولتنبرغ، الأمين العام لحلف الناتو.\nوجرى اللقاء على هامش المنتدى الدبلوماسي في أنطاليا.",
        );
        assert!(got.as_ref().is_none_or(|(org, _, _)| org != "NATO"), "{got:?}");
    }

    #[test]
    fn an_earlier_meetings_sidelines_are_not_the_occasion() {
        let got = occasion_of(
            "عنوان\nالتقى لافروف نظيره الصيني وانغ يي في بكين.\nوكان آخر لقاء بينهما على هامش قمة مجموعة العشرين.",
        );
        assert_eq!(got, None);
    }

    #[test]
    fn the_edition_named_elsewhere_in_the_article() {
        let text = "عنوان\nالتقى ظريف اليوم الأحد نظيره العراقي محمد علي الحكيم على هامش مؤتمر ميونيخ للأمن.\nوانطلقت أعمال مؤتمر ميونيخ للأمن في نسخته الـ56 أمس الأول.";
        let number = context_of(text, |ctx| {
            let mut draft = participants::find_all(ctx).into_iter().next()?;
            find(ctx, &mut draft);
            draft.occasion?.number
        });
        assert_eq!(number, Some(56));
    }

    #[test]
    fn a_trip_to_attend_a_meeting_is_its_occasion() {
        let got = occasion_of(
            "عنوان\nوصل وزير الخارجية التركي هاكان فيدان إلى جدة مساء الجمعة للمشاركة في اجتماع وزراء خارجية منظمة التعاون الإسلامي.\nوالتقى فيدان نظيره السعودي فيصل بن فرحان.",
        );
        assert_eq!(got.map(|(org, kind, _)| (org, kind)), Some(("OIC".into(), "foreign_ministers")));
        // Without an arrival, "للمشاركة في" is an invitation, not the trip's purpose.
        let invited = occasion_of(
            "عنوان\nالتقى فيدان نظيره السعودي فيصل بن فرحان ودعاه للمشاركة في اجتماع وزراء خارجية منظمة التعاون الإسلامي.",
        );
        assert_eq!(invited, None);
    }

    #[test]
    fn a_count_of_members_is_no_session_number() {
        let text = "عنوان\nالتقى فيدان نظيره السعودي فيصل بن فرحان على هامش قمة منظمة التعاون الإسلامي التي تضم 57 دولة.";
        let number = context_of(text, |ctx| {
            let mut draft = participants::find_all(ctx).into_iter().next()?;
            find(ctx, &mut draft);
            Some(draft.occasion?.number)
        });
        assert_eq!(number, Some(None));
    }
}
