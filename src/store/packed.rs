//! The prebuilt index: a [`Store`] as bytes, so that a page opens a large
//! dataset without parsing its JSON or indexing it again.
//!
//! Layout: the magic `MWIX`, the format's version (u32, little-endian), the
//! CRC-32 of the body (u32), the body's length (u64), then the body: the
//! store in postcard's compact form. A file that is cut short, damaged, of
//! another version, or whose parts do not fit together is refused with a
//! reason; nothing in it is trusted before it is checked.

use serde::{Deserialize, Serialize};

use super::{Bits, Store, date_text};
use crate::filter::Facet;

const MAGIC: &[u8; 4] = b"MWIX";
/// Changes whenever the store's layout does: an index built by another
/// version is refused rather than misread.
pub const INDEX_VERSION: u32 = 3;
const HEADER: usize = 4 + 4 + 4 + 8;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IndexError {
    #[error("هذا ليس ملف فهرس للقاءات. This is not a meetings index file.")]
    NotAnIndex,
    #[error(
        "ملف الفهرس من إصدار آخر ({0})؛ أعد بناءه. The index was built by another version (format {0}, expected {INDEX_VERSION}); build it again."
    )]
    Version(u32),
    #[error("ملف الفهرس ناقص. The index file is cut short ({0} of {1} bytes).")]
    Truncated(usize, usize),
    #[error("ملف الفهرس تالف. The index file is damaged (its checksum does not match).")]
    Damaged,
    #[error("ملف الفهرس لا يُقرأ. The index cannot be read: {0}.")]
    Unreadable(String),
}

impl Store {
    /// The store as the bytes of a prebuilt index.
    pub fn to_index(&self) -> Vec<u8> {
        // Serializing plain vectors and strings cannot fail; an empty body would be refused on reading.
        let body = postcard::to_allocvec(self).unwrap_or_default();
        let mut out = Vec::with_capacity(HEADER + body.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&INDEX_VERSION.to_le_bytes());
        out.extend_from_slice(&adler2::adler32_slice(&body).to_le_bytes());
        out.extend_from_slice(&(body.len() as u64).to_le_bytes());
        out.extend_from_slice(&body);
        out
    }

    /// Reads a prebuilt index, checking its frame, its checksum and that its parts fit together.
    pub fn from_index(bytes: &[u8]) -> Result<Store, IndexError> {
        if bytes.len() < 4 || &bytes[..4] != MAGIC {
            return Err(IndexError::NotAnIndex);
        }
        let word = |at: usize| bytes.get(at..at + 4).and_then(|b| b.try_into().ok()).map(u32::from_le_bytes);
        let version = word(4).ok_or(IndexError::Truncated(bytes.len(), HEADER))?;
        if version != INDEX_VERSION {
            return Err(IndexError::Version(version));
        }
        let (Some(sum), Some(len)) =
            (word(8), bytes.get(12..HEADER).and_then(|b| b.try_into().ok()).map(u64::from_le_bytes))
        else {
            return Err(IndexError::Truncated(bytes.len(), HEADER));
        };
        let want = usize::try_from(len).unwrap_or(usize::MAX).saturating_add(HEADER);
        let body = bytes.get(HEADER..want).ok_or(IndexError::Truncated(bytes.len(), want))?;
        if adler2::adler32_slice(body) != sum {
            return Err(IndexError::Damaged);
        }
        let store: Store = postcard::from_bytes(body).map_err(|e| IndexError::Unreadable(e.to_string()))?;
        store.check().map_err(|what| IndexError::Unreadable(what.to_owned()))?;
        Ok(store)
    }

    /// That the parts the widget indexes into agree with each other, so a
    /// crafted index cannot make it read past a list.
    fn check(&self) -> Result<(), &'static str> {
        let n = self.records.len();
        let permutation = |order: &[u32]| {
            let mut seen = Bits::empty(n);
            order.len() == n
                && order.iter().all(|&i| {
                    let fresh = (i as usize) < n && !seen.has(i as usize);
                    seen.set(i as usize);
                    fresh
                })
        };
        if !permutation(&self.newest) || !permutation(&self.oldest) {
            return Err("the sort orders are not orders of the meetings");
        }
        if self.facets.len() != Facet::ALL.len()
            || self.facets.iter().any(|f| f.keys.len() != f.meetings.len() || f.keys.len() != f.native_ar.len())
            || self.facets.iter().any(|f| f.keys.windows(2).any(|w| w[0] >= w[1]))
        {
            return Err("the facets do not fit together");
        }
        let ascending = |starts: &[u32], end: usize| {
            starts.windows(2).all(|w| w[0] <= w[1]) && starts.last().is_some_and(|&last| last as usize <= end)
        };
        let w = &self.words;
        if w.starts.len() != w.terms.len() + 1
            || w.head_starts.len() != w.terms.len() + 1
            || !ascending(&w.starts, w.postings.len())
            || !ascending(&w.head_starts, w.head_postings.len())
            || w.terms.windows(2).any(|t| t[0] >= t[1])
        {
            return Err("the word index does not fit together");
        }
        let people_values = self.values(Facet::Participant).len();
        if self.meeting_people_start.len() != n + 1
            || !ascending(&self.meeting_people_start, self.meeting_people.len())
            || self.meeting_people.iter().any(|&v| v as usize >= people_values)
        {
            return Err("the meetings' people do not fit together");
        }
        let date = |d: u32| d == 0 || date_text(d).is_some_and(|t| crate::repair::plausible_date(&t));
        if !self.records.iter().all(|r| date(r.date_start) && date(r.date_end)) {
            return Err("a meeting's date is not a day");
        }
        Ok(())
    }
}

/// The labels in a fixed order of fields (the dataset's JSON form leaves empty ones out, which a compact form cannot).
pub mod labels {
    use super::*;
    use crate::model::{Label, Labels};
    use std::collections::BTreeMap;

    type Maps = [BTreeMap<String, Label>; 4];

    pub fn serialize<S: serde::Serializer>(l: &Labels, s: S) -> Result<S::Ok, S::Error> {
        [&l.countries, &l.orgs, &l.topics, &l.agencies].serialize(s)
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Labels, D::Error> {
        let [countries, orgs, topics, agencies] = Maps::deserialize(d)?;
        Ok(Labels { countries, orgs, topics, agencies })
    }
}

/// People as rows of their fields, for the same reason as the labels.
pub mod people {
    use super::*;
    use crate::model::Participant;

    type Row = (String, String, String, String, String, Option<String>);

    pub fn serialize<S: serde::Serializer>(people: &[Participant], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(people.iter().map(|p| (&p.name, &p.name_ar, &p.role, &p.role_ar, &p.country, &p.inferred)))
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<Participant>, D::Error> {
        let rows = Vec::<Row>::deserialize(d)?;
        Ok(rows
            .into_iter()
            .map(|(name, name_ar, role, role_ar, country, inferred)| Participant {
                name,
                name_ar,
                role,
                role_ar,
                country,
                inferred,
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::FilterState;
    use crate::model::Meeting;
    use crate::store::WordCache;

    /// Meetings with every kind of field filled, and one the load must put right.
    fn store() -> Store {
        let article = "موسكو - التقى وزير الخارجية الروسي سيرغي لافروف نظيره الصيني وانغ يي في بكين. وقال لافروف إن المباحثات بناءة.";
        let meeting = |id: &str, date: &str, city: &str| -> Meeting {
            serde_json::from_value(serde_json::json!({
                "id": id, "status": "held", "kind": "meeting", "date_start": date, "date_end": date,
                "date_basis": "stated", "date_reason": "dateline",
                "participants": [
                    {"name": "Sergey Lavrov", "name_ar": "سيرغي لافروف", "role": "Foreign Minister", "role_ar": "وزير الخارجية", "country": "RU"},
                    {"name": "", "name_ar": "وانغ يي", "role": "", "role_ar": "", "country": "CN", "inferred": "counterpart"}
                ],
                "city": city, "city_ar": "بكين", "country": "CN", "country_ar": "الصين", "lat": 39.9, "lon": 116.4,
                "occasion": "SCO", "occasion_ar": "شنغهاي", "occasion_org": "SCO", "topics": ["ukraine"],
                "quotes": [{"speaker": "Sergey Lavrov", "speaker_ar": "لافروف", "text": "المباحثات بناءة", "span": {"start": 90, "end": 120}}],
                "agencies": ["Sputnik"], "source_file": "a.txt", "title": "لافروف في بكين", "lede": "التقى وزير الخارجية الروسي",
                "evidence": {"date": [{"start": 0, "end": 10}]}, "article_text": article,
                "mentions": ["Xi Jinping"], "people_named": ["Wang Yi"], "url": "https://example.org/a", "publisher": "Example",
                "corrected": {"city": "\"Moscow\""}
            }))
            .unwrap_or_default()
        };
        let mut meetings = vec![
            meeting("a", "2024-04-09", "Beijing"),
            meeting("b", "2022-07-28", "Tashkent"),
            meeting("c", "2025-02-24", "Riyadh"),
        ];
        meetings.push(Meeting { id: "x".into(), date_start: Some("99999-01-01".into()), ..Default::default() });
        let mut labels = crate::model::Labels::default();
        labels.agencies.insert("Sputnik".into(), crate::model::Label { en: "Sputnik".into(), ar: "سبوتنيك".into() });
        labels.countries.insert("CN".into(), crate::model::Label { en: "China".into(), ar: "الصين".into() });
        Store::from_meetings(meetings, labels)
    }

    #[test]
    fn an_index_reads_back_as_the_store_it_was_made_from() {
        let store = store();
        assert_eq!(store.len(), 4);
        assert_eq!(store.meeting(0).map(|m| m.participants.len()), Some(2), "the fixture reads as a meeting");
        let back = Store::from_index(&store.to_index()).expect("reads back");
        assert_eq!(back.len(), store.len());
        assert_eq!(back.labels, store.labels);
        assert_eq!(back.report, store.report);
        assert!(!back.report.is_empty());
        for i in 0..store.len() {
            assert_eq!(back.meeting(i), store.meeting(i));
        }
        for hash in ["", "q=لافروف", "q=sputnik&sort=oldest", "year=2024", "status=held&q=بكين", "city=Riyadh"]
        {
            let state = FilterState::from_hash(hash);
            let (mut a, mut b) = (WordCache::default(), WordCache::default());
            assert_eq!(back.select(&state, &mut a), store.select(&state, &mut b), "{hash}");
        }
    }

    #[test]
    fn a_damaged_cut_or_foreign_index_is_refused_with_its_reason() {
        let bytes = store().to_index();
        let mut flipped = bytes.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        assert_eq!(Store::from_index(&flipped).err(), Some(IndexError::Damaged));
        assert!(matches!(Store::from_index(&bytes[..bytes.len() / 2]), Err(IndexError::Truncated(..))));
        assert!(matches!(Store::from_index(&bytes[..10]), Err(IndexError::Truncated(..))));
        assert_eq!(Store::from_index(b"{\"schema\":1}").err(), Some(IndexError::NotAnIndex));
        let mut other = bytes.clone();
        other[4] = 9;
        assert_eq!(Store::from_index(&other).err(), Some(IndexError::Version(9)));
    }

    #[test]
    fn an_index_whose_parts_do_not_fit_is_refused_though_its_checksum_holds() {
        let mut store = store();
        store.newest.pop();
        assert!(matches!(Store::from_index(&store.to_index()), Err(IndexError::Unreadable(_))));
        let mut store = self::store();
        store.words.starts.push(u32::MAX);
        assert!(matches!(Store::from_index(&store.to_index()), Err(IndexError::Unreadable(_))));
    }
}
