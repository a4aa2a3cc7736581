//! Test support shared by the engines whose tests replay cases recorded with lua5.1.

/// Renders bytes the way the recording scripts did (`\xNN` outside a safe set).
pub fn escape(bytes: &[u8]) -> String {
    let safe = b" .+-_()[]^$*?%<>|,;:=!@#&/{}~`'";
    bytes
        .iter()
        .map(|&b| {
            if b.is_ascii_alphanumeric() || safe.contains(&b) {
                (b as char).to_string()
            } else {
                format!("\\x{b:02x}")
            }
        })
        .collect()
}
