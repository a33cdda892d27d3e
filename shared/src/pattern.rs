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

/// What a letter with an accent may be typed as when the accent is left out: its base letter,
/// and for the German umlauts and ß the two-letter spellings a keyboard without them gives
/// ("fuer", "Strasse"). An umlaut dropped to its bare vowel is not read: it makes other words
/// ("andern", others, is not "ändern", to change).
fn unaccented(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'å' => "a",
        'ä' => "ae",
        'ç' => "c",
        'è' | 'é' | 'ê' | 'ë' => "e",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' => "o",
        'ö' => "oe",
        'ù' | 'ú' | 'û' => "u",
        'ü' => "ue",
        'ÿ' => "y",
        'ß' => "ss",
        'œ' => "oe",
        'æ' => "ae",
        _ => return None,
    })
}

/// Words of fewer letters keep their accents: in short words the accent often tells two words
/// apart ("dé" give and "de" of, "où" and "ou", "más" and "mas").
const BARE_ACCENTS_FROM: usize = 4;

/// `p` with each accented letter of a word of four letters or more also matching the letter
/// typed without its accent: `préféré` also matches "prefere", `Rückmeldung` "Rueckmeldung",
/// `recibirás` "recibiras". Sellers typing fast, on a phone or on a keyboard of
/// another country leave accents out, and a rule should read their words as it reads the same
/// words spelled in full. A word is a run of letters written outside a class, between any
/// other pattern syntax; letters inside `[…]` and after a backslash are left as written, so a
/// table keeps an accent that tells two words apart by writing it as a class (`usag[é]`, used,
/// is not `usage`).
pub(crate) fn bare_accents(p: &str) -> std::borrow::Cow<'_, str> {
    if p.is_ascii() {
        return p.into();
    }
    enum Piece<'a> {
        Letter(char),
        Syntax(&'a str),
    }
    let mut pieces = Vec::new();
    let mut class_depth = 0usize;
    let mut chars = p.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end = |chars: &mut std::iter::Peekable<std::str::CharIndices>| {
            chars.peek().map_or(p.len(), |&(j, _)| j)
        };
        match c {
            '\\' => {
                // The escape and the character it escapes, as written.
                chars.next();
                pieces.push(Piece::Syntax(&p[i..end(&mut chars)]));
            }
            '[' => {
                class_depth += 1;
                pieces.push(Piece::Syntax(&p[i..end(&mut chars)]));
            }
            ']' if class_depth > 0 => {
                class_depth -= 1;
                pieces.push(Piece::Syntax(&p[i..end(&mut chars)]));
            }
            c if class_depth == 0 && c.is_alphabetic() => pieces.push(Piece::Letter(c)),
            _ => pieces.push(Piece::Syntax(&p[i..end(&mut chars)])),
        }
    }
    let mut out = String::with_capacity(p.len() + 32);
    let mut k = 0;
    while k < pieces.len() {
        let Piece::Letter(_) = pieces[k] else {
            if let Piece::Syntax(s) = pieces[k] {
                out.push_str(s);
            }
            k += 1;
            continue;
        };
        let word_end = (k..pieces.len())
            .find(|&j| !matches!(pieces[j], Piece::Letter(_)))
            .unwrap_or(pieces.len());
        let long = word_end - k >= BARE_ACCENTS_FROM;
        for piece in &pieces[k..word_end] {
            let Piece::Letter(c) = *piece else { continue };
            match unaccented(c.to_lowercase().next().unwrap_or(c)).filter(|_| long) {
                Some(bare) if bare.len() == 1 => {
                    out.push('[');
                    out.push(c);
                    out.push_str(bare);
                    out.push(']');
                }
                Some(bare) => {
                    out.push_str("(?:");
                    out.push(c);
                    out.push('|');
                    out.push_str(bare);
                    out.push(')');
                }
                None => out.push(c),
            }
        }
        k = word_end;
    }
    out.into()
}

/// A pattern of a Latin-script word table as it is compiled: its accents optional in longer
/// words ([`bare_accents`]) and its `\w` read as Latin letters ([`latin_words`]).
pub(crate) fn latin_table(p: &str) -> std::borrow::Cow<'_, str> {
    match bare_accents(p) {
        std::borrow::Cow::Borrowed(p) => latin_words(p),
        std::borrow::Cow::Owned(bare) => latin_words(&bare).into_owned().into(),
    }
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

    #[test]
    fn accents_may_be_left_out_of_words_of_four_letters_or_more() {
        assert_eq!(bare_accents(r"\bavis\b"), r"\bavis\b");
        assert_eq!(bare_accents("préféré"), "pr[ée]f[ée]r[ée]");
        assert_eq!(bare_accents("für"), "für");
        assert_eq!(bare_accents("Rückmeldung"), "R(?:ü|ue)ckmeldung");
        assert_eq!(bare_accents("größe"), "gr(?:ö|oe)(?:ß|ss)e");
        // Short words keep their accents; so do classes and escapes.
        assert_eq!(bare_accents(r"\b(?:dé|où|más)\b"), r"\b(?:dé|où|más)\b");
        assert_eq!(bare_accents("[éè]tait"), "[éè]tait");
        assert_eq!(
            bare_accents(r"recibir[áa]s|recibirás?"),
            "recibir[áa]s|recibir[áa]s?"
        );
        // A group name and a quantifier end a word.
        assert_eq!(bare_accents("(?P<m>été)s?"), "(?P<m>été)s?");
        assert_eq!(bare_accents("réponse{1,2}"), "r[ée]ponse{1,2}");
        for (pattern, typed) in [
            ("préféré", "prefere"),
            ("Rückmeldung", "Rueckmeldung"),
            ("recensión", "recension"),
            ("perché", "perche"),
            ("cœur", "coeur"),
        ] {
            let re = regex::Regex::new(&format!("(?i)^{}$", bare_accents(pattern))).unwrap();
            assert!(re.is_match(typed), "{pattern} {typed}");
            assert!(re.is_match(pattern), "{pattern}");
        }
        let change = regex::Regex::new(&format!("(?i)^{}$", bare_accents("ändern"))).unwrap();
        assert!(change.is_match("aendern") && !change.is_match("andern"));
    }
}
