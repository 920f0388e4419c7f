//! `cargo +nightly fuzz run extract`: arbitrary bytes through decode and the
//! whole extractor; any panic is a bug.
#![no_main]

use libfuzzer_sys::fuzz_target;
use meetings_widget::extract::{decode, extract_file};
use meetings_widget::kb::Kb;

thread_local! {
    static KB: Option<Kb> = Kb::embedded().ok();
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = decode("fuzz.txt", data) else { return };
    KB.with(|kb| {
        if let Some(kb) = kb {
            for m in extract_file("fuzz.txt", text, kb, None) {
                for spans in m.evidence.values() {
                    for s in spans {
                        assert!(s.start <= s.end && s.end <= m.article_text.len());
                    }
                }
            }
        }
    });
});
