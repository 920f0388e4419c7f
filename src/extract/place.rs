//! Where the meeting was: a city (or else a country) that the paragraphs
//! reporting it introduce with "في" or "إلى", else the dateline's city; once
//! the occasion is known, the calendar's host city fills in what the text left out.

use super::context::Context;
use super::draft::Draft;
use crate::kb::Entity;
use crate::model::{Kind, Span};
use crate::text::{is_one_of, normalize};

/// How many words before a place name may introduce it ("في العاصمة الصينية بكين").
const INTRO_LOOKBACK: usize = 3;
/// How many words before a place name may make it part of a recalled clause.
const RECALL_LOOKBACK: usize = 8;
/// How far after an arrival or visit word its place may stand.
const VISIT_REACH: usize = 12;
/// How many words before a place may say it is the subject ("الخاص باليمن").
const ABOUT_REACH: usize = 2;
/// How many words before a country adjective the seat of its ministry may stand ("بمقر وزارة الخارجية").
const SEAT_REACH: usize = 3;
/// How far back a title may start and still hold a place name.
const TITLE_REACH: usize = 16;
/// How many words after "تسلم" its credentials may stand ("تسلم ... نسخة من أوراق اعتماد").
const CREDENTIALS_REACH: usize = 16;

/// How many words a local office's seat may have ("أم القيوين", "رأس الخيمة").
const SEAT_NAME_WORDS: usize = 4;

/// A place as the text gives it: knowledge-base indices and the words.
#[derive(Debug, Clone, Default)]
pub struct Place {
    pub city: Option<usize>,
    pub country: Option<usize>,
    pub spans: Vec<Span>,
    /// Only the dateline's city: where the story was filed, which a dated
    /// event elsewhere overrides.
    pub from_dateline: bool,
}

/// Reads the place: from the sentences of the meeting's own words first,
/// then the other sentences that report it, then the dateline. A call has
/// no place of its own.
pub fn find(ctx: &Context, draft: &mut Draft) {
    if draft.meeting.kind == Kind::Call {
        return;
    }
    draft.place = from_text(ctx, draft);
}

fn from_text(ctx: &Context, draft: &Draft) -> Place {
    let words = &ctx.lex.cues;
    // The sentences of the meeting's own words, then the other sentences of
    // the reporting paragraphs that name a side, then those that refer back
    // to it ("اللقاء").
    let own = |t: &usize| ctx.cues.iter().any(|c| c.token == *t && !c.definite);
    let mut sentences: Vec<(usize, usize)> =
        draft.cues.iter().filter(|t| own(t)).map(|&t| ctx.sentence_of(t)).collect();

    // Then the sentences of the reporting paragraphs that name one of its sides.
    for &pi in &draft.reporting {
        let p = ctx.paras[pi];
        let mut t = p.first;
        while t < p.last {
            let s = ctx.sentence_of(t);
            if ctx.refs_between(s.0, s.1).iter().any(|r| !r.aside && draft.who.contains(&r.someone)) {
                sentences.push(s);
            }
            t = s.1.max(t + 1);
        }
    }
    sentences.extend(draft.cues.iter().filter(|t| !own(t)).map(|&t| ctx.sentence_of(t)));
    // "جرت في قصر بسمان، أمس، مراسم تقبل أوراق اعتماد ...": a paragraph that
    // sets the scene of the event and names no one frames the meetings after it.
    let scene_before = (0..draft.primary).rev().find(|&i| ctx.paras[i].kind == super::segment::LineKind::Body);
    if let Some(l) = scene_before.filter(|l| !draft.reporting.contains(l)) {
        let p = ctx.paras[l];
        let scene = ctx.cues.iter().any(|c| c.para == l && !c.recalled)
            && ctx.refs_between(p.first, p.last).iter().all(|r| r.aside);
        if scene {
            sentences.push(ctx.sentence_of(p.first));
        }
    }
    // "عقد الوزير سلسلة من الاجتماعات ... في نيودلهي. ... كما التقى الوزير بـ...":
    // the lede's sentence that names one of the sides sets the scene of a day of meetings.
    if let Some(l) = ctx.lede().filter(|l| !draft.reporting.contains(l) && *l < draft.primary) {
        let (s0, s1) = ctx.sentence_of(ctx.paras[l].first);
        if ctx.refs_between(s0, s1).iter().any(|r| !r.aside && draft.who.contains(&r.someone)) {
            sentences.push((s0, s1));
        }
    }
    let mut seen = Vec::new();
    sentences.retain(|s| {
        !seen.contains(s) && {
            seen.push(*s);
            true
        }
    });
    let mut country_only: Option<Place> = None;
    for (s0, s1) in sentences {
        // A sentence that only recalls another meeting says nothing of this one's place.
        let cues: Vec<_> = ctx.cues.iter().filter(|c| c.token >= s0 && c.token < s1).collect();
        if !cues.is_empty() && cues.iter().all(|c| c.recalled) {
            continue;
        }
        let live_own_cue: Vec<usize> =
            cues.iter().filter(|c| !c.recalled && draft.cues.contains(&c.token)).map(|c| c.token).collect();
        // What the talks were about ("لبحث الأوضاع في غزة") is not where they were.
        let first_cue = cues.first().map_or(s0, |c| c.token);
        let is_cue = |t: usize| cues.iter().any(|c| c.token == t);
        let end =
            (first_cue + 1..s1).find(|&t| !is_cue(t) && is_one_of(ctx.token_text(t), &words.topic_start)).unwrap_or(s1);
        // "..., وذلك على هامش ... في فينتيان": the frame resumes after the topic;
        // "التطورات في سوريا، اليوم الأربعاء، في جدة": also at a time set off by a comma.
        let resume = (end..s1)
            .find(|&t| {
                is_one_of(ctx.token_text(t), &words.topic_resume)
                    || (t > end + 1 && ctx.comma_between(t - 1, t) && is_time_word(ctx, t))
            })
            .unwrap_or(s1);
        let hits = ctx.hits_in(s0, end).chain(ctx.hits_in(resume, s1).filter(|h| h.first_token >= resume));
        for h in hits {
            let (city, country) = match h.entity {
                Entity::City(c) => (Some(c), None),
                Entity::Country(c) => (None, Some(c)),
                // "بمقر وزارة الخارجية الأميركية": the ministry sits in the capital;
                // "في العاصمة الجزائرية" is it.
                Entity::CountryAdjective(c)
                    if at_ministry_seat(ctx, h.first_token, s0)
                        || (h.first_token > s0 && is_one_of(ctx.token_text(h.first_token - 1), &words.capital)) =>
                {
                    match ctx.kb.cities.iter().position(|k| k.id == ctx.kb.countries[c].capital) {
                        Some(capital) => (Some(capital), None),
                        None => continue,
                    }
                }
                _ => continue,
            };
            // "عمان": Amman or Oman, by the words around it and who met.
            if let Some(as_city) = twin_reads_as_city(ctx, draft, h) {
                let is_city = matches!(h.entity, Entity::City(_));
                if is_city != as_city {
                    continue;
                }
            }
            // "كاراكاس، 04 نوفمبر 2020 (راديو هافانا كوبا):": the dateline's credit names no place of the meeting.
            if ctx.datelines.iter().any(|&(a, b)| a <= h.first_token && h.first_token < b) {
                continue;
            }
            let seat = matches!(h.entity, Entity::CountryAdjective(_));
            if !seat && (!introduced(ctx, h, s0) || inside_a_title(ctx, h.first_token)) {
                continue;
            }
            let about = h.first_token.saturating_sub(ABOUT_REACH).max(s0);
            if ctx.any_word_near(about, h.first_token, &words.place_about) {
                continue;
            }
            // Skip places inside a recalled clause ("آخر لقاء ... في جوهانسبرج"),
            // unless the clause is this meeting's own ("وكان لافروف أنهى اليوم
            // زيارة إلى البحرين حيث استقبله", where the meeting word is live).
            let recall_word = (h.first_token.saturating_sub(RECALL_LOOKBACK).max(s0)..h.first_token)
                .filter(|&k| is_one_of(ctx.token_text(k), &words.recall_before))
                .any(|k| !live_own_cue.iter().any(|&c| c > k));
            if recall_word {
                continue;
            }
            let span = Span { start: h.start, end: h.end };
            match (city, &mut country_only) {
                // A city, or a city of the country already named ("إلى تركيا ... في أنقرة").
                (Some(c), None) => return Place { city: Some(c), spans: vec![span], ..Place::default() },
                (Some(c), Some(place)) => {
                    let of_country =
                        place.country.is_some_and(|k| ctx.kb.countries[k].code == ctx.kb.cities[c].country);
                    if of_country {
                        place.city = Some(c);
                        place.spans.push(span);
                        return place.clone();
                    }
                }
                (None, None) => country_only = Some(Place { country, spans: vec![span], ..Place::default() }),
                (None, Some(_)) => {}
            }
        }
    }
    let dateline = dateline_city(ctx);
    if country_only.is_none()
        && let Some(place) = headline_arrival(ctx).or_else(|| body_arrival(ctx, draft))
    {
        return place;
    }
    if let Some(mut place) = country_only {
        // "بزيارة إلى الصين" with a Beijing dateline: the dateline's city.
        if let Some((c, span)) = dateline
            && place.country.is_some_and(|k| ctx.kb.countries[k].code == ctx.kb.cities[c].country)
        {
            place.city = Some(c);
            place.spans.push(span);
        }
        return place;
    }
    // Nothing in the text: the dateline's city ("بكين ... (شينخوا) ... هنا").
    match dateline {
        Some((c, span)) => Place { city: Some(c), country: None, spans: vec![span], from_dateline: true },
        None => Place::default(),
    }
}

/// "في بكين", "إلى العاصمة أنقرة", "بنيويورك": a place word shortly before the
/// name, or the preposition "ب" on it.
fn introduced(ctx: &Context, h: &crate::kb::Hit, s0: usize) -> bool {
    let t = h.first_token;
    // "بنيويورك": the preposition on the name, unless the name itself starts so ("بكين").
    let word = ctx.token_text(t);
    let names: Vec<&String> = match h.entity {
        Entity::City(c) => std::iter::once(&ctx.kb.cities[c].name_ar).chain(&ctx.kb.cities[c].aliases_ar).collect(),
        Entity::Country(c) => {
            std::iter::once(&ctx.kb.countries[c].name_ar).chain(&ctx.kb.countries[c].aliases_ar).collect()
        }
        _ => Vec::new(),
    };
    let own_first_word = |n: &String| crate::text::normalize(n).split(' ').next().is_some_and(|f| f == word);
    let with_b = ["ب", "وب", "فب"].iter().any(|p| word.starts_with(p)) && !names.iter().any(|n| own_first_word(n));
    // "وصل وزير الخارجية المغربي ... الثلاثاء، القاهرة": the first place after an arrival or a visit.
    let visit = ctx.last_word_outside_names(t.saturating_sub(VISIT_REACH).max(s0), t, &ctx.lex.cues.arrival);
    let after_visit = visit.is_some_and(|v| {
        !ctx.hits_in(v + 1, t).any(|o| matches!(o.entity, Entity::City(_) | Entity::Country(_)) && o.first_token < t)
    });
    with_b || after_visit || ctx.any_word_near(t.saturating_sub(INTRO_LOOKBACK).max(s0), t, &ctx.lex.cues.place_intro)
}

/// "في مقر الخارجية السعودية", "بمقر وزارة الخارجية الأميركية": a seat
/// word, then the ministry, right before the country adjective at `t`.
fn at_ministry_seat(ctx: &Context, t: usize, s0: usize) -> bool {
    let words = &ctx.lex.cues;
    let from = t.saturating_sub(SEAT_REACH).max(s0);
    let Some(seat) = (from..t).find(|&k| is_one_of(ctx.token_text(k), &words.seat)) else { return false };
    seat + 1 < t && (seat + 1..t).all(|k| is_one_of(ctx.token_text(k), &words.ministry))
}

/// For a city or country hit whose words also name the other ("عمان" is
/// Amman and Oman): whether they read as the city. "العاصمة عمان" is the
/// city; else the one whose country a participant is from, when only one is.
/// `None` when the words name only one place.
fn twin_reads_as_city(ctx: &Context, draft: &Draft, h: &crate::kb::Hit) -> Option<bool> {
    let kb = ctx.kb;
    let twin = ctx.hits_in(h.first_token, h.last_token + 1).find(|o| {
        o.first_token == h.first_token
            && o.last_token == h.last_token
            && matches!(
                (h.entity, o.entity),
                (Entity::City(_), Entity::Country(_)) | (Entity::Country(_), Entity::City(_))
            )
    })?;
    let (city, country) = match (h.entity, twin.entity) {
        (Entity::City(c), Entity::Country(k)) | (Entity::Country(k), Entity::City(c)) => (c, k),
        _ => return None,
    };
    if h.first_token > 0 && is_one_of(ctx.token_text(h.first_token - 1), &ctx.lex.cues.city_words) {
        return Some(true);
    }
    let from: Vec<&str> = draft
        .who
        .iter()
        .filter_map(|&k| {
            let someone = &ctx.people[k];
            someone
                .country
                .map(|c| kb.countries[c].code.as_str())
                .or_else(|| someone.person.map(|p| kb.people[p].country.as_str()))
        })
        .collect();
    let city_side = from.contains(&kb.cities[city].country.as_str());
    let country_side = from.contains(&kb.countries[country].code.as_str());
    Some(city_side && !country_side)
}

/// The country of the host who receives ("استقبل", "تسلم أوراق اعتماد"), the
/// first side named, when a meeting word of the draft is a reception, and
/// whether it was a reception of credentials (held at the seat of state).
fn receiving_host_country(ctx: &Context, draft: &Draft) -> Option<(usize, bool)> {
    let words = &ctx.lex.cues;
    let credentials = |t: usize| {
        is_one_of(ctx.token_text(t), &words.receipt)
            && ctx.any_word_near(t + 1, (t + 1 + CREDENTIALS_REACH).min(ctx.sentence_of(t).1), &words.credentials)
    };
    let receives = draft.cues.iter().any(|&t| is_one_of(ctx.token_text(t), &words.receive));
    let accredits = draft.cues.iter().any(|&t| credentials(t));
    if !receives && !accredits {
        return None;
    }
    let host = &ctx.people[*draft.who.first()?];
    let country = host.country.or_else(|| {
        let code = &ctx.kb.people[host.person?].country;
        ctx.kb.countries.iter().position(|c| &c.code == code)
    })?;
    Some((country, accredits))
}

/// A sentence of the draft's meeting words says "على هامش".
fn on_sidelines(ctx: &Context, draft: &Draft) -> bool {
    draft.cues.iter().any(|&t| {
        let (from, to) = ctx.sentence_of(t);
        ctx.any_word_near(from, to, &ctx.lex.cues.sidelines)
    })
}

/// "استقبل اللواء ...، محافظ أسيوط"، "حاكم الشارقة": the city right after a
/// receiving host's local office (past a "محافظة" or "إمارة"), its seat.
fn receiving_host_seat(ctx: &Context, draft: &Draft) -> Option<usize> {
    let words = &ctx.lex.cues;
    if !draft.cues.iter().any(|&t| is_one_of(ctx.token_text(t), &words.receive)) {
        return None;
    }
    let host = *draft.who.first()?;
    let offices = ctx.refs.iter().filter(|r| r.someone == host && !r.aside).filter_map(|r| r.office);
    offices.flat_map(|(a, b)| a..=b).find_map(|t| {
        if !is_one_of(ctx.token_text(t), &words.local_office) {
            return None;
        }
        let next = if is_one_of(ctx.token_text(t + 1), &words.city_words) { t + 2 } else { t + 1 };
        ctx.hits_in(next, next + SEAT_NAME_WORDS).find_map(|h| match h.entity {
            Entity::City(c) if h.first_token == next => Some(c),
            _ => None,
        })
    })
}

/// A place inside a person's title ("المبعوث الأممي إلى اليمن", "سفير سوريا في الجزائر").
fn inside_a_title(ctx: &Context, t: usize) -> bool {
    let from = ctx.refs.partition_point(|r| r.first < t.saturating_sub(TITLE_REACH));
    ctx.refs[from..].iter().take_while(|r| r.first <= t).any(|r| r.office.is_some_and(|(a, b)| a <= t && t <= b))
}

/// "اليوم"، "أمس"، "الأربعاء": a word that says when.
fn is_time_word(ctx: &Context, t: usize) -> bool {
    let w = ctx.token_text(t);
    let d = &ctx.lex.dates;
    d.is_weekday_word(w)
        || is_one_of(w, &d.words.today)
        || is_one_of(w, &d.words.yesterday)
        || is_one_of(w, &d.words.tomorrow)
}

/// How many words after an arrival word in the headline its place may stand
/// ("وصل إلى القاهرة"، "وزير الخارجية اليوناني يصل إلى القاهرة في زيارة").
const HEADLINE_ARRIVAL_REACH: usize = 3;

/// "وزير خارجية اليونان يصل إلى القاهرة": where the headline has the visitor
/// arrive, when the body names no place; the story's meetings are there.
fn headline_arrival(ctx: &Context) -> Option<Place> {
    let p = ctx.paras.iter().find(|p| p.kind == super::segment::LineKind::Headline)?;
    let arrival = ctx.last_word_outside_names(p.first, p.last, &ctx.lex.cues.arrival)?;
    let h = ctx
        .hits_in(arrival + 1, (arrival + 1 + HEADLINE_ARRIVAL_REACH).min(p.last))
        .find(|h| matches!(h.entity, Entity::City(_) | Entity::Country(_)))?;
    arrived_at(h)
}

/// The city or country an arrival word leads to, as the meeting's place.
fn arrived_at(h: &crate::kb::Hit) -> Option<Place> {
    let span = Span { start: h.start, end: h.end };
    match h.entity {
        Entity::City(c) => Some(Place { city: Some(c), spans: vec![span], ..Place::default() }),
        Entity::Country(c) => Some(Place { country: Some(c), spans: vec![span], ..Place::default() }),
        _ => None,
    }
}

/// "وصل وزير الخارجية الصيني وانغ يي إلى موسكو أمس. وقال وانغ، خلال اجتماعه
/// مع لافروف ...": where a sentence before the meeting's has one of its sides
/// arrive; not a visit it recalls ("وكان ... قد زار", "الشهر الماضي").
fn body_arrival(ctx: &Context, draft: &Draft) -> Option<Place> {
    let cue = *draft.cues.iter().min()?;
    let (meeting_starts, _) = ctx.sentence_of(cue);
    let cues = &ctx.lex.cues;
    ctx.paras.iter().filter(|p| p.kind == super::segment::LineKind::Body && p.first < meeting_starts).find_map(|p| {
        let arrival = ctx.last_word_outside_names(p.first, p.last.min(meeting_starts), &cues.arrival)?;
        let (s0, s1) = ctx.sentence_of(arrival);
        let theirs = ctx.refs_between(s0, s1).iter().any(|r| !r.aside && draft.who.contains(&r.someone));
        let recalled = ctx.any_word_near(s0, s1, &cues.recall_opening) || ctx.any_word_near(s0, s1, &cues.recall_after);
        if !theirs || recalled {
            return None;
        }
        // The subject stands between the verb and "إلى": the place right after "إلى".
        let to = ctx.first_word_near(arrival + 1, s1, &ctx.lex.people.towards)?;
        let h = ctx.hits_in(to, (to + 2).min(s1)).find(|h| matches!(h.entity, Entity::City(_) | Entity::Country(_)))?;
        arrived_at(h)
    })
}

/// The city a dateline names, if any.
fn dateline_city(ctx: &Context) -> Option<(usize, Span)> {
    ctx.datelines.iter().find_map(|&(first, last)| {
        ctx.hits_in(first, last).find_map(|h| match h.entity {
            Entity::City(c) => Some((c, Span { start: h.start, end: h.end })),
            _ => None,
        })
    })
}

/// Writes the place into the record: as written, or the calendar's city for
/// the occasion when the text names none (and no other country).
pub fn settle(ctx: &Context, draft: &mut Draft) {
    let kb = ctx.kb;
    let mut city = draft.place.city;
    let mut country = draft.place.country;
    let event_city = match draft.event {
        Some(e) if !e.city.is_empty() => kb.cities.iter().position(|c| c.id == e.city),
        Some(_) => None,
        None => draft.event_city,
    };
    // On the sidelines of an event the calendar places, the meeting is in
    // the event's city; a country the text mentions elsewhere, or the city the
    // story was filed from ("موسكو 2 يوليو" about a summit in Ufa), yields to it.
    if draft.place.from_dateline && event_city.is_some() {
        city = None;
        draft.place.spans.clear();
    }
    if city.is_none()
        && let Some(ec) = event_city
    {
        if country.is_some_and(|c| kb.countries[c].code != kb.cities[ec].country) {
            country = None;
            draft.place.spans.clear();
        }
        city = Some(ec);
    }
    // "استقبل رئيس الجمهورية ... المبعوثة الخاصة", "استقبل وزير الخارجية ... سفير
    // اليابان": with no place written, the host receives at home; credentials
    // are presented at the seat of state, in the capital.
    // Not "استقبل الرئيس، على هامش القمة، ...": on the sidelines of a meeting the
    // calendar does not place, the host is away from home.
    if city.is_none()
        && country.is_none()
        && draft.occasion.is_none()
        && draft.meeting.kind == Kind::Meeting
        && !on_sidelines(ctx, draft)
    {
        if let Some(seat) = receiving_host_seat(ctx, draft) {
            city = Some(seat);
        } else if let Some((home, accredits)) = receiving_host_country(ctx, draft) {
            country = Some(home);
            if accredits {
                city = kb.cities.iter().position(|c| c.id == kb.countries[home].capital);
            }
        }
    }
    if city.is_none()
        && let Some(k) = country
    {
        city = namesake_capital(ctx, &draft.place, k);
        // "استقبل الرئيس بالعاصمة السفيرة ...": the capital, unnamed, of the country it is in.
        if city.is_none()
            && draft.meeting.kind == Kind::Meeting
            && let Some(t) = bare_capital(ctx, draft)
        {
            city = kb.cities.iter().position(|c| c.id == kb.countries[k].capital);
            if city.is_some() {
                draft.place.spans.push(ctx.span_of(t, t));
            }
        }
    }
    let m = &mut draft.meeting;
    if let Some(c) = city {
        let c = &kb.cities[c];
        m.city = Some(c.name.clone());
        m.city_ar = Some(c.name_ar.clone());
        m.lat = Some(c.lat);
        m.lon = Some(c.lon);
        country = kb.countries.iter().position(|k| k.code == c.country).or(country);
    }
    if let Some(k) = country {
        m.country = Some(kb.countries[k].code.clone());
        m.country_ar = Some(kb.countries[k].name_ar.clone());
    }
    if !draft.place.spans.is_empty() {
        let spans = draft.place.spans.clone();
        draft.evidence("place", spans);
    }
}

/// "بالعاصمة", "في العاصمة" in a sentence of the meeting's own words, with no
/// city or nationality after it: the token of the capital word.
fn bare_capital(ctx: &Context, draft: &Draft) -> Option<usize> {
    let words = &ctx.lex.cues;
    draft.cues.iter().find_map(|&cue| {
        let (s0, s1) = ctx.sentence_of(cue);
        (s0..s1).find(|&t| {
            let w = ctx.token_text(t);
            let at = w.strip_prefix('ب').is_some_and(|rest| is_one_of(rest, &words.capital))
                || (t > s0 && is_one_of(w, &words.capital) && is_one_of(ctx.token_text(t - 1), &words.place_intro));
            let named_after = t + 1 < s1
                && !ctx.boundary(t, t + 1)
                && ctx.hits_in(t + 1, s1).next().is_some_and(|h| h.first_token == t + 1);
            at && !named_after
        })
    })
}

/// "بالجزائر", "في الكويت", "بتونس": the country's own name, where its capital
/// bears it too ("الجزائر العاصمة", "مدينة الكويت"), names the capital as well.
/// A nationality ("السورية") or a country the capital does not share its name
/// with names no city.
fn namesake_capital(ctx: &Context, place: &Place, country: usize) -> Option<usize> {
    let kb = ctx.kb;
    let c = &kb.countries[country];
    let capital = kb.cities.iter().position(|k| k.id == c.capital)?;
    let name = normalize(&c.name_ar);
    let city = &kb.cities[capital];
    let shares = std::iter::once(&city.name_ar).chain(&city.aliases_ar).any(|n| {
        let n = normalize(n);
        n == name || n == format!("{name} العاصمه") || n == format!("مدينه {name}")
    });
    let written = place.spans.first().map(|s| normalize(&ctx.article.text[s.start..s.end]))?;
    let bare = crate::text::stems(&written).into_iter().any(|w| w == name);
    (shares && bare).then_some(capital)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::participants;
    use crate::extract::test_support::context_of;

    fn place_of(text: &str) -> (Option<String>, Option<String>) {
        context_of(text, |ctx| {
            let Some(mut draft) = participants::find_all(ctx).into_iter().next() else { return (None, None) };
            find(ctx, &mut draft);
            settle(ctx, &mut draft);
            (draft.meeting.city, draft.meeting.country)
        })
    }

    #[test]
    fn a_city_introduced_in_the_meeting_sentence() {
        let got = place_of("عنوان\nالتقى لافروف نظيره الصيني وانغ يي في العاصمة بكين اليوم.");
        assert_eq!(got, (Some("Beijing".into()), Some("CN".into())));
    }

    #[test]
    fn a_country_whose_capital_bears_its_name_names_the_capital() {
        let got = place_of("عنوان\nالتقى وزير الخارجية الجزائري أحمد عطاف نظيره الروسي لافروف بالجزائر اليوم.");
        assert_eq!(got, (Some("Algiers".into()), Some("DZ".into())));
        // Egypt's capital has a name of its own: only the country is known.
        let egypt = place_of("عنوان\nالتقى وزير الخارجية المصري سامح شكري نظيره الروسي لافروف في مصر اليوم.");
        assert_eq!(egypt, (None, Some("EG".into())));
    }

    #[test]
    fn the_headlines_arrival_places_a_story_whose_body_names_no_place() {
        let got = place_of(
            "وزير الخارجية اليوناني يصل إلى القاهرة في زيارة رسمية\nويلتقي الوزير اليوناني خلال الزيارة نظيره المصري سامح شكري.",
        );
        assert_eq!(got, (Some("Cairo".into()), Some("EG".into())));
    }

    #[test]
    fn the_place_after_the_topic_and_the_time() {
        let got = place_of(
            "عنوان\nبحث وزير الخارجية السعودي فيصل بن فرحان التطورات في سوريا، اليوم الأربعاء، في جدة مع نظيره التركي هاكان فيدان.",
        );
        assert_eq!(got, (Some("Jeddah".into()), Some("SA".into())));
        // Another item of the topic after the comma is still the topic.
        let topic = place_of(
            "عنوان\nبحث وزير الخارجية السعودي فيصل بن فرحان التطورات في سوريا، إضافة إلى الوضع في لبنان مع نظيره التركي هاكان فيدان.",
        );
        assert_eq!(topic, (None, None));
    }

    #[test]
    fn a_host_receives_at_home_and_credentials_at_the_capital() {
        let got = place_of(
            "عنوان\nاستقبل وزير الخارجية المصري بدر عبد العاطي اليوم الأحد نائب وزير خارجية الفلبين، وبحثا العلاقات.",
        );
        assert_eq!(got, (None, Some("EG".into())));
        // A country in the guest's office, after a looser title and the name, is no place.
        let got = place_of(
            "عنوان\nالتقى وزير الخارجية المصري بدر عبد العاطي الأحد دولة الرئيس محمد شياع السوداني رئيس مجلس الوزراء في جمهورية العراق الشقيق وذلك في مدينة نيويورك.",
        );
        assert_eq!(got, (Some("New York".into()), Some("US".into())));
        // "بالعاصمة" alone: the capital of the country the meeting is in.
        let got = place_of(
            "عنوان\nاستقبل وزير الخارجية المصري بدر عبد العاطي اليوم الأحد بالعاصمة نائب وزير خارجية الفلبين، وبحثا العلاقات.",
        );
        assert_eq!(got, (Some("Cairo".into()), Some("EG".into())));
        let got = place_of(
            "عنوان\nتسلم وزير الخارجية فؤاد حسين، يوم الاثنين، نسخة من أوراق اعتماد السيد كينجي ساتو، سفير اليابان الجديد لدى العراق.",
        );
        assert_eq!(got, (Some("Baghdad".into()), Some("IQ".into())));
    }

    #[test]
    fn a_side_who_arrived_earlier_in_the_story_met_there() {
        let got = place_of(
            "عنوان\nوزير الخارجية الصيني يبحث مع نظيره الروسي العلاقات الثنائية\nوصل وزير الخارجية الصيني وانغ يي إلى موسكو أمس.\nوقال وانغ، خلال اجتماعه مع لافروف اليوم، إن العلاقات متينة.",
        );
        assert_eq!(got, (Some("Moscow".into()), Some("RU".into())));
    }

    #[test]
    fn a_host_on_the_sidelines_of_a_summit_is_not_at_home() {
        // COP27 is in no calendar here; the president received in Sharm El-Sheikh, not in Algeria.
        let got = place_of(
            "عنوان\nوعاد الرئيس إلى الجزائر في ختام القمة.\nواستقبل الرئيس الجزائري عبد المجيد تبون أمس على هامش القمة رئيسة الوزراء الإيطالية جورجيا ميلوني.",
        );
        assert_eq!(got.1, None);
    }

    #[test]
    fn a_governor_receives_in_the_seat_of_the_governorate() {
        let got = place_of(
            "عنوان\nاستقبل اللواء منير الحسيني، محافظ أسيوط، سفير البرازيل بالقاهرة ماركو فاروني، وتناول اللقاء السياحة.",
        );
        assert_eq!(got, (Some("Assiut".into()), Some("EG".into())));
        let got =
            place_of("عنوان\nاستقبل الشيخ سالم بن خالد حاكم إمارة الفجيرة قنصل عام الهند كمال راو، وبحثا الاستثمار.");
        assert_eq!(got, (Some("Fujairah".into()), Some("AE".into())));
    }

    #[test]
    fn a_country_with_the_datelines_city() {
        let got = place_of("عنوان\nبكين - (شينخوا)\nالتقى لافروف نظيره الصيني وانغ يي خلال زيارة إلى الصين تستمر يومين.");
        assert_eq!(got, (Some("Beijing".into()), Some("CN".into())));
    }

    #[test]
    fn a_city_set_off_by_a_dash_at_the_start_of_the_lede_is_its_dateline() {
        let got = place_of(
            "لافروف يحمل رسالة من بوتين إلى الرئيس الفنزويلي\nكاراكاس - سبوتنيك. وقال لافروف في مستهل لقائه بالرئيس نيكولاس مادورو إنه يحمل رسالة.",
        );
        assert_eq!(got, (Some("Caracas".into()), Some("VE".into())));
    }

    #[test]
    fn a_continent_is_no_country_and_the_dateline_places_the_meeting() {
        // "أمريكا الجنوبية" is not the United States; the dateline is the place.
        let got = place_of(
            "عنوان\nكاراكاس، 05 مارس 2021 (راديو هافانا كوبا): أعلن وزير خارجية فنزويلا، في تغريدة، استقباله نظيره الإيراني محمد جواد ظريف الذي يزور البلد الواقع في أمريكا الجنوبية.",
        );
        assert_eq!(got, (Some("Caracas".into()), Some("VE".into())));
    }

    #[test]
    fn a_scene_sentence_that_names_no_one_frames_the_meeting_after_it() {
        let got = place_of(
            "سفراء جدد يقدمون أوراقهم إلى العاهل الأردني\n\nأقيمت أمس الأربعاء في قصر بسمان مراسم رسمية لتقبل أوراق اعتماد سفراء دول معتمدين حديثا لدى المملكة.\nوتقبل الملك عبدالله الثاني أوراق اعتماد سفير تشيلي خوان بابلو موراليس.",
        );
        assert_eq!(got, (Some("Amman".into()), Some("JO".into())));
    }

    #[test]
    fn an_ambassadors_posting_is_not_where_they_met() {
        let got = place_of(
            "عنوان\nناقش الرئيس اللبناني جوزيف عون مع السفير الفرنسي في بيروت هيرفيه ماغرو، الوضع في الجنوب، في لقاء عقد اليوم في قصر بعبدا.",
        );
        assert_ne!(got.0, Some("Beirut".into()), "the posting's city is the title's");
    }

    #[test]
    fn a_recalled_city_is_not_the_meetings() {
        let got = place_of("عنوان\nالتقى لافروف نظيره الصيني وانغ يي، وكان آخر لقاء بينهما في جوهانسبرغ.");
        assert_eq!(got, (None, None));
    }

    #[test]
    fn a_seat_of_power_is_its_city() {
        let got = place_of("عنوان\nاستقبل الرئيس الروسي فلاديمير بوتين في الكرملين وزير الخارجية الصيني وانغ يي.");
        assert_eq!(got, (Some("Moscow".into()), Some("RU".into())));
    }

    #[test]
    fn the_capital_of_a_nationality_is_that_countrys_capital() {
        let place = place_of("عنوان\nالتقى لافروف اليوم نظيره الهندي في العاصمة الجزائرية وبحثا التعاون.");
        assert_eq!(place, (Some("Algiers".into()), Some("DZ".into())));
    }

    #[test]
    fn a_foreign_ministrys_seat_is_the_capital() {
        let got = place_of("عنوان\nعقد لافروف محادثات مع نظيره الصيني وانغ يي بمقر وزارة الخارجية الصينية.");
        assert_eq!(got, (Some("Beijing".into()), Some("CN".into())));
    }

    #[test]
    fn a_place_the_meeting_is_about_is_not_its_venue() {
        let got = place_of("عنوان\nالتقى لافروف نظيره الصيني وانغ يي على هامش الاجتماع الخاص بأوكرانيا بمدينة جدة.");
        assert_eq!(got, (Some("Jeddah".into()), Some("SA".into())));
    }

    #[test]
    fn the_frame_resumes_after_the_topic() {
        let got = place_of(
            "عنوان\nبحث لافروف مع نظيره الصيني وانغ يي الأوضاع في غزة، وذلك على هامش اجتماعات آسيان في فينتيان.",
        );
        assert_eq!(got, (Some("Vientiane".into()), Some("LA".into())));
    }

    #[test]
    fn a_live_meeting_inside_a_kana_clause_keeps_its_place() {
        let got = place_of("عنوان\nوكان لافروف أنهى اليوم زيارة إلى البحرين حيث استقبله الملك حمد بن عيسى آل خليفة.");
        assert_eq!(got, (None, Some("BH".into())));
    }

    #[test]
    fn amman_or_oman_by_the_words_and_the_people() {
        let amman = place_of("عنوان\nالتقى وزير الخارجية الأردني أيمن الصفدي نظيره التركي هاكان فيدان في عمان.");
        assert_eq!(amman, (Some("Amman".into()), Some("JO".into())));
        let oman = place_of("عنوان\nالتقى وزير الخارجية العماني بدر البوسعيدي نظيره الإيراني عباس عراقجي في عمان.");
        assert_eq!(oman, (None, Some("OM".into())));
        let capital = place_of("عنوان\nالتقى لافروف نظيره الصيني وانغ يي في العاصمة عمان.");
        assert_eq!(capital, (Some("Amman".into()), Some("JO".into())));
    }
}
