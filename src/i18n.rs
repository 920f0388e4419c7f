//! Every interface string, one table per language. Data (names, quotes,
//! article text) never comes from here; only the widget's own words do.

use crate::filter::{Facet, Lang, Sort};

/// The editor dialog's words.
pub mod date_clue;
pub mod editor;

pub struct Strings {
    pub lang: &'static str,
    pub dir: &'static str,
    pub title: &'static str,
    pub subtitle: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub filters: &'static str,
    pub show_filters: &'static str,
    pub clear_all: &'static str,
    pub active_filters: &'static str,
    pub remove_filter: &'static str,
    pub date_range: &'static str,
    pub from: &'static str,
    pub to: &'static str,
    /// How a date is typed in the range's fields, and what is said when it is no date.
    pub date_hint: &'static str,
    pub date_placeholder: &'static str,
    pub date_invalid: &'static str,
    pub sort: &'static str,
    pub switch_language: &'static str,
    pub switch_language_label: &'static str,
    /// The toggle for Arabic-Indic digits (shown in the Arabic interface only).
    pub indic_digits: &'static str,
    pub indic_digits_label: &'static str,
    pub timeline: &'static str,
    pub timeline_hint: &'static str,
    /// The map of meeting places and the who-met-whom matrix.
    pub map: &'static str,
    pub map_hint: &'static str,
    pub matrix: &'static str,
    pub matrix_hint: &'static str,
    /// The folded list of people past the matrix's.
    pub more_people: &'static str,
    /// A chip for a pair from the matrix.
    pub together: &'static str,
    pub results: &'static str,
    pub read_article: &'static str,
    pub close: &'static str,
    pub evidence_title: &'static str,
    pub evidence_hint: &'static str,
    /// Above the cards: what a fact's dotted underline does.
    pub fact_hint: &'static str,
    pub why_this_date: &'static str,
    pub date_unknown: &'static str,
    pub announced: &'static str,
    pub held: &'static str,
    /// The kinds of encounter, as a facet value and (for a call) a card's badge.
    pub meeting_kind: &'static str,
    pub call_kind: &'static str,
    /// A card with a fact corrected by hand.
    pub corrected: &'static str,
    pub bilateral: &'static str,
    pub said: &'static str,
    pub source: &'static str,
    /// A card's link to the article where it was first published.
    pub original_article: &'static str,
    /// The evidence view's line naming the file the card came from.
    pub source_file: &'static str,
    pub agencies: &'static str,
    pub participants: &'static str,
    pub place: &'static str,
    pub occasion: &'static str,
    pub topics: &'static str,
    pub quote: &'static str,
    pub hijri: &'static str,
    pub empty_title: &'static str,
    pub empty_hint: &'static str,
    /// The menu of the downloads.
    pub download: &'static str,
    pub export_csv: &'static str,
    pub export_json: &'static str,
    /// The Excel 2003 XML workbook, which LibreOffice and Excel open with the Arabic intact.
    pub export_spreadsheet: &'static str,
    pub print: &'static str,
    pub copy_link: &'static str,
    /// Said once the link to the view is on the clipboard.
    pub link_copied: &'static str,
    /// The prompt that holds the link where the clipboard is out of reach.
    pub copy_this_link: &'static str,
    pub stated: &'static str,
    pub inferred: &'static str,
    pub article_language_note: &'static str,
    pub show_more: &'static str,
    /// The first stop of the keyboard: past the controls to the cards.
    pub skip_to_results: &'static str,
    /// The printout's header line.
    pub printed_on: &'static str,
    pub no_filters: &'static str,
    /// The filter sheet of a narrow widget: its close button.
    pub close_filters: &'static str,
}

pub const AR: Strings = Strings {
    lang: "ar",
    dir: "rtl",
    title: "لقاءات دبلوماسية",
    subtitle: "لقاءات وزراء الخارجية كما روتها الأخبار العربية، مع المصدر لكل معلومة.",
    search_label: "ابحث في اللقاءات",
    search_placeholder: "لافروف، وانغ يي، بكين، شنغهاي…",
    filters: "التصفية",
    show_filters: "عوامل التصفية",
    clear_all: "مسح الكل",
    active_filters: "التصفية الحالية",
    remove_filter: "إزالة",
    date_range: "الفترة",
    from: "من",
    to: "إلى",
    date_hint: "اكتب التاريخ: اليوم/الشهر/السنة",
    date_placeholder: "يوم/شهر/سنة",
    date_invalid: "تاريخ غير صحيح: اكتب اليوم ثم الشهر ثم السنة كاملة",
    sort: "الترتيب",
    switch_language: "English",
    switch_language_label: "Switch to English",
    indic_digits: "١٢٣",
    indic_digits_label: "الأرقام الهندية (١٢٣)",
    timeline: "الخط الزمني للقاءات",
    timeline_hint: "اسحب على الخط الزمني لاختيار فترة، أو اختر لقاءً لفتح بطاقته.",
    map: "أماكن اللقاءات",
    map_hint: "حجم الدائرة بعدد اللقاءات في النتائج؛ اختر مدينة لعرض لقاءاتها.",
    matrix: "من التقى بمن",
    matrix_hint: "كل خانة عدد لقاءات الاثنين معًا؛ اختر خانة لعرضها، أو اسمًا لعرض لقاءات صاحبه.",
    more_people: "مشاركون آخرون",
    together: "معًا",
    results: "اللقاءات",
    read_article: "اقرأ الخبر",
    close: "إغلاق",
    evidence_title: "من نص الخبر",
    evidence_hint: "الكلمات المظللة هي ما تستند إليه المعلومة.",
    fact_hint: "المعلومات المسطّرة بنقاط تفتح نص الخبر وتظلّل ما تستند إليه.",
    why_this_date: "لماذا هذا التاريخ؟",
    date_unknown: "تاريخ غير معروف",
    announced: "لقاء مرتقب",
    held: "لقاء عُقد",
    meeting_kind: "لقاء مباشر",
    call_kind: "اتصال هاتفي أو مرئي",
    corrected: "صُحّح يدوياً",
    bilateral: "لقاء ثنائي",
    said: "قال",
    source: "المصدر",
    original_article: "الخبر الأصلي",
    source_file: "الملف",
    agencies: "الوكالات",
    participants: "المشاركون",
    place: "المكان",
    occasion: "المناسبة",
    topics: "المواضيع",
    quote: "اقتباس",
    hijri: "هجري",
    empty_title: "لا توجد لقاءات تطابق هذا البحث.",
    empty_hint: "جرّب كلمة أخرى أو أزل بعض عوامل التصفية.",
    download: "تنزيل",
    export_csv: "تنزيل CSV",
    export_json: "تنزيل JSON",
    export_spreadsheet: "تنزيل جدول (Excel/LibreOffice)",
    print: "طباعة",
    copy_link: "نسخ الرابط",
    link_copied: "نُسخ رابط هذا العرض.",
    copy_this_link: "انسخ رابط هذا العرض:",
    stated: "مذكور في الخبر",
    inferred: "مستنتج",
    article_language_note: "",
    show_more: "عرض المزيد",
    skip_to_results: "انتقل إلى اللقاءات",
    printed_on: "طُبع في",
    no_filters: "كل اللقاءات",
    close_filters: "أغلق التصفية",
};

pub const EN: Strings = Strings {
    lang: "en",
    dir: "ltr",
    title: "Diplomatic meetings",
    subtitle: "Foreign ministers' meetings as Arabic news reported them, with the source of every fact.",
    search_label: "Search the meetings",
    search_placeholder: "Lavrov, Wang Yi, Beijing, SCO…",
    filters: "Filters",
    show_filters: "Filters",
    clear_all: "Clear all",
    active_filters: "Active filters",
    remove_filter: "Remove",
    date_range: "Dates",
    from: "From",
    to: "To",
    date_hint: "Type the date as day/month/year",
    date_placeholder: "dd/mm/yyyy",
    date_invalid: "Not a date: write the day, the month, then the full year",
    sort: "Sort",
    switch_language: "العربية",
    switch_language_label: "التبديل إلى العربية",
    indic_digits: "١٢٣",
    indic_digits_label: "Arabic-Indic digits (١٢٣)",
    timeline: "Timeline of meetings",
    timeline_hint: "Drag across the timeline to pick a period, or choose a meeting to open its card.",
    map: "Where they met",
    map_hint: "Each circle is sized by its meetings in the results; choose a city to show its meetings.",
    matrix: "Who met whom",
    matrix_hint: "Each cell counts two people's meetings together; choose one to show them, or a name for that person's meetings.",
    more_people: "Other participants",
    together: "Together",
    results: "Meetings",
    read_article: "Read the article",
    close: "Close",
    evidence_title: "From the article",
    evidence_hint: "The highlighted words are what the fact rests on.",
    fact_hint: "Facts with a dotted underline open the article with their evidence highlighted.",
    why_this_date: "Why this date?",
    date_unknown: "Date unknown",
    announced: "Announced",
    held: "Held",
    meeting_kind: "In person",
    call_kind: "Call",
    corrected: "Corrected by hand",
    bilateral: "Bilateral",
    said: "said",
    source: "Source",
    original_article: "Original article",
    source_file: "File",
    agencies: "Agencies",
    participants: "Participants",
    place: "Place",
    occasion: "Occasion",
    topics: "Topics",
    quote: "Quote",
    hijri: "Hijri",
    empty_title: "No meeting matches this search.",
    empty_hint: "Try another word or remove some filters.",
    download: "Download",
    export_csv: "Download CSV",
    export_json: "Download JSON",
    export_spreadsheet: "Download spreadsheet (Excel/LibreOffice)",
    print: "Print",
    copy_link: "Copy link",
    link_copied: "Link to this view copied.",
    copy_this_link: "Copy the link to this view:",
    stated: "stated in the article",
    inferred: "inferred",
    article_language_note: "Article text in Arabic",
    show_more: "Show more",
    skip_to_results: "Skip to the meetings",
    printed_on: "printed on",
    no_filters: "all meetings",
    close_filters: "Close the filters",
};

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Ar => &AR,
        Lang::En => &EN,
    }
}

pub fn facet_name(lang: Lang, facet: Facet) -> &'static str {
    match (lang, facet) {
        (Lang::Ar, Facet::Year) => "السنة",
        (Lang::Ar, Facet::Country) => "البلد",
        (Lang::Ar, Facet::City) => "المدينة",
        (Lang::Ar, Facet::Participant) => "المشاركون",
        (Lang::Ar, Facet::Occasion) => "المناسبة",
        (Lang::Ar, Facet::Topic) => "الموضوع",
        (Lang::Ar, Facet::Agency) => "الوكالة",
        (Lang::Ar, Facet::Status) => "الحالة",
        (Lang::Ar, Facet::Kind) => "نوع التواصل",
        (Lang::En, Facet::Year) => "Year",
        (Lang::En, Facet::Country) => "Country",
        (Lang::En, Facet::City) => "City",
        (Lang::En, Facet::Participant) => "Participant",
        (Lang::En, Facet::Occasion) => "Occasion",
        (Lang::En, Facet::Topic) => "Topic",
        (Lang::En, Facet::Agency) => "Agency",
        (Lang::En, Facet::Status) => "Status",
        (Lang::En, Facet::Kind) => "Kind",
    }
}

pub fn sort_name(lang: Lang, sort: Sort) -> &'static str {
    match (lang, sort) {
        (Lang::Ar, Sort::Newest) => "الأحدث أولًا",
        (Lang::Ar, Sort::Oldest) => "الأقدم أولًا",
        (Lang::Ar, Sort::Relevance) => "الأكثر صلة",
        (Lang::En, Sort::Newest) => "Newest first",
        (Lang::En, Sort::Oldest) => "Oldest first",
        (Lang::En, Sort::Relevance) => "Most relevant",
    }
}

/// A count's plural category, as `Intl.PluralRules` names them (CLDR).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    /// The category `Intl.PluralRules.select` answers.
    pub fn from_cldr(name: &str) -> Plural {
        match name {
            "zero" => Plural::Zero,
            "one" => Plural::One,
            "two" => Plural::Two,
            "few" => Plural::Few,
            "many" => Plural::Many,
            _ => Plural::Other,
        }
    }
}

/// The locale's way with numbers and dates: its digits, its plural
/// categories and its long dates (in the page, `Intl.NumberFormat`,
/// `Intl.PluralRules` and `Intl.DateTimeFormat`).
pub struct Locale {
    pub number: fn(Lang, usize) -> String,
    /// A year, ungrouped, in the reader's digits.
    pub year: fn(Lang, i32) -> String,
    pub plural: fn(Lang, usize) -> Plural,
    /// An ISO date in words ("28 July 2022").
    pub date: fn(Lang, &str) -> String,
    /// The same day in the Hijri (Umm al-Qura) calendar, where the browser has it.
    pub hijri: fn(Lang, &str) -> Option<String>,
    /// Two ISO dates as one compact range ("25–27 July 2024"), in either calendar.
    pub date_range: fn(Lang, &str, &str) -> String,
    pub hijri_range: fn(Lang, &str, &str) -> Option<String>,
}

/// A counted noun in Arabic, by plural category: zero, one, two, few (3-10),
/// many (11-99), other (100, 101...). `{}` is the number.
struct ArabicNoun([&'static str; 6]);

const MEETINGS_AR: ArabicNoun = ArabicNoun(["لا لقاءات", "لقاء واحد", "لقاءان", "{} لقاءات", "{} لقاءً", "{} لقاء"]);
const RECORDS_AR: ArabicNoun = ArabicNoun(["لا سجلات", "سجل واحد", "سجلان", "{} سجلات", "{} سجلًا", "{} سجل"]);

fn counted(lang: Lang, n: usize, en: (&str, &str), ar: &ArabicNoun, c: &Locale) -> String {
    match lang {
        Lang::En => format!("{} {}", (c.number)(lang, n), if (c.plural)(lang, n) == Plural::One { en.0 } else { en.1 }),
        Lang::Ar => {
            let form = ar.0[(c.plural)(lang, n) as usize];
            form.replace("{}", &(c.number)(lang, n))
        }
    }
}

/// "6 meetings", "لقاءان", "12 لقاءً" in the language's grammar.
pub fn meetings_count(lang: Lang, n: usize, c: &Locale) -> String {
    counted(lang, n, ("meeting", "meetings"), &MEETINGS_AR, c)
}

/// "3 of 6 meetings" in the language's grammar.
pub fn count_label(lang: Lang, shown: usize, total: usize, c: &Locale) -> String {
    let total_text = meetings_count(lang, total, c);
    match lang {
        _ if shown == total => total_text,
        Lang::En => format!("{} of {total_text}", (c.number)(lang, shown)),
        Lang::Ar => format!("{} من {total_text}", (c.number)(lang, shown)),
    }
}

/// A facet's folded values: "12 more", "المزيد (12)".
pub fn more_values(lang: Lang, n: usize, c: &Locale) -> String {
    match lang {
        Lang::En => format!("{} more", (c.number)(lang, n)),
        Lang::Ar => format!("المزيد ({})", (c.number)(lang, n)),
    }
}

/// The filter sheet's action: "Show 2 meetings", "اعرض النتائج (2)".
pub fn show_results_label(lang: Lang, n: usize, c: &Locale) -> String {
    match lang {
        Lang::En => format!("Show {}", meetings_count(lang, n, c)),
        Lang::Ar => format!("اعرض النتائج ({})", (c.number)(lang, n)),
    }
}

/// The line a dataset with bad records opens with: how many records were
/// left out and how many put right.
pub fn load_notice(lang: Lang, skipped: usize, repaired: usize, c: &Locale) -> String {
    let records = |n| counted(lang, n, ("record", "records"), &RECORDS_AR, c);
    match (lang, skipped, repaired) {
        (Lang::En, s, 0) => format!(
            "{} of the dataset could not be read and {} left out.",
            records(s),
            if s == 1 { "was" } else { "were" }
        ),
        (Lang::En, 0, r) => {
            format!("{} of the dataset had faulty fields, which were left out or put right.", records(r))
        }
        (Lang::En, s, r) => format!(
            "{} of the dataset could not be read and were left out; {} had faulty fields, put right.",
            records(s),
            records(r)
        ),
        (Lang::Ar, s, 0) => format!("تعذّرت قراءة {} من البيانات فاستُبعد.", records(s)),
        (Lang::Ar, 0, r) => format!("في {} من البيانات حقول معيبة، حُذفت أو صُحّحت.", records(r)),
        (Lang::Ar, s, r) => {
            format!("تعذّرت قراءة {} من البيانات فاستُبعد، وفي {} حقول معيبة صُحّحت.", records(s), records(r))
        }
    }
}

/// How each line of the notice's details starts: "Record 12 left out:"; the
/// reason that follows is [`fault`].
pub fn notice_detail(lang: Lang, record: usize, skipped: bool, c: &Locale) -> String {
    let n = (c.number)(lang, record);
    match (lang, skipped) {
        (Lang::En, true) => format!("Record {n} left out:"),
        (Lang::En, false) => format!("Record {n}:"),
        (Lang::Ar, true) => format!("السجل {n} استُبعد:"),
        (Lang::Ar, false) => format!("السجل {n}:"),
    }
}

/// What a load found wrong with a record and what it did, in the reader's
/// language. The dataset's field names and values are code-like and read
/// left to right, each in its own isolate: bare, "2024-05-09" inside an
/// Arabic line shows as 09-05-2024, and a first-strong isolate does not
/// help a value with no letters.
pub fn fault(lang: Lang, fault: &crate::repair::Fault, c: &Locale) -> String {
    use crate::repair::{Fault, YEARS};
    let iso = |s: &str| format!("\u{2066}{s}\u{2069}");
    let quoted = |s: &str| iso(&format!("{s:?}"));
    let (first, last) = (YEARS.start(), YEARS.end());
    match (lang, fault) {
        (Lang::En, Fault::NotAnObject) => "not an object with fields, so nothing to show.".into(),
        (Lang::Ar, Fault::NotAnObject) => "ليس سجلًّا ذا حقول، فلا شيء فيه يُعرض.".into(),
        (Lang::En, Fault::Unreadable { field, value }) => {
            format!("its {} cannot be read ({}), and a meeting is nothing without it.", iso(field), iso(value))
        }
        (Lang::Ar, Fault::Unreadable { field, value }) => {
            format!("تعذّرت قراءة حقله {} ({})، ولا لقاء بدونه.", iso(field), iso(value))
        }
        (Lang::En, Fault::Missing { field }) => {
            format!("it has no {}, and a meeting is nothing without it.", iso(field))
        }
        (Lang::Ar, Fault::Missing { field }) => format!("ليس فيه الحقل {}، ولا لقاء بدونه.", iso(field)),
        (Lang::En, Fault::Unread { reason }) => format!("it cannot be read: {}.", iso(reason)),
        (Lang::Ar, Fault::Unread { reason }) => format!("تعذّرت قراءته: {}.", iso(reason)),
        (Lang::En, Fault::WrongType { field }) => format!("its {} is not of the right type; left out.", iso(field)),
        (Lang::Ar, Fault::WrongType { field }) => format!("حقله {} ليس من النوع المطلوب، فحُذف.", iso(field)),
        (Lang::En, Fault::NotADay { field, value }) => {
            format!("its {} {} is not a day between {first} and {last}; left out.", iso(field), quoted(value))
        }
        (Lang::Ar, Fault::NotADay { field, value }) => {
            format!("حقله {} ({}) ليس يومًا بين عامَي {first} و{last}، فحُذف.", iso(field), quoted(value))
        }
        (Lang::En, Fault::Backwards { start, end }) => {
            format!("its dates run backwards ({} to {}); swapped.", iso(start), iso(end))
        }
        (Lang::Ar, Fault::Backwards { start, end }) => {
            format!("تاريخ نهايته قبل تاريخ بدايته ({} ثم {})، فبُدّلا.", iso(start), iso(end))
        }
        (Lang::En, Fault::OffEarth) => "its coordinates are not a place on Earth; left out.".into(),
        (Lang::Ar, Fault::OffEarth) => "إحداثياته ليست مكانًا على الأرض، فحُذفت.".into(),
        (Lang::En, Fault::SpansOutside { count: 1 }) => {
            "one piece of its evidence points outside the article's text; left out.".into()
        }
        (Lang::En, Fault::SpansOutside { count }) => {
            format!("{} pieces of its evidence point outside the article's text; left out.", (c.number)(lang, *count))
        }
        (Lang::Ar, Fault::SpansOutside { count: 1 }) => "شاهد من شواهده يقع خارج نص الخبر، فحُذف.".into(),
        (Lang::Ar, Fault::SpansOutside { count: 2 }) => "شاهدان من شواهده يقعان خارج نص الخبر، فحُذفا.".into(),
        (Lang::Ar, Fault::SpansOutside { count }) => {
            format!("{} من شواهده تقع خارج نص الخبر، فحُذفت.", (c.number)(lang, *count))
        }
        (Lang::En, Fault::NoId { given }) => format!("it has no id; given {}.", quoted(given)),
        (Lang::Ar, Fault::NoId { given }) => format!("لا معرّف له، فأُعطي {}.", quoted(given)),
        (Lang::En, Fault::RepeatedId { id, given }) => {
            format!("its id {} repeats an earlier record's; given {}.", quoted(id), quoted(given))
        }
        (Lang::Ar, Fault::RepeatedId { id, given }) => {
            format!("معرّفه {} مكرّر من سجل سابق، فأُعطي {}.", quoted(id), quoted(given))
        }
    }
}

/// Latin digits and CLDR's plural rules, for native tests where there is no `Intl`.
#[cfg(test)]
pub const PLAIN_LOCALE: Locale = Locale {
    number: |_, n| n.to_string(),
    year: |_, y| y.to_string(),
    date: |_, iso| iso.to_owned(),
    hijri: |_, _| None,
    date_range: |_, a, b| format!("{a} – {b}"),
    hijri_range: |_, _, _| None,
    plural: |lang, n| match (lang, n) {
        (Lang::En, 1) => Plural::One,
        (Lang::En, _) => Plural::Other,
        (Lang::Ar, 0) => Plural::Zero,
        (Lang::Ar, 1) => Plural::One,
        (Lang::Ar, 2) => Plural::Two,
        (Lang::Ar, n) => match n % 100 {
            3..=10 => Plural::Few,
            11..=99 => Plural::Many,
            _ => Plural::Other,
        },
    },
};

/// "Loading meetings: 35,000 of 100,000", while a large dataset is indexed.
pub fn loading_label(lang: Lang, done: usize, total: usize, number: &dyn Fn(usize) -> String) -> String {
    match lang {
        Lang::En => format!("Loading meetings: {} of {}…", number(done), number(total)),
        Lang::Ar => format!("جارٍ تحميل اللقاءات: {} من {}…", number(done), number(total)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn load_faults_read_in_the_readers_language_with_the_datasets_words_isolated() {
        use crate::repair::Fault;
        let faults = [
            Fault::NotAnObject,
            Fault::Unreadable { field: "status".into(), value: "\"cancelled\"".into() },
            Fault::Missing { field: "participants".into() },
            Fault::Unread { reason: "invalid type: string".into() },
            Fault::WrongType { field: "date_basis".into() },
            Fault::NotADay { field: "date_start".into(), value: "yesterday".into() },
            Fault::Backwards { start: "2024-05-09".into(), end: "2024-05-02".into() },
            Fault::OffEarth,
            Fault::SpansOutside { count: 1 },
            Fault::SpansOutside { count: 2 },
            Fault::SpansOutside { count: 5 },
            Fault::NoId { given: "record-3".into() },
            Fault::RepeatedId { id: "x".into(), given: "x__2".into() },
        ];
        // The line outside its isolates: the interface's own words.
        let own_words = |line: &str| {
            let mut out = String::new();
            let mut depth = 0;
            for ch in line.chars() {
                match ch {
                    '\u{2066}' => depth += 1,
                    '\u{2069}' => depth -= 1,
                    _ if depth == 0 => out.push(ch),
                    _ => {}
                }
            }
            out
        };
        for f in &faults {
            let ar = own_words(&fault(Lang::Ar, f, &PLAIN_LOCALE));
            let en = own_words(&fault(Lang::En, f, &PLAIN_LOCALE));
            assert!(!ar.chars().any(|c| c.is_ascii_alphabetic()), "{f:?}: {ar}");
            assert!(ar.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c)), "{f:?}: {ar}");
            assert!(!en.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)), "{f:?}: {en}");
        }
        let line =
            fault(Lang::Ar, &Fault::NotADay { field: "date_start".into(), value: "yesterday".into() }, &PLAIN_LOCALE);
        assert!(line.contains("\u{2066}date_start\u{2069}") && line.contains("yesterday"), "{line}");
    }

    #[test]
    fn loading_says_how_far_it_is() {
        let n = |x: usize| x.to_string();
        assert_eq!(loading_label(Lang::En, 3000, 100000, &n), "Loading meetings: 3000 of 100000…");
        assert_eq!(loading_label(Lang::Ar, 0, 7, &n), "جارٍ تحميل اللقاءات: 0 من 7…");
    }

    #[test]
    fn counts_read_naturally_in_both_languages() {
        let (ar, en) = (&PLAIN_LOCALE, &PLAIN_LOCALE);
        assert_eq!(count_label(Lang::Ar, 6, 6, ar), "6 لقاءات");
        assert_eq!(count_label(Lang::Ar, 1, 6, ar), "1 من 6 لقاءات");
        assert_eq!(count_label(Lang::Ar, 2, 2, ar), "لقاءان");
        assert_eq!(count_label(Lang::Ar, 12, 12, ar), "12 لقاءً");
        assert_eq!(count_label(Lang::Ar, 0, 0, ar), "لا لقاءات");
        assert_eq!(count_label(Lang::Ar, 100, 100, ar), "100 لقاء");
        assert_eq!(count_label(Lang::Ar, 0, 103, ar), "0 من 103 لقاءات");
        assert_eq!(count_label(Lang::En, 1, 1, en), "1 meeting");
        assert_eq!(count_label(Lang::En, 0, 6, en), "0 of 6 meetings");
    }

    #[test]
    fn the_load_notice_counts_what_was_left_out() {
        let (ar, en) = (&PLAIN_LOCALE, &PLAIN_LOCALE);
        assert_eq!(load_notice(Lang::En, 1, 0, en), "1 record of the dataset could not be read and was left out.");
        assert_eq!(load_notice(Lang::Ar, 1, 0, ar), "تعذّرت قراءة سجل واحد من البيانات فاستُبعد.");
        assert!(
            load_notice(Lang::Ar, 2, 11, ar).contains("سجلان") && load_notice(Lang::Ar, 2, 11, ar).contains("11 سجلًا")
        );
    }
}
