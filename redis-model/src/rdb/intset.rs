//! Intsets (`intset.c`), the encoding of small sets of integers: the width of every value
//! (2, 4 or 8 bytes), the count, then the values in ascending order, all little-endian.

use super::wire::{Malformed, Read};

/// The intset of `values` (any order), as wide as its widest value needs.
pub(crate) fn encode(values: &[i64]) -> Vec<u8> {
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    let width: usize = if sorted.iter().all(|value| i16::try_from(*value).is_ok()) {
        2
    } else if sorted.iter().all(|value| i32::try_from(*value).is_ok()) {
        4
    } else {
        8
    };
    let mut out = Vec::with_capacity(8 + width * sorted.len());
    out.extend_from_slice(&(width as u32).to_le_bytes());
    out.extend_from_slice(&(sorted.len() as u32).to_le_bytes());
    for value in sorted {
        out.extend_from_slice(&value.to_le_bytes()[..width]);
    }
    out
}

/// The values of an intset, refusing a bad width, a size that disagrees with the count,
/// and values out of order or repeated.
pub(crate) fn decode(bytes: &[u8]) -> Read<Vec<i64>> {
    let word = |at: usize| -> Read<u32> {
        let slice = bytes.get(at..at + 4).ok_or(Malformed)?;
        Ok(u32::from_le_bytes([slice[0], slice[1], slice[2], slice[3]]))
    };
    let width = word(0)? as usize;
    let count = word(4)? as usize;
    if !matches!(width, 2 | 4 | 8) || bytes.len() != 8 + width * count {
        return Err(Malformed);
    }
    let values: Vec<i64> = bytes[8..]
        .chunks_exact(width)
        .map(|chunk| {
            let mut word = [0u8; 8];
            word[..width].copy_from_slice(chunk);
            let shift = 64 - 8 * width as u32;
            (i64::from_le_bytes(word) << shift) >> shift
        })
        .collect();
    if values.windows(2).any(|pair| pair[0] >= pair[1]) {
        return Err(Malformed);
    }
    Ok(values)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn width_follows_the_widest_value() {
        assert_eq!(encode(&[3, 1, 2])[..4], [2, 0, 0, 0]);
        assert_eq!(encode(&[1, 70_000])[..4], [4, 0, 0, 0]);
        assert_eq!(encode(&[-1, i64::MIN])[..4], [8, 0, 0, 0]);
        for values in [
            vec![-5, 1, 2],
            vec![-70_000, 5],
            vec![i64::MIN, 0, i64::MAX],
        ] {
            assert_eq!(decode(&encode(&values)), Ok(values));
        }
    }

    #[test]
    fn damaged_intsets_are_refused() {
        assert_eq!(decode(&[3, 0, 0, 0, 0, 0, 0, 0]), Err(Malformed));
        assert_eq!(decode(&[2, 0, 0, 0, 2, 0, 0, 0, 1, 0]), Err(Malformed));
        assert_eq!(
            decode(&[2, 0, 0, 0, 2, 0, 0, 0, 5, 0, 1, 0]),
            Err(Malformed)
        );
    }
}
