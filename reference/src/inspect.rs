//! Exact reading of Lua values.
//!
//! Under Lua 5.1, mlua turns any number within `f64::EPSILON` of an integer into an integer
//! (so `1e-300` reads as `0` and `-0.0` loses its sign). The bench needs numbers bit for bit, so
//! values are only ever read out of integer-keyed arrays built inside Lua, where a number slot can
//! be re-read as an `f64` directly from the stack.

use mlua::{Function, Lua, Table, Value};

/// A Lua value as the reference hands it out: numbers exact, everything else as an mlua value.
#[derive(Debug, Clone)]
pub enum ExactValue {
    Number(f64),
    Other(Value),
}

/// Reads slot `index` of an integer-keyed array without rounding numbers.
pub(crate) fn read_slot(array: &Table, index: i64) -> mlua::Result<ExactValue> {
    let value: Value = array.raw_get(index)?;
    Ok(match value {
        Value::Integer(_) | Value::Number(_) => ExactValue::Number(array.raw_get::<f64>(index)?),
        other => ExactValue::Other(other),
    })
}

/// Lists a table's raw entries (no metamethods) into two parallel arrays inside Lua, so that both
/// keys and values can be read exactly. Loaded before the script runs, so it uses the original
/// `next` even if the script replaced the global.
const SNAPSHOT_SOURCE: &str = "local next = next
return function(t)
  local keys, values, count = {}, {}, 0
  local k, v = next(t)
  while k ~= nil do
    count = count + 1
    keys[count], values[count] = k, v
    k, v = next(t, k)
  end
  return keys, values, count
end";

/// Reads the entries of tables left behind by a run.
pub(crate) struct TableReader {
    snapshot: Function,
}

impl TableReader {
    pub(crate) fn prepare(lua: &Lua) -> mlua::Result<TableReader> {
        let snapshot = lua
            .load(SNAPSHOT_SOURCE)
            .set_name("=(reference inspector)")
            .call::<Function>(())?;
        Ok(TableReader { snapshot })
    }

    pub(crate) fn entries(&self, table: &Table) -> mlua::Result<Vec<(ExactValue, ExactValue)>> {
        let (keys, values, count): (Table, Table, i64) = self.snapshot.call(table.clone())?;
        let mut entries = Vec::with_capacity(usize::try_from(count).unwrap_or(0));
        for index in 1..=count {
            entries.push((read_slot(&keys, index)?, read_slot(&values, index)?));
        }
        Ok(entries)
    }
}
