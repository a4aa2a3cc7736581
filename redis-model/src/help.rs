//! The `HELP` subcommands of Redis 7.0.15's container commands (`CONFIG HELP`, `OBJECT HELP`,
//! ...): their lines, kept in `help-7.0.15.txt` as the live server printed them.

use crate::Reply;

const HELP_TEXTS: &str = include_str!("../help-7.0.15.txt");

/// The reply to `<container> HELP` (an array of status lines), if Redis has one.
pub(crate) fn help_reply(container: &str) -> Option<Reply> {
    let mut lines = HELP_TEXTS.lines().filter(|line| !line.starts_with("# "));
    let heading = format!("## {container}");
    lines.find(|line| *line == heading)?;
    Some(Reply::Array(
        lines
            .take_while(|line| !line.starts_with("## "))
            .map(|line| Reply::Status(line.as_bytes().to_vec()))
            .collect(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_sections_are_found_whole() {
        let Some(Reply::Array(lines)) = help_reply("object") else {
            panic!("no OBJECT HELP");
        };
        assert_eq!(lines.len(), 15);
        assert_eq!(
            lines.last(),
            Some(&Reply::Status(b"    Prints this help.".to_vec()))
        );
        assert!(help_reply("nosuch").is_none());
    }
}
