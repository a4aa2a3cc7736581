//! Which arguments of a command are keys, found as Redis 7.0's `getKeysFromCommandWithSpecs`
//! finds them for `COMMAND GETKEYS`: from the command's key specs when they are complete and
//! their flags fixed, else (and when the specs fail on the arguments, such as a bad `numkeys`)
//! with the command's own key-finding function, which only some commands have.

use crate::command_details::{details_of, BeginSearch, FindKeys, KeySpec};
use crate::command_table::RedisCommand;

/// A key found among a command's words: its index (the command name is 0) and the flags of
/// how the command uses it (`RW`, `access`, ...; empty when the finder does not say).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundKey {
    pub position: usize,
    pub flags: Vec<&'static str>,
}

/// Whether `COMMAND GETKEYS` accepts the command at all (`doesCommandHaveKeys`): it has its own
/// key finder, or a key spec that is about real keys (not `not_key` channels).
pub fn may_have_keys(command: &RedisCommand) -> bool {
    native_finder(&command.name).is_some() || specs(command).iter().any(is_about_keys)
}

/// The keys among `words` (the command's name first, arity already checked).
pub fn find_keys(command: &RedisCommand, words: &[Vec<u8>]) -> Vec<FoundKey> {
    let specs = specs(command);
    let reliable = specs.iter().any(is_about_keys)
        && !specs.iter().any(|spec| spec.has_flag("variable_flags"));
    if reliable {
        if let Some(keys) = keys_from_specs(specs, words) {
            return keys;
        }
    }
    native_finder(&command.name).map_or_else(Vec::new, |finder| finder(words))
}

fn specs(command: &RedisCommand) -> &'static [KeySpec] {
    details_of(&command.name).map_or(&[], |details| details.key_specs.as_slice())
}

fn is_about_keys(spec: &KeySpec) -> bool {
    !spec.has_flag("not_key")
}

/// `getKeysUsingKeySpecs`: `None` when a spec does not fit the arguments (a keyword's keys
/// past the end, a `numkeys` that is no count) or is incomplete, which sends Redis to the
/// command's own finder.
fn keys_from_specs(specs: &'static [KeySpec], words: &[Vec<u8>]) -> Option<Vec<FoundKey>> {
    let argc = i64::try_from(words.len()).ok()?;
    let mut keys = Vec::new();
    for spec in specs.iter().filter(|spec| is_about_keys(spec)) {
        let first = match &spec.begin_search {
            BeginSearch::Unknown {} => return None,
            BeginSearch::Index { index } => *index,
            BeginSearch::Keyword { keyword, startfrom } => {
                match keyword_position(words, keyword, *startfrom) {
                    Some(position) => position + 1,
                    // No keyword: this spec has no keys here.
                    None => continue,
                }
            }
        };
        let (first, last, step) = match spec.find_keys {
            FindKeys::Unknown {} => return None,
            FindKeys::Range {
                lastkey,
                keystep,
                limit,
            } => {
                let last = if lastkey >= 0 {
                    first + lastkey
                } else if limit == 0 {
                    argc + lastkey
                } else {
                    first + ((argc - first) / limit + lastkey)
                };
                (first, last, keystep)
            }
            FindKeys::Keynum {
                keynumidx,
                firstkey,
                keystep,
            } => {
                if keynumidx >= argc {
                    return None;
                }
                let count_word = words.get(usize::try_from(first + keynumidx).ok()?)?;
                let count = crate::number::parse_integer(count_word).filter(|n| *n >= 0)?;
                let first = first + firstkey;
                // Redis adds the count cut to an `int`.
                (first, first + i64::from(count as i32) - 1, keystep)
            }
        };
        if last >= argc || last < first || first >= argc || step <= 0 {
            return None;
        }
        let flags: Vec<&'static str> = spec.flags.iter().map(String::as_str).collect();
        let mut position = first;
        while position <= last {
            keys.push(FoundKey {
                position: usize::try_from(position).ok()?,
                flags: flags.clone(),
            });
            position += step;
        }
        if spec.has_flag("incomplete") {
            return None;
        }
    }
    Some(keys)
}

/// The index of `keyword` searched as Redis searches it: forwards from `startfrom` to the
/// last-but-one word, or, for a negative `startfrom`, backwards from that far from the end down
/// to word 2. Either way the range's far end is not examined.
fn keyword_position(words: &[Vec<u8>], keyword: &str, startfrom: i64) -> Option<i64> {
    let argc = i64::try_from(words.len()).ok()?;
    let (start, end) = if startfrom > 0 {
        (startfrom, argc - 1)
    } else {
        (argc + startfrom, 1)
    };
    let forwards = start <= end;
    let mut index = start;
    while index != end {
        if index >= argc || index < 1 {
            return None;
        }
        if c_string_eq_ignore_case(&words[usize::try_from(index).ok()?], keyword.as_bytes()) {
            return Some(index);
        }
        index += if forwards { 1 } else { -1 };
    }
    None
}

/// `strcasecmp` on Redis's strings: the comparison stops at a zero byte, as C's does.
fn c_string_eq_ignore_case(word: &[u8], expected: &[u8]) -> bool {
    let end = word
        .iter()
        .position(|&byte| byte == 0)
        .unwrap_or(word.len());
    word[..end].eq_ignore_ascii_case(expected)
}

type NativeFinder = fn(&[Vec<u8>]) -> Vec<FoundKey>;

/// The commands with their own key-finding function (`getkeys_proc`) in Redis 7.0.15.
fn native_finder(name: &str) -> Option<NativeFinder> {
    let finder: NativeFinder = match name {
        "zunion" | "zinter" | "zdiff" | "zintercard" | "sintercard" | "lmpop" | "zmpop" => {
            |words| counted_keys(words, None, 1, 2)
        }
        "zunionstore" | "zinterstore" | "zdiffstore" => |words| counted_keys(words, Some(1), 2, 3),
        "eval" | "evalsha" | "eval_ro" | "evalsha_ro" | "fcall" | "fcall_ro" | "blmpop"
        | "bzmpop" => |words| counted_keys(words, None, 2, 3),
        "sort" => sort_keys,
        "sort_ro" => |_| vec![key(1, &["RO", "access"])],
        "migrate" => migrate_keys,
        "georadius" | "georadiusbymember" => georadius_keys,
        "xread" | "xreadgroup" => xread_keys,
        "set" => set_keys,
        "bitfield" => bitfield_keys,
        _ => return None,
    };
    Some(finder)
}

fn key(position: usize, flags: &[&'static str]) -> FoundKey {
    FoundKey {
        position,
        flags: flags.to_vec(),
    }
}

fn word_is(words: &[Vec<u8>], index: usize, expected: &str) -> bool {
    words
        .get(index)
        .is_some_and(|word| c_string_eq_ignore_case(word, expected.as_bytes()))
}

/// C's `atoi` (a `strtol` cut to `int`): leading spaces, a sign, the digits that follow;
/// anything else ends the number, and a value past `long` clamps before the cut.
fn atoi(text: &[u8]) -> i64 {
    let text = match text
        .iter()
        .position(|byte| !matches!(byte, b' ' | b'\t'..=b'\r'))
    {
        Some(start) => &text[start..],
        None => return 0,
    };
    let (negative, digits) = match text.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, text),
    };
    let mut value: i64 = 0;
    for digit in digits.iter().take_while(|byte| byte.is_ascii_digit()) {
        let digit = i64::from(digit - b'0');
        value = match value.checked_mul(10).and_then(|v| {
            if negative {
                v.checked_sub(digit)
            } else {
                v.checked_add(digit)
            }
        }) {
            Some(value) => value,
            None if negative => i64::MIN,
            None => i64::MAX,
        };
        if value == i64::MIN || value == i64::MAX {
            break;
        }
    }
    // The cut to a 32-bit int keeps the low bits.
    i64::from(value as i32)
}

/// `genericGetKeys`: `numkeys` at `count_at`, that many keys from `first_at`, then the
/// destination (`store_at`); nothing when the count is below 1 or more than there are words.
fn counted_keys(
    words: &[Vec<u8>],
    store_at: Option<usize>,
    count_at: usize,
    first_at: usize,
) -> Vec<FoundKey> {
    let count = words.get(count_at).map_or(0, |word| atoi(word));
    let available =
        i64::try_from(words.len()).unwrap_or(i64::MAX) - i64::try_from(first_at).unwrap_or(0);
    if count < 1 || count > available {
        return Vec::new();
    }
    let count = usize::try_from(count).unwrap_or(0);
    let mut keys: Vec<FoundKey> = (first_at..first_at + count)
        .map(|position| key(position, &[]))
        .collect();
    if let Some(store) = store_at {
        keys.push(key(store, &[]));
    }
    keys
}

/// `SORT key ... STORE dest`: the last `STORE` with a word after it, skipping the words of
/// `LIMIT`, `GET` and `BY` (a `STORE`'s key is itself read as an option, as Redis reads it).
fn sort_keys(words: &[Vec<u8>]) -> Vec<FoundKey> {
    let mut store = None;
    let mut index = 2;
    while index < words.len() {
        if word_is(words, index, "limit") {
            index += 2;
        } else if word_is(words, index, "store") && index + 1 < words.len() {
            store = Some(index + 1);
        } else if word_is(words, index, "get") || word_is(words, index, "by") {
            index += 1;
        }
        index += 1;
    }
    let mut keys = vec![key(1, &["RO", "access"])];
    if let Some(store) = store {
        keys.push(key(store, &["OW", "update"]));
    }
    keys
}

/// `MIGRATE host port key|"" db timeout [COPY] [REPLACE] [AUTH pw] [AUTH2 user pw] [KEYS k...]`.
fn migrate_keys(words: &[Vec<u8>]) -> Vec<FoundKey> {
    let (mut first, mut count) = (3, 1);
    let mut index = 6;
    while index < words.len() {
        if word_is(words, index, "keys") {
            if words[3].is_empty() {
                first = index + 1;
                count = words.len() - first;
            } else {
                // Both forms at once: a syntax error MIGRATE reports itself.
                count = 0;
            }
            break;
        }
        if word_is(words, index, "auth") {
            index += 1;
        } else if word_is(words, index, "auth2") {
            index += 2;
        }
        index += 1;
    }
    (first..first + count)
        .map(|position| key(position, &["RW", "access", "delete"]))
        .collect()
}

/// `GEORADIUS[BYMEMBER] key ... [STORE k] [STOREDIST k]`: the key, and the last store key.
fn georadius_keys(words: &[Vec<u8>]) -> Vec<FoundKey> {
    let mut store = None;
    let mut index = 5;
    while index < words.len() {
        if (word_is(words, index, "store") || word_is(words, index, "storedist"))
            && index + 1 < words.len()
        {
            store = Some(index + 1);
            index += 1;
        }
        index += 1;
    }
    let mut keys = vec![key(1, &[])];
    keys.extend(store.map(|store| key(store, &[])));
    keys
}

/// `XREAD`/`XREADGROUP ... STREAMS k1 .. kn id1 .. idn`, options parsed up to `STREAMS`.
fn xread_keys(words: &[Vec<u8>]) -> Vec<FoundKey> {
    let mut streams = None;
    let mut index = 1;
    while index < words.len() {
        if word_is(words, index, "block") || word_is(words, index, "count") {
            index += 1;
        } else if word_is(words, index, "group") {
            index += 2;
        } else if word_is(words, index, "streams") {
            streams = Some(index);
            break;
        } else if !word_is(words, index, "noack") {
            break;
        }
        index += 1;
    }
    let Some(streams) = streams else {
        return Vec::new();
    };
    let after = words.len() - streams - 1;
    if after == 0 || after % 2 == 1 {
        return Vec::new();
    }
    (streams + 1..streams + 1 + after / 2)
        .map(|position| key(position, &[]))
        .collect()
}

/// `SET key value ... [GET]`: the key is read too when a `GET` option is there.
fn set_keys(words: &[Vec<u8>]) -> Vec<FoundKey> {
    let reads = words.iter().skip(3).any(|word| {
        word.len() >= 3
            && word[..3].eq_ignore_ascii_case(b"get")
            && !matches!(word.get(3), Some(&byte) if byte != 0)
    });
    vec![if reads {
        key(1, &["RW", "access", "update"])
    } else {
        key(1, &["OW", "update"])
    }]
}

/// `BITFIELD key [GET ..] [SET ..] [INCRBY ..] [OVERFLOW ..]`: read-only when only `GET`s (and
/// `OVERFLOW`s) complete with their words are there.
fn bitfield_keys(words: &[Vec<u8>]) -> Vec<FoundKey> {
    let mut read_only = true;
    let mut index = 2;
    while index < words.len() {
        let remaining = words.len() - index - 1;
        if word_is(words, index, "get") && remaining >= 2 {
            index += 2;
        } else if (word_is(words, index, "set") || word_is(words, index, "incrby"))
            && remaining >= 3
        {
            read_only = false;
            break;
        } else if word_is(words, index, "overflow") && remaining >= 1 {
            index += 1;
        } else {
            read_only = false;
            break;
        }
        index += 1;
    }
    vec![if read_only {
        key(1, &["RO", "access"])
    } else {
        key(1, &["RW", "access", "update"])
    }]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::command_table::resolve;

    fn keys_of(text: &str) -> Option<Vec<String>> {
        let words: Vec<Vec<u8>> = text.split(' ').map(|w| w.as_bytes().to_vec()).collect();
        let command = resolve(&words)?;
        Some(
            find_keys(command, &words)
                .into_iter()
                .map(|found| String::from_utf8_lossy(&words[found.position]).into_owned())
                .collect(),
        )
    }

    #[test]
    fn specs_find_keys_by_index_keyword_and_count() {
        assert_eq!(keys_of("get k").unwrap(), ["k"]);
        assert_eq!(keys_of("mset a 1 b 2").unwrap(), ["a", "b"]);
        assert_eq!(
            keys_of("xread count 2 streams s t 0 0").unwrap(),
            ["s", "t"]
        );
        assert_eq!(keys_of("eval s 2 a b c").unwrap(), ["a", "b"]);
        assert_eq!(keys_of("lmove a b left right").unwrap(), ["a", "b"]);
        assert_eq!(keys_of("object encoding k").unwrap(), ["k"]);
    }

    #[test]
    fn failing_specs_fall_back_to_the_commands_own_finder() {
        // A count string2ll refuses but atoi reads.
        assert_eq!(keys_of("zunionstore d 2a a b").unwrap(), ["a", "b", "d"]);
        assert_eq!(keys_of("zunion 0 a").unwrap(), Vec::<String>::new());
        assert_eq!(keys_of("eval s x").unwrap(), Vec::<String>::new());
        assert_eq!(keys_of("sort k by w store d").unwrap(), ["k", "d"]);
        assert_eq!(keys_of("sort k store").unwrap(), ["k"]);
    }

    #[test]
    fn finders_report_flags() {
        let words = |text: &str| -> Vec<Vec<u8>> {
            text.split(' ').map(|w| w.as_bytes().to_vec()).collect()
        };
        let set = words("set k v get");
        assert_eq!(
            find_keys(resolve(&set).unwrap(), &set)[0].flags,
            ["RW", "access", "update"]
        );
        let set = words("set k v");
        assert_eq!(
            find_keys(resolve(&set).unwrap(), &set)[0].flags,
            ["OW", "update"]
        );
        let bitfield = words("bitfield k get u8 0");
        assert_eq!(
            find_keys(resolve(&bitfield).unwrap(), &bitfield)[0].flags,
            ["RO", "access"]
        );
        let spublish = words("spublish c m");
        assert!(!may_have_keys(resolve(&spublish).unwrap()));
    }

    #[test]
    fn atoi_reads_like_c() {
        assert_eq!(atoi(b" 12x"), 12);
        assert_eq!(atoi(b"-3"), -3);
        assert_eq!(atoi(b"+4"), 4);
        assert_eq!(atoi(b"x"), 0);
        assert_eq!(atoi(b"4294967297"), 1);
        assert_eq!(atoi(b"99999999999999999999"), -1);
    }
}
