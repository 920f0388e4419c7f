//! The date range's own fields. The browser's date input shows its own
//! language, order and digits ("mm/dd/yyyy" inside the Arabic interface), so
//! the widget reads a date the way its readers write one: day, month, year
//! (or an ISO date), in Western or Arabic-Indic digits, and shows it back in
//! the interface's digits.

use crate::filter::{Numerals, is_iso_date};
use crate::text::fold_char;

/// What a reader typed into a date field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Typed {
    /// Nothing: that end of the range is open.
    Empty,
    /// An ISO date, "YYYY-MM-DD".
    Date(String),
    /// Something that is no date of the calendar.
    Invalid,
}

/// Reads "25/7/2024", "٢٥/٧/٢٠٢٤", "25-07-2024", "25.7.2024" (day, month,
/// year) or "2024-07-25" (year first), with any bidi marks a copied date
/// carries. A year in two digits is refused: "24" could be 1924 or 2024.
pub fn read(text: &str) -> Typed {
    let folded: String = text.chars().filter_map(fold_char).collect();
    let folded = folded.trim();
    if folded.is_empty() {
        return Typed::Empty;
    }
    let well_formed = folded.chars().all(|c| c.is_ascii_digit() || matches!(c, '/' | '-' | '.' | ' ' | '\\'));
    let parts: Vec<&str> = folded.split(|c: char| !c.is_ascii_digit()).filter(|p| !p.is_empty()).collect();
    let [a, b, c] = parts[..] else { return Typed::Invalid };
    if !well_formed {
        return Typed::Invalid;
    }
    let (year, month, day) = match (a.len(), c.len()) {
        (4, 1..=2) => (a, b, c),
        (1..=2, 4) => (c, b, a),
        _ => return Typed::Invalid,
    };
    let (Ok(y), Ok(m), Ok(d)) = (year.parse::<u32>(), month.parse::<u32>(), day.parse::<u32>()) else {
        return Typed::Invalid;
    };
    if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
        return Typed::Invalid;
    }
    let iso = format!("{y:04}-{m:02}-{d:02}");
    if is_iso_date(&iso) { Typed::Date(iso) } else { Typed::Invalid }
}

/// The Gregorian month's length; the page carries no calendar crate.
fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// An ISO date as the field shows it: day/month/year, in the reader's digits
/// ("25/07/2024", "٢٥/٠٧/٢٠٢٤"); anything else as it is.
pub fn show(iso: &str, numerals: Numerals) -> String {
    if !is_iso_date(iso) {
        return iso.to_owned();
    }
    let written = format!("{}/{}/{}", &iso[8..10], &iso[5..7], &iso[0..4]);
    match numerals {
        Numerals::Western => written,
        Numerals::ArabicIndic => {
            written.chars().map(|c| c.to_digit(10).and_then(|d| char::from_u32('٠' as u32 + d)).unwrap_or(c)).collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Typed {
        Typed::Date(s.to_owned())
    }

    #[test]
    fn reads_a_date_as_readers_write_it() {
        assert_eq!(read("25/7/2024"), date("2024-07-25"));
        assert_eq!(read("٢٥/٠٧/٢٠٢٤"), date("2024-07-25"));
        assert_eq!(read("۲۵-۷-۲۰۲۴"), date("2024-07-25"));
        assert_eq!(read(" 1.3.2023 "), date("2023-03-01"));
        assert_eq!(read("2024-07-25"), date("2024-07-25"));
        // What Intl prints in Arabic: right-to-left marks around the slashes.
        assert_eq!(read("٢٥\u{200F}/٠٧\u{200F}/٢٠٢٤"), date("2024-07-25"));
        assert_eq!(read("29/2/2024"), date("2024-02-29"));
    }

    #[test]
    fn shows_a_date_in_the_readers_digits_and_reads_it_back() {
        assert_eq!(show("2024-07-05", Numerals::Western), "05/07/2024");
        assert_eq!(show("2024-07-05", Numerals::ArabicIndic), "٠٥/٠٧/٢٠٢٤");
        for n in [Numerals::Western, Numerals::ArabicIndic] {
            assert_eq!(read(&show("2024-07-05", n)), date("2024-07-05"));
        }
    }

    #[test]
    fn an_empty_field_is_an_open_end_and_anything_else_is_refused() {
        assert_eq!(read(""), Typed::Empty);
        assert_eq!(read("  "), Typed::Empty);
        for bad in
            ["29/2/2023", "31/4/2024", "13/13/2024", "25/7/24", "2024", "25 يوليو 2024", "0/1/2024", "1/2/3/2024"]
        {
            assert_eq!(read(bad), Typed::Invalid, "{bad}");
        }
    }
}
