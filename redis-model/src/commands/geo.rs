//! Geo commands over sorted sets, with Redis's 52-bit interleaved geohash scores, its
//! haversine distance on a sphere of radius 6372797.560856 m, its search through the centre
//! box and eight neighbours (which fixes the order of unsorted results), and its reply formats
//! (`%.17Lf`-style coordinates, distances rounded to four decimals).

use super::sorted_sets::zadd;
use super::{bulk, error, integer, is_option, sorted_set_at, spec, Answer, CommandSpec, Request};
use crate::errors;
use crate::keyspace::{Data, Keyspace, SortedSet};
use crate::number::{parse_double, parse_integer};
use crate::Reply;

pub(super) const COMMANDS: &[CommandSpec] = &[
    spec("geoadd", -5, geoadd),
    spec("geopos", -2, geopos),
    spec("geodist", -4, geodist),
    spec("geohash", -2, geohash),
    spec("georadius", -6, georadius),
    spec("georadius_ro", -6, georadius_ro),
    spec("georadiusbymember", -5, georadiusbymember),
    spec("georadiusbymember_ro", -5, georadiusbymember_ro),
    spec("geosearch", -7, geosearch),
    spec("geosearchstore", -8, geosearchstore),
];

const STEP_MAX: u32 = 26;
const LAT_MIN: f64 = -85.051_128_78;
const LAT_MAX: f64 = 85.051_128_78;
const LONG_MIN: f64 = -180.0;
const LONG_MAX: f64 = 180.0;
const EARTH_RADIUS: f64 = 6_372_797.560_856;
const MERCATOR_MAX: f64 = 20_037_726.37;
const DEGREES_TO_RADIANS: f64 = std::f64::consts::PI / 180.0;

/// A geohash cell: `step` bits of latitude interleaved with `step` bits of longitude.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Cell {
    bits: u64,
    step: u32,
}

impl Cell {
    const NONE: Cell = Cell { bits: 0, step: 0 };
}

/// Spreads the 32 bits of `value` to the even bit positions.
fn spread(value: u32) -> u64 {
    let mut x = u64::from(value);
    x = (x | (x << 16)) & 0x0000_FFFF_0000_FFFF;
    x = (x | (x << 8)) & 0x00FF_00FF_00FF_00FF;
    x = (x | (x << 4)) & 0x0F0F_0F0F_0F0F_0F0F;
    x = (x | (x << 2)) & 0x3333_3333_3333_3333;
    (x | (x << 1)) & 0x5555_5555_5555_5555
}

/// Gathers the even bit positions of `value` into 32 bits.
fn squash(value: u64) -> u32 {
    let mut x = value & 0x5555_5555_5555_5555;
    x = (x | (x >> 1)) & 0x3333_3333_3333_3333;
    x = (x | (x >> 2)) & 0x0F0F_0F0F_0F0F_0F0F;
    x = (x | (x >> 4)) & 0x00FF_00FF_00FF_00FF;
    x = (x | (x >> 8)) & 0x0000_FFFF_0000_FFFF;
    ((x | (x >> 16)) & 0x0000_0000_FFFF_FFFF) as u32
}

/// C's conversion of a non-negative double to `uint32_t` (truncation).
fn to_u32(value: f64) -> u32 {
    value as u32
}

/// `geohashEncode` over the given latitude range (longitude always -180..180); `None` for a
/// point outside Redis's limits.
fn encode(longitude: f64, latitude: f64, lat_range: (f64, f64), step: u32) -> Option<Cell> {
    let outside_limits =
        !(LONG_MIN..=LONG_MAX).contains(&longitude) || !(LAT_MIN..=LAT_MAX).contains(&latitude);
    if outside_limits || latitude < lat_range.0 || latitude > lat_range.1 {
        return None;
    }
    let scale = (1u64 << step) as f64;
    let lat_offset = (latitude - lat_range.0) / (lat_range.1 - lat_range.0) * scale;
    let long_offset = (longitude - LONG_MIN) / (LONG_MAX - LONG_MIN) * scale;
    Some(Cell {
        bits: spread(to_u32(lat_offset)) | (spread(to_u32(long_offset)) << 1),
        step,
    })
}

/// The area of a cell: (longitude min, max), (latitude min, max).
fn decode(cell: Cell) -> ((f64, f64), (f64, f64)) {
    let lat_cell = squash(cell.bits);
    let long_cell = squash(cell.bits >> 1);
    let scale = (1u64 << cell.step) as f64;
    let lat_span = LAT_MAX - LAT_MIN;
    let long_span = LONG_MAX - LONG_MIN;
    // Redis adds one in 32-bit arithmetic, so the last cell's end wraps to 0.
    let lat_next = f64::from(lat_cell.wrapping_add(1));
    let long_next = f64::from(long_cell.wrapping_add(1));
    (
        (
            LONG_MIN + (f64::from(long_cell) / scale) * long_span,
            LONG_MIN + (long_next / scale) * long_span,
        ),
        (
            LAT_MIN + (f64::from(lat_cell) / scale) * lat_span,
            LAT_MIN + (lat_next / scale) * lat_span,
        ),
    )
}

/// C's conversion of a score to `uint64_t` on x86-64.
fn score_bits(score: f64) -> u64 {
    const TWO_63: f64 = 9_223_372_036_854_775_808.0;
    if score.is_nan() || score.is_infinite() {
        return 1 << 63;
    }
    if score >= TWO_63 {
        let low = score - TWO_63;
        if low >= TWO_63 {
            return 1 << 63;
        }
        return (low as i64 as u64) ^ (1 << 63);
    }
    if score < -TWO_63 {
        return 1 << 63;
    }
    score as i64 as u64
}

/// The point a score stands for (the centre of its cell, kept inside the limits).
fn point_of(score: f64) -> (f64, f64) {
    let ((long_min, long_max), (lat_min, lat_max)) = decode(Cell {
        bits: score_bits(score),
        step: STEP_MAX,
    });
    let longitude = ((long_min + long_max) / 2.0).clamp(LONG_MIN, LONG_MAX);
    let latitude = ((lat_min + lat_max) / 2.0).clamp(LAT_MIN, LAT_MAX);
    (longitude, latitude)
}

fn radians(degrees: f64) -> f64 {
    degrees * DEGREES_TO_RADIANS
}

fn latitude_distance(lat1: f64, lat2: f64) -> f64 {
    EARTH_RADIUS * (radians(lat2) - radians(lat1)).abs()
}

fn distance(lon1: f64, lat1: f64, lon2: f64, lat2: f64) -> f64 {
    let v = ((radians(lon2) - radians(lon1)) / 2.0).sin();
    if v == 0.0 {
        return latitude_distance(lat1, lat2);
    }
    let u = ((radians(lat2) - radians(lat1)) / 2.0).sin();
    let a = u * u + radians(lat1).cos() * radians(lat2).cos() * v * v;
    2.0 * EARTH_RADIUS * a.sqrt().asin()
}

/// Redis's `fixedpoint_d2string(d, 4)`: the value times 10^4 rounded half to even, printed
/// with four decimals.
fn format_distance(value: f64) -> String {
    let scaled = (value * 10_000.0).round_ties_even();
    let scaled = if scaled.is_nan() {
        i64::MIN
    } else {
        scaled as i64
    };
    let magnitude = scaled.unsigned_abs();
    let sign = if scaled < 0 { "-" } else { "" };
    format!("{sign}{}.{:04}", magnitude / 10_000, magnitude % 10_000)
}

/// A coordinate as `addReplyHumanLongDouble` writes it: `%.17Lf` without trailing zeros.
fn format_coordinate(value: f64) -> String {
    let text = format!("{value:.17}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_string()
    } else {
        text.to_string()
    }
}

fn coordinate_reply(value: f64, resp: u8) -> Reply {
    let text = format_coordinate(value);
    if resp >= 3 {
        Reply::Double(text.parse().unwrap_or(value))
    } else {
        Reply::Bulk(text.into_bytes())
    }
}

/// A double argument as Redis reads it, with `message` (or the usual text) when it is not one.
fn double_argument(text: &[u8], message: &str) -> Result<f64, Reply> {
    parse_double(text).ok_or_else(|| error(message))
}

/// A longitude and latitude pair, validated against Redis's limits.
fn long_lat(longitude: &[u8], latitude: &[u8]) -> Result<(f64, f64), Reply> {
    let longitude = double_argument(longitude, errors::NOT_FLOAT)?;
    let latitude = double_argument(latitude, errors::NOT_FLOAT)?;
    if !(LONG_MIN..=LONG_MAX).contains(&longitude) || !(LAT_MIN..=LAT_MAX).contains(&latitude) {
        return Err(error(&format!(
            "ERR invalid longitude,latitude pair {longitude:.6},{latitude:.6}"
        )));
    }
    Ok((longitude, latitude))
}

/// Meters per unit.
fn unit(word: &[u8]) -> Result<f64, Reply> {
    let units = [("m", 1.0), ("km", 1000.0), ("ft", 0.3048), ("mi", 1609.34)];
    units
        .iter()
        .find(|(name, _)| is_option(word, name))
        .map(|(_, meters)| *meters)
        .ok_or_else(|| error("ERR unsupported unit provided. please use M, KM, FT, MI"))
}

/// The score GEOADD stores for a point.
fn score_of(longitude: f64, latitude: f64) -> f64 {
    encode(longitude, latitude, (LAT_MIN, LAT_MAX), STEP_MAX).map_or(0.0, |cell| cell.bits as f64)
}

fn geoadd(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let mut first = 1;
    let (mut nx, mut xx) = (false, false);
    while let Some(word) = request.args.get(first) {
        if is_option(word, "nx") {
            nx = true;
        } else if is_option(word, "xx") {
            xx = true;
        } else if !is_option(word, "ch") {
            break;
        }
        first += 1;
    }
    let triples = &request.args[first..];
    if !triples.len().is_multiple_of(3) || (nx && xx) {
        return Err(error(errors::SYNTAX));
    }
    let mut zadd_args: Vec<Vec<u8>> = request.args[..first].to_vec();
    for triple in triples.chunks(3) {
        let (longitude, latitude) = long_lat(&triple[0], &triple[1])?;
        let score = score_of(longitude, latitude) as u64;
        zadd_args.push(score.to_string().into_bytes());
        zadd_args.push(triple[2].clone());
    }
    zadd(
        keyspace,
        &Request {
            name: "zadd",
            spelled: b"zadd",
            args: &zadd_args,
            resp: request.resp,
        },
    )
}

fn geopos(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let set = sorted_set_at(keyspace, request.arg(0))?;
    let items = request.args[1..]
        .iter()
        .map(|member| match set.and_then(|set| set.score(member)) {
            None => Reply::Nil,
            Some(score) => {
                let (longitude, latitude) = point_of(score);
                Reply::Array(vec![
                    coordinate_reply(longitude, request.resp),
                    coordinate_reply(latitude, request.resp),
                ])
            }
        })
        .collect();
    Ok(Reply::Array(items))
}

fn geodist(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let meters = match request.args.len() {
        3 => 1.0,
        4 => unit(request.arg(3))?,
        _ => return Err(error(errors::SYNTAX)),
    };
    let Some(set) = sorted_set_at(keyspace, request.arg(0))? else {
        return Ok(Reply::Nil);
    };
    let (Some(first), Some(second)) = (set.score(request.arg(1)), set.score(request.arg(2))) else {
        return Ok(Reply::Nil);
    };
    let (lon1, lat1) = point_of(first);
    let (lon2, lat2) = point_of(second);
    Ok(bulk(
        format_distance(distance(lon1, lat1, lon2, lat2) / meters).as_bytes(),
    ))
}

fn geohash(keyspace: &mut Keyspace, request: &Request) -> Answer {
    const ALPHABET: &[u8] = b"0123456789bcdefghjkmnpqrstuvwxyz";
    let set = sorted_set_at(keyspace, request.arg(0))?;
    let items = request.args[1..]
        .iter()
        .map(|member| match set.and_then(|set| set.score(member)) {
            None => Reply::Nil,
            Some(score) => {
                let (longitude, latitude) = point_of(score);
                let bits = encode(longitude, latitude, (-90.0, 90.0), STEP_MAX)
                    .map_or(0, |cell| cell.bits);
                let text: Vec<u8> = (0..11)
                    .map(|index| {
                        let digit = if index == 10 {
                            0
                        } else {
                            (bits >> (52 - (index + 1) * 5)) & 0x1f
                        };
                        ALPHABET[digit as usize]
                    })
                    .collect();
                Reply::Bulk(text)
            }
        })
        .collect();
    Ok(Reply::Array(items))
}

/// The area searched: a circle of `radius` or a `width` × `height` box, in meters once
/// multiplied by `meters` (the unit).
#[derive(Debug, Clone, Copy)]
enum Area {
    Radius(f64),
    Box { width: f64, height: f64 },
}

#[derive(Debug, Clone, Copy)]
struct Shape {
    centre: (f64, f64),
    area: Area,
    meters: f64,
}

/// Which command is searching, for its argument rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Variant {
    Radius { store: bool },
    ByMember { store: bool },
    Search,
    SearchStore,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Order {
    None,
    Ascending,
    Descending,
}

struct Found {
    member: Vec<u8>,
    score: f64,
    distance: f64,
    point: (f64, f64),
}

fn georadius(keyspace: &mut Keyspace, request: &Request) -> Answer {
    search(keyspace, request, Variant::Radius { store: true })
}

fn georadius_ro(keyspace: &mut Keyspace, request: &Request) -> Answer {
    search(keyspace, request, Variant::Radius { store: false })
}

fn georadiusbymember(keyspace: &mut Keyspace, request: &Request) -> Answer {
    search(keyspace, request, Variant::ByMember { store: true })
}

fn georadiusbymember_ro(keyspace: &mut Keyspace, request: &Request) -> Answer {
    search(keyspace, request, Variant::ByMember { store: false })
}

fn geosearch(keyspace: &mut Keyspace, request: &Request) -> Answer {
    search(keyspace, request, Variant::Search)
}

fn geosearchstore(keyspace: &mut Keyspace, request: &Request) -> Answer {
    search(keyspace, request, Variant::SearchStore)
}

/// A radius (`<number> <unit>`) argument pair.
fn radius_arguments(number: &[u8], unit_word: &[u8]) -> Result<(f64, f64), Reply> {
    let radius = double_argument(number, "ERR need numeric radius")?;
    if radius < 0.0 {
        return Err(error("ERR radius cannot be negative"));
    }
    Ok((radius, unit(unit_word)?))
}

/// `georadiusGeneric`: the shared argument parsing, search and reply of every search command.
fn search(keyspace: &mut Keyspace, request: &Request, variant: Variant) -> Answer {
    let source_index = usize::from(variant == Variant::SearchStore);
    let source = request.arg(source_index);
    let set = sorted_set_at(keyspace, source)?.cloned();
    let args = request.args;
    let mut centre = None;
    let mut area = None;
    let mut meters = 1.0;
    let first_option = match variant {
        Variant::Radius { .. } => {
            centre = Some(long_lat(&args[1], &args[2])?);
            let (radius, unit) = radius_arguments(&args[3], &args[4])?;
            area = Some(Area::Radius(radius));
            meters = unit;
            5
        }
        Variant::ByMember { .. } => {
            if let Some(set) = &set {
                let score = set
                    .score(&args[1])
                    .ok_or_else(|| error("ERR could not decode requested zset member"))?;
                centre = Some(point_of(score));
                let (radius, unit) = radius_arguments(&args[2], &args[3])?;
                area = Some(Area::Radius(radius));
                meters = unit;
            }
            4
        }
        Variant::Search => 1,
        Variant::SearchStore => 2,
    };
    let searching = matches!(variant, Variant::Search | Variant::SearchStore);
    let may_store = matches!(
        variant,
        Variant::Radius { store: true } | Variant::ByMember { store: true }
    );
    let (mut with_dist, mut with_hash, mut with_coord, mut any) = (false, false, false, false);
    let mut order = Order::None;
    let mut count: i64 = 0;
    let mut store: Option<Vec<u8>> = if variant == Variant::SearchStore {
        Some(args[0].clone())
    } else {
        None
    };
    let mut store_distance = false;
    let (mut from_member, mut from_point, mut by_radius, mut by_box) = (false, false, false, false);
    let options = &args[first_option.min(args.len())..];
    let mut index = 0;
    while index < options.len() {
        let word = &options[index];
        let left = options.len() - index - 1;
        if is_option(word, "withdist") {
            with_dist = true;
        } else if is_option(word, "withhash") {
            with_hash = true;
        } else if is_option(word, "withcoord") {
            with_coord = true;
        } else if is_option(word, "any") {
            any = true;
        } else if is_option(word, "asc") {
            order = Order::Ascending;
        } else if is_option(word, "desc") {
            order = Order::Descending;
        } else if is_option(word, "count") && left >= 1 {
            count = parse_integer(&options[index + 1]).ok_or_else(|| error(errors::NOT_INTEGER))?;
            if count <= 0 {
                return Err(error("ERR COUNT must be > 0"));
            }
            index += 1;
        } else if (is_option(word, "store") || is_option(word, "storedist"))
            && left >= 1
            && may_store
        {
            store = Some(options[index + 1].clone());
            store_distance = is_option(word, "storedist");
            index += 1;
        } else if is_option(word, "storedist") && variant == Variant::SearchStore {
            store_distance = true;
        } else if is_option(word, "frommember") && left >= 1 && searching && !from_point {
            if let Some(set) = &set {
                let score = set
                    .score(&options[index + 1])
                    .ok_or_else(|| error("ERR could not decode requested zset member"))?;
                centre = Some(point_of(score));
            }
            from_member = true;
            index += 1;
        } else if is_option(word, "fromlonlat") && left >= 2 && searching && !from_member {
            centre = Some(long_lat(&options[index + 1], &options[index + 2])?);
            from_point = true;
            index += 2;
        } else if is_option(word, "byradius") && left >= 2 && searching && !by_box {
            let (radius, unit) = radius_arguments(&options[index + 1], &options[index + 2])?;
            area = Some(Area::Radius(radius));
            meters = unit;
            by_radius = true;
            index += 2;
        } else if is_option(word, "bybox") && left >= 3 && searching && !by_radius {
            let width = double_argument(&options[index + 1], "ERR need numeric width")?;
            let height = double_argument(&options[index + 2], "ERR need numeric height")?;
            if width < 0.0 || height < 0.0 {
                return Err(error("ERR height or width cannot be negative"));
            }
            meters = unit(&options[index + 3])?;
            area = Some(Area::Box { width, height });
            by_box = true;
            index += 3;
        } else {
            return Err(error(errors::SYNTAX));
        }
        index += 1;
    }
    let name = request.name.to_string();
    if store.is_some() && (with_dist || with_hash || with_coord) {
        let which = if variant == Variant::SearchStore {
            "GEOSEARCHSTORE"
        } else {
            "STORE option in GEORADIUS"
        };
        return Err(error(&format!(
            "ERR {which} is not compatible with WITHDIST, WITHHASH and WITHCOORD options"
        )));
    }
    if searching && !(from_member || from_point) {
        return Err(error(&format!(
            "ERR exactly one of FROMMEMBER or FROMLONLAT can be specified for {name}"
        )));
    }
    if searching && !(by_radius || by_box) {
        return Err(error(&format!(
            "ERR exactly one of BYRADIUS and BYBOX can be specified for {name}"
        )));
    }
    if any && count == 0 {
        return Err(error("ERR the ANY argument requires COUNT argument"));
    }
    let (Some(set), Some(centre), Some(area)) = (set, centre, area) else {
        if let Some(target) = store {
            keyspace.remove(&target);
            return Ok(integer(0));
        }
        return Ok(Reply::Array(Vec::new()));
    };
    if count != 0 && order == Order::None && !any {
        order = Order::Ascending;
    }
    let shape = Shape {
        centre,
        area,
        meters,
    };
    let limit = if any { count as usize } else { 0 };
    let mut found = members_in(&set, &shape, limit);
    match order {
        Order::Ascending => found.sort_by(|a, b| a.distance.total_cmp(&b.distance)),
        Order::Descending => found.sort_by(|a, b| b.distance.total_cmp(&a.distance)),
        Order::None => {}
    }
    if count > 0 {
        found.truncate(usize::try_from(count).unwrap_or(usize::MAX));
    }
    for item in &mut found {
        item.distance /= meters;
    }
    if let Some(target) = store {
        let returned = found.len();
        if found.is_empty() {
            keyspace.remove(&target);
        } else {
            let mut stored = SortedSet::default();
            for item in &found {
                let score = if store_distance {
                    item.distance
                } else {
                    item.score
                };
                stored.insert(&item.member, score);
            }
            keyspace.set(&target, Data::SortedSet(stored));
        }
        return Ok(integer(returned));
    }
    let items = found
        .into_iter()
        .map(|item| {
            if !(with_dist || with_hash || with_coord) {
                return Reply::Bulk(item.member);
            }
            let mut parts = vec![Reply::Bulk(item.member)];
            if with_dist {
                parts.push(bulk(format_distance(item.distance).as_bytes()));
            }
            if with_hash {
                parts.push(Reply::Integer(score_bits(item.score) as i64));
            }
            if with_coord {
                parts.push(Reply::Array(vec![
                    coordinate_reply(item.point.0, request.resp),
                    coordinate_reply(item.point.1, request.resp),
                ]));
            }
            Reply::Array(parts)
        })
        .collect();
    Ok(Reply::Array(items))
}

/// The cells Redis searches for a shape: the centre cell and its neighbours (those left out
/// as [`Cell::NONE`]), in Redis's order.
fn cells_to_search(shape: &Shape) -> [Cell; 9] {
    let (longitude, latitude) = shape.centre;
    let (half_height, half_width) = match shape.area {
        Area::Radius(radius) => (radius, radius),
        Area::Box { width, height } => (height / 2.0, width / 2.0),
    };
    let height = shape.meters * half_height;
    let width = shape.meters * half_width;
    let lat_delta = (height / EARTH_RADIUS) / DEGREES_TO_RADIANS;
    let long_delta_top =
        (width / EARTH_RADIUS / radians(latitude + lat_delta).cos()) / DEGREES_TO_RADIANS;
    let long_delta_bottom =
        (width / EARTH_RADIUS / radians(latitude - lat_delta).cos()) / DEGREES_TO_RADIANS;
    let long_delta = if latitude < 0.0 {
        long_delta_bottom
    } else {
        long_delta_top
    };
    let (min_lon, max_lon) = (longitude - long_delta, longitude + long_delta);
    let (min_lat, max_lat) = (latitude - lat_delta, latitude + lat_delta);
    let radius_meters = match shape.area {
        Area::Radius(radius) => radius,
        Area::Box { width, height } => ((width / 2.0).powi(2) + (height / 2.0).powi(2)).sqrt(),
    } * shape.meters;
    let mut step = estimate_step(radius_meters, latitude);
    let centre_cell = |step| {
        encode(longitude, latitude, (LAT_MIN, LAT_MAX), step).unwrap_or(Cell { bits: 0, step })
    };
    let mut cell = centre_cell(step);
    let mut neighbours = neighbours_of(cell);
    let [north, south, east, west, ..] = neighbours;
    let too_small = decode(north).1 .1 < max_lat
        || decode(south).1 .0 > min_lat
        || decode(east).0 .1 < max_lon
        || decode(west).0 .0 > min_lon;
    if step > 1 && too_small {
        step -= 1;
        cell = centre_cell(step);
        neighbours = neighbours_of(cell);
    }
    let ((area_lon_min, area_lon_max), (area_lat_min, area_lat_max)) = decode(cell);
    // Neighbour order: north, south, east, west, north-east, north-west, south-east, south-west.
    if step >= 2 {
        let mut drop = |indices: [usize; 3]| {
            for index in indices {
                neighbours[index] = Cell::NONE;
            }
        };
        if area_lat_min < min_lat {
            drop([1, 7, 6]);
        }
        if area_lat_max > max_lat {
            drop([0, 4, 5]);
        }
        if area_lon_min < min_lon {
            drop([3, 7, 5]);
        }
        if area_lon_max > max_lon {
            drop([2, 6, 4]);
        }
    }
    let [n, s, e, w, ne, nw, se, sw] = neighbours;
    [cell, n, s, e, w, ne, nw, se, sw]
}

fn estimate_step(range_meters: f64, latitude: f64) -> u32 {
    if range_meters == 0.0 {
        return STEP_MAX;
    }
    let mut range = range_meters;
    let mut step: i32 = 1;
    while range < MERCATOR_MAX {
        range *= 2.0;
        step += 1;
    }
    step -= 2;
    if !(-66.0..=66.0).contains(&latitude) {
        step -= 1;
        if !(-80.0..=80.0).contains(&latitude) {
            step -= 1;
        }
    }
    step.clamp(1, STEP_MAX as i32) as u32
}

fn move_cell(cell: Cell, dx: i8, dy: i8) -> Cell {
    let shift = 64 - cell.step * 2;
    let mut x = cell.bits & 0xaaaa_aaaa_aaaa_aaaa;
    let mut y = cell.bits & 0x5555_5555_5555_5555;
    if dx != 0 {
        let zz = 0x5555_5555_5555_5555u64 >> shift;
        x = if dx > 0 {
            x.wrapping_add(zz + 1)
        } else {
            (x | zz).wrapping_sub(zz + 1)
        };
        x &= 0xaaaa_aaaa_aaaa_aaaau64 >> shift;
    }
    if dy != 0 {
        let zz = 0xaaaa_aaaa_aaaa_aaaau64 >> shift;
        y = if dy > 0 {
            y.wrapping_add(zz + 1)
        } else {
            (y | zz).wrapping_sub(zz + 1)
        };
        y &= 0x5555_5555_5555_5555u64 >> shift;
    }
    Cell {
        bits: x | y,
        step: cell.step,
    }
}

/// North, south, east, west, north-east, north-west, south-east, south-west.
fn neighbours_of(cell: Cell) -> [Cell; 8] {
    [
        move_cell(cell, 0, 1),
        move_cell(cell, 0, -1),
        move_cell(cell, 1, 0),
        move_cell(cell, -1, 0),
        move_cell(cell, 1, 1),
        move_cell(cell, -1, 1),
        move_cell(cell, 1, -1),
        move_cell(cell, -1, -1),
    ]
}

/// The members inside the shape, in the order Redis finds them; with a `limit` (ANY), the
/// search stops once that many are found.
fn members_in(set: &SortedSet, shape: &Shape, limit: usize) -> Vec<Found> {
    let cells = cells_to_search(shape);
    let mut found = Vec::new();
    let mut last_processed: Option<usize> = None;
    for (index, cell) in cells.iter().enumerate() {
        if *cell == Cell::NONE {
            continue;
        }
        if last_processed.is_some_and(|last| last != 0 && cells[last] == *cell) {
            continue;
        }
        if limit != 0 && found.len() >= limit {
            break;
        }
        let shift = 52 - cell.step * 2;
        let min = (cell.bits << shift) as f64;
        let max = ((cell.bits + 1) << shift) as f64;
        for (score, member) in set.entries() {
            if *score < min {
                continue;
            }
            if *score >= max {
                break;
            }
            if let Some((point, distance)) = within(shape, *score) {
                found.push(Found {
                    member: member.clone(),
                    score: *score,
                    distance,
                    point,
                });
            }
            if limit != 0 && found.len() >= limit {
                break;
            }
        }
        last_processed = Some(index);
    }
    found
}

/// The point of `score` and its distance from the centre, when it lies inside the shape.
fn within(shape: &Shape, score: f64) -> Option<((f64, f64), f64)> {
    let point = point_of(score);
    let (longitude, latitude) = shape.centre;
    match shape.area {
        Area::Radius(radius) => {
            let meters = distance(longitude, latitude, point.0, point.1);
            (meters <= radius * shape.meters).then_some((point, meters))
        }
        Area::Box { width, height } => {
            let (width, height) = (width * shape.meters, height * shape.meters);
            if latitude_distance(point.1, latitude) > height / 2.0 {
                return None;
            }
            if distance(point.0, point.1, longitude, point.1) > width / 2.0 {
                return None;
            }
            Some((point, distance(longitude, latitude, point.0, point.1)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bits_spread_and_squash_back() {
        for value in [0u32, 1, 0x3ff_ffff, 0xdead_beef, u32::MAX] {
            assert_eq!(squash(spread(value)), value);
        }
    }

    #[test]
    fn distances_format_with_four_rounded_decimals() {
        assert_eq!(format_distance(166_274.151_557_949_3), "166274.1516");
        assert_eq!(format_distance(0.0), "0.0000");
        assert_eq!(format_distance(0.5), "0.5000");
    }

    #[test]
    fn coordinates_format_like_percent_17lf_trimmed() {
        assert_eq!(format_coordinate(13.5), "13.5");
        assert_eq!(format_coordinate(-0.0), "0");
        assert_eq!(format_coordinate(2.0), "2");
    }
}
