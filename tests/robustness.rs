//! Hostile and odd input never panics: every input comes back as meetings or
//! a clear error. A deterministic fuzz-style smoke test mutates the seeds.

#![allow(clippy::panic)] // a test stops on a broken fixture

use std::path::Path;

use meetings_widget::extract::{ExtractError, decode, extract_file};
use meetings_widget::kb::Kb;
use meetings_widget::model::Meeting;

fn kb() -> Kb {
    Kb::embedded().unwrap_or_else(|e| panic!("{e}"))
}

fn seeds() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut paths: Vec<_> =
        std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{e}")).filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    paths.iter().map(|p| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{e}"))).collect()
}

/// Every span of every meeting lies inside its article and on char boundaries.
fn assert_well_formed(meetings: &[Meeting]) {
    for m in meetings {
        for spans in m.evidence.values() {
            for s in spans {
                assert!(s.start <= s.end && s.end <= m.article_text.len());
                assert!(m.article_text.is_char_boundary(s.start) && m.article_text.is_char_boundary(s.end));
            }
        }
        assert!(m.participants.len() >= 2);
    }
}

#[test]
fn invalid_utf8_names_the_file() {
    let err = decode("broken.txt", b"\xd9\x84\xff\xfe").err();
    assert!(matches!(&err, Some(ExtractError::NotUtf8 { file, offset: 2 }) if file == "broken.txt"), "{err:?}");
    assert!(err.map(|e| e.to_string()).unwrap_or_default().contains("broken.txt"));
}

#[test]
fn binary_files_are_refused_with_a_reason() {
    let err = decode("image.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").err();
    assert!(err.is_some());
    let err = decode("zeros.bin", &[0u8; 64]).err().map(|e| e.to_string()).unwrap_or_default();
    assert!(err.contains("zeros.bin") && err.contains("binary"), "{err}");
}

#[test]
fn empty_blank_and_tiny_inputs_give_no_meetings() {
    let kb = kb();
    for text in [
        "",
        "\n\n\n",
        "   ",
        "إقرأ أيضاً:",
        "إقرأ أيضاً:\nإقرأ أيضاً:\n",
        "Sputnik",
        "\u{202E}\u{202D}",
        "ـــــــ",
        "\"",
        "“",
    ] {
        assert!(extract_file("x.txt", text, &kb, None).is_empty(), "{text:?}");
    }
}

#[test]
fn bidi_controls_and_tatweel_runs_do_not_hide_the_meeting() {
    let kb = kb();
    let seed = &seeds()[0];
    let noisy: String = seed
        .chars()
        .flat_map(|c| match c {
            ' ' => vec!['\u{200F}', ' ', '\u{202B}'],
            'ل' => vec!['ل', 'ـ', 'ـ', 'ـ'],
            c => vec![c],
        })
        .collect();
    let meetings = extract_file("noisy.txt", &noisy, &kb, None);
    assert_well_formed(&meetings);
    assert_eq!(meetings.len(), 1);
    let names: Vec<&str> = meetings[0].participants.iter().map(|p| p.name.as_str()).collect();
    assert!(names.contains(&"Sergey Lavrov") && names.contains(&"Wang Yi"), "{names:?}");
}

#[test]
fn a_long_single_line_comes_back() {
    // Every seed glued into one line, repeated: a few megabytes, no newline.
    let kb = kb();
    let line: String = seeds().join(" ").replace('\n', " ");
    let big = line.repeat(2_000_000 / line.len() + 1);
    let meetings = extract_file("one-line.txt", &big, &kb, None);
    assert_well_formed(&meetings);
    assert!(meetings.len() <= 1);
}

/// xorshift64*: deterministic, so a failure reproduces.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[test]
fn fuzz_smoke_mutated_seeds_never_panic() {
    let kb = kb();
    let seeds = seeds();
    let pool: Vec<char> =
        "\"“”«»()/:-–،.\n\u{200F}\u{202E}\u{2066}ـ٠١٢٣٤٥٦٧٨٩0123456789 أإآىةيوغجقكلاب".chars().collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for round in 0..300 {
        let mut chars: Vec<char> = seeds[round % seeds.len()].chars().collect();
        for _ in 0..1 + rng.below(40) {
            let at = rng.below(chars.len());
            match rng.below(4) {
                0 => chars.insert(at, pool[rng.below(pool.len())]),
                1 if !chars.is_empty() => {
                    chars.remove(at.min(chars.len() - 1));
                }
                2 => {
                    let end = (at + rng.below(200)).min(chars.len());
                    let piece: Vec<char> = chars[at..end].to_vec();
                    let to = rng.below(chars.len());
                    chars.splice(to..to, piece);
                }
                _ => {
                    let end = (at + rng.below(50)).min(chars.len());
                    chars.drain(at..end);
                }
            }
        }
        let text: String = chars.into_iter().collect();
        let meetings = extract_file("fuzz.txt", &text, &kb, None);
        assert_well_formed(&meetings);
    }
}

#[test]
fn every_kind_of_line_break_gives_the_same_meetings() {
    let kb = kb();
    for seed in seeds() {
        let lf = serde_json::to_string(&extract_file("x.txt", &seed, &kb, None)).unwrap_or_default();
        for (what, text) in [
            ("CR only", seed.replace('\n', "\r")),
            ("CR LF", seed.replace('\n', "\r\n")),
            ("line separator", seed.replace('\n', "\u{2028}")),
            ("paragraph separator", seed.replace('\n', "\u{2029}")),
            ("byte-order mark", format!("\u{FEFF}{seed}")),
        ] {
            let other = serde_json::to_string(&extract_file("x.txt", &text, &kb, None)).unwrap_or_default();
            assert!(other == lf, "{what} changes the output");
        }
    }
}

#[test]
fn a_text_that_runs_on_gives_records_of_bounded_size() {
    use meetings_widget::extract::segment::{MAX_ARTICLE_BYTES, MAX_LEDE_CHARS};
    use meetings_widget::extract::{MAX_QUOTE_CHARS, MAX_QUOTES, MAX_REASON_CHARS};
    let kb = kb();
    let seed = &seeds()[0];
    // One line, no break anywhere: the body of a seed said again and again.
    let body = seed.lines().skip(1).collect::<Vec<_>>().join(" ");
    for size in [200_000, 2_000_000] {
        let text = format!("{}\n{}", seed.lines().next().unwrap_or_default(), body.repeat(size / body.len() + 1));
        let meetings = extract_file("long.txt", &text, &kb, None);
        assert!(!meetings.is_empty() && meetings.len() <= 4, "{} meetings", meetings.len());
        assert_well_formed(&meetings);
        for m in &meetings {
            assert!(m.article_text.len() <= MAX_ARTICLE_BYTES && m.article_text.len() > MAX_ARTICLE_BYTES / 2);
            assert!(m.lede.chars().count() <= MAX_LEDE_CHARS + 1);
            assert!(
                m.quotes.len() <= MAX_QUOTES && m.quotes.iter().all(|q| q.text.chars().count() <= MAX_QUOTE_CHARS + 1)
            );
            assert!(m.date_reason.chars().count() <= MAX_REASON_CHARS + 1);
            let record = serde_json::to_string(m).unwrap_or_default().len();
            assert!(record < 2 * MAX_ARTICLE_BYTES, "a record of {record} bytes");
        }
    }
}
