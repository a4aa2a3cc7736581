//! The table-constructor instructions NEWTABLE and SETLIST on operands that only 5.1's
//! bytecode checker vouches for (it leaves their sizes and block numbers unchecked): sizes and
//! keys come from 5.1's C `int` arithmetic, and every allocation is charged to the memory
//! limit before it is made, so a crafted binary chunk fails as the reference does ("not enough
//! memory", "table overflow") instead of allocating gigabytes.

use crate::bytecode::FIELDS_PER_FLUSH;
use crate::compiler::chunk_id;
use crate::error::{LuaError, LuaResult};
use crate::state::Vm;
use crate::table::{Table, MAX_BITS};
use crate::value::{TableRef, Value};

/// NEWTABLE size fields below this decode to at most 960 slots: the execution loop creates
/// such tables directly, since what they hold is charged at the safe point that follows.
pub(crate) const SMALL_TABLE_SIZE_FIELD: u32 = 64;

impl Vm {
    /// NEWTABLE with large size fields (5.1's `luaH_new` on `luaO_fb2int` of each).
    #[cold]
    pub(crate) fn new_table_from_fields(&mut self, b: u32, c: u32) -> LuaResult<TableRef> {
        let array = fb2int_as_c_int(b);
        // `luaM_reallocvector` refuses a count whose byte size does not fit a size_t, which
        // is how a negative C int arrives there.
        if array < 0 || array == i32::MAX {
            return Err(self.error_at_saved_pc(b"memory allocation error: block too big"));
        }
        let array = array as usize;
        self.check_memory_limit(Table::memory_size_for(array, 0))?;
        let hash = fb2int_as_c_int(c);
        let nodes = if hash == 0 {
            0
        } else {
            let bits = ceil_log2_as_c(hash);
            if bits > MAX_BITS as u32 {
                return Err(self.error_at_saved_pc(b"table overflow"));
            }
            1usize << bits
        };
        self.check_memory_limit(Table::memory_size_for(array, nodes))?;
        Ok(self.heap.new_table(array, nodes))
    }

    /// 5.1 raises NEWTABLE's size errors without saving the program counter first, so their
    /// position is that of the last instruction that saved it: line -1 when none has yet.
    fn error_at_saved_pc(&mut self, msg: &[u8]) -> LuaError {
        let source = match self.frames.last() {
            Some(frame) if frame.pc == 0 => frame.proto(&self.heap).map(|p| p.proto.source.clone()),
            _ => None,
        };
        match source {
            Some(source) => {
                let mut full = chunk_id(&source);
                full.extend_from_slice(b":-1: ");
                full.extend_from_slice(msg);
                LuaError::Runtime(self.heap.str_value(&full))
            }
            None => self.runtime_error(msg),
        }
    }

    /// SETLIST: stores the `n` values above `stack[ra]` at keys ending with
    /// `(block - 1) * 50 + n`, highest first, as 5.1 does (its block number is any 32-bit
    /// word when C is 0). A non-table in `ra` makes it do nothing, as 5.1's `runtime_check`.
    pub(crate) fn set_list(&mut self, ra: usize, n: usize, block: i32) -> LuaResult<()> {
        let Some(&Value::Table(t)) = self.stack.get(ra) else {
            return Ok(());
        };
        let mut last = block
            .wrapping_sub(1)
            .wrapping_mul(FIELDS_PER_FLUSH as i32)
            .wrapping_add(n as i32);
        let size_before = self.heap.tables[t].memory_size();
        let array_len = self.heap.tables[t].array_capacity();
        if i64::from(last) > array_len as i64 {
            let wanted = last as usize;
            self.check_memory_limit(Table::memory_size_for(wanted - array_len, 0))?;
            self.heap.tables[t].ensure_array(wanted);
        }
        for j in (1..=n).rev() {
            let v = self.stack.get(ra + j).copied().unwrap_or_default();
            self.heap.tables[t].set_int(i64::from(last), v);
            last = last.wrapping_sub(1);
        }
        let size_after = self.heap.tables[t].memory_size();
        self.account_table_resize(size_before, size_after)
    }
}

/// 5.1's `luaO_fb2int` computed as C computes it on a 32-bit `int`: the largest fields
/// overflow into negative sizes.
fn fb2int_as_c_int(x: u32) -> i32 {
    let exponent = (x >> 3) & 31;
    if exponent == 0 {
        x as i32
    } else {
        ((u64::from((x & 7) + 8) << (exponent - 1)) as u32) as i32
    }
}

/// 5.1's `ceillog2` of a C `int` (through `luaO_log2` of an `unsigned int`).
fn ceil_log2_as_c(x: i32) -> u32 {
    let below = x.wrapping_sub(1) as u32;
    if below == 0 {
        0
    } else {
        32 - below.leading_zeros()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_follow_c_int_arithmetic() {
        assert_eq!(fb2int_as_c_int(7), 7);
        assert_eq!(fb2int_as_c_int(8), 8);
        assert_eq!(fb2int_as_c_int(0x1f), 15 << 2);
        // (15 << 30) does not fit an int: it wraps to a negative size.
        assert_eq!(fb2int_as_c_int(0xff), (15u32 << 30) as i32);
        assert!(fb2int_as_c_int(0x1ff) < 0);
        assert_eq!(ceil_log2_as_c(1), 0);
        assert_eq!(ceil_log2_as_c(2), 1);
        assert_eq!(ceil_log2_as_c(5), 3);
        assert_eq!(ceil_log2_as_c(-4), 32);
    }
}
