//! The browser shell: parses the embedded dataset, builds the widget's
//! elements, turns DOM events into [`Msg`]s and carries out [`Effect`]s.
//! Every decision is made in `app`; this layer only draws and listens.

mod dom;
mod events;
mod intl;
mod loading;
mod map;
mod matrix;
mod render;
mod share;
mod timeline;
mod timing;

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use crate::app::{Effect, Msg, State, initial_effects, update};
use crate::model::{Labels, Meeting, SCHEMA_VERSION};
use crate::store::{Store, StoreBuilder};
use dom::show_error;
use render::Ui;

/// One mounted widget: its state, the elements it patches, its listeners.
pub(crate) struct Widget {
    state: State,
    doc: Document,
    root: Element,
    ui: Option<Ui>,
    /// Whether this widget sets the document's language and title.
    owns_document: bool,
    /// Whether this widget reads and writes the page's URL hash.
    sync_url: bool,
    /// The element that opened the dialog, to return focus to.
    opener: Option<web_sys::HtmlElement>,
    /// Work waiting for the frame to be drawn.
    after_frame: AfterFrame,
}

type Shared = Rc<RefCell<Widget>>;

thread_local! {
    /// Listeners live as long as the page; dropping one would detach it.
    static MOUNTED: RefCell<Vec<(Shared, Vec<EventListener>)>> = const { RefCell::new(Vec::new()) };
}

#[wasm_bindgen]
extern "C" {
    /// `JSON.parse` on a JS string, which stays on the JS side.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn parse_json(text: &JsValue) -> Result<JsValue, JsValue>;
}

pub(crate) fn schema_error(detail: impl std::fmt::Display) -> String {
    format!("بيانات اللقاءات لا تطابق المخطط. The meetings data does not match the schema: {detail}")
}

/// A parsed dataset, still on the JS side: its labels and its meetings.
pub(crate) struct Parsed {
    pub labels: Labels,
    pub meetings: js_sys::Array,
    /// How many meetings the whole dataset has: `meetings`' length, or for
    /// first cards (`meetings first-cards`) their dataset's `total`.
    pub total: u32,
}

/// Parses the dataset text (a JS string, never copied whole into the wasm)
/// and checks its frame; the meetings stay JS objects until the store takes
/// them one at a time. The message says what is wrong, in both languages.
fn parse_dataset(json: &JsValue) -> Result<Parsed, String> {
    if !json.is_string() {
        return Err(schema_error("not text"));
    }
    let value = parse_json(json)
        .map_err(|_| "بيانات اللقاءات ليست JSON صالحًا. The meetings data is not valid JSON.".to_owned())?;
    let field = |name: &str| js_sys::Reflect::get(&value, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
    if !value.is_object() || value.is_array() {
        return Err(schema_error("not an object"));
    }
    let schema: u32 =
        serde_wasm_bindgen::from_value(field("schema")).map_err(|e| schema_error(format!("schema: {e}")))?;
    if schema != SCHEMA_VERSION {
        return Err(format!(
            "إصدار مخطط البيانات {schema} غير مدعوم؛ المتوقع {SCHEMA_VERSION}. Unsupported schema version {schema} (expected {SCHEMA_VERSION})."
        ));
    }
    let labels = match field("labels") {
        v if v.is_undefined() || v.is_null() => Labels::default(),
        v => serde_wasm_bindgen::from_value(v).map_err(|e| schema_error(format!("labels: {e}")))?,
    };
    let meetings =
        field("meetings").dyn_into::<js_sys::Array>().map_err(|_| schema_error("missing field `meetings`"))?;
    let total = field("total").as_f64().map_or(meetings.length(), |n| n as u32);
    Ok(Parsed { labels, meetings, total })
}

/// Meeting number `i` of the parsed dataset, if it reads as it is.
pub(crate) fn meeting_at(meetings: &js_sys::Array, i: u32) -> Result<Meeting, String> {
    serde_wasm_bindgen::from_value(meetings.get(i)).map_err(|e| schema_error(format!("meeting {}: {e}", i + 1)))
}

/// Adds meeting number `i` to the store as far as it can be read: a field
/// of the wrong type or with an unknown value is left out (the record
/// kept) unless the record is nothing without it; either way the builder's
/// report says so.
pub(crate) fn push_meeting(builder: &mut StoreBuilder, meetings: &js_sys::Array, i: u32) {
    let value = meetings.get(i);
    if let Ok(m) = serde_wasm_bindgen::from_value::<Meeting>(value.clone()) {
        return builder.push(m);
    }
    if !value.is_object() || value.is_array() {
        return builder.skip(crate::repair::Fault::NotAnObject);
    }
    let id = js_sys::Reflect::get(&value, &JsValue::from_str("id")).unwrap_or(JsValue::UNDEFINED);
    let id = if id.is_string() { Ok(id) } else { Err(!id.is_undefined()) };
    let object: &js_sys::Object = value.unchecked_ref();
    let fields = js_sys::Object::keys(object)
        .iter()
        .filter_map(|key| Some((key.as_string()?, js_sys::Reflect::get(&value, &key).unwrap_or(JsValue::UNDEFINED))))
        .collect();
    let read = |pairs: &[(&str, &JsValue)]| {
        let object = js_sys::Object::new();
        for (key, field) in pairs {
            let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), field);
        }
        serde_wasm_bindgen::from_value::<Meeting>(object.into()).map_err(|e| e.to_string())
    };
    builder.push_by_fields(id, JsValue::from_str(""), fields, read, short_value);
}

/// A field's value as a reader can recognise it, cut short.
fn short_value(value: &JsValue) -> String {
    let text = value
        .as_string()
        .map(|s| format!("{s:?}"))
        .or_else(|| js_sys::JSON::stringify(value).ok().and_then(|s| s.as_string()))
        .unwrap_or_default();
    text.chars().take(60).collect()
}

pub(crate) fn describe(e: JsValue) -> String {
    e.as_string()
        .or_else(|| js_sys::Reflect::get(&e, &JsValue::from_str("message")).ok().and_then(|m| m.as_string()))
        .or_else(|| js_sys::JSON::stringify(&e).ok().and_then(|s| s.as_string()))
        .unwrap_or_else(|| "unknown error".to_owned())
}

/// Renders the widget into `root` from the dataset's JSON text. It owns the
/// page: it sets the document's language and keeps its view in the URL hash.
/// On bad data the widget shows the reason instead of going blank.
#[wasm_bindgen]
pub fn mount(root: Element, dataset_json: JsValue) -> Result<(), JsError> {
    mount_with(&root, &dataset_json, Options::page()).map_err(|m| JsError::new(&m))
}

/// Shows the first cards of a large dataset (what `meetings first-cards`
/// prints, embedded ahead of the dataset) while the page is still reading the
/// dataset itself; [`mount`] then takes over from them. A link to another
/// view shows only a line saying the meetings are loading.
#[wasm_bindgen]
pub fn show_first_cards(root: Element, first_cards_json: JsValue) {
    // Nothing to report if this fails: mount() shows the dataset, or what is wrong with it.
    let _ = parse_dataset(&first_cards_json).map(|first| loading::show_first_cards(&root, first, &Options::page()));
}

/// Renders an embedded widget (the `<meetings-widget>` element): `view` is
/// its initial view in the URL-hash words ("q=...&year=2024&lang=en");
/// only with `sync_url` does it read and write the page's hash.
#[wasm_bindgen]
pub fn mount_widget(root: Element, dataset_json: JsValue, view: &str, sync_url: bool) -> Result<(), JsError> {
    mount_with(&root, &dataset_json, Options { view: view.to_owned(), sync_url, owns_document: false })
        .map_err(|m| JsError::new(&m))
}

/// Renders the widget into `root` from a prebuilt index (`meetings index`,
/// or the one the build embeds for a large dataset): the store is read as it
/// is, with no JSON to parse and nothing to index. It owns the page, as with [`mount`].
/// A damaged or mismatched index is refused with the reason, in the widget's place.
#[wasm_bindgen]
pub fn mount_index(root: Element, index: &[u8]) -> Result<(), JsError> {
    mount_index_with(&root, index, Options::page()).map_err(|m| JsError::new(&m))
}

/// [`mount_widget`] from a prebuilt index.
#[wasm_bindgen]
pub fn mount_widget_index(root: Element, index: &[u8], view: &str, sync_url: bool) -> Result<(), JsError> {
    mount_index_with(&root, index, Options { view: view.to_owned(), sync_url, owns_document: false })
        .map_err(|m| JsError::new(&m))
}

/// The dataset a prebuilt index holds, as JSON text in pieces (the editor
/// merges its work into the page's dataset).
#[wasm_bindgen]
pub fn index_dataset_parts(index: &[u8]) -> Result<js_sys::Array, JsError> {
    let store = Store::from_index(index).map_err(|e| JsError::new(&e.to_string()))?;
    let all: Vec<u32> = (0..store.len() as u32).collect();
    dataset_json_parts(&store, &all).map_err(|e| JsError::new(&describe(e)))
}

pub fn mount_index_with(root: &Element, index: &[u8], options: Options) -> Result<(), String> {
    let doc = root.owner_document().ok_or("root has no document")?;
    let result = Store::from_index(index)
        .map_err(|e| e.to_string())
        .and_then(|store| start(&doc, root, store, options).map_err(describe));
    shown_if_failed(&doc, root, result)
}

/// A mount's result, its message shown in the widget's place when it failed.
fn shown_if_failed(doc: &Document, root: &Element, result: Result<(), String>) -> Result<(), String> {
    if let Err(message) = &result {
        show_error(doc, root, message).map_err(describe)?;
    }
    result
}

/// Takes the widget in `root` off the page: its listeners (on the widget and
/// on the window) are removed, its store and elements freed, and a load still
/// going on stops. The element can be mounted again.
#[wasm_bindgen]
pub fn unmount(root: &Element) {
    let gone: Vec<_> = MOUNTED.with(|mounted| {
        let mut mounted = mounted.borrow_mut();
        let (gone, kept) = mounted.drain(..).partition(|(w, _)| w.try_borrow().is_ok_and(|w| w.root == *root));
        *mounted = kept;
        gone
    });
    // Dropping the listeners drops their closures and so the widget itself,
    // once any work already queued for it has run.
    drop(gone);
    root.set_text_content(None);
    let _ = root.remove_attribute("aria-busy");
}

/// How many widgets are mounted, for tests of the widget's lifecycle.
#[wasm_bindgen]
pub fn mounted_widgets() -> usize {
    MOUNTED.with(|m| m.borrow().len())
}

/// The wasm's linear memory in bytes, for tests and benchmarks: it never
/// shrinks, but freed memory is reused, so mounting again must not grow it.
#[wasm_bindgen]
pub fn wasm_memory_bytes() -> f64 {
    (core::arch::wasm32::memory_size(0) * 65_536) as f64
}

/// Runs `job` once after `ms` milliseconds; the closure frees itself when it has run.
pub(crate) fn later(ms: i32, job: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(job);
    let _ = gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms);
}

/// How a widget is mounted.
pub struct Options {
    pub view: String,
    pub sync_url: bool,
    pub owns_document: bool,
}

impl Options {
    /// A widget that owns the page: [`mount`].
    pub fn page() -> Options {
        Options { view: String::new(), sync_url: true, owns_document: true }
    }

    /// A widget that leaves the document and the URL alone.
    pub fn contained() -> Options {
        Options { view: String::new(), sync_url: false, owns_document: false }
    }
}

/// [`mount`] for Rust callers such as the browser tests.
pub fn mount_with(root: &Element, dataset_json: &JsValue, options: Options) -> Result<(), String> {
    let doc = root.owner_document().ok_or("root has no document")?;
    let result = parse_dataset(dataset_json).and_then(|parsed| {
        if parsed.meetings.length() as usize >= crate::app::LOADS_IN_SLICES_FROM {
            loading::start_in_slices(&doc, root, parsed, options);
            return Ok(());
        }
        let mut builder = StoreBuilder::new(parsed.labels, parsed.meetings.length() as usize);
        for i in 0..parsed.meetings.length() {
            push_meeting(&mut builder, &parsed.meetings, i);
        }
        start(&doc, root, builder.finish(), options).map_err(describe)
    });
    shown_if_failed(&doc, root, result)
}

/// The view a widget opens with: a link's hash wins over the embed's own view.
pub(crate) fn initial_view(options: &Options) -> String {
    match current_hash() {
        h if options.sync_url && !h.trim_start_matches('#').is_empty() => h,
        _ => options.view.clone(),
    }
}

fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

pub(crate) fn start(doc: &Document, root: &Element, store: Store, options: Options) -> Result<(), JsValue> {
    let state = State::with_store(store, &initial_view(&options));
    let effects = initial_effects(&state);
    let widget = Rc::new(RefCell::new(Widget {
        state,
        doc: doc.clone(),
        root: root.clone(),
        ui: None,
        owns_document: options.owns_document,
        sync_url: options.sync_url,
        opener: None,
        after_frame: AfterFrame::default(),
    }));
    run_effects(&widget, effects)?;
    let listeners = events::listen(&widget, options.sync_url);
    MOUNTED.with(|m| m.borrow_mut().push((widget, listeners)));
    root.remove_attribute("aria-busy")
}

/// Sends a message through `update` and carries out what it answers.
pub(crate) fn dispatch(widget: &Shared, msg: Msg) {
    let effects = {
        let mut w = widget.borrow_mut();
        update(&mut w.state, msg)
    };
    if let Err(e) = run_effects(widget, effects) {
        let w = widget.borrow();
        let _ = show_error(&w.doc, &w.root, &describe(e));
    }
}

fn run_effects(widget: &Shared, effects: Vec<Effect>) -> Result<(), JsValue> {
    for effect in effects {
        match effect {
            Effect::Rebuild => {
                let mut w = widget.borrow_mut();
                let ui = render::build(&w)?;
                w.ui = Some(ui);
                render::patch(&w)?;
                render::patch_after_frame(&w)?;
            }
            Effect::Render => {
                render::patch(&widget.borrow())?;
                schedule_after_frame(widget, true, None);
            }
            Effect::SetHash { hash, push } => {
                if widget.borrow().sync_url {
                    schedule_after_frame(widget, false, Some((hash, push)));
                }
            }
            Effect::OpenDialog { index, field } => {
                let mut w = widget.borrow_mut();
                if w.opener.is_none() {
                    w.opener = focused_element(&w.root);
                }
                render::open_dialog(&w, index, field.as_deref())?;
            }
            Effect::CloseDialog => {
                let mut w = widget.borrow_mut();
                render::close_dialog(&w);
                if let Some(opener) = w.opener.take() {
                    let _ = opener.focus();
                }
            }
            Effect::DownloadJson { filename, meetings } => {
                let parts = dataset_json_parts(&widget.borrow().state.store, &meetings)?;
                download(&filename, "application/json", &parts)?;
            }
            Effect::Download { filename, mime, content } => {
                download(&filename, mime, &js_sys::Array::of1(&JsValue::from_str(&content)))?
            }
        }
    }
    Ok(())
}

/// The focused element, looking inside the widget's shadow root when it has one.
pub(crate) fn focused_element(root: &Element) -> Option<web_sys::HtmlElement> {
    let node = root.get_root_node();
    let active = match node.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => root.owner_document().and_then(|d| d.active_element()),
    };
    active.and_then(|e| e.dyn_into().ok())
}

/// Runs `job` once the next frame is drawn, when the page is idle (at most
/// 200 ms later): the frame's callbacks run before it is drawn, and idle
/// callbacks run once other waiting tasks are done. Browsers without idle
/// callbacks run it as the next task. In a hidden tab frames wait until it
/// is shown, and so does the job.
fn after_paint(job: impl FnOnce() + 'static) {
    let when_idle = move || {
        let window = gloo::utils::window();
        let has_idle = js_sys::Reflect::has(&window, &JsValue::from_str("requestIdleCallback")).unwrap_or(false);
        if has_idle {
            let options = web_sys::IdleRequestOptions::new();
            options.set_timeout(200);
            let callback = Closure::once_into_js(job);
            let _ = window.request_idle_callback_with_options(callback.unchecked_ref(), &options);
        } else {
            later(0, job);
        }
    };
    let callback = Closure::once_into_js(when_idle);
    let _ = gloo::utils::window().request_animation_frame(callback.unchecked_ref());
}

/// Work left for after the frame that shows the first cards: what
/// `render::patch` leaves (the rest of the page, the counts, the timeline)
/// and the URL hash (the history API costs milliseconds the reader should not
/// wait for). Changes in between only change what will be done. Meanwhile
/// the widget is marked `aria-busy`.
#[derive(Default)]
struct AfterFrame {
    scheduled: bool,
    redraw: bool,
    /// The hash to write, and whether it adds a history entry (a push wins over a replace).
    hash: Option<(String, bool)>,
}

fn schedule_after_frame(widget: &Shared, redraw: bool, hash: Option<(String, bool)>) {
    let mut w = widget.borrow_mut();
    let later = &mut w.after_frame;
    later.redraw |= redraw;
    if let Some((hash, push)) = hash {
        let push = push || later.hash.as_ref().is_some_and(|h| h.1);
        later.hash = Some((hash, push));
    }
    if std::mem::replace(&mut later.scheduled, true) {
        return;
    }
    let _ = w.root.set_attribute("aria-busy", "true");
    drop(w);
    // Held weakly: a widget taken off the page before its frame came is freed
    // at once, and the job then finds nothing to draw.
    let weak = Rc::downgrade(widget);
    after_paint(move || {
        let Some(widget) = weak.upgrade() else { return };
        let later = std::mem::take(&mut widget.borrow_mut().after_frame);
        let w = widget.borrow();
        if later.redraw
            && let Err(e) = render::patch_after_frame(&w)
        {
            let _ = show_error(&w.doc, &w.root, &describe(e));
        }
        if let Some((hash, push)) = later.hash {
            let _ = set_hash(&hash, push);
        }
        let _ = w.root.remove_attribute("aria-busy");
    });
}

fn set_hash(hash: &str, push: bool) -> Result<(), JsValue> {
    let window = gloo::utils::window();
    let location = window.location();
    if location.hash().unwrap_or_default().trim_start_matches('#') == hash {
        return Ok(());
    }
    let url =
        if hash.is_empty() { format!("{}{}", location.pathname()?, location.search()?) } else { format!("#{hash}") };
    let history = window.history()?;
    if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    }
}

/// A dataset of these meetings as JSON text in pieces, one meeting at a
/// time, so a large export never sits whole in the wasm's memory.
fn dataset_json_parts(store: &Store, meetings: &[u32]) -> Result<js_sys::Array, JsValue> {
    let parts = js_sys::Array::new();
    parts.push(&JsValue::from_str(&format!("{{\"schema\":{SCHEMA_VERSION},\"labels\":")));
    parts.push(&json(&store.labels)?);
    parts.push(&JsValue::from_str(",\"meetings\":["));
    for (n, &i) in meetings.iter().enumerate() {
        if let Some(m) = store.meeting(i as usize) {
            if n > 0 {
                parts.push(&JsValue::from_str(",\n"));
            }
            parts.push(&json(&m)?);
        }
    }
    parts.push(&JsValue::from_str("]}\n"));
    Ok(parts)
}

/// One value as JSON text, through the browser's own `JSON.stringify`.
fn json<T: serde::Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let v = value.serialize(&serde_wasm_bindgen::Serializer::json_compatible())?;
    Ok(js_sys::JSON::stringify(&v)?.into())
}

fn download(filename: &str, mime: &str, parts: &js_sys::Array) -> Result<(), JsValue> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let doc = gloo::utils::document();
    let a: web_sys::HtmlAnchorElement = doc.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(filename);
    a.set_hidden(true);
    if let Some(body) = doc.body() {
        body.append_child(&a)?;
        a.click();
        body.remove_child(&a)?;
    }
    web_sys::Url::revoke_object_url(&url)
}
