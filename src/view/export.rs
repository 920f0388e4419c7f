//! The filtered cards for a researcher's spreadsheet: the same columns, Arabic
//! beside English, as CSV (UTF-8 with a byte-order mark: Excel and Google
//! Sheets read it; LibreOffice's default import, headless, reads it as
//! Latin-1) and as an Excel 2003 XML workbook, which LibreOffice and Excel
//! both open with the Arabic intact, since the file says its own encoding.

use crate::model::{DateBasis, Meeting};

/// The columns of both exports: each name, place and occasion in English and as the article writes it.
const COLUMNS: [&str; 26] = [
    "id",
    "kind",
    "status",
    "date_start",
    "date_end",
    "date_basis",
    "participants",
    "participants_ar",
    "city",
    "city_ar",
    "country",
    "country_ar",
    "occasion",
    "occasion_ar",
    "occasion_org",
    "topics",
    "agencies",
    "publisher",
    "url",
    "title",
    "source_file",
    "date_reason",
    "evidence_participants",
    "evidence_date",
    "evidence_place",
    "evidence_occasion",
];

/// The fields whose evidence the exports quote, in the columns' order.
const EVIDENCE_FIELDS: [&str; 4] = ["participants", "date", "place", "occasion"];

/// At most this many characters of evidence per cell: a citation, not the article.
const EVIDENCE_CHARS: usize = 400;

/// The article's words that a field stands on, as the evidence view shows them
/// ("وزير الخارجية سيرغي لافروف … بكين"). A range the text does not hold (an
/// edited dataset) is left out rather than guessed at.
fn evidence_words(m: &Meeting, field: &str) -> String {
    let Some(spans) = m.evidence.get(field) else { return String::new() };
    let mut words: Vec<&str> = Vec::new();
    for span in spans {
        if let Some(w) = m.article_text.get(span.start..span.end).map(str::trim).filter(|w| !w.is_empty()) {
            if !words.contains(&w) {
                words.push(w);
            }
        }
    }
    let joined = words.join(" … ");
    match joined.char_indices().nth(EVIDENCE_CHARS) {
        Some((cut, _)) => format!("{}…", &joined[..cut]),
        None => joined,
    }
}

fn row(m: &Meeting) -> [String; COLUMNS.len()] {
    let people = |arabic: bool| m.participants.iter().map(|p| p.shown(arabic)).collect::<Vec<_>>().join("; ");
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let basis = match m.date_basis {
        Some(DateBasis::Stated) => "stated",
        Some(DateBasis::Inferred) => "inferred",
        None => "",
    };
    [
        m.id.clone(),
        crate::filter::kind_key(m.kind).to_owned(),
        crate::filter::status_key(m.status).to_owned(),
        text(&m.date_start),
        text(&m.date_end),
        basis.to_owned(),
        people(false),
        people(true),
        text(&m.city),
        text(&m.city_ar),
        text(&m.country),
        text(&m.country_ar),
        text(&m.occasion),
        text(&m.occasion_ar),
        text(&m.occasion_org),
        m.topics.join("; "),
        m.agencies.join("; "),
        text(&m.publisher),
        m.url.clone().filter(|u| crate::text::is_web_address(u)).unwrap_or_default(),
        m.title.clone(),
        m.source_file.clone(),
        m.date_reason.clone(),
        evidence_words(m, EVIDENCE_FIELDS[0]),
        evidence_words(m, EVIDENCE_FIELDS[1]),
        evidence_words(m, EVIDENCE_FIELDS[2]),
        evidence_words(m, EVIDENCE_FIELDS[3]),
    ]
}

/// The meetings as CSV, with a byte-order mark and CRLF line ends.
pub fn to_csv(meetings: impl IntoIterator<Item = Meeting>) -> String {
    let mut out = String::from("\u{FEFF}");
    out.push_str(&COLUMNS.join(","));
    out.push_str("\r\n");
    for m in meetings {
        out.push_str(&row(&m).iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

fn csv_field(s: &str) -> String {
    // Cells that a spreadsheet would run as formulas are prefixed with "'",
    // also when spaces or invisible characters come before the sign, which
    // some spreadsheets skip.
    let first = s.trim_start_matches(|c: char| c.is_whitespace() || crate::text::is_invisible(c)).chars().next();
    let formula = matches!(first, Some('=' | '+' | '-' | '@')) || s.starts_with(['\t', '\r']);
    let s = if formula { format!("'{s}") } else { s.to_owned() };
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s }
}

/// The meetings as an Excel 2003 XML workbook (SpreadsheetML): every cell a
/// string, so nothing in it is ever run as a formula.
pub fn to_spreadsheet(meetings: impl IntoIterator<Item = Meeting>) -> String {
    let mut out = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<?mso-application progid=\"Excel.Sheet\"?>\n",
        "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" ",
        "xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\">\n",
        "<Worksheet ss:Name=\"meetings\"><Table>\n",
    ));
    let mut put_row = |cells: &mut dyn Iterator<Item = &str>| {
        out.push_str("<Row>");
        for cell in cells {
            out.push_str("<Cell><Data ss:Type=\"String\">");
            out.push_str(&xml_text(cell));
            out.push_str("</Data></Cell>");
        }
        out.push_str("</Row>\n");
    };
    put_row(&mut COLUMNS.iter().copied());
    for m in meetings {
        let cells = row(&m);
        put_row(&mut cells.iter().map(String::as_str));
    }
    out.push_str("</Table></Worksheet></Workbook>\n");
    out
}

/// Text as XML character data: markup escaped, and the control characters
/// XML 1.0 cannot hold at all left out (a dataset may contain anything).
fn xml_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Participant;

    fn meeting() -> Meeting {
        Meeting {
            id: "x".into(),
            title: "=HYPERLINK(\"evil\"), \"قال\"".into(),
            participants: vec![
                Participant {
                    name: "Sergey Lavrov".into(), name_ar: "سيرغي لافروف".into(), ..Default::default()
                },
                Participant { name_ar: "فايز أبو الرب".into(), ..Default::default() },
            ],
            city: Some("Beijing".into()),
            city_ar: Some("بكين".into()),
            publisher: Some("وكالة سبوتنيك".into()),
            ..Default::default()
        }
    }

    #[test]
    fn csv_escapes_and_defuses_formulas() {
        let csv = to_csv([meeting()]);
        assert!(csv.starts_with('\u{FEFF}'));
        assert!(csv.contains("\"'=HYPERLINK(\"\"evil\"\"), \"\"قال\"\"\""), "{csv}");
        for hidden in [" =1+1", "\u{200B}=1+1", "\u{00A0}\u{200F}@SUM(A1)", "\u{2066}-2"] {
            assert!(csv_field(hidden).starts_with('\''), "{hidden:?}");
        }
        assert!(!csv_field("لقاء = 1").starts_with('\''));
    }

    #[test]
    fn both_exports_carry_arabic_beside_english_and_the_publisher() {
        let csv = to_csv([meeting()]);
        let header: Vec<&str> = csv.trim_start_matches('\u{FEFF}').lines().next().unwrap().split(',').collect();
        let cells: Vec<&str> = csv.lines().nth(1).unwrap().split(',').collect();
        let at = |name: &str| cells[header.iter().position(|h| *h == name).unwrap()];
        // Someone the knowledge base does not know keeps the Arabic name in both columns.
        assert_eq!(at("participants"), "Sergey Lavrov; فايز أبو الرب");
        assert_eq!(at("participants_ar"), "سيرغي لافروف; فايز أبو الرب");
        assert_eq!((at("city"), at("city_ar"), at("publisher")), ("Beijing", "بكين", "وكالة سبوتنيك"));
        let sheet = to_spreadsheet([meeting()]);
        assert!(sheet.contains("<Data ss:Type=\"String\">سيرغي لافروف; فايز أبو الرب</Data>"));
        assert_eq!(sheet.matches("<Row>").count(), 2);
    }

    #[test]
    fn exports_quote_the_words_each_field_stands_on() {
        use crate::model::Span;
        let mut m = meeting();
        m.title = "لقاء".into();
        m.article_text = "التقى وزير الخارجية سيرغي لافروف في بكين نظيره.".into();
        let span = |words: &str| {
            let start = m.article_text.find(words).unwrap();
            Span { start, end: start + words.len() }
        };
        let (minister, city) = (span("وزير الخارجية سيرغي لافروف"), span("بكين"));
        m.evidence.insert("participants".into(), vec![minister, minister]);
        m.evidence.insert("place".into(), vec![city]);
        // A range inside a letter, or past the end, from an edited dataset.
        m.evidence.insert("date".into(), vec![Span { start: 1, end: 3 }, Span { start: 0, end: 9999 }]);
        let csv = to_csv([m]);
        let header: Vec<&str> = csv.trim_start_matches('\u{FEFF}').lines().next().unwrap().split(',').collect();
        let cells: Vec<&str> = csv.lines().nth(1).unwrap().split(',').collect();
        let at = |name: &str| cells[header.iter().position(|h| *h == name).unwrap()];
        assert_eq!(at("evidence_participants"), "وزير الخارجية سيرغي لافروف");
        assert_eq!(at("evidence_place"), "بكين");
        assert_eq!((at("evidence_date"), at("evidence_occasion")), ("", ""));
    }

    #[test]
    fn the_spreadsheet_escapes_markup_and_drops_what_xml_cannot_hold() {
        let mut m = meeting();
        m.title = "<b>&\"\u{0}\u{1B}\tok".into();
        let sheet = to_spreadsheet([m]);
        assert!(sheet.contains("&lt;b&gt;&amp;&quot;\tok"), "{sheet}");
        assert!(!sheet.contains('\u{0}') && !sheet.contains('\u{1B}'));
        // Never a formula: every cell is a string, whatever it starts with.
        assert!(!sheet.contains("ss:Formula"));
    }
}
