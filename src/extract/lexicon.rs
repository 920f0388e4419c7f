//! The extractor's word lists, read from `kb/lexicon.toml` and folded once.
//!
//! The file holds words as a reader writes them; [`Lexicon::fold`] turns them
//! into the folded forms tokens are compared with, so no stage folds a word
//! list of its own.

use jiff::civil::Weekday;
use serde::Deserialize;

use super::segment::Furniture;
use crate::text::{Token, normalize, stems};

/// The lexicon as the TOML file writes it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct LexiconFile {
    pub cues: CueWords<String>,
    pub occasion: OccasionWords<String>,
    pub quotes: QuoteWords<String>,
    pub sources: SourceWords<String>,
    pub segment: SegmentFile,
    pub dates: DateFile,
    pub people: PeopleFile,
    pub numbers: NumberFile,
}

/// Ordinal numbers in words.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct NumberFile {
    pub units: std::collections::BTreeMap<String, u32>,
    pub tens: std::collections::BTreeMap<String, u32>,
    pub hundred: Vec<String>,
    pub extraordinary: Vec<String>,
    /// "التي تضم 57 دولة": after a number, a count, not a session's ordinal.
    pub counted: Vec<String>,
}

impl NumberFile {
    fn merge(&mut self, other: NumberFile) {
        self.units.extend(other.units);
        self.tens.extend(other.tens);
        self.hundred.extend(other.hundred);
        self.extraordinary.extend(other.extraordinary);
        self.counted.extend(other.counted);
    }
}

/// Ordinal numbers in words, folded.
#[derive(Debug, Clone, Default)]
pub struct NumberWords {
    pub units: Vec<(String, u32)>,
    pub tens: Vec<(String, u32)>,
    pub hundred: Vec<Vec<String>>,
    pub extraordinary: Vec<Vec<String>>,
    pub counted: Vec<String>,
}

impl LexiconFile {
    /// Adds another file's lists to this one's.
    pub fn merge(&mut self, other: LexiconFile) {
        self.cues.merge(other.cues);
        self.occasion.merge(other.occasion);
        self.quotes.merge(other.quotes);
        self.sources.merge(other.sources);
        self.segment.merge(other.segment);
        self.dates.merge(other.dates);
        self.people.merge(other.people);
        self.numbers.merge(other.numbers);
    }
}

/// Declares a struct of word lists, generic over the word's form (as
/// written, or folded), with merging and folding.
macro_rules! word_lists {
    ($(#[$doc:meta])* $name:ident { $($(#[$fdoc:meta])* $field:ident),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Default, Deserialize)]
        #[serde(default)]
        pub struct $name<W> {
            $($(#[$fdoc])* pub $field: Vec<W>,)*
        }
        impl $name<String> {
            fn merge(&mut self, other: Self) {
                $(self.$field.extend(other.$field);)*
            }
            fn fold(&self) -> Self {
                $name { $($field: fold_all(&self.$field),)* }
            }
        }
    };
}

word_lists!(
    /// Words around a meeting: its verbs and nouns, and what marks it recalled,
    /// negated, announced or placed.
    CueWords {
        /// Words that report a meeting.
        meeting,
        /// Meeting words that are nouns ("لقاء مع").
        nouns,
        /// Meeting words with a pronoun for their side ("خلال لقائه").
        with_pronoun,
        /// Verbs whose object is a pronoun for someone named before the sentence
        /// ("تصل الوزيرة ... ومن المقرر أن يستقبلها نظيرها").
        with_object,
        /// Meeting words that say both sides did it ("بحثا").
        dual,
        /// Light verbs in the dual before a meeting noun ("يعقدا اجتماعا").
        dual_light,
        /// After a meeting word: it is the multilateral meeting itself.
        multilateral,
        /// "اجتماع يجمع قادة": a verb of gathering before the multilateral word.
        gathers,
        /// Words that mark a trip to the meeting's place.
        visit,
        /// Words that refer back to a trip the article told of ("خلال الزيارة").
        visit_reference,
        /// Verbs of arriving or visiting.
        arrival,
        /// A host receiving a guest.
        receive,
        /// A host's reception, as a noun.
        receive_nouns,
        /// "مطار": where a welcome is protocol, not a meeting.
        airport,
        /// "مراسيم استقبال": a welcome ceremony, protocol like the airport's.
        ceremony,
        /// "الاستقبال الرسمي": after a reception noun, the ceremony.
        official,
        /// "على شرف": a reception in a guest's honour, who was met.
        in_honour,
        /// Words that report a call on their own.
        call,
        /// Words that make a meeting word a call.
        call_marks,
        /// Words that report a call only when a call mark follows ("مؤتمراً عبر الفيديو", "تواصل هاتفياً").
        conference,
        /// "اتصالات": calls only right after a verb of holding or before a call mark.
        plural_calls,
        /// "جرت", "أجرى": verbs of holding, before plural calls.
        held,
        /// "تحدث ... هاتفياً": a verb of speaking that is a call when a call mark follows its subject.
        speak,
        /// "تقبل", "تسلم": a reception only with credentials after them.
        receipt,
        /// "أوراق اعتماد": what makes a receipt a reception.
        credentials,
        /// "تبدأ ... جولة": a tour starts, its day not each meeting's.
        tour_start,
        /// "تبادل": talks only with views after it.
        exchange,
        /// "وجهات النظر": what makes an exchange talks.
        views,
        /// "وزير الإعلام والاتصال": the head of a portfolio whose name a call word may be.
        portfolio_heads,
        /// After a call mark: it is footage, not a call ("بفيديو يظهر").
        footage_after,
        /// Before a meeting word: recalled, not reported.
        recall_before,
        /// "منذ قليل": after "منذ", the news of a moment ago.
        moments_ago,
        /// "في سياق آخر": the noun before "آخر" that makes it a new item, not a recall.
        transition,
        /// "سبق لـ ... أن عقد لقاءين": recalled from further back in the sentence.
        recall_far,
        /// After a meeting word: recalled, not reported.
        recall_after,
        /// In a recalling sentence: the event the article is about ("هذا المؤتمر").
        same_event,
        /// A sentence opening with these recalls.
        recall_opening,
        /// A sentence opening with these tells background, unless a future word follows.
        background_opening,
        /// "ويأتي اللقاء بعد ...": what follows "بعد" came before.
        comes_after,
        /// "بعد", "عقب".
        after_word,
        /// Before a meeting word: no meeting happened.
        negation,
        /// Earlier in the sentence: the meeting is denied or only claimed.
        denial,
        /// Just before a meeting word: asked for, put off or called off.
        called_off,
        /// Words that put an event in the future.
        future,
        /// Two words that together put an event in the future ("بعد غد").
        future_pairs,
        /// Nouns of time that a future word after them makes a time to come ("الأسبوع المقبل").
        time_nouns,
        /// Before a meeting noun: it is still to be held.
        to_hold,
        /// Meeting verbs in the imperfect.
        imperfect,
        /// "نظيره": a counterpart named by country.
        counterpart,
        /// "هامش": the sidelines of a multilateral meeting.
        sidelines,
        /// After "هامش" and a meeting word: a bilateral meeting's sidelines.
        sidelines_bilateral,
        /// Words that introduce a place.
        place_intro,
        /// Right before a name that is a city's and a country's: the city.
        city_words,
        /// Right before a city: a local office seated there ("محافظ").
        local_office,
        /// A place right after these is what the meeting was about.
        place_about,
        /// "مقر": the seat of a ministry (in its country's capital).
        seat,
        /// "العاصمة": before a nationality, that country's capital.
        capital,
        /// The ministry whose seat it is.
        ministry,
        /// What follows is what was said, not who met.
        clause_break,
        /// After a definite meeting noun: a side follows.
        with_words,
        /// "المباحثات الثنائية بين": adjectives of talks before their side word.
        talks_adjectives,
        /// After a definite meeting noun and a relative: the sides follow it.
        gathered,
        /// After a meeting word: a list of the other sides follows.
        list_openers,
        /// Inside such a list: the sentence goes on to something else.
        list_ends,
        /// "جاء ذلك خلال": what the sentence before told happened in this encounter.
        that_came,
        that_came_during,
        /// After a meeting word: the end of the list of who met.
        object_end,
        /// "التي", "الذي": a relative clause on the noun before it.
        relative,
        /// "انعقادها", "المنعقدة": a clause on an event's holding, with no relative word.
        event_held,
        /// In a meeting's sentence: the start of what the talks were about.
        topic_start,
        /// After the topic: the sentence's frame (time, place, occasion) resumes.
        topic_resume,
    }
);

word_lists!(
    /// Words of an occasion: chairmanships and the kinds of multilateral meeting.
    OccasionWords { chair, chair_future, during, event_nouns, foreign_ministers, summit, preparatory, attend }
);

word_lists!(
    /// Words that introduce direct speech and name its speaker.
    QuoteWords { speech, spokesperson, ministry, role }
);

word_lists!(
    /// Words that cite an outlet: "ذكرت صحيفة ...", "بحسب ما أورد موقع ...".
    SourceWords {
        /// Verbs and phrases of citing.
        report,
        /// What an outlet is: agency, channel, newspaper, site.
        outlet,
    }
);

word_lists!(
    /// The small words of a date expression.
    DateWords {
        current,
        year,
        from,
        until,
        today,
        yesterday,
        day_before,
        tomorrow,
        hijri_era,
        same,
        same_after,
        /// "زيارة تستغرق يومين": words before a visit's length.
        lasting,
        /// "التقى ... بتاريخ 2024/5/14": before digits that date the meeting itself.
        dated,
    }
);

word_lists!(
    /// Words around people's names: titles, name particles, what ends a name,
    /// counterparts, attendance and mentions.
    PeopleWords {
        honorifics,
        /// "دولة السيد ...": the address of prime ministers, before a name or an honorific.
        address,
        waw_names,
        name_homonyms,
        posting,
        /// Words that are a name after a particle ("عبد الله").
        particle_names,
        /// Last words of a name that never stand alone for it.
        not_surnames,
        /// Before an office: its deputy ("نائب وزير الخارجية").
        deputy,
        name_particles,
        /// "بن"، "آل": after a known name, its lineage goes on.
        lineage,
        common_given_names,
        name_stops,
        title_glue,
        /// "رئيس وزراء إقليم كوردستان": a region the gazetteer need not know; its
        /// name, the next word, is the office's seat, not the holder's name.
        region,
        /// "لشؤون": a portfolio's frequent words follow, then the name.
        affairs,
        counterpart,
        counterparts,
        attendance,
        /// "ممثل أمير البلاد": the person after these is represented, not present.
        represented,
        group_words,
        mention,
        /// "إلى العاصمة الروسية": a trip, not where an office is held.
        towards,
        /// "لدى بلادنا": a posting in the host's own country.
        home_country,
        /// "القنصل الإيراني العام": "general" after a consul's or secretary's nationality.
        general,
        /// "خلفا للديمقراطي باراك أوباما": a predecessor follows, a few words on.
        successor,
        both_sides,
        /// "بين": before "الرئيسين", both sides already named.
        between,
        between_them,
    }
);

/// Which office a title names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    ForeignMinister,
    HeadOfState,
    HeadOfGovernment,
    CrownPrince,
    SecretaryGeneral,
    Envoy,
    Ambassador,
    Minister,
}

impl Role {
    /// Whether a country has one holder of this office at a time, so that the
    /// office alone can name them on a known day.
    pub fn held_by_one(self) -> bool {
        matches!(self, Role::ForeignMinister | Role::HeadOfState | Role::HeadOfGovernment | Role::CrownPrince)
    }

    /// The knowledge base's `role` for this office.
    pub fn kb_role(self) -> &'static str {
        match self {
            Role::ForeignMinister => "foreign_minister",
            Role::HeadOfState => "head_of_state",
            Role::HeadOfGovernment => "head_of_government",
            Role::CrownPrince => "crown_prince",
            Role::SecretaryGeneral => "secretary_general",
            Role::Envoy => "envoy",
            Role::Ambassador => "ambassador",
            Role::Minister => "other",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct OfficeWords {
    pub role: Role,
    /// The office in English where the role's general title would be wrong
    /// ("Executive Secretary", not "Secretary-General").
    #[serde(default)]
    pub title_en: Option<String>,
    /// Too common to stand alone: an office only with a country or a known person.
    #[serde(default)]
    pub weak: bool,
    #[serde(default)]
    pub words: Vec<String>,
    #[serde(default)]
    pub plural: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PeopleFile {
    #[serde(flatten)]
    pub words: PeopleWords<String>,
    pub office: Vec<OfficeWords>,
    /// The English of a deputy's office, by the deputy word: "Assistant {}" for
    /// "مساعدة", `{}` standing for the office served.
    pub deputy_en: std::collections::BTreeMap<String, String>,
}

impl PeopleFile {
    fn merge(&mut self, other: PeopleFile) {
        self.words.merge(other.words);
        self.office.extend(other.office);
        self.deputy_en.extend(other.deputy_en);
    }
}

/// An office title as folded words, its role, and whether it heads a list.
#[derive(Debug, Clone)]
pub struct OfficeTitle {
    pub words: Vec<String>,
    pub role: Role,
    pub title_en: Option<String>,
    pub plural: bool,
    pub weak: bool,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SegmentFile {
    pub read_also: Vec<String>,
    pub publication: Vec<String>,
    pub source: Vec<String>,
    pub attribution: Vec<String>,
    pub caption_role: Vec<String>,
    pub stamp_words: Vec<String>,
    pub furniture: Vec<FurnitureRule>,
}

impl SegmentFile {
    fn merge(&mut self, other: SegmentFile) {
        self.read_also.extend(other.read_also);
        self.publication.extend(other.publication);
        self.source.extend(other.source);
        self.attribution.extend(other.attribution);
        self.caption_role.extend(other.caption_role);
        self.stamp_words.extend(other.stamp_words);
        self.furniture.extend(other.furniture);
    }
}

/// A line of page furniture: by its first words, or by a phrase anywhere.
#[derive(Debug, Clone, Deserialize)]
pub struct FurnitureRule {
    #[serde(default)]
    pub starts: Vec<String>,
    #[serde(default)]
    pub contains: Vec<String>,
    pub reason: Furniture,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct DateFile {
    pub hijri_months: Vec<String>,
    pub month: Vec<MonthNames>,
    pub weekday: Vec<WeekdayNames>,
    pub ordinal_days: std::collections::BTreeMap<String, i8>,
    /// "يومين", "ثلاثة أيام": how many days a visit lasts.
    pub visit_days: std::collections::BTreeMap<String, i8>,
    #[serde(flatten)]
    pub words: DateWords<String>,
}

impl DateFile {
    fn merge(&mut self, other: DateFile) {
        self.hijri_months.extend(other.hijri_months);
        self.month.extend(other.month);
        self.weekday.extend(other.weekday);
        self.ordinal_days.extend(other.ordinal_days);
        self.visit_days.extend(other.visit_days);
        self.words.merge(other.words);
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct MonthNames {
    pub number: i8,
    pub names: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct WeekdayNames {
    #[serde(deserialize_with = "weekday")]
    pub day: Weekday,
    pub names: Vec<String>,
}

fn weekday<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Weekday, D::Error> {
    let name = String::deserialize(d)?;
    Ok(match name.as_str() {
        "monday" => Weekday::Monday,
        "tuesday" => Weekday::Tuesday,
        "wednesday" => Weekday::Wednesday,
        "thursday" => Weekday::Thursday,
        "friday" => Weekday::Friday,
        "saturday" => Weekday::Saturday,
        "sunday" => Weekday::Sunday,
        other => return Err(serde::de::Error::custom(format!("unknown weekday {other:?}"))),
    })
}

/// Every word a stamp line may hold besides digits, sorted for lookup.
fn stamp_words(seg: &SegmentFile, dates: &DateFile) -> Vec<String> {
    let names = dates
        .month
        .iter()
        .flat_map(|m| &m.names)
        .chain(&dates.hijri_months)
        .chain(dates.weekday.iter().flat_map(|w| &w.names));
    let mut out: Vec<String> = names.chain(&seg.stamp_words).flat_map(|n| phrase(n)).collect();
    out.sort();
    out.dedup();
    out
}

fn fold_all(words: &[String]) -> Vec<String> {
    words.iter().map(|w| normalize(w)).collect()
}

/// A phrase as folded words: "كانون الثاني" is `["كانون", "الثاني"]`.
fn phrase(s: &str) -> Vec<String> {
    normalize(s).split(' ').map(str::to_owned).collect()
}

/// The lexicon folded, ready to compare with tokens.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pub cues: CueWords<String>,
    pub occasion: OccasionWords<String>,
    pub quotes: QuoteWords<String>,
    pub sources: SourceWords<String>,
    pub segment: SegmentWords,
    pub dates: DateLexicon,
    pub people: PeopleWords<String>,
    /// `people.name_homonyms` as written, unfolded: "علي" the name, never "على" the preposition.
    pub homonyms_as_written: Vec<String>,
    /// Office titles, the longest first ("وزير الخارجية" before "وزير").
    pub offices: Vec<OfficeTitle>,
    /// A deputy word, folded, and the English of its office ("Deputy {}").
    pub deputy_en: Vec<(String, String)>,
    pub numbers: NumberWords,
    /// Frequent words of the language (`kb/common-words.txt`), folded, without
    /// any word of a name the knowledge base or the name lists know: a word
    /// here is not part of the name of someone the knowledge base does not know.
    pub common_words: std::collections::HashSet<String>,
    /// The frequent words that open with "ال", without it: "بتعاون" is "تعاون",
    /// frequent as "التعاون".
    pub common_without_article: std::collections::HashSet<String>,
    /// Every word of those names, folded: never read as a common word behind a clitic ("فيصل" is not "يصل").
    pub name_words: std::collections::HashSet<String>,
}

#[derive(Debug, Clone, Default)]
pub struct SegmentWords {
    pub read_also: Vec<String>,
    pub publication: Vec<String>,
    pub source: Vec<String>,
    pub attribution: Vec<String>,
    pub caption_role: Vec<String>,
    /// Folded words a date stamp line is made of besides its digits: month and
    /// weekday names (from the date lists) and the stamp's own ("الموافق", "GMT").
    pub stamp_words: Vec<String>,
    /// First words of a furniture line, with the reason, in the file's order.
    pub furniture_starts: Vec<(String, Furniture)>,
    /// Phrases that make any line furniture, checked after the first words.
    pub furniture_phrases: Vec<(String, Furniture)>,
}

#[derive(Debug, Clone, Default)]
pub struct DateLexicon {
    /// Month names as phrases, the longest first so "تشرين الأول" is not read as "تشرين".
    pub months: Vec<(Vec<String>, i8)>,
    pub hijri_months: Vec<Vec<String>>,
    pub weekdays: Vec<(String, Weekday)>,
    /// Ordinal day phrases, the longest first ("الحادي عشر" before "الحادي").
    pub ordinals: Vec<(Vec<String>, i8)>,
    /// A visit's length in days, as phrases ("ثلاثة أيام" = 3).
    pub visit_days: Vec<(Vec<String>, i8)>,
    pub words: DateWords<String>,
}

impl DateLexicon {
    /// A folded word that is a one-word month name ("فبراير", "وآذار").
    pub fn is_month_word(&self, word: &str) -> bool {
        let forms = crate::text::stems(word);
        self.months.iter().any(|(m, _)| m.len() == 1 && forms.contains(&m[0].as_str()))
    }

    /// A folded word that is a weekday's name ("الخميس", "والأحد").
    pub fn is_weekday_word(&self, word: &str) -> bool {
        let forms = crate::text::stems(word);
        self.weekdays.iter().any(|(d, _)| forms.contains(&d.as_str()))
    }
}

impl Lexicon {
    /// Reads the frequent words (one per line, `#` for comments), leaving out
    /// the words of `names` and of the lexicon's own lists of names.
    pub fn set_common_words<'a>(&mut self, list: &str, names: impl Iterator<Item = &'a str>) {
        let people = &self.people;
        let mut name_words: std::collections::HashSet<String> = names.flat_map(phrase).collect();
        for list in [&people.common_given_names, &people.waw_names, &people.name_particles, &people.particle_names] {
            name_words.extend(list.iter().flat_map(|w| w.split(' ').map(str::to_owned)));
        }
        name_words.extend(self.homonyms_as_written.iter().map(|w| normalize(w)));
        self.common_words = list
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(normalize)
            .filter(|w| !name_words.contains(w))
            .collect();
        self.common_without_article =
            self.common_words.iter().filter_map(|w| w.strip_prefix("ال")).map(str::to_owned).collect();
        self.name_words = name_words;
    }

    /// A frequent word, or one behind a clitic ("لسياسة", "والتعاون") unless it is a name's.
    pub fn is_common_word(&self, folded: &str) -> bool {
        let frequent = |s: &str| self.common_words.contains(s) || self.common_without_article.contains(s);
        self.common_words.contains(folded)
            || (!self.name_words.contains(folded) && stems(folded).iter().skip(1).any(|s| frequent(s)))
    }

    /// Folds every list of the file.
    pub fn fold(file: &LexiconFile) -> Lexicon {
        let seg = &file.segment;
        let mut furniture_starts = Vec::new();
        let mut furniture_phrases = Vec::new();
        for rule in &seg.furniture {
            let reason = rule.reason;
            furniture_starts.extend(rule.starts.iter().map(|s| (normalize(s), reason)));
            furniture_phrases.extend(rule.contains.iter().map(|s| (normalize(s), reason)));
        }
        let dates = &file.dates;
        let mut months: Vec<(Vec<String>, i8)> =
            dates.month.iter().flat_map(|m| m.names.iter().map(|n| (phrase(n), m.number))).collect();
        months.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        let mut ordinals: Vec<(Vec<String>, i8)> = dates.ordinal_days.iter().map(|(n, d)| (phrase(n), *d)).collect();
        ordinals.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        let mut offices: Vec<OfficeTitle> = file
            .people
            .office
            .iter()
            .flat_map(|o| {
                let one = o.words.iter().map(move |w| OfficeTitle {
                    words: phrase(w),
                    role: o.role,
                    title_en: o.title_en.clone(),
                    plural: false,
                    weak: o.weak,
                });
                let many = o.plural.iter().map(move |w| OfficeTitle {
                    words: phrase(w),
                    role: o.role,
                    title_en: o.title_en.clone(),
                    plural: true,
                    weak: o.weak,
                });
                one.chain(many)
            })
            .collect();
        offices.sort_by_key(|o| std::cmp::Reverse(o.words.len()));
        Lexicon {
            common_words: Default::default(),
            common_without_article: Default::default(),
            name_words: Default::default(),
            numbers: NumberWords {
                units: file.numbers.units.iter().map(|(w, n)| (normalize(w), *n)).collect(),
                tens: file.numbers.tens.iter().map(|(w, n)| (normalize(w), *n)).collect(),
                hundred: file.numbers.hundred.iter().map(|w| phrase(w)).collect(),
                extraordinary: file.numbers.extraordinary.iter().map(|w| phrase(w)).collect(),
                counted: fold_all(&file.numbers.counted),
            },
            people: file.people.words.fold(),
            homonyms_as_written: file.people.words.name_homonyms.clone(),
            offices,
            deputy_en: file.people.deputy_en.iter().map(|(w, en)| (normalize(w), en.clone())).collect(),
            cues: file.cues.fold(),
            occasion: file.occasion.fold(),
            quotes: file.quotes.fold(),
            sources: file.sources.fold(),
            segment: SegmentWords {
                read_also: fold_all(&seg.read_also),
                publication: fold_all(&seg.publication),
                source: fold_all(&seg.source),
                attribution: fold_all(&seg.attribution),
                caption_role: fold_all(&seg.caption_role),
                stamp_words: stamp_words(seg, dates),
                furniture_starts,
                furniture_phrases,
            },
            dates: DateLexicon {
                months,
                hijri_months: dates.hijri_months.iter().map(|n| phrase(n)).collect(),
                weekdays: dates.weekday.iter().flat_map(|w| w.names.iter().map(|n| (normalize(n), w.day))).collect(),
                ordinals,
                visit_days: dates.visit_days.iter().map(|(n, d)| (phrase(n), *d)).collect(),
                words: dates.words.fold(),
            },
        }
    }
}

/// True when the token is one of the folded `words`, possibly behind a
/// clitic ("والعام" is "العام").
pub fn token_is(tok: Option<&Token>, words: &[String]) -> bool {
    tok.is_some_and(|t| stems(&t.folded).iter().any(|s| words.iter().any(|w| w == s)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn embedded() -> Lexicon {
        crate::kb::Kb::embedded().unwrap_or_else(|e| panic!("{e}")).lexicon
    }

    #[test]
    fn the_embedded_lexicon_has_every_list() {
        let lex = embedded();
        for (name, list) in [
            ("meeting", &lex.cues.meeting),
            ("future", &lex.cues.future),
            ("speech", &lex.quotes.speech),
            ("outlet", &lex.sources.outlet),
            ("read_also", &lex.segment.read_also),
            ("year", &lex.dates.words.year),
        ] {
            assert!(!list.is_empty(), "{name} is empty");
        }
        assert_eq!(lex.dates.weekdays.len(), 8);
        assert_eq!(lex.dates.ordinals.len(), 31);
        assert!(lex.dates.months.iter().all(|(_, m)| (1..=12).contains(m)));
    }

    #[test]
    fn every_deputy_word_has_its_english() {
        let lex = embedded();
        for w in &lex.people.deputy {
            let en = lex.deputy_en.iter().find(|(d, _)| d == w).map(|(_, en)| en.as_str());
            assert!(en.is_some_and(|en| en.contains("{}")), "{w}: {en:?}");
        }
    }

    #[test]
    fn common_words_leave_out_the_words_of_names() {
        let lex = embedded();
        let common = |w: &str| lex.is_common_word(&normalize(w));
        assert!(common("التعاون") && common("فيما") && common("لسياسة") && common("والتعاون"));
        // Words of names the knowledge base knows, even those that are words too, and
        // a name behind whose first letter a common word hides ("فيصل", "يصل").
        assert!(!common("محمد") && !common("حسن") && !common("فيصل") && !common("لافروف"));
    }

    #[test]
    fn words_are_folded_once_at_load() {
        let lex = embedded();
        // Written "آخر" and "لقاءً" in the file, compared folded.
        assert!(lex.cues.recall_before.contains(&"اخر".to_owned()));
        assert!(lex.cues.meeting.contains(&"لكاء".to_owned()));
        // Two-word names come before one-word names.
        let first_short = lex.dates.months.iter().position(|(w, _)| w.len() == 1).unwrap_or(0);
        assert!(lex.dates.months[..first_short].iter().all(|(w, _)| w.len() == 2));
        assert!(first_short > 0);
    }

    #[test]
    fn a_token_matches_behind_a_clitic() {
        let lex = embedded();
        let toks = crate::text::tokens("والعام");
        assert!(token_is(toks.first(), &lex.dates.words.year));
        assert!(!token_is(None, &lex.dates.words.year));
    }

    #[test]
    fn an_unknown_weekday_is_an_error() {
        let bad = "[[weekday]]\nday = \"someday\"\nnames = [\"x\"]\n";
        assert!(toml::from_str::<DateFile>(bad).is_err());
    }
}
