//! Turning an engine's own values into the shared [`Value`] tree.
//!
//! Each engine adapter implements [`Inspect`] over its values (what a value is, a table's raw
//! entries, a table's identity); [`normalize`] is the only code that builds trees, so every
//! engine is normalised by the same rules:
//! - table entries are sorted by key (then by value) in [`Value`]'s total order, so iteration
//!   order never matters;
//! - a table met again while it is being expanded becomes [`Value::Cycle`];
//! - tables below [`MAX_DEPTH`] levels become [`Value::DepthLimit`];
//! - once [`MAX_NODES`] values have been built, further tables become [`Value::SizeLimit`]
//!   (shared sub-tables are expanded at every occurrence, which could otherwise blow up).

use crate::outcome::Value;

/// Table nesting below which tables are replaced by a marker.
pub const MAX_DEPTH: usize = 32;
/// Values built for one normalisation before further tables are replaced by a marker.
pub const MAX_NODES: usize = 200_000;

/// What an engine value is, as far as normalisation needs to know.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Nil,
    Boolean(bool),
    Number(f64),
    String(Vec<u8>),
    /// A table, with an identity that is equal for the same table and different otherwise
    /// while the values are alive (an address or handle index does).
    Table {
        identity: u64,
    },
    Function,
    Userdata,
    Thread,
}

/// A table's raw entries as an engine's values.
pub type Entries<V> = Vec<(V, V)>;

/// Read access to an engine's values.
pub trait Inspect {
    /// The engine's value type.
    type Value;

    fn shape(&self, value: &Self::Value) -> Result<Shape, String>;

    /// The raw entries (no metamethods) of a value whose shape is [`Shape::Table`].
    fn entries(&self, table: &Self::Value) -> Result<Entries<Self::Value>, String>;
}

/// Normalises one engine value.
pub fn normalize<I: Inspect>(inspector: &I, value: &I::Value) -> Result<Value, String> {
    Walk {
        inspector,
        open_tables: Vec::new(),
        nodes: 0,
    }
    .value(value)
}

/// Normalises a sequence of values (a chunk's returns) with one shared node budget.
pub fn normalize_all<I: Inspect>(inspector: &I, values: &[I::Value]) -> Result<Vec<Value>, String> {
    let mut walk = Walk {
        inspector,
        open_tables: Vec::new(),
        nodes: 0,
    };
    values.iter().map(|value| walk.value(value)).collect()
}

struct Walk<'a, I: Inspect> {
    inspector: &'a I,
    /// Identities of the tables being expanded, outermost first.
    open_tables: Vec<u64>,
    nodes: usize,
}

impl<I: Inspect> Walk<'_, I> {
    fn value(&mut self, value: &I::Value) -> Result<Value, String> {
        self.nodes += 1;
        Ok(match self.inspector.shape(value)? {
            Shape::Nil => Value::Nil,
            Shape::Boolean(b) => Value::boolean(b),
            Shape::Number(n) => Value::number(n),
            Shape::String(bytes) => Value::string(bytes),
            Shape::Function => Value::Function,
            Shape::Userdata => Value::Userdata,
            Shape::Thread => Value::Thread,
            Shape::Table { identity } => self.table(value, identity)?,
        })
    }

    fn table(&mut self, table: &I::Value, identity: u64) -> Result<Value, String> {
        if self.open_tables.contains(&identity) {
            return Ok(Value::Cycle);
        }
        if self.open_tables.len() >= MAX_DEPTH {
            return Ok(Value::DepthLimit);
        }
        if self.nodes > MAX_NODES {
            return Ok(Value::SizeLimit);
        }
        self.open_tables.push(identity);
        let expanded = self.entries(table);
        self.open_tables.pop();
        let mut entries = expanded?;
        entries.sort();
        Ok(Value::Table { entries })
    }

    fn entries(&mut self, table: &I::Value) -> Result<Vec<(Value, Value)>, String> {
        let raw = self.inspector.entries(table)?;
        let mut entries = Vec::with_capacity(raw.len());
        for (key, value) in &raw {
            entries.push((self.value(key)?, self.value(value)?));
        }
        Ok(entries)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// A toy value model: tables live in an arena and refer to each other by index.
    #[derive(Clone)]
    enum Toy {
        Scalar(Shape),
        Table(u64),
    }

    struct Arena {
        tables: HashMap<u64, Vec<(Toy, Toy)>>,
    }

    impl Inspect for Arena {
        type Value = Toy;

        fn shape(&self, value: &Toy) -> Result<Shape, String> {
            Ok(match value {
                Toy::Scalar(shape) => shape.clone(),
                Toy::Table(id) => Shape::Table { identity: *id },
            })
        }

        fn entries(&self, table: &Toy) -> Result<Vec<(Toy, Toy)>, String> {
            match table {
                Toy::Table(id) => self
                    .tables
                    .get(id)
                    .cloned()
                    .ok_or_else(|| format!("no table {id}")),
                Toy::Scalar(_) => Err("not a table".to_string()),
            }
        }
    }

    fn num(n: f64) -> Toy {
        Toy::Scalar(Shape::Number(n))
    }

    fn text(s: &str) -> Toy {
        Toy::Scalar(Shape::String(s.as_bytes().to_vec()))
    }

    #[test]
    fn entries_are_sorted_whatever_the_iteration_order() {
        let forward = Arena {
            tables: HashMap::from([(1, vec![(text("b"), num(2.0)), (num(1.0), text("a"))])]),
        };
        let backward = Arena {
            tables: HashMap::from([(1, vec![(num(1.0), text("a")), (text("b"), num(2.0))])]),
        };
        let a = normalize(&forward, &Toy::Table(1)).expect("normalise");
        let b = normalize(&backward, &Toy::Table(1)).expect("normalise");
        assert_eq!(a, b);
        let Value::Table { entries } = a else {
            panic!("table expected")
        };
        assert_eq!(
            entries[0].0,
            Value::number(1.0),
            "numbers sort before strings"
        );
    }

    #[test]
    fn cycles_become_markers() {
        let arena = Arena {
            tables: HashMap::from([
                (1, vec![(text("child"), Toy::Table(2))]),
                (2, vec![(text("parent"), Toy::Table(1))]),
            ]),
        };
        let value = normalize(&arena, &Toy::Table(1)).expect("normalise");
        assert_eq!(value.render(), "{[\"child\"]={[\"parent\"]=<cycle>}}");
    }

    #[test]
    fn shared_tables_that_are_not_cycles_are_expanded_twice() {
        let arena = Arena {
            tables: HashMap::from([
                (
                    1,
                    vec![(text("a"), Toy::Table(2)), (text("b"), Toy::Table(2))],
                ),
                (2, vec![(num(1.0), num(1.0))]),
            ]),
        };
        let value = normalize(&arena, &Toy::Table(1)).expect("normalise");
        assert_eq!(value.render(), "{[\"a\"]={[1]=1}, [\"b\"]={[1]=1}}");
    }

    #[test]
    fn deep_nesting_is_bounded() {
        let depth = (MAX_DEPTH + 10) as u64;
        let tables = (0..depth)
            .map(|id| (id, vec![(num(1.0), Toy::Table(id + 1))]))
            .chain([(depth, vec![])])
            .collect();
        let value = normalize(&Arena { tables }, &Toy::Table(0)).expect("normalise");
        let mut level = 0;
        let mut current = &value;
        while let Value::Table { entries } = current {
            current = &entries[0].1;
            level += 1;
        }
        assert_eq!(level, MAX_DEPTH);
        assert_eq!(current, &Value::DepthLimit);
    }

    #[test]
    fn huge_shared_structures_are_cut_by_the_node_budget() {
        let wide: Vec<(Toy, Toy)> = (0..5_000).map(|i| (num(f64::from(i)), num(0.0))).collect();
        let fan_out = (0..100)
            .map(|i| (num(f64::from(i)), Toy::Table(2)))
            .collect();
        let arena = Arena {
            tables: HashMap::from([(1, fan_out), (2, wide)]),
        };
        let Value::Table { entries } = normalize(&arena, &Toy::Table(1)).expect("normalise") else {
            panic!("table expected")
        };
        let cut = entries
            .iter()
            .filter(|(_, value)| *value == Value::SizeLimit)
            .count();
        assert!(cut > 0 && cut < 100, "{cut} of 100 shared tables cut");
    }

    #[test]
    fn nan_negative_zero_and_bytes_are_kept() {
        let arena = Arena {
            tables: HashMap::new(),
        };
        let values = [
            num(f64::NAN),
            num(-0.0),
            Toy::Scalar(Shape::String(vec![0xff, 0x00])),
        ];
        let normalised = normalize_all(&arena, &values).expect("normalise");
        assert_eq!(normalised[0], Value::number(-f64::NAN), "NaN equals NaN");
        assert_ne!(normalised[1], Value::number(0.0), "-0 is not +0");
        assert_eq!(normalised[2], Value::string(vec![0xff, 0x00]));
    }

    #[test]
    fn errors_of_the_engine_are_reported() {
        let arena = Arena {
            tables: HashMap::new(),
        };
        let error = normalize(&arena, &Toy::Table(9)).expect_err("missing table");
        assert!(error.contains("no table 9"));
    }
}
