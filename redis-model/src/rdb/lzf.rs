//! LZF as Redis's bundled liblzf 3.6 writes and reads it (`lzf_c.c`, `lzf_d.c`), which
//! `DUMP` applies to every string longer than 20 bytes. The compressor is a faithful model of
//! that configuration (`HLOG` 16, `VERY_FAST`, pointer hash slots) because the compressed
//! bytes are part of the payload Redis produces: any other valid LZF stream would decode to
//! the same value but differ from Redis's `DUMP` reply.
//!
//! The format: a control byte below 32 starts a run of `ctrl + 1` literal bytes; otherwise
//! its top 3 bits are a match length minus 2 (7 means one more length byte follows) and its
//! low 5 bits the high bits of the match offset minus 1, whose low byte comes next.

const HASH_LOG: u32 = 16;
const HASH_SIZE: usize = 1 << HASH_LOG;
const MAX_LITERAL: usize = 1 << 5;
const MAX_OFFSET: usize = 1 << 13;
const MAX_MATCH: usize = (1 << 8) + (1 << 3);

/// `FRST`: the hash seed from the two bytes at `at`.
fn first(input: &[u8], at: usize) -> u32 {
    let byte = |index: usize| u32::from(input.get(index).copied().unwrap_or(0));
    (byte(at) << 8) | byte(at + 1)
}

/// `NEXT`: the rolling hash moved on by the byte two after `at`.
fn next(hash: u32, input: &[u8], at: usize) -> u32 {
    (hash << 8) | u32::from(input[at + 2])
}

/// `IDX` in the `VERY_FAST` configuration.
fn slot(hash: u32) -> usize {
    ((hash >> (3 * 8 - HASH_LOG)).wrapping_sub(hash.wrapping_mul(5)) as usize) & (HASH_SIZE - 1)
}

/// `lzf_compress(input, len, out, out_len)`: the compressed bytes, or `None` when they would
/// not fit in `out_len` bytes (liblzf's 0), exactly where liblzf gives up.
///
/// liblzf leaves its hash table uninitialised (`INIT_HTAB 0`); Redis's payloads are modelled
/// with an empty table, which is what a stale slot amounts to unless it happens to point
/// into the very buffer being compressed.
pub(crate) fn compress(input: &[u8], out_len: usize) -> Option<Vec<u8>> {
    let in_len = input.len();
    if in_len == 0 || out_len == 0 {
        return None;
    }
    // liblzf reserves a run byte one past the last write without checking: keep room for it.
    let mut out = vec![0u8; out_len + 4];
    let out_end = out_len;
    let mut table: Vec<Option<usize>> = vec![None; HASH_SIZE];
    let mut ip = 0usize;
    let mut op = 1usize;
    let mut literals = 0usize;
    let mut hash = first(input, ip);
    while ip + 2 < in_len {
        hash = next(hash, input, ip);
        let index = slot(hash);
        let reference = table[index];
        table[index] = Some(ip);
        let found = reference.filter(|&reference| {
            ip - reference - 1 < MAX_OFFSET
                && reference > 0
                && input[reference + 2] == input[ip + 2]
                && input[reference] == input[ip]
                && input[reference + 1] == input[ip + 1]
        });
        let Some(reference) = found else {
            if op >= out_end {
                return None;
            }
            push_literal(&mut out, &mut op, &mut literals, input[ip]);
            ip += 1;
            continue;
        };
        let offset = ip - reference - 1;
        let mut length = 2usize;
        let max_length = (in_len - ip - length).min(MAX_MATCH);
        if op + 3 + 1 >= out_end && op - usize::from(literals == 0) + 3 + 1 >= out_end {
            return None;
        }
        // Close the literal run (or take back its unused control byte).
        out[op - literals - 1] = (literals as u8).wrapping_sub(1);
        op -= usize::from(literals == 0);
        length = match_length(input, reference, ip, length, max_length);
        length -= 2;
        ip += 1;
        if length < 7 {
            out[op] = (offset >> 8) as u8 + ((length as u8) << 5);
            op += 1;
        } else {
            out[op] = (offset >> 8) as u8 + (7 << 5);
            out[op + 1] = (length - 7) as u8;
            op += 2;
        }
        out[op] = offset as u8;
        op += 1;
        literals = 0;
        op += 1;
        ip += length + 1;
        if ip >= in_len - 2 {
            break;
        }
        // VERY_FAST: hash the last two positions of the match.
        ip -= 2;
        hash = first(input, ip);
        hash = next(hash, input, ip);
        table[slot(hash)] = Some(ip);
        ip += 1;
        hash = next(hash, input, ip);
        table[slot(hash)] = Some(ip);
        ip += 1;
    }
    if op + 3 > out_end {
        return None;
    }
    while ip < in_len {
        push_literal(&mut out, &mut op, &mut literals, input[ip]);
        ip += 1;
    }
    out[op - literals - 1] = (literals as u8).wrapping_sub(1);
    op -= usize::from(literals == 0);
    out.truncate(op);
    Some(out)
}

/// The index one past the last matching byte, as liblzf's match loop finds it: 16 unrolled
/// comparisons when more than 16 bytes remain, then byte by byte up to `max_length`.
/// Appends one literal byte to the run in progress; a full run gets its length byte (in the
/// slot left before it) and the next run's slot is skipped.
fn push_literal(out: &mut [u8], op: &mut usize, literals: &mut usize, byte: u8) {
    *literals += 1;
    out[*op] = byte;
    *op += 1;
    if *literals == MAX_LITERAL {
        out[*op - *literals - 1] = (*literals - 1) as u8;
        *literals = 0;
        *op += 1;
    }
}

fn match_length(
    input: &[u8],
    reference: usize,
    ip: usize,
    mut length: usize,
    max_length: usize,
) -> usize {
    if max_length > 16 {
        for _ in 0..16 {
            length += 1;
            if input[reference + length] != input[ip + length] {
                return length;
            }
        }
    }
    loop {
        length += 1;
        if !(length < max_length && input[reference + length] == input[ip + length]) {
            return length;
        }
    }
}

/// `lzf_decompress` into exactly `expected` bytes; `None` for a corrupt stream or one that
/// does not decode to that length (Redis's "Invalid LZF compressed string").
pub(crate) fn decompress(input: &[u8], expected: usize) -> Option<Vec<u8>> {
    // The expected length comes from the payload: reserve no more than the input can expand to.
    let mut out = Vec::with_capacity(expected.min(input.len().saturating_mul(MAX_MATCH)));
    let mut ip = 0;
    while ip < input.len() {
        let control = usize::from(input[ip]);
        ip += 1;
        if control < MAX_LITERAL {
            let run = control + 1;
            let literal = input.get(ip..ip + run)?;
            if out.len() + run > expected {
                return None;
            }
            out.extend_from_slice(literal);
            ip += run;
        } else {
            let mut length = control >> 5;
            if length == 7 {
                length += usize::from(*input.get(ip)?);
                ip += 1;
            }
            let low = usize::from(*input.get(ip)?);
            ip += 1;
            let distance = ((control & 0x1f) << 8) + low + 1;
            let length = length + 2;
            if out.len() + length > expected || distance > out.len() {
                return None;
            }
            let start = out.len() - distance;
            for index in 0..length {
                out.push(out[start + index]);
            }
        }
    }
    (out.len() == expected).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::{compress, decompress};

    #[test]
    fn repeated_text_compresses_and_decodes_back() {
        let text = b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".to_vec();
        let packed = compress(&text, text.len() - 4).expect("compressible");
        assert!(packed.len() < text.len() - 4);
        assert_eq!(decompress(&packed, text.len()), Some(text));
    }

    #[test]
    fn incompressible_text_does_not_fit() {
        let text: Vec<u8> = (0..40u8).collect();
        assert_eq!(compress(&text, text.len() - 4), None);
    }

    #[test]
    fn long_and_varied_inputs_round_trip() {
        let mut text = Vec::new();
        for index in 0..5000u32 {
            text.extend_from_slice(format!("item:{}:{};", index % 97, index * 7).as_bytes());
        }
        let packed = compress(&text, text.len() - 4).expect("compressible");
        assert_eq!(decompress(&packed, text.len()), Some(text));
    }

    #[test]
    fn corrupt_streams_are_refused() {
        // A back reference before the start of the output.
        assert_eq!(decompress(&[0x20, 0x05], 3), None);
        // A literal run longer than the input.
        assert_eq!(decompress(&[0x05, b'a'], 6), None);
        // Decodes, but to a different length.
        assert_eq!(decompress(&[0x01, b'a', b'b'], 3), None);
        // A length no input could expand to is refused without reserving it.
        assert_eq!(decompress(&[0x00, b'a'], usize::MAX), None);
    }
}
