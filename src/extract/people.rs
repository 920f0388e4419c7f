//! Who the article names, and which names are the same person.
//!
//! The knowledge base knows some people; the press names many more, always in
//! a few ways, which are recognised here:
//! - an office with a nationality and a name: "وزير الخارجية الكويتي الشيخ
//!   أحمد ناصر الصباح", "وزيرة خارجية جامايكا، كامينا جونسون سميث";
//! - a name with its office after it: "مولود تشاووش أوغلو وزير خارجية تركيا";
//! - a counterpart: "نظيره الإيراني، علي باقري كني";
//! - a list under one office: "وزراء خارجية غرينادا، بيتر دافيد، وفنلندا،
//!   تيمو سويني", "نظيريه الموريتاني واللبناني";
//! - an office alone: "العاهل السعودي", "الرئيس المصري";
//! - a surname used again later: "بوريطة".
//!
//! References that name one person are grouped into a [`Someone`]: a name
//! with an office and a country is the same person as the office alone with
//! that country, and as the surname alone. People named after "بحضور" or
//! as a sender of greetings ("نقل تحيات") are marked as aside: they are
//! mentioned, they do not meet.

use super::context::{Context, Para};
use super::lexicon::{Lexicon, Role};
use super::segment::LineKind;
use crate::kb::{Entity, Hit};
use crate::text::{is_one_of, normalize, stems};

/// The most words an unknown name may have (particles such as "بن" aside).
const NAME_WORDS: usize = 4;
/// How many words after an office its country and domain may take
/// ("وزير الشؤون الخارجية والجالية الوطنية بالخارج").
const TITLE_TAIL: usize = 8;
/// How many words a portfolio after "لشؤون" may run to ("آسيا والشرق الأوسط").
const PORTFOLIO_WORDS: usize = 4;
/// How many words a gloss in parentheses inside an office may have ("(البرلمان)").
const GLOSS_WORDS: usize = 3;
/// How many words before a name its spokesperson's title may stand ("المتحدثة باسم الخارجية الروسية").
const SPOKESPERSON_LOOKBACK: usize = 6;
/// How many words after a minister's office a spokesperson's title is that minister's second office.
const SECOND_OFFICE_GAP: usize = 4;
/// How many words after a name its spokesperson's title may follow ("أحمد حافظ المتحدث").
const SPOKESPERSON_AFTER: usize = 2;
/// How far back in its sentence "بحضور" may make a person an attendee.
const ASIDE_LOOKBACK: usize = 60;
/// How many words after "في"/"إلى" a title's country may stand ("في حكومة تصريف الأعمال اللبنانية").
const POSTING_WORDS: usize = 4;
/// How many words before a name a mention word may stand ("رسالة من الرئيس").
const MENTION_LOOKBACK: usize = 3;
/// How far "ممثل" may stand before the one represented ("ممثل حضرة صاحب السمو أمير البلاد الشيخ").
const REPRESENTED_LOOKBACK: usize = 7;
/// How many words before a predecessor's name "خلفا" may stand ("خلفا للرئيس السابق باراك أوباما").
const SUCCESSOR_LOOKBACK: usize = 4;

/// A place in the text that names someone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonRef {
    /// Tokens the reference covers, office and name, inclusive.
    pub first: usize,
    pub last: usize,
    /// Tokens of the name as written, inclusive.
    pub name: Option<(usize, usize)>,
    /// The name as written (a conjunction opening a list item taken off).
    pub written: Option<String>,
    /// The knowledge base's person, when the name is one it knows.
    pub person: Option<usize>,
    pub role: Option<Role>,
    /// Tokens of the office as written, with its country, inclusive.
    pub office: Option<(usize, usize)>,
    /// The lexicon's office title the words matched (`Lexicon::offices`), for its English title.
    pub office_title: Option<usize>,
    pub country: Option<usize>,
    /// "نظيره": the counterpart of the other side, of the same office.
    pub counterpart: bool,
    /// Attends or is only mentioned ("بحضور", "تحيات"): not a side of a meeting.
    pub aside: bool,
    /// Titled a spokesperson here: the person speaks for a side, never meets as one.
    pub spokesperson: bool,
    /// Named inside another person's title ("مستشارة الرئيس الفرنسي إيمانويل ماكرون"): only mentioned.
    pub in_title: bool,
    /// One of a group that meets as one ("وزراء خارجية الدول الأوروبية الثلاث ..."): the
    /// meeting is multilateral.
    pub group: bool,
    /// The [`Someone`] this reference names.
    pub someone: usize,
}

/// One person the article names, from all the references to them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Someone {
    pub person: Option<usize>,
    /// The fullest name the article writes, when it writes one.
    pub name_ar: Option<String>,
    pub role: Option<Role>,
    /// The article gives the role (else it is the knowledge base's latest).
    pub role_written: bool,
    /// The office as the article writes it.
    pub office_ar: Option<String>,
    /// The lexicon's office title of `office_ar`.
    pub office_title: Option<usize>,
    pub country: Option<usize>,
    /// Named by a counterpart word only ("نظيره الروسي"): the other side's office.
    pub counterpart: bool,
}

/// Finds every reference to a person and groups them.
pub fn find(ctx: &Context) -> (Vec<PersonRef>, Vec<Someone>) {
    let mut finder = Finder { ctx, lex: ctx.lex, refs: Vec::new() };
    for (pi, p) in ctx.paras.iter().enumerate() {
        if matches!(p.kind, LineKind::Body | LineKind::Headline | LineKind::Dateline) {
            finder.paragraph(pi, *p);
        }
    }
    let mut refs = finder.refs;
    refs.sort_by_key(|r| (r.first, std::cmp::Reverse(r.last)));
    // A reference inside another is the same words read twice.
    let mut kept: Vec<PersonRef> = Vec::with_capacity(refs.len());
    for r in refs {
        if kept.last().is_some_and(|k: &PersonRef| r.first <= k.last) {
            continue;
        }
        kept.push(r);
    }
    add_surnames(ctx, &mut kept);
    mark_asides(ctx, &mut kept);
    let people = group(ctx, &mut kept);
    // A spokesperson named once as one ("وقالت زاخاروفا" later) is aside everywhere.
    let speakers: Vec<usize> = kept.iter().filter(|r| r.spokesperson).map(|r| r.someone).collect();
    for r in kept.iter_mut().filter(|r| speakers.contains(&r.someone)) {
        r.aside = true;
    }
    (kept, people)
}

struct Finder<'c, 'k> {
    ctx: &'c Context<'k>,
    lex: &'k Lexicon,
    refs: Vec<PersonRef>,
}

/// An office title found in the text.
#[derive(Debug, Clone, Copy)]
struct Title {
    role: Role,
    /// Which of the lexicon's office titles.
    index: usize,
    /// Heads a list ("وزراء خارجية").
    plural: bool,
    /// Names an office only with a country or a known person ("رئيس").
    weak: bool,
    /// The token after the title's words.
    end: usize,
}

/// A name found in the text: its tokens, the knowledge base's person, the
/// name as written.
type Name = ((usize, usize), Option<usize>, String);

impl Finder<'_, '_> {
    fn word(&self, t: usize) -> &str {
        self.ctx.token_text(t)
    }

    /// Token `t` as the article writes it, marks and all.
    fn written(&self, t: usize) -> &str {
        self.ctx.doc.tokens.get(t).and_then(|tok| self.ctx.article.text.get(tok.start..tok.end)).unwrap_or("")
    }

    /// "الملك سلمان بن عبدالعزيز": a known name goes on through "بن X" (and
    /// "آل X") the knowledge base did not write; the father's name is no one else's.
    fn lineage_end(&self, mut end: usize, p: Para) -> usize {
        while end + 2 < p.last
            && is_one_of(self.word(end + 1), &self.lex.people.lineage)
            && !self.ctx.boundary(end, end + 1)
            && !self.ctx.boundary(end + 1, end + 2)
            && self.name_word(end + 2)
        {
            end += 2;
        }
        end
    }

    fn paragraph(&mut self, _pi: usize, p: Para) {
        let mut t = p.first;
        while t < p.last {
            // "أمير عبد اللهيان": a known name that opens with a title word is the name.
            let name_over_title = self
                .person_hit_at(t)
                .is_some_and(|h| self.title_at(t, p).is_some_and(|title| title.end <= h.last_token));
            if !name_over_title && let Some(next) = self.office_at(t, p).or_else(|| self.counterpart_at(t, p)) {
                t = next.max(t + 1);
                continue;
            }
            if let Some(h) = self.person_hit_at(t)
                && h.last_token < p.last
            {
                let person = if let Entity::Person(i) = h.entity { Some(i) } else { None };
                let last = self.lineage_end(h.last_token, p);
                self.push(PersonRef { first: t, last, name: Some((t, last)), person, ..blank() });
                t = last + 1;
                continue;
            }
            // "الأمير محمد بن سلمان", "السيد فؤاد حسين": a title word before a name.
            // Not "مركز شرم الشيخ الدولي": the honorific inside a city's name.
            if is_one_of(self.word(t), &self.lex.people.honorifics)
                && !self.inside_place_or_body(t)
                && let Some(((a, b), person, written)) = self.name_after(t, p)
                && a > t
            {
                self.push(PersonRef {
                    first: t,
                    last: b,
                    name: Some((a, b)),
                    written: Some(written),
                    person,
                    ..blank()
                });
                t = b + 1;
                continue;
            }
            t += 1;
        }
    }

    /// The office `base` with the name written before it, taking back a
    /// reference already made of those words.
    fn name_the_title(&mut self, (name, person, written): Name, base: PersonRef) {
        // A reference of those words with its honorifics ("صاحب السمو الأمير ...")
        // gives way too, and the honorifics open the new one.
        let honorifics_of =
            |r: &PersonRef| r.first < name.0 && r.last == name.1 && r.office.is_none() && r.role.is_none();
        // "دولة الرئيس محمد شياع السوداني رئيس مجلس الوزراء ...": so does the same
        // name under a looser title before it; the office after it is the one held.
        let kb = self.ctx.kb;
        // "السفير ديفيد ساترفيلد المبعوث الأمريكي الخاص": so does a rank with no
        // country before someone the knowledge base does not know; the office after
        // the name says whose they are.
        let looser_title = |r: &PersonRef| {
            r.first < name.0
                && r.name == Some(name)
                && r.role != base.role
                && (r.person.zip(base.role).is_some_and(|(i, role)| held(kb, i, role))
                    || (r.person.is_none() && r.country.is_none() && base.country.is_some()))
        };
        let first = self.refs.iter().filter(|r| honorifics_of(r) || looser_title(r)).map(|r| r.first).min();
        let within = |r: &PersonRef| r.first >= name.0 && r.last <= name.1;
        self.refs.retain(|r| !(within(r) || honorifics_of(r) || looser_title(r)));
        let first = first.unwrap_or(name.0);
        self.push(PersonRef { first, name: Some(name), written: Some(written), person, ..base });
    }

    /// A person named inside someone else's title ("مستشارة الرئيس الفرنسي
    /// إيمانويل ماكرون"): only mentioned.
    fn push_mentioned(&mut self, name: (usize, usize), person: Option<usize>, written: String) {
        self.push(PersonRef {
            first: name.0,
            last: name.1,
            name: Some(name),
            written: Some(written),
            person,
            in_title: true,
            ..blank()
        });
    }

    fn push(&mut self, mut r: PersonRef) {
        if r.written.is_none()
            && let Some((a, b)) = r.name
        {
            r.written = Some(self.text(a, b).to_owned());
        }
        self.refs.push(r);
    }

    /// The article's text from token `a` to token `b`, inclusive.
    fn text(&self, a: usize, b: usize) -> &str {
        let toks = &self.ctx.doc.tokens;
        &self.ctx.article.text[toks[a].start..toks[b].end]
    }

    fn person_hit_at(&self, t: usize) -> Option<Hit> {
        let from = self.ctx.hits.partition_point(|h| h.first_token < t);
        self.ctx.hits[from..]
            .iter()
            .take_while(|h| h.first_token == t)
            .find(|h| matches!(h.entity, Entity::Person(_)))
            .copied()
    }

    /// A person's name that covers token `t` ("للرئيس بوتين" covers "بوتين").
    fn person_hit_covering(&self, t: usize) -> Option<Hit> {
        let to = self.ctx.hits.partition_point(|h| h.first_token <= t);
        self.ctx.hits[..to]
            .iter()
            .rev()
            .take(8)
            .find(|h| h.first_token <= t && t <= h.last_token && matches!(h.entity, Entity::Person(_)))
            .copied()
    }

    /// The knowledge-base hits that start at token `t`.
    fn hits_at(&self, t: usize) -> impl Iterator<Item = &Hit> {
        let from = self.ctx.hits.partition_point(|h| h.first_token < t);
        self.ctx.hits[from..].iter().take_while(move |h| h.first_token == t)
    }

    /// An organisation's name at `t`: the hit's last token.
    fn org_hit_at(&self, t: usize) -> Option<usize> {
        self.hits_at(t).find(|h| matches!(h.entity, Entity::Org(_))).map(|h| h.last_token)
    }

    /// A city's name at `t`: the hit's last token.
    fn city_hit_at(&self, t: usize) -> Option<usize> {
        self.hits_at(t).find(|h| matches!(h.entity, Entity::City(_))).map(|h| h.last_token)
    }

    /// A country's name or adjective at `t`: the country and the hit's last token.
    fn country_hit_at(&self, t: usize) -> Option<(usize, usize)> {
        self.hits_at(t).find_map(|h| match h.entity {
            Entity::Country(c) | Entity::CountryAdjective(c) => Some((c, h.last_token)),
            _ => None,
        })
    }

    /// An office title starting at `t` (the first word may carry a clitic).
    fn title_at(&self, t: usize, p: Para) -> Option<Title> {
        self.lex.offices.iter().enumerate().find_map(|(index, o)| {
            let n = o.words.len();
            if t + n > p.last {
                return None;
            }
            let first_ok = with_clitic(self.word(t), &o.words[0]);
            let rest_ok = o.words[1..].iter().enumerate().all(|(k, w)| self.word(t + 1 + k) == w);
            let joined = (t..t + n).all(|k| k == t || !self.ctx.boundary(k - 1, k));
            (first_ok && rest_ok && joined).then_some(Title {
                role: o.role,
                index,
                plural: o.plural,
                weak: o.weak,
                end: t + n,
            })
        })
    }

    /// Words that carry on a title: its domain ("والتعاون الدولي"), a second
    /// office ("وزير الدولة لشؤون مجلس الوزراء"), "جمهورية"/"دولة" before a
    /// country's name.
    fn title_word(&self, t: usize, p: Para) -> bool {
        let w = self.word(t);
        let people = &self.lex.people;
        if is_one_of(w, &people.title_glue) || self.title_at(t, p).is_some() {
            return true;
        }
        // A definite word carries the title on when it is a frequent word
        // ("الدولي", "الشقيقة"); a rare one opens the name ("الطاهر الباعور").
        definite(w)
            && !is_one_of(w, &people.name_stops)
            && !is_one_of(w, &self.lex.cues.object_end)
            && (self.lex.is_common_word(w) || self.person_hit_covering(t).is_none() && !self.rare_name_ahead(t, p))
    }

    /// "(البرلمان)" opening at `k`: up to three frequent or definite words, no
    /// one's name, in parentheses; the token that closes it.
    fn gloss_at(&self, k: usize, p: Para) -> Option<usize> {
        if k == 0 || self.ctx.between(k - 1, k).trim() != "(" {
            return None;
        }
        let close =
            (k..(k + GLOSS_WORDS).min(p.last)).find(|&m| self.ctx.between(m, m + 1).trim_start().starts_with(')'))?;
        let plain = (k..=close).all(|m| {
            (m == k || !self.ctx.boundary(m - 1, m))
                && (definite(self.word(m)) || self.lex.is_common_word(self.word(m)))
                && self.person_hit_covering(m).is_none()
        });
        plain.then_some(close)
    }

    /// A word of a portfolio after "لشؤون": a frequent one ("آسيا", "والشرق"), no one's name.
    fn portfolio_word(&self, t: usize) -> bool {
        let w = self.word(t);
        self.lex.is_common_word(w)
            && self.person_hit_covering(t).is_none()
            && !is_one_of(w, &self.lex.people.name_stops)
    }

    /// Two rare words from `t` on, the second no title's and no known
    /// person's ("الزائر وانغ يي" is the title, then Wang Yi): a name after a title.
    fn rare_name_ahead(&self, t: usize, p: Para) -> bool {
        t + 1 < p.last
            && !self.ctx.boundary(t, t + 1)
            && !self.lex.is_common_word(self.word(t + 1))
            && self.name_word(t + 1)
            && self.title_at(t + 1, p).is_none()
            && self.person_hit_at(t + 1).is_none()
    }

    /// After a title ending at `j`: its country and where the name may start.
    /// The title runs on over its domain ("والتعاون الدولي"), a nationality,
    /// a second office ("لرئيس مجلس الوزراء الكويتي، وزير الخارجية") and where
    /// it is held ("ولي العهد في دولة الكويت").
    fn title_tail(&self, j: usize, p: Para, role: Role) -> (Option<usize>, usize) {
        let people = &self.lex.people;
        let mut k = j;
        let mut country = None;
        // "حاكم إمارة الفجيرة": a local office's seat, after which another
        // office is someone else's, as after a country.
        let mut seat = false;
        let mut after_gloss = false;
        while k < p.last && k < j + TITLE_TAIL {
            // "رئيس مجلس الدوما (البرلمان) الروسي": a gloss in parentheses goes on with the title.
            if let Some(close) = self.gloss_at(k, p) {
                k = close + 1;
                after_gloss = true;
                continue;
            }
            // "NAME، وزير الخارجية ، في ... إلى تركيا": a comma right
            // after the title ends it too; what follows is the sentence's.
            let gloss_closed = std::mem::take(&mut after_gloss);
            if k > 0 && !gloss_closed && (k > j || self.ctx.comma_between(k - 1, k)) && self.ctx.boundary(k - 1, k) {
                if self.ctx.comma_between(k - 1, k)
                    && let Some(title) = self.title_at(k, p)
                    && !title.plural
                    && !title.weak
                    // "محافظ أسيوط، سفير البرازيل": after a country or a seat, an
                    // office with a country of its own is the next person's.
                    && !((country.is_some() || seat) && self.another_persons_title(title, p))
                {
                    k = title.end;
                    continue;
                }
                break;
            }
            // "لشؤون آسيا والشرق الأوسط ديفيد ...": the portfolio is frequent
            // words, indefinite ones too; the name after it is rare ones.
            if k > j && is_one_of(self.word(k - 1), &people.affairs) {
                let portfolio_end = (k..(k + PORTFOLIO_WORDS).min(p.last))
                    .take_while(|&m| !self.ctx.boundary(m - 1, m) && self.portfolio_word(m))
                    .last();
                if let Some(last) = portfolio_end {
                    k = last + 1;
                    continue;
                }
            }
            // "الأمين العام لمنظمة التعاون الإسلامي": the organisation belongs to the title.
            if let Some(last) = self.org_hit_at(k) {
                k = last + 1;
                continue;
            }
            if let Some((c, last)) = self.country_hit_at(k) {
                // "المبعوث الأممي لليمن": an envoy's or ambassador's "ل" + country is the posting.
                // "القنصل العام لروسيا في أربيل": an ambassador's first country is their own.
                let own_first = role == Role::Ambassador && country.is_none();
                let posting = matches!(role, Role::Envoy | Role::Ambassador | Role::SecretaryGeneral)
                    && !own_first
                    && self.word(k).starts_with('ل')
                    && !self.ctx.kb.countries[c].name_ar.starts_with('ل');
                if !posting {
                    country = country.or(Some(c));
                }
                k = last + 1;
                continue;
            }
            let after_local_office = is_one_of(self.word(k - 1), &self.lex.cues.local_office)
                || (k > j && is_one_of(self.word(k - 1), &self.lex.cues.city_words));
            if after_local_office && let Some(last) = self.city_hit_at(k) {
                seat = true;
                k = last + 1;
                continue;
            }
            // "رئيس وزراء إقليم كوردستان": the region and its name are the office's seat.
            if is_one_of(self.word(k), &people.region)
                && k + 1 < p.last
                && !self.ctx.boundary(k, k + 1)
                && self.person_hit_covering(k + 1).is_none()
            {
                seat = true;
                k += 2;
                continue;
            }
            if matches!(role, Role::Ambassador | Role::SecretaryGeneral) && is_one_of(self.word(k), &people.general) {
                k += 1;
                continue;
            }
            if is_one_of(self.word(k), &people.posting) {
                // "في حكومة تصريف الأعمال اللبنانية", "إلى ليبيا", "في الخارج".
                let found = (k + 1..(k + 1 + POSTING_WORDS).min(p.last))
                    // "وزير الخارجية إلى أن زيارته للبرازيل": a clause, not a posting.
                    .take_while(|&m| {
                        !self.ctx.boundary(m - 1, m)
                            && self.person_hit_covering(m).is_none()
                            && !is_one_of(self.word(m), &self.lex.cues.clause_break)
                            // "رسالة من أمير الكويت إلى الرئيس الإيراني": another office, not a posting.
                            && self.title_at(m, p).is_none()
                    })
                    .find_map(|m| self.country_hit_at(m));
                if let Some((c, last)) = found {
                    // An envoy "إلى اليمن" or an ambassador "في الجزائر" is not of that country.
                    if !matches!(role, Role::Ambassador | Role::Envoy) {
                        country = country.or(Some(c));
                    }
                    k = last + 1;
                    continue;
                }
                // "السفير الروسي في بيروت": the city of a posting belongs to the title.
                // "القنصل الإيراني العام في محافظة النجف": a word for a city may come first.
                let city_at = |m: usize| {
                    self.city_hit_at(m).or_else(|| {
                        is_one_of(self.word(m), &self.lex.cues.city_words).then(|| self.city_hit_at(m + 1)).flatten()
                    })
                };
                let posted_city = matches!(role, Role::Ambassador | Role::Envoy).then(|| city_at(k + 1)).flatten();
                if let Some(last) = posted_city {
                    k = last + 1;
                    continue;
                }
                // "المعتمد لدى بلادنا": posted in the host's country.
                if k + 1 < p.last && is_one_of(self.word(k + 1), &people.home_country) {
                    k += 2;
                    continue;
                }
                let m = k + 1;
                // "في الخارج" is where the office is held; "إلى العاصمة" is a trip.
                let towards = is_one_of(self.word(k), &people.towards);
                // "بوزير خارجية إيران في العاصمة طهران": the capital is where they met.
                if m < p.last
                    && !towards
                    && definite(self.word(m))
                    && !is_one_of(self.word(m), &self.lex.cues.city_words)
                    && self.person_hit_covering(m).is_none()
                    && self.title_at(m, p).is_none()
                {
                    k = m + 1;
                    continue;
                }
                break;
            }
            // "وزير صناعة الدفاع", "وزير تنمية المجتمع": a portfolio in the construct
            // state, a frequent indefinite word before a definite one.
            let construct = role == Role::Minister
                && k == j
                && k + 1 < p.last
                && !definite(self.word(k))
                && self.lex.is_common_word(self.word(k))
                && !self.ctx.boundary(k, k + 1)
                && definite(self.word(k + 1))
                && self.person_hit_covering(k).is_none()
                && self.title_at(k, p).is_none();
            if construct {
                k += 1;
                continue;
            }
            // "أمير الكويت للرئيس الإيراني", "ولي العهد السعودي ورئيس الوزراء العراقي",
            // "وزير خارجية عمان بوزير خارجية إيران": after its country, an office
            // behind "ل", "و" or "ب" is someone else's; "نائب رئيس مجلس الوزراء ووزير
            // الخارجية بوزير الخارجية الأمريكي": behind "ب" (with), country or not.
            let title = self.title_at(k, p);
            let someone_elses = title.is_some_and(|title| {
                let after_country = (country.is_some() || seat)
                    && (self.word(k).starts_with(['ل', 'و', 'ب']) || self.another_persons_title(title, p));
                let with_another = k > j && self.word(k).starts_with('ب') && !title.plural;
                after_country || with_another
            });
            // "رئيس مجلس الشورى الشيخ الدكتور NAME": an honorific opens the name.
            // Not "مستشار السلطان قابوس": an honorific that is an office goes on with
            // the title, and so does one before a nationality ("الوزير الأول الجزائري").
            let honorific = is_one_of(self.word(k), &people.honorifics)
                && title.is_none()
                && k + 1 < p.last
                && self.country_hit_at(k + 1).is_none()
                && !self.homonym_name(k, p);
            if self.person_hit_covering(k).is_some() || !self.title_word(k, p) || someone_elses || honorific {
                break;
            }
            match title {
                Some(title) => k = title.end,
                None => k += 1,
            }
        }
        (country, k)
    }

    /// An office at `t`, with its country and name: pushes the references and
    /// returns the token after them.
    fn office_at(&mut self, t: usize, p: Para) -> Option<usize> {
        let mut title = self.title_at(t, p)?;
        if title.plural {
            return Some(self.list(t, title.end, Some(title.role), Some(title.index), p, false).max(title.end));
        }
        // "نائب وزير الخارجية الروسي": a deputy, not the minister; the office
        // starts at "نائب", and no holder of the minister's office is them.
        let deputy =
            t > p.first && !self.ctx.boundary(t - 1, t) && is_one_of(self.word(t - 1), &self.lex.people.deputy);
        let minister_role = title.role;
        if deputy {
            title.role = Role::Minister;
        }
        let t = if deputy { t - 1 } else { t };
        let (country, k) = self.title_tail(title.end, p, title.role);
        let last = k.saturating_sub(1).max(t);
        // A deputy keeps the title served, for the English of the deputy's office.
        let office_title = Some(title.index);
        let base = PersonRef {
            first: t,
            last,
            role: Some(title.role),
            office: Some((t, last)),
            office_title,
            country,
            ..blank()
        };
        // The name after the office, or before it ("مولود تشاووش أوغلو وزير خارجية تركيا").
        // A known person after a title that never was theirs belongs to a title
        // inside the tail ("X المبعوثة الخاصة ومستشارة الرئيس الفرنسي إيمانويل
        // ماكرون"): the name before is this title's, and the scan goes on from there.
        // Not on the next line: "- NAME – سفير جمهورية غانا\n- NAME2 – ..." lists
        // each name before its title.
        let next_line = k > t && self.ctx.between(k - 1, k).contains('\n');
        let after = if next_line { None } else { self.name_after(k, p) };
        let before = self.name_before(t, p);
        let after_person = after.as_ref().and_then(|(_, person, _)| *person);
        let holds = |i: usize, role: Role| held(self.ctx.kb, i, role);
        let inner_title = (title.end..k).any(|m| self.title_at(m, p).is_some());
        // "ديفيد شينكر المساعد لوزير الخارجية الأميركية، مايك بومبيو": the minister
        // named after a deputy's title is whom the deputy serves.
        let not_theirs = (inner_title && after_person.is_some_and(|i| !holds(i, title.role)))
            || (deputy && after_person.is_some_and(|i| holds(i, minister_role)));
        if not_theirs
            && let Some(name) = before.clone().filter(|(_, person, _)| country.is_some() || person.is_some())
            && let Some((inner, inner_person, inner_written)) = after.clone()
        {
            self.name_the_title(name, base);
            // The person inside the title is only mentioned.
            self.push_mentioned(inner, inner_person, inner_written);
            return Some(inner.1 + 1);
        }
        // "محمد بن عبد الرحمن آل ثاني، وزير خارجية تميم بن حمد": a minister "of" a
        // head of state (the title's last word bare) is the name before, or the
        // office alone of that head's country; the head is only mentioned.
        let of_head = !deputy
            && !definite(self.word(title.end - 1))
            && after_person.is_some_and(|i| !holds(i, title.role) && holds(i, Role::HeadOfState));
        if of_head && let Some((inner, inner_person, inner_written)) = after.clone() {
            let head_country = inner_person
                .and_then(|i| self.ctx.kb.countries.iter().position(|c| c.code == self.ctx.kb.people[i].country));
            let base = PersonRef { country: country.or(head_country), ..base };
            match before.clone() {
                Some(name) => self.name_the_title(name, base),
                None => self.push(base),
            }
            self.push_mentioned(inner, inner_person, inner_written);
            return Some(inner.1 + 1);
        }
        // "والممثل الخاص للسلطان قابوس بن سعيد" with no name before: the sultan is
        // only mentioned, and the envoy is named later, if at all.
        if not_theirs
            && let Some((inner, inner_person, inner_written)) = after.clone()
            && inner_person.is_some()
            && inner.0 > t
            && self.word(inner.0 - 1).starts_with("لل")
        {
            self.push(base);
            self.push_mentioned(inner, inner_person, inner_written);
            return Some(inner.1 + 1);
        }
        // "التقى وانغ يي وزير الخارجية الصيني، سامي حداد، الرئيس ...": the title
        // already has its holder before it; the name after the comma is the other side.
        // (The comma may stand before the name's honorifics: "، السيد/ NAME".)
        let honorific = |h: usize| is_one_of(self.word(h), &self.lex.people.honorifics);
        let comma_then_after = after.as_ref().is_some_and(|(name, _, _)| {
            (t..name.0).any(|j| self.ctx.comma_between(j, j + 1) && (j + 1..name.0).all(honorific))
        });
        let comma_before_after = comma_then_after && after.as_ref().is_some_and(|(_, person, _)| person.is_none());
        if comma_before_after
            && let Some(name) = before.clone().filter(|(_, person, _)| person.is_some_and(|i| holds(i, title.role)))
        {
            self.name_the_title(name, base);
            return Some(k);
        }
        // "NAME، وزير خارجية يوغندا، الجنرال NAME، وزير الدولة ...": a list of
        // names each with its title after it; the name after this title has its own.
        // Not "... ووزير الدفاع": a title behind "و" is the next item's.
        let after_has_title = after.as_ref().is_some_and(|(name, _, _)| {
            let j = name.1 + 1;
            let behind_and = || {
                self.word(j).strip_prefix('و').is_some_and(|rest| self.lex.offices.iter().any(|o| o.words[0] == rest))
            };
            j < p.last && self.title_at(j, p).is_some_and(|next| !next.weak) && !behind_and()
        });
        // The name before may be a known person whose office the knowledge base
        // words otherwise ("X، نائب رئيس مجلس الوزراء وزير الخارجية، معالي Y، وزير ..."):
        // the name after has a title of its own, so this one is the name before's.
        if comma_then_after
            && after_has_title
            && let Some(name) = before.clone()
        {
            self.name_the_title(name, base);
            return Some(k);
        }
        if let Some((name, person, written)) = after {
            if title.weak && country.is_none() && person.is_none() {
                return None;
            }
            self.push(PersonRef { last: name.1, name: Some(name), written: Some(written), person, ..base });
            return Some(name.1 + 1);
        }
        if let Some(name) = before.filter(|(name, person, _)| {
            country.is_some()
                || person.is_some()
                || self.right_after_meeting_word(name.0, p)
                // "، سامي حداد، الرئيس الجديد ...": a name set off by commas before its title.
                || (name.0 > p.first && self.ctx.comma_between(name.0 - 1, name.0) && self.ctx.comma_between(name.1, t))
        }) {
            self.name_the_title(name, base);
            return Some(k);
        }
        if title.weak && country.is_none() {
            return None;
        }
        self.push(base);
        Some(k)
    }

    /// "نظيره الصيني وانغ يي", "نظيرته الإندونيسية ريتنو مارسودي",
    /// "نظيريه الصيني ... والتركي ...".
    fn counterpart_at(&mut self, t: usize, p: Para) -> Option<usize> {
        let w = self.word(t);
        let people = &self.lex.people;
        let plural = is_one_of(w, &people.counterparts);
        if !plural && !is_one_of(w, &people.counterpart) {
            return None;
        }
        if plural {
            return Some(self.list(t, t + 1, None, None, p, true));
        }
        let mut k = t + 1;
        let mut country = None;
        if is_one_of(self.word(k), &self.lex.dates.words.from) && self.country_hit_at(k + 1).is_some() {
            k += 1;
        }
        if k < p.last
            && !self.ctx.boundary(k - 1, k)
            && let Some((c, last)) = self.country_hit_at(k)
        {
            country = Some(c);
            k = last + 1;
        }
        let office = country.map(|_| (t, k - 1));
        let base = PersonRef { first: t, last: k - 1, office, country, counterpart: true, ..blank() };
        if let Some((name, person, written)) = self.name_after(k, p) {
            self.push(PersonRef { last: name.1, name: Some(name), written: Some(written), person, ..base });
            return Some(name.1 + 1);
        }
        self.push(base);
        Some(k)
    }

    /// The items of a list under a plural office or counterpart word, from
    /// token `k`: "[و]COUNTRY[،] NAME" or "[و]ADJECTIVE NAME", each one person.
    fn list(
        &mut self,
        head: usize,
        mut k: usize,
        role: Option<Role>,
        office_title: Option<usize>,
        p: Para,
        counterpart: bool,
    ) -> usize {
        let from = &self.lex.dates.words.from;
        let mut items = 0;
        // "وزراء خارجية الدول الأوروبية الثلاث فرنسا وألمانيا": the list starts at the first country.
        let limit = (k + TITLE_TAIL).min(p.last);
        let mut group = false;
        while k < limit && self.country_hit_at(k).is_none() && !is_one_of(self.word(k), from) && self.title_word(k, p) {
            group |= is_one_of(self.word(k), &self.lex.people.group_words);
            k += 1;
        }
        // "وزراء خارجية كل من الولايات المتحدة وبريطانيا": the countries follow "كل من".
        if k + 1 < p.last && is_one_of(self.word(k), &self.lex.cues.list_openers) && is_one_of(self.word(k + 1), from) {
            k += 1;
        }
        while k < p.last {
            let mut at = k;
            if is_one_of(self.word(at), from) {
                at += 1;
            }
            let Some((country, last)) = self.country_hit_at(at) else {
                // "كوراتيا، فنلندا": one word the gazetteer does not know, between
                // commas, before another country, does not end the list.
                let next = at + 1;
                if items > 0 && next < p.last && self.ctx.comma_between(at, next) && self.country_hit_at(next).is_some()
                {
                    k = next;
                    continue;
                }
                break;
            };
            let mut end = last;
            let (name, written, person) = match self.name_after(last + 1, p) {
                Some((name, person, written)) => {
                    end = name.1;
                    (Some(name), Some(written), person)
                }
                None => (None, None, None),
            };
            let first = if items == 0 { head } else { at };
            self.push(PersonRef {
                first,
                last: end,
                name,
                written,
                person,
                role,
                office: Some((first, last)),
                office_title,
                country: Some(country),
                counterpart,
                // The group meets as one: a multilateral meeting, no side of a bilateral.
                group,
                ..blank()
            });
            items += 1;
            k = end + 1;
            // Items are joined by "،" or "و" (on the next word); anything else ends the list.
            if k >= p.last || (!self.ctx.comma_between(end, k) && !self.word(k).starts_with('و')) {
                break;
            }
            if self.ctx.boundary(end, k) && !self.ctx.comma_between(end, k) {
                break;
            }
        }
        k
    }

    /// A name starting at `k` (after titles such as "الشيخ" and an optional
    /// comma).
    fn name_after(&self, mut k: usize, p: Para) -> Option<Name> {
        let people = &self.lex.people;
        while k < p.last && is_one_of(self.word(k), &people.honorifics) && !self.homonym_name(k, p) {
            k += 1;
        }
        if k >= p.last {
            return None;
        }
        if let Some(h) = self.person_hit_covering(k) {
            let person = if let Entity::Person(i) = h.entity { Some(i) } else { None };
            // "... وزير الخارجية البريطاني وبيني وونغ": a name joined by "و" is the
            // next item, not this title's name.
            if person.is_some_and(|p| self.conjunction_on(k, p)) {
                return None;
            }
            let last = self.lineage_end(h.last_token, p);
            return Some(((k, last), person, self.text(k, last).to_owned()));
        }
        // Headlines are too terse to tell a name from the topic after a title.
        if self.in_headline(p) {
            return None;
        }
        // "وجيمس": the next item of a list, unless a given name opens with "و".
        let w = self.word(k);
        if w.starts_with('و') && !is_one_of(w, &people.waw_names) && !is_one_of(w, &people.name_particles) {
            return None;
        }
        // "الرئيس بري وعرضنا", "الرئيس الأسد السفيرين": the surname of someone
        // named before is that person, whatever word follows it.
        if let Some(r) = self.named_before_by_surname(k) {
            let written = r.written.clone().unwrap_or_else(|| self.text(k, k).to_owned());
            return Some(((k, k), r.person, written));
        }
        let end = self.unknown_name(k, p)?;
        Some(((k, end), None, self.text(k, end).to_owned()))
    }

    /// The one reference before `k` whose name of two words or more ends with
    /// the word at `k` ("نبيه بري" for "بري"); none when two people share it.
    fn named_before_by_surname(&self, k: usize) -> Option<&PersonRef> {
        let w = self.word(k);
        // Three letters will do here ("بري"): after a title, a short word is less
        // often a common one than it is standing alone.
        if !could_be_surname(self.lex, w, 3) {
            return None;
        }
        let mut named = self
            .refs
            .iter()
            .filter(|r| r.last < k)
            .filter(|r| r.name.is_some_and(|(a, b)| b > a && normalize(self.word(b)) == normalize(w)));
        let first = named.next()?;
        let same = |r: &PersonRef| r.person == first.person && r.written == first.written;
        named.all(same).then_some(first)
    }

    /// A name ending right before the title at `t`: a known person, or name
    /// words after a boundary ("فقد التقى مولود تشاووش أوغلو وزير خارجية تركيا").
    fn name_before(&self, t: usize, p: Para) -> Option<Name> {
        if t == p.first || self.in_headline(p) {
            return None;
        }
        let end = t - 1;
        // "السيد (محمد المعلول) القائم بأعمال السفارة": a name set in parentheses before its title.
        // "- السيد روبرت إيفريي – سفير جمهورية غانا": or set off by a dash.
        let gap = self.ctx.between(end, t).trim();
        let closing_paren = gap == ")";
        let dash = matches!(gap, "–" | "-" | "—");
        if self.ctx.boundary(end, t) && !self.ctx.comma_between(end, t) && !closing_paren && !dash {
            return None;
        }
        // "جدول الأعمال الرئيسي للرئيس الإيراني": a title behind "ل" or "ب" is
        // what the words before it belong to, not their apposition.
        if self.prepositional_title(t) {
            return None;
        }
        if let Some(r) = self.refs.iter().rev().find(|r| r.last == end && r.person.is_some() && r.role.is_none()) {
            let name = r.name.unwrap_or((r.first, r.last));
            return Some((name, r.person, r.written.clone().unwrap_or_default()));
        }
        let particles = &self.lex.people.name_particles;
        let mut start = t;
        let mut words = 0;
        let mut conjunction = false;
        while start > p.first {
            let k = start - 1;
            // "آن كلير لوجوندر": a name that folds like a common word ("أن"), as written.
            // "عبدالله بن محمد آل الشيخ": a title word after a particle is the name's.
            let after_particle = k > p.first
                && is_one_of(self.word(k - 1), particles)
                && is_one_of(self.word(k), &self.lex.people.honorifics);
            // "كيس فان سبرونسن": a particle between two name words is the name's.
            let inner_particle = k > p.first && k < end && is_one_of(self.word(k), particles) && self.name_word(k - 1);
            let name = self.name_word(k) || self.homonym_name(k, p) || after_particle || inner_particle;
            if !name || (k < end && self.ctx.boundary(k, k + 1)) {
                break;
            }
            let particle = is_one_of(self.word(k), particles);
            if !particle {
                words += 1;
            }
            if words > NAME_WORDS {
                break;
            }
            start = k;
            // "وجيمس كليفرلي", "...، ويسرائيل كاتس، وزير": a conjunction opens the
            // name, after another item (with or without a comma before it).
            if !particle && self.word(k).starts_with('و') {
                conjunction = k > p.first && !is_one_of(self.word(k), &self.lex.people.waw_names);
                break;
            }
        }
        if start > end || words < 2 || self.common_phrase(start, end) {
            return None;
        }
        let text = self.text(start, end);
        let written = if conjunction { text.strip_prefix('و').unwrap_or(text) } else { text };
        Some(((start, end), None, written.to_owned()))
    }

    /// The title at `t` carries the preposition "ل" or "ب" ("للرئيس", "بوزير").
    /// "استقبل (الدكتور) حنفي جبالي رئيس مجلس النواب": words between a meeting
    /// verb and a title are a name even when the title names no country.
    fn right_after_meeting_word(&self, first: usize, p: Para) -> bool {
        let mut k = first;
        while k > p.first && is_one_of(self.word(k - 1), &self.lex.people.honorifics) {
            k -= 1;
        }
        if k > p.first && !self.ctx.boundary(k - 1, k) && {
            let w = self.word(k - 1);
            is_one_of(w, &self.lex.cues.meeting) && !is_one_of(w, &self.lex.cues.nouns)
        } {
            return true;
        }
        // "تلقى اتصالاً هاتفياً من NAME وزير خارجية ...": the caller, right after the call.
        if k > p.first && is_one_of(self.word(k - 1), &self.lex.dates.words.from) {
            k -= 1;
            while k > p.first && is_one_of(self.word(k - 1), &self.lex.cues.call_marks) {
                k -= 1;
            }
            return k > p.first && is_one_of(self.word(k - 1), &self.lex.cues.call);
        }
        false
    }

    fn prepositional_title(&self, t: usize) -> bool {
        let w = self.word(t);
        let heads = || self.lex.offices.iter().filter_map(|o| o.words.first());
        ["لل", "ولل", "ل", "ول", "ب", "وب"].iter().any(|prefix| {
            w.strip_prefix(prefix).is_some_and(|rest| {
                let rest = if prefix.ends_with("لل") { format!("ال{rest}") } else { rest.to_owned() };
                heads().any(|h| *h == rest)
            })
        })
    }

    /// Whether token `k` carries the conjunction "و" in front of a name of
    /// `person` (and the name itself does not begin so, as "وانغ" does).
    fn conjunction_on(&self, k: usize, person: usize) -> bool {
        let w = self.word(k);
        if !w.starts_with('و') {
            return false;
        }
        let p = &self.ctx.kb.people[person];
        let own = std::iter::once(&p.name_ar).chain(&p.aliases_ar).any(|n| normalize(n).split(' ').next() == Some(w));
        !own
    }

    fn in_headline(&self, p: Para) -> bool {
        p.kind == LineKind::Headline
    }

    /// Whether token `k` may be part of a name nobody has told us about.
    fn name_word(&self, k: usize) -> bool {
        let w = self.word(k);
        let Some(first) = w.chars().next() else { return false };
        // "و كان": a conjunction standing alone is no part of a name.
        if w.chars().count() < 2 {
            return false;
        }
        if !crate::text::is_arabic_letter(first) {
            return false;
        }
        // "نظيره الجزائري مؤتمرًا مشتركًا": a word with the accusative's
        // tanween is a common noun of the sentence, never a name.
        const TANWEEN_FATH: char = '\u{064B}';
        if self.written(k).trim_end_matches('ا').ends_with(TANWEEN_FATH) {
            return false;
        }
        let lex = self.lex;
        let stop = is_one_of(w, &lex.people.name_stops)
            || is_one_of(w, &lex.cues.meeting)
            || is_one_of(w, &lex.cues.with_pronoun)
            || is_one_of(w, &lex.cues.call)
            || is_one_of(w, &lex.cues.object_end)
            || is_one_of(w, &lex.quotes.speech)
            || is_one_of(w, &lex.people.counterpart)
            || is_one_of(w, &lex.people.counterparts)
            || is_one_of(w, &lex.people.attendance)
            || is_one_of(w, &lex.people.mention)
            || is_one_of(w, &lex.people.both_sides)
            || is_one_of(w, &lex.people.honorifics)
            || is_one_of(w, &lex.quotes.spokesperson)
            || lex.dates.is_weekday_word(w)
            || lex.dates.is_month_word(w);
        if stop || self.noun_with_pronoun(k) {
            return false;
        }
        // Places, organisations and agencies are not names (a topic's word may be).
        !self.inside_place_or_body(k)
    }

    /// "لتهنئته بتوليه منصبه": a preposition, a frequent noun and a pronoun ending
    /// (written "ه", not the "ة" a name may end with) are the sentence's, never a name.
    fn noun_with_pronoun(&self, k: usize) -> bool {
        let w = self.written(k);
        let Some(stem) = w.strip_prefix(['ل', 'ب']).and_then(|rest| rest.strip_suffix('ه')) else {
            return false;
        };
        if stem.chars().count() < 3 {
            return false;
        }
        // A noun's "ة" is written "ت" before the pronoun: "تهنئة" + "ه" is "تهنئته".
        let noun = stem.strip_suffix('ت').map(|s| format!("{s}ة"));
        noun.iter().map(String::as_str).chain([stem]).any(|n| self.lex.is_common_word(&normalize(n)))
    }

    /// Token `k` is part of a place's, an organisation's or an agency's name
    /// ("شرم الشيخ", "مجلس الأمن").
    fn inside_place_or_body(&self, k: usize) -> bool {
        let to = self.ctx.hits.partition_point(|h| h.first_token <= k);
        self.ctx.hits[..to].iter().rev().take(8).any(|h| {
            h.first_token <= k
                && k <= h.last_token
                && matches!(
                    h.entity,
                    Entity::Country(_)
                        | Entity::CountryAdjective(_)
                        | Entity::City(_)
                        | Entity::Org(_)
                        | Entity::Agency(_)
                )
        })
    }

    /// "علي باقري", "صباح خالد": a name that folds like a common word, as
    /// written (so never the preposition "على"), with a name word after it.
    fn homonym_name(&self, k: usize, p: Para) -> bool {
        // "السيد على محمد عمر": after an honorific, the preposition's spelling is the name's.
        let after_honorific = k > p.first
            && is_one_of(self.word(k - 1), &self.lex.people.honorifics)
            && is_one_of(self.word(k), &self.lex.people.name_homonyms);
        (self.written_homonym(k) || after_honorific) && k + 1 < p.last && self.name_word(k + 1)
    }

    fn written_homonym(&self, k: usize) -> bool {
        let tok = &self.ctx.doc.tokens[k];
        let raw = &self.ctx.article.text[tok.start..tok.end];
        self.lex.homonyms_as_written.iter().any(|h| h == raw)
    }

    /// An office title at `t` that ends a name (or starts none): any but a
    /// given name that reads as one ([`Self::given_name_title`]).
    fn title_stops_name(&self, t: usize, p: Para) -> bool {
        self.title_at(t, p).is_some_and(|title| !self.given_name_title(title, t, p))
            // "باربرا ليف مساعدة وزير الخارجية": a deputy word before an office opens it.
            || (t + 1 < p.last
                && is_one_of(self.word(t), &self.lex.people.deputy)
                && !self.ctx.boundary(t, t + 1)
                && self.title_at(t + 1, p).is_some())
    }

    /// "حسين أمير عبد الحليم", "محمد سلطان": a one-word title without its
    /// article and with no country after it, inside a name, is a given name.
    fn given_name_title(&self, title: Title, t: usize, p: Para) -> bool {
        // "أمير المنطقة الشرقية" is the office.
        title.end == t + 1
            && !definite(self.word(t))
            && t + 1 < p.last
            && self.country_hit_at(t + 1).is_none()
            && self.name_word(t + 1)
            && !definite(self.word(t + 1))
    }

    /// "استقبل وزير الصحة الموريتاني القنصل الفرنسي": after the nationality, a
    /// title with a nationality of its own is the next person's.
    fn another_persons_title(&self, title: Title, p: Para) -> bool {
        title.end < p.last && !self.ctx.boundary(title.end - 1, title.end) && self.country_hit_at(title.end).is_some()
    }

    /// "آل ثاني" after "محمد بن عبد الرحمن آل ثاني" was named: a particle and a
    /// word at `t` that end the name of someone the text named before.
    fn surname_of_someone_named(&self, t: usize, p: Para) -> bool {
        if t + 1 >= p.last || !is_one_of(self.word(t), &self.lex.people.name_particles) {
            return false;
        }
        let tail = format!(" {} {}", self.word(t), self.word(t + 1));
        self.refs.iter().filter(|r| r.last < t).any(|r| {
            let known = r.person.map(|i| normalize(&self.ctx.kb.people[i].name_ar));
            let written = r.written.as_deref().map(normalize);
            known.into_iter().chain(written).any(|n| n.ends_with(&tail))
        })
    }

    /// The last token of an unknown name starting at `k`, if one does: two
    /// to four words (particles such as "بن" aside), up to a boundary, a title
    /// or a word that is not a name's.
    fn unknown_name(&self, k: usize, p: Para) -> Option<usize> {
        let people = &self.lex.people;
        // "السيد أمين عام وزارة الخارجية": an office after the honorific, not a name.
        if self.title_stops_name(k, p) {
            return None;
        }
        let mut end = None;
        let mut words = 0;
        let mut t = k;
        while t < p.last {
            if t > k && (self.ctx.boundary(t - 1, t) || self.title_stops_name(t, p)) {
                break;
            }
            // "استقبل ... محمد الحلبوسي آل ثاني": a known person's name after two
            // words of this one is the next reference, not more of this name.
            if words >= 2 && (self.person_hit_at(t).is_some() || self.surname_of_someone_named(t, p)) {
                break;
            }
            let w = self.word(t);
            let particle = is_one_of(w, &people.name_particles);
            // "ولد الشيخ أحمد": a title word after a particle is part of the name.
            let after_particle = t > k && is_one_of(self.word(t - 1), &people.name_particles);
            let ok = self.name_word(t)
                || (after_particle
                    && (is_one_of(w, &people.honorifics)
                        || is_one_of(w, &people.particle_names)
                        || self.written_homonym(t)))
                || self.homonym_name(t, p);
            if !ok {
                break;
            }
            // "وجيمس": the next item of a list, not more of this name; "أوروبا
            // والشؤون", "ميركيل وستتناول": a conjunction before a noun or a verb.
            let conjunction = t > k
                && !particle
                && w.strip_prefix('و').is_some_and(|rest| {
                    words >= 2 || rest.starts_with("ال") || rest.starts_with("ست") || rest.starts_with("سي")
                });
            if conjunction {
                break;
            }
            // "حننا ولد سيدي التعاون الأمني": after two words of a name, two
            // frequent definite words in a row are what the sentence goes on to.
            let frequent_definite = |m: usize| {
                m < p.last
                    && definite(self.word(m))
                    && self.lex.is_common_word(self.word(m))
                    && self.person_hit_covering(m).is_none()
            };
            if words >= 2 && !self.ctx.boundary(t, t + 1) && frequent_definite(t) && frequent_definite(t + 1) {
                break;
            }
            if !particle {
                words += 1;
                if words > NAME_WORDS {
                    break;
                }
                end = Some(t);
            }
            t += 1;
        }
        // "الرئيس الجديد لمكتب تمثيل جامعة الدول العربية": words that run into an
        // organisation's name are what the title heads, not a name.
        let end = (words >= 2).then_some(end).flatten()?;
        let into_org = self.org_hit_at(end + 1).is_some() && !self.ctx.boundary(end, end + 1);
        (!into_org && !self.common_phrase(k, end)).then_some(end)
    }

    /// "فيما يبدو", "التعاون الدولي", "أخرى أجراها": words from `a` to `b` that
    /// are all frequent words of the language, which no name is made of alone.
    fn common_phrase(&self, a: usize, b: usize) -> bool {
        let lex = self.lex;
        (a..=b)
            .map(|t| self.word(t))
            .filter(|w| !is_one_of(w, &lex.people.name_particles))
            .all(|w| lex.is_common_word(w))
    }
}

/// `word` is `base`, or `base` behind a conjunction or preposition ("ووزير",
/// "بنظيره", "للرئيس"); unlike a stem, never `base` without its "ال"
/// ("الأمير" is a title word, "أمير" an office).
fn with_clitic(word: &str, base: &str) -> bool {
    if word == base {
        return true;
    }
    let Some(prefix) = word.strip_suffix(base) else {
        return base.strip_prefix("ال").is_some_and(|rest| word == format!("لل{rest}") || word == format!("ولل{rest}"));
    };
    matches!(prefix, "و" | "ب" | "ل" | "ف" | "وب" | "ول" | "فب")
}

/// A word with the article "ال", perhaps behind a clitic ("والتعاون", "للشؤون").
fn definite(w: &str) -> bool {
    // At least two letters after the article: "فالح" is not "ف" + "الح".
    stems(w).iter().any(|s| s.strip_prefix("ال").is_some_and(|rest| rest.chars().count() >= 2)) || w.starts_with("لل")
}

fn blank() -> PersonRef {
    PersonRef {
        first: 0,
        last: 0,
        name: None,
        written: None,
        person: None,
        role: None,
        office: None,
        office_title: None,
        country: None,
        counterpart: false,
        aside: false,
        spokesperson: false,
        in_title: false,
        group: false,
        someone: 0,
    }
}

/// A word that may stand for a full name as its surname: long enough, and no
/// particle, common given name or word the lexicon says is no surname.
fn could_be_surname(lex: &Lexicon, w: &str, min_letters: usize) -> bool {
    let people = &lex.people;
    w.chars().count() >= min_letters
        && !is_one_of(w, &people.name_particles)
        && !is_one_of(w, &people.common_given_names)
        && !is_one_of(w, &people.not_surnames)
}

/// A surname the article used with a full name before, standing alone later:
/// "ناصر بوريطة ... كما أجرى بوريطة".
fn add_surnames(ctx: &Context, refs: &mut Vec<PersonRef>) {
    let mut surnames: Vec<(String, PersonRef)> = Vec::new();
    // Four letters at least: nor "الله" of "رامي الحمد الله", also the end of "رام الله".
    let usable = |w: &str| could_be_surname(ctx.lex, w, 4);
    for r in refs.iter() {
        let Some((a, b)) = r.name else { continue };
        if b <= a {
            continue;
        }
        // The last word ("بوريطة"), and the first of a name that puts the family
        // name first ("وانغ" for "وانغ يي").
        for t in [b, a] {
            let w = ctx.token_text(t).to_owned();
            if usable(&w) && !surnames.iter().any(|(s, _)| *s == w) {
                surnames.push((w, r.clone()));
            }
        }
    }
    // A word two named people share names neither.
    let shared: Vec<String> = surnames
        .iter()
        .filter(|(w, r)| surnames.iter().any(|(w2, r2)| w2 == w && (r2.person != r.person || r2.written != r.written)))
        .map(|(w, _)| w.clone())
        .collect();
    surnames.retain(|(w, _)| !shared.contains(w));
    if surnames.is_empty() {
        return;
    }
    let mut extra = Vec::new();
    let mut covered = vec![false; ctx.doc.tokens.len()];
    for r in refs.iter() {
        for c in covered.iter_mut().take(r.last + 1).skip(r.first) {
            *c = true;
        }
    }
    for (t, c) in covered.iter().enumerate() {
        if *c || ctx.para_of_token(t).is_none_or(|p| !matches!(ctx.paras[p].kind, LineKind::Body | LineKind::Headline))
        {
            continue;
        }
        let word = ctx.token_text(t);
        if let Some((_, full)) = surnames.iter().find(|(s, _)| stems(word).contains(&s.as_str())) {
            extra.push(PersonRef {
                first: t,
                last: t,
                name: Some((t, t)),
                written: full.written.clone(),
                person: full.person,
                role: full.role,
                country: full.country,
                office: None,
                ..blank()
            });
        }
    }
    refs.extend(extra);
    refs.sort_by_key(|r| r.first);
}

/// People after "بحضور" in their sentence, and people right after a mention
/// word ("تحيات", "رسالة من"), are aside.
fn mark_asides(ctx: &Context, refs: &mut [PersonRef]) {
    let people = &ctx.lex.people;
    // "وزير الشؤون الخارجية ... الناطق باسم الحكومة السيد X": a minister's
    // second office; X is the minister, who meets, not a spokesperson.
    let mut minister_before = vec![false; ctx.doc.tokens.len()];
    for r in refs.iter().filter(|r| r.name.is_none() && matches!(r.role, Some(Role::Minister | Role::ForeignMinister)))
    {
        for flag in
            minister_before.iter_mut().take((r.last + 1 + SECOND_OFFICE_GAP).min(ctx.doc.tokens.len())).skip(r.first)
        {
            *flag = true;
        }
    }
    let firsts: Vec<usize> = refs.iter().map(|r| r.first).collect();
    for r in refs.iter_mut() {
        let (from, _) = ctx.sentence_of(r.first);
        // "ممثل صاحب السمو أمير البلاد الشيخ مشعل ... سمو ولي العهد": the first
        // person after "ممثل" is the one represented, who is not there; after
        // an organisation ("ممثل الاتحاد الأفريقي") the person is its representative.
        let represented = (r.first.saturating_sub(REPRESENTED_LOOKBACK).max(from)..r.first).any(|t| {
            is_one_of(ctx.token_text(t), &people.represented)
                && !firsts.iter().any(|&f| t < f && f < r.first)
                && !ctx.hits_in(t + 1, r.first).any(|h| matches!(h.entity, Entity::Org(_) | Entity::Country(_)))
        });
        // After "بحضور"/"حضر" in the sentence, unless a new meeting verb comes between.
        // "وحضر لقاء أردوغان ونزارباييف نائب الرئيس": a meeting noun that is
        // what they attended does not start a new meeting.
        let attends = |t: usize| is_one_of(ctx.token_text(t), &people.attendance);
        let attending = (from.max(r.first.saturating_sub(ASIDE_LOOKBACK))..r.first)
            .rev()
            .take_while(|&t| {
                let w = ctx.token_text(t);
                !is_one_of(w, &ctx.lex.cues.meeting) || definite(w) || (t > from && attends(t - 1))
            })
            .any(attends);
        // "رسالة من الرئيس", "تحيات ولي العهد": a mention word with "من", or
        // right before the name without its article (the article's "الرسالة
        // نائب الوزير" makes the name the one who took it).
        let mentioned = (r.first.saturating_sub(MENTION_LOOKBACK).max(from)..r.first).any(|t| {
            let w = ctx.token_text(t);
            let via_from = (t + 1..r.first).any(|k| is_one_of(ctx.token_text(k), &ctx.lex.dates.words.from));
            is_one_of(w, &people.mention) && (via_from || (t + 1 == r.first && !definite(w)))
        });
        let predecessor =
            ctx.any_word_near(r.first.saturating_sub(SUCCESSOR_LOOKBACK).max(from), r.first, &people.successor);
        // "على ما أعلنت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا": a spokesperson speaks, not meets.
        // What follows "إن"/"أن" is what the spokesperson said: "وقال المتحدث
        // ...، إن الرئيس السيسي التقى" has the president meet.
        let spokesperson = (r.first.saturating_sub(SPOKESPERSON_LOOKBACK).max(from)..r.first).any(|t| {
            is_one_of(ctx.token_text(t), &ctx.lex.quotes.spokesperson)
                && !(t + 1..r.first).any(|k| is_one_of(ctx.token_text(k), &ctx.lex.cues.clause_break))
                && !minister_before[t]
        });
        // "أحمد حافظ المتحدث الرسمي": the title after the name.
        // Not past the sentence: "... سامح شكري .وأوضح المتحدث" is another's title.
        let spokesperson_after = (r.last + 1..(r.last + 1 + SPOKESPERSON_AFTER).min(ctx.doc.tokens.len()))
            .take_while(|&t| !ctx.boundary(t - 1, t))
            .any(|t| is_one_of(ctx.token_text(t), &ctx.lex.quotes.spokesperson));
        r.spokesperson = spokesperson || spokesperson_after;
        r.aside = attending || mentioned || represented || predecessor || r.spokesperson || r.in_title || r.group;
    }
}

/// Groups references into people: by the knowledge base's person, by name,
/// and an office alone with the one named person of that country and office.
fn group(ctx: &Context, refs: &mut [PersonRef]) -> Vec<Someone> {
    let mut people: Vec<Someone> = Vec::new();
    let name_of = |r: &PersonRef| r.written.clone();
    // The office as written, without the preposition or conjunction on its
    // first word ("برئيس وزراء قطر" is "رئيس وزراء قطر").
    let office_of = |r: &PersonRef| {
        r.office.map(|(a, b)| {
            let written = &ctx.article.text[ctx.doc.tokens[a].start..ctx.doc.tokens[b].end];
            let first = written.split_whitespace().next().unwrap_or("");
            let bare = ctx.lex.offices.iter().filter_map(|o| o.words.first()).find_map(|head| {
                ["وب", "ول", "و", "ب", "ل"]
                    .iter()
                    .find_map(|p| first.strip_prefix(p).filter(|rest| normalize(rest) == *head).map(|_| p.len()))
            });
            written[bare.unwrap_or(0)..].to_owned()
        })
    };
    let folded_words = |s: &str| normalize(s).split(' ').map(str::to_owned).collect::<Vec<_>>();
    // Named references first, so an office alone can join a named person.
    let mut order: Vec<usize> = (0..refs.len()).collect();
    order.sort_by_key(|&i| (refs[i].name.is_none(), i));
    for i in order {
        // A full name the knowledge base knows under another spelling ("هانس غروندبيرغ").
        if refs[i].person.is_none()
            && let Some(name) = name_of(&refs[i])
            && name.split_whitespace().count() >= 2
            && let Some(p) = ctx.kb.person_by_spelling(&name)
        {
            refs[i].person = Some(p);
        }
        let r = refs[i].clone();
        let country = r.country.or_else(|| {
            r.person.and_then(|p| ctx.kb.countries.iter().position(|c| c.code == ctx.kb.people[p].country))
        });
        let found = if let Some(p) = r.person {
            people.iter().position(|s| s.person == Some(p))
        } else if let Some(name) = name_of(&r) {
            let words = folded_words(&name);
            people.iter().position(|s| {
                s.person.is_none()
                    && s.name_ar.as_deref().is_some_and(|n| {
                        let other = folded_words(n);
                        words.iter().all(|w| other.contains(w)) || other.iter().all(|w| words.contains(w))
                    })
            })
        } else if let Some(c) = country {
            // An office alone: the named person of that country, of the same
            // office where that tells them apart, else the nearest.
            let candidates: Vec<usize> = (0..people.len())
                .filter(|&k| {
                    people[k].country == Some(c) && (people[k].name_ar.is_some() || people[k].person.is_some())
                })
                .collect();
            // "الصفدي يبحث مع نظيره الإسباني": a counterpart holds the office of
            // the one named before it in its sentence.
            let role = r.role.or_else(|| {
                let (from, _) = ctx.sentence_of(r.first);
                r.counterpart
                    .then(|| {
                        refs.iter()
                            .filter(|o| o.first >= from && o.first < r.first && !o.counterpart)
                            .filter_map(|o| o.role.or_else(|| o.person.and_then(|p| kb_role(ctx, p))))
                            .next_back()
                    })
                    .flatten()
            });
            let role_fits = |k: usize| role.is_some() && people[k].role == role;
            let distance = |k: usize| {
                refs.iter()
                    .filter(|o| o.someone == k && o.name.is_some())
                    .map(|o| o.first.abs_diff(r.first))
                    .min()
                    .unwrap_or(usize::MAX)
            };
            // One the text itself gave that office wins over one the knowledge
            // base says held it ("رئيس الوزراء الإثيوبي، أبى أحمد ... بعد استقالة
            // ديسالين", then "رئيس الوزراء الإثيوبي" alone is Abiy Ahmed).
            let office_written = |k: usize| role_fits(k) && people[k].role_written;
            candidates.iter().copied().min_by_key(|&k| (!role_fits(k), !office_written(k), distance(k))).or_else(|| {
                people
                    .iter()
                    .position(|s| s.name_ar.is_none() && s.person.is_none() && s.country == Some(c) && s.role == r.role)
            })
        } else if let (Some(role), false) = (r.role, r.counterpart) {
            // "سمو وزير الخارجية" alone, after "فيصل بن فرحان وزير الخارجية": the
            // one named person the text gave that very office.
            let office = office_of(&r).map(|o| normalize(&o));
            let same: Vec<usize> = (0..people.len())
                .filter(|&k| {
                    let s = &people[k];
                    (s.name_ar.is_some() || s.person.is_some())
                        && s.role == Some(role)
                        && s.role_written
                        && office.is_some()
                        && s.office_ar.as_deref().map(normalize) == office
                })
                .collect();
            if same.len() == 1 { Some(same[0]) } else { None }
        } else {
            None
        };
        let k = match found {
            Some(k) => k,
            None => {
                people.push(Someone::default());
                people.len() - 1
            }
        };
        let s = &mut people[k];
        s.person = s.person.or(r.person);
        if let Some(name) = name_of(&r)
            && s.name_ar.as_ref().is_none_or(|n| n.split_whitespace().count() < name.split_whitespace().count())
        {
            s.name_ar = Some(name);
        }
        if !s.role_written && r.role.is_some() {
            s.role = r.role;
            s.role_written = true;
        }
        if s.role.is_none() {
            s.role = r.person.and_then(|p| kb_role(ctx, p));
        }
        if s.office_ar.is_none() {
            s.office_ar = office_of(&r);
            s.office_title = r.office_title;
        }
        s.country = s.country.or(country);
        s.counterpart = s.counterpart || (r.counterpart && r.name.is_none());
        refs[i].someone = k;
    }
    people
}

/// The knowledge base's person `i` held an office of `role` at some time.
fn held(kb: &crate::kb::Kb, i: usize, role: Role) -> bool {
    kb.people[i].office.iter().any(|o| o.role == role.kb_role())
}

/// The office a knowledge-base person held last, as a role.
fn kb_role(ctx: &Context, p: usize) -> Option<Role> {
    let last = ctx.kb.people[p].office.iter().max_by_key(|o| o.from)?;
    Some(match last.role.as_str() {
        "foreign_minister" => Role::ForeignMinister,
        "head_of_state" => Role::HeadOfState,
        "head_of_government" => Role::HeadOfGovernment,
        "crown_prince" => Role::CrownPrince,
        "secretary_general" => Role::SecretaryGeneral,
        "envoy" => Role::Envoy,
        "ambassador" => Role::Ambassador,
        _ => Role::Minister,
    })
}

#[cfg(test)]
mod tests {
    use crate::extract::test_support::context_of;

    /// (name as written, country code, aside) for each reference.
    fn refs(text: &str) -> Vec<(String, String, bool)> {
        context_of(text, |ctx| {
            ctx.refs
                .iter()
                .map(|r| {
                    let s = &ctx.people[r.someone];
                    let name =
                        s.person.map(|p| ctx.kb.people[p].name.clone()).or(s.name_ar.clone()).unwrap_or_default();
                    let country = s.country.map(|c| ctx.kb.countries[c].code.clone()).unwrap_or_default();
                    (name, country, r.aside)
                })
                .collect()
        })
    }

    fn names(text: &str) -> Vec<String> {
        refs(text).into_iter().map(|(n, _, _)| n).collect()
    }

    /// The country of the reference named `name` among `refs`' results.
    fn country_of(got: &[(String, String, bool)], name: &str) -> Option<String> {
        got.iter().find(|r| r.0 == name).map(|r| r.1.clone())
    }

    #[test]
    fn an_office_with_a_nationality_and_a_name_nobody_told_us_about() {
        let got = refs(
            "عنوان\nالتقى وزير الخارجية الكويتي الشيخ سالم عبدالله الجابر، اليوم، نظيره المغربي في الرباط وبحثا العلاقات.",
        );
        assert_eq!(got[0], ("سالم عبدالله الجابر".into(), "KW".into(), false));
        assert_eq!(got[1].1, "MA");
    }

    #[test]
    fn a_secretary_of_state_as_the_maghreb_writes_it_and_an_executive_secretary_are_offices() {
        let got =
            refs("عنوان\nأجرى وزير الخارجية ناصر بوريطة مباحثات مع كاتب الدولة الأمريكي “دانيال كورتيس” بمقر الوزارة.");
        assert_eq!(country_of(&got, "دانيال كورتيس").as_deref(), Some("US"), "{got:?}");
        let got = refs(
            "عنوان\nاستقبل رئيس الحكومة سالم الورفلي اليوم الأمين التنفيذي لتجمع دول الساحل والصحراء سامبو كوناتي في مكتبه.",
        );
        assert!(got.iter().any(|r| r.0 == "سامبو كوناتي"), "{got:?}");
    }

    #[test]
    fn a_counterpart_holds_the_office_of_the_one_before_it_not_another_of_that_country() {
        let got = refs(
            "الصفدي يبحث مع نظيره الإسباني سبل التعاون\nوحذر الصفدي خلال لقائهما في عمان على هامش زيارة ملك إسبانيا فيليب السادس إلى المملكة، من التصعيد. وأكد الصفدي وألباريس أهمية الزيارة.",
        );
        // The headline's "نظيره الإسباني" is the Spanish foreign minister.
        assert_eq!(got.get(1).map(|r| r.0.as_str()), Some("José Manuel Albares"), "{got:?}");
    }

    #[test]
    fn a_caller_named_before_an_office_of_a_state_nobody_told_us_about() {
        let got = names(
            "عنوان\nتلقى وزير الخارجية السوري فيصل المقداد اليوم اتصالاً هاتفياً من إينال أرديزنبا وزير خارجية جمهورية أبخازيا معرباً عن تهانيه بالعيد.",
        );
        assert!(got.iter().any(|n| n == "إينال أرديزنبا"), "{got:?}");
    }

    #[test]
    fn a_known_name_goes_on_through_its_fathers_name() {
        let got = refs(
            "عنوان\nسلم ناصر بوريطة، وزير الخارجية، إلى الملك سلمان بن عبدالعزيز، رسالة من العاهل المغربي. وحضر اللقاء الأمير عبدالعزيز بن سعود.",
        );
        // The father's name is Salman's, not a reference to the prince who attended.
        let present: Vec<_> = got.iter().filter(|r| !r.2).map(|r| r.0.as_str()).collect();
        assert!(present.iter().all(|n| !n.contains("عبدالعزيز")), "{got:?}");
    }

    #[test]
    fn the_one_a_representative_stands_for_is_not_at_the_meeting() {
        let got = refs(
            "عنوان\nاستقبل ممثل حضرة صاحب السمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح سمو ولي العهد الشيخ صباح خالد الحمد الصباح اليوم رئيس وزراء الهند ناريندرا مودي في نيويورك.",
        );
        let aside = |name: &str| got.iter().find(|(n, _, _)| n.starts_with(name)).map(|r| r.2);
        assert_eq!(aside("Mishal"), Some(true), "{got:?}");
        assert_eq!(aside("Sabah"), Some(false), "{got:?}");
        // An organisation's representative is the one named after it.
        let got = refs("عنوان\nالتقى ممثل الاتحاد الأفريقي موسى فقي محمد وزير الخارجية المصري سامح شكري في القاهرة.");
        assert!(got.iter().all(|r| !r.2), "{got:?}");
    }

    #[test]
    fn a_word_in_the_accusative_after_an_office_is_the_sentences_not_a_name() {
        let got = names(
            "عنوان\nوصل وزير الخارجية المصري إلى تونس. وسيعقد الوزير في نهاية محادثاته مع نظيره التونسي مؤتمرًا صحفيًا قبل أن يغادر.",
        );
        assert!(got.iter().all(|n| !n.contains("مؤتمر")), "{got:?}");
    }

    #[test]
    fn after_a_local_offices_seat_the_next_office_is_the_next_persons() {
        let got = names("عنوان\nاستقبل الشيخ سالم بن خالد حاكم إمارة الفجيرة قنصل عام الهند كمال راو، وبحثا الاستثمار.");
        assert_eq!(got, ["سالم بن خالد", "كمال راو"]);
        let got = refs(
            "عنوان\nاستقبل اللواء منير الحسيني، محافظ أسيوط، سفير البرازيل بالقاهرة ماركو فاروني، وتناول اللقاء السياحة.",
        );
        assert!(got.contains(&("ماركو فاروني".into(), "BR".into(), false)), "{got:?}");
    }

    #[test]
    fn a_particle_inside_a_name_before_its_title_is_the_names() {
        let got = names(
            "عنوان\nاستقبل الشيخ سعود المعلا في مكتبه كلا على حدة كيس فان سبرونسن قنصل عام مملكة هولندا في دبي، وجرى بحث العلاقات.",
        );
        assert_eq!(got, ["سعود المعلا", "كيس فان سبرونسن"]);
    }

    #[test]
    fn two_frequent_definite_words_after_a_name_are_the_sentences() {
        let got = names("عنوان\nوبحث المبعوث مع وزير الدفاع الموريتاني حننا ولد سيدي التعاون الأمني في المنطقة.");
        assert!(got.contains(&"حننا ولد سيدي".to_owned()), "{got:?}");
    }

    #[test]
    fn a_surname_of_someone_named_before_ends_the_name_it_follows() {
        let got = names(
            "عنوان\nاستقبل الرئيس برهم صالح وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني.\nكما استقبل رئيس البرلمان العراقي محمد الحلبوسي آل ثاني، وبحثا العلاقات.",
        );
        assert!(got.contains(&"محمد الحلبوسي".to_owned()), "{got:?}");
    }

    #[test]
    fn a_title_and_the_surname_of_someone_named_is_that_person() {
        let got = names(
            "عنوان\nاستقبل رئيس مجلس النواب اللبناني فؤاد بزي الخميس في مكتبه وفدا من النواب التونسيين برئاسة النائبة سلمى عمار.\nكما استقبل الرئيس بزي وتباحثنا السفير الهولندي يان بيك.\nواستقبل الرئيس بزي السفيرين كلا على حدة.",
        );
        assert!(!got.iter().any(|n| n.contains("وتباحثنا") || n.contains("السفيرين")), "{got:?}");
    }

    #[test]
    fn a_count_of_meetings_after_a_month_is_no_name() {
        let got = names(
            "عنوان\nقال المتحدث باسم الرئاسة اليوم إن الرئيس الروسي فلاديمير بوتين سيعقد في 24 تشرين الأول خمسة اجتماعات ثنائية، بينها لقاءات مع الرئيس الفلسطيني محمود عباس.",
        );
        assert!(!got.iter().any(|n| n.contains("اجتماعات")), "{got:?}");
    }

    #[test]
    fn the_emir_of_the_state_of_qatar_and_who_reported_it() {
        let got = refs(
            "عنوان\nاستقبل أمير دولة قطر، الشيخ تميم بن حمد آل ثاني، في الديوان الأميري اليوم رئيس وزراء الهند ناريندرا مودي.\nوالتقى مودي كذلك وزير الدولة القطري، وأمير دولة قطر، حسب ما نقلته الوكالة.",
        );
        assert_eq!(
            got.first().map(|r| (r.0.as_str(), r.1.as_str())),
            Some(("Tamim bin Hamad Al Thani", "QA")),
            "{got:?}"
        );
        assert!(!got.iter().any(|r| r.0.contains("حسب") || r.0.is_empty()), "{got:?}");
    }

    #[test]
    fn a_known_name_that_opens_with_a_title_word_keeps_its_own_office() {
        let roles = context_of(
            "عنوان\nوالتقى أمير عبد اللهيان اليوم في دوشنبه وزير الخارجية البيلاروسي.",
            |ctx| ctx.refs.iter().map(|r| ctx.people[r.someone].role).collect::<Vec<_>>(),
        );
        assert_eq!(roles.first().copied().flatten(), Some(crate::extract::lexicon::Role::ForeignMinister), "{roles:?}");
    }

    #[test]
    fn a_comma_right_after_a_title_ends_it() {
        let got = refs("عنوان\nأجرى سامح شكري، وزير الخارجية ، في ختام جولته إلى تركيا مباحثات مع هاكان فيدان.");
        assert_eq!(got.first().map(|r| (r.0.as_str(), r.1.as_str())), Some(("Sameh Shoukry", "EG")), "{got:?}");
    }

    #[test]
    fn after_an_honorific_the_prepositions_spelling_opens_a_name() {
        let got =
            names("عنوان\nالتقى وزير الخارجية السوداني اليوم في كمبالا بوزير الخارجية الصومالي، السيد على محمد عمر.");
        assert!(got.contains(&"على محمد عمر".to_owned()), "{got:?}");
    }

    #[test]
    fn in_a_list_of_names_each_followed_by_its_title_a_title_is_the_name_before_it() {
        let got = refs(
            "عنوان\nوالتقى الوزير عددا من نظرائه يتقدمهم اللواء/ كيزا بيسيجي، وزير خارجية يوغندا، الجنرال جون موكيزا، وزير الدولة للتعاون الإقليمي بالخارجية الرواندية، والسيد/ بول نكوسي وزير الخارجية الأنغولي.",
        );
        assert_eq!(country_of(&got, "كيزا بيسيجي").as_deref(), Some("UG"), "{got:?}");
        assert_eq!(country_of(&got, "جون موكيزا").as_deref(), Some("RW"), "{got:?}");
        assert_eq!(country_of(&got, "بول نكوسي").as_deref(), Some("AO"), "{got:?}");
    }

    #[test]
    fn an_office_behind_the_preposition_after_a_country_is_the_other_side() {
        let got = refs(
            "عنوان\nاجتمع السيد فهد بن سالم الحارثي وزير خارجية سلطنة عمان بوزير خارجية جمهورية إيران الإسلامية في طهران.",
        );
        let countries: Vec<&str> = got.iter().map(|r| r.1.as_str()).collect();
        assert_eq!(countries, ["OM", "IR"], "{got:?}");
        let offices = context_of(
            "عنوان\nاجتمع السيد فهد بن سالم الحارثي بوزير خارجية جمهورية إيران الإسلامية في العاصمة طهران.",
            |ctx| ctx.people.iter().filter_map(|s| s.office_ar.clone()).collect::<Vec<_>>(),
        );
        assert!(offices.iter().all(|o| !o.contains("العاصمة")), "{offices:?}");
    }

    #[test]
    fn a_minister_of_a_head_of_state_is_the_name_before() {
        let got = refs("عنوان\nأجرى خالد بن سالم الكعبي، وزير خارجية تميم بن حمد، اتصالا مع نظيره الفرنسي.");
        assert_eq!(got.first().map(|r| (r.0.as_str(), r.1.as_str())), Some(("خالد بن سالم الكعبي", "QA")), "{got:?}");
    }

    #[test]
    fn a_list_of_offices_after_kull_min_is_one_person_each() {
        let got =
            refs("عنوان\nأجرى الوزير محادثات هاتفية مع وزراء خارجية كل من الولايات المتحدة وبريطانيا وفرنسا حول الأزمة.");
        let countries: Vec<&str> = got.iter().map(|r| r.1.as_str()).filter(|c| !c.is_empty()).collect();
        assert_eq!(countries, ["US", "GB", "FR"], "{got:?}");
    }

    #[test]
    fn an_office_behind_bi_after_a_title_is_the_other_persons() {
        // The host's apposition of two offices, then "ب" and the guest's office.
        let got = refs(
            "عنوان\nاجتمع الشيخ عبدالله بن زايد آل نهيان، نائب رئيس مجلس الوزراء ووزير الخارجية بوزير الخارجية الكندي صباح اليوم.",
        );
        assert_eq!(country_of(&got, "Abdullah bin Zayed Al Nahyan").as_deref(), Some("AE"), "{got:?}");
        assert!(got.iter().any(|r| r.1 == "CA"), "the Canadian minister is a reference of his own: {got:?}");
    }

    #[test]
    fn a_hosts_apposition_is_not_the_guests_title() {
        let got = refs(
            "عنوان\nاستقبل سمو الشيخ عبدالله بن زايد آل نهيان، نائب رئيس مجلس الوزراء وزير الخارجية، معالي كاليبا موانزا، وزير الخارجية والتعاون في جمهورية زامبيا.",
        );
        assert_eq!(country_of(&got, "كاليبا موانزا").as_deref(), Some("ZM"), "{got:?}");
        assert_eq!(country_of(&got, "Abdullah bin Zayed Al Nahyan").as_deref(), Some("AE"), "{got:?}");
    }

    #[test]
    fn a_deputy_is_not_the_minister_and_a_name_may_follow_the_verb() {
        let roles = context_of(
            "عنوان\nوصل نائب وزير الخارجية الروسي إلى القاهرة.",
            |ctx| ctx.refs.iter().map(|r| ctx.people[r.someone].role).collect::<Vec<_>>(),
        );
        assert_eq!(roles, vec![Some(crate::extract::lexicon::Role::Minister)]);
        let got = names("عنوان\nاستقبل حنفي جبالي رئيس مجلس النواب اليوم كينجي ياماتا نائب وزير الخارجية الياباني.");
        assert_eq!(got, vec!["حنفي جبالي".to_owned(), "كينجي ياماتا".to_owned()]);
    }

    #[test]
    fn a_rank_before_the_name_gives_way_to_the_office_after_it() {
        let got = refs(
            "عنوان\nيلتقي وزير الخارجية سامح شكري اليوم الأربعاء السفير ديفيد ساترفيلد المبعوث الأمريكي الخاص للشؤون الإنسانية.",
        );
        assert_eq!(country_of(&got, "ديفيد ساترفيلد").as_deref(), Some("US"), "{got:?}");
    }

    #[test]
    fn a_noun_with_a_pronoun_ending_is_no_name() {
        let got = names(
            "عنوان\nأجرى وزير الخارجية نبيل فهمي اليوم اتصالا هاتفيا مع وزير خارجية إيران الجديد لتهنئته بتوليه منصبه.",
        );
        assert!(!got.iter().any(|n| n.contains("لتهنئته")), "{got:?}");
    }

    #[test]
    fn a_regions_name_after_an_office_is_its_seat_not_a_name() {
        let got = names("عنوان\nالتقى رئيس وزراء إقليم كوردستان مسرور بارزاني في واشنطن وزير الخارجية الأميركي.");
        assert!(!got.iter().any(|n| n.contains("كوردستان")), "{got:?}");
        assert!(got.contains(&"Masrour Barzani".to_owned()), "{got:?}");
    }

    #[test]
    fn an_honorific_after_an_office_opens_the_name_and_the_office_alone_is_that_person() {
        let got = context_of(
            "رئيس المجلس يستقبل ضيفه\nتلبية لدعوة من رئيس مجلس الشورى الشيخ الدكتور صالح بن عبدالرحمن آل الحسن، وصل الضيف.\nوسيعقد رئيس مجلس الشورى اجتماعا مع الضيف غدا.",
            |ctx| ctx.refs.iter().map(|r| r.someone).collect::<Vec<_>>(),
        );
        assert_eq!(got.first(), got.last(), "{got:?}");
    }

    #[test]
    fn the_honorific_inside_a_citys_name_opens_no_name() {
        let got = names(
            "لقاءات الرئيس في القمة\nعاد الرئيس إلى الوطن بعد القمة.\nوكان الرئيس قد استقبل بمركز شرم الشيخ الدولي للمؤتمرات، من قبل مضيفه.",
        );
        assert!(!got.iter().any(|n| n.contains("الدولي")), "{got:?}");
    }

    #[test]
    fn a_gloss_in_parentheses_or_a_portfolio_inside_an_office_runs_on_to_the_name() {
        let got = names(
            "رئيس الدوما يدعو وفدا لزيارة موسكو\nدعا رئيس مجلس الدوما (البرلمان) الروسي فياتشيسلاف فولودين وفدا إلى موسكو للمشاركة في المنتدى.",
        );
        assert!(got.contains(&"فياتشيسلاف فولودين".to_owned()), "{got:?}");
        // A deputy's portfolio after "لشؤون" runs to the name.
        let got = names(
            "عنوان\nبحث الوزير مع نائب وزير الخارجية البرازيلي لشؤون آسيا والشرق الأوسط كارلوس مينديز فيرا، العلاقات.",
        );
        assert!(got.contains(&"كارلوس مينديز فيرا".to_owned()), "{got:?}");
    }

    #[test]
    fn a_bare_title_word_inside_a_name_is_a_given_name() {
        let got = names(
            "وزير الخارجية يستقبل مساعد وزير الخارجية الباكستاني في إسلام آباد\n\nاستقبل الوزير اليوم مساعد وزير الخارجية الباكستاني كريم أمير شاه نواز في إسلام آباد.",
        );
        assert!(got.contains(&"كريم أمير شاه نواز".to_owned()), "{got:?}");
        // "أمير المنطقة" after a name is its office.
        let got = names(
            "أمير المنطقة الغربية يستقبل سفير كندا في مكتبه\n\nاستقبل الأمير فهد بن سالم أمير المنطقة الغربية اليوم سفير كندا.",
        );
        assert!(got.contains(&"فهد بن سالم".to_owned()), "{got:?}");
    }

    #[test]
    fn a_surname_the_fold_makes_a_city_is_still_a_name() {
        // "جابري" folds like "كابري" (Capri).
        let got = names(
            "وزير الخارجية الإيراني يلتقي السفير الفرنسي في طهران\n\nالتقى وزير الخارجية الإيراني حسن جابري اليوم في طهران السفير الفرنسي.",
        );
        assert!(got.contains(&"حسن جابري".to_owned()), "{got:?}");
    }

    #[test]
    fn a_name_with_its_office_after_it() {
        let got =
            names("عنوان\nفقد التقى ماركو بيريرا وزير خارجية البرازيل وجون سميث وزير الخارجية البريطاني في لندن.");
        assert_eq!(got, vec!["ماركو بيريرا".to_owned(), "جون سميث".to_owned()]);
    }

    #[test]
    fn a_list_under_one_office() {
        let got = refs(
            "عنوان\nوالتقى الوزير أيضا في نيويورك وزراء خارجية البرتغال، بيتر جونز، والنمسا، ماتي سالو، وبحث معهم العلاقات الثنائية.",
        );
        assert!(got.contains(&("بيتر جونز".into(), "PT".into(), false)), "{got:?}");
        assert!(got.contains(&("ماتي سالو".into(), "AT".into(), false)), "{got:?}");
    }

    #[test]
    fn an_office_alone_is_the_named_person_of_that_country() {
        let got = names(
            "عنوان\nالتقى الرئيس المصري عبد الفتاح السيسي الرئيس التشادي في انجامينا.\nوأكد الرئيس المصري أهمية العلاقات.",
        );
        assert_eq!(got.first(), got.last());
    }

    #[test]
    fn two_offices_joined_after_a_nationality_are_two_people() {
        let got = refs(
            "عنوان\nتلقى ولي العهد السعودي محمد بن سلمان اتصالا من رئيس الوزراء العراقي محمد شياع السوداني، وأكد ولي العهد السعودي ورئيس الوزراء العراقي أهمية التهدئة في المنطقة.",
        );
        let countries: Vec<&str> = got.iter().map(|(_, c, _)| c.as_str()).collect();
        assert_eq!(countries, vec!["SA", "IQ", "SA", "IQ"], "{got:?}");
    }

    #[test]
    fn a_messages_sender_and_recipient_are_two_offices() {
        // "أمير قطر إلى الرئيس التركي": not one title posted to Turkey.
        let got = refs(
            "عنوان\nيتوجه وزير الخارجية القطري خالد العطية إلى أنقرة حاملا رسالة من أمير قطر إلى الرئيس التركي رجب طيب أردوغان.",
        );
        assert!(got.iter().any(|(n, c, a)| n == "Recep Tayyip Erdoğan" && c == "TR" && !a), "{got:?}");
    }

    #[test]
    fn a_spokespersons_title_in_the_next_sentence_is_not_the_callers() {
        let got = refs(
            "عنوان\nتلقى وزير الخارجية الأردني أيمن الصفدي اتصالا هاتفيا من وزير الخارجية المصري سامح شكري .وقال المتحدث باسم الوزارة إن الاتصال تناول غزة.",
        );
        assert!(got.iter().any(|(n, _, a)| n == "Sameh Shoukry" && !a), "{got:?}");
    }

    #[test]
    fn an_office_alone_is_the_one_person_the_text_gave_it() {
        let got = names(
            "عنوان\nأكد صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية أن الزيارة مهمة.\nوعقد سمو وزير الخارجية ونظيره الياباني جلسة مباحثات.",
        );
        assert_eq!(got.iter().filter(|n| n.as_str() == "Faisal bin Farhan Al Saud").count(), 2, "{got:?}");
    }

    #[test]
    fn a_trip_or_a_verb_after_an_office_is_no_name() {
        let trip = names("عنوان\nوصل وزير الخارجية الإيراني إلى العاصمة الروسية تلبية لدعوة من نظيره.");
        assert!(!trip.iter().any(|n| n.contains("تلبية")), "{trip:?}");
        let verb = names(
            "عنوان\nوتلتقي رئيسة الوزراء الإيطالية جورجيا ميلوني المستشارة الألمانية ميركيل وستتناول المحادثات الهجرة.",
        );
        assert!(!verb.iter().any(|n| n.contains("وستتناول")), "{verb:?}");
    }

    #[test]
    fn a_name_in_parentheses_or_opening_like_the_article_is_still_a_name() {
        let got = refs(
            "عنوان\nاستقبل السيد (كريم الفيتوري) القائم بأعمال السفارة الليبية بالرباط، اليوم الاثنين، نظيره العراقي، وبحث معه سبل تعزيز العلاقات الثنائية بين البلدين في مختلف المجالات.",
        );
        assert!(got.iter().any(|(n, c, _)| n.contains("كريم الفيتوري") && c == "LY"), "{got:?}");
        // "فالح" is "ف" + "الح" to the stemmer, yet no title word.
        let named = names(
            "عنوان\nاستقبل محافظ البصرة الدكتور فالح الشمري اليوم الأحد في ديوان المحافظة السفير الإيراني، وبحث معه سبل تعزيز التعاون التجاري بين البلدين.",
        );
        assert!(named.iter().any(|n| n.contains("فالح الشمري")), "{named:?}");
    }

    #[test]
    fn attending_and_greetings_are_aside() {
        let got = refs(
            "عنوان\nاستقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية المغربي كريم علوي، بحضور وزير الخارجية المصري حسن فهمي.",
        );
        let aside: Vec<bool> = got.iter().map(|(_, _, a)| *a).collect();
        assert_eq!(aside, vec![false, false, true], "{got:?}");
    }

    #[test]
    fn a_surname_used_again_is_the_same_person() {
        let got = names(
            "عنوان\nأجرى وزير الخارجية المغربي كريم علوي مباحثات في نيويورك مع عدد من نظرائه المشاركين في الاجتماعات.\nكما أجرى علوي مباحثات أخرى.",
        );
        assert_eq!(got.len(), 2);
        assert_eq!(got[0], got[1]);
    }

    #[test]
    fn a_spokesperson_speaks_for_a_side_and_is_aside_everywhere() {
        let got = refs(
            "عنوان\nالتقى لافروف نظيره الصيني وانغ يي، على ما أعلنت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا.\nوقالت زاخاروفا إن اللقاء كان مثمرا.",
        );
        let zakharova: Vec<bool> = got.iter().filter(|(n, _, _)| n == "Maria Zakharova").map(|r| r.2).collect();
        assert_eq!(zakharova, vec![true, true], "{got:?}");
        let after = refs("عنوان\nوقال كريم علوي المتحدث الرسمي باسم الوزارة إن الوزير التقى نظيره الصيني وانغ يي.");
        assert!(!after.iter().any(|(n, _, aside)| n == "كريم علوي" && !*aside), "{after:?}");
    }

    #[test]
    fn words_before_a_title_behind_a_preposition_are_not_its_name() {
        let got = names("عنوان\nوتناولت المحادثات جدول الأعمال الرئيسي للرئيس الإيراني في موسكو.");
        assert!(!got.iter().any(|n| n.contains("جدول")), "{got:?}");
        let protocol = names("عنوان\nوكان في استقباله وزير الطاقة رئيس بعثة الشرف المرافقة للضيف.");
        assert!(!protocol.iter().any(|n| n.contains("بعثة")), "{protocol:?}");
    }
}
