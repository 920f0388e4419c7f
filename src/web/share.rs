//! "Copy link": puts the link to the current view on the clipboard, or, where
//! the clipboard is out of reach (a frame without the permission, an old
//! browser), offers it in a prompt to copy by hand.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use super::Widget;
use super::dom::set_text;
use crate::i18n::strings;
use crate::view::page;

/// The page a shared link opens: `data-share-base` on the root, which the
/// custom element writes (the host page with `sync-url`, else the standalone
/// page that shows the same dataset); without it, this document.
pub(crate) fn link_base(w: &Widget) -> String {
    w.root
        .get_attribute("data-share-base")
        .filter(|b| !b.is_empty())
        .unwrap_or_else(|| gloo::utils::window().location().href().unwrap_or_default())
}

pub(crate) fn copy_link(w: &Widget) {
    let link = page::share_link(&w.state, &link_base(w));
    let s = strings(w.state.filter.lang);
    let Some(note) = w.ui.as_ref().map(|ui| ui.share_note.clone()) else { return };
    let (copied, prompt) = (s.link_copied, s.copy_this_link);
    let by_hand = {
        let link = link.clone();
        move || {
            let _ = gloo::utils::window().prompt_with_message_and_default(prompt, &link);
        }
    };
    let Some(write) = clipboard_write(&link) else {
        by_hand();
        return;
    };
    let done = Closure::once_into_js(move |_: JsValue| set_text(&note, copied));
    let failed = Closure::once_into_js(move |_: JsValue| by_hand());
    let then = js_sys::Reflect::get(&write, &"then".into()).ok().and_then(|t| t.dyn_into::<js_sys::Function>().ok());
    if let Some(then) = then {
        let _ = then.call2(&write, &done, &failed);
    }
}

/// `navigator.clipboard.writeText(text)`, where the browser has it.
fn clipboard_write(text: &str) -> Option<js_sys::Promise> {
    let navigator = js_sys::Reflect::get(&gloo::utils::window(), &"navigator".into()).ok()?;
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok().filter(|c| c.is_object())?;
    let write: js_sys::Function = js_sys::Reflect::get(&clipboard, &"writeText".into()).ok()?.dyn_into().ok()?;
    write.call1(&clipboard, &text.into()).ok()?.dyn_into().ok()
}
