//! The worker protocol's framing: each message is a little-endian `u64` length followed by
//! that many bytes of one value in the protocol's encoding ([`super::wire`]). Requests are
//! [`crate::engine::Case`]s, replies [`crate::outcome::Outcome`]s, one reply per request, in
//! order.

use super::wire::{decode, Wire};
use std::io::{self, Read, Write};

/// The largest frame either side accepts: more than any outcome a memory-limited run can
/// produce, small enough that a corrupt length cannot make the reader allocate without bound.
pub const MAX_FRAME_BYTES: u64 = 4 << 30;

/// Writes `value` as one frame and flushes it.
pub fn write_frame(output: &mut impl Write, value: &impl Wire) -> io::Result<()> {
    let mut frame = vec![0; 8];
    value.put(&mut frame);
    let length = (frame.len() - 8) as u64;
    frame[..8].copy_from_slice(&length.to_le_bytes());
    output.write_all(&frame)?;
    output.flush()
}

/// Reads one frame; `None` when the stream ended cleanly before a new frame.
pub fn read_frame<T: Wire>(input: &mut impl Read) -> io::Result<Option<T>> {
    let mut length = [0u8; 8];
    let mut filled = 0;
    while filled < length.len() {
        match input.read(&mut length[filled..])? {
            0 if filled == 0 => return Ok(None),
            0 => return Err(io::ErrorKind::UnexpectedEof.into()),
            read => filled += read,
        }
    }
    let length = u64::from_le_bytes(length);
    if length > MAX_FRAME_BYTES {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("a frame of {length} bytes is over the limit of {MAX_FRAME_BYTES}"),
        ));
    }
    let mut payload = Vec::new();
    input.take(length).read_to_end(&mut payload)?;
    if payload.len() as u64 != length {
        return Err(io::ErrorKind::UnexpectedEof.into());
    }
    decode(&payload).map(Some)
}

/// Takes the first frame out of `buffer` when all of it has arrived; `None` while it is
/// incomplete (the caller reads more bytes and asks again).
pub fn take_frame<T: Wire>(buffer: &mut Vec<u8>) -> io::Result<Option<T>> {
    let Some(length) = buffer.get(..8) else {
        return Ok(None);
    };
    let length = u64::from_le_bytes(length.try_into().expect("eight bytes"));
    if length > MAX_FRAME_BYTES {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("a frame of {length} bytes is over the limit of {MAX_FRAME_BYTES}"),
        ));
    }
    let end = 8 + length as usize;
    if buffer.len() < end {
        return Ok(None);
    }
    let value = decode(&buffer[8..end]);
    buffer.drain(..end);
    value.map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Case;

    #[test]
    fn frames_carry_cases_in_order_and_end_cleanly() {
        let mut binary = Case::from_source("bin", b"return '\xff\x00'");
        binary.redis_data = vec![vec![b"SET".to_vec(), vec![0, 1]]];
        let text = Case::from_source("text", b"return 1");
        let mut stream = Vec::new();
        write_frame(&mut stream, &binary).expect("write");
        write_frame(&mut stream, &text).expect("write");
        let mut reader = stream.as_slice();
        assert_eq!(read_frame::<Case>(&mut reader).expect("read"), Some(binary));
        assert_eq!(read_frame::<Case>(&mut reader).expect("read"), Some(text));
        assert_eq!(read_frame::<Case>(&mut reader).expect("end"), None);
    }

    #[test]
    fn truncated_and_oversized_frames_are_errors() {
        let mut stream = Vec::new();
        write_frame(&mut stream, &Case::from_source("c", b"return 1")).expect("write");
        let truncated = &stream[..stream.len() - 3];
        assert!(read_frame::<Case>(&mut &truncated[..]).is_err());
        assert!(read_frame::<Case>(&mut &stream[..5]).is_err());
        let huge = (MAX_FRAME_BYTES + 1).to_le_bytes();
        assert!(read_frame::<Case>(&mut &huge[..]).is_err());
        assert!(take_frame::<Case>(&mut huge.to_vec()).is_err());
    }

    #[test]
    fn frames_are_taken_from_a_buffer_once_complete() {
        let (first, second) = (
            Case::from_source("a", b"return 1"),
            Case::from_source("b", b""),
        );
        let mut stream = Vec::new();
        write_frame(&mut stream, &first).expect("write");
        write_frame(&mut stream, &second).expect("write");
        let split = stream.len() - 5;
        let mut buffer = stream[..split].to_vec();
        assert_eq!(take_frame::<Case>(&mut buffer).expect("first"), Some(first));
        assert_eq!(take_frame::<Case>(&mut buffer).expect("partial"), None);
        buffer.extend_from_slice(&stream[split..]);
        assert_eq!(
            take_frame::<Case>(&mut buffer).expect("second"),
            Some(second)
        );
        assert!(buffer.is_empty());
    }
}
