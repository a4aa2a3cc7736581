//! Redis's glob patterns (`stringmatchlen`, for `KEYS` and the `MATCH` of the `SCAN` family):
//! `*`, `?`, `[...]` classes with `^` negation, ranges (either way round) and `\` escapes, and
//! `\` escaping outside classes. The pattern is read into tokens exactly as Redis's matcher
//! walks it, then matched without recursion.

/// One element of a class: a byte, or an inclusive range.
#[derive(Debug, Clone, PartialEq, Eq)]
enum ClassItem {
    /// A byte written after `\` (compared exactly, even without case).
    Escaped(u8),
    Byte(u8),
    /// `a-z`: the ends as C's signed `char` compares them.
    Range(i32, i32),
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Star,
    AnyByte,
    Class {
        negated: bool,
        items: Vec<ClassItem>,
    },
    Byte(u8),
}

/// A byte as x86-64's signed `char`.
fn signed(byte: u8) -> i32 {
    i32::from(byte as i8)
}

/// C's `tolower` on a (signed) char in the "C" locale.
fn lower(value: i32) -> i32 {
    if (i32::from(b'A')..=i32::from(b'Z')).contains(&value) {
        value + 32
    } else {
        value
    }
}

fn tokens(pattern: &[u8]) -> Vec<Token> {
    let at = |index: usize| pattern.get(index).copied().unwrap_or(0);
    let mut tokens = Vec::new();
    let mut index = 0;
    while index < pattern.len() {
        match pattern[index] {
            b'*' => {
                if tokens.last() != Some(&Token::Star) {
                    tokens.push(Token::Star);
                }
                index += 1;
            }
            b'?' => {
                tokens.push(Token::AnyByte);
                index += 1;
            }
            b'[' => {
                index += 1;
                let negated = at(index) == b'^' && index < pattern.len();
                if negated {
                    index += 1;
                }
                let mut items = Vec::new();
                loop {
                    let left = pattern.len().saturating_sub(index);
                    if at(index) == b'\\' && left >= 2 {
                        items.push(ClassItem::Escaped(pattern[index + 1]));
                        index += 2;
                    } else if at(index) == b']' && left >= 1 {
                        index += 1;
                        break;
                    } else if left == 0 {
                        break;
                    } else if left >= 3 && pattern[index + 1] == b'-' {
                        let (mut start, mut end) =
                            (signed(pattern[index]), signed(pattern[index + 2]));
                        if start > end {
                            std::mem::swap(&mut start, &mut end);
                        }
                        items.push(ClassItem::Range(start, end));
                        index += 3;
                    } else {
                        items.push(ClassItem::Byte(pattern[index]));
                        index += 1;
                    }
                }
                tokens.push(Token::Class { negated, items });
            }
            b'\\' if index + 1 < pattern.len() => {
                tokens.push(Token::Byte(pattern[index + 1]));
                index += 2;
            }
            byte => {
                tokens.push(Token::Byte(byte));
                index += 1;
            }
        }
    }
    tokens
}

fn token_matches(token: &Token, byte: u8, nocase: bool) -> bool {
    match token {
        Token::Star | Token::AnyByte => true,
        Token::Byte(expected) => {
            if nocase {
                lower(signed(*expected)) == lower(signed(byte))
            } else {
                *expected == byte
            }
        }
        Token::Class { negated, items } => {
            let found = items.iter().any(|item| match item {
                ClassItem::Escaped(expected) => *expected == byte,
                ClassItem::Byte(expected) => {
                    if nocase {
                        lower(signed(*expected)) == lower(signed(byte))
                    } else {
                        *expected == byte
                    }
                }
                ClassItem::Range(start, end) => {
                    let (mut start, mut end, mut value) = (*start, *end, signed(byte));
                    if nocase {
                        start = lower(start);
                        end = lower(end);
                        value = lower(value);
                    }
                    (start..=end).contains(&value)
                }
            });
            found != *negated
        }
    }
}

/// Whether `text` matches `pattern` as Redis's `stringmatchlen` decides. Like Redis, the
/// empty text matches only the empty pattern (`KEYS *` and `MATCH *` bypass matching).
pub(crate) fn matches(pattern: &[u8], text: &[u8], nocase: bool) -> bool {
    if text.is_empty() {
        return pattern.is_empty();
    }
    let tokens = tokens(pattern);
    // Classic backtracking over the last star: a star matches any run of bytes.
    let (mut t, mut s) = (0usize, 0usize);
    let mut resume: Option<(usize, usize)> = None;
    while s < text.len() {
        match tokens.get(t) {
            Some(Token::Star) => {
                resume = Some((t, s));
                t += 1;
            }
            Some(token) if token_matches(token, text[s], nocase) => {
                t += 1;
                s += 1;
            }
            _ => match resume {
                Some((star, from)) => {
                    t = star + 1;
                    s = from + 1;
                    resume = Some((star, from + 1));
                }
                None => return false,
            },
        }
    }
    tokens[t..].iter().all(|token| *token == Token::Star)
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn globs_match_as_redis_matches() {
        let yes = |p: &str, t: &str| assert!(matches(p.as_bytes(), t.as_bytes(), false), "{p} {t}");
        let no = |p: &str, t: &str| assert!(!matches(p.as_bytes(), t.as_bytes(), false), "{p} {t}");
        yes("*", "abc");
        no("*", "");
        yes("", "");
        yes("h?llo", "hello");
        yes("h*llo", "heeeello");
        yes("h[ae]llo", "hallo");
        no("h[^e]llo", "hello");
        yes("h[a-b]llo", "hbllo");
        yes("h[b-a]llo", "hallo");
        yes("a\\*", "a*");
        no("a\\*", "ab");
        yes("[abc", "a");
        yes("a*b*c", "axxbyyc");
        no("a*b*c", "axxbyy");
        yes("*a", "aaa");
        yes("[\\]]", "]");
        assert!(matches(b"HELLO", b"hello", true));
    }
}
