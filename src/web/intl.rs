//! Dates and numbers in the reader's language through the browser's `Intl`,
//! including the Hijri (Umm al-Qura) calendar: no tables shipped.
//! Formatters are costly to create, so each is made once and kept.

use std::cell::{Cell, RefCell};

use js_sys::{Array, Date, Function, Intl, Object, Reflect};
use rustc_hash::FxHashMap;
use wasm_bindgen::{JsCast, JsValue};

use crate::filter::{Lang, Numerals};

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Date,
    Hijri,
    Number,
    /// A year: a number without grouping ("2024", not "2,024").
    Year,
}

/// A language and the digits it is written in: what every formatter and cache is keyed by.
type Script = (Lang, Numerals);

thread_local! {
    /// The digits of the widget being drawn: each entry point that draws sets them
    /// from its own state, so two widgets on a page keep their own.
    static NUMERALS: Cell<Numerals> = const { Cell::new(Numerals::Western) };
    static FORMATTERS: RefCell<FxHashMap<(Script, Kind), Function>> = RefCell::default();
}

/// The digits the next formatted numbers and dates use.
pub fn use_numerals(numerals: Numerals) {
    NUMERALS.with(|n| n.set(numerals));
}

fn script(lang: Lang) -> Script {
    (lang, NUMERALS.with(Cell::get).for_lang(lang))
}

fn options(pairs: &[(&str, &str)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    o
}

const DAY: [(&str, &str); 4] = [("day", "numeric"), ("month", "long"), ("year", "numeric"), ("timeZone", "UTC")];

fn make(script: Script, kind: Kind) -> Function {
    let locales = Array::of1(&JsValue::from_str(locale_of(script, kind)));
    match kind {
        Kind::Number => Intl::NumberFormat::new(&locales, &Object::new()).format(),
        Kind::Year => {
            // A boolean: the string "false" means the default grouping.
            let ungrouped = Object::new();
            let _ = Reflect::set(&ungrouped, &JsValue::from_str("useGrouping"), &JsValue::FALSE);
            Intl::NumberFormat::new(&locales, &ungrouped).format()
        }
        _ => Intl::DateTimeFormat::new(&locales, &options(&DAY)).format(),
    }
}

/// One numeral system on a line, in both calendars and in counts: Arabic
/// takes the reader's setting, by default the Western digits the Arabic
/// press online mostly prints (`-nu-latn`, which is also what "ar" gives in
/// most browsers, made sure); English dates read day, month, year in both
/// calendars.
fn locale_of(script: Script, kind: Kind) -> &'static str {
    match (script, kind) {
        ((Lang::Ar, Numerals::Western), Kind::Date | Kind::Number | Kind::Year) => "ar-u-nu-latn",
        ((Lang::Ar, Numerals::Western), Kind::Hijri) => "ar-SA-u-ca-islamic-umalqura-nu-latn",
        ((Lang::Ar, Numerals::ArabicIndic), Kind::Date | Kind::Number | Kind::Year) => "ar-u-nu-arab",
        ((Lang::Ar, Numerals::ArabicIndic), Kind::Hijri) => "ar-SA-u-ca-islamic-umalqura-nu-arab",
        ((Lang::En, _), Kind::Date) => "en-GB",
        ((Lang::En, _), Kind::Hijri) => "en-GB-u-ca-islamic-umalqura",
        ((Lang::En, _), Kind::Number | Kind::Year) => "en",
    }
}

thread_local! {
    static RANGES: RefCell<FxHashMap<(Script, Kind), Intl::DateTimeFormat>> = RefCell::default();
}

/// `Intl.DateTimeFormat.formatRange`: "25–27 يوليو 2024", the month and year once.
fn format_range(lang: Lang, kind: Kind, start: &str, end: &str) -> Option<String> {
    let (a, b) = (js_date(start)?, js_date(end)?);
    RANGES.with(|cache| {
        let mut cache = cache.borrow_mut();
        let script = script(lang);
        let f = cache.entry((script, kind)).or_insert_with(|| {
            Intl::DateTimeFormat::new(&Array::of1(&JsValue::from_str(locale_of(script, kind))), &options(&DAY))
        });
        let range = Reflect::get(f, &JsValue::from_str("formatRange")).ok()?.dyn_into::<Function>().ok()?;
        range.call2(f, &a, &b).ok()?.as_string()
    })
}

pub fn date_range(lang: Lang, start: &str, end: &str) -> String {
    format_range(lang, Kind::Date, start, end).unwrap_or_else(|| format!("{} – {}", date(lang, start), date(lang, end)))
}

pub fn hijri_range(lang: Lang, start: &str, end: &str) -> Option<String> {
    format_range(lang, Kind::Hijri, start, end)
}

fn format(lang: Lang, kind: Kind, value: &JsValue) -> Option<String> {
    FORMATTERS.with(|cache| {
        let mut cache = cache.borrow_mut();
        let script = script(lang);
        let f = cache.entry((script, kind)).or_insert_with(|| make(script, kind));
        f.call1(&JsValue::NULL, value).ok()?.as_string()
    })
}

fn js_date(iso: &str) -> Option<JsValue> {
    let date = Date::new(&JsValue::from_str(&format!("{iso}T00:00:00Z")));
    (!date.get_time().is_nan()).then(|| date.into())
}

/// "28 يوليو 2022" / "28 July 2022".
pub fn date(lang: Lang, iso: &str) -> String {
    js_date(iso).and_then(|d| format(lang, Kind::Date, &d)).unwrap_or_else(|| iso.to_owned())
}

/// The same day in the Umm al-Qura Hijri calendar.
pub fn hijri(lang: Lang, iso: &str) -> Option<String> {
    js_date(iso).and_then(|d| format(lang, Kind::Hijri, &d))
}

thread_local! {
    /// Numbers already formatted: facet counts repeat the same few thousand
    /// numbers keystroke after keystroke.
    static NUMBERS: RefCell<FxHashMap<(Script, usize), String>> = Default::default();
}

pub fn number(lang: Lang, n: usize) -> String {
    let key = (script(lang), n);
    if let Some(text) = NUMBERS.with(|c| c.borrow().get(&key).cloned()) {
        return text;
    }
    let text = format(lang, Kind::Number, &JsValue::from_f64(n as f64)).unwrap_or_else(|| n.to_string());
    remember(&NUMBERS, key, text.clone());
    text
}

/// "2024" / "٢٠٢٤": a year in the reader's digits, never grouped.
pub fn year(lang: Lang, y: i32) -> String {
    format(lang, Kind::Year, &JsValue::from_f64(f64::from(y))).unwrap_or_else(|| y.to_string())
}

/// Keeps an answer of `Intl` for next time; a cache grown past 20,000
/// answers starts again, so it never grows without bound.
fn remember<K: std::hash::Hash + Eq + 'static, V: 'static>(
    cache: &'static std::thread::LocalKey<RefCell<FxHashMap<K, V>>>,
    key: K,
    value: V,
) {
    cache.with(|c| {
        let mut cache = c.borrow_mut();
        if cache.len() > 20_000 {
            cache.clear();
        }
        cache.insert(key, value);
    });
}

thread_local! {
    static PLURAL_RULES: RefCell<FxHashMap<Lang, Intl::PluralRules>> = RefCell::default();
    /// Categories already asked for: the map and the matrix word a count per place and person.
    static PLURALS: RefCell<FxHashMap<(Lang, usize), crate::i18n::Plural>> = RefCell::default();
}

/// The plural category of `n` in the reader's language, from `Intl.PluralRules`.
pub fn plural(lang: Lang, n: usize) -> crate::i18n::Plural {
    if let Some(p) = PLURALS.with(|c| c.borrow().get(&(lang, n)).copied()) {
        return p;
    }
    let category = PLURAL_RULES.with(|cache| {
        let mut cache = cache.borrow_mut();
        let rules = cache.entry(lang).or_insert_with(|| {
            let locale = if lang == Lang::Ar { "ar" } else { "en" };
            Intl::PluralRules::new(&Array::of1(&JsValue::from_str(locale)), &Object::new())
        });
        crate::i18n::Plural::from_cldr(&String::from(rules.select(n as f64)))
    });
    remember(&PLURALS, (lang, n), category);
    category
}

/// Numbers and plural forms as the browser's `Intl` gives them.
pub const LOCALE: crate::i18n::Locale =
    crate::i18n::Locale { number, year, plural, date, hijri, date_range, hijri_range };
