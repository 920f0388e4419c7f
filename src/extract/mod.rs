//! Article text to meeting records.
//!
//! A file is cut into articles ([`segment`]); each article's words are
//! matched against the knowledge base in one pass; the meeting it reports
//! (if any) is assembled from the paragraphs that report it: who met (people
//! near a meeting word such as "محادثات" or "اجتماعه مع"), where, on what
//! occasion, when ([`dates`]), what was said ([`quotes`]), about what, and
//! according to whom. Every field keeps the byte ranges that support it.
//!
//! A card is a meeting the article reports as held or announces. Meetings it
//! only recalls ("آخر لقاء", "المحادثات السابقة") and handshakes without
//! talks are not cards; recalled ones are listed in `mentions`.

pub mod dates;
pub mod quotes;
pub mod segment;

use std::collections::BTreeMap;

use jiff::civil::Date;

use crate::kb::{Doc, Entity, Event, Hit, Kb};
use crate::model::{DateBasis, Meeting, Participant, Span, Status};
use crate::text::{fold_words, is_one_of, normalize, stems};
use dates::{Constraint, DateExpr, Found, Relative, Rule, YearHint};
use segment::{Article, LineKind};

#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    #[error("{file}: not UTF-8 text (invalid byte at offset {offset})")]
    NotUtf8 { file: String, offset: usize },
    #[error("{file}: looks like a binary file, not an article")]
    Binary { file: String },
}

/// Decodes a file's bytes, naming the file when they are not text.
pub fn decode<'a>(file: &str, bytes: &'a [u8]) -> Result<&'a str, ExtractError> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| ExtractError::NotUtf8 { file: file.to_owned(), offset: e.valid_up_to() })?;
    if text.contains('\0') {
        return Err(ExtractError::Binary { file: file.to_owned() });
    }
    Ok(text)
}

/// Words that report a meeting, as written (folded when compared).
const MEETING_WORDS: &[&str] = &[
    "محادثات",
    "مباحثات",
    "اجتماع",
    "اجتماعه",
    "اجتماعها",
    "اجتماعهما",
    "اجتماعا",
    "لقاء",
    "لقاءه",
    "لقائه",
    "لقائهما",
    "لقاءً",
    "التقى",
    "يلتقي",
    "سيلتقي",
    "التقيا",
    "يلتقيان",
    "سيلتقيان",
    "التقت",
    "بحث",
    "بحثا",
    "يبحث",
    "يبحثان",
    "سيبحث",
    "سيبحثان",
    "ناقش",
    "ناقشا",
    "يناقش",
    "يناقشان",
    "سيناقش",
    "استقبل",
    "يستقبل",
    "سيستقبل",
    "جمعهما",
    "زيارة",
    "يزور",
    "سيزور",
    "زار",
    "قمة ثنائية",
];

/// Words that mark a trip to the meeting's place.
const VISIT_WORDS: &[&str] = &["زيارة", "يزور", "سيزور", "زار", "توجه", "وصل", "يصل", "سيصل"];

/// Before a meeting word: it is recalled, not reported ("آخر لقاء", "وكان قد التقى").
const RECALL_BEFORE: &[&str] = &["آخر", "سبق", "سابق", "كان", "كانت", "وكان", "وكانت", "منذ"];
/// After a meeting word: "المحادثات السابقة", "لقائهما الأخير", "الشهر الماضي".
const RECALL_AFTER: &[&str] = &["السابقة", "السابق", "الأخير", "الأخيرة", "الماضي", "الماضية"];
/// Before a meeting word: no meeting happened ("دون عقد لقاء").
const NEGATIONS: &[&str] = &["دون", "بدون", "لم", "لن", "لا", "عدم", "غير"];
/// Words that put an event in the future.
const FUTURE_WORDS: &[&str] = &[
    "سيلتقي",
    "سيلتقيان",
    "سيجري",
    "سيجريان",
    "سيعقد",
    "ستعقد",
    "سيبحث",
    "سيبحثان",
    "سيناقش",
    "سيزور",
    "سيقوم",
    "سيستقبل",
    "سيشهد",
    "ستشهد",
    "سيتوجه",
    "سيصل",
    "يعتزم",
    "المقرر",
    "المنتظر",
    "المتوقع",
    "المرتقب",
    "المرتقبة",
    "المقبل",
    "المقبلة",
    "القادم",
    "القادمة",
    "غدا",
];
/// "نظيره الصيني": a counterpart named by country.
const COUNTERPART_WORDS: &[&str] = &["نظيره", "نظيرته", "نظيرها", "نظيريه", "نظيرهم"];

/// How far (in words) a participant may stand from the meeting word.
const PARTICIPANT_WINDOW: usize = 25;

/// The word lists, folded once.
struct Lexicon {
    meeting: Vec<String>,
    visit: Vec<String>,
    recall_before: Vec<String>,
    recall_after: Vec<String>,
    negations: Vec<String>,
    future: Vec<String>,
    counterpart: Vec<String>,
    margin: Vec<String>,
    place_words: Vec<String>,
    clause_breaks: Vec<String>,
    receive: Vec<String>,
    chair: Vec<String>,
    chair_stops: Vec<String>,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    LEXICON.get_or_init(|| Lexicon {
        meeting: fold_words(MEETING_WORDS),
        visit: fold_words(VISIT_WORDS),
        recall_before: fold_words(RECALL_BEFORE),
        recall_after: fold_words(RECALL_AFTER),
        negations: fold_words(NEGATIONS),
        future: fold_words(FUTURE_WORDS),
        counterpart: fold_words(COUNTERPART_WORDS),
        margin: fold_words(&["هامش"]),
        place_words: fold_words(&["في", "إلى", "العاصمة", "مدينة", "زيارة", "يزور", "سيزور", "زار", "وصل"]),
        clause_breaks: fold_words(&["أن", "إن", "إنه", "أنه", "إنها", "أنها", "بأن"]),
        receive: fold_words(&["استقبل", "يستقبل", "سيستقبل"]),
        chair: fold_words(&["رئاسة"]),
        chair_stops: fold_words(&["اعتبارا", "ستتولى", "تتولى", "ستتسلم", "المقبل", "المقبلة", "القادمة"]),
    })
}

/// A paragraph (one line of the article) and its tokens.
#[derive(Debug, Clone, Copy)]
struct Para {
    kind: LineKind,
    start: usize,
    end: usize,
    /// Token range `[first, last)` in the article's [`Doc`].
    first: usize,
    last: usize,
}

/// A meeting word in a paragraph.
#[derive(Debug, Clone, Copy)]
struct Cue {
    token: usize,
    para: usize,
    recalled: bool,
    /// "المحادثات", "اللقاء": refers back to the meeting already named.
    definite: bool,
}

/// Someone taking part: a known person, or a counterpart known only by country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Person(usize),
    CounterpartOf(usize),
}

struct Ctx<'a> {
    kb: &'a Kb,
    article: &'a Article<'a>,
    doc: Doc,
    hits: Vec<Hit>,
    paras: Vec<Para>,
    today: Date,
}

impl Ctx<'_> {
    fn token_text(&self, i: usize) -> &str {
        self.doc.tokens.get(i).map_or("", |t| t.folded.as_str())
    }

    /// Hits that lie within tokens `[first, last)`; hits are sorted by their
    /// first token, so this is a binary search, not a scan.
    fn hits_in(&self, first: usize, last: usize) -> impl Iterator<Item = &Hit> {
        let from = self.hits.partition_point(|h| h.first_token < first);
        self.hits[from..].iter().take_while(move |h| h.first_token < last).filter(move |h| h.last_token < last)
    }

    fn para_of_token(&self, t: usize) -> Option<usize> {
        let i = self.paras.partition_point(|p| p.last <= t);
        self.paras.get(i).filter(|p| p.first <= t && t < p.last).map(|_| i)
    }

    fn any_word_near(&self, from: usize, to: usize, list: &[String]) -> bool {
        (from..to).any(|i| is_one_of(self.token_text(i), list))
    }

    fn span_of(&self, first: usize, last_inclusive: usize) -> Span {
        Span { start: self.doc.tokens[first].start, end: self.doc.tokens[last_inclusive].end }
    }
}

/// Extracts the meetings of one file. `source_file` names it in the records;
/// `today` bounds how far in the future an undated year may be placed.
pub fn extract_file(source_file: &str, text: &str, kb: &Kb, today: Date) -> Vec<Meeting> {
    segment::split_articles(text)
        .iter()
        .enumerate()
        .filter_map(|(n, article)| extract_article(article, kb, today).map(|m| (n, m)))
        .map(|(n, mut m)| {
            m.id = meeting_id(source_file, n);
            m.source_file = source_file.to_owned();
            m
        })
        .collect()
}

fn paragraphs(article: &Article, doc: &Doc) -> Vec<Para> {
    let mut out = Vec::new();
    let mut t = 0;
    for line in &article.lines {
        while t < doc.tokens.len() && doc.tokens[t].start < line.start {
            t += 1;
        }
        let first = t;
        while t < doc.tokens.len() && doc.tokens[t].end <= line.end {
            t += 1;
        }
        out.push(Para { kind: line.kind, start: line.start, end: line.end, first, last: t });
    }
    out
}

fn extract_article(article: &Article, kb: &Kb, today: Date) -> Option<Meeting> {
    let doc = Doc::new(article.text);
    let hits = kb.gazetteer.find(&doc);
    let paras = paragraphs(article, &doc);
    let ctx = Ctx { kb, article, doc, hits, paras, today };

    let cues = find_cues(&ctx);
    let (primary, who, who_spans) = find_participants(&ctx, &cues)?;
    let lex = lexicon();

    // Paragraphs that report this meeting: a live meeting word with one of its
    // participants nearby.
    let named: Vec<usize> = who.iter().filter_map(|w| if let Who::Person(p) = w { Some(*p) } else { None }).collect();
    let reporting: Vec<usize> = {
        let mut v: Vec<usize> = cues
            .iter()
            .filter(|c| !c.recalled && (c.definite || has_participant_near(&ctx, c.token, c.para, &named)))
            .map(|c| c.para)
            .collect();
        v.insert(0, primary);
        let mut seen = vec![false; ctx.paras.len()];
        v.retain(|&p| !std::mem::replace(&mut seen[p], true));
        v
    };

    let mut evidence: BTreeMap<String, Vec<Span>> = BTreeMap::new();
    if let Some(span) = article.title_span {
        evidence.insert("title".into(), vec![span]);
    }
    if let Some(span) = article.lede_span {
        evidence.insert("lede".into(), vec![span]);
    }
    evidence.insert("participants".into(), who_spans);

    // Status: future wording in the paragraph that reports the meeting.
    let p = ctx.paras[primary];
    let future_at = (p.first..p.last).find(|&i| is_one_of(ctx.token_text(i), &lex.future));
    let status = if future_at.is_some() { Status::Announced } else { Status::Held };
    if let Some(i) = future_at {
        evidence.insert("status".into(), vec![ctx.span_of(i, i)]);
    }

    let place = find_place(&ctx, &reporting);
    let occasion = find_occasion(&ctx, &cues, &reporting);
    let pub_date = publication_date(&ctx);

    let constraints = date_constraints(&ctx, &cues, &reporting, primary, &named, &occasion, &place, pub_date, status);
    let earliest = Date::constant(2000, 1, 1);
    let latest = match status {
        Status::Held => ctx.today,
        Status::Announced => dates::add_days(ctx.today, 400),
    };
    let reference = match (pub_date, status) {
        (Some((d, _)), _) => d,
        (None, Status::Announced) => constraints
            .iter()
            .filter_map(|c| if let Rule::NotBefore(d) = c.rule { Some(d) } else { None })
            .max()
            .unwrap_or(ctx.today),
        (None, Status::Held) => ctx.today,
    };
    let resolved = dates::resolve(constraints, reference, earliest, latest);

    // The event the meeting was on the sidelines of, now that the date is known.
    let event: Option<&Event> = occasion.as_ref().and_then(|o| {
        let candidates = events_for(&ctx, o, &place);
        match &resolved {
            Some(r) => candidates.into_iter().find(|e| dates::add_days(e.start, -3) <= r.end && r.start <= e.end),
            None => None,
        }
    });

    let mut m = Meeting { status, ..Default::default() };
    let on = resolved.as_ref().map_or(today, |r| r.start);
    m.participants = who.iter().filter_map(|w| participant(&ctx, *w, on)).collect();
    dedup_participants(&mut m.participants);
    if m.participants.len() < 2 {
        return None;
    }

    if let Some(r) = &resolved {
        m.date_start = Some(r.start.to_string());
        m.date_end = Some(r.end.to_string());
        m.date_basis = Some(if r.stated { DateBasis::Stated } else { DateBasis::Inferred });
        m.date_reason = r.reason.clone();
        let mut spans = r.spans.clone();
        spans.sort();
        spans.dedup();
        evidence.insert("date".into(), spans);
    } else {
        m.date_reason = "the article gives no date, weekday or dated occasion that pins the meeting down".into();
    }

    // Place: as written, or the calendar's city for the occasion.
    let mut city = place.city;
    let mut country = place.country;
    if city.is_none()
        && let Some(e) = event
        && !e.city.is_empty()
        && country.is_none_or(|c| kb.countries[c].code == e.country)
    {
        city = kb.cities.iter().position(|c| c.id == e.city);
    }
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
    if !place.spans.is_empty() {
        evidence.insert("place".into(), place.spans.clone());
    }

    // Occasion: the multilateral meeting, or the visit.
    if let Some(o) = &occasion {
        let org = &kb.orgs[o.org];
        m.occasion_org = Some(org.id.clone());
        m.occasion = Some(match event {
            Some(e) => format!("On the sidelines of the {}", e.name),
            None => format!("On the sidelines of {} meetings", org.name),
        });
        m.occasion_ar = Some(ctx.article.text[o.span.start..o.span.end].to_owned());
        evidence.insert("occasion".into(), vec![o.span]);
    } else if let Some((visitor, span)) = find_visitor(&ctx, &reporting, &m) {
        let host = m.country.as_deref().and_then(|c| kb.country(c));
        if let Some(host) = host {
            let range = resolved.as_ref().and_then(|r| visit_range_label(&ctx, &reporting, r.start));
            m.occasion = Some(format!("{}'s visit to {}{}", visitor.name, host.name, range.unwrap_or_default()));
            m.occasion_ar = Some(format!("زيارة {} إلى {}", visitor.name_ar, host.name_ar));
            evidence.insert("occasion".into(), vec![span]);
        }
    }

    let (quotes, quote_spans) = quotes::find(&ctx_for_quotes(&ctx), &m.participants);
    m.quotes = quotes;
    if !quote_spans.is_empty() {
        evidence.insert("quotes".into(), quote_spans);
    }

    let (topics, topic_spans) = topics(&ctx);
    m.topics = topics;
    if !topic_spans.is_empty() {
        evidence.insert("topics".into(), topic_spans);
    }
    let (agencies, agency_spans, publisher) = agencies(&ctx);
    m.agencies = agencies;
    m.publisher = publisher;
    if !agency_spans.is_empty() {
        evidence.insert("agencies".into(), agency_spans);
    }

    m.mentions = recalled_meetings(&ctx, &cues);
    m.title = article.title.clone();
    m.lede = article.lede.clone();
    m.article_text = article.text.to_owned();
    m.evidence = evidence;
    Some(m)
}

fn find_cues(ctx: &Ctx) -> Vec<Cue> {
    let lex = lexicon();
    let mut out = Vec::new();
    for (pi, p) in ctx.paras.iter().enumerate() {
        if !matches!(p.kind, LineKind::Body | LineKind::Headline) {
            continue;
        }
        for t in p.first..p.last {
            let word = ctx.token_text(t);
            if !is_one_of(word, &lex.meeting) {
                continue;
            }
            let before = t.saturating_sub(6).max(p.first);
            if ctx.any_word_near(t.saturating_sub(3).max(p.first), t, &lex.negations) {
                continue;
            }
            // "على هامش اجتماع ...": the multilateral meeting, not the talks.
            if ctx.any_word_near(t.saturating_sub(2).max(p.first), t, &lex.margin) {
                continue;
            }
            let recalled = ctx.any_word_near(before, t, &lex.recall_before)
                || ctx.any_word_near(t + 1, (t + 3).min(p.last), &lex.recall_after);
            let definite = word.starts_with("ال") || word.starts_with("وال");
            out.push(Cue { token: t, para: pi, recalled, definite });
        }
    }
    out
}

/// Who stands near a meeting word: named people, and counterparts named by
/// country ("نظيره التركي").
fn people_near(ctx: &Ctx, token: usize, para: usize) -> Vec<(Who, Span, usize)> {
    let p = ctx.paras[para];
    let lex = lexicon();
    // The window stops at "أن"/"إن": what follows is what was said, not who met.
    let mut from = token.saturating_sub(PARTICIPANT_WINDOW).max(p.first);
    if let Some(b) = (from..token).rev().find(|&t| is_one_of(ctx.token_text(t), &lex.clause_breaks)) {
        from = b + 1;
    }
    let mut to = (token + PARTICIPANT_WINDOW + 1).min(p.last);
    if let Some(b) = (token + 1..to).find(|&t| is_one_of(ctx.token_text(t), &lex.clause_breaks)) {
        to = b;
    }
    let mut out = Vec::new();
    for h in ctx.hits_in(from, to) {
        if let Entity::Person(i) = h.entity {
            out.push((Who::Person(i), Span { start: h.start, end: h.end }, h.first_token));
        }
    }
    for t in from..to {
        if is_one_of(ctx.token_text(t), &lex.counterpart)
            && let Some(h) = ctx.hits_in(t + 1, t + 3).find(|h| {
                h.first_token > t && h.first_token <= t + 2 && matches!(h.entity, Entity::CountryAdjective(_))
            })
            && let Entity::CountryAdjective(c) = h.entity
        {
            out.push((Who::CounterpartOf(c), ctx.span_of(t, h.last_token), t));
        }
    }
    out.sort_by_key(|(_, _, t)| *t);
    out
}

fn has_participant_near(ctx: &Ctx, token: usize, para: usize, named: &[usize]) -> bool {
    people_near(ctx, token, para).iter().any(|(w, _, _)| matches!(w, Who::Person(p) if named.contains(p)))
}

/// The first paragraph where a live meeting word has two or more people near
/// it: that paragraph, the people in order of mention, and their spans.
fn find_participants(ctx: &Ctx, cues: &[Cue]) -> Option<(usize, Vec<Who>, Vec<Span>)> {
    // Body paragraphs first, in order; the headline only as a last resort.
    let mut ordered: Vec<&Cue> = cues.iter().filter(|c| ctx.paras[c.para].kind == LineKind::Body).collect();
    ordered.extend(cues.iter().filter(|c| ctx.paras[c.para].kind == LineKind::Headline));
    for cue in ordered {
        if cue.recalled {
            continue;
        }
        let near = people_near(ctx, cue.token, cue.para);
        let mut who: Vec<Who> = Vec::new();
        let mut spans = Vec::new();
        for (w, span, _) in near {
            if !who.contains(&w) {
                who.push(w);
            }
            spans.push(span);
        }
        // A counterpart named by country is only needed when nobody of that
        // country is named.
        let named_countries: Vec<String> = who
            .iter()
            .filter_map(|w| if let Who::Person(p) = w { Some(ctx.kb.people[*p].country.clone()) } else { None })
            .collect();
        who.retain(|w| match w {
            Who::CounterpartOf(c) => !named_countries.contains(&ctx.kb.countries[*c].code),
            Who::Person(_) => true,
        });
        if who.len() >= 2 {
            return Some((cue.para, who, spans));
        }
    }
    None
}

fn participant(ctx: &Ctx, who: Who, on: Date) -> Option<Participant> {
    let kb = ctx.kb;
    let person = match who {
        Who::Person(p) => &kb.people[p],
        Who::CounterpartOf(c) => {
            let code = &kb.countries[c].code;
            kb.people
                .iter()
                .find(|p| p.country == *code && p.offices_during(on, on).any(|o| o.role == "foreign_minister"))?
        }
    };
    let office = person.offices_during(on, on).next().or(person.office.last());
    Some(Participant {
        name: person.name.clone(),
        name_ar: person.name_ar.clone(),
        role: office.map(|o| o.title.clone()).unwrap_or_default(),
        role_ar: office.map(|o| o.title_ar.clone()).unwrap_or_default(),
        country: person.country.clone(),
    })
}

fn dedup_participants(list: &mut Vec<Participant>) {
    let mut seen: Vec<String> = Vec::new();
    list.retain(|p| {
        if seen.contains(&p.name) {
            false
        } else {
            seen.push(p.name.clone());
            true
        }
    });
}

#[derive(Debug, Clone, Default)]
struct Place {
    city: Option<usize>,
    country: Option<usize>,
    spans: Vec<Span>,
}

/// Where the meeting was: a city (or else a country) introduced by "في" or
/// "إلى" in the paragraphs that report it, outside recalled clauses.
fn find_place(ctx: &Ctx, reporting: &[usize]) -> Place {
    let lex = lexicon();
    let mut country_only: Option<Place> = None;
    for &pi in reporting {
        let p = ctx.paras[pi];
        for h in ctx.hits_in(p.first, p.last) {
            let introduced = (h.first_token.saturating_sub(3).max(p.first)..h.first_token)
                .any(|t| is_one_of(ctx.token_text(t), &lex.place_words));
            if !introduced {
                continue;
            }
            // Skip places inside a recalled clause ("آخر لقاء ... في جوهانسبرج").
            if ctx.any_word_near(h.first_token.saturating_sub(8).max(p.first), h.first_token, &lex.recall_before) {
                continue;
            }
            let span = Span { start: h.start, end: h.end };
            match h.entity {
                Entity::City(c) => {
                    return Place { city: Some(c), country: None, spans: vec![span] };
                }
                Entity::Country(c) if country_only.is_none() => {
                    country_only = Some(Place { city: None, country: Some(c), spans: vec![span] });
                }
                _ => {}
            }
        }
    }
    let dateline = dateline_city(ctx);
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
        Some((c, span)) => Place { city: Some(c), country: None, spans: vec![span] },
        None => Place::default(),
    }
}

#[derive(Debug, Clone)]
struct Occasion {
    org: usize,
    /// "foreign_ministers", "summit", or empty when the text does not say.
    kind: &'static str,
    span: Span,
}

/// "على هامش اجتماع مجلس وزراء خارجية منظمة شنغهاي للتعاون": the
/// organisation, the kind of meeting, and the words as written.
fn find_occasion(ctx: &Ctx, cues: &[Cue], reporting: &[usize]) -> Option<Occasion> {
    let lex = lexicon();
    let ministers = normalize("وزراء");
    let summit = normalize("قمة");
    // The paragraphs that report the meeting first, then the rest of the body.
    let body = (0..ctx.paras.len()).filter(|&i| ctx.paras[i].kind == LineKind::Body && !reporting.contains(&i));
    for pi in reporting.iter().copied().chain(body) {
        let p = ctx.paras[pi];
        for t in p.first..p.last {
            if !is_one_of(ctx.token_text(t), &lex.margin) {
                continue;
            }
            // "آخر لقاء ... على هامش", "التقاه ... الشهر الماضي على هامش": the
            // margin of an earlier meeting.
            let window = t.saturating_sub(10).max(p.first);
            let recalled_cue =
                cues.iter().filter(|c| c.para == pi && c.token < t).max_by_key(|c| c.token).is_some_and(|c| c.recalled);
            if recalled_cue
                || ctx.any_word_near(window, t, &lex.recall_before)
                || ctx.any_word_near(window, t, &lex.recall_after)
            {
                continue;
            }
            let Some(org_hit) =
                ctx.hits_in(t + 1, (t + 14).min(p.last)).find(|h| matches!(h.entity, Entity::Org(_))).copied()
            else {
                continue;
            };
            let Entity::Org(org) = org_hit.entity else {
                continue;
            };
            let between = |w: &str| (t + 1..org_hit.first_token).any(|i| stems(ctx.token_text(i)).contains(&w));
            let kind = if between(&ministers) {
                "foreign_ministers"
            } else if between(&summit) {
                "summit"
            } else {
                ""
            };
            // "على" before "هامش" belongs to the phrase.
            let first = if t > p.first && stems(ctx.token_text(t - 1)).contains(&"علي") { t - 1 } else { t };
            let mut span = ctx.span_of(first, org_hit.last_token);
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
            return Some(Occasion { org, kind, span });
        }
    }
    None
}

/// Calendar events that fit the occasion and the place.
fn events_for<'k>(ctx: &Ctx<'k>, o: &Occasion, place: &Place) -> Vec<&'k Event> {
    let kb = ctx.kb;
    let org = &kb.orgs[o.org].id;
    let city = place.city.map(|c| kb.cities[c].id.as_str());
    let country = place
        .country
        .map(|c| kb.countries[c].code.as_str())
        .or_else(|| place.city.map(|c| kb.cities[c].country.as_str()));
    kb.events
        .iter()
        .filter(|e| &e.org == org)
        .filter(|e| o.kind.is_empty() || e.kind == o.kind)
        .filter(|e| match (city, country) {
            (None, None) => true,
            _ => !e.city.is_empty() && (city == Some(e.city.as_str()) || country == Some(e.country.as_str())),
        })
        .collect()
}

/// Token ranges that carry the article's own place and date: publication
/// lines, datelines, and a dateline opening the lede ("بكين 27 ديسمبر 2024
/// (شينخوا) أجرى ...").
fn dateline_ranges(ctx: &Ctx) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = ctx
        .paras
        .iter()
        .filter(|p| matches!(p.kind, LineKind::Publication | LineKind::Dateline))
        .map(|p| (p.first, p.last))
        .collect();
    if let Some(lede) = ctx.paras.iter().find(|p| p.kind == LineKind::Body) {
        let head = &ctx.article.text[lede.start..lede.end];
        let close = head.char_indices().take(60).find(|&(_, c)| c == ')').map(|(i, _)| i);
        if let Some(close) = close
            && head[..close].contains('(')
        {
            let end = lede.start + close;
            let last = (lede.first..lede.last).find(|&t| ctx.doc.tokens[t].start > end).unwrap_or(lede.last);
            out.push((lede.first, last));
        }
    }
    out
}

/// The article's own date: a publication line or a dateline with a full date.
fn publication_date(ctx: &Ctx) -> Option<(Date, Span)> {
    for (first, last) in dateline_ranges(ctx) {
        for f in dates::find(&ctx.doc.tokens[first..last]) {
            if let Some(d) = dates::exact_date(&f.expr) {
                return Some((d, f.span));
            }
        }
    }
    None
}

/// The city a dateline names, if any.
fn dateline_city(ctx: &Ctx) -> Option<(usize, Span)> {
    dateline_ranges(ctx).into_iter().find_map(|(first, last)| {
        ctx.hits_in(first, last).find_map(|h| match h.entity {
            Entity::City(c) => Some((c, Span { start: h.start, end: h.end })),
            _ => None,
        })
    })
}

/// Date expressions of a paragraph, with token indices in the article.
fn dates_in(ctx: &Ctx, pi: usize) -> Vec<Found> {
    let p = ctx.paras[pi];
    dates::find(&ctx.doc.tokens[p.first..p.last])
        .into_iter()
        .map(|mut f| {
            f.token += p.first;
            f
        })
        .collect()
}

fn quoted(ctx: &Ctx, span: Span) -> String {
    format!("“{}”", &ctx.article.text[span.start..span.end])
}

#[allow(clippy::too_many_arguments)]
fn date_constraints(
    ctx: &Ctx,
    cues: &[Cue],
    reporting: &[usize],
    primary: usize,
    named: &[usize],
    occasion: &Option<Occasion>,
    place: &Place,
    pub_date: Option<(Date, Span)>,
    status: Status,
) -> Vec<Constraint> {
    let kb = ctx.kb;
    let lex = lexicon();
    let mut out: Vec<Constraint> = Vec::new();
    let mut day_level = false;

    // A date expression belongs to the meeting when the nearest meeting word
    // in its paragraph is live (not recalled) and the paragraph reports it.
    let mut is_reporting = vec![false; ctx.paras.len()];
    for &pi in reporting {
        is_reporting[pi] = true;
    }
    let belongs_to_meeting = |f: &Found, pi: usize| -> bool {
        if !is_reporting[pi] {
            return false;
        }
        // Cues are in token order: the nearest is one of the two around f.
        let at = cues.partition_point(|c| c.token < f.token);
        let nearest = [at.checked_sub(1), Some(at)]
            .into_iter()
            .flatten()
            .filter_map(|i| cues.get(i))
            .filter(|c| c.para == pi)
            .min_by_key(|c| c.token.abs_diff(f.token));
        nearest.is_none_or(|c| !c.recalled)
            && !ctx.any_word_near(f.token.saturating_sub(8).max(ctx.paras[pi].first), f.token, &lex.recall_before)
    };

    // 1. The meeting's weekday, or "اليوم"/"أمس"/"غدا": one written right
    // before a date ("الجمعة 18 نيسان") first, else the one nearest the meeting
    // word of the paragraph that reports it, else the lede's.
    let lede = ctx.paras.iter().position(|p| p.kind == LineKind::Body);
    let primary_cue =
        cues.iter().find(|c| c.para == primary && !c.recalled).map_or(ctx.paras[primary].first, |c| c.token);
    let day_words = |f: &Found| matches!(f.expr, DateExpr::Weekday { .. } | DateExpr::RelativeDay(_));
    let beside_date = reporting.iter().find_map(|&pi| {
        let found = dates_in(ctx, pi);
        found.windows(2).find_map(|w| {
            (matches!(w[0].expr, DateExpr::Weekday { .. })
                && matches!(w[1].expr, DateExpr::Days { .. })
                && w[1].token <= w[0].token + 2)
                .then_some(w[0])
        })
    });
    let nearest_in_primary =
        dates_in(ctx, primary).into_iter().filter(day_words).min_by_key(|f| f.token.abs_diff(primary_cue));
    let in_lede = lede.filter(|&l| l != primary).and_then(|l| dates_in(ctx, l).into_iter().find(day_words));
    let weekday = beside_date.or(nearest_in_primary).or(in_lede);
    let (weekday_rule, relative) = match weekday.map(|f| f.expr) {
        Some(DateExpr::Weekday { day, relative }) => (Some(day), relative),
        Some(DateExpr::RelativeDay(r)) => (None, Some(r)),
        _ => (None, None),
    };
    if let Some(f) = weekday {
        day_level = true;
        let words = quoted(ctx, f.span);
        if let Some(day) = weekday_rule {
            out.push(Constraint::inferred(
                Rule::Weekday(day),
                format!("a {} ({words})", dates::weekday_name(day)),
                vec![f.span],
                false,
                8,
            ));
        }
        if let (Some(rel), Some((pd, pspan))) = (relative, pub_date) {
            let on = dates::add_days(pd, rel.offset_days());
            let rel_word = match rel {
                Relative::Today => "the day",
                Relative::Yesterday => "the day before",
                Relative::DayBeforeYesterday => "two days before",
                Relative::Tomorrow => "the day after",
            };
            out.push(Constraint {
                rule: Rule::On(on),
                reason: format!("{rel_word} the article was published ({})", quoted(ctx, pspan)),
                spans: vec![f.span, pspan],
                stated: true,
                anchors: true,
                priority: 9,
            });
        }
    }

    // 2. Dates written in the paragraphs that report the meeting.
    let mut bound_exprs: Vec<(Found, usize)> = Vec::new();
    for (pi, p) in ctx.paras.iter().enumerate() {
        if !matches!(p.kind, LineKind::Body) {
            continue;
        }
        for f in dates_in(ctx, pi) {
            if !belongs_to_meeting(&f, pi) {
                bound_exprs.push((f, pi));
                continue;
            }
            let words = quoted(ctx, f.span);
            match f.expr {
                DateExpr::Days { first, last, month, year } => {
                    day_level = true;
                    let year_known = match year {
                        YearHint::Year(y) => Some(y),
                        YearHint::Current => pub_date.map(|(d, _)| d.year()),
                        YearHint::None => None,
                    };
                    let rule = match (year, first == last) {
                        (YearHint::Year(y), true) => match Date::new(y, month, first) {
                            Ok(d) => {
                                out.push(Constraint {
                                    rule: Rule::On(d),
                                    reason: format!("{d} as the article says ({words})"),
                                    spans: vec![f.span],
                                    stated: true,
                                    anchors: true,
                                    priority: 10,
                                });
                                continue;
                            }
                            Err(_) => continue,
                        },
                        _ => Rule::MonthDays { month, first, last, year: year_known },
                    };
                    let days = if first == last { format!("{first}") } else { format!("{first}–{last}") };
                    out.push(Constraint {
                        rule,
                        reason: format!("{days} {} as the article says ({words})", dates::month_name(month)),
                        spans: vec![f.span],
                        stated: year_known.is_some(),
                        anchors: true,
                        priority: 7,
                    });
                }
                DateExpr::MonthYear { month, year } => {
                    let (Ok(a), Ok(b)) =
                        (Date::new(year, month, 1), Date::new(year, month, 1).map(|d| d.last_of_month()))
                    else {
                        continue;
                    };
                    out.push(Constraint::inferred(
                        Rule::Within(vec![(a, b)]),
                        format!("in {} {year} ({words})", dates::month_name(month)),
                        vec![f.span],
                        true,
                        6,
                    ));
                }
                _ => bound_exprs.push((f, pi)),
            }
        }
    }

    // 3. The occasion's dates from the calendar.
    if let Some(o) = occasion {
        let events = events_for(ctx, o, place);
        if !events.is_empty() {
            let slack = if day_level { 3 } else { 0 };
            let windows: Vec<(Date, Date)> = events.iter().map(|e| (dates::add_days(e.start, -slack), e.end)).collect();
            let listed: Vec<String> = events
                .iter()
                .map(|e| {
                    let city = kb.city(&e.city).map_or(e.country.clone(), |c| c.name.clone());
                    format!("{city} {}–{}", e.start, e.end)
                })
                .collect();
            let name = &events[0].name;
            let around = if slack > 0 { "during or just before" } else { "during" };
            out.push(Constraint::inferred(
                Rule::Within(windows),
                format!("{around} the {name} ({}; knowledge-base calendar)", listed.join(", ")),
                vec![o.span],
                true,
                6,
            ));
        }
    }

    // 4. Other dates in the article bound the meeting: earlier events from
    // below, announced ones from above; "العام الجاري 2022" fixes the year.
    let mut lower_day: Option<Date> = None;
    let mut later: Vec<(Found, usize)> = Vec::new();
    for (f, pi) in bound_exprs {
        let p = ctx.paras[pi];
        let future = ctx.any_word_near(f.token.saturating_sub(10).max(p.first), f.token, &lex.future);
        let words = quoted(ctx, f.span);
        let (rule, reason, is_day) = match f.expr {
            DateExpr::CurrentYear(y) => {
                (Rule::InYear(y), format!("in {y}, the article's current year ({words})"), false)
            }
            DateExpr::Days { first, month, year: YearHint::Year(y), .. } => {
                let Ok(d) = Date::new(y, month, first) else {
                    continue;
                };
                if future {
                    (Rule::NotAfter(d), format!("before {d}, an event the article announces ({words})"), false)
                } else {
                    (Rule::NotBefore(d), format!("after {d}, which the article recalls ({words})"), true)
                }
            }
            DateExpr::MonthYear { month, year } => {
                let (Ok(a), Ok(b)) = (Date::new(year, month, 1), Date::new(year, month, 1).map(|d| d.last_of_month()))
                else {
                    continue;
                };
                if future {
                    (
                        Rule::NotAfter(b),
                        format!(
                            "before the end of {} {year}, announced in the article ({words})",
                            dates::month_name(month)
                        ),
                        false,
                    )
                } else {
                    (
                        Rule::NotBefore(a),
                        format!("after {} {year}, which the article recalls ({words})", dates::month_name(month)),
                        false,
                    )
                }
            }
            DateExpr::Year(y) if !future => {
                let Ok(a) = Date::new(y, 1, 1) else { continue };
                (Rule::NotBefore(a), format!("after {y}, which the article recalls ({words})"), false)
            }
            DateExpr::Days { year: YearHint::None, .. } if !future => {
                later.push((f, pi));
                continue;
            }
            _ => continue,
        };
        if let (Rule::NotBefore(d), true) = (&rule, is_day) {
            lower_day = Some(lower_day.map_or(*d, |x: Date| x.max(*d)));
        }
        out.push(Constraint { rule, reason, spans: vec![f.span], stated: false, anchors: is_day, priority: 4 });
    }
    // A recalled day without a year ("العشرين من فبراير ... آخر لقاء"): the
    // first such day after the dated facts already known.
    let facts = fact_bounds(ctx);
    let fact_floor = facts.iter().filter_map(|c| if let Rule::NotBefore(d) = c.rule { Some(d) } else { None }).max();
    for (f, _) in later {
        let floor = lower_day.or(fact_floor);
        if let (DateExpr::Days { first, month, .. }, Some(floor)) = (f.expr, floor)
            && let Some(d) =
                (floor.year()..=floor.year() + 1).filter_map(|y| Date::new(y, month, first).ok()).find(|d| *d >= floor)
        {
            lower_day = Some(lower_day.map_or(d, |x| x.max(d)));
            out.push(Constraint::inferred(
                Rule::NotBefore(d),
                format!(
                    "after {d}, which the article recalls ({}), the first such day after {floor}",
                    quoted(ctx, f.span)
                ),
                vec![f.span],
                true,
                4,
            ));
        }
    }

    // 5. Dated facts the article mentions, chairmanships, terms of office.
    out.extend(facts);
    out.extend(chair_bounds(ctx));
    for &p in named {
        let person = &kb.people[p];
        if person.office.is_empty() {
            continue;
        }
        let windows: Vec<(Date, Date)> =
            person.office.iter().map(|o| (o.from, o.to.unwrap_or(Date::constant(2100, 12, 31)))).collect();
        let since = person.office.iter().map(|o| o.from).min().unwrap_or(Date::constant(2000, 1, 1));
        out.push(Constraint::inferred(
            Rule::Within(windows),
            format!("while {} was in office (from {since}; knowledge base)", person.name),
            vec![],
            false,
            2,
        ));
    }

    // 6. Without "اليوم", a publication date still places the meeting near it.
    if let Some((pd, pspan)) = pub_date
        && !out.iter().any(|c| matches!(c.rule, Rule::On(_)))
    {
        let (window, reason) = match status {
            Status::Held => {
                ((dates::add_days(pd, -10), pd), format!("shortly before publication on {pd} ({})", quoted(ctx, pspan)))
            }
            Status::Announced => {
                ((pd, dates::add_days(pd, 90)), format!("after publication on {pd} ({})", quoted(ctx, pspan)))
            }
        };
        out.push(Constraint {
            rule: Rule::Within(vec![window]),
            reason,
            spans: vec![pspan],
            stated: false,
            anchors: true,
            priority: 5,
        });
    }
    out
}

fn fact_bounds(ctx: &Ctx) -> Vec<Constraint> {
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
        let words = quoted(ctx, span);
        if let Some(d) = fact.not_before {
            out.push(Constraint::inferred(
                Rule::NotBefore(d),
                format!("after {d}: the article mentions {} ({words})", fact.name),
                vec![span],
                false,
                3,
            ));
        }
        if let Some(d) = fact.not_after {
            out.push(Constraint::inferred(
                Rule::NotAfter(d),
                format!("before {d}: the article mentions {} ({words})", fact.name),
                vec![span],
                false,
                3,
            ));
        }
    }
    out
}

/// "رئاسة روسيا لمجموعة بريكس": the years that country chaired that group.
fn chair_bounds(ctx: &Ctx) -> Vec<Constraint> {
    let lex = lexicon();
    let mut out = Vec::new();
    for t in 0..ctx.doc.tokens.len() {
        if !is_one_of(ctx.token_text(t), &lex.chair) {
            continue;
        }
        let country = ctx.hits_in(t + 1, t + 4).find(|h| {
            h.first_token > t
                && h.first_token <= t + 3
                && matches!(h.entity, Entity::Country(_) | Entity::CountryAdjective(_))
        });
        let Some(country_hit) = country else { continue };
        let org = ctx.hits_in(country_hit.last_token + 1, country_hit.last_token + 4).find(|h| {
            h.first_token > country_hit.last_token
                && h.first_token <= country_hit.last_token + 3
                && matches!(h.entity, Entity::Org(_))
        });
        let Some(org_hit) = org else { continue };
        // "ورئاسة الصين ... اعتبارا من النصف الثاني": a chairmanship still to come.
        if ctx.any_word_near(
            org_hit.last_token + 1,
            (org_hit.last_token + 6).min(ctx.doc.tokens.len()),
            &lex.chair_stops,
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
            .map(|ch| (ch.from, ch.to.unwrap_or(Date::constant(2100, 12, 31))))
            .collect();
        if windows.is_empty() {
            continue;
        }
        let span = ctx.span_of(t, org_hit.last_token);
        let periods: Vec<String> = windows.iter().map(|(a, b)| format!("{}–{}", a.year(), b.year())).collect();
        out.push(Constraint::inferred(
            Rule::Within(windows),
            format!(
                "while {} chaired {org} ({}; knowledge base) as the article says ({})",
                ctx.kb.countries[c].name,
                periods.join(", "),
                quoted(ctx, span)
            ),
            vec![span],
            false,
            3,
        ));
    }
    out
}

/// The participant who travelled: the one whose country is not the host's,
/// named near a visit word.
fn find_visitor<'k>(ctx: &Ctx<'k>, reporting: &[usize], m: &Meeting) -> Option<(&'k crate::kb::Person, Span)> {
    let host = m.country.as_deref()?;
    let lex = lexicon();
    for &pi in reporting {
        let p = ctx.paras[pi];
        for t in p.first..p.last {
            if !is_one_of(ctx.token_text(t), &lex.visit) && !is_one_of(ctx.token_text(t), &lex.receive) {
                continue;
            }
            for (who, _, _) in people_near(ctx, t, pi) {
                if let Who::Person(i) = who {
                    let person = &ctx.kb.people[i];
                    if person.country != host && m.participants.iter().any(|x| x.name == person.name) {
                        return Some((person, ctx.span_of(t, t)));
                    }
                }
            }
        }
    }
    // No visit word: a guest is whoever is not from the host country.
    let guest = m.participants.iter().find(|p| p.country != host)?;
    let person = ctx.kb.people.iter().find(|p| p.name == guest.name)?;
    let span = ctx.paras.get(reporting.first().copied()?).map(|p| Span { start: p.start, end: p.start })?;
    Some((person, span))
}

/// ", 8–9 April 2024" when a visit range was written in a reporting paragraph.
fn visit_range_label(ctx: &Ctx, reporting: &[usize], on: Date) -> Option<String> {
    for &pi in reporting {
        for f in dates_in(ctx, pi) {
            if let DateExpr::Days { first, last, month, .. } = f.expr
                && first != last
            {
                return Some(format!(", {first}–{last} {} {}", dates::month_name(month), on.year()));
            }
        }
    }
    None
}

/// What the quote finder needs: the body paragraphs and the article's people.
fn ctx_for_quotes<'c>(ctx: &'c Ctx<'c>) -> quotes::Input<'c> {
    quotes::Input {
        text: ctx.article.text,
        tokens: &ctx.doc.tokens,
        hits: &ctx.hits,
        kb: ctx.kb,
        paragraphs: ctx
            .paras
            .iter()
            .filter(|p| p.kind == LineKind::Body)
            .map(|p| (p.start, p.end, p.first, p.last))
            .collect(),
    }
}

/// Topic ids by how often their words occur in the headline and body.
fn topics(ctx: &Ctx) -> (Vec<String>, Vec<Span>) {
    let mut counts: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
    let mut spans = Vec::new();
    for h in &ctx.hits {
        let Entity::Topic(i) = h.entity else { continue };
        let in_text = ctx
            .para_of_token(h.first_token)
            .is_some_and(|p| matches!(ctx.paras[p].kind, LineKind::Body | LineKind::Headline));
        if !in_text {
            continue;
        }
        let e = counts.entry(i).or_insert((0, h.first_token));
        e.0 += 1;
        spans.push(Span { start: h.start, end: h.end });
    }
    let mut ranked: Vec<(usize, (usize, usize))> = counts.into_iter().collect();
    ranked.sort_by_key(|(_, (n, first))| (std::cmp::Reverse(*n), *first));
    let mut ids: Vec<String> = Vec::new();
    for (i, _) in ranked {
        let id = &ctx.kb.topics[i].id;
        if !ids.contains(id) {
            ids.push(id.clone());
        }
    }
    (ids, spans)
}

/// News agencies and broadcasters the article cites (in its text, dateline or
/// logo line), and the newspaper that published it, if named.
fn agencies(ctx: &Ctx) -> (Vec<String>, Vec<Span>, Option<String>) {
    let mut names: Vec<String> = Vec::new();
    let mut spans = Vec::new();
    let mut publisher = None;
    for h in &ctx.hits {
        let Entity::Agency(i) = h.entity else {
            continue;
        };
        let Some(p) = ctx.para_of_token(h.first_token) else {
            continue;
        };
        let kind = ctx.paras[p].kind;
        let agency = &ctx.kb.agencies[i];
        let cited = matches!(kind, LineKind::Body | LineKind::Dateline | LineKind::Furniture("site logo"));
        if agency.kind == "newspaper" {
            if matches!(kind, LineKind::SourceLine | LineKind::Dateline | LineKind::Body) && publisher.is_none() {
                publisher = Some(agency.name.clone());
            }
            continue;
        }
        if cited {
            if !names.contains(&agency.name) {
                names.push(agency.name.clone());
            }
            spans.push(Span { start: h.start, end: h.end });
        }
    }
    (names, spans, publisher)
}

/// Earlier meetings the article recalls, as short quotations.
fn recalled_meetings(ctx: &Ctx, cues: &[Cue]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // A handful is enough to show; the cap keeps odd inputs linear.
    for c in cues.iter().filter(|c| c.recalled).take(8) {
        let p = ctx.paras[c.para];
        if p.kind != LineKind::Body {
            continue;
        }
        let from = c.token.saturating_sub(3).max(p.first);
        let to = (c.token + 10).min(p.last.saturating_sub(1));
        if from > to {
            continue;
        }
        let span = ctx.span_of(from, to);
        let snippet = ctx.article.text[span.start..span.end].to_owned();
        if !out.iter().any(|s| s.contains(&snippet) || snippet.contains(s.as_str())) {
            out.push(snippet);
        }
    }
    out
}

/// Names in both languages for the countries, organisations and topics the
/// meetings use, so the page can show either language without the knowledge base.
pub fn labels_for(meetings: &[Meeting], kb: &Kb) -> crate::model::Labels {
    use crate::model::Label;
    let mut labels = crate::model::Labels::default();
    for m in meetings {
        if let Some(c) = m.country.as_deref().and_then(|c| kb.country(c)) {
            labels.countries.insert(c.code.clone(), Label { en: c.name.clone(), ar: c.name_ar.clone() });
        }
        if let Some(o) = m.occasion_org.as_deref().and_then(|o| kb.org(o)) {
            labels.orgs.insert(o.id.clone(), Label { en: o.name.clone(), ar: o.name_ar.clone() });
        }
        for t in &m.topics {
            if let Some(topic) = kb.topics.iter().find(|x| &x.id == t) {
                labels.topics.insert(t.clone(), Label { en: topic.name.clone(), ar: topic.name_ar.clone() });
            }
        }
    }
    labels
}

/// A stable id: the file's stem plus the article's position in the file.
fn meeting_id(source_file: &str, article_index: usize) -> String {
    let stem = source_file.rsplit(['/', '\\']).next().unwrap_or(source_file);
    let stem = stem.strip_suffix(".txt").unwrap_or(stem);
    let safe: String =
        stem.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '-' }).collect();
    format!("{safe}-{}", article_index + 1)
}
