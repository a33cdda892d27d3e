//! Italian.

use super::Lexicon;

/// An extra put in the buyer's next parcel: "nel tuo prossimo pacco troverai poi un parapioggia",
/// "aggiungeremo un bavaglino al tuo prossimo ordine". Something of value when it comes with a
/// review ask, and the link to it even in a sentence of its own (see `value` and `link`); where
/// it helps with a problem ("se manca una cinghia, …") it is help.
const NEXT_PARCEL_EXTRA: &str = r"\bprossim[oa]\s+(?:pacco|pacchetto|ordine|spedizione|consegna|acquisto)\b[^.!?\n]{0,60}?\b(?:troverai|troverà|troverete|conterrà|includerà|ci\s+sarà|avrà)\s+(?:(?:anche|poi|pure|in\s+più)\s+)?(?:un|una|uno|un['’]|due|tre|\d+|dei|delle|degli)|\b(?:aggiungeremo|inseriremo|metteremo|aggiungiamo|inseriamo|mettiamo)\s+(?:(?:anche|poi|pure)\s+)?(?:un|una|uno|un['’]|due|tre|\d+|dei|delle|degli)[^.!?\n]{0,60}?\bprossim[oa]\s+(?:pacco|pacchetto|ordine|spedizione|consegna|acquisto)\b";

/// A time of use, and no earlier: "dopo due settimane di utilizzo, non prima", "dopo qualche
/// giorno di passeggiate, non prima". It times the ask for every buyer, so it is no gate and its
/// "non prima" holds nothing back ("quando le adorerai, non prima" still holds the review for the
/// happy).
const AFTER_A_TIME_OF_USE: &str = r"\b(?:dopo|passat[ie])\s+(?:un|una|due|tre|quattro|cinque|sei|sette|otto|dieci|quindici|qualche|alcuni|alcune|un\s+paio\s+di|\d+)\s+(?:(?:buoni|buone)\s+)?(?:giorn[oi]|settiman[ae]|mes[ei]|nott[ei]|utilizz[oi]|us[oi]|lavaggi?o?|passeggiat[ae]|uscit[ae]|viaggi?o?|session[ei]|poppat[ae]|bagnett[oi])(?:\s+(?:di|d['’])\s*(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?,?\s+(?:e\s+)?non\s+prima\b";

/// Faults a piece of kit gives the body in use: "una vescica", "piaghe", "escoriazioni". Not a
/// problem word: a review held until "le vesciche siano un ricordo" still waits for the buyer
/// to be well. Denied, a good outing (see `it_denied_fault`).
macro_rules! it_wear_fault {
    () => {
        r"vescic(?:a|he)|piag(?:a|he)|escoriazion[ei]|sfregament[oi]"
    };
}

/// Faults that a buyer can say never happened: those of wear (see `it_wear_fault`) and water
/// getting in ("una goccia", "infiltrazioni", "condensa", "i piedi freddi"). Said as none
/// ("senza una vescica", "non ha fatto passare una sola goccia", "nessuna infiltrazione"), they
/// are the buyer's verdict that all went well (see `positive`).
macro_rules! it_denied_fault {
    () => {
        concat!(
            it_wear_fault!(),
            r"|gocci(?:a|e)(?:\s+d['’]\s*(?:acqua|pioggia))?|goccioline?|infiltrazion[ei]|condensa|umidità|perdite|perdita|(?:i\s+)?piedi\s+(?:freddi|bagnati|gelati|umidi|fradici)"
        )
    };
}

/// The same faults named bare after "senza", as many or as a mass: "senza vesciche", "senza
/// condensa", "senza i piedi bagnati". (A single one bare, "senza goccia", is no wording of its
/// own: "senza nessuna goccia" is read with its "nessuna".)
macro_rules! it_denied_faults_bare {
    () => {
        r"vesciche|piaghe|escoriazioni|sfregamenti|gocce(?:\s+d['’]\s*(?:acqua|pioggia))?|goccioline|infiltrazioni|condensa|umidità|perdite|(?:i\s+)?piedi\s+(?:freddi|bagnati|gelati|umidi|fradici)"
    };
}

/// Questions on a named topic, up to the topic's last word: "domande sull'aggiornamento",
/// "qualche curiosità sul montaggio", "domande tecniche riguardo al firmware" (see `other_sense`).
macro_rules! it_question_on_topic {
    () => {
        r"(?:(?:delle|qualche|altre|eventuali|ulteriori)\s+)?(?:domand[ae]|curiosità|quesiti|richiest[ae]\s+di\s+informazioni)\s+(?:(?:tecnic(?:a|he)|pratic(?:a|he))\s+)?(?:su|sul|sull['’]\s*|sulla|sullo|sui|sugli|sulle|riguardo\s+(?:a|al|alla|all['’]\s*|ai|agli|alle)|circa|relative\s+(?:a|al|alla|all['’]\s*|ai|agli|alle))\s*(?:[\p{L}'’-]{2,}\s+){0,3}?[\p{L}'’-]{2,}"
    };
}

/// A group named by its progress, improvement or enjoyment, in a relative clause: "che stanno
/// già facendo progressi", "il cui suono è migliorato", "che suonano già meglio", "che si
/// stanno divertendo" (see `positive`).
macro_rules! it_progress_group {
    () => {
        r"(?:\b(?:chi|cui|quali)|\b[\w']+[ie]\s+che)\s+(?:[\w'’-]+,?\s+){0,8}?(?:(?:fa|fanno|fai|fate|facendo|fatto|notano|nota|noti|notate|notando|notato|vedono|vede|vedi|vedete|vedendo|visto|sentono|sente|senti|sentite|sentendo|sentito|avvertono|avverte|avvertito|toccano\s+con\s+mano)\s+(?:[\w'’-]+\s+){0,3}?(?:progress[oi]|miglioramenti|miglioramento|differenza|passi\s+avanti)|progredisc\w*|progredit[oaie]|(?:è|sono|si\s+è|si\s+sono|ha|hanno|sta|stanno|stia|stiano)\s+(?:già\s+|molto\s+|davvero\s+|parecchio\s+|nettamente\s+|decisamente\s+)?(?:migliorat[oaie]|migliorando)|(?:suona|suonano|suoni|suonate|canta|cantano|cantate)\s+(?:già\s+|molto\s+|decisamente\s+|davvero\s+)?meglio|(?:si|vi|ti)\s+(?:(?:sta|stanno|state|stai)\s+)?divert\w*)\b"
    };
}

/// An ask of the buyer that governs a third party's stars (`rated_stars`) in their sentence:
/// before them, the verbs of giving, awarding, leaving or rating as an ask (`star_ask`); after
/// them, words that wish them of the buyer or the review link (`star_tail`).
macro_rules! it_star_ask {
    () => {
        r"\bdai\s+(?:a|al|alla|allo|ai|alle|agli|all['’]\s*|cinque|5|pure|anche|subito)\b|\b(?:dacci|dategli|dateci|datele|(?:ci|le|gli)\s+(?:dia|assegni|metta|lasci|attribuisca|conceda|regali)|assegna(?:ci|gli|le)|assegnate(?:ci|gli|le)|attribuisci|attribuisca|attribuite|metti(?:ci|gli|le)|mettete(?:ci|gli|le)|lascia(?:ci|gli|le)|lasciate(?:ci|gli|le)|regala(?:ci|gli|le)|valuta(?:ci|lo|la)|(?:dar|assegnar|lasciar|metter|attribuir|regalar|conceder|valutar)(?:ci|gli|le))\b|\b(?:può|potrebbe|potresti|puoi|vorrebbe|vorresti)\s+(?:ci\s+|gli\s+|le\s+)?(?:dare|assegnare|attribuire|regalare|concedere)\b"
    };
}

macro_rules! it_star_tail {
    () => {
        r"[^.!?\n]{0,30}?(?:\b(?:da\s+(?:parte\s+)?(?:sua|tua|vostra)|da\s+(?:lei|te|voi))\b|\{\{\s*links\.\w*(?:review|feedback))"
    };
}

/// Those who grade a person, a performance or a show rather than a thing's test: a jury,
/// judges, examiners, critics, a newspaper or magazine (`rated_stars`).
macro_rules! it_judges {
    () => {
        r"(?:giurie?|giudici|giudice|commission[ei](?:\s+d['’]esame)?|esaminat(?:ori|ore|rici|rice)|critic[oi]|critica\s+(?:musicale|specializzata|gastronomica)|giornal[ei]|quotidian[oi]|stampa|rivist[ae]|settimanal[ei]|magazine|giornalist[ai]|editorialist[ai]|redattric[ei]\s+di\s+moda|redattor[ei]\s+di\s+moda|critica\s+(?:di\s+moda|d['’]arte))"
    };
}

/// Stars or a top mark those judges give (`rated_stars`): "cinque stelle", "il voto massimo".
macro_rules! it_judged_mark {
    () => {
        r"(?:(?:5|cinque)\s+(?:su\s+(?:5|cinque)\s+)?stelle|(?:il\s+|la\s+)?(?:punteggio|voto|valutazione)\s+(?:massim[oa]|pien[oa])|il\s+massimo\s+dei\s+voti)"
    };
}

/// Things a design carries stars on: a dial, a pendant, a print, a lining (`rated_stars`).
macro_rules! it_star_design {
    () => {
        r"(?:quadrant[ei]|ciondol[oi]|medaglion[ei]|stamp[ae]|fantasi[ae]|motiv[oi]|tessut[oi]|foder[ae]|foulard|sciarp[ae]|manic[ah]e|collett[oi]|colletti|polsin[oi]|cinturin[oi]|bracciale|braccialetti|braccialetto|bracciali|fibbi[ae]|cass[ae]|lunett[ae]|coperchi[oi]|logo|stemm[ai]|emblem[ai]|toppe?|chiusur[ae]|anell[oi]|collan[ae]|orecchin[oi]|spill[ae]|orl[oi]|tacch[oi]|tacchi|suol[ae]|tazz[ae]|piatt[oi]|soffitt[oi]|lampad[ae]|paralum[ei]|copert[ae]|plaid|tel[ae]|poster|cornic[ei]|bordi?|caten[ae]|catenin[ae]|bottoni|bottone|tasch[ae]|tasche)"
    };
}

/// Where stars of praise or a self-grade end: the sentence ends there (after "oggi", "già" …),
/// or goes on with words that ask for nothing (", anche se il risultato non è perfetto", "e poi
/// …"). A wish, a request or stars for the seller after them ("sarebbero fantastiche", ", per
/// favore", "ce le dai", "e anche a noi") leave them a star count.
macro_rules! it_praise_end {
    () => {
        r"(?:\s+(?:oggi|questa\s+settimana|già|ancora|pure))?\s*(?:[.!…)]|(?m:$)|[,;:–—-]?\s+(?:anche\s+se|pure\s+se|qualunque|comunque|non|perché|ma|e\s+(?:un[oa]?|il|la|lo|le|i|gli|poi|passa|vai|continua))\b)"
    };
}

/// Hair, skin or a part of them, as a beauty result is said of it: "i capelli", "la pelle",
/// "le punte", "i pori", "le lunghezze" (see `it_complaint_lessened`).
macro_rules! it_beauty_part {
    () => {
        r"(?:capelli|chioma|pelle|cute|cuoio\s+capelluto|viso|incarnato|punte|lunghezze|ciocche|pori|rughe|rughette|linee\s+d['’]espressione|macchie|occhiaie|borse|imperfezioni|brufoli|rossori|labbra|ciglia|sopracciglia|unghie|ricci|onde|frangia)"
    };
}

/// A win in a game, a match or a race, now, to come or done: "vinci", "vincerai", "hai vinto".
macro_rules! it_win_verb {
    () => {
        r"(?:vinci|vince|vincete|vincono|vincerai|vincerà|vincerete|(?:hai|ha|avete|hanno|avrai|avrà|avrete)\s+vinto)"
    };
}

/// "Meno" and a complaint of hair or skin: "meno crespi", "meno arrossata", "meno dilatati".
macro_rules! it_less_complaint {
    () => {
        r"meno\s+(?:cresp|secc|arid|rovinat|sciupat|danneggiat|spezzat|sfibrat|apert|opac|spent|grass|unt|arrossat|irritat|screpolat|ruvid|tirat|reattiv|sensibil|marcat|dilatat|evident|profond|segnat|gonfi|stanc|elettric|appesantit|pesant|impastat|stressat)\w*"
    };
}

/// A beauty complaint lessened, said of the hair or skin as a state, with no perception verb:
/// "i capelli sono meno crespi", "punte meno rovinate", "i pori ti sembrano meno dilatati", "la
/// pelle è già meno secca e meno arrossata". Only a copula stands between the part and the
/// "meno", never a "non": "i capelli non sono meno crespi" is a result missed. The complaints
/// are the look of hair and skin, never a fault of the goods.
macro_rules! it_complaint_lessened {
    () => {
        concat!(
            r"\b(?:(?:il|la|lo|i|gli|le|l['’]|tuo|tua|tuoi|tue|suo|sua|suoi|sue|vostr[oaie]|vostri)\s*){0,2}",
            it_beauty_part!(),
            r"\s+(?:(?:ti|le|vi|ci)\s+)?(?:(?:è|sono|sia|siano|sarà|saranno|sembra|sembrano|sembri|appare|appaiono|paiono|resta|restano|rimane|rimangono|risulta|risultano|diventa|diventano|(?:è|sono)\s+diventat[oaie]|(?:è|sono)\s+(?:già\s+)?tornat[oaie]|torna|tornano|si\s+presenta(?:no)?)\s+)?",
            r"(?:(?:già|molto|decisamente|visibilmente|davvero|finalmente|ancora|sempre|un\s+po['’]|nettamente|sensibilmente)\s+)?",
            it_less_complaint!(),
            r"(?:(?:\s*,\s*|\s+e\s+|\s+ed\s+)(?:(?:il|la|lo|i|gli|le|l['’]|tuo|tua|tuoi|tue|suo|sua|suoi|sue)\s*){0,2}(?:",
            it_beauty_part!(),
            r"\s+(?:(?:è|sono|sembra|sembrano|appaiono|restano|rimangono|risultano)\s+)?)?(?:(?:già|molto|decisamente|visibilmente|davvero|un\s+po['’])\s+)?",
            it_less_complaint!(),
            r")*"
        )
    };
}

/// The part working without trouble, told in a mechanic's words: silent, without a noise or a
/// jolt, running smooth ("gira fluida", "scorre libera", "frena dolce"), no longer skipping or
/// squeaking ("non salta più", "non fa più rumore", "non fa più quel rumore strano"), a pen, a
/// printer or a shredder over its fault ("non graffia più", "non s'inceppa più", "non lascia più
/// righe"), a duvet or a cushion over its own ("non fa più grumi", "la piuma non si accumula più",
/// "non perde più piume"), or through the buyer's test ("ha superato il tuo test notturno"). Said
/// as the time or condition of an ask, it is the buyer's verdict.
macro_rules! it_running_well {
    () => {
        concat!(
            r"(?:silenzios[oaie]|in\s+silenzio",
            r"|senza\s+(?:il\s+minimo\s+|il\s+più\s+piccolo\s+|un\s+solo\s+|una\s+sola\s+)?(?:rumor[ei]|fischi[oi]?|cigolii?|cigolio|scricchiolii?|scricchiolio|ticchettii?|ticchettio|vibrazion[ei]|strapp[oi]|scatti|intopp[oi]|incertezze|esitazion[ei]|salti)",
            // A device or its software running clean, said the same way: "senza file corrotti né
            // riavvii", "senza crash o disconnessioni".
            r"|senza\s+(?:un\s+solo\s+|una\s+sola\s+|alcun[oa]?\s+)?(?:file\s+corrott[oi]|crash|riavvii?|blocchi|disconnession[ei]|interruzion[ei]|cadute\s+di\s+(?:segnale|connessione)|lag)(?:\s*(?:,|\bné|\bo|\be)\s*(?:file\s+corrott[oi]|crash|riavvii?|blocchi|disconnession[ei]|interruzion[ei]|cadute\s+di\s+(?:segnale|connessione)|lag))*",
            // Staying stable over a time of use, lasting a whole session, or firing on time: "è
            // rimasta stabile", "la batteria ha retto tutta la partita", "le routine partono
            // all'orario giusto". ("È stabile", said of a mount in a tip, is no verdict.)
            r"|(?:(?:è|sono|sia|siano)\s+)?(?:rimast|restat)[oaie]\s+(?:(?:sempre|del\s+tutto|perfettamente)\s+)?stabil[ei]|(?:resta|restano|rimane|rimangono)\s+(?:(?:sempre|perfettamente)\s+)?stabil[ei]",
            r"|(?:(?:ha|hanno|abbia|abbiano|avrà|avranno)\s+(?:retto|tenuto)|regge|reggono|reggerà|tiene|tengono|terrà)\s+(?:per\s+)?tutt[oa]\s+(?:la|il|l['’])\s*(?:partita|giornata|sessione|serata|notte|gara|match|viaggio|turno|torneo|giorno|allenamento)",
            r"|(?:parte|partono|scatta|scattano|si\s+attiva|si\s+attivano|si\s+accende|si\s+accendono)\s+(?:(?:sempre|ormai|finalmente|davvero)\s+)?(?:all['’]\s*orario\s+(?:giusto|previsto|impostato)|all['’]\s*ora\s+giusta|in\s+orario|puntual[ei]|puntualmente|al\s+minuto)",
            r"|(?:gira|girano|girerà|gireranno|scorre|scorrono|scorrerà|funziona|funzionano|funzionerà|frena|frenano|frenerà|cammina|camminano|tira|tirano|cambia|cambiano|innesta|innestano|stacca|staccano|risponde|rispondono)\s+(?:(?:di\s+nuovo|ancora|finalmente|ormai|davvero|proprio|già|bella)\s+)?(?:fluid[oaie]|fluidamente|liscio|lisci[ae]?|liber[oaie]|bene|benissimo|alla\s+grande|a\s+meraviglia|perfettamente|dolce|dolcemente|precis[oaie]|rotond[oa]|tond[oa]|senza\s+(?:intoppi|problemi|esitazioni|strappi|scatti|rumori|sforzo)|come\s+(?:un\s+orologio|nuov[oaie]|prima|si\s+deve|dovrebbe|deve))",
            r"|(?:va|vanno|andrà|andranno)\s+(?:liscio|lisci[ae]?|alla\s+grande|a\s+meraviglia|come\s+un\s+orologio)",
            r"|non\s+(?:(?:ci\s+|si\s+|s['’]\s*)?(?:graffia|graffiano|sbava|sbavano|spande|spandono|macchia|macchiano|trapassa|trapassano|inceppa|inceppano|cola|colano|sbaffa|sbaffano|salta|saltano|slitta|slittano|fischia|fischiano|cigola|cigolano|scricchiola|scricchiolano|vibra|vibrano|gratta|grattano|sbanda|sbandano|strappa|strappano|batte|battono|ticchetta|ticchettano|fuma|fumano|sfarfalla|sfarfallano|balla|ballano|sobbalza|sobbalzano|tentenna|aggruma|aggrumano|ammassa|ammassano|ammucchia|ammucchiano|accumula|accumulano|appiattisce|appiattiscono|sgonfia|sgonfiano|infeltrisce|infeltriscono|sfilaccia|sfilacciano|perde\s+(?:olio|colpi|acqua|piume|piumette|pelucchi|fibre|peli|pelo)|perdono\s+(?:olio|colpi|acqua|piume|piumette|pelucchi|fibre|peli|pelo))\s+(?:mai\s+)?più|(?:lascia|lasciano|lascerà|lasceranno)\s+più\s+(?:righe|strisce|macchie|aloni|sbavature|segni|striature|baffi)|(?:fa|fanno|farà|faranno)\s+più\s+(?:alcun\s+|nessun\s+|quel(?:lo)?\s+|quei\s+|quest[oi]\s+|il\s+|i\s+|un\s+)?(?:(?:stran[oi]|brutt[oi]|fastidios[oi]|piccol[oi])\s+)?(?:rumor[ei]|capricci|scherzi|storie|grumi|nodi|pallini|pelucchi|bozzi|avvallamenti)|si\s+sent(?:e|ono)\s+più\s+(?:alcun\s+|nessun\s+|quel(?:lo)?\s+|quei\s+|quest[oi]\s+|il\s+|i\s+|un\s+)?(?:(?:stran[oi]|brutt[oi]|fastidios[oi]|piccol[oi])\s+)?(?:rumor|fisch|cigol|scricchiol|ticchett)\w*|(?:senti|sente|sentite|sentono|avverti|avverte)\s+più\s+(?:alcun[a]?\s+|nessun[a]?\s+|la\s+|il\s+|quel(?:la)?\s+)?(?:pressione|dolore|fastidio|indolenzimento|peso|ronzio|fruscio|eco))",
            // The stiffness or discomfort of a new thing gone, which is the buyer's verdict that it
            // settled in well: "non ti sembrerà più duro", "non è più così rigida", "non sono più
            // scomode", a pillow or a filling "non più piatto né duro". Said in the clause of a
            // condition, not as a tip: "se non ti sembra più duro, …" waits on the cushion having
            // settled in. Two such words joined with "né" read as one, so the "né" turns nothing
            // around.
            r"|non\s+(?:(?:ti|le|vi|gli|ci)\s+)?(?:sembr(?:a|ano|i|ino|erà|eranno)|par(?:e|ono|rà|ranno)|risult(?:a|ano|erà|eranno)|è|sono|sarà|saranno|sia|siano|appar(?:e|ono|irà|iranno))\s+più\s+(?:(?:così|tanto|troppo)\s+)?(?:(?:dur|rigid|scomod|strett|ruvid|legnos|spigolos|piatt|sgonfi|schiacciat|sottil|bitorzolut)[oaie]|(?:pesant|ingombrant)[ei])(?:\s*(?:,|\bné\b|\bo\b|\be\b)\s*(?:(?:così|tanto|troppo)\s+)?(?:(?:dur|rigid|scomod|strett|ruvid|legnos|spigolos|piatt|sgonfi|schiacciat|sottil|bitorzolut)[oaie]|(?:pesant|ingombrant)[ei]))*",
            // The good feel of a textile or a filling kept up over time, or the buyer waking well:
            // "continua a darti questa sensazione di fresco", "ti dà ancora quella sensazione di
            // morbidezza", "continua a tenerti al caldo", "ti svegli senza il collo rigido". In the
            // clause of a condition ("finché …", "se …") the ask waits on the buyer still liking
            // it; the feel named as what the item does ("il lino dà una sensazione di fresco") is
            // no clause of one and asks nothing.
            r"|(?:continua|continuano|continuerà|continueranno|continui|continuino|continuasse|continuassero)\s+a\s+(?:dar|regalar|offr|trasmett|lasciar)(?:e|ti|le|vi|ci|gli)\s+(?:(?:sempre|ancora|ogni\s+notte|la\s+notte)\s+)?(?:(?:quell[ao]|quest[ao]|la|il|una|un|lo\s+stesso|la\s+stessa)\s+)?(?:(?:bell[ao]|piacevole|stess[ao])\s+)?(?:sensazione|senso|effetto)\s+di\s+(?:fresco|freschezza|morbidezza|leggerezza|benessere|comfort|calore|tepore|pulito|sollievo|relax|coccola|nuovo)",
            r"|(?:ti|le|vi|gli)\s+(?:dà|danno|darà|daranno|regala|regalano|trasmette|trasmettono)\s+ancora\s+(?:(?:quell[ao]|quest[ao]|la|il|una|un|lo\s+stesso|la\s+stessa)\s+)?(?:(?:bell[ao]|piacevole|stess[ao])\s+)?(?:sensazione|senso|effetto)\s+di\s+(?:fresco|freschezza|morbidezza|leggerezza|benessere|comfort|calore|tepore|pulito|sollievo|relax|coccola|nuovo)",
            r"|(?:continua|continuano|continuerà|continueranno|continui|continuino)\s+a\s+(?:tener|mantener)(?:ti|le|vi|ci|gli)\s+(?:(?:sempre|ancora)\s+)?(?:fresc(?:o|a|hi|he)|cald[oaie]|asciutt[oaie]|al\s+fresco|al\s+caldo|all['’]\s*asciutto)",
            r"|(?:ti|si|vi|le|ci)\s+svegli(?:a|ano|ate|amo)?\s+(?:(?:già|finalmente|ormai|ora|adesso|ogni\s+mattina)\s+)?(?:senza\s+(?:(?:il|la|i|le|più|alcun|nessun)\s+)?(?:collo\s+rigido|schiena\s+rigida|collo\s+indolenzito|dolor[ei]|mal\s+di\s+(?:schiena|collo|testa)|rigidità|torcicollo|indolenzimento|cervicale)|riposat[oaie])",
            // The buyer's body thanking the item, said of a time to come: "la schiena ringrazierà",
            // "i piedi ti ringrazieranno". In the clause of a condition, the buyer being well.
            r"|(?:(?:la|le|il|i|lo|gli)\s+)?(?:(?:tua|tuo|tue|tuoi)\s+)?(?:schiena|collo|cervicale|spalle|piedi|gambe|ginocchia|polsi|mani|occhi|lombari|coccige|postura|pelle|capelli)\s+(?:ti\s+|le\s+|vi\s+)?(?:ringrazi(?:a|ano|erà|eranno))",
            r"|(?:ha|hanno|abbia|abbiano|avrà|avranno|avesse|avessero)\s+(?:(?:già|brillantemente|bene|davvero)\s+)?(?:superat|passat)[oaie]\s+(?:a\s+pieni\s+voti\s+)?(?:la|il|l['’]|lo|i|gli|le)\s*(?:[\w'’-]+\s+){0,2}?(?:prov[ae]|test|collaud[oi]|esam[ei])",
            r")\b"
        )
    };
}

/// What follows "una volta" when it opens a time clause: "che", an article or a possessive, an
/// adverb, or a participle ("una volta rodate"); never "una volta al mese", "una volta per
/// tutte", "una volta ogni 1000 km".
macro_rules! it_after_once {
    () => {
        r"(?:che\b|(?:il|lo|la|l['’]|i|gli|le|tu[oaie]|tuoi|su[oaie]|suoi|vostr[oaie]|nostr[oaie]|ben|bene|ormai|finalmente|completamente|tutto|tutta)\b|[\w-]+(?:at|it|ut)[oaie]\b)"
    };
}

pub(super) const LEXICON: Lexicon = Lexicon {
    code: "it",
    steering: &[
        // Five stars a third party gives (read as another sense: "il nostro gatto ha dato le sue
        // cinque stelle") followed, in its sentence or the next, by the same wished of the buyer:
        // "Speriamo anche Lei!", "e spero che anche tu", "E tu?", "sarai d'accordo".
        r#"\b(?:5|cinque)\s*stelle\b[^.!?\n]{0,80}?(?:[,;:–—-]\s*|\s+(?:e|quindi|ma)\s+|[.!?…]+["»)]*\s+)(?P<m>(?:(?:e|ma)\s+)?(?:(?:speriamo|spero|ci\s+auguriamo|mi\s+auguro)\s+(?:che\s+)?)?(?:(?:anche|pure)\s+(?:tu|Lei|voi)|(?:tu|Lei|voi)\s+(?:anche|pure))\s*(?:[!?.…,:;)–—-]|(?m:$))|(?:(?:e|ma)\s+)?(?:speriamo|spero|ci\s+auguriamo|mi\s+auguro)\s+(?:che\s+)?(?:(?:anche|pure)\s+(?:tu|Lei|voi)|(?:tu|Lei|voi)\s+(?:anche|pure))\b|(?:e\s+)?(?:tu|Lei|voi)\s*\?|(?:(?:speriamo|spero)\s+(?:che\s+)?)?(?:sarai|sarà|sarete|sei|è|siete)\s+d[\x27’]accordo)"#,
        r"\b(?:5|cinque)\s*stelle\b|\b(?:punteggio|voto|valutazione)\s+(?:massim[oa]|pien[oa])\b|\bil\s+massimo\s+dei\s+voti\b",
        r"\b(?:recension[ei]|valutazion[ei]|feedback|commenti?|giudizi[oi]?|voti?)\s+(?:molto\s+)?(?:positiv[aeio]|favorevol[ei]|ottim[aeio]|eccellent[ei]|entusiast[aeio]|perfett[aeio]|buon[aeio]?|alt[aeio]|massim[aeio])\b",
        r"\b(?:buon[aeo]?|ottim[aeo]|bell[aeo]|splendid[aeo]|alt[aeo])\s+(?:recension[ei]|valutazion[ei]|feedback|voti?|giudizi[oi]?)\b",
        r"\b(?:non\s+(?:lasci|lasciate|lasciare|scriva|scrivete|scrivere|dia|date|mettere)|evit(?:i|ate|are)\s+di\s+(?:lasciare|scrivere)|invece\s+di)\s+(?:[\w'-]+\s+){0,3}?(?:recension[ei]|valutazion[ei]|feedback|commenti?|voti?)\s+(?:negativ[aeio]|sfavorevol[ei]|cattiv[aeio]|bass[aeio])\b",
    ],
    feedback_change: &[
        r"\b(?:rimuov\w*|rimoss\w*|elimin\w*|cancell\w*|modific\w*|cambi(?:are|ate|i|arla|arle)|aggiorn\w*|rived\w*|rivist\w*|ritir\w*|correg\w*|alz\w*|migliorare)\s+(?:[\w'-]+\s+){0,3}?(?:recension[ei]|valutazion[ei]|feedback|commenti?|voti?|giudizi[oi]?|stelle)\b",
        r"\b(?:rimozione|modifica|cancellazione|eliminazione|revisione)\s+(?:della\s+|del\s+|dei\s+|delle\s+|di\s+)?(?:sua\s+|tua\s+|vostra\s+)?(?:recension[ei]|valutazion[ei]|feedback|commenti?)\b",
    ],
    marketing: &[
        r"\b(?:scopr\w+|visit\w+|dai|date|dia)\s+(?:anche\s+)?(?:un'occhiata\s+(?:a|ai|agli|alla|al)\s+)?(?:tutti\s+)?(?:i\s+|il\s+|la\s+|le\s+|gli\s+)?(?:nostr[aeio])\s+(?:[\w'-]+\s+){0,2}?(?:prodotti|articoli|collezion[ei]|negozio|store|catalogo|vetrina|selezione)\b",
        r"\b(?:altri|nuovi)\s+(?:nostri\s+)?(?:prodotti|articoli|modelli)\b|\bpotrebbe(?:ro)?\s+(?:anche\s+)?piacer(?:le|ti|vi)\b",
        // Just in, said of what is on sale: "i modelli appena arrivati", "appena arrivati in
        // negozio", a heading "Appena arrivati!". (The buyer's parcel just delivered, "lo usa
        // appena arrivato", is no such thing.)
        r"\bnovità\b|\bnuova\s+collezione\b|\b(?:prodott[oi]|articol[oi]|modell[oi]|collezion[ei]|color[ei]|arrivi|gust[oi]|variant[ei])\s+(?:[\w'-]+\s+)?appena\s+arrivat[oaie]\b|\bappena\s+arrivat[oaie]\s+(?:in|nel|nello|nella|sul|sullo|sulla)\s+(?:negozio|catalogo|store|shop|vetrina|collezione|assortimento)\b|(?m:^)[ \t]*appena\s+arrivat[oaie]\s*[:!]",
        r"\b(?:saldi|promozion[ei]|promo|offert[ae]\s+(?:speciali?|esclusiv[ae]|limitat[ae]|lampo)|black\s+friday|svendita|sconti?)\b",
        r"\b(?:codic[ei]\s+(?:promo\w*|sconto)|coupon|buon[oi]\s+(?:sconto|regalo|acquisto)|carta\s+regalo|gift\s*card)\b|\b\d+\s*%\s*(?:di\s+)?sconto\b",
        r"\bseguic[ih]\b|\bseguiteci\b|\biscriv(?:iti|etevi|ersi)\s+alla\s+(?:nostra\s+)?newsletter\b|\bnewsletter\b|\bnostr[ao]\s+(?:pagina\s+)?(?:instagram|facebook|tiktok|youtube)\b",
        r"\bregalo\s+(?:gratuito|omaggio)\b|\bomaggio\s+(?:per\s+(?:te|lei|voi)|esclusivo|speciale)\b|\bcampion[ei]\s+gratuit[io]\b",
    ],
    request: &[
        r"\b(?:lasci\w*|scriv\w*|pubblic\w*|condivid\w*|d(?:ia|ate|are)|inser\w*|rilasci\w*|mett\w*)\s+(?:[\w'-]+\s+){0,4}?(?:recension[ei]|valutazion[ei]|feedback|commenti?|opinion[ei]|giudizi[oi]?|stelle)\b",
        // The infinitive "valutare" asks only with what is rated: bare, it is as often the seller
        // weighing something ("dobbiamo valutare come procedere"), which is no ask.
        r"\b(?:valut(?:i|ate|arci|arlo|arla)|recensir\w*)\s+(?:il\s+prodotto|l'articolo|il\s+venditore|il\s+(?:nostro\s+)?negozio|(?:il\s+)?suo\s+acquisto|questo\s+prodotto)?|\bvalutare\s+(?:il\s+prodotto|l'articolo|il\s+venditore|il\s+(?:nostro\s+)?negozio|(?:il\s+)?(?:suo|tuo|vostro)\s+acquisto|questo\s+prodotto|(?:il\s+|la\s+)?(?:nostr[oa]|su[oa]|tu[oa]|vostr[oa])\s+(?:negozio|shop|store|servizio|prodotto|articolo|acquisto|ordine|esperienza)|(?:quest[oa]|l')\s*(?:negozio|shop|store|servizio|articolo|acquisto|ordine|esperienza))|\bvalutare\s*(?:[:?]|\{\{|$)",
        r"\b(?:valutazione|feedback)\s+(?:del|sul|al)\s+venditore\b",
        // Wishing to read it in a review: "ci piacerebbe leggerlo in una recensione".
        r"\b(?:leggerl[oaie]|vederl[oaie]|ritrovarl[oaie]|trovarl[oaie]|scoprirl[oaie])\s+(?:[\w'-]+\s+){0,2}?(?:in\s+una\s+(?:recensione|valutazione)|(?:sulla|nella)\s+(?:pagina|scheda)\s+(?:del\s+prodotto|dell'articolo|di\s+Amazon)|su\s+Amazon)\b",
        r"\b(?:saremmo|siamo|saremo)\s+(?:molto\s+)?(?:grati|felici|lieti)\s+(?:se\s+(?:volesse|potesse|vorrà|potrà)|di\s+(?:leggere|ricevere))\s+(?:[\w'-]+\s+){0,4}?(?:recensione|valutazione|opinione|feedback)\b",
        r"\b(?:prendersi|dedicare)\s+(?:qualche|un)\s+(?:istante|minuto|momento)\s+per\s+(?:lasciare|scrivere|valutare)\b",
        r"\blink\s+per\s+(?:lasciare\s+)?(?:la\s+|una\s+)?recensione\b",
        // Telling it in a review, asked of the buyer: "raccontalo con una recensione",
        // "ce lo racconti in una valutazione".
        r"\braccont(?:a|i|ate|alo|ala|atelo|atela|aci|ateci|arlo|arla|are)\s+(?:[\w'-]+\s+){0,2}?(?:con|in)\s+(?:una|la\s+tua|la\s+sua|la\s+vostra)\s+(?:recensione|valutazione)\b",
        // Telling it on Amazon or on the product page, asked of the buyer: "ci racconti com'è
        // andata nella pagina del prodotto", "lo scriva su Amazon", "dillo sulla scheda".
        r"\b(?:(?:ce\s+)?lo\s+|ci\s+)?(?:racconti|raccontaci|raccontalo|racconta|raccontateci|raccontatelo|condivida|condividi|condividetelo|condividila)\b[^.!?\n]{0,50}?\b(?:su\s+Amazon|(?:sulla|nella)\s+(?:pagina|scheda)\s+(?:del\s+prodotto|dell'articolo|di\s+Amazon))\b|\b(?:(?:ce\s+)?lo\s+|ci\s+)?(?:scriva|scrivilo|scrivetelo|dica|dicci|dillo|ditelo)\b[^.!?\n]{0,50}?\b(?:sulla|nella)\s+(?:pagina|scheda)\s+(?:del\s+prodotto|dell'articolo)\b",
    ],
    mention: &[
        r"\b(?:recension[ei]|recensir\w*|valutazion[ei]|valutar\w*|feedback|stelle)\b|\b(?:sua|tua|vostra|un')\s*opinione\b|\bgiudizi[oi]\s+(?:sul|sull'|del)\b",
        // Little stars as a rating: counted, the buyer's, or put on the page ("cinque stelline",
        // "le tue stelline", "stelline su Amazon"). Bare, they are a child's stickers or a
        // chart's magnets as often ("la tabella delle stelline", "le stelline già guadagnate").
        r"\b(?:\d|un[ao]|due|tre|quattro|cinque|qualche|(?:le\s+)?(?:tue|sue|vostre))\s+stelline\b|\bstelline\s+(?:(?:su|sulla|nella|per)\s+(?:Amazon|(?:la\s+)?(?:pagina|scheda))|(?:a|al|alla|all['’]|ai|agli|alle)\s*(?:nostr[oaie]\s+|quest[oaie]\s+)?(?:prodott|articol|negozi|venditor)\w*)\b",
        r"\brecensor[ie]\b|\brecensit[oa]\b",
        r"\braccontar\w*\s+su\s+Amazon\b|\blink\s+per\s+(?:raccontar|lasciar|scriver)\w*",
        // Any form of the verb: "Recensisci e ricevi …", "recensiteci".
        r"\brecens(?:isc|iamo|ite|iat|irà|irai)\w*",
        // Something told, written or reported on Amazon: "lo riportaste anche su Amazon",
        // "scrivilo su Amazon", "condividerla su Amazon".
        r"\b(?:raccont|riport|scriv|dir|dic|dill|ditel|condivid|pubblic|mett|segnal)\w*\s+(?:anche\s+|pure\s+|poi\s+)?(?:su|sulla\s+pagina\s+di)\s+Amazon\b",
        // One's experience told, as the review: "raccontare la propria esperienza".
        r"\b(?:raccont|condivid|descriv)\w*\s+(?:anche\s+)?(?:la\s+)?(?:propria|sua|tua|vostra)\s+esperienza\b",
        // Telling everyone, as a slogan for the public review: "Dillo a tutti", "fallo sapere
        // al mondo".
        r"\b(?:dillo|ditelo|lo\s+dica|lo\s+dite|raccontalo|raccontatelo|lo\s+racconti|fallo\s+sapere|fatelo\s+sapere|lo\s+faccia\s+sapere)\s+a\s+(?:tutti|(?:tutto\s+)?il\s+mondo)\b",
        // The review named as lines on the product page or as telling other or future buyers:
        // "due righe sulla pagina del prodotto", "lo racconti a chi sta per comprarlo",
        // "lo dica agli altri clienti".
        r"\b(?:righe|riga|parole|frasi)\s+(?:[\w'-]+\s+){0,2}?(?:sulla|nella|alla|sotto\s+la)\s+(?:pagina|scheda)\s+(?:del|dell'|di\s+Amazon)\s*(?:prodotto|articolo)?",
        // Voices or opinions on the product page: "voci come la sua mancano ancora sulla pagina
        // del prodotto", "la sua opinione nella scheda".
        // Also a judgement said in public: "un giudizio pubblico", "opinioni pubbliche".
        r"\b(?:giudizi[oi]|opinion[ei]|parer[ei]|valutazion[ei])\s+pubblic[oiah]e?\b",
        r"\b(?:voci|voce|opinion[ei]|parer[ei]|giudizi[oi]?|testimonianz[ae]|esperienz[ae]|comment[oi])\s+(?:[\w'-]+\s+){0,4}?(?:sulla|nella|alla|sotto\s+la)\s+(?:pagina|scheda)\s+(?:del\s+prodotto|dell'articolo|(?:di\s+)?Amazon)\b",
        r"\b(?:raccont|scriv|dic|dir|condivid|spieg)\w*\b[^.!?\n]{0,60}?\b(?:sulla|nella)\s+(?:pagina|scheda)\s+(?:del\s+prodotto|dell'articolo|di\s+Amazon)\b",
        r"\b(?:sulla|nella)\s+(?:pagina|scheda)\s+(?:del\s+prodotto|dell'articolo|di\s+Amazon)\b[^.!?\n]{0,60}?\b(?:raccont|scriv|dic|dir|condivid|spieg)\w*",
        r"\b(?:raccont|dic|dica|dir|condivid|spieg|consigl)\w*\s+(?:[\w'-]+\s+){0,3}?(?:a\s+chi\s+(?:sta\s+(?:ancora\s+)?(?:per\s+)?|vuole\s+|pensa\s+di\s+|deve\s+|è\s+)?(?:comprar|acquistar|ordinar|sceglier|cercand|cerca|valutand|indecis)\w*|a(?:gli|i|lle)\s+(?:altr[ie]|futur[ie]|nuov[ie])\s+(?:clienti|acquirenti|compratori|utenti|lettori|client[ie]))\b",
        // Telling other people like the buyer, named by what they are: "lo racconti agli altri
        // padroni", "ditelo alle altre mamme", "consiglialo agli altri ciclisti".
        r"\b(?:raccont|dic|dica|dir|condivid|spieg|consigl|segnal)\w*\s+(?:[\w'-]+\s+){0,3}?a(?:gli|i|lle)\s+(?:altr[ie]|futur[ie]|nuov[ie])\s+\w+",
        // A comment made in public, as the review: "un commento pubblico", "commenti pubblici".
        r"\bcomment[oi]\s+pubblic[oi]\b",
    ],
    seller_reviews: &[
        // The seller weighing something, no review: "possiamo valutare con lei il da farsi",
        // "dobbiamo valutare il caso", "vorremmo valutare con lei una soluzione".
        r"\b(?:possiamo|potremo|potremmo|dobbiamo|dovremo|dovremmo|vogliamo|vorremmo|sapremo|andremo\s+a|proveremo\s+a|cercheremo\s+di|ci\s+riserviamo\s+di)\s+(?:(?:insieme|subito|meglio|bene|attentamente|rapidamente|con\s+lei|con\s+te|con\s+voi)\s+)?$",
        // Stars a player aims at or earns in a game, up to the three a level awards: "state
        // puntando alle tre stelle in tutti i livelli", "conquisti tre stelle nel livello 4",
        // "sblocchi le due stelle". A player's score, no rating of the product.
        r"\b(?:puntare|punti|punta|puntate|puntano|puntando|mirare|miri|mira|mirate|mirando|ottenere|ottieni|ottiene|ottenete|ottenendo|conquistare|conquisti|conquista|conquistate|conquistando|sbloccare|sblocchi|sblocca|sbloccate|sbloccando)\s+(?:(?:a|alle|le|tutte\s+le)\s+)?(?:1|2|3|una|due|tre)\s+$",
        // A thing set apart from reviews, which names none: "non dipende da alcuna recensione",
        // "non è legato a recensioni".
        r"\bnon\s+(?:dipende|dipendono|è\s+legat[oa]|sono\s+legat[ie]|è\s+collegat[oa])\s+(?:da|a|alla|alle|dalla|dalle|ad)\s+(?:(?:una|alcuna|nessuna)\s+)?$",
    ],
    positive: &[
        // A time with the item, called good: "un paio di belle settimane con", "qualche buona
        // settimana", "due mesi felici".
        r"\b(?:un\s+paio\s+di|alcune|due|tre|quattro|diverse|\d+)\s+(?:belle|buone|felici|ottime|splendide)\s+(?:settimane|giornate)\b|\bqualche\s+(?:bella|buona|felice|ottima)\s+settimana\b|\b(?:un\s+paio\s+di|alcuni|due|tre|quattro|diversi|\d+)\s+(?:bei|buoni|felici|ottimi|splendidi)\s+(?:mesi|giorni)\b",
        // The part working without trouble, as the time or condition of what follows: "quando
        // gira fluida e non salta più", "una volta rodate e silenziose", "se la frizione non
        // slitta più"; or asked: "La catena gira fluida?". (Not said in a tip's main clause:
        // "quando è lubrificata, gira fluida e silenziosa".) Two such states joined in one clause
        // read as one, so the "non" of the second turns nothing around.
        concat!(
            r"\b(?:(?:se|qualora|quando|appena|finché|fintantoché|fin\s*tanto\s+che|dopo\s+che)\s+|",
            r"una\s+volta\s+",
            it_after_once!(),
            r"\s*)[^,.;:!?\n]{0,80}?(?P<m>\b",
            it_running_well!(),
            r"(?:\s*(?:,\s*|\be\s+|\bed\s+)(?:[\w'’-]+\s+){0,3}?\b",
            it_running_well!(),
            r")?)"
        ),
        concat!(r"(?P<m>\b", it_running_well!(), r")\s*\?"),
        // A first win or a match won with the item, as the time or condition of what follows:
        // "appena vinci la tua prima partita", "quando avrai vinto il primo torneo", "se vinci
        // una gara con …". The buyer's good experience the ask waits on. (A tip, "per vincere
        // più partite, abbassa i DPI", holds no such clause.)
        concat!(
            r"\b(?:(?:non\s+)?appena|se|qualora|quando|dopo\s+che|una\s+volta\s+che)\s+(?:[\w'’-]+\s+){0,2}?(?P<m>",
            it_win_verb!(),
            r"\s+(?:[\w'’-]+\s+){0,3}?(?:partit[ae]|match|gar[ae]|torne[oi]|round|sfid[ae]|manche|duell[oi]|scontr[oi]))\b"
        ),
        // A repeat order as good as the first one: "se il nuovo sacchetto era buono come il primo",
        // "gustosa quanto la prima", "buono come la prima volta".
        r"\b(?:buon[oaie]|gustos[oaie]|saporit[oaie]|croccant[ei]|frasc[oaie]|fresc[oaie]|riuscit[oaie])\s+(?:[\w'’-]+\s+){0,2}?(?:come|quanto)\s+(?:il|la|l['’]|i|le|gli|lo)\s*(?:prim[oaie]|precedent[ei]|ultim[oaie])\b|\bbuon[oaie]\s+(?:come|quanto)\s+la\s+prima\s+volta\b",
        // The seller's fix to come, said as a time, is a condition on the review its sentence
        // names: "scrivi la recensione dopo che avremo risolto il problema". (Not in a sentence
        // of its own: "Una volta che avremo risolto il problema ti invieremo il tracciamento."
        // promises the parcel, and the ask after it stays neutral.)
        r"(?:\b(?:recension\w*|valutazion\w*|opinion\w*|feedback|stelle)\b|links\.\w*(?:review|feedback))[^.!?\n]{0,80}?(?P<m>\b(?:dopo\s+che|una\s+volta\s+che|appena|quando)\s+(?:avremo|abbiamo)\s+(?:[\w'-]+\s+)?(?:risolto|sistemato|riparato|corretto)\s+(?:il|lo|la|l'|questo|questa|quel|quello)\s*(?:[\w'-]+\s+)?(?:problema|guasto|difetto|inconveniente)\b)",
        r"(?P<m>\b(?:dopo\s+che|una\s+volta\s+che|appena|quando)\s+(?:avremo|abbiamo)\s+(?:[\w'-]+\s+)?(?:risolto|sistemato|riparato|corretto)\s+(?:il|lo|la|l'|questo|questa|quel|quello)\s*(?:[\w'-]+\s+)?(?:problema|guasto|difetto|inconveniente)\b)[^.!?\n]{0,80}?(?:\b(?:recension\w*|valutazion\w*|opinion\w*|feedback|stelle)\b|links\.\w*(?:review|feedback))",
        // Also with the ask in the next sentence of the same paragraph, pointing back at the fix
        // with "poi", "dopodiché" or "in seguito": "Una volta che avremo risolto il problema, le
        // invieremo il numero di tracciamento.\nPoi lasci una recensione qui: …". (After a blank
        // line, a neutral ask is one of its own.)
        r"(?P<m>\b(?:dopo\s+che|una\s+volta\s+che|appena|quando)\s+(?:avremo|abbiamo)\s+(?:[\w'-]+\s+)?(?:risolto|sistemato|riparato|corretto)\s+(?:il|lo|la|l'|questo|questa|quel|quello)\s*(?:[\w'-]+\s+)?(?:problema|guasto|difetto|inconveniente)\b)[^.!?\n]{0,100}(?:[.!]+[ \t]*\n?|[ \t]*\n)[ \t]*(?:poi|dopodiché|dopo\s+di\s+che|dopo\s*,|in\s+seguito|successivamente|a\s+quel\s+punto)(?:\b|\s)[^.!?\n]{0,80}?(?:\b(?:recension\w*|recensir\w*|valutazion\w*|valutar\w*|opinion\w*|feedback|stelle)\b|links\.\w*(?:review|feedback))",
        // The product keeping its promises, said of it in the third person, any tense: "il kit avrà
        // mantenuto le sue promesse", "se mantiene quello che promette", "ha fatto ciò che
        // prometteva" (never the seller's own "abbiamo mantenuto la promessa").
        r"\b(?:(?:ha|hanno|avrà|avranno|abbia|abbiano|avesse|avessero|avrebbe)\s+(?:davvero\s+|già\s+|proprio\s+)?mantenut[oaie]|mantiene|mantengono|manterrà|manterranno|mantenga|mantengano|mantenesse|mantenessero)\s+(?:davvero\s+|proprio\s+|già\s+)?(?:(?:tutte\s+)?(?:le|la)\s+(?:sue\s+|sua\s+|loro\s+)?promess[ae]|(?:quello|quanto|ciò)\s+(?:che\s+)?(?:promett|promess)\w*)\b|\b(?:fa|fanno|farà|faranno|faccia|facciano|facesse|(?:ha|hanno|avrà|abbia)\s+fatto)\s+(?:davvero\s+|proprio\s+|esattamente\s+)?(?:quello|quanto|ciò)\s+(?:che\s+)?promett\w*",
        // Still working as on the first day: "lavora ancora come il primo giorno", "funziona
        // ancora come nuova", "taglia ancora come appena comprato".
        r"\b(?:funzion|lavor|va\b|vanno\b|gir|tagli|macin|aspir|cuoc|scald|suon|caric|tien)\w*\s+(?:[\w'-]+\s+){0,3}?ancora\s+(?:[\w'-]+\s+){0,3}?come\s+(?:il\s+primo\s+giorno|(?:appena\s+)?nuov[oaie]|appena\s+(?:comprat|acquistat|arrivat|uscit)[oaie])\b|\bancora\s+come\s+(?:il\s+primo\s+giorno|nuov[oaie])\b",
        // Never having needed the guarantee or any help, or no trouble at all: "chi non ha mai
        // dovuto ricorrere alla garanzia", "non ha avuto bisogno dell'assistenza", "non le ha
        // dato nessun pensiero".
        r"\bnon\s+(?:[\w'-]+\s+){0,2}?(?:(?:dovut[oaie]|dover|deve|dovrà)\s+(?:mai\s+)?(?:ricorrere|appellarsi|fare\s+ricorso|rivolgersi)|(?:avut[oaie]|ha|abbia|hanno|abbiano)\s+(?:mai\s+)?bisogno)\s+(?:a|al|alla|all'|del|della|dell'|di|d')\s*(?:garanzia|assistenza|servizio\s+clienti|riparazion[ei]|ricambi|sostituzion[ei]|noi)\b",
        r"\bnon\s+(?:[\w'-]+\s+){0,2}?(?:ha|abbia|hanno|abbiano)\s+(?:mai\s+)?dato\s+(?:alcun|nessun|il\s+minimo|mezzo)\w*\s+(?:pensier|problem|grattacap|preoccupazion|fastidi|noi)\w*",
        // Warming the heart, said of the product: "ti scalda il cuore", "scalda anche il cuore".
        r"\bscald\w*\s+(?:anche\s+)?(?:il\s+)?cuore\b",
        // Getting on well with it: "chi si trova bene con le cuffie", "se ti trovi benissimo"
        // (not the seller's "ci troviamo bene").
        r"\b(?:si|ti|vi|mi)\s+(?:trova|trovi|trovate|trovano|trovo|è\s+trovat[oa]|sono\s+trovat[ie]|siete\s+trovat[ie]|sei\s+trovat[oa])\s+(?:davvero\s+|molto\s+|proprio\s+|così\s+|già\s+)?(?:bene|benissimo|alla\s+grande)\b",
        // No defect in any of the units, or the product passing a test, the buyer's own too:
        // "solo se nessuno presenta difetti", "il tostapane ha superato la prova colazione?",
        // "hanno superato il tuo test notturno", "promosso a pieni voti".
        r"\b(?:nessuno|nessuna)\s+(?:di\s+\w+\s+|degli\s+\w+\s+|delle\s+\w+\s+)?(?:present|most|abbia|ha)\w*\s+(?:[\w\'-]+\s+)?(?:difett|guast|dann|problem)\w*",
        r"\b(?:superat[oaie]|passat[oaie]|superi|supera)\s+(?:a\s+pieni\s+voti\s+)?(?:la|il|l\'|lo)\s*(?:(?:tuo|tua|suo|sua|vostro|vostra|loro|prim[oa]|ver[oa]|dur[oa])\s+){0,2}(?:prova|test|collaudo|esame)\w*|\bpromoss[oaie]\b",
        // How much the buyer loves it, told in a wish to share it: "raccontare quanto lo ama",
        // "dire quanto la adorano", "quanto l'hanno apprezzata".
        r"\b(?:quanto|quanta|quanti|quante)\s+(?:(?:lo|la|li|le)\s+|l'\s*)?(?:(?:ha|hanno)\s+)?(?:ama|amano|adora|adorano|(?:amat|adorat|apprezzat)[oaie])\b",
        // In love with it, in the third person too: "chi si è innamorato del tagliere", "chi
        // lo adora", "chi ne è entusiasta".
        r"\binnamorat[oaie]\b|\b(?:chi|che)\s+(?:(?:lo|la|li|le|l')\s*)?(?:già\s+)?(?:ama|adora|amano|adorano)\b|\bne\s+(?:è|sono|siete|sei)\s+(?:già\s+)?entusiast[aie]\b|\bchi\s+(?:[\w'-]+\s+){1,4}?(?:content|felic)[oaie]\b",
        // Crazy about it or never having enough of it, said of the buyer or a pet: "il tuo cane è
        // impazzito per i nuovi snack?", "va matto per il tiragraffi", "ne è pazzo", "pazzo del
        // gioco", "non ne ha mai abbastanza" (not "è impazzito graffiando il divano", with no
        // product after it).
        r"\b(?:impazzit[oaie]|impazzisc(?:e|ono)|impazzire|impazziva|impazzivano|matt[oaie]|pazz[oaie])\s+(?:per|di)\s+(?:il|lo|la|l'|i|gli|le|quest\w*|quell\w*|su[oaie]i?|tu[oaie]i?|nostr[oaie]|vostr[oaie])|\b(?:pazz[oaie]|matt[oaie])\s+(?:del|dello|della|dell'|dei|degli|delle)\b|\bne\s+(?:va|vanno|è|sono|sei|siete)\s+(?:[\w']+\s+)?(?:matt[oaie]|pazz[oaie])\b|\bnon\s+ne\s+(?:ha|hanno|hai|avete|avrà|avranno|aveva|avevano)\s+(?:mai\s+)?abbastanza\b|\bnon\s+si\s+stanca(?:no)?\s+mai\s+(?:del|dello|della|dell'|dei|degli|delle|di\s+(?:quest\w*|quell\w*|su[oaie]i?|tu[oaie]i?|nostr[oaie]))\b",
        // Also in the past, in a clause on the people: "ai clienti che hanno adorato il caffè",
        // "chi l'ha davvero apprezzata".
        r"\b(?:chi|che|cui)\s+(?:(?:lo|la|li|le)\s+|l'\s*)?(?:ha|hanno|abbia|abbiano|aveva|avevano)\s+(?:(?:davvero|proprio|subito|tanto|molto)\s+)?(?:adorat|amat|apprezzat)[oaie]\b",
        // Someone else's enthusiasm, seen or supposed: "clienti che ci sembrano davvero entusiasti",
        // "se sei entusiasta" (never the seller's own "siamo entusiasti").
        r"\b(?:sembra|sembrano|sembri|sei|siete|è|sono|resti|restano|rimasti|rimaste)\s+(?:[\w']+\s+){0,2}?entusiast[aie]\b",
        // Non poterne più fare a meno: "non riesco più a farne a meno"; not letting go of it any
        // more: "i bambini non lo mollano più", "non se ne staccano più".
        // Never going back to what one had before: "non torneresti più indietro", "chi non
        // vorrebbe più tornare indietro".
        r"\bnon\s+(?:[\w']+\s+){0,2}?(?:ri)?torner(?:ei|esti|ebbe|ebbero|emmo|este)\s+(?:più\s+|mai\s+)?indietro\b|\bnon\s+(?:[\w']+\s+){0,2}?vorre(?:i|sti|bbe|bbero|mmo|ste)\s+(?:più\s+|mai\s+)?(?:ri)?tornare\s+indietro\b",
        r"\bnon\s+(?:[\w']+\s+){0,3}?far(?:e|ne)\s+(?:più\s+)?a\s+meno\b|\bnon\s+(?:[\w']+\s+){0,2}?(?:(?:l[oaie]|li)\s+|l'\s*|se\s+ne\s+|si\s+)(?:moll|stacc|lasc)\w*\s+più\b",
        // A piece worn all the time, said as not wanting to take it off any more: "non vorrà più
        // toglierli", "non avrete più voglia di levarla", "non se li toglierà più", "non
        // riuscirai più a toglierle". (Only with a
        // wish or said of the buyer's habit: "se l'anello non si sfila più" is a problem.)
        r"\bnon\s+(?:vorr\w*|vuol\w*|vogli\w*|(?:avr\w*|ha|hai|avete|abbia|abbiate)\s+(?:più\s+)?voglia\s+di)\s+(?:più\s+)?(?:mai\s+)?(?:togli|lev|sfil|separ|stacc)\w*|\bnon\s+(?:(?:se|te|ve|me|ce)\s+)?(?:l[aeio]|gli)\s+(?:togli|tolg|lev|sfil)\w*\s+più\b|\bnon\s+(?:riusc\w*|riesc\w*)\s+(?:più\s+)?a\s+(?:togli|lev|sfil|stacc)\w*",
        // Feeling beautiful in it, or complimented on it: "si è sentita bellissima", "sentirsi
        // una regina", "ha già ricevuto complimenti", "le hanno fatto i complimenti". (Said as a
        // promise with no condition or question on it, "riceverà tanti complimenti" asks nothing.)
        r"\b(?:sentit[aoie]|sentirsi|sentirti|sentirvi|sentirà|sentirai|sentirete|sente|senti|sentite|sentiva|sentivi)\s+(?:(?:così|davvero|proprio|più|molto|finalmente|ancora\s+più)\s+)?(?:bell[aeio]|bellissim[aeio]|splendid[aeio]|magnific[aeio]|elegant[ei]|favolos[aeio]|radios[aeio]|affascinant[ei]|stupend[aeio]|meraviglios[aeio]|(?:come\s+)?una\s+(?:regina|principessa|diva|star))\b",
        r"\b(?:ricevut[oaie]|riceve|ricevere|ricevono|raccolt[oaie]|collezionat[oaie]|ottenut[oaie]|preso|avuto)\s+(?:[\w'’-]+\s+){0,3}?complimen(?:ti|to)\b|\b(?:fatto|fatti|fanno|faranno|fare|facevano)\s+(?:(?:dei|i|un|qualche|tanti|molti|parecchi|un\s+sacco\s+di)\s+)?complimen(?:ti|to)\b",
        // A positive outcome or full satisfaction: "esito positivo", "piena soddisfazione".
        r"\besito\s+positivo\b|\b(?:piena|totale|completa|massima)\s+soddisfazione\b|\bsoddisfazione\s+(?:piena|totale|completa)\b",
        r"\bsoddisfatt[aeio]\b",
        // Results seen: "chi ha già notato risultati", "ha visto i primi miglioramenti".
        r"\b(?:notat|vist|ottenut|raggiunt|sentit)[oaie]\s+(?:già\s+|subito\s+)?(?:(?:dei|i|buoni|ottimi|i\s+primi|primi)\s+)?(?:risultati|miglioramenti|progressi|benefici|effetti)\b",
        // A better state found again or reached, said in a relative clause on the people: "a
        // quanti hanno ritrovato capelli meno crespi", "chi ha notato una pelle più luminosa",
        // "coloro che hanno ottenuto un sonno migliore" (a "meno" inside is part of the gain and
        // turns nothing around).
        r"\b(?:chi|quanti|quante|cui|coloro\s+che|quelli\s+che|quelle\s+che|[\w']+[ie]\s+che)\b[,\s]+(?:[\w'’,-]+\s+){0,4}?(?:ha|hanno|abbia|abbiano|avete|hai|avrà|avranno)\s+(?:già\s+|finalmente\s+|subito\s+|davvero\s+)?(?:ritrovat|ottenut|notat|constatat|sentit|percepit|riscontrat|scopert)[oaie]\s+(?:[\w'’-]+\s+){0,3}?(?:più|meno|miglior[ei]?)\s+[\w'’-]+",
        // Sleep or the body felt better, said in a relative clause on the people: "a chi dorme
        // meglio", "chi ormai dorme tutta la notte", "quelli che si svegliano riposati", "chi ha
        // ritrovato notti serene". (Care advice, "quando dormirai meglio, abbassa il volume",
        // names no group.)
        r"\b(?:chi|quanti|quante|cui|coloro\s+che|quelli\s+che|quelle\s+che|[\w']+[ie]\s+che)\b[,\s]+(?:[\w'’-]+\s+){0,4}?(?:(?:dorm(?:e|ono|ite|i))\s+(?:(?:già|finalmente|ora|adesso|ormai|davvero|molto)\s+)?(?:meglio|tutta\s+la\s+notte|come\s+(?:un\s+(?:bambino|ghiro|sasso)|dei\s+ghiri)|profondamente|serenamente|tranquillamente|di\s+filato|senza\s+svegliarsi)|(?:si|vi|ti)\s+svegli(?:a|ano|ate|)\s+(?:(?:già|finalmente|ora|ormai)\s+)?(?:riposat[oaie]|in\s+forma|fresc(?:o|a|hi|he)|caric(?:o|a|hi|he)|senza\s+(?:dolori?|rigidità|stanchezza)))\b",
        r"\b(?:chi|quanti|quante|cui|coloro\s+che|quelli\s+che|quelle\s+che|[\w']+[ie]\s+che)\b[,\s]+(?:[\w'’-]+\s+){0,4}?(?:ha|hanno|abbia|abbiano|avete|hai)\s+(?:già\s+|finalmente\s+|subito\s+)?(?:ritrovat|ottenut|riconquistat)[oaie]\s+(?:(?:il|la|le|i|gli|un|una|delle|dei|il\s+suo|la\s+sua|le\s+sue|i\s+suoi)\s+)?(?:sonno|nott[ei]|schiena|collo|gambe|ginocchi[oa]?|pelle|capelli|calma|serenità|mobilità|scioltezza)\s+(?:(?:più|davvero|finalmente)\s+)?(?:seren|tranquill|riposant|profond|sciolt|legger|calm|morbid|lisc|distes|rilassat|sen[zs]a\s+dolor)\w*",
        // A beauty complaint lessened, said of the hair or skin in a condition or a time clause
        // (see the macro): "se dopo un mese i capelli sono meno crespi, …", "quando noti punte
        // meno rovinate, …", "se la pelle resta meno secca e meno arrossata, …". The "meno" is
        // part of the result, no problem. (A tip has no such clause: "per capelli meno crespi,
        // asciugali a testa in giù" conditions nothing.)
        concat!(
            r"\b(?:se|qualora|quando|appena|finché|dopo\s+che|una\s+volta\s+che)\s+[^,.;:!?\n]{0,100}?(?P<m>",
            it_complaint_lessened!(),
            r")"
        ),
        // Or asked, the verdict a review answers: "Capelli meno crespi dopo la prima settimana?"
        concat!(r"(?P<m>", it_complaint_lessened!(), r")[^.!?\n]{0,60}\?"),
        // Something the buyer cannot go out or live without any more, in a clause on it: "i
        // pennelli senza cui non esci di casa", "quello senza il quale non esco più", "non
        // usciresti mai di casa senza". The "non" is the idiom's own. (A tip, "non uscire senza
        // protezione", says no habit; a part the goods need, "senza cui non parte", is left out.)
        r"\bsenza\s+(?:(?:di\s+)?(?:cui|lui|lei|loro|esso|essa|essi|esse)|(?:il|la|i|le)\s+qual[ei])\s+non\s+(?:(?:ne\s+)?(?:esci|esce|esco|uscite|escono|usciresti|uscirebbe|uscirei|vivi|vive|vivo|vivete|vivono|vivresti|vivrebbe|viaggi|viaggia|viaggio|viaggiate|viaggiano)|(?:potresti|potrebbe|potrei|riesci|riesce|riesco|sapresti|saprebbe|sai|sa)\s+(?:più\s+)?(?:a\s+)?(?:uscire|vivere|stare|viaggiare))\b|\bnon\s+(?:(?:ne\s+)?(?:esci|esce|esco|uscite|escono|usciresti|uscirebbe|uscirei)|(?:potresti|potrebbe|potrei|riesci|riesce|riesco)\s+(?:più\s+)?(?:a\s+)?uscire)\s+(?:più\s+|mai\s+)?(?:(?:di|da)\s+casa\s+)?senza\s+(?:di\s+)?(?:lui|lei|loro|esso|essa|l[oaie]|gli|quest[oaie]|quell[oaie]|(?:il|la|i|le)\s+(?:tuo|tua|tuoi|tue|suo|sua|suoi|sue))\b",
        // A lighter complaint felt in the body, beside a better state: "sentirai la schiena più
        // sciolta e le contratture meno fastidiose", "se noti la pelle meno secca" (the lessened
        // complaint is part of the gain, no problem). It runs to the clause's end with no "e"
        // outside a "più" or "meno", so without its "meno" the gain no longer reads.
        r"\b(?:sent\w*|avvert\w*|percepi\w*|not(?:i|a|ate|ano|erai|erà|erete|eranno|ato)|ved(?:i|e|rai|rà|rete)|trov\w*|ritrov\w*)\s+(?:(?:già|finalmente|subito)\s+)?(?:il|la|le|i|gli|lo|l['’]|la\s+tua|il\s+tuo|le\s+tue|i\s+tuoi|la\s+sua|il\s+suo|le\s+sue|i\s+suoi)\s*[\w'’-]+\s+(?:[\w'’-]+\s+)?(?:(?:già|molto|decisamente|un\s+po')\s+)?(?:più\s+(?:sciolt|legger|riposat|rilassat|distes|mobil|elastic|morbid|lisc|luminos|idratat|tonic|energic|stabil|sicur|fort|seren|profond|agil)\w*|meno\s+(?:fastidios|dolorant|doloros|rigid|contratt|indolenzit|tes[oaie]\b|stanc|gonfi|secc|irritat|arrossat|cresp|pesant|affaticat|tirat|annodat)\w*)(?:(?:\s*,\s*|\s+e\s+)(?:(?:il|la|le|i|gli|lo|l['’]|la\s+tua|il\s+tuo|le\s+tue|i\s+tuoi|la\s+sua|il\s+suo|le\s+sue|i\s+suoi)\s*)?(?:[\w'’-]+\s+)?(?:(?:già|molto|decisamente|un\s+po')\s+)?(?:più\s+(?:sciolt|legger|riposat|rilassat|distes|mobil|elastic|morbid|lisc|luminos|idratat|tonic|energic|stabil|sicur|fort|seren|profond|agil)\w*|meno\s+(?:fastidios|dolorant|doloros|rigid|contratt|indolenzit|tes[oaie]\b|stanc|gonfi|secc|irritat|arrossat|cresp|pesant|affaticat|tirat|annodat)\w*))*(?:\s+[\w'’-]{2,}){0,6}?\s*[,.;:!?]",
        // What the buyer hoped for, found: "chi ha trovato ciò che cercava", "se ha ritrovato
        // quello che sperava".
        r"\b(?:ri)?trovat[oaie]\s+(?:esattamente\s+|proprio\s+|davvero\s+)?(?:ciò|quello|quanto)\s+che\s+(?:cercav|sperav|desiderav|voleva|si\s+aspettav|ti\s+aspettav|vi\s+aspettav)\w*",
        // Won over, charmed or enchanted, the buyer as the object, in any tense: "se anche questa
        // sciarpa L'ha conquistata", "qualora il tè ti abbia stregato", "se la miscela ti
        // conquista" (the seller's own "ci ha conquistati" names no buyer; "la conquista" may be
        // the noun, so the present needs "ti" or "vi").
        r"\b(?:l'\s*|l[oaie]\s+|ti\s+|vi\s+)(?:ha|hanno|avrà|avranno|abbia|abbiano|avesse|avessero|avrebbe|avrebbero)\s+(?:(?:davvero|proprio|già|subito|pienamente|completamente|definitivamente|ancora)\s+)?(?:conquistat|stregat|incantat|sedott|entusiasmat|affascinat|ammaliat|rapit)[oaie]\b|\b(?:ti|vi)\s+(?:conquist|streg|incant|seduc|sedurr|entusiasm|affascin|ammali)\w*",
        // To the buyer's liking: "una volta constatato che la miscela è pienamente di Suo
        // gradimento", "se il colore fosse di tuo gusto", "qualora abbia incontrato il Suo gusto".
        r"\b(?:è|sia|siano|sono|fosse|fossero|sarà|saranno|risulti|risultino|risulta|risultasse|rimanga|stat[oaie])\s+(?:(?:davvero|pienamente|proprio|del\s+tutto|completamente|interamente|sempre|anche)\s+)?(?:di|al)\s+(?:suo|tuo|vostro|loro)\s+(?:pieno\s+)?(?:gradimento|gusto)\b|\bincontrat[oaie]\s+(?:davvero\s+|pienamente\s+)?(?:il\s+)?(?:suo|tuo|vostro|loro)\s+(?:gusto|gradimento|favore)\b",
        // The difference noticed: "hanno sentito la differenza al primo sorso".
        r"\b(?:sentit[oaie]|notat[oaie]|percepit[oaie]|vist[oaie]|sent[oaei]|not[aio]|vedi|vede)\s+(?:subito\s+|davvero\s+|già\s+)?(?:la|una)\s+(?:bella\s+|grande\s+)?differenza\b",
        r"\b(?:è|sia|fosse|sarà|siete|sei|rimast[aoei])\s+(?:[\w'-]+\s+){0,2}?(?:content[aoei]|felic[ei]|entusiast[aoei]|colpit[aoei]\s+positivamente)\b|\b(?:content[aoei]|felic[ei])\s+(?:del(?:l')?|dell'|di)\s*(?:suo|tuo|vostro|prodotto|acquisto|articolo)\b|\b(?:content[aoei]|felic[ei])\s*\?",
        // A result that came out well: "ti è venuta soffice?", "le sono riusciti dorati", "vi è
        // venuto buono come al ristorante".
        r"\b(?:ti|le|vi|gli)\s+(?:è|sono|son)\s+(?:venut|riuscit)[oaie]\s+(?:(?:davvero|proprio|già|così)\s+)?(?:bene|benissimo|perfett[oaie]|buon[oaie]|buonissim[oaie]|croccant[ei]|morbid[oaie]|soffic[ei]|gustos[oaie]|squisit[oaie]|delizios[oaie]|dorat[oaie]|come\s+(?:in|al|dal|dalla|nella|nel|da)\b)",
        r"\b(?:le|ti|vi)\s+(?:è\s+)?(?:piace|piaciut[aoei]|piacciono)\b|\b(?:le|ti|vi)\s+(?:ha|hanno)\s+(?:convint[aoei]|soddisfatt[aoei])\b",
        r"\b(?:tutto|è\s+tutto)\s+(?:[\w'-]+\s+){0,2}?(?:bene|ok|okay|perfetto|in\s+ordine|a\s+posto|come\s+previsto|regolare|liscio|come\s+(?:deve|dovrebbe|doveva)\s+essere|come\s+si\s+deve)\b",
        r"\b(?:arrivat[aoei]|ricevut[aoei]|consegnat[aoei])\s+(?:[\w'-]+\s+){0,3}?(?:in\s+(?:buono|ottimo|perfetto)\s+stato|integr[aoei]|intatt[aoei]|perfett[aoei]|senza\s+problemi)\b|\bin\s+(?:buono|ottimo|perfetto)\s+stato\b",
        r"\b(?:soddisfa|soddisfatto|risponde|rispecchia|supera|superato|all'altezza\s+delle)\s+(?:[\w'-]+\s+){0,2}?(?:sue\s+|tue\s+|vostre\s+)?aspettative\b|\b(?:è|sono|sia|siano|fosse|era|stat[oaie])\s+(?:(?:davvero|proprio|stat[oa])\s+)?all'altezza\b",
        r"\b(?:buon[ao]|ottim[ao]|bell[ao]|piacevole|positiv[ao])\s+esperienza\b",
        r"\b(?:perfetto|tutto\s+ok|tutto\s+bene)\s*\?",
        r"\bpiaccia(?:no)?\b|\bpiacesse(?:ro)?\b|\btrovat[oaie]\s+bene\b|\besperienza\s+(?:[\w'-]+\s+){0,2}?(?:buona|positiva|ottima|piacevole)\b",
        r"\bin\s+caso\s+di\s+(?:piena\s+)?soddisfazione\b",
        // The good outcome a parent sees, told as the smile come back or relief found: "hanno
        // visto tornare il sorriso", "il sorriso è tornato", "è tornato il sorriso?", "ha ritrovato
        // il sorriso", "hanno trovato sollievo". (What the product is for, "il fresco dà
        // sollievo", is a tip.)
        r"\b(?:vist[oaie]|vedono|vede|vedete|vedi|vedere)\s+(?:ri)?tornare\s+(?:[\w'’-]+\s+){0,2}?(?:il\s+|i\s+)?(?:sorris[oi]|buonumore|serenità)\b|\b(?:sorris[oi]|buonumore|serenità)\s+(?:(?:gli|le|ci|vi|ti)\s+)?(?:è|sono|sia|siano|fosse)\s+(?:già\s+|finalmente\s+|di\s+nuovo\s+)?(?:ri)?tornat[oaie]\b|\b(?:(?:gli|le|ci|vi|ti|mi)\s+)?(?:è|sia|fosse)\s+(?:già\s+|finalmente\s+|di\s+nuovo\s+)?(?:ri)?tornat[oa]\s+(?:anche\s+|già\s+|finalmente\s+)?(?:il\s+)?(?:sorriso|buonumore)\b|\b(?:ha|hanno|hai|avete|abbia|abbiano|avrà|avranno)\s+(?:già\s+|finalmente\s+|subito\s+)?ritrovato\s+(?:[\w'’-]+\s+){0,2}?(?:il\s+)?(?:sorriso|buonumore|serenità|sonno)\b|\b(?:ha|hanno|hai|avete|abbia|abbiano|avrà|avranno)\s+(?:già\s+|finalmente\s+|subito\s+)?(?:ri)?trovato\s+(?:(?:un\s+po['’]\s+di|un\s+vero|davvero|(?:un\s+)?grande)\s+)?sollievo\b",
        // A high band of scores, as the label of its answer: "da 4 a 5:", "dal 9 al 10 →".
        r"\b(?:da|dal)\s+(?:4|quattro|8|otto|9|nove)\s+(?:a|al)\s+(?:5|cinque|10|dieci)(?:\s+(?:stelle|stelline|punti))?\s*(?:[:=→>–—)]|-\s)",
        r"\b(?:4|quattro|9|nove)\s+o\s+(?:5|cinque|10|dieci)\b|\bun\s+(?:10|dieci)\b|\b(?:10|dieci)\s+su\s+(?:10|dieci)\b",
        r"\bproblema\s+(?:è|sia|fosse)\s+(?:stato\s+)?(?:ormai\s+)?(?:risolto|sistemato)\b",
        // (The seller's fix said as a time, "una volta che avremo risolto il problema", is read
        // first and reports nothing: in a sentence that names the review, the words above read it.)
        r"\b(?:dopo\s+che|una\s+volta\s+che|appena|non\s+appena)\s+(?:avremo|abbiamo)\s+(?:[\w'-]+\s+)?(?:risolto|sistemato)\s+(?:il|ogni|questo|qualsiasi|lo|l')\s*(?:[\w'-]+\s+)?problema\b(?P<m>)|\b(?:risolto|sistemato)\s+(?:il|ogni|questo|qualsiasi)\s+problema\b|\bproblema\s+(?:[\w'-]+\s+){0,5}?(?:risolto|sistemato)\b|\bfunziona\s+(?:[\w'-]+\s+)?(?:alla\s+grande|benissimo|bene|perfettamente|a\s+meraviglia|come\s+(?:previsto|dovrebbe))\b",
        // Things running smoothly, and joy seen in faces: "fila tutto liscio", "occhi che
        // brillano", "volti sorridenti".
        r"\b(?:fila|filato|filata|va|è\s+andat[oa])\s+(?:tutto\s+)?liscio\b|\bocchi\s+(?:che\s+brillano|luccicanti|raggianti)\b|\b(?:volti|facce|visi|faccine)\s+(?:sorridenti|felici|raggianti|entusiaste)\b",
        r"\bmeritevol[ie]\b|\b(?:ce\s+lo|lo|la)\s+merit(?:iamo|a|ano|i)\b|\bmerit(?:a|ano|i|ino)\s+(?:davvero\s+|proprio\s+)?(?:la\s+(?:sua\s+|tua\s+|vostra\s+)?(?:fiducia|stima)|di\s+essere\s+(?:consigliat|raccomandat|scelt)\w*)",
        // No complaint either, from whoever uses it: "nessuna segnalazione dal reparto",
        // "senza lamentele", "nessun reclamo".
        // ("Nessun problema:" or "Nessun problema!" opening a reassurance, "no worries: send it
        // back anyway", says nothing of how the buyer got on: see `other_sense`.)
        r"\b(?:nessun|senza)\s+(?:(?:alcun|più)\w*\s+)?problema\b(?:\s*[^\s:!–—]|\s*$)",
        // A fault of wear or of water getting in, said as none: "senza una vescica", "senza
        // vesciche", "nessuna infiltrazione", "se neanche una goccia è entrata", "non ha fatto passare una
        // sola goccia", "non ti è venuta nessuna vescica", "non hai avuto i piedi freddi".
        concat!(
            r"(?:\b(?:nessun[ao]?|non\s+(?:un|una|un['’]))|(?:(?m:^)|[,;:]|\b(?:se|che|quando|finché))\s*(?:neanche|nemmeno|neppure)|\bsenza\s*(?:un|una|un['’]|nessun[ao]?|neanche|nemmeno|neppure))\s*(?:(?:un|una|un['’]|nessun[ao]?|sol[oa]|singol[oa]|minim[oa]|neanche|nemmeno|neppure)\s*){0,3}(?:",
            it_denied_fault!(),
            r")\b|\bsenza\s+(?:",
            it_denied_faults_bare!(),
            r")\b"
        ),
        concat!(
            r"\bnon\s+(?:(?:ti|vi|ci|si|le|gli|mi)\s+)?(?:(?:è|e|sono|ha|hanno|hai|avete|abbia|abbiano|abbiamo|sia|siano|fa|fanno)\s+)?(?:(?:mai|nemmeno|neanche|neppure)\s+)?(?:fatto\s+(?:passare|entrare)|lasciato\s+(?:passare|entrare)|entrat[aoie]|passat[aoie]|venut[aoie]|uscit[aoie]|compars[aoie]|format[aoie]|avuto|pres[oa]|pers[oa]|fatto|pass(?:a|ano)|entr(?:a|ano)|lascia\s+(?:passare|entrare))\s+(?:(?:nemmeno|neanche|neppure|mai|mezz[oa])\s+)?(?:(?:un|una|un['’]|nessun[ao]?|sol[oa]|singol[oa]|i|le|la|il|l['’]|dell['’]|della)\s*){0,2}(?:",
            it_denied_fault!(),
            r"|acqua)\b"
        ),
        r"\b(?:nessun[oa]?|senza)\s+(?:(?:alcun|più)\w*\s+)?(?:problemi|dolor[ei]|fastidi[oi]?|intopp[oi]|inconvenient[ei]|pensieri|guast[oi]|segnalazion[ei]|lamentel[ae]|reclam[oi])\b|\bnon\s+(?:ci\s+sono\s+stati|ci\s+sono|ha\s+avuto|hai\s+avuto)\s+problemi\b",
        r"\b(?:i\s+)?(?:complimenti|elogi|applausi)\b[^.!?\n]{0,20}?\b(?:su|per|ad?)\s+Amazon\b",
        r"\bun\s+(?:5|cinque|10|dieci)\b|\bconvint[oa]\b",
        // A score above a threshold: "superi l'8 su 10", "un voto di almeno 9".
        r"\b(?:super[aeio]\w*|oltre|sopra|almeno|più\s+di)\s+(?:il\s+|l'\s*|la\s+|i\s+|un\s+)?(?:\d+|sette|otto|nove|quattro)\s*(?:su\s+(?:\d+|dieci|cinque)|/\s*\d+)\b|\b(?:voto|punteggio|giudizio)\s+(?:di\s+|pari\s+a\s+)?(?:almeno|oltre|sopra|superiore\s+a)\s+(?:\d+|sette|otto|nove|quattro)\b",
        // A condition on the product being as the buyer hoped: "se è venuto come sperava" (said
        // without a condition, "non è andata come sperava" is an apology, not a positive).
        r"\b(?:se|quando|qualora)\s+[^.!?\n]{0,60}?\bcome\s+(?:sperava|speravi|speravate|si\s+aspettava|ti\s+aspettavi|vi\s+aspettavate|desiderava|desideravi)\b",
        // Liking said in a relative clause on the people named: "ai clienti a cui la nuova ricetta
        // è piaciuta", "a chi è piaciuto il gusto", "ai quali sono piaciute".
        r"\b(?:a\s+cui|a\s+chi|ai\s+quali|alle\s+quali|al\s+quale|alla\s+quale)\s+(?:[\w'-]+\s+){0,4}?(?:è|sono|sia|siano|fosse|fossero|sarà|saranno)\s+(?:(?:davvero|molto|proprio|tanto|particolarmente|subito)\s+)?piaciut[oaie]\b",
        // A repeat order as good as the one before: "se è buono come l'ultima volta".
        r"\b(?:buon[oaie]|bene|ben\s+fatt[oaie])\s+(?:[\w'-]+\s+){0,4}?(?:come|quanto)\s+(?:l'ultima\s+volta|la\s+volta\s+scorsa|(?:il|la|quell[oa])\s+(?:precedente|di\s+prima))\b",
        // A group named by a plural noun and its contentment or pride: "agli studenti contenti
        // del mazzo", "ai lettori entusiasti", "le allieve orgogliose". (With the ask put to the
        // group, a condition: see the audience.)
        r"\b(?:ai|agli|alle|gli|i|le|quei|quegli|quelle)\s+(?:nostr[ie]\s+|vostr[ie]\s+)?[\w']+[ie]\s+(?:(?:più|davvero|già|molto)\s+)?(?:content[ie]|felici|entusiast[ie]|orgoglios[ie]|fier[ie])\b",
        // Pride or success said of the people the review is asked of, in a relative clause with
        // the review later in its sentence: "a chi è riuscito a suonare il primo brano chiediamo
        // una recensione", "gli allievi che hanno superato il livello 1 possono raccontarlo in una
        // recensione". (Without a review in the sentence, "per chi ha superato il livello 1, un
        // esercizio in più" is a tip for the advanced; "ciò che" names no one.)
        r"(?P<m>(?:\b(?:chi|cui|quali)|\b[\w']+[ie]\s+che)\s+(?:[\w'’-]+\s+){0,3}?(?:è|sono|sei|siete|si\s+sente|si\s+sentono|ha|hanno|hai|avete)\s+(?:già\s+|finalmente\s+|davvero\s+|ormai\s+)?(?:orgoglios[oaie]|fier[oaie]|riuscit[oaie]|superato|padroneggiato|conquistato|(?:permesso|aiutat[oaie])\s+(?:di|a)\s+(?:vincere|superare|suonare|completare|finire)))\b[^.!?\n]{0,140}?\b(?:recension[ei]|opinion[ei]|parer[ei]|giudizi[oi]?|valutazion[ei]|feedback)\b",
        // Progress, improvement or enjoyment said of the people the review is asked of, in a
        // relative clause with the review, or telling others (before the review link), later in
        // its sentence: "a chi nota già dei miglioramenti, una recensione …", "agli allievi che
        // fanno progressi: raccontatelo a chi comincia …"; or with the review before the group.
        // (Without one, "noterai i progressi dopo due settimane" is a tip.)
        concat!(
            "(?P<m>",
            it_progress_group!(),
            r")[^.!?\n]{0,140}?(?:\b(?:recension[ei]|opinion[ei]|parer[ei]|giudizi[oi]?|valutazion[ei]|feedback)\b|links\.\w*(?:review|feedback)|\b(?:raccontatelo|raccontalo|raccontarlo|ditelo|dillo|dirlo|fatelo\s+sapere|fallo\s+sapere|farlo\s+sapere)\b|\b(?:raccontate|racconta|raccontare|dite|dire)\s+(?:[\w'’-]+\s+){0,2}?(?:agli\s+altri|ad\s+altri|a\s+chi)\b)"
        ),
        concat!(
            r"(?:\b(?:recension[ei]|opinion[ei]|parer[ei]|giudizi[oi]?|valutazion[ei]|feedback)\b|links\.\w*(?:review|feedback))[^.!?\n]{0,80}?(?P<m>",
            it_progress_group!(),
            ")"
        ),
        // The item's good outcome said of the people the review is asked of, in a relative
        // clause with the review later in its sentence: "a chi viaggia già con il sorriso una
        // recensione …", "i clienti a cui l'avviatore ha fatto ripartire l'auto al primo colpo
        // possono lasciare una recensione", "i motociclisti il cui controllo non ha mostrato nulla
        // di anomalo". (Without a review in the sentence, "per chi ha la catena che gira senza
        // rumori: lubrificarla ogni 300 km" is a tip; "chi guida d'inverno" names no outcome.)
        // The outcome is any of the common ways a part is said to work well, a working verb with
        // a manner word: "la catena che cambia a puntino", "i cui freni mordono con precisione",
        // "che taglia come nuovo", "che chiude a dovere".
        r"(?:\b(?:chi|cui|quali)|\b[\w']+[ie]\s+che)\s+(?:[\w'’-]+\s+){0,8}?(?P<m>(?:al\s+primo\s+(?:colpo|tentativo|giro|avvio|click|clic|scatto)|alla\s+prima(?:\s+(?:volta|botta|prova))?|senza\s+(?:(?:alcun|nessun|il\s+minimo)\s+)?(?:problem[ai]|intoppi?|difficoltà|fatica|incertezze|sbavature|inconvenienti?|fare\s+una\s+piega)|(?:funzion|va|vann|andat|gir|gira|cammin|calz|entr|mont|install|collega|conness|scatt|avvi|partit|frena|innest|cambi|tien|tenut|mord|tagli|chiud|chius|caric|pomp|scorr|scivol|sigill|aggancia|blocca|scald|raffredd|frull|impast|aspir|pulisc|rispond|spinge|tira|cuoc|asciug|lav)[\w'’-]*\s+(?:[\w'’-]+\s+){0,3}?(?:perfettamente|alla\s+perfezione|a\s+meraviglia|in\s+modo\s+impeccabile|impeccabilmente|come\s+(?:un\s+guanto|un\s+orologio|previsto|promesso|nuov[oa]|si\s+deve|dovrebbe|l['’]olio|(?:nel\s+|il\s+)?burro|la\s+seta|il\s+primo\s+giorno|appena\s+(?:uscit|comprat)[oa])|a\s+pennello|a\s+puntino|a\s+dovere|con\s+precisione|in\s+modo\s+(?:pulito|preciso|fluido|netto|perfetto)|fluid[oa]|fluidamente|dolcemente|nett[oa]|ermeticamente|saldamente|silenziosamente|senza\s+(?:impuntamenti|scatti|gioco|perdite|sforzo|esitazioni|sbavature)|che\s+è\s+un\s+piacere|da\s+dio)|(?:fatto|fa|fatta)\s+(?:ri)?partire|(?:non\s+(?:[\w'’-]+\s+){0,2}?)?(?:nulla|niente)\s+di\s+(?:anomalo|anormale|strano|insolito|preoccupante|sospetto)|nessun(?:a)?\s+(?:anomalia|difetto|codice\s+di\s+errore|gioco|rumore\s+sospetto|punto\s+duro)|con\s+(?:il|un)\s+(?:gran\s+|bel\s+|grande\s+)?sorriso|il\s+sorriso\s+sulle\s+labbra|(?:pedal|guid|viaggi|gir)\w*\s+(?:[\w'’-]+\s+){0,2}?(?:serenamente|tranquill[io]|in\s+tutta\s+(?:sicurezza|serenità|tranquillità)|felic[ie]))\b)[^.!?\n]{0,140}?(?:\b(?:recension[ei]|opinion[ei]|parer[ei]|giudizi[oi]?|valutazion[ei]|feedback)\b|\b(?:condivid|raccont|descriv)\w*\s+(?:la\s+|le\s+)?(?:vostra|tua|loro|sua|propria|vostre|tue|proprie)\s+(?:esperienz[ae]|impression[ei])\b|links\.\w*(?:review|feedback))",
        // Also with the review before the group: "le recensioni dei ciclisti a cui il cambio è
        // andato a posto al primo colpo".
        r"(?:\b(?:recension[ei]|opinion[ei]|parer[ei]|giudizi[oi]?|valutazion[ei]|feedback)\b|links\.\w*(?:review|feedback))[^.!?\n]{0,80}?(?:\b(?:chi|cui|quali)|\b[\w']+[ie]\s+che)\s+(?:[\w'’-]+\s+){0,8}?(?P<m>(?:al\s+primo\s+(?:colpo|tentativo|giro|avvio|click|clic|scatto)|alla\s+prima(?:\s+(?:volta|botta|prova))?|senza\s+(?:(?:alcun|nessun|il\s+minimo)\s+)?(?:problem[ai]|intoppi?|difficoltà|fatica|incertezze|sbavature|inconvenienti?|fare\s+una\s+piega)|(?:funzion|va|vann|andat|gir|gira|cammin|calz|entr|mont|install|collega|conness|scatt|avvi|partit|frena|innest|cambi|tien|tenut|mord|tagli|chiud|chius|caric|pomp|scorr|scivol|sigill|aggancia|blocca|scald|raffredd|frull|impast|aspir|pulisc|rispond|spinge|tira|cuoc|asciug|lav)[\w'’-]*\s+(?:[\w'’-]+\s+){0,3}?(?:perfettamente|alla\s+perfezione|a\s+meraviglia|in\s+modo\s+impeccabile|impeccabilmente|come\s+(?:un\s+guanto|un\s+orologio|previsto|promesso|nuov[oa]|si\s+deve|dovrebbe|l['’]olio|(?:nel\s+|il\s+)?burro|la\s+seta|il\s+primo\s+giorno|appena\s+(?:uscit|comprat)[oa])|a\s+pennello|a\s+puntino|a\s+dovere|con\s+precisione|in\s+modo\s+(?:pulito|preciso|fluido|netto|perfetto)|fluid[oa]|fluidamente|dolcemente|nett[oa]|ermeticamente|saldamente|silenziosamente|senza\s+(?:impuntamenti|scatti|gioco|perdite|sforzo|esitazioni|sbavature)|che\s+è\s+un\s+piacere|da\s+dio)|(?:fatto|fa|fatta)\s+(?:ri)?partire|(?:non\s+(?:[\w'’-]+\s+){0,2}?)?(?:nulla|niente)\s+di\s+(?:anomalo|anormale|strano|insolito|preoccupante|sospetto)|nessun(?:a)?\s+(?:anomalia|difetto|codice\s+di\s+errore|gioco|rumore\s+sospetto|punto\s+duro)|con\s+(?:il|un)\s+(?:gran\s+|bel\s+|grande\s+)?sorriso|il\s+sorriso\s+sulle\s+labbra|(?:pedal|guid|viaggi|gir)\w*\s+(?:[\w'’-]+\s+){0,2}?(?:serenamente|tranquill[io]|in\s+tutta\s+(?:sicurezza|serenità|tranquillità)|felic[ie]))\b)",
        // Proud, as a condition: "se sei orgoglioso del tuo primo disegno"; or as the question a
        // review answers on the same line: "Orgoglioso dei tuoi schizzi? La tua recensione …" (a
        // subject's "Orgoglioso del tuo primo schizzo?" alone is small talk about progress).
        r"\bse\s+(?:(?:ne\s+)?(?:sei|è|siete|ti\s+senti|si\s+sente|vi\s+sentite))\s+(?:[\w'’-]+\s+){0,2}?(?:orgoglios[oaie]|fier[oaie])\b",
        r"(?P<m>\b(?:orgoglios[oaie]|fier[oaie]|riuscit[oaie]|superato)\b)[^?.!\n]{0,80}\?[^\n?]{0,60}?\b(?:recension[ei]|opinion[ei]|parer[ei]|giudizi[oi]?|valutazion[ei]|feedback)\b",
        // Progress or a better state, asked in a question of any length: "Una settimana dopo e
        // già più in forma?", "Un mese di allenamento e già conquistato?", "Ti senti già più
        // forte dopo la prima settimana?", "Vedi già i primi risultati?". Only in a question, so
        // a tip on progress ("quando ti senti più forte, …") conditions nothing.
        r"(?P<m>\b(?:già|finalmente|davvero|ormai|senti|sente|sentite|sentono)\s+(?:(?:già|molto|un\s+po'|decisamente|davvero)\s+)?(?:convint[oaie]|conquistat[oaie]|innamorat[oaie]|meglio|in\s+forma|più\s+(?:fort[ei]|in\s+forma|legger[oaie]|sciolt[oaie]|riposat[oaie]|energic[oaie]|sicur[oaie]|tonic[oaie]|agil[ei]|rilassat[oaie]|resistent[ei]))\b)[^.!?\n]{0,60}\?",
        r"(?P<m>\b(?:vedi|vede|vedete|noti|nota|notate|senti|sente|avverti|avverte|hai\s+notato|ha\s+notato|hai\s+visto|ha\s+visto|hai\s+sentito|ha\s+sentito)\s+(?:già\s+)?(?:i\s+|la\s+|una\s+|dei\s+|delle\s+|qualche\s+)?(?:primi\s+|prime\s+)?(?:differenza|risultati|progressi|effetti|benefici|miglioramenti)\b)[^.!?\n]{0,60}\?",
        // A session no longer skipped or a pain gone, as the buyer's verdict in a question:
        // "Pedali senza rumori e non salti più un allenamento?", "Non perdi più una lezione?",
        // "E non ti fa più male la schiena quando remi?". The "non … più" is the habit's own, no
        // problem. Only in a question, so a tip ("per non saltare più un allenamento, fissa un
        // orario") conditions nothing.
        r"(?P<m>\bnon\s+(?:(?:ti|vi|si|mi)\s+)?(?:salti|saltate|salta|saltano|perdi|perdete|perde|perdono|manchi|mancate|manca|mancano|bigi|bigiate)\s+più\s+(?:a\s+)?(?:un|una|un'|nessun|nessuna|neanche\s+un|neanche\s+una|neppure\s+un|neppure\s+una)\s*(?:[\w'’-]+\s+)?(?:allenamento|sessione|seduta|lezione|corsa|uscita|giorno|appuntamento|serie|giro)\b|\bnon\s+(?:ti|vi|gli|le|mi)\s+fa(?:nno)?\s+più\s+male\b)[^.!?\n]{0,80}\?",
    ],
    negation: &[
        r"\b(?:non|mai|nessun[aoe]?|meno|né)\b|\binsoddisfatt\w*|\bscontent\w*",
        // A bare answer no to a buyer's question ("R: No.", "R2: No."): the question's reward is
        // refused.
        r"(?m:^)[ \t]*[ar][ \t]*\d*[ \t]*[:：.)][ \t]*no[ \t]*[.!,]",
    ],
    problem: &[
        // A small fault in use, told as a verb: "se il pennino gratta", "la cerniera cigola", "la
        // zip si inceppa", "la penna gocciola", "perde inchiostro".
        r"\b(?:gratta|grattano|graffia|graffiano|cigola|cigolano|s'incepp\w+|si\s+incepp\w+|gocciola|gocciolano|perde\s+(?:inchiostro|acqua|olio|liquido)|si\s+blocca|si\s+bloccano|s'impunta|si\s+impunta)\b",
        r"\b(?:problem[ai]|difett\w*|dannegg\w*|rott[aoei]|mancant[ei]|manca|mancano|sbagliat[aoei]|errat[aoei]|guast\w*|insoddisfatt\w*|scontent\w*|delus[aoei]|non\s+soddisfatt\w*|non\s+funziona\w*|reclam\w*|inconvenient[ei]|reso|resi|restituzione|restituire)\b|\b(?:sta|stanno)\s+facendo\s+(?:impazzire|arrabbiare|disperare|dannare)\b|\b(?:fa|fanno|ha\s+fatto|hanno\s+fatto)\s+(?:[\w']+\s+)?(?:arrabbiare|disperare|dannare)\b",
    ],
    condition: &[
        // The review timed to a milestone, and no earlier, in the review's sentence.
        r"\b(?:recension\w*|valutazion\w*|stelle|feedback|opinion\w*)\b[^.!?\n;]{0,120}?\b(?P<m>(?:e\s+)?non\s+prima)\s*(?:[,.;:!)–—-]|(?m:$))",
        r"\b(?P<m>(?:e\s+)?non\s+prima)\s*[,;:–—-][^.!?\n;]{0,120}?\b(?:recension\w*|valutazion\w*|stelle|feedback|opinion\w*)\b",
        // After a stretch of time with the item named good: "Dopo un paio di belle settimane con il
        // bollitore, …" holds the ask back until that verdict.
        r"\bdopo\s+(?:un\s+paio\s+di|alcune|alcuni|due|tre|quattro|diverse|diversi|qualche|\d+)\s+(?:belle|buone|felici|ottime|splendide|bei|buoni|ottimi|splendidi|bella|buona)\s+(?:settimane|giornate|mesi|giorni|settimana)\b",
        // The happy ones addressed as a group, before a comma or a colon: "Padroni felici, …", "A tutti
        // i clienti soddisfatti:", "Cari proprietari contenti, …". ("Cari padroni," names every buyer.)
        r"(?:(?m:^)[ \t]*|[.!?:;]\s+|\b(?:a\s+tutt[ie]\s+(?:i|le|gli)|ai|agli|alle|cari|care)\s+)(?P<m>(?:padron[ie]|proprietar[ie]|clienti|acquirenti|genitori|famiglie|utenti|lettori|lettrici|giardinieri|cuochi|ciclisti|pescatori)(?:\s+(?:di\s+)?[\wàèéìòù\x27’-]+)?\s+(?:felici|content[ie]|soddisfatt[ie]|entusiast[ie]|orgoglios[ie]|fier[ie])|(?:felici|content[ie]|soddisfatt[ie]|entusiast[ie]|orgoglios[ie])\s+(?:padron[ie]|proprietar[ie]|clienti|acquirenti|genitori|famiglie|utenti))\s*[,:!]",
        // A review placed after someone's approval, said as a noun: "dopo l'approvazione del tuo
        // gatto", "dopo il via libera del cane", "dopo il suo ok". (A condition only on an ask in
        // its sentence: "dopo l'approvazione del veterinario, inizia con mezza porzione" asks
        // nothing.)
        r"\bdopo\s+(?:l['’]|il|lo|la|il\s+suo|la\s+sua|il\s+tuo|la\s+tua|il\s+vostro|la\s+vostra|un|una)\s*(?:[\w'’-]+\s+){0,2}?(?:approvazione|ok|okay|via\s+libera|benestare|pollice\s+(?:in\s+)?su|benedizione|sigillo\s+di\s+approvazione|consenso)\b",
        // "Una volta" with a participle or an adjective, no "che", naming the part working without
        // trouble: "una volta rodate e silenziose, …" (the words after it as in
        // `it_after_once`). ("Una volta montata" is the first use, no condition.)
        concat!(
            r"\b(?P<m>una\s+volta)\s+",
            it_after_once!(),
            r"[^,.;:!?\n]{0,80}?\b",
            it_running_well!()
        ),
        // After the seller's own fix: "dopo che avremo risolto il problema".
        r"\b(?:dopo\s+che|una\s+volta\s+che)\s+(?:avremo|abbiamo)\b",
        // An outcome or a declaration the ask waits on: "ad esito positivo del collaudo", "ai clienti che dichiareranno piena soddisfazione".
        r"\b(?:ad|in\s+caso\s+di|con|previo|a\s+seguito\s+di|dopo)\s+(?:un\s+|l')?esito\s+positivo\b",
        r"\b(?:ai|alle|agli|a)\s+(?:clienti|acquirenti|utenti|aziende|coloro|quanti)\s+che\s+(?:ci\s+)?(?:dichiar|conferm|attest|indic|esprim|comunic)\w*",
        r"\briserv\w*\s+(?:[\w']+\s+){0,3}?a\s+chi\b|\ba\s+chi\s+(?:è|ha|sia|abbia)\b",
        r"\b(?:non\s+)?appena\s+(?:il|la|sarà|avrà|sia|lei|tu|avremo|abbiamo)\b",
        // "Appena" before a win: "appena vinci la tua prima partita", "non appena avrai vinto".
        concat!(
            r"\b(?P<m>(?:non\s+)?appena)\s+(?:[\w'’-]+\s+){0,2}?",
            it_win_verb!(),
            r"\b"
        ),
        r"\b(?:solo|soltanto|solamente)\s+(?:[\w'-]+\s+){0,3}?(?:a\s+chi|ai|alle|agli|se|quando|per\s+chi|ai\s+clienti)\b",
        // Only at that moment, after what the sentence before described: "proprio quel giorno,
        // e solo allora", "soltanto a quel punto".
        r"\b(?:solo|soltanto|solamente|unicamente)\s+(?:allora|in\s+quel\s+caso|a\s+quel\s+punto|in\s+quel\s+momento|quel\s+giorno)\b",
        r"\bda(?:l|ll')?\s*\d+\s+in\s+(?:su|giù)\b|\b\d+\s+(?:stelle\s+|punti\s+)?o\s+(?:più|meno)\b|\b(?:sopra|sotto)\s+(?:il\s+|i\s+)?\d+",
        // Also with an aside inside the conjunction: "a patto, beninteso, che", "sempre, però,
        // che".
        // "Finché" as "as long as": "finché il copripiumino ti dà quella sensazione di fresco,
        // …" holds the ask to the buyer still liking it. ("Finché non", "until", is timing and
        // read by the words on waiting.)
        r"(?P<m>\b(?:finché|fintantoché|fin(?:\s+|\s*)tanto\s+che))\s+(?:[^\s,.;:!?n]|n(?:[^o\s]|o[^n\s]|on\w))",
        r"\b(?:se|qualora|quando|nel\s+caso|purché|a\s+patto\s+che|una\s+volta\s+che|sempre\s+che)\b|\b(?:a\s+patto|a\s+condizione|sempre)\s*,\s*(?:[\w']+\s+){0,2}?[\w']+\s*,\s*che\b",
        // A finding made first, as the condition: "una volta constatato che la miscela Le
        // piace", "dopo aver verificato che tutto è perfetto"; "laddove" with its verb ("laddove
        // il tè sia di Suo gusto", not "laddove possibile").
        r"\b(?:una\s+volta|dopo\s+aver(?:e|lo|la)?|non\s+appena|appena)\s+(?:constatat|verificat|accertat|appurat|stabilit|riscontrat)[oaie]\s+che\b",
        r"\bladdove\s+(?:[\w'’]+\s+){0,4}?(?:l'\s*|(?:l[aeio]|gli|ti|vi)\s+)?(?:sia|siano|fosse|fossero|risulti|risultino|abbia|abbiano|avesse|avessero|piaccia|piacciano|convinca|convincano)\b",
        r"\bclienti\s+(?:soddisfatti|contenti|felici|entusiasti|entusiaste|appagati)\b",
        // A band of scores opening a line, as the answer it is for: "4 o 5: …", "da 1 a 3: …",
        // "1-3 stelle → …".
        r"(?m:^)[ \t]*(?:[•·‣▪◦*–-][ \t]*)?(?P<m>(?:(?:da|dal|dall['’])\s*\d+\s+(?:a|al|all['’])\s*\d+|\d+\s+(?:o|e|oppure)\s+\d+|\d+\s*[-–]\s*\d+)(?:\s+(?:stelle|stelline|punti))?)\s*(?:[:=→>–—]|-\s)",
        // Only the ones named, as a group: "i soli clienti contenti", "le sole lettrici felici".
        r"\b(?:i|le|gli)\s+sol[ie]\b",
        r"\bin\s+caso\s+di\s+(?:piena\s+)?(?:soddisfazione|insoddisfazione)\b",
        r"\b(?:sotto|sopra|oltre|meno\s+di|più\s+di)\s+(?:il\s+|l')?\d+",
        r"(?m:^)[ \t]*(?:chi|chiunque|coloro\s+che)\b",
        r"\bcon\s+(?:un\s+)?[“]?(?:ok|sì|si|no)\b",
        // A numbered answer as the condition: "Con l'1 ti giriamo il link; con il 2 o il 3 …",
        // a verdict by thumbs: "pollice in su →".
        r"\bcon\s+(?:l'\s*|il\s+|la\s+)(?:\d|10|uno|due|tre|quattro|cinque|(?-i:[A-E]))\b(?:\s+(?:o|e|oppure)\s+(?:l'\s*|il\s+|la\s+)?(?:\d|10|uno|due|tre|quattro|cinque|(?-i:[A-E]))\b)?\s*(?:[,;:]|\s+(?:ti|le|vi|ci|la|lo|gli)\b)",
        r"\bpollice\s+(?:in\s+|verso\s+l'\s*|verso\s+il\s+)?(?:su|giù|alto|basso)\b",
        // Waiting until a settling or trial phase is over, or the buyer (or the pet) got used to
        // it: "aspettate che il rodaggio sia concluso", "aspetta finché il cane non si è abituato".
        r"\baspett(?:a|i|ate|are|iamo|ino)\s+(?:[\w'-]+\s+){0,2}?(?:che|finché|fino\s+a\s+quando|la\s+fine\s+d\w*)\b[^.!?\n]{0,60}?\b(?:(?:finit|passat|terminat|trascors|conclus|superat|abituat|ambientat|adattat)[oaie]|ambientamento|adattamento|rodaggio|assestamento)\b",
        // Waiting until the thing is complete, works or is put right: "aspetta che tutto funzioni
        // per scrivere la recensione", "aspetti di averlo completo e montato", "finché non è tutto a
        // posto".
        r"\baspett(?:a|i|ate|are|iamo|ino)\s+(?:[\w'-]+\s+){0,2}?(?:che|finché|fino\s+a\s+quando|di\s+aver(?:e|l[oaie])?)\b[^.!?\n]{0,60}?\b(?:funzion\w*|complet[oaie]|montat[oaie]|risolt[oaie]|sistemat[oaie]|riparat[oaie]|a\s+posto|in\s+ordine)\b",
        r"\b(?:i\s+)?(?:complimenti|elogi|applausi)\b[^.!?\n]{0,20}?\b(?:su|per|ad?)\s+Amazon\b",
        // Waiting to see the thing work without trouble, or leave a surface clean: "aspetta di
        // vedere che la lavagna si cancella senza aloni", "aspetta che giri silenziosa". The
        // review then waits on the buyer's verdict. (A tip, "aspetta che il vetro si asciughi",
        // names no such outcome.)
        concat!(
            r"\baspett(?:a|i|ate|are|iamo|ino)\s+(?:[\w'-]+\s+){0,2}?(?:che|finché|fino\s+a\s+quando)\b[^.!?\n]{0,60}?(?:\b",
            it_running_well!(),
            r"|\bsenza\s+(?:(?:alcun|nessun|un\s+solo|il\s+minimo|lasciare)\s+)?(?:alon[ei]|macchi[ae]|sbavatur[ae]|striatur[ae]|residu[oi]|grum[oi]|ombr[ae])\b)"
        ),
    ],
    if_so: &[
        r"\bse\s+(?:sì|sí|è\s+così|così\s+è|la\s+risposta\s+è\s+sì)\b|\bin\s+caso\s+affermativo\b",
        // "If it is", pointing back at the quality just asked about: "È comoda? Se lo è, …", "se
        // lo sono state, …".
        r"\bse\s+lo\s+(?:è|sono|sei|siete|è\s+stat[oa]|sono\s+stat[ie])\s*[,;:]",
        r"\bin\s+(?:tal|questo|quel)\s+caso\b",
        // "If that is you", pointing back at the buyers just named: "se si ritrova in questa
        // descrizione", "se è anche il suo caso", "se ti riconosci".
        r"\bse\s+(?:(?:ti|si|vi)\s+(?:ci\s+)?(?:ritrov|riconosc)\w*|(?:è|fosse)\s+(?:anche\s+)?il\s+(?:suo|tuo|vostro)\s+caso)\b",
        // Counting oneself among the buyers just named: "se siete tra questi", "se fa parte di
        // loro", "se sei una di quelle".
        r"\bse\s+(?:anche\s+)?(?:(?:lei|tu|voi)\s+)?(?:sei|siete|è|fai|fate|fa)\s+(?:anche\s+)?(?:(?:lei|tu|voi)\s+)?(?:tra|fra|parte\s+di|un[oa]?\s+di|un'\s*di)\s+(?:questi|queste|loro|quelli|quelle|costoro|essi|esse)\b",
        // The answer yes, as the condition after a question: "se è sì", "se la risposta è un sì",
        // typed "se e SI" (never "se si rompe": the "è" is required).
        r"\bse\s+(?:la\s+risposta\s+)?(?:è|e)\s+(?:un\s+)?s[iìí]\b",
        // A group pointing back at the outcome just described: "a chi è successo", "per tutti
        // quelli a cui è andata così", "a chi è capitato lo stesso".
        r"\b(?:a|per)\s+(?:tutti\s+)?(?:chi|quelli\s+a\s+cui|quelle\s+a\s+cui|coloro\s+a\s+cui|quanti)\s+(?:(?:è|e)\s+(?:(?:già|davvero|proprio)\s+)?(?:successo|capitato|andata\s+così|stato\s+così)|(?:va|andrà)\s+così)\b",
    ],
    question: &[],
    contact: &[
        // Talking it over, as the step proposed: "Prima di recensire, parliamone", "ne parliamo
        // prima insieme", "sentiamoci".
        r"\bparliamone\b|\bne\s+parliamo\s+(?:prima|insieme)\b|\bsentiamoci\b",
        // The seller's own service or inbox: "la nostra assistenza", "il nostro servizio clienti".
        r"\b(?:la\s+|il\s+)?nostr[ao]\s+(?:assistenza|servizio\s+clienti|casella(?:\s+di\s+posta)?|posta)\b",
        // Room to put things right, or a few lines to the seller: "darci la possibilità di rimediare",
        // "due righe a noi"; mail given for the rest: "le email per tutto il resto".
        r"\bdarci\s+(?:la\s+|l\')?(?:possibilità|occasione|modo|tempo|chance)\b|\b(?:due|poche|quattro|qualche)\s+(?:righe|parole)\s+a\s+noi\b",
        r"\b(?:e-?mail|mail|messaggi)\s+(?:[\w'-]+\s+){0,3}?per\s+(?:tutto\s+(?:quanto\s+)?(?:il\s+)?resto|il\s+resto|i\s+problemi|quell[aei]\s+meno\s+\w+|le\s+altre|gli\s+altri|tutto\s+ciò\s+che\s+non\s+va)\b",
        // A phone call to the seller: "telefoni a me", "chiamaci".
        r"\btelefon(?:i|ate|are|arci|armi|atemi|ami|aci)\b|\bchiam(?:i|ate|ami|atemi|aci|ateci)\b",
        r"\bscriver\w*\s+a\s+noi\b",
        r"\b(?:contatt\w*|scriv(?:eteci|aci|ici|erci)|rispond\w*|ci\s+(?:scriva|scrivete|faccia\s+sapere|fate\s+sapere|avvisi|avvisate|informi)|ci\s+(?:contatti|contattate)|faccia(?:teci)?\s+sapere|ci\s+dia\s+modo|messaggio)\b",
        r"\bparla(?:ne|tene|temene|cene)?\s+(?:prima\s+)?con\s+noi\b|\bparlarne\s+con\s+noi\b|\bsegnal\w*|\bsaper(?:lo|e)\s+(?:prima\s+)?da\s+(?:lei|te|voi)\b",
        r"\b(?:la|ti|le|vi|lo)\s+(?:ri)?chiam\w*",
        r"\bdite(?:lo|celo)\s+a\s+noi\b|\b(?:dillo|raccontalo|raccontatelo|scrivilo|scrivetelo|dicci)\s+(?:prima\s+|pure\s+|subito\s+)?a\s+noi\b|\b(?:dacci|dateci|concedeteci|concedici)\b|\bci\s+(?:dia|conceda)\b",
        r"\bpassa(?:te)?\s+da\s+noi\b|\bdiccelo\b",
        // The thing as a pronoun, sent or kept for the seller: "mandatele qui", "giracelo a noi",
        // "tienile per noi".
        r"\b(?:manda|mandate|invia|inviate|gira|girate|tieni|tenete)(?:ce)?l[aoie]\s+(?:pure\s+|tutt[aoie]\s+)?(?:qui|qua|a\s+(?:noi|me)|per\s+(?:noi|me))\b",
    ],
    before_review: &[
        // The stated purpose of keeping problems out of the reviews: "così nessun problema di
        // taglia finisce nelle recensioni", "perché nessun difetto arrivi tra le valutazioni".
        r"\b(?:così|cosicché|così\s+che|in\s+modo\s+che|perché|affinché)\s+(?:[\w']+\s+){0,2}?(?:nessun[oa]?|nessun'|niente|nulla)\s*(?:[\w']+\s+){0,4}?(?:finisc[ae]|arriv[ia]|compai[ae]|entr[ia]|appai[ae]|si\s+ritrov[ia]|rest[ai]|rimanga)\s+(?:nelle|nella|tra\s+le|fra\s+le|sulle|sulla|in|nei|nel)\s+(?:[\w']+\s+)?(?:recension[ie]|valutazion[ie]|opinion[ie]|feedback|stelle|scheda)",
        // The review held back to a milestone, and no earlier, said of the review in its
        // sentence: "scrivi la recensione allora, non prima" ("indossali dopo il profumo, non
        // prima" is a care step).
        r"\b(?:recension\w*|valutazion\w*|stelle|feedback|opinion\w*)\b[^.!?\n;]{0,120}?\b(?P<m>(?:e\s+)?non\s+prima)\s*(?:[,.;:!)–—-]|(?m:$))",
        r"\b(?P<m>(?:e\s+)?non\s+prima)\s*[,;:–—-][^.!?\n;]{0,120}?\b(?:recension\w*|valutazion\w*|stelle|feedback|opinion\w*)\b",
        // The review held until the seller has put the fault right, said with the review first or
        // in the passive: "la recensione è meglio scriverla solo dopo che avremo risolto", "la
        // valutazione va lasciata soltanto quando avremo sostituito il pezzo".
        r"\b(?:recension|valutazion|opinion|feedback)\w*\b[^.!?\n]{0,50}?\b(?:solo|soltanto|unicamente|meglio|preferibilmente)\b[^.!?\n]{0,30}?\b(?:dopo\s+che|una\s+volta\s+che|quando|appena|non\s+appena)\s+(?:(?:lo|la|li|le|l['’]|ci|te\s+l[oaie]|glie\w*)\s*)?(?:avremo|abbiamo)\s+(?:[\w'’-]+\s+)?(?:risolt|sistemat|riparat|corrett|sostituit|rimediat|aggiustat)\w*",
        // The review told to wait, or a complaint kept out of it: "la valutazione può aspettare",
        // "questo non finisce in recensione", "i difetti non vanno nelle recensioni".
        r"\b(?:recension[ei]|valutazion[ei]|stelle|feedback)\s+(?:può|possono|potrà|potranno)\s+(?:anche\s+|ben\s+)?aspettare\b|\bnon\s+(?:va|vanno|finisce|finiscono|deve\s+finire|devono\s+finire)\s+(?:in|nella|nelle|tra\s+le)\s+recension\w*",
        // Kept from the world, or sent to the seller and nowhere else: "non dirlo in giro",
        // "non raccontarlo a tutti", "scrivici e non altrove".
        r"\bnon\s+(?:dirl|raccontarl|gridarl|urlarl|spiattellarl)[oaie]\s+(?:al\s+mondo|a\s+tutti|in\s+giro|ai\s+quattro\s+venti)\b|\be\s+non\s+altrove\b|\be\s+(?:da|in)\s+nessun'altra\s+parte\b",
        // No need to wait for a review to tell the seller: "non c'è bisogno di aspettare una
        // recensione per dircelo", "non serve passare dalle valutazioni".
        r"\bnon\s+(?:c'è\s+bisogno|serve|servirà|è\s+necessario|occorre)\s+(?:di\s+)?(?:aspettare|attendere|passare\s+(?:da|per)|ricorrere\s+a)\s+(?:(?:una|la|le|alle|dalla|dalle|a\s+una|da\s+una|per\s+una)\s+)?(?:recension|valutazion|feedback|stell)\w*",
        // Before others read it: "prima che lo leggano altri acquirenti", "prima che lo scoprano
        // tutti".
        r"\bprima\s+che\s+(?:lo|la|li|le|ne)\s+(?:legga|leggano|scopra|scoprano|veda|vedano|sappia|sappiano|sentano)\s+(?:anche\s+)?(?:gli\s+|le\s+)?(?:altri|altre|tutti|futuri|nuovi|altr[ie]\s+\w+)\b",
        // The review and a message to the seller given to different moods: "le recensioni sono per i
        // momenti belli, le email per tutto il resto".
        r"\b(?:recension[ei]|stelle|valutazion[ei])\s+(?:sono\s+|servono\s+)?(?:per|riservat[ei]\s+a)\s+[^.!?\n]{0,40}?[,;–—-]\s*(?:e\s+)?(?:le\s+|i\s+|una\s+|un\s+)?(?:e-?mail|mail|messaggi[oi]?|telefonat[ae])\s+(?:[\w'-]+\s+){0,3}?per\b",
        r"\b(?:e-?mail|mail|messaggi[oi]?|telefonat[ae])\s+(?:sono\s+|servono\s+)?per\s+[^.!?\n]{0,40}?[,;–—-]\s*(?:e\s+)?(?:le\s+)?(?:recension[ei]|stelle|valutazion[ei])\s+(?:[\w'-]+\s+){0,3}?per\b",
        // The seller's inbox ahead of the product page or the review: "la nostra casella viene prima
        // della pagina del prodotto"; a review that should never be the first news of a problem.
        r"\b(?:casella|posta|mail|e-?mail|messaggi[oi]?|assistenza|telefonata)\s+(?:[\w\'-]+\s+){0,3}?prima\s+(?:della|delle|di\s+una|di\s+ogni)\s+(?:pagina|recension|valutazion|stell)\w*",
        r"\b(?:recension[ei]|valutazion[ei])\s+[^.!?\n]{0,30}?\bnon\s+(?:deve|dovrebbe|dev\')\s*(?:mai\s+)?essere\s+(?:la\s+)?prim[ao]\b",
        // Before telling it around or online: "prima di scriverlo in giro", "prima di
        // raccontarlo in rete", "prima di sfogarti online", "prima di parlarne da qualche altra
        // parte".
        r"\bprima\s+di\s+\w+\s+(?:[\w'-]+\s+){0,3}?(?:in\s+giro|in\s+rete|online|sul\s+web|su\s+internet|pubblicamente|in\s+pubblico|su\s+Amazon|altrove|(?:da|in)\s+(?:qualche\s+)?altr[ae]\s+part[ei]|nero\s+su\s+bianco|per\s+iscritto)\b",
        // Hearing it from the buyer preferred to a (low) review: "preferiamo saperlo da te
        // piuttosto che da una stellina sola", "meglio dirlo a noi che a una recensione".
        r"\b(?:preferiamo|preferisco|preferiremmo|meglio|molto\s+meglio)\b[^.!?\n]{0,80}?\b(?:piuttosto\s+che|anziché|invece\s+che|che\s+(?:da|su|in|a|con|leggerlo|scoprirlo|trovarlo))\b[^.!?\n]{0,40}?\b(?:recension[ei]|valutazion[ei]|stell(?:a|e|ina|ine)|feedback|commenti?|Amazon)\b",
        // "Don't review" told outright at the head of a line, an arrow or a clause, then help:
        // "→ non recensirlo, chiamaci", "No: non lasciare ancora la recensione e scrivici".
        // (Not reviewing named as a subject, "non recensire non cambia nulla", tells nothing.)
        r"(?:(?m:^)[^\w\n]*|[→:;]\s*|\b(?:no|sennò|altrimenti)\s*[,:.!–—-]?\s*)non\s+(?:recensir(?:e|lo|la|li|le|ci)|valutar(?:e|lo|la|li|le|ci)|(?:lasciare|scrivere|pubblicare|mettere)\s+(?:ancora\s+|subito\s+)?(?:(?:la|una|nessuna|alcuna)\s+)?(?:recension[ei]|valutazion[ei]|stelle|feedback))(?:\s*[,;:.!–—-]|\s+(?:ancora|subito|adesso|per\s+ora|e)\b)",
        // No review in that case, write instead: "in quel caso niente recensione, scrivici".
        r"\b(?:niente|nessuna|nessun)\s+(?:recension[ei]|feedback|valutazion[ei]|stelle)\s*(?:[,;:.–—-]|per\s+(?:ora|adesso|il\s+momento)\b)|\b(?:in\s+(?:quel|questo|tal)\s+caso|allora)\s+(?:niente|nessuna|non\s+(?:lasciare|scrivere))\s+(?:(?:la|una)\s+)?recension[ei]\b",
        r"\bsenza\s+(?:prima\s+)?(?:contattarci|scriverci|parlarne\s+con\s+noi|averci\s+(?:contattato|scritto|parlato)|sentirci|avvisarci|aver\s+parlato\s+con\s+noi)\b|\be\s+non\s+(?:su|in|con|tramite|a|ad|nella|sulla|nelle|sulle|negli|nei|alle)\s+(?:una\s+)?(?:Amazon|recension[ei]|opinion[ei]|valutazion[ei]|stelle)\b",
        // Also with the article joined to "di": "prima della valutazione", "invece delle stelle".
        // "Invece che" too: "scrivi a noi invece che nei commenti".
        // "Commento" in the singular too: "prima di lasciare un commento".
        r"\b(?:(?:prima|invece)\s+(?:di|del|della|delle|dei|degli|dello)|invece\s+che|anziché|piuttosto\s+che)\s+(?:[\w'-]+\s+){0,4}?(?:recension[ei]|recensire|valutazion[ei]|valutare|feedback|comment[oi]|giudizi[oi]?)\b|\b(?:prima|invece)\s+dell'\s*(?:[\w'-]+\s+){0,3}?(?:recension[ei]|valutazion[ei]|opinion[ei])\b",
        r"\b(?:evitare|evitar[ne]|senza|invece\s+di|anziché|piuttosto\s+che)\b[^.!?\n]{0,40}?\b(?:recension[ei]|valutazion[ei]|feedback|commenti?|giudizi[oi]?|voti?)\s+(?:negativ[aeio]|sfavorevol[ei]|cattiv[aeio]|bass[aeio])\b",
        r"\b(?:recension[ei]|valutazion[ei]|feedback|commenti?|giudizi[oi]?)\s+(?:negativ[aeio]|sfavorevol[ei]|cattiv[aeio])\s+(?:[\w'-]+\s+){0,2}?(?:senza|prima)\b",
        r"\bprima\s+di\s+(?:scrivere|pubblicare|postare)\b",
        r"\b(?:evitare|evitar[ne]|senza|invece\s+di|anziché|piuttosto\s+che)\b[^.!?\n]{0,40}?\b(?:cattiv[aeio]|negativ[aeio]|brutt[aeio])\s+(?:recension[ei]|valutazion[ei]|feedback|commenti?|giudizi[oi]?|voti?)\b",
        // Waiting before reviewing, the review also as a pronoun joined to the verb: "aspetti a
        // valutarlo", "aspettate prima di pubblicarla", "aspettare a scriverne una"; not "aspetti a
        // scriverci", which is writing to the seller.
        r"\baspett(?:are|i|ate|a)\s+(?:a|prima\s+di)\s+(?:recensir|lasciar|scriver|pubblicar|valutar)(?:e|l[oaie]|ne)\b",
        // Waiting before judging it in public: "aspetti a giudicarla online", "attendi prima di
        // giudicare il prodotto su Amazon"; a private "aspetta a giudicarlo" stays clean.
        r"\b(?:aspett|attend)(?:are|ere|i|a|ate|ete|iate)\s+(?:(?:ancora|un\s+attimo|un\s+po')\s+)?(?:a|ad|prima\s+di|di)\s+(?:giudicar|bocciar|stroncar)\w*\s+(?:[\w'-]+\s+){0,2}?(?:pubblicamente|in\s+pubblico|online|in\s+rete|su\s+Amazon)\b",
        // Waiting to give a verdict, in any wording: "attenda a dare un giudizio", "aspetti
        // prima di dare un voto", "attenda di mettere le stelle".
        // Also the verb with its pronoun, the review named after it: "aspetta a pronunciarti
        // sulle stelle", "attenda a esprimersi nella valutazione".
        r"\b(?:aspett|attend)(?:are|ere|i|a|ate|ete|iate)\s+(?:(?:ancora|un\s+attimo|un\s+po')\s+)?(?:a|ad|prima\s+di|di)\s+(?:esprimer|dar|metter|lasciar|scriver|pubblicar|assegnar|formular|pronunciar|sbilanciar)(?:e|ti|si|vi|ci|l[oaie]|ne)\s+(?:[\w'-]+\s+){0,2}?(?:recension|valutazion|giudizi|vot[oi]\b|stell|feedback|opinion|parer)\w*",
        r"\bnon\s+(?:ci\s+)?(?:recensisca|recensire|recensite|valuti|valutate|valutare|lasci|lasciate|lasciare|scriva|scrivete|scrivere)\s+(?:[\w'-]+\s+){0,3}?(?:ancora|subito)\b|\bnon\s+(?:ancora|subito)\s+(?:una\s+)?(?:recensione|valutazione)\b",
        r"\b(?:(?:prima|invece)\s+(?:di|del|della|delle|dei|degli|dello)|anziché|piuttosto\s+che)\s+(?:[\w'-]+\s+){0,4}?stell(?:e|ine)\b",
        r"\bnon\s+(?:affidarsi|affidarti|affidatevi)\s+a\s+(?:un|una)\s+(?:giudizio|recensione|valutazione)\b|\b(?:giudizio|recensione|valutazione)\s+affrettat[oa]\b|\buna\s+recensione\s+(?:[\w'-]+\s+){0,3}?non\s+(?:risolve|aiuta)\b",
        // Also the review link to be skipped: "lascia stare il link qui sopra", "salta il pulsante".
        r"\bin\s+privato\b|\buna\s+recensione\s+resta\b|\b(?:lasci|lascia|lasciate)\s+(?:pure\s+)?(?:stare|perdere)\s+(?:il|la|quel|quella|questo|questa)\s+(?:link|pulsante|bottone|recensione|pagina)\b|\b(?:salta|saltate|ignora|ignorate)\s+(?:pure\s+)?(?:il|la|quel|quella|questo|questa)\s+(?:link|pulsante|bottone|recensione|pagina)\b",
        // Holding back the verdict, asked of the buyer: "si astenga dal pubblicare un giudizio",
        // "non affidare la tua opinione alla pagina", "trattenersi dal lasciare una recensione".
        r"\b(?:astener\w*|asteng\w*|astenet\w*|asteniti|trattener\w*|tratteng\w*|non\s+(?:affidare|affidi|esprimere|esprima|rendere|dare|pubblicare|pubblichi))\s+(?:dal(?:l')?\s*|dai\s+|di\s+)?(?:(?:esprimere|lasciare|pubblicare|dare|affidare|rendere|scrivere)\s+)?(?:(?:il|un|una|la|l'|alcun[oa]?)\s*)?(?:tuo\s+|suo\s+|vostro\s+|tua\s+|sua\s+|vostra\s+)?(?:giudizi[oi]|opinion[ei]|recension[ei]|valutazion[ei]|commenti?|parer[ei])\b",
        // Before talking to the seller: "prima di aver parlato con me", "prima di averci scritto".
        r"\bprima\s+di\s+(?:aver(?:e)?\s+|averne\s+)?(?:parlato|parlarne|parlare|scritto|sentito)\s+(?:(?:prima\s+)?con|a)\s+(?:me|noi)\b|\bprima\s+di\s+(?:avermi|averci)\s+(?:scritto|contattat\w*|sentit\w*|parlato)\b",
        // A longer clause before the review: "Prima di mettere nero su bianco un giudizio su
        // Amazon, …".
        // Or a clause on what may happen first: "prima che diventi una valutazione pubblica".
        r"\bprima\s+(?:di\s+\w+(?:re|rla|rlo|rle|rli|rne|rci|rsi)|che)\b[^.!?\n,;:]{0,60}?\b(?:recension[ei]|recensire|valutazion[ei]|giudizi[oi]?|opinion[ei]|feedback|stell(?:e|ine))\b",
        // The review as the last resort: "non serve arrivare alle recensioni", "senza dover
        // ricorrere a una valutazione".
        // Any tense: "prima che finisca in una recensione", "se arrivasse alle stelle".
        r"\b(?:arrivar\w*|arriv(?:i|ino|asse|assero)|ricorrer\w*|finir\w*|finisc\w*|finiss\w*|approdar\w*|approd(?:i|ino|asse))\s+(?:a(?:lle|lla|l|i|d|gli)?|su|in|nell[ae]|nei|sull[ae])\s+(?:una\s+|un\s+)?(?:recension|valutazion|feedback|stell|giudizi)\w*",
        // The problem not to be taken to the reviews: "non portare il guasto nelle recensioni",
        // "evita di sfogare il disagio in una valutazione".
        r"\b(?:non|evit\w*\s+di)\s+(?:affidar(?:e|l[oaie])|affid(?:i|ate)(?:l[oaie])?|affidatel[oaie]|portar(?:e|l[oaie])|port(?:i|ate)|portatel[oaie]|riversare|riversi|sfogare|sfoghi|scaricare|scarichi|risolvere|affrontare)\s+(?:[\w'-]+\s+){0,3}?(?:a(?:lle|lla|l|i|d|gli)?|nell[ae]|nei|in|su|sull[ae])\s+(?:una\s+|un\s+)?(?:recension|valutazion|feedback|stell|giudizi|comment)\w*",
    ],
    first: &[
        // Also going through the seller first: "passa prima dalla nostra assistenza".
        r"\b(?:rispond\w*|scriv\w*|contatt\w*|pass(?:a|i|ate))\s+(?:[\w']+\s+){0,1}?prima\b|\bprima\s+a\s+(?:questo|questa|noi)\b",
        r"\bprima(?:\s*[,.!;:]|\s+(?:e|così|per|di\s+tutto)\b|\s*$)|\b(?:innanzitutto|per\s+prima\s+cosa|anzitutto|invece|piuttosto)\b",
        r"\bprima\s+(?:con|da|a)\s+(?:noi|lei|te|voi)\b",
        // "First", then the contact: "prima ci contatti", "prima mi scriva", "prima ci avvisi".
        r"\bprima\s+(?:ci|mi)\s+(?:contatt|scriv|chiam|telefon|avvis|interpell|segnal)\w*",
        // To the seller instead of the public: "scrivi a noi e non agli altri clienti", "parlane
        // con noi, non nella recensione", "a noi anziché su Amazon". It keeps the complaint out
        // of the reviews.
        r"\b(?:a|con)\s+noi\s*,?\s*(?:e\s+)?(?:non|anziché|piuttosto\s+che|invece\s+che)\s+(?:a|ai|agli|alle|con|in|nella|nelle|su|sulla|sulle)\s+(?:[\w'’-]+\s+){0,2}?(?:clienti|acquirenti|compratori|utenti|persone|pubblico|recension[ei]|valutazion[ei]|amazon|pagina|bacheca)\b",
    ],
    reward: &[
        // A little writing said to be enough, joined to a gift, right after a review ask:
        // "Lascia la tua recensione: … Basta una riga e ti mandiamo un campione", "Due parole
        // sono sufficienti, e ricevi una ricarica". (After an offer of help, "Rispondi a questa
        // email. Basta una riga e ti mandiamo il pezzo", it is help.)
        r"(?:\b(?:recension[ei]|recensisci|recensirl[oa]|valutazion[ei]|opinion[ei]|feedback)\b)[^\n]{0,160}?(?:[.!?]+\s+|\s*\n\s*)(?P<m>(?:basta(?:no)?\s+(?:(?:anche|solo)\s+)?(?:una|un|due|tre|poche|qualche)\s+(?:\w+\s+)?(?:riga|righe|frasi?|parol[ae]|comment[oi])|(?:una|un|due|tre|poche|qualche)\s+(?:\w+\s+)?(?:riga|righe|frasi?|parol[ae]|comment[oi])\s+(?:basta(?:no)?|è\s+sufficiente|sono\s+sufficienti))\s*[,;–—-]?\s+e\s+(?:(?:noi|io)\s+)?(?:(?:ti|vi|le)\s+(?:mand|sped|regal|diam|dar|offr|invi|rimbors|aggiung|mett)\w*|ricev\w*|ottien\w*))",
        // A token earned per review, a badge, a stamp, a sticker, a point on a card: "ogni
        // recensione scritta vale un distintivo", "un timbro per ogni recensione". Status in the
        // seller's club is given for the review even when nothing is swapped for it yet.
        r"\b(?:recension[ei]|valutazion[ei]|feedback)\b[^.!?\n]{0,40}?\b(?:(?:ti|vi|le|gli)\s+)?(?:vale|valgono|varrà|porta(?:no)?|fa\s+(?:guadagnare|ottenere)|sblocca|conta\s+come|equivale\s+a)\s+(?:(?:ti|vi)\s+)?(?:un|una|uno|un['’]|\d+|due|tre|cinque|dieci)\s*(?:[\w'’-]+\s+){0,2}?(?:distintiv[oi]|badge|timbr[oi]|bollin[oi]|adesiv[oi]|sticker|gettoni?|spille?|stemm[ai]|toppe?|tacche?)\b",
        r"\b(?:distintiv[oi]|badge|timbr[oi]|bollin[oi]|adesiv[oi]|sticker|gettoni?|spille?|stemm[ai]|toppe?|tacche?)\s+(?:(?:per|a|con)\s+ogni|a)\s+(?:[\w'’-]+\s+)?(?:recensione|valutazione|feedback)\b",
        // Tokens counted and swapped for goods, in the sentence of the review or the next:
        // "cinque distintivi danno diritto a un kit di ricambi", "dieci timbri valgono una
        // frontale", "scambia dieci bollini con una borraccia".
        r"\b(?:\d+|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|dodici|quindici|venti|trenta|cinquanta|cento|i\s+tuoi|i\s+vostri|le\s+tue|le\s+vostre)\s+(?:[\w'’-]+\s+)?(?:distintivi|badge|timbri|bollini|adesivi|sticker|gettoni|punti|spille|stemmi|toppe|tacche)\s+(?:[\w'’-]+\s+)?(?:danno\s+diritto\s+a|valgono\s+(?:un|una|uno|un['’]|\d)|si\s+(?:possono\s+)?(?:scambiano|convertono|scambiare|convertire|riscattano|riscattare)\s+(?:con|in|per)|(?:possono\s+essere|sono|vengono|verranno)\s+(?:scambiati|convertiti|riscattati)\s+(?:con|in|per)|(?:sono\s+)?(?:convertibili|riscattabili|scambiabili)\s+(?:con|in|per)|sbloccano|(?:ti|vi)\s+(?:danno|regalano|fanno\s+avere|portano)|permettono\s+di\s+(?:avere|ottenere|ricevere|ritirare))",
        r"\b(?:scambi|convert|riscatt)\w*\s+(?:\d+|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|dodici|quindici|venti|i\s+tuoi|i\s+vostri|le\s+tue|le\s+vostre)\s+(?:[\w'’-]+\s+)?(?:distintivi|badge|timbri|bollini|adesivi|sticker|gettoni|punti|spille|stemmi|toppe|tacche)\s+(?:con|in|per)\b",
        // The review said to be worth a thing, or exchanged for it: "ogni recensione vale una
        // scorta di snack", "la tua recensione equivale a un campione", "si può scambiare con un
        // sacchetto" ("la tua recensione vale molto per noi" gives nothing).
        r"\b(?:recension[ei]|valutazion[ei]|feedback)\b[^.!?\n]{0,40}?\b(?:vale|valgono|varrà|varranno|equivale\s+a|equivalgono\s+a|conta\s+come|(?:ti|vi|le)\s+(?:fa|fanno)\s+guadagnare|(?:si\s+)?(?:può|possono|potrà)\s+(?:essere\s+)?(?:scambiare|scambiat[aei]|convertire|convertit[aei]|riscattare|riscattat[aei])\s+(?:con|in|per)|(?:è|sono)\s+(?:scambiabil[ei]|convertibil[ei]|riscattabil[ei])\s+(?:con|in|per))\s+(?:(?:un|una|uno|un'|due|tre|\d+)\s*(?:(?:piccol[oa]|grande|bell[oa]|inter[oa]|pien[oa])\s+)?(?:scort[ae]|sacchett[oi]|sacc(?:o|hi)|confezion[ei]|pacc(?:o|hi)|pacchett[oi]|scatol[ae]|barattol[oi]|bottigli[ae]|porzion[ei]|ricaric[ae]|campion(?:e|i|cino|cini)|snack|biscott[oi]|premi(?:o|ni|ett[oi])?|giocattol[oi]|caffè)\b|(?:un|una|uno|un')\s*[\w'-]+\s+(?:gratis|gratuit[oa]|omaggio|in\s+regalo)\b|[$€£¥]\s*\d|\d+\s*(?:€|euro)\b)",
        // A thing named per review with no verb of giving: "per ogni recensione, un sacchetto di
        // snack", "per ogni valutazione due campioncini" ("per ogni recensione che leggiamo"
        // names no thing).
        r"\b(?:per|con|a)\s+ogni\s+(?:nuova\s+)?(?:recensione|valutazione|feedback|opinione|commento)\s*[,:;–—-]?\s*(?:un'|(?:un|una|uno|due|tre|\d+)\s+)(?:(?:piccol[oa]|grande|bel|bella|buon[oa]?)\s+)?(?:sacchett[oi]|sacc(?:o|hi)|scatol[ae]|barattol[oi]|bottigli[ae]|confezion[ei]|pacchett[oi]|bust[ae]|campion(?:e|i|cino|cini)|snack|biscott[oi]|regal(?:o|i|ino|ini)|omaggi?|giocattol[oi]|alber[oi]|pasti?|donazion[ei]|euro)\b",
        // The review worth a step of the seller's own plan or course: "la tua recensione vale un
        // giorno jolly", "la recensione conta come un allenamento", "ogni recensione ti sblocca
        // il livello 2".
        r"\b(?:recension[ei]|valutazion[ei]|feedback)\b[^.!?\n]{0,40}?\b(?:vale|valgono|varrà|conta\s+come|equivale\s+a|(?:ti|vi|le)\s+(?:sblocca|regala|fa\s+guadagnare|dà))\s+(?:(?:un|una|uno|il|la|lo|i|le|gli|l'|un')\s*)?(?:[\w'-]+\s+){0,2}?(?:giorn[oi]\s+(?:jolly|bonus|di\s+riposo)|jolly|livell[oi]|certificat[oi]|attestat[oi]|diplom[ai]|lezion[ei]|videolezion[ei]|video|badge|medagli[ae]|tapp[ae]|settiman[ae]\s+(?:bonus|avanzat[ae])|allenament[oi]|sessione|coaching|consulenz[ae])\b",
        // The review itself doing a good deed: "la tua recensione pianta un albero", "ogni
        // recensione su Amazon raccoglie un chilo di plastica dalla spiaggia".
        r"\b(?:la\s+tua|la\s+sua|la\s+vostra|ogni|una)\s+(?:[\w'-]+\s+)?(?:recensione|valutazione|opinione)\s+(?:(?:su\s+Amazon|anche)\s+)?(?:(?:pianta|dona|finanzia)\s+(?:un|una|due|tre|\d+|altr[oi]|il|la)\b|(?:raccoglie|toglie|rimuove|ripulisce)\s+(?:[\w'-]+\s+){0,4}?(?:plastica|rifiuti|spazzatura)\b)",
        // A good deed named as what the review brings: "un albero in più per la tua recensione".
        r"\b(?:alber[oi]|piantin[ae]|past[oi]|donazion[ei]|(?:chil[oi]|kg)\s+di\s+(?:plastica|rifiuti))\s+(?:[\w'-]+\s+){0,2}?(?:per|grazie\s+alla)\s+(?:la\s+tua|la\s+sua|la\s+vostra|ogni)\s+(?:recensione|valutazione|opinione)\b",
        // A playful draw among reviewers: a tombola, a raffle, a wheel of fortune, names pulled
        // from a hat or the "panariello".
        r"\btombol\w*|\blotteri\w*|\briff\w*|\bruota\s+della\s+fortuna\b|\bpanariell\w*|\b(?:pescat|pescher|estratt)\w*\s+(?:a\s+sorte|dal(?:l')?\s*(?:cappello|sacchetto|urna|barattolo))|\ba\s+sorte\b",
        // Better prices kept for reviewers, a longer guarantee counted in years, a name shown on a wall or a board of the shop.
        r"\blistino\s+(?:[\w'-]+\s+)?(?:partner|riservat\w*|agevolat\w*|special\w*|VIP|dedicat\w*|premium)\b|\bprezz[oi]\s+(?:speciali?|agevolat[oi]|riservat[oi]|scontat[oi]|di\s+favore)\b|\bcondizioni\s+(?:agevolat|riservat|special|di\s+favore)\w*",
        r"\b(?:\d+|uno|un|due|tre)\s+ann[oi]\s+(?:di\s+garanzia\s+)?(?:in\s+più|extra|aggiuntiv[oi])\b|\bgaranzia\s+(?:in\s+più|extra|aggiuntiva)\b",
        r"\b(?:parete|muro|bacheca|tabellone|albo|lavagna|targa)\b[^.!?\n]{0,80}?\bnom[ei]\b|\bnom[ei]\b[^.!?\n]{0,60}?\b(?:parete|muro|bacheca|tabellone|albo|lavagna|targa)\b|\bnome\s+(?:di|del|dei|delle)\s+(?:ogni\s+|un\s+|una\s+|ciascun\w*\s+)?(?:client|acquirent|recensor)\w*",
        r"\ba\s+metà\s+prezzo\b",
        // Points however named, counted by a programme of the shop: "i punti del nostro
        // programma Radici", "punti della tessera", "un programma a punti"; a review worth a
        // count of them: "ogni recensione vale 50 Semi", "una valutazione ti fa guadagnare 20
        // gettoni"; the next one paid half: "lo paghi la metà".
        r"\bpunt[oi]\s+(?:[\w'-]+\s+){0,2}?(?:del|della|dello|dell')\s*(?:nostr[oa]\s+|vostr[oa]\s+)?(?:programma|club|circuito|tessera|iniziativa)\b|\bprogramma\s+(?:a\s+)?(?:punti|premi|fedeltà)\b",
        r"\b(?:recension[ei]|valutazion[ei]|feedback|opinion[ei])\b[^.!?\n]{0,40}?\b(?:vale|valgono|varrà|varranno|frutta|fruttano|(?:ti|le|vi)\s+(?:fa|fanno|farà|faranno)\s+guadagnare|(?:ti|le|vi)\s+(?:porta|portano|porterà)|dà\s+diritto\s+a|danno\s+diritto\s+a)\s+\d+\s+(?:(?-i:\p{Lu})\w*|punt[oi]|credit[oi]|gettoni|monete|euro)\b",
        r"\b(?:l[oaie]\s+)?pag(?:hi|a|ate|herai|herà|herete|herebbe)\s+(?:solo\s+|soltanto\s+)?(?:la\s+)?metà\b|\bmetà\s+prezzo\b",
        // A code for a later order, however named: "un codice personale valido sul prossimo
        // acquisto", "codice da usare nel tuo prossimo ordine".
        r"\bcodic[ei]\s+(?:[\w'-]+\s+){0,2}?(?:valid[oi]|utilizzabil[ei]|spendibil[ei]|da\s+(?:usare|utilizzare|spendere))\s+(?:per|sul|sulla|nel|nella|su|al|alla)\s+(?:(?:il|la)\s+)?(?:tuo\s+|suo\s+|vostro\s+|tua\s+|sua\s+|vostra\s+)?prossim[oa]\b",
        r"\b\d+\s+mesi\s+(?:di\s+garanzia\s+)?invece\s+di\s+\d+\b|\b(?:\d+|sei|dodici)\s+mesi\s+(?:di\s+garanzia\s+)?(?:in\s+più|extra|aggiuntivi)\b",
        r"\brimbors\w*\s+(?:[\w']+\s+){0,2}?\d+\s*%|\b(?:una\s+)?(?:piccola\s+)?sorpresa\b",
        r"\bpunti\s+fedeltà\b|\b\d+\s+punti\b|\b(?:ti|le|vi|gli)\s+regal\w*|\bregal(?:iamo|eremo|erà)\b|\bgaranzia\s+(?:estesa|raddoppiata|prolungata)\b|\bdoppia\s+garanzia\b|\bestensione\s+(?:della\s+|di\s+|dell[ae]\s+)?garanzia\b|\bsorteggi\w*",
        r"\bbuon[oi]\s+(?:regalo|sconto|acquisto|amazon)\b|\bcart[ae]\s+regalo\b|\bgift\s*card\b|\bcodic[ei]\s+(?:sconto|promo\w*)\b|\bcoupon\b|\bscont[oi]\b|\bcashback\b|\bpiccolo\s+(?:regalo|pensiero|omaggio|dono)\b|\bpensierin[oi]\b|\bregalin[oi]\b|\bregal[oi]\b|\bpremio\b|\bricompens\w*|\bscreenshot\b|\bschermat\w*|\bcattura\s+(?:dello|di)\s+schermo\b|\bin\s+cambio\b|\bcome\s+(?:piccolo\s+)?(?:ringraziamento|grazie)\b|\b(?:(?:mio|nostro)\s+modo|(?:mia|nostra)\s+maniera)\s+(?:di|per)\s+(?:ricambiare|sdebitar\w*|dire\s+grazie)\b|\bper\s+ringraziar(?:l[ao]|ti|vi)\b|\bpaypal\b|\b\d+\s*%\s*(?:di\s+)?sconto\b",
        r"\b(?:in|come|quale|a)\s+(?:piccolo\s+)?(?:segno|testimonianza|pegno)\s+(?:di|della|del)\s+(?:nostra\s+|mia\s+)?(?:riconoscenza|gratitudine|apprezzamento)\b|\bvincere\s+(?:un|una|uno|un')|\bvincitor\w*|\bestrazione\b|\bconcorso\b|\bbuon[oi]\s+da\s+\d+|\bspedizione\s+gratuita\b",
        r"\bdel\s+valore\s+di\s+\d+",
        // A voucher named by its percentage or amount: "il buono del 15%", "un buono di 10 euro",
        // "voucher da 5 €".
        r"\b(?:buon[oi]|voucher)\s+(?:(?:sconto|acquisto|regalo)\s+)?(?:del|dal|di|da)\s+(?:€\s*\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s*(?:%|€|euro\b|per\s*cento\b))|\bvoucher\b",
        // Shipping of a later order paid by the seller: "la spedizione del prossimo ordine la
        // offriamo noi", "spedizione gratuita sul prossimo acquisto".
        r"\b(?:spedizion[ei]|consegna|spese\s+di\s+spedizione)\s+(?:gratuit[ae]\s+|gratis\s+)?(?:del|sul|per\s+il|nel|dell'|sull')\s*(?:suo\s+|tuo\s+|vostro\s+)?prossim[oa]\s+(?:ordine|acquisto|spesa|ordinazione)\b",
        r"\b(?:programma|club|gruppo|team|squadra)\s+(?:di\s+|dei\s+)?(?:tester|collaudatori|ambasciatori|VIP)\b|\bcodic[ei]\s+(?:[\w']+\s+){0,2}?\d+\s*%|\b\d+\s*%\s+(?:[\w'-]+\s+){0,4}?prossim[oaie]\b",
        r"\bestra(?:iamo|rremo|rrà|e|tt[oaie])\b|\bsorte(?:ggiamo|ggeremo)\b",
        r"\b[23]\s*x\s*[12]\b|\bprendi\s+(?:2|due|3|tre)\s+paghi\s+(?:1|uno|2|due)\b",
        r"\bclub\s+(?:oro|gold|vip|fedeltà|premium|esclusivo)\b|\bassistenza\s+(?:telefonica\s+)?prioritaria\b|\bedizioni\s+limitate\b",
        // A tier named by a metal or as VIP: "passi al livello Oro", "lo status Platino".
        r"\b(?:livello|status|fascia|rango|tessera|categoria)\s+(?:oro|gold|argento|silver|platino|platinum|bronzo|diamante|vip)\b",
        // Something of the next order paid by the seller: "la confezione del tuo prossimo ordine
        // la offriamo noi", "sul prossimo acquisto il montaggio è gratis".
        r"\b(?:del|sul|per\s+il|nel|al|dell'|sull')\s*(?:tuo\s+|suo\s+|vostro\s+)?prossim[oa]\s+(?:ordine|acquisto|ordinazione)\s+(?:(?:la|lo|le|li|l'|te\s+l[oaie]|ve\s+l[oaie]|gliel[oaie])\s*)?(?:offriamo|offriremo|paghiamo|pagheremo|regaliamo|regaleremo|copriamo|(?:è|sarà|sono|saranno)\s+(?:gratis|gratuit[oaie]|offert[oaie]|(?:a\s+)?(?:nostro\s+carico|carico\s+nostro)))\b",
        r"\bricambi(?:are|amo|eremo)\s+(?:il\s+favore|la\s+gentilezza|le\s+gentilezze|la\s+cortesia)\b|\bsdebitar\w*",
        // A favour owed back for what was given: "una mano lava l'altra", "è giusto ricambiare".
        r"\buna\s+mano\s+lava\s+l'altra\b|\bè\s+giusto\s+ricambiare\b",
        // A longer term named as years instead of one: "2 anni invece di 1", "la garanzia diventa
        // di 2 anni".
        r"\b(?:\d+|due|tre|cinque)\s+(?:anni|mesi)\s+(?:di\s+garanzia\s+)?(?:invece\s+(?:di|che)|anziché|al\s+posto\s+di)\s+(?:\d+|uno|un|una)\b|\b(?:garanzia|copertura)\s+(?:[\w'-]+\s+){0,4}?(?:diventa|diventerà|passa|passare|passerà|sale|salire|salirà|arriva|arrivare|arriverà|estesa|estendere|prolungata|prolungare)\s+(?:da\s+(?:\d+|due|tre|uno|un)\s+(?:anni\s+|mesi\s+)?)?(?:a\s+|di\s+)?(?:\d+|due|tre|cinque)\s+(?:anni|mesi)\b",
        // Part of the price given back, named without money words: "le restituiremo una piccola
        // parte di quanto ha speso", "l'equivalente di un caffè", "riaccreditiamo una quota".
        r"\b(?:una\s+)?(?:piccola\s+)?(?:parte|quota|percentuale|frazione|\d+\s*%)\s+(?:di\s+quanto\s+(?:ha|hai|avete|aveva)\s+(?:speso|pagato)|del(?:l')?\s*(?:prezzo|importo|spesa|costo|ordine)\s+(?:pagat|spes)\w*)\b|\b(?:restitu|riaccredit|ristorn|ridar|rend)\w*\s+[^.!?\n]{0,60}?\b(?:parte|quota|percentuale|frazione)\b|\bl'equivalente\s+di\b",
        // Store credit: "5 crediti utilizzabili sul prossimo ordine", "ti accreditiamo".
        r"\b(?:\d+|dei|alcuni|qualche)\s+crediti\b|\bcrediti\s+(?:[\w'-]+\s+){0,2}?(?:utilizzabili|spendibili|da\s+spendere|da\s+usare)\b|\bcredito\s+(?:nel\s+|sul\s+)?(?:negozio|shop|conto)\b",
        // Early access or a beta place, or game points or cosmetics in the seller's app, that the
        // seller gives this buyer: "ti abilitiamo l'accesso anticipato", "ti accreditiamo 500 XP
        // e la skin esclusiva", "le aggiungiamo 200 punti esperienza". Beside a review, its
        // price. (A beta open to all, "il programma beta è aperto a tutti", or XP earned in the
        // app by calibrating, "sblocchi i tuoi primi 50 XP", is no gift of the seller.)
        r"\b(?:ti|le|vi)\s+(?:abilit|attiv|apr|concedi|concedere|riserv|dar|diamo|dia|regal)\w*\s+(?:(?:anche|poi|subito|volentieri)\s+)?(?:l['’]\s*|il\s+|un\s+|un['’]\s*)?(?:accesso|posto|ingresso)\s+(?:anticipato|in\s+anteprima|esclusivo|prioritario|(?:al|alla|nel|nella)\s+(?:programma\s+|fase\s+|versione\s+)?beta)\b",
        r"\b(?:ti|le|vi)\s+(?:accredit|aggiung|regal|assegn|carich|diamo|daremo|dar[àò]|sblocch|invi|mand)\w*\s+(?:(?:anche|poi|subito|volentieri)\s+)?(?:(?:\d+|cento|mille)\s*(?:XP|EXP|punti(?:\s+(?:esperienza|XP))?)\b|(?:la|una|le|delle)\s+skin\b)",
    ],
    value: &[
        // An extra in the next parcel (see the const).
        NEXT_PARCEL_EXTRA,
        // A session, a consultation or a check-up given away: "le offriamo una seduta di
        // valutazione", "ti regaliamo una consulenza in videochiamata".
        r"\b(?:le|ti|vi|gli)\s+(?:offriamo|offriremo|regaliamo|regaleremo)\s+(?:un|una|un'|due|tre|\d+)\s*(?:[\w'-]+\s+){0,3}?(?:sedut[ae]|consulenz[ae]|session[ei]|visit[ae]|lezion[ei]|chiamat[ae]|videochiamat[ae]|check-?up|valutazion[ei]|controll[oi])\b",
        // Money back on a business invoice: "una nota di credito", "il 3% dell'imponibile",
        // "il 10% del totale fattura".
        r"\bnot[ae]\s+di\s+credito\b|\b\d+(?:[.,]\d+)?\s*%\s+(?:dell'|del\s+|sull'|sul\s+)\s*(?:imponibile|importo|totale|fatturato|ordine|fattura)\b",
        r"\bomaggi[oi]?\b|\bseconda\s+confezione\b|\bmess[oa]\s+da\s+parte\b",
        r"\brimbors\w*|\bgratuit\w*|\bgratis\b|\bsenza\s+costi\b|\bsostituzion\w*|\bsostituir\w*|\bsostitutiv[oaie]\b|\bnuovo\s+(?:articolo|prodotto)\b|\bdenaro\b|\bsoldi\b",
        r"\b(?:restitui|restituir|ritorn|rid(?:iamo|aremo|arò)|rend(?:iamo|eremo)|rimbors)\w*\s+(?:il\s+|l'\s*|tutto\s+il\s+)?(?:intero\s+)?(?:prezzo|importo|denaro|soldi|costo)\b|\bprezzo\s+(?:pagato|d'acquisto)\b",
        // Shipping paid by the seller: "la spedizione la offriamo noi", "le spese di spedizione
        // sono a carico nostro".
        r"\b(?:spedizion[ei]|spese\s+di\s+(?:spedizione|consegna)|consegna)\s+(?:[\w'-]+\s+){0,4}?(?:(?:la|le|ve\s+la|te\s+la|gliela)\s+)?(?:offriamo|offriremo|paghiamo|pagheremo|regaliamo|regaleremo|copriamo|sono\s+a\s+(?:nostro|carico\s+nostro)|a\s+(?:nostro\s+carico|carico\s+nostro|nostre\s+spese))\b|\b(?:offriamo|offriremo|paghiamo|pagheremo|regaliamo)\s+(?:noi\s+)?(?:la\s+|le\s+)?(?:spedizion[ei]|spese\s+di\s+spedizione)\b",
        // Any cost the seller takes on: "il ritiro degli imballi è a carico nostro".
        r"\ba\s+(?:nostro\s+carico|carico\s+nostro|nostre\s+spese|spese\s+nostre)\b|\bpotrà\s+tenerl\w*|\bpuoi\s+tenerl\w*|\b\d+(?:[.,]\d+)?\s*(?:€|euro\b)|€\s*\d+|\bbonific\w*",
    ],
    link: &[
        // An extra in the next parcel (see the const).
        NEXT_PARCEL_EXTRA,
        // An arrow from the act to what follows, as a chain: "recensione → premio".
        r"→|➡",
        r"\b(?:poi|dopo|quindi|successivamente|una\s+volta|non\s+appena|in\s+cambio|per\s+(?:la\s+sua|la\s+tua|ogni|una)|come\s+(?:piccolo\s+)?(?:ringraziamento|grazie)|per\s+ringraziar(?:l[ao]|ti|vi)|a\s+chi|a\s+tutti\s+coloro\s+che)\b",
        r"\btutt[ie]\s+(?:[\w']+\s+){0,2}?che\b|\bchiunque\b|\bchi\s+lo\s+fa\b",
        // A count reached: "a quota 100", "raggiunti 100 punti".
        r"\bbasta\b|\bunic[oa]\s+(?:requisito|condizione)\b|\bper\s+(?:entrare|partecipare|farne\s+parte|aderire)\b|\ba\s+quota\s+(?:\d+|cento|mille)\b|\b(?:raggiung|arriv)\w*\s+(?:a\s+)?(?:quota\s+)?\d+\s+punti\b",
        // The buyer's turn after what the seller gave: "ora tocca a te".
        r"\b(?:ora|adesso)\s+tocca\s+a\s+(?:te|lei|voi)\b|\bentro\s+(?:\d+|due|tre|cinque|sette|dieci|quindici)\s+(?:giorni|ore|settimane)\b",
    ],
    posted: &[
        r"\b(?:appena|quando|una\s+volta\s+che)\s+(?:la\s+recensione\s+)?(?:è|sarà)\s+(?:online|pubblicat[ao]|visibile)\b",
        r"\b(?:recensione|valutazione|feedback)\s+(?:pubblicat[ao]|scritt[ao]|online|fatt[ao]|lasciat[ao])\s*\?",
        r"\b(?:non\s+appena|appena|quando|una\s+volta\s+che)\s+(?:vediamo|vedremo|troviamo|abbiamo\s+visto)\s+(?:la\s+)?(?:tua|sua)\s+(?:recensione|valutazione)\b|\bnome\s+(?:che|con\s+cui|sotto\s+cui|col\s+quale)\s+(?:ci\s+)?(?:compare|compari|appare|appari|risulta|risulti|figura|figuri)\s+(?:sulla|nella|sotto\s+la|accanto\s+alla)\s+(?:tua|sua|vostra)\s+(?:recensione|valutazione)\b",
        r"\bdopo\s+(?:la\s+)?pubblicazione\b",
        // Posted, the review left unsaid or as a pronoun: "rispondi appena hai postato e …",
        // "quando l'avrà pubblicata, ci mandi …", "una volta pubblicata, …", "dopo averla postata".
        r"\b(?:non\s+appena|appena|quando|una\s+volta\s+che|dopo\s+che)\s+(?:l'\s*|la\s+)?(?:hai|ha|avete|avrai|avrà|avrete)\s+(?:pubblicat|postat)[oa](?:\s*[,;:.!?]|\s+(?:e|ti|vi|le|ci|poi|scrivi\w*|mand\w*|rispond\w*)\b|\s*$)|\b(?:una\s+volta|appena)\s+(?:pubblicat|postat)[ao]\s*[,;:]|\bdopo\s+(?:averla|avercela)\s+(?:pubblicata|postata)\b",
    ],
    otherwise: &[
        r"\bper\s+tutto\s+il\s+resto\b",
        r"\b(?:tutti\s+)?gli\s+altri\s*,",
        r"\bin\s+(?:ogni|qualsiasi)\s+altro\s+caso\b",
        r"\b(?:altrimenti|in\s+caso\s+contrario|se\s+no|se\s+non\s+è\s+così|diversamente)\b",
        r"(?m:^)[ \t]*no\s*[-–—:,]",
        r"\bse\s+(?:è|sono)\s+(?:di\s+)?meno\b",
        // The answer no, as the other branch: "se è no", "se la risposta è un no", typed "se e NO".
        r"\bse\s+(?:la\s+risposta\s+)?(?:è|e)\s+(?:un\s+)?no\b",
    ],
    benign: &[
        // A time of use, and no earlier, times the ask for every buyer (see the const).
        AFTER_A_TIME_OF_USE,
        // A group named as content together with everyone else, a greeting to all that holds
        // no condition: "Ai clienti soddisfatti e a quelli meno soddisfatti: grazie".
        r"\b(?:a|ai|agli|alle|per)\s+[^.!?\n]{0,40}?\b(?:soddisfatt|content|entusiast|felic|appagat)\w*[^.!?\n]{0,30}?\b(?:e|come|così\s+come)\s+(?:a\s+|ai\s+|agli\s+|alle\s+)?(?:quelli|quelle|chi\s+non|tutti\s+gli\s+altri|gli\s+altri|tutte\s+le\s+altre|le\s+altre)\b",
        // A slogan that pairs a happy group with another, closing the sentence or called the shop's
        // motto, or a happy group called its goal:
        // "Clienti soddisfatti, cani felici: questo è il nostro motto.", "Il nostro obiettivo:
        // clienti contenti." It names no buyer and no condition.
        r"\b[\w']+\s+(?:soddisfatt[ie]|felici|content[ie]|entusiast[ie])\s*(?:,|&|\+|=|–|—|-|\be\b)\s*[\w']+\s+(?:soddisfatt[ie]|felici|content[ie]|entusiast[ie]|san[ie])\s*(?:[.!](?:\s|$)|\n|$|[:,–—-]?\s*(?:questo|questa|ecco)\s+(?:è\s+)?(?:il\s+|la\s+)?(?:nostr[oa]|mi[oa])\s+(?:motto|slogan|credo|filosofia|missione|obiettivo|scopo|promessa|priorità)\b)",
        r"\b(?:il\s+)?(?:nostr[oa]|mi[oa])\s+(?:motto|slogan|credo|filosofia|missione|obiettivo|scopo|promessa|priorità)\s*(?:(?:è|era|resta|rimane|è\s+sempre\s+stat[oa]|:|–|—|-)\s*){1,2}(?:(?:avere|rendere)\s+)?(?P<m>[\w']+\s+(?:soddisfatt[ie]|felici|content[ie]|entusiast[ie])\b[^\n]?)",
        r"\b(?P<m>[\w']+\s+(?:soddisfatt[ie]|felici|content[ie]|entusiast[ie])\s*[:,–—-]?\s*(?:questo|questa|ecco)\s+(?:è\s+)?(?:il\s+|la\s+)?(?:nostr[oa]|mi[oa])\s+(?:motto|slogan|credo|filosofia|missione|obiettivo|scopo|promessa|priorità))\b",
        // Crazy about a nuisance, no liking of the order: "Il tuo cane è impazzito per i fuochi
        // d'artificio?", "il gatto va matto per i tuoni" ("impazzito per i nuovi snack" stays a
        // liking).
        r"\b(?:impazzit[oaie]|impazzisc(?:e|ono)|impazzire|impazziva|impazzivano|matt[oaie]|pazz[oaie])\s+(?:per|di|con|a\s+causa\s+d(?:el|ello|ella|ell'|ei|egli|elle))\s*(?:(?:il|lo|la|l'|i|gli|le|quest\w*|quell\w*|tutt[oaie]\s+(?:il|lo|la|l'|i|gli|le|quest\w*))\s*)?(?:[\w']+\s+){0,2}?(?:fuochi(?:\s+d['’]\s*artificio)?|botti|petardi|temporal[ei]|tuon[oi]|fulmin[ei]|rumor[ei]|chiasso|traffico|caldo|fredd[oa]|pioggia|vento|neve|ritard[oi]|attes[ae]|vicin[oi]|campanello|postino|corriere|dogana|zanzare|mosche|lavori|cantier[ei])\b",
        // "Quando meno te lo aspetti": a figure of speech for any time, no condition.
        r"\bquando\s+(?:uno\s+)?meno\s+(?:(?:te|ve|se|ce|ci)\s+)?(?:lo\s+|la\s+)?(?:si\s+)?(?:aspett\w*|immagin\w*|pens\w*)\b",
        // An approval that is the platform's, not the buyer's or a pet's: "dopo l'approvazione di
        // Amazon", "dopo il via libera dei moderatori", "dopo l'ok della piattaforma".
        r"\bdopo\s+(?:l[\x27’]|il|lo|la|un|una)?\s*(?:[\w\x27’-]+\s+){0,2}?(?:approvazione|ok|okay|via\s+libera|benestare|convalida|validazione|moderazione|verifica|controllo)\s+(?:di|da\s+parte\s+(?:di|del(?:la|lo|l[\x27’])?|dei|degli)|del(?:la|lo|l[\x27’])?|dei|degli)\s*(?:amazon|moderat\w+|piattaforma|sito|marketplace|team|staff|redazione|recensione|sua\s+recensione|tua\s+recensione)\b",
        // Whoever wishes to, a wish only: "Chi desidera lasciare una recensione può farlo qui",
        // "chiunque voglia dire la sua". (A liking said in the clause is still read as one: "chi
        // vuole raccontare quanto lo ama".)
        r"\b(?:chi|chiunque|coloro\s+che|quanti)\s+(?:(?:lo|ne)\s+)?(?:desidera|desiderano|desiderasse|desiderassero|vuole|vogliono|voglia|vogliano|volesse|volessero|ha\s+voglia|hanno\s+voglia|ha\s+tempo|hanno\s+tempo)\b",
        // Or has a moment, opening the line as the reader addressed: "Chi ha un momento può …".
        // (Inside a sentence, "a chi trova cinque minuti per scrivere" names those who review.)
        r"(?m:^)[ \t]*(?:chi|chiunque|coloro\s+che|quanti)\s+(?:ha|hanno)\s+(?:un\s+(?:momento|attimo|minuto)|qualche\s+minuto|due\s+minuti|un\s+po'\s*di\s+tempo)(?:\s+liber[oi])?\s*(?:,|\bpuò\b|\bpossono\b|\bpotrà\b|\bpotranno\b)",
        // "If you try it", a warning on handling the product, no verdict: "si rompe se ci provi".
        r"\bse\s+ci\s+(?:provi|prova|provate|proverai|proverà)\b",
        // The buyer's own judgement whether to write at all: "se lo ritenete opportuno", "se lo reputa utile".
        r"\bse\s+(?:lo\s+|la\s+)?(?:ritiene|ritieni|ritenete|reputa|reputi|reputate|considera|consideri|considerate|giudica|giudichi|giudicate|crede|credi|credete)\s+(?:opportun[oa]|utile|giust[oa]|il\s+caso|appropriat[oa])\b",
        r"\bse\s+(?:ha|hai)\s+(?:già\s+)?avuto\s+(?:modo|occasione|tempo)\b",
        // The buyer's own choice to write at all: "se decide di lasciare una recensione", "se
        // sceglierete di scriverne una".
        r"\bse\s+(?:(?:poi|mai|invece|un\s+giorno)\s+)?(?:decide|decidi|decidete|deciderà|deciderai|deciderete|sceglie|scegli|scegliete|sceglierà|sceglierai|sceglierete)\s+di\b",
        // Once the goods have been in use a while, a time and no verdict: "quando le sedie
        // saranno in uso da qualche settimana", "quando il forno sarà in funzione da un po'".
        r"\bquando\s+(?:(?:il|la|lo|i|le|gli)\s+[\w'-]+\s+|l'\s*[\w'-]+\s+)?(?:sarà|saranno|è|sono)\s+in\s+(?:uso|funzione|servizio)\s+da\b",
        // Once the buyer has had the chance to use it: "Quando avrà avuto modo di usarlo",
        // "appena avrai occasione di provarlo".
        r"\b(?:quando|appena|non\s+appena|una\s+volta\s+che|dopo\s+che)\s+(?:(?:ne\s+)?(?:ha|hai|avrà|avrai|avete|avrete)\s+)?(?:già\s+)?(?:avuto\s+)?(?:modo|occasione|tempo)\s+di\b",
        // Also the item itself set up or come, in the passive: "quando la mensola sarà fissata",
        // "una volta che il lampadario è stato installato".
        r"\bquando\s+(?:sei|sarai|è|sarà)\s+liber[oaie]\b|\b(?:quando|dopo\s+che|una\s+volta\s+che)\s+(?:l'|lo\s+|la\s+|li\s+|le\s+)?(?:hai|avrai|ha|avrà)\s+(?:[\w'-]+\s+)?(?:usat[oaie]|provat[oaie]|testat[oaie]|indossat[oaie]|montat[oaie]|installat[oaie]|ricevut[oaie]|lett[oaie]|lavat[oaie])\b|\b(?:quando|appena|non\s+appena|una\s+volta\s+che|dopo\s+che)\s+(?:(?:il|la|lo|i|le|gli)\s+[\w'-]+\s+|l'\s*[\w'-]+\s+)?(?:sarà|saranno|è|sono)\s+(?:stat[oaie]\s+)?(?:montat|installat|assemblat|fissat|appes|arrivat|consegnat)[oaie]\b",
        r"\b(?:quando|se)\s+(?:le|ti|vi)\s+(?:fa|farà|torna|tornerà|è)\s+(?:più\s+)?comodo\b|\bquando\s+(?:le|ti|vi)\s+(?:va|andrà|pare|sembra)\b|\bquando\s+(?:crede|credi|credete)\b",
        r"\bse\s+(?:ha|hai|avete)\s+(?:qualche\s+|delle\s+|altre\s+)?(?:domand\w*|dubbi\w*|bisogno\s+di\s+aiuto)\b",
        // A word may stand between the "se" and the wish: "se poi ti va", "se invece preferisci",
        // "se e quando vorrà".
        // "Whenever you can", on the buyer's time alone: "quando potrai, …", "appena puoi, …",
        // "quando ne avrai l'occasione". (A verb after it names what the buyer can do with the
        // item, "quando potrai cucinare senza dolore", and stays a condition.)
        r"\b(?:quando|(?:non\s+)?appena)\s+(?:(?:lo|ne)\s+)?(?:puoi|può|potete|potrai|potrà|potrete|riesci|riesce|riuscite|riuscirai|riuscirà|riuscirete)\s*[,;:–—)]|\b(?:quando|(?:non\s+)?appena)\s+ne\s+(?:hai|ha|avete|avrai|avrà|avrete)\s+(?:l['’]\s*occasione|il\s+tempo|voglia)\b",
        r"\bse\s+(?:(?:però|poi|invece|comunque|e\s+quando)\s+)?(?:(?:lo|le|ti|vi|ne)\s+)?(?:vuole|vuoi|volete|vorrà|vorrai|vorrete|va|desidera|desideri|desiderate|ha\s+(?:tempo|un\s+(?:minuto|momento))|hai\s+(?:tempo|un\s+(?:minuto|momento))|le\s+va|ti\s+va|crede|credi|preferisce|preferisci|avete\s+tempo)\b|\bquando\s+(?:vuole|vuoi|volete|vorrà|vorrai|vorrete|preferisce|preferisci|preferite|ha\s+tempo|hai\s+tempo|avete\s+tempo|(?:ha|hai|avete|avrà|avrai|avrete)\s+un\s+(?:momento|minuto|attimo)|avrà\s+tempo|avrai\s+tempo|le\s+è\s+comodo|ti\s+è\s+comodo)\b",
        // Whenever the buyer wishes, with the wish's own "lo" or "ne" and the clause closing on
        // it: "Quando lo desideri, la pagina è …", "quando ne avrai voglia", "quando lo vorrà:".
        // A courtesy on timing, no verdict. (A wish with a thing after it, "quando desideri un
        // letto più fresco", is no such courtesy and is left to the other words.)
        r"\b(?:quando|(?:non\s+)?appena)\s+(?:(?:lo|ne|la)\s+)?(?:desideri|desidera|desiderate|desidererai|desidererà|desidererete|vuoi|vuole|volete|vorrai|vorrà|vorrete|ritieni|ritiene|ritenete|riterrai|riterrà|credi|crede|credete|preferisci|preferisce|preferite)\s*(?:[,;:.!–—)]|$)",
        r"\bse\s+non\s+(?:l'ha|l'hai|lo\s+ha|lo\s+hai)\s+(?:già|ancora)\b|\bse\s+non\s+(?:ha|hai)\s+ancora\b|\bcon\s+comodo\b|\bse\s+(?:le|ti|vi)\s+(?:fa|va\s+di|andrà|farà)\s*(?:piacere|fare)?\b|\bse\s+(?:ne\s+)?(?:ha|hai|avete|avrà|avrai)\s+(?:voglia|l'occasione|occasione|modo)\b|\b(?:felici|grati|contenti|lieti|piacere)\s+(?:[\w'-]+\s+){0,2}?se\s+(?:lei|tu|vorrà|vorrai|potrà|potrai|volesse|volessi)?\b",
        r"\bse\s+(?:ha|hai|avete)\s+un\s+(?:attimo|attimino|minutino|momentino)\b",
        // A few minutes, as the time of the ask: "quando hai due minuti", "quando troverai cinque
        // minuti liberi", "quando c'hai un attimo". It is a courtesy on timing, no verdict.
        r"\bquando\s+(?:(?:lo|ne)\s+)?(?:c['’]hai|c['’]ha|c['’]avete|ci\s+hai|ci\s+ha|hai|ha|avete|avrai|avrà|avrete|trovi|trova|trovate|troverai|troverà|troverete)\s+(?:un|due|tre|cinque|dieci|qualche|pochi|un\s+paio\s+di)\s+(?:minut[oi]|moment[oi]|attim[oi]|second[oi]|minutin[oi]|istant[ei])(?:\s+(?:liber[oi]|di\s+tempo))?\b",
        // "Se" as "whether", after a verb of deciding or knowing: "chi decide se fidarsi",
        // "per capire se fa per sé"; or in a question others put, told: "in tanti ci chiedono
        // spesso se", "un cliente ha domandato se".
        r"\b(?:decid\w*|saper\w*|sapere|capir\w*|chieder\w*|domandar\w*|sceglie\w*|scegliere|verificar\w*|valutar\w*)\s+se\b",
        r"\b(?:chied(?:e|ono|eva|evano)|domand(?:a|ano|ava|avano)|chiest[oi]|domandat[oi])\s+(?:(?:spesso|anche|talvolta|a\s+volte|ogni\s+tanto|sempre|di\s+continuo|più\s+volte)\s+)?se\b",
        // A concession, which invites everyone: "anche se qualcosa non la convince", "pure se".
        r"\b(?:anche|pure|perfino|persino|nemmeno|neanche)\s+se\b",
        // A few minutes, in plain or spoken form: "se c'hai due minuti", "se ha cinque minuti".
        r"\bse\s+(?:c'hai|c'ha|c'avete|ci\s+hai|ci\s+ha|hai|ha|avete)\s+(?:un|due|tre|cinque|dieci|qualche|pochi|un\s+paio\s+di)\s+(?:minut[oi]|moment[oi]|attim[oi]|second[oi]|minutin[oi])\b",
        r"\b(?:appena|quando|una\s+volta\s+che)\s+(?:(?:il\s+pacco|l'ordine|l'articolo|il\s+prodotto)\s+)?(?:arriva|arriverà|sarà\s+arrivat[oa]|è\s+arrivat[oa]|(?:l'|lo\s+|la\s+)?(?:riceve|riceverà|ha\s+ricevut[oa]|avrà\s+ricevut[oa]))\b",
        // Other shoppers, not the buyer: "Chi compra dopo di lei legge le recensioni".
        r"\b(?:chi|coloro\s+che)\s+(?:compra|acquista|comprano|acquistano|sceglie|scelgono|cerca|cercano|sta\s+cercando)\s+(?:[\w']+\s+){0,3}?dopo\s+di\s+(?:lei|te|voi)\b|\b(?:chi|coloro\s+che)\s+(?:sta|stanno)\s+(?:ancora\s+)?(?:scegliendo|valutando|decidendo)\b|\b(?:altri|nuovi|futuri)\s+(?:clienti|acquirenti|compratori|utenti)\s+che\s+(?:ancora\s+)?non\s+(?:ci\s+|lo\s+|la\s+|li\s+|le\s+)?(?:conosc|hanno\s+provat|sann)\w*",
        r"\b(?:come|ci|non|che|dove|mi|ti|ne)\s+si\b|\bse\s+(?:trovi|troverai|troverà|trova|avrai|avrà)\s+(?:un|qualche|due|cinque)\s+(?:minut[oi]|moment[oi]|attimo)\b",
        // The impersonal "si" of care tips after a noun, no "if" of Spanish or French when all
        // the tables are read, with verbs spelt only in Italian: "la fodera si toglie", "il
        // coperchio si stacca", "si asciuga all'aria".
        r"\bsi\s+(?:toglie|tolgono|gonfia|gonfiano|stacca|staccano|pulisce|puliscono|chiude|chiudono|apre|aprono|asciuga|asciugano|ricarica|ricaricano|collega|collegano|piega|piegano|rompe|rompono|smonta|smontano|sfodera|sfoderano|igienizza)\b",
        // A plain fact about the buyer's own photo or video, no verdict: "se hai scattato una foto
        // della lampada", "se l'ha fotografato", "se avete girato un video". The clause must close
        // with no "e" in it: "… e ti è piaciuto" adds a verdict and stays a condition.
        r"\bse\s+(?:ha|hai|avete)\s+(?:già\s+)?(?:scattato|fatto|girato|registrato)\s+(?:una|delle|qualche|un|dei|alcune|due)\s+(?:foto|fotografie|fotografia|video|immagin[ei]|scatt[oi])(?:\s+(?:[^\s,.;:!?e][^\s,.;:!?]*|e[^\s,.;:!?d][^\s,.;:!?]*|ed[^\s,.;:!?]+)){0,8}\s*(?:[,.;:!?–—)]|$)|\bse\s+(?:l'|lo\s+|la\s+|li\s+|le\s+)?(?:ha|hai|avete)\s+(?:fotografat|filmat)[oaie](?:\s+(?:[^\s,.;:!?e][^\s,.;:!?]*|e[^\s,.;:!?d][^\s,.;:!?]*|ed[^\s,.;:!?]+)){0,8}\s*(?:[,.;:!?–—)]|$)",
        // Bought as a gift or for someone else: "se l'hai regalato", "se l'ha acquistato come
        // regalo", "se l'avete comprato per un amico", "se era un regalo".
        r"\bse\s+(?:l'|lo\s+|la\s+|li\s+|le\s+)?(?:ha|hai|avete)\s+(?:regalat[oaie]|(?:acquistat|comprat|pres|ordinat)[oaie]\s+(?:come\s+regalo|in\s+regalo|da\s+regalare|per\s+(?:regalo|regalarl[oaie]|un\s+regalo|qualcun\s+altro|un'altra\s+persona|un\s+amico|un'amica|un\s+familiare|(?:sua|suo|tua|tuo)\s+[\w']+)))(?:\s+(?:[^\s,.;:!?e][^\s,.;:!?]*|e[^\s,.;:!?d][^\s,.;:!?]*|ed[^\s,.;:!?]+)){0,8}\s*(?:[,.;:!?–—)]|$)|\bse\s+(?:era|è\s+stato)\s+(?:un|per\s+un)\s+regalo(?:\s+(?:[^\s,.;:!?e][^\s,.;:!?]*|e[^\s,.;:!?d][^\s,.;:!?]*|ed[^\s,.;:!?]+)){0,8}\s*(?:[,.;:!?–—)]|$)",
        // A circumstance of use, a named place, weather or occasion, then the clause closes: "se
        // hai usato la tenda sotto la pioggia", "se l'ha portato in montagna" (not "con successo",
        // "con soddisfazione", which judge it).
        r"\bse\s+(?:l'|lo\s+|la\s+|li\s+|le\s+)?(?:ha|hai|avete)\s+(?:già\s+)?(?:usat|utilizzat|portat|indossat)[oaie]\s+(?:(?:la|il|lo|i|gli|le|sua|suo|tua|tuo)\s+[\w-]+\s+|l'[\w-]+\s+)?(?:sotto\s+la\s+(?:pioggia|neve)|all'aperto|all'esterno|fuori|in\s+(?:montagna|campeggio|viaggio|vacanza|spiaggia|giardino|cucina|bagno|macchina|auto|tenda|casa|ufficio|inverno|estate|trekking|escursione|barca|piscina)|al\s+(?:mare|lago|campeggio|parco|lavoro)|a\s+(?:casa|scuola|lavoro)|con\s+(?:la\s+pioggia|il\s+maltempo|il\s+freddo|i\s+bambini|la\s+famiglia|il\s+cane))\s*(?:[,.;:!?–—)]|$)",
        // A group named by a hobby or a pet, not by the order: "A chi ama il giardinaggio:", "Per
        // chi ama cucinare, …", "Chi ha un cane può …", "A tutti quelli che amano la montagna:".
        // The clause must end on the hobby: "chi ama la sua nuova padella" or "chi lo ama" name
        // the product and stay a condition.
        r"\b(?:chi|(?:tutti\s+)?(?:quelli|quelle|coloro)\s+che)\s+(?:(?:ama|amano|adora|adorano)\s+(?:[a-zàèéìòù]+(?:are|ere|ire)|(?:il|lo|la|l['’]|i|gli|le)\s*(?:giardinaggio|cucina|trekking|montagna|natura|mare|campeggio|viaggi|viaggiare|escursioni|sport|corsa|pesca|lettura|musica|bicicletta|animali|cani|gatti|cavalli|uccelli|fai\s+da\s+te))|(?:ha|hanno|possiede|possiedono)\s+(?:un|una|uno|dei|degli|delle|due|più)\s+(?:cane|cani|gatto|gatti|gattino|cucciolo|cuccioli|animale|animali|cavallo|cavalli|coniglio|conigli|uccellino|pappagallo))(?:\s*[,:;–—]|\s+(?:può|possono|potrà|potranno|trova|trovano|troverà)\b)",
        // A span of time with the item, whatever the verb: "quando avrai suonato la chitarra per
        // qualche settimana", "una volta che avrà passato un paio di settimane con il leggio". Only
        // the time: a verdict between ("qualche bella settimana") stops it.
        r"\b(?:quando|una\s+volta\s+che|dopo\s+che|appena)\s+(?:(?:l['’]|lo\s+|la\s+|li\s+|le\s+)\s*)?(?:avrai|avrà|avrete|hai|ha|avete)\s+(?:(?:già|ormai)\s+)?(?:passat|suonat|usat|utilizzat|provat|testat|indossat|vissut|trascors|praticat|avut)[oaie]\s+(?:(?:il|lo|la|i|gli|le|l['’]|tuo|tua|suo|sua|il\s+tuo|la\s+tua|il\s+suo|la\s+sua)\s*[\w-]+\s+)?(?:(?:per|da|con)\s+)?(?:qualche|un\s+paio\s+di|alcun[ie]|due|tre|quattro|divers[ie]|un|una|\d+)\s+(?:giorni|settimane|mesi|settimana|mese|giorno|sessioni|prove)\b",
        // A span of use the buyer has behind them, told with "alle spalle": "quando avrai qualche
        // settimana di utilizzo alle spalle", "una volta che avrà un mese d'uso con il rasoio alle
        // spalle", "quando avrai alle spalle le prime settimane di prova". Only the time: a verdict
        // between ("qualche bella settimana alle spalle") stops it and stays a condition.
        r"\b(?:quando|una\s+volta\s+che|dopo\s+che|appena|non\s+appena)\s+(?:(?:lei|tu|voi)\s+)?(?:avrai|avrà|avrete|hai|ha|avete|abbia|abbiate)\s+(?:(?:già|ormai)\s+)?(?:alle\s+spalle\s+(?:qualche|un\s+paio\s+di|alcun[ie]|due|tre|quattro|cinque|sei|divers[ie]|un|una|le\s+prime|i\s+primi|\d+)\s+(?:giorni|settimane|mesi|settimana|mese|sessioni|notti|serate|trattamenti|applicazioni|allenamenti|utilizzi)(?:\s+(?:di\s+(?:utilizzo|uso|prova|impiego|pratica|allenamento|esercizio|trattamento|cura|applicazione)|d['’]\s*(?:uso|utilizzo|impiego|allenamento|esercizio)))?(?:\s+(?:con|col|coi)\s+(?:(?:il|lo|la|l['’]|i|gli|le|tuo|tua|suo|sua|il\s+tuo|la\s+tua|il\s+suo|la\s+sua|quest[oa])\s*)?[\w'’-]+)?|(?:qualche|un\s+paio\s+di|alcun[ie]|due|tre|quattro|cinque|sei|divers[ie]|un|una|le\s+prime|i\s+primi|\d+)\s+(?:giorni|settimane|mesi|settimana|mese|sessioni|notti|serate|trattamenti|applicazioni|allenamenti|utilizzi)(?:\s+(?:di\s+(?:utilizzo|uso|prova|impiego|pratica|allenamento|esercizio|trattamento|cura|applicazione)|d['’]\s*(?:uso|utilizzo|impiego|allenamento|esercizio)))?(?:\s+(?:con|col|coi)\s+(?:(?:il|lo|la|l['’]|i|gli|le|tuo|tua|suo|sua|il\s+tuo|la\s+tua|il\s+suo|la\s+sua|quest[oa])\s*)?[\w'’-]+)?\s+alle\s+spalle)\b",
        // The buyer's taste, as a liking with a comparative: "se ti piace il tè più forte, …", "se
        // il caffè ti piace meno amaro"; or as words that describe a thing: "il gusto che ti
        // piace", "la macinatura che più ti piace", "proprio come ti piace". It is how the buyer
        // takes it, not a verdict on the product ("se il caffè ti piace" still is one).
        r"\b(?:se|quando|qualora)\s+(?:(?:il|lo|la|l['’]|i|gli|le|tuo|tua|suo|sua)\s*[\w'’-]+\s+)?(?:ti|le|vi)\s+(?:piace|piacciono)\s+(?:(?:il|lo|la|l['’]|i|gli|le|tuo|tua|tuoi|tue|suo|sua)\s*(?:[\w'’-]+\s+){0,2}?)?(?:(?:un\s+po['’]|ancora|molto|leggermente)\s*)?(?:più|meno)\s+(?:fort|dolc|amar|caric|intens|legger|delicat|cald|fredd|dens|cremos|speziat|salat|acid|concentrat|diluit|sottil|fin|gross|croccant|morbid|cott|ristrett|lung|tostat|aromatic|corpos|piccant|fruttat|robust|scur|chiar)\w*",
        r"\b(?:gusto|sapore|aroma|intensità|forza|consistenza|regolazione|impostazione|macinatura|dosaggio|dose|temperatura|cottura|infusione|equilibrio|livello|grado|tostatura|corpo|dolcezza|amarezza|acidità|profumo)\s+(?:che|come)\s+(?:più\s+)?(?:ti|le|vi|gli)\s+(?:piace|piacciono|è\s+piaciut[oa])(?:\s+(?:di\s+più|più|tanto))?[\s,.;:!?)»]",
        r"\b(?:proprio|esattamente|così|preparalo|preparala|preparali|fallo|servilo|servila|prendilo|prendila)\s+come\s+(?:più\s+)?(?:ti|le|vi)\s+piace(?:\s+di\s+più)?[\s,.;:!?)»]",
    ],
    negative_review: &[
        // A review of one lone star: "una stellina sola", "una stella sola su Amazon".
        // (A star drawn as a mark names no review: "le carte segnate con una stellina",
        // "contrassegna con una stella le parole difficili", "una stellina nell'angolo"; nor a
        // star given on a child's chart for a deed, "una stella per sedersi", "una stellina per
        // provarci", "per ogni notte asciutta"; the first branches read it and report nothing, an empty `m`.)
        r"(?:\b(?:segn|contrassegn|marc|evidenzi|indic|distingu)\w*\s+(?:[\w']+\s+){0,3}?(?:con|da)\s+(?:una|1)\s+stell(?:a|ina)\b|\b(?:una|1)\s+stell(?:a|ina)\s+(?:nell'angolo|in\s+(?:alto|basso|cima|fondo|un\s+angolo)|sul\s+retro|sul(?:la|l')?\s*(?:carta|scheda|pagina|bordo|margine|angolo))|\b(?:una|1)\s+stell(?:a|ina)\s+per\s+(?:ogni\s+[\w']+|[\w']+(?:ar|er|ir)(?:e|si|ci|lo|la|li|le|ne|mi|ti|vi)))(?P<m>)|\b(?:una|1)\s+(?:sola\s+)?stell(?:a|ina)(?:\s+sola)?\b",
        // Speaking ill in public, said plainly: "non scriva male su Amazon", "parlare male di noi online".
        r"\b(?:scriv\w*|parl\w*|dir\w*|dic\w*)\s+(?:[\w']+\s+){0,2}?male\s+(?:di\s+noi|su\s+(?:Amazon|di\s+noi|internet)|in\s+rete|online|del\s+(?:prodotto|negozio|venditore))\b|\bnon\s+(?:scriva|scrivete|scrivere|scrivi|parli|parlate|parlare|parlarne)\s+male\b",
        r"\b(?:recension[ei]|opinion[ei]|valutazion[ei]|commenti|commento|feedback)\s+(?:\w+\s+)?(?:negativ\w*|cattiv\w*|arrabbiat\w*|brutt\w*|scars\w*|a\s+[1-2]\s+stell\w*)|\b(?:cattiv|brutt|negativ)\w*\s+(?:recension|opinion|valutazion|comment)\w*",
    ],
    aside: &[
        // A question that names only the review, as a heading of a question-and-answer block: "E la
        // recensione?", "E per le recensioni?" (nothing on how the order went).
        r"(?m:^)[ \t]*(?:e\s+)?(?:per\s+)?(?:la|le|una|il)\s+(?:recension[ei]|valutazion[ei]|feedback)\s*\?",
        // A question that only offers the review itself, with no verb and nothing on the
        // experience, at the start of a sentence: "Una recensione sulla collana?", "Un breve
        // parere?", "La sua opinione sugli orecchini?" (whether the buyer wants to give one).
        r"(?:(?m:^)[ \t]*|[.!?…:]\s+)(?P<m>(?:e\s+)?(?:una|un|la\s+sua|la\s+tua|il\s+suo|il\s+tuo|due|qualche)\s+(?:(?:breve|piccol[ao]|veloce|rapid[ao])\s+)?(?:recensione|opinione|parere|parole|commento|valutazione|feedback)(?:\s+(?:breve|veloce|rapid[ao]))?(?:\s+(?:sull[ao']?|sui|sugli|sul|su|per|di|del|dell[ao']?|riguardo\s+(?:a|al|all[ao']?))\s*(?:(?:il|lo|la|i|gli|le|l'|suo|sua|suoi|sue|tuo|tua|questo|questa|questi|queste)\s*)?(?:[\w’-]+\s*){1,2})?\s*\?)",
        // Whether everything arrived, nothing on how it is: "arrivato tutto?", "c'è tutto?".
        r"\barrivat[oaie]\s+tutt[oaie]\s*\?|\btutt[oaie]\s+arrivat[oaie]\s*\?|\bc'è\s+tutto\s*\?|\b(?:ci\s+sono\s+)?tutti\s+i\s+pezzi\s*\?",
        // The wish to have one's say, asked of everyone: "Vuoi dire la tua?", "Le va di dire la
        // sua sul tappeto?".
        r"\b(?:vuoi|vuole|volete|ti\s+va|le\s+va|vi\s+va)\s+(?:di\s+)?dire\s+la\s+(?:tua|sua|vostra)\b",
        // Whether the parcel has arrived at all, nothing on how it is: "la borraccia è arrivata?".
        r"\b(?:è|sono)\s+(?:già\s+)?arrivat[aoei]\s*\?|\b(?:l'|lo\s+|la\s+|li\s+|le\s+)?(?:hai|ha|avete)\s+(?:già\s+)?ricevut[aoei]\s*\?",
        // Whether the buyer has a moment at all: "Hai un attimo?", "Avrebbe due minuti?".
        r"\b(?:ha|hai|avete|avresti|avrebbe|avreste)\s+(?:un|due|cinque)\s+(?:minut[oi]|moment(?:o|ino)|attim(?:o|ino)|second[oi])\b",
        r"\bsapevi\b|\bsapeva\b|\b(?:cerchi|cerca)\s+(?:un|una|altri)\b|\bcosa\s+ne\s+pens\w*|\bche\s+ne\s+pens\w*",
        // An open question, which no yes answers: "Come va con la lampada?", "Come si trova?".
        // Asking the buyer to tell their experience, whatever it was, is the ask itself: "Ci
        // racconta la sua impressione?", "Mi dici la tua opinione?".
        r"\b(?:ci|mi)\s+(?:racconti|racconta|racconteresti|racconterebbe|raccontate|raccontereste|dici|dica|diresti|direbbe|dite|direste)\s+(?:[\w'-]+\s+){0,2}?(?:la\s+|il\s+)?(?:tua|sua|vostra|tuo|suo|vostro)\s+(?:esperienza|opinione|impressione|parere)\b",
        r"\bcome\s+(?:va|procede|sta\s+andando)\b|\bcome\s+(?:ti|si|vi)\s+(?:trovi|trova|trovate)\b",
        // The wish to write how it is going, asked of everyone: "ti va di scrivere come ti trovi?",
        // "le va di raccontarci cosa ne pensa?" ("cm" typed for "come").
        r"\b(?:vuoi|vuole|volete|ti\s+va|le\s+va|vi\s+va)\s+(?:di\s+)?(?:scriver|raccontar|dir)(?:e|ci|mi)\s+(?:(?:come|cm)\s+(?:ti|si|vi)\s+(?:trovi|trova|trovate)|cosa\s+ne\s+(?:pensi|pensa|pensate)|com'è\s+andata)\b",
        // The buyer asking where or how to review, a question on the review's place or way and none
        // on the experience: "Dove posso recensire il pianoforte?", "Come posso valutare il
        // metronomo?", "Dove si lascia la recensione?" (first person or impersonal only: "Come lo
        // valuteresti?" asks for the verdict).
        r"\b(?:dove|come|in\s+che\s+modo)\s+(?:(?:posso|possiamo|devo|dobbiamo|si\s+può|è\s+possibile|conviene|bisogna)\s+(?:(?:recensir|valutar|votar|commentar)\w*\b[^.!?\n]{0,60}|(?:lasciar|scriver|dar|pubblicar|metter|condivider|inserir|esprimer)\w*\b[^.!?\n]{0,40}?\b(?:recension[ei]|valutazion[ei]|opinion[ei]|parere|commenti?|feedback|stelle|giudizi[oi]?)\b[^.!?\n]{0,40})|(?:si\s+)?(?:recensisco|valuto|voto|commento|recensisce|valuta|commenta)\b[^.!?\n]{0,60}|(?:si\s+)?(?:lascio|scrivo|do|pubblico|metto|lascia|scrive|dà|pubblica|mette|lasciano|scrivono)\b[^.!?\n]{0,40}?\b(?:recension[ei]|valutazion[ei]|opinion[ei]|parere|commenti?|feedback|stelle|giudizi[oi]?)\b[^.!?\n]{0,40})\?",
    ],
    branch: &[
        // A button or cell that names a verdict, then the way ("La adoro → recensiscila", "Non proprio → scrivici"), or a lone Sì / No cell of a row.
        r"^\W*\s*(?:(?:l[aoie]\s+|l')?(?:adoro|amo)|mi\s+piace|(?:mi\s+)?(?:è\s+)?piaciut[oaie]|top|fantastic[oa]|perfett[oa]|promoss[oa]|non\s+(?:proprio|tanto|molto|del\s+tutto|mi\s+piace|mi\s+convince|mi\s+è\s+piaciut[oaie])|così\s+così|insomma|bocciat[oa])\b[^\n]{0,12}?(?:[-–—:=>→]|,)",
        r"^\s*(?:sì|si|no)\s*[.!]?\s*$",
        r"^\s*(?:opzione|scelta|caso|risposta)\s+(?:[a-c1-3]|uno|due)\b",
        r"^\s*(?:sì|si|no)\s*(?:[-–—:=>→]|\))",
        // Two scores as a label: "9 o 10:", "4 e 5 stelle →".
        r"^\s*\d+\s+(?:o|e|oppure)\s+\d+\s*(?:stelle|punti)?\s*[-–—:=>→]",
        r"^\s*(?:da\s+\d+\s+in\s+(?:su|giù)|(?:sotto|sopra)\s+(?:il\s+)?\d+|meno\s+di\s+\d+|\d+\s+o\s+(?:più|meno|inferiore|superiore)|(?:da|dal|dall')\s*\d+\s+(?:a|al|all')\s*\d+|\d+\s*[-–]\s*\d+)\s*(?:stelle|punti)?\s*[-–—:=>→]",
    ],
    then: &[
        r"^(?:allora|in\s+(?:questo|tal|quel)\s+caso|ottimo|benissimo|perfetto|fantastico|splendido|che\s+bello|bene)\b",
        // The moment named for the ask, which takes the yes for granted just as "Allora" does:
        // "È il momento giusto per …", "Questo è il momento di …", "È proprio l'occasione per …",
        // also after an "Ecco": "Ecco, quello è il momento per …".
        r"^(?:ecco\s*[,:!]?\s*)?(?:(?:questo|ora|adesso|quello)\s+)?(?:è|e['’])\s+(?:(?:proprio|allora|dunque|quindi|ora|adesso)\s+)*(?:il\s+(?:(?:momento|miglior\s+momento|momento\s+(?:giusto|perfetto|ideale))\b)|l['’]\s*(?:occasione|ora)\b|quello\s+il\s+momento\b)",
    ],
    unconditional: &[
        // Whatever the buyer thinks, any verdict fine: "qualunque cosa ne pensi", "comunque la
        // pensi", "va bene qualsiasi giudizio", "ogni opinione è benvenuta".
        r"\b(?:qualunque|qualsiasi)\s+cosa\s+(?:ne\s+)?(?:pensi|pensa|pensiate|pensate|penserai|penserà|abbia\s+pensato|hai\s+pensato|ne\s+sia\s+uscito)\b|\bcomunque\s+(?:la\s+)?(?:pensi|pensa|pensiate|pensate|sia\s+andata|vada)\b",
        r"\b(?:va\s+bene|vanno\s+bene|è\s+(?:ben\s*accett|benvenut|gradit)[oa]|accettiamo|leggiamo\s+volentieri)\s+(?:davvero\s+|proprio\s+)?(?:qualsiasi|qualunque|ogni)\s+(?:giudizio|opinione|parere|voto|valutazione|recensione|impressione)\b|\b(?:qualsiasi|qualunque|ogni)\s+(?:giudizio|opinione|parere|voto|valutazione|recensione|impressione)\s+(?:sincer[oa]\s+)?(?:va\s+bene|è\s+(?:ben\s*accett|benvenut|gradit)[oa])\b",
        // Favourable or not, the other verdict left bare: "una recensione, favorevole o no",
        // "positiva o meno"; critical ones welcome too: "comprese quelle critiche".
        r"\b(?:favorevol[ei]|positiv[oaie])\s+o\s+(?:no|meno|sfavorevol[ei])\b|\b(?:compres[ie]|inclus[ie])\s+quell[ie]\s+(?:critich[ei]|negativ[ei]|men[oa]\s+(?:positiv|buon|favorevol)[ie])\b",
        // Either verdict welcome: "bella o brutta che sia", "buona o cattiva", "nel bene o nel
        // male" (also "in bene o in male"), "positiva o meno positiva", "bello o non così bello".
        r"\b(?:bell[oaie]|buon[oaie]|positiv[oaie])\s+o\s+(?:brutt[oaie]|cattiv[oaie]|negativ[oaie]|(?:non\s+(?:tanto|molto|così|troppo)\s+|meno\s+)(?:bell|buon|positiv)[oaie])(?:\s+che\s+sia)?\b|\b(?:nel|in)\s+bene\s+(?:o|e|oppure)\s+(?:nel|in)\s+male\b",
        // Well or badly, however it went: "bene o male che sia andata", "bene o male che vada".
        r"\bbene\s+o\s+male\s+che\s+(?:sia|vada|fosse|sia\s+andat[oa]|sia\s+stat[oa])\b",
        // The opinion welcome whatever it is, the "whatever" after it: "il tuo parere, qualunque
        // sia", "un giudizio, qualsiasi esso sia", "la tua idea, qualunque essa sia".
        // Also with what it is about between: "la tua esperienza con il bollitore, qualunque
        // essa sia", "il tuo parere sul nuovo modello, qualsiasi sia".
        r"\b(?:opinion[ei]|parer[ei]|giudizi[oi]?|impression[ei]|esperienz[ae]|valutazion[ei]|recension[ei]|vot[oi]|ide[ae])(?:\s+(?:con|su|sul|sulla|sui|sulle|sullo|del|della|dei|delle|di|d')\s*(?:[\w'-]+\s+){0,2}?[\w'-]+)?\s*,?\s+(?:qualunque|qualsiasi)\s+(?:esso\s+|essa\s+)?(?:sia|siano|fosse|sarà)\b",
        r"\b(?:qualunque|qualsiasi)\s+(?:sia|fosse|è|sarà)\s+(?:la\s+sua|la\s+tua|il\s+suo|il\s+tuo)\b|\b(?:positiv[ao]|buon[ao])\s+o\s+(?:negativ[ao]|cattiv[ao]|critic[ao])\b(?:\s*(?:che\s+sia\s*)?[,:;-]?\s*(?:per\s+noi\s+)?(?:è\s+|va\s+)?(?:tutto\s+)?(?:va\s+|è\s+|sono\s+|vanno\s+)?(?:bene|ok|okay|benissimo|benvenut[aeio]|gradit[aeio])\b)?|\bindipendentemente\s+da(?:l|lla)?\b|\bogni\s+opinione\s+sincera\b",
        // The review named good, then bad, either one alike: "né per un voto alto né per uno
        // basso" reads the same as "una valutazione positiva o una negativa".
        r"\b(?:recension[ei]|valutazion[ei]|opinion[ei]|vot[oi]|giudizi[oi]?|parer[ei])\s+(?:buon|positiv|bell|alt|ottim)[aoie]\s*,?\s+(?:né|o|oppure|che|sia|e)\s+(?:per\s+|a\s+|di\s+)?(?:una?\s+|uno\s+|le\s+|i\s+|quell[aeio]\s+)?(?:cattiv|negativ|brutt|bass|pessim)[aoie]\b",
        // A good review and a bad one named as worth the same, the good one first: "tanto una buona
        // quanto una cattiva recensione", "sia una buona recensione sia una cattiva", "una
        // recensione positiva ci è utile quanto una negativa". Only where the bad one ends the
        // comparison: "quanto una cattiva ci danneggia" weighs them, and stays read.
        r"\b(?:(?:buon[aoie]?|positiv[aoie]|ottim[aoie]|favorevol[ei]|entusiast[aie])\s+(?:(?:recension|valutazion|opinion)[ei]\s+|(?:giudizi[oi]?|pareri?|vot[oi]|commento|commenti)\s+)?|(?:recension|valutazion|opinion)[ei]\s+(?:buon[aoie]?|positiv[aoie]|ottim[aoie]|favorevol[ei])\s+|(?:giudizi[oi]?|pareri?|vot[oi]|commento|commenti)\s+(?:buon[aoie]?|positiv[aoie]|ottim[aoie]|favorevol[ei])\s+)(?:quanto|come|così\s+come|sia|che|o|oppure)\s+(?:(?:un|uno|una|un['’]|le|i|gli|quell[aeio])\s*)?(?:(?:cattiv|negativ|brutt|pessim)[aoie]|critic(?:a|o|he|i)|sfavorevol[ei]|men[oa]\s+buon[aoie])\b(?:\s+(?:(?:recension|valutazion|opinion)[ei]|giudizi[oi]?|pareri?|vot[oi]|commento|commenti))?",
        r"\b(?:(?:buon[aoie]?|positiv[aoie]|ottim[aoie]|favorevol[ei])\s+(?:(?:recension|valutazion|opinion)[ei]|giudizi[oi]?|pareri?|vot[oi]|commento|commenti)|(?:(?:recension|valutazion|opinion)[ei]|giudizi[oi]?|pareri?|vot[oi]|commento|commenti)\s+(?:buon[aoie]?|positiv[aoie]|ottim[aoie]|favorevol[ei]))\b[^.!?\n]{0,40}?\b(?:quanto|come|così\s+come|al\s+pari\s+di|tanto\s+quanto)\s+(?:(?:un|uno|una|un['’]|le|i|gli|quell[aeio])\s*)?(?:(?:cattiv|negativ|brutt|pessim)[aoie]|critic(?:a|o|he|i)|sfavorevol[ei]|men[oa]\s+buon[aoie])\b(?:\s+(?:(?:recension|valutazion|opinion)[ei]|giudizi[oi]?|pareri?|vot[oi]|commento|commenti))?\s*(?:[.!?,;:)…]|(?m:$)|\s+(?:anche|pure|allo\s+stesso\s+modo|per\s+noi)\b)",
        // The lowest and the highest count as either-or: "cinque stelle o una", "una stella oppure
        // cinque stelle", "che tu dia una stella o cinque, …". (Not "da una a cinque stelle":
        // raising a rating reads the same.)
        r"\b(?:cinque|5)\s+stelle\s+o\s+(?:una|1)\b|\b(?:una|1)\s+(?:sola\s+)?(?:stella\s+)?(?:(?:sola|soltanto)\s+)?(?:o|oppure)\s+(?:(?:anche|pure|tutte\s+e)\s+)?(?:cinque|5)(?:\s+stelle\b|\s*[,;:.!?)…–—-]|\s*(?m:$))",
        // What pleased and what did not, the good and the less good: "cosa ti è piaciuto e cosa
        // no", "quello che vi ha convinto e quello che non", "il bello e il meno bello".
        r"\b(?:cosa|quello\s+che|ciò\s+che)\s+(?:[\w'-]+\s+){0,3}?(?:piaciut[oaie]|convint[oaie]|funzionato)\s+e\s+(?:cosa|quello\s+che|ciò\s+che)\s+(?:no|non)\b|\bil\s+bello\s+e\s+il\s+(?:meno\s+bello|brutto)\b",
        // Happy and let down side by side, whichever it was: "che tu sia rimasto soddisfatto,
        // deluso o nel mezzo", "contenta o delusa"; also said of the review itself, the other
        // side critical or severe: "che sia entusiasta o critica", "sia entusiasta sia severa".
        r"\b(?:(?:(?:che|sia\s+che)\s+(?:tu\s+|lei\s+|voi\s+)?)?(?:sia|siate|sei|fossi|fosse)\s+(?:rimast[oaie]\s+|stat[oaie]\s+)?)?(?:soddisfatt|content|felic|entusiast)\w*\s*(?:,|o|oppure|sia|che)\s*(?:[\w']+\s+)?(?:delus|insoddisfatt|scontent|perpless|tiepid|critic|negativ|sever|spietat|stroncatur)\w*(?:\s*,?\s*(?:o|oppure)\s+(?:[\w']+\s+){0,4}?(?:mezzo|via|altro))?",
        // Whether it pleased or not, said of the product: "che il cuscino ti sia piaciuto o no",
        // "che vi abbia convinto oppure no".
        r"\b(?:che|sia\s+che)\s+(?:[\w'-]+\s+){0,3}?(?:ti|le|vi|gli)\s+(?:sia|siano|fosse|fossero|abbia|abbiano)\s+(?:piaciut|convint|soddisfatt)\w*\s+(?:o|oppure)\s+(?:no|meno|non)\b",
        // Good, bad or so-so, listed in a hurry, and all of it fine: "bene male o così così va
        // tutto bene", "che l'esperienza sia stata ottima, così così o deludente".
        r"\b(?:(?:che\s+)?(?:la\s+(?:tua|sua|vostra)\s+)?esperienza\s+(?:sia|fosse|è)\s+(?:stata\s+)?)?(?:(?:bene|benissimo|ottim[oa]|buon[oa])\s*,?\s+(?:male|malissimo|delus\w*|deludente|così\s+così)\s*,?\s+(?:o|oppure)\s+(?:male|malissimo|così\s+così|delus\w*|deludente)\b(?:\s*[,:;-]?\s*(?:va\s+)?(?:tutto\s+)?(?:va\s+|è\s+)?(?:bene|ok|benissimo))?|\b(?:bene|ottim[oa]|buon[oa])\s*,?\s+così\s+così\s*,?\s+(?:o|oppure)\s+(?:male|delus\w*|deludente|pessim[oa])\b(?:\s*[,:;-]?\s*(?:va\s+)?(?:tutto\s+)?(?:va\s+|è\s+)?(?:bene|ok|benissimo))?)",
        // Good and bad stretches both named, the bad one in other words: "settimane belle o
        // frustranti", "buone settimane o brutte", "belle o difficili".
        r"\b(?:bell[oaie]|buon[oaie]?)\s+(?:(?:giorni|giornate|settimane|mesi|momenti|sessioni|esperienze|periodi|serate|prove)\s+)?(?:o|oppure|come)\s+(?:(?:quell[ie]|le|i)\s+)?(?:brutt[oaie]|cattiv[oaie]|frustranti|difficili|faticos[oaie]|deludenti|storte|stort[oi]|meno\s+(?:bell|buon)[oaie])\b|\b(?:giorni|giornate|settimane|mesi|momenti|sessioni|esperienze|periodi)\s+(?:bell[oaie]|buon[oaie])\s+(?:o|oppure|e)\s+(?:brutt[oaie]|cattiv[oaie]|frustranti|difficili|faticos[oaie]|deludenti)\b",
    ],
    disclaim: &[
        // Whether and what the buyer writes, said to be their choice alone: "Se e cosa scrivere in
        // una recensione resta una sua scelta", "se lasciare una recensione spetta solo a lei".
        // It states, it asks nothing.
        r"\bse\s+(?:e\s+(?:cosa|come)\s+)?(?:scrivere|lasciare|pubblicare|recensire|lasci|scriva|scrivi|pubblichi)\b[^.!?\n]{0,80}?\b(?:(?:resta|rimane|è|sarà)\s+(?:[\w'-]+\s+){0,3}?(?:scelta|decisione|libertà|affare)|(?:spetta|dipende)\s+(?:solo\s+|soltanto\s+|unicamente\s+|esclusivamente\s+)?(?:a|da)\s+(?:lei|te|voi))\b\s*(?:[.!;]|$)",
        // Something promised whether or not the buyer reviews: "che lasci una recensione o no",
        // "sia che scriva una recensione sia che no".
        r"\b(?:che|sia\s+che)\s+(?:lei\s+|tu\s+|voi\s+)?(?:ci\s+)?(?:(?:abbia|abbiate|ha|hai|avete)\s+(?:già\s+)?(?:lasciat|scritt|recensit|pubblicat)\w*|lasci|lascia|lasciate|scriva|scrivi|scrivete|recensisca|recensisci)\s+[^.!?\n]{0,50}?\b(?:(?:o|oppure)\s+(?:no|meno|non)|sia\s+che\s+no)\b",
        r"\bnon\s+(?:le\s+|vi\s+|ti\s+)?chiediamo\b|\bquesta\s+(?:e-?mail|mail)\s+non\s+(?:è|chiede)\b",
        // "Non vogliamo solo recensioni positive": says any opinion is welcome.
        r"\bnon\s+(?:[\w'-]+\s+){0,2}?(?:solo|soltanto|unicamente|esclusivamente)\s+(?:(?:recension[ei]|valutazion[ei]|feedback|commenti?|voti?|giudizi)\s+(?:positiv|buon|ottim|entusiast)|(?:buon[ei]|ottim[ei]|bell[ei])\s+(?:recension|valutazion|voti))\w*",
    ],
    other_sense: &[
        // A time of use, and no earlier, times the ask for every buyer (see the const).
        AFTER_A_TIME_OF_USE,
        // Paperwork or packaging in the next parcel is no extra: "nel tuo prossimo ordine
        // troverai un sacchetto di carta" (see `NEXT_PARCEL_EXTRA`).
        r"\b(?:un|una|uno|un['’]|dei|delle|degli)\s*(?:nuov[oaie]\s+)?(?:istruzioni|manuale|fattura|scontrino|imballaggi?o?|etichett[ae]|foglietto|opuscolo|volantino|(?:sacchett[oi]|bust[ae])\s+(?:(?:di|in)\s+(?:carta|plastica|stoffa|tela)|riciclabil[ei]|compostabil[ei]))\b",
        // A child's sticker or reward chart, and the treat it leads to: "una stella per sedersi, un
        // piccolo premio a dieci stelle", "la tabella delle ricompense".
        r"\btabell[ae]\s+(?:di|degli|dei|delle)\s+(?:adesivi|premi|ricompense|stelle|stelline|traguardi)\b|\b(?:(?:piccolo|piccola)\s+)?(?:premio|ricompensa|sorpresa|premietto)\s+(?:a|dopo|con|al\s+raggiungimento\s+di|arrivat[oi]\s+a)\s+(?:\d+|tre|cinque|sette|dieci|venti)\s+(?:stelle|stelline|adesivi)\b",
        // A new device in exchange for the old or faulty one: the goods swapped as the remedy,
        // nothing given in return ("un dispositivo nuovo in cambio di quello vecchio").
        r"\bin\s+cambio\s+(?:di|del|della|dello|dell')\s*(?:quell[oa]\s+|su[oa]\s+|tu[oa]\s+|vostr[oa]\s+)?(?:(?:vecchi[oa]|difettos[oa]|guast[oa]|rott[oa]|danneggiat[oa]|usurat[oa])\b|(?:apparecchio|dispositivo|articolo|prodotto|batteria|pezzo|modello)\s+(?:vecchi[oa]|difettos[oa]|guast[oa]|rott[oa]|danneggiat[oa])\b)",
        // A prize or a contest someone won, told as what happened: "la nostra allieva ha vinto il
        // primo premio al concorso regionale", "si è aggiudicata il premio della giuria". It is
        // their prize, not one offered for a review (a prize with no rank, jury or contest, "hanno
        // vinto un premio grazie alla recensione", stays one).
        r"\b(?:ha|hanno|abbiamo|aveva|avevano|ho|hai|avete|si\s+(?:è|e|sono)\s+aggiudicat[oaie]|vinse|vinsero|conquistò)\s+(?:(?:vinto|conquistato|ottenuto|ricevuto|portato\s+a\s+casa)\s+)?(?:[\w'’]+\s+){0,3}?(?:(?:primo|secondo|terzo)\s+premio|premio\s+(?:della\s+giuria|del\s+pubblico|della\s+critica)|(?:premi[oi]|trofeo|medaglia)\b[^.!?\n]{0,40}?\b(?:concorso|festival|gara|rassegna|competizione)|concorso)\b(?:[^.!?\n]{0,40}?\b(?:concorso|festival|gara|rassegna|competizione)\b)?",
        // "Invece" turning to questions on another topic, not from the review: "Se hai domande
        // sull'aggiornamento, invece, scrivici", "Per domande sulla spedizione, invece, …", "Se
        // invece hai curiosità sul montaggio, …". (Words of a letter or two, "o", "e", end the
        // topic: "domande o problemi, invece, scrivici" still turns the unhappy buyer away.)
        concat!(
            r"\b(?:se\s+(?:hai|ha|avete|avessi|avesse|aveste)|per|in\s+caso\s+di)\s+",
            it_question_on_topic!(),
            r"\s*,?\s*invece\b"
        ),
        concat!(
            r"\bse\s+invece\s+(?:hai|ha|avete|avessi|avesse|aveste)\s+",
            it_question_on_topic!(),
            r"\s*[,.;:]"
        ),
        // The "non" of "non appena" before a win negates nothing: "non appena avrai vinto la prima
        // gara" waits for the win (see `positive`).
        concat!(
            r"\b(?P<m>non\s+appena)\s+(?:[\w'’-]+\s+){0,2}?",
            it_win_verb!(),
            r"\b"
        ),
        // "Invece" turning to questions of a kind, not from the review: "Per le domande tecniche,
        // invece, il canale giusto è …", "per i dubbi di configurazione, invece, …". (Problems or
        // doubts with no kind, "per i problemi, invece, scrivici", still turn the unhappy buyer
        // away.)
        r"\b(?:se\s+(?:hai|ha|avete)|per|in\s+caso\s+di)\s+(?:(?:le|i|delle|dei|qualche|altre|altri|eventuali|ulteriori)\s+)?(?:domand[ae]|curiosità|quesiti|dubbi)\s+(?:tecnic(?:a|he|i)|pratic(?:a|he|i)|di\s+(?:configurazione|montaggio|installazione|compatibilità|utilizzo|impostazione))\s*,?\s*invece\b",
        // A newsletter or advertising said not to come: "non ti iscriviamo a nessuna newsletter",
        // "niente newsletter", "non riceverai pubblicità". It promotes nothing.
        r"\b(?:nessun[ao]?|niente|senza|zero)\s+(?:(?:altr[ao]|nuov[ao])\s+)?(?:newsletter|mailing\s+list|pubblicità|promozion[ei]|spam)\b|\bnon\s+(?:ti|la|vi|le|li|lo)\s+(?:iscriv|aggiung|inser|mett)\w*\s+(?:a|alla|in|nella)\s+(?:(?:nessuna|alcuna|nostra)\s+)?(?:newsletter|mailing\s+list|lista)\b|\bnon\s+(?:riceverai|riceverà|riceverete|(?:ti|le|vi)\s+(?:manderemo|invieremo|mandiamo|inviamo))\s+(?:(?:mai|alcuna|nessuna|più)\s+)?(?:newsletter|pubblicità|promozioni|spam)\b",
        // What an update of the software brings: "le novità dell'aggiornamento", "novità di questa
        // versione". It names no new product.
        r"\bnovità\s+(?:dell['’]\s*|del|della|di\s+questa|di\s+questo|di\s+ogni|introdotte\s+(?:dall['’]\s*|dal|dalla))\s*(?:nuov[oa]\s+|ultim[oa]\s+)?(?:aggiornament[oi]|versione|versioni|firmware|software|app)\b",
        // The "non" that Italian puts after "finché" ("until") negates nothing: "aspetta finché non
        // è tutto a posto" waits for all to be right, it names no problem.
        r"\bfinché\s+non\b",
        // A longer warranty for registering the product, not for a review: "Registra la chiave
        // entro 30 giorni e la garanzia passa a 5 anni", "dopo la registrazione la garanzia …".
        // The words between the registration and the warranty hold no comma, no "e", "ed" and no
        // "poi" (a word of any other length, or of that length but those): "Registra il prodotto
        // e lascia una recensione e la garanzia passa a 5 anni" ties the warranty to the review.
        r"\bregistr\w*\b(?:\s+(?:[^\We]|[\w'-]{4,}|[^\We][\w'-]|e[^\Wd]|[^\Wp][\w'-]{2}|p[^\Wo][\w'-]|po[^\Wi])){0,12}?\s*,?\s+(?:e|ed|allora)\s+(?:[\w'-]+\s+){0,3}?garanzi[ae]\b[^.!?\n]{0,40}|\b(?:dopo|con)\s+(?:la\s+)?registrazione\b(?:\s+(?:[^\We]|[\w'-]{4,}|[^\We][\w'-]|e[^\Wd]|[^\Wp][\w'-]{2}|p[^\Wo][\w'-]|po[^\Wi])){0,4}?\s*,?\s+(?:la\s+)?garanzi[ae]\b[^.!?\n]{0,40}",
        // A token of thanks for the purchase, the trust or the loyalty, not for a review: "come
        // segno della nostra gratitudine per la Sua fiducia".
        r"\b(?:come|quale|in)\s+(?:segno|testimonianza|pegno|attestato)\s+(?:della|di)\s+(?:nostra\s+|mia\s+)?(?:gratitudine|riconoscenza)\s+per\s+(?:la\s+|il\s+|l')?(?:sua|tua|vostra|suo|tuo|vostro|questo|questa)\s+(?:[\w'-]+\s+)?(?:fiducia|acquisto|ordine|fedeltà|scelta|pazienza|sostegno|visita)\s*[,.;:!?]",
        // The buyer able to do what was just asked, or to find the page: "potrà farlo qui",
        // "potranno trovarla qui", "può lasciarla da questo link". Nothing is given.
        r"\b(?:potr(?:à|anno|ai|ete)|pu(?:ò|oi)|possono|potete)\s+(?:(?:semplicemente|direttamente|comodamente|tranquillamente)\s+)?(?:farlo|trovarl[aoie]|lasciarl[aoie]|scriverl[aoie]|pubblicarl[aoie]|inserirl[aoie]|trovare\s+(?:la\s+pagina|il\s+link|il\s+modulo))\b",
        // Something per order, not per review: "per ogni ordine doniamo 1 €", "con ogni acquisto
        // piantiamo un albero".
        r"\b(?P<m>(?:per|con|a)\s+(?:ogni|il\s+tuo|la\s+tua|il\s+suo|la\s+sua))\s+(?:nuovo\s+|nuova\s+)?(?:ordine|acquisto|vendita|pacco|spedizione|consegna|bottiglia|barattolo|flacone|busta|confezione|articolo|prodotto|ricarica|unità)\b",
        // An extra the seller says it gives with every order or to every buyer, said after the
        // item: "un campione omaggio, incluso in ogni ordine", "un campione gratuito, che inviamo a
        // tutti i nostri clienti". It is no reward for the review (the order or the buyer is what
        // is counted, never the review: "per ogni recensione …" stays an offer).
        r"(?:(?m:^)[ \t]*|[.!?][ \t]+)(?P<m>(?:il|la|lo|i|le|nel|nella|nei|un|una|uno|troverà|trova|troverai|c['’]è|inviamo|aggiungiamo|mettiamo|includiamo|in)\b[\s'’]*(?:[\w'’-]+\s+){0,7}?(?:regal\w*|omaggi\w*|gratuit\w*|gratis|campion\w*|sorpres\w*|pensier\w*)\b(?:\s+[\w'’-]+){0,7}?\s*,?\s+(?:(?:inclus[oaie]|inviat[oaie]|offert[oaie]|aggiunt[oaie]|mess[oaie])\s+|(?:come|proprio\s+come)\s+|(?:che|lo|la|li|le)\s+(?:[\w'’-]+\s+){1,2})?(?:(?:in|con|a|ad|per)\s+)?(?:ogni|tutti\s+i(?:\s+nostri)?|tutte\s+le(?:\s+nostre)?)\s+(?:pacc(?:o|hi)|ordin[ei]|spedizion[ei]|confezion[ei]|scatol[ae]|acquist[oi]|consegn[ae]|macchin[ae]|client[ei]|acquirent[ei])\b)\s*(?:[.!?]|(?m:$))",
        // An extra that every parcel or order comes with, in a sentence of its own: "Ogni ordine
        // include un piccolo regalo", "in ogni pacco trova un campione gratuito". It is for every
        // buyer, not for the review asked for before it. The sentence ends with the item, or says
        // only what it is made of: not "… per chi lascia una recensione".
        r"(?:(?m:^)[ \t]*|[.!?][ \t]+)(?P<m>(?:(?:in|con)\s+)?(?:ogni|tutti\s+i(?:\s+nostri)?|tutte\s+le(?:\s+nostre)?)\s+(?:pacc(?:o|hi)|ordin[ei]|spedizion[ei]|confezion[ei]|scatol[ae]|pacchett[oi]|bust[ae]|acquist[oi]|consegn[ae])\s*,?\s+(?:[\w'-]+\s+){0,3}?(?:include|includono|contiene|contengono|porta|portano|arriva|arrivano|trova|troverà|trovi|troverai|c'è|ci\s+sono|riceve|ha|hanno)\s+(?:[\w'-]+\s+){0,3}?(?:regal\w*|omaggi\w*|gratuit\w*|gratis|campion\w*|sorpres\w*|pensier\w*)\b(?:\s+(?:in\s+omaggio|in\s+regalo|gratuit\w*|gratis)\b)?(?:\s+(?:di|del|della|dei|delle)\s+(?:[\w'-]+\s+)?[\w'-]+)?(?:\s*,\s*(?:come)\s+[^.!?\n]{0,60})?)\s*(?:[.!?]|(?m:$))",
        // "Se invece" right after a sentence that opens on a case of its own, contrasting the two
        // cases ("Se l'acqua è calcarea, … Se invece la spia non si accende, scrivici"): "on the
        // other hand", no "instead" of the review. After an ask that names no case ("… due righe
        // di recensione. Se invece qualcosa non va, scrivimi") it still sends the unhappy buyer
        // away from it, and "se invece di recensire" still reads as instead of it.
        // The first case names a thing ("se l'acqua", "se il pane", "se la tua lampada"): a
        // courtesy that opens an ask ("Se hai un minuto, lascia una recensione. Se invece
        // qualcosa non va, scrivici") names none, and the "invece" still turns from the review.
        r"(?:(?m:^)[ \t]*|[.!?;:]\s+)se\s+(?:l['’]\s*|(?:il|lo|la|i|gli|un|una|uno)\s+|un['’]\s*|(?:tuo|tua|tuoi|tue|suo|sua|suoi|sue|questo|questa|questi|queste|quel|quella|quello|quei|quelle)\s+)[^.!?\n]*[.!?;]\s+(?P<m>se\s*,?\s*invece)(?:\s*,|\s+(?:[^\sd]|d[^\si]|di\S))",
        // The mail folder or tab named Promotions, where a message may land: "nel caso il primo
        // fosse finito tra le promozioni", "controlla la cartella Promozioni", "nello spam o
        // nelle promozioni" (a shop's "sezione promozioni" stays an offer).
        r#"\b(?:finit|finisc|finir|finiss|capitat|arrivat|scivolat|smistat|spostat|nascost|archiviat|pers|mess)\w*\s+(?:[\w'-]+\s+){0,2}?(?:tra|fra|nelle|nella|in|dentro|sotto)\s+(?:le\s+|la\s+|l'\s*)?(?:(?:cartella|scheda|etichetta|tab)\s+(?:delle\s+|di\s+)?)?[«“"']?promozioni\b|\b(?:cartella|scheda|etichetta|tab)\s+(?:delle\s+|di\s+)?[«“"']?promo(?:zioni)?\b|\b(?:spam|posta\s+indesiderata)\s*(?:,|o|e|oppure|od)\s*(?:tra\s+|fra\s+|nelle\s+|in\s+)?(?:le\s+)?[«“"']?promozioni\b|\bpromozioni[»”"']?\s*(?:,|o|e|oppure|od)\s*(?:nello\s+|nella\s+|in\s+|tra\s+lo\s+)?(?:(?:cartella\s+(?:dello\s+|della\s+)?)?spam|posta\s+indesiderata)\b"#,
        // "Nessun problema:" opening a reassurance ("no worries: if it is torn, send it back
        // anyway"): no problem named, and no happy buyer either (see `positive`).
        r"\bnessun\s+problema\s*[:!–—]",
        // The premium a fair-trade buyer pays the growers, no reward: "con il premio
        // equosolidale hanno comprato un essiccatoio", "il premio Fairtrade", "il premio del
        // commercio equo".
        r"\bpremi[oi]?\s+(?:equo\s*(?:e\s+)?solidal[ei]|equosolidal[ei]|fair\s*trade|del\s+commercio\s+equo(?:\s+e\s+solidale)?|di\s+filiera)\b",
        // A prize or a reward as a figure of speech, nothing handed over: a catch, a pumpkin or a
        // shot worth a prize ("un pesce da premio", "una zucca da premio"), or the true reward of
        // a hobby named as what it brings ("la vera ricompensa arriva quando il modello è finito",
        // "la ricompensa più bella è l'ultimo pezzo", "il premio più grande è il primo salto").
        r"\bda\s+premio\b|\b(?:il|la|l['’]|quest[oa]|quell[oa])\s*(?:ver[oa]|miglior[ei]?|più\s+bell[oa]|più\s+grande|più\s+dolce|unic[oa])\s+(?:ricompensa|premio)\b|\b(?:il|la)\s+(?:ricompensa|premio)\s+più\s+(?:bell[oa]|grande|dolce|ver[oa])\b",
        // A change to what the buyer already buys, told as news, no offer: "vogliamo avvisarti di
        // una novità prima che apra i pacchi", "una novità sulla ricetta", "Le vitamine dei tuoi
        // bambini – novità da …".
        r"\b(?:avvis|inform|aggiorn|anticip|comunic|segnal|dir)\w*\s+(?:[\w'-]+\s+){0,2}?(?:di\s+|su\s+)?(?:una|la|questa|un'altra|qualche)\s+(?:(?:piccola|importante|grande|sola)\s+)?novità\b|\bnovità\s+(?:(?:sul|sulla|sui|sulle|nel|nella|nei|nelle|riguardo\s+(?:al|alla|ai|alle|il|la))\s+(?:(?:tuo|tua|tuoi|tue|suo|sua|suoi|sue|vostr[oaie])\s+)?(?:ordine|ordini|acquisto|ricetta|formula|confezion[ei]|formato|formati|composizione|imballaggio|packaging|etichett[ae]|ingredienti|lotto|pacc(?:o|hi)|spedizion[ei]|consegn[ae])|(?:sul|sulla|sui|sulle|per\s+il|per\s+la|per\s+i|per\s+le)\s+(?:tuo|tua|tuoi|tue|suo|sua|suoi|sue|vostr[oaie])\s+\w+)\b|\b(?:tuo|tua|tuoi|tue|suo|sua|suoi|sue|vostr[oaie])\s+(?:[\w'-]+\s+){0,4}?[–—-]\s*(?:una\s+|qualche\s+)?(?:piccola\s+)?novità\b",
        // The sale day named as when the buyer ordered or when things happen, no promotion:
        // "il suo ordine del Cyber Monday", "acquistato durante il Prime Day", "nei giorni del
        // Black Friday i pacchi viaggiano più lenti".
        r"\b(?:ordin[ei]|acquist[oi]|pacc(?:o|hi)|spedizion[ei])\s+(?:del\s+|di\s+|durante\s+il\s+|nel\s+)?(?:Black\s+Friday|Cyber\s+Monday|Prime\s+Day)\b|\b(?:acquistat|comprat|ordinat)[oaie]\s+(?:durante\s+il|nel|per\s+il|al)\s+(?:Black\s+Friday|Cyber\s+Monday|Prime\s+Day)\b",
        r"\b(?:durante\s+(?:la|il|i|le)|nella|nel|nei|nelle|dopo\s+(?:la|il|i|le)|prima\s+(?:della|del|dei|delle))\s+(?:settimana|settimane|giorni|giornate|weekend|fine\s+settimana|periodo)\s+(?:del|di)\s+(?:Black\s+Friday|Cyber\s+Monday|Prime\s+Day)\b",
        // The gift season, no present from the seller: "nel periodo dei regali", "la corsa ai
        // regali di dicembre".
        r"\b(?:periodo|stagione|tempo|giorni|settimane)\s+(?:dei|di)\s+(?:tanti\s+)?regali\b|\bcorsa\s+ai\s+regali\b",
        // A present the seller would once have given and gives no more: "in passato avremmo
        // allegato un buono", "avremmo voluto offrirle uno sconto, ma non si può".
        r"\b(?:un\s+tempo|una\s+volta|in\s+passato|anni\s+fa|prima)\s*,?\s+(?:[\w'-]+\s+)?(?:avremmo|avrei)\s+(?:[\w'-]+\s+){0,4}?(?:omagg|regal|scont|prem|buon|coupon|ricompens|campion)\w*|\b(?:avremmo|avrei)\s+(?:(?:già|volentieri|sicuramente)\s+)?\w+(?:at|ut|it|ert|att|ess|ost)[oa]\b[^.!?\n;:]{0,40}?\b(?:omagg|regal|scont|prem|buon|coupon|ricompens|campion)\w*\b[^.!?\n]{0,30}?,?\s*(?:ma|però|tuttavia)\b",
        // Time given, not a present: "ci regali due minuti", "regalarci un momento del suo tempo".
        r"\bregal(?:i|a|ate|ino|arci|armi|arsi|ateci|aci|ami)\s+(?:(?:ci|mi|a\s+noi)\s+)?(?:un|una|due|tre|cinque|dieci|qualche|pochi|poche|un\s+paio\s+di)\s+(?:minut|attim|istant|moment|second)\w*",
        // A review called a gift to the shop: "sarebbero un grande regalo per la nostra bottega".
        r"\b(?:un|il)\s+(?:(?:grande|bel|bellissimo|vero|piccolo|prezioso)\s+)?regalo\s+(?:(?:più\s+)?(?:grande|bello|prezioso)\s+)?per\s+(?:noi|me|la\s+nostra|il\s+nostro|questa|questo)\b",
        // An order-summary row, a label and its value ("Sconto applicato: Offerta lampo"), and a star count inside a product name ("Set Asciugamani Hotel 5 Stelle"): what was bought, not a promotion or a rating.
        r"(?m:^)[ \t]*(?:sconto|coupon|codice\s+sconto|buono|promozione|offerta)\s+(?:applicat[oa]|utilizzat[oa]|usat[oa]|attivat[oa]|riscattat[oa])[ \t]*:?\s*[^\n]*",
        // No offer at all, said outright: "Nessuna promozione e niente da riscattare".
        r"\bnessun[ao]?\s+(?:promozion[ei]|promo|offert[ae]|scont[oi]|regal[oi]|premi[oi]?)\b",
        // Stars that grade the buyer's own effort or practice, not the product: "cinque stelle di
        // impegno", "un impegno da cinque stelle", "cinque stelle per la costanza". Stars "per"
        // or "di" the effort only where no one asks for them: at the start, or after "e", "da",
        // "ti meriti" ("lasciaci cinque stelle per l'impegno" asks for them), and where no wish
        // follows ("Cinque stelle per l'impegno sarebbero fantastiche!": `it_praise_end`).
        concat!(
            r"(?:(?:(?m:^)|[^\w\s'’]|\b(?:e|è|da|sono|meriti|merita|meritate|ecco|anche)\s)\s*(?:(?:già|anche|tutte)\s+)?(?:le\s+)?(?:5|cinque)\s+stelle\s+(?:di|d'|per\s+(?:l'|il\s+tuo\s+|la\s+tua\s+|la\s+|il\s+)?|all'|al\s+|alla\s+)\s*(?:impegno|sforzo|fatica|costanza|tenacia|grinta|volontà|dedizione|allenamento|pratica|progressi|perseveranza)\b|\b(?:impegno|sforzo|fatica|costanza|tenacia|grinta|allenamento|allenamenti|sessione|sessioni|giorno|giornata|settimana|prestazione|esercizio|progressi)\s+(?:(?:è|era|sarà|davvero|proprio|già)\s+)?(?:da|a)\s+(?:5|cinque)\s+stelle\b)",
            it_praise_end!()
        ),
        // The buyer grading themselves in stars: "datti cinque stelle", "ti meriti 5 stelle". Not
        // with stars for the seller after it ("e dalle anche a noi").
        concat!(
            r"(?:\b(?:datti|concediti|assegnati|regalati|mettiti|datevi|concedetevi|ti\s+(?:dai|meriti|assegni|concedi|metti)|vi\s+(?:meritate|date))\s+(?:[\w']+\s+){0,3}?(?:5|cinque)\s+stelle\b)",
            it_praise_end!()
        ),
        // A whole star scale the buyer grades their own work with, from the bottom to the top:
        // "assegna a ogni pizza da una a cinque stelle", "datti da 1 a 5 stelle". Only for each
        // thing or for oneself ("dacci da una a cinque stelle, speriamo cinque" stays a count).
        r"\b(?:ogni|ciascun[oa]?|datti|dati|ti|te\s+stess[oa])\b[^.!?\n]{0,40}?(?:\b(?:da\s+)?(?:una|1|zero|0)\s*(?:stella\s+)?(?:a|-|–)\s*(?:5|cinque)\s+stelle\b|\b(?:tra|fra)\s+(?:una|1|zero|0)\s+(?:stella\s+)?e\s+(?:5|cinque)\s+stelle\b)",
        // The thing the buyer made with the product, praised in stars: "un pane da cinque stelle",
        // "la tua torta sarà da 5 stelle".
        r"\b(?:pane|pani|pagnott[ae]|pizz[ae]|focacc(?:ia|e)|tort[ae]|dolc[ei]|biscotti|piatt[oi]|cen[ae]|pranz[oi]|caffè|disegn[oi]|schizz[oi]|ritratt[oi]|foto|risultat[oi])\s+(?:(?:è|era|sarà|saranno|sono|sia|diventa|diventerà|verrà|viene|venuto|venuta|uscito|uscita)\s+)?(?:(?:davvero|proprio|già|ormai|anche)\s+)?(?:da|a)\s+(?:5|cinque)\s+stelle\b",
        // The star class of a place, which grades the place and not the buyer's rating, in the
        // plural too: "come negli alberghi a quattro stelle", "i ristoranti da 5 stelle", "un
        // campeggio a cinque stelle sul lago", "un agriturismo a 4 stelle".
        r"(?-i:\b[A-Z][\w'-]+\s+[A-Z][\w'-]+\s+(?:5|[Cc]inque)\s+Stelle\b)|\b(?:hotel|alberg(?:o|hi)|resort|ristorant[ei]|struttur[ae]\s+ricettiv[ae]|campegg(?:io|i)|camping|glamping|villagg(?:io|i)\s+turistic[oi]|agriturism[oi]|ostell[oi]|rifug(?:io|i)|b&b|bed\s+(?:&|and)\s+breakfast|residence|lodge|pension[ei]|locand[ae])\s+(?:di\s+lusso\s+)?(?:a\s+|da\s+)?(?:[3-5]|tre|quattro|cinque)\s+stelle\b",
        // Stars that are a spice, a sea creature, a flower or a thing made of something, not a
        // rating: "cinque stelle d'anice", "anice stellato", "stelle marine", "stelle alpine",
        // "cinque stelle di feltro", "a forma di stella". ("Cinque stelle ci farebbero felici"
        // stays a star count.)
        r"\bstell[ae]\s+(?:di\s+|d'|in\s+)(?:[\w-]+\s+)?(?:anice|badiana|mare|feltro|carta|cartone|legno|cioccolato|zucchero|marzapane|pasta\s+di\s+zucchero|pan\s+di\s+zenzero|biscotto|pasta\s+frolla|argilla|ceramica|porcellana|vetro|cristallo|ottone|rame|stagno|stoffa|tessuto|lino|cuoio|pizzo|paillettes|perline|metallo|resina|cera|paglia)\b|\banic[ei]\s+stellat[oi]\b|\bstell[ae]\s+(?:marin[ae]|alpin[ae])\b|\ba\s+forma\s+di\s+stell[ae]\b",
        // Stars someone else hands out, a pet, the vet or the groomer, told as what happened: "il
        // gatto ha dato le sue cinque stelle", "la veterinaria gli ha assegnato cinque stelle",
        // "cinque stelle da parte del gatto". Only what was given ("ci dia cinque stelle" stays a
        // star count).
        r"\b(?:ha|hanno|aveva|avevano)\s+(?:(?:già|subito|pure|anche|persino|addirittura)\s+)?(?:dato|assegnato|messo|regalato|attribuito|concesso)\s+(?:(?:al|alla|allo|all'|ai|agli|alle)\s*(?:[\w'-]+\s+){1,2}?)?(?:(?:le\s+)?(?:sue|loro)\s+|le\s+|ben\s+)?(?:5|cinque)\s+stelle\b|\b(?:diede|dette|assegnò|regalò|concesse)\s+(?:(?:le\s+)?(?:sue|loro)\s+|le\s+|ben\s+)?(?:5|cinque)\s+stelle\b",
        r"\b(?:5|cinque)\s+stelle\s+da\s+parte\s+(?:del|della|dello|dell'|dei|delle)\b",
        // Stars counted per day or week, an app's or a tracker's goals: "cinque stelle a settimana
        // vogliono dire un cane stanco".
        r"\b(?:5|cinque)\s+stelle\s+(?:a|alla|ogni|per|in\s+una|nella|al|in\s+un)\s+(?:settimana|giorno|giornata|mese)\b",
        // Stars that grade something on a scale told step by step, the lowest first: "una stella,
        // il nodo si scioglie con le dita; tre, …; cinque stelle, resta solo la tosatrice".
        r"\b(?:una|1)\s+stella\s*[,:;=–—-][^.!?\n]{1,160}?(?P<m>\b(?:5|cinque)\s+stelle)\s*[,:;=–—-]",
        // A question put to the seller, told in reported speech and answered no right after: "ci
        // chiedono spesso se c'è un buono per chi recensisce. La risposta è no". What it names is
        // asked about and refused, never offered. The refusal may follow a colon and say what is
        // not done: "qualcuno ci domanda se diamo un buono a chi recensisce: non lo facciamo",
        // "ci chiedono se c'è un omaggio per le foto. Non ne diamo".
        r"\b(?:(?:ci|mi)\s+(?:è\s+stato\s+|viene\s+|hanno\s+|ha\s+)?(?:chiest[oi]|domandat[oi]|chied(?:e|ono)|domand(?:a|ano))|(?:ci|mi)\s+(?:si\s+)?chiede|qualcuno\s+(?:ci\s+)?(?:ha\s+)?(?:chiesto|domandato|chiede|domanda))\s+(?:anche\s+|spesso\s+|talvolta\s+|a\s+volte\s+|più\s+volte\s+)?se\b[^.!?\n]{0,160}[.?:;–—]\s*(?:la\s+risposta\s+è\s+(?:no|negativa)|no\b|non\s+(?:è\s+così|(?:lo\s+)?(?:facciamo|faremo|abbiamo\s+mai\s+fatto)|ne\s+(?:diamo|offriamo|regaliamo|mandiamo)|(?:diamo|offriamo|regaliamo|mandiamo)\s+(?:nulla|niente))\b)",
        // The item line ("Articolo: cuscino Cinque Stelle"): a name.
        r"(?m:^)[ \t]*(?:articol[oi]|prodott[oi]|descrizione|modello|contenuto)[ \t]*:[^\n]*",
        // "Prime" as the first ones, not a bonus: "dopo le prime settimane", "alle prime uscite".
        r"\b(?:le|delle|nelle|dalle|alle|sulle|dopo\s+le|tra\s+le)\s+prime\b|\bprime\s+(?:settimane|volte|giornate|giorni|ore|notti|mesi|uscite|corse|impressioni|prove)\b",
        // Nothing for a review, said outright ("non diamo nulla per le recensioni").
        r"(?:\bnon\s+\w+\s+)?\b(?:nulla|niente)\s+(?:in\s+cambio\s+)?(?:per|di|delle|della|per\s+le|per\s+la)\s+(?:una\s+|sua\s+|tua\s+)?(?:recension[ei]|opinion[ei]|valutazion[ei])\b",
        r"\b(?:spedito|inviato|spedita|inviata)\s+(?:[\w'-]+\s+){0,5}?in\s+sostituzione\b|\bsostituzione\s+(?:[\w'-]+\s+){0,3}?(?:è\s+stat[oa]\s+)?(?:spedit|inviat)\w*",
        r"\b(?:incart|confezion|impacchett|avvolt)\w*\s+(?:[\w'-]+\s+){0,3}?(?:(?:come|da|per)\s+regalo|carta\s+(?:da\s+)?regalo)\b|\b(?:grat[oiae]|riconoscent[ie])\s+per\b",
        // The thing said not to depend on a review is no reward for one: "il rimborso non
        // dipende dalla recensione", "il pezzo nuovo è suo comunque e non è legato a recensioni".
        r"\b[\w']+\s+(?:[^.!?\n;:]{0,40}?\s)?non\s+(?:dipende|dipendono|è\s+legat[oa]|sono\s+legat[ie]|è\s+collegat[oa])\s+(?:da|a|alla|alle|dalla|dalle|ad)\s+(?:(?:una|alcuna|nessuna|sua|tua)\s+)?(?:recension|valutazion|opinion|stell)\w*",
        // The buyer making it a present of their own: "se lo hai comprato per farne un regalo",
        // "se vuoi farne dono", "se pensate di farla un regalo di Natale".
        r"\b(?:per|di|vuoi|volete|vuole|pensi\s+di|pensate\s+di|pensa\s+di|intendi|intendete)\s+far(?:ne|lo|la|li|le)\s+(?:un\s+|il\s+tuo\s+|il\s+suo\s+)?(?:regalo|dono|omaggio)\b",
        // Extraction as brewing, not a prize draw: "prima di ogni estrazione", "il tempo di
        // estrazione", "un'estrazione troppo veloce", "l'estrazione dell'espresso".
        r"\b(?:prima|dopo)\s+(?:di\s+)?ogni\s+(?:singola\s+)?estrazione\b|\b(?:tempo|tempi|resa|pressione|temperatura|fase|durata|flusso|rapporto)\s+(?:di\s+|dell['’]\s*)estrazion[ei]\b|\bestrazion[ei]\s+(?:(?:troppo|più|molto|poco|un\s+po['’])\s+)?(?:veloc|lent|rapid|perfett|corrett|uniform|equilibrat|irregolar|acid|amar|sottoestratt|sovraestratt)\w*|\bestrazion[ei]\s+(?:del|dell['’]|di|a)\s*(?:caffè|espresso|tè|latte|succo|olio|miele|aroma|aromi|infuso|freddo)\b",
        // The buyer's present for a person close to them: "il regalo per Suo figlio", "un
        // regalo per la tua amica".
        r"\bregalo\s+per\s+(?:(?:il|la|i|le|un|una)\s+)?(?:(?:Su[oaei]|tu[oaei]|vostr[oaei])\s+)?(?:nipot[ei]|figli[oae]?|bambin[oaie]|marito|moglie|madre|padre|mamma|papà|amic[oaih]e?|nonn[oaie]|fratell[oi]|sorell[ae]|compagn[oa]|collega|cugin[oaie]|zi[oa]|fidanzat[oa])\b",
        // The buyer's own present for someone: "era un regalo", "le ha scelte come regalo", "se
        // sono un regalo", "se si tratta di un regalo", "che sia stato un regalo o un acquisto
        // per te", "in tanti lo scelgono come regalo di nascita".
        r"\b(?:era|fosse|sia)\s+(?:stat[oa]\s+)?(?:un|per|per\s+un)\s+regalo\b|\b(?:scelgono|sceglie|scegliete|comprano|compra|comprate|acquistano|acquistate|ordinano|prendono|regalano)\s+(?:[\w'-]+\s+){0,3}?(?:come|per)\s+regalo\b|\bse\s+(?:[\w']+\s+){0,3}?(?:è|sono|era|erano|fosse|fossero|sarà|saranno)\s+(?:stat[oaie]\s+)?(?:un|per|dei|per\s+un)\s+regal[oi]\b|\bse\s+si\s+tratta\s+di\s+(?:un\s+)?regal[oi]\b|\b(?:acquistat|comprat|ordinat|pres|scelt)[oaie]\s+(?:come|per)\s+regalo\b|\b(?:confezion[ei]|pacchett[oi]|bust[ae]|scatol[ae]|sacchett[oi]|ricevut[ae]|scontrin[oi])\s+(?:da\s+|di\s+)?regalo\b|\b(?:coupon|sconto|codice|buono)\w*\s+(?:[\w']+\s+){0,3}?che\s+ha\s+(?:già\s+)?(?:usato|applicato|utilizzato)\b",
        // No present at all, or nothing of any name given in return: "senza sconti", "nessun
        // pensierino in cambio", "nessuna caramella in cambio".
        // Also each of a list denied: "né sconti né omaggi", "né un regalo né un buono".
        r"\b(?:nessun|nessuna|senza|né)\s+(?:(?:un|uno|una|un')\s*)?(?:premi?|regal[oi]|ricompens[ae]|scont[oi]|omagg(?:io|i)|buon[oi]|coupon|campion[ei]|campioncin[oi])(?:\s+in\s+cambio)?\b|\bniente\s+in\s+cambio\b|\b(?:nessun[oa]?|nessun')\s*(?:[\w'-]+\s+){1,2}?in\s+cambio\b",
        // A bonus that is only a tip: "bonus tecnico", "un consiglio bonus", "trucco bonus".
        // The clause it opens goes with it: "bonus pratico per tutti, gratis: …".
        r"\bbonus\s+(?:tecnic|pratic)\w*[^.!?\n:;]*|\b(?:consigli[oi]|trucc(?:o|hi)|dritt[ae])\s+bonus\b[^.!?\n:;]*",
        // A list of things that do not come with it: "non danno diritto a punti, sconti o
        // omaggi", "non dà alcun premio né buono", "non prevede rimborsi o regali".
        r"\bnon\s+(?:danno|dà|da|prevedono|prevede|comportano|comporta|portano|porta|fanno\s+guadagnare|fa\s+guadagnare|offriamo|diamo|regaliamo)\s+(?:diritto\s+a[dil]?\s+|accesso\s+a[dil]?\s+)?(?:(?:(?:alcun[oa]?|nessun[oa]?)\s+)?(?:punti|scont[oi]|omaggio|omaggi|premio|premi|regal[oi]|buon[oi]|coupon|rimbors[oi]|ricompens[ae]|vantaggio|vantaggi|bonus|prodotti\s+gratuiti)(?:\s*,\s*|\s+(?:o|oppure|né|e)\s+)?)+",
        // Free shipping the order already had: "la spedizione gratuita era già compresa
        // nell'ordine", "spedizione gratuita già applicata al tuo acquisto"; also said of the
        // order: "un ordine che godeva già della spedizione gratuita", "la spedizione era già
        // gratuita". Also in a clause of its own or of the price: "con la spedizione gratuita,
        // che era già inclusa nell'acquisto", "la spedizione gratuita che rientrava nel prezzo".
        r"\bspedizione\s+gratuita\s*,?\s+(?:che\s+)?(?:(?:era|è|è\s+stata|era\s+stata)\s+)?(?:già\s+)?(?:(?:inclus|compres|previst|applicat)\w*|rientr(?:a|ava)(?:\s+già)?)\s+(?:nel|nell'|dal|dall'|al|all'|sul|sull')\s*(?:suo\s+|tuo\s+|vostro\s+)?(?:ordine|acquisto|ordinazione|prezzo)\b|\b(?:aveva|ha|avevano|hanno|godeva|gode|godevano|prevedeva|prevede|includeva|include)\s+già\s+(?:(?:la|della|di|una)\s+)?spedizione\s+gratuita\b|\bspedizione\s+(?:era|è|è\s+stata|era\s+stata)\s+già\s+gratuita\b",
        // The link to reviews denied outright: "i punti non sono legati alle recensioni",
        // "il bonus non ha nulla a che fare con le valutazioni" (the paragraph's rewards with it).
        r"[^\n]*\b(?:non\s+(?:sono|è)\s+(?:(?:in\s+alcun\s+modo|affatto|per\s+nulla)\s+)?(?:legat|collegat|connes|vincolat|subordinat)\w*\s+(?:(?:in\s+alcun\s+modo|affatto|per\s+nulla)\s+)?(?:a|alle|alla|ai|al|con\s+le|con\s+la)|(?:nulla|niente)\s+a\s+che\s+(?:fare|vedere)\s+con\s+(?:le|la))\s+(?:[\w'-]+\s+)?(?:recension|valutazion|feedback)\w*",
        r"\bnon\s+offriamo\s+nulla(?:\s+in\s+cambio)?\b|\bnulla\s+in\s+cambio\b",
        // No proof of the review asked for, said to refuse it: "né vi chiediamo la schermata",
        // "non chiediamo alcuno screenshot".
        r"\b(?:non|né)\s+(?:vi\s+|ti\s+|le\s+|gli\s+)?(?:chiediamo|chiederemo|chiederemmo|vogliamo|pretendiamo)\s+(?:mai\s+)?(?:(?:alcun[oa]?|nessun[oa]?|la|lo|le|gli|uno|una|prove\s+come)\s+)?(?:screenshot|schermat\w*|foto|prov[ae])\b",
        // A review weighed against any present, to say it beats them all: "un parere sincero
        // conta più di mille regali", "vale più di qualunque sconto".
        r"\b(?:vale|valgono|varrà|conta|contano)\s+(?:molto\s+|ben\s+)?più\s+di\s+(?:qualsiasi|qualunque|ogni|mille|cento|tutti\s+gli|tutte\s+le)\s+(?:[\w'-]+\s+)?(?:scont|omagg|regal|prem|buon|coupon|ricompens|campion)\w*",
        // Rewards listed only to deny them: "non le offriamo sconti, omaggi o altro in cambio",
        // "non diamo regali né buoni".
        // Also what a survey or a programme does not include: "la partecipazione non prevede premi
        // né sconti", "non comporta alcun omaggio"; or said in the passive: "non sono previsti
        // sconti per chi commenta", "non c'è alcun premio".
        // An extension of the guarantee heads such a list too: "non offriamo estensioni, omaggi o
        // altro".
        // Typed in a hurry too, "nn" for "non" and "ne" for "né": "nn diamo sconti ne regali"; and
        // a list closed by other advantages: "né altri vantaggi in cambio"; or a longer chain of
        // "né": "non diamo né buoni né rimborsi né campioni".
        r"\bn(?:o)?n\s+(?:(?:le|vi|ti|gli|lo|la)\s+)?(?:(?:è|sono|sarà|saranno)\s+previst[oaie]|c'è|ci\s+sono|offriamo|diamo|regaliamo|promettiamo|prevediamo|mandiamo|inviamo|offre|offrono|dà|da|danno|regala|regalano|manda|mandano|invia|inviano|prevede|prevedono|comporta|comportano|include|includono)\s+(?:alcun[oa]?\s+)?(?:(?:né|nessun[oa]?)\s+)?(?:scont|omagg|regal|prem|buon|coupon|ricompens|campion|bonus|rimbors|estension|prolungament)\w*(?:\s*,\s*(?:n[eé]\s+)?[\w'-]+){0,4}(?:\s+(?:o|n[eé]|e)\s+(?:[\w'-]+\s+)?(?:altro|nulla|niente|scont\w*|omagg\w*|regal\w*|prem\w*|buon\w*|vantagg\w*|benefic\w*|ricompens\w*|rimbors\w*|coupon|campion\w*|bonus)){0,4}(?:\s+in\s+cambio(?:\s+di\s+(?:una\s+|la\s+|le\s+)?(?:recension|valutazion|opinion)\w*)?)?",
        r"[^.!?\n]*\b(?:che\s+(?:lei\s+|tu\s+)?(?:lasci|(?:abbia|hai|ha)\s+lasciato)\s+una\s+recensione\s+(?:o|oppure)\s+no|indipendentemente\s+dalla\s+recensione|recensione\s+o\s+meno)\b[^.!?\n]*",
        // The seller's words of thanks: "due parole per ringraziarla", "ti scriviamo per ringraziarti".
        r"\b(?:scriv\w*|volevamo|vogliamo|desideriamo|parole|righe|messaggio|mail|email)\b[^.!?\n]{0,20}?\bper\s+ringraziar(?:l[aeio]|ti|vi)\b",
        // Rewards denied in a pair or a longer list: "né sconti né omaggi", "niente sconti, niente
        // regali", "niente rimborso, niente buono, niente screenshot", "nessun buono, coupon o
        // campione in cambio di un voto".
        r"\b(?:né|niente|nessun[oa]?)\s+(?:[\w'-]+\s+){0,2}?(?:scont|omagg|regal|prem|buon|coupon|ricompens|rimbors|campion|bonus|codic|promo|screenshot|schermat)\w*(?:(?:\s*,\s*|\s*,?\s*(?:né|niente|nessun[oa]?|o|e)\s+)(?:[\w'-]+\s+){0,2}?(?:scont|omagg|regal|prem|buon|coupon|ricompens|rimbors|campion|bonus|codic|promo|screenshot|schermat)\w*)+(?:\s+in\s+cambio(?:\s+(?:di|per)\s+(?:una?\s+|la\s+|le\s+|il\s+|i\s+)?(?:[\w'-]+\s+)?(?:recension|valutazion|opinion|parer|giudizi|feedback)\w*)?)?",
        // The surprise of a present the buyer gave: "speriamo che la sorpresa sia riuscita".
        r"\bsorpresa\s+(?:[\w'-]+\s+){0,2}?(?:riuscit[ao]|piaciut[ao]|gradit[ao]|apprezzat[ao]|andat[ao]\s+a\s+buon\s+fine)\b|\bsorpresa\s+(?:ben\s+)?riuscita\b",
        // The other items of the same order: "(e altri articoli, 3 in totale)", "gli altri
        // prodotti del suo ordine".
        r"\baltri\s+(?:\d+\s+)?(?:articoli|prodotti)\b\s*,?[^.!?\n]{0,30}?\bin\s+totale\b|\baltri\s+(?:\d+\s+)?(?:articoli|prodotti)\s+(?:del(?:l')?|nel(?:l')?|dello|nello|della|nella)\s*(?:stess[oa]\s+|suo\s+|tuo\s+|vostro\s+)?(?:ordine|pacco|spedizione|acquisto|ordinazione)\b",
        // The gift as the buyer's order, not one the seller gives, and how it went: "che il regalo
        // sia piaciuto", "il regalo arrivato in ritardo", "un regalo che arriva tardi", "se il
        // regalo non le serve più"; told about in a review: "raccontare il regalo".
        r"\bregalo\s+(?:(?:non\s+)?(?:(?:le|ti|vi|gli)\s+)?(?:sia|è|fosse|era|sia\s+stato|è\s+stato|fosse\s+stato)\s+)?(?:(?:molto|tanto|davvero|proprio)\s+)?(?:piaciut|apprezzat|gradit|riuscit|arrivat|giunt)[oa]\b|\bregalo\s+che\s+(?:non\s+(?:arriva|arrivi|giunge)|(?:arriva|arrivi|giunge)\s+(?:in\s+ritardo|tardi|troppo\s+tardi))\b|\bregalo\s+non\s+(?:le|ti|vi|gli)\s+(?:serve|servisse|piace|piacesse|va|andasse)\b|\b(?:raccont|descriv|parl)\w*\s+(?:il|del|questo|quel|di\s+questo)\s+(?:(?:tuo|suo|vostro)\s+)?regalo\b",
        // Word sent back, not an item: "una risposta del nostro team arriverà entro un giorno",
        // "un numero di tracciamento arriva".
        r"\b(?P<m>rispost[ae]|messaggi?|e-?mail|mail|conferm[ae]|(?:numer[oi]\s+di\s+)?(?:tracciamento|tracking)|copi[ae]|link|notific[ahe]+|fattur[ae]|chiamat[ae])\b(?:\s+[\w'-]+){0,6}?\s+(?:parte|partirà|arriva|arriverà|arrivano|arriveranno|in\s+(?:viaggio|arrivo)|spedit[oaie]|inviat[oaie]|mandat[oaie])\b",
    ],
    rated_stars: &[
        // Stars a third party's test or rating gives a car, a helmet, a child seat or any other
        // thing, said of that thing: "cinque stelle Euro NCAP", "cinque stelle nel test SHARP",
        // "5 stelle nei crash test dell'ADAC", "Euro NCAP le ha dato cinque stelle". Never in the
        // buyer's own test ("cinque stelle nel suo test" stays a star count), nor the stars wished
        // of the buyer beside it ("le dia cinque stelle come ha fatto Euro NCAP"), nor where an ask
        // of the buyer governs them in the sentence, whatever test or safety word stands beside
        // them: "ci dia cinque stelle nel test di sicurezza", "gli assegni cinque stelle nei crash
        // test", "… da parte sua".
        concat!(
            r"\b(?:5|cinque)\s+stelle\s+(?:dell['’]\s*|del\s+|della\s+|di\s+|ai\s+|al\s+|nei\s+|nel\s+)?",
            star_raters!(),
        ),
        concat!(
            r"\b(?:5|cinque)\s+stelle\s+(?:nei|nel|nella|nelle|negli|in|ai|al|alla|alle|agli|dai|dal|dalla|dagli|dall['’]|secondo|durante)\s*(?:(?:il|lo|la|l['’]|i|gli|le|un|una|uno|ogni)\s*(?:[\w'’-]+\s+){0,2}?)?(?:",
            star_raters!(),
            r"|crash[\s-]*test|test|prove?\s+(?:d['’]\s*urto|di\s+(?:sicurezza|impatto|collisione))|valutazion[ei]\s+(?:di\s+|della\s+)?sicurezza|rating\s+di\s+sicurezza)",
        ),
        concat!(
            r"\b(?:",
            star_raters!(),
            r"|crash[\s-]*test)\b(?:\s+[\p{L}'’]+){0,3}?\s+(?:(?:le|ben|tutte\s+le)\s+)?(?:5|cinque)\s+stelle",
        ),
        // Stars or a top mark that a jury, judges, examiners, a critic or a paper gave a pupil, a
        // band, a concert, a film or a restaurant, told as what happened: "la giuria le ha dato
        // cinque stelle", "una recensione a cinque stelle sul quotidiano locale", "il voto massimo
        // della commissione". Not the stars wished of the buyer beside them ("ci dia cinque
        // stelle come la giuria", "… da parte sua"): the judge stands before a verb of giving,
        // rating or publishing before them, or right after a preposition after them; an ask
        // between still governs them.
        concat!(
            r"\b",
            it_judges!(),
            r"\b(?:\s+[\p{L}'’-]+){0,3}?\s+(?:(?:le|gli|l['’]|li|ci)\s*)?(?:(?:ha|hanno|aveva|avevano|avrebbe)\s+)?(?:dat[oaie]|dà|danno|diede|diedero|assegn\w*|attribu\w*|conferi\w*|conces\w*|pubblica\w*|premia\w*|valuta\w*|vota\w*|mess[oaie]|mise|misero)(?:\s+[\p{L}'’-]+){0,4}?\s+(?:(?:le|ben|tutte\s+le|una|un)\s+)?(?:recensione\s+(?:a\s+|da\s+)?|critica\s+(?:a\s+|da\s+)?)?",
            it_judged_mark!(),
        ),
        concat!(
            r"\b",
            it_judged_mark!(),
            r"\s+(?:dalla|dal|dai|dalle|dagli|della|del|dei|delle|degli|secondo|sul|sulla|sui|nel|nella|nei|in|per|da\s+parte\s+(?:della|del|dei))\s*(?:(?:il|lo|la|l['’]|i|gli|le|un|una|uno)\s*)?(?:[\p{L}'’-]+\s+){0,2}?",
            it_judges!(),
            r"\b",
        ),
        // The name a critic, a journalist, a magazine or a style column gave a collection or a
        // piece, in stars: "una giornalista di moda ha recensito su una rivista la collezione,
        // definendola "una collezione da cinque stelle"", "la rivista ha eletto il cappotto capo
        // a cinque stelle dell'inverno"; or that name before them: "un cappotto da cinque
        // stelle, secondo la stampa".
        concat!(
            r"\b",
            it_judges!(),
            r"(?:\s+[\p{L}'’-]+,?){0,12}?\s+(?:(?:l['’]|lo|la|li|le|ci)\s*)?(?:(?:ha|hanno|aveva|avevano|avrebbe)\s+)?(?:defin\w*|chiam\w*|descri\w*|battezz\w*|elett\w*|elegg\w*|incoron\w*|etichett\w*|salut\w*|consacr\w*|proclam\w*|nomin\w*|present\w*)(?:\s+[\p{L}'’-]+){0,3}?\s+(?:come\s+)?[«\x22“”]?\s*(?:(?:una?|uno|la|il|lo|l['’])\s*)?(?:[\p{L}'’-]+\s+){0,2}?(?:(?:da|a|di)\s+)?(?:5|cinque)\s+stelle",
        ),
        concat!(
            r"\b(?:da|a)\s+(?:5|cinque)\s+stelle(?:\s+[\p{L}'’-]+){0,3}?\s*[»\x22”]?,?\s+(?:secondo|per|sulla|sul|nella|nel)\s*(?:(?:il|lo|la|l['’]|i|gli|le|un|una|uno)\s*)?(?:[\p{L}'’-]+\s+){0,2}?",
            it_judges!(),
            r"\b",
        ),
        // Stars that are part of the design: "le cinque stelle del quadrante si illuminano",
        // "le cinque piccole stelle sul ciondolo", "un quadrante con cinque stelle".
        concat!(
            r"\b(?:5|cinque)\s+(?:[\p{L}'’-]+\s+){0,2}?stelle\s+(?:(?:incise|ricamate|stampate|dipinte|incastonate|luminose|dorate|argentate)\s+)?(?:del|della|dello|dell['’]|dei|delle|degli|sul|sulla|sullo|sull['’]|sui|sulle|nel|nella|nello|nell['’]|attorno\s+al(?:la)?|intorno\s+al(?:la)?|(?:su|in|di)\s+(?:questo|questa|ogni|suo|sua|tuo|tua))\s*(?:[\p{L}'’-]+\s+){0,2}?",
            it_star_design!(),
            r"\b",
        ),
        concat!(
            r"\b",
            it_star_design!(),
            r"\s+(?:con|a)\s+(?:(?:le|sue)\s+)?(?:5|cinque)\s+(?:[\p{L}'’-]+\s+){0,2}?stelle",
        ),
        // A place others grade in stars, told in a relative clause: "un campeggio che i
        // viaggiatori valutano a cinque stelle", "un rifugio a cui gli escursionisti danno cinque
        // stelle", "un albergo che ha cinque stelle". It grades the place, not the product; an ask
        // of the buyer beside it still governs the stars.
        r"\b(?:hotel|alberg(?:o|hi)|resort|ristorant[ei]|struttur[ae]|campegg(?:io|i)|camping|glamping|villagg(?:io|i)|agriturism[oi]|ostell[oi]|rifug(?:io|i)|b&b|residence|lodge|pension[ei]|locand[ae]|bungalow|are[ae]\s+(?:di\s+sosta|campeggio|camper))\s+(?:(?:a\s+)?cui|che)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:valut(?:a|ano)|d(?:à|a|anno)|diede|diedero|assegn(?:a|ano)|attribuisc(?:e|ono)|ha|hanno|vant(?:a|ano)|ottien(?:e|ono)|conquist(?:a|ano)|conta|contano|merit(?:a|ano)|ricev(?:e|ono))\s+(?:(?:a|da|con|le|sue)\s+)?(?:5|cinque)\s+stelle\b",
        // A five-star event wished or told: "un matrimonio a cinque stelle!", "che sia una festa
        // da cinque stelle". It grades the day, not the product.
        r"\b(?:matrimoni[oi]|nozze|fest[ae]|serat[ae]|compleann[oi]|vacanz[ae]|viagg(?:io|i)|luna\s+di\s+miele|natale|capodanno|weekend|fine\s+settimana|giornat[ae]|stagion[ei]|invern[oi]|estat[ei]|cerimoni[ae]|ricevimenti?|ricevimento|gala|ball[oi]|battesim[oi]|celebrazion[ei]|anniversari[oi]|gite?|avventur[ae])\s+(?:(?:sia|sarà|è|fu)\s+)?(?:(?:da|a)\s+)?(?:5|cinque)\s+stelle\b",
        // A five-star place as a figure of speech for a treat at home: "un momento da spa a cinque
        // stelle", "una coccola da centro benessere a 5 stelle", "un risveglio da hotel a cinque
        // stelle". It grades the place named, not the product, unless an ask governs the stars.
        r"\b(?:spa|centr[oi]\s+benessere|terme|beauty\s+farm|hotel|alberg(?:o|hi)|resort|suite|ristorant[ei])\s+(?:di\s+lusso\s+)?(?:(?:da|a)\s+)?(?:5|cinque)\s+stelle\b",
    ],
    star_ask: &[it_star_ask!()],
    star_tail: &[it_star_tail!()],
    reviewers: &[
        // A group of buyers named by any noun, with the club or the shop they belong to, who write
        // a review: "i soci del Club della Stilografica che scrivono una recensione", "gli
        // iscritti alla newsletter che lasciano una valutazione". What follows for them is for
        // the review.
        r"\b(?:i|gli|le|tutti\s+i|tutte\s+le|tutti\s+gli|ai|agli|alle|i\s+nostri|le\s+nostre|nostri|nostre)\s+[\w'’-]+(?:\s+(?:del|della|dello|dei|delle|degli|di|d['’]|al|alla|allo|ai|alle)\s*(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s+che\s+(?:ci\s+|mi\s+)?(?:(?:hanno|abbiano|avranno)\s+(?:già\s+)?)?(?:scriv|lasc|pubblic|condivid|post|scritt|lasciat|pubblicat|condivis)\w*\s+(?:una|la\s+loro|la\s+propria|un|il\s+loro|il\s+proprio)\s+(?:[\w'’-]+\s+)?(?:recension[ei]|valutazion[ei]|opinion[ei]|parer[ei]|feedback)\b",
        // The review named first, opening a line, as what a thing is for:
        // "per la sua recensione, un foulard la aspetta".
        r"(?m:^)[ \t]*per\s+(?:la\s+sua|la\s+tua|una|ogni)\s+(?:breve\s+)?recensione\s*[,:–—]",
        // The review asked for, then "e" and what becomes of the buyer's account, warranty or
        // status as the next step: "lascia un feedback su {{ link }} e il tuo account passa allo
        // status …", "scrivi una recensione e la tua garanzia viene estesa".
        r"\b(?:lascia|lasciate|lasci|scrivi|scrivete|scriva|pubblica|pubblicate|pubblichi|condividi|condividete|lasciaci|scrivici)\s+(?:ci\s+)?(?:una|la\s+tua|la\s+vostra|la\s+sua|un|il\s+tuo|il\s+suo)\s+(?:[\w'-]+\s+){0,2}?(?:recensione|valutazione|opinione|feedback|parere)\b[^.!?\n]{0,120}?\be\s+(?:il\s+tuo|la\s+tua|i\s+tuoi|le\s+tue|il\s+suo|la\s+sua|il\s+vostro|la\s+vostra)\s+(?:[\w'-]+\s+){1,2}?(?:pass|sal|divent|viene\s+estes|verrà\s+estes|si\s+allung|raddoppi)\w*",
        // The people named by their review, whatever is said of it: "a tutti i clienti la cui
        // recensione risulta pubblicata", "gli acquirenti il cui feedback è online".
        r"\b(?:client[ei]|acquirent[ei]|person[ae]|utent[ei]|compratori|coloro|quanti|tutti|quelli|quelle)\s+(?:[\w'-]+\s+)?(?:la|le|il|i)\s+cui\s+(?:(?:prima|nuova|breve)\s+)?(?:recension\w*|valutazion\w*|feedback|opinion\w*|parer\w*|giudizi\w*)",
        // The review as a condition, then a good deed promised: "se ti va di raccontare come ti
        // trovi su …, pianteremo un secondo albero", "se ci lasci una recensione, doneremo …".
        r"\bse\s+(?:(?:ti|le|vi)\s+va\s+di\s+|(?:vuoi|volete|hai\s+voglia\s+di|ha\s+voglia\s+di)\s+)?(?:ci\s+)?(?:raccont|scriv|lasc|condivid|recens|valut|pubblic)\w*\b[^.!?\n]{0,120}?,\s+(?:(?:ti|le|vi)\s+)?(?:piant|don|finanz|devolv|regal)\w*(?:eremo|erà)\b",
        // The review as the means, then what the buyer gets: "con una recensione del prodotto passi
        // direttamente al livello Oro", "con la tua valutazione ottieni …".
        r"\bcon\s+(?:una|la\s+(?:tua|sua|vostra)|un)\s+(?:[\w'-]+\s+)?(?:recensione|valutazione|feedback)\b[^.!?\n]{0,100}?\b(?:pass(?:i|a|ate)|ottien(?:i|e)|ottenete|ricev(?:i|e|ete)|entr(?:i|a|ate)|sblocc(?:hi|a|ate)|acced(?:i|e|ete)|guadagn(?:i|a|ate)|accumul(?:i|a|ate)|vinc(?:i|e|ete))\b",
        // A review done as one step of a sum or a chain: "recensione scritta + foto → …".
        r"\brecension[ei]\s+(?:scritt|fatt|lasciat|pubblicat)[aei]\b[^.!?\n]{0,80}?(?:→|➡|=)",
        // The review as the condition for what follows, added to what was asked before: "se poi
        // aggiungi due parole in una recensione, …", "se ci lasci anche una valutazione, …".
        r"\bse\s+(?:poi\s+|anche\s+|inoltre\s+|in\s+più\s+)?(?:ci\s+|mi\s+)?(?:poi\s+|anche\s+)?(?:lasci|lascia|lasciate|scrivi|scriva|scrivete|pubblichi|pubblica|pubblicate|aggiung(?:i|a|ete)|complet(?:i|a|ate)|accompagn(?:i|a|ate)|chiud(?:i|a|ete))\b[^.!?\n]{0,40}?\b(?:una|la\s+tua|la\s+sua|la\s+vostra|un)\s+(?:[\w'-]+\s+)?(?:recension[ei]|valutazion[ei]|feedback)\b",
        // Those who review, an aside between commas after the relative: "chi, oltre a tornare da
        // noi, condivide la propria opinione", "i clienti che, dopo averla provata, lasciano una
        // recensione".
        r"\b(?:chi|chiunque|coloro\s+che|quanti|(?:i\s+|ai\s+)?clienti\s+che)\s*,[^,.!?\n]{1,50},\s*(?:ci\s+|mi\s+)?(?:[\w'-]+\s+){0,3}?(?:recension\w*|opinion[ei]|impression[ei]|parer[ei]|valutazion[ei]|giudizi[oi]?)\b",
        // Each opinion or star given: "ogni parere lasciato sotto le nostre cucce", "ogni
        // recensione che lasci", "ogni stella qui". (Every opinion welcomed, "ogni opinione,
        // positiva o negativa, è benvenuta", "accogliamo ogni parere", names no step.)
        r"\bogni\s+(?:[\w\'-]+\s+)?(?:parere|opinione|stella|stellina|giudizio|commento|voto|recensione)\s+(?:(?:lasciat|scritt|pubblicat|ricevut|arrivat|postat|condivis|inviat|aggiunt|dat|mess)[oaie]\b|che\s+(?:ci\s+|mi\s+)?(?:lasc|scriv|pubblic|ricev|arriv|post|condivid|mand|invi|aggiung|dai|date|dà|mett|riusc)\w*|(?:qui|qua|sotto|sulla|nella|su\s+Amazon)\b)",
        // The people who have already written it: "per chi ha già scritto la sua recensione", "a
        // quanti hanno lasciato un parere".
        r"\b(?:per|a)\s+(?:chi|coloro\s+che|quanti|tutti\s+quelli\s+che)\s+(?:ci\s+|mi\s+)?(?:ha|hanno|avrà|avranno|abbia|abbiano)\s+(?:già\s+)?(?:scritt|lasciat|pubblicat|condivis|inviat|dedicat)\w*\s+[^.!?\n]{0,30}?(?:recension|valutazion|feedback|opinion|parer|giudizi|stell|righe|parole)\w*",
        // Who told of their experience on Amazon: "il nome di chi ha raccontato su Amazon …".
        r"\bchi\s+(?:ci\s+)?(?:ha|abbia|avrà)\s+(?:[\w\'-]+\s+){0,3}?(?:raccontat|scritt|condivis|descritt|lasciat|dedicat)\w*\b[^.!?\n]{0,60}?(?:Amazon|esperienza|parere|opinione|righe|parole)\b",
        // Customers who told of the product on Amazon; review and turn something on: "Recensisci e attiva …".
        r"\b(?:client[ei]|person[ae]|acquirent[ei]|utent[ei])\s+che\s+(?:ci\s+)?(?:ha|hanno)\s+(?:raccontat|descritt|recensit|scritt|parlat|presentat)\w*\b[^.!?\n]{0,60}?\bAmazon\b",
        r"\b(?:recensisci|recensite|valuta|valutate|(?:lascia|lasciate|scrivi|scrivete)\s+(?:una|la\s+tua|la\s+vostra)\s+(?:recensione|valutazione))\s*(?:e|&|\+)\s*(?:attiva|attivate|sblocca|sbloccate|guadagna|guadagnate|ottieni|ottenete|ricevi|ricevete)\b",
        r"\b(?:chi|chiunque|coloro\s+che|quanti|tutti\s+quelli\s+che|(?:i\s+|ai\s+)?clienti\s+che)\s+(?:ci\s+|mi\s+)?(?:[\w'-]+\s+){0,6}?(?:recension\w*|feedback|valutazion\w*|opinion\w*|comment\w*|stelle|recensisc\w*|recensit\w*|recensir\w*|valut\w*)\b",
        // Members, subscribers or any group of buyers named by writing the review: "i soci che
        // lasciano una recensione", "gli iscritti che scrivono un parere", "le abbonate che ci
        // lasciano la loro valutazione". (Reading reviews, "i soci che leggono le recensioni",
        // writes none.)
        r"\b(?:soci[oa]?|socie|membri|iscritt[ie]|abbonat[ie]|partecipanti|lettori|lettrici|amici|amiche|fan|follower|collezionist[ie]|appassionat[ie]|tester)\s+(?:del\s+(?:nostro\s+)?club\s+)?che\s+(?:ci\s+|mi\s+)?(?:lasc|scriv|pubblic|condivid|post|dedic|aggiung|mett|dann|dà|dai|recensisc|valut)\w*\s+(?:[\w'’-]+\s+){0,3}?(?:recension\w*|feedback|valutazion\w*|opinion\w*|parer[ei]|giudizi[oi]?|stelle)\b",
        // The review called an opinion in other words: "chi ci lascia un parere", "chi scrive il
        // suo giudizio", "chi condivide le sue impressioni".
        r"\b(?:chi|chiunque|coloro\s+che|quanti|tutti\s+quelli\s+che|(?:i\s+|ai\s+)?clienti\s+che)\s+(?:ci\s+|mi\s+)?(?:[\w'-]+\s+){0,4}?(?:parer[ei]|giudizi[oi]?|impression[ei]|recensioncin[ae]|voto|voti)\b",
        r"\b(?:una\s+volta\s+che|dopo\s+che|appena|quando)\s+(?:ci\s+)?(?:avrai|avrà|hai|ha)\s+(?:lasciato|scritto|pubblicato)\s+(?:[\w'-]+\s+){0,2}?(?:recension\w*|feedback|valutazion\w*|opinion[ei]|parer[ei]|giudizi[oi]?|comment[oi])\b|\bper\s+ogni\s+(?:recension\w*|feedback|valutazion\w*)\b",
        r"\b(?:chi|chiunque|coloro\s+che|clienti\s+che)\s+(?:ci\s+)?(?:[\w'-]+\s+){0,6}?(?:esperienza|opinione|parere|impressioni)\b[^.!?\n]{0,60}?\bamazon\b",
        r"\bper\s+(?:attivar|sbloccar|ottener|ricever)(?:e|l[oaie]|ne)\b[^.!?\n]{0,80}?\b(?:recension|valutazion|feedback)",
        // The review as the condition, to the seller too: "se ci lascia una recensione", "se mi
        // scrivi un feedback".
        r"\bse\s+(?:ci\s+|mi\s+)?(?:pubblica|pubblichi|lascia|lasci|scrive|scrivi)\s+(?:una|un|la\s+sua|la\s+tua|il\s+suo|il\s+tuo)\s+(?:recensione|valutazione|feedback)\b",
        r"\b(?:aziende|negozi|attività|clienti)\s+che\s+(?:ci\s+)?(?:[\w'-]+\s+){0,5}?(?:recension\w*|feedback|valutazion\w*|recensit\w*|raccont\w*\s+su\s+Amazon)",
        // The same group described before the relative: "i clienti con forniture come la vostra che
        // ci lasciano una recensione", "le imprese edili con cantieri aperti che pubblicano un
        // feedback", "le ditte edili che recensiscono"; families and parents too, the relative
        // right after them: "le famiglie che ci hanno lasciato una recensione", "ai genitori che
        // scrivono un parere".
        r"\b(?:client[ei]|acquirent[ei]|compratori|utent[ei]|aziend[ae]|impres[ae]|ditt[ae]|officin[ae]|negozi|studi|squadr[ae]|professionist[ie]|rivenditori|installatori|famiglie|genitori|mamme|papà|nonni)\s+(?:[^.!?\n,;:]{1,60}?\b)?che\s+(?:ci\s+|mi\s+)?(?:(?:(?:hanno|abbiano|avranno)\s+(?:già\s+)?)?(?:lasci|scriv|scritt|pubblic|condivid|condivis|dedic|inv[ií])\w*\s+(?:[\w'-]+\s+){0,3}?(?:recension\w*|feedback|valutazion\w*|opinion[ei]|parer[ei]|giudizi\w*)|recensisc\w*|(?:hanno|abbiano|avranno)\s+(?:già\s+)?recensit\w*)\b",
        // People who leave lines on the product page: "a chi ci lascia due righe sulla pagina".
        r"\b(?:chi|chiunque|coloro\s+che)\b[^.!?\n]{0,50}?\b(?:righe|riga|parole)\s+(?:[\w'-]+\s+){0,2}?(?:sulla|nella|alla)\s+(?:pagina|scheda)\b|\b(?:chi|chiunque|coloro\s+che)\b[^.!?\n]{0,50}?\b(?:sulla|nella)\s+(?:pagina|scheda)\s+(?:del\s+prodotto|dell'articolo)\b",
        // A count of reviews that triggers something: "ogni dieci recensioni".
        r"\bogni\s+(?:\d+|due|tre|cinque|dieci|venti|cinquanta|cento)\s+(?:nuove\s+)?(?:recension\w*|valutazion\w*|feedback)\b",
        // Each review turned into something: "ogni recensione diventa un pasto", "una
        // recensione = un albero", "ogni valutazione vale un euro per …".
        r"\b(?:ogni|una?|ciascun[ao]?)\s+(?:singol[ao]\s+|nuov[ao]\s+)?(?:recension[ei]|valutazion[ei]|feedback)\b[^.!?\n]{0,60}?(?:\b(?:diventa|diventerà|vale|varrà|equivale|corrisponde|si\s+trasforma|si\s+trasformerà)\b|=)",
        // Review and get, side by side: "Recensisci e ricevi …", "Lascia una recensione e vinci".
        r"\b(?:recensisci|recensite|valuta|valutate|(?:lascia|lasciate|scrivi|scrivete)\s+(?:una|la\s+tua|la\s+vostra)\s+(?:recensione|valutazione))\s*(?:e|&|\+)\s*(?:[\w'-]+\s+){0,2}?(?:ricevi|ricevete|ottieni|ottenete|vinci|vincete|avrai|avrete|prendi)\b",
        // The review as a pronoun, written or posted by the people named: "chi la scrive ottiene
        // …", "chi ce la lascia", "chi le pubblica"; also done already: "chi l'ha già scritta
        // riceve …", "quanti ce l'hanno lasciata", "chi le avrà pubblicate".
        r"\b(?:chi|chiunque|coloro\s+che|quanti)\s+(?:ce\s+(?:la|le|l')\s*(?:lascia|lascerà|lasciano|scrive|scriverà|scrivono)|(?:la|le|l')\s*(?:scrive|scriverà|scrivono|pubblica|pubblicherà|pubblicano))\b|\b(?:chi|chiunque|coloro\s+che|quanti)\s+(?:ce\s+)?(?:la\s+|le\s+|l')\s*(?:ha|hanno|avrà|avranno|abbia|abbiano)\s+(?:già\s+)?(?:lasciat|scritt|pubblicat|postat)[ae]\b",
        // The act just asked for as a pronoun, then what those who do it get: "chi lo fa riceverà
        // …", "chi ce lo racconta potrà ordinare per primo".
        r"\b(?:chi|chiunque|quanti|coloro\s+che)\s+(?:ce\s+|me\s+)?lo\s+(?:fa|farà|fanno|faranno|ha\s+fatto|avrà\s+fatto|racconta|racconterà|scrive|scriverà)\s+(?:[\w'-]+\s+){0,2}?(?:potrà|potranno|riceverà|riceveranno|riceve|ricevono|avrà|avranno|otterrà|otterranno|ottiene|ottengono)\b",
        // People who write a few words about the product: "chi scrive qualche parola sulla nostra
        // oliera".
        r"\b(?:chi|chiunque|coloro\s+che|quanti)\s+(?:ci\s+)?(?:scrive|scriverà|scrivono|lascia|lascerà|lasciano|dedica|spende)\s+(?:qualche|due|poche|alcune|un\s+paio\s+di|quattro)\s+(?:parol\w*|righ\w*|frasi)\b",
        // Proof of the review sent in: "mandaci il link della tua recensione e ti inviamo …".
        r"\b(?:mandac[ie]|inviac[ie]|girac[ie]|mostrac[ie]|ci\s+(?:mandi|invii|giri|mostri|mandate|inviate|mostrate)|mandateci|inviateci|mostrateci)\s+(?:[\w'-]+\s+){0,4}?(?:link|screenshot|schermat\w*|foto|copia)\s+(?:[\w'-]+\s+){0,3}?(?:recension\w*|valutazion\w*|feedback)",
        // People named by what they are, then what they wrote: "le persone che hanno recensito".
        // One person or colleague at a time too: "ogni collega che scrive una recensione".
        // Business buyers too, an aside between commas allowed: "le aziende che, oltre
        // all'ordine, scrivono una recensione", "gli uffici che ci hanno valutato".
        r"\b(?:person[ae]|utent[ei]|acquirent[ei]|compratori?|lettor[ei]|appassionat[oaie]|collegh?[aie]|dipendent[ei]|aziend[ae]|impres[ae]|ditt[ae]|studi(?:o)?|uffici(?:o)?|scuol[ae]|struttur[ae]|repart[oi]|enti|ente)\s+che\s*,?\s+(?:ci\s+)?(?:[\w'-]+,?\s+){0,5}?(?:recension\w*|feedback|valutazion\w*|recensit\w*|valutat\w*)",
        // The review online or seen, then something back: "Appena la tua recensione è online,
        // piantiamo …", "appena la vedo comparire ti spedisco …".
        r"\b(?:appena|non\s+appena|quando|una\s+volta\s+che|dopo\s+che)\s+(?:la\s+(?:tua\s+|sua\s+|vostra\s+)?)?(?:recensione|valutazione)\s+(?:è|sarà|risulta|viene|verrà)\s+(?:online|pubblicat[ao]|visibile|approvat[ao])\b|\b(?:appena|non\s+appena|quando|una\s+volta\s+che)\s+(?:la|lo|l')\s*(?:vedo|vediamo|vedrò|vedremo|trovo|troviamo|leggo|leggiamo)\s+(?:comparire|apparire|spuntare|online|pubblicat[ao])\b",
        // The name the review is signed with or posted under, asked for as proof: "il nome con cui
        // ha firmato la recensione", "il nome dell'account con cui l'ha lasciata", "con che nome
        // compari".
        // Or asked after the review: "quando la recensione è online, rispondici con il nome".
        r"\b(?:recension\w*|valutazion\w*)\b[^.!?\n]{0,60}?\b(?:rispond|scriv|mand|invi|comunic|indic)\w*\b[^.!?\n]{0,30}?\b(?:nome|nickname|pseudonimo|screenshot|link)\b|\bnome\s+(?:(?:del|dell'|di)\s*(?:tuo\s+|suo\s+|vostro\s+)?(?:profilo|account|utente)\s+)?con\s+(?:cui|il\s+quale)\s+(?:l'|la\s+|lo\s+)?(?:ha|hai|avete)\s+(?:firmat|pubblicat|postat|lasciat|scritt)[oa]\b|\b(?:con|sotto)\s+(?:che|quale)\s+nome\s+(?:compari|compare|appari|appare|risulti|risulta|hai\s+firmato|ha\s+firmato)\b",
        // Buyers who give their opinion to the product page or on Amazon: "gli acquirenti che
        // contribuiscono con la propria opinione alla pagina del prodotto", "ai clienti che
        // pubblicano su Amazon la propria esperienza".
        r"\b(?:acquirent[ei]|client[ei]|persone|utenti|chi|coloro)\s+che\s+(?:contribuisc|pubblic|condivid|raccont|scriv|lasci|port)\w*\s+[^.!?\n]{0,40}?\b(?:propria|sua|loro|tua)\s+(?:opinione|esperienza|parere|voce)\b",
        // A few lines on the page, as the condition: "se scrivi due righe … sulla pagina amazon".
        r"\bse\s+(?:ci\s+|mi\s+)?(?:scrivi|scrive|scrivete|lasci|lascia|lasciate|metti|mette|dedichi|dedica|pubblichi|pubblica)\s+(?:qualche|due|poche|alcune|un\s+paio\s+di|quattro|tre)\s+(?:parol\w*|righ\w*|frasi)\b[^.!?\n]{0,60}?\b(?:Amazon|pagina|scheda)\b",
        // Each item reviewed earns something: "per ogni articolo che recensisci".
        r"\bper\s+(?:ogni|ciascun|ciascuno)\s+(?:[\w'-]+\s+){0,2}?che\s+(?:ci\s+)?(?:[\w'-]+\s+)?(?:recensisc\w*|recensite|recensit\w*|valut(?:i|a|ate|ano)|valutat\w*)\b",
        // After the review is finished: "dopo che finite la valutazione", "una volta completata
        // la recensione".
        r"\b(?:dopo\s+che|una\s+volta\s+che|appena|quando|non\s+appena)\s+(?:(?:ci\s+)?(?:avete|avrete|hai|avrai|ha|avrà)\s+)?(?:finit\w*|complet\w*|fatt[oa]|fate|fai|terminat\w*|termin(?:i|a|ate)|concludet\w*|concluso|scritt[oa]|scriv(?:i|e|ete))\s+(?:la\s+|una\s+|vostra\s+|tua\s+|sua\s+|la\s+vostra\s+|la\s+tua\s+|la\s+sua\s+)?(?:recension\w*|valutazion\w*|feedback)\b|\b(?:una\s+volta|appena|dopo\s+aver(?:ci|mi|e|gli)?)\s+(?:complet|finit|terminat|fatt|scritt|pubblicat|lasciat|inviat|dat)\w*\s+(?:la\s+|una?\s+|il\s+)?(?:[\w'-]+\s+)?(?:recension\w*|valutazion\w*|feedback)\b",
        // Proof of the review named in a reply, then something back: "rispondi col nome con cui
        // hai firmato la recensione e te lo spediamo", "mandaci il link e …".
        r"\b(?:rispond|scriv|mand|invi|gir|mostr|comunic|dic)\w*\b[^.!?\n]{0,40}?\b(?:nome|nickname|pseudonimo|link|screenshot|schermat\w*|foto|copia)\b[^.!?\n]{0,60}?\b(?:recension\w*|valutazion\w*|recensit\w*)[^.!?\n]{0,100}?\be\s+(?:(?:subito|noi)\s+)?(?:(?:ti|vi|le|gli|ce|te|ve|gliel[oaie]|l[oaie]|l')\s*)*[\w']+(?:iamo|eremo|iremo|ò)\b",
        // Review, then a seller's act: "Lascia la tua recensione e ti aggiungiamo alla lista".
        r"\b(?:lasci|lasciate|lascia|scrivi|scriva|scrivete|pubblica|pubblichi|pubblicate)\s+(?:[\w'-]+\s+){0,3}?(?:recension[ei]|valutazion[ei]|feedback)\b[^.!?\n]{0,80}?\be\s+(?:(?:subito|noi)\s+)?(?:(?:ti|vi|le|gli|ce|te|ve|gliel[oaie]|l[oaie])\s+)*[\w']+(?:iamo|eremo)\b",
        // People who write a few lines on Amazon: "a chi scrive due righe su Amazon".
        r"\b(?:chi|chiunque|coloro\s+che|quanti)\s+(?:ci\s+|mi\s+)?(?:scrive|scriverà|scrivono|lascia|lascerà|lasciano|mette|dedica)\s+(?:qualche|due|poche|alcune|un\s+paio\s+di|quattro|tre)\s+(?:parol\w*|righ\w*|frasi|commenti)\b[^.!?\n]{0,60}?\bsu\s+Amazon\b",
        // Each review answered with something: "rispondiamo a ogni recensione con un campioncino",
        // "ogni valutazione la ricambiamo con …".
        r"\b(?:rispondiamo|ringraziamo|ricambiamo|contraccambiamo|premiamo)\s+(?:a\s+)?(?:ogni|ciascuna)\s+(?:singola\s+)?(?:recension\w*|valutazion\w*)\s+(?:[\w'-]+\s+){0,3}?con\b|\b(?:ogni|ciascuna)\s+(?:recension\w*|valutazion\w*)\s+(?:la\s+)?(?:ricambiamo|contraccambiamo|premiamo)\b",
        // Those who add a photo or a video to their review, either order, or who dress it with
        // one: "i padroni che aggiungono alla loro recensione una foto", "chi allega un video del
        // gatto alla recensione", "se correda la sua recensione di una foto".
        r"\b(?:chi|chiunque|coloro\s+che|quanti|(?:i|gli|le|ai|agli|alle|tutti\s+i|tutte\s+le)\s+[\w']+\s+che|se)\s+(?:ci\s+)?(?:(?:ha|hanno|avrà|avranno|abbia|abbiano)\s+(?:già\s+)?)?(?:aggiung|aggiunt|alleg|inser|mett|mess|caric|accompagn|arricch|corred|complet|includ|inclus)\w*\s+(?:(?:a|alla|nella|nel|con\s+la|sulla)\s+(?:(?:loro|sua|tua|propria|vostra)\s+)?(?:recensione|valutazione|opinione|parere|feedback)\s+(?:[\w'-]+\s+){0,2}?(?:foto|video|immagin[ei]|scatt[oi]|fotografi[ae])\b|(?:[\w'-]+\s+){0,2}?(?:foto|video|immagin[ei]|scatt[oi]|fotografi[ae])\b[^.!?\n]{0,60}?\b(?:a|alla|nella|nel|con\s+la|sulla)\s+(?:(?:loro|sua|tua|propria|vostra)\s+)?(?:recensione|valutazione|opinione|parere|feedback)\b|(?:la\s+)?(?:(?:loro|sua|tua|propria|vostra)\s+)?(?:recensione|valutazione|opinione|parere)\s+(?:con|di)\s+(?:[\w'-]+\s+){0,2}?(?:foto|video|immagin[ei]|scatt[oi]|fotografi[ae])\b)",
        // The review as a pronoun, being published: "pubblicandola, ricevi …", "scrivendola ti
        // spediamo …", "nel pubblicarla".
        r"\b(?:pubblicandol[ao]|postandol[ao]|scrivendol[ao]|lasciandocel[ao]|nel\s+pubblicarl[ao])\b",
        // Whoever does the act just asked for, as the one something goes to: "a chi lo fa
        // regaliamo …", "a chiunque lo farà mandiamo …".
        r"\ba\s+(?:chi|chiunque|quanti|coloro\s+che|tutti\s+quelli\s+che)\s+(?:ce\s+|me\s+)?lo\s+(?:fa|farà|fanno|faranno|fate|ha\s+fatto|avrà\s+fatto)\b",
        // The review asked for, its link or more words in between, then "e" and the seller or an
        // item as the next step: "Lascia una recensione su {{ link }} e un sacchetto di snack …",
        // "… e ti spediremo …" (what follows is read as a grant or not on its own).
        r"\b(?:(?:lascia|lasciate|lasci|scrivi|scrivete|scriva|pubblica|pubblicate|pubblichi|condividi|condividete|lasciaci|scrivici)\s+(?:ci\s+)?(?:una|la\s+tua|la\s+vostra|la\s+sua|un|il\s+tuo|il\s+suo)\s+(?:[\w'-]+\s+){0,2}?(?:recensione|valutazione|opinione|feedback|parere)|recensisci(?:lo|la|li|le)?|recensite(?:lo|la)?|valuta(?:lo|la|li|le)|valutate(?:lo|la))\b[^.!?\n]{0,120}?\be\s+(?:(?:subito|poi)\s+)?(?:un|una|uno|un'|dei|delle|qualche|due|tre|\d+|ti|vi|le|gli|noi)\b",
    ],
    grant: &[
        // Something handed over with no verb of giving: "un foulard la aspetta", "è suo" (a benefit only
        // beside reviewers).
        r"\b(?:la|vi|ti|le)\s+aspett(?:a|ano|erà|eranno)\b|\b(?:è|sarà)\s+(?:suo|sua|tuo|tua|vostro|vostra)\b",
        // A longer warranty, a member's status or level, or service ahead of others, as what is
        // given: "passano a 3 anni di garanzia", "la garanzia viene estesa", "diventa cliente
        // Gold", "passa allo status …", "partono con priorità" (a benefit only beside reviewers).
        r"\b(?:pass|sal)(?:a|ano|erà|eranno|i)\s+(?:automaticamente\s+|direttamente\s+|subito\s+)?(?:da\s+(?:\d+|due|tre)\s+(?:anni\s+)?)?a\s+(?:\d+|due|tre|quattro|cinque|sei|sette|otto|dieci)\s+anni\b|\bgaranzi[ae]\s+(?:viene\s+|verrà\s+|è\s+|sarà\s+)?(?:estes[ae]|prolungat[ae]|allungat[ae]|raddoppiat[ae]|portat[ae])\b|\b(?:estend|prolung|allung|raddoppi)\w*\s+(?:la|tua|sua|vostra|la\s+tua|la\s+sua|la\s+vostra)\s+garanzia\b|\b(?:pass|sal)(?:a|ano|erà|eranno|i)\s+(?:automaticamente\s+|direttamente\s+|subito\s+)?(?:allo|al|alla|a)\s+(?:status|livello|stato|fascia|categoria|profilo)\b|\b(?:client[ei]|soci[oa]?|membr[oi])\s+(?:Gold|Oro|Argento|Platino|Premium|VIP)\b|\bcon\s+priorità\b",
        // Something of the seller's plan or course opened for the buyer: "per sbloccarlo", "ti
        // sblocco il livello 2", "il certificato di fine livello", "una lezione privata".
        r"\bsbloccar(?:lo|la|li|le|e)\b|\bsblocc(?:o|a|ano|herò|heremo|ato|ata|ati|ate)\b|\b(?:certificat[oi]|attestat[oi]|diplom[ai])\s+(?:di\s+)?(?:fine|completamento|livello|partecipazione)\b|\blezion[ei]\s+(?:privat[ae]|individual[ei]|bonus|in\s+omaggio)\b|\bvideolezion[ei]\b",
        // Sent or given, said in the passive: "il ricettario viene inviato a tutti i clienti …",
        // "le verrà spedito un campione", "vengono regalati due filtri".
        r"\b(?:viene|verrà|vengono|verranno|sarà|saranno)\s+(?:(?:subito|poi|automaticamente|gratuitamente|direttamente)\s+)?(?:inviat|spedit|mandat|regalat|offert|recapitat|accreditat|omaggiat|girat)[oaie]\b",
        // A good deed done in the buyer's name, or a clean-up: "a tuo nome", "raccogliamo un
        // chilo di plastica".
        r"\ba\s+(?:tuo|suo|vostro)\s+nome\b|\b(?:chil[oi]|kg|sacchi|tonnellate)\s+di\s+(?:plastica|rifiuti|spazzatura)\b",
        // Moved up to another plan or tier: "passa alla formula con ritiro a domicilio", "passano
        // automaticamente al livello Oro", "upgrade gratuito".
        r"\bpass(?:a|ano|i|ate|erà|eranno|erete|ate)\s+(?:automaticamente\s+|direttamente\s+|subito\s+|di\s+diritto\s+)?(?:alla|al|allo|all'|nella|nel|in)\s*(?:formula|livello|piano|fascia|categoria|pacchetto|versione|garanzia|copertura|programma|classe|abbonamento)\b|\bupgrade\b",
        // A list of the people who review, a name carved or engraved: "una lista dei clienti che …",
        // "incidiamo il nome".
        r"\b(?:una|la|nostra|questa|un|il|nostro|questo)\s+(?:[\w\'-]+\s+)?(?:lista|elenco)\b|\binci(?:diamo|deremo|so|sa|si|se)\b|\bil\s+(?:tuo\s+|suo\s+)?nome\s+di\s+(?:chi|tutti|ogni)\b",
        // Turned into something for a good cause: "si trasforma in un sacco di crocchette per il canile".
        r"\bsi\s+trasform\w*\s+in\b|\bdiventa(?:no)?\s+(?:un|una|uno)\b|\b(?:canil|rifugi|crocchett|beneficenz|donazion|onlus)\w*",
        // Access to a price list, a place on a wall, a guarantee turned on.
        r"\bacced(?:ono|eranno|e|erà|ete|erete)\b|\blistino\b|\bprezzi\s+agevolat\w*|\b(?:parete|muro|bacheca|tabellone|albo|targa|piastrell\w*)\b|\battiv(?:a|i|ate|iamo|eremo)\b",
        r"\b(?:inviamo|invieremo|mandiamo|manderemo|regaliamo|regaleremo|offriamo|offriremo|estendiamo|estenderemo|prolunghiamo|prolungheremo|allunghiamo|allungheremo|raddoppiamo|raddoppieremo|rimborsiamo|rimborseremo|sblocchiamo|riserviamo|accesso|omaggio|gratis|gratuit\w*|pdf|e-?book)\b|\bprezzo\s+(?:speciale|di\s+costo|riservato|agevolato)\b",
        // Given by the seller, or got by one reviewer or many: "in omaggio", "ottiene un
        // portachiavi", "ricevono un campione".
        r"\bda\s+parte\s+nostra[ \t]+(?:un|una|uno|due|tre|\d+|qualche|il|la|i|le)\b|\bofferto\s+da\s+noi\b|\bofferta\s+da\s+noi\b|\boffert[ie]\s+da\s+noi\b|\bin\s+omaggio\b|\b(?:ricevono|riceveranno|riceverà|ottengono|otterranno|ottiene|otterrà|avranno|potranno|finanziamo|doniamo|piantiamo|devolviamo)\b|\bprima\s+di\s+tutti\b",
        r"\bper\s+(?:attivare|sbloccare)\b",
        // Something extended for the buyer: "la copertura viene estesa a 36 mesi", or the buyer
        // allowed to extend it: "può prolungare la garanzia", "possono raddoppiare i mesi".
        r"\bpu(?:ò|oi)\s+(?:estendere|prolungare|allungare|raddoppiare)\b|\bposs(?:ono|ete)\s+(?:estendere|prolungare|allungare|raddoppiare)\b",
        r"\b(?:viene|verrà|sarà|è)\s+(?:estes|prolungat|allungat|raddoppiat)[oaie]\b|\bestensione\b",
        r"\bricev(?:e|ono|eranno|erà)\b|\bcampioncin\w*|\bprima\s+dell'uscita\b|\bVIP\b|\bdiventano\b|\bspedizione\s+prioritaria\b|\bnon\s+(?:paga|pagano|pagate|pagherà|pagheranno|paghi|pagherai|pagherete)\s+(?:la\s+|le\s+|il\s+)?(?:spedizion\w*|spese|consegna|trasporto)\b|\b(?:parte|partirà|partono|partiranno)\s+(?:subito\s+)?(?:con\s+(?:la\s+posta|il\s+corriere)|in\s+spedizione)\b|\banteprima\b",
        r"\bpotr(?:à|anno)\b|\bprima\s+degli\s+altri\b|\briservat[oaie]\b",
        // Expert help, a good deed, or an earlier look: "il nostro agronomo segue i clienti",
        // "adotta un alveare", "con un giorno di anticipo".
        r"\b(?:segu(?:e|iamo|irà|iremo)|assist(?:e|iamo|erà|eremo)|affianc\w*)\b|\b(?:assistenza|consulenza|supporto)\s+(?:prioritari[ao]|dedicat[ao]|personal\w*|riservat[ao]|esclusiv[ao])\b",
        r"\badott(?:a|iamo|eremo|erà)\b|\bpiant(?:erà|eremo)\b|\bdon(?:a|erà|eremo)\b|\bdevolv\w*",
        r"\banticipo\b|\banticipat[oaie]\b|\bprima\s+(?:di\s+)?(?:tutti|chiunque)\b",
        // A good deed done per review: a meal, a tree, a donation.
        r"\b(?:past[oi]|alber[oi]|piantin[ae]|donazion[ei]|beneficenza|mensa)\b",
        // The reviewer's name in public: "vedrà il proprio nome stampato sull'etichetta",
        // "vi citiamo nella pagina dei ringraziamenti".
        r"\b(?:il\s+)?(?:proprio|suo|tuo|vostro)\s+nome\b|\bnome\s+(?:stampat|citat|menzionat|pubblicat|inserit|scritt)\w*|\b(?:citiamo|citeremo|menzioniamo|menzioneremo|stampiamo|stamperemo|ringrazieremo\s+pubblicamente)\b|\bpagina\s+(?:dei\s+)?ringraziamenti\b|\balbo\s+d'oro\b",
        // Something extra in the next parcel: "nel prossimo pacco".
        r"\b(?:nel|col|con\s+il|nella|con\s+la)\s+(?:tuo\s+|suo\s+|vostro\s+|tua\s+|sua\s+|vostra\s+)?prossim[oa]\s+(?:pacco|pacchetto|ordine|spedizione|consegna)\b|\b(?:cioccolat\w*|dolcett\w*|biscott\w*|caramell\w*)",
        // Entry into a circle, an early look at what is new: "entra nel Club Nanna", "riceve
        // le anteprime dei nuovi colori", "può prenotarli per primo".
        r"\b(?:fa|fanno|farà|faranno|far|fare|faccia|facciano)\s+parte\b|\b(?:entr(?:a|ano|ate|erà|eranno|are)|ammess[oaie]|accolt[oaie])\s+(?:a\s+far\s+parte\s+)?(?:nel|nella|in|a)\s+(?:nostr[oa]\s+)?(?:club|cerchia|gruppo|circolo|community|comunità|famiglia)\b|\banteprim[ae]\b|\bprenot\w*\s+(?:[\w'-]+\s+){0,2}?(?:per\s+prim[oiae]|in\s+anticipo|prima)\b|\bper\s+prim[oiae]\b",
        // An invitation into a circle: "le invitiamo nel nostro club", "entra nella cerchia".
        r"\b(?:invitiamo|inviteremo|accogliamo|accoglieremo)\b|\b(?:nel|nella)\s+(?:nostr[ao]\s+)?(?:club|cerchia|gruppo|circolo|squadra)\s+(?:di\s+)?(?:tester|assaggiatori|collaudatori|ristrett[oa]|selezionat[oa])\b",
        // Something sent or added by the seller, or found in the post: "gli mando un barattolo",
        // "ti aggiungiamo alla lista", "trova un telo mare nella cassetta della posta".
        r"\b(?:gli|le|ti|vi|te\s+l[oaie]|ve\s+l[oaie]|gliel[oaie])\s+(?:mand|invi|spedisc|spedir|regal)\w*|\b(?:mando|manderò|spedisco|spedirò|spediamo|spediremo|accreditiamo|accrediteremo)\b",
        r"\b(?:ti|vi|la|le|li|lo)\s+(?:aggiungiamo|aggiungeremo|inseriamo|inseriremo|mettiamo|metteremo|iscriviamo|iscriveremo)\b",
        // Given as a gift or sent in the concierge's words: "facciamo dono di un segnalibro", "in
        // dono", "Le faremo pervenire un astuccio"; a sample or a small size: "un campione della
        // nuova crema", "una miniatura", "formato viaggio".
        r"\b(?:facciamo|faremo|farà|fa|fare|far)\s+(?:loro\s+)?dono\b|\bin\s+dono\b|\bfar(?:emo|à|ò|anno|e)?\s+(?:subito\s+)?(?:pervenire|avere|recapitare)\b|\bcampion[ei]\b|\bminiatur[ae]\b|\bformat[oi]\s+(?:da\s+)?viaggio\b",
        // Raised to a tier or rank: "salgono al livello Riserva", "promossi alla fascia Oro".
        r"\b(?:sal(?:e|gono|irà|iranno|ite)|promoss[oaie]|elevat[oaie])\s+(?:direttamente\s+|automaticamente\s+|subito\s+|di\s+diritto\s+)?(?:al|alla|allo|all'|nel|nella|a)\s*(?:livello|fascia|rango|categoria|status|cerchia|circolo|club)\b",
        r"\btrov(?:a|i|ate|ano|erà|erai|eranno|erete)\s+(?:[\w'-]+\s+){0,5}?(?:nel|nella|in|dentro)\s+(?:[\w'-]+\s+){0,2}?(?:cassetta|pacco|pacchetto|scatola|ordine|spedizione|busta|casa)\b",
        // A service kept open for the reviewers: "è aperta ai clienti che hanno recensito".
        r"\b(?:apert[oa]|accessibil[ei]|disponibil[ei]|dedicat[oa]|riservat[oa])\s+(?:solo\s+|soltanto\s+|esclusivamente\s+|unicamente\s+)?(?:a(?:i|lle|gli)|a\s+chi|a\s+coloro|a\s+tutti)\b",
        // An item, named with "un" or a number, sent or under way as what follows: "un sacchetto
        // di snack partirà subito per il tuo cane", "un osso arriverà al tuo cane", "una pallina
        // è in viaggio". (Una risposta, un numero di tracciamento: see the words of another sense.)
        r"\b(?:un|una|uno|un'|dei|delle|qualche|due|tre|\d+)\s*(?:[\w'-]+\s+){1,5}?(?:partirà|partiranno|(?:parte|partono)\s+(?:subito|oggi|domani|in\s+giornata|per|verso|direttamente)|arriverà|arriveranno|(?:arriva|arrivano)\s+(?:subito|a|al|alla|ai|da|dal|direttamente|in)|(?:è|sono|sarà|saranno)\s+(?:già\s+)?in\s+(?:viaggio|arrivo|partenza)|(?:viene|vengono|verrà|verranno|sarà|saranno)\s+(?:subito\s+)?(?:spedit|inviat|mandat|recapitat|consegnat)[oaie])\b",
    ],
    audience: &[
        // A group named as content in the dative, opening the sentence or a step: "Ai corridori
        // soddisfatti chiediamo …", "Alle cuoche contente: …", "A tutti i lettori entusiasti …".
        // (With the group's contentment, a condition; "grazie ai clienti soddisfatti" mid-sentence
        // thanks them.)
        r"(?:(?m:^)|[.!?:;][ \t]+)[ \t]*(?:(?:[•·‣▪◦*–-]|\d{1,2}[.)])[ \t]*)?(?P<m>(?:a(?:i|gli|lle)|per\s+(?:i|gli|le)|(?:a|per)\s+tutt[ie]\s+(?:i|gli|le))\s+(?:nostr[ie]\s+)?[\w']+\s+(?:(?:più|davvero|molto|tanto|pienamente)\s+)?(?:soddisfatt[ie]|content[ie]|felici|entusiast[ie]|appagat[ie]))\b",
        // A group named by a noun and a relative clause, opening the sentence or a bullet: "Gli
        // studenti che hanno superato il livello 1 …", "• Le allieve a cui …", "I ciclisti i cui
        // freni …".
        r"(?:(?m:^)|[.!?:][ \t])[ \t]*(?:[•·‣▪◦*–-][ \t]*)?(?:gli|i|le|tutti\s+(?:gli|i)|tutte\s+le)\s+[\w']+\s+(?:che|a\s+cui|(?:il|la|i|le)\s+cui|ai\s+quali|alle\s+quali)\b",
        // The ask put to a group named by any noun: "lo chiediamo agli studenti contenti del
        // mazzo", "invitiamo solo le clienti entusiaste". (With the group named by being happy,
        // a condition.)
        r"\b(?:chied|domand|rivolg|invit)\w*\s+(?:(?:solo|soltanto|proprio|soprattutto|in\s+particolare)\s+)?(?:ai|agli|alle|a\s+(?:quei|quegli|quelle|tutti\s+(?:i|gli)|tutte\s+le)|i|gli|le)\s+[\w']+",
        // A group named mid-sentence: "capita che chi la usa ogni giorno …", "molti di quelli che".
        r"\b(?:che|e|ma|spesso|molti\s+di)\s+(?:chi|quelli\s+che|quelle\s+che|coloro\s+che)\b",
        // "Per chi …", "A tutti quelli che …".
        // Also whose opinion is welcome: "un feedback da parte di chi è rimasto contento", "le
        // parole di chi lo ama".
        r"\b(?:per|a|di|da)\s+(?:tutti\s+)?(?:chi|quelli\s+che|quelle\s+che|coloro\s+che|quanti)\b",
        // Buyers named by a noun: "solo ai clienti che ci sembrano entusiasti", "ai clienti di
        // lunga data a cui è piaciuta".
        // Business buyers too, named by what they are: "agli uffici che", "alle scuole che",
        // "per i reparti che"; and families: "alle famiglie che", "ai genitori il cui bimbo".
        r"\b(?:ai|alle|agli|per\s+i|per\s+le|per\s+gli)\s+(?:[\w']+\s+){0,2}?(?:clienti|acquirenti|compratori|persone|utenti|aziende|imprese|ditte|studi|uffici|scuole|istituti|strutture|reparti|team|squadre|colleghi|dipendenti|enti|cliniche|ristoranti|hotel|laboratori|officine|famiglie|genitori|mamme|papà|nonni)\s+(?:(?:di\s+lunga\s+data|[\w']+)\s+){0,2}?(?:che|a\s+cui|ai\s+quali|alle\s+quali|il\s+cui|la\s+cui|i\s+cui|le\s+cui)\b",
        // A group named by any noun in the dative, opening the sentence, with a word in brackets
        // or an appositive before its relative clause: "Ai gatti (e ai loro umani) che …", "Alle
        // nostre cuoche, quelle che …", "Per i ciclisti a cui …", "Ai motociclisti il cui …".
        r"(?:(?m:^)|[.!?:][ \t])[ \t]*(?:[•·‣▪◦*–-][ \t]*)?(?:a(?:i|gli|lle)|per\s+(?:i|gli|le)|(?:a|per)\s+tutt[ie]\s+(?:i|gli|le))\s+(?:nostr[ie]\s+)?[\w']+(?:\s+[\w']+)?\s*(?:\([^()\n]{0,50}\)\s*)?(?:,\s*(?:quelli|quelle|coloro)\s+)?(?:che|a\s+cui|per\s+cui|(?:il|la|i|le)\s+cui|ai\s+quali|alle\s+quali)\b",
    ],
    feedback_words: &["venditore", "negozio", "feedback"],
    review_words: &["recension", "prodotto", "articolo"],
    important_tags: &[
        r"importante",
        r"urgente",
        r"azione\s+richiesta",
        r"attenzione",
    ],
    reply_prefixes: &[r"r", r"rif", r"i", r"inoltro"],
};
