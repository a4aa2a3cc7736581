//! Metamethods and the slow paths of the execution loop (5.1's ltm.c and the fallbacks of
//! lvm.c): indexing chains, arithmetic with coercion, comparison, concatenation, length.

use crate::error::{LuaError, LuaResult};
use crate::exec::lua_mod;
use crate::number::parse_number;
use crate::state::{Event, Vm};
use crate::table::{KeyError, Table};
use crate::value::{TableRef, Value};

/// Longest `__index`/`__newindex` chain followed before giving up (5.1's MAXTAGLOOP).
const MAX_TAG_LOOP: usize = 100;

impl Vm {
    /// The metamethod for `event` of any value, or nil.
    #[inline]
    pub fn metamethod(&self, v: Value, event: Event) -> Value {
        match self.metatable(v) {
            None => Value::Nil,
            Some(mt) => self.heap.tables[mt].get_str(self.event_names[event as usize]),
        }
    }

    fn table_metamethod(&self, mt: Option<TableRef>, event: Event) -> Value {
        match mt {
            None => Value::Nil,
            Some(mt) => self.heap.tables[mt].get_str(self.event_names[event as usize]),
        }
    }

    /// [`Vm::table_metamethod`] for `__index` and `__newindex` through the metatable's
    /// absence cache (5.1's `fasttm`): a handler found missing is not looked for again until
    /// the metatable is stored into (every raw store clears the cache).
    fn cached_metamethod(&mut self, mt: Option<TableRef>, event: Event) -> Value {
        debug_assert!(matches!(event, Event::Index | Event::NewIndex));
        let Some(mt) = mt else {
            return Value::Nil;
        };
        let bit = 1u8 << event as u8;
        let table = &self.heap.tables[mt];
        if table.flags & bit != 0 {
            return Value::Nil;
        }
        let tm = table.get_str(self.event_names[event as usize]);
        if tm.is_nil() {
            // A cache bit is no reference the collector must see: no write barrier.
            if let Some(table) = self.heap.tables.get_mut_untracked(mt) {
                table.flags |= bit;
            }
        }
        tm
    }

    /// `key` looked up through the metatable `mt` of a table that does not hold it, when
    /// that takes one plain step: `__index` is a table that holds the key or has no
    /// metatable itself (the usual class lookup). `None` sends the caller to
    /// [`Vm::index_slow`].
    #[inline]
    pub(crate) fn index_through_table(&self, mt: TableRef, key: Value) -> Option<Value> {
        let handler = self.heap.tables[mt].get_str(self.event_names[Event::Index as usize]);
        match handler {
            Value::Nil => Some(Value::Nil),
            Value::Table(h) => {
                let class = &self.heap.tables[h];
                // Method names are strings: their lookup inline, not through `get`'s match.
                let v = match key {
                    Value::String(s) => class.get_str(s),
                    _ => class.get(key),
                };
                (!v.is_nil() || class.metatable.is_none()).then_some(v)
            }
            _ => None,
        }
    }

    /// `obj[key]` with `__index` (5.1's `luaV_gettable`). `reg` names the register holding
    /// `obj`, for error messages.
    #[cold]
    pub fn index_slow(&mut self, obj: Value, key: Value, reg: Option<u32>) -> LuaResult<Value> {
        let mut t = obj;
        for step in 0..MAX_TAG_LOOP {
            let tm = if let Value::Table(h) = t {
                let table = &self.heap.tables[h];
                let v = table.get(key);
                if !v.is_nil() {
                    return Ok(v);
                }
                let mt = table.metatable;
                let tm = self.cached_metamethod(mt, Event::Index);
                if tm.is_nil() {
                    return Ok(Value::Nil);
                }
                tm
            } else {
                let tm = self.metamethod(t, Event::Index);
                if tm.is_nil() {
                    let reg = if step == 0 { reg } else { None };
                    return Err(self.type_error(t, reg, "index"));
                }
                tm
            };
            if let Value::Function(_) = tm {
                return self.call_value1(tm, &[t, key]);
            }
            t = tm;
        }
        Err(self.runtime_error(b"loop in gettable"))
    }

    /// `obj[key] = val` with `__newindex` (5.1's `luaV_settable`).
    #[cold]
    pub fn set_index(
        &mut self,
        obj: Value,
        key: Value,
        val: Value,
        reg: Option<u32>,
    ) -> LuaResult<()> {
        let mut t = obj;
        for step in 0..MAX_TAG_LOOP {
            let tm = if let Value::Table(h) = t {
                let table = &self.heap.tables[h];
                if table.readonly {
                    return Err(self.readonly_error());
                }
                let tm = if table.get(key).is_nil() {
                    let mt = table.metatable;
                    self.cached_metamethod(mt, Event::NewIndex)
                } else {
                    Value::Nil
                };
                if tm.is_nil() {
                    return self.raw_set(h, key, val);
                }
                // 5.1 creates the key before it looks for `__newindex`.
                self.raw_set(h, key, Value::Nil)?;
                tm
            } else {
                let tm = self.metamethod(t, Event::NewIndex);
                if tm.is_nil() {
                    let reg = if step == 0 { reg } else { None };
                    return Err(self.type_error(t, reg, "index"));
                }
                tm
            };
            if let Value::Function(_) = tm {
                let func = self.stack.len();
                self.stack.extend_from_slice(&[tm, t, key, val]);
                self.call(func, 0)?;
                return Ok(());
            }
            t = tm;
        }
        Err(self.runtime_error(b"loop in settable"))
    }

    /// `rawset` semantics, with 5.1's errors for nil and NaN keys.
    #[cold]
    pub fn raw_set(&mut self, t: TableRef, key: Value, val: Value) -> LuaResult<()> {
        let table = &mut self.heap.tables[t];
        if table.readonly {
            return Err(self.readonly_error());
        }
        table.flags = 0;
        // Most stores find room: the sizes are compared as capacities, and computed only
        // when the table grew.
        let (array, nodes) = table.capacities();
        let stored = table.set(key, val);
        let resized = (table.capacities() != (array, nodes)).then(|| table.memory_size());
        match stored {
            Ok(()) => match resized {
                Some(after) => {
                    self.account_table_resize(Table::memory_size_for(array, nodes), after)
                }
                None => Ok(()),
            },
            Err(KeyError::Nil) => Err(self.runtime_error(b"table index is nil")),
            Err(KeyError::NaN) => Err(self.runtime_error(b"table index is NaN")),
        }
    }

    /// SETTABLE's store into a plain, writable table whose [`Table::overwrite`] failed: a
    /// string key is absent, so it goes in without a second lookup; other keys take
    /// [`Vm::raw_set`].
    #[cold]
    pub(crate) fn raw_set_absent(&mut self, t: TableRef, key: Value, val: Value) -> LuaResult<()> {
        let Value::String(s) = key else {
            return self.raw_set(t, key, val);
        };
        let table = &mut self.heap.tables[t];
        let (array, nodes) = table.capacities();
        table.insert_absent_str(s, val);
        if table.capacities() == (array, nodes) {
            return Ok(());
        }
        let after = table.memory_size();
        self.account_table_resize(Table::memory_size_for(array, nodes), after)
    }

    /// The error a store into a readonly table raises (positioned like any runtime error).
    pub(crate) fn readonly_error(&mut self) -> LuaError {
        self.runtime_error(b"Attempt to modify a readonly table")
    }

    /// A number, or a string that converts to one (5.1's `tonumber` coercion).
    #[inline]
    pub fn to_number(&self, v: Value) -> Option<f64> {
        match v {
            Value::Number(n) => Some(n),
            Value::String(s) => parse_number(self.heap.str_bytes(s)),
            _ => None,
        }
    }

    /// Arithmetic when an operand is not a number: string coercion, then metamethods.
    #[cold]
    pub(crate) fn arith_slow(
        &mut self,
        event: Event,
        b: Value,
        c: Value,
        reg_b: Option<u32>,
        reg_c: Option<u32>,
    ) -> LuaResult<Value> {
        if let (Some(x), Some(y)) = (self.to_number(b), self.to_number(c)) {
            let r = match event {
                Event::Add => x + y,
                Event::Sub => x - y,
                Event::Mul => x * y,
                Event::Div => x / y,
                Event::Mod => lua_mod(x, y),
                Event::Pow => x.powf(y),
                Event::Unm => -x,
                _ => unreachable!("not an arithmetic event"),
            };
            return Ok(Value::Number(r));
        }
        let mut tm = self.metamethod(b, event);
        if tm.is_nil() {
            tm = self.metamethod(c, event);
        }
        if !tm.is_nil() {
            return self.call_value1(tm, &[b, c]);
        }
        let (culprit, reg) = if self.to_number(b).is_some() {
            (c, reg_c)
        } else {
            (b, reg_b)
        };
        Err(self.type_error(culprit, reg, "perform arithmetic on"))
    }

    /// `#v` for values other than strings and tables.
    #[cold]
    pub(crate) fn length_slow(&mut self, v: Value, reg: Option<u32>) -> LuaResult<Value> {
        let tm = self.metamethod(v, Event::Len);
        if tm.is_nil() {
            return Err(self.type_error(v, reg, "get length of"));
        }
        self.call_value1(tm, &[v, Value::Nil])
    }

    /// `==` for two distinct tables or userdata: `__eq` when both share it.
    #[cold]
    pub(crate) fn equals_slow(&mut self, x: Value, y: Value) -> LuaResult<bool> {
        let (m1, m2) = (self.metatable(x), self.metatable(y));
        let tm1 = self.table_metamethod(m1, Event::Eq);
        if tm1.is_nil() {
            return Ok(false);
        }
        if m1 != m2 {
            let tm2 = self.table_metamethod(m2, Event::Eq);
            if tm1 != tm2 {
                return Ok(false);
            }
        }
        Ok(self.call_value1(tm1, &[x, y])?.is_truthy())
    }

    /// Full `==` (5.1's `luaV_equalval`).
    pub fn equals(&mut self, x: Value, y: Value) -> LuaResult<bool> {
        if x == y {
            return Ok(true);
        }
        match (x, y) {
            (Value::Table(_), Value::Table(_)) | (Value::UserData(_), Value::UserData(_)) => {
                self.equals_slow(x, y)
            }
            _ => Ok(false),
        }
    }

    /// The result of an order metamethod when both operands share it, else `None`.
    fn order_metamethod(&mut self, x: Value, y: Value, event: Event) -> LuaResult<Option<bool>> {
        let tm1 = self.metamethod(x, event);
        if tm1.is_nil() {
            return Ok(None);
        }
        let tm2 = self.metamethod(y, event);
        if tm1 != tm2 {
            return Ok(None);
        }
        Ok(Some(self.call_value1(tm1, &[x, y])?.is_truthy()))
    }

    /// `x < y` (5.1's `luaV_lessthan`).
    pub fn less_than(&mut self, x: Value, y: Value) -> LuaResult<bool> {
        match (x, y) {
            (Value::Number(a), Value::Number(b)) => Ok(a < b),
            (Value::String(a), Value::String(b)) => {
                Ok(self.heap.str_bytes(a) < self.heap.str_bytes(b))
            }
            _ if std::mem::discriminant(&x) != std::mem::discriminant(&y) => {
                Err(self.order_error(x, y))
            }
            _ => match self.order_metamethod(x, y, Event::Lt)? {
                Some(r) => Ok(r),
                None => Err(self.order_error(x, y)),
            },
        }
    }

    /// `x <= y` (5.1's `lessequal`), falling back to `not (y < x)` through `__lt`.
    pub fn less_equal(&mut self, x: Value, y: Value) -> LuaResult<bool> {
        match (x, y) {
            (Value::Number(a), Value::Number(b)) => Ok(a <= b),
            (Value::String(a), Value::String(b)) => {
                Ok(self.heap.str_bytes(a) <= self.heap.str_bytes(b))
            }
            _ if std::mem::discriminant(&x) != std::mem::discriminant(&y) => {
                Err(self.order_error(x, y))
            }
            _ => {
                if let Some(r) = self.order_metamethod(x, y, Event::Le)? {
                    return Ok(r);
                }
                match self.order_metamethod(y, x, Event::Lt)? {
                    Some(r) => Ok(!r),
                    None => Err(self.order_error(x, y)),
                }
            }
        }
    }

    /// Converts a number in stack slot `idx` to a string in place; true when the slot now
    /// holds a string.
    fn stringify_slot(&mut self, idx: usize) -> bool {
        match self.stack[idx] {
            Value::String(_) => true,
            Value::Number(n) => {
                self.stack[idx] = Value::String(self.number_to_str(n));
                true
            }
            _ => false,
        }
    }

    fn slot_len(&self, idx: usize) -> usize {
        match self.stack[idx] {
            Value::String(s) => self.heap.str_bytes(s).len(),
            _ => 0,
        }
    }

    /// Concatenates registers `first..=last` of the frame at `base` (5.1's `luaV_concat`:
    /// right to left, merging runs of strings and numbers, `__concat` for the rest).
    #[cold]
    pub(crate) fn concat(&mut self, base: usize, first: u32, last: u32) -> LuaResult<Value> {
        let mut total = (last - first + 1) as usize;
        let mut last = last as usize;
        while total > 1 {
            let top = base + last + 1;
            let mut n = 2;
            let x = self.stack[top - 2];
            let x_ok = matches!(x, Value::String(_) | Value::Number(_));
            if !x_ok || !self.stringify_slot(top - 1) {
                let y = self.stack[top - 1];
                let mut tm = self.metamethod(x, Event::Concat);
                if tm.is_nil() {
                    tm = self.metamethod(y, Event::Concat);
                }
                if tm.is_nil() {
                    let (culprit, reg) = if x_ok { (y, top - 1) } else { (x, top - 2) };
                    return Err(self.type_error(culprit, Some((reg - base) as u32), "concatenate"));
                }
                let r = self.call_value1(tm, &[x, y])?;
                self.stack[top - 2] = r;
            } else if self.slot_len(top - 1) == 0 {
                self.stringify_slot(top - 2);
            } else {
                n = 1;
                let mut len = self.slot_len(top - 1);
                while n < total && self.stringify_slot(top - n - 1) {
                    len += self.slot_len(top - n - 1);
                    n += 1;
                }
                self.check_string_size(len)?;
                let mut buf = self.buffers.take();
                buf.reserve(len);
                for idx in top - n..top {
                    if let Value::String(s) = self.stack[idx] {
                        buf.extend_from_slice(self.heap.str_bytes(s));
                    }
                }
                self.stack[top - n] = self.heap.str_value(&buf);
                self.buffers.give_back(buf);
            }
            total -= n - 1;
            last -= n - 1;
        }
        Ok(self.stack[base + first as usize])
    }
}

#[cfg(test)]
mod tests {
    use crate::{stdlib, Value, Vm};

    /// The number `source` returns.
    fn run_number(source: &str) -> f64 {
        let mut vm = Vm::new();
        stdlib::open_lua51(&mut vm);
        match vm.exec(source.as_bytes(), b"=test").expect("runs")[..] {
            [Value::Number(n)] => n,
            ref other => panic!("expected one number, got {} values", other.len()),
        }
    }

    #[test]
    fn handlers_added_after_their_absence_was_cached_are_found() {
        // The first store and the first global read find no handler and cache that in the
        // metatables; storing the handlers into them must clear the caches.
        let n = run_number(
            "local mt = {}
             local obj = setmetatable({}, mt)
             obj.a = 1
             local env_mt = {}
             setmetatable(_G, env_mt)
             local before = undefined_global
             local log = 0
             mt.__newindex = function(t, k, v) log = log + v end
             env_mt.__index = function(t, k) return 10 end
             obj.b = 5
             return log + undefined_global + (before == nil and 100 or 0) + rawget(obj, 'a')",
        );
        assert_eq!(n, 116.0);
    }
}
