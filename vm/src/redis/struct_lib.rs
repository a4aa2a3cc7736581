//! The `struct` library Redis bundles (Roberto Ierusalimschy's lstruct): packing Lua values
//! into binary strings and back, with the sizes and alignment of x86-64 C types.
//!
//! Formats: `>` `<` (big/little endian, little by default), `!n` (maximum alignment, 8 when
//! `n` is omitted), `b B h H l L T i[n] I[n]` (integers of 1, 2, 8, 8, `n` (default 4)
//! bytes), `f d` (float, double), `c[n]` (fixed-size string, `c0` sized by the string or by
//! the previous result), `s` (zero-terminated string), `x` (a padding byte) and spaces.

use crate::args::lua_integer;
use crate::error::LuaResult;
use crate::state::Vm;
use crate::value::Value;

/// Largest integer size `i`/`I` accept.
const MAX_INT_SIZE: usize = 32;
/// Alignment `!` sets without a number (x86-64's alignment of `double`).
const MAX_ALIGN: usize = 8;

pub fn open(vm: &mut Vm) {
    let t = vm.heap.new_table(0, 4);
    vm.register(t, &[("pack", pack), ("unpack", unpack), ("size", size)]);
    let g = vm.globals;
    vm.set_field(g, "struct", Value::Table(t));
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Endian {
    Big,
    Little,
}

/// The state a format sets as it is read.
struct Header {
    endian: Endian,
    align: usize,
}

impl Default for Header {
    fn default() -> Self {
        Header {
            endian: Endian::Little,
            align: 1,
        }
    }
}

/// A format string being read, one option at a time.
struct Format {
    bytes: Vec<u8>,
    pos: usize,
}

impl Format {
    /// The format up to its first zero byte (lstruct reads it as a C string).
    fn new(bytes: &[u8]) -> Format {
        let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
        Format {
            bytes: bytes[..end].to_vec(),
            pos: 0,
        }
    }

    fn next_option(&mut self) -> Option<u8> {
        let opt = *self.bytes.get(self.pos)?;
        self.pos += 1;
        Some(opt)
    }

    /// The decimal number at the cursor, or `default` when there is none.
    fn number(&mut self, vm: &mut Vm, default: usize) -> LuaResult<usize> {
        if !self.bytes.get(self.pos).is_some_and(u8::is_ascii_digit) {
            return Ok(default);
        }
        let mut a: i64 = 0;
        while let Some(&d) = self.bytes.get(self.pos).filter(|b| b.is_ascii_digit()) {
            let digit = (d - b'0') as i64;
            if a > i32::MAX as i64 / 10 || a * 10 > i32::MAX as i64 - digit {
                return Err(vm.native_error(b"integral size overflow"));
            }
            a = a * 10 + digit;
            self.pos += 1;
        }
        Ok(a as usize)
    }

    /// The size of option `opt` (reading its number, if it takes one); 0 for options that
    /// need no alignment.
    fn option_size(&mut self, vm: &mut Vm, opt: u8) -> LuaResult<usize> {
        Ok(match opt {
            b'B' | b'b' => 1,
            b'H' | b'h' => 2,
            b'L' | b'l' | b'T' | b'd' => 8,
            b'f' => 4,
            b'x' => 1,
            b'c' => self.number(vm, 1)?,
            b'i' | b'I' => {
                let size = self.number(vm, 4)?;
                if size > MAX_INT_SIZE {
                    let msg =
                        format!("integral size {size} is larger than limit of {MAX_INT_SIZE}");
                    return Err(vm.native_error(msg.as_bytes()));
                }
                size
            }
            _ => 0,
        })
    }

    /// Applies a control option (`' '`, `>`, `<`, `!n`); anything else is an error.
    fn control(&mut self, vm: &mut Vm, opt: u8, header: &mut Header) -> LuaResult<()> {
        match opt {
            b' ' => {}
            b'>' => header.endian = Endian::Big,
            b'<' => header.endian = Endian::Little,
            b'!' => {
                let a = self.number(vm, MAX_ALIGN)?;
                if !a.is_power_of_two() {
                    let msg = format!("alignment {a} is not a power of 2");
                    return Err(vm.native_error(msg.as_bytes()));
                }
                header.align = a;
            }
            _ => {
                let msg = format!("invalid format option '{}'", opt as char);
                return Err(vm.arg_error(1, &msg));
            }
        }
        Ok(())
    }
}

/// Padding bytes that align an item of `size` at offset `len`.
fn padding(len: usize, header: &Header, opt: u8, size: usize) -> usize {
    if size == 0 || opt == b'c' {
        return 0;
    }
    let size = size.min(header.align);
    (size.wrapping_sub(len & (size - 1))) & (size - 1)
}

/// C's conversion of a double to `unsigned long` as lstruct does it (negative values go
/// through `long`), with x86-64's results for values out of range.
fn to_unsigned(n: f64) -> u64 {
    const TWO_63: f64 = 9_223_372_036_854_775_808.0;
    if n < 0.0 {
        lua_integer(n) as u64
    } else if n < TWO_63 {
        n as u64
    } else if n < 2.0 * TWO_63 {
        (n - TWO_63) as u64 | (1 << 63)
    } else {
        0
    }
}

fn pack(vm: &mut Vm) -> LuaResult<usize> {
    let format = vm.check_bytes(1)?;
    // lstruct pushes a nil to separate the arguments from its string buffer, so a missing
    // argument is reported as "got nil" rather than "got no value".
    vm.push(Value::Nil);
    let mut fmt = Format::new(&format);
    let mut header = Header::default();
    let mut arg = 2;
    let mut out: Vec<u8> = Vec::new();
    while let Some(opt) = fmt.next_option() {
        let mut size = fmt.option_size(vm, opt)?;
        let pad = padding(out.len(), &header, opt, size);
        out.resize(out.len() + pad, 0);
        match opt {
            b'b' | b'B' | b'h' | b'H' | b'l' | b'L' | b'T' | b'i' | b'I' => {
                let n = vm.check_number(arg)?;
                arg += 1;
                let mut value = to_unsigned(n);
                let mut bytes = vec![0u8; size];
                for b in bytes.iter_mut() {
                    *b = value as u8;
                    value = value.checked_shr(8).unwrap_or(0);
                }
                if header.endian == Endian::Big {
                    bytes.reverse();
                }
                out.extend_from_slice(&bytes);
            }
            b'x' => out.push(0),
            b'f' => {
                let f = vm.check_number(arg)? as f32;
                arg += 1;
                out.extend_from_slice(&match header.endian {
                    Endian::Little => f.to_le_bytes(),
                    Endian::Big => f.to_be_bytes(),
                });
            }
            b'd' => {
                let d = vm.check_number(arg)?;
                arg += 1;
                out.extend_from_slice(&match header.endian {
                    Endian::Little => d.to_le_bytes(),
                    Endian::Big => d.to_be_bytes(),
                });
            }
            b'c' | b's' => {
                let s = vm.check_bytes(arg)?;
                arg += 1;
                if size == 0 {
                    size = s.len();
                }
                if s.len() < size {
                    // lstruct names the argument after the string (it already moved on).
                    return Err(vm.arg_error(arg, "string too short"));
                }
                out.extend_from_slice(&s[..size]);
                if opt == b's' {
                    out.push(0);
                }
            }
            _ => fmt.control(vm, opt, &mut header)?,
        }
    }
    vm.push_bytes(&out);
    Ok(1)
}

/// lstruct's `getinteger`: `size` bytes as an unsigned or sign-extended integer (bytes
/// beyond the eighth shift out, as in C's 64-bit arithmetic).
fn read_integer(bytes: &[u8], endian: Endian, signed: bool) -> f64 {
    let mut value: u64 = 0;
    let mut push = |b: u8| value = (value << 8) | b as u64;
    match endian {
        Endian::Big => bytes.iter().for_each(|&b| push(b)),
        Endian::Little => bytes.iter().rev().for_each(|&b| push(b)),
    }
    if !signed {
        return value as f64;
    }
    let bits = (bytes.len() * 8).wrapping_sub(1) as u32;
    let mask = u64::MAX.wrapping_shl(bits);
    if value & mask != 0 {
        value |= mask;
    }
    value as i64 as f64
}

fn unpack(vm: &mut Vm) -> LuaResult<usize> {
    let format = vm.check_bytes(1)?;
    let data = vm.check_bytes(2)?;
    // A negative offset wraps around as C's size_t does, and then fails the length check.
    let mut pos = vm.opt_integer(3, 1)? as u64 as usize;
    if pos == 0 {
        return Err(vm.arg_error(3, "offset must be 1 or greater"));
    }
    pos -= 1;
    let mut fmt = Format::new(&format);
    let mut header = Header::default();
    let mut results: Vec<Value> = Vec::new();
    let len = data.len();
    let fits = |pos: usize, size: usize| size <= len && pos <= len - size;
    while let Some(opt) = fmt.next_option() {
        let mut size = fmt.option_size(vm, opt)?;
        pos = pos.wrapping_add(padding(pos, &header, opt, size));
        if !fits(pos, size) {
            return Err(vm.arg_error(2, "data string too short"));
        }
        match opt {
            b'b' | b'B' | b'h' | b'H' | b'l' | b'L' | b'T' | b'i' | b'I' => {
                let signed = opt.is_ascii_lowercase();
                let n = read_integer(&data[pos..pos + size], header.endian, signed);
                results.push(Value::Number(n));
            }
            b'x' => {}
            b'f' => {
                let raw: [u8; 4] = data[pos..pos + 4].try_into().unwrap_or_default();
                let f = match header.endian {
                    Endian::Little => f32::from_le_bytes(raw),
                    Endian::Big => f32::from_be_bytes(raw),
                };
                results.push(Value::Number(f as f64));
            }
            b'd' => {
                let raw: [u8; 8] = data[pos..pos + 8].try_into().unwrap_or_default();
                let d = match header.endian {
                    Endian::Little => f64::from_le_bytes(raw),
                    Endian::Big => f64::from_be_bytes(raw),
                };
                results.push(Value::Number(d));
            }
            b'c' => {
                if size == 0 {
                    let previous = results.last().and_then(|&v| vm.to_number(v));
                    let Some(n) = previous else {
                        return Err(vm.native_error(b"format 'c0' needs a previous size"));
                    };
                    results.pop();
                    size = to_unsigned(n) as usize;
                    if !fits(pos, size) {
                        return Err(vm.arg_error(2, "data string too short"));
                    }
                }
                let s = vm.new_string(&data[pos..pos + size]);
                results.push(s);
            }
            b's' => {
                let Some(end) = data[pos..].iter().position(|&b| b == 0) else {
                    return Err(vm.native_error(b"unfinished string in data"));
                };
                let s = vm.new_string(&data[pos..pos + end]);
                results.push(s);
                size = end + 1;
            }
            _ => fmt.control(vm, opt, &mut header)?,
        }
        pos = pos.wrapping_add(size);
    }
    let count = results.len();
    for v in results {
        vm.push(v);
    }
    vm.push(Value::Number(pos.wrapping_add(1) as f64));
    Ok(count + 1)
}

fn size(vm: &mut Vm) -> LuaResult<usize> {
    let format = vm.check_bytes(1)?;
    let mut fmt = Format::new(&format);
    let mut header = Header::default();
    let mut pos = 0usize;
    while let Some(opt) = fmt.next_option() {
        let size = fmt.option_size(vm, opt)?;
        pos += padding(pos, &header, opt, size);
        if opt == b's' {
            return Err(vm.arg_error(1, "option 's' has no fixed size"));
        }
        if opt == b'c' && size == 0 {
            return Err(vm.arg_error(1, "option 'c0' has no fixed size"));
        }
        if !opt.is_ascii_alphanumeric() {
            fmt.control(vm, opt, &mut header)?;
        }
        pos += size;
    }
    vm.push(Value::Number(pos as f64));
    Ok(1)
}
