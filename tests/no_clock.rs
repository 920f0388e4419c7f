//! Extraction never reads the clock: the same folder extracted under two
//! faked system dates (`faketime`, which `scripts/setup.sh` installs) gives
//! byte-identical output, and neither fake year leaks into a date.

#![allow(clippy::panic)] // a test stops on a broken setup

use std::path::Path;
use std::process::Command;

fn extract_on(day: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new("faketime")
        .arg(day)
        .arg(env!("CARGO_BIN_EXE_meetings"))
        .arg("extract")
        .arg(root.join("seeds"))
        .arg(root.join("tests/articles"))
        .output()
        .unwrap_or_else(|e| panic!("faketime is needed for this test (scripts/setup.sh installs it): {e}"));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_same_articles_give_the_same_records_on_any_day() {
    // faketime itself works here: `date` sees the fake day.
    let probe = Command::new("faketime").args(["2031-06-15 12:00:00", "date", "+%Y"]).output();
    let probe =
        probe.unwrap_or_else(|e| panic!("faketime is needed for this test (scripts/setup.sh installs it): {e}"));
    assert_eq!(String::from_utf8_lossy(&probe.stdout).trim(), "2031");

    let early = extract_on("2019-01-02 08:00:00");
    let late = extract_on("2031-06-15 12:00:00");
    assert!(early.len() > 1000, "no records extracted");
    assert!(early == late, "the output depends on the system date");
    for fake in ["\"2019-01-0", "\"2031-"] {
        assert!(!early.contains(fake), "a fake day leaked into the records: {fake}");
    }
}
