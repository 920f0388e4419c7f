//! The world outlines the map draws, in the compact form `meetings atlas`
//! writes at build time from Natural Earth's TopoJSON (npm `world-atlas`):
//! already projected ([`super::map::project`]) and rounded to whole map
//! units, each border stored once as an arc that the rings on both sides
//! name, every point as a varint delta from the one before.
//!
//! Layout: `MWATLAS1`, then the arc count and per arc its point count and
//! points (zigzag deltas of x and y), then the ring count and per ring its
//! arc count and arcs (zigzag: `i` runs arc `i` forward, `!i` backward, as
//! in TopoJSON).

/// A point in map units (see [`super::map::UNITS_PER_RADIAN`]); y grows downwards.
pub type Point = (i32, i32);

const MAGIC: &[u8; 8] = b"MWATLAS1";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AtlasError {
    #[error("the map outlines are not in the form this build reads")]
    NotAnAtlas,
    #[error("the map outlines end early")]
    Truncated,
    #[error("a ring of the map outlines names arc {0}, which is not there")]
    NoSuchArc(i64),
}

/// Rings (closed outlines) of all land, ready to draw.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Atlas {
    pub rings: Vec<Vec<Point>>,
}

#[cfg(any(test, feature = "cli"))]
fn zigzag(n: i64) -> u64 {
    ((n << 1) ^ (n >> 63)) as u64
}

fn unzigzag(n: u64) -> i64 {
    ((n >> 1) as i64) ^ -((n & 1) as i64)
}

/// Writes the arcs and rings in the atlas form.
#[cfg(any(test, feature = "cli"))]
pub fn encode(arcs: &[Vec<Point>], rings: &[Vec<i64>]) -> Vec<u8> {
    fn varint(out: &mut Vec<u8>, mut n: u64) {
        while n >= 0x80 {
            out.push((n as u8) | 0x80);
            n >>= 7;
        }
        out.push(n as u8);
    }
    let mut out = MAGIC.to_vec();
    varint(&mut out, arcs.len() as u64);
    for arc in arcs {
        varint(&mut out, arc.len() as u64);
        let mut last = (0i64, 0i64);
        for &(x, y) in arc {
            let (x, y) = (i64::from(x), i64::from(y));
            varint(&mut out, zigzag(x - last.0));
            varint(&mut out, zigzag(y - last.1));
            last = (x, y);
        }
    }
    varint(&mut out, rings.len() as u64);
    for ring in rings {
        varint(&mut out, ring.len() as u64);
        for &arc in ring {
            varint(&mut out, zigzag(arc));
        }
    }
    out
}

/// The atlas of a TopoJSON topology (Natural Earth's, as npm `world-atlas`
/// ships it): every polygon's rings of its first object, projected and
/// rounded to map units. Rounding is the simplification: points that fall on
/// the unit before them are dropped.
#[cfg(feature = "cli")]
pub fn from_topojson(text: &str) -> Result<Vec<u8>, String> {
    use serde_json::Value;
    let topo: Value = serde_json::from_str(text).map_err(|e| format!("not TopoJSON: {e}"))?;
    let number = |v: &Value| v.as_f64().ok_or("a coordinate is not a number");
    let pair = |v: &Value| -> Result<(f64, f64), String> {
        match v.as_array().map(Vec::as_slice) {
            Some([a, b, ..]) => Ok((number(a)?, number(b)?)),
            _ => Err("a point is not a pair of numbers".to_owned()),
        }
    };
    // A quantized topology stores deltas of whole numbers, scaled back by its transform.
    let transform = match topo.get("transform") {
        Some(t) => Some((pair(&t["scale"])?, pair(&t["translate"])?)),
        None => None,
    };
    let mut arcs = Vec::new();
    for arc in topo["arcs"].as_array().ok_or("no arcs")? {
        let (mut qx, mut qy) = (0.0, 0.0);
        let mut points: Vec<Point> = Vec::new();
        let positions = arc.as_array().ok_or("an arc is not a list")?;
        for (k, position) in positions.iter().enumerate() {
            let (a, b) = pair(position)?;
            let (lon, lat) = match transform {
                Some(((sx, sy), (tx, ty))) => {
                    (qx, qy) = (qx + a, qy + b);
                    (qx * sx + tx, qy * sy + ty)
                }
                None => (a, b),
            };
            let p = super::map::project(lon, lat);
            let last = k + 1 == positions.len();
            if points.last() != Some(&p) || last {
                points.push(p);
            }
        }
        arcs.push(points);
    }
    let object = topo["objects"].as_object().and_then(|o| o.values().next()).ok_or("no objects")?;
    let mut rings: Vec<Vec<i64>> = Vec::new();
    let ring_list = |v: &Value| -> Result<Vec<i64>, String> {
        v.as_array()
            .ok_or("a ring is not a list")?
            .iter()
            .map(|a| a.as_i64().ok_or("an arc index is not a whole number".to_owned()))
            .collect()
    };
    for geometry in object["geometries"].as_array().ok_or("no geometries")? {
        let polygons: Vec<&Value> = match geometry["type"].as_str() {
            Some("Polygon") => vec![&geometry["arcs"]],
            Some("MultiPolygon") => geometry["arcs"].as_array().ok_or("bad polygons")?.iter().collect(),
            _ => continue,
        };
        for polygon in polygons {
            for ring in polygon.as_array().ok_or("a polygon is not a list")? {
                rings.push(ring_list(ring)?);
            }
        }
    }
    Ok(encode(&arcs, &rings))
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn varint(&mut self) -> Result<u64, AtlasError> {
        let (mut n, mut shift) = (0u64, 0u32);
        loop {
            let &b = self.bytes.get(self.at).ok_or(AtlasError::Truncated)?;
            self.at += 1;
            if shift > 63 {
                return Err(AtlasError::NotAnAtlas);
            }
            n |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(n);
            }
            shift += 7;
        }
    }

    /// A count, no larger than the bytes left could hold (so a damaged
    /// count cannot ask for a huge allocation).
    fn count(&mut self) -> Result<usize, AtlasError> {
        let n = self.varint()?;
        if n > (self.bytes.len() - self.at) as u64 {
            return Err(AtlasError::Truncated);
        }
        Ok(n as usize)
    }
}

/// Reads an atlas; rings are assembled from their arcs, each arc after the
/// first dropping the point it shares with the one before.
pub fn decode(bytes: &[u8]) -> Result<Atlas, AtlasError> {
    if !bytes.starts_with(MAGIC) {
        return Err(AtlasError::NotAnAtlas);
    }
    let mut r = Reader { bytes, at: MAGIC.len() };
    let arc_count = r.count()?;
    let mut arcs: Vec<Vec<Point>> = Vec::with_capacity(arc_count);
    for _ in 0..arc_count {
        let n = r.count()?;
        let mut arc = Vec::with_capacity(n);
        let (mut x, mut y) = (0i64, 0i64);
        for _ in 0..n {
            x += unzigzag(r.varint()?);
            y += unzigzag(r.varint()?);
            arc.push((
                x.clamp(i32::MIN.into(), i32::MAX.into()) as i32,
                y.clamp(i32::MIN.into(), i32::MAX.into()) as i32,
            ));
        }
        arcs.push(arc);
    }
    let ring_count = r.count()?;
    let mut rings = Vec::with_capacity(ring_count);
    for _ in 0..ring_count {
        let n = r.count()?;
        let mut ring: Vec<Point> = Vec::new();
        for _ in 0..n {
            let reference = unzigzag(r.varint()?);
            let (index, backward) = if reference < 0 { (!reference, true) } else { (reference, false) };
            let arc = usize::try_from(index).ok().and_then(|i| arcs.get(i)).ok_or(AtlasError::NoSuchArc(reference))?;
            let skip = usize::from(!ring.is_empty());
            if backward {
                ring.extend(arc.iter().rev().skip(skip));
            } else {
                ring.extend(arc.iter().skip(skip));
            }
        }
        if ring.len() >= 3 {
            rings.push(ring);
        }
    }
    Ok(Atlas { rings })
}

/// The outlines the page draws, made at build time (see `README.md`, "Map").
pub const WORLD: &[u8] = include_bytes!("world.atlas");

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "cli")]
    #[test]
    fn a_quantized_topology_becomes_projected_rings() {
        // One square from 0°,0° to 10°,10°, quantized at a tenth of a degree.
        let topo = r#"{"type":"Topology","transform":{"scale":[0.1,0.1],"translate":[0,0]},
            "objects":{"land":{"type":"GeometryCollection","geometries":[
                {"type":"Polygon","arcs":[[0]]},{"type":"Point","coordinates":[0,0]}]}},
            "arcs":[[[0,0],[100,0],[0,100],[-100,0],[0,-100]]]}"#;
        let atlas = decode(&from_topojson(topo).unwrap()).unwrap();
        let p = super::super::map::project;
        assert_eq!(atlas.rings, vec![vec![p(0.0, 0.0), p(10.0, 0.0), p(10.0, 10.0), p(0.0, 10.0), p(0.0, 0.0)]]);
        assert!(from_topojson("{}").is_err());
        assert!(from_topojson("[1,").is_err());
    }

    #[test]
    fn rings_share_their_arcs_and_come_back_whole() {
        // Two squares side by side sharing the middle edge (arc 1), which the right one runs backwards.
        let arcs = vec![
            vec![(0, 0), (0, 10), (10, 10)],
            vec![(10, 10), (10, 0)],
            vec![(10, 0), (0, 0)],
            vec![(10, 10), (20, 10), (20, 0), (10, 0)],
        ];
        let rings = vec![vec![0, 1, 2], vec![3, !1]];
        let atlas = decode(&encode(&arcs, &rings)).unwrap();
        assert_eq!(atlas.rings[0], vec![(0, 0), (0, 10), (10, 10), (10, 0), (0, 0)]);
        assert_eq!(atlas.rings[1], vec![(10, 10), (20, 10), (20, 0), (10, 0), (10, 10)]);
    }

    #[test]
    fn a_damaged_atlas_is_refused_not_read_past_its_end() {
        let bytes = encode(&[vec![(5, -7), (-300, 9000)]], &[vec![0, 0]]);
        assert_eq!(decode(b"PK\x03\x04"), Err(AtlasError::NotAnAtlas));
        for cut in MAGIC.len()..bytes.len() {
            assert!(decode(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        let missing_arc = encode(&[vec![(0, 0), (1, 1)]], &[vec![0, 4]]);
        assert_eq!(decode(&missing_arc), Err(AtlasError::NoSuchArc(4)));
        let mut huge = MAGIC.to_vec();
        huge.extend([0xff, 0xff, 0xff, 0xff, 0x0f]);
        assert_eq!(decode(&huge), Err(AtlasError::Truncated));
    }

    #[test]
    fn the_built_in_world_reads_and_spans_the_map() {
        let world = decode(WORLD).unwrap();
        assert!(world.rings.len() > 200, "{} rings", world.rings.len());
        let xs = world.rings.iter().flatten().map(|p| p.0);
        let (lo, hi) = (xs.clone().min().unwrap(), xs.max().unwrap());
        // Land reaches the antimeridian only away from the equator (Chukotka, Fiji), where the map is narrower.
        let edge = super::super::map::project(180.0, 0.0).0;
        assert!(lo < -edge * 9 / 10 && hi > edge * 9 / 10 && lo >= -edge && hi <= edge, "{lo}..{hi} for ±{edge}");
    }
}
