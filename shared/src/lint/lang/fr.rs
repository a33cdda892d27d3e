//! French.

use super::Lexicon;

/// An extra put in the buyer's next parcel: "votre prochain colis contiendra alors une housse",
/// "nous glisserons un bavoir dans votre prochaine commande", "nous glisserons un échantillon de
/// notre nouveau savon au lait d'ânesse et à l'avoine dans votre prochain colis". Something of
/// value when it comes with a review ask, and the link to it even in a sentence of its own (see
/// `value` and `link`); where it helps with a problem ("s'il manque une sangle, …") it is help.
const NEXT_PARCEL_EXTRA: &str = r"\bprochaine?\s+(?:colis|commande|livraison|envoi|paquet)\b[^.!?\n]{0,60}?\b(?:contiendra|comprendra|inclura|renfermera|aura|trouverez|trouveras|attendra)\s+(?:(?:aussi|alors|également|en\s+plus)\s+)?(?:un|une|deux|trois|\d+|des)\b|\b(?:glisserons|ajouterons|joindrons|mettrons|glissons|ajoutons|joignons|mettons)\s+(?:(?:aussi|alors|ensuite|également)\s+)?(?:un|une|deux|trois|\d+|des)\b[^.!?\n]{0,110}?\bprochaine?\s+(?:colis|commande|livraison|envoi|paquet)\b";

/// A time of use, and no earlier: "après deux semaines de port, pas avant", "au bout de quelques
/// jours de balades, pas avant". It times the ask for every buyer, so it is no gate and its "pas
/// avant" holds nothing back ("quand vous les aimerez, pas avant" still holds the review for the
/// happy).
const AFTER_A_TIME_OF_USE: &str = r"\b(?:apr[eè]s|(?:au|le)\s+bout\s+d(?:e\s+|['’]))\s*(?:un|une|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|quelques|\d+)\s+(?:(?:bons|bonnes|petits|petites)\s+)?(?:jours?|semaines?|mois|nuits?|utilisations?|usages?|lavages?|balades?|sorties?|trajets?|s[ée]ances?|biberons?|bains?|ports?)(?:\s+(?:de|d['’])\s*(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?,?\s+(?:et\s+)?(?:pas|non)\s+avant\b";

/// A group named by its progress, improvement or enjoyment, in a relative clause: « qui sentent
/// déjà les progrès », « dont le son s'est amélioré », « qui progressent », « qui prennent plaisir
/// à jouer » (see `positive`).
macro_rules! fr_progress_group {
    () => {
        r"\b(?:qui|dont|(?:chez|à|pour)\s+qui)\s+(?:[\w'’-]+,?\s+){0,8}?(?:(?:sent|sentez|sentent|sens|ressent|ressentez|ressentent|voit|voyez|voient|vois|constate|constatez|constatent|remarque|remarquez|remarquent|notent|entend|entendez|entendent|perçoit|percevez|perçoivent|(?:ont|a|avez)\s+(?:déjà\s+)?(?:senti|ressenti|vu|constaté|remarqué|noté|entendu))\s+(?:[\w'’-]+\s+){0,3}?(?:progrès|améliorations?|différence)|(?:fait|faites|font|(?:ont|a|avez)\s+(?:déjà\s+)?fait)\s+(?:[\w'’-]+\s+){0,2}?progrès|progress(?:e|es|ent|ez|é|ée|és|ées|ant)|s['’]amélior(?:e|ent|ez)|(?:s['’]est|se\s+sont|vous\s+êtes)\s+(?:(?:déjà|bien|nettement|vraiment|beaucoup)\s+)*amélioré(?:e|s|es)?|(?:jou|chant|sonn)(?:e|es|ent|ez)\s+(?:(?:déjà|bien|nettement|beaucoup)\s+)*mieux|(?:prenn?(?:e|ent|ez)|pris|ont|a|avez|trouv(?:e|ent|ez))\s+(?:(?:déjà|vraiment|beaucoup|un|une|vrai|grand|du|de)\s+)*plaisir|s['’]amus(?:e|ent|ez)|vous\s+amusez)\b"
    };
}

/// An ask of the buyer that governs a third party's stars (`rated_stars`) in their sentence:
/// before them, the verbs of giving, awarding, leaving or rating as an ask (`star_ask`); after
/// them, words that wish them of the buyer or the review link (`star_tail`).
macro_rules! fr_star_ask {
    () => {
        r"\b(?:donnez|attribuez|accordez|décernez|octroyez)\b|\b(?:donnez|attribuez|accordez|décernez|octroyez|offrez|laissez|mettez|notez|évaluez|donne|attribue|accorde|laisse|mets|offre|décerne|note|évalue)-(?:nous|lui|leur|la|le|les|moi)\b|\b(?:nous|lui|leur)\s+(?:donner|attribuer|accorder|mettre|offrir|décerner|laisser)\b|\b(?:pourriez|pouvez|voudriez|voulez|pourrais|peux)[\s-]+(?:vous|tu)\s+(?:nous\s+|lui\s+|leur\s+|le\s+|la\s+)?(?:donner|attribuer|accorder|mettre|offrir|décerner|laisser|noter|évaluer)\b|\bn['’]hésite[zr]?\s+pas\s+à\s+(?:nous\s+|lui\s+|leur\s+|le\s+|la\s+)?(?:donner|attribuer|accorder|mettre|décerner|laisser|noter|évaluer)\b"
    };
}

macro_rules! fr_star_tail {
    () => {
        r"[^.!?\n]{0,30}?(?:\b(?:de\s+(?:votre|ta)\s+part|de\s+vous|de\s+toi)\b|\{\{\s*links\.\w*(?:review|feedback))"
    };
}

/// Those who grade a person, a performance or a show rather than a thing's test: a jury,
/// judges, examiners, critics, a newspaper or magazine (`rated_stars`).
macro_rules! fr_judges {
    () => {
        r"(?:jurys?|jurés?|juges?|examinat(?:eur|rice)s?|correct(?:eur|rice)s?|commission\s+d['’]examen|critiques?\s+(?:musica(?:l|ux)|gastronomiques?|de\s+(?:cinéma|théâtre|musique|la\s+presse))|quotidiens?|journa(?:l|ux)|presse|magazines?|hebdomadaires?|hebdos?|gazettes?|revues?|journalistes?|chroniqueu(?:r|se)s?|critiques?\s+(?:de\s+mode|d['’]art|de\s+style|littéraires?)|rédact(?:eur|rice)s?\s+(?:de\s+)?mode)"
    };
}

/// Stars or a top mark those judges give (`rated_stars`): "cinq étoiles", "la note maximale".
macro_rules! fr_judged_mark {
    () => {
        r"(?:(?:5|cinq)\s+(?:sur\s+(?:5|cinq)\s+)?étoiles|(?:la\s+)?note\s+maximale|(?:la\s+)?meilleure\s+note|toutes\s+les\s+étoiles)"
    };
}

/// Things a design carries stars on: a dial, a pendant, a print, a lining (`rated_stars`).
macro_rules! fr_star_design {
    () => {
        r"(?:cadrans?|pendentifs?|médaillons?|breloques?|imprimés?|motifs?|tissus?|doublures?|foulards?|écharpes?|manches?|cols?|poignets?|bracelets?|boucles?|boîtiers?|couvercles?|logos?|écussons?|emblèmes?|blasons?|fermoirs?|bagues?|colliers?|broches?|ourlets?|talons?|semelles?|tasses?|mugs?|assiettes?|plafonds?|lampes?|abat-jours?|couvertures?|plaids?|toiles?|affiches?|bordures?|chaînes?|chaînettes?|cadres?|boutons?|poches?|lunettes?\s+de\s+montre|bracelets?)"
    };
}

/// Where stars of praise or a self-grade end: the sentence ends there (after "aujourd'hui",
/// "déjà" …), or goes on with words that ask for nothing (": sois-en fier", "même si …", "et une
/// bonne douche"). A wish, a request or stars for the seller after them (", ce serait génial",
/// "seraient top", "et à nous aussi") leave them a star count.
macro_rules! fr_praise_end {
    () => {
        r"(?:\s+(?:aujourd['’]hui|cette\s+semaine|déjà|encore|ce\s+soir))?\s*(?:[.!…)]|(?m:$)|[:;]\s*(?:sois|soyez|bravo|continue|continuez)\b|[,;–—-]?\s+(?:même\s+si|peu\s+importe|quel|quelle|mais|car|parce|et\s+(?:une?|la|le|les|des|du|bravo|continue|continuez))\b)"
    };
}

/// What a review or a rating is called.
macro_rules! fr_review {
    () => {
        r"(?:avis|commentaires?|évaluations?|notes?|notations?|critiques?|témoignages?|feedback|étoiles?)"
    };
}

/// The part working without trouble, told in a mechanic's words: silent, without the least
/// squeal or knock, running smooth ("tourne rond", "passe sans accroc"), no longer juddering or
/// slipping ("ne broute plus", "ne fait plus de bruit", "ne fait plus ce bruit bizarre", "n'émet
/// plus cet étrange cliquetis"), or through the buyer's test ("a passé votre test de nuit"); a
/// joint or a fitting staying tight and holding ("reste étanche", "tient bon", "sans une seule
/// goutte"); a pen, a printer or a shredder over its fault ("l'encre ne bave plus", "ne bourre
/// plus", "ne laisse plus de traînées"). Said as the time or condition of an ask, it is the
/// buyer's verdict.
macro_rules! fr_running_well {
    () => {
        concat!(
            r"(?:silencieu(?:x|se|ses)|en\s+silence",
            r"|sans\s+(?:(?:le|la)\s+moindre\s+|un\s+seul\s+|une\s+seule\s+)?(?:bruits?|sifflements?|grincements?|couinements?|claquements?|cliquetis|craquements?|broutements?|cognements?|fuites?|gouttes?)",
            r"|(?:reste|restent|restera|resteront|demeure|demeurent)\s+(?:(?:bien|parfaitement|toujours|totalement|vraiment)\s+)?étanches?",
            r"|tien(?:t|nent|dra|dront)\s+(?:(?:toujours|vraiment)\s+)?(?:bon|le\s+coup)",
            r"|sans\s+(?:le|la)\s+moindre\s+(?:frottement|vibration|jeu|à-coup|raté|souci|problème|accroc|fuite|résistance)",
            r"|(?:roul|tourn|fonctionn|march|frein|pass)(?:e|ent|ait|aient|era|eront|ant)\s+(?:(?:à\s+nouveau|de\s+nouveau|désormais|maintenant|enfin|vraiment|très|toujours)\s+)?(?:bien|parfaitement|à\s+merveille|impeccablement|nickel|rond|comme\s+(?:prévu|il\s+faut|sur\s+des\s+roulettes|une\s+horloge|neuf|neuve)|sans\s+(?:accroc|à-coups?|souci|problème|effort|forcer)s?)",
            r"|n(?:e\s+|['’])(?:se\s+|s['’])?(?:siffl|grinc|couin|claqu|cliquet|craqu|brout|vibr|cogn|saut|patin|frott|accroch|fum|fui|gliss|dérap|rip|bav|fus|bourr|coinc|bloqu|bouch|gratt|tach|macul|travers)\w*\s+plus",
            // A page or a print left clean of the fault it had: « ne laisse plus de traînées ».
            r"|n(?:e\s+|['’])(?:laisse|laissent|fait|font)\s+plus\s+(?:de\s+|d['’]|aucune?\s+)?(?:traînées?|taches?|bavures?|stries?|rayures?|marques?|pâtés?|bourrages?)",
            r"|n(?:e\s+|['’])(?:fait|font|faisait|faisaient|émet|émettent)\s+plus\s+(?:de\s+|d['’]|aucun\s+|le\s+moindre\s+|(?:ce|cet|cette|ces|le|la|les|son|sa|ses)\s+|l['’])?(?:(?:petits?|drôles?\s+d(?:e\s+|['’])|étranges?|affreux|sales?|curieux|bizarres?)\s*)?(?:bruits?|sifflements?|grincements?|couinements?|claquements?|cliquetis|craquements?|vibrations?|à-coups?|fumée|caprices?|siennes)",
            r"|(?:a|ont|ait|aient|aura|auront)\s+(?:bien\s+|brillamment\s+)?(?:passé|réussi|franchi)\s+(?:avec\s+succès\s+)?(?:le|la|l['’]|les|votre|vos|ton|ta|tes|son|sa|ses|leur|leurs|ce|cet|cette)\s*(?:[\w'’-]+\s+){0,2}?(?:tests?|épreuves?|essais?|examens?)",
            r")\b"
        )
    };
}

/// A discomfort of a new item no longer felt by the buyer, the item as the subject: « ne vous
/// semblera plus dur », « ne vous paraît plus trop ferme », « n'est plus du tout rêche », « ne
/// vous gênera plus », « ne vous fera plus mal »; or the buyer's days gone better with it: « vos
/// journées de bureau passeront mieux ». Said as the time or condition of an ask, it is the
/// buyer's verdict (see `positive`); its « ne … plus » is the relief's own, no problem.
macro_rules! fr_discomfort_gone {
    () => {
        concat!(
            r"(?:n(?:e\s+|['’])(?:(?:vous|te|lui|leur)\s+|t['’]\s*)?(?:sembl(?:e|ent|era|eront|erait|eraient)|para(?:[iî]t|issent|[iî]tra|[iî]tront|[iî]trait|[iî]traient)|(?:est|sont|sera|seront|soit|soient|reste|restent|restera|resteront))\s+plus\s+(?:(?:du\s+tout|aussi|si|trop|tellement|vraiment)\s+)*",
            r"(?:dure?s?|fermes?|rigides?|raides?|rêches?|rugueu(?:x|se|ses)|inconfortables?|serrée?s?|étroite?s?|lourde?s?|gênante?s?|désagréables?|piquante?s?|froide?s?|glissante?s?|bruyante?s?)(?:\s+du\s+tout)?",
            r"|n(?:e\s+|['’])(?:vous|te|lui|leur)\s+(?:gên|bless|serr|irrit|gratt|piqu|comprim|sci|tiraill|dérang)\w*\s+plus\b",
            r"|n(?:e\s+|['’])(?:vous|te|lui|leur)\s+(?:fait|font|fera|feront|ferait|feraient)\s+plus\s+(?:du\s+tout\s+)?mal",
            r"|\b(?:journées|journée|nuits?|soirées?|matinées?|semaines?|séances?|trajets?)\s+(?:[\w'’-]+\s+){0,3}?(?:(?:se\s+)?(?:passeront|passent|passera|passe)|iront|vont|ira|va)\s+(?:(?:bien|nettement|beaucoup|déjà|enfin|un\s+peu)\s+)*mieux\b)"
        )
    };
}

/// A complaint of the body or of sleep eased, said as less or none of it: « moins de réveils
/// qu'avant », « beaucoup moins de douleurs », « vous n'aurez plus aucune migraine », « n'avoir
/// plus de crampes », « vous vous réveillez moins souvent ». Said as the condition or the time of an ask, or asked, it is the buyer's
/// verdict (see `positive`); its « moins » or « plus aucun » is the relief's own, no problem.
macro_rules! fr_symptom_eased {
    () => {
        concat!(
            r"(?:(?:(?:beaucoup|bien|nettement|un\s+peu|sensiblement)\s+)?moins\s+(?:de\s+|d['’])|(?:n(?:e\s+|['’])\s*(?:[\w'’-]+\s+){1,2}?)?plus\s+(?:aucune?|un\s+seul|une\s+seule)\s+|n(?:e\s+|['’])\s*(?:[\w'’-]+\s+){1,2}?plus\s+(?:de\s+|d['’]))\s*(?:[\w'’-]+\s+)?",
            r"(?:réveils?|douleurs?|maux\s+de\s+(?:tête|dos|ventre|gorge)|migraines?|crampes?|courbatures?|raideurs?|démangeaisons?|irritations?|rougeurs?|ronflements?|sueurs?|insomnies?|tiraillements?|gonflements?|fourmillements?|brûlures?|fatigue|boutons?|nuits?\s+blanches|tensions?|cauchemars?|allergies?|éternuements?|quintes?\s+de\s+toux)\b",
            r"|\b(?:vous|te|se|nous)\s+(?:réveill|lev)(?:ez|es|e|ent|ons)\s+(?:(?:beaucoup|bien|nettement)\s+)?moins\s+(?:souvent|la\s+nuit|fréquemment)\b"
        )
    };
}

/// What follows "une fois" when it opens a time clause: "que", an article or a possessive, an
/// adverb of degree, or a participle ("une fois rodées"); never "une fois par mois", "une fois de
/// plus", "une fois tous les 1 000 km".
macro_rules! fr_after_once {
    () => {
        r"(?:que\b|qu['’]|(?:le|la|les|l['’]|vos|votre|ton|ta|tes|ses|son|sa|leur|leurs|ce|cet|cette|ces|bien|enfin|parfaitement)\b|[\w-]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|ues)\b|[\w-]*[^\Wo]us\b)"
    };
}

pub(super) const LEXICON: Lexicon = Lexicon {
    code: "fr",
    steering: &[
        // Five stars a third party gives (read as another sense: "notre chat lui donne cinq étoiles")
        // followed, in its sentence or the next, by the same wished of the buyer: "vous aussi,
        // j'espère", "et nous espérons que vous aussi", "Et vous ?", "vous serez d'accord".
        r#"\b(?:5|cinq)\s*étoiles?\b[^.!?\n]{0,80}?(?:[,;:–—-]\s*|\s+(?:et|alors|mais)\s+|[.!?…]+["»)]*\s+)(?P<m>(?:et\s+)?(?:(?:j[\x27’]|nous\s+)esp[éè]r(?:e|ons)\s+(?:que\s+)?)?(?:vous|toi)\s+(?:aussi|de\s+même|également)\s*(?:[!?.…,:;)–—-]|(?m:$))|(?:et\s+)?(?:(?:j[\x27’]|nous\s+)esp[éè]r(?:e|ons)\s+(?:que\s+)?)(?:vous|toi)\s+(?:aussi|de\s+même|également)\b|(?:et\s+)?(?:vous|toi)\s*\?|(?:(?:j[\x27’]|nous\s+)esp[éè]r(?:e|ons)\s+(?:que\s+)?)?(?:vous|tu)\s+(?:serez|êtes|seriez|seras|es)\s+(?:du\s+même\s+avis|d[\x27’]accord))"#,
        r"\b(?:5|cinq)\s*étoiles\b|\b(?:note|notation|évaluation)\s+maximale\b|\bla\s+note\s+maximale\b|\btoutes\s+les\s+étoiles\b",
        r"\b(?:avis|commentaires?|évaluations?|notes?|critiques?)\s+(?:très\s+|bien\s+)?(?:positi(?:f|ve|fs|ves)|favorables?|excellente?s?|élogieu(?:x|se|ses)|parfaite?s?|bonne?s?)\b",
        r"\b(?:bonne|excellente|meilleure|haute|très\s+bonne|belle)s?\s+(?:note|évaluation|critique)s?\b|\b(?:bon|excellent|super|bel)s?\s+(?:avis|commentaires?)\b",
        r"\b(?:ne\s+(?:laissez|mettez|donnez|publiez)\s+pas|évitez(?:\s+de\s+(?:laisser|mettre|publier))?|pas\s+d['e]|plutôt\s+qu['e])\s*(?:[\w'-]+\s+){0,2}?(?:avis|commentaires?|évaluations?|notes?|critiques?)\s+(?:négati(?:f|ve|fs|ves)|défavorables?|mauvaise?s?)\b",
        r"\b(?:mauvais|négatif)s?\s+(?:avis|commentaires?)\b[^.!?\n]{0,40}?\b(?:évitez|pas|plutôt)\b",
    ],
    feedback_change: &[
        concat!(
            r"\b(?:supprim\w+|retir\w+|modifi\w+|chang\w+|mett(?:re|ez|iez)\s+à\s+jour|révis\w+|corrig\w+|ajust\w+|rehauss\w+|amélior\w+|reconsidér\w+|effac\w+)\s+(?:[\w'-]+\s+){0,3}?",
            fr_review!(),
            r"\b"
        ),
        concat!(
            r"\b(?:suppression|modification|retrait|révision|mise\s+à\s+jour)\s+(?:de\s+|d')?(?:votre\s+|vos\s+|l'|la\s+|le\s+)?",
            fr_review!(),
            r"\b"
        ),
        concat!(
            fr_review!(),
            r"\s+(?:[\w'-]+\s+){0,2}?(?:supprimée?s?|modifiée?s?|retirée?s?|mise?s?\s+à\s+jour|révisée?s?)\b"
        ),
    ],
    marketing: &[
        r"\b(?:découvrez|visitez|consultez|parcourez|jetez\s+un\s+(?:coup\s+d'œil|œil)\s+(?:à|sur))\s+(?:aussi\s+|également\s+)?(?:tous\s+)?(?:nos|notre)\s+(?:[\w'-]+\s+){0,2}?(?:produits|articles|collections?|gammes?|boutique|magasin|catalogue|sélection|vitrine)\b",
        r"\bnos\s+autres\s+(?:produits|articles|modèles|marques)\b|\b(?:vous\s+aimerez\s+aussi|vous\s+pourriez\s+aussi\s+aimer)\b",
        r"\bnouveautés?\b|\bnouvelle\s+collection\b|\bnouveaux\s+produits\b|\b(?:notre|nos|découvrez\s+le)\s+(?:tout\s+)?nouveau\s+produit\b|\bvient\s+de\s+sortir\b",
        r"\b(?:soldes?|promotions?|promos?|ventes?\s+flash|offres?\s+(?:spéciales?|exclusives?|limitées?)|black\s+friday|bons\s+plans?|déstockage)\b",
        r"\b(?:codes?\s+(?:promo(?:tionnel)?|de\s+réduction)|coupons?|bons?\s+d'achat|bons?\s+de\s+réduction|cartes?[\s-]+cadeaux?|réductions?|remises?)\b|\b\d+\s*%\s*(?:de\s+)?(?:réduction|remise|rabais)\b|-\s*\d+\s*%",
        r"\bsuivez[\s-]nous\b|\b(?:abonnez[\s-]vous|inscrivez[\s-]vous)\s+(?:à|sur)\s+(?:notre|nos)\b|\bnewsletter\b|\bnotre\s+(?:page\s+)?(?:instagram|facebook|tiktok|youtube)\b",
        r"\bcadeau\s+(?:gratuit|offert)\b|\béchantillons?\s+gratuits?\b",
    ],
    request: &[
        // Telling it right here, by the link: "Dites-le ici", "racontez-le par ici", "partagez-la
        // ci-dessous".
        r"\b(?:dites|racontez|partagez|écrivez|criez|clamez)[\s-](?:le|la|les|nous[\s-]le)\s+(?:ici|là|par\s+ici|ci-dessous|en\s+un\s+clic|sur\s+Amazon)\b",
        concat!(
            // (Also with the pronoun joined by a hyphen: "laissez-nous un avis", "donnez-moi".)
            r"\b(?:laiss\w*|écri\w*|rédig\w*|publi\w*|post\w*|partag\w*|donn\w*|dépos\w*|mett(?:re|ez|iez)|ajout\w*)(?:[-‑](?:nous|moi))?\s+(?:[\w'-]+\s+){0,4}?",
            r"(?:avis|commentaires?|évaluations?|notes?|critiques?|témoignages?)\b"
        ),
        r"\b(?:évalu(?:er|ez|iez)|not(?:er|ez|iez))\s+(?:le\s+produit|l'article|votre\s+achat|notre\s+(?:boutique|service|magasin)|le\s+vendeur|nous|ce\s+produit|cet\s+article)\b",
        r"\b(?:votre|un)\s+avis\s+(?:sur\s+(?:Amazon|le\s+produit|l'article|votre\s+achat|ce\s+produit)|client|produit)\b|\bavis\s+(?:sur|à\s+propos\s+d)\w*\s+(?:[\w'-]+\s+){0,2}?(?:produit|article|achat)\b",
        r"\b(?:évaluation|commentaire|feedback)\s+(?:du|sur\s+le|pour\s+le)\s+vendeur\b",
        // Soliciting the opinion: "nous ne sollicitons l'avis que de…", "solliciter votre
        // évaluation".
        r"\bsollicit\w*\s+(?:[\w'-]+\s+){0,2}?(?:avis|évaluations?|commentaires?|notes?|témoignages?)\b",
        r"\b(?:serions|sommes|serons)\s+(?:très\s+|vraiment\s+)?(?:reconnaissants?|ravis|heureux)\s+(?:si\s+vous|de\s+(?:lire|recevoir|connaître))\s+(?:[\w'-]+\s+){0,4}?(?:avis|évaluation|commentaire)\b",
        r"\b(?:prendre|prendriez)\s+(?:quelques|un)\s+(?:instants?|minutes?|moments?)\s+pour\s+(?:laisser|écrire|donner|rédiger|évaluer|noter)\b",
        r"\blien\s+(?:vers|pour)\s+(?:l'avis|la\s+page\s+d'avis|laisser\s+(?:un|votre)\s+avis|évaluer)\b",
        // Telling it on the product page instead of naming a review: "racontez-le en quelques
        // mots sur la fiche produit", "un petit mot sur la page du produit", "vous savez où
        // nous laisser un petit mot, sur la page du produit".
        r"\b(?:racontez|écrivez|rédigez|dites|partagez|laissez|déposez|mettez|ajoutez)\b[^.!?\n]{0,50}?\b(?:sur|dans)\s+(?:la\s+)?(?:fiche|page)\s+(?:du\s+|de\s+l'|de\s+votre\s+|de\s+ce\s+)?(?:produit|article)\b",
        // Or a few lines in the review, or the page waiting for it: "quelques lignes dans votre
        // évaluation", "la page du produit vous attend".
        r"\b(?:un|quelques|deux|trois)\s+(?:petits?\s+)?(?:mots?|lignes?),?\s+(?:[\w'-]+\s+){0,3}?(?:sur|dans)\s+(?:la\s+)?(?:fiche|page)\s+(?:du\s+|de\s+la\s+|de\s+l'|de\s+votre\s+|de\s+ce\s+|de\s+cette\s+)?[\w-]+\s+(?:sur\s+)?Amazon\b|\b(?:un|quelques)\s+(?:petits?\s+)?(?:mots?|lignes?),?\s+(?:[\w'-]+\s+){0,3}?(?:sur|dans)\s+(?:la\s+)?(?:fiche|page)\s+(?:du\s+|de\s+l'|de\s+votre\s+|de\s+ce\s+)?(?:produit|article)\b|\b(?:un|quelques)\s+(?:petits?\s+)?(?:mots?|lignes?)\s+(?:dans|sur|pour)\s+(?:votre|ton|un|une|l')\s*(?:avis|évaluation|commentaire)\b|\b(?:la\s+)?(?:page|fiche|section\s+(?:des\s+)?avis)\s+(?:[\w'-]+\s+){0,4}?(?:vous|t'|te)\s*attend\b",
        // Telling other or future buyers: "partagez votre expérience avec les autres acheteurs",
        // "vous pouvez le dire aux futurs clients".
        r"\b(?:partag\w*|racont\w*|décri\w*|présent\w*)\s+(?:votre|ton|vos|tes)\s+(?:expérience|ressenti|avis|impressions?|retour)s?\s+(?:avec|aux|à\s+d')\s*(?:les\s+)?(?:autres|futurs|prochains|nouveaux)\s+(?:acheteu\w+|clients?|clientes?|acquéreurs)\b",
        r"\b(?:le\s+dire|dites[\s-]le|le\s+raconter|racontez[\s-]le|en\s+parler|le\s+partager|partagez[\s-]le)\s+(?:[\w'-]+\s+){0,2}?aux\s+(?:autres|futurs|prochains|nouveaux)\s+(?:acheteu\w+|clients?|clientes?|acquéreurs)\b",
    ],
    mention: &[
        // A screenshot or the link of the review, also said to "tu": "une capture d'écran de ton
        // avis", "le lien de ta critique".
        r"\b(?:captures?(?:\s+d'écran)?|screenshots?|liens?)\s+(?:de|du)\s+(?:ton|ta|tes)\s+(?:avis|évaluations?|commentaires?|critiques?)\b",
        // The wish to tell it, asked bare, is the ask itself: "Envie de partager votre expérience ?",
        // "Vous voulez raconter vos impressions ?" ("… avec nous ?" is said to the seller).
        r"\b(?:envie|souhaitez-vous|voulez-vous|vous\s+voulez|vous\s+souhaitez|ça\s+vous\s+dit|tu\s+veux|t'as\s+envie)\s+(?:de\s+|d')?(?:partager|raconter|donner)\s+(?:votre|vos|ton|tes)\s+(?:expérience|ressenti|impressions?|avis|verdict)\s*\?",
        // Telling it, bare, the clause closed right after ("Racontez-le !", "Partagez-la ✨"): with
        // no "nous" or "moi" after it, it is told to everyone, which is the review. ("Dites-le"
        // alone is as often said to the seller.)
        r"\b(?:racontez|partagez|criez|clamez|raconte|partage)[\s-](?:le|la|les)\b\s*(?:[^\w\s-]|$)",
        // The place to say it named as the product page: "le meilleur endroit pour le dire, c'est la
        // page de l'article", "l'endroit où en parler : la fiche produit".
        r"\b(?:endroit|place|lieu)\s+(?:idéal\s+|parfait\s+)?(?:pour|où)\s+(?:le\s+dire|en\s+parler|le\s+raconter|le\s+partager|témoigner|le\s+faire\s+savoir)\b[^.!?\n]{0,30}?\b(?:fiche|page|Amazon)\b",
        // A review, named or as rating the seller: "un avis", "avis déposé sur Amazon", "ne nous
        // notez pas à chaud".
        r"\b(?:un|votre|vos|des|d'|l'|les|cet|cette|son|leur|chaque|tout|ce|mon|notre)\s*(?:[\w'-]+\s+){0,2}?avis\b|\bavis\s+(?:client|produit|sur|en\s+ligne|honnête|sincère|positif|négatif)\w*|\bavis\s+(?:publié|laissé|déposé|posté|rédigé|écrit)e?s?\b|\b(?:commentaires?|évaluations?|critiques?\s+(?:client|produit|en\s+ligne)|témoignages?|feedback|notation)\b|\b(?:évaluer|évaluez)\b|\b(?:nous|me)\s+(?:notez|noter|notiez|évaluez|évaluer)\b|\bétoiles?\b",
        // The review invitation named back, going out or held: "l'invitation part une fois que…",
        // "l'invitation attend".
        r"\b(?:auteurs?|rédacteurs?)\s+d'avis\b|\bévaluateurs?\b|\bl'invitation\s+(?:part|partira|est\s+envoyée|sera\s+envoyée|arrive|arrivera|attend|patiente)\b",
        r"\bpartag(?:er|ez|es|e|eant|é|ée|és|ées)\s+(?:votre|ton|leur)\s+(?:ressenti|expérience|avis|impression)s?\s+(?:[\w'-]+\s+){0,3}?sur\s+Amazon\b",
        // Sharing the experience in public: "partager leur expérience publiquement", "raconter
        // votre expérience en ligne".
        r"\b(?:partag\w*|racont\w*|dire|témoign\w*|parler)\s+(?:de\s+)?(?:votre|ton|leur|son|sa|vos|leurs)\s+(?:ressenti|expérience|avis|impressions?|satisfaction)s?\s+(?:[\w'-]+\s+){0,2}?(?:publiquement|en\s+public|en\s+ligne|sur\s+(?:le\s+web|internet|la\s+toile))\b",
        // The buyer's word on the listing: "un mot sur Amazon", "votre retour sur la fiche Amazon".
        r"\b(?:un\s+)?(?:petit\s+)?mot\s+sur\s+Amazon\b|\b(?:votre|ton|vos|tes|un|leur|leurs)\s+(?:petit\s+)?retours?\s+(?:[\w'-]+\s+){0,2}?(?:sur|dans)\s+(?:la\s+(?:fiche|page)|Amazon)\b|\ble\s+dire\s+sur\s+Amazon\b|\blien\s+pour\s+(?:le\s+dire|partager|en\s+parler)\b",
        // Writing on the product page: "ceux qui prennent la plume sur la fiche produit".
        r"\b(?:pren\w*\s+la\s+plume|écri\w*|rédig\w*|racont\w*|témoign\w*|partag\w*)\b[^.!?\n]{0,40}?\b(?:sur|dans)\s+(?:la\s+)?(?:fiche|page)\s+(?:du\s+|de\s+l'|de\s+votre\s+|de\s+ce\s+)?(?:produit|article)\b",
        // The same on the page of the item named by its own word: "qui racontent leurs semis sur
        // la page du kit", "écrivez-le sur la fiche de la lampe"; a feeling voiced there too:
        // "exprimer sa colère sur la page Amazon de la lampe".
        r"\b(?:pren\w*\s+la\s+plume|écri\w*|rédig\w*|racont\w*|témoign\w*|partag\w*|dites|dire|décri\w*|exprim\w*)\b[^.!?\n]{0,40}?\b(?:sur|dans)\s+(?:la\s+)?(?:fiche|page)\s+(?:(?:d')?avis\s+)?(?:Amazon\s+)?(?:du|de\s+la|de\s+l'|des|de\s+votre|de\s+ton|de\s+ta|de\s+ce|de\s+cette)\s*[\w-]+",
        // Telling other or future buyers, named by any word: "le raconter aux autres familles",
        // "le dire aux futurs cyclistes".
        r"\b(?:raconter|racontez|dire|dites|partager|partagez|décrire|décrivez)\s+(?:[\w'-]+\s+){0,1}?aux\s+(?:autres|futurs|futures|prochains|prochaines|nouveaux|nouvelles)\s+[\w-]+",
    ],
    seller_reviews: &[
        // Reviews being read, by shoppers or anyone, name no ask: "beaucoup lisent les avis avant
        // d'acheter", "qui consulte les notes ?", "en parcourant les commentaires".
        r"\b(?:lit|lisent|lire|lisez|lisant|lisons|consulte|consultent|consulter|consultant|parcourt|parcourent|parcourir|parcourant)\s+(?:toujours\s+|souvent\s+|d'abord\s+|attentivement\s+)?$",
        // The stars of a hotel's or a restaurant's class name no review: "le linge d'un palace
        // cinq étoiles", "comme dans les hôtels 4 étoiles".
        r"\b(?:hôtels?|palaces?|restaurants?|résidences?|établissements?|spas?|gîtes?|campings?)\s+(?:de\s+)?(?:\d|deux|trois|quatre|cinq)[\s-]+$",
    ],
    positive: &[
        // A fault the update, the fix or the new part has done away with: « si la mise à jour a
        // réglé les décrochages », « une fois que le correctif aura résolu les coupures »,
        // « si le nouveau firmware a fait disparaître le grésillement ». The fault's word is part
        // of the good outcome, not a problem the ask is open to.
        r"\b(?:a|ont|aura|auront|avait|avaient)\s+(?:(?:enfin|bien|définitivement|complètement|vraiment|déjà)\s+)?(?:réglé|corrigé|résolu|éliminé|supprimé|fait\s+disparaître|mis\s+fin\s+(?:à|aux|au))\s+(?:(?:les?|la|l['’]|vos|ces|ses|leurs?|tous\s+les|toutes\s+les|votre|ce|cette|ton|ta|tes)\s*)?[\w'’-]+",
        // A group named as content, opening the sentence or a step: "Aux randonneuses comblées,
        // …", "À tous nos lecteurs ravis …".
        r"(?:(?m:^)|[.!?:;][ \t]+)[ \t]*(?:(?:[•·‣▪◦*–-]|\d{1,2}[.)])[ \t]*)?(?:aux|à\s+(?:tou(?:s|tes)\s+)?(?:nos|les|ces|mes))\s+(?:[\w'’-]+\s+)?(?:(?:plus|très|vraiment|pleinement)\s+)?(?P<m>(?:satisfait|content|ravi|comblé|conquis|enchanté)(?:e|s|es)?|heureu(?:x|ses))\b",
        // A time spent with the item, called good: « quelques bonnes semaines avec », « deux
        // beaux mois ».
        r"\b(?:quelques|deux|trois|quatre|plusieurs|\d+)\s+(?:bonnes|belles|heureuses|excellentes)\s+(?:semaines|journées)\b|\b(?:quelques|deux|trois|quatre|plusieurs|\d+)\s+(?:bons|beaux|heureux|excellents)\s+(?:mois|jours)\b",
        // The part working without trouble, as the time or condition of what follows: "une fois
        // les disques silencieux", "quand la boîte passe sans accroc", "si la pédale ne broute
        // plus"; or asked: "Vos freins sont silencieux ?". (Not said in a tip's main clause:
        // "Une fois rodés, ils restent silencieux." Nor "si" as "so": "un moteur si silencieux".)
        // Two such states joined in one clause read as one ("tourne rond et ne vibre plus").
        concat!(
            r"\b(?:(?:si\s+[\w'’-]+|quand|lorsque|dès\s+que|aussitôt\s+que|tant\s+que|pour\s+peu\s+que)\s+|(?:s['’]ils?|lorsqu['’]|dès\s+qu['’]|aussitôt\s+qu['’]|tant\s+qu['’]|",
            r"une\s+fois\s+",
            fr_after_once!(),
            r")\s*)[^,.;:!?\n]{0,80}?(?P<m>\b",
            fr_running_well!(),
            r"(?:\s+et\s+(?:que\s+|qu['’])?[^,.;:!?\n]{0,40}?\b",
            fr_running_well!(),
            r")?)"
        ),
        concat!(r"(?P<m>\b", fr_running_well!(), r")\s*\?"),
        // A discomfort of a new item gone, or the buyer's days gone better, as the time or condition
        // of an ask in the same sentence: « le jour où le coussin ne vous semblera plus dur, un mot
        // sur la fiche produit … », « quand les chaussures ne vous serreront plus, laissez un avis »,
        // « votre avis, dès que la housse ne vous gênera plus ». (Without an ask, « le jour où la
        // mousse ne vous semblera plus dure, retirez le film » is a care tip.)
        concat!(
            r"\b(?:si|quand|lorsque|dès\s+que|aussitôt\s+que|une\s+fois\s+que|tant\s+que|aussi\s+longtemps\s+que|pour\s+peu\s+que|(?:le|du|au)\s+jour\s+où|(?:le|au)\s+moment\s+où|s['’]ils?|lorsqu['’]|dès\s+qu['’]|une\s+fois\s+qu['’]|tant\s+qu['’]|aussi\s+longtemps\s+qu['’])\s*[^.!?\n;:]{0,60}?(?P<m>",
            fr_discomfort_gone!(),
            r")[^.!?\n]{0,140}?(?:\b(?:avis|évaluations?|commentaires?|évaluer)\b|\b(?:fiche|page)\s+(?:du\s+|de\s+l['’])?(?:produit|article)\b|links\.\w*(?:review|feedback))"
        ),
        concat!(
            r"(?:\b(?:avis|évaluations?|commentaires?|évaluer)\b|\b(?:fiche|page)\s+(?:du\s+|de\s+l['’])?(?:produit|article)\b|links\.\w*(?:review|feedback))[^.!?\n]{0,80}?\b(?:si|quand|lorsque|dès\s+que|aussitôt\s+que|une\s+fois\s+que|tant\s+que|aussi\s+longtemps\s+que|pour\s+peu\s+que|(?:le|du|au)\s+jour\s+où|(?:le|au)\s+moment\s+où|s['’]ils?|lorsqu['’]|dès\s+qu['’]|une\s+fois\s+qu['’]|tant\s+qu['’]|aussi\s+longtemps\s+qu['’])\s*[^.!?\n;:]{0,60}?(?P<m>",
            fr_discomfort_gone!(),
            r")"
        ),
        // A complaint eased, as the condition or the time of an ask in the same sentence, either
        // order: « si, au bout de quinze jours, vos relevés montrent moins de réveils qu'avant,
        // racontez-le dans un avis », « votre avis, quand vous n'aurez plus aucune migraine »; or
        // asked: « Vous notez déjà moins de courbatures ? ». (Said without an ask, « vous devriez
        // constater moins de réveils au bout de deux semaines » is care advice.)
        concat!(
            r"\b(?:si|quand|lorsque|dès\s+que|aussitôt\s+que|une\s+fois\s+que|pour\s+peu\s+que|(?:le|du|au)\s+jour\s+où|s['’]ils?|lorsqu['’]|dès\s+qu['’]|une\s+fois\s+qu['’])\s*[^.!?\n;:]{0,80}?(?P<m>",
            fr_symptom_eased!(),
            r")[^.!?\n]{0,140}?(?:\b(?:avis|évaluations?|commentaires?|évaluer)\b|\b(?:fiche|page)\s+(?:du\s+|de\s+l['’])?(?:produit|article)\b|links\.\w*(?:review|feedback)|\b(?:dites|racontez|partagez)[\s-](?:le|la|les)\b)"
        ),
        concat!(
            r"(?:\b(?:avis|évaluations?|commentaires?|évaluer)\b|\b(?:fiche|page)\s+(?:du\s+|de\s+l['’])?(?:produit|article)\b|links\.\w*(?:review|feedback))[^.!?\n]{0,80}?\b(?:si|quand|lorsque|dès\s+que|aussitôt\s+que|une\s+fois\s+que|pour\s+peu\s+que|(?:le|du|au)\s+jour\s+où|s['’]ils?|lorsqu['’]|dès\s+qu['’]|une\s+fois\s+qu['’])\s*[^.!?\n;:]{0,60}?(?P<m>",
            fr_symptom_eased!(),
            r")"
        ),
        concat!(
            r"(?P<m>\b(?:constatez|constates|notez|notes|remarquez|remarques|voyez|vois|sentez|sens|avez\s+(?:constaté|noté|remarqué|vu|senti)|as\s+(?:constaté|noté|remarqué|vu|senti))\s+(?:(?:déjà|enfin|vraiment)\s+)?(?:",
            fr_symptom_eased!(),
            r"))[^.!?\n]{0,60}\?"
        ),
        // A grip that does not budge, the idiom of a firm hold: « vos pieds ne bougent plus d'un
        // millimètre », « le tapis ne glisse pas d'un poil ».
        r"\bn(?:e\s+|['’])(?:se\s+|s['’])?(?:boug|gliss|dérap|rip)\w*\s+(?:plus|pas)\s+(?:même\s+)?d['’]un\s+(?:millimètre|centimètre|poil|iota|pouce|cheveu)\b",
        // A sporting result reached: « avoir amélioré votre record personnel », « si vous battez
        // votre meilleur temps », « une fois votre objectif atteint ».
        r"\b(?:battu|amélioré|pulvérisé|explosé|égalé|battez|améliorez|pulvérisez|battrez|améliorerez)\s+(?:enfin\s+|déjà\s+)?(?:votre|ton|vos|tes|son|leur)\s+(?:propre\s+)?(?:record|chrono|meilleur\s+(?:temps|chrono|score)|temps\s+de\s+référence)s?\b|\b(?:nouveau\s+)?record\s+personnel\s+(?:battu|amélioré|pulvérisé)\b|\b(?:atteint|décroché|réalisé|atteignez|atteindrez)\s+(?:enfin\s+)?(?:votre|ton|vos|tes)\s+(?:premier\s+)?(?:objectifs?|but)\b|\b(?:votre|ton)\s+objectif\s+(?:atteint|rempli)\b",
        // A run or a session done without pain or injury: « couru 5 km sans douleur », « sans
        // la moindre ampoule », « sans aucune courbature ».
        r"\bsans\s+(?:(?:la|le)\s+moindre\s+|aucune?\s+|une\s+seule\s+)?(?:douleurs?|ampoules?|courbatures?|crampes?|blessures?|tendinites?|points?\s+de\s+côté)\b",
        // A repeat order as good as the one before: "si ce nouveau sachet était aussi bon que le
        // premier", "aussi savoureuse que la précédente", "aussi bon que la dernière fois".
        r"\baussi\s+(?:bon|bonne|bons|bonnes|délicieu(?:x|se|ses)|savoureu(?:x|se|ses)|réussie?s?|appréciée?s?|croustillante?s?|frais|fraîches?)\s+(?:que|qu['’])\s*(?:le|la|les|l['’]|votre|vos|ton|ta|tes|notre|nos)\s*(?:premier|première|premiers|premières|précédent|précédente|précédents|précédentes|dernier|dernière|derniers|dernières)\b|\baussi\s+(?:bon|bonne|bons|bonnes)\s+(?:que|qu['’])\s*(?:la\s+(?:dernière|première)\s+fois|d['’]habitude|avant)",
        // The seller's fix to come, said as a time, is a condition on the review its sentence
        // names: "publiez votre avis une fois que nous aurons réglé le problème". (Not in a
        // sentence of its own: "Une fois que nous aurons réglé le problème, nous vous enverrons
        // le numéro de suivi." promises the parcel, and the ask after it stays neutral.)
        r"(?:\b(?:avis|évaluations?|commentaires?|étoiles?)\b|links\.\w*(?:review|feedback))[^.!?\n]{0,80}?(?P<m>\b(?:une\s+fois\s+que|dès\s+que|après\s+que|lorsque|quand)\s+nous\s+(?:aurons|avons)\s+(?:[\w'-]+\s+)?(?:réglé|résolu|corrigé|réparé|solutionné|arrangé)\s+(?:le|la|votre|ce|cette|l')\s*(?:[\w'-]+\s+)?(?:problème|souci|défaut|panne|incident)\b)",
        r"(?P<m>\b(?:une\s+fois\s+que|dès\s+que|après\s+que|lorsque|quand)\s+nous\s+(?:aurons|avons)\s+(?:[\w'-]+\s+)?(?:réglé|résolu|corrigé|réparé|solutionné|arrangé)\s+(?:le|la|votre|ce|cette|l')\s*(?:[\w'-]+\s+)?(?:problème|souci|défaut|panne|incident)\b)[^.!?\n]{0,80}?(?:\b(?:avis|évaluations?|commentaires?|étoiles?)\b|links\.\w*(?:review|feedback))",
        // Also with the ask in the next sentence of the same paragraph, pointing back at the fix
        // with "ensuite", "puis" or "après cela": "Une fois que nous aurons réglé le problème, nous
        // vous enverrons le numéro de suivi.\nEnsuite, merci de laisser un avis ici : …". (After a
        // blank line, a neutral ask is one of its own.)
        r"(?P<m>\b(?:une\s+fois\s+que|dès\s+que|après\s+que|lorsque|quand)\s+nous\s+(?:aurons|avons)\s+(?:[\w'-]+\s+)?(?:réglé|résolu|corrigé|réparé|solutionné|arrangé)\s+(?:le|la|votre|ce|cette|l')\s*(?:[\w'-]+\s+)?(?:problème|souci|défaut|panne|incident)\b)[^.!?\n]{0,100}(?:[.!]+[ \t]*\n?|[ \t]*\n)[ \t]*(?:ensuite|puis|après\s+(?:cela|ça|quoi)|par\s+la\s+suite|à\s+ce\s+moment(?:-|\s+)là|une\s+fois\s+(?:cela|ce\s+problème|le\s+problème)\s+réglé)\b[^.!?\n]{0,80}?(?:\b(?:avis|évaluations?|évaluer|commentaires?|étoiles?)\b|links\.\w*(?:review|feedback))",
        // A smile the item brought, or everything working: "ceux qui ont vu un sourire", "le
        // cadeau a fait sourire", "chez qui tout marche".
        r"\b(?:vu|voir|verrez|voyez|apporté|apporter|donné|fait\s+naître)\s+(?:un|le|des|de\s+(?:beaux|grands))\s+(?:(?:grand|beau|joli|large)s?\s+)?sourires?\b|\b(?:a|ont|ait|aient|aura|auront)\s+(?:bien\s+)?fait\s+sourire\b|\bsourire\s+aux\s+lèvres\b|\btout\s+(?:marche|fonctionne|roule|tourne)\b",
        // It worked at the first try: "réussi du premier coup", "une pâte lisse dès le premier
        // essai".
        r"\b(?:du\s+premier\s+coup|dès\s+(?:le\s+)?(?:premier\s+(?:coup|essai|passage)|première\s+(?:tentative|fois)))\b",
        // The items please the buyer, plural or past: "tant que les savons vous plaisent", "s'ils vous
        // ont plu" ("s'il vous plaît" is a courtesy).
        r"\bvous\s+(?:plaisent|plairont|ont\s+plu|avaient\s+plu)\b|\bte\s+(?:plaisent|plairont)\b|\bt'ont\s+plu\b",
        // The item pleasing the buyer, named or as "elle": "si elle vous plaît", "tant que la lampe
        // vous plaît", "si votre planche vous a plu" ("s'il vous plaît" is a courtesy: no "il").
        r"\b(?:elle|elles)\s+(?:vous|te|t')\s*(?:a\s+)?(?:pla[iî]t|plu)\b|\b(?:le|la|les|votre|vos|ce|cet|cette|ces|ton|ta|tes|notre|nos)\s+[\w-]+\s+(?:vous|te|t')\s*(?:a\s+)?(?:pla[iî]t|plu)\b|\bl'[\w-]+\s+(?:vous|te|t')\s*(?:a\s+)?(?:pla[iî]t|plu)\b",
        // A real pleasure or a treat: "un vrai plaisir", "un pur bonheur", "que du bonheur", "un régal".
        r"\b(?:vrai|pur|véritable|réel|grand)\s+(?:plaisir|bonheur|régal)\b|\bun\s+régal\b|\bque\s+du\s+(?:bonheur|plaisir)\b",
        // A happy story or success: "les belles histoires", "une jolie réussite".
        r"\b(?:belles?|bonnes?|jolies?|heureuses?|grandes?)\s+(?:histoires?|réussites?|surprises?)\b|\bhistoires?\s+(?:heureuses?|réussies?)\b",
        // A piece worn all the time, said as not wanting to take it off any more: "vous ne
        // voudrez plus les enlever", "ne plus avoir envie de la quitter", "vous ne la quitterez
        // plus". (Only with a wish or in the future of habit: "si la bague ne peut plus être
        // enlevée" is a problem.)
        r"\bne\s+(?:voul\w*|voudr\w*|veu\w*)\s+plus\s+(?:jamais\s+)?(?:l['’]\s*|la\s+|le\s+|les\s+)(?:enlever|quitter|retirer|ôter|lâcher)\b|\bne\s+plus\s+(?:jamais\s+)?(?:vouloir|avoir\s+envie\s+de)\s+(?:l['’]\s*|la\s+|le\s+|les\s+)(?:enlever|quitter|retirer|ôter|lâcher)\b|\bne\s+(?:l['’]\s*|la\s+|le\s+|les\s+)(?:quitter\w*|quittiez|quittez|enlèver\w*|enlever\w*|enlèvent|enlevez|ôter\w*|ôtez)\s+plus\b|\bne\s+(?:quitt(?:ez|iez|erez|eriez|e|es)|enlev(?:ez|iez)|ôt(?:ez|iez))\s+plus\s+(?:jamais\s+)?(?:vos|votre|ton|ta|tes|sa|son|ses|cette|ce|ces)\s+",
        // Feeling beautiful in it, or complimented on it: "vous vous êtes sentie belle comme
        // jamais", "vous sentir sublime", "vous avez reçu des compliments", "on vous a fait des
        // compliments". (Said as a promise with no condition or question on it, "vous recevrez
        // des compliments" asks nothing.)
        r"\b(?:sentie?s?|sentir|sentez|sentiez|sentirez|sentiriez|sentais|sentait|sentaient)\s+(?:(?:si|tellement|vraiment|plus|très|encore\s+plus|enfin|aussi)\s+)?(?:belles?|magnifiques?|superbes?|sublimes?|splendides?|élégantes?|rayonnantes?|resplendissantes?|séduisantes?|jolies?|irrésistibles?|divines?|(?:comme\s+)?une\s+(?:reine|princesse|star|autre\s+femme))\b",
        r"\b(?:reçu|reçus|recevez|recevrez|recevoir|reçoit|reçoivent|récolté|récoltez|récolter|eu|attiré|valu)\s+(?:[\w'’-]+\s+){0,3}?compliments\b|\b(?:fait|faits|faisait|font|fera|feront)\s+(?:des|de\s+nombreux|beaucoup\s+de|plein\s+de|quelques)\s+compliments\b",
        // No longer able to do without it: "vous ne pouvez plus vous en passer", "il ne quitte
        // plus ma poche".
        r"\b(?:n'|ne\s+)(?:[\w']+\s+){0,2}?plus\s+(?:[\w']+\s+){0,2}?(?:vous|nous|s'|m'|t'|se|me|te)\s*en\s+passer\b|\bne\s+(?:me|nous|vous|te|les|la|le)?\s*quitte(?:nt)?\s+plus\b",
        // Conformity found on receipt, or full satisfaction confirmed: "sous réserve de la
        // conformité constatée", "leur entière satisfaction".
        r"\bconformité\s+(?:constatée|vérifiée|confirmée|établie|attestée)\b|\b(?:jugée?s?|constatée?s?|reconnue?s?|déclarée?s?)\s+conformes?\b|\b(?:entière|pleine|totale|parfaite|complète)\s+satisfaction\b",
        r"\bsatisfaite?s?\b",
        r"\b(?:avons|avez|a|ont)\s+(?:été\s+)?(?:[\w'-]+\s+){0,2}?bien\s+(?:géré|gérée|traité|traitée|réglé|réglée|résolu|résolue|pris\s+en\s+charge)\b",
        // Also the buyer addressed by the feeling: "vous qui êtes ravis de la lampe".
        r"\bvous\s+(?:qui\s+)?(?:êtes|étiez|serez|soyez|en\s+êtes|vous\s+sentez)\s+(?:[\w'-]+\s+){0,2}?(?:content(?:e|s|es)?|ravie?s?|heureu(?:x|se|ses)|enchantée?s?|comblée?s?|convaincue?s?|conquise?s?)\b",
        r"\b(?:content(?:e|s|es)?|ravie?s?|heureu(?:x|se|ses)|enchantée?s?)\s+(?:de\s+votre|du\s+produit|de\s+l'article)\b|\b(?:contente?s?|ravie?s?)\s*\?",
        r"\b(?:produit|article|achat|commande|tout|cela|ça)\s+vous\s+(?:a\s+)?(?:pla[iî]t|plu|satisfait)\b|\b(?:produit|article|achat|commande|tout)\s+vous\s+(?:a\s+|avait\s+)?(?:convient|convenait|convenu)\b|\btout\s+(?:lui|te|t')\s*(?:a\s+|avait\s+)?(?:convient|convenait|convenu)\b|\bvous\s+a\s+plu\b",
        r"\bvous\s+(?:l'|les\s+)?(?:aimez|adorez|appréciez|avez\s+(?:aimé|apprécié|adoré))\b|\bje\s+(?:l'|les\s+)?(?:adore|aime|kiffe)\b|\bj'(?:adore|aime|ai\s+adoré|ai\s+aimé)\b",
        r"\b(?:donne|donné|donner|apporte)\s+(?:entière\s+|toute\s+)?satisfaction\b|\bà\s+votre\s+(?:entière\s+|pleine\s+)?satisfaction\b",
        r"\b(?:tout|tout\s+s'est|tout\s+est|tout\s+va)\s+(?:[\w'-]+\s+){0,2}?(?:parfait|bien|en\s+ordre|ok|impeccable|conforme|comme\s+prévu|correctement|bon\s+état)\b",
        r"\b(?:arrivée?s?|reçue?s?|livrée?s?)\s+(?:[\w'-]+\s+){0,2}?(?:en\s+(?:bon|parfait)\s+état|intacte?s?|sans\s+(?:souci|problème|encombre))\b|\ben\s+(?:bon|parfait)\s+état\b",
        // Living up to what the buyer expected, in any tense or mood: "a répondu à vos attentes",
        // "s'il correspondait à vos attentes", "qui dépasserait vos attentes".
        r"\b(?:répond|répondu|correspond|dépasse|dépassé|a\s+dépassé|a\s+répondu\s+à|est\s+à\s+la\s+hauteur\s+de|(?:répond|correspond|dépass)(?:rait|raient|ra|ront|e|ent|ait|aient))\s+(?:[\w'-]+\s+){0,2}?(?:vos\s+)?attentes\b|\bà\s+la\s+hauteur\b|\bcomme\s+(?:ils|elles|vous|tu|on|il|elle)\s+(?:l'|les\s+)?(?:espér|imagin|souhait|attend|rêv)(?:aient|ait|iez|ais)\b",
        // Giving the buyer what they were after: "qu'il vous apporte le confort que vous attendiez",
        // "qu'elle te donne le son que tu voulais".
        r"\b(?:offr|donn|apport|procur|rend)\w*\s+(?:[\w'-]+\s+){0,2}?(?:le|la|les|l')\s*[\w-]+\s+(?:que|qu')\s*(?:vous|tu)\s+(?:cherchiez|attendiez|espériez|souhaitiez|vouliez|imaginiez|cherchais|attendais|espérais|voulais)\b",
        r"\b(?:bonne|excellente|belle|agréable)\s+expérience\b",
        r"\b(?:parfait|impeccable|tout\s+(?:est\s+)?bon)\s*\?",
        r"\b(?:t'en\s+es|tu\s+en\s+es|tu\s+es|t'es)\s+(?:[\w'-]+\s+){0,2}?(?:contente?s?|ravie?s?|heureu(?:x|se)|satisfaite?|convaincue?)\b|\bt'a\s+plu\b|\bte\s+pla[iî]t\b|\btu\s+(?:l'|les\s+)?(?:aimes|adores|as\s+aimé|as\s+adoré)\b|\bexpérience\s+(?:[\w'-]+\s+){0,2}?(?:bonne|positive|excellente|réussie|agréable)\b",
        r"\ben\s+cas\s+de\s+(?:pleine\s+|totale\s+)?satisfaction\b",
        r"\b(?:4|quatre|9|neuf)\s+ou\s+(?:5|cinq|10|dix)\b|\b(?:10|dix)\s+sur\s+(?:10|dix)\b",
        // Checks and readings all good: "vos tests sont au vert", "tous les voyants au vert", "si
        // les résultats restent bons".
        r"\b(?:(?:sont|soient|soit|est|seront|sera|restent|resteront|reste|restera|passent|passeront|passe|passera|repassent|repasse|(?:sont|est|soient|soit)\s+(?:re)?passée?s?)\s+(?:(?:bien|tous|toutes|enfin|de\s+nouveau|à\s+nouveau)\s+)*|(?:tout|voyants?|feux|indicateurs?)\s+)au\s+vert\b|\b(?:tests?|résultats?|mesures?|relevés?|analyses?|paramètres|valeurs|voyants?|indicateurs?)\s+(?:[\w'’-]+\s+){0,2}?(?:sont|soient|seront|soit|est|restent|resteront|reviennent|redeviennent)\s+(?:(?:bien|tous|toutes|enfin|de\s+nouveau|à\s+nouveau)\s+)*(?:bons|bonnes|parfaits|parfaites|normaux|normales|stables|conformes|corrects|correctes)\b",
        // A run with nothing going wrong, the trouble named by its noun: "sans perte de signal",
        // "sans la moindre coupure", "sans un seul bug", "sans incident".
        r"\bsans\s+(?:(?:la|le)\s+moindre\s+|(?:un|une)\s+seule?\s+|aucune?\s+)?(?:pertes?\s+d[e'’]\s*[\w-]+|coupures?|incidents?|pannes?|bugs?|bogues?|plantages?|ratés?|pépins?|anicroches?|encombre|décrochages?|déconnexions?|dérives?)\b(?:\s+ni\s+(?:(?:la|le)\s+moindre\s+)?[\w'’-]+(?:\s+d[e'’]\s*[\w-]+)?)?",
        r"\b(?:problème|souci)s?\s+(?:[\w'-]+\s+){0,5}?(?:résolue?s?|réglée?s?)\b|\b(?:pannes?|fuites?|défauts?|pépins?)\s+(?:[\w'’-]+\s+){0,2}?(?:résolue?s?|réglée?s?|réparée?s?|corrigée?s?)\b|\brentrée?s?\s+dans\s+l['’]ordre\b|\bfonctionne\s+(?:[\w'-]+\s+)?(?:bien|parfaitement|à\s+merveille|impeccablement|comme\s+(?:prévu|il\s+faut))\b",
        r"\b(?:nous\s+le|le|la|les)\s+mérit(?:ons|ez|e|ent)\b|\bmérit(?:e|ent|ons)\s+(?:[\w'-]+\s+){0,2}?(?:étoiles|avis)\b",
        r"\b(?:n'y\s+a\s+(?:eu\s+)?)?(?:aucun|sans)\s+(?:souci|problème)s?\b|\b(?:n'y\s+a\s+(?:eu\s+)?)?pas\s+(?:eu\s+)?de\s+(?:souci|problème)s?\b|\brien\s+ne\s+(?:grince|bouge|cloche|coince|craque|frotte|fuit|accroche|cède|lâche|vibre|siffle|gratte)\b",
        r"\b(?:les\s+)?(?:compliments|éloges|applaudissements|fleurs)\b[^.!?\n]{0,20}?\b(?:sur|pour)\s+Amazon\b",
        r"\b(?:vous|t')\s*(?:a|ont)\s+(?:[\w'-]+\s+)?(?:convaincue?s?|conquise?s?|séduite?s?)\b|\bl'appréci(?:e|ez|ent)\b",
        // Enchanting, charming or winning over the buyer, the buyer as the object, in any tense:
        // « dès lors que l'une de nos récoltes aura su vous enchanter », « si ce thé vous
        // enchante », « s'il vous a charmée », « qu'il vous séduira » (the seller's own « nous
        // serions ravis » names no buyer).
        r"\b(?:vous|te|t')\s*(?:(?:a|ont|aura|auront|avait|avaient|aurait|auraient)\s+(?:(?:déjà|vraiment|bien|pleinement|tout\s+de\s+suite)\s+)?)?(?:(?:enchant|charm|émerveill|combl|envoût)(?:e|ent|era|eront|erait|eraient|ée?s?|er)|sédui(?:sent|se|t|te|ts|tes|ra|ront|rait|raient|re)|conqui(?:ert|èrent|se|ses|s|érir)|conquerr(?:a|ont|ait|aient)|ravi(?:t|ssent|ra|ront|rait|raient|es|e|s|r)?)\b",
        // A better state found again or reached, said in a relative clause on the people: « à
        // ceux qui ont retrouvé un sommeil plus paisible », « celles qui ont constaté une peau
        // moins sèche » (a « moins » inside is part of the gain and turns nothing around).
        r"\b(?:qui|dont)\s+(?:[\w'’,-]+\s+){0,4}?(?:ont|a|avez|as|aurez|auront|aura|aient|ait)\s+(?:déjà\s+|enfin\s+|bien\s+|vite\s+|vraiment\s+)?(?:retrouvé|obtenu|constaté|remarqué|senti|ressenti|découvert)\s+(?:[\w'’-]+\s+){0,3}?(?:plus|moins|meilleure?s?|mieux)\s+[\w'’-]+",
        // Sleep or the body felt better, said in a relative clause on the people: « à vous qui
        // dormez mieux », « ceux qui dorment enfin d'une traite », « celles qui se réveillent
        // reposées », « ceux qui ont retrouvé des nuits sereines ». (Care advice, « quand vous
        // dormirez mieux, baissez le volume », names no group.)
        r"\b(?:qui|dont)\s+(?:[\w'’-]+\s+){0,4}?(?:(?:dorm(?:ent|ez|ons)|dort|dors)\s+(?:(?:déjà|enfin|bien|beaucoup|nettement|désormais|maintenant|vraiment)\s+)?(?:mieux|d['’]une\s+(?:seule\s+)?traite|comme\s+(?:un\s+bébé|des\s+bébés|un\s+loir|des\s+loirs)|sur\s+(?:vos|leurs|ses|tes)\s+deux\s+oreilles|toute\s+la\s+nuit|paisiblement|sereinement|sans\s+(?:vous|se|te)\s+réveiller)|(?:vous|se|te)\s+réveill(?:ez|ent|e|es)\s+(?:(?:déjà|enfin|désormais|maintenant|bien)\s+)?(?:reposée?s?|en\s+(?:pleine\s+)?forme|frais|fraîches?|détendue?s?|sans\s+(?:douleurs?|raideurs?|fatigue)))\b",
        r"\b(?:qui|dont)\s+(?:[\w'’-]+\s+){0,4}?(?:ont|a|avez|as)\s+(?:déjà\s+|enfin\s+|bien\s+|vite\s+)?(?:retrouvé|obtenu|gagné)\s+(?:(?:un|une|des|le|la|les|leur|leurs|son|sa|ses|vos|votre|tes|ton)\s+)?(?:sommeil|nuits?|dos|nuque|jambes|genoux?|peau|cheveux|souplesse|calme|sérénité|mobilité)\s+(?:(?:plus|bien|vraiment|enfin)\s+)?(?:serein|paisible|réparat|calme|tranquille|profond|souple|léger|légère|reposant|doux|douce|lisse|apaisé|sans\s+douleur)\w*",
        // A lighter complaint felt in the body, beside a better state: « vous sentez le dos plus
        // souple et la nuque moins raide », « si vous trouvez vos cheveux moins secs » (the
        // lessened complaint is part of the gain, no problem). It runs to the clause's end with
        // no « et » outside a « plus » or « moins », so without its « moins » the gain no longer
        // reads.
        r"\b(?:sent\w*|ressent\w*|trouv\w*|retrouv\w*|constat\w*|remarqu\w*|not(?:ez|erez|ent|é|er)|voy\w*|verr\w*)\s+(?:(?:déjà|enfin|bien|vite|nettement)\s+)?(?:le|la|les|l['’]|votre|vos|ton|ta|tes|leur|leurs|son|sa|ses)\s*[\w'’-]+\s+(?:[\w'’-]+\s+)?(?:(?:déjà|bien|nettement|beaucoup|un\s+peu)\s+)?(?:(?:plus|bien\s+plus)\s+(?:souples?|légère?s?|léger|reposée?s?|détendue?s?|mobiles?|stables?|doux|douces?|lisses?|hydratée?s?|lumineu(?:x|ses?)|toniques?|forte?s?|sereine?s?|profonde?s?|apaisée?s?|dénouée?s?|relâchée?s?)|moins\s+(?:douloureu(?:x|ses?)|raides?|tendue?s?|crispée?s?|contractée?s?|nouée?s?|fatiguée?s?|gonflée?s?|lourde?s?|sèches?|secs?|irritée?s?|rouges?|ternes?|abîmée?s?|cassante?s?|courbaturée?s?))(?:(?:\s*,\s*|\s+et\s+)(?:(?:le|la|les|l['’]|votre|vos|ton|ta|tes|leur|leurs|son|sa|ses)\s*)?(?:[\w'’-]+\s+)?(?:(?:déjà|bien|nettement|beaucoup|un\s+peu)\s+)?(?:(?:plus|bien\s+plus)\s+(?:souples?|légère?s?|léger|reposée?s?|détendue?s?|mobiles?|stables?|doux|douces?|lisses?|hydratée?s?|lumineu(?:x|ses?)|toniques?|forte?s?|sereine?s?|profonde?s?|apaisée?s?|dénouée?s?|relâchée?s?)|moins\s+(?:douloureu(?:x|ses?)|raides?|tendue?s?|crispée?s?|contractée?s?|nouée?s?|fatiguée?s?|gonflée?s?|lourde?s?|sèches?|secs?|irritée?s?|rouges?|ternes?|abîmée?s?|cassante?s?|courbaturée?s?)))*(?:\s+(?:[\w'’-]{3,}|à|au|en|le|la|de|du|un|[ld]['’][\w-]+)){0,6}?\s*[,.;:!?]",
        // What the buyer hoped for, found: « ceux qui ont trouvé ce qu'ils cherchaient », « si
        // vous y avez retrouvé ce que vous espériez ».
        r"\b(?:re)?trouvée?s?\s+(?:exactement\s+|bien\s+|vraiment\s+)?(?:ce\s+que|ce\s+qu'|ce\s+dont)\s*(?:[\w'’-]+\s+)?(?:cherch|espér|attend|souhait|rêv|voul|av(?:ait|aient|iez)\s+besoin)\w*",
        // The very effect or result the buyer was after: « c'était exactement l'effet recherché »,
        // « pile le rendu voulu », « c'est le résultat escompté » (« pour obtenir l'effet
        // recherché, deux couches » is a tip: no adverb, no « c'est »).
        r"\b(?:exactement|pile|tout\s+à\s+fait|précisément|vraiment|bien\s+là)\s+(?:l['’]effet|le\s+(?:résultat|rendu|look)|l['’]ambiance)\s+(?:recherché|voulu|escompté|attendu|souhaité|espéré|rêvé)e?\b|\bc['’](?:est|était)\s+(?:bien\s+)?(?:l['’]effet|le\s+(?:résultat|rendu))\s+(?:recherché|voulu|escompté|attendu|souhaité|espéré|rêvé)e?\b",
        // To the buyer's taste: « si le thé est à votre goût », « une fois certain que la
        // théière est tout à fait à votre goût » (« sucrez à votre goût » is to taste: no verb
        // of being).
        r"\b(?:est|soit|soient|sont|sera|seront|serait|seraient|était|étaient|fût|été|semble|semblent|paraît|reste)\s+(?:(?:bien|tout\s+à\s+fait|pleinement|parfaitement|vraiment|entièrement|toujours)\s+)?(?:à|de)\s+(?:votre|ton|vos|leur)\s+(?:entier\s+)?(?:goût|convenance)\b",
        // Won over, asked on its own: "Conquis par votre crêpière ?", "Séduite par nos bougies ?",
        // "Ravi(e) de votre lampe ?", "Vous avez craqué pour notre thé ?".
        r"\b(?:conquise?s?|séduite?s?|convaincue?s?|emballée?s?|comblée?s?|enchantée?s?|ravie?s?|contente?s?|fans?|accro)(?:\((?:e|s|es)\))?\s+(?:par|de|du|des|d'|avec|à)\s*[^.!?\n]{0,50}\?|\b(?:avez|as|a)\s+craqué\s+pour\b",
        // Made it one's own: "une fois que vous l'aurez adopté", "tu l'as apprivoisé".
        r"\b(?:vous|tu)\s+(?:l'|les\s+)?(?:avez|aurez|as|auras)\s+(?:[\w'-]+\s+)?(?:adoptée?s?|apprivoisée?s?|pris\s+en\s+main)\b|\b(?:adopté|apprivoisé)e?s?\s*\?",
        // The happiest or fully happy customers: "nos clients les plus satisfaits", "les clients
        // pleinement comblés".
        r"\b(?:(?:les\s+)?plus|pleinement|entièrement|totalement|parfaitement|vraiment|très)\s+(?:satisfaite?s?|comblée?s?|ravie?s?|contente?s?|conquise?s?|enchantée?s?|heureu(?:x|se|ses)|convaincue?s?)\b",
        // No complaint on file: "sans réclamation aucune", "aucune plainte".
        r"\bsans\s+(?:aucune?\s+)?(?:réclamation|plainte|incident|accroc|litige)s?(?:\s+aucune?)?\b|\baucune?\s+(?:réclamation|plainte|incident|litige)s?\b",
        // A high score named as the threshold: "4 étoiles ou plus", "une note de 4 et plus".
        r"\b(?:4|quatre)\s*(?:étoiles?|/\s*5|sur\s+(?:5|cinq))\s+(?:ou|et)\s+(?:plus|davantage)\b|\b(?:à\s+partir\s+de|au\s+moins)\s+(?:4|quatre)\s*(?:étoiles?|/\s*5|sur\s+(?:5|cinq))|\b(?:note|réponse|répondu|chiffre)\s+(?:de\s+)?(?:4|quatre|8|huit|9|neuf)\s+(?:ou|et)\s+(?:plus|davantage)\b",
        // Others named happy: "les clients qui sont comblés", "qu'ils sont ravis", "elles semblent
        // conquises".
        r"\b(?:sont|soient|seraient|semblent|paraissent|étaient|restent)\s+(?:[\w'-]+\s+){0,2}?(?:comblée?s|ravie?s|enchantée?s|conquise?s|heureu(?:x|ses)|contente?s|satisfaite?s|convaincue?s|emballée?s)\b",
        // Made it their own, or it found its place: "ceux qui ont adopté leur mandoline", "s'il a trouvé
        // sa place dans votre cuisine", "s'il fait désormais partie de votre quotidien".
        r"\b(?:ont|a|avez|as|aurez|auront|avons|aura|ait|aient|aurait)\s+(?:déjà\s+|bien\s+|vite\s+|enfin\s+|vraiment\s+)?(?:adopté|apprivoisé|craqué\s+pour)\b|\b(?:a|ait|aura)\s+(?:déjà\s+|bien\s+)?(?:trouvé|gagné|conquis|mérité|pris)\s+sa\s+place\b|\bfai(?:t|sait)\s+(?:désormais\s+|maintenant\s+|déjà\s+)?partie\s+de\s+(?:votre|ton|vos|tes)\s+(?:quotidien|vie|habitudes|rituels?|cuisine|routine)\b",
        // Made the product its own, in a time clause or not: "quand votre chat se sera approprié
        // son panier", "une fois qu'il l'aura fait sien", "dès qu'il aura pris ses habitudes dans
        // son nouveau lit".
        r"\bse\s+(?:l'|les\s+)?(?:sera|seront|est|sont|soit|soient)\s+(?:déjà\s+|bien\s+|vite\s+|enfin\s+|vraiment\s+)?appropriée?s?\s+(?:l'|le|la|les|son|sa|ses|leur|leurs|votre|vos|ton|ta|tes|ce|cette|ces|notre|nos)\b|\b(?:l'|les\s+)?(?:a|ait|aura|auront|ont|aient|avez|aurez|as|auras)\s+(?:déjà\s+|bien\s+|vite\s+|enfin\s+|vraiment\s+)?(?:fait\s+(?:sien(?:ne)?s?|leurs?|vôtres?)|pris\s+(?:ses|leurs|vos|tes)\s+habitudes\s+(?:dans|sur|avec)\s+(?:l'|le|la|les|son|sa|ses|leur|leurs|votre|vos|ton|ta|tes|ce|cette|ces|notre|nos))\b",
        // Keeping its promises, said of it by the buyers ("qui trouvent que nos lames tiennent
        // toujours leurs promesses", "dont le vélo a tenu parole"; "vous savez si elle tient ses
        // promesses" asks nothing), or as good as the last time: "retrouvé la même douceur que
        // d'habitude".
        r"\b(?:qui|que|qu'|dont)\s*(?:[\w'-]+\s+){0,4}?(?:tien(?:t|nent|dra|dront|drait|draient|ne|nent)|tenu|tenir)\s+(?:toujours\s+|bien\s+|vraiment\s+|encore\s+|(?:toutes\s+)?)?(?:ses|leurs|sa|leur|toutes\s+(?:ses|leurs))\s+promesses?\b|\b(?:qui|que|qu'|dont)\s*(?:[\w'-]+\s+){0,4}?(?:tien(?:t|nent)|a\s+tenu|ont\s+tenu)\s+parole\b",
        r"\b(?:retrouv\w*|gard\w*|conserv\w*)\s+(?:[\w'-]+\s+){0,4}?(?:la\s+même|le\s+même|les\s+mêmes)\s+(?:douceur|qualité|goût|saveur|tenue|confort|efficacité|parfum|texture|plaisir|fraîcheur|résultats?|performances?|finition|coupe|tranchant|glisse|moelleux|arôme|odeur)\s+(?:que|qu')\s*(?:d'habitude|d'ordinaire|avant|la\s+dernière\s+fois|les\s+(?:dernières\s+|autres\s+)?fois|(?:le|la|les|vos|votre|nos)\s+(?:précédente?s?|dernière?s?|ancien(?:ne)?s?)|(?:le|la|les)\s+\w+\s+(?:précédente?s?|d'avant))\b",
        // Liking it, said in a relative clause on the people: "qui ont adoré leur lampe", "qui ont
        // été ravis de leurs bougies", "à qui le savon a plu", "qui l'aiment", "qui aiment
        // leur théière", "qui sont tombés amoureux de leur sac", "qui se sont régalés".
        r"\b(?:qui|que|qu'|dont)\s*(?:[\w'-]+\s+){0,3}?(?:ont|a|avaient|avait|auront|aura)\s+(?:(?:tout\s+de\s+suite|vraiment|beaucoup|tant|tellement|bien|déjà|aussitôt|particulièrement|autant)\s+)?(?:été\s+(?:(?:vraiment|très|tellement|si|tout\s+de\s+suite|particulièrement)\s+)?(?:ravie?s?|comblée?s?|enchantée?s?|conquise?s?|heureu(?:x|se|ses)|contente?s?|satisfaite?s?|séduite?s?|emballée?s?|convaincue?s?)|aimée?s?|adorée?s?|appréciée?s?|séduite?s?|conquise?s?|plu)\b",
        r"\bqui\s+(?:l'|les\s+)(?:aiment|adorent|apprécient)\b|\bqui\s+(?:aiment|adorent|apprécient)\s+(?:(?:toujours|encore|vraiment|autant|tant|beaucoup)\s+)*(?:leurs?|son|sa|ses|votre|vos|notre|nos)\b|\btombée?s?\s+(?:[\w'-]+\s+)?amoureu(?:x|se|ses)\b|\bcoups?\s+de\s+c(?:œ|oe)ur\s+pour\b|\b(?:se\s+sont|s'est|vous\s+êtes|se\s+seront)\s+(?:bien\s+|vraiment\s+)?régalée?s?\b",
        // Buyers called by their happiness: "vous, parents ravis", "les clientes comblées",
        // "aux cyclistes conquis".
        r"\b(?:parents|clients?|clientes?|acheteu(?:r|rs|se|ses)|familles|lecteurs?|lectrices?|utilisat(?:eurs?|rices?)|habitué(?:e|s|es)?|fidèles|mamans?|papas?|amis?|amies?|propriétaires?|jardinie(?:rs?|res?)|cyclistes?|cuisinie(?:rs?|res?)|grands-parents)\s+(?:ravie?s?|comblée?s?|enchantée?s?|conquise?s?|heureu(?:x|se|ses)|contente?s?|emballée?s?|satisfaite?s?)\b",
        // Pride or success said of the people the review is asked of, in a relative clause with
        // the review later in its sentence: « les élèves à qui nos leçons ont permis de gagner leur
        // première partie sont invités à le raconter dans un avis », « ceux qui ont réussi leur
        // premier pain : votre avis … ». (Without a review in the sentence, « pour ceux qui ont
        // décroché le niveau 2, un exercice bonus » is a tip for the advanced; « ce qui a
        // réussi » names no one.)
        r"(?P<m>\b(?:[\w'’-]{3,}|à|chez|pour)\s+(?:qui|dont)\s+(?:[\w'’-]+\s+){0,4}?(?:ont|a|avez|as|sont|est|êtes|es|se\s+sont|s['’]est|vous\s+êtes|vous\s+sentez)\s+(?:déjà\s+|enfin\s+|bien\s+|vraiment\s+|fièrement\s+|tout\s+)?(?:fier|fière|fiers|fières|réussi|décroché|gagné|maîtrisé|remporté|relevé|(?:permis|aidé)\s+(?:de\s+|d['’]|à\s+)(?:gagner|réussir|décrocher|remporter|maîtriser|finir|terminer|jouer)))\b[^.!?\n]{0,140}?\b(?:avis|évaluations?|commentaires?)\b",
        // Progress, improvement or enjoyment said of the people the review is asked of, in a
        // relative clause with the review, or telling others (before the review link), later in
        // its sentence: « aux élèves qui font de vrais progrès : un avis … », « pour ceux dont les
        // accords se sont améliorés, dites-le aux autres … », « à ceux dont le sommeil s'est amélioré :
        // partagez votre expérience … »; or with the review before the group.
        // (Without one, « vous sentirez les progrès au bout de deux semaines » is a tip.)
        concat!(
            "(?P<m>",
            fr_progress_group!(),
            r")[^.!?\n]{0,140}?(?:\b(?:avis|évaluations?|commentaires?|témoignages?)\b|links\.\w*(?:review|feedback)|\b(?:partag|racont|décri|témoign)\w*\s+(?:de\s+)?(?:votre|ton|leur|vos|leurs|tes)\s+(?:expérience|ressenti|impressions?)s?\b|\b(?:dites|racontez|partagez)-(?:le|la|les)\b|\bfaites-le\s+savoir\b|\b(?:dites|racontez|parlez|partagez)\s+(?:[\w'’-]+\s+){0,2}?(?:aux\s+autres|à\s+d['’]autres|autour\s+de\s+vous)\b|\ble\s+(?:dire|raconter|faire\s+savoir)\s+(?:aux\s+autres|à\s+d['’]autres|autour\s+de\s+vous)\b)"
        ),
        concat!(
            r"(?:\b(?:avis|évaluations?|commentaires?)\b|links\.\w*(?:review|feedback))[^.!?\n]{0,80}?(?P<m>",
            fr_progress_group!(),
            ")"
        ),
        // The item's good outcome said of the people the review is asked of, in a relative
        // clause with the review later in its sentence: « à tous ceux qui roulent déjà avec le
        // sourire : un petit avis … », « les motards dont le contrôle n'a rien révélé d'anormal
        // peuvent partager leur expérience sur … », « ceux chez qui la batterie a démarré du
        // premier coup ». (Without a review in the sentence, « pour ceux dont la chaîne tourne
        // sans bruit : graissez-la tous les 300 km » is a tip; « les motards qui roulent l'hiver »
        // names no outcome.)
        // The outcome is any of the common ways a part is said to work well, a working verb with
        // a manner word: « dont la chaîne passe net », « dont la tondeuse coupe proprement », « chez
        // qui le piston glisse en douceur », « dont le vélo roule comme neuf ».
        r"\b(?:qui|dont|lesquel(?:le)?s|auxquel(?:le)?s)\s+(?:[\w'’-]+\s+){0,8}?(?P<m>(?:du\s+premier\s+coup|(?:dès|à)\s+la\s+première\s+(?:tentative|fois|pression|utilisation|sortie|pose)|au\s+(?:quart\s+de\s+tour|premier\s+essai)|sans\s+(?:(?:aucun|le\s+moindre|la\s+moindre)\s+)?(?:souci|problème|accroc|difficulté|encombre|broncher|anicroche|pépin|bruit\s+suspect)|(?:fonctionn|march|tourn|roul|pass|adapt|conv|tien|tenu|démarr|mont|install|connect|branch|serr|cliqu|déclench|frein|emboît|ajust|align|s['’]adapt|s['’]emboît|s['’]ajust|coup|mord|ferm|charg|pomp|gliss|chang|enclench|s['’]enclench|accroch|chauff|refroid|mix|pétri|aspir|essui|tranch|scell|répond|tir|pouss|verrouill|se\s+ferm|se\s+verrouill|cuis|sèch|sech|nettoi|nettoy|lav)[\w'’-]*\s+(?:[\w'’-]+\s+){0,3}?(?:parfaitement|à\s+merveille|impeccablement|nickel|pile[\s-]poil|comme\s+(?:sur\s+des\s+roulettes|un\s+charme|un\s+gant|prévu|il\s+faut|neu(?:f|ve)s?|au\s+premier\s+jour|(?:dans\s+)?du\s+beurre|une\s+horloge|de\s+la\s+soie)|nets?|nette|proprement|en\s+douceur|avec\s+(?:précision|douceur|fluidité)|précisément|sans\s+(?:à-coups?|effort|forcer|jeu|fuite|bavure|raté)|à\s+la\s+perfection|au\s+poil|hermétiquement|fermement|solidement|silencieusement|fluide(?:ment)?|à\s+la\s+perfection|du\s+tonnerre)|(?:re)?démarr(?:é|er)\s+(?:la|le|sa|son|leur|votre)\s+[\w'’-]+|(?:fait|permis\s+de)\s+(?:re)?démarrer|rien\s+(?:[\w'’-]+\s+){0,2}?d['’](?:anormal|inquiétant|inhabituel|suspect|alarmant|étrange)|rien\s+à\s+signaler|aucun(?:e)?\s+(?:anomalie|défaut|jeu|point\s+dur|code\s+(?:d['’])?(?:erreur|défaut)|bruit\s+suspect)|avec\s+(?:le|un)\s+(?:grand\s+|large\s+|beau\s+)?sourire|le\s+sourire\s+aux\s+lèvres|(?:rouler|roulent|roule|roulez|roulons|pédal\w+|conduis\w*|conduit)\s+(?:[\w'’-]+\s+){0,2}?(?:sereinement|l['’]esprit\s+tranquille|en\s+toute\s+(?:sérénité|confiance|tranquillité)|heureu(?:x|se|ses)))\b)[^.!?\n]{0,140}?(?:\b(?:avis|évaluations?|commentaires?|évaluer)\b|\b(?:partag|racont|décri|témoign)\w*\s+(?:de\s+)?(?:votre|ton|leur|son|sa|vos|leurs|tes)\s+(?:expérience|ressenti|impressions?|retour)s?\b|links\.\w*(?:review|feedback))",
        // Also with the review before the group: « les avis des cyclistes chez qui le dérailleur
        // a passé les vitesses sans accroc ».
        r"(?:\b(?:avis|évaluations?|commentaires?)\b|links\.\w*(?:review|feedback))[^.!?\n]{0,80}?\b(?:qui|dont|lesquel(?:le)?s|auxquel(?:le)?s)\s+(?:[\w'’-]+\s+){0,8}?(?P<m>(?:du\s+premier\s+coup|(?:dès|à)\s+la\s+première\s+(?:tentative|fois|pression|utilisation|sortie|pose)|au\s+(?:quart\s+de\s+tour|premier\s+essai)|sans\s+(?:(?:aucun|le\s+moindre|la\s+moindre)\s+)?(?:souci|problème|accroc|difficulté|encombre|broncher|anicroche|pépin|bruit\s+suspect)|(?:fonctionn|march|tourn|roul|pass|adapt|conv|tien|tenu|démarr|mont|install|connect|branch|serr|cliqu|déclench|frein|emboît|ajust|align|s['’]adapt|s['’]emboît|s['’]ajust|coup|mord|ferm|charg|pomp|gliss|chang|enclench|s['’]enclench|accroch|chauff|refroid|mix|pétri|aspir|essui|tranch|scell|répond|tir|pouss|verrouill|se\s+ferm|se\s+verrouill|cuis|sèch|sech|nettoi|nettoy|lav)[\w'’-]*\s+(?:[\w'’-]+\s+){0,3}?(?:parfaitement|à\s+merveille|impeccablement|nickel|pile[\s-]poil|comme\s+(?:sur\s+des\s+roulettes|un\s+charme|un\s+gant|prévu|il\s+faut|neu(?:f|ve)s?|au\s+premier\s+jour|(?:dans\s+)?du\s+beurre|une\s+horloge|de\s+la\s+soie)|nets?|nette|proprement|en\s+douceur|avec\s+(?:précision|douceur|fluidité)|précisément|sans\s+(?:à-coups?|effort|forcer|jeu|fuite|bavure|raté)|à\s+la\s+perfection|au\s+poil|hermétiquement|fermement|solidement|silencieusement|fluide(?:ment)?|à\s+la\s+perfection|du\s+tonnerre)|(?:re)?démarr(?:é|er)\s+(?:la|le|sa|son|leur|votre)\s+[\w'’-]+|(?:fait|permis\s+de)\s+(?:re)?démarrer|rien\s+(?:[\w'’-]+\s+){0,2}?d['’](?:anormal|inquiétant|inhabituel|suspect|alarmant|étrange)|rien\s+à\s+signaler|aucun(?:e)?\s+(?:anomalie|défaut|jeu|point\s+dur|code\s+(?:d['’])?(?:erreur|défaut)|bruit\s+suspect)|avec\s+(?:le|un)\s+(?:grand\s+|large\s+|beau\s+)?sourire|le\s+sourire\s+aux\s+lèvres|(?:rouler|roulent|roule|roulez|roulons|pédal\w+|conduis\w*|conduit)\s+(?:[\w'’-]+\s+){0,2}?(?:sereinement|l['’]esprit\s+tranquille|en\s+toute\s+(?:sérénité|confiance|tranquillité)|heureu(?:x|se|ses)))\b)",
        // Proud, as a condition: « si vous êtes fier de votre premier croquis »; or as the question
        // a review answers on the same line: « Fier de vos croquis ? Votre avis … », « Vous êtes
        // fiers de tenir une conversation ? C'est à vous que nous pensons : votre avis … » (a
        // subject's « Fier de votre premier croquis ? » alone is small talk about progress).
        r"\bsi\s+(?:vous\s+(?:êtes|vous\s+sentez)|tu\s+(?:es|te\s+sens))\s+(?:[\w'’-]+\s+){0,2}?(?:fier|fière|fiers|fières)\b",
        r"(?P<m>\b(?:fier|fière|fiers|fières|réussi|décroché|maîtrisé)\b)[^?.!\n]{0,80}\?[^\n?]{0,60}?\b(?:avis|évaluations?|commentaires?)\b",
        // Progress or a better state, asked in a question of any length: "Une semaine plus tard
        // et déjà conquis ?", "Un mois d'entraînement et déjà plus en forme ?", "Vous vous sentez
        // déjà plus fort après la première semaine ?", "Vous voyez déjà des résultats ?". Only in a
        // question, so a tip on progress ("dès que vous vous sentez plus fort, …") conditions
        // nothing.
        r"(?P<m>\b(?:déjà|enfin|vraiment|maintenant|désormais|sentez|sens|sent|sentez-vous|sens-tu)\s+(?:(?:déjà|bien|nettement|beaucoup|un\s+peu|vraiment)\s+)?(?:conquise?s?|séduite?s?|convaincue?s?|emballée?s?|accro|fans?|mieux|en\s+forme|plus\s+(?:forte?s?|en\s+forme|légère?s?|léger|souples?|détendue?s?|reposée?s?|à\s+l'aise|endurante?s?|énergiques?|sereine?s?|tonique?s?|vif|vive?s?))(?:\((?:e|s|es)\)|\b))[^.!?\n]{0,60}\?",
        r"(?P<m>\b(?:voyez|vois|voit|constatez|constates|remarquez|remarques|sentez|sens|ressentez|ressens|notez|notes|avez\s+vu|as\s+vu|avez\s+constaté|as\s+constaté|avez\s+remarqué|as\s+remarqué|avez\s+senti|as\s+senti)\s+(?:déjà\s+|enfin\s+)?(?:les\s+|des\s+|la\s+|une\s+|vos\s+|tes\s+)?(?:premiers\s+|premières\s+|vrais\s+|nets\s+)?(?:résultats|progrès|différence|effets|bienfaits|améliorations?)\b)[^.!?\n]{0,60}\?",
        // A session no longer skipped or a pain gone, as the buyer's verdict in a question: « Le
        // rameur glisse sans bruit et vous ne ratez plus une séance ? », « Vous ne sautez plus
        // aucun entraînement ? », « Vous n'avez plus mal au dos ? ». The « ne … plus » is the
        // habit's own, no problem. Only in a question, so a tip (« pour ne plus rater une séance,
        // fixez un horaire ») conditions nothing.
        r"(?P<m>\b(?:ne\s+|n['’])(?:(?:vous|te|se)\s+|[ts]['’]\s*)?(?:ratez|rates|rate|ratent|sautez|sautes|saute|sautent|manquez|manques|manque|manquent|loupez|loupes|loupe|loupent|séchez|sèches|sèche|sèchent)\s+plus\s+(?:jamais\s+)?(?:une|un|aucune|aucun|la\s+moindre|le\s+moindre|de)\s+(?:[\w'’-]+\s+)?(?:séances?|entraînements?|cours|sorties?|courses?|leçons?|sessions?|jours?|rendez-vous|footings?)\b|\b(?:n['’]|ne\s+)(?:avez|as|a|ont)\s+plus\s+(?:du\s+tout\s+)?mal\s+(?:au|à\s+la|aux|à\s+l['’])|\b(?:ne\s+|n['’])(?:vous|te|lui|leur)\s+fait\s+plus\s+mal)[^.!?\n]{0,80}\?",
    ],
    negation: &[
        r"\b(?:pas|jamais|aucune?|rien|moins|guère)\b|\bin(?:satisfait|satisfaite|content)\w*|\bmécontente?s?\b",
        // "Plus" negates with "ne" or another negation ("n'est plus", "pas plus", "plus du tout"),
        // or in speech without "ne" before a feeling ("t'es plus content"); "les plus satisfaits"
        // is a superlative.
        r"\bn(?:e\s+|')(?:[\w'-]+\s+){0,2}?plus\b|\b(?:pas|non|ou)\s+plus\b|\bplus\s+(?:du\s+tout|jamais|rien|vraiment|trop|tellement|si|aussi|aucune?)\b|\b(?:es|êtes|suis|est|sont|étiez|étais|était)\s+plus\s+(?:satisfait|content|ravi|heureu|convaincu|fan)\w*",
        // A bare answer no to a buyer's question ("R : Non.", "R2 : Non."): the question's reward
        // is refused.
        r"(?m:^)[ \t]*[ar][ \t]*\d*[ \t]*[:：.)][ \t]*non[ \t]*[.!,]",
    ],
    problem: &[
        // A small fault in use, told as a verb: "si la plume gratte", "le fermoir grince", "le stylo
        // bave", "la fermeture se coince".
        r"\b(?:gratte|grattent|grattait|grince|grincent|grinçait|bave|bavent|bavait|coince|coincent|se\s+bloquen?t?)\b",
        // "Cassé" keeps its accent (a class): "casse" is the breakage a warranty or a promise
        // covers ("garantie casse", "si elle casse, nous la remplaçons"), not a problem told.
        r"\b(?:problèmes?|soucis?|défaut\w*|défectu\w*|endommagé\w*|abîmé\w*|cass[é]\w*|manqu\w*|erreur\w*|incorrecte?s?|mauvais\s+article|insatisfaite?s?|mécontente?s?|déçue?s?|pas\s+satisfaite?s?|ne\s+fonctionne\s+pas|panne|réclamation\w*|dommage\w*|retour(?:ner)?|renvo\w*)\b",
        r"\bcloch(?:e|ent|ait)\b|\bqui\s+ne\s+va\s+pas\b",
        // A link or a device dropping out or acting up, told as a noun: "perte de signal", "des
        // pertes de connexion", "une coupure", "un grésillement", "un plantage", "des bugs".
        r"\b(?:pertes?\s+d[e'’]\s*(?:signal|connexion|liaison|réseau|contrôle|données)|déconnexions?|coupures?|décrochages?|grésillements?|plantages?|bugs?|bogues?|incidents?|anicroches?)\b",
        // Let-downs and hiccups: "la levée est décevante", "les couacs", "un pépin".
        r"\b(?:décevante?s?|déception|couacs?|pépins?|accrocs?|hics?|ratée?s?)\b",
        // Letting the buyer down, as a verb: "si la couleur vous déçoit", "s'ils devaient vous
        // décevoir".
        r"\b(?:déçoi(?:t|vent|ve)|décevr(?:a|ont|ait|aient)|décevoir)\b",
        // A device refusing the item, or a fault that stays: "cartouche non reconnue", "la
        // recharge n'est pas détectée", "si le message persiste", "si l'erreur persistait".
        r"\b(?:non|pas|plus|mal)\s+(?:reconnue?s?|détectée?s?)\b|\bsi\s+(?:[\w'-]+\s+){0,3}?persist(?:e|ent|ait|aient)\b",
    ],
    condition: &[
        // Waiting for a state before the review is a time on it: "attendez que tout soit au vert
        // pour l'évaluer", "d'attendre que vos tests soient bons avant d'en écrire un".
        // Also with a past infinitive: « attendez d'avoir couru vos premiers kilomètres ».
        r"\battend(?:re|ez|s|ons)\s+(?:que|qu['’]|d['’]avoir\b|d['’]être\b)",
        // The review held until a milestone, said with "only": "seulement une fois la bonne
        // taille trouvée", "uniquement après l'échange"; and no earlier: "votre avis, pas avant".
        r"\b(?:seulement|uniquement|qu['’]\s*)\s*une\s+fois\b|\b(?:seulement|uniquement)\s+(?:après|quand|lorsque?|dès\s+que|dès\s+qu['’])",
        r"\b(?:avis|évaluations?|commentaires?|notes?|étoiles|fiche\s+produit)\b[^.!?\n;]{0,120}?\b(?P<m>(?:et\s+)?pas\s+(?:avant|plus\s+tôt))\s*(?:[,.;:!)–—-]|(?m:$))",
        r"\b(?P<m>(?:et\s+)?pas\s+(?:avant|plus\s+tôt))\s*[,;:–—-][^.!?\n;]{0,120}?\b(?:avis|évaluations?|commentaires?|notes?|étoiles|fiche\s+produit)\b",
        // After a stretch of time with the item named good: « Après quelques bonnes semaines avec
        // la bouilloire, … » holds the ask back until that verdict.
        r"\baprès\s+(?:quelques|deux|trois|quatre|plusieurs|\d+)\s+(?:(?:bonnes|belles|heureuses|excellentes)\s+(?:semaines|journées)|(?:bons|beaux|heureux|excellents)\s+(?:mois|jours))\b",
        // The happy ones addressed as a group, before a comma or a colon: "Maîtres heureux, …", "À
        // tous les propriétaires satisfaits :", "Chers clients comblés, …". ("Chers maîtres," names
        // every buyer.)
        r"(?:(?m:^)[ \t]*|[.!?:;]\s+|\b(?:à\s+tou(?:s|tes)\s+(?:les|nos)|aux|à\s+nos|chers|chères|à\s+vous)\s+)(?P<m>(?:(?:heureu(?:x|ses)|fi(?:ers|ères)|comblée?s|ravie?s|satisfaite?s|contente?s|enchantée?s)\s+)?(?:maîtres(?:ses)?|propriétaires|clients?|clientes|acheteu(?:rs|ses)|parents|familles|utilisat(?:eurs|rices)|jardinier(?:e)?s|cuisinier(?:e)?s|lecteurs|lectrices|cavalier(?:e)?s|pêcheurs|campeurs)(?:\s+(?:de\s+)?[\wéèêàç\x27’-]+)?\s+(?:heureu(?:x|ses)|fi(?:ers|ères)|comblée?s|ravie?s|satisfaite?s|contente?s|enchantée?s)|(?:heureu(?:x|ses)|fi(?:ers|ères)|comblée?s|ravie?s|satisfaite?s|contente?s|enchantée?s)\s+(?:maîtres(?:ses)?|propriétaires|clients?|clientes|acheteu(?:rs|ses)|parents|familles|utilisat(?:eurs|rices)))\s*[,:!]",
        // A review placed after someone's approval, said as a noun: "après le feu vert de votre
        // chat", "après l'approbation de votre chien", "après son accord". (A condition only on an
        // ask in its sentence: "après le feu vert du vétérinaire, commencez par une demi-portion"
        // asks nothing.)
        r"\baprès\s+(?:le|la|l['’]|son|sa|votre|ton|ta|leur)\s*(?:[\w'’-]+\s+){0,2}?(?:feu\s+vert|approbation|accord|ok|okay|aval|pouce\s+levé|bénédiction|sceau\s+d['’]approbation|adoubement)\b",
        // "Une fois" with a participle or an adjective, no "que", naming the part working without
        // trouble: "une fois les plaquettes rodées et silencieuses, …" (the words after it as in
        // `fr_after_once`). ("Une fois la pièce montée" is the first use, no condition.)
        concat!(
            r"\b(?P<m>une\s+fois)\s+",
            fr_after_once!(),
            r"[^,.;:!?\n]{0,80}?\b",
            fr_running_well!()
        ),
        // "Une fois" before a noun or "tout", no "que", naming the trouble settled or everything
        // back in order: "une fois tout rentré dans l'ordre", "une fois le souci réglé", "une
        // fois la fuite réparée". ("Une fois tout monté" is the first use, no condition.)
        concat!(
            r"\b(?P<m>une\s+fois)\s+(?:tout\b|",
            fr_after_once!(),
            r")[^,.;:!?\n]{0,60}?\b(?:rentrée?s?\s+dans\s+l['’]ordre|(?:problèmes?|soucis?|pannes?|défauts?|fuites?|pépins?)\s+(?:[\w'’-]+\s+){0,2}?(?:résolue?s?|réglée?s?|réparée?s?|corrigée?s?))"
        ),
        // After the seller's own fix: "une fois que nous aurons réglé le problème".
        r"\b(?:une\s+fois\s+que|dès\s+que|après\s+que)\s+nous\s+(?:aurons|avons)\b",
        // Reviews named the place of the good stories: "l'endroit des bonnes surprises", "un livre
        // d'or pour les belles histoires".
        r"\b(?:endroit|place|lieu|espace|livre\s+d'or|vitrine|coin)\s+(?:des|pour\s+les|aux|réservée?\s+aux)\s+(?:plus\s+)?(?:belles?|bonnes?|jolies?|heureuses?|meilleures?)\s+(?:histoires?|expériences?|nouvelles|surprises?|réussites?)\b",
        // Reviews kept for the good stories only: "les commentaires publics, on les réserve aux
        // belles histoires", "nos avis sont pour les bonnes expériences".
        r"\b(?:réserv|gard|destin)\w*\s+(?:[\w'-]+\s+){0,2}?(?:aux|pour\s+les|à\s+(?:la|les|une|des|nos|vos))\s+(?:plus\s+)?(?:belles?|bonnes?|jolies?|heureuses?|meilleures?|grandes?)\s+(?:histoires?|expériences?|nouvelles|surprises?|réussites?|moments?)\b",
        // Reserved or subject to something: "sous réserve de la conformité", "sous réserve que".
        r"\bsous\s+(?:réserve|condition)\s+(?:de|d'|du|des|que|qu')",
        // Those who confirmed or stated something first: "les clients ayant confirmé leur
        // satisfaction", "ceux qui nous auront déclaré être satisfaits".
        r"\b(?:clients?|clientes?|ceux|celles|personnes|acheteu\w+|destinataires)\s+(?:ayant|qui\s+(?:nous\s+)?(?:ont|auront|a|aura))\s+(?:[\w',-]+\s+){0,8}?(?:confirmé|exprimé|déclaré|indiqué|attesté|signalé|manifesté)\b|\b(?:clients?|clientes?|ceux|celles|personnes|acheteu\w+)\s+(?:ayant|qui\s+(?:nous\s+)?(?:ont|auront|a|aura))\s+(?:choisi|cliqué\s+sur|coché|répondu|sélectionné|voté|mis)\s*(?:[«\x22“]|(?:la\s+|l')?(?:réponse|option|case|bouton)\b)",
        // The same in the present or the future: "les clients qui répondent « oui » reçoivent…",
        // "celles qui choisiront l'option A", "ceux qui nous renvoient le chiffre 3" (not "ceux qui
        // indiquent le numéro de commande").
        r"\b(?:clients?|clientes?|ceux|celles|personnes|acheteu\w+|destinataires)\s+qui\s+(?:nous\s+)?(?:répond(?:ent|ront|ra)?|choisi(?:ssent|ront|ra|t)|coch(?:ent|eront|era|e)|cliqu(?:ent|eront|era|e)\s+sur|sélectionn(?:ent|eront|era|e)|tap(?:ent|eront|era|e)|envoi(?:ent|e)|enverr(?:ont|a)|renvoi(?:ent|e)|renverr(?:ont|a)|indiqu(?:ent|eront|era|e))\s*(?:[«\x22“]|(?:la\s+|l')?(?:réponse|option|case|bouton)\b|(?:le\s+)?(?:chiffre|numéro|touche)\s+(?:\d|[a-e]\b))",
        // A group named by what won it over, the item as the subject of a relative clause: "les
        // clients que la brosse a convaincus", "ceux que nos bougies ont séduits", "celles que
        // le thé enchante", "les amateurs de café que le moulin a conquis", "les cyclistes à qui la
        // selle a plu" ("emballé" is left out: "les bougies que nous avons emballées" are packed).
        r"\b(?:ceux|celles|(?:les|nos|des|aux|vos|ces|tous\s+les|toutes\s+les)\s+[\w-]+(?:\s+(?:de|d'|du|des)\s*[\w-]+)?)\s+(?:que\s+|qu')(?:[\w'-]+\s+){0,4}?(?:(?:a|ont|aura|auront|avait|avaient)\s+(?:(?:déjà|vraiment|bien|tout\s+de\s+suite|vite|pleinement)\s+)?(?:convaincu|conquis|séduit|ravi|enchanté|comblé|charmé|bluffé)(?:e|s|es)?|convainc|convainquent|séduit|séduisent|ravit|ravissent|enchante|enchantent|comble|comblent|conquiert|conquièrent|charme|charment|bluffe|bluffent)\b|\b(?:ceux|celles|(?:les|nos|des|aux|vos|ces)\s+[\w-]+(?:\s+(?:de|d'|du|des)\s*[\w-]+)?)\s+(?:à\s+qui|auxquel(?:le)?s)\s+(?:[\w'-]+\s+){0,4}?(?:(?:a|ont|aura|auront|avait|avaient)\s+(?:vraiment\s+|bien\s+)?(?:plu|convenu|fait\s+plaisir)|pla[iî]t|plaisent|convient|conviennent|fait\s+plaisir|font\s+plaisir)\b",
        r"\b(?:à|pour)\s+(?:ceux\s+(?:et\s+celles\s+)?|celles\s+et\s+ceux\s+)qui\b",
        // The invitation made to one group, named by what they are: "nous encourageons les
        // acheteurs qui en sont ravis à…", "on invite nos clientes qui l'aiment à…".
        r"\b(?:invit|encourage?|convi|appel)(?:ons|ent|e|erons|ions)\s+(?:(?:tous|toutes)\s+)?(?:les|nos|ces|ceux|celles)\s+(?:[\w-]+\s+)?(?:qui|dont)\b",
        // Kept for one group of buyers, named by any word: "je ne la montre qu'aux clients qui…",
        // "qu'aux cyclistes chez qui tout roule", "réservé à ceux
        // qui…", "seulement pour les clients qui…".
        r"\bqu'(?:à|aux|pour)\s+(?:(?:tous\s+)?(?:ceux|celles)(?:\s+et\s+(?:ceux|celles))?|(?:nos\s+|les\s+|des\s+|ces\s+)?[\w-]+)\s+(?:(?:chez|pour|avec)\s+)?(?:qui|dont)\b|\b(?:seulement|uniquement|exclusivement|réservée?s?)\s+(?:à|aux|pour)\s+(?:(?:tous\s+)?(?:ceux|celles)|(?:nos|les)\s+(?:clients?|clientes?|personnes|acheteu\w+))\s+qui\b",
        r"\bà\s+partir\s+de\s+\d+|\b\d+\s+(?:étoiles?\s+|points?\s+)?(?:ou|et)\s+(?:plus|moins|davantage)\b|\b(?:au[\s-]dessus|en[\s-]dessous)\s+de\s+\d+",
        // A supposition: "dans l'hypothèse où le vélo vous conviendrait", "dans le cas où il vous
        // plairait", "à supposer qu'il vous plaise".
        r"\bdans\s+(?:l'hypothèse|le\s+cas)\s+où|\b(?:à|en)\s+supposer\s+qu",
        // « Aussi longtemps que » is « tant que »: « aussi longtemps que vos motifs s'impriment net,
        // laissez un avis » holds the ask on the print staying clean.
        r"\b(?:si|s'il|s'ils|lorsque|quand|dès\s+que|aussitôt\s+que|une\s+fois\s+que|pour\s+peu\s+que|tant\s+que|aussi\s+longtemps\s+que|à\s+condition\s+que|au\s+cas\s+où|(?:le|du)\s+jour\s+où|le\s+moment\s+où)\b|\b(?:dès|aussitôt|une\s+fois|aussi\s+longtemps)\s+qu'",
        // « Dès lors que », « du moment que », « pour autant que », « dans la mesure où », and a
        // finding made first: « une fois constaté que le thé vous plaît », « après avoir vérifié
        // que tout est parfait ».
        r"\b(?:dès\s+lors|du\s+moment|pour\s+autant)\s+qu(?:e\b|')|\bdans\s+la\s+mesure\s+où\b|\b(?:une\s+fois|après\s+avoir|dès)\s+(?:constaté|vérifié|établi|acquis|assurée?s?|certaine?s?|convaincue?s?)\s+qu(?:e\b|')",
        r"\bclient(?:e|s|es)?\s+(?:(?:les\s+)?(?:plus|pleinement|entièrement|totalement|parfaitement|vraiment|très)\s+)?(?:satisfait|content|ravi|comblé|conquis|enchanté|heureu|convaincu)\w*",
        r"\ben\s+cas\s+(?:de|d')\s*(?:pleine\s+|totale\s+)?(?:satisfaction|insatisfaction)\b|\b(?:pour\s+peu|pourvu|à\s+condition|tant)\s+qu'",
        r"(?m:^)[ \t]*(?:ceux|celles)\s+(?:et\s+celles\s+)?qui\b|(?m:^)[ \t]*quiconque\b",
        r"\bpar\s+(?:un\s+)?[«]?\s*(?:oui|non|ok)\b",
        r"\b(?:les\s+)?(?:compliments|éloges|applaudissements|fleurs)\b[^.!?\n]{0,20}?\b(?:sur|pour)\s+Amazon\b",
        r"\ben[\s-]dessous\b|\bau[\s-]dessous\b",
        // What the buyer liked, set as the topic of what to do with it: "Ce qui vous a séduit,
        // dites-le sur la fiche", "ce qui t'a plu, les autres aimeront le lire".
        r"\b(?:tout\s+)?ce\s+(?:qui\s+(?:vous|t')\s*(?:a|aura|avait)\s+(?:plu|séduite?|convaincue?|enchantée?|ravie?|emballée?)|que\s+vous\s+avez\s+(?:aimé|apprécié|adoré))\s*,",
    ],
    if_so: &[
        r"\bdans\s+l'affirmative\b",
        r"\bsi\s+(?:oui|c'est\s+le\s+cas|tel\s+est\s+le\s+cas|c'est\s+bien\s+le\s+cas)\b|\bdans\s+ce\s+cas\b",
        r"\bdans\s+ce\s+cas\b",
        // A group pointing back at the outcome just described: « à tous ceux pour qui c'est le
        // cas », « à celles à qui c'est arrivé ».
        r"\b(?:à|pour)\s+(?:tous\s+|toutes\s+)?(?:ceux|celles)(?:\s+et\s+(?:ceux|celles))?\s+(?:pour|à|chez)\s+qui\s+(?:c['’]est|c['’]était|ça\s+a\s+été|cela\s+a\s+été)\s+le\s+cas\b|\b(?:à|pour)\s+(?:tous\s+|toutes\s+)?(?:ceux|celles)\s+(?:à|chez)\s+qui\s+(?:c['’]est|ça\s+est|cela\s+est)\s+arrivé\b",
    ],
    question: &[
        // Asked to pick the line that fits, a question with no question mark: "Choisissez la
        // ligne qui vous correspond :", "repérez le cas qui vous ressemble :".
        r"\b(?:choisissez|choisis|repérez|repère|trouvez|trouve|prenez|prends|cochez|coche|sélectionnez)\s+(?:simplement\s+|donc\s+|juste\s+|ci-dessous\s+)?(?:la\s+ligne|le\s+cas|l'option|la\s+réponse|la\s+situation|la\s+phrase|le\s+scénario|le\s+profil)\s+qui\s+(?:vous|te)\s+(?:correspond|ressemble|concerne|parle|décrit)\w*\s*:?$",
    ],
    contact: &[
        // Talking it over, as the step proposed: « Avant de noter, parlons-en », « discutons-en ».
        r"\bparlons[\s-]+en\b|\bdiscutons[\s-]+en\b",
        // Telling the seller in person: "dites-le moi", "écrivez moi", "racontez-le-nous".
        r"\b(?:écrivez|écris|dites|dis|racontez|raconte|prévenez|préviens|signalez|signale)[\s-]+(?:(?:le|la|les)[\s-]+)?(?:moi|nous)\b",
        r"\b(?:contact\w*|écrivez[\s-]nous|écrire|répond\w*|réponse|prévenez[\s-]nous|dites[\s-]nous|faites[\s-]nous\s+signe|informez[\s-]nous|laissez[\s-]nous|envoyez[\s-]nous\s+un\s+message|message|joindre|signalez)\b",
        r"\bparle[zs]?[\s-]nous\b|\b(?:apprendre|savoir|entendre)\s+de\s+vous\b|\bl'apprendre\b",
        r"\bvous\s+(?:rappel\w*|appel\w*|recontact\w*)\b",
        // Getting back to the buyer: "on revient vers vous", "nous reviendrons vers toi".
        r"\b(?:revien\w*|reviendr\w*|revenir|revenons)\s+(?:[\w'-]+\s+)?vers\s+(?:vous|toi)\b",
        r"\bfaire\s+part\b|\bappel(?:ez|er|le[rz])\b|\bSAV\b|\bservice\s+client\w*",
        // Handing the matter to the seller: "confiez-le nous", "qu'il passe par moi", "c'est à nous
        // qu'il faut le dire".
        r"\bconfi(?:ez|er)[\s-]+(?:(?:le|la|les|-le|-la|-les)[\s-]+)?(?:nous|moi)\b|\bpass(?:e|ez|ent|er)\s+(?:d'abord\s+)?par\s+(?:moi|nous)\b|\bvenez\s+(?:nous|me)\s+(?:voir|trouver|en\s+parler)\b|\bc'est\s+(?:à|avec)\s+(?:nous|moi)\s+qu(?:'|e\s)",
        // The seller's inbox: "notre boîte mail", "notre messagerie".
        r"\b(?:notre|ma|nos)\s+(?:boîte\s+(?:mail|e-mail|courriel|de\s+réception|aux\s+lettres)|messagerie|adresse\s+(?:mail|e-mail|électronique))\b",
    ],
    before_review: &[
        // The stated purpose of keeping problems out of the reviews: "pour qu'aucun problème de
        // taille ne se retrouve dans les avis", "afin que rien de tout ça ne finisse en commentaire".
        r"\b(?:pour|afin)\s+qu(?:e\s+|['’]\s*)(?:aucune?|rien)\s+(?:[\w'’-]+\s+){0,4}?(?:ne\s+|n['’]\s*)?(?:se\s+retrouve|finisse|atterrisse|arrive|apparaisse|figure|passe)\s+(?:dans|sur|en)\s+(?:les\s+|vos\s+|un\s+|une\s+|la\s+|le\s+|l['’]\s*)?(?:avis|commentaires?|évaluations?|notes?|fiche)",
        // The review held back to a milestone, and no earlier, said of the review in its
        // sentence: "laissez votre avis à ce moment-là, pas avant" ("mettez-les après le parfum,
        // pas avant" is a care step).
        r"\b(?:avis|évaluations?|commentaires?|notes?|étoiles|fiche\s+produit)\b[^.!?\n;]{0,120}?\b(?P<m>(?:et\s+)?pas\s+(?:avant|plus\s+tôt))\s*(?:[,.;:!)–—-]|(?m:$))",
        r"\b(?P<m>(?:et\s+)?pas\s+(?:avant|plus\s+tôt))\s*[,;:–—-][^.!?\n;]{0,120}?\b(?:avis|évaluations?|commentaires?|notes?|étoiles|fiche\s+produit)\b",
        // The review set aside or skipped for a talk: "on laisse l'évaluation de côté", "oubliez
        // l'avis", "pas besoin de note".
        r"\b(?:laiss\w*|met|mets|mett\w*|mis|gard\w*)\s+(?:l'|la\s+|le\s+|les\s+|votre\s+|ton\s+|ta\s+|vos\s+)(?:avis|évaluations?|notes?|commentaires?|étoiles)\s+de\s+côté\b|\boubli\w*\s+(?:l'|la\s+|le\s+|les\s+|votre\s+)(?:avis|évaluations?|notes?|commentaires?)\b|\bpas\s+besoin\s+(?:d'|de\s+)(?:avis|évaluations?|notes?|commentaires?)\b",
        // No need to wait for, or go through, a review to tell the seller: "inutile d'attendre
        // votre commentaire pour nous signaler un défaut", "pas la peine de passer par une note
        // pour nous le dire".
        r"\b(?:inutile|pas\s+besoin|nul\s+besoin|pas\s+la\s+peine)\s+(?:donc\s+|alors\s+)?(?:d'|de\s+)(?:attendre\s+|passer\s+par\s+)(?:de\s+|d')?(?:[\w'-]+\s+){0,2}?(?:avis|évaluations?|commentaires?|notes?)\s+pour\s+(?:nous\s+|me\s+)?(?:le\s+|la\s+|les\s+)?(?:signaler|dire|prévenir|faire\s+part|parler|informer|remonter|écrire)\b",
        // Settled with the seller without going by the reviews at all: "nous réglons ça ensemble,
        // sans passer par la page avis", "on trouve une solution sans passer par les commentaires".
        r"\bsans\s+(?:avoir\s+à\s+|devoir\s+)?passer\s+par\s+(?:la\s+|les\s+|une?\s+|votre\s+|vos\s+)?(?:(?:page|fiche|section|rubrique|onglet)\s+(?:des\s+|d['’]\s*)?)?(?:avis|commentaires?|évaluations?|notes?)\b",
        r"\bsans\s+(?:d'abord\s+|avant\s+)?(?:nous\s+(?:contacter|écrire|en\s+parler|prévenir|consulter)|en\s+parler\s+avec\s+nous|passer\s+par\s+nous)\b|\bet\s+non\s+(?:sur|dans|par|via)\s+(?:un\s+|votre\s+)?(?:avis|Amazon|commentaire)\b|\bplutôt\s+que\s+(?:sur\s+Amazon|dans\s+un\s+avis|par\s+un\s+avis)\b",
        concat!(
            r"\b(?:avant\s+(?:de|d'|que\s+|qu')|plutôt\s+que\s+(?:de|d')|au\s+lieu\s+(?:de|d'))\s*(?:[\w'-]+\s+){0,4}?",
            r"(?:avis|commentaires?|évaluations?|notes?|critiques?|appréciations?\s+publiques?|évaluer|noter)\b"
        ),
        // Before putting anything at all into a review or on Amazon: "avant de mettre quoi que ce
        // soit en commentaire sur Amazon", "avant de publier la moindre ligne dans les avis",
        // "au lieu de raconter tout ça sur la fiche produit".
        r"\b(?:avant\s+|plutôt\s+que\s+|au\s+lieu\s+)(?:de\s+|d['’])(?:(?:le|la|les|l['’]|en)\s*)?(?:mettre|publier|poster|écrire|rédiger|laisser|déposer|dire|raconter|partager|afficher|balancer|lâcher)\s+(?:[\w'’-]+\s+){0,6}?(?:(?:en|comme)\s+(?:avis|commentaires?|notes?|évaluations?|critiques?)|(?:sur|dans)\s+(?:(?:les|vos|votre|la|le|l['’]|un|une)\s*)?(?:avis|commentaires?|évaluations?|critiques?|Amazon|(?:fiche|page)\s+(?:du\s+produit|de\s+l['’]article|produit|Amazon|des\s+avis|d['’]avis))|en\s+ligne)\b",
        // Before any review, "préalablement à" and "en amont de" too: "avant tout avis",
        // "préalablement à toute note", "en amont d'une évaluation".
        r"\b(?:avant\s+|préalablement\s+à\s+|en\s+amont\s+(?:de\s+|d'))(?:toute|tout|une|un)\s+(?:évaluation|avis|commentaire|note|publication)\b",
        // Any review put on hold: "reportez votre commentaire", "merci de différer toute note",
        // "mettez l'avis en pause".
        r"\b(?:suspend\w*|report(?:er|ez|ons|iez)|différ(?:er|ez|iez)|ajourn\w*)\s+(?:toute?s?\s+|votre\s+|vos\s+|ton\s+|ta\s+|l'|la\s+|le\s+|les\s+|son\s+|sa\s+)(?:[\w'-]+\s+)?(?:avis|évaluations?|notes?|commentaires?|notations?)\b|\bmett\w*\s+(?:l'|la\s+|le\s+|votre\s+|ton\s+|ta\s+)(?:avis|évaluation|note|commentaire)\s+en\s+(?:pause|attente|suspens)\b",
        // The reviews named as a needless road: "pas la peine de passer par les avis en ligne",
        // "nul besoin de recourir aux commentaires".
        r"\b(?:inutile|pas\s+besoin|nul\s+besoin|pas\s+la\s+peine)\s+(?:donc\s+|alors\s+)?(?:d'|de\s+)(?:passer\s+par|recourir\s+(?:à|aux)|en\s+passer\s+par)\s+(?:[\w'-]+\s+){0,2}?(?:avis|évaluations?|commentaires?|notes?|critiques?)\b",
        // The review kept back for now: "gardez votre note pour vous", "garde ton avis sous le
        // coude", "gardez l'évaluation en réserve le temps que…".
        r"\bgard(?:ez|er|e|iez)\s+(?:votre|ton|ta|l'|le|la|vos|tes|cet|cette)\s*(?:avis|évaluations?|notes?|commentaires?|critiques?)\s+(?:pour\s+(?:vous|toi|soi|l'instant|le\s+moment|plus\s+tard)|sous\s+le\s+coude|en\s+réserve|en\s+attente|au\s+chaud)\b",
        // The review, or the seller's invitation to it, kept for after the trouble is over: "nous ne
        // vous inviterons à noter qu'après la réparation", "votre avis, seulement une fois la
        // panne réglée", "ne publiez de commentaire que lorsque tout sera rentré dans l'ordre".
        r"\b(?:avis|évaluations?|commentaires?|notes?|évaluer|noter)\b[^.!?\n]{0,40}?\b(?:qu'une\s+fois|qu'après|que\s+(?:lorsque|quand|dès\s+que)|qu'(?:au\s+moment\s+où|à\s+la\s+fin)|(?:seulement|uniquement)\s+(?:une\s+fois|après|lorsque|quand|dès\s+que))\b[^.!?\n]{0,50}?\b(?:résolue?s?|réglée?s?|traitée?s?|corrigée?s?|solutionnée?s?|réparée?s?|résolution|réparation|règlement|dans\s+l'ordre)\b",
        // The review not to be posted until something, in the infinitive: "de ne pas laisser de
        // note tant que le technicien n'est pas passé", "ne pas publier d'avis avant notre appel".
        r"\bne\s+pas\s+(?:publier|poster|écrire|rédiger|laisser|donner|déposer|mettre(?:\s+en\s+ligne)?)\s+(?:d'|de\s+|votre\s+|ton\s+|un\s+|une\s+|l'|la\s+|le\s+)?(?:avis|évaluations?|commentaires?|notes?|critiques?)\b[^.!?\n]{0,60}?\b(?:tant\s+que|tant\s+qu'|avant\s+(?:que|qu'|notre|votre|la|le|d'avoir|de\s+nous)|jusqu'à\s+ce\s+que|jusqu'à\s+ce\s+qu')",
        // Nothing to be put online until something: "de ne rien écrire sur la fiche tant que le
        // souci n'est pas réglé", "ne rien publier avant notre réponse".
        r"\b(?:ne\s+rien|n'\w+\s+rien|rien)\s+(?:publier|poster|écrire|mettre\s+en\s+ligne|laisser|noter|évaluer)\b[^.!?\n]{0,50}?\b(?:tant\s+que|tant\s+qu'|avant\s+(?:que|qu'|de|d'|notre|la|le)|jusqu'à\s+ce\s+que|jusqu'à\s+ce\s+qu')",
        // The rating verb itself held off until something: "ne notez pas le produit tant que le
        // souci n'est pas réglé", "n'évaluez pas la boutique avant notre réponse", "ne commentez
        // pas avant que…" ("poster" is left out: it is as often mailing a parcel).
        r"\bn(?:e\s+|')(?:nous\s+|me\s+|le\s+|la\s+|les\s+|l')?(?:not(?:ez|e|er)|évalu(?:ez|e|er)|comment(?:ez|e|er)|publi(?:ez|e|er))\s+(?:pas|rien|surtout\s+pas|jamais)\b[^.!?\n]{0,50}?\b(?:tant\s+que|tant\s+qu'|avant\s+(?:que|qu'|notre|votre|la|le|d'avoir|de\s+nous)|jusqu'à\s+ce\s+que|jusqu'à\s+ce\s+qu')",
        r"\b(?:éviter|empêcher|sans|au\s+lieu\s+d['e]|plutôt\s+que)\b[^.!?\n]{0,40}?\b(?:(?:avis|commentaires?|évaluations?|notes?|critiques?)\s+(?:négati(?:f|ve|fs|ves)|défavorables?|mauvaise?s?)|(?:mauvai(?:s|se|ses)|négati(?:f|ve|fs|ves))\s+(?:avis|commentaires?|évaluations?|notes?|critiques?))\b",
        // Telling the reviews or Amazon held off for now: "ne racontez pas tout de suite vos
        // déboires aux commentaires", "ne livrez pas votre colère à la note Amazon trop vite".
        concat!(
            r"\bn(?:e\s+|')(?:le\s+|la\s+|les\s+|l')?(?:confi|racont|dit|dis|livr|expos|déball|cri|étal|port|partag|balanc|vers)\w*\s+pas\b",
            r"(?:\s+(?:tout\s+de\s+suite|pour\s+l'instant|pour\s+le\s+moment|trop\s+vite|immédiatement|d'emblée|tout\s+de\s+go|si\s+vite|encore)\b[^.!?\n]{0,60}?\b(?:aux|à\s+(?:l'|la\s+|les\s+)|sur\s+|dans\s+(?:les\s+|la\s+|l'))\s*(?:[\w'-]+\s+)?(?:",
            fr_review!(),
            r"|Amazon)\b",
            r"|[^.!?\n]{0,60}?\b(?:aux|à\s+(?:l'|la\s+|les\s+)|sur\s+|dans\s+(?:les\s+|la\s+|l'))\s*(?:[\w'-]+\s+)?(?:",
            fr_review!(),
            r"|Amazon)\b[^.!?\n]{0,40}?\b(?:tout\s+de\s+suite|pour\s+l'instant|pour\s+le\s+moment|trop\s+vite|immédiatement|d'emblée|tout\s+de\s+go|si\s+vite)\b)"
        ),
        // The review link withheld from a group: "pour vous, pas de lien vers les avis", "à
        // ceux-là, nous n'envoyons aucun lien d'évaluation".
        concat!(
            r"\b(?:pas\s+de|aucun|point\s+de|ni)\s+liens?\s+(?:vers|pour|d'|de\s+|à)\s*(?:les\s+|l'|la\s+|le\s+|votre\s+|un\s+|une\s+)?(?:page\s+(?:des?\s+|d')?)?",
            fr_review!(),
            r"\b"
        ),
        // The thing to post may stand as a pronoun: "avant de la publier", "attendez avant de le
        // mettre en ligne".
        r"\bavant\s+(?:de|d')\s*(?:la\s+|le\s+|les\s+|l')?(?:publier|poster|écrire|rédiger|mettre\s+en\s+ligne)\b",
        r"\battend(?:re|ez|s)\s+(?:avant\s+)?(?:de|d')\s*(?:la\s+|le\s+|les\s+|l')?(?:laisser|publier|noter|évaluer|écrire|mettre\s+en\s+ligne)\b",
        // Waiting to have done something first, then rating: "attendez d'avoir échangé avec nous
        // pour le noter", "attends qu'on en ait discuté avant de laisser ton avis".
        r"\battend(?:re|ez|s|ons)\s+(?:d'(?:en\s+)?avoir|que|qu')\b[^.!?\n]{0,60}?\b(?:pour|avant\s+(?:de|d'))\s*(?:nous\s+|la\s+|le\s+|les\s+|l')?(?:noter|évaluer|commenter|(?:laisser|publier|écrire|rédiger|donner|déposer)\s+(?:un|une|votre|ton|vos|tes|l'|le|la)\s*(?:avis|évaluation|note|commentaire))\b",
        // The thing to put online named by a pronoun: "ne la mettez pas encore en ligne", "ne le
        // publiez pas tout de suite".
        r"\bn(?:e\s+|')(?:la\s+|le\s+|les\s+|l')(?:publi\w*|mett\w*|mets)\s+pas\s+(?:encore\s+|t(?:ou)?t\s+de\s+suite\s+|maintenant\s+|trop\s+vite\s+)?en\s+ligne\b|\bn(?:e\s+|')(?:la\s+|le\s+|les\s+|l')publi(?:ez|e|ons)\s+pas\s+(?:encore|t(?:ou)?t\s+de\s+suite|maintenant|immédiatement|trop\s+vite)\b",
        // "Tout de suite" may come typed short in a hurry: "ne notez pas tt de suite", "ne mets pas
        // ton avis tt de suite".
        r"\bn(?:e\s+|')(?:nous\s+)?(?:écri\w*|laiss\w*|publi\w*|post\w*|mets|mettez|donne\w*|not\w*|évalu\w*)\s+pas\s+(?:(?:d'|de\s+|ton\s+|votre\s+|un\s+)?(?:avis|commentaire|note|évaluation)\s+)?(?:t(?:ou)?t\s+de\s+suite|encore|maintenant|immédiatement|trop\s+vite|t(?:ou)?t\s+(?:de\s+)?suite)\b|\bpas\s+(?:encore|t(?:ou)?t\s+de\s+suite)\s+d'(?:avis|évaluation)\b",
        r"\b(?:avant\s+(?:de|d')|plutôt\s+que\s+(?:de|d')|au\s+lieu\s+(?:de|d'))\s*(?:[\w'-]+\s+){0,4}?étoiles?\b",
        // Also with what kind of review it is: "pas de commentaire public pour l'instant", "pas
        // d'avis en ligne pour le moment", "pas de note négative tout de suite".
        r"\bpas\s+(?:d['’]|de\s+)(?:avis|évaluation|note|commentaire)(?:\s+(?:publi(?:c|que)|en\s+ligne|sur\s+(?:Amazon|la\s+(?:page|fiche))|négati(?:f|ve)|écrite?))?\s+(?:t(?:ou)?t\s+de\s+suite|pour\s+l['’]instant|pour\s+le\s+moment|maintenant|immédiatement|trop\s+vite|dans\s+l['’]immédiat)\b",
        // No need to tell it in a review, the seller settles it: "pas besoin d'en parler dans un
        // avis, nous réglons cela directement", "inutile de le mentionner dans votre commentaire",
        // "nul besoin de raconter ça sur la page des avis".
        r"\b(?:pas\s+besoin|nul\s+besoin|inutile|pas\s+la\s+peine)\s+(?:donc\s+|alors\s+)?(?:d['’]|de\s+)(?:en\s+|le\s+|la\s+|les\s+|l['’])?(?:parler|mentionner|signaler|raconter|évoquer|écrire|dire|expliquer|faire\s+état)\s+(?:(?:de\s+)?(?:ça|cela|tout\s+ça)\s+)?(?:dans|sur|par|en)\s+(?:(?:un|une|votre|vos|ton|tes|les|le|la|l['’])\s*)?(?:page\s+(?:des\s+|d['’]\s*)?)?(?:avis|commentaires?|évaluations?|notes?|critiques?)\b",
        // Judging the product in public is the review: "ne la jugez pas tout de suite en public",
        // "avant de le juger publiquement"; so is talking of it there: "avant d'en discuter sur
        // Amazon", "avant de le raconter en ligne".
        r"\bn(?:e\s+|')(?:la\s+|le\s+|les\s+|l')?(?:jug\w*|critiqu\w*|condamn\w*|sanctionn\w*|pénalis\w*|descend\w*)\s+pas\s+(?:t(?:ou)?t\s+de\s+suite|trop\s+vite|encore|immédiatement|en\s+public|publiquement|sur\s+Amazon)\b|\bavant\s+(?:de|d')\s*(?:en\s+|la\s+|le\s+|les\s+|l')?(?:juger|critiquer|parler|dire|raconter|témoigner|partager|discuter|faire\s+part)\s+(?:[\w'-]+\s+){0,2}?(?:en\s+public|publiquement|sur\s+Amazon|en\s+ligne)\b",
        // Rather than on the product page or in the reviews: "plutôt que par la page produit".
        // Or kept off it: "n'allez pas plus loin, ni sur la page d'avis", "évitez de passer par les
        // commentaires".
        r"\b(?:plutôt\s+que|au\s+lieu\s+de|et\s+non)\s+(?:par|sur|via|dans)\s+(?:la\s+|les\s+)?(?:(?:page|fiche)\s+(?:du\s+|de\s+l')?(?:produit|article)|fiche|section\s+(?:des\s+)?avis|avis|commentaires)\b|\b(?:n(?:e\s+|')(?:allez|va|passez|passe|rendez|allons|filez)\s+(?:pas|plus|surtout\s+pas)|évitez\s+(?:d'aller|de\s+passer|de\s+vous\s+rendre))\b[^.!?\n]{0,50}?\b(?:(?:page|fiche|section|rubrique)\s+(?:d'|des\s+)?(?:avis|commentaires|évaluations?)|(?:les|aux|des)\s+(?:avis|commentaires|évaluations))\b",
        // Rather hearing it from the buyer than finding it in a review: "nous préférons l'entendre
        // de vous plutôt que le découvrir dans une note", "on aime mieux le savoir que le lire
        // dans les commentaires". Also elided onto "en" and the noun bare, the apostrophe dropped
        // too: "plutôt qu'en avis sur la fiche", "à nous plutôt qu en note publique".
        r"\bplutôt\s+qu(?:e\s+(?:de\s+|d')?|'\s*|\s+)(?:[\w'-]+\s+){0,5}?(?:(?:dans|sur|par|via|en)\s+(?:un|une|les|des|votre|vos|l'|la|le|ton|tes)\s*(?:[\w'-]+\s+){0,1}?|en\s+)(?:avis|commentaires?|évaluations?|notes?|critiques?|étoiles|(?:page|fiche)\s+(?:du\s+|de\s+l')?(?:produit|article))\b|\b(?:préf[eé]r\w*|aim\w*\s+mieux|mieux\s+vaut)\b[^.!?\n]{0,80}?\bque\s+(?:de\s+|d')?(?:[\w'-]+\s+){0,4}?(?:dans|sur|par|via|en)\s+(?:un|une|les|des|votre|vos|l'|la|le|ton|tes)\s*(?:[\w'-]+\s+){0,1}?(?:avis|commentaires?|évaluations?|notes?|critiques?|étoiles)\b",
        // Settled faster or better by a message than by a review: "se règle plus vite par mail que
        // par un commentaire", "on vous aide mieux en direct que sur la page produit".
        r"\b(?:plus\s+(?:vite|rapidement|facilement|simplement|efficacement|sûrement)|mieux)\b[^.!?\n]{0,80}?\bque\s+(?:par|dans|sur|via|avec|en)\s+(?:un|une|les|des|votre|vos|l'|la|le|ton|tes)\s*(?:[\w'-]+\s+){0,1}?(?:avis|commentaires?|évaluations?|notes?|critiques?|étoiles|(?:page|fiche)\s+(?:du\s+|de\s+l')?(?:produit|article))\b",
        // Time asked before forming a view and sharing it: "avant de vous forger un avis définitif
        // et de le publier", "avant de vous faire une idée et de la partager".
        r"\bavant\s+(?:de|d')\s*(?:vous\s+|te\s+)?(?:faire|forger|former)\s+(?:une|un|votre|ton|ta)\s+(?:[\w'-]+\s+)?(?:opinion|idée|avis|jugement)\b[^.!?\n]{0,30}?\bet\s+(?:de\s+|d')?(?:la|le|l')\s*(?:partager|publier|poster|diffuser|donner|exprimer)\b",
        r"\b(?:un|l')\s*avis\s+(?:[\w'-]+\s+){0,3}?(?:ne\s+règle|ne\s+résout|n'aide)\s+(?:rien|personne)\b|\b(?:avis|jugement)\s+(?:hâtif|précipité)\b",
        // The seller's inbox ranked before the product page: "notre boîte mail passe avant la page
        // produit", "un message vient avant les avis".
        r"\b(?:passe|passent|vient|viennent|arrive|arrivent)\s+(?:toujours\s+)?avant\s+(?:la|les|le|l'|vos|votre)\s*(?:page|fiche|section|rubrique|avis|commentaires?|évaluations?|notes?)\b",
        // Finding a disappointment among the reviews: "découvrir une déception en lisant les avis",
        // "apprendre un souci dans les commentaires".
        r"\b(?:découvr\w*|apprendr\w*|appris|lire|trouver|tomber\s+sur)\s+(?:[\w'-]+\s+){0,3}?(?:déceptions?|mécontentements?|problèmes?|soucis|critiques?|reproches?|plaintes?)\s+(?:en\s+lisant|dans|sur|parmi)\s+(?:les|vos|un|une|la|nos)\s+(?:avis|commentaires?|évaluations?|notes?|page)\b",
    ],
    first: &[
        // "Avant" closing the clause after the seller, who is put first: "écrivez-nous avant :",
        // "passez par moi avant." ("la poche avant" is a place.)
        r"\b(?:nous|moi)\s+avant\s*(?::|[.!;]|$)",
        r"\b(?:d'abord|en\s+premier|avant\s+tout|au\s+préalable|plutôt|en\s+priorité|au\s+lieu)\b",
    ],
    reward: &[
        // A sentence that opens on thanks or a return for what came before, and gives the buyer
        // something: « Laissez votre avis : … En retour, nous vous envoyons un échantillon »,
        // « Pour vous remercier, je vous offre … ». Only at a sentence's start, so a return's
        // refund inside a sentence (« renvoyez-le et en retour nous vous remboursons ») is none.
        r"(?:(?m:^)|[.!?:;]\s+)(?P<m>(?:en\s+(?:retour|échange|contrepartie|remerciement)|pour\s+(?:vous|te)\s+(?:en\s+)?remercier)\s*,?\s+(?:nous|je|j['’])\s*(?:(?:vous|te)\s+)?(?:(?:allons|vais|pouvons|tenons\s+à|serons\s+heureux\s+de|aussi|ensuite)\s+)?(?:offr|envo|donn|gliss|ajout|rembours|réserv|accord|fer|met)\w*)",
        // A little writing said to be enough, joined to a gift, right after a review ask:
        // « Donnez votre avis : … Un commentaire suffit, et nous vous offrons un échantillon »,
        // « Deux lignes suffisent et vous recevez une recharge ». (After an offer of help,
        // « Répondez à ce message. Une ligne suffit, et nous envoyons la pièce », it is help.)
        r"(?:\b(?:avis|évaluation|commentaires?|notez|noter)\b)[^\n]{0,160}?(?:[.!?]+\s+|\s*\n\s*)(?P<m>(?:(?:juste|même|seulement)\s+)?(?:un|une|deux|trois|quelques)\s+(?:(?:petite?s?|courte?s?|simples?)\s+)?(?:lignes?|phrases?|mots?|commentaires?)\s+(?:suffi(?:t|sent|ra|ront)|(?:c['’]est|ce\s+sera)\s+assez)\s*[,;–—-]?\s+(?:et\s+)?(?:(?:nous|je|j['’]|on)\s*(?:(?:vous|te)\s+)?(?:(?:allons|vais|va|pouvons)\s+)?(?:offr|envo|donn|gliss|ajout|rembours|réserv|accord|met)\w*|(?:vous|tu)\s+(?:recev|obten|gagn)\w*))",
        // A thing for the buyer joined to the review in one phrase, a subject line's often: « Votre
        // avis sur le sac, et un shaker pour vous », « ton commentaire + une gourde pour toi ».
        r"\b(?:avis|évaluations?|commentaires?|notes?|témoignages?)\b[^.!?\n]{0,60}?\s(?:et|\+|&)\s+(?:un|une|des)\s+(?:(?:petite?s?|joli(?:e|s|es)?|beau|belle|nouvel(?:le)?)\s+)?[\w-]+\s+(?:(?:offerte?s?|gratuite?s?)\s+)?pour\s+(?:vous|toi)\b",
        // A token earned per review, a badge, a stamp, a sticker, a point on a card: « chaque
        // avis rédigé rapporte un badge », « chaque avis vous rapporte un tampon », « un jeton
        // par avis ». Status in the seller's club is given for the review even when nothing is
        // swapped for it yet.
        r"\b(?:avis|évaluations?|commentaires?)\b[^.!?\n]{0,40}?\b(?:(?:vous|te|lui|leur)\s+)?(?:rapporte(?:nt|ra|ront)?|vaut|valent|vaudra|fait\s+gagner|compte\s+pour|équivaut\s+à|débloque(?:nt|ra)?)\s+(?:(?:vous|te)\s+)?(?:un|une|\d+|deux|trois|cinq|dix)\s+(?:[\w'’-]+\s+){0,2}?(?:badges?|tampons?|autocollants?|stickers?|jetons?|vignettes?|écussons?|gommettes?|insignes?|poinçons?)\b",
        r"\b(?:badges?|tampons?|autocollants?|stickers?|jetons?|vignettes?|écussons?|gommettes?|insignes?|poinçons?)\s+(?:(?:pour|à|avec)\s+chaque|par)\s+(?:[\w'’-]+\s+)?(?:avis|évaluation|commentaire)s?\b",
        // Tokens counted and swapped for goods, in the sentence of the review or the next: « cinq
        // badges donnent droit à un kit », « dix tampons valent une lampe frontale », « échangez
        // dix tampons contre une gourde ».
        r"\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|cinquante|cent|vos|tes)\s+(?:[\w'’-]+\s+)?(?:badges|tampons|autocollants|stickers|jetons|vignettes|écussons|gommettes|insignes|poinçons)\s+(?:[\w'’-]+\s+)?(?:donnent\s+droit\s+à|ouvrent\s+droit\s+à|val(?:ent|ront)\s+(?:un|une|\d+|l['’])|s['’]échangent\s+contre|(?:sont|seront)\s+(?:échangeables|convertibles)\s+(?:contre|en)|(?:peuvent|pourront)\s+être\s+(?:échangés|convertis|troqués)\s+(?:contre|en)|débloquent|permettent\s+d['’](?:obtenir|avoir|gagner|échanger)|vous\s+(?:donnent|offrent|rapportent|valent)|équivalent\s+à|se\s+convertissent\s+en)",
        r"\b\d+\s+points\s+(?:s['’]échangent\s+contre|(?:sont|seront)\s+(?:échangeables|convertibles)\s+(?:contre|en)|(?:peuvent|pourront)\s+être\s+(?:échangés|convertis)\s+(?:contre|en)|donnent\s+droit\s+à)",
        r"\b(?:échang|troqu|convert)\w*\s+(?:vos|tes|\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt)\s+(?:[\w'’-]+\s+)?(?:badges|tampons|autocollants|stickers|jetons|vignettes|écussons|gommettes|insignes|poinçons|points)\s+(?:[\w'’-]+\s+)?(?:contre|en)\b",
        // Points added to the buyer's count for a review, the points said as "en": "chaque avis
        // publié en ajoute 50 à votre compteur", "votre commentaire crédite 30 points sur votre
        // solde", "un avis vous fait gagner 40 points".
        r"\b(?:avis|évaluations?|commentaires?|témoignages?)\b[^.!?\n]{0,60}?\b(?:en\s+)?(?:ajout|crédit|rajout|vers)(?:e|ent|era|eront|ons|erons)\s+(?:[\w'’-]+\s+){0,2}?\d+\s*(?:points?\s+|pts\s+)?(?:(?:de\s+plus|supplémentaires|bonus)\s+)?(?:à|sur|dans|au)\s+(?:votre|ton|ta|vos|tes|le|la|leur)\s+(?:compteur|solde|compte|cagnotte|total|score|jauge|capital|carte)\b|\b(?:avis|évaluations?|commentaires?|témoignages?)\b[^.!?\n]{0,60}?\b(?:(?:vous|te)\s+fai(?:t|sons|ra)\s+gagner|vous\s+vaut|vous\s+vaudra)\s+(?:[\w'’-]+\s+){0,2}?\d+\s*(?:points?|pts)\b",
        // A review that moves the buyer up a level of a club or a tier: « chaque avis publié vous
        // fait monter d'un niveau », « un commentaire vous fait passer au palier suivant »,
        // « vous gagnez un échelon à chaque avis ».
        r"\b(?:avis|évaluations?|commentaires?|témoignages?)\b[^.!?\n]{0,120}?\b(?:vous|te|t['’])\s*(?:fai(?:t|ra|sons)|fera|fer(?:ont|ons))\s+(?:monter|grimper|passer|progresser|avancer|gagner|gravir)\s+(?:(?:d['’]\s*)?(?:un|une|deux|trois)|au|à\s+l['’]|à\s+la)\s*(?:cran|niveau|palier|échelon|rang|grade|statut|étape|catégorie)s?\b|\b(?:mont|grimp|gagn|pass|progress|gravi)\w*\s+(?:d['’]\s*)?(?:un|une|deux)\s+(?:cran|niveau|palier|échelon|rang|grade)s?\b[^.!?\n]{0,40}?\b(?:avis|évaluations?|commentaires?|témoignages?)\b",
        // The review said to be worth a thing, or exchanged for it: "chaque avis vaut un paquet
        // de friandises", "votre avis équivaut à un échantillon", "s'échange contre une boîte"
        // ("votre avis compte beaucoup", "vaut de l'or" give nothing).
        r"\b(?:avis|évaluations?|commentaires?)\b[^.!?\n]{0,40}?\b(?:vaut|valent|vaudra|vaudront|équivaut\s+à|équivalent\s+à|compte\s+pour|rapporte(?:nt|ra)?|(?:vous|te)\s+rapporte(?:nt|ra)?|(?:s'échange|s'échangent|s'échangera)\s+contre|(?:peut|peuvent|pourra)\s+être\s+(?:échangée?s?|troquée?s?|converti(?:e|s|es)?)\s+(?:contre|en)|(?:est|sont)\s+(?:échangeables?|convertibles?)\s+(?:contre|en))\s+(?:(?:un|une|deux|trois|\d+|l'équivalent\s+d'une?)\s+(?:(?:petite?|grande?|gros(?:se)?|beau|belle|bonne?|vraie?|joli(?:e)?)\s+)?(?:paquets?|sachets?|sacs?|boîtes?|pots?|bocaux|bocal|bouteilles?|flacons?|lots?|packs?|cartons?|portions?|doses?|tablettes?|barquettes?|provision|réserve|stock|recharges?|échantillons?|friandises?|jouets?|cafés?)\b|(?:un|une)\s+[\w'-]+\s+(?:offerte?|gratuite?)\b|[$€£¥]\s*\d|\d+\s*(?:€|euros?)\b)",
        // The review said to count as or for a gift to a good cause: "chaque avis compte pour un
        // don d'un euro à un refuge", "votre avis devient un repas", "chaque évaluation vaut un
        // euro reversé" ("chaque avis compte pour nous" gives nothing).
        r"\b(?:avis|évaluations?|commentaires?)\b[^.!?\n]{0,40}?\b(?:compte(?:nt|ra|ront)?\s+(?:pour|comme)|vaut|valent|vaudra|équivaut\s+à|devient|deviendra|se\s+transforme(?:ra)?\s+en)\s+(?:un|une|deux|trois|\d+)\s+(?:[\w'-]+\s+){0,1}?(?:dons?|arbres?|repas|euros?)\b",
        // A thing named per review with no verb of giving: "pour chaque avis, un sachet de
        // friandises", "par avis : deux échantillons" ("pour chaque avis que nous lisons" names no
        // thing).
        r"\b(?:(?:pour|avec|à)\s+chaque|par)\s+(?:nouvel(?:le)?\s+)?(?:avis|évaluation|commentaire)\s*[,:;–—-]?\s*(?:un|une|deux|trois|\d+)\s+(?:(?:petite?|grande?|gros(?:se)?|beau|belle|bon(?:ne)?)\s+)?(?:paquets?|sachets?|sacs?|boîtes?|pots?|bouteilles?|flacons?|lots?|packs?|portions?|tablettes?|échantillons?|friandises?|jouets?|cadeaux?|arbres?|repas|dons?|euros?)\b",
        // The review itself doing a good deed: "votre avis plante un arbre", "chaque avis sur
        // Amazon retire un kilo de plastique de la plage".
        r"\b(?:votre|ton|ta|chaque|un)\s+(?:[\w'-]+\s+)?(?:avis|évaluation|commentaire)\s+(?:(?:sur\s+Amazon|aussi)\s+)?(?:(?:plante|finance)\s+(?:un|une|deux|trois|\d+|l['’]|le|la)|(?:ramasse|retire|enlève|sort)\s+(?:[\w'-]+\s+){0,4}?(?:plastiques?|déchets|ordures))\b",
        // A good deed named as what the review brings: "un arbre de plus pour votre avis".
        r"\b(?:arbres?|repas|dons?|(?:kilos?|kg)\s+de\s+(?:plastiques?|déchets))\s+(?:[\w'-]+\s+){0,2}?(?:pour|grâce\s+à)\s+(?:votre|ton|ta|chaque)\s+(?:avis|évaluation|commentaire)\b",
        // A refund or a dispatch timed by the review going online, whatever it pays back: "le port
        // vous sera remboursé dès que votre avis est publié", "nous enverrons la pièce une fois
        // votre commentaire en ligne".
        r"\b(?:rembours\w*|envo(?:yé|yée|yés|yées|yons|yer|ie|ient|ierons|ierai)|expédi\w*|crédit\w*|vers(?:é|ée|és|ées|ons|erons))\b[^.!?\n]{0,20}?\b(?:une\s+fois|dès|sitôt|aussitôt|après|lorsque?|quand)\s*(?:que\s+|qu')?\s*(?:votre|ton|l'|le|la)\s*(?:avis|commentaire|évaluation|note|témoignage)\s+(?:(?:est|sera|a\s+été|aura\s+été|apparaît|apparaîtra|devient|deviendra)\s+(?:bien\s+)?(?:en\s+ligne|visible|publiée?|postée?|affichée?)|apparaî\w*|s'affich\w*|figur\w*|publiée?|postée?|en\s+ligne|visible)\b",
        // Points in a cell of a drawn table, or points traded for goods: "| 150 points |", "300
        // points = un coffret offert".
        r"\|[ \t]*(?P<m>\d+\s+points)[ \t]*\||\b\d+\s+points\s*(?:=|→|->)",
        // A promo code printed beside the ask: "Code POIVRE5", "code : MERCI10"; money off the next
        // order: "5 € offerts sur votre prochaine commande".
        r"\bcodes?\s*:?\s*(?-i:[A-Z][A-Z0-9-]{3,})\b|\b\d+(?:[.,]\d+)?\s*(?:€|euros?)\s+(?:offerts?|de\s+(?:réduction|remise|moins))\s+(?:sur|pour|dès)\s+(?:votre|ta|la|une)\s+prochaine?s?\s+(?:commande|achat)s?\b",
        // The warranty raised to a number, the verb in any form and on either side, its kind and
        // owner named first too ("garantie maison : allongée à 4 ans"): "garantie portée
        // à 3 ans", "voient leur garantie passer à 24 mois", "nous portons votre garantie de 1 à 2
        // ans"; or made another one, for life too: "votre garantie de deux ans devient une garantie
        // à vie", "la garantie se transforme en garantie de cinq ans". The thing it covers may be
        // named first: "la garantie de votre vélo passe de 1 à 2 ans".
        r"\bgaranties?\s+(?:(?:commerciale|contractuelle|constructeur|fabricant|de\s+la\s+boutique|maison)\s+[^.!?\n]{0,40}?[:–—-]\s*)?(?:(?:de|du|des|d')\s*(?:votre|ton|ta|vos|tes|la|le|l'|les|ce|cet|cette|ces|notre|nos)?\s*[\w-]+\s+)?(?:est\s+|sera\s+|se\s+voit\s+)?(?:port(?:ée|er|e|era)|étend(?:ue|re|ra)|prolong(?:ée|er|e|era)|pass(?:ée|e|er|era|ent)|mont(?:e|er|era|ent)|allong(?:ée|er|e|era)|augment(?:ée|er|e|era))\s+(?:de\s+\d+\s+(?:mois|ans)?\s*)?à\s+(?:\d+|deux|trois|quatre|cinq|six|dix|douze|vingt-quatre|trente-six|vie)\b|\b(?:port|pass|mont|prolong|étend|allong|augment)\w*\s+(?:la|votre|leur|sa|ta|cette|notre|vos|ces|nos)\s+garanties?\s+(?:de\s+\d+\s+(?:mois|ans?)?\s*)?à\s+(?:\d+|vie\b)|\bgaranties?\b[^.!?\n]{0,40}?\b(?:devient|deviendra|deviennent|deviendront|se\s+(?:transform|chang|mu)(?:e|era|ent|eront)\s+en)\s+(?:une\s+)?(?:garantie\s+)?(?:à\s+vie|illimitée|à\s+perpétuité|(?:de\s+)?(?:\d+|deux|trois|quatre|cinq|six|dix)\s+ans)\b|\b\d+\s+ans\s+au\s+lieu\s+de\s+\d+\b|\bà\s+moitié\s+prix\b",
        r"\bfrais\s+de\s+port\b[^.!?\n]{0,60}?\b(?:pour\s+nous|offerts|gratuits|à\s+notre\s+charge)",
        r"\b\d+\s+mois\s+au\s+lieu\s+de\s+\d+\b|\b(?:\d+|six|douze)\s+mois\s+(?:de\s+garantie\s+)?(?:supplémentaires|en\s+plus|offerts)\b",
        r"\brembours\w*\s+(?:[\w']+\s+){0,2}?\d+\s*%|\b(?:une\s+)?(?:petite\s+)?surprise\b|\bmis\s+de\s+côté\b",
        r"\bpoints?\s+(?:de\s+)?fidélité\b|\brapporte\w*\s+(?:[\w']+\s+){0,2}?\d+|\b\d+\s+points?\s+(?:de\s+plus|supplémentaires|bonus)\b|\btirage\w*|\btente[rz]\s+(?:votre|ta)\s+chance\b|\bgarantie\s+(?:prolongée|étendue|doublée)\b|\bdouble\s+garantie\b|\bextension\s+de\s+garantie\b|\bcontre\s+(?:votre|ton|ta|un|une|chaque)\s+(?:petite?\s+)?(?:avis|retour|commentaire|évaluation|note|critique|témoignage)\b|\bversion\s+(?:Pro|supérieure|premium|haut\s+de\s+gamme)\b",
        r"\bcartes?[\s-]+cadeaux?\b|\bbons?\s+d'achat\b|\bbons?\s+de\s+réduction\b|\bcodes?\s+(?:promo\w*|de\s+réduction)\b|\bcoupons?\b|\bréductions?\b|\bremises?\b|\brabais\b|\bcashback\b|\bremboursement\s+partiel\b|\bpetit\s+(?:cadeau|geste|quelque\s+chose|plus|présent)\b|\bcadeaux?\b|\bprimes?\b|\brécompenses?\b|\bcaptures?\s+d'écran\b|\bscreenshots?\b|\ben\s+(?:échange|contrepartie)\b|\bpour\s+vous\s+remercier\b|\bpour\s+(?:vous|te)\s+dire\s+merci\b|\ben\s+guise\s+de\s+(?:remerciements?|merci)\b|\ben\s+remerciement\b|\bpaypal\b|\b\d+\s*%\s*(?:de\s+)?(?:réduction|remise)\b",
        // A thank-you thing sent: "coffret de remerciement", "une douceur de remerciement", "une
        // attention en remerciement".
        r"\b(?:colis|paquet|coffret|envoi|cadeau|présent|lot|douceur|attention|gourmandise|friandise)s?\s+(?:de\s+)?remerciements?\b|\bgeste\s+(?:[\w'-]+\s+){0,3}?(?:prochaine?s?|suivante?s?)\b|\ben\s+(?:signe|témoignage|gage|marque|preuve)\s+de\s+(?:toute\s+)?(?:notre|ma)?\s*(?:reconnaissance|gratitude)\b|\bgagner\s+(?:un|une|des|le\s+(?:lot|prix))\b|\bgagnants?\b|\btirage\s+au\s+sort\b|\bconcours\b|\blivraison\s+(?:offerte|gratuite)\b|\bfrais\s+de\s+port\s+offerts\b",
        r"\bd'une\s+valeur\s+de\s+\d+",
        // A place among testers or members: "notre liste de testeurs", "le cercle des bêta-testeurs",
        // "prix membres", "accès anticipé".
        r"\b(?:liste|cercle|groupe|communauté|réseau|fichier)\s+(?:de\s+|des\s+)?(?:(?:bêta-?|beta-?)?testeu(?:r|se)s?|ambassadeu(?:r|rice)s?|VIP|privilégiée?s|initiée?s|membres)\b|\b(?:bêta|beta)-?testeu\w+|\b(?:prix|tarifs?)\s+(?:membres?|adhérents?|privilège|initiés?)\b|\baccès\s+(?:anticipé|prioritaire|en\s+avant-première|exclusif)\b",
        // Extra years of warranty: "une troisième année offerte", "un an de garantie en plus".
        r"\b(?:années?|ans?)\s+(?:de\s+garantie\s+)?(?:supplémentaires?|en\s+plus|offerte?s?|gratuite?s?|bonus)\b|\bgarantie\s+(?:supplémentaire|en\s+plus|offerte)\b",
        // Thanks kept for those who review: "pour remercier celles et ceux qui…".
        r"\bpour\s+remercier\s+(?:tous\s+|toutes\s+)?(?:ceux|celles|les\s+clients?|les\s+clientes?|nos\s+clients?|chaque|les\s+personnes)\b",
        r"\b(?:club|programme|équipe|panel)\s+(?:de\s+|des\s+)?(?:testeu(?:r|se)s?|ambassadeu(?:r|rice)s?|VIP|privilèges?)\b|\b\d+\s*%\s+(?:[\w'-]+\s+){0,4}?(?:prochaine?|prochaines|futur(?:e|s|es)?)\s+(?:commande|achat|fois)s?\b",
        // A draw, or names slipped into a hat to pick one: "glissera dans un chapeau le nom de
        // chaque client… et en tirera un".
        r"\btir(?:ons|erons|era|ée?s?)\s+au\s+sort\b|\b(?:dans|d')\s*(?:un|le|notre|son|une|la)\s+(?:chapeau|urne|bocal|saladier|panier|sac)\b[^.!?\n]{0,40}?\b(?:noms?|prénoms?|pseudos?)\b|\ben\s+tir(?:e|era|erons|ons|ent|eront|erai)\s+(?:un|une|deux|trois|cinq|dix|\d+)\b",
        // Something money cannot buy: "il n'est pas en vente", "hors commerce", "introuvable
        // ailleurs".
        r"\b(?:n'est|ne\s+sont|n'existe|n'existent)\s+(?:pas|nulle\s+part)\s+(?:en\s+vente|à\s+la\s+vente|dans\s+le\s+commerce|en\s+boutique)\b|\bhors\s+commerce\b|\bnon\s+commercialisée?s?\b|\bintrouvables?\s+ailleurs\b|\bpas\s+(?:en\s+vente|à\s+vendre)\b",
        // A named club or circle of members: "le Club des Premiers", "notre cercle des fidèles".
        r"\b(?:club|cercle)\s+(?:des|du|de\s+la|de\s+l')\s*[\w-]+",
        r"\b2\s*(?:x|pour)\s*1\b|\b(?:deux|2)\s+pour\s+le\s+prix\s+d'un\b",
        r"\bdoubl\w*\s+(?:cette\s+durée|la\s+durée|la\s+garantie|votre\s+garantie)|\bpetite\s+attention\b",
        // The warranty lengthened, the verb first and the term as what is added: "nous allongeons
        // la garantie de votre vélo d'un an", "on étend votre garantie de six mois".
        r"\b(?:prolong|allong|rallong|étend|étendr)\w*\s+(?:la|votre|ta|sa|leur)\s+garantie\b(?:\s+(?:de|du|des|d')\s*(?:votre|ton|ta|vos|la|le|l'|ce|cet|cette)?\s*[\w-]+)?\s+(?:de|d')\s*(?:\d+|un|une|deux|trois|quatre|cinq|six|douze|dix-huit|vingt-quatre)\s+(?:mois|ans?|années?)\b",
        // Loyalty credit and status: "crédite 300 grains sur votre carte de fidélité", "passez au
        // statut Gold".
        r"\bcartes?\s+(?:de\s+)?fidélité\b|\bprogramme\s+(?:de\s+)?fidélité\b|\bcagnotte\b|\b(?:re)?crédit(?:e|ent|era|eront|ons|erons|ée?s?)\s+(?:[\w'-]+\s+){0,3}?sur\s+(?:votre|ton)\s+(?:carte|compte|cagnotte|moyen\s+de\s+paiement)\b",
        // A higher tier or private sales: "passer directement au palier Privilège", "accès aux ventes
        // privées". (A level by its number, "passez au niveau 2 des exercices", is a step of a
        // training plan.)
        r"\bpaliers?\s+(?:supérieur|privilège|gold|or|argent|platine|premium|vip)\b|\bpass\w*\s+(?:directement\s+|automatiquement\s+|tout\s+de\s+suite\s+|immédiatement\s+)?(?:au|à\s+la|en)\s+(?:(?:palier|échelon|catégorie|classe)\s+\w+|niveau\s+(?:supérieur|privilège|gold|or|argent|platine|premium|vip|membre|fidélité))|\bventes?\s+privées?\b",
        r"\bstatut\s+(?:gold|or|argent|platine|premium|vip|privilège|privilégié)\b|\bpass(?:ez|erez|ent|eront|er)\s+(?:au\s+)?(?:niveau|statut|rang)\s+(?:supérieur|gold|or|platine|vip|premium)\b",
    ],
    value: &[
        // An extra in the next parcel (see the const).
        NEXT_PARCEL_EXTRA,
        // A session, a consultation or a check-up given away: « nous vous offrons une séance de
        // bilan postural », « on vous offre une consultation en visio ».
        r"\b(?:vous|te)\s+(?:offr(?:ons|irons|e|ira)|proposons\s+gratuitement)\s+(?:un|une|deux|trois|\d+)\s+(?:[\w'-]+\s+){0,3}?(?:séances?|consultations?|bilans?|rendez-vous|cours|appels?|entretiens?|coachings?|ateliers?|sessions?|visios?)\b",
        r"\bdeuxième\s+(?:paquet|lot|exemplaire|boîte|set)\b|\bun\s+(?:paquet|lot)\s+(?:supplémentaire|de\s+plus)\b",
        r"\brembours\w*|\bgratuit\w*|\boffert\w*|\b(?:l'|les\s+|vous\s+l'|vous\s+les\s+)offr(?:ons|irons|ira|iront)\b|\bsans\s+frais\b|\bremplacement\w*|\bremplacer\b|\bnouvel?\s+(?:article|produit|exemplaire)\b",
        // Money, said as money: "de l'argent", "votre argent", "rendre l'argent", "l'argent
        // remboursé", "un peu d'argent". (Bare "argent" is the metal: "argent 925", "en argent",
        // "l'argent noircit".)
        r"\b(?:de\s+l'|(?:votre|ton|vos|leur|son|notre|vous)\s+)argent\b|\bl'argent\s+(?:dépensé|versé|payé|remboursé|rendu|restitué|récupéré|de\s+(?:votre|la|l'|vos|ton|ta)\s*(?:achat|commande))\b|\b(?:rend\w*|rembours\w*|récupér\w*|restitu\w*|renvoy\w*|revers\w*|vers\w*)\s+(?:(?:vous|te|lui|leur)\s+)?l'argent\b|\b(?:somme|peu|plus|moins|pas|beaucoup|gagner|gagnez|économiser|économisez)\s+d'argent\b",
        r"\bprix\s+(?:payé|d'achat)\b|\bextension\s+de\s+(?:la\s+)?garantie\b",
        // The remade piece received: "avoir reçu le collier regravé", "recevoir la housse
        // rebrodée", "avoir la tasse refaite entre les mains".
        r"\b(?:avoir\s+(?:reçu\s+)?|recevoir\s+|réception\s+(?:de\s+|du\s+|des\s+))(?:la|le|les|l'|votre|vos|ton|ta|tes)\s*(?:[\w-]+\s+){0,2}?(?:corrigée?s?|refaite?s?|refaits|réimprimée?s?|rectifiée?s?|regravée?s?|rebrodée?s?|recousue?s?|retouchée?s?|remplacée?s?)\b",
        // A credit note, the noun only: "un avoir de 20 €", "votre avoir sera déduit", "avoir
        // commercial" (not the verb: "vous pouvez l'avoir sur vous").
        r"\b(?:un|cet|votre|leur|d'un)\s+avoirs?\s+(?:de\s+\d|d'un\s+montant|commercial|sur|à\s+valoir|déductible|sera|est|vous|en\s+votre)|\bl'avoir\s+(?:de\s+\d|commercial|déductible|à\s+valoir)|\bavoirs?\s+(?:commercial|déductible|à\s+valoir)\b",
        r"\b\d+(?:[.,]\d+)?\s*(?:€|euros?\b)(?:\s+de\s+plus|\s+supplémentaires?)?|€\s*\d+|\bvirement\b|\bgeste\s+(?:commercial|supplémentaire)\b",
    ],
    link: &[
        // An extra in the next parcel (see the const).
        NEXT_PARCEL_EXTRA,
        r"\b(?:ensuite|puis|après|une\s+fois|dès\s+que|en\s+retour|en\s+échange|pour\s+(?:votre|chaque|tout|un)|en\s+remerciement|en\s+signe\s+de\s+(?:gratitude|reconnaissance|remerciement)|pour\s+vous\s+remercier|pour\s+(?:vous|te)\s+dire\s+merci|en\s+contrepartie|à\s+tous\s+ceux\s+qui|chaque\s+client\s+qui)\b",
        r"\btou(?:s|tes)\s+(?:ceux|celles|les\s+clients?|les\s+clientes?)\s+qui\b|\bquiconque\b",
        r"\bil\s+(?:vous\s+|te\s+)?suffit\s+(?:de|d')|\bseule\s+(?:condition|chose|contrepartie)\b|\btout\s+ce\s+que\s+nous\s+(?:vous\s+)?demandons\b|\bpour\s+(?:y\s+)?(?:entrer|participer|en\s+faire\s+partie)\b",
        // The steps that follow lead to the thing: « pour en recevoir un gratuitement : »,
        // « voici comment l'obtenir », « comment en profiter : ».
        r"\bpour\s+(?:en\s+|l['’]\s*|le\s+|la\s+|les\s+|y\s+)?(?:recevoir|obtenir|bénéficier|profiter|décrocher|réclamer|avoir\s+droit)\b[^.!?\n:]{0,40}:|\bcomment\s+(?:en\s+|l['’]\s*|le\s+|la\s+|les\s+|y\s+)?(?:recevoir|obtenir|bénéficier|profiter|décrocher|réclamer|avoir\s+droit)\b",
        // Something that follows later: "un petit quelque chose suivra", "par la suite".
        r"\bsuivr(?:a|ont)\b|\bpar\s+la\s+suite\b",
    ],
    posted: &[
        r"\bvous\s+avez\s+(?:déjà\s+)?(?:laissé|publié|écrit|posté|rédigé)\s+(?:un|votre)\s+(?:avis|commentaire|évaluation)\b[^.!?\n]*\?",
        r"\b(?:dès\s+qu'|une\s+fois\s+qu'|lorsqu'|quand\s+)(?:il|elle)\s+(?:est|sera)\s+(?:en\s+ligne|publiée?|visible)\b",
        r"\b(?:une\s+fois|dès\s+que|quand|lorsque)\s+(?:votre\s+)?(?:avis|commentaire|évaluation)\s+(?:est\s+|sera\s+)?(?:en\s+ligne|publiée?|visible)\b",
        r"\b(?:avis|commentaire|évaluation)\s+(?:est\s+|a\s+été\s+)?(?:bien\s+)?(?:publiée?|postée?|en\s+ligne|rédigée?|laissée?)\s*\?",
        r"\b(?:dès\s+que|quand|lorsque|une\s+fois\s+que)\s+nous\s+(?:voyons|verrons|aurons\s+vu|trouvons)\s+(?:votre|ton)\s+(?:avis|commentaire|évaluation)\b",
        // The review's own publication as the moment, its possessive too: "dès sa publication",
        // "sitôt votre mise en ligne", "après la publication".
        r"\b(?:après|dès|sitôt|aussitôt)\s+(?:la\s+|sa\s+|votre\s+|ta\s+|leur\s+)?(?:publication|mise\s+en\s+ligne)\b",
    ],
    otherwise: &[
        r"\b(?:tous\s+)?les\s+autres\s*,|\bdans\s+la\s+négative\b",
        r"\b(?:sinon|autrement|dans\s+le\s+cas\s+contraire|si\s+non|si\s+ce\s+n'est\s+pas\s+le\s+cas)\b",
        r"(?m:^)[ \t]*non\s*[-–—:,]",
    ],
    benign: &[
        // A time of use, and no earlier, times the ask for every buyer (see the const).
        AFTER_A_TIME_OF_USE,
        // "No worries", said as an aside after a mishap the seller covers: "si le fil casse, pas
        // de souci : il y en a un de rechange", "s'il pleut, aucun problème !". It is the
        // seller's reassurance, not the buyer's verdict.
        r"[,–—]\s*(?:pas\s+de|aucun)\s+(?:souci|problème|panique|stress|soucis|problèmes)\s*[:!…]",
        // A group named as content together with everyone else, a greeting to all that holds
        // no condition: "Aux clients satisfaits comme aux autres, merci !".
        r"\b(?:aux|à|pour)\s+[^.!?\n]{0,40}?\b(?:satisfait|content|ravi|comblé|conquis|enchanté|heureu)\w*[^.!?\n]{0,30}?\b(?:comme|et|ainsi\s+qu['’]?)\s*(?:aux|à\s+tous\s+les|à\s+ceux|à\s+celles|les)\s*(?:autres|moins|déçu\w*|qui\s+(?:ne\s+le|le\s+sont\s+moins))",
        // A slogan that pairs a happy group with another, closing the sentence or called the shop's
        // motto, or a happy group called its goal:
        // « Clients satisfaits, chiens heureux : c'est notre devise. », « Notre objectif : des
        // clients ravis. » It names no buyer and no condition.
        r"\b[\w'’-]+\s+(?:satisfaite?s|heureu(?:x|ses)|ravie?s|comblée?s|contente?s)\s*(?:,|&|\+|=|–|—|-|\bet\b)\s*[\w'’-]+\s+(?:satisfaite?s|heureu(?:x|ses)|ravie?s|comblée?s|contente?s|en\s+forme|en\s+bonne\s+santé)\s*(?:[.!](?:\s|$)|\n|$|[:,–—-]?\s*(?:c'est|c’est|voilà|telle\s+est|tel\s+est|est|sont)\s+(?:notre|ma)\s+(?:devise|priorité|mission|objectif|but|credo|philosophie|promesse|slogan|leitmotiv)\b)",
        r"\b(?:notre|ma)\s+(?:devise|priorité|mission|objectif|but|credo|philosophie|promesse|slogan|leitmotiv)\s*(?:(?:est|reste|a\s+toujours\s+été|:|–|—|-)\s*){1,2}(?:(?:simple|d'avoir|avoir)\s*[:,]?\s*)?(?:des\s+|de\s+)?(?P<m>[\w'’-]+\s+(?:satisfaite?s|heureu(?:x|ses)|ravie?s|comblée?s|contente?s)\b[^\n]?)",
        r"\b(?P<m>[\w'’-]+\s+(?:satisfaite?s|heureu(?:x|ses)|ravie?s|comblée?s|contente?s)\s*[:,–—-]?\s*(?:c'est|c’est|voilà|telle\s+est|est|sont)\s+(?:notre|ma)\s+(?:devise|priorité|mission|objectif|but|credo|philosophie|promesse|slogan|leitmotiv))\b",
        // Adopted by the seller's own team, its workshop or its testers, followed by the seller's
        // own next step: « Quand l'équipe l'aura adopté en atelier, nous publierons la notice »,
        // « une fois que nos testeurs l'auront adoptée, nous mettrons en ligne le guide ». (A
        // buyer or a pet who adopted it, « quand votre chien aura adopté sa gamelle, laissez un
        // avis », stays a condition.)
        r"\b(?:quand|lorsque?|une\s+fois\s+que|une\s+fois\s+qu'|dès\s+que|dès\s+qu'|après\s+que|après\s+qu')\s*(?:l['’]\s*|le\s+|la\s+|notre\s+|nos\s+|toute\s+l['’]\s*|tout\s+le\s+)[\w-]+(?:\s+(?:de|du|des|d['’])\s*[\w-]+|\s+[\w-]+)?\s+(?P<m>(?:l['’]\s*|les\s+)?(?:aura|auront)\s+(?:déjà\s+|bien\s+|vraiment\s+)?adoptée?s?\b[^.!?\n,;]{0,40},\s*(?:nous|on)\s+(?:vous\s+)?(?:publierons|publiera|mettrons|mettra|ajouterons|ajoutera|partagerons|partagera|rédigerons|rédigera|compléterons|complétera|finaliserons|finalisera|diffuserons|diffusera|enverrons|enverra|tournerons|tournera|filmerons|filmera)\s+(?:en\s+ligne\s+|à\s+jour\s+)?(?:la|le|les|l['’]|notre|nos|une|un|des)\s*(?:[\w'’-]+\s+){0,2}?(?:notice|guide|mode\s+d['’]emploi|tutoriel|tuto|vidéo|vidéos|photos?|fiche|conseils|astuces|recettes?|version|mise\s+à\s+jour|article|manuel|FAQ)\b)",
        // A condition on adding a photo or a video to the review, not on the experience: « Si vous
        // ajoutez une photo à votre avis, les autres acheteurs verront la taille. » (« Si vous êtes
        // ravi, ajoutez une photo » stays a condition.)
        r"\bsi\s+(?:vous\s+(?:y\s+)?(?:ajoutez|joignez|incluez|mettez|publiez|postez|glissez)|tu\s+(?:y\s+)?(?:ajoutes|joins|inclus|mets|publies|postes|glisses))\s+(?:(?:à\s+(?:votre|ton|l['’])\s*(?:avis|commentaire|évaluation)\s+)?(?:une|des|quelques|deux|un|vos|tes)\s+)?(?:(?:petite?s?|courte?s?)\s+)?(?:photos?|images?|vidéos?|clichés?)\b(?:\s+(?:à|dans|avec)\s+(?:votre|ton|ta|l['’])\s*(?:avis|commentaire|évaluation))?",
        // "Quand on s'y attend le moins": a figure of speech for any time, no condition.
        r"\b(?:quand|lorsqu['’]?|au\s+moment\s+où)\s*(?:on|vous|tu|nous)\s+(?:s['’]\s*y|vous\s+y|t['’]\s*y|nous\s+y)\s+attend(?:s|ez|ons)?\s+le\s+moins\b",
        // An approval that is the platform's, not the buyer's or a pet's: "après l'approbation
        // d'Amazon", "après le feu vert des modérateurs", "après la validation de votre avis".
        r"\baprès\s+(?:le|la|l[\x27’]|son|sa|leur)?\s*(?:[\w\x27’-]+\s+){0,2}?(?:feu\s+vert|approbation|accord|ok|okay|aval|validation|modération|vérification)\s+(?:d[\x27’]\s*|de\s+(?:la\s+|l[\x27’]\s*)?|du\s+|des\s+|par\s+(?:la\s+|l[\x27’]\s*|le\s+|les\s+)?)(?:amazon|modérat\w+|plateforme|site|marketplace|équipe\w*|votre\s+avis|l[\x27’]avis|avis|votre\s+commentaire|commentaire)\b",
        // The buyers addressed only by their wish or time to review, a courtesy like "si vous le
        // souhaitez": "Ceux qui souhaitent évaluer le produit pourront le faire ici", "celles et
        // ceux qui ont envie de partager leur avis", "quiconque le souhaite peut …". The wish must
        // lead into the review itself or into what the buyer may do: "ceux qui sont ravis" or a
        // wish to tell how much they love it stays a condition.
        r"\b(?:(?:(?:tous\s+|toutes\s+)?(?:ceux|celles)(?:\s+et\s+(?:ceux|celles))?|(?:les\s+|nos\s+)?(?:clients?|clientes?|acheteu(?:r|rs|se|ses)|personnes)|vous)\s+qui|quiconque)\s+(?:le\s+)?(?:souhait(?:e|ent|ez|eraient|erait|eriez)|veu(?:t|lent)|voulez|voudr(?:aient|ait|iez)|désir(?:e|ent|ez)|aimer(?:aient|ait|iez)|ont\s+envie|a\s+envie|avez\s+envie|sont\s+prête?s?\s+à|est\s+prête?\s+à|(?:ont|a|avez)\s+(?:un\s+(?:moment|instant)|le\s+temps|quelques\s+minutes|deux\s+minutes|cinq\s+minutes))\s*(?:(?:de\s+|d'|à\s+)?\s*(?:évaluer|noter|commenter|(?:donner|partager|laisser|écrire|publier|rédiger|déposer|livrer|exprimer)\s+(?:(?:un|une|leur|leurs|votre|vos|son|ses|quelques|deux)\s+)?(?:(?:petit|petite|bref|brève|sincère|propre|premier|premières?|honnête)\s+)?(?:avis|commentaires?|évaluation|note|impressions?|ressenti|expérience|mots|lignes|étoiles|retour))\b|\s*,?\s*(?:peu(?:t|vent)|pourr(?:a|ont)|pouvez|pourrez)\b)",
        // A review not written yet: "si c'est pas encore fait", "si ce n'est pas déjà fait".
        r"\bsi\s+(?:c'est|ce\s+n'est|c'est\s+toujours)\s+pas\s+(?:encore|déjà)\s+(?:fait|le\s+cas)\b",
        // The review itself named as not written yet: "si vous n'avez pas encore donné votre avis",
        // "si tu n'as pas déjà laissé de commentaire", "si vous n'avez pas encore eu l'occasion
        // de noter votre achat".
        r"\bsi\s+(?:vous|tu)\s+(?:ne\s+|n['’]\s*)(?:nous\s+|l['’]\s*)?(?:avez|as)\s+(?:toujours\s+)?pas\s+(?:encore|déjà)\s+(?:eu\s+(?:l['’]occasion|le\s+temps)\s+(?:de\s+|d['’]))?(?:donn|laiss|écri|publi|rédig|partag|post|not|évalu|dépos|comment)\w*\b",
        // A reflexive "se" after a preposition or a modal ("à se décider", "pour se lancer") is no
        // conditional "se" of other tables.
        r"\b(?:à|de|d'|pour|sans|peut|peuvent|doit|doivent|va|vont|faut)\s*se\s+\w+(?:er|ir|re)\b",
        r"\b(?:quand|lorsque|si|dès\s+que)\s+(?:cela|ça)\s+(?:vous|te)\s+(?:arrange|convient|chante|dit)\b|\bquand\s+(?:bon\s+)?(?:vous\s+semble|te\s+semble)\b|\b(?:quand|une\s+fois\s+que|après\s+que)\s+(?:vous\s+(?:l'|les\s+)?aurez|tu\s+(?:l'|les\s+)?auras)\s+(?:[\w'-]+\s+)?(?:portée?s?|installée?s?|montée?s?|reçue?s?|déballée?s?|lue?s?|lavée?s?|utilisée?s?|essayée?s?|testée?s?)\b",
        // Once the buyer could try it, the verb after a modal: "quand vous aurez pu l'essayer",
        // "une fois que tu auras eu le temps de le porter".
        r"\b(?:quand|lorsque|une\s+fois\s+que|après\s+que)\s+(?:vous\s+aurez|tu\s+auras)\s+(?:pu|eu\s+le\s+temps\s+de|eu\s+l'occasion\s+de)\s+(?:l'|le\s+|la\s+|les\s+)?(?:tester|essayer|utiliser|installer|porter|monter|déballer|laver|écouter|goûter|allumer|brancher|charger)\b",
        // Once the buyer has had the time to form an opinion: "quand vous aurez eu le temps de
        // vous faire une idée", "une fois que vous vous serez forgé votre propre avis", "lorsque
        // tu auras pu te faire une opinion" (a verdict named in it, "une idée positive", is none
        // of these).
        r"\b(?:quand|lorsque|une\s+fois\s+que|après\s+que|dès\s+que)\s+(?:vous\s+(?:aurez\s+(?:pu|eu\s+le\s+temps\s+de|eu\s+l['’]occasion\s+de|pris\s+le\s+temps\s+de)\s+vous\s+(?:en\s+)?(?:faire|forger|former)|vous\s+(?:en\s+)?serez\s+(?:fait|forgé|formé))|tu\s+(?:auras\s+(?:pu|eu\s+le\s+temps\s+de|eu\s+l['’]occasion\s+de|pris\s+le\s+temps\s+de)\s+t(?:e\s+|['’])(?:en\s+)?(?:faire|forger|former)|t(?:e\s+|['’])(?:en\s+)?seras\s+(?:fait|forgé|formé)))\s+(?:une|un|votre|ton|ta|sa)\s+(?:(?:propre|vraie|véritable|première|juste|précise|claire|réelle|petite)\s+)?(?:idée|opinion|avis|jugement)(?:\s*[,.;:!?)–—]|\s+(?:de|du|des|d['’]|sur|quant|à|au|et|puis|nous|vous|je|j['’]|on|votre|ton|ne|n['’])\b)",
        // Also in a learner's French with the infinitive: "quand vous avoir un moment", "si
        // vous avoir du temps".
        r"\b(?:quand|si)\s+vous\s+avoir\s+(?:un\s+(?:moment|instant)|le\s+temps|du\s+temps|(?:une|deux|cinq|quelques)\s+minutes?)\b",
        r"\bquand\s+(?:vous\s+(?:êtes|serez|aurez|avez)|tu\s+(?:es|seras|auras|as))\s+(?:libres?|disponibles?|le\s+temps|un\s+(?:moment|instant)|(?:quelques|deux|cinq|dix)\s+minutes)\b|\bsi\s+(?:vous\s+avez|tu\s+as|t'as|t'avez)\s+(?:une|deux|cinq|quelques|un\s+peu\s+de|du|le)\s+(?:minutes?|secondes?|temps)\b|\b(?:quand|une\s+fois\s+que|après\s+que)\s+(?:vous\s+(?:l'|les\s+)?aurez|tu\s+(?:l'|les\s+)?auras)\s+(?:utilisée?s?|essayée?s?|testée?s?)\b",
        r"\bsi\s+(?:vous\s+avez|tu\s+as)\s+(?:des|une|la\s+moindre|d'autres)\s+(?:questions?|besoin)\b|\bsi\s+(?:vous\s+avez|tu\s+as)\s+besoin\s+d'aide\b|\b(?:ravis?|heureux|heureuses|contents?)\s+(?:[\w'-]+\s+){0,2}?si\b",
        r"\bsi\s+(?:vous|tu)\s+(?:le\s+)?(?:souhaitez|voulez|désirez|souhaites|veux|avez\s+(?:un\s+(?:moment|instant)|le\s+temps|quelques\s+minutes|deux\s+minutes)|as\s+(?:un\s+moment|le\s+temps))\b|\bsi\s+(?:cela|ça)\s+(?:vous|te)\s+(?:dit|convient|tente)\b|\bquand\s+(?:vous|tu)\s+(?:le\s+)?(?:voulez|souhaitez|veux|aurez\s+(?:un\s+moment|le\s+temps))\b",
        // The time taken to review, as a courtesy: "si vous prenez un instant pour évaluer la
        // boutique, cela nous aide", "si tu prends deux minutes pour noter l'article". It names
        // the review to come and the buyer's time, never the experience. (With an offer after
        // it, the same words name the review as what earns it: see `reviewers`.)
        r"\bsi\s+(?:vous|tu)\s+(?:nous\s+)?(?:prenez|prends|preniez|prenais|trouvez|trouves)\s+(?:un|une|le|quelques|deux|cinq|dix|trente)\s+(?:petit(?:e|s|es)?\s+)?(?:instants?|moments?|minutes?|temps|secondes?)\s+(?:pour|de|d')\s*(?:nous\s+|l'|la\s+|le\s+)?(?:écrire|rédiger|laisser|donner|partager|poster|publier|noter|évaluer|raconter|témoigner|commenter|décrire)\b",
        // The same wish in the future, or with "lorsque": "lorsque vous le souhaiterez", "quand tu
        // le voudras", "si vous le désirez".
        r"\b(?:quand|lorsque?|si)\s+(?:vous|tu)\s+(?:le\s+)?(?:souhaiterez|voudrez|désirerez|souhaiteras|voudras|désirez|souhaitez|voulez)\b",
        r"\bsi\s+(?:vous\s+ne\s+l'avez|ce\s+n'est)\s+pas\s+(?:encore|déjà)\b|\bsi\s+(?:vous|tu)\s+en\s+(?:avez|as)\s+(?:l'occasion|l'envie|le\s+temps)\b|\bsi\s+(?:un\s+jour\s+)?(?:l'envie|l'occasion)\s+vous\s+(?:en\s+)?(?:prend|dit|est\s+donnée)\b|\b(?:ravis?|heureux|heureuses|reconnaissants?|apprécierions)\s+(?:[\w'-]+\s+){0,2}?si\s+(?:vous|tu)\b|\bà\s+votre\s+convenance\b|\bs'il\s+vous\s+plaît\b|\bs'il\s+te\s+plaît\b",
        r"\b(?:dès|une\s+fois|aussitôt|quand|lorsque?)\s*(?:que\s+|qu')?\s*(?:le\s+colis|votre\s+commande|l'article|il|elle)\s+(?:sera|est)\s+(?:bien\s+)?(?:arrivée?|livrée?)\b",
        r"\bsi\s+(?:vous|tu)\s+(?:en\s+)?(?:avez|as)\s+(?:l')?envie\b|\bsi\s+le\s+cœur\s+vous\s+en\s+dit\b|\bsi\s+ça\s+vous\s+chante\b",
        r"\ben\s+tant\s+que\b",
        // Spoken forms: "si t'as le temps", "si t'en as envie", "quand t'auras une minute".
        // "Whenever you can", on the buyer's time alone: « quand vous le pourrez », « dès que vous
        // pourrez, … », « dès que tu auras un moment », « lorsque vous en aurez l'occasion ». (A
        // verb after it names what the buyer can do with the item, « quand vous pourrez cuisiner
        // sans douleur », and stays a condition.)
        r"\b(?:quand|lorsque|dès\s+que|aussitôt\s+que)\s+(?:vous|tu)\s+(?:(?:le|l['’])\s*(?:pourrez|pouvez|pourras|peux|voudrez|voulez|voudras|veux)\b|(?:pourrez|pouvez|pourras|peux|voudrez|voulez|voudras|veux)\s*[,;:–—)]|en\s+(?:aurez|avez|auras|as)\s+(?:l['’]\s*occasion|le\s+temps|envie)\b|(?:aurez|avez|auras|as)\s+(?:un\s+(?:petit\s+)?(?:moment|instant)|le\s+temps|(?:quelques|deux|cinq|dix)\s+minutes)(?:\s+(?:de\s+libre|libres?))?\b)",
        r"\bsi\s+t'(?:as|en\s+as)\s+(?:le\s+temps|envie|l'occasion|un\s+moment|une\s+minute|deux\s+secondes)\b|\bquand\s+t'(?:as|auras)\s+(?:le\s+temps|un\s+moment|une\s+minute|deux\s+minutes)\b",
        // A plain fact about the buyer's own photo or video, no verdict: "si vous avez pris une
        // photo de la lampe", "si tu l'as filmé", "si vous avez fait quelques photos". The clause
        // must close with no "et" in it: "… et l'avez adorée" adds a verdict and stays a condition.
        r"\bsi\s+(?:vous\s+avez|tu\s+as)\s+(?:déjà\s+)?(?:pris|fait|tourné|filmé)\s+(?:une|des|quelques|un|deux)\s+(?:petites?\s+)?(?:photos?|vidéos?|clichés?|images?)(?:\s+(?:[^\s,.;:!?e][^\s,.;:!?]*|e(?:[^\s,.;:!?t][^\s,.;:!?]*)?|et[^\s,.;:!?]+)){0,8}\s*(?:[,.;:!?–—)]|$)|\bsi\s+(?:vous\s+(?:l'|les\s+)?avez|tu\s+(?:l'|les\s+)?as)\s+(?:prise?s?\s+en\s+photo|photographiée?s?|filmée?s?)(?:\s+(?:[^\s,.;:!?e][^\s,.;:!?]*|e(?:[^\s,.;:!?t][^\s,.;:!?]*)?|et[^\s,.;:!?]+)){0,8}\s*(?:[,.;:!?–—)]|$)",
        // Bought as a gift or for someone else: "si vous l'avez offert", "si tu l'as acheté pour
        // offrir", "si vous l'avez commandé pour un proche", "si c'était un cadeau".
        r"\bsi\s+(?:vous\s+(?:l'|les\s+)?avez|tu\s+(?:l'|les\s+)?as)\s+(?:offerte?s?|(?:achetée?s?|commandée?s?)\s+(?:pour\s+(?:l')?offrir|comme\s+cadeau|en\s+cadeau|pour\s+(?:un\s+cadeau|quelqu'un\s+d'autre|un\s+proche|une\s+proche|(?:votre|vos|ton|ta|tes)\s+[\w'-]+)))(?:\s+(?:[^\s,.;:!?e][^\s,.;:!?]*|e(?:[^\s,.;:!?t][^\s,.;:!?]*)?|et[^\s,.;:!?]+)){0,8}\s*(?:[,.;:!?–—)]|$)|\bsi\s+c'(?:était|est)\s+(?:un\s+cadeau|pour\s+(?:offrir|un\s+cadeau))(?:\s+(?:[^\s,.;:!?e][^\s,.;:!?]*|e(?:[^\s,.;:!?t][^\s,.;:!?]*)?|et[^\s,.;:!?]+)){0,8}\s*(?:[,.;:!?–—)]|$)",
        // The weather or the mountain as the time, no verdict: "quand le vent tourne sur un col",
        // "lorsque la pluie s'invite", "dès qu'il fait froid", "quand la nuit tombe".
        r"\b(?:quand|lorsque?|lorsqu['’]|dès\s+que|dès\s+qu['’])\s*(?:le\s+vent|la\s+pluie|l['’]\s*orage|la\s+neige|la\s+tempête|la\s+nuit|la\s+météo|le\s+temps\s+(?:se|tourne|change)|le\s+froid|la\s+brume|le\s+brouillard|le\s+soleil|la\s+chaleur|la\s+température|il\s+(?:pleut|neige|vente|gèle|grêle|fait\s+(?:froid|chaud|nuit|beau|mauvais|frais|humide|sombre)))\b",
        // A circumstance of use, a named place, weather or occasion, then the clause closes: "si
        // vous avez utilisé la tente sous la pluie", "si tu l'as emporté en randonnée" (not "avec
        // succès", "en toute satisfaction", which judge it).
        r"\bsi\s+(?:vous\s+(?:l'|les\s+)?avez|tu\s+(?:l'|les\s+)?as)\s+(?:déjà\s+)?(?:utilisée?s?|emportée?s?|portée?s?|emmenée?s?|installée?s?)\s+(?:(?:la|le|les|ce|cette|votre|vos|ton|ta|tes)\s+[\w-]+\s+|l'[\w-]+\s+)?(?:sous\s+la\s+(?:pluie|neige)|(?:en|à\s+l')\s*extérieur|dehors|en\s+(?:randonnée|camping|voyage|vacances|montagne|bivouac|forêt|balade|déplacement|hiver|été|cuisine)|à\s+la\s+(?:plage|montagne|mer|campagne|maison|piscine)|au\s+(?:camping|bureau|jardin|bord\s+de\s+(?:la\s+)?mer|ski|travail)|dans\s+(?:le|la|l'|votre|ton|ta)\s*(?:jardin|voiture|cuisine|salle\s+de\s+bains?|chambre|salon|camping-car|van|tente)|par\s+(?:temps\s+de\s+pluie|grand\s+froid|mauvais\s+temps|grand\s+vent)|pendant\s+(?:vos|tes|les)\s+(?:vacances|randonnées|voyages|sorties))\s*(?:[,.;:!?–—)]|$)",
        // Once the team or the staff has settled in or used it a while, any subject: "lorsque vos
        // collègues se seront habitués au fauteuil", "quand l'équipe aura pris ses repères",
        // "une fois que les élèves l'auront utilisé quelques semaines". (Not "aura adopté": a
        // pet or a buyer who adopted the product is the happy outcome, a condition.)
        r"\b(?:quand|lorsque?|une\s+fois\s+que|après\s+que|dès\s+que)\s+(?:vos|votre|ton|ta|tes|les|l'|leurs?|nos)\s*[\w-]+(?:\s+[\w-]+)?\s+(?:(?:l'|les\s+)?(?:auront|aura)\s+(?:pris\s+(?:leurs|ses|sa)\s+(?:marques|repères|habitudes|main)|eu\s+le\s+temps\s+de\s+(?:l'|les\s+)?(?:utiliser|essayer|tester|adopter)|(?:bien\s+)?(?:utilisée?s?|essayée?s?|testée?s?|pris\s+en\s+main))|se\s+(?:seront|sera)\s+(?:bien\s+)?(?:habituée?s?|familiarisée?s?|approprié\w*|installée?s?))\b",
        // "Quand même" is "all the same", no "when": "vous pouvez quand même laisser un avis".
        r"\bquand\s+même\b",
        // A group named by a hobby or a pet, not by the order: "Ceux qui aiment la randonnée
        // peuvent …", "À tous ceux qui adorent cuisiner :", "Celles qui ont un chat, …". The clause
        // must end on the hobby: "ceux qui aiment leur poêle" names the product and stays a
        // condition.
        r"\b(?:ceux|celles|tous\s+ceux|toutes\s+celles)\s+qui\s+(?:(?:aiment|adorent|apprécient)\s+(?:(?:bien|beaucoup)\s+)?(?:[a-zàâçéèêëîïôûùüÿœ]+(?:er|ir|re)|(?:la|le|les|l['’]|leurs?)\s*(?:chiens?|chats?|animaux|animal|chevaux|cheval|oiseaux|nature|montagne|mer|randonnée|cuisine|pâtisserie|jardinage|jardin|camping|pêche|lecture|musique|sport|vélo|voyages?|plein\s+air))|(?:ont|possèdent)\s+(?:un|une|des|deux|plusieurs)\s+(?:chiens?|chats?|chatons?|chiots?|animaux|animal\s+de\s+compagnie|chevaux|cheval|lapins?|oiseaux))(?:\s*[,:;–—]|\s+(?:peuvent|pourront|trouveront)\b)",
        // A span of time with the item, whatever the verb: "quand vous aurez joué quelques semaines
        // avec la guitare", "une fois que tu auras passé deux semaines avec l'ampli", "quand vous
        // aurez passé quelques nuits dedans", "une fois que vous aurez fait trois sorties". Only the
        // time: a verdict between ("quelques bonnes semaines") stops it.
        r"\b(?:quand|lorsque|une\s+fois\s+que|une\s+fois\s+qu['’]|dès\s+que|après\s+que)\s*(?:vous|tu)\s+(?:(?:l['’]|les\s+)\s*)?(?:aurez|auras|avez|as)\s+(?:(?:déjà|bien)\s+)?(?:passé|joué|utilisé|essayé|testé|pratiqué|eu|vécu|porté|travaillé|répété|employé|fait|effectué|enchaîné|dormi|randonné|marché|roulé|couru)e?s?\s+(?:(?:la|le|les|l['’]|votre|vos|ton|ta|tes|ce|cet|cette)\s*[\w-]+\s+)?(?:(?:avec|pendant|durant)\s+)?(?:quelques|deux|trois|quatre|plusieurs|une|un|\d+)\s+(?:jours|semaines|mois|semaine|séances|répétitions|nuits?|soirées|sorties|randonnées|balades|excursions|bivouacs?|week-ends?|weekends?|séjours|voyages|trajets|heures|utilisations|lavages)\b",
        // A span of use behind the buyer: « quand vous aurez quelques semaines d'utilisation
        // derrière vous », « une fois que tu auras derrière toi deux semaines avec la brosse ».
        // Only the time: a verdict between (« quelques bonnes semaines derrière vous ») stops it.
        r"\b(?:quand|lorsque|une\s+fois\s+que|une\s+fois\s+qu['’]|dès\s+que|après\s+que)\s*(?:vous|tu)\s+(?:aurez|auras|avez|as)\s+(?:(?:déjà|bien)\s+)?(?:derrière\s+(?:vous|toi)\s+(?:quelques|deux|trois|quatre|plusieurs|une|un|les\s+premières|les\s+premiers|\d+)\s+(?:jours|semaines|mois|semaine|séances|soins|utilisations|applications)(?:\s+(?:d['’]\s*(?:utilisation|usage|essai|entraînement|emploi|application|pratique)|de\s+(?:pratique|soins?|traitement|cure)))?(?:\s+avec\s+(?:la|le|les|l['’]|votre|vos|ton|ta|tes|ce|cet|cette)\s*[\w-]+)?|(?:quelques|deux|trois|quatre|plusieurs|une|un|les\s+premières|les\s+premiers|\d+)\s+(?:jours|semaines|mois|semaine|séances|soins|utilisations|applications)(?:\s+(?:d['’]\s*(?:utilisation|usage|essai|entraînement|emploi|application|pratique)|de\s+(?:pratique|soins?|traitement|cure)))?(?:\s+avec\s+(?:la|le|les|l['’]|votre|vos|ton|ta|tes|ce|cet|cette)\s*[\w-]+)?\s+derrière\s+(?:vous|toi))\b",
        // The buyer's taste, as a liking with a comparative: « si vous aimez le thé plus corsé, … »,
        // « si tu le préfères un peu moins sucré »; or as words that describe a thing: « le goût que
        // vous aimez », « la mouture que vous préférez », « comme vous l'aimez ». It is how the
        // buyer takes it, not a verdict on the product (« si vous aimez la poêle » still is one).
        r"\b(?:si|quand|lorsque)\s+(?:vous|tu)\s+(?:l['’]|les\s+|le\s+)?(?:aimez|aimes|préférez|préfères|adorez|adores)\s+(?:(?:votre|vos|ton|ta|tes|le|la|les|l['’])\s*(?:[\w'’-]+\s+){0,2}?)?(?:(?:un\s+peu|encore|bien|nettement|légèrement)\s+)?(?:plus|moins)\s+(?:corsé|fort|doux|douce|sucré|amer|amère|léger|légère|intense|chaud|froid|serré|allongé|crémeu|épicé|salé|acide|concentré|dilué|épais|fin|grossi|croustillant|croquant|moelleu|cuit|infusé|torréfié|parfumé|relevé|piquant|fruité|tendre|ferme|aromatique|noir|clair|foncé)\w*",
        r"\b(?:goût|saveur|arôme|intensité|force|texture|consistance|réglage|mouture|dosage|dose|température|cuisson|infusion|équilibre|niveau|degré|torréfaction|puissance|douceur|amertume|acidité|parfum)s?\s+(?:que|qu['’])\s*(?:vous|tu)\s+(?:(?:l['’]|les\s+)?(?:aimez|aimes|préférez|préfères|adorez|adores|appréciez|apprécies)|(?:avez|as)\s+(?:aimé|adoré|préféré|apprécié))(?:\s+(?:le\s+plus|le\s+mieux|tant))?[\s,.;:!?)»]",
        r"\b(?:exactement|juste|tout\s+à\s+fait|préparez-(?:le|la|les)|prépare-(?:le|la|les)|servez-(?:le|la|les)|sers-(?:le|la|les))\s+(?:comme|tel\s+que|telle\s+que)\s+(?:vous|tu)\s+(?:l['’]|les\s+)(?:aimez|aimes|préférez|préfères|adorez|adores)(?:\s+(?:le\s+plus|le\s+mieux))?[\s,.;:!?)»]",
    ],
    negative_review: &[
        // Anything bad left or posted, the review unnamed: "avant de laisser quoi que ce soit de
        // négatif", "ne publiez rien de mauvais sans…", "poster quelque chose de défavorable".
        r"\b(?:laiss|publi|post|écri|mett|met|dépos|donn)\w*\s+(?:[\w'-]+\s+)?(?:quoi\s+que\s+ce\s+soit|quelque\s+chose|rien)\s+(?:de\s+)?(?:(?:trop|aussi|si)\s+)?(?:négatif|mauvais|défavorable|désobligeant|sévère|méchant|critique|dur)\b",
        // A rating below the top, by its stars: "moins de cinq étoiles", "en dessous de 4 étoiles".
        r"\b(?:moins\s+de|en[\s-]dessous\s+de|au[\s-]dessous\s+de|inférieure?s?\s+à)\s+(?:[2-5]|deux|trois|quatre|cinq)\s+étoiles?\b",
        r"\b(?:avis|commentaires?|évaluations?|notes?)\s+(?:négati\w*|mauvais\w*|défavorable\w*|sévère\w*|en\s+colère|énervé\w*|[1-2]\s*étoiles?)|\b(?:mauvais|mauvaise|méchant)\w*\s+(?:avis|commentaires?|évaluations?|notes?)\b",
    ],
    aside: &[
        // A question that only offers the review itself, with no verb and nothing on the
        // experience, at the start of a sentence: "Un avis sur le collier ?", "Un petit mot ?",
        // "Et votre avis sur la bague ?" (whether the buyer wants to give one at all).
        r"(?:(?m:^)[ \t]*|[.!?…:]\s+)(?P<m>(?:et\s+)?(?:un|une|votre|ton|quelques|deux)\s+(?:(?:petit|petite|court|rapide|dernier)\s+)?(?:avis|commentaires?|mots?|évaluation|retour|note)(?:\s+(?:sur|à\s+propos\s+d[eu']|concernant|pour)\s*(?:(?:le|la|les|l'|votre|vos|ton|ta|tes|ce|cet|cette|ces|notre|nos)\s*)?(?:[\w’-]+\s*){1,2})?\s*\?)",
        r"\bvous\s+avez\s+(?:une|deux|quelques)\s+minutes?\b",
        // Whether the buyer has a moment at all: "Vous auriez un petit instant ?", "T'as deux
        // secondes ?".
        r"\b(?:(?:vous|tu)\s+(?:avez|auriez|as|aurais)|avez[\s-]vous|auriez[\s-]vous|as[\s-]tu|aurais[\s-]tu|t'as)\s+(?:un|une|deux|cinq|quelques)\s+(?:petit(?:e|es|s)?\s+)?(?:moments?|instants?|minutes?|secondes?)\b",
        r"\bsaviez[\s-]vous\b|\bsavais[\s-]tu\b|\bvous\s+cherchez\b|\bque\s+pensez[\s-]vous\b|\bcomment\s+trouvez[\s-]vous\b",
        // An open question, which no yes answers: "Comment ça se passe avec la lampe ?".
        r"\bcomment\s+(?:ça|cela)\s+se\s+passe\b|\bcomment\s+(?:vous|tu)\s+(?:en\s+)?sortez\b",
        // The buyer asking where or how to review, a question on the review's place or way and none
        // on the experience: "Où puis-je évaluer le piano ?", "Comment noter la guitare ?", "Où
        // laisser un avis ?" (first person or impersonal only: "Comment l'évalueriez-vous ?" asks
        // for the verdict).
        r"\b(?:où|comment)\s+(?:(?:puis|peut|pouvons|dois|doit|faut)[\s-]+(?:je|on|nous|il)\s+|est[\s-]ce\s+qu['’]\s*(?:je|on|nous|il)\s+(?:peux|peut|pouvons|dois|doit|faut)\s+|(?:je|on|nous)\s+(?:peux|peut|pouvons|dois|doit)\s+)?(?:(?:vous|lui|en|y|leur)\s+)?(?:(?:évaluer|noter|commenter)\b[^.!?\n]{0,60}|(?:laisser|donner|écrire|rédiger|publier|déposer|poster|mettre|partager|attribuer)\b[^.!?\n]{0,40}?\b(?:avis|commentaires?|évaluations?|notes?|opinions?|étoiles|critiques?)\b[^.!?\n]{0,40})\?",
    ],
    branch: &[
        // An answer to send back, yes or no: "Répondez OUI, et …", "Si vous répondez « non » : …",
        // "Tapez OUI".
        r#"^\s*(?:si\s+(?:vous\s+(?:répondez|cochez|choisissez)|tu\s+(?:réponds|coches|choisis)|c'est|la\s+réponse\s+est|votre\s+réponse\s+est)|répondez|réponds|réponse|tapez|écrivez|envoyez|cochez|choisissez|dites)\s*[:«"“]?\s*[«"“]?\s*(?:oui|non)\b"#,
        // A lone yes or no cell of a row of buttons.
        r"^\s*(?:oui|non)\s*[.!]?\s*$",
        // A button or answer labelled by a mood, with a gender mark or a degree: "Conquis(e) →",
        // "Un peu déçu(e) →", "Pas vraiment convaincu·e :".
        r"^\s*(?:(?:un\s+peu|assez|très|plutôt|pas\s+(?:vraiment|trop|tout\s+à\s+fait)?|franchement)\s+)?(?:conquis|séduit|emballé|convaincu|ravi|content|satisfait|déçu|comblé|enchanté|mitigé|fan)(?:e|s|es|\(e\)|\(es\)|·e|\.e)?\s*(?:[-–—:=>→]|\)\s*[-–—:=>→]?)",
        r"^\s*(?:option|choix|cas|réponse)\s+(?:[a-c1-3]|un|deux)\b",
        // A text-table row whose first cell is a score or a verdict: "| ★★★★★ | …", "| 4 étoiles
        // | …", "| Déçu | …".
        r"^\s*\|\s*(?:[★☆⭐✩]+|\d+\s*(?:étoiles?|/\s*\d+|sur\s+\d+)|(?:très\s+|pas\s+|peu\s+)?(?:satisfait|content|ravi|déçu|mécontent|conquis|mitigé)\w*)",
        r"^\s*(?:oui|non)\s*(?:[-–—:=>→]|\))",
        r"^\s*(?:(?:note\s+)?\d+(?:\s*(?:/\s*\d+|étoiles?))?\s+(?:ou|et)\s+(?:plus|moins|davantage|au-dessus|en\s+dessous)|(?:moins|plus)\s+de\s+\d+|(?:de\s+)?\d+\s+(?:à|-|–)\s+\d+)\s*[-–—:=>→]",
        r"^\s*(?:en[\s-]dessous|au[\s-]dessus)\s+(?:de\s+)?\d+\s*[-–—:=>→]",
        // Options labelled by a verdict word, quoted or not: "Top : …", "Bof ou flop : …", "Pas
        // content → …", "« Nickel » : …", "« Bof » ou « Aïe » : …".
        r#"^\s*[«"“]?\s*(?:top|super|génial|parfait|nickel|impeccable|bien|très\s+bien|moyen|bof|mitigé|flop|nul|aïe|ouille|bof\s+bof|pas\s+terrible|pas\s+top|(?:pas\s+)?content(?:e|s)?|(?:pas\s+)?satisfait(?:e|s)?|déçue?s?|ravie?s?|j'adore|j'aime)\s*[»"”]?(?:\s*(?:ou|et|/|,)\s*[«"“]?\s*(?:top|super|génial|parfait|nickel|impeccable|bien|moyen|bof|mitigé|flop|nul|aïe|ouille|pas\s+terrible|pas\s+top|déçue?s?)\s*[»"”]?)*\s*[-–—:=>→]"#,
        // Answers addressed by the option picked: "Pour les 😍 :", "Pour ceux qui ont répondu 1 :".
        r"^\s*pour\s+(?:les|ceux\s+qui\s+ont\s+(?:répondu|choisi|mis|coché)|celles\s+et\s+ceux\s+qui\s+ont\s+(?:répondu|choisi))\s+[^:\n]{1,25}?:",
    ],
    then: &[
        // Telling it right after a happy question: "Vous l'adorez ? Dites-le ici", "Racontez-le".
        r"^(?:dites|racontez|partagez|écrivez|criez|clamez)[\s-](?:le|la|les|nous[\s-]le)\b",
        r"^(?:alors|dans\s+ce\s+cas|super|génial|parfait|formidable|excellent|tant\s+mieux|ravis|bravo)\b",
        // The hope or answer before named back as the thing to tell: "C'est précisément ce genre de
        // moment qu'un avis raconte", "C'est tout à fait ce que mesure une note".
        r"^(?:c'est|voilà)\s+(?:exactement|précisément|justement|tout\s+à\s+fait)\s+(?:le\s+genre|ce\s+genre|le\s+type|ce\s+type|ce\s+que|ce\s+qu')\b",
        // The yes answers taken for granted, counted or quoted: "Deux « oui » : …", "Que des oui
        // ! …", "« Oui » partout : …" (a bare "Oui !" answers a buyer's question as often).
        r#"^(?:(?:deux|trois|quatre|cinq|que\s+des|tous\s+les|des)\s+[«"“]?\s*oui\s*[»"”]?|[«"“]\s*oui\s*[»"”])\s*(?:partout\s*)?[:!–—-]"#,
        // The moment named for the review, which takes the yes for granted just as « Alors » does:
        // « C'est le moment de … », « C'est alors le moment idéal pour … », « Voilà l'occasion d'en
        // parler ».
        r"^(?:c['’]est|voilà|voici)\s+(?:(?:alors|donc|maintenant|justement|précisément|exactement)\s+)*(?:le\s+(?:bon\s+|meilleur\s+|parfait\s+)?(?:moment|instant)|l['’]\s*(?:occasion|instant)|(?:là\s+)?qu['’]\s*un\s+avis)\b",
    ],
    unconditional: &[
        // Either verdict welcome: "quel qu'il soit", "bon ou mauvais", "qu'il soit enthousiaste ou
        // sévère", the middle named too: "positif, neutre ou négatif", "ravi, partagé ou déçu"; the
        // second graded or joined by "comme": "ravie ou franchement déçue", "bons comme mauvais",
        // with its article too: "les bonnes comme les mauvaises notes";
        // the ends in other words too: "parfaite, correcte ou ratée", "réussi ou médiocre".
        r"\bquel(?:le)?s?\s+qu'(?:il|elle|ils|elles)\s+soi(?:t|ent)\b|\bquel(?:le)?s?\s+que\s+soi(?:t|ent)\s+(?:votre|ton|ta|vos|tes|l'|le|la|les)\b|\b(?:bon(?:ne)?s?|positi(?:f|ve)s?|élogieu(?:x|se|ses)|enthousiastes?|flatteu(?:r|se|rs|ses)|favorables?|ravie?s?|excellente?s?|parfaite?s?|géniale?s?|réussie?s?|top)(?:\s*,\s*[\w'-]+){0,2}\s+(?:ou|comme)\s+(?:les\s+|des\s+|d'|de\s+)?(?:(?:plus|moins|très|un\s+peu|franchement|plutôt)\s+)?(?:déçue?s?|décevante?s?|mauvaise?s?|négati(?:f|ve)s?|critiques?|sévères?|mitigée?s?|défavorables?|médiocres?|ratée?s?|moyenne?s?|bof)\b(?:\s+(?:avis|notes?|retours?|commentaires?|évaluations?|critiques?|opinions?|remarques?)\b)?|\bpositi(?:f|ve)\s+ou\s+négati(?:f|ve)\b|\bindépendamment\s+de\s+votre\b|\btout\s+avis\s+sincère\b",
        r"\b(?:cinq|5)\s+étoiles\s+ou\s+(?:une|1)\b",
        // Whatever it was, in the subjunctive, its subject inside: "que ton séjour ait été parfait,
        // correct ou raté", "que la lampe soit top ou franchement médiocre". The low end must be
        // named: "que votre soirée soit belle ou magique" is no either-way.
        r"\bque\s+(?:[\w'-]+\s+){1,4}?(?:ait|aient|soit|soient)\s+(?:été\s+)?(?:[\w'-]+\s*,\s*){0,2}[\w'-]+\s+ou\s+(?:(?:plus|moins|très|un\s+peu|franchement|plutôt)\s+)?(?:déçue?s?|décevante?s?|mauvaise?s?|négati(?:f|ve)s?|critiques?|sévères?|mitigée?s?|défavorables?|médiocres?|ratée?s?|moyenne?s?|bof)\b",
        // Loved and hated named side by side: "aimé, détesté ou mitigé ?", "conquise ou déçue".
        r"\b(?:adoré|aimé|conquis|ravi|séduit|emballé)(?:e|s|es)?\s*(?:,|ou|/)\s*(?:détesté|déçu|pas\s+aimé|pas\s+convaincu|pas\s+conquis)(?:e|s|es)?\b",
        // Pleased or not, either way: "que vous soyez satisfaits ou non", "contente ou pas", "que
        // la crème vous ait plu ou non", the gender mark written out too: "Ravi(e) ou pas".
        r"\b(?:satisfaite?s?|contente?s?|ravie?s?|conquise?s?|emballée?s?)(?:\((?:e|s|es)\)|·e)?\s+ou\s+(?:non|pas)\b|\b(?:vous|t'|te|lui|leur)\s*(?:ait|aient|a|ont|avait|aura)\s+(?:plu|convenu|convaincu|séduit)\s+ou\s+(?:non|pas)\b",
        // What pleased and what pleased less: "ce qui vous a plu et ce qui vous a moins plu", "ce
        // qui t'a séduit comme ce qui t'a déçu".
        r"\bce\s+qui\s+(?:vous\s+|t')a\s+(?:plu|séduit|convaincu)\b[^.!?\n]{0,30}?\bce\s+qui\s+(?:(?:vous\s+|t')a\s+(?:moins\s+plu|déplu|déçu|moins\s+convaincu|gêné|agacé)|ne\s+(?:vous\s+|t')a\s+pas\s+(?:plu|convaincu))",
        // Any opinion welcome or fine: "toutes les opinions sont bienvenues", "tous les avis sont
        // les bienvenus", "tout est OK pour nous", "tout nous va".
        r"\b(?:toutes?|tous)\s+les\s+(?:opinions?|avis|retours?|commentaires?|évaluations?|notes?|remarques?)\s+(?:sont|seront)\s+(?:les\s+)?(?:bienvenue?s?|acceptée?s?|précieu(?:x|ses)|utiles)\b|\btout\s+(?:est|sera)\s+(?:ok|bien|bon|accepté|bienvenu)\s+pour\s+(?:nous|moi)\b|\btout\s+nous\s+(?:va|convient)\b",
        // Criticism welcome as well: "même si t'as des critiques", "même avec des reproches",
        // "points forts comme points faibles".
        r"\bmême\s+(?:si\s+(?:vous\s+avez|tu\s+as|t'as|vous\s+n'êtes\s+pas|t'es\s+pas|tu\s+n'es\s+pas)|avec)\s+(?:des\s+|quelques\s+)?(?:critiques?|reproches?|bémols?|réserves?|remarques?\s+négatives?|déçue?s?|satisfaite?s?|contente?s?)\b|\b(?:points?\s+forts?|qualités)\s+(?:comme|ou|et|que)\s+(?:les\s+|vos\s+|ses\s+)?(?:points?\s+faibles|défauts)\b",
        // A critical review said to be worth as much as a glowing one: "une note sévère compte
        // autant qu'une note flatteuse", "un avis positif est aussi précieux qu'un avis négatif".
        r"\b(?:avis|commentaires?|évaluations?|notes?|critiques?|retours?)\s+(?:très\s+)?(?:critiques?|négati(?:f|ve)s?|sévères?|mitigée?s?|défavorables?|mauvaise?s?|élogieu(?:x|se|ses)|positi(?:f|ve)s?|enthousiastes?|flatteu(?:r|se|rs|ses)|favorables?|bonne?s?)\b[^.!?\n]{0,40}?\b(?:aussi|autant|tout\s+autant)\b[^.!?\n]{0,30}?\bque?\s*(?:'\s*)?(?:un|une|les|des|l')?\s*(?:avis|commentaires?|évaluations?|notes?|critiques?|retours?)\s+(?:très\s+)?(?:critiques?|négati(?:f|ve)s?|sévères?|mitigée?s?|défavorables?|mauvaise?s?|élogieu(?:x|se|ses)|positi(?:f|ve)s?|enthousiastes?|flatteu(?:r|se|rs|ses)|favorables?|bonne?s?)\b",
        // A good review and a bad one named as worth the same, the good one first: "une bonne comme
        // une mauvaise note", "un bon avis comme un mauvais", "une bonne note compte autant qu'une
        // mauvaise", "une bonne évaluation, tout comme une mauvaise". Only where the bad one ends
        // the comparison: "autant qu'une mauvaise nous nuit" weighs them, and stays read.
        r"\b(?:bon(?:ne)?s?|positi(?:f|ve)s?|élogieu(?:x|se|ses)|enthousiastes?|favorables?|excellente?s?|flatteu(?:r|se|rs|ses))\s+(?:(?:avis|commentaires?|évaluations?|notes?|critiques?|retours?|opinions?)\s+)?(?:comme|tout\s+comme|ou|et)\s+(?:(?:un|une|les|des|l['’]|d['’])\s*)?(?:(?:plus|très|franchement)\s+)?(?:mauvaise?s?|négati(?:f|ve)s?|critiques?|sévères?|mitigée?s?|défavorables?|médiocres?|moins\s+bonne?s?)\b(?:\s+(?:avis|commentaires?|évaluations?|notes?|critiques?|retours?|opinions?))?",
        r"\b(?:bon(?:ne)?s?|positi(?:f|ve)s?|élogieu(?:x|se|ses)|enthousiastes?|favorables?|excellente?s?|flatteu(?:r|se|rs|ses))\s+(?:avis|commentaires?|évaluations?|notes?|critiques?|retours?|opinions?)\b[^.!?\n]{0,40}?(?:\b(?:tout\s+)?comme|\bautant\s+qu(?:e\b|['’])|\baussi\s+(?:bien\s+|[\w'-]+\s+)?qu(?:e\b|['’])|\bau\s+même\s+titre\s+qu(?:e\b|['’])|\bde\s+même\s+qu(?:e\b|['’]))\s*(?:(?:un|une|les|des|l['’]|d['’])\s*)?(?:(?:plus|très|franchement)\s+)?(?:mauvaise?s?|négati(?:f|ve)s?|critiques?|sévères?|mitigée?s?|défavorables?|médiocres?|moins\s+bonne?s?)\b(?:\s+(?:avis|commentaires?|évaluations?|notes?|critiques?|retours?|opinions?))?\s*(?:[.!?,;:)…]|(?m:$)|\s+(?:aussi|également|pareil|pour\s+nous|à\s+nos\s+yeux)\b)",
        // The opinion taken as it comes: "votre avis, tel qu'il est", "ton ressenti tel quel".
        r"\b(?:avis|ressenti|opinion|retour|verdict|commentaire|évaluation|note)s?\s*,?\s+tel(?:le)?s?\s+(?:qu'(?:il|elle|ils|elles)\s+(?:est|sont|soit|soient|sera)|quel(?:le)?s?)\b",
        // One case told and the other told too: "si elle vous plaît, dites-le ; si elle déçoit,
        // dites-le aussi", "racontez-le ; s'il coince, écrivez-le également". The first telling
        // must be there: a lone "si votre peau vous dit merci, dites-le aussi aux autres" is the
        // happy case alone.
        r"\b(?:dites|racontez|écrivez|signalez|notez|partagez|dis|raconte|écris)[\s-](?:le|la|les)\b[^.!?\n]{0,40}?[.;,]\s*(?:et\s+|mais\s+)?(?:si\b|s'(?:il|ils|elle|elles)\b)[^.!?\n]{0,60}?[,;]\s*(?:dites|racontez|écrivez|signalez|notez|partagez|dis|raconte|écris)[\s-](?:le|la|les)\s+(?:aussi|également|tout\s+autant|de\s+même)\b",
        // Good and bad stretches both named, the bad one in other words: "bonnes semaines ou
        // mauvaises", "bonnes ou frustrantes", "des semaines bonnes ou difficiles".
        r"\b(?:bon(?:ne)?s?|belles?|beaux|heureu(?:x|ses))\s+(?:(?:jours|journées|semaines|mois|moments|séances|expériences|périodes|soirées|répétitions)\s+)?(?:ou|comme|et)\s+(?:(?:les|des|de|d['’])\s*)?(?:(?:plus|moins|très|un\s+peu|franchement)\s+)?(?:mauvai(?:s|se|ses)|frustrante?s?|difficiles?|pénibles?|décevante?s?|compliquée?s?|laborieu(?:x|se|ses)|ratée?s?|moins\s+bonne?s?)\b|\b(?:jours|journées|semaines|mois|moments|séances|expériences|périodes)\s+(?:bon(?:ne)?s|belles|beaux|heureu(?:x|ses))\s+(?:ou|comme|et)\s+(?:mauvai(?:s|ses)|frustrantes?|difficiles|pénibles|décevante?s|compliquée?s)\b",
    ],
    disclaim: &[
        // A notice in another sense, which asks for no review: the carrier's "avis de passage", a
        // tax or payment notice.
        r"\bavis\s+(?:de\s+(?:passage|livraison|réception|mise\s+en\s+instance|instance|recherche|paiement|prélèvement|échéance|imposition|expédition|coupure|tempête)|d'(?:expédition|instance|échéance|imposition|arrivée|envoi|opposition|orage|alerte))\b",
        r"\bnous\s+ne\s+vous\s+demandons\s+pas\b|\bne\s+(?:vous\s+)?demand(?:e|ons)\s+pas\b|\bce\s+(?:message|mail|courriel)\s+n'est\s+pas\s+une\s+demande\b",
        // A score asked on a numbered scale, as a survey question answered to the seller, is no
        // review: "donnez une note sur une échelle de 1 à 5", "notez de 0 (pas du tout) à 10".
        r"\bsur\s+une\s+(?:[\w-]+\s+)?échelle\s+(?:de\s+|d')?(?:\d+|zéro|un|une)\b[^.!?\n]{0,40}?\bà\s+(?:\d+|cinq|dix)\b(?:\s*\([^)\n]*\))?\s*(?:[.,;:)]|$)",
        // Help given whether the buyer reviews or not: "que vous laissiez un avis ou non", "avec ou sans
        // commentaire".
        // Or the review done or not: "que vous ayez publié une note ou non", "que tu aies écrit un
        // commentaire ou pas"; or anything at all: "que vous écriviez quelque chose ou non".
        r"\bque\s+(?:vous\s+(?:laissiez|écriviez|publiiez|donniez|mettiez|ayez\s+(?:déjà\s+)?(?:laissé|écrit|publié|donné|mis|posté|rédigé))|tu\s+(?:laisses|écrives|publies|donnes|mettes|aies\s+(?:déjà\s+)?(?:laissé|écrit|publié|donné|mis|posté|rédigé)))\s+(?:un\s+|une\s+|votre\s+|ton\s+|ta\s+)?(?:avis|commentaire|évaluation|note|quelque\s+chose|quoi\s+que\s+ce\s+soit|un\s+mot)\s+ou\s+(?:non|pas|rien)\b|\bavec\s+ou\s+sans\s+(?:avis|commentaire|évaluation)\b",
    ],
    other_sense: &[
        // The courtesy "feel free", said with its « pas »: « n'hésitez pas à … », « n'hésite surtout
        // pas », « ne vous gênez pas pour … », « ne vous privez pas de … ». Its « pas » turns nothing
        // around and names no problem: « Tant que la colle tient, n'hésitez pas à laisser un avis »
        // still holds the ask on the glue holding.
        r"\bn(?:e\s+|['’])\s*(?:hésit(?:ez|e|ons|es)|(?:vous|te)\s+(?:gên(?:ez|e)|priv(?:ez|e)))\s+(?:(?:surtout|donc|jamais|vraiment|bien)\s+)?pas\b|\bne\s+pas\s+hésiter\b",
        // Words, tips or news "pour vous" are no gift: « votre avis, et un conseil pour vous »,
        // « une astuce pour toi » (see the thing joined to the review in `reward`).
        r"\b(?:un|une|des|quelques)\s+(?:petite?s?\s+)?(?:conseils?|astuces?|mots?|messages?|questions?|guides?|rappels?|infos?|informations?|idées?|nouvelles?|news|tutoriels?|tutos?|explications?|réponses?|remerciements?|mercis?)\s+pour\s+(?:vous|toi)\b",
        // A time of use, and no earlier, times the ask for every buyer (see the const).
        AFTER_A_TIME_OF_USE,
        // An extra question, riddle or quiz in the email, not a bonus given: "Question bonus pour
        // les curieux : …", "une question bonus", "petite devinette bonus", "bonus : une question".
        r"\b(?:questions?|devinettes?|quiz|énigmes?|sondages?)\s+bonus\b|\bbonus\s*[:–—-]\s*(?:une|deux|trois|la|les|petite|dernière)\s+(?:petites?\s+)?(?:questions?|devinettes?|énigmes?)\b",
        // Paperwork or packaging in the next parcel is no extra: "votre prochaine commande
        // contiendra une notice mise à jour" (see `NEXT_PARCEL_EXTRA`).
        r"\b(?:un|une|des)\s+(?:nouv(?:eau|elle|eaux|elles)\s+)?(?:notices?|modes?\s+d['’]emploi|factures?|emballages?|étiquettes?|dépliants?|brochures?|(?:sacs?|sachets?)\s+(?:(?:en|de)\s+(?:papier|plastique|kraft|tissu)|recyclables?|compostables?))\b",
        // The treat a child's chart leads to, named before its count: "une petite récompense à
        // dix étoiles", "une surprise au bout de cinq étoiles" (the chart itself and the
        // parent's reward after the count: see below).
        r"\b(?:(?:petite|jolie)\s+)?(?:r[ée]compense|surprise|friandise)\s+(?:à|au\s+bout\s+de|apr[eè]s|d[eè]s)\s+(?:\d+|trois|cinq|sept|dix|vingt)\s+(?:[ée]toiles|autocollants|gommettes)\b",
        // A prize-giving or a figure of speech, not a discount or a reward for a review: "la
        // remise des prix", "la remise des trophées", "la vraie récompense, c'est la première
        // touche", "la plus belle récompense arrive au coucher du soleil"; the buyer's own contest
        // prize for a player ("une petite récompense pour le meilleur débutant de votre tournoi").
        r"\b(?:récompenses?|prix|lots?|trophées?|médailles?|coupes?)\s+(?:pour|au|aux|à\s+la|à\s+l['’])\s*(?:le\s+|la\s+|les\s+|l['’]\s*)?(?:meilleure?s?|plus\s+jeunes?)\s+(?:débutante?s?|joueu(?:r|se)s?|équipes?|scores?|temps|pêcheu(?:r|se)s?|prises?|participante?s?|nouveaux|nouvelles?|jeunes?|finisseu(?:r|se)s?|grimpeu(?:r|se)s?|coureu(?:r|se)s?|tireu(?:r|se)s?)\b",
        r"\bremises?\s+(?:des|du|de\s+la|de\s+l['’])\s*(?:prix|trophées?|médailles?|diplômes?|coupes?|récompenses?|lots|badges?|insignes|certificats?|ceintures?|clés|clefs)\b|\b(?:la|sa|leur|notre|votre|ta)\s+(?:vraie|véritable|plus\s+belle|meilleure|seule|plus\s+grande|grande|première)\s+récompense\b",
        // The buyer's own game and club, not a reward or a draw: a game played to a score ("des
        // parties en 13 points", "le premier à 21 points"), the contest of the buyer's club ("le
        // concours de votre club", "au concours de l'amicale").
        r"\b(?:parties?|manches?|matchs?|rencontres?|jeux?|sets?)\s+(?:(?:courte?s?|rapides?|longues?)\s+)?(?:en|à)\s+\d+\s+points\b|\bpremier\s+(?:à|arrivé\s+à)\s+\d+\s+points\b",
        r"\bconcours\s+(?:de|du|d['’])\s*(?:(?:votre|ton|notre|leur|son|sa|la|l['’])\s*)?(?:club|association|école|quartier|village|comité|amicale|section|ligue|ville|fédération)\b",
        // How often, not what follows: "nous l'affûtons une fois par an", "une fois tous les
        // deux ans".
        r"\bune\s+fois\s+(?:par\s+(?:an|année|mois|semaine|jour|saison|trimestre)|tous\s+les\s+(?:ans|mois|jours|deux|trois|six|\d+))\b",
        // How to reach the seller, not what a review earns: "il suffit de nous écrire", "il vous
        // suffit de nous envoyer une photo de la pièce", "il suffit de nous contacter".
        r"\bil\s+(?:vous\s+|te\s+)?suffit\s+(?:de\s+nous\s+|d['’]\s*)(?:écrire|contacter|appeler|prévenir|signaler|joindre|envoyer\s+(?:une?\s+|quelques\s+|deux\s+)?(?:description|message|photo|mail|courriel|e-mail|vidéo|numéro)s?)\b",
        // A new device in exchange for the old or faulty one: the goods swapped as the remedy,
        // nothing given in return (« un appareil neuf en échange de l'ancien », « en échange de
        // votre batterie défectueuse »).
        r"\ben\s+échange\s+(?:de|du|contre)\s+(?:l'|le\s+|la\s+|votre\s+|vos\s+|ton\s+|ta\s+|celui\s+|celle\s+)?(?:(?:ancien(?:ne)?|vieux|vieille|défectueu(?:x|se)|abîmée?|cassée?|endommagée?|usée?)\b|(?:appareil|article|produit|exemplaire|batterie|pièce|modèle|unité)\s+(?:défectueu(?:x|se)|abîmée?|cassée?|endommagée?|usée?|d'origine)\b)",
        // A prize or a contest someone won, told as what happened: « notre élève a remporté le
        // premier prix du concours régional », « ils ont décroché le prix du jury ». It is their
        // prize, not one offered for a review.
        r"\b(?:(?:a|ont|avons|avait|avaient|as|avez)\s+(?:remporté|gagné|obtenu|reçu|décroché)|remporta|remportèrent|gagna|gagnèrent|décrocha)\s+(?:[\w'’]+\s+){0,3}?(?:(?:premier|deuxième|second|troisième)\s+prix|prix\s+du\s+(?:jury|public)|(?:prix|trophée|médaille)\b[^.!?\n]{0,40}?\b(?:concours|festival|compétition)|concours)\b(?:[^.!?\n]{0,40}?\b(?:concours|festival|compétition)\b)?",
        // A longer warranty for registering the product, not for a review: "Enregistrez votre
        // clé dans les 30 jours et la garantie passe à 5 ans", "après enregistrement, la garantie
        // passe à cinq ans". The words between the registration and the warranty hold no comma,
        // no "et" and no "puis" (a word of any other length, or of that length but those):
        // "Enregistrez votre produit et laissez un avis, et la garantie passe à 5 ans" ties the
        // warranty to the review too.
        r"\benregistr\w*\b(?:\s+(?:[\w'-]|[\w'-]{3}|[\w'-]{5,}|[^\We][\w'-]|e[^\Wt]|[^\Wp][\w'-]{3}|p[^\Wu][\w'-]{2}|pu[^\Wi][\w'-]|pui[^\Ws])){0,12}?\s*,?\s+(?:et|alors)\s+(?:[\w'-]+\s+){0,3}?garanties?\b[^.!?\n]{0,40}|\b(?:après|avec|dès)\s+(?:l'|son\s+|votre\s+)?enregistrement\b(?:\s+(?:[\w'-]|[\w'-]{3}|[\w'-]{5,}|[^\We][\w'-]|e[^\Wt]|[^\Wp][\w'-]{3}|p[^\Wu][\w'-]{2}|pu[^\Wi][\w'-]|pui[^\Ws])){0,4}?\s*,?\s+(?:la\s+|votre\s+)?garanties?\b[^.!?\n]{0,40}",
        // A token of thanks for the purchase, the trust or the loyalty, not for a review: "en
        // témoignage de notre reconnaissance pour votre confiance".
        r"\ben\s+(?:signe|témoignage|gage|marque|preuve)\s+de\s+(?:toute\s+)?(?:notre|ma)?\s*(?:reconnaissance|gratitude)\s+(?:pour|envers)\s+(?:votre|ta|vos|tes|cette|cet|ce|l')\s*(?:[\w'-]+\s+)?(?:confiance|achat|commande|fidélité|visite|patience|soutien|choix|intérêt)\s*[,.;:!?]",
        // A note of taste or scent, no rating: "la badiane lui donne une note chaude", "des notes
        // de tête fruitées", "une note de vanille".
        r"\bnotes?\s+(?:(?:chaude|épicée|sucrée|fruitée|florale|boisée|vanillée|acidulée|fraîche|douce|amère|herbacée|grillée|toastée|miellée|poivrée|citronnée|musquée|ambrée|torréfiée|ronde|veloutée|minérale|fumée|beurrée|maltée|gourmande|végétale|terreuse|subtile|légère|délicate|profonde)s?|(?:de|d')\s*(?:tête|cœur|coeur|fond|vanille|caramel|miel|agrumes|bergamote|fleurs?|fruits|bois|cuir|tabac|cacao|chocolat|noisette|amande|épices|jasmin|rose|ambre|musc|cannelle|badiane|anis|réglisse|menthe|citron|orange|pêche|abricot|cerise|framboise|pomme|poire|figue|malt|tourbe))\b",
        // The item made ready for the buyer to give as a present: "chaque écrin est prêt à être
        // offert en cadeau", "emballé pour offrir".
        r"\b(?:prêt|prête|prêts|prêtes|destinée?s?|pensée?s?|emballée?s?|conçue?s?)\s+(?:pour\s+|à\s+)(?:être\s+)?(?:offerte?s?|offrir)(?:\s+(?:en|comme)\s+cadeau)?\b",
        // The buyer able to do what was just asked, or to find the page: "pourront le faire ici",
        // "vous pourrez la laisser là", "peuvent le trouver ici". Nothing is given.
        r"\b(?:pourr(?:a|ont|ez|as)|peu(?:t|vent|x)|pouvez)\s+(?:(?:tout\s+)?simplement\s+|directement\s+)?(?:le|la|les|l')\s*(?:faire|trouver|laisser|écrire|rédiger|déposer|publier|donner)\b",
        // A gesture made per order, not per review: "pour chaque commande, nous reversons 1 €",
        // "avec chaque achat, un arbre est planté".
        r"\b(?P<m>(?:pour|avec|à)\s+(?:chaque|votre|ta|ton))\s+(?:nouvelle?\s+)?(?:commande|achat|vente|colis|paquet|livraison|flacon|bouteille|pot|sachet|article|produit|recharge|unité)\b",
        // An extra the seller says it gives with every order or to every buyer, said after the
        // item: « un échantillon gratuit, offert avec chaque commande », « un échantillon est
        // glissé dans chaque colis », « une brosse offerte, comme pour tous nos clients ». It is no
        // reward for the review (the order or the buyer is what counts, never the review: « pour
        // chaque avis … » stays an offer).
        r"(?:(?m:^)[ \t]*|[.!?][ \t]+)(?P<m>(?:votre|vos|le|la|les|ce|cette|dans|un|une|nous|vous|il\s+y\s+a)\b[\s'’]*(?:[\w'’-]+\s+){0,7}?(?:cadeaux?|échantillons?|surprises?|goodies|offerte?s?|gratuite?s?)\b(?:\s+[\w'’-]+){0,7}?\s*,?\s+(?:(?:offerte?s?|glissée?s?|inclus(?:e|es)?|ajoutée?s?|jointe?s?|envoyée?s?|remise?s?)\s+|(?:comme|tout\s+comme|ainsi\s+qu['’]\s*)\s*|(?:que|qu['’])\s*nous\s+(?:[\w'’-]+\s+){1,2})?(?:(?:avec|dans|pour|à)\s+)?(?:chaque|tou(?:s|tes)\s+(?:les|nos))\s+(?:colis|commandes?|paquets?|envois?|livraisons?|boîtes?|cartons?|achats?|machines?|client(?:e|s|es)?|acheteurs?)\b)\s*(?:[.!?]|(?m:$))",
        // An extra that every parcel or order comes with, in a sentence of its own: "Chaque
        // commande contient un petit cadeau", "dans chaque colis, vous trouverez un échantillon".
        // It is for every buyer, not for the review asked for before it. The sentence ends with
        // the item, or says only what it is made of: not "… pour ceux qui laissent un avis".
        r"(?:(?m:^)[ \t]*|[.!?][ \t]+)(?P<m>(?:dans\s+)?(?:chaque|tou(?:s|tes)\s+(?:les|nos))\s+(?:colis|commandes?|paquets?|envois?|livraisons?|boîtes?|cartons?|achats?)\s*,?\s+(?:[\w'-]+\s+){0,3}?(?:contien(?:t|nent)|compren(?:d|nent)|inclu(?:t|ent)|(?:est|sont)\s+accompagnée?s?\s+d[e']|arrive(?:nt)?\s+avec|trouve(?:z|rez|ras)?|glissons|ajoutons|joignons|il\s+y\s+a)\s*(?:[\w'-]+\s+){0,3}?(?:cadeaux?|échantillons?|surprises?|goodies|offerte?s?|gratuite?s?)\b(?:\s+(?:offerte?s?|gratuite?s?)\b)?(?:\s+(?:de|d')\s*(?:(?:notre|nos|la|le|les|l')\s*)?(?:[\w'-]+\s+)?[\w'-]+)?(?:\s*,\s*(?:comme|histoire\s+de)\s+[^.!?\n]{0,60})?)\s*(?:[.!?]|(?m:$))",
        // A discount already in this order's price, applied by Amazon's own business pricing:
        // "la réduction appliquée automatiquement par les tarifs Amazon Business", "la remise
        // calculée par le barème pro d'Amazon". It tells the price paid, it offers nothing.
        r"\b(?:remises?|réductions?|rabais)\s+(?:[\w'-]+\s+){0,3}?(?:déjà\s+)?(?:appliquée?s?|accordée?s?|incluse?s?|déduite?s?|calculée?s?)\s+(?:automatiquement\s+)?(?:par|via|selon)\s+(?:le|la|l'|les)\s*(?:tarif|tarification|prix|grille|barème|programme|compte)s?\s+(?:[\w'-]+\s+){0,2}?(?:d'|de\s+)?Amazon\b",
        // A thing owed anyway is no reward: "la pièce vous était due de toute façon", "le
        // remboursement vous est dû dans tous les cas".
        r"\b[\w'-]+\s+(?:vous|te|lui|leur)\s+(?:était|étaient|est|sont|sera|seront|restait|reste)\s+(?:bien\s+)?dûe?s?\b,?\s+(?:de\s+toute\s+(?:façon|manière)|dans\s+tous\s+les\s+cas|quoi\s+qu'il\s+(?:arrive|en\s+soit)|en\s+tout\s+état\s+de\s+cause)\b",
        // Five stars named as one count among lower ones: "une, deux ou cinq étoiles", "de une à
        // cinq étoiles", "d'une à cinq étoiles". The whole scale, no steering.
        r"\b(?:d'|de\s+)?(?:une?|1|deux|2|trois|3|quatre|4)\b(?:\s*,\s*(?:une?|deux|trois|quatre|[1-4])\b)*\s*,?\s+(?:ou|à|et|jusqu'à)\s+(?:5|cinq)\s+étoiles\b",
        // Stars that grade the buyer's own effort or practice, not the product: "un effort cinq
        // étoiles", "ta séance de cinq étoiles", "cinq étoiles pour ta persévérance". The effort
        // named with "un" or the buyer's own ("notre travail cinq étoiles" stays a star count),
        // and where no wish follows (`fr_praise_end`).
        concat!(
            r"(?:\b(?:un|ton|ta|tes|votre|vos|cet|cette|ces|quel|quelle|d'|l')\s*(?:vrai\s+|véritable\s+|bel\s+|belle\s+)?(?:efforts?|travail|séances?|entraînements?|persévérance|assiduité|régularité|constance|progrès|performance|semaine|journée|tentative|essai)\s+(?:(?:est|était|sera|vaut|valent|mérite|méritent)\s+(?:déjà\s+|bien\s+|largement\s+)?)?(?:de\s+|digne\s+de\s+|à\s+)?(?:5|cinq)\s+étoiles\b)",
            fr_praise_end!()
        ),
        // The same as stars "pour" the effort, only where no one asks for them: at the start, or
        // after "et", "c'est", "tu mérites" ("laissez-nous cinq étoiles pour l'effort" asks), and
        // where no wish follows ("Cinq étoiles pour l'effort, ce serait génial !":
        // `fr_praise_end`).
        concat!(
            r"(?:(?:(?m:^)|[^\w\s'’]|\b(?:et|c['’]est|mérites?|méritez|voilà|vaut|valent)\s)\s*(?:(?:bien|largement|déjà)\s+)?(?:5|cinq)\s+étoiles\s+(?:pour|à)\s+(?:l'|ton|ta|tes|votre|vos|cet|cette)\s*(?:efforts?|travail|persévérance|assiduité|régularité|constance|courage|progrès|séances?|entraînements?)\b)",
            fr_praise_end!()
        ),
        // The buyer grading themselves in stars: "donne-toi cinq étoiles", "accorde-toi 5 étoiles
        // pour la semaine". Not with stars for the seller after it ("et à nous aussi").
        concat!(
            r"(?:\b(?:donne|accorde|attribue|mets|décerne|offre)-toi\s+(?:[\w'-]+\s+){0,3}?(?:5|cinq)\s+étoiles\b)",
            fr_praise_end!()
        ),
        // The thing the buyer made with the product, praised in stars: "un pain cinq étoiles",
        // "ton dessin mérite cinq étoiles".
        r"\b(?:pains?|baguettes?|brioches?|gâteaux?|tartes?|pizzas?|plats?|repas|dîners?|dessins?|croquis|esquisses?|peintures?|photos?|tricots?|résultats?)\s+(?:(?:est|sera|était|serait|vaut|mérite|méritera)\s+)?(?:(?:digne\s+)?de\s+|digne\s+de\s+)?(?:5|cinq)\s+étoiles\b",
        // A star class of a hotel, a restaurant or a camp site: "le linge des hôtels 4 étoiles", "un
        // palace cinq étoiles", "un camping cinq étoiles". It grades the place, not the buyer's
        // rating.
        r"\b(?:hôtels?|palaces?|restaurants?|résidences?|établissements?|spas?|campings?|glampings?|gîtes?|refuges?|chalets?|auberges?|lodges?|villages?\s+vacances)\s+(?:de\s+)?(?:\d|trois|quatre|cinq)[\s-]+étoiles\b|\b(?:\d|trois|quatre|cinq)[\s-]+étoiles\s+(?:hôtels?|palaces?|campings?)\b",
        // "You can never have too many": an idiom of plenty, no negation of anything: "on n'a
        // jamais trop de haubans", "on n'en a jamais assez", "il n'y a jamais trop de chaussettes".
        r"\b(?:on\s+n['’](?:en\s+)?a|il\s+n['’]y\s+(?:en\s+)?a|vous\s+n['’](?:en\s+)?aurez|tu\s+n['’](?:en\s+)?auras|on\s+n['’](?:en\s+)?aura)\s+jamais\s+(?:trop|assez)\b",
        // Stars that are a spice, a sea creature or a thing made of something, not a rating: "cinq
        // étoiles de badiane", "étoiles d'anis", "badiane étoilée", "étoiles de mer", "cinq étoiles
        // en feutre", "en forme d'étoile". ("Cinq étoiles nous feraient plaisir" stays a star count.)
        r"\bétoiles?\s+(?:de\s+|d'|en\s+)(?:[\w-]+\s+)?(?:badiane|anis|mer|feutre|papier|carton|bois|chocolat|sucre|massepain|pâte\s+d'amande|pâte\s+à\s+sucre|pain\s+d'épices?|biscuit|sablé|argile|céramique|porcelaine|verre|cristal|laiton|cuivre|étain|feuille\s+d'or|tissu|lin|cuir|dentelle|paillettes|perles|métal|résine|cire|paille)\b|\b(?:badiane|anis)\s+étoilée?\b|\ben\s+forme\s+d'étoiles?\b",
        // Stars someone else hands out, a pet, the vet or the groomer, told as what happened:
        // "c'est cinq étoiles de sa part", "le vétérinaire lui a donné cinq étoiles", "elle lui
        // accorde cinq étoiles". Only in the third person ("donnez-lui cinq étoiles", "cinq étoiles
        // de votre part" stay star counts).
        r"\b(?:5|cinq)\s+étoiles\s+de\s+(?:sa|leur)\s+part\b|\b(?:5|cinq)\s+étoiles\s+de\s+la\s+part\s+(?:de\s+(?:notre|son|sa|leur|mon|ma)|du|de\s+la|des)\b",
        r"\b(?:a|avait|ont|avaient)\s+(?:(?:déjà|aussi|même|bien|aussitôt|direct|directement)\s+)?(?:donné|accordé|attribué|décerné|mis|octroyé|collé)\s+(?:(?:au|à\s+la|à\s+l'|aux)\s*(?:[\w'-]+\s+){1,2}?)?(?:(?:ses|leurs|les|ces)\s+)?(?:5|cinq)\s+étoiles\b",
        r"\b(?:il|elle|ils|elles)\s+(?:(?:lui|leur|y|en)\s+)?(?:donne|donnent|accorde|accordent|attribue|attribuent|décerne|décernent|met|mettent)\s+(?:(?:ses|leurs|les)\s+)?(?:5|cinq)\s+étoiles\b",
        // Stars counted per day or week, an app's or a tracker's goals: "cinq étoiles par semaine,
        // c'est un chien bien dépensé".
        r"\b(?:5|cinq)\s+étoiles\s+(?:par|dans\s+la|dans\s+une|en\s+une|chaque|la)\s+(?:semaine|jour|journée|mois)\b",
        // Stars that grade something on a scale told step by step, the lowest first: "une étoile,
        // le nœud se défait aux doigts ; trois, … ; cinq étoiles, il ne reste que la tondeuse".
        r"\b(?:une|1)\s+étoile\s*[,:;=–—-][^.!?\n]{1,160}?(?P<m>\b(?:5|cinq)\s+étoiles)\s*[,:;=–—-]",
        // A club that is a figure of speech, the people who own, raise or love a thing: "bienvenue
        // au club des maîtres de chiots", "le club des heureux propriétaires d'un vélo cargo". No
        // membership is given ("le Club des Premiers", "le club des testeurs" stay rewards).
        r"\b(?:bienvenue\s+(?:au|dans\s+le)\s+)?(?:(?:grand|joyeux|petit)\s+)?club\s+des\s+(?:(?:heureux|heureuses|fiers|fières|nouveaux|nouvelles|jeunes|vrais|futurs)\s+)?(?:maîtres(?:ses)?|propriétaires|parents|papas|mamans|amoureux|amoureuses|adeptes|passionnée?s|accros|mordue?s)\s+(?:de|d'|du|des)",
        // Feedback from the field is no returned parcel, nor is a link sent back: "retour
        // d'expérience", "retour terrain", "votre retour sur la fiche Amazon", "renvoyez-moi le lien".
        // The buyer's word wished for, not a parcel sent back: "curieux de lire votre retour",
        // "connaître ton retour", "vos retours, quels qu'ils soient".
        r"\b(?:lire|connaître|entendre|découvrir)\s+(?:votre|ton|vos|tes)\s+(?:petit\s+|avis\s+et\s+)?retours?\b|\bretours?\s*,?\s+(?:quel|quelle)s?\s+qu'",
        r"\bretours?\s+(?:d'expérience|terrain)\b|\brenvoy\w*[\s-]+(?:(?:moi|nous)\s+)?(?:le|la|l')\s*(?:lien|url|capture|pseudo)\w*|\b(?:un|votre|ton|leur|vos|leurs|son|des)\s+(?:petit\s+)?retours?\s+(?:[\w'-]+\s+){0,2}?(?:sur|dans)\s+(?:la\s+(?:fiche|page)|Amazon)\b",
        // The parcel's handover to the buyer, no discount: "une pièce d'identité à la remise.",
        // "lors de la remise du colis", "la remise en mains propres".
        // Also the handover to the carrier: "remise au transporteur le 3 mai", "remise à La Poste".
        r"\bremise\s+(?:au|aux|à\s+la|à\s+l'|à\s+notre|à\s+votre)\s*(?:transporteurs?|livreurs?|poste|coursiers?|messagerie|relais|point\s+relais|service\s+de\s+livraison|Chronopost|Colissimo|DHL|UPS|GLS|DPD|FedEx)\b|\b(?:à|lors\s+de|au\s+moment\s+de)\s+la\s+remise\s*(?:[.,;:!)]|$)|\bremise\s+(?:du\s+colis|des\s+colis|du\s+paquet|de\s+(?:la\s+commande|votre\s+colis|l'envoi|votre\s+commande))\b|\bremise\s+en\s+mains?\s+propres?\b|\bremise?s?\s+contre\s+(?:signature|émargement|accusé\s+de\s+réception|pièce\s+d'identité)\b",
        // A return window is a term of sale, no returned parcel: "un délai de retour de 60 jours",
        // "la période de retour est allongée".
        r"\b(?:délais?|période|fenêtre|durée)\s+de\s+retour\b",
        // The sale day named as when the buyer ordered, no promotion: "merci pour ta commande Black
        // Friday", "vous avez profité du Prime Day pour commander".
        r"\b(?:commandes?|achats?|colis)\s+(?:du\s+|de\s+|pendant\s+le\s+|lors\s+du\s+)?(?:Black\s+Friday|Cyber\s+Monday|Prime\s+Day)\b|\bprofité\s+(?:du|des\s+offres\s+(?:du\s+)?)\s*(?:Black\s+Friday|Cyber\s+Monday|Prime\s+Day)\b",
        // So is the sale season the buyer bought in, told in the past: "vous avez profité des
        // soldes d'été pour…", "les pulls achetés en soldes", "un vélo commandé pendant les soldes".
        r"\b(?:avez|as|a|ont|aviez|avait|ayant)\s+(?:[\w'-]+\s+)?profité\s+(?:des|de\s+la|du)\s+(?:soldes|promotions?|ventes?\s+privées?|ventes?\s+flash|Black\s+Friday|Cyber\s+Monday|Prime\s+Day)(?:\s+d'(?:hiver|été|automne|printemps))?\b|\b(?:achet|command|pay|réglé)(?:é|ée|és|ées)\s+(?:[\w'-]+\s+){0,3}?(?:en|pendant|durant|lors\s+(?:des|du|de\s+la))\s+(?:les\s+|le\s+|la\s+)?(?:soldes|promotions?|ventes?\s+privées?|ventes?\s+flash|Black\s+Friday|Cyber\s+Monday|Prime\s+Day)(?:\s+d'(?:hiver|été|automne|printemps))?\b",
        // Or the rush it brings, as the cause of a slower delivery: "en raison de l'affluence du
        // Cyber Monday", "des retards après les soldes", "le volume de la semaine du Prime Day".
        r"\b(?:en\s+raison|à\s+cause|du\s+fait|suite|au\s+lendemain)\s+(?:du|de\s+la|de\s+l'|des)\s*(?:[\w'-]+\s+){0,5}?(?:soldes|Black\s+Friday|Cyber\s+Monday|Prime\s+Day)(?:\s+d'(?:hiver|été|automne|printemps))?\b|\b(?:délais?|retards?|volumes?|affluence|afflux|rush|engorgement|saturation|pics?\s+d'activité)\s+(?:[\w'-]+\s+){0,5}?(?:soldes|Black\s+Friday|Cyber\s+Monday|Prime\s+Day)(?:\s+d'(?:hiver|été|automne|printemps))?\b",
        // The right gift others look for: "aider d'autres parents à trouver le bon cadeau", "choisir
        // le cadeau idéal".
        r"\b(?:trouv|choisi|dénich|cherch|sélectionn)\w*\s+(?:le|un|leur|son|votre|ton)\s+(?:bon\s+|beau\s+|joli\s+)?cadeau\b(?:\s+(?:idéal|parfait))?",
        // A gift the buyer gave or looks for, no reward: "en panne d'idée cadeau", "un cadeau de
        // fête des pères", "vous avez offert le coffret".
        r"\bidées?[\s-]+cadeaux?\b|\bcadeaux?\s+(?:de|pour\s+(?:la|les|son|sa))\s+(?:fête\s+des\s+(?:mères|pères|grands-mères|grands-pères)|noël|naissance|mariage|baptême|départ)\b|\bcadeau\s+d'anniversaire\b|\b(?:vous\s+avez|vous\s+aviez|tu\s+as)\s+offert\b",
        // A present the buyer gives to someone, no reward: "offert en cadeau à sa sœur", "l'offrir
        // en cadeau à un ami", "vous l'avez peut-être offerte à un proche", "acheté comme cadeau
        // pour votre grand-père" ("un cadeau pour votre fils" alone may be the seller's).
        r"\b(?:offert|offerte|offerts|offertes|offrir|offrez|offriez|offre|(?:comme|en|peut-être\s+un|sans\s+doute\s+un|probablement\s+un|c'était\s+un|s'agit\s+d'un)\s+cadeau)\s+(?:en\s+cadeau\s+)?(?:à|au|aux|pour)\s+(?:un|une|des|votre|vos|ton|ta|tes|sa|son|ses|leur|quelqu'un)\s*(?:[\w'-]+\s+){0,1}?(?:proches?|amie?s?|parents?|mère|père|sœur|frère|fille|fils|enfants?|conjointe?|collègues?|famille|mamans?|papas?|grand-\w+|quelqu'un)\b",
        r"\b(?:vous|tu)\s+(?:l'|les\s+)?(?:avez|aviez|as|avais)\s+(?:peut-être\s+|sans\s+doute\s+|déjà\s+)?offerte?s?(?:\s+en\s+cadeau)?\b",
        // Nothing for the buyer to do, no problem: "sans rien à faire de votre côté", "vous n'avez
        // rien à remplir", "sans aucune démarche".
        r"\b(?:sans|n'avez|n'aurez|n'as|n'auras|ni)\s+(?:absolument\s+)?rien\s+(?:de\s+plus\s+)?à\s+(?:faire|remplir|payer|renvoyer|signer|imprimer|demander|envoyer)\b|\bsans\s+(?:aucune|la\s+moindre)\s+(?:démarche|formalité)\b|\baucune\s+(?:démarche|formalité)\s+(?:à\s+faire|de\s+votre\s+part|nécessaire|requise)\b",
        // A star count inside a capitalised product name: "le Matelas Hôtel 5 Étoiles", "la
        // Couette Cinq Étoiles".
        r"(?-i:\b\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)*\s+(?:5|Cinq)\s+Étoiles)\b",
        // An order-summary row: the discount applied and its name, which the buyer already had:
        // "Remise appliquée : Vente flash", "Coupon utilisé  Soldes d'été".
        r"(?m:^)[ \t]*(?:remise|réduction|promotion|promo|coupon|code\s+promo|bon\s+de\s+réduction|offre)s?\s+(?:appliquée?|utilisée?|déduite?|obtenue?)s?[ \t]*:?\s*[^\n.!?]{0,40}",
        // The item line ("Article : lampe Cinq Étoiles"): a name.
        r"(?m:^)[ \t]*(?:articles?|produits?|désignation|modèle|contenu)[ \t]*:[^\n]*",
        // Nothing for a review, said as such ("nous n'offrons rien contre un avis", "rien pour vos
        // commentaires").
        r"(?:\b(?:n'|ne\s+)\w+\s+)?\brien\s+(?:en\s+échange\s+d(?:'|e\s+)|contre\s+|pour\s+)(?:un\s+|une\s+|les\s+|vos\s+|votre\s+|des\s+)?(?:avis|commentaires?|évaluations?|notes?)\b",
        r"\bpar\s+retour\s+(?:de\s+|d')?(?:mail|e-mail|courriel|courrier|message)\b",
        // The name of a money-back guarantee, a term of sale for everyone: "garantie « satisfait
        // ou remboursé »", "satisfaite ou remboursée".
        r"\bsatisfaite?s?\s+ou\s+rembours(?:é|ée|és|ées)\b",
        // Nothing given for a review, said in the passive: "rien n'est offert pour un avis", "rien
        // ne vous sera donné en échange d'une note".
        r"\brien\s+(?:ne\s+|n')(?:[\w'-]+\s+){0,3}?(?:offert|donné|accordé|prévu|envoyé|remboursé)e?s?\s+(?:en\s+échange\s+d(?:'|e\s+)|contre\s+|pour\s+)(?:un\s+|une\s+|les\s+|vos\s+|votre\s+|des\s+|ton\s+|ta\s+)?(?:avis|commentaires?|évaluations?|notes?)\b",
        r"\b(?:remplacement|nouvel?\s+(?:article|produit|exemplaire)|nouvelle\s+\w+)\s+(?:[\w'-]+\s+){0,4}?(?:est\s+partie?|a\s+été\s+(?:expédiée?|envoyée?)|vous\s+a\s+été\s+(?:expédiée?|envoyée?))\b",
        r"\bemball\w*\s+(?:[\w'-]+\s+){0,3}?(?:en|comme)\s+cadeau\b|\b(?:reconnaissante?s?)\s+(?:pour|de)\b",
        // (Also the buyer's present said with a condition: "si c'est un cadeau", "si la bague
        // est un cadeau".)
        r"\b(?:était|c'était)\s+un\s+cadeau\b|\bsi\s+c'est\s+(?:un\s+cadeau|pour\s+offrir)\b|\bsi\s+(?:[\w'-]+\s+){1,3}?(?:est|sont)\s+(?:un|des)\s+cadeaux?\b|\b(?:acheté|commandé)e?s?\s+pour\s+(?:l')?offrir\b|\b(?:emballage|papier|sac|sachet|pochette|paquet|boîte)s?[\s-]+cadeaux?\b|\b(?:a|ont)\s+été\s+remise?s?\b|\b(?:est|sont|sera|seront|être|été|était|étaient)\s+remise?s?\s+(?:à|au|aux|en\s+mains?\s+(?:à|au|aux|propres))\b|\b(?:code|coupon|remise|réduction|bon)\w*\s+(?:[\w'-]+\s+){0,3}?que\s+vous\s+avez\s+(?:déjà\s+)?(?:utilisée?|appliquée?|saisie?)\b",
        // Nothing given for it, or the review itself the buyer's small gesture: "nous ne
        // pouvons rien offrir en échange, pas de cadeau, pas de réduction", "pas de cadeau contre
        // un avis", "chaque avis est pour nous un petit geste".
        // Several denied in a row, the place between: "pas de concours ni de cadeau ici contre un
        // avis", "aucune loterie, aucune remise en échange d'une note"; a bare comma too: "aucun
        // bon d'achat, échantillon ou remise pour une note". Or "rien" with the verb after it:
        // "on ne peut rien te donner en retour".
        r"\bn'offrons\s+rien(?:\s+en\s+(?:échange|retour))?\b|\brien\s+(?:(?:vous|te|leur|lui)\s+)?(?:\w+\s+)?en\s+(?:échange|retour|contrepartie)\b|\b(?:aucune?|pas\s+de|pas\s+d')\s*(?:contrepartie|récompense|cadeaux|cadeau|réduction|remise|remboursement|bon\s+d'achat|code\s+promo|tirage\s+au\s+sort|concours|loterie|échantillon|carte\s+cadeau|avantage|prime)s?\b(?:(?:\s*,\s*(?:(?:ni|et|ou|aucune?)\s+)?|\s+(?:ni|et|ou|aucune?)\s+)(?:de\s+|d'|pas\s+de\s+|pas\s+d')?(?:contrepartie|récompense|cadeaux|cadeau|réduction|remise|remboursement|bon\s+d'achat|code\s+promo|tirage\s+au\s+sort|concours|loterie|échantillon|carte\s+cadeau|avantage|prime)s?\b)*(?:\s+(?:chez\s+nous|ici|de\s+notre\s+part)(?:\s*,)?)?(?:\s+(?:en\s+échange\s+d(?:'|e\s+)|contre\s+|pour\s+)(?:un\s+|une\s+|les\s+|vos\s+|votre\s+|des\s+)?(?:avis|commentaires?|évaluations?|notes?)\b)?|\b(?:avis|commentaire|évaluation|note)s?\s+(?:est|sont|serait|seraient|représente\w*)\s+(?:[\w'-]+\s+){0,3}?(?:un\s+)?petit\s+geste\b|\bpetit\s+geste\s+de\s+(?:votre|ta)\s+part\b",
        r"\bretour\s+compris\b|\baller[\s-]retour\b|\bréductions?\s+(?:active\s+)?(?:de|du|des)\s+(?:bruits?|son|sons|volume|consommation|poids|vibrations?|odeurs?|frottements?|fatigue|risques?|stress|douleurs?|encombrement|émissions?|chaleur|reflets?)\b",
        // The surprise of the buyer's own gift to someone: "nous espérons que la surprise a fait
        // son effet", "la surprise a été réussie", "pour faire la surprise à votre fille".
        r"\b(?:la|votre|ta|sa|leur|cette)\s+(?:belle\s+|grande\s+|jolie\s+|petite\s+)?surprise\s+(?:a|ait|aura|avait|était|fut|sera|soit)\s+(?:[\w'-]+\s+){0,2}?(?:fait\s+(?:son|de\s+l')\s*effet|réussie|plu|appréciée|à\s+la\s+hauteur)|\bfaire\s+(?:la|une)\s+surprise\s+(?:à|au|aux)\b|\beffet\s+de\s+surprise\b",
        // Rewards listed under "ni", a denial wherever the review stands ("ni carte cadeau ni
        // remise" too), however many: "nous ne donnons ni remboursement ni cadeau en échange", "ni
        // bon d'achat, ni réduction, ni échantillon".
        r"\bni\s+(?:(?:un|une|de|d'|aucun|aucune)\s*)?(?:cartes?[\s-]+cadeaux?|remboursements?|cadeaux?|réductions?|remises?|bons?\s+d'achat|codes?\s+promo|coupons?|récompenses?|échantillons?|avantages?|gestes?|primes?|contreparties?)(?:\s*,?\s+(?:et\s+)?ni\s+(?:(?:un|une|de|d'|aucun|aucune)\s*)?(?:cartes?[\s-]+cadeaux?|remboursements?|cadeaux?|réductions?|remises?|bons?\s+d'achat|codes?\s+promo|coupons?|récompenses?|échantillons?|avantages?|gestes?|primes?|contreparties?)\b)+(?:\s+en\s+(?:échange|retour|contrepartie))?",
        // Free delivery the order already had, no reward: "arrivé avec la livraison gratuite de
        // votre commande", "votre commande bénéficiait des frais de port offerts", "parvenu avec
        // la livraison offerte", "la livraison gratuite incluse dans le prix".
        r"\b(?:livraison|expédition|envoi)\s+(?:gratuite?|offerte?)\s+(?:de|sur|pour)\s+(?:votre|ta|cette)\s+commande\b|\b(?:livraison|expédition)\s+(?:gratuite|offerte)\s+(?:déjà\s+)?(?:comprise|incluse)\s+(?:dans|avec)\s+(?:l'achat|le\s+prix|(?:la|votre|ta|cette)\s+(?:commande|achat|abonnement)|votre\s+achat)\b|\b(?:arrivée?s?|parvenue?s?|livrée?s?|expédiée?s?|reçue?s?|partie?s?)\s+(?:[\w'-]+\s+){0,2}?avec\s+(?:la\s+)?(?:livraison|expédition)\s+(?:gratuite|offerte)\b|\b(?:commande|achat)\s+(?:a\s+|avait\s+)?(?:bénéficié|bénéficiait|profité|profitait)\s+(?:de\s+la\s+livraison\s+(?:gratuite|offerte)|des\s+frais\s+de\s+port\s+offerts)\b",
        // Neither one thing nor another for a review: "nous n'offrons ni réduction ni cadeau en
        // échange d'un avis", "ni bon d'achat ni remboursement contre une évaluation".
        r"\bni\s+[^.!?\n]{1,40}?\bni\s+[^.!?\n]{1,40}?\b(?:en\s+échange|contre|pour|en\s+retour|en\s+contrepartie)\s+(?:d'|de\s+)?(?:un\s+|une\s+|votre\s+|vos\s+|les\s+|des\s+)?(?:avis|évaluations?|commentaires?|notes?)\b",
        r"[^.!?\n]*\b(?:que\s+vous\s+laissiez\s+un\s+avis\s+ou\s+(?:non|pas)|indépendamment\s+de\s+(?:votre|tout)\s+avis)\b[^.!?\n]*",
        r"\brenvoyez[\s-]nous\s+(?:le|la|les)\s+[\w-]+\s+et\s+nous\s+y\b",
        // Thanks for the order or the trust, not for a review: "un mot pour vous remercier d'avoir
        // choisi notre boutique", "en remerciement de votre confiance", "en guise de merci pour
        // votre commande, …" ("… pour votre commande et votre avis" is for the review too).
        r"\b(?:pour\s+vous\s+remercier|pour\s+(?:vous|te)\s+dire\s+merci|en\s+remerciement|en\s+guise\s+de\s+(?:remerciements?|merci))\s+(?:d'avoir\s+(?:choisi|commandé|acheté|fait\s+confiance|soutenu)|de\s+(?:votre|vos|ta|ton)\s+(?:commande|achat|confiance|fidélité|patience|soutien|compréhension)\b|pour\s+(?:votre|vos|ta|ton)\s+(?:commande|achat|confiance|fidélité|patience|soutien|compréhension)\s*[,.;:!?])",
        // "First" bound to the packaging, not to the review: "contactez-nous d'abord avant de
        // jeter le carton", "avant de recycler l'emballage, écrivez-nous d'abord".
        r"\b(?:d'abord|en\s+premier|au\s+préalable|avant\s+tout)\s+avant\s+(?:de\s+|d')(?:jeter|recycler|détruire|découper|écraser|(?:vous|te)\s+débarrasser\s+d\S+)\s+(?:[\w'-]+\s+){0,2}?(?:cartons?|emballages?|boîtes?|calages?|colis|sachets?|polystyrène)\b|\bavant\s+(?:de\s+|d')(?:jeter|recycler|détruire|découper|écraser|(?:vous|te)\s+débarrasser\s+d\S+)\s+(?:[\w'-]+\s+){0,2}?(?:cartons?|emballages?|boîtes?|calages?|colis|sachets?|polystyrène)\b[^.!?\n]{0,40}?\b(?:d'abord|en\s+premier|au\s+préalable)\b",
        // The gift as the buyer's order, not one the seller gives: its ticket or message (« ticket
        // cadeau », « message cadeau »), how it went (« le cadeau n'a pas plu », « votre cadeau a
        // été un succès »), and the surprise the buyer prepared (« préserver la surprise », « la
        // surprise que vous aviez préparée », « gâcher votre surprise »; the seller keeping its own
        // surprise secret, « pour ne pas gâcher la surprise », stays a reward).
        r"\b(?:tickets?|messages?|mots?|reçus?|étiquettes?)\s+cadeaux?\b|\b(?:le|votre|ton|ce|son|leur)\s+cadeau\s+(?:n'\s*)?(?:a|ait|avait|aura|aurait)\s+(?:[\w'-]+\s+){0,2}?(?:plu|fait\s+(?:plaisir|sourire|mouche|son\s+effet|l'unanimité)|réussi|été\s+(?:qu'\s*)?(?:un|une|bien\s+(?:reçu|accueilli)|apprécié|adopté))\b",
        r"\bsurprise\s+(?:que|qu')\s*(?:vous|tu)\s+(?:[\w'-]+\s+){0,2}?(?:prépar|prév|imagin|organis|voul|espér)\w*|\b(?:préserv|ménag|conserv)\w*\s+(?:la|votre|ta|leur|cette)\s+surprise\b|\b(?:gâch|évent|dévoil|révél)\w*\s+(?:votre|ta|leur)\s+surprise\b",
        // Word sent back, not an item: "une réponse de notre équipe part sous 24 heures", "un
        // numéro de suivi arrive"; and "part" as a share: "un mot de votre part".
        r"\b(?P<m>réponses?|messages?|e-?mails?|courriels?|mails?|(?:numéros?\s+de\s+)?suivi|confirmations?|copies?|liens?|notifications?|factures?|appels?|rappels?)\b(?:\s+[\w'-]+){0,6}?\s+(?:part|partent|partira|partiront|arrive|arrivent|arrivera|arriveront|en\s+route|en\s+chemin|expédiée?s?|envoyée?s?)\b|\b(?:de|pour)\s+(?:votre|ta|ma|sa|notre|leur|vos|nos)\s+part\b|\b(?:à|quelque|nulle|autre|d'une|d'autre)\s+part\b",
        // A child's chart of stars, stickers or tokens and the reward it leads to, which the
        // parent gives: "chaque tâche accomplie vaut une étoile magnétique", "une mission réussie
        // rapporte une gommette", "au bout de cinq étoiles, prévoyez une récompense simple", "après
        // dix autocollants, offrez-lui un petit cadeau", "un tableau de récompenses", "évitez les
        // récompenses matérielles". The stars grade the child's day, the reward is the child's;
        // neither is the buyer's review or anything given for it. (Not a count of stars the buyer
        // gives: "dès cinq étoiles, un cadeau vous attend" stays a star count and a reward.)
        r"\b(?:chaque|une|la|toute)\s+(?:tâche|mission|corvée|routine|étape|activité|bonne\s+action|habitude|défi|nuit|matinée|journée)s?\s+(?:(?:bien\s+)?(?:accomplie|réussie|réalisée|terminée|faite|relevée|sèche|au\s+sec|sans\s+[\w'’-]+)s?\s+)?(?:vaut|valent|donne|donnent|rapporte|rapportent|mérite|méritent|=)\s+(?:une|un|deux|trois|\d+)\s+(?:étoiles?|gommettes?|autocollants?|jetons?|tampons?|smileys?|bons?\s+points?)\b",
        r"\b(?:au\s+bout\s+(?:de\s+|d['’])|après\s+)(?:\d+|deux|trois|quatre|cinq|six|sept|huit|dix|douze|quinze|vingt)\s+(?:étoiles|gommettes|autocollants|jetons|tampons|smileys|bons\s+points)\b(?:\s+(?:collées?|collés|gagnée?s|obtenue?s|réunie?s|cumulée?s|cumulés|accumulée?s|accumulés|affichée?s))?\s*,?\s+(?:(?:prévoyez|prévois|choisissez|choisis|fixez|fixe|définissez|décidez|convenez\s+d['’]|offrez-(?:lui|leur)|offre-lui|donnez-(?:lui|leur)|donne-lui|accordez-(?:lui|leur)|accorde-lui)\s+(?:ensemble\s+)?(?:une?|la|sa|leur|des|les)\s+(?:petite?s?\s+|grande?s?\s+|vraie?s?\s+)?(?:récompenses?|surprises?|cadeaux?|privilèges?))\b",
        r"\btableaux?\s+(?:de|des)\s+(?:récompenses?|motivation|routines?|tâches|responsabilités|comportement|étoiles|gommettes|autocollants|propreté)\b|\brécompenses?\s+(?:matérielles?|symboliques?|immatérielles?|alimentaires?|sucrées?)\b|\brécompens(?:er|ez|ons)(?:-le|-la|-les)?\s+(?:votre|ton|ta|vos|tes|son|sa|ses|leur|leurs|l['’]|les|chaque)\s*(?:[\w'’-]+\s+)?(?:enfants?|petits?|petites?|fils|filles?|bambins?|élèves?|efforts?|progrès)\b",
    ],
    rated_stars: &[
        // Stars a third party's test or rating gives a car, a helmet, a child seat or any other
        // thing, said of that thing: "cinq étoiles aux crash-tests Euro NCAP", "5 étoiles au test
        // SHARP", "notée cinq étoiles par l'Euro NCAP", "l'Euro NCAP lui a attribué cinq
        // étoiles". Never in the buyer's own test ("cinq étoiles dans votre test" stays a star
        // count), nor the stars wished of the buyer beside it ("donnez-lui cinq étoiles comme
        // l'Euro NCAP"), nor where an ask of the buyer governs them in the sentence, whatever test
        // or safety word stands beside them: "attribuez-lui cinq étoiles au test de sécurité",
        // "pourriez-vous nous donner cinq étoiles aux crash-tests", "… de votre part"
        //.
        concat!(
            r"\b(?:5|cinq)\s+étoiles\s+(?:au\s+|à\s+l['’]\s*|de\s+l['’]\s*|de\s+la\s+|du\s+)?",
            star_raters!(),
        ),
        concat!(
            r"\b(?:5|cinq)\s+étoiles\s+(?:aux?|à\s+la|à\s+l['’]|lors\s+d(?:u|es|e\s+la|e\s+l['’])|dans\s+(?:le|la|les|l['’])|en|selon|par|d['’]après|chez|sur)\s*(?:(?:le|la|les|l['’]|du|des|d['’]|un|une|ce|cet|cette|ces|chaque|tous\s+les|son|sa|ses|leur|leurs)\s*(?:[\w'’-]+\s+){0,2}?)?(?:",
            star_raters!(),
            r"|crash[\s-]*tests?|tests?|essais?|évaluations?\s+(?:de\s+)?sécurité|notations?\s+(?:de\s+)?sécurité|classements?\s+(?:de\s+)?sécurité)",
        ),
        concat!(
            r"\b(?:",
            star_raters!(),
            r"|crash[\s-]*tests?)\b(?:\s+[\p{L}'’]+){0,3}?\s+(?:(?:ses|les|leurs|ces)\s+)?(?:5|cinq)\s+étoiles",
        ),
        // The top mark a test, a comparison or a blog gave the product, told as what happened:
        // "ce papier a obtenu la meilleure note dans le test d'un blog de papeterie", "dans le
        // comparatif d'un magazine, notre destructeur a décroché la note maximale". An ask of the
        // buyer in the sentence ("donnez-lui la meilleure note dans votre test") still governs it.
        concat!(
            r"\b",
            fr_judged_mark!(),
            r"\s+(?:dans|à|au|aux|lors\s+d(?:u|es|e\s+la|e\s+l['’]|['’]un|['’]une)|selon|d['’]après|en)\s*(?:(?:le|la|les|l['’]|du|des|d['’]|un|une|ce|cet|cette|son|sa|leur)\s*)?(?:[\w'’-]+\s+){0,2}?(?:tests?|comparatifs?|essais?|bancs?\s+d['’]essai|blogs?|blogueu(?:r|se)s?|testeu(?:r|se)s?)\b",
        ),
        concat!(
            r"\b(?:dans|lors\s+d['’]|au|à\s+l['’]|en)\s*(?:(?:le|la|les|l['’]|un|une|ce|cet|cette|son|sa)\s*)?(?:[\w'’-]+\s+){0,2}?(?:tests?|comparatifs?|essais?|bancs?\s+d['’]essai)\b[^.!?\n]{0,60}?\b(?:a|ont|avait|avaient)\s+(?:obtenu|reçu|décroché|remporté|eu|raflé)\s+",
            fr_judged_mark!(),
        ),
        // Stars or a top mark that a jury, judges, examiners, a critic or a paper gave a pupil, a
        // band, a concert, a film or a restaurant, told as what happened: "le jury lui a attribué
        // cinq étoiles", "une critique cinq étoiles dans le quotidien régional", "la note
        // maximale du jury", "notée cinq étoiles par la presse". Not the stars wished of the buyer
        // beside them ("donnez-nous cinq étoiles comme le jury", "… de votre part"): the judge
        // stands before a verb of giving, rating or publishing before them, or right after a
        // preposition after them; an ask between still governs them.
        concat!(
            r"\b",
            fr_judges!(),
            r"\b(?:\s+[\p{L}'’-]+){0,3}?\s+(?:(?:lui|leur|l['’]|les|nous|y)\s*)?(?:(?:a|ont|avait|avaient|aura|avons)\s+)?(?:attribu|décern|donn|accord|octroy|not|gratifi|récompens|publi|salu|évalu|class)\w*(?:\s+[\p{L}'’-]+){0,4}?\s+(?:(?:ses|les|leurs|ces|une|un)\s+)?(?:critiques?\s+|notes?\s+)?",
            fr_judged_mark!(),
        ),
        concat!(
            r"\b",
            fr_judged_mark!(),
            r"\s+(?:dans|de|du|des|par|selon|d['’]après|chez|auprès\s+d(?:u|es|e\s+la|e\s+l['’]))\s*(?:(?:le|la|les|l['’]|un|une|son|sa|ses|leur|leurs|notre|nos)\s*)?(?:[\p{L}'’-]+\s+){0,2}?",
            fr_judges!(),
            r"\b",
        ),
        // The name a critic, a journalist, a magazine or a style column gave a collection or a
        // piece, in stars: "une critique de mode l'a décrit dans un magazine comme « la pièce
        // cinq étoiles de l'hiver »", "le magazine a sacré ce manteau pièce cinq étoiles",
        // "la journaliste a qualifié la collection de cinq étoiles"; or that name before them:
        // "une collection cinq étoiles, selon la presse".
        concat!(
            r"\b",
            fr_judges!(),
            r"(?:\s+[\p{L}'’-]+,?){0,8}?\s+(?:(?:l['’]|les|la|le|nous)\s*)?(?:(?:a|ont|avait|avaient|aurait)\s+)?(?:décri\w*|qualifi\w*|appel\w*|surnomm\w*|baptis\w*|sacr\w*|consacr\w*|salu\w*|couronn\w*|nomm\w*|élu\w*|désign\w*|présent\w*)(?:\s+[\p{L}'’-]+){0,4}?\s*(?:\s(?:comme|de|en)\s+|\sd['’]\s*|\s)[«\x22“”]?\s*(?:(?:la|le|les|l['’]|une?|des|sa|son|notre)\s*)?(?:[\p{L}'’-]+\s+){0,2}?(?:(?:de|à)\s+)?(?:5|cinq)\s+étoiles",
        ),
        concat!(
            r"\b(?:5|cinq)\s+étoiles(?:\s+[\p{L}'’-]+){0,3}?\s*[»\x22”]?,?\s+(?:selon|d['’]après|dans|pour)\s*(?:(?:le|la|les|l['’]|un|une|son|sa|ses|leur|leurs|notre|nos)\s*)?(?:[\p{L}'’-]+\s+){0,2}?",
            fr_judges!(),
            r"\b",
        ),
        // Stars that are part of the design: "les cinq petites étoiles du pendentif", "les cinq
        // étoiles du cadran brillent dans le noir", "un cadran à cinq étoiles".
        concat!(
            r"\b(?:5|cinq)\s+(?:[\p{L}'’-]+\s+){0,2}?étoiles\s+(?:(?:gravées|brodées|imprimées|peintes|serties|incrustées|dorées|argentées|lumineuses|phosphorescentes)\s+)?(?:du|des|aux?|de\s+la|de\s+l['’]|de\s+(?:votre|ton|ta|tes|vos|son|sa|ses|ce|cet|cette|chaque)|(?:sur|dans|autour\s+d[eu]|sous)\s+(?:le|la|l['’]|les|votre|ton|ta|tes|vos|son|sa|ses|ce|cet|cette|chaque|du|de\s+la|des))\s*(?:[\p{L}'’-]+\s+){0,2}?",
            fr_star_design!(),
            r"\b",
        ),
        concat!(
            r"\b",
            fr_star_design!(),
            r"\s+(?:à|aux|avec|orné\w*\s+de|qui\s+porte)\s+(?:(?:ses|les|des)\s+)?(?:5|cinq)\s+(?:[\p{L}'’-]+\s+){0,2}?étoiles",
        ),
        // A five-star event wished or told: "un mariage cinq étoiles !", "que votre fête soit
        // cinq étoiles", "des vacances cinq étoiles". It grades the day, not the product.
        r"\b(?:mariages?|noces|fêtes?|soirées?|anniversaires?|vacances|voyages?|séjours?|lune\s+de\s+miel|réveillons?|noël|week-ends?|journées?|saisons?|hivers?|étés?|cérémonies?|réceptions?|galas?|bals?|baptêmes?|célébrations?|festivals?|pique-niques?|randonnées?|aventures?|escapades?)\s+(?:(?:soit|soient|sera|seront|était|fut)\s+)?(?:(?:de|à)\s+)?(?:5|cinq)\s+étoiles\b",
    ],
    star_ask: &[fr_star_ask!()],
    star_tail: &[fr_star_tail!()],
    reviewers: &[
        // A review asked for earlier in the mail, then something promised to "those who did
        // it" ("ceux qui l'ont fait", "celles et ceux qui l'ont laissé"), often in a P.S.: the
        // "l'" points back to the review, so it names its writers. Only after a review named
        // before it; a thing given for a task of its own sentence is not read here.
        r"(?:\b(?:avis|évaluations?|commentaires?)\b|links\.\w*(?:review|feedback))(?s:.{0,900}?)(?P<m>\b(?:pour|à|a)\s+(?:tou(?:te)?s\s+)?(?:celles\s+et\s+ceux|ceux\s+et\s+celles|ceux|celles|ceux-là|celles-là|chaque\s+(?:client|acheteur|lecteur)(?:\s*\(?e\)?)?|(?:les|nos)\s+(?:clients?|acheteurs?|lecteurs?)(?:\s*\(?e?s\)?)?)\s+qui\s+(?:nous\s+)?l['’](?:ont|a|auront|aura)\s+(?:déjà\s+)?(?:fait|laissé|écrit|publié|déposé|donné|posté|rédigé))\b",
        // The review named first, opening a line, as what a thing is for:
        // "pour votre avis, une bague en argent vous attend".
        r"(?m:^)[ \t]*pour\s+(?:votre|ton|un|chaque)\s+(?:petit\s+)?(?:avis|commentaire|évaluation)(?:\s+(?:sur|de)\s+(?:le|la|les|votre|vos|ce|cette|ces|notre|nos)\s+[\w-]+(?:\s+[\w-]+)?)?\s*[,:–—]",
        // The review asked for, then "et" and what becomes of the buyer's account, warranty or
        // status as the next step: "laissez une évaluation sur {{ link }}, et votre compte passe
        // au statut …", "publiez votre avis et votre garantie est prolongée" (what follows is
        // read as a grant or not on its own).
        r"\b(?:publiez|laissez|écrivez|rédigez|postez|donnez|déposez|partagez|laisse|publie|écris|donne|dépose|partage)[\s-]+(?:nous\s+)?(?:un|une|votre|ton|ta|vos)\s+(?:[\w'-]+\s+){0,3}?(?:avis|évaluation|commentaire|note|impressions?)\b[^.!?\n]{0,120}?\bet\s+(?:(?:hop|aussitôt)\s*,?\s+)?(?:votre|vos|ton|ta|tes)\s+(?:[\w'-]+\s+){1,2}?(?:pass|bascul|mont|grimp|devien|s'allong|s'étend|est\s+prolong|sera\s+prolong|est\s+étendu|sera\s+étendu|double)\w*",
        // The review written as the price of what follows, with a sign: "avis publié = ton
        // certificat", "avis laissé → le niveau 2", "commentaire posté = leçon bonus".
        r"\b(?:avis|évaluations?|commentaires?|critiques?)\s+(?:publiée?s?|laissée?s?|postée?s?|déposée?s?|rédigée?s?|écrite?s?|en\s+ligne)\s+(?:(?:sur|dans)\s+(?:Amazon|la\s+fiche|la\s+page)\s+(?:[\w'-]+\s+){0,2}?)?(?:=|→|->|⇒|➜)",
        // The review online, then the seller told, as the step before what follows: "Une fois
        // en ligne, écrivez-nous … et nous …".
        r"\b(?:une\s+fois|dès\s+qu['’]il\s+est|dès\s+que\s+(?:votre\s+avis|celui-ci|il)\s+est|quand\s+il\s+est|lorsqu['’]il\s+est)\s+(?:en\s+ligne|publié|visible|posté)\b[^.!?\n]{0,40}?\b(?:écriv|envoy|dites|prévenez|contactez|signalez|informez)\w*[^.!?\n]{0,100}?\bet\b",
        // The review as the one criterion: "le seul critère : avoir pris 30 secondes pour raconter
        // son expérience", "critère d'entrée : avoir publié un avis".
        r"\b(?:seul\s+)?(?:critères?|exigences?)(?:\s+d'(?:entrée|accès|admission))?\s*[:,]?\s*(?:il\s+suffit\s+d')?avoir\s+(?:déjà\s+)?(?:pris\s+(?:[\w'-]+\s+){1,3}?(?:pour|de)\s+)?(?:raconter|écrire|laisser|publier|partager|donner|rédiger|noter|évaluer|poster|décrire)\b",
        // Each published review turned into something: "chaque retour d'expérience publié sur Amazon
        // devient un arbre", "tout avis posté se transforme en don", or worth points in a list:
        // "chaque commentaire publié : 25 points".
        r"\b(?:chaque|tout|toute|un|une)\s+(?:avis|évaluation|commentaire|note|témoignage|retour(?:\s+d'expérience|\s+client|\s+terrain)?)\s+(?:publiée?|postée?|laissée?|déposée?|écrite?|rédigée?)\b[^.!?\n]{0,60}?\b(?:devient|deviendra|donne|donnera|vaut|vaudra|rapporte|rapportera|se\s+transforme|se\s+transformera|se\s+traduit|équivaut|correspond|fait|fera|plante|plantera|offre|offrira|finance|financera)\b|\bchaque\s+(?:nouvel(?:le)?\s+)?(?:avis|évaluation|commentaire|note|témoignage)\s+(?:publiée?|postée?|laissée?|déposée?|écrite?|rédigée?)\b[^.!?\n]{0,60}?:\s*\d+",
        // Each published review named as a thing: "chaque avis publié avec le lien, c'est un arbre".
        r"\bchaque\s+(?:nouvel(?:le)?\s+)?(?:avis|évaluation|commentaire|note|témoignage)\s+(?:publiée?|postée?|laissée?|déposée?|écrite?|rédigée?)\b[^.!?\n]{0,60}?,\s*(?:c'est|ce\s+sera|ça\s+fait)\b",
        // The buyer's field report online as the key: "dès que votre retour terrain est visible".
        r"\b(?:une\s+fois|dès|sitôt|aussitôt|après|lorsque?|quand)\s*(?:que\s+|qu')?\s*(?:votre|ton|le)\s*retour(?:\s+(?:d'expérience|client|terrain|utilisateur))?\s+(?:est|sera|a\s+été|aura\s+été)\s+(?:bien\s+)?(?:en\s+ligne|visible|publié|posté|affiché)\b",
        // Those who posted theirs, the review as a pronoun: "les clients qui ont publié le leur",
        // "ceux qui en ont laissé un", "qui ont déposé la sienne".
        r"\b(?:personnes|clients?|clientes?|ceux|celles|acheteu\w+|vous|tu)\s+qui\s+(?:(?:ont|auront|avaient|avez|aurez|as|a|aura)\s+(?:déjà\s+)?(?:publié|laissé|posté|rédigé|écrit|déposé)\s+(?:le|la)\s+(?:leur|sien|sienne|vôtre|tien|tienne)|en\s+(?:ont|auront|avaient|avez|aurez|as|a|aura)\s+(?:déjà\s+)?(?:publié|laissé|posté|rédigé|écrit|déposé)\s+(?:un|une))\b",
        // The same now or to come, the group named by any word: "les cabinets qui publient le
        // leur", "les écoles qui laisseront la leur".
        r"\bqui\s+(?:nous\s+)?(?:publi(?:e|ent|era|eront)|laiss(?:e|ent|era|eront)|post(?:e|ent|era|eront)|dépos(?:e|ent|era|eront)|rédig(?:e|ent|era|eront)|écri(?:t|vent|ra|ront))\s+(?:à\s+leur\s+tour\s+|aussi\s+|également\s+)?(?:le|la)\s+(?:leur|sien|sienne|vôtre|tien|tienne)\b",
        // Those whose review is online: "les acheteurs dont l'avis est déjà en ligne", "ceux dont
        // le commentaire sur l'ancien modèle a été publié", "dont la note apparaît sur Amazon".
        r"\bdont\s+(?:l'|le\s+|la\s+|les\s+)(?:avis|évaluations?|commentaires?|notes?|témoignages?)\s+(?:(?:client|produit|sur\s+Amazon)\s+)?(?:(?:sur|du|de\s+la|des|concernant)\s+(?:[\w'-]+\s+){0,4}?)?(?:(?:est|sont|a\s+été|ont\s+été|sera|seront|aura\s+été|auront\s+été)\s+(?:déjà\s+|bien\s+)?(?:publiée?s?|postée?s?|en\s+ligne|visibles?|laissée?s?|déposée?s?)|(?:déjà\s+)?(?:apparaî\w*|appara\w*|s'affich\w*|figur\w*)\s+(?:déjà\s+)?(?:sur|dans|en)\b)",
        // The first reviews or reviewers, counted, as those who get something: "les 50 premiers
        // avis reçoivent…", "aux vingt premières évaluations".
        r"\b(?:les|aux|des)\s+(?:\d+|dix|vingt|trente|cinquante|cent)\s+premi(?:ers|ères)\s+(?:avis|évaluations|commentaires|évaluateurs|évaluatrices)\b",
        // Those who do both things just asked for, one of them the review: "les acheteurs qui
        // feront l'un et l'autre", "celles ayant fait les deux".
        r"\b(?:personnes|clients?|clientes?|ceux|celles|acheteu\w+|vous|tu)\s+(?:qui\s+(?:nous\s+)?(?:font|feront|fait|fera|faites|ferez|fais|feras|(?:ont|auront|avez|aurez|a|aura|as|auras)\s+fait)|ayant\s+fait)\s+(?:(?:bien|tous|toutes|donc)\s+)?(?:les\s+deux|l'une?\s+et\s+l'autre|ces\s+deux\s+(?:choses|gestes|étapes|démarches|petites\s+choses))\b",
        // Those who rated or reviewed it already: "ceux qui ont déjà noté la v1".
        r"\b(?:ceux|celles|clients?|clientes?|personnes|acheteu\w+)\s+qui\s+(?:m'|nous\s+)?(?:ont|avaient|auront)\s+(?:déjà\s+)?(?:noté|évalué|commenté|critiqué)\b",
        // A review left, as what earns something: "une évaluation laissée sur … vous fait passer au
        // palier…", "un avis publié vous donne droit à…".
        r"\b(?:un|une|votre|ton|ta|chaque)\s+(?:petite?s?\s+)?(?:avis|évaluation|commentaire|note)\s+(?:laissée?|publiée?|postée?|rédigée?|déposée?|écrite?)\b[^.!?\n]{0,60}?\b(?:vous|te|t')\s*(?:fait|fera|donne|donnera|ouvre|ouvrira|rapporte|rapportera|offre|offrira|permet|permettra|vaut|vaudra)\b",
        // Anyone who took a moment to review, singular or plural, done or to come: "chaque client
        // qui a pris le temps de raconter son expérience", "les collectivités qui prennent un
        // moment pour évaluer notre boutique".
        r"\bqui\s+(?:nous\s+)?(?:prenn?ent|prend|prendr(?:a|ont)|(?:ont|a|auront|aura|avaient|avait|avez|aurez|as|auras)\s+pris)\s+(?:un|une|le|quelques|deux|cinq|dix)\s+(?:petit(?:e|s|es)?\s+)?(?:instants?|moments?|minutes?|temps|secondes?)\s+(?:pour|de|d')\s*(?:nous\s+)?(?:écrire|rédiger|laisser|donner|partager|poster|publier|noter|évaluer|raconter|témoigner|commenter|décrire)\b",
        // The buyer taking a moment to review, as the condition of what follows: "si vous prenez
        // un instant pour évaluer notre boutique, nous vous enverrons …", "si tu prends cinq
        // minutes pour écrire un avis, …". The review is the step, whatever comes of it (read
        // as a grant or not on its own); the time it takes is no condition on the experience.
        r"\bsi\s+(?:vous|tu)\s+(?:nous\s+)?(?:prenez|prends|preniez|prenais|trouvez|trouves)\s+(?:un|une|le|quelques|deux|cinq|dix|trente)\s+(?:petit(?:e|s|es)?\s+)?(?:instants?|moments?|minutes?|temps|secondes?)\s+(?:pour|de|d')\s*(?:nous\s+|l'|la\s+|le\s+)?(?:écrire|rédiger|laisser|donner|partager|poster|publier|noter|évaluer|raconter|témoigner|commenter|décrire)\b",
        // Any group who gave their stars or notes, whatever the group is called: "nos habitués qui
        // ont partagé leurs étoiles", "les fidèles qui nous ont attribué cinq étoiles".
        r"\bqui\s+(?:nous\s+)?(?:ont|a|auront|aura|avaient|avait|avez|aurez)\s+(?:déjà\s+)?(?:partagé|donné|laissé|publié|mis|attribué|déposé|accordé|posté|écrit|rédigé)\s+(?:leurs?|son|sa|ses|vos|votre|des|quelques|un|une|\d|cinq|quatre)\s+(?:petite?s?\s+)?(?:étoiles?|notes?|avis|évaluations?|commentaires?|témoignages?)\b",
        // The same in the present or future: "les acheteurs qui publient leur note", "ceux qui
        // laisseront un commentaire", "qui nous donnent leur avis sur la page", "celles qui
        // racontent leur expérience en ligne".
        // An adverb may stand between: "qui publient en plus leur avis", "qui laissent aussi une note".
        r"\bqui\s+(?:nous\s+)?(?:partagen?t|partageront|donnen?t|donneront|laissen?t|laisseront|publien?t|publieront|posten?t|posteront|déposen?t|déposeront|rédigen?t|rédigeront|écriv(?:ent|ez)|écrit|écriront|metten?t|mettront|attribuen?t|accorden?t|racontent|raconteront)\s+(?:(?:en\s+plus|en\s+outre|de\s+plus|aussi|également|ensuite|à\s+leur\s+tour|à\s+(?:votre|ton)\s+tour|eux\s+aussi|elles\s+aussi|volontiers|spontanément|sur\s+Amazon|en\s+ligne|par\s+ailleurs)\s+){0,2}(?:leurs?|son|sa|ses|vos|votre|des|quelques|un|une|\d|cinq|quatre)\s+(?:petite?s?\s+)?(?:étoiles?|notes?|avis|évaluations?|commentaires?|témoignages?|expériences?|ressentis?|impressions)\b",
        // The review as all it takes: "un commentaire suffit", "quelques mots suffiront".
        r"\b(?:un|une|votre|ton|ta|quelques|deux|trois)\s+(?:petite?s?\s+|simples?\s+)?(?:avis|commentaires?|évaluations?|notes?|étoiles)\s+(?:[\w'-]+\s+){0,3}?suffi(?:t|sent|ra|ront|rait)\b",
        // The same with words or lines, which name a review only as a short text sent once: "deux
        // lignes suffisent", "un mot en réponse suffit", "quelques lignes ici suffiront". Not a
        // habit's rhythm, "une ligne par soir suffit" in a skin diary, "deux mots chaque matin
        // suffisent" in a log: at most one word, or "en/de réponse", between.
        r"\b(?:un|une|votre|ton|ta|quelques|deux|trois)\s+(?:petite?s?\s+|simples?\s+)?(?:mots?|lignes?)\s+(?:(?:en|de)\s+réponse\s+|[\w'-]+\s+)?suffi(?:t|sent|ra|ront|rait)\b",
        // One buyer who told or added to the page: "chaque client qui a raconté son expérience",
        // "les clients ayant contribué à la page produit par un commentaire".
        r"\b(?:chaque|tout|toute|le|la|un|une)\s+(?:personne|client(?:e)?|acheteu(?:r|se))\s+qui\s+(?:nous\s+)?(?:(?:a|aura|avait)\s+(?:déjà\s+)?)?(?:partag|donn|racont|laiss|publi|écri|confi|décri)\w*\s+(?:leur|son|sa|un|une)\s+(?:ressenti|expérience|impressions?|avis|retour|témoignage|opinion)s?\b",
        r"\b(?:clients?|clientes?|personnes|acheteu\w+|ceux|celles)\s+(?:ayant|qui\s+(?:ont|auront|a))\s+(?:déjà\s+)?(?:contribué|participé)\s+(?:à|aux?)\s+(?:[\w'-]+\s+){0,4}?(?:par|avec|via)\s+(?:un|une|leur|son|sa)\s+(?:avis|évaluation|commentaire|note|témoignage)\b",
        // Or to the product page itself, which is the review: "ceux qui ont contribué à la fiche
        // produit", "chaque acheteuse ayant participé à la page de l'article".
        r"\b(?:clients?|clientes?|personnes|acheteu\w+|ceux|celles)\s+(?:ayant|qui\s+(?:ont|auront|a))\s+(?:déjà\s+)?(?:contribué|participé)\s+(?:à|aux?)\s+(?:la\s+|les\s+)?(?:fiche|page|section)s?\s+(?:produit|article|d'avis|des\s+avis|du\s+produit|de\s+l'article|Amazon)\b",
        // One buyer, named by any word, who has posted: "une cycliste qui a laissé son avis", "chaque
        // lecteur qui aura publié un commentaire".
        r"\b(?:un|une|chaque|tout|toute)\s+[\w-]+\s+qui\s+(?:nous\s+)?(?:a|aura|avait)\s+(?:déjà\s+)?(?:publié|laissé|écrit|rédigé|posté|déposé|donné|partagé)\s+(?:un|une|son|sa|leur)\s+(?:petit\s+)?(?:avis|évaluation|commentaire|note|retour|témoignage)\b",
        // One reviewer at a time: "chaque personne qui nous note", "tout client qui commente".
        r"\b(?:chaque|toute|tout|n'importe\s+quel(?:le)?)\s+(?:personne|client(?:e)?|acheteu(?:r|se)|participant(?:e)?)\s+qui\s+(?:nous\s+)?(?:[\w'-]+\s+){0,5}?(?:not(?:e|era)|évalu(?:e|era)|comment(?:e|era)|avis|évaluation|commentaire|note)\b",
        // The review named first, the gift after: "Un commentaire sur la fiche produit, et nous
        // vous envoyons…", "Votre avis, et on vous offre…".
        // Or a photo or a video put in the review: "Deux clichés de la lampe dans votre commentaire,
        // et on vous offre…".
        r"(?:(?m:^)|[.!?:]\s)[ \t]*(?:un|une|votre|ton|ta|quelques|deux|trois)\s+(?:petite?s?\s+)?(?:(?:photos?|vidéos?|clichés?|images?)\s+(?:[\w'-]+\s+){0,6}?(?:dans|sur|avec|à)\s+(?:votre|ton|un|une|l')\s*)?(?:avis|commentaires?|évaluations?|notes?|mots?|lignes?)\b[^.!?\n]{0,60}?,?\s+et\s+(?:nous|on|je)\s+(?:vous\s+|te\s+|t'|vous\s+en\s+)?\w+",
        // Buyers who review, the group named by any word: "les clients qui notent", "les jardiniers
        // qui publient un avis", "les écoles et crèches qui laissent un retour".
        r"\b(?:les\s+clientes?s?|les\s+clients?|clients?|clientes?|ceux|celles|tous\s+ceux|toutes\s+celles|toute\s+personne|les\s+acheteurs|acheteurs)\s+qui\s+(?:nous\s+)?(?:[\w'-]+\s+){0,7}?(?:d'|l')?(?:avis|évaluations?|commentaires?|notes?|évalu\w*|not(?:ent|eront)|comment(?:ent|eront|é|er|aient)|critiqu(?:ent|é|er))\b|\b(?:les|des|nos|aux)\s+[\w-]+(?:\s+(?:et|ou)\s+[\w-]+)?\s+qui\s+(?:nous\s+)?(?:publi|laiss|écriv|rédig|post|dépos|partag|donn)\w*\s+(?:(?:en\s+plus|en\s+outre|de\s+plus|aussi|également|ensuite|à\s+leur\s+tour|à\s+(?:votre|ton)\s+tour|eux\s+aussi|elles\s+aussi|volontiers|spontanément|sur\s+Amazon|en\s+ligne|par\s+ailleurs)\s+){0,2}(?:un|une|leur|son|sa|des)\s+(?:petit\s+)?(?:avis|évaluations?|commentaires?|notes?|retours?|témoignages?)\b",
        r"\bpour\s+(?:toute|chaque|tout)\s+(?:évaluation|avis|commentaire|note)\b",
        // Those who review, an aside between commas after the relative: "ceux qui, en plus de
        // revenir, partagent leur avis", "les clientes qui, une fois servies, laissent une note".
        r"\b(?:ceux|celles|clients?|clientes?|personnes|acheteu\w+)\s+qui\s*,[^,.!?\n]{1,50},\s*(?:nous\s+)?(?:[\w'-]+\s+){0,2}?(?:avis|évaluations?|commentaires?|notes?|impressions|ressentis?|témoignages?)\b",
        // One review counted as it comes in: "chaque note reçue", "tout commentaire publié", "un avis
        // rédigé ouvre droit à…".
        r"\b(?:chaque|toute?|un|une)\s+(?:évaluation|avis|commentaire|note|témoignage)\s+(?:reçue?|publiée?|laissée?|postée?|déposée?|rédigée?|écrite?|mise?\s+en\s+ligne)\b",
        // The review's arrival as the moment: "dès réception de votre évaluation", "à réception de
        // ton avis", "une fois votre commentaire reçu", "dès que nous aurons reçu votre note".
        r"\b(?:dès|à|après|sitôt|aussitôt|sur|avec)\s+(?:la\s+)?réception\s+(?:de\s+|d')(?:votre|ton|ta|vos|tes|leur|leurs|son|sa|cet|cette|chaque|l')\s*(?:petite?s?\s+)?(?:avis|évaluations?|commentaires?|notes?|témoignages?)\b|\b(?:une\s+fois|dès|sitôt|aussitôt)\s+(?:l'|votre\s+|ton\s+|le\s+|la\s+|ta\s+)(?:avis|commentaire|évaluation|note|témoignage)\s+(?:bien\s+)?reçue?\b|\b(?:dès|aussitôt|sitôt|une\s+fois|quand|lorsque?)\s*(?:que\s+|qu')\s*(?:nous|on|je|j')\s*(?:recevons|recevrons|recevrai|reçois|reçoit|recevra|aurons\s+reçu|aurai\s+reçu|aura\s+reçu|avons\s+reçu|ai\s+reçu|a\s+reçu)\s+(?:votre|ton|ta|leur|l'|un|une)\s*(?:[\w'-]+\s+){0,1}?(?:avis|évaluation|commentaire|note|témoignage)\b",
        // Also in the infinitive: "après avoir publié votre évaluation".
        r"\b(?:une\s+fois|dès|après|quand|lorsque?)\s*(?:que\s+|qu')?\s*(?:vous\s+|tu\s+)?(?:nous\s+)?(?:aurez|avez|auras|as|avoir)\s+(?:laissé|publié|rédigé|écrit|posté|donné)\s+(?:un|une|votre|ton|ta)\s+(?:[\w'-]+\s+){0,2}?(?:avis|évaluation|commentaire|note)\b",
        r"\bauteu(?:r|rs|rice|rices)\s+d'(?:un\s+)?(?:avis|évaluations?|commentaires?)\b",
        // Those who take that time or trouble, right after the review or its link is asked: "…
        // évaluez notre boutique : {{ lien }}. Celles qui prennent ce temps reçoivent …", "Les
        // clients qui font ce petit geste …". The "ce" points back at the review; without one
        // asked just before, "ceux qui prennent ce temps gardent un lainage doux" is care advice.
        r"(?:\b(?:avis|évaluations?|commentaires?|notes?|témoignages?)\b[^.!?\n]{0,160}?|links\.\w*(?:review|feedback)\s*\}\}[^.!?\n]{0,20}?)[.!?]\s+(?P<m>(?:(?:les|nos|tous\s+les|toutes\s+les)\s+)?(?:clients?|clientes?|personnes|acheteu\w+|ceux|celles|[\w-]+)\s+(?:et\s+[\w-]+\s+)?qui\s+(?:(?:prenn?ent|prend|prendront|prendra|(?:ont|auront|a|aura)\s+pris)\s+(?:ce|cette|ces)\s+(?:petit(?:e|s|es)?\s+)?(?:temps|moments?|minutes?|instants?|peine)|(?:font|feront|fait|fera|(?:ont|auront|a|aura)\s+fait)\s+(?:ce|cet|cette)\s+(?:petit\s+)?(?:geste|effort|pas))\b)",
        // Those who do it, right after the review is asked: "… laissez-nous un avis : {{ lien }}.
        // Les clients qui le font passent au niveau Or", "Ceux qui l'ont fait reçoivent …".
        r"\b(?:avis|évaluations?|commentaires?|notes?|témoignages?)\b[^.!?\n]{0,80}?[.!?]\s+(?P<m>(?:(?:les|nos|tous\s+les|toutes\s+les)\s+)?(?:clients?|clientes?|personnes|acheteu\w+|ceux|celles|[\w-]+)\s+(?:et\s+[\w-]+\s+)?qui\s+(?:le|l')\s*(?:font|feront|fait|fera|(?:ont|auront|a|aura)\s+fait)\b)",
        // The word asked, then the gift: "Un petit mot sur vos lames ici, et la boîte suivante est
        // pour nous", "Votre avis, et le prochain flacon est offert".
        r"(?:(?m:^)|[.!?:]\s)[ \t]*(?P<m>(?:un|une|votre|ton|ta|quelques|deux|trois)\s+(?:petite?s?\s+)?(?:avis|commentaires?|évaluations?|notes?|mots?|lignes?)\b[^.!?\n]{0,60}?,?\s+et\s+(?:le|la|les|l'|votre|ton|ta|vos|un|une)\s*(?:[\w'-]+\s+){0,4}?(?:est|sera|sont|seront)\s+(?:pour\s+(?:nous|moi|vous|toi)|offerte?s?|gratuite?s?|à\s+vous|à\s+nos\s+frais|pour\s+la\s+maison)\b)",
        r"\b(?:clients?|clientes?|personnes|acheteu\w+|ceux|celles)\s+(?:et\s+\w+\s+)?(?:[\w'-]+\s+){0,2}?ayant\s+(?:déjà\s+)?(?:laissé|publié|donné|rédigé|écrit|posté)\s+(?:un|une|leur|son|sa)\s+(?:avis|évaluation|commentaire|note)\b",
        r"\b(?:publiez|laissez|écrivez|rédigez|postez|donnez|laisse|publie|écris)[\s-]+(?:nous\s+)?(?:un|une|votre|ton|ta)\s+(?:[\w'-]+\s+){0,3}?(?:avis|évaluation|commentaire|note)\b[^.!?\n]{0,120}?\b(?:et|puis|pis|ensuite)\s+(?:nous|on|je|j'|vous|tu|t'|t'es|t'as|recevez|reçois|obtenez|obtiens|gagnez|gagne|profitez|profite|récupérez|récupère|choisissez|choisis)\b",
        // The review asked, then after a colon what the seller does for the buyer: "Notez-le et
        // laissez un commentaire : on vous glisse un échantillon", "postez votre avis : je te
        // rembourse le port".
        r"\b(?:publiez|laissez|écrivez|rédigez|postez|donnez|déposez|laisse|publie|écris|poste)[\s-]+(?:nous\s+)?(?:un|une|votre|ton|ta)\s+(?:[\w'-]+\s+){0,3}?(?:avis|évaluation|commentaire|note)\b[^.!?:\n]{0,60}?:\s*(?:nous|on|je|j')\s*(?:vous|te|t'|leur)\b",
        r"\bpour\s+(?:l'|la\s+|le\s+|les\s+|en\s+)?(?:activer|débloquer|obtenir|recevoir|profiter|récupérer|toucher|gagner)\b[^.!?\n]{0,80}?\b(?:avis|évaluation|commentaire)",
        r"\bsi\s+vous\s+(?:nous\s+)?(?:laissez|publiez|écrivez|donnez|postez)\s+(?:(?:aussi|également|en\s+plus|ensuite|simplement|juste)\s+)?(?:un|une|votre)\s+(?:[\w'-]+\s+){0,2}?(?:avis|évaluation|commentaire|note)\b",
        // "les personnes qui ont partagé leur ressenti", "une fois l'avis publié".
        r"\b(?:personnes|clients?|clientes?|ceux|celles|acheteu\w+)\s+qui\s+(?:nous\s+)?(?:ont|auront|avaient)\s+(?:(?:déjà|aussi|également|bien|eux\s+aussi)\s+)?(?:partagé|donné|raconté|laissé|publié|écrit|confié)\s+(?:leurs?|son|sa|ses|un|une|des|quelques)\s+(?:ressenti|expérience|impressions?|avis|retour|témoignage)s?\b",
        // Proof of the review sent to the seller: "envoyez-nous le pseudo sous lequel vous avez
        // publié votre avis", "indiquez-moi le nom de votre commentaire", "transmettez le lien de
        // votre évaluation". A link is the review's own only when it is "of" or "to" it: the link
        // "pour publier votre avis" the seller sends is the way to the page, no proof.
        r"\b(?:r?envoy\w*|transmet\w*|communiqu\w*|indiqu\w*|donn\w*|partag\w*|dites|fai\w*\s+suivre)[\s-]+(?:[\w'-]+\s+){0,3}?(?:le|la|les|votre|vos|ton|ta|tes|l')\s*(?:(?:pseudo\w*|nom|capture\w*|identifiant|profil|prénom|titre)s?\b[^.!?\n]{0,60}?|(?:lien|url)s?\s+(?:de|du|des|d'|vers)\b[^.!?\n]{0,50}?)\b(?:avis|évaluations?|commentaires?|notes?)\b",
        // The review as the way in: "Pour y entrer ? Avoir laissé un avis", "condition d'accès :
        // avoir publié une évaluation", "Pour en faire partie : 1. Partagez votre expérience".
        r"\b(?:(?:pour|comment)\s+(?:y\s+)?(?:entrer|accéder|participer|en\s+(?:faire|être)\s+partie|(?:le|la|les)\s+rejoindre|s'inscrire)|conditions?\s+d'(?:entrée|accès|admission)|(?:seule\s+)?condition)\s*[?:]?\s*(?:il\s+(?:vous\s+)?suffit\s+d'|simplement\s+)?avoir\s+(?:déjà\s+)?(?:laissé|publié|rédigé|écrit|posté|donné|déposé)\s+(?:un|une|votre|son|leur|ton|ta)\s+(?:[\w'-]+\s+){0,1}?(?:avis|évaluation|commentaire|note)\b|\b(?:pour|comment)\s+(?:y\s+)?(?:entrer|accéder|participer|en\s+(?:faire|être)\s+partie|(?:le|la|les)\s+rejoindre|s'inscrire)\b[^.!?\n]{0,40}?[?:]\s*(?:\d+\s*[.)-]\s*)?(?:partag|racont|laiss|écri|rédig|publi|post|dépos|donn)\w*\s+(?:votre|ton|un|une|vos)\b",
        r"\b(?:une\s+fois|dès|sitôt|après)\s+(?:l'|votre\s+|ton\s+|le\s+|la\s+)(?:avis|commentaire|évaluation|note|témoignage)\s+(?:publiée?|postée?|en\s+ligne|déposée?|laissée?|rédigée?)\b",
        // The review as all it takes: "il vous suffit de publier un commentaire", "tout ce qu'il
        // faut, c'est laisser un avis".
        // Or as having done it: "il suffit d'avoir posté une note", "il vous suffit d'avoir écrit
        // quelques lignes".
        r"\b(?:il\s+(?:vous\s+|te\s+)?suffit|(?:il\s+)?suffit|tout\s+ce\s+qu'il\s+(?:vous\s+|te\s+)?faut,?\s+c'est)\s+(?:de\s+|d')?(?:nous\s+)?(?:publier|laisser|écrire|rédiger|poster|donner|déposer|mettre|avoir\s+(?:déjà\s+)?(?:nous\s+)?(?:publié|laissé|écrit|rédigé|posté|donné|déposé|mis))\s+(?:un|une|votre|ton|ta|quelques)\s+(?:[\w'-]+\s+){0,2}?(?:avis|évaluations?|commentaires?|notes?|mots?|lignes?)\b",
        // The review's link or capture sent back: "renvoyez-nous le lien de celui-ci", "collez
        // l'URL de ce dernier en réponse".
        r"\b(?:r?envoy\w*|transmet\w*|communiqu\w*|coll\w*|indiqu\w*|partag\w*)[\s-]+(?:[\w'-]+\s+){0,3}?(?:le|la|l')\s*(?:lien|url|capture\w*)\s+(?:de|vers)\s+(?:celui-ci|celle-ci|celui-là|ce\s+dernier|cette\s+dernière)\b",
        // Those who took a moment to write: "toutes les personnes qui ont pris un instant pour écrire
        // quelques mots", "ceux ayant pris le temps de nous noter", "300 acheteurs ont pris le temps
        // de décrire…".
        r"\b(?:personnes|clients?|clientes?|ceux|celles|acheteu\w+|vous|tu)\s+(?:qui\s+(?:ont|auront|avez|aurez|as|auras)|ayant|(?:[\w'-]+\s+)?ont)\s+(?:déjà\s+)?pris\s+(?:un|une|le|quelques|deux|cinq)\s+(?:petit(?:e|s|es)?\s+)?(?:instants?|moments?|minutes?|temps|secondes?)\s+(?:pour|de|d')\s*(?:nous\s+)?(?:écrire|rédiger|laisser|donner|partager|poster|publier|noter|évaluer|raconter|témoigner|commenter|décrire)\b",
        // Those who add a photo or a video to their review, either order, or who illustrate it
        // with one: "les maîtres qui ajoutent à leur avis une photo", "ceux qui joignent une vidéo
        // de leur chat à leur commentaire", "ayant illustré leur avis d'un cliché", "si vous
        // ajoutez une photo à votre évaluation".
        r"\b(?:qui|ayant|si\s+vous|si\s+tu|lorsque\s+vous|quand\s+vous)\s+(?:nous\s+)?(?:(?:ont|auront|a|aura|avez|aurez|as)\s+(?:déjà\s+)?)?(?:ajout|joign|join|intègr|intégr|insèr|insér|gliss|mett|met|mis|illustr|accompagn|agrément|complèt|complét|enrichi)[\w'-]*\s+(?:(?:à|dans|avec)\s+(?:leur|son|sa|votre|ton|ta|l'|un|une)\s*(?:petite?\s+)?(?:avis|évaluation|commentaire|note|témoignage)\s+(?:[\w'-]+\s+){0,2}?(?:photos?|vidéos?|clichés?|images?)\b|(?:[\w'-]+\s+){0,2}?(?:photos?|vidéos?|clichés?|images?)\b[^.!?\n]{0,60}?\b(?:à|dans|avec|sur)\s+(?:leur|son|sa|votre|ton|ta|l'|un|une)\s*(?:avis|évaluation|commentaire|note|témoignage)\b|(?:leur|son|sa|votre|ton|ta|l')\s*(?:avis|évaluation|commentaire|note|témoignage)\s+(?:d'|de\s+|par\s+|avec\s+)\s*(?:[\w'-]+\s+){0,2}?(?:photos?|vidéos?|clichés?|images?)\b)",
        // Reviews named by the photo or video they hold: "les avis accompagnés d'une photo",
        // "chaque commentaire avec vidéo".
        r"\b(?:avis|évaluations?|commentaires?)\s+(?:(?:accompagnée?s?|illustrée?s?|agrémentée?s?|enrichie?s?|complétée?s?)\s+(?:d'|de\s+|par\s+)\s*(?:une?\s+|des\s+|quelques\s+)?|avec\s+(?:une?\s+|des\s+)?)(?:photos?|vidéos?|clichés?|images?)\b",
        // The review as a pronoun, being published: "en le publiant, vous recevrez …", "une fois
        // publié, nous vous envoyons …".
        r"\ben\s+(?:le|la)\s+(?:publiant|rédigeant|mettant\s+en\s+ligne)\b|\ben\s+l['’]\s*(?:écrivant)\b|\b(?:une\s+fois|sitôt|aussitôt)\s+(?:publiée?|postée?|rédigée?|mise?\s+en\s+ligne)\s*[,;:]",
        // The review online as the key: "dès que votre avis est visible", "une fois que ton commentaire
        // sera en ligne".
        r"\b(?:une\s+fois|dès|sitôt|aussitôt|après|lorsque?|quand)\s*(?:que\s+|qu')?\s*(?:votre|ton|l'|le|la)\s*(?:avis|commentaire|évaluation|note|témoignage)\s+(?:(?:est|sera|a\s+été|aura\s+été|apparaît|apparaîtra|devient|deviendra)\s+(?:bien\s+)?(?:en\s+ligne|visible|publiée?|postée?|affichée?)|apparaî\w*|appara\w*|s'affich\w*|figur\w*)\b",
        // The review asked for, its link or more words in between, then "et" and an item as the
        // next step: "Laissez un avis sur {{ link }} et un sachet de friandises …" (what follows
        // is read as a grant or not on its own).
        r"\b(?:publiez|laissez|écrivez|rédigez|postez|donnez|déposez|partagez|laisse|publie|écris|donne|dépose|partage)[\s-]+(?:nous\s+)?(?:un|une|votre|ton|ta|vos)\s+(?:[\w'-]+\s+){0,3}?(?:avis|évaluation|commentaire|note|impressions?)\b[^.!?\n]{0,120}?\bet\s+(?:(?:hop|aussitôt|hop\s*,)\s+)?(?:un|une|des|quelques|deux|trois|\d+)\s|\b(?:évaluez|évalue)[\s-]+(?:le|la|les|l')\b[^.!?\n]{0,120}?\bet\s+(?:(?:hop|aussitôt)\s+)?(?:nous|on|un|une|des|quelques|deux|trois|\d+)\s",
    ],
    grant: &[
        // Something handed over with no verb of giving: "une bague en argent vous attend", "le
        // foulard est à vous" (a benefit only beside reviewers: "pour votre avis, …").
        r"\bvous\s+attend(?:ent|ra|ront)?\b|\b(?:est|sont|sera|seront)\s+à\s+vous\b",
        // A longer warranty, a member's status or level, or service ahead of others, as what is
        // given: "passent à 3 ans de garantie au lieu de 2", "votre garantie passe de deux à cinq
        // ans", "garantie prolongée", "deviennent membres Or", "partent en priorité" (a benefit
        // only beside reviewers).
        r"\b(?:pass|bascul|mont|grimp)(?:e|es|ent|ez|ons|era|eront|erez)\s+(?:automatiquement\s+|directement\s+|aussitôt\s+|d'office\s+|de\s+droit\s+)?(?:de\s+(?:\d+|un|deux|trois)\s+(?:ans?\s+)?)?à\s+(?:\d+|deux|trois|quatre|cinq|six|sept|huit|dix)\s+ans\b|\bgaranties?\s+(?:est\s+|sera\s+|sont\s+|seront\s+)?(?:prolongée|étendue|allongée|portée|doublée|rallongée)s?\b|\b(?:prolong|étend|allong|doubl|rallong)\w*\s+(?:la|votre|ta|leur|sa|vos|leurs)\s+garanties?\b|\bans\s+de\s+garantie\s+au\s+lieu\s+de\b|\bextension\s+de\s+(?:la\s+)?garantie\b",
        r"\bmembres?\s+(?:Or|Argent|Platine|Premium|VIP|Gold|privilégiée?s?)\b|\b(?:client(?:e)?s?|statut)\s+(?:Or|Platine|Premium|VIP|Gold|privilégiée?s?)\b|\b(?:part\w*|expédiée?s?|envoyée?s?|traitée?s?|servie?s?|livrée?s?)\s+en\s+priorité\b",
        // Something of the seller's course or plan given or opened: a certificate, the next
        // level, a private lesson, videos before everyone: "ton certificat de fin de niveau", "je
        // t'ouvre le niveau 2", "un cours particulier", "les vidéos en avant-première".
        r"\b(?:certificats?|attestations?|diplômes?|badges?)\s+(?:de|d')\s*(?:fin|réussite|niveau|participation|complétion)\b|\bcours\s+(?:particuliers?|privés?|individuels?|offerts?)\b|\bleçons?\s+(?:particulières?|privées?|individuelles?|bonus|offertes?)\b|\bniveau\s+(?:supérieur|suivant|\d+|[A-C][12])\s+(?:débloqué|ouvert|offert)\w*|\ben\s+avant-première\b",
        // A good deed done in the buyer's name, or a clean-up: "un don en votre nom", "nous
        // ramassons un kilo de plastique".
        r"\b(?:en|à)\s+(?:votre|ton)\s+nom\b|\bfer(?:ons|ai|a)\s+un\s+don\b|\b(?:kilos?|kg|sacs?|tonnes?)\s+de\s+(?:plastiques?|déchets|ordures)\b",
        // Moved up to another plan or tier: "passent automatiquement en formule Sérénité",
        // "passez au niveau Or", "basculent vers l'offre supérieure".
        r"\b(?:pass|bascul|mont)(?:e|es|ent|ez|ons|era|eront|erez)\s+(?:automatiquement\s+|directement\s+|aussitôt\s+|d'office\s+|de\s+droit\s+)?(?:en|à\s+la|au|à\s+l'|dans\s+la|dans\s+le|vers\s+la|vers\s+le|vers\s+l')\s*(?:garantie|formule|niveau|offre|statut|version|catégorie|classe|abonnement|pack|palier|couverture|programme)\b",
        // An entry criterion: what it opens is given to those who meet it.
        r"\b(?:seul\s+)?critères?\s+(?:d'(?:entrée|accès|admission)\s*)?:",
        // Done in the reviewer's name or paid out: "un arbre planté à son nom", "je fais le virement".
        r"\bà\s+(?:son|leur|ton)\s+nom\b|\bplanté\w*|\bvirement\b|\bvir(?:e|erai|erons)\s+(?:la|le|les|\d)",
        // Slipped into the next parcel: "glisser trois sachets dans le colis suivant", "dans votre
        // prochain paquet".
        r"\b(?:colis|paquets?|envois?|cartons?)\s+(?:suivants?|prochains?)\b|\bprochains?\s+(?:colis|paquets?|envois?|cartons?)\b|\bgliss\w*\s+(?:[\w'-]+\s+){0,12}?dans\s+(?:le|votre|ton|chaque|leur|leurs|son|un)\s+(?:colis|paquet|envoi|carton|commande)",
        // The next box, refill or bottle, or one "on us": "la boîte suivante est pour nous", "le
        // prochain flacon", "c'est pour la maison".
        r"\b(?:boîtes?|recharges?|flacons?|pots?|sachets?|lots?|coffrets?)\s+(?:suivante?s?|prochaine?s?)\b|\bprochaine?s?\s+(?:boîtes?|recharges?|flacons?|pots?|sachets?|lots?|coffrets?)\b|\b(?:est|sera|sont|seront)\s+pour\s+(?:nous|moi|la\s+maison)\s*(?:[^\w\s]|$)",
        // It is the buyer's: "elle est à vous", "il sera pour toi", "réservée à votre nom".
        r"\b(?:est|sera|sont|seront)\s+(?:à\s+vous|à\s+toi|pour\s+vous|pour\s+toi|à\s+votre\s+nom|à\s+ton\s+nom)\b(?:\s*[^\s\w]|\s+(?:dès|une\s+fois|quand|lorsque?|après|sitôt|aussitôt))|\bvous\s+appartien\w*|\bà\s+votre\s+nom\b",
        // Joining a circle, or a better next order: "pour rejoindre ce petit cercle", "la commande
        // suivante en livraison express", "montage inclus", "sans rien changer au prix".
        r"\b(?:rejoindre|intégrer)\s+(?:ce|cette|notre|nos|le|la|les)\b|\bfaire\s+partie\s+(?:de|du|des)\b",
        r"\b(?:commande|achat|livraison)\s+(?:suivante|prochaine)\b|\bprochaine?s?\s+(?:commande|achat|livraison)s?\b|\blivraison\s+(?:express|prioritaire|accélérée|rapide)\b|\b(?:montage|installation|gravure|personnalisation|emballage\s+cadeau|mise\s+en\s+service)\s+(?:inclus|incluse|offerte?|compris|comprise|gratuite?)\b|\bsans\s+(?:rien\s+changer\s+au\s+prix|supplément|surcoût|frais\s+supplémentaires|changer\s+le\s+prix)\b",
        // Served first or free of charge: "seront prioritaires", "à titre gracieux", "recevoir".
        r"\bprioritaires?\b|\bà\s+titre\s+(?:gracieux|gratuit|offert)\b|\brecevoir\b",
        // Something handed over from the seller: "auront de notre part un bandana brodé".
        r"\bde\s+notre\s+part[ \t]+(?:un|une|des|deux|trois|quatre|cinq|\d+|quelques|notre|nos)\b",
        r"\b(?:prolong\w*|offr\w*|offert\w*|envo\w*|rembours\w*|accèdent|accédez|accéder|accès|réservée?s?|privilégi\w*|gracieusement|gratuit\w*|cadeaux?|surclass\w*|débloqu\w*)\b|\bprix\s+(?:coûtant|spécial|préférentiel)\b|\btarif\s+(?:préférentiel|spécial)\b",
        r"\b(?:reçoi\w*|recevr\w*|recevez|enverr\w*|obtiennent|obtiendront|bénéficient|bénéficieront|pourront|échantillons?|avant-première|reversons|plantons|finançons)\b|\bavant\s+tout\s+le\s+monde\b|\bfaisons\s+un\s+don\b",
        r"\bpour\s+(?:activer|débloquer)\b",
        // Shipped or handed to the buyer, the passive too: "nous expédierons un lot de câbles", "un
        // étui vous sera remis", "un second flacon leur sera adressé".
        r"\bexpédi(?:ons|erons|erai|era|eront|ée?s?)\b|\b(?:vous|te|leur|lui)\s+(?:sera|seront)\s+(?:[\w'-]+\s+)?(?:remise?s?|adressée?s?|attribuée?s?|accordée?s?|livrée?s?|expédiée?s?)\b",
        // Mailed to the buyer: "nous vous posterons le bracelet", "on te poste la pochette".
        r"\b(?:vous|te|t'|leur|lui)\s*post(?:e|ons|ez|era|erons|erai|eront)\b",
        // Sent to the buyer in the concierge's words, a thing as the object (not "vous adresser à
        // notre service"): "nous aurons le plaisir de vous adresser une bougie", "nous leur
        // adresserons deux savons"; a small size or a sample: "une miniature", "un format voyage".
        r"\b(?:vous|te|leur|lui)\s+adress(?:er|ons|erons|erai|era|eront)\s+(?:gracieusement\s+|aussitôt\s+|alors\s+)?(?:un|une|des|deux|trois|quatre|cinq|six|dix|douze|\d+|notre|nos|le|la|les|ce|cette|ces)\b|\bminiatures?\b|\bformats?\s+(?:voyage|découverte|d'essai)\b",
        // Raised to a tier or rank: "sont promus au rang d'Initiés", "élevées au statut Platine".
        r"\b(?:promu|promue|promus|promues|élevée?s?|hissée?s?)\s+(?:directement\s+|automatiquement\s+|d'office\s+)?(?:au|à\s+la|à\s+l'|en)\s*(?:rang|statut|niveau|palier|cercle|catégorie|classe|échelon)\b",
        // Planted or given for each one, sent to the buyer, or waiting for them: "nous replantons un
        // arbre", "nous vous ferons parvenir un flacon", "un carnet attend chaque participant".
        r"\b(?:re)?plant(?:ons|erons|ent|eront)\b|\b(?:fer(?:ons|ai|a|ont)|faisons|faire)\s+parvenir\b|\battend(?:ent)?\s+(?:chaque|tous|toutes|tout|toute|les|ceux|celles)\b",
        // A right or a benefit opened: "ouvre droit à un entretien", "elle profite d'un délai plus
        // long", "vous bénéficiez d'une année de plus".
        r"\bouvr\w*\s+(?:le\s+|un\s+)?droit\s+(?:à|au|aux)\b|\bprofit(?:e|ent|ez|era|eront|erez)\s+(?:d'|de\s+|du\s+|des\s+)|\bbénéfici(?:ez|erez|e|era)\s+(?:d'|de\s+|du\s+|des\s+)",
        // Getting hold of it: "pour l'obtenir", "pour le récupérer".
        r"\b(?:obtenir|récupérer|encaisser)\b",
        // An invitation or a seat kept: "nous y invitons", "nous gardons quelques places".
        r"\binvitations?\b|\b(?:y|nous\s+y)\s+(?:invit|convi|accueill)(?:ons|erons)\b|\b(?:invit|convi)(?:ons|erons)\s+(?:[\w'-]+\s+){0,4}?(?:à|au|aux)\s+(?:notre|nos|un|une|la|le|les)\s+(?:[\w'-]+\s+)?(?:atelier|dégustation|soirée|visite|événement|évènement|journée|rencontre|apéritif|fête|vente\s+privée|avant-première|séance|masterclass|cours)s?\b|\b(?:gard|réserv)(?:ons|erons)\s+(?:[\w'-]+\s+){0,2}?places?\b",
        // A term or a warranty lengthened: "garantie portée à trois ans", "délai étendu à 60 jours",
        // "allongée de six mois".
        r"\b(?:portée?s?|étendue?s?|allongée?s?|rallongée?s?)\s+(?:à|de)\s+(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|dix-huit|vingt-quatre|trente|soixante)\s+(?:ans|années|mois|semaines|jours)\b",
        r"\bprendr\w*\s+en\s+charge\b|\bà\s+notre\s+charge\b|\bfrais\s+de\s+(?:livraison|port)\b",
        // Delivered to the buyer's mailbox: "le PDF arrive dans votre boîte mail", "tombe dans ta
        // messagerie"; kept for them: "je les garde pour les jardiniers qui…".
        r"\b(?:arriv\w*|atterri\w*|tomb\w*|parvien\w*|parvenir)\s+(?:[\w'-]+\s+){0,2}?dans\s+(?:votre|ta|ton|vos)\s+(?:boîte|messagerie|courrier)\b|\b(?:gard|réserv)\w*\s+(?:[\w'-]+\s+){0,2}?(?:pour|à)\s+(?:les|ceux|celles|tous\s+ceux|toutes\s+celles)\b",
        // Raised to a figure, or paid for by the seller: "nous la portons à deux ans", "envoyé à
        // nos frais".
        r"\bportons\s+à\b|\bnous\s+(?:la|le)\s+portons\b|\bà\s+(?:nos|mes)\s+frais\b|\bgrav\w*|\bretour\s+compris\b",
        // Something proposed: "elle propose un appel vidéo", "nous vous proposerons…".
        r"\bpropos(?:e|es|ons|ez|ent|era|erons|eront|ée?s?)\b",
        // Handed to the buyer, the buyer as subject: "se voient proposer une séance", "se verra
        // offrir un mois".
        r"\bse\s+(?:voi(?:t|ent)|verr(?:a|ont))\s+(?:proposer|offrir|accorder|attribuer|remettre|réserver|rembourser|créditer)\b",
        // The reviewer's name read out, shown or engraved: "lit à voix haute les prénoms", "votre
        // nom sur notre mur", "cités dans notre lettre".
        r"\b(?:lis|lit|lisons|lisent|lir\w*|cit\w+|annon[cç]\w+|affich\w+|inscri\w+|mentionn\w+|remerci\w+\s+publiquement)\b[^.!?\n]{0,40}?\b(?:prénoms?|noms?|pseudos?)\b|\b(?:prénoms?|noms?|pseudos?)\b[^.!?\n]{0,40}?\b(?:lus?|cités?|affichés?|inscrits?|mentionnés?|sur\s+(?:notre|le|la)\s+(?:mur|tableau|liste|site))\b|\bà\s+voix\s+haute\b|\btableau\s+d'honneur\b|\bmur\s+des\s+\w+",
        // A list kept of them, or the first pick: "nous tenons une petite liste des clients qui…", "ce
        // sont eux qui choisissent en premier", "ils ont la primeur"; something opened to them: "elle
        // vous est ouverte".
        r"\b(?:tenons|gardons|dressons|tenir|garder|dresser|avons)\s+(?:[\w'-]+\s+){0,2}?(?:listes?|registres?|fichiers?)\b|\bfigur\w*\s+(?:sur|dans)\s+(?:la|notre|cette|une)\s+(?:[\w'-]+\s+)?liste\b|\b(?:choisi\w*|servi\w*|découvr\w*|commandent|réserv\w*)\s+en\s+(?:premier|priorité)\b|\bpremi(?:er|ère)s?\s+servie?s?\b|\b(?:la|en)\s+primeur\b|\bpremier\s+choix\b|\b(?:est|sont|sera|seront)\s+ouverte?s?\s+(?:à|aux|dès|après|une\s+fois)\b|\b(?:vous|te|leur|lui)\s+(?:est|sont|sera|seront)\s+ouverte?s?\b",
        // A gift in kind to a good cause, per review: "nous donnerons un sac de croquettes au
        // refuge", "on envoie un colis à l'association du quartier".
        r"\b(?:donn|envo|offr|vers|revers|apport)\w*\s+(?:[\w'-]+\s+){0,5}?(?:à|au|aux)\s+(?:la\s+|le\s+|l'|une\s+|un\s+|des\s+|notre\s+|nos\s+|leur\s+)?(?:[\w'-]+\s+)?(?:banques?\s+alimentaires?|associations?|refuges?|écoles?|hôpita(?:l|ux)|fondations?|orphelinats?|œuvres?|épiceries?\s+solidaires?|restos?\s+du\s+cœur|soupes?\s+populaires?|maisons?\s+de\s+retraite|EHPAD|SPA)\b",
        // An item, named with "un" or a number, sent or under way as what follows: "un sachet de
        // friandises part aussitôt pour votre chien", "une balle arrivera chez lui", "un jouet
        // est en route". (Une réponse, un numéro de suivi: see the words of another sense.)
        r"\b(?:un|une|des|quelques|deux|trois|\d+)\s+(?:[\w'-]+\s+){1,5}?(?:(?:part|partent)\s+(?:aussitôt|immédiatement|tout\s+de\s+suite|directement|dès|aujourd'hui|demain|le\s+jour|pour|vers|chez|à\s+destination|sous|dans)|partira|partiront|arrivera|arriveront|(?:arrive|arrivent)\s+(?:aussitôt|chez|à|dans|sous|directement|ensuite)|(?:est|sont|sera|seront)\s+(?:aussitôt\s+|immédiatement\s+|tout\s+de\s+suite\s+|alors\s+|déjà\s+)?(?:en\s+route|en\s+chemin|expédiée?s?|envoyée?s?|postée?s?|livrée?s?)|prend(?:ra|ront|nent)?\s+la\s+route|s'envol\w*)\b",
    ],
    audience: &[
        // A group named as content, opening the sentence or a step: "Aux coureurs satisfaits, nous
        // demandons …", "À tous nos lecteurs comblés …". (With the group's contentment, a
        // condition.)
        r"(?:(?m:^)|[.!?:;][ \t]+)[ \t]*(?:(?:[•·‣▪◦*–-]|\d{1,2}[.)])[ \t]*)?(?P<m>(?:aux|à\s+(?:tou(?:s|tes)\s+)?(?:nos|les|ces|mes))\s+(?:[\w'’-]+\s+)?(?:(?:plus|très|vraiment|pleinement)\s+)?(?:satisfait|content|ravi|comblé|conquis|enchanté|heureu)(?:e|s|es|x|ses)?)\b",
        // The message addressed to one group: "ce mail s'adresse aux clients qui…", "cette lettre
        // est destinée à ceux qui…", "ce mot s'adresse aux amateurs qui…" (any group named with a
        // clause); or the buyers called by what they are: ", vous qui …".
        r"\b(?:s'adress(?:e|ent)|(?:est|sont)\s+(?:destinée?s?|réservée?s?|écrite?s?)|écrivons)\s+(?:surtout\s+|uniquement\s+|seulement\s+|en\s+particulier\s+|tout\s+particulièrement\s+)?(?:à|aux|pour)\s+(?:(?:tous\s+|toutes\s+)?(?:ceux|celles)|(?:nos\s+|les\s+|des\s+)?(?:clients?|clientes?|personnes|acheteu\w+|utilisat\w+|lect(?:eurs?|rices?))|(?:(?:tous\s+|toutes\s+)?(?:nos|les|ces|des)\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:qui|dont|(?:chez|pour|à)\s+qui))\b|(?:(?m:^)|[:;,–—])[ \t]*vous\s+qui\b",
        // « Pour ceux qui … », « À tous ceux qui … », « À ceux d'entre vous qui … », « Ceux dont
        // la guitare sonne … », « Ceux chez qui le couvercle … », opening a line or a sentence
        // ("Nos clients forment deux groupes. Ceux qui l'ont adopté : …", "Et ceux qui …").
        r"\b(?:pour|à)\s+(?:tous\s+|toutes\s+)?(?:(?:ceux|celles)(?:\s+et\s+(?:ceux|celles))?(?:\s+d'entre\s+vous)?|vous)\s+qui\b|\b(?:tous|toutes)\s+(?:ceux|celles)\s+qui\b|(?:(?m:^)|[.!?:;][ \t]+)[ \t]*(?P<m>(?:et\s+)?(?:ceux|celles)(?:\s+et\s+(?:ceux|celles))?\s+(?:qui|dont|(?:chez|pour|à)\s+qui))\b",
        // Also named by what went well for them or their item: « À ceux dont la batterie a
        // démarré du premier coup », « Pour tous ceux chez qui le kit s'est monté sans souci ».
        r"\b(?:pour|à)\s+(?:tous\s+|toutes\s+)?(?:ceux|celles)(?:\s+et\s+(?:ceux|celles))?(?:\s+d'entre\s+vous)?\s+(?:dont|(?:chez|pour|à)\s+qui)\b",
        // The ask made only near some buyers: "nous ne demandons d'avis qu'auprès des clients
        // ravis", "on n'écrit qu'auprès de ceux qui …".
        r"\bqu'auprès\s+(?:des|d'|du|de\s+(?:nos|ces|ceux|celles|la|l'))",
        // A group named by any noun and a relative clause, opening the sentence: "Aux habitués qui
        // …", "Les parents qui …", "À nos clientes dont …", "Pour les cyclistes chez qui …"; also
        // with a word after the noun: "À nos clientes habituelles qui …".
        // Also on a bullet, or with « à qui »: "• Les élèves à qui nos leçons ont permis …".
        // Also with words in brackets or an appositive before the clause: "Aux chats (et à leurs
        // humains) qui …", "À nos jardiniers, ceux dont …".
        r"(?:(?m:^)|[.!?:][ \t])[ \t]*(?:[•·‣▪◦*–-][ \t]*)?(?P<m>(?:(?:à|pour)[ \t]+(?:(?:tous|toutes)[ \t]+)?(?:les|nos|ces|vos)|aux|(?:(?:tous|toutes)[ \t]+)?(?:les|nos|ces|vos))[ \t]+[\w-]+(?:[ \t]+(?:et|ou)[ \t]+(?:les[ \t]+|nos[ \t]+)?[\w-]+|[ \t]+[\w-]+)?(?:[ \t]*\([^()\n]{0,50}\))?(?:[ \t]*,[ \t]*(?:ceux|celles))?[ \t]+(?:(?:(?:chez|pour|avec|à)[ \t]+)?(?:qui|dont)|auxquel(?:le)?s)\b)",
        // The ask put to a group by name: "C'est à vous, parents ravis, que nous demandons …".
        r"\bc'est\s+(?:à|aux|auprès\s+de)\s+(?:vous|ceux|celles|nos|les|vos)\b[^.!?\n]{0,60}?\bqu(?:e|')\s*(?:nous|je|j'|on)\b",
        // Only some buyers receive it: "seulement aux clients dont…", "uniquement à celles qui…", "nous
        // ne l'envoyons pas à tout le monde".
        r"\b(?:seulement|uniquement|exclusivement|rien\s+qu')\s*(?:à|aux|pour)\s+(?:(?:nos|les|des|ces|certains|certaines)\s+)?(?:clients?|clientes?|personnes|acheteu\w+|ceux|celles|lecteurs?|lectrices?)\b|\bpas\s+à\s+tout\s+le\s+monde\b|\b(?:envoy|écri|adress)\w*\s+qu'(?:à|aux)\s+(?:(?:nos|les|des|ces|certains|certaines)\s+)?(?:clients?|clientes?|personnes|acheteu\w+|ceux|celles)\b",
    ],
    feedback_words: &["vendeur", "boutique", "magasin", "service", "feedback"],
    review_words: &["produit", "article", "achat", "commentaire"],
    important_tags: &[r"important", r"urgent", r"action\s+requise", r"à\s+lire"],
    reply_prefixes: &[r"tr", r"réf", r"rép"],
};
