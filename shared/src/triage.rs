//! Negative-feedback triage: which of Amazon's removal grounds a 1–3★ seller
//! feedback meets, the words or answers that show it, what the seller should do next and by when.
//!
//! Only the buyer or Amazon can remove seller feedback. Amazon removes a comment that is obscene,
//! that carries the seller's personal data, or that is entirely a product review; on an FBA order a
//! comment entirely about Amazon's fulfillment is struck through instead. A 1–2★ rating whose
//! buyer also answered "yes" to all three questions contradicts itself and is a strong removal case.
//!
//! The text rules read one word table per language (English, German, Japanese, French, Italian,
//! Spanish; see `words`). A comment in any other language gets no text-based ground; the answers
//! are still used. A comment is a product review when it says something concrete and nothing
//! about the seller's service or the delivery, whatever words it uses for the product. Delivery
//! words look for complaints ("fast shipping" is none, "arrived late" is); any mention of the
//! seller, communication, returns, refunds or a wrong, used, fake or incomplete item counts.
//! Nothing here ever suggests offering the buyer anything in exchange for a change.

use std::collections::BTreeSet;
use std::fmt;
use std::sync::LazyLock;

use chrono::{DateTime, Duration, Utc};
use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::config::Store;
use crate::order::{Feedback, Fulfillment, Order};
use crate::pattern::{bare_accents, latin_table};
use crate::Marketplace;

mod words;

use words::{NameStyle, Table, NUMBER_WORDS, OTHER_LETTERS, OTHER_WORDS, TABLES};

/// Buyers can remove their own feedback for this many days after leaving it.
pub const BUYER_REMOVAL_DAYS: i64 = 60;
/// Amazon accepts removal requests for this many days after the feedback was left.
pub const AMAZON_REQUEST_DAYS: i64 = 90;
/// Days between contacting the buyer and asking Amazon, so the buyer has time to answer.
pub const DAYS_AFTER_CONTACT: i64 = 3;

/// Why Amazon would remove (or strike through) a feedback.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ground {
    /// Obscene or profane words.
    Obscene,
    /// An email address, phone number, postal address or a person's full name.
    PersonalData,
    /// Entirely a product review, nothing about the seller's service.
    ProductReview,
    /// FBA order, entirely about Amazon's fulfillment: struck through, not removed.
    FbaFulfillment,
    /// 1–2★ although the buyer answered yes to on time, as described and good service.
    AnswersContradictRating,
}

impl Ground {
    pub const ALL: [Ground; 5] = [
        Self::Obscene,
        Self::PersonalData,
        Self::ProductReview,
        Self::FbaFulfillment,
        Self::AnswersContradictRating,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Obscene => "obscene",
            Self::PersonalData => "personal_data",
            Self::ProductReview => "product_review",
            Self::FbaFulfillment => "fba_fulfillment",
            Self::AnswersContradictRating => "answers_contradict_rating",
        }
    }

    /// Grounds Amazon removes the feedback for (the FBA one is struck through instead).
    pub fn is_removal(self) -> bool {
        self != Self::FbaFulfillment
    }
}

impl fmt::Display for Ground {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Ground {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Self::ALL
            .into_iter()
            .find(|g| g.as_str() == s.trim())
            .ok_or_else(|| {
                format!(
                    "unknown ground `{s}` (expected one of {})",
                    Self::ALL.map(Ground::as_str).join(", ")
                )
            })
    }
}

/// A comment language the word tables cover (its ISO 639-1 code; the marketplaces whose default
/// locale starts with it read comments in it: FR, IT, ES and MX included).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    En,
    De,
    Ja,
    Fr,
    It,
    Es,
}

impl Language {
    pub const ALL: [Language; 6] = [Self::En, Self::De, Self::Ja, Self::Fr, Self::It, Self::Es];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::De => "de",
            Self::Ja => "ja",
            Self::Fr => "fr",
            Self::It => "it",
            Self::Es => "es",
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether a rating is negative feedback: 1–3★. Only 4–5★ counts as positive in the seller's
/// feedback score, so a 3★ hurts like a 1★; triage covers these ratings and every report counts
/// them the same way.
pub fn is_negative_rating(rating: u8) -> bool {
    (1..=3).contains(&rating)
}

/// What the reports say about triaged negative feedback, counted one way for all of them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct NegativeCounts {
    /// 1–3★ feedback.
    pub total: usize,
    /// Amazon would remove it on request.
    pub removable: usize,
    /// Amazon would strike it through (FBA fulfillment) and no removal ground applies.
    pub struck_through: usize,
    /// Removable, and the removal-request deadline is still ahead at the given time.
    pub removable_before_deadline: usize,
}

impl NegativeCounts {
    /// Counts the negative ones among `triages` as of `at`.
    pub fn of<'a>(triages: impl IntoIterator<Item = &'a Triage>, at: DateTime<Utc>) -> Self {
        let mut c = Self::default();
        for t in triages.into_iter().filter(|t| is_negative_rating(t.rating)) {
            c.total += 1;
            if t.is_removable() {
                c.removable += 1;
                if t.step_at(at) != NextStep::NothingToRequest {
                    c.removable_before_deadline += 1;
                }
            }
            if t.is_struck_through() {
                c.struck_through += 1;
            }
        }
        c
    }
}

/// One ground and what triggered it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub ground: Ground,
    /// The words of the comment, or the answers, that triggered the ground.
    pub evidence: Vec<String>,
}

/// What the seller should do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NextStep {
    /// Write to the buyer about the problem; only they can remove it.
    ContactBuyer,
    /// Contact the buyer first, then ask Amazon (Seller Central) to remove it a few days later.
    RequestRemoval,
    /// Amazon strikes FBA fulfillment feedback through; ask only if it has not happened.
    ExpectStrikeThrough,
    /// Every deadline has passed.
    NothingToRequest,
}

impl NextStep {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ContactBuyer => "contact_buyer",
            Self::RequestRemoval => "request_removal",
            Self::ExpectStrikeThrough => "expect_strike_through",
            Self::NothingToRequest => "nothing_to_request",
        }
    }
}

impl fmt::Display for NextStep {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The triage of one 1–3★ feedback. It depends only on the feedback, the order and the store,
/// never on the current time; [`Triage::step_at`] applies the deadlines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Triage {
    pub rating: u8,
    /// The language the text rules used; `None` when it is not one they cover.
    pub language: Option<Language>,
    pub findings: Vec<Finding>,
    /// The recommendation while its deadline is open.
    pub next_step: NextStep,
    pub left_at: DateTime<Utc>,
    /// The buyer can remove the feedback until then.
    pub buyer_can_remove_until: DateTime<Utc>,
    /// Earliest suggested removal request: a few days after contacting the buyer.
    pub request_removal_from: Option<DateTime<Utc>>,
    /// Amazon takes removal requests until then.
    pub request_removal_until: Option<DateTime<Utc>>,
}

impl Triage {
    /// Amazon would remove it.
    pub fn is_removable(&self) -> bool {
        self.findings.iter().any(|f| f.ground.is_removal())
    }

    /// Amazon would strike it through (FBA fulfillment) and no removal ground applies.
    pub fn is_struck_through(&self) -> bool {
        !self.is_removable() && self.has(Ground::FbaFulfillment)
    }

    pub fn has(&self, ground: Ground) -> bool {
        self.findings.iter().any(|f| f.ground == ground)
    }

    pub fn grounds(&self) -> Vec<Ground> {
        self.findings.iter().map(|f| f.ground).collect()
    }

    /// The last day the recommended step can still be taken.
    pub fn deadline(&self) -> DateTime<Utc> {
        match self.next_step {
            NextStep::ContactBuyer => self.buyer_can_remove_until,
            _ => self
                .request_removal_until
                .unwrap_or(self.buyer_can_remove_until),
        }
    }

    /// The step as of `now`: nothing is left to request once the deadline has passed.
    pub fn step_at(&self, now: DateTime<Utc>) -> NextStep {
        if now > self.deadline() {
            NextStep::NothingToRequest
        } else {
            self.next_step
        }
    }

    /// One or two sentences for the seller. Never mentions anything offered in exchange except
    /// to warn against it.
    pub fn advice_at(&self, now: DateTime<Utc>) -> String {
        let d = |t: DateTime<Utc>| t.format("%Y-%m-%d").to_string();
        let no_incentive = "Never offer anything in return for changing or removing feedback.";
        match self.step_at(now) {
            NextStep::RequestRemoval => {
                let from = self.request_removal_from.unwrap_or(self.left_at);
                let buyer = if now <= self.buyer_can_remove_until {
                    format!(
                        "Contact the buyer first (they can remove it themselves until {}); ",
                        d(self.buyer_can_remove_until)
                    )
                } else {
                    String::new()
                };
                format!(
                    "{buyer}request removal in Seller Central a few days later (from {} at the earliest), no later than {}. {no_incentive}",
                    d(from.max(self.left_at)),
                    d(self.deadline())
                )
            }
            NextStep::ExpectStrikeThrough => format!(
                "Amazon strikes feedback about its own fulfillment through; if it is still shown after a few days, ask Seller Central by {}. {no_incentive}",
                d(self.deadline())
            ),
            NextStep::ContactBuyer => format!(
                "No removal ground: contact the buyer and solve the problem; only they can remove it, until {}. {no_incentive}",
                d(self.deadline())
            ),
            NextStep::NothingToRequest => {
                "The deadlines have passed: nothing to request; answer publicly if it helps future buyers.".to_string()
            }
        }
    }
}

/// What the triage needs to know beyond the feedback itself.
#[derive(Debug, Clone, Default)]
pub struct Context {
    pub fulfillment: Option<Fulfillment>,
    pub marketplace: Option<Marketplace>,
    /// Names of the store's owner and staff (from the store config), matched as full names.
    pub staff_names: Vec<String>,
    /// Lower-cased words of the order's product titles: a capitalised product name is not a person.
    pub product_words: BTreeSet<String>,
}

impl Context {
    /// The context of one order of `store`.
    pub fn for_order(order: &Order, store: Option<&Store>) -> Self {
        let product_words = order
            .items
            .iter()
            .filter_map(|i| i.title.as_deref())
            .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        Context {
            fulfillment: order.fulfillment,
            marketplace: Some(order.marketplace),
            staff_names: store.map(|s| s.staff_names.clone()).unwrap_or_default(),
            product_words,
        }
    }
}

/// Triage of an order's feedback, if it has a 1–3★ one.
pub fn triage_order(order: &Order, store: Option<&Store>) -> Option<Triage> {
    let feedback = order.feedback.as_ref()?;
    triage(feedback, &Context::for_order(order, store))
}

/// Classifies one feedback. 4–5★ feedback is not triaged (`None`).
pub fn triage(feedback: &Feedback, ctx: &Context) -> Option<Triage> {
    if !is_negative_rating(feedback.rating) {
        return None;
    }
    let comment = feedback.comment.as_deref().unwrap_or("").trim();
    let detected = if comment.is_empty() {
        None
    } else {
        detect(comment, ctx.marketplace)
    };
    let language = detected.as_ref().map(|d| d.language);
    let mut findings = Vec::new();
    if let Some(d) = &detected {
        findings.extend(text_findings(comment, d, ctx));
    }
    if feedback.rating <= 2
        && feedback.arrived_on_time == Some(true)
        && feedback.item_as_described == Some(true)
        && feedback.good_service == Some(true)
    {
        findings.push(Finding {
            ground: Ground::AnswersContradictRating,
            evidence: vec![
                format!("{}★", feedback.rating),
                "arrived on time: yes".into(),
                "item as described: yes".into(),
                "good service: yes".into(),
            ],
        });
    }
    let left_at = feedback.left_at;
    let buyer_can_remove_until = left_at + Duration::days(BUYER_REMOVAL_DAYS);
    let request_until = left_at + Duration::days(AMAZON_REQUEST_DAYS);
    let removable = findings.iter().any(|f| f.ground.is_removal());
    let struck = findings.iter().any(|f| f.ground == Ground::FbaFulfillment);
    let (next_step, from, until) = if removable {
        (
            NextStep::RequestRemoval,
            Some(left_at + Duration::days(DAYS_AFTER_CONTACT)),
            Some(request_until),
        )
    } else if struck {
        (NextStep::ExpectStrikeThrough, None, Some(request_until))
    } else {
        (NextStep::ContactBuyer, None, None)
    };
    Some(Triage {
        rating: feedback.rating,
        language,
        findings,
        next_step,
        left_at,
        buyer_can_remove_until,
        request_removal_from: from,
        request_removal_until: until,
    })
}

// --- language -----------------------------------------------------------------------------

/// The table of a language. Every [`Language`] has one (a unit test checks it).
fn table(lang: Language) -> &'static Table {
    TABLES
        .iter()
        .find(|t| t.language == lang)
        .unwrap_or(&TABLES[0])
}

/// The language a marketplace's buyers write in by default, if a table covers it.
pub fn marketplace_language(marketplace: Marketplace) -> Option<Language> {
    let locale = marketplace.default_locale();
    let code = locale.split('-').next().unwrap_or(locale);
    Language::ALL.into_iter().find(|l| l.as_str() == code)
}

/// Lower-cased words of a spaced-language comment, with typographic apostrophes made plain.
fn lower_words(text: &str) -> Vec<String> {
    word_spans(text)
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect()
}

/// The words of a comment as written (letters, digits and inner apostrophes).
fn word_spans(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(|c| c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
}

/// The language of a comment, if a table covers it. Kana means Japanese; otherwise each
/// language's everyday words and accented letters are counted (and those of a few languages no
/// table covers, so a Dutch comment is not read as English). A tie, or a comment with no telling
/// word, goes to the marketplace's language.
pub fn detect_language(text: &str, marketplace: Option<Marketplace>) -> Option<Language> {
    detect(text, marketplace).map(|d| d.language)
}

/// The language a longer text (a whole email) is clearly written in: kana for Japanese, or one
/// language's everyday words and accented letters counted at least three times and at least
/// twice as often as any other's, a language no table covers included. `None` when it is not
/// that clear: a reader then keeps every table.
pub(crate) fn clear_language(text: &str) -> Option<Language> {
    if text.chars().any(is_kana) {
        return Some(Language::Ja);
    }
    let (scores, other) = language_scores(text);
    let mut scores: Vec<(Option<Language>, usize)> = scores
        .into_iter()
        .map(|(language, score)| (Some(language), score))
        .chain([(None, other)])
        .collect();
    scores.sort_by_key(|&(_, score)| std::cmp::Reverse(score));
    match scores.as_slice() {
        [(Some(best), first), (_, second), ..] if *first >= 3 && *first >= 2 * second => {
            Some(*best)
        }
        _ => None,
    }
}

/// Hiragana or katakana: only Japanese writes them.
pub(crate) fn is_kana(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF)
}

/// Each language table's count of its everyday words and accented letters (at most two) in
/// `text`, Japanese left out, and the same count for the languages no table covers.
fn language_scores(text: &str) -> (Vec<(Language, usize)>, usize) {
    let lower = text.to_lowercase();
    let words = lower_words(text);
    let score = |common: &[&str], accents: &str| {
        words
            .iter()
            .filter(|w| common.contains(&w.as_str()))
            .count()
            + lower
                .chars()
                .filter(|c| accents.contains(*c))
                .count()
                .min(2)
    };
    let scores = TABLES
        .iter()
        .filter(|t| t.spaced)
        .map(|t| (t.language, score(t.common, t.letters)))
        .collect();
    (scores, score(OTHER_WORDS, OTHER_LETTERS))
}

/// A detected language and how sure the detection is.
struct Detected {
    language: Language,
    /// The marketplace's own language, or at least two telling words or letters (one when the
    /// marketplace is unknown): sure enough to read the *absence* of service words as meaningful.
    /// One stray "de" in a comment on another marketplace is not.
    sure: bool,
}

fn detect(text: &str, marketplace: Option<Marketplace>) -> Option<Detected> {
    let market = marketplace.and_then(marketplace_language);
    let found = |language: Language, score: usize| Detected {
        language,
        sure: score >= 2 || market.map_or(score >= 1, |m| m == language),
    };
    let kana = text.chars().filter(|&c| is_kana(c)).count();
    if kana > 0 {
        return Some(found(Language::Ja, kana));
    }
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() {
        return None;
    }
    let latin = letters
        .iter()
        .filter(|c| c.is_ascii_alphabetic() || matches!(**c as u32, 0x00C0..=0x024F))
        .count();
    if latin * 10 < letters.len() * 9 {
        // Mostly Chinese, Korean, Cyrillic, Arabic… script.
        return None;
    }
    let (scores, other) = language_scores(text);
    let best = scores.iter().map(|(_, s)| *s).max().unwrap_or(0);
    if other > best {
        return None;
    }
    if best == 0 {
        // No telling word ("Garbage!", "Schrott!"): the marketplace's language; plain ASCII
        // text on the Japanese marketplace is read as English.
        return match market {
            Some(Language::Ja) => text.is_ascii().then(|| found(Language::En, 0)),
            Some(l) => Some(found(l, 0)),
            None => None,
        };
    }
    let winners: Vec<Language> = scores
        .iter()
        .filter(|(_, s)| *s == best)
        .map(|(l, _)| *l)
        .collect();
    match winners.as_slice() {
        [one] => Some(found(*one, best)),
        tied => market.filter(|m| tied.contains(m)).map(|m| found(m, best)),
    }
}

// --- word lists ---------------------------------------------------------------------------

/// A table's lists, compiled.
struct Lexicon {
    table: &'static Table,
    profane: Regex,
    fulfillment: Regex,
    service: Regex,
    delivery_mention: Regex,
    product_phrases: Regex,
    own_box: Regex,
    listing_vs_label: Regex,
    door: Regex,
    /// Matches a whole generic word (spaced languages) or any generic phrase (Japanese).
    generic: Regex,
    product_hints: Regex,
    /// A title and a name after it, with the word before the title.
    titled_name: Option<Regex>,
    /// A cue word and a full name after it.
    cued_name: Option<Regex>,
    /// A full name and the person's role at the seller or carrier after it.
    role_named: Option<Regex>,
    /// The person's role at the seller and a name of three words after it.
    role_before_named: Option<Regex>,
}

fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).expect("word list compiles")
}

/// A list as one expression: whole words, any case, in spaced languages.
fn list(t: &Table, entries: &[&str]) -> Regex {
    let joined = entries.join("|");
    if t.spaced {
        // Buyers type without accents as often as sellers do.
        compile(&latin_table(&format!(r"(?i)\b(?:{joined})\b")))
    } else {
        compile(&format!("(?:{joined})"))
    }
}

const NAME: &str = r"\p{Lu}[\p{L}'\-]+(?:\s+\p{Lu}[\p{L}'\-]+)?";
const FULL_NAME: &str =
    r"\p{Lu}\p{Ll}+(?:[\-']\p{Lu}?\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:[\-']\p{Lu}?\p{Ll}+)?";

static LEXICONS: LazyLock<Vec<Lexicon>> = LazyLock::new(|| {
    TABLES
        .iter()
        .map(|t| {
            let generic = if t.spaced {
                compile(&latin_table(&format!(
                    "(?i)^(?:{})$",
                    t.generic.join("|")
                )))
            } else {
                list(t, t.generic)
            };
            let (titled_name, cued_name, role_named, role_before_named) = match &t.names {
                NameStyle::Prefix {
                    titles,
                    cues,
                    roles_after,
                    roles_before,
                    ..
                } => (
                    Some(compile(&format!(
                        r"(?:\b(?P<before>\p{{L}}+)\s+)?(?P<title>\b{titles}\s+(?P<name>{NAME}))"
                    ))),
                    Some(compile(&format!(
                        r"(?i:\b(?:{})\b),?\s+(?P<name>{FULL_NAME})",
                        cues.join("|")
                    ))),
                    Some(compile(&latin_table(&format!(
                        r"\b(?P<name>{FULL_NAME}(?:\s+\p{{Lu}}\p{{Ll}}+)?),?\s+(?i:(?:{})\b)",
                        roles_after.join("|")
                    )))),
                    (!roles_before.is_empty()).then(|| {
                        compile(&latin_table(&format!(
                            r"(?i:\b(?:{})\b),?\s+(?P<name>{FULL_NAME}\s+\p{{Lu}}\p{{Ll}}+(?:[\-']\p{{Lu}}?\p{{Ll}}+)?)",
                            roles_before.join("|")
                        )))
                    }),
                ),
                NameStyle::Suffix {
                    honorifics,
                    name_cues,
                    ..
                } => (
                    Some(compile(&format!(
                        r"(?P<title>(?P<name>\p{{Han}}{{1,6}}|[\p{{Katakana}}ー]{{2,8}})(?:{honorifics}|{name_cues}))"
                    ))),
                    None,
                    None,
                    None,
                ),
            };
            Lexicon {
                table: t,
                profane: list(t, t.profane),
                fulfillment: list(t, t.fulfillment),
                service: list(t, t.service),
                delivery_mention: list(t, t.delivery_mention),
                product_phrases: list(t, t.product_phrases),
                own_box: list(t, t.own_box),
                listing_vs_label: list(t, t.listing_vs_label),
                door: list(t, t.door),
                generic,
                product_hints: list(t, t.product_hints),
                titled_name,
                cued_name,
                role_named,
                role_before_named,
            }
        })
        .collect()
});

fn lexicon(lang: Language) -> &'static Lexicon {
    let t = table(lang);
    LEXICONS
        .iter()
        .find(|l| std::ptr::eq(l.table, t))
        .unwrap_or(&LEXICONS[0])
}

fn is_katakana(c: char) -> bool {
    matches!(c as u32, 0x30A1..=0x30FA | 0x30FC)
}

/// Distinct matches, in order of appearance.
fn matches(re: &Regex, text: &str, lex: &Lexicon) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for m in re.find_iter(text) {
        if lex.table.whole_word_only.contains(&m.as_str()) {
            let before = text[..m.start()].chars().next_back();
            let after = text[m.end()..].chars().next();
            if before.is_some_and(is_katakana) || after.is_some_and(is_katakana) {
                continue;
            }
        }
        let s = m.as_str().to_string();
        if !out.iter().any(|o| o.eq_ignore_ascii_case(&s)) {
            out.push(s);
        }
    }
    out
}

/// The words of a comment that say something: not everyday filler, not generic praise or
/// disappointment, not profanity, not numbers. Empty when the comment says nothing concrete.
/// A one-word comment ("Junk.", "Terrible.") never says enough to be a product review.
fn content_words<'a>(comment: &'a str, lex: &Lexicon) -> Vec<&'a str> {
    let t = lex.table;
    if !t.spaced {
        // Without spaces, what is left once the generic phrases and profanity are taken out.
        let rest = lex.generic.replace_all(comment, "");
        let rest = lex.profane.replace_all(&rest, "");
        let left = rest.chars().filter(|c| c.is_alphanumeric()).count();
        return if left >= 3 {
            let clause = comment
                .split(['。', '、', '！', '？', '!', '?', '\n'])
                .map(str::trim)
                .find(|c| !c.is_empty())
                .unwrap_or(comment);
            let end = clause
                .char_indices()
                .nth(20)
                .map_or(clause.len(), |(i, _)| i);
            vec![&clause[..end]]
        } else {
            Vec::new()
        };
    }
    let words: Vec<&str> = word_spans(comment).collect();
    if words.len() < 2 {
        return Vec::new();
    }
    words
        .into_iter()
        .filter(|w| {
            let lower = w.to_lowercase().replace('’', "'");
            // A product word is content even when it is also an everyday word ("it broke").
            lex.product_hints.is_match(&lower)
                || !(t.common.contains(&lower.as_str())
                    || lex.generic.is_match(&lower)
                    || lex.profane.is_match(&lower)
                    || lower.chars().all(|c| c.is_ascii_digit()))
        })
        .collect()
}

fn text_findings(comment: &str, detected: &Detected, ctx: &Context) -> Vec<Finding> {
    let lex = lexicon(detected.language);
    let mut findings = Vec::new();
    // "The package of pods", "returned to normal", a product's own debris: product words that
    // read like the parcel, a return or an insult are set aside first.
    let product_masked = lex.product_phrases.replace_all(comment, " ");
    // The product's own box or card ("la caja del kit es de un cartón finísimo") keeps what is
    // said of it; only its words that also name the parcel are taken out.
    let product_masked = lex
        .own_box
        .replace_all(&product_masked, |c: &regex::Captures| {
            let span = lex.fulfillment.replace_all(&c[0], " ");
            lex.delivery_mention.replace_all(&span, " ").into_owned()
        })
        .into_owned();
    let profane = matches(&lex.profane, &product_masked, lex);
    if !profane.is_empty() {
        findings.push(Finding {
            ground: Ground::Obscene,
            evidence: profane,
        });
    }
    let personal = personal_data(comment, lex, ctx);
    if !personal.is_empty() {
        findings.push(Finding {
            ground: Ground::PersonalData,
            evidence: personal,
        });
    }
    // The listing set against the item's own label is the seller's description, read before
    // "the listing says" is set aside below as a product claim.
    if lex.listing_vs_label.is_match(comment) {
        return findings;
    }
    let masked = product_masked;
    // The courier not ringing at the door is the delivery, not a call to or from the seller.
    let door = matches(&lex.door, &masked, lex);
    let masked = lex.door.replace_all(&masked, " ");
    let comment = masked.as_ref();
    // Anything about the seller's service means the comment is not only about the product,
    // and not only about Amazon's delivery either.
    if lex.service.is_match(comment) {
        return findings;
    }
    let mut fulfillment = door;
    for f in matches(&lex.fulfillment, comment, lex) {
        if !fulfillment.iter().any(|o| o.eq_ignore_ascii_case(&f)) {
            fulfillment.push(f);
        }
    }
    if !fulfillment.is_empty() {
        // On FBA orders Amazon ships: a delivery complaint is about Amazon, not the seller.
        // On FBM orders delivery is the seller's service.
        if ctx.fulfillment == Some(Fulfillment::Fba) {
            findings.push(Finding {
                ground: Ground::FbaFulfillment,
                evidence: fulfillment,
            });
        }
        return findings;
    }
    if lex.delivery_mention.is_match(comment) || !detected.sure {
        return findings;
    }
    // No word about the service or the delivery: a product review, whatever the product words,
    // as long as the comment says something concrete.
    let content = content_words(comment, lex);
    if !content.is_empty() {
        let hints = matches(&lex.product_hints, comment, lex);
        let evidence = if hints.is_empty() {
            let mut words: Vec<String> = Vec::new();
            for w in content {
                if !words.iter().any(|o| o.eq_ignore_ascii_case(w)) && words.len() < 5 {
                    words.push(w.to_string());
                }
            }
            words
        } else {
            hints
        };
        findings.push(Finding {
            ground: Ground::ProductReview,
            evidence,
        });
    }
    findings
}

// --- personal data ------------------------------------------------------------------------

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
});
/// A postal address: a street with its house number in the forms of the supported
/// marketplaces ("12 Oak Street", "Hauptstraße 5", "4 rue des Lilas", "Via Roma 12",
/// "Calle Morelos 45", or any street with its house number, postcode and town), or a Japanese postal code or prefecture, city and block number.
/// Spanish and Italian street names may start with or hold a small linking word ("Calle del
/// Olmo 14", "Via dei Mille 3", "Plaza de la Constitución 2").
static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b\d{1,5}\s+(?:\p{Lu}\p{Ll}+\s+){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Lane|Ln\.?|Drive|Dr\.?|Boulevard|Blvd\.?|Court|Ct\.?|Way|Place|Terrace|Close|Crescent)(?:\W|$)",
        r"|\b\p{Lu}[\p{L}-]*(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm)\s+\d{1,4}\s?[a-z]?\b",
        r"|\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|allée|chemin|place|impasse|quai|route)\s+(?:d[eu]\s+|des\s+|de\s+la\s+|d')?\p{Lu}",
        r"|\b(?:Via|Viale|Piazza|Corso|Vicolo|Largo|via|viale|piazza|corso)\s+(?:(?:di|del|della|dello|dei|degli|delle|dell'|d')\s*)?(?:\p{Lu}[\p{L}']*\s*(?:(?:di|del|della|dello|dei|degli|delle|dell'|d'|e)\s*)?){1,3},?\s*\d{1,4}\b",
        // A house number, a postcode and a town: "Am Mühlbach 7, 83646 Bad Tölz".
        r"|\b\p{Lu}[\p{L}.\-]*(?:\s+\p{L}[\p{L}.\-]*){0,3}\s+\d{1,4}\s?[a-zA-Z]?,\s*(?:D-)?\d{5}\s+\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?",
        r"|\b(?:Calle|C/|Avenida|Avda\.?|Av\.|Plaza|Paseo|Camino|Carrera|calle|avenida|plaza|paseo)\s*(?:(?:de|del|de la|de las|de los|la|las|los|el)\s+)?(?:\p{Lu}[\p{L}]*\s*(?:(?:de|del|de la|de las|de los|y)\s+)?){1,4},?\s*(?:n[ºo°.]?\s*)?\d{1,4}\b",
        r"|〒\s?\d{3}-?\d{4}|\p{Han}{1,3}[都道府県]\p{Han}{1,5}[市区町村]\p{Han}{0,6}\d+(?:[-‐－]\d+){1,2}",
    ))
});
/// A run of digits with the separators phone numbers use.
static PHONE_CANDIDATE: LazyLock<Regex> = LazyLock::new(|| compile(r"\+?\(?\d[\d\s().\-/]{6,}\d"));
/// A Spanish number of nine digits written in groups ("655 218 743", "612 34 56 78"): mobiles
/// start with 6 or 7, landlines with 8 or 9, with no leading 0 or country code to show it.
static NINE_DIGIT_PHONE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^[6-9]\d{2}(?:(?:[ .]\d{3}){2}|(?:[ .]\d{2}){3})$"));
/// A UK number written in groups as UK numbers are, a space between them: a mobile or a
/// four-digit area code then six digits ("07700 900461", "01632 960983"), a three- or two-digit
/// code ("0113 496 0000", "020 7946 0958"), or the same after +44 ("+44 7700 900461"). Its shape
/// is a phone's even after a word that names a document it is printed on ("the number on the
/// invoice 07700 900461"): no order, invoice or tracking number is grouped so.
static GROUPED_UK_PHONE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?:0|\+44\s?(?:\(0\)\s?)?)(?:\d{4}\s\d{6}|\d{4}\s\d{3}\s\d{3}|\d{3}\s\d{3}\s\d{4}|\d{2}\s\d{4}\s\d{4})$",
    )
});
/// An Amazon order id, which looks like a long phone number.
static ORDER_ID: LazyLock<Regex> = LazyLock::new(|| compile(r"^\d{3}-\d{7}-\d{7}$"));
/// Words that announce a phone number, in any covered language (a French comment on the German
/// marketplace still says "téléphone"), their accents optional as in the word tables ("mi movil
/// es", "mon numero").
static PHONE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    let cues: Vec<&str> = TABLES
        .iter()
        .flat_map(|t| t.phone_cues.iter().copied())
        .collect();
    compile(&bare_accents(&format!("(?i)(?:{})", cues.join("|"))))
});
/// Words that introduce a number which is not a phone number, in any covered language.
static NOT_PHONE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    let cues: Vec<&str> = TABLES
        .iter()
        .flat_map(|t| t.not_phone_cues.iter().copied())
        .collect();
    compile(&bare_accents(&format!(
        r"(?i)(?:{})[\s:#.\-]*(?:(?:{NUMBER_WORDS})[\s:#.]*)?(?:de |di |del |de la )?[\s:#.]*(?:は|が|：)?[\s:#.]*$",
        cues.join("|")
    )))
});

fn phones(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for m in PHONE_CANDIDATE.find_iter(text) {
        let raw = m.as_str().trim_end_matches(|c: char| !c.is_ascii_digit());
        let raw = raw.trim();
        let digits = raw.chars().filter(char::is_ascii_digit).count();
        if ORDER_ID.is_match(raw) || !(9..=15).contains(&digits) {
            continue;
        }
        // Digits glued to letters are part of a code (tracking number, model number).
        let before = text[..m.start()].chars().next_back();
        // Japanese writes a number straight after a word (連絡先は090-…): only Latin letters
        // and digits glue.
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '#') {
            continue;
        }
        let groups = raw
            .split(|c: char| !c.is_ascii_digit())
            .filter(|g| !g.is_empty())
            .count();
        let cue_start = text[..m.start()]
            .char_indices()
            .rev()
            .nth(24)
            .map_or(0, |(i, _)| i);
        let lead = &text[cue_start..m.start()];
        if NOT_PHONE_CUE.is_match(lead) && !GROUPED_UK_PHONE.is_match(raw) {
            continue;
        }
        let cued = PHONE_CUE.is_match(lead);
        let shaped = raw.starts_with('+')
            || (raw.starts_with('0') && groups >= 2)
            || (groups >= 2 && digits >= 10)
            || NINE_DIGIT_PHONE.is_match(raw);
        if cued || shaped {
            out.push(raw.to_string());
        }
    }
    out
}

/// Organisation words that are capitalised but never a person's name.
const NOT_A_NAME: &[&str] = &[
    "amazon",
    "customer",
    "service",
    "support",
    "prime",
    "seller",
    "central",
    "team",
    "ups",
    "usps",
    "fedex",
    "dhl",
    "hermes",
    "dpd",
    "gls",
    "store",
    "shop",
    "company",
    "help",
    "desk",
    "kundenservice",
    "post",
    "deutsche",
    "packstation",
    "paketshop",
    "filiale",
    "kiosk",
    "familie",
    "nachbar",
    "nachbarin",
    "the",
    "a",
    "an",
    "this",
    "my",
    "i",
    "it",
    "he",
    "she",
    "client",
    "clientèle",
    "vendeur",
    "boutique",
    "magasin",
    "sav",
    "clienti",
    "servizio",
    "negozio",
    "venditore",
    "assistenza",
    "cliente",
    "vendedor",
    "tienda",
    "atención",
    "soporte",
    "le",
    "la",
    "el",
    "il",
    // Carriers named in two capitalised words ("Royal Mail told me it was delivered").
    "royal",
    "mail",
    "parcelforce",
    "evri",
    "yodel",
    // Words that open a sentence before a given name ("Then Graham hung up on me").
    "then",
    "and",
    "but",
    "so",
    "when",
    "finally",
    "eventually",
    "later",
    "yesterday",
    "today",
];

fn name_like(candidate: &str, ctx: &Context) -> bool {
    let words: Vec<String> = candidate
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty()
        && words
            .iter()
            .all(|w| !NOT_A_NAME.contains(&w.as_str()) && !ctx.product_words.contains(w))
}

fn personal_data(comment: &str, lex: &Lexicon, ctx: &Context) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let push = |s: String, out: &mut Vec<String>| {
        if !out.contains(&s) {
            out.push(s);
        }
    };
    for m in EMAIL.find_iter(comment) {
        push(m.as_str().to_string(), &mut out);
    }
    for p in phones(comment) {
        push(p, &mut out);
    }
    for m in ADDRESS.find_iter(comment) {
        push(m.as_str().trim().to_string(), &mut out);
    }
    let lower = comment.to_lowercase();
    for name in &ctx.staff_names {
        let name = name.trim();
        if name.chars().count() < 2 {
            continue;
        }
        let wanted = name.to_lowercase();
        let found = lower.match_indices(&wanted).any(|(i, _)| {
            let before = lower[..i].chars().next_back();
            let after = lower[i + wanted.len()..].chars().next();
            // Latin names must stand as words; CJK names have no spaces around them.
            let cjk_name = !name.is_ascii();
            cjk_name
                || (!before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric))
        });
        if found {
            push(name.to_string(), &mut out);
        }
    }
    match &lex.table.names {
        NameStyle::Prefix {
            not_title_before, ..
        } => {
            if let Some(re) = &lex.titled_name {
                for c in re.captures_iter(comment) {
                    let before = c.name("before").map(|m| m.as_str().to_lowercase());
                    if before.is_some_and(|b| not_title_before.contains(&b.as_str()))
                        || !name_like(&c["name"], ctx)
                    {
                        continue;
                    }
                    push(c["title"].to_string(), &mut out);
                }
            }
            for re in [&lex.cued_name, &lex.role_named, &lex.role_before_named]
                .into_iter()
                .flatten()
            {
                for c in re.captures_iter(comment) {
                    if name_like(&c["name"], ctx) {
                        push(c["name"].to_string(), &mut out);
                    }
                }
            }
        }
        NameStyle::Suffix {
            role_endings,
            given_name_endings,
            role_words,
            ..
        } => {
            if let Some(re) = &lex.titled_name {
                for c in re.captures_iter(comment) {
                    let name = &c["name"];
                    let last = name.chars().next_back().unwrap_or(' ');
                    // 由美子さん is a person; 子 alone or after one character (息子, 様子) a role.
                    let given_name = given_name_endings.contains(last) && name.chars().count() >= 3;
                    let role = role_endings.contains(last) && !given_name;
                    if role || role_words.iter().any(|r| name.ends_with(r)) {
                        continue;
                    }
                    push(c["title"].to_string(), &mut out);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
