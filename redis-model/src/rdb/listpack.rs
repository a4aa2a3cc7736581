//! Listpacks (`listpack.c`), the compact encoding of small hashes, sorted sets, list nodes
//! and stream nodes: a 6-byte header (total bytes, element count), the elements, and 0xff.
//! Each element is its encoding and data followed by its own length backwards; strings that
//! are canonical 64-bit integers are stored as integers, in the smallest of seven forms.

use super::wire::{Malformed, Read};
use crate::number::parse_integer;

const HEADER_SIZE: usize = 6;
const END: u8 = 0xff;
/// The header's element count when there are too many to count there.
const UNKNOWN_COUNT: u16 = u16::MAX;

/// One element to encode: a string (stored as an integer when it reads as one) or an
/// integer (`lpAppendInteger`).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Element<'a> {
    Text(&'a [u8]),
    Integer(i64),
}

/// `lpEncodeIntegerGetType`.
fn encode_integer(value: i64, out: &mut Vec<u8>) {
    match value {
        0..=127 => out.push(value as u8),
        -4096..=4095 => {
            let unsigned = if value < 0 { (1 << 13) + value } else { value };
            out.push(((unsigned >> 8) as u8) | 0xc0);
            out.push(unsigned as u8);
        }
        -32768..=32767 => {
            out.push(0xf1);
            out.extend_from_slice(&(value as i16).to_le_bytes());
        }
        -8_388_608..=8_388_607 => {
            out.push(0xf2);
            out.extend_from_slice(&(value as i32).to_le_bytes()[..3]);
        }
        -2_147_483_648..=2_147_483_647 => {
            out.push(0xf3);
            out.extend_from_slice(&(value as i32).to_le_bytes());
        }
        _ => {
            out.push(0xf4);
            out.extend_from_slice(&value.to_le_bytes());
        }
    }
}

/// `lpEncodeString`.
fn encode_text(text: &[u8], out: &mut Vec<u8>) {
    let length = text.len();
    if length < 64 {
        out.push(length as u8 | 0x80);
    } else if length < 4096 {
        out.push((length >> 8) as u8 | 0xe0);
        out.push(length as u8);
    } else {
        out.push(0xf0);
        out.extend_from_slice(&(length as u32).to_le_bytes());
    }
    out.extend_from_slice(text);
}

/// `lpEncodeBacklen`: the element's size, 7 bits a byte, readable from its last byte back.
fn encode_backlen(length: usize, out: &mut Vec<u8>) {
    let length = length as u64;
    let groups: u32 = match length {
        0..=127 => 1,
        128..=16382 => 2,
        16383..=2_097_150 => 3,
        2_097_151..=268_435_454 => 4,
        _ => 5,
    };
    for group in (0..groups).rev() {
        let bits = ((length >> (7 * group)) & 127) as u8;
        out.push(if group + 1 == groups {
            bits
        } else {
            bits | 128
        });
    }
}

/// One encoded element with its back-length.
pub(crate) fn encode_element(element: Element, out: &mut Vec<u8>) {
    let start = out.len();
    match element {
        Element::Integer(value) => encode_integer(value, out),
        Element::Text(text) => match parse_integer(text) {
            Some(value) => encode_integer(value, out),
            None => encode_text(text, out),
        },
    }
    let length = out.len() - start;
    encode_backlen(length, out);
}

/// The bytes an element takes in a listpack, back-length included.
pub(crate) fn element_size(element: Element) -> usize {
    let mut out = Vec::new();
    encode_element(element, &mut out);
    out.len()
}

/// A whole listpack holding `elements` in order.
pub(crate) fn encode<'a>(elements: impl IntoIterator<Item = Element<'a>>) -> Vec<u8> {
    let mut out = vec![0; HEADER_SIZE];
    let mut count = 0usize;
    for element in elements {
        encode_element(element, &mut out);
        count += 1;
    }
    out.push(END);
    let total = out.len() as u32;
    out[..4].copy_from_slice(&total.to_le_bytes());
    let count = u16::try_from(count).unwrap_or(UNKNOWN_COUNT);
    out[4..6].copy_from_slice(&count.to_le_bytes());
    out
}

/// A decoded element: text, or an integer that reads back as its decimal text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Value {
    Text(Vec<u8>),
    Integer(i64),
}

impl Value {
    /// The element that encodes this value again.
    pub(crate) fn as_element(&self) -> Element<'_> {
        match self {
            Value::Text(text) => Element::Text(text),
            Value::Integer(value) => Element::Integer(*value),
        }
    }

    pub(crate) fn into_bytes(self) -> Vec<u8> {
        match self {
            Value::Text(text) => text,
            Value::Integer(value) => value.to_string().into_bytes(),
        }
    }
}

fn sign_extend(value: u64, bits: u32) -> i64 {
    let shift = 64 - bits;
    ((value << shift) as i64) >> shift
}

fn little_endian(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .rev()
        .fold(0, |value, &byte| (value << 8) | u64::from(byte))
}

/// Reads one element at `at`, returning it and the offset of the next one.
fn decode_element(bytes: &[u8], at: usize) -> Read<(Value, usize)> {
    let first = *bytes.get(at).ok_or(Malformed)?;
    let slice = |from: usize, count: usize| bytes.get(from..from + count).ok_or(Malformed);
    let (value, length) = if first & 0x80 == 0 {
        (Value::Integer(i64::from(first)), 1)
    } else if first & 0xc0 == 0x80 {
        let length = usize::from(first & 0x3f);
        (Value::Text(slice(at + 1, length)?.to_vec()), 1 + length)
    } else if first & 0xe0 == 0xc0 {
        let low = *bytes.get(at + 1).ok_or(Malformed)?;
        let raw = (u64::from(first & 0x1f) << 8) | u64::from(low);
        (Value::Integer(sign_extend(raw, 13)), 2)
    } else if first & 0xf0 == 0xe0 {
        let low = *bytes.get(at + 1).ok_or(Malformed)?;
        let length = (usize::from(first & 0x0f) << 8) | usize::from(low);
        (Value::Text(slice(at + 2, length)?.to_vec()), 2 + length)
    } else {
        match first {
            0xf0 => {
                let length = little_endian(slice(at + 1, 4)?) as usize;
                (Value::Text(slice(at + 5, length)?.to_vec()), 5 + length)
            }
            0xf1 => (
                Value::Integer(sign_extend(little_endian(slice(at + 1, 2)?), 16)),
                3,
            ),
            0xf2 => (
                Value::Integer(sign_extend(little_endian(slice(at + 1, 3)?), 24)),
                4,
            ),
            0xf3 => (
                Value::Integer(sign_extend(little_endian(slice(at + 1, 4)?), 32)),
                5,
            ),
            0xf4 => (Value::Integer(little_endian(slice(at + 1, 8)?) as i64), 9),
            _ => return Err(Malformed),
        }
    };
    let mut backlen = Vec::new();
    encode_backlen(length, &mut backlen);
    if slice(at + length, backlen.len())? != backlen.as_slice() {
        return Err(Malformed);
    }
    Ok((value, at + length + backlen.len()))
}

/// Every element of a listpack, checking its header, its elements and its terminator.
pub(crate) fn decode(bytes: &[u8]) -> Read<Vec<Value>> {
    if bytes.len() < HEADER_SIZE + 1 || little_endian(&bytes[..4]) != bytes.len() as u64 {
        return Err(Malformed);
    }
    let declared = little_endian(&bytes[4..6]) as u16;
    let mut values = Vec::new();
    let mut at = HEADER_SIZE;
    while bytes.get(at) != Some(&END) {
        let (value, next) = decode_element(bytes, at)?;
        values.push(value);
        at = next;
    }
    if at + 1 != bytes.len() || (declared != UNKNOWN_COUNT && usize::from(declared) != values.len())
    {
        return Err(Malformed);
    }
    Ok(values)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elements_take_the_smallest_encoding() {
        let cases: &[(&[u8], &[u8])] = &[
            (b"5", &[0x05, 0x01]),
            (b"-1", &[0xdf, 0xff, 0x02]),
            (b"1000", &[0xc3, 0xe8, 0x02]),
            (b"100000", &[0xf2, 0xa0, 0x86, 0x01, 0x04]),
            (b"a", &[0x81, b'a', 0x02]),
        ];
        for (text, bytes) in cases {
            let mut out = Vec::new();
            encode_element(Element::Text(text), &mut out);
            assert_eq!(out.as_slice(), *bytes, "{}", String::from_utf8_lossy(text));
        }
    }

    #[test]
    fn listpacks_round_trip() {
        let long = vec![b'x'; 5000];
        let texts: Vec<&[u8]> = vec![
            b"",
            b"a",
            b"-4096",
            b"4095",
            b"-32768",
            b"8388607",
            b"-2147483648",
            b"9223372036854775807",
            b"-9223372036854775808",
            b"01",
            &long,
            &long[..100],
        ];
        let bytes = encode(texts.iter().map(|text| Element::Text(text)));
        let decoded: Vec<Vec<u8>> = decode(&bytes)
            .expect("valid")
            .into_iter()
            .map(Value::into_bytes)
            .collect();
        assert_eq!(decoded, texts);
    }

    #[test]
    fn damaged_listpacks_are_refused() {
        let mut bytes = encode([Element::Text(b"hello"), Element::Integer(7)]);
        assert!(decode(&bytes).is_ok());
        let last = bytes.len() - 1;
        bytes[last] = 0;
        assert_eq!(decode(&bytes), Err(Malformed));
        assert_eq!(decode(&[7, 0, 0, 0, 1, 0, 0xff]), Err(Malformed));
    }
}
