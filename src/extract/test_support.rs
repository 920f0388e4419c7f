//! Helpers for the stages' unit tests: an article's context from a few lines of text.

use super::context::Context;
use super::segment;
use crate::kb::Kb;

/// The embedded knowledge base, loaded once for all tests.
pub fn kb() -> &'static Kb {
    static KB: std::sync::OnceLock<Kb> = std::sync::OnceLock::new();
    KB.get_or_init(|| Kb::embedded().unwrap_or_else(|e| panic!("{e}")))
}

/// Runs `f` on the context of `text` (one article: headline, then paragraphs).
pub fn context_of<R>(text: &str, f: impl FnOnce(&Context) -> R) -> R {
    let kb = kb();
    let article = segment::segment(&kb.lexicon.segment, text, 0);
    let ctx = Context::new(&article, kb, None);
    f(&ctx)
}
