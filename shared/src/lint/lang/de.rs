//! German.

use super::Lexicon;

/// An extra put in the buyer's next parcel: "In Ihrem nächsten Paket liegt dann ein Regenverdeck
/// bei", "wir legen Ihrer nächsten Bestellung ein Lätzchen bei". Something of value when it comes
/// with a review ask, and the link to it even in a sentence of its own (see `value` and `link`);
/// where it helps with a problem ("fehlt ein Gurt, …") it is help.
const NEXT_PARCEL_EXTRA: &str = r"\bnächste[nmrs]?\s+(?:Paket|Päckchen|Päckli|Bestellung|Lieferung|Sendung)\s+(?:(?:liegt|liegen|legen|packen|stecken|finden|findest|enthält|wartet|warten)\b(?:\s+(?:wir|Sie|du|dann|auch|gratis|noch|zusätzlich|Ihnen|dir))*\s+)?(?:ein|eine|einen|zwei|drei|\d+|gratis|kostenlos|zusätzlich)\b|\b(?:liegt|liegen|legen|packen|stecken)\s+(?:wir\s+)?(?:Ihnen\s+|dir\s+)?(?:(?:dann|auch|gratis|noch)\s+)*(?:ein|eine|einen|zwei|drei|\d+)\b[^.!?\n]{0,60}?\bnächste[nmrs]?\s+(?:Paket|Päckchen|Päckli|Bestellung|Lieferung|Sendung)\b";

/// A time of use, and no earlier: "nach zwei Wochen Tragen, nicht vorher", "nach ein paar
/// Ausfahrten, nicht früher". It times the ask for every buyer, so it is no gate and its "nicht
/// vorher" holds nothing back ("wenn Sie sie lieben, nicht vorher" still holds the review for the
/// happy).
const AFTER_A_TIME_OF_USE: &str = r"\bnach\s+(?:einer|einem|einigen|zwei|drei|vier|f[üu]nf|sechs|sieben|acht|zehn|vierzehn|ein\s+paar|\d+)\s+(?:(?:vollen|ganzen|guten)\s+)?(?:Tag(?:en)?|Wochen?|Monat(?:en)?|N[äa]chten|Nacht|W[äa]schen|Fahrten|Ausfahrten|Spazierg[äa]ngen|Anwendungen|Eins[äa]tzen|Einsatz|Nutzung)(?:\s+(?:[\w-]+\s+){0,2}?[\w-]+)?,?\s+(?:und\s+)?nicht\s+(?:vorher|fr[üu]her|eher)\b";

/// Faults a piece of kit gives the body in use: "eine Blase", "Druckstellen", "Scheuerstellen".
/// A problem when told (see `problem`), and a good outing when denied (see `de_denied_fault`).
/// Faults of a device in use, as verbs (regex source, no `\b`): sound or a link dropping out,
/// a picture flickering, a key firing twice, an app hanging up or crashing; paper jamming in a
/// shredder, a nib scratching, ink bleeding through, feathering, smudging or blotting.
macro_rules! de_device_fault {
    () => {
        r"aussetzt|aussetzen|aussetzte|abbricht|abbrechen|abbrach|ruckelt|ruckeln|flackert|flackern|flimmert|flimmern|knackt|knacken|rauscht|rauschen|brummt|brummen|aufhängt|aufhängen|hängen\s*bleibt|abstürzt|abstürzen|abreißt|abreißen|doppelt\s+(?:tippt|tippen|auslöst|auslösen|anschlägt|anschlagen)|klemmt|klemmen|hakt|haken|stockt|stocken|kratzt|kratzen|durchschlägt|durchschlagen|ausfranst|ausfransen|verschmiert|verschmieren|kleckst|klecksen|tropft|tropfen|ausläuft|auslaufen|quietscht|quietschen|knarzt|knarzen|blutet|bluten|sich\s+staut|sich\s+stauen"
    };
}

macro_rules! de_wear_fault {
    () => {
        r"Blasen?|Druckstellen?|Scheuerstellen?|Reibestellen?|wunde\s+Stellen|wund(?:gescheuert|gelaufen)e\s+(?:Stellen|Fersen|Füße)"
    };
}

/// Faults that a buyer can say never happened: those of wear (see `de_wear_fault`) and water
/// getting in ("Kondenswasser", "kalte Füße", "ein Wassereinbruch"). Said as none ("ohne eine
/// einzige Blase", "keine kalten Füße"), they are the buyer's verdict that all went well (see
/// `positive`).
macro_rules! de_denied_fault {
    () => {
        concat!(
            de_wear_fault!(),
            r"|Kondenswasser|Kondensat|Nässe|Feuchtigkeit|Wassereinbruch|Wassereintritt|undichte\s+Stellen?|Lecks?|(?:kalte|kalten|nasse|nassen|eiskalte|eiskalten|feuchte|feuchten|klamme|klammen)\s+(?:Füße|Füßen|Zehen)"
        )
    };
}

/// A group named by its progress, improvement or enjoyment, in a relative clause: ", die schon
/// Fortschritte machen", ", deren Ton besser klingt", ", die merken, dass die Hände lockerer
/// werden", ", die Spaß am Pad haben"; also by feeling better in body: ", die besser
/// schlafen", ", die jetzt durchschlafen", ", deren Rückenschmerzen nachgelassen haben", ", deren
/// Schultern beweglicher sind"; or by noticing it, however long the clause after "dass": ", die
/// schon gemerkt haben, dass die Beine nach dem Lauf lockerer sind", ", die spüren, dass der
/// Muskelkater schneller vergeht" (see `positive`).
macro_rules! de_progress_group {
    () => {
        r"(?:,\s*(?:die|der|denen|deren|dessen|welche)|\b(?:wer|bei\s+denen))\s+(?:[\w-]+,?\s+){0,8}?(?:(?:Fortschritte?|Verbesserung(?:en)?|(?:einen|den)\s+Unterschied)\s+(?:[\w-]+\s+){0,2}?(?:machen|macht|machst|gemacht|merken|merkt|merkst|gemerkt|spüren|spürt|spürst|gespürt|sehen|seht|siehst|sieht|gesehen|hören|hört|hörst|gehört|bemerken|bemerkt|feststellen|festgestellt|erzielen|erzielt)|(?:machen|macht|merken|merkt|spüren|spürt|sehen|seht|sieht|hören|hört|bemerken|bemerkt)\s+(?:[\w-]+\s+){0,2}?(?:Fortschritte?|Verbesserung(?:en)?|Unterschied)|(?:besser|lockerer|sicherer|sauberer|schöner|voller|runder|leichter|flüssiger|klarer|kräftiger|stärker|schneller|entspannter|gleichmäßiger|präziser|wärmer|geschmeidiger|beweglicher|elastischer|weicher)\s+(?:[\w-]+\s+){0,2}?(?:werden|wird|wurde|wurden|geworden|klingt|klingen|klang|spielt|spielen|spielst|läuft|laufen|geht|gehen|fühlt|fühlen|sind|ist|bleiben|bleibt)|(?:merken|merkt|merkst|gemerkt|spüren|spürt|spürst|gespürt|bemerken|bemerkt|feststellen|festgestellt|sehen|seht|sieht|gesehen)\s+(?:(?:haben|hat|habt|hast)\s*)?,?\s*(?:dass|wie)\s+[^.!?\n:;]{0,80}?\b(?:(?:besser|lockerer|sicherer|leichter|flüssiger|kräftiger|stärker|schneller|entspannter|beweglicher|elastischer|weicher|geschmeidiger|ruhiger|fitter)\s+(?:[\w-]+\s+){0,2}?(?:werden|wird|wurde|wurden|geworden|sind|ist|bleiben|bleibt|fühlen|fühlt|laufen|läuft|geht|gehen|erholen|erholt|regenerieren|regeneriert)|(?:\w*schmerz(?:en)?|Beschwerden|Verspannung(?:en)?|Muskelkater|Steifheit|Verhärtung(?:en)?|Krämpfe?)\s+(?:[\w-]+\s+){0,5}?(?:nachlässt|nachlassen|nachgelassen|verschwindet|verschwinden|verschwunden|vergeht|vergehen|abklingt|abklingen|abgeklungen))|verbessert\s+(?:hat|haben|hast|habt)|(?:verbessern|verbessert)\s+sich|(?:Spaß|Freude)\s+(?:[\w-]+\s+){0,3}?(?:haben|habt|hat|hast)|genießen|genießt|vorankommen|vorankommt|weiterkommen|weiterkommt|(?:besser|ruhiger|tiefer|fester|leichter|freier|aufrechter|gerader|entspannter|schmerzfrei|erholsamer)\s+(?:[\w-]+\s+){0,2}?(?:schlafen|schläft|schlief|schliefen|geschlafen|sitzen|sitzt|saß|atmen|atmet|stehen|steht|gehen)|durch(?:schlafen|schläft|geschlafen)|(?:\w*schmerz(?:en)?|Beschwerden|Verspannung(?:en)?|Schnarchen|Zahnfleischbluten|Juckreiz|Kopfweh|Muskelkater|Steifheit|Verhärtung(?:en)?)\s+(?:[\w-]+\s+){0,3}?(?:nachgelassen|nachlassen|nachlässt|verschwunden|verschwindet|verschwinden|vergeht|vergehen|abklingt|abklingen|abgeklungen|vorbei|besser\s+geworden|weniger\s+geworden))\b"
    };
}

/// Words of time or degree that may stand between a verb and what it governs: "nach zwei
/// Wochen", "jetzt schon", "morgens deutlich" (see `condition`).
macro_rules! de_time_words {
    () => {
        r"(?:\s+(?:nach|in|seit|schon|bereits|nun|jetzt|auch|morgens|abends|nachts|tagsüber|beim|am|im|mit|der|die|dem|den|einer|einigen|ein|paar|ersten|zwei|drei|vier|vierzehn|zehn|Tag|Tagen|Woche|Wochen|Nacht|Nächten|Abend|Abenden|Morgen|Monat|Monaten|Anwendung|Anwendungen|Zeit|Weile|deutlich|merklich|spürbar|selbst|plötzlich|inzwischen|mittlerweile|endlich|wirklich|viel|etwas|ein\s+wenig|ein\s+bisschen)\b,?){0,6}\s*"
    };
}

/// A stretch of time a term is lengthened by: "ein weiteres Jahr", "zwölf Monate", "30 Tage"
/// (see `value`).
macro_rules! de_term_span {
    () => {
        r"(?:ein(?:e[nms]?)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|vierzehn|dreißig|\d+)\s+(?:(?:weitere[nmrs]?|zusätzliche[nmrs]?|volle[nmrs]?|ganze[nmrs]?|extra)\s+)?(?:Jahr|Jahre|Jahren|Monat|Monate|Monaten|Woche|Wochen|Tag|Tage|Tagen)\b"
    };
}

/// A symptom easing, said as less or none of it: "weniger Rückenschmerzen", "keine
/// Verspannungen", "nicht mehr aufwachen"; also a skin, face or hair complaint easing, named or
/// seen: "weniger Augenringe", "keine Pickel mehr", "weniger verquollen aussieht", "kaum noch
/// gerötet", "nicht mehr so strohig"; or a neck or back no longer tense: "nicht mehr verspannt",
/// "nicht mehr steif" (see `positive`).
macro_rules! de_symptom_eased {
    () => {
        r"(?:(?:weniger|kaum\s+noch|keine?n?|nicht\s+mehr)\s+(?:[\w-]+\s+)?(?:\w*schmerz(?:en)?|Beschwerden|Verspannung(?:en)?|Schnarchen|\w*bluten|Juckreiz|Kopfweh|Muskelkater|Verhärtung(?:en)?|Steifheit|Druckstellen|Rötung(?:en)?|Spannungsgefühl|Reizung(?:en)?|Krämpfe?|Trockenheit|Müdigkeit|Schwellung(?:en)?|Augenringe|Tränensäcke|Pickel|Unreinheiten|Mitesser|Schuppen|Spliss|Frizz|Haarausfall|Fältchen|Falten|Pigmentflecken|Wassereinlagerungen)|(?:weniger|kaum\s+noch|nicht\s+mehr)\s+(?:so\s+)?(?:verquollen|geschwollen|aufgedunsen|gerötet|fahl|gereizt|fettig|schuppig|unrein|spröde|strohig|kraus|fleckig|müde|schlaff|glanzlos|verspannt|verkrampft|steif|verhärtet|wund|taub|eingeschlafen)\b|nicht\s+mehr\s+(?:[\w-]+\s+){0,2}?(?:aufwachen|aufwacht|wach\s+liegen|schnarchen|schnarcht|bluten|blutet|schmerzen|schmerzt|jucken|juckt|drücken|drückt|zwicken|zwickt|spannen|spannt))\b"
    };
}

/// An ask of the buyer that governs a third party's stars (`rated_stars`) in their sentence:
/// before them, the verbs of giving, awarding, leaving or rating as an ask (`star_ask`); after
/// them, words that wish them of the buyer or the review link (`star_tail`).
macro_rules! de_star_ask {
    () => {
        r"\b(?:geben|vergeben|schenken|verleihen|spendieren|gönnen|hinterlassen|bewerten)\s+(?-i:Sie)\b|\b(?:gib|gebt|vergib|vergebt|schenk|schenke|bewerte|hinterlass|hinterlasse|hinterlasst)\b"
    };
}

macro_rules! de_star_tail {
    () => {
        r"[^.!?\n]{0,30}?(?:\b(?:von\s+(?-i:Ihnen|dir|euch)|(?:geben|vergeben|schenken|gönnen|spendieren|verleihen|hinterlassen)\s+(?:würden|könnten|möchten|würdest|könntest|möchtest|würdet|könntet)|(?:geben|vergeben|schenken|gönnen|spendieren|verleihen|hinterlassen)\s*\?)|\{\{\s*links\.\w*(?:review|feedback))"
    };
}

/// Those who grade a person, a performance or a show rather than a thing's test: examiners, a
/// jury, judges, critics, a newspaper or magazine (`rated_stars`).
macro_rules! de_judges {
    () => {
        r"(?:Prüfer\w*|Prüfungs(?:kommission|ausschuss)\w*|Jury|Juror\w*|Preisrichter\w*|Wertungsrichter\w*|Kampfrichter\w*|Kritiker\w*|Rezensent\w*|[\w-]*zeitung(?:en)?|[\w-]*presse|Feuilleton\w*|[\w-]*magazin\w*|[\w-]*zeitschrift(?:en)?|[\w-]*journalist\w*|[\w-]*kolumn\w*|Moderedakt\w*|Stilredakt\w*)"
    };
}

/// Stars or a top mark those judges give (`rated_stars`): "fünf von fünf Sternen", "eine
/// Fünf-Sterne-Kritik", "die Bestnote", "volle Punktzahl".
macro_rules! de_judged_mark {
    () => {
        r"(?:(?:(?:5|fünf)\s+von\s+)?(?:5|fünf|volle[nrms]?|höchste[nrms]?|maximale[nrms]?)[\s-]*Sterne?n?[\w-]*|(?:Höchstbewertung|Bestbewertung|Bestnote|Höchstnote|Höchstpunktzahl)\w*|volle[nr]?\s+Punktzahl)"
    };
}

/// Things a design carries stars on: a dial, a pendant, a print, a lining, or any compound
/// that ends in one ("Gesäßtasche", "Rückenaufdruck") (`rated_stars`).
macro_rules! de_star_design {
    () => {
        r"[\w-]*?(?:Zifferbl[aä]tt|Anhänger|Medaillon|Lünette|Aufdruck|Druck|Muster|Stoff|Futter|Tuch|Schal|Ärmel|Kragen|Manschette|Armband|Uhrband|Band|Schließe|Schnalle|Gehäuse|Deckel|Logo|Wappen|Emblem|Aufnäher|Motiv|Ring|Kette|Ohrring|Ohrstecker|Brosche|Saum|Absatz|Sohle|Becher|Tasse|Teller|Decke|Lampe|Lampenschirm|Bettwäsche|Kissen|Knopf|Knöpfe|Tasche|Poster|Tapete|Borte)(?:e|es|s|n|en|er|ern)?\b"
    };
}

/// An app, a tracker, a watch or a game that scores the buyer's sleep, run or workout in stars
/// (`rated_stars`).
macro_rules! de_star_scorer {
    () => {
        r"(?:[\w-]*App|[\w-]*Tracker|Smartwatch|[\w-]*(?:Sport|Lauf|Fitness|Trainings|Schlaf|Smart)uhr|Uhr|Waage|Software|[\w-]*Spiel|Konsole|Auswertung|[\w-]*Analyse)"
    };
}

/// Where stars of praise or a self-grade end: the sentence ends there (after "heute", "dafür"
/// …), or goes on with words that ask for nothing ("auch wenn …", "und eine Pause"). A wish, a
/// request or stars for the seller after them ("wären toll", ", bitte", "und uns auch") leave
/// them a star count.
macro_rules! de_praise_end {
    () => {
        r"(?:\s+(?:heute|diese\s+Woche|bisher|schon|wieder|jeden\s+Tag|dafür|dafuer))?\s*(?:[.!…)]|(?m:$)|[,;:–—-]?\s+(?:auch\s+wenn|selbst\s+wenn|egal|ob|nicht|denn|weil|aber|und\s+(?:das|dann|eine?n?|weiter|jetzt|ab))\b)"
    };
}

pub(super) const LEXICON: Lexicon = Lexicon {
    code: "de",
    steering: &[
        // Five stars a third party gives (otherwise another sense: "Unser Kater vergibt fünf
        // Sterne"), and, in the same sentence or the next, the same wished of the buyer: "Sie
        // hoffentlich auch!", "und wir hoffen, Sie auch", "Und Sie?", "Sehen Sie das auch so?".
        r#"\b(?:5|fünf)[\s-]*stern(?:e|en)?\b[^.!?\n]{0,80}?(?:[,;:–—-]\s*|\s+(?:und|also|aber)\s+|[.!?…]+["“”„)]*\s+)(?P<m>(?:(?:und|wir\s+hoffen\s*,?|ich\s+hoffe\s*,?|hoffentlich)\s+){0,2}(?-i:Sie|du|Du|ihr|Ihr)\s+(?:(?:hoffentlich|ja|bestimmt|sicher|vielleicht)\s+)?(?:auch|ebenfalls|genauso|ebenso)\s*(?:[!?.…,:;)–—-]|(?m:$))|(?:und\s+)?(?-i:Sie|du|Du|ihr|Ihr)\s*\?|hoffentlich\s+(?:[\wäöüß]+\s+){0,3}?(?-i:Sie|du|Du|ihr|Ihr)\s+(?:[\wäöüß]+\s+){0,2}?(?:auch|ebenfalls|genauso)\b|(?:(?:sehen|finden|seht|siehst|findet|findest)\s+(?-i:Sie|du|Du|ihr|Ihr)|(?-i:Sie|du|Du|ihr|Ihr)\s+(?:sehen|finden|seht|siehst|findet|findest))\s+(?:das|es)\s+(?:(?:hoffentlich|bestimmt|sicher|auch|ja|vielleicht)\s+)*(?:genauso|ebenso|auch\s+so)\b|(?:stimmen\s+Sie|stimmst\s+du)\s+(?:[\wäöüß]+\s+)?zu\b)"#,
        r"\b(?:5|fünf|volle[nrms]?|höchste[nrms]?|maximale[nrms]?)[\s-]*stern(?:e|en)?\w*",
        r"\b(?:höchstbewertung|bestbewertung|bestnote)\w*|\bvolle\s+punktzahl\b",
        r"\b(?:positiv|gut|toll|ausgezeichnet|hervorragend|super|best|hoh|exzellent|glänzend|schön|wohlwollend|großartig|spitzen)(?:e|en|em|er|es)?\s+(?:\w*bewertung(?:en)?|rezension(?:en)?|feedback|beurteilung(?:en)?|sternen?)\b",
        r"\b(?:keine|nicht|statt|anstatt|ohne)\s+(?:[\w-]+\s+){0,2}?(?:negative|schlechte|neutrale|kritische|niedrige)[nrms]?\s+(?:\w*bewertung|rezension|feedback)\w*",
    ],
    feedback_change: &[
        r"\b(?:\w*bewertung|rezension|feedback)(?:en)?\s+(?:[\w-]+\s+){0,3}?(?:zu\s+)?(?:ändern|abändern|löschen|entfernen|zurückziehen|zurückzuziehen|anpassen|überarbeiten|aktualisieren|korrigieren|revidieren)\b",
        // Also asked of one buyer addressed as "du", the verb closing the clause after what it
        // waits for: "falls du deine Rezension nach dem Tausch aktualisierst", "wenn du die
        // Bewertung nach dem Besuch des Technikers noch änderst".
        r"\b(?:deine|die|eure|Ihre|eine|diese|dein|das|dieses)\s+(?:[\w-]+\s+)?[\w-]*(?:bewertung|rezension|feedback)(?:en)?\s+(?:[\w-]+\s+){0,6}?(?:änderst|abänderst|löschst|entfernst|zurückziehst|anpasst|überarbeitest|aktualisierst|korrigierst|revidierst)\b",
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
        r"\b(?:hinterlassen|hinterlässt|schreiben|verfassen|abgeben|geben|posten|teilen|schenken|spendieren|gönnen)\s+(?:Sie\s+)?(?:uns\s+)?(?:[\w-]+\s+){0,3}?(?:\w*bewertung(?:en)?|rezension(?:en)?|sterne(?:bewertung)?)\b|\b(?:(?:erzählen|berichten|schildern)\s+Sie|erzähle?|berichte|schildere)\s+[^.!?\n]{0,60}?\b(?:in|mit)\s+(?:einer|eine[mr]|Ihrer|deiner)\s+(?:kurzen\s+|eigenen\s+|ehrlichen\s+)?(?:\w*bewertung|rezension)\b",
        r"\b(?:\w*bewertung(?:en)?|rezension(?:en)?)\s+(?:[\w-]+\s+){0,3}?(?:zu\s+)?(?:hinterlassen|schreiben|verfassen|abgeben|abzugeben|geben|posten|teilen)\b",
        r"\b(?:hinterlassen|posten)\s+(?:Sie\s+)?(?:uns\s+)?(?:[\w-]+\s+){0,3}?feedback\b|\bfeedback\s+(?:[\w-]+\s+){0,3}?(?:zu\s+)?(?:hinterlassen|posten)\b",
        r"\bverkäufer[\s-]*(?:bewertung|feedback)\w*",
        // "Bewerten Sie uns / den Artikel / gern / hier: …" asks for a rating; "Bewerten Sie vor
        // dem ersten Einsatz selbst, ob der Boden eben ist" asks the buyer to judge something.
        // (Nor does judging a position, a situation or one's own work, as a step of practice:
        // "bewerten Sie die Stellung", "bewerten Sie zuerst die Lage", "bewerten Sie Ihre
        // eigene Leistung"; the first branch reads it and reports nothing, an empty `m`.)
        r"\bbewerten\s+Sie\s+(?:(?:zuerst|erst|dann|nun|selbst|kurz|jeweils|immer)\s+){0,2}(?:die|den|das|Ihre[nrs]?|jede[nrs]?)\s+(?:eigene[nrs]?\s+)?(?:Stellung|Position|Lage|Situation|Ausgangslage|Spielsituation|Spielstellung|Haltung|Technik|Leistung|Fortschritte?|Lösung(?:en)?|Antwort(?:en)?|Partie|Zug|Züge|Versuch|Übung|Einheit|Zeichnung(?:en)?)\b(?P<m>)|\bbewerten\s+Sie\s*(?:(?:doch|bitte|gern|gerne|jetzt|einfach|kurz|ruhig|hier|dort|direkt|gleich|uns|unser\w*|den|das|die|Ihr\w*|es|ihn|sie|mit|auf|bei|über|nach|im|in)\b|[^\w\s]|\n|$)|\b(?:würden|könnten|möchten|würde|wollen)\s+Sie\s+(?:[\w-]+\s+){0,4}?(?:bewerten|rezensieren)\b",
        r"\b(?:freuen|freue|dankbar)\s+(?:[\w-]+\s+){0,3}?(?:über|für)\s+(?:eine|ihre|einige)\s+(?:[\w-]+\s+){0,2}?(?:\w*bewertung|rezension)\b",
        r"\b(?:würden|würde)\s+(?:wir|ich)\s+uns\s+(?:sehr\s+)?über\s+(?:eine|Ihre)\s+\w*(?:bewertung|rezension)\w*\s+freuen\b",
        r"\b(?:gern|gerne)\s+(?:hier\s+|dort\s+)?(?:loben|bewerten|rezensieren)\b",
        r"\bLink\s+zur\s+(?:Amazon-)?(?:\w*bewertung|rezension)\w*|\b(?:Bewertungs|Rezensions)link\b",
        // The buyer's opinion left somewhere, as the review: "deine Meinung hinterlassen",
        // "hinterlassen Sie Ihren Eindruck".
        r"\b(?:Ihre|deine|eure|Ihren|deinen|euren|eine|einen)\s+(?:ehrliche[n]?\s+|kurze[n]?\s+|eigene[n]?\s+)?(?:Meinung|Eindr(?:uck|ücke)|Erfahrung(?:en)?)\s+(?:(?:hier|dort|da|gern|gerne|kurz|doch|bitte|einfach|auch|online|öffentlich|(?:auf|bei)\s+Amazon)\s+){0,3}(?:zu\s+)?(?:hinterlassen|hinterlässt|dalassen|dazulassen)\b|\b(?:hinterlassen|hinterlass|hinterlässt)\s+(?:Sie\s+|du\s+)?(?:(?:hier|dort|gern|gerne|kurz|doch|bitte|einfach|auch|online|öffentlich|(?:auf|bei)\s+Amazon)\s+){0,3}(?:Ihre|deine|eure|Ihren|deinen|euren|eine|einen)\s+(?:ehrliche[n]?\s+|kurze[n]?\s+|eigene[n]?\s+)?(?:Meinung|Eindr(?:uck|ücke)|Erfahrung(?:en)?)\b",
        // Support or help asked for in the form of a review: "Möchten Sie uns mit einer Rezension
        // unterstützen?", "du kannst uns mit einer kurzen Bewertung sehr helfen".
        r"\bmit\s+(?:einer|Ihrer|deiner|eurer)\s+(?:[\w-]+\s+)?(?:\w*bewertung|rezension)\s+(?:[\w-]+\s+){0,2}?(?:unterstützen|helfen|weiterhelfen)\b",
        // Wishing to read or see it in a review: "die würden wir zu gern in einer Rezension
        // wiederfinden", "das lesen wir gern in einer Bewertung".
        r"\b(?:gern|gerne|zu\s+gern)\s+(?:[\w-]+\s+){0,3}?(?:in|als)\s+(?:einer|eine[rn]?|Ihrer|deiner)\s+(?:\w*bewertung|rezension)\w*\s+(?:[\w-]+\s+)?(?:lesen|sehen|wiederfinden|finden|entdecken|wiedersehen)\b",
    ],
    mention: &[
        // Passing it on to others, the review in a slogan: "Sagen Sie es weiter", "erzähl's
        // gern weiter".
        r"\b(?:erzähl|sag)(?:en|t|e)?\s+(?:Sie\s+|du\s+|ihr\s+)?(?:es|das|davon)\s+(?:gern(?:e)?\s+|bitte\s+|ruhig\s+)?weiter\b|\b(?:erzähl|sag)'s\s+(?:gern(?:e)?\s+|bitte\s+|ruhig\s+)?weiter\b|\bweiter(?:erzählen|sagen)\b",
        // Also "it" written on Amazon ("möchte das auf Amazon schreiben"), and the world hearing of
        // it ("soll die Welt davon erfahren").
        r"\b(?:auf|bei)\s+Amazon\s+(?:zu\s+)?(?:teilen|posten|veröffentlichen|festhalten|festzuhalten|schildern|beschreiben|erzählen)\b|\b(?:das|es|dies|davon|darüber)\s+(?:(?:auch|gern|gerne|dann|lieber|gleich|sofort|direkt|öffentlich)\s+)?(?:auf|bei)\s+Amazon\s+(?:zu\s+)?(?:schreiben|berichten|kundtun|loswerden)\b|\b(?:die\s+(?:ganze\s+|weite\s+)?Welt|alle\s+Welt|Öffentlichkeit)\s+(?:[\w-]+\s+){0,2}?(?:davon|darüber|es)\s+(?:erfahren|hören|wissen|lesen)\b",
        // The buyer's opinion or voice on Amazon, or over there: "deine Meinung auf Amazon",
        // "Ihre Stimme dort", "Ihr Urteil bei Amazon".
        r"\b(?:Ihre|deine|eure|Ihr|dein|euer)\s+(?:Meinung|Erfahrung\w*|Eindrücke?|Eindruck|Urteil|Stimme)\s+(?:[\w-]+\s+){0,2}?(?:(?:auf|bei)\s+Amazon|dort|da\s+drüben)\b",
        // The experience put online or on Amazon: "Ihre Erfahrung online teilen", "Ihre Meinung
        // im Netz posten", "Ihre Eindrücke bei Amazon festhalten".
        r"\b(?:Erfahrung\w*|Meinung|Eindrücke?|Eindruck|Urteil)\s+(?:[\w-]+\s+){0,4}?(?:online|öffentlich|im\s+(?:Netz|Internet)|(?:auf|bei)\s+Amazon)\s+(?:zu\s+)?(?:teil(?:en|t|st)|post(?:en|et|est)|schilder(?:n|t|st)|festhalten|festzuhalten|schreib(?:en|t|st)|veröffentlich(?:en|t|st)|stell(?:en|t|st)|kundtun)\b",
        // Telling everyone, as a slogan for the public review: "Sagen Sie es allen", "erzähl es
        // der Welt".
        r"\b(?:sagen|erzählen|verraten|sag|erzähl|verrat)(?:\s+Sie|\s+du|\s+es)*\s+(?:allen|jedem|der\s+(?:ganzen\s+)?Welt|aller\s+Welt)\b",
        r"\w*(?:bewertung|rezension)\w*|\bbewerten\b|\bsternen?\b|\bfeedback\b",
        r"\brezensier\w*",
        // The ask just made, pointed back at with its terms: "Diese Bitte gilt nur, wenn …",
        // "unsere Bitte richtet sich an alle, die …".
        r"\b(?:diese|unsere|meine|obige|die\s+obige)\s+Bitte\s+(?:[\w-]+\s+){0,2}?(?:gilt|galt|richtet\s+sich|geht)\b",
        // The seller rated, under a verb besides "bewerten": "wenn Sie uns als Verkäufer
        // beurteilen", "benoten Sie unseren Shop".
        r"\b(?:uns|unseren\s+(?:Shop|Service)|den\s+(?:Verkäufer|Händler))\s+(?:(?:als\s+(?:Verkäufer|Händler|Shop)|(?:auf|bei)\s+Amazon|bitte|kurz|doch|gern|gerne|öffentlich|hier|dort|ehrlich|einmal|mal|fair)\s+){0,4}(?:beurteilen|beurteilt|beurteilst|benoten|benotet)\b|\b(?:beurteilen|benoten)\s+Sie\s+(?:uns|unseren\s+(?:Shop|Service)|den\s+(?:Verkäufer|Händler))\b",
        // The colloquial short form: "erst 4 Rezis", "ne schlechte Rezi".
        r"\brezis?\b",
        // A few sentences or words on Amazon, in either order: "bei Amazon paar Worte dazu
        // schreiben", "zwei Sätze auf Amazon".
        r"\b(?:auf|bei)\s+Amazon\s+(?:[\w-]+\s+){0,4}?(?:Sätze|Zeilen|Worte|Wörter)\b|\b(?:Sätze|Zeilen|Worte|Wörter)\s+(?:[\w-]+\s+){0,4}?(?:auf|bei)\s+Amazon\b",
        // Experiences told over there or on Amazon: "dort von ihren Erfahrungen zu berichten",
        // "bei Amazon über seine Eindrücke erzählen".
        r"\b(?:dort|drüben|(?:auf|bei)\s+Amazon)\s+(?:[\w-]+\s+){0,3}?(?:von|über)\s+(?:[\w-]+\s+){0,2}?(?:Erfahrung\w*|Eindr(?:uck|ücke)\w*|Meinung)\s+(?:zu\s+)?(?:berichten|erzählen|schreiben|schildern)\b",
        r"\brezensent\w*",
        r"\bbewerter(?:in|innen)?\b",
        // The review named as words on the product page or as telling other buyers: "ein paar
        // Zeilen auf der Produktseite", "schreiben Sie ein paar Worte unter dem Produkt",
        // "erzählen Sie anderen Käufern, wie …".
        r"\b(?:Zeilen?|Worte|Wörter|Sätze)\s+(?:[\w-]+\s+){0,2}?(?:auf|unter|zu|für|an)\s+(?:der|die|dem|den|unserer|unserem|Ihrer)\s+(?:Produkt|Artikel|Amazon)(?:-?seite)?\b",
        // Voices, opinions or reports on the product page: "solche Stimmen fehlen uns noch auf
        // der Produktseite", "sobald Ihre Meinung auf der Produktseite steht".
        r"\b(?:Stimmen|Stimme|Meinung(?:en)?|Erfahrungsbericht\w*|Berichte|Eindrücke?|Eindruck|Urteile?)\s+(?:[\w-]+\s+){0,3}?(?:auf|unter|an)\s+(?:der|die|dem|den|unserer|unserem)\s+(?:Amazon-?)?(?:Produkt|Artikel)-?seite\b",
        r"\b(?:erzähl|schreib|bericht|schilder|verrat|teilen)\w*\b[^.!?\n]{0,60}?\b(?:auf|unter|an)\s+(?:der|die|dem|den|unserer|unserem)\s+(?:Amazon-?)?(?:Produkt|Artikel|Amazon)-?seite\b",
        r"\b(?:auf|unter|an)\s+(?:der|die|dem|den|unserer|unserem)\s+(?:Amazon-?)?(?:Produkt|Artikel|Amazon)-?seite\b[^.!?\n]{0,60}?\b(?:erzähl|schreib|bericht|schilder|verrat|teilen)\w*",
        r"\b(?:erzähl|bericht|schilder|verrat)\w*\s+(?:[\w-]+\s+){0,3}?(?:anderen|künftigen|zukünftigen|weiteren|neuen)\s+(?:Käufer|Kunde|Kundinnen|Interessent)\w*|\b(?:anderen|künftigen|zukünftigen|weiteren)\s+(?:Käufer|Kunde|Kundinnen|Interessent)\w*\s+(?:[\w-]+\s+){0,3}?(?:erzähl|bericht|schilder|verrat|mitteil|teil)\w*",
        // Telling other people like the buyer, named by what they do: "anderen Hobbygärtnern
        // davon erzählen", "Ihre Erfahrung anderen Eltern mitteilen".
        r"\b(?:erzähl|bericht|schilder|verrat|mitteil|teil)\w*\s+(?:[\w-]+\s+){0,4}?(?:anderen|künftigen|zukünftigen|weiteren)\s+(?:\w+(?:ern|erinnen|innen|leuten|menschen|freunden|fans|eltern)|Leuten|Menschen|Eltern|Fans)\b|\b(?:anderen|künftigen|zukünftigen|weiteren)\s+(?:\w+(?:ern|erinnen|innen|leuten|menschen|freunden|fans|eltern)|Leuten|Menschen|Eltern|Fans)\s+(?:[\w-]+\s+){0,6}?(?:erzähl|bericht|schilder|verrat|mitteil|weitergeb|weiterzugeb)\w*",
        // The link promised as the place to tell about it: "schicken wir Ihnen den Link, unter
        // dem Sie von Ihrer Erfahrung berichten können".
        r"\bLink\s*,?\s+(?:(?:unter|über|mit|auf)\s+(?:dem|den)|wo|womit|worüber)\s+(?:Sie|du|ihr)\s+[^.!?\n]{0,80}?\b(?:bericht|erzähl|schreib|teil|schilder|bewert|rezensier|hinterlass)\w*",
    ],
    seller_reviews: &[
        // A thing set apart from reviews, which names none: "das hat nichts mit einer Bewertung
        // zu tun", "gar nicht mit den Sternen".
        r"\b(?:nichts|keinesfalls|gar\s+nicht)\s+mit\s+(?:einer|der|Ihrer|deiner|den|Ihren)?\s*$",
    ],
    positive: &[
        // A stretch of time with the item, named good: "ein paar gute Wochen damit", "einige
        // problemlose Monate", or its use without trouble: "ein paar Wochen problemlos genutzt",
        // "drei Monate ohne Störung im Einsatz".
        r"\b(?:ein\s+paar|einige|zwei|drei|vier|mehrere|\d+)\s+(?:gute|guten|schöne|schönen|tolle|tollen|problemlose|problemlosen|glückliche|glücklichen|erfolgreiche|erfolgreichen|sorgenfreie|sorgenfreien|erholsame|erholsamen|ruhige|ruhigen)\s+(?:Wochen|Monate|Monaten|Tage|Tagen|Nächte|Nächten)\b",
        r"\b(?:Wochen|Monate|Monaten|Tage|Tagen|Jahre|Jahren)\s+(?:lang\s+)?(?:problemlos|ohne\s+(?:jedes\s+|jegliches?\s+)?(?:Probleme?|Ärger|Störung(?:en)?|Ausfall|Ausfälle)|störungsfrei|reibungslos|einwandfrei|zuverlässig)\s+(?:genutzt|benutzt|verwendet|gefahren|getragen|gelaufen|betrieben|im\s+Einsatz)\b",
        // The seller's fix to come, said as a time, is a condition on the review its sentence
        // names: "schreiben Sie die Bewertung erst, nachdem wir den Fehler behoben haben",
        // "sobald wir das Problem gelöst haben, freuen wir uns über eine Rezension". (Not in a
        // sentence of its own: "Sobald wir den Fehler behoben haben, senden wir die
        // Sendungsnummer." promises the parcel, and the ask after it stays neutral.)
        r"(?:\b(?:\w*bewertung|rezension|feedback|sterne)\w*|links\.\w*(?:review|feedback))[^.!?\n]{0,80}?(?P<m>\b(?:nachdem|sobald|bis|wenn)\s+wir\s+(?:[\wäöüß]+\s+){0,3}?(?:fehler|problem|defekt|mangel|schaden|störung)\w*\s+(?:[\wäöüß]+\s+)?(?:behoben|gelöst|repariert|beseitigt|erledigt)\b)",
        r"(?P<m>\b(?:nachdem|sobald|bis|wenn)\s+wir\s+(?:[\wäöüß]+\s+){0,3}?(?:fehler|problem|defekt|mangel|schaden|störung)\w*\s+(?:[\wäöüß]+\s+)?(?:behoben|gelöst|repariert|beseitigt|erledigt)\b)[^.!?\n]{0,80}?(?:\b(?:\w*bewertung|rezension|feedback|sterne)\w*|links\.\w*(?:review|feedback))",
        // Also with the ask in the next sentence of the same paragraph, pointing back at the fix
        // with "danach", "anschließend" or "dann": "Sobald wir das Problem behoben haben, schicken
        // wir Ihnen die Sendungsnummer.\nDanach hinterlassen Sie bitte hier eine Bewertung: …".
        // (After a blank line, a neutral ask is one of its own.)
        r"(?P<m>\b(?:nachdem|sobald|bis|wenn)\s+wir\s+(?:[\wäöüß]+\s+){0,3}?(?:fehler|problem|defekt|mangel|schaden|störung)\w*\s+(?:[\wäöüß]+\s+)?(?:behoben|gelöst|repariert|beseitigt|erledigt)\b)[^.!?\n]{0,100}(?:[.!]+[ \t]*\n?|[ \t]*\n)[ \t]*(?:danach|anschließend|dann|daraufhin|hinterher|im\s+Anschluss(?:\s+daran)?|(?:erst\s+)?wenn\s+das\s+(?:erledigt|geschehen)\s+ist)\b[^.!?\n]{0,80}?(?:\b(?:\w*bewertung|rezension|feedback|sterne|bewerten)\w*|links\.\w*(?:review|feedback))",
        // Breakage named only to say there is none: "dann ist die Serie nicht kaputt", "kam nicht
        // kaputt an" (a "nicht" on the problem word, no problem).
        r"\bnicht\s+(?:gleich\s+|sofort\s+|mehr\s+|gleich\s+ganz\s+)?(?:kaputt|zerbrochen|beschädigt)\b",
        // The product as good as shown or promised: "so kräftig wie auf der Packung abgebildet",
        // "genauso schön wie auf dem Foto".
        r"(?:so|genauso|ebenso)\s+(?:[\w-]+\s+){0,3}?wie\s+(?:auf\s+(?:der|dem)\s+(?:Packung|Verpackung|Foto|Bild|Abbildung|Etikett|Produktseite|Produktbild)|im\s+(?:Prospekt|Katalog|Video)|versprochen|beschrieben|erhofft|erwartet)",
        // No defect in any of the units, or the product having proved itself: "erst wenn keines davon
        // Mängel zeigt", "hat sich Ihr Duschkopf bewährt?", "den Praxistest bestanden".
        r"\b(?:keine[sr]?|keins)\s+(?:davon|der\s+\w+|von\s+(?:ihnen|\w+))\s+(?:[\w-]+\s+){0,2}?(?:Mängel|Schäden|Fehler|Defekte|Probleme|Macken)\b|\b(?:alle|sämtliche)\s+(?:[\w-]+\s+){0,2}?(?:einwandfrei|fehlerfrei|mangelfrei)\b",
        r"\bbewährt\b|\b(?:Probe|Test|Härtetest|Praxistest|Alltagstest|Feuerprobe)\s+bestanden\b",
        // Nicht mehr ohne: "möchten sie nicht mehr missen", "nicht mehr wegzudenken", "ans Herz gewachsen".
        // A piece worn all the time, said as not wanting to take it off any more: "Sie sie am
        // liebsten gar nicht mehr ausziehen würden", "wer seine Ohrringe nicht mehr ablegen mag",
        // "möchten die Uhr nie wieder abnehmen". Only with a wish ("würden", "mag", "möchten"),
        // so a ring that cannot come off ("nicht mehr abnehmen können") is no liking.
        r"\b(?:nicht\s+mehr|nie\s+mehr|nie\s+wieder|kaum\s+noch)\s+(?:(?:so\s+gern|gern|gerne)\s+)?(?:aus(?:zu)?ziehen|ab(?:zu)?legen|ab(?:zu)?nehmen|ab(?:zu)?setzen|ab(?:zu)?streifen|weg(?:zu)?legen|aus\s+der\s+Hand\s+(?:zu\s+)?legen)\s+(?:würden|würdest|würde|möchten|möchtest|möchte|wollen|willst|will|wollt|wollten|wollte|mögen|mag|magst|mochten|mochte)\b|\b(?:würden|würdest|würde|möchten|möchtest|möchte|wollen|willst|will|wollt|wollten|wollte|mögen|mag|magst)\s+(?:[\w-]+\s+){0,5}?(?:nicht\s+mehr|nie\s+mehr|nie\s+wieder|kaum\s+noch)\s+(?:aus(?:zu)?ziehen|ab(?:zu)?legen|ab(?:zu)?nehmen|ab(?:zu)?setzen|ab(?:zu)?streifen|weg(?:zu)?legen|aus\s+der\s+Hand\s+(?:zu\s+)?legen)\b",
        // Feeling beautiful or great in it, or complimented on it: "sich darin wunderschön
        // fühlen", "wie eine Königin gefühlt", "schon Komplimente bekommen", "Komplimente für den
        // Mantel geerntet". (Said as a promise with no condition or question on it, "Sie werden
        // Komplimente bekommen" asks nothing.)
        r"\b(?:fühlen|fühlt|fühle|fühlst|fühlte|fühlten|fühltest|gefühlt)\s+(?:[\w-]+\s+){0,4}?(?:(?:so|richtig|wirklich|einfach|ganz|besonders|rundum|unglaublich)\s+)?(?:schön|wunderschön|bildschön|hübsch|attraktiv|umwerfend|großartig|fantastisch|elegant|sexy|strahlend|unwiderstehlich|wie\s+(?:eine?\s+)?(?:Königin|Prinzessin|König|Prinz|Star|Filmstar|Diva|Model|neuer?\s+Mensch))\b|\b(?:schön|wunderschön|bildschön|hübsch|attraktiv|umwerfend|großartig|fantastisch|elegant|sexy|unwiderstehlich)\s+(?:[\w-]+\s+)?(?:fühlen|fühlt|fühlte|fühlten|gefühlt)\b",
        r"\bKomplimente?\s+(?:[\w-]+\s+){0,5}?(?:bekommen|bekam|bekamen|bekommt|erhalten|erhielt|erhielten|erhält|geerntet|ernten|erntet|erntete|eingeheimst|eingesammelt|gesammelt|kassiert)\b|\b(?:bekommen|bekam|bekamen|bekommt|erhalten|erhielt|erhielten|geerntet|erntet|ernteten)\s+(?:[\w-]+\s+){0,3}?Komplimente\b",
        r"\bnicht\s+mehr\s+(?:zu\s+)?(?:missen|hergeben|wegdenken|wegzudenken)\b|\b(?:nicht\s+mehr|nie\s+mehr|nie\s+wieder|kaum\s+noch)\s+ohne\s+(?:sie|ihn|es|die|den|das)\b|\bans\s+Herz\s+gewachsen\b",
        // A top experience had with the shop: "ein Fünf-Sterne-Erlebnis hatten", "ein rundum
        // gutes Einkaufserlebnis gemacht".
        r"\b(?:Fünf|5|Top|Spitzen)[\s-]*(?:Sterne[\s-]*)?(?:Erlebnis|Erfahrung|Einkaufserlebnis)\w*|\b(?:tolle|großartige|perfekte|rundum\s+gute|wunderbare|positive|schöne|gute)[sn]?\s+(?:Einkaufs)?(?:Erlebnis|Erfahrung)(?:se|en)?\s+(?:[\w-]+\s+){0,2}?(?:hatten|gemacht|hatte|erlebt)\b",
        r"\bunbeschädigt\b|\bpünktlich\s+(?:und\s+[\w-]+\s+)?(?:an|angekommen|geliefert|da)\b",
        r"\balles\s+(?:[\w-]+\s+){0,3}?(?:top|klar|prima|super|bestens)\b",
        r"\b(?:zufrieden|glücklich|begeistert|überzeugt)\b",
        // Charmed or won over: "Kundinnen, die ihre Tasche bezaubert hat", "die sich in ihre Kerze
        // verliebt haben", "wen der Duft für sich gewonnen hat"; or it turned out just as hoped:
        // "deren Kerze den Raum genau wie erhofft erfüllt", "ganz so, wie Sie es sich erträumt
        // haben".
        r"\b(?:bezaubert|verzaubert|entzückt|verliebt|erobert)\b|\bfür\s+sich\s+(?:gewonnen|eingenommen|erobert)\b|\b(?:ganz|genau|exakt)\s+(?:so\s*,?\s+)?wie\s+(?:(?:Sie|sie|er|du|man)\s+(?:es\s+)?(?:sich\s+|dir\s+)?)?(?:erhofft|gewünscht|erträumt|ersehnt|vorgestellt)\b",
        // Crazy about it or never having enough of it, said of the buyer or a pet: "Ist Ihr Hund
        // ganz verrückt nach den Leckerli?", "ganz wild auf das Spielzeug", "kann gar nicht genug
        // davon bekommen", "kriegt nicht genug von der Bürste" (not "spielt anfangs verrückt" or
        // "springt wild auf die Couch", with no liking in it).
        r"\b(?:verrückt|närrisch)\s+nach\b|\bversessen\s+auf\b|\b(?:vernarrt|verschossen)\s+in\b|\b(?:ganz|total|völlig|richtig|regelrecht|so|ganz\s+schön)\s+wild\s+auf\b|\b(?:ist|sind|war|waren|wird|werden)\s+(?:[\w-]+\s+){0,3}?wild\s+auf\s+(?:die|den|das|Ihre[nr]?|unsere[nr]?|seine[nr]?|ihre[nr]?|diese[nr]?|deine[nr]?|eure[nr]?)\b|\bnicht\s+genug\s+(?:davon|(?:von\s+|vom\s+)(?:[\w-]+\s+){1,3}?)(?:bekommen|bekommt|kriegen|kriegt)\b|\b(?:bekommt|bekommen|bekam|bekamen|kriegt|kriegen|kriegte)\s+(?:[\w-]+\s+){0,2}?nicht\s+genug\s+(?:davon|von|vom)\b",
        // The order felt or rated as good, quoted or not: "die ihren Kauf als „sehr gut“ erlebt
        // haben", "wer die Lieferung als hervorragend empfunden hat".
        r#"\bals\s+[„“"»‚']?(?:sehr\s+gut|gut|hervorragend|ausgezeichnet|exzellent|positiv|top|spitze|gelungen|überzeugend)[“"«‘']?\s+(?:erlebt|empfunden|bewertet|eingestuft|wahrgenommen|beurteilt|eingeschätzt|erleben|empfinden|bewerten|erlebten|empfanden)\b"#,
        // Also as the word before a group: "für zufriedene Familien", "an begeisterte Bastler".
        r"\b(?:für|an)\s+(?:alle\s+|die\s+)?(?-i:zufriedene|begeisterte|glückliche|überzeugte)[nr]?\s+(?-i:[A-ZÄÖÜ])[\w-]+",
        // Also opening the sentence or asked: "Zufriedene Läufer bitten wir …", "Den begeisterten
        // Gärtnerinnen unter Ihnen …", "bitten wir die zufriedenen Leser …".
        r"(?:(?m:^)[ \t]*(?:(?:[-*•·▪–]|\d{1,2}[.)])[ \t]+)?|[.!?:]\s+|\b(?:bitten|laden|ermuntern|ermutigen|fragen)\s+wir\s+(?:(?:nur|gerade|vor\s+allem|besonders)\s+)?)(?:(?:den|die|allen|alle|unseren|unsere|unsren|unsre)\s+)?(?P<m>(?-i:[Zz]ufriedene|[Bb]egeisterte|[Gg]lückliche|[Üü]berzeugte)[nr]?\s+(?-i:[A-ZÄÖÜ])[\w-]+)",
        // Also in a clause on the people it pleases: "alle, denen die Tasche gefällt".
        // Or suiting them: "Kunden, denen die neue Rezeptur zusagt", "falls Ihnen der Duft zusagt".
        r"(?:(?m:^)|[.!?:;,|]\s*|\b(?:wenn|falls|sofern|sollte|solange|denen|dem)\s+(?:[\w-]+\s+){0,5}?)(?:gefällt|gefallen|gefiel|lieben|zusagt|zusagen|zusagte|zusagten|zugesagt\s+hat)\b|(?:(?m:^)|[.!?:;]\s*)mögen\b",
        // Someone glad of the item, the feeling told back ("sich über die Box gefreut haben",
        // "sich riesig gefreut hat", "denen die Lampe Freude gemacht hat"); not the seller's own
        // "wir freuen uns", nor looking forward ("sich auf … freuen").
        r"\bsich\s+(?:(?:so|sehr|riesig|total|wirklich|richtig|ganz|besonders|mächtig|wahnsinnig|unglaublich)\s+)*(?:über\s+(?:[\w-]+\s+){0,4}?)?(?:(?:so|sehr|riesig|total|wirklich|richtig|ganz|besonders)\s+)*(?:gefreut|freut|freuen|freute|freuten)\b|\bFreude\s+(?:gemacht|bereitet|gebracht)\b",
        // Liking its taste, in a clause on the people or a condition: "alle, denen der Tee so
        // gut schmeckt wie uns", "wenn es Ihnen schmeckt", "Kunden, denen der Honig geschmeckt
        // hat"; not "zu bitter schmeckt" or "nach Metall schmeckt": between the two stand only
        // nouns, articles, pronouns and words of liking.
        r"\b(?:denen|dem|der|wenn|falls|sofern|solange)\s+(?:(?:(?-i:[A-ZÄÖÜ])[\w-]*|der|die|das|den|dein|deine|unser|unsere|es|er|sie|ihr|ihre|auch|immer|noch|genauso|ebenso|so|richtig|wirklich|besonders|sehr|gut|lecker|prima|köstlich|hervorragend)\s+){0,6}?(?:schmeckt|schmecken|schmeckte|schmeckten|geschmeckt\s+(?:hat|haben|hatte|hatten))\b",
        // Joy had with the item, named before it: "die an ihrer Lampe Freude haben", "die
        // damit viel Spaß hatten"; or loving it, in a clause on the people: "Kunden, die ihre
        // Lampe lieben".
        r"\b(?:an|mit|daran|damit)\s+(?:[\w-]+\s+){0,3}?(?:(?:viel|große|richtig|so\s+viel)\s+)?(?:Freude|Spaß)\s+(?:haben|hat|hatten|hatte|gehabt|finden|fanden)\b|,\s*die\s+(?:[\w-]+\s+){0,4}?(?:lieben|liebten|mögen|genießen|genossen\s+haben)\b",
        // "Wenn Sie es mögen" is about the product; "Wenn Sie mögen" only about the buyer's wish.
        r"\b(?:wenn|falls|sofern|sollte|solange)\s+(?:Sie|du|ihr)\s+(?:[\w-]+\s+){1,4}?(?:mögen|magst|mögt)\b",
        r"\balles\s+(?:[\w-]+\s+){0,3}?(?:in\s+Ordnung|okay|ok|gut|bestens|perfekt|einwandfrei|reibungslos|wie\s+erwartet|nach\s+Wunsch)\b",
        r"\bes\s+(?:[\w-]+\s+){0,2}?(?:in\s+Ordnung|perfekt|einwandfrei|wie\s+erwartet)\b",
        // Everything as it should be: "alles so ist, wie es sein soll", "läuft, wie es gehört".
        r"\b(?:alles|es)\s+(?:[\w-]+,?\s+){0,3}?wie\s+es\s+(?:sein\s+soll(?:te)?|gehört)\b",
        r"\balles\s+(?:[\w-]+\s+){0,3}?(?:geklappt|gepasst|funktioniert)\b",
        // A device fault named only as gone: "der Ton nicht mehr aussetzt", "keine Taste mehr
        // doppelt tippt", "die Verbindung nicht mehr abbricht", "das Bild flackert nicht mehr".
        // In a condition on the review it holds the ask until the product works; the "nicht" is
        // no problem. (A device that stops working, "reagiert nicht mehr", stays a problem.)
        concat!(
            r"\b(?:nicht|kein|keine|keiner|keinen)\s+(?:[\w-]+\s+){0,3}?mehr\s+(?:[\w-]+\s+){0,2}?(?:",
            de_device_fault!(),
            r")\b|\b(?:",
            de_device_fault!(),
            r")\s+(?:[\w-]+\s+){0,2}?(?:nicht|nie)\s+mehr\b"
        ),
        // A new thing's discomfort gone, said of it: "das Kissen nicht mehr platt wirkt", "die
        // Decke sich nicht mehr klumpig anfühlt", "nicht mehr so hart ist". In a condition on the
        // review it holds the ask until the buyer is content; the "nicht" is no problem.
        r"\bnicht\s+(?:[\w-]+\s+){0,2}?mehr\s+(?:so\s+|ganz\s+so\s+|zu\s+|allzu\s+)?(?:platt|flach|hart|kratzig|klumpig|steif|rau|fusselig|unbequem|verklumpt|muffig|knittrig|drückend)\s+(?:wirkt|wirken|ist|sind|erscheint|scheint|aussieht|aussehen|anfühlt|anfühlen|liegt|liegen)\b",
        // The same discomfort gone, told as a verb: "wenn die Decke nicht mehr klumpt", "sobald
        // die Füllung nicht mehr verrutscht", "der Bezug nicht mehr knistert", "Klumpt die Decke
        // nicht mehr, …". In a condition on the review it holds the ask until the buyer is
        // content; the "nicht" is no problem. (Without a condition on an ask, "damit die Daunen
        // nicht mehr klumpen, schütteln Sie …" is a care tip.)
        r"\bnicht\s+(?:[\w-]+\s+){0,2}?mehr\s+(?:so\s+|ganz\s+so\s+)?(?:klumpt|klumpen|verklumpt|verklumpen|verrutscht|verrutschen|knistert|knistern|raschelt|rascheln|fusselt|fusseln|piekst|pieksen|piekt|pieken|müffelt|müffeln|absackt|absacken|einsinkt|einsinken)\b|\b(?:klumpt|klumpen|verklumpt|verklumpen|verrutscht|verrutschen|knistert|knistern|raschelt|rascheln|fusselt|fusseln|piekst|pieksen|piekt|pieken|müffelt|müffeln)\s+(?:[\w-]+\s+){0,3}?nicht\s+mehr\b",
        // A night's sleep on or under the new bedding, told as good: "ein paar Nächte gut darunter
        // geschlafen haben", "wunderbar darauf durchgeschlafen", "erholsam darin geschlafen". It is
        // the buyer's verdict on the item, and in a condition on the review it holds the ask for
        // the content. (A wish with no condition on an ask, "schlafen Sie gut!", is no verdict.)
        r"\b(?:gut|sehr\s+gut|bestens|herrlich|himmlisch|wunderbar|wunderbar\s+ruhig|erholsam|tief|ruhig|besser|prima|super|traumhaft|fest)\s+(?:(?:darunter|darauf|darin|damit|drunter|drauf|drin|unter\s+(?:ihr|ihm|der\s+[\w-]+|dem\s+[\w-]+)|auf\s+(?:ihr|ihm|der\s+[\w-]+|dem\s+[\w-]+)|in\s+(?:ihr|ihm|der\s+[\w-]+|dem\s+[\w-]+))\s+)?(?:geschlafen|durchgeschlafen|geruht|ausgeschlafen)\b",
        // A binding or a seam that held, said as nothing coming loose: "keine Seite lose wurde",
        // "keine einzige Naht aufgegangen ist", "kein Ring locker". In a condition on the review
        // it holds the ask until the product has lasted; the "kein" is no problem.
        r"\bkein(?:e|en|er)?\s+(?:einzige[snr]?\s+)?(?:Seiten?|Blatt|Blätter|Nähte|Naht|Nieten?|Schrauben?|Ringe?|Fäden|Faden|Teile?|Knöpfe|Knopf|Stiche?|Bindung|Spirale)\s+(?:[\w-]+\s+){0,2}?(?:lose|locker|gelöst|ausgerissen|abgefallen|herausgefallen|gerissen|gebrochen|aufgegangen|wackelt|wackelte|abgegangen)\b",
        // A print or a page free of a fault it had: "der Toner keine Streifen mehr zieht", "keine
        // Kleckse mehr". In a condition on the review it holds the ask until the product works.
        r"\bkeine\s+(?:Streifen|Schlieren|Kleckse|Flecken|Tintenflecken|Schatten)\s+mehr\b",
        // A device that keeps its connection: "beide Seiten zuverlässig verbunden bleiben", "die
        // Maus stabil gekoppelt bleibt". In a condition on the review it holds the ask until the
        // product works.
        r"\b(?:zuverlässig|stabil|dauerhaft|störungsfrei|fehlerfrei)\s+(?:verbunden|gekoppelt)\s+(?:bleiben|bleibt|ist|sind)\b",
        // Everything fitting, in the present: "Klappt alles?", "wenn alles stimmt".
        r"\b(?:passt|klappt|stimmt)\s+alles\b|\balles\s+(?:passt|klappt|stimmt)\b",
        // Things running smoothly, and joy seen in faces: "alles läuft", "läuft rund",
        // "leuchtende Kinderaugen", "strahlende Gesichter".
        r"\balles\s+läuft\b|\b(?:läuft|lief|laufen|liefen)\s+(?:[\w-]+\s+)?(?:rund|glatt|reibungslos|wie\s+geschmiert|bestens|einwandfrei)\b|\b(?:alles|es)\s+(?:[\w-]+\s+)?(?:rund|glatt|reibungslos|wie\s+geschmiert|bestens|einwandfrei)\s+(?:gelaufen|gegangen|verlaufen)\b|\b(?:leuchtende|strahlende|glänzende|glückliche)[n]?\s+(?:Kinder)?(?:augen|Gesichter|Gesicht)\b",
        r"\b(?:gut|heil|unversehrt|wohlbehalten|einwandfrei)\s+(?:bei\s+Ihnen\s+)?angekommen\b",
        // Also hopes: "deren Hoffnungen sich erfüllt haben".
        r"\b(?:Erwartungen|Wünsche|Hoffnungen)\s+(?:[\w-]+\s+){0,2}?(?:erfüllt|übertroffen|entsprochen)\b|\b(?:erfüllt|übertrifft|übertraf)\s+(?:[\w-]+\s+){0,2}?(?:Ihre\s+)?Erwartungen\b",
        r"\b(?:gute|positive|tolle|schöne)[nr]?\s+(?:Erfahrung|Einkaufserlebnis)\w*",
        r"\bzu\s+Ihrer\s+(?:vollsten\s+|vollen\s+|größten\s+)?Zufriedenheit\b",
        r"\b(?:alles\s+)?(?:perfekt|super|bestens|prima)\s*\?",
        r"\bFreude\s+(?:an|mit)\b|\b(?:entspricht|entsprach|entsprechen)\s+(?:[\w-]+\s+){0,3}?(?:Ihren|deinen|den)\s+(?:Erwartungen|Vorstellungen|Wünschen)\b|\bErfahrung\s+(?:[\w-]+\s+){0,2}?(?:gut|positiv|toll)\w*",
        r"\b(?:bei|im\s+Falle\s+(?:der|Ihrer))\s+(?:voller\s+|großer\s+|Ihrer\s+)?Zufriedenheit\b",
        r"\b(?:4|vier|9|neun)\s+oder\s+(?:5|fünf|10|zehn)\b|\beine\s+(?:10|zehn)\b|\b(?:10|zehn)\s+von\s+(?:10|zehn)\b",
        // (The seller's fix said as a time, "sobald wir das Problem behoben haben", is read first
        // and reports nothing: in a sentence that names the review, the words above read it.)
        r"\b(?:sobald|nachdem|bis)\s+wir\s+(?:[\w-]+\s+){0,3}?problem\w*\s+(?:[\w-]+\s+){0,5}?(?:gelöst|behoben)\b(?P<m>)|\bproblem\s+(?:[\w-]+\s+){0,5}?(?:gelöst|behoben)\b",
        r"\b(?:nach|bei|mit)\s+(?:erfolgter\s+|bestätigter\s+|Ihrer\s+)*Zufriedenheit\w*|\bZufriedenheitsbestätigung\w*|\bfunktioniert\s+(?:[\w-]+\s+)?(?:einwandfrei|bestens|perfekt|prima|tadellos|super)\b",
        r"\b(?:es|das)\s+(?:[\w-]+\s+){0,2}?verdient\b|\bverdient\s+(?:[\w-]+\s+){0,2}?(?:sterne|eine\s+bewertung|ein\s+lob)\b",
        r"\b(?:keine|ohne)\s+(?:[\w-]+\s+)?(?:Probleme?|Schwierigkeiten|Mängel|Beanstandungen|Schmerzen|Beschwerden|Ärger|Zwischenfälle|Macken)\b",
        // A fault of wear or of water getting in, said as none: "ohne eine einzige Blase", "ohne
        // Druckstellen", "keine kalten Füße", "kein Kondenswasser", "keinen einzigen Tropfen
        // durchgelassen", "nicht ein Tropfen kam herein", "nie undicht geworden".
        concat!(
            r"\b(?:kein(?:e|en|er|es|em)?|ohne|nicht\s+(?:eine[nrs]?|ein|mal\s+eine[nrs]?|mal\s+ein))\s+(?:(?:einzige[nrs]?|eine[nrs]?|ein|jede[nrs]?|jegliche[nrs]?|auch\s+nur\s+eine[nrs]?|auch\s+nur\s+ein|kleine[nrs]?|störende[nrs]?)\s+){0,2}(?:",
            de_denied_fault!(),
            r")\b"
        ),
        r"\b(?:kein(?:e|en|er)?\s+(?:einzige[nr]?|auch\s+nur\s+eine[nr]?)|nicht\s+(?:ein|einen|ein\s+einziger|einen\s+einzigen|mal\s+ein|mal\s+einen))\s+(?:(?:Wasser|Regen)[\s-]*)?(?:Tropfen|Tröpfchen)\b|\b(?:nicht|nie|niemals|(?:kein|nicht\s+ein)(?:\s+einziges)?\s+Mal)\s+(?:(?:mehr|einmal|ein\s+bisschen)\s+)?undicht\b",
        // No cause for worry or complaint left, as the buyer's verdict, not a worry: "wenn Sie
        // keinen Grund zur Sorge haben", "ohne Anlass zur Klage".
        r"\b(?:kein(?:en)?|ohne)\s+(?:(?:echten|weiteren|einzigen)\s+)?(?:Grund|Anlass)\s+(?:mehr\s+)?zu[rm]?\s+(?:Sorge|Beunruhigung|Klage|Beschwerde|Reklamation|Beanstandung)\b",
        // Nothing of the delivery damaged, spoilt or missing, as the buyer finds it: "sofern keine
        // Farbe betroffen ist", "wenn kein Teil fehlt", "falls nichts zerbrochen ist", "ist keine
        // Flasche ausgelaufen"; or the set complete: "vollständig angekommen", "komplett
        // geliefert". (The negation is the all-clear, not a fault.)
        r"\b(?:kein(?:e|er|es|en|s)?|nichts)\s+(?:[\w-]+\s+){0,3}?(?:betroffen|beschädigt|kaputt|defekt|zerbrochen|gebrochen|abgebrochen|zerkratzt|verbogen|eingetrocknet|angetrocknet|ausgelaufen|undicht|verloren(?:gegangen)?|fehlt|fehlen|fehlte|fehlten|gefehlt)\b|\b(?:vollständig|komplett|lückenlos)\s+(?:und\s+[\w-]+\s+)?(?:bei\s+Ihnen\s+)?(?:angekommen|eingetroffen|geliefert)\b",
        // The part working without trouble, in workshop terms: "ohne jedes Klappern", "kein
        // Quietschen", "keinen Mucks", "klappert auf der Autobahn nichts", "wenn nichts mehr
        // rattert", "die Kette springt nicht mehr".
        r"\b(?:kein(?:e|en)?|ohne)\s+(?:(?:jedes|jegliches|einziges|ein|einen|störendes|lästiges|einzigen)\s+)?(?:Klappern|Quietschen|Rattern|Knarzen|Knacken|Scheppern|Rappeln|Ruckeln|Wackeln|Brummen|Dröhnen|Geräusch|Geräusche|Nebengeräusche?|Vibrationen|Schlieren|Mucks|Muckser|Pieps|Ton)\b|\b(?:klappert|klappern|klapperte|klapperten|rattert|rattern|ratterte|quietscht|quietschen|quietschte|knarzt|knarzen|knarzte|knackt|knacken|knackte|scheppert|scheppern|rappelt|rappeln|ruckelt|ruckeln|ruckelte|wackelt|wackeln|wackelte|brummt|dröhnt|schleift|schleifen|tropft|tropfen|springt|springen|sprang|rutscht|rutschen|rutschte|schmiert|schmieren)\s+(?:[\w-]+\s+){0,5}?(?:nichts|nicht(?:\s+mehr)?|nie(?:\s+mehr)?|kein\s+bisschen|gar\s+nicht|überhaupt\s+nicht)\b|\b(?:nichts|nicht|nie|gar\s+nicht|überhaupt\s+nicht)\s+(?:mehr\s+)?(?:klappert|klappern|klapperte|rattert|rattern|quietscht|quietschen|knarzt|knarzen|knackt|knacken|scheppert|rappelt|ruckelt|ruckeln|wackelt|wackeln|wackelte|schleift|tropft|springt|springen|rutscht|rutschen|schmiert|schmieren)\b",
        // The same in the perfect, said as never or not once: "wenn Ihre Box kein einziges Mal
        // getropft hat", "falls die Flasche noch nie ausgelaufen ist", "wenn der Deckel nicht ein
        // Mal geklemmt hat". (The negation is the all-clear, not a fault.)
        r"\b(?:(?:kein|nicht\s+ein)(?:\s+einziges)?\s+Mal|nicht\s+einmal|(?:noch\s+)?(?:nie|niemals)|(?:kein|nicht\s+ein)\s+bisschen)\s+(?:[\w-]+\s+){0,3}?(?:getropft|ausgelaufen|ausläuft|geleckt|gekleckert|gesuppt|durchgesuppt|undicht\s+geworden|gewackelt|geklappert|gequietscht|geknarzt|gerattert|geruckelt|gehakt|geklemmt|gerutscht|versagt|gestreikt|nachgegeben|Probleme?\s+gemacht|Ärger\s+gemacht|Zicken\s+gemacht)\b",
        // The fault gone, said as "that" noise no longer made or gone: "wenn der Mixer dieses
        // komische Geräusch nicht mehr macht", "sobald das nervige Klappern verschwunden ist".
        // (Its sentence must hold the ask to condition it.)
        concat!(
            r"\b(?:dieses|diese|dieser|das|die|den|jenes|sein|seine|ihr|ihre)\s+(?:(?:komisch|seltsam|merkwürdig|nervig|lästig|störend|laut|unangenehm|klein|eigenartig|fies|schrill)(?:e|en|es)?\s+){0,2}",
            r"(?:Geräusch|Geräusche|Klappern|Quietschen|Rattern|Knarzen|Knacken|Scheppern|Brummen|Surren|Summen|Klicken|Pfeifen|Schleifen|Ruckeln|Rappeln|Klackern)\s+",
            r"(?:(?:[\w-]+\s+){0,3}?nicht\s+mehr\s+(?:macht|machen|von\s+sich\s+gibt|von\s+sich\s+geben|gibt|geben)|(?:(?:ist|sind)\s+)?(?:(?:endlich|jetzt|nun|wieder|ganz|komplett|völlig|restlos)\s+)?(?:weg|verschwunden|vorbei|verstummt)(?:\s+(?:ist|sind))?)\b"
        ),
        // … or how it runs or stays: "läuft leise", "schaltet sauber", "bis die Scheibe
        // streifenfrei ist", "bleibt klapperfrei". (With "ist" only the words of a fault gone:
        // "der Einbau ist problemlos möglich" is a tip.)
        r"\b(?:läuft|laufen|lief|liefen|fährt|fahren|fuhr|rollt|rollen|rollte|schaltet|schalten|schaltete|dreht|drehen|drehte|wischt|wischen|wischte|arbeitet|arbeiten|arbeitete|funktioniert|funktionieren|funktionierte|bremst|bremsen|bremste)\s+(?:[\w-]+\s+){0,4}?(?:(?:wirklich|wieder|komplett|völlig|absolut|ganz|schön|angenehm|herrlich|butter)\s+)?(?:problemlos|störungsfrei|reibungslos|einwandfrei|klapperfrei|geräuschlos|lautlos|leise|ruhig|sauber|geschmeidig|butterweich|seidenweich|ruckelfrei|vibrationsfrei|streifenfrei|schlierenfrei)\b|\b(?:problemlos|störungsfrei|reibungslos|einwandfrei|klapperfrei|geräuschlos|lautlos|leise|ruhig|sauber|geschmeidig|ruckelfrei|vibrationsfrei|streifenfrei|schlierenfrei)\s+(?:läuft|laufen|lief|fährt|fahren|rollt|rollen|schaltet|schalten|dreht|drehen|wischt|wischen|arbeitet|arbeiten|funktioniert|funktionieren|bremst|bremsen)\b|\b(?:ist|sind|war|waren|bleibt|bleiben|blieb|sitzt|sitzen|saß|hält|halten|hielt)\s+(?:[\w-]+\s+){0,4}?(?:(?:wirklich|wieder|komplett|völlig|absolut|ganz|endlich)\s+)?(?:klapperfrei|geräuschlos|lautlos|störungsfrei|ruckelfrei|vibrationsfrei|streifenfrei|schlierenfrei|tropffrei|bombenfest|felsenfest)\b|\b(?:klapperfrei|geräuschlos|lautlos|störungsfrei|ruckelfrei|vibrationsfrei|streifenfrei|schlierenfrei|tropffrei|bombenfest|felsenfest)\s+(?:ist|sind|war|waren|bleibt|bleiben|sitzt|sitzen|hält|halten)\b",
        // A trouble-free use named as a thing: "nach Ihrer ersten problemlosen Probefahrt",
        // "ein paar störungsfreie Kilometer" (also a condition after "nach").
        r"\b(?:problemlos|störungsfrei|reibungslos|einwandfrei|klapperfrei|geräuschlos|lautlos|pannenfrei|ruckelfrei|sorgenfrei|streifenfrei|schlierenfrei)(?:e|en|er|es|em)\s+(?:(?:erste|ersten|erster)\s+)?[\wäöüß-]*(?:fahrt|fahrten|tour|touren|runde|runden|kilometer|kilometern|woche|wochen|monat|monate|monaten|einsatz|einsätze|einsätzen|saison|starts?|betrieb|ausflug|ausflüge|ausflügen|reise|reisen|strecke|strecken)\b",
        // A score above a threshold: "über 8 von 10", "mindestens neun von zehn Punkten".
        r"\b(?:über|mehr\s+als|mindestens|wenigstens|ab)\s+(?:\d+|sieben|acht|neun|vier)\s+(?:von|aus)\s+(?:\d+|zehn|fünf)\b",
        r"\b(?:gepasst|geklappt)\s+hat\b",
        // The product keeping its promise, good results, feeling well or rested: "es hält, was
        // es verspricht", "überzeugende Ergebnisse erzielen", "die Fische fühlen sich wohl",
        // "ich wache erholt auf".
        r"\bhält\s*,?\s+was\s+(?:es|er|sie|das\s+\w+|der\s+\w+|die\s+\w+)\s+verspr(?:icht|ach)\b",
        r"\b(?:gute|tolle|überzeugende|hervorragende|starke|beste)[n]?\s+(?:Ergebnisse?|Resultate?)\s+(?:[\w-]+\s+)?(?:erzielen|erzielt|erreichen|erreicht|bekommen|liefert|liefern|haben|hatten)\b",
        r"\bfühl(?:en|t|e|st)\s+(?:sich|mich|dich|uns|euch)\s+(?:[\w-]+\s+)?wohl\b|\b(?:erholt|ausgeruht|ausgeschlafen)\b|\bschlaf\w*\s+(?:[\w-]+\s+){0,3}?(?:wie\s+(?:ein|eine)\s+(?:Stein|Murmeltier|Baby|Bär|Ratz|Toter|Engel)|tief\s+und\s+fest|durch)\b|\bdurchgeschlafen\b",
        // The difference noticed: "den Unterschied sofort gemerkt".
        r"\b(?:den|einen)\s+Unterschied\s+(?:[\w-]+\s+){0,2}?(?:gemerkt|gespürt|bemerkt|geschmeckt|gesehen|merken|spüren)\b",
        r"\b(?:Lob|Komplimente|Applaus)\b[^.!?\n]{0,20}?\b(?:auf|bei|an|zu)\s+Amazon\b",
        r"\büberzeugen\s+konnten\b|\büberzeugt\s+hat\b|\büberzeugen\s+konnte\b",
        // A condition on the product being as the buyer hoped: "falls er so dicht ist wie erhofft",
        // "wenn es so läuft, wie Sie es sich vorgestellt haben" (said without a condition, "nicht
        // so wie erhofft" is an apology, not a positive).
        // Also the product doing what it should, or running cleanly, in the condition: "sobald
        // die Pfanne so brät, wie sie soll", "sobald der Roboter sauber seine Runden dreht"; or
        // still as good as new: "falls die Schere nach dem Winter noch wie neu schneidet",
        // "solange die Pumpe wie am ersten Tag läuft".
        r"\b(?:wenn|falls|sofern|sollte|solange|sobald)\s+[^.!?\n]{0,60}?\bwie\s+(?:erhofft|gewünscht|erwünscht|(?:Sie|du)\s+(?:es\s+)?(?:sich\s+|dir\s+)?(?:erhofft|gewünscht|vorgestellt|erwartet)\s+(?:haben|hatten|hast|hattest)|(?:es|er|sie)\s+soll(?:te)?)\b|\b(?:wenn|falls|sofern|solange|sobald)\s+[^.!?\n]{0,40}?\b(?:sauber|tadellos|reibungslos|fehlerfrei|problemlos|(?:noch\s+|immer\s+noch\s+)?wie\s+(?:neu|am\s+ersten\s+Tag))\s+(?:[\w-]+\s+){0,3}?(?:läuft|laufen|dreht|drehen|funktioniert|funktionieren|arbeitet|arbeiten|fährt|fahren|saugt|brät|schneidet|schneiden|schließt|schließen)\b",
        // The same wish waited for with "bis", however long the clause before it: "warten Sie
        // damit, bis die Farbe durchgehärtet ist und der Farbton so aussieht, wie Sie es sich
        // gewünscht haben" (the wish alone is the positive).
        r"\bbis\s+[^.!?\n]{0,120}?(?P<m>\bwie\s+(?:erhofft|gewünscht|erwünscht|(?:Sie|du)\s+(?:es\s+)?(?:sich\s+|dir\s+)?(?:erhofft|gewünscht|vorgestellt|erwartet)\s+(?:haben|hatten|hast|hattest)))\b",
        // A repeat order as good as the one before: "wenn sie genauso gut ist wie letztes Mal".
        r"\b(?:genauso|ebenso|so)\s+gut\b[^.!?\n]{0,60}?\bwie\s+(?:beim\s+|bei\s+der\s+|die\s+|das\s+|der\s+|den\s+)?(?:letzte|vorige|vorherige|erste)\w*",
        // A cover, a garment or a part sitting as it should: "sitzt schon faltenfrei", "wie
        // angegossen sitzt", "sitzt perfekt".
        r"\b(?:faltenfrei|perfekt|tadellos|wie\s+angegossen|bombenfest|passgenau)\s+sitz\w*|\bsitz\w*\s+(?:[\w-]+\s+){0,2}?(?:faltenfrei|perfekt|tadellos|wie\s+angegossen|passgenau|bombenfest|felsenfest|bombensicher)\b",
        // Pride or success said of the people the review is asked of, in a relative clause with
        // the review later in its sentence: "Alle, die ihren ersten Song schon stolz spielen,
        // bitten wir um eine Bewertung", "wer die erste Stufe geschafft hat, darf gern eine
        // Rezension schreiben". (Without a review in the sentence, "für alle, die Lektion 3
        // gemeistert haben, eine Zusatzübung" is a tip for the advanced.)
        r"(?P<m>\b(?:die|der|denen|dem|wer|welche)\s+(?:[\w-]+\s+){0,6}?(?:stolz|gemeistert|geschafft|gewonnen|bestanden|beherrschen|beherrscht))\b[^.!?\n]{0,140}?\b(?:Bewertung(?:en)?|Rezension(?:en)?|Meinung|Feedback|bewerten|rezensieren)\b",
        // Progress, improvement or enjoyment said of the people the review is asked of, in a
        // relative clause with the review, or telling others (before the review link), later in
        // its sentence: "An alle, die schon Fortschritte machen: eine Bewertung …", "Alle, deren
        // Akkordwechsel flüssiger geworden sind, …", "Erzählt anderen davon: …", "Erzählen Sie anderen,
        // wie …"; also in the next sentence of its paragraph, the group's own sentence only
        // leading into the ask ("An alle, die merken, dass die Beine lockerer sind: Ihnen gilt
        // meine Bitte. Erzählen Sie anderen davon …"); or with the review before the group.
        // (Without one, "nach zwei Wochen werden die Hände lockerer" is a tip.)
        concat!(
            "(?P<m>",
            de_progress_group!(),
            r")[^.!?\n]{0,140}?(?:[.!?]+[ \t]+[^.!?\n]{0,100}?)?(?:\b\w*(?:bewertung|rezension)\w*|\b(?:Feedback|Meinung|Erfahrungsbericht|bewerten|rezensieren)\b|links\.\w*(?:review|feedback)|\b(?:erzählt|erzählen|erzähl|erzähle|sagt|sagen)\s+(?:[\w-]+\s+){0,3}?(?:davon|es\s+weiter|weiter)\b|\b(?:anderen|allen|Freunden|Mitschülern|Mitspielern)\s+(?:[\w-]+\s+){0,2}?(?:davon\s+)?(?:erzählen|berichten|weitersagen)\b|\bweiter(?:sagen|erzählen)\b|\b(?:erzählen|berichten|zeigen|sagen)\s+(?-i:Sie)\s+(?:es\s+|das\s+|davon\s+)?(?:anderen|allen)\b)"
        ),
        concat!(
            r"(?:\b\w*(?:bewertung|rezension)\w*|\b(?:Feedback|Meinung)\b|links\.\w*(?:review|feedback))[^.!?\n]{0,80}?(?P<m>",
            de_progress_group!(),
            ")"
        ),
        // The item's good outcome said of the people the review is asked of, in a relative
        // clause with the review later in its sentence: "Kunden, bei denen der Starter den Wagen
        // zuverlässig zum Laufen gebracht hat, bitten wir um eine Bewertung", "alle, deren Test
        // nichts Auffälliges gezeigt hat", "die schon mit einem Lächeln fahren". (Without a review
        // in the sentence, "für alle, bei denen die Kette leise läuft: alle 300 km ölen" is a tip.)
        // The outcome is any of the common ways a part is said to work well, a manner word before
        // the working verb: "bei denen die Kette butterweich schaltet", "deren Mäher wieder rund
        // läuft", "bei denen der Deckel dicht hält", "bei denen das Futter bombenfest hält".
        r"\b(?:die|der|denen|dem|deren|dessen|wer|welche|bei\s+denen|bei\s+dem|für\s+die)\s+(?:[\w-]+\s+){0,8}?(?P<m>(?:auf\s+Anhieb|beim\s+ersten\s+(?:Versuch|Mal|Anlauf|Startversuch|Dreh|Klick)|zuverlässig|problemlos|einwandfrei|tadellos|reibungslos|fehlerfrei|störungsfrei|passgenau|wie\s+angegossen|wie\s+geschmiert|wie\s+am\s+Schnürchen|auf\s+den\s+Punkt|ohne\s+(?:(?:jede[ns]?|irgendwelche|größere|weitere)\s+)?(?:Probleme?|Schwierigkeiten|Mucken|Murren|Zicken|Fehler|Störung(?:en)?|Ärger|Aussetzer)|(?:perfekt|exakt|präzise|sauber|sofort|gleich|prima|bestens|super|butterweich|knackig|rund|geschmeidig|seidenweich|samtweich|leise|flüsterleise|satt|dicht|spielfrei|ruckfrei|ruckelfrei|ruckfrei|flüssig|mühelos|leichtgängig|astrein|bombenfest|felsenfest|streifenfrei|tropffrei|passgenau|wie\s+neu|wie\s+am\s+ersten\s+Tag|wie\s+frisch\s+aus\s+der\s+Verpackung|wie\s+Butter|wie\s+eine\s+Eins)\s+(?:[\w-]+\s+){0,3}?(?:passt|passte|gepasst|funktioniert|funktionierte|klappt|klappte|geklappt|läuft|laufen|lief|gelaufen|sitzt|sitzen|saß|gesessen|startet|startete|gestartet|angesprungen|ansprang|anspringt|klickt|klickte|geklickt|ausgelöst|verbunden|gekoppelt|hält|halten|hielt|gehalten|schaltet|schalten|geschaltet|bremst|bremsen|gebremst|greift|greifen|gegriffen|schneidet|schneiden|geschnitten|dreht|drehen|gedreht|pumpt|gepumpt|lädt|laden|geladen|schließt|schließen|geschlossen|dichtet|abgedichtet|rollt|rollen|gerollt|gleitet|gleiten|geglitten|zieht|gezogen|rastet|einrastet|eingerastet|spannt|gespannt|heizt|geheizt|kühlt|gekühlt|mixt|gemixt|knetet|geknetet|beißt|packt|zupackt|arbeitet|gearbeitet|schnurrt|surrt|fährt|gefahren|federt|gefedert|spült|gespült|saugt|gesaugt)|zum\s+Laufen\s+gebracht|in\s+Gang\s+(?:gebracht|gesetzt)|(?:angesprungen|ansprang|anspringt)|nichts\s+(?:Auffällige|Ungewöhnliche|Besorgniserregende|Beunruhigende)s?|keine\s+(?:Auffälligkeiten|Fehlercodes?|Fehlermeldungen|Unregelmäßigkeiten)|alles\s+im\s+grünen\s+Bereich|mit\s+(?:einem\s+)?(?:breiten\s+|großen\s+|dicken\s+)?(?:Lächeln|Grinsen)|(?:fahren|fährt|radeln|radelt|rollen|rollt)\s+(?:[\w-]+\s+){0,2}?(?:sorgenfrei|entspannt|strahlend))\b)[^.!?\n]{0,140}?(?:\b\w*(?:bewertung|rezension)\w*|\b(?:Feedback|Sterne|Meinung|bewerten|rezensieren)\b|\bErfahrung(?:en)?\s+(?:[\w-]+\s+){0,3}?(?:teilen|mitteilen|schildern|erzählen)\b|links\.\w*(?:review|feedback))",
        // Also with the review before the group: "Bewertungen von Fahrern, bei denen das Gerät
        // auf Anhieb funktioniert hat".
        r"(?:\b\w*(?:bewertung|rezension)\w*|\b(?:Feedback|Sterne|Meinung)\b|links\.\w*(?:review|feedback))[^.!?\n]{0,80}?\b(?:die|der|denen|dem|deren|dessen|welche|bei\s+denen|bei\s+dem)\s+(?:[\w-]+\s+){0,8}?(?P<m>(?:auf\s+Anhieb|beim\s+ersten\s+(?:Versuch|Mal|Anlauf|Startversuch|Dreh|Klick)|zuverlässig|problemlos|einwandfrei|tadellos|reibungslos|fehlerfrei|störungsfrei|passgenau|wie\s+angegossen|wie\s+geschmiert|wie\s+am\s+Schnürchen|auf\s+den\s+Punkt|ohne\s+(?:(?:jede[ns]?|irgendwelche|größere|weitere)\s+)?(?:Probleme?|Schwierigkeiten|Mucken|Murren|Zicken|Fehler|Störung(?:en)?|Ärger|Aussetzer)|(?:perfekt|exakt|präzise|sauber|sofort|gleich|prima|bestens|super|butterweich|knackig|rund|geschmeidig|seidenweich|samtweich|leise|flüsterleise|satt|dicht|spielfrei|ruckfrei|ruckelfrei|ruckfrei|flüssig|mühelos|leichtgängig|astrein|bombenfest|felsenfest|streifenfrei|tropffrei|passgenau|wie\s+neu|wie\s+am\s+ersten\s+Tag|wie\s+frisch\s+aus\s+der\s+Verpackung|wie\s+Butter|wie\s+eine\s+Eins)\s+(?:[\w-]+\s+){0,3}?(?:passt|passte|gepasst|funktioniert|funktionierte|klappt|klappte|geklappt|läuft|laufen|lief|gelaufen|sitzt|sitzen|saß|gesessen|startet|startete|gestartet|angesprungen|ansprang|anspringt|klickt|klickte|geklickt|ausgelöst|verbunden|gekoppelt|hält|halten|hielt|gehalten|schaltet|schalten|geschaltet|bremst|bremsen|gebremst|greift|greifen|gegriffen|schneidet|schneiden|geschnitten|dreht|drehen|gedreht|pumpt|gepumpt|lädt|laden|geladen|schließt|schließen|geschlossen|dichtet|abgedichtet|rollt|rollen|gerollt|gleitet|gleiten|geglitten|zieht|gezogen|rastet|einrastet|eingerastet|spannt|gespannt|heizt|geheizt|kühlt|gekühlt|mixt|gemixt|knetet|geknetet|beißt|packt|zupackt|arbeitet|gearbeitet|schnurrt|surrt|fährt|gefahren|federt|gefedert|spült|gespült|saugt|gesaugt)|zum\s+Laufen\s+gebracht|in\s+Gang\s+(?:gebracht|gesetzt)|(?:angesprungen|ansprang|anspringt)|nichts\s+(?:Auffällige|Ungewöhnliche|Besorgniserregende|Beunruhigende)s?|keine\s+(?:Auffälligkeiten|Fehlercodes?|Fehlermeldungen|Unregelmäßigkeiten)|alles\s+im\s+grünen\s+Bereich|mit\s+(?:einem\s+)?(?:breiten\s+|großen\s+|dicken\s+)?(?:Lächeln|Grinsen)|(?:fahren|fährt|radeln|radelt|rollen|rollt)\s+(?:[\w-]+\s+){0,2}?(?:sorgenfrei|entspannt|strahlend))\b)",
        // Proud, as a condition: "wenn Sie stolz auf Ihr erstes Bild sind"; or as the question a
        // review answers on the same line: "Stolz auf die ersten Skizzen? Ihre Bewertung …" (a
        // subject's "Stolz auf Ihren ersten Song?" alone is small talk about progress).
        r"\b(?:wenn|falls|sofern)\s+(?:Sie|du|ihr)\s+(?:[\w-]+\s+){0,4}?stolz\b",
        r"(?P<m>\b(?:stolz|geschafft|gemeistert)\b)[^?.!\n]{0,80}\?[^\n?]{0,60}?\b(?:Bewertung|Rezension|Meinung|Feedback)\b",
        // A symptom easing, as the condition or the time of an ask in the same sentence: "wenn Sie
        // morgens weniger Rückenschmerzen haben, freuen wir uns über eine Bewertung", "sobald
        // Sie nachts nicht mehr aufwachen, erzählen Sie es anderen". The "weniger" or "nicht
        // mehr" is the improvement's own, no problem. (Without an ask, "wenn Sie weniger
        // Schmerzen haben, steigern Sie auf 30 Minuten" is a step of a plan.)
        concat!(
            r"\b(?:wenn|falls|sobald|sofern|solange|nachdem)\s+[^.!?\n,;:]{0,60}?(?P<m>",
            de_symptom_eased!(),
            r")[^.!?\n]{0,140}?(?:\b\w*(?:bewertung|rezension)\w*|\b(?:Feedback|Meinung|Erfahrungsbericht|bewerten|rezensieren)\b|links\.\w*(?:review|feedback)|\b(?:erzählen|berichten)\s+(?-i:Sie)\s+(?:es\s+|das\s+|davon\s+)?(?:anderen|allen)\b)"
        ),
        // Progress or a better state, asked in a question of any length: "Zwei Wochen dabei und
        // schon fitter?", "Nach dem ersten Monat spürbar kräftiger und beweglicher?", "Fühlen Sie
        // sich nach der ersten Woche schon besser?", "Sehen Sie schon erste Ergebnisse?". Only in
        // a question, so a tip on progress ("sobald Sie sich stärker fühlen, …") conditions nothing.
        r"(?P<m>\b(?:schon|bereits|jetzt|endlich|deutlich|merklich|spürbar|sichtbar|viel|etwas|fühlbar|sich)\s+(?:(?:schon|bereits|deutlich|merklich|spürbar|viel|etwas|ein\s+bisschen|ein\s+wenig)\s+)?(?:fitter|stärker|kräftiger|besser|leichter|gesünder|entspannter|ausgeruhter|beweglicher|sicherer|energiegeladener|wacher|vitaler|ausgeglichener)\b)[^.!?\n]{0,60}\?",
        r"(?P<m>\b(?:sehen|sehst|siehst|sieht|merken|merkst|merkt|spüren|spürst|spürt|bemerken|bemerkst|bemerkt|gemerkt|gespürt|gesehen)\s+(?:Sie\s+|du\s+|ihr\s+|man\s+)?(?:schon\s+|bereits\s+|jetzt\s+|endlich\s+)?(?:einen\s+|die\s+|erste\s+|ersten\s+|deutliche\s+|echte\s+)?(?:Unterschied|Ergebnisse?|Erfolge?|Fortschritte?|Wirkung|Verbesserung(?:en)?)\b)[^.!?\n]{0,60}\?",
        // The pet or the result named happy or proud: "einen stolzen, flauschigen Hund vor sich
        // haben", "eine glückliche Katze", "zufriedene Vierbeiner".
        r"\b(?:stolz|glücklich|überglücklich|zufrieden|fröhlich|strahlend)e[nmrs]?\s*,?\s+(?:[\w-]+\s*,?\s+){0,2}?(?:Hund|Hundes|Hunde|Hunden|Hündin|Welpe|Welpen|Katze|Katzen|Kater|Katers|Kätzchen|Vierbeiner|Vierbeiners|Vierbeinern|Fellnase|Fellnasen|Haustier|Haustiere|Haustieren|Vogel|Vögel|Vögeln|Kaninchen|Meerschweinchen|Pferd|Pferde|Pferden)\b",
        // A session no longer skipped or a pain gone, as the buyer's verdict in a question: "Das
        // Laufband läuft leise und Sie lassen kein Training mehr aus?", "Verpassen Sie keine
        // Einheit mehr?", "Der Rücken tut nicht mehr weh?". The "kein … mehr" is the habit's own,
        // no problem. Only in a question, so a tip ("damit Sie kein Training mehr auslassen,
        // legen Sie feste Zeiten fest") conditions nothing.
        r"(?P<m>\b(?:lassen|lässt|lasst|verpassen|verpasst|versäumen|versäumst|versäumt|schwänzen|schwänzt|fällt|fallen)\s+(?:[\w-]+\s+){0,4}?(?:kein(?:e|en)?|keine\s+einzige)\s+(?:[\w-]+\s+)?(?:Training|Trainings|Trainingseinheit|Trainingseinheiten|Einheit|Einheiten|Session|Sessions|Stunde|Übungsstunde|Runde|Laufrunde|Workout|Workouts|Yogastunde|Sporteinheit|Tag|Termin)\s+mehr(?:\s+aus)?|\b(?:tut|tun)\s+(?:(?:Ihnen|dir|euch|Ihr|dein|der|die|das)\s+)?(?:[\w-]+\s+)?(?:nicht\s+mehr|kein\s+bisschen\s+mehr)\s+weh)\b[^.!?\n]{0,60}\?",
    ],
    negation: &[
        r"\bnicht\b|\bkein\w*|\bnie\b|\bweniger\b|\bun(?:zufrieden|glücklich)\b",
        // A bare answer no to a buyer's question ("A: Nein."): the question's reward is refused.
        // Also softened or set off by a dash: "A: Leider nein – …", "A: Ehrlich gesagt: nein.".
        r"(?m:^)[ \t]*[ar][ \t]*[:：.)][ \t]*(?:(?:leider|ehrlich\s+gesagt|kurz\s+gesagt|ganz\s+klar|klar)[ \t]*[:,]?[ \t]*)?nein[ \t]*[.!,–—-]",
    ],
    problem: &[
        // A small fault in use, told as a verb: "wenn die Feder kratzt", "das Scharnier quietscht",
        // "der Reißverschluss klemmt", "die Feder hakt", "der Füller tropft".
        r"\b(?:kratzt|kratzte|quietscht|quietschte|klemmt|klemmte|hakt|hakte|tropft|tropfte)\b",
        r"\b(?:kaputt|defekt\w*|beschädigt\w*|fehl\w*|falsch\w*|problem\w*|mangel\w*|mängel\w*|unzufrieden|enttäuscht|schaden|schäden|transportschaden|reklamation\w*|beschwerde\w*|stimmt\s+(?:etwas\s+)?nicht|nicht\s+zufrieden|funktioniert\s+nicht|rücksend\w*|rückgabe\w*|umtausch\w*|retoure\w*)\b",
        r"\b(?:schwierigkeit\w*|enttäusch\w*)\b",
        r"\bunzufrieden\w*|\bnichtgefallen\b",
        // Something that does not fit or work: "irgendwas passt nicht", "klappt nicht".
        r"\b(?:passt|klappt|läuft|hält|sitzt|geht)\s+(?:[\w-]+\s+)?nicht\b",
        // Broken, torn, bent or dented parts: "was abgebrochen ist", "die Naht ist gerissen",
        // "kommt verbeult an".
        r"\b(?:abgebrochen|zerbrochen|gebrochen|abgerissen|gerissen|eingerissen|verbogen|zerkratzt|verkratzt|eingedrückt|verbeult|eingedellt|angeschlagen|(?:zer)?splittert|gesplittert|undicht|ausgelaufen)\b",
        concat!(r"\b(?:", de_wear_fault!(), r")\b"),
    ],
    condition: &[
        // The review timed to a milestone, and no earlier, in the review's sentence: "bewerten Sie
        // erst dann, nicht vorher".
        r"\b(?:\w*bewertung|rezension|bewerten|rezensieren|Sterne|Feedback)\w*\b[^.!?\n;]{0,120}?\b(?P<m>nicht\s+(?:schon\s+)?(?:vorher|früher|eher))\s*(?:[,.;:!)–—-]|(?m:$))",
        r"\b(?P<m>nicht\s+(?:schon\s+)?(?:vorher|früher|eher))\s*[,;:–—-][^.!?\n;]{0,120}?\b(?:\w*bewertung|rezension|bewerten|rezensieren|Sterne|Feedback)\w*",
        // After a stretch of time with the item named good: "Nach ein paar guten Wochen mit dem
        // Kocher …" holds the ask back until that verdict.
        r"\bnach\s+(?:ein\s+paar|einigen|zwei|drei|vier|mehreren|\d+)\s+(?:guten|schönen|tollen|problemlosen|glücklichen|erfolgreichen|sorgenfreien)\s+(?:Wochen|Monaten|Tagen)\b",
        // The ask limited to the items that pleased the buyer: "Für die Klaviere, die Ihren
        // Klangtest bestanden und Ihnen gefallen haben, …", "für jene Sets, die Sie überzeugt
        // haben".
        r"\bfür\s+(?:die|jene|diejenigen|alle)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,\s+(?:die|das|der)\s+[^.!?\n]{0,80}?\b(?:gefallen|gefiel|gefielen|begeistert|überzeugt|zufrieden)\b",
        // The happy ones addressed as a group, before a comma or a colon: "An alle glücklichen Halter:",
        // "Zufriedene Katzenbesitzer, …", "Liebe begeisterte Eltern, …". ("An alle Katzenhalter:"
        // names every buyer.)
        r"(?:(?m:^)[ \t]*|[.!?:;]\s+|\b(?:an|für)\s+(?:alle\s+|die\s+|unsere\s+)?|\b(?:liebe|hallo|hey|ihr)\s+)(?P<m>(?:zufrieden|begeistert|glücklich|überzeugt|happy|stolz)(?:e|en|er)?\s+[\wäöüß-]*(?:halter|besitzer|herrchen|frauchen|eltern|familien|nutzer|anwender|kunden|käufer|fans|leute|gärtner|köche|bäcker|leser|sammler|sportler|fahrer|reiter|angler|camper)(?:innen|in|n)?)\s*[,:!]",
        // A review placed after someone's approval, said as a noun: "nach dem Pfötchen-OK Ihrer
        // Katze", "nach der Zustimmung Ihres Hundes", "nach seinem Daumen hoch". (A condition only
        // on an ask in its sentence: "nach dem OK des Tierarztes mit einer halben Portion
        // beginnen" asks nothing.)
        r"\bnach\s+(?:dem|der|Ihrem|Ihrer|seinem|seiner|ihrem|ihrer|deinem|deiner|eurem|eurer|einem|einer)\s+(?:[\w-]+\s+)?(?:\w+-)?(?:OK|Okay|O\.K\.|Daumen[\s-]+(?:hoch|nach\s+oben)|Gütesiegel|Segen|Ritterschlag|Zustimmung|Einverständnis|Plazet|Placet)(?:\W|$)",
        // The review timed to a first use said to go without trouble: "nach Ihrer ersten
        // problemlosen Probefahrt", "nach ein paar klapperfreien Kilometern". ("Nach der ersten
        // Probefahrt die Klemmen prüfen" names no such use.)
        r"\bnach\s+(?:(?:Ihrer|Ihren|Ihrem|deiner|deinen|deinem|der|dem|den|einer|einem|ein\s+paar|einigen|zwei|drei|\d+)\s+)?(?:(?:ersten|erste|nächsten)\s+)?(?:problemlos|störungsfrei|reibungslos|einwandfrei|klapperfrei|geräuschlos|lautlos|leise|ruhig|pannenfrei|ruckelfrei|sorgenfrei|streifenfrei|schlierenfrei)(?:e|en|er|es|em)\s+(?:(?:erste|ersten|erster)\s+)?[\wäöüß-]*(?:fahrt|fahrten|tour|touren|runde|runden|kilometer|kilometern|woche|wochen|monat|monate|monaten|einsatz|einsätze|einsätzen|saison|starts?|betrieb|ausflug|ausflüge|ausflügen|reise|reisen|strecke|strecken)\b",
        // After the seller's own fix: "nachdem wir den Fehler behoben haben", "sobald wir das Problem gelöst haben".
        r"\b(?:nachdem|sobald|bis)\s+wir\b",
        // The email sent to a chosen few: "nur an die, bei denen wir …", "nicht alle unsere Kunden".
        r"\b(?:nur|ausschließlich|lediglich|allein)\s+(?:an|bei|für)\s+(?:die|diejenigen|jene|solche)[n]?\s*,",
        r"\bbei\s+(?:einer|der)\s+(?:\d+|Eins|Zwei|Vier|Fünf|Zehn)\b",
        // An answer by letter: "Bei einer A …", "Bei B oder C …".
        // Also the letter in brackets, as the options were labelled: "Bei (B) …", "Bei [A] oder [C]".
        r"\bbei\s+(?:einer\s+|der\s+|Antwort\s+)?[(\[]?(?-i:[A-E])[)\]]?(?:\s+(?:oder|und)\s+[(\[]?(?-i:[A-E])[)\]]?)?(?:[\s,.:;!?)]|$)",
        r"\b(?:bei|ab)\s+(?:\d+|neun|zehn|vier|fünf)\s+(?:(?:oder|bis)\s+\d+\s+)?(?:Punkten|Sternen|Punkte|Sterne)\b|\bbei\s+(?:weniger|mehr)\b",
        r"\b(?:wenn|falls|sofern|sollten?|solange|sobald|vorausgesetzt)\b",
        // "Now that" takes the buyer's state for granted and asks on it: "Jetzt, wo alles
        // klappt, …", "nun, da Sie zufrieden sind, …".
        r"\b(?:jetzt|nun)\s*,?\s+(?:wo|da)\b",
        r"\bnach\s+(?:erfolgter\s+|bestätigter\s+|Ihrer\s+)*Zufriedenheit\w*|\bZufriedenheitsbestätigung\w*",
        r"\b(?:zufriedene|begeisterte|glückliche)[n]?\s+\w*(?:kunde|kundin|käufer)\w*",
        // A section kept for happy buyers, named by any word: "Nur für zufriedene Gärtner",
        // "Speziell an begeisterte Eltern", also the seller's own: "nur an unsere zufriedenen
        // Bastler".
        // (The adjective before a noun, not a noun itself: "an die Begeisterten ebenso wie an
        // die Enttäuschten" names both sides.)
        r"\b(?:nur|ausschließlich|allein|lediglich|speziell|extra|eigens)\s+(?:für|an)\s+(?:alle\s+|die\s+|unsere\s+|unsre\s+|meine\s+)?(?-i:zufriedene|begeisterte|glückliche|überzeugte|happy)[nr]?\s+(?-i:[A-ZÄÖÜ])[\w-]+",
        // A clause opening on its verb is a condition ("Passt alles, freuen wir uns …", "War es
        // genau so, dann …"); the span starts at the verb, not at the end of the sentence before.
        // Also behind a list's bullet, number or checkbox, a step of its own ("④ Sitzt der Bezug
        // straff, freuen wir uns …", "- Ist die Lampe hell genug, dann …").
        // After a step's label and a colon too: "3. Erfahrung teilen: Hält alles fest, freuen
        // wir uns …".
        // Also with a comparison or a "dass" inside, which takes it past its usual length: "Ist
        // diese Phase vorbei und trägt das Kissen Ihren Nacken so, wie Sie es sich vorgestellt
        // haben, freuen wir uns …". (Any other comma ends it: in "Sind Sie mit der Temperatur
        // zufrieden, halten Sie die Taste gedrückt, dann bleibt sie gespeichert" the "dann"
        // belongs to the step.)
        r"(?:(?m:^)[ \t]*(?:(?:[-*•·▪–]|[\x{2190}-\x{2BFF}]|\d{1,2}[.)]|[a-e][.)])[ \t]+)?|[.!?:]\s+)(?P<m>(?:entspricht|entsprechen|gefällt|gefallen|erfüllt|erfüllen|passt|passte|funktioniert|funktionierte|kommt|kam|ist|war|waren|läuft|lief|ging|klappt|klappte|hält|hielt|hat|hatte|gefiel|sind\s+Sie|bist\s+du|haben\s+Sie|hast\s+du)\b(?:[^.!?\n]{0,80}?|[^.!?\n,]{0,80}?,\s*(?:wie|als|dass)\b[^.!?\n,]{0,60}?)),\s*(?:dann\b|(?:so\s+)?(?:freuen|freue|würden|würde|wären|wäre|bitten|lassen|schreiben|hinterlassen|ist|sind|hilft|helfen|dürfen|darf|können|nehmen)\b)",
        // Any verb opening the clause, with a subject after it and the ask after the comma: "Kocht
        // er so leise wie versprochen, dann freuen wir uns …", "Hält die Matte, dann …", "Fühlt
        // sich die Haut morgens ruhig an, erzählen Sie es …" (not the polite imperative "Nutzen
        // Sie den Link, dann …").
        // Also a form of "sein", "werden" or "bleiben" first: "Sind die Fliesen nach dem Winter
        // noch dicht, erzählen Sie …", "Blieb der Teig locker, dann …".
        r"(?:(?m:^)[ \t]*(?:(?:[-*•·▪–]|[\x{2190}-\x{2BFF}]|\d{1,2}[.)]|[a-e][.)])[ \t]+)?|[.!?:]\s+)(?P<m>(?:\w+(?:t|en)|sind|seid|bist|wird|blieb|war)\s+(?:sich\s+)?(?:er|(?-i:sie)|es|der|die|das|den|dem|Ihr|Ihre|Ihnen|dein|deine|dir|euer|eure|euch|alles|man)\b[^.!?\n]{0,80}?),\s*(?:dann\b|(?:bitte|freuen|freue|würden|würde|wären|wäre|bitten|lassen|schreiben|hinterlassen|erzählen|teilen|sagen|ist|sind|hilft|helfen|dürfen|darf|können|nehmen)\b)",
        // The polite form too, when the clause is the buyer noticing a change ("Stellen Sie fest,
        // dass Sie aufrechter sitzen, dann …", "Merken Sie nach zwei Wochen, dass …, dann …") or
        // feeling better in body ("Schlafen Sie besser, dann …", "Sitzen Sie aufrechter, dann
        // …"), also after a list step's label ("Nach vierzehn Tagen: Stellen Sie fest, …"). Only
        // with "dann" or "so" after the comma, and not "Stellen Sie sicher, dass …" or "Merken
        // Sie sich …", which tell the buyer what to do.
        concat!(
            r"(?:(?m:^)[ \t]*(?:(?:[-*•·▪–]|[\x{2190}-\x{2BFF}]|\d{1,2}[.)]|[a-e][.)])[ \t]+)?|[.!?:]\s+)(?P<m>(?:stellen\s+(?-i:Sie)",
            de_time_words!(),
            r"fest|(?:merken|bemerken|spüren|sehen|fühlen|hören)\s+(?-i:Sie)",
            de_time_words!(),
            r")\s*,?\s*dass\b[^.!?\n]{0,100}?|(?:schlafen|sitzen|atmen|fühlen|gehen|laufen|bewegen|stehen)\s+(?-i:Sie)(?:\s+sich)?",
            de_time_words!(),
            r"(?:besser|ruhiger|tiefer|leichter|freier|aufrechter|gerader|entspannter|wohler|lockerer|beweglicher|schmerzfrei|durch)\b[^.!?\n]{0,80}?),\s*(?:dann|so)\b"
        ),
        r"\b(?:bei|im\s+Falle\s+(?:der|Ihrer))\s+(?:voller\s+|großer\s+|Ihrer\s+)?(?:Zufriedenheit|Unzufriedenheit|Gefallen|Nichtgefallen)\b|\bim\s+(?:Erfolgs|Zufriedenheits)fall\b",
        // A "wer" clause opening a line, or one anywhere on the answer the buyer picked: "Wer
        // „rutschfest und bequem“ angeklickt hat, bekommt …"; also in the present, or given as
        // the answer: "wer im Fragebogen „top“ ankreuzt", "wer dort „passt“ angibt".
        r#"(?m:^)[ \t]*(?:wer|diejenigen,?\s+die)\b|\bwer\b[^.!?\n,]{0,30}?[„“"»‚'][^„“"»«\n]{1,60}[“"«‘']\s*(?:[\w-]+\s+){0,2}?(?:an|aus)?(?:geklickt|gekreuzt|gewählt|getippt|markiert|geantwortet|gedrückt|gesagt|klickt|kreuzt|wählt|tippt|antwortet|drückt|sagt|gibt|gegeben|vergibt|vergeben)\b"#,
        r"\bmit\s+(?:einem\s+)?[„]?(?:ja|nein|ok)\b",
        // A verdict by thumbs as the condition: "Daumen hoch →", "Daumen runter: …".
        r"\bDaumen\s+(?:hoch|nach\s+oben|runter|nach\s+unten|rauf)\b",
        // An answer yes or no as the condition: "Bei JA schicken wir …", "Lautet Ihre Antwort
        // Ja, …", "im Fall von Nein".
        r"\b(?:bei|nach)\s+(?:einem\s+|der\s+Antwort\s+|Antwort\s+)?[„“»‚']?(?:ja|nein)\b|\b(?:lautet|ist)\s+(?:Ihre|deine|die)\s+Antwort\s+[„“»‚']?(?:ja|nein)\b|\bim\s+Fall(?:e)?\s+(?:von\s+|eines\s+)?[„“»‚']?(?:ja|nein)\b",
        r"\b(?:Lob|Komplimente|Applaus)\b[^.!?\n]{0,20}?\b(?:auf|bei|an|zu)\s+Amazon\b",
        r"\bnur\s+(?:[\w-]+\s+){0,3}?(?:Kunden|Stammkunden|Käufer\w*|diejenigen)\b",
        // The ask kept for one group of buyers: "ausschließlich jene Kundinnen und Kunden, die
        // …", "lediglich diejenigen, die …", "allein die Käufer, die …".
        r"\b(?:nur|ausschließlich|lediglich|allein|einzig|bloß|insbesondere|vor\s+allem|besonders|gerade)\s+(?:(?:jene|diejenigen|die|den|denjenigen|solche)[nr]?\s+)?(?:[\w-]+\s+){0,3}?(?:\w*Kund(?:e|en|in|innen)|Käufer(?:in|innen)?|diejenigen|jene[n]?|denen|Leute[n]?|Personen|Menschen)\b",
        // A score threshold opening the sentence: "Ab 4 schicken wir …", "Bei einer 9 …".
        r"(?:(?m:^)|[.!?:]\s+)(?P<m>(?:ab|bei)\s+(?:einer\s+)?(?:\d|10|vier|fünf|neun|zehn)\b(?:\s+(?:oder|und)\s+(?:mehr|besser|höher|\d+))?)",
    ],
    if_so: &[
        // The ask put only to the people just described: "An sie, und nur an sie, richten wir eine
        // Bitte", "nur an diese Kundinnen", "diesen allein" (the lowercase "sie", not the buyer
        // addressed as "Sie").
        r"\b(?:an|für)\s+(?:(?-i:sie)|diese|jene)\s*,?\s+und\s+nur\s+(?:an|für)\s+(?:(?-i:sie)|diese|jene)\b|\bnur\s+(?:an|für)\s+(?:diese|jene)\s+(?:\w*Kund\w*|Käufer\w*|Menschen|Personen|Leute)\b|\b(?:diesen|jenen)\s+(?:ganz\s+)?allein\b",
        r"\b(?:wenn|falls)\s+(?:ja|dem\s+so\s+ist|das\s+so\s+ist|das\s+der\s+Fall\s+ist|es\s+so\s+ist)\b|\bfalls\s+ja\b",
        r"\bin\s+(?:dem|diesem)\s+Fall\b",
        // Every question just asked answered yes: "Alle drei Fragen mit Ja beantwortet?",
        // "Überall ein Ja?", "Dreimal Ja – dann …", "Lauter Ja-Antworten?".
        r#"\b(?:alles|alle\s+(?:[\w-]+\s+)?(?:Fragen|Punkte)|jede\s+(?:[\w-]+\s+)?Frage|überall)\s+(?:mit\s+(?:einem\s+(?:klaren\s+)?)?|ein\s+(?:klares\s+)?)[„“"»‚']?ja\b|\b(?:zwei|drei|vier|fünf|\d)\s*(?:-?mal|x)\s+[„“"»‚']?ja\b|\blauter\s+[„“"»‚']?ja\b|\balle\s+Antworten\s+(?:lauten|sind|waren)\s+[„“"»‚']?ja\b"#,
        // Belonging to the people just named: "Gehören Sie dazu, dann …", "Zählen Sie auch zu
        // ihnen?".
        r"\b(?:gehören|zählen)\s+(?:Sie|du|ihr)\s+(?:auch\s+|ebenfalls\s+)?(?:dazu|zu\s+(?:ihnen|diesen|denen|dieser\s+Gruppe))\b|\bwenn\s+(?:Sie|du|ihr)\s+(?:auch\s+|ebenfalls\s+)?(?:dazu|zu\s+(?:ihnen|diesen|dieser\s+Gruppe))\s+(?:gehören|gehörst|gehört|zählen|zählst|zählt)\b",
        // "If that is you", pointing back at the people just named: "Wenn Sie sich da
        // wiederfinden", "Falls das auf Sie zutrifft", "Erkennen Sie sich wieder?".
        r"\b(?:wenn|falls|sofern)\s+(?:Sie|du|ihr)\s+(?:sich|dich|euch)\s+(?:[\w-]+\s+)?(?:wiederfinden|wiedererkennen|wiedererkennst|wiederfindest|erkennen|erkennst|angesprochen\s+fühl\w*)\b|\b(?:wenn|falls|sofern)\s+(?:das|dies|es)\s+(?:auch\s+)?(?:auf\s+(?:Sie|dich|euch)\s+zutrifft|(?:Ihnen|dir|euch)\s+bekannt\s+vorkommt)\b",
        // A group pointing back at the outcome just described: "Allen, bei denen das so ist: …",
        // "an alle, für die das zutrifft", "Denjenigen, denen es genauso geht", "Allen, bei denen
        // es so gekommen ist".
        r"\b(?:allen|alle|jenen|denjenigen|diejenigen)\s*,?\s+(?:bei\s+denen|denen|für\s+die|auf\s+die)\s+(?:das|dies|es)\s+(?:(?:auch|ebenfalls|wirklich)\s+)?(?:(?:so|genauso|ebenso|genau\s+so)\s+(?:ist|war|geht|ging|läuft|lief|gekommen\s+ist)|zutrifft|zutraf|der\s+Fall\s+(?:ist|war)|gilt|galt)\b",
    ],
    question: &[],
    contact: &[
        // Talking it over, as the step proposed: "Vor der Bewertung: Lassen Sie uns reden",
        // "sprechen wir erst darüber".
        r"\blass(?:t|en\s+Sie)?\s+uns\s+(?:(?:erst|zuerst|kurz|darüber|drüber|einmal|mal|vorher)\s+){0,2}(?:reden|sprechen)\b|\b(?:reden|sprechen)\s+wir\s+(?:(?:erst|zuerst|kurz|einmal|mal|vorher)\s+)?(?:darüber|drüber)\b",
        // Hearing it first: "wir wollen es als Erstes erfahren", "als Erster davon hören".
        r"\bals\s+(?:Erste|Erster|Erstes|Allererste)\s+(?:davon\s+|darüber\s+)?(?:hören|erfahren|wissen)\b",
        // Mail to the seller given for the rest, a few lines to the seller: "E-Mails für alles andere",
        // "ein paar Zeilen an uns".
        r"\b(?:E-?Mails?|Nachrichten|Mails?)\s+(?:[\w-]+\s+){0,3}?(?:für|zu)\s+(?:alle[ms]\s+(?:andere|anderen|Übrige|Übrigen)|den\s+Rest|den\s+anderen|die\s+anderen|(?:den|die)\s+(?:weniger|schlechten|schwierigen)\s+\w+|Problemen?|Ärger|Sorgen|Fragen)\b|\b(?:ein\s+paar|zwei|kurze|einige)\s+(?:Zeilen|Worte)\s+an\s+uns\b",
        r"\b(?:kontaktier\w*|kontakt|melden|meldet|wenden|schreiben\s+Sie\s+uns|schreib\s+uns|antworten|antwortet|nachricht|(?:sagen|erzählen|schildern|berichten)\s+Sie\s+(?:es\s+|das\s+|dies\s+|ihn\s+|sie\s+|davon\s+)?(?:(?:bitte|zuerst|erst|lieber|direkt|einfach)\s+){0,3}uns|lassen\s+Sie\s+(?:es\s+)?uns\s+(?:[\w-]+\s+){0,2}?wissen|Bescheid|sprechen\s+Sie\s+uns)\b",
        r"\bsprechen\s+(?:Sie\s+)?(?:[\w-]+\s+){0,2}?mit\s+uns\b|\b(?:Chance|Gelegenheit)\b|\bvon\s+Ihnen\s+(?:zu\s+)?(?:hören|erfahren)\b|\b(?:hören|erfahren)\s+(?:[\w-]+\s+){0,6}?von\s+(?:Ihnen|dir)\b|\bRücksprache\b|\bklären\b",
        r"\bmeld(?:et|en)\s+(?:sich|wir\s+uns)\b|\bruf(?:en|e|t)?\s+(?:wir\s+|ich\s+)?(?:Sie|dich)\s+(?:[\w-]+\s+){0,6}?(?:zurück|an)\b|\buns\s+(?:zu\s+)?(?:schreiben|kontaktieren|anrufen|informieren)\b",
        // The seller sorting it out with the buyer: "bis wir das gemeinsam gelöst haben",
        // "zusammen mit Ihnen klären", "bis wir die Sache behoben haben".
        r"\b(?:gemeinsam|zusammen)\s+(?:mit\s+(?:Ihnen|dir|euch)\s+)?(?:[\w-]+\s+){0,2}?(?:klären|geklärt|lösen|gelöst|beheben|behoben)\b|\bbis\s+wir\s+[^.!?\n]{0,50}?\b(?:geklärt|gelöst|behoben)\b",
        r"\bPostfach\b|\bunser(?:en|em|er)?\s+(?:Kundenservice|Kundendienst|Service|Support|Team)\b|\bgeben\s+Sie\s+uns\s+(?:\d+|ein\s+paar|einige)\s+(?:Stunden|Tage)\b",
        r"\bschreiben\s+Sie\s+(?:\w+\s+){0,2}?uns\b|\b(?:direkt|bitte)\s+an\s+uns\b",
        // The one-person shop: "schreib mir einfach", "schreiben Sie mir", "melde dich bei mir".
        // Also knocking at the seller's door, and the seller taking care of it: "zuerst bei uns
        // anklopfen", "wir kümmern uns erst einmal um Ihre Mühle".
        r"\bbei\s+uns\s+(?:[\w-]+\s+){0,2}?(?:an)?klopf\w*|\bklopf\w*\s+(?:[\w-]+\s+){0,2}?bei\s+uns\b|\bkümmer(?:n|t|e)\s+(?:wir\s+uns|ich\s+mich)\b|\b(?:wir|ich)\s+(?:[\w-]+\s+)?kümmer(?:n|e)\s+(?:uns|mich)\b|\bschreib(?:e|t)?\s+mir\b|\bschreiben\s+Sie\s+mir\b|\bmir\s+(?:zu\s+)?schreiben\b|\bmeld(?:e|et)?\s+(?:dich|euch)\s+(?:[\w-]+\s+)?bei\s+mir\b",
        // Telling the seller, the separable verb "mitteilen": "Teilen Sie uns bitte den Grund
        // mit", "teil mir kurz mit, was fehlt", "was Sie uns mitteilen möchten".
        r"\b(?:teilen\s+Sie|teile|teil|teilt)\s+(?:es\s+|das\s+)?(?:uns|mir)\b[^.!?\n]{0,80}?\bmit\b|\b(?:uns|mir)\s+(?:[\w-]+\s+){0,4}?mit(?:zu)?teilen\b",
    ],
    before_review: &[
        // The stated purpose of keeping problems out of the reviews: "so landet kein Größenproblem
        // in den Bewertungen", "damit keine Kinderkrankheiten in der Rezension landen".
        r"\b(?:so|damit|sodass|so\s+dass)\s+(?:[\w-]+\s+){0,3}?(?:kein|keine|keinen|keiner|keinerlei|nichts)\s+(?:[\w-]+\s+){0,3}?(?:in|auf|unter)\s+(?:den|die|der|dem|Ihren?|Ihrer|unseren?|unserer|eine[rnm]?)\s+(?:[\w-]+\s+)?(?:\w*bewertung|rezension|Produktseite|Sterne)\w*",
        // The review held back to a milestone, and no earlier, said of the review in its
        // sentence, as a bare tail: "schreiben Sie Ihre Rezension dann, nicht vorher" ("ziehen Sie
        // sie nach dem Parfüm an, nicht vorher" is a care step, "einen Duft, den sie nicht vorher
        // riechen konnten" holds nothing).
        r"\b(?:\w*bewertung|rezension|bewerten|rezensieren|Sterne|Feedback)\w*\b[^.!?\n;]{0,120}?\b(?P<m>nicht\s+(?:schon\s+)?(?:vorher|früher|eher))\s*(?:[,.;:!)–—-]|(?m:$))",
        r"\b(?P<m>nicht\s+(?:schon\s+)?(?:vorher|früher|eher))\s*[,;:–—-][^.!?\n;]{0,120}?\b(?:\w*bewertung|rezension|bewerten|rezensieren|Sterne|Feedback)\w*",
        // The review held until the seller has put the fault right, said in the passive or with
        // the review first: "wird die Rezension am besten erst geschrieben, wenn wir das behoben
        // haben", "die Bewertung bitte erst, nachdem wir den Ersatz geschickt haben"; also "erst"
        // first: "erst wenn wir es repariert haben, ist die Rezension dran".
        r"\b(?:\w*bewertung|rezension)\w*\s+(?:[\w-]+\s+){0,5}?erst\b[^.!?\n]{0,40}?\b(?:wenn|nachdem|sobald|bis)\s+wir\s+[^.!?\n]{0,50}?\b(?:behoben|gelöst|repariert|beseitigt|erledigt|geklärt|ersetzt|ausgetauscht|getauscht|nachgeliefert|geschickt|in\s+Ordnung\s+gebracht)\b|\berst\s*,?\s*(?:wenn|nachdem|sobald)\s+wir\s+[^.!?\n]{0,50}?\b(?:behoben|gelöst|repariert|beseitigt|erledigt|geklärt|ersetzt|ausgetauscht|getauscht|nachgeliefert|in\s+Ordnung\s+gebracht)\b[^.!?\n]{0,60}?\b(?:\w*bewertung|rezension)\w*",
        // The review given up on, the seller written to instead: "sehen Sie bitte von einer
        // Rezension ab", "von einer öffentlichen Bewertung Abstand zu nehmen", "auf die
        // Bewertung lieber verzichten".
        r"\bvon\s+(?:einer|der|Ihrer|deiner|jeder)\s+(?:[\w-]+\s+)?(?:\w*bewertung|rezension)\w*\s+(?:(?:bitte|vorerst|lieber|zunächst|erst\s+einmal|einstweilen)\s+)?(?:abzusehen|absehen|Abstand\s+(?:zu\s+)?nehmen)|\bseh(?:en|t|e)\s+(?:Sie\s+|du\s+|ihr\s+)?(?:(?:bitte|vorerst|lieber|zunächst|einstweilen|doch)\s+){0,2}von\s+(?:einer|der|Ihrer|deiner|jeder)\s+(?:[\w-]+\s+)?(?:\w*bewertung|rezension)\w*\s+(?:(?:bitte|vorerst|lieber|zunächst|einstweilen)\s+)?ab\b|\bauf\s+(?:eine|die|Ihre|deine|jede)\s+(?:[\w-]+\s+)?(?:\w*bewertung|rezension)\w*\s+(?:(?:bitte|vorerst|lieber|zunächst|einstweilen)\s+)?(?:zu\s+)?verzichten\b",
        // Complaints kept out of public and sent to the seller instead: "reichen Sie Mängel
        // bitte nicht öffentlich ein, sondern bei uns", "nicht öffentlich, sondern per Mail".
        // Also not at once or hastily in public: "urteilen Sie bitte nicht gleich öffentlich,
        // sondern schreiben Sie uns", "nicht vorschnell öffentlich, sondern erst bei uns".
        r"\bnicht\s+(?:(?:gleich|sofort|direkt|vorschnell|voreilig|einfach|schon)\s+)?öffentlich\b[^.!?\n]{0,20}?\bsondern\b",
        // Amazon as the place not to go first: "besser mit uns sprechen, als sofort auf Amazon zu
        // bewerten", "statt bei Amazon etwas zu posten".
        r"\b(?:als|statt|anstatt)\s+(?:gleich\s+|direkt\s+|sofort\s+|einfach\s+)?(?:auf|bei|in)\s+Amazon\s+(?:[\w-]+\s+){0,3}?zu\s+(?:schreiben|posten|bewerten|veröffentlichen|meckern|kritisieren)\b",
        // The review and a message to the seller given to different moods: "Rezensionen sind für die
        // schönen Momente, E-Mails für alles andere".
        r"\b(?:\w*bewertung|rezension|sterne)\w*\s+(?:sind\s+|gibt\s+es\s+|gehören\s+)?(?:nur\s+|eher\s+)?(?:für|zu)\s+[^.!?\n]{0,40}?[,;–—-]\s*(?:und\s+)?(?:die\s+|eine\s+|Ihre\s+)?(?:E-?Mails?|Nachrichten?|Mails?|Anrufe?|Postfach|Kundenservice|Support)\s+(?:[\w-]+\s+){0,3}?(?:für|zu)\b",
        r"\b(?:E-?Mails?|Nachrichten?|Mails?|Anrufe?)\s+(?:sind\s+|ist\s+|gehören\s+)?(?:für|zu)\s+[^.!?\n]{0,40}?[,;–—-]\s*(?:und\s+)?(?:die\s+)?(?:\w*bewertung|rezension|sterne)\w*\s+(?:[\w-]+\s+){0,3}?(?:für|zu)\b",
        // The seller's inbox ahead of the product page or the review: "bei Ärger kommt unser Postfach
        // vor der Produktseite"; a review that should never be the first the seller hears of a problem.
        r"\b(?:Postfach|Kundenservice|Kundendienst|Support|E-?Mail|Nachricht|Anruf|Draht)\s+(?:[\w-]+\s+){0,3}?vor\s+(?:der|die|dem|den|jeder|einer|Ihrer)\s+(?:Produktseite|Artikelseite|Amazon-?Seite|\w*bewertung|rezension)\w*",
        r"\b(?:\w*bewertung|rezension)\w*\s+[^.!?\n]{0,30}?\b(?:nie|nicht|niemals)\s+(?:[\w-]+\s+)?das\s+Erste\b",
        // Before anything goes public or elsewhere: "bevor Ihre Enttäuschung öffentlich wird",
        // "ehe Sie sich irgendwo anders Luft machen", "bevor Sie es herumerzählen".
        r"\b(?:bevor|ehe)\s+[^.!?\n]{0,60}?\b(?:öffentlich|online|im\s+(?:Netz|Internet)|(?:auf|bei)\s+Amazon|irgendwo|anderswo|woanders|überall|herum\w*|rum\w*)",
        // Out into the world or made public: "bevor Sie es in die Welt hinausschreiben", "ehe
        // Sie es publik machen", "bevor Sie es an die große Glocke hängen".
        r"\b(?:bevor|ehe)\s+[^.!?\n]{0,60}?\b(?:in\s+die\s+(?:ganze\s+|weite\s+)?Welt\s+(?:hinaus)?(?:schreib|posaun|trag|setz|ruf|schick)\w*|hinaus(?:schreib|posaun|trag|ruf)\w*|publik\s+mach\w*|an\s+die\s+große\s+Glocke|breit(?:treten|zutreten|getreten))",
        // Talking to the seller preferred to a (bad) review: "angenehmer als eine schlechte
        // Bewertung", "lieber mit uns als mit einem Stern".
        // Also where the criticism would go: "Ärger lieber per Telefon als in einem Kommentar",
        // "besser per Mail als auf der Produktseite".
        r"\b(?:besser|lieber|angenehmer|einfacher|schneller|netter|sinnvoller)\s+(?:[\w-]+\s+){0,4}?als\s+(?:eine|ein|einen|Ihre|die|mit\s+einer|mit\s+einem|über\s+eine|(?:in|auf|unter|über|per)\s+(?:einer|einem|einen|der|dem|den|Ihrer|Ihrem|Ihren|eine|die))\s+(?:[\w-]+\s+)?(?:\w*bewertung|rezension|stern|sterne|kommentar|Produktseite|Artikelseite|Amazon-?Seite)\w*",
        // No review in that case, write instead: "dann bitte keine Bewertung", "keine
        // Rezension, sondern ein Anruf bei uns".
        r"\b(?:dann|in\s+diesem\s+Fall|in\s+dem\s+Fall)\s+(?:bitte\s+)?(?:lieber\s+)?keine\s+(?:\w*bewertung|rezension)\w*|\bkeine\s+(?:\w*bewertung|rezension)\w*\s*,\s*sondern\b",
        r"\bohne\s+(?:[\w-]+\s+){0,2}?(?:mit\s+uns|uns)\s+(?:[\w-]+\s+){0,2}?(?:gesprochen|kontaktiert|geschrieben|Kontakt|Rücksprache|zu\s+kontaktieren|zu\s+sprechen)\w*|\bnicht\s+(?:in|auf|über|per)\s+(?:einer\s+|eine\s+|der\s+|die\s+|Ihre\s+|ihre\s+|den\s+)?(?:(?:öffentlich|schlecht|negativ|kritisch)\w*\s+)?(?:\w*bewertung|rezension|Amazon)\w*|\buns\s+(?:[\w-]+\s+){0,2}?(?:und\s+)?nicht\s+(?:(?:gleich|sofort|direkt|erst)\s+)?(?:(?:bei|an|auf|in|im|ins|dem|der|den|zu)\s+)?(?:(?:ganz|der\s+ganzen|ganzen)\s+)?(?:Amazon|Welt|Öffentlichkeit|allen|Internet|Netz)\b",
        r"\b(?:bevor|ehe|statt|anstatt|anstelle|vor)\s+(?:[\w-]+\s+){0,5}?(?:\w*bewertung|rezension|feedback|bewerten|rezensieren)\w*",
        // A longer clause before the review: "Bevor Sie Ihrem Baum deshalb in einer Rezension
        // ein schlechtes Zeugnis ausstellen, …"; also with "es" run into the pronoun: "bevor
        // du's in der Rezension sagst".
        r"\b(?:bevor|ehe)\s+(?:Sie|du|ihr)(?:['’]s)?\s+[^.!?\n,]{0,60}?\b(?:\w*bewertung|rezension|feedback)\w*",
        r"\b(?:vermeiden|verhindern|ohne|statt|anstatt|anstelle)\b[^.!?\n]{0,40}?\b(?:negative|schlechte|kritische|niedrige)[nrms]?\s+(?:\w*bewertung|rezension|feedback)\w*",
        r"\b(?:negative|schlechte|kritische|niedrige)[nrms]?\s+(?:\w*bewertung|rezension|feedback)\w*[^.!?\n]{0,30}?\b(?:vermeiden|verhindern|ohne)\b",
        r"\b(?:bevor|ehe)\s+(?:Sie|du)\s+(?:[\w-]+\s+){0,3}?(?:veröffentlich|poste|postest|schreib)\w*",
        r"\bmit\s+(?:der|Ihrer|einer|deiner)\s+(?:\w*bewertung|rezension)\w*\s+(?:[\w-]+\s+){0,2}?(?:zu\s+)?warten\b",
        // The same with what it waits for after it: "Mit einer Bewertung warten Sie bitte, bis
        // die Schuhe eingelaufen sind und Sie ohne Druckstellen unterwegs waren". The clause
        // belongs to the hold: the buyer being pleased named in it is awaited (see `gating`).
        r"\bmit\s+(?:der|Ihrer|einer|deiner)\s+(?:[\w-]+\s+)?(?:\w*bewertung|rezension)\w*\s+warte[nt]?(?:\s+(?:Sie|du|ihr))?(?:\s+(?:bitte|noch|lieber|besser|am\s+besten|ruhig|einfach|vorerst|doch|erst|also)){0,3}\s*,?\s+(?:bis|solange)\b[^.!?\n–—;:]{0,160}",
        // The buyer's question on reviewing answered with a hold on "it": "F: Soll ich schon
        // eine Rezension schreiben? A: Warten Sie damit bitte, bis wir Ihr Problem gelöst
        // haben", "Kann ich jetzt bewerten? – Nein, warte damit noch, bis der Ersatz da ist."
        // (Not "warten Sie damit nicht", which holds nothing.)
        r"\b(?:\w*bewertung|rezension|bewerten|rezensieren|sterne)\w*\b[^.!?\n]{0,40}\?\s*(?:(?:A|Antwort)\s*[:：.]\s*)?(?:(?:Nein|Lieber\s+nicht|Noch\s+nicht|Besser\s+nicht|Bitte\s+nicht)\s*[,.!–—-]?\s*)?(?:(?:bitte|lieber|besser)\s+)?warte[nt]?\s+(?:Sie\s+|du\s+|ihr\s+)?(?:(?:bitte|noch|lieber|besser|vorerst|einfach|ruhig|doch|kurz)\s+){0,3}damit(?:\s+(?:bitte|noch|lieber|besser|vorerst|ruhig|einfach|kurz|erst))*\s*(?:,?\s*(?:bis|solange)\b[^.!?\n–—;:]{0,100}|[.!;:–—])",
        // The same hold on "it", the review named before it in the sentence: "Zur Bewertung:
        // bitte warten Sie damit, bis der Lack durchgehärtet ist", "zur Rezension: warte bitte
        // damit, bis …". The clause on what it waits for belongs to the hold (see `gating`).
        r"\b(?:\w*bewertung|rezension|bewerten|rezensieren|sterne)\w*\b[^.!?\n]{0,40}?\bwarte[nt]?\s+(?:Sie\s+|du\s+|ihr\s+)?(?:(?:bitte|noch|lieber|besser|vorerst|einfach|ruhig|doch|kurz)\s+){0,3}damit(?:\s+(?:bitte|noch|lieber|besser|vorerst|ruhig|einfach|kurz|erst))*\s*,?\s*(?:bis|solange)\b[^.!?\n–—;:]{0,160}",
        // … or named in the sentence before, which puts the ask off: "Um eine Rezension bitte
        // ich Sie noch nicht. Warten Sie damit lieber, bis …", "Mit der Bewertung eilt es
        // nicht. Warte damit, bis …".
        r"\b(?:\w*bewertung|rezension|bewerten|rezensieren|sterne)\w*\b[^.!?\n]{0,80}[.!]\s+(?P<m>(?:(?:bitte|lieber|besser|also|deshalb|daher)\s+)?warte[nt]?\s+(?:Sie\s+|du\s+|ihr\s+)?(?:(?:bitte|noch|lieber|besser|vorerst|einfach|ruhig|doch|kurz|also|deshalb|daher)\s+){0,3}damit(?:\s+(?:bitte|noch|lieber|besser|vorerst|ruhig|einfach|kurz|erst|also|deshalb|daher))*\s*,?\s*(?:bis|solange)\b[^.!?\n–—;:]{0,160})",
        // The imperative first, the "not yet" after it: "bewerten Sie bitte noch nicht",
        // "rezensiere das Set nicht gleich", "schreiben Sie die Rezension noch nicht".
        r"\b(?:bewert|rezensier)(?:en|e|t)?\s+(?:Sie\s+|du\s+|ihr\s+)?(?:(?:uns|bitte|es|ihn|sie|das|den|die|jetzt|doch|vorerst|lieber)\s+|(?:das|den|die)\s+[\w-]+\s+){0,2}(?:noch\s+nicht|nicht\s+(?:gleich|sofort|direkt|vorschnell|jetzt))\b|\b(?:schreib|hinterlass|verfass)(?:en|e|t)?\s+(?:Sie\s+|du\s+|ihr\s+)?(?:(?:uns|bitte|jetzt|doch|vorerst|lieber)\s+)*(?:die|eine|Ihre|deine|Ihre\s+\w+|eine\s+\w+)\s+(?:\w*bewertung|rezension)\w*\s+(?:(?:bitte|jetzt|vorerst|lieber)\s+)*(?:noch\s+nicht|nicht\s+(?:gleich|sofort|direkt|vorschnell|jetzt))\b",
        r"\b(?:noch\s+nicht|nicht\s+(?:gleich|sofort|direkt))\s+(?:[\w-]+\s+){0,2}?(?:bewerten|rezensieren|\w*bewertung|rezension)\w*",
        // "Not yet a review", the verb at the end or first: "dann bitte noch keine Bewertung
        // abgeben", "schreib erst mal noch keine Rezension" (not the review not yet written:
        // "falls Sie noch keine Rezension geschrieben haben").
        r"\bnoch\s+keine\s+(?:[\w-]+\s+)?(?:\w*bewertung|rezension)\w*\s+(?:schreiben|abgeben|hinterlassen|posten|veröffentlichen|verfassen|abschicken)\s*(?:[.,;:!–—-]|$)|\b(?:schreib|hinterlass|verfass|post|gib|geben)(?:en|e|t)?\s+(?:Sie\s+|du\s+|ihr\s+)?(?:(?:bitte|erst|mal|einmal|erstmal|vorerst|lieber|doch)\s+){0,3}noch\s+keine\s+(?:[\w-]+\s+)?(?:\w*bewertung|rezension)\w*",
        // The review as the last resort: "es muss gar nicht erst zu einer Bewertung kommen",
        // "ohne zur Rezension greifen zu müssen".
        r"\b(?:bis\s+zu|zu)\s+(?:einer|der|Ihrer)\s+(?:[\w-]+\s+)?(?:\w*bewertung|rezension)\w*\s+(?:kommen|kommt|greifen)\b|\bzur\s+(?:\w*bewertung|rezension)\w*\s+(?:zu\s+)?greifen\b",
        // The review held, with what it waits for: "warten Sie mit der Bewertung, bis der neue
        // Mixer da ist", "halten Sie die Rezension zurück, solange die Reparatur läuft". The
        // clause on what it waits for belongs to the hold: a replacement or the buyer being
        // pleased named in it is awaited, not offered (see `gating`).
        r"\bwarte[nt]?\s+(?:Sie\s+)?(?:bitte\s+)?(?:noch\s+)?mit\s+(?:der|Ihrer|einer|deiner)\s+(?:\w*bewertung|rezension)\w*(?:(?:\s+(?:doch|bitte|noch|ruhig|lieber|einfach|vorerst|erst|einmal|mal|so\s+lange))*\s*,?\s*(?:bis|solange)\s+(?:die|der|das|den|dem|zum|zur|nach|Sie|du|ihr|Ihr|Ihre|Ihren|dein|deine|deinen|er|sie|es|alles|wir|unser\w*|ein|eine|einen)\b[^.!?\n–—;:]{0,100})?",
        // The review put off or held back, the verb split or whole: "halten Sie Ihre Rezension
        // vorerst zurück", "schieben Sie die Bewertung noch auf", "die Rezension zu verschieben".
        // (Only adverbs of waiting between: "halten Sie sich mit Ihrer Bewertung nicht zurück"
        // asks for it.)
        r"(?:\b(?:stell|halt|hält)\w*\s+(?:Sie\s+|du\s+)?(?:[\w-]+\s+){0,3}?(?:\w*bewertung|rezension)\w*\s+(?:(?:bitte|noch|vorerst|vorläufig|zunächst|einstweilen|erst|einmal|mal|erstmal|kurz|lieber|solange|so\s+lange|einfach|doch)\s+){0,3}zurück\b|\bschieb\w*\s+(?:Sie\s+|du\s+)?(?:[\w-]+\s+){0,3}?(?:\w*bewertung|rezension)\w*\s+(?:(?:bitte|noch|vorerst|vorläufig|zunächst|einstweilen|erst|einmal|mal|erstmal|kurz|lieber|solange|so\s+lange|einfach|doch)\s+){0,3}auf\s*(?:[,.;:!–—-]|$)|\b(?:verschieb|vertag)\w*\s+(?:Sie\s+|du\s+)?(?:[\w-]+\s+){0,3}?(?:\w*bewertung|rezension)\w*|\b(?:\w*bewertung|rezension)\w*\s+(?:(?:bitte|noch|vorerst|vorläufig|zunächst|einstweilen|erst|einmal|mal|erstmal|kurz|lieber|solange|so\s+lange|einfach|doch|etwas|ein\s+wenig|ein\s+paar\s+Tage)\s+){0,3}(?:zurück(?:stellen|zustellen|halten|zuhalten)|aufschieben|aufzuschieben|verschieben|zu\s+verschieben|vertagen|zu\s+vertagen|hintanstellen)\b)(?:(?:\s+(?:doch|bitte|noch|ruhig|lieber|einfach|vorerst|erst|einmal|mal|so\s+lange))*\s*,?\s*(?:bis|solange)\s+(?:die|der|das|den|dem|zum|zur|nach|Sie|du|ihr|Ihr|Ihre|Ihren|dein|deine|deinen|er|sie|es|alles|wir|unser\w*|ein|eine|einen)\b[^.!?\n–—;:]{0,100})?",
        // Also reflexive, the review after "mit": "halten Sie sich bitte mit einer öffentlichen
        // Bewertung zurück", "sich mit der Rezension noch zurückzuhalten". (Not "halten Sie sich
        // nicht zurück", where no waiting word stands between.)
        r"(?:\b(?:halt|hält)\w*\s+(?:Sie\s+|du\s+|ihr\s+)?(?:sich|dich|euch)\s+(?:(?:bitte|noch|vorerst|vorläufig|zunächst|einstweilen|erst|einmal|mal|erstmal|kurz|lieber|doch|einfach)\s+){0,3}mit\s+(?:[\w-]+\s+){0,2}?(?:\w*bewertung|rezension|sterne)\w*\s+(?:(?:bitte|noch|vorerst|vorläufig|zunächst|einstweilen|erst|einmal|mal|erstmal|kurz|lieber|solange|so\s+lange|einfach|doch)\s+){0,3}zurück\b|\b(?:sich|dich|euch)\s+(?:(?:bitte|noch|vorerst|vorläufig|zunächst|erst|einmal|erstmal|kurz|lieber|doch)\s+){0,3}mit\s+(?:[\w-]+\s+){0,2}?(?:\w*bewertung|rezension|sterne)\w*\s+(?:(?:bitte|noch|vorerst|vorläufig|zunächst|erst|einmal|erstmal|kurz|lieber|doch)\s+){0,3}zurück(?:zu)?halten\b)(?:(?:\s+(?:doch|bitte|noch|ruhig|lieber|einfach|vorerst|erst|einmal|mal|so\s+lange))*\s*,?\s*(?:bis|solange)\s+(?:die|der|das|den|dem|zum|zur|nach|Sie|du|ihr|Ihr|Ihre|Ihren|dein|deine|deinen|er|sie|es|alles|wir|unser\w*|ein|eine|einen)\b[^.!?\n–—;:]{0,100})?",
        r"\b(?:bevor|ehe|statt|anstatt|anstelle|vor)\s+(?:[\w-]+\s+){0,5}?sternen?\b",
        // Also the review made needless: "dann braucht es die Bewertung gar nicht mehr", "die
        // Rezension erübrigt sich".
        r"\b(?:eine|die|Ihre)\s+(?:\w*bewertung|rezension)\s+(?:[\w-]+\s+){0,3}?(?:löst|hilft|ändert|behebt)\s+(?:[\w-]+\s+){0,2}?(?:nichts|niemandem|nicht)\b|\bvorschnell\w*\s+(?:\w*bewertung|rezension|urteil)\w*|\b(?:braucht|bedarf|brauchen)\s+(?:es\s+)?(?:[\w-]+\s+){0,2}?(?:\w*bewertung|rezension)\w*\s+(?:[\w-]+\s+){0,3}?(?:nicht|nie|kaum)\s+mehr\b|\b(?:\w*bewertung|rezension)\w*\s+(?:[\w-]+\s+){0,3}?(?:erübrig\w*|überflüssig|(?:nicht|kaum)\s+mehr\s+(?:nötig|notwendig|erforderlich))|\berübrig\w*\s+sich\s+(?:[\w-]+\s+){0,2}?(?:\w*bewertung|rezension)",
        r"\b(?:bevor|ehe)\s+(?:Sie|du)\s+[^.!?\n]{0,60}?\b(?:öffentlich|online|im\s+(?:Netz|Internet)|(?:auf|bei)\s+Amazon)\b|\bzur\s+Tastatur\s+greifen\b",
        r"\bKritik\s+(?:[\w-]+\s+){0,2}?an\s+uns\b|\bLob\s+(?:gern\s+)?öffentlich\b",
        // The review said to keep, so there is no hurry: "die Bewertung läuft Ihnen nicht weg",
        // "die Rezension kann warten", "mit der Bewertung hat es Zeit".
        r"\b(?:\w*bewertung|rezension|sterne)\w*\s+(?:[\w-]+\s+){0,5}?(?:läuft|laufen)\s+(?:Ihnen\s+|dir\s+|euch\s+)?nicht\s+weg\b|\b(?:\w*bewertung|rezension)\w*\s+(?:[\w-]+\s+){0,3}?(?:kann|darf)\s+(?:ruhig\s+)?warten\b|\bmit\s+der\s+(?:\w*bewertung|rezension)\w*\s+hat\s+es\s+(?:keine\s+Eile|Zeit)\b",
        // … also with what it waits for, a fault gone: "Ihre Bewertung hat bitte Zeit, bis die
        // Scheibe streifenfrei ist", "die Rezension kann warten, bis nichts mehr klappert". The
        // clause on what it waits for belongs to the hold (see `gating`).
        r"\b(?:\w*bewertung|rezension|sterne)\w*\s+(?:[\w-]+\s+){0,3}?(?:(?:kann|darf|könnte|sollte)\s+(?:(?:ruhig|gern|gerne|gut|noch|bitte|also|dann)\s+){0,2}warten|(?:hat|haben)\s+(?:(?:dann|bitte|ruhig|gern|gerne|noch|also|doch|jedenfalls)\s+){0,3}(?:noch\s+)?Zeit)\s*,?\s*(?:bis|solange)\b[^.!?\n–—;:]{0,100}|\bmit\s+der\s+(?:\w*bewertung|rezension)\w*\s+hat\s+es\s+(?:(?:dann|bitte|ruhig|noch|also|doch)\s+){0,2}(?:keine\s+Eile|Zeit)\s*,?\s*(?:bis|solange)\b[^.!?\n–—;:]{0,100}",
        // Criticism said to get lost on the public page: "auf der Produktseite würde sie nur
        // verhallen", "in einer Bewertung geht Kritik nur unter", "bei Amazon verpufft das".
        r"\b(?:auf|in|unter|bei)\s+(?:der|einer|dem|Amazon)\s*(?:Produktseite|Artikelseite|Amazon-?Seite|\w*bewertung|rezension)?\w*\s+(?:[\w-]+\s+){0,4}?(?:(?:verhall|verpuff|untergeh|unterging|verlorengeh|verloren\s+geh|ungehört)\w*|versand(?:et|en)\b|geh(?:t|en)\s+(?:[\w-]+\s+){0,3}?unter\b)",
    ],
    first: &[
        r"\b(?:zuerst|zunächst|erst\s+einmal|erstmal|vorher|vorab|vorweg|im\s+Vorfeld|stattdessen|lieber|als\s+erstes)\b",
        // Also with a softening word between: "erst einfach bei uns melden", "erst schnell mir mailen".
        r"\berst\s+(?:(?:kurz|mal|einmal|einfach|bitte|direkt|schnell|eben)\s+){0,2}(?:bei|an|mit|einmal|mal|uns|mir)\b",
    ],
    reward: &[
        // A little writing said to be enough, joined to a gift, right after a review ask: "Hier
        // geht es zur Bewertung: … Ein Satz genügt, und wir schicken Ihnen eine Probe", "Schon
        // ein paar Worte reichen, und Sie bekommen eine Nachfüllpackung". (After an offer of help,
        // "Antworten Sie auf diese E-Mail. Ein Satz genügt, und wir schicken das Teil", it is help.)
        r"(?:\b(?:Bewertung(?:en)?|Rezension(?:en)?|bewerten|Feedback|Meinung)\b)[^\n]{0,160}?(?:[.!?]+\s+|\s*\n\s*)(?P<m>(?:(?:schon|bereits|nur|auch)\s+)?(?:ein|eine|einer|zwei|drei|ein\s+paar|wenige)\s+(?:(?:kurze[rn]?|kleine[rn]?|einzige[rn]?)\s+)?(?:Satz|Sätze|Zeilen?|Worte|Wörter|Kommentar|Stichworte)\s+(?:genüg(?:t|en)|reich(?:t|en)|(?:ist|sind)\s+(?:genug|ausreichend))\s*[,;–—-]?\s+(?:und\s+)?(?:(?:wir|ich)\s+(?:schick|send|schenk|geb|leg|erstatt|überweis|spendier)\w*|(?:Sie|du)\s+(?:bekomm|erhalt|erhält|kriegst)\w*|(?:dann\s+)?(?:schick|send|schenk|geb|leg|erstatt|spendier)\w*\s+(?:wir|ich)\b))",
        // A review as what a member tier or level asks, in a list of tiers: "- Silber:
        // mindestens eine Automation angelegt und eine Rezension zur Lampe geschrieben", "Stufe
        // 2: eine Bewertung abgegeben". The tier is the benefit, the review its price. (A tier
        // reached by use alone, "Gold: drei Monate Silber", names no review.)
        r"(?m:^)[ \t]*(?:(?:[-*•·▪–]|\d{1,2}[.)])[ \t]*)?(?:Bronze|Silber|Gold|Platin|Diamant|Premium|VIP|(?:Stufe|Level|Rang)\s+\d)\s*[:–—-][^\n]*?(?P<m>\b(?:\w*bewertung|rezension)\w*\b[^\n]{0,40}?\b(?:geschrieben|verfasst|abgegeben|hinterlassen|veröffentlicht|gepostet))",
        // A token earned per review, a badge, a stamp, a sticker, a point on a card: "jede
        // Rezension bringt einen Wanderstempel", "für jede Bewertung gibt es 50 Punkte", "ein
        // Abzeichen pro Bewertung", the review named by a compound too ("pro Produktbewertung",
        // "jede Kundenrezension bringt …"). Status in the seller's club is given for the review
        // even when nothing is swapped for it yet.
        r"\b[\w-]*(?:Bewertung|Rezension|Feedback)\w*\b[^.!?\n]{0,40}?\b(?:bringt|bringen|gibt|geben|zählt|verdient|verdienen|sammelt|sammeln|erhält|erhalten|bekommt|bekommen|schaltet)\s+(?:(?:dir|Ihnen|euch|es|man|du|Sie|ihr)\s+)?(?:einen?|ein|\d+|zwei|drei|fünf|zehn)\s+(?:[\w-]+\s+){0,2}?(?:\w*stempel|\w*abzeichen|\w*sticker|\w*aufkleber|(?:sammel|bonus|treue|club|klub)?punkte?|(?:wert|sammel|treue|rabatt)marken?|plaketten?|anstecker|\w*taler|münzen?|badges?|token|jetons?)\b",
        r"\b(?:für\s+jede|je|pro)\s+(?:[\w-]+\s+)?[\w-]*(?:Bewertung|Rezension)\b[^.!?\n]{0,30}?\b(?:gibt\s+es|bekommst\s+du|bekommen\s+Sie|erhältst\s+du|erhalten\s+Sie|sammelst\s+du|sammeln\s+Sie)\s+(?:einen?|ein|\d+|zwei|drei|fünf|zehn)\s+(?:[\w-]+\s+){0,2}?(?:\w*stempel|\w*abzeichen|\w*sticker|\w*aufkleber|(?:sammel|bonus|treue|club|klub)?punkte?|(?:wert|sammel|treue|rabatt)marken?|plaketten?|anstecker|\w*taler|münzen?|badges?|token|jetons?)\b|\b(?:\w*stempel|\w*abzeichen|\w*sticker|\w*aufkleber|(?:wert|sammel|treue|rabatt)marken?|plaketten?|anstecker|\w*taler|münzen?|badges?|token|jetons?)\s+(?:für\s+jede|je|pro)\s+(?:[\w-]+\s+)?[\w-]*(?:Bewertung|Rezension)\b",
        // Tokens counted and swapped for goods, in the sentence of the review or the next: "zehn
        // Stempel kann man gegen eine Stirnlampe eintauschen", "50 Punkte, einlösbar gegen
        // Zubehör", "fünf Abzeichen berechtigen zu einem Ersatzteilset", "für zehn Stempel gibt
        // es eine Trinkflasche", "ab 200 Punkten wartet ein Schweißband auf Sie", "bei fünf
        // Stempeln winkt eine Gratisstunde".
        r"\b(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|fünfzehn|zwanzig|dreißig|fünfzig|hundert|Ihre|deine|eure|gesammelten?)\s+(?:[\w-]+\s+)?(?:\w*stempel|\w*abzeichen|\w*sticker|\w*aufkleber|(?:sammel|bonus|treue|club|klub)?punkte|(?:wert|sammel|treue|rabatt)marken|plaketten|anstecker|\w*taler|münzen|badges|token|jetons)\b[^.!?\n]{0,50}?\b(?:einlösbar|einzulösen|einlösen|eingelöst|(?:ein|um)?(?:ge)?tausch(?:en|t|bar)|berechtigen\s+zu|ergeben\s+(?:einen?|ein)|schalten\s+[^.!?\n]{0,30}?frei)\b|\b(?:für|ab|bei)\s+(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|fünfzehn|zwanzig|fünfzig|hundert)\s+(?:gesammelten?\s+)?(?:\w*stempeln?|\w*abzeichen|\w*stickern?|\w*aufklebern?|(?:sammel|bonus|treue|club|klub)?punkten?|(?:wert|sammel|treue|rabatt)marken|plaketten|ansteckern?|\w*talern?|münzen|badges|token|jetons)\s+(?:gibt\s+es|gibt['’]s|bekommst\s+du|bekommen\s+Sie|erhältst\s+du|erhalten\s+Sie|(?:wartet|warten|winkt|winken)\s+(?:[\w-]+\s+){0,5}?(?:ein|eine|einen|zwei|drei|\d+)\b)",
        // The review said to be worth something, or traded for something: "jede Rezension ist uns
        // eine Tüte Leckerli wert", "Ihre Bewertung bringt Ihnen eine Gratisprobe", "kann gegen ein
        // Päckchen eingetauscht werden" ("Ihre Meinung ist uns viel wert" gives nothing).
        r"\b(?:\w*Bewertung|Rezension|Feedback)\w*\b[^.!?\n]{0,40}?\b(?:(?:ist|sind|wäre|wären|wird)\s+(?:uns|mir|euch|dir|Ihnen)?\s*(?:(?:jeweils|glatt|gleich|sogar|locker)\s+)?(?:eine?n?|ein|zwei|drei|\d+)\s+(?:(?:gratis|kostenlose?[nmrs]?|extra|gro(?:ß|ss)e[nmrs]?|kleine[nmrs]?|volle[nmrs]?|ganze[nmrs]?)\s+)*(?:[\w-]*(?:Tüte|Packung|Päckchen|Beutel|Dose|Schachtel|Karton|Glas|Flasche|Portion|Sack|Kiste|Vorrat|Paket|Probe|Leckerli|Snack|Spielzeug|Kaffee|Gratis|Nachfüll)[\w-]*|[$€£¥]\s*\d|\d+\s*(?:€|Euro)\b)(?:\s+[\w-]+){0,5}?\s+wert|(?:bringt\s+(?:Ihnen|dir|euch)|entspricht|zählt\s+als|gilt\s+als)\s+(?:(?:eine[nmr]?|ein|zwei|drei|\d+)\s+)?(?:(?:gratis|kostenlose?[nmrs]?|extra|gro(?:ß|ss)e[nmrs]?|kleine[nmrs]?|volle[nmrs]?|ganze[nmrs]?)\s+)*(?:[\w-]*(?:Tüte|Packung|Päckchen|Beutel|Dose|Schachtel|Karton|Glas|Flasche|Portion|Sack|Kiste|Vorrat|Paket|Probe|Leckerli|Snack|Spielzeug|Kaffee|Gratis|Nachfüll)[\w-]*|[$€£¥]\s*\d|\d+\s*(?:€|Euro)\b)|(?:lässt\s+sich|kann|können|ist|sind)\s+(?:[\w-]+\s+){0,3}?(?:gegen|in)\s+(?:eine[nmr]?|ein|zwei|drei|\d+)\s+(?:(?:gratis|kostenlose?[nmrs]?|extra|gro(?:ß|ss)e[nmrs]?|kleine[nmrs]?|volle[nmrs]?|ganze[nmrs]?)\s+)*(?:[\w-]*(?:Tüte|Packung|Päckchen|Beutel|Dose|Schachtel|Karton|Glas|Flasche|Portion|Sack|Kiste|Vorrat|Paket|Probe|Leckerli|Snack|Spielzeug|Kaffee|Gratis|Nachfüll)[\w-]*|[$€£¥]\s*\d|\d+\s*(?:€|Euro)\b)(?:\s+[\w-]+){0,3}?\s+(?:eintauschen|eingetauscht|einlösen|eingelöst|einlösbar|umtauschen|umgetauscht|tauschen|getauscht))",
        // A thing named per review with no verb of giving: "für jede Rezension ein Beutel
        // Leckerli", "pro Bewertung zwei Gratisproben", "je Bewertung ein Baum" ("für jede
        // Rezension, die wir lesen, …" names no thing). Also points, stamps or tokens of the
        // seller's club, as a rule of it in a list, the review named by a compound too: "Pro
        // Produktrezension: 150 Punkte extra", "je Kundenrezension 2 Stempel" (a club's points
        // per order name no review).
        r"\b(?:(?:für|mit)\s+jede[nrs]?|pro|je)\s+(?:neue[nrs]?\s+)?(?:\w*Bewertung|\w*Rezension|Feedback)(?:en)?\s*[,:;–—-]?\s*(?:ein|eine|einen|zwei|drei|\d+)\s+(?:(?:gratis|kostenlose[nrs]?|kleine[nrs]?|große[nrs]?|volle[nrs]?|extra|zusätzliche[nrs]?)\s+)*(?:[\w-]*(?:Beutel|Tüte|Packung|Päckchen|Dose|Glas|Flasche|Tafel|Riegel|Probe|Muster|Geschenk|Spende|Leckerli|Snack|Spielzeug|Nachfüll)[\w-]*|Baum|Bäume|Mahlzeit(?:en)?|Euro|(?:sammel|bonus|extra|treue|club|klub|prämien)?punkte?|\w*stempel|\w*abzeichen|\w*sticker|(?:wert|sammel|treue|rabatt)marken?|\w*taler|münzen?|token|jetons?)\b",
        // The review worth a step of the seller's own plan or course: "deine Bewertung zählt als
        // Joker-Tag", "die Rezension schaltet dir Stufe 2 frei", "bringt dir eine Bonuslektion".
        r"\b(?:Bewertung|Rezension|Feedback)\w*\b[^.!?\n]{0,40}?\b(?:zählt\s+als|gilt\s+als|bringt\s+dir|schaltet\s+(?:dir|Ihnen|euch)|bekommst\s+du)\s*(?:(?:einen?|ein|die|den|das|deine?n?|Ihre?n?)\s+)?(?:[\w-]+\s+){0,2}?(?:[\w-]*Joker[\w-]*|Ruhetag|Pausentag|[\w-]*Stufe|Level\s*\d|[\w-]*Zertifikat|[\w-]*Urkunde|Abzeichen|Badge|[\w-]*Lektion(?:en)?|[\w-]*Video(?:s)?|Coaching[\w-]*|(?:Einzel|Privat|Bonus)stunde)\b",
        // A good deed named as what the review brings: "Ein Baum mehr für Ihre Rezension", "eine
        // Mahlzeit für jede Bewertung".
        r"\b(?:Baum|Bäume[n]?|\w*[Bb]äumchen|Setzling\w*|Mangrove[n]?|Mahlzeit(?:en)?|Spende[n]?|Kilo(?:gramm)?\s+(?:\w*[Pp]lastik|Müll|Abfall)\w*)\b[^.!?\n]{0,30}?\bfür\s+(?:Ihre|deine|eure|jede|eine|Ihr|dein|euer)\s+(?:[\w-]+\s+)?(?:\w*bewertung|rezension|Feedback|Sterne)\w*",
        // The review itself doing a good deed: "Ihre Rezension pflanzt einen Baum", "jede
        // Bewertung auf Amazon holt ein Kilo Plastik aus dem Meer".
        r"\b(?:Ihre|deine|eure|jede|eine|Ihr|dein|euer)\s+(?:[\w-]+\s+)?(?:\w*bewertung|rezension|Feedback)\w*\s+(?:[\w-]+\s+){0,4}?(?:pflanzt|spendet|stiftet|finanziert|(?:entfernt|sammelt|fischt|holt|befreit)\s+(?:[\w-]+\s+){0,4}?(?:\w*[Pp]lastik|Müll|Abfall)\w*)\b",
        // An amount taken off a later order: "ziehen wir Ihnen 10 % ab", "rechnen wir 5 € ab",
        // also naming what it comes off: "ziehen wir 10 % vom Rechnungsbetrag ab".
        r"\b(?:ziehen|rechnen)\s+wir\s+(?:Ihnen\s+|dir\s+|euch\s+)?[^.!?\n]{0,50}?\b\d+\s*(?:%|€|Euro|Prozent)\s+(?:(?:vom|von\s+(?:Ihrem|deinem|dem|der)|des|auf\s+den)\s+(?:[\w-]+\s+)?[\w-]*(?:preis|betrag|summe|rechnung|einkauf|wert)\w*\s+)?ab\b",
        // A playful draw among reviewers: a wheel of fortune, a raffle drum, names out of a hat.
        r"\bGlücksrad\w*|\bLos(?:topf|trommel|box|glück|ziehung)\w*|\bTombola\w*|\bLotterie\w*|\bZiehung\w*|\bausgelost\b|\b(?:aus\s+dem\s+(?:Hut|Topf|Glas)|per\s+Los)\b",
        // A guarantee made longer: "in die erweiterte Garantie", "verlängerte Gewährleistung".
        r"\b(?:erweitert|verlängert|verdoppelt|zusätzlich)\w*\s+(?:Garantie|Gewährleistung|Herstellergarantie)\w*",
        // A cash discount for reviewers, a guarantee extended to a number of months, names burnt or written on a wall or board.
        r"\bSkonto\b|\b\d+\s*%\s+(?:[\w-]+\s+){0,2}?(?:Skonto|Nachlass|Preisnachlass)\b|\bSonderkondition\w*",
        r"\bVerlängerung\s+(?:[\w-]+\s+){0,3}?auf\s+(?:\d+|zwei|drei|vier|fünf|sechs|zehn|zwölf)\s+(?:Monate|Jahre)\b|\bauf\s+(?:\d+|zwei|drei|vier|fünf|sechs|zehn|zwölf)\s+(?:Monate|Jahre)\s+(?:[\w-]+\s+)?verlänger\w*|\bverlänger\w*\s+(?:wir\s+|ich\s+)?(?:[\w-]+\s+){0,3}?auf\s+(?:\d+|zwei|drei|vier|fünf|sechs|zehn|zwölf)\s+(?:Monate|Jahre)\b",
        r"\bNamen\b[^.!?\n]{0,60}?\b(?:ein(?:brennen|gebrannt|gravier\w*|schnitz\w*)|Wand|Brett|Tafel|Schild)\b|\b(?:brennen|gravieren|schnitzen|malen|schreiben|hängen)\s+wir\s+(?:[\w-]+\s+){0,2}?Namen\b",
        r"\bverlänger\w*\s+(?:[\w-]+\s+){0,3}?Garantie\w*|\bGarantie\w*\s+(?:von\s+\d+\s+)?auf\s+(?:\d+|zwei|drei|vier|fünf|zehn)\s+Jahre\b|\bzum\s+halben\s+Preis\b",
        r"\b\d+\s+(?:statt|anstatt|anstelle\s+von)\s+\d+\s+(?:Monate|Monaten|Jahre|Jahren)\b|\b(?:\d+|zwei|drei|sechs|zwölf)\s+(?:zusätzliche|weitere|extra)\s+(?:Monate|Jahre)\b",
        r"\b\d+\s*%\s*(?:des\s+(?:Kauf)?preises\s+|vom\s+(?:Kauf)?preis\s+)?zurück\b|\bÜberraschung\b|\bzurückgelegt\b",
        // A share of the price given back, with the receivers between: "geben wir 10 % des
        // Kaufpreises an unsere Käufer zurück".
        r"\b\d+\s*%\s*(?:des\s+(?:Kauf|Rechnungs)?(?:preises|betrags|betrages)|vom\s+(?:Kauf)?preis)\s+(?:[\w-]+\s+){0,4}?(?:zurück|erstattet|gutgeschrieben)\b",
        r"\b(?:Treue|Bonus|Prämien)punkt\w*|\bPunkte\s+gut\b|\bgutgeschrieben\b|\bHauptpreis\w*|\bGarantie\w*\s+(?:[\w-]+\s+){0,2}?(?:verlängert|verdoppelt)|\bGarantieverlängerung\w*|\bdoppelte[nr]?\s+Garantie\b|\bschenken\s+(?:wir\s+)?(?:Ihnen|dir|euch)\b",
        // A thanks handed over as a thing, however short: "gibt's ein kleines Danke von uns",
        // "dafür wartet ein nettes Danke auf dich".
        r"\b(?:ein|einem|einen)\s+(?:kleine[ns]?|nette[ns]?|besondere[ns]?|extra)\s+Danke\b",
        // A thanks waiting for the buyer as a thing: "Ihr Dankeschön wartet noch auf Sie", "das
        // Dankeschön liegt schon bereit".
        r"\bDankeschön\s+(?:wartet|liegt\s+(?:schon\s+|noch\s+)?bereit|ist\s+(?:schon\s+|bereits\s+)?unterwegs|geht\s+(?:[\w-]+\s+){0,3}?raus)\b",
        // The buyer's question whether something comes for it, answered yes on its line or the
        // next, as a question-and-answer block quotes it: "Bekomme ich dafür etwas? / Ja – …",
        // "F: Gibt es dafür eigentlich etwas von Ihnen? / A: Aber sicher", "Was kriege ich für
        // meine Rezension? Klar: …". (Answered no, it offers nothing.)
        r"(?P<m>(?:\b(?:bekomm(?:e|t|en|st)|krieg(?:e|t|en|st)?|erhalt(?:e|en)|erhält|gibt(?:['’]s|\s+es))\s+(?:(?:ich|man|wir|Sie|du|ihr|denn|eigentlich|auch|dann|da|noch)\s+){0,3}dafür\s+(?:(?:denn|eigentlich|auch|dann|noch)\s+)*(?:etwas|was|irgendwas|irgendetwas|eine\s+Kleinigkeit)\b[^.!?\n]{0,40}|\b(?:bekomm(?:e|t|en|st)|krieg(?:e|t|en|st)?|erhalt(?:e|en)|erhält|gibt(?:['’]s|\s+es))\s+(?:(?:ich|man|wir|Sie|du|ihr|denn|eigentlich|auch|dann|da|noch)\s+){0,3}(?:etwas|was|irgendwas|irgendetwas|eine\s+Kleinigkeit)\s+[^.!?\n]{0,30}?\b(?:(?:dafür|für\s+(?:eine|meine|die|das|den|Ihre|deine)\s+[\w-]*(?:bewertung|rezension|feedback|sterne|Lob)\w*)|wenn\s+ich\s+[^.!?\n]{0,40}?(?:bewert|rezensi)\w*)[^.!?\n]{0,30}|\bwas\s+(?:bekomm(?:e|t|en|st)|krieg(?:e|t|en|st)?|erhalt(?:e|en)|erhält|gibt(?:['’]s|\s+es))\s+(?:(?:ich|man|wir|Sie|du|ihr|denn|eigentlich|auch|dann|da|noch)\s+){0,3}(?:dafür|für\s+(?:eine|meine|die|das|den|Ihre|deine)\s+[\w-]*(?:bewertung|rezension|feedback|sterne|Lob)\w*)[^.!?\n]{0,20}|\bspring(?:t|en)\s+(?:[\w-]+\s+){0,3}?(?:etwas|was)\s+(?:[\w-]+\s+){0,3}?(?:heraus|raus)\b[^.!?\n]{0,30})\?)[ \t]*(?:\n(?:[ \t]*\n)?[ \t]*(?:[AR]\d*[ \t]*[:.)][ \t]*)?)?(?:ja|klar|natürlich|selbstverständlich|aber\s+sicher|sicher|gern|gerne|auf\s+jeden\s+Fall|genau)\b",
        r"\w*gutschein\w*|\w*rabatt\w*|\bgeschenk\w*|\w+geschenk\b|\bgratis\w+|\w*prämie\w*|\w*belohnung\w*|\w*bonus\w*|\bcash[\s-]*back\b|\bscreenshots?\b|\bbildschirmfoto\w*|\bim\s+austausch\b|\bim\s+gegenzug\b|\bals\s+gegenleistung\b|\bals\s+dankeschön\b|\bals\s+Dank\b|\bkleine[ns]?\s+(?:Aufmerksamkeit|Überraschung|Dankeschön)\b|\w*entschädigung\w*|\bpreisnachlass\w*|\b\d+\s*%\s*(?:nachlass|rabatt)",
        r"\bAnerkennung\b|\bversandkostenfrei\w*|\b(?:kostenlose[nr]?|gratis)\s+Versand\b|\w*gewinnspiel\w*|\b(?:gewinnen\s+Sie|zu\s+gewinnen\s+(?:gibt|gab|sind|ist))\b|\bgewinnt\s+(?:ein|eine|einen)\b|\bGewinner\w*|\w*verlos\w*|\w*auslos\w*",
        r"\bim\s+Wert\s+von\s+\d+",
        // A percentage code, however written: "einen 20-%-Code", "15-Prozent-Gutschein".
        r"\b\d+\s*-?\s*(?:%|Prozent)\s*-?\s*(?:Code|Gutschein|Coupon)\w*",
        r"\bVIP[\s-]*(?:Club|Programm|Status|Kunde)\w*|\b\w*tester-?(?:team|programm|club|gruppe|kreis|runde|panel)\w*|\bProdukttester\w*|\bdraufleg\w*|\blegen\s+(?:wir\s+)?(?:Ihnen\s+)?(?:[\w-]+\s+){0,3}?drauf\b|\d+\s*%\s+(?:[\w-]+\s+){0,4}?(?:(?:auf|für)\s+(?:die|Ihre|Ihren|den)|Ihrer|deiner|eurer|der)\s+nächste[nrms]?\b",
        // Units earned per act, and a parcel hinted at for the reader too: "bringt 25 Teeblätter
        // dazu", "vielleicht steht bald auch bei Ihnen ein Päckchen vor der Tür".
        r"\b(?:bringt|bringen|sammeln|sammelt|sammelst)\s+(?:Ihnen\s+|dir\s+|euch\s+|Sie\s+|du\s+)?(?:weitere\s+|zusätzlich\s+|extra\s+)?\d+\s+[\w-]+|\b(?:vielleicht|womöglich|bald|demnächst|wer\s+weiß)\b[^.!?\n]{0,40}?\bauch\s+(?:(?:bei|zu|für|an)\s+(?:Ihnen|dir|euch)|(?:auf|für|an)\s+(?:Sie|dich|euch))\s+(?:[\w-]+\s+){0,2}?(?:ein|eine)\s+(?:[\w-]+\s+)?(?:Päckchen|Paket|Überraschung|Dankeschön|Geschenk)\b",
        r"\b(?:2|zwei)\s*(?:x|für)\s*(?:1|eins)\b|\bzwei\s+zum\s+preis\s+von\s+einem\b",
        r"\bStempel\w*|\bStempelkarte\w*",
        r"\blassen\s+(?:Sie\s+sich|dich|euch)\s+überraschen\b|\brevanchier\w*|\berkenntlich\s+zeigen\b",
        // A favour owed back for what was given: "Fair ist fair", "eine Hand wäscht die andere".
        r"\bfair\s+ist\s+fair\b|\beine\s+Hand\s+wäscht\s+die\s+andere\b|\bauf\s+Gegenseitigkeit\b",
        // A share of the price paid back, the verb first: "erstatten wir Ihnen 20 % des
        // Kaufpreises".
        r"\b(?:erstatten|überweisen|zahlen|geben)\s+(?:wir|ich)\s+(?:Ihnen\s+|dir\s+|euch\s+)?\d+\s*(?:%|Prozent)\s+(?:des|vom)\s+(?:Kauf|Rechnungs)?(?:preis|betrag)\w*",
        // A longer term named as years instead of one: "2 Jahre statt 1 Jahr Garantie".
        r"\b(?:\d+|zwei|drei|fünf)\s+(?:Jahre|Monate)\s+(?:Garantie\s+)?(?:statt|anstatt|anstelle\s+von)\s+(?:\d+|einem|eines|einer|ein|eins)\b",
        // Store credit: "5 Credits", "10 € Shop-Guthaben".
        r"\b(?:\d+\s+)?(?:Shop-?)?Credits?\b|\bShop-?Guthaben\b|\b\d+\s*(?:€|Euro)?\s*Guthaben\b",
    ],
    value: &[
        // An extra in the next parcel (see the const).
        NEXT_PARCEL_EXTRA,
        // A session, a consultation or an appointment given away: "schenken wir Ihnen eine
        // Videoberatung", "spendieren wir dir eine Sitzung mit unserer Physiotherapeutin".
        r"\b(?:schenken|spendieren)\s+wir\s+(?:Ihnen|dir|euch)\s+(?:eine?n?|zwei|drei|\d+)\s+(?:[\w-]+\s+){0,3}?(?:\w*[Ss]itzung(?:en)?|\w*[Bb]eratung(?:en)?|\w*[Tt]ermine?|\w*[Ss]tunden?|\w*[Cc]heck|\w*[Gg]espräch|\w*[Ss]prechstunden?|\w*[Ss]ession)\b",
        // A share of the order paid back or credited: "3 % vom Auftragswert", "2 % des
        // Kaufpreises", "fünf Prozent des Bestellwerts" (ordinary service as well, like a partial
        // refund: a value).
        r"\b(?:\d+(?:[.,]\d+)?\s*(?:%|Prozent)|(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|fünfzehn|zwanzig|dreißig|fünfzig)\s+Prozent)\s+(?:des|vom|Ihres|deines|ihres)\s+(?:Bestell|Kauf|Auftrags|Einkaufs|Waren|Netto|Brutto|Rechnungs|Gesamt)(?:wert|preis|betrag|summe)\w*",
        r"\w*erstatt\w*|\bgeld\s+zurück\b|\bkostenlos\w*|\bumsonst\b|\bgratis\b|\bersatz\w*|\bneue[ns]?\s+(?:Artikel|Produkt|Gerät)\b",
        r"\bvergüt\w*|\bKaufpreis\w*",
        // Money owed back on the buyer's account, or a price taken off (a billing fix as well):
        // "eine Gutschrift über 20 €", "einen Nachlass von 3 %".
        r"\bGutschrift\w*|\bNachlass\b|\bNachlässe\b",
        // A service or item not charged: "ohne Berechnung", "unberechnet", "kostenfrei".
        r"\bohne\s+(?:Berechnung|Kosten|Gebühr\w*|Aufpreis)\b|\bkostenfrei\w*|\bunberechnet\w*|\bgebührenfrei\w*|\bunentgeltlich\w*",
        // Something at the seller's expense: "die nächste Packung geht auf unsere Kosten", "das
        // Zubehör geht aufs Haus", "auf Kosten des Hauses".
        r"\bauf\s+(?:unsere|meine)\s+Kosten\b|\bauf\s+Kosten\s+des\s+Hauses\b|\b(?:geht|gehen|ging|gingen)\s+(?:[\w-]+\s+){0,5}?aufs\s+Haus\b",
        // Part of the price paid back, named without money words: "einen Teil des Kaufpreises
        // zurück", "den Gegenwert eines Kaffees erstatten". A partial refund is ordinary service
        // (a crack the buyer can live with), so it is a value, not a reward.
        r"\b(?:einen\s+)?(?:kleinen\s+)?Teil\s+(?:des\s+(?:Kauf|Rechnungs)?(?:preises|betrags|betrages)|Ihres\s+(?:Einkaufs|Kaufs)|dessen,?\s+was\s+(?:Sie|du)\s+(?:bezahlt|ausgegeben))\b|\bGegenwert\s+(?:eines|einer|von)\b",
        // Shipping paid by the seller: "die Versandkosten übernehmen wir", "wir erlassen Ihnen
        // das Porto".
        r"\b(?:Versandkosten|Porto|Lieferkosten|Frachtkosten)\s+(?:[\w-]+\s+){0,3}?(?:übernehmen|übernimmt|zahlen|tragen|erlassen|schenken|entfallen)\b|\b(?:übernehmen|zahlen|tragen|erlassen|schenken)\s+wir\s+(?:Ihnen\s+|dir\s+|euch\s+)?(?:[\w-]+\s+){0,2}?(?:Versandkosten|Porto|Lieferkosten|Frachtkosten)\b",
        r"\b(?:übernehm|zahl|trag|erlass|schenk)\w*\s+(?:wir|ich)\s+(?:[\w-]+\s+){0,5}?(?:Versandkosten|Porto|Lieferkosten|Frachtkosten)\b",
        // Something new sent by the seller: "ich schick dir nen neuen Deckel".
        r"\b(?:schick|schicke|send|sende)\s+(?:ich\s+|wir\s+)?(?:dir|Ihnen|euch)\s+(?:[\w-]+\s+){0,3}?(?:neue[nsrm]?|Ersatz\w*)\b",
        r"\b(?:darf|dürfen|dürfte|können)\s+(?:es|ihn|sie|das\s+\w+)\s+behalten\b|\b\d+(?:[.,]\d+)?\s*(?:Euro\b|EUR\b|€)|€\s*\d+|\büberweis\w*",
        // An amount credited, the separable verb split: "schreiben wir Ihnen fünf Prozent gut".
        r"\bschreiben\s+(?:wir|ich)\s+(?:[\w-]+\s+){0,8}?gut\b",
        // A term lengthened by a stretch of time, by the seller or with the warranty or the term
        // named: "wir verlängern sie um ein weiteres Jahr", "verlängern wir Ihre Rückgabefrist um
        // 30 Tage", "die Garantie verlängert sich um zwölf Monate", "verlängert sich die
        // Gewährleistung um sechs Monate", "ein zusätzliches Jahr Garantie". Something of value when the review is asked for in its sentence ("…, wenn Sie
        // eine Rezension schreiben"); as ordinary service too ("wegen der Verzögerung verlängern
        // wir die Frist um zwei Wochen") it is a value, not a reward. (One given for registering
        // the product: see `other_sense`.)
        concat!(
            r"\b(?:(?:wir|ich)\s+(?:[\w-]+\s+){0,2}?verlänger\w*|verlänger\w*\s+(?:wir|ich))\s+(?:[\w-]+\s+){0,4}?um\s+",
            de_term_span!(),
            r"|\b(?:\w*garantie\w*|Gewährleistung\w*|\w*frist\w*|Laufzeit\w*|Abo\w*|Mitgliedschaft\w*|Testphase\w*|Probezeit\w*)\s+(?:[\w-]+\s+){0,3}?(?:um\s+",
            de_term_span!(),
            r"\s+(?:[\w-]+\s+)?verlänger\w*|verlänger\w*\s+(?:[\w-]+\s+){0,2}?um\s+",
            de_term_span!(),
            r")|\bverlänger\w*\s+(?:sich\s+)?(?:[\w-]+\s+){0,2}?(?:\w*garantie\w*|Gewährleistung\w*|\w*frist\w*|Laufzeit\w*|Abo\w*|Mitgliedschaft\w*|Testphase\w*|Probezeit\w*)\s+um\s+",
            de_term_span!(),
            r"|\b(?:ein(?:e[nms]?)?|zwei|drei|sechs|zwölf|\d+)\s+(?:weitere[nmrs]?|zusätzliche[nmrs]?|extra)\s+(?:Jahr|Jahre|Monat|Monate)\s+(?:\w*garantie|Gewährleistung)\w*"
        ),
    ],
    link: &[
        // An extra in the next parcel (see the const).
        NEXT_PARCEL_EXTRA,
        r"\b(?:dann|danach|anschließend|im\s+gegenzug|als\s+dank\w*|sobald|nachdem|nach\s+Ihrer|für\s+(?:Ihre|eine|jede)|zum\s+Dank|dafür)\b",
        r"\balle[n]?\s+(?:[\w-]+\s+)?,?\s*die\b|(?m:^)[ \t]*wer\b",
        r"\bVoraussetzung\w*|\bTeilnahmebedingung\w*|\b(?:es\s+)?genügt\b",
        // The buyer's turn after what the seller gave, or a deadline counted from the step
        // before: "Jetzt sind Sie dran", "Innerhalb von 48 Stunden …".
        // A later step of a numbered list follows the one before it, like "dann": "3. Sie
        // schicken uns den Link." / "4. Wir schreiben Ihnen den Betrag gut."
        r"(?m:^)[ \t]*(?:[2-9]|1[0-9])[.)][ \t]",
        r"\b(?:jetzt|nun)\s+(?:sind\s+Sie|bist\s+du|seid\s+ihr)\s+(?:am\s+Zug|dran)\b|\binnerhalb\s+(?:von\s+)?(?:\d+|zwei|drei|fünf|sieben|vierzehn)\s+(?:Stunden|Tagen|Werktagen)\b",
    ],
    posted: &[
        r"\b(?:sobald|wenn|nachdem)\s+(?:sie|er|es|die|diese|das|Ihre\s+\w*(?:bewertung|rezension))\s+(?:[\w-]+\s+){0,1}?(?:online|veröffentlicht|sichtbar|freigeschaltet|erschienen)\b",
        // A reply of one word that says it is done: "antworten Sie mit dem Wort „Erledigt“".
        r#"\bmit\s+(?:dem\s+Wort\s+|einem\s+(?:kurzen\s+)?)?[„“"»‚']?(?:erledigt|geschafft|fertig|done)\b"#,
        r"\b\w*(?:bewertung|rezension)\s+(?:[\w-]+\s+){0,1}?(?:geschrieben|veröffentlicht|online|gepostet|abgegeben)\s*\?",
        r"\bnach\s+(?:der\s+)?Veröffentlichung\b",
        r"\b(?:sobald|wenn|nachdem)\s+wir\s+Ihre\s+\w*(?:bewertung|rezension)\s+(?:[\w-]+\s+){0,1}?(?:sehen|gesehen|finden|entdecken)\b",
    ],
    otherwise: &[
        // What is left after the ask, opening a line: "Für alle anderen Anliegen: …", "Für alles
        // Weitere ist unser Team da".
        r"(?m:^)[ \t]*für\s+(?:alle\s+(?:anderen|übrigen)|alles\s+(?:andere|Übrige|Weitere))\b",
        r"\bbei\s+(?:allem|allen|jeder\s+[\w-]+)\s+(?:darunter|anderen|weniger)\b|\bbei\s+allem\s+anderen\b",
        r"\balle\s+anderen\s*,",
        // Everybody else, opening the sentence after a conditional ask: "Alle anderen bitten wir …".
        r"(?:(?m:^)|[.!?:;]\s*)(?P<m>(?:alle|allen)\s+(?:anderen|übrigen)|alles\s+(?:andere|Übrige|weitere))\b",
        // The low scores, as the other branch: "Bei 3 oder weniger …", "ab 3 abwärts", "unter 4".
        r"\b(?:bei|mit)\s+(?:einer\s+)?(?:\d+|eins|zwei|drei|vier|fünf|sechs|sieben|acht)\s+(?:(?:Sternen?|Punkten?)\s+)?(?:oder|und)\s+(?:weniger|darunter|schlechter|niedriger)\b|\b(?:\d+|drei|vier)\s+(?:und\s+)?abwärts\b|\bunter\s+(?:\d+|vier|fünf|neun|zehn)\s+(?:Sternen?|Punkten?)\b",
        r"\b(?:ansonsten|sonst|andernfalls|anderenfalls|wenn\s+nicht|falls\s+nicht|wenn\s+(?:das\s+)?nein|falls\s+nein)\b",
        r"(?m:^)[ \t]*nein\s*[-–—:,]",
        // The answer no as the other branch: "Bei NEIN …", "Im Fall von Nein …", "Lautet Ihre
        // Antwort Nein, …".
        r"\b(?:bei|nach)\s+(?:einem\s+|der\s+Antwort\s+|Antwort\s+)?[„“»‚']?nein\b|\bim\s+Fall(?:e)?\s+(?:von\s+|eines\s+)?[„“»‚']?nein\b|\b(?:lautet|ist)\s+(?:Ihre|deine|die)\s+Antwort\s+[„“»‚']?nein\b",
    ],
    benign: &[
        // A time of use, and no earlier, times the ask for every buyer (see the const).
        AFTER_A_TIME_OF_USE,
        // A happy group as what one recognises or sees, a general remark on the hobby and no
        // group the email is for: "Glückliche Fische erkennt man an kräftigen Farben", "zufriedene
        // Hühner erkennen Sie am Gefieder", "Man sieht gesunden, glücklichen Pflanzen an, …".
        r"\b(?:zufriedene|glückliche|begeisterte|gesunde|fröhliche)[nr]?\s+(?:[\wäöüß-]+\s+)?(?:erkennt|erkennen|erkennst|sieht|sehen|siehst|merkt|merken|bemerkt|bemerken|hört|hören)\s+(?:man|(?-i:Sie)|du|ihr)\b|\b(?:man|(?-i:Sie)|du|ihr)\s+(?:erkennt|erkennen|erkennst|sieht|sehen|siehst|merkt|merken|bemerkt|bemerken|hört|hören)\s+(?:[\wäöüß-]+,?\s+){0,2}?(?:zufriedene|glückliche|begeisterte|fröhliche)[nrm]?\s+[\wäöüß-]+",
        // A group named as content together with everyone else, a greeting to all that holds
        // no condition: "Zufriedenen Kundinnen wie allen anderen: danke!".
        r"\b(?:zufrieden|begeistert|glücklich)\w*[^.!?\n]{0,30}?\b(?:wie\s+(?:auch\s+)?|und\s+(?:auch\s+)?|ebenso\s+wie\s+)(?:allen\s+anderen|den\s+anderen|den\s+weniger\s+\w+|denen,?\s+die\s+(?:es\s+)?nicht)\b",
        // A slogan that pairs a happy group with another, closing the sentence or called the shop's
        // motto, or a happy group called its goal:
        // "Zufriedene Kunden, zufriedene Hunde – das ist unser Motto.", "Unser Ziel: glückliche
        // Kunden." It names no buyer and no condition.
        r"\b(?:zufriedene|glückliche|begeisterte|happy)\s+[\wäöüß-]+\s*(?:,|&|\+|=|–|—|-|\bund\b|\bmachen\b|\bbedeuten\b)\s*(?:zufriedene|glückliche|begeisterte|gesunde|happy)\s+[\wäöüß-]+\s*(?:[.!](?:\s|$)|\n|$|[:,–—-]?\s*(?:das\s+ist|so\s+lautet|so\s+heißt|lautet|heißt|ist|sind|bleibt)\s+(?:(?:seit\s+jeher|schon\s+immer|einfach)\s+)?(?:unser|mein)\s+(?:Motto|Slogan|Leitspruch|Credo|Ziel|Anspruch|Versprechen|Mantra|Grundsatz)\b)",
        r"\b(?:unser|mein)\s+(?:Motto|Slogan|Leitspruch|Credo|Ziel|Anspruch|Versprechen|Mantra|Grundsatz)\s*(?:(?:ist|war|bleibt|lautet|heißt|war\s+schon\s+immer|ist\s+seit\s+jeher|:|–|—|-)\s*){1,2}(?:(?:einfach|schlicht)\s+)?(?P<m>(?:zufriedene|glückliche|begeisterte)\s+[\wäöüß-]+\b[^\n]?)",
        r"\b(?P<m>(?:zufriedene|glückliche|begeisterte)\s+[\wäöüß-]+\s+(?:sind|waren|bleiben)\s+(?:unser|mein)\s+(?:Motto|Ziel|Anspruch|Versprechen|Antrieb|Ansporn|oberstes\s+Ziel|wichtigstes\s+Ziel))\b",
        // "(Immer dann gefragt,) wenn man am wenigsten damit rechnet": a figure of speech for any
        // time, no condition.
        r"\b(?:(?:immer|genau|gerade|ausgerechnet)\s+)?(?:dann\b[^.!?\n,]{0,30}?,?\s+)?(?:wenn|wo)\s+(?:man|Sie|du|ihr|wir)\s+(?:es\s+|sie\s+|ihn\s+|damit\s+)?(?:am\s+)?wenigsten\s+(?:damit\s+|darauf\s+)?(?:rechnet|rechnen|rechnest|erwartet|erwarten|erwartest|gebrauchen\s+kann)\b",
        // An approval that is the platform's, not the buyer's or a pet's: "nach dem OK von Amazon
        // erscheint Ihre Rezension", "nach der Zustimmung der Moderation", "nach Amazons Freigabe".
        r"\bnach\s+(?:dem|der|einem|einer)\s+(?:[\w-]+\s+)?(?:\w+-)?(?:OK|Okay|O\.K\.|Zustimmung|Freigabe|Prüfung|Plazet|Placet|Einverständnis)\s+(?:durch|von|seitens|bei)?\s*(?:dem\s+|der\s+|den\s+|des\s+)?(?:Amazon|Moderat\w*|Marktplatz\w*|Plattform|Redaktion|Prüfteam\w*|Rezension\w*|Bewertung\w*)\b|\bnach\s+(?:dem|der)\s+(?:Amazon|Moderations|Plattform|Marktplatz|Redaktions)-?(?:OK|Okay|Zustimmung|Freigabe|Prüfung)\b|\bnach\s+Amazons\s+(?:[\w-]+\s+)?(?:OK|Okay|Zustimmung|Freigabe|Prüfung)\b",
        // The first uses of the product, whatever it is: "sobald der Mixer seine ersten
        // Einsätze hinter sich hat", "wenn Sie die ersten Nächte darauf geschlafen haben".
        r"\b(?:sobald|wenn|nachdem)\s+[^.!?\n,]{0,40}?\bersten\s+(?:[\w-]+\s+)?(?:Runden|Einsätze|Fahrten|Tage|Wochen|Nächte|Male|Touren|Wäschen|Anwendungen|Spiele|Kilometer|Stunden|Versuche|Schritte)\b",
        // A condition on the buyer's wish only, as a "wer" clause: "Wer mag, schreibt es hier", "Wer Lust
        // hat, …".
        r"\bwer\s+(?:mag|möchte|will|Lust\s+hat|Zeit\s+hat|(?:kurz\s+)?(?:einen\s+Moment|eine\s+Minute|Zeit)\s+(?:hat|findet))\s*,",
        // The wish to review closing the clause, as with "wenn Sie … möchten": "Wer das Produkt
        // bewerten möchte, kann das hier tun", "Wer seine Eindrücke teilen will, …", "Alle, die
        // uns ein paar Zeilen schreiben möchten, …"; or the time: "Wer kurz Zeit und Lust hat,
        // …". Only the review or its object may stand in the clause: a liking ("wer es liebt und
        // bewerten möchte") or a wait for a repair ("wer nach der Reparatur bewerten möchte")
        // keeps it a condition.
        r"\b(?:wer|(?:alle|diejenigen|jene|all\s+jene)\s*,?\s+die)\s+(?:(?:uns|mir|hier|gern|gerne|kurz|noch|auch|ebenfalls|selbst|dazu|darüber|bei\s+Amazon|auf\s+Amazon)\s+){0,3}(?:(?:(?:es|ihn|sie|(?:das|den|die|dieses|diesen|diese|unser|unseren|unsere|sein|seinen|seine|ihr|ihren|ihre|Ihr|Ihren|Ihre)\s+(?-i:[A-ZÄÖÜ][\w-]*))\s+)?(?:(?:uns|mir|hier|gern|gerne|kurz|noch|auch|ebenfalls|selbst|dazu|darüber|bei\s+Amazon|auf\s+Amazon)\s+){0,3}(?:bewerten|rezensieren|beurteilen|benoten)|(?:(?:seine|ihre|Ihre|deine|die\s+eigenen|eigene|eine|einen|ein|ein\s+paar|einige|zwei|drei|kurz\s+ein\s+paar)\s+)?(?:(?:ehrliche[nr]?|eigene[nr]?|kurze[nr]?|ersten?)\s+)?(?:Eindrücke|Eindruck|Meinung|Erfahrung(?:en)?|Bewertung|Rezension|Einschätzung|Gedanken|Urteil|Worte|Zeilen|Sätze|Sterne|Feedback|Kommentar)\s+(?:(?:uns|mir|hier|gern|gerne|kurz|noch|auch|ebenfalls|selbst|dazu|darüber|bei\s+Amazon|auf\s+Amazon)\s+){0,3}(?:teilen|mitteilen|schreiben|hinterlassen|abgeben|verfassen|aufschreiben|schildern|posten|veröffentlichen|vergeben|loswerden|erzählen|geben))\s+(?:möchte|möchten|will|wollen|wünscht|wünschen)\s*,",
        r"\b(?:wer|(?:alle|diejenigen|jene|all\s+jene)\s*,?\s+die)\s+(?:(?:kurz|gerade|noch)\s+)?(?:(?:einen\s+Moment|eine\s+Minute|ein\s+paar\s+Minuten|etwas|fünf\s+Minuten)\s+)?(?:Zeit|Lust)(?:\s+und\s+(?:Zeit|Lust))?\s+(?:hat|haben|findet|finden)\s*,",
        // Also the buyer with the team or colleagues: "wenn Sie und Ihr Team die Geräte ein paar
        // Tage genutzt haben".
        r"\b(?:wenn|sobald|nachdem)\s+(?:Sie|du)(?:\s+und\s+(?:Ihr|Ihre|dein|deine|eure)\s+[\w-]+(?:\s+und\s+[\w-]+)?)?\s+(?:[\w-]+\s+){0,5}?(?:benutzt|ausprobiert|getestet|verwendet|genutzt|getragen|aufgebaut|installiert|eingerichtet|erhalten|ausgepackt|gelesen|gewaschen)\s+(?:haben|hast)\b|\bsobald\s+es\s+(?:Ihnen|dir)\s+(?:[\w-]+\s+)?(?:passt|möglich\s+ist|recht\s+ist)\b|\bwenn\s+(?:Sie|du)\s+(?:frei|Zeit)\s+(?:sind|bist|haben|hast)\b",
        r"\b(?:wenn|falls|sofern|sollten)\s+(?:Sie|du)\s+(?:noch\s+)?(?:Fragen|Hilfe|Unterstützung)\b",
        r"\bsobald\s+(?:Sie\s+können|du\s+kannst|es\s+geht|möglich)\b",
        r"\b(?:sobald|wenn|nachdem)\s+(?:das\s+Paket|die\s+Lieferung|Ihre\s+Bestellung|der\s+Artikel|die\s+Sendung|es|er|sie)\s+(?:[\w-]+\s+){0,3}?(?:angekommen|eingetroffen|geliefert|zugestellt|da)\b",
        r"\b(?:wenn|falls|sofern|sobald)\s+(?:Sie|du)\s+(?:[\w-]+\s+){0,4}?(?:möchten|möchtest|mögen|magst|wollen|willst|Lust|Zeit|einen\s+Moment|eine\s+Minute|dazu\s+kommen|Gelegenheit)\b",
        r"\b(?:wenn|falls|sofern)\s+(?:es\s+)?(?:Ihnen|dir)\s+(?:[\w-]+\s+){0,1}?(?:passt|recht\s+ist|möglich\s+ist)\b|\b(?:wenn|falls|sofern)\s+(?:Sie|du)\s+(?:[\w-]+\s+){0,3}?(?:noch\s+)?(?:keine|nicht)\s+(?:[\w-]+\s+){0,2}?(?:geschrieben|bewertet|hinterlassen|getan)\b|\bwann\s+immer\b",
        r"\b(?:freuen|freue|dankbar|froh|schön|toll|glücklich)\b(?:\s+[\w-]+){0,3}?\s*,?\s*wenn\s+(?:Sie|du)\b|\b(?:wenn|falls)\s+(?:Sie|du)\s+(?:[\w-]+\s+){0,2}?(?:Gelegenheit|Zeit|einen\s+Moment|kurz\s+Zeit)\s+(?:haben|hast|finden|findest)\b",
        // A wish whose modal verb closes the clause, however long the clause: "wenn Sie das gern
        // in ein paar Sätzen festhalten möchten, …", "falls du uns dazu etwas schreiben willst".
        // ("mögen" is left out: "wenn Sie es mögen" likes the product.)
        r"\b(?:wenn|falls|sofern)\s+(?:Sie|du|ihr)\s+[^.!?\n,;:]{0,90}?\b(?:möchten|möchtest|möchtet|wollen|willst|wollt|wünschen|wünschst)\s*(?:[,.;:!?–—)]|$)",
        // A concession, which invites everyone: "auch wenn etwas nicht passt", "selbst wenn".
        r"\b(?:auch|selbst|sogar)\s+(?:dann\s+)?(?:wenn|falls)\b",
        // Also with a time or place between: "wenn Sie nach dem Umzug ein paar Minuten finden",
        // "falls du am Wochenende kurz einen Augenblick hast".
        r"\b(?:wenn|falls)\s+(?:Sie|du)\s+(?:(?:nach|vor|über|an|am|im|in|zwischen|bei|beim)\s+(?:[\w-]+\s+){1,2}?)?(?:kurz\s+)?(?:ein\s+Minütchen|einen\s+Augenblick|(?:ein\s+paar|zwei|drei|fünf|zehn)\s+Minuten)\b",
        // A plain fact about the buyer's own photo or video, no verdict: "wenn Sie ein Foto von
        // der Lampe gemacht haben", "falls du ein kurzes Video gedreht hast". The clause must
        // close right after the fact: "… gekauft haben und es gut ankam" adds a verdict and stays
        // a condition.
        r"\b(?:wenn|falls|sofern)\s+(?:Sie|du)\s+(?:schon\s+)?(?:ein|einige|ein\s+paar|zwei|mehrere)\s+(?:[\w-]+\s+)?(?:Fotos?|Bilder?|Videos?|Aufnahmen?|Schnappschüsse|Schnappschuss)\s+(?:[\w-]+\s+){0,4}?(?:gemacht|aufgenommen|geknipst|gedreht)\s+(?:haben|hast)\s*(?:[,.;:!?–—)]|$)",
        // Bought as a gift or for someone else: "wenn Sie es als Geschenk gekauft haben", "falls
        // Sie den Artikel verschenkt haben", "falls es ein Geschenk war".
        r"\b(?:wenn|falls|sofern)\s+(?:Sie|du)\s+(?:[\w-]+\s+){0,3}?(?:(?:als\s+Geschenk|zum\s+Verschenken|für\s+(?:jemand(?:en)?\s+anderen|eine\s+andere\s+Person|(?:Ihre|Ihren|deine|deinen)\s+[\w-]+))\s+(?:gekauft|bestellt|besorgt)|verschenkt)\s+(?:haben|hast)\s*(?:[,.;:!?–—)]|$)|\b(?:wenn|falls|sofern)\s+(?:es|der\s+Artikel|das\s+Produkt)\s+ein\s+Geschenk\s+(?:war|ist)\s*(?:[,.;:!?–—)]|$)",
        // A circumstance of use besides the verbs above: "wenn Sie das Zelt auf die Tour
        // mitgenommen haben", "falls du die Lampe draußen eingesetzt hast".
        r"\b(?:wenn|falls|sofern)\s+(?:Sie|du)\s+(?:(?:es|ihn|sie|das\s+[\w-]+|den\s+[\w-]+|die\s+[\w-]+)\s+)?(?:(?:auf|in|im|ins|an|am|zum|zur|nach|bei|beim)\s+(?:[\w-]+\s+)?[\w-]+|draußen|unterwegs)\s+(?:mitgenommen|eingesetzt|dabeigehabt)\s+(?:haben|hast)\s*(?:[,.;:!?–—)]|$)",
        // The item was a present: "falls es ein Geschenk war,", "wenn die Lampe ein Geschenk für
        // Ihre Mutter war:".
        r"\b(?:falls|wenn|sofern)\s+(?:es|er|sie|das|(?:die|der|das|Ihr|Ihre|dein|deine)\s+[\w-]+)\s+(?:ein|als)\s+Geschenk(?:\s+für\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+war\s*[,:;–—-]",
        // A group named by a hobby or a pet, not by the order: "Wer gern wandert, kann die Jacke
        // hier bewerten", "Alle, die gerne im Garten arbeiten, …", "Wer einen Hund hat, …", "Wer
        // Katzen liebt: …". The clause must end on the hobby: "wer die Jacke gern trägt" or "wer
        // gern damit kocht" name the product and stay a condition.
        r"\b(?:wer|(?:alle|diejenigen|jene|all\s+jene)\s*,?\s+die)\s+(?:(?:(?:sehr|besonders|so|richtig|einfach|auch)\s+)?gerne?\s+(?:(?:draußen|viel|oft|selbst|unterwegs|im\s+Freien|zu\s+Hause|in\s+der\s+Natur|in\s+den\s+Bergen|im\s+Garten|in\s+der\s+Küche|am\s+Herd|am\s+Grill)\s+){0,2}(?:(?-i:[A-ZÄÖÜ][a-zäöüß]+)\s+)?[a-zäöüß]+(?:t|en|n)|(?:einen|eine|ein|zwei|mehrere)?\s*(?:[\wäöüß-]+\s+)?(?:Hund|Hunde|Katze|Katzen|Haustier|Haustiere|Tiere|Pferd|Pferde|Kaninchen|Vogel|Vögel|Welpen|Hündin)\s+(?:hat|haben|hält|halten|liebt|lieben|besitzt|besitzen))\s*(?:,|:|[–—])",
        // A span of time with the item, whatever the verb: "wenn Sie die Gitarre ein paar Wochen
        // gespielt haben", "sobald du zwei Wochen mit dem Verstärker verbracht hast". Only the
        // time: a verdict between ("ein paar gute Wochen", "zwei Wochen problemlos") stops it.
        r"\b(?:wenn|sobald|nachdem)\s+(?:Sie|du|ihr)\s+(?:(?:es|ihn|sie|das\s+[\w-]+|den\s+[\w-]+|die\s+[\w-]+|Ihr(?:e|en)?\s+[\w-]+|dein(?:e|en)?\s+[\w-]+)\s+)?(?:(?:schon|bereits|nun|erst)\s+)?(?:ein\s+paar|einige|zwei|drei|vier|fünf|sechs|mehrere|ein|eine|einen|\d+)\s+(?:Tage|Wochen|Monate|Tag|Woche|Monat|Abende|Übungsstunden|Proben)\s+(?:(?:lang|damit|mit\s+(?:ihm|ihr|ihnen|dem|der|den|Ihrem|Ihrer|Ihren|deinem|deiner|deinen|unserem|unserer)(?:\s+[\w-]+)?)\s+)?[\wäöüß-]+(?:t|en)\s+(?:haben|hast|habt)\b",
        // A span of use behind the buyer: "wenn Sie ein paar Wochen Nutzung hinter sich haben",
        // "sobald du zwei Wochen mit der Zahnbürste hinter dir hast", "wenn einige Wochen
        // Anwendung hinter Ihnen liegen". Only the time: a verdict between ("ein paar gute
        // Wochen hinter sich") stops it and stays a condition.
        r"\b(?:wenn|sobald|nachdem)\s+(?:(?:Sie|du|ihr)\s+(?:(?:schon|bereits|nun|erst)\s+)?(?:ein\s+paar|einige|zwei|drei|vier|fünf|sechs|mehrere|ein|eine|einen|die\s+ersten|\d+)\s+(?:Tage|Wochen|Monate|Tag|Woche|Monat|Anwendungen|Einsätze|Sitzungen|Trainings(?:einheiten)?)(?:\s+(?:der\s+|des\s+)?[\wäöüß-]*(?:nutzung|anwendung|gebrauch|gebrauchs|training|übung|pflege|praxis|behandlung))?(?:\s+mit\s+(?:ihm|ihr|ihnen|dem|der|den|Ihrem|Ihrer|Ihren|deinem|deiner|deinen|unserem|unserer)(?:\s+[\wäöüß-]+)?)?\s+hinter\s+(?:sich|dir|euch)\s+(?:haben|hast|habt|gebracht\s+haben|gebracht\s+hast)|(?:(?:schon|bereits|nun|erst)\s+)?(?:ein\s+paar|einige|zwei|drei|vier|fünf|sechs|mehrere|ein|eine|einen|die\s+ersten|\d+)\s+(?:Tage|Wochen|Monate|Tag|Woche|Monat|Anwendungen|Einsätze|Sitzungen|Trainings(?:einheiten)?)(?:\s+(?:der\s+|des\s+)?[\wäöüß-]*(?:nutzung|anwendung|gebrauch|gebrauchs|training|übung|pflege|praxis|behandlung))?(?:\s+mit\s+(?:ihm|ihr|ihnen|dem|der|den|Ihrem|Ihrer|Ihren|deinem|deiner|deinen|unserem|unserer)(?:\s+[\wäöüß-]+)?)?\s+hinter\s+(?:Ihnen|dir|euch)\s+(?:liegen|liegt))\b",
        // A group named by how it orders, a habit and not a verdict: "Kunden, die zuverlässig
        // nachbestellen, bitten wir …", "alle, die ihr Futter regelmäßig bei uns bestellen, …",
        // "wer jeden Monat nachkauft: …". Only what they order and words of how often or how
        // steadily stand between, and the clause ends on the ordering verb ("die zufrieden
        // nachbestellen" or "die begeistert wieder bestellt haben" name a liking and stay a
        // condition).
        r"\b(?:die|welche|wer)\s+(?:(?:ihr|ihre|ihren|sein|seine|seinen|das|den|unser|unsere|unseren)\s+[\wäöüß-]+\s+)?(?:(?:zuverlässig|regelmäßig|verlässlich|treu|pünktlich|oft|öfter|häufig|immer\s+wieder|immer|wieder|erneut|schon|bereits|seit\s+(?:Jahren|Monaten|Langem|langem)|jeden\s+Monat|jede\s+Woche|jedes\s+Jahr|monatlich|wöchentlich|jährlich|mehrmals|mehrfach|wiederholt|zum\s+(?:zweiten|dritten|wiederholten)\s+Mal|bei\s+uns|uns|hier|online|im\s+Abo)\s+){1,4}(?:nach|wieder|neu)?(?:bestellen|bestellt|bestellte|bestellten|kaufen|kauft|kaufte|kauften|einkaufen|einkauft)(?:\s+(?:haben|hat))?\s*(?:,|:|[–—])",
        // The buyer's taste, as a liking with a comparative: "Wenn Sie Ihren Tee kräftiger mögen,
        // …", "falls du ihn etwas weniger bitter magst"; or as the way they like it: "Wenn der
        // Kaffee so schmeckt, wie Sie ihn mögen, …". It is how the buyer takes it, not a verdict
        // on the product ("Wenn Ihnen der Kaffee schmeckt" still is one).
        r"\b(?:wenn|falls|sofern|sollten?)\s+(?:Sie|du|ihr)\s+(?:[\w-]+\s+){0,3}?(?:(?:etwas|noch|lieber|deutlich|ein\s+wenig|ein\s+bisschen|eher)\s+)?(?:kräftiger|stärker|schwächer|milder|süßer|herber|bitterer|heißer|kälter|wärmer|dunkler|heller|feiner|gröber|dicker|dünner|cremiger|würziger|schärfer|fester|weicher|knuspriger|intensiver|aromatischer|vollmundiger|säuerlicher|fruchtiger|länger|kürzer|(?:weniger|mehr)\s+(?:bitter|süß|stark|kräftig|herb|sauer|scharf|würzig|intensiv))\s+(?:mögen|magst|mögt|trinken|trinkst|trinkt|essen|isst|esst)[\s,.;:!?)]",
        r"\b(?:wenn|falls|sobald|sofern|solange)\s+(?:[\w-]+\s+){0,5}?(?:genau\s+|ganz\s+)?so\s+(?:[\w-]+\s+){0,2}?(?:schmeckt|schmecken|ist|sind|wird|werden|gelingt|gelingen),?\s+wie\s+(?:Sie|du|ihr|man)\s+(?:ihn|sie|es|ihm|ihr)\s+(?:(?:am\s+)?liebsten\s+|gern\s+|gerne\s+)?(?:mögen|magst|mögt|mag|trinken|trinkst|essen|isst|haben|hast)\b",
    ],
    negative_review: &[
        // Stars taken off the rating: "ziehen Sie uns keinen Stern ab", "Sterne abziehen",
        // "ohne Sterneabzug".
        r"\b(?:zieh|zog)\w*\s+(?:[\w-]+\s+){0,4}?Sterne?\s+(?:[\w-]+\s+)?ab\b|\bSterne?\s+(?:[\w-]+\s+)?(?:abzuziehen|abziehen)\b|\bSterne?n?abzug\w*",
        r"\b(?:negative|schlechte|böse|verärgerte|kritische|niedrige|wütende)[nrms]?\s+(?:\w*bewertung|rezension|feedback|kommentar|rezi)\w*",
        // A bad verdict in other words: "ein schlechtes Zeugnis ausstellen", "schlechte Noten
        // geben", "das Produkt verreißen", "mit einem Stern abstrafen".
        r"\bschlechte[ns]?\s+(?:Zeugnis|Noten?|Urteil|Kritik(?:en)?)\b|\bverreiß\w*|\bverriss\w*|\babstraf\w*|\babwert(?:en|et|e)\b",
        // Anger aired in public, under the listing: "Ihrem Ärger öffentlich Luft machen".
        r"\b(?:öffentlich|unter\s+dem\s+(?:Artikel|Produkt|Angebot))\b[^.!?\n]{0,40}?\bLuft\b|\bLuft\s+machen\b[^.!?\n]{0,40}?\b(?:öffentlich|unter\s+dem\s+(?:Artikel|Produkt|Angebot))\b",
    ],
    aside: &[
        // A question that only offers the review itself, with no verb and nothing on the
        // experience, at the start of a sentence: "Eine Bewertung zur Kette?", "Ein kurzes
        // Feedback?", "Ihre Meinung zum Ring?" (whether the buyer wants to give one at all).
        r"(?:(?m:^)[ \t]*|[.!?…:]\s+)(?P<m>(?:und\s+)?(?:eine?|Ihre|deine|ein\s+paar)\s+(?:(?:kurze[sn]?|kleine[sn]?|schnelle[sn]?)\s+)?(?:Bewertung|Rezension|Feedback|Meinung|Worte|Zeilen|Kommentar)(?:\s+(?:zu[rm]?|über|für|von)\s+(?:(?:der|die|das|den|dem|Ihre[rnm]?|deine[rnm]?|unsere[rnm]?)\s+)?(?:[\w'’-]+\s*){1,2})?\s*\?)",
        // Whether everything arrived, nothing on how it is: "alle Teile da?", "alles vollständig?".
        r"\b(?:alle\s+(?:Teile|Schrauben|Stücke|Artikel|Komponenten)|alles)\s+(?:da|dabei|vollständig|komplett|angekommen)\s*\?",
        r"\bhaben\s+(?:Sie|du)\s+(?:kurz\s+)?(?:eine\s+Minute|einen\s+Moment|kurz\s+Zeit|zwei\s+Minuten)\b",
        // Whether the buyer wishes to write at all, asked of everyone: "Möchten Sie Ihre
        // Erfahrung teilen?", "Lust, uns ein paar Zeilen zu schreiben?".
        r"\b(?:möchten|wollen|würden)\s+(?:Sie|du)\s+(?:gerne?\s+)?(?:uns\s+|[\w-]+\s+[\w-]+\s+)?(?:Ihre|deine|ein\s+paar)\s+(?:[\w-]+\s+)?(?:teilen|mitteilen|erzählen|schreiben|hinterlassen|geben)\b|\bLust,?\s+(?:uns\s+)?(?:Ihre|deine|ein\s+paar)\s+(?:[\w-]+\s+){0,2}zu\s+(?:teilen|schreiben|hinterlassen)\b",
        r"\bwussten\s+(?:Sie|du)\b|\bkennen\s+(?:Sie|du)\s+schon\b|\bsuchen\s+Sie\b|\bwie\s+gefällt\b|\bwas\s+halten\s+Sie\b|\bwie\s+finden\s+Sie\b",
        // An open question, which no yes answers: "Wie läuft es mit der Lampe?", "Wie kommen
        // Sie damit zurecht?", also how it sounds, tastes, sits or does: "Wie schmeckt der Tee
        // bei euch?", "Wie schlägt sich das Messer?".
        r"\bwie\s+(?:klingt|klingen|schmeckt|schmecken|sitzt|sitzen|riecht|riechen|fühlt|fühlen|trägt|tragen|schlägt|schlagen|macht|machen)\s+(?:sich\s+)?(?:er|sie|es|der|die|das|dein|deine|Ihr|Ihre)\b[^.!?\n]{0,50}\?|\bwie\s+(?:läuft(?:'s|\s+es)|klappt(?:'s|\s+es))\b|\bwie\s+(?:kommen|kommst)\s+(?:Sie|du)\b[^.?!]{0,40}\bzurecht\b",
        // Whether the item was bought for someone else, a fact and no verdict: "War die Lampe ein
        // Geschenk?", "Haben Sie es verschenkt?".
        r"\bwar\s+(?:es|er|sie|das|(?:die|der|das|Ihr|Ihre|dein|deine)\s+[\w-]+)\s+(?:ein|als)\s+Geschenk\s*\?|\bhaben\s+(?:Sie|du)\s+(?:es|ihn|sie|(?:die|den|das)\s+[\w-]+)\s+(?:verschenkt|als\s+Geschenk\s+(?:gekauft|bestellt))\s*\?",
        // The buyer asking where or how to review, a question on the review's place or way and none
        // on the experience: "Wo kann ich das Klavier bewerten?", "Wie schreibe ich eine
        // Rezension?", "Wo bewertet man es?" (first person or "man" only: "Wie bewerten Sie es?"
        // asks for the verdict).
        r"\b(?:wo|wie|wohin)\s+(?:[\wäöüß-]+\s+)?(?:ich|man|wir)\s+[^.!?\n]{0,60}?(?:bewert|rezensi|Bewertung|Rezension|Meinung|Feedback|Sterne)[^.!?\n]{0,40}\?|\b(?:wo|wie)\s+(?:bewerte|rezensiere|bewertet|rezensiert|benote)\s+(?:ich|man|wir)\b[^.!?\n]{0,60}\?",
    ],
    branch: &[
        // A button or cell that names a verdict, then the way ("👍 Top, gerne bewerten", "Eher nicht – Kundenservice"), or a lone Ja / Nein cell of a row.
        r"^\W*\s*(?:top|super|klasse|spitze|prima|gefällt\s+mir|(?:ich\s+)?liebe\s+(?:es|sie|ihn)|(?:eher|leider|gar)\s+nicht|nicht\s+so\s+(?:gut|ganz)|geht\s+so|naja|mies|flop)\b[^\n]{0,12}?(?:[-–—:=>→]|,)",
        r"^\s*(?:ja|nein)\s*[.!]?\s*$",
        r"^\s*(?:Option|Variante|Fall|Antwort|Möglichkeit)\s+(?:[a-c1-3]|eins|zwei)\b",
        r"^\s*(?:ja|nein)\s*(?:[-–—:=>→]|\))",
        // Two scores as a label: "9 oder 10:", "4 und 5 Sterne →".
        r"^\s*\d+\s+(?:oder|und|&)\s+\d+\s*(?:Punkte|Sterne)?\s*[-–—:=>→]",
        // A count of stars in figures or words as a label: "Fünf Sterne: …", "Vier Sterne oder
        // weniger –", "Unter 4 Sternen →".
        r"^\s*(?:(?:weniger|mehr)\s+als\s+|unter\s+|ab\s+|bis\s+)?(?:[1-5]|eins|ein|einen|zwei|drei|vier|fünf)(?:\s*(?:bis|-|–|oder|und)\s*(?:[1-5]|zwei|drei|vier|fünf))?\s+Sterne?n?(?:\s+(?:oder|und)\s+(?:weniger|mehr|schlechter|besser|darunter|darüber))?\s*[-–—:=>→]",
        r"^\s*(?:(?:Schul)?Noten?|Punkte|Sterne)\s+\d+(?:\s*(?:oder|bis|und|,|-|–)\s*\d+)*(?:\s+oder\s+(?:schlechter|besser|mehr|weniger|höher|niedriger))?\s*[-–—:=>→]",
        r"^\s*(?:von\s+)?\d+\s*(?:bis|-|–)\s*\d+\s*(?:Punkte|Sterne)?\s*[-–—:=>→]|^\s*\d+\s+(?:oder|und)\s+(?:weniger|mehr|schlechter|besser|darunter|darüber|niedriger|höher)\s*[-–—:=>→]",
    ],
    then: &[
        // Also "only then", stressed: "Genau dann …", "Nur dann …".
        r"^(?:(?:genau|nur|erst|gerade)\s+)?(?:dann|prima|super|toll|wunderbar|perfekt|klasse|schön|sehr\s+gut|großartig|in\s+diesem\s+fall|wenn\s+ja)\b",
        // The moment for the ask, as an answer that takes the yes for granted: "Das ist der
        // richtige Moment, …", "Jetzt ist genau der perfekte Zeitpunkt für …", "Dann ist es
        // Zeit, …".
        r"^(?:(?:genau\s+)?(?:das|dies|jetzt|nun)\s+ist\s+(?:(?:jetzt|genau|dann|nun|also)\s+)*(?:der\s+(?:(?:richtige|perfekte|beste|ideale)\s+)?(?:moment|zeitpunkt|augenblick)|die\s+(?:(?:richtige|perfekte|beste|ideale)\s+)?(?:zeit|gelegenheit))|(?:jetzt|nun)\s+ist\s+es\s+(?:an\s+der\s+)?zeit)\b",
    ],
    unconditional: &[
        // Praise or not, either way: "ob lobend oder nicht", "ob zufrieden oder enttäuscht".
        r"\bob\s+(?:Sie\s+|du\s+)?(?:lobend|positiv|gut|begeistert|zufrieden|glücklich)\s+(?:sind\s+|bist\s+|seid\s+)?oder\s+(?:eher\s+|weniger\s+|gar\s+)?(?:nicht|kritisch|negativ|schlecht|enttäuscht|unzufrieden)\b",
        // Any verdict, however it turns out, also with "ganz gleich, ob" and a list of them:
        // "egal wie Ihr Urteil ausfällt", "ganz gleich, ob Sie begeistert, unschlüssig oder
        // verärgert sind".
        r"\b(?:wie\s+auch\s+immer|egal\s+wie|gleich\s+wie)\s+(?:sie\s+)?(?:ihre?\s+)?(?:meinung|erfahrung|urteil|eindruck|sie\s+ausfällt|es\s+ausfällt|ausfällt)\b|\b(?:ob\s+)?(?:gut|positiv|lob)\s+oder\s+(?:schlecht|negativ|kritik)\b(?:\s*[,:;-]?\s*(?:für\s+uns\s+)?(?:ist\s+)?(?:alles|beides)\s+(?:ist\s+)?(?:gut|okay|ok|willkommen|in\s+Ordnung|recht)\b)?|\bunabhängig\s+davon,?\s+wie\b|\b(?:egal|ganz\s+gleich|einerlei|gleichgültig),?\s+ob\b[^.!?\n]{0,60}?\boder\b|\bjede\s+ehrliche\s+(?:meinung|bewertung|rezension|rückmeldung)\b",
        // Praise and criticism alike: "ob lobend oder kritisch", "wohlwollend oder kritisch",
        // "auch eine kritische".
        // Also the critical one first, in a list: "sachlich, kritisch oder begeistert", "negativ
        // oder positiv".
        r"\b(?:kritisch|negativ|enttäuscht|schlecht|verhalten|durchwachsen)\w*\s+oder\s+(?:lobend|positiv|begeistert|gut|zufrieden|überzeugt|wohlwollend|freundlich)\w*",
        // Also with more verdicts listed between: "ob gut, durchschnittlich oder schlecht".
        r"\b(?:ob\s+)?(?:lobend|positiv|begeistert|gut|wohlwollend|freundlich|wohlmeinend)(?:\s*,\s*[\w-]+){0,3}\s+oder\s+(?:kritisch|negativ|enttäuscht|schlecht)\w*|\b(?:auch|selbst|gerade)\s+(?:eine\s+|ein\s+)?(?:kritische|negative|schlechte|durchwachsene)[nrs]?\b",
        // Critical reviews as welcome as kind ones: "kritische Rezensionen lesen wir genauso gern
        // wie freundliche", "negative Bewertungen sind uns ebenso willkommen".
        r"\b(?:kritische|negative|schlechte|durchwachsene)[nrs]?\s+(?:\w*bewertung|rezension|feedback|kommentar|meinung)\w*\s+[^.!?\n]{0,40}?\b(?:genauso|ebenso|gleich|genau\s+so)\s+(?:gern|gerne|willkommen|wichtig|wertvoll|ernst|aufmerksam)\w*",
        // A good review and a bad one named as worth the same, the good one first: "eine gute wie
        // eine schlechte Bewertung", "gute wie schlechte Rezensionen", "eine gute Bewertung hilft
        // uns genauso wie eine schlechte". Only where the bad one ends the comparison: "genauso wie
        // eine schlechte uns schadet" weighs them, and stays read.
        r"\b(?:gut|positiv|lobend|begeistert|wohlwollend|freundlich|hervorragend)(?:e[nrsm]?)?\s+(?:(?:\w*bewertung|rezension|feedback|kommentar|meinung|beurteilung|kritik|note|urteil)\w*\s+)?(?:wie|genauso\s+wie|ebenso\s+wie|wie\s+auch|sowie|und|oder)\s+(?:(?:eine|ein|einen|einer|die|der|das|den)\s+)?(?:(?:auch|eher)\s+)?(?:(?:schlecht|negativ|kritisch|enttäuscht|durchwachsen|mittelmäßig|verhalten|mäßig)(?:e[nrsm]?)?|weniger\s+gut(?:e[nrsm]?)?)\b(?:\s+(?:\w*bewertung|rezension|feedback|kommentar|meinung|beurteilung|kritik|note|urteil)\w*)?",
        r"\b(?:gut|positiv|lobend|begeistert|wohlwollend|freundlich|hervorragend)(?:e[nrsm]?)?\s+(?:\w*bewertung|rezension|feedback|kommentar|meinung|beurteilung|kritik|note|urteil)\w*[^.!?\n]{0,40}?\b(?:genauso|ebenso|genau\s+so|gleichermaßen|so|gleich)\s+(?:[\w-]+\s+)?wie\s+(?:(?:eine|ein|einen|einer|die|der|das|den)\s+)?(?:(?:schlecht|negativ|kritisch|enttäuscht|durchwachsen|mittelmäßig|verhalten|mäßig)(?:e[nrsm]?)?|weniger\s+gut(?:e[nrsm]?)?)(?:\s+(?:\w*bewertung|rezension|feedback|kommentar|meinung|beurteilung|kritik|note|urteil)\w*)?\s*(?:[.!?,;:)…]|(?m:$)|\s+(?:auch|ebenfalls|für\s+uns)\b)",
        // What to write about, as an open question: "ob die Verpackung gepasst hat", "ob alles
        // funktioniert hat".
        r"\bob\s+(?:[\w-]+\s+){0,4}?(?:gepasst|geklappt|funktioniert|gefallen|überzeugt)\s+(?:hat|haben)\b",
        r"\bdavon\s+unabhängig\b|\b(?:fünf|5)\s+Sterne\s+oder\s+(?:einen|1|ein)\b",
        // The same from the bottom up, or as many stars as the buyer sees fit: "ob ein Stern
        // oder fünf", "so viele Sterne, wie Sie für richtig halten".
        r"\b(?:ein|einen|1)\s+Stern\s+oder\s+(?:fünf|5)\b|\bso\s+viele(?:\s+Sterne)?\s*,?\s+wie\s+(?:Sie|du|ihr)\s+(?:es\s+)?(?:für\s+(?:richtig|angemessen|passend|fair)|angemessen|passend|fair)\b",
        // Good and bad stretches both named, the bad one in other words: "gute Wochen wie
        // schlechte", "gute oder frustrierende Tage", "ob gut oder mühsam".
        r"\b(?:gut|schön|positiv|erfolgreich|angenehm|leicht)(?:e[nrsm]?)?\s+(?:(?:Tage|Wochen|Monate|Zeiten|Erfahrungen|Momente|Stunden|Erlebnisse|Phasen|Abende|Übungsstunden|Proben)\s+)?(?:wie|oder|wie\s+auch|genauso\s+wie|ebenso\s+wie)\s+(?:(?:die|auch)\s+)?(?:schlecht|frustrierend|schwierig|anstrengend|mühsam|holprig|durchwachsen|enttäuschend|negativ|schwer|zäh|weniger\s+gut)(?:e[nrsm]?)?\b",
    ],
    disclaim: &[
        // Something promised whether or not the buyer reviews: "egal ob Sie eine Rezension
        // schreiben oder nicht", "ganz gleich, ob Sie uns bewerten oder nicht".
        r"\b(?:egal|gleich|ganz\s+gleich|unabhängig\s+davon|einerlei|gleichgültig)\s*,?\s+ob\s+(?:Sie|du|ihr)\s+[^.!?\n]{0,60}?\boder\s+(?:nicht|keine\w*|nein)\b",
        // Whether and what the buyer writes, said to be theirs alone or untouched by what went
        // before: "Ob und was Sie in einer Rezension schreiben, bleibt davon völlig unberührt",
        // "ob du uns bewertest, ist ganz deine Sache", "ob Sie eine Rezension schreiben, liegt
        // allein bei Ihnen". It states, it asks nothing.
        r"\bob\s+(?:und\s+(?:was|wie)\s+)?(?:Sie|du|ihr)\s+[^.!?\n]{0,80}?,\s*(?:(?:bleibt|ist|sind|bleiben)\s+(?:[\w-]+\s+){0,3}?(?:unberührt|überlassen|Sache|Entscheidung|freigestellt|frei|freiwillig|unabhängig)|(?:liegt|steht)\s+(?:ganz\s+|allein\s+|einzig\s+)?(?:bei|in\s+(?:Ihrem|deinem|eurem)\s+Ermessen)|(?:hat|ändert|haben|ändern)\s+(?:[\w-]+\s+){0,3}?(?:keinen\s+Einfluss|nichts)|entscheiden\s+(?:Sie|du|ihr)\s+(?:ganz\s+)?(?:allein|selbst))\b\s*(?:[.!;]|$)",
        r"\b(?:wir\s+)?bitten\s+(?:sie\s+)?(?:ausdrücklich\s+)?nicht\s+um\b|\bkeine\s+bitte\s+um\b|\bdiese\s+(?:e-?mail|nachricht)\s+(?:ist|soll)\s+keine\b",
        // "Wir möchten nicht nur positive Bewertungen": says any opinion is welcome.
        r"\b(?:nicht|keineswegs|keinesfalls)\s+(?:[\w-]+\s+){0,2}?(?:nur|ausschließlich|allein|bloß|lediglich)\s+(?:[\w-]+\s+)?(?:positive|gute|tolle|fünf[\s-]*Sterne|5[\s-]*Sterne|Top)\w*",
        // A score asked on a numbered scale, as a survey question answered to the seller, is no
        // review: "geben Sie eine Bewertung auf einer Skala von 1 (gar nicht) bis 5", "auf einer
        // Skala von eins bis zehn".
        // Also a scale named by what it counts, or school grades: "auf der Schulnotenskala von 1
        // bis 6?", "auf unserer Notenskala von eins bis sechs".
        r"\bauf\s+(?:einer|der|unserer|dieser)\s+(?:[\w-]+\s+)?[\w-]*skala\s+(?:von\s+)?(?:\d+|null|eins)\b[^.!?\n]{0,40}?\bbis\s+(?:\d+|fünf|sechs|zehn)\b(?:\s*\([^)\n]*\))?\s*(?:[.,;:)?]|ab\b|$)",
        // How the buyer rates one feature, a survey question answered to the seller: "Wie
        // bewerten Sie den Tragekomfort nach einer Stunde?", "Wie würdest du die Akkulaufzeit
        // beurteilen?".
        r"\bwie\s+(?:bewert|beurteil|benot)(?:en|est|et|st)\s+(?:Sie|du|ihr)\s+(?:den|die|das|Ihren|Ihre|Ihr|deinen|deine|dein|euren|eure|euer)\s+[^.!?\n]{0,100}\?|\bwie\s+(?:würden|würdest|würdet)\s+(?:Sie|du|ihr)\s+(?:den|die|das|Ihren|Ihre|Ihr|deinen|deine|dein|euren|eure|euer)\s+[^.!?\n]{0,80}?\b(?:bewerten|beurteilen|benoten|einschätzen|einstufen)\b[^.!?\n]{0,60}\?",
    ],
    other_sense: &[
        // Saving oneself a chore, time or work with a tip, not money on an offer: "So sparen Sie
        // sich das ganze Ausprobieren", "damit sparen Sie viel Zeit", "sparen Sie eine Menge
        // Arbeit".
        r"\bsparen\s+Sie\s+(?:sich|(?:[\w-]+\s+){0,2}?(?:Zeit|Mühe|Arbeit|Aufwand|Platz|Strom|Energie|Wasser|Nerven|Wege?|Arbeitsschritte?|Handgriffe?|Ausprobieren|Suchen))\b",
        // A time of use, and no earlier, times the ask for every buyer (see the const).
        AFTER_A_TIME_OF_USE,
        // Paperwork or packaging in the next parcel is no extra: "Ihrer nächsten Bestellung liegt
        // eine Papiertüte bei" (see `NEXT_PARCEL_EXTRA`).
        r"\b(?:ein|eine|einen|kein|keine|keinen)\s+(?:(?:neue[nr]?|aktualisierte[nr]?)\s+)?(?:\w*(?:anleitung|verpackung|rechnung|beleg|etikett|beipackzettel|broschüre|flyer)|\w*(?:papier|plastik|kunststoff|stoff|jute)\w*(?:beutel|tüte))\b",
        // A reward chart and the reward parents agree on with the child, none for the buyer: "die
        // Belohnungstafel", "ein Belohnungsplan", "eine kleine Belohnung für Ihr Kind"; and the
        // true reward of a thing, nothing handed over: "die schönste Belohnung ist oft gemeinsame
        // Zeit".
        r"\bBelohnungs(?:tafel|plan|sticker|heft|glas|poster|tabelle|kalender|brett)\w*|\bBelohnung(?:en)?\s+(?:für|fürs)\s+(?:Ihr|Ihre|Ihren|dein|deine|deinen|das|die|den|jedes|kleine)\s+(?:[\w-]+\s+)?(?:Kind|Kinder|Kindern|Kleine[ns]?|Sohn|Tochter|Nachwuchs|Kleinkind|Schulkind)\b|\b(?:die|eine)\s+(?:schönste|beste|größte|wahre|eigentliche|süßeste|liebste)\s+Belohnung\s+(?:[\w-]+\s+){0,2}?(?:ist|sind|war|bleibt|kommt|liegt)\b",
        // The chart by its other names, and the treat after a count of its stars: "die
        // Stickertafel", "der Sternchenplan", "bei zehn Sternen gibt es eine kleine Belohnung".
        r"\b(?:Sticker|Stern(?:chen)?|Aufkleber|Töpfchen)-?(?:tafel|tabelle|karte|plan|poster)\w*|\b(?:bei|nach|ab)\s+(?:\d+|drei|fünf|sieben|zehn|zwanzig)\s+(?:gesammelten\s+)?(?:Sternen|Sternchen|Stickern|Aufklebern)\b[^.!?\n]{0,40}?\b(?:Belohnung|Überraschung)\w*",
        // A safety note saying the device takes no doctor's place: "kein Ersatz für eine ärztliche
        // Untersuchung", "ist kein Ersatz für die Beratung in der Apotheke". It offers nothing.
        r"\bkein(?:en|e|er)?\s+Ersatz\s+(?:für|zur?)\b[^.!?\n]{0,40}?\b(?:ärztl|Arzt|Ärzt|medizin|Therap|Behandlung|Untersuchung|Diagnos|Beratung|Physio|Apothek|Fachärzt|Klinik|Sprechstunde)\w*",
        // A new device in exchange for the old or faulty one: the goods swapped as the remedy,
        // nothing given in return ("ein neues Gerät im Austausch gegen das alte", "im Tausch gegen
        // Ihr defektes Exemplar").
        r"\bim\s+(?:Aus)?[Tt]ausch\s+(?:gegen|für)\s+(?:das|den|die|Ihr|Ihre|Ihren|dein|deine|deinen|euer|eure)\s+(?:(?:alte[nrs]?|defekte[nrs]?|kaputte[nrs]?|beschädigte[nrs]?|fehlerhafte[nrs]?|gebrauchte[nrs]?)\b|(?:Gerät|Exemplar|Artikel|Akku|Modell|Teil|Stück|Ware)\b)",
        // A longer warranty for registering the product, not for a review: "Registrieren Sie
        // das Gerät innerhalb von 30 Tagen, dann verlängert sich die Garantie auf 5 Jahre", "nach
        // der Registrierung gilt die Garantie fünf Jahre". The words between the registration and
        // the warranty hold no comma and no "und" (a word of any length but three, or of three
        // letters but "und"): "Registrieren Sie das Gerät und schreiben Sie eine Bewertung, dann
        // verlängert sich die Garantie" ties the warranty to the review too.
        // The few words after "dann"/"und" are no noun (lowercase, or "Sie"/"Ihre"): "nach
        // Registrierung und Bewertung gilt die Garantie" names the review beside the registration.
        r"\b(?:registrier|Registrierung|Produktregistrierung)\w*\b(?:\s+(?:[\w-]{1,2}|[\w-]{4,}|[^\Wu][\w-]{2}|u[^\Wn][\w-]|un[^\Wd])){0,12}?\s*,?\s+(?:dann|und|so)\s+(?:(?-i:[a-zäöüß][\w-]*|Sie|Ihre?[mnrs]?)\s+){0,3}?(?:Garantie|Gewährleistung)\w*[^.!?\n]{0,40}|\b(?:nach|mit|bei)\s+(?:der|einer|Ihrer|deiner)\s+(?:Produkt)?Registrierung\b(?:\s+(?:[\w-]{1,2}|[\w-]{4,}|[^\Wu][\w-]{2}|u[^\Wn][\w-]|un[^\Wd])){0,4}?\s+(?:Garantie|Gewährleistung)\w*[^.!?\n]{0,40}",
        // The item made ready for the buyer to give as a present: "um es als Geschenk zu
        // überreichen", "fertig verpackt zum Verschenken".
        r"\bals\s+Geschenk\s+zu\s+(?:überreichen|verschenken|übergeben|schenken)\b|\bzum\s+Verschenken\b",
        // Something per order, not per review: "für jede Bestellung spenden wir 1 €", "mit jedem
        // Kauf pflanzen wir einen Baum".
        r"\b(?P<m>(?:für|mit|bei|pro)(?:\s+(?:jede[nrs]?|Ihre[nrs]?|deine[nrs]?|eure[nrs]?))?)\s+(?:einzelne[nrs]?\s+)?(?:Bestellung|Kauf|Einkauf|Verkauf|Paket|Sendung|Lieferung|Flasche|Packung|Dose|Artikel|Produkt|Einheit|Nachfüllpack\w*)(?:en|s|e)?\b",
        // An extra the seller says every order or every buyer gets, said after the item: "Ihrer
        // Bestellung liegt eine Gratisprobe bei, wie jeder Bestellung", "eine Gratisprobe, die wir
        // jeder Maschine beilegen", "eine kostenlose Bürste gibt es für alle unsere Kunden dazu".
        // No reward for the review (the order or the buyer is what is counted, never the review:
        // "für jede Bewertung …" stays an offer).
        r"(?:(?m:^)[ \t]*|[.!?][ \t]+)(?P<m>(?:Ihre[rm]?|Die|Der|Das|Im|In|Anbei|Dem|Den|Wir|Eine?[nrms]?|Als|Auch)\s+(?:[\w-]+\s+){0,6}?(?:[\w-]*[Gg]eschenk\w*|[Gg]ratis\w*|\w*gratis|kostenlos\w*|[\w-]*[Pp]robe[n]?|Muster|Zugabe|Extra|Überraschung|Kleinigkeit|Goodie\w*)\b(?:\s+[\w-]+){0,6}?\s*,?\s+(?:(?:wie|so\s+wie|genau\s+wie)\s+(?:(?:in|bei|mit|zu|für)\s+)?|(?:die|der|das|den)\s+(?:wir\s+)?(?:(?:immer|auch)\s+)?|(?:in|bei|mit|zu|für)\s+)(?:jede[mnrs]?|alle[n]?(?:\s+unsere[n]?)?)\s+(?:einzelne[mnrs]?\s+)?(?:Paket|Päckchen|Bestellung|Sendung|Lieferung|Karton|Box|Packung|Maschine|Mühle|Kunde|Kundin|Käufer)\w*(?:\s+(?:beilegen|beiliegt|beiliegen|bei|liegt|liegen|beigelegt|dazu|gratis|erhalten|bekommen|legen|mitschicken|mitsenden|senden|schicken|ist|wird|werden|enthalten|gelegt))*)\s*(?:[.!?]|(?m:$))",
        // Also put first: "Wie jeder Bestellung liegt auch Ihrer eine Gratisprobe bei".
        r"(?:(?m:^)[ \t]*|[.!?][ \t]+)(?P<m>(?:Wie|So\s+wie|Genau\s+wie)\s+(?:(?:in|bei|mit|zu|für)\s+)?(?:jede[mnrs]?|alle[n]?(?:\s+unsere[n]?)?)\s+(?:Paket|Päckchen|Bestellung|Sendung|Lieferung|Karton|Box|Packung|Maschine|Mühle|Kunde|Kundin|Käufer)\w*\s+(?:[\w-]+\s+){0,5}?(?:[\w-]*[Gg]eschenk\w*|[Gg]ratis\w*|\w*gratis|kostenlos\w*|[\w-]*[Pp]robe[n]?|Muster|Zugabe|Extra|Überraschung|Kleinigkeit|Goodie\w*)\b(?:\s+[\w-]+){0,4}?(?:\s+(?:bei|dazu|mit|anbei|gratis|kostenlos))?)\s*(?:[.!?]|(?m:$))",
        // An extra that every parcel or order comes with, in a sentence of its own: "Jedem Paket
        // liegt eine Gratisprobe bei", "jede Bestellung enthält ein kleines Geschenk", "in jedem
        // Päckchen steckt eine Probe". It is for every buyer, not for the review asked for before
        // it. The sentence ends with the item, or says only what it is made of: not "… für alle,
        // die uns bewerten". (Nor "bewerten Sie uns, und jedem Paket liegt …".)
        r"(?:(?m:^)[ \t]*|[.!?][ \t]+)(?P<m>(?:(?:in|bei|mit|zu)\s+)?(?:jede[mnrs]?|alle[n]?(?:\s+unsere[n]?)?)\s+(?:einzelne[mnrs]?\s+)?(?:Paket|Päckchen|Bestellung|Sendung|Lieferung|Karton|Box|Packung)(?:en|e|s|es)?\s+(?:[\w-]+\s+){0,5}?(?:[\w-]*[Gg]eschenk\w*|[Gg]ratis\w*|\w*gratis|kostenlos\w*|[\w-]*[Pp]robe[n]?|Muster|Zugabe|Extra|Überraschung|Kleinigkeit|Goodie\w*)\b(?:\s+(?:von|aus|unsere[rsm]?|des|der)\s+(?:[\w-]+\s+)?[\w-]+)?(?:\s+(?:bei|dazu|mit|anbei|gratis|kostenlos|übrigens|immer))*)\s*(?:[.!?]|(?m:$))",
        // A price already on this order's invoice, as the marketplace applied it, offers nothing:
        // "der auf der Rechnung ausgewiesene Mengenrabatt", "der Staffelrabatt, den Amazon
        // Business bei dieser Menge automatisch abgezogen hat".
        r"\b(?:auf|in)\s+(?:der|Ihrer|dieser)\s+Rechnung\s+(?:bereits\s+)?(?:ausgewiesene|aufgeführte|angegebene|berücksichtigte|abgezogene)[nr]?\s+(?:[\w-]+\s+)?(?:\w*rabatt|\w*nachlass|Staffelpreis|Mengenpreis)\w*|\b(?:\w*rabatt|\w*nachlass|Staffelpreis|Mengenpreis)\w*\s*,?\s+(?:den|die|das)\s+(?:Amazon(?:\s+Business)?|das\s+System|der\s+Marktplatz)\s+[^.!?\n;]{0,60}?\b(?:angewendet|angewandt|berücksichtigt|abgezogen|verrechnet)\s+(?:hat|hatte)\b",
        // The thing said to have nothing to do with reviews is no reward for one: "Die Gutschrift
        // hat nichts mit Ihrer Bewertung zu tun", "das Ersatzteil hat gar nichts mit Sternen zu tun".
        r"\b[\w-]+\s+(?:[\w-]+\s+){0,3}?(?:hat|haben|hatte|hatten)\s+(?:absolut\s+|gar\s+|überhaupt\s+)?nichts\s+mit\s+(?:[\w-]+\s+)?(?:\w*bewertung|rezension|stern|sterne|feedback)\w*\s+zu\s+tun\b",
        // Rewards named, then said not to be given: "Gutscheine oder Prämien gibt es dafür
        // keine.", "Es gibt keine Punkte für Rezensionen". ("… gibt es nicht nur für X" gives.)
        r"\b(?:Punkte|Rabatte?|Geschenke?|Gutscheine?|Belohnung(?:en)?|Prämien?|Gegenleistung(?:en)?|Vorteile?)\b[^.!?\n;]{0,60}?\bgibt\s+es\s+(?:[\w-]+\s+){0,5}?(?:nicht|keine\w*)\s*(?:[;,.!?\n–—-]|$)|\bes\s+gibt\s+(?:dafür\s+|hier\s+)?keine\w*\s+(?:Punkte|Rabatte?|Geschenke?|Gutscheine?|Belohnung(?:en)?|Prämien?|Gegenleistung(?:en)?)\b",
        // The statutory withdrawal and its refund, owed to every buyer: "nach Ihrem Widerruf
        // erstatten wir alle Zahlungen", "wir zahlen den Kaufpreis binnen 14 Tagen nach dem
        // Widerruf zurück".
        r"[^.!?\n]*\b(?:Widerruf\w*|widerrufen)\b[^.!?\n]*",
        // Stars that grade the buyer's own effort, practice or work, not the product: "Fünf-Sterne-
        // Einsatz!", "ein echter 5-Sterne-Fleiß", "fünf Sterne für deine Ausdauer". Only after
        // words that make it praise ("unser Fünf-Sterne-Einsatz" is the seller's, and stays a
        // star count), and where no wish follows (`de_praise_end`).
        concat!(
            r"(?:(?:(?m:^)|[^\w\s]|\b(?:ein|einen|einem|dein|deinen|deinem|Ihr|Ihren|Ihrem|euer|euren|eurem|ist|war|wäre|sind|waren|glatt|klar|echt|wirklich)\s)\s*(?:(?:echter|echten|echtem|wahrer|wahren|reiner|reinen|glatter|glatten|klarer|klaren|voller|vollen)\s+)?(?:5|fünf)[\s-]*Sterne?[\s-]*(?:Einsatz|Leistung|Arbeit|Training|Fleiß|Mühe|Übung|Fortschritt|Durchhalte|Disziplin|Ausdauer|Engagement|Anstrengung|Woche|Tag|Session|Einheit)\w*)",
            de_praise_end!()
        ),
        // The same as stars "für" the effort, only where no one asks for them: at the start, or
        // after "und", "glatt", "verdient" ("geben Sie uns fünf Sterne für den Einsatz" asks),
        // and where no wish follows ("Fünf Sterne für den Einsatz wären toll!": `de_praise_end`).
        concat!(
            r"(?:(?:(?m:^)|[^\w\s]|\b(?:und|also|dann|glatt|klar|locker|verdient|verdiente|verdienst|verdienen|sind|gibt's|gibt\s+es|dir|euch)\s)\s*(?:(?:volle|glatte|verdiente)\s+)?(?:5|fünf)\s+Sterne\s+für\s+(?:deine[nm]?|Ihre[nm]?|eure[nm]?|den|die|das|diesen|diese)\s+(?:[\w-]+\s+)?(?:Einsatz|Fleiß|Mühe|Ausdauer|Durchhaltevermögen|Disziplin|Anstrengung|Übung|Training|Fortschritt\w*|Dranbleiben|Üben)\b|(?:(?m:^)|[^\w\s]|\b(?:und|also|dann|glatt|klar|locker|verdient|verdiente|verdienst|verdienen|sind|gibt's|gibt\s+es|dir|euch)\s)\s*(?:(?:volle|glatte|verdiente)\s+)?(?:5|fünf)\s+Sterne\s+fürs\s+(?:Dranbleiben|Üben|Durchhalten|Mitmachen|Anfangen)\b)",
            de_praise_end!()
        ),
        // The buyer grading themselves in stars: "gib dir selbst fünf Sterne", "vergeben Sie sich
        // volle 5 Sterne", "bewerte dich mit fünf Sternen". Not with stars for the seller after
        // it ("gib dir fünf Sterne – und uns auch!").
        concat!(
            r"(?:\b(?:gib|gebt|geben\s+Sie|vergib|vergebt|vergeben\s+Sie|verleih|verleihe|verleiht|schenk|schenke|schenkt|gönn|gönne|gönnt)\s+(?:dir|euch|sich)\s+(?:selbst\s+)?(?:[\w-]+\s+){0,4}?(?:volle\s+)?(?:5|fünf)\s+Sterne\b|\b(?:bewerte|bewertet|bewerten\s+Sie)\s+(?:dich|euch|sich)\s+(?:selbst\s+)?(?:[\w-]+\s+){0,3}?mit\s+(?:vollen\s+)?(?:5|fünf)\s+Sternen\b)",
            de_praise_end!()
        ),
        // A whole star scale the buyer grades their own work with, from the bottom to the top:
        // "vergib dir für jeden Punkt einen bis fünf Sterne", "bewerte jede Skizze selbst mit 1
        // bis 5 Sternen". Only for oneself or for each thing ("bewerten Sie uns mit einem bis
        // fünf Sternen – fünf wären toll" stays a star count).
        r"\b(?:dir|dich|euch|selbst|jede[nmrs]?|pro)\b[^.!?\n]{0,40}?\b(?:von\s+)?(?:null|einem|einen|ein|eins|1|0)\s*(?:Stern(?:en)?\s+)?(?:bis|-|–)\s*(?:zu\s+)?(?:5|fünf)\s+Sternen?\b|\b(?:dir|dich|euch|selbst|jede[nmrs]?|pro)\b[^.!?\n]{0,40}?\bzwischen\s+(?:null|einem|eins|1|0)\s+(?:Stern\s+)?und\s+(?:5|fünf)\s+Sternen\b",
        // The thing the buyer made with the product, praised in stars: "ein Fünf-Sterne-Brot",
        // "deine Skizze ist fünf Sterne wert".
        r"\b(?:5|fünf)[\s-]*Sterne?[\s-]*(?:Brot|Brötchen|Kuchen|Torte|Pizza|Gericht|Essen|Menü|Kaffee|Zeichnung|Skizze|Bild|Foto|Ergebnis|Strick)\w*|\b(?:Brot|Brötchen|Kuchen|Torte|Pizza|Gericht|Essen|Kaffee|Zeichnung|Skizze|Bild|Foto|Ergebnis)\w*\s+(?:ist|war|wird|wäre|sind|werden)\s+(?:[\w-]+\s+){0,2}?(?:5|fünf)\s+Sterne\s+wert\b",
        // A star class as a feel or a standard of quality, not a rating: "Fünf-Sterne-Gefühl",
        // "4-Sterne-Komfort im Zelt".
        r"\b(?:\d|drei|vier|fünf)[\s-]*Sterne?[\s-]*(?:Gefühl|Komfort|Qualität|Niveau|Standard|Luxus|Ambiente|Feeling)\w*",
        // Stars of the sky counted, on a projector, a lamp or a map, are no rating: "fünf
        // Sternbilder", "vier Sternzeichen", "5 Sternenhimmel-Motive".
        r"\b(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|zwölf|volle[nrms]?)[\s-]*Stern(?:en)?(?:bild|zeichen|schnuppe|himmel|warte|karte|motiv|anhänger|projektor|lampe|licht|form|nebel|haufen)\w*",
        // Stars that are a spice, a fruit or a thing made of something, not a rating: "fünf
        // Sternanis", "5 Sternanis-Früchte", "fünf Sterne Anis", "fünf Sterne aus Filz",
        // "sternförmige Kekse". ("Über fünf Sterne freuen wir uns" stays a star count.)
        r"\bStern(?:anis|frucht|früchte|förmig)\w*|\bSterne?n?\s+(?:Anis\b|(?:aus|von)\s+(?:[\w-]+\s+)?(?:Anis|Filz|Holz|Papier|Pappe|Karton|Stroh|Schokolade|Zucker|Marzipan|Fondant|Teig|Mürbeteig|Lebkuchen|Ton|Keramik|Porzellan|Glas|Kristall|Messing|Kupfer|Zinn|Blattgold|Folie|Stoff|Leinen|Leder|Spitze|Glitzer|Pailletten|Perlen|Metall|Harz|Wachs|Bienenwachs)\w*)",
        // Stars someone else hands out, a pet, the vet or the groomer, told as what happened:
        // "unser Kater vergibt fünf Sterne", "die Tierärztin gab dem Geschirr glatte fünf Sterne",
        // "Bello hat dem Körbchen fünf Sterne gegeben", "fünf Sterne von unserem Kater", "unsere
        // Wellensittiche geben der Stange fünf Sterne". Only in the third person ("geben Sie ihm
        // fünf Sterne", "fünf Sterne von Ihnen" stay star counts),
        // and never to the seller ("wer uns fünf Sterne gibt").
        r"\b(?:vergibt|vergab|vergeben|vergaben|gibt|gab|geben|gaben|verleiht|verlieh|verteilt|verteilte)\s+(?:(?:dem|der|den|diesem|dieser|seinem|seiner|ihrem|ihrer|unserem|unserer)\s+(?:[\w-]+\s+)?(?-i:[A-ZÄÖÜ][\w-]*)\s+(?:[\w-]+\s+){0,3}?|(?:ihm|ihr)\s+)?(?:(?:glatte|volle|satte|ganze|stolze|gleich|sofort|locker|sogar)\s+){0,2}(?:5|fünf)\s+Sterne\b",
        r"\bhat\s+(?:[\w-]+\s+){0,5}?(?:(?:glatte|volle|satte|ganze|stolze)\s+)?(?:5|fünf)\s+Sterne\s+(?:gegeben|vergeben|verliehen|verpasst)\b",
        r"\b(?:5|fünf)\s+Sterne\s+von\s+(?:unsere[mr]|de[mr]|ihm)\b",
        // Stars counted per day or week, an app's or a tracker's goals: "fünf Sterne in der Woche
        // heißen: Ihr Hund hat sich ausgetobt", "5 Sterne pro Tag".
        r"\b(?:5|fünf)\s+Sterne\s+(?:(?:in|pro|je)\s+(?:der\s+|einer\s+)?(?:Woche|Tag|Monat)|am\s+Tag|im\s+Monat|täglich|wöchentlich)\b",
        // Stars that grade something on a scale told step by step, the lowest first: "ein Stern:
        // der Knoten löst sich mit den Fingern; drei: …; fünf Sterne: nur noch die Schermaschine".
        r"\b(?:ein|1)\s+Stern\s*[,:;=–—-][^.!?\n]{1,160}?(?P<m>\b(?:5|fünf)\s+Sterne)\s*[,:;=–—-]",
        // Money refunded as, or paid by, a gift card or voucher: "als Geschenkgutschein
        // erstattet", "mit einer Geschenkkarte bezahlt".
        r"\b(?:als|in\s+Form\s+(?:eines|einer))\s+(?:Amazon-?)?(?:Geschenk)?(?:gutschein|karte)\w*\s+(?:[\w-]+\s+){0,3}?(?:erstattet|zurückerstattet|gutgeschrieben|ausgezahlt|zurückgezahlt)\b|\b(?:erstatt|gutgeschrieben|zurückgezahlt)\w*\s+(?:[\w-]+\s+){0,4}?als\s+(?:Amazon-?)?Geschenk(?:gutschein|karte)\w*|\b(?:mit|per)\s+(?:einem|einer|Ihrem|Ihrer)?\s*(?:Amazon-?)?Geschenk(?:gutschein|karte)\w*\s+(?:[\w-]+\s+){0,2}?(?:bezahlt|gezahlt|beglichen)\b",
        // A return window named by its length is a term of the shop, not a return the buyer has
        // to make: "ein Umtauschrecht von 60 Tagen", "die 14-tägige Rückgabefrist"; also one
        // changed from one length to another: "die Rückgabefrist von 14 auf 60 Tage".
        r"\b(?:Rückgabe|Umtausch|Rücksende|Widerrufs)(?:recht|frist|zeitraum|fenster)\w*\s+(?:von|über|auf)\s+(?:(?:\d+|zwei|drei|vier|sechs|acht|zwölf|dreißig|sechzig|neunzig|hundert)\s+(?:Tagen?\s+|Wochen\s+|Monaten?\s+)?(?:auf|bis\s+zu|bis)\s+)?(?:\d+|zwei|drei|vier|sechs|acht|zwölf|dreißig|sechzig|neunzig|hundert)\s+(?:Tagen?|Wochen|Monaten?|Jahren?)\b|\b(?:\d+|zwei|drei|vier|sechs|acht|zwölf|dreißig|sechzig|neunzig|hundert)[\s-]*(?:tägige|wöchige|monatige|jährige)[snmr]?\s+(?:Rückgabe|Umtausch|Rücksende|Widerrufs)(?:recht|frist|zeitraum|fenster)\w*",
        // An order-summary row, a label and its value ("Rabatt angewendet: Angebot des Tages"): what was bought, not a promotion.
        r"(?m:^)[ \t]*(?:Rabatt|Gutschein|Coupon|Aktion|Nachlass|Rabattcode|Aktionscode)\w*\s+(?:angewendet|angewandt|eingelöst|verwendet|abgezogen|berücksichtigt)[ \t]*:?\s*[^\n]*",
        // The order's item line ("Artikel: Projektor „Fünf Sterne“"): a name.
        r"(?m:^)[ \t]*(?:Artikel|Artikelbezeichnung|Bezeichnung|Produkt|Modell|Inhalt|Ware)[ \t]*:[^\n]*",
        // Nothing for a review, expressly denied ("wir geben nichts für Bewertungen").
        r"(?:\b\w+\s+)?\b(?:nichts|nix)\s+(?:im\s+Gegenzug\s+)?für\s+(?:eine\s+|Ihre\s+|deine\s+|die\s+)?(?:\w*bewertung(?:en)?|rezension(?:en)?|Feedback)\b",
        r"\bErsatz\w*\s+(?:[\w-]+\s+){0,6}?(?:verschickt|versandt|versendet|unterwegs|angekommen|geliefert|zugestellt)\b",
        r"\b(?:verpack|einpack|verpackt)\w*\s+(?:[\w-]+\s+){0,5}?als\s+Geschenk\b|\bals\s+Geschenk\s+(?:verpack|einpack)\w*|\bdankbar\s+für\b",
        r"\bwar\s+(?:es\s+|er\s+|sie\s+)?(?:ein|als)\s+geschenk\b|\bals\s+geschenk\s+(?:gekauft|bestellt)\b|\bgeschenk(?:tüte|verpackung|box|papier|beutel|säckchen)\w*|\b(?:gutschein|rabatt|rabattcode|code|coupon)\w*,?\s+(?:den|die|das)\s+sie\s+(?:bereits\s+|beim\s+kauf\s+)?(?:eingelöst|verwendet|genutzt|angewendet)\b",
        // Proof of a review said not to be needed: "Screenshots brauchen wir nicht", "wir
        // benötigen keinen Nachweis", "kein Bildschirmfoto nötig".
        r"\b(?:Screenshots?|Bildschirmfotos?|Nachweis\w*|Belege?|Profilnamen?)\b[^.!?\n]{0,40}?\b(?:brauchen|benötigen|verlangen|wollen|möchten)\s+wir\s+(?:[\w-]+\s+){0,2}?nicht\b|\b(?:brauchen|benötigen|verlangen|wollen|möchten)\s+(?:wir\s+)?(?:[\w-]+\s+){0,2}?kein(?:e|en|er)?\s+(?:[\w-]+\s+)?(?:Screenshots?|Bildschirmfotos?|Nachweis\w*|Belege?|Profilnamen?)\b|\bkein(?:e|en)?\s+(?:Screenshots?|Bildschirmfotos?|Nachweis|Beleg)\s+(?:[\w-]+\s+)?(?:nötig|notwendig|erforderlich)\b",
        r"\b(?:nichts|nix)\s+(?:im\s+Gegenzug|dafür)\b|\bkein(?:e|erlei)\s+(?:Gegenleistung|Belohnung|Prämie|Geschenke?)\b|\bohne\s+Gegenleistung\b",
        // What the seller says it does not do: "kein Dankeschön, kein Vorab-Check, keine
        // Erinnerung".
        r"\bkein(?:e|en|erlei)?\s+(?:[\w-]+\s+)?(?:Dankeschön|Gegenleistung|Belohnung\w*|Prämie\w*|Geschenke?|Vorteile?|Vorab[\w-]*|Rabatt\w*|Gutschein\w*|Bonus\w*|Extras?|Zugaben?|(?:Rück)?Erstattung\w*|Gutschrift\w*|Geldgeschenk\w*)\b",
        // Rewards denied in a list: "keine Rabatte oder Prämien", "keinen Bonus, keine
        // Zugabe und kein Präsent".
        r"\bkein(?:e|en|erlei)?\s+(?:[\w-]+\s+)?\w*(?:Gutschein|Rabatt|Geschenk|Prämie|Belohnung|Bonus|Dankeschön|Gegenleistung|Zugabe|Extra|Vorteil|Erstattung|Gutschrift|Präsent)\w*(?:(?:\s*,\s*|\s+(?:oder|und|noch)\s+)(?:kein(?:e|en|erlei)?\s+)?(?:[\w-]+\s+)?\w*(?:Gutschein|Rabatt|Geschenk|Prämie|Belohnung|Bonus|Dankeschön|Gegenleistung|Zugabe|Extra|Vorteil|Erstattung|Gutschrift|Präsent)\w*)+",
        // Rewards refused as "weder … noch …": "weder Rabatt noch Geschenk noch Verlosung".
        r"\bweder\s+(?:[\w-]+\s+)?\w*(?:Gutschein|Rabatt|Geschenk|Prämie|Belohnung|Bonus|Dankeschön|Gegenleistung|Zugabe|Extra|Vorteil|Erstattung|Gutschrift|Präsent|Verlosung|Gewinnspiel|Geld|Punkte)\w*[^.!?\n;:]*?\bnoch\b[^.!?\n;:]*",
        // What other sellers do, refused in the next words: "Manche Shops verlosen Gutscheine
        // für Rezensionen. Das machen wir nicht", "Andere Händler geben Rabatte – so etwas tun
        // wir nicht."
        r"\b(?:andere|viele|manche|einige|zahlreiche)\s+(?:[\w-]+\s+)?(?:Händler|Verkäufer|Shops|Anbieter|Marken|Firmen|Hersteller)\b[^.!?\n]{0,160}[.!?;:,–—-]\s*(?:(?:das|so\s+etwas|sowas|dies)\s+(?:machen|tun)\s+wir\s+(?:[\w-]+\s+)?nicht|wir\s+(?:machen|tun)\s+(?:das|so\s+etwas|sowas|dies)\s+(?:[\w-]+\s+)?nicht|(?:bei\s+uns|hier)\s+(?:gibt\s+es\s+das|nicht))\b",
        // A free item or money back denied, alone or in a list: "keine Gratis-Tasse", "keine
        // kostenlose Nachfüllpackung", "kein Geld zurück", "keinen Cent erstattet".
        r"\bkein(?:e|en|erlei)?\s+(?:(?:gratis|kostenlose[nrs]?|umsonst)\s+[\w-]+|Gratis[\w-]*)|\bkein(?:en)?\s+(?:Geld|Cent|Euro)\s+(?:[\w-]+\s+)?(?:zurück|erstattet|zurückerstattet)\b",
        // A star class of a hotel or restaurant, as a quality: "Bettwäsche in 5-Sterne-Hotelqualität",
        // "wie im Vier-Sterne-Restaurant" (no rating asked of the buyer).
        // Also of a campsite, a hut or a guesthouse: "ein Fünf-Sterne-Campingplatz", "eine
        // 4-Sterne-Pension".
        r"\b(?:\d|drei|vier|fünf)[\s-]*Sterne?[\s-]*(?:Hotel|Restaurant|Resort|Gastronomie|Küche|Spa|Wellness|Camping|Zeltplatz|Zeltplätze|Stellplatz|Stellplätze|Wohnmobilstellpl|Ferienpark|Ferienanlage|Ferienwohnung|Ferienhaus|Pension|Gasthaus|Gasthof|Gästehaus|Herberge|Jugendherberge|Hostel|Hütte|Berghütte|Unterkunft|Unterkünfte|Lodge|Glamping|Chalet)\w*",
        // Help whether or whenever the buyer reviews, which puts no one before the review:
        // "unabhängig davon, ob Sie bewerten oder nicht", "melden Sie sich vor oder nach Ihrer
        // Rezension", "bevor oder nachdem Sie bewertet haben".
        r"[^.!?\n]*\b(?:unabhängig\s+davon,?\s+ob\s+Sie\s+[^.!?\n]{0,60}?oder\s+nicht|(?:vor|nach)\s+oder\s+(?:nach|vor)\s+(?:(?:Ihrer|deiner|der|einer|Ihrem|deinem|dem)\s+)?(?:\w*bewertung|rezension|Feedback|Beurteilung)\w*|(?:bevor|nachdem)\s+oder\s+(?:nachdem|bevor)\s+(?:Sie|du)\s+(?:\w+\s+){0,3}?(?:bewert|rezensier)\w*)\b[^.!?\n]*",
        // Not in vain, which offers nothing and names no problem: "damit sich die Mühe nicht
        // umsonst anfühlt", "war nicht vergebens".
        r"\b(?:nicht|nie)\s+(?:ganz\s+)?(?:umsonst|vergeblich|vergebens)\b",
        // What a thing spares the buyer from now on, in a clause of purpose: "damit Sie nie wieder
        // ohne Licht dastehen", "sodass der Hund nicht mehr friert". It names no problem the
        // sentence is about.
        r"\b(?:damit|sodass|so\s+dass)\s+(?:[\w-]+\s+){0,6}?(?:nie|nicht|nichts|niemals|kein\w*)\s+(?:mehr|wieder|erneut|noch\s+(?:einmal|mal))\b",
        // "Not only … but also", which adds and negates nothing: "schreiben Sie es nicht nur
        // uns, sondern auch …", "nicht bloß für Profis".
        r"\bnicht\s+(?:nur|bloß|allein)\b",
        // The seller's words of thanks: "ein paar Zeilen als Dankeschön für Ihren Einkauf".
        r"\b(?:Zeilen|Worte|Gruß|Grüße|Nachricht|Mail|E-Mail)\s+(?:[\w-]+\s+){0,2}?(?:als|zum)\s+(?:kleine[ns]?\s+)?(?:Dankeschön|Dank)\b",
        // A reward denied in a pair, or said not to exist: "weder Gutscheine noch Geschenke",
        // "Gutscheine oder Geschenke gibt es dafür bei uns nicht"; or what others do, refused:
        // "andere Shops legen einen Gutschein bei, so etwas tun wir nicht".
        r"(?:\w*gutschein|\w*rabatt|\w*geschenk|prämie|belohnung|bonus|dankeschön|gegenleistung|zugabe|überraschung)\w*\b[^.!?\n]{0,60}?\b(?:gibt\s+es|gibt's|verschicken\s+wir|verteilen\s+wir|vergeben\s+wir|machen\s+wir|tun\s+wir)\s+(?:[\w-]+\s+){0,3}?(?:nicht|nie|niemals)\s*(?:[.,;:!)–—-]|$)|\bweder\s+(?:[\w-]+\s+){0,2}?(?:\w*gutschein|\w*rabatt|\w*geschenk|prämie|belohnung|bonus|dankeschön|gegenleistung|extra|zugabe|geld|vorteil|überraschung|\w*erstattung|gutschrift)\w*\s*,?\s+noch\s+(?:[\w-]+\s+){0,2}?(?:\w*gutschein|\w*rabatt|\w*geschenk|prämie|belohnung|bonus|dankeschön|gegenleistung|extra|zugabe|geld|vorteil|überraschung|\w*erstattung|gutschrift)\w*",
        // The buyer's present to someone else, arrived or given: "ob Ihr Geschenk rechtzeitig
        // eingetroffen ist", "dein Geschenk lag unter dem Baum", "die beschenkte Freundin".
        r"\b(?:Ihr|dein|euer|das)\s+Geschenk\s+(?:[\w-]+\s+){0,3}?(?:angekommen|eingetroffen|ausgepackt|überreicht|unter\s+dem\s+(?:Weihnachts)?baum)\b|\bbeschenkte[nrms]?\b",
        // The surprise of a present the buyer gave: "hoffentlich ist die Überraschung gelungen".
        // Also nothing to win: "zu gewinnen gibt es auch nichts".
        r"\bzu\s+gewinnen\s+(?:gibt|gab)\s+es\s+(?:[\w-]+\s+){0,2}?(?:nichts|nicht)\b|\bÜberraschung\s+(?:[\w-]+\s+){0,2}?(?:gelungen|geglückt|glückt|geklappt|gelingt|gelang|angekommen|gefallen)\b|\bgelungene[nr]?\s+Überraschung\b",
        // The item bought as a present for another person: "falls es ein Geschenk für jemand
        // anderen war", "als Geschenk für Ihre Schwester".
        r"\b(?:ein|als)\s+Geschenk\s+für\s+(?:jemand(?:en)?\s+(?:anderen|anders)|andere|Freunde|die\s+Familie|(?:einen|eine|Ihre[nm]?|deine[nm]?)\s+(?:[\w-]+\s+)?(?:Freund\w*|Partner\w*|Mutter|Vater|Tochter|Sohn|Kind\w*|Enkel\w*|Oma|Opa|Kolleg\w*|Nachbar\w*|Schwester|Bruder|Eltern))\b",
        // The item itself a present the buyer gave, told with the verb last or the question
        // first: "falls es ein Geschenk war", "wenn sie ein Geschenk sind", "War die Lampe ein
        // Geschenk?".
        r"\b(?:falls|wenn|sofern|ob)\s+(?:es|er|sie|das|(?:die|der|das|Ihr|Ihre|dein|deine)\s+[\w-]+)\s+(?:ein|als)\s+Geschenk(?:\s+für\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+(?:war|waren|ist|sind)\b|\bwar\s+(?:es|er|sie|das|(?:die|der|das|Ihr|Ihre|dein|deine)\s+[\w-]+)\s+(?:ein|als)\s+Geschenk\b",
        // The gift as the buyer's order, not one the seller gives: its receipt or note
        // ("Geschenkbeleg", "Geschenkanhänger"), others looking for one ("die ein ähnliches
        // Geschenk suchen", "auf der Suche nach einem Geschenk"), or the case at hand ("gerade bei
        // einem Geschenk ist das ärgerlich").
        r"\bgeschenk(?:beleg|quittung|nachricht|notiz|anhänger|band|schleife)\w*|\bGeschenkidee\w*|\b(?:ein|das|einem|dem)\s+(?:(?:ähnliche|passende|richtige|perfekte|schöne|gute|besondere|originelle)[nsm]?\s+)?Geschenk\s+(?:für\s+(?:[\w-]+\s+){1,3}?)?(?:suchen|sucht|suchte|suchten|gesucht)\b|\bSuche\s+nach\s+(?:einem|dem)\s+(?:[\w-]+\s+)?Geschenk\b|\bbei\s+(?:einem|dem|Ihrem|deinem)\s+Geschenk\b",
        // Word sent back, not an item: "eine Antwort von unserem Team ist unterwegs", "eine
        // Sendungsnummer wird verschickt".
        r"\b(?P<m>(?:Antwort|Nachricht|E-?Mail|Mail|Rückmeldung|Sendungs(?:nummer|verfolgung)|Tracking\w*|Bestätigung|Rückruf|Kopie|Link|Benachrichtigung|Rechnung)(?:en)?)\b(?:\s+[\w'-]+){0,8}?\s+(?:unterwegs|verschickt|versandt|versendet|geschickt|zugeschickt|raus|auf\s+(?:den|dem)\s+Weg)\b",
    ],
    rated_stars: &[
        // Stars a third party's test or rating gives a car, a helmet, a child seat or any other
        // thing, said of that thing: "fünf Sterne im Euro-NCAP-Crashtest", "ein
        // Fünf-Sterne-Crashtest-Ergebnis", "5 Sterne vom ADAC", "im SHARP-Test hat der Helm fünf
        // Sterne bekommen", "im Test einer Fachzeitschrift erhielt sie fünf Sterne", or a top mark
        // told the same way ("im Test eines Blogs bekam dieses Papier die Bestnote"). Never in the
        // buyer's own test ("fünf Sterne in Ihrem Test" stays a
        // star count), nor the stars wished of the buyer beside it ("geben Sie uns fünf Sterne wie
        // der Crashtest"), nor where an ask of the buyer governs them in the sentence, whatever test
        // or safety word stands beside them: "vergeben Sie dem Sitz fünf Sterne im Crashtest",
        // "geben Sie uns eine Fünf-Sterne-Sicherheitsbewertung", "… fünf Sterne im Sicherheitstest
        // geben?", "… von Ihnen".
        concat!(
            r"\b(?:5|fünf)[\s-]*Sterne?n?[\s-]+(?:",
            star_raters!(),
            r"|Crash|Sicherheit|Aufprall|Insassenschutz)[\w-]*",
        ),
        concat!(
            r"\b(?:5|fünf|volle[nrms]?)[\s-]*Sterne?n?(?:-[\w-]+)?\s+(?:im|beim|bei|in|vom|von|laut|nach|gemäß|aus|durch)\s+(?:(?:(?:dem|der|den|des|einem|einer|eines|diesem|dieser|jedem|jeder|allen)\s+)?(?:[\w-]+\s+){0,3}?[\w-]*",
            star_raters!(),
            r"[\w-]*|(?:(?:dem|der|den|des|einem|einer|eines|diesem|dieser|jedem|jeder|allen)\s+(?:[\w-]+\s+){0,2}?)?[\w-]*(?:test|crash|sicherheitsbewertung|sicherheitswertung)[\w-]*)",
        ),
        concat!(
            r"\b(?:im|beim|bei|in|vom|von|laut|nach)\s+(?:(?:dem|der|den|des|einem|einer|eines|diesem|dieser|jedem|jeder|allen)\s+)?(?:[\w-]+\s+){0,2}?(?:[\w-]*",
            star_raters!(),
            r"[\w-]*|[\w-]*(?:crash|sicherheits|aufprall)[\w-]*|[\w-]*test[\w-]*)(?:\s+(?:eines|einer|des|der)\s+(?:[\w-]+\s+)?[\w-]+)?\s+(?:(?:hat|haben|hatte|hatten|erhielt|erhielten|erhält|erhalten|bekam|bekamen|bekommt|bekommen|holte|holten|holt|erreichte|erreichten|erreicht|erzielte|erzielten|erzielt|schaffte|schafft|gab\s+es|gibt\s+es|gab['’]s|vergab|vergibt|verlieh|verleiht|kassierte|kassiert|kam\s+auf|kommt\s+auf)\s+)?(?:(?:es|er|sie|(?:das|der|die|den|dem|dies(?:e[snrm]?)?|unser(?:e[snrm]?)?)\s+[\w-]+)\s+)?(?:(?:vielleicht|sogar|auch|schon|bereits|damals|wohl|zwar|locker|glatt)\s+)?(?:(?:volle|glatte|satte|die\s+vollen|alle)\s+)?(?:(?:5|fünf)[\s-]*Sterne?n?|(?:die\s+)?(?:Bestnote|Höchstnote|Bestbewertung|Höchstbewertung|Höchstpunktzahl)\w*|(?:die\s+)?volle\s+Punktzahl)",
        ),
        // Stars or a top mark that examiners, a jury, judges, a critic or a paper gave a pupil, a
        // band, a concert, a film or a restaurant, told as what happened: "die Jury hat ihr
        // Vorspiel mit fünf von fünf Sternen bewertet", "in der Lokalzeitung eine
        // Fünf-Sterne-Kritik bekommen", "von den Prüfern die Bestnote", "fünf Sterne von der
        // Kritikerin". Not the stars wished of the buyer beside them ("geben Sie uns fünf Sterne
        // wie die Jury", "… von Ihnen"): the judge stands right before them, or before a verb of
        // giving or rating, or right after them; an ask between still governs them.
        concat!(
            r"\b(?:im|beim|bei|in|vom|von|laut|aus|seitens)\s+(?:(?:dem|der|den|des|einem|einer|eines|unserer|unserem|ihrer|ihrem|seiner|seinem)\s+)?(?:[\w-]+\s+){0,2}?",
            de_judges!(),
            r"\s+(?:(?:eine[nrm]?|die|den|der|ein|glatte|satte|volle|sogar|auch|gleich)\s+){0,2}",
            de_judged_mark!(),
        ),
        concat!(
            r"\b",
            de_judges!(),
            r"\s+(?:(?:hat|haben|hatte|hatten|gab|gaben|gibt|geben|vergab|vergaben|vergibt|verlieh|verliehen|verleiht|bewertete|bewerteten|bewertet|zeichnete|zeichneten|belohnte|belohnten)\s+(?:[\w-]+\s+){0,5}?|(?:[\w-]+\s+){0,2}?mit\s+)(?:(?:volle|vollen|glatte|glatten|satte|satten|die\s+vollen|alle|allen|der|den|die|eine[nrm]?)\s+)?",
            de_judged_mark!(),
        ),
        concat!(
            r"\b",
            de_judged_mark!(),
            r"\s+(?:von\s+(?:der|dem|den)|vom|von|bei\s+(?:der|dem|den)|beim|in\s+der|im|laut|der|des|seitens\s+(?:der|des))\s+(?:[\w-]+\s+){0,2}?",
            de_judges!(),
        ),
        // The name a critic, a journalist, a magazine or a style column gave a collection or a
        // piece, in stars: "die eine Modekritikerin in einer Stilzeitschrift als
        // „Fünf-Sterne-Kollektion“ bezeichnet hat", "das Magazin kürte den Mantel zum
        // Fünf-Sterne-Stück", "die Kritikerin nannte ihn einen Fünf-Sterne-Mantel". Only the
        // naming word, a quote mark and an article between the naming and the stars.
        concat!(
            r"\b[\w-]*?",
            de_judges!(),
            r"(?:\s+[\w-]+,?){0,10}?\s+(?:(?:als|zu[mr])\s+|(?:nannte|nannten|nennt|nennen|genannt|taufte|tauften|getauft|kürte|kürten|gekürt|adelte|adelten|geadelt|feierte|feierten|gefeiert|lobte|lobten|gelobt)\s+(?:(?:ihn|sie|es|(?:den|die|das|unseren|unsere|unser|ihren|ihre|ihr)\s+[\w-]+)\s+)?(?:als\s+|zu[mr]\s+)?)[„“”\x22»«‚‘']?\s*(?:(?:eine[nrms]?|die|der|das|den)\s+)?(?:5|fünf)[\s-]*Sterne?n?[\w-]*",
        ),
        // Stars that are part of the design: "die fünf Sterne auf dem Zifferblatt leuchten",
        // "die fünf kleinen Sterne des Anhängers", "ein Zifferblatt mit fünf Sternen".
        concat!(
            r"\b(?:5|fünf)\s+(?:[\w-]+\s+){0,2}?Sterne?n?\s+(?:(?:aufgestickt|gestickt|graviert|eingraviert|gedruckt|aufgedruckt|aufgemalt|eingelassen)\s+)?(?:auf|an|in|um|im|am|über|unter|des|der|vom)\s+(?:(?:dem|der|den|des|die|das|ihrem|ihrer|ihren|seinem|seiner|unserem|unserer|jedem|jeder)\s+)?(?:[\w-]+\s+){0,2}?",
            de_star_design!(),
        ),
        concat!(
            r"\b",
            de_star_design!(),
            r"\s+(?:mit|trägt|zeigt|hat)\s+(?:(?:den|seinen|ihren|die)\s+)?(?:5|fünf)\s+(?:[\w-]+\s+){0,2}?Sterne?n?\b",
        ),
        // Stars an app, a tracker or a watch scores the buyer's night, run or workout with: "die
        // App vergibt jeden Morgen ein bis fünf Sterne für Ihren Schlaf", "Ihre Laufuhr zeigt
        // nach jeder Einheit bis zu fünf Sterne an", "das Spiel bewertet jede Runde mit fünf
        // Sternen", "nach dem Lauf zeigt Ihnen die Uhr fünf Sterne". The device grades the
        // buyer, nobody asks the buyer for them.
        concat!(
            r"\b(?:",
            de_star_scorer!(),
            r"\s+(?:[\w-]+\s+){0,4}?(?:vergibt|vergab|gibt|gab|zeigt|zeigte|verleiht|verlieh|bewertet\s+(?:[\w-]+\s+){0,4}?mit)|(?:vergibt|vergab|gibt|gab|zeigt|zeigte|verleiht|verlieh|bewertet)\s+(?:(?:Ihnen|dir|euch|Sie|dich)\s+)?(?:die|der|das|Ihre?|deine?|eure?|unsere?)\s+",
            de_star_scorer!(),
            r")\s+(?:[\w-]+\s+){0,5}?(?:(?:ein|einen|einem|eins|null|[01])\s+(?:Stern(?:en)?\s+)?bis\s+(?:zu\s+)?|bis\s+zu\s+)?(?:vollen?\s+)?(?:5|fünf)[\s-]*Sterne?n?\b",
        ),
        // Stars the buyer gets or earns from such a score, opening their clause: "Fünf Sterne
        // bekommen Sie vor allem durch genug Tiefschlaf", "volle fünf Sterne erreichst du erst ab
        // zehn Kilometern", "Sie bekommen fünf Sterne, wenn …". A buyer receiving stars is asked
        // for none. (Stars after "für" or "bei" are what a thing is given for: "für fünf Sterne
        // bekommen Sie …" stays a star count.)
        r"(?:(?m:^)[ \t]*|[.!?:;–—]\s+|,\s+|\b(?:und|aber|doch|denn)\s+)(?P<m>(?:volle\s+)?(?:5|fünf)[\s-]*Sterne\s+(?:(?:bekommen|erhalten|erreichen|erzielen|sammeln|schaffen|holen)\s+(?-i:Sie)|(?:bekommst|erhältst|erreichst|erzielst|sammelst|schaffst|holst)\s+(?-i:du)|(?:bekommt|erhält|erreicht|erzielt|sammelt|schafft|holt)\s+(?-i:ihr|man))\b)",
        r"\b(?:(?-i:Sie)\s+(?:bekommen|erhalten|erreichen|erzielen|sammeln)|(?:bekommen|erhalten|erreichen|erzielen|sammeln)\s+(?-i:Sie)|(?-i:du)\s+(?:bekommst|erhältst|erreichst|erzielst|sammelst)|(?:bekommst|erhältst|erreichst|erzielst|sammelst)\s+(?-i:du))\s+(?:(?:nur|erst|dann|auch|sogar|schon|bereits|jeden\s+Morgen|morgens|abends|meist|oft|leicht)\s+)*(?:volle\s+)?(?:5|fünf)[\s-]*Sterne\b",
        // A five-star event wished or told: "eine Fünf-Sterne-Hochzeit!", "einen Fünf-Sterne-
        // Urlaub". It grades the day, not the product.
        r"\b(?:5|fünf)[\s-]*Sterne?n?-?(?:Hochzeit|Feier|Party|Fest|Urlaub|Ferien|Reise|Geburtstag|Weihnacht|Abend|Tag|Wochenende|Flitterwochen|Jubiläum|Silvester|Saison|Winter|Sommer|Ball|Gala|Trauung|Taufe|Abschlussball|Polterabend|Junggesell)\w*",
        // A meal at home or a place of hospitality in stars, as a standard of quality: "ein
        // Fünf-Sterne-Dinner für Freunde", "ein Fünf-Sterne-Frühstück", "wie im
        // Fünf-Sterne-Hotel". It grades a meal or a stay, not the product.
        r"\b(?:\d|drei|vier|fünf)[\s-]*Sterne?n?-?(?:Dinner|Diner|Frühstück|Brunch|Mahlzeit|Mittagessen|Abendessen|Festessen|Festmahl|Picknick|Grill|Buffet|Büfett|Hotel|Restaurant|Küche|Koch|Köchin|Köche)\w*",
    ],
    star_ask: &[de_star_ask!()],
    star_tail: &[de_star_tail!()],
    reviewers: &[
        // A group of buyers with the club or the shop they belong to, who write a review:
        // "Mitglieder unseres Füllerclubs, die eine Bewertung schreiben", "Abonnenten des
        // Newsletters, die eine Rezension verfassen". What follows for them is for the review.
        r"\b[\w-]*(?:Mitglieder|Kunden|Kundinnen|Käufer(?:innen)?|Nutzer(?:innen)?|Abonnent(?:en|innen)|Fans|Teilnehmer(?:innen)?|Stammkunden)\s+(?:unseres|unserer|des|der|eines|einer|im|in\s+unserem|in\s+unserer)\s+(?:[\w-]+\s+)?[\w-]+\s*,\s+die\s+(?:uns\s+)?(?:[\w-]+\s+){0,3}?(?:\w*bewertung|rezension|feedback)\w*\s+(?:[\w-]+\s+)?(?:schreiben|abgeben|hinterlassen|verfassen|posten|veröffentlichen|geschrieben|abgegeben|verfasst|gepostet|veröffentlicht)\b",
        // The review named first, opening a line, as what a thing is for:
        // "für Ihre Bewertung, ein Seidentuch wartet auf Sie".
        r"(?m:^)[ \t]*für\s+(?:Ihre|deine|eure|eine|jede)\s+(?:kurze\s+)?(?:Bewertung|Rezension)\s*[,:–—]",
        // The review written as the price of what follows, with a sign: "Rezension veröffentlicht
        // = dein Zertifikat", "Bewertung abgegeben → Stufe 2".
        r"\b(?:Bewertung|Rezension|Feedback)\w*\s+(?:veröffentlicht|abgegeben|geschrieben|gepostet|online|erledigt)\s+(?:=|→|->|⇒|➜)",
        // The experience on Amazon as what a benefit is for: "Für Ihre Erfahrungen auf Amazon …".
        r"\bfür\s+(?:Ihre|deine|eure)\s+(?:Erfahrung\w*|Meinung|Eindrücke?|Worte|Zeilen|Urteil)\s+[^.!?\n]{0,40}?(?:auf|bei)\s+Amazon\b",
        // People who gave a few lines or words: "die Namen aller, die unserem Senf ein paar Zeilen
        // gewidmet haben".
        r"\b(?:aller|alle[n]?|jede[nmr]?|diejenigen|\w*Kunden|\w*Kundinnen|Käufer\w*|Menschen|Leute[n]?)\s*,?\s+die\s+[^.!?\n]{0,60}?\b(?:Zeilen|Worte|Wörter|Sätze)\s+(?:[\w-]+\s+)?(?:gewidmet|geschrieben|geschenkt|hinterlassen|verfasst|gegönnt)\b",
        // Each star given: "jede Sternvergabe", "jeder Stern unter unseren Produkten".
        // Also a review set equal to what it brings: "eine Rezension von Ihnen = ein Baum".
        r"\b(?:jede[rsnm]?|pro)\s+(?:[\w-]+\s+)?(?:Stern|Sternvergabe|Sternebewertung|Meinung|Erfahrungsbericht)\b|\b(?:jede[rsnm]?|pro|eine[rn]?)\s+(?:[\w-]+\s+)?(?:\w*bewertung|rezension|Stern)\w*\b[^.!?\n=]{0,30}?=",
        // One person named by what they did: "Jeder, der … bewertet", "der Name von jemandem, der
        // eine Rezension geschrieben hat".
        r"\b(?:jede[rnm]?|jemand(?:em|en)?|einer|eine[mn]?|derjenige|demjenigen)\s*,?\s+(?:der|die|das|dem|deren|dessen|denen)\s+(?:uns\s+)?[^.!?\n;:]{0,60}?(?:\w*bewertung|rezension|feedback|bewertet|rezensiert|bewertest|bewerten|rezensieren)\w*",
        // The link to the review sent back as a step: "den Link zu Ihrer Bewertung an uns
        // zurückschicken", "Screenshot der Rezension an uns mailen".
        // Or named after the review is written: "… auf Amazon schreiben, schicken Sie uns danach
        // Ihren Profilnamen".
        r"\b(?:Link|Screenshot|Bildschirmfoto|Nachweis|Beleg)\w*\s+(?:[\w-]+\s+){0,3}?(?:\w*bewertung|rezension)\w*\s+[^.!?\n]{0,30}?(?:zurück)?(?:schicken|senden|mailen|weiterleiten|zuschicken|zusenden|zeigen)\b|\b(?:\w*bewertung|rezension|Sätze|Zeilen|Worte)\w*\b[^.!?\n]{0,80}?\b(?:danach|anschließend|dann|im\s+Anschluss|hinterher)\b[^.!?\n]{0,40}?\b(?:(?:Profil|Nutzer|Benutzer|Kunden|Nick|Amazon-?)namen?|Screenshot|Bildschirmfoto|Link)\b",
        // Reviewers named by the act: "bei Abgabe einer Bewertung", customers who publish their experience or described the product on Amazon.
        r"\bbei\s+(?:Abgabe|Veröffentlichung|Einreichung|Eingang)\s+(?:einer|Ihrer|der|eurer|deiner)\s+\w*(?:bewertung|rezension)\w*",
        r"\b(?:\w*Kunden|\w*Kundinnen|Käufer\w*|alle[n]?|diejenigen)(?:\s+[\w-]+){0,2}\s*,?\s+die\s+[^.!?\n]{0,40}?(?:\w*[Ee]rfahrung\w*|Meinung|Eindrücke?)\s+[^.!?\n]{0,60}?(?:veröffentlich|teil|schilder|post|schreib|festhalt|festgehalt|beschreib|erzähl)\w*",
        r"\b(?:\w*Kunden|\w*Kundinnen|Käufer\w*|alle[n]?)\b[^.!?\n]{0,30}?,?\s+die\s+[^.!?\n]{0,40}?\bauf\s+Amazon\s+(?:beschrieben|bewertet|besprochen|vorgestellt|gelobt|erwähnt|empfohlen)",
        r"\bwer\s+(?:uns\s+|üs\s+|mir\s+)?(?:[\w-]+\s+){0,4}?(?:\w*bewertung|rezension|feedback|stern|bewertet|rezensiert)\w*\b",
        // A group that reviews, named by who they are: "Kunden, die eine Bewertung schreiben",
        // "Eltern, die eine Bewertung mit einem Foto posten", "Hundehalter, die uns bewerten".
        r"\b(?:alle[n]?|jede[nmr]?|diejenigen|\w*Kunden|\w*Kundinnen|Käufer(?:innen)?|\w*Mitglieder[n]?|\w*Eltern|Familien|Mamas|Papas|Mütter[n]?|Väter[n]?|Großeltern|Omas|Opas|Menschen|Leute[n]?|Personen|\w*(?:besitzer|halter|nutzer)(?:innen|n)?|Fans)(?:\s+[\w-]+)?\s*,?\s+die\s+(?:uns\s+)?(?:[\w-]+\s+){0,6}?(?:\w*bewertung|rezension|feedback|bewerten|rezensieren|bewertet|rezensiert)\w*\b",
        // Also the review told or written as a condition: "Wenn Sie uns Ihre in einer Rezension
        // erzählen, …".
        r"\b(?:sobald|nachdem)\s+Sie\s+(?:uns\s+)?(?:[\w-]+\s+){0,4}?(?:\w*bewertung|rezension|feedback)\w*\b|\b(?:wenn|falls|sofern)\s+(?:Sie|du|ihr)\s+[^.!?\n,]{0,40}?\b(?:\w*bewertung|rezension)\w*\s+(?:[\w-]+\s+){0,2}?(?:erzählen|erzählst|schildern|beschreiben|teilen|teilst|festhalten|schreiben|schreibst|hinterlassen|hinterlässt|verfassen|abgeben|posten)\b|\b(?-i:Haben|Hast|Habt)\s+(?:Sie|du|ihr)\s+[^.!?\n,]{0,60}?(?:\w*bewertung|rezension|feedback|bewertet|rezensiert)\w*[^.!?\n,]{0,30},|\b(?:sobald|nachdem)\s+Sie\s+uns\s+bewertet\b|\bfür\s+jede\s+\w*(?:bewertung|rezension)\b",
        r"\b(?:alle[n]?|jede[nmr]?|diejenigen|Kunden|Kundinnen|Käufer(?:innen)?)(?:\s+[\w-]+)?\s*,?\s+die\s+(?:uns\s+)?(?:ihre\s+|Ihre\s+)?(?:Erfahrung\w*|Meinung|Eindrücke?)\s+(?:[\w-]+\s+){0,3}?(?:teilen|schildern|posten|schreiben)\b",
        r"\b(?:Kunden|Firmenkunden|Käufer|Kundinnen)\w*\s+mit\s+(?:einer|Ihrer|ihrer)\s+\w*(?:bewertung|rezension)\w*|\bjede\s+(?:\w+\s+)?(?:\w*bewertung|rezension)\b",
        r"\bum\s+[^.!?\n]{0,60}?(?:zu\s+(?:aktivieren|erhalten|sichern|bekommen)|freizuschalten)\b[^.!?\n]{0,80}?(?:bewertung|rezension)\w*",
        // The steps to switch a benefit on, listed under a lead-in, a review among them: "So
        // registrieren Sie die Verlängerung: / 1. Rezension schreiben", "In drei Schritten
        // freischalten: / - Bewerten Sie …".
        r"\b(?:so|wie|in\s+(?:zwei|drei|vier|fünf|\d)\s+(?:[\w-]+\s+)?Schritten)\s+(?:[\w-]+\s+){0,3}?(?:aktivier|registrier|freischalt|freigeschalt|einlös|verlänger|sicher|beantrag)\w*\b[^.!?\n]{0,60}?:[ \t]*\n(?:[ \t]*\n)?(?:[ \t]*(?:Schritt\s*\d{1,2}|\d{1,2}|[a-e])?\s*[.):–-]?[^\n]*\n){0,3}?[ \t]*(?:Schritt\s*\d{1,2}\s*[:.)–-]|\d{1,2}\s*[.)]|[-•*–])[^\n]{0,40}?(?:\w*bewertung|rezension|bewerten|rezensieren)\w*",
        // The review asked for, then what comes with it, to the seller's "wir" or the buyer's
        // "du": "Hinterlassen Sie eine Bewertung und wir …", "schreib eine kurze Rezension – und
        // du kriegst …", "Schreiben Sie Ihre Rezension hier: …, dann legen wir …".
        r"\b(?:(?:hinterlassen|schreiben|geben|verfassen)\s+Sie|(?:hinterlass|schreib|gib|verfass)e?(?:\s+du)?)\s+(?:uns\s+)?(?:eine|Ihre|deine)\s+(?:[\w-]+\s+){0,3}?(?:\w*bewertung|rezension)\w*[^.!?\n]{0,120}?(?:\bund\s+(?:wir|du|ihr)\b|,\s*(?:und\s+)?dann\s+(?:[\w-]+\s+)?(?:wir|ich)\b)",
        // Proof of the review sent in, then something back: "Schicken Sie uns den Link zu Ihrer
        // Rezension, und wir …", "Leiten Sie uns Ihre Bewertung weiter und wir …".
        r"\b(?:schicken|senden|mailen|zeigen|leiten|schick|sende|zeig)\s+(?:Sie\s+)?(?:uns|mir)\s+[^.!?\n]{0,50}?(?:bewertung|rezension|feedback)\w*[^.!?\n]{0,120}?\bund\s+(?:wir|ich)\b",
        // Review and get, side by side: "Bewerten und Gutschein sichern", "Rezension schreiben &
        // Geschenk erhalten".
        r"\b(?:bewerten|rezensieren|(?:\w*bewertung|rezension)\s+(?:schreiben|abgeben|hinterlassen))\s*(?:und|&|\+)\s*(?:[\w-]+\s+){0,3}?(?:erhalten|bekommen|sichern|gewinnen|kassieren|abstauben)\b",
        r"\bVoraussetzung\w*\s+(?:[\w-]+\s+){0,3}?(?:ist|sind|:)\s+(?:eine|Ihre|die)\s+\w*(?:bewertung|rezension)\w*",
        r"\b(?:\w*Kunden|\w*Kundinnen|Käufer\w*|alle[n]?|diejenigen|\w*Mitglieder[n]?|Menschen|Leute[n]?|Personen|\w*Nutzer(?:innen)?|Fans|Abonnent\w*|(?-i:[A-ZÄÖÜ]\w*))\s*,?\s+die\s+[^.!?\n]{0,40}?(?:Meinung|Erfahrung\w*|Eindrücke?|Eindruck|Einschätzung\w*|Urteil\w*|Fazit|Sicht)\s+[^.!?\n]{0,40}?(?:auf|bei)\s+Amazon\b",
        r"\bnach\s+(?:Ihrer|deiner|seiner|ihrer|eurer|der|einer)\s+\w*(?:bewertung|rezension)\w*",
        // People who put their impressions into a review, however long the clause: "alle, die
        // ihre Erfahrungen mit dem Gerät in einer Rezension festhalten".
        r"\b(?:alle[n]?|jede[nmr]?|diejenigen|\w*Kunden|\w*Kundinnen|Käufer(?:innen)?|Menschen|Leute[n]?|Personen)\s*,?\s+die\s+[^.!?\n;:]{0,100}?\bin\s+(?:einer|ihrer|Ihrer|seiner|der)\s+(?:[\w-]+\s+)?(?:\w*bewertung|rezension)\w*\s+(?:[\w-]+\s+)?(?:festhalten|festhält|beschreiben|beschreibt|schildern|schildert|erzählen|erzählt|zusammenfassen|teilen|teilt)\b",
        r"\b\w*(?:kunde|kunden|käufer)\w*\s+mit\s+(?:(?:einer|Ihrer|ihrer)\s+)?\w*(?:bewertung|rezension)\w*",
        // People who tell about the product on its page: "wer uns auf der Produktseite erzählt".
        r"\bwer\s+[^.!?\n]{0,60}?\b(?:auf|unter|an)\s+(?:der|die|dem|den|unserer|unserem)\s+(?:Amazon-?)?(?:Produkt|Artikel|Amazon)-?seite\b|\bwer\s+(?:uns\s+|mir\s+)?(?:[\w-]+\s+){0,3}?(?:Zeilen?|Worte)\b",
        // People named by what they are, then what they wrote: "Menschen, die eine Rezension
        // geschrieben haben"; also businesses buying for their staff: "Kanzleien, die uns eine
        // Bewertung schreiben", "Arztpraxen, die rezensiert haben".
        r"\b(?:\w*(?:Betriebe|Firmen|Unternehmen|Büros|Praxen|Hotels|Schulen|Einrichtungen|Teams|Kanzleien|Restaurants|Werkstätten|Kliniken|Abteilungen|Behörden|Kitas|Vereine)|Menschen|Leute[n]?|Personen|\w*Nutzer(?:innen)?|\w*Besitzer(?:innen)?|\w*Leser(?:innen)?|\w*Spieler(?:innen)?|Fans|Abonnent(?:en|innen)|\w*Mitglieder[n]?)(?:\s+[\w-]+)?\s*,?\s+die\s+(?:uns\s+)?(?:[\w-]+\s+){0,6}?(?:(?:\w*bewertung|rezension|feedback|bewertet|rezensiert)\w*|über\s+uns\s+(?:geschrieben|berichtet|erzählt|geschwärmt))\b",
        // A count of reviews that triggers something: "alle zehn Bewertungen", "je 20 Rezensionen".
        r"\b(?:alle|je|pro|für\s+je)\s+(?:\d+|zwei|drei|fünf|zehn|zwanzig|fünfzig|hundert)\s+(?:neue[n]?\s+)?(?:\w*bewertung|rezension)(?:en)?\b|\bpro\s+(?:\w*bewertung|rezension)\b",
        // The review once it is online, then something back: "Sobald Ihre Rezension online ist,
        // schicken wir …", "Wenn deine Bewertung erschienen ist, …"; or the seller told that it
        // is: "Geben Sie uns Bescheid, dass Ihre Bewertung veröffentlicht ist".
        r"\b(?:sobald|nachdem|wenn|falls|dass)\s+(?:Ihre|deine|eure|die|Ihr|dein)\s+(?:\w*bewertung|rezension|feedback)\w*\s+[^.!?\n]{0,60}?\b(?:online|veröffentlicht|sichtbar|freigeschaltet|erschienen|geschrieben|abgeschickt|eingegangen|da)\b",
        // People who write a few sentences or words on Amazon: "wer ein paar Sätze über sein
        // Kissen auf Amazon schreibt", "wer zwei Zeilen bei Amazon verfasst".
        r"\bwer\s+(?:[^.!?\n,;:]{0,50}?\s)?(?:ein\s+paar|einige|zwei|drei|ein\s+oder\s+zwei|kurz\s+ein\s+paar)\s+(?:Sätze|Zeilen|Worte|Wörter)\b[^.!?\n]{0,60}?\b(?:auf|bei|unter)\s+Amazon\b",
        // The same with Amazon first: "Wer auf Amazon ein paar Sätze zu seinem Teil geschrieben
        // hat", "wer bei Amazon über die Lampe berichtet".
        r"\bwer\s+(?:uns\s+|mir\s+)?(?:[\w-]+\s+){0,2}?(?:auf|bei|unter)\s+Amazon\s+[^.!?\n,]{0,50}?\b(?:Sätze|Zeilen|Worte|Wörter|geschrieben|schreibt|verfasst|berichtet|erzählt|geteilt|teilt)\b",
        // Proof of the review named in a reply or a message, then something back: "Schicken Sie
        // uns den Link zu Ihrer Rezension, und das Set geht raus", "Nennen Sie uns den Namen, unter
        // dem Sie bewertet haben, dann …".
        r"\b(?:schick|send|mail|zeig|leit|nenn|verrat|antwort|schreib)\w*\s+(?:Sie\s+|du\s+)?(?:uns\s+|mir\s+)?[^.!?\n]{0,40}?\b(?:Link|Namen?|Nickname|Profilnamen?|Screenshot|Bildschirmfoto|Kopie)\b[^.!?\n]{0,60}?(?:bewertung|rezension|bewertet|rezensiert)\w*[^.!?\n]{0,120}?\b(?:und|dann)\b",
        // The name the review stands under, asked for as proof: "sag mir kurz, unter welchem
        // Namen", "den Namen, unter dem Sie dort erscheinen".
        r"\bunter\s+welche[mn]\s+(?:Namen|Profil\w*|Nick\w*|Pseudonym)\b|\b(?:Namen|Profilnamen|Nickname)\s*,?\s+unter\s+dem\s+(?:Sie|du|ihr|(?:Ihre|deine|eure|die)\s+\w+)\s+(?:[\w-]+\s+){0,2}?(?:erschein|auftauch|steh|bewertet|geschrieben|rezensiert)\w*",
        // The buyer's name on Amazon asked for, the review's name and nothing else a seller needs
        // it for, as the step before something: "Teilen Sie uns dann Ihren Amazon-Nutzernamen
        // mit", "schick mir deinen Profilnamen bei Amazon, und …". (A bare "Ihren Namen" is the
        // reviewer named in public, a benefit: see `grant`.)
        r"\b(?:nenn|schick|send|mail|teil|verrat|schreib|gib|geb)\w*\s+(?:Sie\s+|du\s+|ihr\s+)?(?:uns|mir)\s+(?:[\w-]+\s+){0,3}?(?:Ihren|deinen|euren|Ihr|dein|euer)\s+(?:Amazon[\s-]*(?:Profil|Nutzer|Benutzer|Konto|Kunden|Anzeige|Account)?-?namen?|(?:Profil|Nutzer|Benutzer|Anzeige|Account)-?namen?\s+(?:auf|bei|unter)\s+Amazon)\b",
        // Each item reviewed earns something: "für jeden Artikel, den Sie bewerten".
        r"\bfür\s+(?:jeden|jedes|jede)\s+(?:[\w-]+\s+)?(?:Artikel|Produkt|Teil|Bestellung|Kauf)\s*,?\s+(?:den|das|die)\s+(?:Sie|du|ihr)\s+(?:[\w-]+\s+){0,3}?(?:bewerten|bewertest|rezensieren|rezensierst|bewertet|rezensiert)\b",
        // Any group the benefit is for, named by what it did: "Für Einrichtungen, die bei uns
        // bestellen und eine Rezension hinterlassen, …", "an Schulen, die uns bewertet haben".
        r"\b(?:für|an)\s+(?:alle\s+|jene\s+|diejenigen\s+)?(?:[\w-]+\s+)?[\w-]+\s*,\s+(?:die|denen)\s+[^.!?\n]{0,60}?(?:\w*bewertung|rezension|feedback|bewertet|rezensiert|bewerten|rezensieren)\w*",
        // A "wer" clause that ends on the review, however long: "wer seine neue Decke aus Wolle
        // schon bei Amazon bewertet hat, …".
        r"\bwer\s+[^.!?\n,;:]{0,80}?(?:\w*bewertung|rezension|bewertet|rezensiert)\w*",
        // The review, or the praise on Amazon, answered or rewarded with something: "Ihr Lob auf
        // Amazon beantworten wir mit einer Tüte Kekse", "jede Bewertung honorieren wir mit …".
        r"\b(?:\w*bewertung|rezension|Lob|Sterne)\w*\s+[^.!?\n]{0,40}?\b(?:belohnen|honorieren|vergelten|beantworten|quittieren)\s+wir\s+(?:[\w-]+\s+){0,2}?mit\b",
        // The people who wrote their impressions, the past participle whole: "Kunden, die ihre
        // Eindrücke aufgeschrieben haben", "alle, die ihre Meinung niedergeschrieben haben".
        r"\b(?:\w*Kunden|\w*Kundinnen|Käufer\w*|alle[n]?|diejenigen)(?:\s+[\w-]+){0,2}\s*,?\s+die\s+[^.!?\n]{0,40}?(?:\w*[Ee]rfahrung\w*|Meinung|Eindrücke?)\s+[^.!?\n]{0,60}?\w*(?:geschrieben|schrieben|gepostet|geteilt|geschildert)\b",
        // Those who took the trouble just asked for: "allen, die sich diese Mühe machen", "wer
        // sich die Zeit dafür nimmt".
        r"\b(?:alle[n]?|jede[nmr]?|diejenigen|\w*Kunden|\w*Kundinnen|Käufer\w*)\s*,?\s+die\s+sich\s+(?:diese|die)\s+(?:Mühe|Zeit)\s+(?:dafür\s+)?(?:machen|nehmen|gemacht|genommen)\b",
        // Reviewers named as a group that has or gets something: "Unsere Rezensentinnen und
        // Rezensenten bekommen …", "Rezensenten stehen bei uns ganz vorn".
        r"\bRezensent(?:en|innen)(?:\s+und\s+Rezensent(?:en|innen))?\s+(?:haben|bekommen|erhalten|stehen|werden|dürfen|sind)\b",
        // A review as what a sign of thanks is for: "als Zeichen unserer Dankbarkeit für Ihre
        // Rezension", "aus Dankbarkeit für Ihre Bewertung", "zum Dank für Ihr Feedback".
        r"\b(?:(?:als|zum)\s+(?:kleines\s+|bescheidenes\s+)?(?:Zeichen|Ausdruck)\s+(?:unserer|unseres|meiner|meines|der|des)\s+(?:[\w-]+\s+)?(?:Dankbarkeit|Dankes|Danks|Anerkennung|Wertschätzung|Verbundenheit)|(?:aus|in)\s+(?:großer\s+|tiefer\s+)?Dankbarkeit|(?:als|zum)\s+Dank(?:eschön)?)\s+für\s+(?:Ihre|deine|eure|die|eine|jede|Ihr|dein|euer|das)\s+(?:[\w-]+\s+){0,2}?(?:\w*bewertung|rezension|feedback|Eindrücke|Meinung|Erfahrungsbericht)\w*",
        // A "wer" clause on the buyer's impressions or experience shared, by any verb: "Wer seine
        // Eindrücke … mit anderen teilt, den …", "wer ihre Erfahrungen schildert"; also with a
        // time between: "wer vorher seine Erfahrungen beschreibt", "wer bis Ende Mai seine
        // Meinung teilt".
        r"\bwer\s+(?:uns\s+)?(?:(?:vorher|vorab|zuvor|zuerst|vorweg|jetzt|gleich|schon|noch|bis\s+(?:[\w-]+\s+){0,2}?[\w-]+|uns)\s+){0,3}(?:seine|ihre|Ihre|deine|die\s+eigenen|eigene)\s+(?:[\w-]+\s+)?(?:Eindrücke|Eindruck|Erfahrung(?:en)?|Meinung|Einschätzung|Gedanken|Urteil|Sicht)\b[^.!?\n;:]{0,80}?\b(?:teilt|geteilt|schildert|geschildert|schreibt|geschrieben|aufschreibt|aufgeschrieben|postet|gepostet|veröffentlicht|festhält|festgehalten|beschreibt|beschrieben|erzählt|hinterlässt|hinterlassen|mitteilt|mitgeteilt)\b",
        // Something for the reviewers as a group, in a noun phrase or the dative: "Ein Privileg für
        // unsere Rezensentinnen und Rezensenten", "nur für Rezensent:innen", "unseren Rezensenten
        // gewähren wir …".
        r"\b(?:(?:für|an)\s+(?:(?:nur|exklusiv|ausschließlich|allein)\s+)?(?:alle\s+|unsere\s+|die\s+|jene\s+)?|unseren\s+|allen\s+)(?:[\w-]+\s+)?Rezensent(?:en|innen|Innen|\*innen|:innen|_innen)\b",
        // The review as a condition, the verb first: "Sollten Sie eine Rezension hinterlassen, …".
        r"\bsollte(?:st|n|t)?\s+(?:Sie|du|ihr)\s+[^.!?\n,]{0,60}?\b(?:\w*bewertung|rezension|Eindrücke|Erfahrungen|Meinung)\w*\s+(?:[\w-]+\s+){0,2}?(?:erzählen|schildern|beschreiben|teilen|festhalten|schreiben|hinterlassen|verfassen|abgeben|posten|veröffentlichen)\b",
        // The review asked for, its link or more words in between, then "und" and the seller or
        // an item as the next step: "Bewerten Sie das Halsband unter {{ link }} und wir …",
        // "Schreib eine Rezension und schon ist ein Kauknochen …" (what follows is read as a
        // grant or not on its own).
        r"\b(?:(?:(?:hinterlassen|schreiben|geben|verfassen)\s+Sie|(?:hinterlass|schreib|gib|verfass)e?(?:\s+du)?)\s+(?:uns\s+)?(?:eine|Ihre|deine|eure)\s+(?:[\w-]+\s+){0,3}?(?:\w*bewertung|rezension)\w*|(?:bewerten|rezensieren)\s+Sie|(?:bewert|rezensier)e?(?:\s+du)?\s+(?:es|ihn|sie|das|den|die|uns))\b[^.!?\n]{0,120}?\bund\s+(?:(?:schon|sofort|gleich|direkt|prompt|dann|noch\s+heute)\s+)?(?:wir|ist|sind|wird|werden|geht|gehen|kommt|kommen|landet|landen|macht|ein|eine|einen|zwei|drei|\d+)\b",
    ],
    grant: &[
        // Something handed over with no verb of giving: "ein Seidentuch wartet auf Sie", "gehört Ihnen" (a benefit only
        // beside reviewers).
        r"\bwarte[nt]?\s+(?:schon\s+)?auf\s+(?:Sie|dich|euch)\b|\bgehör(?:t|en)\s+(?:Ihnen|dir|euch)\b",
        // Something of the seller's course or plan: a certificate, a private or bonus lesson, a
        // coaching, a level switched on: "Abschlusszertifikat", "Einzelstunde", "freigeschaltet".
        r"[\w-]*(?:zertifikat|urkunde)\b|\b(?:Einzel|Privat|Bonus|Video)(?:stunde|lektion|unterricht|coaching|level|stufe)\w*|\bCoaching\w*|\bfreigeschaltet\b|\bschalten\s+(?:wir\s+)?(?:dir|Ihnen|euch)\b",
        // A list of the people who review: "Wir führen eine Liste der Kunden, die …".
        r"\b(?:eine|die|unsere|diese[r]?)\s+(?:[\w-]+\s+)?Liste\b",
        // Turned into something for a good cause: "wird zu einer Dose Futter für das Tierheim".
        r"\b(?:wird|werden)\s+zu\s+(?:einer|einem|einen|\d+)\b|\bverwandel\w*\s+sich\b|\b(?:Tierheim|Tierschutz|Hilfsprojekt|Hilfsorganisation|Futterspende)\w*|\bgute[nr]?\s+Zweck\w*|\bwohltätig\w*",
        // A place on a list or in a circle of testers: "auf die Beta-Liste", "in den Testerkreis".
        r"\b(?:Beta|Test|Vorab|Warte|Gäste|Insider|Fan)[\s-]*(?:Liste|Kreis|Gruppe|Runde|Programm|Exemplar|Version|Zugang)\w*|\b\w+-?(?:kreis|runde|club|klub|familie|gemeinschaft|zirkel)\b|\w*Mitglied\w*|\bgehör(?:t|en|st)\s+(?:[\w-]+\s+)?zu\s+(?:unserer|unserem|unseren|unsrer)\b|\b(?:Händler|Partner|Großhandels|Werks)(?:preis|kondition|status|kreis|programm|tarif)\w*|\bauf\s+(?:die|unsere|der|unserer)\s+(?:[\w-]+\s+)?Liste\b",
        // A discount granted, a place on a wall, an extension on request.
        r"\bgewähren\s+wir\b|\bgewähr(?:t|en|leisten)\b|\b(?:Wand|Brett|Tafel)\b|\bNamen\s+(?:aller|jede[rs])\b|\bauf\s+Antrag\b",
        r"\b(?:schicken|senden|schenken|erstatten|verlängern|gewähren|mailen|spendieren|übernehmen)\s+wir\b|\bwir\s+(?:[\w-]+\s+){0,2}?(?:schicken|senden|schenken|erstatten|verlängern|gewähren|mailen|spendieren)\b",
        r"\bschalten\s+wir\b|\bfrei(?:schalten|geschaltet)\b|\baufgenommen\b|\b(?:VIP|Vorzugs|Sonder|Einkaufs|Mitglieds?)\w*|\b(?:Vorab)?[Zz]ugang\b|\bGarantieverlängerung\b|\bE-?Book\b|\bPDF\b|\bgratis\b|\bkostenlos\w*",
        r"\b(?:bekommt|bekommen|bekommst|erhält|erhalten|erhältst|kriegst|kriegt|kriegen)\b|\bohne\s+Versandkosten\b|\bvor\s+allen\s+anderen\b|\b(?:spenden|pflanzen|finanzieren)\s+wir\b|\bwir\s+(?:[\w-]+\s+){0,3}?(?:spenden|pflanzen)\b",
        r"\bfreizuschalten\b|\bzu\s+aktivieren\b",
        // Something offered by the seller, such as a session for the buyer's team: "bieten wir
        // eine Schulung an", "wir bieten Ihnen ein Webinar".
        r"\b(?:bieten|biete)\s+(?:wir|ich)\b|\bwir\s+(?:[\w-]+\s+){0,2}?(?:bieten|anbieten)\b|\b(?:Online-?|Vor-?Ort-?|Team-?)?(?:Einweisung|Schulung|Webinar|Workshop)\w*",
        // A benefit switched on or registered: "So aktivieren Sie die Garantie", "wir
        // registrieren die Verlängerung", "wird freigeschaltet".
        r"\baktivier(?:en|t|e|st|ung)\b|\bregistrier(?:en|t|e|st|ung)\b|\bfreigeschaltet\b",
        r"\b(?:säen|pflanzen|spenden|stiften|finanzieren|unterstützen)\s+wir\b|\bdürfen\s+sich\b|\bein\s+Extra\b|\baussuchen\b",
        r"\blegen\s+wir\b|\bbeilegen\b|\bProbe\b|\bvergeben\s+wir\b|\bbehalten\b|\bohne\s+Aufpreis\b|\bper\s+Express\b|\bverschicken\s+wir\b|\bstufen\s+wir\b|\bPreisstaffel\b|\bausgewählt\b|\bTester\w*|\bTesthaushalt\w*",
        // An invitation into a circle, expert help, or an earlier look: "laden wir ein", "betreut
        // unser Gärtner", "24 Stunden früher".
        r"\b(?:laden|nehmen)\s+wir\b|\bwir\s+(?:[\w-]+\s+){0,2}?(?:laden|nehmen)\b[^.!?\n]{0,60}?\b(?:ein|auf)\b|\beingeladen\b|\bEinladung\w*",
        r"\b(?:betreu|begleit)\w*|\bberät\b|\bberaten\s+wir\b|\b(?:persönliche|bevorzugte|vorrangige|exklusive)[nr]?\s+(?:Beratung|Betreuung|Support|Service|Kundendienst|Hotline)\b",
        // Buying or trying ahead of the launch: "vor dem offiziellen Verkaufsstart bestellen",
        // "noch vor der Markteinführung testen".
        r"\bvor\s+(?:dem|der)\s+(?:offiziellen\s+|eigentlichen\s+|regulären\s+|öffentlichen\s+)?(?:Verkaufsstart|Marktstart|Markteinführung|Verkaufsbeginn|Erscheinen|Erscheinungstermin|Launch|Release|Veröffentlichung)\b",
        r"\b(?:\d+|einen|zwei|drei|ein)\s+(?:Stunden?|Tage?n?|Wochen?)\s+(?:früher|eher|vorher|vor\s+(?:allen\s+)?anderen)\b|\bfrüher\s+als\s+(?:alle\s+)?andere\w*|\bvorab\b|\badoptier\w*|\bPatenschaft\w*",
        // A treat or an extra in the next parcel: "eine Tafel Schokolade", "im nächsten Paket
        // liegt …" (Swiss: "überchunnt bim nächste Päckli e Tafle Schoggi").
        r"\b(?:Schokolade\w*|Schoggi|Praline\w*|Süßigkeit\w*|Naschere\w*|Leckerei\w*|Kekse?|Bonbons?|Gummibärchen)\b|\b(?:überchunnt|überchömed|überchunsch|bechunnt|bechömed)\b",
        r"\b(?:im|beim|bim|in\s+der|bei\s+der|mit\s+der|mit\s+dem)\s+nächste[nmr]?\s+(?:Paket|Päckli|Päckchen|Bestellung|Lieferung|Sendung)\b",
        // Also with the buyer's own parcel named: "reist in Ihrem nächsten Paket mit", "liegt
        // Ihrer nächsten Bestellung bei", "wandert in deine nächste Lieferung".
        r"\b(?:in|bei|mit)\s+(?:Ihre[mrs]?|deine[mrs]?|eure[mrs]?|Ihr|dein|euer)\s+nächste[nmrs]?\s+(?:Paket|Päckli|Päckchen|Bestellung|Lieferung|Sendung)\b|\b(?:Ihre[mr]|deine[mr]|eure[mr])\s+nächste[nmr]?\s+(?:Paket|Päckchen|Bestellung|Lieferung|Sendung)\s+(?:[\w-]+\s+)?bei\b",
        // A higher tier: "steigen in den Gold-Status auf", "werden Platin-Mitglied".
        r"\b(?:Gold|Silber|Platin|Premium|Diamant)[\s-]*(?:Status|Mitglied\w*|Stufe|Level|Rang)\b|\baufsteigen\b|\bsteig(?:en|t)\s+[^.!?\n]{0,40}?\bauf\b|\bpersönliche[nr]?\s+\w*(?:beratung|betreuung)\b",
        // A clean-up done per review: "sammeln wir ein Kilo Plastik", "holen wir Müll aus der Spree".
        r"\b(?:entfernen|sammeln|fischen|holen|befreien|räumen)\s+wir\b|\bwir\s+(?:[\w-]+\s+){0,3}?(?:entfernen|sammeln|fischen|holen)\b|\b(?:Kilo(?:gramm)?|Tonnen?|Säcke?)\s+(?:\w*[Pp]lastik|Müll|Abfall)\w*",
        // A good deed done per review: a tree planted, a meal or a donation given.
        r"\b(?:Baum|Bäume[n]?|Setzling\w*|Jungbäume\w*|\w*tanne[n]?|Mahlzeit(?:en)?|Spende[n]?|gespendet|spenden)\b",
        // The reviewer's name in public: "nennen wir namentlich", "Ihr Name auf der Danke-Seite".
        r"\bnamentlich\b|\b(?:Ihr(?:en|em)?|dein(?:en|em)?|sein(?:en|em)|ihr(?:en|em))\s+Namen?\b|\bDank(?:e|es)?[\s-]*(?:Seite|Liste|Wand|Tafel)\b|\bEhrentafel\b|\bHall\s+of\s+Fame\b|\bverewig\w*|\b(?:nennen|erwähnen|drucken|listen)\s+wir\b|\babgedruckt\b",
        // Something sent out or found in the post: "das Set geht noch diese Woche an Sie raus",
        // "findet im nächsten Paket ein kleines Extra", "schicke ich Ihnen".
        r"\b(?:geht|gehen)\s+(?:[\w-]+\s+){0,6}?an\s+(?:Sie|dich|euch)\s+(?:raus|hinaus|heraus|ab|los)\b|\bfinde[nt]?\s+(?:[\w-]+\s+){0,5}?(?:im|in\s+(?:der|Ihrer|deiner|ihrer|seiner|ihrem|seinem|Ihrem|deinem))\s+(?:nächsten\s+)?(?:Paket|Päckchen|Briefkasten|Post|Lieferung|Sendung|Bestellung)\b|\bein\s+(?:kleines|besonderes|nettes)\s+Extra\b",
        // Also what goes to someone first: "die gehen bei uns immer zuerst an …".
        r"\b(?:schicke|sende|schenke|lege|spendiere)\s+ich\b|\bich\s+(?:[\w-]+\s+){0,2}?(?:schicke|sende|schenke|spendiere)\b|\b(?:geht|gehen)\s+(?:[\w-]+\s+){0,3}?(?:zuerst|als\s+erste[s]?|vorab|exklusiv|bevorzugt)\s+an\b",
        // Each review answered with something, a sample to try: "jede Rezension beantworten wir
        // mit 250 g", "bedanken wir uns mit einem Set Topflappen", "wir bedanken uns dafür mit
        // …", "ein Päckchen zum Probieren".
        r"\b(?:beantworten|belohnen|honorieren|vergelten|quittieren|danken|bedanken)\s+wir\b[^.!?\n]{0,40}?\bmit\b|\bwir\s+(?:[\w-]+\s+){0,2}?bedanken\s+uns\b[^.!?\n]{0,40}?\bmit\b|\bzum\s+(?:Probieren|Testen|Kosten|Ausprobieren|Verkosten)\b|\b(?:Kostprobe|Probierpäckchen|Probierpaket|Probiergröße|Probepackung)\w*",
        // The benefit handed to the reviewer named back in the dative: "Wer …, dem graviert er
        // …", "…, der schenkt unser Meister …", "…, denen schicken wir …".
        r"(?:^|[,;:–—-])\s*(?:dem|der|denen|demjenigen|derjenigen|denjenigen)\s+(?:[\w-]+\s+)?(?:schenk|schick|send|spendier|gravier|reservier|leg|gib|geb|stell|überreich|bring|widm|biet|zeig|erstatt|verlänger|gewähr|lad|ruf|näh|stick|pflanz|spend)\w*",
        // Time or a call from the maker, a seat kept: "ruft persönlich an", "ein persönliches
        // Telefonat mit dem Gründer", "reserviert einen Platz bei der Verkostung".
        r"\bruf(?:t|en|e)\s+[^.!?\n]{0,40}?\bpersönlich\b[^.!?\n]{0,20}?\ban\b|\bpersönliche[nrs]?\s+(?:Anruf|Telefonat|Gespräch|Videoanruf|Videocall|Rückruf|Führung)\b|\breservier\w*|\beinen\s+(?:festen\s+|freien\s+)?Platz\b|\bViertelstunde\b",
        // An account raised to a better standing: "stellen wir Ihr Konto auf den Partner-Status
        // um", a direct line, faster handling, longer payment terms.
        r"\b(?:stellen|stufen|heben|schalten|setzen)\s+wir\s+[^.!?\n]{0,60}?\b(?:um|hoch|herauf)\b|\b[\w]+-Status\b|\b(?:Partner|Premium|Vorzugs|Sonder|Stammkunden|VIP)status\b|\b(?:persönliche|bevorzugte|vorrangige|exklusive|direkte|schnellere)[nr]?\s+(?:Durchwahl|Bearbeitung|Behandlung|Ansprechpartner\w*|Leitung|Telefonnummer|Lieferung)\b|\bZahlungsziel\w*",
        // A name or initials engraved, embroidered or printed: "graviert Ihren Namen in die
        // Klinge", "mit Ihren Initialen bestickt".
        r"\b(?:gravier|eingravier|stick|bestick|einstick|präg|einpräg)\w*|\bGravur\w*|\bInitialen\b|\bMonogramm\w*",
        // A place on a list: "setzen wir Sie auf die Vorab-Liste", "tragen wir Sie ein".
        r"\b(?:setzen|tragen|schreiben)\s+wir\s+(?:Sie|dich|euch)\s+(?:[\w-]+\s+){0,3}?(?:auf|ein)\b",
        // A longer term entered for the buyer: "wir tragen die Verlängerung ein".
        r"\bVerlängerung\w*|\bwir\s+(?:tragen|buchen)\s+[^.!?\n]{0,60}?\b(?:ein|gut)\b",
        // A longer period than usual: "statt 30 ganze 90 Tage", "statt zwei Jahren drei", "statt
        // 14 Tagen eine Frist von 60 Tagen".
        r"\bstatt\s+(?:der\s+üblichen\s+)?(?:\d+|zwei|drei|vier|sechs|zwölf)\s+(?:Tagen?\s+|Monaten?\s+|Jahren?\s+)?(?:ganze\s+|volle\s+)?(?:\d+|zwei|drei|vier|fünf|sechs|zwölf)\s+(?:Tage|Monate|Jahre|Wochen)\b",
        r"\bstatt\s+(?:der\s+üblichen\s+)?(?:\d+|zwei|drei|vier|sechs|zwölf)\s+(?:Tagen?|Monaten?|Jahren?|Wochen)\b",
        // Something granted, the separable verb split or whole: "räumen wir Ihnen … ein",
        // "wird Ihnen eingeräumt".
        r"\b(?:räumen|räume)\s+(?:wir|ich)\b|\beinzuräumen\b|\beinräumen\b|\beingeräumt\b",
        // A place ahead of other buyers, or an early look: "stehen ganz vorne in der Schlange",
        // "gehören zu den Ersten, die …", "darf als Erster bestellen", "bevor sie in den regulären
        // Verkauf gehen", "einen exklusiven Blick auf die Kollektion".
        r"\b(?:ganz\s+)?vorn(?:e|an)?\s+in\s+der\s+(?:[\w-]+\s+)?(?:Schlange|Reihe|Warteschlange)\b|\bzu\s+den\s+(?:allerersten|Ersten)\b|\bals\s+(?:Erste|Erster|Allererste[rn]?)\s+(?:[\w-]+\s+){0,4}?(?:bestellen|kaufen|testen|probieren|ausprobieren|erfahren|sehen|erhalten|bekommen|dran|zugreifen|vorbestellen)\b|\bbevor\s+(?:sie|es|er|die\s+[\w-]+|der\s+[\w-]+|das\s+[\w-]+)\s+(?:[\w-]+\s+){0,2}?(?:in\s+den\s+(?:[\w-]+\s+)?(?:Verkauf|Handel|Shop)\s+(?:gehen|geht|kommen|kommt)|(?:offiziell\s+)?(?:erscheint|erscheinen)|auf\s+den\s+Markt\s+(?:kommen|kommt))\b|\b(?:exklusiven|frühen|ersten\s+exklusiven)\s+(?:Blick|Einblick)\b|\bVorab-?(?:blick|einblick)\w*",
        // An extra piece of the same kind, or one found in the parcel: "einen extra Kauknochen",
        // "findet in dieser Sendung eine zusätzliche Rolle", "finden eine kleine Überraschung".
        r"\bein(?:en|e|em)?\s+extra\s+\w+|\bfinde[nt]?\b[^.!?\n]{0,60}?\b(?:eine[nm]?|ein)\s+(?:zusätzliche[nmrs]?|kleine[nms]?\s+(?:Überraschung|Extra|Dankeschön|Geschenk)|Überraschung)\b",
        // First on a list: "als Erste auf der Liste", "ganz oben auf unserer Testerliste".
        r"\bals\s+(?:Erste|Erster|Erstes)\s+auf\s+(?:der|unserer)\s+(?:[\w-]+\s+)?\w*[Ll]iste\b|\b(?:ganz\s+)?oben\s+auf\s+(?:der|unserer)\s+\w*[Ll]iste\b",
        // Something put in the buyer's next parcel: "landet etwas in deinem Paket", "legen wir
        // eine Kleinigkeit in Ihre nächste Bestellung".
        r"\b(?:landet|landen|liegt|steckt|kommt|legen\s+wir|packen\s+wir|stecken\s+wir)\s+(?:[\w-]+\s+){0,5}?(?:etwas|eine\s+Kleinigkeit|ein\s+kleines\s+\w+)\s+(?:[\w-]+\s+){0,2}?in\s+(?:deinem|deine|Ihrem|Ihre|eurem|eure|dem|das|die)\s+(?:nächste[ns]?\s+)?(?:Paket|Päckchen|Karton|Bestellung|Sendung|Lieferung)\b",
        // A gift named by the infinitive after a decision: "beschlossen, allen … die Batterien zu
        // schenken".
        r"\bzu\s+(?:schenken|spendieren)\b",
        // A private sale or viewing, or a sample size: "zu unserem privaten Verkauf", "eine
        // Vorbesichtigung", "eine Miniatur", "ein Flakon in Reisegröße".
        r"\bprivate[nrms]?\s+(?:Verkauf\w*|Vorverkauf\w*|Sale|Verkaufsabend\w*|Abend\w*|Empfang\w*|Vorbesichtigung\w*|Vorstellung\w*|Shopping\w*|Termin\w*)|\bPrivat(?:verkauf|sale|termin|führung|besichtigung)\w*|\bVorbesichtigung\w*|\bVorpremiere\w*|\bMiniatur\w*|\w*[Rr]eisegröße\w*|\w*[Pp]robe(?:fläschchen|größe|flakon)\w*|\bPröbchen\b",
        // Given to a person, in the passive: "wird Ihnen ein Beutel zugesandt", "werden zuerst
        // beliefert".
        r"\b(?:wird|werden)\s+(?:Ihnen\s+|ihnen\s+|dir\s+|euch\s+|ihm\s+|ihr\s+)?(?:[\w-]+\s+){0,5}?(?:zugesandt|zugeschickt|geschickt|gesandt|gesendet|überreicht|geschenkt|gewährt|angeboten|zuteil|spendiert|beigelegt|beliefert)\b",
        // An item, named with "ein" or a number, sent or under way as what follows: "eine
        // Kauwurzel geht noch heute an Ihren Hund raus", "schon ist ein Beutel Leckerli für Ihren
        // Hund unterwegs", "ein Ball wird verschickt". (Eine Antwort, eine Sendungsnummer: see
        // the words of another sense.)
        r"\b(?:ein|eine|einen|zwei|drei|\d+)\s+(?:[\w-]+\s+){1,5}?(?:ist|sind|wird|werden|geht|gehen|kommt|kommen|macht|machen)\s+(?:sich\s+)?(?:[\w-]+\s+){0,5}?(?:unterwegs|verschickt|versandt|versendet|geschickt|zugeschickt|raus|hinaus|auf\s+(?:den|dem)\s+Weg)\b|\b(?:ist|sind|wird|werden|geht|gehen|kommt|kommen|macht|machen)\s+(?:sich\s+)?(?:(?:schon|sofort|gleich|direkt|dann|noch\s+heute)\s+)?(?:ein|eine|einen|zwei|drei|\d+)\s+(?:[\w-]+\s+){1,6}?(?:unterwegs|verschickt|versandt|versendet|geschickt|zugeschickt|raus|hinaus|auf\s+(?:den|dem)\s+Weg)\b",
    ],
    audience: &[
        // A group named as content, opening the sentence or asked: "Zufriedene Läufer bitten wir
        // um …", "Den begeisterten Gärtnerinnen unter Ihnen …", "bitten wir die zufriedenen
        // Leser …". (With the group's contentment, a condition.)
        r"(?:(?:(?m:^)[ \t]*(?:(?:[-*•·▪–]|\d{1,2}[.)])[ \t]+)?|[.!?:]\s+)|\b(?:bitten|laden|ermuntern|ermutigen|fragen)\s+wir\s+(?:(?:nur|gerade|vor\s+allem|besonders)\s+)?)(?P<m>(?:(?:den|die|allen|alle|unseren|unsere|unsren|unsre)\s+)?(?-i:[Zz]ufriedene|[Bb]egeisterte|[Gg]lückliche|[Üü]berzeugte)[nr]?\s+(?-i:[A-ZÄÖÜ])[\w-]+)",
        // A group the seller invites or asks, named by a relative clause: "laden wir Kundinnen und
        // Kunden, die …, ein", "wir bitten alle Käufer, denen …".
        r"\b(?:(?:laden|bitten|ermuntern|ermutigen)\s+wir|wir\s+(?:laden|bitten|ermuntern|ermutigen))\s+(?:[\w-]+\s+){0,4}?(?:\w*Kund(?:e|en|in|innen)|Käufer(?:in|innen)?|alle|diejenigen|jene|Menschen|Personen|Leute)\s*,\s+(?:die|denen|deren|bei\s+denen)\b",
        // "Für alle, denen …", "An alle, die …", "Wer …" am Satzanfang.
        // Also a group named by a noun: "an alle Kunden, die …", "für alle Hundehalter, deren …",
        // or by a pair of nouns: "an alle Leserinnen und Leser, die …".
        r"\b(?:für|an)\s+(?:alle|jeden|jede|all\s+jene|diejenigen|jene)(?:\s+[\w-]+){0,3}?\s*,?\s+(?:die|denen|deren|der)\b|(?m:^)[ \t]*(?:alle|diejenigen)\s*,?\s+(?:die|denen|deren|bei\s+denen|bei\s+dem)\b|(?:(?m:^)[ \t]*|[.!?:]\s+)wer\b",
        // A group named by nouns opening the sentence, the ask after it: "Alle Käuferinnen und
        // Käufer, die …, bitten wir …", "Allen Gästen, denen …, schreiben wir …".
        r"(?:(?m:^)[ \t]*|[.!?:]\s+)(?P<m>(?:alle|allen|sämtliche[n]?)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*,\s+(?:die|denen|deren|bei\s+denen)\b)",
        // Or a group of buyers named by its noun alone, opening the sentence: "Kundinnen und
        // Kunden, denen …, bitten wir …", "Den Stammkunden, die …", "Eltern, deren Kinder …".
        r"(?:(?m:^)[ \t]*|[.!?:]\s+)(?P<m>(?:(?:den|die|jenen|denjenigen|unseren|unsere)\s+)?(?:\w*(?:kund(?:e|en|in|innen)|käufer(?:n|in|innen)?|nutzer(?:n|in|innen)?|leser(?:n|in|innen)?|besteller(?:n|in|innen)?)|Eltern|Familien|Gäste[n]?|Menschen|Personen|Leute[n]?)(?:\s+(?:und|oder)\s+[\w-]+)?\s*,\s+(?:die|denen|deren|bei\s+denen)\b)",
        // Reviews wished from a group named by a relative clause: "Bewertungen von Kunden, die
        // …", "Rezensionen nur von denjenigen, bei denen …".
        r"\b(?:\w*bewertung(?:en)?|rezension(?:en)?|Feedback|Sterne)\s+(?:nur\s+|ausschließlich\s+|allein\s+)?(?:von|aus\s+dem\s+Kreis)\s+(?:den\s+|jenen\s+|allen\s+|denjenigen\s+)?(?:(?:[\w-]+\s+)?(?:\w*Kund(?:en|innen)|Käufer(?:n|innen)?|Menschen|Leuten|Personen|Familien)\s*,\s*|(?:jenen|denjenigen|allen)\s*,?\s+)(?:die|denen|deren|bei\s+denen)\b",
        // The group in the dative or by a pronoun alone, opening the sentence: "Allen, bei denen
        // das Ladegerät auf Anhieb funktioniert hat, wären wir für eine Bewertung dankbar",
        // "Denjenigen, deren …", "Jene, bei denen …".
        r"(?:(?m:^)[ \t]*|[.!?:]\s+)(?P<m>(?:allen|denjenigen|jenen|diejenigen|jene)\s*,?\s+(?:die|denen|deren|bei\s+denen|bei\s+dem)\b)",
        // Any group opening the sentence, named by what its item does: "Fahrer, bei denen die
        // Kette sauber schaltet, …", "Gärtner, deren Mäher wieder rund läuft, …".
        r"(?:(?m:^)[ \t]*|[.!?:]\s+)(?P<m>[\w-]+\s*,\s+(?:bei\s+denen|deren)\b)",
        // A request or a message addressed to a group named by any noun and a relative clause:
        // "Unsere Bitte richtet sich an die Familien, bei denen …", "diese Mail geht an die
        // Kundinnen, die …", "für unsere Gärtner, deren …".
        r"\b(?:an|für)\s+(?:die|unsere|all\s+die|jene|diejenigen)\s+(?:[\w-]+\s+)?[\w-]+\s*,\s+(?:die|denen|deren|bei\s+denen|für\s+die)\b",
        // A group named by how it went for them: "für alle, bei denen er schon sitzt", "an alle,
        // bei denen alles klappt".
        r"\b(?:für|an)\s+(?:alle|jeden|jede|diejenigen|jene)(?:\s+[\w-]+)?\s*,?\s+bei\s+(?:denen|dem|der)\b",
    ],
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
