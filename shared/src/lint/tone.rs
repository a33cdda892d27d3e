//! Tone and subject rules: no ALL-CAPS shouting or piles of "!!!", no fake "Re:"/"Fwd:"
//! subjects, "[Important]" only where the order needs it, the store name in the subject.

use std::sync::LazyLock;

use regex::Regex;

use super::scan::{Scanned, TeraKind};
use super::{lang, rule, Hit, LintContext};

/// All-caps words that are names, not shouting.
const ACRONYMS: &[&str] = &[
    "FBA", "FBM", "USB", "LED", "LCD", "PDF", "ASIN", "SKU", "US", "USA", "UK", "EU", "DIY", "FAQ",
    "HDMI", "DVD", "GPS", "RGB", "UPS", "USPS", "DHL", "DPD", "GLS", "FEDEX", "TNT", "API", "APP",
    "IOS", "WIFI", "WLAN", "SSD", "HDD", "RAM", "CPU", "GPU", "NFC", "BPA", "PVC", "ABS", "ROHS",
    "FCC", "IPX", "AAA", "MAH", "KWH", "PSI", "RPM", "AMAZON", "PRIME", "ISBN", "EAN", "UPC",
    "JAN", "QTY", "ETA", "FAQS", "MWST", "UST", "GMBH", "LLC", "LTD", "INC", "JIS", "PSE",
];

static EXCLAMATIONS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:[!❗❕]\s?){3,}|‼\s?[!‼❗❕]|[!❗❕]\s?‼").expect("built-in pattern")
});
/// Reply prefixes of languages without a table of their own (Nordic "SV:"/"VS:").
const OTHER_REPLY_PREFIXES: &str = "sv|vs";

static REPLY_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    let words = lang::subject_words(|l| l.reply_prefixes);
    Regex::new(&format!(r"(?i)^\s*(?P<m>(?:[\[(【「『〔]\s*)?(?:{words}|{OTHER_REPLY_PREFIXES})\s*(?:\[\d+\]|\(\d+\))?\s*(?::|[\])】」』〕]))"))
        .expect("built-in pattern")
});
/// An urgency tag in any bracket ("[Important]", "【重要】", "(Urgente)"), or one leading the
/// subject with a colon ("Wichtig: …").
static IMPORTANT_TAG: LazyLock<Regex> = LazyLock::new(|| {
    let words = lang::subject_words(|l| l.important_tags);
    Regex::new(&format!(
        r"(?i)[\[(【「『〔<《{{*]\s*(?:{words})\s*!?\s*[\])】」』〕>》}}*]|^\s*(?:{words})\s*[:!]"
    ))
    .expect("built-in pattern")
});

pub(super) fn check(scan: &Scanned, hits: &mut Vec<Hit>) {
    for (s, e) in scan.text.find(&EXCLAMATIONS) {
        hits.push(Hit::warning(
            rule::EXCLAMATION_PILE,
            s,
            format!(
                "pile of exclamation marks (\"{}\"): one is enough",
                scan.excerpt(s, e)
            ),
        ));
    }
    for (s, e) in shouting(&scan.text.s) {
        hits.push(Hit::warning(
            rule::SHOUTING_CAPS,
            s,
            format!(
                "ALL-CAPS shouting (\"{}\"): write in sentence case",
                scan.excerpt(s, e)
            ),
        ));
    }
}

/// Char ranges of runs of three or more all-caps words of three or more letters (acronyms and
/// short words may sit in a run but do not count). A line break ends a run.
fn shouting(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut run: Option<(usize, usize, usize)> = None; // start, end, counted words
    let mut close = |run: &mut Option<(usize, usize, usize)>| {
        if let Some((s, e, n)) = run.take() {
            if n >= 3 {
                out.push((s, e));
            }
        }
    };
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            close(&mut run);
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && (chars[i].is_alphanumeric() || (chars[i] == '\'' && i > start)) {
            i += 1;
        }
        let word: String = chars[start..i].iter().collect();
        let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.is_empty() {
            continue;
        }
        if !letters.iter().all(|c| c.is_uppercase()) {
            close(&mut run);
            continue;
        }
        let counts = letters.len() >= 3 && !ACRONYMS.contains(&word.as_str());
        let (s, _, n) = run.unwrap_or((start, i, 0));
        run = Some((s, i, n + usize::from(counts)));
    }
    close(&mut run);
    out
}

pub(super) fn check_subject(subject: &Scanned, ctx: &LintContext, hits: &mut Vec<Hit>) {
    if let Some((s, e)) = subject.text.find(&REPLY_PREFIX).first() {
        hits.push(Hit::error(
            rule::SUBJECT_REPLY_PREFIX,
            *s,
            format!(
                "subject starts with \"{}\", pretending to answer the buyer: remove the prefix",
                subject.excerpt(*s, *e)
            ),
        ));
    }
    if let Some((s, e)) = subject.text.find(&IMPORTANT_TAG).first() {
        let tag = subject.excerpt(*s, *e);
        match ctx.kind {
            Some(kind) if kind.is_order_critical() => {}
            Some(kind) => hits.push(Hit::error(
                rule::SUBJECT_IMPORTANT_TAG,
                *s,
                format!("\"{tag}\" in the subject of a {kind} email: only messages needed to complete the order may use it"),
            )),
            None => hits.push(Hit::error(
                rule::SUBJECT_IMPORTANT_TAG,
                *s,
                format!("\"{tag}\" in the subject of an email of unknown kind: only messages needed to complete the order may use it (name the kind to lint it as one)"),
            )),
        }
    }
    let names_store = subject
        .tera
        .iter()
        .any(|t| t.kind == TeraKind::Expr && t.path() == "store.name");
    if !names_store {
        hits.push(Hit::warning(
            rule::SUBJECT_MISSING_STORE_NAME,
            0,
            "subject does not name the store: add {{ store.name }}, buyers scan subjects for it"
                .into(),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_counted_caps_words_shout() {
        assert_eq!(shouting("PLEASE READ THIS now").len(), 1);
        assert!(shouting("THANK YOU SO").is_empty());
        assert!(shouting("USB LED PDF cable").is_empty());
        assert!(shouting("PLEASE READ\nTHIS").is_empty());
        assert_eq!(shouting("DON'T MISS THIS, OKAY").len(), 1);
    }

    #[test]
    fn reply_prefixes_are_recognised() {
        for s in [
            "Re: order",
            "RE:order",
            " Fwd: x",
            "AW: Ihre Bestellung",
            "WG: x",
            "「Re:」ご注文",
            "[Re] x",
            "FW[2]: x",
        ] {
            assert!(REPLY_PREFIX.is_match(s), "{s}");
        }
        for s in [
            "Regarding your order",
            "Reorder tips",
            "Awesome news",
            "Fwiw",
        ] {
            assert!(!REPLY_PREFIX.is_match(s), "{s}");
        }
    }
}
