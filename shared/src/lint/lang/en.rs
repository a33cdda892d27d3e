//! English.

use super::Lexicon;

/// An extra put in the buyer's next parcel: "your next parcel from us will include a spare set
/// of straps", "we'll slip a bib into your next order". Something of value when it comes with a
/// review ask, and the link to it even in a sentence of its own (see `value` and `link`); where
/// it helps with a problem ("if a strap is missing, …") it is help.
const NEXT_PARCEL_EXTRA: &str = r"\b(?:your|the)\s+next\s+(?:order|parcel|package|box|delivery|shipment)\b[^.!?\n]{0,40}?\b(?:will\s+(?:include|contain|come\s+with|carry|have)|includes|contains|comes\s+with|you['’]ll\s+find|you\s+will\s+find|we['’]ll\s+(?:add|include|slip|pop|tuck|pack|put))\s+(?:(?:also|then|too|in\s+it)\s+)?(?:a|an|one|two|three|some|\d+|free|extra|bonus|spare)\b|\b(?:we['’]ll|we\s+will|we)\s+(?:add|include|slip|pop|tuck|pack|put|throw)\s+(?:(?:in|also|then)\s+)?(?:a|an|one|two|three|some|\d+|free|extra|bonus|spare)\b[^.!?\n]{0,60}?\b(?:in|into|with)\s+your\s+next\s+(?:order|parcel|package|box|delivery|shipment)\b";

/// Nothing gone wrong, named by what could have, put as "unless": "unless your tin arrived
/// dented", "unless the bottle reached you cracked", "unless the oil didn't live up to its
/// description", "unless it wasn't what you expected". A positive and a condition at once, as
/// "unless something went wrong" is. (The negation is optional so that the words stay a
/// positive with it taken out: it is part of them, not a verdict turned around.)
const UNLESS_NAMED_FAULT: &str = r"\bunless\s+(?:[\w'’-]+,?\s+){1,6}?(?:(?:dented|damaged|broken|cracked|chipped|crushed|squashed|smashed|shattered|bent|scratched|leaking|leaky|torn|ripped|stale|spoiled|spoilt|rancid|mouldy|moldy|faulty|defective|missing|incomplete)\b|(?:did|does|do|was|were|is|are|has|have|had)(?:n['’]t|\s+not)?\s+(?:(?:quite|really|fully|entirely|exactly)\s+)?(?:live|lived|work|worked|fit|meet|met|match|matched|suit|suited|please|pleased|happy|satisfied|right|taste|tasted|turn\s+out|turned\s+out|what\s+you\s+(?:expected|hoped|wanted)|as\s+(?:described|expected|promised|advertised|pictured)|up\s+to)\b)";

/// A time of use, and no earlier: "after a week of wear, not before", "after two washes and no
/// sooner". It times the ask for every buyer, so it is no gate and its "not before" holds nothing
/// back ("once you love them, not before" still holds the review for the happy).
const AFTER_A_TIME_OF_USE: &str = r"\bafter\s+(?:a|one|two|three|four|five|six|a\s+few|a\s+couple\s+of|\d+)\s+(?:full\s+)?(?:days?|weeks?|months?|nights?|wears|washes|uses|rides|runs|sessions)(?:\s+of\s+(?:[\w-]+\s+){0,2}?[\w-]+)?,?\s+(?:and\s+)?(?:not\s+(?:before|sooner|earlier)|no\s+(?:sooner|earlier))\b";

/// Faults a piece of kit gives the body in use: "a blister", "sore spots", "chafing". A problem
/// when told (see `problem`), and a good outing when denied (see `en_denied_fault`).
macro_rules! en_wear_fault {
    () => {
        r"blisters?|sore\s+spots?|hot\s+spots?|chafing|chafe\s+marks?"
    };
}

/// Water getting in, or what it leaves: "a leak", "a drop of rain", "condensation", "cold feet"
/// (see `en_denied_fault`).
macro_rules! en_wet_fault {
    () => {
        r"leaks?|drips?|condensation|(?:cold|wet|damp|frozen|numb)\s+(?:feet|toes|socks)|damp\s+patch(?:es)?|wet\s+patch(?:es)?|(?:drops?|drips?|trickles?)\s+of\s+(?:water|rain|moisture)"
    };
}

/// Faults that a buyer can say never happened: the ones of wear (see `en_wear_fault`), those of
/// a part in use, and water getting in (see `en_wet_fault`).
/// Said as none ("without a single blister", "no leaks", "didn't get any cold feet"), they are
/// the buyer's verdict that all went well (see `positive`).
macro_rules! en_denied_fault {
    () => {
        concat!(
            en_wear_fault!(),
            r"|problems?|issues?|trouble|concerns?|complaints?|faults?|hiccups?|hitches|defects?|glitch(?:es)?|flicker(?:ing)?|leaking|dripping|wobbl(?:e|ing)|rattl(?:e|es|ing)|squeak(?:s|ing)?|creak(?:s|ing)?|clunk(?:s|ing)?|judder(?:s|ing)?|streak(?:s|ing)?|smear(?:s|ing)?",
            "|",
            en_wet_fault!()
        )
    };
}

/// A group named by its progress, improvement or enjoyment, in a relative clause: "who are
/// making good progress", "whose playing has improved", "who are getting better", "who are
/// enjoying the bow"; also by feeling better in body: "who sleep through the night", "whose
/// back feels looser", "whose headaches have eased" (see `positive`).
macro_rules! en_progress_group {
    () => {
        r"\b(?:who|whose|(?:for|to|with)\s+whom)(?:['’]s|['’]re|['’]ve|\s+(?:is|are|was|were|has|have|had|been|now|already|finally|really|clearly|all))*\s+(?:[\w'’-]+,?\s+){0,8}?(?:(?:make|makes|making|made)\s+(?:(?:good|great|real|steady|rapid|quick|fast|clear|solid|visible|big|huge|some|such|nice|definite|lovely)\s+){0,2}(?:progress|headway|strides|improvements?)|(?:see|sees|seeing|saw|seen|notice|notices|noticing|noticed|feel|feels|feeling|felt|hear|hears|hearing|heard|show|shows|showing|showed|shown)\s+(?:(?:good|great|real|steady|rapid|quick|fast|clear|solid|visible|audible|noticeable|big|huge|some|the|a|first|such|nice|definite)\s+){0,2}(?:progress|improvements?|difference)|(?:has|have|had|is|are|['’]s|['’]ve|['’]re|been|keeps?|kept)\s+(?:(?:already|really|clearly|noticeably|greatly|steadily|quickly|so\s+much|a\s+lot|been)\s+)*improv(?:ed|ing)|improves|progress(?:es|ed|ing)|(?:getting|got|gotten|sounding|playing|doing)\s+(?:(?:a\s+(?:bit|little|lot)|much|so\s+much|way|even|noticeably|already)\s+)?better|(?:lov|enjoy)ing\s+(?:it|them|the|their|this|these|our|your|every|playing|practi[cs]ing)|com(?:ing|e)\s+(?:on|along)\s+(?:well|nicely|beautifully|in\s+leaps\s+and\s+bounds)|(?:sleep|sleeps|sleeping|slept|breathe|breathes|breathing|sit|sits|sitting|stand|stands|standing|move|moves|moving|walk|walks|walking|feel|feels|feeling|felt)\s+(?:(?:a\s+(?:bit|little|lot)|much|so\s+much|noticeably|already|far|way)\s+)?(?:better|easier|straighter|taller|more\s+(?:soundly|deeply|freely|easily|upright)|soundly|through\s+the\s+night|looser|lighter|stronger|calmer|fresher|more\s+rested)|(?:pain|pains|aches?|stiffness|soreness|tension|snoring|headaches?|migraines?|bleeding|itch(?:ing)?|irritation|cramps?)\s+(?:(?:has|have|had|is|are)\s+)?(?:(?:finally|noticeably|already|mostly|really)\s+)?(?:eased|gone|faded|subsided|stopped|improved|settled|cleared))\b"
    };
}

/// A symptom easing, said as less or none of it: "less bleeding", "fewer headaches", "no more
/// snoring", "no longer wake up with a stiff neck" (see `positive`).
macro_rules! en_symptom_eased {
    () => {
        r"(?:(?:less|fewer|no\s+more)\s+(?:[\w'’-]+\s+)?|no\s+longer\s+(?:wake\s+(?:up\s+)?with|suffer\s+(?:from|with)|get|have|feel|notice)\s+(?:a\s+|any\s+|the\s+|that\s+)?(?:[\w'’-]+\s+)?)(?:pain|pains|aches?|aching|backache|headaches?|migraines?|stiffness|stiff\s+[\w'’-]+|soreness|sore\s+[\w'’-]+|tension|bleeding|snoring|itch(?:ing|iness)?|irritation|dryness|redness|swelling|cramps?|cramping|tingling|numbness|tightness|puffiness|breakouts?|flare-?ups?|heartburn|congestion|tossing\s+and\s+turning|night\s+waking|wak(?:e|ing)[\s-]?ups|tiredness|fatigue|discomfort)\b"
    };
}

/// An ask of the buyer that governs a third party's stars (`rated_stars`) in their sentence:
/// before them, the verbs of giving, awarding, leaving or rating as an ask (`star_ask`); after
/// them, words that wish them of the buyer or the review link (`star_tail`).
macro_rules! en_star_ask {
    () => {
        r"\b(?:please|kindly|pls|plz|why\s+not|feel\s+free\s+to|go\s+ahead\s+and|(?:would|could|can|will|might)\s+you)\s+(?:(?:also|just|kindly|please|consider|mind|do)\s+){0,2}(?:give|giving|rate|rating|award|awarding|leave|leaving|grant|hand|score|assign|mark|tick|tap|click|select|choose|pick|post|drop)\b|\byou\s+(?:(?:could|can|might|may|also|just)\s+){0,2}(?:give|rate|award|grant|score|assign)\b|(?:(?m:^)[ \t]*|[.!?:;–—]\s*|\s-\s+)(?:give|rate|award|grant|hand|score|assign)\b|\b(?:give|rate|award|leave|grant|hand|score|send|gift)\s+us\b|\bhelp\s+us\s+(?:to\s+)?(?:get|earn|reach|hit|win|collect|keep)\b"
    };
}

macro_rules! en_star_tail {
    () => {
        r"[^.!?\n]{0,30}?(?:\b(?:from\s+you(?:rself)?|by\s+you|from\s+(?:each\s+of\s+)?(?:you|our\s+(?:buyers|customers|readers|riders|drivers)))\b|\{\{\s*links\.\w*(?:review|feedback))"
    };
}

/// Those who grade a person, a performance or a show rather than a thing's test: an examiner,
/// an exam board, a jury, judges, a critic, a newspaper or magazine (`rated_stars`).
macro_rules! en_judges {
    () => {
        r"(?:examiners?|exam(?:ining|ination)?\s+boards?|adjudicators?|assessors?|jur(?:y|ies|ors?)|judges?|judging\s+panels?|critics?|(?:news)?papers?|press|magazines?|columnists?|journalists?|(?:fashion|style|beauty)\s+(?:editors?|columns?|pages?|writers?))"
    };
}

/// Stars or a top mark those judges give (`rated_stars`): "five stars", "top marks", "the
/// highest score" or "the best grade" in a test.
macro_rules! en_judged_mark {
    () => {
        r"(?:(?:5|five)[\s-]*stars?|(?:top|highest|perfect|full|maximum)\s+marks?|(?:the\s+)?(?:highest|best|top|perfect|maximum)\s+(?:scores?|grades?))"
    };
}

/// What a piece is called when a judge names it in stars: "a five-star collection", "the
/// five-star piece of the season" (`rated_stars`).
macro_rules! en_named_as {
    () => {
        r"\s+(?:(?:it|them|her|him|this|that|(?:the|this|that|our|their|his|its|your|my)\s+[\w'-]+(?:\s+[\w'-]+)?)\s+)?(?:as\s+)?[\x22“”'‘’«]?\s*(?:(?:a|an|the|our|their|its)\s+)?(?:(?:true|real|genuine|veritable|solid|clear|definite|undisputed)\s+)?(?:5|five)[\s-]*stars?\b"
    };
}

/// Things a design carries stars on: a dial, a pendant, a print, a lining (`rated_stars`).
macro_rules! en_star_design {
    () => {
        r"(?:dials?|faces?|bezels?|pendants?|lockets?|charms?|prints?|patterns?|fabrics?|linings?|scarf|scarves|shirts?|t-shirts?|tees?|sleeves?|collars?|cuffs?|straps?|bands?|buckles?|lids?|flags?|logos?|badges?|crests?|emblems?|patch(?:es)?|motifs?|clasps?|rings?|necklaces?|bracelets?|earrings?|brooch(?:es)?|hems?|heels?|soles?|mugs?|plates?|ceilings?|lamps?|shades?|blankets?|quilts?|canvas(?:es)?|posters?|wallpapers?|borders?|chains?|frames?|buttons?|zip(?:per)?s?|pockets?)"
    };
}

/// Where stars of praise or a self-grade end: the sentence ends there (after "today", "so far"
/// …), or goes on with words that ask for nothing (", not for playing without mistakes", "and a
/// rest day"). A wish, a request or more stars for the seller after them ("would be lovely",
/// ", please", "and us too") leaves them a star count.
macro_rules! en_praise_end {
    () => {
        r"(?:\s+(?:today|tonight|this\s+(?:week|month|morning)|again|already|so\s+far|every\s+day|right\s+there|in\s+my\s+book))?\s*(?:[.!…)]|(?m:$)|[,;:–—-]?\s+(?:not|no\s+matter|whatever|even|whether|regardless|however|though|because|since|and\s+(?:it|that|this|then|a|an|keep|take|move)|but\s+(?:it|that|this|the))\b)"
    };
}

pub(super) const LEXICON: Lexicon = Lexicon {
    code: "en",
    steering: &[
        // A third party's five stars (read as another sense: "our cat gives it five stars") followed,
        // in its sentence or the next, by the same wished of the buyer: "Hope you do too!", "and we
        // hope you will too", "You too?", "Will you?", "Do you agree?". The wish is the steering.
        r#"\b(?:5|five)[\s-]*stars?\b[^.!?\n]{0,80}?(?:[,;:–—-]\s*|\s+(?:and|so|but)\s+|[.!?…]+["”’)]*\s+)(?P<m>(?:(?:and|so|now|but)\s+)?(?:(?:we|i)\s+)?(?:(?:really|do|sincerely|truly)\s+)?(?:hope|wish|bet|trust|think)s?\s+(?:that\s+)?you(?:\x27ll|’ll|\x27d|’d)?\s+(?:(?:do|will|would|can|could|might|feel)\s+)?(?:too|also|as\s+well|agree|the\s+same)\b|(?:and\s+)?you\s+(?:(?:do|will|would)\s+)?(?:too|as\s+well)\s*(?:[!?.…,:;)–—-]|(?m:$))|(?:(?:and|so|now|but)\s+)?(?:will|would|do|and|what\s+about|how\s+about)\s+you\s*\?|(?:(?:do|will|would)\s+)?you\s+(?:agree|concur)\s*\?)"#,
        r"\b(?:5|five|full|top|max(?:imum)?)[\s-]*stars?\b",
        // The top end only: "four stars or five", "4 stars and up".
        r"\b(?:4|four)[\s-]*stars?\s+(?:or|and|to)\s+(?:5|five|more|above|higher|up|better)\b",
        r"[★⭐✩✪✫✬✭✮✯✰🌟]\s*[★⭐✩✪✫✬✭✮✯✰🌟](?:\s*[★⭐✩✪✫✬✭✮✯✰🌟])+",
        r"[★⭐]\s*(?:5|five|五)|(?:\b5|\bfive|五)\s*[★⭐]",
        r"\b(?:positive|good|great|excellent|favou?rable|nice|glowing|high|higher|highest|top|perfect|best|stellar|kind|wonderful|awesome|amazing|fantastic|brilliant|outstanding|superb|rave|raving|shining|lovely|fabulous)\s+(?:(?:product|seller|customer|amazon|star)\s+)?(?:reviews?|feedback|ratings?|scores?|comments?|testimonials?|marks|evaluations?|appraisals?|appraise)\b",
        r"\b(?:rate|rating)\s+(?:us|it|them|the\s+\w+|this\s+\w+|our\s+\w+)\s+(?:5|five|highly|high|well|top|positively)\b",
        // "Give it a 5", "leave us a full five stars"; "full", "top" and "high" only with stars
        // ("give it a full charge" is a care tip). A bare 5 is a score only where the phrase
        // ends on it or goes on to where the score goes ("give it a 5!", "give us a 5 on
        // Amazon"), not a span of time ("give it 5 to 7 nights", "give it five minutes").
        r"\b(?:give|leave)\s+(?:us|it|the\s+\w+)\s+(?:a\s+)?(?:(?:5|five)(?:[\s-]*stars?\b|\s*/\s*5\b|\s+out\s+of\b|[ \t]*(?:[^\w\s–-]|\r?\n|$)|\s+(?:on|here|please|if|as|and|in\s+(?:your|the|a)\s+review|rating)\b)|(?:good|great|positive|perfect)\b(?:[\s-]*stars?\b)?|(?:full|top|high)[\s-]*(?:(?:5|five)[\s-]*)?stars?\b)",
        r"\b(?:nothing|anything)\s+(?:less|lower)\s+than\s+(?:5|five|perfect|excellent|a\s+perfect)\b",
        r"\b(?:don'?t|do\s+not|please\s+don'?t|never|avoid|instead\s+of|rather\s+than|no\s+need\s+(?:for|to))\s+(?:[\w'-]+\s+){0,3}?(?:negative|bad|poor|low|lower|neutral|critical|unfavou?rable|(?:1|2|3|one|two|three)[\s-]*stars?)\s+(?:(?:product|seller|customer|star)\s+)?(?:reviews?|feedback|ratings?|comments?)\b",
    ],
    feedback_change: &[
        r"\b(?:remov(?:e|ed|ing)|delet(?:e|ed|ing)|chang(?:e|ed|ing)|updat(?:e|ed|ing)|revis(?:e|ed|ing)|edit(?:ed|ing)?|modif(?:y|ied|ying)|amend(?:ed|ing)?|withdr(?:aw|ew|awing)|retract(?:ed|ing)?|reconsider(?:ed|ing)?|adjust(?:ed|ing)?|upgrad(?:e|ed|ing)|rais(?:e|ed|ing)|take\s+down|taking\s+down|took\s+down)\s+(?:[\w'-]+\s+){0,3}?(?:feedback|reviews?|ratings?|stars?|comments?)\b",
        r"\b(?:feedback|reviews?|ratings?)\s+(?:[\w'-]+\s+){0,2}?(?:removed|changed|updated|deleted|revised|edited|modified|withdrawn|retracted|taken\s+down|amended|upgraded)\b",
        r"\b(?:removal|revision|deletion|change)\s+of\s+(?:[\w'-]+\s+){0,2}?(?:feedback|reviews?|ratings?)\b",
    ],
    marketing: &[
        r"\b(?:check\s+out|take\s+a\s+look\s+at|have\s+a\s+look\s+at|browse|explore|discover|visit|see|shop)\s+(?:all\s+)?(?:of\s+)?(?:our|my)\s+(?:[\w'-]+\s+){0,2}?(?:products|items|collections?|range|line[\s-]?up|store|shop|storefront|catalog(?:ue)?|selection|listings?|brand\s+store)\b",
        r"\bour\s+other\s+(?:products?|items?|listings?|brands?|models?)\b",
        r"\b(?:other|more|similar|related|new|latest)\s+products\s+(?:we|from\s+us|in\s+our)\b",
        r"\byou\s+(?:might|may|will|could)\s+also\s+(?:like|love|enjoy|want|need|be\s+interested)\b",
        r"\bnew\s+(?:arrivals?|releases?|collections?|launch(?:es)?|in\s+stock)\b|\bjust\s+(?:launched|arrived|dropped|released)\b",
        r"\b(?:big|huge|flash|summer|winter|spring|fall|autumn|holiday|christmas|easter|black\s+friday|cyber\s+monday|prime\s+day|clearance|seasonal|annual|special|mega|year[\s-]end|end[\s-]of[\s-]season|warehouse|weekend|anniversary)\s+sales?\b",
        r"\bon\s+sale\b|\bsale\s+(?:now|ends|starts|event|items)\b",
        r"\b(?:limited[\s-]time|exclusive|special|today'?s|daily|weekly|bundle|combo)\s+(?:offers?|deals?|discounts?|prices?|promotions?|coupons?)\b",
        r"\buse\s+(?:the\s+|our\s+|my\s+|this\s+)?(?:promo(?:tion(?:al)?)?\s+|coupon\s+|discount\s+|voucher\s+)?code\b|\b(?:promo(?:tion(?:al)?)?|coupon|discount|voucher)\s+codes?\b",
        r"\b(?:coupons?|vouchers?|gift[\s-]*cards?|discount(?:s|ed)?)\b|\b\d+\s*%\s*off\b|[$€£¥]\s*\d+(?:[.,]\d+)?\s+off\b|\bfree\s+(?:gifts?|samples?|bonus(?:es)?)\b",
        r"\b(?:follow|like|find|join|connect\s+with|friend|add)\s+us\s+(?:on|at)\s+(?:instagram|facebook|fb|twitter|x|tiktok|youtube|pinterest|linkedin|snapchat|social(?:\s+media)?)\b",
        r"\b(?:our|my)\s+(?:instagram|facebook|twitter|tiktok|youtube|pinterest)\b",
        r"\b(?:subscribe\s+to|sign\s+up\s+for|join)\s+our\s+(?:newsletter|mailing\s+list|vip|club|community|group|list|channel)\b",
        r"\bbuy\s+(?:one|1|two|2)\s+get\b|\bbogo\b|\bstock\s+up\b|\bshop\s+now\b|\bbuy\s+now\b",
    ],
    request: &[
        // The listing's link promised to the buyer for writing: "we'll send you the link to the
        // product page", "email you a direct link to its Amazon page".
        r"\b(?:send|email|e-mail|give|forward|pass|text)\s+(?:you\s+)?(?:[\w'-]+\s+){0,3}?(?:the|a|our)\s+(?:direct\s+)?link\s+to\s+(?:the|its|our)\s+(?:amazon\s+)?(?:product|listing|review)\s+page\b",
        // The review in formal wording, an assessment or a perspective put on record: "record
        // your assessment of our performance", "contribute your perspective on the product page".
        r"\b(?:record|submit|give|share|leave|provide|post|contribute|register)\s+(?:your|an?)\s+(?:[\w'-]+\s+)?(?:assessment|appraisal|perspective|evaluation)\b",
        // Something said, told or noted in the review, or heard or read in it: "note that in
        // your rating", "tell it with a star rating", "we'd love to read about it in a review".
        r"\b(?:hear|read|know|say|mention|note|include|tell|show|share)\s+(?:about\s+)?(?:it|them|this|that|so|more|your\s+[\w'-]+)\s+(?:in|with)\s+(?:a|your)\s+(?:[\w'-]+\s+)?(?:review|rating)\b",
        // No "and" between the verb and the review word: there "review" is a second verb, a
        // step of the buyer's own ("write the numbers down and review your readings").
        r"\b(?:leave|left|leaving|write|writing|post|posting|submit|submitting|share|sharing|give|giving|add|adding|drop|dropping|provide|providing|publish|pen)\s+(?:(?:[\w'-]{4,}|[\w'-]{1,2}|[^\Wa][\w'-]{2}|['-][\w'-]{2}|a[^\Wn][\w'-]|a['-][\w'-]|an[^\Wd]|an['-])\s+){0,4}?(?:reviews?|ratings?|testimonials?)\b",
        r"\b(?:leave|left|leaving|post|posting|submit|submitting|drop)\s+(?:[\w'-]+\s+){0,4}?feedback\b",
        r"\bseller\s+feedback\b",
        r"\b(?:give|provide|share|write)\s+(?:[\w'-]+\s+){0,4}?feedback\s+(?:on|at|via|through)\s+amazon\b",
        r"\brate\s+(?:us|the\s+seller|this\s+seller|our\s+(?:store|shop|service))\b",
        // Asked as a favour: "would you rate it", "could you review us"; not after "how" or
        // "what", a survey's question on the grade the buyer gives a part, answered to the
        // seller: "How would you rate the battery life?", "what would you rate the noise?".
        r"(?:(?m:^)[ \t]*|[^\w\s]\s*|\b(?:[^\Whw][\w'-]*|h(?:[^\Wo][\w'-]*|['-][\w'-]*|o(?:[^\Ww][\w'-]*|['-][\w'-]*|w[\w'-]+)?)?|w(?:[^\Wh][\w'-]*|['-][\w'-]*|h(?:[^\Wa][\w'-]*|['-][\w'-]*|a(?:[^\Wt][\w'-]*|['-][\w'-]*|t[\w'-]+)?)?)?)\s+)(?P<m>(?:would|could|can|will)\s+you\s+(?:please\s+|kindly\s+)?(?:mind\s+|consider\s+|be\s+(?:so\s+kind|willing)\s+(?:as\s+)?to\s+)?(?:review|rate|reviewing|rating)\b)",
        r"\b(?:take|spare|find|spend|give\s+us)\s+(?:a|one|some|just\s+a|two)\s+(?:quick\s+|few\s+)?(?:moment|minute|minutes|seconds|second|time)\s+(?:to\s+(?:review|rate|write)|(?:for|on)\s+(?:a|your|the)\s+(?:[\w'-]+\s+)?(?:review|rating|feedback))\b",
        r"\b(?:review|rate)\s+(?:it|us|them|the\s+(?:product|item|seller)|this\s+(?:product|item)|your\s+(?:purchase|order|item|product))\s+on\s+amazon\b",
        r"\brate\s+(?:the|this|your)\s+(?:product|item|purchase)\b",
        r"\b(?:appreciate|love|welcome|grateful\s+for)\s+(?:it\s+if\s+you\s+(?:could|would)\s+(?:\w+\s+)?)?(?:a|an|your|some)\s+(?:[\w'-]+\s+){0,2}?(?:reviews?|ratings?)\b",
        r"\bhow\s+many\s+stars\b",
        r"\b(?:a|your)\s+(?:[\w'-]+\s+){0,2}?review\s+(?:would|will|could)\s+(?:really\s+|truly\s+|greatly\s+)?(?:help|mean|make|be\s+(?:much\s+|greatly\s+|very\s+|really\s+)?appreciated)\b",
        // The review sold by how little time it takes: "a short review only takes a minute",
        // "your rating takes less than 30 seconds".
        r"\b(?:a|your)\s+(?:[\w'-]+\s+){0,2}?(?:review|rating)\s+(?:only\s+|just\s+)?takes\s+(?:only\s+|just\s+|under\s+|less\s+than\s+|about\s+|barely\s+)?(?:a|one|two|\d+)\s+(?:minutes?|moments?|seconds?)\b",
        r"\b(?:praise|rave\s+about)\s+(?:it|us|them)\s+(?:here|on\s+amazon)\b",
        // A line or a few words on the listing or on Amazon: "we'd love a line on Amazon", "a few
        // words on the product page".
        r"\b(?:a|a\s+few|a\s+couple\s+of|some|kind)\s+(?:(?:honest|quick|short|kind)\s+)?(?:words?|lines?|sentences?)\s+(?:on|over\s+on)\s+(?:amazon|(?:the|our|its)\s+(?:amazon\s+)?(?:product|listing)\s+page)\b|\bwrite\s+a\s+few\s+(?:honest\s+)?lines\b",
        r"\blink\s+to\s+(?:the\s+)?(?:review|rating|feedback)(?:\s+(?:page|form))?\b|\breview\s+link\b",
    ],
    mention: &[
        // Something passed on to other buyers on Amazon: "share the good news with other shoppers
        // on Amazon", "spread the word among fellow gardeners on Amazon".
        r"\b(?:share|spread)\s+(?:[\w'-]+\s+){0,4}?(?:with|among)\s+(?:other|fellow|future)\s+(?:[\w'-]+\s+)?(?:buyers|shoppers|customers|owners|[\w'-]+ers)\s+on\s+amazon\b",
        // Telling how the item has been doing on its listing, with no review word: "share how the
        // jug's been getting on over on its Amazon page", "say how it went on the product page".
        r"\b(?:share|tell|say|write|report)\s+(?:[\w'-]+\s+){0,8}?(?:on|over\s+on|onto)\s+(?:its|the|our|their|this)\s+(?:amazon|product|listing)(?:\s+page)?\b",
        // A short write-up counted in lines: "a line or two", "a sentence or two"; not the words
        // sent with a reply to the seller ("reply with the number, plus a sentence or two", "tell
        // us in a line or two"): any word but "with", "plus" or "in" may stand before it.
        r"(?:(?m:^)|[^\w\s]\s*|\b(?:[a-hj-oq-vx-z\d][\w'-]*|i(?:[a-mo-z\d'-][\w'-]*|n[\w'-]+)?|p(?:[a-km-z\d'-][\w'-]*|l(?:[a-tv-z\d'-][\w'-]*|u(?:[a-rt-z\d'-][\w'-]*|s[\w'-]+)?)?)?|w(?:[a-hj-z\d'-][\w'-]*|i(?:[a-su-z\d'-][\w'-]*|t(?:[a-gi-z\d'-][\w'-]*|h[\w'-]+)?)?)?)\s+)(?P<m>a\s+(?:line|sentence|word)\s+or\s+two)\b",
        // Telling others, with no review word: "tell others what you think on the product page",
        // "tell the rest of Amazon what you made of it",
        // "share your experience with other buyers".
        r"\btell(?:ing)?\s+(?:others|(?:(?:the\s+rest|all)\s+of\s+|everyone\s+on\s+|people\s+on\s+)?amazon)\s+(?:what|how|about)\b|\bshare\s+(?:your|their)\s+(?:honest\s+)?(?:thoughts|experiences?|opinions?|views|impressions)\s+with\s+(?:other|fellow|future)\s+[\w'-]+",
        // The review as a write-up or a contribution: "every product page write-up", "the date
        // of your contribution"; or the name it is posted under: "your Amazon profile name".
        r"\bwrite-?ups?\b|\b(?:your|a|each|every)\s+contributions?\b|\bcontribution\s+link\b|\bamazon\s+(?:profile|public|display|reviewer)\s+name\b|\b(?:reviewer|public\s+profile)\s+name\b",
        // The review as an evaluation or appraisal (a literal turn of sellers writing from
        // Chinese): "give us a good evaluation", "your appraise of the product".
        r"\b(?:your|an?|good|positive|nice|high|five[\s-]star|5[\s-]star|product)\s+(?:evaluations?|appraisals?|appraise)\b|\b(?:evaluate|appraise)\s+(?:us|it|them|the\s+(?:product|item|seller))\b",
        r"\b(?:reviews?|reviewers?|feedback|ratings?|testimonials?)\b|\btwo\s+cents(?:'|'s)?(?:\s+worth)?\b",
        r"\b(?:\d|one|two|three|four|five|full)[\s-]*stars?\b|\bstars?[\s-]+(?:ratings?|reviews?)\b|\bstars\b",
        r"\brate\s+(?:us|it|the\s+(?:product|item|seller)|this\s+(?:product|item|seller)|your\s+(?:purchase|order|experience))\b",
        // Also at the link given: "share your views on the kettle via the link below".
        r"\bshare\s+(?:your|their)\s+(?:honest\s+)?(?:thoughts|experiences?|opinions?|views|impressions)\b[^.!?\n]{0,60}?(?:\bamazon\b|\b(?:at|via|through|using|with|on)\s+(?:the|this)\s+link\s+(?:below|above)\b)",
        r"\b(?:link|page)\s+to\s+(?:share|tell|write|post)\b|\bshare\s+(?:how\s+it\s+went|that|it|this|them)\s+(?:with\s+other|on\s+amazon)\b",
        r"\b(?:little\s+)?(?:box|section|space)\s+(?:under|below|beneath)\s+the\s+(?:product|listing)\b|\b(?:one|1|two|2)[\s-]star\s+stor(?:y|ies)\b",
        r"\b(?:a\s+few|some|kind|honest)\s+(?:honest\s+)?(?:words|lines)\s+(?:on|about|for)\b|\bthoughts\s+on\s+the\s+product\s+page\b",
        // The review as the buyer's words, experience or a comment put on or under the product:
        // "write your real experience on the product page", "some words under the product", "put
        // a comment on Amazon", "puts their thoughts about our teas into words on Amazon".
        r"\b(?:writ(?:e|es|ing)|leav(?:e|es|ing)|puts?|putting|posts?|posting|shar(?:e|es|ing)|pops?|drops?|sticks?|jots?)\s+(?:your|their|some|an?|a\s+few|a\s+little)\s+(?:(?:real|honest|true|own|quick|short)\s+)?(?:experiences?|feelings?|words|thoughts|opinions?|lines|comments?)\s+(?:[\w'-]+\s+){0,5}?(?:(?:on|under|below|beneath|in)\s+(?:the|our|this)\s+(?:product|listing|amazon)|on\s+amazon)\b",
        // The review as telling everyone, out loud or in public: "tell the world", "say so
        // publicly", "let everyone know", "shout about it", "say it out loud".
        r"\b(?:tell|telling|told|show|showing)\s+(?:the\s+(?:whole\s+)?world|everyone|everybody|the\s+internet|other\s+(?:buyers|shoppers|customers))\b|\blet\s+(?:the\s+(?:whole\s+)?world|everyone|everybody|other\s+(?:buyers|shoppers))\s+know\b",
        // Amazon itself told, bare, as the review: "Liked it? Tell Amazon!", "go tell Amazon
        // about it" (not "tell Amazon's support" or "tell Amazon the parcel is missing").
        r"\btell(?:ing)?\s+amazon\s*(?:[.!,;★⭐🌟]|$|\s+(?:so|too|about\s+(?:it|them|us)|all\s+about\s+it)\b)",
        // Telling other buyers, named by any words: "tell other cold-footed folks about them".
        r"\btell(?:ing)?\s+other\s+(?:[\w'-]+\s+){0,2}?(?:buyers|shoppers|customers|people|folks|users|owners|[\w'-]+ers)\s+(?:about|what)\b",
        // A bare "please remember us" closing a sentence: the review asked for in veiled words.
        r"\bplease\s+(?:do\s+)?remember\s+us\s*[.!]",
        r"\b(?:say|said|saying|share|sharing|shout|shouting|tell|telling|put|putting)\s+(?:it|so|that|this|them|about\s+it)\s+(?:publicly|in\s+public|out\s+loud|aloud|from\s+the\s+rooftops)\b|\bshout\s+about\s+(?:it|us|them)\b",
    ],
    seller_reviews: &[
        r"\b(?:we|we'll|will|shall|team|staff|i'll)\s+(?:\w+\s+)?$",
        // The seller's staff checking the goods, with "review" as their verb: "our pharmacist
        // reviews every batch", "the lab technician personally reviews each lot".
        r"\b(?:our|the|my|a|an)\s+(?:own\s+|in-house\s+|senior\s+|head\s+|lab\s+|quality\s+)?(?:pharmacists?|chemists?|technicians?|inspectors?|engineers?|physio(?:therapist)?s?|doctors?|nurses?|specialists?|testers?|lab|laboratory|QA|QC|quality\s+(?:team|manager|control|controller|department)|supervisors?|pharmacy|workshop|founder)\s+(?:(?:also|still|always|then|\w+ly)\s+)?$",
        // Something said to stand apart from reviews, which names none: "the newsletter has
        // nothing to do with reviews", "this is not linked to any rating".
        r"\b(?:nothing\s+to\s+do\s+with|(?:not|n't)\s+(?:linked|tied|connected|related)\s+to|unrelated\s+to|independent\s+of)\s+(?:a\s+|any\s+|your\s+|the\s+)?$",
        // A review said not to be needed: "we'll fix it, no review needed".
        r"\bno\s+$",
        // A reward refused for every review, which names none: "nothing for a review of any
        // kind", "nothing for any sort of rating".
        r"\bnothing\s+(?:at\s+all\s+)?for\s+(?:a\s+|any\s+|your\s+|the\s+)?(?:(?:kind|sort|type)\s+of\s+)?$",
        // The seller's own grading of its goods: "each lot gets an internal sharpness rating",
        // "an in-house review of every batch", "our lab's rating".
        r"\b(?:an?|its|their|our|the)\s+(?:own\s+)?(?:internal|in-house|inhouse|factory|lab|laboratory|QC|quality-control|workshop)(?:'s)?\s+(?:\w+\s+)?$",
        // Stars that are things in the box, by what they are made of or come in: "the magnetic
        // stars", "foam stars", "a sheet of 40 stars", "a replacement set of stars".
        r"\b(?:magnet(?:ic)?|sticker|stick-on|self-adhesive|adhesive|foam|felt|wooden|wood|plastic|paper|card|cardboard|fabric|glitter(?:y)?|glow(?:-in-the-dark|ing)?|luminous|enamel|acrylic|metal|chocolate|sugar|iced|velcro)\s+$|\b(?:sets?|sheets?|packs?|packets?|bags?|boxes|box|tins?|rolls?|strips?|pouch(?:es)?)\s+of\s+(?:\d+\s+)?(?:(?:spare|extra|replacement|new|magnetic|sticker|foam|gold|silver|reward)\s+)?$",
    ],
    positive: &[
        // A stretch of time with the item named good: "a couple of good weeks with it", "a few
        // trouble-free months", "two happy weeks". A quantity before it keeps a greeting out
        // ("have a good week").
        r"\b(?:(?:a\s+)?(?:couple|few)\s+(?:of\s+)?|several\s+|some\s+|(?:two|three|four|five|six|\d+)\s+)(?:more\s+)?(?:good|great|happy|lovely|wonderful|trouble[\s-]*free|problem[\s-]*free|hassle[\s-]*free|worry[\s-]*free|smooth|successful|fun)\s+(?:weeks|months|days|rides|runs|sessions|uses)\b",
        // A repeat order as good as the one before: "if the new bag was as good as the first",
        // "as tasty as your last one", "as good as last time".
        r"\bas\s+(?:good|tasty|delicious|great|nice|yummy|fresh|crunchy|popular)\s+as\s+(?:the|your|our|that|this)\s+(?:very\s+)?(?:first|last|previous|earlier|original|old)\b|\bas\s+(?:good|tasty|delicious|great|nice|yummy)\s+as\s+(?:last\s+time|the\s+(?:first|last)\s+time|before|ever)\b",
        // Buyers named by being happy, as those something is for: "kept for delighted owners",
        // "for our happy customers". (With a message said to be for them, a condition.)
        r"\bfor\s+(?:our\s+|the\s+)?(?:happy|delighted|satisfied|thrilled)\s+(?:customers|buyers|families|parents|owners|clients|shoppers|users|households|fans)\b",
        // Nothing gone wrong, put as "unless": "unless something went wrong with the parcel",
        // "unless you've had a problem with it". Also a condition (below).
        r"\bunless\s+(?:(?:something|anything)(?:'s|\s+has|\s+had|\s+is|\s+was)?\s+(?:gone\s+|went\s+|goes\s+|been\s+)?(?:wrong|amiss|awry)|(?:there(?:'s|\s+is|\s+was|\s+has\s+been)|you(?:'ve|\s+have|'d)?\s+(?:had|hit|run\s+into|ran\s+into|found|got))\s+(?:a|an|any|some)\s+(?:[\w'-]+\s+)?(?:problems?|issues?|faults?|complaints?|trouble)|you(?:'re|\s+are|\s+were)\s+(?:unhappy|disappointed|dissatisfied))\b",
        UNLESS_NAMED_FAULT,
        // Others named as happy, as a group the ask is for: "customers who tell us they're truly
        // delighted", "people who are really pleased".
        r"\b(?:they|who)(?:'re|\s+are|\s+were|\s+feel)\s+(?:[\w'-]+\s+){0,2}?(?:happy|satisfied|pleased|delighted|thrilled|impressed|chuffed|stoked)\b",
        // Living up to what was promised, or earning its keep: "if the lamp lived up to what we
        // described", "if it earned a place in your kitchen", "if it measured up".
        r"\b(?:lives?|lived|living)\s+up\s+to\b|\b(?:earned|earns|earning|won|deserved|deserves)\s+(?:a|its|their)\s+(?:place|spot|keep)\b|\bmeasur(?:es|ed)?\s+up\b",
        // A new favourite found among what came, or the item become one: "those of you who've
        // found a new favourite in the box", "discovered a firm favourite", "if it has become
        // your go-to".
        r"\b(?:found|find|finds|discovered|discover|discovers)\s+(?:(?:yourself|themselves)\s+)?(?:a|an|your|their|his|her)\s+(?:(?:new|firm|clear|real|true|all-time|personal)\s+)?(?:favou?rites?|go-to|keeper)\b|\b(?:become|became|becomes|becoming|is\s+now|are\s+now|['’]s\s+now)\s+(?:a|an|your|their|his|her)\s+(?:(?:new|firm|clear|real|true|all-time|personal)\s+)?(?:favou?rites?|go-to)\b",
        // Passing a trial: "did it pass the winter test?", "if it stood the test of time".
        r"\b(?:pass(?:ed|es)?|stood|stands?|survived?|survives)\s+(?:[\w'-]+\s+){0,3}?(?:the\s+|its\s+|your\s+)?(?:[\w'-]+\s+)?(?:test|trial|exam)\b",
        // A piece worn all the time, said as not wanting to take it off any more: "you never
        // want to take them off", "won't want to take it off", "haven't taken it off since",
        // "can't stop wearing it", "can't bear to take them off". (A plain "don't want to take it
        // off for cleaning" is a care step, and "never take them off by the heel" a warning:
        // neither is read.)
        r"\b(?:never|no\s+longer|n['’]t\s+ever|not\s+ever)\s+(?:again\s+)?(?:want(?:s|ed)?|wish(?:es|ed)?)\s+to\s+(?:take|slip|put|pull)\s+(?:it|them|this|these|those|(?:the|your|her|his|their|my)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:off|down)\b|\b(?:won['’]t|will\s+not|wouldn['’]t|would\s+not)\s+(?:ever\s+)?want\s+to\s+(?:take|slip|put|pull)\s+(?:it|them|this|these|those|(?:the|your|her|his|their|my)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:off|down)\b|\b(?:haven['’]t|have\s+not|hasn['’]t|has\s+not|hardly|barely)\s+(?:ever\s+)?taken\s+(?:it|them|this|these|those|(?:the|your|her|his|their|my)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+off\b|\b(?:can['’]t|cannot|couldn['’]t)\s+stop\s+wearing\b|\b(?:can['’]t|cannot|couldn['’]t)\s+(?:imagine|bear|face|bring\s+(?:yourself|herself|himself|themselves))\s+(?:to\s+)?(?:taking|take|slipping|slip)\s+(?:it|them|this|these|those|(?:the|your|her|his|their|my)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+off\b",
        // Feeling beautiful in it, or complimented on it: "if you felt gorgeous in it", "feel
        // like a queen", "customers who got compliments", "Got compliments yet?". (Said as a
        // promise with no condition or question on it, "you'll get compliments" asks nothing.)
        r"\b(?:feel|feels|felt|feeling)\s+(?:(?:so|really|absolutely|truly|just|utterly|totally|incredibly|more|extra|simply)\s+)?(?:gorgeous|beautiful|stunning|fabulous|glamorous|radiant|elegant|pretty|sexy|like\s+(?:a\s+)?(?:queen|princess|million\s+(?:dollars|bucks)|movie\s+star|film\s+star|new\s+woman|new\s+man))\b",
        r"\b(?:got|get|gets|getting|gotten|received|receive|receiving|had|earned|collected|racked\s+up|drawn|drew|attracted|paid|fielded)\s+(?:(?:already|ever|any|some|many|so|more|lots|of|a|lot|plenty|few|tons|loads|bunch|endless|countless|nice|lovely)\s+){0,3}compliments\b",
        // Not being able to do without it: "can't live without it", "wouldn't give it up".
        r"\b(?:can(?:'|no)?t|cannot|could\s*(?:n'|no)t|wouldn't|won't)\s+(?:imagine\s+)?(?:live|do|cook|bake|work|sleep|travel|go|manage|be|start\s+(?:my|your|the)\s+day)\s+without\s+(?:it|them|one|this|her|him)\b|\bwouldn't\s+(?:give|trade)\s+(?:it|them)\s+(?:up|away|for\s+anything)\b",
        // Eager to use it again, as the buyer's verdict: "you find yourself looking forward to
        // stepping onto it", "you can't wait to get back on it", "you're itching to take them out
        // again", "you keep reaching for it". (Only said of the buyer and the item: "we look
        // forward to hearing from you" is a courtesy.)
        r"\b(?:you(?:['’]re|\s+are|['’]ll\s+be|\s+will\s+be)?|yourself)\s+(?:(?:really|actually|genuinely|now|already|even|truly|just)\s+)?(?:look(?:s|ing)?\s+forward\s+to\s+[\w'’-]+ing|can(?:['’]|no)?t\s+wait\s+to\s+[\w'’-]+|itching\s+to\s+[\w'’-]+|(?:keep|start)\s+reaching\s+for|reaching\s+for)\s+(?:(?:back\s+)?(?:on|onto|on\s+to|into|in|out|up|with|for)\s+)?(?:it|them|(?:the|your|this|these)\s+new\s+[\w'’-]+)\b",
        // Worn or used as if always owned, said of its fit or feel: "the shoes feel like they've
        // always been yours", "once they fit like a second skin", "it feels like it was made for
        // you", "they wear like old slippers".
        r"\b(?:feels?|felt|feeling|fits?|fitted|fitting|sits?|sat|wears?|wore)\s+(?:(?:just|exactly)\s+)?(?:like|as\s+if|as\s+though)\s+(?:(?:a|your|an|some)\s+)?(?:second\s+skin|glove|(?:pair\s+of\s+)?(?:old|favou?rite)\s+(?:friends?|slippers|pair|gloves)|(?:they|it|you)(?:['’]ve|\s+have|['’]d|\s+had|\s+were|\s+was)\s+(?:always\s+been\s+(?:yours|your\s+own|there|part\s+of\s+(?:you|your\s+[\w'’-]+))|(?:been\s+)?made\s+(?:just\s+|especially\s+)?for\s+(?:you|your\s+[\w'’-]+)|been\s+(?:yours|with\s+you)\s+for\s+(?:years|ever|a\s+lifetime))|part\s+of\s+(?:you|your\s+(?:body|feet|foot|hands?|kit))\b)",
        // Expectations met or exceeded, in either order: "has met or exceeded your expectations".
        r"\b(?:meets?|met|exceed(?:s|ed)?|surpass(?:es|ed)?)\s+or\s+(?:meets?|met|exceed(?:s|ed)?|surpass(?:es|ed)?)\s+(?:all\s+)?(?:of\s+)?your\s+expectations?\b",
        r"\b(?:five|5)[\s-]*star\s+experience\b",
        // The first result coming out well, as proof that it works: "when your first loaf comes
        // out with a proper crust", "once the cake turns out right".
        r"\b(?:comes?|came|turns?|turned)\s+out\s+(?:[\w'-]+\s+){0,3}?(?:right|well|perfect(?:ly)?|great|beautiful(?:ly)?|nice(?:ly)?|proper(?:ly)?|as\s+(?:it\s+should|hoped|planned))\b",
        // The same said with a verb: "if you haven't had any trouble with the valves", "hasn't
        // given you a single problem", "if you didn't run into any issues".
        // Also a fault of wear or of water getting in: "if you never got a single blister", "if
        // the boots didn't give you any sore spots", "if you haven't had cold feet once".
        concat!(
            r"\b(?:(?:have|has|had|did|do|does)(?:n['’]t|\s+not)|never)\s+(?:(?:yet|ever|once|really|so\s+far|even)\s+)?(?:had|have|hit|run\s+into|ran\s+into|come\s+across|found|noticed|experienced?|encountered?|faced?|seen|got|get|gotten|developed?|felt|feel|given\s+(?:you|them|him|her)|give\s+(?:you|them|him|her)|caused\s+(?:you|them|him|her)|cause\s+(?:you|them|him|her))\s+(?:(?:any|a\s+single|one\s+single|a|one|even\s+one|so\s+much\s+as\s+a)\s+)?(?:(?:real|big|major|serious|single|little|tiny)\s+)?(?:",
            en_denied_fault!(),
            r")\b"
        ),
        // "No problems", "without a single blister", "with no leaks", "without cold feet".
        concat!(
            r"\b(?:no|no\s+any|with\s+no|without\s+(?:any|a|a\s+single|one|one\s+single|even\s+one|so\s+much\s+as\s+a))\s+(?:(?:real|big|major|serious|single|little|tiny)\s+)?(?:",
            en_denied_fault!(),
            r")\b|\bwithout\s+(?:",
            en_wear_fault!(),
            "|",
            en_wet_fault!(),
            r")\b|\bnothing\s+(?:is\s+|was\s+|went\s+)?wrong\b"
        ),
        // Not a drop of water let in: "if the tent didn't let in a single drop", "if not a drop
        // got through", "without a drop getting in", "if it kept out every drop of rain".
        r"\b(?:(?:does|did|has|have|do|would|will)(?:n['’]t|\s+not)|won['’]t|never)\s+(?:(?:once|yet|even|so\s+much\s+as)\s+)?(?:let|letting|leak|leaked|allow|allowed)\s+(?:in\s+|through\s+)?(?:(?:a|one|any|a\s+single|one\s+single|so\s+much\s+as\s+a|even\s+a)\s+)?(?:single\s+)?(?:drops?|drips?|trickles?|bit|water|rain|moisture|damp)\b|\b(?:not|without)\s+(?:(?:a|one|a\s+single|one\s+single|even\s+a|so\s+much\s+as\s+a)\s+)(?:single\s+)?drops?\s+(?:of\s+(?:water|rain|moisture)\s+)?(?:(?:getting|got|gets|coming|came|comes|seeping|seeped|leaking|leaked|making\s+it|made\s+it)\s+(?:in|through|inside)|inside)\b|\bkept\s+(?:out\s+)?every\s+(?:single\s+)?drop\b",
        // Free of a fault of wear, said of a walk done: "if you made it to the summit
        // blister-free", "if your heels stayed chafe-free". (Not the wish of a tip, "to stay
        // blister-free, tape your heels".)
        concat!(
            r"\b(?:made\s+it|make\s+it|got|came|walked|walk|hiked|hike|ran|climbed|climb|trekked|reached|reach|finished|finish|completed|complete|arrived|returned|stayed|kept|remained|were|was|been|went)\b[^.!?\n,;:]{0,50}?\b(?:",
            en_wear_fault!(),
            r"|chafe|sore[\s-]spot|hot[\s-]spot)[\s-]free\b"
        ),
        // The part working without trouble, in workshop terms, said as how it runs, sits or
        // stays: "once it runs smooth", "if the box stays rattle-free", "when the mount sits
        // rock-solid", "if the blades wipe quietly". (Smooth and quiet only with a verb of running:
        // "once the surface is smooth" is a step of a tip.)
        r"\b(?:(?:runs?|ran|running|rides?|rode|riding|drives?|drove|driving|shifts?|shifted|shifting|spins?|spun|spinning|rolls?|rolled|rolling|idles?|idled|idling|works?|worked|working|operates?|operated|operating|performs?|performed|performing|wipes?|wiped|wiping|glides?|glided|gliding|pedals?|pedall?ed|pedall?ing|brakes?|braked|braking|goes|went|going|gone)\s+(?:(?:completely|totally|perfectly|really|absolutely|properly|nice\s+and|so|all|still|now|again|dead|super|beautifully|lovely\s+and)\s+){0,2}(?:smooth(?:ly)?|quiet(?:ly)?|silent(?:ly)?|like\s+(?:a\s+dream|clockwork|new|a\s+charm|butter|silk))|(?:runs?|ran|running|rides?|rode|riding|drives?|drove|driving|shifts?|shifted|shifting|spins?|spun|spinning|rolls?|rolled|rolling|works?|worked|working|wipes?|wiped|wiping|goes|went|going|gone|stays?|stayed|staying|remains?|remained|remaining|sits?|sat|sitting|holds?|held|holding|feels?|felt|been|is|are|was|were|['’]s|['’]re|proves?|proved|proven)\s+(?:(?:completely|totally|perfectly|really|absolutely|properly|so|all|still|now|again|entirely|utterly)\s+){0,2}(?:(?:trouble|problem|hassle|fault|issue|worry|rattle|squeak|squeal|creak|clunk|knock|noise|vibration|judder|leak|drip|wobble|streak|smear|glitch|puncture)[\s-]*free|rock[\s-]*solid|(?:as\s+)?solid\s+as\s+a\s+rock))\b",
        // A trouble-free use named as a thing: "your first trouble-free test drive", "a few
        // problem-free commutes", "500 rattle-free miles".
        r"\b(?:trouble|problem|hassle|fault|issue|worry|rattle|squeak|squeal|creak|clunk|knock|noise|vibration|judder|leak|drip|wobble|streak|smear|glitch|puncture)[\s-]*free\s+(?:(?:first|test|maiden|initial|few|\d+|hundred|thousand)\s+){0,2}(?:drives?|rides?|runs?|trips?|journeys?|outings?|miles|kilometres|kilometers|km|laps?|commutes?|tours?|spins?|weeks?|months?|days?|seasons?|winters?|summers?|starts?|sessions?|uses?)\b",
        // Not a sound from it, or nothing rattling: "if it hasn't made a single squeak", "not a
        // rattle on the motorway", "if nothing rattles at 130", "it never once skipped".
        r"\bnot\s+(?:a|one|even\s+one)\s+(?:single\s+)?(?:sound|squeak|rattle|creak|peep|noise|clunk|knock|drip|wobble|murmur|streak|smear|blister|sore\s+spot|hot\s+spot|leak|drop\s+of\s+(?:water|rain))\b|\bwithout\s+(?:a|one)\s+(?:single\s+)?(?:sound|peep|murmur|noise)\b|\bnothing\s+(?:(?:at\s+all|whatsoever)\s+)?(?:rattles|rattled|squeaks|squeaked|creaks|creaked|clunks|clunked|knocks|knocked|wobbles|wobbled|leaks|leaked|drips|dripped|slips|slipped|rubs|rubbed|buzzes|buzzed)\b|\b(?:(?:does|did|has|have|do)(?:n['’]t|\s+not)|never)\s+(?:(?:once|yet|so\s+much\s+as|even)\s+)?(?:(?:made|make|makes|given|give|let\s+out)\s+(?:a|one|any)\s+(?:single\s+)?(?:sound|squeak|rattle|creak|peep|noise|murmur|clunk)|rattled?|squeak(?:ed)?|creak(?:ed)?|clunk(?:ed)?|wobbled?|leak(?:ed)?|dripp?(?:ed)?|skipp?(?:ed)?|slipp?(?:ed)?|streak(?:ed)?|smear(?:ed)?|judder(?:ed)?)\b",
        // The fault gone, said as the part no longer making "that" noise or misbehaving: "if it
        // no longer makes that odd noise", "once it doesn't make the annoying rattle any more",
        // "when it no longer acts up". (Its sentence must hold the ask to condition it: "If it no
        // longer makes that noise, the blade is seated" is a tip.)
        concat!(
            r"\bno\s+longer\s+(?:(?:makes?|made|making|gives?|produces?|lets?\s+out|does)\s+(?:that|this|the|those|these|its|any|a|an)\s+(?:(?:odd|strange|weird|funny|annoying|loud|awful|horrible|irritating|unpleasant|little|high[\s-]pitched|grinding|clicking|rattling|whining|buzzing|squeaky|scraping|knocking)\s+){0,2}(?:noises?|sounds?|rattles?|squeaks?|squeals?|creaks?|clunks?|knocks?|hums?|buzz(?:es)?|whines?|clicks?|grinding|scraping)|(?:rattles|squeaks|squeals|creaks|clunks|knocks|buzzes|whines|clicks|hums|grinds|misbehaves|acts\s+up|plays\s+up|wobbles|leaks|drips|jams|sticks|skips|slips))\b",
            r"|\b(?:(?:does|do|did|will|would)(?:n['’]t|\s+not)|won['’]t)\s+(?:(?:make|give|produce|let\s+out)\s+(?:that|this|the|those|these|its|any|a|an)\s+(?:(?:odd|strange|weird|funny|annoying|loud|awful|horrible|irritating|unpleasant|little|high[\s-]pitched|grinding|clicking|rattling|whining|buzzing|squeaky|scraping|knocking)\s+){0,2}(?:noises?|sounds?|rattles?|squeaks?|squeals?|creaks?|clunks?|knocks?|hums?|buzz(?:es)?|whines?|clicks?|grinding|scraping)|(?:rattle|squeak|squeal|creak|clunk|knock|buzz|whine|click|hum|grind|misbehave|act\s+up|play\s+up|wobble|leak|drip|jam|stick|skip|slip))\s+(?:any\s*more|any\s+longer)\b"
        ),
        // The first use after which the review is asked for, named as trouble-free: "after your
        // first trouble-free test drive", "following a quiet week on the bike" (also a condition).
        r"\b(?:after|following)\s+(?:(?:your|the|a|an|its|their|some|a\s+few|a\s+couple\s+of)\s+)?(?:(?:first|next|initial|maiden|few|couple\s+of|\d+|several)\s+)?(?:(?:(?:trouble|problem|hassle|fault|issue|worry|rattle|squeak|squeal|creak|clunk|knock|noise|vibration|judder|leak|drip|wobble|streak|smear|glitch|puncture)[\s-]*free|smooth|quiet|silent)\s*(?:,|and|or)\s+)?(?:(?:trouble|problem|hassle|fault|issue|worry|rattle|squeak|squeal|creak|clunk|knock|noise|vibration|judder|leak|drip|wobble|streak|smear|glitch|puncture)[\s-]*free|smooth|quiet|silent|flawless|faultless|uneventful)\s+(?:(?:first|test|maiden|initial|\d+|hundred|thousand)\s+){0,2}(?:drives?|rides?|runs?|trips?|journeys?|outings?|miles|kilometres|kilometers|km|laps?|commutes?|tours?|spins?|weeks?|months?|days?|seasons?|winters?|summers?|starts?|sessions?|uses?)\b",
        r"\byou(?:'re|'ve|\s+are|\s+were|\s+feel|\s+have\s+been|\s+had|\s+did|'d\s+be|\s+would\s+be)?\s+(?:[\w'-]+\s+){0,2}?(?:happy|satisfied|pleased|delighted|content|thrilled|impressed|chuffed|stoked|fond)\b",
        r"\b(?:happy|satisfied|pleased|delighted|thrilled|impressed|content|chuffed|stoked)\s+(?:with|about|by)\s+(?:your|the|our|this|it|everything|what|how|their|his|her)\b",
        r"\b(?:happy|satisfied|pleased|delighted|thrilled|impressed)\s*\?",
        r"\byou(?:'re|\s+are|'ve\s+been|\s+have\s+been)?\s+(?:really\s+|truly\s+)?(?:lov(?:e|ed|ing)|enjoy(?:ed|ing)?)\s+(?:it|the|your|our|this|them|using)\b",
        // "If you like, …" with nothing liked is a courtesy ("if you wish"), not liking the product.
        r"\b(?P<m>if\s+you\s+(?:really\s+|truly\s+)?lik(?:e|ed))(?:\s+[^\s,;:.!?–—-]|[^\w\s,;:.!?–—-])",
        // The happy ones named by any noun for buyers: "the happy anglers", "delighted owners".
        // Also groups not ending in "-ers": "satisfied families", "happy parents".
        r"\b(?:happy|satisfied|pleased|delighted|thrilled)\s+(?:customers?|buyers?|shoppers?|clients?|owners?|users?|families|parents|households|folks|[\w'-]+ers)\b",
        // Only the most pleased among the buyers, named by any noun: "our very happiest
        // swimmers", "the most satisfied bakers", "our happiest customers".
        r"\b(?:happiest|most\s+(?:satisfied|delighted|pleased|contented|enthusiastic))\s+(?:[\w'-]+\s+){0,2}?(?:customers?|buyers?|shoppers?|clients?|fans?|users?|owners?|[\w'-]+ers)\b",
        // A time clause on the buyer's use whose last step is liking it: "once you've played your
        // first gig with it and loved it", "when you've baked a few loaves and really enjoyed
        // them", "after you've tried it and have loved it". (A use with nothing liked, "once you've
        // had a few weeks with it", is the buyer's time; a bare "set it up and enjoy it" wishes.)
        r"\b(?:once|when|after|as\s+soon\s+as|if)\s+you(?:'ve|\s+have|'d|\s+had)?\s+(?:[\w'-]+,?\s+){1,10}?and\s+(?:have\s+|you(?:'ve|\s+have)\s+)?(?:(?:really|truly|absolutely|properly|just|simply)\s+)?(?P<m>(?:loved|enjoyed|liked|(?:fallen|fell)\s+in\s+love\s+with)\s+(?:it|them|every\s+(?:minute|bit|note)|playing|using|the\s+[\w'-]+|your\s+[\w'-]+))\b",
        // Also in the past: "Loved the mug?", "Enjoyed it?".
        r"\b(?:lov(?:e|ed|ing)|enjoy(?:ed|ing)?)\s+(?:it|them|the\s+\w+|your\s+(?:new\s+)?\w+)\s*\?",
        // "Loving your new reading lamp?": the question names the product in several words.
        r"\b(?:lov(?:e|ing)|enjoy(?:ing)?)\s+(?:the|your|our)\s+(?:new\s+)?(?:[\w'-]+\s+){1,3}?[\w'-]+\s*\?",
        // The verdict turning out well: "if it turns out favourable", "if the verdict is positive".
        r"\b(?:turns?\s+out|turned\s+out|proves?|proved|comes?\s+back)\s+(?:to\s+be\s+)?(?:favou?rable|positive)\b",
        r"\b(?:everything|all)\s+(?:(?:is|was|went|looks?|arrived|works?|worked|working|turned\s+out|came|fit|fits)\s+)?(?:\w+\s+)?(?:fine|good|well|great|ok|okay|perfect|perfectly|right|smoothly|alright|as\s+expected|in\s+order)\b",
        // Doing its job, or the order going smoothly: "it's doing the job nicely", "does the job",
        // "orders that have gone smoothly", "if the delivery went without a hitch".
        r"\b(?:do(?:es|ing)?|did|done)\s+(?:the|its|their)\s+job\b|\b(?:gone|went|go(?:es|ing)?|run|ran|running)\s+(?:really\s+|very\s+|so\s+)?(?:smoothly|to\s+plan|without\s+a\s+(?:hitch|hiccup))\b",
        r"\bit(?:'s|\s+(?:is|was|went|looks|arrived|works|worked|is\s+working|turned\s+out|fits))\s+(?:\w+\s+)?(?:fine|good|well|great|ok|okay|perfect|perfectly|smoothly|as\s+expected)\b",
        r"\b(?:good|great|positive|pleasant|nice|excellent|wonderful|perfect|lovely|fantastic|amazing|brilliant|delightful|happy|smooth|fab|fabulous|superb)\s+(?:shopping\s+|buying\s+)?experience\b",
        // Also in the progressive, as learners write it: "if the rug is meeting your expectations".
        r"\b(?:meets?|met|meeting|lived\s+up\s+to|lives\s+up\s+to|living\s+up\s+to|exceed(?:s|ed|ing)?)\s+(?:all\s+)?(?:of\s+)?your\s+expectations?\b",
        r"\bto\s+your\s+(?:liking|satisfaction)\b|\bin\s+(?:good|perfect|great|excellent)\s+(?:shape|condition|order)\b",
        r"\barrived\s+(?:safely|intact|in\s+one\s+piece|as\s+expected)\b",
        // The set found complete, nothing missing or broken in it: "as long as the box turned out
        // to be complete", "with no missing or bent parts", "if not a single tube was broken",
        // "nothing was broken", "every part accounted for". (The problem word is the buyer finding
        // none, not a fault.)
        r"\b(?:no|not\s+(?:a|one)\s+(?:single\s+)?|without\s+(?:any|a\s+single))\s*(?:missing|lost|broken|damaged|cracked|bent|chipped|dented|faulty|defective)\b|\bnot\s+(?:a|one)\s+(?:single\s+)?[\w'-]+\s+(?:is|was|went|had\s+gone|has\s+gone|turned\s+out\s+to\s+be)\s+(?:missing|lost|broken|damaged|cracked|bent|chipped|dented|faulty|defective)\b|\bnothing\s+(?:(?:is|was|has\s+been|had\s+been|turned\s+out\s+to\s+be|came|arrived|went)\s+)?(?:missing|lost|broken|damaged|cracked|bent|chipped|dented|faulty|defective)\b|\b(?:arrived|came|turned\s+out(?:\s+to\s+be)?|prove[sd]?\s+(?:to\s+be\s+)?|proven\s+(?:to\s+be\s+)?)\s*(?:(?:fully|entirely|totally|all)\s+)?(?:complete|intact|undamaged)\b|\b(?:all|every)\s+(?:(?:the|its|their|of\s+the)\s+)?(?:[\w'-]+\s+)?(?:pieces?|parts?|components?|bits?|screws?)\s+(?:(?:is|are|was|were)\s+)?(?:there|present|accounted\s+for)\b",
        r"\bwould\s+recommend\s+(?:it|us|the|this|them)\b",
        // Also said of others, or in the past perfect: "clients who found it everything they had
        // hoped", "all she'd wished for", "exactly what they had been hoping for".
        r"\b(?:everything|all|just\s+what|exactly\s+what|precisely\s+what)\s+(?:that\s+)?(?:you|they|he|she)(?:['’]d\s+|\s+had\s+(?:been\s+)?|\s+have\s+been\s+|\s+were\s+)?(?:hoped|wanted|expected|wished|imagined|dreamed|dreamt|hoping|looking)\b",
        // Turned out as hoped, said as a manner: "whose candle filled the room just as they had
        // hoped", "if it looks exactly as you'd imagined".
        r"\b(?:just|exactly|precisely|every\s+bit)\s+as\s+(?:you|they|he|she)(?:['’]d\s+|\s+had\s+|\s+have\s+)?(?:hoped|wished|imagined|pictured|dreamed|dreamt)\b",
        // Hopes or expectations met, said of anyone, in the passive: "clients whose expectations
        // were met", "if your hopes have been fulfilled".
        r"\b(?:expectations?|hopes?)\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is)\s+)(?:(?:fully|truly|more\s+than|all|richly|amply|well)\s+)?(?:met|exceeded|surpassed|fulfilled|realised|realized|answered)\b",
        // Charmed or won over by it: "clients the piece has won over,", "if it won you over",
        // "those who were enchanted by the scent" (not "which setting has won over your little
        // one?", a question on a preference).
        r"\b(?:won|wins|winning|win)\s+(?:you|them|him|her|everyone|everybody)\s+over\b|\b(?:been|were|was|are|is|got|get|feel|felt)\s+(?:(?:truly|utterly|quite|completely|entirely|thoroughly)\s+)?won\s+over\b|\bwon\s+over\s*(?:[.,;:!)–—-]|(?m:$))|\b(?:were|was|been|are|is|felt|feel)\s+(?:(?:truly|utterly|quite|completely|thoroughly)\s+)?(?:charmed|enchanted|captivated|smitten|bewitched)\b",
        r"\b(?:meets?|met|suits?|suited|fits?|fitted|matched|matches)\s+(?:all\s+)?your\s+(?:needs|requirements|expectations)\b|\bworks?\s+(?:well\s+|great\s+)?for\s+you\b|\bworked\s+(?:well\s+|great\s+|out\s+)?for\s+you\b|\bas\s+(?:it|they)\s+should\b",
        r"\b(?:perfect|great|excellent|flawless)\s*\?",
        r"\b(?:do|does|did)\s+the\s+job\b|\bexperience\s+(?:was|has\s+been|is)\s+(?:\w+\s+)?(?:good|great|positive|pleasant|excellent)\b",
        r"\b(?:upon|on|in\s+case\s+of)\s+(?:your\s+)?(?:full\s+)?satisfaction\b",
        r"\b(?:give|gave|rate|rated|score|scored)\s+(?:us\s+|it\s+|them\s+)?(?:a\s+)?(?:4|four|9|nine)\s+or\s+(?:a\s+)?(?:5|five|10|ten)\b|\b(?:a\s+)?(?:10|ten)\s+out\s+of\s+(?:10|ten)\b",
        // A fault put right or gone, also an everyday one and without a verb: "problem solved",
        // "the rattle has stopped", "Squeak gone for good?", "the leaks are fixed".
        r"\b(?:problem|issue|fault|glitch|flicker(?:ing)?|rattl(?:e|ing)|leak(?:ing)?|wobbl(?:e|ing)|squeak(?:ing)?|buzz(?:ing)?|noise|crackl(?:e|ing)|drip(?:ping)?|streak(?:ing)?|smear(?:ing)?|judder(?:ing)?|creak(?:ing)?|clunk(?:ing)?|knock(?:ing)?|skipping|vibration)(?:e?s)?(?:'s\s+|\s+(?:(?:is|are|was|were|has|have|got|has\s+been|have\s+been)\s+)?)(?:now\s+|finally\s+|fully\s+|all\s+|completely\s+)?(?:solved|fixed|resolved|sorted(?:\s+out)?|gone|vanished|disappeared|stopped|cured)\b",
        // The seller about to put the fault right, said as what is to come, in a sentence that
        // names the review: "review it once we sort out the fault", "after we fix the problem,
        // a review would help". (Only after a word of time: "reply and we will fix the problem"
        // offers help. Not in a sentence of its own: "Once we have fixed the problem we will send
        // you the tracking number." promises the parcel, and the ask after it stays neutral.)
        r"(?:\b(?:reviews?|ratings?|feedback|stars?)\b|links\.\w*(?:review|feedback))[^.!?\n]{0,80}?(?P<m>\b(?:after|once|when|as\s+soon\s+as)\s+(?:we|we've|we\s+have|i|i've)\s+(?:(?:finally|properly|fully|quickly)\s+)?(?:solve[ds]?|fix(?:ed)?|resolve[ds]?|sort(?:ed)?\s+out|sort(?:ed)?|repair(?:ed)?|put\s+right)\s+(?:the|your|this|that|any)\s+(?:[\w'-]+\s+)?(?:problem|issue|fault|defect|glitch)s?\b)",
        r"(?P<m>\b(?:after|once|when|as\s+soon\s+as)\s+(?:we|we've|we\s+have|i|i've)\s+(?:(?:finally|properly|fully|quickly)\s+)?(?:solve[ds]?|fix(?:ed)?|resolve[ds]?|sort(?:ed)?\s+out|sort(?:ed)?|repair(?:ed)?|put\s+right)\s+(?:the|your|this|that|any)\s+(?:[\w'-]+\s+)?(?:problem|issue|fault|defect|glitch)s?\b)[^.!?\n]{0,80}?(?:\b(?:reviews?|ratings?|feedback|stars?)\b|links\.\w*(?:review|feedback))",
        // Also with the ask in the next sentence of the same paragraph, pointing back at the fix
        // with "then", "after that" or "afterwards": "Once we have fixed the problem, we will email
        // you the tracking number.\nThen please leave a review here: …". (After a blank line, a
        // neutral ask is one of its own.)
        r"(?P<m>\b(?:after|once|when|as\s+soon\s+as)\s+(?:we|we've|we\s+have|i|i've)\s+(?:(?:finally|properly|fully|quickly)\s+)?(?:solve[ds]?|fix(?:ed)?|resolve[ds]?|sort(?:ed)?\s+out|sort(?:ed)?|repair(?:ed)?|put\s+right)\s+(?:the|your|this|that|any)\s+(?:[\w'-]+\s+)?(?:problem|issue|fault|defect|glitch)s?\b)[^.!?\n]{0,100}(?:[.!]+[ \t]*\n?|[ \t]*\n)[ \t]*(?:then|afterwards|after\s+(?:that|this)|once\s+(?:that|this)(?:['’]s|\s+is|\s+has\s+been)\s+(?:done|sorted))\b[^.!?\n]{0,80}?(?:\b(?:reviews?|rat(?:e|ed|es|ing|ings)|feedback|stars?)\b|links\.\w*(?:review|feedback))",
        // (The seller's fix said as a time, "once we have fixed the problem", is read first and
        // reports nothing: in a sentence that names the review, the words above read it.)
        r"\b(?:after|once|when|as\s+soon\s+as|until|till)\s+(?:we|we've|we\s+have|i|i've)\s+(?:(?:finally|properly|fully|quickly)\s+)?(?:solved|fixed|resolved|sorted\s+out)\s+(?:the|your|this|that|any)\s+(?:problem|issue|fault)s?\b(?P<m>)|\b(?:solved|fixed|resolved|sorted\s+out)\s+(?:the|your|this|that|any)\s+(?:problem|issue|fault)s?\b|\bafter\s+(?:you(?:'ve|\s+have)\s+)?confirm(?:ed|ing)?\s+(?:that\s+)?(?:you(?:'re|\s+are)|it|everything)\b|\bupon\s+confirmation\s+of\s+your\s+satisfaction\b",
        r"\b(?:we|it)\s+(?:deserve[sd]?|earned|merit(?:s|ed)?)\s+(?:it|that|them)\b|\bdeserv(?:e|es|ed|ing)\s+(?:a|five|5|the)\b",
        r"\b(?:praise|compliments|kudos|applause|bouquets)\b[^.!?\n]{0,20}?\b(?:on|to|for)\s+amazon\b",
        // A group named by loving it: "for everyone who loves it", "to all who enjoyed the tea".
        r"\bwho\s+(?:(?:really|truly|already|simply|just)\s+)?(?:lov(?:e|es|ed)|enjoy(?:s|ed)?|adore[sd]?)\s+(?:it|them|the|their|this|these|our|your)\b",
        r"\bprove[sdn]?\s+itself\b|\bproven\s+itself\b|\bthumbs[\s-]up\b|\b(?:do|does|did)\s+(?:its|their)\s+job\b|\bloving\s+it\b",
        // Also the top scores as the buyer's reply: "if you reply with a 4 or a 5", "answered 9
        // or 10", "pick 4 or 5".
        r"\b(?:gives?|scores?|rates?|repl(?:y|ies|ied)|answer(?:s|ed)?|respond(?:s|ed)?|text(?:s|ed)?|pick(?:s|ed)?|cho(?:ose|oses|se)|select(?:s|ed)?|circle[sd]?|tick(?:s|ed)?)\s+(?:us\s+|it\s+)?(?:back\s+)?(?:with\s+)?(?:a\s+)?(?:4|four|9|nine)\s+or\s+(?:a\s+)?(?:5|five|10|ten)\b",
        // Idioms of things going well: "if it's been smooth sailing", "customers who've had a
        // lovely time with us".
        // Doing well, said of the item or its user: "whose plants are growing happily", "if
        // the kids are sleeping soundly".
        r"\b(?:is|are|'re|'s|been|was|were)\s+(?:now\s+|already\s+)?[\w'-]+ing\s+(?:comfortably|happily|perfectly|beautifully|nicely|smoothly|soundly)\b",
        r"\b(?:smooth|plain|clear)\s+sailing\b|\b(?:had|having|have)\s+(?:a|such\s+a)\s+(?:lovely|great|wonderful|fantastic|brilliant|fab|good|nice|happy)\s+time\b",
        // Everything found in order: "if it all checks out", "if everything checks out fine".
        r"\b(?:it\s+all|everything|all|it)\s+checks?\s+out\b",
        // Right on target or doing as hoped: "the readings have been spot on", "it does exactly
        // what you expect", "the nights have been deeply restful", "it has been a real joy".
        // Eaten up eagerly, by pets or people: "whose dog is still wolfing it down", "they lick
        // the bowl clean", "the kids can't get enough of it".
        r"\b(?:wolf(?:s|ed|ing)?|gobbl(?:e|es|ed|ing)|scoff(?:s|ed|ing)?|hoover(?:s|ed|ing)?)\s+(?:it|them|(?:the|their|his|her|its|every)\s+(?:[\w'-]+\s+)?[\w'-]+)\s+(?:down|up)\b|\blick(?:s|ed|ing)?\s+(?:the|their|his|her|its)\s+(?:bowls?|plates?|dish(?:es)?)\s+clean\b|\bcan(?:'|no)?t\s+get\s+enough\s+of\b",
        // Met with the welcome it deserved: "whose gift got the "aww" it deserved", "got the
        // reaction you were hoping for", "it went down a treat", "it was a real hit".
        r"\b(?:got|gets|getting|received?|receives|earned|earns|drew|draws)\s+(?:just\s+|exactly\s+)?the\s+(?:\S+\s+){1,3}?(?:it|they|she|he|you)\s+(?:deserved|deserves|(?:was|were)\s+hoping\s+for|hoped\s+for)\b|\b(?:went|goes|go|gone|going)\s+down\s+(?:really\s+|so\s+)?(?:well|a\s+treat|a\s+storm)\b|\b(?:was|were|is|are|'s)\s+a\s+(?:(?:real|huge|big|total|instant|massive)\s+)?hit\b",
        // Won over for good, said as an idiom: "everyone who has fallen for their skillet",
        // "fell in love with it", "who swear by them", "hooked on it", "sworn off paper towels".
        r"\b(?:fallen|fell|fall(?:s|ing)?)\s+(?:(?:head\s+over\s+heels|completely|totally|hard|madly|a\s+little)\s+)?(?:in\s+love\s+with|for)\s+(?:it|them|the|their|your|our|this|these|those|his|her|its)\b|\b(?:swear(?:s|ing)?|swore|sworn)\s+(?:by|off)\b|\bhooked\s+on\s+(?:it|them|the|their|your|our|this|these|those)\b",
        // Crazy about it, as the happy outcome, said of the buyer or a pet: "is your dog crazy
        // about the new treats?", "the kids went wild for it", "nuts about this blend", "mad about
        // the new tower" (not "are you mad about the delay?", nor "went crazy scratching the sofa"
        // or "goes wild at first", with no product after it).
        r"\b(?:crazy|nuts|wild|potty|bonkers|dotty|gaga)\s+(?:about|for|over)\s+(?:it|them|the|their|his|her|its|your|our|this|these|those|that|my)\b|\b[\w'-]*[^\Wu]\s+mad\s+(?:about|for|over)\s+(?:it|them|the|their|his|her|its|your|our|this|these|those|that|my)\b|\b(?:goes|go|going|gone|went)\s+(?:absolutely\s+|totally\s+|completely\s+|a\s+bit\s+)?mad\s+for\b",
        // Tasting or smelling good, or as good as it was meant to: "buyers whose tomatoes tasted
        // as good as the packet promised", "it smelled wonderful", "as good as we promised".
        r"\b(?:tasted|smelled|smelt)\s+(?:(?:so|really|just|absolutely|truly|every\s+bit\s+as|as)\s+)?(?:good|great|delicious|amazing|wonderful|lovely|fantastic|heavenly|perfect|divine)\b|\bas\s+(?:good|delicious|great|lovely)\s+as\s+(?:[\w'-]+\s+){0,2}?(?:meant|promised|hoped|expected|advertised|described|pictured|intended|imagined)\b",
        r"\bspot\s+on\b|\b(?:does|did|do|doing)\s+exactly\s+what\s+(?:you|it\s+should|they\s+should)\b|\b(?:has|have)\s+been\s+(?:[\w'-]+,?\s+){0,5}?(?:restful|comfortable|delicious|a\s+(?:real\s+)?(?:joy|pleasure|delight|success|hit))\b",
        // Pride or success said of the people the review is asked of, in a relative clause with
        // the review later in its sentence: "to everyone who's already strumming a song with a grin
        // on their face: we'd love a review from you", "those who've nailed the first recipe, a
        // review please". (Said of a group without a review, "for those who have mastered lesson
        // 3, a bonus exercise", it is a tip for the advanced, not a condition.)
        r"(?P<m>\b(?:who|whose)(?:['’]s|['’]re|['’]ve|\s+(?:is|are|has|have|had|feel|feels|now|already|finally|just))*\s+(?:[\w'’-]+\s+){0,8}?(?:proud|nailed|mastered|aced|conquered|cracked\s+it|(?:grinning|beaming|smiling)|with\s+a\s+(?:[\w'’-]+\s+)?(?:grin|smile)))\b[^.!?\n]{0,120}?\b(?:reviews?|rate|rating|feedback)\b",
        // Progress, improvement or enjoyment said of the people the review is asked of, in a
        // relative clause with the review, or telling others (before the review link), later in
        // its sentence: "students who are making good progress: tell others at …", "learners whose left hand has improved, a review …",
        // "everyone who's getting better week by week", "those who are enjoying the bow"; or
        // with the review before the group: "a review means most from students whose tone has
        // improved". (Without a review in the sentence, "players who see progress early tend to
        // practise daily" is a remark, and "you'll notice progress in two weeks" a tip.)
        concat!(
            "(?P<m>",
            en_progress_group!(),
            r")[^.!?\n]{0,140}?(?:\b(?:reviews?|rate|rating|feedback)\b|links\.\w*(?:review|feedback)|\b(?:tell|let)\s+(?:others|other\s+[\w'’-]+|(?:your\s+)?fellow\s+[\w'’-]+|everyone|(?:your\s+)?friends|the\s+world)\b|\bshare\s+(?:it|that|this|them|the\s+news|your\s+(?:story|experience|progress))\s+with\s+(?:others|other\s+[\w'’-]+|fellow\s+[\w'’-]+|everyone)\b)"
        ),
        concat!(
            r"(?:\b(?:reviews?|ratings?|feedback)\b|links\.\w*(?:review|feedback))[^.!?\n]{0,80}?(?P<m>",
            en_progress_group!(),
            ")"
        ),
        // The item's good outcome said of the people the review is asked of, in a relative
        // clause with the review later in its sentence: "to the mechanics who've found it clicks
        // spot-on every time: your review helps", "for whom the starter got the car running",
        // "whose check showed nothing abnormal", "who confirmed it paired without trouble". (Said
        // of a group without a review, "for riders whose chain runs quietly: re-lube it every 300
        // km", it is a tip, not a condition; "who ordered for the first time" names no outcome.)
        // The outcome is any of the common ways a part is said to work well, a working verb with
        // a manner word: "whose chain shifts crisply", "whose loaves slice cleanly", "whose reel
        // winds back smoothly", "whose mixer kneads without a wobble".
        r"\b(?:who|whose|(?:for|to|with)\s+whom)(?:['’]s|['’]re|['’]ve|['’]d|\s+(?:is|are|has|have|had|now|already|finally|just|all))*\s+(?:[\w'’-]+\s+){0,8}?(?P<m>perfectly|flawlessly|faultlessly|spot[\s-]on|dead[\s-]on|bang[\s-]on|like\s+(?:a\s+)?(?:charm|dream|glove|clockwork)|without\s+a\s+(?:hitch|hiccup)|a\s+treat|(?:fit|fits|fitted|work(?:s|ed)?|start(?:s|ed)?|fired\s+up|fires\s+up|turn(?:s|ed)\s+over|run|runs|ran|click(?:s|ed)?|connect(?:s|ed)?|pair(?:s|ed)?|sync(?:s|ed)?|install(?:s|ed)?|mount(?:s|ed)?|bolt(?:s|ed)\s+(?:on|up)|went\s+on|goes\s+on|slid\s+on|seat(?:s|ed)|seal(?:s|ed)|hold(?:s)?|held|charg(?:es|ed)|caught|shift(?:s|ed)|brak(?:es|ed)|cut(?:s)?|spin(?:s)?|spun|pump(?:s|ed)?|inflat(?:e|es|ed)|wind(?:s)?|wound|glid(?:e|es|ed)|roll(?:s|ed)?|clos(?:e|es|ed)|lock(?:s|ed)?|latch(?:es|ed)?|clamp(?:s|ed)?|snap(?:s|ped)?|grip(?:s|ped)?|bit(?:e|es)?|engag(?:e|es|ed)|steer(?:s|ed)?|drain(?:s|ed)?|flow(?:s|ed)?|clear(?:s|ed)?|heat(?:s|ed)?|cool(?:s|ed)?|blend(?:s|ed)?|knead(?:s|ed)?|slic(?:e|es|ed)|trim(?:s|med)?|sharpen(?:s|ed)?|lift(?:s|ed)?|tension(?:s|ed)?|align(?:s|ed)?|tun(?:e|es|ed)|print(?:s|ed)?|load(?:s|ed)?|feed(?:s)?|fed|boot(?:s|ed)?|solved\s+(?:it|the\s+\w+)|fixed\s+(?:it|the\s+\w+)|cured\s+(?:it|the\s+\w+))\s+(?:[\w'’-]+\s+){0,3}?(?:(?:the\s+)?first\s+time|first\s+go|(?:on|at)\s+the\s+first\s+(?:try|go|attempt|turn|crank|pull|press)|right\s+away|straight\s+away|straight\s+off|fine|great|well|reliably|every\s+time|smoothly|cleanly|accurately|precisely|snugly|like\s+new|crisply|crisp|sharply|effortlessly|seamlessly|silently|firmly|securely|tightly|beautifully|brilliantly|nicely|flawlessly|faultlessly|streak[\s-]free|drip[\s-]free|leak[\s-]free|silky[\s-]smooth|butter(?:y)?[\s-]smooth|smooth\s+as\s+(?:silk|butter)|like\s+(?:butter|silk|a\s+(?:charm|dream|champ|glove|clockwork|hot\s+knife))|(?:as\s+)?good\s+as\s+new|like\s+(?:the\s+)?(?:first|day\s+one|out\s+of\s+the\s+box)|without\s+(?:a\s+|any\s+|the\s+slightest\s+)?(?:wobble|slip|skip|squeak|rattle|drip|leak|hitch|hiccup|snag|jam|judder|shudder|stutter|grind(?:ing)?)|without\s+(?:any\s+|a\s+single\s+)?(?:trouble|issues?|problems?|fuss|hassle|errors?|faults?|drama)|with\s+no\s+(?:trouble|issues?|problems?|fuss|hassle|errors?|faults?|drama)|(?:just\s+)?as\s+(?:it\s+should|they\s+should|promised|advertised|described|expected|intended))|got\s+(?:the|their|his|her|my|your|its|our)\s+(?:[\w'’-]+\s+){0,2}?(?:running|going|started|moving|back\s+on\s+the\s+road)|(?:showed|shows|revealed|reveals|found|finds|turned\s+up|flagged|threw|came\s+(?:back|up)\s+with)\s+(?:nothing|no)\s+(?:[\w'’-]+\s+)?(?:abnormal|wrong|amiss|unusual|untoward|out\s+of\s+the\s+ordinary|of\s+concern|faults?|errors?|codes?|issues?|problems?|play|leaks?)|nothing\s+(?:abnormal|amiss|untoward|out\s+of\s+the\s+ordinary)|(?:rid(?:e|es|ing)|rode|driv(?:e|es|ing)|drove|cycl(?:e|es|ing)|pedal(?:s|ling)?|cruis(?:e|es|ing))\s+(?:[\w'’-]+\s+){0,2}?(?:happily|with\s+confidence|worry[\s-]free|care[\s-]?free|stress[\s-]free))\b[^.!?\n]{0,140}?(?:\b(?:reviews?|rate|rating|feedback)\b|\b(?:share|tell|describe)\s+(?:your|their|his|her)\s+(?:experience|thoughts|verdict|impressions?|story)\b|links\.\w*(?:review|feedback))",
        // Also with the review before the group: "reviews mean most from drivers whose jump
        // starter got the car going first time".
        r"(?:\b(?:reviews?|ratings?|feedback)\b|links\.\w*(?:review|feedback))[^.!?\n]{0,80}?\b(?:who|whose|(?:for|to|with)\s+whom)(?:['’]s|['’]re|['’]ve|['’]d|\s+(?:is|are|has|have|had|now|already|finally|just|all))*\s+(?:[\w'’-]+\s+){0,8}?(?P<m>perfectly|flawlessly|faultlessly|spot[\s-]on|dead[\s-]on|bang[\s-]on|like\s+(?:a\s+)?(?:charm|dream|glove|clockwork)|without\s+a\s+(?:hitch|hiccup)|a\s+treat|(?:fit|fits|fitted|work(?:s|ed)?|start(?:s|ed)?|fired\s+up|fires\s+up|turn(?:s|ed)\s+over|run|runs|ran|click(?:s|ed)?|connect(?:s|ed)?|pair(?:s|ed)?|sync(?:s|ed)?|install(?:s|ed)?|mount(?:s|ed)?|bolt(?:s|ed)\s+(?:on|up)|went\s+on|goes\s+on|slid\s+on|seat(?:s|ed)|seal(?:s|ed)|hold(?:s)?|held|charg(?:es|ed)|caught|shift(?:s|ed)|brak(?:es|ed)|cut(?:s)?|spin(?:s)?|spun|pump(?:s|ed)?|inflat(?:e|es|ed)|wind(?:s)?|wound|glid(?:e|es|ed)|roll(?:s|ed)?|clos(?:e|es|ed)|lock(?:s|ed)?|latch(?:es|ed)?|clamp(?:s|ed)?|snap(?:s|ped)?|grip(?:s|ped)?|bit(?:e|es)?|engag(?:e|es|ed)|steer(?:s|ed)?|drain(?:s|ed)?|flow(?:s|ed)?|clear(?:s|ed)?|heat(?:s|ed)?|cool(?:s|ed)?|blend(?:s|ed)?|knead(?:s|ed)?|slic(?:e|es|ed)|trim(?:s|med)?|sharpen(?:s|ed)?|lift(?:s|ed)?|tension(?:s|ed)?|align(?:s|ed)?|tun(?:e|es|ed)|print(?:s|ed)?|load(?:s|ed)?|feed(?:s)?|fed|boot(?:s|ed)?|solved\s+(?:it|the\s+\w+)|fixed\s+(?:it|the\s+\w+)|cured\s+(?:it|the\s+\w+))\s+(?:[\w'’-]+\s+){0,3}?(?:(?:the\s+)?first\s+time|first\s+go|(?:on|at)\s+the\s+first\s+(?:try|go|attempt|turn|crank|pull|press)|right\s+away|straight\s+away|straight\s+off|fine|great|well|reliably|every\s+time|smoothly|cleanly|accurately|precisely|snugly|like\s+new|crisply|crisp|sharply|effortlessly|seamlessly|silently|firmly|securely|tightly|beautifully|brilliantly|nicely|flawlessly|faultlessly|streak[\s-]free|drip[\s-]free|leak[\s-]free|silky[\s-]smooth|butter(?:y)?[\s-]smooth|smooth\s+as\s+(?:silk|butter)|like\s+(?:butter|silk|a\s+(?:charm|dream|champ|glove|clockwork|hot\s+knife))|(?:as\s+)?good\s+as\s+new|like\s+(?:the\s+)?(?:first|day\s+one|out\s+of\s+the\s+box)|without\s+(?:a\s+|any\s+|the\s+slightest\s+)?(?:wobble|slip|skip|squeak|rattle|drip|leak|hitch|hiccup|snag|jam|judder|shudder|stutter|grind(?:ing)?)|without\s+(?:any\s+|a\s+single\s+)?(?:trouble|issues?|problems?|fuss|hassle|errors?|faults?|drama)|with\s+no\s+(?:trouble|issues?|problems?|fuss|hassle|errors?|faults?|drama)|(?:just\s+)?as\s+(?:it\s+should|they\s+should|promised|advertised|described|expected|intended))|got\s+(?:the|their|his|her|my|your|its|our)\s+(?:[\w'’-]+\s+){0,2}?(?:running|going|started|moving|back\s+on\s+the\s+road)|(?:showed|shows|revealed|reveals|found|finds|turned\s+up|flagged|threw|came\s+(?:back|up)\s+with)\s+(?:nothing|no)\s+(?:[\w'’-]+\s+)?(?:abnormal|wrong|amiss|unusual|untoward|out\s+of\s+the\s+ordinary|of\s+concern|faults?|errors?|codes?|issues?|problems?|play|leaks?)|nothing\s+(?:abnormal|amiss|untoward|out\s+of\s+the\s+ordinary)|(?:rid(?:e|es|ing)|rode|driv(?:e|es|ing)|drove|cycl(?:e|es|ing)|pedal(?:s|ling)?|cruis(?:e|es|ing))\s+(?:[\w'’-]+\s+){0,2}?(?:happily|with\s+confidence|worry[\s-]free|care[\s-]?free|stress[\s-]free))\b",
        // Proud, as a condition: "if you're proud of your first loaf"; or as the question a review
        // answers on the same line: "Proud of your first song? Tell others in a review", "Nailed
        // the first chord? Your review …" (a subject's "Proud of your first song?" alone is small
        // talk about progress).
        r"\bif\s+you(?:['’]re|\s+are|\s+feel|['’]ve\s+been|\s+have\s+been)\s+(?:[\w'’-]+\s+){0,2}?proud\b",
        r"(?P<m>\b(?:proud|nailed|mastered|aced|conquered)\b)[^?.!\n]{0,80}\?[^\n?]{0,60}?\b(?:reviews?|rate|rating|feedback)\b",
        // The buyer's progress or better state, asked in a question of any length: "Reached the
        // end of week one and feeling stronger?", "Two weeks in and already sleeping better?",
        // "A month on and seeing results?". Only in a question, so a care tip on progress ("once
        // you feel stronger, move to the red band") conditions nothing.
        r"(?P<m>\b(?:feel(?:s|ing)?|felt|getting|got(?:ten)?|growing|becoming|already|now|sleep(?:s|ing)?|mov(?:es|ing)|runn?(?:s|ing)|lift(?:s|ing)|breath(?:es|ing)|look(?:s|ing))\s+(?:(?:a\s+(?:bit|little|lot)|much|even|already|noticeably|visibly|so\s+much|way|far)\s+)?(?:stronger|fitter|lighter|healthier|fresher|calmer|better|more\s+(?:energetic|confident|rested|relaxed|flexible|limber|mobile|supple|focused|at\s+ease))\b)[^.!?\n]{0,40}\?",
        r"(?P<m>\b(?:seeing|noticing|noticed|notice|see|saw|feeling|feel|felt|getting|got)\s+(?:the\s+|some\s+|real\s+|a\s+(?:real\s+|big\s+)?|first\s+|the\s+first\s+)?(?:results?|difference|progress|improvements?|benefits?|gains)\b)[^.!?\n]{0,40}\?",
        // A complaint of skin, hair or body easing off, asked in a question of any length:
        // "Breakouts settling down after the purge?", "Redness finally fading by week three?",
        // "Is the itching easing off now that you use it every night?", "Frizz calmer since you
        // switched dryers?", "Redness less visible by week two?". Only in a question, and only as
        // its subject, so a care tip ("once the redness settles, add the serum back in") or a
        // tip asked as a wish ("Want those breakouts gone for good? Add the BHA") conditions
        // nothing.
        r"(?:(?m:^)|[.!?:;]\s+)(?:(?:is|are|has|have|was|were|your|the|those|these|that|any|and|so|still|now),?\s+){0,3}(?P<m>\b(?:breakouts?|spots|pimples|blemishes|acne|redness|dryness|flakes|flaking|flakiness|itch(?:ing|iness)?|irritation|puffiness|frizz|dandruff|pain|aches?|soreness|stiffness|swelling|snoring)(?:\s*(?:,|and|or|&)\s+(?:the\s+)?(?:breakouts?|spots|pimples|blemishes|acne|redness|dryness|flakes|flaking|flakiness|itch(?:ing|iness)?|irritation|puffiness|frizz|dandruff|pain|aches?|soreness|stiffness|swelling|snoring))*\s+(?:(?:has|have|is|are|been|finally|already|now|slowly|really|starting\s+to|beginning\s+to)\s+){0,3}(?:(?:settl(?:e|es|ed|ing)|eas(?:e|es|ed|ing)|calm(?:s|ed|ing)?|clear(?:s|ed|ing)|fad(?:e|es|ed|ing)|subsid(?:e|es|ed|ing)|disappear(?:s|ed|ing)?|gone|lessen(?:s|ed|ing)?)(?:\s+(?:down|off|up|away))?|calmer|milder|less\s+(?:visible|noticeable|obvious|angry|red|intense|severe|frequent|bad))\b)[^.!?\n]{0,60}\?",
        // A good state kept through a hardship, asked in a question of any length: "Woke up warm
        // and dry after a cold night in the hills?", "Stayed dry through the storm?", "Still
        // comfortable after ten hours on your feet?", "Kept the kids cosy all winter?". The
        // hardship beside it is what the item stood up to, no fault; a "not" before the state
        // turns it into one ("Didn't wake up warm?"). Only in a question, so a care tip ("it
        // stays dry if you air it") conditions nothing.
        r"(?P<m>\b(?:woke(?:\s+up)?|wake\s+up|waking\s+up|stayed|remained|slept|still|kept\s+(?:you|yourself|them|him|her|everyone|the\s+(?:kids|children|family|baby|dog|cat)|your\s+[\w'’-]+))\s+(?:(?:nice|perfectly|completely|totally|fully|properly|really|lovely|beautifully|warm|dry|comfortable|comfy|cosy|cozy|snug|toasty|and|,)\s*){0,3}(?:warm|dry|bone[\s-]dry|comfortable|comfy|cosy|cozy|snug|toasty|well\s+rested|rested|pain[\s-]free|blister[\s-]free)\b)[^.!?\n]{0,60}\?",
        // A symptom easing, as the buyer's verdict: asked ("Noticed fewer headaches since
        // switching?"), or as the condition or the time of an ask in the same sentence ("Once
        // your knees feel the difference (less stiffness on the stairs), tell other buyers …",
        // "if you no longer wake up with a stiff neck, a review …"). The "less" or "no longer"
        // is the improvement's own, no problem. (Said without an ask, "you should notice less
        // bleeding within a week" is care advice.)
        concat!(
            r"(?P<m>\b(?:seeing|noticing|noticed|notice|see|saw|feeling|feel|felt|getting|got|having|had)\s+",
            en_symptom_eased!(),
            r")[^.!?\n]{0,40}\?"
        ),
        concat!(
            r"\b(?:if|once|when|whenever|as\s+soon\s+as|after|now\s+that)\s+[^.!?\n,;:]{0,60}?(?P<m>",
            en_symptom_eased!(),
            r")[^.!?\n]{0,140}?(?:\b(?:reviews?|rate|rating|feedback)\b|links\.\w*(?:review|feedback)|\b(?:tell|let)\s+(?:others|other\s+[\w'’-]+|(?:your\s+)?fellow\s+[\w'’-]+|everyone)\b)"
        ),
        // A result the item helped the buyer reach, asked at the head of a question of any length:
        // "Knocked a minute off your 5 km time in them?", "Shaved ten seconds off your mile?",
        // "Lifted more than last month?", "Ran your fastest 10k yet?", "Set a new personal best
        // on the hill loop?". Only as the question itself, so a tip naming the goal ("To knock a
        // minute off your 5 km, add one interval session a week", "Want to run faster than last
        // month?") conditions nothing.
        r"(?:^|[.!?:]\s+|\n[ \t>*_#-]*)(?:(?:and|so|finally|already|just|you(?:['’]ve)?|have\s+you)\s+){0,2}(?P<m>(?:knocked|shaved|took|taken|cut|trimmed|chopped|clipped|lopped|slashed)\s+(?:[\w'’:.,-]+\s+){0,3}?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|strokes?|shots?|kilos?|kg|pounds?|lbs?|inches|centimet(?:re|er)s|cm|points?)\s+off\s+(?:your|the|their|his|her|my)\b|(?:lifted|ran|rode|swam|cycled|pedal(?:l)?ed|walked|hiked|climbed|jumped|threw|squatted|benched|rowed|paddled|went|managed)\s+(?:[\w'’-]+\s+){0,3}?(?:more|further|farther|faster|longer|higher|heavier|quicker)\s+than\b|(?:ran|rode|swam|cycled|pedal(?:l)?ed|rowed|paddled|climbed|jumped|threw|squatted|benched|pressed|hiked|walked|lifted|set|clocked|had|posted|logged|completed|finished|recorded|hit|beat|broke|smashed|got)\s+(?:your|a|their|another)\s+(?:new\s+)?(?:fastest|longest|quickest|heaviest|furthest|farthest|highest|best|strongest|personal\s+(?:best|record)|PB|PR)\b)[^.!?\n]{0,80}\?",
        r"(?:^|[.!?:]\s+|\n[ \t>*_#-]*)(?:(?:and|so|finally)\s+)?did\s+you\s+(?:(?:finally|already|just)\s+)?(?P<m>(?:knock|shave|take|cut|trim|chop|clip)\s+(?:[\w'’:.,-]+\s+){0,3}?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|strokes?|shots?|kilos?|kg|pounds?|lbs?|inches|centimet(?:re|er)s|cm|points?)\s+off\s+(?:your|the|their|his|her|my)\b|(?:lift|run|ride|swim|cycle|pedal|walk|hike|climb|jump|throw|squat|bench|row|paddle|go|manage)\s+(?:[\w'’-]+\s+){0,3}?(?:more|further|farther|faster|longer|higher|heavier|quicker)\s+than\b|(?:run|ride|swim|cycle|pedal|row|paddle|climb|jump|throw|squat|bench|press|hike|walk|lift|set|clock|have|post|log|complete|finish|record|hit|beat|break|smash|get)\s+(?:your|a|their|another)\s+(?:new\s+)?(?:fastest|longest|quickest|heaviest|furthest|farthest|highest|best|strongest|personal\s+(?:best|record)|PB|PR)\b)[^.!?\n]{0,80}\?",
    ],
    negation: &[
        r"\bnot\b|n't\b|\bnever\b|\bless\b|\bno\s+longer\b|\bhardly\b",
        // A bare answer no to a buyer's question ("A: No."): the question's reward is refused.
        r"(?m:^)[ \t]*[ar][ \t]*[:：.)][ \t]*(?:no|nope)[ \t]*[.!,]",
    ],
    problem: &[
        // A small fault in use: "if the nib feels scratchy", "a nib that catches", "the zip snags".
        r"\bscratchy\b|\b(?:nib|tip|pen|zip|zipper|hinge|lid|drawer|clasp|lock|needle|blade)s?\s+(?:still\s+|ever\s+|keeps?\s+|starts?\s+to\s+)?(?:scratch(?:es|ing)?|catch(?:es|ing)|snag(?:s|ging)?|skip(?:s|ping)?|jam(?:s|ming)?)\b",
        // The item not to the buyer's taste: "not for you?", "wasn't for you after all".
        r"\bnot\s+(?:really\s+|quite\s+)?for\s+you\b|n't\s+(?:really\s+|quite\s+)?for\s+you\b",
        r"\b(?:wrong|brok\w*|break(?:s|ing|ages?|downs?)?|defect\w*|damag\w*|missing|problems?|issues?|fault\w*|not\s+work\w*|doesn't\s+work|stops?\s+working|unhappy|not\s+(?:happy|satisfied|pleased)|dissatisfied|disappointed|complaints?|concerns?|trouble|not\s+(?:right|ok|okay|working|as\s+expected|quite\s+right)|something(?:'s|\s+is)?\s+(?:wrong|off)|return(?:s|ed|ing)?\s+(?:the|it|them|your|label|window|policy|request)|returned)\b",
        // A contraction saying it is not right: "whatever isn't right", "it wasn't working".
        r"n't\s+(?:quite\s+)?(?:right|working)\b",
        r"\b(?:fall(?:s|en)?\s+short|fell\s+short|let\s+you\s+down|disappoint\w*)\b",
        // Fit and comfort problems: "run half a size small", "too tight", "they pinch".
        r"\b(?:runs?|ran|running|comes?\s+up|came\s+up)\s+(?:(?:a|little|bit|touch|half|size|slightly|very|quite|rather)\s+){0,4}(?:small|large|big|tight|narrow|wide|short|long)\b|\btoo\s+(?:small|big|large|tight|loose|narrow|wide|short|long|stiff)\b|\b(?:doesn'?t|don'?t|didn'?t|does\s+not|do\s+not)\s+fit\b|\b(?:pinch|pinches|pinching|hurts|hurting)\b",
        concat!(r"\b(?:", en_wear_fault!(), r")\b"),
        // A machine failing at its first job: "won't start", "mower not starting", "the battery
        // doesn't charge". (Not the imperative "do not start the engine indoors".)
        r"\b(?:won'?t|doesn'?t|didn'?t|does\s+not|did\s+not|will\s+not|refuses?\s+to|fails?\s+to|failed\s+to)\s+(?:start|charge|turn\s+on|switch\s+on|power\s+(?:on|up)|heat\s+up|spin)\b|\bnot\s+(?:starting|charging|turning\s+on|switching\s+on|powering\s+(?:on|up)|heating\s+up|spinning)\b",
        // A part coming away from the item: "if a magnet comes loose", "the strap has worked
        // loose", "a wheel fell off", "the seam fell apart".
        r"\b(?:comes?|came|coming|works?|worked|working|shakes?|shook|shaken|gets?|got)\s+(?:(?:ever|a\s+bit|slightly|completely)\s+)?(?:loose|unstuck|unglued|detached)\b|\b(?:falls?|fell|fallen|falling)\s+(?:off|apart)\b",
        // Everyday faults named by what the part does: "the light flickers", "a loose hinge",
        // "a lid that sticks", "it rattles", "the tank leaks".
        r"\b(?:flicker(?:s|ing)?|rattl(?:e|es|ing)|leak(?:s|ing)|wobbl(?:es|y|ing)|squeak(?:s|y|ing))\b|\bloose\s+(?:clamp|screw|part|connection|wire|cable|handle|leg|button|lid|cap|fitting|joint|hinge|seam|knob)s?\b|\bthat\s+(?:sticks|jams|wobbles|leaks|rattles|squeaks)\b",
    ],
    condition: &[
        // A review placed after someone's approval, said as a noun: "after your parrot's seal of
        // approval", "after the cat's OK", "following your dog's thumbs-up". (A condition only on
        // an ask in its sentence: "after the vet's approval, start with half a portion" asks
        // nothing.)
        r"\b(?:after|following|upon)\s+(?:the|your|its|his|her|their|[\w-]+(?:'s|’s|s'))\s+(?:[\w'’-]+\s+){0,3}?(?:(?:seal|stamp)\s+of\s+approval|approval|ok|okay|o\.k\.|thumbs[\s-]up|blessing|go-ahead|green\s+light|nod)(?:\W|$)",
        // "Unless" on nothing having gone wrong (see the positive of the same words).
        r"\bunless\s+(?:(?:something|anything)(?:'s|\s+has|\s+had|\s+is|\s+was)?\s+(?:gone\s+|went\s+|goes\s+|been\s+)?(?:wrong|amiss|awry)|(?:there(?:'s|\s+is|\s+was|\s+has\s+been)|you(?:'ve|\s+have|'d)?\s+(?:had|hit|run\s+into|ran\s+into|found|got))\s+(?:a|an|any|some)\s+(?:[\w'-]+\s+)?(?:problems?|issues?|faults?|complaints?|trouble)|you(?:'re|\s+are|\s+were)\s+(?:unhappy|disappointed|dissatisfied))\b",
        UNLESS_NAMED_FAULT,
        // The ask limited to the items that pleased the buyer: "for the pianos that passed your
        // sound check and pleased you", "for any set which won you over", "for the ones that you
        // really loved".
        r"\bfor\s+(?:the|those|any|each|every)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+\s+(?:that|which)\s+(?:[\w'-]+,?\s+){0,8}?(?:(?:pleased|delighted|satisfied|impressed|won)\s+you|you\s+(?:(?:really|truly)\s+)?(?:loved|liked|enjoyed))\b",
        // "After" a use whose last step is liking it: "after you've baked a few loaves with it and
        // liked it" (see the positive of the same words).
        r"\bafter\s+you(?:'ve|\s+have)\s+(?:[\w'-]+,?\s+){1,10}?and\s+(?:(?:really|truly|absolutely)\s+)?(?:loved|enjoyed|liked)\b",
        // The review timed to a milestone, and no earlier: "then, not before", "and no sooner",
        // "only then". Only with the review in the same sentence: "put them on after perfume,
        // not before" is a care step.
        r"\b(?:reviews?|reviewing|rate|rating|ratings|feedback|stars?|product\s+page|listing|amazon)\b[^.!?\n;]{0,120}?\b(?P<m>not\s+(?:before|sooner|earlier)|no\s+(?:sooner|earlier)|not\s+until\s+then)\b",
        r"\b(?P<m>not\s+(?:before|sooner|earlier)|no\s+(?:sooner|earlier)|not\s+until\s+then)\b[^.!?\n;]{0,120}?\b(?:reviews?|reviewing|rate|rating|ratings|feedback|stars?|product\s+page|listing|amazon)\b",
        // Confirmation of satisfaction as the gate: "upon confirmation that …", "once you have
        // confirmed your satisfaction".
        r"\bupon\s+(?:your\s+)?(?:confirmation|verification)\b",
        r"\bfor\s+(?:any\s+|every\s+|those\s+|the\s+)?(?:customers?|buyers?|those|people|anyone|everyone)\s+who\b",
        r"\b(?:at|with|for)\s+(?:\d+|four|five|nine|ten)\s+(?:(?:or|and)\s+(?:more|above|higher|up)|\+)|\b(?:\d+|four|five|nine|ten)\s+(?:stars?\s+|points?\s+)?(?:or|and)\s+(?:more|above|higher|up)\b|\b(?:above|below|under|over)\s+(?:\d+|four|five|seven|eight|nine)\b",
        r"\b(?:if|when|whenever|once|should|as\s+long\s+as|as\s+soon\s+as|provided(?:\s+that)?|in\s+case|assuming|only\s+if|so\s+long\s+as|only)\b",
        // Also any group named by being content: "satisfied owners only", "happy parents".
        r"\b(?:happy|satisfied|pleased|delighted)\s+(?:customers?|buyers?|shoppers?|families|parents|owners|users|clients|people|folks|ones)\b",
        r"\b(?:upon|on|in\s+case\s+of)\s+(?:your\s+)?(?:full\s+)?(?:satisfaction|dissatisfaction)\b",
        r"(?m:^)[ \t]*(?:those|anyone|customers|buyers)\s+who\b|\bwhoever\b",
        r"\bwith\s+(?:an?\s+)?[“']?(?:yes|ok)\b|\bwith\s+a\s+[“']?no\b",
        r"\b(?:praise|compliments|kudos|applause|bouquets)\b[^.!?\n]{0,20}?\b(?:on|to|for)\s+amazon\b",
        r"(?:(?m:^)|[.!?;]\s+)(?P<m>(?:anyone|everyone|those|customers|buyers)\s+who)\b",
        // Any group opening the sentence, named by being content: "Owners who are truly happy
        // with their kettle are welcome to review it", "Gardeners who feel pleased, …".
        r"(?:(?m:^)|[.!?;:]\s+)(?P<m>[\w'-]+s\s+who)\s+(?:are|were|feel|felt)\s+(?:[\w'-]+\s+)?(?:happy|satisfied|pleased|delighted|thrilled|content)\b",
        r"\band\s+only\s+then\b",
        // The review timed to a first use said to go without trouble: "after your first
        // trouble-free test drive", "following a quiet week on the bike". ("After a short test
        // drive, check the clamps" names no such use.)
        r"\b(?:after|following)\s+(?:(?:your|the|a|an|its|their|some|a\s+few|a\s+couple\s+of)\s+)?(?:(?:first|next|initial|maiden|few|couple\s+of|\d+|several)\s+)?(?:(?:(?:trouble|problem|hassle|fault|issue|worry|rattle|squeak|squeal|creak|clunk|knock|noise|vibration|judder|leak|drip|wobble|streak|smear|glitch|puncture)[\s-]*free|smooth|quiet|silent)\s*(?:,|and|or)\s+)?(?:(?:trouble|problem|hassle|fault|issue|worry|rattle|squeak|squeal|creak|clunk|knock|noise|vibration|judder|leak|drip|wobble|streak|smear|glitch|puncture)[\s-]*free|smooth|quiet|silent|flawless|faultless|uneventful)\s+(?:(?:first|test|maiden|initial|\d+|hundred|thousand)\s+){0,2}(?:drives?|rides?|runs?|trips?|journeys?|outings?|miles|kilometres|kilometers|km|laps?|commutes?|tours?|spins?|weeks?|months?|days?|seasons?|winters?|summers?|starts?|sessions?|uses?)\b",
        // A review asked for after the seller's fix: "after we sort out the fault", "after the
        // problem is fixed". ("After a week of use" stays a time, not a condition.)
        r"\bafter\s+(?:we(?:'ve|\s+have)?|i(?:'ve|\s+have)?|the\s+(?:[\w'-]+\s+)?(?:problem|issue|fault|defect|glitch|leak|rattle|squeak)s?)\b",
        // "Where" opening a clause on a state of things, as "if": "Where the staff have been
        // pleased with the kettles, …", "Wherever your team found it useful, …". Not a question
        // ("Where do I post it?") nor "where possible"; not after a comma ("…, where others can
        // read it"), which places, not conditions.
        r"(?:(?m:^)[ \t]*|[.!?]\s+)(?P<m>where(?:ver)?)\s+(?:the|your|you|they|it|its|our|their|this|that|these|those|each|every|any|all|staff|colleagues|customers|buyers|guests|users|employees|people)\b",
    ],
    if_so: &[
        // Pointing back at the happy people just described: "you are one of them", "we think you're
        // one of those people".
        r"\byou(?:'re|\s+are)\s+one\s+of\s+(?:them|those(?:\s+[\w'-]+)?|these(?:\s+[\w'-]+)?)\b",
        r"\bif\s+(?:so|yes|that'?s\s+so|that\s+is\s+so|that'?s\s+the\s+case|that\s+is\s+the\s+case|it\s+did|it\s+does|you\s+do|you\s+did|you\s+are)\s*[,.!:;]",
        r"\bin\s+that\s+case\b",
        // The ask put only to the people just described: "to them, and them alone, we address a
        // request", "only of those owners do we ask", "to them and no one else".
        r"\b(?:to|of|from)\s+(?:them|those\s+(?:[\w'’-]+\s+)?[\w'’-]+s)\s*,?\s+(?:and\s+(?:to\s+|of\s+|from\s+)?them\s+)?(?:alone|only)\b|\bonly\s+(?:to|of|from)\s+(?:them|these|those)\b|\b(?:to|of|from)\s+them\s+and\s+(?:to\s+|of\s+|from\s+)?no\s*(?:one|body)\s+else\b",
        // A condition pointing back at the people just described: "If that's you, …".
        r"\bif\s+(?:that|this)(?:'s|\s+is|\s+sounds\s+like|\s+happens\s+to)\s+(?:you|yours|your\s+case)\s*[,.!:;–—-]",
        // … or at the buyer's own one, pointed back at with "that": "If that's your cat, …", "if
        // that sounds like your garden". ("If this is your first order" points at nothing.)
        r"\bif\s+that(?:'s|\s+is|\s+sounds\s+like)\s+your\s+[\w'-]+\s*[,.!:;–—-]",
        // A group pointing back at the outcome just described: "to all those for whom that is so",
        // "for everyone with whom it's been the case", "to those whom that happened to".
        r"\b(?:for|to|with)\s+whom\s+(?:that|this|it)(?:['’]s|\s+is|\s+was|\s+has\s+been)\s+(?:so|true|the\s+case)\b|\bwhom\s+(?:that|this|it)\s+(?:has\s+)?happened\s+to\b|\bto\s+whom\s+(?:that|this|it)\s+(?:has\s+)?happened\b",
    ],
    question: &[],
    contact: &[
        // Talking it over, as the step proposed, with nothing after it: "Before you review: let's
        // talk.", "let's talk it over first" (not "let's talk about strings").
        r"\blet(?:['’]s|\s+us)\s+(?:talk|chat)(?:\s+(?:it\s+(?:over|through)|about\s+it))?(?:\s+first)?\s*(?:[.!,:;–—)]|(?m:$))",
        // The seller's team putting things right: "our team will get you sorted".
        r"\bget\s+(?:you|it|this|that|things)\s+sorted\b",
        // Waiting for the seller's answer, which a message to them starts: "until we've
        // replied", "till we have answered you".
        r"\b(?:until|till|til)\s+we(?:'ve|\s+have)?\s+(?:replied|answered|responded|written\s+back|got\s+back\s+to\s+you)\b",
        // The seller answering in person: "we'll write you back within a day", "I'll write back".
        r"\bwrite\s+(?:you\s+)?back\b",
        // The seller reaching out to the buyer: "you will be contacted by our care team".
        r"\b(?:be|being|get|gets|are|is)\s+(?:personally\s+|directly\s+)?contacted\b",
        // A line or desk of the seller's to call or write to: "ring our workshop line", "phone
        // the service desk", "text our repair hotline".
        r"\b(?:call|ring|phone|dial|text|e-?mail|message)\s+(?:our|the)\s+(?:[\w'-]+\s+){0,2}?(?:line|hotline|helpline|help\s*desk|service\s+desk|support\s+desk|workshop|repair\s+shop|service\s+team|support\s+team|care\s+team|technicians?|engineers?)\b",
        // The seller's own inbox as the place to go: "our inbox comes first".
        r"\b(?:our|my)\s+inbox\b",
        // Writing to the seller as one person: "write to me first", "email me", "text me".
        r"\b(?:e-?mail(?:ing)?|messag(?:e|ing)|writ(?:e|ing)\s+to|text(?:ing)?|ping|call|ring)\s+me\b|\blet\s+me\s+know\b|\btell\s+me\b|\b(?:come|talk|speak)\s+(?:straight\s+|directly\s+)?(?:to|with)\s+me\b",
        r"\b(?:contact(?:ing)?|e-?mail(?:ing)?\s+us|messag(?:e|ing)\s+us|reach(?:ing)?\s+out|reach\s+us|writ(?:e|ing)\s+(?:to\s+)?us|repl(?:y|ying)|let\s+us\s+know|tell(?:ing)?\s+us|get(?:ting)?\s+in\s+touch|talk\s+to\s+us|come\s+to\s+us|let\s+us\s+(?:help|fix|make|sort|resolve|try)|give\s+us\s+(?:a\s+|the\s+)?(?:chance|opportunity)|allow\s+us|hear\s+from\s+you|resolve|fix|make\s+(?:it|things)\s+right|sort\s+(?:it|this|things)\s+out)\b",
        // The seller putting a named thing right with the buyer: "sort the fit out with you",
        // "sort the wobble out together".
        r"\bsort\s+(?:the|your)\s+[\w'-]+\s+out\s+(?:with\s+you|together)\b",
        // "Give us a shot at it first": a chance to fix it, offered instead of the review.
        r"\bgive\s+(?:us|me)\s+a\s+(?:shot|chance|go|try|crack)\b",
        r"\bhear\s+(?:it|this|that|about\s+it)\s+from\s+you\b|\b(?:talk|speak)\s+(?:with|to)\s+us\b",
        r"\b(?:phone|call|ring)(?:\s+or\s+e-?mail)?\s+you\b|\be-?mail\s+or\s+(?:phone|call|ring)\s+you\b|\b(?:contacts|calls|rings|phones)\s+you\b|\bget(?:s)?\s+back\s+to\s+you\b|\bbe\s+in\s+touch\b",
        r"\bgive\s+us\s+a\s+(?:shout|call|ring|buzz)\b|\bgive\s+us\s+(?:\d+|a\s+few|some|a\s+couple\s+of)\s+(?:hours|days)\b",
        r"\bwalk\s+you\s+through\b|\btalk\s+you\s+through\b|\bhear\s+(?:it|about\s+it|this)\b|\bforward\s+(?:[\w'-]+\s+){0,3}?to\s+(?:me|us)\b|\bdrop\s+(?:us|me)\s+a\s+(?:line|note)\b",
        // Faults or criticism said to belong with the seller: "problems like that belong in an
        // email to us", "your criticism belongs here, with our team".
        r"\bbelongs?\s+(?:here|with\s+us|in\s+(?:a|an|your|our)\s+(?:message|e-?mail|note|reply|inbox))\b",
    ],
    before_review: &[
        // The review held until the seller has put the fault right, said with the review first
        // or in the passive: "the review is best written only once we have fixed it", "your
        // rating is better left until we've sorted it out".
        r"\b(?:reviews?|ratings?|feedback)\b\s+(?:[\w'’-]+\s+){0,5}?(?:only|best|better|ideally|preferably)\s+(?:[\w'’-]+\s+){0,2}?(?:once|after|when|as\s+soon\s+as|until|till)\s+(?:we|we've|we’ve|we\s+have|we'll|we’ll|we\s+will|I|I've|I’ve|I\s+have)\s+(?:[\w'’-]+\s+){0,2}?(?:fix|fixed|sort|sorted|solve|solved|resolve|resolved|repair|repaired|replace|replaced|put\s+(?:it|this|that|things)\s+right|put\s+right|dealt\s+with|made\s+(?:it|things)\s+right)\b",
        // Nothing to be put on Amazon for now: "don't write anything on Amazon yet", "do not post
        // a thing on the listing just yet".
        r"\b(?:don'?t|do\s+not|no\s+need\s+to)\s+(?:write|post|put|say|publish)\s+(?:anything|a\s+(?:thing|word)|something)\s+(?:(?:on|to)\s+(?:amazon|the\s+(?:listing|product\s+page))\s+)?(?:just\s+)?yet\b",
        // Going to the review page after contacting the seller: "give us a shout before you head
        // over to the review page".
        r"\bbefore\s+(?:you\s+)?(?:head|go|pop|jump|hop|click|run|rush|make\s+your\s+way)(?:ing)?\s+(?:over\s+|across\s+|off\s+|straight\s+)?(?:to|onto)\s+(?:the|our|its|amazon's)\s+(?:review|rating|feedback)s?\s+(?:page|form|section|link|tab)\b",
        // The review held back until a milestone: "leave a review then, not before", "and no
        // sooner" (only with the review in the same sentence: "put them on after perfume, not
        // before" is a care step); or the seller put in place of the review: "come to me, not the
        // review section".
        r"\b(?:reviews?|reviewing|rate|rating|ratings|feedback|stars?|product\s+page|listing|amazon)\b[^.!?\n;]{0,120}?\b(?P<m>not\s+(?:before|sooner|earlier)|no\s+(?:sooner|earlier)|not\s+until\s+then)\b",
        r"\b(?P<m>not\s+(?:before|sooner|earlier)|no\s+(?:sooner|earlier)|not\s+until\s+then)\b[^.!?\n;]{0,120}?\b(?:reviews?|reviewing|rate|rating|ratings|feedback|stars?|product\s+page|listing|amazon)\b",
        r"[,;–—-]\s*(?:and\s+|but\s+)?not\s+(?:to\s+|in\s+|on\s+|via\s+|for\s+)?(?:the\s+|a\s+|your\s+)?(?:reviews?|review\s+(?:section|page|box|tab)|ratings?|feedback|amazon|product\s+page|comments?(?:\s+section)?)\b",
        // The seller's inbox put ahead of the public page: "our inbox comes before the product page",
        // "write to us ahead of the listing", "rather than the review section".
        r"\b(?:before|ahead\s+of|instead\s+of|rather\s+than|prior\s+to)\s+(?:the\s+|a\s+|any\s+|your\s+)?(?:product|listing|review|amazon|public)\s+(?:page|section|tab|form)\b",
        // Before saying it in public, in writing or on the listing: "before putting anything in
        // writing on Amazon", "before posting about it on the product page".
        r"\bbefore\s+(?:putting|posting|writing|saying|sharing|leaving|venting)\s+(?:[\w'-]+\s+){0,4}?(?:in\s+writing|in\s+public|publicly|on\s+(?:amazon|the\s+(?:listing|product\s+page)))\b",
        // Also with the buyer named: "before you share your view publicly", "before you put
        // anything on Amazon", "before you've vented in public".
        r"\bbefore\s+you(?:'ve|\s+have)?\s+(?:put|post(?:ed)?|write|written|say|said|share[ds]?|leave|left|vent(?:ed)?|air(?:ed)?|go)\s+(?:[\w'-]+\s+){0,4}?(?:in\s+writing|in\s+public|publicly|on\s+(?:amazon|the\s+(?:listing|product\s+page)))\b",
        // Before it shows up in public, said of the post rather than the buyer: "before
        // anything goes up publicly on Amazon", "before it ends up online".
        // Also said of "anything" landing there, with no "up": "before anything goes on Amazon",
        // "before a word of it lands on the listing", "before something goes online". (Not "before
        // the new model goes on Amazon", a launch.)
        r"\bbefore\s+(?:anything|something|a\s+(?:single\s+)?(?:word|thing|line)(?:\s+of\s+it)?|any\s+of\s+(?:it|this|that)|your\s+(?:review|rating|verdict|complaint))\s+(?:goes|go|gets|lands?|appears?|ends\s+up|(?:is|gets)\s+(?:posted|written|published))\s+(?:on(?:to)?\s+(?:amazon|the\s+(?:listing|product\s+page|review\s+page|reviews?))|in\s+(?:the\s+)?(?:reviews?|review\s+section)|online|public)\b",
        r"\bbefore\s+(?:[\w'-]+\s+){0,3}?(?:goes|go|going|gets|get|ends|end|appears?|shows|show)\s+up\s+(?:publicly|in\s+public|online|on\s+(?:amazon|the\s+(?:listing|product\s+page)))\b|\bbefore\s+(?:[\w'-]+\s+){0,3}?(?:goes|go|going|gets|get|is)\s+(?:public|posted\s+publicly|posted\s+online)\b",
        // Leaving the review out altogether: "skip Amazon altogether", "skip the reviews".
        r"\bskip(?:s|ping)?\s+(?:amazon|the\s+(?:reviews?|review\s+(?:section|page|box)|ratings?|product\s+page|listing|stars))\b",
        // The review kept for some outcomes, the rest sent elsewhere: "our review page is for the
        // happy endings; for everything else there's …", "reviews are for the wins, anything
        // else comes to us".
        r"\b(?:reviews?|ratings?|feedback|product\s+page|listing)(?:\s+(?:page|section|box|link|button|form))?\s+(?:is|are|'s)\s+(?:(?:only|just|really|meant|reserved)\s+)*for\b[^.!?\n]{1,80}?\b(?:for\s+)?(?:everything|anything|all|whatever)\s+else\b",
        r"\b(?:don'?t|do\s+not)\s+(?:(?:review|rate)\s+(?:us|it)|write\s+(?:it|us|them)\s+up)\s+(?:just\s+)?yet\b",
        // Writing it up put off along with something else: "don't give up on it (or write it up
        // on Amazon) just yet".
        r"\b(?:don'?t|do\s+not)\s+[^.!?\n]{0,40}?\bwrite\s+(?:it|us|them|the\s+[\w'-]+)\s+up\b[^.!?\n]{0,30}?\byet\b",
        r"\b(?:don'?t|do\s+not|no\s+need\s+to)\s+(?:leave|write|post|give)\s+(?:a|your|any|the)\s+(?:[\w'-]+\s+)?(?:review|rating|feedback)\s+(?:just\s+)?(?:yet|right\s+away|straight\s+away|immediately|now)\b",
        r"\b(?:no\s+need\s+to|don'?t|do\s+not|rather\s+than|instead\s+of|without)\s+(?:go(?:ing)?|post(?:ing)?|tell(?:ing)?\s+(?:it|everyone|the\s+world))\s+(?:in\s+)?public(?:ly)?\b|\bnot\s+(?:in\s+)?public(?:ly)?\b",
        r"\bwithout\s+(?:first\s+)?(?:talking|speaking|contacting|reaching\s+out|getting\s+in\s+touch|writing|checking)\s*(?:to|with)?\s*us\b|\b(?:and|but)\s+not\s+(?:in|on|via|through)\s+(?:a\s+|the\s+|your\s+)?(?:review|amazon|feedback)\b",
        r"\b(?:before|prior\s+to|instead\s+of|rather\s+than)\s+(?:[\w'-]+\s+){0,4}?(?:reviews?|reviewing|feedback|ratings?|rating|rate)\b",
        r"\b(?:avoid|prevent|without|instead\s+of|rather\s+than)\b[^.!?\n]{0,40}?\b(?:negative|bad|poor|low|critical|unfavou?rable|(?:1|one|2|two)[\s-]*star)\s+(?:product\s+|seller\s+)?(?:reviews?|feedback|ratings?|comments?)\b",
        r"\b(?:negative|bad|poor|low|critical|unfavou?rable)\s+(?:reviews?|feedback|ratings?|comments?)\s+(?:[\w'-]+\s+){0,2}?(?:without|before|until)\b",
        // The review said to keep until the part works without trouble, or bare: "your review can
        // wait until the streaks are gone", "the rating can happily wait till nothing rattles".
        // The clause on what it waits for belongs to the hold (see `gating`).
        r"\b(?:reviews?|ratings?|feedback|stars)\s+(?:[\w'’-]+\s+){0,3}?(?:can|could|may|might|will|should)\s+(?:(?:happily|easily|safely|gladly|well|certainly|definitely|absolutely|always|surely|just|still)\s+)?wait\b(?:\s*,?\s+(?:(?:for\s+now|a\s+(?:little|bit|while|few\s+days))\s+)?(?:until|till|til)\b[^.!?\n;:–—]{0,100})?",
        // The buyer asked to wait with the review until the seller has put a fault right: "please
        // wait to review until we have fixed it", "wait a little before leaving your rating, till
        // the new bracket is in". As above, the clause on what it waits for belongs to the hold.
        // Waiting until the buyer has used the item ("wait to review until you have worn them for
        // a week") is advice on timing, not a hold.
        r"\bwait\s+(?:a\s+(?:little|bit|while|few\s+days)\s+)?(?:to|before|with)\s+(?:(?:leav(?:e|ing)|writ(?:e|ing)|post(?:ing)?|giv(?:e|ing)|ad(?:d|ding))\s+(?:a|your|the|any)\s+(?:[\w'’-]+\s+)?)?(?:review(?:ing)?|rat(?:e|ing)|feedback)\b(?:\s+(?:it|them|the\s+[\w'’-]+))?\s*,?\s+(?:until|till|til)\s+(?:(?:we|we've|we’ve|we're|we’re|our|us)\b|the\s+(?:[\w'’-]+\s+)?(?:replacement|new|spare|repair|fix|problem|issue|fault)|(?:it|this|that|everything)\s+(?:is|has\s+been|'s|’s)\s+(?:fixed|sorted|replaced|repaired|resolved|working))[^.!?\n;:–—]{0,100}",
        // Also the review itself held, kept or put off until the seller has had a go: "hold your
        // rating until we've had a look", "keep the feedback till the team has sorted it", "save
        // your stars until the new one has come".
        r"\bhold(?:ing)?\s+(?:off|back|fire)\s+(?:on\s+|with\s+)?(?:[\w'-]+\s+){0,2}?(?:review|reviewing|rating|feedback|posting|public(?:ly)?)\b|\b(?:hold(?:ing)?|keep(?:ing)?|sav(?:e|ing)|delay(?:ing)?|postpon(?:e|ing)|wait(?:ing)?\s+with|put(?:ting)?\s+off)\s+(?:off\s+|back\s+)?(?:on\s+|with\s+)?(?:your|the|any|a|an)\s+(?:[\w'-]+\s+){0,2}?(?:reviews?|ratings?|feedback|stars)\s+(?:[\w'-]+\s+){0,4}?(?:until|till|til)\s+(?:after\s+)?(?:we\b|we'\w+|our\b|us\b|the\s+(?:team|seller|shop|store|issue|problem|fault)\b|(?:the|your)\s+(?:replacement|repair|exchange|new\s+one|refund|spare)\b|it(?:'s|\s+is|\s+has\s+been)\s+(?:fixed|sorted|solved|resolved)\b|you(?:'ve|\s+have)?\s+(?:heard|spoken|talked|written|contacted|reached)\b)",
        r"\b(?:before|until)\s+(?:you\s+)?(?:post|publish|write)\w*\s+(?:anything|online|publicly|on\s+amazon)\b",
        r"\b(?:before|prior\s+to|instead\s+of|rather\s+than)\s+(?:[\w'-]+\s+){0,4}?stars?\b",
        r"\bbefore\s+you\s+(?:post|publish)\b",
        r"\b(?:a|the|your|any)\s+review\s+(?:[\w'-]+\s+){0,4}?(?:helps?\s+nobody|helping\s+nobody|(?:won'?t|can'?t|doesn'?t|will\s+not|cannot|does\s+not)\s+(?:fix|solve|help|sort)|fixes\s+nothing|solves\s+nothing|just\s+sits\s+there)\b",
        r"\b(?:hasty|rushed|premature|snap)\s+(?:review|rating|judg(?:e)?ment)\b",
        r"\bdon'?t\s+go\s+straight\s+to\b|\b(?:rather\s+than|instead\s+of|not)\s+to\s+amazon\b|\bprivately\b",
        r"\b(?:before|prior\s+to)\s+(?:[\w'-]+\s+){0,6}?(?:one|1|two|2)[\s-]star\b",
        // Keeping a complaint out of the review: "please don't take it to the review section",
        // "no need to bring it to Amazon", "rather than airing it in the reviews".
        r"\b(?:don'?t|do\s+not|never|no\s+need\s+to|rather\s+than|instead\s+of|without)\s+(?:[\w'-]+\s+)?(?:tak(?:e|ing)|bring(?:ing)?|put(?:ting)?|air(?:ing)?|vent(?:ing)?|rush(?:ing)?|run(?:ning)?|go(?:ing)?|head(?:ing)?|carry(?:ing)?)\s+(?:(?:it|this|that|them|things|your\s+[\w'-]+|the\s+(?:problem|issue|complaint))\s+)?(?:straight\s+|directly\s+|right\s+|out\s+)?(?:to|into|in|on|onto)\s+(?:the\s+|a\s+|your\s+)?(?:reviews?|review\s+(?:section|page|box)|ratings?|feedback|amazon|comments?(?:\s+section)?|product\s+page|stars?)\b",
        // Problems kept off the public page, with a verb between: "rather than end up on the
        // listing", "instead of sitting in the reviews", "rather than on the product page".
        r"\b(?:rather\s+than|instead\s+of)\s+(?:[\w'-]+\s+){0,3}?(?:on|in|onto|into)\s+(?:the\s+|a\s+|its\s+|our\s+)?(?:product\s+page|listing|reviews?|review\s+(?:section|page)|amazon)\b",
        // The stated purpose of keeping problems out of the reviews: "so no size problem ends up
        // in the reviews", "so that no faulty batch lands on the product page", "so none of the
        // teething trouble makes it into a review".
        r"\bso(?:\s+that)?\s+(?:no|none\s+of\s+(?:the|your|our|those)|nothing)\s+(?:[\w'’-]+\s+){0,3}?(?:ends?\s+up|lands?|goes|gets|finds\s+its\s+way|makes\s+it|appears?|shows\s+up|sneaks?|slips?)\s+(?:in|on|into|onto)\s+(?:the\s+|a\s+|any\s+|your\s+|our\s+|its\s+)?(?:[\w'’-]+\s+)?(?:reviews?|ratings?|feedback|product\s+page|listing)\b",
    ],
    first: &[
        r"\bfirst(?:\s*[,.!;:)]|\s+(?:and|so|before|instead|please|thing|of\s+all)\b|\s*$)|\b(?:us|me|team|support|seller)\s+first\b|\b(?:firstly|beforehand|instead|rather)\b",
        r"\b(?:us|me)\s+before\s+(?:anyone|anybody|everyone|everybody|anything|doing\s+anything)(?:\s+else)?\b",
        // The same with the way to reach the seller between: "drop me a line through the
        // contact link before anything else", "send us a note on our help page before you do
        // anything else". (A sentence that opens on it, "Before anything else, thank you for your
        // order", puts no one first.)
        r"\b(?:us|me|line|note|message|e-?mail|word)\b[^.!?\n]{1,60}?\b(?P<m>before\s+(?:anything|everything|doing\s+anything|you\s+do\s+anything)(?:\s+else)?)\b",
    ],
    reward: &[
        // A sentence that opens on thanks or a return for what came before, and gives the buyer
        // something: "Leave a review here: … In return, we'll send you a sample", "To thank you,
        // we will send you a travel-size cleanser". Only at a sentence's start and with nothing
        // after the thanks but the review, so "to thank you for your order, we include a sample"
        // thanks the order, and a return's refund inside a sentence ("send it back and in return
        // we refund you") is no such opening.
        r"(?:(?m:^)|[.!?:;]\s+)(?P<m>(?:in\s+return|in\s+exchange|to\s+(?:say\s+)?thank\s+you|as\s+(?:a\s+)?thanks|as\s+(?:a|our|my)\s+(?:little\s+|small\s+)?thank[\s-]?you)(?:\s+for\s+(?:it|that|this|doing\s+(?:so|that|this)|your\s+(?:review|rating|feedback|words|honest\s+words)))?\s*,?\s+(?:we|I)(?:['’]ll|['’]d|\s+will|\s+would|\s+can|\s+shall)?\s+(?:(?:also|then|gladly|happily|personally)\s+)?(?:send|give|offer|mail|post|ship|add|include|slip|pop|gift|credit|refund|pay|cover|enrol|enroll|upgrade)\w*)\b",
        // A little writing said to be enough, joined to a gift, right after a review ask: "Leave a
        // review here: … One line is enough, and we'll send you a sample", "A few words will do,
        // and you'll get a refill". The gift is the consequence of the words, so their reward.
        // (After an offer of help, "Reply here. One line is enough, and we'll send the part", the
        // words are a message to the seller.)
        r"(?:\b(?:reviews?|rating|feedback)\b)[^\n]{0,160}?(?:[.!?]+\s+|\s*\n\s*)(?P<m>(?:(?:just|even|only)\s+)?(?:a|one|two|three|a\s+few|a\s+couple\s+of|a\s+single)\s+(?:(?:short|quick|honest)\s+)?(?:lines?|sentences?|words?|comments?|notes?)\s+(?:(?:is|are)\s+(?:enough|plenty|all\s+it\s+takes|all\s+we\s+need)|will\s+do|does\s+it|suffices?)\s*[,;–—-]?\s+and\s+(?:(?:we|I)(?:['’]ll|\s+will)?\s+(?:(?:also|then|gladly)\s+)?(?:send|give|offer|mail|post|ship|add|include|slip|pop|gift|credit|refund)\w*|you(?:['’]ll|\s+will)?\s+(?:get|receive|earn)\w*))\b",
        // A thing given per review, whoever gives it and to whom: "our club sends members a
        // spare pillowcase for every review they post", "the shop mails each member a sample for
        // each rating". A count of things per review is a price paid for reviews.
        r"\b(?:sends?|gives?|mails?|posts?|ships?|gifts?|adds?|includes?|slips?|pops?|offers?|hands?)\s+(?:[\w'-]+\s+){0,3}?(?:a|an|one|two|three|\d+)\s+(?:[\w'-]+\s+){0,2}?for\s+(?:every|each)\s+(?:single\s+|new\s+|published\s+)?(?:reviews?|ratings?)\b",
        // A free thing offered for the review, in a subject line or a body: "a free set of gel
        // pads for your review", "two free refills for every rating".
        r"\b(?:a|an|one|two|three|four|five|\d+)\s+(?:[\w'-]+\s+)?free\s+(?:[\w'-]+\s+){0,4}?for\s+(?:your|a|an|each|every|any)\s+(?:honest\s+|quick\s+|short\s+|new\s+)?(?:reviews?|ratings?|feedback)\b",
        // The review said to be worth a thing, or exchanged for it: "each review is worth a bag
        // of treats", "a photo review earns you a free refill", "your rating can be swapped for
        // a sample" ("your review is worth a lot to us" gives nothing).
        r"\b(?:reviews?|ratings?|feedback)\b[^.!?\n]{0,40}?\b(?:(?:is|are|'s|will\s+be)\s+worth|earns?(?:\s+you)?|equals|counts?\s+as|buys?(?:\s+you)?|gets?\s+you|(?:can|could|may|will)\s+be\s+(?:exchanged|swapped|traded|redeemed|cashed\s+in|turned\s+in)\s+for|(?:is|are)\s+redeemable\s+for|(?:is|are)\s+good\s+for)\s+(?:(?:a|an|one|two|three|\d+|another|your|their)\s+(?:(?:free|extra|bonus|complimentary|whole|full|little|small|big|large|fresh|new)\s+)*(?:bags?|packs?|packets?|box(?:es)?|tins?|jars?|bottles?|cans?|pouch(?:es)?|sacks?|bundles?|sets?|pairs?|rolls?|tubes?|bars?|scoops?|handfuls?|cups?|bunch(?:es)?|rounds?|supply|supplies|stash|crates?|cartons?|trays?|servings?|portions?|refills?|samples?|treats?|snacks?|chews?|toys?|coffees?|drinks?)\b|(?:a|an|one|another)\s+(?:free|extra|bonus|complimentary)\b|[$€£¥]\s*\d)",
        // The review said to count as or for a gift to a good cause: "every review counts for a
        // one-euro donation to a shelter", "each rating counts towards a meal for the food bank",
        // "your review is worth a one-dollar donation" ("every review counts", "your opinion
        // counts for a lot" give nothing).
        r"\b(?:reviews?|ratings?|feedback)\b[^.!?\n]{0,40}?\b(?:counts?\s+(?:as|for|towards?)|(?:is|are|'s)\s+worth|equals|becomes|turns\s+into)\s+(?:(?:a|an|one|two|three|\d+|another)\s+)?(?:[\w'-]+\s+){0,2}?(?:donations?|trees?|saplings?|meals?|(?:euros?|dollars?|pounds?)\s+(?:for|to)\b)",
        // A thing named per review with no verb of giving: "for every review, a bag of treats
        // for your dog", "per rating: two free refills", "with each review one tree" ("for every
        // review we read, we learn something" names no thing).
        r"\b(?:(?:for|with)\s+(?:every|each)|per)\s+(?:single\s+|new\s+|honest\s+)?(?:reviews?|ratings?)\s*[,:;–—-]?\s*(?:(?:a|an|one|two|three|\d+|another)\s+(?:(?:free|extra|bonus|complimentary|whole|full|little|small|big|large|fresh|new|[\w'-]+-(?:euro|dollar|pound))\s+)*(?:bags?|packs?|packets?|box(?:es)?|tins?|jars?|bottles?|cans?|pouch(?:es)?|sachets?|sets?|bars?|refills?|samples?|treats?|snacks?|chews?|toys?|gifts?|trees?|saplings?|meals?|donations?|euros?|dollars?|pounds?)\b|(?:a|an|one|another)\s+(?:free|extra|bonus|complimentary)\b|[$€£¥]\s*\d)",
        // The review worth a step of the seller's own plan or course: "your review counts as a
        // streak freeze", "each rating is worth a bonus lesson", "a review unlocks level 2".
        r"\b(?:reviews?|ratings?|feedback)\b[^.!?\n]{0,40}?\b(?:counts?\s+as|(?:is|are)\s+worth|equals|earns\s+you|unlocks?|gets\s+you)\s+(?:(?:a|an|one|the|your)\s+)?(?:[\w'-]+\s+){0,2}?(?:streak\s+(?:freezes?|savers?|shields?)|rest\s+days?|joker(?:\s+days?)?|levels?|certificates?|badges?|lessons?|videos?|coaching\s+(?:calls?|sessions?)|stages?|modules?)\b",
        // A percentage code: "every issue carries a 20% code", "a 15 % discount code".
        r"\b\d+\s*%\s+(?:(?:off|discount|promo|coupon|voucher|savings?)\s+)?codes?\b",
        // Money in a gift envelope, or goods at the seller's cost: "a red envelope with a little
        // luck money", "the first bags at cost price".
        r"\b(?:luck|lucky|pocket)\s+money\b|\bred\s+envelopes?\b|\bhong\s*bao\b|\bat\s+cost(?:\s+price)?\b",
        // A cut on a later order without money words: "half the usual price", "half the normal
        // price".
        r"\bhalf\s+(?:of\s+)?(?:the|our)\s+(?:usual|normal|regular|standard|list|full)\s+price\b",
        // A good deed promised per review: "for every review we plant a tree", "each rating
        // funds a meal".
        // Also a clean-up: "for each review, our team clears a kilo of plastic off the beach".
        r"\b(?:for|per|with)\s+(?:every|each)\s+(?:[\w'-]+\s+)?(?:reviews?|ratings?)\b[^.!?\n]{0,120}?\b(?:donat\w+|plant\w*|fund\w*|sponsor\w*|gives?|sends?|clears?|cleans?\s+up|removes?|collects?|picks?\s+up|pulls?\s+out)\b",
        // The review itself doing a good deed: "your review plants a tree", "every review you
        // leave on Amazon means our team clears a kilo of plastic from the beach".
        r"\b(?:your|each|every|one|a)\s+(?:[\w'-]+\s+)?(?:review|rating)\s+(?:(?:you\s+(?:leave|write|post|share|give)|left|written|posted|on\s+amazon|here|also|now|today)\s+){0,3}?(?:plants|funds|donates|sponsors|feeds|clears|removes|collects|(?:means|will\s+mean)\s+(?:[\w'-]+\s+){0,3}?(?:plant|fund|donate|sponsor|feed|clear|remove|collect)s?)\s+(?:[\w'-]+\s+){0,4}?(?:trees?|saplings?|seedlings?|mangroves?|meals?|plastic|litter|rubbish|trash|waste|garbage)\b",
        // A good deed named as what the review brings: "one more tree for your review", "a
        // meal for every rating".
        r"\b(?:trees?|saplings?|seedlings?|mangroves?|meals?|donations?|(?:kilos?|kg|pounds?|lbs?|bags?)\s+of\s+(?:plastic|litter|rubbish|trash|waste))\s+(?:[\w'-]+\s+){0,3}?(?:for|per)\s+(?:your|each|every|a|one|the)\s+(?:[\w'-]+\s+)?(?:reviews?|ratings?)\b",
        // A token earned per review, a badge, a stamp, a sticker, a point on a card: "every
        // review you write earns a trail stamp", "collect a badge for every review", "one
        // sticker per rating". Status in the seller's club is given for the review even when
        // nothing is swapped for it yet.
        r"\b(?:reviews?|ratings?)\b[^.!?\n]{0,40}?\b(?:earns?|wins?|scores?|brings?\s+you|gets?\s+you|(?:is|are)\s+worth|counts?\s+as|unlocks?)\s+(?:you\s+)?(?:a|an|one|another|\d+|two|three|five|ten)\s+(?:[\w'-]+\s+){0,2}?(?:badges?|stamps?|stickers?|tokens?|coins?|marks?|punch(?:es)?|chips?)\b",
        r"\b(?:badges?|stamps?|stickers?|tokens?|coins?|punch(?:es)?|chips?|(?:trail|club|loyalty|bonus|reward)\s+(?:marks?|points?))\s+(?:(?:for|with)\s+(?:every|each|any)|per)\s+(?:[\w'-]+\s+){0,2}?(?:reviews?|ratings?)\b",
        // Tokens counted and swapped for goods, in the sentence of the review or the next: "ten
        // badges unlock a spare-parts kit", "ten stamps can be swapped for a headlamp", "swap
        // five stickers for a dry bag", "collect ten stamps to claim a mug".
        r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty|a\s+hundred|enough|your|collected|earned)\s+(?:[\w'-]+\s+)?(?:badges|stamps|stickers|tokens|coins|marks|punches|chips|points)\s+(?:(?:can|could|will|may|then)\s+(?:then\s+)?)?(?:(?:be\s+)?(?:swapped|exchanged|traded(?:\s+in)?|redeemed|cashed\s+in|turned\s+in)\s+(?:for|against)|(?:are\s+)?redeemable\s+(?:for|against)|unlocks?|entitles?\s+you\s+to|adds?\s+up\s+to\s+(?:a|an|one)|counts?\s+(?:towards?|for)\s+(?:a|an|one|your\s+next))\b",
        r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty|a\s+hundred|enough|your|collected|earned)\s+(?:[\w'-]+\s+)?(?:badges|stamps|stickers|tokens|coins|punches|chips)\s+(?:(?:can|could|will|may)\s+)?(?:gets?|earns?|wins?|buys?|brings?)\s+you\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty|a\s+hundred)\s+(?:[\w'-]+\s+)?(?:badges|stamps|stickers|tokens|coins|punches|chips)\s+(?:are|is)\s+worth\s+(?:a|an|one)\b",
        r"\b(?:swap|exchange|trade(?:\s+in)?|redeem|cash\s+in|turn\s+in)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|your|those|the)\s+(?:[\w'-]+\s+)?(?:badges|stamps|stickers|tokens|coins|marks|punches|chips|points)\s+(?:in\s+)?(?:for|against)\b|\b(?:collect|gather|earn|save\s+up|fill\s+(?:up\s+)?(?:a\s+card\s+with))\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s+(?:[\w'-]+\s+)?(?:badges|stamps|stickers|tokens|coins|marks|punches|chips|points)\s+(?:and|to)\s+(?:get|claim|unlock|receive|win|pick\s+up|choose|swap|trade)\b",
        // Points in a shop's own currency per review: "each review earns 250 Pawprints", "every
        // photo review earns 500 on top".
        r"\b(?:earns?|earning|adds?|scores?|worth)\s+(?:you\s+)?\d+\s+(?:(?:extra|bonus|more)\s+)?(?:points?|credits?|stamps?|coins?|tokens?|on\s+top|more|extra|(?-i:[A-Z])[\w'-]+)",
        r"\b(?:return|give\s+back|refund|pay\s+back|send\s+back)\s+(?:you\s+)?\d+\s*%|\b\d+\s*%\s+of\s+(?:the|your)\s+(?:price|order|purchase)\b|\bhalf[\s-]price\b|\bat\s+half\s+(?:the\s+)?price\b",
        r"\b(?:vip|tester|testers|insider|reviewer)\s+(?:club|program(?:me)?|group|list|team)\b|\bproducts?\s+to\s+keep\b",
        // Getting new products ahead of everyone: "new colours weeks before they go on sale",
        // "a few days ahead of the launch".
        r"\b(?:days?|weeks?|months?)\s+(?:before|ahead\s+of)\s+(?:(?:they|it)\s+(?:go(?:es)?|went)\s+(?:live|on\s+sale|public)|(?:they|it)\s+(?:are|is)\s+(?:released|launched)|(?:they|it)\s+hits?\s+(?:amazon|the\s+shops?|the\s+stores?)|(?:the|its|their)\s+(?:public\s+)?(?:launch|release))\b",
        // A status for the reviewer: "we register you as VIP customer", "VIP members".
        r"\bvip\s+(?:customers?|members?|status|service|tier|level)\b|\b(?:register|make|upgrade|mark)\s+you\s+(?:as|to|a)\s+(?:an?\s+)?vip\b",
        // A members' price or an extended cover: "at the members' price", "the extended cover".
        r"\bmembers?'?\s+(?:price|pricing|rate|discount)s?\b|\b(?:extended|longer|lengthened|stretched)\s+(?:[\w-]+\s+){0,2}?(?:warranty|cover|coverage|guarantee|protection)\b",
        // A draw told as slips or names in a hat or a jar, one pulled out: "every review
        // becomes a slip in the hat", "she pulls one out".
        r"\b(?:slips?|tickets?|names?|entr(?:y|ies)|papers?|notes?|cards?)\s+(?:[\w'-]+\s+){0,2}?(?:in|into|inside)\s+(?:the|a|an|our)\s+(?:[\w'-]+\s+){0,2}?(?:hat|jar|bowl|drum|tombola|bucket|tin)\b|\b(?:pulls?|pulled|pulling|draws?|drew|drawing|picks?|picked|fishes|fished)\s+(?:one|a\s+(?:slip|name|ticket|card))\s+out\b",
        // Also the American "drawing": "a monthly drawing", "a ticket for our drawing".
        // A draw the seller holds or runs, or one among a group: "every month we hold a draw
        // among customers who …", "we run a little draw each season", "a draw for everyone
        // who …". (Only where the draw ends there or a word of whom or when follows: "hold a
        // draw cord" is a toggle.)
        r"\b(?:hold|holds|held|holding|run|runs|ran|running|host|hosts|hosted|hosting|organi[sz]e[sd]?)\s+(?:a|an|our|the|one|two|\d+)\s+(?:[\w'-]+\s+){0,2}?(?:draw|drawing|raffle|lottery|sweepstakes?|tombola)s?(?:\s*(?:[.,;:!?)–—-]|(?m:$))|\s+(?:among|amongst|between|for|every|each|on|at|this|next|once|in|where|with|open\s+to)\b)|\b(?:draw|drawing|raffle|lottery|tombola)s?\s+(?:among|amongst|between|open\s+to|for)\s+(?:all\s+)?(?:(?:the|our|those|of)\s+)?(?:customers?|buyers?|clients?|reviewers?|everyone|everybody|people|those|shoppers?|members?|all)\b",
        r"\b(?:lucky|prize|monthly|weekly|big)\s+draw(?:ing)?s?\b|\btickets?\s+(?:in|for|into|to)\s+(?:our|a|the)\s+(?:[\w'-]+\s+)?(?:draw|drawing|raffle|lottery|giveaway)\b",
        // More months or years of cover, also typed in a hurry: "two extra years", "3 years of
        // cover instead of 2", "2 yrs guarantee insted of 1".
        r"\b(?:\d+|one|two|three|six|twelve)\s+(?:extra|more|additional|bonus)\s+(?:months?|years?)\b|\b\d+\s+inst?ea?d\s+of\s+\d+\s+(?:months?|years?|yrs?|mos?)\b|\b(?:\d+|two|three|four|five|six|ten|twelve)\s+(?:months?|years?|yrs?|mos?)\s+(?:(?:of\s+)?[\w'-]+\s+)?inst?ea?d\s+of\s+(?:\d+|one|two|three|six|twelve)\b|\b(?:add|adds|adding)\s+(?:[\w'-]+\s+){0,2}?(?:months?|years?)\s+to\s+(?:your|the)\s+(?:warranty|guarantee|cover|coverage|protection)\b",
        r"\b(?:a|an)\s+surprise\b|\b(?:set|put|kept|saved)\s+(?:aside|back)\s+(?:a|an|one|some)\b",
        r"\b(?:loyalty|reward|bonus)\s+points\b|\b(?:rewards|club|member|membership|vip|shop|store)[ \t-]+points\b|\b\d+\s+(?:extra\s+|bonus\s+|more\s+|(?-i:[A-Z])[\w'-]+\s+){0,3}points\b|\bwarranty\s+(?:is\s+|will\s+be\s+|gets\s+)?(?:extended|doubled)\b|\b(?:double|twice)\s+the\s+warranty\b|\bwe(?:'ll|\s+will)?\s+gift\s+you\b",
        r"\bproduct\s+testers?\b|\b(?:become|join)\s+(?:[\w'-]+\s+){0,2}?testers?\b|\bclub\s+vip\b",
        r"(?:(?m:^)|[\s(:])(?P<m>-\s*\d+\s*%)",
        r"\b(?:code|coupon|codice|código|gutschein(?:code)?)\s*:?\s*(?-i:[A-Z]{3,}[0-9]{1,3})\b|\b(?:code|coupon)\s+(?:[\w'-]+\s+){0,2}?\d+\s*%|\d+\s*%\s+(?:[\w'-]+\s+){0,4}?(?:next|future)\s+(?:order|purchase|time)\b",
        r"\bgift[\s-]*(?:cards?|certificates?|vouchers?|codes?)\b",
        r"\b(?:vouchers?|coupons?|promo(?:tion(?:al)?)?\s+codes?|discount(?:s|ed)?|rebates?|cash[\s-]*back|store\s+credit|bonus(?:es)?|rewards?|freebies?|perks?)\b",
        r"\b\d+\s*%\s*off\b|[$€£¥]\s*\d+(?:[.,]\d+)?\s+off\b|\b\d+(?:[.,]\d+)?\s*(?:dollars?|euros?|usd|eur)\s+off\b",
        r"\bfree\s+(?:gifts?|samples?|bonus(?:es)?|products?|items?|units?|accessor(?:y|ies)|stuff|goods|upgrades?|shipping\s+on)\b",
        r"\b(?:(?:a|an)\s+)?(?:small|little|special|surprise|extra)\s+(?:gift|present|thank[\s-]you|surprise|something|token|treat)\b|\bsurprise\s+(?:gift|present|bonus)\b|\blittle\s+(?:[\w'-]+\s+){0,2}?something\b|\btokens?\s+of\s+(?:our\s+)?(?:appreciation|gratitude|thanks)\b|\bthank[\s-]you\s+(?:gifts?|presents?)\b",
        r"\b(?:paypal|venmo|cash\s*app|zelle)\b|\bscreen[\s-]?shots?\b|\bin\s+(?:exchange|return)\s+for\b|\bcompensat\w+|\bpay\s+you\b",
        r"\b(?:send|give|offer|treat)\s+you\s+(?:something|a\s+(?:gift|present|treat))\b|\b(?:send|give|ship|mail|post)\s+you\s+(?:an?\s+)?(?:extra|additional|spare|bonus|second)\b",
        // A warranty extended, also the item's own named: "extend the warranty", "we'll extend your
        // blender's warranty".
        r"\b(?:early|exclusive|vip)\s+access\b|\bprize\s+draws?\b|\b(?:raffle|sweepstakes?|giveaway|lottery)\b|\bentered\s+(?:into|in)\s+(?:a|our|the)\b|\bchance\s+to\s+win\b|\bextend(?:ed)?\s+(?:your\s+|the\s+)?(?:[\w-]+(?:'s|’s|s')\s+)?warranty\b|\bwarranty\s+extension\b|\b(?:extra|additional|lifetime)\s+(?:year\s+of\s+)?warranty\b",
        // A shipping upgrade on a later order: "your next order ships next-day", "express
        // delivery on your next order".
        r"\bnext\s+(?:order|purchase|parcel|delivery)\s+(?:[\w'-]+\s+){0,3}?(?:ships|goes\s+out|is\s+sent|will\s+ship|gets?\s+sent|arrives)\s+(?:[\w'-]+\s+){0,2}?(?:next[\s-]day|express|priority|first[\s-]class|free|faster|same[\s-]day)\b|\b(?:free|express|next[\s-]day|priority|upgraded|same[\s-]day)\s+(?:shipping|delivery|postage)\s+(?:on|for)\s+(?:your\s+)?next\b",
        r"\bships?\s+(?:for\s+)?free\b|\bfree\s+(?:shipping|delivery)\b|\b\d+\s*%\s*(?:back|cash\s*back)\b|[$€£]\s*\d+(?:[.,]\d+)?\s+back\b",
        r"\b(?:to\s+)?wins?\s+(?:a|an|one|free|prizes?)\b|\bwinners?\b|\bbe\s+entered\b|\b(?:monthly|weekly|prize)\s+draw\b",
        r"[$€£¥]\s*\d+(?:[.,]\d+)?\s+worth\s+of\b|\bworth\s+[$€£¥]\s*\d+",
        r"\bwe(?:'ll|\s+will)?\s+(?:draw|pick|choose)\s+(?:a\s+|one\s+|\d+\s+|three\s+)?(?:lucky\s+)?(?:winners?|names?|reviewers?)\b",
        r"\b(?:2|two)\s*(?:x|for)\s*(?:1|one)\b|\btwo[\s-]for[\s-]one\b|\bbogo\b|\bbuy\s+one,?\s+get\s+one\b",
        r"\b(?:puts?|enters?)\s+you\s+(?:in|into)\s+(?:the|our|a)\s+(?:hat|draw|raffle|running)\b|\bstamps?\s+on\s+(?:your|the)\s+(?:loyalty\s+)?card\b|\bloyalty\s+card\b",
        // A count put on the buyer's card or account, the points left unnamed: "adds another 300
        // to your card", "credits 50 to your club account".
        r"\b(?:adds?|added|credits?|credited|puts?|loads?|loaded)\s+(?:another\s+|an\s+extra\s+|a\s+further\s+|a\s+bonus\s+)?\d[\d,.]*\s+(?:(?:bonus|extra|club|loyalty|reward)\s+)?(?:(?:points?|stamps?|stars?|credits?)\s+)?(?:to|on|onto)\s+(?:your|the)\s+(?:[\w'-]+\s+)?(?:card|account|balance|total|tally|wallet)\b",
        r"\bwe(?:'ll|\s+will)?\s+(?:pick|choose|draw)\s+(?:\w+\s+)?(?:customers|buyers|people)\b",
        r"\blucky\s+(?:person|one|winner|customer|reviewer)\b|\b(?:pop|put|drop)\s+(?:them|it|the\s+names?)\s+in\s+(?:an?\s+)?(?:old\s+)?hat\b|\bpull\s+(?:one|a\s+name)\s+out\b",
        // A draw told as a name pulled from a hat: "we pull one name out of the hat", "everyone
        // who reviews is in the hat", "goes into our spring hat".
        r"\bpull(?:s|ing)?\s+(?:one|a|two|three|\d+)\s+(?:lucky\s+)?(?:names?|winners?)\s+(?:out|from)\b|\b(?:is|are|goes|go|be|get|gets)\s+(?:put\s+)?in(?:to)?\s+(?:the\s+(?:hat|draw|pot)|(?:the|our|a)\s+(?:[\w'-]+\s+)?(?:hat|draw|drawing|raffle|tombola))\b",
        // Money off a later order: "we'll credit 5% of this order against your next purchase".
        r"\bcredit\s+(?:you\s+)?\d+\s*%|\b(?:against|toward|towards|off)\s+(?:your|the)\s+next\s+(?:\w+\s+)?(?:order|purchase|restock|delivery)\b",
    ],
    value: &[
        // An extra in the next parcel (see the const).
        NEXT_PARCEL_EXTRA,
        // A session, a consultation or a check-up given away: "a free video consultation", "a
        // complimentary posture session with our physio".
        r"\b(?:free|complimentary)\s+(?:[\w'-]+\s+){0,2}?(?:consultations?|sessions?|check-?ups?|assessments?|appointments?|coaching)\b",
        // Money put back on a business account: "we'll raise a credit memo for your finance
        // team", "an account credit", "2% of the net invoice", "five per cent of the order
        // value". (A credit note for a billing error is help; tied to a review it is a payment.)
        r"\bcredit\s+(?:notes?|memos?)\b|\b(?:account|invoice)\s+credits?\b|\b(?:\d+(?:[.,]\d+)?\s*(?:%|per\s*cent)|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty)\s+per\s*cent)\s+(?:of|off)\s+(?:the|your|this)\s+(?:net\s+|gross\s+|total\s+)?(?:invoice|order|purchase|po)(?:\s+(?:value|total|amount|price))?\b",
        // At the seller's cost, in any idiom: "ships on our dime", "on the house", "at our
        // expense".
        // Also "at zero cost", "for zero charge".
        r"\bno\s+(?:charge|cost)\b|\b(?:at|for)\s+zero\s+(?:cost|charge)\b|\b(?:on|at)\s+(?:our|my)\s+(?:dime|tab|expense)\b|\bon\s+the\s+house\b",
        // Something sent "on us": "we'll post you a spare strap, on us", "ship you a refill on
        // us", "pop a teether in the post for the baby, on us". (Not "that mistake is on us",
        // which sends nothing.)
        r"\b(?:send|ship|mail|post|pop|slip|tuck|pack|include|throw\s+in)\s+[^.!?\n]{1,80}?\s+on\s+us\b",
        // The buyer's next one paid for by the seller: "the next one is on us", "your next
        // refill's free", "the next bag will be on the house".
        r"\b(?:the|your)\s+next\s+(?:[\w'’-]+\s+)?(?:is|['’]s|are|will\s+be|comes?|ships?)\s+(?:(?:then|also|completely|totally|entirely|all)\s+)?(?:on\s+us|on\s+the\s+house|free|for\s+free)\b",
        r"\b(?:receive|receives|get|gets|claim|claims)\s+(?:[\w'-]+\s+){0,4}?free\b|\b(?:keep|keeps)\s+(?:it|them)\s+for\s+free\b",
        r"[$€£]\s*\d+|\b\d+(?:[.,]\d+)?\s*(?:dollars?|euros?|pounds?|usd|eur|gbp)\b|\b\d+(?:[.,]\d+)?\s*[$€£]|\bbank\s+transfer\b|\bwire\s+you\b",
        r"\b(?:refund\w*|reimburs\w*|money[\s-]+back|pay\s+(?:you\s+)?back|cash|gifts?|for\s+free|free\s+of\s+charge|at\s+no\s+(?:cost|charge)|complimentary|replacements?|replace\s+(?:it|your)|free\s+(?:replacement|product|item|unit|one)s?)\b",
        r"\b(?:send|give|ship|win|get|receive)\s+you\s+(?:a|an|one)\s+free\b|\b(?:win|get|receive)\s+(?:a|an|one)\s+free\b|\b(?:full|purchase)\s+price\b|\bwhat\s+you\s+paid\b",
        // The order paid for by the seller: "the total cost of the order is on us", "we pay for
        // the whole purchase".
        r"\b(?:full|whole|entire|total)\s+(?:cost|amount)\s+of\s+(?:your|the)\s+(?:order|purchase)\b|\b(?:cover|pay\s+for|refund)\s+(?:the\s+)?(?:whole|entire|full)\s+(?:order|purchase)\b",
        r"\b(?:one|two|three|five|ten|twenty|fifty)\s+(?:dollars?|euros?|pounds?|bucks|quid)\b|\bback\s+(?:to|on|onto)\s+(?:the|your)\s+card\b|\b(?:fiver|tenner)s?\b|\bat\s+no\s+(?:extra|additional)\s+(?:cost|charge)\b",
    ],
    link: &[
        // An extra in the next parcel (see the const).
        NEXT_PARCEL_EXTRA,
        // The seller's own step in a how-to list after the buyer's ("- We send the book to
        // you", "4) We send you …"): it follows from the step before.
        r"(?m:^)[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+we(?:'ll|\s+will)?\s+(?:send|give|mail|e-?mail|ship|post|register|add|upgrade|extend|refund)\b",
        r"\b(?:then|afterwards?|after\s+that|in\s+return|in\s+exchange|as\s+(?:a\s+)?thanks?|as\s+(?:a|our|my|a\s+(?:little|small)|our\s+(?:little|small))\s+thank[\s-]?you|to\s+thank\s+you|once|after\s+you|as\s+soon\s+as|for\s+(?:your|a|leaving|writing|posting|every|each)|every\s+(?:buyer|customer)\s+who|whoever|everyone\s+who)\b",
        // Pointing back at what came before as the reason: "That's exactly what the longer cover
        // is for", "which is why …".
        // The steps that follow lead to the thing: "here's how to get one free:", "how to claim
        // your spare".
        r"\bhow\s+to\s+(?:get|claim|earn|receive|grab|unlock|qualify\s+for)\b",
        r"\bto\s+say\s+thank(?:s|\s+you)\b|\b(?:that(?:'s|\s+is)|which\s+is)\s+(?:exactly\s+|just\s+|precisely\s+)?(?:what\s+[^.!?\n]{1,60}?\s+(?:is|are|was|were)\s+for|why)\b",
        r"\bto\s+qualify\b|\b(?:only|sole|one)\s+(?:requirement|condition)\b|\ball\s+(?:you\s+need\s+to\s+do|it\s+takes|we\s+ask)\b",
        r"\b(?:anyone|those|all\s+(?:customers|buyers))\s+who\b",
    ],
    posted: &[
        // The review asked about as done, in a bare question: "Rated us?", "Left a review
        // already?", "Reviewed it yet?", the thing named in a few words too: "Reviewed the LED
        // mask already?", "Rated your new kettle yet?".
        r"(?:(?m:^)[ \t]*|[.!?]\s+)(?P<m>(?:reviewed|rated)\s+(?:us|it|them|(?:the|your|our)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)(?:\s+(?:already|yet))?\s*\?|(?:left|posted|written)\s+(?:us\s+)?(?:a|your)\s+(?:[\w'-]+\s+)?review(?:\s+(?:already|yet))?\s*\?)",
        r"\b(?:have\s+you|you(?:'ve|\s+have))\s+(?:already\s+)?(?:left|posted|written|published)\s+(?:a|your)\s+(?:[\w'-]+\s+)?review\b[^.!?\n]*\?",
        r"\b(?:after|once|when|as\s+soon\s+as)\s+(?:it|yours|your\s+(?:\w+\s+)?(?:review|feedback|rating)(?:\s+(?:of|for|on)\s+[^.!?\n]{0,60}?)?|the\s+(?:review|feedback|rating))\s+(?:is|'s|has\s+been|goes|went|gets)\s+(?:posted|published|online|live|up|visible)\b",
        r"\bafter\s+(?:posting|publishing|reviewing|you(?:'ve|\s+have)\s+(?:posted|reviewed|published))\b",
        // The buyer's own act done, as the moment: "once you have posted your review", "when
        // you've written your review", "as soon as you have left a review".
        r"\b(?:once|when|as\s+soon\s+as)\s+you(?:['’]ve|\s+have)\s+(?:posted|written|left|published|submitted|shared)\s+(?:a|your)\s+(?:[\w'’-]+\s+)?(?:review|rating)\b",
        r"\b(?:review|feedback|rating)\s+(?:is\s+|has\s+been\s+)?(?:posted|published|live|online|written|done|up)\s*\?",
        r"\b(?:once|when|as\s+soon\s+as|after)\s+(?:we|you)(?:'ve|\s+have)?\s+(?:see|seen|spot(?:ted)?|find|found|notice[d]?|check(?:ed)?|confirm(?:ed)?|verif(?:y|ied))\s+(?:your|the)\s+(?:\w+\s+)?(?:review|feedback|rating)\b",
    ],
    otherwise: &[
        r"\b(?:everyone|everybody|all|anyone)\s+else\s*(?:,|[–—:]|-\s)",
        r"\b(?:otherwise|if\s+not|if\s+it\s+(?:did|does)n'?t|if\s+you\s+(?:are|were)\s+not)\b",
        r"(?m:^)[ \t]*no\s*[-–—:,]",
        // What is left after the faults sent to the seller: "For everything else, here's the
        // review page", "For anything else: …".
        r"(?m:^)[ \t]*for\s+(?:everything|anything|all)\s+else\b",
    ],
    benign: &[
        // Reading the reviews others wrote, right after "customers who": "customers who read
        // the reviews first", "buyers who browse the ratings". It names people by what they
        // read, not by being pleased.
        r"\b(?:read|reads|browse|browses|check|checks|scan|scans|compare|compares|look\s+at|looks\s+at|looked\s+at)\s+(?:through\s+)?(?:the\s+|our\s+|other\s+|all\s+the\s+|existing\s+)?(?:[\w'-]+\s+)?(?:reviews|ratings)\b",
        // A time of use, and no earlier, times the ask for every buyer (see the const).
        AFTER_A_TIME_OF_USE,
        // New shoes or gloves worn in, a time of use like any other: "once the break-in period
        // is over", "when they're properly broken in".
        r"\b(?:once|when|after|as\s+soon\s+as)\s+(?:the|their|its|your)\s+break(?:ing)?[\s-]in(?:\s+(?:period|phase|time|stage))?\s+(?:is|['’]s|has\s+been|was)\s+(?:over|done|finished|complete|behind\s+you)\b|\b(?:once|when|after|as\s+soon\s+as)\s+(?:they|it)(?:['’]re|['’]s|\s+are|\s+is|\s+have\s+been|\s+has\s+been)\s+(?:properly\s+|fully\s+)?broken\s+in\b",
        // A group named as content together with everyone else, a greeting to all that holds
        // no condition: "To satisfied customers and everyone else: thank you!".
        r"\bto\s+[^.!?\n]{0,40}?\b(?:satisfied|happy|delighted|pleased|content)\b[^.!?\n]{0,30}?\b(?:and|as\s+well\s+as|just\s+like|like)\s+(?:to\s+)?(?:everyone\s+else|all\s+the\s+others|the\s+others|the\s+rest|those\s+who\s+(?:are\s+not|aren['’]t|were\s+not|weren['’]t)|the\s+(?:less|not\s+so|unhappy|disappointed)\b)",
        // A greeting to the buyers as a happy group that thanks them for something else than a
        // review, the thanks closing the thought: "To our happy customers: thank you for a
        // wonderful first year!", "Dear delighted bakers, thanks for ten great years". It greets
        // everyone, not only the satisfied ("To our happy customers: one small favour …" or
        // thanks "for your reviews" stay addressed to them).
        r"\b(?:(?:for|to|dear)\s+(?:(?:our|the|my)\s+)?)?(?:(?:very|truly|really|so)\s+)?(?:happy|satisfied|pleased|delighted|thrilled|contented|proud)\s+(?:[\w'’-]+\s+)?[\w'’-]+s\s*[:,!–—-]\s*(?:a\s+(?:big|huge|heartfelt|warm|sincere)\s+|many\s+|heartfelt\s+)?(?:thank\s+you|thanks)\s+(?:so\s+much\s+|very\s+much\s+)?for\s+(?:(?:(?:a|an|the|your|our|this|these|that|another|all\s+(?:the|your|these|those))\s+)?(?:(?:\w+ful|great|amazing|fantastic|incredible|brilliant|lovely|fabulous|successful|busy|fun|exciting|whole|first|second|third|fourth|fifth|tenth|continued|ongoing|constant|kind|loyal|warm|\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)\s+){0,3}(?:years?|months?|seasons?|decades?|anniversary|birthday|trust|support|loyalty|orders?|purchases?|custom|business|patience|company|friendship|kindness|journey|ride|visits?)|(?:choosing|being|shopping|sticking|staying|supporting|trusting|ordering|joining|growing|celebrating|coming\s+back|buying|believing)\b(?:\s+(?:us|with\s+us|here|by\s+us))?)\b[^\n]?",
        // A slogan that pairs a happy group with another, closing the sentence or called the shop's
        // motto, or a happy group called its goal: "Happy customers, happy dogs: that's our
        // motto.", "Happy cooks make happy guests.", "Our goal has always been: satisfied
        // customers." It names no buyer and no condition ("Happy bakers and pleased cooks, please
        // review it" stays addressed to them).
        r"\b(?:happy|satisfied|pleased|delighted|contented?)\s+[\w'’-]+s\s*(?:,|&|\+|=|–|—|-|\band\b|\bmake\b|\bmean\b|\bequals?\b)\s*(?:happy|satisfied|pleased|delighted|contented?|healthy)\s+[\w'’-]+\s*(?:[.!](?:\s|$)|\n|$|[:,–—-]?\s*(?:that's|that’s|that\s+is|this\s+is|it's|it’s|such\s+is|is|are|has\s+always\s+been|was)\s+(?:(?:always|still|simply)\s+)?(?:our|my)\s+(?:motto|slogan|mantra|credo|philosophy|mission|goal|aim|promise|priority)\b)",
        r"\b(?:our|my)\s+(?:motto|slogan|mantra|credo|philosophy|mission|goal|aim|promise|priority)\s*(?:(?:is|was|remains|has\s+always\s+been|will\s+always\s+be|:|–|—|-)\s*){1,2}(?:(?:simple|simply|just|always)\s*[:,–—-]?\s*)?(?P<m>(?:happy|satisfied|pleased|delighted|contented?)\s+[\w'’-]+s\b[^\n]?)",
        r"\b(?P<m>(?:happy|satisfied|pleased|delighted|contented?)\s+[\w'’-]+s\s+(?:is|are|have\s+always\s+been|remain)\s+(?:our|my)\s+(?:motto|slogan|mantra|credo|mission|goal|aim|promise|(?:top\s+|first\s+|number[\s-]one\s+)?priority))\b",
        // Crazy or mad about a nuisance, no liking of the order: "Are you really mad about the
        // delay?", "Is your dog going crazy over the fireworks?" ("crazy about the new treats"
        // stays a liking).
        r"(?:\b[\w'’-]+\s+)?\b(?:crazy|mad|nuts|wild|bonkers)\s+(?:about|over|at|with|from|because\s+of)\s+(?:(?:the|this|that|all\s+the|these|those|your|our|their|his|her)\s+)?(?:[\w'’-]+\s+){0,2}?(?:delays?|wait(?:ing)?|hold-?ups?|noise|racket|din|storms?|thunder(?:storms?)?|lightning|fireworks|firecrackers|bangers|weather|heat(?:wave)?|cold|rain|wind|snow|traffic|roadworks|building\s+work|construction|neighbou?rs?|doorbell|postman|mailman|courier|carrier|customs|mosquitoes|flies)\b",
        // A condition on adding a photo or a video to the review, not on the experience: "If you
        // add a photo to your review, it helps others see the size." ("If you're happy, add a
        // photo" stays a condition.)
        r"\bif\s+you\s+(?:also\s+|could\s+|can\s+|want\s+to\s+|(?:'d|’d|would)\s+like\s+to\s+)?(?:add|attach|include|upload|post|share)\s+(?:(?:a|an|one|some|a\s+few|a\s+couple\s+of|two|any|your\s+own)\s+)?(?:(?:quick|short|small|little|clear|real-life|close-up)\s+)?(?:photos?|pictures?|pics?|snaps?|snapshots?|images?|videos?|clips?)\b(?:\s+(?:or|and)\s+(?:a\s+)?(?:photos?|pictures?|videos?|clips?))?(?:\s+(?:of|showing)\s+(?:it|them|the\s+[\w'’-]+|your\s+[\w'’-]+))?(?:\s+(?:to|with|in|under)\s+(?:your|the|a)\s+(?:review|rating|feedback|post))?",
        // "When you least expect it": a figure of speech for any time, no condition.
        r"\b(?:just\s+|right\s+|exactly\s+)?when\s+(?:you|we|one|they|people)\s+(?:least|last)\s+expect\s+(?:it|them)\b|\bwhen\s+least\s+expected\b",
        // An approval that is the platform's, not the buyer's or a pet's: "after Amazon's approval,
        // your review appears", "following approval by the moderators", "after your review's OK".
        r"\b(?:after|following|upon|on)\s+(?:the\s+|your\s+|its\s+)?(?:amazon|moderators?|marketplace|platform|site|website|review\s+team|content\s+team|reviews?|ratings?|feedback|posts?)(?:\x27s|’s|s\x27|’)\s+(?:[\w\x27’-]+\s+){0,2}?(?:(?:seal|stamp)\s+of\s+approval|approval|ok|okay|o\.k\.|go-ahead|green\s+light|nod|check|moderation|validation|blessing)\b|\b(?:after|following|upon|on)\s+(?:(?:the|its|their)\s+)?(?:[\w\x27’-]+\s+){0,2}?(?:approval|ok|okay|o\.k\.|go-ahead|green\s+light|check|moderation|validation)\s+(?:by|from|of)\s+(?:the\s+|your\s+)?(?:amazon|moderators?|marketplace|platform|site|website|review\s+team|content\s+team|reviews?|ratings?|feedback)\b",
        // The buyers addressed only by their wish, willingness or time to review, a courtesy
        // like "if you would like to": "Anyone who wishes to review it can do so here", "those
        // of you who'd like to share your thoughts", "whoever has a moment can …", "anyone
        // wanting to rate it". The wish must lead into the review itself or into what the
        // buyer may do ("…, can", "may"): a group named by liking it ("anyone who loved it") or
        // a wish to tell how much they love it stays a condition.
        r"\b(?:(?:(?:any(?:one|body)|every(?:one|body)|those(?:\s+of\s+you)?|any\s+of\s+you|all\s+of\s+you|people|customers?|buyers?|clients?|shoppers?|owners?|readers?|all)\s+who(?:\s+(?:still|also|ever))?|whoever)(?:\s+would\s+|['’]d\s+|\s+)(?:(?:like|love|care)\s+to\b|wish(?:es)?|wants?|cares?|feels?\s+like|fanc(?:y|ies)|(?:is|are)\s+(?:willing|keen|inclined|minded))|(?:any(?:one|body)|those|people|customers|buyers)\s+(?:wishing|wanting|willing|keen|inclined|minded))(?:\s+(?:to\s+)?(?:(?:review|rate|evaluate|assess)\b|(?:share|leave|write|post|give|add|submit|tell\s+(?:us|others))\s+(?:us\s+)?(?:(?:a|an|your|their|his|her|some|a\s+few|the|any|one)\s+)?(?:(?:honest|own|quick|short|brief|product|few)\s+)?(?:reviews?|ratings?|feedback|thoughts|opinions?|impressions?|experiences?|verdict|views|take|words|lines|comments?|stars)\b)|(?:\s+to)?\s*,?\s*(?:can|could|may|might|will)\b)",
        // The same by their time: "whoever has a moment can leave a review", "those with a
        // minute to spare, …".
        r"\b(?:(?:any(?:one|body)|every(?:one|body)|those(?:\s+of\s+you)?|any\s+of\s+you|people|customers?|buyers?)\s+who|whoever)\s+(?:has|have|can\s+spare|finds?|gets?)\s+(?:a\s+|the\s+)?(?:spare\s+|free\s+|few\s+|quick\s+)?(?:moments?|minutes?|time|chance|sec(?:ond)?s?)(?:\s+to\s+spare)?(?:\s*,?\s*(?:can|could|may|might|will)\b|\s+to\s+(?:review|rate|share|leave|write|post|give))|\b(?:any(?:one|body)|those)\s+with\s+(?:a\s+)?(?:spare\s+|free\s+|few\s+)?(?:moments?|minutes?|time)\s+to\s+spare\b",
        // A condition that opens another topic, apart from the ask: "separate thing, if the tray
        // came cracked …", "on another note, if …", "aside from that, should …". ("By the way,
        // if …" may lead into the ask itself, so it is no such opener.)
        r"\b(?:separate(?:ly|\s+thing|\s+note|\s+matter)|on\s+(?:a\s+)?(?:separate|different|another|other)\s+(?:note|matter)|unrelated(?:\s+to\s+(?:the|your|that)\s+review)?|(?:apart|aside)\s+from\s+(?:that|this|the\s+review))\s*[,:;–—-]?\s*(?:but\s+|and\s+|though\s+)?(?:if|when|whenever|should|in\s+case)\b",
        // How often the seller asks: "we only ask once", "we ask just once", "only this one time".
        // ("Only once the new size fits, …" opens a condition: a bare "only once" is a count only
        // where its clause ends or a time word follows.)
        r"\b(?:only|just)\s+(?:ask|asking|write|email|send\s+this)\s+(?:you\s+)?(?:this\s+)?(?:once|one\s+time)\b|\b(?:ask|asking|write|email)\s+(?:you\s+)?(?:only|just)\s+(?:once|one\s+time)\b|\bonly\s+(?:this\s+)?once(?:\s*(?:[.!?,;:)–—-]|(?m:$))|\s+(?:a|an|per|each|every|in|this|more|again|or|and|but|so|ever|during|to|for|by)\b)",
        // The writing left to the buyer's decision or plan: "if you decide to write one", "if you
        // choose to", "if you plan to review the shoes", "if you're planning on reviewing it".
        r"\bif\s+you(?:['’]re|\s+are)?\s+(?:decide|choose|opt|want|wish|feel\s+like|inclined|plan(?:ning)?|intend(?:ing)?|mean(?:ing)?|going)\s+(?:to\s+(?:write|leave|post|share|give|add|review|rate)|on\s+(?:writing|leaving|posting|reviewing|rating))\b",
        // A spare moment put as "if you've got a sec", "if you have got a minute", or in chat
        // shorthand: "if u have a min", "when u get a sec".
        r"\b(?:if|when|whenever|once)\s+you(?:'ve|\s+have)?\s+got\s+(?:a\s+)?(?:sec|second|minute|moment|min|tick|mo)\b",
        r"\b(?:if|when|whenever|once)\s+u(?:'ve|\s+have)?\s+(?:have|get|got|find|can\s+spare)\s+(?:a\s+)?(?:few\s+|couple\s+(?:of\s+)?|spare\s+|free\s+|quick\s+)?(?:secs?|seconds?|minutes?|mins?|moments?|mo|tick|time|chance)\b",
        // The order expected to have arrived or been used by now: "should be stuck on by now",
        // "should have had a few outings by now".
        r"\bshould\s+(?:have\s+)?(?:[\w'-]+\s+){0,5}?by\s+now\b",
        // A wish put as "should you …" or left to the buyer's judgement: "Should you wish to rate
        // us", "if you see fit", "if you deem it appropriate".
        r"\bshould\s+you\s+(?:wish|care|like|want|choose|decide|be\s+willing|feel\s+like)\b|\bif\s+you\s+(?:see\s+fit|think\s+(?:it\s+)?(?:appropriate|fit|worthwhile|useful)|deem\s+(?:it\s+)?(?:appropriate|fit|useful|worthwhile))\b",
        // The first few uses, whatever the verb: "once you've weighed out a few recipes", "after
        // you've brewed a couple of pots"; also "whenever": "whenever you've tried it out".
        r"\b(?:when(?:ever)?|once|after)\s+you(?:'ve|\s+have)\s+[\w-]+(?:ed|en|t)\s+(?:(?:out|in|up|through|with)\s+)?(?:a\s+few|a\s+couple(?:\s+of)?|several|some|your\s+first)\b|\bwhen\s+you\s+(?:are\s+|'re\s+)?free\b|\b(?:when(?:ever)?|once|after)\s+you(?:'ve|\s+have)\s+(?:[\w'-]+\s+)?(?:used|tried|tested|had|worn|owned|installed|assembled|set\s+up|unpacked|received|washed|charged|read|played\s+with|cooked\s+with)\s+(?:it|them|the\s+[\w'-]+)\b",
        r"\b(?:once|when|as\s+soon\s+as|after)\s+(?:it|they|your\s+(?:[\w'-]+\s+)?(?:order|parcel|package|item|delivery)|the\s+(?:[\w'-]+\s+)?(?:order|parcel|package|item|delivery))\s+(?:has\s+|have\s+|is\s+|was\s+)?(?:arrive[sd]?|been\s+delivered|delivered|landed|reached\s+you|with\s+you)\b|\b(?:once|when|as\s+soon\s+as|after)\s+you(?:'ve|\s+have)?\s+(?:received|unpacked|got)\b",
        r"\bat\s+your\s+(?:convenience|leisure)\b|\bas\s+soon\s+as\s+(?:you\s+can|possible|you(?:'re|\s+are)\s+able|it\s+suits\s+you)\b|\bwhen(?:ever)?\s+(?:it'?s|it\s+is)\s+convenient\b|\bwhen(?:ever)?\s+you\s+(?:get\s+(?:a|the)\s+chance|get\s+(?:a)?round\s+to\s+it|please|fancy)\b",
        r"\bif\s+(?:you\s+)?(?:have|had|get|run\s+into)\s+(?:any\s+)?(?:questions?|queries|doubts)\b|\bif\s+you\s+need\s+(?:any\s+)?(?:help|anything|assistance|support)\b",
        // Also with someone else named beside the buyer: "if you (or whoever got it as a gift)
        // have a minute", "when you or your partner get a moment".
        // A number of minutes too: "if you can spare two minutes", "when you have 5 minutes".
        r"\b(?:if|when|whenever|once)\s+(?:you\s+(?:\([^()\n]{1,60}\)\s+|or\s+(?:your|the|a)\s+(?:[\w'-]+\s+){1,3}?)?)?(?:have|get|find|got|'ve\s+got|can\s+spare)\s+(?:a\s+)?(?:few\s+|couple\s+(?:of\s+)?|spare\s+|free\s+|quick\s+|(?:two|three|five|ten|[1-9]\d?)\s+)?(?:moments?|minutes?|seconds?|time|chance|sec)\b",
        r"\bif\s+you(?:'d|\s+would)?\s+(?:ever\s+|really\s+)?(?:wish|like|want|care|feel\s+like|are\s+willing|don'?t\s+mind)\b|\bif\s+(?:you\s+)?(?:so\s+)?(?:wish|inclined)\b|\bwhenever\s+(?:it'?s\s+)?convenient\b|\bwhen(?:ever)?\s+(?:it\s+)?suits\s+you\b|\bwhenever\s+you\s+(?:like|want|can|are\s+ready)\b",
        r"\b(?:if|when|whenever|once)\s+you(?:'re|\s+are)\s+(?:free|ready|not\s+busy)\b|\b(?:appreciate|appreciated|love|like|glad|grateful|thankful|happy|helpful|nice|great|wonderful|kind)\s+(?:it\s+)?if\s+you\b|\bif\s+(?:you\s+)?(?:could|would)\s+(?:please\s+)?(?:take|spare|find)\b",
        r"\bif\s+you\s+(?:haven'?t|have\s+not)\s+(?:already|yet)\b|\bif\s+you\s+(?:haven'?t|have\s+not)\s+(?:done\s+so|had\s+(?:a\s+)?(?:chance|time))\b|\bonce\s+you(?:'ve|\s+have)\s+(?:had\s+)?(?:a\s+)?(?:chance|time|while|few\s+days)\b",
        r"\bif\s+you\s+(?:have|get|can\s+spare)\s+(?:a\s+)?(?:sec|tick|jiffy|minute\s+or\s+two)\b",
        r"\bif\s+you\s+(?:fancy|feel\s+like|are\s+up\s+for|'re\s+up\s+for|get\s+(?:a\s+)?(?:round|around)\s+to)\b|\bif\s+you\s+can\s+be\s+bothered\b",
        // Some time with the item, however long: "when you've had some time on the trail with
        // it", "once you've spent a bit of time with the lamp", "after you've had enough time to
        // try it". (A verdict in the time, "some good time with it", stays a condition.)
        r"\b(?:when(?:ever)?|once|after)\s+you(?:'ve|’ve|\s+have)\s+(?:had|spent)\s+(?:some|a\s+(?:little\s+)?bit\s+of|a\s+little|enough|a\s+fair\s+bit\s+of|a\s+good\s+(?:bit|amount)\s+of|more)\s+time\b",
        // Time spent living with the item: "when you've lived with it for a week or two", "once
        // you've had it for a month".
        r"\b(?:when|once|after)\s+you(?:'ve|\s+have)\s+(?:lived\s+with|had|used|owned|worn)\s+(?:it|them)\s+for\b",
        // The same said of the buyer's team, as business buyers put it: "when your technicians
        // have worked with the drills for a month", "once the staff have used them for a while".
        r"\b(?:when|once|after)\s+(?:your|the)\s+(?:[\w'-]+\s+)?(?:team|teams|staff|colleagues|crew|employees|people|researchers|technicians|engineers|nurses|teachers|students|pupils|users|guests|members|workers|operators|cooks|chefs)\s+(?:have|has|'ve)\s+(?:lived\s+with|had|used|owned|worn|worked\s+with|tried|tested)\s+(?:it|them|the\s+[\w'-]+|their\s+[\w'-]+)\s+for\b",
        // A plain fact about the buyer's own use or purchase, which adds to the review and says
        // nothing of whether they liked it: "if you snapped a picture of it in action,", "if you
        // ordered this as a present,", "if you've used the stove at altitude,". The clause must
        // end there (a comma, colon or dash), with no "and" or "but" joining a verdict to the
        // fact ("… and it kept you dry") before its end.
        r"\bif\s+you(?:'ve|\s+have)?\s+(?:took|taken|snapped|shot|made|got|have)\s+(?:a\s+|any\s+|some\s+)?(?:photos?|pictures?|pics?|snaps?|videos?|clips?)(?:\s+(?:[c-np-z][\w'-]*|a(?:[a-mo-z][\w'-]*|n(?:[a-ce-z][\w'-]*|d[\w'-]+)?)?|b(?:[a-tv-z][\w'-]*|u(?:[a-su-z][\w'-]*|t[\w'-]+)?)?|o[\w'-]*|\d[\w'-]*)\b){0,10}\s*[,:;–—-]",
        r"\bif\s+you\s+(?:bought|ordered|got|purchased|picked\s+up)\s+(?:it|this|them|one|the\s+[\w'-]+)\s+(?:as\s+a\s+(?:gift|present)|for\s+(?:someone|somebody|a\s+(?:friend|relative|family\s+member|colleague)|your\s+[\w'-]+))(?:\s+(?:[c-np-z][\w'-]*|a(?:[a-mo-z][\w'-]*|n(?:[a-ce-z][\w'-]*|d[\w'-]+)?)?|b(?:[a-tv-z][\w'-]*|u(?:[a-su-z][\w'-]*|t[\w'-]+)?)?|o[\w'-]*|\d[\w'-]*)\b){0,10}\s*[,:;–—-]",
        r"\bif\s+you(?:'ve|\s+have)?\s+(?:used|tried|tested|taken|worn|cooked\s+with)\s+(?:it|them|the\s+[\w'-]+)\s+(?:in|on|at|outdoors|outside|indoors|during|while|with)\b(?:\s+(?:[c-np-z][\w'-]*|a(?:[a-mo-z][\w'-]*|n(?:[a-ce-z][\w'-]*|d[\w'-]+)?)?|b(?:[a-tv-z][\w'-]*|u(?:[a-su-z][\w'-]*|t[\w'-]+)?)?|o[\w'-]*|\d[\w'-]*)\b){0,10}\s*[,:;–—-]",
        // The item was a present: "if it was a gift,", "if the lamp was a present for your mum:".
        r"\bif\s+(?:it|this|they|the\s+[\w'-]+|your\s+[\w'-]+)\s+(?:was|were)\s+(?:a\s+)?(?:gifts?|presents?)(?:\s+for\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)?\s*[,:;–—-]",
        // A group named by how often it orders or by what it bought, a habit or a fact and not a
        // verdict: "Customers who reorder regularly, we'd ask for a review", "those who've bought
        // the 2 kg bag, …", "anyone who orders every month: …". The clause must end there, with no
        // "and" or "but" joining a verdict to it ("who reordered and loved it"); a liking in it
        // ("who happily reorder") still reads as one.
        r"\b(?:(?:any(?:one|body)|every(?:one|body)|those(?:\s+of\s+you)?|all\s+of\s+you|all|people|customers?|buyers?|clients?|shoppers?|owners?|readers?)\s+who|whoever)(?:['’]ve|\s+have|\s+has)?\s+(?:(?:regularly|reliably|routinely|faithfully|frequently|often|always|already|repeatedly|loyally|(?:keep|keeps|kept)\s+(?:on\s+)?)\s+)?(?:re-?order(?:s|ed)?|re-?purchase[sd]?|re-?stock(?:s|ed)?|order(?:s|ed)?|buy|buys|bought|purchase[sd]?|subscribe[sd]?|come\s+back|came\s+back)\b(?:\s+(?:[c-np-z][\w'-]*|a(?:[a-mo-z][\w'-]*|n(?:[a-ce-z][\w'-]*|d[\w'-]+)?)?|b(?:[a-tv-z][\w'-]*|u(?:[a-su-z][\w'-]*|t[\w'-]+)?)?|o[\w'-]*|\d[\w'-]*)\b){0,10}\s*[,:;–—-]",
        // A group named by a hobby or a pet, not by the order: "Those who love to cook can review
        // the pan here", "anyone who enjoys hiking, …", "to all who love their dogs:", "whoever
        // has a cat can …". The clause must end there, on a colon, a comma or what the group may
        // do: "those who love the pan", "who love using it" or "who love to cook with it" name
        // the product and stay a condition.
        r"\b(?:(?:any(?:one|body)|every(?:one|body)|those(?:\s+of\s+you)?|any\s+of\s+you|all\s+of\s+you|all|people|customers?|buyers?|owners?|readers?)\s+who|whoever)\s+(?:(?:really|truly|simply|just|also|all)\s+)?(?:(?:love|loves|like|likes|enjoy|enjoys|adore|adores)\s+(?:to\s+[a-z]+|[a-z]+ing|(?:(?:the|their|a\s+good)\s+)?(?:dogs?|cats?|pets?|animals?|horses?|birds?|puppies|kittens?|(?:great\s+)?outdoors|nature|gardening|cooking|baking|hiking|camping|travel|fishing|reading|music|sports?|hike|walk|run|ride|swim|bake))(?:\s+(?:outdoors|outside|at\s+home|from\s+scratch|every\s+day|a\s+lot|(?:in|on)\s+the\s+(?:kitchen|garden|hills|mountains|water|trails?|road)))?|(?:has|have|owns?|keeps?|lives?\s+with)\s+(?:a|an|one|two|their|more\s+than\s+one|several)\s+(?:[a-z-]+\s+)?(?:dogs?|cats?|pets?|puppy|puppies|kittens?|horses?|rabbits?|birds?|parrots?|hamsters?|guinea\s+pigs?|fish))(?:\s*[,:;–—]|\s+(?:can|could|may|might|will|are\s+(?:welcome|invited))\b)",
        // A span of time with the item, whatever the verb: "once you've had a couple of weeks with
        // the metronome", "when you've had a month with it", "after you've played it for two
        // weeks". Only the time, after a verb of use: a verdict between ("a couple of good weeks",
        // "two trouble-free weeks") or in the verb ("once you've enjoyed it for two weeks") stops
        // it, and stays a condition.
        r"\b(?:when(?:ever)?|once|after)\s+you(?:'ve|’ve|\s+have)\s+(?:had|spent|used|played|practi[sc]ed|rehearsed|owned|worn|tried|tested|lived\s+with|worked\s+with|cooked\s+with|been\s+(?:using|playing|practi[sc]ing|wearing))\s+(?:(?:it|them|the\s+[\w'’-]+|your\s+[\w'’-]+|this\s+[\w'’-]+)\s+)?(?:(?:for|with|over)\s+)?(?:a|one|a\s+few|a\s+couple(?:\s+of)?|two|three|four|five|six|several|some|\d+)\s+(?:days?|weeks?|months?|nights?|sessions?|lessons?|rehearsals?)\b",
        // A span of use the buyer has behind them: "once you have a few weeks of use behind you",
        // "when you've got a month of daily use with the shaver under your belt". Only the time:
        // a verdict between ("a few good weeks behind you") stops it and stays a condition.
        r"\b(?:when(?:ever)?|once|after)\s+you(?:'ve|’ve|\s+have)?\s+(?:got\s+|had\s+)?(?:a|one|a\s+few|a\s+couple(?:\s+of)?|two|three|four|five|six|several|some|the\s+first(?:\s+few)?|your\s+first(?:\s+few)?|\d+)\s+(?:days?|weeks?|months?|nights?|sessions?|treatments?|workouts?|uses)(?:\s+of\s+(?:(?:daily|regular|steady|everyday|nightly)\s+)?(?:use|usage|wear|practice|training|treatment|brushing|play|testing))?(?:\s+with\s+(?:it|them|the\s+[\w'’-]+|your\s+[\w'’-]+|this\s+[\w'’-]+))?\s+(?:behind\s+you|under\s+your\s+belt)\b",
        // The buyer's taste, said as a liking with a comparative: "if you like your tea stronger,
        // steep it longer", "if you prefer it a little less bitter". It names how the buyer takes
        // it, not a verdict on the product ("if you like your coffee maker" still is one).
        r"\bif\s+you\s+(?:really\s+|usually\s+|generally\s+)?(?:like|love|prefer|enjoy|want)\s+(?:(?:it|them)\s+|(?:your|the|a|an)\s+(?:[\w'’-]+\s+){1,2}?)(?:(?:a\s+(?:bit|little|touch|lot)|slightly|even|much|somewhat|rather)\s+)?(?:stronger|weaker|milder|sweeter|hotter|colder|cooler|warmer|darker|lighter|richer|bolder|smoother|creamier|thicker|thinner|finer|coarser|crispier|crisper|crunchier|softer|firmer|chewier|spicier|saltier|tangier|fruitier|juicier|runnier|drier|longer|shorter|(?:less|more|extra)\s+(?:bitter|sweet|strong|intense|acidic|spicy|salty|sour|tart|mild|bold|crisp|crispy|creamy|concentrated|diluted|fizzy|frothy|foamy|robust|aromatic|well[\s-]done))\b",
    ],
    negative_review: &[
        // Also a poor score named by its stars or marks: "low stars", "bad marks", "poor stars".
        r"\b(?:negative|bad|poor|angry|low|harsh|critical|unfavou?rable|(?:1|one|2|two)[\s-]*star)\s+(?:product\s+|seller\s+)?(?:reviews?|feedback|ratings?|comments?)\b|\b(?:bad|poor|low|lower)\s+(?:stars|marks)\b",
        // A rating short of the top, by its stars: "fewer than five stars", "anything under 5
        // stars", "less than a full five stars".
        r"\b(?:fewer|less|lower)\s+than\s+(?:a\s+)?(?:full\s+)?(?:5|five|4|four)[\s-]*stars?\b|\b(?:under|below)\s+(?:a\s+)?(?:full\s+)?(?:5|five|4|four)[\s-]*stars\b",
    ],
    aside: &[
        // A question that only offers the review itself, with no verb and nothing on the
        // experience, at the start of a sentence: "A review of the necklace?", "A quick review?",
        // "Any thoughts on the lamp?" (whether the buyer wants to give one at all).
        r"(?:(?m:^)[ \t]*|[.!?…:]\s+)(?P<m>(?:and\s+)?(?:a|any|your|some)\s+(?:(?:quick|short|little|brief|few)\s+)?(?:review|feedback|rating|words|thoughts|comments?)(?:\s+(?:of|on|about|for)\s+(?:(?:the|your|this|these|our|my)\s+)?(?:[\w'’-]+\s*){1,2})?\s*\?)",
        // Whether the order is there yet, asked of everyone: "Got your earbuds yet?", "Has the
        // parcel arrived?".
        r"\b(?:got|received|have\s+you\s+got|did\s+you\s+get)\s+(?:it|them|your\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+yet\s*\?|\b(?:has|have|did)\s+(?:it|they|your\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+(?:arrived|arrive|landed|land|turned\s+up|turn\s+up|come)\b[^?\n]{0,30}\?",
        r"\b(?:got|have|have\s+you\s+got|do\s+you\s+have|can\s+you\s+spare)\s+(?:a|one|two|a\s+few)\s+(?:minutes?|moments?|seconds?)\b",
        // Whether the buyer wishes to write at all, asked of everyone: "Want to share your
        // experience?", "Would you care to leave a few words?".
        r"\b(?:(?:do\s+you\s+)?(?:want|wish)|(?:would|could)\s+you\s+(?:like|care)|care|fancy)\s+(?:to\s+)?(?:shar(?:e|ing)|writ(?:e|ing)|leav(?:e|ing)|post(?:ing)?|giv(?:e|ing))\s+(?:us\s+)?(?:your|a\s+few|some|an?|what\s+you|how\s+you)\b",
        r"\b(?:did|do)\s+you\s+know\b|\bneed\s+(?:a\s+)?(?:tip|help|spare|more)\b|\blooking\s+for\b|\bhow\s+do\s+you\s+like\b|\bwhat\s+do\s+you\s+think\b",
        // An open question, which no yes answers: "How is it going with the lamp?", "How are
        // you getting on with it?".
        r"\bhow(?:'s|\s+is|\s+are)\s+(?:it|things|everything)\s+going\b|\bhow\s+are\s+you\s+(?:getting\s+(?:on|along)|finding)\b|\bhow\s+(?:has|have)\s+(?:it|things|the\s+first\s+\w+)\s+been\b",
        // Whether the item was bought for someone else, a fact and no verdict: "Was the lamp a
        // gift?", "Did you buy it as a present?".
        r"\bwas\s+(?:it|this|that|the\s+[\w'-]+|your\s+[\w'-]+)\s+(?:a|for\s+a)\s+(?:gift|present)\s*\?|\bdid\s+you\s+(?:buy|order|get|pick)\s+(?:it|this|them|one|the\s+[\w'-]+)\s+(?:up\s+)?(?:as\s+a\s+(?:gift|present)|for\s+someone(?:\s+else)?)\s*\?",
        // The buyer asking where or how to review, a question on the review's place or way and none
        // on the experience: "Where can I review the piano?", "How do I rate it?", "Where to leave
        // my opinion?" (first person or impersonal only: "How would you rate it?" asks for the
        // verdict).
        r"\b(?:where|how)\s+(?:(?:can|could|do|should|shall|may|would|will)\s+(?:i|we|one)\s+|to\s+|is\s+(?:it\s+)?(?:best|possible|easiest)\s+to\s+)(?:[\w'’-]+\s+){0,3}?(?:review|rate|leave|write|post|submit|give|share|add)\b[^.!?\n]{0,60}?\b(?:review|reviews|rate|rating|ratings|feedback|opinion|opinions|verdict|stars?)\b[^.!?\n]{0,30}\?|\b(?:where|how)\s+(?:(?:can|could|do|should|shall|may|would|will)\s+(?:i|we|one)\s+|to\s+)(?:review|rate)\b[^.!?\n]{0,60}\?",
        // The same question pointing back at a review named just before it, in the buyer's voice:
        // "I'd like to write a review. Where do I do that?", "… How do I go about it?".
        r"\b(?:where|how)\s+(?:(?:can|could|do|should|shall|may|would|will)\s+(?:i|we|one)\s+|to\s+)(?:do|find|go\s+about|get\s+to)\s+(?:that|this|it|so)\s*\?",
    ],
    branch: &[
        // A reply menu of quoted words, and where each answer leads: «"Brilliant" or "Lovely" -
        // then …», «'Meh': reply to us».
        r#"^\s*[“"'‘«][^“”"'’«»\n]{1,25}[”"'’»](?:\s*(?:,|/|or|and)\s*[“"'‘«][^“”"'’«»\n]{1,25}[”"'’»])*\s*[-–—:=>→]"#,
        // A lone yes or no cell of a row of buttons.
        r"^\s*(?:yes|no)\s*[.!]?\s*$",
        // A row of a drawn table: a label cell, a bar, then what to do ("Loved it | link").
        r"^[^|\n]{2,40}?\s\|(?:\s|$)",
        // Also a group of the answers, addressed as such: "Group 4, …", "Groups 2 and 3:".
        r"^\s*(?:option|choice|case|answer|group)s?\s+(?:[a-c]|[1-9]|one|two|three|four|five)\b",
        r"^\s*(?:yes|no|y|n)\s*(?:[-–—:=>→]|\))",
        // A reply word and where it leads: "Reply YES and we send the link", "Answer no: we call".
        r#"^\s*(?:reply|answer|respond|write|text|say)\s+(?:with\s+(?:a\s+)?)?["“'‘]?(?:yes|no)\b["”'’]?\s*(?:and\b|,|[-–—:=>→])"#,
        r"^\s*(?:\d+\s+(?:or|and)\s+(?:above|more|higher|up|below|less|lower)|(?:below|under|above|over|less\s+than)\s+\d+)\s*[-–—:=>→]",
        // A score the buyer replies with, and what it brings: "5 → the link", "1 to 4 → we call".
        r"^\s*\d{1,2}(?:\s*(?:to|-|–|or|and)\s*\d{1,2})?\s*(?:stars?\s*)?(?:→|=>|->|⇒|➡️?)",
        // A count of stars as a label, in figures or words, alone, as a range or open-ended:
        // "Five stars: …", "4 stars or fewer –", "One to three stars:", "Under 4 stars →".
        r"^\s*(?:(?:fewer|less|more)\s+than\s+|under\s+|below\s+|over\s+|above\s+|up\s+to\s+)?(?:[1-5]|one|two|three|four|five)(?:\s*(?:to|-|–|or|and|/)\s*(?:[1-5]|one|two|three|four|five))?[\s-]*stars?(?:\s+(?:or|and)\s+(?:fewer|less|lower|below|under|more|above|higher|up|over|better|worse))?\s*[-–—:=>→]",
        // A range of scores as a label: "7 to 10: …", "1-6 stars: …".
        r"^\s*\d{1,2}\s*(?:to|-|–|or|and|/)\s*\d{1,2}\s*(?:stars?|points?)?\s*:",
        // Also with a dash after it, the two scores joined by a word: "9 or 10 – …", "8 to 10
        // points — …" (not a bare "5-7 - …").
        r"^\s*\d{1,2}\s+(?:to|or|and)\s+\d{1,2}\s*(?:stars?|points?)?\s*[-–—]\s",
    ],
    then: &[
        // Also the British and cheerier words: "Lovely - then …", "Splendid!", "Hooray!".
        r"^(?:then|great|awesome|wonderful|perfect|excellent|fantastic|brilliant|super|lovely|splendid|marvell?ous|fab(?:ulous)?|hooray|yay|good\s+to\s+hear|glad\s+to\s+hear|in\s+that\s+case)\b",
        // Pointing back at the hoped-for experience as what the ask is about: "Those are just
        // the mornings other campers want to hear about", "That's exactly what shoppers ask".
        r"^(?:those|these|that|this)(?:'s|\s+is|\s+are|\s+was|\s+were)\s+(?:exactly|precisely|just)\s+(?:the|what)\b",
        // The moment named as the one for the ask, which takes the yes for granted just as "Then"
        // does: "That's the moment to tell others", "Now's the time to review it", "That is the
        // perfect time for a few words", "That's exactly when a review helps".
        r"^(?:(?:and|so)\s+)?(?:that['’]s|that\s+is|this\s+is|now['’]s|now\s+is|then\s+it['’]s|then\s+is)\s+(?:(?:exactly|precisely|just|really)\s+)?(?:the|your)\s+(?:(?:perfect|right|ideal|best|very)\s+)?(?:moment|time)\s+(?:to|for)\b",
        r"^(?:that['’]s|that\s+is)\s+(?:(?:exactly|precisely|just)\s+)?when\b",
    ],
    unconditional: &[
        // Any stage of the buyer's learning or use welcome: "wherever you are in your practice,
        // a review helps", "wherever you're at with it" (not "where" as "if": see the condition).
        r"\bwherever\s+you(?:['’]re|\s+are)\s+(?:(?:now|right\s+now|currently|at\s+the\s+moment|so\s+far)\s+)?(?:(?:in|with|on|at)\s+(?:your|the|it|this)\b|at\b)",
        // A complaint said to belong in the review too: "if the strap annoyed you, that belongs
        // in your review as well", "those gripes belong in the rating too".
        r"\b(?:that|this|it|those|these)\s+(?:[\w'-]+\s+)?belongs?\s+in\s+(?:the|your|a)\s+(?:review|rating)\b",
        // A low rating named as just as useful: "a one-star review that says why helps others
        // too", "an honest 2-star rating is just as welcome".
        r"\b(?:an?\s+)?(?:honest\s+)?(?:1|2|one|two|low|critical|negative)[\s-]*(?:stars?\s+)?(?:reviews?|ratings?)\s+(?:that\s+[^.!?\n]{1,40}?\s+)?(?:helps?\s+(?:other|others|everyone|us|buyers|shoppers|just|too|as)|(?:is|are)\s+(?:just\s+as\s+|equally\s+|also\s+|every\s+bit\s+as\s+)?(?:welcome|useful|helpful|valuable|fine|ok|okay))\b",
        // Alternatives listed after "whether": "whether you loved it, found it too grassy, or
        // thought it was just oil".
        r"\bwhether\s+(?:you\s+|it\s+)?[^.!?\n,]{1,60},\s+[^.!?\n,]{1,60},?\s+or\s+[^.!?\n]{1,60}",
        // Several star counts listed, low to high: "one, three or five stars".
        r"\b(?:one|two|[12])\s*,\s*(?:two|three|four|[2-4])(?:\s*,\s*(?:three|four|[3-4]))?,?\s+(?:or|and)\s+(?:four|five|[45])[\s-]*stars?\b",
        // Or each with its own "star", then a catch-all: "1 star, 5 stars, or anything
        // between", "two stars, four stars or somewhere in the middle".
        r"\b(?:one|two|[12])[\s-]*stars?\s*,\s*(?:(?:two|three|four|[2-4])[\s-]*stars?\s*,\s*)*(?:four|five|[45])[\s-]*stars?\s*,?\s+(?:or|and)\s+(?:any|every|some|all)[\w'-]*\b",
        // Every rating welcomed, or both extremes named in passing: "all ratings are welcome",
        // "love it, hate it, meh about it".
        r"\ball\s+(?:ratings?|reviews?|opinions?|feedback|verdicts?|scores?)\s+(?:are\s+)?(?:welcome|valid|fine|useful|appreciated)\b|\blov(?:e|ed)\s+it,?\s+(?:or\s+)?hat(?:e|ed)\s+it\b",
        // Both ends named: "1 star or 5 star", "high marks or low", "good ratings or bad"
        // ("4 stars or 5" names one end only).
        r"\b(?:[12]|one|two)[\s-]*stars?\s+or\s+(?:[45]|four|five)(?:[\s-]*stars?)?\b|\b(?:[45]|four|five)[\s-]*stars?\s+or\s+(?:[12]|one|two)(?:[\s-]*stars?)?\b|\b(?:high|good|top|great)\s+(?:marks|scores?|ratings?|reviews?)\s+or\s+(?:low|bad|poor|negative)\b|\b(?:low|bad|poor)\s+(?:marks|scores?|ratings?|reviews?)\s+or\s+(?:high|good|top|great)\b",
        // "No matter … or …", often without "whether" in a learner's English: "no matter you
        // like it or you think it could be better", "no matter it works well or not".
        r"\bno\s+matter\s+(?:if\s+|whether\s+)?(?:you|it|they|the\s+[\w'-]+)\s+[^.!?\n]{1,60}?\s+or\s+(?:not\b|[^.!?\n,]{1,60})",
        // Any verdict welcome, however it turns out: "whatever you make of it", "however you
        // rate it", "whatever you say about the grinder".
        r"\b(?:whatever|however|no\s+matter\s+(?:what|how))\s+(?:your\s+|the\s+)?(?:opinion|experience|verdict|rating|impression|progress|level|results?|it\s+(?:is|was|says)|you\s+(?:think|thought|felt|found|make\s+of|made\s+of|write|wrote|say|said|post|rate|give\s+(?:it|us)))\b|\b(?:good|positive)\s+or\s+(?:bad|negative|critical)\b|\bregardless\s+of\s+(?:your\s+|the\s+)?(?:opinion|experience|rating|verdict)\b|\bevery\s+honest\s+(?:review|opinion)\b",
        r"\b(?:5|five|one|1)[\s-]*stars?\s+or\s+(?:5|five|one|1)\b|\b(?:the\s+)?(?:five|5|one|1)[\s-]*star\s+ones\s+and\s+the\s+(?:five|5|one|1)[\s-]*star\s+ones\b",
        r"\b(?:positive|good|glowing|happy)\s+or\s+not\b",
        // How the item has worked, asked as it turned out: "tell other buyers how the cartridges
        // have worked for you" (not "if it worked for you").
        r"\bhow\s+(?:well\s+)?(?:it|they|(?:the|your|these|those|this|that)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+(?:(?:has|have|had)\s+)?(?:works?|worked|working|been\s+working)\s+(?:well\s+|great\s+|out\s+)?for\s+you\b",
        // Success and failure both named after "whether": "whether it turned out a hit or a
        // miss", "whether the lamp was a success or a flop".
        r"\bwhether\s+(?:[\w'-]+\s+){0,8}?(?:a\s+)?(?:hit|success|winner|keeper|triumph)\s+or\s+(?:a\s+)?(?:miss|flop|dud|failure|disappointment|bust)\b",
        // Any answer to the question before accepted: "either way, a review helps", "one way or
        // the other, tell others".
        r"\beither\s*way\b|\bone\s+way\s+or\s+(?:the\s+)?other\b",
        // Whichever way the verdict goes: "whichever way it goes", "whichever way your team
        // leans", "whichever way the trial turned out".
        r"\bwhichever\s+way\s+(?:(?:it|they|that|this|yours?|the\s+[\w'-]+|your\s+[\w'-]+|their\s+[\w'-]+)\s+(?:falls?|fell|goes|go|went|lands?|landed|leans?|leaned|tips?|tipped|swings?|swung|turns?\s+out|turned\s+out|comes?\s+out|came\s+out)|you\s+(?:lean|feel|felt|rate|judge|decide|found|find))\b",
        // Any number of stars accepted: "any star count is fine", "however many stars you give".
        r"\bany\s+(?:star\s+count|number\s+of\s+stars|star\s+rating|rating|score|verdict)\s+(?:is|'s|will\s+do)\s*(?:fine|welcome|ok|okay|good|great)?\b|\bhowever\s+many\s+stars\b",
        // Both ends named, then either accepted: "positive or negative, everything is fine for
        // us", "good or bad, both are welcome".
        r"\b(?:good|positive|glowing|great)\s+or\s+(?:bad|negative|critical|poor)\s*[,;:–—-]?\s+(?:everything|all|both|either|any|it)(?:'s|\s+is|\s+are)?\s+(?:(?:is|are|'s)\s+)?(?:fine|ok|okay|good|welcome|great|useful)\b(?:\s+(?:for|with|to)\s+us)?",
        // A good review and a bad one named as worth the same, the good one first: "a good review
        // or a bad one", "a good review helps us as much as a bad one", "positive feedback is as
        // welcome as negative". Only where the bad one ends the comparison: "as much as a bad one
        // hurts" weighs them, and stays read.
        r"\b(?:good|positive|glowing|great|favou?rable)\s+(?:reviews?|ratings?|feedback|opinions?|comments?|scores?|marks)\s+(?:and|or)\s+(?:an?\s+|the\s+)?(?:bad|negative|critical|poor|harsh|lukewarm|low|unfavou?rable)\b(?:\s+(?:ones?|reviews?|ratings?|feedback|opinions?|comments?|scores?|marks))?",
        r"\b(?:good|positive|glowing|great|favou?rable)\s+(?:reviews?|ratings?|feedback|opinions?|comments?|scores?|marks)\b[^.!?\n]{0,40}?\b(?:as\s+(?:much\s+|well\s+)?as|(?:just\s+|every\s+bit\s+)?as\s+[\w'-]+\s+as|just\s+like|the\s+same\s+as|no\s+(?:more|less)\s+than)\s+(?:an?\s+|the\s+|any\s+)?(?:(?:really|very)\s+)?(?:bad|negative|critical|poor|harsh|lukewarm|low|unfavou?rable)(?:\s+(?:ones?|reviews?|ratings?|feedback|opinions?|comments?|scores?|marks))?\s*(?:[.!?,;:)…]|(?m:$)|\s+(?:alike|too|also|equally|does|do|would|will|is|are|for\s+us|to\s+us)\b)",
        // A saying on happy pets or people making others happy, as a whole sentence: "Happy
        // dogs make happy owners!", "Happy dog, happy owner.", "a happy cat means a happy home,
        // as we always say". It names no buyer and sets no condition; "Happy owners, leave us a
        // review!" and "To all happy owners: …" are no such saying.
        r"\b(?:a\s+)?(?:happy|content(?:ed)?|satisfied|healthy)\s+(?:[\w'-]+\s+)?(?:dogs?|pups?|puppy|puppies|doggos?|cats?|kitty|kitties|kittens?|pets?|paws|tails|horses?|ponies|pony|birds?|fish|hamsters?|rabbits?|bunny|bunnies|animals?|hens?|chickens?|plants?|gardens?|kids?|child|children|bab(?:y|ies)|feet|skin|tumm(?:y|ies)|bell(?:y|ies))\s*(?:,|makes?|mean(?:s)?|equals?|=|→|->)\s*(?:for\s+)?(?:an?\s+)?(?:happy|happier|content(?:ed)?|satisfied)\s+(?:[\w'-]+\s+)?(?:owners?|humans?|people|parents?|famil(?:y|ies)|homes?|households?|hearts?|li(?:fe|ves)|days?|walks?|mornings?|evenings?|nights?|us|everyone|mums?|moms?|dads?|gardeners?|riders?|keepers?)(?:\s*,\s*as\s+(?:we|they|people|the\s+saying)\s+(?:always\s+|often\s+)?(?:say|goes))?\s*(?:[.!…]|$)",
        // Good and bad stretches both named, the bad one in other words: "good weeks or frustrating
        // ones", "good days or bad ones", "great sessions or rough ones".
        r"\b(?:good|great|happy|easy|smooth|positive)\s+(?:(?:days?|weeks?|months?|sessions?|moments?|times?|experiences?|results?|stretches|spells?|lessons?|rehearsals?|practices?|runs?)\s+)?or\s+(?:(?:a|the)\s+)?(?:bad|frustrating|negative|poor|disappointing|rough|tough|difficult|hard|trying|annoying|unhappy|sad|bumpy|mediocre|so-so|not\s+so\s+good|less\s+good)\b",
    ],
    disclaim: &[
        // An offer said to ask nothing back: "the credit doesn't depend on anything from you",
        // "it is not conditional on anything further you do".
        r"\b(?:does\s+not|doesn'?t|is\s+not|isn'?t|will\s+not|won'?t)\s+(?:depend|conditional|contingent|dependent)\s+(?:up)?on\s+anything\b",
        // A reward said not to exist here: "so there's nothing attached to it", "no points, no
        // vouchers, no freebies".
        r"\bnothing\s+(?:is\s+|'s\s+)?(?:attached|on\s+offer)\b|\bno\s+(?:points|stars|gifts?|rewards?|coupons?|discounts?|vouchers?|freebies|perks|credits?)\s*,\s*(?:and\s+|or\s+)?no\s+[\w-]+|\bno\s+[\w-]+\s*,\s*(?:and\s+|or\s+)?no\s+(?:points|stars|gifts?|rewards?|coupons?|discounts?|vouchers?|freebies|perks|credits?)\b",
        // An offer said to stand apart from reviews: "it's open to every customer and has
        // nothing to do with reviews", "this code is not tied to any review".
        r"\b(?:has|have|is|are|'s)\s+nothing\s+to\s+do\s+with\s+(?:a\s+|any\s+|your\s+|the\s+)?(?:reviews?|ratings?|feedback)\b|\b(?:is|are|'s)\s+(?:not|in\s+no\s+way)\s+(?:linked|tied|connected)\s+to\s+(?:a\s+|any\s+|your\s+|the\s+)?(?:reviews?|ratings?|feedback)\b",
        // A refusal that follows another: "We don't ask for five stars. Nor a glowing review."
        r"(?-i:\bNor)\s+(?:do\s+we\s+(?:ask\s+for|want|expect)\s+|are\s+we\s+(?:asking|looking)\s+for\s+)?(?:a|an|five|5|any)\b",
        // "We do not ask only good review", "we don't want just five-star ratings".
        r"\b(?:do\s+not|don't|never|not)\s+(?:only\s+|just\s+)?(?:ask|want|request|need|expect|look)\w*\s+(?:you\s+)?(?:for\s+)?(?:only\s+|just\s+)?(?:an?\s+)?(?:good|positive|great|glowing|5[\s-]*star|five[\s-]*star)\s+(?:reviews?|ratings?|feedback|opinions?)\b",
        // "We're not asking you to …"; help promised whether the buyer reviews or not ("no
        // matter whether you have left a review or not", "whether or not you ever review it"),
        // which asks for nothing.
        r"\b(?:(?:we(?:'re|\s+are)|i(?:'m|\s+am))\s+not|this\s+(?:email|message|note)\s+is\s+not|we\s+(?:don'?t|do\s+not|never|won'?t))\s+(?:asking|ask|requesting|request)\s+(?:you\s+)?(?:for|to)\b|\bthis\s+is\s+not\s+a\s+request\s+for\b|\b(?:whether\s+or\s+not|regardless\s+of\s+whether|no\s+matter\s+(?:whether|if))\s+you(?:'ve|\s+have)?\s+(?:(?:ever|actually|also|eventually|later|then|decide\s+to|choose\s+to|go\s+on\s+to)\s+)?(?:review(?:ed)?\b|(?:left|leave|written|write|wrote|posted|post)\s+(?:us\s+)?(?:a|any)\s+review\b)|\b(?:whether|no\s+matter)\s+you(?:'ve|\s+have)?\s+(?:left|leave|written|write|wrote|posted|post)\s+(?:us\s+)?(?:a|any)\s+review\s+or\s+not\b",
        // The same either way, put plainly or in a learner's English: "you write a review or not,
        // no difference", "you leave review or don't leave review", "review or no review".
        r"\byou\s+(?:write|leave|post|give)\s+(?:us\s+)?(?:a\s+|any\s+)?review\s+or\s+(?:not|no|don'?t|do\s+not)\b|\breview\s+or\s+no\s+review\b",
    ],
    other_sense: &[
        // A score in a game, by the stars it went from and to, or by the level, track or song it
        // was won on: "went from two stars to five stars on the hardest track", "three stars on
        // every level". A player's result, no rating of a product, and no ask.
        r"\bfrom\s+(?:one|two|three|four|\d)\s+stars?\s+(?:up\s+)?to\s+(?:two|three|four|five|\d)\s+stars?\b|\b(?:one|two|three|four|five|\d)\s+stars?\s+on\s+(?:the\s+|a\s+|every\s+|each\s+|all\s+|her\s+|his\s+|their\s+|my\s+|your\s+)?(?:(?:hardest|toughest|easiest|final|last|first|next|bonus|expert|hard|harder)\s+)?(?:levels?|tracks?|songs?|stages?|missions?|courses?|runs?|rounds?)\b",
        // A time of use, and no earlier, holds nothing back (see the const).
        AFTER_A_TIME_OF_USE,
        // New shoes, boots, gloves or a saddle worn in, which breaks nothing: "the break-in",
        // "a week of breaking in", "break them in gently", "once they're broken in". (Not "it
        // broke in two", nor "broken in transit".)
        r"\bbreak(?:ing)?-in\b|\bbreak(?:ing)?\s+in\s+(?:period|phase|time|stage|process)\b|\b(?:of|for|with|after|during|needs?|takes?|worth|some|a\s+(?:bit|little)\s+of)\s+breaking\s+in\b|\bbreak(?:s|ing)?\s+(?:them|it|(?:the|your|these|those|a)\s+(?:new\s+)?[\w'’-]+)\s+in\s*(?:[.,;:!?)–—]|(?m:$)|\b(?:gently|slowly|gradually|properly|first|over|by|on|around|at\s+home|before|and|for)\b)|\bbroken-in\b|\b(?:properly|fully|nicely|well|completely|comfortably)\s+broken\s+in\b|\b(?:are|is|['’]re|['’]s|been|get|gets|got|feel|feels)\s+broken\s+in\s*(?:[.,;:!?)–—]|(?m:$)|\b(?:and|now|yet|properly|fully)\b)",
        // Paperwork or packaging in the next parcel is no extra: "your next parcel will include
        // a new leaflet", "… come in a recyclable paper bag" (see `NEXT_PARCEL_EXTRA`).
        r"\b(?:a|an|one|some|the)\s+(?:(?:new|updated|revised|printed)\s+)?(?:leaflets?|manuals?|instruction\s+(?:leaflets?|sheets?|cards?)|invoices?|receipts?|(?:paper|plastic|recyclable|compostable)\s+(?:bags?|mailers?)|return\s+labels?|inserts?)\b",
        // The treat a child's chart leads to, by its count of stars or stickers: "a little reward
        // at ten stars", "ten stickers earn a small treat" (the chart itself: see below).
        r"\b(?:(?:little|small|tiny|special)\s+)?(?:reward|treat|prize|surprise)\s+(?:at|after|for|once\s+(?:they|he|she)\s+(?:reach|get|collect|fill)(?:es|s)?)\s+(?:(?:\d+|three|five|seven|ten|twenty|a\s+(?:full\s+)?row\s+of)\s+)?(?:gold\s+)?(?:stars|stickers)\b|\b(?:\d+|three|five|seven|ten|twenty)\s+(?:gold\s+)?(?:stars|stickers)\s+(?:earns?|means?|gets?|wins?|unlocks?|brings?)\s+(?:a|an|one)\s+(?:(?:little|small|tiny|special)\s+)?(?:reward|treat|prize|surprise)\b",
        // A new unit swapped for the old or faulty one: the goods exchanged as the remedy, no
        // payment ("a brand-new unit in exchange for the old one", "in return for your faulty
        // charger").
        r"\bin\s+(?:exchange|return)\s+for\s+(?:the|your|its)\s+(?:(?:old|faulty|broken|defective|damaged|worn)\b)",
        // A longer warranty for registering the product, not for a review: "Register your
        // jump starter within 30 days on the card in the box to extend the warranty to three
        // years", "… and get a 3-year warranty", "registering it extends the warranty", "after
        // registration the warranty runs five years". The words between the registration and
        // the warranty hold no comma, no "and" and no "then" (a word of any other length, or of
        // that length but those): "Register your product and leave a review to extend your
        // warranty" ties the warranty to the review too.
        r"\bregist(?:er|ers|ered|ering)\b(?:\s+(?:[\w'-]{1,2}|[\w'-]{5,}|[^\Wa][\w'-]{2}|a[^\Wn][\w'-]|an[^\Wd]|[^\Wt][\w'-]{3}|t[^\Wh][\w'-]{2}|th[^\We][\w'-]|the[^\Wn])){0,12}?\s*,?\s+(?:to\s+(?:extend|get|unlock|receive|activate|upgrade|double|lengthen)|and\s+(?:get|receive|unlock|enjoy|we(?:'ll|\s+will)?\s+(?:extend|upgrade|double|lengthen)|the|your|its)|for\s+(?:an?|the|your)|extends|doubles|lengthens|upgrades|gets\s+you|gives\s+you)\s+(?:[\w'-]+\s+){0,3}?warrant(?:y|ies)\b[^.!?\n]{0,40}|\b(?:after|upon|on|with|following)\s+(?:the\s+|your\s+)?(?:product\s+)?(?:registration|registering(?:\s+it)?)\b(?:\s+(?:[\w'-]{1,2}|[\w'-]{5,}|[^\Wa][\w'-]{2}|a[^\Wn][\w'-]|an[^\Wd]|[^\Wt][\w'-]{3}|t[^\Wh][\w'-]{2}|th[^\We][\w'-]|the[^\Wn])){0,4}?\s*,?\s+(?:the\s+|your\s+|its\s+)?warrant(?:y|ies)\b[^.!?\n]{0,40}",
        // A token of thanks for the purchase, the trust or the loyalty, not for a review: "as a
        // token of our gratitude for your purchase, …", "a sign of our appreciation for your trust."
        // ("… for your purchase and your review" is for the review too.)
        r"\b(?:token|sign|mark|gesture|expression)\s+of\s+(?:our|my)\s+(?:(?:sincere|heartfelt|deep|warm)\s+)?(?:gratitude|thanks|appreciation)\s+for\s+(?:your|this|the)\s+(?:[\w'-]+\s+)?(?:purchase|order|trust|loyalty|custom|business|patience|support|visit|choice)\s*[,.;:!?]",
        // A reward chart and the rewards a parent agrees with a child, no reward for the buyer:
        // "a reward chart", "the sticker chart", "agree on the reward together", "a small reward
        // for your toddler", "reward them with a story".
        r"\b(?:rewards?|stars?|sticker|potty|behaviou?r|chore|routine|progress)\s+(?:charts?|boards?|jars?)\b|\brewards?\s+(?:for\s+|to\s+)?(?:your|their|the|a|each|his|her)\s+(?:(?:little|young|small)\s+)?(?:child|children|kids?|toddlers?|little\s+ones?|son|daughter|pupils?|students?|class|preschooler|boy|girl)\b|\b(?:the|a|each|their|his|her)\s+(?:(?:small|little|next|agreed)\s+)?rewards?\s+(?:together|with\s+(?:your|their|the)\s+(?:child|children|kids?|toddlers?|little\s+ones?))\b|\breward\s+(?:them|him|her|your\s+(?:child|kids?|toddler|little\s+one))\s+(?:with|for)\b",
        // "Reward" as what a skill or a habit gives back, no reward for anything: "chess rewards
        // patience", "the craft rewards slow, careful work". (Only the verb with a thing as its
        // subject: "we reward your patience" is the seller's, and stays a reward.) Also in the
        // passive: "practice is rewarded".
        r"\brewards\s+(?:(?:the|a\s+little|slow|steady|careful|daily|honest|regular|real|hard)\s*,?\s+){0,3}(?:patience|practi[cs]e|persistence|perseverance|effort|consistency|work|focus|discipline|curiosity|care|attention|repetition|precision|calm|concentration|those\s+who\s+(?:practi[cs]e|persist|wait|keep))\b|\b(?:patience|practi[cs]e|persistence|consistency|effort|discipline)\s+(?:is|gets|will\s+be)\s+rewarded\b",
        // The true reward of a hobby or a craft, named as what it brings, nothing handed over:
        // "the real reward comes when the first print lifts off the plate", "the best reward is
        // the first fish of the morning", "the sweetest prize is a finished puzzle". (Only with
        // "the", an adjective of its worth and a verb after it: "a reward" or "a real prize" may
        // be an offer, and so is "the best reward for your review? …".)
        r"\bthe\s+(?:real|true|best|biggest|greatest|sweetest|only|ultimate|finest)\s+(?:reward|prize|payoff|pay-off)\s+(?:(?:of|in)\s+(?:[\w'-]+\s+){1,2}?)?(?:comes?|came|is|was|lies|arrives?|waits?)\b",
        // Something done per order, not per review: "for every order we donate $1", "with each
        // purchase a tree is planted". ("for every review" stays a link.)
        r"\b(?P<m>(?:for|with)\s+(?:every|each|your))\s+(?:single\s+|new\s+)?(?:orders?|purchases?|sales?|parcels?|packages?|shipments?|deliver(?:y|ies)|boxe?s?|bottles?|jars?|bags?|packs?|items?|units?|products?|refills?)\b",
        // An extra that every parcel or order comes with, in a sentence of its own: "Every parcel
        // includes a free sample", "each order ships with a little gift", "all our boxes come
        // with a bonus sticker". It is for every buyer, not for the review asked for before it.
        // The sentence ends with the item, or goes on only to say where it is from ("of our
        // paper") or a word to the buyer (", so keep an eye out"): not "… for those who review".
        // (Nor "each reviewer's parcel …", nor "leave a review and every parcel …".)
        r"(?:(?m:^)[ \t]*|[.!?][ \t]+)(?P<m>(?:every|each|all(?:\s+of)?\s+our|all(?:\s+the)?)\s+(?:single\s+)?(?:parcels?|orders?|packages?|box(?:es)?|shipments?|deliver(?:y|ies)|purchases?|envelopes?)\s+(?:(?:we\s+(?:send|ship|pack)|always|also|now|already|still)\s+)*(?:includes?|comes?\s+with|contains?|ships?\s+with|carr(?:y|ies)|holds?|gets?|has|have)\s+(?:[\w'-]+\s+){0,3}?(?:free|complimentary|bonus|gift|extra|sample|goodie|freebie|treat)s?\b(?:\s+(?:gift|sample|treat|sticker)s?\b)?(?:\s+(?:of|from)\s+(?:(?:our|the|a|an|this|its)\s+)?(?:[\w'-]+\s+)?[\w'-]+)?(?:\s*[,;–—-]\s*(?:so|just|while)\s+[^.!?\n]{0,60})?)\s*(?:[.!?]|(?m:$))",
        // An extra the seller says every order or every buyer gets, said after the item: "Your
        // order includes a free sample of our blend, sent with every machine", "we tuck a bonus
        // brush in with every order", "a free tasting bag is included in every box", "there's a
        // gift in your parcel, as there is for all our customers". It is no reward for the
        // review. (The order or the buyer is what is counted, never the review: "with every
        // review we send …", "every customer who leaves a review gets …" stay offers; and the
        // sentence opens on the parcel, the seller or the extra, not "review us and get …".)
        r"(?:(?m:^)[ \t]*|[.!?][ \t]+)(?P<m>(?:(?:your|the|this|our)\s+(?:[\w'-]+\s+){0,2}?(?:order|parcel|package|box|delivery|shipment|machine|grinder|kit|set)s?\s+(?:(?:also|already|always)\s+)?(?:includes?|contains?|comes?\s+with|ships?\s+with|has|holds?)|you(?:['’]ll|\s+will|\s+should|\s+can)\s+(?:also\s+)?find|there(?:['’]s|\s+is|\s+are)|we(?:['’]ve|\s+have)?\s+(?:(?:always|also|now)\s+)?(?:include|send|add|pack|tuck|put|slip|enclose)[sd]?)\s+(?:[\w'-]+\s+){0,4}?(?:free|complimentary|bonus|gift|extra|samples?|goodies|goodie|freebies?|treats?|surprise)\b(?:\s+[\w'-]+){0,7}?,?\s+(?:(?:as\s+(?:there\s+is|there\s+are|it\s+is|we\s+do)|(?:sent|shipped|packed|included|tucked|added|given|enclosed|going\s+out)|(?:that|which|as\s+it)\s+(?:comes?|goes|ships?)(?:\s+out)?|(?:just\s+)?(?:like|as)|same\s+as)\s+)?(?:in|with|into|to|for)\s+(?:every|each|all(?:\s+of)?\s+our|all(?:\s+the)?)\s+(?:single\s+|new\s+)?(?:orders?|purchases?|parcels?|packages?|box(?:es)?|shipments?|deliver(?:y|ies)|machines?|grinders?|kits?|sets?|units?|bottles?|jars?|bags?|packs?|customers?|buyers?|shoppers?|clients?))\s*(?:[.!?]|(?m:$))",
        r"(?:(?m:^)[ \t]*|[.!?][ \t]+)(?P<m>(?:a|an|the|our|this|one|these)\s+(?:[\w'-]+\s+){0,3}?(?:free|complimentary|bonus|gift|extra|samples?|goodies|goodie|freebies?|treats?|surprise)\b(?:\s+[\w'-]+){0,5}?\s+(?:is|are|comes?|goes|go|ships?)\s+(?:(?:also|always)\s+)?(?:(?:included|added|packed|sent|tucked|enclosed|out)\s+)?(?:in|with|into|to|for)\s+(?:every|each|all(?:\s+of)?\s+our|all(?:\s+the)?)\s+(?:single\s+|new\s+)?(?:orders?|purchases?|parcels?|packages?|box(?:es)?|shipments?|deliver(?:y|ies)|machines?|grinders?|kits?|sets?|units?|bottles?|jars?|bags?|packs?|customers?|buyers?|shoppers?|clients?))\s*(?:[.!?]|(?m:$))",
        // The buyer's rights in law, which every buyer has: "your statutory rights to a refund",
        // "your rights under the Consumer Rights Act, such as a repair or replacement".
        r"\b(?:statutory|legal|consumer)\s+(?:rights?|guarantees?|warrant(?:y|ies))\b[^.!?\n]{0,120}|\brights\s+under\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?(?:law|act|regulations?|guarantees?|directive)\b[^.!?\n]{0,120}",
        // Paying with a gift card or voucher, and money going back onto one: "if you paid by
        // gift card, the refund goes back onto it", "refunded to the gift voucher".
        r"\b(?:paid|pay|paying|payment)\s+(?:[\w'-]+\s+){0,2}?(?:with|by|using|via)\s+(?:a\s+|an\s+)?(?:amazon\s+)?gift\s+(?:vouchers?|cards?|certificates?)\b[^.!?\n]{0,100}|\b(?:refund(?:s|ed)?|credit(?:ed)?|money)\s+(?:[\w'-]+\s+){0,3}?(?:to|as|onto)\s+(?:the|a|an|your)\s+(?:amazon\s+)?(?:gift\s+)?(?:vouchers?|gift\s+cards?|gift\s+certificates?)\b",
        // An order the buyer marked or sent as a gift: "since you flagged this order as a gift",
        // "you chose to send it as a present".
        r"\b(?:marked|marking|mark|flagged|sent|sending|send|shipped|shipping|chose|selected|ticked)\s+(?:[\w'-]+\s+){0,3}?as\s+a\s+(?:gift|present)\b",
        // Stars that grade the buyer's own effort, practice or work, not the product: "that's
        // five-star effort", "a five-star session", "five stars for showing up", "give yourself
        // five stars". Only after words that make it praise or a self-grade ("our five-star
        // effort" is the seller's, and stays a star count), and where no wish follows ("that's
        // five-star effort would be nice" asks for them: `en_praise_end`).
        concat!(
            r"(?:(?:(?m:^)|[^\w\s'’]|\b(?:a|that['’]?s|that\s+is|it['’]?s|it\s+is|this\s+is|is|was|were|still|pure|real|true|proper|genuine|total|absolute|such|your|yourself|you)\s)\s*(?:(?:still|pure|real|true|proper|genuine|total|absolute|a|an|solid|full)\s+)?(?:5|five)[\s-]*stars?[\s-]+(?:efforts?|work|practi[cs]e|sessions?|workouts?|training|attempts?|tries|try|trying|performances?|progress|dedication|commitment|consistency|persistence|perseverance|focus|form|technique|hustle|grit|showing\s+up|turning\s+up|effort\s+levels?|streaks?)\b)",
            en_praise_end!()
        ),
        // The same as stars "for" the effort, only where no one asks for them: at the start, or
        // after "that's", "is", "deserves" ("give us five stars for the effort" asks for them),
        // and with the sentence ending there ("Five stars for the effort would be lovely"
        // wishes for them, "…, please" asks for them: `en_praise_end`).
        concat!(
            r"(?:(?:(?m:^)|[^\w\s'’]|\b(?:that['’]?s|that\s+is|it['’]?s|it\s+is|this\s+is|is|was|still|deserves?|earned|yourself|and)\s)\s*(?:(?:still|easily|a|full)\s+)?(?:5|five)[\s-]*stars?\s+for\s+(?:your\s+|the\s+|that\s+|all\s+the\s+|all\s+that\s+)?(?:efforts?|work|practi[cs]e|sessions?|workouts?|training|attempts?|trying|progress|dedication|commitment|consistency|persistence|perseverance|focus|grit|showing\s+up|turning\s+up|sticking\s+with\s+it|keeping\s+at\s+it))",
            en_praise_end!()
        ),
        // The buyer grading themselves, or their own pose, drawing or session, in stars: "give
        // yourself five stars", "award yourself a five-star", "rate your own sketch five stars".
        // Not with stars for the seller after it ("give yourself five stars, and us too").
        concat!(
            r"(?:\b(?:give|award|grant|rate|score|grade|mark)\s+(?:yourself|your\s+own\s+[\w'-]+|each\s+(?:pose|drawing|sketch|session|workout|attempt|exercise|round|set|page|try|day))\s+(?:(?:from\s+)?(?:one|1)\s+to\s+)?(?:a\s+)?(?:full\s+)?(?:5|five)[\s-]*stars?\b)",
            en_praise_end!()
        ),
        // A whole star scale the buyer grades their own practice with, from the bottom to the
        // top: "rate each pose from one to five stars", "give it 1-5 stars in your log". Only
        // for each thing, or for the buyer's own log or card ("rate us from one to five stars,
        // we hope for five" stays a star count).
        r"\b(?:each|every|yourself|your\s+own)\b[^.!?\n]{0,40}?\b(?:from\s+|between\s+)?(?:zero|one|0|1)\s*(?:stars?\s+)?(?:to|through|-|–|and)\s*(?:a\s+)?(?:five|5)[\s-]*stars?\b|\b(?:from\s+|between\s+)?(?:zero|one|0|1)\s*(?:stars?\s+)?(?:to|through|-|–|and)\s*(?:a\s+)?(?:five|5)[\s-]*stars?\s+(?:[\w'-]+\s+){0,6}?(?:in|on|into)\s+(?:your|the|a)\s+(?:own\s+)?(?:private\s+)?(?:practice\s+|training\s+|workout\s+|progress\s+)?(?:log|card|notebook|journal|diary|sheet|chart|tracker|planner)\b",
        // The thing the buyer made with the product, praised in stars: "your bread will be
        // five-star", "a five-star loaf", "drawings that look five-star".
        r"\b(?:a\s+|your\s+)?(?:5|five)[\s-]*stars?\s+(?:breads?|loa(?:f|ves)|bakes?|cakes?|pizzas?|cookies|meals?|dinners?|dish(?:es)?|brews?|drawings?|sketch(?:es)?|paintings?|portraits?|photos?|knits?|stitches|bonsai|results?)\b|\b(?:bread|loaf|loaves|bake|cake|pizza|cookies|meal|dinner|dish|brew|drawing|sketch|painting|portrait|photo|knitting|result|results)\s+(?:will\s+be|is|was|are|were|looks?|looked|tastes?|tasted|turned\s+out|came\s+out|comes\s+out)\s+(?:(?:truly|really|absolutely|simply|pure|properly)\s+)?(?:5|five)[\s-]*stars?\b",
        // A star class of a hotel, a resort or a restaurant: "that five-star hotel feel", "like a
        // 4-star resort". It grades the place, not the buyer's rating.
        // Also hyphenated into one word: "a 5-star-hotel feel", "that four-star-resort calm".
        r"\b(?:3|4|5|three|four|five)[\s-]*stars?[\s-]+(?:hotels?|motels?|resorts?|restaurants?|spas?|hospitality|accommodation|lodges?|cruises?|dining|chefs?|camp(?:site|ground|ing\s+(?:site|ground|park))s?|caravan\s+parks?|holiday\s+parks?|guest\s*houses?|b\s*&\s*bs?|bed\s+and\s+breakfasts?|inns?|hostels?|huts?|cabins?|chalets?|glamping)\b",
        // Or with the stars after the place: "a hotel with five stars", "a restaurant rated five
        // stars".
        r"\b(?:hotels?|resorts?|restaurants?|spas?|lodges?|cruises?)\s+(?:with|of|rated|graded|awarded|holding)\s+(?:a\s+|full\s+)?(?:5|five)[\s-]*stars?\b",
        // A place to stay that someone calls or counts five-star: "a campsite our club calls
        // five-star", "a hut the locals rate five stars", "the guesthouse we'd call five-star".
        r"\b(?:hotels?|motels?|resorts?|restaurants?|lodges?|camp(?:site|ground)s?|caravan\s+parks?|holiday\s+parks?|guest\s*houses?|inns?|hostels?|huts?|cabins?|chalets?)\s+(?:(?:that|which|who|whom)\s+)?(?:[\w'’-]+\s+){0,4}?(?:calls?|called|(?:would|'d|’d)\s+call|rates?|rated|counts?|counted|considers?|considered|deems?|deemed)\s+(?:it\s+|them\s+)?(?:a\s+|full\s+)?(?:5|five)[\s-]*stars?\b",
        // The item's own warranty named as the ground of a repair or a replacement, a remedy every
        // buyer has: "we will replace it free of charge under the pen's lifetime warranty", "under
        // our lifetime guarantee we repair any nib". The remedy stays an offer where a review earns
        // it ("review us and we'll replace it").
        r"\b(?:replac|repair|fix|exchang|swap|mend|servic|restor|re-?tun|regrind)\w*\b[^.!?\n]{0,60}?\b(?P<m>(?:under|within|covered\s+by|as\s+part\s+of)\s+(?:(?:the|its|your|our|this|their)\s+|the\s+[\w-]+'s\s+)?(?:[\w-]+\s+){0,2}?(?:warranty|guarantee))\b",
        r"\b(?P<m>(?:under|within|covered\s+by|as\s+part\s+of)\s+(?:(?:the|its|your|our|this|their)\s+|the\s+[\w-]+'s\s+)?(?:[\w-]+\s+){0,2}?(?:warranty|guarantee))\b[^.!?\n]{0,40}?\b(?:replac|repair|fix|exchang|swap|mend|servic|restor)\w*",
        // A safety note saying the item takes no professional's place: "not a replacement for a
        // medical assessment", "no substitute for your doctor's advice", "it doesn't replace a
        // visit to your GP". It offers nothing.
        r"\b(?:not|never|no)\s+(?:a\s+)?(?:replacement|substitute)\s+for\s+(?:[\w'-]+\s+){0,3}?(?:medical|doctors?|physicians?|GPs?|professional|clinical|diagnos\w*|treatments?|therap\w*|assessments?|advice|care|consultations?|check-?ups?|examinations?|exams?|visits?|prescriptions?|medications?|medicines?|pharmacists?|physio\w*|specialists?|health\s*care|appointments?)\b|\b(?:(?:does|do|will|can|should)(?:\s+not|n't)|never)\s+replaces?\s+(?:[\w'-]+\s+){0,4}?(?:medical|doctors?|physicians?|GPs?|professional|clinical|diagnos\w*|treatments?|therap\w*|assessments?|advice|care|consultations?|check-?ups?|examinations?|exams?|visits?|prescriptions?|medications?|medicines?|pharmacists?|physio\w*|specialists?|health\s*care|appointments?)\b",
        // Stars that are a spice, a shape or a thing made of something, not a rating: "five star
        // anise", "stars of anise", "five stars cut from felt", "star-shaped shortbread", "star
        // fruit". ("Five stars would be lovely" stays a star count.)
        r"\bstars?[\s-]+(?:anise|aniseed|fruits?|fish|jasmine|shaped)\b|\banise\s+stars?\b|\bshaped\s+like\s+(?:a\s+)?stars?\b|\bstars?\s+(?:(?:made|cut|carved|stamped|pressed|punched|folded|baked|piped|cast|sewn|stitched|woven)\s+)?(?:of|from|out\s+of|in)\s+(?:[\w-]+\s+)?(?:anise|aniseed|felt|paper|card|cardboard|wood|chocolate|sugar|fondant|marzipan|icing|dough|pastry|shortbread|gingerbread|clay|ceramic|porcelain|glass|crystal|brass|copper|tin|pewter|foil|ribbon|fabric|linen|leather|lace|glitter|sequins|beads|metal|resin|straw|wax|beeswax)\b",
        // Stars someone else hands out, a pet, the vet or the groomer, told as what happened:
        // "our cat gives the perch five stars", "the vet gave the harness five stars", "five stars
        // from the cat". Only in the third person ("give it five stars", "if you gave it five
        // stars" and "five stars from you" stay star counts), and never to the seller ("who gives
        // us five stars").
        r"\b(?:gives|awards|hands|rates|scores|grades)\s+(?:(?:it|them|this|that|(?:the|this|that|her|his|its|their|our|my)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+)?(?:(?:a|full|solid|all|the)\s+){0,2}(?:5|five)[\s-]*stars?\b",
        r"\b(?:she|he|they|(?:the|our|my|his|her|their)\s+(?:[\w'-]+\s+)?[\w'-]+(?:\s+(?-i:[A-Z][\w'-]+))?)\s+(?:(?:has|had|already|just|promptly|happily|proudly|instantly|clearly)\s+){0,2}(?:gave|given|awarded|rated|scored|graded)\s+(?:(?:it|them|this|that|(?:the|this|that|her|his|its|their|our|my)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+)?(?:(?:a|full|solid|all|the)\s+){0,2}(?:5|five)[\s-]*stars?\b",
        r"\b(?:5|five)[\s-]*stars?\s+from\s+(?:(?:the|our|my|his|her|their)\s+[\w'-]+|him|her|them)\b",
        // Stars counted per day or week, an app's or a tracker's goals: "five stars a week means
        // a tired dog", "5 stars per day".
        r"\b(?:5|five)[\s-]*stars?\s+(?:a|per|each|every|in\s+a|in\s+one)\s+(?:day|week|month|walk)\b",
        // Stars that grade something on a scale told step by step, the lowest first: "one star,
        // the knot comes apart with your fingers; three, …; five stars, only the clippers help".
        r"\b(?:one|1)[\s-]*star\s*[,:;=–—-][^.!?\n]{1,160}?(?P<m>\b(?:5|five)[\s-]*stars?)\s*[,:;=–—-]",
        // An order-summary row naming a saving the buyer already had ("Discount applied:
        // Lightning deal", "Coupon used | SPRING"), with the value in the cell or line after it:
        // it describes the order, it promotes nothing.
        r"(?m:^)[ \t]*(?:discounts?|coupons?|promo(?:tion)?s?|vouchers?|deals?|savings?|offers?)\s+(?:applied|used|redeemed|included)\b[^\n]*(?:\n\s*[^\n]*)?",
        // A star count inside a capitalised product name in running text ("your 5-Star Hotel
        // Pillow", "the Five Star Notebook"): a name, not a rating.
        r"\b(?:5|(?-i:Five))[\s-](?-i:Star)s?\s+(?-i:[A-Z][\w'-]+)",
        // The order's item line ("Item: Five Star Notebook"): a star count there is a name.
        r"(?m:^)[ \t]*(?:items?|products?|articles?|model|ordered\s+items?|contents?|description)[ \t]*:[^\n]*",
        // "First" that opens an enumeration, answered by a "Second" further on: it numbers the
        // points and puts no one before the review.
        r"(?m:^)[ \t]*(?P<m>first(?:ly)?|first\s+of\s+all)\s*[,:.][\s\S]{0,600}?(?:(?m:^)|[.!?]\s+)[ \t]*(?:second(?:ly)?|next)\s*[,:]",
        // A refusal naming several things of any kind at once: "we never send samples, phone
        // stands or cash in return for reviews", "we don't offer discounts or freebies for
        // ratings", "the shop gives no gifts or coupons for reviews".
        r"\b(?:(?:do\s+not|don'?t|does\s+not|doesn'?t|never|will\s+not|won'?t|cannot|can'?t)\s+(?:give|offer|send|pay|provide|hand\s+out)\s+(?:you\s+)?(?:any\s+)?|(?:gives?|offers?|sends?|pays?|provides?|hands?\s+out)\s+(?:you\s+)?no\s+)[\w'-]+(?:\s+[\w'-]+)?(?:\s*,\s*(?:[\w'-]+\s+)?[\w'-]+)*(?:,?\s+(?:or|and|nor)\s+(?:[\w'-]+\s+)?[\w'-]+)?\s+(?:in\s+(?:return|exchange)\s+)?for\s+(?:a\s+|an\s+|your\s+|the\s+|any\s+)?(?:honest\s+)?(?:reviews?|feedback|ratings?)\b",
        // Rewards for reviews said to be forbidden by the rules, which offers none: "Amazon
        // doesn't allow gifts or discounts for reviews", "the rules forbid freebies for ratings",
        // "samples in exchange for reviews aren't permitted".
        r"\b(?:forbids?|forbade|prohibits?|bans?|disallows?|(?:do\s+not|don'?t|does\s+not|doesn'?t|won'?t|will\s+not|never)\s+(?:allow|permit))\s+(?:sellers\s+(?:to\s+(?:give|offer|send)\s+|from\s+(?:giving|offering|sending)\s+)?)?(?:any\s+)?[\w'-]+(?:\s+[\w'-]+)?(?:\s*,\s*(?:[\w'-]+\s+)?[\w'-]+)*(?:,?\s+(?:or|and|nor)\s+(?:[\w'-]+\s+)?[\w'-]+)?\s+(?:in\s+(?:return|exchange)\s+)?for\s+(?:a\s+|an\s+|your\s+|the\s+|any\s+)?(?:honest\s+)?(?:reviews?|feedback|ratings?)\b|\b(?:gifts?|presents?|rewards?|incentives?|discounts?|coupons?|vouchers?|freebies?|samples?|perks?|refunds?|money|cash)\b[^.!?\n]{0,60}?\bfor\s+(?:a\s+|an\s+|any\s+|your\s+)?(?:reviews?|ratings?|feedback)\s+(?:are|is|aren'?t|isn'?t)\s+(?:not\s+)?(?:allowed|permitted|forbidden|prohibited|banned|against\s+(?:the\s+|amazon'?s\s+)?(?:rules|polic(?:y|ies)))\b",
        // Free delivery the buyer already had through Prime: "it shipped free as part of your
        // Prime membership", "free delivery with your Prime benefits". A perk of the order.
        r"\bfree\s+(?:shipping|delivery|postage)\s+(?:as\s+part\s+of|with|through|via|under|thanks\s+to|included\s+(?:in|with))\s+(?:your\s+)?(?:amazon\s+)?prime\b",
        // How long the item has been sold, which invites to no sale: "it has been on sale for a
        // year", "on sale since last spring", "went on sale two years ago".
        r"\b(?:has|have|had)\s+been\s+on\s+sale\s+(?:for|since)\b|\bon\s+sale\s+(?:for|since)\s+(?:(?:a|one|two|three|four|five|six|several|many|a\s+few|a\s+couple\s+of|over|almost|nearly|about|just\s+over|last|\d+)\s+)?(?:full\s+|whole\s+)?(?:years?|months?|weeks?|decades?|spring|summer|autumn|fall|winter|launch|\d{4})\b|\b(?:went|came|go|goes)\s+on\s+sale\s+(?:(?:a|one|two|three|\d+)\s+(?:years?|months?)\s+ago|last\s+(?:year|spring|summer|autumn|fall|winter)|in\s+\d{4})\b",
        // "Issue" as a verb, not a problem: "we'll issue a replacement", "we can issue the
        // credit note".
        r"\b(?:we(?:'ll|\s+will)|will|shall|can|to)\s+issue\b",
        // Nothing given for a review, said outright ("we give nothing for reviews", "you don't
        // get anything for a review"); or what others give, refused: "other shops add a voucher
        // for a rating, but we don't do that".
        r"\b(?:gifts?|presents?|coupons?|vouchers?|discounts?|rewards?|freebies?|bonus(?:es)?|perks?|incentives?|refunds?|cash)\b[^.!?\n]{0,60}?\bwe\s+(?:don'?t|do\s+not|never|won'?t|will\s+not)(?:\s+(?:do|offer|give|send)\s+(?:that|this|it|them|so|any))?\s*(?:[.,;:!)–—-]|$)|(?:\bnothing|\bnot\s+anything|n't\s+(?:give|offer|send|pay|get)\s+(?:you\s+)?(?:anything|(?:any\s+)?(?:gifts?|rewards?|presents?|discounts?|money)))\s+(?:in\s+(?:return|exchange)\s+)?for\s+(?:a\s+|an\s+|your\s+|the\s+|any\s+)?(?:honest\s+)?(?:reviews?|feedback|ratings?)\b",
        // An error code is no discount code; "for your trouble" thanks for an effort and names no
        // trouble of the buyer's.
        r"\b(?:error|fault)\s+codes?\s*:?\s*\w+|\bfor\s+your\s+trouble\b",
        // A baby, not stock: "congratulations on your new arrival", "best wishes to you and the
        // new arrival".
        r"\b(?:congrat(?:ulation)?s|best\s+wishes|all\s+the\s+best)\s+(?:on|to\s+you\s+and|with)\s+(?:the|your)\s+(?:little\s+|new\s+)?(?:new\s+)?arrival\b",
        // One thing or one being that has just come, named with "the" or "your": "tips for the
        // new arrival", "your new arrival settles in" (a shop's range is "new arrivals").
        r"\b(?:for|with|to|of|on|about|meet)\s+(?:the|your)\s+(?:little\s+)?new\s+arrival\b",
        // A price cut already applied to this order, explained: "the Amazon Business quantity
        // discount for orders of this size was applied automatically", "Amazon applied a volume
        // discount to your order".
        // It describes the invoice; an invitation to order more for one would still be marketing.
        r"\b(?:discounts?|price\s+breaks?|(?:quantity|volume|bulk|business|tiered)\s+(?:pricing|prices))\s+(?:[\w'-]+\s+){0,6}?(?:was|were|has\s+been|have\s+been|is|are|got)\s+(?:already\s+|automatically\s+)?applied\b|\bapplied\s+(?:a|an|the|its|their)\s+(?:[\w'-]+\s+){0,2}?(?:discounts?|price\s+breaks?)\s+(?:to|on)\s+(?:this|your|the)\s+(?:order|invoice|purchase)\b",
        // "Discount" as a verb, to disregard: "don't discount the MIN line".
        r"\b(?:don'?t|do\s+not|never|can'?t|cannot|shouldn'?t|should\s+not|mustn'?t|wouldn'?t)\s+discount\s+(?:the|this|that|it|them|these|those|any|how|what|our|your)\b",
        r"\breplacement\s+(?:[\w'-]+\s+){0,2}?(?:was|has\s+been|is)\s+(?:already\s+)?(?:dispatched|shipped|sent|posted|on\s+its\s+way|delivered)\b|\b(?:sent|shipped|dispatched|posted)\s+(?:you\s+)?(?:a|the|your)\s+(?:new\s+)?replacement\b",
        r"\b(?:wrap|wraps|wrapped|wrapping|pack|packs|packed)\s+(?:[\w'-]+\s+){0,3}?as\s+(?:a\s+)?gifts?\b|\b(?:grateful|thankful)\s+for\b",
        // The item given as a present, and what became of it: "the gift turned out to be a
        // favourite", "your present went down well"; people who give presents: "gift-givers".
        r"\b(?:the|your|this|that)\s+(?:gift|present)\s+(?:turned\s+out|went\s+down|was\s+(?:a|an|well|received|opened|unwrapped|loved)|landed|got\s+(?:opened|unwrapped|used))\b|\bgift[\s-]*(?:givers?|giving|shoppers?|recipients?)\b",
        r"\bgift[\s-]*(?:bags?|wrap(?:s|ping|ped)?|box(?:es)?|boxed|receipts?|messages?|notes?|tags?|paper|pouch(?:es)?)\b|\b(?:was|were)\s+(?:a\s+)?(?:gifts?|presents?)\b|\b(?:bought|ordered|purchased)\s+(?:it\s+|them\s+|this\s+)?(?:as|for)\s+a\s+(?:gift|present)\b|\b(?:coupons?|discounts?|promo(?:tion)?|vouchers?)(?:\s+codes?)?\s+(?:that\s+)?you\s+(?:already\s+)?(?:used|applied|redeemed|entered)\b",
        // A list of things the seller does not give: "we do not offer gifts, refunds, discounts
        // or any other benefit", in a learner's English too: "we not give present or money back".
        r"\b(?:do\s+not|don'?t|does\s+not|doesn'?t|never|will\s+not|won'?t|cannot|can'?t|we\s+not|we\s+no)\s+(?:offer|give|send|provide|pay|hand\s+out)\s+(?:you\s+|out\s+)?(?:(?:any\s+(?:other\s+)?|or\s+|nor\s+)?(?:gifts?|presents?|refunds?|discounts?|rewards?|incentives?|perks?|freebies?|coupons?|vouchers?|money\s+back|money|cash|payments?|compensation|benefits?|samples?|free\s+(?:products?|items?))(?:\s*,\s*|\s+(?:or|nor)\s+)?)+(?:\s*in\s+(?:return|exchange)\s+for\b)?",
        r"\bnothing\s+in\s+(?:return|exchange)\b|\b(?:no|without\s+any)\s+(?:rewards?|incentives?|perks?|gifts?|freebies?|prizes?|draws?|giveaways?|discounts?|coupons?|vouchers?|loyalty\s+points|points|promotions?|promos?|offers?|deals?|sales?)(?:\s*,\s*|\s+or\s+|\s+nor\s+)?(?:(?:rewards?|incentives?|perks?|gifts?|freebies?|prizes?|draws?|giveaways?|discounts?|coupons?)\b)?|\bwe\s+(?:offer|give)\s+nothing(?:\s+in\s+(?:return|exchange))?\b",
        // Help given whether the buyer reviews or not: "whether or not you review", "no matter
        // you have written a review or not", "with or without a review"; or whenever the review
        // comes, which puts no one before it: "write to us before or after you rate it".
        r"[^.!?\n]*\b(?:(?:before\s+or\s+after|after\s+or\s+before)\s+(?:you(?:'ve|\s+have)?\s+|(?:a|an|the|your|any)\s+)?(?:(?:honest\s+)?(?:reviews?|ratings?|feedback)|review(?:ing|ed)?|rat(?:e|ed|ing)(?:\s+it|\s+us)?|(?:leav(?:e|ing)|left|writ(?:e|ing)|wrote|written|post(?:ing|ed)?)\s+(?:a|your|the)\s+review)|(?:whether\s+or\s+not|regardless\s+of\s+whether|no\s+matter\s+(?:whether|if))\s+you(?:'ve|\s+have)?\s+(?:review(?:ed)?|(?:leave|left|write|wrote|written|post(?:ed)?)\s+a\s+review)|(?:whether|no\s+matter(?:\s+(?:whether|if))?)\s+you(?:'ve|\s+have)?\s+(?:review(?:ed)?|(?:leave|left|write|wrote|written|post(?:ed)?)\s+a\s+review)\s+(?:us\s+|it\s+)?or\s+not|with\s+or\s+without\s+a\s+review)\b[^.!?\n]*",
        // Help open whether the review comes with it or not: "with or without contacting us".
        r"\bwith\s+or\s+without\s+(?:first\s+)?(?:talking|speaking|contacting|reaching\s+out|getting\s+in\s+touch|writing|checking)\s*(?:to|with)?\s*us\b",
        // A ranking, not an ordering: "the first thing they read", "the first thing people check".
        r"\bthe\s+first\s+thing\s+(?:they|people|buyers|customers|shoppers|parents|we|you|i)\s+(?:\w+\s+)?(?:read|see|look|check|notice|ask)\w*\b",
        // What is refused for reviews, listed: "we don't offer anything for reviews (no gifts,
        // refunds or discounts)".
        r"\b(?:don'?t|do\s+not|never|won'?t)\s+(?:offer|give|pay|provide|send)\s+(?:anything|any\s+\w+|a\s+thing)\s+(?:in\s+return\s+)?for\s+(?:a\s+|your\s+|any\s+)?(?:reviews?|feedback|ratings?)\s*[(,:–—-]?\s*(?:no\s+)?[^.!?()\n]{0,60}\)?",
        // Money sent back to the buyer, which names no returned item: "paid back to your original
        // payment method", "returned to your card".
        r"\b(?:returned|paid\s+back|sent\s+back|refunded)\s+to\s+your\s+(?:original\s+)?(?:payment\s+method|card|credit\s+card|account|bank\s+account)\b",
        // The item itself a present the buyer gave, not one the seller gives: "if it was a gift",
        // "was the lamp a present?".
        r"\b(?:if|whether)\s+(?:it|this|they|the\s+[\w'-]+|your\s+[\w'-]+)\s+(?:was|were|is)\s+(?:a\s+)?(?:gift|present)s?\b|\bwas\s+(?:it|this|that|the\s+[\w'-]+|your\s+[\w'-]+)\s+(?:a|for\s+a)\s+(?:gift|present)\b",
        // The gift as what people shop for, not one the seller gives: "helps others choosing a
        // gift for their mum", "shopping for a present", "bought a present for her nephew", "gift
        // ideas"; and a card carrying the buyer's own words: "your message on a gift card".
        r"\b(?:choosing|picking|shopping|looking|searching|hunting|buying|selecting)\s+(?:for\s+)?(?:a|the|their|his|her)\s+(?:(?:perfect|right|good|great|nice|similar|special|thoughtful|birthday|wedding|christmas|last[\s-]minute)\s+)?(?:gifts?|presents?)\b|\b(?:choose|chose|chosen|pick|picked|buy|bought|find|found|select|selected)\s+(?:a|the|their|his|her)\s+(?:[\w'-]+\s+)?(?:gift|present)\s+for\s+(?:someone|somebody|(?:their|his|her|my|our|a|an)\s+(?:[\w'-]+\s+)?(?:mum|mom|mother|dad|father|parents?|friends?|child|children|kids?|son|daughter|nephew|niece|grand\w+|wife|husband|partner|sister|brother|colleague|teacher|boss|relatives?|family|loved\s+ones?|baby|couple|newborn|host))\b|\b(?:gift|present)\s+ideas?\b",
        r"\b(?:message|note|greeting|words|wishes|dedication)s?\s+(?:[\w'-]+\s+){0,3}?on\s+(?:a|the)\s+gift[\s-]*card\b|\bgift[\s-]*card\s+(?:with|bearing|carrying|holding)\s+(?:your|the|their|a)\s+(?:[\w'-]+\s+)?(?:message|note|greeting|words|wishes|dedication)s?\b",
        // Word sent back, not an item: "a reply from our team is on its way", "we'll send a
        // short answer", "a tracking number follows", "a copy of your review is emailed to you".
        r"\b(?P<m>reply|replies|answers?|responses?|messages?|e-?mails?|notes?|tracking\s+(?:numbers?|links?|codes?)|confirmations?|notifications?|receipts?|invoices?|copy|copies|updates?|links?|calls?)\b(?:\s+[\w'-]+){0,4}?\s+(?:(?:is|are|will\s+be|'ll\s+be|’ll\s+be|gets?)\s+(?:then\s+|also\s+|usually\s+|normally\s+|always\s+)?(?:sent|emailed|mailed|delivered|on\s+(?:its|their|the)\s+way|heading|headed)|(?:arrives?|follows?|goes\s+out|heads?\s+(?:out|your|to|over)|will\s+(?:arrive|follow|go\s+out)))\b|\b(?:send|mail|e-?mail|give|post)\s+(?:you\s+|them\s+)?(?:a|an|one|some|another)\s+(?:[\w'-]+\s+)?(?:reply|answer|response|message|e-?mail|note|update|confirmation|tracking\s+(?:number|link|code)|call)\b",
        // "Free" as the end of a word that names no gift: "trouble-free", "rattle-free",
        // "streak-free" say a fault is absent.
        r"\b(?:trouble|problem|hassle|fault|issue|worry|rattle|squeak|squeal|creak|clunk|knock|noise|vibration|judder|leak|drip|wobble|streak|smear|glitch|puncture|maintenance)[\s-]*free\b",
    ],
    rated_stars: &[
        // Stars a third party's test or rating gives a car, a helmet, a child seat or any other
        // thing, said of that thing: "a five-star Euro NCAP rating", "a 5-star crash-test score",
        // "five stars in the crash test", "rated five stars by NHTSA", "five stars in the
        // magazine's test", "Euro NCAP gave it five stars", "a safety rating of five stars".
        // Never in the buyer's own test ("five stars in your test" stays a star count), nor the
        // stars wished of the buyer beside it ("five stars from you", "give it five stars like
        // the crash testers did"). An ask of the buyer in the sentence governs them too, whatever
        // test or safety word stands beside them: "please give our lock a five-star safety
        // rating", "could you rate it five stars in the safety test", "a five-star crash-test
        // score from you" stay a star count.
        concat!(
            r"\b(?:5|five)[\s-]*stars?[\s-]+(?:",
            star_raters!(),
            r"|(?:crash|safety|crash[\s-]*safety|crash[\s-]*test|impact|side[\s-]*impact|roll[\s-]*over|occupant[\s-]*protection)[\s-]*(?:ratings?|scores?|results?|tests?|tested|rated|rating|performance|assessments?|cars?|vehicles?|record)|safety)\b",
        ),
        concat!(
            r"\b(?:5|five)[\s-]*stars?(?:[\s-]+(?:rated|ratings?|scores?|results?|awards?|verdicts?))?\s+(?:in|from|at|by|under|on|with|during|after|according\s+to)\s+(?:(?:(?:the|its|their|his|her|a|an|this|that|these|those|every|each|both|all|[\w?!-]+['’]s)\s+)?(?:[\w?!'’-]+\s+){0,3}?",
            star_raters!(),
            r"|(?:(?:the|its|their|his|her|a|an|this|that|these|those|every|each|both|all|[\w?!-]+['’]s)\s+(?:[\w?!'’-]+[\s-]+){0,2}?)?(?:(?:crash|safety|impact|side[\s-]*impact|roll[\s-]*over|frontal|child[\s-]*seat|car[\s-]*seat|helmet|consumer|road|lab(?:oratory)?|independent|magazine)[\s-]*)?(?:tests?|testing|assessments?))\b",
        ),
        concat!(
            r"\b(?:",
            star_raters!(),
            r"|(?:crash|safety)[\s-]*(?:tests?|ratings?)|magazine|testers)(?:['’]s)?[\s-]+(?:(?:crash[\s-]*test|safety|test)[\s-]+)?(?:(?:rating|score|result|verdict)\s+(?:of\s+)?)?(?:(?:has|had|just|also|then)\s+)?(?:(?:gave|given|gives|awarded|awards|rated|rates|scored|scores|handed|hands)\s+(?:(?:it|them|her|him|(?:the|this|that|your|their|its|his|her)\s+[\w'-]+(?:\s+[\w'-]+)?)\s+)?)?(?:(?:a|full|the\s+full|all|its|their)\s+)?(?:5|five)[\s-]*stars?\b",
        ),
        // Stars or a top mark that an examiner, a jury, judges, a critic or a paper gave a pupil,
        // a band, a concert, a film or a restaurant, told as what happened: "the examiner's report
        // gave him five stars for tone", "the jury awarded her top marks", "a five-star review
        // in the local paper", "given five stars by the critics", "top marks in the exam". Not
        // the stars wished of the buyer beside them ("give our bow five stars like the examiner
        // did", "five stars from you too"): no judge stands before them or after "from", "by" or
        // "in", and an ask between the judge and the stars still governs them.
        concat!(
            r"\b",
            en_judges!(),
            r"(?:['’]s?)?(?:\s+(?:own\s+)?(?:report|review|verdict|critique|write-?up|notice|mark\s*sheet|score\s*sheet|column))?\s+(?:(?:has|had|have|just|also|then|even|duly)\s+)*(?:gave|given|awarded|rated|scored|handed|marked|granted)\s+(?:(?:it|them|her|him|us|(?:the|this|that|our|their|his|her|its|my)\s+[\w'-]+(?:\s+[\w'-]+)?)\s+)?(?:(?:a|a\s+full|full|the\s+full|all)\s+)?",
            en_judged_mark!(),
            r"\b",
        ),
        concat!(
            r"\b",
            en_judged_mark!(),
            r"(?:[\s-]+(?:reviews?|ratings?|verdicts?|write-?ups?|critiques?|notices?|scores?))?\s+(?:from|by|in|at|according\s+to)\s+(?:(?:the|a|an|his|her|their|its|[\w?!-]+['’]s)\s+)?(?:[\w'’-]+\s+){0,2}?(?:",
            en_judges!(),
            r"|exams?|examinations?|auditions?|(?:paper|pen|ink|lab|blind|comparison|product|field)?[\s-]*tests?|test\s+reports?|comparisons?|round-?ups?|blogs?|bloggers?|testers?)\b",
        ),
        // A top mark a test or a comparison gave the product, the test named first: "In the
        // magazine's comparison, our shredder got the highest score", "in a blog's ink test, this
        // paper earned top marks", "in a comparison of planners it earned top marks". What happened, not a wish of the buyer; an ask in the sentence
        // ("in your test, please give it the highest score") still governs it.
        concat!(
            r"\b(?:in|at)\s+(?:(?:the|a|an|its|their|[\w?!-]+['’]s)\s+)?(?:[\w'’-]+\s+){0,3}?(?:tests?|comparisons?|round-?ups?|trials?)(?:\s+of\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?\s*,?\s+(?:[\w'’-]+\s+){1,4}?(?:got|gets|received|receives|earned|earns|won|wins|scored|scores|achieved|achieves|took|takes|was\s+given|was\s+awarded)\s+",
            en_judged_mark!(),
            r"\b",
        ),
        // The name a critic, a journalist, a magazine or a style column gave a collection or a
        // piece, in stars: "a fashion critic called it "a five-star coat"", "the magazine
        // hailed the range as the five-star collection of the season"; or that name before them:
        // "a "five-star collection" in a weekend magazine", "a five-star piece, according to the
        // critics". Only the object and "as" between the naming and the stars, so an ask there
        // ("… called it a classic, so please give it five stars") stays an ask.
        concat!(
            r"\b",
            en_judges!(),
            r"(?:['’]s?)?(?:\s+[\w'’-]+){0,6}?\s+(?:(?:has|had|have|just|also|then|even|once)\s+)*(?:called|calls|dubbed|dubs|named|names|hailed|hails|described|describes|labell?ed|labels|crowned|crowns|declared|declares|praised|praises|billed|branded|pronounced|deemed|proclaimed|titled)",
            en_named_as!(),
        ),
        concat!(
            r"\b(?:5|five)[\s-]*stars?[\s-]+[\w'-]+[\x22”’»]?,?\s+(?:from|by|in|at|according\s+to|as\s+(?:one|a|the)\s+)\s*(?:(?:the|a|an|one|his|her|their|its|[\w?!-]+['’]s)\s+)?(?:[\w'’-]+\s+){0,2}?",
            en_judges!(),
            r"\b",
        ),
        // Stars that are part of the design: "the five stars on the dial glow in the dark",
        // "five little gold stars around the pendant", "the scarf's five stars", "a dial with
        // five stars". A number of stars on a thing, never the buyer's rating.
        concat!(
            r"\b(?:5|five)\s+(?:[\w-]+\s+){0,2}?stars?\s+(?:(?:engraved|embroidered|printed|stitched|painted|set|stamped|etched|inlaid|sewn|woven|hanging|dangling|dotted|scattered|shining|glowing)\s+)?(?:on|of|around|along|across|in|at|under|inside|over|round)\s+(?:(?:the|its|your|this|that|each|every|our|their)\s+)(?:[\w'-]+\s+){0,2}?",
            en_star_design!(),
            r"\b",
        ),
        concat!(
            r"\b",
            en_star_design!(),
            r"(?:['’]s|\s+(?:with|has|have|had|bears?|shows?|features?|carries|carry|wears?))\s+(?:(?:its|their|the|all)\s+)?(?:5|five)\s+(?:[\w-]+\s+){0,2}?stars?\b",
        ),
        // A five-star event wished or told: "have a five-star wedding!", "here's to a
        // five-star holiday", "a five-star birthday party". It grades the day, not the product.
        r"\b(?:5|five)[\s-]*stars?[\s-]+(?:weddings?|parties|party|birthdays?|holidays?|vacations?|trips?|honeymoons?|celebrations?|christmas|new\s+year|weekends?|anniversar(?:y|ies)|reunions?|evenings?|nights?\s+out|days?|seasons?|winters?|summers?|ceremon(?:y|ies)|receptions?|festivals?|picnics?|feasts?|hikes?|adventures?|journeys?|getaways?|galas?|prom|graduations?|christenings?|baptisms?|premi[eè]res?|hen\s+(?:do|party|night)|stag\s+(?:do|party|night))\b",
    ],
    star_ask: &[en_star_ask!()],
    star_tail: &[en_star_tail!()],
    reviewers: &[
        // A review or feedback asked for in one sentence, and a thing sent in the next to every
        // buyer "who does": "leave feedback here: … . We post a free screen protector to every
        // buyer who does." The "who does" points back to the review, so it names its writers;
        // a "who does" after another step in its own sentence ("registering is optional; we
        // send the manual to everyone who does") is not read, as the sentence must open on
        // the seller's giving.
        r"(?:\b(?:reviews?|reviewing|feedback|ratings?|rate|rating)\b|links\.\w*(?:review|feedback))[^.!?\n]{0,160}?[.!?]\s+(?:so\s+|and\s+)?we\s+(?:['’]ll\s+|will\s+|then\s+|also\s+|happily\s+|always\s+|now\s+)*(?:post|send|mail|ship|give|gift|offer|pop|slip|add|include|hand|email|e-mail|throw)\b[^.!?\n]{0,100}?\b(?P<m>(?:to|for)\s+(?:(?:every|any|each)(?:one|body)?|all|anyone|anybody|those)\s+(?:(?:single\s+)?(?:buyer|customer|shopper|reader|owner|client|person|one)s?\s+|of\s+(?:you|our\s+(?:buyers|customers))\s+)?(?:who|that)\s+(?:does|do|did|has|have)(?:\s+(?:so|it|that))?)\b",
        // The review named first, opening a line, as what a thing is for:
        // "for your review, a silver ring is yours".
        r"(?m:^)[ \t]*for\s+(?:your|a|an|each|every)\s+(?:honest\s+|short\s+|quick\s+)?(?:review|feedback|rating)s?(?:\s+(?:of|on)\s+(?:the|your|this|our|these)\s+[\w-]+(?:\s+[\w-]+)?)?\s*[,:–—]",
        // The review written, as the price of what follows, with a sign: "Review posted = a
        // coaching call", "rating left → level 2" (not a bare "Reviews →" labelling a line).
        r"\b(?:reviews?|ratings?|feedback)\s+(?:posted|left|written|published|done|submitted|live)\s+(?:(?:on|to)\s+amazon\s+)?(?:=|→|->|⇒|➜)",
        // The review as one term of a sum that equals something: "quiz + review = a free sample",
        // "rating & photo → double points".
        r"\b(?:[\w'-]+\s*[+&]\s*)+(?:an?\s+)?(?:reviews?|ratings?|feedback)\b(?:\s*[+&]\s*[\w'-]+)*\s*(?:=|→|->|=>|⇒)|\b(?:reviews?|ratings?|feedback)(?:\s*[+&]\s*(?:an?\s+)?[\w'-]+)+\s*(?:=|→|->|=>|⇒)",
        // The seller told once the review is up, as a step before something: "message us once
        // it's live", "email me when your review is online".
        r"\b(?:message|e-?mail|tell|ping|write\s+to|contact|reply\s+to|let)\s+(?:us|me)\s+(?:know\s+)?(?:[\w'-]+\s+){0,2}?(?:once|when|after|as\s+soon\s+as)\s+(?:it|yours|your\s+review|the\s+review)\s*(?:is|'s|’s|has\s+gone|goes)\s+(?:live|up|online|posted|published)\b",
        // One customer as the example of many: "when a customer takes a minute to write about
        // their wallet on Amazon", "whenever a buyer posts a review".
        r"\b(?:when|whenever|once|if|after|as\s+soon\s+as)\s+(?:a|any|each|every|one\s+of\s+our)\s+(?:customer|buyer|shopper|client|reader|owner|user|person|regular)\s+(?:[\w'-]+\s+){0,8}?(?:writes?|posts?|leaves?|shares?|reviews?|rates?)\b[^.!?\n]{0,80}?\b(?:amazon|reviews?|ratings?|feedback|product\s+page|listing)\b",
        // Telling the seller about the item as the step before a gift: "tell us about your new
        // drone and a free case is yours", "tell us what you think and a gift is on us". (Only
        // with something free or given after it: "tell us about it and we'll help" asks for help.)
        r"\btell\s+us\s+(?:(?:all\s+)?about\s+(?:it|them|your)|what\s+you\s+(?:think|thought|make\s+of)|how\s+you\s+(?:like|liked|find|found|get\s+on|got\s+on|are\s+getting\s+on))\b[^.!?\n]{0,80}?\band\b[^.!?\n]{0,60}?(?:\bfree\b|\b(?:is|are)\s+yours\b|\bon\s+us\b|\bgifts?\b|\bas\s+(?:a\s+)?thanks\b)",
        // Telling others as the step before something: "tell others what you think, and as a
        // thank-you we send …".
        r"\b(?:tell|show|let)\s+(?:others|other\s+[\w'-]+|everyone|the\s+world)\s+(?:what|how|about|know)\b[^.!?\n]{0,120}?\band\b",
        // Buyers who take the time to write about the product on Amazon, or who told the world:
        // "customers who take a minute to post about their pen on Amazon", "customers who've told
        // the world about our yarn on Amazon".
        r"\b(?:those|anyone|everyone|everybody|someone|somebody|customers?|buyers?|people|folks|accounts?|clients?|companies|businesses)\s+(?:who|that)(?:'ve|\s+have|'s|\s+has)?\s+(?:[\w'-]+\s+){0,5}?(?:post|posts|posted|write|writes|wrote|written|told\s+(?:the\s+world|everyone|others|other\s+[\w'-]+)|tell\s+(?:the\s+world|everyone|others|other\s+[\w'-]+)|rave[ds]?)\s+about\s+(?:[\w'-]+\s+){0,3}?(?:on|at|under)\s+(?:amazon|(?:the|our|its)\s+(?:listing|product\s+page))\b",
        // Accounts, clients or companies that rate or review: "accounts that have posted a seller
        // rating", "businesses who leave us a review". A review only read ("customers who read
        // the reviews first") names no writer: the noun needs a verb of writing or giving.
        r"\b(?:accounts?|clients?|companies|businesses|firms|organi[sz]ations|customers|buyers)\s+(?:who|that)(?:'ve|\s+have)?\s+(?:(?:[\w'-]+\s+){0,4}?(?:reviewed|rated|rate|reviews?\s+(?:it|them|us|the|our|this|that|these|their|her|his|my|your|its)\b)|(?:(?:also|then|kindly|actually|already|too|ever|still|now)\s+)?reviews?\b|(?:[\w'-]+\s+){0,2}?(?:leav|left|post|writ|wrote|giv|gave|submit|shar|add|do|did|drop|typ|put|send|sent|pen|mak|made|provid|offer|contribut|record|publish|upload|pop|stick|stuck|jot|throw|threw|scribbl|dash|fir|knock|rattl|bash|whip|tap|hit|sling|slung|bang)[\w'-]*\s+(?:[\w'-]+\s+){0,3}?(?:reviews?|feedback|ratings?))\b",
        // Buyers who contribute their view: "customers who contribute their perspective".
        r"\b(?:those|anyone|everyone|customers?|buyers?|people|clients?)\s+who(?:'ve|\s+have)?\s+(?:[\w'-]+\s+){0,3}?(?:contribut(?:e|es|ed|ing)|submit(?:s|ted)?|record(?:s|ed)?)\s+(?:their|your|an?)\s+(?:honest\s+)?(?:perspective|assessment|views?|thoughts|opinions?|take|experiences?|input)\b",
        // A name added by writing the review: "add your name by writing a few words".
        r"\b(?:add|put|get)\s+your\s+name\b[^.!?\n]{0,60}?\bby\s+(?:writing|leaving|posting|sharing|reviewing|rating)\b",
        // The review named as writing about the product on Amazon or the listing: "people
        // who've written about our inks on Amazon", "anyone who posts about it on the listing".
        r"\b(?:those|anyone|everyone|everybody|customers?|buyers?|people|folks|(?:the\s+)?ones)\s+who(?:'ve|\s+have)?\s+(?:already\s+)?(?:written|wrote|writes?|posted|posts?|said\s+(?:something|a\s+few\s+words)|talked|raved)\s+(?:something\s+|a\s+few\s+(?:words|lines)\s+|nice\s+things\s+)?about\s+(?:us|it|them|(?:our|the|their|this)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+(?:on|at|under)\s+(?:amazon|(?:the|our|its)\s+(?:listing|product\s+page))\b",
        // The review as "one" after it was named: "when you post one", "once you've left one".
        r"\b(?:when|once|after|if|as\s+soon\s+as)\s+you(?:'ve|\s+have)?\s+(?:write|wrote|written|leave|left|post|posted|submit|submitted|add|added)\s+one\b",
        // The buyer's thoughts posted as the step before something: "once you've posted your
        // thoughts", "after you've shared your honest opinion".
        r"\b(?:when|once|after|as\s+soon\s+as)\s+you(?:'ve|\s+have)?\s+(?:posted|shared|written|left|put(?:\s+up|\s+down)?|published)\s+(?:your|a\s+few|some)\s+(?:honest\s+|own\s+)?(?:thoughts|opinions?|views|verdict|impressions|words|lines)\b",
        // The reviewer's name sent to the seller, to find the review: "reply with the name your
        // review is posted under", "send us the profile name you reviewed under", "write back
        // with the name your rating appears under".
        // Also the name shown on it, in full or in shorthand: "message us the display name on
        // your rating", "reply w the name on ur review".
        r"\b(?:send|reply\s+w(?:ith|/)?|(?:write|get)\s+back\s+(?:to\s+us\s+)?w(?:ith|/)?|let\s+us\s+know|tell|give|email|e-mail|forward|message)\s+(?:us\s+)?(?:the|your|ur)\s+(?:(?:profile|reviewer|public|display|amazon|user|account)\s+)?name\s+(?:on|of|from|in)\s+(?:your|ur|the)\s+(?:[\w'-]+\s+)?(?:review|rating|feedback)\b",
        r"\b(?:send|reply\s+with|(?:write|get)\s+back\s+(?:to\s+us\s+)?with|let\s+us\s+know|tell|give|email|e-mail|forward|message)\s+(?:us\s+)?(?:the|your)\s+(?:(?:profile|reviewer|public|display|amazon|user|account)\s+)?name\s+(?:(?:your|the)\s+(?:[\w'-]+\s+)?(?:review|rating|feedback)(?:\s+(?:is|was|went|got))?|you)\s+(?:[\w'-]+\s+){0,2}?(?:posted|published|reviewed|written|wrote|listed|appears?|shows?|appeared|showed)\s+(?:up\s+)?under\b",
        // A few words put on the listing, then a next step: "put a few words on its product
        // page and then reply".
        r"\b(?:put|add|pop)\s+(?:us\s+)?(?:a\s+few|some)\s+(?:honest\s+)?(?:words|lines)\b[^.!?\n]{0,120}?\band\b",
        // Also in chat shorthand: "ppl who rate it get …".
        r"\breviewers\b|\b(?:those|anyone|everyone|everybody|customers|buyers|people|ppl|folks|guys|regulars|clients|shoppers|readers|fans|owners|users|members|(?:the\s+)?ones|all\s+(?:customers|buyers)|[\w'-]+ers)\s+who(?:'ve|\s+have|'d)?\s+(?:(?:[\w'-]+\s+){0,5}?(?:reviewed|rate[ds]?|reviews?\s+(?:it|them|us|the|our|this|that|these|their|her|his|my|your|its)\b)|(?:(?:also|then|kindly|actually|already|too|ever|still|now)\s+)?reviews?\b|(?:[\w'-]+\s+){0,2}?(?:leav|left|post|writ|wrote|giv|gave|submit|shar|add|do|did|drop|typ|put|send|sent|pen|mak|made|provid|offer|contribut|record|publish|upload|pop|stick|stuck|jot|throw|threw|scribbl|dash|fir|knock|rattl|bash|whip|tap|hit|sling|slung|bang)[\w'-]*\s+(?:[\w'-]+\s+){0,3}?(?:reviews?|feedback|ratings?))\b",
        r"\b(?:leave|post|write|give|submit)\s+(?:us\s+)?(?:(?:a|an|your)\s+)?(?:[\w'-]+\s+){0,3}?(?:review|feedback|rating|comment)\b[^.!?\n]{0,120}?(?:\band\b|\s[&+]\s)",
        r"\b(?:leave|post|write|share|drop)\s+(?:us\s+)?(?:a\s+few|some)\s+(?:honest\s+)?(?:words|lines)\b[^.!?\n]{0,120}?\band\b",
        // The review as one step and what follows it as the next: "Leave your review -> we
        // register you", or a list of steps ("- Write some words under the product" / "- Reply
        // us" / "- We send …", "1) Write your experience …" / "2) …").
        r"\b(?:leave|post|write|give|submit|share)\s+(?:us\s+)?(?:(?:a|an|your|some)\s+)?(?:[\w'-]+\s+){0,3}?(?:reviews?|feedback|ratings?|comments?|words|experiences?)\b[^.!?\n]{0,80}?(?:->|→|=>|\n[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t])",
        r"\b(?:when|once|after|if|as\s+soon\s+as)\s+you(?:'ve|\s+have)?\s+(?:write|wrote|written|leave|left|post|posted|give|gave|given|submit|submitted|review|reviewed|rate|rated)\s+(?:us\s+)?(?:(?:a|an|your|the)\s+)?(?:[\w'-]+\s+){0,3}?(?:reviews?|feedback|ratings?|comments?|us|it)\b|\b(?:when|once|after|as\s+soon\s+as)\s+you(?:'ve|\s+have)?\s+(?:reviewed|rated)\b",
        r"\bfor\s+(?:every|each|any)\s+(?:review|rating|feedback)\b",
        // A review as what something thanks for: "as our thanks for the rating you posted",
        // "to say thank you for your review, …", "by way of thanks for leaving feedback".
        r"\b(?:as\s+(?:a\s+|our\s+|a\s+little\s+)?(?:thanks|thank[\s-]you)|to\s+(?:say\s+)?thank(?:s|\s+you)|in\s+appreciation|by\s+way\s+of\s+(?:a\s+)?thanks?)\s+for\s+(?:the|your|a|an|that|leaving|writing|posting|giving)\s+(?:[\w'-]+\s+){0,3}?(?:reviews?|ratings?|feedback)\b",
        // One buyer out of many, named by a distributive word: "for every customer who writes a
        // review", "each buyer that rates the set", "any reader who's left feedback", "each
        // household that posts a rating".
        r"\b(?:every|each|any)\s+(?:single\s+)?(?:[\w'-]+\s+)?(?:customer|buyer|shopper|client|person|one|owner|user|reader|cook|rider|family|household|home|parent|kid|child|student|school|class|team|guest|fan|friend|[\w'-]+er)\s+(?:who|that)(?:'s|\s+has)?\s+(?:[\w'-]+\s+){0,4}?(?:reviews?|reviewed|rates?|rated|feedback|ratings?)\b",
        // People named by any plural noun who have written a review: "riders who have already
        // written a review", "gardeners who left a rating", "entrants who have also left a rating".
        r"\b[\w'-]+s\s+(?:who|that)(?:'ve|\s+have)?\s+(?:already\s+|just\s+|recently\s+|since\s+|also\s+|too\s+)?(?:written|wrote|write|left|leave|posted|post|submitted|shared|given)\s+(?:us\s+)?(?:a|an|their|one|your)\s+(?:[\w'-]+\s+){0,2}?(?:reviews?|ratings?|feedback)\b",
        // Taking the time to review, the people named by any plural: "anyone who takes the time
        // to write a review", "riders who've taken a minute to leave us feedback"; the review by
        // any name or as words on Amazon: "their honest take", "thanks for taking the time to
        // write about it on Amazon".
        r"\b(?:anyone|everyone|those|customers?|buyers?|people|whoever|you|for|[\w'-]+s)\s+(?:who(?:'ve|\s+have)?\s+)?(?:takes?|took|taking|taken)\s+(?:the\s+|a\s+)?(?:time|trouble|minute|moment)\s+to\s+(?:write|leave|post|share|give)\s+(?:(?:[\w'-]+\s+){0,2}?(?:reviews?|ratings?|feedback|thoughts|opinions?|take|verdict|views|impressions)\b|(?:about\s+)?(?:[\w'-]+\s+){0,3}?on\s+amazon\b)",
        // The review as a row of a drawn table, what the seller does in the next cell: "| Leave a
        // review on Amazon | Move you to our priority line |"; or as a step followed by "then":
        // "write a review, then reply with the link".
        r"\b(?:leave|post|write|give|submit|share)\s+(?:us\s+)?(?:(?:a|an|your|some)\s+)?(?:[\w'-]+\s+){0,3}?(?:reviews?|feedback|ratings?)\b[^.!?\n|]{0,80}?(?:\|[ \t]*[\w'-]|[,;]?\s+(?:and\s+)?then\b)",
        // Also the experience shared on Amazon as the step: "share your experience on Amazon
        // here, {{ links.product_review }}, then let us know".
        r"\bshare\s+(?:your|their)\s+(?:honest\s+)?(?:thoughts|experiences?|opinions?|views|impressions)\s+(?:on|at)\s+amazon\b[^.!?\n|]{0,80}?[,;]?\s+(?:and\s+)?then\b",
        // The link to the review sent back to the seller, named as "it": "reply with the link
        // to it".
        r"\b(?:send|forward|email|e-mail|reply\s+with|paste)\s+(?:us\s+)?(?:the|a)\s+(?:link|url|screenshot)\s+(?:to|of)\s+(?:it|them)\b",
        r"\b(?:those|anyone|everyone|everybody|customers?|buyers?|people)\s+who(?:'ve|\s+have)?\s+(?:[\w'-]+\s+){0,6}?(?:shar(?:e|es|ed|ing)|post(?:s|ed)?|tell|told|leave|left|puts?|writes?|wrote|written)\s+(?:(?:their|your|an?)\s+(?:honest\s+)?|the\s+(?:[\w-]+\s+)?)(?:thoughts|experiences?|opinions?|views|impressions|verdict)\b",
        r"\bwho\s+(?:writes?|wrote|leaves?|left|posts?|posted)\s+one\b|\b(?:customers|buyers|clients)\s+with\s+(?:a|an)\s+(?:[\w'-]+\s+)?(?:review|rating|feedback)\b",
        r"\bto\s+(?:activate|unlock|claim|redeem|qualify\s+for|enable)\b[^.!?\n]{0,80}?\b(?:review|feedback|rating)\b",
        // What to send to qualify, or the steps of how to join, listed after a colon, a review or
        // the product page among them: "To qualify, include in your reply: / a) your order number
        // / b) the name on your review", "Here's how to join: / 1. Tell others on its Amazon page".
        r"\b(?:to\s+(?:qualify|claim|redeem|activate|unlock|be\s+eligible)|how\s+to\s+(?:join|get\s+(?:on|onto|into)\s+(?:the|our)|sign\s+up|become\s+(?:a|an|one)|be\s+(?:added|included|considered)|take\s+part))\b[^.!?\n]{0,80}?:(?:[^.!?]|\b\d{1,2}\.){0,240}?\b(?:reviews?|feedback|ratings?|(?:amazon|product|listing)\s+page)\b",
        r"\b(?:your|a|each|every)\s+(?:[\w'-]+\s+)?review\s+(?:automatically\s+|also\s+)?(?:puts|enters|gets|earns|qualifies)\s+you\b",
        r"\b(?:requirement|condition)\s+(?:is|:)\s+(?:a|an|your)\s+(?:[\w'-]+\s+)?(?:review|rating|feedback)\b",
        r"\bevery\s+time\s+(?:someone|somebody|a\s+customer|anyone|you)\s+(?:writes?|leaves?|posts?)\s+(?:a|an)\s+review\b",
        r"\b(?:leave|post|write|give|share)\s+(?:us\s+)?(?:your\s+)?thoughts\s+on\s+the\s+product\s+page\b[^.!?\n]{0,120}?\band\b",
        // The review as an imperative step before something: "Review us and see …".
        // Also one item of a list ("review each one and …"), or the item named after "rate" in
        // a word or two ("rate the kettle and …", "rate your chalk bag and …"; "review the
        // manual" is reading it); and what comes next named as a further or spare thing: "rate
        // it and your next bag …", "and a spare …" (not "review it and the attached form").
        r"\b(?:(?:review|rate)\s+(?:us|it|them|(?:this|that|each|every)\s+one)|rate\s+(?:the|this|that|each|your)\s+[\w'-]+(?:\s+[\w'-]+)?)\s+and\s+(?:see|get|we|we'll|you|you'll|receive|enjoy|join|be|win|unlock|earn|have|claim|(?:the|your|a|an)\s+(?:[\w'-]+\s+){0,2}?(?:next|another|second|spare|extra|bonus|free))\b",
        // The item named after "review", and something of the seller's or something free got
        // for it: "Review your tent and get our pitching guide", "review the kettle and receive
        // a free descaler" ("review the manual and get the most from it" gets nothing).
        r"\breview\s+(?:your|the|this|our)\s+(?:new\s+)?[\w'-]+\s+(?:[\w'-]+\s+)?and\s+(?:get|receive|claim|win|unlock|earn|grab|collect|bag|score|enjoy)\s+(?:(?:a|an|one|two|three|\d+)\s+(?:[\w'-]+\s+)?(?:free|bonus|exclusive|complimentary|gift)\b|our\b|one\s+of\s+our\b|(?:a\s+)?(?:free|bonus|exclusive|complimentary)\b|\d+\s*%)",
        // The review asked for, its link or more words in between, and then the seller or an
        // item as the next step: "Review it at {{ link }} and we …", "rate the leash here and a
        // spare clip …", "tell us how he likes it in a review and a toy …" (what follows is read
        // as a grant or not on its own).
        r"\b(?:(?:review|rate)\s+(?:us|it|them|(?:this|that|each|every)\s+one)|rate\s+(?:the|this|that|each|your)\s+[\w'-]+|in\s+(?:a|an|your)\s+(?:[\w'-]+\s+){0,2}?(?:review|rating))\b[^.!?\n]{0,80}?\band\s+(?:we\b|we'll|we’ll|(?:a|an|one|some|another|two|three|\d+)\s)",
        // The review, named by "it" after the ask, posted and then told to the seller, as the
        // step before what follows: "Once it's posted, send us a quick note and we'll …".
        r"\b(?:once|when|after|as\s+soon\s+as)\s+(?:it|yours)(?:'s|’s|\s+is|\s+has\s+been|\s+goes|\s+went)\s+(?:posted|published|online|live|up|visible)\b[^.!?\n]{0,40}?\b(?:send|drop|message|e-?mail|tell|let|ping|write|reply|contact)\b[^.!?\n]{0,100}?\band\b",
        // The review posted, as the step before what follows: "once your review is up, …".
        // Also with what it is of: "once your review of the bike is up", "when your rating for
        // the mat has gone live".
        r"\b(?:once|when|after|as\s+soon\s+as)\s+(?:your|the)\s+(?:[\w'-]+\s+)?(?:review|rating|feedback)(?:\s+(?:of|for|on)(?:\s+[\w'’-]+){1,4}?)?(?:'s|\s+(?:is|'s|has\s+been|has\s+gone|goes|went|gets))\s+(?:posted|published|online|live|up|visible)\b",
        // The link or a screenshot of the review sent to the seller: "send us the link to your
        // (Amazon) review", "reply with a screenshot of your rating", "a link to what you wrote".
        r"\b(?:send|forward|email|e-mail|share|reply\s+with|paste)\s+(?:us\s+)?(?:the|a|your)\s+(?:link|url|screenshot)\s+(?:to|of|for)\s+(?:your|the)\s+(?:amazon\s+|product\s+)?(?:review|rating|feedback)\b|\b(?:link|url|screenshot)\s+(?:to|of)\s+(?:what|whatever)\s+you(?:'ve|\s+have)?\s+(?:wrote|written|posted|said|shared|left|put\s+up)\b",
        // Comments left on the product page: "customers who've left a comment on the product
        // page".
        r"\b(?:those|anyone|everyone|everybody|customers?|buyers?|people)\s+who(?:'ve|\s+have)?\s+(?:[\w'-]+\s+){0,2}?(?:left|leave|posted|post|written|wrote|write|added|add)\s+(?:a|an|their|some)\s+(?:[\w'-]+\s+)?(?:comments?|notes?|words|lines|stars)\s+(?:on|under|below|to)\s+(?:the|our)\s+(?:product|listing|amazon)\b",
        // Reviewers named as a group given something: "Reviewers are also the first we ask",
        // "our reviewers get …".
        r"(?m:^)[ \t]*(?:our\s+)?reviewers\s+(?:are|get|receive|will|can|also)\b|\bour\s+reviewers\s+(?:are|get|receive|will|can|also)\b",
        // A review or feedback posted by a date or in time, as what makes an order qualify:
        // "feedback left before Friday qualifies your order for …".
        r"\b(?:reviews?|feedback|ratings?)\s+(?:[\w'-]+\s+){0,8}?qualif(?:y|ies)\s+(?:you|(?:this|your|the)\s+order|for)\b",
        // The review itself raising its writer to something: "each review shared on Amazon elevates
        // its author to the Gold tier", "a rating left here moves you up to our inner circle".
        r"\b(?:a|an|each|every|your|one|any)\s+(?:[\w'-]+\s+)?(?:review|rating)\s+(?:(?:you\s+(?:leave|write|post|share|give)|left|written|posted|shared|published|submitted|on\s+amazon|here)\s+){0,3}?(?:raises|elevates|lifts|moves|promotes|upgrades|admits|welcomes|entitles|bumps|earns|wins|secures|qualifies|grants|brings|gives)\s+(?:you|its\s+(?:author|writer|reviewer|owner)|the\s+(?:author|writer|reviewer|client|customer|buyer)|their\s+(?:authors?|writers?)|them)\b",
        // A review as what a token or a sign of thanks is for: "as a token of our gratitude for
        // your review", "in recognition of each review".
        r"\b(?:(?:as|in)\s+(?:a\s+|one\s+)?(?:small\s+|little\s+|modest\s+)?(?:token|sign|mark|gesture|expression)\s+of\s+(?:our\s+|my\s+)?(?:sincere\s+|heartfelt\s+|deep\s+)?(?:gratitude|appreciation|thanks|recognition)|in\s+(?:grateful\s+)?(?:gratitude|recognition|acknowledge?ment))\s+for\s+(?:the|your|a|an|that|each|every|leaving|writing|posting|sharing|giving)\s+(?:[\w'-]+\s+){0,3}?(?:reviews?|ratings?|feedback)\b",
        // The review, as a gerund, raising its writer or gaining something: "sharing a review on
        // Amazon earns you a place in our circle", "writing a rating lifts you to the next level".
        r"\b(?:sharing|leaving|writing|posting|submitting)\s+(?:a|an|your|one)\s+(?:[\w'-]+\s+){0,2}?(?:review|rating)\b[^.!?\n]{0,60}?\b(?:earns|brings|gets|wins|secures|grants|gives|elevates|raises|entitles|qualifies|admits|lifts|moves|promotes|upgrades)\s+(?:you|its\s+(?:author|writer)|the\s+(?:author|writer|reviewer))\b",
        // The review as a condition put formally: "should you leave a review", "should you rate
        // it".
        r"\bshould\s+you\s+(?:(?:kindly|choose\s+to|decide\s+to|wish\s+to|care\s+to)\s+)?(?:write|leave|post|give|submit|share|add)\s+(?:us\s+)?(?:(?:a|an|your|the)\s+)?(?:[\w'-]+\s+){0,3}?(?:reviews?|feedback|ratings?)\b|\bshould\s+you\s+(?:review|rate)\s+(?:us|it|them|the\s+[\w'-]+)\b",
        // Clients, guests or anyone who share their impressions, by any verb: "clients who share
        // their impressions", "whoever records their verdict".
        r"\b(?:(?:clients?|guests?|owners?|members?|patrons?|collectors?|customers?|buyers?|anyone|everyone|those|(?:each|every|any)\s+[\w'-]+)\s+who|whoever)(?:'ve|\s+have|\s+has)?\s+(?:[\w'-]+\s+){0,6}?(?:shar(?:e|es|ed|ing)|post(?:s|ed)?|tells?|told|leaves?|left|puts?|writes?|wrote|written|records?|recorded|describes?|described)\s+(?:(?:their|your|his|her|an?|some)\s+(?:honest\s+|own\s+|first\s+)?|the\s+(?:[\w-]+\s+)?)(?:thoughts|experiences?|opinions?|views|impressions|verdict)\b",
    ],
    grant: &[
        // A download opened to the buyer: "you can download our printable planner", "everyone
        // who reviews it can download two extra layouts". A benefit only where it goes to the people who
        // review (an e-manual's download link for every buyer names no one).
        r"\b(?:can|may|will\s+be\s+able\s+to|['’]ll\s+be\s+able\s+to|gets?\s+to|feel\s+free\s+to)\s+(?:then\s+|also\s+)?download\s+(?:our|a|an|the|your|this|these|two|three|four|five|\d+)\b",
        // A new feature or mode switched on for some buyers before others: "we're switching it on
        // first for …", "rolling the new mode out first to …", "enabling Sunrise early for …"
        // (early access; a benefit only beside reviewers, as "first for buyers in Europe" is a
        // roll-out).
        r"\b(?:switch|turn|enabl|unlock|activat|roll|releas|open)(?:e|es|ed|ing|s)?\s+(?:(?:it|this|that|them|(?:the|our|your)\s+(?:[\w'’-]+\s+){0,2}?(?:mode|feature|update|firmware|function|setting|scene|beta)s?)\s+)?(?:on\s+|out\s+|up\s+)?(?:first|early)\s+(?:for|to)\b",
        // Something handed over with no verb of giving: "a silver ring is yours", "the e-book's
        // yours", "one's yours", "a tote bag awaits you" (a benefit only beside reviewers: "for
        // your review, …").
        r"\b(?:is|are|will\s+be)\s+yours\b|['’]s\s+yours\b|\bawaits?\s+you\b|\b(?:is|are)\s+waiting\s+for\s+you\b",
        // A thing said to be sent out to the buyer, with no verb of giving: "a fresh set will be
        // on its way to you", "a refill heads your way" (a benefit only beside reviewers).
        r"\b(?:will\s+be|is|are|'s)\s+(?:then\s+|soon\s+|straight\s+)?on\s+(?:its|their)\s+way\s+(?:to\s+you|over)\b|\b(?:will\s+)?(?:heads?|come|comes|be\s+heading|be\s+coming)\s+your\s+way\b",
        // The same said of "one", an item named before: "and one is on its way", "one will be
        // sent out", "one ships the next day" (a benefit only beside reviewers).
        r"\bone\s+(?:(?:is|['’]s|will\s+be|gets)\s+(?:then\s+|soon\s+|straight\s+)?(?:on\s+(?:its|the)\s+way|sent|posted|shipped|mailed|dispatched)|(?:ships|goes\s+out|heads\s+(?:out|over)))\b",
        // A longer warranty, a member's status or level, or service ahead of others, as what is
        // given: "your warranty goes up to five years", "3 years instead of 2", "becomes a Gold
        // member", "orders ship first", "priority dispatch" (a benefit only beside reviewers).
        r"\b(?:warranty|guarantee|coverage)\s+(?:(?:then|now|automatically)\s+)?(?:goes|go|moves|jumps|rises|grows|extends|doubles|(?:is|gets|will\s+be)\s+(?:extended|doubled|upgraded|raised)|will\s+(?:go|move|jump|rise|grow))\s+(?:up\s+)?(?:from\s+[\w-]+(?:\s+years?)?\s+)?to\s+(?:\d+|two|three|four|five|six|seven|ten|a\s+full|lifetime)\b|\b(?:\d+|two|three|four|five|six|ten)[\s-]+years?\s+(?:of\s+)?(?:(?:warranty|guarantee|coverage)\s+)?instead\s+of\s+(?:\d+|one|two|three|four|five)\b|\b(?:gold|silver|platinum|vip|premium)\s+(?:members?|membership|status|tier|level|customers?)\b|\b(?:orders?|parcels?|packages?)\s+(?:will\s+)?ships?\s+(?:first|with\s+priority|ahead)\b|\bpriority\s+(?:shipping|dispatch|handling|advice|support|service)\b",
        // A term lengthened for the buyer, the warranty named in the sentence before or not at
        // all: "have it extended to three years", "get yours extended by a year", "it is then
        // extended to 36 months" (a benefit only beside reviewers).
        r"\b(?:have|has|had|get|gets|got|getting|having)\s+(?:it|them|this|that|yours|(?:the|your|its|their)\s+(?:[\w'-]+\s+)?(?:warranty|guarantee|coverage|cover|plan))\s+(?:(?:automatically|then|also)\s+)?(?:extended|lengthened|prolonged|doubled|upgraded)\b|\b(?:extended|lengthened|prolonged)\s+(?:to|by)\s+(?:a\s+(?:full|further|whole)\s+|an\s+(?:extra|additional)\s+|another\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|ten|twelve|eighteen|twenty-four|thirty-six)?\s*(?:more\s+|extra\s+|additional\s+)?(?:years?|months?)\b",
        // Something of the seller's course or plan: a coaching call, a private lesson, a
        // certificate of completion, a bonus stage.
        r"\b(?:coaching|private|1[:-]on[:-]1|one[\s-]on[\s-]one)\s+(?:calls?|sessions?|lessons?|classes)\b|\bcertificates?\s+of\s+(?:completion|achievement)\b|\bcompletion\s+certificates?\b|\bbonus\s+(?:stages?|levels?|lessons?|modules?|weeks?|videos?)\b",
        // The reviewer's initials or name put on a keepsake: "we stamp their initials into a fob",
        // "we'll engrave your monogram"; and the thing sent out: "mail it out".
        r"\b(?:stamp|engrav|emboss|monogram|print|burn|carv|embroider|etch|tool)\w*\s+(?:[\w'-]+\s+){0,2}?(?:initials|names?|monograms?)\b|\b(?:mail|post|send|ship)\s+(?:it|them|one)\s+(?:out|over|off)\b",
        // Membership or a place opened by the review: "membership opens up as soon as …",
        // "places are allocated among …", "first dibs".
        r"\b(?:membership|access|entry|admission|a\s+place|a\s+spot|a\s+seat|the\s+door|the\s+list|the\s+circle|the\s+club)\s+(?:opens?|is\s+opened|unlocks?|becomes\s+available)\b|\bfirst\s+dibs\b|\b(?:places?|spots?|seats?)\s+(?:are|will\s+be|get)\s+(?:allocated|assigned|given\s+out|handed\s+out|reserved)\b",
        // A benefit switched on for the buyer: "it is unlocked as soon as …", "gets activated".
        r"\b(?:is|are|gets?|becomes?|will\s+be|'s)\s+(?:then\s+|automatically\s+|instantly\s+)?(?:unlocked|activated|enabled|switched\s+on|turned\s+on|opened\s+up)\b",
        // Each review turned into a gift for a good cause: "becomes a tin of food for the shelter".
        r"\b(?:turns?|turned|becomes?|converts?)\s+(?:it\s+|them\s+)?(?:into\s+)?(?:a|an|one|two|three|\d+)\s+(?:[\w'-]+\s+){0,2}?(?:meals?|tins?|cans?|bowls?|trees?|donations?|bags?|books?)\b",
        // A gift in kind to a good cause per review: "sends a bag of kibble to our local shelter".
        r"\b(?:sends?|gives?|ships?|delivers?|donates?)\s+(?:[\w'-]+\s+){0,5}?to\s+(?:a|an|our|the|their)\s+(?:[\w'-]+\s+)?(?:shelter|charity|food\s+bank|rescue|school|hospital|sanctuary|foundation|hospice|orphanage)\b",
        // A good deed paid for per review: "we're paying for a hot meal at the food pantry",
        // "we cover a school lunch", "we sponsor a vaccine".
        r"\b(?:pay(?:s|ing)?\s+for|cover(?:s|ing)?|sponsor(?:s|ing)?|buy(?:s|ing)?|provid(?:e|es|ing)|feed(?:s|ing)?)\s+(?:[\w'-]+\s+){0,3}?(?:meals?|lunch(?:es)?|dinners?|breakfasts?|trees?|saplings?|vaccines?|books?|child(?:ren)?|famil(?:y|ies)|animals?|dogs?|cats?)\b|\b(?:food\s+(?:bank|pantry|kitchen)|soup\s+kitchen|reforestation|tree[\s-]planting)\b",
        // A place in a group or on a list, or a thing to keep: "we'll add you to the list for
        // the next prototype, which you keep", "the circle is open to anyone who…".
        r"\b(?:add|put|sign|enrol|enroll|invite|welcome|bring|move)\s+(?:you|them|(?:your|their)\s+(?:account|name|orders?|profile|address|e-?mail(?:\s+address)?|details))\s+(?:up\s+)?(?:to|on|onto|into|in)\s+(?:the|our|a)\s+(?:[\w'-]+\s+){0,2}?(?:list|circle|club|group|panel|team|programme|program|community|crew|squad|roster|line)\b|\b(?:which|that)\s+you\s+(?:get\s+to\s+|can\s+)?keep\b|\bwelcome\s+(?:you|them)\s+(?:in|aboard|on\s+board)\b|\byours\s+to\s+keep\b|\b(?:is|are)\s+(?:only\s+)?(?:open|reserved|limited)\s+to\b",
        // Something to read sent out: "we send our 60-page baking book (PDF)", "we'll email you
        // a recipe guide".
        r"\b(?:send|sends|sending|mail|email|e-mail|give|gift)\s+(?:you\s+|them\s+)?(?:our|a|an|the|their|a\s+free)\s+(?:[\w'-]+\s+){0,3}?(?:e-?books?|books?|guides?|pdfs?|cookbooks?|handbooks?|booklets?|recipe\s+cards?|courses?|printables?)\b",
        // The wish to give, in a learner's English: "we want to send you small present".
        r"\bwe(?:'d|\s+would)?\s+(?:want|like|love|wish|are\s+(?:happy|glad|going))\s+to\s+(?:send|give|gift|mail|offer|post)\s+(?:you|them)\b",
        // Something drawn up for the buyer alone: "I'll put together a personal tasting plan",
        // "our barista will draw up a dial-in guide for your beans", "we'll curate you a
        // selection".
        r"(?:\b(?:we|i)\b|['’]ll\b|\bwill\b|\bwould\b)\s+(?P<m>(?:(?:also|then|gladly|happily|personally)\s+)?(?:put\s+together|prepare|create|draw\s+up|write\s+up|compile|curate|design|tailor|work\s+out|hand-?pick|pick\s+out)\s+(?:(?:you|them|him|her)\s+)?(?:a|an|your|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:plans?|guides?|lists?|selections?|programmes?|programs?|schedules?|routines?|playlists?|recommendations?|menus?|profiles?|flights?|samplers?|consultations?))\b",
        // Eligibility for better terms: "will be considered for Tier 2 volume pricing", "become
        // eligible to receive".
        r"\b(?:considered|eligible|qualif(?:y|ies|ied))\s+(?:for|to)\b|\btier\s+\d\b|\bvolume\s+(?:pricing|prices|discounts?|rates?)\b",
        // The reviewer's name shown on a named wall: "our Wall of Makers".
        r"\b(?:wall|hall|roll|board)\s+of\s+(?-i:[A-Z])[\w'-]+",
        // One entry in a draw per review: "one entry for a greenhouse kit".
        r"\b(?:one|an?|\d+|extra|bonus)\s+(?:extra\s+)?entr(?:y|ies)\b",
        // Something slipped into the post for the buyer: "we'll pop one of those blades in an
        // envelope for you", "tuck a spare into the parcel", "slipped into your next order".
        r"\b(?:pop(?:s|ped|ping)?|slip(?:s|ped|ping)?|tuck(?:s|ed|ing)?|put(?:s|ting)?|throw(?:s|n|ing)?|stick(?:s|ing)?|drop(?:s|ped|ping)?)\s+(?:[\w'-]+\s+){0,8}?in(?:to)?\s+(?:an?|the|your|their|our)\s+(?:next\s+|same\s+)?(?:envelope|post|mail|parcel|jiffy\s+bag|box|order|delivery|shipment)\b",
        // An item said to go, ride along, travel or come in the buyer's next parcel: "a chew bone
        // goes in your next parcel", "a spare nib will ride along with your next order", "a
        // sample travels in the next box" (with no review in its sentence nothing is granted).
        r"\b(?:go(?:es)?|going|rides?(?:\s+along)?|riding(?:\s+along)?|hitch(?:es)?\s+a\s+ride|travels?|travell?ing|comes?|coming|joins?|joining|lands?|landing|arrives?|ships?|heads?)\s+(?:(?:along|straight|right|too|as\s+well|free)\s+)?(?:in(?:to|side)?|with|along\s+with|inside)\s+(?:your|the|their|his|her)\s+(?:very\s+)?next\s+(?:parcel|order|box|delivery|shipment|package|envelope|purchase)\b",
        // A call from the people behind the shop: "Dana gives you a ring", "gives you a call".
        r"\bgives?\s+you\s+a\s+(?:ring|call|bell|buzz)\b",
        // Things kept back for a group of buyers: "a pile I'm saving for people who …",
        // "we're keeping a few aside for customers who …".
        r"\b(?:saving|keeping|reserving|holding|setting|putting)\s+(?:(?:them|it|these|those|some|a\s+few)\s+)?(?:aside\s+|back\s+)?for\s+(?:the\s+)?(?:people|customers|buyers|anyone|everyone|those|folks|shoppers|clients)\b",
        r"\bwe(?:'ll|\s+will|\s+can|'d|\s+would|\s+then)?\s+(?:also\s+|then\s+|gladly\s+|happily\s+|personally\s+)?(?:send|email|e-mail|mail|give|ship|gift|offer|post|pass)\s+(?:it\s+to\s+)?(?:you|them)\b",
        r"\bwe(?:'ll|\s+will|\s+can|'d|\s+would|\s+then)?\s+(?:also\s+|then\s+|gladly\s+|happily\s+)?(?:extend|upgrade|unlock|refund|reimburse|credit|waive|grant|double|lengthen)\b",
        r"\b(?:cost|special|exclusive|members?'?|discounted|reduced|wholesale|preferential|insider)\s+prices?\b|\bextended\s+warranty\b|\bwarranty\s+extension\b|\bearly\s+access\b|\b(?:free|bonus)\s+[\w-]+|\bgifts?\b",
        r"\bon\s+us\b|(?:'s|\s+is|\s+are|\s+will\s+be)\s+on\s+(?:me|the\s+house)\b|\b(?:gets?|receives?|will\s+(?:get|receive)|are\s+entered)\b|\b(?:donate|donates|plant|plants|fund|funds|contribute)\b",
        r"\bbefore\s+(?:anyone|everyone)\s+else\b|\bpre-?release\b|\bshortlist\b|\bextended\s+(?:[\w-]+\s+){0,2}?(?:warranty|cover|coverage|guarantee)\b|\bextension\b",
        // A place ahead of other buyers, or a first look: "first in line for the new beds",
        // "first in the queue", "among the first to try it", "are the first to hear", "a first
        // look at the range", "before they go on general sale", "ahead of the public launch".
        r"\bfirst\s+in\s+(?:the\s+)?(?:line|queue)\b|\b(?:among|one\s+of)\s+the\s+(?:very\s+)?first\s+(?:to|in\s+line)\b|\b(?:is|are|'re|be)\s+(?:the\s+)?(?:very\s+)?first\s+to\s+(?:get|try|see|receive|hear|know|order|test|have|buy|shop|grab|pick)\b|\bsneak\s+(?:peek|preview)\b|\ban?\s+(?:exclusive\s+|early\s+)?first\s+(?:look|peek|glimpse)\b|\ban?\s+(?:exclusive|early)\s+(?:look|peek|glimpse|preview)\b|\bbefore\s+(?:it|they|the\s+[\w'-]+(?:\s+[\w'-]+)?)\s+(?:goes|go|is|are|will\s+go)\s+on\s+(?:general\s+|public\s+|open\s+)?sale\b|\bbefore\s+(?:the\s+)?(?:general|public|official|wider)\s+(?:sale|release|launch)\b|\bahead\s+of\s+(?:the\s+)?(?:general\s+|public\s+|official\s+|wider\s+)?(?:release|launch|public)\b",
        // Something found in the parcel, or an extra tucked into it: "find an extra roll in this
        // box", "will find a spare lid inside your parcel", "a bonus chew in today's order".
        r"\bfind(?:s|ing)?\s+(?:[\w'-]+\s+){0,2}?(?:extra|spare|bonus|free|additional|second|little|small|surprise|treat|gift|something|complimentary)\b(?:\s+[\w'-]+){0,3}?\s+in(?:side)?\s+(?:this|the|your|their|his|her|today's|(?:the|your|their)\s+next)\s+(?:parcel|box|package|order|delivery|shipment|envelope|bag)\b|\b(?:an?|one)\s+(?:extra|spare|bonus|additional)\s+[\w'-]+(?:\s+[\w'-]+)?\s+in(?:side)?\s+(?:this|the|your|their|today's)\s+(?:next\s+)?(?:parcel|box|package|order|delivery|shipment)\b",
        // An item sent on later, once the buyer has told the seller: "we'll send the chew toy
        // along", "we'll post a spare over to you", "we'll ship one out straight away".
        r"\bwe(?:'ll|\s+will|\s+then)?\s+(?:then\s+)?(?:send|post|ship|mail|pop)\s+(?:the|a|an|one|your|their)\s+(?:[\w'-]+\s+){0,3}?(?:along|afterwards|after\s+that|later|(?:out|over)\s+(?:straight\s+away|right\s+away|at\s+once|afterwards|then|to\s+you)|your\s+way|their\s+way)\b",
        r"\b(?:can|will\s+be\s+able\s+to|get\s+to)\s+(?:order|buy|shop|access|try|test|join)\b",
        r"\bto\s+(?:activate|unlock|claim|redeem|qualify\s+for)\b|\b(?:claim|redeem|collect|grab)\s+(?:my|your|their)\b",
        r"\bwe(?:'ll|\s+will)?\s+(?:send|mail|email|e-mail|give)\s+(?:the|a|an|our|this|that)\s+(?:[\w-]+\s+){0,4}?to\s+you\b",
        // A donation, a call with the founder, a name put up, a first look: "planting ten
        // trees", "she'll book a video call", "the name you'd like up there", "see them first".
        r"\b(?:planting|donating|funding|contributing)\b|\b(?:we|she|he|they|i)(?:'ll|\s+will)\s+(?:book|arrange|set\s+up|schedule)\b|\b(?:video|phone|personal|one-to-one|1:1)\s+(?:call|session|consultation)\b",
        r"\bnames?\s+(?:[\w'-]+\s+){0,3}?up\s+(?:there|on)\b|\b(?:chalk|paint|pin|hang)\w*\s+(?:it|them|your\s+name|the\s+names?)\s+up\b|\b(?:see|buy|get|try)\s+(?:them|it)\s+first\b|\bon\s+(?:that|the|this|our)\s+(?:[\w-]+\s+)?list\b",
        r"\bwe(?:'ll|\s+will)?\s+(?:post|send|ship|mail|give)\s+(?:out|over)\b|\bits\s+yours\b|\bfree\b|\bupgraded?\b",
        r"\b(?:burn|engrave|carve|print|embroider|paint|chalk|stencil|letter)\w*\s+(?:a\s+|your\s+|their\s+|the\s+)?(?:new\s+)?names?\b|\bnames?\s+(?:burned|burnt|engraved|carved|printed|embroidered|painted|chalked|stencilled|stenciled|lettered)\b",
        // Also told as under way: "we're stretching the cover to five years", "we are giving
        // $10 back to everyone who …", "we're handing out a spare".
        r"\bwe(?:'re|\s+are)\s+(?:also\s+|now\s+|happily\s+)?(?:giving|sending|offering|paying|gifting|handing|refunding|crediting|extending|stretching|upgrading|doubling|lengthening)\b",
        r"\bwe(?:'ll|\s+will)?\s+(?:\w+ly\s+)?(?:stretch|extend|upgrade|double)\b|\b(?:phone|call|ring)\s+(?:the\s+people|you|them)\b|\bpersonally\s+(?:phone|call|ring|thank)\b|\bdirect\s+(?:number|line)\b|\bhotline\b|\byou'?d\s+(?:also\s+)?get\b|\bpriority\s+(?:[\w-]+\s+)?(?:support|help|line|service|dispatch|queue|lane|access|treatment|list|status|shipping|delivery)\b",
        // The reviewer's name shown somewhere: "your name on our Founders' Wall", "a wall of
        // fame"; a place on a guest list or an invitation to an event.
        r"\b(?:your|their|his|her)\s+names?\s+(?:[\w'-]+\s+){0,2}?(?:on|in|onto|to|added\s+to)\s+(?:our|the|a)\s+(?:[\w'-]+\s+){0,2}?(?:wall|board|list|page|plaque|roll|hall|credits|website|packaging|box|label|shelf)\b|\b(?:wall|hall|roll|board)\s+of\s+(?:fame|honou?r|thanks)\b|\bguest\s+list\b|\binvit(?:e|es|ed|ation)s?\s+(?:(?:you|them)\s+)?to\s+(?:our|the|a|an)\s+(?:[\w'-]+\s+){0,2}?(?:event|party|tasting|launch|dinner|evening|open\s+day|workshop|meet-?up|gathering|festival|preview)\b",
        // A longer cover or a better place in the queue: "…: 36 months", "36 months of cover",
        // "to the front of the queue".
        r"(?::|→|=)\s*\d+\s+(?:months?|years?)\b|\b(?:\d+|one|two|three|four|five|six|ten)[\s-]+(?:months?|years?)\s+(?:of\s+)?(?:cover|coverage|warranty|guarantee|protection)\b|\b(?:front|head|top)\s+of\s+the\s+(?:queue|line)\b|\b(?:skip|jump)(?:s|ping)?\s+(?:to\s+)?(?:the\s+)?(?:queue|line)\b|\bfast[\s-]track\w*|\bswap\s+(?:your|the)\s+[\w'-]+(?:\s+[\w'-]+){0,3}?\s+for\s+(?:a|an|our|the)\b",
        // A good deed done in the buyer's name, or a clean-up: "donate a cup in your name",
        // "our team clears a kilo of plastic from the beach".
        r"\bin\s+(?:your|their|his|her)\s+names?\b|\b(?:clears?|clean(?:s|ing)?\s+up|removes?|collects?|picks?\s+up|pulls?\s+out|fish(?:es)?\s+out)\s+(?:[\w'-]+\s+){0,3}?(?:kilos?|kg|pounds?|lbs?|bags?|tons?|tonnes?)\s+of\s+(?:plastic|litter|rubbish|trash|waste|garbage|nets?)\b",
        // An offer's ease, and a named guide or book sent: "no forms to fill in", "no questions
        // asked", "we'll email you our "Bread Basics" guide".
        r#"\bno\s+(?:forms?|paperwork|registration|questions\s+asked|strings(?:\s+attached)?|hassle|catch)\b|\bwe(?:'ll|\s+will)?\s+(?:send|email|e-mail|mail|give)\s+you\s+(?:[\w'-]+\s+){0,4}?[“"«][^”"»\n]{1,80}[”"»]"#,
        r"\bhow\s+to\s+(?:join|get\s+(?:on|onto|into)\s+(?:the|our)|sign\s+up|become\s+(?:a|an|one)|take\s+part)\b|\bturn(?:ing|s)?\s+(?:\w+\s+)?on\s+for\b|\bpro\s+(?:tier|version|plan)\b|\bmoved\s+(?:straight\s+)?(?:up\s+)?to\b|\b(?:trade|gold|silver|vip)\s+tier\b|\bsame[\s-]day\s+(?:dispatch|shipping|delivery)\b|\bships?\s+(?:out\s+)?(?:on\s+)?the\s+same\s+day\b",
        // Something added to what the buyer has: "we'll add a second year to the warranty",
        // "we will add another month of cover".
        r"\bwe(?:'ll|\s+will)?\s+(?:also\s+|then\s+|gladly\s+)?add\s+(?:a|an|another|one|two|\d+|an?\s+(?:extra|second|third|further|bonus))\b",
        // A guarantee or cover made lifelong: "we'll make the warranty lifetime", "turn your
        // cover into a lifelong one", "upgrade the guarantee to life".
        r"\b(?:make|makes|making|turn|turns|turning|raise|raises|raising|upgrade|upgrades|bump|bumps|extend|extends|stretch|stretches)\s+(?:that|the|this|your|their|its|our)\s+(?:[\w'-]+\s+)?(?:warranty|guarantee|cover|coverage|protection)\s+(?:(?:in)?to\s+(?:a\s+)?|for\s+)?(?:lifetime|lifelong|life|permanent|unlimited)\b",
        // Costs paid back: "tell us what you spent and we'll cover it", "we'll pay for them".
        r"\bwe(?:'ll|\s+will)?\s+(?:cover|reimburse|pay\s+for|pay\s+back|refund)\s+(?:it|them|that|the\s+cost|your\s+costs?)\b",
        // The return of an item waived, or the item left with the buyer: "no need to post the
        // old kettle back", "you don't have to return them", "you're welcome to keep both".
        r"\b(?:no\s+need|(?:do(?:es)?n'?t|do(?:es)?\s+not)\s+(?:need|have)|needn'?t|not\s+necessary)\s+to\s+(?:return|(?:send|post|ship|mail|bring)\s+(?:[\w'-]+\s+){0,3}?back)\b|\byou(?:'re|\s+are)?\s+(?:can|may|could|welcome\s+to|free\s+to|get\s+to|allowed\s+to)\s+keep\s+(?:it|them|both|the\s+(?:old|faulty|damaged|broken|defective|first)\b)",
        // A spare or extra posted to the buyer: "post you a spare filter", "send you an extra".
        r"\b(?:post|send|mail|ship)\s+you\s+(?:a|an|one|some)\s+(?:spare|extra|free|bonus|second|complimentary)\b",
        // Invited ahead of others to try something: "invited to test new firmware", "the first
        // people we invite to trial the next model".
        r"\binvit(?:e|es|ed|ing)\s+(?:[\w'-]+\s+){0,2}?to\s+(?:test|try|trial|preview|sample|beta-?test)\b",
        // Money put back, or an order made eligible: "a $5 credit", "credited to your card",
        // "qualifies your order for", "returned to your original payment method".
        r"[$€£]\s*\d+(?:[.,]\d+)?\s+(?:[\w'-]+\s+){0,2}?credit\b|\bcredit(?:ed)?\s+(?:back\s+)?to\s+your\b|\bqualif(?:y|ies|ied)\s+(?:you|(?:this|your|the)\s+order)\s+for\b",
        // Given to a person, in the passive: "clients who review it are sent a travel-size vial",
        // "is mailed a miniature", "are offered our".
        r"\b(?:is|are|will\s+be|gets?|get)\s+(?:(?:also|then|each|all|personally|promptly|automatically)\s+)?(?:sent|mailed|posted|shipped|given|offered|gifted|handed|presented\s+with|treated\s+to)\s+(?:a|an|one|our|some|two|three|\d+|their|his|her|the|its)\s+[\w'-]+",
        // Welcomed or invited into something private, raised to a level, or let in early: "welcomed
        // to our seasonal private sale", "elevated to the Gold tier", "a full week before it opens
        // to everyone else", "early entry", "with our compliments".
        r"\b(?:welcomed|invited|admitted|ushered)\s+(?:to|into)\s+(?:our|the|a|an)\s+(?:[\w'-]+\s+){0,3}?(?:sales?|viewings?|previews?|events?|evenings?|salons?|circles?|clubs?|showrooms?|ateliers?|receptions?|soir[ée]es?|openings?|launch(?:es)?|tastings?|suites?|lounges?)\b|\b(?:elevated|upgraded|promoted|moved\s+up|raised|lifted|bumped)\s+to\s+(?:the|our|a|an)\b",
        r"\bprivate\s+(?:sales?|viewings?|previews?|events?|evenings?|shopping|appointments?|salons?|showings?|receptions?)\b|\bearly\s+(?:entry|admission|access)\b|\bbefore\s+(?:it|they|the\s+[\w'-]+|(?:our|the)\s+doors)\s+opens?\s+to\s+(?:the\s+public|everyone|all|others|other\s+[\w'-]+)\b|\b(?:days?|weeks?|hours?)\s+(?:early|earlier|ahead\s+of\s+(?:everyone|anyone|the\s+public))\b",
        r"\b(?:with|compliments\s+of)\s+(?:the\s+|our\s+)?compliments\b|\bcompliments\s+of\s+(?:the|our)\b|\btravel[\s-]+siz(?:e|ed)\b|\bminiatures?\b|\bvials?\b|\bsamples?\b|\bpouch(?:es)?\b|\b(?:gold|silver|platinum|diamond|premium|black|elite|inner|privilege)\s+(?:tier|level|status|membership|rank|circle|card)s?\b",
        // Something the seller sends to the buyer's pet or household, or sends at all, as the
        // step after a review: "we will send your dog a bag of treats", "we'll ship Biscuit a
        // spare clip", "we'll mail a scratching pad to your cat". (A reply, a message or a
        // tracking number sent is no item: see the words of another sense.)
        r"\bwe(?:'ll|’ll|\s+will|'d|\s+would|\s+then|\s+can)?\s+(?:also\s+|then\s+|gladly\s+|happily\s+|promptly\s+|immediately\s+)?(?:send|ship|mail|post|give|gift|pop|drop|dispatch)\s+(?:out\s+|over\s+|off\s+)?(?:(?:your|his|her|their|him|them)\s+(?:[\w'-]+\s+)?|(?-i:[A-Z])[\w'-]+\s+)?(?:a|an|one|some|another|two|three|\d+)\s+[\w'-]+",
        // An item, named with "a" or a number, sent or under way as what follows: "a bag of
        // treats will be sent to your dog", "a chew toy ships the same day", "a rope toy heads
        // your way", "a tin of chews goes out tomorrow".
        r"\b(?:a|an|one|some|another|two|three|\d+)\s+(?:[\w'-]+\s+){1,5}?(?:(?:is|are|will\s+be|'ll\s+be|’ll\s+be|gets?)\s+(?:then\s+|also\s+|immediately\s+|straight\s+|promptly\s+|instantly\s+)?(?:sent|shipped|mailed|dispatched|delivered|posted\s+(?:to|out)|on\s+(?:its|their|the)\s+way|headed|heading)|(?:ships?|goes\s+out|go\s+out|heads?\s+(?:out|your|to|over)|arrives?|lands?|will\s+(?:ship|go\s+out|head|arrive|land)))\b",
    ],
    audience: &[
        // A group named by being happy with no relative clause, as a heading or a greeting:
        // "For those happy with it:", "To the owners pleased with their grinder: …", "Happy
        // bakers, please review it" (the greeting only with the review after it: "Happy bakers,
        // enjoy the loaf" greets everyone). With the buyer being happy, a condition, as above.
        r"\b(?:for|to)\s+(?:all\s+)?(?:those|everyone|anyone|the\s+ones|all\s+of\s+you|(?:the|our)\s+[\w'’-]+s)\s+(?:(?:truly|really|very|so|most)\s+)?(?:happy|satisfied|pleased|delighted|thrilled|content)\s+(?:with|about|by)\b",
        r"(?:(?m:^)[ \t]*|[.!?]\s+)(?:dear\s+|hey\s+|hi\s+)?(?:happy|satisfied|pleased|delighted|thrilled)\s+[\w'’-]+(?:ers|ies|ans)\s*[,!:–—][^.!?\n]{0,40}?\b(?:reviews?|rate|rating|feedback)\b",
        // A group named by any plural noun and a relative clause: "to the bakers who have nailed
        // it", "for our learners whose …", "to all the players for whom …".
        r"\b(?:to|for)\s+(?:all\s+)?(?:the|our|those)\s+(?:[\w'’-]+\s+)?[\w'’-]+s\s+(?:who|whose|(?:for|to|with)\s+whom)\b",
        // Also a bare plural opening the sentence, as a greeting: "Riders whose chain shifts
        // crisply: …", "Owners whose mower starts cleanly are invited to …".
        r"(?:(?m:^)[ \t]*|[.!?]\s+)(?P<m>(?:[\w'’-]+\s+)?[\w'’-]+s\s+(?:who|whose|(?:for|to|with)\s+whom)\b)",
        // The ask put to content buyers only, named by any group: "we ask pleased owners only
        // to rate it", "we kindly invite only happy parents to write".
        r"\b(?:ask|asks|asking|invite|invites|inviting)\s+(?:only\s+)?(?:the\s+|our\s+)?(?:happy|satisfied|pleased|delighted|content)\s+(?:[\w'-]+\s+)?(?:customers|buyers|people|ones|folks|shoppers|clients|owners|families|parents|users)\s+only\b|\b(?:ask|asks|asking|invite|invites|inviting)\s+only\s+(?:the\s+|our\s+)?(?:happy|satisfied|pleased|delighted|content)\s+(?:[\w'-]+\s+)?(?:customers|buyers|people|ones|folks|shoppers|clients|owners|families|parents|users)\b",
        // The message said to be sent because of what the buyer told: "you get this email
        // because you said you loved the lamp", "you are receiving this request since you told us".
        r"\b(?:receiv(?:e|es|ing)|get(?:s|ting)?|got|been\s+sent|are\s+sent|were\s+sent)\s+this\s+(?:invitation|request|e-?mail|message|note|letter|mail)\s+(?:only\s+)?(?:because|since|as)\b",
        // The message itself said to be for a group: "this note is only meant for the proud
        // owners", "this email is for the ones who", "this is the note we keep for fans who".
        r"\b(?:this|the|our)\s+(?:message|e-?mail|note|letter|mail|newsletter)\s+is\s+(?:(?:only|just|really|mainly|specially|especially|specifically|meant|intended|written|reserved|addressed)\s+)*(?:for|to)\b|\bthe\s+(?:message|e-?mail|note|letter|mail)\s+(?:we|i)\s+(?:only\s+)?(?:save|keep|reserve|send|write)\s+(?:only\s+|just\s+)?(?:for|to)\b",
        // The buyers the seller chooses to ask, named by what they feel: "we only ask the people
        // who are thrilled with it", "we ask the customers whose orders tell us they're happy";
        // also "just" them, or those "for whom" it went well: "we're asking just those owners
        // for whom the kettle has lived up to its promise", "we ask those of you to whom …".
        r"\b(?:ask|asks|asking|invite|invites|inviting|email|emailing|write\s+to|send\s+(?:this|it)\s+to)\s+(?:(?:only|just|solely|exclusively)\s+)?(?:(?:the|those)\s+(?:[\w'-]+\s+)?(?:customers|buyers|people|ones|folks|shoppers|clients|owners|users|regulars|families|parents|fans)|those(?:\s+(?:of|among)\s+(?:you|(?:our|the|my|your)\s+(?:[\w'’-]+\s+)?[\w'’-]+s))?)\s+(?:who|whose|that|(?:for|to|with)\s+whom)\b",
        // A group named by what it feels: "for everyone who loves it", "to those of you who",
        // "to all the bakers whose loaves rise", "to those of our clients who".
        // Also one of them at a time: "to every regular whose dog…", "for each buyer who"; and
        // those "for whom" it went a way: "to those of you for whom it has worked".
        r"\b(?:for|to)\s+(?:every(?:one|body)|any(?:one|body)|(?:every|each)\s+(?:single\s+)?[\w'-]+|all\s+(?:of\s+)?(?:you|those)|all\s+(?:the\s+|our\s+)?[\w'-]+|all|those(?:\s+(?:of|among)\s+(?:you|(?:our|the|my|your)\s+(?:[\w'’-]+\s+)?[\w'’-]+s))?|the\s+(?:ones|people|folks))\s+(?:who|whose|(?:for|to|with)\s+whom)\b|(?m:^)[ \t]*(?:everyone|anyone|those(?:\s+of\s+you)?)\s+who\b",
        // The review ask kept for a group: "we save our review invitations for buyers whose
        // plants are thriving", "we reserve requests for reviews for the customers who …".
        // The review wished from a group named by any plural and what it feels: "reviews mean
        // most from customers whose …", "we'd love to hear from the cooks who …".
        r"\b(?:reviews?|ratings?|feedback|hear|welcome|welcomed)\b[^.!?\n]{0,30}?\bfrom\s+(?:all\s+)?(?:the\s+|our\s+|those\s+)?(?:[\w'-]+\s+)?(?:[\w'-]+s|everyone|anyone|those(?:\s+(?:of|among)\s+(?:you|(?:our|the|my|your)\s+(?:[\w'’-]+\s+)?[\w'’-]+s))?|people|folks)\s+(?:who|whose)\b",
        // The review asked in the passive of a group named by any plural: "a review is warmly
        // invited from those clients whose …", "reviews are requested only from the gentlemen
        // who …".
        r"\b(?:invited|requested|welcomed|welcome|sought|solicited|asked\s+for|hoped\s+for|wished\s+for)\s+(?:(?:only|solely|just|exclusively|above\s+all|especially|particularly)\s+)?from\s+(?:all\s+)?(?:the\s+|our\s+|those\s+)?(?:[\w'’-]+\s+)?(?:[\w'’-]+s|[\w'’-]*(?:men|people|children|folk)|everyone|anyone|those(?:\s+of\s+you)?)\s+(?:who|whose)\b",
        r"\b(?:keep|keeps|reserve|reserves|save|saves|limit|limits)\s+(?:our\s+|the\s+|any\s+)?(?:review\s+(?:requests?|invit\w+|asks?)|requests?\s+for\s+(?:a\s+)?reviews?)\s+(?:only\s+)?(?:for|to)\s+(?:the\s+|those\s+)?(?:[\w'-]+\s+)?(?:customers|buyers|people|ones|folks|shoppers|clients|owners)\s+(?:who|whose|that)\b",
        // A group named by being happy, the adjective before the noun, opening the sentence as a
        // greeting or heading: "To our happy birdwatchers, …", "For all you delighted bakers:",
        // also with no word before the adjective: "To satisfied runners we ask …".
        r"(?:(?m:^)[ \t]*|[.!?]\s+)(?P<m>(?:and\s+|so\s+|now\s+)?(?:to|for)\s+(?:all\s+(?:of\s+)?)?(?:(?:our|the|my|you|those)\s+)?(?:(?:very|truly|really|so)\s+)?(?:happy|satisfied|pleased|delighted|thrilled|contented|proud)\s+(?:[\w'’-]+\s+)?[\w'’-]+s)\b",
        // A group named by any plural noun with a word in brackets or an appositive before its
        // relative clause: "to the cats (and their humans) who …", "to our gardeners, the ones
        // whose …".
        r"\b(?:to|for)\s+(?:all\s+)?(?:the|our|those)\s+(?:[\w'’-]+\s+)?[\w'’-]+s\b\s*(?:\([^()\n]{0,50}\)\s*)?(?:,\s*(?:the\s+ones|those|the\s+people|the\s+folks)\s+)?(?:who|whose|(?:for|to|with)\s+whom)\b",
    ],
    feedback_words: &[
        "feedback",
        "seller",
        "rate us",
        "our store",
        "our shop",
        "our service",
    ],
    review_words: &["review", "product", "item"],
    important_tags: &[
        r"important",
        r"urgent",
        r"action\s+required",
        r"attention",
        r"read\s+now",
        r"time[\s-]sensitive",
    ],
    reply_prefixes: &[r"re", r"fwd?", r"fw"],
};
