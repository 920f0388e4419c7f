//! The browser shell: parses the embedded dataset, builds the widget's
//! elements and turns DOM events into [`Msg`]s. All decisions are made in
//! `app`; this layer only carries out the [`Effect`]s.

mod dom;

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlInputElement};

use crate::app::{Effect, Msg, State, initial_effects, update};
use crate::model::{Dataset, SCHEMA_VERSION};
use crate::view::{CardView, card};
use dom::{add, el, set_text, show_error, text_el};

/// One mounted widget: its state, the elements it patches, its listeners.
struct Widget {
    state: State,
    list: Element,
    cards: Vec<Element>,
    count: Element,
}

thread_local! {
    /// Listeners live as long as the page; dropping one would detach it.
    static MOUNTED: RefCell<Vec<(Rc<RefCell<Widget>>, Vec<EventListener>)>> = const { RefCell::new(Vec::new()) };
}

/// Parses the dataset text; the message says what is wrong in words.
fn parse_dataset(json: &str) -> Result<Dataset, String> {
    let value = js_sys::JSON::parse(json)
        .map_err(|_| "بيانات اللقاءات ليست JSON صالحًا (invalid JSON).".to_owned())?;
    let dataset: Dataset = serde_wasm_bindgen::from_value(value)
        .map_err(|e| format!("بيانات اللقاءات لا تطابق المخطط (schema mismatch): {e}"))?;
    if dataset.schema != SCHEMA_VERSION {
        return Err(format!(
            "إصدار مخطط البيانات {} غير مدعوم؛ المتوقع {SCHEMA_VERSION} (unsupported schema version).",
            dataset.schema
        ));
    }
    Ok(dataset)
}

/// Renders the widget into `root` from the dataset's JSON text. On bad data
/// the widget shows the reason instead of going blank, and the error is
/// returned as well.
#[wasm_bindgen]
pub fn mount(root: Element, dataset_json: &str) -> Result<(), JsError> {
    mount_for_tests(&root, dataset_json).map_err(|m| JsError::new(&m))
}

/// [`mount`] for Rust callers such as the browser tests: the error as a string.
pub fn mount_for_tests(root: &Element, dataset_json: &str) -> Result<(), String> {
    let doc = root.owner_document().ok_or("root has no document")?;
    let result = parse_dataset(dataset_json)
        .and_then(|dataset| build(&doc, root, dataset).map_err(describe));
    if let Err(message) = &result {
        show_error(&doc, root, message).map_err(describe)?;
    }
    result
}

fn describe(e: JsValue) -> String {
    e.as_string().unwrap_or_else(|| format!("{e:?}"))
}

fn build(doc: &Document, root: &Element, dataset: Dataset) -> Result<(), JsValue> {
    let state = State::new(dataset);
    root.set_text_content(None);
    let shell = el(doc, "div", "mw")?;

    let header = el(doc, "header", "mw-head")?;
    add(&header, text_el(doc, "h1", "mw-title", "لقاءات دبلوماسية")?)?;
    add(
        &header,
        text_el(
            doc,
            "p",
            "mw-sub",
            "لقاءات وزراء الخارجية كما روتها الأخبار العربية، مع المصدر لكل معلومة.",
        )?,
    )?;
    let search = el(doc, "div", "mw-search")?;
    let label = text_el(doc, "label", "mw-label", "ابحث في اللقاءات")?;
    label.set_attribute("for", "mw-q")?;
    let input: HtmlInputElement = el(doc, "input", "mw-input")?.dyn_into()?;
    input.set_type("search");
    input.set_id("mw-q");
    input.set_placeholder("لافروف، وانغ يي، بكين، شنغهاي…");
    input.set_attribute("autocomplete", "off")?;
    let count = el(doc, "p", "mw-count")?;
    count.set_attribute("role", "status")?;
    count.set_attribute("aria-live", "polite")?;
    search.append_child(&label)?;
    search.append_child(&input)?;
    search.append_child(&count)?;
    header.append_child(&search)?;
    shell.append_child(&header)?;

    let list = el(doc, "main", "mw-list")?;
    list.set_attribute("aria-label", "اللقاءات")?;
    let mut cards = Vec::with_capacity(state.meetings.len());
    for m in &state.meetings {
        let c = render_card(doc, &card(m))?;
        list.append_child(&c)?;
        cards.push(c);
    }
    shell.append_child(&list)?;
    root.append_child(&shell)?;

    let widget = Rc::new(RefCell::new(Widget {
        state,
        list,
        cards,
        count,
    }));
    let effects = initial_effects(&widget.borrow().state);
    run_effects(&widget.borrow(), effects)?;

    let on_input = {
        let widget = Rc::clone(&widget);
        let input = input.clone();
        EventListener::new(&input.clone(), "input", move |_| {
            let mut w = widget.borrow_mut();
            let effects = update(&mut w.state, Msg::QueryChanged(input.value()));
            if let Err(e) = run_effects(&w, effects) {
                gloo::utils::window().alert_with_message(&describe(e)).ok();
            }
        })
    };
    MOUNTED.with(|m| m.borrow_mut().push((widget, vec![on_input])));
    Ok(())
}

fn run_effects(w: &Widget, effects: Vec<Effect>) -> Result<(), JsValue> {
    for effect in effects {
        match effect {
            Effect::ShowMeetings(indices) => {
                let mut shown = vec![false; w.cards.len()];
                for &i in &indices {
                    if let Some(c) = w.cards.get(i) {
                        shown[i] = true;
                        w.list.append_child(c)?;
                    }
                }
                for (c, visible) in w.cards.iter().zip(shown) {
                    if visible {
                        c.remove_attribute("hidden")?
                    } else {
                        c.set_attribute("hidden", "")?
                    }
                }
            }
            Effect::SetCount(text) => set_text(&w.count, &text),
        }
    }
    Ok(())
}

fn render_card(doc: &Document, v: &CardView) -> Result<Element, JsValue> {
    let a = el(doc, "article", "card")?;
    a.set_attribute("data-meeting-id", &v.id)?;
    let title_id = format!("t-{}", v.id);
    a.set_attribute("aria-labelledby", &title_id)?;
    let top = el(doc, "div", "card-top")?;
    add(&top, text_el(doc, "p", "card-date", &v.date)?)?;
    if let Some(badge) = &v.badge {
        add(&top, text_el(doc, "span", "badge", badge)?)?;
    }
    a.append_child(&top)?;
    let h = text_el(doc, "h2", "card-title", &v.title)?;
    h.set_id(&title_id);
    a.append_child(&h)?;
    if !v.participants.is_empty() {
        add(&a, text_el(doc, "p", "card-people", &v.participants)?)?;
    }
    let place: Vec<&str> = [v.place.as_str(), v.occasion.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    if !place.is_empty() {
        add(&a, text_el(doc, "p", "card-place", &place.join(" — "))?)?;
    }
    add(&a, text_el(doc, "p", "card-lede", &v.lede)?)?;
    add(&a, text_el(doc, "p", "card-source", &v.source)?)?;
    Ok(a)
}
