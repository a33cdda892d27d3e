//! Italian.

use super::Lexicon;

pub(super) const LEXICON: Lexicon = Lexicon {
    code: "it",
    steering: &[
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
        r"\bnovità\b|\bnuova\s+collezione\b|\bappena\s+arrivat[io]\b",
        r"\b(?:saldi|promozion[ei]|promo|offert[ae]\s+(?:speciali?|esclusiv[ae]|limitat[ae]|lampo)|black\s+friday|svendita|sconti?)\b",
        r"\b(?:codic[ei]\s+(?:promo\w*|sconto)|coupon|buon[oi]\s+(?:sconto|regalo|acquisto)|carta\s+regalo|gift\s*card)\b|\b\d+\s*%\s*(?:di\s+)?sconto\b",
        r"\bseguic[ih]\b|\bseguiteci\b|\biscriv(?:iti|etevi|ersi)\s+alla\s+(?:nostra\s+)?newsletter\b|\bnewsletter\b|\bnostr[ao]\s+(?:pagina\s+)?(?:instagram|facebook|tiktok|youtube)\b",
        r"\bregalo\s+(?:gratuito|omaggio)\b|\bomaggio\s+(?:per\s+(?:te|lei|voi)|esclusivo|speciale)\b|\bcampion[ei]\s+gratuit[io]\b",
    ],
    request: &[
        r"\b(?:lasci\w*|scriv\w*|pubblic\w*|condivid\w*|d(?:ia|ate|are)|inser\w*|rilasci\w*|mett\w*)\s+(?:[\w'-]+\s+){0,4}?(?:recension[ei]|valutazion[ei]|feedback|commenti?|opinion[ei]|giudizi[oi]?|stelle)\b",
        r"\b(?:valut(?:are|i|ate|arci|arlo|arla)|recensir\w*)\s+(?:il\s+prodotto|l'articolo|il\s+venditore|il\s+(?:nostro\s+)?negozio|(?:il\s+)?suo\s+acquisto|questo\s+prodotto)?",
        r"\b(?:valutazione|feedback)\s+(?:del|sul|al)\s+venditore\b",
        r"\b(?:saremmo|siamo|saremo)\s+(?:molto\s+)?(?:grati|felici|lieti)\s+(?:se\s+(?:volesse|potesse|vorrà|potrà)|di\s+(?:leggere|ricevere))\s+(?:[\w'-]+\s+){0,4}?(?:recensione|valutazione|opinione|feedback)\b",
        r"\b(?:prendersi|dedicare)\s+(?:qualche|un)\s+(?:istante|minuto|momento)\s+per\s+(?:lasciare|scrivere|valutare)\b",
    ],
    mention: &[
        r"\b(?:recension[ei]|recensir\w*|valutazion[ei]|valutar\w*|feedback|stelle|stelline)\b|\b(?:sua|tua|vostra|un')\s*opinione\b|\bgiudizi[oi]\s+(?:sul|sull'|del)\b",
    ],
    seller_reviews: &[],
    positive: &[
        r"\bsoddisfatt[aeio]\b",
        r"\b(?:è|sia|fosse|sarà|siete|sei|rimast[aoei])\s+(?:[\w'-]+\s+){0,2}?(?:content[aoei]|felic[ei]|entusiast[aoei]|colpit[aoei]\s+positivamente)\b|\b(?:content[aoei]|felic[ei])\s+(?:del(?:l')?|dell'|di)\s*(?:suo|tuo|vostro|prodotto|acquisto|articolo)\b|\b(?:content[aoei]|felic[ei])\s*\?",
        r"\b(?:le|ti|vi)\s+(?:è\s+)?(?:piace|piaciut[aoei]|piacciono)\b|\b(?:le|ti|vi)\s+(?:ha|hanno)\s+(?:convint[aoei]|soddisfatt[aoei])\b",
        r"\b(?:tutto|è\s+tutto)\s+(?:[\w'-]+\s+){0,2}?(?:bene|ok|okay|perfetto|in\s+ordine|a\s+posto|come\s+previsto|regolare|liscio)\b",
        r"\b(?:arrivat[aoei]|ricevut[aoei]|consegnat[aoei])\s+(?:[\w'-]+\s+){0,3}?(?:in\s+(?:buono|ottimo|perfetto)\s+stato|integr[aoei]|senza\s+problemi)\b|\bin\s+(?:buono|ottimo|perfetto)\s+stato\b",
        r"\b(?:soddisfa|soddisfatto|risponde|rispecchia|supera|superato|all'altezza\s+delle)\s+(?:[\w'-]+\s+){0,2}?(?:sue\s+|tue\s+|vostre\s+)?aspettative\b",
        r"\b(?:buon[ao]|ottim[ao]|bell[ao]|piacevole|positiv[ao])\s+esperienza\b",
        r"\b(?:perfetto|tutto\s+ok|tutto\s+bene)\s*\?",
        r"\bpiaccia(?:no)?\b|\bpiacesse(?:ro)?\b|\btrovat[oaie]\s+bene\b|\besperienza\s+(?:[\w'-]+\s+){0,2}?(?:buona|positiva|ottima|piacevole)\b",
    ],
    negation: &[r"\b(?:non|mai|nessun[aoe]?|meno|né)\b|\binsoddisfatt\w*|\bscontent\w*"],
    problem: &[
        r"\b(?:problem[ai]|difett\w*|dannegg\w*|rott[aoei]|mancant[ei]|manca|mancano|sbagliat[aoei]|errat[aoei]|guast\w*|insoddisfatt\w*|scontent\w*|delus[aoei]|non\s+soddisfatt\w*|non\s+funziona\w*|reclam\w*|inconvenient[ei]|reso|resi|restituzione|restituire)\b",
    ],
    condition: &[
        r"\briserv\w*\s+(?:[\w']+\s+){0,3}?a\s+chi\b|\ba\s+chi\s+(?:è|ha|sia|abbia)\b",
        r"\b(?:non\s+)?appena\s+(?:il|la|sarà|avrà|sia|lei|tu|avremo|abbiamo)\b",
        r"\b(?:solo|soltanto|solamente)\s+(?:[\w'-]+\s+){0,3}?(?:a\s+chi|ai|alle|agli|se|quando|per\s+chi|ai\s+clienti)\b",
        r"\bda\s+\d+\s+in\s+(?:su|giù)\b|\b\d+\s+(?:stelle\s+|punti\s+)?o\s+(?:più|meno)\b|\b(?:sopra|sotto)\s+(?:il\s+|i\s+)?\d+",
        r"\b(?:se|qualora|quando|nel\s+caso|purché|a\s+patto\s+che|una\s+volta\s+che|sempre\s+che)\b",
        r"\bclienti\s+(?:soddisfatti|contenti|felici)\b",
    ],
    if_so: &[
        r"\bse\s+(?:sì|sí|è\s+così|così\s+è|la\s+risposta\s+è\s+sì)\b|\bin\s+caso\s+affermativo\b",
        r"\bin\s+(?:tal|questo)\s+caso\b",
    ],
    question: &[],
    contact: &[
        r"\bscriver\w*\s+a\s+noi\b",
        r"\b(?:contatt\w*|scriv(?:eteci|aci|ici|erci)|rispond\w*|ci\s+(?:scriva|scrivete|faccia\s+sapere|fate\s+sapere|avvisi|avvisate|informi)|ci\s+(?:contatti|contattate)|faccia(?:teci)?\s+sapere|ci\s+dia\s+modo|messaggio)\b",
        r"\bparla(?:ne|tene|temene|cene)?\s+(?:prima\s+)?con\s+noi\b|\bparlarne\s+con\s+noi\b|\bsegnal\w*|\bsaper(?:lo|e)\s+(?:prima\s+)?da\s+(?:lei|te|voi)\b",
    ],
    before_review: &[
        r"\bsenza\s+(?:prima\s+)?(?:contattarci|scriverci|parlarne\s+con\s+noi|averci\s+(?:contattato|scritto|parlato)|sentirci|avvisarci|aver\s+parlato\s+con\s+noi)\b|\be\s+non\s+(?:su|in|con|tramite)\s+(?:una\s+)?(?:Amazon|recensione|opinione)\b",
        r"\b(?:prima\s+di|invece\s+di|anziché|piuttosto\s+che)\s+(?:[\w'-]+\s+){0,4}?(?:recension[ei]|recensire|valutazion[ei]|valutare|feedback|commenti?|giudizi[oi]?)\b",
        r"\b(?:evitare|evitar[ne]|senza|invece\s+di|anziché|piuttosto\s+che)\b[^.!?\n]{0,40}?\b(?:recension[ei]|valutazion[ei]|feedback|commenti?|giudizi[oi]?|voti?)\s+(?:negativ[aeio]|sfavorevol[ei]|cattiv[aeio]|bass[aeio])\b",
        r"\b(?:recension[ei]|valutazion[ei]|feedback|commenti?|giudizi[oi]?)\s+(?:negativ[aeio]|sfavorevol[ei]|cattiv[aeio])\s+(?:[\w'-]+\s+){0,2}?(?:senza|prima)\b",
        r"\bprima\s+di\s+(?:scrivere|pubblicare|postare)\b",
        r"\b(?:evitare|evitar[ne]|senza|invece\s+di|anziché|piuttosto\s+che)\b[^.!?\n]{0,40}?\b(?:cattiv[aeio]|negativ[aeio]|brutt[aeio])\s+(?:recension[ei]|valutazion[ei]|feedback|commenti?|giudizi[oi]?|voti?)\b",
        r"\baspett(?:are|i|ate|a)\s+(?:a|prima\s+di)\s+(?:recensire|lasciare|scrivere|pubblicare|valutare)\b",
    ],
    first: &[
        r"\b(?:rispond\w*|scriv\w*|contatt\w*)\s+(?:[\w']+\s+){0,1}?prima\b|\bprima\s+a\s+(?:questo|questa|noi)\b",
        r"\bprima(?:\s*[,.!;:]|\s+(?:e|così|per|di\s+tutto)\b|\s*$)|\b(?:innanzitutto|per\s+prima\s+cosa|anzitutto|invece|piuttosto)\b",
        r"\bprima\s+(?:con|da|a)\s+(?:noi|lei|te|voi)\b",
    ],
    reward: &[
        r"\ba\s+metà\s+prezzo\b",
        r"\b\d+\s+mesi\s+(?:di\s+garanzia\s+)?invece\s+di\s+\d+\b|\b(?:\d+|sei|dodici)\s+mesi\s+(?:di\s+garanzia\s+)?(?:in\s+più|extra|aggiuntivi)\b",
        r"\brimbors\w*\s+(?:[\w']+\s+){0,2}?\d+\s*%|\b(?:una\s+)?(?:piccola\s+)?sorpresa\b",
        r"\bpunti\s+fedeltà\b|\b\d+\s+punti\b|\b(?:ti|le|vi|gli)\s+regal\w*|\bregal(?:iamo|eremo|erà)\b|\bgaranzia\s+(?:estesa|raddoppiata|prolungata)\b|\bdoppia\s+garanzia\b|\bestensione\s+(?:della\s+)?garanzia\b|\bsorteggi\w*|\bpotrà\s+tenerl\w*|\bpuoi\s+tenerl\w*",
        r"\bbuon[oi]\s+(?:regalo|sconto|acquisto|amazon)\b|\bcart[ae]\s+regalo\b|\bgift\s*card\b|\bcodic[ei]\s+(?:sconto|promo\w*)\b|\bcoupon\b|\bscont[oi]\b|\bcashback\b|\bpiccolo\s+(?:regalo|pensiero|omaggio|dono)\b|\bregal[oi]\b|\bpremio\b|\bricompens\w*|\bscreenshot\b|\bschermat\w*|\bcattura\s+(?:dello|di)\s+schermo\b|\bin\s+cambio\b|\bcome\s+ringraziamento\b|\bper\s+ringraziarl[ao]\b|\bpaypal\b|\b\d+\s*%\s*(?:di\s+)?sconto\b",
        r"\bin\s+segno\s+di\s+(?:riconoscenza|gratitudine|apprezzamento)\b|\bvincere\s+(?:un|una|uno|un')|\bvincitor\w*|\bestrazione\b|\bconcorso\b|\bbuon[oi]\s+da\s+\d+|\bspedizione\s+gratuita\b",
    ],
    value: &[
        r"\bomaggi[oi]?\b|\bseconda\s+confezione\b|\bmess[oa]\s+da\s+parte\b",
        r"\brimbors\w*|\bgratuit\w*|\bgratis\b|\bsenza\s+costi\b|\bsostituzion\w*|\bsostituir\w*|\bnuovo\s+(?:articolo|prodotto)\b|\bdenaro\b|\bsoldi\b",
        r"\brestitui\w*\s+(?:il\s+|l')?(?:prezzo|importo|denaro|soldi)\b|\bprezzo\s+(?:pagato|d'acquisto)\b",
    ],
    link: &[
        r"\b(?:poi|dopo|quindi|successivamente|una\s+volta|non\s+appena|in\s+cambio|per\s+(?:la\s+sua|la\s+tua|ogni|una)|come\s+ringraziamento|per\s+ringraziarl[ao]|a\s+chi|a\s+tutti\s+coloro\s+che)\b",
    ],
    posted: &[
        r"\b(?:appena|quando|una\s+volta\s+che)\s+(?:la\s+recensione\s+)?(?:è|sarà)\s+(?:online|pubblicat[ao]|visibile)\b",
        r"\b(?:recensione|valutazione|feedback)\s+(?:pubblicat[ao]|scritt[ao]|online|fatt[ao]|lasciat[ao])\s*\?",
        r"\b(?:non\s+appena|appena|quando|una\s+volta\s+che)\s+(?:vediamo|vedremo|troviamo|abbiamo\s+visto)\s+(?:la\s+)?(?:tua|sua)\s+(?:recensione|valutazione)\b",
        r"\bdopo\s+(?:la\s+)?pubblicazione\b",
    ],
    otherwise: &[
        r"\bper\s+tutto\s+il\s+resto\b",
        r"\b(?:tutti\s+)?gli\s+altri\s*,",
        r"\bin\s+(?:ogni|qualsiasi)\s+altro\s+caso\b",
        r"\b(?:altrimenti|in\s+caso\s+contrario|se\s+no|se\s+non\s+è\s+così|diversamente)\b",
        r"(?m:^)\s*no\s*[-–—:,]",
    ],
    benign: &[
        r"\bse\s+(?:ha|hai)\s+(?:già\s+)?avuto\s+(?:modo|occasione|tempo)\b",
        r"\bquando\s+(?:sei|sarai|è|sarà)\s+liber[oaie]\b|\b(?:quando|dopo\s+che|una\s+volta\s+che)\s+(?:l'|lo\s+|la\s+)?(?:hai|avrai|ha|avrà)\s+(?:usat[oa]|provat[oa]|testat[oa])\b",
        r"\bse\s+(?:ha|hai|avete)\s+(?:qualche\s+|delle\s+|altre\s+)?(?:domand\w*|dubbi\w*|bisogno\s+di\s+aiuto)\b",
        r"\bse\s+(?:(?:lo|le|ti|vi|ne)\s+)?(?:vuole|vuoi|volete|desidera|desideri|ha\s+(?:tempo|un\s+(?:minuto|momento))|hai\s+(?:tempo|un\s+(?:minuto|momento))|le\s+va|ti\s+va|crede|credi|preferisce|preferisci|avete\s+tempo)\b|\bquando\s+(?:vuole|vuoi|preferisce|preferisci|ha\s+tempo|hai\s+tempo|(?:ha|hai|avrà|avrai)\s+un\s+(?:momento|minuto|attimo)|avrà\s+tempo|avrai\s+tempo|le\s+è\s+comodo|ti\s+è\s+comodo)\b",
        r"\bse\s+non\s+(?:l'ha|l'hai|lo\s+ha|lo\s+hai)\s+(?:già|ancora)\b|\bse\s+non\s+(?:ha|hai)\s+ancora\b|\bcon\s+comodo\b|\bse\s+(?:le|ti|vi)\s+(?:fa|va\s+di|andrà|farà)\s*(?:piacere|fare)?\b|\bse\s+(?:ne\s+)?(?:ha|hai|avete|avrà|avrai)\s+(?:voglia|l'occasione|occasione|modo)\b|\b(?:felici|grati|contenti|lieti|piacere)\s+(?:[\w'-]+\s+){0,2}?se\s+(?:lei|tu|vorrà|vorrai|potrà|potrai|volesse|volessi)?\b",
    ],
    negative_review: &[
        r"\b(?:recension[ei]|opinion[ei]|valutazion[ei]|commenti|commento|feedback)\s+(?:\w+\s+)?(?:negativ\w*|cattiv\w*|arrabbiat\w*|brutt\w*|scars\w*|a\s+[1-2]\s+stell\w*)|\b(?:cattiv|brutt|negativ)\w*\s+(?:recension|opinion|valutazion|comment)\w*",
    ],
    aside: &[
        r"\b(?:ha|hai)\s+(?:un|due)\s+minut[oi]\b",
        r"\bsapevi\b|\bsapeva\b|\b(?:cerchi|cerca)\s+(?:un|una|altri)\b|\bcosa\s+ne\s+pens\w*|\bche\s+ne\s+pens\w*",
    ],
    branch: &[r"^\s*(?:opzione|scelta|caso|risposta)\s+(?:[a-c1-3]|uno|due)\b"],
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
