//! What the store costs for a dataset, natively: build time, the bytes each
//! part holds, and the time of a few selections.
//!
//! cargo run --release --example footprint -- bench/out/dataset-100000.json

use std::time::Instant;

use meetings_widget::filter::{Facet, FilterState, Sort};
use meetings_widget::model::Dataset;
use meetings_widget::store::{StoreBuilder, WordCache};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: footprint <dataset.json>")?;
    let dataset: Dataset = serde_json::from_str(&std::fs::read_to_string(&path)?)?;
    let n = dataset.meetings.len();
    let started = Instant::now();
    let mut builder = StoreBuilder::new(dataset.labels, n);
    for m in dataset.meetings {
        builder.push(m);
    }
    let store = builder.finish();
    println!("{n} meetings indexed in {:.2?}", started.elapsed());
    let mut total = 0;
    for (part, bytes) in store.footprint() {
        println!("  {part:<10} {:>8.1} MB", bytes as f64 / 1e6);
        total += bytes;
    }
    println!("  {:<10} {:>8.1} MB", "total", total as f64 / 1e6);

    let mut words = WordCache::default();
    let mut state = FilterState::default();
    let mut time = |label: &str, state: &FilterState| {
        let started = Instant::now();
        let selection = store.select(state, &mut words);
        println!("{label:<24} {:>7} cards in {:.2?}", selection.visible.len(), started.elapsed());
    };
    for query in ["و", "وا", "وان", "وانج", "l", "la", "lav", "lavrov", ""] {
        state.query = query.into();
        time(&format!("query {query:?}"), &state);
    }
    state.toggle(Facet::Occasion, "SCO");
    time("occasion SCO", &state);
    state.from = Some("2015-01-01".into());
    state.to = Some("2020-12-31".into());
    state.sort = Sort::Oldest;
    time("range, oldest first", &state);
    Ok(())
}
