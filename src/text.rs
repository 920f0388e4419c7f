//! The one Arabic normalizer. The extractor, the knowledge base, the search
//! index and the reader's query all go through [`fold_char`], so a spelling
//! that matches in one place matches in all of them.
//!
//! Folding is deliberately lossy: it merges the letters that Arabic media use
//! interchangeably (hamza seats on alef, ى/ي, ة/ه) and the letters that
//! transliterate a foreign g (غ ج ق ك: وانغ / وانج, شانغهاي / شنغهاي).
//! Original byte offsets are kept on every token so matches can be shown in
//! the unnormalized text.

/// One word of the original text: its folded form and its byte range there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub folded: String,
    pub start: usize,
    pub end: usize,
}

/// An http(s) address in one word: the only kind of address that may become
/// a link or a record's `url` ("javascript:", "data:" and the rest never do).
pub fn is_web_address(url: &str) -> bool {
    let scheme = |s: &str| url.get(..s.len()).is_some_and(|head| head.eq_ignore_ascii_case(s));
    (scheme("https://") || scheme("http://")) && !url.contains(char::is_whitespace)
}

/// Zero-width and direction controls: characters a reader does not see.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}' | '\u{00AD}')
}

/// Folds one character; `None` drops it (tashkeel, tatweel, invisible controls).
pub fn fold_char(c: char) -> Option<char> {
    Some(match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => 'ا',
        'ى' | 'ی' | 'ئ' => 'ي',
        'ؤ' => 'و',
        'ة' => 'ه',
        // The letters a foreign "g" or "k" is written with.
        'غ' | 'ج' | 'ق' | 'ك' | 'ک' | 'گ' => 'ك',
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => return None,
        c if is_invisible(c) => return None,
        '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
        '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
        // Fast paths: the Arabic block and ASCII need no Unicode tables.
        '\u{0600}'..='\u{06FF}' => c,
        c if c.is_ascii() => c.to_ascii_lowercase(),
        c if c.is_uppercase() => c.to_lowercase().next().unwrap_or(c),
        c => c,
    })
}

/// The letters folding merges as a foreign "g" or "k", as written: two names
/// the fold makes one ("الغيني" Guinean, "الكيني" Kenyan) differ here.
pub fn g_letters(text: &str) -> String {
    text.chars().filter(|c| matches!(c, 'غ' | 'ج' | 'ق' | 'ك' | 'ک' | 'گ')).collect()
}

/// An Arabic letter of the basic block, hamza to yeh (tatweel included):
/// what an Arabic word starts with.
pub fn is_arabic_letter(c: char) -> bool {
    ('\u{0621}'..='\u{064A}').contains(&c)
}

/// True for characters that belong inside a word (after folding).
fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}' => true,
        c if c.is_ascii() => false,
        '\u{0600}'..='\u{06FF}' => false,
        c => c.is_alphanumeric(),
    }
}

/// True where a word changes from digits to Arabic letters or back.
fn digit_meets_arabic(a: char, b: char) -> bool {
    let arabic = |c: char| ('\u{0600}'..='\u{06FF}').contains(&c);
    (a.is_ascii_digit() && arabic(b)) || (arabic(a) && b.is_ascii_digit())
}

/// Folds a whole string: words keep their letters, everything else becomes a
/// single space, so `normalize("وانغ  يي،")` is `"وانك يي"`.
pub fn normalize(text: &str) -> String {
    let words: Vec<String> = tokens(text).into_iter().map(|t| t.folded).collect();
    words.join(" ")
}

/// Splits text into folded words with their byte ranges in `text`.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    each_word(text, |folded, start, end| out.push(Token { folded: folded.to_owned(), start, end }));
    out
}

/// Arabic Presentation Forms-B from U+FE80 on, in order: each letter and how
/// many of its positional forms (isolated, final, initial, medial) follow.
const PRESENTATION_FORMS: [(char, u8); 36] = [
    ('ء', 1),
    ('آ', 2),
    ('أ', 2),
    ('ؤ', 2),
    ('إ', 2),
    ('ئ', 4),
    ('ا', 2),
    ('ب', 4),
    ('ة', 2),
    ('ت', 4),
    ('ث', 4),
    ('ج', 4),
    ('ح', 4),
    ('خ', 4),
    ('د', 2),
    ('ذ', 2),
    ('ر', 2),
    ('ز', 2),
    ('س', 4),
    ('ش', 4),
    ('ص', 4),
    ('ض', 4),
    ('ط', 4),
    ('ظ', 4),
    ('ع', 4),
    ('غ', 4),
    ('ف', 4),
    ('ق', 4),
    ('ك', 4),
    ('ل', 4),
    ('م', 4),
    ('ن', 4),
    ('ه', 4),
    ('و', 2),
    ('ى', 2),
    ('ي', 4),
];

/// The letters a presentation form stands for: scraped pages print "اﻷسد"
/// with the lam-alef ligature, or a letter in a positional form. Two for a
/// ligature, one for a positional form, `None` for any other character.
fn presentation_letters(c: char) -> Option<(char, Option<char>)> {
    let code = c as u32;
    let alef_after_lam = match code {
        0xFEF5 | 0xFEF6 => Some('آ'),
        0xFEF7 | 0xFEF8 => Some('أ'),
        0xFEF9 | 0xFEFA => Some('إ'),
        0xFEFB | 0xFEFC => Some('ا'),
        _ => None,
    };
    if let Some(alef) = alef_after_lam {
        return Some(('ل', Some(alef)));
    }
    let mut offset = code.checked_sub(0xFE80)?;
    for (letter, forms) in PRESENTATION_FORMS {
        if offset < u32::from(forms) {
            return Some((letter, None));
        }
        offset -= u32::from(forms);
    }
    None
}

/// Calls `f` with each folded word of `text` and its byte range, reusing one
/// buffer: the index build runs this over every word of every meeting.
pub fn each_word(text: &str, mut f: impl FnMut(&str, usize, usize)) {
    let mut word = String::new();
    let (mut start, mut end) = (0, 0);
    let letters = text.char_indices().flat_map(|(i, c)| {
        let (first, second) = presentation_letters(c).unwrap_or((c, None));
        std::iter::once((i, c, first)).chain(second.map(|l| (i, c, l)))
    });
    for (i, c, letter) in letters {
        match fold_char(letter) {
            // Dropped marks stay inside the word they decorate.
            None => {
                if !word.is_empty() {
                    end = i + c.len_utf8();
                }
            }
            Some(folded) if is_word_char(folded) => {
                // "2023التقى", "ال73": scraped text runs digits into Arabic words.
                if word.chars().last().is_some_and(|last| digit_meets_arabic(last, folded)) {
                    f(&word, start, end);
                    word.clear();
                }
                if word.is_empty() {
                    start = i;
                }
                word.push(folded);
                end = i + c.len_utf8();
            }
            Some(_) => {
                if !word.is_empty() {
                    f(&word, start, end);
                    word.clear();
                }
            }
        }
    }
    if !word.is_empty() {
        f(&word, start, end);
    }
}

/// Clitic prefixes a word may carry, longest first ("وبكين" is "و" + "بكين").
/// Folded, so "لل" and "ال" are as written.
pub const CLITIC_PREFIXES: [&str; 14] =
    ["وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "ال", "وب", "ول", "و", "ف", "ب", "ل"];

/// The forms a folded word may stand for once a clitic prefix is taken off:
/// the word itself first, then shorter stems (never shorter than 2 letters).
pub fn stems(word: &str) -> Vec<&str> {
    let mut out = vec![word];
    for prefix in CLITIC_PREFIXES {
        if let Some(rest) = word.strip_prefix(prefix)
            && rest.chars().count() >= 2
            && !out.contains(&rest)
        {
            out.push(rest);
        }
    }
    out
}

/// True when `prefix` (a folded leading part of a word) is a clitic that may
/// stand before a name: "و", "ب", "ال", "وال" ...
pub fn is_clitic(prefix: &str) -> bool {
    prefix.is_empty() || CLITIC_PREFIXES.contains(&prefix)
}

/// Folds a list of words once, for comparing with tokens.
pub fn fold_words(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| normalize(w)).collect()
}

/// True when the folded `word`, or the word without a clitic prefix, is one
/// of the folded `words` ("وقال" is "قال").
pub fn is_one_of(word: &str, words: &[String]) -> bool {
    stems(word).iter().any(|s| words.iter().any(|w| w == s))
}

/// A looser form of a folded word for search: alefs after the first letter
/// removed, because transliterated names gain or lose a long vowel
/// ("شنغهاي" / "شانغهاي"). Only for matching, never shown.
pub fn skeleton(word: &str) -> String {
    let mut chars = word.chars();
    let first = chars.next().map(String::from).unwrap_or_default();
    first + &chars.filter(|&c| c != 'ا').collect::<String>()
}

/// A name's transliteration skeleton: each word without the long vowels and
/// the final ة after its first letter, so the spellings of a foreign name
/// meet ("غروندبيرغ" / "غروندبرغ", "تيتيه" / "تيته"), and without the alef
/// some write before an "s" and a consonant ("استفان" / "ستافان").
pub fn name_skeleton(name: &str) -> String {
    normalize(name)
        .split(' ')
        .map(|w| {
            let prosthetic = {
                let mut c = w.chars();
                c.next() == Some('ا')
                    && matches!(c.next(), Some('س' | 'ش'))
                    && c.next().is_some_and(|third| !matches!(third, 'ا' | 'و' | 'ي'))
            };
            let w = if prosthetic { &w['ا'.len_utf8()..] } else { w };
            let mut chars = w.chars();
            let first = chars.next().map(String::from).unwrap_or_default();
            first + &chars.filter(|c| !matches!(c, 'ا' | 'و' | 'ي' | 'ه')).collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_the_spellings_media_use_interchangeably() {
        let cases = [
            ("أحمد", "احمد"),
            ("إيران", "ايران"),
            ("آسيا", "اسيا"),
            ("ٱلله", "الله"),
            ("مصطفى", "مصطفي"),
            ("القاهرة", "الكاهره"),
            ("وانغ", "وانك"),
            ("وانج", "وانك"),
            ("شانغهاي", "شانكهاي"),
            ("شنغهاي", "شنكهاي"),
            ("مُحَمَّد", "محمد"),
            ("لافـــروف", "لافروف"),
            ("٢٠٢٤", "2024"),
            ("۲۰۲۴", "2024"),
            ("Lavrov", "lavrov"),
            ("وزیر", "وزير"),
            ("\u{202E}بكين\u{202C}", "بكين"),
        ];
        for (input, want) in cases {
            assert_eq!(normalize(input), want, "normalize({input:?})");
        }
    }

    #[test]
    fn punctuation_separates_words() {
        assert_eq!(normalize("لافروف، وانغ يي: \"نحن\""), "لافروف وانك يي نحن");
        assert_eq!(normalize("  "), "");
        assert_eq!(normalize("8 و9 أبريل"), "8 و 9 ابريل");
        assert_eq!(normalize("02 مارس 2023التقى"), "02 مارس 2023 التكي");
        assert_eq!(normalize("الدورة ال73 وG20"), "الدوره ال 73 وg20");
    }

    #[test]
    fn presentation_forms_fold_to_their_letters() {
        // The lam-alef ligature and positional forms, as some pages print them.
        assert_eq!(normalize("بشار ا\u{FEF7}سد"), normalize("بشار الأسد"));
        assert_eq!(normalize("\u{FE8D}\u{FEDF}\u{FEE4}\u{FEE0}\u{FEDC}"), normalize("الملك"));
        let toks = tokens("ا\u{FEF7}سد");
        assert_eq!((toks[0].start, toks[0].end), (0, "ا\u{FEF7}سد".len()));
    }

    #[test]
    fn tokens_keep_original_byte_ranges() {
        let text = "قال لافروف، اليوم";
        let toks = tokens(text);
        assert_eq!(toks.len(), 3);
        assert_eq!(&text[toks[1].start..toks[1].end], "لافروف");
        assert_eq!(toks[2].folded, "اليوم");
    }

    #[test]
    fn tashkeel_inside_a_word_stays_in_its_range() {
        let text = "مُحَمَّد";
        let toks = tokens(text);
        assert_eq!(toks.len(), 1);
        assert_eq!(toks[0].end, text.len());
    }

    #[test]
    fn stems_take_off_clitic_prefixes() {
        assert!(stems("وبكين").contains(&"بكين"));
        assert!(stems("والصين").contains(&"الصين"));
        assert!(stems("والصين").contains(&"صين"));
        assert_eq!(stems("يي"), vec!["يي"]);
        assert!(is_clitic("وال"));
        assert!(!is_clitic("م"));
    }

    #[test]
    fn a_names_skeleton_drops_its_long_vowels() {
        assert_eq!(name_skeleton("هانس غروندبيرغ"), name_skeleton("هانس غروندبرغ"));
        assert_ne!(name_skeleton("فيصل المقداد"), name_skeleton("فيصل بن فرحان"));
    }

    #[test]
    fn a_names_skeleton_drops_the_alef_before_s_and_a_consonant() {
        assert_eq!(name_skeleton("استفان دي مستورا"), name_skeleton("ستافان دي مستورا"));
        assert_ne!(name_skeleton("اسامة سعيد"), name_skeleton("سامي سعيد"));
    }

    #[test]
    fn skeleton_ignores_long_vowel_alefs() {
        assert_eq!(skeleton(&normalize("شنغهاي")), skeleton(&normalize("شانغهاي")));
        assert_eq!(skeleton("اسيا"), "اسي");
        assert_eq!(skeleton(""), "");
    }
}
