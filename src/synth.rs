//! Synthetic datasets for benchmarks: realistic meetings at any size,
//! deterministic from a seed. People, places, organisations and topics come
//! from the knowledge base; titles, ledes and quotes are the seed articles'
//! own sentences with the names and places swapped.

use jiff::ToSpan;
use jiff::civil::Date;

use crate::filter::BILATERAL;
use crate::kb::Kb;
use crate::model::{Dataset, Labels, Meeting, Participant, Quote, SCHEMA_VERSION, Span, Status};

/// xorshift64*: small, fast and the same on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        if items.is_empty() { None } else { items.get(self.below(items.len())) }
    }
}

/// Replaces the template's people and city names by the new ones.
fn swap_names(text: &str, template: &Meeting, people: &[Participant], city_ar: &str) -> String {
    let mut out = text.to_owned();
    for (old, new) in template.participants.iter().zip(people) {
        out = out.replace(&old.name_ar, &new.name_ar);
        if let Some(surname) = old.name_ar.split_whitespace().last().filter(|s| s.chars().count() > 3) {
            let new_surname = new.name_ar.split_whitespace().last().unwrap_or(&new.name_ar);
            out = out.replace(surname, new_surname);
        }
    }
    if let Some(old_city) = &template.city_ar {
        out = out.replace(old_city.as_str(), city_ar);
    }
    out
}

/// `n` meetings built from `templates` (extracted seed meetings).
pub fn generate(n: usize, seed: u64, kb: &Kb, templates: &[Meeting]) -> Dataset {
    let mut rng = Rng::new(seed);
    let ministers: Vec<&crate::kb::Person> =
        kb.people.iter().filter(|p| p.office.iter().any(|o| o.role == "foreign_minister")).collect();
    let cities: Vec<&crate::kb::City> = kb.cities.iter().collect();
    let orgs = ["SCO", "ASEAN", "G20", "BRICS", BILATERAL, BILATERAL, BILATERAL];
    let topics: Vec<&str> = kb.topics.iter().map(|t| t.id.as_str()).collect();
    let agencies: Vec<&str> = kb.agencies.iter().filter(|a| a.kind != "newspaper").map(|a| a.name.as_str()).collect();
    let start = Date::constant(2010, 1, 1);
    let mut meetings = Vec::with_capacity(n);
    for i in 0..n {
        let Some(template) = rng.pick(templates) else { break };
        let a = ministers[rng.below(ministers.len())];
        let mut b = ministers[rng.below(ministers.len())];
        if b.id == a.id {
            b = ministers[(rng.below(ministers.len()) + 1) % ministers.len()];
        }
        let people: Vec<Participant> = [a, b]
            .iter()
            .map(|p| Participant {
                name: p.name.clone(),
                name_ar: p.name_ar.clone(),
                role: p.office.first().map(|o| o.title.clone()).unwrap_or_default(),
                role_ar: p.office.first().map(|o| o.title_ar.clone()).unwrap_or_default(),
                country: p.country.clone(),
                inferred: None,
            })
            .collect();
        let city = cities[rng.below(cities.len())];
        let country = kb.country(&city.country);
        let date = start.checked_add((rng.below(16 * 365) as i64).days()).unwrap_or(start);
        let org = orgs[rng.below(orgs.len())];
        let swap = |t: &str| swap_names(t, template, &people, &city.name_ar);
        let title = swap(&template.title);
        // Short texts, so that 100,000 meetings stay a realistic download.
        let cut = |t: String, max: usize| -> String { t.chars().take(max).collect() };
        let lede = cut(swap(&template.lede), 160);
        let said = template.quotes.first().map(|q| cut(swap(&q.text), 120)).unwrap_or_default();
        let article_text = format!("{lede}\n{said}\n");
        let quote_start = lede.len() + 1;
        let quotes: Vec<Quote> = if said.is_empty() {
            Vec::new()
        } else {
            vec![Quote {
                speaker: people[0].name.clone(),
                speaker_ar: people[0].name_ar.clone(),
                text: said.clone(),
                span: Some(Span { start: quote_start, end: quote_start + said.len() }),
            }]
        };
        let mut chosen: Vec<String> = Vec::new();
        for _ in 0..1 + rng.below(4) {
            if let Some(t) = rng.pick(&topics)
                && !chosen.iter().any(|c| c == t)
            {
                chosen.push((*t).to_owned());
            }
        }
        let mut evidence = std::collections::BTreeMap::new();
        evidence.insert("lede".to_owned(), vec![Span { start: 0, end: lede.len() }]);
        meetings.push(Meeting {
            id: format!("synthetic-{seed}-{i}"),
            status: if rng.below(10) == 0 { Status::Announced } else { Status::Held },
            participants: people,
            date_start: Some(date.to_string()),
            date_end: Some(date.to_string()),
            date_basis: Some(crate::model::DateBasis::Inferred),
            date_reason: "synthetic".to_owned(),
            city: Some(city.name.clone()),
            city_ar: Some(city.name_ar.clone()),
            country: Some(city.country.clone()),
            country_ar: country.map(|c| c.name_ar.clone()),
            lat: Some(city.lat),
            lon: Some(city.lon),
            occasion: (org != BILATERAL).then(|| format!("On the sidelines of {org} meetings")),
            occasion_ar: (org != BILATERAL)
                .then(|| format!("على هامش اجتماعات {}", kb.org(org).map_or(org, |o| o.name_ar.as_str()))),
            occasion_org: (org != BILATERAL).then(|| org.to_owned()),
            topics: chosen,
            quotes,
            agencies: rng.pick(&agencies).map(|a| vec![(*a).to_owned()]).unwrap_or_default(),
            source_file: format!("synthetic-{i}.txt"),
            title,
            lede,
            evidence,
            article_text,
            ..Default::default()
        });
    }
    let labels: Labels = crate::extract::labels_for(&meetings, kb);
    Dataset { schema: SCHEMA_VERSION, meetings, labels }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_dataset() {
        let kb = Kb::embedded().unwrap_or_else(|e| panic!("{e}"));
        let template = Meeting {
            title: "لافروف يلتقي وانغ يي في بكين".into(),
            lede: "التقى سيرغي لافروف وانغ يي في بكين.".into(),
            participants: vec![
                Participant { name_ar: "سيرغي لافروف".into(), ..Default::default() },
                Participant { name_ar: "وانغ يي".into(), ..Default::default() },
            ],
            city_ar: Some("بكين".into()),
            ..Default::default()
        };
        let a = generate(50, 7, &kb, std::slice::from_ref(&template));
        let b = generate(50, 7, &kb, std::slice::from_ref(&template));
        assert_eq!(a, b);
        assert_eq!(a.meetings.len(), 50);
        assert!(
            a.meetings.iter().all(|m| m.participants.len() == 2 && m.participants[0].name != m.participants[1].name)
        );
        assert_ne!(a, generate(50, 8, &kb, &[template]));
    }
}
