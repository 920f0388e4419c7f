//! `meetings extract <files or folders>`: prints the dataset as JSON.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use meetings_widget::extract::{FileMeetings, decode, extract_file, extract_file_counted};
use meetings_widget::kb::Kb;
use meetings_widget::model::{Dataset, Meeting, SCHEMA_VERSION};
use rayon::prelude::*;

#[derive(Parser)]
#[command(name = "meetings", about = "Diplomatic meetings from Arabic news articles")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract meetings from article files and print the dataset as JSON. Folders are read with
    /// their subfolders for .txt files (any case); every path skipped is named on stderr and makes
    /// the exit code 1, the others are still extracted. One of a file's first three lines may give
    /// the original article's address ("url: https://..."): the cards link to it.
    Extract {
        /// Article files or folders.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Pretty-print the JSON.
        #[arg(long)]
        pretty: bool,
        /// The day the articles were published (YYYY-MM-DD), for articles that print no
        /// date of their own; a file may say it on its first line instead ("published: YYYY-MM-DD").
        /// Extraction never reads the clock.
        #[arg(long, alias = "today")]
        published: Option<jiff::civil::Date>,
        /// A corrections file the page's editor exported: its fixes are applied to the meetings
        /// extracted, and each one whose meeting or field no longer exists is named on stderr.
        #[arg(long)]
        corrections: Option<PathBuf>,
    },
    /// Print a synthetic dataset of COUNT meetings built from the seed articles (for benchmarks).
    Generate {
        /// How many meetings.
        #[arg(long)]
        count: usize,
        /// Same seed, same dataset.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Folder of articles to take sentences from.
        #[arg(long, default_value = "seeds")]
        from: PathBuf,
    },
    /// Write the map's outlines in the form the page reads (src/view/world.atlas), from a
    /// TopoJSON topology such as node_modules/world-atlas/countries-110m.json.
    Atlas {
        topojson: PathBuf,
        /// Where to write them; standard output if not given.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Score the extractor on real articles: extract each text the gold file names and compare
    /// with the facts read in it (see eval/README.md).
    Eval {
        /// The folder holding the texts, under the names the gold file gives.
        texts: PathBuf,
        /// The gold file (eval/gold.toml).
        gold: PathBuf,
        /// Which articles: "dev", "test" or "all".
        #[arg(long, default_value = "all")]
        split: String,
        /// Only the totals, not a line per article.
        #[arg(long)]
        quiet: bool,
    },
    /// Write the prebuilt index of a dataset (OUT/meetings.index): the store the page opens as
    /// it is, with no JSON to parse and nothing to index. A record that cannot be read is left
    /// out and a field that cannot be read dropped, as the page itself would; stderr counts them.
    Index {
        /// The dataset, as `extract` or `generate` print it.
        dataset: PathBuf,
        /// The folder to write meetings.index into (made if missing).
        #[arg(long)]
        out: PathBuf,
    },
    /// Print the first cards a large dataset's page shows while it loads (newest first), as JSON;
    /// nothing for a dataset small enough to show whole at once.
    FirstCards {
        /// The dataset, as `extract` or `generate` print it.
        dataset: PathBuf,
    },
}

/// A file to extract, named by its path relative to the folder it was found in
/// (or as given): ids and `source_file` come from that name.
struct Input {
    path: PathBuf,
    name: String,
}

/// What the paths given hold: the files to read, the ones skipped with the
/// reason, and the other files of the folders, which are not articles.
#[derive(Default)]
struct Inputs {
    files: Vec<Input>,
    skipped: Vec<String>,
    not_text: Vec<String>,
}

fn is_txt(path: &Path) -> bool {
    path.extension().is_some_and(|x| x.eq_ignore_ascii_case("txt"))
}

/// A path as a name: its parts joined by "/", whatever the system.
fn name_of(path: &Path) -> String {
    let parts: Vec<_> = path
        .components()
        .filter_map(|c| match c {
            std::path::Component::Normal(part) => Some(part.to_string_lossy()),
            _ => None,
        })
        .collect();
    parts.join("/")
}

/// The files under `paths`: a folder is read with its subfolders, for `.txt`
/// files in any case of the extension; links are followed once, so a loop ends.
fn collect_files(paths: &[PathBuf]) -> Inputs {
    let mut inputs = Inputs::default();
    let mut seen_dirs = std::collections::HashSet::new();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(path, path, &mut seen_dirs, &mut inputs),
            Ok(meta) if meta.is_file() => inputs.files.push(Input { path: path.clone(), name: name_of(path) }),
            Ok(_) => inputs.skipped.push(format!("{}: not a regular file", path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                inputs.skipped.push(format!("{}: no such file or folder", path.display()))
            }
            Err(e) => inputs.skipped.push(format!("{}: {e}", path.display())),
        }
    }
    inputs
}

fn walk(root: &Path, dir: &Path, seen: &mut std::collections::HashSet<PathBuf>, inputs: &mut Inputs) {
    let canonical = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    if !seen.insert(canonical) {
        inputs.skipped.push(format!("{}: a link back to a folder already read", dir.display()));
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return inputs.skipped.push(format!("{}: {e}", dir.display())),
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        let name = name_of(path.strip_prefix(root).unwrap_or(&path));
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk(root, &path, seen, inputs),
            Ok(meta) if meta.is_file() && is_txt(&path) => inputs.files.push(Input { path, name }),
            Ok(meta) if meta.is_file() => inputs.not_text.push(name),
            Ok(_) => inputs.skipped.push(format!("{}: not a regular file (a pipe, socket or device)", path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                inputs.skipped.push(format!("{}: a link to nothing", path.display()))
            }
            Err(e) => inputs.skipped.push(format!("{}: {e}", path.display())),
        }
    }
}

/// Gives every meeting its own id: a repeated one (two names that make the
/// same id) gets "__2", "__3"... with a warning.
fn unique_ids(meetings: &mut [Meeting], warnings: &mut Vec<String>) {
    let mut taken = std::collections::HashSet::new();
    for m in meetings.iter_mut() {
        if let Some(renamed) = meetings_widget::repair::claim_id(&mut taken, &m.id) {
            let base = std::mem::replace(&mut m.id, renamed);
            warnings.push(format!("id {base:?} of {} is taken; renamed {:?}", m.source_file, m.id));
        }
    }
}

/// Where output goes: a closed pipe ends the run quietly, any other write
/// error (a full disk) is reported.
enum Failure {
    Message(String),
    ClosedPipe,
}

impl From<String> for Failure {
    fn from(s: String) -> Failure {
        Failure::Message(s)
    }
}

fn write_out(text: &str) -> Result<(), Failure> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes()).and_then(|()| out.write_all(b"\n")).and_then(|()| out.flush()).map_err(|e| {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            Failure::ClosedPipe
        } else {
            Failure::Message(format!("cannot write the output: {e}"))
        }
    })
}

/// A line on stderr; if stderr is gone too there is no one left to tell.
fn warn(text: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "meetings: {text}");
}

fn run(cli: Cli) -> Result<(), Failure> {
    let (paths, pretty, published, corrections) = match cli.command {
        Command::Extract { paths, pretty, published, corrections } => (paths, pretty, published, corrections),
        Command::Generate { count, seed, from } => return generate(count, seed, &from),
        Command::FirstCards { dataset } => return first_cards(&dataset),
        Command::Index { dataset, out } => return index(&dataset, &out),
        Command::Atlas { topojson, out } => return atlas(&topojson, out.as_deref()),
        Command::Eval { texts, gold, split, quiet } => return eval(&texts, &gold, &split, quiet),
    };
    let corrections = corrections.as_deref().map(read_corrections).transpose()?;
    let mut inputs = collect_files(&paths);
    if let Some((path, _)) = &corrections {
        // The corrections file may sit among the articles (seeds/corrections.json): it is no stray file.
        let own = std::fs::canonicalize(path).ok();
        inputs.not_text.retain(|name| paths.iter().all(|p| std::fs::canonicalize(p.join(name)).ok() != own));
    }
    let kb = Kb::embedded().map_err(|e| e.to_string())?;
    let progress =
        if inputs.files.len() > 50 { ProgressBar::new(inputs.files.len() as u64) } else { ProgressBar::hidden() };
    progress.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} articles {per_sec} eta {eta}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let results: Vec<Result<FileMeetings, String>> = inputs
        .files
        .par_iter()
        .map(|input| {
            let bytes = std::fs::read(&input.path).map_err(|e| format!("{}: {e}", input.path.display()))?;
            let text = decode(&input.name, &bytes).map_err(|e| e.to_string())?;
            let file = extract_file_counted(&input.name, text, &kb, published);
            progress.inc(1);
            Ok(file)
        })
        .collect();
    progress.finish_and_clear();
    let mut meetings = Vec::new();
    let mut skipped = inputs.skipped;
    let mut warnings = Vec::new();
    for (input, r) in inputs.files.iter().zip(results) {
        match r {
            Ok(FileMeetings { meetings: m, articles_cut: 0 }) => meetings.extend(m),
            Ok(FileMeetings { meetings: m, articles_cut: n }) => {
                meetings.extend(m);
                warnings.push(format!(
                    "{}: {n} article(s) longer than {} KB; each was read up to there",
                    input.name,
                    meetings_widget::extract::segment::MAX_ARTICLE_BYTES / 1024
                ));
            }
            Err(e) => skipped.push(e),
        }
    }
    unique_ids(&mut meetings, &mut warnings);
    if let Some((path, file)) = &corrections {
        let applied = meetings_widget::corrections::apply(&mut meetings, file);
        warn(&format!("{}: {} correction(s) applied", path.display(), applied.applied));
        warnings.extend(applied.stale.into_iter().map(|s| format!("{}: {s}", path.display())));
    }
    if !inputs.not_text.is_empty() {
        warn(&format!(
            "not read, as they are not .txt files: {}",
            inputs.not_text.iter().map(|n| n.as_str()).collect::<Vec<_>>().join(", ")
        ));
    }
    for w in &warnings {
        warn(w);
    }
    for f in &skipped {
        warn(&format!("skipped {f}"));
    }
    let labels = meetings_widget::extract::labels_for(&meetings, &kb);
    let dataset = Dataset { schema: SCHEMA_VERSION, meetings, labels };
    let json = if pretty { serde_json::to_string_pretty(&dataset) } else { serde_json::to_string(&dataset) }
        .map_err(|e| e.to_string())?;
    write_out(&json)?;
    if skipped.is_empty() {
        Ok(())
    } else {
        Err(Failure::Message(format!("{} path(s) skipped; the others were extracted", skipped.len())))
    }
}

fn read_corrections(path: &Path) -> Result<(PathBuf, meetings_widget::corrections::CorrectionsFile), Failure> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let file: meetings_widget::corrections::CorrectionsFile =
        serde_json::from_str(&text).map_err(|e| format!("{}: not a corrections file: {e}", path.display()))?;
    if file.schema != SCHEMA_VERSION {
        return Err(Failure::Message(format!(
            "{}: corrections schema {} (this build reads {SCHEMA_VERSION})",
            path.display(),
            file.schema
        )));
    }
    Ok((path.to_path_buf(), file))
}

fn generate(count: usize, seed: u64, from: &Path) -> Result<(), Failure> {
    let kb = Kb::embedded().map_err(|e| e.to_string())?;
    let inputs = collect_files(&[from.to_path_buf()]);
    if let Some(first) = inputs.skipped.first() {
        return Err(Failure::Message(first.clone()));
    }
    let mut templates = Vec::new();
    for input in &inputs.files {
        let bytes = std::fs::read(&input.path).map_err(|e| format!("{}: {e}", input.path.display()))?;
        let text = decode(&input.name, &bytes).map_err(|e| e.to_string())?;
        templates.extend(extract_file(&input.name, text, &kb, None));
    }
    let dataset = meetings_widget::synth::generate(count, seed, &kb, &templates);
    write_out(&serde_json::to_string(&dataset).map_err(|e| e.to_string())?)
}

fn eval(texts: &Path, gold_path: &Path, split: &str, quiet: bool) -> Result<(), Failure> {
    use meetings_widget::eval::{Counts, Gold, score_article, summary};
    use sha2::{Digest, Sha256};
    let gold_text = std::fs::read_to_string(gold_path).map_err(|e| format!("{}: {e}", gold_path.display()))?;
    let gold: Gold = toml::from_str(&gold_text).map_err(|e| format!("{}: {e}", gold_path.display()))?;
    if !matches!(split, "dev" | "test" | "all") {
        return Err(Failure::Message(format!("--split {split:?}: use dev, test or all")));
    }
    let kb = Kb::embedded().map_err(|e| e.to_string())?;
    let chosen: Vec<_> = gold.article.iter().filter(|a| split == "all" || a.split == split).collect();
    let scores: Vec<Result<_, String>> = chosen
        .par_iter()
        .map(|a| {
            let path = texts.join(&a.file);
            let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let text = decode(&a.file, &bytes).map_err(|e| e.to_string())?;
            let digest: String = Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
            let records = extract_file(&a.file, text, &kb, None);
            Ok(score_article(a, &records, &kb, &digest))
        })
        .collect();
    let mut total = Counts::default();
    let mut missing = Vec::new();
    let mut out = String::new();
    for s in scores {
        match s {
            Ok(s) => {
                total += s.counts;
                if !quiet {
                    let c = &s.counts;
                    let gold_n = c.gold_meetings + c.gold_calls;
                    let verdict = if s.problems.is_empty() { "all right".to_owned() } else { s.problems.join(" | ") };
                    out.push_str(&format!(
                        "{} [{}/{} found, {} invented] {verdict}\n",
                        s.file, c.matched, gold_n, c.invented
                    ));
                }
            }
            Err(e) => missing.push(e),
        }
    }
    if !out.is_empty() {
        write_out(&out)?;
    }
    let totals = summary(&total);
    write_out(&format!(
        "Real-article evaluation, split {split}, {}:\n{}",
        gold_path.display(),
        totals.trim_end_matches('\n')
    ))?;
    for m in &missing {
        warn(&format!("no text: {m}"));
    }
    if total.articles == 0 {
        return Err(Failure::Message("no article of the gold file could be read".into()));
    }
    Ok(())
}

fn first_cards(path: &Path) -> Result<(), Failure> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let dataset: Dataset = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    if let Some(first) = meetings_widget::app::first_cards(&dataset) {
        write_out(&serde_json::to_string(&first).map_err(|e| e.to_string())?)?;
    }
    Ok(())
}

/// Adds one record of a dataset as far as it can be read, by the same steps
/// as the page ([`StoreBuilder::push_by_fields`](meetings_widget::store::StoreBuilder::push_by_fields)).
fn push_record(builder: &mut meetings_widget::store::StoreBuilder, record: &serde_json::Value) {
    use serde_json::Value;
    if let Ok(m) = serde_json::from_value::<Meeting>(record.clone()) {
        return builder.push(m);
    }
    let Some(fields) = record.as_object() else { return builder.skip(meetings_widget::repair::Fault::NotAnObject) };
    let id = match fields.get("id") {
        Some(id @ Value::String(_)) => Ok(id.clone()),
        other => Err(other.is_some()),
    };
    let read = |pairs: &[(&str, &Value)]| {
        let object = pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).clone())).collect();
        serde_json::from_value::<Meeting>(Value::Object(object)).map_err(|e| e.to_string())
    };
    let fields = fields.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    builder
        .push_by_fields(id, Value::String(String::new()), fields, read, |v| v.to_string().chars().take(60).collect());
}

fn index(path: &Path, out: &Path) -> Result<(), Failure> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let schema = value.get("schema").and_then(serde_json::Value::as_u64);
    if schema != Some(u64::from(SCHEMA_VERSION)) {
        return Err(format!("{}: schema {schema:?}, expected {SCHEMA_VERSION}", path.display()).into());
    }
    let labels = match value.get("labels") {
        Some(l) if !l.is_null() => serde_json::from_value(l.clone()).map_err(|e| format!("labels: {e}"))?,
        _ => Default::default(),
    };
    let records = value
        .get("meetings")
        .and_then(serde_json::Value::as_array)
        .ok_or_else(|| "missing field `meetings`".to_owned())?;
    let mut builder = meetings_widget::store::StoreBuilder::new(labels, records.len());
    for record in records {
        push_record(&mut builder, record);
    }
    let store = builder.finish();
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let file = out.join("meetings.index");
    let bytes = store.to_index();
    std::fs::write(&file, &bytes).map_err(|e| format!("{}: {e}", file.display()))?;
    let report = &store.report;
    warn(&format!(
        "{}: {} meetings, {} bytes ({} records left out, {} put right)",
        file.display(),
        store.len(),
        bytes.len(),
        report.skipped.len(),
        report.repaired_records()
    ));
    Ok(())
}

fn atlas(topojson: &Path, out: Option<&Path>) -> Result<(), Failure> {
    let text = std::fs::read_to_string(topojson).map_err(|e| format!("{}: {e}", topojson.display()))?;
    let bytes =
        meetings_widget::view::atlas::from_topojson(&text).map_err(|e| format!("{}: {e}", topojson.display()))?;
    match out {
        Some(path) => std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()).into()),
        None => {
            use std::io::Write;
            std::io::stdout().write_all(&bytes).map_err(|e| e.to_string().into())
        }
    }
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) | Err(Failure::ClosedPipe) => ExitCode::SUCCESS,
        Err(Failure::Message(e)) => {
            warn(&e);
            ExitCode::FAILURE
        }
    }
}
