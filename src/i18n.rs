//! Every interface string, one table per language. Data (names, quotes,
//! article text) never comes from here; only the widget's own words do.

use crate::filter::{Facet, Lang, Sort};

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
    pub sort: &'static str,
    pub switch_language: &'static str,
    pub switch_language_label: &'static str,
    pub timeline: &'static str,
    pub timeline_hint: &'static str,
    pub results: &'static str,
    pub read_article: &'static str,
    pub close: &'static str,
    pub evidence_title: &'static str,
    pub evidence_hint: &'static str,
    pub why_this_date: &'static str,
    pub date_unknown: &'static str,
    pub announced: &'static str,
    pub held: &'static str,
    /// The kinds of encounter, as a facet value and (for a call) a card's badge.
    pub meeting_kind: &'static str,
    pub call_kind: &'static str,
    pub bilateral: &'static str,
    pub said: &'static str,
    pub source: &'static str,
    pub agencies: &'static str,
    pub participants: &'static str,
    pub place: &'static str,
    pub occasion: &'static str,
    pub topics: &'static str,
    pub quote: &'static str,
    pub hijri: &'static str,
    pub empty_title: &'static str,
    pub empty_hint: &'static str,
    pub export_csv: &'static str,
    pub export_json: &'static str,
    pub print: &'static str,
    pub stated: &'static str,
    pub inferred: &'static str,
    pub article_language_note: &'static str,
    pub show_more: &'static str,
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
    sort: "الترتيب",
    switch_language: "English",
    switch_language_label: "Switch to English",
    timeline: "الخط الزمني للقاءات",
    timeline_hint: "اسحب على الخط الزمني لاختيار فترة، أو اختر لقاءً لفتح بطاقته.",
    results: "اللقاءات",
    read_article: "اقرأ الخبر",
    close: "إغلاق",
    evidence_title: "من نص الخبر",
    evidence_hint: "الكلمات المظللة هي ما تستند إليه المعلومة.",
    why_this_date: "لماذا هذا التاريخ؟",
    date_unknown: "تاريخ غير معروف",
    announced: "لقاء مرتقب",
    held: "لقاء عُقد",
    meeting_kind: "لقاء مباشر",
    call_kind: "اتصال هاتفي أو مرئي",
    bilateral: "لقاء ثنائي",
    said: "قال",
    source: "المصدر",
    agencies: "الوكالات",
    participants: "المشاركون",
    place: "المكان",
    occasion: "المناسبة",
    topics: "المواضيع",
    quote: "اقتباس",
    hijri: "هجري",
    empty_title: "لا توجد لقاءات تطابق هذا البحث.",
    empty_hint: "جرّب كلمة أخرى أو أزل بعض عوامل التصفية.",
    export_csv: "تنزيل CSV",
    export_json: "تنزيل JSON",
    print: "طباعة",
    stated: "مذكور في الخبر",
    inferred: "مستنتج",
    article_language_note: "",
    show_more: "عرض المزيد",
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
    sort: "Sort",
    switch_language: "العربية",
    switch_language_label: "التبديل إلى العربية",
    timeline: "Timeline of meetings",
    timeline_hint: "Drag across the timeline to pick a period, or choose a meeting to open its card.",
    results: "Meetings",
    read_article: "Read the article",
    close: "Close",
    evidence_title: "From the article",
    evidence_hint: "The highlighted words are what the fact rests on.",
    why_this_date: "Why this date?",
    date_unknown: "Date unknown",
    announced: "Announced",
    held: "Held",
    meeting_kind: "In person",
    call_kind: "Call",
    bilateral: "Bilateral",
    said: "said",
    source: "Source",
    agencies: "Agencies",
    participants: "Participants",
    place: "Place",
    occasion: "Occasion",
    topics: "Topics",
    quote: "Quote",
    hijri: "Hijri",
    empty_title: "No meeting matches this search.",
    empty_hint: "Try another word or remove some filters.",
    export_csv: "Download CSV",
    export_json: "Download JSON",
    print: "Print",
    stated: "stated in the article",
    inferred: "inferred",
    article_language_note: "Article text in Arabic",
    show_more: "Show more",
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

/// "3 of 6 meetings" in the language's grammar. `number` formats digits.
pub fn count_label(lang: Lang, shown: usize, total: usize, number: &dyn Fn(usize) -> String) -> String {
    match lang {
        Lang::En => {
            let noun = if total == 1 { "meeting" } else { "meetings" };
            if shown == total {
                format!("{} {noun}", number(total))
            } else {
                format!("{} of {} {noun}", number(shown), number(total))
            }
        }
        Lang::Ar => {
            // Arabic counted nouns: 1 and 2 have their own forms, 3–10 take
            // the plural, 11 and up the singular accusative.
            let noun = match total % 100 {
                _ if total == 1 => "لقاء واحد",
                _ if total == 2 => "لقاءان",
                3..=10 => "لقاءات",
                _ => "لقاءً",
            };
            let total_text = if total <= 2 { noun.to_owned() } else { format!("{} {noun}", number(total)) };
            if shown == total { total_text } else { format!("{} من {total_text}", number(shown)) }
        }
    }
}

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
    fn loading_says_how_far_it_is() {
        let n = |x: usize| x.to_string();
        assert_eq!(loading_label(Lang::En, 3000, 100000, &n), "Loading meetings: 3000 of 100000…");
        assert_eq!(loading_label(Lang::Ar, 0, 7, &n), "جارٍ تحميل اللقاءات: 0 من 7…");
    }

    #[test]
    fn counts_read_naturally_in_both_languages() {
        let n = |x: usize| x.to_string();
        assert_eq!(count_label(Lang::Ar, 6, 6, &n), "6 لقاءات");
        assert_eq!(count_label(Lang::Ar, 1, 6, &n), "1 من 6 لقاءات");
        assert_eq!(count_label(Lang::Ar, 2, 2, &n), "لقاءان");
        assert_eq!(count_label(Lang::Ar, 12, 12, &n), "12 لقاءً");
        assert_eq!(count_label(Lang::En, 1, 1, &n), "1 meeting");
        assert_eq!(count_label(Lang::En, 0, 6, &n), "0 of 6 meetings");
    }
}
