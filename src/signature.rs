//! Signatures: one stable name for the same bug seen in many cases.
//!
//! A divergence's *fingerprint* is a short text describing the first difference with everything
//! case-specific masked:
//! - quoted text (`'name'`, `"text"`, and so `[string "..."]` chunk names) → `'<q>'` / `"<q>"`;
//! - file-like chunk names (`tables/sort.lua`) → `<chunk>`;
//! - numbers (line numbers, values, `0x…` addresses) → `<n>`.
//!
//! The *signature* is `<category>:<first 12 hex digits of SHA-1(category "\n" fingerprint)>`,
//! e.g. `error-message:3fa2b1c9d0e4`. It depends on the order of the engines (`left`/`right`).

use sha1::{Digest, Sha1};

/// Hex digits of the hash kept in a signature.
const HASH_DIGITS: usize = 12;

/// The signature of a divergence of `category` with `fingerprint`.
pub fn signature(category: &str, fingerprint: &str) -> String {
    let mut hasher = Sha1::new();
    hasher.update(category.as_bytes());
    hasher.update(b"\n");
    hasher.update(fingerprint.as_bytes());
    let digest = hasher.finalize();
    let hex: String = digest.iter().map(|byte| format!("{byte:02x}")).collect();
    format!("{category}:{}", &hex[..HASH_DIGITS])
}

/// Masks the case-specific parts of a message (see the module documentation).
pub fn mask(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut masked = String::with_capacity(text.len());
    let mut index = 0;
    while index < chars.len() {
        let current = chars[index];
        if current == '\'' || current == '"' {
            if let Some(length) = quoted_length(&chars[index + 1..], current) {
                masked.push(current);
                masked.push_str("<q>");
                masked.push(current);
                index += length + 2;
                continue;
            }
        }
        if is_word_char(current) && (index == 0 || !is_word_char(chars[index - 1])) {
            let end = index
                + chars[index..]
                    .iter()
                    .take_while(|&&c| is_word_char(c))
                    .count();
            let word: String = chars[index..end].iter().collect();
            masked.push_str(&mask_word(&word));
            index = end;
            continue;
        }
        masked.push(current);
        index += 1;
    }
    masked
}

/// Characters that make up words, paths and numbers.
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '/' | '-' | '+')
}

/// Characters up to the closing `quote` on the same line, if it closes.
fn quoted_length(rest: &[char], quote: char) -> Option<usize> {
    rest.iter()
        .take_while(|&&c| c != '\n')
        .position(|&c| c == quote)
}

fn mask_word(word: &str) -> String {
    if word.ends_with(".lua") {
        return "<chunk>".to_string();
    }
    // Split into runs: numeric runs start with a digit (or a sign/point directly before one) that
    // is not glued to a preceding letter, like `x1`.
    let chars: Vec<char> = word.chars().collect();
    let mut out = String::new();
    let mut index = 0;
    while index < chars.len() {
        let c = chars[index];
        let glued =
            index > 0 && (chars[index - 1].is_ascii_alphabetic() || chars[index - 1] == '_');
        if c.is_ascii_digit() && !glued {
            let end = index + number_length(&chars[index..]);
            out.push_str("<n>");
            index = end;
        } else {
            out.push(c);
            index += 1;
        }
    }
    out
}

/// Length of the number starting at `chars[0]` (a digit): decimal, hex or with an exponent.
fn number_length(chars: &[char]) -> usize {
    let mut length = 0;
    let hex = chars.len() > 1 && chars[0] == '0' && matches!(chars[1], 'x' | 'X');
    if hex {
        length = 2;
        length += chars[2..]
            .iter()
            .take_while(|c| c.is_ascii_hexdigit())
            .count();
        return length;
    }
    while length < chars.len() {
        let c = chars[length];
        let exponent_sign = matches!(c, '+' | '-') && matches!(chars[length - 1], 'e' | 'E');
        if c.is_ascii_digit() || c == '.' || matches!(c, 'e' | 'E') || exponent_sign {
            length += 1;
        } else {
            break;
        }
    }
    length
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_positions_names_and_numbers() {
        assert_eq!(
            mask("tables/sort.lua:12: attempt to index local 'x' (a nil value)"),
            "<chunk>:<n>: attempt to index local '<q>' (a nil value)"
        );
        assert_eq!(
            mask("[string \"return 1 +\"]:1: unexpected symbol near '<eof>'"),
            "[string \"<q>\"]:<n>: unexpected symbol near '<q>'"
        );
        assert_eq!(mask("table: 0x55d0c8a2b3c0"), "table: <n>");
        assert_eq!(mask("value 1.5e+10 and -3"), "value <n> and -<n>");
        assert_eq!(mask("var1 utf8"), "var1 utf8");
    }

    #[test]
    fn same_bug_in_different_places_shares_a_signature() {
        let a = mask("a/x.lua:3: attempt to call global 'foo' (a nil value)");
        let b = mask("b/y.lua:40: attempt to call global 'bar' (a nil value)");
        assert_eq!(
            signature("error-message", &a),
            signature("error-message", &b)
        );
        let c = mask("b/y.lua:40: attempt to index global 'bar' (a nil value)");
        assert_ne!(
            signature("error-message", &a),
            signature("error-message", &c)
        );
        assert!(signature("status", &a).starts_with("status:"));
        assert_eq!(signature("status", &a).len(), "status:".len() + HASH_DIGITS);
    }
}
