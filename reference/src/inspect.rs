//! Exact reading of Lua values.
//!
//! Under Lua 5.1, mlua turns any number within `f64::EPSILON` of an integer into an integer
//! (so `1e-300` reads as `0` and `-0.0` loses its sign). The bench needs numbers bit for bit, so
//! values are only ever read out of integer-keyed arrays built inside Lua, where a number slot can
//! be re-read as an `f64` directly from the stack.

use mlua::{ffi, Lua, Table, Value};

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

/// Reads the entries of tables left behind by a run, through the state's raw API: `lua_next` is
/// 5.1's `next` whatever the script did to the global, and nothing is compiled for a run that
/// returns no table (a reader chunk compiled before every run was a hundredth of a fuzz
/// execution, and memory 5.1's own interpreter does not hold while the script runs).
pub(crate) struct TableReader<'lua> {
    lua: &'lua Lua,
}

impl<'lua> TableReader<'lua> {
    pub(crate) fn new(lua: &'lua Lua) -> TableReader<'lua> {
        TableReader { lua }
    }

    /// The raw entries of `table` in `next`'s order: keys and values are copied into two
    /// integer-keyed arrays inside Lua first, so that both read exactly ([`read_slot`]).
    pub(crate) fn entries(&self, table: &Table) -> mlua::Result<Vec<(ExactValue, ExactValue)>> {
        // SAFETY: the closure only uses the raw API on the state it is given, in protected mode
        // (an allocation failure unwinds through no Rust frame holding anything). The table is
        // argument 1; the arrays are slots 2 and 3, and the count is pushed last.
        let (keys, values, count): (Table, Table, i64) = unsafe {
            self.lua.exec_raw(table, |state| {
                ffi::lua_createtable(state, 0, 0);
                ffi::lua_createtable(state, 0, 0);
                let mut count = 0;
                ffi::lua_pushnil(state);
                while ffi::lua_next(state, 1) != 0 {
                    count += 1;
                    ffi::lua_rawseti(state, 3, count);
                    ffi::lua_pushvalue(state, -1);
                    ffi::lua_rawseti(state, 2, count);
                }
                ffi::lua_pushinteger(state, ffi::lua_Integer::from(count));
                ffi::lua_remove(state, 1);
            })?
        };
        let mut entries = Vec::with_capacity(usize::try_from(count).unwrap_or(0));
        for index in 1..=count {
            entries.push((read_slot(&keys, index)?, read_slot(&values, index)?));
        }
        Ok(entries)
    }
}
