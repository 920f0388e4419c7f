//! Dates and numbers in the reader's language through the browser's `Intl`,
//! including the Hijri (Umm al-Qura) calendar: no tables shipped.

use js_sys::{Array, Date, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::filter::Lang;

fn options(pairs: &[(&str, &str)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    o
}

fn format_with(locale: &str, opts: &[(&str, &str)], iso: &str) -> Option<String> {
    let date = Date::new(&JsValue::from_str(&format!("{iso}T00:00:00Z")));
    if date.get_time().is_nan() {
        return None;
    }
    let locales = Array::of1(&JsValue::from_str(locale));
    let format = Intl::DateTimeFormat::new(&locales, &options(opts)).format();
    format.call1(&JsValue::NULL, &date).ok()?.as_string()
}

const DAY: [(&str, &str); 4] = [("day", "numeric"), ("month", "long"), ("year", "numeric"), ("timeZone", "UTC")];

/// "28 يوليو 2022" / "28 July 2022".
pub fn date(lang: Lang, iso: &str) -> String {
    let locale = if lang == Lang::Ar { "ar" } else { "en-GB" };
    format_with(locale, &DAY, iso).unwrap_or_else(|| iso.to_owned())
}

/// The same day in the Umm al-Qura Hijri calendar.
pub fn hijri(lang: Lang, iso: &str) -> Option<String> {
    let locale = if lang == Lang::Ar { "ar-SA-u-ca-islamic-umalqura" } else { "en-u-ca-islamic-umalqura" };
    format_with(locale, &DAY, iso)
}

pub fn number(lang: Lang, n: usize) -> String {
    let locales = Array::of1(&JsValue::from_str(if lang == Lang::Ar { "ar" } else { "en" }));
    let format = Intl::NumberFormat::new(&locales, &Object::new()).format();
    format
        .call1(&JsValue::NULL, &JsValue::from_f64(n as f64))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| n.to_string())
}
