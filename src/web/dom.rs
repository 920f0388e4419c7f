//! Element builders. Data only ever enters the DOM as text nodes or
//! attribute values, never as markup.

use wasm_bindgen::JsValue;
use web_sys::{Document, Element};

use crate::view::Marked;

pub const SVG_NS: &str = "http://www.w3.org/2000/svg";

pub fn el(doc: &Document, tag: &str, class: &str) -> Result<Element, JsValue> {
    let e = doc.create_element(tag)?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    Ok(e)
}

pub fn svg(doc: &Document, tag: &str, class: &str) -> Result<Element, JsValue> {
    let e = doc.create_element_ns(Some(SVG_NS), tag)?;
    if !class.is_empty() {
        e.set_attribute("class", class)?;
    }
    Ok(e)
}

/// An SVG group that acts as a button: reached with Tab, chosen by click,
/// Enter or Space (`events` sends those keys to the same `data-action`).
pub fn svg_button(doc: &Document, class: &str, action: &str, extra: &[(&str, &str)]) -> Result<Element, JsValue> {
    let g = svg(doc, "g", class)?;
    attrs(&g, &[("tabindex", "0"), ("role", "button"), ("data-action", action)])?;
    attrs(&g, extra)?;
    Ok(g)
}

/// An element holding `text` as a text node.
pub fn text_el(doc: &Document, tag: &str, class: &str, text: &str) -> Result<Element, JsValue> {
    let e = el(doc, tag, class)?;
    e.append_child(&doc.create_text_node(text))?;
    Ok(e)
}

/// Appends `child` to `parent` and hands it back.
pub fn add(parent: &Element, child: Element) -> Result<Element, JsValue> {
    parent.append_child(&child)?;
    Ok(child)
}

/// Sets several attributes at once.
pub fn attrs(e: &Element, pairs: &[(&str, &str)]) -> Result<(), JsValue> {
    for (k, v) in pairs {
        e.set_attribute(k, v)?;
    }
    Ok(())
}

/// Replaces the element's content with the text node `text`.
pub fn set_text(e: &Element, text: &str) {
    e.set_text_content(Some(text));
}

/// Replaces the element's content with `marked`: text nodes, and `<mark>`
/// around the highlighted runs.
pub fn set_marked(doc: &Document, e: &Element, marked: &Marked) -> Result<(), JsValue> {
    e.set_text_content(None);
    for (piece, highlighted) in marked.runs() {
        if highlighted {
            add(e, text_el(doc, "mark", "", piece)?)?;
        } else {
            e.append_child(&doc.create_text_node(piece))?;
        }
    }
    Ok(())
}

/// Shows a readable message in place of the widget.
pub fn show_error(doc: &Document, root: &Element, message: &str) -> Result<(), JsValue> {
    root.set_text_content(None);
    let box_ = el(doc, "div", "mw-error")?;
    box_.set_attribute("role", "alert")?;
    add(&box_, text_el(doc, "strong", "", "تعذّر عرض اللقاءات — The meetings could not be shown")?)?;
    add(&box_, text_el(doc, "p", "", message)?)?;
    root.append_child(&box_)?;
    root.remove_attribute("aria-busy")
}
