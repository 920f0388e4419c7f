//! What building the map's and the matrix's view models costs, natively,
//! for a dataset (`meetings generate --count 100000 > big.json`):
//!
//! cargo run --release --features cli --example view_cost -- big.json
//!
//! The browser's figure, with the DOM patches, is `npm run bench`'s
//! "map and matrix" column.
use std::time::Instant;

use meetings_widget::app::State;
use meetings_widget::i18n::{Locale, Plural};
use meetings_widget::view::{map, matrix};

/// Latin digits and one plural form: `Intl`'s work is not what is measured.
const PLAIN: Locale = Locale {
    number: |_, n| n.to_string(),
    year: |_, y| y.to_string(),
    plural: |_, _| Plural::Other,
    date: |_, iso| iso.to_owned(),
    hijri: |_, _| None,
    date_range: |_, a, b| format!("{a} – {b}"),
    hijri_range: |_, _, _| None,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: view_cost <dataset.json>")?;
    let state = State::new(serde_json::from_str(&std::fs::read_to_string(path)?)?, "");
    let frame = map::dataset_frame(&state);
    println!("{} meetings, {} in the result", state.store.len(), state.visible.len());
    for _ in 0..5 {
        let t = Instant::now();
        let people = matrix::matrix_view(&state, &PLAIN);
        let matrix_time = t.elapsed();
        let t = Instant::now();
        let marks = map::map_view(&state, frame, &PLAIN);
        println!(
            "matrix {matrix_time:.2?} ({} people, {} folded); map {:.2?} ({} marks)",
            people.people.len(),
            people.folded_count,
            t.elapsed(),
            marks.marks.len()
        );
    }
    Ok(())
}
