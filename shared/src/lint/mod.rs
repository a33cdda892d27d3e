//! The policy lint: checks an email template against Amazon's buyer-messaging rules
//! before it can be sent.
//!
//! Each rule has a stable kebab-case id ([`rule`]), a severity and a one-line explanation. Errors
//! refuse the template; warnings are flagged. The lint reads the buyer-visible text (tera
//! `{{ … }}`, `{% … %}`, `{# … #}` and HTML tags blanked in place, so columns stay right) for
//! wording, and the HTML tags and tera expressions for links, images and variables. Variables
//! are not text: what `{{ product.title }}` renders to is never judged, and `{{ links.* }}`
//! links are marketplace links by construction.
//!
//! Positions are 1-based; columns count chars. [`lint_source`] reports in the file's
//! coordinates (the `Subject:` line is line 1); [`lint_parts`] reports each part in its own
//! coordinates and says which part in [`Finding::part`].

use std::fmt;

use serde::Serialize;

use crate::{CampaignKind, Marketplace};

mod foreign;
mod lang;
mod links;
mod phrases;
mod scan;
mod tone;

#[cfg(test)]
mod tests;

use scan::Scanned;

/// How bad a finding is: errors refuse the template, warnings only flag it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which part of the email a finding is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    Subject,
    Body,
}

/// One broken rule, at one place in the template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Stable rule id, one of [`rule`]'s constants.
    pub rule: &'static str,
    pub severity: Severity,
    pub part: Part,
    /// 1-based line (see the module docs for whose coordinates).
    pub line: usize,
    /// 1-based column, in chars.
    pub col: usize,
    /// One line: what is wrong, quoting the template, and what to do.
    pub message: String,
}

/// What the lint needs to know about where a template will be used.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LintContext {
    /// The campaign kind, when known; `None` skips the kind-specific checks (or weakens them to
    /// warnings where noted).
    pub kind: Option<CampaignKind>,
    /// Marketplaces the template is sent on; links must stay on their domains. Empty: any
    /// Amazon marketplace domain is fine.
    pub marketplaces: Vec<Marketplace>,
    /// Further hosts needed to complete the order (a carrier's tracking site), e.g. `www.ups.com`.
    /// A host also allows its subdomains.
    pub extra_allowed_hosts: Vec<String>,
    /// The template's locale (`fr-FR`, `ja-JP`), when known: its language's word table is used,
    /// with English beside it since sellers mix English in. `None` reads the text as the locale of
    /// the language it is clearly written in would (its everyday words counted), or with every
    /// table when that is not clear; a locale whose language has no table gets an
    /// `unchecked-language` warning.
    pub locale: Option<String>,
}

impl LintContext {
    pub fn for_kind(kind: CampaignKind) -> Self {
        Self {
            kind: Some(kind),
            ..Self::default()
        }
    }

    /// The same context for a template in `locale`.
    pub fn with_locale(mut self, locale: impl Into<String>) -> Self {
        self.locale = Some(locale.into());
        self
    }
}

/// Stable rule ids.
pub mod rule {
    pub const REVIEW_STEERING: &str = "review-steering";
    pub const REVIEW_GATING: &str = "review-gating";
    pub const REVIEW_INCENTIVE: &str = "review-incentive";
    pub const REVIEW_REQUEST_WRONG_KIND: &str = "review-request-wrong-kind";
    pub const REVIEW_REQUEST_REPEATED: &str = "review-request-repeated";
    pub const FEEDBACK_CHANGE_REQUEST: &str = "feedback-change-request";
    pub const OFF_PLATFORM_LINK: &str = "off-platform-link";
    pub const OFF_PLATFORM_CONTACT: &str = "off-platform-contact";
    pub const OFF_PLATFORM_IMAGE: &str = "off-platform-image";
    pub const OFF_PLATFORM_IMAGE_LINK: &str = "off-platform-image-link";
    pub const TRACKING_PIXEL: &str = "tracking-pixel";
    pub const MARKETING: &str = "marketing";
    pub const SUBJECT_REPLY_PREFIX: &str = "subject-reply-prefix";
    pub const SUBJECT_IMPORTANT_TAG: &str = "subject-important-tag";
    pub const SHOUTING_CAPS: &str = "shouting-caps";
    pub const EXCLAMATION_PILE: &str = "exclamation-pile";
    pub const SUBJECT_MISSING_STORE_NAME: &str = "subject-missing-store-name";
    pub const SERVICE_RECOVERY_FEEDBACK: &str = "service-recovery-feedback";
    pub const SERVICE_RECOVERY_OFFER: &str = "service-recovery-offer";
    pub const UNCHECKED_LANGUAGE: &str = "unchecked-language";
}

/// A rule as listed for users (`aftercare lint --rules`, docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RuleInfo {
    pub id: &'static str,
    /// The usual severity; see `summary` for the rules that vary.
    pub severity: Severity,
    pub summary: &'static str,
}

/// Every rule the lint knows.
pub const RULES: &[RuleInfo] = &[
    RuleInfo { id: rule::REVIEW_STEERING, severity: Severity::Error, summary: "asks for a positive, good or 5-star review/feedback, or steers the rating" },
    RuleInfo { id: rule::REVIEW_GATING, severity: Severity::Error, summary: "makes a review or feedback ask depend on the buyer's experience (a condition, or a question then the ask), or sends unhappy buyers to the seller before or instead of reviewing" },
    RuleInfo { id: rule::REVIEW_INCENTIVE, severity: Severity::Error, summary: "links anything of value (refund, gift, discount, free or replacement item, cashback, \"a little something\") to a review or feedback, in one sentence or across neighbouring ones" },
    RuleInfo { id: rule::REVIEW_REQUEST_WRONG_KIND, severity: Severity::Error, summary: "asks for a review or feedback in a campaign kind other than review_request" },
    RuleInfo { id: rule::REVIEW_REQUEST_REPEATED, severity: Severity::Error, summary: "asks for a review/feedback more than once, or for both a review and seller feedback" },
    RuleInfo { id: rule::FEEDBACK_CHANGE_REQUEST, severity: Severity::Error, summary: "asks the buyer to remove or change a review or feedback" },
    RuleInfo { id: rule::OFF_PLATFORM_LINK, severity: Severity::Error, summary: "links outside the marketplace's domains (warning when the link comes from a non-link variable)" },
    RuleInfo { id: rule::OFF_PLATFORM_CONTACT, severity: Severity::Error, summary: "shows an email address, phone number, mailto:/tel: link or messenger handle" },
    RuleInfo { id: rule::OFF_PLATFORM_IMAGE, severity: Severity::Error, summary: "loads an image from a host that is not Amazon's media host and not a template variable" },
    RuleInfo { id: rule::OFF_PLATFORM_IMAGE_LINK, severity: Severity::Error, summary: "wraps an image in a link that leaves Amazon" },
    RuleInfo { id: rule::TRACKING_PIXEL, severity: Severity::Error, summary: "contains a 1x1 or hidden image (open tracking)" },
    RuleInfo { id: rule::MARKETING, severity: Severity::Error, summary: "promotes other products, sales, codes, coupons or social accounts" },
    RuleInfo { id: rule::SUBJECT_REPLY_PREFIX, severity: Severity::Error, summary: "subject starts with Re:/Fwd:/AW:/WG: or similar, faking a reply" },
    RuleInfo { id: rule::SUBJECT_IMPORTANT_TAG, severity: Severity::Error, summary: "[Important]/【重要】/[Wichtig]/[Urgent]/[Importante] (any bracket) in the subject of a kind that is not order-critical, or of unknown kind" },
    RuleInfo { id: rule::SHOUTING_CAPS, severity: Severity::Warning, summary: "three or more ALL-CAPS words in a row" },
    RuleInfo { id: rule::EXCLAMATION_PILE, severity: Severity::Warning, summary: "three or more exclamation marks in a row" },
    RuleInfo { id: rule::SERVICE_RECOVERY_FEEDBACK, severity: Severity::Error, summary: "a service_recovery email (sent after negative feedback) mentions feedback, reviews or ratings at all" },
    RuleInfo { id: rule::SERVICE_RECOVERY_OFFER, severity: Severity::Error, summary: "a service_recovery email offers a reward anywhere, or a refund/free item in an email that mentions feedback" },
    RuleInfo { id: rule::SUBJECT_MISSING_STORE_NAME, severity: Severity::Warning, summary: "subject does not contain {{ store.name }}" },
    RuleInfo { id: rule::UNCHECKED_LANGUAGE, severity: Severity::Warning, summary: "the template's language, or one of its paragraphs', has no word table (en, de, ja, fr, it, es have one): that wording was not checked with a table of its own" },
];

/// A finding before its position is turned into line and column.
struct Hit {
    rule: &'static str,
    severity: Severity,
    /// Char index in the part.
    at: usize,
    message: String,
}

impl Hit {
    fn error(rule: &'static str, at: usize, message: String) -> Self {
        Self {
            rule,
            severity: Severity::Error,
            at,
            message,
        }
    }

    fn warning(rule: &'static str, at: usize, message: String) -> Self {
        Self {
            rule,
            severity: Severity::Warning,
            at,
            message,
        }
    }
}

/// Lints one whole template file. When its first line is `Subject: …`, that line is the subject
/// (line 1, columns counted from the file's first char) and the rest is the body.
pub fn lint_source(source: &str, ctx: &LintContext) -> Vec<Finding> {
    let (subject, body) = split_source(source);
    let tables = select_tables(&parts_of(subject.as_ref(), &body), ctx);
    run(subject.as_ref(), &body, ctx, tables)
}

/// Lints `source` as a lone file is linted (`ctx` without its locale) and as a config in
/// `locale` reads it, and returns both (alone, in the locale). When both read it with the same
/// tables it is linted once, since the locale plays no part past that choice (see [`Reading`]).
pub fn lint_source_both_ways(
    source: &str,
    ctx: &LintContext,
    locale: &str,
) -> (Vec<Finding>, Vec<Finding>) {
    let (subject, body) = split_source(source);
    let parts = parts_of(subject.as_ref(), &body);
    let alone = LintContext {
        locale: None,
        ..ctx.clone()
    };
    let in_locale = alone.clone().with_locale(locale);
    let (alone_tables, locale_tables) = (
        select_tables(&parts, &alone),
        select_tables(&parts, &in_locale),
    );
    let same = reading_of(&alone_tables) == reading_of(&locale_tables);
    let found_alone = run(subject.as_ref(), &body, &alone, alone_tables);
    let found_in_locale = if same {
        found_alone.clone()
    } else {
        run(subject.as_ref(), &body, &in_locale, locale_tables)
    };
    (found_alone, found_in_locale)
}

/// How a template is read: the word tables it is checked with (their languages' codes, in the
/// order they are tried) and the locale named as having no table. The locale in a
/// [`LintContext`] changes nothing else, so two lints of the same source whose contexts differ
/// only in the locale and that read it the same way give the same findings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    pub tables: Vec<&'static str>,
    pub unchecked: Option<String>,
}

/// How [`lint_source`] reads `source` with `ctx`.
pub fn reading(source: &str, ctx: &LintContext) -> Reading {
    let (subject, body) = split_source(source);
    reading_of(&select_tables(&parts_of(subject.as_ref(), &body), ctx))
}

fn reading_of(tables: &lang::Selection) -> Reading {
    Reading {
        tables: tables.langs.iter().map(|l| l.lexicon.code).collect(),
        unchecked: tables.unchecked.clone(),
    }
}

/// The parts a template is linted in: its subject, when it has one, then its body.
fn parts_of<'a>(subject: Option<&'a Scanned>, body: &'a Scanned) -> Vec<&'a Scanned> {
    subject.into_iter().chain(std::iter::once(body)).collect()
}

/// A template file's subject (its first line, when that is `Subject: …`) and body.
fn split_source(source: &str) -> (Option<Scanned>, Scanned) {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let first_line = source.split('\n').next().unwrap_or_default();
    let has_subject = first_line
        .get(..8)
        .is_some_and(|p| p.eq_ignore_ascii_case("subject:"));
    if !has_subject {
        return (None, Scanned::new(source, Part::Body, 1, 1));
    }
    let subject = first_line[8..].trim_end_matches('\r');
    let body = source.get(first_line.len() + 1..).unwrap_or_default();
    (
        Some(Scanned::new(subject, Part::Subject, 1, 9)),
        Scanned::new(body, Part::Body, 2, 1),
    )
}

/// Lints a subject and a body that are stored apart. Subject findings are on line 1 with columns
/// counted in the subject; body findings are in the body's own lines and columns.
pub fn lint_parts(subject: Option<&str>, body: &str, ctx: &LintContext) -> Vec<Finding> {
    let subject = subject.map(|s| Scanned::new(s, Part::Subject, 1, 1));
    let body = Scanned::new(body, Part::Body, 1, 1);
    let tables = select_tables(&parts_of(subject.as_ref(), &body), ctx);
    run(subject.as_ref(), &body, ctx, tables)
}

/// Whether any finding refuses the template.
pub fn has_errors(findings: &[Finding]) -> bool {
    findings.iter().any(|f| f.severity == Severity::Error)
}

/// The campaign kind a template file is named for: `review_request.en-US.txt`,
/// `templates/review_request/ja-JP.html` (hyphens work too: `review-request.de-DE.txt`).
pub fn kind_from_file_name(name: &str) -> Option<CampaignKind> {
    name.rsplit(['/', '\\']).find_map(|component| {
        let stem = component.split('.').next()?;
        stem.replace('-', "_").to_ascii_lowercase().parse().ok()
    })
}

/// The locale a template file is named for: `review_request.en-US.txt`,
/// `templates/review_request/ja-JP.html`, `follow_up.fr.txt`.
pub fn locale_from_file_name(name: &str) -> Option<String> {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let mut parts: Vec<&str> = file.split('.').collect();
    if parts.len() > 1 {
        parts.pop();
    }
    let looks_like_locale = |p: &&str| {
        let mut pieces = p.split(['-', '_']);
        let lang = pieces.next().unwrap_or_default();
        (2..=3).contains(&lang.len())
            && lang.chars().all(|c| c.is_ascii_alphabetic())
            && pieces
                .all(|r| (2..=4).contains(&r.len()) && r.chars().all(|c| c.is_ascii_alphanumeric()))
    };
    parts
        .into_iter()
        .rev()
        .find(looks_like_locale)
        .map(str::to_string)
}

/// Whether the lint has a word table for a locale's language.
pub fn is_checked_locale(locale: &str) -> bool {
    lang::is_checked_locale(locale)
}

/// `path:line:col: error[rule]: message`, the shape compilers and editors understand.
pub fn format_finding(path: &str, f: &Finding) -> String {
    format!(
        "{path}:{}:{}: {}[{}]: {}",
        f.line, f.col, f.severity, f.rule, f.message
    )
}

/// The word tables `parts` are read with.
fn select_tables(parts: &[&Scanned], ctx: &LintContext) -> lang::Selection {
    // A template linted without its locale is read with the tables of the language it is
    // clearly written in, as its locale would choose them (a word of one language can mean
    // something else in another: Italian "prime" is "first", French "prime" a bonus); with
    // every table when its language is not clear.
    let guessed = match &ctx.locale {
        Some(_) => None,
        None => {
            let text: Vec<&str> = parts.iter().map(|p| p.text.s.as_str()).collect();
            crate::triage::clear_language(&text.join("\n")).map(|l| l.as_str())
        }
    };
    let mut tables = lang::select(ctx.locale.as_deref().or(guessed));
    // A line clearly written in another language (a German sentence in an English email) is
    // read with that language's table too, locale or not.
    for part in parts {
        for line in part.text.s.lines() {
            if let Some(language) = crate::triage::clear_language(line) {
                tables.include(language.as_str());
            }
        }
    }
    tables
}

/// Lints the parts with the tables chosen for them.
fn run(
    subject: Option<&Scanned>,
    body: &Scanned,
    ctx: &LintContext,
    tables: lang::Selection,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    let parts = parts_of(subject, body);
    // Past the choice of tables the locale plays no part (see [`Reading`]).
    let ctx = &LintContext {
        locale: None,
        ..ctx.clone()
    };
    let langs = &tables.langs;
    let mut hits_per_part: Vec<Vec<Hit>> = parts.iter().map(|_| Vec::new()).collect();
    if let (Some(locale), Some(hits)) = (&tables.unchecked, hits_per_part.first_mut()) {
        hits.push(Hit::warning(
            rule::UNCHECKED_LANGUAGE,
            0,
            format!("no word table for the language of {locale}: review gating, incentives and the other wording rules were only checked with the en, de, ja, fr, it and es tables, so review its wording by hand"),
        ));
    }
    // A paragraph in a language no table reads (the Portuguese half of a bilingual email) is
    // named: nothing in it was checked. With a locale that has no table, the template's own
    // language is already named once above.
    let own = tables.unchecked.as_ref().and_then(|_| {
        let text: Vec<&str> = parts.iter().map(|p| p.text.s.as_str()).collect();
        foreign::language_of(&text.join("\n"))
    });
    for (scan, hits) in parts.iter().zip(hits_per_part.iter_mut()) {
        let mut unread: Vec<(&str, Vec<usize>)> = Vec::new();
        for passage in foreign::passages(&scan.text.s) {
            if Some(passage.language) == own {
                continue;
            }
            match unread.iter_mut().find(|(l, _)| *l == passage.language) {
                Some((_, starts)) => starts.push(passage.start),
                None => unread.push((passage.language, vec![passage.start])),
            }
        }
        for (language, starts) in unread {
            let lines: Vec<String> = starts.iter().map(|&s| scan.pos(s).0.to_string()).collect();
            let (what, verb) = match lines.as_slice() {
                [one] => (format!("the paragraph at line {one}"), "reads"),
                many => (
                    format!("the paragraphs at lines {}", many.join(", ")),
                    "read",
                ),
            };
            hits.push(Hit::warning(
                rule::UNCHECKED_LANGUAGE,
                starts[0],
                format!("{what} {verb} as {language}, which no word table covers: review gating, incentives and the other wording rules found nothing there because they cannot read it; check it by hand, or write it in a language the lint reads (en, de, ja, fr, it, es)"),
            ));
        }
    }
    for (scan, hits) in parts.iter().zip(hits_per_part.iter_mut()) {
        phrases::check(scan, langs, hits);
        phrases::check_service_recovery(scan, ctx.kind, langs, hits);
        links::check(scan, ctx, hits);
        tone::check(scan, hits);
    }
    if let (Some(subject), Some(hits)) = (subject, hits_per_part.first_mut()) {
        tone::check_subject(subject, ctx, hits);
    }
    let (subject_hits, body_hits) = phrases::check_requests(subject, body, ctx, langs);
    if let Some(hits) = hits_per_part.first_mut().filter(|_| subject.is_some()) {
        hits.extend(subject_hits);
    }
    if let Some(hits) = hits_per_part.last_mut() {
        hits.extend(body_hits);
    }

    for (scan, hits) in parts.iter().zip(hits_per_part) {
        let mut seen = std::collections::HashSet::new();
        for hit in hits {
            if !seen.insert((hit.rule, hit.at)) {
                continue;
            }
            let (line, col) = scan.pos(hit.at);
            findings.push(Finding {
                rule: hit.rule,
                severity: hit.severity,
                part: scan.part,
                line,
                col,
                message: hit.message,
            });
        }
    }
    findings.sort_by(|a, b| (a.part, a.line, a.col, a.rule).cmp(&(b.part, b.line, b.col, b.rule)));
    findings
}
