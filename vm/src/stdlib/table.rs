//! The table library (5.1's ltablib.c).

use crate::error::LuaResult;
use crate::state::Vm;
use crate::value::{TableRef, Value};

pub fn open(vm: &mut Vm) {
    let t = vm.heap.new_table(0, 16);
    vm.register(
        t,
        &[
            ("concat", concat),
            ("foreach", foreach),
            ("foreachi", foreachi),
            ("getn", getn),
            ("insert", insert),
            ("maxn", maxn),
            ("remove", remove),
            ("setn", setn),
            ("sort", sort),
        ],
    );
    let g = vm.globals;
    vm.set_field(g, "table", Value::Table(t));
}

/// The table argument and its length (5.1's `aux_getn`).
fn table_and_len(vm: &mut Vm) -> LuaResult<(TableRef, i64)> {
    let t = vm.check_table(1)?;
    Ok((t, vm.heap.tables[t].border() as i64))
}

fn raw_get(vm: &Vm, t: TableRef, i: i64) -> Value {
    vm.heap.tables[t].get_int(i)
}

/// A raw store; growth is accounted here and checked against the memory limit when the
/// native returns.
fn raw_set(vm: &mut Vm, t: TableRef, i: i64, v: Value) -> LuaResult<()> {
    let table = &mut vm.heap.tables[t];
    if table.readonly {
        return Err(vm.readonly_error());
    }
    // A key that already has a place (the usual array slot) changes no size.
    if table.overwrite_int(i, v) {
        return Ok(());
    }
    let before = table.memory_size();
    table.set_int(i, v);
    let after = table.memory_size();
    vm.heap.table_resized(before, after);
    Ok(())
}

fn concat(vm: &mut Vm) -> LuaResult<usize> {
    let mut sep = vm.buffers.take();
    if let Some(s) = vm.opt_string(2)? {
        sep.extend_from_slice(vm.heap.str_bytes(s));
    }
    let t = vm.check_table(1)?;
    let first = vm.opt_int(3, 1)?;
    let last = match vm.arg(4) {
        Value::Nil => vm.heap.tables[t].border() as i64,
        _ => vm.check_int(4)?,
    };
    let mut out = vm.buffers.take();
    let mut i = first;
    while i <= last {
        // A script picks the range and the pieces: each counts against the budget, and the
        // result against the memory limit before it grows.
        vm.charge_instructions(1)?;
        let piece = match raw_get(vm, t, i) {
            Value::String(s) => Some(s),
            Value::Number(x) => Some(vm.number_to_str(x)),
            _ => None,
        };
        match piece {
            Some(s) => {
                let grown = out.len() + vm.heap.str_bytes(s).len() + sep.len();
                vm.check_string_size(grown)?;
                out.extend_from_slice(vm.heap.str_bytes(s));
            }
            None => {
                let msg = format!(
                    "invalid value ({}) at index {i} in table for 'concat'",
                    raw_get(vm, t, i).type_name()
                );
                return Err(vm.native_error(msg.as_bytes()));
            }
        }
        if i != last {
            out.extend_from_slice(&sep);
        }
        i += 1;
    }
    vm.push_bytes(&out);
    vm.buffers.give_back(out);
    vm.buffers.give_back(sep);
    Ok(1)
}

fn foreach(vm: &mut Vm) -> LuaResult<usize> {
    let t = vm.check_table(1)?;
    let f = vm.check_function(2)?;
    let mut key = Value::Nil;
    loop {
        let entry = match vm.heap.tables[t].next(key) {
            Ok(entry) => entry,
            Err(_) => return Err(vm.runtime_error(b"invalid key to 'next'")),
        };
        let Some((k, v)) = entry else { return Ok(0) };
        let r = vm.call_value1(f, &[k, v])?;
        if !r.is_nil() {
            vm.push(r);
            return Ok(1);
        }
        key = k;
    }
}

fn foreachi(vm: &mut Vm) -> LuaResult<usize> {
    let (t, n) = table_and_len(vm)?;
    let f = vm.check_function(2)?;
    for i in 1..=n {
        let v = raw_get(vm, t, i);
        let r = vm.call_value1(f, &[Value::Number(i as f64), v])?;
        if !r.is_nil() {
            vm.push(r);
            return Ok(1);
        }
    }
    Ok(0)
}

fn getn(vm: &mut Vm) -> LuaResult<usize> {
    let (_, n) = table_and_len(vm)?;
    vm.push(Value::Number(n as f64));
    Ok(1)
}

fn setn(vm: &mut Vm) -> LuaResult<usize> {
    vm.check_table(1)?;
    Err(vm.native_error(b"'setn' is obsolete"))
}

fn maxn(vm: &mut Vm) -> LuaResult<usize> {
    let t = vm.check_table(1)?;
    let mut max = 0.0f64;
    let mut key = Value::Nil;
    while let Ok(Some((k, _))) = vm.heap.tables[t].next(key) {
        if let Value::Number(x) = k {
            if x > max {
                max = x;
            }
        }
        key = k;
    }
    vm.push(Value::Number(max));
    Ok(1)
}

fn insert(vm: &mut Vm) -> LuaResult<usize> {
    let (t, n) = table_and_len(vm)?;
    let mut end = n + 1;
    let pos = match vm.arg_count() {
        2 => end,
        3 => {
            let pos = vm.check_int(2)?;
            if pos > end {
                end = pos;
            }
            let mut i = end;
            // A position far below the end makes this long: it counts against the budget.
            while i > pos {
                vm.charge_instructions(1)?;
                let v = raw_get(vm, t, i - 1);
                raw_set(vm, t, i, v)?;
                i -= 1;
            }
            pos
        }
        _ => return Err(vm.native_error(b"wrong number of arguments to 'insert'")),
    };
    let v = vm.arg(vm.arg_count());
    raw_set(vm, t, pos, v)?;
    Ok(0)
}

fn remove(vm: &mut Vm) -> LuaResult<usize> {
    let (t, n) = table_and_len(vm)?;
    let mut pos = vm.opt_int(2, n)?;
    if !(1..=n).contains(&pos) {
        return Ok(0);
    }
    let removed = raw_get(vm, t, pos);
    while pos < n {
        vm.charge_instructions(1)?;
        let v = raw_get(vm, t, pos + 1);
        raw_set(vm, t, pos, v)?;
        pos += 1;
    }
    raw_set(vm, t, n, Value::Nil)?;
    vm.push(removed);
    Ok(1)
}

fn sort(vm: &mut Vm) -> LuaResult<usize> {
    let (t, n) = table_and_len(vm)?;
    let comparator = match vm.arg(2) {
        Value::Nil => None,
        _ => Some(vm.check_function(2)?),
    };
    // Two stack slots root the values the sort holds across comparator calls.
    let held = vm.top();
    vm.push(Value::Nil);
    vm.push(Value::Nil);
    let mut sorter = Sorter {
        t,
        comparator,
        held,
    };
    sorter.sort(vm, 1, n)?;
    Ok(0)
}

/// 5.1's `auxsort`: quicksort with median-of-three, recursing into the smaller half. The
/// comparisons happen in the same order as in 5.1, so comparators with side effects and
/// inconsistent comparators behave the same.
struct Sorter {
    t: TableRef,
    comparator: Option<Value>,
    /// Stack slots keeping the pivot and the element held during the scan from the right
    /// reachable: the comparator may remove them from the table and run a collection.
    held: usize,
}

impl Sorter {
    fn less(&self, vm: &mut Vm, a: Value, b: Value) -> LuaResult<bool> {
        // Sorting a big table without a comparator runs no Lua: count the comparisons.
        vm.charge_instructions(1)?;
        match self.comparator {
            Some(f) => Ok(vm.call_value1(f, &[a, b])?.is_truthy()),
            None => match (a, b) {
                (Value::Number(a), Value::Number(b)) => Ok(a < b),
                _ => vm.less_than(a, b),
            },
        }
    }

    fn get(&self, vm: &Vm, i: i64) -> Value {
        raw_get(vm, self.t, i)
    }

    fn hold(&self, vm: &mut Vm, slot: usize, v: Value) {
        vm.stack[self.held + slot] = v;
    }

    fn swap_in(&self, vm: &mut Vm, i: i64, vi: Value, j: i64, vj: Value) -> LuaResult<()> {
        raw_set(vm, self.t, i, vi)?;
        raw_set(vm, self.t, j, vj)
    }

    fn sort(&mut self, vm: &mut Vm, mut lo: i64, mut hi: i64) -> LuaResult<()> {
        while lo < hi {
            let (a_lo, a_hi) = (self.get(vm, lo), self.get(vm, hi));
            if self.less(vm, a_hi, a_lo)? {
                self.swap_in(vm, lo, a_hi, hi, a_lo)?;
            }
            if hi - lo == 1 {
                break;
            }
            let mut i = (lo + hi) / 2;
            let (a_mid, a_lo) = (self.get(vm, i), self.get(vm, lo));
            if self.less(vm, a_mid, a_lo)? {
                self.swap_in(vm, i, a_lo, lo, a_mid)?;
            } else {
                let a_hi = self.get(vm, hi);
                if self.less(vm, a_hi, a_mid)? {
                    self.swap_in(vm, i, a_hi, hi, a_mid)?;
                }
            }
            if hi - lo == 2 {
                break;
            }
            let pivot = self.get(vm, i);
            self.hold(vm, 0, pivot);
            let before_hi = self.get(vm, hi - 1);
            self.swap_in(vm, i, before_hi, hi - 1, pivot)?;
            i = lo;
            let mut j = hi - 1;
            loop {
                let a_i = loop {
                    i += 1;
                    let a_i = self.get(vm, i);
                    if !self.less(vm, a_i, pivot)? {
                        self.hold(vm, 1, a_i);
                        break a_i;
                    }
                    if i > hi {
                        return Err(vm.native_error(b"invalid order function for sorting"));
                    }
                };
                let a_j = loop {
                    j -= 1;
                    let a_j = self.get(vm, j);
                    if !self.less(vm, pivot, a_j)? {
                        break a_j;
                    }
                    if j < lo {
                        return Err(vm.native_error(b"invalid order function for sorting"));
                    }
                };
                if j < i {
                    break;
                }
                self.swap_in(vm, i, a_j, j, a_i)?;
            }
            let (before_hi, a_i) = (self.get(vm, hi - 1), self.get(vm, i));
            self.swap_in(vm, hi - 1, a_i, i, before_hi)?;
            let (small_lo, small_hi);
            if i - lo < hi - i {
                small_lo = lo;
                small_hi = i - 1;
                lo = i + 1;
            } else {
                small_lo = i + 1;
                small_hi = hi;
                hi = i - 1;
            }
            self.sort(vm, small_lo, small_hi)?;
        }
        Ok(())
    }
}
