//! RDB's primitive encodings (`rdb.c`): lengths, strings (verbatim, as small integers, or
//! LZF-compressed) and binary doubles, written as Redis 7.0 writes them and read back with
//! the leniency Redis's reader has.

use super::lzf;
use crate::number::parse_integer;

/// `rdbSaveLen`: 6-bit, 14-bit, 32-bit or 64-bit big-endian lengths.
pub(crate) fn write_length(out: &mut Vec<u8>, length: u64) {
    if length < 1 << 6 {
        out.push(length as u8);
    } else if length < 1 << 14 {
        out.push(((length >> 8) as u8) | 0x40);
        out.push(length as u8);
    } else if length <= u64::from(u32::MAX) {
        out.push(0x80);
        out.extend_from_slice(&(length as u32).to_be_bytes());
    } else {
        out.push(0x81);
        out.extend_from_slice(&length.to_be_bytes());
    }
}

/// The marker byte of an encoded string (`RDB_ENCVAL` in the top two bits).
const ENCODED: u8 = 0xc0;
const ENCODED_INT8: u8 = 0;
const ENCODED_INT16: u8 = 1;
const ENCODED_INT32: u8 = 2;
const ENCODED_LZF: u8 = 3;

/// `rdbEncodeInteger`: a value that fits 32 bits as an encoded integer.
fn encoded_integer(value: i64) -> Option<Vec<u8>> {
    if let Ok(byte) = i8::try_from(value) {
        Some(vec![ENCODED | ENCODED_INT8, byte as u8])
    } else if let Ok(short) = i16::try_from(value) {
        let mut out = vec![ENCODED | ENCODED_INT16];
        out.extend_from_slice(&short.to_le_bytes());
        Some(out)
    } else if let Ok(int) = i32::try_from(value) {
        let mut out = vec![ENCODED | ENCODED_INT32];
        out.extend_from_slice(&int.to_le_bytes());
        Some(out)
    } else {
        None
    }
}

/// `rdbSaveRawString` with `rdbcompression yes`: up to 11 bytes that are the canonical text of
/// a 32-bit integer as an integer; over 20 bytes LZF when that saves at least 4 bytes; else
/// the length and the bytes.
pub(crate) fn write_string(out: &mut Vec<u8>, bytes: &[u8]) {
    if bytes.len() <= 11 {
        // `parse_integer` is `string2ll`, which accepts only canonical text, so the round
        // trip Redis checks (`ll2string` gives the same bytes) always holds here.
        if let Some(encoded) = parse_integer(bytes).and_then(encoded_integer) {
            out.extend_from_slice(&encoded);
            return;
        }
    }
    if bytes.len() > 20 {
        if let Some(compressed) = lzf::compress(bytes, bytes.len() - 4) {
            out.push(ENCODED | ENCODED_LZF);
            write_length(out, compressed.len() as u64);
            write_length(out, bytes.len() as u64);
            out.extend_from_slice(&compressed);
            return;
        }
    }
    write_length(out, bytes.len() as u64);
    out.extend_from_slice(bytes);
}

/// `rdbSaveBinaryDoubleValue`: the IEEE 754 bytes, little-endian.
pub(crate) fn write_binary_double(out: &mut Vec<u8>, value: f64) {
    out.extend_from_slice(&value.to_le_bytes());
}

/// Why a payload could not be read; RESTORE answers every one of them with "Bad data format".
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Malformed;

pub(crate) type Read<T> = Result<T, Malformed>;

/// A reader over a payload. Like Redis's, it may run past the object into the version and
/// checksum bytes that follow it, and ignores whatever it does not read.
pub(crate) struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Cursor<'a> {
        Cursor { bytes, at: 0 }
    }

    pub(crate) fn take(&mut self, count: usize) -> Read<&'a [u8]> {
        let end = self.at.checked_add(count).ok_or(Malformed)?;
        let taken = self.bytes.get(self.at..end).ok_or(Malformed)?;
        self.at = end;
        Ok(taken)
    }

    pub(crate) fn byte(&mut self) -> Read<u8> {
        Ok(self.take(1)?[0])
    }

    /// `rdbLoadLenByRef`: a length, or (`Err(kind)`) the kind of an encoded string.
    fn length_or_encoding(&mut self) -> Read<Result<u64, u8>> {
        let first = self.byte()?;
        match first >> 6 {
            0 => Ok(Ok(u64::from(first & 0x3f))),
            1 => Ok(Ok((u64::from(first & 0x3f) << 8) | u64::from(self.byte()?))),
            3 => Ok(Err(first & 0x3f)),
            _ if first == 0x80 => {
                let bytes = self.take(4)?;
                Ok(Ok(u64::from(u32::from_be_bytes([
                    bytes[0], bytes[1], bytes[2], bytes[3],
                ]))))
            }
            _ if first == 0x81 => {
                let mut word = [0u8; 8];
                word.copy_from_slice(self.take(8)?);
                Ok(Ok(u64::from_be_bytes(word)))
            }
            _ => Err(Malformed),
        }
    }

    /// `rdbLoadLen`: a length. Like Redis, an encoded-string marker read here counts as the
    /// length in its low six bits.
    pub(crate) fn length(&mut self) -> Read<u64> {
        Ok(self.length_or_encoding()?.unwrap_or_else(u64::from))
    }

    /// A length used to count or size what follows, bounded by what the payload can hold.
    pub(crate) fn count(&mut self) -> Read<usize> {
        usize::try_from(self.length()?).map_err(|_| Malformed)
    }

    /// `rdbGenericLoadStringObject`: a string in any of its encodings, as bytes (integers as
    /// their decimal text).
    pub(crate) fn string(&mut self) -> Read<Vec<u8>> {
        match self.length_or_encoding()? {
            Ok(length) => {
                let length = usize::try_from(length).map_err(|_| Malformed)?;
                Ok(self.take(length)?.to_vec())
            }
            Err(ENCODED_INT8) => Ok((self.byte()? as i8).to_string().into_bytes()),
            Err(ENCODED_INT16) => {
                let bytes = self.take(2)?;
                Ok(i16::from_le_bytes([bytes[0], bytes[1]])
                    .to_string()
                    .into_bytes())
            }
            Err(ENCODED_INT32) => {
                let bytes = self.take(4)?;
                Ok(i32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]])
                    .to_string()
                    .into_bytes())
            }
            Err(ENCODED_LZF) => {
                let compressed = self.count()?;
                let length = self.count()?;
                let data = self.take(compressed)?;
                lzf::decompress(data, length).ok_or(Malformed)
            }
            Err(_) => Err(Malformed),
        }
    }

    /// `rdbLoadBinaryDoubleValue`.
    pub(crate) fn binary_double(&mut self) -> Read<f64> {
        let mut word = [0u8; 8];
        word.copy_from_slice(self.take(8)?);
        Ok(f64::from_le_bytes(word))
    }

    /// `rdbLoadDoubleValue` (the text doubles of the old `ZSET` type): a length byte, with
    /// 253, 254 and 255 for NaN, +inf and -inf, then that many characters of `%.17g` text.
    pub(crate) fn text_double(&mut self) -> Read<f64> {
        match self.byte()? {
            253 => Ok(f64::NAN),
            254 => Ok(f64::INFINITY),
            255 => Ok(f64::NEG_INFINITY),
            length => {
                let text = self.take(usize::from(length))?;
                std::str::from_utf8(text)
                    .ok()
                    .and_then(|text| text.trim().parse::<f64>().ok())
                    .ok_or(Malformed)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        write_string(&mut out, bytes);
        out
    }

    #[test]
    fn strings_take_redis_encodings() {
        assert_eq!(written(b"12"), vec![0xc0, 12]);
        assert_eq!(written(b"-200"), vec![0xc1, 0x38, 0xff]);
        assert_eq!(written(b"100000"), vec![0xc2, 0xa0, 0x86, 0x01, 0x00]);
        // Not canonical, or too wide for 32 bits: verbatim.
        assert_eq!(written(b"012"), vec![3, b'0', b'1', b'2']);
        assert_eq!(written(b"10000000000")[0], 11);
        assert_eq!(written(&[b'a'; 30])[0], 0xc3);
        for text in [&b"12"[..], b"-200", b"100000", b"012", &[b'a'; 300], b""] {
            assert_eq!(Cursor::new(&written(text)).string(), Ok(text.to_vec()));
        }
    }

    #[test]
    fn lengths_use_the_smallest_form() {
        for (length, size) in [(5u64, 1usize), (300, 2), (70_000, 5), (1 << 40, 9)] {
            let mut out = Vec::new();
            write_length(&mut out, length);
            assert_eq!(out.len(), size);
            assert_eq!(Cursor::new(&out).length(), Ok(length));
        }
        assert_eq!(Cursor::new(&[0x82]).length(), Err(Malformed));
        assert_eq!(Cursor::new(&[0x40]).length(), Err(Malformed));
    }
}
