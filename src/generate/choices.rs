//! Where the generator's decisions come from.
//!
//! The generator never draws random numbers itself: it asks a [`Choices`] source for every
//! decision. A seeded source makes `generate --seed S` reproducible; a byte source lets proptest
//! and cargo-fuzz drive the same generator from the bytes they mutate and shrink. Every source
//! answers 0 once it has nothing left, and the generator reads 0 as "the simplest option" (no
//! more statements, the first literal, the feature off), so shorter or smaller inputs give
//! simpler programs — which is what makes shrinking work.

/// A source of decisions.
pub trait Choices {
    /// A number in `0..n`; `n` must be at least 1. Exhausted sources answer 0.
    fn below(&mut self, n: u32) -> u32;
}

/// Decisions from a 64-bit seed (SplitMix64), for reproducible command-line runs.
#[derive(Debug, Clone)]
pub struct SeededChoices {
    state: u64,
}

impl SeededChoices {
    pub fn new(seed: u64) -> SeededChoices {
        SeededChoices { state: seed }
    }

    fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

impl Choices for SeededChoices {
    fn below(&mut self, n: u32) -> u32 {
        // The modulo bias is at most n / 2^64: irrelevant for choosing program shapes.
        (self.next_u64() % u64::from(n.max(1))) as u32
    }
}

/// Decisions read from a byte string (proptest values, fuzzer inputs): one byte per decision
/// among at most 256 options, four bytes otherwise; zeros once the bytes run out.
#[derive(Debug, Clone)]
pub struct ByteChoices<'a> {
    bytes: &'a [u8],
}

impl<'a> ByteChoices<'a> {
    pub fn new(bytes: &'a [u8]) -> ByteChoices<'a> {
        ByteChoices { bytes }
    }

    fn take(&mut self, count: usize) -> u32 {
        let (head, rest) = self.bytes.split_at(count.min(self.bytes.len()));
        self.bytes = rest;
        head.iter()
            .fold(0u32, |value, &byte| (value << 8) | u32::from(byte))
    }
}

impl Choices for ByteChoices<'_> {
    fn below(&mut self, n: u32) -> u32 {
        let n = n.max(1);
        let raw = if n <= 256 { self.take(1) } else { self.take(4) };
        raw % n
    }
}

/// Passes another source's decisions through and writes them down as the byte string that
/// makes [`ByteChoices`] take the same decisions: a seeded program can then be rebuilt from
/// bytes, and shrunk by shrinking those bytes.
pub struct RecordingChoices<'a> {
    inner: &'a mut dyn Choices,
    recorded: Vec<u8>,
}

impl<'a> RecordingChoices<'a> {
    pub fn new(inner: &'a mut dyn Choices) -> RecordingChoices<'a> {
        RecordingChoices {
            inner,
            recorded: Vec::new(),
        }
    }

    /// The bytes recorded so far.
    pub fn into_bytes(self) -> Vec<u8> {
        self.recorded
    }
}

impl Choices for RecordingChoices<'_> {
    fn below(&mut self, n: u32) -> u32 {
        let n = n.max(1);
        let value = self.inner.below(n);
        // The same widths `ByteChoices` reads: the value is below `n`, so `% n` keeps it.
        if n <= 256 {
            self.recorded.push(value as u8);
        } else {
            self.recorded.extend_from_slice(&value.to_be_bytes());
        }
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeded_choices_repeat_for_the_same_seed_and_stay_in_range() {
        let mut a = SeededChoices::new(42);
        let mut b = SeededChoices::new(42);
        let first: Vec<u32> = (0..100).map(|_| a.below(7)).collect();
        let second: Vec<u32> = (0..100).map(|_| b.below(7)).collect();
        assert_eq!(first, second);
        assert!(first.iter().all(|&value| value < 7));
        assert!(first.iter().any(|&value| value != first[0]));
    }

    #[test]
    fn byte_choices_read_bytes_then_answer_zero() {
        let mut choices = ByteChoices::new(&[5, 9, 0, 0, 1, 0]);
        assert_eq!(choices.below(4), 1);
        assert_eq!(choices.below(256), 9);
        assert_eq!(choices.below(1000), 256);
        assert_eq!(choices.below(3), 0);
        assert_eq!(choices.below(1), 0);
    }

    #[test]
    fn recorded_bytes_replay_the_same_decisions() {
        let bounds = [2, 7, 256, 257, 100_000, 1, 3, u32::MAX];
        let mut seeded = SeededChoices::new(9);
        let mut recording = RecordingChoices::new(&mut seeded);
        let taken: Vec<u32> = bounds.iter().map(|&n| recording.below(n)).collect();
        let bytes = recording.into_bytes();
        let mut replay = ByteChoices::new(&bytes);
        let replayed: Vec<u32> = bounds.iter().map(|&n| replay.below(n)).collect();
        assert_eq!(taken, replayed);
    }
}
