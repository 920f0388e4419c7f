//! Cutting a file into articles and an article into its parts: section
//! label, headline, dateline, publication line, lede, body paragraphs and the
//! page furniture (logos, captions, share buttons, related headlines) that a
//! copy-paste from a news site drags along.

use super::lexicon::SegmentWords;
use crate::model::Span;
use crate::text::normalize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// A section label above the headline ("العملية العسكرية الروسية الخاصة").
    SectionLabel,
    Headline,
    /// "موسكو - (د ب أ)": where the story was filed and by whom.
    Dateline,
    /// "تاريخ النشر: ...".
    Publication,
    /// "المصدر: ...": the outlet that republished the story.
    SourceLine,
    Body,
    /// Page furniture, with the reason it is not article text.
    Furniture(Furniture),
}

/// Why a line is page furniture, not article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Furniture {
    CommentsLink,
    ShareButton,
    VideoTeaser,
    Tags,
    ChannelInvitation,
    FollowInvitation,
    RelatedStoriesMarker,
    /// The newspaper's masthead (editor-in-chief): the date beside it is the page's, not the story's.
    Masthead,
    /// A short line in Latin script only ("Sputnik").
    SiteLogo,
    /// A name line and a role line under a photo.
    PhotoCaption,
    /// A line that does not end like a sentence: a subheading or a related story's headline.
    SubheadingOrRelatedHeadline,
    /// The headline printed again under itself (a page's title and its heading).
    RepeatedHeadline,
    /// "url: https://...": the article's own address, written by whoever saved it.
    Address,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// Byte range in the article text, without the line break.
    pub start: usize,
    pub end: usize,
    pub kind: LineKind,
}

/// One article of a file. Byte ranges are relative to `text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article<'a> {
    pub text: &'a str,
    /// Where `text` starts in the file.
    pub offset: usize,
    pub lines: Vec<Line>,
    pub title: String,
    pub title_span: Option<Span>,
    pub lede: String,
    pub lede_span: Option<Span>,
    /// The article ran past [`MAX_ARTICLE_BYTES`] and `text` stops there.
    pub cut: bool,
}

/// The separator after which a site appends another story.
fn is_read_also(lex: &SegmentWords, line: &str) -> bool {
    // Cheap check first: the marker lines are short.
    line.len() < 64 && lex.read_also.contains(&normalize(line))
}

/// Splits a file into its articles: a story appended after "إقرأ أيضاً:"
/// is an article of its own.
pub fn split_articles<'a>(lex: &SegmentWords, file: &'a str) -> Vec<Article<'a>> {
    let mut cuts = vec![0];
    let mut pos = 0;
    for raw in file.split_inclusive('\n') {
        let line_end = pos + raw.len();
        if is_read_also(lex, raw) {
            cuts.push(pos);
            cuts.push(line_end);
        }
        pos = line_end;
    }
    cuts.push(file.len());
    let mut out = Vec::new();
    // Pairs (start, end); the separator line itself falls between pairs.
    for pair in cuts.chunks(2) {
        if let [start, end] = *pair {
            let read_to = capped_end(file, start, end);
            let text = &file[start..read_to];
            if !text.trim().is_empty() {
                out.push(Article { cut: read_to < end, ..segment(lex, text, start) });
            }
        }
    }
    out
}

/// The longest article read: news stories run to a few tens of kilobytes, so
/// what lies beyond this is not one story, and reading it would only make the
/// time and the record grow with the file.
pub const MAX_ARTICLE_BYTES: usize = 64 * 1024;

/// Where an article starting at `start` stops being read: `end`, or the last
/// line break (else space) before [`MAX_ARTICLE_BYTES`].
fn capped_end(file: &str, start: usize, end: usize) -> usize {
    if end - start <= MAX_ARTICLE_BYTES {
        return end;
    }
    let mut limit = start + MAX_ARTICLE_BYTES;
    while !file.is_char_boundary(limit) {
        limit -= 1;
    }
    let window = &file[start..limit];
    // A line break in the last half, else the last space: a title's break
    // near the start must not leave the article nothing but its title.
    let cut = window
        .rfind('\n')
        .filter(|&i| i > MAX_ARTICLE_BYTES / 2)
        .or_else(|| window.rfind(char::is_whitespace))
        .filter(|&i| i > 0);
    cut.map_or(limit, |i| start + i)
}

/// The longest lede a card shows, in characters: a paragraph that runs on
/// (a text pasted without line breaks) is cut at a space before it.
pub const MAX_LEDE_CHARS: usize = 600;

fn bounded_lede_end(text: &str, start: usize, end: usize) -> usize {
    let line = &text[start..end];
    match line.char_indices().nth(MAX_LEDE_CHARS) {
        None => end,
        Some((limit, _)) => start + line[..limit].rfind(char::is_whitespace).filter(|&i| i > 0).unwrap_or(limit),
    }
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// A paragraph ends like a sentence; headlines, labels and captions do not.
fn ends_like_sentence(s: &str) -> bool {
    let t = s.trim_end();
    t.ends_with(['.', '!', '?', '؟', ':', '"', '”', '»', '…', '.'])
}

/// A page's summary of the story, cut mid-sentence and stamped ("أجرى الوزير
/// ... التفاهمات التي... 20.10.2025, سبوتنيك عربي"), or a paragraph the page
/// cut off after its first sentences: story, not a related headline.
fn is_cut_summary(line: &str) -> bool {
    let long = word_count(line) >= CUT_SUMMARY_WORDS;
    // A full stop inside the line, with words after it: a headline has one sentence.
    let sentences = line.trim_end().split_once(". ").is_some_and(|(a, b)| word_count(a) >= 4 && word_count(b) >= 4);
    long && (line.contains("...") || line.contains('…') || sentences)
}

/// A line without a sentence's end is still a paragraph past this many words:
/// scraped text often drops the final period, and a subheading is shorter.
const BODY_LINE_WORDS: usize = 16;

/// The fewest words of a last line cut off after the story's paragraphs.
const CUT_LAST_WORDS: usize = 10;
/// The fewest words of a cut summary; related headlines cut short are shorter.
const CUT_SUMMARY_WORDS: usize = 16;

/// A paragraph's end: a full stop, or a quotation closed after one ("... مشرق".
/// ends a sentence, a headline's quoted name "شمال – جنوب" does not).
fn ends_a_paragraph(s: &str) -> bool {
    let t = s.trim_end();
    match t.strip_suffix(['"', '”', '»']) {
        Some(inner) => inner.trim_end().ends_with(['.', '!', '?', '؟', '…']),
        None => ends_like_sentence(t),
    }
}

fn looks_like_paragraph(s: &str) -> bool {
    let t = s.trim();
    (ends_a_paragraph(t) && word_count(t) > 12) || word_count(t) > 30
}

/// True when the folded line `n` is `words` or starts with them as whole words.
fn starts_with_words(n: &str, words: &str) -> bool {
    n.strip_prefix(words).is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

fn furniture_reason(lex: &SegmentWords, line: &str) -> Option<Furniture> {
    let n = normalize(line);
    if n.is_empty() {
        return None;
    }
    // First words first, then phrases anywhere in the line.
    if let Some((_, reason)) = lex.furniture_starts.iter().find(|(start, _)| starts_with_words(&n, start)) {
        return Some(*reason);
    }
    if let Some((_, reason)) = lex.furniture_phrases.iter().find(|(phrase, _)| n.contains(phrase.as_str())) {
        return Some(*reason);
    }
    // A short line in Latin script only: a site logo or watermark ("Sputnik").
    if line.chars().any(|c| c.is_ascii_alphabetic())
        && !line.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
        && word_count(line) <= 3
    {
        return Some(Furniture::SiteLogo);
    }
    None
}

/// "موسكو - (د ب أ)", "بكين / الأناضول", "أنقرة – الاثنين ٢ كانون الأول ٢٠٢٤",
/// "الرياض الأربعاء ... 09 أكتوبر 2024 م واس": a short line that names a
/// place and an agency or a date, not a sentence.
fn is_dateline(line: &str) -> bool {
    let t = line.trim();
    let words = word_count(t);
    // "موسكو - أ.ف.ب:": a dateline may end in a colon before the story.
    if words > 16 || ends_like_sentence(t.trim_end_matches(')').trim_end_matches(':')) {
        return false;
    }
    let agency_in_parens = t.contains('(') && t.contains(')') && words <= 10;
    // "الشارقة 24- أ.ف.ب": the dash may cling to the word before it.
    let dash = |w: &str| matches!(w, "/" | "-" | "–" | "—") || (w.len() > 1 && w.ends_with(['-', '–', '—']));
    let separator = t.split_whitespace().take(3).any(dash) && words <= 10;
    // "نيويورك-أثير": the city and the outlet joined by the dash, alone on the line.
    let joined = words <= 2
        && t.split_whitespace()
            .any(|w| w.split_once('-').is_some_and(|(a, b)| a.chars().count() >= 2 && b.chars().count() >= 2));
    agency_in_parens || separator || joined || has_year(t)
}

/// A year of this century or the last written in the line ("2023", "2024-03-29").
fn has_year(line: &str) -> bool {
    crate::text::tokens(line).iter().any(|tok| is_year(&tok.folded))
}

/// A folded word that is a year of this century or the last.
fn is_year(word: &str) -> bool {
    word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) && (word.starts_with("19") || word.starts_with("20"))
}

/// The most words a first line has that is a dateline ("الرياض - واس"), not a headline.
const BARE_DATELINE_WORDS: usize = 4;

/// The most words a publication stamp line has.
const PUBLICATION_WORDS: usize = 14;

/// "18 آذار 2023 | 10:51", "2024/03/29 09:27", "الثلاثاء 22/أكتوبر/2024 - 03:57
/// م": a line that is a date stamp and nothing else, as pages print above a story.
fn is_bare_stamp(lex: &SegmentWords, line: &str) -> bool {
    let words = crate::text::tokens(line);
    let numeric = |w: &str| w.bytes().all(|b| b.is_ascii_digit());
    let stamp_word = |w: &str| lex.stamp_words.binary_search_by(|s| s.as_str().cmp(w)).is_ok();
    let numbers = words.iter().filter(|w| numeric(&w.folded)).count();
    // "16 أكتوبر 23": a day, a month's name, the year's last two digits, last.
    let short_year = match words.as_slice() {
        [.., day, month, yy] => {
            numeric(&day.folded)
                && day.folded.len() <= 2
                && !numeric(&month.folded)
                && numeric(&yy.folded)
                && yy.folded.len() == 2
        }
        _ => false,
    };
    (2..=STAMP_TOKENS).contains(&words.len())
        && numbers >= 2
        && words.iter().all(|w| numeric(&w.folded) || stamp_word(&w.folded))
        && (short_year || words.iter().any(|w| is_year(&w.folded)))
}

/// The first lines where a file may give its article's address.
const ADDRESS_LINES: usize = 3;

/// The most words and numbers a date stamp line holds, a Hijri date and a time included.
const STAMP_TOKENS: usize = 14;

/// How a saved file may give the article's address on one of its first lines.
const ADDRESS_LABELS: [&str; 5] = ["url:", "source:", "link:", "الرابط:", "رابط:"];

/// The address an "url: https://..." line gives: http(s) only, one word.
pub fn address_of(line: &str) -> Option<&str> {
    let line = line.trim();
    let label = ADDRESS_LABELS.iter().find(|l| line.get(..l.len()).is_some_and(|head| head.eq_ignore_ascii_case(l)))?;
    let url = line[label.len()..].trim();
    crate::text::is_web_address(url).then_some(url)
}

fn classify_meta(lex: &SegmentWords, line: &str) -> Option<LineKind> {
    if is_bare_stamp(lex, line) {
        return Some(LineKind::Publication);
    }
    let n = normalize(line);
    // A stamp is short; a story glued to it ("date 2020-08 أعلنت الوزارة ...") is the lede.
    if lex.publication.iter().any(|w| n.starts_with(w.as_str())) && word_count(line) <= PUBLICATION_WORDS {
        return Some(LineKind::Publication);
    }
    if lex.source.iter().any(|w| n.strip_prefix(w.as_str()).is_some_and(|rest| rest.starts_with(' '))) {
        return Some(LineKind::SourceLine);
    }
    None
}

/// Text copied from a page that wraps its lines ("أجرى وزير الخارجية الروسي
/// سيرغي لافروف،" / "محادثات على هامش ..."): when most lines of the story end
/// in the middle of a sentence, each run of them up to a full stop is one
/// paragraph. The first lines (headline, dateline) stay as they are.
fn join_wrapped(text: &str, lines: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let line = |r: &(usize, usize)| &text[r.0..r.1];
    let open_end = |s: &str| !s.trim_end().ends_with(['.', '!', '?', '؟', ':', '"', '”', '»', '…']);
    // A wrapped line runs on into the next, with no blank line between them.
    let runs_on = |i: usize| lines.get(i + 1).is_some_and(|next| text[lines[i].1..next.0].matches('\n').count() <= 1);
    let story: Vec<usize> = (HEAD_LINES..lines.len()).filter(|&i| word_count(line(&lines[i])) >= 4).collect();
    let open = story.iter().filter(|&&i| open_end(line(&lines[i])) && runs_on(i)).count();
    if open < 3 || open * 2 < story.len() {
        return lines;
    }
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(lines.len());
    let mut joining = false;
    for (i, r) in lines.iter().enumerate() {
        // A blank line ends a paragraph, however its last line ends.
        let next_line = out.last().is_some_and(|last| text[last.1..r.0].matches('\n').count() <= 1);
        match out.last_mut() {
            Some(last) if joining && next_line => last.1 = r.1,
            _ => out.push(*r),
        }
        joining = i + 1 >= HEAD_LINES && word_count(line(r)) >= 4 && open_end(line(r));
    }
    out
}

/// How many lines at the top of a page are its own (headline, dateline), never joined.
const HEAD_LINES: usize = 2;

/// Segments one article's text.
pub fn segment<'a>(lex: &SegmentWords, text: &'a str, offset: usize) -> Article<'a> {
    let mut raw_lines: Vec<(usize, usize)> = Vec::new();
    let mut pos = 0;
    for raw in text.split_inclusive('\n') {
        let content = raw.trim_end_matches(['\n', '\r']);
        let lead = content.len() - content.trim_start().len();
        let trimmed = content.trim();
        if !trimmed.is_empty() {
            raw_lines.push((pos + lead, pos + lead + trimmed.len()));
        }
        pos += raw.len();
    }
    let raw_lines = join_wrapped(text, raw_lines);
    let at = |i: usize| -> &str { &text[raw_lines[i].0..raw_lines[i].1] };

    let mut kinds: Vec<Option<LineKind>> = vec![None; raw_lines.len()];
    for (i, kind) in kinds.iter_mut().enumerate() {
        let line = at(i);
        if i < ADDRESS_LINES && address_of(line).is_some() {
            *kind = Some(LineKind::Furniture(Furniture::Address));
            continue;
        }
        // A stamp first: "date 2025-10-20" is short and Latin like a site's logo.
        let meta = classify_meta(lex, line);
        *kind = match (meta, furniture_reason(lex, line)) {
            (Some(LineKind::Publication), _) => meta,
            (_, Some(reason)) => Some(LineKind::Furniture(reason)),
            _ => meta,
        };
    }
    // Datelines stand between the headline and the first paragraph.
    let mut seen_text = 0;
    for (i, kind) in kinds.iter_mut().enumerate() {
        if kind.is_some() {
            continue;
        }
        // The first open line is the headline (or a label above it), unless it is
        // a bare "الرياض - واس".
        let bare_dateline = seen_text == 0 && word_count(at(i)) <= BARE_DATELINE_WORDS && is_dateline(at(i));
        if (seen_text > 0 || bare_dateline) && is_dateline(at(i)) && seen_text <= 2 {
            *kind = Some(LineKind::Dateline);
        } else {
            seen_text += 1;
            if looks_like_paragraph(at(i)) {
                break;
            }
        }
    }

    // Headline: the first unclassified line unless it already reads as a
    // paragraph (then the article has no headline line). A short line right
    // above another short line is a section label.
    let open: Vec<usize> = (0..raw_lines.len()).filter(|&i| kinds[i].is_none()).collect();
    if let Some(&first) = open.first()
        && !looks_like_paragraph(at(first))
    {
        let second = open.get(1).copied();
        let first_is_label = word_count(at(first)) <= 6
            && !ends_like_sentence(at(first))
            && second.is_some_and(|s| s == first + 1 && !looks_like_paragraph(at(s)));
        match (first_is_label, second) {
            (true, Some(s)) => {
                kinds[first] = Some(LineKind::SectionLabel);
                kinds[s] = Some(LineKind::Headline);
            }
            _ => kinds[first] = Some(LineKind::Headline),
        }
    }
    // A page prints its title twice, as the window's title and as the heading:
    // the second is no paragraph of the story.
    if let Some(h) = kinds.iter().position(|k| *k == Some(LineKind::Headline))
        && let headline = normalize(at(h))
        && !headline.is_empty()
    {
        for (i, kind) in kinds.iter_mut().enumerate().skip(h + 1) {
            if kind.is_none() && normalize(at(i)) == headline {
                *kind = Some(LineKind::Furniture(Furniture::RepeatedHeadline));
            }
        }
    }

    // Body: paragraphs end like sentences; what does not is a subheading, a
    // related story's headline or a photo caption. A bulleted line under a
    // body line that ends with a colon ("كلا من:\n- NAME – سفير ...") is an
    // item of the body's list.
    let bulleted = |j: usize| at(j).trim_start().starts_with(['-', '–', '•', '*', '·']);
    let opens_list = |j: usize| at(j).trim_end().ends_with([':', '：']);
    // The nearest line above `i` with text on it.
    let filled_above = |i: usize| (0..i).rev().find(|&j| !at(j).trim().is_empty());
    let list_item = |i: usize| {
        bulleted(i) && {
            let mut j = filled_above(i);
            while let Some(k) = j.filter(|&k| bulleted(k)) {
                j = filled_above(k);
            }
            j.is_some_and(opens_list)
        }
    };
    let last_line = filled_above(raw_lines.len());
    for i in 0..raw_lines.len() {
        if kinds[i].is_some() {
            continue;
        }
        let line = at(i);
        // The text cut off mid-sentence after the story's paragraphs (an excerpt's end).
        let cut_last = Some(i) == last_line
            && word_count(line) >= CUT_LAST_WORDS
            && filled_above(i).is_some_and(|j| kinds[j] == Some(LineKind::Body));
        kinds[i] = Some(
            if ends_like_sentence(line)
                || word_count(line) > BODY_LINE_WORDS
                || is_cut_summary(line)
                || list_item(i)
                || cut_last
            {
                LineKind::Body
            } else {
                let is_role_line = |j: usize| {
                    j < raw_lines.len() && word_count(at(j)) <= 6 && {
                        let folded = normalize(at(j));
                        lex.caption_role.iter().any(|r| folded.starts_with(r.as_str()))
                    }
                };
                let prev_was_caption = i > 0 && kinds[i - 1] == Some(LineKind::Furniture(Furniture::PhotoCaption));
                if (is_role_line(i + 1) && word_count(line) <= 4) || (prev_was_caption && is_role_line(i)) {
                    LineKind::Furniture(Furniture::PhotoCaption)
                } else {
                    LineKind::Furniture(Furniture::SubheadingOrRelatedHeadline)
                }
            },
        );
    }

    let lines: Vec<Line> = raw_lines
        .iter()
        .zip(kinds)
        .map(|(&(start, end), kind)| Line { start, end, kind: kind.unwrap_or(LineKind::Body) })
        .collect();

    let lede_line = lines.iter().find(|l| l.kind == LineKind::Body).copied();
    let lede_span = lede_line.map(|l| Span { start: l.start, end: bounded_lede_end(text, l.start, l.end) });
    let lede = lede_span
        .map(|s| {
            let cut = if s.end < lede_line.map_or(s.end, |l| l.end) { "…" } else { "" };
            format!("{}{cut}", &text[s.start..s.end])
        })
        .unwrap_or_default();
    let headline = lines.iter().find(|l| l.kind == LineKind::Headline).copied();
    let (title, title_span) = match headline {
        Some(l) => (text[l.start..l.end].to_owned(), Some(Span { start: l.start, end: l.end })),
        None => {
            let (t, span) = title_from_lede(lex, &lede, lede_span.map_or(0, |s| s.start));
            (t, Some(span))
        }
    };
    Article { text, offset, lines, title, title_span, lede, lede_span, cut: false }
}

/// A short title for an article with no headline line: the lede's main
/// clause, without its attribution, cut at a clause boundary.
fn title_from_lede(lex: &SegmentWords, lede: &str, lede_start: usize) -> (String, Span) {
    let mut start = 0;
    let first_word = lede.split_whitespace().next().map(normalize).unwrap_or_default();
    if lex.attribution.contains(&first_word) {
        // Skip to the first " أن " within the first 15 words.
        let window_end = lede.char_indices().filter(|(_, c)| c.is_whitespace()).nth(15).map_or(lede.len(), |(i, _)| i);
        if let Some(i) = lede[..window_end].find(" أن ") {
            start = i + " أن ".len();
        }
    }
    let rest = &lede[start..];
    // Cut at the first comma after 6 words, or after 16 words.
    let mut end = rest.len();
    let mut words = 0;
    for (i, c) in rest.char_indices() {
        if c.is_whitespace() {
            words += 1;
            if words >= 16 {
                end = i;
                break;
            }
        }
        if (c == '،' || c == ',' || c == '.') && words >= 6 {
            end = i;
            break;
        }
    }
    let title = rest[..end].trim();
    let suffix = if start + end < lede.trim_end().len() { "…" } else { "" };
    let span_start = lede_start + start;
    (format!("{title}{suffix}"), Span { start: span_start, end: span_start + title.len() })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> SegmentWords {
        crate::extract::test_support::kb().lexicon.segment.clone()
    }

    #[test]
    fn a_read_also_story_is_its_own_article() {
        let file = "عنوان أول\nفقرة أولى طويلة بما يكفي لتكون فقرة في الخبر الأول عن لقاء الوزيرين في موسكو اليوم.\nإقرأ أيضاً:\nعنوان ثان\nفقرة ثانية عن زيارة الوزير إلى أنقرة يوم الاثنين المقبل للقاء نظيره التركي هناك.\n";
        let arts = split_articles(&lex(), file);
        assert_eq!(arts.len(), 2);
        assert_eq!(arts[0].title, "عنوان أول");
        assert_eq!(arts[1].title, "عنوان ثان");
        assert!(!arts[0].text.contains("أنقرة"));
        assert!(file[arts[1].offset..].starts_with("عنوان ثان"));
    }

    #[test]
    fn a_headline_printed_twice_is_one_headline() {
        let text = "الوزير يبحث مع نظيره الهندي التعاون في \"المجموعة\"\n\nالوزير يبحث مع نظيره الهندي التعاون في \"المجموعة\"\n\nبحث وزير الخارجية اليوم الأربعاء في اتصال هاتفي مع نظيره الهندي التعاون بين البلدين.";
        let kinds: Vec<LineKind> = segment(&lex(), text, 0).lines.iter().map(|l| l.kind).collect();
        assert_eq!(kinds, vec![LineKind::Headline, LineKind::Furniture(Furniture::RepeatedHeadline), LineKind::Body]);
    }

    #[test]
    fn a_files_address_line_is_its_url_and_no_headline() {
        assert_eq!(address_of("url: https://example.org/a?b=1"), Some("https://example.org/a?b=1"));
        assert_eq!(address_of("الرابط: http://example.org/x"), Some("http://example.org/x"));
        for bad in ["url: javascript:alert(1)", "url: https://a b", "url:", "الرابط http://x.org", "https://x.org"]
        {
            assert_eq!(address_of(bad), None, "{bad}");
        }
        let text = "URL: https://example.org/news/1\nوزير الخارجية يلتقي نظيره الأردني\nالتقى وزير الخارجية اليوم في العاصمة نظيره الأردني وبحث معه العلاقات الثنائية وسبل تطويرها في مختلف المجالات.";
        let kinds: Vec<LineKind> = segment(&lex(), text, 0).lines.iter().map(|l| l.kind).collect();
        assert_eq!(kinds, vec![LineKind::Furniture(Furniture::Address), LineKind::Headline, LineKind::Body]);
    }

    #[test]
    fn a_long_line_that_lost_its_final_period_is_a_paragraph() {
        // Scraped paragraphs without their period; a short line without one stays furniture.
        let text = "الحكومة تبحث مع ألمانيا دعم الاقتصاد.\n\nاستقبل رئيس الحكومة بعد ظهر اليوم في قصر الضيافة وزير التنمية الألماني وبحث معه سبل دعم الاستثمار والتشغيل في الجهات الداخلية\nمقالات ذات صلة بالموضوع";
        let kinds: Vec<LineKind> = segment(&lex(), text, 0).lines.iter().map(|l| l.kind).collect();
        assert_eq!(kinds[1], LineKind::Body, "{kinds:?}");
        assert_ne!(kinds[2], LineKind::Body, "{kinds:?}");
    }

    #[test]
    fn a_last_line_cut_off_after_the_story_is_still_the_story() {
        let text = "وزير الخارجية المغربي يبحث مع نظيره الموريتاني التعاون بين البلدين\n\nالتقى وزير الخارجية المغربي اليوم نظيره الموريتاني في الرباط وبحثا التعاون.\nوأكد الوزيران حرصهما على تطوير العلاقات.\nوتندرج هذه المباحثات في إطار التحضير للدورة المقبلة للجنة المشتركة بين البلدين التي تنعقد في";
        let a = segment(&lex(), text, 0);
        assert_eq!(a.lines.last().map(|l| l.kind), Some(LineKind::Body));
        // A short line at the end is still furniture.
        let short = segment(
            &lex(),
            "وزير الخارجية المغربي يبحث مع نظيره الموريتاني التعاون بين البلدين\n\nالتقى الوزير اليوم نظيره الموريتاني في الرباط وبحثا التعاون.\nأخبار ذات صلة",
            0,
        );
        assert_ne!(short.lines.last().map(|l| l.kind), Some(LineKind::Body));
    }

    #[test]
    fn label_above_headline_and_furniture_are_recognised() {
        let text = "العملية العسكرية الروسية الخاصة\n\nلافروف ونظيره الصيني يبحثان آفاق التعاون\n\nأعرب وزير الخارجية الروسي عن امتنانه للجانب الصيني خلال اجتماعه مع وزير الخارجية الصيني في لاوس.\nSputnik\nسيرغي لافروف\nوزير الخارجية الروسي\nلافروف: ينبغي التصدي للتدخل الخارجي\nوأضاف لافروف أن الحوار مهم.\nمناقشة";
        let a = segment(&lex(), text, 0);
        let kinds: Vec<LineKind> = a.lines.iter().map(|l| l.kind).collect();
        assert_eq!(
            kinds,
            vec![
                LineKind::SectionLabel,
                LineKind::Headline,
                LineKind::Body,
                LineKind::Furniture(Furniture::SiteLogo),
                LineKind::Furniture(Furniture::PhotoCaption),
                LineKind::Furniture(Furniture::PhotoCaption),
                LineKind::Furniture(Furniture::SubheadingOrRelatedHeadline),
                LineKind::Body,
                LineKind::Furniture(Furniture::CommentsLink),
            ]
        );
        assert_eq!(a.title, "لافروف ونظيره الصيني يبحثان آفاق التعاون");
        assert!(a.lede.starts_with("أعرب"));
    }

    #[test]
    fn an_article_without_headline_gets_a_title_from_its_lede() {
        let text = "ذكرت وزارة الخارجية الروسية في بيان، الأحد، أن وزير الخارجية الروسي سيرجي لافروف ونظيره الصيني وانج يي بحثا خلال اللقاء الذي جمعهما في بكين، على هامش اجتماع مجلس وزراء خارجية منظمة شنغهاي للتعاون علاقات بلديهما.\n\nفقرة ثانية.";
        let a = segment(&lex(), text, 0);
        assert!(a.title.starts_with("وزير الخارجية الروسي سيرجي لافروف"), "{}", a.title);
        assert!(a.title.ends_with('…'));
        let span = a.title_span.unwrap_or_default();
        assert!(a.title.starts_with(&text[span.start..span.end]));
    }

    #[test]
    fn a_bare_date_stamp_is_a_publication_line() {
        let lex = lex();
        assert!(is_bare_stamp(&lex, "18 آذار 2023 | 10:51"));
        assert!(is_bare_stamp(&lex, "09:27:22 2024-03-29"));
        assert!(is_bare_stamp(&lex, "  • 3-6-2023 | 12:06"));
        assert!(is_bare_stamp(&lex, "الثلاثاء 22/أكتوبر/2024 - 03:57 م"));
        assert!(is_bare_stamp(&lex, "الجمعة 22 نوفمبر 2024 الموافق 20 جمادى الأولى 1446"));
        assert!(is_bare_stamp(&lex, "07:12 GMT 24.12.2025 (تم التحديث: 07:23 GMT 24.12.2025)"));
        assert!(!is_bare_stamp(&lex, "بكين 28 مارس 2024 (شينخوا) التقى وانغ يي"));
        assert!(!is_bare_stamp(&lex, "قمة 2024"));
        assert!(is_bare_stamp(&lex, "16 أكتوبر 23"));
        assert!(!is_bare_stamp(&lex, "16 23"));
        assert!(!is_bare_stamp(&lex, "الأحد 12 مايو 2024 التقى الوزير"));
    }

    #[test]
    fn a_latin_stamp_and_a_colon_dateline() {
        let text = "date 2025-10-20\nعنوان الخبر\nالشارقة 24- أ.ف.ب:\nقال الوزير إن المحادثات كانت مثمرة وبناءة وتناولت العلاقات الثنائية والقضايا الدولية.";
        let a = segment(&lex(), text, 0);
        let kinds: Vec<LineKind> = a.lines.iter().map(|l| l.kind).collect();
        assert_eq!(kinds, vec![LineKind::Publication, LineKind::Headline, LineKind::Dateline, LineKind::Body]);
    }

    #[test]
    fn dateline_and_publication_lines() {
        let text = "عنوان الخبر\nتاريخ النشر: 18th, September 2023 GMT\nموسكو - (د ب أ)\nقال الوزير إن المحادثات كانت مثمرة وبناءة وتناولت العلاقات الثنائية والقضايا الدولية.";
        let a = segment(&lex(), text, 0);
        let kinds: Vec<LineKind> = a.lines.iter().map(|l| l.kind).collect();
        assert_eq!(kinds, vec![LineKind::Headline, LineKind::Publication, LineKind::Dateline, LineKind::Body]);
    }
}
