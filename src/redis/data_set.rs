//! A case's initial Redis data, from its `-- @data:` header lines: commands separated by `;`,
//! words separated by spaces. A word may be double-quoted to hold spaces, `;` or escapes
//! (`\"`, `\\`, `\n`, `\r`, `\t`, `\xHH`). Example: `-- @data: SET k v ; HSET h f "two words"`.

/// Parses one directive's text into commands (each a list of words).
pub fn parse_data_set(text: &str) -> Result<Vec<Vec<Vec<u8>>>, String> {
    let mut commands = Vec::new();
    let mut words: Vec<Vec<u8>> = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' => {}
            ';' => {
                if !words.is_empty() {
                    commands.push(std::mem::take(&mut words));
                }
            }
            '"' => {
                let mut word = Vec::new();
                loop {
                    match chars.next() {
                        None => return Err("unterminated quoted word".to_string()),
                        Some('"') => break,
                        Some('\\') => word.push(unescape(&mut chars)?),
                        Some(other) => push_char(&mut word, other),
                    }
                }
                words.push(word);
            }
            other => {
                let mut word = Vec::new();
                push_char(&mut word, other);
                while let Some(&next) = chars.peek() {
                    if matches!(next, ' ' | '\t' | ';' | '"') {
                        break;
                    }
                    push_char(&mut word, next);
                    chars.next();
                }
                words.push(word);
            }
        }
    }
    if !words.is_empty() {
        commands.push(words);
    }
    Ok(commands)
}

fn push_char(word: &mut Vec<u8>, c: char) {
    let mut buffer = [0; 4];
    word.extend_from_slice(c.encode_utf8(&mut buffer).as_bytes());
}

fn unescape(chars: &mut impl Iterator<Item = char>) -> Result<u8, String> {
    Ok(match chars.next() {
        Some('n') => b'\n',
        Some('r') => b'\r',
        Some('t') => b'\t',
        Some('"') => b'"',
        Some('\\') => b'\\',
        Some('x') => {
            let hex: String = chars.take(2).collect();
            u8::from_str_radix(&hex, 16).map_err(|_| format!("bad escape \\x{hex}"))?
        }
        Some(other) => return Err(format!("unknown escape \\{other}")),
        None => return Err("escape at the end of the line".to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(command: &[&str]) -> Vec<Vec<u8>> {
        command
            .iter()
            .map(|word| word.as_bytes().to_vec())
            .collect()
    }

    #[test]
    fn splits_commands_and_words() {
        let parsed = parse_data_set("SET k v ; HSET h f \"two words;\"  ;; RPUSH l a").unwrap();
        assert_eq!(
            parsed,
            vec![
                words(&["SET", "k", "v"]),
                words(&["HSET", "h", "f", "two words;"]),
                words(&["RPUSH", "l", "a"]),
            ]
        );
    }

    #[test]
    fn quoted_words_take_escapes() {
        let parsed = parse_data_set(r#"SET "a\"b" "\x00\n" """#).unwrap();
        assert_eq!(
            parsed,
            vec![vec![
                b"SET".to_vec(),
                b"a\"b".to_vec(),
                b"\x00\n".to_vec(),
                Vec::new()
            ]]
        );
        assert!(parse_data_set("SET \"open").is_err());
        assert!(parse_data_set(r#"SET "\q""#).is_err());
    }
}
