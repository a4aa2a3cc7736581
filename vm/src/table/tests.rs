//! Behaviour of the table API beyond the traversal orders `conformance_tests` compares.

use super::{InvalidKey, KeyError, Table};
use crate::arena::Arena;
use crate::string::Strings;
use crate::value::Value;

fn num(n: f64) -> Value {
    Value::Number(n)
}

/// All keys `next` visits from the start, in order.
fn traversal(t: &Table) -> Vec<(Value, Value)> {
    let mut entries = Vec::new();
    let mut key = Value::Nil;
    while let Some((k, v)) = t.next(key).expect("valid traversal") {
        entries.push((k, v));
        key = k;
    }
    entries
}

#[test]
fn get_and_set_through_every_path_agree() {
    let mut strings = Strings::default();
    let name = strings.intern(b"name");
    let mut t = Table::new(0, 0);
    t.set_str(name, num(1.0));
    t.set_int(1, num(2.0));
    t.set(num(2.0), num(3.0)).unwrap();
    t.set(Value::Boolean(true), num(4.0)).unwrap();
    t.set(num(0.5), num(5.0)).unwrap();
    assert_eq!(t.get(Value::String(name)), num(1.0));
    assert_eq!(t.get_str(name), num(1.0));
    assert_eq!(t.get(num(1.0)), num(2.0));
    assert_eq!(t.get_int(2), num(3.0));
    assert_eq!(t.get(Value::Boolean(true)), num(4.0));
    assert_eq!(t.get(Value::Boolean(false)), Value::Nil);
    assert_eq!(t.get(num(0.5)), num(5.0));
    assert_eq!(t.get(Value::Nil), Value::Nil);
    assert_eq!(t.get_int(i64::MIN), Value::Nil);
    assert_eq!(t.get_int(0), Value::Nil);
}

#[test]
fn float_keys_with_integer_values_are_integer_keys() {
    let mut t = Table::new(0, 0);
    t.set(num(3.0), Value::Boolean(true)).unwrap();
    assert_eq!(t.get_int(3), Value::Boolean(true));
    t.set_int(-7, Value::Boolean(false));
    assert_eq!(t.get(num(-7.0)), Value::Boolean(false));
    // Both zeros are one key.
    t.set(num(-0.0), num(1.0)).unwrap();
    t.set(num(0.0), num(2.0)).unwrap();
    assert_eq!(t.get_int(0), num(2.0));
    assert_eq!(traversal(&t).len(), 3);
    // Integers beyond 32 bits and 2^53 stay exact keys.
    t.set(num(4294967296.0), num(9.0)).unwrap();
    assert_eq!(t.get_int(1 << 32), num(9.0));
    assert_eq!(t.get(num(4294967297.0)), Value::Nil);
}

#[test]
fn nil_and_nan_keys_are_rejected() {
    let mut t = Table::new(0, 0);
    assert_eq!(t.set(Value::Nil, num(1.0)), Err(KeyError::Nil));
    // Like 5.1, the check does not depend on the value being stored.
    assert_eq!(t.set(Value::Nil, Value::Nil), Err(KeyError::Nil));
    assert_eq!(t.set(num(f64::NAN), num(1.0)), Err(KeyError::NaN));
    assert_eq!(t.set(num(f64::NAN), Value::Nil), Err(KeyError::NaN));
    assert_eq!(t.get(num(f64::NAN)), Value::Nil);
    assert_eq!(t.next(num(f64::NAN)), Err(InvalidKey));
    assert_eq!(t.node_capacity(), 0);
    // Infinities are ordinary keys.
    t.set(num(f64::INFINITY), num(1.0)).unwrap();
    t.set(num(f64::NEG_INFINITY), num(2.0)).unwrap();
    assert_eq!(t.get(num(f64::INFINITY)), num(1.0));
    assert_eq!(t.get(num(f64::NEG_INFINITY)), num(2.0));
}

#[test]
fn next_rejects_keys_never_in_the_table() {
    let mut strings = Strings::default();
    let (a, b) = (strings.intern(b"a"), strings.intern(b"b"));
    let mut t = Table::new(4, 1);
    assert_eq!(t.next(Value::Nil), Ok(None));
    t.set_str(a, num(1.0));
    // Integer keys inside the array part are always valid positions, as in 5.1.
    assert!(t.next(num(3.0)).is_ok());
    assert_eq!(t.next(num(5.0)), Err(InvalidKey));
    assert_eq!(t.next(Value::String(b)), Err(InvalidKey));
    assert_eq!(t.next(Value::Boolean(true)), Err(InvalidKey));
    assert_eq!(t.next(Value::String(a)), Ok(None));
}

#[test]
fn clearing_fields_during_traversal_keeps_next_working() {
    let mut strings = Strings::default();
    let mut t = Table::new(0, 0);
    for i in 0..100 {
        t.set_str(strings.intern(format!("key{i}").as_bytes()), num(i as f64));
        t.set_int(i + 1, num(i as f64));
    }
    let before = traversal(&t);
    let mut visited = Vec::new();
    let mut key = Value::Nil;
    while let Some((k, v)) = t.next(key).unwrap() {
        visited.push((k, v));
        t.set(k, Value::Nil).unwrap();
        key = k;
    }
    assert_eq!(visited, before);
    assert_eq!(t.next(Value::Nil), Ok(None));
    assert_eq!(t.border(), 0);
    // The cleared keys still anchor `next`.
    for (k, _) in &before {
        assert_eq!(t.next(*k), Ok(None));
    }
}

#[test]
fn border_matches_lua51_on_tables_with_holes() {
    // Each expectation is what lua5.1 printed for `#t` on the same construction.
    let mut t = Table::new(4, 0);
    for (i, v) in [num(1.0), num(2.0), Value::Nil, num(4.0)]
        .into_iter()
        .enumerate()
    {
        t.set_int(i as i64 + 1, v);
    }
    assert_eq!(t.border(), 4); // {1,2,nil,4}

    let mut t = Table::new(3, 0);
    t.set_int(3, num(3.0));
    assert_eq!(t.border(), 3); // {nil,nil,3}

    let mut t = Table::new(0, 0);
    for k in [1, 2, 4] {
        t.set_int(k, num(k as f64));
    }
    assert_eq!(t.border(), 4); // t[1]=1 t[2]=2 t[4]=4

    let mut t = Table::new(0, 0);
    t.set_int(2, num(1.0));
    assert_eq!(t.border(), 0); // t[2]=1

    let mut t = Table::new(6, 0);
    for k in [1, 2, 3, 5] {
        t.set_int(k, num(k as f64));
    }
    assert_eq!(t.border(), 3); // {1,2,3,nil,5,nil}

    let mut t = Table::new(0, 0);
    for k in 1..=10 {
        t.set_int(k, num(k as f64));
    }
    t.set_int(5, Value::Nil);
    assert_eq!(t.border(), 10);
    t.set_int(10, Value::Nil);
    assert_eq!(t.border(), 9);

    let mut t = Table::new(0, 0);
    for k in [1, 2, 3, 4, 5, 100] {
        t.set_int(k, num(1.0));
    }
    t.set_int(3, Value::Nil);
    assert_eq!(t.border(), 5);
}

#[test]
fn unbounded_border_search_runs_through_the_hash_part() {
    let mut t = Table::new(0, 0);
    // Insert from the top so most keys land in the hash part before the array grows.
    for k in (1..=1000).rev() {
        t.set_int(k, num(1.0));
    }
    assert_eq!(t.border(), 1000);
    let mut sparse = Table::new(0, 0);
    sparse.set_int(1, num(1.0));
    sparse.set_int(1 << 20, num(1.0));
    assert_eq!(sparse.border(), 1);
}

#[test]
fn ensure_array_moves_integer_keys_into_the_array() {
    let mut t = Table::new(0, 4);
    t.set_int(3, num(3.0));
    t.set_int(7, num(7.0));
    assert_eq!(t.array_capacity(), 0);
    t.ensure_array(5);
    assert_eq!(t.array_capacity(), 5);
    assert_eq!(t.node_capacity(), 4);
    assert_eq!(t.get_int(3), num(3.0));
    assert_eq!(t.get_int(7), num(7.0));
    assert_eq!(
        traversal(&t),
        vec![(num(3.0), num(3.0)), (num(7.0), num(7.0))]
    );
    // Smaller requests leave the table alone.
    t.ensure_array(2);
    assert_eq!(t.array_capacity(), 5);
}

#[test]
fn constructor_sizes_are_kept_until_a_rehash() {
    let t = Table::new(3, 5);
    assert_eq!(t.array_capacity(), 3);
    assert_eq!(t.node_capacity(), 8);
    assert!(t.memory_size() >= 3 * 16 + 8 * 32);
    let empty = Table::new(0, 0);
    assert_eq!(empty.node_capacity(), 0);
    assert!(empty.memory_size() < t.memory_size());
}

#[test]
fn absent_key_stored_as_nil_takes_a_node_until_reused() {
    let mut strings = Strings::default();
    let mut t = Table::new(0, 0);
    let ghost = strings.intern(b"ghost");
    t.set_str(ghost, Value::Nil);
    assert_eq!(t.node_capacity(), 1);
    assert_eq!(t.next(Value::String(ghost)), Ok(None));
    // "live" has the same main position in a one-node table, whose value is nil: the node
    // is reused (so no rehash) and "ghost" is gone, as lua5.1's `next(t, "ghost")` says.
    t.set_str(strings.intern(b"live"), num(1.0));
    assert_eq!(t.node_capacity(), 1);
    assert_eq!(t.next(Value::String(ghost)), Err(InvalidKey));
}

#[test]
fn retain_entries_clears_values_but_keeps_traversal_positions() {
    let mut tables: Arena<Table> = Arena::new();
    let handles: Vec<_> = (0..20).map(|_| tables.insert(Table::new(0, 0))).collect();
    let mut t = Table::new(0, 0);
    for (i, h) in handles.iter().enumerate() {
        t.set(Value::Table(*h), num(i as f64)).unwrap();
        t.set_int(i as i64 + 1, Value::Table(*h));
    }
    let layout = (t.array_capacity(), t.node_capacity());
    let first_key = t.next(Value::Nil).unwrap().unwrap().0;
    let is_odd = |v: Value| matches!(v, Value::Number(n) if n % 2.0 == 1.0);
    t.retain_entries(|k, v| !is_odd(k) && !is_odd(v));
    assert_eq!((t.array_capacity(), t.node_capacity()), layout);
    assert!(t.next(first_key).is_ok());
    let mut live = Vec::new();
    t.for_each_entry(|k, v| live.push((k, v)));
    assert_eq!(live, traversal(&t));
    assert_eq!(live.len(), 20);
    assert!(live.iter().all(|&(k, v)| !is_odd(k) && !is_odd(v)));
    for (i, h) in handles.iter().enumerate() {
        let expected = if i % 2 == 0 {
            num(i as f64)
        } else {
            Value::Nil
        };
        assert_eq!(t.get(Value::Table(*h)), expected);
    }
}

#[test]
fn every_store_clears_the_metamethod_cache() {
    let mut t = Table::new(0, 0);
    assert_eq!(t.flags, !0);
    t.set_int(1, num(1.0));
    assert_eq!(t.flags, 0);
    t.flags = 0b101;
    t.set(Value::Boolean(true), num(1.0)).unwrap();
    assert_eq!(t.flags, 0);
}

/// A tiny deterministic generator for the randomised tests (xorshift64*).
struct Rng(u64);
impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n
    }
}

#[test]
fn random_operations_agree_with_a_simple_model() {
    let mut strings = Strings::default();
    let mut tables: Arena<Table> = Arena::new();
    let mut pool: Vec<Value> = Vec::new();
    for i in 0..60 {
        pool.push(Value::String(strings.intern(format!("s{i}").as_bytes())));
        pool.push(num(i as f64));
        pool.push(num(i as f64 * 17.0 + 1000.0));
        pool.push(num(i as f64 + 0.25));
        pool.push(num(-(i as f64) - 1.0));
        pool.push(Value::Table(tables.insert(Table::new(0, 0))));
    }
    pool.push(Value::Boolean(true));
    pool.push(Value::Boolean(false));
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for round in 0..30 {
        let mut t = Table::new(rng.below(8), rng.below(8));
        // model[i] is the value stored under pool[i].
        let mut model = vec![Value::Nil; pool.len()];
        for step in 0..2000 {
            let i = rng.below(pool.len());
            let value = if rng.below(3) == 0 {
                Value::Nil
            } else {
                num(step as f64)
            };
            t.set(pool[i], value).unwrap();
            model[i] = value;
            if step % 400 == 0 {
                // Clear part of the table mid-traversal, as scripts do.
                let mut key = Value::Nil;
                while let Some((k, _)) = t.next(key).unwrap() {
                    if rng.below(2) == 0 {
                        t.set(k, Value::Nil).unwrap();
                        let slot = pool.iter().position(|p| *p == k).unwrap();
                        model[slot] = Value::Nil;
                    }
                    key = k;
                }
            }
        }
        for (key, expected) in pool.iter().zip(&model) {
            assert_eq!(t.get(*key), *expected, "round {round} key {key:?}");
        }
        let mut seen = traversal(&t);
        assert_eq!(seen.len(), model.iter().filter(|v| !v.is_nil()).count());
        seen.retain(|(k, v)| model[pool.iter().position(|p| p == k).unwrap()] == *v);
        assert_eq!(seen.len(), model.iter().filter(|v| !v.is_nil()).count());
    }
}

#[test]
fn million_key_churn_is_fast() {
    let start = std::time::Instant::now();
    let mut t = Table::new(0, 0);
    // Non-integer keys: all in the hash part.
    for i in 0..1_000_000 {
        t.set(num(i as f64 * 2.0 + 0.5), num(i as f64)).unwrap();
    }
    assert_eq!(t.node_capacity(), 1 << 20);
    for i in 0..1_000_000 {
        t.set(num(i as f64 * 2.0 + 0.5), Value::Nil).unwrap();
    }
    assert_eq!(t.next(Value::Nil), Ok(None));
    // A queue: integer keys appended at the top and removed from the bottom.
    for i in 1..=1_000_000i64 {
        t.set_int(i, num(i as f64));
        if i > 1000 {
            t.set_int(i - 1000, Value::Nil);
        }
    }
    assert_eq!(traversal(&t).len(), 1000);
    assert_eq!(t.get_int(1_000_000), num(1_000_000.0));
    assert_eq!(t.get_int(999_000), Value::Nil);
    // Generous bound: even unoptimised builds take a few seconds; quadratic work takes hours.
    assert!(
        start.elapsed().as_secs() < 60,
        "churn took {:?}",
        start.elapsed()
    );
}

#[test]
fn overwrite_stores_only_where_the_key_has_a_place() {
    let mut strings = Strings::default();
    let (x, y) = (strings.intern(b"x"), strings.intern(b"y"));
    let mut t = Table::new(2, 2);
    t.set_str(x, num(1.0));
    t.set_str(y, num(2.0));
    t.set_str(y, Value::Nil);
    t.flags = !0;
    // Present keys: a node and an array slot (empty or not).
    assert!(t.overwrite(Value::String(x), num(10.0), true));
    assert_eq!(t.get_str(x), num(10.0));
    assert_eq!(t.flags, 0, "a store clears the metamethod cache");
    assert!(t.overwrite(num(2.0), num(20.0), false));
    assert_eq!(t.get_int(2), num(20.0));
    // A place holding nil counts only when `__newindex` cannot apply.
    assert!(!t.overwrite(Value::String(y), num(3.0), true));
    assert_eq!(t.get_str(y), Value::Nil);
    assert!(!t.overwrite(num(1.0), num(3.0), true));
    assert!(t.overwrite(Value::String(y), num(3.0), false));
    assert_eq!(t.get_str(y), num(3.0));
    // Absent keys, NaN and keys of other types take the full path.
    let z = strings.intern(b"z");
    assert!(!t.overwrite(Value::String(z), num(1.0), false));
    assert!(!t.overwrite(num(3.0), num(1.0), false));
    assert!(!t.overwrite(num(f64::NAN), num(1.0), false));
    assert!(!t.overwrite(Value::Boolean(true), num(1.0), false));
    assert_eq!(t.get_str(z), Value::Nil);
}

#[test]
fn only_integral_numbers_within_the_array_reach_its_slots() {
    let mut t = Table::new(4, 0);
    for i in 1..=4 {
        t.set_int(i, num(i as f64 * 10.0));
    }
    for (key, found) in [
        (1.0, Some(10.0)),
        (4.0, Some(40.0)),
        (2.0000000000000004, None),
        (1.5, None),
        (0.5, None),
        (0.0, None),
        (-0.0, None),
        (-1.0, None),
        (5.0, None),
        (4.5, None),
        (4_503_599_627_370_497.0, None),
        (-4_503_599_627_370_495.0, None),
        (1e300, None),
        (f64::INFINITY, None),
        (f64::NEG_INFINITY, None),
        (f64::NAN, None),
    ] {
        assert_eq!(
            t.array_index(key).map(|i| i + 1),
            found.map(|v| v as usize / 10),
            "{key:e}"
        );
        assert_eq!(t.get(num(key)), found.map_or(Value::Nil, num), "{key:e}");
    }
}

#[test]
fn integer_overwrite_finds_array_slots_and_nodes_only() {
    let mut t = Table::new(2, 2);
    t.set_int(5, num(5.0));
    t.flags = !0;
    assert!(
        t.overwrite_int(1, num(1.0)),
        "an empty array slot is a place"
    );
    assert_eq!(t.get_int(1), num(1.0));
    assert_eq!(t.flags, 0, "a store clears the metamethod cache");
    assert!(t.overwrite_int(5, Value::Nil), "a node holding the key");
    assert_eq!(t.get_int(5), Value::Nil);
    assert!(!t.overwrite_int(3, num(3.0)), "no place yet");
    assert!(!t.overwrite_int(0, num(0.0)));
    assert!(!t.overwrite_int(-1, num(0.0)));
    assert!(!t.overwrite_int(i64::MIN, num(0.0)));
    assert_eq!(t.get_int(3), Value::Nil);
}
