//! Lua strings: immutable byte strings, every one interned, hashed as Lua 5.1 hashes them.
//!
//! Interning makes string equality a handle comparison and lets a [`StrRef`] carry its hash,
//! so table lookups by string key never touch the string's bytes.

use crate::arena::{Arena, Handle};
use crate::value::StrRef;

/// A string object on the heap.
pub struct LuaStr {
    bytes: Box<[u8]>,
    hash: u32,
}

impl LuaStr {
    #[inline(always)]
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    pub fn hash(&self) -> u32 {
        self.hash
    }
}

/// Lua 5.1's string hash (`luaS_newlstr`): seeded with the length, sampling at most about
/// 32 bytes for long strings. Using the same function is what makes `pairs` visit string
/// keys in the reference's order.
pub fn lua_hash(bytes: &[u8]) -> u32 {
    let len = bytes.len();
    let mut h = len as u32;
    let step = (len >> 5) + 1;
    let mut l1 = len;
    while l1 >= step {
        h ^= (h << 5)
            .wrapping_add(h >> 2)
            .wrapping_add(bytes[l1 - 1] as u32);
        l1 -= step;
    }
    h
}

/// The string arena plus the intern table: open hashing on [`lua_hash`] with chains linked
/// through the strings themselves (5.1's `stringtable`), so interning a new string allocates
/// nothing but the string.
pub struct Strings {
    arena: Arena<LuaStr>,
    /// The first string of each chain.
    buckets: Vec<Option<StrRef>>,
    /// The string after each arena slot's string in its chain, indexed by slot. Kept beside
    /// the arena (not in `LuaStr`) so the sweep can unlink a freed string while the arena is
    /// borrowed.
    next: Vec<Option<StrRef>>,
    /// Bytes held by live strings, for memory accounting.
    bytes: usize,
}

impl Default for Strings {
    fn default() -> Self {
        Strings {
            arena: Arena::new(),
            buckets: vec![None; 64],
            next: Vec::new(),
            bytes: 0,
        }
    }
}

impl Strings {
    /// Returns the interned string with these bytes, creating it if needed.
    pub fn intern(&mut self, bytes: &[u8]) -> StrRef {
        let hash = lua_hash(bytes);
        match self.find(bytes, hash) {
            Some(found) => self.revive(found),
            None => self.insert_new(bytes.into(), hash),
        }
    }

    /// The interned string with the bytes `range` of `of`, created if needed; a piece that
    /// is already interned (the usual case for captures and keys) is found without a copy.
    pub fn intern_slice(&mut self, of: StrRef, range: std::ops::Range<usize>) -> StrRef {
        let (hash, found) = {
            let bytes = &self.arena[of.handle].bytes[range.clone()];
            let hash = lua_hash(bytes);
            (hash, self.find(bytes, hash))
        };
        match found {
            Some(found) => self.revive(found),
            None => {
                let bytes: Box<[u8]> = self.arena[of.handle].bytes[range].into();
                self.insert_new(bytes, hash)
            }
        }
    }

    fn find(&self, bytes: &[u8], hash: u32) -> Option<StrRef> {
        let mask = self.buckets.len() - 1;
        let mut link = self.buckets[hash as usize & mask];
        while let Some(s) = link {
            if s.hash == hash && *self.arena[s.handle].bytes == *bytes {
                return Some(s);
            }
            link = self.next[s.handle.index() as usize];
        }
        None
    }

    /// Hands out a string found in the intern table.
    fn revive(&mut self, found: StrRef) -> StrRef {
        // The string may be garbage the sweep in progress has yet to reach: handing it out
        // again makes it live (5.1's `changewhite` in `luaS_newlstr`).
        self.arena.note_revived(found.handle);
        found
    }

    fn insert_new(&mut self, bytes: Box<[u8]>, hash: u32) -> StrRef {
        if self.arena.len() >= self.buckets.len() {
            self.grow();
        }
        let len = bytes.len();
        let handle = self.arena.insert(LuaStr { bytes, hash });
        let s = StrRef { handle, hash };
        let slot = handle.index() as usize;
        if slot >= self.next.len() {
            self.next.resize(self.arena.slot_count(), None);
        }
        let mask = self.buckets.len() - 1;
        let bucket = &mut self.buckets[hash as usize & mask];
        self.next[slot] = bucket.replace(s);
        self.bytes += len;
        s
    }

    /// Doubles the bucket count, relinking every chain.
    fn grow(&mut self) {
        let new_len = self.buckets.len() * 2;
        let old = std::mem::replace(&mut self.buckets, vec![None; new_len]);
        for head in old {
            let mut link = head;
            while let Some(s) = link {
                let slot = s.handle.index() as usize;
                link = self.next[slot];
                let bucket = &mut self.buckets[s.hash as usize & (new_len - 1)];
                self.next[slot] = bucket.replace(s);
            }
        }
    }

    #[inline(always)]
    pub fn get(&self, s: StrRef) -> &[u8] {
        self.arena[s.handle].as_bytes()
    }

    pub fn contains(&self, s: StrRef) -> bool {
        self.arena.contains(s.handle)
    }

    /// Slots of the string arena, live or free (sizes the collector's mark bits).
    pub fn slot_count(&self) -> usize {
        self.arena.slot_count()
    }

    pub fn len(&self) -> usize {
        self.arena.len()
    }

    pub fn is_empty(&self) -> bool {
        self.arena.is_empty()
    }

    /// Bytes of string data held, for memory accounting.
    pub fn byte_size(&self) -> usize {
        self.bytes + self.arena.len() * std::mem::size_of::<LuaStr>()
    }

    /// Starts or stops recording new and revived strings for the sweep in progress.
    pub(crate) fn record_births(&mut self, on: bool) {
        self.arena.record_births(on);
    }

    /// The sweep in progress has visited every string slot.
    pub(crate) fn is_swept(&self) -> bool {
        self.arena.is_swept()
    }

    /// Slots of the strings created or found again since the last call.
    pub(crate) fn take_births(&mut self) -> Vec<u32> {
        self.arena.take_births()
    }

    /// One bounded piece of the string sweep (see [`Arena::sweep_step`]): frees the strings
    /// `keep` rejects and drops them from their intern chains.
    pub(crate) fn sweep_step(
        &mut self,
        budget: usize,
        object_cost: usize,
        mut keep: impl FnMut(Handle<LuaStr>) -> bool,
    ) -> usize {
        let Strings {
            arena,
            buckets,
            next,
            bytes,
        } = self;
        let mask = buckets.len() - 1;
        arena.sweep_step(
            budget,
            object_cost,
            |s, _| keep(s),
            |handle, dead| {
                *bytes -= dead.bytes.len();
                unlink(buckets, next, handle, dead.hash as usize & mask);
            },
        )
    }
}

/// Removes the string `handle` from the chain starting at `buckets[bucket]`.
fn unlink(
    buckets: &mut [Option<StrRef>],
    next: &mut [Option<StrRef>],
    handle: Handle<LuaStr>,
    bucket: usize,
) {
    let after = next[handle.index() as usize];
    let mut link = &mut buckets[bucket];
    while let Some(s) = *link {
        if s.handle == handle {
            *link = after;
            return;
        }
        // The chain goes on through `next`: continue from this string's own link.
        let slot = s.handle.index() as usize;
        link = &mut next[slot];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interning_gives_one_handle_per_content() {
        let mut s = Strings::default();
        let a = s.intern(b"hello");
        let b = s.intern(b"hello");
        let c = s.intern(b"hell\0o");
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(s.get(c), b"hell\0o");
        for i in 0..1000 {
            s.intern(format!("k{i}").as_bytes());
        }
        assert_eq!(s.intern(b"hello"), a);
        assert_eq!(s.len(), 1002);
    }

    #[test]
    fn slices_intern_like_their_bytes() {
        let mut s = Strings::default();
        let whole = s.intern(b"key=value");
        let key = s.intern(b"key");
        assert_eq!(s.intern_slice(whole, 0..3), key);
        assert_eq!(s.len(), 2);
        let value = s.intern_slice(whole, 4..9);
        assert_eq!(s.get(value), b"value");
        assert_eq!(s.intern(b"value"), value);
        assert_eq!(s.intern_slice(whole, 0..9), whole);
        assert_eq!(s.len(), 3);
    }

    #[test]
    fn swept_strings_leave_their_chains_intact() {
        let mut s = Strings::default();
        let all: Vec<StrRef> = (0..500)
            .map(|i| s.intern(format!("s{i}").as_bytes()))
            .collect();
        // Free every third string; the chains must still find every survivor.
        let doomed = |h: Handle<LuaStr>| all.iter().position(|x| x.handle == h).unwrap() % 3 == 0;
        s.sweep_step(usize::MAX, 1, |h| !doomed(h));
        assert_eq!(s.len(), 500 - 167);
        for (i, &kept) in all.iter().enumerate().filter(|(i, _)| i % 3 != 0) {
            assert_eq!(s.intern(format!("s{i}").as_bytes()), kept);
        }
        assert_eq!(s.len(), 500 - 167);
        let again = s.intern(b"s0");
        assert_eq!(s.get(again), b"s0");
        assert_eq!(s.len(), 500 - 166);
    }

    #[test]
    fn hash_matches_lua51() {
        // Values computed with PUC-Rio 5.1's luaS_newlstr hash.
        assert_eq!(lua_hash(b""), 0);
        // One byte: h = 1 (the length), then h ^ ((h << 5) + (h >> 2) + byte).
        let h: u32 = 1;
        assert_eq!(lua_hash(b"a"), h ^ ((h << 5) + (h >> 2) + 97));
    }
}
