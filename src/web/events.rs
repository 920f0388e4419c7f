//! DOM events to [`Msg`]s. Listeners sit on the widget's root (events
//! bubble up from whatever the current language built) and, for a widget
//! that owns the page, on the window for back and forward.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement, KeyboardEvent, PointerEvent};

use super::{Shared, dispatch};
use crate::app::{ExportKind, Msg};
use crate::filter::{Facet, Sort};
use crate::view::action::{Action, Evidence};
use crate::view::timeline::WIDTH;

fn target(e: &web_sys::Event) -> Option<Element> {
    e.target().and_then(|t| t.dyn_into::<Element>().ok())
}

fn card_id(e: &Element) -> Option<String> {
    e.get_attribute("data-id")
        .or_else(|| e.closest("[data-meeting-id]").ok().flatten().and_then(|c| c.get_attribute("data-meeting-id")))
}

fn focus(root: &Element, selector: &str) {
    if let Some(e) = root.query_selector(selector).ok().flatten().and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = e.focus();
    }
}

/// A range field's text as the reader typed it.
fn typed(root: &Element, action: Action) -> String {
    root.query_selector(&format!("[data-action={}]", action.key()))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default()
}

fn on_click(widget: &Shared, root: &Element, e: &web_sys::Event) {
    if let Some(el) = target(e).and_then(|t| t.closest("[data-action]").ok().flatten()) {
        act(widget, root, &el);
    }
}

/// What an element with a `data-action` does when chosen (click, Enter or Space).
fn act(widget: &Shared, root: &Element, el: &Element) {
    let Some(action) = el.get_attribute("data-action").and_then(|a| Action::from_key(&a)) else { return };
    let attr = |name: &str| el.get_attribute(name).unwrap_or_default();
    let facet_value = || Facet::from_key(&attr("data-facet")).map(|f| (f, attr("data-value")));
    let msg = match action {
        Action::Lang => Some(Msg::ToggleLang),
        Action::Numerals => Some(Msg::ToggleNumerals),
        Action::Evidence => Evidence::from_key(&attr("data-field"))
            .and_then(|field| card_id(el).map(|id| Msg::ShowEvidence(id, field.key().to_owned()))),
        Action::Open => card_id(el).map(Msg::OpenCard),
        Action::CloseDialog => Some(Msg::CloseDialog),
        Action::RemoveFacet | Action::Facet => facet_value().map(|(f, v)| Msg::ToggleFacet(f, v)),
        Action::Pair => Some(Msg::TogglePair(attr("data-a"), attr("data-b"))),
        Action::RemovePair => widget.borrow().state.filter.pair.clone().map(|(a, b)| Msg::TogglePair(a, b)),
        Action::RemoveFrom => Some(Msg::TypeRange(String::new(), typed(root, Action::To))),
        Action::RemoveTo => Some(Msg::TypeRange(typed(root, Action::From), String::new())),
        Action::RemoveQuery => Some(Msg::QueryChanged(String::new())),
        Action::ClearAll => Some(Msg::ClearAll),
        Action::ExportCsv => Some(Msg::Export(ExportKind::Csv)),
        Action::ExportJson => Some(Msg::Export(ExportKind::Json)),
        Action::ExportSpreadsheet => Some(Msg::Export(ExportKind::Spreadsheet)),
        Action::TogglePanel => Some(Msg::ToggleFilterPanel),
        Action::ShowResults => {
            if widget.borrow().state.panel_open {
                dispatch(widget, Msg::ToggleFilterPanel);
            }
            focus(root, "#mw-results");
            None
        }
        Action::Skip => {
            focus(root, "#mw-results");
            None
        }
        Action::More => Some(Msg::ShowMore),
        Action::CopyLink => {
            super::share::copy_link(&widget.borrow());
            None
        }
        Action::Print => {
            super::render::fill_print_line(&widget.borrow());
            let _ = gloo::utils::window().print();
            None
        }
        Action::Sort | Action::From | Action::To => None,
    };
    let Some(msg) = msg else { return };
    // A download chosen: its menu folds away.
    if let Some(menu) = el.closest("details.mw-export").ok().flatten() {
        let _ = menu.remove_attribute("open");
    }
    let removes_chip = matches!(
        action,
        Action::RemoveFacet
            | Action::RemovePair
            | Action::RemoveFrom
            | Action::RemoveTo
            | Action::RemoveQuery
            | Action::ClearAll
    );
    dispatch(widget, msg);
    // Keep focus somewhere sensible when its element was rebuilt or removed.
    if action == Action::Lang {
        focus(root, ".mw-lang");
    } else if action == Action::Numerals {
        focus(root, ".mw-numerals");
    } else if removes_chip {
        focus(root, ".mw-chips .chip, #mw-q");
    }
}

fn on_change(widget: &Shared, root: &Element, e: &web_sys::Event) {
    let Some(el) = target(e) else { return };
    if let Some(facet) = el.get_attribute("data-facet").and_then(|k| Facet::from_key(&k))
        && el.get_attribute("type").as_deref() == Some("checkbox")
    {
        dispatch(widget, Msg::ToggleFacet(facet, el.get_attribute("data-value").unwrap_or_default()));
        return;
    }
    match el.get_attribute("data-action").and_then(|a| Action::from_key(&a)) {
        Some(Action::Sort) => {
            if let Some(sort) = el.dyn_ref::<HtmlSelectElement>().and_then(|s| Sort::from_key(&s.value())) {
                dispatch(widget, Msg::SetSort(sort));
            }
        }
        Some(Action::From | Action::To) => {
            dispatch(widget, Msg::TypeRange(typed(root, Action::From), typed(root, Action::To)))
        }
        _ => {}
    }
}

fn on_keydown(widget: &Shared, root: &Element, e: &web_sys::Event) {
    let Some(key) = e.dyn_ref::<KeyboardEvent>().map(KeyboardEvent::key) else { return };
    let Some(el) = target(e) else { return };
    // SVG marks are buttons by role only: Enter and Space choose them as a click would.
    if (key == "Enter" || key == " ")
        && el.namespace_uri().as_deref() == Some(super::dom::SVG_NS)
        && el.has_attribute("data-action")
    {
        e.prevent_default();
        act(widget, root, &el);
    } else if el.class_list().contains("mark")
        && let Some(next) = neighbour_mark(root, &el, &key)
    {
        // The timeline is one stop: arrows, Home and End move along its marks.
        e.prevent_default();
        let _ = el.set_attribute("tabindex", "-1");
        let _ = next.set_attribute("tabindex", "0");
        let _ = next.focus();
    } else if key == "Escape"
        && let Some(menu) = el.closest("details.mw-export[open]").ok().flatten()
    {
        let _ = menu.remove_attribute("open");
        focus(root, ".mw-export > summary");
    } else if key == "Escape" && widget.borrow().state.panel_open {
        dispatch(widget, Msg::ToggleFilterPanel);
        focus(root, ".mw-panel-toggle");
    }
}

/// The timeline mark an arrow key, Home or End goes to from `mark`, by date
/// (the marks' order), the arrows as the strip reads in the widget's direction.
fn neighbour_mark(root: &Element, mark: &Element, key: &str) -> Option<HtmlElement> {
    let marks = mark.parent_element()?.query_selector_all(":scope > .mark").ok()?;
    let count = marks.length();
    let at = (0..count).find(|&i| marks.item(i).is_some_and(|m| m.is_same_node(Some(mark))))?;
    let rtl = root.get_attribute("dir").as_deref() == Some("rtl");
    let later = if rtl { "ArrowLeft" } else { "ArrowRight" };
    let earlier = if rtl { "ArrowRight" } else { "ArrowLeft" };
    let to = match key {
        "Home" => 0,
        "End" => count.checked_sub(1)?,
        k if k == later || k == "ArrowUp" => (at + 1).min(count - 1),
        k if k == earlier || k == "ArrowDown" => at.saturating_sub(1),
        _ => return None,
    };
    marks.item(to).and_then(|m| m.dyn_into().ok())
}

/// Dragging across the timeline: where it started, in viewBox units.
fn svg_x(widget: &Shared, e: &PointerEvent) -> Option<f64> {
    let w = widget.borrow();
    let svg = &w.ui.as_ref()?.timeline.svg;
    let rect = svg.get_bounding_client_rect();
    (rect.width() > 0.0).then(|| (e.client_x() as f64 - rect.left()) / rect.width() * WIDTH)
}

pub(crate) fn listen(widget: &Shared, sync_url: bool) -> Vec<EventListener> {
    let root = widget.borrow().root.clone();
    let mut out = Vec::new();
    {
        let (w, r) = (Rc::clone(widget), root.clone());
        out.push(EventListener::new(&root, "click", move |e| on_click(&w, &r, e)));
    }
    {
        let (w, r) = (Rc::clone(widget), root.clone());
        out.push(EventListener::new(&root, "change", move |e| on_change(&w, &r, e)));
    }
    {
        let w = Rc::clone(widget);
        out.push(EventListener::new(&root, "input", move |e| {
            if let Some(input) =
                target(e).filter(|t| t.id() == "mw-q").and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            {
                dispatch(&w, Msg::QueryChanged(input.value()));
            }
        }));
    }
    {
        let (w, r) = (Rc::clone(widget), root.clone());
        // Not passive: Enter and Space on an SVG mark are kept from scrolling or submitting.
        let options = EventListenerOptions { phase: EventListenerPhase::Bubble, passive: false };
        out.push(EventListener::new_with_options(&root, "keydown", options, move |e| on_keydown(&w, &r, e)));
    }
    {
        // "close" does not bubble; listen in the capture phase. Escape and the
        // close button both end here.
        let w = Rc::clone(widget);
        let options = EventListenerOptions { phase: EventListenerPhase::Capture, passive: true };
        out.push(EventListener::new_with_options(&root, "close", options, move |e| {
            let Some(t) = target(e) else { return };
            if t.class_list().contains("mw-dialog") {
                dispatch(&w, Msg::CloseDialog);
            } else if t.class_list().contains("mw-sheet") && w.borrow().state.panel_open {
                // Escape closed the filter sheet: the panel goes back where it lives.
                dispatch(&w, Msg::ToggleFilterPanel);
            }
        }));
    }
    {
        // "toggle" does not bubble either: the folded people are drawn when they are opened.
        let w = Rc::clone(widget);
        let options = EventListenerOptions { phase: EventListenerPhase::Capture, passive: true };
        out.push(EventListener::new_with_options(&root, "toggle", options, move |e| {
            if let Some(details) = target(e).and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
                && details.class_list().contains("mw-more-people")
            {
                dispatch(&w, Msg::PeopleListOpen(details.open()));
            }
        }));
    }
    {
        // The browser's own print (Ctrl+P) gets the header line too.
        let w = Rc::clone(widget);
        out.push(EventListener::new(&gloo::utils::window(), "beforeprint", move |_| {
            super::render::fill_print_line(&w.borrow())
        }));
    }
    // Timeline drag.
    let start: Rc<Cell<Option<f64>>> = Rc::new(Cell::new(None));
    {
        let (w, s) = (Rc::clone(widget), Rc::clone(&start));
        out.push(EventListener::new(&root, "pointerdown", move |e| {
            let Some(pe) = e.dyn_ref::<PointerEvent>() else { return };
            let on_strip = target(e).is_some_and(|t| {
                t.closest(".mw-tl-plot").ok().flatten().is_some() && t.closest(".mark").ok().flatten().is_none()
            });
            if on_strip {
                s.set(svg_x(&w, pe));
            }
        }));
    }
    {
        let (w, s) = (Rc::clone(widget), Rc::clone(&start));
        out.push(EventListener::new(&root, "pointermove", move |e| {
            if let (Some(x0), Some(pe)) = (s.get(), e.dyn_ref::<PointerEvent>())
                && let Some(x1) = svg_x(&w, pe)
                && let Some(ui) = &w.borrow().ui
            {
                let _ = ui.timeline.preview(x0, x1);
            }
        }));
    }
    {
        let (w, s) = (Rc::clone(widget), Rc::clone(&start));
        out.push(EventListener::new(&gloo::utils::window(), "pointerup", move |e| {
            let Some(x0) = s.take() else { return };
            let Some(x1) = e.dyn_ref::<PointerEvent>().and_then(|pe| svg_x(&w, pe)) else { return };
            let range = w.borrow().ui.as_ref().map(|ui| ui.timeline.view.scale.range_of_drag(x0, x1));
            match range {
                Some(Some((from, to))) => dispatch(&w, Msg::SetRange(Some(from), Some(to))),
                // A click, not a drag: the band goes back to the range there is.
                Some(None) => dispatch(&w, Msg::Redraw),
                None => {}
            }
        }));
    }
    if sync_url {
        for event in ["hashchange", "popstate"] {
            let w = Rc::clone(widget);
            out.push(EventListener::new(&gloo::utils::window(), event, move |_| {
                let hash = gloo::utils::window().location().hash().unwrap_or_default();
                dispatch(&w, Msg::HashChanged(hash));
            }));
        }
    }
    out
}
