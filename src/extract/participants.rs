//! Who met whom: every encounter an article reports or announces, each a
//! draft of its own.
//!
//! A live meeting word (not recalled, not negated, not the multilateral
//! meeting itself) and the people around it in its sentence make the
//! encounters: the person before the word, or the first after it, is one
//! side ("التقى X Y", "أجرى X مباحثات مع Y"); each person after it is the
//! other side of an encounter of its own ("مع كل من Y، وZ" is two meetings).
//! A dual verb names both sides ("X ونظيره Y يبحثان"); a pronoun
//! ("خلال لقائه مع Y") or a bare office ("والتقى الوزير أيضا ...") stands
//! for the article's main person. A call word ("اتصالا هاتفيا"), or a call
//! mark beside the meeting word ("بحثا هاتفيا"), makes the encounter a call.

use jiff::civil::Date;

use super::context::Context;
use super::draft::Draft;
use super::lexicon::Role;
use super::people::{PersonRef, Someone};
use super::place::Place;
use super::segment::LineKind;
use crate::model::{Kind, Meeting, Participant, Span};
use crate::text::is_one_of;

/// One encounter while the article is read: its sides, how, and the meeting
/// words that report it.
struct Encounter {
    sides: Vec<usize>,
    kind: Kind,
    /// Announced rather than held: two meetings of the same sides, one held and
    /// one to come, stay two.
    announced: bool,
    cues: Vec<usize>,
    spans: Vec<Span>,
}

/// Every encounter of the article, in the order the article reports them.
pub fn find_all<'k>(ctx: &Context<'k>) -> Vec<Draft<'k>> {
    let body: Vec<usize> = live_cues(ctx, LineKind::Body);
    let mut found = encounters(ctx, &body);
    credentials_list(ctx, &body, &mut found);
    // A group that meets as one ("وزراء خارجية الدول الأوروبية الثلاث ...، إلى جانب
    // موغيريني"): the meeting word's encounters are one multilateral meeting.
    found.retain(|e| {
        let (s0, s1) = ctx.sentence_of(ctx.cues[e.cues[0]].token);
        !ctx.refs_between(s0, s1).iter().any(|r| r.group)
    });
    // The headline only when the body reports nothing.
    if found.is_empty() {
        found = encounters(ctx, &live_cues(ctx, LineKind::Headline));
    }
    // An announcement of an encounter the article also reports held is that
    // encounter: "وأعلنت الوزارة أول أمس أن لافروف سيزور الصين" recalled after the
    // meeting, or "يلتقي خلالها الرئيس" before the report of the reception.
    let mut k = 0;
    while k < found.len() {
        let same_held =
            |h: &Encounter| !h.announced && h.kind == found[k].kind && same_sides(&h.sides, &found[k].sides);
        let held = if found[k].announced { found.iter().position(same_held) } else { None };
        if let Some(h) = held {
            let e = found.remove(k);
            let h = if h > k { h - 1 } else { h };
            found[h].cues.extend(e.cues);
            found[h].spans.extend(e.spans);
        } else {
            k += 1;
        }
    }
    // "فقد جرت محادثة هاتفية بينهما": a call mark in a sentence that refers to
    // the pair and names nobody else makes their meeting a call. A sentence
    // that names only the host ("تمت مراسم تقديم أوراق اعتمادهم عبر تقنية
    // الفيديو") does so for each of the host's encounters.
    // A pair with a call already reported has its other encounter in person.
    let calls = call_sentences(ctx);
    for k in 0..found.len() {
        let called_already = |h: &Encounter| h.kind == Kind::Call && same_sides(&h.sides, &found[k].sides);
        let about_them = |named: &Vec<usize>| named.iter().all(|s| found[k].sides.contains(s));
        if found[k].kind == Kind::Meeting && !found.iter().any(called_already) && calls.iter().any(about_them) {
            found[k].kind = Kind::Call;
        }
    }
    // A later "المحادثات", "اللقاء" refers back to the encounter reported just before it.
    for (ci, c) in ctx.cues.iter().enumerate() {
        if !c.definite || c.recalled || ctx.paras[c.para].kind != LineKind::Body {
            continue;
        }
        if let Some(e) =
            found.iter_mut().filter(|e| e.cues.first().is_some_and(|&f| ctx.cues[f].token < c.token)).last()
            && !e.cues.contains(&ci)
        {
            e.cues.push(ci);
        }
    }
    // Dropped last: the encounter still tells who the article's main person is.
    found.retain(|e| !matches!(e.sides[..], [x, y] if compatriots(ctx, x, y)));
    found.into_iter().take(MOST_PER_ARTICLE).map(|e| draft(ctx, e)).collect()
}

/// More encounters than this in one article is not news but noise; the cap
/// keeps odd inputs linear.
const MOST_PER_ARTICLE: usize = 64;

/// The most words of a line of a list of ambassadors ("مملكة السويد السيد/ NAME .").
const LIST_LINE_WORDS: usize = 12;

/// How many paragraphs after a reception of credentials its list of ambassadors may run.
const CREDENTIALS_LIST_PARAS: usize = 12;

/// "تسلّم الرئيس ... أوراق اعتماد سفراء جدد: - NAME – سفير جمهورية غانا ...":
/// a reception of each ambassador the list names, one record each.
fn credentials_list(ctx: &Context, cues: &[usize], found: &mut Vec<Encounter>) {
    let plural_ambassadors: Vec<String> = ctx
        .lex
        .offices
        .iter()
        .filter(|o| o.plural && o.role == Role::Ambassador && o.words.len() == 1)
        .map(|o| o.words[0].clone())
        .collect();
    for &ci in cues {
        let cue = ctx.cues[ci];
        let (s0, s1) = ctx.sentence_of(cue.token);
        let receipt = is_one_of(ctx.token_text(cue.token), &ctx.lex.cues.receipt)
            && ctx.any_word_near(cue.token + 1, s1, &ctx.lex.cues.credentials)
            && ctx.any_word_near(s0, s1, &plural_ambassadors);
        if !receipt {
            continue;
        }
        let named = |r: &PersonRef| ctx.people[r.someone].person.is_some() || ctx.people[r.someone].name_ar.is_some();
        let Some(host) = ctx
            .refs_between(s0, s1)
            .iter()
            .find(|r| !r.aside && named(r) && r.role != Some(Role::Ambassador))
            .map(|r| r.someone)
        else {
            continue;
        };
        // The ambassadors named after it, paragraph by paragraph, up to one that names none.
        let mut listed: Vec<(usize, Span)> = Vec::new();
        let last_para = (cue.para + CREDENTIALS_LIST_PARAS).min(ctx.paras.len());
        for pi in cue.para..last_para {
            let p = ctx.paras[pi];
            let from = if pi == cue.para { s1 } else { p.first };
            // "بريطانيا السيدة/ NAME .": a short list line names its ambassador without the title.
            let list_line = pi > cue.para && p.last - p.first <= LIST_LINE_WORDS;
            let here: Vec<&PersonRef> = ctx
                .refs_between(from, p.last)
                .iter()
                .filter(|r| {
                    !r.aside
                        && named(r)
                        && r.someone != host
                        && (r.role == Some(Role::Ambassador) || (list_line && r.role.is_none()))
                })
                .collect();
            if here.is_empty() && pi > cue.para && !listed.is_empty() {
                break;
            }
            for r in here {
                if !listed.iter().any(|(k, _)| *k == r.someone) {
                    listed.push((r.someone, span(ctx, r)));
                }
            }
        }
        if listed.len() < 2 {
            continue;
        }
        let announced = super::status::announced_at(ctx, cue.token).is_some();
        for (ambassador, at) in listed {
            add(found, vec![host, ambassador], Kind::Meeting, announced, ci, vec![at]);
        }
    }
}

/// Meeting words that may report an encounter of their own: live, and not
/// "اللقاء"/"المحادثات", which refer back to one already named, unless a
/// side follows ("يعتزم الاجتماع مع لافروف", "اللقاء بين ...").
fn live_cues(ctx: &Context, kind: LineKind) -> Vec<usize> {
    (0..ctx.cues.len())
        .filter(|&i| {
            let c = &ctx.cues[i];
            // "المباحثات الثنائية بين": one adjective of the talks may stand between.
            let side_word_at = |t: usize| is_one_of(ctx.token_text(t), &ctx.lex.cues.with_words);
            let described = is_one_of(ctx.token_text(c.token + 1), &ctx.lex.cues.talks_adjectives);
            let with_side = side_word_at(c.token + 1)
                || (described && !ctx.boundary(c.token + 1, c.token + 2) && side_word_at(c.token + 2))
                || list_follows(ctx, c.token)
                || gathered_after(ctx, c.token);
            !c.recalled && (!c.definite || with_side) && ctx.paras[c.para].kind == kind
        })
        .collect()
}

/// "اللقاء الذي جمع A مع B": the sides follow "الذي جمع" after the meeting word at `t`.
fn gathered_after(ctx: &Context, t: usize) -> bool {
    let words = &ctx.lex.cues;
    is_one_of(ctx.token_text(t + 1), &words.relative) && is_one_of(ctx.token_text(t + 2), &words.gathered)
}

/// "وشملت اللقاءات كلا من": a list of the other sides follows the meeting word at `t`.
fn list_follows(ctx: &Context, t: usize) -> bool {
    is_one_of(ctx.token_text(t + 1), &ctx.lex.cues.list_openers)
}

fn draft<'k>(ctx: &Context<'k>, e: Encounter) -> Draft<'k> {
    let first = ctx.cues[e.cues[0]];
    let mut reporting: Vec<usize> = Vec::new();
    for &c in &e.cues {
        let p = ctx.cues[c].para;
        if !reporting.contains(&p) {
            reporting.push(p);
        }
    }
    // Other live meeting words whose sentence names one of the sides go on reporting it.
    for c in ctx.cues.iter().filter(|c| !c.recalled && ctx.paras[c.para].kind == LineKind::Body) {
        let (s0, s1) = ctx.sentence_of(c.token);
        let names_a_side = ctx.refs_between(s0, s1).iter().any(|r| !r.aside && e.sides.contains(&r.someone));
        if names_a_side && !reporting.contains(&c.para) {
            reporting.push(c.para);
        }
    }
    let mut draft = Draft {
        who: e.sides,
        primary: first.para,
        reporting,
        cues: e.cues.iter().map(|&c| ctx.cues[c].token).collect(),
        place: Place::default(),
        occasion: None,
        date: None,
        event: None,
        event_city: None,
        meeting: Meeting { kind: e.kind, ..Meeting::default() },
    };
    draft.evidence("participants", e.spans);
    draft
}

/// The encounters the given cues report, merged where they name the same sides.
fn encounters(ctx: &Context, cues: &[usize]) -> Vec<Encounter> {
    let mut found: Vec<Encounter> = Vec::new();
    let mut main: Option<usize> = first_named(ctx);
    for (n, &ci) in cues.iter().enumerate() {
        let cue = ctx.cues[ci];
        let (s0, s1) = ctx.sentence_of(cue.token);
        let prev = cues[..n].iter().rev().map(|&c| ctx.cues[c].token).find(|&t| t >= s0);
        // Where this word's sentence ends or the next meeting word starts.
        let next_cue = cues[n + 1..].iter().map(|&c| ctx.cues[c].token).find(|&t| t < s1).unwrap_or(s1);
        // What follows "أن"/"إن" is what was said, and what follows "لبحث", "؛" what
        // they talked about: neither is who met (a name's own words aside: "مون جيه-ان").
        let in_a_name =
            |t: usize| ctx.refs_between(t.saturating_sub(8), t + 8).iter().any(|r| r.first <= t && t <= r.last);
        // "اللقاء الذي جمع A مع B": who met starts after the verb.
        let sides_from = if gathered_after(ctx, cue.token) { cue.token + 3 } else { cue.token + 1 };
        let next = (sides_from..next_cue)
            .find(|&t| {
                let w = ctx.token_text(t);
                if in_a_name(t) {
                    return false;
                }
                is_one_of(w, &ctx.lex.cues.clause_break)
                    || is_one_of(w, &ctx.lex.cues.object_end)
                    || ctx.semicolon_before(t)
            })
            .unwrap_or(next_cue);
        // "استقبل A ... B، كما استقبل C": after "كما" the verb starts afresh, its
        // subject after it or left implicit; B is the last verb's, not this one's.
        let afresh =
            prev.is_some() && cue.token > s0 && is_one_of(ctx.token_text(cue.token - 1), &ctx.lex.cues.list_ends);
        let clause_start =
            if afresh { cue.token } else { clause_start(ctx, s0, cue.token).max(prev.map_or(s0, |t| t + 1)) };
        // People inside a quotation are spoken of, unless the meeting word is quoted with them.
        let cue_quoted = ctx.quote_of(cue.token);
        let side = |r: &&PersonRef| !r.aside && ctx.quote_of(r.first) == cue_quoted && !titles_next_name(ctx, r);
        let before: Vec<&PersonRef> = ctx.refs_between(clause_start, cue.token).iter().filter(side).collect();
        let mut after: Vec<&PersonRef> = ctx.refs_between(sides_from, next).iter().filter(side).collect();
        // "لقاء مع وزير الخارجية الإسباني مانويل ألباريس": the title and the name
        // the text gives one after the other are one person, one side.
        after.dedup_by_key(|r| r.someone);
        let word = ctx.token_text(cue.token);
        let words = &ctx.lex.cues;
        // Pairs of sides: a reference in the text, or a person the text leaves implicit.
        let mut pairs: Vec<(Side, &PersonRef)> = Vec::new();
        let this_sentence = found
            .iter()
            .rev()
            .find(|e| e.cues.iter().any(|&c| ctx.cues[c].token >= s0 && ctx.cues[c].token < cue.token));
        let implicit = || -> Option<usize> {
            // "بالإضافة إلى استقبال ...": the same host as the reception before it.
            if is_one_of(word, &words.receive) || is_one_of(word, &words.receive_nouns) {
                if let Some(e) = this_sentence {
                    return e.sides.first().copied();
                }
            }
            // "وبحث دي مستورا مع وزير الدفاع ... كما ناقش مع وزير الخارجية": a verb
            // with no subject goes on with the subject of the sentence just before.
            let previous_sentence = s0.checked_sub(1).map(|t| ctx.sentence_of(t));
            if !is_one_of(word, &words.nouns)
                && let (Some(e), Some((p0, p1))) = (found.last(), previous_sentence)
                && e.cues.iter().any(|&c| (p0..p1).contains(&ctx.cues[c].token))
            {
                return e.sides.first().copied();
            }
            // "وكذلك لقاء مع ...": the article's main person, when the last meeting was theirs.
            if let (Some(e), Some(m)) = (this_sentence, main)
                && e.sides.contains(&m)
            {
                return Some(m);
            }
            let earlier = ctx.refs_between(s0, cue.token).iter().filter(side).rfind(|r| !r.counterpart);
            earlier.and_then(|r| resolve(ctx, r, main, &found)).or(main)
        };
        // "بحث الوزيران", "الجانبان ناقشا": both sides already named, no new encounter.
        // "أول اتصال بين الرئيسين" too.
        let between_both = is_one_of(ctx.token_text(cue.token + 1), &ctx.lex.people.between)
            && is_one_of(ctx.token_text(cue.token + 2), &ctx.lex.people.both_sides);
        let both_named = between_both
            || [cue.token.checked_sub(1), Some(cue.token + 1)]
                .into_iter()
                .flatten()
                .any(|t| is_one_of(ctx.token_text(t), &ctx.lex.people.both_sides));
        // "قبل أن يعقدا اجتماعا": the two named before in the sentence.
        let dual_light = cue.token > s0 && is_one_of(ctx.token_text(cue.token - 1), &words.dual_light);
        let named_before: Vec<&PersonRef> = ctx.refs_between(s0, cue.token).iter().filter(side).collect();
        // "كما اتفق الوزيران على عقد لقاء": a further meeting of the pair, to come.
        let pair_agrees = (clause_start..cue.token).any(|t| is_one_of(ctx.token_text(t), &ctx.lex.people.both_sides));
        if pair_agrees
            && after.is_empty()
            && super::status::announced_at(ctx, cue.token).is_some()
            && let Some(e) = found.last()
            && let [x, y] = e.sides[..]
        {
            add(&mut found, vec![x, y], Kind::Meeting, true, ci, Vec::new());
            continue;
        }
        // "أعلن A وB ... . جاء ذلك خلال اتصال مرئي": the two subjects of the
        // sentence before are the sides of the encounter this one names.
        let came_during = is_one_of(ctx.token_text(s0), &words.that_came)
            && ctx.token_text(s0 + 1) == "ذلك"
            && is_one_of(ctx.token_text(s0 + 2), &words.that_came_during)
            && cue.token <= s0 + 4
            && before.is_empty()
            && after.is_empty();
        let told_before = came_during.then(|| subjects_before(ctx, s0)).flatten();
        if both_named {
        } else if let Some((a, b)) = told_before {
            pairs.push((Side::Ref(a), b));
        } else if dual_light && named_before.len() >= 2 {
            let n = named_before.len();
            pairs.push((Side::Ref(named_before[n - 2]), named_before[n - 1]));
        } else if is_one_of(word, &words.dual) {
            let two: Vec<&PersonRef> = if before.len() >= 2 {
                before[before.len() - 2..].to_vec()
            } else {
                before.iter().chain(after.iter()).take(2).copied().collect()
            };
            if let [a, b] = two[..] {
                pairs.push((Side::Ref(a), b));
            }
        } else if after.is_empty()
            && prev.is_none()
            && before.len() >= 2
            && coordinated(ctx, before[before.len() - 1])
            && !is_one_of(word, &words.visit)
            && !one_delegation(ctx, before[before.len() - 2], before[before.len() - 1])
        {
            // "أجرى أردوغان ونظيره الروسي بوتين اتصالا هاتفيا".
            pairs.push((Side::Ref(before[before.len() - 2]), before[before.len() - 1]));
        } else {
            let pronoun = is_one_of(word, &words.with_pronoun);
            let noun = is_one_of(word, &words.nouns);
            // "خلال لقائه مع ...": a pronoun stands for someone named before it in the
            // sentence; with nobody there and no "مع" after it, it is something else's
            // ("المؤتمر ... ويركز في مباحثاته على").
            let with_after =
                (cue.token + 1..(cue.token + 3).min(s1)).any(|t| is_one_of(ctx.token_text(t), &words.with_words));
            if pronoun && !with_after && !ctx.refs_between(s0, cue.token).iter().any(|r| side(&r)) {
                continue;
            }
            // The side before the word; for a pronoun, anyone earlier in the sentence.
            let subject = if pronoun {
                ctx.refs_between(s0, cue.token).iter().rfind(side)
            } else {
                // A counterpart ("نظيره الإيراني") is someone's other side, never the one who acts.
                before
                    .iter()
                    .rev()
                    .find(|r| !r.counterpart)
                    .copied()
                    .filter(|r| !(noun && prev.is_some_and(|p| r.first > p)))
            };
            // "قال الرئيس الصيني، لنظيره البرازيلي ...، خلال اتصال هاتفي": the
            // counterpart addressed before the word is the other side.
            let addressed = || before.iter().rev().find(|r| r.counterpart).copied();
            // "التقى ولي العهد ... على هامش القمة التي رأسها ...، ولي العهد كلاً
            // من A، وB": the subject after the verb, then past a clause on the
            // event, the list of those it met.
            let late_list = (subject.is_none() && after.len() == 1)
                .then(|| {
                    (next..next_cue.saturating_sub(1)).find(|&t| {
                        is_one_of(ctx.token_text(t), &words.list_openers)
                            && is_one_of(ctx.token_text(t + 1), &ctx.lex.dates.words.from)
                    })
                })
                .flatten();
            let list_end =
                |t: usize| (t..next_cue).find(|&m| is_one_of(ctx.token_text(m), &words.list_ends)).unwrap_or(next_cue);
            let listed: Vec<&PersonRef> = late_list
                .map_or(Vec::new(), |t| ctx.refs_between(t + 2, list_end(t + 2)).iter().filter(side).collect());
            // "تصل الوزيرة ... ومن المقرر أن يستقبلها نظيرها": the host after the verb,
            // the guest its object, the last one named before the sentence.
            let object = (subject.is_none() && after.len() == 1 && is_one_of(word, &words.with_object))
                .then(|| ctx.refs_between(0, s0).iter().filter(side).rfind(|r| !r.counterpart))
                .flatten();
            match subject {
                _ if listed.len() >= 2 => listed.iter().for_each(|o| pairs.push((Side::Ref(after[0]), o))),
                None if let Some(guest) = object => pairs.push((Side::Ref(after[0]), guest)),
                Some(s) if after.is_empty() && noun => {
                    if let Some(o) = addressed().filter(|o| o.first > s.first) {
                        pairs.push((Side::Ref(s), o));
                    }
                }
                Some(s) => after.iter().for_each(|o| pairs.push((Side::Ref(s), o))),
                // "حيث سيناقش مع نظيره ...": one side only, the other implicit; not for a
                // visit ("زار بوتين بكين": the one named is the visitor).
                None if after.len() == 1 && !is_one_of(word, &words.visit) => {
                    pairs.push((Side::Implicit(implicit()), after[0]));
                }
                // "فقد التقى X وزير خارجية تركيا وY وزير الخارجية البريطاني", "وشملت
                // اللقاءات كلا من X، وY": a list of the other sides, the subject left implicit.
                None if after.len() >= 2
                    && (coordinated(ctx, after[1]) || list_follows(ctx, cue.token))
                    && !is_one_of(word, &words.visit) =>
                {
                    let s = implicit();
                    after.iter().for_each(|o| pairs.push((Side::Implicit(s), o)));
                }
                None => {
                    if let Some((s, rest)) = after.split_first() {
                        rest.iter().for_each(|o| pairs.push((Side::Ref(s), o)));
                    }
                }
            }
        }
        let kind = if cue.call || call_marked(ctx, s0, s1) { Kind::Call } else { Kind::Meeting };
        // A bare office is resolved against the encounters before this word, not
        // against the pairs it has just made ("وزير الدفاع ... التقى A، وB").
        let met_before = found.len();
        for (a, b) in pairs {
            // "الرئيس الباكستاني ... ورئيس الوزراء ...": two of one country listed
            // together on the same side of the word are one party, not two sides.
            if let Side::Ref(r) = a
                && (r.first < cue.token) == (b.first < cue.token)
                && coordinated(ctx, b)
                && one_delegation(ctx, r, b)
            {
                continue;
            }
            let side_b = resolve(ctx, b, main, &found[..met_before]);
            let (side_a, mut spans) = match a {
                Side::Ref(r) => (resolve(ctx, r, main, &found[..met_before]), vec![span(ctx, r)]),
                Side::Implicit(k) => (k, vec![]),
            };
            let (Some(x), Some(y)) = (side_a, side_b) else { continue };
            if x == y || own_ambassador(ctx, x, y) {
                continue;
            }
            spans.push(span(ctx, b));
            let announced = super::status::announced_at(ctx, cue.token).is_some();
            add(&mut found, vec![x, y], kind, announced, ci, spans);
        }
        if let Some(e) = found.last() {
            main = main.or(e.sides.first().copied());
        }
    }
    found
}

/// The two subjects joined by "و" that open the sentence before `s0`
/// ("أعلن ولي العهد ... ورئيس وزراء اليابان ...").
fn subjects_before<'c>(ctx: &'c Context, s0: usize) -> Option<(&'c PersonRef, &'c PersonRef)> {
    let (p0, _) = ctx.sentence_of(s0.checked_sub(1)?);
    let refs: Vec<&PersonRef> = ctx.refs_between(p0, s0).iter().filter(|r| !r.aside).collect();
    let i = (1..refs.len()).find(|&i| coordinated(ctx, refs[i]))?;
    let (a, b) = (refs[i - 1], refs[i]);
    (a.someone != b.someone && !one_delegation(ctx, a, b)).then_some((a, b))
}

/// "وسفير سوريا في الجزائر" beside the Syrian minister: his own country's
/// ambassador accompanies him; they are not two sides.
fn own_ambassador(ctx: &Context, x: usize, y: usize) -> bool {
    let (a, b) = (&ctx.people[x], &ctx.people[y]);
    let ambassador = |s: &super::people::Someone| s.role == Some(Role::Ambassador);
    a.country.is_some() && a.country == b.country && (ambassador(a) || ambassador(b))
}

/// "استقبل الرئيس الجزائري ... وزير الخارجية أحمد عطاف": two officials of one
/// state meeting is no diplomacy (in 622 meetings of the real-article gold
/// whose sides the knowledge base knows, 2 are); an envoy or a secretary
/// general speaks for an organisation, whatever their own country.
fn compatriots(ctx: &Context, x: usize, y: usize) -> bool {
    let (a, b) = (&ctx.people[x], &ctx.people[y]);
    let of_a_state =
        |s: &super::people::Someone| s.role.is_some_and(|r| !matches!(r, Role::Envoy | Role::SecretaryGeneral));
    // Only for two people the knowledge base knows: a country read from the
    // text may come from a reference grouped with them wrongly.
    let country = |s: &super::people::Someone| s.person.map(|p| ctx.kb.people[p].country.as_str());
    country(a).is_some_and(|c| !c.is_empty()) && country(a) == country(b) && of_a_state(a) && of_a_state(b)
}

/// "وزير الخارجية السوري ووزير الدفاع السوري ... وصلوا لإجراء مباحثات": two
/// of one country joined by "و" travel together; they are one side.
fn one_delegation(ctx: &Context, a: &PersonRef, b: &PersonRef) -> bool {
    let (x, y) = (&ctx.people[a.someone], &ctx.people[b.someone]);
    x.country.is_some() && x.country == y.country
}

/// "مع الوزير لودريون": a bare office right before a name is that name's title,
/// not a second person.
fn titles_next_name(ctx: &Context, r: &PersonRef) -> bool {
    let s = &ctx.people[r.someone];
    let bare = s.person.is_none() && s.name_ar.is_none() && s.country.is_none() && !r.counterpart;
    bare && ctx
        .refs_between(r.last + 1, r.last + 2)
        .iter()
        .any(|n| n.first == r.last + 1 && !ctx.boundary(r.last, n.first) && ctx.people[n.someone].person.is_some())
}

/// One side of an encounter before it is resolved to a person.
enum Side<'r> {
    Ref(&'r PersonRef),
    /// Not written beside the meeting word: the article's main person, or the sentence's.
    Implicit(Option<usize>),
}

/// "والرئيس الفرنسي", "و نظيره", "وزيرا الخارجية الروسي ... والسوري أسعد
/// الشيباني", "ودولة السيد ...": a reference joined to the one before it by "و".
fn coordinated(ctx: &Context, r: &PersonRef) -> bool {
    let w = ctx.token_text(r.first);
    // "وزير الدفاع": an office whose own first letter is "و" is not joined by it.
    let office_word = ctx.lex.offices.iter().any(|o| o.words[0] == w) || is_one_of(w, &ctx.lex.people.deputy);
    let joined = w.starts_with('و') && !is_one_of(w, &ctx.lex.people.waw_names) && !office_word;
    let before = r.first.checked_sub(1);
    let joined_adjective = before.is_some_and(|t| {
        ctx.token_text(t).starts_with('و')
            && ctx.hits_in(t, t + 1).any(|h| matches!(h.entity, crate::kb::Entity::CountryAdjective(_)))
    });
    // "، ودولة السيد NAME": "و" on a prime minister's address before the reference.
    let joined_address = before.is_some_and(|t| {
        !ctx.boundary(t, r.first)
            && ctx.token_text(t).strip_prefix('و').is_some_and(|rest| is_one_of(rest, &ctx.lex.people.address))
    });
    joined || joined_adjective || joined_address || before.is_some_and(|t| ctx.token_text(t) == "و")
}

/// Who a reference stands for: its person, or for a bare office with no
/// country ("الوزير", "ولي العهد"), the last person of that office already
/// met, else the article's main person.
fn resolve(ctx: &Context, r: &PersonRef, main: Option<usize>, found: &[Encounter]) -> Option<usize> {
    let s = &ctx.people[r.someone];
    let named = s.person.is_some() || s.name_ar.is_some() || s.country.is_some();
    if named {
        return Some(r.someone);
    }
    if r.counterpart {
        return None;
    }
    let same_office = |k: usize| ctx.people[k].role.is_some() && ctx.people[k].role == s.role;
    found.iter().rev().flat_map(|e| e.sides.iter().copied()).find(|&k| same_office(k)).or(main)
}

/// The first named person of the headline or lede: who the article is about.
fn first_named(ctx: &Context) -> Option<usize> {
    // The body's first: a headline may name only the other side ("الوزير يلتقي لعمامرة").
    let first_in = |kind: LineKind| {
        ctx.refs
            .iter()
            .filter(|r| !r.aside)
            .filter(|r| ctx.para_of_token(r.first).is_some_and(|p| ctx.paras[p].kind == kind))
            .find(|r| {
                let s = &ctx.people[r.someone];
                s.person.is_some() || s.name_ar.is_some()
            })
            .map(|r| r.someone)
    };
    first_in(LineKind::Body).or_else(|| first_in(LineKind::Headline))
}

/// Where the clause of a meeting word starts: after the last "أن"/"إن" before it.
fn clause_start(ctx: &Context, s0: usize, cue: usize) -> usize {
    (s0..cue).rev().find(|&t| is_one_of(ctx.token_text(t), &ctx.lex.cues.clause_break)).map_or(s0, |t| t + 1)
}

/// "بحثا هاتفيا", "عبر تقنية الفيديو": a call mark in the meeting word's sentence.
pub(crate) fn call_marked(ctx: &Context, s0: usize, s1: usize) -> bool {
    (s0..s1).any(|t| is_call_mark(ctx, t))
}

/// A call mark, unless it is footage: "مرفقا الخبر بفيديو يظهر الرجلين يتصافحان".
/// The sentences with a call mark, not recalled, that refer to someone (by
/// name, or by "الجانبان", "بينهما"): for each, the people it names. A
/// meeting is a call when one of them names only its sides.
fn call_sentences(ctx: &Context) -> Vec<Vec<usize>> {
    let pair_word = |t: usize| {
        let w = ctx.token_text(t);
        is_one_of(w, &ctx.lex.people.both_sides) || is_one_of(w, &ctx.lex.people.between_them)
    };
    ctx.sentences
        .iter()
        .filter(|&&(s0, s1)| (s0..s1).any(|m| is_call_mark(ctx, m)))
        // Not a call the article recalls ("وكان ... قد أجرى اتصالا هاتفيا").
        .filter(|&&(s0, s1)| {
            !ctx.cues.iter().any(|c| c.recalled && c.token >= s0 && c.token < s1)
                && !is_one_of(ctx.token_text(s0), &ctx.lex.cues.recall_opening)
        })
        .filter(|&&(s0, s1)| (s0..s1).any(pair_word) || !ctx.refs_between(s0, s1).is_empty())
        .map(|&(s0, s1)| ctx.refs_between(s0, s1).iter().filter(|r| !r.aside).map(|r| r.someone).collect())
        .collect()
}

fn is_call_mark(ctx: &Context, t: usize) -> bool {
    let words = &ctx.lex.cues;
    is_one_of(ctx.token_text(t), &words.call_marks)
        && !(t + 1 < ctx.doc.tokens.len()
            && !ctx.boundary(t, t + 1)
            && is_one_of(ctx.token_text(t + 1), &words.footage_after))
}

fn span(ctx: &Context, r: &PersonRef) -> Span {
    let (a, b) = r.name.unwrap_or((r.first, r.last));
    ctx.span_of(a.min(r.first), b.max(r.last).min(ctx.doc.tokens.len() - 1))
}

fn same_sides(a: &[usize], b: &[usize]) -> bool {
    let (mut a, mut b) = (a.to_vec(), b.to_vec());
    a.sort_unstable();
    b.sort_unstable();
    a == b
}

/// Adds an encounter, or the cue to the one already found with the same sides
/// and the same tense; a call mark on either makes it a call ("بحثا هاتفيا ...
/// وناقش معه").
fn add(found: &mut Vec<Encounter>, mut sides: Vec<usize>, kind: Kind, announced: bool, cue: usize, spans: Vec<Span>) {
    let mut key = sides.clone();
    key.sort_unstable();
    if let Some(e) = found.iter_mut().find(|e| {
        let mut k = e.sides.clone();
        k.sort_unstable();
        k == key && e.announced == announced
    }) {
        if !e.cues.contains(&cue) {
            e.cues.push(cue);
        }
        if kind == Kind::Call {
            e.kind = Kind::Call;
        }
        e.spans.extend(spans);
        return;
    }
    sides.dedup();
    found.push(Encounter { sides, kind, announced, cues: vec![cue], spans });
}

/// Fills in the participants, with the offices they held on the meeting's
/// date. `false` when fewer than two remain.
pub fn settle(ctx: &Context, draft: &mut Draft) -> bool {
    let on = draft.date.as_ref().map(|r| r.start);
    let counterpart_role = draft.who.iter().find_map(|&k| ctx.people[k].role);
    let mut list: Vec<Participant> =
        draft.who.iter().filter_map(|&k| participant(ctx, k, on, counterpart_role)).collect();
    let mut seen: Vec<(String, String)> = Vec::new();
    list.retain(|p| {
        let key = (p.name.clone(), p.name_ar.clone());
        !seen.contains(&key) && {
            seen.push(key);
            true
        }
    });
    draft.meeting.participants = list;
    draft.meeting.participants.len() >= 2
}

fn participant(ctx: &Context, k: usize, on: Option<Date>, counterpart_role: Option<Role>) -> Option<Participant> {
    let kb = ctx.kb;
    let s = &ctx.people[k];
    let country_code = s.country.map(|c| kb.countries[c].code.clone());
    let role = s.role.or(if s.counterpart { counterpart_role } else { None });
    // A person the text names by office alone is the knowledge base's holder
    // of that office, but only on a known day.
    let person = s.person.or_else(|| {
        let (Some(day), Some(code), Some(role), None) = (on, country_code.as_deref(), role, s.name_ar.as_ref()) else {
            return None;
        };
        // Only an office one person holds at a time: "وزير الاقتصاد الإماراتي" is
        // a minister, but not whichever minister the knowledge base knows.
        if !role.held_by_one() {
            return None;
        }
        let mut holders = kb
            .people
            .iter()
            .enumerate()
            .filter(|(_, p)| p.country == code && p.offices_during(day, day).any(|o| o.role == role.kb_role()));
        match (holders.next(), holders.next()) {
            (Some((p, _)), None) => Some(p),
            _ => None,
        }
    });
    if let Some(p) = person {
        let person = &kb.people[p];
        // The office on the day; with no day, only an office the person held for life so far.
        let office = match on {
            Some(day) => person.offices_during(day, day).next(),
            None if person.office.len() == 1 => person.office.first(),
            None => None,
        };
        let inferred = (s.person.is_none()).then(|| {
            format!(
                "named by office only (“{}”); the knowledge base's holder on {}",
                s.office_ar.clone().unwrap_or_default(),
                on.map(|d| d.to_string()).unwrap_or_default()
            )
        });
        // "عباس عراقجي، نائب وزير الخارجية": a deputy then, whatever the knowledge
        // base says they became; the office the text gives is the one of that day.
        let deputy_then = deputy_title(ctx, s).is_some();
        let (role_en, role_ar) = match office {
            _ if deputy_then => {
                let country = kb.countries.iter().position(|c| c.code == person.country).or(s.country);
                (written_title(ctx, s, role, country).unwrap_or_default(), s.office_ar.clone().unwrap_or_default())
            }
            Some(o) => (o.title.clone(), o.title_ar.clone()),
            None => Default::default(),
        };
        return Some(Participant {
            name: person.name.clone(),
            name_ar: person.name_ar.clone(),
            role: role_en,
            role_ar,
            country: person.country.clone(),
            inferred,
        });
    }
    Some(Participant {
        name: String::new(),
        name_ar: s.name_ar.clone().unwrap_or_default(),
        role: written_title(ctx, s, role, s.country).unwrap_or_default(),
        role_ar: s.office_ar.clone().unwrap_or_default(),
        country: country_code.unwrap_or_default(),
        inferred: None,
    })
}

/// The office as the text writes it, in English: the lexicon's own title, else the
/// role's general one; a deputy's is the office served behind the deputy word
/// ("Assistant Minister of Foreign Affairs of United States").
fn written_title(ctx: &Context, s: &Someone, role: Option<Role>, country: Option<usize>) -> Option<String> {
    let country = country.map(|c| &ctx.kb.countries[c]);
    let office = s.office_title.map(|i| &ctx.lex.offices[i]);
    let own_title = office.filter(|o| Some(o.role) == role).and_then(|o| o.title_en.as_deref());
    let deputy = deputy_title(ctx, s);
    let title_en = |r: Role| deputy.clone().unwrap_or_else(|| own_title.unwrap_or(role_title(r)).to_owned());
    match (role, country) {
        (Some(r), Some(c)) => Some(format!("{} of {}", title_en(r), c.name)),
        (Some(r), None) => Some(title_en(r)),
        _ => None,
    }
}

/// A deputy's office in English, when the text writes one ("نائب وزير الخارجية").
fn deputy_title(ctx: &Context, s: &Someone) -> Option<String> {
    // Not "نائب رئيس الوزراء", a title of its own that opens with the deputy word.
    let served =
        s.office_title.map(|i| &ctx.lex.offices[i]).filter(|o| !is_one_of(&o.words[0], &ctx.lex.people.deputy));
    served
        .zip(deputy_en(ctx, s.office_ar.as_deref()))
        .map(|(served, en)| en.replace("{}", served.title_en.as_deref().unwrap_or(role_title(served.role))))
}

/// The English of a deputy's office when the office as written opens with a deputy word.
fn deputy_en<'a>(ctx: &Context<'a>, office_ar: Option<&str>) -> Option<&'a str> {
    let first = crate::text::normalize(office_ar?.split_whitespace().next()?);
    ctx.lex.deputy_en.iter().find(|(w, _)| *w == first).map(|(_, en)| en.as_str())
}

fn role_title(r: Role) -> &'static str {
    match r {
        Role::ForeignMinister => "Minister of Foreign Affairs",
        Role::HeadOfState => "Head of State",
        Role::HeadOfGovernment => "Head of Government",
        Role::CrownPrince => "Crown Prince",
        Role::SecretaryGeneral => "Secretary-General",
        Role::Envoy => "Envoy",
        Role::Ambassador => "Ambassador",
        Role::Minister => "Minister",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::context_of;

    /// Each encounter's participants (English name, else Arabic) and kind.
    fn encounters_of(text: &str) -> Vec<(Vec<String>, Kind)> {
        context_of(text, |ctx| {
            find_all(ctx)
                .into_iter()
                .filter_map(|mut d| {
                    settle(ctx, &mut d).then(|| {
                        let names = d
                            .meeting
                            .participants
                            .iter()
                            .map(|p| if p.name.is_empty() { p.name_ar.clone() } else { p.name.clone() })
                            .collect();
                        (names, d.meeting.kind)
                    })
                })
                .collect()
        })
    }

    fn names(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| (*s).to_owned()).collect()
    }

    /// Each encounter's participants as (Arabic name, English role).
    fn roles_of(text: &str) -> Vec<Vec<(String, String)>> {
        context_of(text, |ctx| {
            find_all(ctx)
                .into_iter()
                .filter_map(|mut d| {
                    settle(ctx, &mut d)
                        .then(|| d.meeting.participants.iter().map(|p| (p.name_ar.clone(), p.role.clone())).collect())
                })
                .collect()
        })
    }

    #[test]
    fn an_office_the_lexicon_names_in_english_keeps_that_title() {
        // An executive secretary is no secretary-general, though the office is of that rank.
        let got = roles_of(
            "عنوان\nاستقبل رئيس الحكومة سالم الورفلي اليوم الأمين التنفيذي لتجمع دول الساحل والصحراء سامبو كوناتي في مكتبه.",
        );
        let roles: Vec<&(String, String)> = got.iter().flatten().collect();
        let secretary = roles.iter().find(|(n, _)| n == "سامبو كوناتي").expect("the secretary is a side");
        assert!(secretary.1.starts_with("Executive Secretary"), "{roles:?}");
        let got = roles_of(
            "عنوان\nاستقبل وزير الخارجية التشادي محمد صالح النظيف اليوم الأمين العام لاتحاد المغرب العربي سامي العلوي في مكتبه.",
        );
        let roles: Vec<&(String, String)> = got.iter().flatten().collect();
        assert!(roles.iter().any(|(_, r)| r.starts_with("Secretary-General")), "{roles:?}");
    }

    #[test]
    fn a_deputy_is_named_in_english_as_the_deputy_of_the_office_served() {
        let got = roles_of(
            "عنوان\nاستقبل رئيس الوزراء القطري محمد بن عبدالرحمن آل ثاني اليوم السيدة باربرا ليف مساعدة وزير الخارجية الأمريكي لشؤون الشرق الأدنى.",
        );
        let roles: Vec<&(String, String)> = got.iter().flatten().collect();
        let guest = roles.iter().find(|(n, _)| n == "باربرا ليف").expect("the name ends before the deputy word");
        assert_eq!(guest.1, "Assistant Minister of Foreign Affairs of United States", "{roles:?}");
    }

    #[test]
    fn offices_of_other_ranks_keep_their_english_titles() {
        let got = roles_of(
            "عنوان\nالتقى الرئيس المصري محمد حسني مبارك أمس في الرياض السيد فهد بن محمود آل سعيد نائب رئيس الوزراء بسلطنة عمان.",
        );
        let roles: Vec<&(String, String)> = got.iter().flatten().collect();
        assert!(roles.iter().any(|(_, r)| r == "Deputy Prime Minister of Oman"), "{roles:?}");
        let got = roles_of("عنوان\nاستقبل حنفي جبالي رئيس مجلس النواب اليوم كينجي ياماتا نائب وزير الخارجية الياباني.");
        let roles: Vec<&(String, String)> = got.iter().flatten().collect();
        assert!(roles.iter().any(|(_, r)| r == "Speaker of Parliament"), "{roles:?}");
    }

    #[test]
    fn bilateral_meetings_in_the_plural_with_a_list_of_counterparts() {
        let got = encounters_of(
            "عنوان\nعقد الرئيس التركي رجب طيب أردوغان اجتماعات ثنائية مع نظرائه الصيني شي جين بينغ، والإيراني حسن روحاني.",
        );
        let sides: Vec<Vec<String>> = got.into_iter().map(|(n, _)| n).collect();
        assert_eq!(
            sides,
            [names(&["Recep Tayyip Erdoğan", "Xi Jinping"]), names(&["Recep Tayyip Erdoğan", "Hassan Rouhani"])]
        );
    }

    #[test]
    fn the_host_after_a_verb_receives_the_guest_its_pronoun_stands_for() {
        let got = encounters_of(
            "عنوان\nتصل وزيرة العلاقات الدولية والتعاون لجنوب أفريقيا ناليدي باندور صباح اليوم الجمعة.\nومن المقرر أن يستقبلها نظيرها القمري ظهير ذو الكمال في مكتبه.",
        );
        let sides: Vec<Vec<String>> = got.into_iter().map(|(n, _)| n).collect();
        assert_eq!(sides, [names(&["ظهير ذو الكمال", "Naledi Pandor"])]);
    }

    #[test]
    fn a_deputy_then_keeps_the_deputys_office_whatever_the_knowledge_base_says_later() {
        // Araghchi was a deputy minister before he was the minister the knowledge base knows.
        let got = roles_of(
            "عنوان\nعباس عراقجي، نائب وزير الخارجية الإيراني للشؤون السياسية، التقى ظهر اليوم في طهران جوزيب بوريل.",
        );
        let roles: Vec<&(String, String)> = got.iter().flatten().collect();
        assert!(roles.iter().any(|(_, r)| r == "Deputy Minister of Foreign Affairs of Iran"), "{roles:?}");
    }

    #[test]
    fn an_adviser_is_named_as_one_in_english() {
        let got = roles_of(
            "عنوان\nالتقى رئيس الوزراء العراقي محمد شياع السوداني في بغداد اليوم مستشار الأمن القومي البريطاني جوناثان باول.",
        );
        let roles: Vec<&(String, String)> = got.iter().flatten().collect();
        assert!(roles.iter().any(|(_, r)| r.starts_with("National Security Adviser")), "{roles:?}");
    }

    #[test]
    fn a_portfolio_joined_to_foreign_affairs_keeps_the_country_after_it() {
        // Without "والعلاقات" in the title, the meeting was lost (or its guest had no office).
        let got = roles_of(
            "عنوان\nاستقبل وزير الخارجية السعودي فيصل بن فرحان في الرياض اليوم وزيرة الخارجية والعلاقات الدولية في ليسوتو متسيبو راماكواي.",
        );
        let roles: Vec<&(String, String)> = got.iter().flatten().collect();
        assert!(roles.iter().any(|(n, r)| n == "متسيبو راماكواي" && r.ends_with("of Lesotho")), "{roles:?}");
    }

    #[test]
    fn the_meeting_that_gathered_two_after_a_negative_adjective_is_reported() {
        // "غير" of "غير النظامية" is no negation of the meeting; "اللقاء الذي جمع A ... مع B".
        let got = encounters_of(
            "عنوان\nشكّل ملف العمالة غير الشرعية، جوهر اللقاء الذي جمع وزير العمل الأردني نادر البطاينة، \
             أمس الأحد في روما، مع نظيرته الإيطالية مارينا كالديروني.",
        );
        let sides: Vec<Vec<String>> = got.into_iter().map(|(n, _)| n).collect();
        assert_eq!(sides, [names(&["نادر البطاينة", "مارينا كالديروني"])]);
    }

    #[test]
    fn after_kama_the_verb_has_the_first_verbs_subject_not_its_object() {
        let got = encounters_of(
            "لقاءات الرئيس على هامش القمة\nواستقبل رئيس الجمهورية، عبد المجيد تبون، على هامش القمة، رئيس الوزراء الهولندي، مارك روته، كما استقبل رئيسة الوزراء الإيطالية، جورجيا ميلوني.",
        );
        let mut sides: Vec<Vec<String>> = got.into_iter().map(|(n, _)| n).collect();
        sides.iter_mut().for_each(|s| s.sort());
        assert_eq!(sides.len(), 2, "{sides:?}");
        assert!(sides.iter().all(|s| s.iter().any(|n| n.contains("Tebboune"))), "{sides:?}");
    }

    #[test]
    fn talks_described_before_their_sides_report_the_meeting() {
        let got = encounters_of(
            "عنوان\nانطلقت اليوم جلسة المباحثات الرسمية بين رئيس الوزراء الأردني بشر الخصاونة، ونظيره العراقي مصطفى الكاظمي.",
        );
        let sides: Vec<Vec<String>> = got.into_iter().map(|(n, _)| n).collect();
        assert_eq!(sides.len(), 1, "{sides:?}");
    }

    #[test]
    fn a_title_and_a_name_the_text_splits_are_one_side() {
        // A visit, then in the same sentence a meeting whose subject is the visitor
        // and whose other side is a title, an unknown first name and a known surname.
        let got = encounters_of(
            "عنوان\nحلّ وزير الخارجية المغربي ناصر بوريطة أمس بمدريد في زيارة عمل، ويرتقب أن يعقد اليوم لقاء مع \
             وزير الخارجية الإسباني مانويل ألباريس بمقر الوزارة.",
        );
        let sides: Vec<Vec<String>> = got.into_iter().map(|(n, _)| n).collect();
        assert_eq!(sides, [names(&["Nasser Bourita", "José Manuel Albares"])]);
    }

    #[test]
    fn a_visitor_who_talks_with_two_ministers_in_turn_is_each_ones_other_side() {
        let got = encounters_of(
            "عنوان\nاستقبل الرئيس محمد ولد الشيخ الغزواني، اليوم الأربعاء، المبعوث الأممي ستافان دي ميستورا.\n\
             وبحث دي ميستورا مع وزير الدفاع الموريتاني حننا ولد سيدي التعاون الأمني.\n\
             كما ناقش مع وزير الخارجية محمد سالم ولد مرزوك الجهود الأممية.",
        );
        let sides: Vec<Vec<String>> = got.into_iter().map(|(n, _)| n).collect();
        assert_eq!(
            sides,
            [
                names(&["Mohamed Ould Ghazouani", "Staffan de Mistura"]),
                names(&["Staffan de Mistura", "حننا ولد سيدي"]),
                names(&["Staffan de Mistura", "Mohamed Salem Ould Merzoug"]),
            ]
        );
    }

    #[test]
    fn two_people_beside_a_meeting_word() {
        let got = encounters_of("عنوان\nالتقى وزير الخارجية الروسي سيرغي لافروف نظيره الصيني وانغ يي في بكين اليوم.");
        assert_eq!(got, vec![(names(&["Sergey Lavrov", "Wang Yi"]), Kind::Meeting)]);
    }

    #[test]
    fn a_reception_of_credentials_meets_each_ambassador_listed() {
        let got = encounters_of(
            "عنوان\nتسلّم رئيس جمهورية جيبوتي إسماعيل عمر جيله، اليوم الأحد، أوراق اعتماد سفراء جدد لدى بلاده يمثلون ثلاث دول صديقة، وهم:\n- السيد كريم بنعلي – سفير المملكة المغربية\n- السيدة ليلى حداد – سفيرة الجمهورية التونسية\n- السيد ماركو بيانكي – سفير الجمهورية الإيطالية\nوهنأ الرئيس السفراء على تعيينهم، متمنيا لهم التوفيق في مهامهم.",
        );
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got.iter().all(|(who, kind)| who.len() == 2 && *kind == Kind::Meeting), "{got:?}");
    }

    #[test]
    fn two_of_one_country_travelling_together_are_one_side() {
        let got = encounters_of(
            "عنوان\nوصل وزير الخارجية السوري فيصل المقداد، ووزير الدفاع السوري علي محمود عباس، إلى موسكو لعقد محادثات مع مسؤولين في الحكومة هناك.",
        );
        assert_eq!(got, vec![]);
    }

    #[test]
    fn a_dual_office_with_a_second_adjective_is_a_pair() {
        let got = encounters_of(
            "عنوان\nيجري وزيرا الخارجية الروسي سيرغي لافروف، والسوري فيصل المقداد محادثات في موسكو اليوم.",
        );
        assert_eq!(got, vec![(names(&["Sergey Lavrov", "Faisal Mekdad"]), Kind::Meeting)]);
    }

    #[test]
    fn a_bare_office_before_a_surname_is_one_person_and_a_predecessor_no_side() {
        let got = encounters_of("عنوان\nأجرى وزير الخارجية السعودي عادل الجبير محادثات مع الوزير تيلرسون في واشنطن.");
        assert_eq!(got, vec![(names(&["Adel al-Jubeir", "Rex Tillerson"]), Kind::Meeting)]);
        let got = encounters_of(
            "عنوان\nويعد ذلك أول اتصال بين الرئيسين منذ تسلم دونالد ترامب مهامه خلفا للديمقراطي باراك أوباما.",
        );
        assert_eq!(got, vec![]);
    }

    #[test]
    fn the_counterpart_a_speaker_addressed_on_a_call_is_the_other_side() {
        let got = encounters_of(
            "عنوان\nقال الرئيس الصيني شي جين بينغ، لنظيره البرازيلي لويس إيناسيو لولا دا سيلفا، خلال اتصال هاتفي، إن التعاون مهم.",
        );
        assert_eq!(got, vec![(names(&["Xi Jinping", "Luiz Inácio Lula da Silva"]), Kind::Call)]);
    }

    #[test]
    fn a_group_that_meets_as_one_is_no_bilateral() {
        let got = encounters_of(
            "عنوان\nسيعقد الوزير الإيراني محمد جواد ظريف غدا في بروكسل لقاءات مع وزراء خارجية الدول الأوروبية الثلاث فرنسا وألمانيا وبريطانيا.",
        );
        assert_eq!(got, vec![]);
    }

    #[test]
    fn a_list_of_counterparts_is_one_meeting_each() {
        let got = encounters_of(
            "عنوان\nأجرى وزير الخارجية المغربي كريم علوي، أمس، مباحثات مع كل من وزيرة خارجية البرتغال، ماري براون، ووزير الخارجية النمساوي ماتي سالو.",
        );
        assert_eq!(
            got,
            vec![
                (names(&["كريم علوي", "ماري براون"]), Kind::Meeting),
                (names(&["كريم علوي", "ماتي سالو"]), Kind::Meeting)
            ]
        );
    }

    #[test]
    fn footage_of_a_meeting_does_not_make_it_a_call() {
        let got = encounters_of(
            "عنوان\nبدأ الرئيس الروسي فلاديمير بوتين والرئيس الإيراني مسعود بزشكيان اجتماعا ثنائيا، وأرفق الكرملين الخبر بفيديو يظهر الرجلين يتصافحان.",
        );
        assert_eq!(got, vec![(names(&["Vladimir Putin", "Masoud Pezeshkian"]), Kind::Meeting)]);
        let got = encounters_of(
            "عنوان\nعقد الرئيس الروسي فلاديمير بوتين والرئيس الإيراني مسعود بزشكيان مؤتمراً عبر الفيديو تناول العلاقات.",
        );
        assert_eq!(got, vec![(names(&["Vladimir Putin", "Masoud Pezeshkian"]), Kind::Call)]);
    }

    #[test]
    fn two_subjects_of_a_light_verb_before_the_meeting_noun_are_the_sides() {
        let got = encounters_of(
            "عنوان\nعقد صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر، ودولة السيد أنور إبراهيم رئيس وزراء ماليزيا، جلسة مباحثات رسمية اليوم.",
        );
        assert_eq!(got, vec![(names(&["Tamim bin Hamad Al Thani", "Anwar Ibrahim"]), Kind::Meeting)], "{got:?}");
    }

    #[test]
    fn a_meeting_that_gathers_leaders_is_no_bilateral_with_each() {
        let got = encounters_of(
            "عنوان\nوسيشارك الرئيس الكيني وليام روتو في اجتماع يجمع قادة دول القارة في أديس أبابا، من بينهم الرئيس المصري عبد الفتاح السيسي، والملك المغربي محمد السادس.",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn credentials_presented_by_video_are_a_call_for_each_envoy() {
        let got = encounters_of(
            "عنوان\nتقبل الرئيس الفلسطيني محمود عباس، اليوم، أوراق اعتماد عدد من السفراء المعتمدين لدى فلسطين.\nوتسلم عباس أوراق اعتمادهم عبر تقنية الفيديو من مقر الرئاسة.\nوالسفراء هم، يانا كوفاك، سفيرة كرواتيا، وبيدرو سالاس، سفير تشيلي.",
        );
        assert_eq!(
            got,
            vec![
                (names(&["Mahmoud Abbas", "يانا كوفاك"]), Kind::Call),
                (names(&["Mahmoud Abbas", "بيدرو سالاس"]), Kind::Call)
            ],
            "{got:?}"
        );
    }

    #[test]
    fn a_host_named_by_a_bare_office_meets_each_of_a_list_of_ministers() {
        // A staff rank ("ركن"), a portfolio in the construct state ("وزير صناعة
        // الدفاع"), and the host's bare office resolved once for the whole list.
        let got = encounters_of(
            "عنوان\nأجرى الفريق أول عادل صابر، القائد العام للقوات المسلحة وزير الدفاع، اليوم الأربعاء، عددا من اللقاءات مع قادة الوفود؛ حيث التقى الفريق ركن سالم ناجي الحداد وزير الدفاع لجمهورية اليمن، وكمال حسنوف وزير صناعة الدفاع بجمهورية أذربيجان، والدكتور بيللو موسى وزير الدولة لشؤون الدفاع لجمهورية نيجيريا.",
        );
        assert_eq!(
            got,
            vec![
                (names(&["عادل صابر", "سالم ناجي الحداد"]), Kind::Meeting),
                (names(&["عادل صابر", "كمال حسنوف"]), Kind::Meeting),
                (names(&["عادل صابر", "بيللو موسى"]), Kind::Meeting)
            ],
            "{got:?}"
        );
    }

    #[test]
    fn a_list_after_a_clause_on_the_event_is_who_the_subject_met() {
        let got = encounters_of(
            "عنوان\nالتقى ولي العهد السعودي الأمير محمد بن سلمان مساء أمس على هامش القمة الطارئة في جدة التي ترأسها بالنيابة عن الملك سلمان بن عبدالعزيز، ولي العهد كلا من الرئيس التركي رجب طيب أردوغان، ورئيس وزراء ماليزيا أنور إبراهيم.",
        );
        assert_eq!(
            got,
            vec![
                (names(&["Mohammed bin Salman", "Recep Tayyip Erdoğan"]), Kind::Meeting),
                (names(&["Mohammed bin Salman", "Anwar Ibrahim"]), Kind::Meeting)
            ],
            "{got:?}"
        );
    }

    #[test]
    fn the_sidelines_of_a_working_meeting_with_someone_are_that_meeting() {
        let got = encounters_of(
            "عنوان\nدعا وزير الخارجية الأرجنتيني، كارلوس موريلو، اليوم الاثنين في الجزائر إلى تعزيز التبادل التجاري بين البلدين. وفي تصريح صحفي على هامش اجتماع عمل مع وزير الشؤون الخارجية الجزائري، عبد القادر مساهل، قال الوزير الأرجنتيني إن الجانبين اتفقا على التعاون.",
        );
        assert_eq!(got, vec![(names(&["Abdelkader Messahel", "كارلوس موريلو"]), Kind::Meeting)], "{got:?}");
    }

    #[test]
    fn that_came_during_a_call_is_the_call_of_the_two_named_before() {
        let got = encounters_of(
            "عنوان\nأعلن أمير دولة قطر الشيخ تميم بن حمد آل ثاني ورئيس وزراء الهند ناريندرا مودي، الخميس، عن لجنة مشتركة للاستثمار.\nجاء ذلك خلال اتصال مرئي الخميس، بحسب وكالة الأنباء القطرية، تناول فيه الطرفان العلاقات الثنائية.",
        );
        assert_eq!(got, vec![(names(&["Tamim bin Hamad Al Thani", "Narendra Modi"]), Kind::Call)], "{got:?}");
    }

    #[test]
    fn credentials_of_each_ambassador_named_with_the_accusative_title() {
        let got = encounters_of(
            "عنوان\nتسلم الرئيس الفلسطيني محمود عباس أمس أوراق اعتماد خوان بيريز سفيراً لجمهورية تشيلي وأوراق اعتماد يانا كوفاك سفيرةً لجمهورية كرواتيا لدى دولة فلسطين.",
        );
        assert_eq!(
            got,
            vec![
                (names(&["Mahmoud Abbas", "خوان بيريز"]), Kind::Meeting),
                (names(&["Mahmoud Abbas", "يانا كوفاك"]), Kind::Meeting)
            ],
            "{got:?}"
        );
    }

    #[test]
    fn a_call_is_not_a_meeting() {
        let got =
            encounters_of("عنوان\nتلقى وزير الخارجية الجزائري كريم بلقاسم اتصالا هاتفيا من نظيره التونسي سامي بن علي.");
        assert_eq!(got, vec![(names(&["كريم بلقاسم", "سامي بن علي"]), Kind::Call)]);
        let got =
            encounters_of("عنوان\nبحث وزير الخارجية المصري سامح شكري هاتفيا مع نظيره الأردني أيمن الصفدي تطورات غزة.");
        assert_eq!(got.first().map(|(_, k)| *k), Some(Kind::Call));
    }

    #[test]
    fn a_bare_office_is_the_main_person_and_attendees_are_not_sides() {
        let got = encounters_of(
            "عنوان\nوصل وزير الخارجية المغربي كريم علوي إلى القاهرة في زيارة رسمية تستغرق يومين يبحث خلالها العلاقات.\nواستقبل الرئيس المصري حسن فهمي الوزير بحضور وزير الخارجية المصري طارق سالم.",
        );
        assert_eq!(got, vec![(names(&["حسن فهمي", "كريم علوي"]), Kind::Meeting)]);
    }

    #[test]
    fn a_counterpart_named_by_country_is_the_holder_only_on_a_known_day() {
        // No day: the counterpart stays unnamed, so there is no second named side to resolve.
        let got = encounters_of("عنوان\nبحث لافروف مع نظيره التركي في أنقرة العلاقات الثنائية بين البلدين.");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0[0], "Sergey Lavrov");
        assert_ne!(got[0].0[1], "Hakan Fidan");
    }

    #[test]
    fn one_person_is_no_meeting() {
        assert!(encounters_of("عنوان\nالتقى لافروف بالصحفيين في موسكو وتحدث عن العلاقات.").is_empty());
    }
}
