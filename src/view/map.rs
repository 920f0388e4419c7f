//! The map of meeting places, as plain data: where each city's mark sits,
//! how large it is for the meetings of the current result, what it is
//! called, and which part of the world the map shows. The web layer copies
//! it into SVG; the outlines come from [`super::atlas`].

use crate::app::State;
use crate::filter::Facet;
use crate::i18n::{Locale, meetings_count};

use super::atlas::{Atlas, Point};

/// Map units per radian of the projection: the world is about 5,470 units
/// wide, so a unit is under a tenth of a degree, finer than the outlines.
pub const UNITS_PER_RADIAN: f64 = 1000.0;

/// Natural Earth I (Šavrič, Patterson and Jenny, 2015): the world in one
/// piece with little distortion where most capitals are. Longitude and
/// latitude in degrees; y grows downwards, as in SVG.
pub fn project(lon: f64, lat: f64) -> Point {
    let (lambda, phi) = (lon.clamp(-180.0, 180.0).to_radians(), lat.clamp(-90.0, 90.0).to_radians());
    let phi2 = phi * phi;
    let phi4 = phi2 * phi2;
    let x = lambda * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4)));
    let y = phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)));
    ((x * UNITS_PER_RADIAN).round() as i32, (-y * UNITS_PER_RADIAN).round() as i32)
}

/// The region a map shows, in map units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Frame {
    pub x: i32,
    pub y: i32,
    pub width: i32,
    pub height: i32,
}

impl Frame {
    pub fn view_box(&self) -> String {
        format!("{} {} {} {}", self.x, self.y, self.width, self.height)
    }

    fn overlaps(&self, ring: &[Point]) -> bool {
        let (mut x0, mut y0, mut x1, mut y1) = (i32::MAX, i32::MAX, i32::MIN, i32::MIN);
        for &(x, y) in ring {
            (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
        }
        x1 >= self.x && x0 <= self.x + self.width && y1 >= self.y && y0 <= self.y + self.height
    }
}

/// The whole world's width and height, from the projection's edges.
fn world() -> Frame {
    let (east, _) = project(180.0, 0.0);
    let (_, north) = project(0.0, 90.0);
    Frame { x: -east, y: north, width: 2 * east, height: -2 * north }
}

/// The map is twice as wide as it is tall.
const ASPECT: i32 = 2;

/// The region around these places, with a margin, at least a sixth of the
/// world wide (one city alone would fill the map) and inside the world.
pub fn frame_around(places: &[Point]) -> Frame {
    let world = world();
    let Some(&(first_x, first_y)) = places.first() else { return world };
    let (mut x0, mut y0, mut x1, mut y1) = (first_x, first_y, first_x, first_y);
    for &(x, y) in places {
        (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
    }
    let margin = ((x1 - x0).max((y1 - y0) * ASPECT) / 5).max(world.width / 24);
    let mut width = (x1 - x0 + 2 * margin).max((y1 - y0 + 2 * margin) * ASPECT).max(world.width / 6);
    width = width.min(world.width);
    let height = (width / ASPECT).min(world.height);
    let centre = ((x0 + x1) / 2, (y0 + y1) / 2);
    let x = (centre.0 - width / 2).clamp(world.x, world.x + world.width - width);
    let y = (centre.1 - height / 2).clamp(world.y, world.y + world.height - height);
    Frame { x, y, width, height }
}

/// The land inside the frame as one SVG path (the other rings are left out,
/// so a map of Asia does not carry the Americas).
pub fn land_path(atlas: &Atlas, frame: &Frame) -> String {
    let half_world = world().width / 2;
    let mut d = String::new();
    for ring in atlas.rings.iter().filter(|r| frame.overlaps(r)) {
        // Natural Earth draws Fiji, Chukotka and Wrangel across the 180th
        // meridian: drawn as they are, they would streak across the whole
        // map. Each stretch between two crossings is drawn as its own shape,
        // closed along the map's edge. (Antarctica crosses once, around the
        // pole, and its closing line is the map's bottom edge.)
        let crossings: Vec<usize> =
            (1..ring.len()).filter(|&k| (ring[k].0 - ring[k - 1].0).abs() > half_world).collect();
        if crossings.len() < 2 {
            push_shape(&mut d, ring);
            continue;
        }
        for (k, &start) in crossings.iter().enumerate() {
            match crossings.get(k + 1) {
                Some(&end) => push_shape(&mut d, &ring[start..end]),
                // The last stretch runs on past the ring's end into its beginning.
                None => push_shape(&mut d, &[&ring[start..], &ring[..crossings[0]]].concat()),
            }
        }
    }
    d
}

fn push_shape(d: &mut String, points: &[Point]) {
    use std::fmt::Write;
    let mut last: Option<Point> = None;
    for &(x, y) in points {
        // Relative moves after the first point: shorter text for the same shape.
        let _ = match last {
            None => write!(d, "M{x} {y}"),
            Some((lx, ly)) => write!(d, "l{} {}", x - lx, y - ly),
        };
        last = Some((x, y));
    }
    if last.is_some() {
        d.push('z');
    }
}

/// One city's mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapMark {
    /// The city facet's value: what selecting the mark filters by.
    pub city: String,
    pub name: String,
    pub x: i32,
    pub y: i32,
    /// In map units; a city with no meeting in the result gets the smallest.
    pub radius: i32,
    pub count: u32,
    pub selected: bool,
    /// "Beijing: 2 meetings", for the tooltip and screen readers.
    pub label: String,
    /// Where the name shows (above the mark).
    pub name_y: i32,
    /// Whether the name shows always (the busiest places and the selected
    /// ones), not only while the mark is pointed at or focused.
    pub name_shown: bool,
}

/// Places named on the map without pointing at them: enough to find one's
/// way, few enough not to cover each other.
pub const NAMED_PLACES: usize = 6;

impl MapMark {
    pub fn dimmed(&self) -> bool {
        self.count == 0
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapView {
    pub frame: Frame,
    /// The names' size in map units: the same on screen whatever the frame.
    pub name_size: i32,
    pub marks: Vec<MapMark>,
    /// Meetings of the result with no place on the map (no city, or a city without coordinates).
    pub unplaced: u32,
}

/// Where the dataset's cities are: the frame the map keeps whatever the filters.
pub fn dataset_frame(state: &State) -> Frame {
    let places: Vec<Point> =
        (0..state.store.values(Facet::City).len()).filter_map(|v| state.store.city_place(v)).collect();
    frame_around(&places)
}

/// The marks for the current result: one per city with coordinates, in
/// the store's order (so a change moves no element), sized by the square
/// root of its meetings (area for count).
pub fn map_view(state: &State, frame: Frame, c: &Locale) -> MapView {
    let store = &state.store;
    let lang = state.filter.lang;
    let cities = store.values(Facet::City);
    let counts = store.count_by_value(Facet::City, &state.visible);
    let most = counts.iter().copied().max().unwrap_or(0).max(1);
    let (smallest, largest) = (frame.width / 220, frame.width / 45);
    // The count a place needs to be among the busiest NAMED_PLACES.
    let mut ranked: Vec<u32> = counts.iter().copied().filter(|&n| n > 0).collect();
    ranked.sort_unstable();
    let named_from = ranked.iter().rev().nth(NAMED_PLACES - 1).copied().unwrap_or(1).max(1);
    let mut placed = 0u32;
    let marks = cities
        .iter()
        .enumerate()
        .filter_map(|(v, key)| {
            let (x, y) = store.city_place(v)?;
            let count = counts.get(v).copied().unwrap_or(0);
            placed += count;
            let share = (f64::from(count) / f64::from(most)).sqrt();
            let radius =
                if count == 0 { smallest } else { smallest + ((f64::from(largest - smallest)) * share).round() as i32 };
            let name = super::facet_value_label(Facet::City, key, lang, &store.labels, store.native_ar(Facet::City, v));
            let label = format!("{name}: {}", meetings_count(lang, count as usize, c));
            let selected = state.filter.is_selected(Facet::City, key);
            Some(MapMark {
                city: key.clone(),
                selected,
                name_shown: selected || count >= named_from,
                name,
                x,
                y,
                radius: radius.max(1),
                count,
                label,
                name_y: y - radius.max(1) - frame.width / 150,
            })
        })
        .collect();
    MapView { frame, name_size: frame.width / 40, marks, unplaced: (state.visible.len() as u32).saturating_sub(placed) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::PLAIN_LOCALE;
    use crate::model::{Dataset, Meeting};
    use crate::view::atlas::decode;

    #[test]
    fn the_projection_keeps_the_equator_straight_and_north_up() {
        assert_eq!(project(0.0, 0.0), (0, 0));
        let (beijing, moscow) = (project(116.4074, 39.9042), project(37.6173, 55.7558));
        assert!(beijing.0 > moscow.0, "Beijing lies east of Moscow");
        assert!(moscow.1 < beijing.1, "Moscow lies north of Beijing, higher on the map");
        assert_eq!(project(180.0, 10.0).0, -project(-180.0, 10.0).0);
        assert_eq!(project(500.0, 0.0), project(180.0, 0.0), "out-of-range degrees are held at the edge");
    }

    #[test]
    fn the_frame_holds_every_place_with_a_margin_and_stays_in_the_world() {
        let places = [project(116.4, 39.9), project(37.6, 55.8), project(102.6, 18.0)];
        let f = frame_around(&places);
        for (x, y) in places {
            assert!(x > f.x && x < f.x + f.width && y > f.y && y < f.y + f.height, "{x},{y} in {f:?}");
        }
        assert_eq!(f.width, f.height * ASPECT);
        let world = world();
        let one = frame_around(&[project(116.4, 39.9)]);
        assert!(one.width >= world.width / 6, "one city is not shown at street level");
        let far = frame_around(&[project(-179.0, -80.0), project(179.0, 80.0)]);
        assert!(far.x >= world.x && far.x + far.width <= world.x + world.width);
        assert_eq!(frame_around(&[]), world);
    }

    fn state(hash: &str) -> State {
        let m = |id: &str, city: &str, lat: f64, lon: f64| Meeting {
            id: id.into(),
            city: Some(city.into()),
            city_ar: Some(if city == "Beijing" { "بكين" } else { "موسكو" }.into()),
            lat: Some(lat),
            lon: Some(lon),
            date_start: Some("2024-01-01".into()),
            ..Default::default()
        };
        let meetings = vec![
            m("a", "Beijing", 39.9, 116.4),
            m("b", "Beijing", 39.9, 116.4),
            m("c", "Moscow", 55.8, 37.6),
            Meeting { id: "d".into(), ..Default::default() },
        ];
        State::new(Dataset { schema: 1, meetings, ..Default::default() }, hash)
    }

    #[test]
    fn marks_are_sized_by_the_result_and_a_filtered_city_is_selected() {
        let s = state("");
        let frame = dataset_frame(&s);
        let view = map_view(&s, frame, &PLAIN_LOCALE);
        assert_eq!(
            view.marks.iter().map(|m| (m.city.as_str(), m.count)).collect::<Vec<_>>(),
            [("Beijing", 2), ("Moscow", 1)]
        );
        assert!(view.marks[0].radius > view.marks[1].radius);
        assert_eq!(view.marks[0].name, "بكين");
        assert_eq!(view.marks[0].label, "بكين: لقاءان");
        assert_eq!(view.unplaced, 1, "the meeting without a city");
        assert!(view.marks.iter().all(|m| m.name_shown), "few places: all named");
        let s = state("city=Beijing&lang=en");
        let view = map_view(&s, frame, &PLAIN_LOCALE);
        assert!(view.marks[0].selected && !view.marks[1].selected);
        assert_eq!(view.marks[1].count, 0);
        assert!(!view.marks[1].name_shown, "a place with no meeting in the result is named only when pointed at");
        assert!(view.marks[1].dimmed());
        assert_eq!(view.marks[1].label, "Moscow: 0 meetings");
        assert_eq!(view.marks[0].label, "Beijing: 2 meetings");
    }

    #[test]
    fn the_land_path_leaves_out_rings_outside_the_frame() {
        let atlas = Atlas { rings: vec![vec![(0, 0), (10, 0), (10, 10)], vec![(900, 900), (910, 900), (910, 910)]] };
        let frame = Frame { x: -5, y: -5, width: 40, height: 20 };
        assert_eq!(land_path(&atlas, &frame), "M0 0l10 0l0 10z");
    }

    #[test]
    fn an_island_across_the_180th_meridian_is_drawn_as_two_shapes_not_a_streak() {
        let (e, w) = (project(179.0, -17.0), project(-179.0, -17.0));
        let (e2, w2) = (project(179.5, -16.0), project(-179.5, -16.0));
        let atlas = Atlas { rings: vec![vec![e, w, w2, e2, e]] };
        let path = land_path(&atlas, &world());
        assert_eq!(path.matches('M').count(), 2, "{path}");
        let streak = path
            .split(['l', 'M'])
            .filter_map(|p| p.split(' ').next()?.parse::<i32>().ok())
            .any(|dx| dx.abs() > world().width / 2);
        assert!(!streak, "{path}");
        let whole = decode(crate::view::atlas::WORLD).unwrap();
        assert!(land_path(&whole, &world()).len() > 10_000);
    }
}
