//! Large datasets load in slices: the newest cards show at once, read-only,
//! while the store is built a thousand meetings at a time between frames,
//! so the page stays responsive and a status line counts the progress. Then
//! the full widget takes their place.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use super::dom::{set_text, show_error};
use super::{Options, Parsed, describe, initial_view, intl, later, meeting_at, push_meeting, render, start};
use crate::app::PAGE;
use crate::filter::{FilterState, Lang};
use crate::i18n::loading_label;
use crate::store::{StoreBuilder, date_number, date_orders};

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
    lang: Lang,
}

/// Positions of the newest meetings, in the store's newest-first order,
/// read from their dates alone.
fn newest(meetings: &js_sys::Array, count: usize) -> Vec<u32> {
    let key = wasm_bindgen::JsValue::from_str("date_start");
    let dates: Vec<u32> = (0..meetings.length())
        .map(|i| date_number(js_sys::Reflect::get(&meetings.get(i), &key).ok().and_then(|d| d.as_string()).as_deref()))
        .collect();
    let (mut newest, _) = date_orders(&dates);
    newest.truncate(count);
    newest
}

/// The language a widget opens in, and whether it opens on the default view
/// (newest first, nothing filtered): the only view whose first cards are
/// known before the whole store is built.
fn opening_view(options: &Options) -> (Lang, bool) {
    let view = FilterState::from_hash(&initial_view(options));
    // The preview is drawn in the digits the widget will use.
    intl::use_numerals(view.numerals);
    (view.lang, view == FilterState { lang: view.lang, numerals: view.numerals, ..Default::default() })
}

/// Shows the title, a status line and the meetings of `first` at `shown`,
/// read-only. Returns the status line.
fn show_preview(doc: &Document, root: &Element, lang: Lang, first: &Parsed, shown: &[u32]) -> Option<Element> {
    // A record that does not read as it is waits for the full load, which puts it right or says why not.
    let meetings: Vec<_> = shown.iter().filter_map(|&i| meeting_at(&first.meetings, i).ok()).collect();
    let status = render::preview(doc, root, lang, &meetings, &first.labels).ok()?;
    let number = |n: usize| intl::number(lang, n);
    set_text(&status, &loading_label(lang, 0, first.total as usize, &number));
    Some(status)
}

/// The build's first cards (`meetings first-cards`), shown while the page is
/// still reading the dataset; for a link to another view, only the line
/// saying it is loading.
pub fn show_first_cards(root: &Element, first: Parsed, options: &Options) -> Option<Element> {
    let (lang, default) = opening_view(options);
    let shown: Vec<u32> = if default { (0..first.meetings.length().min(PAGE as u32)).collect() } else { Vec::new() };
    show_preview(&root.owner_document()?, root, lang, &first, &shown)
}

pub fn start_in_slices(doc: &Document, root: &Element, parsed: Parsed, options: Options) {
    // The newest cards are what the default view shows first: the build's
    // first cards when the page already shows them, else worked out here.
    // A link to another view shows the loading line alone until the store is built.
    let (lang, default) = opening_view(&options);
    let status = render::preview_status(root).or_else(|| {
        let shown = if default { newest(&parsed.meetings, PAGE) } else { Vec::new() };
        show_preview(doc, root, lang, &parsed, &shown)
    });
    let Parsed { labels, meetings, .. } = parsed;
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
    // The first slice once the newest cards are on screen.
    after_frame_or_soon(move || next_slice(loading));
}

/// Runs `job` once the next frame is drawn, or after 100 ms if no frame
/// comes first: a hidden tab draws none, and its loading must go on.
fn after_frame_or_soon(job: impl FnOnce() + 'static) {
    let job = Rc::new(RefCell::new(Some(job)));
    let run = move || {
        if let Some(job) = job.borrow_mut().take() {
            job();
        }
    };
    let after_frame = run.clone();
    let on_frame = wasm_bindgen::closure::Closure::once_into_js(move || {
        later(0, after_frame);
    });
    let _ = gloo::utils::window().request_animation_frame(on_frame.unchecked_ref());
    later(100, run);
}

fn next_slice(loading: Rc<RefCell<Loading>>) {
    let mut l = loading.borrow_mut();
    // A widget taken off the page stops loading; what it built is freed.
    if !l.root.is_connected() {
        return;
    }
    let total = l.meetings.length();
    let end = (l.next + SLICE).min(total);
    let Loading { builder, meetings, next, .. } = &mut *l;
    if let Some(builder) = builder.as_mut() {
        for i in *next..end {
            push_meeting(builder, meetings, i);
        }
    }
    l.next = end;
    if end < total {
        if let Some(status) = &l.status {
            let number = |n: usize| intl::number(l.lang, n);
            set_text(status, &loading_label(l.lang, end as usize, total as usize, &number));
        }
        drop(l);
        later(0, move || next_slice(loading));
        return;
    }
    let Some(builder) = l.builder.take() else { return };
    let options = std::mem::replace(&mut l.options, Options::contained());
    if let Err(e) = start(&l.doc, &l.root, builder.finish(), options) {
        let _ = show_error(&l.doc, &l.root, &describe(e));
    }
}
