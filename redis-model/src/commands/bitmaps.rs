//! Bitmap commands over strings: `SETBIT`, `GETBIT`, `BITCOUNT`, `BITPOS`, `BITOP`,
//! `BITFIELD`, `BITFIELD_RO`. Bit 0 is the most significant bit of the first byte, as in Redis.

use super::strings::{check_string_length, REDIS_STRING_LIMIT};
use super::{
    error, integer, integer_argument, is_option, spec, string_at, Answer, CommandSpec, Request,
};
use crate::errors;
use crate::keyspace::{Data, Keyspace};
use crate::number::parse_integer;
use crate::Reply;

pub(super) const COMMANDS: &[CommandSpec] = &[
    spec("setbit", 4, setbit),
    spec("getbit", 3, getbit),
    spec("bitcount", -2, bitcount),
    spec("bitpos", -3, bitpos),
    spec("bitop", -4, bitop),
    spec("bitfield", -2, bitfield),
    spec("bitfield_ro", -2, bitfield_ro),
];

const BAD_OFFSET: &str = "ERR bit offset is not an integer or out of range";

/// A bit offset argument (`getBitOffsetFromArgument`); with `field_bits`, `#n` means n fields
/// of that width.
fn bit_offset(text: &[u8], field_bits: Option<u32>) -> Result<u64, Reply> {
    let (hashed, digits) = match (text.split_first(), field_bits) {
        (Some((b'#', rest)), Some(_)) => (true, rest),
        _ => (false, text),
    };
    let mut offset = parse_integer(digits).ok_or_else(|| error(BAD_OFFSET))?;
    if hashed {
        offset = offset.wrapping_mul(i64::from(field_bits.unwrap_or(1)));
    }
    if offset < 0 || (offset >> 3) >= REDIS_STRING_LIMIT {
        return Err(error(BAD_OFFSET));
    }
    Ok(offset.unsigned_abs())
}

fn bit_at(bytes: &[u8], offset: u64) -> u8 {
    let byte = usize::try_from(offset >> 3).unwrap_or(usize::MAX);
    bytes.get(byte).map_or(0, |b| (b >> (7 - (offset & 7))) & 1)
}

fn set_bit(bytes: &mut [u8], offset: u64, on: bool) {
    let byte = usize::try_from(offset >> 3).unwrap_or(usize::MAX);
    let mask = 1u8 << (7 - (offset & 7));
    if let Some(b) = bytes.get_mut(byte) {
        if on {
            *b |= mask;
        } else {
            *b &= !mask;
        }
    }
}

/// The string at `key` grown (with zero bytes) to hold bit `highest`, created when absent
/// (`lookupStringForBitCommand`).
fn string_for_bits(keyspace: &mut Keyspace, key: &[u8], highest: u64) -> Result<Vec<u8>, Reply> {
    let needed = i64::try_from(highest >> 3)
        .unwrap_or(i64::MAX)
        .saturating_add(1);
    let needed = check_string_length(needed)?;
    let mut value = string_at(keyspace, key)?.cloned().unwrap_or_default();
    if value.len() < needed {
        value.resize(needed, 0);
    }
    Ok(value)
}

fn setbit(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let offset = bit_offset(request.arg(1), None)?;
    let on = match parse_integer(request.arg(2)) {
        Some(0) => false,
        Some(1) => true,
        _ => return Err(error("ERR bit is not an integer or out of range")),
    };
    let key = request.arg(0);
    let mut value = string_for_bits(keyspace, key, offset)?;
    let old = bit_at(&value, offset);
    set_bit(&mut value, offset, on);
    keyspace.replace(key, Data::String(value));
    Ok(Reply::Integer(i64::from(old)))
}

fn getbit(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let offset = bit_offset(request.arg(1), None)?;
    let value = string_at(keyspace, request.arg(0))?;
    Ok(Reply::Integer(i64::from(
        value.map_or(0, |value| bit_at(value, offset)),
    )))
}

/// A `start end [BYTE|BIT]` range resolved to bytes, with masks of the bits of the first and
/// last byte that lie outside it (Redis's `first_byte_neg_mask` / `last_byte_neg_mask`).
struct ByteRange {
    start: i64,
    end: i64,
    first_mask: u8,
    last_mask: u8,
}

fn unit_is_bit(word: Option<&Vec<u8>>) -> Result<bool, Reply> {
    match word {
        None => Ok(false),
        Some(word) if is_option(word, "bit") => Ok(true),
        Some(word) if is_option(word, "byte") => Ok(false),
        Some(_) => Err(error(errors::SYNTAX)),
    }
}

/// Clamps `start`/`end` (negative from the end) to a string of `len` bytes, in bits or bytes.
fn resolve_range(mut start: i64, mut end: i64, len: usize, bits: bool) -> ByteRange {
    let mut total = i64::try_from(len).unwrap_or(i64::MAX);
    if bits {
        total <<= 3;
    }
    if start < 0 {
        start += total;
    }
    if end < 0 {
        end += total;
    }
    start = start.max(0);
    end = end.max(0);
    if end >= total {
        end = total - 1;
    }
    let (mut first_mask, mut last_mask) = (0u8, 0u8);
    if bits && start <= end {
        first_mask = !((1u16 << (8 - (start & 7))) - 1) as u8;
        last_mask = ((1u16 << (7 - (end & 7))) - 1) as u8;
        start >>= 3;
        end >>= 3;
    }
    ByteRange {
        start,
        end,
        first_mask,
        last_mask,
    }
}

fn byte(value: &[u8], index: i64) -> u8 {
    usize::try_from(index)
        .ok()
        .and_then(|index| value.get(index))
        .copied()
        .unwrap_or(0)
}

fn bitcount(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let Some(value) = string_at(keyspace, request.arg(0))?.cloned() else {
        return Ok(integer(0));
    };
    let range = match request.args.len() {
        1 => ByteRange {
            start: 0,
            end: i64::try_from(value.len()).unwrap_or(i64::MAX) - 1,
            first_mask: 0,
            last_mask: 0,
        },
        3 | 4 => {
            let start = integer_argument(request.arg(1))?;
            let end = integer_argument(request.arg(2))?;
            if start < 0 && end < 0 && start > end {
                return Ok(integer(0));
            }
            let bits = unit_is_bit(request.args.get(3))?;
            resolve_range(start, end, value.len(), bits)
        }
        _ => return Err(error(errors::SYNTAX)),
    };
    if range.start > range.end {
        return Ok(integer(0));
    }
    let from = usize::try_from(range.start).unwrap_or(0);
    let to = usize::try_from(range.end).unwrap_or(0);
    let mut count: u64 = value[from..=to]
        .iter()
        .map(|b| u64::from(b.count_ones()))
        .sum();
    let edges =
        (value[from] & range.first_mask).count_ones() + (value[to] & range.last_mask).count_ones();
    count -= u64::from(edges);
    Ok(Reply::Integer(i64::try_from(count).unwrap_or(i64::MAX)))
}

/// Redis's `redisBitpos`: the first bit equal to `bit` in `bytes`; looking for a clear bit in
/// all-set bytes gives the position just past them, looking for a set bit in clear bytes -1.
fn first_bit(bytes: &[u8], bit: bool) -> i64 {
    for (index, b) in bytes.iter().enumerate() {
        let b = if bit { *b } else { !*b };
        if b != 0 {
            let position = index as i64 * 8 + i64::from(b.leading_zeros());
            return position;
        }
    }
    if bit {
        -1
    } else {
        bytes.len() as i64 * 8
    }
}

fn bitpos(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let bit = match integer_argument(request.arg(1))? {
        0 => false,
        1 => true,
        _ => return Err(error("ERR The bit argument must be 1 or 0.")),
    };
    let value = match string_at(keyspace, request.arg(0))? {
        None => return Ok(Reply::Integer(if bit { -1 } else { 0 })),
        Some(value) => value.clone(),
    };
    let len = value.len();
    let mut end_given = false;
    let range = match request.args.len() {
        2 => ByteRange {
            start: 0,
            end: i64::try_from(len).unwrap_or(i64::MAX) - 1,
            first_mask: 0,
            last_mask: 0,
        },
        3..=5 => {
            let start = integer_argument(request.arg(2))?;
            let bits = unit_is_bit(request.args.get(4))?;
            let end = if request.args.len() >= 4 {
                end_given = true;
                integer_argument(request.arg(3))?
            } else {
                i64::try_from(len).unwrap_or(i64::MAX) - 1
            };
            resolve_range(start, end, len, bits)
        }
        _ => return Err(error(errors::SYNTAX)),
    };
    if range.start > range.end {
        return Ok(Reply::Integer(-1));
    }
    Ok(Reply::Integer(bitpos_in(&value, range, bit, end_given)))
}

/// The search of `bitposCommand` over a resolved range, edge masks and all.
fn bitpos_in(value: &[u8], range: ByteRange, bit: bool, end_given: bool) -> i64 {
    let ByteRange {
        mut start,
        end,
        first_mask,
        last_mask,
    } = range;
    let mut bytes = end - start + 1;
    let masked = |b: u8, mask: u8| if bit { b & !mask } else { b | mask };
    let mut position;
    'search: {
        if first_mask != 0 {
            let mut edge = masked(byte(value, start), first_mask);
            if last_mask != 0 && bytes == 1 {
                edge = masked(edge, last_mask);
            }
            position = first_bit(&[edge], bit);
            if bytes == 1 || (position != -1 && position != 8) {
                break 'search;
            }
            start += 1;
            bytes -= 1;
        }
        let whole = bytes - i64::from(last_mask != 0);
        if whole > 0 {
            let from = usize::try_from(start).unwrap_or(0);
            let to = usize::try_from(start + whole).unwrap_or(0);
            position = first_bit(&value[from..to], bit);
            if bytes == whole || (position != -1 && position != whole << 3) {
                break 'search;
            }
            start += whole;
            bytes -= whole;
        }
        position = first_bit(&[masked(byte(value, end), last_mask)], bit);
    }
    if end_given && !bit && position == bytes << 3 {
        return -1;
    }
    if position != -1 {
        position += start << 3;
    }
    position
}

fn bitop(keyspace: &mut Keyspace, request: &Request) -> Answer {
    #[derive(PartialEq)]
    enum Op {
        And,
        Or,
        Xor,
        Not,
    }
    let word = request.arg(0);
    let op = match () {
        _ if is_option(word, "and") => Op::And,
        _ if is_option(word, "or") => Op::Or,
        _ if is_option(word, "xor") => Op::Xor,
        _ if is_option(word, "not") => Op::Not,
        _ => return Err(error(errors::SYNTAX)),
    };
    if op == Op::Not && request.args.len() != 3 {
        return Err(error(
            "ERR BITOP NOT must be called with a single source key.",
        ));
    }
    let mut sources = Vec::new();
    for key in &request.args[2..] {
        sources.push(string_at(keyspace, key)?.cloned().unwrap_or_default());
    }
    let longest = sources.iter().map(Vec::len).max().unwrap_or(0);
    let destination = request.arg(1);
    if longest == 0 {
        keyspace.remove(destination);
        return Ok(integer(0));
    }
    let at = |source: &Vec<u8>, index: usize| source.get(index).copied().unwrap_or(0);
    let result: Vec<u8> =
        (0..longest)
            .map(|index| {
                let first = at(&sources[0], index);
                sources[1..].iter().fold(
                    if op == Op::Not { !first } else { first },
                    |acc, source| match op {
                        Op::And => acc & at(source, index),
                        Op::Or => acc | at(source, index),
                        Op::Xor => acc ^ at(source, index),
                        Op::Not => acc,
                    },
                )
            })
            .collect();
    keyspace.set(destination, Data::String(result));
    Ok(integer(longest))
}

/// How `BITFIELD` handles a value that does not fit its field.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Overflow {
    Wrap,
    Saturate,
    Fail,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum FieldOp {
    Get,
    Set,
    IncrBy,
}

struct FieldCommand {
    op: FieldOp,
    signed: bool,
    bits: u32,
    offset: u64,
    value: i64,
    overflow: Overflow,
}

fn field_type(text: &[u8]) -> Result<(bool, u32), Reply> {
    let invalid = || {
        error("ERR Invalid bitfield type. Use something like i16 u8. Note that u64 is not supported but i64 is.")
    };
    let (signed, digits) = match text.split_first() {
        Some((b'i' | b'I', rest)) => (true, rest),
        Some((b'u' | b'U', rest)) => (false, rest),
        _ => return Err(invalid()),
    };
    let digits = digits.split(|&b| b == 0).next().unwrap_or_default();
    let bits = parse_integer(digits).ok_or_else(invalid)?;
    let limit = if signed { 64 } else { 63 };
    if !(1..=limit).contains(&bits) {
        return Err(invalid());
    }
    Ok((signed, u32::try_from(bits).unwrap_or(1)))
}

fn parse_bitfield(words: &[Vec<u8>]) -> Result<Vec<FieldCommand>, Reply> {
    let mut commands = Vec::new();
    let mut overflow = Overflow::Wrap;
    let mut index = 0;
    while index < words.len() {
        let word = &words[index];
        let remaining = words.len() - index - 1;
        let op = match () {
            _ if is_option(word, "get") && remaining >= 2 => FieldOp::Get,
            _ if is_option(word, "set") && remaining >= 3 => FieldOp::Set,
            _ if is_option(word, "incrby") && remaining >= 3 => FieldOp::IncrBy,
            _ if is_option(word, "overflow") && remaining >= 1 => {
                let kind = &words[index + 1];
                overflow = match () {
                    _ if is_option(kind, "wrap") => Overflow::Wrap,
                    _ if is_option(kind, "sat") => Overflow::Saturate,
                    _ if is_option(kind, "fail") => Overflow::Fail,
                    _ => return Err(error("ERR Invalid OVERFLOW type specified")),
                };
                index += 2;
                continue;
            }
            _ => return Err(error(errors::SYNTAX)),
        };
        let (signed, bits) = field_type(&words[index + 1])?;
        let offset = bit_offset(&words[index + 2], Some(bits))?;
        let value = if op == FieldOp::Get {
            0
        } else {
            integer_argument(&words[index + 3])?
        };
        commands.push(FieldCommand {
            op,
            signed,
            bits,
            offset,
            value,
            overflow,
        });
        index += if op == FieldOp::Get { 3 } else { 4 };
    }
    Ok(commands)
}

fn read_field(bytes: &[u8], offset: u64, bits: u32) -> u64 {
    (0..u64::from(bits)).fold(0u64, |value, i| {
        (value << 1) | u64::from(bit_at(bytes, offset + i))
    })
}

fn read_signed_field(bytes: &[u8], offset: u64, bits: u32) -> i64 {
    let value = read_field(bytes, offset, bits);
    if bits < 64 && value & (1 << (bits - 1)) != 0 {
        (value | (u64::MAX << bits)) as i64
    } else {
        value as i64
    }
}

fn write_field(bytes: &mut [u8], offset: u64, bits: u32, value: u64) {
    for i in 0..u64::from(bits) {
        let on = (value >> (u64::from(bits) - 1 - i)) & 1 == 1;
        set_bit(bytes, offset + i, on);
    }
}

/// `checkUnsignedBitfieldOverflow`: whether `value + increment` leaves the field, and the
/// value to store instead (for `WRAP` and `SAT`).
fn unsigned_overflow(value: u64, increment: i64, bits: u32, overflow: Overflow) -> Option<u64> {
    let max = (1u64 << bits) - 1;
    let max_increment = max.wrapping_sub(value) as i64;
    let min_increment = (value as i64).wrapping_neg();
    let wrapped = || value.wrapping_add(increment as u64) & max;
    if value > max || (increment > 0 && increment > max_increment) {
        Some(match overflow {
            Overflow::Saturate => max,
            _ => wrapped(),
        })
    } else if increment < 0 && increment < min_increment {
        Some(match overflow {
            Overflow::Saturate => 0,
            _ => wrapped(),
        })
    } else {
        None
    }
}

/// `checkSignedBitfieldOverflow`, as [`unsigned_overflow`] for signed fields.
fn signed_overflow(value: i64, increment: i64, bits: u32, overflow: Overflow) -> Option<i64> {
    let max = if bits == 64 {
        i64::MAX
    } else {
        (1i64 << (bits - 1)) - 1
    };
    let min = -max - 1;
    let max_increment = (max as u64).wrapping_sub(value as u64) as i64;
    let min_increment = min.wrapping_sub(value);
    let wrapped = || {
        let mut sum = (value as u64).wrapping_add(increment as u64);
        if bits < 64 {
            let mask = u64::MAX << bits;
            if sum & (1u64 << (bits - 1)) != 0 {
                sum |= mask;
            } else {
                sum &= !mask;
            }
        }
        sum as i64
    };
    let above = value > max
        || (bits != 64 && increment > max_increment)
        || (value >= 0 && increment > 0 && increment > max_increment);
    let below = value < min
        || (bits != 64 && increment < min_increment)
        || (value < 0 && increment < 0 && increment < min_increment);
    if above {
        Some(match overflow {
            Overflow::Saturate => max,
            _ => wrapped(),
        })
    } else if below {
        Some(match overflow {
            Overflow::Saturate => min,
            _ => wrapped(),
        })
    } else {
        None
    }
}

/// Runs one write subcommand on `bytes`; the reply, or nil when `FAIL` refused it.
fn write_subcommand(bytes: &mut [u8], command: &FieldCommand) -> Reply {
    let FieldCommand {
        op,
        signed,
        bits,
        offset,
        value,
        overflow,
    } = *command;
    let (stored, reply, overflowed) = if signed {
        let old = read_signed_field(bytes, offset, bits);
        let (base, increment) = if op == FieldOp::IncrBy {
            (old, value)
        } else {
            (value, 0)
        };
        let limited = signed_overflow(base, increment, bits, overflow);
        let new = limited.unwrap_or_else(|| base.wrapping_add(increment));
        let reply = if op == FieldOp::IncrBy { new } else { old };
        (new as u64, reply, limited.is_some())
    } else {
        let old = read_field(bytes, offset, bits);
        let (base, increment) = if op == FieldOp::IncrBy {
            (old, value)
        } else {
            (value as u64, 0)
        };
        let limited = unsigned_overflow(base, increment, bits, overflow);
        let new = limited.unwrap_or_else(|| base.wrapping_add(increment as u64));
        let reply = if op == FieldOp::IncrBy { new } else { old };
        (new, reply as i64, limited.is_some())
    };
    if overflowed && overflow == Overflow::Fail {
        return Reply::Nil;
    }
    write_field(bytes, offset, bits, stored);
    Reply::Integer(reply)
}

fn bitfield_with(keyspace: &mut Keyspace, request: &Request, read_only: bool) -> Answer {
    let commands = parse_bitfield(&request.args[1..])?;
    let key = request.arg(0);
    let writes = commands.iter().any(|command| command.op != FieldOp::Get);
    let mut value = if writes {
        if read_only {
            return Err(error("ERR BITFIELD_RO only supports the GET subcommand"));
        }
        let highest = commands
            .iter()
            .filter(|command| command.op != FieldOp::Get)
            .map(|command| command.offset + u64::from(command.bits) - 1)
            .max()
            .unwrap_or(0);
        string_for_bits(keyspace, key, highest)?
    } else {
        string_at(keyspace, key)?.cloned().unwrap_or_default()
    };
    let replies = commands
        .iter()
        .map(|command| match command.op {
            FieldOp::Get if command.signed => {
                Reply::Integer(read_signed_field(&value, command.offset, command.bits))
            }
            FieldOp::Get => Reply::Integer(read_field(&value, command.offset, command.bits) as i64),
            FieldOp::Set | FieldOp::IncrBy => write_subcommand(&mut value, command),
        })
        .collect();
    if writes {
        keyspace.replace(key, Data::String(value));
    }
    Ok(Reply::Array(replies))
}

fn bitfield(keyspace: &mut Keyspace, request: &Request) -> Answer {
    bitfield_with(keyspace, request, false)
}

fn bitfield_ro(keyspace: &mut Keyspace, request: &Request) -> Answer {
    bitfield_with(keyspace, request, true)
}
