//! Diplomatic meetings extracted from Arabic news articles, rendered as a
//! filterable card list by a WebAssembly widget.
//!
//! Almost everything is plain Rust that `cargo test` runs natively; only
//! `web/` (compiled for `wasm32` alone) touches the DOM. The same extraction
//! code runs in the native CLI and can run in the page.
//!
//! Vocabulary:
//! - **article**: one news story; a file may hold several (a story appended
//!   after "إقرأ أيضاً" is its own article).
//! - **meeting**: a meeting an article reports as held or announces as planned;
//!   one card in the widget.
//! - **evidence**: byte ranges of the article text that support a field.
//! - **dataset**: the JSON document (`{"schema": 1, "meetings": [...]}`) the
//!   CLI writes and the page embeds.

// Tests may stop on a broken fixture; production code may not.
#![cfg_attr(test, allow(clippy::panic, clippy::unwrap_used, clippy::expect_used))]

/// The widget's state machine: messages in, effects out.
pub mod app;
/// Facts corrected by hand, applied again after each extraction.
#[cfg(any(feature = "cli", feature = "editor"))]
pub mod corrections;
/// Why a meeting has its date, as data the page words in the reader's language.
pub mod date_clue;
/// Scoring the extractor against facts read in real articles (the `eval` command).
#[cfg(feature = "cli")]
pub mod eval;
/// Article text to meetings: segmentation, people, places, dates, quotes, topics.
pub mod extract;
/// Facets, counts, sort and the URL hash: what the reader asked for.
pub mod filter;
/// Interface strings, one table per language.
pub mod i18n;
/// Knowledge base loaded from the TOML files under `kb/`.
pub mod kb;
/// Plain data: dataset, meeting, participant, quote, evidence spans.
pub mod model;
/// Checking each record of a dataset on its own: bad fields dropped, the rest kept.
pub mod repair;
/// Search over meetings: which cards match a query.
pub mod search;
/// The dataset held compact and indexed: search, facet counts, sort.
pub mod store;
/// Synthetic datasets of any size, for benchmarks.
pub mod synth;
/// The one Arabic normalizer, shared by the extractor, the index and the query.
pub mod text;
/// What the DOM shows, as plain strings.
pub mod view;

#[cfg(all(target_arch = "wasm32", not(feature = "editor")))]
mod web;
#[cfg(all(target_arch = "wasm32", not(feature = "editor")))]
pub use web::{Options, mount_with};
/// The editor's module: extraction in the page, loaded only when asked for.
#[cfg(all(target_arch = "wasm32", feature = "editor"))]
mod web_editor;
