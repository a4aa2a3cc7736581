//! How a chunk name appears in messages (5.1's `luaO_chunkid` with `LUA_IDSIZE` = 60).

/// Size of the C buffer 5.1 formats the name into for runtime messages and debug
/// information (`LUA_IDSIZE`), terminating NUL included.
const ID_SIZE: usize = 60;
/// The larger buffer the 5.1 scanner uses for syntax error messages (`MAXSRC`).
pub const SYNTAX_ID_SIZE: usize = 80;

/// `"@f.lua"` gives `f.lua` (a long name keeps its tail after `...`), `"=x"` gives `x`,
/// anything else is source text and gives `[string "first line..."]`.
pub fn chunk_id(chunk_name: &[u8]) -> Vec<u8> {
    chunk_id_within(chunk_name, ID_SIZE)
}

/// [`chunk_id`] for a C buffer of `id_size` bytes.
pub fn chunk_id_within(chunk_name: &[u8], id_size: usize) -> Vec<u8> {
    // 5.1 handles the name as a C string.
    let name = match chunk_name.iter().position(|&b| b == 0) {
        Some(nul) => &chunk_name[..nul],
        None => chunk_name,
    };
    match name.first() {
        Some(b'=') => name[1..].iter().take(id_size - 1).copied().collect(),
        Some(b'@') => {
            let file = &name[1..];
            let room = id_size - " '...' ".len() - 1;
            if file.len() > room {
                let mut out = b"...".to_vec();
                out.extend_from_slice(&file[file.len() - room..]);
                out
            } else {
                file.to_vec()
            }
        }
        _ => {
            let first_line_end = name
                .iter()
                .position(|&b| b == b'\n' || b == b'\r')
                .unwrap_or(name.len());
            let room = id_size - " [string \"...\"] ".len() - 1;
            let shown = first_line_end.min(room);
            let mut out = b"[string \"".to_vec();
            out.extend_from_slice(&name[..shown]);
            if shown < name.len() {
                out.extend_from_slice(b"...");
            }
            out.extend_from_slice(b"\"]");
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        assert_eq!(chunk_id(b"=stdin"), b"stdin");
        assert_eq!(chunk_id(b"@f.lua"), b"f.lua");
        assert_eq!(chunk_id(b"x = 1"), b"[string \"x = 1\"]");
        assert_eq!(chunk_id(b"x\ny"), b"[string \"x...\"]");
        assert_eq!(chunk_id(b""), b"[string \"\"]");
        let long = [b'a'; 100];
        let mut at = b"@".to_vec();
        at.extend_from_slice(&long);
        assert_eq!(chunk_id(&at), [b"...".as_slice(), &long[..52]].concat());
        assert_eq!(
            chunk_id(&long),
            [b"[string \"".as_slice(), &long[..43], b"...\"]"].concat()
        );
        let mut eq = b"=".to_vec();
        eq.extend_from_slice(&long);
        assert_eq!(chunk_id(&eq), &long[..59]);
        assert_eq!(chunk_id_within(&eq, SYNTAX_ID_SIZE), &long[..79]);
        assert_eq!(
            chunk_id_within(&long, SYNTAX_ID_SIZE),
            [b"[string \"".as_slice(), &long[..63], b"...\"]"].concat()
        );
    }
}
