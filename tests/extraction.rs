//! Fixture-driven extraction tests: the five seed articles against the
//! acceptance table, and every article under `tests/articles/` against its
//! `.expected.json`. One test walks them all and reports every difference.

#![allow(clippy::panic)] // a test stops on a broken fixture

use std::path::Path;

use meetings_widget::extract::{decode, extract_file};
use meetings_widget::kb::Kb;
use meetings_widget::model::{Meeting, Status};
use serde_json::Value;

fn kb() -> Kb {
    Kb::embedded().unwrap_or_else(|e| panic!("{e}"))
}

fn extract_path(kb: &Kb, path: &Path) -> Vec<Meeting> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let text = decode(&name, &bytes).unwrap_or_else(|e| panic!("{e}"));
    extract_file(&name, text, kb, None)
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

/// Differences between one extracted meeting and its expected facts.
fn compare(m: &Meeting, want: &Value) -> Vec<String> {
    let mut diffs = Vec::new();
    let s = |v: &Value| v.as_str().map(str::to_owned);
    let list = |v: &Value| -> Vec<String> {
        sorted(
            v.as_array().map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_owned)).collect()).unwrap_or_default(),
        )
    };
    let mut check = |field: &str, got: Option<String>, want: Option<String>| {
        if got != want {
            diffs.push(format!("{field}: got {got:?}, want {want:?}"));
        }
    };
    check(
        "participants",
        Some(sorted(m.participants.iter().map(|p| p.key().to_owned()).collect()).join(", ")),
        Some(list(&want["participants"]).join(", ")),
    );
    for field in ["date_start", "date_end", "city", "country", "occasion_org"] {
        if let Some(w) = want.get(field) {
            let got = match field {
                "date_start" => m.date_start.clone(),
                "date_end" => m.date_end.clone(),
                "city" => m.city.clone(),
                "country" => m.country.clone(),
                _ => m.occasion_org.clone(),
            };
            check(field, got, s(w));
        }
    }
    if let Some(w) = want.get("kind") {
        let got = match m.kind {
            meetings_widget::model::Kind::Meeting => "meeting",
            meetings_widget::model::Kind::Call => "call",
        };
        check("kind", Some(got.to_owned()), s(w));
    }
    if let Some(w) = want.get("status") {
        let got = match m.status {
            Status::Held => "held",
            Status::Announced => "announced",
        };
        check("status", Some(got.to_owned()), s(w));
    }
    if let Some(w) = want.get("agencies") {
        check("agencies", Some(sorted(m.agencies.clone()).join(", ")), Some(list(w).join(", ")));
    }
    if let Some(w) = want.get("quote_contains").and_then(Value::as_str)
        && !m.quotes.iter().any(|q| q.text.contains(w))
    {
        diffs.push(format!(
            "quotes: none contains {w:?}; got {:?}",
            m.quotes.iter().map(|q| &q.text).collect::<Vec<_>>()
        ));
    }
    diffs
}

fn check_file(kb: &Kb, path: &Path, want: &Value) -> Vec<String> {
    let got = extract_path(kb, path);
    let wanted = want["meetings"].as_array().cloned().unwrap_or_default();
    let name = path.display().to_string();
    if got.len() != wanted.len() {
        return vec![format!(
            "{name}: {} meetings, want {} (got: {:?})",
            got.len(),
            wanted.len(),
            got.iter().map(|m| m.participants.iter().map(|p| p.key()).collect::<Vec<_>>()).collect::<Vec<_>>()
        )];
    }
    got.iter()
        .zip(&wanted)
        .flat_map(|(m, w)| compare(m, w).into_iter().map(|d| format!("{name} [{}]: {d}", m.id)).collect::<Vec<_>>())
        .collect()
}

#[test]
fn seeds_give_exactly_the_six_meetings_of_the_acceptance_table() {
    let kb = kb();
    let table = serde_json::json!({
        "000": [{"participants": ["Sergey Lavrov", "Wang Yi"], "date_start": "2022-07-28", "date_end": "2022-07-28",
                 "city": "Tashkent", "country": "UZ", "occasion_org": "SCO", "status": "held", "agencies": ["Sputnik"],
                 "quote_contains": "لا داعي لارتداء الكمامة، أنت بأمان هنا"}],
        "001": [{"participants": ["Sergey Lavrov", "Wang Yi"], "date_start": "2023-09-18", "date_end": "2023-09-18",
                 "city": "Moscow", "country": "RU", "occasion_org": null, "status": "held", "agencies": ["RT"]},
                {"participants": ["Hakan Fidan", "Sergey Lavrov"], "date_start": "2025-02-24", "date_end": "2025-02-24",
                 "city": "Ankara", "country": "TR", "occasion_org": null, "status": "announced"}],
        "002": [{"participants": ["Sergey Lavrov", "Wang Yi"], "date_start": "2024-04-09", "date_end": "2024-04-09",
                 "city": "Beijing", "country": "CN", "occasion_org": null, "status": "held", "agencies": ["DPA", "TASS"],
                 "quote_contains": "ستتم معاقبة كل المتورطين في الهجوم الإرهابي بالتأكيد"}],
        "003": [{"participants": ["Sergey Lavrov", "Wang Yi"], "date_start": "2024-07-25", "date_end": "2024-07-27",
                 "city": "Vientiane", "country": "LA", "occasion_org": "ASEAN", "status": "held", "agencies": ["Sputnik"]}],
        "004": [{"participants": ["Sergey Lavrov", "Wang Yi"], "date_start": "2025-07-13", "date_end": "2025-07-13",
                 "city": "Beijing", "country": "CN", "occasion_org": "SCO", "status": "held", "agencies": ["TASS"]}]
    });
    let mut failures = Vec::new();
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files: Vec<_> =
        std::fs::read_dir(&seeds).unwrap_or_else(|e| panic!("{e}")).filter_map(Result::ok).map(|e| e.path()).collect();
    files.sort();
    assert_eq!(files.len(), 5);
    for path in files {
        let prefix = path.file_name().map(|n| n.to_string_lossy()[..3].to_owned()).unwrap_or_default();
        let want = serde_json::json!({ "meetings": table[&prefix] });
        failures.extend(check_file(&kb, &path, &want));
    }
    // The second quote pair of the acceptance, with their speakers.
    let by_speaker = |file: &str, speaker: &str, text: &str| {
        let m = extract_path(&kb, &seeds.join(file));
        m.iter().any(|m| m.quotes.iter().any(|q| q.speaker == speaker && q.text.contains(text)))
    };
    for (file, speaker, text) in [
        ("000_1be66230a25789ff.txt", "Sergey Lavrov", "لا داعي لارتداء الكمامة"),
        ("000_1be66230a25789ff.txt", "Wang Yi", "نحن نثق في بعضنا البعض"),
        ("002_9004d672f97c8e10.txt", "Wang Yi", "دعم الشعب هو دائما مصدر التقدم في روسيا"),
        ("002_9004d672f97c8e10.txt", "Sergey Lavrov", "ستتم معاقبة كل المتورطين في الهجوم الإرهابي بالتأكيد"),
    ] {
        if !by_speaker(file, speaker, text) {
            failures.push(format!("{file}: no quote by {speaker} containing {text:?}"));
        }
    }
    assert!(failures.is_empty(), "{} differences:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_test_article_matches_its_expected_json() {
    let kb = kb();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/articles");
    let mut articles: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    articles.sort();
    assert!(articles.len() >= 12, "only {} test articles", articles.len());
    let mut failures = Vec::new();
    for path in &articles {
        let expected = path.with_extension("expected.json");
        let text = std::fs::read_to_string(&expected).unwrap_or_else(|e| panic!("{}: {e}", expected.display()));
        let want: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", expected.display()));
        failures.extend(check_file(&kb, path, &want));
    }
    assert!(failures.is_empty(), "{} differences:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_fact_points_back_into_its_own_article() {
    let kb = kb();
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    for entry in std::fs::read_dir(&seeds).unwrap_or_else(|e| panic!("{e}")).filter_map(Result::ok) {
        for m in extract_path(&kb, &entry.path()) {
            for field in ["title", "lede", "participants", "date", "place"] {
                assert!(m.evidence.get(field).is_some_and(|v| !v.is_empty()), "{}: no evidence for {field}", m.id);
            }
            for (field, spans) in &m.evidence {
                for s in spans {
                    assert!(s.start <= s.end && s.end <= m.article_text.len(), "{}: {field} span out of range", m.id);
                    assert!(m.article_text.is_char_boundary(s.start) && m.article_text.is_char_boundary(s.end));
                }
            }
            for q in &m.quotes {
                let span = q.span.unwrap_or_default();
                assert_eq!(m.article_text[span.start..span.end].trim(), q.text, "{}", m.id);
            }
        }
    }
}

#[test]
fn an_appended_article_does_not_bleed_into_the_first() {
    let kb = kb();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/001_19d5c2ce21f9d31f.txt");
    let meetings = extract_path(&kb, &path);
    assert_eq!(meetings.len(), 2);
    assert!(!meetings[0].article_text.contains("أنقرة"));
    assert!(!meetings[1].article_text.contains("وانغ يي"));
    assert!(meetings[1].article_text.starts_with("وزير الخارجية الروسي يزور تركيا"));
}
