//! Lua 5.1 pattern matching over bytes, with the semantics of 5.1.5's `lstrlib.c`.
//!
//! The matcher interprets the pattern directly, like the C one, so errors surface exactly
//! when 5.1 raises them: only for the parts of a pattern the match actually reaches
//! (`string.find("abc", "x%")` is nil, `string.find("x", "x%")` is an error). Where the C
//! matcher recurses, this one pushes a small frame on an explicit stack, so no pattern can
//! overflow the Rust stack; past [`MAX_BACKTRACK_DEPTH`] frames it fails with
//! "pattern too complex". A [`Budget`] bounds the total work of one call, so a script's
//! time limit can cover pathological backtracking.
//!
//! Like 5.1, which hands the pattern to C as a zero-terminated string, a pattern ends at
//! its first zero byte. Subjects may hold any bytes.
//!
//! # What the library functions do with this module (5.1 semantics)
//!
//! Positions here are 0-based byte offsets; the glue converts Lua's 1-based (and negative)
//! positions. Error messages ([`PatternError::Lua`]) carry no position prefix; 5.1 adds
//! the caller's `chunk:line:` as `luaL_error` does.
//!
//! * `string.find(s, p, init, plain)`: [`string_find`]. Returns `m.start + 1, m.end`, then
//!   every [`Match::capture`] below [`Match::capture_count`].
//! * `string.match(s, p, init)`: [`find`], then the captures, or the whole match (capture
//!   0) when the pattern has none.
//! * `string.gmatch(s, p)`: a [`GlobalMatch`] per iterator; each call of the iterator is
//!   [`GlobalMatch::next`], returning the captures or the whole match. In 5.1 a leading `^` is
//!   not an anchor here (it matches a literal `^`), and after an empty match the next
//!   search starts one byte further.
//! * `string.gsub(s, p, repl, n)`: a [`Substitution`]; call [`Substitution::next`] until it
//!   returns `None`, appending the replacement of every match it returns:
//!   - string or number `repl`: [`Replacement::expand`];
//!   - table: index it with [`Match::capture`]`(0)`;
//!   - function: call it with the captures or the whole match;
//!   - for a table or function, a `nil`/`false` result keeps the matched text
//!     (`subject[m.start..m.end]`), and a value that is neither string nor number raises
//!     "invalid replacement value (a <type>)".
//!
//!   [`Substitution::count`] is gsub's second result.

use crate::number::format_number;

/// Most captures one pattern may open (`LUA_MAXCAPTURES`).
pub const MAX_CAPTURES: usize = 32;

/// Most pending backtracking points (the C matcher's recursion depth) before a match gives
/// up with "pattern too complex". Each point costs a few words of heap; patterns that real
/// scripts use stay far below it.
pub const MAX_BACKTRACK_DEPTH: usize = 100_000;

/// The characters that make `string.find` use the matcher instead of a plain search.
const SPECIALS: &[u8] = b"^$*+?.([%-";

/// Why a match could not be completed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PatternError {
    /// An error Lua 5.1 raises, with its exact message (e.g. "malformed pattern (ends
    /// with '%')", "invalid capture index", "pattern too complex").
    Lua(&'static str),
    /// The caller's [`Budget`] ran out; the glue reports its own time-limit error.
    BudgetExhausted,
    /// A replacement would make the result longer than the room the caller gave it; the
    /// glue reports running out of memory.
    OutOfRoom,
}

const MALFORMED_ENDS_WITH_ESCAPE: PatternError =
    PatternError::Lua("malformed pattern (ends with '%')");
const MALFORMED_MISSING_BRACKET: PatternError =
    PatternError::Lua("malformed pattern (missing ']')");
const FRONTIER_WITHOUT_SET: PatternError = PatternError::Lua("missing '[' after '%f' in pattern");
const INVALID_CAPTURE_INDEX: PatternError = PatternError::Lua("invalid capture index");
const INVALID_PATTERN_CAPTURE: PatternError = PatternError::Lua("invalid pattern capture");
const UNFINISHED_CAPTURE: PatternError = PatternError::Lua("unfinished capture");
const UNBALANCED_PATTERN: PatternError = PatternError::Lua("unbalanced pattern");
const TOO_MANY_CAPTURES: PatternError = PatternError::Lua("too many captures");
const TOO_COMPLEX: PatternError = PatternError::Lua("pattern too complex");

/// How much matching work a call may do: roughly one unit per pattern item tried and
/// per subject byte scanned by a repetition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Budget {
    remaining: u64,
}

impl Budget {
    pub fn new(steps: u64) -> Self {
        Budget { remaining: steps }
    }

    /// No limit beyond the depth limit (what 5.1 itself does).
    pub fn unlimited() -> Self {
        Budget {
            remaining: u64::MAX,
        }
    }

    pub fn remaining(&self) -> u64 {
        self.remaining
    }

    fn spend(&mut self, steps: u64) -> Result<(), PatternError> {
        match self.remaining.checked_sub(steps) {
            Some(left) => {
                self.remaining = left;
                Ok(())
            }
            None => {
                self.remaining = 0;
                Err(PatternError::BudgetExhausted)
            }
        }
    }
}

/// One capture's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Capture {
    /// The bytes `subject[start..end]`.
    Span { start: usize, end: usize },
    /// A position capture `()`: the 0-based offset (Lua shows it plus one, as a number).
    Position(usize),
}

/// A capture as the matcher tracks it: open ones can be closed, and undone on backtrack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    Open { start: usize },
    Position(usize),
    Closed { start: usize, end: usize },
}

/// The matcher's working memory: capture slots and pending backtracking points. A caller
/// keeps one across matches, so matching allocates nothing once it has grown; a [`Match`]
/// borrows its captures from it until the next match.
#[derive(Debug, Default)]
pub struct MatchScratch {
    slots: Vec<Slot>,
    backtrack: Vec<Backtrack>,
}

/// Backtracking points a kept [`MatchScratch`] may have room for: a pathological pattern
/// grows the stack towards [`MAX_BACKTRACK_DEPTH`], which is not worth keeping afterwards.
const KEPT_BACKTRACK_CAPACITY: usize = 1024;

impl MatchScratch {
    /// The scratch to keep for later matches: emptied of its room if a match grew it past
    /// what ordinary patterns need.
    pub fn kept(self) -> Self {
        if self.backtrack.capacity() > KEPT_BACKTRACK_CAPACITY {
            MatchScratch::default()
        } else {
            self
        }
    }
}

/// A successful match of `subject[start..end]` and the captures the pattern opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match<'m> {
    pub start: usize,
    pub end: usize,
    slots: &'m [Slot],
}

impl Match<'_> {
    /// How many captures the pattern opened (`ms->level`).
    pub fn capture_count(&self) -> usize {
        self.slots.len()
    }

    /// Capture `index` (0-based) as 5.1's `push_onecapture` gives it: with no captures,
    /// index 0 is the whole match; an index past the captures is "invalid capture index";
    /// a capture never closed is "unfinished capture".
    pub fn capture(&self, index: usize) -> Result<Capture, PatternError> {
        match self.slots.get(index) {
            None if index == 0 => Ok(Capture::Span {
                start: self.start,
                end: self.end,
            }),
            None => Err(INVALID_CAPTURE_INDEX),
            Some(Slot::Open { .. }) => Err(UNFINISHED_CAPTURE),
            Some(&Slot::Position(at)) => Ok(Capture::Position(at)),
            Some(&Slot::Closed { start, end }) => Ok(Capture::Span { start, end }),
        }
    }
}

/// Whether `string.find` must run the matcher: 5.1's `strpbrk(p, SPECIALS)`, which looks
/// no further than the pattern's first zero byte.
pub fn has_specials(pattern: &[u8]) -> bool {
    c_pattern(pattern).iter().any(|b| SPECIALS.contains(b))
}

/// Plain substring search from `init` (5.1's `lmemfind`): the offset of the first
/// occurrence of all of `needle` (zero bytes included), or `None`. An empty needle is found
/// at `init`.
pub fn find_plain(subject: &[u8], needle: &[u8], init: usize) -> Option<usize> {
    let haystack = subject.get(init..)?;
    if needle.is_empty() {
        return Some(init);
    }
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
        .map(|at| init + at)
}

/// `string.find`'s choice: a plain search when `plain` is set or the pattern has no special
/// characters, otherwise [`find`]. `init` is 0-based; values past the end are clamped to
/// it, as 5.1 does.
pub fn string_find<'m>(
    subject: &[u8],
    pattern: &[u8],
    init: usize,
    plain: bool,
    budget: &mut Budget,
    scratch: &'m mut MatchScratch,
) -> Result<Option<Match<'m>>, PatternError> {
    let init = init.min(subject.len());
    if plain || !has_specials(pattern) {
        return Ok(find_plain(subject, pattern, init).map(|start| Match {
            start,
            end: start + pattern.len(),
            slots: &[],
        }));
    }
    find(subject, pattern, init, budget, scratch)
}

/// The first match of `pattern` starting at or after `init` (0-based, clamped to the
/// subject's length). A leading `^` anchors the match at `init`.
pub fn find<'m>(
    subject: &[u8],
    pattern: &[u8],
    init: usize,
    budget: &mut Budget,
    scratch: &'m mut MatchScratch,
) -> Result<Option<Match<'m>>, PatternError> {
    let (anchored, pattern) = split_anchor(c_pattern(pattern));
    let mut matcher = Matcher::new(subject, pattern, budget, scratch);
    let mut start = init.min(subject.len());
    loop {
        if let Some(end) = matcher.match_here(start)? {
            return Ok(Some(matcher.into_match(start, end)));
        }
        if anchored || start >= subject.len() {
            return Ok(None);
        }
        start += 1;
    }
}

/// One attempt to match `pattern` exactly at `position`, with no special meaning for a
/// leading `^` (as gmatch and gsub's loops use it after their own anchor handling).
pub fn match_at<'m>(
    subject: &[u8],
    pattern: &[u8],
    position: usize,
    budget: &mut Budget,
    scratch: &'m mut MatchScratch,
) -> Result<Option<Match<'m>>, PatternError> {
    if position > subject.len() {
        return Ok(None);
    }
    let mut matcher = Matcher::new(subject, c_pattern(pattern), budget, scratch);
    Ok(matcher
        .match_here(position)?
        .map(|end| matcher.into_match(position, end)))
}

/// The state of one `string.gmatch` iterator. It borrows nothing, so the glue can keep it
/// in the iterator's upvalues and pass the subject and pattern on every call.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GlobalMatch {
    position: usize,
}

impl GlobalMatch {
    pub fn new() -> Self {
        GlobalMatch { position: 0 }
    }

    /// An iterator whose next search starts at `position` (as kept between calls).
    pub fn resume_at(position: usize) -> Self {
        GlobalMatch { position }
    }

    /// Where the next search starts: past the subject's end once no match is left.
    pub fn position(&self) -> usize {
        self.position
    }

    /// The next match at or after the current position, or `None` when there are no more.
    /// After a match the search resumes at its end, or one byte further if it was empty.
    pub fn next<'m>(
        &mut self,
        subject: &[u8],
        pattern: &[u8],
        budget: &mut Budget,
        scratch: &'m mut MatchScratch,
    ) -> Result<Option<Match<'m>>, PatternError> {
        let mut matcher = Matcher::new(subject, c_pattern(pattern), budget, scratch);
        while self.position <= subject.len() {
            let start = self.position;
            if let Some(end) = matcher.match_here(start)? {
                self.position = if end == start { end + 1 } else { end };
                return Ok(Some(matcher.into_match(start, end)));
            }
            self.position += 1;
        }
        Ok(None)
    }
}

/// The state of one `string.gsub` call, borrowing nothing so that the glue can keep it
/// across calls to a Lua replacement function.
///
/// Iteration as 5.1 does it: try a match at the current position; after a non-empty match
/// continue at its end; after an empty match or no match copy one byte and continue after
/// it; stop after `max` matches, at the end of the subject, or after the first attempt if
/// the pattern starts with `^`. The rest of the subject is copied at the end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Substitution {
    position: usize,
    count: usize,
    max: usize,
    anchored: bool,
    /// End of the match last returned, whose replacement the caller has appended since.
    pending_end: Option<usize>,
    finished: bool,
}

impl Substitution {
    /// Starts `gsub(subject, pattern, repl, max)`. `max` is the 4th argument (`None` when
    /// absent; a negative one is `Some(0)`). The pattern decides anchoring here and must be
    /// passed unchanged to every [`Substitution::next`].
    pub fn new(pattern: &[u8], max: Option<usize>) -> Self {
        Substitution {
            position: 0,
            count: 0,
            max: max.unwrap_or(usize::MAX),
            anchored: c_pattern(pattern).first() == Some(&b'^'),
            pending_end: None,
            finished: false,
        }
    }

    /// Appends the unmatched bytes up to the next match to `out` and returns that match;
    /// the caller then appends its replacement and calls again. Returns `None` once the
    /// rest of the subject has been appended: `out` then holds gsub's result.
    pub fn next<'m>(
        &mut self,
        subject: &[u8],
        pattern: &[u8],
        out: &mut Vec<u8>,
        budget: &mut Budget,
        scratch: &'m mut MatchScratch,
    ) -> Result<Option<Match<'m>>, PatternError> {
        let (_, body) = split_anchor(c_pattern(pattern));
        let mut matcher = Matcher::new(subject, body, budget, scratch);
        loop {
            if self.finished {
                return Ok(None);
            }
            if let Some(end) = self.pending_end.take() {
                if !self.advance_past(subject, end, out) {
                    continue;
                }
            }
            if self.count >= self.max {
                self.finish(subject, out);
                continue;
            }
            match matcher.match_here(self.position)? {
                Some(end) => {
                    self.count += 1;
                    self.pending_end = Some(end);
                    return Ok(Some(matcher.into_match(self.position, end)));
                }
                None => {
                    self.advance_past(subject, self.position, out);
                }
            }
        }
    }

    /// The number of matches so far (gsub's second result once `next` returned `None`).
    pub fn count(&self) -> usize {
        self.count
    }

    /// Moves on after an attempt that ended at `end`; returns whether matching goes on.
    fn advance_past(&mut self, subject: &[u8], end: usize, out: &mut Vec<u8>) -> bool {
        if end > self.position {
            self.position = end;
        } else if let Some(&byte) = subject.get(self.position) {
            out.push(byte);
            self.position += 1;
        } else {
            self.finish(subject, out);
            return false;
        }
        if self.anchored {
            self.finish(subject, out);
            return false;
        }
        true
    }

    fn finish(&mut self, subject: &[u8], out: &mut Vec<u8>) {
        out.extend_from_slice(subject.get(self.position..).unwrap_or_default());
        self.finished = true;
    }
}

/// One part of a gsub replacement string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReplacePiece<'a> {
    /// Bytes copied as they are (`%x` for a non-digit `x` stands for `x`).
    Literal(&'a [u8]),
    /// `%0`: the whole match.
    WholeMatch,
    /// `%1`..`%9`: capture `n - 1` through [`Match::capture`] (so `%1` is the whole match
    /// when the pattern has no captures).
    Capture(usize),
}

/// A gsub replacement string, parsed once per gsub call. Parsing cannot fail: like 5.1,
/// a bad `%n` is only an error when a match uses it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replacement<'a> {
    pieces: Vec<ReplacePiece<'a>>,
}

impl<'a> Replacement<'a> {
    /// Splits `repl` at its `%` escapes. A `%` at the very end stands for a zero byte,
    /// because 5.1 reads the C string's terminator there.
    pub fn parse(repl: &'a [u8]) -> Self {
        let mut pieces = Vec::new();
        let mut literal_start = 0;
        let mut at = 0;
        while at < repl.len() {
            if repl[at] != b'%' {
                at += 1;
                continue;
            }
            if literal_start < at {
                pieces.push(ReplacePiece::Literal(&repl[literal_start..at]));
            }
            match repl.get(at + 1) {
                None => pieces.push(ReplacePiece::Literal(b"\0")),
                Some(b'0') => pieces.push(ReplacePiece::WholeMatch),
                Some(&digit @ b'1'..=b'9') => {
                    pieces.push(ReplacePiece::Capture(usize::from(digit - b'1')))
                }
                Some(_) => pieces.push(ReplacePiece::Literal(&repl[at + 1..at + 2])),
            }
            at += 2;
            literal_start = at;
        }
        if literal_start < repl.len() {
            pieces.push(ReplacePiece::Literal(&repl[literal_start..]));
        }
        Replacement { pieces }
    }

    pub fn pieces(&self) -> &[ReplacePiece<'a>] {
        &self.pieces
    }

    /// Appends the replacement for `found` (a match in `subject`) to `out`. A position
    /// capture appears as its 1-based position in number format.
    /// Appends the replacement of `found` to `out`, which may not grow past `room` bytes: a
    /// template repeating a long match is checked piece by piece, before each piece grows it.
    pub fn expand(
        &self,
        subject: &[u8],
        found: &Match,
        out: &mut Vec<u8>,
        room: usize,
    ) -> Result<(), PatternError> {
        let append = |out: &mut Vec<u8>, bytes: &[u8]| {
            if out.len().saturating_add(bytes.len()) > room {
                return Err(PatternError::OutOfRoom);
            }
            out.extend_from_slice(bytes);
            Ok(())
        };
        for piece in &self.pieces {
            match *piece {
                ReplacePiece::Literal(bytes) => append(out, bytes)?,
                ReplacePiece::WholeMatch => append(out, &subject[found.start..found.end])?,
                ReplacePiece::Capture(index) => match found.capture(index)? {
                    Capture::Span { start, end } => append(out, &subject[start..end])?,
                    Capture::Position(at) => format_number((at + 1) as f64, out),
                },
            }
        }
        Ok(())
    }
}

/// The pattern as 5.1's C code sees it: up to its first zero byte.
fn c_pattern(pattern: &[u8]) -> &[u8] {
    pattern
        .iter()
        .position(|&b| b == 0)
        .map_or(pattern, |nul| &pattern[..nul])
}

/// Splits off a leading `^` anchor (find, match and gsub; not gmatch).
fn split_anchor(pattern: &[u8]) -> (bool, &[u8]) {
    match pattern.split_first() {
        Some((b'^', rest)) => (true, rest),
        _ => (false, pattern),
    }
}

/// What to do when the match in progress fails, one entry per point where the C matcher
/// would be waiting on a recursive call.
#[derive(Clone, Copy, Debug)]
enum Backtrack {
    /// `x?` matched one `x`: retry without it, continuing at pattern position `next`.
    SkipOptional { subject: usize, next: usize },
    /// `x*`/`x+` matched `count` items from `start`: retry with one fewer.
    GiveBack {
        start: usize,
        count: usize,
        next: usize,
    },
    /// `x-` is at `subject`: retry with one more `x` (item at `item..item_end`).
    TakeMore {
        subject: usize,
        item: usize,
        item_end: usize,
    },
    /// A capture was opened: forget it.
    UnopenCapture,
    /// Capture `index` was closed: reopen it.
    UncloseCapture { index: usize },
}

/// The outcome of interpreting one pattern step.
enum Step {
    /// Go on matching pattern position `pattern` at subject position `subject`.
    Continue { subject: usize, pattern: usize },
    /// This path cannot match.
    Fail,
    /// The pattern matched up to this subject position.
    Matched(usize),
}

/// One matching session over a subject: the capture state and the backtracking stack, kept
/// in the caller's [`MatchScratch`].
struct Matcher<'s, 'm, 'b> {
    subject: &'s [u8],
    pattern: &'s [u8],
    slots: &'m mut Vec<Slot>,
    backtrack: &'m mut Vec<Backtrack>,
    budget: &'b mut Budget,
}

impl<'s, 'm, 'b> Matcher<'s, 'm, 'b> {
    fn new(
        subject: &'s [u8],
        pattern: &'s [u8],
        budget: &'b mut Budget,
        scratch: &'m mut MatchScratch,
    ) -> Self {
        Matcher {
            subject,
            pattern,
            slots: &mut scratch.slots,
            backtrack: &mut scratch.backtrack,
            budget,
        }
    }

    /// The match that [`Matcher::match_here`] just found from `start` to `end`, with the
    /// captures it left in the scratch.
    fn into_match(self, start: usize, end: usize) -> Match<'m> {
        Match {
            start,
            end,
            slots: self.slots,
        }
    }

    /// The pattern byte at `at`, or 0 past its end (the C string's terminator).
    fn pattern_byte(&self, at: usize) -> u8 {
        self.pattern.get(at).copied().unwrap_or(0)
    }

    /// The subject byte at `at`, or 0 at its end (Lua strings are zero-terminated).
    fn subject_byte(&self, at: usize) -> u8 {
        self.subject.get(at).copied().unwrap_or(0)
    }

    /// Matches the whole pattern at subject position `start` (`do_match` in 5.1); returns
    /// where the match ends.
    fn match_here(&mut self, start: usize) -> Result<Option<usize>, PatternError> {
        self.slots.clear();
        self.backtrack.clear();
        let (mut subject, mut pattern) = (start, 0);
        loop {
            self.budget.spend(1)?;
            match self.step(subject, pattern)? {
                Step::Continue {
                    subject: s,
                    pattern: p,
                } => (subject, pattern) = (s, p),
                Step::Matched(end) => return Ok(Some(end)),
                Step::Fail => match self.resume_after_failure()? {
                    Some((s, p)) => (subject, pattern) = (s, p),
                    None => return Ok(None),
                },
            }
        }
    }

    fn push(&mut self, entry: Backtrack) -> Result<(), PatternError> {
        if self.backtrack.len() >= MAX_BACKTRACK_DEPTH {
            return Err(TOO_COMPLEX);
        }
        self.backtrack.push(entry);
        Ok(())
    }

    /// Unwinds to the most recent alternative, undoing capture changes on the way; returns
    /// where to continue, or `None` when no alternative is left.
    fn resume_after_failure(&mut self) -> Result<Option<(usize, usize)>, PatternError> {
        while let Some(entry) = self.backtrack.pop() {
            match entry {
                Backtrack::SkipOptional { subject, next } => return Ok(Some((subject, next))),
                Backtrack::GiveBack { start, count, next } => {
                    if count > 0 {
                        self.push(Backtrack::GiveBack {
                            start,
                            count: count - 1,
                            next,
                        })?;
                        return Ok(Some((start + count - 1, next)));
                    }
                }
                Backtrack::TakeMore {
                    subject,
                    item,
                    item_end,
                } => {
                    if subject < self.subject.len()
                        && self.single_match(self.subject[subject], item, item_end)
                    {
                        self.push(Backtrack::TakeMore {
                            subject: subject + 1,
                            item,
                            item_end,
                        })?;
                        return Ok(Some((subject + 1, item_end + 1)));
                    }
                }
                Backtrack::UnopenCapture => {
                    self.slots.pop();
                }
                Backtrack::UncloseCapture { index } => {
                    if let Some(&Slot::Closed { start, .. }) = self.slots.get(index) {
                        self.slots[index] = Slot::Open { start };
                    }
                }
            }
        }
        Ok(None)
    }

    /// Interprets the pattern at `pattern` against the subject at `subject` (the body of
    /// 5.1's `match`, with recursion turned into backtracking entries).
    fn step(&mut self, subject: usize, pattern: usize) -> Result<Step, PatternError> {
        let continue_at = |subject, pattern| Ok(Step::Continue { subject, pattern });
        if pattern >= self.pattern.len() {
            return Ok(Step::Matched(subject));
        }
        match self.pattern[pattern] {
            b'(' => {
                if self.pattern_byte(pattern + 1) == b')' {
                    self.open_capture(Slot::Position(subject))?;
                    continue_at(subject, pattern + 2)
                } else {
                    self.open_capture(Slot::Open { start: subject })?;
                    continue_at(subject, pattern + 1)
                }
            }
            b')' => {
                let index = self.capture_to_close()?;
                if let Slot::Open { start } = self.slots[index] {
                    self.slots[index] = Slot::Closed {
                        start,
                        end: subject,
                    };
                }
                self.push(Backtrack::UncloseCapture { index })?;
                continue_at(subject, pattern + 1)
            }
            b'$' if pattern + 1 == self.pattern.len() => Ok(if subject == self.subject.len() {
                Step::Matched(subject)
            } else {
                Step::Fail
            }),
            b'%' => match self.pattern_byte(pattern + 1) {
                b'b' => match self.match_balance(subject, pattern + 2)? {
                    Some(end) => continue_at(end, pattern + 4),
                    None => Ok(Step::Fail),
                },
                b'f' => self.frontier(subject, pattern + 2),
                digit if digit.is_ascii_digit() => match self.back_reference(subject, digit)? {
                    Some(end) => continue_at(end, pattern + 2),
                    None => Ok(Step::Fail),
                },
                _ => self.single_item(subject, pattern),
            },
            _ => self.single_item(subject, pattern),
        }
    }

    fn open_capture(&mut self, slot: Slot) -> Result<(), PatternError> {
        if self.slots.len() >= MAX_CAPTURES {
            return Err(TOO_MANY_CAPTURES);
        }
        self.slots.push(slot);
        self.push(Backtrack::UnopenCapture)
    }

    /// The innermost capture still open (5.1's `capture_to_close`).
    fn capture_to_close(&self) -> Result<usize, PatternError> {
        self.slots
            .iter()
            .rposition(|slot| matches!(slot, Slot::Open { .. }))
            .ok_or(INVALID_PATTERN_CAPTURE)
    }

    /// `%bxy` at `subject`; `pattern` points at `x`. Returns the end of the balanced run.
    fn match_balance(&self, subject: usize, pattern: usize) -> Result<Option<usize>, PatternError> {
        if pattern + 1 >= self.pattern.len() {
            return Err(UNBALANCED_PATTERN);
        }
        let (open, close) = (self.pattern[pattern], self.pattern[pattern + 1]);
        if self.subject.get(subject) != Some(&open) {
            return Ok(None);
        }
        let mut depth = 1usize;
        for (offset, &byte) in self.subject[subject + 1..].iter().enumerate() {
            // The closer is checked first, so `%bxx` closes at the next `x`.
            if byte == close {
                depth -= 1;
                if depth == 0 {
                    return Ok(Some(subject + 1 + offset + 1));
                }
            } else if byte == open {
                depth += 1;
            }
        }
        Ok(None)
    }

    /// `%f[set]` at `subject`; `pattern` points after `%f`.
    fn frontier(&mut self, subject: usize, pattern: usize) -> Result<Step, PatternError> {
        if self.pattern_byte(pattern) != b'[' {
            return Err(FRONTIER_WITHOUT_SET);
        }
        let set_end = self.class_end(pattern)?;
        let previous = if subject == 0 {
            0
        } else {
            self.subject[subject - 1]
        };
        let current = self.subject_byte(subject);
        if self.match_set(previous, pattern, set_end - 1)
            || !self.match_set(current, pattern, set_end - 1)
        {
            return Ok(Step::Fail);
        }
        Ok(Step::Continue {
            subject,
            pattern: set_end,
        })
    }

    /// `%1`..`%9` at `subject`: the end of the repeated capture text, if it is there.
    fn back_reference(&self, subject: usize, digit: u8) -> Result<Option<usize>, PatternError> {
        let index = usize::from(digit).wrapping_sub(usize::from(b'1'));
        match self.slots.get(index) {
            None | Some(Slot::Open { .. }) => Err(INVALID_CAPTURE_INDEX),
            // A position capture has no text; 5.1's length check always fails for it.
            Some(Slot::Position(_)) => Ok(None),
            Some(&Slot::Closed { start, end }) => {
                let text = &self.subject[start..end];
                let here = self.subject.get(subject..).unwrap_or_default();
                Ok(here.starts_with(text).then_some(subject + text.len()))
            }
        }
    }

    /// A single-byte item (literal, `.`, `%x`, `[set]`) with its optional quantifier.
    fn single_item(&mut self, subject: usize, pattern: usize) -> Result<Step, PatternError> {
        let item_end = self.class_end(pattern)?;
        let matches_here = subject < self.subject.len()
            && self.single_match(self.subject[subject], pattern, item_end);
        match self.pattern_byte(item_end) {
            b'?' => {
                if matches_here {
                    self.push(Backtrack::SkipOptional {
                        subject,
                        next: item_end + 1,
                    })?;
                    return Ok(Step::Continue {
                        subject: subject + 1,
                        pattern: item_end + 1,
                    });
                }
                Ok(Step::Continue {
                    subject,
                    pattern: item_end + 1,
                })
            }
            b'*' => self.repeat_greedy(subject, pattern, item_end),
            b'+' if matches_here => self.repeat_greedy(subject + 1, pattern, item_end),
            b'+' => Ok(Step::Fail),
            b'-' => {
                self.push(Backtrack::TakeMore {
                    subject,
                    item: pattern,
                    item_end,
                })?;
                Ok(Step::Continue {
                    subject,
                    pattern: item_end + 1,
                })
            }
            _ if matches_here => Ok(Step::Continue {
                subject: subject + 1,
                pattern: item_end,
            }),
            _ => Ok(Step::Fail),
        }
    }

    /// Takes as many items as possible from `start`, remembering to give them back.
    fn repeat_greedy(
        &mut self,
        start: usize,
        item: usize,
        item_end: usize,
    ) -> Result<Step, PatternError> {
        let count = self.subject[start.min(self.subject.len())..]
            .iter()
            .take_while(|&&byte| self.single_match(byte, item, item_end))
            .count();
        self.budget.spend(count as u64)?;
        self.push(Backtrack::GiveBack {
            start,
            count,
            next: item_end + 1,
        })?;
        Ok(Step::Continue {
            subject: start + count,
            pattern: item_end + 1,
        })
    }

    /// Where the single-byte item starting at `at` ends (5.1's `classEnd`).
    fn class_end(&self, at: usize) -> Result<usize, PatternError> {
        let mut at = at;
        let first = self.pattern_byte(at);
        at += 1;
        match first {
            b'%' => {
                if at >= self.pattern.len() {
                    return Err(MALFORMED_ENDS_WITH_ESCAPE);
                }
                Ok(at + 1)
            }
            b'[' => {
                if self.pattern_byte(at) == b'^' {
                    at += 1;
                }
                // The first byte of a set is never its end, so `[]]` is a set of `]`.
                loop {
                    if at >= self.pattern.len() {
                        return Err(MALFORMED_MISSING_BRACKET);
                    }
                    let byte = self.pattern[at];
                    at += 1;
                    if byte == b'%' && at < self.pattern.len() {
                        at += 1;
                    }
                    if self.pattern_byte(at) == b']' {
                        return Ok(at + 1);
                    }
                }
            }
            _ => Ok(at),
        }
    }

    /// Whether `byte` matches the item at `item..item_end`.
    fn single_match(&self, byte: u8, item: usize, item_end: usize) -> bool {
        match self.pattern_byte(item) {
            b'.' => true,
            b'%' => match_class(byte, self.pattern_byte(item + 1)),
            b'[' => self.match_set(byte, item, item_end - 1),
            literal => literal == byte,
        }
    }

    /// Whether `byte` is in the set `[...]` from `open` to its closing `]` at `close`.
    fn match_set(&self, byte: u8, open: usize, close: usize) -> bool {
        let mut at = open;
        let negated = self.pattern_byte(at + 1) == b'^';
        if negated {
            at += 1;
        }
        at += 1;
        while at < close {
            let current = self.pattern[at];
            if current == b'%' {
                at += 1;
                if match_class(byte, self.pattern_byte(at)) {
                    return !negated;
                }
            } else if self.pattern_byte(at + 1) == b'-' && at + 2 < close {
                if current <= byte && byte <= self.pattern[at + 2] {
                    return !negated;
                }
                at += 2;
            } else if current == byte {
                return !negated;
            }
            at += 1;
        }
        negated
    }
}

/// Whether `byte` is in the class `%<class>` (C locale ctype); an upper-case class is the
/// complement, and any other byte after `%` stands for itself.
fn match_class(byte: u8, class: u8) -> bool {
    let in_class = match class.to_ascii_lowercase() {
        b'a' => byte.is_ascii_alphabetic(),
        b'c' => byte.is_ascii_control(),
        b'd' => byte.is_ascii_digit(),
        b'l' => byte.is_ascii_lowercase(),
        b'p' => byte.is_ascii_punctuation(),
        b's' => crate::number::is_c_space(byte),
        b'u' => byte.is_ascii_uppercase(),
        b'w' => byte.is_ascii_alphanumeric(),
        b'x' => byte.is_ascii_hexdigit(),
        b'z' => byte == 0,
        _ => return class == byte,
    };
    if class.is_ascii_lowercase() {
        in_class
    } else {
        !in_class
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stdlib::recorded_cases::escape;

    /// Every capture in order (none if the pattern has none): `string.find`'s extra results.
    fn captures(found: &Match) -> Result<Vec<Capture>, PatternError> {
        (0..found.capture_count())
            .map(|index| found.capture(index))
            .collect()
    }

    /// The captures, or the whole match when there are none: the results of
    /// `string.match` and `gmatch`, and the arguments of a gsub replacement function.
    fn captures_or_whole(found: &Match) -> Result<Vec<Capture>, PatternError> {
        (0..found.capture_count().max(1))
            .map(|index| found.capture(index))
            .collect()
    }

    fn show_capture(subject: &[u8], capture: Capture) -> String {
        match capture {
            Capture::Span { start, end } => format!("\"{}\"", escape(&subject[start..end])),
            Capture::Position(at) => (at + 1).to_string(),
        }
    }

    fn show_error(error: PatternError) -> String {
        match error {
            PatternError::Lua(message) => format!("error: {message}"),
            PatternError::BudgetExhausted => "budget exhausted".to_string(),
            PatternError::OutOfRoom => "out of room".to_string(),
        }
    }

    /// Lua's `init` argument (1-based, negative from the end) as 5.1's find/match clamp it.
    fn lua_init(init: i64, len: usize) -> usize {
        let from_end = if init < 0 {
            init + len as i64 + 1
        } else {
            init
        };
        (from_end.max(1) - 1).min(len as i64) as usize
    }

    fn lua_find(subject: &[u8], pattern: &[u8], init: i64) -> String {
        let init = lua_init(init, subject.len());
        let result = string_find(
            subject,
            pattern,
            init,
            false,
            &mut Budget::unlimited(),
            &mut MatchScratch::default(),
        )
        .and_then(|found| {
            let Some(found) = found else {
                return Ok("nil".to_string());
            };
            let mut shown = vec![(found.start + 1).to_string(), found.end.to_string()];
            for capture in captures(&found)? {
                shown.push(show_capture(subject, capture));
            }
            Ok(shown.join(" "))
        });
        result.unwrap_or_else(show_error)
    }

    fn lua_match(subject: &[u8], pattern: &[u8], init: i64) -> String {
        let init = lua_init(init, subject.len());
        let result = find(
            subject,
            pattern,
            init,
            &mut Budget::unlimited(),
            &mut MatchScratch::default(),
        )
        .and_then(|found| {
            let Some(found) = found else {
                return Ok("nil".to_string());
            };
            let captures = captures_or_whole(&found)?;
            Ok(captures
                .into_iter()
                .map(|c| show_capture(subject, c))
                .collect::<Vec<_>>()
                .join(" "))
        });
        result.unwrap_or_else(show_error)
    }

    fn lua_gmatch(subject: &[u8], pattern: &[u8]) -> String {
        let mut iterator = GlobalMatch::new();
        let mut shown = Vec::new();
        let mut budget = Budget::unlimited();
        let mut scratch = MatchScratch::default();
        for _ in 0..40 {
            let values = match iterator.next(subject, pattern, &mut budget, &mut scratch) {
                Ok(Some(found)) => captures_or_whole(&found),
                Ok(None) => break,
                Err(error) => Err(error),
            };
            match values {
                Ok(values) => {
                    let mut parts: Vec<String> = values
                        .iter()
                        .take(3)
                        .map(|&c| show_capture(subject, c))
                        .collect();
                    parts.resize(3, "nil".to_string());
                    shown.push(format!("{{{}}}", parts.join(" ")));
                }
                Err(error) => {
                    shown.push(show_error(error));
                    break;
                }
            }
        }
        shown.join(";")
    }

    enum Repl {
        Text(&'static [u8]),
        /// `function(...) return "<" .. table.concat({...}, "|") .. ">" end`
        Function,
        /// `{a = "A", hello = "HI", ["1"] = "one", b = false}`
        Table,
    }

    fn lookup(key: &[u8]) -> Option<&'static [u8]> {
        match key {
            b"a" => Some(b"A"),
            b"hello" => Some(b"HI"),
            b"1" => Some(b"one"),
            _ => None,
        }
    }

    fn append_replacement(
        subject: &[u8],
        repl: &Repl,
        found: &Match,
        out: &mut Vec<u8>,
    ) -> Result<(), PatternError> {
        let original = &subject[found.start..found.end];
        match repl {
            Repl::Text(text) => Replacement::parse(text).expand(subject, found, out, usize::MAX)?,
            Repl::Function => {
                let values = captures_or_whole(found)?;
                let parts: Vec<Vec<u8>> = values
                    .iter()
                    .map(|&c| match c {
                        Capture::Span { start, end } => subject[start..end].to_vec(),
                        Capture::Position(at) => (at + 1).to_string().into_bytes(),
                    })
                    .collect();
                out.push(b'<');
                out.extend_from_slice(&parts.join(&b'|'));
                out.push(b'>');
            }
            Repl::Table => {
                let value = match found.capture(0)? {
                    Capture::Span { start, end } => lookup(&subject[start..end]),
                    Capture::Position(_) => None,
                };
                out.extend_from_slice(value.unwrap_or(original));
            }
        }
        Ok(())
    }

    fn lua_gsub(subject: &[u8], pattern: &[u8], repl: &Repl, max: Option<i64>) -> String {
        let max = max.map(|n| usize::try_from(n).unwrap_or(0));
        let mut substitution = Substitution::new(pattern, max);
        let mut out = Vec::new();
        let mut budget = Budget::unlimited();
        let mut scratch = MatchScratch::default();
        loop {
            match substitution.next(subject, pattern, &mut out, &mut budget, &mut scratch) {
                Ok(Some(found)) => {
                    if let Err(error) = append_replacement(subject, repl, &found, &mut out) {
                        return show_error(error);
                    }
                }
                Ok(None) => break,
                Err(error) => return show_error(error),
            }
        }
        format!("\"{}\" {}", escape(&out), substitution.count())
    }

    /// Subject, pattern, Lua `init`, expected find results, expected match results.
    type FindCase = (
        &'static [u8],
        &'static [u8],
        i64,
        &'static str,
        &'static str,
    );
    /// Subject, pattern, replacement, `n`, expected gsub results.
    type GsubCase = (
        &'static [u8],
        &'static [u8],
        Repl,
        Option<i64>,
        &'static str,
    );

    /// string.find and string.match results from lua5.1 for the same calls.
    #[test]
    fn find_and_match_agree_with_lua51() {
        #[rustfmt::skip]
        let cases: &[FindCase] = &[
        (b"hello world", b"o", 1, "5 5", "\"o\""),
        (b"hello world", b"o", 6, "8 8", "\"o\""),
        (b"hello world", b"o", 20, "nil", "nil"),
        (b"hello world", b"l+", 1, "3 4", "\"ll\""),
        (b"hello", b"", 1, "1 0", "\"\""),
        (b"hello", b"", 10, "6 5", "\"\""),
        (b"hello", b"^h", 1, "1 1", "\"h\""),
        (b"hello", b"^e", 1, "nil", "nil"),
        (b"hello", b"^e", 2, "2 2", "\"e\""),
        (b"hello", b"o$", 1, "5 5", "\"o\""),
        (b"hello", b"l$", 1, "nil", "nil"),
        (b"hel$lo", b"l$l", 1, "3 5", "\"l$l\""),
        (b"a^b", b"a^b", 1, "1 3", "\"a^b\""),
        (b"hello", b"h.-l", 1, "1 3", "\"hel\""),
        (b"hello", b"h.*l", 1, "1 4", "\"hell\""),
        (b"hello", b"x*", 1, "1 0", "\"\""),
        (b"hello", b"l?lo", 1, "3 5", "\"llo\""),
        (b"hello", b"(h)(e)(l)", 1, "1 3 \"h\" \"e\" \"l\"", "\"h\" \"e\" \"l\""),
        (b"hello", b"()ll()", 1, "3 4 3 5", "3 5"),
        (b"  key = value  ", b"(%w+)%s*=%s*(%w+)", 1, "3 13 \"key\" \"value\"", "\"key\" \"value\""),
        (b"THE (quick) fox", b"%((%a+)%)", 1, "5 11 \"quick\"", "\"quick\""),
        (b"f(a(b)c)d", b"%b()", 1, "2 8", "\"(a(b)c)\""),
        (b"f(a(b)c", b"%b()", 1, "4 6", "\"(b)\""),
        (b"xx", b"%bxx", 1, "1 2", "\"xx\""),
        (b"THE (quick) fox", b"%f[%a]%a+", 5, "6 10", "\"quick\""),
        (b"hello", b"%f[%l]", 1, "1 0", "\"\""),
        (b"hello", b"%f[%z]", 1, "6 5", "\"\""),
        (b"a\x00b", b"%z", 1, "2 2", "\"\\x00\""),
        (b"a\x00b", b"[%z]", 1, "2 2", "\"\\x00\""),
        (b"hello hello", b"(l+)o %w+%1", 1, "3 10 \"ll\"", "\"ll\""),
        (b"abcabc", b"(abc)%1", 1, "1 6 \"abc\"", "\"abc\""),
        (b"abab", b"()a%1", 1, "nil", "nil"),
        (b"x]y", b"[]]", 1, "2 2", "\"]\""),
        (b"x^y", b"[x^]+", 1, "1 2", "\"x^\""),
        (b"a-b", b"[a%-]+", 1, "1 2", "\"a-\""),
        (b"a-z", b"[a-]+", 1, "1 2", "\"a-\""),
        (b"b", b"[^a-c]", 1, "nil", "nil"),
        (b"d", b"[^a-c]", 1, "1 1", "\"d\""),
        (b"A1_b", b"[%w_]+", 1, "1 4", "\"A1_b\""),
        (b"\x09\x0a x", b"%s+", 1, "1 3", "\"\\x09\\x0a \""),
        (b"\x01\x7f\x1f", b"%c+", 1, "1 3", "\"\\x01\\x7f\\x1f\""),
        (b"!@#a", b"%p+", 1, "1 3", "\"!@#\""),
        (b"FFz", b"%x+", 1, "1 2", "\"FF\""),
        (b"aBc", b"%u", 1, "2 2", "\"B\""),
        (b"aBc", b"%L+", 1, "2 2", "\"B\""),
        (b"123abc", b"%D+", 1, "4 6", "\"abc\""),
        (b"123abc", b"%A+", 1, "1 3", "\"123\""),
        (b"abc", b"%S", 1, "1 1", "\"a\""),
        (b"abc", b"%W", 1, "nil", "nil"),
        (b"a.b", b"%.", 1, "2 2", "\".\""),
        (b"a%b", b"%%", 1, "2 2", "\"%\""),
        (b"abc", b"[%a-z]", 1, "1 1", "\"a\""),
        (b"-", b"[%a-z]", 1, "1 1", "\"-\""),
        (b"hello", b"x%", 1, "nil", "nil"),
        (b"x", b"x%", 1, "error: malformed pattern (ends with '%')", "error: malformed pattern (ends with '%')"),
        (b"hello", b"[a", 1, "error: malformed pattern (missing ']')", "error: malformed pattern (missing ']')"),
        (b"hello", b"h[a", 1, "error: malformed pattern (missing ']')", "error: malformed pattern (missing ']')"),
        (b"hello", b"[^", 1, "error: malformed pattern (missing ']')", "error: malformed pattern (missing ']')"),
        (b"hello", b"[%", 1, "error: malformed pattern (missing ']')", "error: malformed pattern (missing ']')"),
        (b"hello", b"%f", 1, "error: missing '[' after '%f' in pattern", "error: missing '[' after '%f' in pattern"),
        (b"hello", b"%fx", 1, "error: missing '[' after '%f' in pattern", "error: missing '[' after '%f' in pattern"),
        (b"hello", b"%1", 1, "error: invalid capture index", "error: invalid capture index"),
        (b"hello", b"(h)%2", 1, "error: invalid capture index", "error: invalid capture index"),
        (b"hello", b"(h%1)", 1, "error: invalid capture index", "error: invalid capture index"),
        (b"hello", b"%0", 1, "error: invalid capture index", "error: invalid capture index"),
        (b"hello", b"(h", 1, "error: unfinished capture", "error: unfinished capture"),
        (b"hello", b"h)", 1, "nil", "error: invalid pattern capture"),
        (b"hello", b"%b", 1, "error: unbalanced pattern", "error: unbalanced pattern"),
        (b"hello", b"%bx", 1, "error: unbalanced pattern", "error: unbalanced pattern"),
        (b"hello", b"(()", 1, "error: unfinished capture", "error: unfinished capture"),
        (b"hello", b"e)", 1, "nil", "error: invalid pattern capture"),
        (b"hello", b"()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()", 1, "1 0 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1", "1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1"),
        (b"hello", b"()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()", 1, "error: too many captures", "error: too many captures"),
        (b"hello", b"(((((((((((((((((((((((((((((((((", 1, "error: too many captures", "error: too many captures"),
        (b"hello", b"h\x00x", 1, "nil", "\"h\""),
        (b"h\x00x", b"h\x00x", 1, "1 3", "\"h\""),
        (b"h\x00x", b"h%z", 1, "1 2", "\"h\\x00\""),
        (b"h\x00x", b"\x00", 1, "2 2", "\"\""),
        (b"aaa", b"a-b", 1, "nil", "nil"),
        (b"aaab", b"a-b", 1, "1 4", "\"aaab\""),
        (b"aaab", b"a*b", 1, "1 4", "\"aaab\""),
        (b"aaa", b"a+a+a+a", 1, "nil", "nil"),
        (b"aaaa", b"a+a+a+a", 1, "1 4", "\"aaaa\""),
        (b"", b"", 1, "1 0", "\"\""),
        (b"", b"a*", 1, "1 0", "\"\""),
        (b"", b"$", 1, "1 0", "\"\""),
        (b"", b"^$", 1, "1 0", "\"\""),
        (b"abc", b"^$", 1, "nil", "nil"),
        (b"abc", b"$", 1, "4 3", "\"\""),
        (b"ab$", b"b$$", 1, "2 3", "\"b$\""),
        (b"abc", b".-$", 1, "1 3", "\"abc\""),
        (b"abc", b"()", 4, "4 3 4", "4"),
        (b"abc", b"()", 5, "4 3 4", "4"),
        (b"abc", b"(.)()", -1, "3 3 \"c\" 4", "\"c\" 4"),
        (b"abc", b"b", -10, "2 2", "\"b\""),
        (b"a.b.c", b".", 1, "1 1", "\"a\""),
        (b"[test]", b"[[]", 1, "1 1", "\"[\""),
        (b"abc", b"[]", 1, "error: malformed pattern (missing ']')", "error: malformed pattern (missing ']')"),
        (b"abc", b"[^]", 1, "error: malformed pattern (missing ']')", "error: malformed pattern (missing ']')"),
        (b"a]c", b"[^]]+", 1, "1 1", "\"a\""),
        (b"hello", b"(l)(l)", 1, "3 4 \"l\" \"l\"", "\"l\" \"l\""),
        (b"one two  three", b"(%a+)%s*", 5, "5 9 \"two\"", "\"two\""),
        (b"date: 2024-01-15", b"(%d+)-(%d+)-(%d+)", 1, "7 16 \"2024\" \"01\" \"15\"", "\"2024\" \"01\" \"15\""),
        (b"aaa", b"(a*(.))", 1, "1 3 \"aaa\" \"a\"", "\"aaa\" \"a\""),
        (b"x=1, y=2", b"(%w+)=(%w+)", 1, "1 3 \"x\" \"1\"", "\"x\" \"1\""),
        (b"hello", b".?.?.?.?.?.?.?.?.?.?hello", 1, "1 5", "\"hello\""),
        (b"abc", b"%bac", 1, "1 3", "\"abc\""),
        (b"((a)", b"%b()", 1, "2 4", "\"(a)\""),
        (b"AbC", b"%f[%u]%u", 2, "3 3", "\"C\""),
        (b"THE END", b"%f[%w]%w+%f[%W]", 1, "1 3", "\"THE\""),
        (b"\xc3\xa9", b"%a", 1, "nil", "nil"),
        (b"\xc8\xff", b"[\x80-\xff]+", 1, "1 2", "\"\\xc8\\xff\""),
        (b"abc", b"[c-a]", 1, "nil", "nil"),
        (b"a-", b"[a-]", 2, "2 2", "\"-\""),
        (b"z", b"[%z-a]", 1, "nil", "nil"),
        (b"%", b"[%%]", 1, "1 1", "\"%\""),
        (b"hello", b"l*", 3, "3 4", "\"ll\""),
        (b"hello", b"(l*)", 3, "3 4 \"ll\"", "\"ll\""),
        (b"hello", b"((l)(l))", 1, "3 4 \"ll\" \"l\" \"l\"", "\"ll\" \"l\" \"l\""),
        (b"hello", b"(h)(.-)(o)", 1, "1 5 \"h\" \"ell\" \"o\"", "\"h\" \"ell\" \"o\""),
        (b"hello", b"(().)", 1, "1 1 \"h\" 1", "\"h\" 1"),
        ];
        for &(subject, pattern, init, find_expected, match_expected) in cases {
            let context = format!("{:?} {:?} {init}", escape(subject), escape(pattern));
            assert_eq!(
                lua_find(subject, pattern, init),
                find_expected,
                "find {context}"
            );
            assert_eq!(
                lua_match(subject, pattern, init),
                match_expected,
                "match {context}"
            );
        }
        assert_eq!(cases.len(), 121);
    }

    /// string.gmatch results (at most 40 iterations, 3 values each) from lua5.1.
    #[test]
    fn gmatch_agrees_with_lua51() {
        #[rustfmt::skip]
        let cases: &[(&[u8], &[u8], &str)] = &[
        (b"hello world", b"o", "{\"o\" nil nil};{\"o\" nil nil}"),
        (b"hello world", b"o", "{\"o\" nil nil};{\"o\" nil nil}"),
        (b"hello world", b"o", "{\"o\" nil nil};{\"o\" nil nil}"),
        (b"hello world", b"l+", "{\"ll\" nil nil};{\"l\" nil nil}"),
        (b"hello", b"", "{\"\" nil nil};{\"\" nil nil};{\"\" nil nil};{\"\" nil nil};{\"\" nil nil};{\"\" nil nil}"),
        (b"hello", b"", "{\"\" nil nil};{\"\" nil nil};{\"\" nil nil};{\"\" nil nil};{\"\" nil nil};{\"\" nil nil}"),
        (b"hello", b"^h", ""),
        (b"hello", b"^e", ""),
        (b"hello", b"^e", ""),
        (b"hello", b"o$", "{\"o\" nil nil}"),
        (b"hello", b"l$", ""),
        (b"hel$lo", b"l$l", "{\"l$l\" nil nil}"),
        (b"a^b", b"a^b", "{\"a^b\" nil nil}"),
        (b"hello", b"h.-l", "{\"hel\" nil nil}"),
        (b"hello", b"h.*l", "{\"hell\" nil nil}"),
        (b"hello", b"x*", "{\"\" nil nil};{\"\" nil nil};{\"\" nil nil};{\"\" nil nil};{\"\" nil nil};{\"\" nil nil}"),
        (b"hello", b"l?lo", "{\"llo\" nil nil}"),
        (b"hello", b"(h)(e)(l)", "{\"h\" \"e\" \"l\"}"),
        (b"hello", b"()ll()", "{3 5 nil}"),
        (b"  key = value  ", b"(%w+)%s*=%s*(%w+)", "{\"key\" \"value\" nil}"),
        (b"THE (quick) fox", b"%((%a+)%)", "{\"quick\" nil nil}"),
        (b"f(a(b)c)d", b"%b()", "{\"(a(b)c)\" nil nil}"),
        (b"f(a(b)c", b"%b()", "{\"(b)\" nil nil}"),
        (b"xx", b"%bxx", "{\"xx\" nil nil}"),
        (b"THE (quick) fox", b"%f[%a]%a+", "{\"THE\" nil nil};{\"quick\" nil nil};{\"fox\" nil nil}"),
        (b"hello", b"%f[%l]", "{\"\" nil nil}"),
        (b"hello", b"%f[%z]", "{\"\" nil nil}"),
        (b"a\x00b", b"%z", "{\"\\x00\" nil nil}"),
        (b"a\x00b", b"[%z]", "{\"\\x00\" nil nil}"),
        (b"hello hello", b"(l+)o %w+%1", "{\"ll\" nil nil}"),
        (b"abcabc", b"(abc)%1", "{\"abc\" nil nil}"),
        (b"abab", b"()a%1", ""),
        (b"x]y", b"[]]", "{\"]\" nil nil}"),
        (b"x^y", b"[x^]+", "{\"x^\" nil nil}"),
        (b"a-b", b"[a%-]+", "{\"a-\" nil nil}"),
        (b"a-z", b"[a-]+", "{\"a-\" nil nil}"),
        (b"b", b"[^a-c]", ""),
        (b"d", b"[^a-c]", "{\"d\" nil nil}"),
        (b"A1_b", b"[%w_]+", "{\"A1_b\" nil nil}"),
        (b"\x09\x0a x", b"%s+", "{\"\\x09\\x0a \" nil nil}"),
        (b"\x01\x7f\x1f", b"%c+", "{\"\\x01\\x7f\\x1f\" nil nil}"),
        (b"!@#a", b"%p+", "{\"!@#\" nil nil}"),
        (b"FFz", b"%x+", "{\"FF\" nil nil}"),
        (b"aBc", b"%u", "{\"B\" nil nil}"),
        (b"aBc", b"%L+", "{\"B\" nil nil}"),
        (b"123abc", b"%D+", "{\"abc\" nil nil}"),
        (b"123abc", b"%A+", "{\"123\" nil nil}"),
        (b"abc", b"%S", "{\"a\" nil nil};{\"b\" nil nil};{\"c\" nil nil}"),
        (b"abc", b"%W", ""),
        (b"a.b", b"%.", "{\".\" nil nil}"),
        (b"a%b", b"%%", "{\"%\" nil nil}"),
        (b"abc", b"[%a-z]", "{\"a\" nil nil};{\"b\" nil nil};{\"c\" nil nil}"),
        (b"-", b"[%a-z]", "{\"-\" nil nil}"),
        (b"hello", b"x%", ""),
        (b"x", b"x%", "error: malformed pattern (ends with '%')"),
        (b"hello", b"[a", "error: malformed pattern (missing ']')"),
        (b"hello", b"h[a", "error: malformed pattern (missing ']')"),
        (b"hello", b"[^", "error: malformed pattern (missing ']')"),
        (b"hello", b"[%", "error: malformed pattern (missing ']')"),
        (b"hello", b"%f", "error: missing '[' after '%f' in pattern"),
        (b"hello", b"%fx", "error: missing '[' after '%f' in pattern"),
        (b"hello", b"%1", "error: invalid capture index"),
        (b"hello", b"(h)%2", "error: invalid capture index"),
        (b"hello", b"(h%1)", "error: invalid capture index"),
        (b"hello", b"%0", "error: invalid capture index"),
        (b"hello", b"(h", "error: unfinished capture"),
        (b"hello", b"h)", "error: invalid pattern capture"),
        (b"hello", b"%b", "error: unbalanced pattern"),
        (b"hello", b"%bx", "error: unbalanced pattern"),
        (b"hello", b"(()", "error: unfinished capture"),
        (b"hello", b"e)", "error: invalid pattern capture"),
        (b"hello", b"()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()", "{1 1 1};{2 2 2};{3 3 3};{4 4 4};{5 5 5};{6 6 6}"),
        (b"hello", b"()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()", "error: too many captures"),
        (b"hello", b"(((((((((((((((((((((((((((((((((", "error: too many captures"),
        (b"hello", b"h\x00x", "{\"h\" nil nil}"),
        (b"h\x00x", b"h\x00x", "{\"h\" nil nil}"),
        (b"h\x00x", b"h%z", "{\"h\\x00\" nil nil}"),
        (b"h\x00x", b"\x00", "{\"\" nil nil};{\"\" nil nil};{\"\" nil nil};{\"\" nil nil}"),
        (b"aaa", b"a-b", ""),
        (b"aaab", b"a-b", "{\"aaab\" nil nil}"),
        (b"aaab", b"a*b", "{\"aaab\" nil nil}"),
        (b"aaa", b"a+a+a+a", ""),
        (b"aaaa", b"a+a+a+a", "{\"aaaa\" nil nil}"),
        (b"", b"", "{\"\" nil nil}"),
        (b"", b"a*", "{\"\" nil nil}"),
        (b"", b"$", "{\"\" nil nil}"),
        (b"", b"^$", ""),
        (b"abc", b"^$", ""),
        (b"abc", b"$", "{\"\" nil nil}"),
        (b"ab$", b"b$$", "{\"b$\" nil nil}"),
        (b"abc", b".-$", "{\"abc\" nil nil};{\"\" nil nil}"),
        (b"abc", b"()", "{1 nil nil};{2 nil nil};{3 nil nil};{4 nil nil}"),
        (b"abc", b"()", "{1 nil nil};{2 nil nil};{3 nil nil};{4 nil nil}"),
        (b"abc", b"(.)()", "{\"a\" 2 nil};{\"b\" 3 nil};{\"c\" 4 nil}"),
        (b"abc", b"b", "{\"b\" nil nil}"),
        (b"a.b.c", b".", "{\"a\" nil nil};{\".\" nil nil};{\"b\" nil nil};{\".\" nil nil};{\"c\" nil nil}"),
        (b"[test]", b"[[]", "{\"[\" nil nil}"),
        (b"abc", b"[]", "error: malformed pattern (missing ']')"),
        (b"abc", b"[^]", "error: malformed pattern (missing ']')"),
        (b"a]c", b"[^]]+", "{\"a\" nil nil};{\"c\" nil nil}"),
        (b"hello", b"(l)(l)", "{\"l\" \"l\" nil}"),
        (b"one two  three", b"(%a+)%s*", "{\"one\" nil nil};{\"two\" nil nil};{\"three\" nil nil}"),
        (b"date: 2024-01-15", b"(%d+)-(%d+)-(%d+)", "{\"2024\" \"01\" \"15\"}"),
        (b"aaa", b"(a*(.))", "{\"aaa\" \"a\" nil}"),
        (b"x=1, y=2", b"(%w+)=(%w+)", "{\"x\" \"1\" nil};{\"y\" \"2\" nil}"),
        (b"hello", b".?.?.?.?.?.?.?.?.?.?hello", "{\"hello\" nil nil}"),
        (b"abc", b"%bac", "{\"abc\" nil nil}"),
        (b"((a)", b"%b()", "{\"(a)\" nil nil}"),
        (b"AbC", b"%f[%u]%u", "{\"A\" nil nil};{\"C\" nil nil}"),
        (b"THE END", b"%f[%w]%w+%f[%W]", "{\"THE\" nil nil};{\"END\" nil nil}"),
        (b"\xc3\xa9", b"%a", ""),
        (b"\xc8\xff", b"[\x80-\xff]+", "{\"\\xc8\\xff\" nil nil}"),
        (b"abc", b"[c-a]", ""),
        (b"a-", b"[a-]", "{\"a\" nil nil};{\"-\" nil nil}"),
        (b"z", b"[%z-a]", ""),
        (b"%", b"[%%]", "{\"%\" nil nil}"),
        (b"hello", b"l*", "{\"\" nil nil};{\"\" nil nil};{\"ll\" nil nil};{\"\" nil nil};{\"\" nil nil}"),
        (b"hello", b"(l*)", "{\"\" nil nil};{\"\" nil nil};{\"ll\" nil nil};{\"\" nil nil};{\"\" nil nil}"),
        (b"hello", b"((l)(l))", "{\"ll\" \"l\" \"l\"}"),
        (b"hello", b"(h)(.-)(o)", "{\"h\" \"ell\" \"o\"}"),
        (b"hello", b"(().)", "{\"h\" 1 nil};{\"e\" 2 nil};{\"l\" 3 nil};{\"l\" 4 nil};{\"o\" 5 nil}"),
        ];
        for &(subject, pattern, expected) in cases {
            let context = format!("{:?} {:?}", escape(subject), escape(pattern));
            assert_eq!(lua_gmatch(subject, pattern), expected, "gmatch {context}");
        }
        assert_eq!(cases.len(), 121);
    }

    /// string.gsub results (string, function and table replacements) from lua5.1.
    #[test]
    fn gsub_agrees_with_lua51() {
        #[rustfmt::skip]
        let cases: &[GsubCase] = &[
        (b"hello world", b"o", Repl::Text(b"0"), None, "\"hell0 w0rld\" 2"),
        (b"hello world", b"o", Repl::Text(b"0"), Some(1), "\"hell0 world\" 1"),
        (b"hello world", b"", Repl::Text(b"-"), None, "\"-h-e-l-l-o- -w-o-r-l-d-\" 12"),
        (b"hello", b"l*", Repl::Text(b"x"), None, "\"xhxexxox\" 5"),
        (b"abc", b"%w*", Repl::Text(b"x"), None, "\"xx\" 2"),
        (b"hello world", b"(%w+)", Repl::Text(b"<%1>"), None, "\"<hello> <world>\" 2"),
        (b"hello world", b"%w+", Repl::Text(b"%0 %0"), None, "\"hello hello world world\" 2"),
        (b"hello", b"(l)(l)", Repl::Text(b"%2%1"), None, "\"hello\" 1"),
        (b"hello", b"l", Repl::Text(b"%2"), None, "error: invalid capture index"),
        (b"hello", b"l", Repl::Text(b"%1"), None, "\"hello\" 2"),
        (b"hello", b"(l)", Repl::Text(b"%%"), None, "\"he%%o\" 2"),
        (b"hello", b"l", Repl::Text(b"%x"), None, "\"hexxo\" 2"),
        (b"hello", b"b", Repl::Text(b"%"), None, "\"hello\" 0"),
        (b"abc", b"b", Repl::Text(b"%"), None, "\"a\\x00c\" 1"),
        (b"hello", b"^h", Repl::Text(b"H"), None, "\"Hello\" 1"),
        (b"hello", b"^l", Repl::Text(b"L"), None, "\"hello\" 0"),
        (b"hello", b"^", Repl::Text(b">"), None, "\">hello\" 1"),
        (b"hello", b"$", Repl::Text(b"<"), None, "\"hello<\" 1"),
        (b"hello", b"", Repl::Text(b"-"), Some(2), "\"-h-ello\" 2"),
        (b"hello", b"", Repl::Text(b"-"), Some(0), "\"hello\" 0"),
        (b"hello", b"", Repl::Text(b"-"), Some(-1), "\"hello\" 0"),
        (b"hello world", b"(o)", Repl::Function, None, "\"hell<o> w<o>rld\" 2"),
        (b"hello world", b"%w+", Repl::Function, None, "\"<hello> <world>\" 2"),
        (b"hello world", b"()o()", Repl::Function, None, "\"hell<5|6> w<8|9>rld\" 2"),
        (b"a b hello", b"%w+", Repl::Table, None, "\"A b HI\" 3"),
        (b"a b", b"(%w)", Repl::Table, None, "\"A b\" 2"),
        (b"abc", b"()b", Repl::Text(b"%1"), None, "\"a2c\" 1"),
        (b"abc", b"()b", Repl::Text(b"[%0]"), None, "\"a[b]c\" 1"),
        (b"abc", b"(b", Repl::Text(b"x"), None, "\"axc\" 1"),
        (b"abc", b"(b", Repl::Text(b"%1"), None, "error: unfinished capture"),
        (b"abc", b"(b", Repl::Function, None, "error: unfinished capture"),
        (b"abc", b"(b", Repl::Table, None, "error: unfinished capture"),
        (b"x", b"x", Repl::Text(b"%5"), None, "error: invalid capture index"),
        (b"abc", b"b", Repl::Text(b"\x00%0\x00"), None, "\"a\\x00b\\x00c\" 1"),
        (b"abc", b"x%", Repl::Text(b"y"), None, "\"abc\" 0"),
        (b"x", b"x%", Repl::Text(b"y"), None, "error: malformed pattern (ends with '%')"),
        (b"hello world", b"o", Repl::Function, Some(1), "\"hell<o> world\" 1"),
        (b"aaa", b"a", Repl::Function, Some(2), "\"<a><a>a\" 2"),
        (b"abc", b"%f[%w]", Repl::Text(b"^"), None, "\"^abc\" 1"),
        (b"THE (quick) fox", b"%f[%a]%a+", Repl::Text(b"W"), None, "\"W (W) W\" 3"),
        (b"hello", b".-", Repl::Text(b"x"), None, "\"xhxexlxlxox\" 6"),
        (b"a,b,,c", b",", Repl::Text(b";"), None, "\"a;b;;c\" 3"),
        (b"abc", b"b*", Repl::Text(b"-"), None, "\"-a--c-\" 4"),
        ];
        for (subject, pattern, repl, max, expected) in cases {
            let context = format!("{:?} {:?}", escape(subject), escape(pattern));
            assert_eq!(
                lua_gsub(subject, pattern, repl, *max),
                *expected,
                "gsub {context}"
            );
        }
        assert_eq!(cases.len(), 43);
    }

    fn unescape(text: &str) -> Vec<u8> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut at = 0;
        while at < bytes.len() {
            if bytes[at] == b'\\' && bytes.get(at + 1) == Some(&b'x') {
                out.push(u8::from_str_radix(&text[at + 2..at + 4], 16).unwrap());
                at += 4;
            } else {
                out.push(bytes[at]);
                at += 1;
            }
        }
        out
    }

    /// 2000 random subject/pattern pairs with lua5.1's find, match and gsub results.
    #[test]
    fn random_cases_agree_with_lua51() {
        let data = include_str!("../../testdata/pattern_random.txt");
        let mut checked = 0;
        for line in data.lines().filter(|l| !l.starts_with('#')) {
            let fields: Vec<&str> = line.split('\t').collect();
            let (subject, pattern) = (unescape(fields[0]), unescape(fields[1]));
            let init: i64 = fields[2].parse().unwrap();
            let context = format!("{:?} {:?} {init}", fields[0], fields[1]);
            assert_eq!(
                lua_find(&subject, &pattern, init),
                fields[3],
                "find {context}"
            );
            assert_eq!(
                lua_match(&subject, &pattern, init),
                fields[4],
                "match {context}"
            );
            let gsub = lua_gsub(&subject, &pattern, &Repl::Text(b"<%0>"), None);
            assert_eq!(gsub, fields[5], "gsub {context}");
            checked += 1;
        }
        assert_eq!(checked, 2000);
    }

    #[test]
    fn deep_patterns_match_without_recursion() {
        let subject = vec![b'a'; 5000];
        let mut pattern = b"a?".repeat(5000);
        pattern.push(b'$');
        let mut scratch = MatchScratch::default();
        let found = find(
            &subject,
            &pattern,
            0,
            &mut Budget::unlimited(),
            &mut scratch,
        )
        .unwrap()
        .unwrap();
        assert_eq!((found.start, found.end), (0, 5000));
    }

    #[test]
    fn too_deep_backtracking_is_pattern_too_complex() {
        let subject = vec![b'a'; MAX_BACKTRACK_DEPTH + 1];
        let pattern = b"a?".repeat(MAX_BACKTRACK_DEPTH + 1);
        assert_eq!(
            find(
                &subject,
                &pattern,
                0,
                &mut Budget::unlimited(),
                &mut MatchScratch::default(),
            ),
            Err(PatternError::Lua("pattern too complex"))
        );
    }

    #[test]
    fn scratch_grown_by_a_deep_match_is_not_kept() {
        let mut scratch = MatchScratch::default();
        find(b"aaaa", b"a*", 0, &mut Budget::unlimited(), &mut scratch).unwrap();
        let small = scratch.kept();
        assert!(small.backtrack.capacity() > 0, "ordinary room is kept");
        let mut scratch = small;
        let subject = vec![b'a'; 5000];
        let pattern = b"a?".repeat(5000);
        find(
            &subject,
            &pattern,
            0,
            &mut Budget::unlimited(),
            &mut scratch,
        )
        .unwrap();
        assert_eq!(scratch.kept().backtrack.capacity(), 0);
    }

    #[test]
    fn budget_bounds_exponential_backtracking() {
        // 2^40 ways to fail: lua5.1 would run for hours.
        let subject = vec![b'a'; 40];
        let mut pattern = b"a?".repeat(40);
        pattern.extend(b"a".repeat(40));
        pattern.push(b'b');
        let mut budget = Budget::new(1_000_000);
        assert_eq!(
            find(
                &subject,
                &pattern,
                0,
                &mut budget,
                &mut MatchScratch::default()
            ),
            Err(PatternError::BudgetExhausted)
        );
        assert_eq!(budget.remaining(), 0);
        let mut budget = Budget::new(1_000_000);
        let mut scratch = MatchScratch::default();
        let found = find(b"xxay", b"a", 0, &mut budget, &mut scratch)
            .unwrap()
            .unwrap();
        assert_eq!((found.start, found.end), (2, 3));
        assert!(budget.remaining() < 1_000_000);
    }

    #[test]
    fn specials_and_plain_search() {
        assert!(!has_specials(b"abc"));
        assert!(!has_specials(b"a)b"), "')' is not special in 5.1");
        assert!(has_specials(b"a.b"));
        assert!(!has_specials(b"a\0."), "strpbrk stops at the zero byte");
        assert_eq!(find_plain(b"a.b.c", b".", 2), Some(3));
        assert_eq!(find_plain(b"abc", b"", 3), Some(3));
        assert_eq!(find_plain(b"abc", b"", 4), None);
        assert_eq!(find_plain(b"abc", b"abcd", 0), None);
        let mut scratch = MatchScratch::default();
        let found = string_find(
            b"a.b",
            b".",
            0,
            true,
            &mut Budget::unlimited(),
            &mut scratch,
        )
        .unwrap()
        .unwrap();
        assert_eq!((found.start, found.end), (1, 2));
        assert_eq!(captures(&found), Ok(Vec::new()));
    }

    #[test]
    fn replacement_pieces() {
        let parsed = Replacement::parse(b"<%1|%0|%%|%x>%");
        assert_eq!(
            parsed.pieces(),
            &[
                ReplacePiece::Literal(b"<"),
                ReplacePiece::Capture(0),
                ReplacePiece::Literal(b"|"),
                ReplacePiece::WholeMatch,
                ReplacePiece::Literal(b"|"),
                ReplacePiece::Literal(b"%"),
                ReplacePiece::Literal(b"|"),
                ReplacePiece::Literal(b"x"),
                ReplacePiece::Literal(b">"),
                ReplacePiece::Literal(b"\0"),
            ]
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

        /// Any subject and pattern bytes: every entry point returns, never panics.
        #[test]
        fn matcher_never_panics(
            subject in proptest::collection::vec(proptest::prop_oneof![
                proptest::sample::select(b"ab()[]%-.^$ \0x".to_vec()),
                proptest::num::u8::ANY,
            ], 0..24),
            pattern in proptest::collection::vec(proptest::prop_oneof![
                proptest::sample::select(b"ab()[]%-+*?.^$bfz1290x".to_vec()),
                proptest::num::u8::ANY,
            ], 0..16),
            init in 0usize..30,
            max in proptest::option::of(0usize..5),
        ) {
            let budget = &mut Budget::new(200_000);
            let scratch = &mut MatchScratch::default();
            if let Ok(Some(found)) = string_find(&subject, &pattern, init, false, budget, scratch) {
                proptest::prop_assert!(found.start <= found.end && found.end <= subject.len());
                let _ = captures(&found);
            }
            let _ = match_at(&subject, &pattern, init, budget, scratch);
            let mut iterator = GlobalMatch::new();
            for _ in 0..30 {
                match iterator.next(&subject, &pattern, budget, scratch) {
                    Ok(Some(found)) => { let _ = captures_or_whole(&found); }
                    _ => break,
                }
            }
            let mut substitution = Substitution::new(&pattern, max);
            let replacement = Replacement::parse(&pattern);
            let mut out = Vec::new();
            for _ in 0..100 {
                match substitution.next(&subject, &pattern, &mut out, budget, scratch) {
                    Ok(Some(found)) => {
                        if replacement.expand(&subject, &found, &mut out, usize::MAX).is_err() { break; }
                    }
                    _ => break,
                }
            }
        }
    }
}
