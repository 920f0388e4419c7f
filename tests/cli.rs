//! `meetings extract` as a shell user meets it: output that cannot be written,
//! folders with odd entries, paths that do not exist, names that collide.

#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)] // a test stops on a broken fixture

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn meetings() -> Command {
    Command::new(env!("CARGO_BIN_EXE_meetings"))
}

fn seed(n: usize) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut paths: Vec<_> = std::fs::read_dir(dir).unwrap().filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    paths[n].clone()
}

/// A fresh scratch folder under the target dir, for this test alone.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn ids(stdout: &[u8]) -> Vec<(String, String)> {
    let v: serde_json::Value = serde_json::from_slice(stdout).unwrap_or_else(|e| panic!("not JSON: {e}"));
    v["meetings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["id"].as_str().unwrap().to_owned(), m["source_file"].as_str().unwrap().to_owned()))
        .collect()
}

#[test]
fn a_full_disk_is_an_error_not_a_panic() {
    if !Path::new("/dev/full").exists() {
        return;
    }
    let out =
        meetings().arg("extract").arg(seed(0)).stdout(std::fs::File::create("/dev/full").unwrap()).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("cannot write the output"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn a_pipe_closed_after_one_byte_ends_the_run_quietly() {
    let dir = seed(0).parent().unwrap().to_path_buf();
    let mut child = meetings()
        .args(["extract", "--pretty"])
        .arg(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut one = [0u8; 1];
    child.stdout.take().unwrap().read_exact(&mut one).unwrap();
    // The read end is dropped here, like `| head -c1`.
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{:?} {err}", out.status);
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn every_entry_of_a_folder_is_read_or_named() {
    let dir = scratch("odd-folder");
    std::fs::copy(seed(0), dir.join("a.txt")).unwrap();
    std::fs::copy(seed(1), dir.join("UPPER.TXT")).unwrap();
    std::fs::create_dir(dir.join("sub")).unwrap();
    std::fs::copy(seed(2), dir.join("sub/inner.txt")).unwrap();
    std::fs::write(dir.join("notes.md"), "not an article").unwrap();
    std::os::unix::fs::symlink("..", dir.join("sub/loop")).unwrap();
    std::os::unix::fs::symlink("nowhere.txt", dir.join("dangling.txt")).unwrap();
    assert!(Command::new("mkfifo").arg(dir.join("pipe.txt")).status().unwrap().success());
    let missing = dir.join("no-such-folder");

    let out = meetings().arg("extract").arg(&dir).arg(&missing).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    // The articles that could be read are all there...
    let files: Vec<String> = ids(&out.stdout).into_iter().map(|(_, f)| f).collect();
    for name in ["a.txt", "UPPER.TXT", "sub/inner.txt"] {
        assert!(files.iter().any(|f| f == name), "{name} not extracted: {files:?}\n{err}");
    }
    // ...each skipped path is named with its reason, and the exit code counts them.
    for (what, why) in [
        ("dangling.txt", "a link to nothing"),
        ("pipe.txt", "not a regular file"),
        ("loop", "already read"),
        ("no-such-folder", "no such file or folder"),
        ("notes.md", "not .txt"),
    ] {
        assert!(err.lines().any(|l| l.contains(what) && l.contains(why)), "{what}: {why}?\n{err}");
    }
    assert!(err.contains("4 path(s) skipped"), "{err}");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn names_that_fold_alike_still_give_distinct_ids() {
    let dir = scratch("colliding-names");
    for name in ["لقاء.txt", "خبرا.txt", "a-x.txt"] {
        std::fs::copy(seed(0), dir.join(name)).unwrap();
    }
    for sub in ["a", "b"] {
        std::fs::create_dir(dir.join(sub)).unwrap();
        std::fs::copy(seed(0), dir.join(sub).join("x.txt")).unwrap();
    }
    let out = meetings().arg("extract").arg(&dir).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let found = ids(&out.stdout);
    assert_eq!(found.len(), 5, "{found:?}");
    let mut unique: Vec<&str> = found.iter().map(|(id, _)| id.as_str()).collect();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), found.len(), "{found:?}");
    // Ids stay in the letters a link's hash accepts.
    assert!(found.iter().all(|(id, _)| id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')));
    // The same file given twice keeps both records apart, with a warning.
    let twice = meetings().arg("extract").arg(dir.join("a-x.txt")).arg(dir.join("a-x.txt")).output().unwrap();
    let found = ids(&twice.stdout);
    assert_eq!(found.len(), 2);
    assert_ne!(found[0].0, found[1].0);
    assert!(String::from_utf8_lossy(&twice.stderr).contains("renamed"));
}

#[test]
fn a_correction_survives_extraction_and_a_stale_one_is_named() {
    let dir = scratch("corrections");
    std::fs::copy(seed(0), dir.join("visit.txt")).unwrap();
    let first = meetings().arg("extract").arg(&dir).output().unwrap();
    let (id, _) = ids(&first.stdout).into_iter().next().expect("the seed gives a meeting");
    // Kept beside the articles, as seeds/corrections.json is: no "not a .txt file" warning for it.
    std::fs::write(
        dir.join("corrections.json"),
        format!(
            r#"{{"schema": 1, "corrections": [
                {{"id": "{id}", "source_file": "visit.txt", "field": "date_start", "value": "2001-02-03"}},
                {{"id": "gone-1", "source_file": "gone.txt", "field": "city_ar", "value": "جدة"}}
            ]}}"#
        ),
    )
    .unwrap();
    for _ in 0..2 {
        let out = meetings()
            .arg("extract")
            .arg(&dir)
            .arg("--corrections")
            .arg(dir.join("corrections.json"))
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{err}");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let m = v["meetings"].as_array().unwrap().iter().find(|m| m["id"] == id.as_str()).unwrap();
        assert_eq!(m["date_start"], "2001-02-03");
        assert!(m["corrected"]["date_start"].as_str().is_some_and(|old| old != "\"2001-02-03\""), "{m}");
        assert!(err.contains("1 correction(s) applied"), "{err}");
        assert!(err.contains("\"gone-1\" of gone.txt: no such meeting any more"), "{err}");
        assert!(!err.contains("not .txt"), "{err}");
    }
    std::fs::write(dir.join("corrections.json"), "{ not json").unwrap();
    let out =
        meetings().arg("extract").arg(&dir).arg("--corrections").arg(dir.join("corrections.json")).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("corrections.json: not a corrections file"));
}

/// The map outlines the page carries are what `meetings atlas` makes of
/// Natural Earth's 1:110m countries as npm `world-atlas` ships them (installed
/// by `npm test`'s setup): the committed file is not edited by hand.
#[test]
fn the_committed_map_outlines_are_rebuilt_from_world_atlas() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let topology = root.join("node_modules/world-atlas/countries-110m.json");
    if !topology.exists() {
        eprintln!("skipped: {} is not installed (run `npm ci`)", topology.display());
        return;
    }
    let out = meetings().arg("atlas").arg(&topology).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let committed = std::fs::read(root.join("src/view/world.atlas")).unwrap();
    assert!(out.stdout == committed, "src/view/world.atlas is stale: run `npm run atlas`");
    let bad = scratch("atlas").join("bad.json");
    std::fs::write(&bad, "{\"type\":\"Topology\"}").unwrap();
    let refused = meetings().arg("atlas").arg(&bad).output().unwrap();
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("bad.json: no arcs"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
}

#[test]
fn an_index_holds_every_readable_record_and_says_what_it_left_out_or_dropped() {
    let dir = scratch("index");
    let out = meetings().args(["extract", "seeds"]).current_dir(env!("CARGO_MANIFEST_DIR")).output().unwrap();
    let mut dataset: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let seeds = dataset["meetings"].as_array().unwrap().len();
    let records = dataset["meetings"].as_array_mut().unwrap();
    // One record with a field of the wrong type (dropped), one with no way to read its sides (left out).
    let mut odd = records[0].clone();
    odd["id"] = "odd".into();
    odd["city"] = 7.into();
    records.push(odd);
    records.push(serde_json::json!({"id": "broken", "participants": "nobody"}));
    std::fs::write(dir.join("dataset.json"), dataset.to_string()).unwrap();
    let run = meetings().arg("index").arg(dir.join("dataset.json")).arg("--out").arg(&dir).output().unwrap();
    let said = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{said}");
    assert!(
        said.contains(&format!("{} meetings", seeds + 1)) && said.contains("1 records left out, 1 put right"),
        "{said}"
    );
    let bytes = std::fs::read(dir.join("meetings.index")).unwrap();
    let store = meetings_widget::store::Store::from_index(&bytes).unwrap();
    assert_eq!(store.len(), seeds + 1);
    let odd = store.position("odd").and_then(|i| store.meeting(i)).unwrap();
    assert_eq!(odd.city, None, "the unreadable city is dropped, the record kept");
    assert_eq!(store.report.skipped.len(), 1);

    // Not a dataset: a clear error, no index.
    std::fs::write(dir.join("not.json"), "<html>").unwrap();
    let run = meetings().arg("index").arg(dir.join("not.json")).arg("--out").arg(dir.join("none")).output().unwrap();
    assert!(!run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains("not.json"));
    assert!(!dir.join("none").join("meetings.index").exists());
}
