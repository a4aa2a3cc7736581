//! HyperLogLog commands (`PFADD`, `PFCOUNT`, `PFMERGE`) over Redis's own string encoding, so
//! that `GET` of a HyperLogLog gives Redis's bytes and `PFCOUNT` Redis's estimate.
//!
//! The value is a 16-byte header (`HYLL`, the encoding byte, three unused bytes, the cached
//! cardinality as 8 little-endian bytes whose top bit marks it stale) followed by 16384
//! six-bit registers, either packed (dense) or run-length coded (sparse opcodes ZERO, XZERO,
//! VAL). New values start sparse and turn dense when a register exceeds 32 or the sparse form
//! would outgrow 3000 bytes, exactly when Redis 7.0 converts them. The debugging commands
//! (`PFDEBUG`, `PFSELFTEST`) are in [`debug`].

mod debug;

use super::{error, integer, ok, spec, Answer, CommandSpec, Request};
use crate::errors;
use crate::keyspace::{Data, Keyspace};
use crate::Reply;

pub(super) const COMMANDS: &[CommandSpec] = &[
    spec("pfadd", -2, pfadd),
    spec("pfcount", -2, pfcount),
    spec("pfmerge", -2, pfmerge),
    spec("pfdebug", 3, debug::pfdebug),
    spec("pfselftest", 1, debug::pfselftest),
];

const HEADER: usize = 16;
const REGISTERS: usize = 1 << PRECISION;
const PRECISION: u32 = 14;
/// Hash bits left after the register index (Redis's `HLL_Q`).
const Q: usize = 64 - PRECISION as usize;
const REGISTER_BITS: usize = 6;
const REGISTER_MAX: u8 = 63;
const DENSE_SIZE: usize = HEADER + (REGISTERS * REGISTER_BITS).div_ceil(8);
const ENCODING_DENSE: u8 = 0;
const ENCODING_SPARSE: u8 = 1;
/// Redis's `hll-sparse-max-bytes` default.
const SPARSE_MAX_BYTES: usize = 3000;
const SPARSE_VAL_MAX_VALUE: u8 = 32;
const SPARSE_VAL_MAX_LEN: usize = 4;
const SPARSE_ZERO_MAX_LEN: usize = 64;
const SPARSE_XZERO_MAX_LEN: usize = 16384;
const HASH_SEED: u64 = 0xadc8_3b19;
const ALPHA_INF: f64 = 0.721_347_520_444_481_7;

const NOT_HLL: &str = "WRONGTYPE Key is not a valid HyperLogLog string value.";
const CORRUPTED: &str = "INVALIDOBJ Corrupted HLL object detected";

/// Redis's 64-bit MurmurHash2 (`MurmurHash64A`), little-endian reads.
fn murmur_hash64a(data: &[u8], seed: u64) -> u64 {
    const M: u64 = 0xc6a4_a793_5bd1_e995;
    const R: u32 = 47;
    let length = data.len() as u64;
    let mut h = seed ^ length.wrapping_mul(M);
    let mut chunks = data.chunks_exact(8);
    for chunk in &mut chunks {
        let mut k = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        k = k.wrapping_mul(M);
        k ^= k >> R;
        k = k.wrapping_mul(M);
        h ^= k;
        h = h.wrapping_mul(M);
    }
    let tail = chunks.remainder();
    if !tail.is_empty() {
        for (index, &byte) in tail.iter().enumerate() {
            h ^= u64::from(byte) << (8 * index);
        }
        h = h.wrapping_mul(M);
    }
    h ^= h >> R;
    h = h.wrapping_mul(M);
    h ^= h >> R;
    h
}

/// The register an element lands in and the length of its run of zero bits plus one.
fn register_and_run(element: &[u8]) -> (usize, u8) {
    let hash = murmur_hash64a(element, HASH_SEED);
    let index = (hash & (REGISTERS as u64 - 1)) as usize;
    // The sentinel bit bounds the run at Q + 1.
    let rest = (hash >> PRECISION) | (1 << Q);
    let run = rest.trailing_zeros() + 1;
    (index, u8::try_from(run).unwrap_or(REGISTER_MAX))
}

/// A byte of the value, reading past the end as the zero byte that ends every Redis string.
fn byte_at(bytes: &[u8], index: usize) -> u8 {
    bytes.get(index).copied().unwrap_or(0)
}

fn dense_get(registers: &[u8], index: usize) -> u8 {
    let bit = index * REGISTER_BITS;
    let (byte, shift) = (bit / 8, bit % 8);
    let low = u16::from(byte_at(registers, byte));
    let high = u16::from(byte_at(registers, byte + 1));
    (((low >> shift) | (high << (8 - shift))) & u16::from(REGISTER_MAX)) as u8
}

fn dense_set(registers: &mut [u8], index: usize, value: u8) {
    let bit = index * REGISTER_BITS;
    let (byte, shift) = (bit / 8, bit % 8);
    let value = u16::from(value);
    let mask = u16::from(REGISTER_MAX);
    registers[byte] = ((u16::from(registers[byte]) & !(mask << shift)) | (value << shift)) as u8;
    if let Some(next) = registers.get_mut(byte + 1) {
        let spill = 8 - shift;
        *next = ((u16::from(*next) & !(mask >> spill)) | (value >> spill)) as u8;
    }
}

/// One sparse opcode: its encoded length in bytes, the registers it covers and their value.
#[derive(Clone, Copy)]
struct Opcode {
    bytes: usize,
    span: usize,
    value: u8,
}

fn decode_opcode(sparse: &[u8], at: usize) -> Opcode {
    let first = sparse[at];
    if first & 0x80 != 0 {
        Opcode {
            bytes: 1,
            span: usize::from(first & 3) + 1,
            value: ((first >> 2) & 0x1f) + 1,
        }
    } else if first & 0xc0 == 0x40 {
        Opcode {
            bytes: 2,
            span: ((usize::from(first & 0x3f) << 8) | usize::from(byte_at(sparse, at + 1))) + 1,
            value: 0,
        }
    } else {
        Opcode {
            bytes: 1,
            span: usize::from(first & 0x3f) + 1,
            value: 0,
        }
    }
}

fn push_zero_run(out: &mut Vec<u8>, length: usize) {
    if length > SPARSE_ZERO_MAX_LEN {
        let coded = length - 1;
        out.push(0x40 | (coded >> 8) as u8);
        out.push((coded & 0xff) as u8);
    } else {
        out.push((length - 1) as u8);
    }
}

fn val_opcode(value: u8, length: usize) -> u8 {
    0x80 | ((value - 1) << 2) | (length - 1) as u8
}

/// Why an operation on a value failed.
enum Corrupt {
    Corrupted,
}

/// A HyperLogLog value being read or updated in place.
struct Hll<'a> {
    bytes: &'a mut Vec<u8>,
}

impl Hll<'_> {
    /// An empty HyperLogLog: sparse, one XZERO run over every register, cache valid at 0.
    fn empty() -> Vec<u8> {
        let mut bytes = b"HYLL".to_vec();
        bytes.push(ENCODING_SPARSE);
        bytes.resize(HEADER, 0);
        let mut left = REGISTERS;
        while left > 0 {
            let run = left.min(SPARSE_XZERO_MAX_LEN);
            let coded = run - 1;
            bytes.push(0x40 | (coded >> 8) as u8);
            bytes.push((coded & 0xff) as u8);
            left -= run;
        }
        bytes
    }

    /// Whether `bytes` passes Redis's check of a HyperLogLog value.
    fn is_valid(bytes: &[u8]) -> bool {
        bytes.len() >= HEADER
            && bytes.starts_with(b"HYLL")
            && bytes[4] <= ENCODING_SPARSE
            && (bytes[4] != ENCODING_DENSE || bytes.len() == DENSE_SIZE)
    }

    fn is_dense(&self) -> bool {
        self.bytes[4] == ENCODING_DENSE
    }

    fn invalidate_cache(&mut self) {
        self.bytes[15] |= 0x80;
    }

    fn cached(&self) -> Option<u64> {
        if self.bytes[15] & 0x80 != 0 {
            return None;
        }
        Some(u64::from_le_bytes(
            self.bytes[8..16].try_into().unwrap_or([0; 8]),
        ))
    }

    fn store_cache(&mut self, count: u64) {
        self.bytes[8..16].copy_from_slice(&count.to_le_bytes());
    }

    /// Adds one element; whether a register changed.
    fn add(&mut self, element: &[u8]) -> Result<bool, Corrupt> {
        let (index, run) = register_and_run(element);
        self.set(index, run)
    }

    /// Raises register `index` to `value` if it is lower; whether it changed.
    fn set(&mut self, index: usize, value: u8) -> Result<bool, Corrupt> {
        if self.is_dense() {
            let registers = &mut self.bytes[HEADER..];
            if value > dense_get(registers, index) {
                dense_set(registers, index, value);
                return Ok(true);
            }
            return Ok(false);
        }
        self.sparse_set(index, value)
    }

    fn sparse_set(&mut self, index: usize, value: u8) -> Result<bool, Corrupt> {
        if value > SPARSE_VAL_MAX_VALUE {
            return self.promote_and_set(index, value);
        }
        let sparse = &self.bytes[HEADER..];
        // Find the opcode covering `index`, and the one before it.
        let (mut at, mut first, mut previous) = (0usize, 0usize, None);
        let mut found = None;
        while at < sparse.len() {
            let opcode = decode_opcode(sparse, at);
            if index < first + opcode.span {
                found = Some(opcode);
                break;
            }
            previous = Some(at);
            at += opcode.bytes;
            first += opcode.span;
        }
        let Some(opcode) = found else {
            return Err(Corrupt::Corrupted);
        };
        let is_val = sparse[at] & 0x80 != 0;
        if is_val && opcode.value >= value {
            return Ok(false);
        }
        if opcode.span == 1 {
            // A run of one register (value or zero) is rewritten in place.
            self.bytes[HEADER + at] = val_opcode(value, 1);
        } else {
            let last = first + opcode.span - 1;
            let mut replacement = Vec::with_capacity(5);
            if is_val {
                if index != first {
                    replacement.push(val_opcode(opcode.value, index - first));
                }
                replacement.push(val_opcode(value, 1));
                if index != last {
                    replacement.push(val_opcode(opcode.value, last - index));
                }
            } else {
                if index != first {
                    push_zero_run(&mut replacement, index - first);
                }
                replacement.push(val_opcode(value, 1));
                if index != last {
                    push_zero_run(&mut replacement, last - index);
                }
            }
            let grows = replacement.len() > opcode.bytes;
            let new_length = self.bytes.len() + replacement.len() - opcode.bytes;
            if grows && new_length > SPARSE_MAX_BYTES {
                return self.promote_and_set(index, value);
            }
            let start = HEADER + at;
            let end = (start + opcode.bytes).min(self.bytes.len());
            self.bytes.splice(start..end, replacement);
        }
        self.merge_adjacent_values(previous.unwrap_or(0));
        self.invalidate_cache();
        Ok(true)
    }

    /// Merges neighbouring VAL opcodes of equal value, scanning five opcodes from `from` as
    /// Redis does after an update.
    fn merge_adjacent_values(&mut self, from: usize) {
        let mut at = HEADER + from;
        let mut scans = 5;
        while at < self.bytes.len() && scans > 0 {
            scans -= 1;
            let first = self.bytes[at];
            if first & 0xc0 == 0x40 {
                at += 2;
                continue;
            }
            if first & 0x80 == 0 {
                at += 1;
                continue;
            }
            if let Some(&second) = self.bytes.get(at + 1) {
                if second & 0x80 != 0 {
                    let (a, b) = (
                        decode_opcode(self.bytes, at),
                        decode_opcode(self.bytes, at + 1),
                    );
                    let length = a.span + b.span;
                    if a.value == b.value && length <= SPARSE_VAL_MAX_LEN {
                        self.bytes[at + 1] = val_opcode(a.value, length);
                        self.bytes.remove(at);
                        continue;
                    }
                }
            }
            at += 1;
        }
    }

    fn promote_and_set(&mut self, index: usize, value: u8) -> Result<bool, Corrupt> {
        self.make_dense()?;
        dense_set(&mut self.bytes[HEADER..], index, value);
        Ok(true)
    }

    /// Converts a sparse value to dense, keeping the header (and so the cached count).
    fn make_dense(&mut self) -> Result<(), Corrupt> {
        if self.is_dense() {
            return Ok(());
        }
        let mut dense = self.bytes[..HEADER].to_vec();
        dense[4] = ENCODING_DENSE;
        dense.resize(DENSE_SIZE, 0);
        let mut registers = [0u8; REGISTERS];
        merge_registers(&mut registers, self.bytes)?;
        for (index, &value) in registers.iter().enumerate() {
            if value != 0 {
                dense_set(&mut dense[HEADER..], index, value);
            }
        }
        *self.bytes = dense;
        Ok(())
    }
}

/// Raises `registers` to the registers of the HyperLogLog value `bytes` (`hllMerge`).
fn merge_registers(registers: &mut [u8; REGISTERS], bytes: &[u8]) -> Result<(), Corrupt> {
    let data = &bytes[HEADER..];
    if bytes[4] == ENCODING_DENSE {
        for (index, register) in registers.iter_mut().enumerate() {
            *register = (*register).max(dense_get(data, index));
        }
        return Ok(());
    }
    let (mut at, mut index) = (0, 0);
    while at < data.len() {
        let opcode = decode_opcode(data, at);
        if data[at] & 0x80 != 0 {
            if index + opcode.span > REGISTERS {
                break;
            }
            for register in &mut registers[index..index + opcode.span] {
                *register = (*register).max(opcode.value);
            }
        }
        index += opcode.span;
        at += opcode.bytes;
    }
    if index == REGISTERS {
        Ok(())
    } else {
        Err(Corrupt::Corrupted)
    }
}

/// How many registers hold each value, from a HyperLogLog value (`None` if corrupted).
fn histogram_of(bytes: &[u8]) -> Option<[u32; 64]> {
    let data = &bytes[HEADER..];
    let mut histogram = [0u32; 64];
    if bytes[4] == ENCODING_DENSE {
        for index in 0..REGISTERS {
            histogram[usize::from(dense_get(data, index))] += 1;
        }
        return Some(histogram);
    }
    let (mut at, mut index) = (0, 0);
    while at < data.len() {
        let opcode = decode_opcode(data, at);
        histogram[usize::from(opcode.value)] += opcode.span as u32;
        index += opcode.span;
        at += opcode.bytes;
    }
    (index == REGISTERS).then_some(histogram)
}

fn histogram_of_registers(registers: &[u8; REGISTERS]) -> [u32; 64] {
    let mut histogram = [0u32; 64];
    for &register in registers {
        histogram[usize::from(register & REGISTER_MAX)] += 1;
    }
    histogram
}

/// Ertl's improved estimator, as Redis 7 computes it.
fn estimate(histogram: &[u32; 64]) -> u64 {
    let m = REGISTERS as f64;
    let mut z = m * tau((m - f64::from(histogram[Q + 1])) / m);
    for count in histogram[1..=Q].iter().rev() {
        z += f64::from(*count);
        z *= 0.5;
    }
    z += m * sigma(f64::from(histogram[0]) / m);
    // `llroundl`: halves away from zero; an infinite z (no register set) gives 0.
    (ALPHA_INF * m * m / z).round() as u64
}

fn sigma(mut x: f64) -> f64 {
    if x == 1.0 {
        return f64::INFINITY;
    }
    let mut y = 1.0;
    let mut z = x;
    loop {
        x *= x;
        let previous = z;
        z += x * y;
        y += y;
        if previous == z {
            return z;
        }
    }
}

fn tau(mut x: f64) -> f64 {
    if x == 0.0 || x == 1.0 {
        return 0.0;
    }
    let mut y = 1.0;
    let mut z = 1.0 - x;
    loop {
        x = x.sqrt();
        let previous = z;
        y *= 0.5;
        z -= (1.0 - x).powi(2) * y;
        if previous == z {
            return z / 3.0;
        }
    }
}

/// The HyperLogLog value at `key` for reading: `None` when absent, an error when the key holds
/// another type or a string that is not a HyperLogLog.
fn read_hll<'k>(keyspace: &'k mut Keyspace, key: &[u8]) -> Result<Option<&'k Vec<u8>>, Reply> {
    match keyspace.get(key) {
        None => Ok(None),
        Some(Data::String(bytes)) if Hll::is_valid(bytes) => Ok(Some(bytes)),
        Some(Data::String(_)) => Err(error(NOT_HLL)),
        Some(_) => Err(error(errors::WRONG_TYPE)),
    }
}

fn corrupted(_: Corrupt) -> Reply {
    error(CORRUPTED)
}

fn pfadd(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let key = request.arg(0);
    let mut updated = false;
    if read_hll(keyspace, key)?.is_none() {
        keyspace.set(key, Data::String(Hll::empty()));
        updated = true;
    }
    let Some(Data::String(bytes)) = keyspace.get_mut(key) else {
        return Err(error(NOT_HLL));
    };
    let mut hll = Hll { bytes };
    for element in &request.args[1..] {
        updated |= hll.add(element).map_err(corrupted)?;
    }
    if updated {
        hll.invalidate_cache();
    }
    Ok(Reply::Integer(i64::from(updated)))
}

fn pfcount(keyspace: &mut Keyspace, request: &Request) -> Answer {
    if request.args.len() > 1 {
        let mut registers = [0u8; REGISTERS];
        for key in request.args {
            if let Some(bytes) = read_hll(keyspace, key)? {
                merge_registers(&mut registers, bytes).map_err(corrupted)?;
            }
        }
        return Ok(integer_u64(estimate(&histogram_of_registers(&registers))));
    }
    let key = request.arg(0);
    if read_hll(keyspace, key)?.is_none() {
        return Ok(integer(0));
    }
    let Some(Data::String(bytes)) = keyspace.get_mut(key) else {
        return Err(error(NOT_HLL));
    };
    let mut hll = Hll { bytes };
    if let Some(count) = hll.cached() {
        return Ok(integer_u64(count));
    }
    let count = estimate(&histogram_of(hll.bytes).ok_or_else(|| error(CORRUPTED))?);
    hll.store_cache(count);
    Ok(integer_u64(count))
}

fn pfmerge(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let mut registers = [0u8; REGISTERS];
    let mut any_dense = false;
    for key in request.args {
        if let Some(bytes) = read_hll(keyspace, key)? {
            any_dense |= bytes[4] == ENCODING_DENSE;
            merge_registers(&mut registers, bytes).map_err(corrupted)?;
        }
    }
    let target = request.arg(0);
    if keyspace.get(target).is_none() {
        keyspace.set(target, Data::String(Hll::empty()));
    }
    let Some(Data::String(bytes)) = keyspace.get_mut(target) else {
        return Err(error(NOT_HLL));
    };
    let mut hll = Hll { bytes };
    if any_dense {
        hll.make_dense().map_err(corrupted)?;
    }
    for (index, &value) in registers.iter().enumerate() {
        if value != 0 {
            hll.set(index, value).map_err(corrupted)?;
        }
    }
    hll.invalidate_cache();
    Ok(ok())
}

fn integer_u64(count: u64) -> Reply {
    Reply::Integer(i64::try_from(count).unwrap_or(i64::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_value_is_sparse_with_one_xzero_run() {
        let empty = Hll::empty();
        assert_eq!(empty.len(), 18);
        assert_eq!(&empty[16..], &[0x7f, 0xff]);
        assert!(Hll::is_valid(&empty));
        assert_eq!(estimate(&histogram_of(&empty).unwrap()), 0);
    }

    #[test]
    fn dense_registers_round_trip() {
        let mut registers = vec![0u8; DENSE_SIZE - HEADER];
        for index in [0, 1, 2, 3, 5, 8191, REGISTERS - 1] {
            dense_set(&mut registers, index, (index % 63 + 1) as u8);
        }
        for index in [0, 1, 2, 3, 5, 8191, REGISTERS - 1] {
            assert_eq!(dense_get(&registers, index), (index % 63 + 1) as u8);
        }
        assert_eq!(dense_get(&registers, 4), 0);
    }
}
