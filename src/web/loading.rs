//! Large datasets load in slices: the newest cards show at once, read-only,
//! while the store is built a thousand meetings at a time between frames,
//! so the page stays responsive and a status line counts the progress. Then
//! the full widget takes their place.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::{Document, Element};

use super::dom::{set_text, show_error};
use super::{Options, Parsed, describe, initial_view, intl, meeting_at, render, start};
use crate::app::PAGE;
use crate::filter::{FilterState, is_iso_date};
use crate::i18n::loading_label;
use crate::store::StoreBuilder;

/// Datasets at least this large load in slices.
pub const IN_SLICES_FROM: u32 = 5_000;
/// Meetings indexed between two frames.
const SLICE: u32 = 1_000;

struct Loading {
    doc: Document,
    root: Element,
    options: Options,
    meetings: js_sys::Array,
    builder: Option<StoreBuilder>,
    next: u32,
    status: Option<Element>,
    lang: crate::filter::Lang,
}

/// Positions of the newest meetings (newest first, then dataset order, as
/// the store sorts them), read from their dates alone.
fn newest(meetings: &js_sys::Array, count: usize) -> Vec<u32> {
    let key = wasm_bindgen::JsValue::from_str("date_start");
    let mut best: Vec<(String, u32)> = Vec::with_capacity(count + 1);
    for i in 0..meetings.length() {
        let Some(date) = js_sys::Reflect::get(&meetings.get(i), &key).ok().and_then(|d| d.as_string()) else {
            continue;
        };
        if !is_iso_date(&date) || (best.len() == count && best.last().is_some_and(|(d, _)| *d >= date)) {
            continue;
        }
        let at = best.partition_point(|(d, _)| *d >= date);
        best.insert(at, (date, i));
        best.truncate(count);
    }
    best.into_iter().map(|(_, i)| i).collect()
}

pub fn start_in_slices(doc: &Document, root: &Element, parsed: Parsed, options: Options) {
    let Parsed { labels, meetings } = parsed;
    let view = FilterState::from_hash(&initial_view(&options));
    let lang = view.lang;
    // The newest cards are what the default view shows first; another view
    // (a link with a query or filters) waits for the whole store.
    let status = if view == (FilterState { lang, ..Default::default() }) {
        let first: Result<Vec<_>, String> =
            newest(&meetings, PAGE).into_iter().map(|i| meeting_at(&meetings, i)).collect();
        first.ok().and_then(|first| render::preview(doc, root, lang, &first, &labels).ok())
    } else {
        None
    };
    if let Some(status) = &status {
        let number = |n: usize| intl::number(lang, n);
        set_text(status, &loading_label(lang, 0, meetings.length() as usize, &number));
    }
    let loading = Rc::new(RefCell::new(Loading {
        doc: doc.clone(),
        root: root.clone(),
        options,
        builder: Some(StoreBuilder::new(labels, meetings.length() as usize)),
        meetings,
        next: 0,
        status,
        lang,
    }));
    next_slice(loading);
}

fn next_slice(loading: Rc<RefCell<Loading>>) {
    let mut l = loading.borrow_mut();
    let total = l.meetings.length();
    let end = (l.next + SLICE).min(total);
    for i in l.next..end {
        let meeting = match meeting_at(&l.meetings, i) {
            Ok(m) => m,
            Err(message) => {
                let _ = show_error(&l.doc, &l.root, &message);
                return;
            }
        };
        if let Some(builder) = l.builder.as_mut() {
            builder.push(meeting);
        }
    }
    l.next = end;
    if end < total {
        if let Some(status) = &l.status {
            let number = |n: usize| intl::number(l.lang, n);
            set_text(status, &loading_label(l.lang, end as usize, total as usize, &number));
        }
        drop(l);
        gloo::timers::callback::Timeout::new(0, move || next_slice(loading)).forget();
        return;
    }
    let Some(builder) = l.builder.take() else { return };
    let options = std::mem::replace(&mut l.options, Options::contained());
    if let Err(e) = start(&l.doc, &l.root, builder.finish(), options) {
        let _ = show_error(&l.doc, &l.root, &describe(e));
    }
}
