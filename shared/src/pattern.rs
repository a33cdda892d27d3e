//! Helpers for the regular expressions of the word tables (the lint's and the triage's).

/// The letters a word of the tables' Latin-script languages is made of: Latin letters with
/// their accents (precomposed, or combining marks after the letter), digits, `_` and `µ`.
pub(crate) const LATIN_WORD: &str = r"[\p{Latin}0-9_\x{B5}\x{300}-\x{36F}]";

/// `p` with every `\w` read as [`LATIN_WORD`], for the word tables of English, German, French,
/// Italian and Spanish (the lint's and the triage's). Unicode's `\w` spans every script: each
/// one in a pattern compiles to an automaton of some 300 states forward and 1,400 in reverse
/// (57 KB), and the lint's tables hold over a thousand of them, many inside repetitions.
/// Compiled as written they took 0.8 s and 200 MB, and a Lambda function linting a pushed
/// config at its first start peaked at 350 MB, over the 256 MB it has. The narrow class matches
/// the same words of those languages at a tenth of the size. `\b` and `\W` keep their Unicode
/// meaning; tables of other scripts (Japanese) are compiled as written.
pub(crate) fn latin_words(p: &str) -> std::borrow::Cow<'_, str> {
    if !p.contains(r"\w") {
        return p.into();
    }
    let mut out = String::with_capacity(p.len() + 64);
    let mut chars = p.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            // A class nested in a class is the union of both, so this also holds inside `[…]`.
            Some('w') => out.push_str(LATIN_WORD),
            Some(next) => {
                out.push(c);
                out.push(next);
            }
            None => out.push(c),
        }
    }
    out.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_words_rewrites_only_the_word_class() {
        let w = LATIN_WORD;
        assert_eq!(latin_words(r"\bavis\b"), r"\bavis\b");
        assert_eq!(latin_words(r"\w+geschenk"), format!("{w}+geschenk"));
        assert_eq!(
            latin_words(r"(?:[\w'-]+\s+){0,4}"),
            format!("(?:[{w}'-]+\\s+){{0,4}}")
        );
        // An escaped backslash before a `w` is a backslash and a letter; `\W` keeps its meaning.
        assert_eq!(latin_words(r"a\\w\W"), r"a\\w\W");
        assert_eq!(latin_words(r"\w\\"), format!("{w}\\\\"));
    }

    #[test]
    fn the_latin_word_class_is_the_word_class_of_the_tables_languages() {
        let unicode = regex::Regex::new(r"^\w$").unwrap();
        let latin = regex::Regex::new(&format!("^{LATIN_WORD}$")).unwrap();
        let folded = regex::Regex::new(&format!("(?i)^[{LATIN_WORD}'-]$")).unwrap();
        let mut checked = 0;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let s = c.to_string();
            if latin.is_match(&s) {
                // Never a char Unicode's `\w` leaves out, even case-folded inside a class.
                assert!(unicode.is_match(&s), "{c:?} U+{:04X}", c as u32);
            }
            if folded.is_match(&s) {
                assert!(
                    unicode.is_match(&s) || "'-".contains(c),
                    "{c:?} U+{:04X}",
                    c as u32
                );
            }
            // Every letter, digit and accent of Latin script that `\w` takes.
            let latin_block = matches!(c as u32, 0x30..=0x24F | 0x300..=0x36F | 0x1E00..=0x1EFF);
            if latin_block && unicode.is_match(&s) {
                assert!(latin.is_match(&s), "{c:?} U+{:04X}", c as u32);
                checked += 1;
            }
        }
        assert!(checked > 700, "{checked}");
        for word in [
            "Überraschungsgeschenk",
            "Straße",
            "cœur",
            "préféré",
            "niño",
            "perché",
            "e\u{301}te\u{301}",
        ] {
            let re = regex::Regex::new(&format!("^{LATIN_WORD}+$")).unwrap();
            assert!(re.is_match(word), "{word}");
        }
    }
}
