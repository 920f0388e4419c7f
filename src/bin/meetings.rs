//! `meetings extract <files or folders>`: prints the dataset as JSON.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use meetings_widget::extract::{decode, extract_file};
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
    /// Extract meetings from article files (folders are read for *.txt) and print the dataset as JSON.
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
    /// Print the first cards a large dataset's page shows while it loads (newest first), as JSON;
    /// nothing for a dataset small enough to show whole at once.
    FirstCards {
        /// The dataset, as `extract` or `generate` print it.
        dataset: PathBuf,
    },
}

fn collect_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let entries = std::fs::read_dir(path).map_err(|e| format!("{}: {e}", path.display()))?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "txt"))
                .collect();
            found.sort();
            files.extend(found);
        } else if path.is_file() {
            files.push(path.clone());
        } else {
            return Err(format!("{}: no such file or folder", path.display()));
        }
    }
    Ok(files)
}

fn display_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
}

fn run(cli: Cli) -> Result<(), String> {
    let (paths, pretty, published) = match cli.command {
        Command::Extract { paths, pretty, published } => (paths, pretty, published),
        Command::Generate { count, seed, from } => return generate(count, seed, &from),
        Command::FirstCards { dataset } => return first_cards(&dataset),
        Command::Eval { texts, gold, split, quiet } => return eval(&texts, &gold, &split, quiet),
    };
    let files = collect_files(&paths)?;
    let kb = Kb::embedded().map_err(|e| e.to_string())?;
    let progress = if files.len() > 50 { ProgressBar::new(files.len() as u64) } else { ProgressBar::hidden() };
    progress.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} articles {per_sec} eta {eta}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let results: Vec<Result<Vec<Meeting>, String>> = files
        .par_iter()
        .map(|path| {
            let name = display_name(path);
            let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
            let text = decode(&name, &bytes).map_err(|e| e.to_string())?;
            let meetings = extract_file(&name, text, &kb, published);
            progress.inc(1);
            Ok(meetings)
        })
        .collect();
    progress.finish_and_clear();
    let mut meetings = Vec::new();
    let mut failures = Vec::new();
    for r in results {
        match r {
            Ok(m) => meetings.extend(m),
            Err(e) => failures.push(e),
        }
    }
    for f in &failures {
        eprintln!("meetings: skipped {f}");
    }
    let labels = meetings_widget::extract::labels_for(&meetings, &kb);
    let dataset = Dataset { schema: SCHEMA_VERSION, meetings, labels };
    let json = if pretty { serde_json::to_string_pretty(&dataset) } else { serde_json::to_string(&dataset) }
        .map_err(|e| e.to_string())?;
    println!("{json}");
    if failures.is_empty() { Ok(()) } else { Err(format!("{} file(s) could not be read", failures.len())) }
}

fn generate(count: usize, seed: u64, from: &Path) -> Result<(), String> {
    let kb = Kb::embedded().map_err(|e| e.to_string())?;
    let mut templates = Vec::new();
    for path in collect_files(&[from.to_path_buf()])? {
        let name = display_name(&path);
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let text = decode(&name, &bytes).map_err(|e| e.to_string())?;
        templates.extend(extract_file(&name, text, &kb, None));
    }
    let dataset = meetings_widget::synth::generate(count, seed, &kb, &templates);
    println!("{}", serde_json::to_string(&dataset).map_err(|e| e.to_string())?);
    Ok(())
}

fn eval(texts: &Path, gold_path: &Path, split: &str, quiet: bool) -> Result<(), String> {
    use meetings_widget::eval::{Counts, Gold, score_article, summary};
    use sha2::{Digest, Sha256};
    let gold_text = std::fs::read_to_string(gold_path).map_err(|e| format!("{}: {e}", gold_path.display()))?;
    let gold: Gold = toml::from_str(&gold_text).map_err(|e| format!("{}: {e}", gold_path.display()))?;
    if !matches!(split, "dev" | "test" | "all") {
        return Err(format!("--split {split:?}: use dev, test or all"));
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
        println!("{out}");
    }
    println!("Real-article evaluation, split {split}, {}:", gold_path.display());
    print!("{}", summary(&total));
    for m in &missing {
        eprintln!("meetings: no text: {m}");
    }
    if total.articles == 0 {
        return Err("no article of the gold file could be read".into());
    }
    Ok(())
}

fn first_cards(path: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let dataset: Dataset = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    if let Some(first) = meetings_widget::app::first_cards(&dataset) {
        println!("{}", serde_json::to_string(&first).map_err(|e| e.to_string())?);
    }
    Ok(())
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("meetings: {e}");
            ExitCode::FAILURE
        }
    }
}
