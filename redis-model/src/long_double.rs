//! C's `long double` (80-bit extended precision on x86-64), which Redis's `INCRBYFLOAT` and
//! `HINCRBYFLOAT` compute and print with: the arithmetic and formatting live in
//! `csrc/long_double.c`, this is their safe face.

use std::os::raw::{c_char, c_int, c_uchar};

/// Room for the byte image of a `long double` (16 bytes on x86-64 and aarch64).
const IMAGE: usize = 32;

/// Redis's `MAX_LONG_DOUBLE_CHARS`: every `%.17Lf` text of a finite value fits.
const TEXT_LIMIT: usize = 5 * 1024;

extern "C" {
    fn ferrous_long_double_size() -> usize;
    fn ferrous_long_double_parse(text: *const c_char, len: usize, out: *mut c_uchar) -> c_int;
    fn ferrous_long_double_add(a: *const c_uchar, b: *const c_uchar, out: *mut c_uchar);
    fn ferrous_long_double_is_finite(a: *const c_uchar) -> c_int;
    fn ferrous_long_double_to_double(a: *const c_uchar) -> f64;
    fn ferrous_long_double_format_fixed(a: *const c_uchar, buf: *mut c_char, cap: usize) -> usize;
}

/// A `long double` value.
#[derive(Clone, Copy)]
pub(crate) struct LongDouble {
    image: [u8; IMAGE],
}

fn fits() -> bool {
    // SAFETY: a pure function of the C compiler's type layout.
    unsafe { ferrous_long_double_size() <= IMAGE }
}

impl LongDouble {
    /// Reads `text` as Redis's `string2ld` does; `None` for what Redis calls "not a valid
    /// float" (also for the empty text and texts of 5 KiB or more).
    pub(crate) fn parse(text: &[u8]) -> Option<LongDouble> {
        if !fits() {
            return None;
        }
        let mut image = [0u8; IMAGE];
        // SAFETY: `text` is valid for `len` bytes; `image` has room for a long double (checked
        // above); the C side copies at most `TEXT_LIMIT - 1` bytes into its own buffer.
        let parsed = unsafe {
            ferrous_long_double_parse(text.as_ptr().cast(), text.len(), image.as_mut_ptr())
        };
        (parsed == 1).then_some(LongDouble { image })
    }

    pub(crate) fn add(self, other: LongDouble) -> LongDouble {
        let mut image = [0u8; IMAGE];
        // SAFETY: all three images hold a long double (only made by `parse` and `add`).
        unsafe {
            ferrous_long_double_add(
                self.image.as_ptr(),
                other.image.as_ptr(),
                image.as_mut_ptr(),
            )
        };
        LongDouble { image }
    }

    pub(crate) fn is_finite(self) -> bool {
        // SAFETY: the image holds a long double.
        unsafe { ferrous_long_double_is_finite(self.image.as_ptr()) == 1 }
    }

    /// The nearest double (infinite beyond double range).
    pub(crate) fn to_f64(self) -> f64 {
        // SAFETY: the image holds a long double.
        unsafe { ferrous_long_double_to_double(self.image.as_ptr()) }
    }

    /// Redis's "human friendly" text of a finite value (`ld2string` with `LD_STR_HUMAN`):
    /// `%.17Lf`, trailing zeros and point dropped, `-0` written `0`.
    pub(crate) fn to_human(self) -> Vec<u8> {
        let mut buffer = vec![0u8; TEXT_LIMIT];
        // SAFETY: the image holds a long double; `buffer` has `TEXT_LIMIT` writable bytes.
        let len = unsafe {
            ferrous_long_double_format_fixed(
                self.image.as_ptr(),
                buffer.as_mut_ptr().cast(),
                buffer.len(),
            )
        };
        buffer.truncate(len);
        if buffer.contains(&b'.') {
            while buffer.last() == Some(&b'0') {
                buffer.pop();
            }
            if buffer.last() == Some(&b'.') {
                buffer.pop();
            }
        }
        if buffer == b"-0" {
            buffer = b"0".to_vec();
        }
        buffer
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sum(a: &str, b: &str) -> String {
        let a = LongDouble::parse(a.as_bytes()).unwrap();
        let b = LongDouble::parse(b.as_bytes()).unwrap();
        String::from_utf8(a.add(b).to_human()).unwrap()
    }

    #[test]
    fn the_image_fits() {
        assert!(fits());
    }

    #[test]
    fn sums_print_as_redis_prints_them() {
        assert_eq!(sum("0.1", "0.2"), "0.3");
        assert_eq!(sum("10.5", "0.1"), "10.6");
        assert_eq!(sum("0", "1e-20"), "0");
        assert_eq!(sum("-0", "0"), "0");
        assert_eq!(sum("3", "0"), "3");
        assert_eq!(sum("1e20", "0"), "100000000000000000000");
    }

    #[test]
    fn parsing_refuses_what_redis_refuses() {
        for bad in ["", " 1", "1 ", "nan", "abc", "1e5000", "1e-5000"] {
            assert!(LongDouble::parse(bad.as_bytes()).is_none(), "{bad:?}");
        }
        assert!(LongDouble::parse(b"1e400").is_some_and(LongDouble::is_finite));
        assert!(LongDouble::parse(b"inf").is_some_and(|v| !v.is_finite()));
    }
}
