//! Where the meeting was: a city (or else a country) that the paragraphs
//! reporting it introduce with "في" or "إلى", else the dateline's city; once
//! the occasion is known, the calendar's host city fills in what the text left out.

use super::context::Context;
use super::draft::Draft;
use crate::kb::Entity;
use crate::model::Span;

/// How many words before a place name may introduce it ("في العاصمة الصينية بكين").
const INTRO_LOOKBACK: usize = 3;
/// How many words before a place name may make it part of a recalled clause.
const RECALL_LOOKBACK: usize = 8;

/// A place as the text gives it: knowledge-base indices and the words.
#[derive(Debug, Clone, Default)]
pub struct Place {
    pub city: Option<usize>,
    pub country: Option<usize>,
    pub spans: Vec<Span>,
}

/// Reads the place from the reporting paragraphs and the dateline.
pub fn find(ctx: &Context, draft: &mut Draft) {
    draft.place = from_text(ctx, &draft.reporting);
}

fn from_text(ctx: &Context, reporting: &[usize]) -> Place {
    let words = &ctx.lex.cues;
    let mut country_only: Option<Place> = None;
    for &pi in reporting {
        let p = ctx.paras[pi];
        for h in ctx.hits_in(p.first, p.last) {
            let introduced = ctx.any_word_near(
                h.first_token.saturating_sub(INTRO_LOOKBACK).max(p.first),
                h.first_token,
                &words.place_intro,
            );
            if !introduced {
                continue;
            }
            // Skip places inside a recalled clause ("آخر لقاء ... في جوهانسبرج").
            if ctx.any_word_near(
                h.first_token.saturating_sub(RECALL_LOOKBACK).max(p.first),
                h.first_token,
                &words.recall_before,
            ) {
                continue;
            }
            let span = Span { start: h.start, end: h.end };
            match h.entity {
                Entity::City(c) => {
                    return Place { city: Some(c), country: None, spans: vec![span] };
                }
                Entity::Country(c) if country_only.is_none() => {
                    country_only = Some(Place { city: None, country: Some(c), spans: vec![span] });
                }
                _ => {}
            }
        }
    }
    let dateline = dateline_city(ctx);
    if let Some(mut place) = country_only {
        // "بزيارة إلى الصين" with a Beijing dateline: the dateline's city.
        if let Some((c, span)) = dateline
            && place.country.is_some_and(|k| ctx.kb.countries[k].code == ctx.kb.cities[c].country)
        {
            place.city = Some(c);
            place.spans.push(span);
        }
        return place;
    }
    // Nothing in the text: the dateline's city ("بكين ... (شينخوا) ... هنا").
    match dateline {
        Some((c, span)) => Place { city: Some(c), country: None, spans: vec![span] },
        None => Place::default(),
    }
}

/// The city a dateline names, if any.
fn dateline_city(ctx: &Context) -> Option<(usize, Span)> {
    ctx.datelines.iter().find_map(|&(first, last)| {
        ctx.hits_in(first, last).find_map(|h| match h.entity {
            Entity::City(c) => Some((c, Span { start: h.start, end: h.end })),
            _ => None,
        })
    })
}

/// Writes the place into the record: as written, or the calendar's city for
/// the occasion when the text names none (and no other country).
pub fn settle(ctx: &Context, draft: &mut Draft) {
    let kb = ctx.kb;
    let mut city = draft.place.city;
    let mut country = draft.place.country;
    if city.is_none()
        && let Some(e) = draft.event
        && !e.city.is_empty()
        && country.is_none_or(|c| kb.countries[c].code == e.country)
    {
        city = kb.cities.iter().position(|c| c.id == e.city);
    }
    let m = &mut draft.meeting;
    if let Some(c) = city {
        let c = &kb.cities[c];
        m.city = Some(c.name.clone());
        m.city_ar = Some(c.name_ar.clone());
        m.lat = Some(c.lat);
        m.lon = Some(c.lon);
        country = kb.countries.iter().position(|k| k.code == c.country).or(country);
    }
    if let Some(k) = country {
        m.country = Some(kb.countries[k].code.clone());
        m.country_ar = Some(kb.countries[k].name_ar.clone());
    }
    if !draft.place.spans.is_empty() {
        let spans = draft.place.spans.clone();
        draft.evidence("place", spans);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::participants;
    use crate::extract::test_support::context_of;

    fn place_of(text: &str) -> (Option<String>, Option<String>) {
        context_of(text, |ctx| {
            let Some(mut draft) = participants::find_all(ctx).into_iter().next() else { return (None, None) };
            find(ctx, &mut draft);
            settle(ctx, &mut draft);
            (draft.meeting.city, draft.meeting.country)
        })
    }

    #[test]
    fn a_city_introduced_in_the_meeting_sentence() {
        let got = place_of("عنوان\nالتقى لافروف نظيره الصيني وانغ يي في العاصمة بكين اليوم.");
        assert_eq!(got, (Some("Beijing".into()), Some("CN".into())));
    }

    #[test]
    fn a_country_with_the_datelines_city() {
        let got = place_of("عنوان\nبكين - (شينخوا)\nالتقى لافروف نظيره الصيني وانغ يي خلال زيارة إلى الصين تستمر يومين.");
        assert_eq!(got, (Some("Beijing".into()), Some("CN".into())));
    }

    #[test]
    fn a_recalled_city_is_not_the_meetings() {
        let got = place_of("عنوان\nالتقى لافروف نظيره الصيني وانغ يي، وكان آخر لقاء بينهما في جوهانسبرغ.");
        assert_eq!(got, (None, None));
    }
}
