//! Scoring the extractor against facts people read in real articles.
//!
//! A gold file (`eval/gold.toml`) lists articles by file name, each with the
//! encounters it reports or announces: who met whom, in person or by call,
//! held or announced, when, where, on what occasion, citing whom. The
//! extractor's records for each text are matched one to one with the gold
//! encounters (by the participants they share), and each field is scored:
//!
//! - **participants** as a set: a record finds a gold meeting when they share
//!   someone, and has them exactly when the sets are equal;
//! - **kind** (meeting or call) and **status** (held or announced);
//! - **city** and **country**: right when both say the same, or both say nothing;
//! - **date**: right when the record's range meets the gold day (or window)
//!   and spans at most [`DATE_RANGE_DAYS`] days; a range that misses it is a
//!   *wrong claim*, worse than no date; scored where the text (with a public
//!   calendar of summits) can fix the day;
//! - **occasion**: the organisation whose meeting it was on the sidelines of;
//! - **agencies**: the gold's cited agencies found among the record's.
//!
//! Records that match no gold encounter are *invented*; gold encounters no
//! record matches are *missed*.

use std::fmt::Write as _;

use jiff::civil::Date;
use serde::Deserialize;

use crate::kb::Kb;
use crate::model::{Kind, Meeting, Participant, Status};
use crate::text::normalize;

/// The widest date range that still counts as a date.
pub const DATE_RANGE_DAYS: i32 = 7;

#[derive(Debug, Clone, Deserialize)]
pub struct Gold {
    #[serde(default)]
    pub article: Vec<GoldArticle>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldArticle {
    /// The text's file name in the folder of texts.
    pub file: String,
    /// "dev" (read while writing rules) or "test" (held out).
    #[serde(default)]
    pub split: String,
    #[serde(default)]
    pub url: String,
    /// The sha256 of the text the gold was read from, in hex.
    #[serde(default)]
    pub sha256: String,
    #[serde(default)]
    pub meeting: Vec<GoldMeeting>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldMeeting {
    pub kind: Kind,
    pub status: Status,
    pub participants: Vec<GoldPerson>,
    /// The day, when known; else `date_from`..`date_to`, a window that holds it.
    #[serde(default)]
    pub date: Option<Date>,
    #[serde(default)]
    pub date_from: Option<Date>,
    #[serde(default)]
    pub date_to: Option<Date>,
    /// The article's text (with a public calendar) pins the day to 7 days or fewer.
    #[serde(default)]
    pub date_fixable: bool,
    #[serde(default)]
    pub city: Option<String>,
    #[serde(default)]
    pub city_ar: Option<String>,
    #[serde(default)]
    pub country: Option<String>,
    /// The organisation whose meeting it was on the sidelines of; "OTHER" for
    /// a named forum not in the knowledge base.
    #[serde(default)]
    pub occasion_org: Option<String>,
    #[serde(default)]
    pub agencies: Vec<String>,
    /// An outlet the knowledge base may not know, as the text writes it
    /// (`"Al-Watan (SY)" = "الوطن"`): found when a record names it so.
    #[serde(default)]
    pub agencies_ar: std::collections::BTreeMap<String, String>,
}

impl GoldMeeting {
    fn window(&self) -> Option<(Date, Date)> {
        match (self.date, self.date_from, self.date_to) {
            (Some(d), _, _) => Some((d, d)),
            (None, Some(a), Some(b)) => Some((a, b)),
            _ => None,
        }
    }

    fn label(&self) -> String {
        let names: Vec<&str> =
            self.participants.iter().map(|p| p.en.rsplit(' ').next().unwrap_or(p.en.as_str())).collect();
        let kind = match self.kind {
            Kind::Meeting => "",
            Kind::Call => " (call)",
        };
        format!("{}{kind}", names.join("–"))
    }
}

/// A participant as the gold names them: in English, and every Arabic
/// spelling the article uses.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldPerson {
    pub en: String,
    #[serde(default)]
    pub ar: Vec<String>,
}

/// Counts summed over articles.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub articles: u32,
    pub records: u32,
    pub gold_meetings: u32,
    pub gold_calls: u32,
    /// Gold meetings some record matches.
    pub found_meetings: u32,
    /// ... with exactly the right participants.
    pub exact_meetings: u32,
    pub found_calls: u32,
    /// Gold calls whose record says it was a meeting.
    pub calls_as_meetings: u32,
    pub invented: u32,
    /// Matched pairs (meetings and calls).
    pub matched: u32,
    pub kind_right: u32,
    pub status_right: u32,
    pub city_right: u32,
    pub country_right: u32,
    /// Matched pairs whose day the text can fix.
    pub date_fixable: u32,
    pub date_right: u32,
    /// Matched pairs whose record gives a date.
    pub date_claims: u32,
    pub date_wrong: u32,
    pub occasion_right: u32,
    pub agencies_wanted: u32,
    pub agencies_found: u32,
    /// Texts that differ from the ones the gold was read from.
    pub texts_changed: u32,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.articles += o.articles;
        self.records += o.records;
        self.gold_meetings += o.gold_meetings;
        self.gold_calls += o.gold_calls;
        self.found_meetings += o.found_meetings;
        self.exact_meetings += o.exact_meetings;
        self.found_calls += o.found_calls;
        self.calls_as_meetings += o.calls_as_meetings;
        self.invented += o.invented;
        self.matched += o.matched;
        self.kind_right += o.kind_right;
        self.status_right += o.status_right;
        self.city_right += o.city_right;
        self.country_right += o.country_right;
        self.date_fixable += o.date_fixable;
        self.date_right += o.date_right;
        self.date_claims += o.date_claims;
        self.date_wrong += o.date_wrong;
        self.occasion_right += o.occasion_right;
        self.agencies_wanted += o.agencies_wanted;
        self.agencies_found += o.agencies_found;
        self.texts_changed += o.texts_changed;
    }
}

/// One article's score: its counts and what went wrong, in words.
#[derive(Debug, Clone, Default)]
pub struct ArticleScore {
    pub file: String,
    pub counts: Counts,
    pub problems: Vec<String>,
}

/// The kind a record reports.
fn kind_of(m: &Meeting) -> Kind {
    m.kind
}

/// Scores one article's records against its gold encounters. `text_sha256`
/// is the hex digest of the text the records came from.
pub fn score_article(gold: &GoldArticle, records: &[Meeting], kb: &Kb, text_sha256: &str) -> ArticleScore {
    let mut c = Counts { articles: 1, records: records.len() as u32, ..Counts::default() };
    let mut problems = Vec::new();
    if !gold.sha256.is_empty() && !gold.sha256.eq_ignore_ascii_case(text_sha256) {
        c.texts_changed = 1;
        problems.push("the text differs from the one the gold was read from (sha256)".to_owned());
    }
    for g in &gold.meeting {
        match g.kind {
            Kind::Meeting => c.gold_meetings += 1,
            Kind::Call => c.gold_calls += 1,
        }
    }
    // Every pair that shares someone, the closest first: most shared, then
    // exact sets, then the same kind (a call and a meeting of the same two
    // are each matched with their own).
    let mut pairs: Vec<(usize, bool, bool, usize, usize)> = Vec::new();
    for (gi, g) in gold.meeting.iter().enumerate() {
        for (ri, r) in records.iter().enumerate() {
            let shared =
                g.participants.iter().filter(|gp| r.participants.iter().any(|p| same_person(p, gp, kb))).count();
            if shared > 0 {
                pairs.push((shared, exact_participants(r, g, kb), r.kind == g.kind, gi, ri));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(b.2.cmp(&a.2)).then(a.3.cmp(&b.3)).then(a.4.cmp(&b.4)));
    let mut gold_taken = vec![None; gold.meeting.len()];
    let mut record_taken = vec![false; records.len()];
    for (_, _, _, gi, ri) in pairs {
        if gold_taken[gi].is_none() && !record_taken[ri] {
            gold_taken[gi] = Some(ri);
            record_taken[ri] = true;
        }
    }
    for (gi, g) in gold.meeting.iter().enumerate() {
        let Some(ri) = gold_taken[gi] else {
            problems.push(format!("missed {}", g.label()));
            continue;
        };
        let r = &records[ri];
        let mut wrong: Vec<String> = Vec::new();
        c.matched += 1;
        let exact = exact_participants(r, g, kb);
        match g.kind {
            Kind::Meeting => {
                c.found_meetings += 1;
                c.exact_meetings += u32::from(exact);
            }
            Kind::Call => {
                c.found_calls += 1;
                c.calls_as_meetings += u32::from(kind_of(r) == Kind::Meeting);
            }
        }
        if !exact {
            let got: Vec<&str> = r.participants.iter().map(display_name).collect();
            wrong.push(format!("participants {}", got.join(", ")));
        }
        if kind_of(r) == g.kind {
            c.kind_right += 1;
        } else {
            wrong.push(format!("kind {:?}", kind_of(r)).to_lowercase());
        }
        if r.status == g.status {
            c.status_right += 1;
        } else {
            wrong.push(format!("status {:?}", r.status).to_lowercase());
        }
        if same_city(r, g, kb) {
            c.city_right += 1;
        } else {
            wrong.push(format!(
                "city {} (want {})",
                r.city.as_deref().unwrap_or("none"),
                g.city.as_deref().unwrap_or("none")
            ));
        }
        if r.country == g.country {
            c.country_right += 1;
        } else {
            wrong.push(format!(
                "country {} (want {})",
                r.country.as_deref().unwrap_or("none"),
                g.country.as_deref().unwrap_or("none")
            ));
        }
        let claim = record_range(r);
        let window = g.window();
        if g.date_fixable {
            c.date_fixable += 1;
        }
        match (claim, window) {
            (Some((a, b)), Some((ga, gb))) => {
                c.date_claims += 1;
                let disjoint = b < ga || gb < a;
                let narrow = (b - a).get_days() < DATE_RANGE_DAYS;
                if disjoint {
                    c.date_wrong += 1;
                    wrong.push(format!("WRONG date {a}..{b} (want {})", window_label(ga, gb)));
                } else if g.date_fixable && narrow {
                    c.date_right += 1;
                } else if g.date_fixable {
                    wrong.push(format!("date {a}..{b} too wide (want {})", window_label(ga, gb)));
                }
            }
            (Some((a, b)), None) => {
                c.date_claims += 1;
                wrong.push(format!("date {a}..{b} (gold has none)"));
            }
            (None, Some((ga, gb))) if g.date_fixable => {
                wrong.push(format!("no date (want {})", window_label(ga, gb)));
            }
            _ => {}
        }
        if same_occasion(r, g) {
            c.occasion_right += 1;
        } else {
            wrong.push(format!(
                "occasion {} (want {})",
                r.occasion_org.as_deref().unwrap_or("none"),
                g.occasion_org.as_deref().unwrap_or("none")
            ));
        }
        for a in &g.agencies {
            c.agencies_wanted += 1;
            let written = g.agencies_ar.get(a).map(|w| normalize(w));
            let as_written = |x: &String| written.as_ref().is_some_and(|w| contains_words(&normalize(x), w));
            if r.agencies.iter().any(|x| same_agency(x, a, kb) || as_written(x)) {
                c.agencies_found += 1;
            } else {
                wrong.push(format!("agency {a} not found"));
            }
        }
        if !wrong.is_empty() {
            problems.push(format!("{}: {}", g.label(), wrong.join("; ")));
        }
    }
    for (ri, r) in records.iter().enumerate() {
        if !record_taken[ri] {
            c.invented += 1;
            let names: Vec<&str> = r.participants.iter().map(display_name).collect();
            problems.push(format!("invented {}", names.join("–")));
        }
    }
    ArticleScore { file: gold.file.clone(), counts: c, problems }
}

/// A participant's English name, else the Arabic one, else the office.
fn display_name(p: &Participant) -> &str {
    [&p.name, &p.name_ar, &p.role_ar, &p.role].into_iter().find(|s| !s.is_empty()).map_or("?", String::as_str)
}

fn window_label(a: Date, b: Date) -> String {
    if a == b { a.to_string() } else { format!("{a}..{b}") }
}

fn record_range(m: &Meeting) -> Option<(Date, Date)> {
    let a: Date = m.date_start.as_deref()?.parse().ok()?;
    let b: Date = m.date_end.as_deref().and_then(|d| d.parse().ok()).unwrap_or(a);
    Some((a.min(b), a.max(b)))
}

fn exact_participants(r: &Meeting, g: &GoldMeeting, kb: &Kb) -> bool {
    r.participants.len() == g.participants.len()
        && g.participants.iter().all(|gp| r.participants.iter().any(|p| same_person(p, gp, kb)))
        && r.participants.iter().all(|p| g.participants.iter().any(|gp| same_person(p, gp, kb)))
}

/// A Latin name without accents, case or punctuation: "Mevlüt Çavuşoğlu" is "mevlut cavusoglu".
fn latin(s: &str) -> String {
    let plain = deunicode::deunicode(s).to_lowercase();
    plain.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// One name inside the other, word for word, after folding: "فيصل بن فرحان"
/// is "الأمير فيصل بن فرحان آل سعود".
fn arabic_names_meet(a: &str, b: &str) -> bool {
    let ta: Vec<String> = normalize(a).split(' ').filter(|w| !w.is_empty()).map(str::to_owned).collect();
    let tb: Vec<String> = normalize(b).split(' ').filter(|w| !w.is_empty()).map(str::to_owned).collect();
    if ta.is_empty() || tb.is_empty() {
        return false;
    }
    ta.iter().all(|w| tb.contains(w)) || tb.iter().all(|w| ta.contains(w))
}

fn same_person(p: &Participant, g: &GoldPerson, kb: &Kb) -> bool {
    let want = latin(&g.en);
    if !want.is_empty() && latin(&p.name) == want {
        return true;
    }
    if g.ar.iter().any(|a| arabic_names_meet(&p.name_ar, a)) {
        return true;
    }
    // A knowledge-base person, under any of their names.
    kb.people.iter().filter(|k| k.name == p.name).any(|k| {
        k.aliases_en.iter().any(|n| latin(n) == want)
            || std::iter::once(&k.name_ar).chain(&k.aliases_ar).any(|n| g.ar.iter().any(|a| arabic_names_meet(n, a)))
    })
}

fn same_city(r: &Meeting, g: &GoldMeeting, kb: &Kb) -> bool {
    match (&r.city, &g.city) {
        (None, None) => true,
        (Some(got), Some(want)) => {
            latin(got) == latin(want)
                || r.city_ar.as_deref().zip(g.city_ar.as_deref()).is_some_and(|(a, b)| normalize(a) == normalize(b))
                || kb
                    .cities
                    .iter()
                    .filter(|c| &c.name == got)
                    .any(|c| c.aliases_en.iter().any(|n| latin(n) == latin(want)))
        }
        _ => false,
    }
}

/// The organisations the gold names by id (eval/README.md); any other forum is "OTHER" there.
const GOLD_ORGS: [&str; 23] = [
    "SCO",
    "ASEAN",
    "BRICS",
    "G20",
    "G7",
    "UN",
    "UNGA",
    "UNSC",
    "APEC",
    "CSTO",
    "EAEU",
    "CIS",
    "EU",
    "NATO",
    "ARAB_LEAGUE",
    "OIC",
    "GCC",
    "CICA",
    "OSCE",
    "EAS",
    "ARF",
    "AU",
    "MSC",
];

fn same_occasion(r: &Meeting, g: &GoldMeeting) -> bool {
    match g.occasion_org.as_deref() {
        // A named forum outside the gold's list ("Doha Forum"): the knowledge
        // base's own id for it, or a named occasion that is not a visit.
        Some("OTHER") => match r.occasion_org.as_deref() {
            Some(org) => !GOLD_ORGS.contains(&org),
            None => r.occasion.as_deref().is_some_and(|o| !o.contains("'s visit to")),
        },
        want => r.occasion_org.as_deref() == want,
    }
}

fn same_agency(got: &str, want: &str, kb: &Kb) -> bool {
    let want = latin(want);
    latin(got) == want
        || kb.agencies.iter().filter(|a| a.name == got).any(|a| a.aliases_en.iter().any(|n| latin(n) == want))
}

/// The folded words of `needle` appear in `hay`, in order and whole.
fn contains_words(hay: &str, needle: &str) -> bool {
    !needle.is_empty() && format!(" {hay} ").contains(&format!(" {needle} "))
}

/// A share as "12 of 40 (30%)".
fn share(n: u32, of: u32) -> String {
    match (n * 100 + of / 2).checked_div(of) {
        Some(percent) => format!("{n} of {of} ({percent}%)"),
        None => format!("{n} of 0"),
    }
}

/// The figures a reader checks first, one per line.
pub fn summary(c: &Counts) -> String {
    let mut s = String::new();
    let per20 = if c.articles == 0 { 0.0 } else { f64::from(c.invented) * 20.0 / f64::from(c.articles) };
    let lines = [
        ("articles", format!("{} ({} records extracted)", c.articles, c.records)),
        ("meetings found", share(c.found_meetings, c.gold_meetings)),
        ("  with exactly the right participants", share(c.exact_meetings, c.gold_meetings)),
        ("calls found", share(c.found_calls, c.gold_calls)),
        ("  reported as meetings", share(c.calls_as_meetings, c.found_calls)),
        ("invented records", format!("{} ({per20:.1} per 20 articles)", c.invented)),
        ("kind right", share(c.kind_right, c.matched)),
        ("status right", share(c.status_right, c.matched)),
        ("city right", share(c.city_right, c.matched)),
        ("country right", share(c.country_right, c.matched)),
        (
            "date right (range of at most 7 days that holds the day)",
            format!("{} of the found whose day the text can fix", share(c.date_right, c.date_fixable)),
        ),
        ("wrong date claims", format!("{} of {} dated records", c.date_wrong, c.date_claims)),
        ("occasion right", share(c.occasion_right, c.matched)),
        ("agencies found", share(c.agencies_found, c.agencies_wanted)),
    ];
    for (name, value) in lines {
        let _ = writeln!(s, "{name:<56} {value}");
    }
    if c.texts_changed > 0 {
        let _ = writeln!(s, "{:<56} {}", "texts that differ from the gold's", c.texts_changed);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    fn kb() -> Kb {
        Kb::embedded().unwrap_or_else(|e| panic!("{e}"))
    }

    fn person(name: &str, name_ar: &str) -> Participant {
        Participant { name: name.into(), name_ar: name_ar.into(), ..Participant::default() }
    }

    fn gold(text: &str) -> GoldArticle {
        let g: Gold = toml::from_str(text).unwrap_or_else(|e| panic!("{e}"));
        g.article.into_iter().next().unwrap_or_else(|| panic!("no article"))
    }

    const TWO: &str = r#"
[[article]]
file = "x.txt"
[[article.meeting]]
kind = "meeting"
status = "held"
date = "2024-04-09"
date_fixable = true
city = "Beijing"
country = "CN"
agencies = ["TASS"]
participants = [{ en = "Sergey Lavrov", ar = ["لافروف"] }, { en = "Wang Yi", ar = ["وانغ يي"] }]
[[article.meeting]]
kind = "call"
status = "held"
date = "2024-04-01"
participants = [{ en = "Sergey Lavrov", ar = ["لافروف"] }, { en = "Hakan Fidan", ar = ["هاكان فيدان"] }]
"#;

    fn record(names: &[(&str, &str)], date: (&str, &str), city: Option<&str>) -> Meeting {
        Meeting {
            participants: names.iter().map(|(n, a)| person(n, a)).collect(),
            date_start: Some(date.0.into()),
            date_end: Some(date.1.into()),
            city: city.map(Into::into),
            country: city.map(|_| "CN".into()),
            agencies: vec!["TASS".into()],
            evidence: [("date".to_owned(), vec![Span::default()])].into_iter().collect(),
            ..Meeting::default()
        }
    }

    #[test]
    fn a_right_record_scores_every_field_and_a_call_as_meeting_is_counted() {
        let kb = kb();
        let g = gold(TWO);
        let records = vec![
            record(
                &[("Wang Yi", "وانغ يي"), ("Sergey Lavrov", "سيرغي لافروف")],
                ("2024-04-09", "2024-04-09"),
                Some("Beijing"),
            ),
            record(&[("Sergey Lavrov", "لافروف"), ("Hakan Fidan", "هاكان فيدان")], ("2024-04-01", "2024-04-01"), None),
        ];
        let s = score_article(&g, &records, &kb, "");
        let c = s.counts;
        assert_eq!((c.found_meetings, c.exact_meetings, c.invented), (1, 1, 0));
        assert_eq!((c.date_right, c.date_wrong, c.city_right), (1, 0, 2), "{:?}", s.problems);
        assert_eq!((c.found_calls, c.calls_as_meetings), (1, 1));
        assert_eq!(c.agencies_found, 1);
        // The call's record has no city, like the gold; it is a meeting, not a call.
        assert!(s.problems.iter().any(|p| p.contains("kind meeting")), "{:?}", s.problems);
    }

    #[test]
    fn a_call_and_a_meeting_of_the_same_two_are_each_matched_with_their_own() {
        let kb = kb();
        let g = gold(&TWO.replace("Hakan Fidan", "Wang Yi").replace("هاكان فيدان", "وانغ يي"));
        let mut call = record(&[("Sergey Lavrov", ""), ("Wang Yi", "")], ("2024-04-01", "2024-04-01"), None);
        call.kind = Kind::Call;
        let meeting = record(&[("Sergey Lavrov", ""), ("Wang Yi", "")], ("2024-04-09", "2024-04-09"), Some("Beijing"));
        // The call comes first: the first gold encounter (the meeting) must still get the meeting.
        let s = score_article(&g, &[call, meeting], &kb, "");
        assert_eq!((s.counts.found_calls, s.counts.calls_as_meetings), (1, 0), "{:?}", s.problems);
        assert!(s.problems.is_empty(), "{:?}", s.problems);
    }

    #[test]
    fn a_date_that_misses_is_a_wrong_claim_and_a_wide_one_is_not_right() {
        let kb = kb();
        let g = gold(TWO);
        let wrong = record(&[("Sergey Lavrov", ""), ("Wang Yi", "")], ("2025-04-09", "2025-04-09"), Some("Beijing"));
        let c = score_article(&g, &[wrong], &kb, "").counts;
        assert_eq!((c.date_wrong, c.date_right), (1, 0));
        let wide = record(&[("Sergey Lavrov", ""), ("Wang Yi", "")], ("2024-04-01", "2024-04-20"), Some("Beijing"));
        let c = score_article(&g, &[wide], &kb, "").counts;
        assert_eq!((c.date_wrong, c.date_right), (0, 0));
    }

    #[test]
    fn missed_invented_and_wrong_participants() {
        let kb = kb();
        let g = gold(TWO);
        let records = vec![
            record(&[("Sergey Lavrov", ""), ("Antony Blinken", "")], ("2024-04-09", "2024-04-09"), None),
            record(&[("Xi Jinping", ""), ("Vladimir Putin", "")], ("2024-04-09", "2024-04-09"), None),
        ];
        let s = score_article(&g, &records, &kb, "abc");
        let c = s.counts;
        // Lavrov–Blinken shares Lavrov with a gold encounter: found, not exact.
        assert_eq!((c.found_meetings + c.found_calls, c.exact_meetings, c.invented), (1, 0, 1));
        assert!(s.problems.iter().any(|p| p.starts_with("missed")), "{:?}", s.problems);
        assert!(s.problems.iter().any(|p| p.starts_with("invented Xi Jinping")), "{:?}", s.problems);
        assert_eq!(c.texts_changed, 0, "no sha256 in the gold, nothing to compare");
    }

    #[test]
    fn names_match_across_spellings_and_scripts() {
        let kb = kb();
        let gp =
            GoldPerson { en: "Mevlüt Çavuşoğlu".into(), ar: vec!["مولود تشاووش أوغلو".into()] };
        assert!(same_person(&person("Mevlut Cavusoglu", ""), &gp, &kb));
        assert!(same_person(&person("", "مولود تشاووش أوغلو"), &gp, &kb));
        let faisal = GoldPerson { en: "Faisal bin Farhan".into(), ar: vec!["فيصل بن فرحان".into()] };
        assert!(same_person(&person("", "الأمير فيصل بن فرحان آل سعود"), &faisal, &kb));
        assert!(!same_person(&person("", "فيصل المقداد"), &faisal, &kb));
    }

    #[test]
    fn the_summary_names_every_figure() {
        let c = Counts {
            articles: 20,
            gold_meetings: 10,
            found_meetings: 9,
            exact_meetings: 8,
            invented: 1,
            ..Counts::default()
        };
        let s = summary(&c);
        assert!(s.contains("9 of 10 (90%)"), "{s}");
        assert!(s.contains("1 (1.0 per 20 articles)"), "{s}");
    }
}
