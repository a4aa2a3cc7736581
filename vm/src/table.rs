//! Lua tables, laid out exactly as PUC-Rio Lua 5.1.5 lays them out.
//!
//! Scripts that print in `pairs` order are the commonest source of false divergences from the
//! reference, so this module reproduces the reference's table algorithm (ltable.c), not just
//! its semantics: an array part for integer keys `1..=n`, a hash part of `2^k` nodes with
//! chained scatter (Brent's variation: a colliding node that is not in its main position is
//! moved away), a free pointer that only scans downwards, and a rehash that sizes the array
//! part by counting integer keys per power-of-two slice. Keys whose value became nil stay in
//! their node until the next rehash, which is what lets `next` continue from a cleared key.

mod main_position;
mod sizing;
mod spare;

#[cfg(test)]
mod conformance_tests;
#[cfg(test)]
mod tests;

use crate::value::{StrRef, TableRef, Value};
use main_position::{main_position, number_position, power_of_two_position};
use sizing::{ceil_log2, IntegerKeyCensus, MAX_ARRAY_SIZE};

pub(crate) use sizing::MAX_BITS;
pub use sizing::{fb2int, int2fb};
pub(crate) use spare::SpareNodes;

/// Why a key cannot be stored. The VM words them "table index is nil" / "table index is NaN".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyError {
    Nil,
    NaN,
}

/// `next` was given a key the table does not hold; the VM words it "invalid key to 'next'".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InvalidKey;

/// Marks the end of a collision chain.
const NO_NEXT: u32 = u32::MAX;

/// One hash-part slot. A nil key means the node was never used since the last rehash (free);
/// a non-nil key with a nil value is a removed entry that still anchors traversal and chains.
#[derive(Clone, Copy)]
struct Node {
    key: Value,
    value: Value,
    next: u32,
}

const FREE_NODE: Node = Node {
    key: Value::Nil,
    value: Value::Nil,
    next: NO_NEXT,
};

/// Where a key's value lives.
#[derive(Clone, Copy)]
enum Slot {
    Array(usize),
    Node(usize),
}

/// A Lua table.
pub struct Table {
    pub metatable: Option<TableRef>,
    /// Metamethod-absence cache for when this table is a metatable: bit `e` set means the
    /// event `e` has no handler. Every raw store clears it (as 5.1's `luaH_set` does), so the
    /// cache can never claim a handler is absent after one was added.
    pub flags: u8,
    /// Stores through Lua (assignment, `rawset`, `setmetatable`, the table library) fail with
    /// "Attempt to modify a readonly table": Redis's sandbox locks its globals this way.
    pub readonly: bool,
    /// Values for keys `1..=array.len()`; nil where absent.
    array: Vec<Value>,
    /// The hash part: empty, or a power-of-two number of nodes.
    nodes: Vec<Node>,
    /// Every node at or above this index is in use; free nodes are searched below it.
    last_free: usize,
}

impl Table {
    /// A table with room for `array_size` integer keys and `hash_size` other keys (rounded
    /// up to a power of two), as 5.1's `luaH_new`. Sizes beyond 5.1's limit of `2^26` are
    /// clamped to it (the reference would fail with an error or run out of memory there).
    pub fn new(array_size: usize, hash_size: usize) -> Table {
        Table::new_reusing(array_size, hash_size, &mut SpareNodes::default())
    }

    /// [`Table::new`] taking its hash part from `spare` when it holds one of that size.
    #[inline(always)]
    pub(crate) fn new_reusing(
        array_size: usize,
        hash_size: usize,
        spare: &mut SpareNodes,
    ) -> Table {
        let hash_size = hash_size.min(1 << MAX_BITS);
        let nodes = if hash_size == 0 {
            Vec::new()
        } else {
            spare.take(1 << ceil_log2(hash_size))
        };
        Table {
            metatable: None,
            flags: !0,
            readonly: false,
            array: vec![Value::Nil; array_size.min(MAX_ARRAY_SIZE)],
            last_free: nodes.len(),
            nodes,
        }
    }

    /// Frees the table, leaving its hash part to `spare` for a new table to reuse.
    #[inline]
    pub(crate) fn recycle(self, spare: &mut SpareNodes) {
        spare.keep(self.nodes);
    }

    /// Number of slots in the array part.
    pub fn array_capacity(&self) -> usize {
        self.array.len()
    }

    /// Number of nodes in the hash part (0 or a power of two).
    pub fn node_capacity(&self) -> usize {
        self.nodes.len()
    }

    /// The allocated sizes of the array and hash parts, which [`Table::memory_size`] counts.
    #[inline(always)]
    pub fn capacities(&self) -> (usize, usize) {
        (self.array.capacity(), self.nodes.capacity())
    }

    /// Approximate bytes held by the table, for memory accounting.
    pub fn memory_size(&self) -> usize {
        Table::memory_size_for(self.array.capacity(), self.nodes.capacity())
    }

    /// What [`Table::memory_size`] counts for a table with `array` slots and `nodes` nodes,
    /// so that a size can be charged to the memory limit before it is allocated.
    pub fn memory_size_for(array: usize, nodes: usize) -> usize {
        std::mem::size_of::<Table>()
            .saturating_add(array.saturating_mul(std::mem::size_of::<Value>()))
            .saturating_add(nodes.saturating_mul(std::mem::size_of::<Node>()))
    }

    // ----- lookups -----

    /// Raw get (`rawget`): the value stored under `key`, nil when absent.
    #[inline]
    pub fn get(&self, key: Value) -> Value {
        match key {
            Value::String(s) => self.get_str(s),
            Value::Number(n) => self.get_number(n),
            Value::Nil => Value::Nil,
            _ => match self.find_node(key) {
                Some(i) => self.nodes[i].value,
                None => Value::Nil,
            },
        }
    }

    /// Raw get by integer key.
    #[inline]
    pub fn get_int(&self, key: i64) -> Value {
        let index = (key as u64).wrapping_sub(1);
        if index < self.array.len() as u64 {
            return self.array[index as usize];
        }
        match self.find_number_node(key as f64) {
            Some(i) => self.nodes[i].value,
            None => Value::Nil,
        }
    }

    /// Raw get by string key: touches only the nodes of one chain, never the string.
    #[inline]
    pub fn get_str(&self, key: StrRef) -> Value {
        match self.find_string_node(key) {
            Some(i) => self.nodes[i].value,
            None => Value::Nil,
        }
    }

    /// The array slot's value for `n` when `n` is an integer in `1..=array.len()`.
    #[inline(always)]
    pub fn array_get(&self, n: f64) -> Option<Value> {
        self.array_index(n).map(|index| self.array[index])
    }

    #[inline]
    fn get_number(&self, n: f64) -> Value {
        if let Some(index) = self.array_index(n) {
            return self.array[index];
        }
        match self.find_number_node(n) {
            Some(i) => self.nodes[i].value,
            None => Value::Nil,
        }
    }

    /// The array slot for `n` when `n` is an integer in `1..=array.len()`.
    #[inline(always)]
    fn array_index(&self, n: f64) -> Option<usize> {
        // Adding 2^52 rounds any `n` in [0, 2^52) to an integer, which the sum's low bits
        // then hold: fewer instructions than Rust's saturating `as` cast. Everything else
        // (negative, huge, infinite or NaN) gives a difference far above any array length;
        // everything below 1 wraps to an impossible index.
        const TWO_POW_52: f64 = 4_503_599_627_370_496.0;
        let t = n + TWO_POW_52;
        let k = t.to_bits().wrapping_sub(TWO_POW_52.to_bits());
        let index = k.wrapping_sub(1);
        (index < self.array.len() as u64 && t - TWO_POW_52 == n).then_some(index as usize)
    }

    #[inline]
    fn find_string_node(&self, key: StrRef) -> Option<usize> {
        if self.nodes.is_empty() {
            return None;
        }
        let mut i = power_of_two_position(key.hash, self.nodes.len());
        loop {
            let node = &self.nodes[i];
            if let Value::String(k) = node.key {
                if k.handle == key.handle {
                    return Some(i);
                }
            }
            if node.next == NO_NEXT {
                return None;
            }
            i = node.next as usize;
        }
    }

    #[inline]
    fn find_number_node(&self, n: f64) -> Option<usize> {
        if self.nodes.is_empty() {
            return None;
        }
        let mut i = number_position(n, self.nodes.len());
        loop {
            let node = &self.nodes[i];
            if let Value::Number(k) = node.key {
                if k == n {
                    return Some(i);
                }
            }
            if node.next == NO_NEXT {
                return None;
            }
            i = node.next as usize;
        }
    }

    /// The node holding `key` (any non-nil key), following its chain from its main position.
    fn find_node(&self, key: Value) -> Option<usize> {
        if self.nodes.is_empty() {
            return None;
        }
        let mut i = main_position(key, self.nodes.len());
        loop {
            let node = &self.nodes[i];
            if node.key == key {
                return Some(i);
            }
            if node.next == NO_NEXT {
                return None;
            }
            i = node.next as usize;
        }
    }

    /// Where `key` lives if the table has a place for it: its node, or its array slot (which
    /// exists for every integer in range, present or not).
    fn find_slot(&self, key: Value) -> Option<Slot> {
        match key {
            Value::Number(n) => match self.array_index(n) {
                Some(index) => Some(Slot::Array(index)),
                None => self.find_number_node(n).map(Slot::Node),
            },
            Value::String(s) => self.find_string_node(s).map(Slot::Node),
            _ => self.find_node(key).map(Slot::Node),
        }
    }

    // ----- stores -----

    /// Raw set (`rawset`). Storing nil under an absent key still inserts the key (with a nil
    /// value), as 5.1 does, which can trigger a rehash; the layout depends on it.
    pub fn set(&mut self, key: Value, value: Value) -> Result<(), KeyError> {
        match key {
            Value::String(s) => {
                self.set_str(s, value);
                return Ok(());
            }
            Value::Number(n) => {
                if let Some(index) = self.array_index(n) {
                    self.flags = 0;
                    self.array[index] = value;
                    return Ok(());
                }
                if n.is_nan() {
                    return Err(KeyError::NaN);
                }
            }
            Value::Nil => return Err(KeyError::Nil),
            _ => {}
        }
        self.flags = 0;
        let slot = match self.find_slot(key) {
            Some(slot) => slot,
            None => self.insert_absent(key),
        };
        self.store(slot, value);
        Ok(())
    }

    /// Overwrites the value under `key` where the key already has a place (an array slot or
    /// a node), as 5.1's `luaV_settable` stores without further ado; with `only_non_nil`, a
    /// place holding nil does not count (`__newindex` may apply to it). Returns false, having
    /// stored nothing, when the caller must take the full path. Always inline: SETTABLE's
    /// fast path is this function, and with a second caller the compiler made it a call.
    #[inline(always)]
    pub fn overwrite(&mut self, key: Value, value: Value, only_non_nil: bool) -> bool {
        let slot = match key {
            Value::Number(n) => match self.array_index(n) {
                Some(index) => Slot::Array(index),
                None => match self.find_number_node(n) {
                    Some(i) => Slot::Node(i),
                    None => return false,
                },
            },
            Value::String(s) => match self.find_string_node(s) {
                Some(i) => Slot::Node(i),
                None => return false,
            },
            _ => return false,
        };
        let old = match slot {
            Slot::Array(index) => self.array[index],
            Slot::Node(i) => self.nodes[i].value,
        };
        if only_non_nil && old.is_nil() {
            return false;
        }
        self.flags = 0;
        self.store(slot, value);
        true
    }

    /// [`Table::overwrite`] for an integer key (any value may be stored): the array slot
    /// directly, else the node already holding the key. Returns false when the key has no
    /// place yet.
    #[inline]
    pub fn overwrite_int(&mut self, key: i64, value: Value) -> bool {
        let index = (key as u64).wrapping_sub(1);
        let slot = if index < self.array.len() as u64 {
            Slot::Array(index as usize)
        } else {
            match self.find_number_node(key as f64) {
                Some(i) => Slot::Node(i),
                None => return false,
            }
        };
        self.flags = 0;
        self.store(slot, value);
        true
    }

    /// Raw set by integer key.
    #[inline]
    pub fn set_int(&mut self, key: i64, value: Value) {
        self.flags = 0;
        let index = (key as u64).wrapping_sub(1);
        if index < self.array.len() as u64 {
            self.array[index as usize] = value;
            return;
        }
        let n = key as f64;
        let slot = match self.find_number_node(n) {
            Some(i) => Slot::Node(i),
            None => self.insert_absent(Value::Number(n)),
        };
        self.store(slot, value);
    }

    /// Raw set by string key.
    #[inline]
    pub fn set_str(&mut self, key: StrRef, value: Value) {
        self.flags = 0;
        let slot = match self.find_string_node(key) {
            Some(i) => Slot::Node(i),
            None => self.insert_absent(Value::String(key)),
        };
        self.store(slot, value);
    }

    #[inline(always)]
    fn store(&mut self, slot: Slot, value: Value) {
        match slot {
            Slot::Array(index) => self.array[index] = value,
            Slot::Node(i) => self.nodes[i].value = value,
        }
    }

    /// Stores under a string key the table is known not to hold (a failed
    /// [`Table::overwrite`] showed it), without looking for it again.
    #[inline]
    pub fn insert_absent_str(&mut self, key: StrRef, value: Value) {
        self.flags = 0;
        let slot = self.insert_absent(Value::String(key));
        self.store(slot, value);
    }

    /// Makes a place for a key the table does not hold (neither NaN nor nil), growing the
    /// table when the hash part is full. After a rehash the key may belong to the array part.
    /// Inline: most insertions find their main position free.
    #[inline]
    fn insert_absent(&mut self, key: Value) -> Slot {
        if !self.nodes.is_empty() {
            let target = main_position(key, self.nodes.len());
            // A node whose value is nil may still hold a removed key; it is reused as is,
            // keeping its chain link, exactly like the reference.
            if self.nodes[target].value.is_nil() {
                self.nodes[target].key = key;
                return Slot::Node(target);
            }
        }
        self.insert_colliding(key)
    }

    /// [`Table::insert_absent`] when the key's main position is taken (or there is no hash
    /// part): a free node, else a rehash.
    #[inline(never)]
    fn insert_colliding(&mut self, key: Value) -> Slot {
        loop {
            if let Some(i) = self.claim_node(key) {
                return Slot::Node(i);
            }
            self.rehash(key);
            if let Some(slot) = self.find_slot(key) {
                return slot;
            }
        }
    }

    /// 5.1's `newkey`: puts `key` (absent, with a nil value for now) into the hash part.
    /// If its main position is taken, the key goes to a free node; but if the occupant of
    /// the main position is itself out of place, the occupant moves there instead and the
    /// new key takes its main position. Returns None when no free node is left.
    fn claim_node(&mut self, key: Value) -> Option<usize> {
        if self.nodes.is_empty() {
            return None;
        }
        let node_count = self.nodes.len();
        let mut target = main_position(key, node_count);
        if !self.nodes[target].value.is_nil() {
            let free = self.take_free_node()?;
            let occupant_home = main_position(self.nodes[target].key, node_count);
            if occupant_home != target {
                // Re-link the occupant's chain through the free node, then move it there.
                let mut previous = occupant_home;
                while self.nodes[previous].next as usize != target {
                    previous = self.nodes[previous].next as usize;
                }
                self.nodes[previous].next = free as u32;
                self.nodes[free] = self.nodes[target];
                self.nodes[target].next = NO_NEXT;
                self.nodes[target].value = Value::Nil;
            } else {
                // The occupant is at home: the new key goes to the free node, chained
                // right after the main position.
                self.nodes[free].next = self.nodes[target].next;
                self.nodes[target].next = free as u32;
                target = free;
            }
        }
        // A node whose value is nil may still hold a removed key; it is reused as is,
        // keeping its chain link, exactly like the reference.
        self.nodes[target].key = key;
        Some(target)
    }

    /// The highest never-used node below the free pointer (5.1's `getfreepos`).
    fn take_free_node(&mut self) -> Option<usize> {
        while self.last_free > 0 {
            self.last_free -= 1;
            if self.nodes[self.last_free].key.is_nil() {
                return Some(self.last_free);
            }
        }
        None
    }

    // ----- resizing -----

    /// Replaces the hash part with `size` free nodes, rounded up to a power of two.
    fn allocate_nodes(&mut self, size: usize) {
        self.nodes = if size == 0 {
            Vec::new()
        } else {
            vec![FREE_NODE; 1 << ceil_log2(size)]
        };
        self.last_free = self.nodes.len();
    }

    /// 5.1's `rehash`: called when `extra_key` finds no free node. Counts live entries,
    /// sizes the array part for the integer keys (counting `extra_key` too) and gives the
    /// hash part room for everything else. Kept out of line: inlined, its census set-up
    /// would be paid by every insertion.
    #[inline(never)]
    fn rehash(&mut self, extra_key: Value) {
        let mut census = IntegerKeyCensus::new();
        let mut live = self.census_array(&mut census);
        for node in &self.nodes {
            if !node.value.is_nil() {
                live += 1;
                if let Value::Number(n) = node.key {
                    census.count_number(n);
                }
            }
        }
        if let Value::Number(n) = extra_key {
            census.count_number(n);
        }
        live += 1;
        let (array_size, in_array) = census.optimal_array_size();
        self.resize(array_size, live - in_array);
    }

    /// Counts the array part's present keys slice by slice; returns how many there are.
    fn census_array(&self, census: &mut IntegerKeyCensus) -> usize {
        let mut present = 0;
        let mut slice_start = 0; // slice `s` covers indices (2^(s-1), 2^s], 0-based from here
        for slice in 0..=MAX_BITS {
            let slice_end = (1usize << slice).min(self.array.len());
            if slice_start >= slice_end {
                break;
            }
            let count = self.array[slice_start..slice_end]
                .iter()
                .filter(|v| !v.is_nil())
                .count();
            census.add_to_slice(slice, count);
            present += count;
            slice_start = slice_end;
        }
        present
    }

    /// 5.1's `resize`: new array and hash sizes, then every live entry is re-inserted:
    /// first the array slots that no longer fit, then the old nodes from last to first.
    /// Removed keys do not survive.
    fn resize(&mut self, array_size: usize, hash_size: usize) {
        if array_size > self.array.len() {
            // The exact size, as 5.1 allocates it: `resize` alone would round a small
            // array up to Vec's minimum of four slots, moving it to a bigger block.
            self.array.reserve_exact(array_size - self.array.len());
            self.array.resize(array_size, Value::Nil);
        }
        let old_nodes = std::mem::take(&mut self.nodes);
        self.allocate_nodes(hash_size);
        if array_size < self.array.len() {
            let vanishing = self.array.split_off(array_size);
            self.array.shrink_to_fit();
            for (offset, value) in vanishing.into_iter().enumerate() {
                if !value.is_nil() {
                    self.set_int((array_size + offset + 1) as i64, value);
                }
            }
        }
        for node in old_nodes.iter().rev() {
            if !node.value.is_nil() {
                // Old keys are distinct, so none is in the new hash part yet: only an array
                // slot can already exist for it (5.1 looks first, but finds nothing else).
                let array_slot = match node.key {
                    Value::Number(n) => self.array_index(n).map(Slot::Array),
                    _ => None,
                };
                let slot = match array_slot {
                    Some(slot) => slot,
                    None => self.insert_absent(node.key),
                };
                self.store(slot, node.value);
            }
        }
    }

    /// Grows the array part to `n` slots (SETLIST's `luaH_resizearray`); the hash part is
    /// rebuilt at its current size, which moves integer keys `<= n` into the array.
    /// Does nothing when the array part already has `n` slots; never grows past 5.1's
    /// `2^26` (keys beyond it go to the hash part).
    pub fn ensure_array(&mut self, n: usize) {
        let wanted = n.min(MAX_ARRAY_SIZE);
        if wanted > self.array.len() {
            let node_count = self.nodes.len();
            self.resize(wanted, node_count);
        }
    }

    // ----- traversal -----

    /// `next`: the entry after `key` in traversal order (array part in index order, then the
    /// nodes in slot order), or None at the end. Nil starts the traversal. Keys cleared
    /// during a traversal are still valid here; keys never in the table are not.
    pub fn next(&self, key: Value) -> Result<Option<(Value, Value)>, InvalidKey> {
        let start = self.traversal_position(key)?;
        if start < self.array.len() {
            for (index, value) in self.array.iter().enumerate().skip(start) {
                if !value.is_nil() {
                    return Ok(Some((Value::Number((index + 1) as f64), *value)));
                }
            }
        }
        let first_node = start.saturating_sub(self.array.len());
        Ok(self
            .nodes
            .iter()
            .skip(first_node)
            .find(|node| !node.value.is_nil())
            .map(|node| (node.key, node.value)))
    }

    /// Position just after `key` in traversal order, counting array slots first.
    fn traversal_position(&self, key: Value) -> Result<usize, InvalidKey> {
        let found = match key {
            Value::Nil => return Ok(0),
            Value::Number(n) => match self.array_index(n) {
                Some(index) => return Ok(index + 1),
                None => self.find_number_node(n),
            },
            _ => self.find_node(key),
        };
        match found {
            Some(i) => Ok(self.array.len() + i + 1),
            None => Err(InvalidKey),
        }
    }

    /// `#t` as 5.1's `luaH_getn`: a border found by binary search in the array part when its
    /// last slot is empty, otherwise by an unbounded search through the hash part.
    pub fn border(&self) -> usize {
        let array_len = self.array.len();
        if array_len > 0 && self.array[array_len - 1].is_nil() {
            // array[lo - 1] is present (or lo == 0) and array[hi - 1] is absent.
            let (mut lo, mut hi) = (0, array_len);
            while hi - lo > 1 {
                let mid = (lo + hi) / 2;
                if self.array[mid - 1].is_nil() {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            return lo;
        }
        if self.nodes.is_empty() {
            return array_len;
        }
        self.unbounded_border(array_len)
    }

    /// Doubles past `start` (present or 0) until an absent key, then bisects. Like the
    /// reference, it falls back to a linear scan if doubling passes `i32::MAX`.
    fn unbounded_border(&self, start: usize) -> usize {
        let is_present = |k: usize| !self.get_int(k as i64).is_nil();
        let mut lo = start;
        let mut hi = start + 1;
        while is_present(hi) {
            lo = hi;
            hi *= 2;
            if hi > i32::MAX as usize {
                let mut k = 1;
                while is_present(k) {
                    k += 1;
                }
                return k - 1;
            }
        }
        while hi - lo > 1 {
            let mid = (lo + hi) / 2;
            if is_present(mid) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        lo
    }

    // ----- collector support -----

    /// Calls `f` on every entry with a non-nil value, in traversal order.
    pub fn for_each_entry(&self, mut f: impl FnMut(Value, Value)) {
        for (index, value) in self.array.iter().enumerate() {
            if !value.is_nil() {
                f(Value::Number((index + 1) as f64), *value);
            }
        }
        for node in &self.nodes {
            if !node.value.is_nil() {
                f(node.key, node.value);
            }
        }
    }

    /// The array part's values (nil where absent); their keys are the numbers `1..=len`.
    pub fn array_values(&self) -> &[Value] {
        &self.array
    }

    /// Calls `f` on every entry of the hash part with a non-nil value, in traversal order.
    pub fn for_each_node_entry(&self, mut f: impl FnMut(Value, Value)) {
        for node in &self.nodes {
            if !node.value.is_nil() {
                f(node.key, node.value);
            }
        }
    }

    /// Removes every entry for which `keep` is false (weak tables). Like 5.1's clearing, a
    /// removed entry's value becomes nil and its key stays in its node until the next rehash,
    /// so the layout (and any traversal in progress) is unaffected.
    pub fn retain_entries(&mut self, mut keep: impl FnMut(Value, Value) -> bool) {
        for (index, value) in self.array.iter_mut().enumerate() {
            if !value.is_nil() && !keep(Value::Number((index + 1) as f64), *value) {
                *value = Value::Nil;
            }
        }
        for node in &mut self.nodes {
            if !node.value.is_nil() && !keep(node.key, node.value) {
                node.value = Value::Nil;
            }
        }
    }
}
