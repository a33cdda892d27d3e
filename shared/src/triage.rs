//! Negative-feedback triage: which of Amazon's removal grounds a 1–3★ seller
//! feedback meets, the words or answers that show it, what the seller should do next and by when.
//!
//! Only the buyer or Amazon can remove seller feedback. Amazon removes a comment that is obscene,
//! that carries the seller's personal data, or that is entirely a product review; on an FBA order a
//! comment entirely about Amazon's fulfillment is struck through instead. A 1–2★ rating whose
//! buyer also answered "yes" to all three questions contradicts itself and is a strong removal case.
//!
//! The text rules are plain word lists per language (English, German, Japanese). A comment in any
//! other language gets no text-based ground; the answers are still used. The lists look for what a
//! comment *complains about*: "fast shipping" is not a shipping complaint, "arrived late" is.
//! Nothing here ever suggests offering the buyer anything in exchange for a change.

use std::collections::BTreeSet;
use std::fmt;
use std::sync::LazyLock;

use chrono::{DateTime, Duration, Utc};
use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::config::Store;
use crate::order::{Feedback, Fulfillment, Order};
use crate::Marketplace;

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
    /// The seller's email address, phone number or a person's full name.
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

/// A comment language the word lists cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    En,
    De,
    Ja,
}

impl Language {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::De => "de",
            Self::Ja => "ja",
        }
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
    if !(1..=3).contains(&feedback.rating) {
        return None;
    }
    let comment = feedback.comment.as_deref().unwrap_or("").trim();
    let language = if comment.is_empty() {
        None
    } else {
        detect_language(comment, ctx.marketplace)
    };
    let mut findings = Vec::new();
    if let Some(lang) = language {
        findings.extend(text_findings(comment, lang, ctx));
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

const EN_WORDS: &[&str] = &[
    "the", "and", "is", "was", "it", "not", "to", "of", "very", "but", "with", "for", "my", "this",
    "i", "after", "never", "they", "you", "have", "had", "did", "didn't", "were", "are", "be",
    "been", "on", "at", "what", "would", "no", "so", "just", "only", "too", "seller", "item",
    "product", "received", "arrived", "broke", "when", "one", "from", "all", "will",
];
const DE_WORDS: &[&str] = &[
    "der",
    "die",
    "das",
    "und",
    "nicht",
    "ist",
    "ich",
    "mit",
    "für",
    "war",
    "sehr",
    "aber",
    "auch",
    "ein",
    "eine",
    "einen",
    "zu",
    "nach",
    "kein",
    "keine",
    "hat",
    "habe",
    "wurde",
    "wie",
    "noch",
    "nur",
    "schon",
    "den",
    "dem",
    "des",
    "es",
    "auf",
    "bei",
    "vom",
    "zum",
    "kam",
    "leider",
    "artikel",
    "verkäufer",
    "wir",
    "sind",
    "mir",
    "mich",
    "geliefert",
    "ware",
    "nie",
];
/// Words of languages the lists do not cover, so a French comment is not read as English.
const OTHER_WORDS: &[&str] = &[
    "le",
    "les",
    "et",
    "est",
    "très",
    "pas",
    "une",
    "avec",
    "pour",
    "je",
    "mais",
    "du",
    "des",
    "au",
    "produit",
    "vendeur",
    "reçu",
    "été",
    "il",
    "ce",
    "c'est",
    "n'est",
    "el",
    "los",
    "las",
    "y",
    "es",
    "muy",
    "pero",
    "con",
    "para",
    "producto",
    "vendedor",
    "llegó",
    "que",
    "una",
    "lo",
    "se",
    "por",
    "del",
    "è",
    "molto",
    "non",
    "per",
    "ma",
    "prodotto",
    "venditore",
    "che",
    "arrivato",
    "het",
    "en",
    "niet",
    "zeer",
    "maar",
    "met",
    "voor",
    "een",
    "ik",
    "verkoper",
    "nunca",
    "jamais",
    "mai",
    "nooit",
    "sono",
    "ho",
    "ha",
    "mi",
    "ne",
    "qui",
    "quel",
    "nie",
    "się",
    "jest",
    "że",
    "bardzo",
    "ale",
    "jak",
    "och",
    "inte",
    "jag",
    "det",
    "att",
];

/// The language of a comment, if the word lists cover it. Kana means Japanese; otherwise the
/// common words of English, German and a few other languages are counted, and a comment with no
/// telling word falls back to the marketplace's language.
pub fn detect_language(text: &str, marketplace: Option<Marketplace>) -> Option<Language> {
    let kana = text
        .chars()
        .filter(|c| matches!(*c as u32, 0x3040..=0x30FF))
        .count();
    if kana > 0 {
        return Some(Language::Ja);
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
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    let count = |list: &[&str]| words.iter().filter(|w| list.contains(w)).count();
    let en = count(EN_WORDS);
    let de = count(DE_WORDS) + lower.chars().filter(|c| "äöüß".contains(*c)).count().min(2);
    let other = count(OTHER_WORDS)
        + lower
            .chars()
            .filter(|c| "éèêàçñáíóúìòù¿¡ąęłńśźżćå".contains(*c))
            .count()
            .min(2);
    let market = marketplace.map(|m| m.default_locale());
    let market_lang = match market {
        Some(l) if l.starts_with("en") => Some(Language::En),
        Some(l) if l.starts_with("de") => Some(Language::De),
        _ => None,
    };
    if other > en.max(de) {
        return None;
    }
    match en.cmp(&de) {
        std::cmp::Ordering::Greater => Some(Language::En),
        std::cmp::Ordering::Less => Some(Language::De),
        std::cmp::Ordering::Equal if en == 0 && other == 0 => {
            // No telling word ("Garbage!", "Schrott!"): the marketplace's language, and English on
            // marketplaces whose own language is not covered only for plain ASCII text.
            market_lang.or_else(|| {
                (text.is_ascii() && matches!(marketplace, Some(Marketplace::Jp)))
                    .then_some(Language::En)
            })
        }
        std::cmp::Ordering::Equal => market_lang.filter(|_| en > 0),
    }
}

// --- word lists ---------------------------------------------------------------------------

struct Lexicon {
    profane: Regex,
    fulfillment: Regex,
    seller: Regex,
    product: Regex,
}

fn words(pattern: &str) -> Regex {
    Regex::new(&format!(r"(?i)\b(?:{pattern})\b")).expect("word list compiles")
}

fn cjk(pattern: &str) -> Regex {
    Regex::new(pattern).expect("word list compiles")
}

static EN: LazyLock<Lexicon> = LazyLock::new(|| Lexicon {
    profane: words(concat!(
        r"fuck\w*|f[*#@]+k\w*|motherf\w+|(?:bull|horse)?shit(?:ty|s|ter|head)?|sh[*#@!]+t|",
        r"assholes?|arseholes?|jackass\w*|dumbass\w*|bitch\w*|bastards?|crap(?:py|s)?|",
        r"damn(?:ed|it)?|goddamn\w*|dickheads?|cunts?|twats?|wankers?|pissed|wtf|stfu"
    )),
    fulfillment: words(concat!(
        r"late|(?:arrived|came|delivered|shipped) (?:a )?(?:\w+ )?(?:days?|weeks?) (?:late|after)|",
        r"delay(?:ed|s)?|slow (?:shipping|delivery|shipment)|(?:shipping|delivery|shipment) (?:was |is )?(?:very |so |extremely )?(?:slow|late|terrible|awful|horrible|bad)|",
        r"took (?:\w+ ){0,3}(?:days|weeks|forever|ages) to (?:arrive|ship|come|get here|be delivered)|",
        r"never (?:arrived|came|showed up|got delivered|was delivered|delivered|received it)|",
        r"(?:didn't|did not|hasn't|has not|have not|haven't|still not|not yet) (?:arrive|arrived|come|been delivered|been shipped|shipped|received it)|",
        r"still waiting|lost in (?:the mail|transit)|(?:package|parcel) (?:was |got )?lost|",
        r"(?:box|package|parcel|packaging|envelope) (?:was |were |is |came |arrived )?(?:\w+ )?(?:damaged|crushed|torn|ripped|opened|wet|soaked|smashed|dented|destroyed|broken)|",
        r"(?:damaged|crushed|torn|ripped|smashed|dented|wet|soaked) (?:box|package|parcel|packaging|envelope)|",
        r"(?:poorly|badly|not) packed|(?:bad|poor|no|terrible|cheap) packaging|",
        r"arrived (?:\w+ )?(?:damaged|broken|crushed|smashed|dented|cracked|shattered|opened|wet|in pieces)|",
        r"(?:delivered|left) (?:to|at) the wrong (?:address|house|door)|wrong address|",
        r"tracking (?:number )?(?:never|didn't|did not|not|wasn't|was not|doesn't|does not)|no tracking|",
        r"courier|carrier|driver|ups|usps|fedex|dhl|mailman|postman|left (?:it )?(?:in the rain|outside|on the porch)"
    )),
    seller: words(concat!(
        r"sellers?|vendors?|merchants?|(?:this|the) (?:store|shop|company)|customer (?:service|support|care)|support|",
        r"respon(?:d|ded|ds|se|ses|sive)|unresponsive|repl(?:y|ied|ies)|no answer|never answered|answered|",
        r"contact(?:ed|ing)?|messag(?:e|ed|es)|e-?mail(?:ed|s)?|refund\w*|return (?:label|policy|request|process)|",
        r"(?:sent|shipped|received|got|gave) (?:me )?(?:a |an |the )?wrong|wrong (?:item|product|model|order|one)|not what i ordered|",
        r"not as (?:described|pictured|advertised|shown)|(?:description|listing|pictures?|photos?) (?:is |are |was |were )?(?:misleading|wrong|inaccurate|false)|misleading|",
        r"(?:was|been|is) used|used (?:item|product)|previously opened|counterfeit|fake|knock-?off|",
        r"rude|ignored|unprofessional|communication|cancel(?:l?ed|s)?|invoice|scam\w*|rip-?off|ripped me off|",
        r"missing (?:items?|pieces?|parts?|accessories)|only (?:got|received) (?:one|1|two|2)"
    )),
    product: words(concat!(
        r"quality|broke|broken|breaks?|stopped working|quit working|",
        r"(?:doesn't|does not|didn't|did not|won't|wont|don't|do not) (?:\w+ )?(?:work|fit|charge|turn on|hold|stay|stick|last)|",
        r"defect\w*|faulty|cheap(?:ly)?|flimsy|material|fabric|plastic|too (?:small|big|large|tight|loose|short|long|thin|heavy|weak|dim|bright)|",
        r"size|fits?|colou?rs?|smell\w*|stinks?|odou?r|batter(?:y|ies)|charg(?:e|er|ing)|screen|sound|nois\w*|loud|leak\w*|",
        r"taste\w*|design|uncomfortable|comfort\w*|instructions|assembl\w*|durab\w*|products?|junk|garbage|useless|waste of money|",
        r"poorly made|badly made|fell apart|falls apart|peel\w*|rust\w*|crack(?:ed|s)?|scratch\w*|bulb|blade|zipper|strap|lid|button|cord|cable|works?|worked"
    )),
});

static DE: LazyLock<Lexicon> = LazyLock::new(|| Lexicon {
    profane: words(concat!(
        r"schei(?:ß|ss)\w*|arsch\w*|wichser\w*|(?:ver)?fick\w*|drecks\w+|hurensohn\w*|",
        r"kack\w*|verdammt\w*|fotze\w*|miststück\w*|pisse?"
    )),
    fulfillment: words(concat!(
        r"zu spät|verspät\w*|verzögert|verzögerung|lieferzeit|",
        r"(?:nie|nicht|noch nicht|immer noch nicht|bis heute nicht) (?:angekommen|geliefert|erhalten|zugestellt|verschickt|versendet|da)|",
        r"(?:versand|lieferung) (?:war |ist |dauerte )?(?:sehr |extrem |viel zu )?(?:langsam|spät|schlecht|katastrophal|lang)|",
        r"dauerte (?:\w+ ){0,2}(?:tage|wochen)|(?:tage|wochen) (?:gedauert|unterwegs)|warte (?:immer )?noch|",
        r"(?:paket|karton|verpackung|sendung) (?:war |ist |kam )?(?:\w+ )?(?:beschädigt|zerdrückt|eingedrückt|kaputt|offen|geöffnet|nass|aufgerissen|zerrissen|mangelhaft|schlecht|unzureichend)|",
        r"(?:beschädigte[nrs]?|zerdrückte[nrs]?|kaputte[nrs]?|nasse[nrs]?|aufgerissene[nrs]?) (?:paket|verpackung|karton|sendung)|",
        r"(?:schlecht|nicht|unzureichend|mangelhaft) verpackt|(?:schlechte|keine|mangelhafte|billige) verpackung|",
        r"kam (?:\w+ )?(?:beschädigt|kaputt|zerbrochen|zerkratzt|nass|offen|verspätet|zu spät) an|",
        r"zusteller\w*|paketbote\w*|bote|kurier\w*|dhl|hermes|dpd|gls|ups|sendungsverfolgung|sendungsnummer|falsche adresse"
    )),
    seller: words(concat!(
        r"verkäufer\w*|händler\w*|shop|firma|kundenservice|kundendienst|support|service|",
        r"antwort\w*|geantwortet|rückmeldung|reagiert\w*|keine reaktion|kontakt\w*|e-?mails?|nachricht\w*|",
        r"erstattung|erstattet|rückerstattung|geld zurück|rücksendung|retoure|",
        r"falsche[nrs]? (?:artikel|produkt|ware|modell|teil)|(?:geliefert|geschickt|bekommen|erhalten) (?:\w+ ){0,3}falsch\w*|",
        r"nicht wie beschrieben|artikelbeschreibung|beschreibung|beschrieben|abgebildet|gebraucht\w*|",
        r"storniert\w*|stornierung|rechnung|unfreundlich|ignoriert\w*|unverschämt|betrug\w*|betrüger\w*|fälschung|gefälscht|",
        r"fehlende? (?:teile|artikel|zubehör)"
    )),
    product: words(concat!(
        r"qualität\w*|kaputt|defekt\w*|(?:funktioniert|geht|lädt|passt|hält|hielt|schließt) (?:\w+ )?nicht|funktion\w*|",
        r"material\w*|plastik\w*|kunststoff\w*|stoff|größe|zu (?:klein|groß|eng|weit|kurz|lang|dünn|schwer|schwach|laut)|",
        r"farbe|riecht|geruch|stinkt|akku\w*|batterie\w*|bildschirm|display|laut|geräusch\w*|undicht|leckt|tropft|",
        r"geschmack|schmeckt|billig\w*|verarbeitung|verarbeitet|anleitung|montage|aufbau|zerkratzt|kratzer|",
        r"gebrochen|zerbrochen|bricht|brach|abgebrochen|schrott|müll|produkt\w*|rostet|rost|wackelt|wackelig|reißverschluss|griff|deckel|kabel"
    )),
});

static JA: LazyLock<Lexicon> = LazyLock::new(|| Lexicon {
    profane: cjk(
        r"クソ|くそ|糞|死ね|氏ね|殺す|馬鹿|バカ|アホ|カス|クズ|ボケ|ふざけんな|畜生|ちくしょう",
    ),
    fulfillment: cjk(concat!(
        r"遅延|届かな|届いていな|届きませ|届いてませ|未着|着かな|",
        r"(?:配送|発送|配達|到着|お届け|荷物)(?:が|は|も)?(?:遅|予定より|大幅|かなり遅|一週間|二週間|\d+日)|",
        r"梱包|段ボール|箱(?:が|は|も)?(?:潰|つぶ|破|凹|へこ|濡|ボロ)|破損した状態で|",
        r"(?:届|到着)(?:いた|した)時(?:点で|から|に)?(?:は)?(?:既に|すでに)?(?:壊|破損|割)|",
        r"配達員|ドライバー|ヤマト|佐川|日本郵便|郵便局|置き配|追跡"
    )),
    seller: cjk(concat!(
        r"出品者|販売者|販売元|ショップ|店舗|ストア|お店|業者|",
        r"(?:の|な|い|が)対応|対応(?:が|も|は)(?:悪|遅|最悪|ひど|酷|不誠実|な)|返信|連絡|問い合わせ|問合せ|",
        r"返金|交換(?:品|対応|してもら|してくれ|に応じ|を(?:依頼|お願い|求め|断))|違う商品|別の商品|間違った商品|",
        r"商品説明|説明と(?:違|異)|説明文|記載|写真と(?:違|異)|中古|使用済み|キャンセル|領収書|無視|詐欺|偽物|コピー品"
    )),
    product: cjk(concat!(
        r"品質|壊れ|故障|動かな|作動し|不良|安っぽ|チープ|素材|生地|サイズ|小さ|大き|きつ|ゆる|色が|匂い|臭い|におい|",
        r"電池|バッテリー|充電|画面|音が|うるさ|異音|漏れ|味が|まず|デザイン|使いにく|使え(?:な|ませ)|説明書|組み立て|組立|",
        r"耐久|割れ|傷|ヒビ|錆|剥が|ゴミ|買って損|期待外れ|性能|機能|商品自体|製品"
    )),
});

/// Katakana words that also occur inside innocent longer katakana words (カス in カスタマー,
/// ボケ in ピンボケ, バカ in バカンス): they count only as whole words.
const JA_WHOLE_WORD: &[&str] = &["バカ", "アホ", "カス", "クズ", "ボケ"];

fn is_katakana(c: char) -> bool {
    matches!(c as u32, 0x30A1..=0x30FA | 0x30FC)
}

fn lexicon(lang: Language) -> &'static Lexicon {
    match lang {
        Language::En => &EN,
        Language::De => &DE,
        Language::Ja => &JA,
    }
}

/// Distinct matches, in order of appearance.
fn matches(re: &Regex, text: &str, lang: Language) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for m in re.find_iter(text) {
        if lang == Language::Ja && JA_WHOLE_WORD.contains(&m.as_str()) {
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

fn text_findings(comment: &str, lang: Language, ctx: &Context) -> Vec<Finding> {
    let lex = lexicon(lang);
    let mut findings = Vec::new();
    let profane = matches(&lex.profane, comment, lang);
    if !profane.is_empty() {
        findings.push(Finding {
            ground: Ground::Obscene,
            evidence: profane,
        });
    }
    let personal = personal_data(comment, lang, ctx);
    if !personal.is_empty() {
        findings.push(Finding {
            ground: Ground::PersonalData,
            evidence: personal,
        });
    }
    let fulfillment = matches(&lex.fulfillment, comment, lang);
    let seller = matches(&lex.seller, comment, lang);
    let product = matches(&lex.product, comment, lang);
    if seller.is_empty() {
        match ctx.fulfillment {
            // On FBA orders Amazon ships: a shipping complaint is about Amazon, not the seller.
            Some(Fulfillment::Fba) if !fulfillment.is_empty() => findings.push(Finding {
                ground: Ground::FbaFulfillment,
                evidence: fulfillment,
            }),
            // On FBM (or unknown) orders shipping is the seller's service.
            _ if fulfillment.is_empty() && !product.is_empty() => findings.push(Finding {
                ground: Ground::ProductReview,
                evidence: product,
            }),
            _ => {}
        }
    }
    findings
}

// --- personal data ------------------------------------------------------------------------

static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| cjk(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}"));
/// A run of digits with the separators phone numbers use.
static PHONE_CANDIDATE: LazyLock<Regex> = LazyLock::new(|| cjk(r"\+?\(?\d[\d\s().\-/]{6,}\d"));
/// An Amazon order id, which looks like a long phone number.
static ORDER_ID: LazyLock<Regex> = LazyLock::new(|| cjk(r"^\d{3}-\d{7}-\d{7}$"));
static PHONE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    cjk(
        r"(?i)(?:phone|call|tel\b|tel\.|telephone|mobile|cell|whatsapp|telefon|handy|rufnummer|anrufen|angerufen|nummer|電話|携帯|TEL|番号)",
    )
});

/// Words that introduce a number which is not a phone number.
static NOT_PHONE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    cjk(
        r"(?i)(?:serial|model|order|tracking|sku|asin|invoice|ref(?:erence)?|ean|upc|isbn|imei|part|bestell\w*|sendungs\w*|rechnungs\w*|seriennummer|注文番号|追跡番号|型番|製造番号)[\s:#.\-]*(?:no\.?|nr\.?|number|nummer|番号)?[\s:#.]*$",
    )
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
        if before.is_some_and(|c| c.is_alphanumeric() || c == '#') {
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
        if NOT_PHONE_CUE.is_match(lead) {
            continue;
        }
        let cued = PHONE_CUE.is_match(lead);
        let shaped = raw.starts_with('+')
            || (raw.starts_with('0') && groups >= 2)
            || (groups >= 2 && digits >= 10);
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
    "support",
    "the",
    "a",
    "an",
    "this",
    "my",
    "i",
    "it",
    "he",
    "she",
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

static EN_HONORIFIC: LazyLock<Regex> = LazyLock::new(|| {
    cjk(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+([A-Z][a-zA-Z'\-]+(?:\s+[A-Z][a-zA-Z'\-]+)?)")
});
static EN_NAME_CUE: LazyLock<Regex> = LazyLock::new(|| {
    cjk(concat!(
        r"(?i:\b(?:named|called|rep|representative|agent|manager|owner|employee|contact person|spoke (?:to|with)|talked to|signed)\b),?\s+",
        r"([A-Z][a-z]+(?:[\-'][A-Z]?[a-z]+)?\s+[A-Z][a-z]+(?:[\-'][A-Z]?[a-z]+)?)"
    ))
});
static DE_HONORIFIC: LazyLock<Regex> = LazyLock::new(|| {
    cjk(
        r"(?:\b(?P<before>\p{L}+)\s+)?(?P<title>\b(?:Herrn?|Frau)\s+(?:Dr\.\s*)?(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:[\-\s][A-ZÄÖÜ][a-zäöüß]+)?))",
    )
});
static DE_NAME_CUE: LazyLock<Regex> = LazyLock::new(|| {
    cjk(
        r"\b(?:namens|Ansprechpartner(?:in)?|Mitarbeiter(?:in)?|Inhaber(?:in)?)\s+([A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß]+)",
    )
});
/// A German possessive or article before "Frau"/"Herr" makes it "wife"/"gentleman", not a title.
const DE_NOT_TITLE: &[&str] = &[
    "meine", "meiner", "meinem", "seine", "seiner", "deine", "ihre", "ihrer", "unsere", "eine",
    "einer", "die", "der", "dem", "den", "jede", "jeder", "alte", "junge", "nette",
];
static JA_HONORIFIC: LazyLock<Regex> =
    LazyLock::new(|| cjk(r"(\p{Han}{1,4}|[\p{Katakana}ー]{2,8})(?:様|さま|さん|氏)"));
/// A name ending in one of these is a role or a relation (お客様, 店長さん, 配達員さん, 奥様).
const JA_ROLE_ENDINGS: &str = "客皆神奥子員者屋長方主手殿王先父母兄姉弟妹族人家様彼";
const JA_ROLE_WORDS: &[&str] = &[
    "ドライバー",
    "スタッフ",
    "メーカー",
    "ショップ",
    "セラー",
    "サポート",
    "オペレーター",
    "カスタマー",
    "センター",
    "アマゾン",
    "パートナー",
    "ストア",
    "サービス",
];

fn personal_data(comment: &str, lang: Language, ctx: &Context) -> Vec<String> {
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
    match lang {
        Language::En => {
            for c in EN_HONORIFIC.captures_iter(comment) {
                let whole = c.get(0).map_or("", |m| m.as_str());
                if name_like(&c[1], ctx) {
                    push(whole.to_string(), &mut out);
                }
            }
            for c in EN_NAME_CUE.captures_iter(comment) {
                if name_like(&c[1], ctx) {
                    push(c[1].to_string(), &mut out);
                }
            }
        }
        Language::De => {
            for c in DE_HONORIFIC.captures_iter(comment) {
                let before = c.name("before").map(|m| m.as_str().to_lowercase());
                if before.is_some_and(|b| DE_NOT_TITLE.contains(&b.as_str()))
                    || !name_like(&c["name"], ctx)
                {
                    continue;
                }
                push(c["title"].to_string(), &mut out);
            }
            for c in DE_NAME_CUE.captures_iter(comment) {
                if name_like(&c[1], ctx) {
                    push(c[1].to_string(), &mut out);
                }
            }
        }
        Language::Ja => {
            for c in JA_HONORIFIC.captures_iter(comment) {
                let name = &c[1];
                let last = name.chars().next_back().unwrap_or(' ');
                if JA_ROLE_ENDINGS.contains(last) || JA_ROLE_WORDS.iter().any(|r| name.ends_with(r))
                {
                    continue;
                }
                push(c[0].to_string(), &mut out);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
