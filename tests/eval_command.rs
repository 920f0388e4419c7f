//! `meetings eval` end to end: the binary scores a folder of texts against a
//! gold file and prints per-article lines and totals.

#![allow(clippy::panic)] // a test stops on a broken fixture

use std::path::Path;
use std::process::Command;

fn eval(args: &[&str]) -> (bool, String, String) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval");
    let out = Command::new(env!("CARGO_BIN_EXE_meetings"))
        .arg("eval")
        .arg(dir.join("texts"))
        .arg(dir.join("gold.toml"))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn scores_every_field_and_names_what_went_wrong() {
    let (ok, out, err) = eval(&[]);
    assert!(ok, "{err}");
    assert!(out.contains("one-meeting.txt [1/1 found, 0 invented] all right"), "{out}");
    // The second text's gold was read from another text: the command says so.
    assert!(out.contains("no-meeting.txt [0/0 found, 0 invented] the text differs"), "{out}");
    for line in [
        "meetings found                                           1 of 1 (100%)",
        "  with exactly the right participants                    1 of 1 (100%)",
        "invented records                                         0 (0.0 per 20 articles)",
        "date right (range of at most 7 days that holds the day)  1 of 1 (100%)",
        "agencies found                                           1 of 1 (100%)",
        "texts that differ from the gold's                        1",
    ] {
        assert!(out.contains(line), "missing {line:?} in\n{out}");
    }
}

#[test]
fn a_split_selects_its_articles_and_a_bad_one_is_refused() {
    let (ok, out, _) = eval(&["--split", "test", "--quiet"]);
    assert!(ok);
    assert!(!out.contains("one-meeting.txt"), "{out}");
    assert!(out.contains("articles                                                 1 (0 records extracted)"), "{out}");
    let (ok, _, err) = eval(&["--split", "nope"]);
    assert!(!ok);
    assert!(err.contains("use dev, test or all"), "{err}");
}
