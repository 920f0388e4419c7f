//! The web layer in a real browser (wasm-bindgen-test in headless Chromium):
//! mounting, rendering as text nodes, and the message shown for bad data.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_root() -> Element {
    let doc = gloo::utils::document();
    let root = doc.create_element("div").unwrap_or_else(|_| unreachable!());
    let _ = doc.body().map(|b| b.append_child(&root));
    root
}

const DATASET: &str = r#"{"schema":1,"meetings":[
 {"id":"a","title":"لافروف في طشقند <img src=x onerror=alert(1)>","date_start":"2022-07-28","article_text":"وانغ يي"},
 {"id":"b","title":"وانج يي في موسكو","date_start":"2023-09-18"}]}"#;

#[wasm_bindgen_test]
fn renders_one_article_per_meeting_as_text() {
    let root = fresh_root();
    meetings_widget::mount_with(&root, &JsValue::from_str(DATASET), meetings_widget::Options::contained())
        .unwrap_or_else(|_| unreachable!());
    let cards = root.query_selector_all("article[data-meeting-id]").unwrap_or_else(|_| unreachable!());
    assert_eq!(cards.length(), 2);
    // Markup in data stays text.
    assert!(root.query_selector("img").unwrap_or_default().is_none());
    assert!(root.text_content().unwrap_or_default().contains("<img src=x onerror=alert(1)>"));
    let status = root.query_selector("[role=status]").unwrap_or_default();
    assert!(status.is_some_and(|s| s.get_attribute("data-count").as_deref() == Some("2")));
}

#[wasm_bindgen_test]
fn typing_narrows_the_cards() {
    let root = fresh_root();
    meetings_widget::mount_with(&root, &JsValue::from_str(DATASET), meetings_widget::Options::contained())
        .unwrap_or_else(|_| unreachable!());
    let input: HtmlInputElement = root
        .query_selector("input[type=search]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into().ok())
        .unwrap_or_else(|| unreachable!());
    input.set_value("موسكو");
    // Typing fires a bubbling "input" event; the widget listens on its root.
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap_or_else(|_| unreachable!());
    let _ = input.dispatch_event(&event);
    let visible = root.query_selector_all("article[data-meeting-id]:not([hidden])").unwrap_or_else(|_| unreachable!());
    assert_eq!(visible.length(), 1);
}

#[wasm_bindgen_test]
fn dates_come_in_both_calendars_from_intl() {
    let root = fresh_root();
    meetings_widget::mount_with(&root, &JsValue::from_str(DATASET), meetings_widget::Options::contained())
        .unwrap_or_else(|_| unreachable!());
    let hijri = root.query_selector("article[data-meeting-id=a] .card-hijri").ok().flatten();
    let text = hijri.and_then(|h| h.text_content()).unwrap_or_default();
    // 28 July 2022 is 29 Dhu al-Hijjah 1443 in the Umm al-Qura calendar.
    assert!(text.contains("١٤٤٣") || text.contains("1443"), "{text}");
}

#[wasm_bindgen_test]
fn bad_data_shows_a_message_instead_of_a_blank_widget() {
    for bad in ["{not json", r#"{"schema":2,"meetings":[]}"#, r#"{"schema":1,"records":[]}"#] {
        let root = fresh_root();
        assert!(
            meetings_widget::mount_with(&root, &JsValue::from_str(bad), meetings_widget::Options::contained()).is_err()
        );
        let alert = root.query_selector("[role=alert]").unwrap_or_default();
        assert!(alert.is_some_and(|a| !a.text_content().unwrap_or_default().is_empty()), "{bad}");
    }
}

#[wasm_bindgen_test]
fn a_bad_record_is_put_right_and_the_reader_told() {
    // A title of the wrong type and no id: the record loads without its title, under an id of its own.
    let root = fresh_root();
    let data = r#"{"schema":1,"meetings":[{"title":3,"participants":[{"name":"A"},{"name":"B"}]}]}"#;
    meetings_widget::mount_with(&root, &JsValue::from_str(data), meetings_widget::Options::contained())
        .unwrap_or_else(|_| unreachable!());
    assert!(root.query_selector("[role=alert]").ok().flatten().is_none());
    assert!(root.query_selector("article[data-meeting-id=record-1]").ok().flatten().is_some());
    let notice = root.query_selector(".mw-notice").ok().flatten().and_then(|n| n.text_content()).unwrap_or_default();
    // The dataset's own words sit in left-to-right isolates inside the Arabic sentence.
    assert!(notice.contains("\u{2066}title\u{2069}") && notice.contains("record-1"), "{notice}");
}
