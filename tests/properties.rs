//! Property tests: number formatting against reference Lua, and normalisation's independence
//! from iteration order.

use ferrous_conformance::lua_number::format_lua_number;
use ferrous_conformance::normalize::{normalize, Entries, Inspect, Shape};
use proptest::prelude::*;

/// `tostring` of reference Lua 5.1 (the C library's `%.14g`), with the number pushed exactly.
fn lua_tostring(lua: &mlua::Lua, n: f64) -> String {
    let tostring: mlua::Function = lua.globals().get("tostring").expect("tostring");
    tostring
        .call::<mlua::String>(mlua::Value::Number(n))
        .expect("tostring of a number")
        .to_str()
        .expect("ascii")
        .to_string()
}

proptest! {
    #[test]
    fn number_formatting_matches_reference_lua(bits in any::<u64>()) {
        let lua = mlua::Lua::new();
        let n = f64::from_bits(bits);
        prop_assert_eq!(format_lua_number(n), lua_tostring(&lua, n));
    }

    #[test]
    fn number_formatting_matches_on_short_decimals(mantissa in -1_000_000_000i64..1_000_000_000, exponent in -20i32..20) {
        let lua = mlua::Lua::new();
        let n = mantissa as f64 * 10f64.powi(exponent);
        prop_assert_eq!(format_lua_number(n), lua_tostring(&lua, n));
    }

    #[test]
    fn normalisation_ignores_iteration_order(
        entries in proptest::collection::vec((any::<i32>(), ".{0,4}"), 0..20),
        rotation in 0usize..20,
    ) {
        let forward = Flat(entries.clone());
        let mut rotated = entries;
        if !rotated.is_empty() {
            let by = rotation % rotated.len();
            rotated.rotate_left(by);
        }
        let backward = Flat(rotated);
        prop_assert_eq!(
            normalize(&forward, &Item::Root).expect("normalise"),
            normalize(&backward, &Item::Root).expect("normalise")
        );
    }
}

/// One flat table of number keys and string values.
struct Flat(Vec<(i32, String)>);

#[derive(Clone)]
enum Item {
    Root,
    Key(i32),
    Text(String),
}

impl Inspect for Flat {
    type Value = Item;

    fn shape(&self, value: &Item) -> Result<Shape, String> {
        Ok(match value {
            Item::Root => Shape::Table { identity: 1 },
            Item::Key(k) => Shape::Number(f64::from(*k)),
            Item::Text(s) => Shape::String(s.as_bytes().to_vec()),
        })
    }

    fn entries(&self, _table: &Item) -> Result<Entries<Item>, String> {
        Ok(self
            .0
            .iter()
            .map(|(k, v)| (Item::Key(*k), Item::Text(v.clone())))
            .collect())
    }
}
