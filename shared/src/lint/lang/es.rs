//! Spanish (Spain and Latin America).

use super::Lexicon;

/// An extra put in the buyer's next parcel: "en tu próximo paquete irá un plástico de lluvia",
/// "incluiremos un babero en tu siguiente pedido", "en tu próximo envío incluiremos cinco
/// cargas" (the count in words up to a dozen). Something of value when it comes with a review
/// ask, and the link to it even in a sentence of its own (see `value` and `link`); where it
/// helps with a problem ("si falta una correa, …") it is help.
const NEXT_PARCEL_EXTRA: &str = r"\b(?:pr[oó]xim[oa]|siguiente)\s+(?:pedido|paquete|env[ií]o|compra|caja)\b[^.!?\n]{0,60}?\b(?:ir[aá]n?|llevar[aá]|incluir[aá]|incluiremos|a[nñ]adiremos|meteremos|pondremos|encontrar[aá]s|encontrar[aá]|vendr[aá]|tendr[aá]s)\s+(?:(?:también|además|de\s+regalo)\s+)?(?:un|una|unos|unas|dos|tres|cuatro|cinco|seis|diez|doce|\d+)\b|\b(?:incluiremos|a[nñ]adiremos|meteremos|pondremos|incluimos|a[nñ]adimos|metemos|ponemos)\s+(?:(?:también|además)\s+)?(?:un|una|unos|unas|dos|tres|cuatro|cinco|seis|diez|doce|\d+)\b[^.!?\n]{0,60}?\b(?:pr[oó]xim[oa]|siguiente)\s+(?:pedido|paquete|env[ií]o|compra|caja)\b";

/// A time of use, and no earlier: "después de dos semanas de uso, no antes", "tras unos días de
/// paseos, no antes". It times the ask for every buyer, so it is no gate and its "no antes" holds
/// nothing back ("cuando te encanten, no antes" still holds the review for the happy).
const AFTER_A_TIME_OF_USE: &str = r"\b(?:tras|despu[eé]s\s+de|pasad[oa]s)\s+(?:un|una|unos|unas|dos|tres|cuatro|cinco|seis|siete|ocho|diez|quince|algunos|algunas|un\s+par\s+de|\d+)\s+(?:(?:buenos|buenas|pocos|pocas)\s+)?(?:d[ií]as?|semanas?|mes(?:es)?|noches?|usos?|lavados?|paseos?|salidas?|viajes?|sesiones?|tomas?|baños?|puestas?)(?:\s+(?:de|con)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?,?\s+(?:y\s+)?no\s+antes\b";

/// The faults of `es_wear_fault`, without their plural "s".
macro_rules! es_wear_fault_stems {
    () => {
        r"ampolla|rozadura|llaga"
    };
}

/// Faults a piece of kit gives the body in use: "una ampolla", "rozaduras", "llagas". A problem
/// when told (see `problem`), and a good outing when denied (see `es_denied_fault`).
macro_rules! es_wear_fault {
    () => {
        concat!(r"(?:", es_wear_fault_stems!(), r")s?")
    };
}

/// Water that got in, or feet that stayed cold, said as a mass: "humedad", "condensación",
/// "los pies mojados" (see `es_denied_fault`).
macro_rules! es_wet_mass {
    () => {
        r"humedad(?:es)?|condensación|(?:los\s+)?pies\s+(?:fríos|mojados|helados|empapados)|frío\s+en\s+los\s+pies"
    };
}

/// Faults that a buyer can say never happened: those of wear (see `es_wear_fault`) and water
/// getting in ("goteras", "una gota", "condensación", "los pies mojados"). Said as none ("sin
/// una sola ampolla", "no dejó pasar ni una gota", "no te salió ninguna rozadura"), they are the
/// buyer's verdict that all went well (see `positive`).
macro_rules! es_denied_fault {
    () => {
        concat!(
            es_wear_fault!(),
            r"|(?:gotera|fuga)s?|filtraci(?:ón|ones)|gotas?(?:\s+de\s+(?:agua|lluvia))?|",
            es_wet_mass!()
        )
    };
}

/// The same faults named bare after "sin", as many or as a mass: "sin ampollas", "sin
/// humedad", "sin los pies mojados". (A single one bare, "sin gota", is no wording of its own:
/// "sin ninguna gota" is read with its "ninguna".)
macro_rules! es_denied_faults_bare {
    () => {
        concat!(
            r"(?:",
            es_wear_fault_stems!(),
            r"|gotera|fuga)s|filtraciones|gotas(?:\s+de\s+(?:agua|lluvia))?|",
            es_wet_mass!()
        )
    };
}

/// Lenses that fog or water that gets in, told with the verb after its pronouns: "se te han
/// empañado", "hacen vaho", "te ha entrado agua", "no le ha entrado nada de agua". Said after
/// "no" or "ni", it is the buyer's verdict that all went well (see `positive`).
macro_rules! es_fog_or_water_in {
    () => {
        r"(?:(?:se|te|le|les|os|nos|me)\s+){0,2}(?:(?:ha|han|has|habéis|había|habían)\s+)?(?:empañ(?:ado|ó|aron|a|an)|(?:hecho|hizo|hicieron|hace|hacen)\s+(?:nada\s+de\s+)?vaho)|(?:(?:se|te|le|les|os|nos|me)\s+)?(?:(?:ha|han|has|había|habían)\s+)?(?:entr(?:ado|ó|a)|pas(?:ado|ó|a)|colado|coló|filtrado|filtró)\s+(?:(?:nada|ni\s+(?:una\s+)?gota)\s+de\s+)?agua"
    };
}

/// Faults of any kind, without their plural "s": "problema", "fallo", "avería", "rasguño" (see
/// `es_fault_denied`).
macro_rules! es_fault_stems {
    () => {
        r"problema|fallo|avería|incidencia|incidente|contratiempo|percance|desperfecto|pega|daño|defecto|rasguño|arañazo|golpe|abolladura|rotura"
    };
}

/// Any fault said not to have happened after "sin": "sin ningún problema", "sin un solo
/// fallo", "sin ni una incidencia", and bare when many or a mass ("sin problemas", "sin
/// averías", "sin humedad"); also the faults of wear and water (see `es_denied_fault`).
/// (A single fault bare, "sin problema", is left out: "sin ningún problema" then reads its
/// "ningún" as part of the denial.)
macro_rules! es_fault_denied {
    () => {
        concat!(
            r"\bsin\s+(?:(?:(?:ni\s+)?(?:un|una)\s+(?:sol[oa]|siquiera)|ni\s+(?:un|una)|ningún|ninguna)\s+(?:",
            r"(?:",
            es_fault_stems!(),
            r")s?|errores|error|complicaci(?:ón|ones)|quejas?|",
            es_denied_fault!(),
            r")|(?:(?:",
            es_fault_stems!(),
            r")s|errores|complicaciones|",
            es_denied_faults_bare!(),
            r"))"
        )
    };
}

/// Hair, skin or a part of them, as a beauty result is said of it: "la piel", "el pelo", "las
/// puntas", "los poros", "las arrugas" (see `es_complaint_lessened`).
macro_rules! es_beauty_part {
    () => {
        r"(?:piel|cutis|rostro|cara|tez|pelo|cabello|melena|puntas|largos|mechones|rizos|ondas|poros|arrugas|arruguitas|líneas\s+de\s+expresión|manchas|ojeras|bolsas|granitos|granos|imperfecciones|rojeces|labios|pestañas|cejas|uñas|cuero\s+cabelludo|flequillo)"
    };
}

/// The beauty complaints that a good result lessens, after "menos" (see
/// `es_complaint_lessened`). The look of hair and skin only, never a fault of the goods.
macro_rules! es_beauty_complaint {
    () => {
        r"menos\s+(?:marcad|visibl|dilatad|abiert|encrespad|resec|sec[oa]s?\b|apagad|grasient|gras[oa]s?\b|irritad|enrojecid|roj[oa]s?\b|tirant|áspe|opac|quebradiz|estropead|dañad|castigad|apelmazad|profund|pronunciad|notori|evident|hinchad|cansad|rugos|sensibl|reactiv|frágil|débil|electrizad|pesad)\w*"
    };
}

/// A beauty complaint lessened, said of the hair or skin as a state, with no perception verb:
/// "los poros menos marcados", "el pelo está menos encrespado", "la piel se ve ya menos
/// apagada y menos tirante". Only a copula stands between the part and the "menos", never a
/// "no": "la piel no está menos seca" is a result missed.
macro_rules! es_complaint_lessened {
    () => {
        concat!(
            r"\b(?:(?:el|la|los|las|lo|tu|tus|su|sus|vuestr[oa]s?)\s+){0,2}",
            es_beauty_part!(),
            r"\s+(?:(?:te|le|os|les|se)\s+)?(?:(?:está|están|esté|estén|estará|estarán|es|son|sea|sean|queda|quedan|quede|queden|ve|ven|vea|vean|parece|parecen|luce|lucen|sale|salen|salga|salgan|resulta|resultan|aparece|aparecen|nota|notan|(?:ha|han|haya|hayan)\s+(?:quedado|vuelto)|vuelve|vuelven)\s+)?",
            r"(?:(?:ya|mucho|bastante|visiblemente|claramente|notablemente|algo|un\s+poco|por\s+fin|realmente)\s+)?",
            es_beauty_complaint!(),
            r"(?:(?:\s*,\s*|\s+y\s+|\s+e\s+)(?:con\s+)?(?:(?:el|la|los|las|lo|tu|tus|su|sus)\s+){0,2}(?:",
            es_beauty_part!(),
            r"\s+(?:(?:está|están|es|son|queda|quedan|se\s+ve|se\s+ven|parece|parecen)\s+)?)?(?:(?:ya|mucho|bastante|visiblemente|algo|un\s+poco)\s+)?",
            es_beauty_complaint!(),
            r")*"
        )
    };
}

/// Skin or hair reactions a product can cause, named after "sin" as absent: "sin rojeces",
/// "sin tirantez ni brillos", "sin picor" (see `positive` and `negation`). Shine only as
/// "brillos", the oily patches: hair "sin brillo" is dull, a complaint.
macro_rules! es_skin_reaction {
    () => {
        r"(?:rojeces|rojez|enrojecimientos?|brillos|granitos|granos|brotes?|tirantez|picor(?:es)?|picazón|escozor(?:es)?|ardor(?:es)?|irritaci(?:ón|ones)|descamaci(?:ón|ones)|sequedad|reacci(?:ón|ones)|sarpullidos?|eccemas?|encrespamiento|frizz|caspa|puntos\s+negros|imperfecciones)"
    };
}

/// Skin reactions said as none, one or several joined: "sin rojeces ni brillos", "sin ningún
/// picor", "sin tirantez, sin escozor" (see `positive`).
macro_rules! es_skin_reactions_denied {
    () => {
        concat!(
            r"\bsin\s+(?:(?:ningún|ninguna|ningun[ao]?)\s+)?",
            es_skin_reaction!(),
            r"(?:\s*(?:,|\bni\b|\by\s+sin\b|\bo\b)\s*",
            es_skin_reaction!(),
            r")*"
        )
    };
}

/// A group named by its progress, improvement or enjoyment, in a relative clause: "que ya
/// notáis que vuestro sonido ha mejorado", "quienes están progresando", "que ya tocan mejor",
/// "que disfrutáis del ukelele" (see `positive`).
macro_rules! es_progress_group {
    () => {
        r"(?:\b(?:quienes|quien|cuales|cuy[oa]s?)|\b[\w'’-]{3,}\s+que)\s+(?:[\w'’-]+,?\s+){0,8}?(?:(?:notas|nota|notáis|notan|notando|notado|ves|ve|veis|ven|viendo|visto|sientes|siente|sentís|sienten|sentido|percibes|percibe|percibís|perciben)\s+(?:[\w'’-]+\s+){0,3}?(?:progresos?|mejoras?|avances?|diferencia)|(?:hacéis|hacen|haces|hace|haciendo|hecho)\s+(?:[\w'’-]+\s+){0,2}?(?:progresos?|avances)|progres(?:a|an|as|áis|ando|ado)|(?:ha|han|has|habéis|haya|hayan|está|están|estáis|estás|va|van|vais|vas)\s+(?:ya\s+|mucho\s+|bastante\s+|notablemente\s+)?mejor(?:ado|ando)|avanz(?:an|áis|as|ando)|(?:ha|han|has|habéis)\s+(?:ya\s+|mucho\s+|bastante\s+)?avanzado|(?:toca|tocan|tocáis|tocas|suena|suenan|canta|cantan|cantáis)\s+(?:ya\s+|mucho\s+|bastante\s+)?mejor|disfrut(?:a|an|as|áis|ando|ado))\b"
    };
}

/// An ask of the buyer that governs a third party's stars (`rated_stars`) in their sentence:
/// before them, the verbs of giving, awarding, leaving or rating as an ask (`star_ask`); after
/// them, words that wish them of the buyer or the review link (`star_tail`).
macro_rules! es_star_ask {
    () => {
        r"\b(?:d[eé](?:le|les|nos|me)|d[aá](?:le|les|nos|me)|dadle|dadnos|otórgue(?:le|les|nos)?|otórga(?:le|les|nos)|concéda(?:le|les|nos)|concéde(?:le|les|nos)|valóre(?:lo|la|nos)|valóra(?:lo|la|nos)|califíque(?:lo|la|nos)|califíca(?:lo|la|nos)|puntúe(?:lo|la|nos)?|puntúa(?:lo|la|nos)|déje(?:le|les|nos)|déja(?:le|les|nos)|pónga(?:le|les|nos)|pon(?:le|les|nos)|regále(?:le|les|nos)|regála(?:le|les|nos)|asígne(?:le|les|nos)|asígna(?:le|les|nos)|(?:dar|otorgar|conceder|poner|regalar|dejar|asignar|valorar|calificar|puntuar)(?:nos|le|les|lo|la)|(?:nos|le|les)\s+(?:d[eé]|diera|diese|otorgue|conceda|ponga|regale|deje|asigne)|(?:podría|podrías|puede|puedes|quiere|quiera|quieres)\s+(?:usted\s+)?(?:dar|otorgar|conceder|regalar|asignar|valorar|calificar|puntuar))\b"
    };
}

macro_rules! es_star_tail {
    () => {
        r"[^.!?\n]{0,30}?(?:\b(?:de\s+(?:usted|ti|su\s+parte|tu\s+parte|vosotros|ustedes))\b|\{\{\s*links\.\w*(?:review|feedback))"
    };
}

/// Those who grade a person, a performance or a show rather than a thing's test: an exam board
/// (tribunal), a jury, judges, examiners, critics, a newspaper or magazine (`rated_stars`).
macro_rules! es_judges {
    () => {
        r"(?:tribunal(?:es)?|jurados?|jueces|juez|jueza|examinador(?:es|as?)?|comisión\s+evaluadora|periódicos?|prensa|revistas?|semanarios?|críticos?|crítica\s+(?:especializada|musical|gastronómica|de\s+cine|de\s+moda|de\s+arte|de\s+estilo)|periodistas?|columnistas?|editor(?:a|es|as)?\s+de\s+moda|magazines?)"
    };
}

/// Stars or a top mark those judges give (`rated_stars`): "cinco estrellas", "la nota
/// máxima", the one spelled out by the other ("la nota máxima: cinco estrellas").
macro_rules! es_judged_mark {
    () => {
        r"(?:(?:las\s+)?(?:5|cinco)\s+estrellas|(?:la\s+)?(?:nota|puntuación|calificación|valoración)\s+(?:máxima|perfecta|más\s+alta)|la\s+máxima\s+(?:puntuación|calificación|valoración|nota))(?:\s*[:,(–—-]\s*(?:las\s+)?(?:5|cinco)\s+estrellas)?"
    };
}

/// Things a design carries stars on: a dial, a pendant, a print, a lining (`rated_stars`).
macro_rules! es_star_design {
    () => {
        r"(?:esferas?|cuadrantes?|colgantes?|medallas?|medallones?|estampados?|motivos?|telas?|tejidos?|forros?|pañuelos?|bufandas?|mangas?|cuellos?|puños?|correas?|pulseras?|hebillas?|tapas?|logos?|escudos?|emblemas?|parches?|cierres?|anillos?|collares?|pendientes?|broches?|dobladillos?|tacones?|suelas?|tazas?|platos?|techos?|lámparas?|mantas?|edredones?|lienzos?|pósteres?|carteles?|bordes?|cadenas?|cadenitas?|marcos?|botones?|bolsillos?|biseles?)"
    };
}

/// Where stars of praise or a self-grade end: the sentence ends there (after "hoy", "esta
/// semana" …), or goes on with words that ask for nothing ("y pasas a la lección 6", "aunque …").
/// A wish, a request or stars for the seller after them ("serían geniales", "ojalá", "por
/// favor", "y a nuestra esterilla", "nos") leave them a star count.
macro_rules! es_praise_end {
    () => {
        r"(?:\s+(?:hoy|esta\s+semana|ya|otra\s+vez))?\s*(?:[.!…)]|(?m:$)|[,;:–—-]?\s+(?:aunque|no|porque|pero|pase\s+lo\s+que\s+pase|y\s+(?:pasas|pasa|pasáis|sigues|sigue|luego|después|un|una|el|la|lo|cuélga\w*|a\s+por))\b)"
    };
}

pub(super) const LEXICON: Lexicon = Lexicon {
    code: "es",
    steering: &[
        // Five stars a third party gives (read as another sense: "nuestro gato le dio cinco
        // estrellas") followed, in its sentence or the next, by the same wished of the buyer: "¡Ojalá
        // usted también!", "y esperamos que tú también", "¿Y usted?", "¿Está de acuerdo?".
        r#"\b(?:5|cinco)\s*estrellas\b[^.!?\n]{0,80}?(?:[,;:–—-]\s*|\s+(?:y|así\s+que|pero)\s+|[.!?…]+["»)]*\s+)[¡¿]?(?P<m>(?:(?:y|ojalá|esperamos\s+que|espero\s+que|ojalá\s+que)\s+){0,2}(?:tú|usted|ustedes|vosotr[oa]s)\s+(?:también|igual)\s*(?:[!?.…,:;)–—-]|(?m:$))|(?:(?:y|ojalá|esperamos\s+que|espero\s+que|ojalá\s+que)\s+){1,2}(?:tú|usted|ustedes|vosotr[oa]s)\s+(?:también|igual)\b|(?:y\s+)?(?:tú|usted|ustedes|vosotr[oa]s)\s*\?|(?:(?:esperamos|espero)\s+que\s+)?(?:est(?:á|ás|é|és|arás|ará)|estáis|están)\s+de\s+acuerdo)"#,
        r"\b(?:5|cinco)\s*estrellas\b|\b(?:puntuación|calificación|valoración|nota)\s+(?:máxima|perfecta|más\s+alta)\b|\bla\s+máxima\s+(?:puntuación|calificación|valoración|nota)\b",
        r"\b(?:reseñas?|opinion(?:es)?|opinión|valoracion(?:es)?|valoración|calificacion(?:es)?|calificación|evaluaci(?:ón|ones)|comentarios?|feedback|puntuación)\s+(?:muy\s+)?(?:positiv[ao]s?|favorables?|excelentes?|buen[ao]s?|alt[ao]s?|perfect[ao]s?|estupend[ao]s?)\b",
        r"\b(?:buen[ao]s?|excelentes?|gran(?:des)?|mejor(?:es)?|alt[ao]s?)\s+(?:reseñas?|evaluaci(?:ón|ones)|valoracion(?:es)?|valoración|calificacion(?:es)?|calificación|puntuación|opinion(?:es)?|opinión|comentarios?)\b",
        r"\b(?:no\s+(?:deje|dejes|dejen|escriba|escribas|ponga|pongas|publique)|evite\s+(?:dejar|escribir)|en\s+lugar\s+de)\s+(?:[\w'-]+\s+){0,3}?(?:reseñas?|opinion(?:es)?|opinión|valoracion(?:es)?|valoración|calificacion(?:es)?|calificación|comentarios?)\s+(?:negativ[ao]s?|desfavorables?|mal[ao]s?|baj[ao]s?)\b",
    ],
    feedback_change: &[
        r"\b(?:elimin\w*|borr\w*|quit\w*|retir\w*|modific\w*|actualiz\w*|revis(?:e|es|en|ar)|edit\w*|corrig\w*|sub(?:a|ir|ir\s+la)|reconsider\w*|mejorar)\s+(?:[\w'-]+\s+){0,3}?(?:reseñas?|opinion(?:es)?|opinión|valoracion(?:es)?|valoración|calificacion(?:es)?|calificación|comentarios?|feedback|estrellas|puntuación)\b",
        // Changing the review ("cambie su valoración", "cambiar la opinión que dejó"), not changing
        // one's mind ("¿qué le hizo cambiar de opinión?", "si cambia de parecer"): after the verb,
        // "de" alone before "opinión" is the idiom.
        r"\bcambi(?:ar|e|en|es|arla|arlo)\s+(?:(?:[\w'-]+\s+){0,3}?(?:reseñas?|valoracion(?:es)?|valoración|calificacion(?:es)?|calificación|comentarios?|feedback|estrellas|puntuación)|(?:[a-ce-zá-úñ'-][\w'-]*|d[a-df-zá-ú'-][\w'-]*|de[\w'-]+)\s+(?:[\w'-]+\s+){0,2}?opinion(?:es)?|(?:[a-ce-zá-úñ'-][\w'-]*|d[a-df-zá-ú'-][\w'-]*|de[\w'-]+)\s+(?:[\w'-]+\s+){0,2}?opinión)\b",
        r"\b(?:eliminación|modificación|retirada|actualización)\s+(?:de\s+)?(?:la\s+|el\s+|su\s+|tu\s+)?(?:reseña|opinión|valoración|calificación|comentario|feedback)\b",
    ],
    marketing: &[
        r"\b(?:descubr\w+|visit\w+|echa|eche|echen|consult\w+|explor\w+)\s+(?:también\s+)?(?:un\s+vistazo\s+a\s+)?(?:todos\s+)?(?:los\s+|la\s+|el\s+|las\s+)?(?:nuestr[ao]s?)\s+(?:[\w'-]+\s+){0,2}?(?:productos|artículos|colecci(?:ón|ones)|tienda|catálogo|escaparate|selección)\b",
        r"\b(?:otros|nuevos)\s+(?:productos|artículos|modelos)\s+(?:nuestros|de\s+nuestra)\b|\bnuestros\s+(?:otros|nuevos)\s+(?:productos|artículos)\b|\btambién\s+(?:le|te|les)\s+(?:podría|puede)n?\s+gustar\b",
        r"\bnovedad(?:es)?\b|\bnueva\s+colección\b|\brecién\s+llegad[oa]s?\b",
        r"\b(?:rebajas|ofertas?\s+(?:especial(?:es)?|exclusivas?|limitadas?|relámpago)|promoci(?:ón|ones)|black\s+friday|liquidación|descuentos?)\b",
        r"\b(?:códigos?\s+(?:promo\w*|de\s+descuento)|cupón|cupones|vales?\s+(?:de\s+)?(?:descuento|regalo|compra)|tarjetas?\s+(?:de\s+)?regalo|gift\s*card)\b|\b\d+\s*%\s*(?:de\s+)?descuento\b",
        r"\bsíg(?:uenos|anos)\b|\bsuscr[ií]b(?:ete|ase)\s+a\s+(?:nuestro|nuestra)\b|\bnewsletter\b|\bboletín\b|\bnuestr[ao]\s+(?:página\s+de\s+|cuenta\s+de\s+)?(?:instagram|facebook|tiktok|youtube)\b",
        r"\bregalo\s+gratis\b|\bmuestras?\s+gratis\b",
    ],
    request: &[
        // The review as a helping hand with stars or words: "échanos la mano con unas
        // estrellitas", "ayúdenos con su reseña", "apóyanos con tu opinión".
        r"\b(?:échanos|échenos|danos|denos|dénos|regálanos|regálenos|apóyanos|apóyenos|ayúdanos|ayúdenos|ayudarnos|apoyarnos)\s+(?:una\s+mano\s+|la\s+mano\s+|un\s+cachito\s+)?con\s+(?:unas?|tus|sus|su|tu|un|algunas?)\s+(?:[\wáéíóúñ]+\s+)?(?:estrell\w*|reseñ\w*|opini\w*|valoraci\w*|comentari\w*|palabr\w*)",
        // "Cuénteselo a otros compradores": the review as telling the other buyers.
        r"\bcu[eé]nte(?:selo|sela|selos|nselo|lo)\s+a\s+(?:otr[oa]s|l[oa]s\s+demás|futur[oa]s)\s+(?:compradores|clientes|personas)\b",
        // "Cuéntelo en la página del producto": the review as telling it on the product page.
        r"\bcu[eé]nte(?:lo|la|nlo|noslo)\b\s+(?:[\w'-]+\s+){0,2}?en\s+(?:la\s+(?:página|ficha)(?:\s+del\s+(?:producto|artículo))?|amazon)\b|\b(?:cu[eé]ntalo|contalo|cóntalo)\s+(?:[\w'-]+\s+){0,2}?en\s+(?:la\s+(?:página|ficha)|amazon)\b",
        r"\b(?:regál\w*|dedíca\w*|tóma\w*)\s+(?:un|unos|dos)\s+(?:minutos?|momentos?|segundos?)\s+(?:para|a)\s+(?:una|tu|su|la)\s+(?:reseña|opinión|valoración|calificación)\b",
        // Asking for it counts too: "le pedimos su opinión", "las opiniones en Amazon se las
        // pedimos a …". A bare "de" is the preposition ("a cambio de reseñas", "la página de
        // opiniones"); unaccented "give" counts only after its pronoun ("nos de su opinión").
        r"\b(?:reseñas?|opini(?:ón|ones)|valoraci(?:ón|ones)|calificaci(?:ón|ones))\s+(?:[\wáéíóúñ]+\s+){0,3}?se\s+(?:l[ao]s?|les?)\s+(?:pedimos|solicitamos|pediremos|solicitaremos|pido)\b|\b(?:d[eé]j\w*|escr[ií]b\w*|publ[ií]\w*|comp[aá]rt\w*|d(?:é|ar|arnos|enos)|(?:nos|me|le|les)\s+de|pon(?:er|ga|gas|ernos)|agreg\w*|añad\w*|ped(?:imos|ir|irle|irles|irte|iremos)|pid(?:o|e|en)|solicit(?:amos|ar|arle|arles))\s+(?:[\w'-]+\s+){0,4}?(?:reseñas?|opinion(?:es)?|opinión|valoracion(?:es)?|valoración|calificacion(?:es)?|calificación|comentarios?|feedback|estrellas)\b",
        r"\b(?:valor(?:arnos|arlo|arla)|calific(?:ar|arnos|arlo|arla)|califique|califiques|reseñar)\b",
        // "Valorar" and its subjunctive only as a rating asked of the buyer: after a pronoun,
        // "que", "a" or "para" ("que nos valores", "te invitamos a valorar"), or with the thing
        // rated ("valore el producto"). "Marca valores raros" (readings) and "valore usted si
        // necesita el filtro" (weigh up) ask for nothing.
        r"\b(?:que|nos|me|lo|la|le|les|te|no|a|para|y)\s+(?:nos\s+|lo\s+|la\s+)?valor(?:ar|e|es|en)\b|\bvalor(?:ar|e|en|es)\s+(?:(?:el|la|los|las|su|sus|tu|tus|nuestr[oa]s?|este|esta|estos|estas|cada)\s+)?(?:[\wáéíóúñ]+\s+)?(?:producto|productos|artículo|artículos|compra|pedido|experiencia|servicio|tienda|vendedor|envío|atención|con\s+(?:una|unas|\d+|cinco|las)\s+estrellas?|en\s+Amazon)\b",
        r"\b(?:valoración|calificación|feedback|opinión)\s+(?:del|al|sobre\s+el)\s+vendedor\b",
        r"\b(?:agradecer(?:ía|íamos)|encantar(?:ía)|gustar(?:ía))\s+(?:mucho\s+)?que\s+(?:nos\s+)?(?:dejara|dejase|escribiera|compartiera)\s+(?:[\w'-]+\s+){0,3}?(?:reseña|opinión|valoración|calificación|comentario)\b",
        // Knowing or reading it, the buyer's own: "nos gustaría conocer su opinión", "nos
        // encantaría leer una reseña suya". "Conocer la opinión de quienes lo usan" surveys a
        // group; it asks the buyer for no review.
        r"\b(?:agradecer(?:ía|íamos)|encantar(?:ía)|gustar(?:ía))\s+(?:mucho\s+)?(?:conocer|leer|recibir)\s+(?:[\w'-]+\s+){0,2}?(?:su|tu|sus|tus|vuestr[ao]s?|una|unas|alguna|algunas)\s+(?:[\w'-]+\s+)?(?:reseña|opinión|valoración|calificación|comentario)\b",
        r"\b(?:tomarse|dedicar)\s+(?:unos|un)\s+(?:minutos?|momentos?|segundos?)\s+(?:para|a)\s+(?:dejar|escribir|valorar|calificar)\b",
        r"\b(?:contara|contase|cuente|cuentes|contaras)\s+(?:[\w'-]+\s+){0,3}?(?:en\s+)?(?:una|su|tu)\s+(?:reseña|valoración|opinión)\b",
        r"\benlace\s+para\s+(?:dejar\s+)?(?:su\s+|tu\s+|una\s+)?reseña\b",
        // The review as saying, telling or writing it on Amazon: "para que lo digas también en
        // Amazon", "dígalo en la ficha", "publícalo en Amazon", or wished for: "nos alegraría
        // que lo escribieras en la ficha".
        r"\b(?:dici[eé]ndolo|cont[aá]ndolo|public[aá]ndolo|compart[ií]éndolo|compartiendolo|escribi[eé]ndolo|d[ií]galo|dilo|decirlo|lo\s+(?:digas|diga|digan)|cu[eé]ntalo|contarlo|lo\s+(?:cuentes|cuente|cuenten)|publ[ií]calo|publ[ií]quelo|publicarlo|lo\s+(?:publiques|publique|publiquen)|comp[aá]rtelo|compartirlo|lo\s+(?:compartas|comparta|compartan)|escr[ií]belo|escribirlo|lo\s+(?:escribas|escriba|escriban)|lo\s+(?:contaras|contara|contases|contase|contaran|publicaras|publicara|escribieras|escribiera|compartieras|compartiera|dijeras|dijera))\s+(?:[\wáéíóúñ]+\s+){0,2}?en\s+(?:Amazon|la\s+(?:página|ficha))\b",
    ],
    mention: &[
        // Sharing or telling the experience to other buyers or on the listing: "compartir su
        // experiencia con otros compradores", "contar su experiencia en la página del producto".
        r"\b(?:compart|cont|cuent|relat|narr|partilh)\w*\s+(?:a\s+)?(?:su|tu|sus|tus|sua|tua)\s+(?:experiencias?|experiência|impresiones|opiniones|vivencias?)\s+(?:con\s+(?:otr[oa]s|los\s+demás|futur[oa]s)\b|(?:[\wáéíóúñ]+\s+){0,3}?(?:en|na|no)\s+(?:la\s+(?:página|ficha)|Amazon)\b)",
        // The review as an evaluation (a literal turn of sellers writing from Chinese): "la
        // evaluación del producto", "denos una buena evaluación".
        r"\bevaluaci(?:ón|ones)\b|\bevaluar(?:nos|lo|la)?\b",
        // The review as telling everyone: "cuénteles a todos", "dígaselo a los demás".
        r"\b(?:cu[eé]nt(?:e|a|en)(?:les|selo|selos|aselo|enselo)|cont(?:arles|árselo|árselos)|d[ií](?:gales|les|gaselo|selo|ganselo))\s+a\s+(?:todos|todo\s+el\s+mundo|los\s+demás|otr[oa]s\s+(?:compradores|clientes))\b",
        // A few little words on the product: "unas palabritas de su piñata en Amazon".
        r"\b(?:unas|algunas|dos|un\s+par\s+de)\s+(?:palabritas|lineas|letritas|líneas|palabras)\s+(?:[\wáéíóúñ]+\s+){0,5}?(?:en|sobre)\s+(?:la\s+(?:página|ficha)|amazon)\b",
        // Telling it in public, against the problems kept private: "que se comparta en público".
        r"\b(?:compart\w+|cont\w+|dec\w+|dig\w+|publiqu\w+)\s+(?:[\wáéíóúñ]+\s+){0,2}?en\s+público\b|\bpúblicamente\b",
        // The review as a few lines on the product page: "escribirnos unas líneas en la página
        // del producto".
        r"\b(?:unas|algunas|dos|cuatro|un\s+par\s+de)\s+(?:líneas|palabras|frases)\s+(?:[\wáéíóúñ]+\s+){0,4}?(?:en|sobre)\s+(?:la\s+(?:página|ficha)|amazon)\b",
        // Stars given to the buyer's effort or practice, a teacher's praise, name no review:
        // "cinco estrellas al esfuerzo", "tres estrellas para tu constancia"; nor do stars that
        // are things to handle, a chart's or a sticker sheet's: "pegad las estrellas", "guarda
        // tus estrellas en el sobre", "recoged juntos las estrellas" (the first branch reads them
        // and reports nothing, an empty `m`).
        r"\b(?:(?:\d+|una|dos|tres|cuatro|cinco|diez)\s+estrellas?\s+(?:(?:a|al|para|por)\s+(?:(?:el|la|tu|su|vuestr[oa]|este|esta)\s+)?)(?:esfuerzo|constancia|práctica|dedicación|disciplina|empeño|progreso|paciencia)|(?:guard|peg|despeg|mov|muev|coloc|repas|recog|recoj|orden|recort|colg|cuelg|imant)[\wáéíóúñ]*\s+(?:(?:juntos|juntas|bien|todas|después|luego)\s+)?(?:las|sus|tus|vuestras|estas|esas)\s+estrellas)\b(?P<m>)|\b(?:reseñas?|reseñar|valoracion(?:es)?|valoración|valorar\w*|calificacion(?:es)?|calificación|calificar\w*|feedback|estrellas|puntuación)\b|\b(?:su|tu|una|sus|vuestra)\s+opini(?:ón|ones)\b|\bopini(?:ón|ones)\s+(?:sobre|del|de\s+(?:este|el))\b",
        // Going by Amazon to tell how it went: "pasándote por Amazon y contando qué tal",
        // "pásate por la ficha a dejar dos palabras".
        r"\bp[aá]s(?:ándote|ándose|andote|arte|arse|ate|ese|eme|aos|aros)\s+por\s+(?:Amazon|la\s+(?:ficha|página))\s+(?:[\wáéíóúñ]+\s+){0,3}?(?:y|para|a)\s+(?:cont|cuent|dej|escrib|dec|dig|opin|compart)\w*",
        // Opinions named by where they stand: "las opiniones publicadas en Amazon".
        r"\bopini(?:ón|ones)\s+(?:publicad|escrit|dejad|compartid)[ao]s?\b|\bopini(?:ón|ones|ão|ões)\s+(?:en|de|na|no)\s+Amazon\b",
        r"\bestrellitas\b|\bpor\s+favor,?\s+acu[eé]rd(?:ate|ese|ense)\s+de\s+nosotros\s*[.!]",
        r"\breseñador(?:es|as)?\b|\b(?:nos|lo|la|le)\s+valor(?:an|en|a|e|ó|aron)\b",
        r"\bopin(?:es|e|en|ar|ado|aron|ó)\s+(?:sobre|de)\b",
        // Giving one's opinion or a score on the listing: "a la hora de opinar en Amazon",
        // "puntuar en la ficha".
        r"\b(?:opin|puntu|puntú|reseñ)\w*\s+en\s+(?:Amazon|la\s+(?:página|ficha))\b",
        // The listing named bare is where reviews stand, but not where the seller put a recipe,
        // a video or the manual for every buyer (read, reported as nothing): "en la ficha del
        // producto hemos añadido una receta", "hemos subido a la ficha del producto un vídeo",
        // "en la ficha del producto encontrarás el manual".
        r"(?:\b(?:hemos|he|ya\s+hemos)\s+(?:añadido|publicado|subido|colgado|incluido|puesto|dejado|agregado)\s+(?:[\wáéíóúñ]+\s+){0,4}?(?:a|en)\s+la\s+ficha\s+del\s+(?:producto|artículo)|\bficha\s+del\s+(?:producto|artículo)\s+(?:(?:ya\s+)?(?:hemos|he)\s+(?:añadido|publicado|subido|colgado|incluido|puesto|dejado|agregado)|(?:añadimos|publicamos|subimos|colgamos|incluimos|agregamos|encontrarás|encontrará|encontraréis|encontrarán|tienes|tiene|tenéis|hay|verás|verá)))\b(?P<m>)|\b(?:unas|algunas|dos)\s+palabras\s+en\s+la\s+ficha\b|\bficha\s+del\s+producto\b",
        // The review as telling the world: "cuéntaselo al mundo", "que lo sepa todo el mundo".
        r"\b(?:cu[eé]nt(?:a|e|alo|elo|aselo|eselo|enlo|enselo)|contar\w*|d[ií](?:lo|selo|galo|gaselo|ganlo)|decir\w*|gr[ií]t\w*|gritar\w*|compart\w*|comp[aá]rt\w*)\s+(?:[\wáéíóúñ]+\s+){0,2}?(?:al|con\s+el)\s+mundo\b|\bque\s+lo\s+sepa\s+(?:todo\s+el\s+mundo|el\s+mundo\s+entero)\b",
        // Telling their experience, to no one named: "solo pedimos que cuenten su experiencia".
        r"\bque\s+(?:cuenten|cuente|cuentes|compartan|comparta|compartas|relaten|relate)\s+(?:su|tu|sus|tus)\s+(?:experiencias?|impresiones|vivencias?)\b",
    ],
    seller_reviews: &[
        // The listing cited for what it states, which names no review: "tal como se indica en la
        // ficha del producto", "según figura en la ficha", "como describimos en la ficha".
        r"\b(?:como|según)\s+(?:se\s+|lo\s+|le\s+)?(?:indica|indicamos|detalla|detallamos|describe|describimos|especifica|especificamos|explica|explicamos|menciona|mencionamos|anuncia|anunciamos|muestra|mostramos|recoge|recogemos|figura|aparece|consta|dice|pone)n?\s+(?:en\s+)?(?:la\s+|nuestra\s+|su\s+)?$|\bsegún\s+(?:la\s+|nuestra\s+)?$",
    ],
    positive: &[
        // A device fault named only as gone, or the picture or sound clean: "el aro sin
        // parpadeos", "el audio ya sin cortes", "la imagen nítida", "la conexión estable". In a
        // condition on the review it holds the ask until the product works. (A tip, "para un
        // sonido sin cortes, usa el cable", names no condition on the review.)
        r"sin\s+(?:parpadeos?|cortes|tirones|microcortes|desconexiones|interferencias|retardos?|lag|zumbidos?|chasquidos|pitidos|saltos\s+de\s+imagen)\b|\b(?:la\s+imagen|el\s+sonido|el\s+audio|la\s+voz|la\s+conexión|la\s+señal|el\s+vídeo|el\s+video)\s+(?:(?:ya|por\s+fin|bien|totalmente|completamente)\s+)?(?:nítid[oa]|limpi[oa]|estable|fluid[oa])\b",
        // Sleep or the body felt better, said in a relative clause on the people: "a quienes ya
        // duermen mejor", "los que estáis durmiendo del tirón", "quienes se despiertan
        // descansados". (Care advice, "cuando duermas mejor, baja el volumen", names no group.)
        r"(?:\b(?:quienes|quien|cuales)|\b[\w'’-]{3,}\s+que)\s+(?:[\w'’-]+\s+){0,4}?(?:(?:duerm(?:e|en|es)|dormís|(?:está|están|estás|estáis|estamos)\s+durmiendo|durmiendo)\s+(?:(?:ya|por\s+fin|mucho|bastante|ahora)\s+)?(?:mejor|del\s+tirón|de\s+un\s+tirón|toda\s+la\s+noche|como\s+(?:un\s+bebé|bebés|un\s+tronco|troncos|un\s+lirón|lirones|angelitos)|profundamente|tranquil[oa]s?|sin\s+despertar(?:se|os|te)?|sin\s+interrupciones)|(?:se|os|te)\s+(?:despierta|despiertan|despertáis|despiertas)\s+(?:(?:ya|por\s+fin|ahora)\s+)?(?:descansad[oa]s?|como\s+nuev[oa]s?|fresc[oa]s?|con\s+energía|sin\s+(?:dolor(?:es)?|rigidez|cansancio)))\b",
        // A beauty complaint lessened, said of the hair or skin in a condition or a time clause
        // (see the macro): "si tu piel sale más lisa y con los poros menos marcados, …", "cuando
        // el pelo esté menos encrespado, …". The "menos" is part of the result, no problem. (A
        // tip has no such clause: "para un pelo menos encrespado, sécalo al revés" conditions
        // nothing.)
        concat!(
            r"\b(?:si|cuando|en\s+cuanto|una\s+vez\s+que|después\s+de\s+que|hasta\s+que|siempre\s+que)\s+[^,.;:!?\n]{0,100}?(?P<m>",
            es_complaint_lessened!(),
            r")"
        ),
        // Or asked, the verdict a review answers: "¿Poros menos marcados tras el primer mes?"
        concat!(r"(?P<m>", es_complaint_lessened!(), r")[^.!?\n]{0,60}\?"),
        // No skin reaction, in a condition or a time clause or asked: "una vez que tu piel lo
        // lleve bien, sin rojeces ni brillos, …", "si tras dos semanas sigue sin tirantez, …",
        // "¿Sin picor ni escozor?". The "ni" is the denial's own (see `negation`). (A tip, "para
        // una piel sin brillos, aplícalo por la mañana", has no such clause.)
        concat!(
            r"\b(?:si|cuando|en\s+cuanto|una\s+vez\s+que|después\s+de\s+que|hasta\s+que|siempre\s+que)\s+[^.;:!?\n]{0,120}?(?P<m>",
            es_skin_reactions_denied!(),
            r")\b"
        ),
        concat!(
            r"(?P<m>",
            es_skin_reactions_denied!(),
            r")\b[^.!?\n]{0,60}\?"
        ),
        // A lighter complaint felt in the body, beside a better state: "notar el pelo más suave y
        // la piel menos reseca", "si sientes la espalda menos cargada" (the lessened complaint is
        // part of the gain, no problem). It runs to the clause's end with no "y" outside a "más"
        // or "menos", so without its "menos" ("y la piel reseca") the gain no longer reads. A
        // worse state denied beside the gain is part of it: "notes el tejido más suave y no más
        // áspero" (the "no" denies the roughness, it names no problem).
        r"\b(?:not(?:ar|as|a|áis|an|es|e|éis|en|arás|ará|aréis|arán|ado)|sient\w*|sentir\w*|percib\w*|ve(?:s|r|rás|rá|áis)|comprob\w*|comprueb\w*|encuentr\w*)\s+(?:(?:ya|por\s+fin|enseguida)\s+)?(?:el|la|los|las|lo|tu|tus|su|sus|vuestr[oa]s?)\s+[\w'’-]+\s+(?:[\w'’-]+\s+)?(?:(?:ya|mucho|bastante|un\s+poco|algo)\s+)?(?:más\s+(?:suav|sedos|liger|descansad|relajad|suelt|flexibl|establ|hidratad|lumino|brillant|fuert|tranquil|profund|ágil|firm)\w*|menos\s+(?:resec|sec[oa]s?\b|dolorid|rígid|tens[oa]|cansad|hinchad|irritad|pesad|contracturad|cargad|encrespad|apagad|áspe|tirant|enrojecid|agarrotad)\w*)(?:(?:\s*,\s*|\s+y\s+)(?:(?:el|la|los|las|lo|tu|tus|su|sus|vuestr[oa]s?)\s+)?(?:[\w'’-]+\s+)?(?:(?:ya|mucho|bastante|un\s+poco|algo)\s+)?(?:más\s+(?:suav|sedos|liger|descansad|relajad|suelt|flexibl|establ|hidratad|lumino|brillant|fuert|tranquil|profund|ágil|firm)\w*|menos\s+(?:resec|sec[oa]s?\b|dolorid|rígid|tens[oa]|cansad|hinchad|irritad|pesad|contracturad|cargad|encrespad|apagad|áspe|tirant|enrojecid|agarrotad)\w*)|\s+y\s+no\s+más\s+(?:ásper|rígid|dur[oa]|ties|rasp|acartonad|tens[oa]|cargad|pesad|resec)\w*)*(?:\s+[\w'’-]{2,}){0,6}?\s*[,.;:!?]",
        // A fault of a fabric, a filling or a fibre said to be gone, in a condition or a time
        // clause: "cuando la almohada ya no se te quede plana", "si ya no suelta pelusa", "una
        // vez que ya no pique", "si ya no se apelmaza". The "ya no" ends the fault, so the ask
        // waits for the buyer's verdict that the item is now good. (A tip without it, "si suelta
        // pelusa, pásale un peine", names a problem.)
        r"\b(?:si|cuando|en\s+cuanto|una\s+vez\s+que|después\s+de\s+que|hasta\s+que|siempre\s+que)\s+[^.;:!?\n]{0,120}?(?P<m>\bya\s+no\s+(?:(?:se|te|le|os|les|me)\s+){0,2}(?:(?:queda|quedan|quede|queden|pone|ponen|ponga|pongan|nota|notas|note|notes)\s+(?:tan\s+)?(?:plan[oa]s?|aplastad[oa]s?|chafad[oa]s?|hundid[oa]s?|apelmazad[oa]s?|deformad[oa]s?|ties[oa]s?|rígid[oa]s?|acartonad[oa]s?|áspe\w+|bols\w+)|(?:suelta|sueltan|suelte|suelten|echa|echan|eche|echen|deja|dejan|deje|dejen|pierde|pierden|pierda|pierdan)\s+(?:(?:tanta|tanto|tantas|tantos|nada\s+de)\s+)?(?:pelusas?|pelusilla|pelos?|bolitas|fibras|hilos|plumas|plumón|tinte|borra|pelillos)|(?:pica|pican|pique|piquen|rasca|rascan|rasque|rasquen|raspa|raspan|raspe|encoge|encogen|encoja|encojan|destiñe|destiñen|destiña|destiñan|apelmaza|apelmazan|apelmace|hunde|hunden|hunda|aplasta|aplastan|aplaste|deforma|deforman|deforme|da\s+de\s+sí|dan\s+de\s+sí|dé\s+de\s+sí|(?:hace|hacen|haga|hagan|forma|forman|forme|saca|sacan|saque)\s+bolitas))\b)",
        // The item still as good as at first, in a condition or a time clause: "si la sigues
        // notando igual de suave", "cuando siga tan mullida como el primer día", "si continúa
        // así de cómoda". The buyer's verdict that it held up, so the ask waits for it. Only the
        // indicative after "si" ("si quieres que siga igual de suave, lávala en frío" wishes, and
        // names no verdict); the subjunctive after a "when".
        r"\b(?:si|cuando|en\s+cuanto|una\s+vez\s+que|siempre\s+que)\s+[^.;:!?\n]{0,120}?(?P<m>\b(?:sigue|sigues|siguen|seguís|continúa|continúas|continúan)\s+(?:(?:notando|sintiendo|viendo|encontrando)(?:l[oa]s?)?\s+)?(?:igual\s+de|tan|así\s+de)\s+(?:suav|mullid|esponjos|cómod|cálid|fresc|bonit|blandit|sedos|agradabl|confortabl|acogedor|esponjad|liger)\w*)",
        r"\b(?:cuando|en\s+cuanto|una\s+vez\s+que|siempre\s+que)\s+[^.;:!?\n]{0,120}?(?P<m>\b(?:siga|sigas|sigan|sigáis|continúe|continúes|continúen)\s+(?:(?:notando|sintiendo|viendo|encontrando)(?:l[oa]s?)?\s+)?(?:igual\s+de|tan|así\s+de)\s+(?:suav|mullid|esponjos|cómod|cálid|fresc|bonit|blandit|sedos|agradabl|confortabl|acogedor|esponjad|liger)\w*)",
        // A group named as content, opening the sentence or a step: "A las senderistas contentas
        // les pedimos …", "Para todos los lectores encantados, …".
        r"(?:(?m:^)|[.!?:;][ \t]+)[ \t¡¿]*(?:(?:[•·‣▪◦*–-]|\d{1,2}[.)])[ \t]*)?(?:a|para)\s+(?:tod[oa]s\s+)?(?:l[oa]s|nuestr[oa]s|mis)\s+(?:[\wáéíóúñ]+\s+){1,2}?(?:(?:más|muy|tan)\s+)?(?P<m>content[oa]s|encantad[oa]s|felices)\b",
        // A stretch of time with the item, named good: "un par de buenas semanas con", "unos meses
        // estupendos", or its use without trouble: "usándola sin problemas".
        r"\b(?:un\s+par\s+de|unas|unos|algunas|algunos|dos|tres|cuatro|varias|varios|\d+)\s+(?:(?:buenas|buenos|felices|estupendas|estupendos|geniales|excelentes)\s+(?:semanas|meses|días)|(?:semanas|meses|días)\s+(?:buen[oa]s|felices|estupend[oa]s|geniales|excelentes|sin\s+(?:ningún\s+)?problemas?))\b",
        r"\b(?:usándol[oa]s?|utilizándol[oa]s?|disfrutándol[oa]s?)\s+(?:[\w]+\s+)?sin\s+(?:ningún\s+|ninguna\s+)?(?:problemas?|fallos?|incidencias?|averías?|quejas?)\b",
        // A fault of wear or of water getting in, said as none: "sin una sola ampolla", "sin
        // ampollas", "con los pies sin rozaduras", "sin que entrara ninguna gota", "no dejó
        // pasar ni una gota", "no te salió ninguna ampolla", "no tuviste los pies fríos", and
        // "ni una gota" on its own ("sin que entrara ni una gota", "sin ni una ampolla"). After
        // "sin", one fault bare ("sin gota") is no wording: "sin ninguna gota" then reads its
        // "ninguna" as part of the denial, not as a "no" of its own.
        // A fault said not to have happened, as the condition of an ask or in a question: "si
        // llegó sin ningún problema", "si aguantó la tormenta sin un solo fallo", "cuando la
        // monte sin problemas", "¿Has terminado la ruta sin ningún fallo?". It is the buyer's
        // verdict that all went well. (Elsewhere, "te lo cambiamos sin ningún problema" is the
        // seller's promise.)
        concat!(
            r"\b(?:si|cuando|una\s+vez\s+que|en\s+cuanto)\s+[^.!?\n,;:]{0,60}?(?P<m>",
            es_fault_denied!(),
            r")\b"
        ),
        concat!(r"(?P<m>", es_fault_denied!(), r")\b[^.!?\n]{0,40}\?"),
        concat!(
            r"\bsin\s+(?:que\s+(?:(?:te|le|os|les|se|nos)\s+)?(?:entrara|entrase|entre|pasara|pasase|pase|saliera|saliese|salga|apareciera|apareciese|aparezca)\s+)?(?:(?:un|una|ningún|ninguna)\s+(?:(?:sol[oa]|siquiera)\s+)?(?:",
            es_denied_fault!(),
            r")|",
            es_denied_faults_bare!(),
            r")\b"
        ),
        concat!(
            r"\b(?:no|nunca|jamás)\s+(?:(?:se|te|le|les|os|nos|me)\s+)?(?:(?:ha|han|has|haya|hayan|hayas|había|habían|habías)\s+)?(?:dej(?:ó|aron|ado|a|an|e|en)\s+(?:pasar|entrar)|entr(?:ó|aron|ado|a|an|e|en)|pas(?:ó|aron|ado|a|an|e|en)|sali(?:ó|eron|do)|sal(?:e|en|ga|gan)|apareci(?:ó|eron|do)|tuv(?:o|iste|isteis|ieron|imos)|tenido|not(?:ó|aste|asteis|aron|ado)|hizo|hecho|caus(?:ó|ado)|provoc(?:ó|ado)|filtr(?:ó|aron|ado))\s+(?:ni\s+)?(?:(?:un|una|ningún|ninguna|los|las)\s+)?(?:(?:sol[oa]|siquiera)\s+)?(?:",
            es_denied_fault!(),
            r")\b"
        ),
        concat!(
            r"\bni\s+(?:un|una)\s+(?:(?:sol[oa]|siquiera)\s+)?(?:",
            es_denied_fault!(),
            r")\b"
        ),
        // Water that never came in, told with the verb: "si no goteó", "si no se ha calado".
        r"\b(?:no|nunca|jamás)\s+(?:(?:se|te|os)\s+)?(?:(?:ha|han|has|haya|hayan)\s+)?(?:gote(?:ó|aron|ado|a|an|e|en)|cal(?:ó|aron|ado|a|an|e|en)|filtr(?:ó|aron|ado))(?:\s+nada|\s+ni\s+(?:un|una)\s+(?:sol[oa]\s+)?gota)?\b",
        // Lenses, a visor or a mask that never fogged, and water that never got in, told with the
        // verb after "no" or the "ni" that continues it, one or both: "si no se te han empañado",
        // "si las gafas no se empañan", "no se empañó ni una vez", "no se empañaron ni te ha
        // entrado agua", "no hace vaho y no te entra agua", "no le ha entrado nada de agua", "sin
        // que te entre agua". (The subjunctive of a purpose, "para que no se empañen", is a tip,
        // no verdict.)
        concat!(
            r"\b(?:no|nunca|jamás|ni)\s+(?:",
            es_fog_or_water_in!(),
            r")\b(?:\s*,?\s+(?:ni|y\s+(?:que\s+)?no|y\s+tampoco|ni\s+tampoco)\s+(?:",
            es_fog_or_water_in!(),
            r")\b)*(?:\s+(?:ni\s+una\s+(?:sola\s+)?vez|en\s+ningún\s+momento|nunca|nada))?|\bsin\s+que\s+(?:(?:se|te|le|les|os|nos)\s+)?(?:entre|entrara|entrase|pase|pasara|pasase|cuele|colara)\s+(?:(?:nada|ni\s+(?:una\s+)?gota)\s+de\s+)?agua\b|\bsin\s+(?:empañarse|empañar|vaho)\b"
        ),
        // A repeat order as good as the one before: "si la nueva bolsa estaba tan buena como la
        // primera", "tan rico como el anterior", "tan buenas como la última vez".
        r"\btan\s+(?:buen[oa]s?|ric[oa]s?|sabros[oa]s?|crujientes?|frescos?|frescas?|bien)\s+como\s+(?:el|la|los|las|su|tu|sus|tus|nuestro|nuestra)\s+(?:primer[oa]?s?|anterior(?:es)?|últim[oa]s?)\b|\btan\s+(?:buen[oa]s?|ric[oa]s?|bien)\s+como\s+(?:la\s+(?:primera|última)\s+vez|antes|siempre)\b",
        // The seller about to put the fault right, said as a time, in a sentence that names the
        // review: "publique su valoración una vez que hayamos arreglado el fallo". (Not in a
        // sentence of its own: "Cuando hayamos solucionado el problema le enviaremos el número
        // de seguimiento." promises the parcel, and the ask after it stays neutral.)
        r"(?:\b(?:reseñas?|valoraci\w*|opini\w*|comentarios?|estrellas)\b|links\.\w*(?:review|feedback))[^.!?\n]{0,80}?(?P<m>\b(?:cuando|una\s+vez\s+que|en\s+cuanto|después\s+de\s+que|tras\s+que|apenas)\s+(?:se\s+lo\s+|se\s+la\s+|le\s+|te\s+)?(?:resolvamos|solucionemos|arreglemos|reparemos|hayamos\s+(?:resuelto|solucionado|arreglado|reparado))\s+(?:el|la|su|tu|este|esta|ese|esa)\s+(?:[\wáéíóúñ]+\s+)?(?:problema|incidencia|fallo|defecto|avería)\b)",
        r"(?P<m>\b(?:cuando|una\s+vez\s+que|en\s+cuanto|después\s+de\s+que|tras\s+que|apenas)\s+(?:se\s+lo\s+|se\s+la\s+|le\s+|te\s+)?(?:resolvamos|solucionemos|arreglemos|reparemos|hayamos\s+(?:resuelto|solucionado|arreglado|reparado))\s+(?:el|la|su|tu|este|esta|ese|esa)\s+(?:[\wáéíóúñ]+\s+)?(?:problema|incidencia|fallo|defecto|avería)\b)[^.!?\n]{0,80}?(?:\b(?:reseñas?|valoraci\w*|opini\w*|comentarios?|estrellas)\b|links\.\w*(?:review|feedback))",
        // Also with the ask in the next sentence of the same paragraph, pointing back at the fix
        // with "después", "luego" or "a continuación": "Una vez que hayamos resuelto el problema,
        // le enviaremos el número de seguimiento.\nDespués deje una reseña aquí: …". (After a
        // blank line, a neutral ask is one of its own.)
        r"(?P<m>\b(?:cuando|una\s+vez\s+que|en\s+cuanto|después\s+de\s+que|tras\s+que|apenas)\s+(?:se\s+lo\s+|se\s+la\s+|le\s+|te\s+)?(?:resolvamos|solucionemos|arreglemos|reparemos|hayamos\s+(?:resuelto|solucionado|arreglado|reparado))\s+(?:el|la|su|tu|este|esta|ese|esa)\s+(?:[\wáéíóúñ]+\s+)?(?:problema|incidencia|fallo|defecto|avería)\b)[^.!?\n]{0,100}(?:[.!]+[ \t]*\n?|[ \t]*\n)[ \t]*(?:después|luego|a\s+continuación|tras\s+(?:eso|ello)|más\s+tarde|posteriormente|entonces)\b[^.!?\n]{0,80}?(?:\b(?:reseñas?|valoraci\w*|valor(?:ar|e)\w*|opini\w*|comentarios?|estrellas)\b|links\.\w*(?:review|feedback))",
        // Passing a trial: "¿pasó tu termo la prueba del invierno?", "si superó el examen".
        r"\b(?:pas(?:ó|o|a|e|ado)|super(?:ó|a|e|ado)|aprob(?:ó|a|ado)|resist(?:ió|e|a|ido))\s+(?:[\wáéíóúñ]+\s+){0,3}?(?:la|el|su|tu)\s+(?:prueba|examen|test)\b",
        // Living up to what was promised: "si cumplió lo prometido", "si se ganó un sitio en tu cocina".
        r"\bcumpli(?:ó|do)?\s+(?:[\wáéíóúñ]+\s+){0,3}?(?:con\s+)?(?:lo\s+)?(?:prometido|anunciado|descrito)\b|\bse\s+(?:ha\s+)?gan(?:ó|ado)\s+(?:un|su)\s+(?:sitio|lugar|hueco)\b",
        // Ya no saber vivir sin ella: "si ya no sabes cocinar sin ella", "no podría vivir sin él".
        // Also with the pronoun of "imaginarse" and the thing done without it: "no os imagináis
        // el desayuno sin ella", "no se imagina la casa sin él".
        r"\bno\s+(?:(?:me|te|se|nos|os)\s+)?(?:(?:s[ée]|sab\w*|pued\w*|podr\w*)\s+(?:[\w]+\s+){0,2}?|(?:concib\w*|imagin\w*)\s+(?:[\w]+\s+){0,5}?)sin\s+(?:ella|él|ellos|ellas|est[aeo]s?|es[aeo]s?)\b",
        // A piece worn all the time, said as not wanting to take it off any more: "no te las
        // quieras quitar", "ya no querrás quitártelas", "no te la quieras quitar ni en casa", "no
        // te lo quitas ni para dormir". (Only with a wish or said of the buyer's habit: "si el
        // anillo no sale" is a problem.)
        r"\bno\s+(?:(?:te|se|os|me)\s+)?(?:l[aeo]s?\s+)?(?:quier\w*|querr\w*|quisier\w*|(?:vas|va|vais|van)\s+a\s+querer)\s+(?:(?:nunca\s+)?más\s+)?(?:quit|separ|despeg)\w*(?:\s+(?:[\wáéíóúñ]+\s+){0,2}?ni\s+(?:en|para|por)\s+[\wáéíóúñ]+)?|\bno\s+(?:te|se|os)\s+l[aeo]s?\s+(?:quit|sac)\w*\s+(?:ni\s+para|nunca|más|para\s+nada)\b",
        // Feeling beautiful in it, or complimented on it: "te has sentido guapísima", "sentirte
        // una reina", "te han echado piropos", "ha recibido cumplidos". (Said as a promise with no
        // condition or question on it, "recibirás muchos cumplidos" asks nothing.)
        r"\b(?:sentid[oa]s?|sentir(?:te|se|os|me)?|sientes|siente|sienten|sientas|sientan|sentís|sentías|sentía|sentían|sentiste|sintió|sintieron|sentirás|sentirá|sentirán)\s+(?:(?:tan|muy|más|realmente|por\s+fin|aún\s+más)\s+)?(?:guap[ao]s?|guapísim[ao]s?|bell[ao]s?|bellísim[ao]s?|precios[ao]s?|espectacular(?:es)?|estupend[ao]s?|radiantes?|elegantes?|divin[ao]s?|(?:como\s+)?una\s+(?:reina|princesa|diosa|estrella))\b",
        r"\b(?:recib\w*|cosech\w*|acumulad[oa]s?|ganad[oa]s?|llevad[oa]s?|echad[oa]s?|echan|echaron|echado|dicho|dicen|dijeron|llovido|llueven|llovieron)\s+(?:[\w'’-]+\s+){0,3}?(?:cumplidos|piropos|halagos)\b",
        // Conformity with the goods: "verificada la conformidad de la mercancía".
        r"\b(?:verificad|comprobad|confirmad|validad)[oa]s?\s+(?:la\s+)?(?:conformidad|satisfacción)\b|\b(?:conformidad|satisfacción)\s+(?:[\wáéíóúñ]+\s+){0,2}?(?:verificad|comprobad|confirmad)[oa]\b",
        // A one-word happy answer asked back: "¿Padrísima?", "¿Genial?".
        r"¿\s*(?:padr[ií]sim[oa]s?|chid[ií]sim[oa]s?|buenísim[oa]s?|genial(?:es)?|perfect[oa]s?|excelentes?)\s*\?",
        // "Si ha estado a la altura", "si le suena como esperaba": it met the expectation.
        r"\b(?:ha|han|haya|hayan|habrá)\s+estado\s+a\s+la\s+altura\b|\b(?:está|esté|estuvo)\s+a\s+la\s+altura\b|\b(?:suen[ae]n?|funcion[ae]n?|qued[ae]n?|sient[ae]n?|va|vaya)\s+como\s+(?:esperaba|esperabas|esperabais|esperaban|esperaba\s+usted|se\s+esperaba)\b",
        r"\bcumpli\w*\s+(?:con\s+)?(?:lo\s+que|todo\s+lo\s+que)\s+(?:esperabas|esperaba|esperabais|esperaban|buscabas|buscaba|buscabais)\b",
        // Living up to what was promised, in any tense: "cumple lo que prometía", "cumplen con
        // todo lo que anunciamos".
        r"\bcumpl(?:e|en|a|an|ía|ían|ió|ieron)\s+(?:con\s+)?(?:todo\s+)?lo\s+que\s+(?:promet|anunci|dec[ií]|ofrec|esperab)\w*",
        // Doing its work as hoped or wished, as a gerund or any verb of serving: "te está
        // sirviendo como esperabas", "rinde como esperaba", "si trabaja como usted deseaba".
        r"\b(?:sirv(?:e|en|a|an|ió|iendo)|funcionando|rind(?:e|en|a|an|ió|iendo)|respond(?:e|en|a|an|ió|iendo)|yendo|quedando|saliendo|sal(?:e|en|ga|gan)|trabaj(?:a|an|e|en|ó|ando))\s+como\s+(?:usted\s+|tú\s+|vos\s+|vosotr[oa]s\s+)?(?:esperaba|esperabas|esperabais|esperaban|esperaba\s+usted|se\s+esperaba|esperábamos|imaginaba|imaginabas|imaginabais|desea(?:ba|bas|bais|ban)|quer(?:ía|ías|íais|ían)|(?:le|te|les|os)\s+gust(?:a|e|an|en))\b",
        // A good taste left, the idiom of satisfaction: "si le hemos dejado tan buen sabor de boca".
        // Or the item brightened a day or a season, or the buyer fell for it: "a quien le haya
        // alegrado las fiestas", "si te ha endulzado las mañanas", "quienes se enamoran de la
        // cafetera"; also what several items did: "si los bombones le cautivaron", "si las velas
        // les conquistan".
        r"\b(?:buen|gran|tan\s+buen|muy\s+buen)\s+sabor\s+de\s+boca\b|\b(?:le|te|les|os)\s+(?:(?:ha|han|haya|hayan|hubiera|habrá)\s+)?(?:alegr|ilumin|endulz|salv|anim|arregl)(?:ado|ó|a|e|aron|an|en)\s+(?:el|la|las|los|su|sus|tu|tus|esta|estas|este|estos)\s+(?:días?|fiestas|navidad(?:es)?|vida|mañanas?|tardes?|noches?|semanas?|veranos?|inviernos?|cenas?|comidas?|desayunos?|celebraci(?:ón|ones)|vacaciones)\b|\b(?:se\s+)?(?:enamor(?:a|an|ó|aron|e|en)|ha\s+enamorado|han\s+enamorado)\s+de\b|\b(?:le|te|les|os)\s+(?:ha\s+|han\s+|haya\s+|hayan\s+)?(?:ya\s+)?(?:enamor(?:ado|ó|a|e|aron|an|en)|conquist(?:ado|ó|a|e|aron|an|en)|cautiv(?:ado|ó|a|e|aron|an|en)|hechiz(?:ado|ó|a|e|aron|an|en)|seducido|sedujo|sedujeron)\b",
        // The people the item won over, the item as the subject of the relative clause: "a
        // quienes la mochila ya ha conquistado", "a los que el juego enamoró", "a aquellos a
        // quienes esta cuna ha convencido".
        r"\ba\s+(?:quien(?:es)?|l[oa]s\s+que|aquell[oa]s\s+que)\s+(?:[\wáéíóúñ'’-]+\s+){0,4}?(?:(?:ya|por\s+fin|también)\s+)?(?:(?:ha|han|haya|hayan|hubiera|hubieran)\s+(?:ya\s+)?)?(?:conquist|enamor|cautiv|convenc|fascin|seduc|seduj)\w*",
        // Doing truly what was said, pointing back to it: "si de verdad cortan así", "si
        // realmente funciona como le decíamos".
        r"\bsi\s+(?:de\s+verdad|realmente|en\s+verdad|efectivamente)\s+(?:[\wáéíóúñ]+\s+){1,3}?(?:así|tan\s+bien|como\s+(?:le|te|les|os)\s+(?:decíamos|dijimos|contábamos|prometimos|prometíamos|anunciamos))\b",
        r"\bsatisfech[ao]s?\b",
        // Having enjoyed it, as the verdict after use: "si los niños lo han disfrutado", "siempre
        // que la hayas disfrutado", "si lo disfrutaste", "los que habéis disfrutado con ella". (The
        // wish "que lo disfrutes" is no verdict.)
        r"\b(?:l[oa]s?|les?|ha|han|has|habéis|haya|hayan|hayas|hayáis|hubiera|hubieran|hubieras|hubierais)\s+(?:(?:ha|han|has|habéis|haya|hayan|hayas|hayáis|hubiera|hubieran|hubieras|hubierais|está|están|estás|estáis|esté|estén|estés|estéis)\s+)?disfrut(?:ado|ó|aron|aste|asteis|ando|a|as|an|áis)\b",
        // Also in the past, in a clause on the people: "a los clientes que disfrutaron de su
        // café", "a quienes adoraron su taza" (not the present "quienes disfrutan del café
        // fuerte", a taste).
        r"\b(?:que|quienes)\s+(?:(?:tanto|mucho|de\s+verdad|ya)\s+)?(?:disfrutaron|disfrutó|disfrutasteis|adoraron|adoró|adorasteis|amaron|(?:ha|han|has|habéis)\s+(?:(?:tanto|mucho)\s+)?(?:disfrutado|adorado))\b",
        // A success: "si la lámpara fue todo un éxito", "si ha sido un acierto".
        // Also said with the verb: "si la muñeca ha triunfado", "donde el juego triunfó".
        r"\b(?:fue|ha\s+sido|haya\s+sido|es|sea|resultó|resulte|ha\s+resultado)\s+(?:todo\s+)?un\s+(?:éxito|exitazo|acierto|triunfo)\b|\b(?:ha|han|haya|hayan|hubiera|hubieran)\s+triunfado\b|\btriunf(?:ó|aron)\b",
        // Proof of working, as no failure after use: "si no se rajó ni agarró hongos", "si no
        // se ha roto en un mes", "sin que se despegue", "sin que se oiga ni un chirrido", "si ya
        // no hace ese ruido raro" (the fault gone: a determiner and an adjective before the noise).
        r"\b(?:no|sin\s+que)\s+(?:se\s+)?(?:(?:ha|haya|han|hayan)\s+)?(?:raj|romp|rot[oa]|rompi|agriet|quebr|quem|fall[óae]|estrope|despeg|desgast|oxid|descos|destiñ|part|dobl|cruj|fund)\w*(?:\s+ni\s+(?:se\s+)?[\wáéíóúñ]+(?:\s+hongos|\s+moho|\s+óxido)?)*|\b(?:(?:no|ni)\s+(?:se\s+)?(?:oiga|oye|oigan|escuche|escucha|note|nota|haga|hace|hagan|hacen|(?:(?:ha|han|haya|hayan)\s+)?(?:hecho|oído|notado|dado|soltado|emitido)|hizo|hicieron|oyó|notó|dio|soltó|emitió|da|dan|suelta|emite)\s+(?:ni\s+)?|sin\s+que\s+(?:se\s+)?(?:oiga|oye|oigan|escuche|escucha|note|nota|haga|hace|hagan|hacen)\s+ni\s+)(?:un|una|el|la|los|las|ningún|ninguna|ese|esa|esos|esas|este|esta|estos|estas|aquel|aquella|su|sus)?\s*(?:solo\s+|sola\s+)?(?:(?:extrañ|rar|molest|pequeñ|dichos|maldit|fe)[oa]s?\s+)?(?:chirrido|ruido|crujido|zumbido|pitido|traqueteo|golpeteo|vibración|clac)s?\b",
        // The part working without trouble, in workshop terms: "rodando suave", "si cambia fino",
        // "si ha trabajado sin problemas", "funcionó sin fallos", "una vez que gire sin
        // ruidos", "sin saltos de piñón", "ni un ruido en 500 km", "si la cadena no salta". (Only
        // with a verb of running: "una esponja suave" is a tip.)
        r"\b(?:rueda|ruedan|rodando|ruede|rueden|rodó|rodado|gira|giran|girando|gire|giren|giró|cambia|cambian|cambiando|cambie|cambien|marcha|marchan|marchando|anda|andan|andando|ande|anden|va|van|vaya|vayan|yendo|funciona|funcionan|funcionando|funcione|funcionen|trabaja|trabajan|trabajando|frena|frenan|frenando|frene|frenen|barre|barren|barriendo|pedalea|pedaleando|desliza|deslizan|deslizando|corre|corren|corriendo|funcionado|trabajado|marchado|andado|girado|frenado|ido|funcionó|funcionaron|trabajó|trabajaron|marchó|marcharon|anduvo|fue|fueron)\s+(?:(?:ya|muy|tan|bien|súper|super|totalmente|perfectamente|de\s+nuevo|otra\s+vez)\s+){0,2}(?:suave(?:s|cito|mente)?|fin[oa]s?|finísim[oa]s?|redond[oa]|como\s+(?:la\s+seda|un\s+reloj|la\s+mantequilla|nuev[oa]|un\s+tiro)|sin\s+(?:(?:ningún|ni\s+un)\s+(?:problema|fallo)|problemas?|ruidos?|fallos?|incidencias?|contratiempos?|averías?|saltos|tirones|holguras?|vibraciones|chirridos|traqueteos|rozar|hacer\s+ruido)|en\s+silencio|silencios[oa]s?|de\s+maravilla|de\s+lujo)\b|\bsin\s+(?:(?:un\s+solo|una\s+sola|el\s+menor|la\s+menor|el\s+más\s+mínimo|la\s+más\s+mínima)\s+)?(?:ruidos?|saltos?|chirridos?|crujidos?|traqueteos?|holguras?|vibraci(?:ón|ones)|golpeteos?|tirones?|zumbidos?)(?:\s*(?:,|y|ni|o)\s+(?:ruidos?|saltos?|chirridos?|crujidos?|traqueteos?|holguras?|vibraci(?:ón|ones)|golpeteos?|tirones?|zumbidos?))*\b|\bni\s+(?:un|una)\s+(?:solo\s+|sola\s+)?(?:ruido|chirrido|crujido|traqueteo|salto|golpe|golpeteo|zumbido|clac|gota|problema|fallo)\b|\b(?:(?:desaparezca|desaparezcan|desapareció|desaparecieron|(?:haya|hayan|ha|han)\s+desaparecido|se\s+(?:vaya|vayan|fue|fueron|(?:haya|hayan|ha|han)\s+ido|quite|quiten))\s+(?:(?:el|la|los|las|esos|esas|ese|esa|este|esta|estos|estas)\s+)?(?:ruidos?|chirridos?|crujidos?|traqueteos?|saltos?|vibraci(?:ón|ones)|holguras?|marcas|rayas|regueros|goteos?|fugas?)|(?:dej[ea]n?|dejó|dejaron|(?:haya|hayan|ha|han)\s+dejado)\s+de\s+(?:sonar|saltar|vibrar|chirriar|gotear|crujir|traquetear|bailar|hacer\s+ruido|dejar\s+marcas))\b|\bno\s+(?:se\s+)?(?:(?:ha|han|haya|hayan)\s+)?(?:vuelto\s+a\s+)?(?:salta|saltan|salte|salten|saltado|saltó|cruje|crujen|cruja|crujido|crujió|vibra|vibran|vibre|vibrado|vibró|traquetea|traquetean|traqueteado|traqueteó|baila|bailan|baile|bailado|bailó|chirría|chirrían|chirríe|chirriado|chirrió|gotea|gotean|goteado|goteó)\b",
        // The first result coming out well, or the item doing its one job well: "cuando te
        // salga bien la primera salsa", "si el pan queda perfecto", "la lámpara ilumina perfecto".
        r"\b(?:sal(?:e|ga|gan|en|ió|ieron)|qued(?:e|a|en|an|ó)|encaj(?:a|an|e|en|ó|aron)|ajust(?:a|an|e|en|ó|aron)|ilumin(?:a|an|e|en|ó)|alumbr(?:a|an|e|en|ó)|funcion(?:a|an|e|en|ó))\s+(?:[\wáéíóúñ]+\s+){0,3}?(?:bien|perfect[oa]s?|riquísim[oa]s?|como\s+(?:debe|tiene\s+que|esperabas|esperabais|esperaba))\b",
        // What the item makes, coming out crisp, centred or flawless: a result that shows it
        // works, "¿te salen ya las etiquetas nítidas?", "si el rótulo queda bien centrado",
        // "cuando las copias salgan impecables". (Clean, "queda limpio", is a care tip's end, and
        // straight, "que los codos queden en ángulo recto", an instruction: no verdict.)
        r"\b(?:sal(?:e|en|ga|gan|ió|ieron)|qued(?:a|an|e|en|ó|aron))\s+(?:[\wáéíóúñ]+\s+){0,3}?(?:(?:ya|bien|muy|por\s+fin|totalmente|perfectamente)\s+)?(?:nítid[oa]s?|impecables?|centrad[oa]s?)\b",
        // Getting the hang of it, as proof that it works: "cuando le hayas cogido el gusto",
        // "en cuanto le pilles el truco", "cuando agarres la onda".
        r"\b(?:cog|coj|pill|agarr)\w*\s+(?:el\s+|la\s+)?(?:gusto|truco|tranquillo|onda|maña)\b",
        // Received as ordered, to the buyer's satisfaction: "recibido conforme", "a su entera
        // satisfacción", "responde a sus expectativas".
        r"\b(?:recibid|llegad|entregad)[oa]s?\s+conformes?\b|\ba\s+(?:su|tu|vuestra)\s+(?:entera\s+|plena\s+|total\s+|completa\s+)?satisfacción\b|\b(?:respond|correspond|satisfac|colm|alcanz)\w*\s+(?:a\s+|con\s+)?(?:[\wáéíóúñ]+\s+){0,2}?(?:sus|tus|vuestras)\s+expectativas\b",
        r"\b(?:está|estás|están|esté|estés|estén|estuvo|quedó|quedaron|quedaste|queda|quedan|ha\s+quedado|han\s+quedado|ha\s+estado|siente)\s+(?:[\w'-]+\s+){0,2}?(?:content[ao]s?|encantad[ao]s?|feliz|felices|conforme)\b|\b(?:content[ao]s?|encantad[ao]s?|feliz)\s+con\s+(?:su|tu|el|la|este|esta|la\s+compra|el\s+producto)\b|\b(?:content[ao]s?|encantad[ao]s?|feliz)\s*\?",
        // A button label in the buyer's own voice, alone on its line: "😍 ¡Me chifla!", "Me
        // gusta mucho", "Lo adoro".
        r"(?m:^)[^\w\n]{0,4}\s*¡?(?:me\s+(?:encanta|encantó|ha\s+encantado|gusta|gustó|ha\s+gustado|chifla|flipa)|lo\s+(?:amo|adoro)|la\s+(?:amo|adoro))(?:\s+(?:mucho|much[ií]simo))?\s*[!.]*[ \t]*(?m:$)",
        r"\b(?:le|te|les)\s+(?:ha\s+|han\s+)?(?:gusta|gustó|gustado|gustan|encanta|encantó|encantado|convence|convenció)\b",
        // Crazy about it or never tiring of it, said of the buyer or a pet: "¿tu perro se ha vuelto
        // loco con los nuevos snacks?", "está loca por su rascador", "le vuelven locos", "no se
        // cansa de ellos" (not "se volvió loco rascando el sofá" or "no se cansa de ladrar", with
        // no product after it).
        r"\blo(?:co|ca|cos|cas)\s+(?:con|por)\s+(?:el|la|los|las|este|esta|estos|estas|ese|esa|esos|esas|su|sus|tu|tus|nuestr[oa]s?|vuestr[oa]s?|él|ella|ellos|ellas|eso|esto)\b|\b(?:le|te|les|lo|la|los|las|me|nos|os)\s+(?:vuelve|vuelven|volvió|volvieron|ha\s+vuelto|han\s+vuelto|tiene|tienen)\s+(?:[\wáéíóúñ]+\s+)?lo(?:co|ca|cos|cas)\b|\bno\s+se\s+(?:cansa|cansan|cansará|cansarán|cansaba|cansaban)\s+(?:nunca\s+)?de\s+(?:él|ella|ellos|ellas|el|la|los|las|este|esta|estos|estas|su|sus|tu|tus|nuestr[oa]s?)\b|\bno\s+(?:tiene|tienen)\s+(?:nunca\s+)?suficiente\s+(?:con|de)\b",
        // Liked, said without the person who liked it, as a verdict after use: "si el café ha
        // gustado en la oficina", "si las tazas gustaron en casa", "donde más ha encantado".
        // (The present "si gusta" is the courtesy "if you like", and "esperamos que haya
        // gustado" a hope.)
        r"\b(?:ha|han)\s+(?:gustado|encantado|convencido)\b|\b(?:gustó|gustaron|encantó|encantaron|convenció|convencieron)\b",
        r"\b(?:todo|todo\s+ha)\s+(?:[\w'-]+\s+){0,2}?(?:bien|perfecto|correcto|en\s+orden|ok|okay|como\s+(?:lo\s+)?(?:esperaba|esperabas|esperabais|esperaban|esperábamos)|sin\s+problemas)\b",
        r"\b(?:llegó|llegado|recibido|recibió|entregad[oa])\s+(?:[\w'-]+\s+){0,2}?(?:en\s+(?:buen|perfecto|buenas|perfectas)\s+(?:estado|condiciones)|intact[oa]|sin\s+problemas)\b|\ben\s+(?:buen|perfecto)\s+estado\b|\btodo\s+(?:lleg[óo]|ha\s+llegado|chegou|arribà|ha\s+arribat)\s+(?:bien|ben|perfecto|perfeito|correctamente)\b|\btal\s+(?:y|e|i)\s+como\s+(?:l[oa]s?\s+|as?\s+|os\s+)?(?:imaginab|imaxinab|esperab|imaginav|esperav)\w*",
        r"\b(?:cumpl\w+|super\w+|estuvo\s+a\s+la\s+altura\s+de)\s+(?:[\w'-]+\s+){0,2}?(?:sus\s+|tus\s+)?expectativas\b",
        r"\b(?:buena|excelente|gran|agradable|positiva)\s+experiencia\b",
        r"\b(?:perfecto|todo\s+bien|todo\s+ok)\s*\?",
        r"\b(?:le|te|les)\s+(?:guste|gusten|gustara|gustase|encante|encanten|encantara)\b|\bexperiencia\s+(?:[\w'-]+\s+){0,2}?(?:buena|positiva|excelente|agradable)\b|\b(?:le|te)\s+(?:fue|ha\s+ido)\s+bien\b",
        r"\ben\s+caso\s+de\s+(?:plena\s+|total\s+)?satisfacción\b",
        r"\b(?:4|cuatro|9|nueve)\s+o\s+(?:un\s+)?(?:5|cinco|10|diez)\b|\bun\s+(?:10|diez)\b|\b(?:10|diez)\s+de\s+(?:10|diez)\b",
        r"\bproblema\s+(?:se\s+ha\s+|ha\s+quedado\s+|quedó\s+|está\s+|fue\s+|ha\s+sido\s+|se\s+)?(?:resuelto|solucionado|resolvió|solucionó)\b",
        r"\b(?:nos\s+lo|lo|la)\s+merec(?:emos|e|en)\b|\bmerecedor(?:es|a|as)?\b",
        // (The seller's fix said as a time, "cuando hayamos solucionado el problema", is read
        // first and reports nothing: in a sentence that names the review, the words above read it.)
        r"\b(?:cuando|una\s+vez\s+que|en\s+cuanto|después\s+de\s+que|tras\s+que|apenas)\s+(?:se\s+lo\s+|se\s+la\s+|le\s+|te\s+)?hayamos\s+(?:resuelto|solucionado)\s+(?:el|cualquier|este|su)\s+problema\b(?P<m>)|\b(?:resuelto|solucionado)\s+(?:el|cualquier|este|su)\s+problema\b|\bproblema\s+(?:[\w'-]+\s+){0,5}?(?:resuelto|solucionado)\b|\bfunciona\s+(?:[\w'-]+\s+)?(?:como\s+(?:debe|debería|esperaba|se\s+espera)|bien|perfectamente|de\s+maravilla|genial|a\s+la\s+perfección)\b",
        r"\b(?:los\s+)?(?:aplausos|elogios|halagos|cumplidos|piropos)\b[^.!?\n]{0,20}?\b(?:en|para|a)\s+Amazon\b",
        // Informal liking: "si te late", "si te mola", "si te cuadra". Followed by an infinitive
        // it is the wish to do something ("si te late escribir una reseña"), not a verdict: the
        // word after must not end in -ar, -er or -ir.
        // So is one with a pronoun on it ("por si te late dejarnos una reseña", "si te mola
        // contarlo"): the first branch reads it and reports nothing (an empty `m`).
        r"\b(?:te|le|les|os)\s+(?:late|mola|apetece|cuadra)\s+(?:a\s+)?\w+[aeií]r(?:nos|me|le|les|lo|la|los|las|te|os|se)\b(?P<m>)|\b(?:te|le|les|os)\s+(?:late|latió|laten|mola|moló|molan|cuadra|cuadró|convence|convenció|fascina|fascinó)(?:\s*$|\s*[^\s\w]|\s+(?:\w*[^\Wr]|\w*[^\Waeií]r|r)\b)",
        // "¿Volverías a comprarlo?": buying again as the happy test; a verdict that turns out
        // favourable ("si resulta favorable").
        r"\bvolver(?:ías|ía|íais|ían|á|ás)\s+a\s+(?:comprar\w*|pedir\w*)|\blo\s+recomendar(?:ías|ía|íais|ían)\b|\b(?:resulta|resulte|resultó|result[ae]n|ha\s+resultado)\s+(?:muy\s+)?(?:favorable|positiv[ao])s?\b",
        r"\bclientes\s+(?:más\s+|muy\s+)(?:satisfechos|contentos|felices|encantados)\b",
        r"\bjusto\s+lo\s+que\s+(?:buscaba|buscabas|buscabais|necesitaba|necesitabas|necesitabais|esperaba|esperabas|esperabais|quería|querías|queríais)\b|\bconvencid[oa]s?\b",
        // Going or working great, in any form of "ir": "te está yendo genial", "si le va de
        // maravilla", "os han ido de lujo".
        r"\b(?:yendo|va|van|vaya|vayan|ha\s+ido|han\s+ido|haya\s+ido|hayan\s+ido)\s+(?:muy\s+|súper\s+|super\s+)?(?:genial|de\s+maravilla|de\s+lujo|fenomenal|estupendamente|de\s+diez|de\s+cine|perfectamente)\b",
        // Pride or success said of the people the review is asked of, in a relative clause with
        // the review later in its sentence: "a quienes ya están orgullosos de su primera canción
        // les pedimos una reseña", "los alumnos que han superado el nivel 1 pueden contarlo en
        // una reseña". (Without a review in the sentence, "para quienes han superado la lección 3,
        // un ejercicio extra" is a tip for the advanced; "lo que has conseguido"
        // names no one.)
        r"(?P<m>(?:\b(?:quienes|quien|cuales)|\b[\w'’-]{3,}\s+que)\s+(?:[\w'’-]+\s+){0,3}?(?:están|está|estás|estáis|se\s+sienten|se\s+siente|han|ha|has|habéis|hayan|haya)\s+(?:ya\s+)?(?:orgullos[oa]s?|logrado|conseguido|superado|dominado|ganado|aprobado))\b[^.!?\n]{0,140}?\b(?:reseñas?|opinión|opiniones|valoración|valoraciones|comentarios?)\b",
        // Progress, improvement or enjoyment said of the people the review is asked of, in a
        // relative clause with the review, or telling others (before the review link), later in
        // its sentence: "los alumnos que ya están progresando pueden contarlo en una valoración",
        // "a quienes ya tocan mejor: contádselo a otros …"; or with the review before the group.
        // (Without one, "notarás que tu sonido mejora en dos semanas" is a tip.)
        concat!(
            "(?P<m>",
            es_progress_group!(),
            r")[^.!?\n]{0,140}?(?:\b(?:reseñas?|opinión|opiniones|valoración|valoraciones|comentarios?)\b|links\.\w*(?:review|feedback)|\b(?:contádselo|contadlo|contarlo|contárselo|contalo|cuéntalo|cuéntaselo|cuéntenlo|cuénteselo|decídselo|decidlo|decirlo|díselo|compartidlo|compartirlo|compártelo)\b|\b(?:contad|cuenta|cuenten|contar|decid|decir|compartid|comparte)\s+(?:[\w'’-]+\s+){0,2}?a\s+(?:otros|otras|los\s+demás|quienes)\b)"
        ),
        concat!(
            r"(?:\b(?:reseñas?|opinión|opiniones|valoración|valoraciones)\b|links\.\w*(?:review|feedback))[^.!?\n]{0,80}?(?P<m>",
            es_progress_group!(),
            ")"
        ),
        // The item's good outcome said of the people the review is asked of, in a relative
        // clause with the review later in its sentence: "a quienes ya ruedan con una sonrisa, una
        // reseña …", "los clientes a los que el arrancador les puso el coche en marcha a la
        // primera pueden dejar una reseña", "los moteros cuya revisión no mostró nada anormal".
        // (Without a review in the sentence, "para quienes la cadena ya gira sin ruidos: engrásala
        // cada 300 km" is a tip; "quienes circulan en invierno" names no outcome.)
        // The outcome is any of the common ways a part is said to work well, a working verb with
        // a manner word: "la cadena cambia finísimo", "cuyos frenos muerden con precisión", "que
        // cierran con suavidad", "que suben sin tirones".
        r"(?:\b(?:quienes|quien|cuales|cuy[oa]s?)|\b[\w'’-]{3,}\s+que)\s+(?:[\w'’-]+\s+){0,8}?(?P<m>(?:a\s+la\s+primera|(?:al|en\s+el)\s+primer\s+(?:intento|arranque|golpe|clic|uso)|de\s+primeras|sin\s+(?:problemas?|complicaciones?|fallos?|errores?|incidencias?|contratiempos?|pegas?|percances?|dificultad(?:es)?)|(?:funcion|va|van|fue|ido|gir|gira|rued|entr|mont|instal|conect|arranc|frena|cambi|ajust|encaj|qued|sient|agarr|muerd|mord|cort|cierr|cerr|carg|bomb|desliz|sell|sujet|engancha|bloque|calient|enfr|bat|amas|aspir|limpi|pas|respond|tir|empuj|cocin|sec|lav)[\wáéíóúñ]*\s+(?:[\w'’-]+\s+){0,3}?(?:perfectamente|a\s+la\s+perfección|de\s+maravilla|de\s+lujo|como\s+(?:un\s+guante|un\s+reloj|la\s+seda|la\s+seda|nuev[oa]|se\s+esperaba|debe|prometimos|el\s+primer\s+día|recién\s+(?:estrenad|comprad)[oa]|(?:la\s+)?mantequilla|un\s+tiro|un\s+cañón)|impecable(?:mente)?|finísimo|fino|suave(?:mente)?|con\s+(?:precisión|suavidad)|limpiamente|herméticamente|firmemente|silenciosamente|sin\s+(?:tirones|saltos|holguras?|fugas|esfuerzo|enganches|titubeos)|de\s+(?:cine|fábula|diez)|a\s+las\s+mil\s+maravillas)|(?:puso|pusieron|ha\s+puesto|han\s+puesto|dejó|ha\s+dejado)\s+(?:[\w'’-]+\s+){0,3}?en\s+marcha|(?:hizo|hicieron|ha\s+hecho|han\s+hecho)\s+arrancar|(?:no\s+(?:[\w'’-]+\s+){0,2}?)?nada\s+(?:anormal|extraño|raro|sospechoso|preocupante|fuera\s+de\s+lo\s+(?:normal|común))|ninguna\s+anomalía|ningún\s+(?:fallo|defecto|ruido\s+raro|juego|código\s+de\s+error|punto\s+duro)|con\s+una?\s+(?:gran\s+|buena\s+|amplia\s+|enorme\s+)?sonrisa|la\s+sonrisa\s+en\s+la\s+cara|(?:rued|pedale|conduc|circul|viaj)\w*\s+(?:[\w'’-]+\s+){0,2}?(?:tranquil[oa]s?|felices|feliz|con\s+(?:total\s+)?confianza|sin\s+preocupaciones))\b)[^.!?\n]{0,140}?(?:\b(?:reseñas?|opinión|opiniones|valoración|valoraciones|comentarios?)\b|\b(?:compart|cont|cuent|describ)\w*\s+(?:su|tu|vuestra|sus|tus)\s+(?:experiencia|impresión|impresiones)\b|links\.\w*(?:review|feedback))",
        // Also with the review before the group: "las reseñas de los ciclistas a quienes el cambio
        // les entró a la primera".
        r"(?:\b(?:reseñas?|opinión|opiniones|valoración|valoraciones)\b|links\.\w*(?:review|feedback))[^.!?\n]{0,80}?(?:\b(?:quienes|quien|cuales|cuy[oa]s?)|\b[\w'’-]{3,}\s+que)\s+(?:[\w'’-]+\s+){0,8}?(?P<m>(?:a\s+la\s+primera|(?:al|en\s+el)\s+primer\s+(?:intento|arranque|golpe|clic|uso)|de\s+primeras|sin\s+(?:problemas?|complicaciones?|fallos?|errores?|incidencias?|contratiempos?|pegas?|percances?|dificultad(?:es)?)|(?:funcion|va|van|fue|ido|gir|gira|rued|entr|mont|instal|conect|arranc|frena|cambi|ajust|encaj|qued|sient|agarr|muerd|mord|cort|cierr|cerr|carg|bomb|desliz|sell|sujet|engancha|bloque|calient|enfr|bat|amas|aspir|limpi|pas|respond|tir|empuj|cocin|sec|lav)[\wáéíóúñ]*\s+(?:[\w'’-]+\s+){0,3}?(?:perfectamente|a\s+la\s+perfección|de\s+maravilla|de\s+lujo|como\s+(?:un\s+guante|un\s+reloj|la\s+seda|la\s+seda|nuev[oa]|se\s+esperaba|debe|prometimos|el\s+primer\s+día|recién\s+(?:estrenad|comprad)[oa]|(?:la\s+)?mantequilla|un\s+tiro|un\s+cañón)|impecable(?:mente)?|finísimo|fino|suave(?:mente)?|con\s+(?:precisión|suavidad)|limpiamente|herméticamente|firmemente|silenciosamente|sin\s+(?:tirones|saltos|holguras?|fugas|esfuerzo|enganches|titubeos)|de\s+(?:cine|fábula|diez)|a\s+las\s+mil\s+maravillas)|(?:puso|pusieron|ha\s+puesto|han\s+puesto|dejó|ha\s+dejado)\s+(?:[\w'’-]+\s+){0,3}?en\s+marcha|(?:hizo|hicieron|ha\s+hecho|han\s+hecho)\s+arrancar|(?:no\s+(?:[\w'’-]+\s+){0,2}?)?nada\s+(?:anormal|extraño|raro|sospechoso|preocupante|fuera\s+de\s+lo\s+(?:normal|común))|ninguna\s+anomalía|ningún\s+(?:fallo|defecto|ruido\s+raro|juego|código\s+de\s+error|punto\s+duro)|con\s+una?\s+(?:gran\s+|buena\s+|amplia\s+|enorme\s+)?sonrisa|la\s+sonrisa\s+en\s+la\s+cara|(?:rued|pedale|conduc|circul|viaj)\w*\s+(?:[\w'’-]+\s+){0,2}?(?:tranquil[oa]s?|felices|feliz|con\s+(?:total\s+)?confianza|sin\s+preocupaciones))\b)",
        // Proud, as a condition: "si estás orgulloso de tu primer dibujo"; or as the question a
        // review answers on the same line: "¿Orgulloso de tus bocetos? Tu reseña …" (a subject's
        // "¿Orgulloso de tu primer boceto?" alone is small talk about progress).
        r"\bsi\s+(?:estás|está|estáis|están|te\s+sientes|se\s+siente|os\s+sentís)\s+(?:[\w'’-]+\s+){0,2}?orgullos[oa]s?\b",
        r"(?P<m>\b(?:orgullos[oa]s?|logrado|conseguido|superado)\b)[^?.!\n]{0,80}\?[^\n?]{0,60}?\b(?:reseñas?|opinión|valoración|comentario)\b",
        // Progress or a better state, asked in a question of any length: "¿Una semana después y
        // ya notas la diferencia?", "¿Un mes de entrenamiento y ya más en forma?", "¿Ya te
        // sientes más fuerte tras la primera semana?", "¿Por fin dormís un poco más tranquilos?".
        // Only in a question, so a tip on progress ("cuando te sientas más fuerte, …")
        // conditions nothing.
        r"(?P<m>\b(?:ya|por\s+fin|realmente|sientes|siente|sentís|sienten)\s+(?:(?:te\s+sientes|se\s+siente|os\s+sentís|se\s+sienten|estás|está|ya|mucho|algo|un\s+poco)\s+|(?:duerm(?:e|es|en)|dormís|descans(?:a|as|an|áis))\s+(?:[\w'’-]+\s+){0,3}?){0,2}(?:convencid[oa]s?|conquistad[oa]s?|enamorad[oa]s?|mejor|en\s+forma|más\s+(?:fuertes?|en\s+forma|lig(?:er[oa]s?)|san[oa]s?|descansad[oa]s?|ágiles?|segur[oa]s?|cómod[oa]s?|enérgic[oa]s?|tranquil[oa]s?|flexibles?))\b)[^.!?\n]{0,60}\?",
        r"(?P<m>\b(?:notas|nota|notáis|notan|ves|ve|veis|ven|sientes|siente|has\s+notado|ha\s+notado|has\s+visto|ha\s+visto|percibes|percibe)\s+(?:ya\s+)?(?:la\s+|una\s+|los\s+|las\s+|unos\s+|algunos\s+|tus\s+|sus\s+)?(?:primer[oa]s\s+)?(?:diferencia|resultados|progresos|avances|efectos|beneficios|mejoras?|cambios?)\b)[^.!?\n]{0,60}\?",
        // A session no longer skipped or a pain gone, as the buyer's verdict in a question:
        // "¿Pedaleas sin ruidos y ya no te saltas ningún entrenamiento?", "¿Ya no faltas a
        // ninguna clase?", "¿Y ya no te duele la espalda al remar?". The "ya no" is the habit's
        // own, no problem. Only in a question, so a tip ("para no saltarte ningún entrenamiento,
        // fija un horario") conditions nothing.
        r"(?P<m>\bya\s+no\s+(?:(?:te|os|se|me)\s+)?(?:saltas|saltáis|salta|saltan|pierdes|perdéis|pierde|pierden|faltas|faltáis|falta|faltan|fallas|falláis|falla|fallan)\s+(?:a\s+)?(?:ningún|ninguna|ni\s+un|ni\s+una)\s+(?:[\w'’-]+\s+)?(?:entrenamiento|sesión|clase|rutina|carrera|salida|día|cita|serie)\b|\bya\s+no\s+(?:te|os|le|les|me)\s+duel(?:e|en)\b)[^.!?\n]{0,80}\?",
    ],
    negation: &[
        // "No … ni …" is one negation over two verbs: "no se rajó ni agarró hongos".
        r"\bno\s+(?:se\s+)?[\wáéíóúñ]+\s+ni\b",
        // So is "sin … ni …" over two faults in use: "sin tirones ni saltos" (see `positive`).
        r"\bsin\s+(?:ruidos?|saltos?|chirridos?|crujidos?|traqueteos?|holguras?|vibraci(?:ón|ones)|golpeteos?|tirones?|zumbidos?)\s+ni\b",
        // And over two skin reactions: "sin rojeces ni brillos" (see `positive`).
        concat!(r"\bsin\s+", es_skin_reaction!(), r"\s+ni\b"),
        // "Sin ningún …" is one denial, the "ningún" only stressing the "sin": "sin ningún
        // problema", "sin ninguna humedad" (see `positive`).
        r"\bsin\s+(?:ningún|ninguna)\b",
        r"\b(?:no|nunca|ningún|ninguna|ni|menos|jamás)\b|\binsatisfech\w*|\bdescontent\w*",
    ],
    problem: &[
        // A small fault in use, told as a verb: "si la plumilla raspa", "la bisagra chirría", "la
        // cremallera se atasca", "la pluma gotea", "pierde tinta".
        r"\b(?:raspa|raspan|chirría|chirrían|chirria|gotea|gotean|se\s+atasca|se\s+atascan|se\s+engancha|se\s+enganchan|se\s+traba|se\s+traban|pierde\s+(?:tinta|agua|aceite|líquido))\b",
        r"\b(?:(?:alguna|una|cualquier|ninguna)\s+pega|problemas?|defect\w*|dañad\w*|rot[oa]s?|falta|faltan|faltante|incorrect[oa]s?|equivocad[oa]s?|averiad[oa]s?|insatisfech\w*|descontent\w*|decepcionad\w*|no\s+funciona\w*|reclamaci(?:ón|ones)|inconvenientes?|desperfectos?|devolver\s+(?:el|la)\s+(?:producto|artículo)|devoluci(?:ón|ones)\s+del\s+(?:producto|artículo))\b",
        // A fault or breakdown, named or told: "si se confirma el fallo de la batería", "una
        // avería del motor", "la falla del cargador", "si la pantalla falla". "Fallo" only as a
        // noun after its article, so Italian "fallo sapere" (let it be known) names none.
        r"\b(?:el|un|los|unos|algún|del|al|este|ese|cualquier|otro)\s+(?:pequeño\s+|posible\s+)?fallos?\b|\b(?:fallas|averías?|fall(?:a|an|e|en|ó|aron|ado|ando))\b",
        // Fit and comfort problems: "siguen lastimando", "aprietan", "le quedan chicas".
        r"\b(?:lastim\w*|duel(?:e|en)|dolor\w*|apriet(?:a|an|e|en)|rozan|roza|molest(?:a|an|e|en))\b|\b(?:quedan?|queden|viene|vienen)\s+(?:muy\s+|demasiado\s+)?(?:chic[oa]s|pequeñ[oa]s?|grandes?|apretad[oa]s?|justos|justas)\b|\bdemasiado\s+(?:chic[oa]s?|pequeñ[oa]s?|grandes?|apretad[oa]s?|estrech[oa]s?)\b",
        concat!(r"\b(?:", es_wear_fault!(), r")\b"),
    ],
    condition: &[
        // The review timed to a milestone, and no earlier, in the review's sentence.
        r"\b(?:reseñ\w*|valoraci\w*|opini\w*|comentarios?)\b[^.!?\n;]{0,120}?\b(?P<m>(?:y\s+)?no\s+antes)\s*(?:[,.;:!)–—-]|(?m:$))",
        r"\b(?P<m>(?:y\s+)?no\s+antes)\s*[,;:–—-][^.!?\n;]{0,120}?\b(?:reseñ\w*|valoraci\w*|opini\w*|comentarios?)\b",
        // After a stretch of time with the item named good: "Después de un par de buenas semanas
        // con la tetera, …" holds the ask back until that verdict.
        r"\b(?:después\s+de|tras)\s+(?:un\s+par\s+de|unas|unos|algunas|algunos|dos|tres|cuatro|varias|varios|\d+)\s+(?:(?:buenas|buenos|felices|estupendas|estupendos|geniales|excelentes)\s+(?:semanas|meses|días)|(?:semanas|meses|días)\s+(?:buen[oa]s|felices|estupend[oa]s|geniales|excelentes|sin\s+(?:ningún\s+)?problemas?))\b",
        // The happy ones addressed as a group, before a comma or a colon: "Dueños felices, …", "A
        // todos los clientes satisfechos:", "Queridos compradores contentos, …". ("Queridos dueños:"
        // names every buyer.)
        r"(?:(?m:^)[ \t¡¿]*|[.!?:;]\s*[¡¿]?|\b(?:a\s+tod[oa]s\s+l[oa]s|a\s+l[oa]s|queridos|queridas|para\s+l[oa]s)\s+)(?P<m>(?:dueñ[oa]s|propietari[oa]s|clientes|compradore?s|compradoras|padres|familias|usuari[oa]s|lectore?s|jardinero?s|cocinero?s|ciclistas|pescadore?s)(?:\s+(?:de\s+)?[\wáéíóúñ\x27’-]+)?\s+(?:felices|content[oa]s|satisfech[oa]s|encantad[oa]s|orgullos[oa]s)|(?:felices|content[oa]s|satisfech[oa]s|encantad[oa]s)\s+(?:dueñ[oa]s|propietari[oa]s|clientes|compradore?s|compradoras|padres|familias|usuari[oa]s))\s*[,:!]",
        // A review placed after someone's approval, said as a noun: "tras el visto bueno de tu
        // gato", "después de la aprobación de tu perro", "tras su ok". (A condition only on an ask
        // in its sentence: "tras el visto bueno del veterinario, empieza con media ración" asks
        // nothing.)
        r"\b(?:tras|después\s+de|luego\s+de)\s+(?:el|la|su|tu|vuestro|vuestra|un|una)\s+(?:[\wáéíóúñ'’-]+\s+){0,2}?(?:visto\s+bueno|aprobación|ok|okay|bendición|pulgar\s+(?:arriba|hacia\s+arriba)|luz\s+verde|sello\s+de\s+aprobación|beneplácito|consentimiento)\b",
        // Conformity checked, as a condition: "una vez verificada la conformidad", "una vez
        // comprobado que todo está bien".
        r"\buna\s+vez\s+(?:verificad|comprobad|confirmad|validad|acreditad)[oa]s?\b",
        // "Una vez" before the buyer's own check or use, without "que": "una vez reciba el
        // artículo y compruebe que …", "una vez lo pruebes".
        r"\buna\s+vez\s+(?:(?:lo|la|los|las)\s+)?(?:recib|comprueb|verifiqu|confirm|prueb|us|estren|revis|teng|hay)\w*",
        // "Una vez" before the part fitted, without "que": "una vez montada", "una vez bien
        // ajustados los frenos". A time, like the fitting said with "que" (see `benign`), unless the
        // part working well is named beside it ("una vez montada y rodando suave").
        r"\buna\s+vez\s+(?:(?:bien|ya|correctamente)\s+)?(?:mont|instal|coloc|ajust|arm|ensambl|engras|apret|cambi|sustitu|fij|sujet|colg|conect|carg|calibr|tens|purg|asent|puest)\w*(?:ad|id|est)?[oa]s?\b",
        r"\b(?:a|para)\s+(?:quienes|los\s+que|aquellos\s+que)\b",
        r"(?:(?m:^)|[.!?¡¿]\s*)(?P<m>(?:a|para)\s+quien)\b",
        r"\b(?:solo|sólo|solamente|únicamente|nada\s+más|nomás|no\s+más)\s+(?:[\w-]+\s+){0,3}?(?:a\s+(?:los|las|quien|quienes|nuestr[oa]s)|si|cuando|para\s+quienes)\b",
        r"\b\d+\s+(?:estrellas?\s+|puntos?\s+)?o\s+(?:más|menos)\b|\ba\s+partir\s+de\s+\d+|\b(?:por\s+)?(?:encima|debajo)\s+de\s+\d+",
        // "En caso de" with an infinitive is an "if": "en caso de notar ya el pelo más suave", "en
        // caso de estar satisfecho"; so is an infinitive of noticing opening the sentence: "De
        // notar la diferencia, …". ("En caso de duda, escríbenos" names no act and stays help.)
        r"\ben\s+caso\s+de\s+(?:(?:ya|no|haber|seguir)\s+)?[a-záéíóúñ]+(?:ar|er|ir)(?:se|lo|la|los|las|le|te|os)?\b",
        r"(?:(?m:^)|[.!?¡¿:]\s*)(?P<m>de\s+(?:ya\s+)?(?:notar|sentir|ver|comprobar|percibir|apreciar|observar|encontrar)(?:se|lo|la|los|las|te)?)\b",
        // "El día que tu peque duerma del tirón": the day the outcome comes, as a "when".
        r"\b(?:si|cuando|siempre\s+que|en\s+caso\s+de\s+que|mientras|con\s+tal\s+de\s+que|una\s+vez\s+que|en\s+cuanto|tan\s+pronto\s+como|(?:el|la)\s+(?:día|momento|semana|noche|mañana)\s+(?:en\s+)?(?:que|en\s+que))\b",
        r"\bclientes\s+(?:más\s+|muy\s+)?(?:satisfechos|contentos|felices|encantados)\b",
        r"\ben\s+caso\s+de\s+(?:plena\s+|total\s+)?(?:satisfacción|insatisfacción)\b|\bsiempre\s+y\s+cuando\b",
        r"(?m:^)[ \t]*(?:quien(?:es)?|aquell[oa]s\s+que)\b",
        r"\bcon\s+(?:un\s+)?[“]?(?:ok|sí)\b|\bcon\s+un\s+[“]?no\b",
        r"\b(?:los\s+)?(?:aplausos|elogios|halagos|cumplidos|piropos)\b[^.!?\n]{0,20}?\b(?:en|para|a)\s+Amazon\b",
        r"\bde\s+\d+\s+(?:para\s+arriba|en\s+adelante)\b",
        // A score the buyer gives, as a condition: "con un 9 o un 10, …", "con un 2, …"; also
        // counted in stars or points: "con 4 estrellas, …", "con una estrella o dos, …".
        r"\bcon\s+(?:un\s+|una\s+nota\s+de\s+)?(?:(?:[1-9]|10|uno|dos|tres|cuatro|cinco)(?:\s+(?:estrellas|puntos))?|una\s+estrella|un\s+punto)\s*(?:,|o\s+(?:un\s+)?(?:[1-9]|10|uno|dos|tres|cuatro|cinco)\b)",
        // Waiting until something is so: "espere a tener el punto dominado", "espera a que te
        // convenza".
        // Also asked in the subjunctive, the thing joined to the verb: "te pedimos que esperes a
        // tener el atril completo", "espera a tenerlo funcionando".
        r"\besper(?:e|es|en|a|ad|ar|éis)\s+a\s+(?:que|tener|haber|estar)(?:l[oa]s?|te|se)?\b",
        // Only then, after a proof of working: "ahí sí, échanos la mano", "entonces sí",
        // "solo entonces", "y hasta entonces".
        r"\b(?:ahí|allí|ahi|entonces|ahora)\s+sí\b|\b(?:solo|sólo|únicamente|recién)\s+entonces\b|\bhasta\s+entonces\s+no\b",
    ],
    if_so: &[
        // Pointing back at the happy people just described: "eres una de esas personas", "usted es uno
        // de ellos".
        r"\b(?:eres|es|sois|son)\s+(?:usted\s+)?(?:uno|una|unos|unas)\s+de\s+(?:esas|esos|estas|estos|ellos|ellas)\b",
        // The ask put only to the people just described: "a ellas, y sólo a ellas, pedimos",
        // "solo a estos clientes nos dirigimos", "para ellos y para nadie más".
        r"\b(?:a|para)\s+(?:ell[oa]s|est[oa]s|es[oa]s|aquell[oa]s)\s*,?\s+(?:y\s+)?(?:(?:s[óo]lo|solamente|únicamente|exclusivamente)\s+(?:a|para)\s+(?:ell[oa]s|est[oa]s|es[oa]s|aquell[oa]s)|(?:(?:a|para)\s+)?nadie\s+más)\b|\b(?:s[óo]lo|solamente|únicamente|exclusivamente)\s+(?:a|para)\s+(?:ell[oa]s|(?:est[oa]s|es[oa]s|aquell[oa]s)(?:\s+(?:clientes|clientas|personas|compradores|compradoras))?)\b",
        r"\bs[íi]\s*:",
        // The answer yes, however quoted or stressed: "si la respuesta es sí", "si la respuesta es
        // un «sí» claro", "si su respuesta fue un sí".
        // "Así" has three letters, too short for a dropped accent to be read: "si es asi".
        r#"\bsi\s+(?:es\s+as[ií]|as[ií]\s+es)\b|\bsi\s+(?:la|su|tu)\s+respuesta\s+(?:es|fue|ha\s+sido|sería)\s+(?:un\s+)?[«"“'‘]?\s*s[íi]\b|\ben\s+caso\s+afirmativo\b|\bde\s+ser\s+así\b"#,
        r"\ben\s+(?:ese|tal|este)\s+caso\b",
        // That being so, as the opening of the ask: "siendo así, …", "si así ha sido, …".
        r"\bsiendo\s+así\b|\bsi\s+así\s+(?:ha\s+sido|fue|está\s+siendo)\b",
        // Counting oneself among the people just described: "si te cuentas entre ellas", "si
        // usted forma parte de ese grupo", "si estás entre esos".
        r"\bsi\s+(?:usted\s+|tú\s+|vosotr[oa]s\s+)?(?:(?:se|te|os)\s+cuent(?:a|as|áis|an)\s+entre|(?:está|estás|estáis|están)\s+entre|(?:forma|formas|formáis|forman)\s+parte\s+de)\s+(?:ell[oa]s|es[oa]s|est[oa]s|(?:es[ae]|est[ae])\s+(?:grupo|club|lista))\b",
        // Pointing back at the people just described: "Si es tu caso, …", "si te pasa, …", "si
        // este fue su caso, …".
        r"\bsi\s+(?:(?:(?:ese|este|tal)\s+)?(?:es|ha\s+sido|fue)\s+(?:tu|su|vuestro)\s+caso|(?:te|le|os|les)\s+(?:pasa|ocurre|sucede)|(?:eres|es)\s+(?:tú|usted|uno\s+de\s+ell[oa]s))\s*[,.!:;–—-]",
        // A group pointing back at the outcome just described: "a quienes les haya pasado", "para
        // todos aquellos a los que les ha ido así".
        r"\b(?:a|para)\s+(?:tod[oa]s\s+)?(?:quienes|l[oa]s\s+que|aquell[oa]s\s+(?:a\s+)?(?:l[oa]s\s+)?que)\s+(?:les?\s+)?(?:haya|hayan|ha|han)\s+(?:pasado|ocurrido|sucedido|ido\s+así)\b|\b(?:a|para)\s+quienes\s+(?:así\s+sea|sea\s+así|es\s+así|ha\s+sido\s+así)\b",
    ],
    question: &[
        // Asked to find the answer that fits in a list or table, a question with no question
        // mark: "Elija la fila que le describa:", "Busque su respuesta en la lista:", "marque
        // una opción:".
        r"\b(?:busque|busca|elija|elige|escoja|escoge|marque|marca|encuentre|encuentra|localice|localiza|seleccione|selecciona)\s+(?:[\wáéíóúñ]+\s+)?(?:su|tu|la|una|el)\s+(?:respuesta|opción|fila|línea|casilla|caso|frase)\b[^.!?\n:]{0,40}:?$",
    ],
    contact: &[
        // Talking it over, as the step proposed: "Antes de opinar, hablémoslo", "hablemos
        // primero".
        r"\bhablémoslo\b|\bhablemos\s+(?:antes|primero)\b|\bhablemos\s*[.!,:;–—)]",
        // The seller's own support team looking at it: "nuestro servicio técnico", "nuestro
        // equipo de atención al cliente".
        // Asking the seller for the fix, an exchange or a part: "pídanoslo", "solo tiene que
        // solicitarlo desde su pedido", "tramítelo en {{ enlace }}" (the link is blanked).
        r"\b(?:pídanos|pídanoslo|pídenoslo|solicítenos|solicítenoslo|pedírnoslo|solicitárnoslo)\b|\b(?:pedir|solicitar|tramitar|p[ií]d[ae]|solic[ií]t[ae]|tram[ií]t[ae])(?:lo|la|los|las)?\s+(?:desde|en|a\s+través\s+de|por)\s+(?:[.;:,]|$|su\s+(?:pedido|cuenta)|tu\s+(?:pedido|cuenta)|la\s+(?:página|sección)\s+de(?:l)?\s+(?:pedido|devoluciones|cambios))",
        r"\bnuestro\s+(?:servicio\s+(?:técnico|posventa|postventa|de\s+atención(?:\s+al\s+cliente)?|al\s+cliente)|equipo\s+(?:técnico|de\s+(?:soporte|atención|asistencia))|soporte\s+técnico)\b",
        // Hearing it from the buyer: "preferimos enterarnos por usted", "saberlo de ti".
        r"\benterar(?:nos|me)\s+(?:por|de)\s+(?:usted|ti|vos|ustedes)\b",
        // Telling it to the seller, with the pronouns joined: "dínoslo a nosotros directo",
        // "cuéntenoslo", "avísenoslo".
        r"\b(?:d[ií](?:noslo|nosla|ganoslo|gánoslo)|cu[eé]nt(?:anoslo|enoslo)|av[ií]s(?:anoslo|enoslo)|escr[ií]b(?:enoslo|anoslo))\b|\ba\s+nosotros\s+direct(?:o|amente)\b",
        // Talking to the seller personally: "hable conmigo", "háblame".
        r"\b(?:habl(?:e|a|en|ar)|consult(?:e|a|en)|pregúnte(?:me)?)\s+conmigo\b",
        // Writing to the seller as one person: "escríbame primero a mí", "llámame", "avíseme".
        r"\b(?:escr[ií]b(?:ame|eme|anme|idme)|ll[aá]m(?:ame|eme|enme)|av[ií]s(?:ame|eme|enme)|d[ií](?:game|ganme)|cu[eé]nt(?:eme|ame|enme)|cont[aá]cte(?:me|nme)|contáctame|hábl(?:eme|ame|enme))\b",
        // "Denos la oportunidad de arreglarlo": a chance to fix it, asked for instead.
        r"\bd[eé](?:nos|enos|nnos)\s+(?:la\s+|una\s+)?(?:oportunidad|ocasión)\b|\bdanos\s+(?:la\s+|una\s+)?(?:oportunidad|ocasión)\b",
        r"\bcuént(?:anos|enos)(?:l[oa])?\b|\bsolucion\w*",
        r"\b(?:cont[aá]ct\w*|escríb(?:anos|enos|anos)|resp[oó]nd\w*|responda|avís(?:enos|anos)|háganos\s+saber|haznos\s+saber|díganos|dinos|comuníquese|escribir(?:nos)?|mensaje)\b",
        r"\bplatí(?:quenos|canos)\b|\bplati(?:car|que)\s+con\s+nosotros\b|\bhabl(?:e|a|en|ar)\s+con\s+nosotros\b|\bhábl(?:enos|anos)\b|\bcomunic\w*|\bsaber(?:lo)?\s+(?:por|de)\s+(?:usted|ti)\b",
        r"\b(?:le|te|les|lo|la)\s+(?:escrib\w*|llam\w*)",
        r"\b(?:decírnos\w*|contárnos\w*|avísanos|concédanos|concédenos|danos|denos)\b|\bnos\s+conced\w*|\b(?:oportunidad|ocasión)\s+de\s+(?:enmendar|arreglar|solucionar|resolver|corregir)\w*",
        r"\b(?:le|te|les)\s+marc\w*|\barregl\w*",
        r"\bm[aá]nd(?:anos|enos|adnos)\b|\bmsj\b|\bwhats(?:app)?\b",
    ],
    before_review: &[
        // The stated purpose of keeping problems out of the reviews: "así ningún problema de talla
        // acaba en las reseñas", "para que ningún fallo termine en una valoración".
        r"\b(?:así|para\s+que|de\s+modo\s+que|de\s+forma\s+que|de\s+manera\s+que)\s+(?:[\wáéíóúñ]+\s+){0,2}?(?:ningún|ninguna|ninguno|nada)\s+(?:[\wáéíóúñ]+\s+){0,4}?(?:acab\w+|termin\w+|lleg\w+|aparezc\w+|aparec\w+|qued\w+|se\s+cuel\w+|se\s+col\w+)\s+(?:en|entre)\s+(?:las\s+|tus\s+|sus\s+|la\s+|los\s+|una\s+)?(?:[\wáéíóúñ]+\s+)?(?:reseñas?|valoraciones?|opiniones?|estrellas|ficha)",
        // The review held back to a milestone, and no earlier, said of the review in its
        // sentence: "escribe tu reseña entonces, no antes" ("póntelos después del perfume, no
        // antes" is a care step, and so is "las estrellas adhesivas van después del barniz, no
        // antes": stars alone are often not a rating).
        r"\b(?:reseñ\w*|valoraci\w*|opini\w*|comentarios?)\b[^.!?\n;]{0,120}?\b(?P<m>(?:y\s+)?no\s+antes)\s*(?:[,.;:!)–—-]|(?m:$))",
        r"\b(?P<m>(?:y\s+)?no\s+antes)\s*[,;:–—-][^.!?\n;]{0,120}?\b(?:reseñ\w*|valoraci\w*|opini\w*|comentarios?)\b",
        // The review held until the seller has put the fault right, said with the review first or
        // in the passive: "la reseña es mejor escribirla solo cuando lo hayamos solucionado", "la
        // valoración, únicamente una vez que hayamos cambiado la pieza".
        r"\b(?:reseña|valoración|opinión|comentario)s?\b[^.!?\n]{0,50}?\b(?:solo|sólo|únicamente|mejor|preferiblemente)\b[^.!?\n]{0,30}?\b(?:cuando|una\s+vez\s+que|después\s+de\s+que|en\s+cuanto|tras\s+que)\s+(?:(?:lo|la|los|las|le|se\s+lo|se\s+la|te\s+lo|te\s+la)\s+)?(?:hayamos\s+(?:resuelto|solucionado|arreglado|reparado|corregido|sustituido|cambiado)|resolvamos|solucionemos|arreglemos|reparemos|corrijamos|sustituyamos|cambiemos)\b",
        // Before it ends up on the listing: "antes de que acabe publicado en la ficha", "antes de
        // que salga en Amazon", "antes de que quede escrito en la página del producto".
        r"\bantes\s+de\s+que\s+(?:[\wáéíóúñ]+\s+){0,2}?(?:(?:publicad|escrit|reflejad|puest|colgad)[oa]s?|publique\w*|salga\w*|aparezca\w*|llegue\w*|termine\s+en|acabe\s+en)\b[^.!?\n]{0,20}?\b(?:en|a)\s+(?:la\s+(?:página|ficha)|Amazon|las\s+(?:reseñas|opiniones|valoraciones))\b",
        // Before the buyer gets to putting it in a rating, however long the clause: "antes de que
        // te veas obligado a reflejarlo en una valoración", "antes de que decidas contarlo en tu
        // opinión".
        r"\bantes\s+de\s+que\s+(?:[\wáéíóúñ]+\s+){0,6}?(?:cont|pon|escrib|dej|reflej|plasm|volc|llev|public|traslad|mencion|pas)[\wáéíóúñ]*\s+(?:[\wáéíóúñ]+\s+)?(?:en|a)\s+(?:una|la|su|tu|sus|tus)\s+(?:reseñas?|valoraci(?:ón|ones)|opini(?:ón|ones)|calificaci(?:ón|ones))\b",
        // Not putting the trouble into a rating, the thing as a pronoun: "no lo reflejes en una
        // valoración", "no lo traslade a su opinión", "no lo pongas en la reseña".
        r"\bno\s+(?:nos\s+)?(?:l[oa]s?\s+)?(?:reflej|plasm|traslad|vuelq|vuelc|llev|pong|pas|cuent|escrib|publiqu|mencion|descarg)\w*\s+(?:[\wáéíóúñ]+\s+){0,2}?(?:en|a)\s+(?:una|la|su|tu|un|el|las|sus|tus|ninguna)\s+(?:reseñas?|valoraci(?:ón|ones)|opini(?:ón|ones)|calificaci(?:ón|ones)|comentarios?|nota|estrellas)\b",
        // "Sin consultarnos" only after a review or a public post ("no publique una mala reseña
        // sin consultarnos"); on using the product ("no la use sin consultarnos") it is care
        // advice.
        r"\b(?:reseñ\w*|opini\w*|valora\w*|calific\w*|publi\w*|puntú\w*|puntu\w*|estrellas|comentario\w*|Amazon)\b[^.!?\n]{0,80}?\bsin\s+(?:antes\s+|primero\s+)?consult\w*",
        // Preferring to hear it from the buyer than through a review: "preferimos enterarnos por
        // usted y no por una valoración", "mejor por aquí que en una reseña".
        r"\b(?:y\s+)?no\s+(?:por|en|a\s+través\s+de|mediante|con)\s+(?:una|la|su|tu|un|el|las|sus)\s+(?:[\wáéíóúñ]+\s+)?(?:reseñas?|valoraci(?:ón|ones)|opini(?:ón|ones)|calificaci(?:ón|ones)|comentarios?|estrellas)\b|\b(?:antes|mejor)\s+(?:por\s+(?:aquí|acá|usted|ti|correo)\s+)?que\s+(?:por|en|con|a\s+través\s+de)\s+(?:una|la|su|tu)\s+(?:reseña|valoración|opinión|calificación)\b",
        // Hearing it before the listing does, the place named bare: "queremos saberlo antes que
        // la ficha", "mejor a nosotros antes que en Amazon".
        r"\bantes\s+que\s+(?:en\s+|por\s+|a\s+)?(?:la\s+(?:página|ficha|sección\s+de\s+(?:reseñas|opiniones))(?:\s+del\s+(?:producto|artículo))?|Amazon|las\s+(?:reseñas|opiniones|valoraciones))\b",
        // Before a bad rating on Amazon, said plainly, or before rating it at all: "antes de
        // ponernos mal en Amazon", "antes de dejarnos mal", "antes de ponerle nota al pedido".
        r"\bantes\s+de\s+(?:ponernos|ponerme|ponerle|dejarnos|dejarme|calificarnos|puntuarnos|valorarnos)\s+(?:mal|negativ\w*|baj\w*|con\s+(?:una|pocas)\s+estrellas?)\b|\bantes\s+de\s+(?:poner|dar)(?:le|nos|me|les)?\s+(?:una\s+|la\s+|su\s+)?(?:nota|puntuación|puntos)\b|\bantes\s+de\s+(?:[\wáéíóúñ]+\s+){1,3}?en\s+Amazon\b",
        // Before telling it in public or to everyone: "antes de compartir públicamente su
        // experiencia", "antes de contárselo al mundo", "antes de decirlo en internet".
        r"\bantes\s+de\s+(?:[\wáéíóúñ]+\s+){1,3}?(?:públicamente|en\s+público|al\s+mundo|a\s+todo\s+el\s+mundo|a\s+los\s+demás|en\s+internet|en\s+(?:las\s+)?redes)\b",
        // No need to post it there: "no hace falta que lo pongas por ahí", "no tienes que
        // publicarlo en Amazon".
        r"\bno\s+(?:hace\s+falta|es\s+necesario|tienes\s+que|tiene\s+que|hay\s+que)\s+(?:que\s+)?(?:lo\s+|la\s+)?(?:pong|escrib|publiqu|public|cuent|cont|dig|dec|sub|compart)\w*\s+(?:[\wáéíóúñ]+\s+){0,2}?(?:por\s+ahí|ahí|allí|en\s+Amazon|en\s+la\s+(?:ficha|página)|en\s+público|públicamente)\b",
        // Before telling it, the story as a pronoun: "déjenos arreglarlo antes de contarlo".
        r"\bantes\s+de\s+cont[aá]r(?:selo|sela|lo|la)\b",
        // Before leaving anything negative, the review unnamed: "antes de dejar nada negativo",
        // "antes de escribir algo malo".
        r"\bantes\s+de\s+(?:dejar|poner|escribir|publicar)(?:nos|me|le|les)?\s+(?:nada|algo)\s+(?:negativ[oa]|mal[oa]|feo)\b",
        // The review put on hold, asked of the buyer: "deje en suspenso su valoración", "aplace
        // cualquier reseña", "mantenga en espera la opinión".
        r"\b(?:dej|manten|mantuvier|ten|pospon|pospusier|aplaz|aplac|retras|retrasar)\w*\s+(?:en\s+(?:suspenso|pausa|espera)\s+)?(?:[\wáéíóúñ]+\s+){0,1}?(?:cualquier|su|tu|la|una|sus|tus)\s+(?:reseñ|valoraci|opini|calificaci)\w*[^.!?\n]{0,40}?\b(?:hasta|mientras)\b|\b(?:dej|manten|mantuvier|ten)\w*\s+en\s+(?:suspenso|pausa|espera)\s+(?:[\wáéíóúñ]+\s+){0,1}?(?:reseñ|valoraci|opini|calificaci)\w*|\bmientras\s+no\b[^.!?\n]{0,80}?\b(?:dej|manten|ten)\w*\s+en\s+(?:suspenso|pausa|espera)\b",
        // Before the buyer rates, told with "que" and the verb conjugated: "antes de que nos
        // califiques", "antes de que opine sobre la compra", "antes de que lo valoren".
        r"\bantes\s+de\s+que\s+(?:nos\s+|me\s+|l[oa]s?\s+|le\s+)?(?:valor(?:e|es|en|éis)|califiqu(?:e|es|en|éis)|opin(?:e|es|en|éis)|reseñ(?:e|es|en|éis)|puntú(?:e|es|en)|evalú(?:e|es|en))\b",
        // Problems kept private, "en privado", rather than in the review.
        r"\ben\s+privado\b|\bprivadamente\b",
        // "Antes de dejar constancia por escrito": before putting it in writing on the page.
        r"\bantes\s+de\s+(?:dejar|poner|hacer)\s+constancia\b",
        // Not yet, the time word after the review or before it: "no escribas tu opinión
        // todavía", "no deje aún ningún comentario", "de momento no suban ninguna reseña".
        r"\bno\s+(?:nos\s+)?(?:deje|dejes|escriba|escribas|publique|publiques|ponga|pongas)\s+(?:[\w'-]+\s+){0,2}?(?:reseña|opinión|valoración|calificación|comentario)\s+(?:todavía|aún|aun|enseguida|de\s+inmediato|tan\s+pronto)\b|\b(?:todavía|aún|de\s+momento|por\s+ahora)\s+no\s+(?:nos\s+)?(?:deje|dejes|dejen|escriba|escribas|escriban|publique|publiques|publiquen|ponga|pongas|pongan|suba|subas|suban)\s+(?:(?:ningún|ninguna|su|tu|una|un|la|el)\s+)?(?:[\wáéíóúñ]+\s+)?(?:reseñas?|opini(?:ón|ones)|valoraci(?:ón|ones)|calificaci(?:ón|ones)|comentarios?)\b|\bno\s+(?:nos\s+)?(?:deje|dejes|dejen|escriba|escribas|escriban|publique|publiques|publiquen|ponga|pongas|pongan|suba|subas|suban)\s+(?:todavía|aún|aun|de\s+momento|por\s+ahora)\s+(?:(?:ningún|ninguna|su|tu|una|un|la|el)\s+)?(?:[\wáéíóúñ]+\s+)?(?:reseñas?|opini(?:ón|ones)|valoraci(?:ón|ones)|calificaci(?:ón|ones)|comentarios?)\b",
        // Nothing posted for now, the thing left unnamed: "de momento no publiques nada", "no
        // publique nada todavía", "por ahora no publiquen nada hasta que lo arreglemos".
        r"\b(?:todavía|aún|de\s+momento|por\s+ahora|por\s+el\s+momento)\s+no\s+(?:publique|publiques|publiquen|publiquéis)\s+nada\b|\bno\s+(?:publique|publiques|publiquen|publiquéis)\s+nada\s+(?:todavía|aún|aun|de\s+momento|por\s+ahora|por\s+el\s+momento|hasta)\b",
        // Not posting it on Amazon yet, the thing as a pronoun: "no lo publique aún en Amazon",
        // "todavía no lo cuentes en la ficha", "no lo plasmes de momento en Amazon".
        r"\b(?:no|todavía\s+no|aún\s+no)\s+(?:l[oa]s?\s+|nos\s+l[oa]s?\s+)?(?:publique|publiques|publiquen|ponga|pongas|pongan|escriba|escribas|escriban|cuente|cuentes|cuenten|suba|subas|suban|comente|comentes|comenten|refleje|reflejes|reflejen|plasme|plasmes|plasmen|comparta|compartas|compartan|lleve|lleves|lleven)\s+(?:todavía\s+|aún\s+|aun\s+|de\s+momento\s+|por\s+ahora\s+)?en\s+(?:Amazon|la\s+(?:ficha|página))\b",
        // Also with the product as the object: "no la valore aún", "todavía no lo califiques".
        r"\bno\s+(?:nos\s+|l[oa]s?\s+|le\s+)?(?:valores|valore|valoren|califiques|califique|califiquen|puntúes|puntúe|opines|opine|reseñes|reseñe)\s+(?:todavía|aún|aun|ya)\b|\btodavía\s+no\s+(?:nos\s+|l[oa]s?\s+|le\s+)?(?:valores|valore|califiques|califique|opines|opine)\b",
        // Reviews set against the faults, which go elsewhere: "las valoraciones son para otros
        // clientes; los problemas, en cambio, mejor a nosotros", "la reseña informa a los demás,
        // pero las averías, por el contrario, nos las cuentas".
        r"\b(?:reseñas?|opini(?:ón|ones)|valoraci(?:ón|ones)|calificaci(?:ón|ones)|comentarios)\b[^.!?\n]{0,100}?[;,:]\s*(?:pero\s+|y\s+|mientras\s+que\s+)?(?:l[oa]s\s+|cualquier\s+|tus\s+|sus\s+)?(?:fallos?|problemas?|pegas?|defectos?|incidencias?|quejas?|averías?)\s*,?\s+(?:en\s+cambio|por\s+el\s+contrario|sin\s+embargo|por\s+su\s+parte)\b",
        // The warranty or the seller named as the right way, set against a review: "el camino es
        // la reparación, no una reseña", "la vía correcta es escribirnos, no las opiniones".
        r"\b(?:la\s+vía|el\s+camino|el\s+canal|el\s+cauce|la\s+solución|el\s+lugar|el\s+sitio|la\s+forma|la\s+manera)\s+(?:adecuad[oa]\s+|correct[oa]\s+|buen[oa]\s+|rápid[oa]\s+)?(?:es|son|será|sería)\s+[^.!?\n]{0,50}?,?\s+(?:y\s+)?no\s+(?:en\s+)?(?:una|la|su|tu|las|sus|un|el)\s+(?:reseñ|opini|valoraci|calificaci|comentari)\w*",
        // Writing to the seller and not to the reviews' part of the page: "escríbenos y no a la
        // sección de opiniones", "y no en el apartado de valoraciones".
        r"\by\s+no\s+(?:a|al|en|por)\s+(?:la\s+|el\s+|las\s+|los\s+)?(?:sección|apartado|página|zona|parte|espacio|rincón)\s+de\s+(?:las\s+|los\s+)?(?:reseñas|opiniones|valoraciones|comentarios|calificaciones)\b",
        r"\by\s+no\s+en\s+(?:Amazon|una\s+reseña|la\s+reseña)\b|\bantes\s+de?\s+(?:opinar|valorar|calificar|reseñar|publicar|puntuar)(?:nos|me|l[oa]s?)?\b",
        r"\bsin\s+(?:antes\s+|primero\s+)?(?:hablar|contactar|escribir|comunicar|platicar)\w*\s+(?:antes\s+|primero\s+)?(?:con\s+nosotros|nos)?\b|\by\s+no\s+(?:en|con|mediante)\s+(?:una\s+)?(?:reseña|Amazon|opinión|valoración)\b",
        r"\b(?:antes\s+de|en\s+lugar\s+de|en\s+vez\s+de)\s+(?:[\w'-]+\s+){0,6}?(?:reseñas?|reseñar(?:l[oa]s?|nos|me)?|opinion(?:es)?|opinión|valoracion(?:es)?|valoración|valorar(?:l[oa]s?|nos|me)?|calificacion(?:es)?|calificación|calificar(?:l[oa]s?|nos|me)?|puntuar(?:l[oa]s?|nos|me)?|puntuación|comentarios?|feedback)\b",
        r"\b(?:evitar|impedir|sin|en\s+lugar\s+de|en\s+vez\s+de)\b[^.!?\n]{0,40}?\b(?:reseñas?|opinion(?:es)?|opinión|valoracion(?:es)?|valoración|calificacion(?:es)?|calificación|comentarios?)\s+(?:negativ[ao]s?|desfavorables?|mal[ao]s?|baj[ao]s?)\b",
        r"\b(?:reseñas?|opinion(?:es)?|opinión|valoracion(?:es)?|valoración|calificacion(?:es)?|calificación|comentarios?)\s+(?:negativ[ao]s?|desfavorables?|mal[ao]s?)\s+(?:[\w'-]+\s+){0,2}?(?:sin|antes)\b",
        r"\b(?:antes\s+de?|abans\s+d(?:e\s+|'))\s*(?:publicar|escribir|escriure|postear|opinar)\b",
        r"\b(?:evitar|impedir|sin|en\s+lugar\s+de|en\s+vez\s+de)\b[^.!?\n]{0,40}?\b(?:mal[ao]s?|negativ[ao]s?)\s+(?:reseñas?|opinion(?:es)?|opinión|valoracion(?:es)?|valoración|calificacion(?:es)?|calificación|comentarios?)\b",
        r"\besper(?:ar|e|en|a)\s+(?:a|antes\s+de|para)\s+(?:dejar|publicar|escribir|valorar|calificar|opinar)\b",
        // The review said to keep, with what it waits for: "su reseña puede esperar hasta que no
        // se oiga ni un ruido", "la valoración puede esperar, mientras siga saltando". The clause
        // on what it waits for belongs to the hold (see `gating`).
        r"\b(?:reseñ|valoraci|opini|calificaci)\w*\s+(?:[\wáéíóúñ]+\s+){0,3}?(?:puede|pueden|podrá|podrán|podría|debe|debería)\s+(?:(?:tranquilamente|perfectamente|muy\s+bien|bien)\s+)?esperar\b(?:\s*,?\s*(?:(?:un\s+poco|unos\s+días|tranquilamente|perfectamente|sin\s+problema)\s+)?(?:hasta|mientras)\b[^.!?\n;:–—]{0,100})?",
        // Also typed in a hurry, "d" for "de": "antes d puntuar", "antes d poner 2 estrellas".
        r"\b(?:antes\s+de?|en\s+lugar\s+de|en\s+vez\s+de)\s+(?:[\w'-]+\s+){0,4}?estrellas?\b",
        r"\bsin\s+(?:antes\s+)?(?:decírnos\w*|contárnos\w*|avisarnos|escribirnos|hablarlo\s+con\s+nosotros)\b",
        r"\b(?:una|la|su|tu)\s+(?:reseña|valoración|opinión)\s+(?:[\w'-]+\s+){0,3}?no\s+(?:soluciona|arregla|resuelve|ayuda)\b|\b(?:reseña|valoración|opinión|juicio)\s+(?:precipitad|apresurad)[ao]\b",
        // Not rushing into the rating, told as a verb: "no te precipites con la nota", "no se
        // apresure a valorar", "no tengas prisa en dejar tu opinión", also with a figure of
        // speech between: "no te lances a soltar la traca en las opiniones".
        r"\bno\s+(?:(?:te|se|os)\s+(?:precipit|apresur|adelant|lanc)\w*|(?:tengas|tenga|tengáis|tengan|hay)\s+(?:ninguna\s+)?prisa)\s+(?:con|en|a|por|para)\s+(?:(?:[\wáéíóúñ]+\s+){1,6}?(?:en|a|con)\s+)?(?:(?:dar|poner|dejar|escribir|publicar)(?:l[ao]s?|nos|me)?\s+)?(?:(?:la|su|tu|una|el|un|las|sus|tus)\s+)?(?:reseñ\w*|valor\w*|opin\w*|calific\w*|puntu\w*|puntú\w*|nota|estrellas|comentarios?)\b",
    ],
    first: &[
        r"\b(?:primero|antes\s+que\s+nada|antes\s+de\s+nada|en\s+primer\s+lugar|previamente|en\s+su\s+lugar)\b",
        // To us before anyone else: "háblanos a nosotros antes que a nadie", "cuéntanoslo antes
        // a nosotros".
        r"\bantes\s+que\s+a\s+(?:nadie|cualquiera|(?:los|las)\s+demás)\b|\ba\s+nosotr[oa]s\s+antes\b|\bantes\s+a\s+nosotr[oa]s\b",
        // Instead of going where the review was just named, pointing back to it: "en lugar de
        // pasar por ahí, escríbenos", "en vez de acudir a dicha página, llámanos".
        r"\ben\s+(?:lugar|vez)\s+de\s+(?:acudir|ir|pasar(?:se)?|dirigir(?:se|te|os)|correr)\s+(?:(?:a|por|hasta)\s+)?(?:dich[oa]s?|es[ao]s?|ese|ést[ae]|est[ao]s?|este|ella|él|allí|ahí|allá)\b",
        // "Antes" right after writing or telling the seller: "escríbanos antes", "avísame antes y
        // lo arreglamos".
        r"\b(?:escr[ií]b|cont[aá]ct|ll[aá]m|av[ií]s|d[ií]g|cu[eé]nt|habl|h[aá]bl)\w*\s+antes\s*(?:[,.;:!)]|y\b|por\b|vía\b|desde\b|aquí\b|acá\b|$)",
    ],
    reward: &[
        // A little writing said to be enough, joined to a gift, right after a review ask: "Deja
        // tu reseña: … Basta con una línea y te enviamos una muestra", "Con dos frases es
        // suficiente, y recibes un repuesto". (After an offer of help, "Responde a este correo.
        // Basta con una línea y te enviamos la pieza", it is help.)
        r"(?:\b(?:reseñas?|opinión|opinar|valoración|valorar|valora|comentarios?)\b)[^\n]{0,160}?(?:[.!?]+\s+|\s*\n\s*)[¡¿]?(?P<m>(?:basta(?:n|rá)?\s+(?:con\s+)?(?:un\s+par\s+de|una|un|dos|tres|unas(?:\s+pocas)?|pocas)\s+(?:\w+\s+)?(?:líneas?|frases?|palabras?|comentarios?)|con\s+(?:un\s+par\s+de|una|un|dos|tres|unas(?:\s+pocas)?|pocas)\s+(?:\w+\s+)?(?:líneas?|frases?|palabras?|comentarios?)\s+(?:basta|es\s+suficiente|alcanza|sobra)|(?:un\s+par\s+de|una|un|dos|tres|unas(?:\s+pocas)?|pocas)\s+(?:\w+\s+)?(?:líneas?|frases?|palabras?|comentarios?)\s+(?:basta(?:n)?|es\s+suficiente|son\s+suficientes|alcanza(?:n)?))\s*[,;–—-]?\s+y\s+(?:(?:nosotros|yo)\s+)?(?:(?:te|le|os|les)\s+(?:envi|mand|regal|dam|doy|dar|obsequi|ofrec|reembols|incluy|añad|pon)\w*|(?:recib|obtien|obtendr|gan)\w*))",
        // A published review listed among the conditions to get into a programme, a beta or a
        // club: "Las condiciones para entrar en el programa beta son: … 3. Haber publicado una
        // reseña del teclado". Entry is the value, the review its price. (A list of steps that
        // names no entry, "pasos para configurar el mando", gives nothing.)
        r"\b(?:requisitos|condiciones)\s+(?:para|de)\s+(?:entrar|acceder|participar|unirte|unirse|formar\s+parte|apuntarte|inscribirte|optar|el\s+acceso|la\s+entrada)\b[^\n]*(?:\n[^\n]*){0,8}?\n[ \t]*(?:(?:\d{1,2}[.)]|[-*•·▪–])[ \t]*)?(?P<m>(?:haber|tener)\s+(?:publicad[oa]|dejad[oa]|escrit[oa])\s+(?:una|tu|su)\s+(?:reseña|opinión|valoración))",
        // Points and goods of an app or a game, given to the buyer's profile: "da 500 XP",
        // "puntos de experiencia", "la carcasa virtual Nébula", "un distintivo dorado". Beside a
        // review they pay for it; a calibration or play time that earns them names no review.
        r"\b\d+\s*XP\b|\bpuntos\s+de\s+experiencia\b|\b(?:carcasas?|skins?|aspectos?|distintivos?|emblemas?|marcos?|avatares?|fondos?)\s+(?:virtual(?:es)?|digital(?:es)?|dorad[oa]s?|exclusiv[oa]s?)\b",
        // A sentence that opens on thanks or a return for what came before, and gives the buyer
        // something: "Deja tu reseña: … Para agradecértelo, te enviamos una muestra", "En
        // compensación, te regalamos …". Only at a sentence's start, so a refund inside a
        // sentence on a return ("devuélvelo y a cambio te reembolsamos") is none.
        r"(?:(?m:^)|[.!?:;]\s+)(?P<m>(?:para\s+agradec(?:értelo|érselo|éroslo|ertelo|erselo|erte|erle|eros)|en\s+agradecimiento|como\s+agradecimiento|a\s+cambio|en\s+compensación)\s*,?\s+(?:(?:te|le|os|les)\s+)?(?:(?:vamos\s+a|queremos|también|luego)\s+)?(?:envi|regal|mand|dam|darem|doy|dar|ofrec|incluim|incluirem|añad|reembols|reserv)\w*)",
        // A token earned per review, a badge, a stamp, a sticker, a point on a card: "cada reseña
        // te da un sello", "por cada reseña, una pegatina", "cada opinión que publiques suma otro
        // sello" (one more on top of the order's). Status in the seller's club is given
        // for the review even when nothing is swapped for it yet.
        r"\b(?:reseñas?|opini(?:ón|ones)|valoraci(?:ón|ones)|comentarios?)\b[^.!?\n]{0,40}?\b(?:(?:te|os|le|les)\s+)?(?:da|dan|dará|suma|suman|sumará|vale|valen|valdrá|otorga|reporta|desbloquea|cuenta\s+como|equivale\s+a|(?:te|os|le|les)\s+(?:llevas|lleváis|lleva|llevan|ganas|gana))\s+(?:(?:te|os)\s+)?(?:un|una|otro|otra|\d+|dos|tres|cinco|diez)\s+(?:[\wáéíóúñ'’-]+\s+){0,2}?(?:insignias?|sellos?|pegatinas?|fichas?|chapas?|parches?|estampillas?|medallas?|tokens?|badges?)\b",
        r"\b(?:insignias?|sellos?|pegatinas?|fichas?|chapas?|estampillas?|medallas?|tokens?|badges?)\s+(?:(?:por|con|para)\s+cada|por)\s+(?:[\wáéíóúñ'’-]+\s+)?(?:reseña|opinión|valoración|comentario)\b|\b(?:por|con)\s+cada\s+(?:[\wáéíóúñ'’-]+\s+)?(?:reseña|opinión|valoración)\b[^.!?\n]{0,40}?\b(?:un|una)\s+(?:[\wáéíóúñ'’-]+\s+)?(?:insignia|sello|pegatina|ficha|chapa|estampilla|medalla|token|badge)\b",
        // Reviews the buyer is short of to reach a tier or a benefit: "te falta una reseña para
        // pasar a Tintero", "le quedan dos opiniones para subir de nivel". The tier is the value,
        // the missing review its price. (Pieces or steps missing, "te falta una carga para
        // completar el set", name no review.)
        r"\b(?:te|le|os|les)\s+(?:falta|faltan|quedan?)\s+(?:(?:solo|sólo|tan\s+solo|apenas)\s+)?(?:una|un\s+par\s+de|dos|tres|cuatro|cinco|\d+)\s+(?:reseñas?|opini(?:ón|ones)|valoraci(?:ón|ones)|calificaci(?:ón|ones))\s+(?:más\s+)?para\s+(?:pasar|subir|llegar|entrar|acceder|ascender|alcanzar|conseguir|obtener|desbloquear|ganar|optar|ser|formar\s+parte)\b",
        // A tier or a level of the seller's club, labelled, whose entry is a count of reviews:
        // "Nivel Tintero: socios con al menos dos reseñas publicadas", "Categoría Oro: quien
        // haya escrito tres opiniones". What the tier gives is paid with the reviews. (A tier
        // that asks for orders or workshops, "Nivel Plumín: socios con dos pedidos", names none.)
        r"(?m:^)[ \t]*(?:[-*•·▪–][ \t]*)?(?P<m>(?:nivel|categoría|rango|estatus|escalón|grado)\s+[^:\n]{1,30}:)[^\n]{0,80}?\b(?:con|tenga|tengan|tiene|tienen|(?:han|hayan|ha|haya)\s+(?:publicado|escrito|dejado))\s+(?:(?:al\s+menos|como\s+mínimo|más\s+de|un\s+mínimo\s+de)\s+)?(?:una|un|dos|tres|cuatro|cinco|diez|\d+)\s+(?:reseñas?|opini(?:ón|ones)|valoraci(?:ón|ones)|calificaci(?:ón|ones))\b",
        // Tokens counted and swapped for goods, in the sentence of the review or the next: "diez
        // sellos se canjean por una linterna", "cinco pegatinas equivalen a un saco estanco",
        // "canjea diez sellos por una cantimplora".
        r"\b(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte|treinta|cincuenta|cien|tus|vuestr[ao]s|sus)\s+(?:[\wáéíóúñ'’-]+\s+)?(?:insignias|sellos|pegatinas|fichas|chapas|parches|estampillas|medallas|tokens|badges|puntos)\s+(?:[\wáéíóúñ'’-]+\s+)?(?:dan\s+derecho\s+a|valen\s+(?:un|una|\d)|equivalen\s+a|se\s+(?:pueden\s+)?(?:canjean?|cambian?|intercambian?|convierten|convertir)\s+(?:por|en)|(?:pueden\s+ser|son|serán)\s+(?:canjeadas|canjeados|cambiadas|cambiados|convertidas|convertidos)\s+(?:por|en)|(?:son\s+)?canjeables\s+por|desbloquean|(?:te|os)\s+(?:dan|regalan|consiguen)|permiten\s+(?:conseguir|obtener|llevarte|canjear))",
        r"\b(?:canje|cambi|intercambi)\w*\s+(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte|tus|vuestr[ao]s|sus)\s+(?:[\wáéíóúñ'’-]+\s+)?(?:insignias|sellos|pegatinas|fichas|chapas|parches|estampillas|medallas|tokens|badges|puntos)\s+por\b",
        // The review said to be worth a thing, or exchanged for it: "cada reseña vale una bolsa
        // de golosinas", "tu opinión equivale a una muestra", "se canjea por un paquete" ("tu
        // reseña vale mucho para nosotros" gives nothing).
        r"\b(?:reseñas?|opini(?:ón|ones)|valoraci(?:ón|ones)|calificaci(?:ón|ones)|comentarios?)\b[^.!?\n]{0,40}?\b(?:vale|valen|valdrá|valdrán|equivale\s+a|equivalen\s+a|cuenta\s+como|(?:te|le|os|les)\s+(?:da|dará|consigue|hace\s+ganar)|(?:se\s+)?(?:canjea|canjean|cambia|cambian|intercambia)\s+por|(?:puede|pueden|podrá)\s+(?:ser\s+)?(?:canjear(?:se)?|canjead[oa]s?|cambiar(?:se)?|cambiad[oa]s?)\s+por|(?:es|son)\s+canjeables?\s+por)\s+(?:(?:un|una|dos|tres|\d+)\s+(?:(?:pequeñ[oa]|gran|buen[oa])\s+)?(?:bols(?:a|as|ita|itas)|paquetes?|sobres?|cajas?|latas?|botes?|botellas?|tarros?|raciones?|porciones?|packs?|lotes?|recargas?|muestras?|chuches|golosinas?|snacks?|juguetes?|cafés?|provisión|reserva)\b|(?:un|una)\s+[\wáéíóúñ]+\s+(?:gratis|gratuit[oa]|de\s+regalo)\b|[$€£¥]\s*\d|\d+\s*(?:€|euros?)\b)",
        // A thing named per review with no verb of giving: "por cada reseña, una bolsa de premios
        // para su perro", "por cada valoración dos muestras" ("por cada reseña que leemos,
        // aprendemos algo" names no thing). Only the words per review are the span: the bag of
        // treats itself is words of another sense.
        r"(?P<m>\b(?:por|con)\s+cada\s+(?:nueva?\s+)?(?:reseña|valoración|opinión|comentario|calificación|evaluación))\s*[,:;–—-]?\s*(?:un|una|dos|tres|\d+)\s+(?:(?:pequeñ[oa]|gran|buen[oa]?)\s+)?(?:bols(?:a|as|ita|itas)|paquetes?|cajas?|botes?|tarros?|latas?|botellas?|frascos?|sobres?|muestras?|regalos?|obsequios?|premios?|golosinas?|chuches|snacks?|juguetes?|árbol(?:es)?|comidas?|donación|donaciones|euros?)\b",
        // A good deed promised per review: "por cada opinión publicada donamos una plántula", "por
        // cada valoración plantamos un árbol".
        r"\bp(?:or|er)\s+cada\s+(?:[\wáéíóúñ]+\s+)?(?:reseña|opini(?:[oó]n|ó|ão)|valoraci(?:[oó]n|ó)|comentari[oa]?|calificaci[oó]n)\b[^.!?\n]{0,120}?\b(?:don\w+|plant\w+|regal\w+|aport\w+|financ\w+|enviamos|mandamos|damos|sumamos|retir\w+|recog\w+|limpi\w+)\b",
        // The review itself doing a good deed: "tu reseña planta una segunda encina", "cada
        // opinión dona una comida", "tu valoración retira un kilo de plástico del mar".
        r"\b(?:tu|su|vuestra|cada|una)\s+(?:[\wáéíóúñ]+\s+)?(?:reseña|opinión|valoración|calificación)\s+(?:(?:en\s+Amazon|también|además)\s+)?(?:(?:planta|dona|financia)\s+(?:un|una|dos|tres|\d+|otr[oa]|otros|otras|el|la)\b|(?:retira|limpia|recoge|saca)\s+(?:[\wáéíóúñ]+\s+){0,4}?(?:plástico|basura|residuos)\b)",
        // A good deed named as what the review brings: "un árbol más por tu reseña", "una
        // comida por cada valoración".
        r"\b(?:árbol(?:es)?|encinas?|robles?|plantones?|comidas?|donativos?|donación|kilos?\s+de\s+(?:plástico|basura|residuos))\s+(?:[\wáéíóúñ]+\s+){0,2}?(?:por|a\s+cambio\s+de|gracias\s+a)\s+(?:tu|su|vuestra|cada)\s+(?:reseña|opinión|valoración|calificación)\b",
        // Points in the shop's own currency: "cada reseña suma 250 Huellitas".
        r"\b(?:suma|suman|sumará|sumarán|acumula|acumulas|acumulará|gana|ganas|ganará|otorga|otorgará)\s+(?:\d+|cien|doscientos|quinientos|mil)\s+(?:puntos|estrellitas|[\wáéíóúñ]+)\b",
        // A share of the price given back: "10 % de tu pedido de vuelta", "un 15 % del importe
        // reembolsado".
        r"\b\d+\s*%\s+(?:[\wáéíóúñ]+\s+){0,3}?(?:de\s+vuelta|reembolsad[oa]|devuelt[oa])\b",
        // Or credited back on an invoice: "un abono del 5 % del total", "crédito del 20 %".
        r"\b(?:abono|crédito|bonificación)\s+(?:del?\s+)?(?:un\s+)?\d+\s*%",
        // A standing discount on every order, without the word "descuento": "un 10 % en todos
        // sus pedidos", "el 15 % sobre cada compra", "un 5 % de rebaja en todas tus compras".
        // Money off, so beside a review it pays for it. ("El 90 % de los pedidos llega en 24
        // horas" is a share of the orders, not of their price.)
        r"\b\d+\s*%\s+(?:de\s+(?:rebaja|ahorro)\s+)?(?:en|sobre|para)\s+(?:tod[oa]s\s+(?:sus|tus|vuestr[oa]s|l[oa]s|mis)|cada|cualquier)\s+(?:[\wáéíóúñ]+\s+)?(?:pedidos?|compras?|encargos?|reservas?)\b",
        // A percentage on a later order: "vale un 10 % en tu siguiente compra".
        r"\b\d+\s*%\s+(?:[\wáéíóúñ'-]+\s+){0,4}?(?:siguiente|otra|nueva)\s+(?:compra|pedido)\b",
        // Something not on sale, kept for some: "No se vende; la reservamos para…".
        r"\bno\s+se\s+vende(?:n)?\s*[;:,.]\s+(?:l[oa]s?\s+|se\s+l[oa]s?\s+)?(?:reserv|guard|dej)\w*",
        r"\b(?:ampli|alarg|extend|prolong)\w*\s+(?:la\s+|a\s+|su\s+|tu\s+)?garant[ií]a\b|\bl[ao]s?\s+(?:ampli|extend|alarg|duplic|dobl)\w*\s+(?:a|hasta)\s+(?:\d+|dos|tres|cuatro|cinco|seis|diez)\b|\bgarantía\b[^.!?\n]{0,30}?\ba\s+(?:\d+|dos|tres|cuatro|cinco)\s+años\b|\b(?:a\s+)?mitad\s+de\s+precio\b|\bmedio\s+precio\b",
        // A longer term in place of the usual one, months or years, in digits or words: "18 meses
        // en vez de 12", "cuatro años de cobertura en lugar de tres".
        r"\b(?:\d+|dos|tres|cuatro|cinco|seis|diez|doce|dieciocho|veinticuatro)\s+(?:meses|años)\s+(?:de\s+(?:garantía|cobertura)\s+)?en\s+(?:vez|lugar)\s+de\s+(?:\d+|un[oa]?|dos|tres|cuatro|cinco|seis|doce)\b|\b(?:\d+|seis|doce)\s+meses\s+(?:de\s+garantía\s+)?(?:extra|más|adicionales)\b",
        // A share of the price paid back, short of all of it: "le devolvemos el 15 %", "te
        // reembolsamos un 30 %", "le reintegramos el 10 % del importe".
        r"\bdevolv\w*\s+(?:el\s+)?\d+\s*%|\b(?:reembols|reintegr)\w*\s+(?:(?:el|un)\s+)?\d{1,2}\s*%|\b(?:una\s+)?(?:pequeña\s+)?sorpresa\b|\bte\s+apartamos\b|\ble\s+apartamos\b",
        r"\bpuntos\s+(?:de\s+)?(?:fidelidad|extra|dobles|triples|adicionales)\b|\b(?:doble|triple)\s+de\s+puntos\b|\b\d+\s+puntos\b|\b(?:le|les|te|os)\s+regal\w*|\bregal(?:amos|aremos)\b|\bsorte(?:amos|aremos|a|ará)\b|\b(?:doble|ampliación|extensión)\s+de\s+(?:la\s+)?garantía\b|\b(?:un|dos|tres|\d+)\s+(?:años?|mes(?:es)?)\s+(?:extra|adicional(?:es)?|más)\s+de\s+(?:garantía|cobertura)\b|\bgarantía\s+(?:ampliada|extendida|doble)\b",
        // Gift cards, coupons, discounts (the verb too: "le descontamos el 10 %"), presents and
        // thanks given in kind.
        r"\btarjetas?\s+(?:de\s+)?regalo\b|\bgift\s*card\b|\bcheques?\s+regalo\b|\bvales?\s+(?:de\s+)?(?:descuento|regalo|compra)\b|\bcódigos?\s+(?:de\s+descuento|promo\w*)\b|\bcup(?:ón|ones)\b|\bdescuentos?\b|\bdescont(?:amos|aremos|ará|arán|aría|aríamos)\b|\breembolso\s+parcial\b|\bcashback\b|\bun\s+detalle\b|\bpequeño\s+(?:regalo|obsequio|detalle)\b|\bregal(?:o|os|ito)\b|\bobsequios?\b|\bpremios?\b|\brecompensas?\b|\bcapturas?\s+de\s+pantalla\b|\bpantallazos?\b|\bscreenshots?\b|\ba\s+cambio\b|\ben\s+agradecimiento\b|\bcomo\s+agradecimiento\b|\bpara\s+agradecer(?:le|te)\b|\bpaypal\b|\bbizum\b|\bmercado\s+pago\b|\b\d+\s*%\s*(?:de\s+)?descuento\b",
        // The profile name the review shows, sent to the seller as proof: "respóndanos con el
        // nombre de perfil con el que aparece", "díganos el alias con el que sale".
        r"\b(?:nombre\s+de\s+(?:perfil|usuari[oa]|cuenta)|alias|perfil)\s+con\s+(?:el|la)\s+que\s+(?:aparece|apareces|aparecen|sale|sales|figura|figuras|public[óo]|publicaste|firm[óo]|firmaste)\b",
        // Or the bare name, the review it was posted under told by its participle or a
        // pronoun: "el nombre con el que aparece publicada", "el nombre con el que la firmó".
        r"\bnombre\s+con\s+(?:el|la)\s+que\s+(?:(?:aparece|apareces|sale|sales|figura|figuras|está|estás)\s+(?:publicad|firmad)[ao]|l[ao]\s+(?:(?:ha|has)\s+)?(?:public[óo]|publicaste|publicado|firm[óo]|firmaste|firmado))\b",
        r"\b(?:a|con|bajo)\s+qué\s+nombre\s+(?:aparece|sale|sali[óo]|figura|publicaste|publicó|la\s+publicaste|la\s+publicó|firm\w+)\b|\bnom(?:e|bre)\s+com?\s+(?:el\s+)?que\s+(?:la\s+|a\s+)?(?:publicou|publicó|publicaste|assinou|firmó|firmaste)\b|\ben\s+(?:señal|prueba|testimonio|muestra)\s+de\s+(?:nuestr[oa]\s+|mi\s+)?(?:agradecimiento|gratitud|reconocimiento)\b|\bganar\s+(?:un|una|unos|unas)\b|\bganador\w*|\bsorteo\w*|\bconcurso\b|\bvales?\s+(?:de|por)\s+\d+|\bcaptura\b|\bdeposit\w*|\benvío\s+gratis\b",
        r"\b(?:por|con)\s+(?:un\s+)?valor\s+de\s+\d+",
        r"\b(?:programa|club|equipo|grupo)\s+(?:de\s+)?(?:probador(?:es|as)|testers?|embajador(?:es|as)|VIP)\b|\bprobador(?:es|as)\s+de\s+productos?\b|\bnuestr[oa]s\s+probador(?:es|as)\b|\bc[oó]digos?\s+(?:[\wáéíóúñ]+\s+){0,2}?\d+\s*%|\b\d+\s*%\s+(?:[\wáéíóúñ'-]+\s+){0,4}?próxim[oa]s?\b",
        // A draw, or a pick at random that earns something: "elegimos tres mensajes al azar y a
        // esas personas les devolvemos el importe".
        r"\bsorte(?:amos|aremos|ará|a|o)\b|\brifa\w*|\b(?:al\s+azar|aleatoriamente)\b[^.!?\n]{0,80}?\b(?:devolv|reembols|regal|obsequi|premi|gan)\w*",
        // A draw told as names on slips in a hat or a piñata: "el primer papelito que cae
        // gana", "sacamos un nombre del sombrero".
        r"\b(?:papelitos?|papeles|boletos?|nombres?)\s+(?:[\wáéíóúñ]+\s+){0,4}?(?:en\s+(?:una|la|el|un)|del?)\s+(?:piñata|sombrero|gorro|bote|frasco|urna|tómbola|bolsa|caja)\b|\b(?:piñata|sombrero|urna|tómbola)\s+con\s+(?:papelitos|nombres|boletos)\b|\b(?:papelito|nombre|boleto)\s+que\s+(?:cae|sale|saquemos|salga|caiga)\b|\bgana(?:n|rá|rán)?\s+(?:un|una|el|la|unos|unas)\b",
        // Testers who keep the prototype, or test units: "lo van a probar y se lo quedan",
        // "probadores", "una tanda de unidades de prueba".
        r"\bse\s+(?:lo|la|los|las)\s+(?:quedan|queda|quedas|quedará|quedarán|pueden\s+quedar)\b|\bpara\s+quedárs[ei]l[oa]s?\b|\bprobador(?:es|as)\b|\bbeta\s*testers?\b|\b(?:unidades?|tandas?|lotes?)\s+de\s+(?:prueba|testeo)\b",
        r"\b[23]\s*x\s*[12]\b|\bdos\s+por\s+uno\b|\bsegunda\s+unidad\s+gratis\b",
        r"\b(?:nuestro|este|pequeño|mismo)\s+detalle\b",
        r"\bdetall(?:ito|azo)\b",
        // A status tier for the reviewer: "Cliente Oro", "estatus VIP", "nivel premium".
        r"\bclientes?\s+(?:oro|vip|premium|platino|plata|preferente)s?\b|\b(?:estatus|nivel|categoría|rango)\s+(?:de\s+)?(?:oro|vip|premium|platino|plata|preferente)\b",
        // Thanks shown with a thing, and something kept ready for the buyer: "como muestra de
        // gratitud", "t tenemos guardado algo" ("t" typed for "te"), "algo preparado para ti".
        r"\bcomo\s+(?:muestra|prueba|testimonio|señal)\s+de\s+(?:nuestr[oa]\s+|mi\s+)?(?:agradecimiento|gratitud|reconocimiento|cariño)\b|\b(?:t|te|le|os|les)\s+(?:tenemos|tengo|hemos|he)\s+(?:preparad|guardad|reservad)[oa]\s+algo\b|\balgo\s+(?:preparad|guardad|reservad)[oa]\s+(?:para|pa)\s+(?:ti|usted|vosotr[oa]s|ustedes)\b",
    ],
    value: &[
        // An extra in the next parcel (see the const).
        NEXT_PARCEL_EXTRA,
        // A session, a consultation or a check-up given away: "le regalamos una sesión de
        // valoración", "te ofrecemos una consulta por videollamada".
        r"\b(?:le|te|os|les)\s+(?:ofrecemos|ofreceremos|regalamos|regalaremos)\s+(?:un|una|dos|tres|\d+)\s+(?:[\wáéíóúñ]+\s+){0,3}?(?:sesi(?:ón|ones)|consultas?|revisi(?:ón|ones)|clases?|llamadas?|videollamadas?|valoraci(?:ón|ones)|chequeos?)\b",
        r"\bsegundo\s+(?:paquete|juego|set|lote)\b",
        // Money back, free or on the house: "gratis", "sin que pagues nada", "va por nuestra cuenta".
        r"\breembols\w*|\bdevoluci(?:ón|ones)\s+del\s+dinero\b|\bdevolver(?:le|te)\s+(?:el\s+)?dinero\b|\bgratis\b|\bgratuit[oa]s?\b|\bsin\s+(?:costo|coste|cargo|(?:que\s+)?pag(?:ar|ues|ue|uen)\s+(?:nada|la\s+diferencia|el\s+suplemento|más|extra))\b|\b(?:de|por)\s+nuestra\s+cuenta\b|\breemplaz\w*|\bsustitu\w*|\bnuevo\s+(?:artículo|producto)\b|\bdinero\b",
        r"\bdevolv\w*\s+(?:el|lo|los)\s+(?:precio|importe|que\s+pag|gastos\s+de\s+(?:envío|transporte)|portes)\w*|\bprecio\s+(?:pagado|de\s+compra)\b",
        // Kept by the buyer: "quedárselo", "quédatelo", "te lo quedas".
        r"\bquedár?sel[oa]s?\b|\bqu[eé]d(?:ate|ese|aos|ense)l[oa]s?\b|\b(?:te|se)\s+l[oa]s?\s+(?:quedas|queda|puedes\s+quedar|puede\s+quedar)\b|\b\d+(?:[.,]\d+)?\s*(?:€|euros?\b|pesos\b|dólares\b)|[$€]\s*\d+|\btransferencia\b",
    ],
    link: &[
        // An extra in the next parcel (see the const).
        NEXT_PARCEL_EXTRA,
        // A task of the plan done, with a sign for what follows: "misión completada = nivel B1",
        // "reto cumplido → certificado".
        r"\b(?:completad|cumplid|superad|lograd|terminad|hech)[ao]s?\s*(?:=|→|->|⇒|➜)",
        r"\bpara\s+apunt(?:arl[oae]s?|arte)\b",
        r"\b(?:luego|después|entonces|una\s+vez|en\s+cuanto|tan\s+pronto\s+como|a\s+cambio|por\s+(?:su|tu|cada|una)|en\s+agradecimiento|como\s+agradecimiento|para\s+agradecer\w*|a\s+quienes|a\s+todos\s+los\s+que)\b",
        r"\b(?:con\s+(?:eso|esto|ello)|hecho\s+(?:eso|esto))\b|\b(?:únic[oa]|sol[oa])\s+(?:requisito|condición)\b|\bbasta\s+con\b|\bpara\s+(?:entrar|participar|formar\s+parte|unirse)\b",
        // The people just named, pointed back at: "a esos clientes les enviamos …", "a todos
        // ellos les mandamos …".
        r"\ba\s+(?:tod[oa]s\s+)?(?:es[oa]s|est[oa]s|aquell[oa]s)\s+(?:clientes|clientas|compradores|compradoras|personas|usuari[oa]s)\b|\ba\s+(?:tod[oa]s\s+)?ell[oa]s\s+(?:les|se\s+l[oa]s?)\b",
        r"\bquien(?:es)?\s+lo\s+hag\w*|\btod[oa]s\s+(?:los|las)\s+(?:[\w]+\s+)?que\b|(?m:^)[ \t]*quien(?:es)?\b|\blos\s+(?:clientes|compradores)\s+que\b",
        // Thanking as the aim, "pa" typed for "para": "pa darte las gracias", "para darle las gracias".
        r"\b(?:para|pa)\s+dar(?:te|le|os|les)\s+las\s+gracias\b",
    ],
    posted: &[
        r"\b(?:en\s+cuanto|cuando|una\s+vez\s+que|tan\s+pronto\s+como)\s+(?:la\s+reseña\s+)?(?:esté|está|sea)\s+(?:publicad[ao]|en\s+línea|visible)\b",
        r"\b(?:reseña|opinión|valoración|calificación|comentario)\s+(?:publicad[ao]|escrit[ao]|list[ao]|dejad[ao])\s*\?",
        r"\b(?:en\s+cuanto|cuando|una\s+vez\s+que|tan\s+pronto\s+como)\s+(?:veamos|vemos|veremos|encontremos)\s+(?:tu|su)\s+(?:reseña|opinión|valoración|calificación)\b",
        r"\btras\s+(?:la\s+)?publicación\b",
        // The buyer's own, named back, once published: "en cuanto veamos la suya publicada".
        r"\b(?:en\s+cuanto|cuando|una\s+vez\s+que|tan\s+pronto\s+como)\s+(?:veamos|vemos|veremos|esté|aparezca)\s+(?:la\s+suya|el\s+suyo|la\s+tuya|el\s+tuyo)\s+(?:publicad[ao]|en\s+línea|visible)\b",
    ],
    otherwise: &[
        r"\bno\s*:",
        r"\blos\s+demás\s*,|\b(?:todos\s+)?los\s+otros\s*,",
        r"\ben\s+(?:cualquier|todo)\s+otro\s+caso\b",
        r"\b(?:de\s+lo\s+contrario|en\s+caso\s+contrario|si\s+no\s+es\s+así|de\s+otro\s+modo|si\s+no|se\s+non|se\s+não|senão)\b",
        r"(?m:^)[ \t]*no\s*[-–—:,]",
    ],
    benign: &[
        // A time of use, and no earlier, times the ask for every buyer (see the const).
        AFTER_A_TIME_OF_USE,
        // A group named as content together with everyone else, a greeting to all that holds
        // no condition: "A los clientes satisfechos y a los que no tanto: gracias".
        r"\b(?:a|para)\s+[^.!?\n]{0,40}?\b(?:satisfech|content|encantad|felices)\w*[^.!?\n]{0,30}?\b(?:y|como)\s+(?:a\s+)?(?:los\s+demás|las\s+demás|los\s+que\s+no|las\s+que\s+no|quienes\s+no|los\s+menos|las\s+menos|todos\s+los\s+demás)\b",
        // A greeting to the buyers as a happy group that thanks them for something else than a
        // review, the thanks closing the thought: "A nuestros clientes satisfechos: ¡gracias por
        // un primer año maravilloso!", "Para todos nuestros clientes felices: gracias por su
        // confianza". It greets everyone, not only the satisfied (thanks "por sus reseñas" stay
        // addressed to them).
        r"\b(?:a|para|querid[oa]s|estimad[oa]s)\s+(?:tod[oa]s\s+)?(?:nuestr[oa]s\s+|mis\s+|l[oa]s\s+)?(?:querid[oa]s\s+|estimad[oa]s\s+)?(?P<m>[\wáéíóúñ]+\s+(?:(?:muy|tan)\s+)?(?:satisfech[oa]s|felices|content[oa]s|encantad[oa]s)\s*[:,!–—-]\s*¡?\s*(?:(?:muchas|mil|muchísimas)\s+)?gracias\s+(?:por|de)\s+(?:(?:(?:un|una|el|la|los|las|su|sus|tu|tus|este|esta|estos|estas|otro|otra|tod[oa]s?\s+(?:el|la|los|las|estos|estas|sus|tus))\s+)?(?:(?:primer|primera|segund[oa]|gran|grandes|maravillos[oa]s?|fantástic[oa]s?|estupend[oa]s?|increíbles?|bonit[oa]s?|continu[oa]|constante|\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte)\s+){0,3}(?:años?|mes(?:es)?|temporadas?|aniversario|cumpleaños|confianza|apoyo|fidelidad|lealtad|pedidos?|compras?|paciencia|compañía|amistad|visitas?)|(?:elegirnos|confiar|comprar|seguir|estar|acompañarnos|apoyarnos|ser\s+parte)\b)\b[^\n]?)",
        // A slogan that pairs a happy group with another, closing the sentence or called the shop's
        // motto, or a happy group called its goal:
        // "Clientes satisfechos, perros felices: ese es nuestro lema.", "Nuestro objetivo:
        // clientes contentos." It names no buyer and no condition.
        r"\b[\wáéíóúñ]+\s+(?:satisfech[oa]s|felices|content[oa]s|encantad[oa]s)\s*(?:,|&|\+|=|–|—|-|\by\b|\be\b)\s*[\wáéíóúñ]+\s+(?:satisfech[oa]s|felices|content[oa]s|encantad[oa]s|san[oa]s)\s*(?:[.!](?:\s|$)|\n|$|[:,–—-]?\s*(?:ese|este|eso|esto|tal)\s+es\s+(?:nuestr[oa]|mi)\s+(?:lema|eslogan|credo|filosofía|misión|objetivo|meta|promesa|prioridad)\b)",
        r"\b(?:nuestr[oa]|mi)\s+(?:lema|eslogan|credo|filosofía|misión|objetivo|meta|promesa|prioridad)\s*(?:(?:es|era|sigue\s+siendo|ha\s+sido\s+siempre|siempre\s+ha\s+sido|:|–|—|-)\s*){1,2}(?:(?:tener|conseguir|lograr)\s+)?(?P<m>[\wáéíóúñ]+\s+(?:satisfech[oa]s|felices|content[oa]s|encantad[oa]s)\b[^\n]?)",
        r"\b(?P<m>[\wáéíóúñ]+\s+(?:satisfech[oa]s|felices|content[oa]s|encantad[oa]s)\s*[:,–—-]?\s*(?:ese|este|eso|esto)\s+es\s+(?:nuestr[oa]|mi)\s+(?:lema|eslogan|credo|filosofía|misión|objetivo|meta|promesa|prioridad))\b",
        // Crazy about a nuisance, no liking of the order: "¿El ruido de la tormenta le vuelve
        // loco?", "¿Su perro se vuelve loco con los petardos?", "¿Le vuelve loco el retraso?"
        // ("loco por los nuevos snacks" stays a liking).
        r"\b(?:ruidos?|tormentas?|truenos?|rayos|petardos|cohetes|fuegos\s+artificiales|pirotecnia|tráfico|calor|frío|lluvia|viento|nieve|retrasos?|esperas?|vecinos?|timbre|cartero|mensajero|aduana|mosquitos|moscas|obras)\b[^.!?¿\n]{0,40}?(?P<m>\b(?:le|te|les|lo|la|los|las|me|nos|os)\s+(?:vuelve|vuelven|volvió|volvieron|ha\s+vuelto|han\s+vuelto|tiene|tienen|pone|ponen)\s+(?:[\wáéíóúñ]+\s+)?lo(?:co|ca|cos|cas)\b[^\n]?)",
        r"\b(?:(?:le|te|les|lo|la|los|las|me|nos|os)\s+(?:vuelve|vuelven|volvió|volvieron|ha\s+vuelto|han\s+vuelto|tiene|tienen|pone|ponen)\s+(?:[\wáéíóúñ]+\s+)?lo(?:co|ca|cos|cas)\s+(?:con\s+|por\s+|de\s+)?|lo(?:co|ca|cos|cas)\s+(?:con|por|de)\s+)(?:(?:el|la|los|las|este|esta|estos|estas|ese|esa|esos|esas|tanto|tanta|tant[oa]s)\s+)?(?:[\wáéíóúñ]+\s+){0,2}?(?:ruidos?|tormentas?|truenos?|rayos|petardos|cohetes|fuegos\s+artificiales|pirotecnia|tráfico|calor|frío|lluvia|viento|nieve|retrasos?|esperas?|vecinos?|timbre|cartero|mensajero|aduana|mosquitos|moscas|obras)\b",
        // A condition on adding a photo or a video to the review, not on the experience: "Si
        // añades una foto a tu reseña, ayudarás a otros compradores." ("Si está contento, añada
        // una foto" stays a condition.)
        r"\bsi\s+(?:también\s+)?(?:añades|añade|agregas|agrega|adjuntas|adjunta|incluyes|incluye|subes|sube|pones|pone|acompañas|acompaña)\s+(?:(?:a\s+)?(?:tu|su)\s+(?:reseña|valoración|opinión|comentario)\s+(?:con\s+)?)?(?:(?:una|un|alguna|algunas|unas|dos|tus|sus)\s+)?(?:(?:pequeñ[oa]s?|breves?|cort[oa]s?)\s+)?(?:foto(?:grafía)?s?|imágenes|imagen|vídeos?|videos?)\b(?:\s+(?:a|en|con)\s+(?:tu|su|la)\s+(?:reseña|valoración|opinión|comentario))?",
        // "Cuando menos te lo esperas": a figure of speech for any time, no condition.
        r"\bcuando\s+(?:uno\s+)?menos\s+(?:(?:te|se|os|nos|me)\s+)?(?:lo\s+|la\s+)?(?:esper\w*|imagin\w*|piens\w*)\b",
        // An approval that is the platform's, not the buyer's or a pet's: "tras la aprobación de
        // Amazon", "después del visto bueno de los moderadores", "tras la validación de su reseña".
        r"\b(?:tras|después\s+de|luego\s+de)\s+(?:el|la|su|un|una)?\s*(?:[\wáéíóúñ\x27’-]+\s+){0,2}?(?:visto\s+bueno|aprobación|ok|okay|luz\s+verde|validación|moderación|verificación|revisión)\s+(?:de|del|por(?:\s+parte\s+de)?|de\s+parte\s+de)\s+(?:la\s+|el\s+|los\s+|las\s+|su\s+|tu\s+)?(?:amazon|moderador\w*|plataforma|sitio|web|marketplace|equipo|reseña|opinión|valoración)\b",
        // The buyers addressed only by their wish or time to review, a courtesy like "si lo
        // desea": "Quien desee valorar el producto podrá hacerlo aquí", "quienes, tras unas
        // semanas, quieran compartir su opinión pueden …", "quien tenga un momento puede …" (an
        // aside on time allowed). The wish must lead into the review itself or into what the
        // buyer may do: "a quien le guste" likes it, and a wish to tell how much they love it
        // stays a condition.
        r"\b(?:quien(?:es)?|cualquiera\s+que|l[oa]s\s+que|aquell[oa]s\s+que|tod[oa]s\s+l[oa]s\s+que|(?:l[oa]s\s+)?(?:clientes|clientas|compradores|compradoras|personas|usuari[oa]s)\s+que)(?:\s*,\s*(?:tras|después\s+de|pasad[oa]s|al\s+cabo\s+de|dentro\s+de|con\s+el\s+tiempo|en\s+unos|en\s+unas)(?:\s+(?:unos|unas|un|una|algunos|algunas|dos|tres|pocos|pocas|varios|varias))?(?:\s+(?:días|semanas|meses|usos|tiempo))?\s*,)?\s+(?:(?:lo|le|les|se)\s+)?(?:desee|deseen|desea|desean|quiera|quieran|quiere|quieren|apetezca|anime|animen|atreva|atrevan|tenga\s+(?:un\s+(?:momento|rato|minuto)|tiempo|unos\s+minutos)|tengan\s+(?:un\s+(?:momento|rato|minuto)|tiempo|unos\s+minutos))(?:\s+(?:a\s+)?(?:valorar|reseñar|calificar|puntuar|opinar|evaluar|(?:compartir|dejar|escribir|dar|publicar|contar)(?:nos)?\s+(?:(?:su|sus|tu|tus|una|un|unas|unos|dos|tres)\s+)?(?:(?:breve|sincera|propia|honesta|primera|pocas)\s+)?(?:opinión|opiniones|reseña|valoración|impresiones|impresión|experiencia|comentarios?|palabras|líneas|estrellas|calificación))\b|\s*,?\s*(?:puede|pueden|podrá|podrán)\b)",
        // A condition that opens another topic, apart from the ask: "aparte de eso, si la funda
        // llegó con algún detalle", "por otro lado, si …". ("Por cierto, si …" may lead into the
        // ask itself, so it is no such opener.)
        r"\b(?:aparte\s+de\s+(?:eso|esto|la\s+reseña)|(?:por\s+)?otro\s+lado|al\s+margen\s+de\s+(?:eso|esto|la\s+reseña)|independientemente\s+de\s+(?:eso|esto|la\s+reseña))\s*[,:;–—-]?\s*(?:y\s+)?(?:si|cuando|en\s+caso\s+de\s+que)\b",
        // "Si" after a telling verb asks whether, it sets no condition: "cuéntanos si muele bien",
        // "cuenta lo que sea: si hace ruido, si la jarra gotea", "díganos si llegó a tiempo".
        r"\b(?:cu[eé]nt(?:a|e|en|anos|enos|ales|eles)|contar(?:nos|les)?|d[ií](?:nos|ganos|ga|les|gales)|expl[ií]c(?:a|anos|enos|ar)|coment(?:a|e|ar)|mencion(?:a|e|ar)|indíc(?:anos|enos))(?:\s+|\s+(?:[\wáéíóúñ]+\s+){0,2}[\wáéíóúñ]+:\s*)si\b(?:[^.!?;:\n]{0,60}?[,\s](?:o\s+|y\s+)?si\b)*",
        // The writing left to the buyer's liking, in any register: "si te late escribir una reseña",
        // "si le apetece dejar su opinión", "si te animas a contarlo".
        r"\bsi\s+(?:te|le|os|les)\s+(?:late|mola|apetece|provoca|antoja|nace|animas?|animáis|animan)\s+(?:a\s+)?(?:escribir|dejar|compartir|contar|opinar|valorar|publicar)(?:nos|me|le|les|lo|la|los|las)?\b",
        // An ask left to the buyer's judgement: "si lo consideran oportuno", "si lo estima
        // conveniente", "si te parece oportuno".
        r"\bsi\s+(?:lo\s+)?(?:consider(?:a|as|an|áis)|cre(?:e|es|en|éis)|estim(?:a|as|an|áis)|juzg(?:a|as|an)|ve(?:s|n)?)\s+(?:oportuno|conveniente|adecuado|útil|necesario|bien)\b|\bsi\s+(?:le|te|les|os)\s+parece\s+(?:oportuno|conveniente|adecuado|útil)\b",
        r"\bcuando\s+(?:esté|está|estés|estás|tenga|tengas)\s+(?:libre|tiempo)\b|\b(?:cuando|una\s+vez\s+que|después\s+de\s+que|en\s+cuanto)\s+(?:lo|la|los|las)\s+(?:haya|hayas)\s+(?:[\w'-]+\s+)?(?:usado|probado|llevado|puesto|estrenado|montado|armado|instalado|recibido|leído|lavado)\b",
        r"\bcuando\s+(?:(?:usted|tú)\s+)?(?:guste|gustes|le\s+(?:parezca|convenga|acomode|sea\s+posible)|te\s+(?:parezca|convenga|acomode|sea\s+posible))\b|\bsi\s+(?:le|te)\s+(?:parece|conviene|acomoda|viene\s+bien)\b|\b(?:en\s+cuanto|tan\s+pronto\s+como)\s+(?:pueda|puedas|le\s+sea\s+posible|te\s+sea\s+posible|tenga\s+un\s+momento|tengas\s+un\s+momento)\b",
        r"\bsi\s+(?:tiene|tienes|tienen)\s+(?:alguna|algunas|cualquier|más)?\s*(?:pregunta\w*|duda\w*)\b|\bsi\s+necesita\w*\s+(?:ayuda|algo)\b|\b(?:felices|encantad[oa]s|content[oa]s|agradecid[oa]s)\s+(?:[\w-]+\s+){0,2}?si\b",
        r"\bsi\s+(?:así\s+)?(?:(?:lo|le|te)\s+)?(?:desea|deseas|quiere|quieres|gusta|apetece|tiene\s+(?:un\s+(?:momento|minuto|rato)|tiempo|ocasión|ganas)|tienes\s+(?:un\s+(?:momento|minuto|rato)|tiempo|ocasión|ganas)|dispone\s+de|puede|puedes)\b|\bcuando\s+(?:(?:lo|le|te)\s+)?(?:desee|quiera|quieras|pueda|puedas|tenga\s+(?:un\s+(?:momento|rato|minuto)|tiempo|ocasión)|tengas\s+(?:un\s+(?:momento|rato|minuto)|tiempo|ocasión)|le\s+venga\s+bien|te\s+venga\s+bien)\b",
        // Help offered after the ask, on anything failing at any time: "…; y si algo falla, sea
        // cuando sea, te echamos una mano".
        r"\by\s+si\s+(?:algo|alguna\s+cosa|cualquier\s+cosa)\s+(?:falla|fallara|fallase|va\s+mal|sale\s+mal|se\s+rompe|se\s+estropea|no\s+(?:va|funciona)\s+bien)\b|\bsea\s+cuando\s+sea\b|\bsi\s+(?:aún|todavía)\s+no\b|\bsi\s+no\s+(?:lo\s+)?(?:ha|has)\s+(?:hecho|escrito)\s+(?:aún|todavía|ya)\b|\bsi\s+no\s+lo\s+ha\s+hecho\b|\b(?:encantaría|agradecería|agradeceríamos|gustaría|alegraría)\s+(?:[\w-]+\s+){0,2}?si\s+(?:usted|tú)?\b|\bsi\s+es\s+tan\s+amable\b|\bsi\s+eres\s+tan\s+amable\b",
        r"\bsi\s+(?:tiene|tienes|tienen)\s+un\s+(?:ratito|momentito|minutito|segundito|rato\s+libre)\b",
        // Once the buyer has had the time or the chance to try it: "cuando hayas tenido tiempo
        // de usarla", "una vez que haya podido estrenarlo", "cuando hayan tenido ocasión de
        // montarla".
        r"\b(?:cuando|una\s+vez\s+que|en\s+cuanto|después\s+de\s+que)\s+(?:(?:usted|tú)\s+)?(?:haya|hayas|hayan|hayáis)\s+(?:tenido\s+(?:(?:un|algo\s+de|el|suficiente)\s+)?(?:tiempo|rato|ocasión|oportunidad|momento)\s+(?:de|para)\s+|podido\s+)(?:prob|us|estren|mont|arm|instal|configur|le|llev|pon|conoc)\w*",
        // A chance or a gap in the day: "si tienes chance", "cuando tengas chance", "si le queda
        // un hueco".
        r"\b(?:si|cuando)\s+(?:tiene|tienes|tienen|tenga|tengas|tengan|te\s+queda|le\s+queda|te\s+quede|le\s+quede|encuentras|encuentra|encuentres|encuentre)\s+(?:un\s+|una\s+)?(?:chance|chancita|chancecito|hueco|huequito|oportunidad)\b",
        r"\b(?:en\s+cuanto|cuando|una\s+vez(?:\s+que)?|tan\s+pronto\s+como)\s+(?:(?:el\s+paquete|su\s+pedido|el\s+pedido|el\s+producto|el\s+artículo)\s+)?(?:llegue|haya\s+llegado|(?:lo\s+|la\s+)?recibas?|(?:lo\s+|la\s+)?hayas?\s+recibido)\b",
        r"\bsi\s+(?:gustas|gusta|gustan|usted\s+gusta)\b",
        // Once the buyer has used it the way it is used, a time and no verdict, in any person:
        // "cuando lo hayáis estrenado, …", "una vez que lo hayas impreso", "cuando hayan
        // volado la primera batería en el parque,". The clause ends there, after the thing, the
        // place or the company it was used in; one that goes on ("… y te haya encantado",
        // "cuando hayas probado lo bien que corta", "unas semanas sin ningún fallo") stays a
        // condition.
        r"\b(?:cuando|una\s+vez\s+que|después\s+de\s+que|en\s+cuanto|tan\s+pronto\s+como)\s+(?:(?:usted|tú|vosotr[oa]s|ustedes)\s+)?(?:ya\s+)?(?:(?:lo|la|los|las)\s+)?(?:haya|hayas|hayáis|hayan)\s+(?:ya\s+)?(?:usado|utilizado|probado|estrenado|jugado|montado|armado|ensamblado|instalado|configurado|impreso|volado|pescado|pintado|construido|cocinado|horneado|tocado|escuchado|plantado|leído|lavado|llevado|puesto|recibido|terminado|acabado|completado)(?:\s+(?:ya|bien|a\s+fondo))?(?:\s+(?:el|la|los|las|tu|su|tus|sus|vuestr[oa]s?|un|una|unos|unas|algun[oa]s?|algún|varias|varios|dos|tres|un\s+par\s+de)(?:\s+[\wáéíóúñ-]+){1,2})?(?:\s+(?:con|en|durante|de|del|a|al|por)(?:\s+(?:el|la|los|las|tu|su|tus|sus|vuestr[oa]s?|un|una|unos|unas))?(?:\s+[\wáéíóúñ-]+){1,2})?\s*(?:[,.;:!?)–—-]|(?m:$))",
        // "En cuanto a" is "as for", a topic, no "as soon as": "en cuanto a las reseñas, …", "en
        // cuanto al montaje: …".
        r"\ben\s+cuanto\s+al?\b",
        // Once the team or the staff has used it a while, any subject: "cuando su plantilla lleve
        // unas semanas con ellas", "una vez que los alumnos se hayan acostumbrado", "cuando el
        // equipo haya tenido tiempo de probarlas".
        r"\b(?:cuando|una\s+vez\s+que|en\s+cuanto|después\s+de\s+que)\s+(?:su|sus|tu|tus|el|la|los|las|vuestr[oa]s?)\s+[\wáéíóúñ-]+(?:\s+[\wáéíóúñ-]+)?\s+(?:llev(?:e|en)\s+(?:un\s+tiempo|unos\s+días|unas\s+semanas|un\s+par\s+de\s+semanas|algún\s+tiempo|unos\s+meses|un\s+mes)\s+(?:us|utiliz|prob|trabaj)\w*|llev(?:e|en)\s+(?:un\s+tiempo|unos\s+días|unas\s+semanas|algún\s+tiempo|unos\s+meses|un\s+mes)\s+con\s+(?:ell[oa]s?|él)|se\s+(?:haya|hayan)\s+(?:acostumbrado|habituado|familiarizado|adaptado)|(?:haya|hayan)\s+tenido\s+(?:tiempo|ocasión)\s+de\s+(?:prob|us|estren|utiliz)\w*)",
        // The review left to the buyer's own decision: "si decides escribir una", "si eliges dejar
        // tu opinión", "si optas por contarlo".
        r"\bsi\s+(?:decides|decide|decidís|deciden|eliges|elige|optas|opta)\s+(?:por\s+|a\s+)?(?:escribir|dejar|compartir|publicar|contar|hacer|poner)\w*",
        // A plain fact about the buyer's own photo or video, no verdict: "si hiciste una foto de la
        // lámpara", "si ha sacado algunas fotos", "si la grabaste". The clause must close with no
        // "y" in it: "… y te encantó" adds a verdict and stays a condition.
        r"\bsi\s+(?:hiciste|hizo|sacaste|sacó|tomaste|tomó|grabaste|grabó|(?:has|ha)\s+(?:hecho|sacado|tomado|grabado))\s+(?:una|unas|alguna|algunas|un|unos|algún)\s+(?:fotos?|fotografías?|vídeos?|videos?|imagen|imágenes)(?:\s+(?:[^\s,.;:!?ye][^\s,.;:!?]*|[ye][^\s,.;:!?]+)){0,8}\s*(?:[,.;:!?–—)]|$)|\bsi\s+(?:lo|la|los|las)\s+(?:fotografiaste|fotografió|grabaste|grabó|(?:has|ha)\s+(?:fotografiado|grabado))(?:\s+(?:[^\s,.;:!?ye][^\s,.;:!?]*|[ye][^\s,.;:!?]+)){0,8}\s*(?:[,.;:!?–—)]|$)",
        // Bought as a gift or for someone else: "si lo compraste para regalar", "si lo ha comprado
        // como regalo", "si la regalaste", "si era un regalo".
        r"\bsi\s+(?:lo|la|los|las)\s+(?:regalaste|regaló|(?:has|ha)\s+regalado|(?:compraste|compró|pediste|pidió|(?:has|ha)\s+(?:comprado|pedido))\s+(?:para\s+regalar|como\s+regalo|de\s+regalo|para\s+(?:un\s+regalo|otra\s+persona|alguien\s+más|un\s+amigo|una\s+amiga|un\s+familiar|(?:tu|su)\s+[\wáéíóúñ]+)))(?:\s+(?:[^\s,.;:!?ye][^\s,.;:!?]*|[ye][^\s,.;:!?]+)){0,8}\s*(?:[,.;:!?–—)]|$)|\bsi\s+(?:era|fue|es)\s+(?:un\s+regalo|para\s+regalar)(?:\s+(?:[^\s,.;:!?ye][^\s,.;:!?]*|[ye][^\s,.;:!?]+)){0,8}\s*(?:[,.;:!?–—)]|$)",
        // Having already used it, as a fact, somewhere or on some outing, then the clause closes:
        // "si ya has llevado el reloj a alguna ruta, …", "si ya lo has estrenado en la sierra,",
        // "si ya habéis probado la linterna,". A verdict after it ("… y te ha encantado", "con
        // éxito", "sin problemas") keeps it a condition.
        r"\bsi\s+ya\s+(?:(?:lo|la|los|las)\s+)?(?:has|ha|habéis|han)\s+(?:usado|utilizado|probado|estrenado|llevado|sacado|montado|instalado|puesto)(?:\s+(?:el|la|los|las|tu|su|tus|sus|vuestr[oa]s?)\s+(?:\{\{[^{}\n]{1,60}\}\}|[\wáéíóúñ-]+))?(?:\s+(?:a|en|por|de|durante|al|del)\s+(?:(?:el|la|los|las|tu|su|tus|sus|alguna|algún|algunas|algunos|un|una|unos|unas|primer|primera|vuestr[oa]s?)\s+)?[\wáéíóúñ-]+(?:\s+de\s+[\wáéíóúñ-]+)?)?\s*(?:[,.;:!?–—)]|$)",
        // A circumstance of use, a named place, weather or occasion, then the clause closes: "si
        // usaste la tienda bajo la lluvia", "si la ha llevado de acampada" (not "con éxito", "sin
        // problemas", which judge it).
        r"\bsi\s+(?:(?:lo|la|los|las)\s+)?(?:usaste|usó|utilizaste|utilizó|llevaste|llevó|(?:has|ha)\s+(?:usado|utilizado|llevado))\s+(?:(?:el|la|los|las|tu|su|tus|sus)\s+[\wáéíóúñ-]+(?:\s+de\s+[\wáéíóúñ-]+)?\s+)?(?:bajo\s+la\s+(?:lluvia|nieve)|al\s+aire\s+libre|fuera\s+de\s+casa|en\s+(?:la\s+)?(?:montaña|playa|camping|acampada|excursión|viaje|vacaciones|jardín|cocina|baño|coche|casa|oficina|invierno|verano|calle|exteriores?|piscina)|de\s+(?:acampada|excursión|viaje|vacaciones|camping)|con\s+(?:lluvia|frío|los\s+niños|la\s+familia|tu\s+perro|su\s+perro)|a\s+la\s+(?:playa|montaña|piscina))\s*(?:[,.;:!?–—)]|$)",
        // A group named by a hobby or a pet, not by the order: "Para quienes aman cocinar:", "A
        // los que les gusta el senderismo:", "Quienes tienen un perro pueden …". The clause must
        // end on the hobby: "quienes aman su nueva sartén" names the product and stays a
        // condition.
        r"\b(?:quienes|(?:todos\s+)?(?:los|las|aquellos|aquellas)\s+que)\s+(?:(?:les\s+)?(?:aman|adoran|disfrutan(?:\s+de)?|gusta|encanta|apasiona|gustan|encantan|apasionan)\s+(?:[a-záéíóúñ]+(?:ar|er|ir)|(?:el|la|los|las|sus)\s+(?:perros?|gatos?|animales|mascotas|caballos|pájaros|naturaleza|montaña|mar|senderismo|cocina|repostería|jardinería|jardín|camping|acampada|pesca|lectura|música|deporte|bicicleta|viajes|aire\s+libre))|(?:tienen|poseen)\s+(?:un|una|unos|unas|dos|varios|varias)\s+(?:perros?|gatos?|perritos?|gatitos?|cachorros?|mascotas?|caballos?|conejos?|pájaros?))(?:\s*[,:;–—]|\s+(?:pueden|podrán|encontrarán)\b)",
        // The part fitted, as a time: "una vez montada", "una vez bien ajustados los frenos" (see
        // `condition`).
        r"\buna\s+vez\s+(?:(?:bien|ya|correctamente)\s+)?(?:mont|instal|coloc|ajust|arm|ensambl|engras|apret|cambi|sustitu|fij|sujet|colg|conect|carg|calibr|tens|purg|asent|puest)\w*(?:ad|id|est)?[oa]s?\b",
        // A span of time with the item, whatever the verb: "cuando hayas usado la guitarra unas
        // semanas", "cuando lleves un par de semanas con el teclado". Only the time: a verdict
        // between ("un par de buenas semanas") stops it.
        r"\b(?:cuando|una\s+vez\s+que|en\s+cuanto|después\s+de\s+que)\s+(?:(?:usted|tú)\s+)?(?:(?:(?:lo|la|los|las)\s+)?(?:haya|hayas|hayan|hayáis)\s+(?:usado|utilizado|probado|tocado|pasado|llevado|tenido|estrenado|practicado|ensayado)\s+(?:(?:el|la|los|las|tu|su|tus|sus)\s+[\wáéíóúñ-]+\s+)?(?:durante\s+)?|llev(?:es|e|en|éis)\s+(?:(?:ya|usando|tocando|probando)\s+)?(?:(?:el|la|los|las|tu|su|tus|sus)\s+[\wáéíóúñ-]+\s+)?)(?:un\s+par\s+de|unos|unas|algunos|algunas|dos|tres|cuatro|varios|varias|un|una|\d+)\s+(?:días|semanas|meses|día|semana|mes|sesiones|ensayos)\b",
        // A span of use behind the buyer: "cuando tengas unas semanas de uso a tus espaldas",
        // "una vez que lleve a sus espaldas un par de semanas con el cepillo". Only the time: a
        // verdict between ("unas buenas semanas a tus espaldas") stops it.
        r"\b(?:cuando|una\s+vez\s+que|en\s+cuanto|después\s+de\s+que)\s+(?:(?:usted|tú)\s+)?(?:tengas|tenga|tengáis|tengan|lleves|lleve|llevéis|lleven)\s+(?:ya\s+)?(?:a\s+(?:tus|sus|vuestras)\s+espaldas\s+(?:un\s+par\s+de|unos|unas|algunos|algunas|dos|tres|cuatro|varios|varias|un|una|las\s+primeras|los\s+primeros|\d+)\s+(?:días|semanas|meses|día|semana|mes|sesiones|usos|tratamientos)(?:\s+de\s+(?:uso|utilización|prueba|práctica|entrenamiento|tratamiento|cepillado))?(?:\s+con\s+(?:el|la|los|las|tu|su|tus|sus)\s+[\wáéíóúñ-]+)?|(?:un\s+par\s+de|unos|unas|algunos|algunas|dos|tres|cuatro|varios|varias|un|una|las\s+primeras|los\s+primeros|\d+)\s+(?:días|semanas|meses|día|semana|mes|sesiones|usos|tratamientos)(?:\s+de\s+(?:uso|utilización|prueba|práctica|entrenamiento|tratamiento|cepillado))?(?:\s+con\s+(?:el|la|los|las|tu|su|tus|sus)\s+[\wáéíóúñ-]+)?\s+a\s+(?:tus|sus|vuestras)\s+espaldas)\b",
        // The buyer's taste, as a liking with a comparative: "si te gusta el té más fuerte, …",
        // "si el café te gusta menos amargo"; or as words that describe a thing: "el punto de
        // molienda que más te guste", "el sabor que te gusta", "prepáralo justo como te gusta"
        // (not "espera a que salga como te gusta", which waits on a verdict). It is how the buyer
        // takes it, not a verdict on the product ("si te gusta la sartén" still is one).
        r"\b(?:si|cuando)\s+(?:(?:el|la|los|las|tu|tus|su|sus)\s+[\wáéíóúñ]+\s+)?(?:te|le|os|les)\s+(?:gusta|gustan)\s+(?:(?:el|la|los|las|tu|tus|su|sus|lo)\s+(?:[\wáéíóúñ]+\s+){0,2}?)?(?:(?:un\s+poco|algo|aún|todavía|bastante)\s+)?(?:más|menos)\s+(?:fuerte|suave|dulce|amarg|intens|cargad|liger|concentrad|diluid|calient|frí|fresc|espes|cremos|especiad|picant|salad|ácid|fin|grues|crujient|tiern|hech|cocid|tostad|aromátic|afrutad|cort|larg|oscur|clar)\w*",
        r"\b(?:sabor|gusto|punto|molienda|tueste|intensidad|fuerza|textura|consistencia|ajuste|dosis|temperatura|cocción|infusión|equilibrio|nivel|grado|cuerpo|dulzor|amargor|acidez|aroma)(?:es|s)?\s+que\s+(?:más\s+)?(?:te|le|os|les)\s+(?:gusta|guste|gustan|gusten)(?:\s+más)?[\s,.;:!?)»]",
        r"\b(?:justo|tal(?:\s+y)?|exactamente|prepár(?:alo|ala|alos|alas|elo|ela)|hazlo|hágalo|sírvelo|sírvalo|tómalo|tómelo)\s+como\s+(?:más\s+)?(?:te|le|os|les)\s+(?:gusta|guste)(?:\s+más)?[\s,.;:!?)»]",
    ],
    negative_review: &[
        // A bad review, or one of one or two stars, digits or words: "una opinión de dos estrellas".
        r"\b(?:reseñas?|opini(?:ón|ones)|valoraci(?:ón|ones)|calificaci(?:ón|ones)|comentarios?)\s+(?:negativ\w*|mal\w*|enojad\w*|enfadad\w*|de\s+(?:[1-2]|una|dos)\s+estrellas?)|\b(?:mala|malas|mal)\s+(?:reseña|opinión|valoración|calificación|comentario)\w*",
    ],
    aside: &[
        // A question that only offers the review itself, with no verb and nothing on the
        // experience, at the start of a sentence: "¿Una opinión sobre el collar?", "¿Una reseña
        // rápida?", "¿Y tu valoración de la falda?" (whether the buyer wants to give one at all).
        r"(?:(?m:^)[ \t]*|[.!?…:]\s+)(?P<m>¿\s*(?:y\s+)?(?:una|su|tu|unas|alguna)\s+(?:(?:breve|pequeña|rápida|corta)\s+)?(?:reseña|opinión|valoración|palabras|comentarios?)(?:\s+(?:breve|rápida|corta))?(?:\s+(?:sobre|de|del|acerca\s+de|para)\s+(?:(?:el|la|los|las|su|sus|tu|tus|este|esta|estos|estas)\s+)?(?:[\w'’-]+\s*){1,2})?\s*\?)",
        // Whether the buyer feels like writing at all, or whether the order is there yet: "¿Te
        // animarías a opinar?", "¿Te apetece contarnos…?", "¿Ya tienes tus auriculares?".
        r"\b(?:te|le|os|les)\s+(?:animar(?:ías|ía|íais|ían)|animas|anima|animáis|animan|apetece|apetecería)\s+(?:a\s+)?(?:opinar|escribir|dejar|compartir|contar|valorar)\b",
        // Whether it arrived well, asked of everyone: "¿llegó bien?", "¿ha llegado bien?".
        r"¿\s*(?:ya\s+)?(?:(?:te|le|les|os)\s+)?(?:llegó|llegaron|ha\s+llegado|han\s+llegado|lleg[oó]\s+todo)\s+(?:bien|todo\s+bien|sin\s+problemas|a\s+tiempo|entero|enter[oa]s?)?\s*\?",
        r"¿\s*ya\s+(?:tienes|tiene|tenéis|tienen|te\s+lleg(?:ó|aron)|le\s+lleg(?:ó|aron)|ha\s+llegado|han\s+llegado|llegó|llegaron|está\s+en\s+casa)\b[^?\n]{0,60}\?",
        r"\b(?:nos\s+)?(?:dedicas|dedica|regalas|regala)\s+(?:unos|un)\s+(?:minutos?|momentos?)\b",
        // Whether the buyer has a moment at all: "¿Tienes un momento?", "¿Tendría un minutito?".
        r"\b(?:tienes|tiene|tenés|tienen|tendrías|tendría|tendrían)\s+(?:un|unos|dos|cinco)\s+(?:minut(?:o|os|ito|itos)|moment(?:o|os|ito)|segund(?:o|os|ito))\b",
        r"\bsab(?:ía|ías)\s+(?:usted\s+)?que\b|\b¿?busca(?:s)?\s+(?:un|una|más)\b|\bqué\s+le\s+parece\b|\bqué\s+te\s+parece\b|\bqué\s+opina\w*",
        // An open question, which no yes answers: "¿Cómo te va con la lámpara?", "¿Qué tal
        // todo?"; or a bare "¿Cómo?" that opens the explanation after it.
        r"¿\s*(?:y\s+)?(?:cómo|qué\s+hay\s+que\s+hacer)\s*\?",
        r"\bcómo\s+(?:te|le|les|os)\s+(?:va|está\s+yendo)\b|\bqué\s+tal\s+(?:todo|te\s+va|le\s+va|con)\b",
        // The buyer asking where or how to review, a question on the review's place or way and none
        // on the experience: "¿Dónde puedo opinar sobre el piano?", "¿Cómo puedo valorar la
        // guitarra?", "¿Dónde reseño el teclado?" (first person or impersonal only: "¿Cómo lo
        // valorarías?" asks for the verdict).
        r"\b(?:dónde|donde|cómo|como|en\s+qué\s+(?:sitio|página|lugar|parte|enlace))\s+(?:(?:puedo|podemos|podría|debo|debemos|tengo\s+que|tenemos\s+que|hay\s+que|se\s+puede|es\s+posible)\s+(?:(?:opinar|reseñar|valorar|calificar|puntuar|evaluar|comentar)\b[^.!?\n]{0,60}|(?:dejar|escribir|dar|publicar|poner|compartir|subir)\b[^.!?\n]{0,40}?\b(?:reseñas?|opinión|opiniones|valoración|valoraciones|comentarios?|estrellas|calificación|puntuación)\b[^.!?\n]{0,40})|(?:opino|reseño|valoro|califico|puntúo|evalúo|comento|se\s+(?:opina|reseña|valora|califica|puntúa|evalúa|comenta))\b[^.!?\n]{0,60}|(?:dejo|escribo|doy|publico|pongo|comparto|subo|se\s+(?:deja|escribe|da|publica|pone|comparte|sube|dejan|escriben|publican))\b[^.!?\n]{0,40}?\b(?:reseñas?|opinión|opiniones|valoración|valoraciones|comentarios?|estrellas|calificación|puntuación)\b[^.!?\n]{0,40})\?",
    ],
    branch: &[
        // A reply menu of quoted words, and where each answer leads: «"Genial" o "Buenísimo" -
        // entonces …», ««Regular»: respóndenos».
        r#"^\s*[“"'‘«][^“”"'’«»\n]{1,25}[”"'’»](?:\s*(?:,|/|o|u|y|e)\s*[“"'‘«][^“”"'’«»\n]{1,25}[”"'’»])*\s*[-–—:=>→]"#,
        // A lone yes or no cell of a row of buttons.
        r"^\s*(?:sí|si|no)\s*[.!]?\s*$",
        // A text-table row whose first cell is a happy verdict, in Spanish or a neighbouring
        // language: "| Perfecto, duermo como un bebé | Déjanos tu opinión |", "Perfeito | …".
        r"^\s*\|?\s*(?:perfect[oa]s?|perfeit[oa]s?|genial(?:es)?|excelentes?|encantad[oa]s?|satisfech[oa]s?|satisfeit[oa]s?|content[oa]s?)\b[^|\n]{0,50}\|",
        r"^\s*(?:opción|caso|respuesta)\s+(?:[a-c1-3]|uno|dos)\b",
        // The separator may be any pointer: "SÍ ▸ …", "NO ► …", "Sí ➜ …".
        r"^\s*(?:sí|si|no)\s*(?:[-–—:=>→▸►▶➜➔➤]|\))",
        // A reply word and where it leads: "Responda SÍ y le mandamos el enlace", "Contesta NO: te
        // llamamos".
        r#"^\s*(?:responda|responde|respóndanos|respóndenos|conteste|contesta|escriba|escribe|diga|di)\s+(?:con\s+(?:un\s+)?)?["“'‘«]?(?:sí|si|no)\b["”'’»]?\s*(?:y\b|,|[-–—:=>→])"#,
        // A score or a range of scores as a label, with or without its article: "3 o menos:",
        // "Un 3 o menos:", "2 estrellas o menos:", "Con un 4 o un 5 →", "Del 1 al 3:", "9 o 10
        // estrellas:".
        r"^\s*(?:(?:con\s+)?(?:un|una)\s+(?:nota\s+de\s+)?)?(?:de\s+\d+\s+(?:para\s+arriba|en\s+adelante|o\s+más)|(?:por\s+)?(?:debajo|encima)\s+de\s+\d+|menos\s+de\s+\d+|\d+\s+(?:(?:estrellas?|puntos?)\s+)?o\s+(?:más|menos|inferior|superior))\s*(?:estrellas|puntos)?\s*[-–—:=>→]",
        r"^\s*(?:(?:con\s+)?(?:un|una)\s+(?:nota\s+de\s+)?)?(?:10|[0-9])\s+(?:o|u|y)\s+(?:(?:un|una)\s+)?(?:10|[0-9])\s*(?:estrellas|puntos)?\s*[-–—:=>→]",
        // A range runs from the bottom of the scale or up to its top ("De 1 a 3:", "7-10:"), not
        // from hour to hour ("De 5 a 7: por teléfono").
        r"^\s*(?:(?:con\s+)?(?:un|una)\s+(?:nota\s+)?)?(?:(?:de|del|entre)\s+)?(?:[01]\s*(?:a|al|-|–|y)\s*(?:10|[0-9])|(?:10|[0-9])\s*(?:a|al|-|–|y)\s*(?:5|10))\s*(?:estrellas|puntos)?\s*[-–—:=>→]",
    ],
    then: &[
        // Also as the answer of a question-and-answer block, after its label: "R: ¡Entonces …!",
        // "Respuesta: Genial, …".
        r"^(?:(?:R|Resp(?:uesta)?)\s*\d{0,2}\s*[:.]\s*)?(?:¡\s*)?(?:(?:pues|bueno|vale)\s+(?:entonces|en\s+ese\s+caso)|entonces|en\s+ese\s+caso|genial|estupendo|perfecto|fantástico|excelente|qué\s+bien|súper|bien)\b",
        // The moment named for the ask, which takes the yes for granted just as "Entonces" does:
        // "Es el momento de …", "Ese es el momento de …", "Ahora es el momento perfecto para …",
        // also after "pues" or "y" and without the article: "Pues ese es el momento de …", "Y es
        // buen momento para …".
        r"^(?:¡\s*)?(?:(?:pues|y|entonces)\s+)?(?:(?:ese|este|eso|ahora|justo)\s+)?es\s+(?:(?:justo|precisamente|entonces|ahora|exactamente)\s+)*(?:el\s+(?:mejor\s+|buen\s+)?momento|(?:un\s+)?buen\s+momento|la\s+(?:mejor\s+)?ocasión)\b",
    ],
    unconditional: &[
        // The review named with a good verdict and a bad one as equals: "una opinión buena,
        // regular o mala", "una valoración positiva, tibia o negativa", "reseñas buenas o malas".
        r"\b(?:reseñ|opini|valoraci|calificaci|comentari|puntuaci)\w*\s+(?:muy\s+)?(?:buen[ao]s?|positiv[ao]s?|favorables?|excelentes?)\s*(?:,\s*[\wáéíóúñ]+(?:\s+[\wáéíóúñ]+)?\s*,?\s*|\s+)(?:o|u|y|ni)\s+(?:(?:muy|más\s+bien)\s+)?(?:mal[ao]s?|negativ[ao]s?|crític[ao]s?|regular(?:es)?|desfavorables?|baj[ao]s?)\b",
        // Several ratings listed, low to high: "¿una, tres o cinco estrellas?".
        r"\b(?:una|dos|[12])\s*,\s*(?:dos|tres|cuatro|[2-4])(?:\s*,\s*(?:tres|cuatro|[3-4]))?\s+(?:o|y|u)\s+(?:cuatro|cinco|[45])\s+estrellas?\b",
        // Cualquier nota aceptada: "cualquier valoración, también crítica", "lo bueno y lo malo",
        // "lo bueno y lo no tan bueno".
        r"\bcualquier\s+(?:valoración|opinión|reseña|calificación|puntuación|comentario)\b|\blo\s+bueno\s+y\s+lo\s+(?:malo|(?:no\s+tan|menos)\s+bueno|mejorable)\b|\blo\s+malo\s+y\s+lo\s+bueno\b",
        // Both ends named, then any of them accepted: "positiva o negativa, todo está bien para
        // nosotros", "buena o mala, cualquiera nos vale".
        r"\b(?:positiv[ao]s?|buen[ao]s?)\s*,?\s+o\s+(?:negativ[ao]s?|mal[ao]s?)\s*[,;:–—-]?\s+(?:todo|cualquiera|ambas|las\s+dos|tod[ao]s)\s+(?:nos\s+)?(?:está|están|es|son|sirve|sirven|vale|valen)\s*(?:bien|válid[ao]s?|bienvenid[ao]s?)?(?:\s+para\s+nosotros)?",
        r"\bsea\s+cual\s+sea\b|\bcualquiera\s+que\s+sea\b|\b(?:buena|positiva)s?,?\s+(?:regular(?:es)?\s+)?o\s+(?:mala|negativa|crítica)s?\b|\bindependientemente\s+de\b|\btoda\s+opinión\s+sincera\b",
        // Regardless of how it went, in the longer form: "con independencia de lo que opines".
        r"\bcon\s+independencia\s+de\b",
        // The doubled subjunctive with a noun between: "sea del signo que sea", "sea del tono que
        // sea", "sea de la clase que sea".
        r"\bsea\s+(?:del?|de\s+la)\s+[\wáéíóúñ]+\s+que\s+sea\b",
        // Both kinds worth the same: "las reseñas negativas nos sirven tanto como las positivas".
        // "Tanto si … como …" names both ends, the second one also without its own "si": "tanto
        // si le convenció como si no", "tanto si fue bien como regular o mal", "tanto si queda
        // contenta como decepcionada".
        r"\btanto\s+si\b[^.!?\n]{0,80}?\bcomo\s+(?:si|no|(?:muy\s+|bastante\s+|más\s+bien\s+)?(?:mal[ao]?s?|regular(?:es)?|negativ[ao]s?|crític[ao]s?|decepcionante|decepcionad[ao]s?|descontent[ao]s?|insatisfech[ao]s?|mejorable|normal(?:ito|ita)?|tibi[ao]|peor|floj[ao]))\b|\bsi\s+(?:te|le|les)\s+ha\s+gustado\s+o\s+no\b|\b(?:reseñas?|opini(?:ón|ones)|valoraci(?:ón|ones)|calificaci(?:ón|ones)|comentarios?)\s+(?:negativ|mal|positiv|buen)[ao]s?\b[^.!?\n]{0,40}?\b(?:tanto\s+como|igual\s+que|lo\s+mismo\s+que|al\s+igual\s+que)\s+(?:l[ao]s\s+)?(?:positiv|negativ|buen|mal)[ao]s?\b",
        // A good review and a bad one named as worth the same, the good one first: "nos sirve igual
        // una opinión buena que una mala", "tanto una buena reseña como una mala", "una valoración
        // positiva nos ayuda lo mismo que una negativa". Only where the bad one ends the
        // comparison: "tanto como una mala nos perjudica" weighs them, and stays read.
        r"\b(?:igual|tanto|lo\s+mismo|igual\s+de\s+[\wáéíóúñ]+)\s+(?:(?:un|una|unas|unos|el|la|los|las)\s+)?(?:(?:buen[ao]?s?|positiv[ao]s?|favorables?|excelentes?)\s+(?:(?:reseñ|opini|valoraci|calificaci|comentari|puntuaci|evaluaci)[\wáéíóúñ]*\s+)?|(?:reseñ|opini|valoraci|calificaci|comentari|puntuaci|evaluaci)[\wáéíóúñ]*\s+(?:muy\s+)?(?:buen[ao]s?|positiv[ao]s?|favorables?|excelentes?)\s+)(?:que|como)\s+(?:(?:un|una|unas|unos|el|la|los|las|otr[ao]s?)\s+)?(?:(?:reseñ|opini|valoraci|calificaci|comentari|puntuaci|evaluaci)[\wáéíóúñ]*\s+)?(?:muy\s+)?(?:mal[ao]s?|negativ[ao]s?|crític[ao]s?|regular(?:es)?|desfavorables?|baj[ao]s?)\b(?:\s+(?:reseñ|opini|valoraci|calificaci|comentari|puntuaci|evaluaci)[\wáéíóúñ]*)?",
        r"\b(?:(?:buen[ao]?s?|positiv[ao]s?|favorables?|excelentes?)\s+(?:reseñ|opini|valoraci|calificaci|comentari|puntuaci|evaluaci)[\wáéíóúñ]*|(?:reseñ|opini|valoraci|calificaci|comentari|puntuaci|evaluaci)[\wáéíóúñ]*\s+(?:muy\s+)?(?:buen[ao]s?|positiv[ao]s?|favorables?|excelentes?))\b[^.!?\n]{0,40}?\b(?:igual\s+(?:de\s+[\wáéíóúñ]+\s+)?que|tanto\s+como|lo\s+mismo\s+que|al\s+igual\s+que|tan\s+[\wáéíóúñ]+\s+como|como)\s+(?:un|una|unas|unos|el|la|los|las|otr[ao]s?)\s+(?:(?:reseñ|opini|valoraci|calificaci|comentari|puntuaci|evaluaci)[\wáéíóúñ]*\s+)?(?:muy\s+)?(?:mal[ao]s?|negativ[ao]s?|crític[ao]s?|regular(?:es)?|desfavorables?|baj[ao]s?)\b(?:\s+(?:reseñ|opini|valoraci|calificaci|comentari|puntuaci|evaluaci)[\wáéíóúñ]*)?\s*(?:[.!?,;:)…]|(?m:$)|\s+(?:también|igualmente|para\s+nosotros)\b)",
        // The lowest and the highest count as either-or, either way round: "cinco estrellas o
        // una", "de una o de cinco estrellas". (Not "de 1 a 5 estrellas": raising a rating reads
        // the same.)
        r"\b(?:cinco|5)\s+estrellas\s+o\s+(?:una|1)\b|\b(?:de\s+)?(?:una|1)\s+(?:estrellas?\s+)?(?:o|u)\s+(?:de\s+)?(?:cinco|5)\s+estrellas\b",
        // Any verdict, listed or left open: "la que sea", "buena, mala o más o menos",
        // "positiva, negativa o a medio camino".
        r"\b(?:la|el)\s+que\s+sea\b|\b(?:buen|positiv)[ao]s?\s*,\s*(?:mal[ao]s?|negativ[ao]s?|regular(?:es)?)\s*(?:,|\s+[ou])\s+",
        // Any number of stars accepted: "cualquier número de estrellas vale", "las estrellas que
        // quieras".
        r"\bcualquier\s+(?:número|cantidad)\s+de\s+estrellas\b|\blas\s+estrellas\s+que\s+(?:quieras|quiera|sean|te\s+parezcan|le\s+parezcan)\b",
        // What pleased and what did not or could be better: "lo que te gustó y lo que no", "lo
        // que le ha gustado y también lo que cambiaría".
        r"\blo\s+que\s+(?:le|te|les)\s+(?:gustó|ha\s+gustado|han\s+gustado)\s+y\s+(?:también\s+)?lo\s+que\s+(?:no|mejorar\w*|cambiar\w*|menos)\b",
        // Also asked as "qué", with the thing named between: "qué te gustó de la lámpara y qué
        // no".
        r"\b(?:lo\s+que|qu[eé])\s+(?:le|te|les|os)\s+(?:gustó|ha\s+gustado|han\s+gustado|gusta|gustan)\b[^.!?\n]{0,50}?\by\s+(?:también\s+)?(?:lo\s+que|qu[eé])\s+(?:no|mejorar\w*|cambiar\w*|menos)\b",
        // Whatever the buyer says, in the doubled subjunctive: "diga lo que diga", "opines lo
        // que opines", "piense lo que piense".
        r"\b(?:diga|digas|digan|opine|opines|opinen|piense|pienses|piensen)\s+lo\s+que\s+(?:diga|digas|digan|opine|opines|opinen|piense|pienses|piensen)\b",
        // For good or for bad, and whatever it is: "para bien o para mal", "lo q sea".
        r"\bpara\s+bien\s+o\s+para\s+mal\b|\bpara\s+mal\s+o\s+para\s+bien\b|\blo\s+q(?:ue)?\s+sea\b",
        // The verdicts listed without commas, typed in a hurry: "buena mala o regular", "buena
        // regular o mala".
        r"\b(?:(?:reseñ|opini|valoraci|calificaci|comentari)\w*\s+)?buen[ao]s?\s+(?:mal[ao]s?|regular(?:es)?)\s+(?:o|u)\s+(?:mal[ao]s?|regular(?:es)?)\b",
        // Good and bad stretches both named, the bad one in other words: "semanas buenas o
        // frustrantes", "buenas semanas o malas", "buenos ratos y malos".
        r"\b(?:buen(?:[ao]s?)?|bonit[ao]s?)\s+(?:(?:días|semanas|meses|momentos|sesiones|experiencias|ratos|épocas|rachas|tardes|ensayos)\s+)?(?:o|u|como)\s+(?:(?:l[ao]s|un[ao]s)\s+)?(?:(?:muy|más\s+bien)\s+)?(?:mal[ao]s?|frustrantes?|difíciles?|complicad[ao]s?|dur[ao]s?|pesad[ao]s?|decepcionantes?|no\s+tan\s+buen[ao]s?)\b|\b(?:días|semanas|meses|momentos|sesiones|experiencias|ratos|rachas)\s+(?:buen[ao]s|bonit[ao]s)\s+(?:o|u|y)\s+(?:mal[ao]s|frustrantes|difíciles|complicad[ao]s|dur[ao]s|pesad[ao]s)\b",
    ],
    disclaim: &[
        // Whether and what the buyer writes, said to be their choice alone: "Si deja una reseña, y
        // lo que escriba en ella, es decisión suya", "si nos valora o no depende solo de usted".
        // It states, it asks nothing.
        r"\bsi\s+(?:deja|dejas|escribe|escribes|publica|publicas|pone|pones|comparte|compartes|opina|opinas|valora|valoras|nos\s+valora|nos\s+valoras)\b[^.!?\n]{0,80}?\b(?:(?:es|será|queda|resulta)\s+(?:[\wáéíóúñ'-]+\s+){0,3}?(?:decisión|elección|cosa|asunto)\s+(?:suy[oa]|tuy[oa]|de\s+usted|vuestr[oa])|(?:depende|queda)\s+(?:solo\s+|sólo\s+|solamente\s+|únicamente\s+|enteramente\s+)?(?:de\s+usted|de\s+ti|a\s+su\s+criterio|a\s+tu\s+criterio|a\s+su\s+elección))\b\s*(?:[.!;]|$)",
        // The seller unable to answer the reviews, which asks for none: "Amazon no nos deja
        // responder a las reseñas", "no podemos contestar a los comentarios de la ficha".
        r"\b(?:no\s+(?:nos|me)\s+(?:deja|dejan|permite|permiten)|no\s+(?:podemos|puedo|pueden))\s+(?:contestar|responder|replicar)\s+(?:a\s+)?(?:las|los|sus|tus|esas|esos)\s+(?:opiniones|reseñas|valoraciones|comentarios|calificaciones)\b",
        // A negation that follows another: "No le pedimos cinco estrellas. Tampoco una valoración
        // positiva."
        r"(?-i:\bTampoco)\s+(?:le\s+|les\s+|te\s+|os\s+)?(?:pedimos\s+|queremos\s+|buscamos\s+|esperamos\s+)?(?:una|un|unas|unos|la|el|las|los|cinco|5)\b",
        // What follows holds with or without a review: "eso aplica dejes reseña o no".
        // Also with the subject after the verb: "deje usted una reseña o no".
        r"\b(?:dejes|deje|dejen|escribas|escriba|escriban|pongas|ponga|publiques|publique|(?:hayas|haya|hayan|hayáis)\s+(?:dejado|escrito|puesto|publicado))\s+(?:(?:usted|ustedes|tú|vosotr[oa]s)\s+)?(?:una\s+|tu\s+|su\s+|la\s+|el\s+)?(?:reseña|opinión|valoración|comentario)\s+o\s+no\b|\bcon\s+o\s+sin\s+(?:reseña|opinión|valoración)\b",
        // The review as the buyer's own hypothetical, in the first person: the buyer's question
        // quoted in a list of questions, which asks for nothing ("¿y si dejo una opinión
        // negativa?", "¿pierdo algo si no publico ninguna valoración?", "¿qué pasa si lo valoro?").
        r"\b(?:si|cuando|en\s+cuanto|una\s+vez\s+que)\s+(?:ya\s+|no\s+)?(?:escribo|dejo|publico|pongo|comparto|subo)\s+(?:[\wáéíóúñ]+\s+){0,2}?(?:reseñ|opini|valoraci|calificaci|comentari|estrell)\w*|\bsi\s+(?:no\s+)?(?:l[oa]s?\s+|les?\s+|os\s+|te\s+)?(?:valoro|califico|reseño|puntúo)\b",
        // No need to review at all: "no hace falta que valores nada", "no tiene que calificarnos".
        r"\bno\s+(?:hace\s+falta|es\s+necesario|tienes\s+que|tiene\s+que|hay\s+que|necesitas|necesita)\s+(?:que\s+)?(?:nos\s+|me\s+)?(?:valor|califi[cq]|reseñ|opin|puntú|puntu|evalú|evalu)\w*",
        r"\bno\s+(?:le\s+|les\s+|te\s+)?pedimos\b|\beste\s+(?:correo|mensaje)\s+no\s+es\s+(?:una\s+)?(?:petición|solicitud)\b",
    ],
    other_sense: &[
        // A token earned for an activity the product or its app counts, not for a review: "gana
        // una insignia por cada cumbre que registres", "consigue una medalla con cada ruta". (One
        // earned "por cada reseña" is no activity of these and stays a reward.)
        r"\b(?:gan(?:a|e|ad|as|áis|an|en|arás|aréis|arán)|consigu(?:e|es|en)|consegu(?:id|ís)|desbloque(?:a|e|as|an|en|ad))\s+(?:un|una|\d+|dos|tres|cinco|diez)\s+(?:[\wáéíóúñ]+\s+){0,2}?(?:insignias?|medallas?|trofeos?|sellos?|pegatinas?|logros?|puntos|chapas?|diplomas?)\s+(?:(?:extra|más)\s+)?(?:por|con|en)\s+cada\s+(?:nuev[oa]\s+)?(?:cumbres?|picos?|montañas?|rutas?|travesías?|excursi(?:ón|ones)|salidas?|kilómetros?|km|pasos|vueltas?|carreras?|entrenamientos?|sesi(?:ón|ones)|retos?|desafíos?|metas?|objetivos?|niveles?|lecci(?:ón|ones)|actividad(?:es)?|recetas?|platos?|plantas?|cosechas?|partidas?|piezas?|puzles?|rompecabezas|días?|semanas?)\b",
        // A time of use, and no earlier, times the ask for every buyer (see the const).
        AFTER_A_TIME_OF_USE,
        // Paperwork or packaging in the next parcel is no extra: "tu próximo pedido llevará un
        // folleto nuevo" (see `NEXT_PARCEL_EXTRA`).
        r"\b(?:un|una|unos|unas)\s+(?:nuev[oa]s?\s+)?(?:instrucciones|manual|factura|recibo|embalajes?|envoltorios?|etiquetas?|folletos?|prospectos?|bolsas?\s+(?:de\s+(?:papel|pl[aá]stico|tela)|reciclables?|compostables?))\b",
        // A child's sticker or reward chart, and the treat it leads to: "una estrella por
        // sentarse, un pequeño premio al llegar a diez estrellas", "la tabla de recompensas".
        r"\btablas?\s+de\s+(?:pegatinas|recompensas|estrellas|premios|logros|rutinas)\b|\b(?:(?:pequeño|peque[nñ]o)\s+)?(?:premio|recompensa|sorpresa|premiecito)\s+(?:al\s+(?:llegar|juntar|reunir|completar)\s+(?:a\s+)?|a\s+las\s+|tras\s+|con\s+)(?:\d+|tres|cinco|siete|diez|veinte)\s+(?:estrellas|pegatinas)\b",
        // A new device in exchange for the old or faulty one: the goods swapped as the remedy,
        // nothing given in return ("un aparato nuevo a cambio del antiguo").
        r"\ba\s+cambio\s+(?:del|de\s+la|de\s+su|de\s+tu|de\s+el|de\s+lo)\s+(?:(?:viej[oa]|antigu[oa]|defectuos[oa]|averiad[oa]|rot[oa]|dañad[oa]|gastad[oa])\b|(?:aparato|dispositivo|artículo|producto|batería|pieza|modelo|unidad)\s+(?:viej[oa]|antigu[oa]|defectuos[oa]|averiad[oa]|rot[oa]|dañad[oa])\b)",
        // Someone else's opinion the seller asked for, a named person or one of the team, no
        // review of the buyer's: "le pedimos su opinión a Rosa, nuestra patronista", "les
        // consultamos su parecer a nuestros sastres".
        r"\b(?:le|les)\s+(?:pedimos|pedí|pido|preguntamos|consultamos|(?:hemos|he)\s+(?:pedido|preguntado|consultado)|pidió|pidieron)\s+(?:también\s+)?(?:su|sus|la|una)\s+(?P<m>(?:opini(?:ón|ones)|valoraci(?:ón|ones)|parecer|consejo)\s+(?:a|al)\s+(?:(?:la|el|los|las|nuestr[oa]s?|un|una|dos)\s+)?(?:(?-i:[A-ZÁÉÍÓÚÑ])[\wáéíóúñ-]*|patronistas?|modistas?|costurer[oa]s?|sastres?|diseñador(?:a|es|as)?|técnic[oa]s?|expert[oa]s?|especialistas?|equipo|taller|proveedor(?:es)?|fabricantes?|compañer[oa]s?|jef[ea]s?|joyer[oa]s?|zapater[oa]s?|responsables?|encargad[oa]s?))",
        // A prize or a contest someone won, told as what happened: "nuestra alumna ganó el
        // primer premio del concurso regional", "se llevó el premio del público en el certamen".
        // It is their prize, not one offered for a review.
        r"\b(?:ganó|ganaron|ganamos|ganaste|(?:ha|han|hemos|has)\s+(?:ganado|obtenido|conseguido|recibido)|se\s+(?:llevó|llevaron|ha\s+llevado|han\s+llevado)|obtuvo|obtuvieron|recibió|recibieron|conquistó|conquistaron)\s+(?:[\w]+\s+){0,3}?(?:(?:primer|segundo|tercer)\s+premio|premio\s+(?:del\s+jurado|del\s+público|de\s+la\s+crítica)|(?:premios?|trofeo|medalla)\b[^.!?\n]{0,40}?\b(?:concurso|certamen|competición|festival)|concurso|certamen)\b(?:[^.!?\n]{0,40}?\b(?:concurso|certamen|competición|festival)\b)?",
        // A longer warranty for registering the product, not for a review: "Registra la llave en
        // 30 días y la garantía pasa a 5 años", "tras el registro, la garantía …". The words
        // between the registration and the warranty hold no comma, no "y", "e" and no "luego" (a
        // word of any other length, or of that length but those): "Registre el producto y deje
        // una reseña y la garantía pasa a 5 años" ties the warranty to the review too.
        r"\bregistr\w*\b(?:\s+(?:[^\Wye]|[\wáéíóúñ'-]{2,4}|[\wáéíóúñ'-]{6,}|[^\Wl][\wáéíóúñ'-]{4}|l[^\Wu][\wáéíóúñ'-]{3}|lu[^\We][\wáéíóúñ'-]{2}|lue[^\Wg][\wáéíóúñ'-]|lueg[^\Wo])){0,12}?\s*,?\s+(?:y|e|entonces)\s+(?:[\wáéíóúñ'-]+\s+){0,3}?garant[ií]as?\b[^.!?\n]{0,40}|\b(?:tras|después\s+de|con)\s+(?:el\s+|su\s+)?registro\b(?:\s+(?:[^\Wye]|[\wáéíóúñ'-]{2,4}|[\wáéíóúñ'-]{6,}|[^\Wl][\wáéíóúñ'-]{4}|l[^\Wu][\wáéíóúñ'-]{3}|lu[^\We][\wáéíóúñ'-]{2}|lue[^\Wg][\wáéíóúñ'-]|lueg[^\Wo])){0,4}?\s*,?\s+(?:la\s+|su\s+)?garant[ií]as?\b[^.!?\n]{0,40}",
        // A token of thanks for the purchase, the trust or the loyalty, not for a review: "como
        // muestra de agradecimiento por su compra".
        r"\b(?:en|como)\s+(?:señal|prueba|testimonio|muestra)\s+de\s+(?:nuestr[oa]\s+|mi\s+)?(?:agradecimiento|gratitud|reconocimiento)\s+(?:por|ante)\s+(?:su|tu|vuestra|vuestro|esta|este|la|el)\s+(?:[\wáéíóúñ]+\s+)?(?:confianza|compra|pedido|fidelidad|visita|paciencia|apoyo|elección|preferencia)\s*[,.;:!?]",
        // An extra every item or every order includes, no reward for anything: "todas nuestras
        // carteras incluyen de obsequio una funda", "cada pluma lleva de regalo su estuche".
        r"\b(?:tod[oa]s\s+(?:l[oa]s\s+)?nuestr[oa]s\s+[\wáéíóúñ]+|(?:tod[oa]s\s+(?:l[oa]s\s+)?|cada\s+(?:un[oa]\s+de\s+nuestr[oa]s\s+)?)(?:pieza|unidad|artículo|producto|pedido|caja|estuche|frasco|vela|cartera|pluma|fular|bufanda|pañuelo|bolso|reloj|joya|taza|botella)s?)\s+(?:[\wáéíóúñ]+\s+){0,3}?(?:incluyen?|llevan?|vienen?|traen?)\s+(?:[\wáéíóúñ]+\s+){0,2}?(?:de|como)\s+(?:obsequio|regalo|cortesía)\b",
        // Something per order, not per review: "por cada pedido donamos 1 €", "con cada compra
        // plantamos un árbol".
        r"\b(?P<m>(?:por|con|en)\s+(?:cada|tu|su|vuestro|vuestra))\s+(?:nuevo\s+|nueva\s+)?(?:pedido|compra|venta|paquete|envío|entrega|botella|frasco|bolsa|artículo|producto|recambio|recarga|unidad)\b",
        // An extra the seller says it gives with every order or to every buyer, said after the
        // item: "una muestra gratis, incluida en todos los pedidos", "un cepillo de regalo, como en
        // cada pedido". It is no reward for the review (the order or the buyer is what is counted,
        // never the review: "por cada reseña …" stays an offer).
        r"(?:(?m:^)[ \t]*|[.!?][ \t]+)(?P<m>(?:tu|su|sus|tus|el|la|los|las|en|una?|encontrarás|encontrará|incluimos|enviamos|añadimos|regalamos|hemos|hay|dentro)\b\s*(?:[\wáéíóúñ'-]+\s+){0,7}?(?:regalos?|obsequios?|detalles?|gratis|gratuit[oa]s?|muestras?|sorpresas?)\b(?:\s+[\wáéíóúñ'-]+){0,7}?\s*,?\s+(?:(?:incluid[oa]s?|enviad[oa]s?|añadid[oa]s?|de\s+regalo)\s+|(?:como|igual\s+que|al\s+igual\s+que)\s+(?:(?:hacemos|hago)\s+)?|(?:que|la|lo|las|los)\s+(?:[\wáéíóúñ]+\s+){1,2})?(?:(?:en|con|a|para)\s+)?(?:cada|tod[oa]s(?:\s+l[oa]s)?(?:\s+nuestr[oa]s)?)\s+(?:paquetes?|envíos?|pedidos?|cajas?|compras?|entregas?|cafeteras?|máquinas?|clientes?|compradores?)\b)\s*(?:[.!?]|(?m:$))",
        // An extra that every parcel or order comes with, in a sentence of its own: "Cada paquete
        // lleva una muestra de regalo", "cada envío incluye un pequeño regalo", "en cada pedido
        // va un detalle". It is for every buyer, not for the review asked for before it. The
        // sentence ends with the item, or says only what it is made of: not "… para quienes
        // opinen". (Nor "deje una reseña y cada paquete llevará …".)
        r"(?:(?m:^)[ \t]*|[.!?][ \t]+)(?P<m>(?:en\s+)?(?:cada|tod[oa]s(?:\s+l[oa]s)?(?:\s+nuestr[oa]s)?)\s+(?:paquete|envío|pedido|caja|sobre|compra|entrega|pack)s?\s*,?\s+(?:[\wáéíóúñ]+\s+){0,3}?(?:incluyen?|llevan?|vienen?\s+con|traen?|contienen?|va|van|hay|encontrará|encontrarás|encuentra|encuentras)\s+(?:[\wáéíóúñ]+\s+){0,3}?(?:regalos?|obsequios?|detalles?|gratis|gratuit[oa]s?|muestras?|sorpresas?)\b(?:\s+(?:de\s+(?:regalo|obsequio|cortesía)|gratis|gratuit[oa]s?)\b)?(?:\s+(?:de|del)\s+(?:(?:nuestr[oa]s?|l[oa]s?|la|el)\s+)?[\wáéíóúñ]+(?:\s+[\wáéíóúñ]+)?)?(?:\s*,\s*(?:como|para\s+que)\s+[^.!?\n]{0,60})?)\s*(?:[.!?]|(?m:$))",
        // "Premios" as dog or cat treats (the everyday word in Spain), not prizes: "premios para
        // perros", "premios de adiestramiento", "premios de salmón", "premios masticables",
        // "reparte los premios en varias tomas", "da los premios de uno en uno", "dale sus premios
        // a tu perro". (Not "sorteo de premios", nor a bag of them sent for the review: "por tu
        // reseña te enviamos una bolsa de premios" is read on its sending.)
        r"\bpremios?\s+(?:para|de|del)\s+(?:(?:tu|su|el|los|la|las)\s+)?(?:perr[oa]s?|gat[oa]s?|mascotas?|cachorr[oa]s?|perrit[oa]s?|gatit[oa]s?|adiestramiento|entrenamiento|educación|salmón|pollo|pavo|cordero|ternera|buey|pato|conejo|hígado|atún|queso|pescado|carne|verdura)\b|\bpremios?\s+(?:masticables?|dentales?|blandos?|crujientes?|naturales?|caseros?|liofilizados?|deshidratados?|hipoalergénicos?|bajos\s+en\s+grasa|sin\s+cereales)\b",
        r"\b(?:reparte|repartid|repartir|repártele|repártelos|da|dad|dale|dales|dar|darle|darles|ofrece|ofrécele|ofrecer|ofrecerle|dosifica|dosificar|esconde|escóndele|esconder|raciona|racionar|divide|dividir|trocea|trocear|usa|usar|utiliza|utilizar|guarda|guardar)\s+(?:l[oa]s|sus|tus|est[oa]s|es[oa]s|unos\s+pocos|algunos|pocos|más|menos)\s+premios\b|\bpremios?\s+(?:al|a\s+(?:tu|su|vuestr[oa]))\s+(?:perr[oa]|gat[oa]|mascota|cachorr[oa]|perrit[oa]|gatit[oa])\b|\b(?:\d+|un|uno|dos|tres|cuatro|cinco|pocos|varios)\s+premios?\s+(?:al|por)\s+día\b|\bpremios\s+(?:en|durante)\s+(?:varias|dos|tres|cuatro|distintas)\s+tomas\b",
        // A bag or a handful of them, or chewing them: "una bolsa de premios", "premios para
        // masticar".
        r"\b(?:bolsas?|bolsitas?|paquetes?|sobres?|botes?|tarros?|latas?|puñados?|raciones?|ración)\s+de\s+premios\b|\bpremios?\s+(?:para\s+)?masticar\b|\bmastic\w*\s+(?:l[oa]s|sus|tus|unos)\s+premios\b",
        // The buyer's own order just arrived, no new arrivals on sale: "tu café de siempre,
        // recién llegado", "su pedido recién llegado a casa".
        r"\b(?:tu|su|tus|sus|vuestr[oa]s?)\s+(?:[\wáéíóúñ]+\s+){0,2}?[\wáéíóúñ]+\s*,?\s*(?:ya\s+)?recién\s+(?:llegad|recibid|entregad)[oa]s?\b",
        // A newsletter or advertising said not to come: "no te suscribimos a ningún boletín", "sin
        // newsletter", "no recibirás publicidad". It promotes nothing.
        r"\b(?:ningún|ninguna|nada\s+de|sin|cero)\s+(?:(?:otr[oa]|nuev[oa])\s+)?(?:newsletters?|boletín|boletines|publicidad|promoci(?:ón|ones)|spam|lista\s+de\s+correo)\b|\bno\s+(?:te|le|os|les)\s+(?:suscrib|apunt|inscrib|añad|met)\w*\s+(?:a|en)\s+(?:(?:ningún|ninguna|nuestr[oa]|la|el)\s+)?(?:newsletter|boletín|lista(?:\s+de\s+correo)?)\b|\bno\s+(?:recibirás|recibirá|recibiréis|recibirán|(?:te|le|os|les)\s+(?:enviaremos|mandaremos|enviamos|mandamos))\s+(?:(?:nunca|ningún|ninguna|más)\s+)?(?:newsletters?|boletín|boletines|publicidad|promociones|spam)\b",
        // What an update of the software brings: "las novedades de la actualización", "novedades
        // de esta versión", or after the update named in the paragraph, "Estas son las
        // novedades:". It names no new product.
        r"\bnovedad(?:es)?\s+(?:de|del|en|que\s+trae)\s+(?:la\s+|el\s+|esta\s+|este\s+|esa\s+|cada\s+)?(?:nueva\s+|nuevo\s+|última\s+|último\s+)?(?:actualizaci(?:ón|ones)|versi(?:ón|ones)|firmware|software|parche)\b",
        r"\b(?:actualizaci(?:ón|ones)|firmware|software)\b[^\n]{0,300}?\b(?:las|sus)\s+(?P<m>novedad(?:es)?)\s*:",
        // News about the buyer's own product or order, no new products: "novedades en la receta
        // de su croqueta", "una novedad sobre su pedido", "dos novedades útiles sobre tu
        // dron". For it, the product named ("novedades para tu {{ product.title }}", "para su
        // pedido"), or said to be useful or important ("una novedad importante para tu
        // impresora"); "novedades para tu cocina" stays an offer.
        r"\bnovedad(?:es)?\s+(?:(?:muy\s+)?(?:útil(?:es)?|importantes?|prácticas?|técnicas?|breves?|pequeñas?)\s+)?(?:en|sobre|de|con|acerca\s+de)\s+(?:(?:su|tu|sus|tus|vuestr[oa]s?)\s+|(?:la|el|los|las)\s+(?:[\wáéíóúñ]+\s+){1,2}?(?:de|del)\s+(?:su|tu|sus|tus|vuestr[oa]s?)\s+)",
        // The news announced, then told after a colon as the maker's own update: "Te contamos dos
        // novedades: el fabricante ha publicado un manual nuevo para tu modelo" ("novedades:
        // nuevos filtros, ya disponibles" stays an offer).
        r"\bnovedad(?:es)?\s*:\s*(?:el|la|los|las|su|tu)\s+(?:fabricante|marca|app|aplicación|firmware|manual|servicio\s+técnico)\s+(?:ya\s+)?(?:ha|han|se\s+ha)\s+(?:publicado|subido|actualizado|ampliado|corregido|mejorado)\b",
        r"\bnovedad(?:es)?\s+(?:(?:(?:muy\s+)?(?:útil(?:es)?|importantes?|prácticas?|técnicas?|breves?|pequeñas?)\s+)?para\s+(?:su|tu|sus|tus|vuestr[oa]s?)\s+(?:\{\{\s*product\.|(?:producto|artículo|pedido|compra|modelo|unidad|aparato|equipo|dispositivo)s?\b)|(?:muy\s+)?(?:útil(?:es)?|importantes?)\s+para\s+(?:su|tu|sus|tus|vuestr[oa]s?)\s)",
        // A discount already in this order's price, applied by Amazon's own business pricing or
        // said to be included: "el descuento por volumen que Amazon Business aplicó", "su factura
        // ya incluye el descuento". It tells the price paid, it offers nothing.
        r"\b(?:descuentos?|rebajas?|bonificaci(?:ón|ones))\s+(?:[\wáéíóúñ]+\s+){0,4}?(?:que|de)\s+Amazon(?:\s+Business)?\s+(?:(?:ya\s+|le\s+|les\s+)?(?:aplica|aplicó|ha\s+aplicado|aplicaba)|(?:ya\s+)?aplicad[oa]s?)\b|\bya\s+(?:incluye|incluía|incluyó|refleja|reflejaba|lleva|llevaba)\s+(?:el|la|los|las)\s+(?:descuentos?|rebajas?|bonificaci(?:ón|ones))\b",
        // A discount for the quantity or the kind of buyer, already applied to this order, said
        // with the verb first or after it: "se ha aplicado automáticamente el descuento por
        // cantidad", "le hemos aplicado el descuento de empresa del 5 %", "el descuento por
        // volumen ya está aplicado". It tells the price paid, it offers nothing. (A discount
        // named bare, "se les ha aplicado el descuento del 10 %", may be one for reviewers.)
        r"\b(?:se\s+(?:le\s+|les\s+)?(?:ha|han)\s+aplicado|(?:le|les|te|os)\s+(?:hemos|han)\s+aplicado|hemos\s+aplicado|se\s+(?:le\s+|les\s+)?aplicó)\s+(?:(?:ya|automáticamente|directamente)\s+)?(?:el|los|la|las|su|sus|tu|tus)\s+(?:descuentos?|rebajas?|bonificaci(?:ón|ones))(?:\s+(?:por|de|del)\s+(?:[\wáéíóúñ]+\s+)?(?:volumen|cantidad|empresa|centro|cliente|unidades)|\s+(?:a|en)\s+(?:su|tu|este|el|vuestro)\s+(?:pedido|compra|factura))\b|\b(?:descuentos?|rebajas?|bonificaci(?:ón|ones))(?:\s+(?:por|de|del)\s+(?:[\wáéíóúñ]+\s+)?(?:volumen|cantidad|empresa|centro|cliente|unidades)|\s+(?:a|en)\s+(?:su|tu|este|el|vuestro)\s+(?:pedido|compra|factura))\s+(?:(?:del?|por)\s+\d+\s*%\s+)?(?:ya\s+)?(?:está|están|va|van|viene|vienen|quedó|ha\s+quedado|se\s+ha)\s+(?:ya\s+)?aplicad[oa]s?\b",
        // "Lo primero" naming the first topic of the email, a condition opening it: "lo primero:
        // si la lámpara llegó sin bombilla, …", "en primer lugar, si falta una pieza, …". It
        // orders the email's points, not the buyer's steps.
        r"\b(?:lo\s+primero|en\s+primer\s+lugar)\s*[:,–—-]\s*(?:si|cuando|en\s+caso\s+de\s+que)\b",
        // The sale day named as when the buyer ordered, no promotion: "gracias por tu compra de
        // Black Friday", "aprovechaste el Prime Day".
        r"\b(?:compras?|pedidos?|paquetes?)\s+(?:del?\s+|durante\s+(?:el\s+)?|en\s+(?:el\s+)?)?(?:Black\s+Friday|Cyber\s+Monday|Prime\s+Day)\b|\baprovech\w*\s+(?:el\s+)?(?:Black\s+Friday|Cyber\s+Monday|Prime\s+Day)\b",
        // The sale day as a stretch of time things happen in: "durante la semana del Cyber
        // Monday los envíos tardan más", "tras los días del Prime Day".
        r"\b(?:durante|en|tras|después\s+de|antes\s+de)\s+(?:la|el|los|las)\s+(?:semanas?|días|jornadas?|fin\s+de\s+semana|periodo|período)\s+(?:del?\s+)(?:Black\s+Friday|Cyber\s+Monday|Prime\s+Day)\b",
        // The gift season, no present from the seller: "en esta época de tantos regalos", "las
        // fechas de regalos".
        r"\b(?:fechas|época|temporada|días|tiempo|semanas)\s+de\s+(?:tantos\s+|muchos\s+|los\s+)?regalos\b",
        // The buyer's own present and how it went down: "si el regalo ha gustado", "su regalo
        // fue un acierto".
        r"\b(?:el|su|tu|vuestro|este|ese)\s+regalo\s+(?:(?:ha|haya|hubiera|habrá)\s+(?:triunfado|gustado|encantado|acertado|funcionado|sido\s+(?:todo\s+)?un\s+(?:éxito|acierto))|triunfó|gustó|encantó|acertó|fue\s+(?:todo\s+)?un\s+(?:éxito|acierto))",
        // A gift other people look for, no reward: "ayuda a quien busca un regalo", "encontrar el
        // regalo perfecto".
        r"\b(?:busc|encontr|encuentr|eleg|elij|escog|acert)\w*\s+(?:un|el|su|tu|algún|buen)\s+(?:buen\s+)?regalo\b|\bideas?\s+(?:de|para)\s+regalo\b",
        // Piezas que viajan o se compran de regalo para otra persona: "muchas piezas viajan de
        // regalo", "pensadas como regalo".
        // Also made ready to be handed over as one: "listas para entregarse como obsequio", "para
        // ofrecerse de regalo".
        r"\b(?:viaj\w+|sal(?:en|e|ieron)|van|va|se\s+envían|se\s+mandan|pensad[oa]s?|elegid[oa]s?|destinad[oa]s?|encargad[oa]s?|(?:entregar|regalar|ofrecer|dar)se)\s+(?:de|como|para)\s+(?:regalo|obsequio)\b",
        // "Lo que haga falta", "si hace falta", "no hace falta": what is needed, not a missing
        // part, and not a problem.
        r"\b(?:no\s+)?(?:haga|hace|hiciera|hará|haría|hagan|hacen)\s+falta\b",
        // An order-summary row with a saving already applied ("Descuento aplicado: Oferta flash",
        // "Cupón canjeado"): it describes the purchase, it promotes nothing.
        r"(?m:^)[ \t]*(?:descuentos?|cupon(?:es)?|cupón|promoci(?:ón|ones)|ofertas?|vales?|ahorros?)\s+(?:aplicad[oa]s?|utilizad[oa]s?|usad[oa]s?|canjead[oa]s?|incluid[oa]s?)\b[^\n]*(?:\n\s*[^\n]*)?",
        // Stars inside a capitalised product name ("Sábanas Hotel 5 Estrellas", "Hotel Cinco
        // Estrellas"): a name, not a rating.
        r"(?-i:\b[A-ZÁÉÍÓÚÑ][\wáéíóúñ'-]*)\s+(?:5|(?-i:Cinco))\s+(?-i:Estrellas)\b",
        // The star class of a hotel or a restaurant, in lower case: "la misma tela que usan los
        // hoteles de cinco estrellas", "un restaurante de 5 estrellas". A grade, not a rating. Any
        // lodging or venue graded so: "muchos establecimientos de 5 estrellas", "un parador de
        // cinco estrellas", "hostales y hoteles de 5 estrellas".
        r"\b(?:hotel(?:es)?|restaurantes?|resorts?|alojamientos?|spas?|establecimientos?|hostal(?:es)?|paradores?|balnearios?|cruceros?|campings?|glampings?|albergues?|refugios?|casas?\s+rural(?:es)?|apartahoteles?|complejos?(?:\s+hoteleros?)?|categoría)\s+(?:de\s+)?(?:5|cinco)\s+estrellas\b",
        // The same class with the lodging named just before and left out after, or counted in a
        // list: "un hostal sencillo o uno de cinco estrellas", "del hotel, sea de tres o de cinco
        // estrellas", "desde un albergue hasta un cinco estrellas", "hoteles de tres, cuatro o
        // cinco estrellas". It grades where the buyer stays, not the product.
        r"\b(?:hotel(?:es)?|resorts?|alojamientos?|establecimientos?|hostal(?:es)?|paradores?|balnearios?|campings?|glampings?|albergues?|refugios?|apartahoteles?|pensi(?:ón|ones)|posadas?)\b[^.!?\n;:]{0,60}?\b(?:(?:o|u|y|e|ni|hasta|como)\s+(?:en\s+)?(?:(?:uno|una|otro|otra|un|el|los|unos|otros)\s+)?|(?:sea|fuera|ya\s+sea)\s+)(?:de\s+)?(?:(?:\d|una|dos|tres|cuatro)\s*(?:,|o|u|y|a)\s*(?:de\s+)?)*(?:5|cinco)\s+estrellas\b|\b(?:hotel(?:es)?|resorts?|alojamientos?|establecimientos?|hostal(?:es)?|paradores?|campings?|albergues?|apartahoteles?)\s+(?:de\s+)?(?:(?:\d|una|dos|tres|cuatro)\s*(?:,|o|u|y|a)\s*(?:de\s+)?)+(?:5|cinco)\s+estrellas\b",
        // Stars that are a spice, a sea creature or a thing made of something, not a rating:
        // "cinco estrellas de anís", "anís estrellado", "estrellas de mar", "cinco estrellas de
        // fieltro", "con forma de estrella". ("¡Cinco estrellas nos harían felices!" stays a star
        // count.)
        r"\bestrellas?\s+(?:de|en)\s+(?:[\w-]+\s+)?(?:anís|badiana|mar|fieltro|papel|cartón|madera|chocolate|azúcar|mazapán|fondant|galleta|jengibre|arcilla|cerámica|porcelana|vidrio|cristal|latón|cobre|estaño|tela|lino|cuero|encaje|purpurina|lentejuelas|abalorios|metal|resina|cera|paja)\b|\banís\s+estrellado\b|\b(?:con|en)\s+forma\s+de\s+estrellas?\b",
        // Stars someone else hands out, a pet, the vet or the groomer, told as what happened: "la
        // gata le dio cinco estrellas al modelo", "el veterinario le ha puesto cinco estrellas".
        // Only what was given ("danos cinco estrellas", "si nos da cinco estrellas" stay star
        // counts).
        r"\b(?:dio|dieron|puso|pusieron|otorgó|otorgaron|concedió|concedieron|regaló|regalaron|ha\s+dado|han\s+dado|había\s+dado|ha\s+puesto|han\s+puesto|ha\s+otorgado|ha\s+concedido)\s+(?:(?:al|a\s+la|a\s+los|a\s+las)\s+(?:[\wáéíóúñ]+\s+){1,2}?)?(?:(?:sus|las)\s+)?(?:5|cinco)\s+estrellas\b",
        // Stars counted per day or week, an app's or a tracker's goals: "cinco estrellas a la
        // semana significan un perro cansado".
        r"\b(?:5|cinco)\s+estrellas\s+(?:a\s+la|por|cada|en\s+una|en\s+la|al)\s+(?:semana|día|mes)\b",
        // Stars that grade something on a scale told step by step, the lowest first: "una
        // estrella, se deshacen con los dedos; tres, …; cinco estrellas, toca rapar".
        r"\b(?:una|1)\s+estrella\s*[,:;=–—-][^.!?\n]{1,160}?(?P<m>\b(?:5|cinco)\s+estrellas)\s*[,:;=–—-]",
        // Stars that grade the buyer's own effort or practice, not the product: "cinco estrellas al
        // esfuerzo", "cinco estrellas a tu constancia", "un esfuerzo de cinco estrellas". Stars
        // "al" effort only where no one asks for them: at the start, or after "y", "son", "te
        // mereces" ("danos cinco estrellas al esfuerzo" asks for them), and where no wish follows
        // ("¡Cinco estrellas al esfuerzo serían geniales!": `es_praise_end`).
        concat!(
            r"(?:(?:(?m:^)|[^\w\s]|\b(?:y|son|pues|merece|mereces|merecen|te\s+(?:doy|damos|pongo|ponemos)|os\s+(?:doy|damos))\s)\s*(?:(?:ya|también|todas)\s+)?(?:las\s+)?(?:5|cinco)\s+estrellas\s+(?:al|a\s+(?:tu|su|vuestro|vuestra|la|el)|para\s+(?:tu|el|la|su))\s+(?:esfuerzo|constancia|empeño|dedicación|disciplina|sesión|entrenamiento|práctica|intento|progreso|garra|tesón|perseverancia|voluntad)\b|\b(?:esfuerzo|constancia|empeño|sesión|entrenamiento|práctica|intento|semana|día|progreso)\s+(?:(?:es|fue|ha\s+sido|será)\s+)?de\s+(?:5|cinco)\s+estrellas\b)",
            es_praise_end!()
        ),
        // The buyer grading themselves in stars: "date cinco estrellas", "te mereces 5 estrellas".
        // Not with stars for the seller after it ("¡y a nosotros también!").
        concat!(
            r"(?:\b(?:date|ponte|regálate|otórgate|asígnate|concédete|daos|poneos|dense|pónganse|te\s+(?:das|pones|mereces|ganas|has\s+ganado))\s+(?:[\wáéíóúñ]+\s+){0,3}?(?:5|cinco)\s+estrellas\b)",
            es_praise_end!()
        ),
        // A whole star scale, from the bottom to the top: "de una a cinco estrellas", "del 1 al 5
        // estrellas", "entre una y cinco estrellas". It names every grade, no steer.
        // Only for each thing or for oneself ("valóranos de una a cinco estrellas, ojalá sean
        // cinco" stays a star count).
        r"\b(?:cada|te|ti\s+mism[oa]|date|ponte)\b[^.!?\n]{0,40}?(?:\b(?:de\s+|del\s+|desde\s+)?(?:una|1|cero|0)\s*(?:estrella\s+)?(?:a|al|hasta|-|–)\s*(?:5|cinco)\s+estrellas\b|\bentre\s+(?:una|1|cero|0)\s+(?:estrella\s+)?y\s+(?:5|cinco)\s+estrellas\b)",
        // The thing the buyer made with the product, praised in stars: "un pan de cinco
        // estrellas", "tu bizcocho quedará de 5 estrellas".
        r"\b(?:pan|panes|hogazas?|bizcochos?|tartas?|pizzas?|platos?|comidas?|cenas?|café|dibujos?|bocetos?|cuadros?|fotos?|resultados?)\s+(?:(?:es|será|fue|está|queda|quedará|quedó|sale|saldrá|salió)\s+)?(?:de\s+)?(?:5|cinco)\s+estrellas\b",
        // Stars in the sky, counted: "las cinco estrellas más brillantes de la constelación",
        // "las cinco estrellas principales de la Cruz del Sur", "cinco estrellas que forman una
        // W". Astronomy, no rating.
        r"\b(?:5|cinco)\s+estrellas\s+(?:(?:más\s+|muy\s+)?(?:brillantes|luminosas|visibles|tenues|fugaces|alineadas|principales)\b|(?:que\s+)?(?:forman|dibujan|componen)\b|(?:[\wáéíóúñ]+\s+){0,3}?(?:del\s+cielo|en\s+el\s+cielo|de\s+(?:la\s+|una\s+)?(?:constelación|Osa|Casiopea|Orión|Cruz\s+del\s+Sur|Pléyades|Vía\s+Láctea|galaxia|Carro))\b)|\bconstelaci(?:ón|ones)\s+(?:[\wáéíóúñ]+\s+){0,3}?(?:5|cinco)\s+estrellas\b",
        // The item line ("Artículo: almohada Cinco Estrellas"): a name.
        r"(?m:^)[ \t]*(?:artículos?|productos?|descripción|modelo|contenido)[ \t]*:[^\n]*",
        // What other shops do, told to set the seller apart: "hay vendedores que regalan cosas a
        // cambio de reseñas", "otras marcas ofrecen descuentos por opinar". The clause only, up
        // to a comma, so the seller's own offer after "pero" stays read.
        r"\b(?:hay|existen|otr[oa]s|algun[oa]s|much[oa]s)\s+(?:[\wáéíóúñ]+\s+)?(?:tiendas|vendedores|marcas|empresas|negocios|comercios)\s+(?:que\s+)?(?:[\wáéíóúñ]+\s+)?(?:regalan|ofrecen|dan|pagan|premian|mandan|envían|devuelven|recompensan|compran)\b[^.!?\n;:,]{0,60}",
        // The seller new to selling, no new arrival on sale: "somos un vendedor recién llegado",
        // "una tienda nueva".
        r"\b(?:somos|soy|como)\s+(?:un[oa]?\s+)?(?:vendedor(?:a|es)?|tiendas?|marcas?|negocios?|empresas?)\s+(?:recién\s+llegad|nuev)[oa]s?\b",
        // Nothing for a review, said outright ("no damos nada por las reseñas").
        r"(?:\bno\s+\w+\s+)?\bnada\s+(?:a\s+cambio\s+)?(?:por|de)\s+(?:una\s+|la\s+|las\s+|su\s+|sus\s+|tu\s+|tus\s+)?(?:reseñas?|opini(?:ón|ones)|valoraci(?:ón|ones))\b",
        r"\b(?:enviamos|enviado|mandamos|mandado)\s+(?:[\wáéíóúñ'-]+\s+){0,5}?(?:para\s+)?reemplaz\w*|\breemplazo\s+(?:[\wáéíóúñ'-]+\s+){0,3}?(?:enviado|en\s+camino)\b",
        r"\benvol\w*\s+(?:[\wáéíóúñ'-]+\s+){0,3}?(?:para|como|de)\s+regalo\b|\bagradecid[oa]s?\s+por\b",
        // (Also the buyer's present said with a condition: "si son un regalo", "si la falda es
        // un regalo".)
        r"\b(?:era|eran|fue|fueron|fuera|fueran)\s+(?:un|para)\s+regalo\b|\bsi\s+(?:[\wáéíóúñ']+\s+){0,3}?(?:es|son)\s+(?:un|para)\s+regalo\b|\b(?:comprad|pedid)[oa]s?\s+(?:como|para)\s+regalo\b|\b(?:bolsa|bolsita|envoltorio|papel|caja|empaque|ticket|tique|recibo|factura)\s+(?:de\s+)?regalo\b|\b(?:descuento|cup[oó]n|c[oó]digo)\w*\s+(?:[\wáéíóúñ]+\s+){0,3}?que\s+(?:ya\s+)?(?:usó|aplicó|utilizó|canjeó|usaste|aplicaste|ha\s+(?:usado|aplicado|utilizado))\b",
        // A detail as a fact worth knowing, no gift: "un detalle que poca gente conoce", "otro
        // detalle importante".
        r"\b(?:un|otro|este|el)\s+(?:pequeño\s+)?detalle\s+(?:que\s+(?:pocos|pocas|muchos|muchas|nadie|casi\s+nadie|no\s+tod[oa]s|poca\s+gente|mucha\s+gente)\s+(?:sabe|saben|sabía|sabían|conoce|conocen|nota|notan|tiene\s+en\s+cuenta|tienen\s+en\s+cuenta)|(?:muy\s+)?(?:importante|técnico|práctico|curioso)|a\s+tener\s+en\s+cuenta)\b",
        // A detail that seems small, a trifle and no gift: "parece un detalle, pero cambia el
        // acabado", "puede parecer un simple detalle".
        r"\b(?:parece|parecen|parecía|parecerá|parecería|parezca|parecer)\s+(?:(?:solo|sólo|apenas|simplemente|nada\s+más\s+que)\s+)?(?:un|otro)\s+(?:simple\s+|pequeño\s+|mero\s+|mínimo\s+)?detalle\b",
        // A gift that is only advice: "un pequeño regalo en forma de truco", "un regalito en
        // forma de consejo".
        r"\b(?:(?:un|una|este|nuestro)\s+)?(?:pequeño\s+)?(?:regal(?:o|ito)|obsequio|detalle)\s+en\s+forma\s+de\s+(?:truco|consejo|tip|dato|idea|recomendación|receta|información)\b",
        // "Aquí no hay premios ni sorteos", "sin regalos ni descuentos", "ni descuento, ni letra
        // pequeña": none offered.
        // Each item may repeat the "ni": "ni vales, ni devoluciones de dinero, ni muestras"; the
        // last may be "ningún otro beneficio": "no damos cheques regalo ni ningún otro beneficio".
        // Said to be for reviews, the "a cambio de opiniones" after the list belongs to the denial,
        // and so does a bare "a cambio" ("no damos ningún regalo ni reembolso a cambio").
        r"\b(?:no\s+(?:hay|habrá|ofrecemos|damos|regalamos|hacemos|enviamos|mandamos|entregamos)|sin|ni)\s+(?:ni\s+)?(?:premios?|sorteos?|regalos?|descuentos?|recompensas?|cupones?|obsequios?|incentivos?|reembolsos?|vales?|productos?|muestras?|puntos|dinero|devoluci(?:ón|ones)(?:\s+de(?:l)?\s+dinero)?|tarjetas?\s+(?:de\s+)?regalo|cheques?\s+regalo|(?:ningún|ningun)\s+(?:otro\s+)?(?:beneficio|incentivo|regalo|premio)|beneficios?|ventajas?)(?:(?:\s*,\s*(?:ni\s+)?|\s+ni\s+|\s+o\s+)(?:premios?|sorteos?|regalos?|descuentos?|recompensas?|cupones?|obsequios?|incentivos?|reembolsos?|vales?|productos?|muestras?|puntos|dinero|devoluci(?:ón|ones)(?:\s+de(?:l)?\s+dinero)?|tarjetas?\s+(?:de\s+)?regalo|cheques?\s+regalo|(?:ningún|ningun)\s+(?:otro\s+)?(?:beneficio|incentivo|regalo|premio)|beneficios?|ventajas?))*\b(?:\s+(?:a\s+cambio\s+de|por)\s+(?:las\s+|los\s+|sus\s+|su\s+|una\s+|un\s+)?(?:reseñas?|opini(?:ón|ones)|valoraci(?:ón|ones)|comentarios?)\b|\s+a\s+cambio\b)?",
        // Free shipping the order already had: "su pedido tenía el envío gratis", "la compra llegó
        // con envío gratuito".
        r"\b(?:pedido|compra|orden|paquete)\s+(?:ya\s+)?(?:tenía|tuvo|tiene|incluía|incluyó|incluye|llevaba|llevó|contaba\s+con|vino\s+con|llegó\s+con)\s+(?:el\s+)?envío\s+(?:gratis|gratuito)\b|\benvío\s+(?:gratis|gratuito)\s+(?:de|en|incluido\s+en)\s+(?:su|tu)\s+(?:pedido|compra)\b",
        r"\b(?:no|ni)\s+(?:ofrecemos|regalamos|damos|enviamos|mandamos|pagamos)\s+nada(?:\s+(?:a\s+cambio|por\s+(?:opinar|valorar|reseñar|comentar|escribir(?:la)?|dejar(?:la)?|publicar(?:la)?)))?\b|\bnada\s+a\s+cambio\b|\bningún\s+(?:regalo|premio|descuento)\b",
        r"[^.!?\n]*\b(?:dejes\s+(?:una\s+)?reseña\s+o\s+no|deje\s+(?:una\s+)?reseña\s+o\s+no|independientemente\s+de\s+(?:tu|su)\s+reseña|con\s+o\s+sin\s+reseña)\b[^.!?\n]*",
        // Free shipping the order already had: "llegó con el envío gratis de tu pedido", "el envío
        // gratis del pedido 123".
        r"\benvío\s+gratis\s+d(?:e|el)?\s+(?:(?:tu|su|este|el|vuestro)\s+)?(?:pedido|compra)\b|\b(?:lleg|sal|vin|envi)\w*\s+con\s+(?:el\s+)?envío\s+gratis\b",
        // A present the buyer gave, for an occasion or said of the order: "como regalo de
        // cumpleaños", "si el jarrón era para regalo", "era pa regalo".
        r"\bregalos?\s+de\s+(?:boda|cumpleaños|navidad|reyes|aniversario|bautizo|comunión|jubilación|despedida|san\s+valentín|graduación)\b|\b(?:era|eran|es|son|fue|fueron|sea|fuera)\s+(?:de|como|para|pa)\s+regalo\b",
        // Bought or ordered as a present for someone: "si lo compraste como regalo", "las
        // encargué para regalo", "si lo adquirió de regalo para su hermana".
        // (A past purchase only: "con tu compra recibes una de regalo" is an offer.)
        r"\b(?:compr(?:ó|é|aste|asteis|aron|ado|ada|ados|adas)|encarg(?:ó|ué|aste|asteis|aron|ado|ada|ados|adas)|adquiri(?:ó|ste|steis|eron|do|da|dos|das)|adquirí)\s+(?:(?:el|la|los|las|este|esta|estos|estas|su|sus|tu|tus)\s+(?:[\wáéíóúñ-]+\s+){1,3}?)?(?:como|para|de|pa)\s+regalo\b",
        // Rewards listed only to deny them: "no ofrecemos regalos, descuentos ni compensaciones a
        // cambio de reseñas", "no damos premios ni vales por las opiniones", "no se dan vales por reseñas".
        // The first item may be a longer cover, each item may take a "de …", the last may be
        // "ninguna otra cosa", the reviews named back by a pronoun: "no ofrecemos ampliaciones de
        // garantía, muestras ni ninguna otra cosa a cambio de ellas".
        r"\bno\s+(?:le\s+|les\s+|te\s+|os\s+)?(?:ofrecemos|damos|regalamos|enviamos|mandamos|hacemos|se\s+(?:ofrecen?|dan?|regalan?|envían?|hacen?|conceden?))\s+(?:ningún\s+|ninguna\s+)?(?:regal|descuent|compensaci|premi|vale|cupon|cupón|obsequi|recompens|reembols|muestras|ampliaci|extensi|prolongaci)\w*(?:\s+del?\s+[\wáéíóúñ]+)?(?:\s*,\s*[\wáéíóúñ]+(?:\s+del?\s+[\wáéíóúñ]+)?){0,4}(?:\s+(?:ni|o|y)\s+(?:(?:ningún|ninguna|ningun)\s+)?(?:otr[oa]s?\s+)?[\wáéíóúñ]+(?:\s+del?\s+[\wáéíóúñ]+)?)?(?:\s+(?:a\s+cambio\s+de|por)\s+(?:las\s+|los\s+|una\s+|un\s+|tu\s+|su\s+)?(?:reseñ|opini|valoraci|calificaci|comentari|ellas\b|ellos\b)\w*)?",
        // The present itself, handled or given: "para acompañar el regalo", "al envolver tu regalo".
        r"\b(?:acompañ|envolv|envuelv|entreg|abr|prepar)\w*\s+(?:el|tu|su|este|ese)\s+regalo\b",
        // The buyer's present and where or to whom it goes, as a case of theirs: "si el regalo
        // tiene que viajar lejos", "si tu regalo es para un bebé", "si su regalo sale fuera".
        r"\bsi\s+(?:el|este|ese|vuestro|tu|su)\s+regalo\s+(?:(?:va\s+a|tiene\s+que|ha\s+de)\s+(?:viajar|salir|ir|llegar|cruzar)|viaja|viajará|sale|saldrá|(?:es|era|será|va)\s+para\s+(?:un|una|alguien|otr[oa]|fuera|el\s+extranjero))\b",
        // "Faltar" as what is still to do, no missing part: "¿ya lo has terminado o te falta el
        // último tramo?", "te falta poco para acabarlo".
        r"\b(?:terminad|acabad|completad|montad|armad|hech)[oa]s?\s+(?:[\wáéíóúñ]+\s+)?o\s+(?:aún\s+|todavía\s+)?(?:te|t|le|os|les)\s+falta\b|\b(?:te|t|le|os|les)\s+falta\s+(?:poco|mucho|nada)\s+para\s+(?:terminar|acabar|completar)\w*",
        // The gift as the buyer's order, not one the seller gives: how it went ("cómo le haya ido
        // con el regalo"), for whom ("el regalo para su sobrina"; "un regalo para tu hijo" may be
        // the seller's), and the surprise the buyer planned and how it went ("la sorpresa no salió
        // como esperaba"); the seller keeping its own surprise secret ("para no arruinar la
        // sorpresa") stays a reward.
        r"\b(?:ido|fue|va|vaya|salió|resultó)\s+con\s+(?:el|su|tu|este|ese)\s+regalo\b|\b(?:el|su|tu|ese|este|del|al)\s+regalos?\s+(?:para|a)\s+(?:su|tu|sus|tus|vuestr[oa]s?)\s+(?:sobrin|hij|niet|mam|madre|padre|pap|abuel|herman|amig|prim|tí|tio|espos|marido|mujer|novi|pareja|suegr|compañer|colega|jef|profe|maestr|ahijad|beb|familia)\w*",
        r"\b(?:la|su|tu|esa|esta)\s+sorpresa\s+(?:no\s+)?(?:(?:ha|haya|hubiera)\s+)?(?:salió|salido|saliera|resultó|resultado|funcionó|funcionado|gustó|gustado|encantó|encantado|quedó|quedado)\b|\bsorpresa\s+que\s+(?:usted\s+|tú\s+)?(?:había|habías|ha|has)\s+(?:preparado|planeado|organizado|pensado)\b",
        // Word sent back, not an item: "una respuesta de nuestro equipo llegará en un día", "un
        // número de seguimiento sale".
        r"\b(?P<m>respuestas?|mensajes?|correos?|e-?mails?|confirmaci(?:ón|ones)|(?:números?\s+de\s+)?seguimiento|copias?|enlaces?|notificaci(?:ón|ones)|avisos?|facturas?|llamadas?)\b(?:\s+[\w'-]+){0,6}?\s+(?:sale|saldrá|llega|llegará|llegan|llegarán|camino|envía|enviará|enviad[oa]s?)\b",
    ],
    rated_stars: &[
        // Stars a game scores the player on a song, a level or a mission: "conseguimos las cinco
        // estrellas en las canciones más rápidas", "sacar tres estrellas en cada nivel". The
        // game's grade, no review. (Asked of the buyer, "danos cinco estrellas en la tienda",
        // stays a star count: `star_ask`.)
        r"\b(?:consegu\w+|consig\w+|sac\w+|logr\w+|obten\w+|obtuv\w+|gan\w+|haz|hacer|hicimos|hice)\s+(?:(?:las|sus|tus|todas\s+las)\s+)?(?:[1-5]|una|dos|tres|cuatro|cinco)\s+estrellas\s+(?:en|de)\s+(?:(?:la|las|el|los|cada|tod[oa]s\s+l[oa]s|est[ae]s?|un|una)\s+)?(?:canci(?:ón|ones)|nivel(?:es)?|pistas?|partidas?|misi(?:ón|ones)|fases?|retos?|pantallas?|mundos?|temas|juegos?|carreras?)\b",
        // The top mark a test, a comparison or a blog gave the product, told as what happened:
        // "este papel obtuvo la nota más alta en la prueba de un blog de papelería", "en la
        // comparativa de una revista, nuestra destructora consiguió la puntuación máxima". An ask
        // of the buyer in the sentence ("dale la nota más alta en tu prueba") still governs it.
        concat!(
            r"\b",
            es_judged_mark!(),
            r"\s+(?:en|según|de|para)\s+(?:(?:el|la|los|las|un|una|su|sus|este|esta)\s+)?(?:[\wáéíóúñ'’-]+\s+){0,2}?(?:pruebas?|tests?|comparativas?|comparativos?|ensayos?|análisis|blogs?|blogueros?|blogueras?|probadores?)\b",
        ),
        concat!(
            r"\b(?:en|durante)\s+(?:(?:el|la|los|las|un|una|su|este|esta)\s+)?(?:[\wáéíóúñ'’-]+\s+){0,2}?(?:pruebas?|tests?|comparativas?|comparativos?|ensayos?|análisis)\b[^.!?\n]{0,60}?\b(?:obtuvo|obtuvieron|recibió|recibieron|consiguió|consiguieron|logró|lograron|sacó|sacaron|se\s+llevó|se\s+llevaron|ha\s+obtenido|han\s+obtenido|ha\s+conseguido|ha\s+recibido)\s+",
            es_judged_mark!(),
        ),
        // Stars a third party's test or rating gives a car, a helmet, a child seat or any other
        // thing, said of that thing: "cinco estrellas en Euro NCAP", "5 estrellas en las pruebas de
        // choque", "las cinco estrellas del crash test", "la NHTSA le dio cinco estrellas". Never in
        // the buyer's own test ("cinco estrellas en su prueba" stays a star count), nor the stars
        // wished of the buyer beside it ("denos cinco estrellas como Euro NCAP"), nor where an ask of
        // the buyer governs them in the sentence, whatever test or safety word stands beside them:
        // "otórguele cinco estrellas en la prueba de choque", "¿podría darnos cinco estrellas de
        // seguridad?", "… de su parte".
        concat!(
            r"\b(?:(?:la\s+)?(?:máxima|mejor)\s+(?:puntuación|calificación|valoración|nota)\s+(?:de\s+)?)?(?:5|cinco)\s+estrellas\s+(?:de\s+la\s+|del\s+|de\s+|en\s+(?:el\s+|la\s+)?)?",
            star_raters!(),
        ),
        concat!(
            r"\b(?:5|cinco)\s+estrellas\s+(?:en|de|del|según|por|durante|tras)\s+(?:(?:el|la|los|las|un|una|cada|todos\s+los|todas\s+las)\s+(?:[\w'’-]+\s+){0,2}?)?(?:",
            star_raters!(),
            r"|crash[\s-]*tests?|tests?|pruebas?|ensayos?|evaluaci(?:ón|ones)\s+de\s+seguridad|calificaci(?:ón|ones)\s+de\s+seguridad|seguridad)\b",
        ),
        concat!(
            r"\b(?:",
            star_raters!(),
            r"|crash[\s-]*tests?|pruebas?\s+de\s+(?:choque|impacto|seguridad))\b(?:\s+[\p{L}'’]+){0,3}?\s+(?:(?:las|sus)\s+)?(?:5|cinco)\s+estrellas",
        ),
        // Stars or a top mark that an exam board, a jury, judges, a critic or a paper gave a
        // pupil, a band, a concert, a film or a restaurant, told as what happened: "el tribunal
        // le puso la nota máxima: cinco estrellas", "el periódico publicó la crítica de su
        // concierto con cinco estrellas", "cinco estrellas de la prensa", "la crítica de la obra
        // con cinco estrellas". Not the stars wished of the buyer beside them ("denos cinco
        // estrellas como el jurado", "la nota máxima en tu reseña", "… de su parte"): the judge
        // stands before a verb of giving, rating or publishing before them, or right after a
        // preposition after them, or the stars are those of a critique of a show; an ask between
        // still governs them.
        concat!(
            r"\b",
            es_judges!(),
            r"\b(?:\s+[\p{L}'’-]+){0,3}?\s+(?:(?:le|les|lo|la|los|las)\s+)?(?:d(?:io|ieron|a|an)|pus(?:o|ieron)|pone|ponen|otorg\w*|conced\w*|asign\w*|calific\w*|valor\w*|puntu\w*|premi\w*|publi\w*|reconoci\w*)(?:\s+[\p{L}'’-]+){0,6}?\s+(?:(?:con|de|sus|su)\s+)?",
            es_judged_mark!(),
        ),
        concat!(
            r"\b",
            es_judged_mark!(),
            r"\s+(?:del|de\s+la|de\s+los|de\s+las|de|según|por\s+parte\s+de(?:l|\s+la|\s+los)?|por\s+(?:el|la|los)|en\s+(?:el|la))\s+(?:[\p{L}'’-]+\s+){0,2}?",
            es_judges!(),
            r"\b",
        ),
        // The name a critic, a journalist, a magazine or a style column gave a collection or a
        // piece, in stars: "la crítica de moda de una revista calificó de «pieza de cinco
        // estrellas» el modelo", "el periodista describió la colección como una colección de
        // cinco estrellas"; or that name before them: "una chaqueta de cinco estrellas, según
        // la prensa".
        concat!(
            r"\b",
            es_judges!(),
            r"(?:\s+[\p{L}'’-]+,?){0,8}?\s+(?:(?:lo|la|los|las|le|les)\s+)?(?:(?:ha|han|había|habían|habría)\s+)?(?:calific\w*|defin\w*|llam\w*|describ\w*|descri\w*|bautiz\w*|coron\w*|catalog\w*|tild\w*|consagr\w*|proclam\w*|nombr\w*|eligi\w*|elig\w*|present\w*)(?:\s+[\p{L}'’-]+){0,3}?\s+(?:(?:como|de)\s+)?[«\x22“”]?\s*(?:(?:una?|el|la|los|las)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:de\s+)?(?:las\s+)?(?:5|cinco)\s+estrellas",
        ),
        concat!(
            r"\bde\s+(?:5|cinco)\s+estrellas(?:\s+[\p{L}'’-]+){0,3}?\s*[»\x22”]?,?\s+(?:según|para|en)\s+(?:(?:el|la|los|las|un|una|su|sus)\s+)?(?:[\p{L}'’-]+\s+){0,2}?",
            es_judges!(),
            r"\b",
        ),
        // Stars that are part of the design: "las cinco estrellas de la esfera son
        // luminiscentes", "las cinco estrellitas del colgante", "una esfera con cinco
        // estrellas".
        concat!(
            r"\b(?:5|cinco)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:estrellas|estrellitas)\s+(?:(?:grabadas|bordadas|impresas|pintadas|engastadas|luminosas|luminiscentes|doradas|plateadas)\s+)?(?:de\s+la|del|de\s+los|de\s+las|de\s+(?:tu|su|tus|sus|este|esta|cada)|(?:en|sobre|alrededor\s+de|bajo)\s+(?:el|la|los|las|tu|su|tus|sus|este|esta|cada)|alrededor\s+del|en\s+(?:el|la))\s+(?:[\p{L}'’-]+\s+){0,2}?",
            es_star_design!(),
            r"\b",
        ),
        concat!(
            r"\b",
            es_star_design!(),
            r"\s+(?:con|de)\s+(?:(?:las|sus)\s+)?(?:5|cinco)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:estrellas|estrellitas)",
        ),
        // A place others grade in stars, told in a relative clause: "un camping que los
        // viajeros puntúan con cinco estrellas", "un hotel que tiene cinco estrellas", "el
        // refugio al que los montañeros dan cinco estrellas". It grades the place, not the
        // product; an ask of the buyer beside it still governs the stars.
        r"\b(?:hotel(?:es)?|restaurantes?|resorts?|alojamientos?|establecimientos?|hostal(?:es)?|paradores?|balnearios?|campings?|glampings?|albergues?|refugios?|casas?\s+rural(?:es)?|apartahoteles?|apartamentos?|cabañas?|bungalows?|áreas?\s+de\s+acampada|zonas?\s+de\s+acampada)\s+(?:(?:al|a\s+la|a\s+los|a\s+las)\s+)?(?:que|cuy[oa]s?)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:puntú(?:a|an)|valor(?:a|an)|califi(?:ca|can)|d(?:a|an|io|ieron)|otorg(?:a|an|ó|aron)|conced(?:e|en|ió|ieron)|pon(?:e|en)|pusieron|tiene|tienen|ostenta|ostentan|lleva|llevan|luce|lucen|suma|suman|acumula|acumulan|recibe|reciben|recibió|consigue|consiguen)\s+(?:(?:con|de|sus|las)\s+)?(?:5|cinco)\s+estrellas\b",
        // A five-star event wished or told: "¡que sea una boda de cinco estrellas!", "unas
        // vacaciones de cinco estrellas". It grades the day, not the product.
        r"\b(?:bodas?|fiestas?|celebraci(?:ón|ones)|cumpleaños|vacaciones|viajes?|luna\s+de\s+miel|navidad(?:es)?|nochevieja|fin\s+de\s+semana|findes?|veladas?|noches?|días?|jornadas?|temporadas?|invierno|verano|ceremonias?|recepci(?:ón|ones)|galas?|bailes?|bautizos?|comuniones?|aniversarios?|despedidas?(?:\s+de\s+solter[oa]s?)?|escapadas?|excursi(?:ón|ones)|aventuras?)\s+(?:(?:sea|será|fue|es)\s+)?(?:de\s+)?(?:5|cinco)\s+estrellas\b",
        concat!(
            r"\bcríticas?\s+(?:de|del|de\s+la|de\s+los)\s+(?:(?:su|sus|este|esta|ese|esa|aquel|aquella)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:concierto|actuación|recital|función|espectáculo|obra|película|disco|álbum|restaurante|montaje|estreno|gira|festival)s?\b(?:\s+[\p{L}'’-]+){0,3}?\s+(?:con|de)\s+",
            es_judged_mark!(),
        ),
    ],
    star_ask: &[es_star_ask!()],
    star_tail: &[es_star_tail!()],
    reviewers: &[
        // A group of buyers named by any noun, with the club or the shop they belong to, who write
        // a review: "los socios del Club de la Pluma que escriben una reseña", "las suscriptoras
        // de nuestro boletín que dejan su opinión". What follows for them is for the review.
        r"\b(?:l[oa]s|nuestr[oa]s|tod[oa]s\s+l[oa]s|a\s+l[oa]s)\s+[\wáéíóúñ]+(?:\s+(?:del?|de\s+la|de\s+los|de\s+las|de\s+nuestr[oa]s?)\s+(?:[\wáéíóúñ'’-]+\s+){0,3}?[\wáéíóúñ'’-]+)?\s+que\s+(?:nos\s+|me\s+)?(?:(?:han|hayan)\s+)?(?:escrib|dej|publi|compart|escrit|dejad|publicad|compartid)\w*\s+(?:su|sus|una|un)\s+(?:[\wáéíóúñ]+\s+)?(?:reseñ|opini|valoraci|calificaci)\w*",
        // A published review as what it takes to enter a club or to move up a tier: "para pasar
        // al nivel Plata basta con haber publicado una reseña", "para entrar solo hay una norma:
        // publicar una reseña", "para unirte, el único requisito es dejar tu opinión". What the
        // club or tier gives is paid with the review. (A how-to, "para dejar tu reseña basta con
        // pulsar el enlace", names no entry; nor does "para entrar en tu cuenta basta con …".)
        r"\bpara\s+(?:entrar|acceder|unirte|unirse|uniros|formar\s+parte|optar|apuntarte|inscribirte|ser\s+(?:soci|miembr)\w*|(?:pasar|subir|ascender)\s+(?:al|a\s+la|de)\s+(?:nivel|categoría|rango|club|círculo|grupo|estatus))\b[^.!?\n]{0,120}?\b(?P<m>(?:basta\s+con|(?:solo|sólo|únicamente)\s+hay\s+que|(?:solo|sólo|únicamente)\s+(?:hay|existe|pedimos|tenemos)\s+(?:una|un)\s+(?:norma|regla|requisito|condición)|(?:el|la)\s+(?:únic[oa]|sol[oa])\s+(?:requisito|condición|norma|regla)\s+es|hace\s+falta|se\s+necesita|(?:tienes|tiene|tenéis)\s+que|has\s+de)\s*:?\s*(?:(?:haber|tener)\s+(?:publicad|dejad|escrit|compartid)[oa]\s+|(?:publicar|dejar|escribir|compartir)\s+)?(?:una|tu|su|un)\s+(?:[\wáéíóúñ]+\s+)?(?:reseña|opinión|valoración|comentario))\b",
        // The people who review, named back by a pronoun right after the ask: "Escribe tu reseña
        // cuando quieras: {{ link }}. Quien lo hace recibe …", "… deja tu opinión. Los que la
        // dejan reciben …". Only opening the sentence after one that names the review.
        r"(?:\b(?:reseñas?|opini(?:ón|ones)|valoraci(?:ón|ones))\b|links\.\w*review\w*\s*\}\})[^\n]{0,80}?[.!]\s+(?P<m>(?:quien(?:es)?|l[oa]s\s+que|tod[oa]s?\s+l[oa]s\s+que|cada\s+(?:persona|cliente|comprador)\s+que)\s+(?:ya\s+)?(?:lo|la)\s+(?:hace|hacen|haga|hagan|ha\s+hecho|han\s+hecho|hizo|hicieron|escribe|escriben|escriba|escriban|publica|publican|publique|publiquen|deja|dejan|deje|dejen)\b)",
        // The review named first, opening a line, as what a thing is for:
        // "por tu reseña, un pañuelo de seda te espera".
        r"(?m:^)[ \t]*por\s+(?:su|tu|una|cada)\s+(?:breve\s+)?(?:reseña|opinión|valoración)\s*[,:–—]",
        // The review asked for, then "y" and what becomes of the buyer's account, warranty or
        // status as the next step: "deja una valoración en {{ link }} y tu cuenta pasa al estatus
        // …", "escribe una reseña y tu garantía se amplía".
        r"\b(?:deja|deje|dejad|escribe|escriba|escribid|publica|publique|comparte|comparta)\s+(?:tu|su|vuestra|una|un)\s+(?:[\wáéíóúñ]+\s+){0,2}?(?:reseña|opinión|valoración|calificación|comentario)\b[^.!?\n]{0,120}?\by\s+(?:tu|su|vuestra|vuestro|tus|sus)\s+(?:[\wáéíóúñ]+\s+){1,2}?(?:pasa|sube|se\s+convierte|se\s+amplía|se\s+alarga|se\s+extiende|se\s+duplica|queda)\b",
        // The review set as a task of the seller's plan or game, or as the price of what follows:
        // "Misión especial: reseña del kit", "reto extra: dejar tu opinión", "reseña publicada =
        // certificado".
        r"\b(?:misi(?:ón|ones)|retos?|desaf[ií]os?|tareas?)\s+(?:especial(?:es)?|extra|bonus|final(?:es)?|secreta?s?|de\s+bonificación)\s*:\s*(?:[\wáéíóúñ]+\s+){0,3}?(?:reseñ|valoraci|opini|calific)\w*|\b(?:reseñas?|valoraci(?:ón|ones)|opini(?:ón|ones))\s+(?:publicad|dejad|escrit|enviad)[ao]s?\s+(?:(?:en|a)\s+Amazon\s+)?(?:=|→|->|⇒|➜)",
        // The review as a condition, then a good deed promised: "si te animas a contar qué tal
        // te va en …, plantaremos una segunda", "si nos dejas tu opinión, donaremos un euro".
        r"\bsi\s+(?:(?:te\s+animas\s+a|os\s+animáis\s+a|se\s+anima\s+a|quieres|queréis|puedes|podéis|(?:te|le|os)\s+apetece)\s+)?(?:nos\s+)?(?:cont\w+|cuent\w+|escrib\w+|dej\w+|compart\w+|opin\w+|valor\w+|reseñ\w+|public\w+)\b[^.!?\n]{0,120}?,\s+(?:(?:te|le|os|les)\s+)?(?:plant|don|financ|aport|destin|retir|limpi)aremos\b",
        // The review as an imperative step joined to what follows: "Opina y te lo reparamos",
        // "valórala y recibe …", "reséñanos y te llevas …".
        r"\b(?:opina|opine|opinen|valora|valore|valoren|valórala|valóralo|valórela|valórelo|valóranos|valórenos|califica|califique|calíficanos|reseña|reséñala|reséñalo|reséñanos)\s+y\s+(?:te|le|les|os|recibe|recibes|recibirás|recibirá|gana|ganas|consigue|obtén|obtienes|llévate|participa|participas)\b",
        // Leaving it as the first of two steps, the seller's doing the second: "escribe tu
        // opinión en la ficha y te guardamos un sitio", "deje su valoración y le enviamos …".
        r"\b(?:deja|deje|dejad|escribe|escriba|escribid|publica|publique|comparte|comparta)\s+(?:tu|su|vuestra|una)\s+(?:reseña|opinión|valoración|calificación)\b[^.!?\n]{0,60}?\by\s+(?:te|le|les|os)\s+[\wáéíóúñ]+(?:amos|emos|imos)\b",
        // The name the review was posted under, sent to the seller: "el alias con el que firmó
        // su opinión", "el nombre de usuario que puso en la valoración".
        r"\b(?:nombre(?:\s+de\s+(?:perfil|usuari[oa]|cuenta))?|alias|perfil|usuari[oa])\s+(?:con\s+(?:el|la)\s+)?que\s+(?:usó|usaste|utilizó|utilizaste|puso|pusiste|aparece|apareces|sale|sales|firmó|firmaste|publicó|publicaste)\s+(?:[\wáéíóúñ]+\s+){0,3}?(?:reseñas?|opini(?:ón|ones)|valoraci(?:ón|ones)|comentarios?)\b",
        // Any named group who, among other steps, leave their opinion: "los socios que rellenen
        // el formulario y dejen también su reseña", "las lectoras que además escriban una opinión".
        r"\b(?:l[oa]s|aquell[oa]s)\s+[\wáéíóúñ]+\s+que\s+(?:[\wáéíóúñ]+\s+){0,8}?(?:dej|escrib|escrit|publi|compart)\w*\s+(?:además\s+|también\s+)?(?:su|sus|una|un|tu|tus)\s+(?:reseñ|opini|valoraci|calificaci|comentari)\w*",
        // The review already left given as the reason for what follows: "como ya nos dejaste tu
        // opinión, …", "ya que escribiste una reseña", "por haber publicado su valoración".
        r"\b(?:como|ya\s+que|porque|puesto\s+que|dado\s+que|visto\s+que|por\s+haber(?:nos)?)\s+(?:[\wáéíóúñ]+\s+){0,4}?(?:dej|escrib|escrit|publi|compart)\w*\s+(?:(?:su|sus|tu|tus|una|un)\s+)(?:reseñ|opini|valoraci|calificaci|comentari)\w*",
        // The review as the price of what the seller does next, at the start of the sentence: "Por
        // tu reseña te enviamos una bolsa de premios", "A cambio de su opinión, le regalamos …"
        // (not "gracias por tu reseña", which thanks after the fact).
        r"(?-i:\b(?:Por|A\s+cambio\s+de))\s+(?:tu|su|vuestra|una)\s+(?:reseña|opinión|valoración|calificación)\s*,?\s+(?:(?:ya|luego|después|también)\s+)?(?:te|le|os|les)\s+[\wáéíóúñ]+(?:amos|emos|imos)\b",
        // People who told or shared their experience, in the past: "clientes que contaron su
        // experiencia en Amazon", "cada persona que contó en Amazon su experiencia".
        r"\b(?:clientes?|clientas?|comprador(?:a|es|as)?|personas?|quien(?:es)?|los\s+que|las\s+que)\s+(?:que\s+)?(?:nos\s+)?(?:contó|contaron|compartió|compartieron|escribió|escribieron|dejó|dejaron|publicó|publicaron|opinó|opinaron)\s+(?:[\wáéíóúñ]+\s+){0,3}?(?:(?:su|sus)\s+(?:experiencias?|opini(?:ón|ones)|impresiones|reseñas?|valoraci(?:ón|ones))|en\s+Amazon)\b",
        // One buyer or a group of them who tell or write it on Amazon, in the present: "cada
        // comprador que comparte su experiencia en Amazon", "las personas que escriben en la ficha".
        r"\b(?:cada|todo|toda|cualquier|tod[oa]s\s+l[oa]s|l[oa]s)\s+(?:clientes?|clientas?|comprador(?:a|es|as)?|personas?|usuari[oa]s?)\s+que\s+(?:nos\s+|me\s+)?(?:cuent|cont|compart|escrib|dej|publi|opin)\w*\s+(?:[\wáéíóúñ]+\s+){0,4}?(?:en|por)\s+(?:Amazon|la\s+(?:ficha|página))\b",
        // The review named, then the people who post it, as a pronoun: "sube tu opinión a la
        // ficha: los que la suban entran en …", "una reseña, y quienes la escriban tendrán …".
        r"\b(?:reseñ|opini|valoraci|calificaci)\w*\b[^.!?\n]{0,150}?\b(?:quien(?:es)?|l[oa]s\s+que|tod[oa]s\s+l[oa]s\s+que|cualquiera\s+que)\s+(?:ya\s+)?(?:nos\s+)?l[oa]s?\s+(?:publi(?:que|quen|ca|can|có|caron)|escrib(?:a|an|e|en|ió|ieron)|dej(?:e|en|a|an|ó|aron)|sub(?:a|an|e|en|ió|ieron)|compart(?:a|an|e|en|ió|ieron)|(?:haya|hayan|han|ha)\s+(?:publicado|escrito|dejado|subido|compartido))\b",
        // Each thing the buyer reviews as the count a benefit goes by: "por cada producto
        // calificado", "cada pedido que nos puntúe", "por cada par valorado por usted".
        r"\b(?:por\s+)?cada\s+(?:[\wáéíóúñ]+\s+){1,2}?(?:(?:reseñad|calificad|puntuad)[oa]s?\b|valorad[oa]s?\s+(?:por\s+(?:usted|ti|ustedes|vosotr[oa]s)|en\s+Amazon)\b|que\s+(?:nos\s+|me\s+)?(?:reseñe|reseñes|reseñen|califique|califiques|califiquen|puntúe|puntúes|puntúen|valore|valores|valoren|opine|opines|opinen)\b)",
        // Members or buyers counted by the reviews they have published: "socios con al menos dos
        // reseñas publicadas", "clientes con tres opiniones escritas en Amazon", "los socios con
        // una reseña en Amazon". What they get is
        // got for the reviews. (Products "con más de mil reseñas publicadas" are no people.)
        r"\b(?:soci[oa]s?|miembros?|clientes?|clientas?|compradores?|compradoras?|personas?|usuari[oa]s?|lector(?:es|as?)?)\s+con\s+(?:(?:al\s+menos|como\s+mínimo|más\s+de|un\s+mínimo\s+de)\s+)?(?:una|un|dos|tres|cuatro|cinco|diez|\d+)\s+(?:reseñas?|opini(?:ón|ones)|valoraci(?:ón|ones)|calificaci(?:ón|ones))\s+(?:(?:publicad|escrit|dejad)[oa]s?\b|(?:en|sobre)\s+(?:Amazon|la\s+ficha|la\s+página)\b)",
        // Every review, without "por": "cada valoración que quede debajo …".
        r"\bcada\s+(?:nueva\s+)?(?:reseña|valoración|opinión|calificación|comentario)\b",
        // Or "toda" with the review done: "toda valoración escrita esta temporada", "todo
        // comentario dejado en la ficha".
        r"\btod[ao]\s+(?:nuev[ao]\s+)?(?:reseña|valoración|opinión|calificación|comentario)\s+(?:publicad|escrit|dejad|recibid|enviad|subid)[ao]\b",
        // Those who review, an aside between commas after the relative: "quienes, después de
        // probarlo, cuentan su opinión", "los clientes que, tras el segundo pedido, dejan una
        // reseña".
        r"\b(?:quien(?:es)?|l[oa]s\s+que|(?:l[oa]s\s+)?(?:clientes|clientas|compradores|compradoras|personas|usuari[oa]s)\s+que)\s*,[^,.!?\n]{1,50},\s*(?:nos\s+|me\s+)?(?:[\wáéíóúñ]+\s+){0,2}?(?:reseñ\w+|opini(?:ón|ones)|valoraci(?:ón|ones)|calificaci(?:ón|ones)|comentarios?|impresiones)\b",
        // Anyone at all who reviewed: "el nombre de alguien que reseñó", "cualquier persona que
        // haya valorado", "cada cliente que deja una opinión", "cada cliente que, después de recibir su
        // paquete, escribe una opinión".
        r"\b(?:alguien|cualquier\s+(?:persona|cliente|comprador\w*)|toda\s+persona|cada\s+(?:persona|cliente|clienta|comprador\w*|uno))\s+que\s*,?\s+(?:nos\s+|me\s+)?(?:[\wáéíóúñ]+,?\s+){0,7}?(?:reseñ\w*|valor\w*|calific\w*|opin\w*|puntú\w*|evalu\w*)",
        // Giving some time to telling or rating it: "a las clientas que dedicaron un rato a
        // compartir su opinión", "quienes han invertido unos minutos en valorar el producto".
        r"\b(?:quien(?:es)?|l[oa]s\s+que|(?:l[oa]s|aquell[oa]s|tod[oa]s\s+l[oa]s|nuestr[oa]s)\s+[\wáéíóúñ]+\s+que)\s+(?:(?:ha|han|haya|hayan)\s+)?(?:dedic|invirt|invert|emple|sac)[\wáéíóúñ]*\s+(?:(?:un|su|el|unos|algo\s+de)\s+)?(?:tiempo|rato|ratito|minutos?|momento)\s+(?:a|en|para)\s+(?:cont|compart|relat|escrib|dej|valor|opin|reseñ|calific|puntu)\w*",
        // Taking the time to review: "a quien se toma el tiempo de dejar una reseña", "los que se
        // toman la molestia de escribir su opinión".
        r"\b(?:quien(?:es)?|los\s+que|las\s+que|tod[oa]s\s+(?:los|las)\s+que|cualquiera\s+que|(?:tod[oa]s\s+)?(?:l[oa]s\s+)?(?:personas|clientes|clientas|compradores|compradoras)\s+que)\s+se\s+(?:toma|toman|tomó|tomaron|tome|tomen)\s+(?:el|la|un|una|unos|unos)\s+(?:tiempo|molestia|momento|momentito|minutos?|minutito|rato|ratito|segundito)\s+(?:de|para)\s+(?:[\wáéíóúñ]+\s+){0,3}?(?:reseñ|opini|valor|calific|comentari|estrell)\w*",
        // Companies, accounts or a single buyer who rate or told it on Amazon: "las empresas que
        // valoren a la tienda", "un cliente que ha contado en Amazon qué le pareció".
        r"\b(?:(?:las|los|un|una|el|la|cada)\s+)?(?:empresas|compañías|cuentas|negocios|comercios|clientes?|clientas?|comprador(?:a|es|as)?)\s+que\s+(?:nos\s+|me\s+)?(?:[\wáéíóúñ]+\s+){0,3}?(?:valor\w*|calif[ií][cq]\w*|reseñ\w*|opin\w*|puntú\w*|comentarios?\s+en\s+Amazon)\b",
        r"\b(?:(?:las|los|un|una|el|la|cada)\s+)?(?:clientes?|clientas?|comprador(?:a|es|as)?|personas?|quien(?:es)?)\s+(?:que\s+)?(?:ya\s+|también\s+|alguna\s+vez\s+)?(?:ha|han|haya|hayan)?\s*(?:ya\s+)?(?:contado|compartido|escrito|publicado|opinado|dicho)\s+(?:[\wáéíóúñ]+\s+){0,5}?(?:en|por)\s+Amazon\b",
        // The review seen, as the step before what follows: "en cuanto la veamos, hacemos …".
        // Or done by the buyer, pointing back to the review just asked for: "cuando lo hayas
        // hecho, avísanos y te enviamos …".
        r"\b(?:en\s+cuanto|cuando|una\s+vez\s+que|tan\s+pronto\s+como|después\s+de\s+que)\s+(?:ya\s+)?(?:la|lo)\s+(?:hayas|haya|hayan|hayáis)\s+(?:hecho|dejado|escrito|publicado|subido|compartido)\b|\b(?:en\s+cuanto|cuando|una\s+vez\s+que|tan\s+pronto\s+como|después\s+de\s+que)\s+(?:(?:usted|tú|vosotr[oa]s|ustedes)\s+)?(?:ya\s+)?(?:hayas|haya|hayan|hayáis)\s+(?:ya\s+)?(?:dejado|escrito|publicado|subido|compartido|puesto|redactado)\s+(?:(?:tu|su|vuestra|vuestro|la|el|una|un)\s+)?(?:[\wáéíóúñ]+\s+)?(?:reseña|opinión|valoración|calificación|comentario)\b|\b(?:en\s+cuanto|cuando|una\s+vez\s+que|tan\s+pronto\s+como|después\s+de\s+que)\s+(?:la|lo|la\s+suya|el\s+suyo|la\s+tuya|el\s+tuyo)\s+(?:veamos|vea|comprobemos|comprobamos|encontremos|tengamos)\b|\b(?:en\s+cuanto|cuando|una\s+vez\s+que|tan\s+pronto\s+como|después\s+de\s+que)\s+(?:veamos|vea|comprobemos|encontremos|tengamos)\s+(?:la\s+suya|el\s+suyo|la\s+tuya|el\s+tuyo)\b",
        // Whoever writes a few words on the product, however the group is named: "a quien
        // escriba unas palabritas de su piñata en Amazon", "los que dejen unas líneas en la
        // ficha", "a los amigos de la tienda que dejan unas palabras".
        r"\b(?:quien(?:es)?|los\s+que|las\s+que|tod[oa]s\s+los\s+que|cualquiera\s+que|(?:las\s+|los\s+)?(?:personas|clientes|clientas|compradores|compradoras)\s+que|(?:l[oa]s|nuestr[oa]s)\s+[\wáéíóúñ]+(?:\s+(?:del|de\s+(?:la|el|nuestra|nuestro))\s+[\wáéíóúñ]+)?\s+que)\s+(?:nos\s+|me\s+)?(?:escrib\w*|dej\w*|pong\w*|compart\w*|publiqu\w*)\s+(?:unas|algunas|dos|un\s+par\s+de)\s+(?:palabr\w+|líneas|lineas|frases)\b",
        // A review told as done, then what came of it: "dejé mi opinión … y a los pocos días me
        // llegó …".
        r"\b(?:dej[eéó]|escrib[ií]ó?|publiqu[eé]|public[oó]|compart[ií]ó?)\s+(?:mi|su|una|tu)\s+(?:reseña|opinión|valoración|calificación|evaluación)\b[^.!?\n]{0,120}?\by\b",
        // On being published, as the step before something: "al publicarse, le activamos …",
        // "al quedar publicada su opinión".
        r"\bal\s+(?:publicarse|quedar\s+publicad[ao]|ser\s+publicad[ao]|estar\s+publicad[ao])\b",
        // Or the review as a pronoun, published or written: "al publicarla, te mandamos …",
        // "publicándola te llevas …", "una vez publicada, …", "en cuanto la publiques". Leaving
        // or uploading "it" only before a pause: "al dejarla cargando" is the clipper.
        r"\bal\s+(?:publicarl[ao]|escribirl[ao]|redactarl[ao]|(?:dejarl[ao]|subirl[ao]|compartirl[ao])\s*[,;:])|\b(?:publicándol[ao]|escribiéndol[ao]|redactándol[ao]|dejándonosl[ao])\b|\buna\s+vez\s+(?:publicad|escrit|redactad)[ao]\s*[,;:]|\b(?:en\s+cuanto|cuando|una\s+vez\s+que|tan\s+pronto\s+como|después\s+de\s+que)\s+(?:nos\s+)?(?:la|lo)\s+(?:publiques|publique|publiquen|publiquéis|escribas|escriba|escriban|escribáis)\b",
        // Those who add a photo or a video to their review, either order, or who illustrate it
        // with one: "las personas que añadan una foto a su reseña", "quienes suben un vídeo con su
        // opinión", "los que adjuntan a su valoración dos fotos", "si acompañas tu reseña de una
        // foto".
        r"\b(?:quien(?:es)?|(?:l[oa]s|aquell[oa]s|tod[oa]s\s+l[oa]s|nuestr[oa]s)\s+(?:[\wáéíóúñ]+\s+)?que|si)\s+(?:ya\s+|también\s+|además\s+)?(?:nos\s+|me\s+)?(?:(?:ha|han|habéis|hayan|hayáis|has|hayas|haya)\s+(?:ya\s+)?)?(?:añad|agreg|adjunt|sub|incluy|inclu|pon|pong|pus|acompañ|ilustr|complet|enriquec|compart)[\wáéíóúñ]*\s+(?:(?:a|en|con)\s+(?:su|sus|tu|tus|vuestra|vuestras|la|una)\s+(?:[\wáéíóúñ]+\s+)?(?:reseña|opinión|valoración|calificación|comentario)\s+(?:[\wáéíóúñ]+\s+){0,2}?(?:fotos?|fotografías?|vídeos?|videos?|imágenes|imagen)\b|(?:[\wáéíóúñ]+\s+){0,2}?(?:fotos?|fotografías?|vídeos?|videos?|imágenes|imagen)\b[^.!?\n]{0,50}?\b(?:a|en|con|junto\s+a|junto\s+con)\s+(?:su|sus|tu|tus|vuestra|vuestras|la|una)\s+(?:[\wáéíóúñ]+\s+)?(?:reseña|opinión|valoración|calificación|comentario)\b|(?:su|tu|vuestra|la)\s+(?:reseña|opinión|valoración|calificación|comentario)\s+(?:con|de)\s+(?:[\wáéíóúñ]+\s+){0,2}?(?:fotos?|fotografías?|vídeos?|videos?|imágenes|imagen)\b)",
        // Those who already reviewed, the group named by a few words, "ya" or "nos" before the
        // verb: "a quienes ya nos habéis dejado vuestra reseña", "los pajareros que nos
        // escribieron su opinión", "las lectoras más asiduas que hayan publicado una valoración".
        r"\b(?:quien(?:es)?|(?:l[oa]s|aquell[oa]s|tod[oa]s\s+l[oa]s|nuestr[oa]s)\s+(?:[\wáéíóúñ]+\s+){0,3}?que|(?:vosotr[oa]s|ustedes|ti|usted)\s*,\s*que)\s+(?:ya\s+|también\s+)?(?:nos\s+|me\s+)?(?:(?:ha|han|habéis|hayan|hayáis|has|hayas|haya|habíais|habían)\s+(?:dejado|escrito|publicado|compartido|subido|puesto|redactado)|dej(?:ó|aron|asteis|aste)|escribi(?:ó|eron|steis|ste)|public(?:ó|aron|asteis|aste)|compart(?:ió|ieron|isteis|iste))\s+(?:(?:su|sus|vuestra|vuestras|tu|tus|una|un|la|el)\s+)?(?:[\wáéíóúñ]+\s+)?(?:reseñ|opini|valoraci|calificaci|comentari|impresion)\w*",
        // The evaluation done, as the step before something: "cuando termina la evaluación".
        r"\b(?:cuando|una\s+vez\s+que|en\s+cuanto|después\s+de\s+que|tras)\s+(?:[\wáéíóúñ]+\s+){0,3}?evaluaci(?:ón|ones)\b",
        // Joining by the review: "¿Cómo se entra? Con su primera reseña."
        // Or answered with the review told as a gerund: "¿Cómo se entra? Compartiendo vuestra
        // experiencia aquí".
        r"\b(?:con|mediante|basta\s+con)\s+(?:su|tu)\s+primera\s+(?:reseña|opinión|valoración)\b|¿\s*(?:y\s+)?cómo\s+(?:se\s+)?(?:entra|participa|apunta|une|accede|consigue|entrar|participar|apuntarse|unirse|formar\s+parte)\b[^?\n]{0,40}\?\s*(?:[\wáéíóúñ]+\s+)?(?:compart|cont|dej|escrib|publi|valor|reseñ|opin)\w*",
        r"\b(?:(?:los\s+clientes|las\s+clientas|clientes|aquellos|aquellas|todos\s+los|todas\s+las|los|las|cualquiera|(?:l[oa]s\s+)?(?:clientes|clientas|compradores|compradoras|usuarios|usuarias)\s+(?:de|del|de\s+la)\s+[\wáéíóúñ]+)\s+que|quienes|quien)\s+(?:nos\s+|me\s+)?(?:[\w'-]+\s+){0,4}?(?:valoraci\w+|reseñ\w+|opini\w+|comentario\w*|valor\w*|estrellas|calific\w*|evalú\w*|evalu\w*)\b",
        r"\b(?:una\s+vez\s+que|en\s+cuanto|cuando|después\s+de\s+que|tan\s+pronto\s+como)\s+(?:usted\s+|tú\s+)?(?:nos\s+|me\s+)?(?:[\w'-]+\s+){0,2}?(?:valore\w*|valoras?|valoren|reseñe\w*|califique\w*|evalúe\w*|valoración|reseña|opinión|comentario)\b|\bp(?:or|er)\s+cada\s+(?:reseña|valoraci(?:ón|ó)|opini(?:ón|ó|ão)|comentari[oa]?)\b",
        // The review as the moment a benefit follows, said bare after "tras" or "después de": "una
        // batería extra le espera tras su reseña", "después de tu opinión te mandamos …". (Not
        // "con su reseña", which helps others.)
        r"\b(?:tras|después\s+de)\s+(?:la|tu|su|vuestra)\s+(?:(?:breve|sincera|primera)\s+)?(?:reseña|opinión|valoración|calificación)\b",
        // The review done, as what a benefit comes with: "con la reseña publicada te enviamos …",
        // "tras su valoración escrita", "las reseñas de este mes vienen con un regalo".
        r"\b(?:con|tras|después\s+de)\s+(?:la|tu|su)\s+(?:reseña|opinión|valoración|calificación)\s+(?:ya\s+)?(?:publicad|escrit|subid|hech|dejad|compartid)[ao]\b|\b(?:reseñas?|opini(?:ón|ones)|valoraci(?:ón|ones)|calificaci(?:ón|ones))\b[^.!?\n]{0,60}?\b(?:vienen|viene|vendrán|vendrá|llegan|llega|van|va)\s+(?:acompañad[oa]s?\s+de|con)\s+(?:un|una|unos|unas|regalo|premio|sorpresa)\b|\b(?:reseñas?|opini(?:ón|ones)|valoraci(?:ón|ones))\b[^.!?\n]{0,60}?\b(?:traen|trae|traerán|incluyen|incluye)\s+(?:un|una|unos|unas|regalo|premio|sorpresa)\b",
        r"\bpara\s+(?:activar|desbloquear|obtener|recibir|conseguir)\b[^.!?\n]{0,80}?\b(?:reseña|valoraci|opini|calific)",
        // Buyers named by the review they have: "los clientes con reseña publicada", "las
        // compradoras con su valoración ya escrita".
        r"\b(?:clientes|clientas|compradores|compradoras|usuari[oa]s|personas|quienes)\s+con\s+(?:(?:su|una|un|la|el)\s+)?(?:reseña|opinión|valoración|calificación|comentario)\s+(?:ya\s+)?(?:publicad|escrit|dejad|subid|hech)[ao]\b",
        // The review as one of the steps to a benefit, the list under the lead-in: "consígalo en
        // tres pasos: 1. Regístrese 2. Deje su opinión", "siga estos pasos: - valore el pedido".
        r"\b(?:en|con)\s+(?:dos|tres|cuatro|unos\s+pocos|pocos|sencillos|simples|estos)\s+(?:sencillos\s+|simples\s+|breves\s+|rápidos\s+|pocos\s+)?pasos\b[^\n]{0,20}?:\s*(?:[^\n]*\n+){0,3}?[ \t]*(?:\d+\s*[.)-]|[-•*]|paso\s+\d+\s*:?)\s*[*_]*\s*(?:(?:publique|publica|deje|deja|escriba|escribe|comparta|comparte|ponga|pon|suba|sube)\s+(?:su|tu|una|un)\s+(?:[\wáéíóúñ]+\s+)?(?:reseña|opinión|valoración|calificación|comentario)\b|(?:valore|valora|califique|califica|reseñe|opine|opina|puntúe|puntúa)\b)",
        r"\b(?:los\s+clientes|quienes|quien|clientes|(?:tod[oa]s\s+)?l[oa]s\s+que)\s+(?:que\s+)?[^.!?\n]{0,40}?\b(?:contando|cuentan|cuenta|cuente|comparten|comparte|compartiendo|cuenten|compartan|comparta)\s+(?:[\w'-]+\s+){0,5}?(?:en|por)\s+Amazon\b",
        // Someone named as the subject before the review is left: "cuando tú o alguien de tu
        // equipo deje su comentario", "si usted o su pareja escriben una reseña".
        r"\b(?:si|cuando|en\s+cuanto|una\s+vez\s+que|tan\s+pronto\s+como)\s+(?:tú|usted|ustedes|vosotros)\s+(?:o|y|u)\s+(?:[\wáéíóúñ]+\s+){0,4}?(?:deja|dejas|deje|dejes|dejen|dejan|escribe|escriba|escriban|escriben|publica|publique|publiquen|publican|comparte|comparta|compartan|comparten)\s+(?:[\wáéíóúñ]+\s+){0,2}?(?:reseñ\w+|valoraci\w+|opini\w+|comentarios?|calificaci\w+|impresiones)\b",
        // Someone of the buyer's group or anyone else named as the one who reviews, in a
        // condition: "si alguien del centro deja una reseña", "cuando uno de vuestros alumnos
        // escriba su opinión", "si algún compañero de tu equipo ha publicado una valoración".
        r"\b(?:si|cuando|en\s+cuanto|una\s+vez\s+que|tan\s+pronto\s+como)\s+(?:alguien|alguno|alguna|algún\s+[\wáéíóúñ]+|cualquiera|un[oa]|(?:tu|su|tus|sus|vuestr[oa]s?|el|la|los|las)\s+(?:hij|pareja|compañer|alumn|profesor|profe|monitor|emplead|equipo|familia|amig|colega|soci|miembr|personal|gente|trabajador|usuari|madre|padre|herman|mujer|marido|espos|novi)[\wáéíóúñ]*)\s+(?:(?:de|del|de\s+(?:la|el|los|las|tu|su|tus|sus|vuestr[oa]s?|nuestr[oa]s?))\s+[\wáéíóúñ]+\s+)?(?:también\s+|ya\s+)?(?:nos\s+)?(?:deja|deje|dejan|dejen|escribe|escriba|escriben|escriban|publica|publique|publican|publiquen|comparte|comparta|comparten|compartan|sube|suba|suben|suban|pone|ponga|ponen|pongan|(?:ha|han|haya|hayan)\s+(?:dejado|escrito|publicado|compartido|subido|puesto))\s+(?:[\wáéíóúñ]+\s+){0,2}?(?:reseñ\w+|valoraci\w+|opini\w+|comentarios?|calificaci\w+|impresiones)\b",
        // The reviews of a period or the first few, as the set something goes with: "las
        // reseñas publicadas este mes", "las opiniones que se publiquen antes del domingo",
        // "las 20 primeras valoraciones".
        r"\b(?:l[oa]s|tod[oa]s\s+l[oa]s)\s+(?:reseñas|opiniones|valoraciones|calificaciones|comentarios)\s+(?:que\s+(?:se\s+|nos\s+)?)?(?:publicad[oa]s|escrit[oa]s|dejad[oa]s|recibid[oa]s|subid[oa]s|publiquen|escriban|dejen|suban|lleguen|recibamos)\s+(?:en\s+Amazon\s+)?(?:este|esta|estos|estas|antes|hasta|durante|desde|entre|a\s+partir)\b|\b(?:l[oa]s)\s+(?:\d+\s+primer[oa]s|primer[oa]s\s+\d+)\s+(?:reseñas|opiniones|valoraciones|calificaciones|comentarios)\b",
        // The people who take that trouble, pointing back to the review: "a quienes se toman esa
        // molestia", "los que se toman ese rato".
        r"\b(?:quien(?:es)?|los\s+que|las\s+que|tod[oa]s\s+(?:los|las)\s+que)\s+se\s+(?:toma|toman|tomó|tomaron|tome|tomen)\s+(?:esa|esta)\s+(?:molestia|rato|tiempo|trabajo)\b",
        r"\b(?:los|a\s+los)\s+(?:negocios|empresas|comercios|restaurantes)\s+que\s+(?:nos\s+)?(?:[\w'-]+\s+){0,3}?(?:calific\w*|valor\w*|reseñ\w*)",
        // Also with an adverb before it: "si además nos dejas tu reseña", "si también escribe una".
        r"\bsi\s+(?:además\s+|también\s+|encima\s+|luego\s+)?(?:nos\s+)?(?:dejas|deja|escribes|escribe|publicas|publica)\s+(?:tu|su|una)\s+(?:reseña|valoración|opinión|calificación)\b",
        // A condition on writing a few words or impressions on the listing: "si deja unas
        // palabras en la página del producto", "cuando publique sus impresiones en la ficha".
        r"\b(?:si|cuando|en\s+cuanto|una\s+vez\s+que|tan\s+pronto\s+como)\s+(?:usted\s+|tú\s+)?(?:nos\s+)?(?:deja|dejas|deje|dejes|escribe|escribes|escriba|escribas|publica|publicas|publique|publiques|comparte|compartes|comparta|compartas|sube|subes|suba|subas)\s+(?:[\wáéíóúñ]+\s+){0,2}?(?:palabras|líneas|lineas|impresiones|experiencia|opini\w+|reseñ\w+|valoraci\w+|comentarios?)\b",
        // Buyers who tell it or add their bit on the listing: "a los clientes que nos cuentan en
        // la ficha del producto qué les pareció", "los que aportan su granito de arena en la ficha".
        r"\b(?:clientes?|clientas?|comprador(?:a|es|as)?|personas?|quien(?:es)?|los\s+que|las\s+que)\s+(?:que\s+)?(?:nos\s+)?(?:cuentan|cuenten|comparten|compartan|escriben|escriban|dejan|dejen|publican|publiquen|explican|expliquen|aport\w+|contribuy\w+|colabor\w+)\s+(?:[\wáéíóúñ]+\s+){0,5}?en\s+(?:la|su)\s+(?:ficha|página)\b",
        // The link or a screenshot of the review sent to the seller: "si nos mandas el enlace
        // de tu reseña", "envíenos una captura de su valoración", "nos manda por mensaje una
        // captura de la opinión".
        r"\b(?:m[aá]nd\w*|env[ií]\w*|p[aá]s\w*|reenv[ií]\w*|compart\w*|comp[aá]rt\w*)\s+(?:nos\s+)?(?:(?:por|en|a|al|vía)\s+(?:[\wáéíóúñ]+\s+){1,2}?)?(?:el|un|una|la)\s+(?:enlace|link|url|captura|pantallazo)\s+(?:de|a)\s+(?:tu|su|la)\s+(?:reseña|valoración|opinión|calificación)\b",
        // Rating it as a condition: "si valoras las gafas en Amazon", "si nos calificas".
        r"\bsi\s+(?:nos\s+)?(?:valoras|valora|valoran|calificas|califica|califican|puntúas|puntúa|reseñas|reseña)\s+(?:[\wáéíóúñ]+\s+){0,4}?en\s+Amazon\b|\bsi\s+(?:puntúas|reseñas|nos\s+(?:calificas|califica|califican|puntúas|puntúa|valoras|valora|valoran))\b",
        // The review as an imperative step before something: "valóranos y …".
        r"\b(?:valóranos|valórenos|valóralo|valórelo|califícanos|califíquenos|reséñanos|reséñalo)\s+y\b",
        // Those who review, with no noun and "q" typed for "que": "los q dejan reseña", "quienes
        // escriben su opinión", "las que publican una valoración".
        r"\b(?:l[oa]s|aquell[oa]s|quien(?:es)?)\s+q(?:ue)?\s+(?:nos\s+|me\s+)?(?:dej|escrib|publi|compart)\w*\s+(?:(?:su|sus|una|un|tu|tus)\s+)?(?:reseñ|opini|valoraci|calificaci|comentari)\w*",
        // Telling the seller how the item went as the step before a gift: "cuéntanos qué tal el
        // patinete y llévate unas luces gratis", "contadnos qué os parece y un regalo es
        // vuestro". (Only with something free or given after it: "cuéntanos qué tal y te
        // ayudamos" asks for help.)
        r"\b(?:cu[eé]nt(?:a|e|en)nos|contadnos|cu[eé]nt(?:a|e)me)\s+(?:qué\s+tal|cómo\s+(?:(?:te|le|os|les)\s+)?(?:va|van|fue|ha\s+ido|han\s+ido|funciona|queda)|qué\s+(?:te|le|os|les)\s+(?:parece|parecen|pareció|ha\s+parecido)|qué\s+(?:opinas|opina|opináis|piensas|piensa|pensáis)|(?:todo\s+)?sobre\s+(?:tu|su|vuestr[oa]|el|la)|(?:tu|su|vuestra)\s+experiencia)\b[^.!?\n]{0,80}?\by\b[^.!?\n]{0,60}?(?:\b(?:llévate|llevaos|llévese|llévense|recibe|recibid|reciba|recibirás|consigue|conseguid|consiga|gana|ganad|obtén|obtened)\b|\bgratis\b|\bde\s+regalo\b|\b(?:es|será)\s+(?:tuyo|tuya|suyo|suya|vuestro|vuestra)\b|\b(?:te|os|le|les)\s+(?:regalamos|enviamos|mandamos|damos)\b)",
        // The review asked for, its link or more words in between, then "y" and the seller or an
        // item as the next step: "Deja una reseña en {{ link }} y un hueso de goma …", "… y te
        // enviaremos …" (what follows is read as a grant or not on its own).
        r"\b(?:(?:dej(?:a|e|ad|en)(?:nos)?|escrib(?:e|a|id|an)(?:nos)?|publi(?:ca|que|cad|quen)|compart(?:e|a|id|an)(?:nos)?|pon(?:ga|gan)?(?:nos)?)\s+(?:una|tu|su|un)\s+(?:[\wáéíóúñ]+\s+){0,2}?(?:reseña|opinión|valoración|calificación|comentario|puntuación)|valóralo|valórala|valórelo|valórela|puntúalo|puntúala)\b[^.!?\n]{0,120}?\by\s+(?:(?:enseguida|ya|luego|pronto)\s+)?(?:un|una|unos|unas|dos|tres|\d+|te|le|os|les|nosotros)\b",
    ],
    grant: &[
        // A thing meant for the people who review: "la tinta extra del mes es para los socios con
        // una reseña", "el sorteo va para quienes la publiquen". A benefit only where those people
        // are the reviewers.
        r"\b(?:es|son|será|serán|va|van|irá|irán)\s+(?:(?:solo|sólo|únicamente|exclusivamente)\s+)?para\s+(?:l[oa]s|quien(?:es)?|tod[oa]s|cada|aquell[oa]s|nuestr[oa]s)\b",
        // Something handed over with no verb of giving: "un pañuelo te espera", "le aguarda", "es
        // tuyo" (a benefit only beside reviewers).
        r"\b(?:te|le|les|os)\s+(?:espera|aguarda)(?:n|rá|rán)?\b|\b(?:es|será)\s+(?:tuyo|tuya|suyo|suya|vuestro|vuestra)\b",
        // A longer warranty, a member's status or level, or service ahead of others, as what is
        // given: "pasa a tener cinco años", "pasan a 3 años de garantía", "ampliamos tu garantía",
        // "socios Oro", "salen con prioridad" (a benefit only beside reviewers).
        r"\bpasa(?:n|rá|rán|s)?\s+(?:automáticamente\s+|directamente\s+)?(?:de\s+(?:\d+|dos|tres)\s+(?:años\s+)?)?a\s+(?:tener\s+|ser\s+(?:de\s+)?|contar\s+con\s+)?(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|diez)\s+años\b|\bgarantía\s+(?:se\s+)?(?:amplía|amplia|ampliada|extendida|extiende|alarga|alargada|prolonga|prolongada|duplica|duplicada)\b|\b(?:ampli|extend|alarg|prolong|duplic)\w*\s+(?:la|tu|su|vuestra)\s+garantía\b|\b(?:socios?|socias?|miembros?|clientes?)\s+(?:Oro|Gold|Plata|Platino|Premium|VIP)\b|\bcon\s+prioridad\b|\bpasa(?:n|rá|rán|s)?\s+(?:automáticamente\s+|directamente\s+)?(?:al|a\s+la|a)\s+(?:estatus|status|nivel|categoría|rango|modalidad|plan)\b|\b(?:asesoramiento|atención|soporte|servicio|envío|consejos?)\s+prioritari[oa]s?\b",
        // Something of the seller's course or plan given or opened: a class on video, a badge,
        // a certificate, the next level: "te abrimos la clase en vídeo", "tu insignia de nivel 2",
        // "certificado de fin de nivel", "una clase particular".
        r"\b(?:te|os|le|les)\s+(?:abrimos|abriremos|activamos|activaremos|damos\s+acceso)\b|\b(?:clases?|lecci(?:ón|ones))\s+(?:en\s+(?:vídeo|video)|particular(?:es)?|privadas?|individual(?:es)?|extra|bonus)\b|\bvideoclases?\b|\binsignias?\b|\b(?:certificados?|diplomas?)\s+de\s+(?:fin|nivel|finalización|superación)\b",
        // A good deed promised, also in the future tense or in the buyer's name, or a clean-up:
        // "plantaremos una segunda a tu nombre", "nuestro equipo retirará un kilo de plástico".
        r"\b(?:plant|don|financ|aport|destin|retir|limpi)(?:aremos|ará|arán)\b|\brecoger(?:emos|á|án)\b|\b(?:a|en)\s+(?:tu|su|vuestro)\s+nombre\b|\b(?:kilos?|toneladas?|bolsas?|sacos?)\s+de\s+(?:plástico|basura|residuos|desechos)\b",
        // Sending or giving as the shop's habit or an ongoing round: "tenemos la costumbre de
        // regalar una funda", "solemos mandar un detalle", "los estamos enviando a …".
        r"\b(?:costumbre|tradición|detalle)\s+de\s+(?:enviar|mandar|regalar|dar|obsequiar)\b|\b(?:solemos|acostumbramos\s+a|nos\s+gusta)\s+(?:enviar|mandar|regalar|dar|obsequiar)\b|\b(?:estamos|seguimos)\s+(?:enviando|mandando|regalando|dando|repartiendo)\b",
        // A faster shipping or the next order named: "irá por envío urgente", "tu próximo pedido".
        r"\benvío\s+(?:urgente|exprés|express|prioritario|rápido|premium|24\s*h)\b|\b(?:tu|su|vuestro)\s+(?:próximo|siguiente)\s+(?:pedido|compra|envío)\b",
        // Something put in the next parcel, or what was paid given back: "les metemos una tira de
        // muestra en el siguiente paquete", "le reintegramos lo que le costó el envío".
        r"\b(?:le|les|te|os)\s+(?:metemos|meteremos|incluimos|incluiremos|añadimos|añadiremos|ponemos|pondremos|reintegr\w+|reembols\w+|devolvemos|devolveremos|abonamos|abonaremos)\b|\ben\s+(?:el|su|tu)\s+(?:siguiente|próximo)\s+(?:paquete|pedido|envío)\b",
        // Something already put in this order's box or parcel: "hemos puesto en el paquete una
        // taza", "he incluido en tu caja unas muestras".
        r"\b(?:hemos|he)\s+(?:metido|puesto|incluido|añadido|agregado|echado)\s+(?:[\wáéíóúñ]+\s+){0,2}?en\s+(?:la|el|su|tu|vuestra|vuestro)\s+(?:caja|paquete|pedido|envío|bolsa|sobre)\b",
        // Plazas repartidas entre quienes reseñan: "las plazas se asignan por orden de llegada".
        r"\b(?:plazas?|puestos?|lugares?|cupos?)\s+(?:se\s+)?(?:asignan|asignarán|reparten|repartirán|sortean|sortearán|reservan|reservarán|otorgan|otorgarán)\b",
        // The seller paying for (part of) something: "les invitamos a una parte del pedido".
        r"\b(?:le|les|te|os)\s+invit(?:amos|aremos|o|aré)\s+a\b|\b(?:pagamos|pagaremos|cubrimos|cubriremos|asumimos)\s+(?:una\s+parte|parte|la\s+mitad)\b",
        // A benefit switched on: "se activa en cuanto …", "se desbloquea".
        r"\bse\s+(?:activa|activará|activan|desbloquea|desbloqueará|habilita|habilitará)\b",
        // A gift for a good cause: "una lata de comida para una protectora", "se convierte en un árbol".
        r"\b(?:para|a)\s+(?:una|la|el|un|nuestra|nuestro)\s+(?:protectora|refugio|perrera|asociación|ong|fundación|banco\s+de\s+alimentos|comedor\s+social)\b|\bse\s+(?:convierte|convertirá|transforma|traduce)\s+en\s+(?:un|una|unos|unas|\d+)\b",
        // A name painted, engraved or written for the buyer: "pintamos el nombre de un cliente",
        // "grabamos tu nombre".
        r"\b(?:pint|grab|escrib|pon|ponemos|rotul|tall)\w*\s+(?:el|su|tu|sus|los)\s+nombres?\b|\bnombres?\s+(?:pintad|grabad|escrit|rotulad|tallad)[oa]s?\b",
        // A refund or a rebate made by the shop: "hacemos la devolución", "un rappel anual del
        // 3 %".
        r"\bhacemos\s+(?:la\s+|el\s+)?(?:devolución|reembolso|abono)\b|\brappel\b|\bacceso\s+a\b",
        // The seller as one person giving or sending, or someone of the shop: "le mando una mini
        // piñata", "te envío", "la manda junto con una lata de té".
        r"\b(?:le|les|te|os|l[oa]s?|se\s+l[oa]s?)\s+(?:mando|envío|doy|mandaré|enviaré|daré|regalo|manda|envía|regala|mandará|enviará|regalará)\b",
        // Sending or giving it, the pronouns joined: "mandárselos", "enviártela", "regalárselo".
        // Not with "nos": "puedes enviárnosla", "mandárnoslo" is the buyer sending something (a
        // photo, the item) to the shop, which gives nothing.
        r"\b(?:mand|envi|regal|obsequi)[aá]r(?:se|te)l[oa]s?\b",
        // Time kept for the reviewer, a call, a status switched on: "te reservará media hora
        // por videollamada", "le activamos el estatus".
        r"\b(?:le|les|te|os)\s+(?:reserv|apart|guard|activ)\w+|\bvideollamadas?\b|\bllamada\s+(?:personal|privada)\b|\blínea\s+directa\b",
        // Something that reached a past reviewer: "me llegó un recetario".
        r"\b(?:me|nos|le|les|te)\s+(?:lleg[oóa]|llegaron|llegará|llegan|llegarán)\s+(?:un|una|unos|unas|el\s+tuyo|la\s+tuya|los\s+tuyos|las\s+tuyas|el\s+suyo|la\s+suya|los\s+suyos|las\s+suyas|el\s+mismo|la\s+misma)\b|\b(?:envuelt|enviad|mandad|regalad|pagad|cubiert)[oa]s?\s+(?:[\wáéíóúñ]+\s+){0,2}?por\s+(?:nosotros|la\s+tienda|nuestra\s+cuenta)\b",
        r"\bapunt(?:arl[oae]s?|arte|amos|aremos)\b",
        // Registered or switched on for the buyer: "registraremos la ampliación", "le damos de alta".
        r"\bregistr(?:amos|aremos)\b|\b(?:le|les|te|os)\s+(?:damos|daremos)\s+de\s+alta\b",
        // A warranty for life, or something given or sent: "damos garantía de por vida", "le
        // mandamos".
        r"\bgarant[ií]a\s+(?:de\s+por\s+vida|vitalicia|para\s+siempre|ampliada|extendida)\b|\b(?:le|les|te)\s+(?:mandamos|enviamos|damos|regalamos)\b|\bdamos\b",
        // A donation, a class or a pre-sale slot for the reviewer: "dona un kilo", "la
        // reservamos para quienes…", "pueden reservar su par".
        r"\bdon(?:a|an|ará|aremos)\b|\breserv(?:amos|aremos|an)\b|\bpued(?:e|es|en)\s+(?:reservar|comprar|acceder|probar|pedir|ampliar\w*|extender\w*|alargar\w*)\b|\bclases?\s+(?:en\s+línea|online|privada|particular)\b|\bpreventa\b",
        r"\b(?:devolver\w*|devolvemos|reembols\w*|enviamos|enviaremos|mandamos|mandaremos|envía|regal\w*|obsequi\w*|acceso|compartimos|gratis|gratuit\w*|amplia(?:mos|remos|ción)|extendemos|extenderemos|desbloque\w*)\b|\bprecio\s+(?:especial|de\s+coste|de\s+costo|reducido)\b",
        r"\b(?:don|plant|financi|destin|aport)(?:amos|em)\b|\bcorre\s+(?:de|por)\s+(?:nuestra\s+)?cuenta\b|\b(?:de|por)\s+nuestra\s+cuenta\b|\bpodrán\s+(?:comprar|acceder|pedir|disfrutar)\b|\bantes\s+que\s+(?:nadie|el\s+resto|los\s+demás|las\s+demás)\b|\bacceso\s+anticipado\b|\b(?:reciben|recibirán|obtienen|obtendrán|tendrán)\b",
        r"\bpara\s+(?:activar|desbloquear)\b",
        // A members' price or membership: "compran a precio de socio", "pasan a ser socios".
        r"\bprecios?\s+(?:de|para)\s+(?:socios?|miembros?|amigos|club|vip)\b|\bpasa(?:n|rá|rán)?\s+a\s+ser\s+(?:socio|miembro|parte|vip)\w*",
        // The one reviewer receiving or winning something: "quien deja reseña recibe nuestro
        // libro", "se lleva", "obtiene".
        r"\b(?:recibe|recibirá|obtiene|obtendrá|tendrá|se\s+lleva(?:n|rá|rán)?|gana|ganará)\b|\bde\s+(?:nuestra|mi)\s+parte\s+(?:un|una|unos|unas)\b",
        // A call or a lesson from the people behind the shop: "Carmen le llama personalmente",
        // "te llamamos para enseñarte".
        r"\b(?:le|les|te|os)\s+(?:llam|telefone)\w*|\bpersonalmente\b",
        // A place on a list of testers: "estar en la lista", "saldrán de la lista".
        r"\b(?:estar|entrar|quedar|salir|saldrán|saldrá|salen)\s+(?:en|de)\s+(?:la|nuestra)\s+lista\b",
        r"\b(?:les|te|le|os)\s+damos\b|\bsin\s+costo\b",
        // A place on a list, a name on a wall, an invitation to an event: "entra en la lista de
        // invitados a nuestra cata", "su nombre en nuestro muro".
        r"\b(?:entra|entran|entrará|entrarán|pasa|pasan|pasará|pasarán)\s+(?:a\s+formar\s+parte\s+de|en|a)\s+(?:la|el|nuestra|nuestro)\s+(?:lista|club|grupo|muro|cuadro|registro|sorteo)\b|\blista\s+de\s+(?:invitados|honor)\b|\bmuro\s+de\s+(?:honor|la\s+fama|fundadores)\b|\b(?:su|tu)\s+nombre\s+(?:[\wáéíóúñ]+\s+){0,2}?en\s+(?:nuestr[oa]|el|la)\s+(?:muro|lista|web|página|cuadro|placa|caja|etiqueta)\b|\binvit\w*\s+(?:a\s+)?(?:nuestr[oa]|la|el|una|un)\s+(?:[\wáéíóúñ]+\s+){0,2}?(?:cata|fiesta|evento|cena|presentación|jornada|taller|encuentro|inauguración)\b",
        // A named guide or book sent, title included: "te enviamos nuestra guía «…»".
        r#"\b(?:te|le|les|os)\s+(?:enviamos|mandamos|regalamos|damos|enviaremos|mandaremos)\s+(?:[\wáéíóúñ]+\s+){0,3}?[«“"][^»”"\n]{1,80}[»”"]|\bsin\s+(?:formularios|papeleo|trámites|preguntas)\b"#,
        // Becoming a member or a sponsor of something: "se convierte en padrino de un árbol",
        // "se hace socia del club".
        r"\bse\s+(?:convierte|convertirá|convierten|convertirán|hace|hará|vuelve)\s+(?:en\s+)?(?:padrin|madrin|soci|miembr|embajador|patrocinador|mecenas|parte)\w*",
        // Things kept for some buyers: "los estoy guardando para mis clientas que …",
        // "reservamos unos cuantos para quienes …".
        r"\b(?:guard|reserv|apart)(?:o|amos|ando|aremos|é)\s+(?:[\wáéíóúñ]+\s+){0,2}?para\s+(?:mis|nuestr[oa]s|l[oa]s|quienes|aquell[oa]s|tod[oa]s)\b",
        // Something matched to or coming with each one: "se corresponderán con un neceser",
        // "a cada una le corresponde una muestra", "irán acompañadas de una bolsa de café".
        r"\b(?:se|le|les)\s+correspond(?:e|en|erá|erán|ería|erían)\s+(?:con\s+)?(?:un|una|unos|unas|\d+|dos|tres|cuatro|cinco)\b|\b(?:irá|irán|vendrá|vendrán|llegará|llegarán|estará|estarán)\s+acompañad[oa]s?\s+(?:de|por|con)\s+(?:un|una|unos|unas|\d+)\b",
        // Something swapped for a better one: "cambiamos tu funda por nuestro estuche".
        r"\bcambiamos\s+(?:tu|su)\s+[\wáéíóúñ]+(?:\s+[\wáéíóúñ]+){0,3}?\s+por\s+(?:un|una|nuestr[oa])\b",
        // Returned with something, the passive: "cada valoración será correspondida con un
        // jabón", "son correspondidas con un obsequio"; sent to the buyer in the concierge's
        // words: "le haremos llegar"; a sample or a small size: "una miniatura de viaje", "una
        // muestra de 5 ml", "formato viaje".
        r"\b(?:es|son|será|serán|sería|serían|queda|quedará)\s+(?:siempre\s+)?correspondid[oa]s?\s+con\b|\b(?:le|les|te|os|se\s+l[oa]s?)\s+(?:haremos|hacemos|hará|hace)\s+llegar\b|\bharemos\s+llegar\b|\bminiaturas?\b|\bmuestras?\s+(?:de\s+)?(?:viaje|regalo|cortesía|\d+\s*ml)\b|\bformatos?\s+(?:de\s+)?viaje\b",
        // Raised to a tier or rank: "ascienden al nivel Reserva", "suben a la categoría
        // Oro", "son promovidas al rango de socias".
        r"\b(?:asciend(?:e|en)|ascender(?:á|án)?|sub(?:e|en|irá|irán)|promovid[oa]s?|elevad[oa]s?)\s+(?:directamente\s+|automáticamente\s+|de\s+inmediato\s+)?(?:al|a\s+la)\s+(?:nivel|categoría|rango|estatus|escalón|círculo|club)\b",
        // An item, named with "un" or a number, sent or under way as what follows: "un hueso de
        // goma saldrá hoy para tu perro", "una pelota va de camino a tu perro", "un juguete
        // llegará a tu casa". (Una respuesta, un número de seguimiento: see the words of another
        // sense.)
        r"\b(?:un|una|unos|unas|dos|tres|\d+)\s+(?:[\wáéíóúñ]+\s+){1,5}?(?:sale|salen|saldrá|saldrán|llega|llegan|llegará|llegarán|(?:va|van|irá|irán)\s+(?:de|en)\s+camino|(?:está|están|estará|estarán)\s+(?:de|en)\s+camino|(?:se\s+)?(?:envía|envían|enviará|enviarán|manda|mandará|mandarán)|(?:es|son|será|serán)\s+(?:enviad|mandad|despachad)[oa]s?)\b",
    ],
    audience: &[
        // "Para quienes …", "A todos los que …"; the part of the experience the buyer liked,
        // opening the sentence: "Lo que te encantó, cuéntalo allá".
        r"\b(?:para|a)\s+(?:todos\s+|todas\s+)?(?:quien(?:es)?|los\s+que|las\s+que|aquell[oa]s\s+que)\b|(?m:^)[ \t]*(?:quienes|quien|los\s+que)\b|(?:(?m:^)[ \t]*|[.!?;:]\s+)(?P<m>(?:todo\s+)?lo\s+que\s+(?:más\s+)?(?:te|le|les|os))\b",
        // Buyers or pupils named by a noun: "a los clientes que quedaron encantados", "para todas
        // las personas que disfrutan de la lámpara", "para los alumnos que ya notáis …".
        r"\b(?:a|para)\s+(?:tod[oa]s\s+)?(?:l[oa]s|aquell[oa]s)\s+(?:[\wáéíóúñ]+\s+)?(?:clientes|compradores|compradoras|personas|usuari[oa]s|alumn[oa]s|estudiantes|principiantes|músicos|aprendices)\s+que\b",
        // Or such a group opening the sentence without "a": "Los alumnos que ya están
        // progresando pueden contarlo …", "Nuestros estudiantes que …".
        r"(?:(?m:^)|[.!?:;][ \t])[ \t]*(?:[•·‣▪◦*–-][ \t]*)?(?P<m>(?:tod[oa]s\s+)?(?:l[oa]s|nuestr[oa]s|vuestr[oa]s|aquell[oa]s)\s+(?:[\wáéíóúñ]+\s+)?(?:clientes|compradores|compradoras|personas|usuari[oa]s|alumn[oa]s|estudiantes|principiantes|músicos|aprendices)\s+que)\b",
        // Buyers named by any noun and the happy word itself, no "que": "para nuestros clientes
        // habituales contentos con la tinta", "a las cocineras satisfechas"; or the readers
        // named back by a clause: "a ustedes, que siguen satisfechos, …".
        r"\b(?:a|para)\s+(?:tod[oa]s\s+)?(?:l[oa]s|aquell[oa]s|es[oa]s|nuestr[oa]s|mis)\s+(?:[\wáéíóúñ]+\s+){1,3}?(?:content[oa]s|satisfech[oa]s|encantad[oa]s|felices)\b|\b(?:a|para)\s+(?:tod[oa]s\s+)?(?:usted|ustedes|ti|vosotr[oa]s)\s*,\s*(?:que|quien(?:es)?|(?:tod[oa]s\s+)?(?:l[oa]s|aquell[oa]s)\s+que)\b",
        // A group named by any noun, opening the sentence, with a word in brackets or an
        // appositive before its relative clause: "A los gatos (y a sus humanos) que …", "A
        // nuestros jardineros, los que …".
        r"(?:(?m:^)|[.!?:;][ \t])[ \t]*(?:[•·‣▪◦*–-][ \t]*)?(?P<m>(?:a|para)\s+(?:tod[oa]s\s+)?(?:l[oa]s|nuestr[oa]s|vuestr[oa]s|mis)\s+[\wáéíóúñü]+(?:\s+[\wáéíóúñü]+)?\s*(?:\([^()\n]{0,50}\)\s*)?(?:,\s*(?:l[oa]s|aquell[oa]s)\s+)?(?:que|cuy[oa]s?))\b",
        // A group named by any noun and a relative clause with "cuyo", opening the sentence:
        // "Los moteros cuya revisión no mostró nada anormal …", "Nuestros clientes cuyo coche …".
        r"(?:(?m:^)|[.!?:;][ \t])[ \t]*(?:[•·‣▪◦*–-][ \t]*)?(?P<m>(?:tod[oa]s\s+)?(?:l[oa]s|nuestr[oa]s|vuestr[oa]s|aquell[oa]s)\s+[\wáéíóúñü]+(?:\s+[\wáéíóúñü]+)?\s+cuy[oa]s?)\b",
    ],
    feedback_words: &["vendedor", "tienda", "feedback"],
    review_words: &["reseña", "producto", "artículo"],
    important_tags: &[
        r"importante",
        r"urgente",
        r"acción\s+requerida",
        r"atención",
    ],
    reply_prefixes: &[r"rv", r"res", r"rta", r"enc"],
};
