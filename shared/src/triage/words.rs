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
    },
    /// An honorific after the name (田中様, リーさん).
    Suffix {
        honorifics: &'static str,
        /// A name ending in one of these characters is a role or a relation (お客様, 店長さん).
        role_endings: &'static str,
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
    "het", "een", "niet", "zeer", "maar", "met", "voor", "ik", "verkoper", "nooit", "werkt",
    "nie", "się", "jest", "że", "bardzo", "ale", "jak", "działa", "och", "inte", "jag", "det",
    "att", "mycket", "não", "muito", "você", "produto", "chegou", "ele",
];
/// Letters of languages no table covers.
pub(super) const OTHER_LETTERS: &str = "ąęłńśźżćåøãõ";

/// Number words that may follow a not-a-phone cue ("order no.", "Bestellnummer", "n° de").
pub(super) const NUMBER_WORDS: &str =
    r"no\.?|nr\.?|n°|n\.?º|number|nummer|numéro|numero|número|番号";

pub(super) static TABLES: &[Table] = &[EN, DE, JA, FR, IT, ES];

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
    ],
    fulfillment: &[
        r"late|(?:arrived|came|delivered|shipped) (?:a )?(?:\w+ )?(?:days?|weeks?) (?:late|after)",
        r"delay(?:ed|s)?|slow (?:shipping|delivery|shipment)",
        r"(?:shipping|delivery|shipment) (?:was |is )?(?:very |so |extremely )?(?:slow|late|terrible|awful|horrible|bad)",
        r"took (?:\w+ ){0,3}(?:days|weeks|forever|ages) to (?:arrive|ship|come|get here|be delivered)",
        r"never (?:arrived|came|showed up|got delivered|was delivered|delivered|received it)",
        r"(?:didn't|did not|hasn't|has not|have not|haven't|still not|not yet) (?:arrive|arrived|come|been delivered|been shipped|shipped|received it|show up|shown up)",
        r"(?:never|not|didn't|did not|haven't|have not) (?:received|receive|got) (?:it|them|my (?:order|package|parcel|item)|the (?:item|package|parcel))",
        r"wait(?:ed|ing)|took (?:forever|ages|weeks|so long)|supposed to (?:arrive|be delivered|come|be here)",
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
    ],
    service: &[
        r"sellers?|vendors?|merchants?|(?:this|the|that|their|online) (?:store|shop|company|business)|(?:store|shop) owner",
        r"customer (?:service|support|care|experience)|(?:tech|technical|seller|their|no) support|support (?:team|staff|agent|department|ticket)",
        r"(?:the|their|poor|bad|terrible|awful|horrible|great|good|excellent|fast|quick|no) service|service (?:was|is|team|department)",
        r"(?:buy|bought|order|ordered|ordering|purchase|purchased) (?:\w+ )?from (?:this|them|him|her|these|here|that)",
        r"respon(?:d|ded|ds|se|ses|sive)|unresponsive|repl(?:y|ied|ies|ying)|no answer|answer(?:s|ed|ing)?",
        r"contacted|contacting|(?:no|any) contact|contact (?:the|them|him|her|seller|support|customer|you|us|me)|messag(?:e|ed|es|ing)|e-?mail(?:ed|s|ing)?|reach(?:ed)? out|(?:get|got|getting) back to me|hear(?:d)? back",
        r"(?:call|called|calling|phoned|rang) (?:them|me|back|the|him|her|again|twice|several|many)|nobody (?:called|answered|replied)",
        r"ignor(?:e|ed|es|ing)|rude|unhelpful|unprofessional|communicat\w*",
        r"refund\w*|return(?:s|ed|ing)?|send (?:it |them )?back|sent (?:it |them )?back|(?:take|took|taking) (?:it |them )?back|exchang(?:e|ed|es)",
        // "replacement" alone is often part of a product name ("replacement carafe").
        r"(?:promised|sent|send|get|got|asked for|requested|offered|wanted|needed|received|for) (?:me )?(?:a |another |the )?replacement",
        r"no replacement|replacement (?:never|was|is|that|which|came|arrived|request)|replac(?:e|ed|ing) (?:it|them|mine)",
        r"warrant(?:y|ies)|guarantee|money back|cancel(?:l?ed|s|lation)?|invoice|receipt",
        r"charged (?:me|twice|double|extra|again|for)|double charged|overcharg\w*|billed|billing|payment|(?:hidden|extra) fees|customs|import (?:fees|charges|duty)",
        r"(?:sent|shipped|received|got|gave) (?:me )?(?:a |an |the )?(?:wrong|used|different|old|refurbished|second-?hand)",
        r"different (?:item|product|model|brand|colou?r|size|version) (?:than|from|to)|than (?:listed|advertised|pictured|described|shown)|(?:came|arrived|sent) in (?:a |the )?(?:different|wrong)",
        r"wrong (?:item|product|model|order|one|size|colou?r|version|part|parts|thing)|(?:got|received|sent) (?:\w+ ){0,4}instead of",
        r"not what i ordered|not the (?:one|item|product|model|size|colou?r) i ordered",
        r"not as (?:described|pictured|advertised|shown)|(?:description|listing|pictures?|photos?|images?|title|ad) (?:is |are |was |were )?(?:misleading|wrong|inaccurate|false|incorrect)|misleading|false advertising",
        r"(?:match|matches|matched|like|look like|looks like|same as|different from|differs from|unlike) the (?:pictures?|photos?|images?|description|listing|ad)",
        r"in the (?:pictures?|photos?|images?|listing|description|ad)|as (?:pictured|shown|advertised)",
        r"(?:was|been|is|clearly|obviously|already|previously) used|used (?:item|product|one|unit)|previously opened|second-?hand|refurbished",
        r"(?:already|been|was|were) opened|seal (?:was |were )?(?:broken|opened|missing)|tamper\w*|(?:not|wasn't|isn't|was not|is not) new",
        r"expired|out of date|past (?:the |its )?(?:expiry|expiration|best before)|empty (?:box|package|parcel)",
        r"(?:is|was|are|were|a|an|it's|obviously|clearly|totally|complete|total|100%|cheap) fakes?|fake (?:product|item|one|brand|copy|version|goods)|counterfeit|knock-?off|not (?:genuine|original|authentic)",
        r"scam\w*|rip-?off|ripped (?:me )?off|fraud\w*|thie(?:f|ves)|stole",
        r"missing|incomplete|only (?:got|received) (?:one|1|two|2|half)|(?:didn't|did not) come with|came without",
        r"promis(?:e|ed|es) (?:a|me|to)|(?:they|he|she) promised",
        r"(?:change|remove|delete|update) (?:my|the|this) (?:rating|feedback|review)",
    ],
    delivery_mention: &[
        r"packages?|parcels?|packaging|packed|envelope|tracking|transit|depot|warehouse|doorstep|porch|mailbox|post office|neighbou?rs?",
    ],
    generic: &[
        r"ok|okay|fine|good|great|nice|perfect|excellent|awesome|alright|right|everything|anything|nothing",
        r"problems?|issues?|thanks?|star|stars|rating|rate|guess|think|happy|unhappy|satisfied|dissatisfied|pleased",
        r"terrible|horrible|awful|bad|worst|poor|disappointed|disappointing|disappointment|meh|avoid|ever|again",
        r"buy|bought|purchase|purchased|experience|overall|expected|recommend|wouldn't|do|not|give|zero|two|three",
        r"a|an|in|me|if|should|i'd|i've|that's|as|am|or|we|our|us|total|totally|absolutely|completely|pretty|quite",
    ],
    product_hints: &[
        r"quality|broke|broken|breaks?|stopped working|quit working|snapped|wobbl\w*|defect\w*|faulty|cheap(?:ly)?|flimsy",
        r"(?:doesn't|does not|didn't|did not|won't|wont|don't|do not) (?:\w+ )?(?:work|fit|charge|turn on|hold|stay|stick|last)",
        r"material|fabric|plastic|too (?:small|big|large|tight|loose|short|long|thin|heavy|weak|dim|bright)|runs? (?:small|large|big)",
        r"size|fits?|colou?rs?|faded|smell\w*|stinks?|stench|odou?r|batter(?:y|ies)|charg(?:e|er|ing)|screen|sound|nois\w*|loud|leak\w*",
        r"tastes?|tasted|design|uncomfortable|instructions|assembl\w*|durab\w*|junk|garbage|useless|waste of money",
        r"poorly made|badly made|fell apart|falls apart|peel\w*|rust\w*|crack(?:ed|s)?|scratch\w*|squeak\w*|stiff|zipper|strap|lid|handle",
    ],
    phone_cues: &[r"phone|call|tel\b|tel\.|telephone|mobile|cell|whatsapp"],
    not_phone_cues: &[r"serial|model|order|tracking|sku|asin|invoice|ref(?:erence)?|ean|upc|isbn|imei|part"],
    names: NameStyle::Prefix {
        titles: r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?",
        not_title_before: &[],
        cues: &[
            r"named|called|rep|representative|agent|manager|owner|employee|contact person|spoke (?:to|with)|talked to|signed",
        ],
    },
    whole_word_only: &[],
};

const DE: Table = Table {
    language: Language::De,
    spaced: true,
    common: &[
        "der", "die", "das", "und", "nicht", "ist", "ich", "mit", "für", "war", "sehr", "aber",
        "auch", "ein", "eine", "einen", "zu", "nach", "kein", "keine", "hat", "habe", "wurde",
        "wie", "noch", "nur", "schon", "den", "dem", "des", "es", "auf", "bei", "vom", "zum",
        "kam", "leider", "artikel", "verkäufer", "wir", "sind", "mir", "mich", "geliefert", "ware",
        "nie", "sich", "man", "einem", "einer", "nichts", "dass", "sie", "er",
    ],
    letters: "äöüß",
    profane: &[
        r"schei(?:ß|ss)\w*|arsch\w*|wichser\w*|(?:ver)?fick\w*|drecks\w+|hurensohn\w*",
        r"kack\w*|verdammt\w*|fotze\w*|miststück\w*|pisse?",
    ],
    fulfillment: &[
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
    ],
    service: &[
        r"verkäufer\w*|händler\w*|shop|firma|kundenservice|kundendienst|support|service|(?:bei|von) (?:diesem|dem) (?:anbieter|laden)",
        r"antwort\w*|geantwortet|rückmeldung|ruft|rufe|rufen|(?:geht|ging) (?:\w+ ){0,2}ran|erreicht|erreichen|reagiert\w*|keine reaktion|kontakt\w*|e-?mails?|nachricht\w*|gemeldet|nachfrage|erreichbar|angerufen|anruf\w*",
        r"erstattung|erstattet|rückerstattung|geld zurück|rücksendung|retoure\w*|zurückgeschickt|zurückgesendet|rückgabe|umtausch\w*|umgetauscht|ersatz|ersatzlieferung|ersatzgerät|garantie|gewährleistung|reklamation|reklamiert",
        r"falsche[nrs]? (?:artikel|produkt|ware|modell|teil|größe|farbe)|(?:geliefert|geschickt|bekommen|erhalten) (?:\w+ ){0,3}falsch\w*",
        r"(?:geliefert|geschickt|bekommen|erhalten|kam) (?:\w+ ){0,4}(?:statt|anstatt|anstelle)|(?:statt|anstatt|anstelle) (?:de[sr]|dem|den) (?:bestellten|gewünschten)",
        r"abgelaufen\w*|mhd|nicht (?:mehr )?neu|(?:bereits|schon) (?:geöffnet|benutzt|ausgepackt)|siegel|leere[rs]? (?:paket|karton|packung)|zollgebühr\w*|einfuhr\w*|gebühren",
        r"nicht wie beschrieben|artikelbeschreibung|beschreibung|beschrieben|abgebildet|abbildung|gebraucht\w*|benutzt|b-ware",
        r"storniert\w*|stornierung|rechnung|abgebucht|doppelt bezahlt|unfreundlich|ignoriert\w*|unverschämt|betrug\w*|betrüger\w*|fälschung|gefälscht",
        r"fehl(?:t|en|ten|te|end\w*)|unvollständig|versprochen|bewertung (?:ändern|löschen|entfernen)",
    ],
    delivery_mention: &[
        r"paket\w*|päckchen|karton|verpackung|verpackt|sendung|zustellung|transport\w*|nachbar\w*|packstation|postfiliale|briefkasten",
    ],
    generic: &[
        r"alles|ok|okay|gut|super|toll|prima|perfekt|schlecht|schlimm|furchtbar|schrecklich|enttäuscht|enttäuschend|enttäuschung",
        r"eigentlich|naja|wieder|empfehlenswert|empfehlen|zufrieden|unzufrieden|stern|sterne|bewertung|danke|kauf|gekauft",
        r"problem|probleme|einfach|ganz|so|mehr|nie|wieder|nimmer|absolut|total|völlig|mal|in|am|im",
    ],
    product_hints: &[
        r"qualität\w*|kaputt|defekt\w*|(?:funktioniert|geht|lädt|passt|hält|hielt|schließt) (?:\w+ )?nicht|funktion\w*",
        r"material\w*|plastik\w*|kunststoff\w*|stoff|größe|zu (?:klein|groß|eng|weit|kurz|lang|dünn|schwer|schwach|laut)",
        r"farbe|riecht|geruch|stinkt|akku\w*|batterie\w*|bildschirm|display|laut|geräusch\w*|undicht|leckt|tropft",
        r"geschmack|schmeckt|billig\w*|verarbeitung|verarbeitet|anleitung|montage|aufbau|zerkratzt|kratzer|naht|geist aufgegeben",
        r"gebrochen|zerbrochen|bricht|brach|abgebrochen|schrott|müll|mist|produkt\w*|rostet|rost|wackelt|wackelig|reißverschluss|griff|deckel|kabel",
    ],
    phone_cues: &[r"telefon\w*|handy|rufnummer|anrufen|angerufen|nummer"],
    not_phone_cues: &[r"bestell\w*|sendungs\w*|rechnungs\w*|seriennummer|artikelnummer|modell\w*"],
    names: NameStyle::Prefix {
        titles: r"(?:Herrn?|Frau)(?:\s+Dr\.)?",
        not_title_before: &[
            "meine", "meiner", "meinem", "seine", "seiner", "deine", "ihre", "ihrer", "unsere",
            "eine", "einer", "die", "der", "dem", "den", "jede", "jeder", "alte", "junge", "nette",
        ],
        cues: &[r"namens|ansprechpartner(?:in)?|mitarbeiter(?:in)?|inhaber(?:in)?"],
    },
    whole_word_only: &[],
};

const JA: Table = Table {
    language: Language::Ja,
    spaced: false,
    common: &[],
    letters: "",
    profane: &[r"クソ|くそ|糞|死ね|氏ね|殺す|馬鹿|バカ|アホ|カス|クズ|ボケ|ふざけんな|畜生|ちくしょう"],
    fulfillment: &[
        r"遅延|待たされ|待ちました|届かな|届いていな|届きませ|届いてませ|未着|着かな|受け取れ(?:な|ませ)",
        r"(?:配送|発送|配達|到着|お届け|荷物)(?:が|は|も)?(?:遅|予定より|大幅|かなり遅|一週間|二週間|\d+日)",
        r"梱包|段ボール|箱(?:が|は|も)?(?:潰|つぶ|破|凹|へこ|濡|ボロ)|破損した状態で|輸送中|配送中",
        r"(?:届|到着)(?:いた|した)(?:時|とき)(?:点で|から|に)?(?:は)?(?:既に|すでに)?(?:壊|破損|割)",
        r"配達員|ドライバー|ヤマト|佐川|日本郵便|郵便局|置き配|追跡",
    ],
    service: &[
        r"出品者|販売者|販売元|ショップ|店舗|ストア|お店|業者|セラー|カスタマー|サポート|サービス|店員",
        r"店長|店員|態度|接客|担当|(?:の|な|い|が)対応|対応(?:が|も|は)(?:悪|遅|最悪|ひど|酷|不誠実|な|良)|返信|返答|返事|連絡|問い合わせ|問合せ|電話|メール",
        r"返金|返品|交換(?:品|対応|してもら|してくれ|に応じ|を(?:依頼|お願い|求め|断))|保証|再送|違う商品|別の商品|間違った商品|違う(?:色|サイズ|もの|物)|別物",
        r"商品説明|説明と(?:違|異)|説明文|記載|写真と(?:違|異)|中古|使用済み|キャンセル|領収書|請求|二重に|支払|無視|詐欺|偽物|コピー品",
        r"欠品|(?:部品|数|個数|付属品)(?:が|も)?(?:不足|足り)|足りな|足りず|足りません|期限切れ|賞味期限|開封済|開封され|新品(?:では|じゃ)な|関税|空の箱|入っていな|入ってな|付属品(?:が|も)?(?:な|無|入)|約束|評価を(?:消|変|削除)",
    ],
    delivery_mention: &[r"箱|段ボール|ダンボール|梱包|輸送|郵便|宅配|置き配|ポスト|配達"],
    generic: &[
        r"特に|問題(?:は|が)?(?:ありません(?:でした)?|ない|なし|なかった)|良い|よい|良かった|普通|まあまあ|満足|不満|最悪|残念",
        r"ひどい|酷い|星\d?つ|星ひとつ|評価|ありがとう|でした|です|ました|ます|だった|ですね|かな|と思います",
        r"二度と買わない|二度と買いません|おすすめしません|オススメしません|買わない|がっかり",
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
        role_endings: "客皆神奥子員者屋長方主手殿王先父母兄姉弟妹族人家様彼",
        role_words: &[
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
        ],
    },
    whole_word_only: &["バカ", "アホ", "カス", "クズ", "ボケ"],
};

const FR: Table = Table {
    language: Language::Fr,
    spaced: true,
    common: &[
        "le", "la", "les", "et", "est", "très", "pas", "une", "avec", "pour", "je", "j'ai",
        "mais", "du", "des", "au", "aux", "ce", "c'est", "n'est", "il", "elle", "ne", "qui",
        "quel", "sur", "dans", "mon", "ma", "mes", "été", "suis", "ai", "vous", "nous", "rien",
        "jamais", "produit", "vendeur", "reçu", "après", "trop", "bien", "même", "encore", "déjà",
        "toujours", "n'a", "n'ai", "ça", "cette", "son", "sa", "ses", "mal", "fait", "plus", "de",
        "en", "un", "à", "d'un", "d'une", "qu'il", "livraison", "deux", "reçu", "arrivé",
    ],
    letters: "éèêàçâîôûëïœ",
    profane: &[
        r"merde\w*|putain\w*|connard\w*|connasse\w*|salop\w*|enculé\w*|bordel|foutu\w*|foutre",
        r"con|conne|connerie\w*|pute\w*|nique\w*|enfoiré\w*|bâtard\w*|chier|chié",
    ],
    fulfillment: &[
        r"retards?|retardée?s?|en retard|trop tard|tardive?|j'ai attendu|attendu (?:\w+ ){0,2}(?:jours|semaines)|d'attente|j'attends",
        r"(?:livr\w+|arriv\w+|reçu\w*) (?:\w+ ){0,3}(?:semaines?|jours) (?:de retard|après|plus tard)",
        r"(?:livraison|expédition|envoi) (?:\w+ ){0,2}(?:lente|longue|catastrophique|interminable|en retard)",
        r"(?:jamais|toujours pas|pas encore|pas) (?:été )?(?:reçu|arrivé|livré|expédié|envoyé)e?s?",
        r"n'(?:est|a) (?:jamais|toujours pas|pas encore|pas) (?:été )?(?:arrivé|livré|expédié|reçu)e?s?|j'attends toujours|toujours en attente",
        r"(?:colis|carton|emballage|boîte|enveloppe) (?:\w+ ){0,3}(?:abîmé|endommagé|écrasé|ouvert|déchiré|mouillé|cabossé|défoncé|éventré)e?s?",
        r"(?:colis|commande) (?:\w+ ){0,2}perdue?s?|perdue? (?:par|pendant) (?:le|la) (?:transporteur|livraison|poste)",
        r"(?:mal|pas) emballée?s?|emballage (?:insuffisant|médiocre|mauvais|inexistant)",
        r"(?:arrivée?s?|reçue?s?|livrée?s?) (?:\w+ ){0,3}(?:cassée?s?|abîmée?s?|endommagée?s?|brisée?s?|fissurée?s?|ouverte?s?|en morceaux|écrasée?s?)",
        r"(?:cassée?s?|abîmée?s?|endommagée?s?) (?:pendant|lors) (?:du |de la )?(?:transport|livraison)",
        r"livreur\w*|transporteur|colissimo|chronopost|la poste|mondial relay|dpd|ups|dhl|gls|mauvaise adresse",
    ],
    service: &[
        r"vendeu(?:r|rs|se|ses)|marchand|boutique|magasin|société|entreprise|service (?:client|après-vente)|sav",
        r"répon\w*|répond\w*|contact\w*|messages?|e-?mails?|mail|courriel\w*|appel\w*|téléphon\w*|rappel\w*",
        r"ignor\w*|impoli\w*|désagréable|malpoli|aimable|communication",
        r"rembours\w*|retour\w*|renvoy\w*|échang\w*|remplac\w*|garantie|annul\w*|factur\w*|débité\w*|prélev\w*|payé deux fois|douane|frais",
        r"(?:mauvais|mauvaise|autre) (?:article|produit|modèle|taille|couleur|référence)|pas (?:celui|ce) que j'ai commandé|au lieu d(?:e|u|es)|à la place d(?:e|u|es)",
        r"(?:non|pas) conforme\w*|description|descriptif|annonce|sur (?:la|les) photos?|(?:la|les) photos? (?:\w+ ){0,2}(?:trompeuses?|mensongères?)|ne correspond pas",
        r"périmée?s?|date (?:limite )?dépassée|pas neu(?:f|ve)|déjà (?:ouvert|déballé)e?|boîte vide|colis vide",
        r"d'occasion|déjà (?:utilisé|ouvert|servi)e?s?|usagée?s?|reconditionnée?s?|contrefaçon|copie|pas (?:un )?original|arnaque\w*|escroc\w*|voleu\w*",
        r"il manque|manquante?s?|manquai\w*|incomplète?|promis\w*|(?:modifier|changer|retirer|supprimer) (?:mon|ma|cet|cette|l') ?(?:avis|évaluation|note|commentaire)",
    ],
    delivery_mention: &[
        r"colis|carton|emballage|emballé\w*|enveloppe|suivi|transport|boîte aux lettres|voisins?|voisine|point relais|relais",
    ],
    generic: &[
        r"ok|bien|bon|bonne|super|parfait|nul|nulle|mauvais|mauvaise|horrible|déçu\w*|décevant\w*|déception|tout|rien",
        r"problème|problèmes|merci|étoiles?|note|achat|acheté|recommande|déconseille|vraiment|fuir|éviter|à|en|a|un|de|que",
        r"franchement|vraiment|totalement|complètement|honte|catastrophe|catastrophique|zéro|aucun|aucune",
    ],
    product_hints: &[
        r"qualité|cassée?s?|casse|(?:fonctionne|marche) (?:plus|pas)|défectu\w*|taille\w*|trop (?:petit|grand|court|long|fin|lourd)e?s?",
        r"couleur|décolor\w*|odeur|sent|batterie|charge|écran|bruit\w*|bruyante?|fuit|fuite|goût|matière|plastique|tissu|fragile",
        r"bancale?|branlante?|notice|montage|produit|arrêté de fonctionner|lâché|déchiré|cassé au bout",
    ],
    phone_cues: &[r"téléphone|tél\.?|tel\.?|appel\w*|portable|numéro"],
    not_phone_cues: &[r"commande|suivi|série|modèle|facture|référence|colis"],
    names: NameStyle::Prefix {
        titles: r"(?:M\.|Mme\.?|Mlle\.?|Madame|Monsieur|Mademoiselle)",
        not_title_before: &["ma", "sa", "ta", "une", "la", "votre", "notre", "cette", "vieille", "petite"],
        cues: &[r"nommée?|appelée?|conseill(?:er|ère)|responsable|gérante?|employée?|interlocut(?:eur|rice)|parlé avec|signé"],
    },
    whole_word_only: &[],
};

const IT: Table = Table {
    language: Language::It,
    spaced: true,
    common: &[
        "il", "lo", "gli", "e", "è", "non", "per", "ma", "molto", "che", "uno", "del", "della",
        "di", "ho", "ha", "sono", "mi", "al", "alla", "dopo", "prodotto", "venditore", "arrivato",
        "arrivata", "niente", "mai", "questo", "questa", "anche", "solo", "più", "troppo", "già",
        "ancora", "perché", "nel", "nella", "sul", "dei", "delle", "era", "stato", "stata",
        "hanno", "un", "con", "gli", "nessun", "nessuno", "subito", "però", "quindi", "cosa",
    ],
    letters: "àèìòù",
    profane: &[
        r"cazz\w*|minchi\w*|stronz\w*|vaffanculo|fanculo|merda\w*|coglion\w*|puttan\w*|troia|porca (?:miseria|puttana|troia)",
        r"cagat\w*|incazz\w*|fottut\w*|bastard\w*",
    ],
    fulfillment: &[
        r"ritard\w*|in ritardo|ho aspettato|aspettato (?:\w+ ){0,2}(?:giorni|settimane)|in attesa|(?:giorni|settimane) di attesa",
        r"(?:mai|non (?:è )?ancora|non) (?:mi )?(?:è )?(?:arrivat|consegnat|ricevut|spedit)[oaie]",
        r"(?:consegna|spedizione) (?:\w+ ){0,2}(?:lenta|lentissima|in ritardo|pessima|tardiva|lunghissima)",
        r"(?:settimane|giorni|mese) (?:per (?:arrivare|la consegna)|di attesa)|sto ancora aspettando|ancora in attesa",
        r"(?:pacco|scatola|imballaggio|imballo|confezione|busta) (?:\w+ ){0,3}(?:danneggiat|rott|apert|schiacciat|bagnat|distrutt|ammaccat)[oaie]",
        r"(?:pacco|ordine) (?:\w+ ){0,2}(?:pers|smarrit)[oa]",
        r"(?:mal|male) imballat[oaie]|imballaggio (?:scarso|pessimo|insufficiente|inesistente)",
        r"(?:arrivat|consegnat|ricevut)[oaie] (?:\w+ ){0,3}(?:rott|danneggiat|ammaccat|apert|crepat|schiacciat)[oaie]|(?:arrivat|consegnat)[oaie] (?:\w+ ){0,2}a pezzi",
        r"(?:rott|danneggiat)[oaie] (?:durante il|nel) (?:trasporto|viaggio)",
        r"corriere|brt|bartolini|gls|sda|poste italiane|ups|dhl|tnt|indirizzo sbagliato",
    ],
    service: &[
        r"venditor[ei]|negozio|azienda|ditta|servizio clienti|assistenza",
        r"rispost\w*|rispond\w*|contatt\w*|messagg\w*|e-?mail|mail|chiamat\w*|telefon\w*|richiamat\w*",
        r"ignorat\w*|maleducat\w*|scortes\w*|gentil\w*|comunicazione",
        r"rimbors\w*|reso|resi|restitu\w*|rimandat\w*|rispedit\w*|sostituzion\w*|sostituit\w*|sostituir\w*|cambio (?:merce|prodotto|articolo|taglia)|chiesto (?:il )?cambio|garanzia|dogana|annullat\w*|annullament\w*|fattura|addebit\w*|pagato due volte",
        r"(?:articolo|prodotto|modello|colore|taglia|misura) sbagliat[oa]|sbagliat[oa] (?:articolo|prodotto|modello|colore|taglia|misura)|non (?:è )?quello (?:che )?(?:ho )?ordinato|invece d\w*|al posto d\w*",
        r"non conforme|descrizione|descritto|annuncio|(?:in|nella|nelle|dalla|dalle) foto|come (?:in|nella) foto",
        r"scadut[oaie]|non (?:era |è )?nuov[oa]|già aperto|scatola vuota|pacco vuoto",
        r"(?:era|è|sembra|chiaramente|già) usat[oa]|(?:prodotto|articolo) usato|di seconda mano|già aperto|ricondizionat\w*",
        r"contraffatt\w*|falso|falsi|imitazione|truffa\w*|truffator\w*|ladri",
        r"mancan\w*|manca(?:va|vano)?|incomplet\w*|promess\w*|promesso|(?:modificare|cambiare|togliere|rimuovere) (?:la )?(?:recensione|valutazione|feedback)",
    ],
    delivery_mention: &[
        r"pacco|pacchi|scatola|imballaggio|imballo|imballat\w*|busta|vicin[oiae]|cassetta postale|punto di ritiro|locker|tracciamento|tracking",
    ],
    generic: &[
        r"ok|bene|buono|buona|ottimo|ottima|perfetto|tutto|niente|nulla|problema|problemi|pessimo|pessima|orribile|terribile",
        r"deluso|delusa|deludente|delusione|più|grazie|stella|stelle|acquisto|comprato|consiglio|sconsiglio|sconsigliato",
        r"so|messo|davvero|proprio|fa|va|a|in|un|una|la|le|i|da|con|veramente|assolutamente|zero",
    ],
    product_hints: &[
        r"qualità|rott[oaie]|si è rotto|(?:non|più) funziona|smesso di funzionare|difettos\w*|taglia|piccol[oaie]|grand[ei]",
        r"colore|scolorit\w*|odore|puzza|batteria|carica|schermo|rumor\w*|perde|sapore|materiale|plastica|tessuto|fragile",
        r"traballa|dondola|istruzioni|montaggio|prodotto|cerniera|manico",
    ],
    phone_cues: &[r"telefono|tel\.?|chiamat\w*|cellulare|numero"],
    not_phone_cues: &[r"ordine|tracking|spedizione|serie|seriale|modello|fattura|codice"],
    names: NameStyle::Prefix {
        titles: r"(?:Sig\.(?:ra|na)?|Signor(?:a|ina)?|Dott\.(?:ssa)?|Dottor(?:essa)?)",
        // "la Sig.ra Bianchi" is how Italian names someone; only a possessive makes it a relation.
        not_title_before: &["mia", "sua", "tua", "nostra", "vostra"],
        cues: &[r"chiamat[oa]|di nome|operat(?:ore|rice)|responsabile|titolare|addett[oa]|parlato con|firmato"],
    },
    whole_word_only: &[],
};

/// Spanish of Spain and of Mexico: the lists carry both ("paquetería", "chafa", "pinche").
const ES: Table = Table {
    language: Language::Es,
    spaced: true,
    common: &[
        "el", "los", "las", "y", "es", "muy", "pero", "para", "producto", "vendedor", "llegó", "que",
        "lo", "se", "por", "del", "de", "al", "mis", "ya", "nada", "nunca", "sin", "más", "está",
        "esta", "este", "fue", "son", "hay", "tiene", "después", "porque", "cuando", "también",
        "solo", "sólo", "todavía", "aún", "pedido", "ni", "le", "su", "todo", "bien", "un", "una",
        "en", "la", "no", "me", "mi",
    ],
    letters: "ñ¿¡áíóú",
    profane: &[
        r"mierda\w*|joder|jodid\w*|coño|cabr[oó]n\w*|gilipollas|hostias?|puta\w*|puto\w*|cojones|carajo",
        r"hij[oa]s? de (?:puta|su madre)|pendej\w*|chingad\w*|chingar\w*|verga|pinche\w*|culer[oa]s?|mamadas?|valió madres",
    ],
    fulfillment: &[
        r"retras\w*|demor\w*|esperé|esperando|tard(?:ó|aron|a|e|ando) (?:\w+ ){0,3}(?:días|semanas|mucho|una eternidad|en llegar)",
        r"(?:nunca|no|todavía no|aún no|jamás) (?:me )?(?:ha |han )?(?:llegó|llegado|llega|llegaron|recibí|recibido|entregad\w*|enviad\w*)",
        r"(?:envío|entrega|paquetería) (?:\w+ ){0,2}(?:lent\w*|tard\w*|pésim\w*|malísim\w*|retrasad\w*|fatal)",
        r"(?:paquete|caja|embalaje|empaque|sobre) (?:\w+ ){0,3}(?:dañad|rot|abiert|aplastad|mojad|golpead|destrozad|perdid)[oa]s?",
        r"mal (?:embalad|empacad|empaquetad)[oa]s?|(?:sin|pésimo|mal) (?:embalaje|empaque)",
        r"(?:llegó|llegaron|vino|vinieron|entregaron) (?:\w+ ){0,3}(?:rot|dañad|golpead|abiert|quebrad|estrellad|aplastad)[oa]s?|(?:llegó|vino) (?:\w+ ){0,2}en pedazos",
        r"(?:rot|dañad)[oa]s? (?:en|durante) (?:el )?(?:envío|transporte|traslado)",
        r"sigo esperando|todavía espero|aún espero|se perdió|paquete perdido|dirección equivocada|dirección incorrecta",
        r"repartidor\w*|transportista|mensajer\w*|paqueterías?|correos|seur|mrw|nacex|dhl|ups|fedex|estafeta|gls",
    ],
    service: &[
        r"vendedor\w*|tienda|empresa|comercio|atención al cliente|servicio (?:al cliente|técnico|postventa)|soporte técnico",
        r"respond\w*|respuestas?|contest\w*|contact\w*|mensajes?|correos?|e-?mails?|llam(?:é|e|ar|aron|ada|adas|o)|teléfono",
        r"ignor\w*|grosero\w*|maleducad\w*|amable\w*|comunicación",
        r"reembols\w*|devol\w*|devuelt\w*|regres(?:é|ar|arlo|arla|o)|reenví\w*|reemplaz\w*|sustitu\w*|garantía|cancel\w*|factura\w*|cobr(?:aron|ado|ó|an|ar|o)",
        r"cambio de producto|me lo cambiaron|cambiarlo|cambiarla|(?:hacer|pedir) (?:el |un )?cambio",
        r"(?:artículo|producto|modelo|color|talla|pieza|tamaño) (?:equivocad|incorrect|erróne)[oa]|equivocad[oa]s?|no es (?:lo|el) que (?:pedí|compré|ordené)|en (?:vez|lugar) de",
        r"(?:diferente|distint[oa]) (?:al|del|a lo|de lo) que (?:pedí|compré|ordené)|(?:otro|distinto) (?:color|modelo|producto|artículo)|hablé con|le hablé|solución",
        r"no (?:es |era )?como (?:se )?(?:describe|anuncia|muestra)|descripción|anuncio|publicación|en (?:la|las) (?:fotos?|imagen|imágenes)|(?:diferente|distint[oa]) (?:a|de) (?:la|las) (?:fotos?|imagen|imágenes)",
        r"caducad[oa]s?|vencid[oa]s?|no (?:es|era) nuev[oa]|ya (?:venía|estaba|vino) abiert[oa]|caja vacía|paquete vacío|aduana",
        r"(?:ya|estaba|venía|vino|llegó|es) usad[oa]|(?:producto|artículo) usado|de segunda mano|reacondicionad\w*",
        r"falsificad\w*|imitación|pirata|estafa\w*|fraude|ladr[oó]n\w*|robo",
        r"faltan|faltaba\w*|falta (?:una|un|el|la|los|las|pieza|piezas|parte)|incomplet[oa]s?|promet\w*|prometi\w*|(?:cambiar|quitar|eliminar|borrar) (?:mi |la )?(?:opinión|valoración|calificación|reseña)",
    ],
    delivery_mention: &[
        r"paquetes?|caja|embalaje|empaque|vecin[oa]s?|buzón|punto de recogida|locker|seguimiento|rastreo|guía",
    ],
    generic: &[
        r"ok|bien|bueno|buena|excelente|perfecto|todo|problema|problemas|malo|mala|pésimo|pésima|horrible|terrible",
        r"decepcionad[oa]|decepción|decepcionante|gracias|estrellas?|compra|comprado|compré|recomiendo|recomendable",
        r"no|me|mi|a|en|un|una|la|con|vuelvo|volveré|comprar|nada|nunca|más|fatal|cero|totalmente|realmente|verdad",
    ],
    product_hints: &[
        r"calidad|rot[oa]s?|se rompió|rompi\w*|(?:no|ya no) funciona|dejó de funcionar|defectuos\w*|descompu\w*|chafa",
        r"talla|pequeñ[oa]s?|grande|chic[oa]|color|destiñ\w*|olor|huele|batería|carga|pantalla|ruido\w*|gotea|sabor|sabe",
        r"material|plástico|tela|frágil|se mueve|tambalea|cojea|instrucciones|montaje|producto|basura|cremallera|cierre|asa",
    ],
    phone_cues: &[r"teléfono|tel\.?|llam\w*|celular|móvil|whatsapp|número"],
    not_phone_cues: &[r"pedido|orden|seguimiento|rastreo|serie|modelo|factura|guía|referencia"],
    names: NameStyle::Prefix {
        titles: r"(?:Sr\.|Sra\.|Srta\.|Señor(?:a|ita)?|Don|Doña|Dra?\.|Lic\.|Ing\.)",
        // "la Sra. Gómez" is how Spanish names someone; only a possessive makes it a relation.
        not_title_before: &["mi", "su", "tu", "nuestra", "nuestro"],
        cues: &[r"llamad[oa]|de nombre|agente|encargad[oa]|responsable|dueñ[oa]|gerente|emplead[oa]|hablé con|atendid[oa] por|firmado"],
    },
    whole_word_only: &[],
};
