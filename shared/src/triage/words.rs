//! The words triage reads, one table per comment language. Adding a language is adding a
//! [`Language`] variant and one table here; the rules in the parent module read only tables.
//!
//! Entries are regular-expression alternatives. In spaced languages they match whole words,
//! case-insensitively; Japanese entries match anywhere, since Japanese has no spaces.

use super::Language;

/// How a language writes a person's name next to a title.
pub(super) enum NameStyle {
    /// A title before a capitalised name ("Mr. Smith", "Frau Becker", "Sra. López").
    Prefix {
        /// The titles (case-sensitive alternatives, e.g. `Mr|Mrs`).
        titles: &'static str,
        /// Words that, said right before a title, make it a relation rather than a title
        /// ("meine Frau" is my wife, "mi señora" my wife too).
        not_title_before: &'static [&'static str],
        /// Words after which two capitalised words are a person's full name (`named`, `namens`).
        cues: &'static [&'static str],
        /// Words right after a full name (two or three capitalised words, a comma between or
        /// not) that give the person's place at the seller or the carrier: "Jane Doe from
        /// customer service", "Rocío Navarro, de atención al cliente"; or what the person did
        /// in dealing with the buyer: "Graham Pettifer hung up on me".
        roles_after: &'static [&'static str],
        /// Words right before a name of three capitalised words, a comma between or not, that
        /// give the person's place at the seller: "la vendedora, Mariana López Herrera". Three
        /// words (a given name and two surnames) so that a shop or a product named after the
        /// role in two ("el vendedor Tech Zone") stays no person.
        roles_before: &'static [&'static str],
    },
    /// An honorific after the name (田中様, リーさん).
    Suffix {
        honorifics: &'static str,
        /// Words after a name that present it as someone's, like an honorific does
        /// (佐々木健一という人, 山田と名乗る男性).
        name_cues: &'static str,
        /// A name ending in one of these characters is a role or a relation (お客様, 店長さん).
        role_endings: &'static str,
        /// Role endings that also end given names (由美子, 健一): a name of three or more characters
        /// ending in one is a person's, unless it ends in one of the role words.
        given_name_endings: &'static str,
        /// A name ending in one of these words is a role (ドライバーさん).
        role_words: &'static [&'static str],
    },
}

/// Everything triage knows about one comment language.
pub(super) struct Table {
    pub language: Language,
    /// Written with spaces between words (all but Japanese).
    pub spaced: bool,
    /// Everyday words that tell the language apart; they also count as filler, not content.
    pub common: &'static [&'static str],
    /// Letters that point to the language (accents); each counts once, at most two in total.
    pub letters: &'static str,
    /// Profane or obscene words.
    pub profane: &'static [&'static str],
    /// Complaints about the delivery itself: late, lost, damaged in transit, the carrier.
    /// On an FBA order these are about Amazon, on an FBM order about the seller.
    pub fulfillment: &'static [&'static str],
    /// Any mention of the seller's service: the seller or store, communication, returns,
    /// refunds, replacements, billing, a wrong, used, fake or incomplete item, the listing.
    /// Praise counts too ("great seller"): the comment is then not only about the product.
    pub service: &'static [&'static str],
    /// Words about the product that read like the parcel or a return: a multipack ("the package
    /// of pods", "paquete de 12 pilas") or a fault that went away ("returned to normal"), and
    /// insult words that call no one names ("idiot-proof", "I felt like an idiot"). They are
    /// taken out of the comment before the profanity, service and delivery lists look at it.
    pub product_phrases: &'static [&'static str],
    /// The product's own box or card, in the words that also name the parcel: a board game's or
    /// a kit's box said to be thin or worn by a few games ("la caja del kit es de un cartón
    /// finísimo", "the lid split after two games"), a puzzle's thin card ("le carton est trop fin
    /// pour un 1000 pièces"). Read after the product phrases; inside a match the delivery words
    /// are taken out and the rest is kept, so what the buyer says of the box still counts. A box
    /// that came crushed is not matched and stays the delivery's. Also the manual or parts that
    /// come in the product's box ("el manual que viene en la caja"), and a device's own lag or
    /// what its camera catches ("alerts come so late you only see the back of the delivery guy",
    /// "3 sek Verzögerung"), where the delivery words are said of the product.
    pub own_box: &'static [&'static str],
    /// The listing set against what the item's own sewn-in label, tag or sticker says it is made
    /// of or where ("Listing says 100% merino. The label inside says 70% acrylic"; "the listing
    /// says made in Germany, the sticker underneath says made in China"): not as described, the
    /// seller's work. Read on the whole comment, before the product phrases take "the listing
    /// says" out as a product claim; a label claim alone ("the label says machine washable")
    /// stays the product's.
    pub listing_vs_label: &'static [&'static str],
    /// The courier at the door: not ringing or knocking, leaving the parcel on the doormat, the
    /// landing or the step ("sin llamar al timbre", "never rang the bell"), and a delivery put
    /// off ("consegna rimandata"). A delivery complaint; taken out before the service list
    /// looks, where the same verbs (call, ring, llamar, rimandare) are the buyer contacting the
    /// seller or sending the item back. Also packing left out of the parcel where the words for
    /// a part missing from the box would read it as the seller's (「緩衝材も入っていません」).
    pub door: &'static [&'static str],
    /// Neutral mentions of the parcel and its handling ("the package", "the box"): not a
    /// complaint about Amazon's delivery, but not about the product alone either.
    pub delivery_mention: &'static [&'static str],
    /// Praise, disappointment and filler that say nothing about what was wrong ("terrible",
    /// "everything fine", "never again"): a comment of only these is no product review.
    pub generic: &'static [&'static str],
    /// Product words quoted as evidence of a product review when present; they never decide.
    pub product_hints: &'static [&'static str],
    /// Words that announce a phone number.
    pub phone_cues: &'static [&'static str],
    /// Words that announce a number which is not a phone number (order, tracking, serial).
    pub not_phone_cues: &'static [&'static str],
    pub names: NameStyle,
    /// Profane katakana words that also occur inside innocent longer katakana words
    /// (カス in カスタマー): they count only standing alone.
    pub whole_word_only: &'static [&'static str],
}

/// Words of languages no table covers, so a Dutch or Polish comment is not read as English.
pub(super) const OTHER_WORDS: &[&str] = &[
    "het", "een", "niet", "zeer", "maar", "met", "voor", "ik", "verkoper", "nooit", "werkt", "nie",
    "się", "jest", "że", "bardzo", "ale", "jak", "działa", "och", "inte", "jag", "det", "att",
    "mycket", "não", "muito", "você", "produto", "chegou", "ele",
];
/// Letters of languages no table covers.
pub(super) const OTHER_LETTERS: &str = "ąęłńśźżćåøãõ";

/// Number words that may follow a not-a-phone cue ("order no.", "Bestellnummer", "n° de").
pub(super) const NUMBER_WORDS: &str =
    r"no\.?|nr\.?|n°|n\.?º|number|nummer|numéro|numero|número|番号";

pub(super) static TABLES: &[Table] = &[EN, DE, JA, FR, IT, ES];

/// A size that names one version of an item: dimensions ("155x220", "50 x 70 cm"), a measure
/// with its unit ("500 ml", "2 kg", "64 GB") or a clothing size after its word ("taille M",
/// "Größe 42"), in any covered language. Ordering one size and receiving another is the
/// seller's mistake, told with a size on each side.
macro_rules! size_spec {
    () => {
        r"(?:\d+(?:[.,]\d+)?\s?[x×]\s?\d+(?:[.,]\d+)?(?:\s?(?:cm|mm))?|\d+(?:[.,]\d+)?\s?(?:cm|mm|ml|cl|l|g|kg|w|v|gb|tb|mah)|(?:größe|taille|taglia|misura|talla|tamaño|size) (?:\d+|xxs|xs|s|m|l|xl|xxl|xxxl|[2-5]xl)|\b(?:xxs|xs|xl|xxl|xxxl|[2-5]xl))\b"
    };
}

const EN: Table = Table {
    language: Language::En,
    spaced: true,
    common: &[
        "the", "and", "is", "was", "it", "not", "to", "of", "very", "but", "with", "for", "my",
        "this", "i", "after", "never", "they", "you", "have", "had", "did", "didn't", "were",
        "are", "be", "been", "on", "at", "what", "would", "no", "so", "just", "only", "too",
        "seller", "item", "product", "received", "arrived", "broke", "when", "one", "from", "all",
        "will", "it's", "i'm", "that", "than", "there", "could", "it's", "its", "got", "has",
        "does", "doesn't", "don't", "won't", "really", "because", "after", "which", "about",
    ],
    letters: "",
    profane: &[
        r"fuck\w*|f[*#@]+k\w*|motherf\w+|(?:bull|horse)?shit(?:ty|s|ter|head)?|sh[*#@!]+t",
        r"assholes?|arseholes?|jackass\w*|dumbass\w*|bitch\w*|bastards?|crap(?:py|s)?",
        r"damn(?:ed|it)?|goddamn\w*|dickheads?|cunts?|twats?|wankers?|pissed|wtf|stfu",
        // Name-calling aimed at whoever made or sold it ("whoever designed this is a moron"), and
        // the vulgar "taking the piss". "Idiot-proof" and the buyer calling themselves one are
        // set aside among the product phrases.
        r"idiots?|morons?|moronic|cretins?|imbeciles?|(?:take|takes|taking|took) the piss|piss-?takes?",
    ],
    fulfillment: &[
        r"wrong (?:house|door|building|apartment|flat|street)|amazon (?:delivery|driver|logistics|locker)|pickup point|parcel locker",
        r"prime|(?:\d+|one|two|next|same)[\s-]day (?:delivery|shipping)|(?:\d+|\w+) (?:days|weeks) instead of",
        r"late|(?:arrived|came|delivered|shipped) (?:a )?(?:\w+ )?(?:days?|weeks?) (?:late|after)",
        r"delay(?:ed|s)?|slow (?:shipping|delivery|shipment)",
        r"(?:shipping|delivery|shipment) (?:was |is )?(?:very |so |extremely )?(?:slow|late|terrible|awful|horrible|bad)",
        r"took (?:\w+ ){0,3}(?:days|weeks|forever|ages) to (?:arrive|ship|come|get here|be delivered|be shipped|be dispatched|dispatch|go out|be sent out)",
        // Shipped only after days: "only shipped after nine days", "wasn't dispatched until a
        // week later".
        r"only (?:got |been |was |were )?(?:shipped|dispatched|sent out|posted|mailed) (?:\w+ ){0,2}after (?:\w+ ){0,2}(?:days|weeks)|(?:shipped|dispatched|sent out|posted|mailed) only after (?:\w+ ){0,2}(?:days|weeks)|(?:wasn't|was not|weren't|were not|didn't|did not|not|never) (?:even |actually )?(?:shipped|ship|dispatched|dispatch|sent out|send it out|posted|mailed) (?:\w+ ){0,2}until",
        r"never (?:arrived|came|showed up|got delivered|was delivered|delivered|received it)",
        r"(?:didn't|did not|hasn't|has not|have not|haven't|still not|not yet) (?:arrive|arrived|come|been delivered|been shipped|shipped|received it|show up|shown up)",
        r"(?:never|not|didn't|did not|haven't|have not) (?:received|receive|got) (?:it|them|my (?:order|package|parcel|item)|the (?:item|package|parcel))",
        r"never (?:got|received) (?:the|my|it|them|any)",
        r"wait(?:ed|ing)|took (?:forever|ages|weeks|so long)|supposed to (?:arrive|be delivered|come|be here)",
        // A delivery put off: "delivery was rescheduled three times", "they postponed my delivery".
        r"(?:delivery|deliveries|shipment|shipping|delivery date) (?:was |were |got |has been |kept being |keeps being )?(?:\w+ )?(?:rescheduled|postponed|pushed back|put off)|(?:rescheduled|postponed|pushed back) (?:\w+ ){0,2}(?:the |my |our )?(?:delivery|shipment)",
        r"(?:broken|damaged|cracked|smashed|shattered|dented) when (?:i |we )?(?:opened|unpacked|unboxed|received|got) (?:it|them|the box|the package)",
        r"still waiting|lost in (?:the mail|the post|transit)|(?:package|parcel|order) (?:was |got )?lost",
        r"(?:box|package|parcel|packaging|envelope) (?:was |were |is |came |arrived )?(?:\w+ )?(?:damaged|crushed|torn|ripped|opened|wet|soaked|smashed|dented|destroyed|broken)",
        r"(?:damaged|crushed|torn|ripped|smashed|dented|wet|soaked) (?:box|package|parcel|packaging|envelope)",
        r"(?:poorly|badly|not) packed|(?:bad|poor|no|terrible|cheap) packaging",
        // Broken on arrival is damage in transit; "dead on arrival" is a defect and is not here.
        r"(?:arrived|came|delivered|showed up|turned up) (?:\w+ ){0,3}(?:damaged|broken|crushed|smashed|dented|cracked|shattered|bent|opened|torn|wet|soaked|in pieces)",
        r"(?:broken|damaged|smashed|cracked|shattered|scratched|dented|bent) (?:on|upon) (?:arrival|delivery)",
        r"damaged in (?:the )?(?:mail|post|shipping|transit)|(?:during|in) (?:transit|shipping|shipment)",
        r"(?:delivered|left) (?:to|at) the wrong (?:address|house|door)|wrong address",
        r"tracking (?:number )?(?:never|didn't|did not|not|wasn't|was not|doesn't|does not)|no tracking",
        r"courier|carrier|driver|ups|usps|fedex|dhl|royal mail|canada post|australia post|evri|yodel|mailman|postman",
        r"left (?:it )?(?:in the rain|outside|on the porch)|marked (?:as )?delivered|says (?:it was )?delivered",
        r"(?:days?|weeks?) (?:after|later than) (?:the )?(?:promised|expected|estimated|scheduled|delivery) (?:date|day|delivery)|later than (?:promised|expected|estimated|scheduled)|past the (?:delivery|promised|estimated) date",
        r"(?:left|delivered|given|handed) (?:\w+ ){0,2}(?:with|to|at) (?:a |the |my |some )?neighbou?rs?|no (?:delivery )?(?:notice|card|note) (?:was )?(?:left)?|without (?:any )?(?:notice|a card|a note|notification)",
        r"(?:marked|showed|shown|listed|said|tracking said) (?:as )?delivered",
        r"(?:showed|turned) up (?:after|too late)|(?:arrived|came|got here) (?:after|too late)|(?:after|past) (?:christmas|the (?:holidays?|birthday|party|event|wedding))",
        r"took (?:\w+ ){0,3}(?:days|weeks) to (?:show up|turn up)|(?:box|package|parcel) looked like",
    ],
    service: &[
        // A personalised item made otherwise than ordered: "engraved in the wrong font", "they
        // misspelled the name", "wrong thread colour", "never sent the proof they promised".
        r"(?:wrong|different) (?:font|typeface|lettering|thread(?: colou?r)?)|misspel\w* (?:the |my |our |her |his |their )?(?:name|names|engraving|text|initials|date|message)|(?:name|engraving|text|initials|message) (?:was |were )?(?:misspel\w*|spelled wrong\w*)",
        r"(?:proof|mock-?up) (?:\w+ ){0,4}(?:never|wasn't|was not|not) (?:\w+ )?(?:sent|came|arrived|shown|provided)|(?:never|didn't|did not) (?:\w+ ){0,2}(?:send|sent|show|share) (?:me |us )?(?:a |the |any )?(?:design )?(?:proof|mock-?up)",
        r"change (?:my |the )?(?:review|rating|feedback)|(?:remove|delete|update) (?:my |the )?(?:review|rating|feedback)",
        r"sellers?|vendors?|merchants?|(?:this|the|that|their|online) (?:store|shop|company|business)|(?:store|shop) owner",
        r"customer (?:service|support|care|experience)|(?:tech|technical|seller|their|no) support|support (?:team|staff|agent|department|ticket)",
        r"(?:the|their|poor|bad|terrible|awful|horrible|great|good|excellent|fast|quick|no) service|service (?:was|is|team|department)",
        r"(?:buy|bought|order|ordered|ordering|purchase|purchased) (?:\w+ )?from (?:this|them|him|her|these|here|that)",
        r"(?:seller|vendor|they|he|she|nobody|no one|company|support|store|shop|anyone|anybody|never)\s+(?:\w+\s+){0,2}?respon(?:d|ded|ds|se|sive)|respon(?:d|ded|ds|ding)\s+to\s+(?:my|our|the|any|me|us)|(?:no|any|a|their|quick|fast|slow|prompt|late|rapid|automated|generic)\s+responses?|(?:un)?responsive\s+(?:seller|vendor|company|support|service|staff)|repl(?:y|ied|ies|ying)|no answer|answer(?:s|ed|ing)?",
        r"contacted|contacting|(?:no|any) contact|contact (?:the|them|him|her|seller|support|customer|you|us|me)|messag(?:e|ed|es|ing)|e-?mail(?:ed|s|ing)?|reach(?:ed)? out|(?:get|got|getting) back to me|hear(?:d)? back",
        r"(?:call|called|calling|phoned|rang) (?:them|me|back|the|him|her|again|twice|several|many)|nobody (?:called|answered|replied)",
        r"ignor(?:e|ed|es|ing)|rude|unhelpful|unprofessional|communicat\w*",
        // Nobody helping the buyer ("nobody will help me", "no one has helped in a week"): the
        // seller's service; a product that "didn't help" stays the product's.
        r"(?:nobody|no one|no-one|noone)\s+(?:\w+\s+){0,3}?(?:help|helps|helped|helping|assist|assists|assisted|assisting)",
        // Nobody offering the buyer a way out ("nobody gives me a solution", "no one has found a
        // fix"), and the buyer asking to be got in touch with ("please get in touch", "text me",
        // "you can reach me on …"): the seller's support and communication.
        r"(?:nobody|no one|no-one|noone)\s+(?:\w+\s+){0,4}?(?:solutions?|fix|fixes|workaround)\b|(?:get|be|getting) in touch|(?:text|ring|phone|whatsapp) me\b|(?:reach|contact) me (?:at|on|by|via|under)\b",
        r"refund\w*|return(?:s|ed|ing)?|send (?:it |them )?back|sent (?:it |them )?back|(?:take|took|taking) (?:it |them )?back|exchang(?:e|ed|es)",
        // "replacement" alone is often part of a product name ("replacement carafe").
        r"(?:promised|sent|send|get|got|asked for|requested|offered|wanted|needed|received|for) (?:me )?(?:a |another |the )?replacement",
        r"no replacement|replacement (?:never|was|is|that|which|came|arrived|request)|replac(?:e|ed|ing) (?:it|them|mine)",
        r"warrant(?:y|ies)|guarantee|money back|cancel(?:l?ed|s|lation)?|invoice|receipt",
        r"charged (?:me|twice|double|extra|again|for)|double charged|overcharg\w*|billed|billing|payment|(?:hidden|extra) fees|customs|import (?:fees|charges|duty)",
        r"(?:sent|shipped|received|got|gave) (?:me )?(?:a |an |the )?(?:wrong|used|different|old|refurbished|second-?hand)",
        // Used units sent to a business buyer: "they sent us used units", "sold me a used one".
        r"(?:sent|shipped|gave|delivered|sold) (?:me|us) (?:a |an |the |some )?(?:\w+ )?used\b|used units",
        r"different (?:item|product|model|brand|colou?r|size|version) (?:than|from|to)|than (?:listed|advertised|pictured|described|shown)|(?:came|arrived|sent) in (?:a |the )?(?:different|wrong)",
        r"wrong (?:item|product|model|order|one|size|colou?r|version|part|parts|thing)|(?:got|received|sent) (?:\w+ ){0,4}instead of",
        // One colour sent for another, without a verb of sending ("and grey instead of sage
        // green"): the wrong item, the seller's mistake.
        r"(?:\b(?:and|but|plus|also|then|yet)\s+|[,;:]\s*)(?:grey|gray|green|blue|red|black|white|pink|beige|brown|yellow|orange|purple|navy|cream|ivory|teal|sage|charcoal|silver|gold|lilac|mustard|khaki|olive|burgundy|taupe) instead of (?:the |a |an )?(?:\w+ )?(?:grey|gray|green|blue|red|black|white|pink|beige|brown|yellow|orange|purple|navy|cream|ivory|teal|sage|charcoal|silver|gold|lilac|mustard|khaki|olive|burgundy|taupe)",
        r"not what i ordered|not the (?:one|item|product|model|size|colou?r) i ordered",
        r"(?:different|another) (?:\w+ ){0,2}(?:from|than|to) (?:what|the one|the model|the item|the colou?r) (?:i|we) (?:ordered|bought|chose|picked|paid for)|(?:model|item|product|colou?r|size|version) (?:that|which) (?:i|we) (?:didn't|did not|never) (?:order|buy|choose)",
        r"not as (?:described|pictured|advertised|shown)|(?:description|listing|pictures?|photos?|images?|title|ad) (?:is |are |was |were )?(?:misleading|wrong|inaccurate|false|incorrect)|misleading|false advertising",
        r"(?:match|matches|matched|like|look like|looks like|same as|different from|differs from|unlike) the (?:pictures?|photos?|images?|description|listing|ad)",
        r"in the (?:pictures?|photos?|images?|listing|description|ad)|as (?:pictured|shown|advertised)",
        r"(?:was|been|is|clearly|obviously|already|previously) used|used (?:item|product|one|unit)|previously opened|second-?hand|refurbished",
        r"(?:already|been|was|were) opened|seal (?:\w+ ){0,5}(?:broken|opened|missing|cut|torn)|(?:broken|opened|missing|no) (?:safety )?seal|tamper\w*|(?:not|wasn't|isn't|was not|is not) new",
        r"(?:box|package|parcel|envelope|bag) (?:was |were |came |arrived )?(?:completely |totally )?empty|paid for (?:two|three|four|\d+|a pair|a set|a pack)",
        // Fewer came than were ordered: "only one arrived", "just one of the two was delivered"
        // ("came" only after "only": "just one came loose" is the product).
        r"only (?:one|1|two|2|half|part) (?:came|arrived|was (?:in|included)|in the)|(?:only|just) (?:one|1|two|2|half|part)(?: of (?:them|the \w+|my \w+))? (?:arrived|showed up|turned up|was delivered|got delivered|was (?:in|included))|ordered (?:[\w,]+ ){0,5}(?:and |but )?(?:got|received|they sent|was sent)",
        r"listing|listed|advertised|described|as promised|chas(?:e|ed|ing) (?:them|him|her|the seller)",
        // What the item turned out to be instead of what the listing named (not how it works):
        // "Listing says 100% cotton, it's polyester."
        r"(?:it's|it is|they're|they are|is actually|are actually|but it's|but they're) (?:just |only |cheap |thin )?(?:polyester|plastic|nylon|acrylic|synthetic|rayon|viscose|aluminium|aluminum|tin|steel|metal|glass|paper|cardboard|mdf|chipboard|particle ?board|veneer|faux|imitation|a copy|smaller|bigger|larger|shorter|longer|thinner)\b",
        r"(?:my|your|their) replacement|no word|heard nothing|(?:hear|heard) (?:nothing|back)",
        r"expired|out of date|past (?:the |its )?(?:expiry|expiration|best before)|empty (?:box|package|parcel)",
        r"(?:is|was|are|were|a|an|it's|obviously|clearly|totally|complete|total|100%|cheap) fakes?|fake (?:product|item|one|brand|copy|version|goods)|counterfeit|knock-?off|not (?:genuine|original|authentic)",
        r"scam\w*|rip-?off|ripped (?:me )?off|fraud\w*|thie(?:f|ves)|stole",
        r"missing|incomplete|only (?:got|received) (?:one|1|two|2|half)|(?:didn't|did not) come with|came without",
        r"promis(?:e|ed|es) (?:a|me|to)|(?:they|he|she) promised",
        r"(?:change|remove|delete|update) (?:my|the|this) (?:rating|feedback|review)",
        // Not buying here again names the store: "won't shop here again", "never ordering here".
        r"(?:buy|buying|order|ordering|shop|shopping|purchase|purchasing) (?:\w+ ){0,2}here|never again (?:from|with) (?:them|this|here)",
        // The store's owner, and a complaint the seller never resolved for the buyer.
        r"(?:the|their|shop's|store's) owner (?:is|was|never|didn't|did not|won't|refused|told|said)|owner of (?:the|this) (?:store|shop|company|business)|(?:never|didn't|did not|wouldn't|would not|refused to) (?:\w+ )?(?:resolve|sort out) (?:it|anything|my (?:issue|problem|complaint)) for me",
    ],
    product_phrases: &[
        // The buyer used to a kind of product ("im not new to retinol", "I'm not new to acids",
        // "she isn't new to this"): the buyer's own experience, not a used item (the seller's
        // "not new" in the service list; "the serum was not new" stays there).
        r"\b(?:not|isn'?t|wasn'?t|aren'?t|weren'?t|is not|was not|are not|am not|were not) new to\b",
        // Insult words that call no one names: a product made "idiot-proof", the buyer feeling
        // like one ("I felt like an idiot", "made me look a complete moron"), and a product said
        // to be easy enough for one ("even an idiot could set it up", "any moron can fold it").
        r"(?:idiot|moron|fool)[\s-]?proof\w*|(?:even|any|only|not even) (?:an? )?(?:complete |total )?(?:idiot|moron)s? (?:could|can|would|will|couldn't|can't|gets?|gotta|has to)\b|(?:i (?:feel|felt|look|looked|was|am)|i'm|i've been|made me (?:feel|look)|makes me (?:feel|look)) (?:like )?(?:(?:a|an|such an?|the|a bit of an?|a complete|a total|an absolute|an utter|a right) )?(?:\w+ )?(?:idiot|moron|cretin|imbecile)\b",
        // What the product's own package or label claims ("the package says unscented").
        // The listing's claim quoted against the product: "Listing says \"fits all letterboxes\"".
        r"(?:the )?(?:listing|description|product page|product title|title|ad) (?:clearly |literally )?(?:says|said|states|stated|claims|claimed|promises|promised)",
        r"(?:returned|went back|is back|was back|came back) to (?:its|their|my|her|his|the) (?:usual|normal|old|original|former)",
        r"(?:package|packaging|pack|box|label|bottle|tin|tube|jar|carton|wrapper|bag)(?: of \w+)? (?:clearly |literally )?(?:says|said|states|stated|claims|claimed|promises|promised|reads|read|lists|listed)",
        r"packages? of|packs? of|(?:returned|went back|got back|came back|is back|was back) to normal",
        r"(?:sitting|sat|stored|kept|left) in (?:a|the|some) warehouse",
        // The time the product takes to do its job ("takes ages to boil", "took two days to set",
        // "waited an hour for it to heat up"): the product, not a late parcel.
        // Words as general as "start", "load" or "work" are left out ("took weeks to start
        // shipping").
        r"(?:takes?|took|taking|taken) (?:\w+ ){0,3}?to (?:dry|charge|recharge|heat|heat up|warm up|cool|cool down|chill|boil|brew|cure|harden|dissolve|melt|defrost|thaw|cook|toast|grind|inflate|deflate|pair|connect|sync|boot|boot up|absorb|kick in|ignite|foam)\b|(?:wait|waits|waited|waiting) (?:\w+ ){0,3}?for (?:it|them|the \w+) to (?:dry|charge|heat up|warm up|cool down|boil|brew|cure|harden|dissolve|melt|defrost|thaw|cook|inflate|pair|connect|boot up|kick in)\b",
        // The buyer's own workplace as where the product is used ("useless for our warehouse",
        // "too loud for my office", "in our shop"): not Amazon's warehouse, not the seller's shop.
        r"(?:our|my) (?:own |small |little |busy |new )?(?:warehouse|depot|stockroom|storeroom|shop|store|office|school|classroom|clinic|practice|salon|restaurant|caf[eé]|bakery|workshop|business|company)s?",
        // A printer's or a computer's driver ("the driver will not recognise the labels",
        // "installed the latest drivers"), not the courier.
        r"(?:printer|print|scanner|device|usb|bluetooth|graphics|audio|software|windows|mac) drivers?|(?:the|its) drivers? (?:will not|won't|doesn't|does not|didn't|did not|can't|cannot|refuses to|fails to) (?:\w+ )?(?:recogni[sz]e|detect|install|support)|(?:install|update|download|reinstall)(?:ed|ing|s)? (?:the |a |its |new |latest |updated )?drivers?|drivers? (?:update|software|installation|download)",
        // The car's driver ("the driver's side mat", "the driver's one slides", "driver seat
        // cover", "driver and passenger mats"), a tool ("impact driver", "driver bits") and a golf
        // club ("the driver head"): not the courier.
        r"drivers?(?:'s?|’s?)?[\s-](?:side|seat|door|window|footwell|foot ?well|floor ?mats?|mats?|pedals?|armrest|visor|sun ?visor|headrest|mirror|wing mirror|airbag|cup ?holder|position|cabin)s?|drivers?(?:'s?|’s?) ones?|drivers?(?:'s?|’s?)? (?:and|&|or|\+) passengers?(?:'s?|’s?)?|passengers?(?:'s?|’s?)? (?:and|&|or|\+) drivers?(?:'s?|’s?)?",
        r"(?:impact|screw|nut|hex|torx|bit|power|golf) drivers?|drivers? (?:bit|head|shaft|club)s?",
        // A fit claimed for the product as listed or advertised ("listed as compatible with my
        // car", "advertised as a direct fit"): the product's claim set against it, as "the listing
        // says" above; "listed as new" and "not as described" stay the seller's.
        r"(?:listed|advertised|described|sold|marketed|labell?ed|shown|stated) as (?:being )?(?:fully |100% )?(?:compatible|fitting|suitable|(?:an? )?(?:direct |exact |perfect |universal |oem |guaranteed )?fit)\b",
        // A device answering late ("the screen reacts with a delay", "input lag", "delayed
        // audio"), not a late parcel.
        r"(?:screen|display|touch ?screen|touchpad|audio|sound|video|picture|input|keys?|buttons?|notifications?|alerts?|mouse|cursor|keyboard|pen|stylus)\b[^.!?]{0,30}?\bwith (?:a |an )?(?:\w+ )?delay|(?:input|audio|touch|sound|video|bluetooth|notification) (?:delay|lag)s?|delayed (?:response|reaction|input|audio|sound|video|notifications?|alerts?)",
        // Hours of calls made with a headset ("after an hour of calls"), not calls to the seller.
        r"(?:hours?|minutes?|a day|days|shifts?|mornings?|afternoons?) (?:\w+ )?of (?:calls|calling|phone calls|video calls|conference calls|meetings)",
        r"(?:the )?(?:advertised|claimed|stated|promised|rated) \d+(?:[.,]\d+)?\s*(?:hours?|hrs?|minutes?|mins?|days?|mah|w|watts?|gb|%|lumens?|kg|lbs?|inch(?:es)?|cm|mm)",
        // A scent or taste promised ("the advertised citrus aroma", "the promised jasmine green
        // tea scent") is the product's claim like a flavour or a runtime.
        r"(?:promised|advertised|claimed) (?:\w+ ){0,2}(?:flavou?rs?|tastes?|scents?|smells?|fragrances?|aromas?|perfume|notes|softness|freshness|battery(?: life)?|runtime|performance|effect|results?|strength|capacity)",
        // A scent or taste not there ("the jasmine scent is missing entirely"): the product's, not
        // a part missing from the box ("the flavour sachet is missing" stays the seller's).
        r"(?:scents?|smells?|fragrances?|aromas?|flavou?rs?|tastes?|aftertastes?) (?:(?:is|was|are|were) )?(?:(?:completely|entirely|totally|just|simply|almost|all but|sadly) )?missing",
        // A life advertised in weeks or months ("advertised 3 weeks of battery", "the claimed 2
        // months of use"); weeks alone ("not the advertised 2 weeks") may be the delivery time.
        r"(?:the )?(?:advertised|claimed|stated|promised|rated) \d+(?:[.,]\d+)?\s*(?:weeks?|months?) (?:of )?(?:battery(?: life)?|use|runtime|run time|standby|life|playtime|play time|charge|wear)",
        // A quality weaker than advertised ("much dimmer than advertised", "louder than
        // claimed"): how the product performs, not another item or a wrong listing.
        r"(?:dimmer|weaker|slower|louder|noisier|hotter|colder|less\s+(?:bright|powerful|effective|accurate|absorbent))\s+than\s+(?:advertised|claimed|promised|stated)",
        // How far short of the advertised figure it falls ("nowhere near what's advertised",
        // "half of what was claimed"); "not what's advertised" alone stays the listing's.
        r"(?:close to|near|anywhere near|nowhere near|half of|a fraction of|less than|short of) (?:what's|what is|what was|what they|the) (?:advertised|claimed|promised|stated)",
        r"(?:everything|all|it|item|product|contents?) (?:was |is |were |came |arrived |looks? )?(?:exactly |just )?as described",
        // The item praised as matching its picture ("the grey is exactly like the picture", "looks
        // just like the photos", "was the same as in the pictures", "came exactly as pictured"):
        // how the product looks, as "as described" above. A "not" or "doesn't look like" before it
        // does not match (no "is", "looks" or "was" right before), so it stays the listing's.
        r"(?:is|are|was|were|looks|looked) (?:(?:exactly|just|really|totally) )?(?:like|the same as|identical to) (?:in )?the (?:pictures?|photos?|images?)|(?:is|are|was|were|looks|looked|came) (?:exactly|just) as (?:pictured|shown)",
        r"(?:pods?|capsules?|bags?|bars?|cans?|pieces?|tablets?|sachets?|cartridges?|filters?|batteries|wipes|each one) in the (?:package|pack|box)",
        // A colour gone from what the printer prints ("magenta is now missing from the prints"):
        // the ink running out, not a part missing from the box.
        r"(?:magenta|cyan|yellow|black|colou?rs?|ink) (?:\w+ ){0,6}missing (?:from|in|on) (?:the |my |every |all |each |all the )?(?:prints?|printouts?|print-outs?|printed pages?|copies|pages?)\b",
        // Set against how it looks or what the buyer expected ("it's thinner and scratchier than
        // it seems", "they're shorter than I expected"): how the product is, not what the listing
        // named. "Smaller than in the pictures" still reads the pictures as the listing.
        r"(?:smaller|bigger|larger|shorter|longer|thinner|thicker|narrower|wider|lighter|heavier|darker|paler|brighter|duller|softer|harder|rougher|cheaper|weaker|tighter|looser|stiffer|flatter|shallower|\w{3,}ier|(?:more|less) \w+)(?:(?:,| and| or) (?:smaller|bigger|larger|shorter|longer|thinner|thicker|narrower|wider|lighter|heavier|darker|paler|brighter|duller|softer|harder|rougher|cheaper|weaker|tighter|looser|stiffer|flatter|shallower|\w{3,}ier|(?:more|less) \w+))* than (?:(?:it|they|this|these|she|he) (?:seems?|looks?|appears?|seemed|looked|appeared|feels?|felt)|(?:i|we) (?:had )?(?:expected|thought|imagined|hoped)|expected)\b",
        // The buyer packing the product itself (a suitcase, a bag, a cooler).
        r"(?:i|we|you) (?:had )?packed|(?:fully|properly|tightly) packed|packed (?:it|them) (?:\w+ )?(?:full|tight)",
        // A figure quoted from the listing is the product's claim: "the 3 hours on the listing".
        r"(?:the )?\d+(?:[.,]\d+)?\s*(?:hours?|hrs?|minutes?|mins?|days?|mah|w|watts?|gb|%|lumens?|kg|lbs?|inch(?:es)?|cm|mm) (?:\w+ )?(?:on|in|from) the (?:listing|description|product page|ad)",
        // The buyer airing it out: "left it outside for a week and it still reeks".
        r"(?:^|[.!?;]\s*|(?:i|we|i've|we've|i have|we have|i had|we had) )(?:left|put|kept|hung|aired) (?:it|them) (?:out )?(?:\w+ ){0,3}(?:outside|outdoors|on the balcony|in the garden|in the yard|in the garage) (?:\w+ ){0,3}(?:for|over) (?:a|an|one|two|three|four|five|several|a few|\d+) (?:\w+ )?(?:days?|nights?|weeks?|hours?)|air(?:ed|ing) (?:it|them) out",
        // A neighbour's instrument, voice or signal that a device picks up or lets through ("it
        // picks up my neighbour's guitar", "I hear the neighbour's piano through them"): the
        // product's pickup or isolation, not a parcel left next door.
        r"(?:picks?|picked|picking) up (?:also |even |too )?(?:my |the |our |a )?neighbou?rs?['’]s?\b|neighbou?rs?['’]?s? (?:\w+ )?(?:guitars?|violins?|violas?|cellos?|bass|basses|piano|keyboard|drums?|instruments?|playing|practi[cs]e|music|singing|voice|tv|wi-?fi|network|signal)\b",
        // A surface that gives back the strike ("the pad barely returns any bounce", "it doesn't
        // return the stick"): the product's rebound, not sending it back.
        r"return(?:s|ed|ing)? (?:the |any |much |a |enough |little |no |some |its )?(?:bounce|rebound|energy|impact)\b|(?:barely|hardly|scarcely|doesn't|does not|don't|do not|won't|never|no longer) return(?:s)? (?:the |your |my )?(?:sticks?|mallets?|beaters?|balls?)\b",
        // The company that makes it is the maker, not the seller ("the company that makes these has
        // never played one", "whatever firm built this").
        r"(?:company|companies|firm|brand|factory) (?:that|which|who) (?:\w+ )?(?:makes?|made|builds?|built|manufactures?|manufactured|produces?|produced|designs?|designed)\b|(?:whatever|whichever) (?:company|firm|brand|factory) (?:makes?|made|builds?|built|manufactures?|manufactured|produces?|produced|designed)\b",
        // Neighbours bothered by its noise ("the neighbours complain", "it wakes the whole street"), not
        // a parcel left next door.
        r"neighbou?rs? (?:\w+ ){0,2}?(?:complain\w*|moan\w*|grumble\w*|can hear it|hear it|are annoyed|got annoyed|get annoyed|hate it)|(?:annoy\w*|wakes?|waking|woke|disturb\w*|bother\w*|upset\w*|scare\w*) (?:up )?(?:the |my |our |all the |half the |all our |all my |every )?(?:whole )?(?:neighbou?rs?|neighbou?rhood|street)\b",
    ],
    own_box: &[
        // A board game's or a model kit's own box is part of the product, not the parcel: said to be
        // thin or flimsy ("the box of the game is paper-thin"), or worn by a few games ("the lid
        // split after two games"). A box that came crushed stays the delivery's.
        r"(?:(?:game|board ?game|puzzle|jigsaw|kit|model)(?:'s|’s)? box|(?:box|carton) of the (?:game|board game|puzzle|jigsaw|kit|model|set)) (?:is|feels|seems|looks) (?:\w+ ){0,3}?(?:thin|flimsy|paper-thin|papery|weak|fragile)\b",
        r"(?:box|lid|carton|cardboard)\b[^.!?,;]{0,50}?\bafter (?:the |just |only )?(?:first|second|third|one|two|three|four|a few|a couple of|\d+) (?:games?|plays?|playthroughs?|sessions?|rounds?|game nights?)\b",
        r"after (?:the |just |only )?(?:first|second|third|one|two|three|four|a few|a couple of|\d+) (?:games?|plays?|playthroughs?|sessions?|rounds?|game nights?),? [^.!?;]{0,40}?\b(?:box|lid|carton|cardboard)\b(?: [\w'’]+){0,4}",
        // A device's lag, in seconds or of its alerts ("motion alerts come so late", "a 4 second delay",
        // "notifications arrive 10 seconds late"), and who its camera catches too late ("only the back of
        // the delivery guy", the courier already gone when the app opens): the product, not the parcel.
        r"(?:(?:when|by the time|before|once|until) (?:i|we|you) (?:\w+ )?(?:open|opened|check|checked|get to|got to|pull up|pulled up|look at|looked at|bring up|brought up) (?:the |my |your )?(?:app|phone|live view|feed|camera|clip|video|notification|alert)s?|(?:alerts?|notifications?|pings?|push(?:es)?|live (?:view|feed)|feed|stream) (?:\w+ ){0,4}?(?:so |too |way )?late|(?:(?:alerts?|notifications?|pings?|push(?:es)?|live (?:view|feed)|feed|stream) (?:\w+ ){0,4}?)?(?:\d+(?:[.,]\d+)?|a few|several|\w+)[\s-](?:seconds?|secs?)(?: late| behind|[\s-]delay|[\s-]lag))\b,? (?:and |so )?(?:by then |by that time )?[^.!?]{0,30}?\b(?:the )?(?:delivery (?:guy|man|driver|person)|courier|driver|mailman|postman|postie) (?:is |was |has |had )?(?:already |long )?(?:gone|walking (?:off|away)|driving (?:off|away)|leaving)\b|(?:backs?|tail end|shadow|legs|feet|silhouette) of (?:the |a |our |my )?(?:delivery (?:guy|man|men|driver|person|people|woman|boy)|courier|driver|mailman|postman|postie|mail carrier)",
        r"(?:alerts?|notifications?|pings?|push(?:es)?|live (?:view|feed)|(?:video )?feed|stream) (?:\w+ ){0,2}?(?:come|comes|came|arrive|arrives|arrived|pop up|pops up|popped up|show up|shows up|showed up|kick in|kicks in|kicked in|load|loads|loaded|go off|goes off|went off|are|were) (?:in |through )?(?:so |too |way |far |really |very |always |often |much )*(?:late|delayed)\b",
        r"(?:\d+(?:[.,]\d+)?|a few|a couple of|several|few|one|two|three|four|five|ten|half a|half)[\s-](?:seconds?|secs?|milliseconds?|ms)[\s-](?:late|delay|delayed|lag|behind)\b|(?:delay|lag|latency) of (?:about |around |up to |almost |nearly |over )?(?:\d+(?:[.,]\d+)?|a few|several|two|three|four|five|ten) ?(?:seconds?|secs?|milliseconds?|ms)\b",
    ],
    listing_vs_label: &[
        r"(?:listing|description|product (?:page|title|details)|title|ad|advert)\b(?s:.){0,160}?\b(?:label|tag|sticker)s?(?: [\w-]+){0,5} (?:says|said|reads|read|states|stated|shows|showed|lists|listed|claims|claimed) (?:it's |it is |they're )?(?:only |just |actually )?(?:\d+ ?% ?\w+|made in|polyester|acrylic|nylon|elastane|spandex|cotton|wool|merino|cashmere|linen|silk|viscose|rayon|leather|faux|synthetic|plastic|mdf|steel|aluminium|aluminum)",
        r"(?:label|tag|sticker)s?(?: [\w-]+){0,5} (?:says|said|reads|read|states|stated|shows|showed|lists|listed|claims|claimed) (?:it's |it is |they're )?(?:only |just |actually )?(?:\d+ ?% ?\w+|made in|polyester|acrylic|nylon|elastane|spandex|cotton|wool|merino|cashmere|linen|silk|viscose|rayon|leather|faux|synthetic|plastic|mdf|steel|aluminium|aluminum)\b(?s:.){0,160}?\b(?:listing|description|product page|product title|ad|advert)",
    ],
    door: &[
        r"(?:never|didn't|did not|without|not even|no one|nobody|wouldn't|won't|couldn't be bothered to) (?:\w+ ){0,2}(?:ring|ringing|rang|knock|knocking|knocked|buzz|buzzing|buzzed|press|pressing|pressed) (?:on )?(?:the |my |our )?(?:door ?bell|bell|buzzer|intercom|door)",
        r"(?:left|dumped|dropped|thrown|tossed|abandoned|chucked) (?:\w+ ){0,3}(?:on|at|in) (?:the |my |our )?(?:doormat|mat|front step|doorstep|landing|stairwell|hallway|communal hall|front door)",
    ],
    delivery_mention: &[
        // The seller packing it badly: "stuffed into a plastic bag with no padding".
        r"(?:stuffed|thrown|shoved|crammed|tossed|jammed|dumped) (?:\w+ )?(?:in|into) (?:a |an |the )?(?:[\w'-]+ ){0,2}(?:bag|envelope|mailer|box|carton)|plastic bag|(?:no|without|with no) (?:any )?(?:padding|protection|cushioning|bubble wrap|filler)",
        // A porch the parcel was left on, not one a lamp is bought for: "left on the porch",
        // "porch pirates", against "lights for the porch".
        r"packages?|parcels?|packaging|packed|wrapped in|bubble wrap|envelope|tracking|transit|depot|warehouse|doorstep|porch pirates?|(?:on|at|onto|outside|off|from) (?:the |my |our )?(?:front |back )?porch|mailbox|post office|neighbou?rs?",
        r"(?:shipped|sent|packed|came|arrived|delivered) in (?:a |an |the )?(?:[\w'-]+,? ){0,3}(?:box|bag|envelope|carton)|(?:used|dirty|reused|old|torn|filthy) (?:\w+ )?(?:box|bag|envelope|carton)|someone else's (?:label|address|name|order)|(?:shipping|address) labels?",
    ],
    generic: &[
        r"ok|okay|fine|good|great|nice|perfect|excellent|awesome|alright|right|everything|anything|nothing",
        r"problems?|issues?|thanks?|star|stars|rating|rate|guess|think|happy|unhappy|satisfied|dissatisfied|pleased",
        r"terrible|horrible|awful|bad|worst|poor|disappointed|disappointing|disappointment|meh|avoid|ever|again",
        r"buy|bought|purchase|purchased|experience|overall|expected|recommend|wouldn't|do|not|give|zero|two|three",
        r"a|an|in|me|if|should|i'd|i've|that's|as|am|or|we|our|us|total|totally|absolutely|completely|pretty|quite",
        r"buyer|buyers|beware|warning|warned|careful|waste|money|time|worth",
        r"job|jobs|special|mediocre|average|decent|junk|garbage|rubbish|like|liked|love|loved|hate|hated|useless",
        r"changed|mind|my|regular|normal",
    ],
    product_hints: &[
        r"quality|broke|broken|breaks?|stopped working|quit working|snapped|wobbl\w*|defect\w*|faulty|cheap(?:ly)?|flimsy",
        r"(?:doesn't|does not|didn't|did not|won't|wont|don't|do not) (?:\w+ )?(?:work|fit|charge|turn on|hold|stay|stick|last)",
        r"material|fabric|plastic|too (?:small|big|large|tight|loose|short|long|thin|heavy|weak|dim|bright)|runs? (?:small|large|big)",
        r"size|fits?|colou?rs?|faded|smell\w*|stinks?|stench|odou?r|batter(?:y|ies)|charg(?:e|er|ing)|screen|sound|nois\w*|loud|leak\w*",
        r"tastes?|tasted|design|uncomfortable|instructions|assembl\w*|durab\w*|junk|garbage|useless|waste of money|products?",
        r"poorly made|badly made|fell apart|falls apart|peel\w*|rust\w*|crack(?:ed|s)?|scratch\w*|squeak\w*|stiff|zipper|strap|lid|handle",
    ],
    phone_cues: &[
        r"phone|call|tel\b|tel\.|telephone|mobile|cell|whatsapp",
        // A number the buyer gives to be reached on: "ring me on 07700 …", "text me at …".
        r"ring me|text me|reach me",
    ],
    not_phone_cues: &[
        r"serial|model|order|tracking|sku|asin|invoice|ref(?:erence)?|ean|upc|isbn|imei|part",
    ],
    names: NameStyle::Prefix {
        titles: r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?",
        not_title_before: &[],
        cues: &[
            r"named|called|rep|representative|agent|manager|owner|employee|contact person|spoke (?:to|with)|talked to|signed",
            // The buyer giving their own full name: "I am Jane Doe", "my name is Tom Brown".
            r"i am|i'm|my name is",
            // Someone the parcel went to or was left with, or someone not known to the buyer:
            // "collect it from Jane Doe", "left with John Smith", "a certain Tom Brown".
            r"collect(?:ed)? (?:it |them |the parcel |my parcel )?from|left (?:it |them )?with|signed for by|handed (?:it |them )?(?:over )?to|a certain|some guy|some woman",
            // A relative or neighbour named in full ("my husband, John Carter, …").
            r"my (?:husband|wife|partner|son|daughter|brother|sister|father|mother|dad|mum|mom|neighbou?r|friend)",
        ],
        roles_after: &[
            r"from (?:the )?(?:customer (?:service|support|care)|support|the seller|the shop|the store|the company|their (?:team|support|shop|store))|of (?:customer (?:service|support)|the seller)|(?:at|in) (?:customer (?:service|support|care)|the (?:seller|shop|store))",
            // The place told in a clause: "…, who handles returns for the shop".
            r"who (?:runs|handles|manages|heads|is in charge of|works (?:in|at|for)) (?:the |their )?(?:customer (?:service|support|care)|support|returns|complaints|seller|shop|store)",
            // A person who dealt with the buyer, named in full as the one who did it: "Graham
            // Pettifer hung up on me", "Jane Doe told me to wait", "Tom Brown was rude". (A
            // brand in capitals, "LAMY SAFARI", is no given name and surname.)
            r"hung up|put the phone down|cut (?:me|us) off|told (?:me|us)|(?:shouted|yelled|swore|snapped|laughed|screamed) at|lied to|(?:was|were|got) (?:really |very |so |extremely |quite )?(?:rude|abusive|aggressive|dismissive|condescending|unhelpful)|refused to (?:help|listen|refund|replace|exchange|accept|take|send|give|deal)|ignored (?:me|us|my)|blocked (?:me|us)|argued with (?:me|us)|promised (?:me|us)",
        ],
        roles_before: &[],
    },
    whole_word_only: &[],
};

const DE: Table = Table {
    language: Language::De,
    spaced: true,
    common: &[
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
        "sich",
        "man",
        "einem",
        "einer",
        "nichts",
        "dass",
        "sie",
        "er",
    ],
    letters: "äöüß",
    profane: &[
        r"schei(?:ß|ss)\w*|arsch\w*|wichser\w*|(?:ver)?fick\w*|drecks\w+|hurensohn\w*",
        r"kack\w*|verdammt\w*|fotze\w*|miststück\w*|pisse?",
        r"(?:voll)?idiot(?:en|in|innen)?|vollpfosten|spasti\w*",
    ],
    fulfillment: &[
        r"prime|(?:zugesagt|versprochen|angekündigt|garantiert)\w* (?:termin|liefertermin|datum|lieferdatum)|liefertermin\w*|packstation|abholstation|paketshop|falsche[nms]? (?:haus|tür|nachbar)",
        r"zu spät|verspät\w*|verzögert|verzögerung|lieferzeit|gewartet|wochenlang|warten",
        r"(?:nie|nicht|noch nicht|immer noch nicht|bis heute nicht) (?:angekommen|geliefert|erhalten|zugestellt|verschickt|versendet|da|bekommen)",
        r"(?:versand|lieferung) (?:war |ist |dauerte )?(?:sehr |extrem |viel zu )?(?:langsam|spät|schlecht|katastrophal|lang)",
        r"dauerte (?:\w+ ){0,2}(?:tage|wochen)|(?:tage|wochen) (?:gedauert|unterwegs)|warte (?:immer )?noch",
        r"(?:paket|karton|verpackung|sendung) (?:war |ist |kam )?(?:\w+ )?(?:beschädigt|zerdrückt|eingedrückt|kaputt|offen|geöffnet|nass|aufgerissen|zerrissen|mangelhaft|schlecht|unzureichend)",
        r"(?:beschädigte[nrs]?|zerdrückte[nrs]?|kaputte[nrs]?|nasse[nrs]?|aufgerissene[nrs]?) (?:paket|verpackung|karton|sendung)",
        r"(?:schlecht|nicht|unzureichend|mangelhaft) verpackt|(?:schlechte|keine|mangelhafte|billige) verpackung",
        r"kam (?:\w+ )?(?:beschädigt|kaputt|zerbrochen|zerkratzt|nass|offen|verspätet|zu spät) an",
        r"(?:beschädigt|kaputt|zerbrochen|defekt) (?:angekommen|geliefert|zugestellt)|transportschaden|beim transport",
        r"zusteller\w*|paketbote\w*|bote|kurier\w*|dhl|hermes|dpd|gls|ups|sendungsverfolgung|sendungsnummer|falsche adresse",
        r"später als (?:angekündigt|versprochen|angegeben|erwartet|geplant|vorhergesagt)|(?:tage|wochen) (?:zu )?später|ewig gedauert|(?:versand|lieferung|zustellung) (?:hat |dauerte )?(?:ewig|ewigkeiten|eine ewigkeit)",
        r"nachbarn?|benachrichtigung\w*|als zugestellt (?:markiert|angezeigt|gemeldet)|angeblich zugestellt",
        // A delivery put off again and again: "Lieferung wurde dreimal verschoben", "den
        // Zustelltermin immer wieder verlegt".
        r"(?:lieferung|zustellung|zustelltermin|lieferdatum|versand|sendung) (?:\w+ ){0,3}(?:verschoben|verlegt|vertagt)|(?:verschob|verschoben|verlegt)\w* (?:\w+ ){0,2}(?:die |den )?(?:lieferung|zustellung|zustelltermin|lieferdatum)",
        r"kam (?:\w+ ){0,2}(?:erst )?nach (?:weihnachten|dem geburtstag|dem fest|der feier)|(?:kam|war) (?:\w+ ){0,2}zu spät da",
        // Here only after days or weeks: "kamen erst nach neun Tagen", "erst nach zwei Wochen
        // geliefert".
        // Sent only after days, the same: "Ware wurde erst nach neun Tagen verschickt".
        r"(?:kam|kamen|ankam|ankamen|geliefert|angekommen|zugestellt|da|verschickt|versandt|versendet|abgeschickt|losgeschickt|rausgeschickt|rausgegangen) (?:\w+ ){0,3}erst nach (?:\w+ )?(?:tagen|wochen|woche)|erst nach (?:\w+ )?(?:tagen|wochen|woche) (?:\w+ ){0,2}(?:angekommen|geliefert|zugestellt|erhalten|bekommen|verschickt|versandt|versendet|abgeschickt|losgeschickt|rausgeschickt|rausgegangen)",
        // Sent or come only on a late date: "verschickt wurde erst am 23.", "erst am 28.
        // angekommen"; and the dispatch notice itself.
        r"(?:verschickt|versandt|versendet|geliefert|angekommen|zugestellt|kam|kamen|ging) (?:\w+ ){0,2}erst am|erst am \d{1,2}\.? (?:\w+ ){0,2}(?:verschickt|versandt|versendet|angekommen|geliefert|zugestellt|da)|versandbestätigung\w*",
    ],
    service: &[
        // A personalised item made otherwise than ordered: "in einer anderen Schriftart graviert",
        // "den Namen falsch geschrieben", "falsche Garnfarbe", "den versprochenen Entwurf nie geschickt".
        r"(?:falsche[nrms]?|andere[nrms]?) (?:schrift(?:art)?|font|garnfarbe|fadenfarbe)|(?:name[n]?|gravur|text|schriftzug|initialen) (?:\w+ ){0,2}falsch geschrieben",
        r"(?:versprochene[nrm]?|zugesagte[nrm]?) (?:korrekturabzug|entwurf|vorschau|proof)|(?:korrekturabzug|entwurf|proof) (?:\w+ ){0,3}(?:nie|nicht) (?:\w+ )?(?:geschickt|gesendet|erhalten|bekommen|gezeigt)",
        r"bewertung (?:zu )?(?:ändern|löschen|entfernen|anpassen)|(?:ändern|löschen) (?:\w+ ){0,2}bewertung",
        // The listing's size chart called wrong, the seller's work: "Die Tabelle stimmt einfach
        // nicht" (a size that does not fit despite the chart is the product).
        r"(?:größen)?tabelle (?:stimmt|passt) (?:\w+ )?nicht|(?:größentabelle|größenangaben?|maßangaben?) (?:ist |sind |war |waren )?(?:\w+ )?(?:falsch|fehlerhaft|irreführend)",
        // Paid as new and got a worn one: "Als Neuware bezahlt", "mit Etikett von jemand anderem".
        r"als neu(?:ware|e ware)? (?:bezahlt|gekauft|bestellt|verkauft)|(?:etikett|namen|namensschild|haare|spuren) von (?:jemand|einem) ander\w*",
        r"verkäufer\w*|händler\w*|mitarbeiter\w*|shop|firma|kundenservice|kundendienst|support|service|(?:bei|von) (?:diesem|dem) (?:anbieter|laden)",
        r"(?:statt|anstatt|anstelle) (?:der|des|dem|einer|eines|meiner|meines) (?:\w+ ){1,2}(?:kam|kamen|bekam|erhielt|wurde|wurden|lag)",
        r"antwort\w*|geantwortet|rückmeldung|ruft|rufe|rufen|(?:geht|ging) (?:\w+ ){0,2}ran|erreicht|erreichen|(?:verkäufer|händler|shop|niemand|keiner|support|kundenservice|sie|man)\s+(?:\w+\s+){0,2}?reagiert\w*|reagiert\w*\s+(?:\w+\s+){0,2}?auf\s+(?:\w+\s+)?(?:nachricht|mail|e-mail|anfrage|reklamation)\w*|keine reaktion|kontakt\w*|e-?mails?|nachricht\w*|gemeldet|nachfrage|erreichbar|angerufen|anruf\w*",
        r"erstattung|erstattet|rückerstattung|geld zurück|rücksendung|retoure\w*|zurückgeschickt|zurückgesendet|rückgabe|umtausch\w*|umgetauscht|ersatz|ersatzlieferung|ersatzgerät|garantie|gewährleistung|reklamation|reklamiert",
        r"falsche[nrs]? (?:artikel|produkt|ware|modell|teil|größe|farbe)|(?:geliefert|geschickt|bekommen|erhalten) (?:\w+ ){0,3}falsch\w*",
        r"(?:geliefert|geschickt|bekommen|erhalten|kam) (?:\w+ ){0,4}(?:statt|anstatt|anstelle)|(?:statt|anstatt|anstelle) (?:de[sr]|dem|den) (?:bestellten|gewünschten)",
        // One colour sent for another, without a verb of sending ("und dann grau statt
        // salbeigrün"): the wrong item, the seller's mistake.
        r"(?:\b(?:und|dann|aber|auch|dazu|zudem)\s+|[,;:]\s*)(?:grau|grün|blau|rot|schwarz|weiß|weiss|rosa|beige|braun|gelb|orange|lila|creme|anthrazit|taupe|salbeigrün|dunkelblau|hellblau|dunkelgrün|hellgrau|dunkelgrau)(?:e[nmrs]?)? (?:statt|anstatt|anstelle von) (?:\w+ )?(?:grau|grün|blau|rot|schwarz|weiß|weiss|rosa|beige|braun|gelb|orange|lila|creme|anthrazit|taupe|salbeigrün|dunkelblau|hellblau|dunkelgrün|hellgrau|dunkelgrau)(?:e[nmrs]?)?",
        r"bestellt (?:\w+ ){0,4}(?:und|aber) (?:\w+ )?(?:bekommen|erhalten|geliefert|kam)",
        // What was ordered set against what came: "Bestellt war das schwarze, gekommen ist ein rotes".
        r"bestellt (?:war|hatte ich|habe ich|hatten wir)\b[^.!?]{0,100}\b(?:gekommen|geliefert|angekommen) (?:ist|sind|wurde|wurden) (?:aber |jedoch |dann )?(?:nur )?(?:ein|eine|einen|der|die|das)\b",
        // The same with a colour or a size and no article: "bestellt hatte ich die schwarzen in
        // 42, geliefert wurden graue in 39".
        r"bestellt (?:war|hatte ich|habe ich|hatten wir)\b[^.!?]{0,100}\b(?:gekommen|geliefert|angekommen|bekommen|erhalten) (?:ist|sind|wurde|wurden|habe ich|hab ich) (?:aber |jedoch |dann )?(?:nur )?(?:(?:schwarz|weiß|weiss|grau|rot|blau|grün|gelb|braun|beige|rosa|pink|lila|silbern|golden|orange|türkis|dunkl|hell)\w*|in (?:größe )?\d+)",
        // One size ordered, another received, in one sentence: "Bestellt hatte ich 155x220,
        // bekommen habe ich 135x200" (a size ordered and the day it came is the delivery).
        concat!(
            r"(?:(?:bestellt|gekauft)\b[^.!?]{0,80}?",
            size_spec!(),
            r"|",
            size_spec!(),
            r"[^.!?]{0,40}?\b(?:bestellt|gekauft))[^.!?]{0,40}?\b(?:bekommen|erhalten|geliefert|gekommen|angekommen|geschickt|zugeschickt|kam|kamen)\b[^.!?]{0,40}?",
            size_spec!()
        ),
        r"anders als bestellt|nicht (?:das|der|die|den) (?:\w+ )?(?:bestellte|bestellten|gewünschte|gewünschten)|(?:ein|einen|eine) (?:ganz )?(?:anderes|anderen|andere) (?:modell|artikel|produkt|teil|gerät)\w*",
        r"abgelaufen\w*|mhd|nicht (?:mehr )?neu|(?:bereits|schon) (?:geöffnet|benutzt|ausgepackt)|siegel|leere[rs]? (?:paket|karton|packung)|zollgebühr\w*|einfuhr\w*|gebühren",
        r"nicht wie beschrieben|artikelbeschreibung|beschreibung|beschrieben|abgebildet|abbildung|gebraucht\w*|benutzt|b-ware",
        // The seller's information called false: "da wurden falsche Angaben gemacht".
        r"falsche (?:angaben|produktangaben|informationen|materialangaben)|(?:angaben|produktangaben) (?:sind|waren|stimmen|stimmten) (?:\w+ )?(?:falsch|gelogen|nicht)|stimm(?:en|ten) (?:die |diese )?(?:angaben|produktangaben) (?:\w+ ){0,2}nicht",
        r"storniert\w*|stornierung|rechnung|abgebucht|doppelt bezahlt|unfreundlich|ignoriert\w*|unverschämt|betrug\w*|betrüger\w*|fälschung|gefälscht",
        // Nobody helping the buyer ("niemand hilft mir", "keiner konnte mir weiterhelfen"): the
        // seller's service; a product that "hilft nicht" stays the product's, and "keiner der
        // Filter" is no person.
        r"(?:niemand|niemanden|kein mensch)\s+(?:\w+\s+){0,3}?(?:hilft|half|helfen|geholfen|weiterhelfen|weiterhilft|weiterhalf|weitergeholfen|kümmert|kümmerte)|keiner\s+(?:(?:hat|hatte|konnte|kann|will|wollte|mir|uns|sich)\s+){0,3}(?:hilft|half|helfen|geholfen|weiterhelfen|weiterhilft|weiterhalf|weitergeholfen|kümmert|kümmerte)",
        // Nobody offering a way out or getting in touch ("niemand kann mir eine Lösung nennen",
        // "keiner meldet sich"), and the buyer asking the seller to ("bitte melden Sie sich bei
        // mir", "schreiben Sie mir", "bitte um Rückruf"): the seller's support and communication.
        // A device that "meldet einen Fehler" or "meldet sich nicht im WLAN" stays the product's.
        r"(?:niemand|keiner|kein mensch)\s+(?:(?:hat|hatte|konnte|kann|will|wollte|mir|uns|eine|einen|bietet|bot|nennt|nannte|gibt|gab|bieten|nennen|geben|anbieten|vorschlagen|schlägt|vor|bisher|jemals)\s+){0,4}lösung\w*|(?:niemand|keiner|kein mensch)\s+(?:(?:hat|hatte|will|wollte|mehr|bisher|je|jemals)\s+){0,2}(?:meldet|meldete|gemeldet)\s+sich|meldet sich (?:\w+ ){0,2}(?:niemand|keiner)|melden sie sich|meldet euch|melde dich|(?:sich|euch|dich) (?:\w+ )?bei (?:mir|uns) (?:zu )?melden|schreiben sie mir|schreibt mir|bitte um (?:einen )?(?:baldigen |schnellen |dringenden )?rückruf|um (?:einen )?rückruf (?:bitten|gebeten)",
        // Fewer came than were ordered: "nur einer kam an", "habe nur einen bekommen", "nur ein
        // Beutel wurde geliefert".
        r"(?:kam|kamen|ist|sind|wurde|wurden)\s+(?:\w+\s+)?nur\s+(?:ein|eine|einer|eines|eins|1)(?:\s+\w+)?\s+(?:an|angekommen|geliefert|zugestellt)\b|nur\s+(?:ein|eine|einer|eines|eins|einen|1)(?:\s+\w+)?\s+(?:kam an|kamen an|ist angekommen|angekommen|wurde geliefert|geliefert|wurde zugestellt|zugestellt)\b|nur\s+(?:ein|eine|einer|eines|eins|einen|1)\s+(?:bekommen|erhalten)\b",
        r"fehl(?:t|en|ten|te|end\w*)|unvollständig|(?:hat|haben|wurde|wurden)\s+(?:mir\s+|uns\s+)?(?:\w+\s+)?versprochen|versprochene[nrms]?\s+(?:ersatz|erstattung|rückerstattung|gutschrift|rückruf|antwort)|bewertung (?:ändern|löschen|entfernen)",
        // "Hier kaufe ich nicht noch einmal", "bestelle nie wieder bei denen": the store, not the product.
        r"hier (?:\w+ ){0,3}(?:kauf\w*|bestell\w*)|(?:kauf\w*|bestell\w*) (?:\w+ ){0,3}(?:hier|bei (?:denen|ihnen|diesem (?:anbieter|händler|verkäufer|shop)))",
        // The store's owner; a complaint never resolved for the buyer.
        r"inhaber\w*|geschäftsführer\w*|(?:hat|haben) (?:\w+ ){0,3}(?:nie|nicht|nichts) (?:\w+ )?(?:geklärt|gelöst|geregelt)",
    ],
    product_phrases: &[
        r"(?:auf der )?(?:verpackung|packung|schachtel|dose|flasche|etikett) (?:steht|stand|verspricht|versprach|behauptet|sagt|gibt \w+ an)",
        r"packung(?:en)? (?:mit|von|à)|\d+er[\s-]?(?:pack|packung)|(?:wieder|zurück) (?:normal|in ordnung)",
        r"(?:angegebenen|versprochenen|beworbenen) \d+(?:[.,]\d+)?\s*\w+",
        // A scent or taste not there ("der Jasminduft fehlt völlig", "es fehlt jedes Aroma"): the
        // product's, not a part missing from the box ("es fehlt der Duftstein" stays the seller's).
        r"\w*(?:duft|geruch|geschmack|aroma)(?:e?s)? (?:(?:fehlt|fehlte)|(?:ist|war) (?:(?:leider|überhaupt|einfach|gar|kaum|völlig) )?nicht (?:\w+ )?da)\b|(?:fehlt|fehlte) (?:(?:leider|völlig|komplett|ganz|total|einfach) )?(?:jeder|jede|jedes|der|die|das|jeglicher|jegliches|jegliche) (?:\w+ )?\w*(?:duft|geruch|geschmack|aroma)\b",
        // What a camera or a recorder failed to record ("dann fehlen einfach Aufnahmen", "im Video
        // fehlen ein paar Sekunden", "Clips fehlen"): the device's fault, not a part missing from
        // the box ("es fehlt die Speicherkarte" stays the seller's).
        r"fehl(?:en|t|ten|te) (?:\w+ ){0,3}?(?:aufnahmen?|videos?|videoaufnahmen?|clips?|sequenzen|dateien|(?:ein paar |einige |\d+ )?(?:sekunden|minuten|frames|bilder pro sekunde))\b|(?:aufnahmen?|videos?|videoaufnahmen?|clips?|sequenzen|dateien) (?:\w+ ){0,3}?fehl(?:en|t|ten|te)\b",
        // A length short ("mir fehlen 10 cm", "fehlen mir bei 1,85 m ein paar Zentimeter"): the
        // product's size, not a part missing from the box ("es fehlen zwei Schrauben").
        r"fehl(?:en|t|ten|te) (?:mir |uns |ihm |ihr )?(?:(?:bei|mit) \d+(?:[.,]\d+)? ?m )?(?:noch |gut |knapp |etwa |ca\. |rund |locker |ein paar |einige )?(?:\d+(?:[.,]\d+)? ?)?(?:cm|mm|zentimeter|millimeter)\b",
        // A colour gone from what the printer prints, by now ("Magenta fehlt inzwischen ganz",
        // "nach 50 Seiten fehlt Gelb im Ausdruck"): the ink running out, not a cartridge missing
        // from the pack ("im Multipack fehlt die Magenta-Patrone" stays the seller's).
        r"(?:magenta|cyan|gelb|schwarz|farbe|farben|rot|blau|grün)[ -](?:fehlt|fehlen|fehlte|fehlten) (?:\w+ ){0,2}(?:inzwischen|mittlerweile|jetzt|nun|plötzlich|zunehmend|(?:im|in den|auf dem|auf den|beim) (?:ausdruck|ausdrucken|druck|druckbild|drucken))\b|(?:fehlt|fehlen|fehlte|fehlten) (?:\w+ )?(?:magenta|cyan|gelb|schwarz|farbe|farben|rot|blau|grün) (?:\w+ ){0,2}(?:inzwischen|mittlerweile|jetzt|nun|plötzlich|zunehmend|(?:im|in den|auf dem|auf den|beim) (?:ausdruck|ausdrucken|druck|druckbild|drucken))\b|(?:inzwischen|mittlerweile|jetzt|nun|plötzlich) (?:fehlt|fehlen|fehlte|fehlten) (?:\w+ )?(?:magenta|cyan|gelb|schwarz|farbe|farben|rot|blau|grün)\b",
        // A loose electrical contact in the device, not contact with the seller.
        r"wackelkontakt\w*|kontakt(?:probleme?|fehler)\w*|(?:schlechten?|keinen?) kontakt (?:mehr )?(?:hat|haben|hatte|gibt|zum|mit dem (?:stecker|kabel|akku|gerät))",
        // The contacts of a cartridge, a battery or a plug, cleaned or dirty ("auch nach dem
        // Reinigen der Kontakte", "die Kontakte der Patrone"): the product's, not contacting the
        // seller.
        r"(?:reinigen|reinigung|säubern|putzen|abwischen) (?:der |die )?kontakte|kontakte (?:\w+ ){0,3}(?:gereinigt|gesäubert|geputzt|abgewischt|sauber gemacht)|kontakte (?:der|des|am|an der|an den|vom) (?:patrone\w*|chips?|akkus?|batterie\w*|druckkopf\w*|ladegerät\w*|kabels?|steckers?|fernbedienung)|kontakte (?:sind|waren) (?:\w+ )?(?:verschmutzt|oxidiert|verbogen|sauber)",
        // What came is as described, whatever else is wrong: "Lieferumfang zwar wie beschrieben".
        r"(?:lieferumfang|alles|artikel|ware|optik|inhalt) (?:(?:war|ist|zwar|soweit|auch|ja) ){0,2}(?:genau |komplett |vollständig )?(?:wie beschrieben|vollständig|komplett)",
        // A figure quoted from the listing: "die 3 Stunden laut Beschreibung".
        r"\d+(?:[.,]\d+)?\s*\w+ (?:laut|aus der|in der|im) (?:beschreibung|artikelbeschreibung|angebot|produktbeschreibung)",
        // After the patterns above, which read "Lieferumfang wie beschrieben" whole: the listing's claim quoted against the product: "„Spülmaschinenfest\" steht in der
        // Beschreibung", "Lieferumfang laut Beschreibung: 6 Dübel".
        r"(?:in|auf) (?:der|dem) (?:beschreibung|produktbeschreibung|artikelbeschreibung|angebot|produktseite) (?:steht|stand)|(?:steht|stand) (?:so |doch |ja )?(?:in|auf) (?:der|dem) (?:beschreibung|produktbeschreibung|artikelbeschreibung|angebot|produktseite)|laut (?:beschreibung|produktbeschreibung|artikelbeschreibung|angebot|hersteller)|lieferumfang",
        // The buyer's own workplace as where it is used ("für unser Lager", "in unserem Laden",
        // "in meiner Praxis"): not Amazon's warehouse, not the seller's shop.
        r"(?:unser|unsere|unserem|unseren|unserer|unseres|mein|meine|meinem|meinen|meiner|meines) (?:eigene[nmrs]? |kleine[nmrs]? )?(?:lager|shop|laden|geschäft|firma|büro|praxis|schule|klassenzimmer|klinik|werkstatt|restaurant|café|betrieb|filiale)s?\b",
        // A device answering late ("das Display reagiert nur verzögert", "Tonverzögerung"), not
        // a late parcel.
        r"(?:reagiert|reagieren|reagierte|reagierten|reaktion|display|bildschirm|touch\w*|ton|bild|eingabe\w*|tasten?|stift)\b[^.!?]{0,30}?\b(?:verzögert|zeitverzögert|mit (?:\w+ )?verzögerung)|(?:zeit)?verzögerte (?:reaktion|anzeige|eingabe|wiedergabe)|(?:eingabe|ton|bild|touch|audio)verzögerung\w*",
        // Calls made with the headset ("bei Anrufen rauscht es", "während Videokonferenzen"),
        // not calls to the seller.
        r"während (?:der |den |langen |längeren )?(?:anrufe|anrufen|telefonate|telefonaten|videoanrufe|videoanrufen|videokonferenzen|telefonkonferenzen)|bei (?:langen |längeren )?(?:videoanrufen|videokonferenzen|telefonkonferenzen)|bei (?:langen |längeren )?(?:anrufen|telefonaten) (?:rauscht|knackt|hallt|pfeift|brummt|klingt|hört|versteht|drückt|schmerz\w*|tun)",
        // A sound likened to a cardboard box ("klingt wie ein Karton", "klingt, als würde man auf
        // einen Karton klopfen", "man haut auf einen Pappkarton"): the instrument's sound, not the
        // parcel.
        r"(?:klingt|klingen|klang|klangen|tönt|tönen|sound) (?:\w+ )?(?:wie|nach) (?:ein |einen |eine |einem |ne |nen |nem |der |die |das |dem |den )?(?:\w+ )?(?:pappkarton|karton|schuhkarton|pappschachtel|schachtel|pappkiste|pappe)\b",
        r"(?:klingt|klingen|klang|klangen|tönt|tönen|hört sich \w+ an|hört sich an)[\s,]+(?:als (?:ob|würde|würden|wenn|hätte)|wie wenn) (?:\w+ ){0,4}(?:pappkarton|karton|schuhkarton|pappschachtel|schachtel|pappkiste)\b",
        r"(?:haut|haue|hauen|klopft|klopfe|klopfen|schlägt|schlage|schlagen|trommelt|trommle|trommeln|spielt|spiele|spielen) (?:\w+ ){0,2}(?:auf|gegen) (?:einen?|einem|ner|nen|nem|den|dem|eine|die) (?:\w+ )?(?:pappkarton|karton|schuhkarton|pappschachtel|schachtel|pappkiste)\b",
        // The product's material likened to cardboard ("das Leder ist hart wie Karton", "fühlt sich
        // an wie ein Karton", "Schuhe aus Karton", "wie aus Pappe"): what the product is made of,
        // not the parcel ("in einem Karton geliefert", "der Karton war offen" stay the parcel's).
        r"(?:steif|starr|hart|fest|dünn|billig|spröde|brüchig|trocken|unbequem)(?:e|er|es|en|em)? wie (?:ein |einen |eine |der |die |das |dem |den )?(?:pappkarton|karton|pappe)\b|(?:fühlt|fühlen|fühlte|fühlten) sich (?:\w+ ){0,2}wie (?:ein |eine |einen |der |die |das )?(?:pappkarton|karton|pappe)\b|wie aus (?:pappkarton|karton|pappe)\b",
        r"(?:schuhe?|stiefel|stiefeletten|boots|sneakers?|sandalen|pumps|sohlen?|absätze|absatz|schaft|leder|kunstleder|material|stoff|gürtel|armband|möbel|regal|rückwand|qualität) (?:aus|von) (?:billigem |billiger |dünnem |dünner )?(?:pappkarton|karton|pappe)\b",
        // A neighbour's instrument, voice or signal that a device picks up or lets through ("nimmt
        // auch die Gitarre vom Nachbarn auf", "reagiert auf die Geige meines Pultnachbarn"), and a
        // neighbour at the music stand: the product's pickup or isolation, not a parcel left next
        // door.
        r"(?:gitarre|geige|bratsche|cello|bass|klavier|keyboard|schlagzeug|instrument|instrumente|spiel|musik|stimme|gesang|fernseher|wlan|signal|lärm|geräusche?) (?:\w+ )?(?:des|der|vom|von|meines|meiner|seines|seiner|unseres|unserer|eines|einer) (?:\w+ )?nachbar\w*|nachbar\w* (?:am|im|beim) (?:pult|notenpult|orchester|proberaum|unterricht)|(?:reagiert|reagierte|reagieren) (?:\w+ ){0,2}auf (?:den|die|meinen|meine|seinen|unseren) (?:\w+ )?nachbar\w*",
        // The firm that builds it is the maker, not the seller ("die Firma, die das baut, hat nie
        // ein Instrument gespielt", "die Firma, die so etwas herstellt").
        r"(?:firma|marke|fabrik|unternehmen),? (?:die|der|das|welche|welcher) (?:\w+ ){0,3}(?:baut|bauen|gebaut|herstellt|herstellen|hergestellt|produziert|fertigt|gefertigt|entwickelt|entworfen|konstruiert)\b",
        // Neighbours complaining about the noise ("die Nachbarn beschweren sich"), not a parcel
        // next door.
        r"nachbarn? (?:\w+ ){0,2}?(?:beschwer\w*|beklag\w*|meckern|meckerten|schimpf\w*|hören es|hörten es)|(?:stört|störte|stören|weckt|weckte|wecken|nervt|nervte|ärgert) (?:\w+ ){0,2}?(?:die |alle |den |meine |unsere |sämtliche )?(?:ganze |ganzen )?nachbar\w*",
        // Waiting for the child to grow into it ("müssen noch warten, bis sie größer ist", "kommt nur
        // auf Zehenspitzen an den Boden, müssen noch warten", "ist noch zu klein, heißt noch ein paar
        // Monate warten"): the product's size, not a parcel waited for ("wir warten noch auf das
        // Paket", "müssen noch warten, bis es da ist" stay the delivery's).
        r"(?:ab)?warten,? bis (?:\w+ ){0,4}?(?:größer|gewachsen|älter|groß genug|lang genug|reinwächst|hineinwächst|reingewachsen|hineingewachsen|wächst|dranreicht|rankommt|herankommt)\b",
        r"(?:zehenspitzen|zu klein|zu jung|zu kurz|(?:füße|füßen|beine|beinen|beinchen) (?:\w+ ){0,3}?nicht)\b[^.!?]{0,60}?\b(?:müssen|muss|heißt es|heißt|also|dann) (?:wir |sie |er |man )?(?:wohl |also |halt |eben |einfach )?noch (?:(?:ein (?:paar|halbes)|einige|ein|zwei|drei) (?:monate|jahr|jahre|wochen) |etwas |ein bisschen |eine weile )?(?:ab)?warten\b",
        // A garment or a bag likened to a plastic bag ("man schwitzt wie in ner Plastiktüte",
        // "raschelt wie eine Mülltüte", "als würde man in einem Müllsack stecken"): how the product
        // breathes or sounds, not a parcel sent in a bag ("in einer Plastiktüte verschickt" stays).
        r"(?:wie|als ob man|als würde man|als wäre man) (?:\w+ )?(?:in |unter )?(?:einer |einem |eine |ein |(?:'|’)?ner |(?:'|’)?nem |(?:'|’)?ne )?(?:plastiktüte|plastiksack|mülltüte|müllsack|müllbeutel|plastikbeutel|tüte|plastikfolie|frischhaltefolie)\b",
    ],
    own_box: &[
        // A board game's or a model kit's own box is part of the product, not the parcel: said to be
        // thin or flimsy ("die Schachtel des Spiels ist papierdünn"), or worn by a few games ("der
        // Deckel ist nach zwei Partien eingerissen"); and the card a puzzle's pieces are cut from
        // ("der Karton ist so dünn, dass sich die Teile wellen"). A box that came crushed stays the
        // delivery's ("der Karton des Spiels kam zerdrückt an").
        r"(?:schachtel|karton|box|deckel) (?:des|vom|von dem|von diesem|von meinem|von unserem) (?:spiels?|brettspiels?|puzzles?|bausatz(?:es)?|modells?)\b (?:ist|wirkt|besteht|fühlt sich) (?:\w+ ){0,3}?(?:dünn|labbrig|lappig|wabbelig|instabil|papierdünn)\w*",
        r"(?:karton|schachtel|deckel)\b[^.!?,;]{0,50}?\bnach (?:dem |der |den )?(?:ersten|zweiten|dritten|einem|einer|zwei|drei|vier|wenigen|ein paar|paar|\d+) (?:spiel|spielen|partie|partien|runde|runden|abend|abenden|spieleabend\w*)\b",
        r"nach (?:dem |der |den )?(?:ersten|zweiten|dritten|einem|einer|zwei|drei|vier|wenigen|ein paar|paar|\d+) (?:spiel|spielen|partie|partien|runde|runden|abend|abenden|spieleabend\w*),? [^.!?;]{0,40}?\b(?:karton|schachtel|deckel)\b(?: [\w'’]+){0,4}",
        r"(?:karton|pappe) (?:ist|wirkt) (?:\w+ ){0,3}?(?:dünn|labbrig|lappig)\w*,? [^.!?;]{0,40}?\b(?:teile|teilchen|puzzleteile)\b",
        // The manual or parts in the product's box ("die Anleitung im Karton ist nur auf
        // Englisch").
        r"(?:\w*anleitung|handbuch|beschreibung|\w*schrauben|dübel|muttern|teile|zubehör|\w*halterung|halter|\w*kabel|ladegerät|netzteil|batterien|\w*schlüssel|werkzeug) (?:im|in der|in dem) (?:karton|verpackung|packung|schachtel)\b",
        // A device's delay, in seconds or of its alerts ("kommt mit 3 sek Verzögerung an", "die
        // Benachrichtigung kommt zu spät"), and the courier its camera shows too late ("da ist der
        // Paketbote schon weg"): the product, not the parcel.
        r"(?:(?:bis|wenn|als|sobald) ich (?:die |das |den )?(?:app|kamera|livebild|video|benachrichtigung|handy)\w* (?:\w+ ){0,2}?(?:öffne|aufmache|aufgemacht habe|geöffnet habe|sehe|anschaue|aufrufe)|(?:(?:push-?)?(?:benachrichtigung|meldung|mitteilung|alarm)(?:en)? (?:\w+ ){0,6}?)?(?:verzögerung|zu spät|verzögert))\b,? (?:und )?[^.!?]{0,30}?\b(?:ist |war )?(?:der |die )?(?:paketbote|paketbotin|bote|botin|zusteller\w*|lieferant\w*|fahrer\w*|postbote\w*|briefträger\w*) (?:\w+ )?(?:schon|längst|bereits) (?:wieder )?(?:weg|fort|verschwunden|abgefahren|davon)\b|rücken (?:des|vom) (?:paketboten|boten|zustellers|postboten|fahrers|lieferanten)",
        r"(?:push-?)?(?:benachrichtigung|meldung|mitteilung|alarm)(?:en)? (?:\w+ ){0,3}?(?:kommt|kommen|kam|kamen|erscheint|erscheinen|erschien|erschienen) (?:\w+ ){0,2}?(?:zu spät|verzögert|mit (?:\w+ ){0,3}?verzögerung)\b",
        r"(?:\d+(?:[.,]\d+)?|ein(?:e|er|igen)?|paar|wenigen|mehrere[n]?|zwei|drei|vier|fünf|zehn) ?(?:sek(?:unden?)?|s|ms|millisekunden?)\.?(?: \w+)? (?:verzögerung|verspätung|versatz|zeitversatz|lag)\b|(?:verzögerung|verspätung|versatz|lag|latenz) von (?:\w+ )?(?:\d+(?:[.,]\d+)?|ein(?:er|igen)?|paar|wenigen|mehreren|zwei|drei|vier|fünf|zehn) ?(?:sek(?:unden?)?|s|ms|millisekunden?)\b",
        // The product's own gift or presentation box praised for its looks ("die Verpackung ist
        // edel", "der Karton des Herstellers sieht schick aus", "die Schachtel vom Mixer wirkt
        // hochwertig"): no one calls a shipping carton elegant. A box that arrived crushed is told
        // in other words, which stay the parcel's.
        r"(?:\w*verpackung|\w*schachtel|\w*karton|\w*box|etui)(?: (?:des herstellers|der marke|(?:des|vom|von dem) [\w-]+))? (?:ist|war|sieht|wirkt) (?:wirklich |sehr |richtig |total |echt |super )?(?:edel|elegant|hübsch|schick|wunderschön|sehr schön|luxuriös|hochwertig)\w*",
    ],
    listing_vs_label: &[
        r"(?:beschreibung|artikelbeschreibung|produktbeschreibung|angebot|anzeige|produktseite|artikelseite|titel|produkttitel)\b(?s:.){0,160}?\b(?:etikett|pflegeetikett|waschetikett|innenetikett|label|zettel|aufkleber)\b(?:\s+\S+){0,5}?\s+(?:\d+\s?%\s?\w+|polyester|polyacryl|acryl|baumwolle|wolle|merino\w*|kaschmir|leinen|seide|viskose|elasthan|nylon|kunststoff|plastik|leder|kunstleder|hergestellt in|made in)",
        r"(?:etikett|pflegeetikett|waschetikett|innenetikett|label|zettel|aufkleber)\b(?:\s+\S+){0,5}?\s+(?:\d+\s?%\s?\w+|polyester|polyacryl|acryl|baumwolle|wolle|merino\w*|kaschmir|leinen|seide|viskose|elasthan|nylon|kunststoff|plastik|leder|kunstleder|hergestellt in|made in)\b(?s:.){0,160}?\b(?:beschreibung|artikelbeschreibung|produktbeschreibung|angebot|anzeige|produktseite|artikelseite)",
    ],
    door: &[
        r"(?:ohne|nicht|nie|niemand|keiner) (?:\w+ ){0,2}(?:zu )?(?:klingeln|geklingelt|klopfen|geklopft|läuten|geläutet)|(?:klingelte|klopfte|läutete) (?:\w+ )?nicht",
        r"(?:vor|an|auf) (?:die|der|den|dem|meine|meiner|meinen|meinem|unsere|unserer|unseren|unserem) (?:haus|wohnungs)?(?:tür|fußmatte|treppe|treppenhaus|hausflur|flur|stufen?) (?:\w+ )?(?:gelegt|gestellt|abgestellt|geworfen|abgelegt|geschmissen|hingelegt|hingestellt|liegen gelassen)",
        r"(?:legte|stellte|warf|schmiss) (?:\w+ ){0,3}(?:vor|auf) (?:die|der|den|dem) (?:haus|wohnungs)?(?:tür|fußmatte|treppe|treppenhaus|hausflur|flur|stufen?)",
        // Packing left out of the parcel ("ein Eckschutz fehlte"): the delivery's packing, not a
        // part missing from the product.
        r"(?:eckschutz|kantenschutz|polsterung|polstermaterial|füllmaterial|luftpolster\w*)\s+(?:\w+\s+)?(?:fehlte|fehlt|fehlten)|(?:fehlte|fehlt|fehlten)\s+(?:\w+\s+){0,2}(?:eckschutz|kantenschutz|polsterung|polstermaterial|füllmaterial|luftpolster\w*)",
    ],
    delivery_mention: &[
        // The seller packing it badly: "ohne jede Polsterung".
        r"ohne (?:jede |jegliche |irgendeine |eine )?(?:polsterung|schutz|schutzhülle|füllmaterial|luftpolster\w*)",
        r"(?:verschickt|versandt|verpackt|geliefert) in (?:einer|einem|einen) (?:[\w-]+ )?(?:tüte|plastiktüte|umschlag|beutel|karton)|plastiktüte",
        // Crammed into an envelope or box too small for it: "in einen viel zu kleinen Umschlag
        // gestopft", "in den Karton gequetscht" (the envelope of a book, or envelopes bought as
        // the product, stay the product's).
        r"(?:gestopft|gequetscht|gezwängt|gepresst|geknüllt|zerknüllt|gefaltet|geknickt) in (?:einen|einem|eine|einer|ein|den|dem|die|der|das) (?:[\w-]+ ){0,3}(?:brief)?(?:umschlag|kuvert|tüte|beutel|karton|kiste|schachtel|versandtasche)",
        r"in (?:einen|einem|eine|einer|ein|den|dem|die|der|das) (?:[\w-]+ ){0,3}(?:brief)?(?:umschlag|kuvert|tüte|beutel|karton|kiste|schachtel|versandtasche) (?:\w+ )?(?:gestopft|gequetscht|gezwängt|gepresst|geknüllt|gefaltet|geknickt)",
        r"paket\w*|päckchen|karton|verpackung|verpackt|sendung|zustellung|transport\w*|nachbar\w*|packstation|postfiliale|briefkasten",
        r"(?:gebrauchte[nm]?|schmutzige[nm]?|alte[nm]?|dreckige[nm]?) (?:karton|kiste|tüte|umschlag)|fremde[nm]? (?:adress)?aufkleber|etikett eines anderen",
        r"eingewickelt|zeitungspapier|luftpolsterfolie|füllmaterial",
    ],
    generic: &[
        r"alles|ok|okay|gut|super|toll|prima|perfekt|schlecht|schlimm|furchtbar|schrecklich|enttäuscht|enttäuschend|enttäuschung|schrott|mist|nie",
        r"eigentlich|naja|wieder|empfehlenswert|empfehlen|zufrieden|unzufrieden|stern|sterne|bewertung|danke|kauf|gekauft",
        r"problem|probleme|einfach|ganz|so|mehr|nie|wieder|nimmer|absolut|total|völlig|mal|in|am|im",
        r"zweck|erfüllt|seinen|weniger|totaler|totale|kompletter|völliger|gefallen|gefällt|durchschnitt|durchschnittlich|mittelmaß|mittelmäßig|unbrauchbar",
        r"anders|überlegt|umentschieden|meinung|geändert",
    ],
    product_hints: &[
        r"qualität\w*|kaputt|defekt\w*|(?:funktioniert|geht|lädt|passt|hält|hielt|schließt) (?:\w+ )?nicht|funktion\w*",
        r"material\w*|plastik\w*|kunststoff\w*|stoff|größe|zu (?:klein|groß|eng|weit|kurz|lang|dünn|schwer|schwach|laut)",
        r"farbe|riecht|geruch|stinkt|akku\w*|batterie\w*|bildschirm|display|laut|geräusch\w*|undicht|leckt|tropft",
        r"geschmack|schmeckt|billig\w*|verarbeitung|verarbeitet|anleitung|montage|aufbau|zerkratzt|kratzer|naht|geist aufgegeben",
        r"gebrochen|zerbrochen|bricht|brach|abgebrochen|schrott|müll|mist|produkt\w*|rostet|rost|wackelt|wackelig|reißverschluss|griff|deckel|kabel",
    ],
    phone_cues: &[
        r"telefon\w*|handy|rufnummer|anrufen|angerufen|nummer",
        // Asked to be called back on a number: "rufen Sie mich unter … an", "ruf mich an unter …",
        // "erreichbar unter …".
        r"ruf(?:en|t|e)? (?:sie |du |ihr )?(?:mich|uns)\b|erreichbar",
    ],
    not_phone_cues: &[r"bestell\w*|sendungs\w*|rechnungs\w*|seriennummer|artikelnummer|modell\w*"],
    names: NameStyle::Prefix {
        titles: r"(?:Herrn?|Frau)(?:\s+Dr\.)?",
        not_title_before: &[
            "meine", "meiner", "meinem", "seine", "seiner", "deine", "ihre", "ihrer", "unsere",
            "eine", "einer", "die", "der", "dem", "den", "jede", "jeder", "alte", "junge", "nette",
        ],
        cues: &[
            r"namens|heißt|hieß|ansprechpartner(?:in)?|mitarbeiter(?:in)?|inhaber(?:in)?|ein gewisser|eine gewisse|abgegeben bei",
            // The buyer giving their own full name: "ich bin Anna Keller", "mein Name ist …".
            r"ich bin|ich heiße|mein name ist",
            // Whom the parcel was left with: "Paket wurde ohne Benachrichtigung bei Anna Keller abgegeben".
            r"(?:paket|päckchen|sendung|lieferung)\s+(?:\S+\s+){0,4}?bei",
            r"(?:mein|meine) (?:mann|frau|partner(?:in)?|sohn|tochter|bruder|schwester|vater|mutter|nachbar(?:in)?)",
        ],
        roles_after: &[
            r"(?:vom|aus dem|im) (?:kundenservice|kundendienst|support|service|verkäufer|händler|shop|lager|versand)|(?:von der|aus der) (?:kundenbetreuung|hotline|firma|reklamationsabteilung)",
            // The place told in a clause: "…, die den Kundenservice betreut".
            r"(?:der|die) (?:den |im |beim |für den |für die )?(?:kundenservice|kundendienst|support|versand|reklamationen|retouren|kundenbetreuung|shop)\b",
        ],
        roles_before: &[],
    },
    whole_word_only: &[],
};

const JA: Table = Table {
    language: Language::Ja,
    spaced: false,
    common: &[],
    letters: "",
    profane: &[
        r"クソ|くそ|糞|死ね|氏ね|殺す|馬鹿|バカ|アホ|カス|クズ|ボケ|ふざけんな|畜生|ちくしょう",
    ],
    fulfillment: &[
        r"置き配指定|持ち帰|受け取り(?:が|は)?[^。]{0,6}遅れ|お届け予定日|プライム",
        // The delay typed in kana: 「とどくのが予定より3日おくれた」.
        r"(?:とどく|とどい|届く|届い|到着|配達|発送)[^。]{0,12}?おくれ|予定より[^。]{0,6}?おくれ|とどかな",
        // A delivery instruction ignored, the parcel left at the door.
        r"指定(?:を|も|が|は)?無視|玄関(?:前|先)に(?:置|放置)|宅配ボックス",
        r"遅延|待たされ|待ちました|待っても|発送され(?:な|ませ)|まだ届|届くのが遅|届かな|届いていな|届きませ|届いてませ|未着|着かな|受け取れ(?:な|ませ)",
        r"(?:配送|発送|配達|到着|お届け|荷物)(?:が|は|も)?(?:遅|予定より|大幅|かなり遅|一週間|二週間|\d+日)",
        r"梱包|段ボール|箱(?:が|は|も)?(?:潰|つぶ|破|凹|へこ|濡|ボロ)|破損した状態で|輸送中|配送中",
        r"(?:届|到着)(?:いた|した)(?:時|とき)(?:点で|から|に)?(?:は)?(?:既に|すでに)?(?:壊|破損|割)",
        r"配達員|ドライバー|ヤマト|佐川|日本郵便|郵便局|置き配|追跡",
        r"予定日(?:より|を(?:\d+日|数日|[一二三四五六七八九十]+日)?過ぎ)|配送業者|運送業者|宅配業者|遅れて(?:届|到着)|\d+日遅れ|(?:発送|配送|到着)(?:が|も|は)?(?:とても|非常に|かなり)?遅かった",
        r"配達完了|配達済み|届いたのは\d+日後|\d+日後に(?:届|到着)|近所|隣の(?:家|方|部屋)|不在票",
        r"(?:過ぎてから|終わってから|後に)届|間に合わ(?:なかった|ず|ない)",
        // How long it took to ship or to arrive: 「発送まで1週間以上かかった」「届くまでに10日かかりました」.
        r"(?:発送|出荷|配送|到着|届く)(?:まで|までに|に)[^。！？!?]{0,12}?(?:かか|掛か)",
        // The same told as a long wait alone: 「届くまで1ヶ月」「到着まで3週間」「発送まで10日以上」
        // (「届くまで2日」 may be praise and is not read).
        r"(?:発送|出荷|配送|到着|届く|お届け)(?:まで|までに)(?:は|が|も)?(?:約|結局|なんと|丸)?[\d０-９一二三四五六七八九十数]+(?:週間|ヶ月|か月|カ月|ケ月|日(?:以上|も))",
        // Dispatched only at last, days after the order: 「10日たってやっと発送された」「ようやく出荷」
        // 「発送されたのは注文から一週間後」「10日後に発送」 (「翌日発送」 is praise and is not read).
        r"(?:やっと|ようやく|やっとこさ)(?:の)?(?:発送|出荷)|(?:発送|出荷)(?:された|されました|してもらえた|してくれた)?のは[^。！？!?]{0,10}?後|(?:日|週間|ヶ月|か月|カ月)(?:も)?(?:たって|経って|後に|過ぎて)(?:から)?(?:やっと|ようやく)?(?:の)?(?:発送|出荷)",
    ],
    service: &[
        // A personalised item made otherwise than ordered: 「フォントが違う」「名前のスペルが間違って」
        // 「糸の色が違う」「デザイン案が送られてこなかった」.
        r"(?:フォント|書体)が[^。！]{0,10}?(?:違|異な)|(?:名前|刻印|文字)の?(?:スペル|綴り)が?(?:間違|違)|(?:糸|刺繍)の色が(?:違|異な)|(?:校正|デザイン案|確認画像|仕上がりイメージ)[^。！]{0,15}(?:送られて(?:こ|き)な|届かな|来な|もらえな)",
        r"評価を(?:変|消|削除|修正)|レビューを(?:変|消|削除|修正)",
        // The listing's size chart called wrong, the seller's work: 「表記がおかしい」 (a size that
        // does not fit despite the chart is the product).
        r"(?:サイズ表|サイズ表記|表記|寸法表|サイズチャート)(?:が|は)?(?:おかし|間違|違って|誤|不正確)",
        r"出品者|販売者|販売元|店舗|お店|(?:^|[^送配])業者|カスタマー|サービス|店員",
        // The shop, the store, the seller and support as words of their own (「このショップ」
        // 「セラーの対応」「サポートに」), or the seller's kind of shop or support (ネットショップ,
        // 公式ストア, アフターサポート). At the end of a longer katakana word they are that word's
        // tail: a chess bishop (ビショップ), a bestseller or a wine cellar (ベストセラー, ワイン
        // セラー), a lumbar or arch support (ランバーサポート, アーチサポート), a drugstore.
        r"(?:^|[^\p{Katakana}ー])(?:ショップ|ストア|セラー|サポート)|(?:ネット|オンライン|ウェブ|ウエブ|公式|直営|アマゾン)(?:ショップ|ストア)|(?:アフター|テクニカル|ユーザー|メーカー)サポート",
        // Gift wrapping the buyer asked for and the packing slip (「ギフト包装をお願いしたのに」
        // 「納品書に値段が」): what the seller put in the parcel.
        r"ギフト(?:包装|ラッピング)|ラッピング|のし紙|熨斗|納品書|明細書",
        r"ではなく[^。]{0,20}?(?:が|を)?(?:届|入って|送られて|来)",
        r"店長|店員|態度|接客|担当|(?:の|な|い|が)対応|対応(?:が|も|は)(?:悪|遅|最悪|ひど|酷|不誠実|な|良)|返信|返答|返事|連絡|問い合わせ|問合せ|電話|メール",
        r"(?:注文|頼ん|購入|選ん)(?:と|だ(?:もの|商品)と|した(?:もの|商品)と)(?:違|異)|返金|返品|交換(?:品|対応|してもら|してくれ|に応じ|を(?:依頼|お願い|求め|断))|保証|再送|違う商品|別の商品|間違った商品|違う(?:色|サイズ|もの|物)|別物",
        r"商品説明|商品ページ|説明と(?:違|異)|説明文|記載|(?:と|って)書(?:いて|かれて)(?:あ|い)|写真と(?:違|異)|中古|使用済み|キャンセル|領収書|請求|二重に|支払|詐欺|偽物|コピー品",
        // Being ignored is the seller's, but a delivery instruction ignored (「置き配の指定も無視」)
        // is the delivery's.
        r"(?:^|[^定をもがは])無視|[^定](?:を|も|が|は)無視|窓口|話が通じ",
        // Nobody helping the buyer (「何日も誰も助けてくれない」「誰も対応してくれない」), solving it
        // or answering (「誰も解決してくれません」「誰も答えてくれない」).
        r"誰も[^。、！？!?]{0,8}?(?:助けて|対応して|手伝って|相談に乗って|解決して|答えて|教えて|返事して)(?:くれ|もらえ)",
        // Fewer came than were ordered (「2袋注文したのに1袋しか届かない」「1つしか来ていない」):
        // the seller's, not the carrier's.
        r"(?:[0-9０-９一二三]|ひと|ふた)(?:個|袋|つ|本|枚|箱|点|セット|缶|足|組)しか(?:届|来|送られて|入って)",
        r"欠品|(?:部品|数|個数|付属品)(?:が|も)?(?:不足|足り)|足りな|足りず|足りません|期限切れ|賞味期限|使用感|使用跡|使われた形跡|開封跡|開封済|開封され|新品(?:では|じゃ)な|新品のはず|新品として(?:売|販売|出品|届)|誰か(?:が|の)使|関税|空の箱|入っていな|入ってな|入っていませ|入ってませ|入っておりませ|入っておらず|付属品(?:が|も)?(?:な|無|入)|約束|評価を(?:消|変|削除)",
        r"注文した(?:の|もの)と(?:違う|異なる)",
        // "Mサイズを注文したのにLが入っていた": ordered one thing, another came.
        r"を(?:注文|頼ん|購入)(?:した|だ)のに[^。、]{1,10}?が(?:入って|届|来|送られて)",
        // 「注文したのはLの黒なのに、届いたのはMのネイビー」: what was ordered set against what came
        // (not when it came: 「届いたのは一週間後」).
        // The same after 「…を注文したのに、」: 「ブラックを注文したのに、届いたのはホワイト」.
        r"(?:(?:注文|頼ん|購入|選ん)(?:した|だ)(?:の|もの|商品)は[^。]{1,30}?|を(?:注文|頼ん|購入|選ん)(?:した|だ)のに[、，,]?\s*)(?:届|来|入って|送られてき)(?:いた|た)(?:の|もの|商品)(?:は|が)[^\d０-９一二三四五六七八九十数何翌先来今昨月火水木金土日週]",
        // 「ここではもう買いません」: the store, not the product; the owner (店主, オーナー).
        r"ここ(?:で|では|から)(?:は)?[^。]{0,6}?(?:買|購入|注文|頼)|店主|オーナー|社長",
    ],
    product_phrases: &[
        r"元に戻|\d+個入り|\d+本入り",
        // A box of the product (「1箱に何枚も入っている」「一箱あたり」), not the parcel.
        r"(?:\d+|[一二三四五六七八九十]|ひと)箱(?:に|の中に|あたり|中|入り|で)",
        // The buyer's own shop or workplace as where it is used (「毎日使う店舗」「うちの店」
        // 「店舗用」「事務所で使う」), not the seller's shop.
        r"(?:うちの|自分の|私の|弊社の|我が|自社の|使う|使っている|使用する|使用している)(?:店舗|お店|店|ショップ|倉庫|事務所|オフィス|学校|教室|クリニック|医院|診療所)|(?:店舗|お店|ショップ|倉庫|事務所|オフィス)(?:用|で(?:使|使用))",
        // Calls made with the product (「電話会議で」), not calls to the seller.
        r"(?:電話|テレビ)会議",
        // Falling short of what the buyer wanted (物足りない) is the product's, not a part
        // missing from the box (足りない).
        r"物足り(?:な|ず|ませ)",
        // A size falling short for the one who uses it or by a length (「170cmの自分には少し足り
        // ない」「大人には全然足りません」「あと30cm足りない」): the product's fit. A part short
        // (「ネジが2本足りない」「組み立てるにはネジが足りない」) names the part and is not read here.
        r"(?:自分|私|わたし|僕|ぼく|俺|大人|子供|子ども|息子|娘|夫|妻|主人|旦那|家族|cm|ｃｍ|センチ)には(?:(?:少し|ちょっと|やや|若干|わずかに|僅かに|微妙に|全然|全く|まったく|到底|あと少し|もう少し|ほんの少し)\s*)?足り(?:な|ず|ませ)",
        r"(?:あと)?[\d０-９]+(?:[.,．][\d０-９]+)?\s*(?:cm|mm|ｃｍ|ｍｍ|センチ|ミリ|メートル)(?:ほど|くらい|ぐらい)?(?:が|も|は)?足り(?:な|ず|ませ)",
        // Waiting for the product to do its job (「乾くまで待っても」「沸くまで10分待たされ」), not
        // for the parcel.
        r"(?:乾く|乾燥する|冷える|冷める|温まる|暖まる|沸く|固まる|溶ける|充電(?:が終わる|が完了する|できる)?|起動する|繋がる|つながる|効く)(?:まで|のを)[^。！？!?]{0,10}?待(?:っ|た|ち)",
        // A quality or a capacity falling short (「明るさが全然足りない」「容量が足りず」「吸引力が
        // 不足」) is the product's; a count or a part short (「部品が足りない」) is not read here.
        r"(?:さ|[音容風光水熱]量|\p{Han}力|パワー|性能)(?:が|も|は)?(?:全然|全く|まったく|少し|ちょっと|かなり|やや|若干)?(?:足り(?:な|ず|ませ)|不足)",
        // Debris the product sheds: 「段ボールのカス」「消しゴムのくず」「木くずが落ちる」, not an
        // insult and not the parcel's carton.
        r"[^\s。、，,！？!?]{1,8}?の(?:カス|かす|くず|クズ)|(?:木|糸|紙|綿)くず|(?:カス|かす|くず)(?:が|も)(?:出|散|落|付|つ|たま|溜|残)",
        // How far the scent, sound or cord reaches: 「香りが…部屋の入り口まで届かない」,
        // 「コードが短くてコンセントまで届かない」 (a parcel not here by a day is the delivery's).
        r"(?:香り|匂い|におい|音|光|明かり|灯り|風|温風|冷風|熱|電波|声|コード|ケーブル|ホース|紐|ひも)(?:が|は|も)[^。！？!?\n]{0,25}?[^日時今週月年末旬\d０-９]まで(?:は|も)?届(?:かな|きませ|いていな|いてな)",
        // A sheet, a nozzle or a strap too short for a spot on the body or a place named by its
        // side or end: 「シートが小さくて目の下まで届かない」「ブラシが奥歯まで届かず」「ストラップが肩まで
        // 届きません」「ノズルが底まで届かない」 (a parcel not here by a day, 「週末まで届かない」, is the
        // delivery's).
        r"(?:目|耳|首|肩|背中|腰|膝|ひざ|足首|足先|つま先|爪先|かかと|踵|手首|指先|口元|口角|あご|顎|鼻|頬|ほほ|ほお|おでこ|額|生え際|髪|毛先|頭皮|頭頂部?|奥歯|歯|歯茎|歯ぐき|[上下奥端隅底裏際先角]|根元|先端|天井|床|壁)(?:の(?:[上下奥端隅底裏際先角横]|あたり|辺り|付近|まわり|周り))?まで(?:は|も)?(?:全然|全く|まったく|ぜんぜん|少し|ちょっと|うまく|きちんと|ちゃんと)?届(?:かな|かず|きませ|いていな|いてな)",
        // The same with the place first: 「寝室の端まで風が届かない」.
        r"[^日時今週月年末旬\d０-９]まで(?:は|も)?(?:香り|匂い|におい|音|光|明かり|灯り|風|温風|冷風|熱|電波|声|コード|ケーブル|ホース|紐|ひも)(?:が|は|も)届(?:かな|かず|きませ|いていな|いてな)",
        // What the item was said to be, set against wear after weeks of use or washing
        // (「サテンって書いてあったのに2ヶ月で毛玉だらけ」「綿100%と書いてあるけど3回洗ったら縮んだ」
        // 「防縮加工と記載されていたのに洗濯したら縮んだ」): the product's quality after use, not
        // another item sent. Wrong on arrival, with no time of use after it (「赤って書いてあったのに
        // 届いたのは青」), it stays the listing's.
        r"(?:と|って)(?:書(?:いて|かれて)|記載(?:されて|して))(?:あ|い)(?:った|た|る|ります|りました|ました|ます)?(?:のに|けど|けれど|が)[、,]?[^。、]{0,6}?(?:[\d０-９一二三四五六七八九十数半]+\s*(?:日|週間|ヶ月|か月|カ月|ケ月|ヵ月|年|回)目?(?:で|ほど|くらい|ぐらい|後|使った|使って|洗って|洗った|洗濯)|(?:洗濯|使用)(?:したら|すると|後|で)|(?:使|洗)っ(?:たら|ているうち|てるうち))",
        // A claim quoted from the listing against the product: 「「完全防水」と書いてありますが」.
        r"」と(?:書いて|記載|表示|表記|うたって|謳って|説明)",
        // What the product's own package or label says (パッケージには微香と書いてある).
        r"(?:パッケージ|箱|ラベル|袋|ボトル)(?:に|には|の表示|の表記|の説明)(?:は)?[^。！!？?]{0,20}(?:書いて|記載|表示|表記|うたって|謳って)",
        // A figure with its unit quoted as written (「90cmと書いてあるのに実際は80cmくらい」
        // 「500mlって書いてあったのに」): the product's claim, as a quoted claim is above.
        r"[\d０-９]+(?:[.,．][\d０-９]+)?\s*(?:cm|mm|ｃｍ|ｍｍ|m|ml|ｍｌ|l|g|kg|インチ|センチ|ミリ|メートル|リットル|グラム|キロ|時間|分|mAh|W|%|％)(?:と|って)(?:書(?:いて|かれて)|記載|表示|表記)",
        // A rating named with its figure, the unit left unsaid or a rating's own
        // (「耐水圧3000って書いてあるけど」「耐荷重100と書いてあるのに」「IPX6って書いてあった」
        // 「1200ルーメンと書いてある」): the product's claim, as a figure with its unit is.
        r"(?:(?:耐水圧|耐荷重|最大荷重|透湿度|透湿性|防水性能|防水等級|容量|出力|最大出力|明るさ|光量|照度|使用温度|快適温度|限界温度|耐熱温度|連続点灯|連続使用)(?:は|が|も)?(?:約|最大)?[\d０-９][\d０-９,，.．]*\s*(?:ルーメン|ルクス|ワット|ボルト|度|[a-zA-Zａ-ｚＡ-Ｚ℃°]+)?|IP[XＸx0-9０-９][0-9０-９]|[\d０-９]+\s*(?:ルーメン|ルクス|lm|ワット|ボルト|℃|度))(?:以上|も)?(?:と|って)(?:書(?:いて|かれて)|記載|表示|表記|うたって|謳って)",
        // A figure quoted from the listing: 「商品ページの3時間」「記載の8時間」「記載の2週間」, with
        // the "as written" after it taken too (「説明では2ヶ月と書いてあったのに」).
        r"(?:商品ページ|説明|記載|表記)(?:の|では|に(?:は)?|されている|されていた|にある)[^。]{0,4}?\d+\s*(?:時間|分|日間|日|週間|ヶ月|か月|カ月|ケ月|ヵ月|年|mAh|W|回)(?:(?:も|は|ほど|くらい|ぐらい)?(?:もつ|持つ|もちます|持ちます|持続する|使える|使えます))?(?:(?:と|って)(?:書(?:いて|かれて)|記載|表示|表記))?",
        // A time it lasts or a count it runs, quoted as written (「6週間と書いてあったのに」
        // 「2週間もつと書いてあるのに」「500回使えると書いてある」). A figure right after まで or に
        // (「発送まで2週間と書いてあった」) is the wait for the delivery, and a bare day without
        // "lasts" (「3日と書いてあった」) a date: neither is read here.
        r"(?:^|[^でに])[\d０-９]+\s*(?:(?:日間|週間|ヶ月|か月|カ月|ケ月|ヵ月|年)(?:(?:も|は|ほど|くらい|ぐらい)?(?:もつ|持つ|もちます|持ちます|持続する|使える|使えます))?|[日回](?:も|は|ほど|くらい|ぐらい)?(?:もつ|持つ|もちます|持ちます|持続する|使える|使えます))(?:と|って)(?:書(?:いて|かれて)|記載|表示|表記)",
        // A quality the product claims for itself, as written, with no listing named before it
        // (「浅煎りと書いてあるけど苦いだけ」「無香料って書いてあるのに」「豆は深煎りと書いてあるのに」):
        // the product's claim, as a quoted claim or a figure is. Named on the listing first
        // (「説明には深煎りと書いてある」「商品ページには防水と」) it stays the listing's, and a state or
        // an origin as written (新品, 未使用, 日本製) is no quality here and stays the seller's.
        concat!(
            r"(?:^|[。、，,！？!?\s]|[^にで]は)(?:",
            // Roast, taste and strength.
            r"(?:極|中)?(?:浅|深)煎り|中煎り|(?:ライト|シナモン|ミディアム|ハイ|シティ|フルシティ|フレンチ|イタリアン|ダーク)ロースト",
            r"|甘口|中辛|辛口|大辛|激辛|甘さ控えめ|無糖|微糖|低糖|濃いめ|濃厚|まろやか|マイルド|無塩|減塩|酸味控えめ|苦味控えめ|カフェインレス|デカフェ",
            // Scent, water, noise.
            r"|無香料|無香|微香性?|香り控えめ|無臭|低臭|完全防水|生活防水|防水|撥水|防滴|耐水|静音|超静音|低騒音",
            // Breath and wind (透湿って書いてあったのに, 防風と書いてあるけど).
            r"|透湿(?:防水|性)?|透湿素材|通気|防風|耐風",
            // How it wears, lasts or holds.
            r"|速乾|吸水|保温|保冷|完全遮光|遮光|UVカット|耐熱|超軽量|軽量|大容量|長持ち|強力|低刺激|無添加|肌に優しい|敏感肌用|抗菌|消臭|防臭|滑り止め|焦げ付かない|割れにくい|丈夫|頑丈|厚手|薄手|伸縮性|通気性|急速充電|高音質|高画質|ノイズキャンセリング",
            // The season it is made for and its warmth (冬用, 真冬でも暖かい is said of the product).
            r"|(?:真冬|秋冬|春夏|冬|夏|通年|オールシーズン|寒冷地)用|オールシーズン|防寒|暖かい|あったかい|あたたかい|温かい|接触冷感|冷感|ひんやり|涼しい",
            r")(?:タイプ|仕様|設計|加工)?(?:と|って)(?:書(?:いて|かれて)|記載|表示|表記|うたって|謳って)"
        ),
        // A fit claimed for the product as written, with no listing named before it
        // (「適合ありと書いてあったのに」「JF3対応と書いてあるのに」「車検対応って書いてあったけど」):
        // the product's claim, as a quality as written is above. Named on the listing first
        // (「説明には適合と書いてある」) it stays the listing's.
        r"(?:^|[。、，,！？!?\s]|[^にで]は|[^明文ジ載ルト]に|[A-Za-z0-9Ａ-Ｚａ-ｚ０-９])(?:車検|車種|全車種)?(?:適合|対応|装着可|取り?付け?可)(?:あり|有り|する|します|している|しています|品|車種|済み|可能|OK|ＯＫ)?(?:と|って)(?:書(?:いて|かれて)|記載|表示|表記|うたって|謳って)",
        // A screwdriver or a tool's bit (「付属のドライバーで締めたら」「プラスドライバー」
        // 「インパクトドライバー」), a computer's driver (「プリンタードライバー」) and a golf club:
        // not the courier (ドライバー in the delivery list).
        r"(?:プラス|マイナス|精密|六角|トルクス|電動|インパクト|ラチェット|ボール|ミニ|ポケット|プリンター?|デバイス|グラフィック|オーディオ|USB|ゴルフ)ドライバー?|(?:付属|同梱|専用)の?ドライバー|ドライバー(?:セット|ビット|ドリル|ヘッド|シャフト)|ドライバー(?:で|を使って|を使い|を当てて)[^。]{0,6}?(?:締|回|外|開け|緩|ねじ|ネジ|止め)|ドライバー(?:の|が)(?:先|先端|ビット|軸|グリップ|柄|なめ|曲が|折れ|欠け)",
        // The mobile phone the product holds (「携帯電話がホルダーの中で揺れる」), not a call to
        // the seller (電話 in the service list).
        r"携帯電話(?:が|は|も|を|ごと|本体|ホルダー|スタンド|ケース|マウント|用)",
        // A sound likened to a cardboard box (「段ボールを叩いているような音」「段ボール箱みたいな音」
        // 「音が段ボールっぽい」): the instrument's sound, not the packing.
        r"(?:段ボール|ダンボール)(?:箱)?(?:を|に)?(?:叩|たた)|(?:段ボール|ダンボール)(?:箱)?(?:みたいな|のような|っぽい|みたい|のよう)(?:な)?(?:音|響き|鳴り|サウンド)|(?:音|響き|鳴り|サウンド)(?:が|は|も)?(?:まるで)?(?:段ボール|ダンボール)(?:箱)?(?:みたい|のよう|っぽ)",
        // The product's material likened to cardboard (「革が段ボールみたいに硬い」「段ボールのような
        // 素材」「手触りがまるで段ボール」): what the product is made of, not the parcel's carton.
        r"(?:段ボール|ダンボール)(?:みたい|のよう|っぽ)(?:に|な|で|い|く)?(?:硬|固|かた|ごわ|ゴワ|ペラ|ぺら|薄|うす|安っぽ|チープ|素材|生地|革|皮|質感|手触り|肌触り|履き心地|着心地|靴|感触)|(?:硬さ|質感|手触り|肌触り|素材|生地|革|感触|履き心地|着心地)(?:が|は|も)?(?:まるで)?(?:段ボール|ダンボール)",
        // An earring's post, the pin through the ear (「片方のポストが曲がった」「ピアスのポストが
        // 折れた」「ポストが細すぎて」「ポストピアス」): part of the jewellery, not the letterbox
        // the parcel is put in (「ポストに投函」「ポストに入らず」 stay the delivery's).
        r"(?:ピアス|イヤリング|イヤーカフ|片方|両方|片耳|両耳)(?:の|とも|共)?ポスト|ポスト(?:ピアス|部分|の部分|の長さ|の太さ|の根元)|ポスト(?:が|は|も)[^。！？!?]{0,12}?(?:曲が|まが|折れ|おれ|取れ|外れ|抜け|錆|さび|サビ|変色|黒ず|剥げ|はげ|細す|太す|長す|短す|ぐらつ|グラグラ)",
    ],
    own_box: &[
        // A board game's, a puzzle's or a kit's own box is part of the product, not the parcel:
        // named with it and said to be flimsy (「パズルの箱がペラペラ」), or worn soon or by a few
        // games (「箱もペラペラで角がすぐ潰れた」「2回遊んだだけで箱が破れた」). A box that came crushed
        // stays the delivery's (「箱が潰れて届いた」).
        r"(?:パズル|ゲーム|ボードゲーム|ボドゲ|カードゲーム|キット|プラモデル|プラモ)の(?:外)?箱(?:が|は|も)?[^。！？!?]{0,6}?(?:ペラペラ|ぺらぺら|薄|うす|チープ|安っぽ|弱)",
        r"箱(?:が|は|も)?[^。！？!?]{0,12}?すぐ(?:に)?(?:潰|つぶ|破|やぶ|へこ|凹|ボロ|ぼろ|裂|さけ|壊|こわ|剥|はが|取れ|とれ|外れ|はずれ|ヘタ|へた)",
        r"箱[^。！？!?]{0,15}?[\d０-９一二三数何]+回(?:遊|あそ|プレイ)|[\d０-９一二三数何]+回(?:遊|あそ|プレイ)[^。！？!?]{0,15}?箱",
        // The product's own gift or presentation box praised, set against what is inside it
        // (「化粧箱はかわいいのに中身が残念」「箱はおしゃれだけど」): a parcel's box is not cute. A gift box
        // that came crushed (「化粧箱が潰れていた」) stays the delivery's.
        // The product's own outer or gift box said to be flimsy, crushed for it, not fit to give
        // (「外箱がペラペラでつぶれてて人にあげられない」「化粧箱が薄っぺらくて安っぽい」): the product as
        // its maker boxed it. Said to have come so (「外箱がペラペラで潰れて届いた」) or bare 箱, which
        // may be the parcel's, it stays the delivery's: the clause must end without 届, 着, 送 or 配.
        r"(?:外箱|化粧箱|ギフトボックス|ギフト箱|専用箱|商品の箱|製品の箱|本体の箱)(?:が|は|も)?(?:すごく|とても|めっちゃ|かなり|ちょっと|本当に|ほんとに)?(?:ペラペラ|ぺらぺら|ペラッペラ|薄っぺら|うすっぺら|薄くて|チープ|安っぽ|ヘナヘナ|へなへな|ヨレヨレ|よれよれ)[^。！？!?届着送配]*(?:[。！？!?]|$)",
        r"(?:化粧箱|ギフトボックス|ギフト箱|専用箱|外箱|箱)(?:は|が|も)?(?:とても|すごく|凄く|めっちゃ|本当に|ほんとに|ほんとうに|なかなか)?(?:かわいい|可愛い|カワイイ|かわいかった|可愛かった|おしゃれ|オシャレ|お洒落|素敵|すてき|豪華|立派|高級感)",
    ],
    listing_vs_label: &[
        r"(?:商品ページ|商品説明|説明文|商品名|タイトル)[\s\S]{0,60}?(?:タグ|ラベル|洗濯表示|品質表示|シール|ステッカー)[^。]{0,8}?(?:\d+\s?[%％]|ポリエステル|アクリル|綿|ウール|麻|シルク|レーヨン|ナイロン|プラスチック|合成|[^。]{0,4}製)",
    ],
    door: &[
        r"(?:インターホン|インターフォン|チャイム|呼び鈴)(?:も|を)?(?:鳴らさ|押さ)(?:ず|ない|なかった|れず)",
        r"(?:玄関|ドア)(?:の)?(?:前|先)(?:に|へ)(?:置|放置|投げ)|(?:マット|階段|廊下)(?:の上)?に(?:置|放置|投げ)(?:かれ|いて|いていか|きっぱなし|っぱなし)",
        // Packing left out of the parcel (「緩衝材もほとんど入っていませんでした」): the delivery's
        // packing, not a part missing from the product's box.
        r"(?:緩衝材|梱包材|クッション材|プチプチ|エアキャップ)(?:が|も|は)?[^。]{0,8}?入って(?:いな|な|いませ|ませ|おらず|おりませ)",
    ],
    delivery_mention: &[
        r"箱|段ボール|ダンボール|梱包|緩衝材|プチプチ|送られてき|輸送|郵便|宅配|置き配|ポスト|配達",
        r"ビニール袋|袋一枚|新聞紙",
    ],
    generic: &[
        r"特に|問題(?:は|が)?(?:ありません(?:でした)?|ない|なし|なかった)|良い|よい|良かった|普通|まあまあ|満足|不満|最悪|残念",
        r"ひどい|酷い|星\d?つ|星ひとつ|評価|ありがとう|でした|です|ました|ます|だった|ですね|かな|と思います",
        r"二度と買わない|二度と買いません|おすすめしません|オススメしません|買わない|がっかり",
        r"使い回し|中古の(?:箱|段ボール)|汚れた(?:箱|段ボール)|他人の(?:伝票|ラベル)",
        r"可もなく不可もなく|気に入らな(?:かった|い)|気に入りません(?:でした)?|イマイチ|いまいち|微妙|値段なり",
        r"気が変わ(?:った|りました)",
    ],
    product_hints: &[
        r"品質|壊れ|故障|動かな|作動し|不良|安っぽ|チープ|素材|生地|サイズ|小さ|大き|きつ|ゆる|色が|匂い|臭い|におい",
        r"電池|バッテリー|充電|画面|音が|うるさ|異音|漏れ|味が|まず|デザイン|使いにく|使え(?:な|ませ)|説明書|組み立て|組立",
        r"耐久|割れ|傷|ヒビ|錆|剥が|ゴミ|買って損|期待外れ|性能|機能|商品自体|製品|ぐらつ|ガタガタ|電源",
    ],
    phone_cues: &[r"電話|携帯|TEL|番号"],
    not_phone_cues: &[r"注文番号|追跡番号|型番|製造番号"],
    names: NameStyle::Suffix {
        honorifics: "様|さま|さん|氏",
        name_cues: "(?:という|っていう|とかいう|って|と名乗る|と名乗った|と名乗って(?:いた|いる))(?:人|方|男性|女性|男|女|者|担当者?|スタッフ|社員|店員)",
        // 肌, 性, 毛 and 顔 end a kind of skin, hair or face the buyer has (乾燥肌さん, 冷え性さん,
        // くせ毛さん, 丸顔さん), never a name.
        role_endings: "客皆神奥子員者屋長方主手殿王先父母兄姉弟妹族人家様彼仕模同多異一左肌性毛顔",
        given_name_endings: "子一",
        role_words: &[
            "息子",
            "様子",
            "弟子",
            "双子",
            "親子",
            "女子",
            "男子",
            "王子",
            // A kind of buyer named by skin, hair, build or taste, with さん (色白さん, 一重さん,
            // 甘党さん, イエベさん): no one's name.
            "色白",
            "色黒",
            "一重",
            "二重",
            "直毛",
            "剛毛",
            "小柄",
            "大柄",
            "細身",
            "甘党",
            "辛党",
            "新人",
            "常連",
            "イエベ",
            "ブルベ",
            "ママ",
            "パパ",
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
            "担当",
        ],
    },
    whole_word_only: &["バカ", "アホ", "カス", "クズ", "ボケ"],
};

const FR: Table = Table {
    language: Language::Fr,
    spaced: true,
    common: &[
        "le",
        "la",
        "les",
        "et",
        "est",
        "très",
        "pas",
        "une",
        "avec",
        "pour",
        "je",
        "j'ai",
        "mais",
        "du",
        "des",
        "au",
        "aux",
        "ce",
        "c'est",
        "n'est",
        "il",
        "elle",
        "ne",
        "qui",
        "quel",
        "sur",
        "dans",
        "mon",
        "ma",
        "mes",
        "été",
        "suis",
        "ai",
        "vous",
        "nous",
        "rien",
        "jamais",
        "produit",
        "vendeur",
        "reçu",
        "après",
        "trop",
        "bien",
        "même",
        "encore",
        "déjà",
        "toujours",
        "n'a",
        "n'ai",
        "ça",
        "cette",
        "son",
        "sa",
        "ses",
        "mal",
        "fait",
        "plus",
        "de",
        "en",
        "un",
        "à",
        "d'un",
        "d'une",
        "qu'il",
        "livraison",
        "deux",
        "reçu",
        "arrivé",
    ],
    letters: "éèêàçâîôûëïœ",
    profane: &[
        r"merde\w*|putain\w*|connard\w*|connasse\w*|salop\w*|enculé\w*|bordel|foutre|fout(?:u\w*|age|ent|ez|ait|aient|ais)?",
        r"con|conne|connerie\w*|pute\w*|nique\w*|enfoiré\w*|bâtard\w*|chier|chié",
        // Name-calling aimed at whoever made or sold it ("celui qui appelle ça artisanal est un
        // crétin", "une bande d'abrutis"); "idiot" only as a noun ("c'est idiot" is "it's silly").
        r"crétins?|crétines?|abrutie?s?|imbéciles?|(?:un|une|des|les|ces|cet|cette|quel|quelle|quels|quelles|bande d['’]|espèce d['’]|bande de|espèce de)\s?(?:(?:vrai|vraie|vrais|gros|grosse|sacré|sacrée|parfait|parfaite|véritable|grand|grande|pauvre|pauvres)\s+)?idiote?s?",
    ],
    fulfillment: &[
        r"prime|point relais|date de livraison (?:\w+ ){0,2}(?:dépassée|repoussée|changée|reportée)|mauvaise (?:maison|porte)",
        r"retards?|retardée?s?|en retard|trop tard|tardive?|j'ai attendu|attendu (?:\w+ ){0,2}(?:jours|semaines)|d'attente|j'attends",
        // Shipped only after days: "Expédition annoncée sous 24 h, partie au bout de huit jours".
        r"(?:expédi\w+|envoi|envoyée?s?|colis|commande) annoncée?s? (?:sous|en|dans)|(?:parti|partie|partis|parties|expédiée?s?|envoyée?s?|postée?s?) (?:seulement |uniquement |qu['’])?(?:au bout de|après) (?:\w+ )?(?:jours|semaines)",
        r"(?:livr\w+|arriv\w+|reçu\w*) (?:\w+ ){0,3}(?:semaines?|jours) (?:de retard|après|plus tard)",
        r"(?:livraison|expédition|envoi) (?:\w+ ){0,2}(?:lente|longue|catastrophique|interminable|en retard)",
        r"(?:jamais|toujours pas|pas encore|pas) (?:été )?(?:reçu|arrivé|livré|expédié|envoyé)e?s?|(?:toujours |encore )?rien reçu|non reçue?",
        r"n'(?:est|a) (?:jamais|toujours pas|pas encore|pas) (?:été )?(?:arrivé|livré|expédié|reçu)e?s?|j'attends toujours|toujours en attente",
        r"(?:colis|carton|emballage|boîte|enveloppe) (?:\w+ ){0,3}(?:abîmé|endommagé|écrasé|ouvert|déchiré|mouillé|cabossé|défoncé|éventré)e?s?",
        r"(?:colis|commande) (?:\w+ ){0,2}perdue?s?|perdue? (?:par|pendant) (?:le|la) (?:transporteur|livraison|poste)",
        r"(?:mal|pas) emballée?s?|emballage (?:insuffisant|médiocre|mauvais|inexistant)",
        r"(?:arrivée?s?|reçue?s?|livrée?s?) (?:\w+ ){0,3}(?:cassée?s?|abîmée?s?|endommagée?s?|brisée?s?|fissurée?s?|fendue?s?|fêlée?s?|ébréchée?s?|éclatée?s?|ouverte?s?|en morceaux|écrasée?s?|déchirée?s?|cabossée?s?)",
        // How it travelled: no padding, a bare bag.
        r"sans (?:aucun |le moindre )?calage|pas de calage|(?:voyag\w+|expédiée?s?|envoyée?s?|emballée?s?) dans (?:un|une) (?:simple |petit |petite )?(?:sac|sachet|enveloppe)",
        // Broken on the way, with any article: "cassé pendant le transport", "brisé lors de la
        // livraison", "fendu au cours du transport". ("Cassé au premier transport" is the buyer
        // carrying it about: see the product's phrases.)
        r"(?:cassée?s?|abîmée?s?|endommagée?s?|brisée?s?|fendue?s?|fêlée?s?|ébréchée?s?|cabossée?s?|enfoncée?s?|écrasée?s?|déchirée?s?|tordue?s?) (?:pendant|lors|durant|au cours) (?:du |de la |de l'|le |la |l')?(?:transport|livraison|acheminement)\b",
        r"livreur\w*|transporteur|colissimo|chronopost|la poste|mondial relay|dpd|ups|dhl|gls|mauvaise adresse",
        r"voisins?|avis de passage|sans (?:aucun |le moindre )?(?:avis|prévenir)|(?:suivi|statut) (?:\w+ ){0,2}livré|(?:indiqu|affich|marqu)\w* (?:comme )?livré|(?:jours?|semaines?) plus tard que (?:prévu|annoncé)",
        r"(?:arrivée?|livrée?|reçue?) (?:\w+ ){0,2}(?:après (?:noël|l'anniversaire|la fête|les fêtes)|trop tard)",
        r"expédiée?s? (?:\w+ ){0,2}(?:jours|semaines) après",
        // Sent days after the order: "envoyé dix jours après la commande", "posté une semaine après".
        r"(?:envoyée?s?|postée?s?) (?:\w+ ){0,2}(?:jours|semaines) après",
    ],
    service: &[
        // A personalised item made otherwise than ordered: "gravé dans une autre police", "prénom
        // mal orthographié", "mauvaise couleur de fil", "jamais reçu le BAT promis".
        r"(?:mauvaise|autre) (?:police|typographie|couleur de fil)|police (?:différente|incorrecte)|(?:prénom|nom|gravure|texte|initiales|broderie) (?:\w+ ){0,2}mal orthographiée?s?",
        r"(?:bon à tirer|maquette|aperçu) (?:\w+ ){0,4}(?:jamais|pas) (?:\w+ )?(?:envoyée?|reçue?)|(?:jamais|pas) (?:\w+ ){0,2}(?:envoyé|reçu) (?:de |le |la |l')?(?:bon à tirer|maquette|aperçu)",
        r"(?:modifier|changer|retirer|supprimer) (?:mon |ma |l')?(?:avis|note|évaluation)",
        // The listing's size chart called wrong, the seller's work: "le guide des tailles est
        // faux" (a size that does not fit despite the chart is the product).
        r"(?:guide|tableau|grille) des tailles (?:est|était) (?:\w+ )?(?:faux|fausse|erroné|erronée|mauvais|incorrect)",
        r"vendeu(?:r|rs|se|ses)|marchand|boutique|magasin|société|entreprise|service (?:client|après-vente)|sav",
        r"réponses?|(?:vendeur|vendeuse|personne|service|boutique|ils|il|elle|on)\s+(?:\w+\s+){0,2}?répond\w*|répond\w*\s+(?:à|aux)\s+(?:mes|nos|mon|ma|notre)|contact\w*|messages?|e-?mails?|mail|courriel\w*|appel\w*|rappel\w*",
        // Calling the seller, not the phone the product holds ("le téléphone tombe de la poche").
        r"téléphon(?:é|er|ez|ons|ait|aient|ique\w*)|(?:par|au) téléphone|coups? de (?:téléphone|fil)|(?:ligne|numéro) de téléphone",
        // "Désagréable" about a person or the service; an unpleasant smell or feel is the product's.
        r"ignor\w*|impoli\w*|(?:vendeu\w*|service\s+client\w*|sav|support|interlocut\w*|personne|boutique|commerçant\w*|accueil|ton)\s+(?:\w+\s+){0,3}?désagréables?|malpoli|aimable|communication",
        // Nobody helping the buyer ("personne ne m'aide", "personne n'a pu m'aider"): the
        // seller's service; a product that "ne m'aide pas" stays the product's.
        r"personne (?:ne |n['’])(?:\S+\s+){0,3}?(?:m['’]|nous |me )?(?:aid(?:e|ent|é|er|era|ait)|assist\w*)|personne pour (?:m['’]|nous )?aider",
        // Nobody offering a way out ("personne ne me donne de solution"), and the buyer asking to
        // be written to ("écrivez-moi"): the seller's support and communication.
        r"personne (?:ne |n['’])(?:\S+\s+){0,4}?solutions?|écrive[sz]-(?:moi|nous)|écris-moi",
        // Fewer came than were ordered: "un seul est arrivé", "je n'en ai reçu qu'un".
        r"(?:un|une) seule? (?:\w+ )?(?:est |a été |m'est |nous est |m'a été )?(?:arrivée?|reçue?|livrée?|venue?)\b|(?:reçu|livré|arrivé|eu)e?s? (?:qu['’]|seulement |uniquement )(?:un|une)\b|(?:seulement|uniquement) (?:un|une) (?:\w+ )?(?:est |a été )?(?:arrivée?|reçue?|livrée?)\b",
        r"rembours\w*|retour\w*|renvoy\w*|échang\w*|remplac\w*|garantie|annul\w*|factur\w*|débité\w*|prélev\w*|payé deux fois|douane|frais",
        r"(?:mauvais|mauvaise|autre) (?:article|produit|modèle|taille|couleur|référence)|pas (?:celui|ce) que j'ai commandé|(?:au lieu|à la place) d(?:u|es|'une?|e \d+|e mon|e ma|e mes)\b",
        // "au lieu de les trancher" is about what the product does; another item takes an
        // article ("au lieu du bleu") or follows receiving it.
        r"(?:reçu|reçue|envoyé|envoyée|livré|livrée|arrivé|arrivée|eu) (?:\w+ ){0,4}(?:au lieu|à la place) d(?:e|u|es|')",
        // One colour sent for another, without a verb of sending ("et grise au lieu de vert
        // sauge"): the wrong item, the seller's mistake.
        r"(?:\b(?:et|mais|puis|plus|aussi)\s+|[,;:]\s*)(?:gris|grise|vert|verte|bleu|bleue|rouge|noir|noire|blanc|blanche|rose|beige|marron|jaune|orange|violet|violette|crème|ivoire|bordeaux|moutarde|kaki|taupe|sauge|anthracite|écru|écrue)s? (?:au lieu|à la place) d(?:e|u) (?:\w+ )?(?:gris|grise|vert|verte|bleu|bleue|rouge|noir|noire|blanc|blanche|rose|beige|marron|jaune|orange|violet|violette|crème|ivoire|bordeaux|moutarde|kaki|taupe|sauge|anthracite|écru|écrue)s?",
        r"commandé (?:\w+ ){0,4}(?:et|mais) (?:\w+ ){0,2}(?:reçu|envoyé|livré)|envoyé (?:\w+ ){0,2}(?:mauvais|mauvaise|autre)",
        // One size ordered, another received: "J'avais commandé la 65x65, j'ai reçu une 50x70".
        concat!(
            r"(?:(?:commandée?s?|achetée?s?)\b[^.!?]{0,80}?",
            size_spec!(),
            r"|",
            size_spec!(),
            r"[^.!?]{0,40}?\b(?:commandée?s?|achetée?s?))[^.!?]{0,40}?\b(?:reçue?s?|livrée?s?|envoyée?s?|arrivée?s?|eu)\b[^.!?]{0,40}?",
            size_spec!()
        ),
        r"différente? de (?:ce que|celui que|celle que) (?:j'ai|j'avais|nous avons) (?:commandé|acheté|choisi)e?|(?:article|produit|modèle|couleur|taille) (?:que je n'ai pas|qui n'est pas celui|qui n'était pas celui)",
        r"(?:non|pas) conforme\w*|description|descriptif|annonce|sur (?:la|les) photos?|(?:la|les) photos? (?:\w+ ){0,2}(?:trompeuses?|mensongères?)|ne correspond pas",
        r"périmée?s?|date (?:limite )?dépassée|pas neu(?:f|ve)|déjà (?:ouvert|déballé)e?|boîte vide|colis vide",
        // "Usagé" (used) keeps its accent, written as a class: "usage" is what the item is for.
        r"d'occasion|déjà (?:utilisé|ouvert|servi)e?s?|(?:envoyé|livré|expédié|reçu)e?s? (?:\w+ ){0,2}(?:unités|articles|produits|appareils|exemplaires) utilisée?s|usag[é]e?s?|reconditionnée?s?|contrefaçon|copie|pas (?:un )?original|arnaque\w*|escroc\w*|voleu\w*",
        r"il manque|manquante?s?|manquai\w*|incomplète?|(?:m'a|m'ont|nous a|avait|avaient|ont|a)\s+(?:\w+\s+)?promis\w*|promesses?|(?:modifier|changer|retirer|supprimer) (?:mon|ma|cet|cette|l') ?(?:avis|évaluation|note|commentaire)",
        r"(?:faites|font|fait|faisez) (?:les |le )?morts?|vous m'(?:envoyez|avez envoyé)|m'ont envoyé",
        r"sans (?:la moindre|aucune) explication|alors que j'avais commandé|au lieu des? \w+ commandée?s?",
        // "Je n'achèterai plus ici", "plus jamais chez eux": the store, not the product.
        r"(?:achèt\w*|achet\w*|command\w*) (?:\w+ ){0,3}(?:ici|chez (?:eux|lui|elle|ce vendeur|cette boutique|vous))|plus jamais (?:ici|chez (?:eux|lui|elle|vous))",
        // The store's owner or manager; a complaint never resolved for the buyer.
        r"gérante?s?|(?:le|la) (?:propriétaire|patron(?:ne)?) (?:de la boutique|du magasin|de l'entreprise|de la société|est|était|n'|ne|m'|a)|(?:ne|n')\s*(?:m'|nous\s+)?(?:a|ont|avait)\s+(?:jamais|rien|pas)\s+(?:\w+\s+)?(?:résolu|réglé|arrangé)",
    ],
    product_phrases: &[
        // Insult words that call no one names: the buyer feeling like one ("je me suis senti
        // idiot", "j'ai eu l'air d'une imbécile").
        r"(?:je me sens|je me sentais|je me suis senti|je me suis sentie|j['’]ai eu l['’]air d['’]|j['’]avais l['’]air d['’]|me fait passer pour|m['’]a fait passer pour|j['’]ai été) ?(?:un |une |comme un |comme une )?(?:(?:vrai|vraie|parfait|parfaite|belle|bel|sacré|sacrée)\s+)?(?:idiote?|crétine?|abrutie?|imbécile)\b",
        // Calling the product something ("appeler ça du chocolat", "celui qui appelle ça
        // artisanal"): naming it, not a call to the seller.
        r"appel\w* (?:ça|cela)\b",
        r"(?:paquet|boîte|emballage|étiquette|flacon|sachet|pot)(?: de \w+)? (?:annonce|annonçait|indique|indiquait|promet|promettait|affiche|affichait|dit|disait)",
        // A round trip the product made ("après un seul aller-retour"), not a return.
        r"allers?-retours?",
        r"paquets? de \d+|paquets? de (?:dosettes|capsules|piles)|(?:redevenue?|revenue?|retournée?s?) (?:à la )?normale?|retour (?:à|aux) (?:l'ancien(?:ne)?|mon ancien(?:ne)?|ma|mes|nos|nos anciens?|nos anciennes) (?:marque|produit|modèle|croquettes|crème|shampo(?:ing|oing))s?|(?:est|sont) (?:retourn|revenu)\w* (?:à|comme) (?:la normale|avant|d'habitude)",
        r"\d+ \w+ (?:annoncée?s?|promise?s?)|(?:goût|arôme|autonomie|effet|puissance) (?:\w+ )?(?:annoncée?|promise?)",
        // Less than the announced figure ("40 minutes au lieu des 6 heures annoncées", "3 jours
        // au lieu des 10 promis"): the product's claim, not another item sent in its place.
        r"(?:au lieu|à la place) d(?:es?|u) \d+(?:[.,]\d+)?(?: ?\w+)? (?:annoncée?s?|promise?s?|indiquée?s?|prévue?s?)",
        r"(?:tout|article|produit|contenu) (?:était |est )?(?:conforme|comme décrit)",
        // A loose electrical contact in the device, not contact with the seller.
        r"faux[- ]contacts?|mauvais contacts?",
        // A colour gone from what the printer prints ("il manque le magenta à l'impression"): the
        // ink running out, not a part missing from the box.
        r"manqu\w* (?:\w+ ){0,3}(?:magenta|cyan|jaune|noir|couleurs?|rouge|bleu|vert|encre) (?:\w+ ){0,2}(?:à l['’]impression|(?:sur|dans) (?:les |mes |chaque |toutes les )?(?:impressions|tirages))|(?:à l['’]impression|(?:sur|dans) (?:les |mes |chaque |toutes les )?(?:impressions|tirages)),? (?:\w+ ){0,2}manqu\w* (?:\w+ ){0,2}(?:magenta|cyan|jaune|noir|couleurs?|rouge|bleu|vert|encre)\b",
        // The contacts of a cartridge, a battery or a plug, cleaned or dirty ("même en nettoyant
        // les contacts", "les contacts de la cartouche"): the product's, not contacting the seller.
        r"(?:nettoy\w*|frott\w*|essuy\w*) (?:bien |soigneusement |aussi )?(?:les |ses |leurs )?contacts|contacts (?:de la|du|des|de l') ?(?:cartouches?|puces?|batteries?|piles?|chargeurs?|câbles?|télécommandes?|connecteurs?|imprimante|tête)|contacts (?:métalliques|dorés|sales|oxydés|tordus|propres)",
        // Calls as what a headset or a webcam is used for ("correct pour les appels en visio"),
        // not calls to or from the seller.
        r"(?:pour|pendant|en) (?:les |des |mes |nos |vos )?(?:appels|visios?|visioconférences?)(?: (?:en visio|vidéo|téléphoniques))?|appels? (?:en visio|vidéo)",
        // A figure quoted from the listing: "les 3 heures indiquées dans l'annonce".
        r"\d+ \w+ (?:\w+ )?(?:dans|sur) (?:l'annonce|la description|la fiche(?: produit)?)",
        // The buyer's own workplace as where it is used ("pour notre entrepôt", "dans mon
        // magasin", "à notre cabinet"): not Amazon's warehouse, not the seller's shop.
        r"(?:notre|nos|mon|ma|mes) (?:propres? |petite? )?(?:entrepôt|magasin|boutique|bureau|école|classe|cabinet|clinique|atelier|restaurant|salon|entreprise|société|commerce)s?",
        // Hours of calls made with a headset ("après une heure d'appels"), not calls to the seller.
        r"(?:heures?|minutes?|journées?|matinées?) (?:entières? )?d'appels|appels (?:avec|aux) (?:les |des |nos |mes )?(?:clients|collègues)",
        // A sound likened to a cardboard box ("on tape sur un carton", "ça sonne comme une boîte en
        // carton", "un son de carton"): the instrument's sound, not the parcel.
        r"(?:sonn\w*|résonn\w*) (?:\w+ )?comme (?:un |une |du |le |la |des )?(?:vieux |vieille |simple |gros |grosse |petit |petite )?(?:cartons?|boîtes? (?:en|de) carton)\b|(?:son|sons|sonorité|bruit) (?:de|du) (?:boîtes? (?:en|de) )?carton\b",
        r"(?:tap(?:e|es|ent|er|é|ait|ant)|frapp\w*|cogn\w*|jou(?:e|es|ent|er|é|ait|ant)) (?:\w+ )?(?:sur|contre|dans) (?:un |une |du |des |le |la |les )?(?:vieux |vieille |simple |gros |grosse |petit |petite )?(?:cartons?|boîtes? (?:en|de) carton)\b",
        // The product's material likened to cardboard ("le cuir est raide comme du carton", "des
        // pompes en carton", "on dirait du carton", "du carton-pâte"): what the product is made
        // of, not the parcel ("arrivé dans un carton", "la boîte en carton était ouverte" stay
        // the parcel's).
        r"comme du carton\b|(?:raides?|rigides?|durs?|dures?|épais|épaisses?|minces?|cassants?|cassantes?|rêches?|secs?|sèches?) comme (?:un|le) carton\b|(?:dirait|ressemblent? à|c['’]est|c['’]était|(?:du|de) vrai) (?:du )?carton\b|carton[- ]pâte|carton bouilli|qualité carton",
        r"(?:semelles?|pompes|godasses|grolles|chaussures?|bottes?|bottines?|baskets?|sandales?|escarpins?|mocassins?|ballerines?|talons?|tiges?|cuirs?|simili(?:-cuir)?|matières?|matériaux|matériau|tissus?|qualité|ceintures?|bracelets?|meubles?|étagères?|jouets?) (?:en|de) carton\b",
        // A neighbour's instrument, voice or signal that a device picks up or lets through ("il capte
        // la guitare du voisin de pupitre", "j'entends le piano des voisins"), and a neighbour at
        // the music stand or the desk: the product's pickup or isolation, not a parcel left next
        // door.
        r"(?:guitares?|violons?|altos?|violoncelles?|contrebasses?|basses?|pianos?|claviers?|batteries?|instruments?|trompettes?|saxo\w*|flûtes?|clarinettes?|chant|voix|musique|télé|tv|wifi|wi-fi|réseau|signal|bruits?|sons?) (?:\w+ )?(?:du|de mon|de ma|de la|des|de mes|d'un|d'une|de son|de notre) (?:\w+ )?voisin(?:e|s|es)?\b(?: de (?:pupitre|rang|banc|scène|répétition|chorale|table|bureau|classe))?|voisin(?:e|s|es)? de (?:pupitre|rang|banc|scène|répétition|chorale|table|bureau|classe)|(?:capt\w*|détect\w*|réagi\w*) (?:\w+ ){0,4}?(?:du |des |de mon |de ma |de mes |au |aux |à mon |à ma )(?:\w+ )?voisin(?:e|s|es)?\b",
        // A surface that gives back the strike ("le pad ne renvoyait aucun rebond", "renvoie à
        // peine la baguette"): the product's rebound, not sending it back.
        r"renvo\w* (?:à peine |presque |quasiment |bien |mal |plus |guère |jamais )?(?:le |la |les |aucun |pas de |peu de |de |du |un |assez de |trop peu de )?(?:rebonds?|coups?|frappes?|énergie|impacts?)\b|(?:à peine|mal|pas|plus|peu|guère) (?:\w+ )?renvo\w* (?:la |les |le )?(?:baguettes?|mailloches?|balles?)\b",
        // The buyer carrying it about ("a cassé au premier transport", "fendu après trois
        // transports"): the product's wear, not the delivery ("cassé pendant le transport" stays).
        r"(?:au|dès le|dès son|à son|après (?:le|son)) (?:tout )?(?:premier|deuxième|second|troisième|\d+e) transport\b|(?:après|au bout de) (?:\w+ )?(?:quelques|deux|trois|quatre|cinq|\d+) transports\b",
        // The item put away ("retour direct au garage", "retour au placard"): not a return to the seller.
        r"retour (?:direct |directement |immédiat |express |illico )?(?:au |à la |à l'|dans le |dans la |dans l'|en |vers le |vers la )(?:fond du |fond de la )?(?:garage|placard|grenier|cave|cabanon|abri(?: de jardin)?|remise|atelier|débarras|poubelle|déchetterie|benne|tiroir|sous-sol|armoire)\b",
        // Neighbours bothered by its noise ("les voisins se plaignent"), not a parcel left next door.
        r"(?:voisins?|voisine|voisinage) (?:\w+ ){0,2}?(?:se plai\w+|se sont plaint\w*|râl\w+|protest\w+|l'entend\w*)|(?:gên\w*|dérang\w*|réveill\w*|embêt\w*|agac\w*) (?:\w+ ){0,2}?(?:les |mes |nos |tous les |tout le |toute la )?(?:voisins?|voisine|voisinage|quartier)\b",
        // Coats or doses it took ("4 couches au lieu de 2"): what the product needs, not another item.
        r"(?:couches|passes|passages|applications|recharges|charges|cycles|lavages|doses|pastilles|fois) (?:\w+ )?(?:au lieu|à la place) d(?:e|es) (?:\d+|une?|deux|trois|quatre|cinq|six|dix)\b",
        // A taste of cardboard ("le thé goûte la poussière et le carton", "un arrière-goût de
        // carton"): the product's taste, not the parcel. A smell is left out: "le colis sentait le
        // carton mouillé" is the parcel's.
        r"(?:goût(?:e|ent|ait|aient)?|arrière-goûts?|saveurs?) (?:(?:le |la |les |l'|du |de la |des |de |d'|un |une |à la |au )\w+(?: \w+)?,? (?:et|pis|ou) )?(?:le |du |de |d'|un |au |à |à du )?(?:vieux |vieil )?carton\b",
        // A taste or scent named as the listing describes it and not there ("aucune trace de jasmin
        // comme dans la description", "le parfum de bergamote annoncé dans la description"): the
        // product's claim, like a figure quoted from the listing. A part missing "comme sur la
        // description" stays the seller's.
        r"(?:(?:aucune?|pas de|pas la moindre|pas le moindre|sans|ni|zéro|peu de) (?:traces?|notes?|pointes?|soupçons?|goûts?|arômes?|parfums?|saveurs?|odeurs?)|goûts?|arômes?|parfums?|saveurs?|odeurs?|notes?|pointes?) (?:de |d'|du |de la |à la |au )\w+ (?:\w+ )?(?:comme (?:indiqué |annoncé |promis |décrit |précisé |écrit )?(?:dans|sur|par)|(?:annoncée?s?|promise?s?|indiquée?s?|décrite?s?|vantée?s?) (?:dans|sur|par)) (?:la description|le descriptif|l'annonce|la fiche(?: produit)?|la page (?:du )?produit)",
    ],
    own_box: &[
        // A board game's or a model kit's own box is part of the product, not the parcel: said to be
        // thin or flimsy ("la boîte du jeu est en carton tellement fin"), or worn by a few games
        // ("le couvercle s'est déchiré à la deuxième partie"); and the card a puzzle's pieces are
        // cut from ("le carton est trop fin pour un 1000 pièces"). A box that came crushed stays
        // the delivery's ("la boîte du jeu est arrivée écrasée").
        r"(?:boîte|boite|carton|couvercle|coffret)s? (?:du|de ce|de mon|de notre|de la) (?:jeu|puzzle|kit|maquette|coffret)\b (?:est|sont|semble|paraît|fait) (?:\w+ ){0,3}?(?:fin|fine|fins|mince|minces|fragile|léger|légère|souple)\b",
        r"(?:boîte|boite|carton|couvercle|coffret)\b[^.!?,;]{0,50}?\b(?:(?:à|a|dès|des|après) la (?:première|deuxième|seconde|troisième|\d+e) (?:partie|ouverture|utilisation)|(?:après|au bout de) (?:une|deux|trois|quatre|quelques|\d+) (?:parties|partie|soirées?))\b",
        r"(?:(?:à|dès|après) la (?:première|deuxième|seconde|troisième|\d+e) partie|(?:après|au bout de) (?:une|deux|trois|quatre|quelques|\d+) (?:parties|partie|soirées?)),? [^.!?;]{0,40}?\b(?:boîte|boite|carton|couvercle)\b(?: [\w'’]+){0,4}",
        r"carton (?:est|semble|paraît) (?:\w+ ){0,3}?(?:fin|mince)\b[^.!?;]{0,40}?\bpièces\b",
        // The box the product is kept in, named as such ("la boîte de rangement", "le coffret en
        // carton pour les ranger"): the product's, whatever is said of it after; a parcel that came
        // crushed is told with its own words, which stay.
        r"(?:boîte|boite|coffret|caisse|bac|carton)s? (?:de rangement(?: en (?:carton|bois|plastique|tissu|métal))?|(?:en (?:carton|bois|plastique|tissu|métal) )?(?:(?:qui sert|servant) à |pour )(?:le |la |les )?ranger)\b",
        // A device's lag, in seconds or of its alerts ("les notifications arrivent en retard", "15 secondes
        // de décalage"), and the courier already gone when the app opens: the product, not the parcel.
        r"(?:(?:quand|lorsque|le temps que|avant que) (?:j'|je |on )(?:\w+ )?(?:ouvr\w*|ai ouvert|regard\w*|consult\w*|vois|voie) (?:l'|la |le |mon |ma )?(?:appli\w*|caméra|vidéo|notification|alerte|téléphone|portable)|(?:notifications?|alertes?) (?:\w+ ){0,4}?(?:en retard|trop tard|tard)|(?:(?:notifications?|alertes?) (?:\w+ ){0,4}?)?(?:\d+(?:[.,]\d+)?|quelques|plusieurs|\w+) ?(?:secondes?|sec) (?:de |en )?(?:retard|décalage))\b,? (?:et )?[^.!?]{0,30}?\b(?:le |la )?(?:livreur|livreuse|facteur|factrice|coursier|transporteur|chauffeur)s? (?:est |était |s'est |s'était |a |avait )?(?:déjà |depuis longtemps )(?:reparti\w*|parti\w*|loin|envolé\w*|disparu\w*|filé)|dos du (?:livreur|facteur|coursier|chauffeur)|(?:le |la )?(?:livreur|livreuse|facteur|factrice|coursier)s? (?:est |était )?déjà (?:reparti\w*|parti\w*|loin)\b[^.!?]{0,40}?\b(?:quand|lorsque|avant que) (?:j'|on |je )(?:\w+ )?(?:ouvr\w*|ai ouvert|regard\w*|consult\w*) (?:l'|la |le |mon |ma )?(?:appli\w*|caméra|vidéo|notification|alerte|téléphone|portable)",
        r"(?:notifications?|alertes?) (?:\w+ ){0,3}?(?:arrivent|arrivaient|arrive|arrivait|sont arrivées|s'affichent|apparaissent|tombent) (?:toujours |souvent |bien |beaucoup |trop )*(?:en retard|trop tard|tard)\b",
        r"(?:\d+(?:[.,]\d+)?|quelques|plusieurs|deux|trois|quatre|cinq|dix) ?(?:secondes?|sec|s|millisecondes?|ms) (?:de |en )?(?:retard|décalage|latence)\b|(?:retard|décalage|latence) de (?:\w+ )?(?:\d+(?:[.,]\d+)?|quelques|plusieurs|deux|trois|quatre|cinq|dix) ?(?:secondes?|sec|s|millisecondes?|ms)\b",
        // The product's own gift or presentation box praised for its looks ("le coffret est
        // superbe", "l'emballage d'origine très élégant"): a parcel's box is not elegant. One that
        // came crushed is told with its own words, which stay.
        r"(?:boîtes?|boites?|coffrets?|emballages?|étuis?|cartons?)(?: (?:cadeau|d'origine|du fabricant|de la marque|de présentation))? (?:est |était |sont |étaient |fait )?(?:très |vraiment |super |hyper |plutôt |trop |franchement )?(?:élégante?s?|magnifiques?|superbes?|jolie?s?|chics?|luxueu(?:x|se|ses)|raffinée?s?|sublimes?|ravissante?s?)\b",
    ],
    listing_vs_label: &[
        r"(?:annonce|fiche(?: produit)?|description|descriptif|page (?:du )?produit|titre)\b(?s:.){0,160}?\b(?:étiquettes?|autocollants?)\b(?:\s+\S+){0,5}?\s+(?:\d+\s?%\s?\w+|polyester|acrylique|coton|laine|mérinos|cachemire|lin|soie|viscose|élasthanne|nylon|plastique|cuir|synthétique|fabriqué en|made in)",
        r"(?:étiquettes?|autocollants?)\b(?:\s+\S+){0,5}?\s+(?:\d+\s?%\s?\w+|polyester|acrylique|coton|laine|mérinos|cachemire|lin|soie|viscose|élasthanne|nylon|plastique|cuir|synthétique|fabriqué en|made in)\b(?s:.){0,160}?\b(?:annonce|fiche(?: produit)?|description|descriptif|page (?:du )?produit)",
    ],
    door: &[
        r"sans (?:même )?(?:sonner|frapper|interphoner)(?: ni (?:sonner|frapper|appeler|prévenir))?|(?:n'a|n'ont|ne) (?:même )?(?:pas|jamais) (?:sonné|frappé)|(?:pas|jamais) (?:sonné|frappé) (?:à la porte|à l'interphone)",
        r"(?:laissée?s?|déposée?s?|abandonnée?s?|jetée?s?|balancée?s?) (?:\w+ ){0,3}(?:devant (?:la|ma|notre) porte|sur (?:le|mon|notre) (?:paillasson|palier|perron|seuil)|dans (?:l'escalier|la cage d'escalier|le hall))",
    ],
    delivery_mention: &[
        // The seller packing it badly: "sans aucune protection".
        r"sans (?:aucune |la moindre |le moindre )?(?:protection|rembourrage|calage|papier bulle|film bulle)",
        r"colis|carton|emballage|emballé\w*|enveloppe|suivi|transport|boîte aux lettres|voisins?|voisine|point relais|relais",
        r"(?:carton|boîte|colis) (?:usagée?|sale|réutilisée?)|étiquette d'un autre",
        r"sac plastique|arrivée? dans un (?:simple )?(?:sac|sachet)",
    ],
    generic: &[
        r"ok|bien|bon|bonne|super|parfait|nul|nulle|mauvais|mauvaise|horrible|déçu\w*|décevant\w*|déception|tout|rien",
        r"problème|problèmes|merci|étoiles?|note|achat|acheté|recommande|déconseille|vraiment|fuir|éviter|à|en|a|un|de|que",
        r"franchement|vraiment|totalement|complètement|honte|catastrophe|catastrophique|zéro|aucun|aucune",
        r"job|boulot|fait|sans|plus|aimé|plu|déplu|daube|camelote|moyen|moyenne|passable|inutile",
        r"changé|d'avis|avis|idée",
    ],
    product_hints: &[
        r"qualité|cassée?s?|casse|(?:fonctionne|marche) (?:plus|pas)|défectu\w*|taille\w*|trop (?:petit|grand|court|long|fin|lourd)e?s?",
        r"couleur|décolor\w*|odeur|sent|batterie|charge|écran|bruit\w*|bruyante?|fuit|fuite|goût|matière|plastique|tissu|fragile",
        r"bancale?|branlante?|notice|montage|produit|arrêté de fonctionner|lâché|déchiré|cassé au bout",
    ],
    phone_cues: &[
        r"téléphone|tél\.?|tel\.?|appel\w*|portable|numéro",
        // Where the buyer can be reached: "joignable au 06 …", "contactez-moi au …".
        r"joignable|contactez-moi|rappelez-moi",
    ],
    not_phone_cues: &[r"commande|suivi|série|modèle|facture|référence|colis"],
    names: NameStyle::Prefix {
        // Titles are lower case inside a sentence ("j'ai eu monsieur Dupont").
        titles: r"(?:M\.|Mme\.?|Mlle\.?|[Mm]adame|[Mm]onsieur|[Mm]ademoiselle)",
        not_title_before: &[
            "ma", "sa", "ta", "une", "la", "votre", "notre", "cette", "vieille", "petite",
        ],
        cues: &[
            r"nommée?|appelée?|s'appel(?:le|ait)|conseill(?:er|ère)|responsable|gérante?|employée?|interlocut(?:eur|rice)|parlé avec|signé|un certain|une certaine|une? dénommée?|déposé chez",
            // The buyer giving their own full name: "je suis Marie Dubois", "je m'appelle …".
            r"je suis|je m'appelle|mon nom est",
            r"mon (?:mari|compagnon|fils|frère|père|voisin|ami)|ma (?:femme|compagne|fille|sœur|soeur|mère|voisine|amie)",
        ],
        roles_after: &[
            r"du (?:service (?:client(?:s|èle)?|après-vente)|sav|support|vendeur|magasin)|de (?:la boutique|l'entreprise|la société)|au (?:service (?:client(?:s|èle)?|après-vente)|sav|support)",
            // The place told in a clause: "…, qui gère le service client du vendeur".
            r"qui (?:gère|gérait|dirige|s'occupe|s'occupait|travaille|travaillait|est|était) (?:du |de la |de l'|des |le |la |l'|les |au |aux |chez |pour )?(?:service (?:client(?:s|èle)?|après-vente)|sav|support|boutique|magasin|retours|réclamations|vendeur)",
        ],
        roles_before: &[],
    },
    whole_word_only: &[],
};

const IT: Table = Table {
    language: Language::It,
    spaced: true,
    common: &[
        "il",
        // Shared with Spanish and French, so an Italian comment is not outscored by them.
        "la",
        "le",
        "lo",
        "gli",
        "ai",
        // Short words only Italian writes, which a one-line comment may hold and little else:
        // "Il corriere l'ha lasciato ai vicini senza avviso."
        "senza",
        "l'ha",
        "c'è",
        "dal",
        "dai",
        "agli",
        "degli",
        "e",
        "è",
        "non",
        "per",
        "ma",
        "molto",
        "che",
        "uno",
        "del",
        "della",
        "di",
        "ho",
        "ha",
        "sono",
        "mi",
        "al",
        "alla",
        "dopo",
        "prodotto",
        "venditore",
        "arrivato",
        "arrivata",
        "niente",
        "mai",
        "questo",
        "questa",
        "anche",
        "solo",
        "più",
        "troppo",
        "già",
        "ancora",
        "perché",
        "nel",
        "nella",
        "sul",
        "dei",
        "delle",
        "era",
        "stato",
        "stata",
        "hanno",
        "un",
        "con",
        "gli",
        "nessun",
        "nessuno",
        "subito",
        "una",
        "due",
        "tre",
        "arrivati",
        "arrivate",
        "rotto",
        "rotti",
        "sempre",
        "tutto",
        "però",
        "quindi",
        "cosa",
    ],
    letters: "àèìòù",
    profane: &[
        r"cazz\w*|minchi\w*|stronz\w*|vaffanculo|fanculo|merda\w*|coglion\w*|puttan\w*|troia|porca (?:miseria|puttana|troia)",
        r"cagat\w*|incazz\w*|fottut\w*|bastard\w*",
        // Name-calling aimed at whoever made or sold it ("chi le chiama artigianali è un cretino",
        // "dei deficienti"), "idiota" only as a noun ("una scelta idiota" is silly, not an
        // insult), and being taken "per il culo". "A prova di idiota" and the buyer feeling like
        // one are set aside among the product phrases; "mi fa male il culo" is no insult.
        r"cretin[oaie]|imbecill[ei]|deficient[ei]|(?:un|una|un['’]|degli|dei|delle|gli|le|che|quel|quella|quei|quegli|branco di|massa di|manica di|banda di)\s?(?:(?:vero|vera|veri|vere|gran|grande|grandissimo|perfetto|perfetta|emerito|emerita|completo|completa|autentico|autentica|povero|povera|poveri)\s+)?idiot[aie]|per il culo|(?:a )?fare in culo",
    ],
    fulfillment: &[
        r"prime|doveva arrivare|data di consegna|consegna prevista|punto di ritiro|locker|casa sbagliata",
        // Delivered to the wrong door: "consegnato a un altro civico", "civico sbagliato".
        r"(?:civico|numero civico|portone|palazzo|condominio|scala|interno|piano) sbagliat[oa]|(?:consegnat|lasciat|recapitat|portat)[oaie] (?:\w+ ){0,2}(?:a|ad|in|presso) (?:un |uno |una |un'\s?)?altr[oaie] (?:civico|numero civico|indirizzo|casa|palazzo|portone|condominio|scala|interno|piano|via|persona|destinatario)",
        // Left in the hallway without ringing: "lasciato nell'androne senza citofonare".
        r"senza (?:citofonare|suonare|bussare)|lasciat[oa] (?:\w+ ){0,2}(?:nell'androne|in portineria|sul pianerottolo|sullo zerbino|davanti (?:alla porta|al cancello))",
        r"ritard\w*|in ritardo|ho aspettato|aspettato (?:\w+ ){0,2}(?:giorni|settimane)|in attesa|(?:giorni|settimane) di attesa",
        r"(?:mai|non (?:è )?ancora|non) (?:mi )?(?:è )?(?:arrivat|consegnat|ricevut|spedit)[oaie]",
        r"(?:consegna|spedizione) (?:\w+ ){0,2}(?:lenta|lentissima|in ritardo|pessima|tardiva|lunghissima)",
        r"(?:settimane|giorni|mese) (?:per (?:arrivare|la consegna)|di attesa)|sto ancora aspettando|ancora in attesa",
        r"(?:pacco|scatola|imballaggio|imballo|confezione|busta) (?:\w+ ){0,3}(?:danneggiat|rott|apert|schiacciat|bagnat|distrutt|ammaccat|sfondat)[oaie]",
        r"(?:pacco|ordine) (?:\w+ ){0,2}(?:pers|smarrit)[oa]",
        r"(?:mal|male) imballat[oaie]|imballaggio (?:scarso|pessimo|insufficiente|inesistente)",
        r"(?:arrivat|consegnat|ricevut)[oaie] (?:\w+ ){0,3}(?:rott|danneggiat|ammaccat|apert|crepat|schiacciat)[oaie]|(?:arrivat|consegnat)[oaie] (?:\w+ ){0,2}a pezzi",
        r"(?:rott|danneggiat)[oaie] (?:durante il|nel) (?:trasporto|viaggio)",
        r"corriere|brt|bartolini|gls|sda|poste italiane|ups|dhl|tnt|indirizzo sbagliato",
        r"(?:al|dal|ai|dai|a un|ad un|presso il|presso un) vicin[oi]|senza (?:nessun |alcun )?avviso|tracking|(?:risultava|diceva|segnava|indicava) consegnat[oa]|(?:giorni|settimane) dopo|più tardi del previsto",
        r"(?:arrivat|consegnat)[oaie] (?:\w+ ){0,2}(?:dopo (?:natale|il compleanno|la festa|le feste)|troppo tardi)",
        r"spedit[oa] (?:solo )?dopo (?:\d+|\w+) (?:giorni|settimane|mesi)|spedit[oa] (?:solo )?dopo \d+|dopo \d+ giorni dall'ordine",
        r"ci (?:sono volute|è voluto|ha messo|hanno messo) (?:\w+ ){0,2}(?:giorni|settimane|mesi)",
        // Sent only after days, said with a word of how long: "spedito dopo ben dieci giorni",
        // "inviato solo dopo quasi due settimane", "ordine evaso dopo dieci giorni".
        r"(?:spedit|inviat|evas)[oaie] (?:solo |soltanto )?dopo (?:ben |quasi |oltre |più di |circa )?(?:\d+|\w+) (?:giorni|settimane|mesi)",
    ],
    service: &[
        // A personalised item made otherwise than ordered: "inciso con un altro font", "nome
        // scritto sbagliato", "colore del filo sbagliato", "la bozza promessa non è mai arrivata".
        r"(?:font|carattere tipografico|carattere) (?:sbagliato|errato|diverso da quello)|(?:un )?altro (?:font|carattere tipografico)|(?:nome|incisione|scritta|testo|iniziali) (?:\w+ ){0,2}(?:scritt|ricamat|incis)[oa] (?:male|sbagliat[oa])|colore del filo (?:sbagliato|diverso)",
        r"(?:bozza|anteprima) (?:\w+ ){0,4}(?:mai|non) (?:\w+ ){0,2}(?:inviat|mandat|arrivat|ricevut)[oa]|(?:mai|non) (?:\w+ ){0,3}(?:inviato|mandato|ricevuto) (?:la |una |nessuna )?(?:bozza|anteprima)",
        r"(?:cambi|modific|rimuov|cancell)\w* (?:la |il )?(?:mia |mio )?(?:valutazione|recensione|voto|feedback)",
        // The listing's size chart called wrong, the seller's work: "la guida taglie è sbagliata"
        // (a size that does not fit despite the chart is the product).
        r"(?:guida|tabella) (?:alle |delle )?(?:taglie )?(?:è|era) (?:\w+ )?(?:sbagliata|errata|falsa|inesatta)",
        r"venditor[ei]|negozio|azienda|ditta|servizio clienti|assistenza",
        r"rispost\w*|rispond(?:ono|ere|erà|ermi|erci|ete)|(?:venditore|nessuno|assistenza|negozio) (?:\w+ ){0,2}rispond\w*|rispond\w* (?:ai|alle|al|alla|a) (?:\w+ )?(?:messagg\w*|mail|email|domand\w*|richiest\w*)|contatt\w*|messagg\w*|e-?mail|mail|telefonat\w*|telefonicamente|(?:al|per|via) telefono|richiamat\w*",
        r"(?:ho|abbiamo|avevo|hanno|ha|mi hanno|non mi hanno|nessuno mi ha) (?:\w+ )?(?:chiamato|chiamata|telefonato)|(?:chiamat[oaie]|chiamare) (?:\w+ ){0,2}(?:il |l')?(?:venditore|negozio|assistenza|servizio clienti|azienda)|(?:due|tre|quattro|cinque|varie|molte|diverse|tante|\d+) chiamate|chiamate (?:il|al|allo|questo) (?:numero|\d)|rispond\w* nessuno",
        r"ignorat\w*|maleducat\w*|scortes\w*|gentil\w*|comunicazione",
        // Nobody helping the buyer ("nessuno mi aiuta da una settimana", "nessuno è in grado di
        // aiutarmi"): the seller's service; a product that "non mi aiuta" stays the product's,
        // and "nessuno dei due" is no person.
        r"nessuno\s+(?:(?:mi|ci|ti|vi|ha|hanno|mai|ancora|più|è|sa|sapeva|vuole|voleva|può|poteva|riesce|riuscito|in|grado|di|ad|a|si)\s+){0,4}(?:aiut\w*|assist\w*|(?:dà|da|dato) una mano)",
        // Nobody offering a way out ("nessuno mi dà una soluzione"), and the buyer asking to be
        // called or written to ("chiamatemi", "scrivetemi", "fatevi sentire"): the seller's
        // support and communication.
        r"nessuno\s+(?:(?:mi|ci|ti|vi|ha|hanno|mai|ancora|più|è|sa|sapeva|vuole|voleva|può|poteva|riesce|riuscito|in|grado|di|a|dà|dato|dare|trova|trovato|trovare|propone|proposto|offre|offerto|una|nessuna)\s+){0,5}soluzion\w*|chiamatemi|mi chiam(?:i|ate) (?:al|a questo|appena|subito|quanto prima|per favore)|scrivetemi|scrivimi|mi scriv(?:a|ete)|scrivete (?:a|al|all'|una mail|un messaggio)|fatevi sentire|si faccia sentire",
        // Fewer came than were ordered: "solo uno è arrivato", "ne ho ricevuto solo uno", "ne è
        // arrivata una sola".
        r"(?:solo|soltanto|solamente) (?:un|uno|una|1) (?:\w+ )?(?:è |sono |mi è |ci è )?(?:arrivat|ricevut|consegnat)[oaie]|(?:arrivat|ricevut|consegnat)[oaie] (?:solo|soltanto|solamente) (?:un|uno|una|1)\b|(?:arrivat|ricevut|consegnat)[oaie] (?:un|uno|una) sol[oa]\b",
        r"rimbors\w*|reso|resi|restitu\w*|rimandat\w*|rispedit\w*|sostituzion\w*|sostituit\w*|sostituir\w*|cambio (?:merce|prodotto|articolo|taglia)|chiesto (?:il )?cambio|garanzia|dogana|annullat\w*|annullament\w*|fattura|addebit\w*|pagato due volte",
        r"(?:articolo|prodotto|modello|colore|taglia|misura) sbagliat[oa]|sbagliat[oa] (?:articolo|prodotto|modello|colore|taglia|misura)|non (?:è |sono )?quell[oaie] (?:che )?(?:ho |avevo )?(?:ordinat|comprat|acquistat|scelt)[oaie]|(?:invece|al posto) (?:del|dello|della|dei|degli|delle|di una?|di \d+)\b",
        r"(?:ricevut|arrivat|mandat|spedit|consegnat)[oaie] (?:\w+ ){0,4}(?:invece|al posto) d\w*",
        r"ordinato (?:\w+ ){0,4}(?:e|ma) (?:\w+ ){0,2}(?:ricevuto|mandato|spedito|arrivat[oa])",
        // One size ordered, another received: "Avevo ordinato il 160x200, è arrivato un 140x190".
        concat!(
            r"(?:(?:ordinat|comprat|acquistat)[oaie]\b[^.!?]{0,80}?",
            size_spec!(),
            r"|",
            size_spec!(),
            r"[^.!?]{0,40}?\b(?:ordinat|comprat|acquistat)[oaie])[^.!?]{0,40}?\b(?:ricevut|arrivat|mandat|spedit|consegnat)[oaie]\b[^.!?]{0,40}?",
            size_spec!()
        ),
        // What came named by what it is for or of: "mi è arrivato quello per il 1800".
        r"(?:ricevut|arrivat|mandat|spedit|consegnat)[oaie] quell[oaie] (?:per|del|della|dello|dei|delle|di|da|con)\b",
        // The listing set against the item's own label: "nella scheda c'era scritto 100% cotone,
        // sull'etichetta c'è 65% poliestere" (what it is made of, not how it performs).
        r"(?:scheda|annuncio|descrizione)\b[^.!?]{0,80}\b(?:sull'|nell'|l')etichetta (?:c'è|c'era|dice|diceva|riporta|riportava|indica|dichiara)",
        r"divers[oaie] da (?:quell[oaie]|ciò) (?:che )?(?:ho |avevo |abbiamo )?(?:ordinat|comprat|acquistat|scelt)[oaie]|(?:articolo|prodotto|modello|colore|pezzo) divers[oa]|non (?:era|è) (?:il|lo|la) (?:\w+ )?(?:che )?(?:ho |avevo )?(?:ordinat|comprat|scelt)[oa]",
        // The photo set against the item ("nella foto sembrava più grande", "più spento che in
        // foto", "diverso dalla foto", "non è come in foto"); the item as pictured ("blu petrolio
        // come in foto": "in foto" right after "come", the word before it read whole, as the
        // table is matched from a word's start) praises the listing and leaves the comment the
        // product's.
        r"non conforme|descrizione|descritto|annuncio|(?:^|[.,;:!?]\s*|(?:\p{L}{1,3}|\p{L}{5,}|[\p{L}--[cC]]\p{L}{3}|[cC][\p{L}--[oO]]\p{L}{2}|[cC][oO][\p{L}--[mM]]\p{L}|[cC][oO][mM][\p{L}--[eE]])\s+)(?:in|nella|nelle) foto|(?:dalla|dalle) foto|non (?:[\w']+ ){0,3}?come (?:in|nella|nelle) foto",
        r"scadut[oaie]|non (?:era |è )?nuov[oa]|già aperto|scatola vuota|pacco vuoto",
        r"(?:era|erano|è|sono|sembra|sembrano|sembrava|sembravano|chiaramente|già|stato|stata|stati|state) usat[oaie]|usat[oaie] da (?:altri|qualcuno)|(?:prodotto|articolo) usato|di seconda mano|già apert[oaie]|ricondizionat\w*",
        r"contraffatt\w*|falso|falsi|imitazione|truffa\w*|truffator\w*|ladri",
        // Used units sent, the item named in a few words: "ci hanno mandato articoli usati", "mi
        // hanno mandato una federa di cuscino usata", "unità usate".
        r"(?:mandat|spedit|inviat|consegnat)[oaie] (?:\w+ ){0,5}usat[oaie]|unità (?:già )?usate",
        // One colour sent for another ("grigia invece che verde salvia", "nera al posto della
        // bianca"): the wrong item, the seller's mistake.
        r"(?:\b(?:e|ed|ma|poi|giunta|inoltre|pure|anche)\s+|[,;:]\s*)(?:grigi[oae]|verd[ei]|blu|azzurr[oaie]|ross[oaie]|ner[oaie]|bianc[oa]|bianch[ie]|rosa|beige|marron[ei]|giall[oaie]|arancion[ei]|viola|lilla|crema|avorio|bordeaux|senape|salvia|tortora|antracite)\s+(?:invece\s+(?:che|di|del|della|dello)|al\s+posto\s+(?:del|della|dello|di))\s+(?:\w+\s+)?(?:grigi[oae]|verd[ei]|blu|azzurr[oaie]|ross[oaie]|ner[oaie]|bianc[oa]|bianch[ie]|rosa|beige|marron[ei]|giall[oaie]|arancion[ei]|viola|lilla|crema|avorio|bordeaux|senape|salvia|tortora|antracite)",
        r"mancan\w*|manca(?:va|vano)?|incomplet\w*|promess\w*|promesso|(?:modificare|cambiare|togliere|rimuovere) (?:la )?(?:recensione|valutazione|feedback)",
        r"senza (?:una|nessuna) (?:parola|spiegazione)|nessuna spiegazione",
        // "Non compro più qui", "mai più da loro": the store, not the product.
        r"(?:compr\w*|acquist\w*|ordin\w*) (?:\w+ ){0,3}(?:qui|da (?:loro|lui|lei|voi|questo venditore|questo negozio))\b|mai più (?:qui|da (?:loro|lui|lei|voi))",
        // The store's owner; a complaint never resolved for the buyer.
        r"titolare|(?:il|la) proprietari[oa] (?:del negozio|dell'azienda|della ditta|è|era|non|mi|ha)|(?:non|mai) (?:mi |ci )?(?:hanno|ha) (?:mai )?(?:risolto|sistemato)",
    ],
    product_phrases: &[
        // Insult words that call no one names: "a prova di idiota", the buyer feeling like one
        // ("mi sono sentito un cretino", "sono stata un'idiota a comprarlo").
        r"a prova di (?:idiot[ai]|cretin[oi]|scem[oi])|(?:mi sento|mi sentivo|mi sono sentit[oa]|mi son sentit[oa]|mi fa sentire|mi ha fatto sentire|sono stat[oa]|sono) (?:proprio |davvero |come )?(?:un|una|un['’])\s?(?:(?:vero|vera|gran|perfetto|perfetta|emerito|emerita|completo|completa)\s+)?(?:idiota|cretin[oa]|imbecille|deficiente)\b",
        r"(?:confezione|scatola|etichetta|flacone|bustina|barattolo)(?: di \w+)? (?:dice|diceva|indica|indicava|promette|prometteva|riporta|riportava)",
        r"confezion[ei] da \d+|pacc(?:o|hi|hetto|hetti) da \d+|tornat[oa] (?:normale|alla normalità)",
        // The time the product takes to do its job ("ci mette un'eternità ad asciugare", "ci ha
        // messo due giorni ad asciugarsi", "impiega ore a caricarsi"): the product, not a late
        // parcel ("ci ha messo due settimane ad arrivare" stays the delivery's).
        r"(?:mette|mettono|ha messo|hanno messo|metteva|impiega|impiegano|ha impiegato|hanno impiegato) (?:[\w']+ ){0,3}?(?:a|ad|per) (?:(?:asciugar|caricar|ricaricar|scaldar|riscaldar|raffreddar|avviar|collegar|sincronizzar|scongelar|tostar|macinar|gonfiar|sgonfiar|stampar)(?:e|si|lo|la)|(?:bollir|indurir|assorbir|accender|connetter|scioglier|cuocer)(?:e|si)|fare effetto|far effetto)\b",
        // A length short ("mancano 10 cm", "mi mancano ancora 5 centimetri"): the product's size,
        // not a part missing from the box ("mancano due viti").
        r"(?:mi |ci |gli |le )?manca(?:no|vano|va)? (?:circa |almeno |quasi |ancora |sempre |più di )?(?:\d+(?:[.,]\d+)? ?(?:cm|mm|centimetri|millimetri|metri?)|(?:pochi |alcuni )?(?:centimetri|millimetri))\b",
        // "Vicino al moschettone": near something, not a neighbour who took the parcel.
        r"\bvicin[oiae] (?:a|al|allo|alla|ai|agli|alle|all')\b",
        // What a device reports arriving late ("le notifiche arrivano in ritardo", "il video è in
        // ritardo"): the product lagging, not the parcel.
        r"(?:notifich\w+|avvis\w+|allarm\w+|messaggi|video|immagin\w+|audio|suono|segnal\w+|aggiornament\w+)\s+(?:\w+\s+){0,3}?(?:arriv\w+|sono|è|va|vanno)\s+(?:sempre\s+|spesso\s+)?in ritardo",
        // A loose electrical contact in the device, not contact with the seller.
        r"fals[oi] contatt[oi]|contatt[oi] (?:difettos[oi]|ballerin[oi]|lent[oi])",
        // A colour gone from what the printer prints ("manca del tutto il magenta nelle
        // stampe"): the ink running out, not a part missing from the box.
        r"manca\w* (?:\w+ ){0,3}(?:magenta|ciano|giallo|nero|colore|colori|rosso|blu|verde|inchiostro) (?:\w+ ){0,2}(?:nelle|nella|sulle|sulla|in) (?:stampe|stampa)\b|(?:nelle|sulle) stampe (?:\w+ ){0,2}manca\w* (?:\w+ ){0,2}(?:magenta|ciano|giallo|nero|colore|colori|rosso|blu|verde|inchiostro)\b",
        // The contacts of a cartridge, a battery or a plug, cleaned or dirty ("nemmeno pulendo i
        // contatti", "i contatti della cartuccia"): the product's, not contacting the seller.
        r"(?:pulit\w*|pulend\w*|pulir\w*|pulisc\w*|strofin\w*) (?:bene |anche )?(?:i |gli |suoi )?contatti|contatti (?:della|del|delle|dei|dello) (?:cartucc\w+|chip|batteri\w+|pil\w+|caricator\w+|cav\w+|telecomando|connettor\w+|stampante|testina)|contatti (?:metallici|dorati|sporchi|ossidati|piegati|puliti)",
        // "Il reso dei colori" is how a screen or printer renders colour, not a return.
        r"\bres[oa] (?:dei colori|del colore|cromatic[oa]|dei neri|dei bianchi|delle tonalità|dell'immagine|del suono|sonor[oa]|audio)",
        // Borrowing one from a neighbour is no parcel left next door.
        r"prest\w*(?: \w+){0,3} (?:dal|dai|dalla|al|ai|alla|del|della|dei|delle) vicin[oaie]",
        // A promised delivery date is the delivery's, not a promise the seller broke.
        r"(?:data|giorno|termine) (?:di consegna )?(?:promess|previst|indicat)[ao]",
        // A scent or taste not there ("il profumo di gelsomino manca del tutto", "manca
        // completamente l'aroma"): the product's, not a part missing from the box; read before
        // the promised quality below, which it may hold ("il profumo promesso manca").
        r"(?:profum[oi]|aroma|aromi|sapore|sapori|gusto|retrogusto|fragranz[ae]|odore|note) (?:(?:di|del|della|dei|delle|al|alla|ai|alle|a) [\w']+ |(?:d|all|dell)['’]\s?\w+ )?(?:(?:promess|dichiarat|pubblicizzat)[oaie] )?(?:(?:quasi|proprio|purtroppo|del tutto|completamente|totalmente|invece) )?(?:manca|mancava|mancano|mancavano)\b|(?:manca|mancava|mancano|mancavano) (?:(?:quasi|proprio|del tutto|completamente|totalmente) )?(?:(?:il|lo|la|le|ogni|qualsiasi|qualunque) |l['’]\s?)?(?:aroma|sapore|gusto|retrogusto|fragranza|odore|profumo (?:di|del|della|a|al|alla) \w+)\b",
        // A quality the product promises, told with what it smells, tastes or feels of ("il
        // profumo di gelsomino promesso", "la fragranza alla vaniglia promessa", "il promesso
        // aroma di bergamotto", "la morbidezza promessa"): the product's claim, not a promise
        // the seller broke (a refund, a replacement, a proof).
        r"(?:gusto|aroma|aromi|sapore|sapori|profum[oi]|fragranz[ae]|odore|note|retrogusto|durata|autonomia|potenza|qualità|effetto|risultato|morbidezza|freschezza|consistenza|cremosità|tenuta|resistenza|luminosità|intensità)\s+(?:\w+\s+)?(?:(?:di|del|della|dei|delle|al|alla|allo|ai|agli|alle|a)\s+\w+\s+|(?:d|all|dell)['’]\s?\w+\s+)?(?:\w+\s+)?(?:promess|dichiarat|pubblicizzat)[oaie]|(?:promess|dichiarat|pubblicizzat)[oaie]\s+(?:gusto|aroma|sapore|profumo|fragranza|odore|note|retrogusto|morbidezza|freschezza|effetto|risultato)\b|(?:dichiarat|promess)[eiao] \d+\s*\w+",
        r"(?:tutto|articolo|prodotto|contenuto) (?:era |è )?(?:conforme|come descritto)",
        // Less than the declared figure ("4 giorni invece delle 3 settimane dichiarate"): the
        // product's claim, not another item sent in its place. "Promesse" and "previste" are left
        // out: they are as often the days a delivery was to take.
        r"(?:invece|al posto) d(?:elle|ei|egli|i) \d+(?:[.,]\d+)? ?\w+ (?:dichiarat|pubblicizzat|annunciat)[eiao]",
        // A figure quoted from the listing: "le 3 ore indicate nell'annuncio".
        r"\d+ \w+ (?:\w+ )?(?:nell'annuncio|nella descrizione|nella scheda|sulla scheda)",
        // The buyer's own workplace as where it is used ("per il nostro magazzino", "nel mio
        // negozio"): not Amazon's warehouse, not the seller's shop.
        r"(?:nostr[oaie]|mi[oaei]) (?:piccol[oa] )?(?:magazzin[oi]|negozi?o?|uffici?o?|scuol[ae]|clinic[ae]|studio|laboratorio|officina|ristorante|bar|azienda|ditta|attività)\b",
        // A box of the product ("scatola da 100"), not the parcel.
        r"scatol[ae] da \d+",
        // A battery that does not last the day ("la batteria non arriva a sera", "non è arrivata
        // a fine turno"), not a parcel not arrived.
        r"(?:batteria|autonomia|carica)(?: del\w* \w+)? (?:non|nemmeno|neanche) (?:è |sono )?(?:arrivat[oa]|arriva|arrivava|dura|durava|durata) (?:nemmeno |neanche |neppure )?(?:a|al|alla|fino a|fino al|fino alla) (?:sera|metà|mezzogiorno|pranzo|cena|fine|un'ora|mezz'ora|\d+|due|tre|quattro|cinque|sei|otto|dieci)\b",
        // Hours of calls made with a headset ("dopo un'ora di telefonate"), not calls to the
        // seller.
        r"(?:ore|un'ora|ora|minuti|giornat[ae]|mattinat[ae]) (?:intere? )?di (?:chiamate|telefonate|videochiamate)|(?:durante|nelle) (?:le )?(?:chiamate|telefonate|videochiamate)",
        // A sound likened to a cardboard box ("suona come una scatola di cartone", "il suono di uno
        // scatolone", "sembra di battere su una scatola"): the instrument's sound, not the parcel.
        r"(?:suon[aoi]|suonano|suonava|suonavano|rison\w*|rumore|sembra di (?:suonare|battere|picchiare|colpire)) (?:\w+ )?(?:come |su |sopra |di |da )?(?:un |uno |una |la |lo |il |dello |della |di )?(?:vecchi[ao] |semplice )?(?:scatol\w*|cartone)\b(?: (?:di|da) (?:cartone|scarpe))?",
        r"(?:batt\w*|picchi\w*|colp\w*|tamburell\w*) (?:\w+ )?(?:su|sopra|contro) (?:un |uno |una |la |lo |il )?(?:vecchi[ao] |semplice )?(?:scatol\w*|cartone)\b(?: (?:di|da) (?:cartone|scarpe))?",
        // A neighbour's instrument, voice or signal that a device picks up or lets through ("capta
        // anche la chitarra del vicino di leggio", "sento il pianoforte dei vicini"), and a
        // neighbour at the music stand or the desk: the product's pickup or isolation, not a parcel
        // left next door.
        r"(?:chitarr[ae]|violin[oi]|viol[ae]|violoncell[oi]|bass[oi]|contrabbass[oi]|pianoforte|piano|tastier[ae]|batteri[ae]|strument[oi]|musica|voce|voci|tv|televisione|wifi|wi-fi|rete|segnale|rumor[ei]|suon[oi]) (?:\w+ )?(?:del|della|dei|delle|dello|di un|di una|di mio|di mia) (?:\w+ )?vicin[oiae]\b(?: di (?:leggio|banco|posto|fila|palco|sala|scrivania|sedia))?|vicin[oiae] di (?:leggio|banco|posto|fila|palco|sala|scrivania|sedia)|(?:capt\w*|rilev\w*|reagisc\w*) (?:\w+ ){0,3}?(?:del|della|dei|delle|dello) (?:\w+ )?vicin[oiae]\b",
        // A surface that gives back the strike ("la gomma restituisce a malapena il colpo", "non
        // restituisce il rimbalzo"): the product's rebound, not a return.
        r"restitu\w* (?:a malapena |appena |quasi |poco |bene |male |più )?(?:il |lo |la |i |gli |le |nessun |alcun |poco |un |abbastanza )?(?:colpo|colpi|rimbalzo|rimbalzi|energia|impatto|spinta)\b|(?:a malapena|appena|non|poco|male) (?:\w+ )?restitu\w* (?:la |le |il )?(?:bacchett[ae]|pallin[ae]|pall[ae])\b",
        // The firm that makes it is the maker, not the seller ("l'azienda che lo produce non ha mai
        // suonato", "la ditta che li fabbrica").
        r"(?:azienda|ditta|marca|fabbrica|società) (?:che|chi) (?:l'|lo |la |li |le )?(?:\w+ )?(?:produc\w*|prodott\w*|fabbric\w*|costruisc\w*|costrui\w*|progett\w*|realizz\w*)\b",
        // Neighbours bothered by its noise ("i vicini si lamentano"), not a parcel left next door.
        r"vicin[oiae] (?:\w+ ){0,2}?(?:si lament\w+|si sono lamentat\w+|protest\w+|brontol\w+|lo sent\w+)|(?:disturb\w*|svegli\w*|infastidi\w*|(?:dà|da|dava) fastidio a) (?:\w+ ){0,2}?(?:i |tutti i |miei |il |mio |ai |a tutti i )?(?:vicin[oiae]|vicinato|quartiere)\b",
        // Coats or doses it took ("ci sono volute 4 mani invece di 2"): what the product needs, not
        // another item sent in its place.
        r"(?:mani|passate|strati|applicazioni|ricariche|cariche|cicli|lavaggi|dosi|misurini|pastiglie|spruzzate|volte) (?:\w+ )?(?:invece|al posto) d(?:i|elle|ei|egli) (?:\d+|una?|due|tre|quattro|cinque|sei|otto|dieci)\b",
    ],
    own_box: &[
        // A board game's or a model kit's own box is part of the product, not the parcel: said to be
        // thin or flimsy ("la scatola del gioco è sottilissima"), or worn by a few games ("la
        // scatola si è scollata dopo due partite"). A box that came crushed stays the delivery's.
        r"(?:scatola|coperchio) (?:del|di questo|di quel|della|dello) (?:gioco|puzzle|kit|modellino|modello|set)\b (?:è|sembra|pare) (?:\w+ ){0,3}?(?:sottile|sottilissim[oa]|fragile|leggera|debole|di carta|scadente)\b",
        r"(?:scatola|coperchio|cartone)\b[^.!?,;]{0,50}?\b(?:dopo (?:la |le )?|alla |già alla )(?:una|due|tre|quattro|poche|qualche|\d+|prima|seconda|terza|prime) (?:partit[ae]|serat[ae])\b",
        r"(?:dopo (?:la |le )?|alla )(?:una|due|tre|quattro|poche|qualche|\d+|prima|seconda|terza|prime) (?:partit[ae]|serat[ae]),? [^.!?;]{0,40}?\b(?:scatola|coperchio)\b(?: [\w'’]+){0,4}",
        // The manual or parts that come in the product's box ("il manuale che c'è nella scatola").
        r"(?:manuale|istruzioni|libretto|viti|tasselli|bulloni|dadi|pezzi|accessori|staffe?|supporti?|cav[oi]|caricatore|batterie|chiavi?|dima) (?:che (?:c'è|c'era|ci sono|c'erano|si trova|si trovano|viene|vengono|veniva|venivano) |inclus[oaie] |fornit[oaie] |present[ei] |allegat[oaie] )?(?:dentro )?(?:nella|in) (?:scatola|confezione)\b",
        // A device's lag, in seconds or of its alerts ("le notifiche arrivano in ritardo", "10 secondi di
        // ritardo"), and the courier already gone when the app opens: the product, not the parcel.
        r"(?:(?:quando|prima che|appena|finché) (?:\w+ )?(?:apro|ho aperto|guardo|controllo|riesco ad aprire|vedo) (?:l'|la |il |lo )?(?:app|applicazione|telecamera|videocamera|video|notifica|telefono|cellulare)|(?:notifich\w+|avvisi|allarmi) (?:\w+ ){0,4}?(?:in ritardo|tardi)|(?:(?:notifich\w+|avvisi|allarmi) (?:\w+ ){0,4}?)?(?:\d+(?:[.,]\d+)?|qualche|alcuni|pochi|\w+) (?:secondi|sec) (?:di )?(?:ritardo|latenza))\b,? (?:e )?[^.!?]{0,30}?\b(?:il |lo )?(?:corriere|fattorino|postino|trasportatore|driver)(?: se n'è| se n'era| è| era)? già (?:andato|partito|sparito|via|lontano)|schiena del (?:corriere|fattorino|postino)",
        r"(?:notifich\w+|avvisi|allarmi|alert) (?:\w+ ){0,3}?(?:arrivano|arrivavano|compaiono|appaiono) (?:sempre |spesso |troppo |molto )*(?:in ritardo|tardi)\b",
        r"(?:\d+(?:[.,]\d+)?|qualche|alcuni|pochi|due|tre|quattro|cinque|dieci) (?:secondi|secondo|sec|s|millisecondi|ms) (?:di )?(?:ritardo|latenza|sfasamento)\b|(?:ritardo|latenza|sfasamento) di (?:circa |quasi |almeno |anche )?(?:\d+(?:[.,]\d+)?|qualche|alcuni|pochi|due|tre|quattro|cinque|dieci) (?:secondi|secondo|sec|s|millisecondi|ms)\b",
        // The product's own gift or presentation box praised for its looks ("la scatola è
        // elegantissima", "il cofanetto originale molto raffinato"): a parcel's box is not elegant.
        // One that came crushed is told with its own words, which stay.
        r"(?:scatol[ae]|scatolin[ae]|confezion[ei]|cofanett[oi]|astucci(?:o)?)(?: (?:regalo|originale|del produttore|della marca|di presentazione))? (?:è |era |sono |erano |sembra )?(?:molto |davvero |proprio |super |veramente |davvero molto )?(?:elegant[ei]|elegantissim[aeio]|bellissim[aeio]|bellin[aeio]|grazios[aeio]|carin[aeio]|carinissim[aeio]|raffinat[aeio]|lussuos[aeio]|di lusso|stupend[aeio]|splendid[aeio])\b",
    ],
    listing_vs_label: &[
        r"(?:scheda|annuncio|descrizione|pagina del prodotto|titolo|inserzione)\b(?s:.){0,160}?\b(?:etichett[ae]|adesiv[oi])\b(?:\s+\S+){0,5}?\s+(?:\d+\s?%\s?\w+|poliestere|acrilico|cotone|lana|merino|cashmere|lino|seta|viscosa|elastan|nylon|plastica|pelle|sintetic\w*|fabbricat[oa] in|prodott[oa] in|made in)",
        r"(?:etichett[ae]|adesiv[oi])\b(?:\s+\S+){0,5}?\s+(?:\d+\s?%\s?\w+|poliestere|acrilico|cotone|lana|merino|cashmere|lino|seta|viscosa|elastan|nylon|plastica|pelle|sintetic\w*|fabbricat[oa] in|prodott[oa] in|made in)\b(?s:.){0,160}?\b(?:scheda|annuncio|descrizione|pagina del prodotto|inserzione)",
    ],
    door: &[
        r"(?:non|mai|nemmeno|neanche|senza) (?:ha |hanno )?(?:neanche |nemmeno |mai )?(?:citofonat[oa]|suonat[oa] (?:il campanello|al citofono|alla porta)|bussat[oa]|chiamat[oa] al citofono)",
        r"(?:lasciat|abbandonat|buttat|mollat)[oaie] (?:\w+ ){0,3}(?:sullo zerbino|sul pianerottolo|nell'androne|davanti alla porta|sulle scale|per le scale)",
        // A delivery put off: "consegna rimandata tre volte", "hanno rinviato la spedizione"
        // (rimandato alone is the buyer sending the item back).
        r"(?:consegn|spedizion)[aei] (?:(?:è|sono|viene|vengono|fu|è stata|sono state|più|volte|ancora|di|nuovo|continuamente|sempre|già|due|tre|quattro|\d+) ){0,3}(?:rimandat|rinviat|posticipat|spostat|slittat)[oaie]",
        r"(?:rimand|rinvi|posticip|spost)(?:at[oaie]|ano|ava|avano|ato) (?:(?:più|volte|ancora|di|nuovo|continuamente|sempre|già|due|tre|quattro|\d+) ){0,3}(?:la |le )?(?:consegn|spedizion)[aei]",
    ],
    delivery_mention: &[
        // The seller packing it badly: "in una semplice busta, senza alcuna protezione".
        r"in (?:una |un )?(?:semplice )?(?:busta|sacchetto)(?: di plastica)?|senza (?:alcuna |nessuna |nessun )?(?:protezione|imbottitura|pluriball|riempitivo)",
        r"pacco|pacchi|scatola|imballaggio|imballo|imballat\w*|busta|vicin[oiae]|cassetta postale|punto di ritiro|locker|tracciamento|tracking",
        r"(?:arrivat|spedit|consegnat)[oaie] in (?:un|uno|una) (?:\w+ ){0,3}(?:scatol\w*|pacco|busta)|scatol\w* (?:usat|sporc|vecchi)\w*|etichetta (?:di|con il nome di) (?:un|un')\s*altr[oa]|imballat\w* (?:male|malissimo|malamente)",
    ],
    generic: &[
        r"ok|bene|buono|buona|ottimo|ottima|perfetto|tutto|niente|nulla|problema|problemi|pessimo|pessima|orribile|terribile",
        r"deluso|delusa|deludente|delusione|più|grazie|stella|stelle|acquisto|comprato|consiglio|sconsiglio|sconsigliato",
        r"so|messo|davvero|proprio|fa|va|a|in|un|una|la|le|i|da|con|veramente|assolutamente|zero",
        r"lavoro|suo|piaciuto|piaciuta|piaciuti|piace|schifezza|schifo|porcheria|ciofeca|mediocre|inutile",
        r"regolare|cambiato|cambiata|idea|ho|solo",
    ],
    product_hints: &[
        r"qualità|rott[oaie]|si è rotto|(?:non|più) funziona|smesso di funzionare|difettos\w*|taglia|piccol[oaie]|grand[ei]",
        r"colore|scolorit\w*|odore|puzza|batteria|carica|schermo|rumor\w*|perde|sapore|materiale|plastica|tessuto|fragile",
        r"traballa|dondola|istruzioni|montaggio|prodotto|cerniera|manico",
        // Ink on paper: it bleeds through, feathers, dries slowly or smudges ("spande anche su
        // carta da 100g", "fa i peli", "macchio la pagina", "sbava").
        r"spand\w*|sbav\w*|fa (?:i|dei) peli|sfrangia\w*|trapass\w*|asciug\w*|macchi(?:o|a|ano|ato|ata)\b|inchiostro|pennino",
    ],
    phone_cues: &[
        r"telefono|tel\.?|chiamat\w*|cellulare|numero",
        // Asked to be called: "chiamami al 347 …", "mi chiami al …", "raggiungibile al …".
        r"chiamami|mi chiami|richiamatemi|raggiungibile",
    ],
    not_phone_cues: &[r"ordine|tracking|spedizione|serie|seriale|modello|fattura|codice"],
    names: NameStyle::Prefix {
        // Titles are lower case inside a sentence ("ho scritto al signor Rossi").
        titles: r"(?:Sig\.(?:ra|na)?|[Ss]ignor(?:a|ina)?|Dott\.(?:ssa)?|[Dd]ottor(?:essa)?)",
        // "la Sig.ra Bianchi" is how Italian names someone; only a possessive makes it a relation.
        not_title_before: &["mia", "sua", "tua", "nostra", "vostra"],
        cues: &[
            r"chiamat[oa]|si chiama(?:va)?|di nome|operat(?:ore|rice)|responsabile|titolare|addett[oa]|parlato con|firmato|un certo|una certa|lasciat[oa] a",
            // The buyer giving their own full name: "sono Giulia Bianchi", "mi chiamo …".
            r"io sono|sono|mi chiamo|il mio nome è",
            r"mio (?:marito|compagno|figlio|fratello|padre|vicino)|mia (?:moglie|compagna|figlia|sorella|madre|vicina)",
        ],
        roles_after: &[
            r"(?:del|dal) (?:servizio (?:clienti|assistenza)|supporto|negozio|venditore|magazzino)|dell'assistenza(?: clienti)?|(?:dell'|dall')(?:azienda|ufficio)",
            // The place told in a clause: "…, che gestisce l'assistenza clienti".
            r"che (?:gestisce|segue|dirige|lavora (?:al|nel|per il|in)|si occupa (?:del|dell'|della|dei)) ?(?:il |l'|i )?(?:servizio (?:clienti|assistenza)|assistenza|supporto|negozio|resi|reclami)",
        ],
        roles_before: &[],
    },
    whole_word_only: &[],
};

/// Spanish of Spain and of Mexico: the lists carry both ("paquetería", "chafa", "pinche").
const ES: Table = Table {
    language: Language::Es,
    spaced: true,
    common: &[
        "el", "los", "las", "y", "es", "muy", "pero", "para", "producto", "vendedor", "llegó",
        "que", "lo", "se", "por", "del", "de", "al", "mis", "ya", "nada", "nunca", "sin", "más",
        "está", "esta", "este", "fue", "son", "hay", "tiene", "después", "porque", "cuando",
        "también", "solo", "sólo", "todavía", "aún", "pedido", "ni", "le", "su", "todo", "bien",
        "un", "una", "en", "la", "no", "me", "mi",
    ],
    letters: "ñ¿¡áíóú",
    profane: &[
        r"mierda\w*|joder|jodid\w*|coño|cabr[oó]n\w*|gilipollas|hostias?|puta\w*|puto\w*|cojones|carajo",
        r"hij[oa]s? de (?:puta|su madre)|pendej\w*|chingad\w*|chingar\w*|verga|pinche\w*|culer[oa]s?|mamadas?|valió madres",
        // Name-calling aimed at whoever made or sold it ("el que las llama artesanales es un
        // imbécil", "nos toman por idiotas"), "idiota" only as a noun, and "por (el) culo" ("me
        // duele el culo" is no insult). "A prueba de idiotas" and the buyer feeling like one are
        // set aside among the product phrases.
        r"imbécil(?:es)?|cretin[oa]s?|subnormal(?:es)?|(?:un|una|unos|unas|los|las|de|por|qué|par de|panda de|pandilla de|sarta de|hatajo de|bola de|manada de)\s+(?:(?:auténtico|auténtica|completo|completa|verdadero|verdadera|menudo|menuda|gran|grandísimo|grandísima|pedazo de)\s+)?idiotas?|por (?:el )?culo",
    ],
    fulfillment: &[
        r"prime|fecha de entrega|(?:una|dos|tres|\d+) semanas? después|(?:\d+|varios|cuatro|cinco) días después|punto de recogida|casa equivocada",
        // A parcel addressed to someone else: "lo enviaron a nombre de …".
        r"(?:envi|mand)\w* (?:\w+ ){0,2}a nombre de",
        // Waiting for the parcel ("tres semanas esperando", "esperando el pedido"), not ten minutes for a cream.
        r"retras\w*|demor\w*|esperé|(?:días|semanas|meses) (?:\w+ )?esperando|esperando (?:desde|hace|(?:el|mi|su|la|al|a que) (?:paquete|pedido|envío|entrega|repartidor|mensajero|reembolso|producto|llegue))|tard(?:ó|aron|a|e|ando) (?:\w+ ){0,3}(?:días|semanas|mucho|una eternidad|en llegar)",
        r"(?:nunca|no|todavía no|aún no|jamás) (?:me )?(?:ha |han )?(?:llegó|llegado|llega|llegaron|recibí|recibido|entregad\w*|enviad\w*)",
        r"(?:envío|entrega|paquetería) (?:\w+ ){0,2}(?:lent\w*|tard\w*|pésim\w*|malísim\w*|retrasad\w*|fatal)",
        r"(?:paquete|caja|embalaje|empaque|sobre) (?:\w+ ){0,3}(?:dañad|rot|abiert|aplastad|mojad|golpead|destrozad|perdid)[oa]s?",
        r"mal (?:embalad|empacad|empaquetad)[oa]s?|(?:sin|pésimo|mal) (?:embalaje|empaque)",
        r"(?:llegó|llegaron|vino|vinieron|entregaron) (?:\w+ ){0,3}(?:rot|dañad|golpead|abiert|quebrad|estrellad|aplastad)[oa]s?|(?:llegó|vino) (?:\w+ ){0,2}en pedazos",
        r"(?:rot|dañad)[oa]s? (?:en|durante) (?:el )?(?:envío|transporte|traslado)",
        r"sigo esperando|todavía espero|aún espero|(?:paquete|pedido|envío) se perdió|se perdió (?:el|mi) (?:paquete|pedido|envío)|paquete perdido|dirección equivocada|dirección incorrecta",
        // The postman too ("el cartero"; not "la cartera", a wallet).
        r"repartidor\w*|transportista|mensajer\w*|carteros?\b|paqueterías?|correos|seur|mrw|nacex|dhl|ups|fedex|estafeta|gls",
        r"(?:llegó|llegaron|llega|entregaron|vino) (?:\w+ ){0,4}?(?:tarde|más tarde)|más tarde de lo (?:previsto|esperado|indicado|prometido)|(?:días|semanas) (?:tarde|después|de retraso)",
        r"vecin[oa]s?|sin avisar|rastreo|seguimiento (?:\w+ ){0,2}entregad[oa]|(?:decía|ponía|marcaba|aparecía (?:como )?)entregad[oa]",
        r"(?:llegó|llegaron|entregaron) (?:\w+ ){0,2}(?:después de (?:navidad|reyes|el cumpleaños|la fiesta)|demasiado tarde)",
        // Sent only days after the order: "lo enviaron a los diez días", "enviado después de una
        // semana", "me lo mandaron tras diez días", "despacharon el pedido al cabo de dos semanas".
        r"(?:envi(?:aron|ó|ado|ada|ados|adas)|mand(?:aron|ó|ado|ada|ados|adas)|despach(?:aron|ó|ado|ada|ados|adas)|expedid[oa]s?) (?:(?:el|mi) (?:pedido|paquete) )?(?:a los|a las|después de|pasados|pasadas|tras|al cabo de) (?:casi |más de |unos |unas |ya )?(?:\d+|\w+) (?:días|semanas)",
    ],
    service: &[
        r"(?:cambi|modific|quit|borr|elimin)\w* (?:mi |la )?(?:calificación|reseña|opinión|valoración)",
        // The listing's size chart called wrong, the seller's work: "la tabla de tallas está mal"
        // (a size that does not fit despite the chart is the product).
        r"(?:tabla|guía|cuadro) (?:de (?:tallas|medidas) )?(?:está|estaba) (?:\w+ )?(?:mal|equivocad[ao]|errad[ao])|(?:tabla|guía) de tallas (?:es |era )?(?:errónea|incorrecta|falsa)",
        r"vendedor\w*|tienda|empresa|comercio|atención al cliente|servicio (?:al cliente|técnico|postventa)|soporte técnico|(?:me |nos )?atendi(?:ó|eron)",
        r"respuestas?|(?:vendedor|vendedora|nadie|tienda|servicio|ellos|atención)\s+(?:\w+\s+){0,2}?respond\w*|respond\w*\s+(?:a\s+)?(?:los\s+|mis\s+)?(?:mensajes|correos|preguntas|reclam\w*)|(?:no|nunca)\s+(?:me\s+)?(?:han?\s+)?respondid\w*|(?:no|nunca)\s+(?:me\s+)?respond(?:ieron|ió)|por (?:aquí|acá|este medio|ningún lado|ninguna parte) (?:no |nunca |nadie )(?:me |nos )?respond\w*|contest\w*|contact\w*|mensajes?|correos?|e-?mails?|llam(?:é|e|ar|aron|ada|adas|o)",
        // Calling the seller, not the phone the product holds ("el teléfono baila dentro del
        // soporte", "se ajusta al teléfono"), as in French.
        r"por teléfono|telefone\w*|telefónic\w*|(?:número|línea) de teléfono|teléfono (?:de (?:contacto|atención|la tienda|la empresa|del vendedor|servicio)|fijo)",
        r"ignor\w*|grosero\w*|maleducad\w*|amable\w*|comunicación",
        // Nobody helping the buyer ("nadie me ayuda", "nadie ha podido ayudarme"): the seller's
        // service; a product that "no me ayuda" stays the product's.
        r"nadie\s+(?:\w+\s+){0,3}?(?:ayud\w*|asist\w*)",
        // The buyer asking to be contacted ("contáctenme", "llámenme", "escríbanme",
        // "comuníquense conmigo") or telling of messages sent ("les escribí tres veces"): the
        // seller's communication. "Llámame" alone is as often "call me picky".
        r"contáct(?:enme|eme|ame|ennos|enos|anos)|llám(?:enme|eme|ennos|enos)|llámame (?:al|a mi|por|cuando|en cuanto|lo antes|urgente)|escríb(?:anme|ame|eme|annos|anos)|comuníque(?:n|se)(?:se)? conmigo|comunicarse conmigo|les (?:escribí|escribimos|he escrito|hemos escrito|mandé|envié|he mandado|he enviado|reclamé|avisé)\b|(?:escribí|escribimos|he escrito|hemos escrito) (?:\w+ ){0,2}veces",
        // Fewer came than were ordered: "solo llegó una", "únicamente recibí uno", "me llegó una
        // sola" (not "solo llegó a 50 grados").
        r"(?:solo|sólo|solamente|únicamente) (?:me |nos )?(?:llegó|llegaron|vino|vinieron|recibí|recibimos|mandaron|enviaron|entregaron) (?:un|una|uno)\b|(?:llegó|vino|recibí|recibimos|mandaron|enviaron|entregaron) (?:solo|sólo|solamente|únicamente) (?:un|una|uno)\b|(?:llegó|vino|recibí|recibimos) (?:un|una|uno) sol[oa]\b",
        // Ignored by the seller ("no hicieron caso"); a device that "no hace caso al mando" is the product.
        r"no (?:me |nos )?(?:hicieron|han hecho) (?:ningún |ni |el menor )?caso|no (?:me|nos|le|les) (?:hizo|ha hecho|hacen|hace) (?:ningún |ni |el menor )?caso|caso omiso",
        r"reembols\w*|devol\w*|devuelt\w*|regres(?:é|ar|arlo|arla|o)|reenví\w*|reemplaz\w*|sustitu\w*|garantía|cancel\w*|factura\w*|cobr(?:aron|ado|ó|an|ar|o)",
        r"cambio de producto|me lo cambiaron|me (?:lo|la|los|las) cambi(?:en|e|an|ara|aran)\b|cambiarlo|cambiarla|(?:hacer|pedir) (?:el |un )?cambio",
        r"(?:artículo|producto|modelo|color|talla|pieza|tamaño) (?:equivocad|incorrect|erróne)[oa]|equivocad[oa]s?|no es (?:lo|el) que (?:pedí|compré|ordené)|en (?:vez|lugar) (?:del|de la|de los|de las|de una?|de \d+)\b",
        r"(?:recibí|llegó|llegaron|mandaron|enviaron|vino|vinieron) (?:\w+ ){0,4}en (?:vez|lugar) de",
        r"(?:pedí|ordené|compré) (?:\w+ ){0,8}(?:y|pero) (?:me )?(?:mandaron|enviaron|llegó|llegaron|vino|vinieron|entregaron)",
        // One size ordered, another received: "Pedí la de 150x200, me llegó una de 135x190".
        concat!(
            r"(?:(?:pedí|ordené|compré|pedid[oa]s?|comprad[oa]s?)\b[^.!?]{0,80}?",
            size_spec!(),
            r"|",
            size_spec!(),
            r"[^.!?]{0,40}?\b(?:pedí|ordené|compré|pedid[oa]s?|comprad[oa]s?))[^.!?]{0,40}?\b(?:recibí|llegó|llegaron|mandaron|enviaron|vino|vinieron|entregaron)\b[^.!?]{0,40}?",
            size_spec!()
        ),
        // What came named by what it is for or of: "me mandaron el del 13", "llegó la de otro color".
        r"(?:mandaron|enviaron|llegó|llegaron|vino|vinieron|recibí) (?:el|la|los|las) (?:del?|para) (?:\w+ )?(?:\d+|otr[oa]s?)\b",
        r"(?:modelo|producto|artículo|color|talla|pieza|tamaño) que no (?:era|es|pedí|compré|ordené)|(?:mandaron|enviaron) (?:\w+ ){0,2}(?:otr[oa]|diferente|distint[oa]|equivocad[oa])|ya abiert[oa]s?",
        r"(?:diferente|distint[oa]) (?:al|del|a lo|de lo) que (?:pedí|compré|ordené)|(?:otro|distinto) (?:color|modelo|producto|artículo)|hablé con|le hablé|solución",
        r"no (?:es |era )?como (?:se )?(?:describe|anuncia|muestra)|descripción|anuncio|publicación|en (?:la|las) (?:fotos?|imagen|imágenes)|(?:diferente|distint[oa]) (?:a|de) (?:la|las) (?:fotos?|imagen|imágenes)",
        r"caducad[oa]s?|vencid[oa]s?|no (?:es|era) nuev[oa]|ya (?:venía|estaba|vino) abiert[oa]|caja vacía|paquete vacío|aduana",
        r"(?:ya|estaba|venía|vino|llegó|es|habían|había|han|sido) (?:lo |la )?(?:habían |había |han )?usad[oa]s?|(?:producto|artículo) usado|de segunda mano|reacondicionad\w*",
        r"falsificad\w*|imitación|pirata|estafa\w*|fraude|ladr[oó]n\w*|robo",
        r"(?:claramente|visiblemente|obviamente|evidentemente|se nota(?:ba)?) usad[oa]s?",
        // Used units sent to a business buyer: "nos mandaron unidades usadas".
        r"(?:mandaron|enviaron|mandó|envió|recibí|recibimos|llegaron|vinieron|entregaron) (?:\w+ ){0,2}usad[oa]s\b|unidades? (?:ya )?usad[oa]s?",
        // One used item sent, an article before it: "me mandaron una taza usada", "recibí un
        // cargador usado".
        // The item may be named in a few words: "me mandaron una funda de cojín usada".
        r"(?:mandaron|enviaron|mandó|envió|recibí|recibimos|llegó|vino|entregaron) (?:un|una|el|la) (?:\w+ ){1,4}usad[oa]\b",
        // One colour sent for another, without a verb of sending ("y encima gris en vez de verde
        // salvia"): the wrong item, the seller's mistake.
        r"(?:\b(?:y|e|pero|encima|además|también|luego)\s+|[,;:]\s*)(?:gris|verde|azul|roj[oa]|negr[oa]|blanc[oa]|rosa|beige|marr[oó]n|amarill[oa]|naranja|morad[oa]|lila|granate|crema|marfil|burdeos|mostaza|caqui|dorad[oa]|platead[oa]|turquesa|celeste|salvia|topo)s? en (?:vez|lugar) del? (?:color )?(?:\w+ )?(?:gris|verde|azul|roj[oa]|negr[oa]|blanc[oa]|rosa|beige|marr[oó]n|amarill[oa]|naranja|morad[oa]|lila|granate|crema|marfil|burdeos|mostaza|caqui|dorad[oa]|platead[oa]|turquesa|celeste|salvia|topo)s?",
        // A personalised item made otherwise than ordered: "grabaron con otra tipografía", "el
        // nombre mal escrito", "otro color de hilo", "no me enviaron la prueba del diseño".
        r"(?:otra|distinta|diferente|equivocada|incorrecta) (?:tipografía|fuente)|(?:tipografía|fuente) (?:distinta|diferente|equivocada|incorrecta)|(?:otro|distinto|diferente) color de hilo|(?:nombre|grabado|texto|bordado|iniciales|dedicatoria) (?:\w+ ){0,2}mal escrit[oa]s?",
        r"(?:no|nunca) (?:me |nos )?(?:enviaron|mandaron|pasaron|enseñaron|mostraron) (?:la |una |el |ningún |ninguna )?(?:boceto|prueba del? (?:diseño|grabado|bordado|impresión|personalización))|(?:prueba|boceto) (?:del? (?:diseño|grabado|bordado) )?(?:\w+ ){0,3}(?:como|que) (?:prometían|prometieron|prometió)",
        r"faltan|faltaba\w*|falta (?:una|un|el|la|los|las|pieza|piezas|parte)|incomplet[oa]s?|(?:me|nos)\s+(?:\w+\s+)?prometi\w*|prometieron|prometió\s+(?:un|una|el|la|que|enviar|devolver|reembolsar|cambiar)|promesas?|(?:cambiar|quitar|eliminar|borrar) (?:mi |la )?(?:opinión|valoración|calificación|reseña)",
        r"devuelv\w*|se qued(?:an|aron|a) con (?:el|mi|tu|nuestro) dinero",
        // "No vuelvo a comprar aquí", "nunca más con ellos": the store, not the product.
        r"(?:compr\w*|pedir|pido|pediré|pedí|orden\w*) (?:\w+ ){0,3}(?:aquí|acá|con (?:ellos|este vendedor|esta tienda|ustedes)|en esta tienda)|nunca más (?:aquí|acá|con (?:ellos|este|esta|ustedes))",
        // The store's owner; a complaint never resolved for the buyer.
        r"(?:el|la|al|del) dueñ[oa]|propietari[oa] (?:de la tienda|del negocio|es|era|no|nunca)|(?:no|nunca) (?:me |nos )?(?:lo |la )?(?:resolvi(?:ó|eron)|solucion(?:ó|aron)|arregl(?:ó|aron))",
    ],
    product_phrases: &[
        // Insult words that call no one names: "a prueba de idiotas", the buyer feeling like one
        // ("me sentí como un idiota", "fui una imbécil al comprarlo").
        r"a prueba de (?:idiotas|tontos|torpes)|(?:me siento|me sentía|me sentí|me he sentido|me hizo sentir|me hace sentir|fui|soy|he sido) (?:como )?(?:un|una) (?:(?:completo|completa|auténtico|auténtica|verdadero|verdadera)\s+)?(?:idiota|imbécil|cretin[oa])\b",
        r"(?:paquete|caja|empaque|envase|etiqueta|frasco|bolsa)(?: de \w+)? (?:dice|decía|indica|indicaba|promete|prometía|anuncia|anunciaba)",
        // What the pack says, told the other way round: "por lo que pone en el paquete", "lo que
        // indica la caja".
        r"(?:lo que|según) (?:pone|ponía|dice|decía|indica|indicaba|promete|prometía|viene) (?:en )?(?:el |la )?(?:paquete|caja|empaque|envase|etiqueta|frasco|bolsa)",
        r"paquetes? de \d+|cajas? de \d+|volvi(?:ó|eron) a la normalidad|volvi(?:ó|eron) a (?:funcionar )?normal",
        // A pack of something the buyer uses up, weighs or pours ("el mismo paquete de harina"), not
        // the parcel.
        r"paquetes? de (?:pañales|pilas|cápsulas|toallitas|bolsas|galletas|servilletas|filtros|hojas|cuchillas|recambios|velas|tornillos|sobres|café|harina|arroz|azúcar|sal|pasta|lentejas|garbanzos|semillas|pienso|arena|abono|té|folios|papel|cromos|globos|caramelos|fideos|cereales|avena|levadura|tabaco)",
        r"(?:sabor|aroma|duración|autonomía|potencia|efecto|resultado)\s+(?:\w+\s+)?(?:prometid|anunciad)[oa]s?|(?:prometid|anunciad)[oa]s? \d+\s*\w+",
        r"(?:todo|artículo|producto|contenido) (?:estaba |está |llegó )?(?:conforme|como se describe|como (?:lo )?describen)",
        // Less than the advertised figure ("4 días en lugar de las 3 semanas anunciadas"): the
        // product's claim, not another item sent in its place. "Prometidas" is left out: it is as
        // often the days a delivery was to take.
        r"en (?:vez|lugar) de (?:las|los) \d+(?:[.,]\d+)? ?\w+ (?:anunciad|publicitad)[oa]s",
        r"(?:cápsulas|bolsitas|pilas|piezas|toallitas|sobres|pastillas) del paquete",
        // How far a cord or a spray reaches ("el cable es tan corto que no llega de la mesilla a
        // la cama"), not a parcel that has not arrived.
        r"(?:cable|cordón|manguera|cuerda|correa|brazo|mango|tubo|alcance|señal|wifi|chorro)\b[^.!?]{0,40}?\bno (?:llega|llegaba|alcanza|alcanzaba)\b",
        // Not enough for what it is for ("para un piso de tres habitaciones no llega"), or not
        // managing to do it ("no llega a enfriar"): the product falling short, not the parcel.
        r"\bpara (?:un|una|el|la|mi|todo|toda|los|las) [^.!?]{0,40}?\bno (?:llega|alcanza|basta)\b|\bno (?:llega|llegaba) a \w+(?:ar|er|ir)\b",
        // A loose electrical contact in the device ("hace falso contacto"), not contact with the seller.
        r"falsos? contactos?|mal contacto",
        // A colour gone from what the printer prints ("falta el magenta en las impresiones"): the
        // ink running out, not a part missing from the box.
        r"falta\w* (?:\w+ ){0,3}(?:magenta|cian|amarillo|negro|color|colores|rojo|azul|verde|tinta) (?:\w+ ){0,3}en (?:las |la |mis |cada |todas las )?(?:impresiones|impresión|copias|hojas)\b|en (?:las |mis )?(?:impresiones|copias) (?:\w+ ){0,2}falta\w* (?:\w+ ){0,2}(?:magenta|cian|amarillo|negro|color|colores|rojo|azul|verde|tinta)\b",
        // The contacts of a cartridge, a battery or a plug, cleaned or dirty ("ni limpiando los
        // contactos", "los contactos del cartucho"): the product's, not contacting the seller.
        r"(?:limpi\w*|lij\w*|frot\w*|repas\w*) (?:bien |con cuidado |también |otra vez )?(?:los |sus |unos )?contactos|contactos (?:del?|de la|de las|de los) (?:cartuchos?|chips?|baterías?|pilas?|cargador\w*|cables?|mandos?|conector\w*|impresora|cabezal\w*)|contactos (?:metálicos|dorados|sucios|oxidados|doblados|limpios)",
        // Having to move it until it makes contact ("hay que moverlo para que haga contacto").
        r"(?:haga|hace|hacer|hacía|hiciera|hagan|hacen) (?:buen |bien )?contacto",
        // Calls made with the device ("el micro suena a lata en las llamadas"), not calls to the
        // seller.
        r"(?:en|durante|para) (?:las |mis )?llamadas|al (?:hacer|recibir) llamadas|llamadas (?:de|por) (?:voz|vídeo|video)",
        // A figure quoted from the listing: "las 3 horas que dice el anuncio".
        r"\d+ \w+ (?:que (?:dice|pone|indica|marca) (?:el anuncio|la descripción|la publicación)|(?:del|en el) anuncio|de la descripción|de la publicación)",
        // A tent ("la tienda de campaña gotea", "una tienda iglú"), not the seller's shop.
        r"tiendas? (?:de (?:campaña|acampada|camping|playa)|iglú|iglu|familiar(?:es)? de \d+)",
        // The same said by its parts or by letting water in ("la tienda se supone que es impermeable",
        // "la tienda gotea por las costuras", "las varillas de la tienda"): a shop has no seams. A
        // shop that answers, refunds or sends stays the seller's in its own words.
        r"tiendas? (?:\w+ ){0,4}?(?:(?:es|era|sea|fuera|no es|nada) )?(?:impermeables?|gote\w+|se (?:moja\w*|cala\w*|inund\w*|empap\w*)|entr(?:a|ó|aba|aría) (?:el )?agua|cala\b|hace agua)|(?:varillas|costuras|lona|doble techo|techo interior|piquetas|tensores|vientos|mosquitera|ábside|avance|suelo|cremallera|cremalleras|habitáculo) de (?:la|esta|mi|nuestra) tienda\b",
        // The buyer's own workplace as where it is used ("para nuestro almacén", "en mi tienda",
        // "nuestra oficina"): not Amazon's warehouse, not the seller's shop.
        r"(?:nuestr[oa]s?|mis?) (?:propi[oa] |pequeñ[oa] )?(?:almacén|almacenes|tiendas?|negocios?|oficinas?|colegios?|escuelas?|clínicas?|consultas?|talleres|taller|restaurantes?|bar|cafetería|empresas?|comercios?|local)\b",
        // A battery or output falling short ("la batería no llega ni a media mañana", "la
        // potencia no alcanza"), not a parcel not arrived.
        r"(?:batería|autonomía|potencia|presión|volumen|brillo)(?: de(?:l| la) \w+)? (?:ya |apenas |casi )?no (?:llega|llegaba|alcanza|alcanzaba|dura|duraba|aguanta|aguantaba)\b",
        // Hours of calls made with a headset ("después de una hora de llamadas"), not calls to
        // the seller.
        r"(?:horas?|minutos?|jornadas?|turnos?|mañanas?|tardes?) (?:enter[ao]s? |seguid[ao]s? )?de llamadas|llamadas (?:largas|seguidas|de trabajo|laborales|con (?:clientes|compañeros))",
        // A gasket, "empaque" in Mexican Spanish, not the packing: of a part that seals ("el
        // empaque de la tapa", "el empaque de la válvula"), of a material ("empaque de hule"), that
        // no longer seals ("el empaque ya no sella"), or letting steam or pressure out ("se sale el
        // vapor por el empaque"). The packing of a whole appliance ("el empaque de la licuadora
        // llegó roto") stays the parcel's.
        // The time the product takes to do its job ("la tinta tarda una eternidad en secar", "tarda
        // horas en cargarse", "se tarda mucho en hacer efecto"): the product, not a late parcel
        // ("tardó una eternidad en llegar" stays the delivery's).
        r"tard(?:a|an|ó|aron|aba|aban|e|en|ando|ará|arán) (?:\w+ ){0,4}?en (?:(?:secar|cargar|recargar|calentar|enfriar|encender|arrancar|iniciar|conectar|emparejar|sincronizar|endurecer|fraguar|curar|disolver|derretir|descongelar|cocinar|cocer|tostar|moler|absorber|inflar|desinflar|enfocar|imprimir|hervir|espumar|funcionar)(?:se|lo|la|los|las)?|hacer efecto|coger temperatura|agarrar temperatura)",
        // A length short ("me faltan unos 10 cm", "faltan 5 cm para llegar"): the product's size,
        // not a part missing from the box ("faltan dos tornillos").
        r"(?:me |le |nos |les )?falta(?:n|ban|ba|ría|rían)? (?:unos |unas |como |casi |al menos |por lo menos |todavía |aún )?(?:\d+(?:[.,]\d+)? ?(?:cm|mm|centímetros|milímetros|metros?)|(?:pocos |unos pocos )?(?:centímetros|milímetros))\b",
        r"empaques? (?:de |del |de la )?(?:hule|goma|silicón|silicona|caucho|neopreno)|empaques? (?:del?|de la|de las|de los) (?:tapas?|tapadera|tapón|válvula|llave|grifo|regadera|manguera|puerta|filtro|tanque|bomba|rosca|boquilla|conexión|cuchillas?|aspas?)|empaques? (?:\w+ ){0,2}(?:ya )?no (?:sella|sellaba|selle|cierra bien|ajusta|ajustaba)|(?:vapor|presión|aire) (?:\w+ ){0,3}(?:por|del) (?:el )?empaque",
        // A sound likened to a cardboard box ("suena como una caja de cartón", "es como golpear una
        // caja de cartón", "sonido a cartón"): the instrument's sound, not the parcel.
        r"(?:suena\w*|sonaba\w*|sonido|suene|sonar) (?:\w+ )?(?:como |a |de )?(?:una |un |la |el )?(?:vieja |simple )?(?:cajas? de (?:cartón|zapatos)|cartón)\b",
        r"(?:golpe\w*|toc(?:ar|as|a|o|ando)|aporre\w*|percut\w*|tamborile\w*|pegarle) (?:\w+ )?(?:sobre |en |contra |a )?(?:una |un |la |el )?(?:vieja |simple )?(?:cajas? de (?:cartón|zapatos)|cartón)\b",
        // A neighbour's instrument, voice or signal that a device picks up or lets through ("capta
        // también la guitarra del vecino de atril", "se oye el piano de los vecinos"), and a
        // neighbour at the music stand or the desk: the product's pickup or isolation, not a parcel
        // left next door.
        r"(?:guitarras?|violín|violines|violas?|violonchelos?|chelos?|bajos?|contrabajos?|pianos?|teclados?|baterías?|instrumentos?|música|voz|voces|tele|televisión|wifi|wi-fi|red|señal|ruidos?) (?:\w+ )?(?:del|de la|de los|de las|de mi|de mis|de un|de una|de tu) (?:\w+ )?vecin[oa]s?\b(?: de (?:atril|pupitre|banco|asiento|fila|escenario|mesa|escritorio|clase|ensayo))?|vecin[oa]s? de (?:atril|pupitre|banco|asiento|fila|escenario|mesa|escritorio|clase|ensayo)|(?:capta\w*|detecta\w*|reacciona\w*) (?:\w+ ){0,4}?(?:al |a la |a los |a las |del |de la |de los |de las |de mi |de mis )(?:\w+ )?vecin[oa]s?\b",
        // A surface that gives back the strike ("la goma apenas devuelve el golpe", "no devuelve
        // nada de rebote", "casi no devuelve la baqueta"): the product's rebound, not a return.
        r"(?:devuelv\w*|devolv(?:er|ía|ían)) (?:apenas |casi |bien |mal |muy |nada |poco |más )?(?:el |los |un |ningún |ningun |nada de |poco |mucho |algo de |suficiente )?(?:golpe|golpes|rebote|impulso|impacto|energía)\b|(?:apenas|casi no|no|nada|poco|mal) (?:me |te |le |nos )?devuelv\w* (?:la |las |el |los )?(?:baquetas?|pelotas?|bolas?|palos?|mazas?)\b",
        // The firm that makes it is the maker, not the seller ("la empresa que lo fabrica nunca ha
        // tocado uno", "la marca que hace esto").
        r"(?:empresa|compañía|marca|fábrica|firma) (?:que|quien) (?:lo |la |los |las )?(?:\w+ )?(?:fabrica\w*|fabricó|fabricaron|hace|hacen|hizo|hicieron|construye\w*|construyó|construyeron|produce\w*|produjo|produjeron|diseña\w*|diseñó|diseñaron)\b",
        // Neighbours bothered by its noise ("los vecinos se quejan", "molesta a todo el barrio"), not a
        // parcel left next door.
        r"vecin[oa]s? (?:\w+ ){0,2}?(?:se quej\w+|protest\w+|lo oyen|lo escuchan|se enteran)|(?:molest\w*|despert\w*|despiert\w*|fastidi\w*|asust\w*) (?:\w+ ){0,2}?(?:a )?(?:los |todos los |mis |toda la |al |el |a todo el |todo el )?(?:vecin[oa]s?|vecindario|barrio)\b",
        // A taste or scent named as the listing describes it and not there ("ni rastro de jazmín
        // como en la descripción", "el aroma a vainilla prometido en el anuncio"): the product's
        // claim, like a figure quoted from the listing. A part missing "como en la descripción"
        // stays the seller's.
        r"(?:(?:ni|sin|ningún|ninguna|nada de|no hay|no tiene|cero|poco|apenas) (?:rastros?|gotas?|pizcas?|toques?|notas?|sabor(?:es)?|aromas?|olor(?:es)?|perfumes?|regustos?)|sabor(?:es)?|aromas?|olor(?:es)?|perfumes?|notas?|toques?|regustos?) (?:de |a |del |de la |al |a la )\w+ (?:\w+ )?(?:como (?:(?:dice|pone|indica|promete|anuncia|describe|sale|viene) )?(?:en )?|(?:anunciad|prometid|indicad|descrit)[oa]s? (?:en|por) )(?:la descripción|el anuncio|la ficha|la publicación)",
    ],
    own_box: &[
        // A board game's or a model kit's own box is part of the product, not the parcel: said to be
        // thin or flimsy ("la caja del kit es de un cartón finísimo"), or worn by a few games ("la
        // tapa se rajó tras dos partidas"). A box that came crushed stays the delivery's ("la caja
        // del juego llegó aplastada").
        r"(?:caja|tapa)s? (?:del|de este|de mi|de la|de esta) (?:juego|kit|puzzle|rompecabezas|maqueta|set|modelo)\b (?:es|son|parece|está hecha) (?:\w+ ){0,4}?(?:fin[oa]|fin[ií]sim[oa]|delgad[oa]|delgad[ií]sim[oa]|endeble|frágil|de papel)\b",
        r"(?:caja|tapa|cartón)\b[^.!?,;]{0,50}?\b(?:(?:tras|después de|al cabo de) (?:la |las )?(?:una|dos|tres|cuatro|pocas|unas|\d+|primera|segunda|tercera) partidas?|(?:a|en) la (?:primera|segunda|tercera) (?:partida|apertura)|(?:al|en el) primer uso)\b",
        r"(?:(?:tras|después de|al cabo de) (?:la |las )?(?:una|dos|tres|cuatro|pocas|unas|\d+|primera|segunda|tercera) partidas?|(?:a|en) la (?:primera|segunda|tercera) partida),? [^.!?;]{0,40}?\b(?:caja|tapa|cartón)\b(?: [\w'’]+){0,4}",
        // The manual or parts that come in the product's box ("el manual que viene en la caja").
        r"(?:manual(?:es)?|instrucciones|folletos?|tornillos?|tacos?|tuercas?|herrajes?|piezas?|accesorios?|soportes?|llaves?|cables?|cargador(?:es)?|pilas?|plantillas?|tornillería) (?:que (?:viene|vienen|venía|venían|trae|traía|traen|va|van|incluye|incluyen) |incluid[oa]s? )(?:en la|dentro de la) caja\b",
        // The same said of the box ("la caja venía con instrucciones solo en chino", "en la caja
        // venían unas instrucciones ilegibles", "la caja del taladro no trae manual"): the product's
        // manual. A box that came broken is said in its own words ("la caja llegó rota"), which stay.
        r"(?:caja|cajita|estuche)s? (?:(?:del|de la|de los|de las) \w+ )?(?:no )?(?:venía|viene|vino|venían|vienen|trae|traía|traen|incluye|incluía|incluyen|tiene|tenía) (?:solo |sólo |únicamente )?(?:con )?(?:unas |las |un |el |los |sus |ningún |ningun |ninguna )?(?:instrucciones|manual(?:es)?|folletos?|tornillos?|tacos?|herrajes?|piezas?|accesorios?|tornillería)\b|(?:en|dentro de) la caja (?:solo |sólo )?(?:venía|viene|vino|venían|vienen|había|hay|traía|trae|estaban|están|iban|van) (?:solo |sólo |únicamente )?(?:unas |las |un |el |los )?(?:instrucciones|manual(?:es)?|folletos?)\b",
        // The box the product is kept in, named as such ("la caja de cartón en la que viene para
        // guardarlo", "la caja de almacenaje"): the product's, whatever is said of it after; a box
        // that came crushed is told with its own words ("llegó aplastada"), which stay.
        r"(?:caja|cajita|estuche)s? (?:de (?:cartón|madera|plástico|tela|lata|metal) )?(?:(?:en )?(?:la )?(?:que|donde) (?:viene|vienen|venía|venían|trae|traen|traía|incluye) )?para (?:guardar|almacenar|recoger)(?:lo|la|los|las)?\b|(?:caja|cajita)s? (?:de almacenaje|de almacenamiento|organizadoras?)\b",
        // A device's lag, in seconds or of its alerts ("las notificaciones llegan 20 segundos tarde"), and
        // the courier already gone when the app opens ("cuando abro la app ya se fue el repartidor"): the
        // product, not the parcel.
        r"(?:(?:cuando|hasta que|para cuando|en cuanto|antes de que) (?:\w+ )?(?:abro|abrí|abra|miro|miré|mire|entro|entré|consigo (?:abrir|ver)|llego a (?:abrir|ver)|veo|vi) (?:la |el |mi )?(?:app|aplicación|cámara|vídeo|notificación|aviso|alerta|móvil|imagen)|(?:notificaci\w+|avisos|alertas) (?:\w+ ){0,4}?(?:tarde|con retraso)|(?:(?:notificaci\w+|avisos|alertas) (?:\w+ ){0,4}?)?(?:\d+(?:[.,]\d+)?|unos|varios|pocos|\w+) (?:segundos?|seg) (?:de )?(?:tarde|retraso|retardo|demora))\b,? (?:y )?[^.!?]{0,30}?\b(?:ya (?:se )?(?:fue|ha ido|había ido|marchó|ha marchado|había marchado|va|iba) (?:el |la )?(?:repartidor|mensajero|transportista|cartero)\w*|(?:el |la )?(?:repartidor|mensajero|transportista|cartero)\w* ya (?:se )?(?:fue|ha ido|había ido|marchó|ha marchado|había marchado|va|iba|estaba lejos))|espalda del? (?:repartidor|mensajero|transportista|cartero)\w*",
        r"(?:notificaci\w+|avisos|alertas) (?:\w+ ){0,3}?(?:llegan|llegaban|salen|aparecen|saltan) (?:siempre |muy |demasiado |bastante )*(?:tarde|con retraso)\b",
        r"(?:\d+(?:[.,]\d+)?|unos|varios|pocos|dos|tres|cuatro|cinco|diez) (?:segundos?|seg|milisegundos?|ms) (?:de )?(?:tarde|retraso|retardo|demora|desfase)\b|(?:retraso|retardo|demora|desfase|latencia) de (?:unos |casi |hasta |más de )?(?:\d+(?:[.,]\d+)?|varios|dos|tres|cuatro|cinco|diez) (?:segundos?|seg|milisegundos?|ms)\b",
        // The product's own gift or presentation box praised for its looks ("la caja del fabricante
        // muy elegante", "el estuche es precioso"): a parcel's box is not elegant. One that came
        // crushed is told with its own words ("llegó aplastada"), which stay.
        r"(?:caja|cajita|estuche)s? (?:de (?:regalo|presentación|cartón|madera|lata|metal) |original(?:es)? )?(?:(?:del|de la) (?:fabricante|marca) )?(?:es |era |son |eran |viene |venía |está |estaba |parece )?(?:muy |super |súper |realmente |bastante |tan |de lo más )?(?:elegantes?|elegantísim[oa]s?|bonit[oa]s?|bonitísim[oa]s?|precios[oa]s?|preciosísim[oa]s?|chul[oa]s?|chulísim[oa]s?|lujos[oa]s?|de lujo|monísim[oa]s?|vistos[oa]s?|bien diseñad[oa]s?)\b",
    ],
    listing_vs_label: &[
        r"(?:anuncio|ficha|descripción|publicación|página del producto|título)\b(?s:.){0,160}?\b(?:etiquetas?|pegatinas?)\b(?:\s+\S+){0,5}?\s+(?:\d+\s?%\s?\w+|poliéster|acrílico|algodón|lana|merino|cachemira|lino|seda|viscosa|elastano|nailon|nylon|plástico|cuero|piel sintética|sintétic[oa]|hecho en|fabricado en|made in)",
        r"(?:etiquetas?|pegatinas?)\b(?:\s+\S+){0,5}?\s+(?:\d+\s?%\s?\w+|poliéster|acrílico|algodón|lana|merino|cachemira|lino|seda|viscosa|elastano|nailon|nylon|plástico|cuero|piel sintética|sintétic[oa]|hecho en|fabricado en|made in)\b(?s:.){0,160}?\b(?:anuncio|ficha|descripción|publicación|página del producto)",
    ],
    door: &[
        r"(?:sin|ni|no|nunca|jamás|nadie) (?:\w+ ){0,2}(?:llamar|llamó|llamaron|llama|tocar|tocó|tocaron|toca|picar|picó|picaron) (?:al |el |a la |en la )?(?:timbre|telefonillo|portero(?: automático)?|interfono|puerta)",
        r"(?:dej|tir|abandon|avent)\w* (?:\w+ ){0,3}(?:en|sobre|delante de|frente a) (?:el |la |mi |nuestra |nuestro )?(?:felpudo|rellano|descansillo|escalera|escaleras|portal|umbral|puerta de (?:casa|la casa|entrada))",
        // The courier leaving it without ringing, the bell left unsaid: "el repartidor lo dejó en
        // el portal sin llamar".
        r"(?:repartidor|mensajero|transportista|cartero)\w*\b[^.!?]{0,60}?\bsin (?:llamar|avisar|tocar)\b",
    ],
    delivery_mention: &[
        // The seller packing it badly: "venía en una bolsa sin ninguna protección".
        r"(?:venía|vino|llegó|llegaron|venían|enviad[oa]s?|mandad[oa]s?|metid[oa]s?|embutid[oa]s?|apretujad[oa]s?) (?:\w+ ){0,2}en (?:una |un )?(?:simple )?(?:bolsa|sobre)|sin (?:ninguna |nada de |ningún )?(?:protección|relleno|acolchado|plástico de burbujas|burbujas)",
        r"paquetes?|caja|embalaje|empaque|vecin[oa]s?|buzón|punto de recogida|locker|seguimiento|rastreo|guía",
        r"(?:caja|paquete) (?:usad[oa]|suci[oa]|reutilizad[oa])|etiqueta de otro",
        r"envuelt[oa] (?:\w+ )?en periódico|periódico|bolsa de plástico",
    ],
    generic: &[
        r"ok|bien|bueno|buena|excelente|perfecto|todo|problema|problemas|malo|mala|pésimo|pésima|horrible|terrible|malísim[oa]",
        r"decepcionad[oa]|decepción|decepcionante|gracias|estrellas?|compra|comprado|compré|recomiendo|recomendable",
        r"no|me|mi|a|en|un|una|la|con|vuelvo|volveré|comprar|nada|nunca|más|fatal|cero|totalmente|realmente|verdad",
        r"cumple|sin|más|gustó|gusta|gustado|basura|porquería|mediocre|regular|normalito|inútil",
        r"pur[oa]|total|complet[oa]|auténtic[oa]|verdader[oa]|simplemente",
        r"cambié|cambiado|opinión|idea|normal",
    ],
    product_hints: &[
        r"calidad|rot[oa]s?|se rompió|rompi\w*|(?:no|ya no) funciona|dejó de funcionar|defectuos\w*|descompu\w*|chafa",
        r"talla|pequeñ[oa]s?|grande|chic[oa]|color|destiñ\w*|olor|huele|batería|carga|pantalla|ruido\w*|gotea|sabor|sabe",
        r"material|plástico|tela|frágil|se mueve|tambalea|cojea|instrucciones|montaje|producto|cremallera|cierre|asa",
    ],
    phone_cues: &[
        r"teléfono|tel\.?|llam\w*|celular|móvil|whatsapp|número",
        // The accented imperative "llam\w*" misses: "llámenme al 612 …", "llámame al …".
        r"llám(?:enme|eme|ame|enos|anos)|localizable",
    ],
    not_phone_cues: &[r"pedido|orden|seguimiento|rastreo|serie|modelo|factura|guía|referencia"],
    names: NameStyle::Prefix {
        // "Señor" is lower case inside a sentence ("hablé con el señor Gómez").
        titles: r"(?:Sr\.|Sra\.|Srta\.|[Ss]eñor(?:a|ita)?|Don|Doña|Dra?\.|Lic\.|Ing\.)",
        // "la Sra. Gómez" is how Spanish names someone; only a possessive makes it a relation.
        not_title_before: &["mi", "su", "tu", "nuestra", "nuestro"],
        cues: &[
            r"llamad[oa]|se llama(?:ba)?|de nombre|a nombre de|agente|encargad[oa]|responsable|dueñ[oa]|gerente|emplead[oa]|hablé con|atendid[oa] por|firmado|un tal|una tal|pregunt(?:en|e|a|ad|é) por",
            // The buyer giving their own full name: "soy Lucía Fernández", "me llamo …".
            r"soy|me llamo|mi nombre es",
            r"mi (?:esposo|esposa|marido|mujer|pareja|hijo|hija|hermano|hermana|padre|madre|vecino|vecina)",
        ],
        roles_after: &[
            r"(?:de|del) (?:(?:el |la )?(?:servicio de )?atención al cliente|servicio (?:al cliente|técnico|postventa)|soporte|la tienda|el vendedor|la empresa|almacén)|del (?:vendedor|almacén)",
            // The place told in a clause: "…, que lleva la atención al cliente".
            r"que (?:lleva|gestiona|atiende|dirige|trabaja en|se encarga de) (?:el |la |los |las )?(?:servicio (?:de atención )?(?:al cliente|técnico|postventa)|atención al cliente|soporte|tienda|devoluciones|reclamaciones)",
        ],
        // The seller's staff by their job, then a full name: "la vendedora, Mariana López
        // Herrera", "el encargado Luis Ortega Ruiz", "la chica de atención al cliente, Ana Gil Soto".
        roles_before: &[
            r"(?:el|la|una?|del|al|a la|de la) (?:vendedor|vendedora|dependient[ea]|encargad[oa]|teleoperador(?:a)?|operador(?:a)?|asesor(?:a)?|agente|técnic[oa]|repartidor(?:a)?|gerente|dueñ[oa]|emplead[oa]|trabajador(?:a)?|responsable|chic[oa]|señor(?:a|ita)?|persona)(?: (?:de|del) (?:la )?(?:tienda|atención al cliente|servicio (?:al cliente|técnico|postventa)|soporte|empresa|almacén))?",
        ],
    },
    whole_word_only: &[],
};
