//! Extraction throughput: `cargo bench --features cli --bench extract`.
//!
//! Builds a corpus of 10,000 articles from the seeds and the test articles,
//! each varied deterministically (other ministers, cities, days), extracts it
//! on all cores, and prints MB/s and articles/s; then times single-line
//! inputs of growing size to show the time stays linear.

#![allow(clippy::panic)] // a test stops on a broken fixture

use std::path::Path;
use std::time::Instant;

use meetings_widget::extract::extract_file;
use meetings_widget::kb::Kb;
use rayon::prelude::*;

const ARTICLES: usize = 10_000;

fn read_dir_txt(dir: &Path) -> Vec<String> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect()
        })
        .unwrap_or_default();
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect()
}

struct Rng(u64);
impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n.max(1) as u64) as usize
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut templates = read_dir_txt(&root.join("seeds"));
    templates.extend(read_dir_txt(&root.join("tests/articles")));
    let kb = Kb::embedded().unwrap_or_else(|e| panic!("{e}"));
    let swaps: Vec<(&str, Vec<String>)> = vec![
        ("طشقند", kb.cities.iter().take(40).map(|c| c.name_ar.clone()).collect()),
        ("بكين", kb.cities.iter().skip(40).take(40).map(|c| c.name_ar.clone()).collect()),
        ("الخميس", ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"].map(String::from).to_vec()),
        ("يوليو", ["يناير", "مارس", "مايو", "يوليو", "سبتمبر", "نوفمبر"].map(String::from).to_vec()),
    ];
    let mut rng = Rng(0x1234_5678_9ABC_DEF1);
    let corpus: Vec<String> = (0..ARTICLES)
        .map(|i| {
            let mut text = templates[i % templates.len()].clone();
            for (from, choices) in &swaps {
                text = text.replace(from, &choices[rng.below(choices.len())]);
            }
            text
        })
        .collect();
    let bytes: usize = corpus.iter().map(String::len).sum();

    // Warm up, then measure.
    let _ = extract_file("warm.txt", &corpus[0], &kb, None);
    let started = Instant::now();
    let meetings: usize = corpus.par_iter().map(|t| extract_file("bench.txt", t, &kb, None).len()).sum();
    let secs = started.elapsed().as_secs_f64();
    let threads = rayon::current_num_threads();
    println!(
        "extract: {ARTICLES} articles, {:.1} MB, {meetings} meetings in {secs:.2} s on {threads} threads: {:.1} MB/s, {:.0} articles/s",
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs,
        ARTICLES as f64 / secs
    );

    // One line of growing size: time per MB should stay flat. Two lines: all
    // the templates joined, and one seed's body said again and again (a meeting
    // in every sentence, no line break anywhere).
    let joined = templates.join(" ").replace('\n', " ");
    let seed_body = templates[0].lines().skip(1).collect::<Vec<_>>().join(" ");
    for (what, line) in [("templates joined", &joined), ("one seed repeated", &seed_body)] {
        for mb in [5usize, 10, 50] {
            let big = line.repeat(mb * 1_000_000 / line.len() + 1);
            let started = Instant::now();
            let records = extract_file("one-line.txt", &big, &kb, None);
            let secs = started.elapsed().as_secs_f64();
            let out: usize = records.iter().map(|m| serde_json::to_string(m).map_or(0, |j| j.len())).sum();
            println!(
                "single line, {what}: {:.0} MB in {secs:.2} s ({:.1} MB/s), {} meeting(s), {:.0} KB of JSON",
                big.len() as f64 / 1e6,
                big.len() as f64 / 1e6 / secs,
                records.len(),
                out as f64 / 1e3
            );
        }
    }
}
