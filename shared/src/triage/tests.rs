use chrono::TimeZone;

use super::*;

fn at(day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, 12, 0, 0).unwrap()
}

fn fb(rating: u8, comment: &str, answers: [Option<bool>; 3]) -> Feedback {
    Feedback {
        rating,
        comment: (!comment.is_empty()).then(|| comment.to_string()),
        arrived_on_time: answers[0],
        item_as_described: answers[1],
        good_service: answers[2],
        left_at: at(1),
    }
}

fn ctx(fulfillment: Fulfillment, marketplace: Marketplace) -> Context {
    Context {
        fulfillment: Some(fulfillment),
        marketplace: Some(marketplace),
        ..Context::default()
    }
}

fn grounds(rating: u8, comment: &str, c: &Context) -> Vec<Ground> {
    triage(&fb(rating, comment, [None; 3]), c)
        .expect("1-3 stars are triaged")
        .grounds()
}

/// Each 2★ comment, on its marketplace and channel, gets exactly the grounds listed.
fn two_star_grounds(cases: &[(Marketplace, Fulfillment, &str, &[Ground])]) {
    for &(marketplace, fulfillment, comment, want) in cases {
        assert_eq!(
            grounds(2, comment, &ctx(fulfillment, marketplace)),
            want,
            "{comment}"
        );
    }
}

/// Each comment, on an order the seller shipped, speaks of the seller's service: no product review.
fn none_is_a_product_review(rating: u8, cases: &[(Marketplace, &str)]) {
    for &(marketplace, comment) in cases {
        assert!(
            !grounds(rating, comment, &ctx(Fulfillment::Fbm, marketplace))
                .contains(&Ground::ProductReview),
            "{comment}"
        );
    }
}

/// A 2★ comment that speaks only of the delivery: no ground on an order the seller shipped (the
/// delivery is the seller's), fba_fulfillment on one Amazon shipped.
fn delivery_only(m: Marketplace, text: &str) {
    let fbm = grounds(2, text, &ctx(Fulfillment::Fbm, m));
    assert!(
        fbm.is_empty(),
        "{m}: {text}: FBM delivery is the seller's: {fbm:?}"
    );
    let fba = grounds(2, text, &ctx(Fulfillment::Fba, m));
    assert_eq!(fba, vec![Ground::FbaFulfillment], "{m}: {text}");
}

const NONE: [Option<bool>; 3] = [None, None, None];
const ALL_YES: [Option<bool>; 3] = [Some(true), Some(true), Some(true)];

#[test]
fn four_and_five_stars_are_not_triaged_three_is() {
    let c = ctx(Fulfillment::Fbm, Marketplace::Us);
    assert!(triage(&fb(4, "The handle broke.", NONE), &c).is_none());
    assert!(triage(&fb(5, "", ALL_YES), &c).is_none());
    let t = triage(&fb(3, "The handle broke.", NONE), &c).unwrap();
    assert_eq!(t.grounds(), vec![Ground::ProductReview]);
}

#[test]
fn three_yes_answers_contradict_only_a_negative_rating() {
    let c = ctx(Fulfillment::Fba, Marketplace::Us);
    let t = triage(&fb(2, "", ALL_YES), &c).unwrap();
    assert_eq!(t.grounds(), vec![Ground::AnswersContradictRating]);
    assert!(t.findings[0]
        .evidence
        .iter()
        .any(|e| e.contains("good service: yes")));
    assert!(triage(&fb(3, "", ALL_YES), &c).unwrap().findings.is_empty());
    let one_no = [Some(true), Some(false), Some(true)];
    assert!(triage(&fb(1, "", one_no), &c).unwrap().findings.is_empty());
}

#[test]
fn shipping_complaints_depend_on_the_channel() {
    let text = "Arrived a week late and the box was crushed.";
    let fba = grounds(1, text, &ctx(Fulfillment::Fba, Marketplace::Us));
    assert_eq!(fba, vec![Ground::FbaFulfillment]);
    let fbm = grounds(1, text, &ctx(Fulfillment::Fbm, Marketplace::Us));
    assert!(
        fbm.is_empty(),
        "on FBM shipping is the seller's service: {fbm:?}"
    );
}

#[test]
fn product_plus_service_is_not_product_only() {
    let c = ctx(Fulfillment::Fbm, Marketplace::Us);
    assert_eq!(
        grounds(2, "The strap broke after a week.", &c),
        vec![Ground::ProductReview]
    );
    for text in [
        "The strap broke after a week and the seller never replied.",
        "The strap broke and it arrived late.",
        "They sent me the wrong size and the strap broke.",
    ] {
        assert!(grounds(2, text, &c).is_empty(), "{text}");
    }
    // A compliment about shipping is no complaint about service.
    assert_eq!(
        grounds(2, "Fast shipping, but the strap broke after a week.", &c),
        vec![Ground::ProductReview]
    );
}

#[test]
fn profanity_matches_whole_words_only() {
    let c = ctx(Fulfillment::Fbm, Marketplace::Uk);
    let t = triage(&fb(1, "What a pile of shit, it broke.", NONE), &c).unwrap();
    assert_eq!(t.findings[0].ground, Ground::Obscene);
    assert_eq!(t.findings[0].evidence, vec!["shit".to_string()]);
    for innocent in [
        "The class assessment kit from Scunthorpe was missing a cocktail glass.",
        "Shitake mushroom growing kit never sprouted.",
    ] {
        assert!(
            !grounds(1, innocent, &c).contains(&Ground::Obscene),
            "{innocent}"
        );
    }
    let ja = ctx(Fulfillment::Fbm, Marketplace::Jp);
    assert!(grounds(1, "カスタマーサポートが最悪", &ja).is_empty());
    assert_eq!(grounds(1, "カスみたいな店", &ja)[0], Ground::Obscene);
}

#[test]
fn emails_and_phone_numbers_are_personal_data_but_order_ids_are_not() {
    let c = ctx(Fulfillment::Fbm, Marketplace::Us);
    let t = triage(
        &fb(
            1,
            "Write to help@acme-home.example or call 555-201-3344, they never answer.",
            NONE,
        ),
        &c,
    )
    .unwrap();
    let f = &t.findings[0];
    assert_eq!(f.ground, Ground::PersonalData);
    assert_eq!(f.evidence, vec!["help@acme-home.example", "555-201-3344"]);
    for not_phone in [
        "Order 113-1234567-1234567 never arrived.",
        "Tracking 1Z999AA10123456784 never arrived.",
        "Ordered 2026-11-02, delivered 2026-11-23, way too late.",
        "Serial no. 4471 0098 2231 stopped working.",
    ] {
        assert!(
            !grounds(1, not_phone, &c).contains(&Ground::PersonalData),
            "{not_phone}"
        );
    }
    let de = ctx(Fulfillment::Fbm, Marketplace::De);
    assert!(grounds(
        1,
        "Unter 030 12345678 erreicht man niemanden, der Verkäufer ist frech.",
        &de
    )
    .contains(&Ground::PersonalData));
}

#[test]
fn names_need_a_staff_list_or_an_honorific_and_product_names_are_not_people() {
    let mut c = ctx(Fulfillment::Fbm, Marketplace::Us);
    c.staff_names = vec!["Jane Miller".into()];
    assert_eq!(
        triage(&fb(1, "jane miller refused to help", NONE), &c)
            .unwrap()
            .findings[0]
            .evidence,
        vec!["Jane Miller"]
    );
    assert!(grounds(1, "Mrs. Okafor in support was rude.", &c).contains(&Ground::PersonalData));
    // Capitalised words alone are not a name.
    assert!(
        !grounds(2, "The Anker PowerCore stopped charging.", &c).contains(&Ground::PersonalData)
    );
    c.product_words = ["mr", "coffee", "carafe"].map(String::from).into();
    assert!(!grounds(2, "The Mr. Coffee carafe leaks.", &c).contains(&Ground::PersonalData));
    let de = ctx(Fulfillment::Fbm, Marketplace::De);
    assert!(
        grounds(1, "Frau Becker vom Kundenservice war unfreundlich.", &de)
            .contains(&Ground::PersonalData)
    );
    assert!(
        !grounds(3, "Meine Frau Anna mag die Farbe nicht.", &de).contains(&Ground::PersonalData)
    );
    let ja = ctx(Fulfillment::Fbm, Marketplace::Jp);
    assert!(grounds(1, "佐藤さんの対応が最悪でした。", &ja).contains(&Ground::PersonalData));
    assert!(
        !grounds(1, "お客様への対応が最悪でした。店員さんも無愛想。", &ja)
            .contains(&Ground::PersonalData)
    );
}

#[test]
fn an_unknown_language_gives_no_text_ground_but_answers_count() {
    let c = ctx(Fulfillment::Fbm, Marketplace::Pl);
    let t = triage(
        &fb(1, "Produkt nie działa, sprzedawca@przyklad.pl", ALL_YES),
        &c,
    )
    .unwrap();
    assert_eq!(t.language, None);
    assert_eq!(t.grounds(), vec![Ground::AnswersContradictRating]);
}

#[test]
fn languages_are_told_apart() {
    let us = Some(Marketplace::Us);
    for (text, lang) in [
        ("The lid broke after a week", Language::En),
        ("Der Deckel ist nach einer Woche kaputt", Language::De),
        ("すぐ壊れた", Language::Ja),
        ("Le couvercle est cassé après une semaine", Language::Fr),
        ("Il coperchio si è rotto dopo una settimana", Language::It),
        ("La tapa se rompió después de una semana", Language::Es),
    ] {
        assert_eq!(detect_language(text, us), Some(lang), "{text}");
    }
    assert_eq!(detect_language("Het product werkt niet", us), None);
    assert_eq!(detect_language("盖子一周就坏了", us), None);
    assert_eq!(detect_language("Garbage!", us), Some(Language::En));
    assert_eq!(
        detect_language("Schrott!", Some(Marketplace::De)),
        Some(Language::De)
    );
    // A word shared by two languages goes to the marketplace's.
    assert_eq!(
        detect_language("Basura", Some(Marketplace::Es)),
        Some(Language::Es)
    );
    assert_eq!(
        detect_language("Todo bien", Some(Marketplace::Mx)),
        Some(Language::Es)
    );
}

#[test]
fn comments_on_the_later_marketplaces_are_read_in_their_language() {
    let be = Some(Marketplace::Be);
    assert_eq!(
        detect_language("Le couvercle est cassé après une semaine", be),
        Some(Language::Fr)
    );
    assert_eq!(
        detect_language("The lid broke after a week", Some(Marketplace::Ie)),
        Some(Language::En)
    );
    assert_eq!(
        detect_language("Garbage!", Some(Marketplace::Za)),
        Some(Language::En)
    );
    // No table reads Turkish or Arabic: no text ground, whatever the words.
    for m in [Marketplace::Tr, Marketplace::Sa, Marketplace::Eg] {
        assert_eq!(detect_language("Berbat!", Some(m)), None, "{m}");
        assert_eq!(detect_language("سيء جدا", Some(m)), None, "{m}");
    }
}

#[test]
fn every_language_has_a_table_and_marketplaces_map_to_their_language() {
    for lang in Language::ALL {
        assert!(
            words::TABLES.iter().filter(|t| t.language == lang).count() == 1,
            "{lang} needs exactly one word table"
        );
    }
    for (m, lang) in [
        (Marketplace::Us, Some(Language::En)),
        (Marketplace::Uk, Some(Language::En)),
        (Marketplace::De, Some(Language::De)),
        (Marketplace::Jp, Some(Language::Ja)),
        (Marketplace::Fr, Some(Language::Fr)),
        (Marketplace::It, Some(Language::It)),
        (Marketplace::Es, Some(Language::Es)),
        (Marketplace::Mx, Some(Language::Es)),
        (Marketplace::Nl, None),
        (Marketplace::Br, None),
        (Marketplace::Be, Some(Language::Fr)),
        (Marketplace::Ie, Some(Language::En)),
        (Marketplace::Za, Some(Language::En)),
        (Marketplace::Tr, None),
        (Marketplace::Sa, None),
        (Marketplace::Eg, None),
    ] {
        assert_eq!(marketplace_language(m), lang, "{m}");
    }
}

#[test]
fn a_product_only_comment_is_a_product_review_whatever_its_words() {
    for channel in [Fulfillment::Fbm, Fulfillment::Fba] {
        let c = ctx(channel, Marketplace::Us);
        for text in [
            "The table wobbles no matter how I level it.",
            "Smells of chemicals even after airing it out.",
            "Stopped charging on day three.",
            "The strap snapped the second time I wore it.",
            "Runs small, order a size up.",
            "Colour faded after one wash.",
            "Tastes odd, nothing like the old recipe.",
            // "Dead on arrival" is a defect, not damage in transit.
            "Dead on arrival, would not turn on at all.",
            // Praise of the product alone is still only about the product.
            "Love the colour, great price.",
            // Everyday words that are about the product still make a product review.
            "It broke.",
            "Bad product.",
        ] {
            assert_eq!(
                grounds(2, text, &c),
                vec![Ground::ProductReview],
                "{channel:?}: {text}"
            );
        }
    }
    // The evidence is the product words when there are some, else what the comment is about.
    let c = ctx(Fulfillment::Fbm, Marketplace::Us);
    let t = triage(&fb(2, "The drawer sticks halfway.", NONE), &c).unwrap();
    assert_eq!(t.findings[0].evidence, vec!["drawer", "sticks", "halfway"]);
}

#[test]
fn the_seller_the_delivery_or_saying_nothing_is_no_product_review() {
    let fbm = ctx(Fulfillment::Fbm, Marketplace::Us);
    for text in [
        "Seller never replied.",
        "They sent me a used one, scratches all over.",
        "Wrong item sent.",
        // Missing parts are the seller's packing, not the product's design.
        "Missing parts in the box, can't assemble it.",
        "Returned it, the blades were dull.",
        "Great seller, but the kettle leaks.",
        "Did not match the picture at all.",
        "Expired, the date was last year.",
        // Broken on arrival is damage in transit: the seller's delivery on FBM.
        "Arrived broken.",
        "Item came with a cracked screen.",
        // Nothing concrete: one word, or only generic words.
        "Junk.",
        "Terrible, never again.",
        "Everything was fine I guess.",
        "Not happy at all.",
    ] {
        assert!(grounds(2, text, &fbm).is_empty(), "{text}");
    }
    // On FBA, damage in transit is Amazon's: struck through, still not a product review.
    let fba = ctx(Fulfillment::Fba, Marketplace::Us);
    assert_eq!(
        grounds(1, "Arrived broken.", &fba),
        vec![Ground::FbaFulfillment]
    );
    // A seller mention keeps an FBA delivery complaint from being Amazon's alone.
    assert!(grounds(1, "Arrived late and the seller never answered.", &fba).is_empty());
    // A used item sold as new is the seller's, in Japanese too: "it was meant to be new, but
    // someone had clearly used it".
    let jp = ctx(Fulfillment::Fbm, Marketplace::Jp);
    for text in [
        "新品のはずなのに、細かい傷がたくさんありました。",
        "箱に誰かが使った跡があり、電池も減っていた。",
        "これを新品として売るのはやめてほしい。ボタンがすり減っている。",
    ] {
        assert!(grounds(1, text, &jp).is_empty(), "{text}");
    }
    // A part not in the box, however politely said, is the seller's.
    for text in [
        "説明書が入っておらず、組み立て方が分かりませんでした。",
        "替えのフィルターが入っていませんでした。本体は静かです。",
    ] {
        assert!(grounds(2, text, &jp).is_empty(), "{text}");
    }
    // Not the one bought, in Italian whatever the verb of buying.
    let it = ctx(Fulfillment::Fbm, Marketplace::It);
    for text in [
        "Bella giacca, ma non è quella che ho comprato: la mia era verde.",
        "Il modello è carino ma non è quello che avevo scelto.",
    ] {
        assert!(grounds(2, text, &it).is_empty(), "{text}");
    }
    // So is another colour or size than the one ordered, however the sentence joins them.
    for text in [
        "グレーを頼んだのに、届いたのはベージュでした。",
        "Lサイズを購入したのに届いたのがSサイズだった。",
    ] {
        assert!(grounds(2, text, &jp).is_empty(), "{text}");
    }
}

#[test]
fn product_words_that_look_like_service_words_do_not_hide_a_product_review() {
    let c = ctx(Fulfillment::Fbm, Marketplace::Us);
    for text in [
        "The lumbar support is far too firm.",
        "Fake leather started peeling within a month.",
        "The replacement carafe leaks from the handle.",
        "Contact lenses case cracked in a week.",
    ] {
        assert_eq!(grounds(2, text, &c), vec![Ground::ProductReview], "{text}");
    }
}

#[test]
fn a_loose_electrical_contact_is_the_product_and_contacting_the_seller_is_not() {
    let cases: [(Marketplace, &str, &str); 4] = [
        (
            Marketplace::Es,
            "Dejaron de cargar al mes, el conector hace falso contacto.",
            "Nadie contestó cuando los contacté por el cargador.",
        ),
        (
            Marketplace::Fr,
            "Le câble a un faux contact, la lampe clignote sans arrêt.",
            "J'ai contacté le vendeur trois fois pour le câble.",
        ),
        (
            Marketplace::It,
            "Il cavo fa falso contatto e la lampada si spegne da sola.",
            "Ho contattato il venditore per il cavo, nessuna risposta.",
        ),
        (
            Marketplace::De,
            "Das Ladekabel hat einen Wackelkontakt, lädt nur noch schräg.",
            "Ich habe den Verkäufer wegen des Kabels kontaktiert, nichts kam.",
        ),
    ];
    for (marketplace, product, seller) in cases {
        let c = ctx(Fulfillment::Fbm, marketplace);
        assert_eq!(
            grounds(2, product, &c),
            vec![Ground::ProductReview],
            "{product}"
        );
        assert!(grounds(2, seller, &c).is_empty(), "{seller}");
    }
}

#[test]
fn japanese_shortfalls_debris_and_shipping_time_are_read_for_what_they_are() {
    let jp = ctx(Fulfillment::Fbm, Marketplace::Jp);
    // Falling short of what one wanted, and the debris a product sheds, are the product's.
    for text in [
        "一ヶ月で風が弱くなってきて、正直物足りない感じです。",
        "子供が使うと消しゴムのカスがたくさん出て、本体もすぐ割れました。",
    ] {
        assert_eq!(grounds(2, text, &jp), vec![Ground::ProductReview], "{text}");
    }
    // The insult is still an insult.
    assert!(grounds(1, "こんなカス商品は二度と買わない。", &jp).contains(&Ground::Obscene));
    // How long the seller took to ship is the seller's service.
    assert!(grounds(2, "発送までに10日もかかり、届いた服はほつれていた。", &jp).is_empty());
}

#[test]
fn a_courier_who_leaves_without_ringing_is_the_delivery() {
    let fba = ctx(Fulfillment::Fba, Marketplace::Es);
    assert_eq!(
        grounds(
            1,
            "Tardó una semana y el mensajero lo metió en el buzón sin llamar.",
            &fba
        ),
        vec![Ground::FbaFulfillment]
    );
}

#[test]
fn calls_a_headset_makes_packing_left_out_and_titles_inside_a_sentence() {
    // Calls as what the product is used for are not calls with the seller.
    let fr = ctx(Fulfillment::Fbm, Marketplace::Fr);
    assert_eq!(
        grounds(
            2,
            "Micro correct pour les visioconférences, mais le son crachote à fort volume.",
            &fr
        ),
        vec![Ground::ProductReview]
    );
    // Packing left out of an FBA parcel is Amazon's packing, not a missing part.
    let jp = ctx(Fulfillment::Fba, Marketplace::Jp);
    assert_eq!(
        grounds(
            2,
            "箱がへこんでいて、緩衝材が全く入っていませんでした。",
            &jp
        ),
        vec![Ground::FbaFulfillment]
    );
    // A title written in lower case inside the sentence still introduces a name.
    for (marketplace, text) in [
        (
            Marketplace::It,
            "Ho chiamato il signor Bianchi due volte, nessuna risposta sul rimborso.",
        ),
        (
            Marketplace::Es,
            "Hablé con el señor Pérez y todavía no me devolvió el dinero.",
        ),
        (
            Marketplace::Fr,
            "J'ai eu monsieur Lambert deux fois, toujours pas de remboursement.",
        ),
    ] {
        let c = ctx(Fulfillment::Fbm, marketplace);
        assert!(
            grounds(1, text, &c).contains(&Ground::PersonalData),
            "{text}"
        );
    }
}

#[test]
fn reach_nearness_and_packing_left_out_are_read_for_what_they_are() {
    // How far a cord reaches, and "near" something, are the product's.
    let es = ctx(Fulfillment::Fba, Marketplace::Es);
    assert_eq!(
        grounds(
            2,
            "El cable es tan corto que no llega del escritorio al enchufe.",
            &es
        ),
        vec![Ground::ProductReview]
    );
    let it = ctx(Fulfillment::Fbm, Marketplace::It);
    assert_eq!(
        grounds(
            2,
            "La cucitura vicino alla fibbia si è aperta dopo una settimana.",
            &it
        ),
        vec![Ground::ProductReview]
    );
    // Packing left out of an FBA parcel is Amazon's packing.
    let de = ctx(Fulfillment::Fba, Marketplace::De);
    assert_eq!(
        grounds(
            2,
            "Der Karton war eingedrückt und es fehlte jede Polsterung.",
            &de
        ),
        vec![Ground::FbaFulfillment]
    );
}

#[test]
fn an_unsure_language_guess_gives_no_product_review() {
    // One English word on the German marketplace is too little to read the absence of
    // service words in it.
    let de = ctx(Fulfillment::Fbm, Marketplace::De);
    assert!(grounds(2, "Terrible product quality", &de).is_empty());
    let us = ctx(Fulfillment::Fbm, Marketplace::Us);
    assert_eq!(
        grounds(2, "Terrible product quality", &us),
        vec![Ground::ProductReview]
    );
}

#[test]
fn each_language_reads_its_own_service_delivery_and_product_comments() {
    let cases: [(Marketplace, &str, &str, &str); 6] = [
        (
            Marketplace::De,
            "Der Tisch wackelt, egal wie man ihn aufstellt.",
            "Der Händler hat nie geantwortet.",
            "Kam kaputt an.",
        ),
        (
            Marketplace::Jp,
            "テーブルがぐらついて使い物になりません。",
            "出品者から返信がありません。",
            "届いた時点で壊れていました。",
        ),
        (
            Marketplace::Fr,
            "La table est bancale, elle bouge dès qu'on pose un verre.",
            "Le vendeur ne répond pas à mes messages.",
            "Arrivé cassé, mal emballé.",
        ),
        (
            Marketplace::It,
            "Il tavolino traballa e il piano si è graffiato.",
            "Il venditore non risponde ai messaggi.",
            "Arrivato rotto, imballato male.",
        ),
        (
            Marketplace::Es,
            "La mesa cojea y se mueve muchísimo.",
            "El vendedor no contesta a mis mensajes.",
            "Llegó roto, mal embalado.",
        ),
        (
            Marketplace::Mx,
            "Está bien chafa, se descompuso a los tres días.",
            "El vendedor nunca me regresó mi dinero.",
            "Nunca llegó mi pedido y la paquetería no da razón.",
        ),
    ];
    for (m, product, service, delivery) in cases {
        let fbm = ctx(Fulfillment::Fbm, m);
        let fba = ctx(Fulfillment::Fba, m);
        assert_eq!(
            grounds(2, product, &fbm),
            vec![Ground::ProductReview],
            "{m}: {product}"
        );
        assert!(grounds(2, service, &fbm).is_empty(), "{m}: {service}");
        assert!(grounds(2, service, &fba).is_empty(), "{m}: {service}");
        assert!(grounds(2, delivery, &fbm).is_empty(), "{m}: {delivery}");
        assert_eq!(
            grounds(2, delivery, &fba),
            vec![Ground::FbaFulfillment],
            "{m}: {delivery}"
        );
    }
}

#[test]
fn obscenity_and_names_in_the_new_languages() {
    for (m, text) in [
        (Marketplace::Fr, "Produit de merde, cassé en deux jours."),
        (Marketplace::It, "Che cazzo di prodotto, si è rotto subito."),
        (Marketplace::Es, "Qué mierda de auriculares, se oyen fatal."),
        (Marketplace::Mx, "Pinche producto, no sirve para nada."),
    ] {
        assert_eq!(
            grounds(1, text, &ctx(Fulfillment::Fbm, m)),
            vec![Ground::Obscene, Ground::ProductReview],
            "{text}"
        );
    }
    for (m, text) in [
        (
            Marketplace::Fr,
            "Mme Lefèvre du service client a raccroché.",
        ),
        (
            Marketplace::It,
            "La Sig.ra Bianchi dell'assistenza è stata maleducata.",
        ),
        (
            Marketplace::Es,
            "La Sra. Gómez de atención al cliente fue grosera.",
        ),
        (
            Marketplace::Fr,
            "Appelez le 06 12 34 56 78, personne ne décroche.",
        ),
    ] {
        assert_eq!(
            grounds(1, text, &ctx(Fulfillment::Fbm, m)),
            vec![Ground::PersonalData],
            "{text}"
        );
    }
    // A possessive makes the title a relation: "mi señora Ana" is the buyer's wife.
    let es = ctx(Fulfillment::Fbm, Marketplace::Es);
    assert!(
        !grounds(3, "A mi señora Ana no le gusta el color.", &es).contains(&Ground::PersonalData)
    );
    // An order number is not a phone number in any language.
    let fr = ctx(Fulfillment::Fbm, Marketplace::Fr);
    assert!(
        !grounds(1, "Commande n° 171-1234567 toujours pas livrée.", &fr)
            .contains(&Ground::PersonalData)
    );
}

#[test]
fn negative_counts_include_three_stars() {
    let c = ctx(Fulfillment::Fbm, Marketplace::Us);
    let triages: Vec<Triage> = [
        (1, "Seller never replied."),
        (2, "The strap snapped after a week."),
        (3, "The clip is too weak to hold a thick book."),
    ]
    .into_iter()
    .map(|(r, text)| triage(&fb(r, text, NONE), &c).unwrap())
    .collect();
    let counts = NegativeCounts::of(&triages, at(2));
    assert_eq!(
        counts,
        NegativeCounts {
            total: 3,
            removable: 2,
            struck_through: 0,
            removable_before_deadline: 2
        }
    );
    let late = NegativeCounts::of(&triages, at(1) + Duration::days(91));
    assert_eq!(late.removable_before_deadline, 0);
    assert!(is_negative_rating(3) && !is_negative_rating(4) && !is_negative_rating(0));
}

#[test]
fn next_step_and_deadlines() {
    let c = ctx(Fulfillment::Fbm, Marketplace::Us);
    let removable = triage(&fb(1, "The zipper broke on day one.", NONE), &c).unwrap();
    assert_eq!(removable.next_step, NextStep::RequestRemoval);
    assert_eq!(removable.buyer_can_remove_until, at(1) + Duration::days(60));
    assert_eq!(removable.request_removal_from, Some(at(4)));
    assert_eq!(
        removable.request_removal_until,
        Some(at(1) + Duration::days(90))
    );
    assert_eq!(removable.deadline(), at(1) + Duration::days(90));
    assert_eq!(
        removable.step_at(at(1) + Duration::days(89)),
        NextStep::RequestRemoval
    );
    assert_eq!(
        removable.step_at(at(1) + Duration::days(91)),
        NextStep::NothingToRequest
    );
    let advice = removable.advice_at(at(2));
    assert!(advice.starts_with("Contact the buyer first"), "{advice}");

    let service = triage(&fb(1, "Seller never replied.", NONE), &c).unwrap();
    assert_eq!(service.next_step, NextStep::ContactBuyer);
    assert_eq!(service.deadline(), at(1) + Duration::days(60));
    assert_eq!(
        service.step_at(at(1) + Duration::days(61)),
        NextStep::NothingToRequest
    );

    let fba = ctx(Fulfillment::Fba, Marketplace::Us);
    let struck = triage(&fb(2, "Took two weeks to arrive.", NONE), &fba).unwrap();
    assert_eq!(struck.next_step, NextStep::ExpectStrikeThrough);
    assert!(struck.is_struck_through() && !struck.is_removable());
}

#[test]
fn advice_never_suggests_an_incentive() {
    let c = ctx(Fulfillment::Fbm, Marketplace::Us);
    for (rating, text) in [(1, "Broke."), (2, "Seller ignored me."), (3, "")] {
        let t = triage(&fb(rating, text, NONE), &c).unwrap();
        for day in [1, 20] {
            let advice = t.advice_at(at(day)).to_lowercase();
            for word in [
                "refund",
                "coupon",
                "discount",
                "gift",
                "free",
                "voucher",
                "compensat",
            ] {
                assert!(!advice.contains(word), "{advice}");
            }
        }
    }
}

#[test]
fn a_store_config_feeds_staff_names_and_product_titles() {
    let config = crate::config::Config::from_toml(
        "t.toml",
        r#"[[store]]
id = "s"
name = "S"
marketplace = "US"
sender = "a@b.example"
test_address = "c@b.example"
staff_names = ["Priya Nair"]
"#,
        None,
        crate::template::TemplateSet::builtin(),
    )
    .unwrap();
    let event = crate::order::parse_event(
        r#"{"store_id":"s","event_id":"f1","type":"feedback","occurred_at":"2026-11-01T12:00:00Z",
            "order":{"order_id":"111-1111111-1111111","fulfillment":"FBM",
                     "items":[{"asin":"B0X","title":"Sir Walter Desk Lamp","quantity":1}]},
            "feedback":{"rating":1,"comment":"Priya Nair promised a call back, nothing. Sir Walter lamp flickers."}}"#,
    )
    .unwrap();
    let order = Order::from_event(&event, Marketplace::Us);
    let t = triage_order(&order, config.stores.first()).unwrap();
    assert_eq!(t.grounds(), vec![Ground::PersonalData]);
    assert_eq!(t.findings[0].evidence, vec!["Priya Nair"]);
}

proptest::proptest! {
    #[test]
    fn any_comment_is_triaged_without_panicking_and_evidence_is_quoted_from_it(
        comment in "[a-zA-Z0-9 .,!?@+()/\\-'äöüßÄÖÜ*#]{0,80}|[ぁ-んァ-ヶ一-龯。、 0-9-]{0,40}",
        rating in 1u8..=3,
        fba in proptest::bool::ANY,
    ) {
        let channel = if fba { Fulfillment::Fba } else { Fulfillment::Fbm };
        for marketplace in [
            Marketplace::Us,
            Marketplace::De,
            Marketplace::Jp,
            Marketplace::Fr,
            Marketplace::It,
            Marketplace::Es,
            Marketplace::Mx,
            Marketplace::Nl,
        ] {
            let t = triage(&fb(rating, &comment, NONE), &ctx(channel, marketplace)).unwrap();
            for f in &t.findings {
                for e in &f.evidence {
                    proptest::prop_assert!(comment.contains(e.as_str()), "{e:?} not in {comment:?}");
                }
            }
        }
    }
}

/// Delivery-only comments on FBA orders in every language: later than promised, left with a
/// neighbour, marked delivered before it came. Wordings differ from the holdout corpus.
#[test]
fn delivery_only_comments_are_fba_fulfillment_in_every_language() {
    for (market, comment) in [
        (Marketplace::Us, "Showed up a week later than promised."),
        (
            Marketplace::Us,
            "Driver left it with a neighbor, no card, nothing.",
        ),
        (
            Marketplace::Us,
            "Tracking said delivered on Monday, it came on Thursday.",
        ),
        (
            Marketplace::De,
            "Die Lieferung kam fünf Tage später als versprochen.",
        ),
        (
            Marketplace::De,
            "Paket wurde beim Nachbarn abgegeben, keine Info.",
        ),
        (Marketplace::Jp, "予定日より3日遅れて到着しました。"),
        (
            Marketplace::Jp,
            "配達完了になっていたのに、届いたのは翌々日でした。",
        ),
        (Marketplace::Fr, "Colis laissé chez le voisin d'en face."),
        (Marketplace::Fr, "Indiqué livré alors que rien n'était là."),
        (
            Marketplace::It,
            "Pacco lasciato al vicino senza dirmi niente.",
        ),
        (Marketplace::It, "Risultava consegnato ma non c'era niente."),
        (
            Marketplace::Es,
            "El pedido llegó bastante más tarde de lo prometido.",
        ),
        (
            Marketplace::Es,
            "Lo dejaron con un vecino sin avisar a nadie.",
        ),
    ] {
        let c = ctx(Fulfillment::Fba, market);
        assert_eq!(
            grounds(2, comment, &c),
            [Ground::FbaFulfillment],
            "{comment}"
        );
    }
}

/// Devices that do not respond, phones as products and lost edges are product words; reused
/// boxes are about the packing, not the product.
#[test]
fn product_words_and_packing_are_told_apart() {
    for (market, comment) in [
        (
            Marketplace::Us,
            "The touch screen barely responds after a week.",
        ),
        (
            Marketplace::It,
            "Lo schermo non risponde ai tocchi dopo due giorni.",
        ),
        (Marketplace::It, "Il telefono si scalda mentre carica."),
        (
            Marketplace::Es,
            "La hoja se perdió el filo muy rápido, ya está oxidada.",
        ),
    ] {
        let c = ctx(Fulfillment::Fbm, market);
        assert_eq!(
            grounds(2, comment, &c),
            [Ground::ProductReview],
            "{comment}"
        );
    }
    for (market, comment) in [
        (
            Marketplace::Us,
            "Nice towel, but it came in a dirty reused box.",
        ),
        (
            Marketplace::It,
            "Bello, ma arrivato in una scatola usata e sporca.",
        ),
    ] {
        let c = ctx(Fulfillment::Fbm, market);
        assert!(grounds(3, comment, &c).is_empty(), "{comment}");
    }
}

#[test]
fn a_verdict_without_a_reason_is_no_product_review_in_any_language() {
    // "It does the job, nothing more", "didn't like it", "rubbish": no word on what is wrong.
    for (m, texts) in [
        (
            Marketplace::Us,
            [
                "Does the job, nothing special.",
                "Didn't like it.",
                "Total rubbish.",
            ],
        ),
        (
            Marketplace::De,
            [
                "Erfüllt seinen Zweck, mehr nicht.",
                "Hat mir nicht gefallen.",
                "Total mittelmäßig.",
            ],
        ),
        (
            Marketplace::Fr,
            [
                "Ça fait le job, sans plus.",
                "Pas aimé du tout.",
                "De la camelote.",
            ],
        ),
        (
            Marketplace::It,
            [
                "Fa il suo lavoro, niente di più.",
                "Non mi è piaciuto.",
                "Una porcheria.",
            ],
        ),
        (
            Marketplace::Es,
            ["Cumple, sin más.", "No me gustó nada.", "Una porquería."],
        ),
        (
            Marketplace::Jp,
            ["可もなく不可もなく。", "気に入らなかった。", "微妙でした。"],
        ),
    ] {
        for text in texts {
            let got = grounds(2, text, &ctx(Fulfillment::Fba, m));
            assert!(
                !got.contains(&Ground::ProductReview),
                "{m}: {text}: {got:?}"
            );
        }
    }
    // A bare verdict word is no product word either.
    for (m, text) in [
        (Marketplace::Mx, "Una basura."),
        (Marketplace::Es, "Pura basura."),
    ] {
        let got = grounds(1, text, &ctx(Fulfillment::Fbm, m));
        assert!(got.is_empty(), "{m}: {text}: {got:?}");
    }
    // The same verdict with a reason about the product is a product review.
    for (m, text) in [
        (Marketplace::Us, "Does the job, but the lid leaks."),
        (Marketplace::Fr, "Ça fait le job, mais le couvercle fuit."),
        (Marketplace::It, "Non mi è piaciuto, il coperchio perde."),
        (Marketplace::Es, "Cumple, pero la tapa gotea."),
    ] {
        let got = grounds(2, text, &ctx(Fulfillment::Fba, m));
        assert_eq!(got, vec![Ground::ProductReview], "{m}: {text}");
    }
}

#[test]
fn arriving_after_the_occasion_is_the_delivery_in_any_language() {
    for (m, text) in [
        (
            Marketplace::Us,
            "Showed up after Christmas, the gift was pointless by then.",
        ),
        (Marketplace::De, "Kam erst nach Weihnachten an."),
        (Marketplace::Fr, "Arrivé après Noël, dommage."),
        (Marketplace::It, "Arrivato dopo Natale, peccato."),
        (Marketplace::Es, "Llegó después de Navidad."),
        (Marketplace::Jp, "クリスマスが過ぎてから届きました。"),
    ] {
        delivery_only(m, text);
    }
}

#[test]
fn an_item_other_than_the_one_ordered_is_the_sellers_doing_in_any_language() {
    for (m, text) in [
        (
            Marketplace::Us,
            "Arrived in a different colour from the one I ordered.",
        ),
        (Marketplace::Us, "They shipped a model that I didn't order."),
        (
            Marketplace::De,
            "Der Mixer ist anders als bestellt, ein ganz anderes Modell.",
        ),
        (
            Marketplace::Fr,
            "Couleur différente de celle que j'ai commandée.",
        ),
        (
            Marketplace::It,
            "Mi è arrivato un articolo diverso da quello ordinato.",
        ),
        (Marketplace::It, "Non era il modello che avevo scelto."),
        (Marketplace::Es, "Me mandaron un modelo que no era."),
        (Marketplace::Mx, "La licuadora llegó ya abierta."),
        (Marketplace::Jp, "頼んだものと違う色が届きました。"),
    ] {
        for fulfillment in [Fulfillment::Fbm, Fulfillment::Fba] {
            let got = grounds(1, text, &ctx(fulfillment, m));
            assert!(got.is_empty(), "{m} {fulfillment:?}: {text}: {got:?}");
        }
    }
    // A product that differs from another product is still about the product.
    for (m, text) in [
        (
            Marketplace::Us,
            "The blade is different from my old one and dulls in a week.",
        ),
        (
            Marketplace::It,
            "La lama è diversa dalla vecchia e si smussa subito.",
        ),
    ] {
        let got = grounds(2, text, &ctx(Fulfillment::Fbm, m));
        assert_eq!(got, vec![Ground::ProductReview], "{m}: {text}");
    }
}

/// "Instead of" and a call name the seller's doing only when they are about another item or about
/// calling someone; what the product does instead, or calls made with it, are the product.
#[test]
fn instead_of_and_calls_are_the_sellers_only_when_they_are_about_the_seller() {
    for (m, text) in [
        (
            Marketplace::Fr,
            "La lame écrase les tomates au lieu de les trancher.",
        ),
        (
            Marketplace::It,
            "Il frullatore scalda invece di tritare il ghiaccio.",
        ),
        (
            Marketplace::Es,
            "La licuadora se calienta en vez de triturar el hielo.",
        ),
        (
            Marketplace::It,
            "Le cuffie si scaricano presto e il microfono gracchia in ogni chiamata.",
        ),
    ] {
        let got = grounds(2, text, &ctx(Fulfillment::Fba, m));
        assert_eq!(got, vec![Ground::ProductReview], "{m}: {text}");
    }
    for (m, text) in [
        (
            Marketplace::Fr,
            "J'ai reçu le modèle noir au lieu du blanc.",
        ),
        (
            Marketplace::It,
            "Arrivato il modello piccolo invece del grande.",
        ),
        (Marketplace::Es, "Me llegó la talla M en vez de la L."),
        (
            Marketplace::It,
            "Ho chiamato il venditore tre volte, la lama è ancora storta.",
        ),
    ] {
        let got = grounds(2, text, &ctx(Fulfillment::Fbm, m));
        assert!(got.is_empty(), "{m}: {text}: {got:?}");
    }
}

/// The carrier (配送業者) is Amazon's on an FBA order, not the seller; what the product page said
/// is the listing; how an FBM parcel was wrapped is the seller's packing.
#[test]
fn carriers_listings_and_wrapping_are_told_apart() {
    let fba = ctx(Fulfillment::Fba, Marketplace::Jp);
    for text in [
        "配達予定日を3日過ぎて届きました。配送業者の扱いがひどいです。",
        "予定日を二日過ぎてやっと届いた。",
    ] {
        assert_eq!(
            grounds(1, text, &fba),
            vec![Ground::FbaFulfillment],
            "{text}"
        );
    }
    let fbm = ctx(Fulfillment::Fbm, Marketplace::Jp);
    for text in [
        "販売業者の対応が遅すぎます。",
        "商品ページには日本製と書いてありましたが、届いた物は中国製でした。",
    ] {
        assert!(grounds(2, text, &fbm).is_empty(), "{text}");
    }
    let uk = ctx(Fulfillment::Fbm, Marketplace::Uk);
    let text = "Cute mug, but it came wrapped in one sheet of newspaper and the handle had a chip.";
    assert!(grounds(3, text, &uk).is_empty(), "{text}");
}

/// A multipack reads like the parcel and a fault that went away like a return: both are the
/// product, in every language. Packing by the seller and a seller who goes silent are service.
#[test]
fn multipacks_and_faults_that_went_away_are_the_product() {
    for (marketplace, comment) in [
        (
            Marketplace::Us,
            "The pack of filters fits, but each one tears after two brews.",
        ),
        (
            Marketplace::Us,
            "Sound cut out twice, then returned to normal; the bass is still muddy.",
        ),
        (
            Marketplace::De,
            "Die Packung mit 10 Schwämmen riecht stark nach Chemie.",
        ),
        (
            Marketplace::Fr,
            "Le paquet de 24 piles se vide en une semaine.",
        ),
        (
            Marketplace::It,
            "La confezione da 6 bicchieri ha il vetro sottilissimo, uno si è già scheggiato.",
        ),
        (
            Marketplace::Es,
            "La caja de 50 bolsas trae bolsas que se rompen al cerrarlas.",
        ),
    ] {
        assert_eq!(
            grounds(2, comment, &ctx(Fulfillment::Fbm, marketplace)),
            vec![Ground::ProductReview],
            "{comment}"
        );
    }
    none_is_a_product_review(
        2,
        &[
        (
            Marketplace::De,
            "Die Tassen sind schön, aber verschickt in einem dünnen Beutel, eine war zerbrochen.",
        ),
        (
            Marketplace::Jp,
            "デザインは好きですが、緩衝材なしで届き、角が欠けていました。",
        ),
        (
            Marketplace::Fr,
            "Vous m'envoyez un grille-pain rayé et vous faites les morts depuis.",
        ),
        (
            Marketplace::It,
            "Spedito dopo 9 giorni, il bollitore funziona.",
        ),
        (
            Marketplace::Es,
            "La lámpara no enciende y no devuelven el dinero.",
        ),
        ],
    );
}

/// Japanese writes a phone number straight after a word; it is still a phone number.
#[test]
fn a_phone_number_right_after_a_japanese_word_is_personal_data() {
    let c = ctx(Fulfillment::Fbm, Marketplace::Jp);
    assert!(
        grounds(1, "返品を断られました。連絡先は080-1234-5678です。", &c)
            .contains(&Ground::PersonalData)
    );
    assert!(
        !grounds(1, "追跡番号は1234-5678-9012です。届きません。", &c)
            .contains(&Ground::PersonalData)
    );
}

/// A postal address is personal data in every marketplace's form; street-like words without a
/// house number, and "via" as "by", are not.
#[test]
fn postal_addresses_are_personal_data() {
    for (marketplace, comment) in [
        (
            Marketplace::Us,
            "Sent to 42 Maple Grove Avenue instead of my office, and nobody answers.",
        ),
        (
            Marketplace::De,
            "Geliefert an Lindenstraße 12a statt an meine neue Adresse.",
        ),
        (
            Marketplace::Fr,
            "Le colis est parti au 7 rue des Acacias, mon ancienne adresse.",
        ),
        (
            Marketplace::It,
            "Spedito a Via Garibaldi 18 anche se avevo cambiato indirizzo.",
        ),
        (
            Marketplace::Es,
            "Lo mandaron a Calle Mayor 23 y el vendedor no contesta.",
        ),
        (
            Marketplace::Jp,
            "〒150-0041 の旧住所に送られてしまいました。",
        ),
    ] {
        assert!(
            grounds(1, comment, &ctx(Fulfillment::Fbm, marketplace))
                .contains(&Ground::PersonalData),
            "{comment}"
        );
    }
    for (marketplace, comment) in [
        (
            Marketplace::Us,
            "The strap broke after 3 days on the trail.",
        ),
        (
            Marketplace::De,
            "Die Straße vor dem Haus war gesperrt, der Fahrer kam 2 Tage später.",
        ),
        (
            Marketplace::It,
            "Ho scritto via email 3 volte senza risposta.",
        ),
        (
            Marketplace::Es,
            "La calle estaba cortada y llegó 5 días tarde.",
        ),
    ] {
        assert!(
            !grounds(1, comment, &ctx(Fulfillment::Fbm, marketplace))
                .contains(&Ground::PersonalData),
            "{comment}"
        );
    }
}

/// The product's own claims ("the advertised 8 hours", "gusto intenso promesso") and a listing
/// that matched ("Lieferumfang wie beschrieben") leave a product complaint a product review; a
/// change of mind with nothing wrong is no review of anything.
#[test]
fn product_claims_and_a_matching_listing_are_still_the_product() {
    for (marketplace, comment) in [
        (
            Marketplace::Us,
            "Runs for barely 3 hours, not the advertised 10 hours, and the fan whines.",
        ),
        (
            Marketplace::De,
            "Lieferumfang wie beschrieben, aber der Deckel schließt nicht dicht.",
        ),
        (
            Marketplace::It,
            "Macinatura grossolana, nessun aroma intenso promesso.",
        ),
        (
            Marketplace::Es,
            "El paquete de toallitas se seca en dos días.",
        ),
    ] {
        assert_eq!(
            grounds(2, comment, &ctx(Fulfillment::Fba, marketplace)),
            vec![Ground::ProductReview],
            "{comment}"
        );
    }
    let c = ctx(Fulfillment::Fba, Marketplace::It);
    assert!(
        !grounds(1, "Tutto regolare, ho solo cambiato idea.", &c).contains(&Ground::ProductReview)
    );
}

/// Words that end in 様 without naming anyone (仕様, 模様, 同様) are no name; a multipack's
/// contents, packing in a thin bag by the seller, and an item other than the one ordered are
/// read as in the eleventh corpus.
#[test]
fn words_ending_in_sama_packing_and_multipack_contents() {
    let jp = ctx(Fulfillment::Fbm, Marketplace::Jp);
    assert!(
        !grounds(1, "ボタンが勝手に反応する仕様。同様の報告も多いです。", &jp)
            .contains(&Ground::PersonalData)
    );
    assert!(grounds(1, "担当の高橋様に何度も電話しました。", &jp).contains(&Ground::PersonalData));
    assert_eq!(
        grounds(
            2,
            "Every capsule in the box tastes stale.",
            &ctx(Fulfillment::Fba, Marketplace::Us)
        ),
        vec![Ground::ProductReview]
    );
    none_is_a_product_review(
        2,
        &[
            (
                Marketplace::Fr,
                "Joli plaid, mais arrivé dans un simple sac plastique, déchiré.",
            ),
            (
                Marketplace::Es,
                "Bonito, pero venía envuelto en periódico y llegó roto.",
            ),
            (Marketplace::Jp, "注文したものと違う色が届きました。"),
            (
                Marketplace::It,
                "Buono, ma ci sono volute due settimane per riceverlo.",
            ),
        ],
    );
}

/// What the product's own package or label claims is the product, not the parcel; so is the
/// buyer packing a bag full. Late shipping written with a word for the number is still the
/// seller's; a relative named in full is personal data.
#[test]
fn label_claims_own_packing_word_numbers_and_named_relatives() {
    for (marketplace, comment) in [
        (
            Marketplace::Us,
            "The package says fragrance free, yet the cream smells of cheap perfume.",
        ),
        (
            Marketplace::Us,
            "Once we packed it for a week away, the seams split at the corners.",
        ),
        (
            Marketplace::De,
            "Auf der Verpackung steht extra stark, der Kleber hält aber keine Stunde.",
        ),
        (
            Marketplace::Jp,
            "箱には無添加と書いてありますが、すぐにカビが生えました。",
        ),
        (
            Marketplace::Fr,
            "L'emballage promet un thé fruité, il n'a aucun goût.",
        ),
        (
            Marketplace::It,
            "La scatola dice lavabile in lavatrice, si è ristretto al primo lavaggio.",
        ),
        (
            Marketplace::Es,
            "La caja de galletas dice sin azúcar y saben dulcísimas.",
        ),
    ] {
        assert_eq!(
            grounds(2, comment, &ctx(Fulfillment::Fbm, marketplace)),
            vec![Ground::ProductReview],
            "{comment}"
        );
    }
    assert!(!grounds(
        2,
        "Spedito solo dopo tre settimane, il mixer va bene.",
        &ctx(Fulfillment::Fbm, Marketplace::It)
    )
    .contains(&Ground::ProductReview));
    for (marketplace, comment) in [
        (
            Marketplace::Us,
            "Stopped spinning in a week; my brother, Daniel Whitford, could not fix it.",
        ),
        (
            Marketplace::De,
            "Meine Tochter Lena Hoffmann hat es aufgebaut, es wackelt trotzdem.",
        ),
        (
            Marketplace::Fr,
            "Ma voisine Claire Dubois a le même, le sien marche.",
        ),
        (
            Marketplace::It,
            "Mio fratello Paolo Ferri dice che il motore è difettoso.",
        ),
        (
            Marketplace::Es,
            "Mi hermana, Lucía Ortega, lo probó y no calienta.",
        ),
    ] {
        assert!(
            grounds(1, comment, &ctx(Fulfillment::Fbm, marketplace))
                .contains(&Ground::PersonalData),
            "{comment}"
        );
    }
}

/// A figure quoted from the listing is the product's own claim, so a comment that measures the
/// product against it is still a product review; the buyer airing the product out in the garden
/// is no parcel left outside by the carrier.
#[test]
fn listing_figures_and_airing_it_out_are_the_product() {
    for (marketplace, comment) in [
        (
            Marketplace::Us,
            "The lamp gives maybe 200 lumens, not the 800 lumens in the description, and it flickers.",
        ),
        (
            Marketplace::De,
            "Der Akku hält eine Stunde statt 5 Stunden laut Beschreibung.",
        ),
        (
            Marketplace::Fr,
            "La batterie tient une heure, loin des 6 heures indiquées dans l'annonce.",
        ),
        (
            Marketplace::It,
            "La batteria dura un'ora, altro che le 6 ore indicate nell'annuncio.",
        ),
        (
            Marketplace::Es,
            "La batería dura una hora, no las 6 horas que dice el anuncio.",
        ),
        (
            Marketplace::Jp,
            "バッテリーは1時間ほどしか持たず、商品ページの6時間には程遠いです。",
        ),
        (
            Marketplace::Us,
            "Stinks of chemicals. We left it outside on the patio for a few days, no better.",
        ),
    ] {
        assert_eq!(
            grounds(2, comment, &ctx(Fulfillment::Fba, marketplace)),
            vec![Ground::ProductReview],
            "{comment}"
        );
    }
    assert_eq!(
        grounds(
            2,
            "They left it outside for two days, soaked.",
            &ctx(Fulfillment::Fba, Marketplace::Us)
        ),
        vec![Ground::FbaFulfillment]
    );
}

/// Not buying "here" again names the store, and so does its owner or a complaint the seller never
/// resolved: none of these is a product review, in any language.
#[test]
fn the_store_named_as_here_or_by_its_owner_is_no_product_review() {
    none_is_a_product_review(
        1,
        &[
            (Marketplace::Us, "Meh. Won't be shopping here again."),
            (
                Marketplace::De,
                "Tja. Hier bestelle ich garantiert nie wieder.",
            ),
            (Marketplace::Fr, "Bof. Je ne commanderai plus jamais ici."),
            (Marketplace::It, "Mah. Non compro mai più qui."),
            (Marketplace::Es, "Pues nada. No vuelvo a comprar aquí."),
            (Marketplace::Jp, "うーん。ここではもう買わないと思います。"),
            (
                Marketplace::Us,
                "Complain all you like, the owner never sorted anything out for me.",
            ),
            (
                Marketplace::De,
                "Der Inhaber hat die Sache bis heute nicht geklärt.",
            ),
            (
                Marketplace::Fr,
                "Le gérant ne m'a jamais rien résolu, inutile d'insister.",
            ),
            (Marketplace::It, "Il titolare non mi ha mai risolto niente."),
            (
                Marketplace::Mx,
                "Para quejas, el dueño nunca me resolvió nada.",
            ),
            (Marketplace::Jp, "店主に言っても何も変わりませんでした。"),
        ],
    );
}

/// "La" and "le" are Italian articles too: an Italian comment with a word Spanish shares
/// ("tiene") is still read as Italian on the Italian marketplace.
#[test]
fn italian_articles_shared_with_spanish_keep_an_italian_comment_italian() {
    let comment = "La lama si piega, la plastica della impugnatura non tiene la forma.";
    assert_eq!(
        detect_language(comment, Some(Marketplace::It)),
        Some(Language::It)
    );
    assert_eq!(
        grounds(2, comment, &ctx(Fulfillment::Fbm, Marketplace::It)),
        vec![Ground::ProductReview]
    );
}

/// A table of (marketplace, fulfillment, rating, comment, grounds), each comment triaged alone.
type GroundsCase<'a> = (Marketplace, Fulfillment, u8, &'a str, &'a [Ground]);

fn assert_each_grounds(cases: &[GroundsCase]) {
    for (marketplace, fulfillment, rating, comment, expected) in cases {
        assert_eq!(
            grounds(*rating, comment, &ctx(*fulfillment, *marketplace)),
            expected.to_vec(),
            "{comment}"
        );
    }
}

/// Misreadings found on the thirty-fourth and thirty-fifth holdouts, each beside the reading it
/// must keep: (marketplace, fulfillment, rating, comment, grounds).
#[test]
fn quality_short_of_the_mark_packs_late_parcels_gift_wrap_and_introduced_names() {
    use Fulfillment::{Fba, Fbm};
    let cases: &[GroundsCase] = &[
        // A quality falling short is the product's; a part short is the seller's.
        (
            Marketplace::Jp,
            Fbm,
            2,
            "ライトの明るさが少し足りない。夜道では心細いです。",
            &[Ground::ProductReview],
        ),
        (
            Marketplace::Jp,
            Fbm,
            2,
            "掃除機の吸引力が不足していて、髪の毛が残る。",
            &[Ground::ProductReview],
        ),
        (
            Marketplace::Jp,
            Fbm,
            2,
            "ネジが二本足りない。組み立てられません。",
            &[],
        ),
        // Gift wrapping and the packing slip are what the seller put in the parcel.
        (
            Marketplace::Jp,
            Fbm,
            2,
            "ラッピングを頼んだのにそのまま届き、納品書に金額が書いてあった。",
            &[],
        ),
        // A pack of flour is something the scale weighs, the parcel is not.
        (
            Marketplace::Es,
            Fbm,
            2,
            "Peso el mismo paquete de arroz dos veces y da cifras distintas.",
            &[Ground::ProductReview],
        ),
        (
            Marketplace::Es,
            Fbm,
            2,
            "El paquete llegó abierto y la báscula rayada.",
            &[],
        ),
        // Here only after days: the delivery.
        (
            Marketplace::De,
            Fbm,
            2,
            "Die Tassen sind hübsch, kamen aber erst nach zwölf Tagen an.",
            &[],
        ),
        (
            Marketplace::De,
            Fbm,
            2,
            "Der Akku hält erst nach drei Ladezyklen die angegebene Zeit.",
            &[Ground::ProductReview],
        ),
        // A full name introduced as what someone is called.
        (
            Marketplace::Fr,
            Fbm,
            1,
            "Le livreur s'appelle Marc Dubois et il a jeté le colis.",
            &[Ground::PersonalData],
        ),
        (
            Marketplace::De,
            Fbm,
            1,
            "Die Mitarbeiterin hieß Petra Lange und legte einfach auf.",
            &[Ground::PersonalData],
        ),
        (
            Marketplace::It,
            Fbm,
            1,
            "Il venditore si chiama Luca Ferri e non risponde mai.",
            &[Ground::PersonalData],
        ),
        (
            Marketplace::Es,
            Fba,
            1,
            "La persona que me atendió se llama Rosa Gil y fue grosera.",
            &[Ground::PersonalData],
        ),
    ];
    assert_each_grounds(cases);
}

/// A comment typed without accents is read as the same words with them; an accent that tells
/// two words apart stays required ("usagé", used, is not "usage", what the item is for).
#[test]
fn comments_typed_without_accents_read_as_written_in_full() {
    let fr = ctx(Fulfillment::Fbm, Marketplace::Fr);
    assert_eq!(
        grounds(1, "recu une montre deja utilisee, rayures partout", &fr),
        vec![]
    );
    assert_eq!(
        grounds(
            2,
            "Trop fragile pour un usage quotidien, la boucle a lâché.",
            &fr
        ),
        vec![Ground::ProductReview]
    );
    let es = ctx(Fulfillment::Fbm, Marketplace::Es);
    assert_eq!(
        grounds(
            2,
            "me llego una lampara usada y sin caja, el vendedor no contesta",
            &es
        ),
        vec![]
    );
}

/// Misreadings found on the thirty-sixth and thirty-seventh holdouts, each beside the reading it
/// must keep: (marketplace, fulfillment, rating, comment, grounds).
#[test]
fn lagging_notifications_round_trips_late_dispatch_kana_delays_and_worn_goods_sold_as_new() {
    use Fulfillment::{Fba, Fbm};
    let cases: &[GroundsCase] = &[
        // A device's alerts arriving late are the device's; the parcel arriving late is not.
        (
            Marketplace::It,
            Fba,
            1,
            "La telecamera si blocca e gli avvisi di movimento arrivano sempre in ritardo.",
            &[Ground::ProductReview],
        ),
        (
            Marketplace::It,
            Fba,
            1,
            "Il pacco è arrivato in ritardo di una settimana.",
            &[Ground::FbaFulfillment],
        ),
        // A delay typed in kana.
        (
            Marketplace::Jp,
            Fba,
            1,
            "はいたつが予定より2日おくれました。",
            &[Ground::FbaFulfillment],
        ),
        // A round trip the suitcase made is not a return.
        (
            Marketplace::Fr,
            Fbm,
            2,
            "Une poignée s'est cassée après deux allers-retours en train.",
            &[Ground::ProductReview],
        ),
        (
            Marketplace::Fr,
            Fbm,
            2,
            "Le retour n'a jamais été remboursé.",
            &[],
        ),
        // Dispatched days after the promised time.
        (
            Marketplace::Fr,
            Fbm,
            2,
            "Envoi annoncé sous 48 h, colis parti au bout de dix jours.",
            &[],
        ),
        // Paid for as new, got someone else's.
        (
            Marketplace::De,
            Fbm,
            1,
            "Als neu gekauft, aber mit Haaren von jemand anderem im Futter.",
            &[],
        ),
    ];
    assert_each_grounds(cases);
}

/// A product not enough for its job in Spanish ("para un piso grande no llega", "no llega a
/// enfriar") is the product falling short; a parcel that "no llega" is still the delivery.
#[test]
fn not_reaching_far_enough_is_the_product_and_not_arriving_is_the_parcel() {
    let es = ctx(Fulfillment::Fbm, Marketplace::Es);
    assert_eq!(
        grounds(
            2,
            "El ventilador hace ruido y para una habitación grande no llega.",
            &es
        ),
        vec![Ground::ProductReview]
    );
    assert_eq!(
        grounds(2, "La nevera portátil no llega a enfriar las bebidas.", &es),
        vec![Ground::ProductReview]
    );
    assert_eq!(
        grounds(1, "El pedido no llega y nadie responde.", &es),
        vec![]
    );
}

/// A porch the parcel was left on is the delivery, one the item is bought for is the product;
/// a dispatch or arrival only on a late date is the delivery; a full name followed by the
/// person's place at the seller ("…, from customer service") is personal data; what the box
/// says is the product's claim.
#[test]
fn porches_late_dates_and_named_staff_are_read_for_what_they_are() {
    use Fulfillment::Fbm;
    use Ground::{PersonalData, ProductReview};
    let cases: &[GroundsCase] = &[
        (
            Marketplace::Us,
            Fbm,
            2,
            "Got the solar lanterns for the back porch and two stopped glowing after a week.",
            &[ProductReview],
        ),
        (
            Marketplace::Us,
            Fbm,
            2,
            "Left on the front porch in the rain and the lanterns stopped glowing.",
            &[],
        ),
        (
            Marketplace::De,
            Fbm,
            2,
            "Bestellt am 2. März, verschickt erst am 14., die Lampe selbst ist in Ordnung.",
            &[],
        ),
        (
            Marketplace::De,
            Fbm,
            2,
            "Erst am 30. angekommen, obwohl es ein Geschenk sein sollte.",
            &[],
        ),
        (
            Marketplace::Es,
            Fbm,
            1,
            "Pedí el cambio de talla y Marta Gil Soto, del servicio postventa, nunca contestó.",
            &[PersonalData],
        ),
        (
            Marketplace::Us,
            Fbm,
            1,
            "Asked for a refund and Daniel Price from customer service hung up on me.",
            &[PersonalData],
        ),
        (
            Marketplace::Fr,
            Fbm,
            1,
            "Remboursement promis par Claire Morel du service client, jamais reçu.",
            &[PersonalData],
        ),
        // What the box promises is the product's claim, not the parcel.
        (
            Marketplace::Es,
            Fbm,
            3,
            "El té es muy suave, nada que ver con lo que pone en la caja.",
            &[ProductReview],
        ),
    ];
    assert_each_grounds(cases);
}

/// A full name followed by a clause that gives the person's place at the seller ("…, who
/// handles returns for the store") is personal data, in every language with such names; a
/// capitalised product name before the same verb is not. Calls made with a headset are the
/// product, calls to the shop the service.
#[test]
fn staff_named_in_a_clause_and_calls_made_with_the_product() {
    use Fulfillment::Fbm;
    use Ground::{PersonalData, ProductReview};
    let cases: &[GroundsCase] = &[
        (
            Marketplace::Us,
            Fbm,
            1,
            "Emailed Priya Nair, who handles returns for the store, and never heard back.",
            &[PersonalData],
        ),
        (
            Marketplace::De,
            Fbm,
            1,
            "Lena Vogt, die den Kundenservice betreut, hat nie geantwortet.",
            &[PersonalData],
        ),
        (
            Marketplace::Fr,
            Fbm,
            1,
            "Trois mails à Julien Caron, qui gère le SAV de la boutique, sans réponse.",
            &[PersonalData],
        ),
        (
            Marketplace::It,
            Fbm,
            1,
            "Ho scritto a Giulia Fontana, che gestisce l'assistenza clienti, nessuna risposta.",
            &[PersonalData],
        ),
        (
            Marketplace::Es,
            Fbm,
            1,
            "Escribí a Pablo Ruiz, que lleva la atención al cliente, y nada.",
            &[PersonalData],
        ),
        (
            Marketplace::Fr,
            Fbm,
            2,
            "Le Mode Turbo, qui gère mal les tapis épais, fait un bruit terrible.",
            &[ProductReview],
        ),
        (
            Marketplace::Es,
            Fbm,
            2,
            "El micro se oye lejano en las llamadas y el auricular derecho se apaga solo.",
            &[ProductReview],
        ),
        (
            Marketplace::Es,
            Fbm,
            1,
            "Hice tres llamadas a la tienda y nadie contestó.",
            &[],
        ),
    ];
    assert_each_grounds(cases);
}

/// Performance short of the advertised figure is the product's claim, in every table that
/// reads a figure ("nowhere near what's advertised", "au lieu des 10 heures promises"); so is a
/// plug that must be moved "para que haga contacto" and a fan whose air does not reach the far
/// side of the room. Another item sent, "not what's advertised", contacting the shop and a
/// parcel not here stay the seller's or the delivery's.
#[test]
fn short_of_the_advertised_figure_and_out_of_reach_are_the_product() {
    use Fulfillment::{Fba, Fbm};
    use Ground::ProductReview;
    let cases: &[GroundsCase] = &[
        (
            Marketplace::Us,
            Fbm,
            2,
            "Runtime is nowhere near what's advertised and the fan rattles.",
            &[ProductReview],
        ),
        (
            Marketplace::Us,
            Fbm,
            2,
            "Not what's advertised, they sent an older model.",
            &[],
        ),
        (
            Marketplace::Fr,
            Fbm,
            2,
            "Seulement 2 heures de lecture au lieu des 10 heures promises.",
            &[ProductReview],
        ),
        (
            Marketplace::Fr,
            Fbm,
            1,
            "J'ai reçu un modèle noir au lieu du blanc.",
            &[],
        ),
        (
            Marketplace::Es,
            Fbm,
            2,
            "El cargador solo funciona si lo aprietas para que haga contacto.",
            &[ProductReview],
        ),
        (
            Marketplace::Es,
            Fbm,
            1,
            "Intenté contactar con la tienda y nada.",
            &[],
        ),
        (
            Marketplace::Jp,
            Fba,
            2,
            "部屋の奥まで光が届かず、読書には暗いです。",
            &[ProductReview],
        ),
        (
            Marketplace::Jp,
            Fbm,
            1,
            "注文から10日経ってもまだ届きません。",
            &[],
        ),
    ];
    assert_each_grounds(cases);
}

/// A quality weaker than advertised is the product; "seemed used" in the plural is the seller's
/// (a used item sold as new), whatever the packaging; a full name after "pregunten por" is
/// personal data.
#[test]
fn weaker_than_advertised_used_in_the_plural_and_ask_for_a_name() {
    use Fulfillment::{Fba, Fbm};
    use Ground::{PersonalData, ProductReview};
    let cases: &[GroundsCase] = &[
        (
            Marketplace::Uk,
            Fbm,
            2,
            "The fan is far louder than advertised and the timer resets itself.",
            &[ProductReview],
        ),
        (
            Marketplace::It,
            Fba,
            2,
            "I pennarelli scrivono a tratti e sembravano usati, con i tappi sporchi.",
            &[],
        ),
        (
            Marketplace::Es,
            Fbm,
            1,
            "Sigo sin reembolso. Pregunten por Andrés Molina Vidal, ya le he escrito dos veces.",
            &[PersonalData],
        ),
    ];
    assert_each_grounds(cases);
}

/// A tent ("tienda de campaña") is the product, not the seller's shop ("la tienda").
#[test]
fn a_tent_is_no_shop() {
    use Fulfillment::{Fba, Fbm};
    use Ground::ProductReview;
    let cases: &[GroundsCase] = &[
        (
            Marketplace::Mx,
            Fba,
            2,
            "Compré la tienda de campaña para la playa y a la primera tormenta entró agua por el suelo.",
            &[ProductReview],
        ),
        (
            Marketplace::Es,
            Fbm,
            2,
            "La tienda iglú tiene las varillas demasiado finas, se doblan con el viento.",
            &[ProductReview],
        ),
        (
            Marketplace::Es,
            Fbm,
            1,
            "La tienda no contesta y la cremallera se rompió.",
            &[],
        ),
    ];
    assert_each_grounds(cases);
}

/// Another colour or size than ordered, told without an article ("geliefert wurden graue"), is
/// the seller's wrong item; the day it came is not.
#[test]
fn a_colour_or_size_received_for_another_is_the_sellers() {
    use Fulfillment::{Fba, Fbm};
    use Ground::ProductReview;
    let cases: &[GroundsCase] = &[
        (
            Marketplace::De,
            Fbm,
            1,
            "Bestellt hatte ich die blauen Handtücher, geliefert wurden rosa.",
            &[],
        ),
        (
            Marketplace::De,
            Fba,
            2,
            "Bestellt hatte ich Größe 40, bekommen habe ich in 44.",
            &[],
        ),
        (
            Marketplace::De,
            Fbm,
            2,
            "Die grauen Socken kratzen und die Ferse rutscht nach unten.",
            &[ProductReview],
        ),
    ];
    assert_each_grounds(cases);
}

/// The buyer's own warehouse, shop, office or practice named as where the product is used is
/// neither Amazon's warehouse nor the seller's shop; the seller's shop still is.
#[test]
fn the_buyers_own_workplace_is_no_shop_or_warehouse() {
    use Fulfillment::{Fba, Fbm};
    use Ground::ProductReview;
    let cases: &[GroundsCase] = &[
        (
            Marketplace::Us,
            Fba,
            2,
            "The pallet scale drifts by two kilos within an hour, so it is no good in our warehouse.",
            &[ProductReview],
        ),
        (
            Marketplace::De,
            Fbm,
            2,
            "Die Kaffeemühle ist für unseren Laden viel zu langsam und wird heiß.",
            &[ProductReview],
        ),
        (
            Marketplace::Jp,
            Fbm,
            2,
            "レジ横に置いたら、うちの店ではすぐに画面が暗くなって見えない。",
            &[ProductReview],
        ),
        (
            Marketplace::Fr,
            Fbm,
            2,
            "Le ventilateur est bien trop bruyant pour notre cabinet, les patients l'entendent.",
            &[ProductReview],
        ),
        (
            Marketplace::It,
            Fba,
            2,
            "Gli scaffali si piegano con poco peso, nel nostro magazzino non reggono.",
            &[ProductReview],
        ),
        (
            Marketplace::Es,
            Fba,
            2,
            "La carretilla chirría y se le sale la rueda, en nuestro almacén no sirve.",
            &[ProductReview],
        ),
        (
            Marketplace::Es,
            Fbm,
            1,
            "La tienda no contesta y la rueda se salió.",
            &[],
        ),
    ];
    assert_each_grounds(cases);
}

/// A printer's or computer's driver is software, not the courier.
#[test]
fn a_printer_driver_is_no_courier() {
    use Fulfillment::Fba;
    use Ground::{FbaFulfillment, ProductReview};
    let cases: &[GroundsCase] = &[
        (
            Marketplace::Us,
            Fba,
            2,
            "The scanner driver crashes on Windows 11 and the software never finds the device.",
            &[ProductReview],
        ),
        (
            Marketplace::Us,
            Fba,
            1,
            "The driver threw it over the fence.",
            &[FbaFulfillment],
        ),
    ];
    assert_each_grounds(cases);
}

/// A screen or pen that reacts with a delay is the device lagging, not a late parcel.
#[test]
fn a_device_reacting_late_is_no_late_parcel() {
    use Fulfillment::Fba;
    use Ground::{FbaFulfillment, ProductReview};
    let cases: &[GroundsCase] = &[
        (
            Marketplace::De,
            Fba,
            2,
            "Der Touchscreen reagiert oft verzögert und die Kamera ist unscharf.",
            &[ProductReview],
        ),
        (
            Marketplace::Us,
            Fba,
            2,
            "The display responds with a delay to every tap and the speaker crackles.",
            &[ProductReview],
        ),
        (
            Marketplace::De,
            Fba,
            2,
            "Die Lieferung hat sich um eine Woche verzögert.",
            &[FbaFulfillment],
        ),
    ];
    assert_each_grounds(cases);
}

/// A box of the product ("one box holds…") is not the parcel; a part missing from it is still
/// the seller's.
#[test]
fn a_box_of_the_product_is_no_parcel() {
    use Fulfillment::{Fba, Fbm};
    use Ground::ProductReview;
    let cases: &[GroundsCase] = &[
        (
            Marketplace::Jp,
            Fba,
            2,
            "マスクのゴムがすぐ切れるものが1箱に何枚も混ざっている。",
            &[ProductReview],
        ),
        (
            Marketplace::It,
            Fbm,
            2,
            "Nella scatola da 50 metà dei guanti si strappa appena li indossi.",
            &[ProductReview],
        ),
        (
            Marketplace::Jp,
            Fbm,
            2,
            "1箱に50枚のはずが40枚しか入っていなかった。",
            &[],
        ),
    ];
    assert_each_grounds(cases);
}

/// A battery or output that does not reach or last is the product falling short, not a parcel
/// that did not arrive.
#[test]
fn a_battery_falling_short_is_no_missing_parcel() {
    use Fulfillment::Fba;
    use Ground::{FbaFulfillment, ProductReview};
    let cases: &[GroundsCase] = &[
        (
            Marketplace::Es,
            Fba,
            2,
            "La batería del aspirador no aguanta ni diez minutos y el depósito se suelta.",
            &[ProductReview],
        ),
        (
            Marketplace::Es,
            Fba,
            2,
            "La batería no llega ni a la hora de la comida y la carcasa cruje.",
            &[ProductReview],
        ),
        (
            Marketplace::It,
            Fba,
            2,
            "La batteria non è arrivata a metà giornata e lo schermo si graffia subito.",
            &[ProductReview],
        ),
        (
            Marketplace::Es,
            Fba,
            1,
            "El pedido no llega y ya pasaron tres semanas.",
            &[FbaFulfillment],
        ),
        (
            Marketplace::Es,
            Fba,
            1,
            "La batería de repuesto que pedí no llega.",
            &[FbaFulfillment],
        ),
    ];
    assert_each_grounds(cases);
}

/// Calls made with a headset ("an hour of calls") are what the product is for, not calls to the
/// seller; calling the seller still is the seller's.
#[test]
fn calls_made_with_a_headset_are_no_calls_to_the_seller() {
    use Fulfillment::{Fba, Fbm};
    use Ground::ProductReview;
    let cases: &[GroundsCase] = &[
        (
            Marketplace::Es,
            Fba,
            2,
            "Tras dos horas de llamadas la diadema aprieta tanto que duele la cabeza.",
            &[ProductReview],
        ),
        (
            Marketplace::It,
            Fba,
            2,
            "Dopo un'ora di telefonate i cuscinetti scottano e il microfono gracchia.",
            &[ProductReview],
        ),
        (
            Marketplace::Fr,
            Fba,
            2,
            "Après une heure d'appels les coussinets font mal aux oreilles et le micro grésille.",
            &[ProductReview],
        ),
        (
            Marketplace::De,
            Fba,
            2,
            "Bei Anrufen rauscht das Mikrofon so stark, dass mich keiner versteht.",
            &[ProductReview],
        ),
        (
            Marketplace::Es,
            Fbm,
            1,
            "Hice tres llamadas a la tienda y el micrófono sigue sin funcionar.",
            &[],
        ),
    ];
    assert_each_grounds(cases);
}

/// Used units sent to the buyer are the seller's doing, whoever bought them.
#[test]
fn used_units_sent_are_the_sellers() {
    use Fulfillment::Fbm;
    let cases: &[GroundsCase] = &[
        (
            Marketplace::Es,
            Fbm,
            2,
            "Nos enviaron terminales usados, con rayas en la pantalla y sin film protector.",
            &[],
        ),
        (
            Marketplace::Us,
            Fbm,
            2,
            "They sent us used units with scuffed casings and somebody's settings still saved.",
            &[],
        ),
        (
            Marketplace::It,
            Fbm,
            2,
            "Ci hanno spedito due lettori usati, con i graffi sul vetro.",
            &[],
        ),
        (
            Marketplace::Fr,
            Fbm,
            2,
            "On nous a livré des appareils utilisés, avec des traces de doigts sur l'écran.",
            &[],
        ),
    ];
    assert_each_grounds(cases);
}

/// A number the buyer asks to be called on ("llámenme al", "rufen Sie mich unter") is a phone
/// number even when its shape alone would not say so.
#[test]
fn a_number_to_call_the_buyer_on_is_personal_data() {
    use Fulfillment::Fbm;
    use Ground::PersonalData;
    let cases: &[GroundsCase] = &[
        (
            Marketplace::Es,
            Fbm,
            1,
            "Llámame al 634 812 905 y les explico lo del reembolso.",
            &[PersonalData],
        ),
        (
            Marketplace::De,
            Fbm,
            1,
            "Rufen Sie mich unter 89 123 4567 an, die Erstattung fehlt noch.",
            &[PersonalData],
        ),
        (
            Marketplace::It,
            Fbm,
            1,
            "Mi chiami al 328 456 712 per il rimborso.",
            &[PersonalData],
        ),
    ];
    assert_each_grounds(cases);
}

/// The buyer giving their own full name ("soy …", "I am …", "je suis …") is personal data.
#[test]
fn the_buyers_own_full_name_is_personal_data() {
    use Fulfillment::Fbm;
    use Ground::PersonalData;
    let cases: &[GroundsCase] = &[
        (
            Marketplace::Es,
            Fbm,
            1,
            "Soy Marta Giménez y nadie me ha devuelto el dinero.",
            &[PersonalData],
        ),
        (
            Marketplace::Us,
            Fbm,
            1,
            "I am Daniel Whitaker and I still have no refund.",
            &[PersonalData],
        ),
        (
            Marketplace::De,
            Fbm,
            1,
            "Ich bin Jonas Hartmann und warte noch auf die Erstattung.",
            &[PersonalData],
        ),
        (
            Marketplace::Fr,
            Fbm,
            1,
            "Je suis Claire Morel et je n'ai toujours pas de remboursement.",
            &[PersonalData],
        ),
        (
            Marketplace::It,
            Fbm,
            1,
            "Sono Paolo Ferri e il rimborso non è mai arrivato.",
            &[PersonalData],
        ),
    ];
    assert_each_grounds(cases);
}

/// One used item sent, named in the singular ("me enviaron un cargador usado"), is the seller's
/// doing like used units in the plural.
#[test]
fn one_used_item_sent_is_the_sellers() {
    use Fulfillment::{Fba, Fbm};
    use Ground::ProductReview;
    let cases: &[GroundsCase] = &[
        (
            Marketplace::Es,
            Fbm,
            2,
            "Recibí un cargador usado, con el cable pelado.",
            &[],
        ),
        (
            Marketplace::Mx,
            Fbm,
            1,
            "Me enviaron la lámpara usada y con polvo en la pantalla.",
            &[],
        ),
        (
            Marketplace::Es,
            Fba,
            2,
            "El cargador, usado a diario, se calienta muchísimo.",
            &[ProductReview],
        ),
    ];
    assert_each_grounds(cases);
}

/// A personalised item made otherwise than ordered (another typeface, a name misspelt, another
/// thread colour, a proof promised and never sent) is the seller's work, not the product's.
#[test]
fn a_personalised_item_made_otherwise_is_the_sellers() {
    use Fulfillment::{Fba, Fbm};
    use Ground::ProductReview;
    let cases: &[GroundsCase] = &[
        (
            Marketplace::Es,
            Fbm,
            2,
            "Grabaron la tabla de cortar con una tipografía distinta a la que elegí.",
            &[],
        ),
        (
            Marketplace::Mx,
            Fbm,
            1,
            "Nunca me mandaron el boceto y el bordado salió torcido.",
            &[],
        ),
        (
            Marketplace::Us,
            Fbm,
            2,
            "The cutting board was engraved in the wrong font.",
            &[],
        ),
        (
            Marketplace::Uk,
            Fbm,
            2,
            "They never sent the proof and the lettering came out crooked.",
            &[],
        ),
        (
            Marketplace::De,
            Fbm,
            2,
            "Die Tasse wurde in einer anderen Schriftart graviert.",
            &[],
        ),
        (
            Marketplace::Fr,
            Fbm,
            2,
            "Le prénom brodé est mal orthographié sur le bavoir.",
            &[],
        ),
        (
            Marketplace::It,
            Fbm,
            2,
            "Il nome inciso è scritto sbagliato sul portachiavi.",
            &[],
        ),
        (
            Marketplace::Jp,
            Fbm,
            2,
            "名入れのフォントが指定したものと異なっていた。",
            &[],
        ),
        (
            Marketplace::Jp,
            Fbm,
            2,
            "校正画像が送られてこないまま刻印されていました。",
            &[],
        ),
        (
            Marketplace::Us,
            Fba,
            2,
            "The font on the display is too small to read at night.",
            &[ProductReview],
        ),
    ];
    assert_each_grounds(cases);
}

/// Wordings that read like the seller's service but are the product, and a dispatch that came
/// late, in each language where buyers write them.
#[test]
fn print_colours_contacts_looks_and_quoted_figures_are_the_product_and_late_dispatch_is_not() {
    use Fulfillment::{Fba, Fbm};
    use Ground::{FbaFulfillment, ProductReview};
    let cases: &[(Marketplace, Fulfillment, &str, &[Ground])] = &[
        // A colour gone from the prints is the ink running out, not a part missing from the box.
        (
            Marketplace::De,
            Fbm,
            "Nach zwei Wochen fehlt Cyan mittlerweile völlig, die Fotos werden rotstichig.",
            &[ProductReview],
        ),
        (
            Marketplace::De,
            Fbm,
            "Schwarz druckt sauber, aber Gelb fehlt beim Drucken fast immer.",
            &[ProductReview],
        ),
        (
            Marketplace::Us,
            Fbm,
            "Prints look washed out; yellow is now missing from every page.",
            &[ProductReview],
        ),
        (
            Marketplace::Fr,
            Fbm,
            "Au bout de trente pages il manque le jaune sur les impressions.",
            &[ProductReview],
        ),
        (
            Marketplace::It,
            Fbm,
            "Dopo poche pagine manca il ciano nelle stampe, tutto viene rossastro.",
            &[ProductReview],
        ),
        (
            Marketplace::Es,
            Fbm,
            "Al poco tiempo falta el amarillo en las impresiones y todo sale rosado.",
            &[ProductReview],
        ),
        (
            Marketplace::De,
            Fbm,
            "Im Viererpack fehlt die gelbe Patrone.",
            &[],
        ),
        (
            Marketplace::Es,
            Fbm,
            "Falta el cartucho amarillo en el paquete.",
            &[],
        ),
        (
            Marketplace::Us,
            Fbm,
            "Our names are missing from the print on the mug.",
            &[],
        ),
        (
            Marketplace::Es,
            Fbm,
            "Falta el nombre en la impresión de la taza.",
            &[],
        ),
        // The contacts of a cartridge or a battery, cleaned or dirty, are the product's.
        (
            Marketplace::Es,
            Fbm,
            "El mando no responde aunque limpié bien los contactos de las pilas.",
            &[ProductReview],
        ),
        (
            Marketplace::Fr,
            Fbm,
            "La télécommande ne marche plus, même en nettoyant les contacts des piles.",
            &[ProductReview],
        ),
        (
            Marketplace::It,
            Fbm,
            "Il telecomando non va, nemmeno dopo aver pulito i contatti delle pile.",
            &[ProductReview],
        ),
        (
            Marketplace::De,
            Fbm,
            "Die Fernbedienung reagiert nicht, auch nach dem Reinigen der Kontakte.",
            &[ProductReview],
        ),
        (
            Marketplace::Es,
            Fbm,
            "Limpié los contactos y luego escribí al vendedor, que no contestó.",
            &[],
        ),
        // Set against how it looks or what the buyer expected, not against the listing.
        (
            Marketplace::Us,
            Fbm,
            "Pretty box, but it's thinner and flimsier than it looks and the hinge squeaks.",
            &[ProductReview],
        ),
        (
            Marketplace::Us,
            Fbm,
            "They're shorter than I expected and the laces fray.",
            &[ProductReview],
        ),
        (
            Marketplace::Us,
            Fbm,
            "It's smaller than it looks in the photos.",
            &[],
        ),
        // A figure with its unit quoted as written, set against the product.
        (
            Marketplace::Jp,
            Fbm,
            "幅120cmと書かれているのに測ると110cmしかない。",
            &[ProductReview],
        ),
        (
            Marketplace::Jp,
            Fbm,
            "未使用と書いてあったのに箱に傷と使用跡がありました。",
            &[],
        ),
        // Sent only after days is the delivery: the seller's on FBM, Amazon's on FBA.
        (
            Marketplace::De,
            Fbm,
            "Erst nach acht Tagen verschickt, das Müsli schmeckt aber.",
            &[],
        ),
        (
            Marketplace::De,
            Fba,
            "Die Ware wurde erst nach einer Woche versandt. Schmeckt gut.",
            &[FbaFulfillment],
        ),
        (
            Marketplace::Us,
            Fbm,
            "Only dispatched after eight days. The granola is fine.",
            &[],
        ),
        (
            Marketplace::Us,
            Fbm,
            "Wasn't shipped until a week after I ordered. Tastes fine.",
            &[],
        ),
        (
            Marketplace::Fr,
            Fbm,
            "Envoyé seulement après huit jours, le muesli est bon.",
            &[],
        ),
    ];
    two_star_grounds(cases);
}

/// A claim the product makes for itself set against it, as written: a quality or a life in
/// weeks or months is the product's; named on the listing, a state or an origin, or a delivery
/// time, it is not.
#[test]
fn a_quality_or_a_life_claimed_as_written_is_the_product() {
    use Fulfillment::{Fba, Fbm};
    use Ground::ProductReview;
    let cases: &[(Marketplace, Fulfillment, &str, &[Ground])] = &[
        // A quality the product claims for itself, as written, no listing named before it.
        (
            Marketplace::Jp,
            Fbm,
            "浅煎りって書いてあるけど苦味しかしない。",
            &[ProductReview],
        ),
        (
            Marketplace::Jp,
            Fbm,
            "静音と書いてあるのに夜中はうるさくて眠れない。",
            &[ProductReview],
        ),
        (
            Marketplace::Jp,
            Fbm,
            "見た目はいい。生地は撥水加工と書いてあるのに小雨で染みた。",
            &[ProductReview],
        ),
        (
            Marketplace::Jp,
            Fbm,
            "説明には浅煎りと書いてあるのに苦いだけ。",
            &[],
        ),
        (
            Marketplace::Jp,
            Fbm,
            "正規品と書いてあったのに偽物だった。",
            &[],
        ),
        // A life in weeks or months, as written or as advertised.
        (
            Marketplace::Jp,
            Fba,
            "一晩で電池が切れる。説明では2ヶ月と書いてあったのに。",
            &[ProductReview],
        ),
        (
            Marketplace::Jp,
            Fba,
            "フィルターは3ヶ月もつと書いてあるのに2週間で目詰まり。",
            &[ProductReview],
        ),
        (
            Marketplace::Us,
            Fba,
            "The advertised 6 weeks of battery turned out to be 5 days.",
            &[ProductReview],
        ),
        (
            Marketplace::It,
            Fba,
            "Il filtro dura 10 giorni invece dei 3 mesi dichiarati.",
            &[ProductReview],
        ),
        (
            Marketplace::Mx,
            Fba,
            "La pila dura una semana en lugar de los 6 meses anunciados.",
            &[ProductReview],
        ),
        // A delivery time is the delivery's.
        (
            Marketplace::Jp,
            Fbm,
            "届くまで1ヶ月。2週間と書いてあったのに。",
            &[],
        ),
        (
            Marketplace::Jp,
            Fbm,
            "発送まで2週間と書いてあったのに1ヶ月かかった。",
            &[],
        ),
        (
            Marketplace::Us,
            Fbm,
            "Took a month, not the advertised 2 weeks.",
            &[],
        ),
    ];
    two_star_grounds(cases);
}

/// Nobody helping the buyer is the seller's service; a product that does not help is the
/// product.
#[test]
fn nobody_helping_is_the_sellers_service() {
    use Fulfillment::Fbm;
    use Ground::ProductReview;
    let cases: &[(Marketplace, &str, &[Ground])] = &[
        (
            Marketplace::It,
            "L'app non trova il termostato e nessuno sa aiutarmi da una settimana.",
            &[],
        ),
        (
            Marketplace::Us,
            "The lamp won't pair and no one has helped me so far.",
            &[],
        ),
        (
            Marketplace::De,
            "Die Lampe koppelt nicht, niemand hat mir bisher geholfen.",
            &[],
        ),
        (
            Marketplace::Fr,
            "La lampe ne se connecte pas et personne ne veut m'aider.",
            &[],
        ),
        (
            Marketplace::Es,
            "La lámpara no se conecta y nadie me quiere ayudar.",
            &[],
        ),
        (
            Marketplace::Jp,
            "ペアリングできないのに誰も助けてくれない。",
            &[],
        ),
        (
            Marketplace::It,
            "Il cuscino non mi aiuta a dormire, è troppo alto.",
            &[ProductReview],
        ),
        (
            Marketplace::It,
            "Nessuno dei due tappi mi aiuta contro il rumore.",
            &[ProductReview],
        ),
        (
            Marketplace::Us,
            "The spray didn't help my allergies at all.",
            &[ProductReview],
        ),
    ];
    for &(marketplace, comment, want) in cases {
        assert_eq!(
            grounds(2, comment, &ctx(Fbm, marketplace)),
            want,
            "{comment}"
        );
    }
}

/// A gasket, "empaque" in Mexican Spanish, is a part of the product, not the packing.
#[test]
fn a_gasket_is_no_packing() {
    use Fulfillment::{Fba, Fbm};
    use Ground::ProductReview;
    let cases: &[(Fulfillment, &str, &[Ground])] = &[
        (
            Fba,
            "El empaque de silicón de la tapa se deformó y ya no sella.",
            &[ProductReview],
        ),
        (
            Fba,
            "La cafetera suelta vapor por el empaque desde el primer mes.",
            &[ProductReview],
        ),
        (
            Fbm,
            "El empaque de la válvula se rompió a la semana.",
            &[ProductReview],
        ),
        (Fbm, "El empaque llegó todo roto y la olla abollada.", &[]),
        (Fbm, "El empaque de la licuadora llegó roto.", &[]),
    ];
    for &(fulfillment, comment, want) in cases {
        assert_eq!(
            grounds(2, comment, &ctx(fulfillment, Marketplace::Mx)),
            want,
            "{comment}"
        );
    }
}

/// The shop, the store, the seller or support at the end of a longer katakana word is that word
/// (a chess bishop, a bestseller, a wine cellar, a lumbar support), not the seller's; on their
/// own, or as the seller's kind of shop or support, they still are.
#[test]
fn a_katakana_word_ending_like_shop_or_support_is_no_seller() {
    use Fulfillment::{Fba, Fbm};
    use Ground::ProductReview;
    let cases: &[(Marketplace, Fulfillment, &str, &[Ground])] = &[
        (
            Marketplace::Jp,
            Fbm,
            "白のビショップの先端が欠けていた。",
            &[ProductReview],
        ),
        (
            Marketplace::Jp,
            Fbm,
            "ベストセラーと聞いて買ったが、音がこもっている。",
            &[ProductReview],
        ),
        (
            Marketplace::Jp,
            Fbm,
            "ワインセラーの温度が安定せず、夜中にうるさい。",
            &[ProductReview],
        ),
        (
            Marketplace::Jp,
            Fba,
            "アーチサポートが高すぎて足の裏が痛い。",
            &[ProductReview],
        ),
        (
            Marketplace::Jp,
            Fbm,
            "このショップはおすすめしない。電池もすぐ切れた。",
            &[],
        ),
        (
            Marketplace::Jp,
            Fbm,
            "このネットショップでは二度と買わない。電池もすぐ切れた。",
            &[],
        ),
        (
            Marketplace::Jp,
            Fbm,
            "アフターサポートが全くない。電池もすぐ切れた。",
            &[],
        ),
    ];
    two_star_grounds(cases);
}

/// A size falling short for the one who uses it, or by a length, is the product's fit; a part
/// short is still missing from the box.
#[test]
fn a_fit_short_by_a_length_is_the_product_and_a_part_short_is_not() {
    use Fulfillment::{Fba, Fbm};
    use Ground::ProductReview;
    let cases: &[(Marketplace, Fulfillment, &str, &[Ground])] = &[
        (
            Marketplace::Jp,
            Fbm,
            "身長180cmの夫にはちょっと足りなかった。生地も薄い。",
            &[ProductReview],
        ),
        (
            Marketplace::Jp,
            Fbm,
            "紐が短く、大人には全然足りません。",
            &[ProductReview],
        ),
        (
            Marketplace::Jp,
            Fba,
            "コードがあと30cm足りない。壁のコンセントまでギリギリ。",
            &[ProductReview],
        ),
        (
            Marketplace::Es,
            Fbm,
            "Incluso alargada al máximo, a mí con 1,80 me faltan unos 10 cm.",
            &[ProductReview],
        ),
        (
            Marketplace::It,
            Fbm,
            "Anche regolata al massimo, per me che sono alto 1,80 mancano 10 cm.",
            &[ProductReview],
        ),
        (
            Marketplace::De,
            Fbm,
            "Das Seil ist zu kurz, mir fehlen 10 cm.",
            &[ProductReview],
        ),
        (
            Marketplace::Jp,
            Fbm,
            "ネジが2本足りない。組み立てられない。",
            &[],
        ),
        (Marketplace::Jp, Fbm, "組み立てるにはネジが足りない。", &[]),
        (Marketplace::Es, Fbm, "Faltan 3 piezas de 10 cm.", &[]),
        (Marketplace::It, Fbm, "Mancano due viti.", &[]),
        (Marketplace::De, Fbm, "Es fehlen 2 Schrauben mit 5 mm.", &[]),
    ];
    two_star_grounds(cases);
}

/// The time the product takes to do its job (to dry, boil, heat up, take effect) is the
/// product's; the time the parcel takes to come is the delivery's.
#[test]
fn the_time_the_product_takes_to_work_is_no_late_parcel() {
    use Fulfillment::{Fba, Fbm};
    use Ground::{FbaFulfillment, ProductReview};
    let cases: &[(Marketplace, Fulfillment, &str, &[Ground])] = &[
        (
            Marketplace::Mx,
            Fbm,
            "La plancha tarda una eternidad en calentar y la suela se pega.",
            &[ProductReview],
        ),
        (
            Marketplace::Es,
            Fbm,
            "El pegamento tarda dos días en secar y no aguanta.",
            &[ProductReview],
        ),
        (
            Marketplace::Es,
            Fba,
            "Se tarda una eternidad en hacer efecto y huele fatal.",
            &[ProductReview],
        ),
        (
            Marketplace::Us,
            Fbm,
            "The kettle took ages to boil and the lid sticks.",
            &[ProductReview],
        ),
        (
            Marketplace::Us,
            Fbm,
            "We waited an hour for it to heat up and the water was still lukewarm.",
            &[ProductReview],
        ),
        (
            Marketplace::It,
            Fbm,
            "La colla ci ha messo due giorni ad asciugarsi e non tiene.",
            &[ProductReview],
        ),
        (
            Marketplace::Jp,
            Fbm,
            "乾くまで待っても指で触るとにじむ。",
            &[ProductReview],
        ),
        (
            Marketplace::Es,
            Fba,
            "Tardó una eternidad en llegar.",
            &[FbaFulfillment],
        ),
        (
            Marketplace::Es,
            Fbm,
            "Tardaron una eternidad en enviarlo.",
            &[],
        ),
        (
            Marketplace::Us,
            Fba,
            "Waited two weeks for it to arrive.",
            &[FbaFulfillment],
        ),
        (
            Marketplace::It,
            Fbm,
            "Ci hanno messo due settimane ad arrivare.",
            &[],
        ),
    ];
    two_star_grounds(cases);
}

/// A quality the product promises for itself, its scent or taste named with what it smells or
/// tastes of, and a scent or taste that is not there are the product's; a promise the seller
/// broke and a sachet or a candle missing from the box are not.
#[test]
fn a_promised_or_missing_scent_or_taste_is_the_product() {
    use Fulfillment::{Fba, Fbm};
    use Ground::ProductReview;
    let cases: &[(Marketplace, Fulfillment, &str, &[Ground])] = &[
        // A promised scent, taste or feel, named with what it is of, before or after.
        (
            Marketplace::It,
            Fbm,
            "Il profumo di lavanda promesso dura dieci minuti, poi odora di plastica.",
            &[ProductReview],
        ),
        (
            Marketplace::It,
            Fba,
            "La fragranza al cocco promessa è solo un ricordo dopo il primo lavaggio.",
            &[ProductReview],
        ),
        (
            Marketplace::It,
            Fbm,
            "Del promesso aroma di nocciola nemmeno l'ombra, il caffè è bruciato.",
            &[ProductReview],
        ),
        (
            Marketplace::It,
            Fbm,
            "La morbidezza promessa non c'è, l'asciugamano graffia.",
            &[ProductReview],
        ),
        (
            Marketplace::Us,
            Fbm,
            "No trace of the advertised vanilla fragrance after one wash.",
            &[ProductReview],
        ),
        // A scent or taste not there.
        (
            Marketplace::It,
            Fbm,
            "Manca del tutto il sapore di menta, sembra acqua zuccherata.",
            &[ProductReview],
        ),
        (
            Marketplace::It,
            Fba,
            "L'aroma di cannella promesso manca, resta solo il dolce.",
            &[ProductReview],
        ),
        (
            Marketplace::Us,
            Fbm,
            "The peppermint flavor is completely missing, it tastes like chalk.",
            &[ProductReview],
        ),
        (
            Marketplace::De,
            Fbm,
            "Der Zitronenduft fehlt völlig, es riecht nur nach Wachs.",
            &[ProductReview],
        ),
        (
            Marketplace::De,
            Fba,
            "Leider fehlt jedes Aroma, der Tee schmeckt nach nichts.",
            &[ProductReview],
        ),
        // A promise the seller broke, and a part missing from the box, are the seller's.
        (
            Marketplace::It,
            Fbm,
            "Il buono sconto promesso non è mai arrivato e la crema è secca.",
            &[],
        ),
        (
            Marketplace::It,
            Fbm,
            "Nel cofanetto manca il profumo, c'erano solo le due creme.",
            &[],
        ),
        (
            Marketplace::Us,
            Fbm,
            "The seasoning packet is missing, so the noodles taste of nothing.",
            &[],
        ),
        (
            Marketplace::De,
            Fbm,
            "Im Geschenkset fehlt die Duftkerze.",
            &[],
        ),
    ];
    two_star_grounds(cases);
}

/// Calling whoever made or sold the product an idiot, a moron or a cretin, and the vulgar
/// "taking us for fools" idioms, are obscene in every language; an idiot-proof product, the
/// buyer feeling like one, "idiot" as a plain adjective and a sore behind are not.
#[test]
fn name_calling_is_obscene_and_feeling_like_an_idiot_is_not() {
    use Fulfillment::{Fba, Fbm};
    use Ground::{Obscene, ProductReview};
    let cases: &[(Marketplace, Fulfillment, &str, &[Ground])] = &[
        (
            Marketplace::It,
            Fba,
            "Il manico si piega subito. Chi l'ha disegnato è un cretino.",
            &[Obscene, ProductReview],
        ),
        (
            Marketplace::It,
            Fbm,
            "Lo chiamano impermeabile e si inzuppa alla prima pioggia: ci prendono per il culo.",
            &[Obscene, ProductReview],
        ),
        (
            Marketplace::It,
            Fba,
            "Il tappo perde, l'hanno progettato degli imbecilli.",
            &[Obscene, ProductReview],
        ),
        (
            Marketplace::Us,
            Fba,
            "The strap snapped in a week. Whoever signed this off is a moron.",
            &[Obscene, ProductReview],
        ),
        (
            Marketplace::Uk,
            Fbm,
            "Calling this waterproof is taking the piss, it soaked through in the drizzle.",
            &[Obscene, ProductReview],
        ),
        (
            Marketplace::Fr,
            Fba,
            "La poignée plie tout de suite, ceux qui l'ont dessinée sont des crétins.",
            &[Obscene, ProductReview],
        ),
        (
            Marketplace::Fr,
            Fbm,
            "Oser appeler ça imperméable, ils se foutent de nous : trempé à la première averse.",
            &[Obscene, ProductReview],
        ),
        (
            Marketplace::Es,
            Fba,
            "El asa se dobla enseguida, el que la diseñó es un imbécil.",
            &[Obscene, ProductReview],
        ),
        (
            Marketplace::Mx,
            Fbm,
            "La tapa gotea, nos toman por idiotas.",
            &[Obscene, ProductReview],
        ),
        // Idiot-proof, the buyer feeling like one, a plain adjective, a sore behind.
        (
            Marketplace::Us,
            Fba,
            "Sold as idiot-proof, yet the lid jams every time.",
            &[ProductReview],
        ),
        (
            Marketplace::Us,
            Fbm,
            "I felt like a complete idiot trying to fold it back into its bag.",
            &[ProductReview],
        ),
        (
            Marketplace::Us,
            Fba,
            "Even an idiot could set it up, but the fan rattles after two days.",
            &[ProductReview],
        ),
        (
            Marketplace::It,
            Fba,
            "Mi sono sentita una cretina a montarlo, le viti non entrano.",
            &[ProductReview],
        ),
        (
            Marketplace::It,
            Fba,
            "Una scelta idiota mettere l'interruttore sotto la base, si spegne da solo.",
            &[ProductReview],
        ),
        (
            Marketplace::It,
            Fbm,
            "Dopo mezz'ora mi fa male il culo, il cuscino è sottilissimo.",
            &[ProductReview],
        ),
        (
            Marketplace::Es,
            Fba,
            "Me sentí como un idiota montándolo, los tornillos no entran.",
            &[ProductReview],
        ),
        (
            Marketplace::Fr,
            Fba,
            "C'est idiot, l'interrupteur est sous le socle et s'éteint tout seul.",
            &[ProductReview],
        ),
    ];
    two_star_grounds(cases);
}

#[test]
fn asking_to_be_contacted_nobody_solving_it_and_fewer_than_ordered_are_the_sellers() {
    use Fulfillment::Fbm;
    use Ground::ProductReview;
    // The buyer asking the seller to get in touch, or telling that nobody offers a way out or
    // answers: the seller's support and communication, whatever the product words before it.
    none_is_a_product_review(
        2,
        &[
            (
                Marketplace::Uk,
                "The printer jams on every page. Please get in touch with me today.",
            ),
            (
                Marketplace::Us,
                "The blender leaks at the base and no one has offered a solution so far.",
            ),
            (
                Marketplace::De,
                "Der Drucker zieht kein Papier ein. Bitte um Rückruf.",
            ),
            (
                Marketplace::De,
                "Der Mixer ist undicht, und keiner meldet sich.",
            ),
            (
                Marketplace::De,
                "Die Waage zeigt falsch an, niemand kann mir eine Lösung nennen.",
            ),
            (
                Marketplace::Fr,
                "Le mixeur fuit par le bas et personne ne me propose de solution.",
            ),
            (
                Marketplace::Fr,
                "L'imprimante bourre à chaque page. Écrivez-moi vite.",
            ),
            (
                Marketplace::It,
                "La stampante si inceppa a ogni foglio. Chiamatemi appena potete.",
            ),
            (
                Marketplace::It,
                "Il frullatore perde dal fondo e nessuno mi ha proposto una soluzione.",
            ),
            (
                Marketplace::It,
                "La bilancia sbaglia il peso. Scrivetemi per favore.",
            ),
            (
                Marketplace::Es,
                "La impresora se atasca con cada hoja. Contáctenme cuanto antes.",
            ),
            (
                Marketplace::Mx,
                "La licuadora gotea por abajo. Llámenme, por favor.",
            ),
            (
                Marketplace::Es,
                "La báscula marca mal el peso; les he escrito dos veces.",
            ),
            (
                Marketplace::Jp,
                "ミキサーの底から水が漏れます。誰も解決してくれません。",
            ),
        ],
    );
    // Fewer came than were ordered: the seller's, whatever the buyer thinks of the ones that came.
    none_is_a_product_review(
        2,
        &[
            (
                Marketplace::Us,
                "I bought two lamps and just one of them was delivered. The light is nice.",
            ),
            (
                Marketplace::De,
                "Drei Kissen bestellt, nur eines kam an. Der Stoff ist weich.",
            ),
            (
                Marketplace::De,
                "Zwei Lampen gekauft, aber nur eine wurde geliefert. Das Licht ist schön.",
            ),
            (
                Marketplace::Fr,
                "J'ai pris deux lampes et une seule est arrivée. La lumière est belle.",
            ),
            (
                Marketplace::It,
                "Ho preso tre cuscini e solo uno è arrivato. La stoffa è morbida.",
            ),
            (
                Marketplace::Es,
                "Compré tres cojines y solo llegó uno. La tela es suave.",
            ),
            (
                Marketplace::Jp,
                "クッションを3つ買ったのに1つしか来ていません。生地は柔らかいです。",
            ),
        ],
    );
    // The same verbs about the product stay the product's.
    two_star_grounds(&[
        (
            Marketplace::De,
            Fbm,
            "Die Waage meldet sich nicht mehr im WLAN und zeigt einen Fehler.",
            &[ProductReview],
        ),
        (
            Marketplace::Es,
            Fbm,
            "La plancha solo llegó a 150 grados y no quita las arrugas.",
            &[ProductReview],
        ),
        (
            Marketplace::Es,
            Fbm,
            "Llámame exigente, pero la tela es muy fina.",
            &[ProductReview],
        ),
        (
            Marketplace::Uk,
            Fbm,
            "Just one of the clips came loose after a week, the rest hold well.",
            &[ProductReview],
        ),
        (
            Marketplace::De,
            Fbm,
            "Keiner der Filter passt, die Pumpe ist zu laut.",
            &[ProductReview],
        ),
    ]);
}

/// The car's driver (its side, seat or mat), a screwdriver or a golf driver is no courier; the
/// courier stays the delivery.
#[test]
fn the_cars_driver_or_a_screwdriver_is_no_courier() {
    use Fulfillment::Fba;
    use Ground::{FbaFulfillment, ProductReview};
    two_star_grounds(&[
        (
            Marketplace::Us,
            Fba,
            "The rubber reeks for days and the driver's one keeps creeping forward onto the gas pedal.",
            &[ProductReview],
        ),
        (
            Marketplace::Uk,
            Fba,
            "Driver side liner buckles at the heel pad, passenger side is fine.",
            &[ProductReview],
        ),
        (
            Marketplace::Ca,
            Fba,
            "The driver seat cover bunches up and slips off the headrest on every trip.",
            &[ProductReview],
        ),
        (
            Marketplace::Us,
            Fba,
            "Sockets crack the first time you use them on an impact driver.",
            &[ProductReview],
        ),
        (
            Marketplace::Jp,
            Fba,
            "付属のドライバーが柔らかすぎて、二本目のネジで先がつぶれた。",
            &[ProductReview],
        ),
        (
            Marketplace::Jp,
            Fba,
            "インパクトドライバーに付けると一回で割れる。",
            &[ProductReview],
        ),
        // The courier, named the same way, stays the delivery.
        (
            Marketplace::Us,
            Fba,
            "The driver dropped it over the fence into the flower bed.",
            &[FbaFulfillment],
        ),
        (
            Marketplace::Jp,
            Fba,
            "ドライバーが勝手に玄関前に置いていった。",
            &[FbaFulfillment],
        ),
    ]);
}

/// The phone a mount or a holder carries is the product's, not a call to the seller; calling
/// the seller stays the seller's service.
#[test]
fn the_phone_a_mount_holds_is_no_call_to_the_seller() {
    use Fulfillment::Fbm;
    use Ground::ProductReview;
    two_star_grounds(&[
        (
            Marketplace::Es,
            Fbm,
            "El soporte aprieta bien, pero el teléfono tiembla dentro en cuanto pillo un bache.",
            &[ProductReview],
        ),
        (
            Marketplace::Mx,
            Fbm,
            "Las pinzas no abren lo suficiente para el teléfono con funda.",
            &[ProductReview],
        ),
        (
            Marketplace::Jp,
            Fbm,
            "段差のたびに携帯電話がホルダーから飛び出しそうになる。",
            &[ProductReview],
        ),
        (
            Marketplace::Es,
            Fbm,
            "El soporte se rompió y cuando les llamé por teléfono me colgaron.",
            &[],
        ),
        (
            Marketplace::Jp,
            Fbm,
            "ホルダーが割れた。携帯電話に電話をもらう約束だったのに来ない。",
            &[],
        ),
    ]);
}

/// A fit claimed for the product as written or as listed ("listed as compatible", 「適合ありと
/// 書いてあった」, "laut Beschreibung passend", "indiqué compatible") and set against it is the
/// product's claim, read the same way in every language; the listing named first in Japanese,
/// a state (new, genuine) and "not as described" stay the seller's.
#[test]
fn a_fit_claimed_as_written_or_listed_is_the_product() {
    use Fulfillment::{Fba, Fbm};
    use Ground::ProductReview;
    two_star_grounds(&[
        (
            Marketplace::Jp,
            Fba,
            "適合ありと書いてあったのに、ソケットの爪の位置が違ってはまらない。",
            &[ProductReview],
        ),
        (
            Marketplace::Jp,
            Fba,
            "NC750対応と書いてあるのにステーの穴が合わない。",
            &[ProductReview],
        ),
        (
            Marketplace::Us,
            Fba,
            "Listed as compatible with my truck, but the harness plug is a different shape.",
            &[ProductReview],
        ),
        (
            Marketplace::Uk,
            Fbm,
            "Advertised as a direct fit for my bike, yet the mounting holes are 5 mm off.",
            &[ProductReview],
        ),
        (
            Marketplace::De,
            Fba,
            "Laut Beschreibung passend für meinen Roller, aber der Stecker ist anders.",
            &[ProductReview],
        ),
        (
            Marketplace::Fr,
            Fba,
            "Indiqué compatible avec mon scooter, mais la fiche ne rentre pas.",
            &[ProductReview],
        ),
        (
            Marketplace::Jp,
            Fba,
            "商品説明には適合と書いてあるのにカプラーが違う。",
            &[],
        ),
        (
            Marketplace::Us,
            Fbm,
            "Listed as new but the box had been opened and the bulbs were scuffed.",
            &[],
        ),
        (
            Marketplace::Us,
            Fbm,
            "Not as described, the plug is a different shape.",
            &[],
        ),
    ]);
}

#[test]
fn an_order_dispatched_only_days_later_is_the_delivery_in_any_language() {
    // Sent only days after the order, however it is said: the seller's dispatch on FBM,
    // Amazon's on FBA, never a comment on the product alone.
    for (m, text) in [
        (
            Marketplace::Jp,
            "一週間たってようやく発送されました。ピック自体は問題なし。",
        ),
        (
            Marketplace::Jp,
            "出荷されたのは注文から12日後でした。ケースは丈夫です。",
        ),
        (
            Marketplace::Jp,
            "注文して2週間後にやっと出荷。譜面台は普通。",
        ),
        (
            Marketplace::Us,
            "Wasn't dispatched until a week later. The capo itself is fine.",
        ),
        (
            Marketplace::De,
            "Erst nach neun Tagen versendet, die Saiten sind okay.",
        ),
        (
            Marketplace::Fr,
            "Envoyé huit jours après ma commande. Le métronome fonctionne.",
        ),
        (
            Marketplace::It,
            "Spedito dopo ben dodici giorni, il leggio comunque è solido.",
        ),
        (
            Marketplace::Es,
            "Me lo mandaron a las dos semanas. El afinador va bien.",
        ),
        (
            Marketplace::Es,
            "Enviado tras nueve días de espera; la funda es correcta.",
        ),
    ] {
        delivery_only(m, text);
    }
}

#[test]
fn a_sound_likened_to_a_cardboard_box_is_the_product_not_the_packing() {
    use Fulfillment::{Fba, Fbm};
    use Ground::{FbaFulfillment, ProductReview};
    two_star_grounds(&[
        (
            Marketplace::Fr,
            Fba,
            "Ça résonne comme un vieux carton, pas de graves du tout et la caisse claire frise.",
            &[ProductReview],
        ),
        (
            Marketplace::Fr,
            Fbm,
            "Un son de boîte en carton, rien à voir avec un vrai tambour.",
            &[ProductReview],
        ),
        (
            Marketplace::It,
            Fbm,
            "Il tamburo suona come uno scatolone vuoto, bassi inesistenti.",
            &[ProductReview],
        ),
        (
            Marketplace::Es,
            Fba,
            "Suena como una caja de zapatos y la bordonera vibra sola.",
            &[ProductReview],
        ),
        (
            Marketplace::De,
            Fbm,
            "Klingt, als ob man gegen einen Karton trommelt; die Snare rasselt.",
            &[ProductReview],
        ),
        (
            Marketplace::Jp,
            Fba,
            "叩くと段ボールみたいな音がして、低音が全然出ない。",
            &[ProductReview],
        ),
        (
            Marketplace::Us,
            Fbm,
            "Sounds like a cardboard box, the bass is gone.",
            &[ProductReview],
        ),
        // The parcel's own box stays the delivery.
        (
            Marketplace::Fr,
            Fbm,
            "Le carton était éventré à l'arrivée, mais le cajón sonne bien.",
            &[],
        ),
        (
            Marketplace::It,
            Fba,
            "La scatola è arrivata ammaccata; il suono è buono.",
            &[FbaFulfillment],
        ),
        (
            Marketplace::Jp,
            Fbm,
            "音は良いが段ボールが潰れて届いた。",
            &[],
        ),
    ]);
}

#[test]
fn a_neighbours_instrument_a_device_picks_up_is_the_product_not_a_parcel_next_door() {
    use Fulfillment::{Fba, Fbm};
    use Ground::{FbaFulfillment, ProductReview};
    two_star_grounds(&[
        (
            Marketplace::Fr,
            Fbm,
            "L'aiguille s'affole : il capte le violoncelle de ma voisine mieux que mon alto.",
            &[ProductReview],
        ),
        (
            Marketplace::Fr,
            Fba,
            "Écran trop sombre, et mon voisin de pupitre fait bouger l'aiguille quand il joue.",
            &[ProductReview],
        ),
        (
            Marketplace::It,
            Fbm,
            "Il display è fioco e capta il contrabbasso del vicino durante le prove.",
            &[ProductReview],
        ),
        (
            Marketplace::Es,
            Fba,
            "La pinza no agarra y detecta el bajo de mi vecino de atril antes que mi guitarra.",
            &[ProductReview],
        ),
        (
            Marketplace::De,
            Fbm,
            "Die Anzeige springt, weil es das Cello meines Nachbarn mitnimmt.",
            &[ProductReview],
        ),
        (
            Marketplace::Us,
            Fbm,
            "The clip is flimsy and it keeps picking up my neighbour's trumpet.",
            &[ProductReview],
        ),
        // A parcel left with a neighbour stays the delivery.
        (
            Marketplace::Fr,
            Fbm,
            "Colis laissé chez la voisine sans avis de passage, l'accordeur marche.",
            &[],
        ),
        (
            Marketplace::Es,
            Fba,
            "Lo dejaron en casa del vecino del quinto; el afinador va bien.",
            &[FbaFulfillment],
        ),
        (
            Marketplace::De,
            Fba,
            "Beim Nachbarn abgegeben, das Stimmgerät selbst ist in Ordnung.",
            &[FbaFulfillment],
        ),
    ]);
}

#[test]
fn a_surface_that_gives_back_the_strike_is_the_product_not_a_return() {
    use Fulfillment::{Fba, Fbm};
    use Ground::ProductReview;
    two_star_grounds(&[
        (
            Marketplace::Es,
            Fba,
            "El pad casi no devuelve el rebote y las baquetas se quedan clavadas.",
            &[ProductReview],
        ),
        (
            Marketplace::Mx,
            Fbm,
            "La superficie no devuelve la baqueta, se siente como golpear madera.",
            &[ProductReview],
        ),
        (
            Marketplace::It,
            Fbm,
            "La gomma restituisce poco rimbalzo, sembra di battere su un tavolo.",
            &[ProductReview],
        ),
        (
            Marketplace::Fr,
            Fba,
            "La peau ne renvoyait presque aucun rebond après une semaine.",
            &[ProductReview],
        ),
        (
            Marketplace::Us,
            Fbm,
            "The mesh head barely returns the stick and the rim rattles.",
            &[ProductReview],
        ),
        // Sending it back stays the seller's.
        (
            Marketplace::Es,
            Fbm,
            "Lo devuelvo porque trae un golpe en el aro.",
            &[],
        ),
        (
            Marketplace::It,
            Fbm,
            "Restituito perché il rimbalzo era irregolare.",
            &[],
        ),
        (
            Marketplace::Us,
            Fbm,
            "Returned it, there was no bounce at all.",
            &[],
        ),
    ]);
}

#[test]
fn whoever_built_it_or_the_company_that_makes_it_is_the_product_not_the_seller() {
    use Fulfillment::{Fba, Fbm};
    use Ground::{Obscene, ProductReview};
    two_star_grounds(&[
        (
            Marketplace::Us,
            Fbm,
            "Tinny and dead. The company that builds these has never heard a real cajón.",
            &[ProductReview],
        ),
        (
            Marketplace::De,
            Fba,
            "Dumpfer Klang. Die Firma, die so etwas herstellt, hat wohl nie getrommelt.",
            &[ProductReview],
        ),
        (
            Marketplace::It,
            Fbm,
            "Suono piatto. La ditta che li fabbrica non ha mai preso in mano un tamburo.",
            &[ProductReview],
        ),
        (
            Marketplace::Es,
            Fba,
            "Sonido apagado. La marca que los hace no ha tocado un cajón en su vida.",
            &[ProductReview],
        ),
        (
            Marketplace::It,
            Fba,
            "Chi l'ha progettato non ha mai suonato, un suono di merda.",
            &[Obscene, ProductReview],
        ),
        (
            Marketplace::Fr,
            Fbm,
            "Son creux. Celui qui l'a fabriqué n'a jamais tenu une guitare.",
            &[ProductReview],
        ),
        // The one that sells it, or never answers, stays the seller.
        (
            Marketplace::Es,
            Fbm,
            "La empresa que lo vende no contesta y el sonido es apagado.",
            &[],
        ),
        (
            Marketplace::De,
            Fbm,
            "Die Firma, die das verkauft, antwortet nicht. Klang dumpf.",
            &[],
        ),
        (
            Marketplace::Us,
            Fbm,
            "The company that made it never answered my emails and the clip broke.",
            &[],
        ),
    ]);
}

#[test]
fn a_material_likened_to_cardboard_is_the_product_not_the_parcel() {
    use Fulfillment::{Fba, Fbm};
    use Marketplace::{De, Fr, Jp};
    let pr: &[Ground] = &[Ground::ProductReview];
    two_star_grounds(&[
        // Leather, soles or cloth likened to cardboard: the product's material.
        (Fr, Fba, "Le cuir des bottes est dur comme du carton, impossible de les porter plus d'une heure.", pr),
        (Fr, Fbm, "Des baskets en carton : la semelle s'est fendue en deux semaines.", pr),
        (Fr, Fbm, "On dirait du carton-pâte, ce bracelet. Le fermoir a cédé.", pr),
        (De, Fbm, "Das Obermaterial ist steif wie ein Karton und scheuert an der Ferse.", pr),
        (De, Fba, "Stiefel aus Karton, nach drei Wochen ist die Sohle gerissen.", pr),
        (Jp, Fbm, "生地が段ボールみたいにゴワゴワで、着ると肌がかゆい。", pr),
        // The parcel's carton stays the delivery.
        (Fr, Fbm, "Les bottines sont arrivées dans un carton déchiré, sans boîte.", &[]),
        (De, Fbm, "Die Stiefel kamen in einem zerdrückten Karton, ohne Schuhkarton.", &[]),
        (Jp, Fbm, "段ボールがつぶれていて、中の靴も型崩れしていた。", &[]),
    ]);
}

#[test]
fn an_earrings_post_is_the_jewellery_not_the_letterbox() {
    use Fulfillment::{Fba, Fbm};
    use Marketplace::Jp;
    let pr: &[Ground] = &[Ground::ProductReview];
    two_star_grounds(&[
        // The pin through the ear bent, broken or too thin: the jewellery.
        (
            Jp,
            Fbm,
            "ピアスのポストが二日で折れてしまいました。メッキもすぐ剥げた。",
            pr,
        ),
        (
            Jp,
            Fba,
            "両方ともポストがすぐに曲がる。金属アレルギー対応と思えない。",
            pr,
        ),
        (Jp, Fbm, "ポストが細すぎて耳に刺さらない。", pr),
        // The letterbox the parcel was pushed into stays the delivery.
        (
            Jp,
            Fbm,
            "ポストに無理やり押し込まれていて、箱がつぶれていた。",
            &[],
        ),
    ]);
}

#[test]
fn a_games_or_kits_own_box_is_the_product_not_the_parcel() {
    use Fulfillment::{Fba, Fbm};
    use Marketplace::{De, Es, Fr, It, Jp, Us};
    let pr: &[Ground] = &[Ground::ProductReview];
    let fba: &[Ground] = &[Ground::FbaFulfillment];
    two_star_grounds(&[
        // The box of a board game, a puzzle or a kit said to be thin, or worn by a few games.
        (
            Us,
            Fba,
            "The game box ripped after two games and the cards are warped.",
            pr,
        ),
        (
            Us,
            Fbm,
            "After two games the box is torn at every corner.",
            pr,
        ),
        (
            De,
            Fbm,
            "Nach zwei Partien ist der Karton schon aufgerissen, die Karten knicken.",
            pr,
        ),
        (
            Fr,
            Fba,
            "Après deux parties, la boîte est déjà déchirée aux coins.",
            pr,
        ),
        (
            Fr,
            Fbm,
            "La boîte de ce puzzle est en carton très fin, elle gondole déjà.",
            pr,
        ),
        (
            It,
            Fba,
            "La scatola del gioco è sottilissima e le carte si piegano.",
            pr,
        ),
        (It, Fbm, "Dopo tre partite la scatola è già sfondata.", pr),
        (
            Es,
            Fba,
            "La caja se rajó tras dos partidas y las fichas se despegan.",
            pr,
        ),
        (
            Es,
            Fbm,
            "La caja del juego es finísima, se dobla con nada.",
            pr,
        ),
        (Jp, Fba, "パズルの箱がペラペラで、ピースも反ってくる。", pr),
        (Jp, Fbm, "2回遊んだだけで箱の角が破れた。", pr),
        // A box that came crushed, or a thin parcel carton, stays the delivery.
        (
            Us,
            Fba,
            "The box arrived crushed, and the lid split after two games.",
            fba,
        ),
        (
            Us,
            Fbm,
            "The puzzle box was crushed and two pieces were bent.",
            &[],
        ),
        (
            De,
            Fbm,
            "Der Karton des Spiels kam zerdrückt an, zwei Figuren waren abgebrochen.",
            &[],
        ),
        (
            De,
            Fbm,
            "Der Karton ist viel zu dünn für so ein schweres Gerät, die Ecke war eingedrückt.",
            &[],
        ),
        (
            Fr,
            Fba,
            "La boîte du jeu est arrivée écrasée, deux pions cassés.",
            fba,
        ),
        (
            Fr,
            Fbm,
            "Le jeu est arrivé dans un carton très fin, tout cabossé.",
            &[],
        ),
        (It, Fba, "La scatola è arrivata schiacciata.", fba),
        (
            Es,
            Fba,
            "La caja del juego llegó aplastada y una figura rota.",
            fba,
        ),
        (
            Es,
            Fbm,
            "El juego vino en una caja de cartón finísimo, sin protección.",
            &[],
        ),
        (Jp, Fba, "ゲームの箱が潰れていて、駒が一つ割れていた。", fba),
        (Jp, Fbm, "箱がすぐ潰れるような薄い段ボールで届いた。", &[]),
    ]);
}

#[test]
fn the_card_a_puzzles_pieces_are_cut_from_is_the_product_not_the_parcel() {
    use Fulfillment::{Fba, Fbm};
    use Marketplace::{De, Fr};
    let pr: &[Ground] = &[Ground::ProductReview];
    two_star_grounds(&[
        (
            De,
            Fba,
            "Der Karton ist so dünn, dass sich die Puzzleteile beim Legen aufspalten.",
            pr,
        ),
        (
            De,
            Fbm,
            "Der Karton wirkt labbrig, die Teile reißen am Rand ein.",
            pr,
        ),
        (
            Fr,
            Fbm,
            "Le carton est trop mince, les pièces se plient dès qu'on les prend.",
            pr,
        ),
        (
            Fr,
            Fba,
            "Image jolie mais le carton est fin pour des pièces aussi petites.",
            pr,
        ),
        // The parcel's carton, thin or not, stays the delivery.
        (
            De,
            Fbm,
            "Der Karton war so dünn, dass die Lampe verbogen ankam.",
            &[],
        ),
        (
            Fr,
            Fbm,
            "Le carton était trop fin, le cadre est arrivé tordu.",
            &[],
        ),
    ]);
}

/// A phone number after a cue typed without its accent ("mi movil", "mon numero"), or a
/// Spanish nine-digit number in its usual groups, is personal data; an order or serial number in
/// the same shape is not.
#[test]
fn a_phone_number_without_accents_or_in_spanish_groups_is_personal_data() {
    use Fulfillment::Fbm;
    use Ground::{PersonalData, ProductReview};
    let cases: &[GroundsCase] = &[
        (
            Marketplace::Es,
            Fbm,
            1,
            "Mi movil: 699 402 117, nadie me ha devuelto el dinero.",
            &[PersonalData],
        ),
        (
            Marketplace::Es,
            Fbm,
            1,
            "Si podéis escribidme al 612 34 56 78 por lo de la factura.",
            &[PersonalData],
        ),
        (
            Marketplace::Es,
            Fbm,
            2,
            "Mi movil es el 699402117, sigo sin la devolución.",
            &[PersonalData],
        ),
        (
            Marketplace::Es,
            Fbm,
            2,
            "Serie 655 218 743, se rompió al segundo día.",
            &[ProductReview],
        ),
        (
            Marketplace::Es,
            Fbm,
            1,
            "Numero de pedido 612 345 678 y nadie contesta.",
            &[],
        ),
    ];
    assert_each_grounds(cases);
}

/// A device's own lag, told in seconds or of its alerts, and the courier its camera catches too
/// late (when the app opens, or only their back) are the product on an FBA order; a delivery
/// days late, or a courier gone by the time the app says delivered or the door is opened, stays
/// Amazon's delivery.
#[test]
fn a_devices_lag_and_the_courier_its_camera_catches_too_late_are_the_product() {
    use Fulfillment::Fba;
    use Ground::{FbaFulfillment, ProductReview};
    use Marketplace::{De, Es, Fr, It, Uk, Us};
    let cases: &[GroundsCase] = &[
        (Us, Fba, 2, "Earbuds sound decent but there's a half-second delay on every video, useless for films.", &[ProductReview]),
        (Uk, Fba, 2, "Baby monitor picture is fuzzy and the push notifications arrive 8 seconds late, by then the postman is already walking off.", &[ProductReview]),
        (Us, Fba, 2, "Security camera misses half of it, the recording only has the back of the courier.", &[ProductReview]),
        (De, Fba, 2, "Dashcam-App ruckelt, das Livebild hat eine Verzögerung von 4 Sekunden.", &[ProductReview]),
        (De, Fba, 2, "Die Meldung kommt mit 6 Sekunden Verzögerung aufs Handy, da ist der Zusteller schon wieder weg. Akku hält kaum.", &[ProductReview]),
        (Fr, Fba, 2, "Caméra de surveillance floue, les alertes arrivent 12 secondes en retard, le facteur est déjà reparti.", &[ProductReview]),
        (It, Fba, 2, "Audio gracchiante e le notifiche arrivano con 8 secondi di ritardo, il postino se n'è già andato.", &[ProductReview]),
        (Es, Fba, 2, "La mirilla digital va a tirones y cuando miro la aplicación el repartidor ya se ha ido.", &[ProductReview]),
        // Look-alikes: the delivery itself.
        (Us, Fba, 2, "The app said delivered but the courier was already gone and the porch was empty.", &[FbaFulfillment]),
        (Us, Fba, 2, "Delivery was 3 days late.", &[FbaFulfillment]),
        (De, Fba, 2, "Laut App zugestellt, aber der Zusteller war schon weg und nichts vor der Tür.", &[FbaFulfillment]),
        (De, Fba, 2, "Die Lieferung kam mit einer Woche Verzögerung.", &[FbaFulfillment]),
        (Fr, Fba, 2, "Le facteur était déjà reparti quand j'ai ouvert la porte, aucun avis de passage.", &[FbaFulfillment]),
        (It, Fba, 2, "Consegna arrivata con 5 giorni di ritardo.", &[FbaFulfillment]),
        (Es, Fba, 2, "Cuando bajé ya se fue el repartidor, dejó el aviso y no llamó al timbre.", &[FbaFulfillment]),
        (Es, Fba, 2, "La app marcaba entregado pero el repartidor ya se había ido y no dejó nada.", &[FbaFulfillment]),
    ];
    assert_each_grounds(cases);
}

/// Neighbours bothered by a tool's noise ("the neighbours complain", "les voisins se plaignent")
/// are no parcel left next door; a parcel left with a neighbour who complained stays the
/// delivery.
#[test]
fn neighbours_bothered_by_the_noise_are_no_parcel_left_next_door() {
    use Fulfillment::Fba;
    use Ground::{FbaFulfillment, ProductReview};
    use Marketplace::{De, Es, Fr, It, Uk};
    let cases: &[GroundsCase] = &[
        (Uk, Fba, 2, "Leaf blower is deafening, the neighbours complain every Saturday. Battery lasts 15 minutes.", &[ProductReview]),
        (De, Fba, 2, "Der Hochdruckreiniger ist so laut, dass sich die Nachbarn beschweren. Schlauch knickt ständig.", &[ProductReview]),
        (Fr, Fba, 2, "Le compresseur fait un vacarme, les voisins se plaignent et le manomètre est faux.", &[ProductReview]),
        (It, Fba, 2, "La motosega fa un baccano tale che i vicini si lamentano, e la catena si allenta subito.", &[ProductReview]),
        (Es, Fba, 2, "El soplador molesta a todos los vecinos y la batería dura diez minutos.", &[ProductReview]),
        // Look-alikes: the parcel and the neighbours.
        (Uk, Fba, 2, "The neighbours complained because the driver dumped the box in their hedge.", &[FbaFulfillment]),
        (De, Fba, 2, "Paket beim Nachbarn abgegeben, der sich beschwert hat, und zwei Tage zu spät.", &[FbaFulfillment]),
        (Fr, Fba, 2, "Colis livré chez les voisins sans prévenir, ils se plaignent de devoir le garder.", &[FbaFulfillment]),
        (Es, Fba, 2, "Lo dejaron en casa de los vecinos, que se quejaron de tener que guardarlo.", &[FbaFulfillment]),
    ];
    assert_each_grounds(cases);
}

/// The manual or the parts that come in the product's own box ("die Anleitung im Karton", "las
/// instrucciones que vienen en la caja") are the product; a box that came crushed stays the
/// delivery, parts missing from it the seller's.
#[test]
fn the_manual_or_parts_in_the_products_box_are_the_product() {
    use Fulfillment::{Fba, Fbm};
    use Ground::{FbaFulfillment, ProductReview};
    use Marketplace::{De, Es, It};
    let cases: &[GroundsCase] = &[
        (De, Fba, 2, "Regal wackelt, die Bedienungsanleitung im Karton ist nur auf Chinesisch.", &[ProductReview]),
        (It, Fba, 2, "Il tavolo traballa e le viti incluse nella confezione sono troppo corte.", &[ProductReview]),
        (It, Fba, 2, "La sedia cigola e il libretto che c'è nella scatola è solo in tedesco.", &[ProductReview]),
        (Es, Fba, 2, "El armario cojea y las instrucciones que vienen en la caja no tienen ni un dibujo claro.", &[ProductReview]),
        // Look-alikes: a missing part, a crushed box.
        (De, Fbm, 2, "Die Dübel im Karton fehlten, der Verkäufer meldet sich nicht.", &[]),
        (De, Fba, 2, "Karton eingedrückt angekommen, das Regal darin verbogen.", &[FbaFulfillment]),
        (It, Fbm, 2, "Mancavano le viti nella scatola, nessuna risposta dal venditore.", &[]),
        (Es, Fbm, 2, "La caja llegó rota y faltan piezas, el vendedor no contesta.", &[]),
        (Es, Fba, 2, "La caja venía rota y el taladro rayado.", &[FbaFulfillment]),
    ];
    assert_each_grounds(cases);
}

/// Coats or passes a product took instead of the promised number ("3 couches au lieu de 2",
/// "servono 3 passate invece di 1") and the item put away ("retour au garage") are the product;
/// fewer items received than ordered, and a return to the seller, stay the seller's.
#[test]
fn coats_it_took_and_the_item_put_away_are_the_product() {
    use Fulfillment::{Fba, Fbm};
    use Ground::{Obscene, ProductReview};
    use Marketplace::{Fr, It};
    let cases: &[GroundsCase] = &[
        (
            It,
            Fbm,
            2,
            "Lo smalto copre poco, servono 3 passate invece di 1 e resta a chiazze.",
            &[ProductReview],
        ),
        (
            Fr,
            Fbm,
            2,
            "Le vernis couvre mal, 3 couches au lieu de 2 et ça coule.",
            &[ProductReview],
        ),
        (
            Fr,
            Fba,
            2,
            "Le souffleur s'arrête tout seul au bout de cinq minutes, retour au garage direct.",
            &[ProductReview],
        ),
        (
            Fr,
            Fba,
            1,
            "Perceuse de merde, le mandrin lâche, retour au fond du placard.",
            &[Obscene, ProductReview],
        ),
        // Look-alikes: fewer items than ordered, a return.
        (It, Fbm, 2, "Ricevuti 2 barattoli invece di 3.", &[]),
        (
            Fr,
            Fbm,
            2,
            "Seulement 2 pots au lieu de 3 dans le colis.",
            &[],
        ),
        (
            Fr,
            Fbm,
            2,
            "Le moteur cale, retour au vendeur et remboursement refusé.",
            &[],
        ),
        (
            Fr,
            Fbm,
            2,
            "Retour en point relais fait il y a trois semaines, toujours rien.",
            &[],
        ),
    ];
    assert_each_grounds(cases);
}

/// A carrier who left without delivering, or left the parcel with the neighbours unannounced, is
/// the delivery, whichever word names the carrier ("el cartero", "il corriere").
#[test]
fn a_carrier_gone_or_a_parcel_left_with_the_neighbours_is_the_delivery() {
    delivery_only(
        Marketplace::Es,
        "La aplicación ponía entregado pero el cartero ya se había ido y no dejó ni aviso.",
    );
    delivery_only(
        Marketplace::It,
        "Il corriere l'ha lasciato ai vicini senza avviso.",
    );
    delivery_only(
        Marketplace::It,
        "Pacco lasciato dal vicino senza nessun avviso, l'ho trovato dopo tre giorni.",
    );
}

/// Waiting until a child has grown into it ("heißt noch warten, bis er größer ist", "kommt nur
/// auf Zehenspitzen an die Pedale, müssen noch warten") is the product's size, not a parcel waited
/// for; waiting for the parcel, a replacement or a late delivery stays as it was.
#[test]
fn waiting_for_a_child_to_grow_into_it_is_the_product() {
    use Fulfillment::Fba;
    use Ground::{FbaFulfillment, ProductReview};
    use Marketplace::De;
    let cases: &[GroundsCase] = &[
        (
            De,
            Fba,
            3,
            "Der Hochstuhl ist schön, aber das Fußbrett lässt sich nicht höher stellen. Heißt noch warten, bis er größer ist.",
            &[ProductReview],
        ),
        (
            De,
            Fba,
            2,
            "Das Dreirad wirkt robust, die Pedale sind aber weit weg. Unser Sohn ist noch zu klein, müssen wohl noch ein paar Monate warten.",
            &[ProductReview],
        ),
        (
            De,
            Fba,
            3,
            "Roller gut verarbeitet, doch die Lenkstange geht nicht tief genug. Sie kommt nur auf Zehenspitzen an die Griffe, also noch warten.",
            &[ProductReview],
        ),
        // Look-alikes: the parcel not here, a late delivery, a replacement waited for.
        (
            De,
            Fba,
            2,
            "Das Dreirad ist immer noch nicht da, müssen noch warten.",
            &[FbaFulfillment],
        ),
        (
            De,
            Fba,
            2,
            "Die Pedale sind zu klein, und wir mussten außerdem drei Wochen warten.",
            &[FbaFulfillment],
        ),
        (
            De,
            Fba,
            2,
            "Zum Geburtstag bestellt, müssen noch warten, bis es endlich da ist.",
            &[FbaFulfillment],
        ),
        (
            De,
            Fba,
            2,
            "Die Stange ist zu kurz, und wir warten noch auf den Ersatz.",
            &[],
        ),
    ];
    assert_each_grounds(cases);
}

/// The season a garment claims to be made for, or its warmth, as written (「真冬用と書いてあった
/// けど」「防寒って書いてあるのに」) is the product's claim, as a quality as written is; named on
/// the listing first (「説明には冬用と書いてある」) it stays the listing's.
#[test]
fn a_season_or_warmth_claimed_as_written_is_the_products_claim() {
    use Fulfillment::{Fba, Fbm};
    use Ground::ProductReview;
    use Marketplace::Jp;
    let cases: &[GroundsCase] = &[
        (
            Jp,
            Fba,
            2,
            "真冬用と書いてあったけど、中綿がすぐ片寄ってしまって背中がスカスカ",
            &[ProductReview],
        ),
        (
            Jp,
            Fbm,
            2,
            "生地が薄い。防寒って書いてあるのに全然暖かくない。洗ったら色落ちもした",
            &[ProductReview],
        ),
        (
            Jp,
            Fba,
            3,
            "手袋の縫製は丁寧。接触冷感と書いてあるけど、触ってもぬるいまま",
            &[ProductReview],
        ),
        // Look-alike: the listing named first.
        (
            Jp,
            Fbm,
            2,
            "説明には冬用と書いてあるのにペラペラで薄い",
            &[],
        ),
    ];
    assert_each_grounds(cases);
}

/// The product's own box, named as its gift box praised against what it holds (「箱はおしゃれ
/// だけど」「化粧箱は豪華なのに」), as the box it is kept in ("la boîte de rangement", "la caja para guardar las
/// fichas"), or worn at its first opening or use ("dès la première ouverture"), is the product;
/// a box that came crushed or torn stays the delivery's.
#[test]
fn the_products_own_gift_or_storage_box_is_the_product() {
    use Fulfillment::Fba;
    use Ground::{FbaFulfillment, ProductReview};
    use Marketplace::{Es, Fr, Jp};
    let cases: &[GroundsCase] = &[
        (
            Jp,
            Fba,
            2,
            "箱はおしゃれだけど、中のマグカップの取っ手がぐらぐらしている",
            &[ProductReview],
        ),
        (
            Jp,
            Fba,
            3,
            "化粧箱は豪華なのに、肝心の財布はファスナーが引っかかって閉まりにくい",
            &[ProductReview],
        ),
        (
            Fr,
            Fba,
            2,
            "Le coffret en carton du jeu de cartes s'est décollé dès la première ouverture et les cartes sont mal découpées.",
            &[ProductReview],
        ),
        (
            Fr,
            Fba,
            2,
            "La boîte de rangement en carton se déchire aux coins et les cubes se décolorent.",
            &[ProductReview],
        ),
        (
            Es,
            Fba,
            2,
            "La caja para guardar las fichas se rompió a los pocos días y la pintura se descascarilla.",
            &[ProductReview],
        ),
        (
            Es,
            Fba,
            2,
            "La caja del dominó se abrió por las esquinas en la primera apertura y las fichas tienen rebabas.",
            &[ProductReview],
        ),
        // Look-alikes: the box, the gift box or the storage box that came crushed or torn.
        (Jp, Fba, 2, "化粧箱が潰れて届いた。中のぬいぐるみは無事", &[FbaFulfillment]),
        (
            Fr,
            Fba,
            2,
            "Le coffret du puzzle est arrivé déchiré et les pièces sont tordues.",
            &[FbaFulfillment],
        ),
        (
            Fr,
            Fba,
            2,
            "Le carton du puzzle était déchiré à l'ouverture du colis.",
            &[FbaFulfillment],
        ),
        (
            Fr,
            Fba,
            2,
            "La boîte de rangement est arrivée écrasée.",
            &[FbaFulfillment],
        ),
        (
            Es,
            Fba,
            2,
            "La caja para guardarlo llegó aplastada.",
            &[FbaFulfillment],
        ),
        (
            Es,
            Fba,
            2,
            "La caja llegó rota y no sirve para guardarlo.",
            &[FbaFulfillment],
        ),
    ];
    assert_each_grounds(cases);
}

#[test]
fn a_taste_of_cardboard_or_a_flavour_named_as_described_is_the_products() {
    use Fulfillment::{Fba, Fbm};
    use Ground::{FbaFulfillment, ProductReview};
    use Marketplace::{Es, Fr, Mx};
    let cases: &[GroundsCase] = &[
        // The product tastes of cardboard: its taste, not the parcel.
        (
            Fr,
            Fba,
            2,
            "Le café moulu a un goût de carton et aucune crème ne se forme.",
            &[ProductReview],
        ),
        (
            Fr,
            Fba,
            1,
            "Ce rooibos goûte le vieux carton et l'infusion reste pâle.",
            &[ProductReview],
        ),
        (
            Fr,
            Fba,
            2,
            "Les biscuits goûtent le beurre rance et le carton, ils s'effritent.",
            &[ProductReview],
        ),
        // A taste or scent named as the listing describes it and not there.
        (
            Fr,
            Fba,
            2,
            "Aucune note de vanille comme indiqué dans l'annonce, le café est juste amer.",
            &[ProductReview],
        ),
        (
            Fr,
            Fbm,
            2,
            "Le parfum de bergamote annoncé dans la description est introuvable, l'infusion est fade.",
            &[ProductReview],
        ),
        (
            Es,
            Fba,
            1,
            "Ni rastro de canela como dice la descripción, el chocolate sabe solo a azúcar.",
            &[ProductReview],
        ),
        (
            Mx,
            Fbm,
            2,
            "El aroma a vainilla prometido en el anuncio no aparece, el café sabe a quemado.",
            &[ProductReview],
        ),
        // Look-alikes: a parcel that smells of wet cardboard or came crushed, and a part missing
        // as described, stay the delivery's or the seller's.
        (
            Fr,
            Fba,
            2,
            "Le colis sentait le carton mouillé et le thé était humide.",
            &[FbaFulfillment],
        ),
        (
            Fr,
            Fba,
            2,
            "Le goût est correct mais le carton est arrivé écrasé.",
            &[FbaFulfillment],
        ),
        (
            Fr,
            Fba,
            2,
            "Le goût correct et le carton était abîmé.",
            &[FbaFulfillment],
        ),
        (
            Fr,
            Fbm,
            2,
            "Pas de filtre comme sur la description, et le vendeur refuse de me rembourser.",
            &[],
        ),
        (
            Es,
            Fbm,
            2,
            "No trae la jarra como en la descripción y nadie contesta a mis mensajes.",
            &[],
        ),
    ];
    assert_each_grounds(cases);
}

#[test]
fn the_products_own_box_praised_for_its_looks_is_not_the_parcel() {
    use Fulfillment::{Fba, Fbm};
    use Ground::{FbaFulfillment, ProductReview};
    use Marketplace::{De, Es, Fr, It};
    let cases: &[GroundsCase] = &[
        (
            Es,
            Fba,
            2,
            "La caja de regalo muy bonita, pero el molinillo muele la pimienta muy irregular.",
            &[ProductReview],
        ),
        (
            Es,
            Fbm,
            1,
            "La caja es preciosa pero la tetera gotea por el pitorro.",
            &[ProductReview],
        ),
        (
            It,
            Fba,
            2,
            "La scatola è elegantissima ma la bilancia sbaglia di 20 grammi.",
            &[ProductReview],
        ),
        (
            Fr,
            Fba,
            2,
            "L'emballage d'origine très élégant, mais la théière fuit au niveau du bec.",
            &[ProductReview],
        ),
        (
            De,
            Fba,
            2,
            "Die Verpackung ist edel, aber die Mühle mahlt total ungleichmäßig.",
            &[ProductReview],
        ),
        // Look-alikes: a handsome box that came crushed, a parcel late, a seller who never answered.
        (
            Es,
            Fba,
            2,
            "La caja del fabricante muy elegante pero llegó aplastada.",
            &[FbaFulfillment],
        ),
        (
            Es,
            Fba,
            2,
            "La caja es preciosa pero tardó tres semanas en llegar.",
            &[FbaFulfillment],
        ),
        (
            It,
            Fba,
            2,
            "La scatola è elegantissima ma è arrivata ammaccata.",
            &[FbaFulfillment],
        ),
        (
            De,
            Fba,
            2,
            "Die Verpackung ist edel, aber das Paket kam drei Tage zu spät.",
            &[FbaFulfillment],
        ),
        (
            Fr,
            Fbm,
            2,
            "Le coffret est superbe mais le vendeur n'a jamais répondu à mes messages.",
            &[],
        ),
    ];
    assert_each_grounds(cases);
}

#[test]
fn a_garment_likened_to_a_plastic_bag_is_the_product() {
    use Fulfillment::{Fba, Fbm};
    use Ground::{FbaFulfillment, ProductReview};
    use Marketplace::De;
    let cases: &[GroundsCase] = &[
        (
            De,
            Fba,
            2,
            "Die Regenhose hält dicht, aber nach einer Stunde Aufstieg klebt alles, als würde man in einer Plastiktüte laufen.",
            &[ProductReview],
        ),
        (
            De,
            Fbm,
            2,
            "Der Schlafsack raschelt die ganze Nacht wie eine Plastiktüte, an Schlaf ist nicht zu denken.",
            &[ProductReview],
        ),
        // Look-alikes: a parcel sent in a bag, and the seller who sent it so and never answered.
        (
            De,
            Fba,
            2,
            "Die Hose wurde in einer Plastiktüte verschickt und kam nass an.",
            &[FbaFulfillment],
        ),
        (
            De,
            Fba,
            2,
            "Die Jacke kam in einer Plastiktüte ohne Karton, total zerknittert.",
            &[],
        ),
        (
            De,
            Fbm,
            2,
            "Hose ist ok, aber der Händler hat sie wie in einer Plastiktüte verschickt, keine Antwort auf meine Mail.",
            &[],
        ),
    ];
    assert_each_grounds(cases);
}

#[test]
fn a_rating_or_a_breathable_claim_as_written_is_the_products() {
    use Fulfillment::Fba;
    use Ground::ProductReview;
    use Marketplace::Jp;
    let cases: &[GroundsCase] = &[
        (
            Jp,
            Fba,
            2,
            "耐荷重100って書いてあるけど座ったらフレームがきしむ",
            &[ProductReview],
        ),
        (
            Jp,
            Fba,
            1,
            "IPX6って書いてあったのに小雨でライトが消えた",
            &[ProductReview],
        ),
        (
            Jp,
            Fba,
            2,
            "シュラフの快適温度5℃って書いてあるのに、10℃でも寒くて眠れなかった",
            &[ProductReview],
        ),
        (
            Jp,
            Fba,
            3,
            "防風って書いてあるけど風が普通に抜けてくる。生地も薄い",
            &[ProductReview],
        ),
        (
            Jp,
            Fba,
            3,
            "ムレないと思ったのに汗だく。透湿性と書いてあるけど信じられない",
            &[ProductReview],
        ),
        // Look-alikes: the wait for dispatch as written, and a claim named on the listing first.
        (
            Jp,
            Fba,
            2,
            "発送まで3日って書いてあったのに2週間かかった",
            &[],
        ),
        (Jp, Fba, 2, "説明には透湿と書いてあるのに全然蒸れる", &[]),
    ];
    assert_each_grounds(cases);
}

#[test]
fn the_products_own_outer_box_called_flimsy_is_the_product() {
    use Fulfillment::Fba;
    use Ground::{FbaFulfillment, ProductReview};
    use Marketplace::Jp;
    let cases: &[GroundsCase] = &[
        (
            Jp,
            Fba,
            3,
            "化粧箱が薄っぺらくて安っぽい。プレゼントには使えない。ランタン自体は明るい",
            &[ProductReview],
        ),
        (
            Jp,
            Fba,
            2,
            "ナイフの切れ味はいまいち。外箱もペラペラでへこんでいて贈り物には無理",
            &[ProductReview],
        ),
        // Look-alikes: the box said to have come crushed, crushed alone, or a bare box.
        (
            Jp,
            Fba,
            2,
            "外箱がペラペラでつぶれて届いた。中のランタンは無事",
            &[],
        ),
        (
            Jp,
            Fba,
            2,
            "外箱がつぶれてた。ランプは明るい",
            &[FbaFulfillment],
        ),
        (Jp, Fba, 2, "箱がペラペラでつぶれてた。ランプは明るい", &[]),
    ];
    assert_each_grounds(cases);
}

#[test]
fn a_tent_told_by_its_seams_or_rain_is_not_the_shop() {
    use Fulfillment::{Fba, Fbm};
    use Ground::ProductReview;
    use Marketplace::Es;
    let cases: &[GroundsCase] = &[
        (
            Es,
            Fba,
            1,
            "La tienda gotea por las costuras en cuanto llueve un poco y las varillas son de juguete.",
            &[ProductReview],
        ),
        (
            Es,
            Fbm,
            2,
            "Las varillas de la tienda se doblaron con el primer golpe de viento.",
            &[ProductReview],
        ),
        (
            Es,
            Fba,
            1,
            "La tienda no es nada impermeable, dormimos empapados.",
            &[ProductReview],
        ),
        // Look-alikes: the shop that never answered or charged twice.
        (
            Es,
            Fbm,
            2,
            "La tienda no contestó a mis mensajes y la mochila no es impermeable.",
            &[],
        ),
        (
            Es,
            Fbm,
            2,
            "La tienda me cobró dos veces y el saco no abriga nada.",
            &[],
        ),
    ];
    assert_each_grounds(cases);
}

#[test]
fn the_manual_the_box_came_with_is_the_products() {
    use Fulfillment::{Fba, Fbm};
    use Ground::{FbaFulfillment, ProductReview};
    use Marketplace::Es;
    let cases: &[GroundsCase] = &[
        (
            Es,
            Fba,
            2,
            "La caja de la lámpara no trae manual y no hay forma de saber cómo se cambia el modo.",
            &[ProductReview],
        ),
        (
            Es,
            Fba,
            2,
            "En la caja venían unas instrucciones ilegibles y el taladro se calienta a los 5 minutos.",
            &[ProductReview],
        ),
        (
            Es,
            Fbm,
            3,
            "La cafetera hace buen café, pero la caja traía un folleto solo en inglés.",
            &[ProductReview],
        ),
        // Look-alikes: a box that came broken or crushed, and a seller who does not answer.
        (
            Es,
            Fba,
            2,
            "La caja venía rota y con instrucciones solo en chino.",
            &[FbaFulfillment],
        ),
        (
            Es,
            Fba,
            2,
            "La caja llegó aplastada y el hornillo tiene un golpe.",
            &[FbaFulfillment],
        ),
        (
            Es,
            Fbm,
            2,
            "La caja venía con instrucciones en chino y el vendedor no responde.",
            &[],
        ),
    ];
    assert_each_grounds(cases);
}

#[test]
fn a_praised_maker_box_a_promised_figure_and_carrying_it_about_are_the_products() {
    use Fulfillment::{Fba, Fbm};
    use Ground::{FbaFulfillment, ProductReview};
    use Marketplace::{De, Fr, It};
    let cases: &[GroundsCase] = &[
        // The product's own box praised, named after the product or its maker.
        (
            De,
            Fba,
            2,
            "Die Schachtel vom Mixer wirkt hochwertig, aber der Mixer schafft kein Eis.",
            &[ProductReview],
        ),
        (
            De,
            Fba,
            2,
            "Der Karton des Toasters sieht edel aus, der Toaster verbrennt jedes Brot.",
            &[ProductReview],
        ),
        (
            It,
            Fba,
            2,
            "La scatolina è bellina ma il portachiavi si è rotto dopo due giorni.",
            &[ProductReview],
        ),
        (
            It,
            Fba,
            2,
            "La scatola della marca è graziosa, peccato che la borraccia perda dal beccuccio.",
            &[ProductReview],
        ),
        // A figure promised for the product, its unit left out or not.
        (
            Fr,
            Fba,
            2,
            "Autonomie 3 jours au lieu des 10 annoncés, et l'écran se raye vite.",
            &[ProductReview],
        ),
        (
            Fr,
            Fbm,
            2,
            "La lampe frontale tient 2 heures au lieu de 8 prévues.",
            &[ProductReview],
        ),
        // The buyer carrying it about wears it out.
        (
            Fr,
            Fbm,
            2,
            "La housse fournie a craqué dès le deuxième transport, fermeture éclair fragile.",
            &[ProductReview],
        ),
        (
            Fr,
            Fbm,
            1,
            "Le sac de frappe s'est déchiré après trois transports dans le coffre.",
            &[ProductReview],
        ),
        // Look-alikes: a parcel box that came dented, another item sent, damage in transit.
        (
            De,
            Fba,
            2,
            "Der Karton vom Toaster ist beschädigt angekommen, der Toaster hat eine Delle.",
            &[FbaFulfillment],
        ),
        (
            It,
            Fba,
            2,
            "La scatola è arrivata bella ammaccata e la borraccia perde.",
            &[FbaFulfillment],
        ),
        (
            Fr,
            Fbm,
            2,
            "J'ai reçu 2 paires au lieu des 3 commandées, et les semelles sont dures.",
            &[],
        ),
        (
            Fr,
            Fba,
            2,
            "Le vélo d'appartement a une pédale tordue, sûrement abîmé au transport.",
            &[],
        ),
        // Broken on the way, said with "pendant le" or "lors du": the delivery's (Amazon's on an
        // FBA order, the seller's service on FBM); broken on its first outing stays the product's.
        (
            Fr,
            Fba,
            1,
            "Le tapis est arrivé déchiré, cassé pendant le transport, carton éventré.",
            &[FbaFulfillment],
        ),
        (
            Fr,
            Fba,
            2,
            "Le miroir mural a été brisé pendant la livraison, un coin en morceaux.",
            &[FbaFulfillment],
        ),
        (
            Fr,
            Fba,
            2,
            "Plateau de la table fendu lors du transport, pied rayé.",
            &[FbaFulfillment],
        ),
        (
            Fr,
            Fbm,
            1,
            "La lampe de bureau s'est cassée pendant le transport, abat-jour enfoncé.",
            &[],
        ),
        (
            Fr,
            Fba,
            2,
            "Le trépied a cassé au premier transport dans mon sac, rotule fragile.",
            &[ProductReview],
        ),
    ];
    assert_each_grounds(cases);
}

#[test]
fn an_exchange_asked_for_or_no_answer_here_is_the_sellers() {
    none_is_a_product_review(
        2,
        &[
            (
                Marketplace::Mx,
                "La pesa rusa trae la rosca barrida, quiero que me la cambien.",
            ),
            (
                Marketplace::Es,
                "Las ligas de resistencia se rompieron a la semana, por aquí no me responden.",
            ),
            (
                Marketplace::Mx,
                "El guante de box se descosió y por este medio nunca responden.",
            ),
        ],
    );
    // Look-alikes: a screen or buttons that do not respond are the product.
    two_star_grounds(&[
        (
            Marketplace::Mx,
            Fulfillment::Fbm,
            "La pantalla táctil no responde y la correa se rompió a los tres días.",
            &[Ground::ProductReview],
        ),
        (
            Marketplace::Es,
            Fulfillment::Fbm,
            "Los botones del reloj no me responden bien y la correa se rompió.",
            &[Ground::ProductReview],
        ),
    ]);
}

#[test]
fn a_swear_word_beside_the_buyer_being_used_to_a_kind_of_product_keeps_the_product_review() {
    // "not new to" is the buyer's own experience, not a used item.
    two_star_grounds(&[
        (
            Marketplace::Uk,
            Fulfillment::Fba,
            "this peel is shit, my chin stung for three days and i'm not new to acids",
            &[Ground::Obscene, Ground::ProductReview],
        ),
        (
            Marketplace::Us,
            Fulfillment::Fbm,
            "Left my lips cracked and sore. I am not new to lip scrubs either.",
            &[Ground::ProductReview],
        ),
    ]);
    // Look-alike: the item itself not new is the seller's.
    none_is_a_product_review(
        2,
        &[(
            Marketplace::Us,
            "The cream was not new, someone had opened the jar.",
        )],
    );
}

#[test]
fn a_kind_of_buyer_named_with_san_is_no_person_but_a_surname_still_is() {
    let ja = ctx(Fulfillment::Fbm, Marketplace::Jp);
    two_star_grounds(&[
        (
            Marketplace::Jp,
            Fulfillment::Fbm,
            "伸びはいいけど、乾燥肌さんには粉っぽく感じるかも。色黒さんだと白浮きします",
            &[Ground::ProductReview],
        ),
        (
            Marketplace::Jp,
            Fulfillment::Fbm,
            "くせ毛さん向けとあるのに広がる。一重さんにはアイライナーも太すぎ",
            &[Ground::ProductReview],
        ),
    ]);
    // Look-alike: a person named with さん is still personal data.
    assert!(
        grounds(2, "中村さんに勧められて買ったけど、色が暗すぎた。", &ja)
            .contains(&Ground::PersonalData)
    );
}

#[test]
fn a_product_too_short_for_a_spot_on_the_body_is_the_product_not_the_delivery() {
    two_star_grounds(&[
        (
            Marketplace::Jp,
            Fulfillment::Fbm,
            "マスクが短くてあごの下まで届かない。美容液もすぐ乾いてしまう",
            &[Ground::ProductReview],
        ),
        (
            Marketplace::Jp,
            Fulfillment::Fbm,
            "ヘッドが大きすぎて奥歯まで届かず、毛もすぐ開いた",
            &[Ground::ProductReview],
        ),
    ]);
    // Look-alike: a parcel that has not come by a day is the delivery's.
    delivery_only(
        Marketplace::Jp,
        "注文から十日たつのに、週末まで届かないと言われた。",
    );
}

/// What a camera or a recorder failed to record ("dann fehlen Aufnahmen", "im Video fehlen ein
/// paar Sekunden") is the device's fault, not a part missing from the box, which stays the
/// seller's ("es fehlt das Ladekabel").
#[test]
fn recordings_a_camera_misses_are_the_product() {
    use Fulfillment::{Fba, Fbm};
    use Ground::ProductReview;
    let cases: &[GroundsCase] = &[
        (
            Marketplace::De,
            Fba,
            2,
            "Bei Hitze hängt sich die Kamera auf und danach fehlen ganze Aufnahmen vom Vormittag.",
            &[ProductReview],
        ),
        (
            Marketplace::De,
            Fbm,
            2,
            "Die Actioncam ruckelt, im Video fehlen immer wieder ein paar Sekunden.",
            &[ProductReview],
        ),
        (
            Marketplace::De,
            Fbm,
            2,
            "Die Kamera ist gut, aber im Karton fehlt das Ladekabel.",
            &[],
        ),
    ];
    assert_each_grounds(cases);
}

/// A full name of a given name and two surnames, named as the seller's staff by the job before it
/// ("la vendedora, Mariana López Herrera"), is personal data; a shop or a product named after
/// the same word in two capitalised words ("el vendedor Casa Verde") is no person.
#[test]
fn a_staff_members_full_name_after_their_job_is_personal_data() {
    use Fulfillment::Fbm;
    use Ground::PersonalData;
    let cases: &[GroundsCase] = &[
        (
            Marketplace::Mx,
            Fbm,
            1,
            "Reclamé la devolución y el asesor, Rodrigo Salas Pineda, me colgó el teléfono dos veces.",
            &[PersonalData],
        ),
        (
            Marketplace::Es,
            Fbm,
            1,
            "La dependienta de la tienda Lucía Ortega Marín nunca contestó mis mensajes.",
            &[PersonalData],
        ),
        (
            Marketplace::Es,
            Fbm,
            1,
            "El vendedor Casa Verde nunca contestó mis mensajes.",
            &[],
        ),
    ];
    assert_each_grounds(cases);
}

/// A UK number written in groups ("07700 900461", "020 7946 0958", "+44 7700 900461") is a
/// phone even after a word naming the document it is printed on ("the number on the
/// invoice"); an order id, a binder size or a paper weight is none. A staff member named in
/// full as the one who hung up on, shouted at or lied to the buyer is personal data; a carrier
/// in two capitalised words or a brand in capitals is no person.
#[test]
fn a_grouped_uk_number_and_the_full_name_of_whoever_dealt_with_the_buyer_are_personal_data() {
    use Fulfillment::Fbm;
    use Ground::PersonalData;
    let cases: &[GroundsCase] = &[
        (
            Marketplace::Uk,
            Fbm,
            1,
            "Nobody answered emails so I phoned the landline printed on the invoice 020 7946 0958 instead.",
            &[PersonalData],
        ),
        (
            Marketplace::Uk,
            Fbm,
            1,
            "I tried the mobile on the receipt, +44 7700 900123, and it just rang out.",
            &[PersonalData],
        ),
        (
            Marketplace::Uk,
            Fbm,
            1,
            "Chased the refund twice and Harriet Okafor told me to stop emailing.",
            &[PersonalData],
        ),
        (
            Marketplace::Uk,
            Fbm,
            1,
            "When I finally got through, Declan Moss was rude and said it was my fault.",
            &[PersonalData],
        ),
        (
            Marketplace::Uk,
            Fbm,
            1,
            "Order 204-7654321-7654321 still not refunded and nobody replies to my messages.",
            &[],
        ),
        (
            Marketplace::Uk,
            Fbm,
            1,
            "Royal Mail told me it was delivered but the seller never replied to my messages.",
            &[],
        ),
    ];
    assert_each_grounds(cases);
}

/// Ink and paper that bleed through, feather, dry slowly or smudge are the product's, whatever
/// else the comment says of the colour as pictured; the photo set against the item still reads
/// as the listing.
#[test]
fn ink_that_bleeds_or_smudges_is_the_products_even_in_the_colour_as_pictured() {
    use Fulfillment::Fbm;
    use Ground::ProductReview;
    let cases: &[GroundsCase] = &[
        (
            Marketplace::It,
            Fbm,
            2,
            "Verde bottiglia proprio come in foto, ma sbava sulla carta e trapassa il foglio, impiega un'eternità ad asciugare.",
            &[ProductReview],
        ),
        (
            Marketplace::It,
            Fbm,
            2,
            "Nella foto il verde sembrava molto più scuro, questo è quasi grigio.",
            &[],
        ),
    ];
    assert_each_grounds(cases);
}

/// The item praised as matching its picture ("the blue looks just like the photos") is how the
/// product looks, so the rest of a product comment keeps it a product review; an item that does
/// not look like its picture still reads as the listing.
#[test]
fn an_item_praised_as_just_like_its_picture_is_the_products_look() {
    use Fulfillment::Fbm;
    use Ground::ProductReview;
    let cases: &[GroundsCase] = &[
        (
            Marketplace::Uk,
            Fbm,
            2,
            "Soft fleece and the rust colour looks just like the photos, but the seams split after two washes.",
            &[ProductReview],
        ),
        (
            Marketplace::Uk,
            Fbm,
            3,
            "Heavy linen, the sage is exactly like the picture, shame the corners of the cover are uneven.",
            &[ProductReview],
        ),
        (
            Marketplace::Uk,
            Fbm,
            2,
            "Doesn't look like the picture at all, much darker and the weave is loose.",
            &[],
        ),
    ];
    assert_each_grounds(cases);
}

/// What the listing said the item was, set against wear after weeks of use or washing, is the
/// product's quality; said against what arrived, with no time of use, it stays the listing's.
#[test]
fn the_listings_word_against_wear_after_use_is_the_products() {
    use Fulfillment::Fbm;
    use Ground::ProductReview;
    let cases: &[GroundsCase] = &[
        (
            Marketplace::Jp,
            Fbm,
            1,
            "リネン混って書いてあるけど3回洗ったらゴワゴワで色もくすんだ。",
            &[ProductReview],
        ),
        (
            Marketplace::Jp,
            Fbm,
            2,
            "防縮加工と記載されていたのに洗濯したら丈が縮んでしまった。",
            &[ProductReview],
        ),
        (
            Marketplace::Jp,
            Fbm,
            1,
            "ダブルって書いてあったのにシングルサイズでした。",
            &[],
        ),
    ];
    assert_each_grounds(cases);
}

/// A used item sent, named in a few words, or one colour sent for another without a verb of
/// sending, is the seller's mistake in every language; "instead of" without a colour on both
/// sides (using it instead of a duvet, shedding instead of staying soft) keeps the product review.
#[test]
fn a_used_item_or_another_colour_sent_is_the_sellers_in_every_language() {
    use Fulfillment::Fbm;
    use Ground::ProductReview;
    let cases: &[GroundsCase] = &[
        (
            Marketplace::Es,
            Fbm,
            1,
            "Me enviaron una manta de punto grueso usada y con olor a tabaco.",
            &[],
        ),
        (
            Marketplace::Es,
            Fbm,
            1,
            "La tela pica bastante y encima granate en vez de mostaza.",
            &[],
        ),
        (
            Marketplace::It,
            Fbm,
            1,
            "Mi hanno mandato un copripiumino matrimoniale di cotone usato, con macchie.",
            &[],
        ),
        (
            Marketplace::It,
            Fbm,
            2,
            "Tessuto sottile e per giunta nera al posto della bianca.",
            &[],
        ),
        (
            Marketplace::Uk,
            Fbm,
            2,
            "Fluffy enough, but charcoal instead of the cream and it sheds everywhere.",
            &[],
        ),
        (
            Marketplace::Fr,
            Fbm,
            2,
            "Housse assez douce mais grise au lieu de vert sauge.",
            &[],
        ),
        (
            Marketplace::De,
            Fbm,
            2,
            "Weiche Decke, aber grau statt salbeigrün und die Nähte sind schief.",
            &[],
        ),
        (
            Marketplace::Es,
            Fbm,
            2,
            "Abriga poco y suelta pelusa gris en vez de quedar suave tras el lavado.",
            &[ProductReview],
        ),
        (
            Marketplace::Uk,
            Fbm,
            2,
            "I use it instead of a duvet in summer, light enough but the hem frayed within a month.",
            &[ProductReview],
        ),
        // A colour faded in use, said as what the item is now: the product, not a wrong item.
        (
            Marketplace::Es,
            Fbm,
            1,
            "Las cortinas se han desteñido en dos meses, el lado del sol está rosa en vez de burdeos.",
            &[ProductReview],
        ),
        (
            Marketplace::Uk,
            Fbm,
            2,
            "After a summer by the window the throw is pink instead of red where the sun hits it.",
            &[ProductReview],
        ),
    ];
    assert_each_grounds(cases);
}
