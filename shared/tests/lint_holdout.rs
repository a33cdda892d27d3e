//! The policy lint over the corpora written apart from the rules, one after the other
//! (`tests/fixtures/lint/holdout{,2,…,24}/`): whole email templates per language, each labelled
//! review-gating, review-incentive or clean. Each corpus was first run unseen; the rules were then
//! improved on it, by kind of wording, before the next one was written. Prints a table per
//! language (`--nocapture`) and holds recall and clean-mail errors to floors.

use std::path::{Path, PathBuf};

use aftercare::lint::{self, LintContext, Severity};
use aftercare::CampaignKind;
use serde::Deserialize;

const LANGUAGES: [&str; 6] = ["en", "de", "ja", "fr", "it", "es"];

/// The locale a config names a template of the corpus's language with.
fn locale_of(lang: &str) -> &'static str {
    match lang {
        "en" => "en-US",
        "de" => "de-DE",
        "ja" => "ja-JP",
        "fr" => "fr-FR",
        "it" => "it-IT",
        "es" => "es-ES",
        other => panic!("no locale for the corpus language {other}"),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    id: String,
    kind: CampaignKind,
    expect: Expect,
    #[allow(dead_code)]
    note: String,
    text: String,
}

#[derive(Deserialize, Clone, Copy, PartialEq, Eq)]
enum Expect {
    #[serde(rename = "review-gating")]
    Gating,
    #[serde(rename = "review-incentive")]
    Incentive,
    #[serde(rename = "clean")]
    Clean,
}

impl Expect {
    fn rule(self) -> Option<&'static str> {
        match self {
            Self::Gating => Some(lint::rule::REVIEW_GATING),
            Self::Incentive => Some(lint::rule::REVIEW_INCENTIVE),
            Self::Clean => None,
        }
    }
}

/// One corpus: where it is, how its ids start, how big it must be, and its recall floor.
/// Violations each corpus is known to miss, with the reason in the corpus's notes: every other
/// miss fails its test, so a change that loses a case shows up even while the recall stays
/// above its floor. Each must still be missed, so the list cannot go stale.
const KNOWN_MISSES: &[(&str, &[&str])] = &[
    // Each puts its risky passage in a language no table reads, and the lint warns of it.
    (
        "holdout24",
        &[
            "x-en-i07", "x-en-i12", "x-de-g06", "x-de-g08", "x-de-i05", "x-de-i12", "x-ja-g04",
            "x-ja-g11", "x-ja-i04", "x-ja-i09", "x-fr-i05", "x-fr-i06",
        ],
    ),
    ("holdout30", &["zd-ja-g05"]),
    ("holdout33", &["zg-de-i03", "zg-de-i10"]),
    (
        "holdout40",
        &["zn-en-g06", "zn-en-i04", "zn-de-g05", "zn-it-g07"],
    ),
    (
        "holdout66",
        &["yn-en-g12", "yn-fr-g07", "yn-fr-i05", "yn-fr-i09"],
    ),
];

struct Corpus {
    name: &'static str,
    dir: &'static str,
    /// Ids start with this, then the language (`b-en-g01`); empty for the first corpus.
    id_prefix: &'static str,
    min_violations: usize,
    min_each_rule: usize,
    min_clean: usize,
    /// Clean mail must name the store in its subject and ask for a review at most once.
    strict_clean: bool,
    recall_floor: f64,
    /// Ids labelled clean whose text plainly breaks another of Amazon's rules, so the label is
    /// wrong: their errors are printed like the others but not held against the corpus. Each
    /// must still be flagged, so the list cannot go stale.
    wrong_clean_labels: &'static [&'static str],
    /// Clean emails that may have errors: 0, except while a new corpus is being tuned.
    max_clean_flagged: usize,
}

const FIRST: Corpus = Corpus {
    min_violations: 30,
    min_each_rule: 12,
    min_clean: 15,
    strict_clean: false,
    recall_floor: 0.95,
    ..blind("Lint holdout", "holdout", "")
};

const SECOND: Corpus = Corpus {
    min_each_rule: 8,
    strict_clean: false,
    recall_floor: 0.95,
    ..blind("Lint holdout 2", "holdout2", "b-")
};

/// The goal is 0.95. The third corpus was measured once, unseen, after the second round of
/// rules: 91 of 96 (94.8 %), with 6 of 60 clean emails wrongly flagged; the four kinds of wording
/// behind those false errors were then fixed in general (see the lint tests), so this corpus is
/// no longer unseen and its floor only guards against going back.
const THIRD: Corpus = Corpus {
    min_violations: 16,
    min_each_rule: 8,
    min_clean: 10,
    recall_floor: 0.94,
    ..blind("Lint holdout 3", "holdout3", "c-")
};

/// Fourth corpus, written by a session that did not open the rules. Measured once, unseen:
/// 130 of 156 (83.3 %; gating 72/78, incentives 58/78), 9 of 102 clean emails wrongly flagged.
/// The misses were kinds of wording, each then handled in general (a reward promised once the
/// review is online, a longer warranty, a draw, a question branching to the ask or to the seller,
/// "only satisfied buyers"; time conditions such as "when you are free" and help offered free of
/// charge after a problem), so this corpus too now only guards against going back.
const FOURTH: Corpus = Corpus {
    recall_floor: 0.98,
    ..blind("Lint holdout 4", "holdout4", "d-")
};

/// Fifth corpus, each language written on its own (not translated), by a session that did not
/// open the rules or the fourth corpus. Measured once, unseen, after the fourth corpus's round:
/// 99 of 121 (81.8 %; gating 50/61, incentives 49/60), 2 of 90 clean emails wrongly flagged.
/// The wordings behind the misses were then handled in general (audiences such as "for customers
/// who…", "a chi ha trovato…"; warranties raised "from 2 to 5 years"; half price; tester clubs;
/// "don't rate us yet", "y no en Amazon"; questions that only ask for a minute). e-it-i09 (a
/// P.S. that gives anyone who reviews within a week a phone top-up) was taken for a wrong label
/// and stayed missed until the eighth round read benefits given to reviewers.
const FIFTH: Corpus = blind("Lint holdout 5", "holdout5", "e-");

/// Sixth corpus, each language written on its own, by a session that did not open the rules or
/// the fourth and fifth corpora. Measured once, unseen, after the fifth corpus's round:
/// 120 of 146 (82.2 %; gating 53/73, incentives 67/73), 9 of 96 clean emails wrongly flagged.
/// The wordings behind the misses were then handled in general: reply menus and options that
/// are numbered, lettered, opened by an emoji or pointing with an arrow ("1 - works great, send
/// the link" / "2 - I need help"); "Then …", "Great!" or "Alors" after a question on the product,
/// and "in that case" across a short wish ("We hope so!"); nominal and score conditions ("bei
/// Zufriedenheit", "4 or 5"); "if we deserve it"; "once the problem is solved"; audiences that
/// open a line ("Chi è rimasto soddisfatto…"); "before giving less than 5 stars"; draws, prizes
/// "worth" an amount, 2-for-1 offers and "all who do it". The false errors were gift bags, an
/// item that was a gift, a coupon the buyer already applied, an order "remise" to the carrier,
/// "si vous avez envie", "si tiene un ratito", asks that welcome any opinion ("sea cual sea su
/// opinión") and a mail that says it asks for no good rating. No known miss is left in it.
const SIXTH: Corpus = blind("Lint holdout 6", "holdout6", "f-");

/// Seventh set, written by a session that did not open the rules, their fixtures or any earlier
/// set (only the field format of the third one). Measured once, unseen, after the sixth corpus's
/// round: 121 of 144 (84.0 %; gating 63/72, incentives 58/72), 9 of 96 clean emails wrongly
/// flagged. The wordings behind the misses were then handled in general: a review asked "once"
/// the problem is solved or satisfaction confirmed ("sobald", "une fois que", "en cuanto",
/// "nach erfolgter Zufriedenheitsbestätigung"); "don't review yet" after an unhappy P.S.
/// ("noch nicht bewerten", "n'écris pas d'avis tout de suite"); lettered reply menus ("A - …");
/// "works great" as a happy answer; "contact us beforehand" ("vorab"); tester and monitor
/// programmes with free products joined to the review by "the only requirement", "to qualify",
/// "il suffit", "basta", 「応募条件」; sums of money and transfers ("5 euros más",
/// "Aufwandsentschädigung"); codes and "-20 %" for the next order; VIP clubs. The false errors
/// were timing courtesies ("when it suits you", "quand cela vous arrange", "cuando guste",
/// "quando le fa comodo", "when you have worn it a few times"), gift wrapping, the "for" of
/// thanks ("grati per una recensione"), keeping the old item after a replacement, and a review
/// link shown a sentence after its ask in the same paragraph (read as a second ask). French
/// "ne" alone no longer reads as a negation (Italian "ne sarà soddisfatto"). g-ja-c05 is
/// labelled clean but offers a 10 % coupon for the next order, which Amazon forbids in buyer
/// messages as promotion: it keeps its marketing error. No known miss is left in it.
const SEVENTH: Corpus = Corpus {
    wrong_clean_labels: &["g-ja-c05"],
    ..blind("Lint holdout 7", "holdout7", "g-")
};

/// Eighth set, written by a session that did not open the rules, their fixtures or any earlier
/// set (only the field format of the third one). Measured once, unseen, after the seventh
/// corpus's round: 123 of 144 (85.4 %; gating 67/72, incentives 56/72), 3 of 96 clean emails
/// wrongly flagged. Most incentive misses were one kind, now read in every language: a benefit
/// for the people who review ("reviewers of the original model", "wer uns eine Bewertung
/// hinterlässt", "a chi ci lascia un feedback", "los clientes que nos dejan su valoración",
/// "les clients qui laissent un avis", 「評価をいただいたお客様」) or after the review ("once you
/// review us", "leave your feedback and …", "una vez que nos valore", "pour toute évaluation
/// laissée"), joined in the sentence, or by a linking word in the next, to something the seller
/// sends, unlocks, extends, refunds or upgrades (an e-mailed PDF, a course, early access, a
/// member rank, a longer warranty, a cost or special price, shipping paid back). Also handled:
/// "la seule chose que nous vous demandons" as a link, and "par retour de mail" as a reply, not
/// a returned item. The gating misses were grade and score menus as option lines ("Note 1 oder 2
/// – …", "8 ou plus : …", "Moins de 8 : …"), a reply poll where only "bei einer 5" gets the link
/// and "bei allem darunter" the service, "si vous estimez que nous avons bien géré" and "i
/// clienti entusiasti". The false errors were "Wenn Sie mögen" (a wish, unlike "wenn Sie es
/// mögen"), "quand vous avez le temps" and the balanced "tanto si te ha gustado … como si no".
/// No known miss is left in it.
const EIGHTH: Corpus = blind("Lint holdout 8", "holdout8", "h-");

/// Ninth set, written by a session that did not open the rules, their fixtures or any earlier
/// set (only a description of the field format), asked to vary wording, tone and layout widely
/// and to hide the violations (in a P.S., a tip list, a shipping notice, metaphors, polls).
/// Measured once, unseen, after the eighth corpus's round: 108 of 144 by the expected rule
/// (75.0 %; gating 57/72, incentives 51/72), and 136 of 144 (94.4 %) with some error, most of the
/// others asks outside review_request. The kinds of wording then read, in every language: a
/// benefit for reviewers named by what they do rather than by "review" ("customers who share
/// their thoughts on Amazon", "les auteurs d'avis", "Kunden mit einer Verkäuferbewertung", "chi
/// ci racconta la propria esperienza … su Amazon", "jede Bewertung"), what they receive or may
/// do ("reçoivent", "bekommt", "podrán comprar", "before anyone else", "corre de nuestra
/// cuenta", "offerta da noi"), a gift made per review (a tree planted, a donation), a review as
/// the way to activate something ("to activate the extended cover, post a review"), a raffle
/// ("rifar"); and for gating: praise sent to Amazon and complaints to the seller ("los
/// aplausos, en Amazon"), options that open on a marker with the link on the next line (▼),
/// score menus ("16 et plus :", "de 8 para arriba:"), "pas d'avis tout de suite", "avant toute
/// publication", "ditelo a noi e non ad Amazon", "nicht in die Bewertung", a German clause
/// opening on its verb ("Kommt alles heil an und gefällt Ihnen, …"), and a contact link counted
/// as an offer to talk. Clean mail: 29 of 96 had errors. Seven had a gating error on a courtesy
/// not yet read ("if you ever feel like it", "if you have a few minutes", "only when you have a
/// spare moment", "si un jour l'envie vous prend", "egal, ob Sie begeistert oder enttäuscht
/// sind") and four a repeated-ask error on a review link alone on its line after the ask; both
/// kinds are fixed. The writer had not been told the other rules: sixteen asked for a review in a
/// follow_up, sentiment_check or repeat_buyer email (their kind is set to review_request here,
/// the text unchanged), and seven break rules of their own, kept as wrong clean labels: asking
/// for both a product review and seller feedback, "Re:" and "Important:" subjects.
const NINTH: Corpus = Corpus {
    name: "Lint holdout 9",
    dir: "holdout9",
    id_prefix: "i-",
    min_violations: 20,
    min_each_rule: 10,
    min_clean: 12,
    strict_clean: false,
    recall_floor: 0.97,
    wrong_clean_labels: &[
        "i-en-c08", "i-ja-c09", "i-it-c09", "i-de-c09", "i-fr-c09", "i-en-c16", "i-fr-c12",
    ],
    max_clean_flagged: 0,
};

/// Tenth set, written like the ninth by another session that saw neither rules nor corpora, this
/// time told the format rules clean mail keeps (asks only in review_request, one ask, the store
/// in the subject). Measured once, unseen, after the ninth round: 119 of 144 by the expected rule
/// (82.6 %; gating 61/72, incentives 58/72), 134 of 144 with some error; 11 of 96 clean emails
/// had errors. Then read, in every language: a review run down next to an offer to help ("a
/// review just sits there, helping nobody", "giudizio affrettato"), traffic-light and other
/// labels in capitals as options ("GRÜN – …"), star labels on the help option (★★★★ 以下), a
/// review requirement ("die Voraussetzung ist eine Verkäuferbewertung"), reviewers named by what
/// they do ("Kunden, die uns mit ihrer Meinung auf Amazon unterstützen", "los clientes que nos
/// echan la mano contando en Amazon", "partager votre ressenti sur Amazon"), more ways to give
/// ("we'll post out … free", "five dollars back to the card", "prendrons en charge les frais",
/// "säen wir", "riceve i campioncini", "diventano VIP"), "dal 4 in su", "a quien ponga un 9 o un
/// 10", a review "once your review of the … is live", and German clauses "Sofern wir Sie …
/// überzeugen konnten". The false errors were balanced star counts ("five stars or one"), a
/// refusal of any reward ("nous n'offrons rien en échange", "no ofrecemos nada a cambio",
/// 特典などは一切ございません), "freuen wir uns, wenn Sie", "si gustas", "se troverai un minuto",
/// an Italian "si" read by the Spanish and French tables, "a quien está pensando en comprar", and
/// 「ご満足いただけた点も、そうでなかった点も」. No known miss is left in it.
const TENTH: Corpus = blind("Lint holdout 10", "holdout10", "j-");

/// Eleventh set, written like the tenth and asked for wordings a rule-writer would not expect:
/// the review named indirectly ("the little box under the product", "a few words on the product
/// page", "your stars"), benefits without money words (a name burned into a board, a call from
/// the founder, priority support, a trade tier), gating by implication ("we only ask customers
/// we know are happy"). Measured once, unseen, after the tenth round: 97 of 144 by the expected
/// rule (67.4 %; gating 47/72, incentives 50/72), 129 of 144 with some error; 6 of 96 clean
/// emails had errors. The kinds then read, in every language where they apply: those
/// paraphrases of the review and of what reviewers get ("the link to share how it went", "le
/// dire sur Amazon", "raccontarlo su Amazon", "unas palabras en la ficha"), a link to the review
/// page as an ask, emoticon and capital-letter option lines, "Note 3 oder schlechter", "only
/// our happy regulars" ("nur Stammkunden, … glücklich"), "praise in public, criticism to us",
/// "privately", "in privato", "before it ends up as a one-star story", "if that's so", "dans ce
/// cas", "if you review, we…" ("si vous nous laissez un avis", "se pubblica una recensione", "si
/// nos dejas tu reseña"), reviewers as businesses ("aziende che", "los negocios que"), a review
/// every time someone writes one. A pattern anchored at a line start no longer starts its match
/// in the line before. The false errors were rewards refused or independent of the review ("ganz
/// unabhängig davon, ob Sie eine Rezension schreiben oder nicht", お礼の品などは一切お送りして
/// おりません, "non offriamo nulla in cambio"), "en tant que vendeur", an arrival pleasantry
/// (無事にお手元に届きましたでしょうか), いただけましたら幸いです, "positive or not" and "retour
/// compris". No known miss is left in it.
const ELEVENTH: Corpus = blind("Lint holdout 11", "holdout11", "k-");

/// Twelfth set, written like the eleventh, half of each language the way a small cross-border
/// seller writes in a language not their own (literal grammar, capitals and emoji, numbered
/// steps, Q/A layouts, the risky line in the middle of care tips), half native. Measured once,
/// unseen, after the eleventh round: 95 of 144 by the expected rule (66.0 %; gating 51/72,
/// incentives 44/72), 119 of 144 with some error; 13 of 96 clean emails had errors. The kinds
/// then read, in the languages where they apply: the review as words on or under the product
/// page and as telling other or future buyers ("racontez-le sur la fiche produit", "anderen
/// Käufern erzählen", 「これから買う方に届けて」); answer menus by verdict word, grade mark or
/// score range ("Bof ou flop :", 「◎ とても良い」, "Da 8 a 10:"); "once convinced" and "as
/// hoped" under a condition; steering away from judging in public ("en privado", 「レビュー欄
/// ではなく」); rewards as status and loyalty credit, invitations, a place on a list or a
/// wall, a call with the founder, a donation per review, buying new items first, a count of
/// reviews that sets something off; steps whose next line is the seller's own gift. The false
/// errors were seller FAQs answering buyers' questions about reviews ("Q: Do I get something
/// for a review? A: No, nothing"), balanced wording that names a bad review ("good and bad
/// reviews alike", 「★1でも★5でも」), "not only positive reviews", thanks for the order, and
/// "we give nothing for reviews".
const TWELFTH: Corpus = blind("Lint holdout 12", "holdout12", "l-");

/// Thirteenth set, written fresh like the others: in each language about a third very short
/// (the risky part in one clause or only in the subject), a third long and structured
/// (headings, numbered sections, dashed tables, a signature with a slogan, the risky clause far
/// from the link), regional voices (UK, Swiss and Austrian German, Québec and Belgian French,
/// Mexican and Argentine Spanish, keigo and casual Japanese), text-message and formal registers;
/// clean look-alikes use "happy", "free", "gift", "refund", "warranty" and "contact us first"
/// away from the review ask. Measured once, unseen, after the twelfth round: 99 of 144 by the
/// expected rule (68.8 %; gating 45/72, incentives 54/72), 125 of 144 with some error; 9 of 96
/// clean emails had errors. The kinds then read: the review as telling the world or saying it on
/// Amazon ("tell the world", "díselo al mundo", "bei Amazon festhalten", 「使い心地を商品ページで」);
/// asking only the happiest buyers ("clients les plus satisfaits", "ausschließlich jene Kunden");
/// score thresholds ("note de 4 et plus", "über 8 von 10", 「4以上」); a problem in one sentence and
/// "if that's you" in the next; rewards as a name on a wall or a guest list, the front of the
/// queue, a shipping upgrade, a named guide, a tree or a meal per review, proof of the review sent
/// in. The false errors were courtesies ("if you fancy", "se c'hai due minuti"), "discount" as a
/// verb, lists of what the seller does not give, and "contact us first before throwing the box
/// away".
const THIRTEENTH: Corpus = blind("Lint holdout 13", "holdout13", "m-");

/// Fourteenth set, written fresh like the others, largely in the voice of sellers based in China
/// writing in the buyer's language (literal turns such as "dear friend", "kindly", "firstly
/// contact us", "five-star praise"), a quarter of its templates with Tera logic (`{% if %}`
/// branches, `{% for %}` over the items, `{# #}` comments), risky clauses in a mascot's or a
/// customer's voice, conditions on the order's own state ("if the size fits", "no broken
/// parts?") and rewards named only by what the buyer does after reviewing. First look, unseen:
/// 111 of 144 violations caught by the expected rule (77.1 %; gating 66/72, incentives 45/72),
/// 135 of 144 with some error; 20 of 96 clean emails had errors. Missed after the round, and
/// caught since the twenty-eighth corpus's tuning: n-ja-g11, whose condition quotes the buyer's
/// relief with a negation (「これなら起きない」と感じていただけたなら), read as a problem and so as an
/// ask that invites everyone, until an approval quoted as 「これなら…」 owned its negation.
const FOURTEENTH: Corpus = blind("Lint holdout 14", "holdout14", "n-");

/// Fifteenth set, written fresh like the others, about half of it HTML as email editors export
/// it: the review link as a button, the risky part in a button's text, an image's `alt` text,
/// a hidden preheader, a `<small>` footer or across two table cells; gating as a pair of
/// buttons, a drawn star widget or a Yes / No row; rewards as a badge or a coupon box beside
/// the button. The plain-text rest in corporate, family-business, social-media, craftsman and
/// business-to-business voices. First look, unseen: 95 of 144 violations caught by the expected
/// rule (66.0 %; gating 44/72, incentives 51/72), 122 of 144 with some error; 24 of 96 clean
/// emails had errors. After the round (tables, plus in the core: an HTML button alone on its line
/// is the ask's link, a review link labelled with a happy answer is gating, cells of one table row
/// are one list of options, a row of rating links only some of which lead to the review is
/// gating): 136 of 144, no clean email with an error. The eight it still missed were caught in
/// the next session by rules for what they did, not by their words: a heading that sets a
/// condition or asks a happy question over the whole email ("Für alle, denen die Mühle ans Herz
/// gewachsen ist", 「『おいしい！』と感じてくださった方へ」, "Si ya no sabes cocinar sin ella",
/// "Vous êtes fan de votre plancha ?") with the review link paragraphs below; entities that hide
/// a word's letters ("Vous l&rsquo;adorez ? Dites-le ici" in one button); a coupon box in the
/// table cell beside the review button (o-fr-i01); a lone Sí / No cell (o-es-g07). All 144.
const FIFTEENTH: Corpus = blind("Lint holdout 15", "holdout15", "o-");

/// Sixteenth holdout (ids `p-`): written by a fresh session the same way, mostly plain text in
/// formats the earlier sets used less (FAQ blocks, set-up guides whose last step is the review,
/// checklists, scripts, letters from a workshop's dog, text tables, P.S. and P.P.S., two-line
/// mobile mails, one very long email per language), sellers writing in a second language other
/// than Chinese, and regional voices. First look, unseen (with the heading, entity and table-row
/// rules of the same session, written before the set was read): 99 of 144 violations caught by
/// the expected rule (68.8 %; gating 56/72, incentives 43/72), 119 of 144 with some error; 13 of
/// 96 clean emails had errors (11 after ticked checklist lines became steps rather than
/// options). After the round (three sessions, two languages each, tables only but for two core
/// changes: a plain-text table row is an option only when it names a verdict, and a happy
/// condition inside a buyer's question the seller answers with no gates nothing): 144 of 144,
/// no clean email with an error.
const SIXTEENTH: Corpus = blind("Lint holdout 16", "holdout16", "p-");

/// Seventeenth holdout (ids `q-`): written by a fresh session the same way, as template tools
/// export a seller's edit of a gallery template (merge fields, a footer line, a fifth with Tera
/// loops and conditions), some in a stiff machine-translated tone; gating soft and polite ("we
/// read every message before anything goes public", "reviews are for the happy moments"),
/// rewards reciprocal or deferred ("we'd like to return the favour", "a little something will
/// follow"). Its writer notes that the languages follow the English layout case for case more
/// than in earlier sets. First look, unseen: 100 of 144 violations caught by the expected rule
/// (69.4 %; gating 50/72, incentives 50/72), 117 of 144 with some error; 5 of 96 clean emails
/// had errors. After the round (tables, plus in the core: a subject that asks whether the
/// buyer is happy, or addresses happy buyers, conditions the review the body asks for; a
/// sentence that names the buyers an email is sent to as the happy ones gates the review below
/// it): 144 of 144, no clean email with an error.
const SEVENTEENTH: Corpus = blind("Lint holdout 17", "holdout17", "q-");

/// Eighteenth holdout (ids `r-`): written by six fresh sessions, one per language, that saw
/// only their brief: long, warm emails with the risky clause in the middle of something useful
/// (founder and family letters, seasonal and gift orders, care guides for food, plants, babies
/// and pets, refill reminders, recall-style safety notes), rating scales drawn in text (emoji
/// faces, star rows, 0–10, yes/no) with answers routed by what the buyer picks, and rewards
/// named without money words (a name engraved, a tree planted, a call from the founder). First
/// look, unseen: 107 of 144 violations caught by the expected rule (74.3 %; gating 58/72,
/// incentives 49/72), 127 of 144 with some error; 16 of 96 clean emails had errors (a full star
/// scale drawn row by row read as steering in four). After the round (tables, plus in the core:
/// star rows reaching from one star to five are a scale, not steering; an ask in words points
/// at the first link given for it further down, alone on its line or after a short lead-in
/// ending in a colon; arrows under emoji options are read as one list of branches): 144 of 144,
/// no clean email with an error.
const EIGHTEENTH: Corpus = blind("Lint holdout 18", "holdout18", "r-");

/// Nineteenth holdout (ids `s-`): written by six fresh sessions, one per language, that saw
/// only their brief: the risky clause inside useful content, phrased as a seller would after
/// being told not to write "if you are satisfied"; the two halves of gating far apart (a P.S.,
/// a list, a table drawn in text); value tied to a review only by the email's logic. First look, unseen: 93 of 144 violations
/// caught by the expected rule (64.6 %; gating 44/72, incentives 49/72), 112 of 144 with some
/// error; 8 of 96 clean emails had errors. Tuned by kind of wording (a text-table row that
/// wraps onto the next line, verdict labels in quotes, a moment set by the buyer's feeling,
/// answers by letter or thumb, the review named as "putting it in writing", value named as a
/// loyalty tier or a longer guarantee …): now 144 of 144 and no clean email with a gating or
/// incentive error. Seven emails labelled clean are service_recovery emails that name the
/// buyer's feedback and offer a refund, a replacement or a free item; this lint refuses both
/// in a service_recovery email by design (after negative feedback an offer reads as payment for
/// changing it), and the writers were not told, so they are listed as wrong clean labels.
const NINETEENTH: Corpus = Corpus {
    name: "Lint holdout 19",
    dir: "holdout19",
    id_prefix: "s-",
    min_violations: 20,
    min_each_rule: 10,
    min_clean: 12,
    strict_clean: true,
    recall_floor: 0.97,
    wrong_clean_labels: &[
        "s-ja-c04", "s-ja-c15", "s-fr-c09", "s-fr-c10", "s-it-c04", "s-it-c14", "s-es-c09",
    ],
    max_clean_flagged: 0,
};

/// Twentieth holdout (ids `t-`): written by six fresh sessions, one per language, each email by
/// one of three authors: a large brand's care team (formal, headed, policy-like), a one-person
/// shop typing fast (run-on, typos), and a conversion copywriter using social proof,
/// reciprocity, urgency and bold calls to action who knows the obvious risky words are banned.
/// First look, unseen, after the nineteenth corpus's tuning: 94 of 144 violations caught by
/// the expected rule (65.3 %; gating 48/72, incentives 46/72), 106 of 144 with some error;
/// 13 of 96 clean emails had errors (nine a false gating error). Tuned by kind of wording
/// (favour-for-favour phrases, "to qualify:" lists, the buyers the seller chooses to ask, a
/// text table without outer bars, a condition that opens another topic, "whether" read apart
/// from "if" …): now 144 of 144 and no clean email with an error.
const TWENTIETH: Corpus = blind("Lint holdout 20", "holdout20", "t-");

/// Twenty-first holdout (ids `u-`): written by six fresh sessions, one per language, about half
/// of each in the voice of a seller writing in a second language or fixing up a machine
/// translation (literal phrasing, odd word choices, over-politeness), and in many forms: FAQ
/// blocks, numbered steps, checklists, two-part emails, stories, one-liners.
/// First look, unseen, after the twentieth corpus's tuning: 105 of 144 violations caught by the
/// expected rule (72.9 %; gating 53/72, incentives 52/72), 117 of 144 with some error; 6 of 96
/// clean emails had errors. Tuned by kind of wording (the review named as a comment, the buyer's
/// thoughts or experience told on the product page or to "the rest of Amazon"; "no" and a named
/// defect as the happy verdict of a table row; a reward in one cell of a text-table row tied to
/// the review in another; costs "on the house" or "on our dime"; a prize draw told as a hat; a
/// refusal, "nothing in return", read as no offer …), every existing pattern widened and none
/// added: now 144 of 144 and no clean email with an error.
const TWENTY_FIRST: Corpus = blind("Lint holdout 21", "holdout21", "u-");

/// Twenty-second holdout (ids `v-`): written by six fresh sessions, one per language, each
/// email in one product category's own words (nursery, pets, kitchen, car and bike parts,
/// garden, skin care, camping, instruments …), the condition told as the product's outcome
/// ("once your little one sleeps through", "when the seedlings come up") and rewards dressed as
/// programmes (tester clubs, ambassadors, warranty registration, refills, spare parts).
/// First look, unseen, after the twenty-first corpus's tuning: 99 of 144 violations caught by the
/// expected rule (68.8 %; gating 52/72, incentives 47/72), 112 of 144 with some error; 6 of 96
/// clean emails had errors. Tuned by kind of wording (holding back "on anything public" or
/// telling the seller "before anything else"; a score of 4 or 5 as the happy answer; a
/// condition told as a moment, "the night that…"; no squeak heard, nothing wobbling, "as you
/// hoped" as the product doing well; reviewers named by any group, "riders who…", "les
/// jardiniers qui…"; joining a club or list by steps, one of them the product page; a
/// warranty stretched to more years; the name a review was posted under; stamps collected; a
/// dot leader from an answer to its action read as one option of several; partial refunds as
/// ordinary service in a service_recovery email …), existing patterns widened and none added:
/// now 144 of 144 and no clean email with an error.
const TWENTY_SECOND: Corpus = blind("Lint holdout 22", "holdout22", "v-");

/// Twenty-third holdout (ids `w-`): written by six fresh sessions, one per language, the risky
/// clause told through someone or something else (reported speech, other buyers' stories and
/// testimonials, a little scene, a house rule in the third person, a reference back to an
/// earlier email), about half of the emails set at an occasion (year-end holidays, a shop's
/// anniversary, the start of the school year).
/// First look, unseen, after the twenty-second corpus's tuning: 102 of 144 violations caught by
/// the expected rule (70.8 %; gating 53/72, incentives 49/72), 115 of 144 with some error; 5 of
/// 96 clean emails had errors. Tuned by kind of wording (reviewers named by whatever they wrote,
/// "their honest take", "chaque client qui raconte son expérience", "Menschen, die über uns
/// geschrieben haben"; the answer picked in an earlier survey as a condition, "Wer „…" angeklickt
/// hat", 「2や3を選ばれた方」; the seller put before Amazon or "the internet"; sleeping soundly,
/// not letting go of it, doing well in use as the buyer being happy; "instead of reviewing it";
/// prize draws in compounds and hats; counts and quotas reached; a reward said not to exist read
/// as no offer …), three patterns added and every other change an existing one widened: now 144 of
/// 144 and no clean email with an error.
const TWENTY_THIRD: Corpus = blind("Lint holdout 23", "holdout23", "w-");

/// Twenty-fourth holdout (ids `x-`): written by six fresh sessions, one per language. About half
/// of the emails are bilingual, as sellers write for buyers who read two languages (English
/// beside French for Canada, Spanish beside English for US buyers, German beside French for
/// Switzerland …), the risky clause in one version only or worded differently in each; the
/// rest put it in the small print: the subject, a preheader, a P.S., the signature, a footer, a
/// button's label written as text.
/// First look, unseen, after the twenty-third corpus's tuning: 89 of 144 violations caught by the
/// expected rule (61.8 %; gating 47/72, incentives 42/72), 94 of 144 with some error; 11 of 96
/// clean emails had errors.
/// First round of tuning (the misses read by language pair; wording such as "a line on Amazon",
/// "reviews are for the wins, anything else comes to us", a reward named only in the subject while
/// the body makes the review a step, "chaque avis publié, c'est un arbre", "dillo prima a noi"):
/// 132 of 144 (91.7 %), 3 clean emails with an error. Every one of the 12 left puts its risky
/// clause in a language no word table reads (Portuguese, Chinese, Turkish, Polish, Korean,
/// Catalan, Arabic); each now gets an `unchecked-language` warning naming that paragraph (the
/// `unread` column), and no email of the earlier corpora gets one. The three false errors
/// (help offered "before or after a review"; "will a critical review affect my warranty? No";
/// an ask given once per language in a bilingual email read as asked twice) were then fixed:
/// no clean email has an error.
const TWENTY_FOURTH: Corpus = Corpus {
    recall_floor: 0.91,
    ..blind("Lint holdout 24", "holdout24", "x-")
};

/// Twenty-fifth holdout (ids `y-`): written by six fresh sessions, one per language, each email
/// in its own voice and layout (checklists, FAQs, a founder's letter, a workshop story, seasonal
/// notes, two-line notes, formal letters, emoji, dictionary translations, tables), the risky
/// clause said indirectly: euphemisms for a reward, rewards through another channel (newsletter,
/// WhatsApp, LINE, Instagram), conditions on the product's result ("once the seedlings sprout"),
/// asks aimed at one group, the benefit far from the ask or in a table row.
/// First look, unseen, after the twenty-fourth corpus's tuning: 121 of 144 violations caught by
/// the expected rule (84.0 %; gating 59/72, incentives 62/72), 134 of 144 with some error; 31 of
/// 96 clean emails had errors. Many of those broke another of Amazon's rules: the writers were
/// told that a discount unrelated to reviews is clean, but a coupon or a promotion is marketing,
/// which buyer messages may not carry, and a WhatsApp or Instagram handle is contact off Amazon;
/// and a `service_recovery` email was described to them as an offer to fix the problem, which
/// the lint refuses there (no offer, no word of the feedback). Those 19 are listed as wrong
/// labels; 12 clean emails had a false error. The writers were not told that a clean subject
/// names the store, so the strict checks of the file are off.
/// Tuned by kind of wording (a ticked box or a verdict with an arrow as the route to the review;
/// "don't write anything on Amazon yet"; "passez par nous avant"; the group "d'entre vous qui";
/// a code "valid on your next purchase", "20-%-Code", a red envelope, a points cell in a drawn
/// table; the name of the profile the review was signed with; "Opina y te …"; a screenshot sent
/// "por mensaje"; and for clean mail: hotel star classes, a refused question on a star count,
/// questions naming both the happy and the unhappy buyer, "has nothing to do with reviews", "ni
/// X, ni Y" refusals, "de" as a preposition and not "give"): now 144 of 144, and no clean email
/// has an error but the 19 that break another rule.
const TWENTY_FIFTH: Corpus = Corpus {
    name: "Lint holdout 25",
    dir: "holdout25",
    id_prefix: "y-",
    min_violations: 20,
    min_each_rule: 10,
    min_clean: 12,
    strict_clean: false,
    recall_floor: 0.97,
    wrong_clean_labels: &[
        // Marketing: a coupon code, a volume-discount table, a loyalty club's perks.
        "y-en-c04", "y-en-c11", "y-en-c14", "y-de-c12", "y-ja-c07", "y-ja-c08", "y-fr-c06",
        "y-fr-c14", "y-it-c05", "y-it-c10", "y-es-c04", "y-es-c15",
        // A WhatsApp channel: contact off Amazon.
        "y-de-c15",
        // A service_recovery email that offers a refund or replacement, or names the feedback.
        "y-en-c10", "y-de-c10", "y-ja-c09", "y-fr-c08", "y-es-c08", "y-es-c14",
    ],
    max_clean_flagged: 0,
};

/// Twenty-sixth holdout (ids `z-`): written by six fresh sessions, one per language, as what a
/// real seller of each market would send: shops of every size and category, polished and hasty,
/// several sales-minded; the risky clause softened, hinted, bundled or rationalised rather than
/// textbook. The writers were told every rule a clean email keeps (no marketing, no contact off
/// Amazon, a review asked for once and only in a review request, nothing offered and no word of
/// the feedback in a `service_recovery` email, the store in the subject).
/// First look, unseen, after the twenty-fifth corpus's tuning: 121 of 144 violations caught by
/// the expected rule (84.0 %; gating 59/72, incentives 62/72), 126 of 144 with some error; 10 of
/// 96 clean emails had a false error ("give it a full charge" read as a full score, free delivery
/// the order already had, a 5-star hotel in a French email …).
/// Tuned by kind of wording (review requests "kept for customers whose …", "qu'auprès des …";
/// the review put off until the seller has sorted it out, "rien publier tant que", "no lo
/// publique todavía"; a settling-in period to wait out before judging; "a firm yes"; "on us",
/// "auf unsere Kosten", "come grazie", a warranty "de 12 à 24", products weeks before they go
/// on sale; the profile name the review appears under; and for clean mail: free delivery through
/// Prime, a full charge, stars named as one count among others, refusals of gift cards, the
/// buyer's own present, "kritisch oder begeistert"): now 144 of 144, no clean email with an
/// error.
const TWENTY_SIXTH: Corpus = blind("Lint holdout 26", "holdout26", "z-");

/// Twenty-seventh holdout (ids `za-`): written by six fresh sessions, one per language, as
/// cross-border sellers whose first language is Chinese write in the buyer's language: drafts
/// passed through a translation tool, phrasebook politeness ("dear friend"), odd word order, run-on
/// sentences, full-width punctuation, pinyin brand names, agencies writing for several brands.
/// The writers were told every rule a clean email keeps.
/// First look, unseen, after the twenty-sixth corpus's tuning: 134 of 144 violations caught by
/// the expected rule (93.1 %; gating 63/72, incentives 71/72), 12 of 96 clean emails with a false
/// error ("no matter you are loving it or …" read as a condition, a shop naming itself an official
/// store read as marketing, rewards refused with "ni … ni", "das machen wir nicht", お出しして
/// おりません; free delivery the order had; "good or not so good"; 高い低いにかかわらず).
/// Tuned by kind of wording (a review held until the seller has helped, 保留, 見合わせ; low stars
/// as a bad review; yes to every question just asked; a message addressed to a group of happy
/// buyers, "an alle Eltern, deren …", "s'adresse aux clients qui"; a polite ask put as a question
/// negates nothing, いただけませんか; ご期待に沿うもので; a warranty raised in any verb form): now
/// 144 of 144, no clean email with an error.
const TWENTY_SEVENTH: Corpus = blind("Lint holdout 27", "holdout27", "za-");

/// Twenty-eighth holdout (ids `zb-`): written by six fresh sessions, one per language, as a random
/// sample of what the lint meets in the wild: templates copied from a messaging tool's library, a
/// seller forum or a social-media group and edited, seasonal sends (year-end, Prime Day, back to
/// school, Singles' Day, a national holiday), sellers of every size, category and skill; the risky
/// clause anywhere (subject, opening, middle, P.S., a list item, a signature line). The writers
/// were told every rule a clean email keeps.
/// First look, unseen, after the twenty-seventh corpus's tuning: 114 of 144 violations caught by
/// the expected rule (79.2 %; gating 53/72, incentives 61/72), 120 of 144 with some error; 6 of 96
/// clean emails with a false error ("give it 5 to 7 nights" read as a score, the buyer's own
/// present and "keine Gutscheine oder Geschenke", a Black Friday order read as marketing, "ni carte
/// cadeau ni remise", a gift people look for).
/// Tuned by kind of wording (a message "meant for" happy buyers, "happy gardeners"; "Loved it?";
/// "meeting your expectation"; "Passt alles?"; "Prima delle stelle, passa da noi", "prima che
/// finisca in una recensione", "non affidare il problema alle recensioni"; "attendez avant de la
/// publier"; "no lo reflejes en una valoración"; reviewers named by a pronoun, "le leur", or as
/// the first fifty; a share of the order's price back, "5 % des Bestellwerts", "the full cost of
/// your order"; a gift packed in the parcel, 同梱): now 144 of 144, no clean email with an error.
const TWENTY_EIGHTH: Corpus = blind("Lint holdout 28", "holdout28", "zb-");

/// Twenty-ninth holdout (ids `zc-`): written by six fresh sessions, one per language, as an AI
/// writing assistant returns these emails when a seller asks it for them ("get more 5-star
/// reviews", "add something so unhappy customers message me first", "mention our gift for
/// reviewers but keep it compliant"): headings, bullet points, emojis, bold phrases, a placeholder
/// left unfilled; a risky wish softened into a violation still, or written cleanly, or a risky line
/// the seller added back. The writers were told every rule a clean email keeps.
/// First look, unseen, after the twenty-eighth corpus's tuning: 133 of 144 violations caught by
/// the expected rule (92.4 %; gating 64/72, incentives 69/72), 135 of 144 with some error; 7 of 96
/// clean emails with a false error (a "5-star-hotel" heading, "ein Stern oder fünf" beside a
/// tip block, screenshots said not to be needed, 満足・不満を問わず, a help block that names the
/// review only to say help does not depend on it, "enthousiaste, mitigé ou critique", gifts we do
/// not send for reviews).
/// Tuned by kind of wording (a bold heading "**Loving it?**" before "Then"; a review sold by the
/// minute it takes; fewer than five stars, "moins de cinq étoiles", stars taken off, "Sterne
/// abziehen", as a bad review; "Nur für zufriedene Familien"; defects told through a review
/// instead of the store, 評価で知らせるのではなく; "dans l'hypothèse où"; numbered steps to a
/// benefit with the review as one step; "à nos frais"): now 144 of 144, no clean email with an
/// error.
const TWENTY_NINTH: Corpus = blind("Lint holdout 29", "holdout29", "zc-");

/// Thirtieth holdout (ids `zd-`), written by six fresh sessions, one per language, that did not
/// open the rules, their fixtures or any earlier corpus, as experienced sellers who have read
/// Amazon's rules and believe their emails comply: conditions only implied (a review ask right
/// after "we hope everything is perfect", a "then" pointing two paragraphs back), rewards in
/// another paragraph, a P.S. or "our way of saying thank you", support-first routing written as a
/// service promise or a timeline, the review link in one branch of a "whichever is true for you"
/// list; clean emails by equally careful sellers with the same vocabulary and layouts. The writers
/// were told every rule a clean email keeps.
/// First look, unseen, after the twenty-ninth corpus's tuning: 89 of 144 violations caught by
/// the expected rule (61.8 %; gating 38/72, incentives 51/72; French 5 of 24), 96 of 144 with some
/// error; 9 of 96 clean emails with a false error.
/// Tuned by kind of wording (a hope and the "if so" pointing back to it across a list of tips, a
/// plain statement or a run of neutral sentences; "C'est exactement le genre de…", "Those are
/// exactly…", "Siendo así", "In quel caso", "si usted se cuenta entre ellos"; options under one
/// label or a numbered list under a question on the buyer; "no need to wait for a review to tell
/// us" and the review that can wait, "läuft Ihnen nicht weg"; criticism that gets lost on the
/// page; rewards named as habits, things that await each reviewer, a right a review opens,
/// warranties and return windows lengthened; reviewers named by any noun or by the time they gave;
/// a denial listing rewards of any length, "la remise" of the parcel, a gift for someone else):
/// now 143 of 144, no clean email with an error. zd-ja-g05 stays missed: its only sign of a happy
/// buyer is a product's own effect quoted as what many users feel, a shape that as often carries
/// a caveat.
const THIRTIETH: Corpus = blind("Lint holdout 30", "holdout30", "zd-");

/// Thirty-first holdout (ids `ze-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as a representative month of a
/// seller-services agency's outbox: forty small and mid-sized sellers of ten categories, each with
/// its own habits, the risky clause in the forms it most often takes in the trade and in the
/// seller's everyday words (neither the textbook sentence nor deliberately hidden). The writers
/// were told every rule a clean email keeps.
/// First look, unseen, after the thirtieth corpus's tuning: 128 of 144 violations caught by the
/// expected rule (88.9 %; gating 64/72, incentives 64/72), 131 of 144 with some error; 5 of 96
/// clean emails with a false error ("the lucky recipient" of a gift in a neutral ask, a 特典 and a
/// prize draw said not to depend on reviews, "Un detalle" for everyone, "valutare" a problem in a
/// service-recovery email).
/// Tuned by kind of wording (reviewers named as families, households or anyone who "enjoyed
/// it", by the name their review shows under, by a review given as the reason, or by a review
/// posted and left unnamed; "erst kurz uns schreiben"; criticism "lieber direkt als in einer
/// Rezension", "invece che alla pagina", a rating held off "tant que…" or while waiting,
/// "no te precipites con la valoración"; 問題なさそうなら as a happy buyer; return windows and
/// warranties granted "statt 30 Tagen"; thanks said "pour vous dire merci"; a return window as a
/// shop term, the buyer's "retour" as an opinion, "un detalle que poca gente conoce", "(or the
/// lucky recipient)" in a courtesy, denied perks and draws, the seller weighing something with
/// "valutare"): now 144 of 144, no clean email with an error.
const THIRTY_FIRST: Corpus = blind("Lint holdout 31", "holdout31", "ze-");

/// Thirty-second holdout (ids `zf-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as sellers native to each market in
/// its business customs (the formal customer-service letter, the family business, the young
/// brand), the risky clause among or beside the local legal and customary boilerplate: statutory
/// warranty and withdrawal rights, returns policies, data-protection notes, safety and care
/// instructions, invoice and delivery notes, full of words that look risky without being tied to
/// a review. The writers were told every rule a clean email keeps.
/// First look, unseen, after the thirty-first corpus's tuning: 125 of 144 violations caught by
/// the expected rule (86.8 %; gating 59/72, incentives 66/72), 131 of 144 with some error; 13 of 96
/// clean emails with a false error, most of them in the boilerplate (a refund or a "Kaufpreis" in
/// the returns terms read as a reward, a voucher or "Geschenkgutschein" in the terms read as
/// marketing, "remise", "omaggio" and "regalamos" beside a neutral ask, a "Fünf-Sterne"
/// hotel comparison read as steering).
/// Tuned by kind of wording (a capitals label of up to three words as an option, "HAPPY" beside
/// "NOT YET"; a data note saying who the invitation goes to; "unless something has gone wrong";
/// reviewers named by any "-ers" noun or by a pronoun, "chi la scrive"; "Se lo è,"; a review held
/// in suspense, postponed or written out and held off, "antes de contarlo", "pas besoin de passer
/// par les avis"; inviting the satisfied as a group; the seller's own support team as help; rewards
/// as a credit note, "15 % vom Preis", "può estendere la garanzia", a house warranty raised; the
/// law's own refunds, withdrawal and gift-voucher terms, an order marked as a gift, "Fünf-Sterne-
/// Gefühl", a first-use condition, a question whose ask welcomes any verdict, a warranty that
/// does not depend on a review, passive and verbal denials, "remise contre signature"): now 144 of
/// 144, no clean email with an error.
const THIRTY_SECOND: Corpus = blind("Lint holdout 32", "holdout32", "zf-");

/// Thirty-third holdout (ids `zg-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as sellers who also run their own
/// web shop and port its post-purchase flows to Amazon: "email 1 of 3" sequences, loyalty points,
/// photo reviews, VIP lists, score-routing surveys, "reply first so we can make it right", in the
/// brand's voice; the clean emails are the same flows carefully cleaned for Amazon's rules. The
/// writers were told every rule a clean email keeps.
/// First look, unseen, after the thirty-second corpus's tuning: 131 of 144 violations caught by
/// the expected rule (91.0 %; gating 64/72, incentives 67/72), 133 of 144 with some error; 5 of 96
/// clean emails with a false error (a reward, "Rabatte", "cadeau", "livraison gratuite" and
/// "sconti" named beside a review ask in flows cleaned of their incentives).
/// Tuned by kind of wording (a review kept back "pour vous", put off "tant que" or until it can
/// be judged in public, not put online yet; a score given as a condition, "con un 4 o un 5"; a
/// verdict button in the buyer's voice, "ME ENCANTA", among emoji options; "happy families" as
/// the audience, 「…お客様にだけ」; a refund "with nothing to do", "estensione di garanzia", a
/// numbered step after "Ihre Rezension ist online"; rewards named and then refused, "gibt es
/// dafür nicht", "non danno diritto a", "no points, nothing for any kind of review"; a gift the
/// buyer gave, free shipping included): now 142 of 144, no clean email with an error. Two German
/// incentives stay missed: the benefit reaches the review only through a status the review
/// earns ("Als VIP erhalten Sie…", "Insider bekommen…"), named in another sentence.
const THIRTY_THIRD: Corpus = blind("Lint holdout 33", "holdout33", "zg-");

/// Thirty-fourth holdout (ids `zh-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as first-time sellers writing their
/// very first templates from memory of emails they received and half-remembered forum advice:
/// plain, sincere, over-eager; the risky clauses what a newcomer believes is normal. The writers
/// were told every rule a clean email keeps.
/// First look, unseen, after the thirty-third corpus's tuning: 141 of 144 violations caught by
/// the expected rule (97.9 %; gating 69/72, incentives 72/72); 6 of 96 clean emails with an error
/// (rewards named only to refuse them, "aussi utile qu'un avis élogieux", "Wenn Sie das in einer
/// Bewertung teilen möchten", "somos un vendedor recién llegado").
/// Tuned by kind of wording (a star mark before 「その前に」; replies kept "qui e non nelle
/// recensioni"; a group of buyers named by a noun, "a los clientes que han quedado contentos";
/// refusals in a comma list, refusals as the rules forbidding it, 「…などのお礼は…お出ししていません」,
/// "né chiediamo screenshot"; a verdict either way worth the same; a seller calling itself new):
/// now 144 of 144, no clean email with an error.
const THIRTY_FOURTH: Corpus = blind("Lint holdout 34", "holdout34", "zh-");

/// Thirty-fifth holdout (ids `zi-`), written by the same six sessions right after the
/// thirty-fourth, as small family businesses under pressure after a bad month: founders' stories,
/// pleas, "every review decides whether we survive", the risky clause woven into the emotion; the
/// clean emails just as heartfelt within the rules.
/// First look, unseen, measured beside the thirty-fourth (neither tuned yet): 131 of 144
/// violations caught by the expected rule (91.0 %; gating 68/72, incentives 63/72), 3 more with
/// another error; 7 of 96 clean emails with an error.
/// Tuned by kind of wording (anything negative left unnamed, "avant de laisser quoi que ce soit
/// de négatif", "antes de dejar nada negativo"; "bewerten Sie noch nicht"; reviewers named only
/// as "chi lo fa"; thanks packed into the next parcel, 「次回の荷物に同封」; a warranty made
/// lifelong, a return window lengthened, a gift to a food bank per review, a "drawing", early
/// pieces from the next kiln; a review worth more than any gift, other shops' practice told as
/// theirs, "Content(e) ou non", "tel qu'il est", "diga lo que diga"): now 144 of 144, no clean
/// email with an error.
const THIRTY_FIFTH: Corpus = blind("Lint holdout 35", "holdout35", "zi-");

/// Thirty-sixth holdout (ids `zj-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as sellers typing in a hurry on a
/// phone: accents and umlauts dropped or typed as "ae/ue", 変換ミス and half-width katakana,
/// typos, chat shorthand, run-on sentences; the risky clauses ordinary ones typed the same way.
/// The writers were told every rule a clean email keeps.
/// First look, unseen, after the thirty-fourth and thirty-fifth corpora's tuning: 124 of 144
/// violations caught by the expected rule (86.1 %; gating 64/72, incentives 60/72), 8 more with
/// another error; 11 of 96 clean emails with an error.
/// Tuned first by one general change: an accented letter in a word of four letters or more of
/// a Latin-script table also matches the letter typed bare ("recibiras", "reponse"), and an
/// umlaut or ß its two-letter spelling ("Rueckmeldung") (128 of 144, 10 false errors); then by
/// kind of wording (half-width katakana folded, a phone line ending in す or た ending its
/// sentence, shorthand "tt de suite", "antes d", "ppl", "q", "nix", "if u have a min", "yrs",
/// "insted", 「じゃなくて」「まってね」; "plutôt qu'en commentaire"; "se è sì"; a thanks given as a
/// thing, "ein kleines Danke"; "either way", "lo q sea", "bene male o così così"): now 144 of 144,
/// no clean email with an error.
const THIRTY_SIXTH: Corpus = blind("Lint holdout 36", "holdout36", "zj-");

/// Thirty-seventh holdout (ids `zk-`), written by the same six sessions right after the
/// thirty-sixth, as an established brand's customer-care team: polished, templated,
/// multi-section emails (headings, care tips, a "need help?" block, the team's sign-off), the
/// risky clause slipped in as a "satisfaction programme", a routing line or a reward framed as
/// appreciation.
/// First look, unseen, measured beside the thirty-sixth: 136 of 144 violations caught by the
/// expected rule (94.4 %; gating 65/72, incentives 71/72), 4 more with another error; 9 of 96
/// clean emails with an error.
/// Tuned by kind of wording (a review held "until the replacement has arrived", "before you
/// share your thoughts publicly", an invitation "qu'une fois le problème résolu"; the buyers
/// invited named by how they felt, "die ihren Einkauf als „sehr gut“ erlebt haben", "Wer …
/// „sehr zufrieden“ angibt"; "Für alle anderen Anliegen" after an ask for a good review; "como
/// muestra de agradecimiento"; headed sections of a care email not read as a funnel's options;
/// "élogieux comme critiques", "enthousiaste ou plus mitigé"; rewards refused "keinerlei",
/// "weder … noch Rückerstattungen", "no ofrecemos … ni compensaciones"): now 144 of 144, no
/// clean email with an error.
const THIRTY_SEVENTH: Corpus = blind("Lint holdout 37", "holdout37", "zk-");

/// Thirty-eighth holdout (ids `zl-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as a cross-section of real outboxes:
/// forty sellers of every size, skill and category each pasting one after-sales email they
/// actually send, careful and careless alike. The writers were told every rule a clean email
/// keeps.
/// First look, unseen, after the thirty-sixth and thirty-seventh corpora's tuning: 137 of 144
/// violations caught by the expected rule (95.1 %; gating 68/72, incentives 69/72), 3 more with
/// another error; 5 of 96 clean emails with an error.
/// Tuned by kind of wording (the ask kept for "unsere glücklichen Yogis"; "noch keine Rezension
/// schreiben"; "no lo refleje en Amazon todavía"; "aspetti a recensirlo"; du-form "Schreib eine
/// Rezension – und du bekommst"; reviewers in the present tense, "qui partagent leur évaluation";
/// a warranty "portée à cinq ans", "tres años de garantía en lugar de dos"; an open question
/// before the ask, "Wie klingen sie bei dir?"; "excellente, moyenne ou décevante"; "tanto si
/// escribe una reseña como si no"; a seller who gives nothing, 「お付けすることはしていません」;
/// "congratulations on the new arrival"): now 144 of 144, no clean email with an error.
const THIRTY_EIGHTH: Corpus = blind("Lint holdout 38", "holdout38", "zl-");

/// Thirty-ninth holdout (ids `zm-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as the seller's calendar: the
/// emails shops send around the moments of their year (sale days, gift seasons and holidays, a
/// new year, a shop anniversary, a product's first birthday, a clear-out), where a reward or a
/// plea to happy buyers leans on the occasion. The writers were told every rule a clean email
/// keeps.
/// First look, unseen, after the thirty-eighth corpus's tuning: 129 of 144 violations caught by
/// the expected rule (89.6 %; gating 66/72, incentives 63/72), 8 more with another error; 22 of
/// 96 clean emails with an error (nine of them "marketing" for a sale day named in passing).
/// Tuned by kind of wording (a sale day named as when the buyer ordered or why delivery is slow,
/// 「セール後はお届けまでに」, "en raison du Black Friday", "nella settimana del Black Friday",
/// "has been on sale for a year"; the buyer's own present, "the gift turned out", 「贈り物の場合」,
/// "ricevuta regalo"; refused rewards in a comma list or "weder … noch … noch"; the reward
/// granted in the present tense, "we're stretching the warranty"; "how to get one free:" before
/// numbered steps; reviewers "dont l'avis est déjà publié"; each person who reviews, "ogni
/// persona che lascia"; "le descontaremos"; hold-backs 「投稿の前に」, 「レビュー欄に書き込むのではなく」,
/// "halten Sie sich … zurück", "until we've replied"; a group of five-star customers pointed
/// back at, "Gehören Sie dazu"; a label line "Laisser un avis :" after an ask in words): now
/// 144 of 144, no clean email with an error.
const THIRTY_NINTH: Corpus = blind("Lint holdout 39", "holdout39", "zm-");

/// Fortieth holdout (ids `zn-`), written by six fresh sessions, one per language, that did not
/// open the rules, their fixtures or any earlier corpus, in a playful brand voice: emails that
/// joke, pun, rhyme and wink (the product speaking, a mascot signing off, mock notices, quizzes,
/// emojis as words), the risky clause inside the joke itself. The writers were told every rule a
/// clean email keeps.
/// First look, unseen, after the thirty-ninth corpus's tuning: 122 of 144 violations caught by
/// the expected rule (84.7 %; gating 56/72, incentives 66/72), 3 more with another error; 11 of
/// 96 clean emails with an error.
/// Tuned by kind of wording (rewards refused as "hands out no freebies, refunds or coupons",
/// 「クーポンも…いっさいナシ」, "nessun dolcetto in cambio", "no se ofrecen regalos"; star counts
/// each with its own "star" and "or anything between"; "the new arrival" as one thing; groups
/// named by being content opening a sentence, 「大満足の…仲間は」, "i soli … soddisfatti";
/// hold-offs "préalablement à", "ne confiez pas … aux étoiles tout de suite", "pas de lien vers
/// les avis", "nicht öffentlich, sondern", "la recensione può aspettare", "non va in
/// recensione", "e non altrove", "en lugar de acudir a dicha…"; "bevor du's"; thank-you treats,
/// "une petite douceur de remerciement", 「もう1足、無料で」; shipping refunded for a review,
/// "te devolvemos los gastos de envío"; a review step in an arrow chain; reviews read by
/// shoppers in a quiz; "Lo primero: si…" as a topic, not a step): now 140 of 144, no clean
/// email with an error. Left: zn-en-g06 and zn-de-g05 name the happy group ("the tail-waggers
/// only", cats that purr louder than the vacuum) in a sentence before the ask, with no happy
/// word; zn-en-i04 puts the reward in the last lines of a limerick, each line read as its own
/// sentence; zn-it-g07 gates in Yoda's inverted word order.
const FORTIETH: Corpus = blind("Lint holdout 40", "holdout40", "zn-");

/// Forty-first holdout (ids `zo-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as how-to guides, checklists and
/// FAQs: numbered steps, checkboxes, "Q: … A: …" blocks and tip tables, the risky clause inside
/// a step, an answer, a checklist item or a note under a step. The writers were told every rule
/// a clean email keeps.
/// First look, unseen, after the fortieth corpus's tuning: 133 of 144 violations caught by the
/// expected rule (92.4 %; gating 65/72, incentives 68/72), 2 more with another error; 9 of 96
/// clean emails with an error.
/// Tuned by kind of wording (a negation in another list step turns no positive around; a
/// buyer's question naming a review and a problem, answered "hold off, write to us first";
/// verb-first German conditions behind a bullet or a checkbox; "Q4：" / "A. " read as a buyer's
/// question and its answer, and a question its answer refuses sends no one anywhere; a warranty
/// extended with the item's name between; "ganz gleich, ob", 「かどうかに関係なく」, "bene o
/// male che sia", "qualunque sia"; a not-yet before the review, "antes de que nos valores",
/// "non recensire" as a branch, "avant d'en parler sur Amazon"; a percentage refunded, the
/// review as a pronoun, its publishing name as proof; "once you have had time to try it" and a
/// buyer's own "if I write a review" as no condition): now 144 of 144, no clean email with an
/// error.
const FORTY_FIRST: Corpus = blind("Lint holdout 41", "holdout41", "zo-");

/// Forty-second holdout (ids `zp-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as templates by a seller who uses
/// the template language fully: `{% if %}` branches on the order's data, `{% for %}` loops over
/// the items, `{% set %}` sentences printed elsewhere, filters and `{# comments #}`; the risky
/// clause inside a branch, a loop body or a set value, or split between two of them, and a
/// risky idea written only in a comment (never sent) as a clean near miss. The writers were
/// told every rule a clean email keeps.
/// First look, unseen, after the forty-first corpus's tuning: 115 of 144 violations caught by
/// the expected rule (79.9 %; gating 53/72, incentives 62/72), 5 more with another error; 1 of
/// 96 clean emails with an error. Most misses kept the risky sentence in a `{% set %}` value,
/// which the lint blanked as markup: a set text is now read where it is printed (the scan's
/// `expand_set_values`), and that alone brought the corpus to 137 of 144.
/// Tuned by kind of wording ("say so with a star rating", "mention it in your review" as an
/// ask; a thank-you "for the review you wrote"; "review this one and the next … is on us";
/// "attendez d'en avoir parlé avec nous pour l'évaluer"; a warranty "prolongée de deux ans"
/// told verb first; "por cada artículo reseñado"; a refusal listing "né sconti né rimborsi né
/// omaggi"): now 144 of 144, no clean email with an error.
const FORTY_SECOND: Corpus = blind("Lint holdout 42", "holdout42", "zp-");

/// Forty-third holdout (ids `zq-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as emails after a problem was put
/// right (a part resent, a replacement shipped, a late parcel delivered, a setup problem talked
/// through), the review ask or the thanks right after the fix: the risky clause asks only now
/// that it works, ties the fix or a refund to the review or a changed rating, or sends the buyer
/// to the seller first next time. The writers were told every rule a clean email keeps.
/// First look, unseen, after the forty-second corpus's tuning: 123 of 144 violations caught by
/// the expected rule (85.4 %; gating 62/72, incentives 61/72), 6 more with another error; 8 of
/// 96 clean emails with an error, most of them the fix itself ("Ersatz", "remplacement",
/// "sostituzione", a refund) read as a reward beside the review ask.
/// Tuned by kind of wording ("jetzt, wo Sie zufrieden sind"; "nicht in einer öffentlichen
/// Rezension, sondern"; "im Gegenzug"; "satisfied families only"; "sort the fit out with you
/// first"; "post you a spare … at zero cost"; 「レビューには書かず」; a review the shop confirms or
/// an update it has seen, 「確認次第」; a refund timed "dès que votre avis est publié"; the fix
/// said to have "nichts mit einer Bewertung zu tun", "non dipende da recensioni", "does not
/// depend on anything further", owed "de toute façon"; a complaint that "belongs in the review
/// too"; "il regalo per Suo nipote"): 135 of 144 after one round. A second round: a fault
/// said to be gone ("Flicker gone?") read as the buyer pleased; keeping the faulty unit, or the
/// return of it waived, given for the review though the sentence names the fault; a review held
/// until the replacement has arrived, been tried or pleases, with or without help offered; a
/// second battery once the review is online; postage refunded for an updated rating; a reply
/// menu whose "1" gets the link; free shipping the order already had ("aveva già la spedizione
/// gratuita") and "in bene o in male" as clean wording: now 144 of 144, no clean email with an
/// error.
const FORTY_THIRD: Corpus = blind("Lint holdout 43", "holdout43", "zq-");

/// Forty-fourth holdout (ids `zr-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as emails about warranties,
/// guarantees and care (what the warranty covers, how to claim it, spare parts, statutory
/// rights): the risky clause ties a longer warranty, spare parts or a care kit to the review,
/// sends the buyer to the warranty before or instead of a review, or asks only buyers whose
/// product still works. Warranty words ("free repair", "no extra cost") stand innocently in
/// many clean emails. The writers were told every rule a clean email keeps.
/// First look, unseen, after the forty-third corpus's first round of tuning: 131 of 144
/// violations caught by the expected rule (91.0 %; gating 64/72, incentives 67/72), 1 more with
/// another error; 10 of 96 clean emails with an error, most of them a warranty benefit given to
/// every buyer ("estensione di garanzia", "regalo", "remboursé") read as a reward beside the
/// review ask.
/// Tuned by kind of wording (a warranty claim filed first as a word to the shop; the people who
/// review named as a household, 「ご家族」; a move up to a better warranty tier, "passent en
/// Garantie Premium"; a warranty activated by steps that start with a review; a link meant for
/// machines "still like new" or that never needed the warranty; "prima ci contatti"; "de
/// momento no publiques nada"; the warranty as "la vía", not a review; a reward denied in a
/// list that starts with a longer warranty; "satisfait ou remboursé" as a guarantee's name;
/// star-rated hotels in the plural; "review or no review"): now 144 of 144, no clean email with
/// an error.
const FORTY_FOURTH: Corpus = blind("Lint holdout 44", "holdout44", "zr-");

/// Forty-fifth holdout (ids `zs-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as emails that ask the buyer
/// questions (a 1–5 or 0–10 score, "reply with a number", A/B/C or emoji menus, yes/no,
/// checklists): the risky clause offers the review only to the happy answer or the high score,
/// sends low scorers to the seller instead, or rewards "the survey and the review" together.
/// The writers were told every rule a clean email keeps.
/// First look, unseen, after the forty-fourth corpus's first look: 126 of 144 violations caught
/// by the expected rule (87.5 %; gating 59/72, incentives 67/72), 6 more with another error; 2
/// of 96 clean emails with an error. Most misses are a branch per answer where only the happy
/// answer reaches the review link, or a request to hold off reviewing, told as a menu option.
/// Tuned by kind of layout and wording (answer groups and lettered answers "(A)" as options;
/// yes/no options after an arrow "►"; a table of answers led in by "busque su respuesta";
/// "reply with a 4 or a 5", "con cinco estrellas", a smiling face picked as the happy answer;
/// "teilen Sie uns … mit" and 「チャンスをください」 as a word to the seller; a hold asked of the
/// unhappy buyers alone; "vote + review = a free tin", buyers "qui font les deux", a review that
/// completes the work; "nicht nur … sondern"; "qualunque idea"): now 144 of 144, no clean email
/// with an error.
const FORTY_FIFTH: Corpus = blind("Lint holdout 45", "holdout45", "zs-");

/// Forty-sixth holdout (ids `zt-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as emails to business buyers
/// (offices, schools, clinics, restaurants, workshops; purchase orders, VAT invoices, a team
/// using the product): the risky clause ties a credit note, a rebate on the next order, account
/// credit, a free unit or a training session to the review, asks only satisfied teams, or has
/// the purchasing manager route colleagues' complaints to the seller or gather their views and
/// review only if they are good. The writers were told every rule a clean email keeps.
/// First look, unseen, after the forty-fifth corpus's tuning: 126 of 144 violations caught by
/// the expected rule (87.5 %; gating 63/72, incentives 63/72), 3 more with another error; 13 of
/// 96 clean emails with an error: a review ask "when your team has worked with it" read as a
/// condition (six), and Amazon Business quantity pricing explained ("Mengenrabatt", "割引",
/// "remise", "descuento") read as marketing (four).
/// Tuned by kind of wording ("Where your team has been impressed" as a condition; a credit
/// note, "Gutschrift", "avoir", "nota di credito", a share of the invoice's net amount, as value;
/// businesses, hotels, 「店舗様」, "studi", "aziende" as the people asked or who review; a review
/// held until a named step is done, 「…まで控えて」; refraining from a review, "von einer Bewertung
/// absehen"; a request said to hold only for the pleased; a training offered to teams that
/// reviewed; "dès sa publication"; a condition with an aside, "a patto, naturalmente, che";
/// the team's time of use, "lorsque vos collaborateurs auront pris leurs marques", "cuando su
/// equipo lleve un tiempo", as a time and not a condition; "whichever way it falls", "favorevole
/// o no", a list of verdicts with a middle one; a quantity price Amazon Business already applied
/// to the order as no marketing): now 144 of 144, no clean email with an error.
const FORTY_SIXTH: Corpus = blind("Lint holdout 46", "holdout46", "zt-");

/// Forty-seventh holdout (ids `zu-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as emails from makers of handmade
/// and personalised goods (a proof or a name's spelling checked, natural variation, care of
/// wood, leather and glaze, the gift it was ordered for): the risky clause ties a free
/// engraving, a second initial, a matching piece or a discount on the next custom order to the
/// review, asks only buyers who love how it turned out, or has an unhappy buyer let the maker
/// redo it before or instead of a review. The writers were told every rule a clean email keeps.
/// First look, unseen, after the forty-sixth corpus's tuning: 134 of 144 violations caught by
/// the expected rule (93.1 %; gating 69/72, incentives 65/72), 3 more with another error; 4 of
/// 96 clean emails with an error (the gift the buyer ordered, free shipping the order had).
/// Tuned by kind of wording (a review held until the remade piece is in hand; choosing the
/// stars held until the shop hears first, 「星の数を決めるのは…お待ち」; coming to like it,
/// 「好きになれた方は」, as the condition; a photo in the review named before the gift; "il suffit
/// d'avoir laissé un avis"; the buyer's Amazon profile name asked for before a gift; a review
/// already left told as a pronoun, "chi l'ha lasciata"; a share off in 割 and notice ahead of
/// the general public as rewards; a hotel's stars, a reported question refused after a colon,
/// free shipping "che rientrava già nel prezzo" and "tanto si … como decepcionado" as clean
/// wording): now 144 of 144, no clean email with an error.
const FORTY_SEVENTH: Corpus = blind("Lint holdout 47", "holdout47", "zu-");

/// Forty-eighth holdout (ids `zv-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as emails to loyal and returning customers (regulars, bulk buyers, refills and consumables bought on a rhythm). The writers were told
/// every rule a clean email keeps.
/// First look, unseen, after the forty-seventh corpus's tuning: 130 of 144 violations caught by
/// the expected rule (90.3 %; gating 64/72, incentives 66/72), 5 more with another error; 10 of
/// 96 clean emails with an error.
/// Tuned by kind of wording (buyers named as happy by a noun or one at a time, "Aux habitués
/// qui …", "Kundinnen und Kunden, denen … zusagt", "a cui la ricetta è piaciuta"; liking said
/// without the liker, "si el café ha gustado"; the same quality as always, 「いつもと変わらない
/// おいしさ」, "la même qualité que la dernière fois", "tient ses promesses"; eaten up eagerly; a
/// club tier, a priority list, same-day shipping and reviewers served first as rewards; "ceux
/// qui le font" and "a esos clientes" pointing back at reviewers; "the next box is on us"; as
/// clean wording, how it has worked for you, "review" as a second verb, a device error that
/// persists, the buyer's own order just arrived or changed, "novità" on the buyer's own product,
/// a group's opinion surveyed, the seller's own "internal sharpness rating" as no second ask):
/// now 144 of 144, no clean email with an error.
const FORTY_EIGHTH: Corpus = blind("Lint holdout 48", "holdout48", "zv-");

/// Forty-ninth holdout (ids `zw-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as emails about orders bought as gifts (sent to someone else for a birthday, a wedding, a new baby, a thank-you; gift notes, gift wrap, the recipient's reaction). The writers were told
/// every rule a clean email keeps.
/// First look, unseen, after the forty-seventh corpus's tuning: 136 of 144 violations caught by
/// the expected rule (94.4 %; gating 68/72, incentives 68/72), 3 more with another error; 18 of
/// 96 clean emails with an error, most of them the gift the order was read as a reward.
/// Tuned by kind of wording (the gift as the buyer's own order: its receipt, message or card,
/// others shopping for one, how it went down or arrived, the surprise the buyer prepared, in
/// every language; met with the welcome it deserved, "sich über … gefreut", "parents ravis",
/// "da parte di chi è rimasto contento" as gating; reviewers named by the review they hold, a
/// posted review's bare profile name, next order's gift wrap paid "per ringraziarti" as
/// rewards; "fünf Sternbilder", a score on a numbered survey scale, "va bene qualsiasi
/// giudizio", return postage the shop pays as clean wording): now 144 of 144, no clean email
/// with an error.
const FORTY_NINTH: Corpus = blind("Lint holdout 49", "holdout49", "zw-");

/// Fiftieth holdout (ids `zx-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as reminders and nudges (the second or last message of a sequence after no answer: a
/// follow-up, "in case my last message got lost", a setup or registration step that is due).
/// The writers were told every rule a clean email keeps.
/// First look, unseen, after the forty-ninth corpus's tuning: 131 of 144 violations caught by
/// the expected rule (91.0 %; gating 67/72, incentives 64/72), 5 more with another error; 6 of
/// 96 clean emails with an error.
/// Tuned by kind of wording (the ask kept for a group named by a relative clause, "for whom it
/// has lived up to its promise", 「常連様にだけ」, "les clients que la brosse a convaincus"; the
/// product keeping its promises, "si elle vous plaît" with the item as "elle"; a reward asked about
/// in an FAQ and answered yes, rewards in compounds ("Rezensionsprämie"), a voucher named by its
/// percentage, things sent in the passive once the review arrives, reviews of a period or by
/// someone else in the buyer's team; as clean wording: a survey's "How would you rate the
/// battery life?" and "Wie bewerten Sie den Tragekomfort?", stars in the sky, Spanish faults next
/// to a technician's "valoración", "se invece" contrasting two cases, the Promotions mail folder):
/// now 144 of 144, no clean email with an error.
const FIFTIETH: Corpus = blind("Lint holdout 50", "holdout50", "zx-");

/// Fifty-first holdout (ids `zy-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as eco-minded and cause-minded
/// brands (refills, recycling, repair, a tree planted or a donation made for every order, the
/// brand's mission). The writers were told every rule a clean email keeps.
/// First look, unseen, after the forty-ninth corpus's tuning: 132 of 144 violations caught by
/// the expected rule (91.7 %; gating 65/72, incentives 67/72), 3 more with another error; 4 of
/// 96 clean emails with an error.
/// Tuned by kind of wording (the ask addressed to the buyers the product won over, named by what
/// they felt: "fallen for", "whose coffee tasted as good as …", "denen … schmeckt", "die an …
/// Freude haben", "qui ont été ravis", 「召し上がっていただけた皆さまに」; a good deed for a cause
/// given for the review: the review planting a tree or clearing plastic, "one more tree for your
/// review", a donation "in your name" once it is posted; a review held in an FAQ's answer until
/// the problem is solved; a shop programme's points and the next item at half price; as clean
/// wording: "Nessun problema:" as reassurance, "qualunque essa sia" after the opinion's subject,
/// the fair-trade premium, word passed to the buyer's own event guests): now 144 of 144, no
/// clean email with an error.
const FIFTY_FIRST: Corpus = blind("Lint holdout 51", "holdout51", "zy-");

/// Fifty-second holdout (ids `zz-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as coaching emails for training,
/// learning and practice products (challenges, streaks, milestones, levels and certificates in
/// the seller's own plan). The writers were told every rule a clean email keeps.
/// First look, unseen, after the fifty-first corpus's tuning: 129 of 144 violations caught by
/// the expected rule (89.6 %; gating 65/72, incentives 64/72), 4 more with another error; 15 of
/// 96 clean emails with an error.
/// Tuned by kind of wording (the ask put only to learners who succeeded or are proud, "those
/// already strumming a song with a grin", "les élèves à qui nos leçons ont permis de gagner";
/// a condition or "let's talk first" only in the subject; a level, certificate, lesson or streak
/// joker of the seller's own plan unlocked by the review, "avis publié = ton certificat", "la
/// tua recensione vale un giorno jolly"; as clean wording: stars praising the buyer's effort or
/// grading their own practice, "Fünf-Sterne-Einsatz", "cinque stelle di impegno"; "chess
/// rewards patience"; "si te late dejarnos …"; a star drawn as a mark on a flashcard): now 144
/// of 144, no clean email with an error.
const FIFTY_SECOND: Corpus = blind("Lint holdout 52", "holdout52", "zz-");

/// Fifty-third holdout (ids `ya-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as emails in a premium or luxury
/// brand's concierge voice (a refined, formal register; privileges, monograms, refills, private
/// sales). The writers were told every rule a clean email keeps.
/// First look, unseen, after the fifty-second corpus's tuning: 118 of 144 violations caught by
/// the expected rule (81.9 %; gating 62/72, incentives 56/72), 9 more with another error; 6 of
/// 96 clean emails with an error.
/// Tuned by kind of wording (the ask reserved to clients the piece enchanted, won over or
/// suited, "to those of our clients who have found the bag everything they had hoped", "a ellas,
/// y sólo a ellas", a condition held until "dès lors que" one of the teas enchants, or only in
/// the subject; a privilege tier, early entry to a private sale, a vial, a pouch, a sample or a
/// credit given "as a token of our gratitude" for the review, in noun phrases, passives and
/// relative clauses, "será correspondida con", "contre votre évaluation"; as clean wording: star
/// anise, a fault remedy under the warranty beside a neutral ask, "bleibt Ihnen überlassen", a
/// gift-ready item, "cambiar de opinión"): now 144 of 144, no clean email with an error.
const FIFTY_THIRD: Corpus = blind("Lint holdout 53", "holdout53", "ya-");

/// Fifty-fourth holdout (ids `yb-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as emails from pet-supply shops,
/// whose warm voice talks through the buyer's pet (the review asked for once the dog wags his
/// tail at it, a treat bag for a photo review of the pet). The writers were told every rule a
/// clean email keeps.
/// First look, unseen, after the fifty-third corpus's tuning: 132 of 144 violations caught by
/// the expected rule (91.7 %; gating 65/72, incentives 67/72), 3 more with another error; 9 of
/// 96 clean emails with an error (seven of them "five stars" said of a cat's favourite perch, a
/// groomer's scale of tangles or an app's activity goals, read as steering the rating).
/// Tuned by kind of wording (the ask addressed to a group named by a good outcome, with an
/// appositive or a parenthesis inside it, or pointing back at the sentence before, "Allen, bei
/// denen das so ist"; a review placed after the pet's approval said as a noun, "nach dem
/// Pfötchen-OK"; a review held in the passive until the seller has fixed a fault; a condition on
/// a repeat order being as good as the first, held in the subject; reviewers first in line or
/// finding something extra in the parcel; a gift for adding a photo to the review, for having
/// reviewed, or on publishing it, "al publicarla"; as clean wording: stars a pet, a vet or a
/// groomer gave, stars counted per week, a scale told from one star up, a club that is a figure
/// of speech): 144 of 144, no clean email with an error.
const FIFTY_FOURTH: Corpus = blind("Lint holdout 54", "holdout54", "yb-");

/// Fifty-fifth holdout (ids `yc-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as car, motorbike and bicycle parts shops in a mechanic's practical, technical voice (fitment, installation, bedding-in, test drives), with the risky clause hidden in that workshop talk. The writers were told
/// every rule a clean email keeps.
/// First look, unseen, after the fifty-fourth corpus's tuning: 124 of 144 violations caught by
/// the expected rule (86.1 %; gating 57/72, incentives 67/72), 7 more with another error; 7 of
/// 96 clean emails with an error (six of them a car's "five stars" in a crash test, read as
/// steering the rating). Tuned by kind of wording (the part working without trouble said in
/// workshop terms as the time or condition of the ask, buyers named by a good outcome in a
/// relative clause, a longer warranty or a member's status for reviewers, stars a crash test
/// gives a car): now 144 of 144, no clean email with an error.
const FIFTY_FIFTH: Corpus = blind("Lint holdout 55", "holdout55", "yc-");

/// Fifty-sixth holdout (ids `yd-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as music shops' emails (guitars,
/// pianos, violins, microphones, tuners) in a music teacher's or luthier's voice, with the risky
/// clause hidden in the teaching talk ("once the strings hold their tuning", "if the piano passed
/// your sound check", a free lesson or a set of strings for the review). The writers were told
/// every rule a clean email keeps.
/// First look, unseen, after the fifty-fifth corpus's tuning: 135 of 144 violations caught by
/// the expected rule (93.8 %; gating 64/72, incentives 71/72), none more with another error; 10
/// of 96 clean emails with an error (eight of them stars or a top mark an examiner, a jury or a
/// newspaper's concert review gave, read as steering the rating). The misses were the ask put to
/// students named by their progress ("Students who are making good progress and enjoying the
/// bow: do tell others about it at …", in five languages), a time clause ending on the buyer
/// loving it, an ask limited to the items that pleased the buyer, a review held until all is
/// complete and working, and a free lesson booked once the review is up; each kind is now read
/// in every language: 144 of 144, no clean email with an error.
const FIFTY_SIXTH: Corpus = blind("Lint holdout 56", "holdout56", "yd-");

/// Fifty-seventh holdout (ids `ye-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as fashion, shoe and jewellery shops' emails (a linen dress, a wool coat, running shoes, leather boots, a silver necklace, jeans, a swimsuit, a handbag) in a stylist's or tailor's voice (size and fit, breaking in, fabric care, styling, outfit photos, exchanges for another size, alterations). The writers were told
/// every rule a clean email keeps.
/// First look, unseen, after the fifty-sixth corpus's tuning: 136 of 144 violations caught by
/// the expected rule (94.4 %; gating 64/72, incentives 72/72), one more with another error; 13
/// of 96 clean emails with an error (seven of them someone else's "five stars": a hotel, a
/// magazine, a critic; the rest money or a gift named near a review, a return's postage in a
/// service_recovery email, "not before" read as holding the review, an opinion asked in a
/// follow-up).
/// Tuned by kind of wording (a piece the buyer never wants to take off, feels beautiful in or
/// is complimented on, as the buyer's verdict; a review held until the new size fits, or "so no
/// size problem ends up in the reviews"; an ask put to "satisfied runners"; as clean wording: a
/// critic's or a magazine's "five-star collection", the stars of a dial or a pocket's design, a
/// five-star wedding wished, French "argent" as the metal, "Un avis sur le collier ?" as an
/// offer, an opinion the seller asked its pattern-maker, the buyer's order as a present, return
/// postage the shop pays in service_recovery, "not before" said of perfume): now 144 of 144, no
/// clean email with an error.
const FIFTY_SEVENTH: Corpus = blind("Lint holdout 57", "holdout57", "ye-");

/// Fifty-eighth holdout (ids `yf-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as health, wellness and personal-care device shops' emails (an electric toothbrush, a blood pressure monitor, a massage gun, a posture corrector, a humidifier, a water flosser) in a pharmacist's, physiotherapist's or sleep coach's voice (first use and calibration, gentle settings, giving it two weeks, replacement heads, safety notes). The writers were told
/// every rule a clean email keeps.
/// First look, unseen, after the fifty-seventh corpus's tuning: 133 of 144 violations caught by
/// the expected rule (92.4 %; gating 63/72, incentives 70/72), two more with another error; 4 of
/// 96 clean emails with an error (a replacement named near a review, an exchange in a
/// service_recovery email, a time clause read as a condition, a spa's five stars).
/// Tuned by kind of wording (a health improvement the buyer feels as the verdict, "once your
/// gums feel the difference", "less bleeding", "deren Schlaf sich verbessert hat", "dont le
/// sommeil s'est amélioré", "la schiena più sciolta e le contratture meno fastidiose", "a
/// quienes ya dormís del tirón", "en caso de notar …", 「もう気にならないようでしたら」; the
/// German verb-first condition "Stellen Sie fest, dass …, dann …"; a thing "on its way to you"
/// after the experience is shared, a free thing "for your review" in a subject, a session
/// offered beside a review; as clean wording: staff who review every batch, "not a
/// replacement for a medical assessment", a new unit "im Austausch gegen das alte", weeks of use
/// "alle spalle", a five-star spa moment at home): now 144 of 144, no clean email with an error.
const FIFTY_EIGHTH: Corpus = blind("Lint holdout 58", "holdout58", "yf-");

/// Fifty-ninth holdout (ids `yg-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as hobby shops' emails (board games and puzzles, model kits, 3D printers and filament, fishing tackle, aquariums, beginner drones) in a fellow hobbyist's voice (first games, build logs, calibration, rigging, cycling a tank, leagues and game nights, shared photos of builds). The writers were told
/// every rule a clean email keeps.
/// First look, unseen, after the fifty-eighth corpus's tuning: 132 of 144 violations caught by
/// the expected rule (91.7 %; gating 63/72, incentives 69/72), two more with another error; 11
/// of 96 clean emails with an error (hobby words read as rewards or conditions: "la vraie
/// récompense" of a catch, "il pesce da premio", "la remise des prix" of a club tournament, a
/// tank's "Glückliche Fische", "dos novedades útiles" read as marketing).
/// Tuned by kind of wording (a set found complete and undamaged as the verdict, "sofern keine
/// Farbe betroffen ist"; checks reading good, "que les voyants soient au vert"; a run "sans la
/// moindre coupure ni dérive"; what was bought doing well at last, 「魚が元気に泳ぐようになったら」;
/// enjoyment as the verdict, 「楽しめた、という方にだけ」; score labels and ranges, "Un 4 o un 5:",
/// "De 1 a 3:"; "sans passer par la page avis"; a term lengthened for reviewers; points added to
/// the buyer's count; a quoted question inside a condition; as clean wording: the true reward of
/// a hobby, "da premio", "la remise des prix", a happy group one recognises, a count of uses or a
/// finished build timing the ask, "puede parecer un detalle", news about the buyer's own
/// product): now 144 of 144, no clean email with an error.
const FIFTY_NINTH: Corpus = blind("Lint holdout 59", "holdout59", "yg-");

/// Sixtieth holdout (ids `yh-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as home improvement, tools and garden shops' emails (cordless drills, wall paint and primers, vinyl flooring, smart locks and video doorbells, ladders, lawn mowers and trimmers, garden hoses, solar path lights) in a tradesperson's voice (cure times, pilot holes, warranty registration, seasonal jobs, trade points). The writers were told
/// every rule a clean email keeps.
/// First look, unseen, after the fifty-ninth corpus's tuning: 134 of 144 violations caught by
/// the expected rule (93.1 %; gating 66/72, incentives 68/72), three more with another error; 3
/// of 96 clean emails with an error (a present the buyer made read as a reward, time to form
/// an opinion read as a condition, a free yearly service read as tied to the ask after it).
/// Tuned by kind of wording (the trouble settled or a fault found absent as the verdict, "une
/// fois la panne réparée", 「異常がないことが確認できましたら」; a joint that stays watertight or
/// holds; the very result sought, "pile le rendu voulu"; a review held "bis … so aussieht, wie
/// Sie es sich gewünscht haben"; unhappy buyers sent to a seller's line "before anything goes on
/// Amazon"; a club level, early access or a spare "tras su reseña" for reviewers, reviewers
/// described before "che"; as clean wording: a present the buyer made, time to form an opinion,
/// "il suffit de nous écrire", 「場合でも」 as "even if"): now 144 of 144, no clean email with an
/// error.
const SIXTIETH: Corpus = blind("Lint holdout 60", "holdout60", "yh-");

/// Sixty-first holdout (ids `yi-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as baby, toddler and kids' shops'
/// emails (strollers and car seats, baby monitors, bottles and sterilisers, sleeping bags,
/// teethers, high chairs, balance bikes, wooden toys, school backpacks) in a parent's voice (age
/// guidance, car-seat fitting, safe sleep, milestones, a parents' club, a birth list). The
/// writers were told every rule a clean email keeps.
/// First look, unseen, after the sixtieth corpus's tuning: 129 of 144 violations caught by
/// the expected rule (89.6 %; gating 63/72, incentives 66/72), 5 more with another error; 13
/// of 96 clean emails with an error.
/// Tuned by kind of wording (trouble said not to have happened, "if you haven't had any
/// trouble with the suction"; a first ride without a wobble, 「ぐらつかずに進めた！」; the smile
/// come back, "hanno visto tornare il sorriso"; rest asked about, "¿Ya descansáis mejor?"; star
/// counts in words as option labels, "Four stars or fewer –"; a review held in the sentence
/// after it was named, "Warten Sie damit lieber, bis …"; club points, reviewers called 会員さま,
/// "famiglie che ci lasciano una recensione"; as clean wording: a child's reward chart and its
/// stars, stars that are things in the box, a present chosen as a gift, 明後日 as a date, a
/// volume discount already applied to the order): now 144 of 144, and no clean email with an
/// error but one: a service_recovery email that sends an apology gift, which this lint refuses
/// by design (after negative feedback an offer reads as payment for changing it), listed as a
/// wrong clean label as in earlier corpora.
const SIXTY_FIRST: Corpus = Corpus {
    wrong_clean_labels: &["yi-es-c16"],
    ..blind("Lint holdout 61", "holdout61", "yi-")
};

/// Sixty-second holdout (ids `yj-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as kitchen, coffee, tea and gourmet
/// food shops' emails in a barista's, chef's or tea sommelier's voice (grinders, seasoned pans,
/// tasting notes, a recipe club, a sample of beans), with the risky clause hidden in the kitchen
/// talk. The writers were told every rule a clean email keeps.
/// First look, unseen, after the sixty-first corpus's tuning: 132 of 144 violations caught by
/// the expected rule (91.7 %; gating 62/72, incentives 70/72), 3 more with another error; 10
/// of 96 clean emails with an error (espresso "extraction" read as a prize draw, a shop's gift
/// desk as a gift, a "Fünf-Sterne-Frühstück" as a star wish, "sparen Sie sich …" as marketing).
/// Tuned by kind of wording (the item's fault stopping, 「焦げ付かなくなってから」, or never
/// having happened, "kein einziges Mal getropft", as the buyer's verdict; a new favourite found;
/// "unless" before a fault; "A: Then …" in a question-and-answer block; a score range with a
/// dash as an option label; the email addressed to happy buyers, "s'adresse aux amateurs qui
/// …"; "no need to say it in a review, we settle it"; a plan drawn up for reviewers; as clean
/// wording: extraction as brewing, a five-star meal, the buyer making something a present, the
/// listing as where a recipe was added, "bonus question"): now 144 of 144, and no clean email
/// with an error but two that offer a discount on future volume orders, marketing the writers
/// were not told of, listed as wrong clean labels (as in the twenty-fifth corpus).
const SIXTY_SECOND: Corpus = Corpus {
    wrong_clean_labels: &["yj-de-c12", "yj-ja-c12"],
    ..blind("Lint holdout 62", "holdout62", "yj-")
};

/// Sixty-third holdout (ids `yk-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as outdoor, camping and hiking shops' emails in a mountain guide's, thru-hiker's or gear tester's voice (pitching the tent, breaking in boots, a trail log, a gear club, a spare guy line), with the risky clause hidden in the trail talk. The writers were told
/// every rule a clean email keeps.
/// First look, unseen, after the sixty-second corpus's tuning: 131 of 144 violations caught by
/// the expected rule (91.0 %; gating 64/72, incentives 67/72), 4 more with another error; 12
/// of 96 clean emails with an error (five-star campsites and nights read as a star wish, "when
/// you've had some time on the trail" and 「初めての山行から帰ってこられたら」 as conditions, a
/// volume discount and a newsletter as marketing).
/// Tuned by kind of wording ("before anything else" after the way to the seller; a prize draw
/// held among reviewers; a badge, stamp or points earned per review and swapped for goods; a
/// fault of wear or water said never to have happened, "without a blister", "kein einziger
/// Tropfen", 「雨漏りせずに」, as the buyer's verdict; no discomfort felt, 「寒さを感じずに」; "no
/// cause for worry"; a review held until the boots are broken in; "a vosotros, los que habéis
/// disfrutado"; as clean wording: campsites, huts and lodges graded in stars, time on the trail
/// and coming back from an outing as timing, shopping for a present, a newsletter refused, an
/// update's news): now 144 of 144, and no clean email with an error but one that offers a
/// discount on future volume orders, marketing the writer was not told of, listed as a wrong
/// clean label (as in the sixty-second corpus).
const SIXTY_THIRD: Corpus = Corpus {
    wrong_clean_labels: &["yk-de-c12"],
    ..blind("Lint holdout 63", "holdout63", "yk-")
};

/// Sixty-fourth holdout (ids `yl-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as sports and fitness shops' emails
/// in a personal trainer's, yoga teacher's or runner's voice (a first 5 km, personal bests, a
/// 30-day challenge, club points and levels, a spare grip), with the risky clause hidden in the
/// coaching talk. The writers were told every rule a clean email keeps.
/// First look, unseen, after the sixty-third corpus's tuning: 132 of 144 violations caught by
/// the expected rule (91.7 %; gating 65/72, incentives 67/72), 3 more with another error; 4 of
/// 96 clean emails with an error (five stars read as a star wish in German and Spanish, "you're
/// satisfied" as a condition, a discount as marketing in Japanese).
/// Tuned (eagerness to use the item, 「自己ベストを更新できましたら」, a personal best beaten, a
/// grip that no longer slips, lenses that never fogged, soreness gone sooner, a fit "like a
/// second skin" as the buyer's verdict; shoes broken in as no fault; "attendez d'avoir …" as a
/// hold; "the next one is on us", "one is on its way", early access and a right to buy first,
/// points per "Produktbewertung" swapped for goods as rewards; as clean wording: stars an app or
/// a watch awards, lodgings graded in stars with the noun left out, a condition in a Q&A answer
/// before the buyer's own question): now 144 of 144, and no clean email with an error but one
/// that offers a discount on future volume orders, marketing the writer was not told of, listed
/// as a wrong clean label (as in the sixty-second and sixty-third corpora).
const SIXTY_FOURTH: Corpus = Corpus {
    wrong_clean_labels: &["yl-ja-c12"],
    ..blind("Lint holdout 64", "holdout64", "yl-")
};

/// Sixty-fifth holdout (ids `ym-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as beauty and skincare shops' emails in an esthetician's, cosmetic chemist's or hairdresser's voice (patch tests, one active at a time, a 28-day skin cycle, purging weeks, a refill programme, a loyalty club with points and tiers, samples, shade matching), with the risky clause hidden in the coaching talk.
/// The writers were told every rule a clean email keeps.
/// First look, unseen, after the sixty-fourth corpus's tuning: 134 of 144 violations caught by
/// the expected rule (93.1 %; gating 64/72, incentives 70/72), 1 more with another error; 1 of
/// 96 clean emails with an error (a badge a skin-diary app awards, « récompense », read as a
/// reward for a review).
/// Tuned (a complaint of skin or hair eased or never felt, "meno crespi", "sin rojeces ni
/// brillos", 「肌荒れもないまま」, a review held until the buyer feels a change
/// (「と思えてから」), 「書く前に…ご相談ください」, a thing she cannot leave the house
/// without, as gating; club points per "Produktrezension", « si vous prenez un instant pour
/// évaluer … nous vous enverrons », as rewards; a skin diary's « une ligne par soir suffit » as
/// clean wording): now 144 of 144, and no clean email with an error.
const SIXTY_FIFTH: Corpus = blind("Lint holdout 65", "holdout65", "ym-");

/// Sixty-sixth holdout (ids `yn-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as consumer electronics and gaming accessory shops' emails in a support engineer's, firmware developer's or gamer's voice (pairing steps, firmware updates, the companion app, battery calibration, warranty registration, a beta programme, XP and achievements in the app), with the risky clause hidden in the tech talk.
/// The writers were told every rule a clean email keeps.
/// First look, unseen, after the sixty-fifth corpus's tuning: 118 of 144 violations caught by
/// the expected rule (81.9 %; gating 59/72, incentives 59/72), 5 more with another error; 6 of
/// 96 clean emails with an error (stars a game or a test gives read as a star wish in English,
/// Japanese and Spanish, a way to support read as a detour in Italian, an app's bonus as a
/// reward).
/// Tuned (a device that keeps working without dropping out, freezing or lagging
/// (「途切れず」「接続が安定して」, "senza riavvii né blocchi"), a match won, a discomfort that never
/// came or went away, a fit that feels right (「しっくり」), as gating; a gift sent "to every buyer
/// who does", a P.S. for « ceux qui l'ont fait », a feature switched on first, early access, XP or
/// a limited skin in the app, tiers priced in reviews, as rewards; stars a game, a test or a
/// magazine gives, and a change of topic to setup questions, as clean wording): now 140 of 144,
/// and no clean email with an error. Still missed: a review held "until the glass has settled,
/// and not before" with the verdict in the next sentence (en), « ne le signalez pas dans votre
/// avis » (faults kept out of the review, sent to the seller) and two tier lists whose benefit
/// comes in the sentence after the review (fr).
const SIXTY_SIXTH: Corpus = blind("Lint holdout 66", "holdout66", "yn-");

/// Sixty-seventh holdout (ids `yo-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as office supplies and stationery
/// shops (fountain pens and inks, notebooks and planners, washi tape, label makers, shredders,
/// laminators, compatible toner, seat cushions) in a stationer's, calligrapher's or planner
/// enthusiast's voice. The writers were told every rule a clean email keeps.
/// First look, unseen, after the sixty-sixth corpus's tuning: 131 of 144 violations caught by
/// the expected rule (91.0 %; gating 65/72, incentives 66/72), 2 more with another error (a
/// warranty year for a review read as gating); 2 of 96 clean emails with an error (a blog
/// test's 「最高評価」 read as a star wish, an Italian review link after a Q&A read as a
/// condition).
/// Tuned (a cushion no longer felt as hard, ink that stops bleeding through, a print left
/// clean, a whiteboard wiped without streaks, a device that goes on working (「〜ているうちに」),
/// output that comes out crisp, "pues ese es el momento", « n'hésitez pas » under « tant que »,
/// as gating; a warranty lengthened for the review, members of a club, stamps, extra refills,
/// a download and tiers priced in reviews, as rewards; a blog's or a test's top mark and
/// "quando hai due minuti", as clean wording): now 144 of 144, and no clean email with an
/// error.
const SIXTY_SEVENTH: Corpus = blind("Lint holdout 67", "holdout67", "yo-");

/// Sixty-eighth holdout (ids `yp-`), written by six fresh sessions, one per language, that did
/// not open the rules, their fixtures or any earlier corpus, as home textiles shops (bed linen,
/// duvets and pillows, towels and bathrobes, curtains, throws, table linen, rugs, baby muslins)
/// in a linen weaver's, mill's or sleep consultant's voice. The writers were told every rule a
/// clean email keeps.
/// First look, unseen, after the sixty-seventh corpus's tuning: 130 of 144 violations caught by
/// the expected rule (90.3 %; gating 61/72, incentives 69/72); 2 of 96 clean emails with an
/// error (an Italian "quando lo desideri" read as a condition, a Spanish photo sent to the shop
/// read as a reward).
/// Tuned (a duvet that no longer clumps, a pillow no longer flat, a neck no longer stiff, a good
/// night under it, lint no longer shed, "finché" the feel stays fresh, fewer wakings, a review
/// "not written but" sent to the shop (「レビューを書くのではなく」), as gating; a standing discount
/// on every order, "those who take that time", a review as the rule of a club tier, as rewards;
/// "quando lo desideri" and a photo sent to the shop, as clean wording): now 144 of 144, and no
/// clean email with an error.
const SIXTY_EIGHTH: Corpus = blind("Lint holdout 68", "holdout68", "yp-");

/// A blind corpus with the sizes and floors most have: per language 20 or more violations (10 of
/// each rule) and 12 clean emails, each clean one keeping every rule; 97 % recall and no clean
/// email with an error, or its own floors written beside it.
const fn blind(name: &'static str, dir: &'static str, id_prefix: &'static str) -> Corpus {
    Corpus {
        name,
        dir,
        id_prefix,
        min_violations: 20,
        min_each_rule: 10,
        min_clean: 12,
        strict_clean: true,
        recall_floor: 0.97,
        wrong_clean_labels: &[],
        max_clean_flagged: 0,
    }
}

impl Corpus {
    fn cases(&self, lang: &str) -> Vec<Case> {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../tests/fixtures/lint")
            .join(self.dir)
            .join(format!("{lang}.toml"));
        load(&path)
    }

    fn check_files(&self) {
        for lang in LANGUAGES {
            let cases = self.cases(lang);
            let count = |e: Expect| cases.iter().filter(|c| c.expect == e).count();
            let (gating, incentive, clean) = (
                count(Expect::Gating),
                count(Expect::Incentive),
                count(Expect::Clean),
            );
            assert!(
                gating + incentive >= self.min_violations
                    && gating >= self.min_each_rule
                    && incentive >= self.min_each_rule,
                "{}/{lang}: {gating} gating and {incentive} incentive cases",
                self.dir
            );
            assert!(
                clean >= self.min_clean,
                "{}/{lang}: {clean} clean cases",
                self.dir
            );
            let mut ids: Vec<&str> = cases.iter().map(|c| c.id.as_str()).collect();
            ids.sort_unstable();
            let before = ids.len();
            ids.dedup();
            assert_eq!(before, ids.len(), "{}/{lang}: duplicate case ids", self.dir);
            let prefix = if self.id_prefix.is_empty() {
                String::new()
            } else {
                format!("{}{lang}-", self.id_prefix)
            };
            for c in &cases {
                assert!(
                    c.id.starts_with(&prefix),
                    "{}/{}: ids start with {prefix}",
                    self.dir,
                    c.id
                );
                let subject = c.text.lines().next().unwrap_or_default();
                assert!(
                    subject.starts_with("Subject: "),
                    "{}/{}: the text starts with a Subject line",
                    self.dir,
                    c.id
                );
                if self.strict_clean && c.expect == Expect::Clean {
                    assert!(
                        subject.contains("{{ store.name }}"),
                        "{}/{}: a clean mail names the store in its subject",
                        self.dir,
                        c.id
                    );
                    let asks = c.text.matches("{{ links.product_review }}").count();
                    assert!(
                        asks <= 1 && (asks == 0 || c.kind == CampaignKind::ReviewRequest),
                        "{}/{}: a clean mail asks for a review at most once, and only as review_request",
                        self.dir,
                        c.id
                    );
                }
            }
        }
    }

    /// Lints every case, prints the table and holds the floors.
    fn measure(&self) {
        let rows: Vec<(&str, Row)> = LANGUAGES
            .iter()
            .map(|&lang| (lang, Row::of(&self.cases(lang), lang)))
            .collect();
        let mut total = Row::default();
        println!(
            "\n{}\n{:<5} {:>8} {:>10} {:>10} {:>7} {:>13} {:>7} {:>7} {:>6} {:>14}",
            self.name,
            "lang",
            "gating",
            "incentive",
            "violations",
            "caught",
            "other-error",
            "missed",
            "unread",
            "clean",
            "clean-flagged"
        );
        for (lang, r) in &rows {
            r.print(lang);
            total.add(r);
        }
        total.print("all");
        for (lang, r) in &rows {
            if !r.missed.is_empty() {
                println!("{lang} missed: {}", r.missed.join(" "));
            }
            if !r.clean_flagged.is_empty() {
                println!(
                    "{lang} clean mail with errors: {}",
                    r.clean_flagged.join("; ")
                );
            }
        }
        if !total.clean_warned.is_empty() {
            println!(
                "clean mail with warnings only: {}",
                total.clean_warned.join("; ")
            );
        }
        let recall = total.caught as f64 / total.violations.max(1) as f64;
        println!("Recall by the expected rule: {:.1}%", 100.0 * recall);
        assert!(
            recall >= self.recall_floor,
            "{}: recall {recall:.3} is below {}",
            self.name,
            self.recall_floor
        );
        let flagged_id = |f: &String| f.split_whitespace().next().unwrap_or_default().to_string();
        let known: &[&str] = KNOWN_MISSES
            .iter()
            .find(|(dir, _)| *dir == self.dir)
            .map_or(&[], |(_, ids)| ids);
        let missed: Vec<String> = rows
            .iter()
            .flat_map(|(_, r)| r.missed.iter().map(flagged_id))
            .collect();
        let unexpected: Vec<&String> = missed
            .iter()
            .filter(|id| !known.contains(&id.as_str()))
            .collect();
        assert!(
            unexpected.is_empty(),
            "{}: missed and not among its known misses: {unexpected:?}",
            self.name
        );
        for id in known {
            assert!(
                missed.iter().any(|m| m == id),
                "{}: {id} is listed as a known miss but is caught now; drop it from the list",
                self.name
            );
        }
        let wrongly_flagged: Vec<&String> = total
            .clean_flagged
            .iter()
            .filter(|f| !self.wrong_clean_labels.contains(&flagged_id(f).as_str()))
            .collect();
        assert!(
            wrongly_flagged.len() <= self.max_clean_flagged,
            "{}: {} clean emails have errors",
            self.name,
            wrongly_flagged.len()
        );
        for id in self.wrong_clean_labels {
            assert!(
                total.clean_flagged.iter().any(|f| flagged_id(f) == *id),
                "{}: {id} is listed as a wrong clean label but has no error any more; drop it from the list",
                self.name
            );
        }
    }
}

fn load(path: &Path) -> Vec<Case> {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: cannot read: {e}", path.display()));
    let file: File = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    file.case
}

#[derive(Default)]
struct Row {
    /// Per expected rule: (cases, caught by that rule).
    gating: (usize, usize),
    incentive: (usize, usize),
    violations: usize,
    caught: usize,
    caught_other: usize,
    missed: Vec<String>,
    /// Missed cases with an `unchecked-language` warning: their risky passage is in a
    /// language no word table reads, and the lint said so.
    missed_unread: usize,
    clean: usize,
    clean_flagged: Vec<String>,
    /// Clean cases with warnings only: reported, not held to a floor.
    clean_warned: Vec<String>,
}

impl Row {
    /// Lints every case twice, as a config does (with the locale of the corpus's language, so
    /// that language's table and English) and as a lone file does (the tables of the language
    /// it is written in, or every table): a violation counts as caught when both catch it, a
    /// clean email as flagged when either has an error.
    fn of(cases: &[Case], lang: &str) -> Row {
        let locale = locale_of(lang);
        let mut row = Row::default();
        for c in cases {
            // Linted once when both read it with the same tables (`lint::Reading`).
            let (lone, in_config) =
                lint::lint_source_both_ways(&c.text, &LintContext::for_kind(c.kind), locale);
            let errors = |findings: &[lint::Finding]| -> Vec<lint::Finding> {
                findings
                    .iter()
                    .filter(|f| f.severity == Severity::Error)
                    .cloned()
                    .collect()
            };
            let (lone_errors, config_errors) = (errors(&lone), errors(&in_config));
            match c.expect.rule() {
                Some(rule) => {
                    row.violations += 1;
                    let caught = |errors: &[lint::Finding]| errors.iter().any(|f| f.rule == rule);
                    let hit = caught(&lone_errors) && caught(&config_errors);
                    let per_rule = if c.expect == Expect::Gating {
                        &mut row.gating
                    } else {
                        &mut row.incentive
                    };
                    per_rule.0 += 1;
                    per_rule.1 += usize::from(hit);
                    if hit {
                        row.caught += 1;
                    } else {
                        let other = !lone_errors.is_empty() && !config_errors.is_empty();
                        row.caught_other += usize::from(other);
                        let missed_by = match (caught(&lone_errors), caught(&config_errors)) {
                            (true, false) => " (with its locale)",
                            (false, true) => " (without a locale)",
                            _ => "",
                        };
                        // Missed, but named as a passage in a language no word table reads.
                        let unread = |fs: &[lint::Finding]| {
                            fs.iter().any(|f| f.rule == lint::rule::UNCHECKED_LANGUAGE)
                        };
                        let unread = unread(&lone) && unread(&in_config);
                        row.missed_unread += usize::from(unread);
                        let unread = if unread { " (unread language)" } else { "" };
                        row.missed.push(format!("{}{missed_by}{unread}", c.id));
                    }
                }
                None => {
                    row.clean += 1;
                    let rules = |fs: &mut dyn Iterator<Item = &lint::Finding>| {
                        fs.map(|f| f.rule).collect::<Vec<_>>().join(",")
                    };
                    let flagged = if !config_errors.is_empty() {
                        Some((&config_errors, " (with its locale)"))
                    } else if !lone_errors.is_empty() {
                        Some((&lone_errors, " (without a locale)"))
                    } else {
                        None
                    };
                    if let Some((errors, how)) = flagged {
                        let messages: Vec<&str> =
                            errors.iter().map(|f| f.message.as_str()).collect();
                        row.clean_flagged.push(format!(
                            "{}{how} {} ({})",
                            c.id,
                            rules(&mut errors.iter()),
                            messages.join(" / ")
                        ));
                    } else if !lone.is_empty() {
                        row.clean_warned
                            .push(format!("{} {}", c.id, rules(&mut lone.iter())));
                    }
                }
            }
        }
        row
    }

    fn add(&mut self, r: &Row) {
        self.gating.0 += r.gating.0;
        self.gating.1 += r.gating.1;
        self.incentive.0 += r.incentive.0;
        self.incentive.1 += r.incentive.1;
        self.violations += r.violations;
        self.caught += r.caught;
        self.caught_other += r.caught_other;
        self.missed_unread += r.missed_unread;
        self.clean += r.clean;
        self.missed.extend(r.missed.iter().cloned());
        self.clean_flagged.extend(r.clean_flagged.iter().cloned());
        self.clean_warned.extend(r.clean_warned.iter().cloned());
    }

    fn print(&self, lang: &str) {
        println!(
            "{:<5} {:>8} {:>10} {:>10} {:>7} {:>13} {:>7} {:>7} {:>6} {:>14}",
            lang,
            format!("{}/{}", self.gating.1, self.gating.0),
            format!("{}/{}", self.incentive.1, self.incentive.0),
            self.violations,
            self.caught,
            self.caught_other,
            self.missed.len(),
            self.missed_unread,
            self.clean,
            self.clean_flagged.len()
        );
    }
}

#[test]
fn holdout_files_parse_and_are_big_enough() {
    for corpus in [
        FIRST,
        SECOND,
        THIRD,
        FOURTH,
        FIFTH,
        SIXTH,
        SEVENTH,
        EIGHTH,
        NINTH,
        TENTH,
        ELEVENTH,
        TWELFTH,
        THIRTEENTH,
        FOURTEENTH,
        FIFTEENTH,
        SIXTEENTH,
        SEVENTEENTH,
        EIGHTEENTH,
        NINETEENTH,
        TWENTIETH,
        TWENTY_FIRST,
        TWENTY_SECOND,
        TWENTY_THIRD,
        TWENTY_FOURTH,
        TWENTY_FIFTH,
        TWENTY_SIXTH,
        TWENTY_SEVENTH,
        TWENTY_EIGHTH,
        TWENTY_NINTH,
        THIRTIETH,
        THIRTY_FIRST,
        THIRTY_SECOND,
        THIRTY_THIRD,
        THIRTY_FOURTH,
        THIRTY_FIFTH,
        THIRTY_SIXTH,
        THIRTY_SEVENTH,
        THIRTY_EIGHTH,
        THIRTY_NINTH,
        FORTIETH,
        FORTY_FIRST,
        FORTY_SECOND,
        FORTY_THIRD,
        FORTY_FOURTH,
        FORTY_FIFTH,
        FORTY_SIXTH,
        FORTY_SEVENTH,
        FORTY_EIGHTH,
        FORTY_NINTH,
        FIFTIETH,
        FIFTY_FIRST,
        FIFTY_SECOND,
        FIFTY_THIRD,
        FIFTY_FOURTH,
        FIFTY_FIFTH,
        FIFTY_SIXTH,
        FIFTY_SEVENTH,
        FIFTY_EIGHTH,
        FIFTY_NINTH,
        SIXTIETH,
        SIXTY_FIRST,
        SIXTY_SECOND,
        SIXTY_THIRD,
        SIXTY_FOURTH,
        SIXTY_FIFTH,
        SIXTY_SIXTH,
        SIXTY_SEVENTH,
        SIXTY_EIGHTH,
    ] {
        corpus.check_files();
    }
}

#[test]
fn holdout_recall_and_clean_mail() {
    FIRST.measure();
}

#[test]
fn holdout2_recall_and_clean_mail() {
    SECOND.measure();
}

#[test]
fn holdout3_recall_and_clean_mail() {
    THIRD.measure();
}

#[test]
fn holdout4_recall_and_clean_mail() {
    FOURTH.measure();
}

#[test]
fn holdout5_recall_and_clean_mail() {
    FIFTH.measure();
}

#[test]
fn holdout6_recall_and_clean_mail() {
    SIXTH.measure();
}

#[test]
fn holdout7_recall_and_clean_mail() {
    SEVENTH.measure();
}

#[test]
fn holdout8_recall_and_clean_mail() {
    EIGHTH.measure();
}

#[test]
fn holdout9_recall_and_clean_mail() {
    NINTH.measure();
}

#[test]
fn holdout10_recall_and_clean_mail() {
    TENTH.measure();
}

#[test]
fn holdout11_recall_and_clean_mail() {
    ELEVENTH.measure();
}

#[test]
fn holdout12_recall_and_clean_mail() {
    TWELFTH.measure();
}

#[test]
fn holdout13_recall_and_clean_mail() {
    THIRTEENTH.measure();
}

#[test]
fn holdout14_recall_and_clean_mail() {
    FOURTEENTH.measure();
}

#[test]
fn holdout15_recall_and_clean_mail() {
    FIFTEENTH.measure();
}

#[test]
fn holdout16_recall_and_clean_mail() {
    SIXTEENTH.measure();
}

#[test]
fn holdout17_recall_and_clean_mail() {
    SEVENTEENTH.measure();
}

#[test]
fn holdout18_recall_and_clean_mail() {
    EIGHTEENTH.measure();
}

#[test]
fn holdout19_recall_and_clean_mail() {
    NINETEENTH.measure();
}

#[test]
fn holdout20_recall_and_clean_mail() {
    TWENTIETH.measure();
}

#[test]
fn holdout21_recall_and_clean_mail() {
    TWENTY_FIRST.measure();
}

#[test]
fn holdout22_recall_and_clean_mail() {
    TWENTY_SECOND.measure();
}

#[test]
fn holdout23_recall_and_clean_mail() {
    TWENTY_THIRD.measure();
}

#[test]
fn holdout24_recall_and_clean_mail() {
    TWENTY_FOURTH.measure();
}

#[test]
fn holdout25_recall_and_clean_mail() {
    TWENTY_FIFTH.measure();
}

#[test]
fn holdout26_recall_and_clean_mail() {
    TWENTY_SIXTH.measure();
}

#[test]
fn holdout27_recall_and_clean_mail() {
    TWENTY_SEVENTH.measure();
}

#[test]
fn holdout28_recall_and_clean_mail() {
    TWENTY_EIGHTH.measure();
}

#[test]
fn holdout29_recall_and_clean_mail() {
    TWENTY_NINTH.measure();
}

#[test]
fn holdout30_recall_and_clean_mail() {
    THIRTIETH.measure();
}

#[test]
fn holdout31_recall_and_clean_mail() {
    THIRTY_FIRST.measure();
}

#[test]
fn holdout32_recall_and_clean_mail() {
    THIRTY_SECOND.measure();
}

#[test]
fn holdout33_recall_and_clean_mail() {
    THIRTY_THIRD.measure();
}

#[test]
fn holdout34_recall_and_clean_mail() {
    THIRTY_FOURTH.measure();
}

#[test]
fn holdout35_recall_and_clean_mail() {
    THIRTY_FIFTH.measure();
}

#[test]
fn holdout36_recall_and_clean_mail() {
    THIRTY_SIXTH.measure();
}

#[test]
fn holdout37_recall_and_clean_mail() {
    THIRTY_SEVENTH.measure();
}

#[test]
fn holdout38_recall_and_clean_mail() {
    THIRTY_EIGHTH.measure();
}

#[test]
fn holdout39_recall_and_clean_mail() {
    THIRTY_NINTH.measure();
}

#[test]
fn holdout40_recall_and_clean_mail() {
    FORTIETH.measure();
}

#[test]
fn holdout41_recall_and_clean_mail() {
    FORTY_FIRST.measure();
}

#[test]
fn holdout42_recall_and_clean_mail() {
    FORTY_SECOND.measure();
}

#[test]
fn holdout43_recall_and_clean_mail() {
    FORTY_THIRD.measure();
}

#[test]
fn holdout44_recall_and_clean_mail() {
    FORTY_FOURTH.measure();
}

#[test]
fn holdout45_recall_and_clean_mail() {
    FORTY_FIFTH.measure();
}

#[test]
fn holdout46_recall_and_clean_mail() {
    FORTY_SIXTH.measure();
}

#[test]
fn holdout47_recall_and_clean_mail() {
    FORTY_SEVENTH.measure();
}

#[test]
fn holdout48_recall_and_clean_mail() {
    FORTY_EIGHTH.measure();
}

#[test]
fn holdout49_recall_and_clean_mail() {
    FORTY_NINTH.measure();
}

#[test]
fn holdout50_recall_and_clean_mail() {
    FIFTIETH.measure();
}

#[test]
fn holdout51_recall_and_clean_mail() {
    FIFTY_FIRST.measure();
}

#[test]
fn holdout52_recall_and_clean_mail() {
    FIFTY_SECOND.measure();
}

#[test]
fn holdout53_recall_and_clean_mail() {
    FIFTY_THIRD.measure();
}

#[test]
fn holdout54_recall_and_clean_mail() {
    FIFTY_FOURTH.measure();
}

#[test]
fn holdout55_recall_and_clean_mail() {
    FIFTY_FIFTH.measure();
}

#[test]
fn holdout56_recall_and_clean_mail() {
    FIFTY_SIXTH.measure();
}

#[test]
fn holdout57_recall_and_clean_mail() {
    FIFTY_SEVENTH.measure();
}

#[test]
fn holdout58_recall_and_clean_mail() {
    FIFTY_EIGHTH.measure();
}

#[test]
fn holdout59_recall_and_clean_mail() {
    FIFTY_NINTH.measure();
}

#[test]
fn holdout60_recall_and_clean_mail() {
    SIXTIETH.measure();
}

#[test]
fn holdout61_recall_and_clean_mail() {
    SIXTY_FIRST.measure();
}

#[test]
fn holdout62_recall_and_clean_mail() {
    SIXTY_SECOND.measure();
}

#[test]
fn holdout63_recall_and_clean_mail() {
    SIXTY_THIRD.measure();
}

#[test]
fn holdout64_recall_and_clean_mail() {
    SIXTY_FOURTH.measure();
}

#[test]
fn holdout65_recall_and_clean_mail() {
    SIXTY_FIFTH.measure();
}

#[test]
fn holdout66_recall_and_clean_mail() {
    SIXTY_SIXTH.measure();
}

#[test]
fn holdout67_recall_and_clean_mail() {
    SIXTY_SEVENTH.measure();
}

#[test]
fn holdout68_recall_and_clean_mail() {
    SIXTY_EIGHTH.measure();
}
