//! German.

use super::Lexicon;

pub(super) const LEXICON: Lexicon = Lexicon {
    code: "de",
    steering: &[
        r"\b(?:5|fünf|volle[nrms]?|höchste[nrms]?|maximale[nrms]?)[\s-]*stern(?:e|en)?\w*",
        r"\b(?:höchstbewertung|bestbewertung|bestnote)\w*|\bvolle\s+punktzahl\b",
        r"\b(?:positiv|gut|toll|ausgezeichnet|hervorragend|super|best|hoh|exzellent|glänzend|schön|wohlwollend|großartig|spitzen)(?:e|en|em|er|es)?\s+(?:\w*bewertung(?:en)?|rezension(?:en)?|feedback|beurteilung(?:en)?|sternen?)\b",
        r"\b(?:keine|nicht|statt|anstatt|ohne)\s+(?:[\w-]+\s+){0,2}?(?:negative|schlechte|neutrale|kritische|niedrige)[nrms]?\s+(?:\w*bewertung|rezension|feedback)\w*",
    ],
    feedback_change: &[
        r"\b(?:\w*bewertung|rezension|feedback)(?:en)?\s+(?:[\w-]+\s+){0,3}?(?:zu\s+)?(?:ändern|abändern|löschen|entfernen|zurückziehen|zurückzuziehen|anpassen|überarbeiten|aktualisieren|korrigieren|revidieren)\b",
        r"\b(?:ändern|löschen|entfernen|aktualisieren|anpassen|überarbeiten)\s+Sie\s+(?:[\w-]+\s+){0,3}?(?:\w*bewertung|rezension|feedback)\w*",
        r"\b(?:änderung|löschung|entfernung|anpassung)\s+(?:[\w-]+\s+){0,3}?(?:\w*bewertung|rezension|feedback)\w*",
    ],
    marketing: &[
        r"\bunsere[nrm]?\s+(?:anderen|weiteren|neuen|neuesten|übrigen)\s+(?:Produkte|Artikel|Kollektion\w*|Angebote|Modelle)\b",
        r"\b(?:schauen|stöbern|entdecken|besuchen|werfen)\s+Sie\s+(?:[\w-]+\s+){0,4}?(?:unsere[nmrs]?|in\s+unsere[nmrs]?)\s+(?:[\w-]+\s+){0,2}?(?:Shop|Store|Markenshop|Sortiment|Produkte|Kollektion|Storefront)\b",
        r"\bNeuheiten\b|\bneu\s+eingetroffen\b|\bNeuerscheinung\w*|\bbrandneue[nrs]?\b",
        r"\bSonderangebot\w*|\bAngebot\s+der\s+Woche\b|\bzeitlich\s+begrenzt\w*\s+(?:Angebot|Aktion|Rabatt)\w*|\bAktions(?:preis|code|angebot)\w*|\bSchnäppchen\w*|\bSchlussverkauf\b|\bAusverkauf\b|\bRäumungsverkauf\b",
        r"\b(?:Sommer|Winter|Oster|Weihnachts|Black[\s-]*Friday|Cyber[\s-]*Monday|Prime[\s-]*Day|Mega|Räumungs)[\s-]*Sale\b|\bim\s+Sale\b",
        r"\w*gutschein\w*|\w*rabatt\w*|\b\d+\s*%\s*(?:Nachlass|günstiger|sparen)|\bsparen\s+Sie\b",
        r"\bmit\s+dem\s+Code\b|\bCode\s+\S+\s+(?:verwenden|einlösen|nutzen|eingeben)\b",
        r"\bfolgen\s+Sie\s+uns\b|\b(?:auf|bei)\s+(?:Instagram|Facebook|TikTok|YouTube|Pinterest|Twitter)\s+(?:folgen|abonnieren|liken)\b|\bNewsletter\b",
        r"\bGratis[\s-]*Geschenk\w*|\bkostenlose[snm]?\s+Geschenk\w*|\bein\s+Geschenk\s+für\s+Sie\b|\b(?:erhalten|bekommen)\s+Sie\s+(?:[\w-]+\s+){0,2}?Geschenk\w*",
    ],
    request: &[
        r"\b(?:hinterlassen|hinterlässt|schreiben|verfassen|abgeben|geben|posten|teilen)\s+(?:Sie\s+)?(?:uns\s+)?(?:[\w-]+\s+){0,3}?(?:\w*bewertung(?:en)?|rezension(?:en)?|sterne(?:bewertung)?)\b",
        r"\b(?:\w*bewertung(?:en)?|rezension(?:en)?)\s+(?:[\w-]+\s+){0,3}?(?:zu\s+)?(?:hinterlassen|schreiben|verfassen|abgeben|abzugeben|geben|posten|teilen)\b",
        r"\b(?:hinterlassen|posten)\s+(?:Sie\s+)?(?:uns\s+)?(?:[\w-]+\s+){0,3}?feedback\b|\bfeedback\s+(?:[\w-]+\s+){0,3}?(?:zu\s+)?(?:hinterlassen|posten)\b",
        r"\bverkäufer[\s-]*(?:bewertung|feedback)\w*",
        r"\bbewerten\s+Sie\b|\b(?:würden|könnten|möchten|würde|wollen)\s+Sie\s+(?:[\w-]+\s+){0,4}?(?:bewerten|rezensieren)\b",
        r"\b(?:freuen|freue|dankbar)\s+(?:[\w-]+\s+){0,3}?(?:über|für)\s+(?:eine|ihre|einige)\s+(?:[\w-]+\s+){0,2}?(?:\w*bewertung|rezension)\b",
    ],
    mention: &[
        r"\w*(?:bewertung|rezension)\w*|\bbewerten\b|\bsternen?\b|\bfeedback\b",
        r"\brezensier\w*",
        r"\brezensent\w*",
    ],
    seller_reviews: &[],
    positive: &[
        r"\b(?:zufrieden|glücklich|begeistert|überzeugt)\b",
        r"(?:(?m:^)|[.!?:;]\s*|\b(?:wenn|falls|sofern|sollte|solange)\s+(?:[\w-]+\s+){0,5}?)(?:gefällt|gefallen|gefiel|lieben|mögen)\b",
        r"\balles\s+(?:[\w-]+\s+){0,3}?(?:in\s+Ordnung|okay|ok|gut|bestens|perfekt|einwandfrei|reibungslos|wie\s+erwartet|nach\s+Wunsch)\b",
        r"\bes\s+(?:[\w-]+\s+){0,2}?(?:in\s+Ordnung|perfekt|einwandfrei|wie\s+erwartet)\b",
        r"\balles\s+(?:[\w-]+\s+){0,3}?(?:geklappt|gepasst|funktioniert)\b",
        r"\b(?:gut|heil|unversehrt|wohlbehalten|einwandfrei)\s+(?:bei\s+Ihnen\s+)?angekommen\b",
        r"\b(?:Erwartungen|Wünsche)\s+(?:[\w-]+\s+){0,2}?(?:erfüllt|übertroffen|entsprochen)\b|\b(?:erfüllt|übertrifft|übertraf)\s+(?:[\w-]+\s+){0,2}?(?:Ihre\s+)?Erwartungen\b",
        r"\b(?:gute|positive|tolle|schöne)[nr]?\s+(?:Erfahrung|Einkaufserlebnis)\w*",
        r"\bzu\s+Ihrer\s+(?:vollsten\s+|vollen\s+|größten\s+)?Zufriedenheit\b",
        r"\b(?:alles\s+)?(?:perfekt|super|bestens|prima)\s*\?",
        r"\bFreude\s+(?:an|mit)\b|\b(?:entspricht|entsprach|entsprechen)\s+(?:[\w-]+\s+){0,3}?(?:Ihren|deinen|den)\s+(?:Erwartungen|Vorstellungen|Wünschen)\b|\bErfahrung\s+(?:[\w-]+\s+){0,2}?(?:gut|positiv|toll)\w*",
    ],
    negation: &[r"\bnicht\b|\bkein\w*|\bnie\b|\bweniger\b|\bun(?:zufrieden|glücklich)\b"],
    problem: &[
        r"\b(?:kaputt|defekt\w*|beschädigt\w*|fehl\w*|falsch\w*|problem\w*|mangel\w*|mängel\w*|unzufrieden|enttäuscht|schaden|schäden|transportschaden|reklamation\w*|beschwerde\w*|stimmt\s+(?:etwas\s+)?nicht|nicht\s+zufrieden|funktioniert\s+nicht|rücksend\w*|rückgabe\w*|umtausch\w*|retoure\w*)\b",
        r"\b(?:schwierigkeit\w*|enttäusch\w*)\b",
    ],
    condition: &[
        r"\b(?:bei|ab)\s+(?:\d+|neun|zehn|vier|fünf)\s+(?:(?:oder|bis)\s+\d+\s+)?(?:Punkten|Sternen|Punkte|Sterne)\b|\bbei\s+(?:weniger|mehr)\b",
        r"\b(?:wenn|falls|sofern|sollten?|solange|vorausgesetzt)\b",
        r"\b(?:zufriedene|begeisterte|glückliche)[n]?\s+(?:Kunde|Kundin|Käufer)\w*",
        r"(?:(?m:^)|[.!?]\s+)(?:entspricht|entsprechen|gefällt|gefallen|erfüllt|erfüllen|passt|funktioniert|sind\s+Sie|bist\s+du|haben\s+Sie|hast\s+du)\b[^.!?\n]{0,80}?,\s*(?:dann\s+|so\s+)?(?:freuen|freue|würden|würde|wären|bitten|lassen|schreiben|hinterlassen)\b",
    ],
    if_so: &[
        r"\b(?:wenn|falls)\s+(?:ja|dem\s+so\s+ist|das\s+so\s+ist|das\s+der\s+Fall\s+ist|es\s+so\s+ist)\b|\bfalls\s+ja\b",
        r"\bin\s+(?:dem|diesem)\s+Fall\b",
    ],
    question: &[],
    contact: &[
        r"\b(?:kontaktier\w*|kontakt|melden|meldet|wenden|schreiben\s+Sie\s+uns|schreib\s+uns|antworten|antwortet|nachricht|sagen\s+Sie\s+(?:es\s+)?uns|lassen\s+Sie\s+es\s+uns\s+wissen|Bescheid|sprechen\s+Sie\s+uns)\b",
        r"\bsprechen\s+(?:Sie\s+)?(?:[\w-]+\s+){0,2}?mit\s+uns\b|\b(?:Chance|Gelegenheit)\b|\bvon\s+Ihnen\s+(?:zu\s+)?(?:hören|erfahren)\b|\b(?:hören|erfahren)\s+(?:[\w-]+\s+){0,6}?von\s+(?:Ihnen|dir)\b|\bRücksprache\b|\bklären\b",
    ],
    before_review: &[
        r"\bohne\s+(?:[\w-]+\s+){0,2}?(?:mit\s+uns|uns)\s+(?:[\w-]+\s+){0,2}?(?:gesprochen|kontaktiert|geschrieben|Kontakt|Rücksprache|zu\s+kontaktieren|zu\s+sprechen)\w*|\bnicht\s+(?:in|auf|über|per)\s+(?:einer\s+|eine\s+|der\s+)?(?:\w*bewertung|rezension|Amazon)\w*",
        r"\b(?:bevor|ehe|statt|anstatt|anstelle|vor)\s+(?:[\w-]+\s+){0,5}?(?:\w*bewertung|rezension|feedback|bewerten|rezensieren)\w*",
        r"\b(?:vermeiden|verhindern|ohne|statt|anstatt|anstelle)\b[^.!?\n]{0,40}?\b(?:negative|schlechte|kritische|niedrige)[nrms]?\s+(?:\w*bewertung|rezension|feedback)\w*",
        r"\b(?:negative|schlechte|kritische|niedrige)[nrms]?\s+(?:\w*bewertung|rezension|feedback)\w*[^.!?\n]{0,30}?\b(?:vermeiden|verhindern|ohne)\b",
        r"\b(?:bevor|ehe)\s+(?:Sie|du)\s+(?:[\w-]+\s+){0,3}?(?:veröffentlich|poste|postest|schreib)\w*",
        r"\bmit\s+(?:der|Ihrer|einer|deiner)\s+(?:\w*bewertung|rezension)\w*\s+(?:[\w-]+\s+){0,2}?(?:zu\s+)?warten\b",
        r"\bwarte[nt]?\s+(?:Sie\s+)?(?:bitte\s+)?(?:noch\s+)?mit\s+(?:der|Ihrer|einer|deiner)\s+(?:\w*bewertung|rezension)\w*",
    ],
    first: &[
        r"\b(?:zuerst|zunächst|erst\s+einmal|erstmal|vorher|stattdessen|lieber|als\s+erstes)\b",
        r"\berst\s+(?:bei|an|mit|einmal|mal|uns)\b",
    ],
    reward: &[
        r"\b\d+\s+(?:statt|anstatt|anstelle\s+von)\s+\d+\s+(?:Monate|Monaten|Jahre|Jahren)\b|\b(?:\d+|zwei|drei|sechs|zwölf)\s+(?:zusätzliche|weitere|extra)\s+(?:Monate|Jahre)\b",
        r"\b\d+\s*%\s*(?:des\s+(?:Kauf)?preises\s+|vom\s+(?:Kauf)?preis\s+)?zurück\b|\bÜberraschung\b|\bzurückgelegt\b",
        r"\b(?:Treue|Bonus|Prämien)punkt\w*|\bPunkte\s+gut\b|\bgutgeschrieben\b|\bHauptpreis\w*|\bGarantie\w*\s+(?:[\w-]+\s+){0,2}?(?:verlängert|verdoppelt)|\bGarantieverlängerung\w*|\bdoppelte[nr]?\s+Garantie\b|\b(?:darf|dürfen|dürfte|können)\s+(?:es|ihn|sie|das\s+\w+)\s+behalten\b|\bschenken\s+(?:wir\s+)?(?:Ihnen|dir|euch)\b",
        r"\w*gutschein\w*|\w*rabatt\w*|\bgeschenk\w*|\w+geschenk\b|\bgratis\w+|\bprämie\w*|\bbelohnung\w*|\bbonus\w*|\bcash[\s-]*back\b|\bscreenshots?\b|\bbildschirmfoto\w*|\bim\s+austausch\b|\bals\s+gegenleistung\b|\bals\s+dankeschön\b|\bals\s+Dank\b|\bkleine[ns]?\s+(?:Aufmerksamkeit|Überraschung|Dankeschön)\b|\bentschädigung\w*|\bpreisnachlass\w*|\b\d+\s*%\s*(?:nachlass|rabatt)",
        r"\bAnerkennung\b|\bversandkostenfrei\w*|\b(?:kostenlose[nr]?|gratis)\s+Versand\b|\bgewinnspiel\w*|\bgewinnen\s+Sie\b|\bgewinnt\s+(?:ein|eine|einen)\b|\bGewinner\w*|\bverlos\w*|\bauslos\w*",
    ],
    value: &[
        r"\w*erstatt\w*|\bgeld\s+zurück\b|\bkostenlos\w*|\bumsonst\b|\bgratis\b|\bersatz\w*|\bneue[ns]?\s+(?:Artikel|Produkt|Gerät)\b",
        r"\bvergüt\w*|\bKaufpreis\w*",
    ],
    link: &[
        r"\b(?:dann|danach|anschließend|im\s+gegenzug|als\s+dank\w*|sobald|nachdem|nach\s+Ihrer|für\s+(?:Ihre|eine|jede)|zum\s+Dank|dafür)\b",
    ],
    posted: &[
        r"\b(?:sobald|wenn|nachdem)\s+(?:sie|er|es|Ihre\s+\w*(?:bewertung|rezension))\s+(?:[\w-]+\s+){0,1}?(?:online|veröffentlicht|sichtbar|freigeschaltet|erschienen)\b",
        r"\b\w*(?:bewertung|rezension)\s+(?:[\w-]+\s+){0,1}?(?:geschrieben|veröffentlicht|online|gepostet|abgegeben)\s*\?",
        r"\bnach\s+(?:der\s+)?Veröffentlichung\b",
        r"\b(?:sobald|wenn|nachdem)\s+wir\s+Ihre\s+\w*(?:bewertung|rezension)\s+(?:[\w-]+\s+){0,1}?(?:sehen|gesehen|finden|entdecken)\b",
    ],
    otherwise: &[
        r"\balle\s+anderen\s*,",
        r"\b(?:ansonsten|sonst|andernfalls|anderenfalls|wenn\s+nicht|falls\s+nicht|wenn\s+(?:das\s+)?nein|falls\s+nein)\b",
        r"(?m:^)\s*nein\s*[-–—:,]",
    ],
    benign: &[
        r"\b(?:wenn|sobald|nachdem)\s+(?:Sie|du)\s+(?:[\w-]+\s+){0,3}?(?:benutzt|ausprobiert|getestet|verwendet|genutzt)\s+(?:haben|hast)\b|\bwenn\s+(?:Sie|du)\s+(?:frei|Zeit)\s+(?:sind|bist|haben|hast)\b",
        r"\b(?:wenn|falls|sofern|sollten)\s+(?:Sie|du)\s+(?:noch\s+)?(?:Fragen|Hilfe|Unterstützung)\b",
        r"\b(?:wenn|falls|sofern|sobald)\s+(?:Sie|du)\s+(?:[\w-]+\s+){0,4}?(?:möchten|möchtest|mögen|magst|wollen|willst|Lust|Zeit|einen\s+Moment|eine\s+Minute|dazu\s+kommen|Gelegenheit)\b",
        r"\b(?:wenn|falls|sofern)\s+(?:es\s+)?(?:Ihnen|dir)\s+(?:[\w-]+\s+){0,1}?(?:passt|recht\s+ist|möglich\s+ist)\b|\b(?:wenn|falls|sofern)\s+(?:Sie|du)\s+(?:[\w-]+\s+){0,3}?(?:noch\s+)?(?:keine|nicht)\s+(?:[\w-]+\s+){0,2}?(?:geschrieben|bewertet|hinterlassen|getan)\b|\bwann\s+immer\b",
        r"\b(?:freuen|freue|dankbar|froh|schön|toll|glücklich)\s*(?:[\w-]+\s+){0,2}?,?\s*wenn\s+(?:Sie|du)\b|\b(?:wenn|falls)\s+(?:Sie|du)\s+(?:[\w-]+\s+){0,2}?(?:Gelegenheit|Zeit|einen\s+Moment|kurz\s+Zeit)\s+(?:haben|hast|finden|findest)\b",
    ],
    negative_review: &[
        r"\b(?:negative|schlechte|böse|verärgerte|kritische|niedrige|wütende)[nrms]?\s+(?:\w*bewertung|rezension|feedback|kommentar)\w*",
    ],
    aside: &[
        r"\bwussten\s+(?:Sie|du)\b|\bkennen\s+(?:Sie|du)\s+schon\b|\bsuchen\s+Sie\b|\bwie\s+gefällt\b|\bwas\s+halten\s+Sie\b|\bwie\s+finden\s+Sie\b",
    ],
    branch: &[r"^\s*(?:Option|Variante|Fall|Antwort|Möglichkeit)\s+(?:[a-c1-3]|eins|zwei)\b"],
    feedback_words: &["feedback", "verkäufer"],
    review_words: &["rezension", "produkt"],
    important_tags: &[
        r"wichtig",
        r"dringend",
        r"handlung\s+erforderlich",
        r"achtung",
        r"eilt",
    ],
    reply_prefixes: &[r"aw", r"wg", r"antw"],
};
