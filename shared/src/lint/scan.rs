//! Turns one part of a template (subject or body) into plain text the rules can read.
//!
//! Every derived string keeps exactly one char per char of the source, so a char index found in
//! any of them is a position in the source: tera blocks and HTML tags are blanked (newlines kept),
//! never removed.

use std::sync::LazyLock;

use regex::Regex;

use super::Part;

/// Stands in, in [`Scanned::markup`], for every char of a `{{ … }}` expression.
pub(super) const VAR: char = '\u{E000}';

/// A string whose char indices line up with the source's.
pub(super) struct Aligned {
    pub(super) s: String,
    /// Byte offset of each char, plus `s.len()` at the end.
    starts: Vec<usize>,
    /// Whether `s` holds a letter that matches an ASCII one when case is ignored.
    odd_case: bool,
}

impl Aligned {
    fn new(chars: &[char]) -> Self {
        let s: String = chars.iter().collect();
        let mut starts: Vec<usize> = s.char_indices().map(|(b, _)| b).collect();
        starts.push(s.len());
        let odd_case = super::lang::Haystack::new(&s).odd_case;
        Self {
            s,
            starts,
            odd_case,
        }
    }

    /// Char index of a byte offset (regex match offsets always fall on char boundaries).
    pub(super) fn char_at(&self, byte: usize) -> usize {
        self.starts.partition_point(|&b| b < byte)
    }

    /// Byte offset of a char index, clamped to the end of the string.
    pub(super) fn byte_at(&self, ch: usize) -> usize {
        self.starts[ch.min(self.starts.len() - 1)]
    }

    /// Whether a table's pattern matches starting exactly at char `ci`.
    pub(super) fn matches_at(&self, p: &super::lang::Pattern, ci: usize) -> bool {
        p.matches_at(&self.s, self.byte_at(ci))
    }

    /// Char range of every match of a table's pattern (of its group `m` when it names one).
    pub(super) fn find_pattern(&self, p: &super::lang::Pattern) -> Vec<(usize, usize)> {
        let hay = super::lang::Haystack {
            text: &self.s,
            odd_case: self.odd_case,
        };
        p.find_bytes(&hay)
            .into_iter()
            .map(|(s, e)| (self.char_at(s), self.char_at(e)))
            .collect()
    }

    /// Char range of every match of `re` (of its group `m` when the pattern names one, so a
    /// pattern can consume a boundary char without reporting it).
    pub(super) fn find(&self, re: &Regex) -> Vec<(usize, usize)> {
        let span = |m: regex::Match<'_>| (self.char_at(m.start()), self.char_at(m.end()));
        // Asking for groups runs a slower engine; most patterns have none worth asking for.
        // A pattern without groups says so in a field; reading the names of its groups costs more
        // than many a search.
        let no_groups = re.static_captures_len() == Some(1);
        if no_groups || !re.capture_names().any(|n| n == Some("m")) {
            return re
                .find_iter(&self.s)
                .filter(|m| !m.is_empty())
                .map(span)
                .collect();
        }
        re.captures_iter(&self.s)
            .filter_map(|c| c.name("m").or_else(|| c.get(0)))
            .filter(|m| !m.is_empty())
            .map(span)
            .collect()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TeraKind {
    /// `{{ … }}`
    Expr,
    /// `{% … %}`
    Tag,
    /// `{# … #}`
    Comment,
}

/// One tera block, by char range.
pub(super) struct TeraSpan {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) kind: TeraKind,
    /// What is between the delimiters, trimmed of whitespace-control dashes.
    pub(super) inner: String,
}

impl TeraSpan {
    /// The variable an expression starts with: `links.product_review` for
    /// `{{ links.product_review | safe }}`.
    pub(super) fn path(&self) -> &str {
        let end = self
            .inner
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
            .unwrap_or(self.inner.len());
        &self.inner[..end]
    }

    /// Whether this is a `{{ links.* }}` expression: a marketplace link built by Aftercare.
    pub(super) fn is_link_var(&self) -> bool {
        self.kind == TeraKind::Expr && self.path().starts_with("links.")
    }
}

/// One HTML start or end tag, by char range.
pub(super) struct HtmlTag {
    pub(super) start: usize,
    /// Where the tag ends (after its `>`).
    pub(super) end: usize,
    pub(super) name: String,
    pub(super) closing: bool,
    pub(super) attrs: Vec<Attr>,
}

pub(super) struct Attr {
    pub(super) name: String,
    /// The value as in [`Scanned::markup`]: `{{ … }}` chars are [`VAR`].
    pub(super) value: String,
    pub(super) value_start: usize,
}

impl HtmlTag {
    pub(super) fn attr(&self, name: &str) -> Option<&Attr> {
        self.attrs.iter().find(|a| a.name == name)
    }
}

/// One template part, ready for the rules.
pub(super) struct Scanned {
    pub(super) part: Part,
    /// The part as the rules see it: the source, with the entities that stand for letters
    /// decoded in a body and invisible format chars dropped (see [`unhide_letters`]).
    raw: Vec<char>,
    /// The source's char index of each char of `raw`, and of its end.
    origin: Vec<usize>,
    /// Char index at which each line of the source starts.
    line_starts: Vec<usize>,
    base_line: usize,
    base_col: usize,
    /// The source, normalised (full-width ASCII to ASCII, dashes to `-`), with `{{ … }}` as
    /// [`VAR`] chars and `{% … %}` / `{# … #}` as spaces. HTML is still there.
    pub(super) markup: Aligned,
    /// What the buyer reads: `markup` with HTML tags, comments, `<style>`/`<script>` and
    /// variables blanked, entities decoded, block tags turned into paragraph breaks.
    pub(super) text: Aligned,
    pub(super) tera: Vec<TeraSpan>,
    pub(super) tags: Vec<HtmlTag>,
    /// Char indices at which a new sentence starts, ascending.
    boundaries: Vec<usize>,
    /// The word tables' findings in `text`, by concept, kept from the first search.
    pub(super) concept_spans: super::lang::SpanMemo,
}

static HTML_HIDDEN: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        r"(?s)<!--.*?(?:-->|\z)",
        r"(?is)<style\b[^>]*>.*?(?:</style\s*>|\z)",
        r"(?is)<script\b[^>]*>.*?(?:</script\s*>|\z)",
        r"(?is)<head\b[^>]*>.*?(?:</head\s*>|\z)",
        r"<![^<>]*>",
    ]
    .iter()
    .map(|p| Regex::new(p).expect("built-in pattern"))
    .collect()
});
static HTML_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"<(/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^<>"']|"[^"]*"|'[^']*')*)>"#)
        .expect("built-in pattern")
});
static HTML_ATTR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>`]+)))?"#)
        .expect("built-in pattern")
});
static ENTITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));")
        .expect("built-in pattern")
});

const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "tr",
    "td",
    "th",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "center",
    "body",
    "title",
];

impl Scanned {
    /// Scans `src`, whose first char sits at `base_line`:`base_col` of the file. Only bodies
    /// are read as HTML; a subject is plain text.
    pub(super) fn new(src: &str, part: Part, base_line: usize, base_col: usize) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(
            src.chars()
                .enumerate()
                .filter(|&(_, c)| c == '\n')
                .map(|(i, _)| i + 1),
        );
        // What a `{% set %}` holds is read where it is printed, as the buyer reads it.
        let (raw, origin) = match expand_set_values(src) {
            Some((expanded, at)) => {
                let (raw, origin) = unhide_letters(&expanded, part == Part::Body);
                (raw, origin.into_iter().map(|i| at[i]).collect())
            }
            None => unhide_letters(src, part == Part::Body),
        };

        let mut chars: Vec<char> = raw.iter().map(|&c| normalize(c)).collect();
        let tera = find_tera(&chars);
        for span in &tera {
            let fill = if span.kind == TeraKind::Expr {
                VAR
            } else {
                ' '
            };
            blank(&mut chars, span.start, span.end, fill);
        }
        let markup = Aligned::new(&chars);

        let mut tags = Vec::new();
        if part == Part::Body {
            tags = strip_html(&markup, &mut chars);
            decode_entities(&mut chars);
        }
        // Sentences are found while `{{ … }}` still shows, so a line that ends on a link ends
        // its sentence.
        let boundaries = sentence_starts(&chars);
        for c in chars.iter_mut() {
            if *c == VAR {
                *c = ' ';
            }
        }
        let text = Aligned::new(&chars);
        Self {
            part,
            raw,
            origin,
            line_starts,
            base_line,
            base_col,
            markup,
            text,
            tera,
            tags,
            boundaries,
            concept_spans: super::lang::SpanMemo::default(),
        }
    }

    /// Number of chars in the part.
    pub(super) fn len(&self) -> usize {
        self.raw.len()
    }

    /// 1-based line and column (in chars) of a char index, in the file's coordinates.
    pub(super) fn pos(&self, ci: usize) -> (usize, usize) {
        let ci = self.origin[ci.min(self.raw.len())];
        let line = self.line_starts.partition_point(|&s| s <= ci) - 1;
        let col = ci - self.line_starts[line] + 1;
        let col = if line == 0 {
            col + self.base_col - 1
        } else {
            col
        };
        (self.base_line + line, col)
    }

    /// The `{% if %}` / `{% for %}` blocks a char sits in, outermost first: each block's
    /// opening tag (its index in [`Self::tera`]) and which of its branches holds the char
    /// (0 for the first, one more after each `{% elif %}` or `{% else %}`).
    fn branch_path(&self, ci: usize) -> Vec<(usize, usize)> {
        let mut open: Vec<(usize, usize)> = Vec::new();
        for (k, span) in self.tera.iter().enumerate() {
            if span.start >= ci {
                break;
            }
            if span.kind != TeraKind::Tag {
                continue;
            }
            match span.inner.split_whitespace().next().unwrap_or("") {
                "if" | "for" => open.push((k, 0)),
                "elif" | "else" => {
                    if let Some(block) = open.last_mut() {
                        block.1 += 1;
                    }
                }
                "endif" | "endfor" => {
                    open.pop();
                }
                _ => {}
            }
        }
        open
    }

    /// Whether two chars sit in different branches of the same `{% if %}` (or a `{% for %}`
    /// and its `{% else %}`), so that an email holds one or the other, never both.
    pub(super) fn branches_apart(&self, a: usize, b: usize) -> bool {
        let (a, b) = (self.branch_path(a), self.branch_path(b));
        for (x, y) in a.iter().zip(&b) {
            if x.0 != y.0 {
                return false;
            }
            if x.1 != y.1 {
                return true;
            }
        }
        false
    }

    /// Index of the sentence a char belongs to.
    pub(super) fn sentence_of(&self, ci: usize) -> usize {
        self.boundaries.partition_point(|&b| b <= ci)
    }

    /// Number of sentences (the last may be empty).
    pub(super) fn sentence_count(&self) -> usize {
        self.boundaries.len() + 1
    }

    /// Char range of sentence `i`.
    pub(super) fn sentence_range(&self, i: usize) -> (usize, usize) {
        let from = if i == 0 {
            0
        } else {
            self.boundaries[(i - 1).min(self.boundaries.len() - 1)]
        };
        let to = self.boundaries.get(i).copied().unwrap_or(self.raw.len());
        (from.min(self.raw.len()), to.min(self.raw.len()))
    }

    /// Non-blank chars of the buyer-visible text between two char indices.
    pub(super) fn visible_between(&self, from: usize, to: usize) -> usize {
        if to <= from {
            return 0;
        }
        let (a, b) = (self.text.byte_at(from), self.text.byte_at(to));
        self.text.s[a..b]
            .chars()
            .filter(|c| !c.is_whitespace())
            .count()
    }

    /// The source between two char indices, whitespace collapsed, shortened for a message.
    pub(super) fn excerpt(&self, start: usize, end: usize) -> String {
        const MAX: usize = 40;
        let end = end.min(self.raw.len());
        let start = start.min(end);
        let mut out = String::new();
        let mut last_space = false;
        // A message quotes what the buyer reads and the variables, not the markup around it.
        let in_tag = |i: usize| {
            let t = self.tags.partition_point(|t| t.start <= i);
            t > 0 && i < self.tags[t - 1].end
        };
        // Text inside a tag the buyer still reads (an image's `alt`, a `title`) is quoted as it is.
        let all_in_tag = (start..end).all(in_tag);
        for (i, &c) in self.raw[start..end].iter().enumerate() {
            if c.is_whitespace() || (in_tag(start + i) && !all_in_tag) {
                if !last_space && !out.is_empty() {
                    out.push(' ');
                }
                last_space = true;
            } else {
                out.push(c);
                last_space = false;
            }
        }
        let trimmed = out.trim_end();
        if trimmed.chars().count() > MAX {
            let short: String = trimmed.chars().take(MAX - 1).collect();
            format!("{short}…")
        } else {
            trimmed.to_string()
        }
    }

    /// The buyer-visible text between two char indices.
    pub(super) fn text_between(&self, start: usize, end: usize) -> &str {
        let (a, b) = (self.text.byte_at(start), self.text.byte_at(end.max(start)));
        &self.text.s[a..b]
    }
}

/// The part with what hides a word's letters from the rules taken out: entities that stand for a
/// letter or an apostrophe (`Qualit&auml;t`, `r&eacute;vision`, `l&rsquo;adorez`, `&#233;`)
/// decoded, in a body only, and soft hyphens and zero-width chars (`Bewer&shy;tung`, U+200B)
/// dropped. Either would otherwise split a word in two. Returns the chars and, for each and for
/// the end, the source's char index it came from. Entities that stand for markup or spacing
/// (`&lt;`, `&amp;`, `&nbsp;`) stay, for the HTML reading to decode in place.
fn unhide_letters(src: &str, html: bool) -> (Vec<char>, Vec<usize>) {
    let hidden = |c: char| {
        matches!(
            c,
            '\u{AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}'
        )
    };
    let mut chars = Vec::with_capacity(src.len());
    let mut origin = Vec::with_capacity(src.len() + 1);
    let mut at = 0; // the source's char index of `rest`'s start
    let mut rest = src;
    while let Some(c) = rest.chars().next() {
        let entity = if html && c == '&' {
            ENTITY.find(rest).filter(|m| m.start() == 0)
        } else {
            None
        };
        if let Some(m) = entity {
            let decoded = html_escape::decode_html_entities(m.as_str());
            let mut one = decoded.chars();
            let letter = match (one.next(), one.next()) {
                (Some(d), None)
                    if d != '&' && (d.is_alphabetic() || d == '\u{2019}' || d == '\u{2018}') =>
                {
                    Some(d)
                }
                (Some(d), None) if hidden(d) => None,
                _ => {
                    // Markup or spacing: left for the HTML reading.
                    chars.push(c);
                    origin.push(at);
                    rest = &rest[c.len_utf8()..];
                    at += 1;
                    continue;
                }
            };
            if let Some(d) = letter {
                chars.push(d);
                origin.push(at);
            }
            at += m.as_str().chars().count();
            rest = &rest[m.end()..];
            continue;
        }
        if let Some(full) = full_width_kana(c) {
            // Half-width katakana typed on a phone (ﾚﾋﾞｭｰ): a voicing mark after its kana
            // joins it, as the full-width letter would hold it (ﾋﾞ → ビ).
            let mark = rest[c.len_utf8()..].chars().next();
            if let Some((m, voiced)) = mark.and_then(|m| Some((m, voice(full, m)?))) {
                chars.push(voiced);
                origin.push(at);
                rest = &rest[c.len_utf8() + m.len_utf8()..];
                at += 2;
                continue;
            }
            chars.push(full);
            origin.push(at);
        } else if !hidden(c) {
            chars.push(c);
            origin.push(at);
        }
        rest = &rest[c.len_utf8()..];
        at += 1;
    }
    origin.push(at);
    (chars, origin)
}

/// The full-width katakana or punctuation a half-width one (U+FF61 to U+FF9F) stands for.
fn full_width_kana(c: char) -> Option<char> {
    const PUNCT: [char; 5] = ['。', '「', '」', '、', '・'];
    const KANA: &str = "ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";
    match c {
        '\u{FF61}'..='\u{FF65}' => Some(PUNCT[c as usize - 0xFF61]),
        '\u{FF66}'..='\u{FF9D}' => KANA.chars().nth(c as usize - 0xFF66),
        '\u{FF9E}' => Some('゛'),
        '\u{FF9F}' => Some('゜'),
        _ => None,
    }
}

/// A full-width kana with the half-width voicing mark `mark` (ﾞ or ﾟ) after it, as one letter:
/// カ and ﾞ make ガ, ハ and ﾟ make パ, ウ and ﾞ make ヴ.
fn voice(kana: char, mark: char) -> Option<char> {
    let step = match mark {
        '\u{FF9E}' => 1,
        '\u{FF9F}' => 2,
        _ => return None,
    };
    let voiced = match kana {
        'ウ' if step == 1 => 'ヴ',
        // カ to ト: every other code point, the voiced one right after (ッ, small, has none).
        'カ' | 'キ' | 'ク' | 'ケ' | 'コ' | 'サ' | 'シ' | 'ス' | 'セ' | 'ソ' | 'タ' | 'チ'
        | 'ツ' | 'テ' | 'ト'
            if step == 1 =>
        {
            char::from_u32(kana as u32 + 1)?
        }
        // ハ行: the voiced one right after, the half-voiced one after that.
        'ハ' | 'ヒ' | 'フ' | 'ヘ' | 'ホ' => char::from_u32(kana as u32 + step)?,
        _ => return None,
    };
    Some(voiced)
}

/// Folds the look-alikes buyers' mail clients show the same way: full-width ASCII (common in
/// Japanese text), ideographic and no-break spaces, dash and quote variants.
fn normalize(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' | '\u{00A0}' | '\u{2007}' | '\u{202F}' => ' ',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' => '-',
        '\u{2018}' | '\u{2019}' | '\u{2032}' => '\'',
        '\u{201C}' | '\u{201D}' => '"',
        c => c,
    }
}

/// `src` with each `{{ name }}` (filters allowed) of a variable a `{% set %}` or
/// `{% set_global %}` before it gave a text replaced by that text, and each expression of string
/// literals (`{{ "text" }}`, `{{ "text " ~ name }}`) by its text, with the source's char index
/// of every char (and of the end): an inserted char sits at its expression's `{{`. `None` when
/// nothing is printed that way.
///
/// A seller can keep a sentence in a variable and print it lines later ("{% set ask = "If you
/// love it, review us" %} … {{ ask }}"); blanked as markup, it went unread. The text is read
/// where it is printed, as the buyer gets it, and not where it is set: a value never printed is
/// never sent. A value is its string literals and the names it joins with `~` (an earlier set
/// text, or any other variable, kept as `{{ name }}`); a variable set more than once is read
/// with the last value set before the place it is printed.
fn expand_set_values(src: &str) -> Option<(String, Vec<usize>)> {
    if !src.contains("{%") && !src.contains("{{") {
        return None;
    }
    let chars: Vec<char> = src.chars().collect();
    let spans = find_tera(&chars);
    let mut values: std::collections::HashMap<&str, String> = std::collections::HashMap::new();
    // (start, end, text) of each expression to replace, in order.
    let mut prints: Vec<(usize, usize, String)> = Vec::new();
    for span in &spans {
        match span.kind {
            TeraKind::Tag => {
                let Some(rest) = span
                    .inner
                    .strip_prefix("set_global ")
                    .or_else(|| span.inner.strip_prefix("set "))
                else {
                    continue;
                };
                let Some((name, value)) = rest.split_once('=') else {
                    continue;
                };
                let name = name.trim();
                match printed_text(value.trim(), &values) {
                    Some(text) => values.insert(name, text),
                    // Set to something else: no longer the text it held.
                    None => values.remove(name),
                };
            }
            TeraKind::Expr => {
                if let Some(text) = printed_text(&span.inner, &values) {
                    prints.push((span.start, span.end, text));
                }
            }
            TeraKind::Comment => {}
        }
    }
    if prints.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(src.len() + 256);
    let mut at = Vec::with_capacity(chars.len() + 256);
    let mut next = 0;
    for (start, end, text) in prints {
        for (i, &c) in chars.iter().enumerate().take(start).skip(next) {
            out.push(c);
            at.push(i);
        }
        for c in text.chars() {
            out.push(c);
            at.push(start);
        }
        next = end;
    }
    for (i, &c) in chars.iter().enumerate().skip(next) {
        out.push(c);
        at.push(i);
    }
    at.push(chars.len());
    Some((out, at))
}

/// The text an expression prints: its string literals and the names it joins with `~` (an
/// earlier set text, or another variable kept as `{{ name }}`), filters aside. `None` for one
/// with no string literal or set text in it, or any other expression (arithmetic, a
/// comparison, a function call).
fn printed_text(value: &str, earlier: &std::collections::HashMap<&str, String>) -> Option<String> {
    let mut text = String::new();
    let mut any_literal = false;
    for term in split_outside_literals(value, '~')? {
        let head = split_outside_literals(term, '|')?[0].trim();
        if let Some(literal) = string_literal(head) {
            text.push_str(literal);
            any_literal = true;
        } else if let Some(known) = earlier.get(head) {
            text.push_str(known);
            any_literal = true;
        } else if !head.is_empty()
            && head
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '.')
        {
            text.push_str("{{ ");
            text.push_str(head);
            text.push_str(" }}");
        } else {
            return None;
        }
    }
    any_literal.then_some(text)
}

/// `value` cut at each `sep` outside a string literal; `None` when a literal is left open.
fn split_outside_literals(value: &str, sep: char) -> Option<Vec<&str>> {
    let mut terms = Vec::new();
    let mut quote: Option<char> = None;
    let mut from = 0;
    for (i, c) in value.char_indices() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if matches!(c, '"' | '\'' | '`') => quote = Some(c),
            None if c == sep => {
                terms.push(&value[from..i]);
                from = i + 1;
            }
            None => {}
        }
    }
    if quote.is_some() {
        return None;
    }
    terms.push(&value[from..]);
    Some(terms)
}

/// The text of a Tera string literal (`"…"`, `'…'` or `` `…` ``), or `None`.
fn string_literal(term: &str) -> Option<&str> {
    let quote = term
        .chars()
        .next()
        .filter(|c| matches!(c, '"' | '\'' | '`'))?;
    let inner = term.strip_prefix(quote)?.strip_suffix(quote)?;
    (!inner.contains(quote)).then_some(inner)
}

fn blank(chars: &mut [char], start: usize, end: usize, fill: char) {
    let end = end.min(chars.len());
    for c in &mut chars[start.min(end)..end] {
        if *c != '\n' {
            *c = fill;
        }
    }
}

fn find_tera(chars: &[char]) -> Vec<TeraSpan> {
    let mut spans = Vec::new();
    let mut i = 0;
    while i + 1 < chars.len() {
        let kind = match (chars[i], chars[i + 1]) {
            ('{', '{') => TeraKind::Expr,
            ('{', '%') => TeraKind::Tag,
            ('{', '#') => TeraKind::Comment,
            _ => {
                i += 1;
                continue;
            }
        };
        let close = match kind {
            TeraKind::Expr => '}',
            TeraKind::Tag => '%',
            TeraKind::Comment => '#',
        };
        let close_at = (i + 2..chars.len().saturating_sub(1))
            .find(|&j| chars[j] == close && chars[j + 1] == '}');
        let (inner_end, end) = match close_at {
            Some(j) => (j, j + 2),
            None => (chars.len(), chars.len()),
        };
        let inner: String = chars[i + 2..inner_end].iter().collect();
        let inner = inner.trim().trim_matches('-').trim().to_string();
        spans.push(TeraSpan {
            start: i,
            end,
            kind,
            inner,
        });
        i = end;
    }
    spans
}

/// Blanks HTML out of `chars` (aligned with `markup`) and returns the tags found.
fn strip_html(markup: &Aligned, chars: &mut [char]) -> Vec<HtmlTag> {
    let mut hidden: Vec<(usize, usize)> = Vec::new();
    for re in HTML_HIDDEN.iter() {
        for (s, e) in markup.find(re) {
            if !hidden.iter().any(|&(hs, he)| s >= hs && s < he) {
                hidden.push((s, e));
            }
        }
    }
    for &(s, e) in &hidden {
        blank(chars, s, e, ' ');
    }

    let markup_chars: Vec<char> = markup.s.chars().collect();
    let mut tags = Vec::new();
    for cap in HTML_TAG.captures_iter(&markup.s) {
        let (Some(whole), Some(name)) = (cap.get(0), cap.get(2)) else {
            continue;
        };
        let start = markup.char_at(whole.start());
        let end = markup.char_at(whole.end());
        if hidden.iter().any(|&(hs, he)| start >= hs && start < he) {
            continue;
        }
        let name = name.as_str().to_ascii_lowercase();
        blank(chars, start, end, ' ');
        if BLOCK_TAGS.contains(&name.as_str()) && end - start >= 3 {
            chars[start] = '\n';
            chars[start + 1] = '\n';
        } else if name == "br" {
            chars[start] = '\n';
        }
        let attrs = cap
            .get(3)
            .map(|body| parse_attrs(markup, body.start(), body.as_str()))
            .unwrap_or_default();
        // Buyers read `alt` (images blocked) and `title` (hover) text: keep it as text.
        for attr in attrs
            .iter()
            .filter(|a| a.name == "alt" || a.name == "title")
        {
            let end = (attr.value_start + attr.value.chars().count()).min(chars.len());
            let start = attr.value_start.min(end);
            chars[start..end].copy_from_slice(&markup_chars[start..end]);
        }
        tags.push(HtmlTag {
            start,
            end,
            name,
            closing: cap.get(1).is_some_and(|m| !m.is_empty()),
            attrs,
        });
    }
    tags
}

fn parse_attrs(markup: &Aligned, offset: usize, body: &str) -> Vec<Attr> {
    HTML_ATTR
        .captures_iter(body)
        .filter_map(|c| {
            let name = c.get(1)?.as_str().to_ascii_lowercase();
            let (value, at) = match c.get(2).or_else(|| c.get(3)).or_else(|| c.get(4)) {
                Some(v) => (v.as_str().to_string(), v.start()),
                None => (String::new(), c.get(0)?.end()),
            };
            Some(Attr {
                name,
                value,
                value_start: markup.char_at(offset + at),
            })
        })
        .collect()
}

fn decode_entities(chars: &mut [char]) {
    let text = Aligned::new(chars);
    for cap in ENTITY.captures_iter(&text.s) {
        let Some(whole) = cap.get(0) else { continue };
        let decoded = if let Some(d) = cap.get(1) {
            d.as_str().parse::<u32>().ok().and_then(char::from_u32)
        } else if let Some(h) = cap.get(2) {
            u32::from_str_radix(h.as_str(), 16)
                .ok()
                .and_then(char::from_u32)
        } else {
            cap.get(3).and_then(|n| match n.as_str() {
                "excl" => Some('!'),
                "starf" | "bigstar" | "star" => Some('★'),
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" | "rsquo" | "lsquo" => Some('\''),
                "percnt" => Some('%'),
                "commat" => Some('@'),
                "period" => Some('.'),
                // Arrows and dashes that part a button's label from where it leads.
                "rarr" | "srarr" => Some('→'),
                "ndash" => Some('–'),
                "mdash" => Some('—'),
                _ => None,
            })
        };
        let (s, e) = (text.char_at(whole.start()), text.char_at(whole.end()));
        blank(chars, s, e, ' ');
        if let Some(c) = decoded.map(normalize) {
            if c != '\n' && !c.is_control() {
                chars[s] = c;
            }
        }
    }
}

/// Where sentences start: after `.`/`!`/`?` not followed by a word char (so `amazon.com` and
/// `1.5` stay whole), after `。`, and at blank lines (plain text) or block tags (HTML).
fn sentence_starts(chars: &[char]) -> Vec<usize> {
    let mut out = Vec::new();
    // A boundary only counts after some text, so `</p><p>` or "!!!" is one boundary, not three.
    let mut seen_text = false;
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let ends = match c {
            '。' => true,
            '.' | '!' | '?' => {
                let inside = next.is_some_and(|n| n.is_ascii_alphanumeric() || "=&/_-".contains(n));
                let list_number = c == '.' && is_list_number(&chars[..i]);
                // A date or ordinal carries on in lower case ("bis zum 31.12. eine …").
                let date = c == '.'
                    && i > 0
                    && chars[i - 1].is_ascii_digit()
                    && chars[i + 1..]
                        .iter()
                        .find(|n| !n.is_whitespace())
                        .is_some_and(|n| n.is_lowercase());
                // An exclamation quoted inside a sentence carries on after its closing mark: a
                // Japanese bracket (「「おいしい！」と感じた方へ」), or guillemets or curly quotes
                // followed by lower case ("… sur un « on en refait une ? » et que …").
                let quoted = c != '.'
                    && (next.is_some_and(|n| matches!(n, '」' | '』'))
                        || quote_carries_on(&chars[i + 1..]));
                // A title before a name ends nothing: "… and Mr. Hall will book you …".
                let title = c == '.' && is_title(&chars[..i], &chars[i + 1..]);
                !inside && !list_number && !date && !quoted && !title
            }
            // A blank line, or a line that ends on a colon or a closing bracket rather than
            // a word or a comma (a line that ended with a link or a button: "Review us here:"),
            // or on a variable set after a finished sentence ("… on Amazon? {{ links.… }}") or
            // followed by a line that starts a new one.
            '\n' => {
                let mut before = chars[..i]
                    .iter()
                    .rev()
                    .filter(|p| !matches!(p, ' ' | '\t' | '\r'));
                match before.next() {
                    Some(&VAR) => {
                        // A link pointed at by an arrow ends its line's sentence as one after a
                        // colon does: 「ご連絡はこちらから→{{ links.… }}」.
                        let finished = before.find(|&&p| p != VAR).is_some_and(|&p| {
                            matches!(
                                p,
                                '.' | '!' | '?' | '。' | '！' | '？' | ':' | '：' | '→' | '⇒' | '➡'
                            )
                        });
                        // "… in a review {{ links.… }}" then a line that starts a sentence.
                        let next_starts = chars[i + 1..]
                            .iter()
                            .find(|p| !matches!(p, ' ' | '\t' | '\r'))
                            .is_some_and(|p| p.is_uppercase());
                        finished || next_starts
                    }
                    Some(&p) => {
                        matches!(p, '\n' | ':' | '：' | ')' | '）' | '」')
                            || ends_japanese(&chars[..i])
                    }
                    None => false,
                }
            }
            _ => false,
        };
        if ends {
            if seen_text {
                out.push(i + 1);
                seen_text = false;
            }
        } else if !c.is_whitespace() {
            seen_text = true;
        }
    }
    out
}

/// Whether the text after a `!` or `?` closes a quotation (`»`, `”`) and the sentence goes on
/// after it in lower case or after a comma: "« on rejoue ? » et que …", "“Wow!”, said …".
fn quote_carries_on(after: &[char]) -> bool {
    let mut rest = after
        .iter()
        .skip_while(|&&n| matches!(n, ' ' | '\u{a0}' | '\u{202f}'));
    rest.next().is_some_and(|&n| matches!(n, '»' | '”'))
        && rest
            .find(|n| !matches!(n, ' ' | '\u{a0}' | '\u{202f}'))
            .is_some_and(|&n| n.is_lowercase() || n == ',')
}

/// Whether the text before a line break ends on a Japanese sentence ending without its 「。」, as
/// mail typed on a phone does: 「…ありがとうございます」「…できましたか」「…のばしますね」. A line
/// cut after a particle or a connective (「…レビューを」「…あれば」) carries on, and so does a plea
/// (「…教えてください」「…ひとことお願いします」), which often leads into the ask or the link on the
/// next line.
fn ends_japanese(before: &[char]) -> bool {
    let tail: String = before
        .iter()
        .rev()
        .filter(|p| !matches!(p, ' ' | '\t' | '\r'))
        .take(8)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let plea = [
        "願いします",
        "願いいたします",
        "願います",
        "ねがいします",
        "ねがいいたします",
        "ねがいます",
    ]
    .iter()
    .any(|p| tail.ends_with(p));
    let mut rest = tail.chars().rev();
    let ends = match (rest.next(), rest.next()) {
        (Some('す' | 'た' | 'ね' | 'よ' | 'ん' | 'か' | 'わ'), Some(p)) => {
            is_kana_or_kanji(p)
        }
        _ => false,
    };
    ends && !plea
}

/// Hiragana, katakana or a CJK ideograph.
fn is_kana_or_kanji(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}')
}

/// Whether the word before a full stop is a title of address and a name follows it on the same
/// line: "Mr. Hall", "Dr. Weber", "Mme. Roux", "Sig. Bianchi", "Sra. Ruiz".
fn is_title(before: &[char], after: &[char]) -> bool {
    const TITLES: [&str; 12] = [
        "mr", "mrs", "ms", "dr", "prof", "hr", "mme", "mlle", "sig", "sr", "sra", "dott",
    ];
    let start = before
        .iter()
        .rposition(|c| !c.is_alphabetic())
        .map_or(0, |p| p + 1);
    let word: String = before[start..].iter().collect::<String>().to_lowercase();
    let named = matches!(after, [' ', n, ..] if n.is_uppercase());
    named && TITLES.contains(&word.as_str())
}

/// Whether the line so far is a list number ("2" before "2. Send us…"), whose dot ends nothing.
fn is_list_number(line: &[char]) -> bool {
    let start = line.iter().rposition(|&c| c == '\n').map_or(0, |p| p + 1);
    let tail: Vec<char> = line[start..]
        .iter()
        .copied()
        .filter(|c| !c.is_whitespace())
        .collect();
    !tail.is_empty() && tail.len() <= 2 && tail.iter().all(char::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_text_is_read_where_it_is_printed_and_reported_there() {
        let src =
            "{# not sent: a gift card #}\n{% set ask = \"If you love it, \" ~ 'review us' %}\n\
                   {% set unused = \"Five stars for a voucher\" %}\nHello.\n{{ ask | upper }} \
                   {{ links.product_review }}\n{{ \"Bye\" }} {{ product.title }}";
        let s = Scanned::new(src, Part::Body, 1, 1);
        let at = s
            .text
            .s
            .find("If you love it, review us")
            .expect("printed text read");
        // Reported where it is printed: line 5, column 1.
        assert_eq!(s.pos(s.text.char_at(at)), (5, 1));
        // The set line itself, a value never printed and a comment are not read.
        assert_eq!(s.text.s.matches("review us").count(), 1, "{}", s.text.s);
        assert!(!s.text.s.contains("voucher") && !s.text.s.contains("gift card"));
        assert!(s.text.s.contains("Bye"));
        // Variables stay variables, links stay links.
        assert!(!s.text.s.contains("product.title"));
        assert!(s.tera.iter().any(TeraSpan::is_link_var));
    }

    #[test]
    fn a_set_text_joins_earlier_ones_and_the_last_set_before_the_print_wins() {
        let src = "{% set gift = 'a free sleeve' %}{% set line = 'Review it and get ' ~ gift ~ ' with ' ~ buyer.name %}\n\
                   {{ line }}\n{% set line = 'Thanks.' %}{{ line }}";
        let s = Scanned::new(src, Part::Body, 1, 1);
        assert!(
            s.text.s.contains("Review it and get a free sleeve with"),
            "{}",
            s.text.s
        );
        assert!(s.text.s.contains("Thanks."));
        // A value that is not text (a number, a comparison) is left as the variable it is.
        assert_eq!(expand_set_values("{% set n = 3 %}{{ n }}"), None);
        assert_eq!(
            expand_set_values("{% set f = item_count > 1 %}{{ f }}"),
            None
        );
        // A literal left open is no value; a variable set again to something else is no
        // longer the text.
        assert_eq!(expand_set_values("{% set a = \"open %}{{ a }}"), None);
        assert_eq!(
            expand_set_values("{% set a = 'x' %}{% set a = 2 %}{{ a }}"),
            None
        );
        // Literals joined in the expression itself, a `|` inside a literal.
        let joined = Scanned::new(
            "{{ \"Review it | get \" ~ 'a gift' | upper }}",
            Part::Body,
            1,
            1,
        );
        assert!(
            joined.text.s.contains("Review it | get a gift"),
            "{}",
            joined.text.s
        );
    }

    #[test]
    fn keeps_every_char_in_place() {
        let src = "Hi {{ buyer.first_name }},\n<p>Thanks&nbsp;for <b>ordering</b>!</p>";
        let s = Scanned::new(src, Part::Body, 1, 1);
        assert_eq!(s.text.s.chars().count(), src.chars().count());
        assert_eq!(s.markup.s.chars().count(), src.chars().count());
        assert!(!s.text.s.contains("buyer"));
        assert!(!s.text.s.contains("<b>"));
        let at = s.text.s.find("ordering").map(|b| s.text.char_at(b));
        assert_eq!(at.map(|ci| s.pos(ci)), Some((2, 23)));
    }

    #[test]
    fn letters_hidden_by_entities_or_soft_hyphens_read_as_words_and_keep_their_columns() {
        let src = "<p>Ihre Bewer&shy;tung zur Qualit&auml;t.</p>\n<p>Vous l&rsquo;adorez ? r&#233;ponse &amp; caf\u{AD}&eacute;</p>";
        let s = Scanned::new(src, Part::Body, 3, 1);
        assert!(s.text.s.contains("Bewertung zur Qualität."), "{}", s.text.s);
        assert!(s.text.s.contains("l'adorez ? réponse"), "{}", s.text.s);
        // `&amp;` stands for markup and is decoded in place, padded to its length.
        assert!(s.text.s.contains("réponse &     café"), "{}", s.text.s);
        let col = |needle: &str| s.pos(s.text.char_at(s.text.s.find(needle).unwrap_or_default()));
        assert_eq!(col("tung"), (3, 19));
        assert_eq!(col("adorez"), (4, 17));
        assert_eq!(col("café"), (4, 45));
        // A subject is plain text: its entities are the buyer's literal text.
        let subject = Scanned::new("Caf&eacute;", Part::Subject, 1, 10);
        assert_eq!(subject.text.s, "Caf&eacute;");
    }

    #[test]
    fn positions_follow_the_base() {
        let s = Scanned::new("ab\ncd", Part::Subject, 1, 10);
        assert_eq!(s.pos(0), (1, 10));
        assert_eq!(s.pos(4), (2, 2));
    }

    #[test]
    fn link_variables_are_known() {
        let s = Scanned::new(
            "{{- links.product_review | safe -}} {{ store.name }}",
            Part::Body,
            1,
            1,
        );
        assert!(s.tera[0].is_link_var());
        assert_eq!(s.tera[1].path(), "store.name");
        assert!(!s.tera[1].is_link_var());
    }

    #[test]
    fn unterminated_tera_runs_to_the_end() {
        let s = Scanned::new("Hello {{ buyer", Part::Body, 1, 1);
        assert_eq!(s.tera.len(), 1);
        assert_eq!(s.text.s.trim(), "Hello");
    }

    #[test]
    fn sentences_split_on_stops_but_not_on_domains() {
        let s = Scanned::new("See amazon.com now. Next one。次", Part::Body, 1, 1);
        assert_eq!(s.sentence_of(0), s.sentence_of(12));
        assert_ne!(s.sentence_of(0), s.sentence_of(21));
        assert_ne!(s.sentence_of(21), s.sentence_of(29));
    }

    #[test]
    fn a_line_ending_on_a_link_ends_its_sentence_but_a_wrapped_line_does_not() {
        let src = "Review here: {{ links.product_review }}\nIf not, write to us,\nany time.";
        let s = Scanned::new(src, Part::Body, 1, 1);
        let at = |needle: &str| s.text.char_at(s.text.s.find(needle).unwrap_or_default());
        assert_ne!(s.sentence_of(at("Review")), s.sentence_of(at("If not")));
        assert_eq!(s.sentence_of(at("If not")), s.sentence_of(at("any time")));

        let src = "Would you review it? {{ links.product_review }}\nIf a part is missing, tell us.";
        let s = Scanned::new(src, Part::Body, 1, 1);
        let at = |needle: &str| s.text.char_at(s.text.s.find(needle).unwrap_or_default());
        assert_ne!(s.sentence_of(at("Would")), s.sentence_of(at("If a part")));
    }

    #[test]
    fn a_title_before_a_name_ends_no_sentence() {
        let src = "Reply and Mr. Hall will book it. Dr. Weber says hi. Ask our Dr.\nThanks.";
        let s = Scanned::new(src, Part::Body, 1, 1);
        let at = |needle: &str| s.text.char_at(s.text.s.find(needle).unwrap_or_default());
        assert_eq!(s.sentence_of(at("Reply")), s.sentence_of(at("Hall")));
        assert_ne!(s.sentence_of(at("Hall")), s.sentence_of(at("Dr. Weber")));
        assert_eq!(s.sentence_of(at("Dr. Weber")), s.sentence_of(at("says")));
        assert_ne!(s.sentence_of(at("Ask")), s.sentence_of(at("Thanks")));
    }

    #[test]
    fn a_date_before_a_lower_case_word_ends_no_sentence() {
        let src = "Alle, die bis zum 31.12. eine Rezension schreiben. Danke.";
        let s = Scanned::new(src, Part::Body, 1, 1);
        let at = |needle: &str| s.text.char_at(s.text.s.find(needle).unwrap_or_default());
        assert_eq!(s.sentence_of(at("Alle")), s.sentence_of(at("eine")));
        assert_ne!(s.sentence_of(at("eine")), s.sentence_of(at("Danke")));
    }

    #[test]
    fn a_list_number_is_no_sentence() {
        let s = Scanned::new("Steps:\n1. Rate it\n2. Send us a note.", Part::Body, 1, 1);
        let at = |needle: &str| s.text.char_at(s.text.s.find(needle).unwrap_or_default());
        assert_eq!(s.sentence_of(at("1.")), s.sentence_of(at("Rate")));
        assert_ne!(s.sentence_of(at("Rate")), s.sentence_of(at("Steps")));
    }

    #[test]
    fn entities_decode_stars_and_bangs() {
        let s = Scanned::new("&#9733;&#9733;&excl;", Part::Body, 1, 1);
        assert!(s.text.s.starts_with('★'));
        assert!(s.text.s.contains('!'));
    }

    #[test]
    fn full_width_folds_to_ascii() {
        let s = Scanned::new("ＲＥ：５つ星！", Part::Subject, 1, 1);
        assert_eq!(s.text.s, "RE:5つ星!");
    }

    #[test]
    fn a_japanese_line_ending_a_sentence_ends_it_but_a_plea_or_a_particle_does_not() {
        let src = "ふたはしめてください\nまたよろしくおねがいします\n保証をのばしますね\nレビューを\nかいてね";
        let s = Scanned::new(src, Part::Body, 1, 1);
        let at = |w: &str| s.text.char_at(s.text.s.find(w).unwrap());
        assert_eq!(s.sentence_of(at("ふた")), s.sentence_of(at("また")));
        assert_eq!(s.sentence_of(at("また")), s.sentence_of(at("保証")));
        assert_ne!(s.sentence_of(at("保証")), s.sentence_of(at("レビュー")));
        assert_eq!(s.sentence_of(at("レビュー")), s.sentence_of(at("かいて")));
    }

    #[test]
    fn half_width_kana_folds_to_full_width() {
        let s = Scanned::new("ﾚﾋﾞｭｰ、ﾎﾟｲﾝﾄ｡ｶﾞｰﾃﾞﾝ", Part::Subject, 1, 1);
        assert_eq!(s.text.s, "レビュー、ポイント。ガーデン");
    }
}
