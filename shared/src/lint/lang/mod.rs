//! Per-language word tables. The rules in [`super::phrases`] never name a word: they ask a
//! table for the concepts a sentence holds (a review mention, a condition, a positive
//! experience, a reward…) and decide from how those combine. Adding a language is adding one
//! file with a [`Lexicon`] and one line in [`LANGUAGES`].
//!
//! Patterns are regex source; every one is compiled case-insensitive. A language's patterns are
//! compiled the first time a template in that language is linted.

use std::cell::OnceCell;
use std::sync::OnceLock;

/// The bodies that test and grade things in stars, named alike in every language: the crash
/// tests (Euro NCAP, ANCAP, JNCAP, NHTSA, IIHS …), helmet and child-seat tests (SHARP, ADAC,
/// Stiftung Warentest, ÖAMTC, TCS, OCU), hotel and restaurant guides (Michelin, Forbes). Stars
/// they give grade the thing they tested, never the buyer's review. (Regex source, no `\b`
/// around it: each table says where the name stands.)
macro_rules! star_raters {
    () => {
        r"(?:(?:(?:euro|latin|global|asean|bharat|green|china|us)[\s-]*|[ajkc][\s-]?)?ncap|nhtsa|iihs|nasva|(?-i:SHARP)|adac|(?-i:TCS)|öamtc|stiftung[\s-]+warentest|öko-?test|(?-i:OCU)|que[\s-]+choisir|michelin|forbes)"
    };
}

mod de;
mod en;
mod es;
mod fr;
mod it;
mod ja;

/// What a sentence can hold, as far as the rules care. Each is a list of patterns in a
/// [`Lexicon`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Concept {
    /// Asks for a positive or 5-star rating, or against a negative one (a rule on its own).
    Steering,
    /// Asks to remove or change a review or feedback (a rule on its own).
    FeedbackChange,
    /// Promotes products, sales, codes or social accounts (a rule on its own).
    Marketing,
    /// Asks for a review or seller feedback.
    Request,
    /// Names a review, rating or feedback at all.
    Mention,
    /// Matched against the text right before a mention (anchor with `$`): the seller reviewing
    /// something ("we will review your request"), which is no review, or words that set a thing
    /// apart from reviews ("nothing to do with reviews"), which name none, or that make stars
    /// things in the box ("the magnetic stars", "a sheet of stars").
    SellerReviews,
    /// The buyer being happy, satisfied, or everything being fine.
    Positive,
    /// A word that turns a positive experience around ("not", "nicht", 「ない」).
    Negation,
    /// Something wrong: broken, missing, a problem, an unhappy buyer.
    Problem,
    /// A condition marker: "if", "as long as", "wenn", 「たら」.
    Condition,
    /// A condition that points back to the sentence before: "if so", "wenn ja", 「そうであれば」.
    IfSo,
    /// A question without a question mark (Japanese 「でしょうか。」); matched on the trimmed
    /// sentence, so anchor with `$`.
    Question,
    /// Contacting the seller: "contact us", "reply", "let us know".
    Contact,
    /// Ordering before or instead of a review: "before leaving a review", 「レビューの前に」.
    BeforeReview,
    /// Doing something first or instead: "first", "instead", "zuerst", 「まずは」.
    First,
    /// A reward that service mail never offers: gift cards, coupons, cashback, "a little
    /// something", screenshots of reviews.
    Reward,
    /// Value that service mail offers too: refunds, free items, replacements.
    Value,
    /// Words that tie a value to an act: "in return", "as thanks", "once", "then".
    Link,
    /// The review already posted, as a condition for what follows: "once it is online",
    /// "Bewertung geschrieben?", 「掲載されましたら」. Reads as a review mention and a link.
    Posted,
    /// "Otherwise" or "if not": a condition on the opposite of the sentence before.
    Otherwise,
    /// A condition only on the buyer's time or wish, or on a review not yet written ("if you
    /// have a moment", "wenn Sie möchten", 「お時間があれば」), on the order's arrival or first
    /// use ("once it has arrived", "when you have worn it a few times"), or a courtesy on timing
    /// ("when it suits you", "cuando guste"): it leaves a review ask unconditional. A condition
    /// or a linking word inside one of these spans is ignored.
    Benign,
    /// A bad, negative or angry review, named at all.
    NegativeReview,
    /// A question about something other than the buyer's experience ("Did you know…?").
    Aside,
    /// A label that opens one of several options, at the start of a sentence ("Option A",
    /// "Variante B") or a yes/no answer ("YES -", "NEIN –"); bullets are read without a table.
    Branch,
    /// Words that open a sentence taking a yes for granted after a question: "Then …",
    /// "Great!", "Dann …", "Alors …", 「それなら」. Matched on the trimmed sentence (anchor with `^`).
    Then,
    /// The ask says any opinion is welcome ("whatever your experience", "good or bad",
    /// "quel qu'il soit"): no condition near it gates it.
    Unconditional,
    /// The text says it does not ask for what follows ("this is not a request for a good
    /// rating", 「お願いするものではありません」): a steering or request inside is no ask; or
    /// that an offer has nothing to do with reviews: the offer in it or just before it is none.
    Disclaim,
    /// Words of value or of exchange in another sense: a gift bag, gift wrapping, an item bought
    /// as a gift, the coupon the buyer already applied, an order handed to the carrier ("remise
    /// au transporteur"), the "for" of thanks ("grateful for a review", "grati per una
    /// recensione"), which ties nothing to the review, or a "first" bound to something else than
    /// the review ("contact us first, before throwing the box away"), or help offered whenever
    /// the review comes ("before or after you review it"). Rewards, values, marketing, problems,
    /// linking and "first" words inside one are dropped, and so are star counts on the order's
    /// item line ("Item: Five Star Notebook"), which name a product, and orderings before the
    /// review that lie wholly inside one. An ask whose last words open one ("Metta due stelle
    /// di anice", "Ponga dos estrellas de anís") asks for nothing.
    OtherSense,
    /// The people who review, or a review as the step before something: "those who leave a
    /// review", "wer uns bewertet", "a chi ci lascia un feedback", 「レビューを書いてくださった方」,
    /// "once you review us", "leave a review and …". Read as a review mention.
    Reviewers,
    /// Something the seller gives, sends, unlocks, extends, refunds or upgrades: "we'll email
    /// you", "at cost price", "early access", 「特別価格」. Harmless alone; with [`Self::Reviewers`]
    /// in the same sentence it is a benefit for the review.
    Grant,
    /// A group of buyers named by what they feel or did: "for everyone who", "für alle, denen",
    /// "pour ceux qui", "para quienes", "per chi", 「皆さまへ」. With the buyer being happy after
    /// it in the same sentence ("For everyone who loves it"), a condition on that.
    Audience,
    /// Stars a third party's test or rating gives a thing, said of that thing: "a five-star Euro
    /// NCAP rating", "rated five stars by NHTSA", 「JNCAPで五つ星」, or a critic's name for a
    /// piece ("a fashion critic called it a five-star coat"); and stars that grade no product
    /// at all, a design's ("the five stars on the dial") or an event's wished ("have a
    /// five-star wedding"). Another sense of stars
    /// ([`Self::OtherSense`]) while no ask of the buyer governs them ([`Self::StarAsk`],
    /// [`Self::StarTail`]).
    RatedStars,
    /// An ask of the buyer that governs third-party stars after it in its sentence: "please
    /// give our helmet a five-star safety rating", "geben Sie …", 「お客様からも」.
    StarAsk,
    /// Words right after third-party stars that wish them of the buyer ("… from you", "von
    /// Ihnen", the review link, 「をお願いします」). Matched where the stars end.
    StarTail,
}

pub(super) const CONCEPTS: usize = 34;

impl Concept {
    #[cfg(test)]
    const ALL: [Concept; CONCEPTS] = [
        Self::Steering,
        Self::FeedbackChange,
        Self::Marketing,
        Self::Request,
        Self::Mention,
        Self::SellerReviews,
        Self::Positive,
        Self::Negation,
        Self::Problem,
        Self::Condition,
        Self::IfSo,
        Self::Question,
        Self::Contact,
        Self::BeforeReview,
        Self::First,
        Self::Reward,
        Self::Value,
        Self::Link,
        Self::Posted,
        Self::Otherwise,
        Self::Benign,
        Self::NegativeReview,
        Self::Aside,
        Self::Branch,
        Self::Then,
        Self::Unconditional,
        Self::Disclaim,
        Self::OtherSense,
        Self::Reviewers,
        Self::Grant,
        Self::Audience,
        Self::RatedStars,
        Self::StarAsk,
        Self::StarTail,
    ];
}

/// One language's words and patterns.
pub(super) struct Lexicon {
    /// Primary language subtag, lowercase: `en` (matches `en-US`, `en_GB`…).
    pub code: &'static str,
    pub steering: &'static [&'static str],
    pub feedback_change: &'static [&'static str],
    pub marketing: &'static [&'static str],
    pub request: &'static [&'static str],
    pub mention: &'static [&'static str],
    pub seller_reviews: &'static [&'static str],
    pub positive: &'static [&'static str],
    pub negation: &'static [&'static str],
    pub problem: &'static [&'static str],
    pub condition: &'static [&'static str],
    pub if_so: &'static [&'static str],
    pub question: &'static [&'static str],
    pub contact: &'static [&'static str],
    pub before_review: &'static [&'static str],
    pub first: &'static [&'static str],
    pub reward: &'static [&'static str],
    pub value: &'static [&'static str],
    pub link: &'static [&'static str],
    pub posted: &'static [&'static str],
    pub otherwise: &'static [&'static str],
    pub benign: &'static [&'static str],
    pub negative_review: &'static [&'static str],
    pub aside: &'static [&'static str],
    pub branch: &'static [&'static str],
    pub then: &'static [&'static str],
    pub unconditional: &'static [&'static str],
    pub disclaim: &'static [&'static str],
    pub other_sense: &'static [&'static str],
    pub rated_stars: &'static [&'static str],
    pub star_ask: &'static [&'static str],
    pub star_tail: &'static [&'static str],
    pub reviewers: &'static [&'static str],
    pub grant: &'static [&'static str],
    pub audience: &'static [&'static str],
    /// Lowercase substrings of a request that make it a seller-feedback request.
    pub feedback_words: &'static [&'static str],
    /// Lowercase substrings of a request that make it a product-review request.
    pub review_words: &'static [&'static str],
    /// Subject tags that claim urgency, as regex fragments ("important", "wichtig").
    pub important_tags: &'static [&'static str],
    /// Reply and forward prefixes, as regex fragments ("re", "fwd?", "aw").
    pub reply_prefixes: &'static [&'static str],
}

impl Lexicon {
    fn patterns(&self, concept: Concept) -> &'static [&'static str] {
        match concept {
            Concept::Steering => self.steering,
            Concept::FeedbackChange => self.feedback_change,
            Concept::Marketing => self.marketing,
            Concept::Request => self.request,
            Concept::Mention => self.mention,
            Concept::SellerReviews => self.seller_reviews,
            Concept::Positive => self.positive,
            Concept::Negation => self.negation,
            Concept::Problem => self.problem,
            Concept::Condition => self.condition,
            Concept::IfSo => self.if_so,
            Concept::Question => self.question,
            Concept::Contact => self.contact,
            Concept::BeforeReview => self.before_review,
            Concept::First => self.first,
            Concept::Reward => self.reward,
            Concept::Value => self.value,
            Concept::Link => self.link,
            Concept::Posted => self.posted,
            Concept::Otherwise => self.otherwise,
            Concept::Benign => self.benign,
            Concept::NegativeReview => self.negative_review,
            Concept::Aside => self.aside,
            Concept::Branch => self.branch,
            Concept::Then => self.then,
            Concept::Unconditional => self.unconditional,
            Concept::Disclaim => self.disclaim,
            Concept::OtherSense => self.other_sense,
            Concept::Reviewers => self.reviewers,
            Concept::Grant => self.grant,
            Concept::Audience => self.audience,
            Concept::RatedStars => self.rated_stars,
            Concept::StarAsk => self.star_ask,
            Concept::StarTail => self.star_tail,
        }
    }
}

/// A lexicon and its patterns, each concept's compiled on first use: a template that never
/// asks for a review never compiles the patterns that qualify a request.
pub(super) struct Language {
    pub lexicon: &'static Lexicon,
    compiled: [OnceLock<Vec<Pattern>>; CONCEPTS],
}

impl Language {
    const fn new(lexicon: &'static Lexicon) -> Self {
        Self {
            lexicon,
            compiled: [const { OnceLock::new() }; CONCEPTS],
        }
    }

    pub(super) fn regexes(&self, concept: Concept) -> &[Pattern] {
        self.compiled[concept as usize]
            .get_or_init(|| compile(self.lexicon.code, self.lexicon.patterns(concept)))
    }
}

/// What each concept's patterns found in one text, kept from the first search on. The rules ask
/// for the same concept many times: the words with another sense filter eight concepts and were
/// searched about eleven times per text, conditions, mentions and problems two or three times.
/// A part is read with at most two selections of tables (alone, and in its locale: see
/// `lint_source_both_ways`), each kept apart; a third would be searched afresh.
#[derive(Default)]
pub(in crate::lint) struct SpanMemo {
    readings: [Memo; 2],
}

/// The spans of one selection of tables.
struct Memo {
    /// The tables the kept spans were found with, by language code.
    tables: OnceCell<Vec<&'static str>>,
    spans: [OnceCell<Vec<(usize, usize)>>; CONCEPTS],
}

impl Default for Memo {
    fn default() -> Self {
        Self {
            tables: OnceCell::new(),
            spans: [const { OnceCell::new() }; CONCEPTS],
        }
    }
}

impl SpanMemo {
    /// The spans of `concept` read with `langs`, computed by `find` on the first request.
    pub(in crate::lint) fn get(
        &self,
        langs: &[&'static Language],
        concept: Concept,
        find: impl FnOnce() -> Vec<(usize, usize)>,
    ) -> Vec<(usize, usize)> {
        let codes = || langs.iter().map(|l| l.lexicon.code).collect::<Vec<_>>();
        let same = |tables: &[&str]| {
            tables.len() == langs.len()
                && tables
                    .iter()
                    .zip(langs)
                    .all(|(&code, l)| code == l.lexicon.code)
        };
        match self
            .readings
            .iter()
            .find(|memo| same(memo.tables.get_or_init(codes)))
        {
            Some(memo) => memo.spans[concept as usize].get_or_init(find).clone(),
            None => find(),
        }
    }
}

/// A text to search, with what the case-blind test of a pattern's first words needs to know.
pub(in crate::lint) struct Haystack<'t> {
    pub(in crate::lint) text: &'t str,
    /// The text holds a letter outside ASCII that matches an ASCII one when case is ignored.
    pub(in crate::lint) odd_case: bool,
}

/// The only letters outside ASCII that ignoring case makes equal to ASCII ones: the long s
/// (`s`) and the Kelvin sign (`k`).
const ODD_CASE: [char; 2] = ['\u{17F}', '\u{212A}'];

impl<'t> Haystack<'t> {
    pub(in crate::lint) fn new(text: &'t str) -> Self {
        Self {
            text,
            odd_case: text.contains(ODD_CASE),
        }
    }
}

/// Where a pattern's matches can start.
enum Starts {
    /// At one of these literals, as the text writes them (every case variant listed).
    Exact(regex_automata::util::prefilter::Prefilter),
    /// At one of these ASCII literals, compared without ASCII case: for patterns whose first
    /// words have too many case variants to list ("vouchers" has 256).
    Folded(aho_corasick::AhoCorasick),
    /// Anywhere, when the text holds one of these ASCII literals that every match ends with
    /// (compared without ASCII case), and nowhere when it holds none: for patterns that start
    /// with a class too large to list (`\d+ % off`).
    Ends(aho_corasick::AhoCorasick),
}

impl Starts {
    fn of(source: &str, hir: &regex_syntax::hir::Hir) -> Option<Self> {
        use regex_automata::util::prefilter::Prefilter;
        if let Some(exact) =
            Prefilter::from_hir_prefix(regex_automata::MatchKind::LeftmostFirst, hir)
        {
            return Some(Self::Exact(exact));
        }
        // The same pattern read with case: every match of the pattern without case starts (or
        // ends) with one of its literals, letter for letter the same but for case. A literal is
        // cut where a char outside ASCII begins (ends), whose case variants the comparison would
        // miss.
        let cased = regex_syntax::parse(source).ok()?;
        let first = ascii_literals(&cased, true, |bytes| {
            &bytes[..bytes
                .iter()
                .position(|b| !b.is_ascii())
                .unwrap_or(bytes.len())]
        });
        if let Some(words) = first {
            return Some(Self::Folded(words));
        }
        ascii_literals(&cased, false, |bytes| {
            &bytes[bytes
                .iter()
                .rposition(|b| !b.is_ascii())
                .map_or(0, |i| i + 1)..]
        })
        .map(Self::Ends)
    }

    /// The first place in `hay` a match can start; `None` when there is none. A text with an
    /// odd-case letter is searched whole by the case-blind kinds.
    fn first(&self, hay: &Haystack) -> Option<usize> {
        match self {
            Self::Exact(pre) => pre
                .find(
                    hay.text.as_bytes(),
                    regex_automata::Span::from(0..hay.text.len()),
                )
                .map(|span| span.start),
            Self::Folded(_) | Self::Ends(_) if hay.odd_case => Some(0),
            Self::Folded(words) => words.find(hay.text).map(|m| m.start()),
            Self::Ends(words) => words.is_match(hay.text).then_some(0),
        }
    }
}

/// A case-blind search for the literals every match of `cased` starts with (or ends with, when
/// not `prefix`), each cut to its ASCII part by `ascii`; `None` when there is no short list of
/// them or one has no ASCII part.
fn ascii_literals(
    cased: &regex_syntax::hir::Hir,
    prefix: bool,
    ascii: fn(&[u8]) -> &[u8],
) -> Option<aho_corasick::AhoCorasick> {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    let kind = if prefix {
        ExtractKind::Prefix
    } else {
        ExtractKind::Suffix
    };
    let mut literals = Extractor::new().kind(kind).extract(cased);
    if prefix {
        literals.optimize_for_prefix_by_preference();
    } else {
        literals.optimize_for_suffix_by_preference();
    }
    let words: Vec<&[u8]> = literals
        .literals()?
        .iter()
        .map(|lit| ascii(lit.as_bytes()))
        .collect();
    if words.is_empty() || words.iter().any(|w| w.is_empty()) {
        return None;
    }
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(words)
        .ok()
}

/// One compiled pattern of a table.
///
/// Built with only the engines that can run it: the NFA searched by the bounded backtracker, or
/// the Pike VM for longer texts. The lazy DFA gives up on any text with a non-ASCII character
/// when a pattern has a Unicode `\b`, as nearly all of these do, so for the tables' texts it
/// was a cache built and thrown away per pattern; the full and one-pass DFAs are compiled ahead
/// for patterns that then rarely need them. Without the three, linting a one-store config took
/// 0.87 s and 115 MB at its peak instead of 1.13 s and 189 MB (the cost of a function's first
/// start after a config push), with the same matches.
///
/// Most texts hold none of a pattern's first words, yet the backtracker clears its memory of
/// visited states (up to 256 KB) for the whole text before it looks for them, and a pattern
/// whose first words have too many case variants to list is run over every position. So a
/// search first looks for the words every match starts with ([`Starts`]), and runs the pattern
/// only from the first of them. The regex is handed the same literals rather than finding its
/// own: the one-store config then lints in 0.70 s and 98 MB (0.82 s and 115 MB before), and
/// the lint's corpora in a third of the time, with the same findings.
pub(super) struct Pattern {
    re: regex_automata::meta::Regex,
    starts: Option<Starts>,
    /// The pattern names a group `m`: report it instead of the whole match.
    group_m: bool,
}

impl Pattern {
    /// Compiles `source` without case.
    fn new(source: &str) -> Result<Self, String> {
        let hir = regex_automata::util::syntax::parse(&format!("(?i){source}"))
            .map_err(|e| e.to_string())?;
        let starts = Starts::of(source, &hir);
        let mut config = regex_automata::meta::Config::new()
            .dfa(false)
            .onepass(false)
            .hybrid(false);
        // The same literals the regex would find for itself, held once.
        if let Some(Starts::Exact(pre)) = &starts {
            config = config.prefilter(Some(pre.clone()));
        }
        let re = regex_automata::meta::Regex::builder()
            .configure(config)
            .build_from_hir(&hir)
            .map_err(|e| e.to_string())?;
        let group_m = re
            .group_info()
            .to_index(regex_automata::PatternID::ZERO, "m")
            .is_some();
        Ok(Pattern {
            starts,
            re,
            group_m,
        })
    }

    /// The part of `hay` a match can lie in: from the first place one can start, or none.
    fn input<'t>(&self, hay: &Haystack<'t>) -> Option<regex_automata::Input<'t>> {
        let start = match &self.starts {
            Some(starts) => starts.first(hay)?,
            None => 0,
        };
        Some(regex_automata::Input::new(hay.text).span(start..hay.text.len()))
    }

    /// Whether a match starts exactly at byte `at` of `text`.
    pub(in crate::lint) fn matches_at(&self, text: &str, at: usize) -> bool {
        let input = regex_automata::Input::new(text)
            .span(at..text.len())
            .anchored(regex_automata::Anchored::Yes);
        self.re.is_match(input)
    }

    pub(in crate::lint) fn is_match(&self, hay: &Haystack) -> bool {
        self.input(hay).is_some_and(|input| self.re.is_match(input))
    }

    /// Byte ranges of every non-empty match (of group `m` when the pattern has one).
    pub(in crate::lint) fn find_bytes(&self, hay: &Haystack) -> Vec<(usize, usize)> {
        let Some(input) = self.input(hay) else {
            return Vec::new();
        };
        if !self.group_m {
            return self
                .re
                .find_iter(input)
                .filter(|m| !m.is_empty())
                .map(|m| (m.start(), m.end()))
                .collect();
        }
        self.re
            .captures_iter(input)
            .filter_map(|c| {
                c.get_group_by_name("m")
                    .or_else(|| c.get_match().map(|m| m.span()))
            })
            .filter(|sp| sp.start < sp.end)
            .map(|sp| (sp.start, sp.end))
            .collect()
    }
}

fn compile(code: &str, patterns: &[&str]) -> Vec<Pattern> {
    patterns
        .iter()
        .map(|p| {
            // Japanese words are not made of Latin letters: its `\w` keeps every script. The
            // Latin-script tables also read a word typed without its accents.
            let p = if code == "ja" {
                (*p).into()
            } else {
                crate::pattern::latin_table(p)
            };
            Pattern::new(&p).unwrap_or_else(|e| panic!("built-in {code} lint pattern {p:?}: {e}"))
        })
        .collect()
}

/// Every language with a table. English stays first: it is the fallback for mixed wording.
pub(super) static LANGUAGES: [Language; 6] = [
    Language::new(&en::LEXICON),
    Language::new(&de::LEXICON),
    Language::new(&ja::LEXICON),
    Language::new(&fr::LEXICON),
    Language::new(&it::LEXICON),
    Language::new(&es::LEXICON),
];

/// The tables a template is read with.
pub(super) struct Selection {
    pub langs: Vec<&'static Language>,
    /// The template's locale when no table covers its language.
    pub unchecked: Option<String>,
}

impl Selection {
    /// Adds the table of a language (its code: `de`) when the selection lacks it.
    pub fn include(&mut self, code: &str) {
        if self.langs.iter().any(|l| l.lexicon.code == code) {
            return;
        }
        if let Some(table) = LANGUAGES.iter().find(|l| l.lexicon.code == code) {
            self.langs.push(table);
        }
    }
}

/// The primary language subtag of a locale: `pt` for `pt-BR`, `en` for `en_GB`.
pub(super) fn primary(locale: &str) -> String {
    locale
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// Picks the tables for a locale: its own plus English (sellers mix English into every
/// language); every table when the locale is unknown or has no table of its own.
pub(super) fn select(locale: Option<&str>) -> Selection {
    let all = || LANGUAGES.iter().collect::<Vec<_>>();
    let Some(locale) = locale.filter(|l| !l.trim().is_empty()) else {
        return Selection {
            langs: all(),
            unchecked: None,
        };
    };
    let code = primary(locale);
    match LANGUAGES.iter().find(|l| l.lexicon.code == code) {
        Some(own) => {
            let mut langs = vec![own];
            if own.lexicon.code != "en" {
                langs.push(&LANGUAGES[0]);
            }
            Selection {
                langs,
                unchecked: None,
            }
        }
        None => Selection {
            langs: all(),
            unchecked: Some(locale.trim().to_string()),
        },
    }
}

/// Whether a table exists for a locale's language.
pub(super) fn is_checked_locale(locale: &str) -> bool {
    let code = primary(locale);
    LANGUAGES.iter().any(|l| l.lexicon.code == code)
}

/// Regex fragments of one subject list, from every table.
pub(super) fn subject_words(pick: fn(&Lexicon) -> &'static [&'static str]) -> String {
    let mut words: Vec<&str> = LANGUAGES
        .iter()
        .flat_map(|l| pick(l.lexicon))
        .copied()
        .collect();
    words.sort_unstable();
    words.dedup();
    words.join("|")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every match the pattern finds without its first-words test, over texts with the words
    /// early, late, in other cases, with odd-case letters, and absent.
    fn agrees_with_plain_search(source: &str, texts: &[&str]) {
        let pattern = Pattern::new(source).unwrap();
        let plain = regex_automata::meta::Regex::new(&format!("(?i){source}")).unwrap();
        for text in texts {
            let expected: Vec<(usize, usize)> = plain
                .find_iter(*text)
                .filter(|m| !m.is_empty())
                .map(|m| (m.start(), m.end()))
                .collect();
            assert_eq!(
                pattern.find_bytes(&Haystack::new(text)),
                expected,
                "{source} on {text:?}"
            );
            assert_eq!(
                pattern.is_match(&Haystack::new(text)),
                !expected.is_empty(),
                "{source} on {text:?}"
            );
        }
    }

    #[test]
    fn first_words_tests_keep_every_match() {
        let texts = [
            "",
            "nothing to see here",
            "Vouchers and COUPONS for everyone",
            "a long line first, then at the very end: vOuChErS",
            "voucherſ with a long s, and a \u{212A}ey",
            "coupon vouchers coupons",
            "20 % off, 5% OFF, €10 off and ten off",
            "five stars, 5-STAR, stars",
            "Ünter vouchers Öff",
            "only a \u{17F}tore credit here",
        ];
        let folded = r"\b(?:vouchers?|coupons?|rebates?|discounts?|cash[\s-]*back|store\s+credit|bonus|gift[\s-]*cards?|refunds?)\b";
        assert!(matches!(
            Pattern::new(folded).unwrap().starts,
            Some(Starts::Folded(_))
        ));
        agrees_with_plain_search(folded, &texts);
        let ends = r"\b\d+\s*%\s*off\b|[$€£]\s*\d+\s+off\b";
        assert!(matches!(
            Pattern::new(ends).unwrap().starts,
            Some(Starts::Ends(_))
        ));
        agrees_with_plain_search(ends, &texts);
        let exact = r"\bstars?\b";
        assert!(matches!(
            Pattern::new(exact).unwrap().starts,
            Some(Starts::Exact(_))
        ));
        agrees_with_plain_search(exact, &texts);
        agrees_with_plain_search(r"\bkeys?\b|\bs\w+", &texts);
    }

    #[test]
    fn odd_case_lists_every_letter_outside_ascii_that_matches_an_ascii_one() {
        use regex_syntax::hir::{ClassUnicode, ClassUnicodeRange};
        let mut letters = ClassUnicode::new([
            ClassUnicodeRange::new('a', 'z'),
            ClassUnicodeRange::new('A', 'Z'),
        ]);
        letters.case_fold_simple();
        let outside: Vec<char> = letters
            .iter()
            .flat_map(|r| r.start()..=r.end())
            .filter(|c| !c.is_ascii())
            .collect();
        assert_eq!(outside, ODD_CASE);
    }

    #[test]
    fn every_table_compiles_and_has_every_rule() {
        for lang in &LANGUAGES {
            for c in Concept::ALL {
                let res = lang.regexes(c);
                let optional = matches!(c, Concept::SellerReviews | Concept::Question);
                assert!(
                    optional || !res.is_empty(),
                    "{}: no patterns for {c:?}",
                    lang.lexicon.code
                );
            }
            let l = lang.lexicon;
            assert!(!l.feedback_words.is_empty() && !l.review_words.is_empty());
            assert!(!l.important_tags.is_empty() && !l.reply_prefixes.is_empty());
        }
        let codes: Vec<&str> = LANGUAGES.iter().map(|l| l.lexicon.code).collect();
        assert_eq!(codes.first(), Some(&"en"));
        let mut unique = codes.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), codes.len());
    }

    #[test]
    fn every_concept_has_its_own_slot() {
        for (i, c) in Concept::ALL.iter().enumerate() {
            assert_eq!(*c as usize, i, "{c:?}");
        }
    }

    #[test]
    fn locales_pick_their_table_and_english() {
        let codes = |s: &Selection| s.langs.iter().map(|l| l.lexicon.code).collect::<Vec<_>>();
        assert_eq!(codes(&select(Some("fr-FR"))), ["fr", "en"]);
        assert_eq!(codes(&select(Some("es_MX"))), ["es", "en"]);
        assert_eq!(codes(&select(Some("en-GB"))), ["en"]);
        let sv = select(Some("sv-SE"));
        assert_eq!(sv.unchecked.as_deref(), Some("sv-SE"));
        assert_eq!(sv.langs.len(), LANGUAGES.len());
        assert_eq!(select(None).langs.len(), LANGUAGES.len());
        assert!(select(None).unchecked.is_none());
        assert!(is_checked_locale("it-IT") && !is_checked_locale("nl-NL"));
    }

    /// A part read alone and in its locale keeps each reading's spans: every concept is searched
    /// once per selection of tables, however often the rules ask, and a third selection is
    /// searched each time without disturbing the two kept.
    #[test]
    fn spans_are_kept_per_selection_of_tables() {
        let memo = SpanMemo::default();
        let (en, de, ja) = (&LANGUAGES[0], &LANGUAGES[1], &LANGUAGES[2]);
        let searches = std::cell::Cell::new(0);
        let ask = |langs: &[&'static Language], found: usize| {
            memo.get(langs, Concept::Mention, || {
                searches.set(searches.get() + 1);
                vec![(found, found + 1)]
            })
        };
        for _ in 0..3 {
            assert_eq!(ask(&[de, en], 1), [(1, 2)]);
            assert_eq!(ask(&[en], 5), [(5, 6)]);
        }
        assert_eq!(searches.get(), 2);
        assert_eq!(ask(&[ja], 9), [(9, 10)]);
        assert_eq!(ask(&[ja], 9), [(9, 10)]);
        assert_eq!(searches.get(), 4);
        assert_eq!(ask(&[de, en], 0), [(1, 2)]);
        assert_eq!(ask(&[en], 0), [(5, 6)]);
    }
}
