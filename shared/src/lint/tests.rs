//! Rule-by-rule tests (each rule caught, and ordinary service wording left alone), the fixture
//! walk over `tests/fixtures/lint/`, and a property test that nothing panics.

use std::path::{Path, PathBuf};

use proptest::prelude::*;

use super::*;
use crate::{CampaignKind, Marketplace};

fn any_kind() -> LintContext {
    LintContext::default()
}

fn kind(k: CampaignKind) -> LintContext {
    LintContext::for_kind(k)
}

fn rules(src: &str, ctx: &LintContext) -> Vec<&'static str> {
    lint_source(src, ctx).into_iter().map(|f| f.rule).collect()
}

#[track_caller]
fn assert_fires(src: &str, ctx: &LintContext, rule: &str) {
    let found = lint_source(src, ctx);
    assert!(
        found.iter().any(|f| f.rule == rule),
        "expected {rule} for {src:?}, got {found:#?}"
    );
}

#[track_caller]
fn assert_silent(src: &str, ctx: &LintContext, rule: &str) {
    let found = lint_source(src, ctx);
    assert!(
        !found.iter().any(|f| f.rule == rule),
        "expected no {rule} for {src:?}, got {found:#?}"
    );
}

/// A review request that must have no error, read with `locale`'s table and with every table.
#[track_caller]
fn assert_clean_review_request(locale: &str, src: &str) {
    let rr = kind(CampaignKind::ReviewRequest);
    for ctx in [rr.clone().with_locale(locale), rr] {
        let found = lint_source(src, &ctx);
        assert!(!has_errors(&found), "{src:?} gave {found:#?}");
    }
}

#[track_caller]
fn assert_clean(src: &str, ctx: &LintContext) {
    let found = lint_source(src, ctx);
    assert!(
        found.is_empty(),
        "expected no findings for {src:?}, got {found:#?}"
    );
}

// --- review-steering -------------------------------------------------------------------------

#[test]
fn steering_is_caught_in_many_wordings() {
    for src in [
        "Please leave us a 5-star review.",
        "We hope you'll give us five stars!",
        "A five star rating would mean the world.",
        "Please leave positive feedback.",
        "A good rating helps our small shop.",
        "Would you rate us 5 stars?",
        "★★★★★ is what we aim for",
        "Give us ★5 please",
        "Anything less than five stars hurts us.",
        "Please don't leave negative feedback.",
        "Please do not leave a bad review, contact us.",
        "星5つのレビューをお願いします。",
        "★５をつけていただけると嬉しいです。",
        "高評価をお願いいたします。",
        "良い評価をお願いします。",
        "5つ星のレビューをいただけると幸いです。",
        "Bitte geben Sie uns 5 Sterne.",
        "Über fünf Sterne würden wir uns freuen.",
        "Wir freuen uns über eine positive Bewertung.",
        "Eine gute Bewertung hilft uns sehr.",
        "Bitte keine negative Bewertung abgeben.",
    ] {
        assert_fires(src, &any_kind(), rule::REVIEW_STEERING);
    }
}

#[test]
fn neutral_review_wording_is_not_steering() {
    for src in [
        "Your honest review helps other buyers.",
        "Every review, positive or negative, helps us improve.",
        "Ihre ehrliche Bewertung hilft anderen Käufern.",
        "率直なご感想をお聞かせください。",
        "Thanks for buying {{ product.title }}.",
        "Thanks for buying {{ product.title | default(value=\"5 Star Pillow\") }}.",
    ] {
        assert_silent(
            src,
            &kind(CampaignKind::ReviewRequest),
            rule::REVIEW_STEERING,
        );
    }
}

// --- review-gating ---------------------------------------------------------------------------

#[test]
fn gating_is_caught() {
    for src in [
        "If you are happy with your purchase, please leave a review. If not, contact us first.",
        "If you love it, we'd appreciate a review on Amazon.",
        "If everything went well, please rate us.",
        "Please contact us before leaving a review if anything is wrong.",
        "Before leaving feedback, please reach out to us.",
        "ご満足いただけましたら、レビューをお願いいたします。",
        "評価をされる前に、まずはご連絡ください。",
        "Wenn Sie mit dem Produkt zufrieden sind, hinterlassen Sie bitte eine Bewertung.",
        "Bevor Sie eine Bewertung abgeben, kontaktieren Sie uns bitte.",
        "{% if order.rating >= 4 %}Please leave a review: {{ links.product_review }}{% endif %}",
    ] {
        assert_fires(src, &kind(CampaignKind::ReviewRequest), rule::REVIEW_GATING);
    }
}

#[test]
fn offering_help_is_not_gating() {
    for src in [
        "If you are not satisfied, please contact us. We would appreciate your honest review: {{ links.product_review }}",
        "If anything is wrong, reply to this email and we will send a replacement or refund.",
        "We hope you love it! When you have a moment, an honest review helps other buyers.",
        "If you have any questions, just reply to this email.",
        "{% if buyer.first_name %}Hi {{ buyer.first_name }}{% else %}Hi there{% endif %}, please leave a review: {{ links.product_review }}",
    ] {
        assert_silent(src, &kind(CampaignKind::ReviewRequest), rule::REVIEW_GATING);
    }
}

#[test]
fn reassurance_on_a_bad_review_is_not_a_plea() {
    let rr = kind(CampaignKind::ReviewRequest);
    let ask = "Please leave an honest review: {{ links.product_review }}";
    // A buyer's question on a bad review, turned down and settled with "any review is fine";
    // help offered whenever the review comes.
    for src in [
        format!("{ask}\n\nShould a critical review worry me?\nNo. Whatever you write is fine with us."),
        format!("{ask}\n\nWill a bad review cost me the warranty?\nNot at all: it stands, whatever you write."),
        format!("{ask}\n\nA loose hinge? Write to us at {{{{ links.contact }}}} before or after you review it."),
    ] {
        assert_silent(&src, &rr, rule::REVIEW_GATING);
    }
    // A question that talks the buyer out of a bad review still pleads, and so does "before or
    // instead of a review".
    for src in [
        format!("{ask}\n\nWhy leave a bad review?\nWhatever your experience, we are here for you."),
        format!("{ask}\n\nThinking about a bad review? Whatever you think, talk to us first."),
        format!(
            "{ask}\n\nA loose hinge? Write to us at {{{{ links.contact }}}} before you review it."
        ),
    ] {
        assert_fires(&src, &rr, rule::REVIEW_GATING);
    }
}

// --- review-incentive ------------------------------------------------------------------------

#[test]
fn incentives_for_reviews_are_caught() {
    for src in [
        "Leave a review and get a $10 gift card!",
        "We will refund your order for a review.",
        "Send us a screenshot of your review and we'll send a free gift.",
        "Write a review. We'll then send you a coupon for your next order.",
        "In exchange for your honest review we offer a discount.",
        "Get your money back when you post a review.",
        "We'll give you a free product if you change your feedback.",
        "レビューを書いていただければ返金いたします。",
        "レビューを投稿いただいた方にクーポンをプレゼント。",
        "ご評価いただいた方には割引をご用意しています。",
        "Für eine Bewertung erhalten Sie einen Gutschein.",
        "Erstattung für eine Bewertung.",
        "Nach Ihrer Bewertung bekommen Sie das Produkt kostenlos.",
        "Write a review of the lamp. We will then refund half of your order.",
    ] {
        assert_fires(src, &any_kind(), rule::REVIEW_INCENTIVE);
    }
}

#[test]
fn service_refunds_are_not_incentives() {
    for src in [
        "If anything is wrong, reply to this email and we will send a replacement or refund.",
        "We refund you if the item is broken.",
        "Bei Problemen bieten wir Rückerstattung oder Ersatz an.",
        "不具合がございましたら、返金または交換いたします。",
        "The item is free of defects.",
        "Feel free to contact us, we're free to help.",
        "If anything is wrong, just reply and we'll send a replacement or refund, and an honest review helps other buyers.",
        "We will review your refund request within a day.",
        "Please leave an honest review. Then enjoy your lamp; we refund you if it breaks.",
        "Your review helps others. Refunds are available for 30 days if anything is wrong.",
    ] {
        assert_silent(src, &kind(CampaignKind::ReviewRequest), rule::REVIEW_INCENTIVE);
    }
}

#[test]
fn an_offer_once_the_review_is_posted_is_an_incentive_not_a_gate() {
    let rr = kind(CampaignKind::ReviewRequest);
    for src in [
        "Once you have posted your review, we will send you a spare lid: {{ links.product_review }}",
        "As soon as you've written your review, we'll send you a free spatula.",
        "Once your review is online, we will send you a second sponge: {{ links.product_review }}",
        "Sobald Ihre Bewertung online ist, schicken wir Ihnen einen Ersatzbeutel: {{ links.product_review }}",
    ] {
        assert_fires(src, &rr, rule::REVIEW_INCENTIVE);
        assert_silent(src, &rr, rule::REVIEW_GATING);
    }
    // A liking named beside it still gates.
    assert_fires(
        "If you loved it, once you have posted your review we will send you a spare lid: {{ links.product_review }}",
        &rr,
        rule::REVIEW_GATING,
    );
}

// --- review-request-wrong-kind / review-request-repeated --------------------------------------

#[test]
fn only_review_request_may_ask() {
    for src in [
        "Please leave a review when you have time.",
        "Your review: {{ links.product_review }}",
        "Please leave seller feedback.",
        "レビューを書いていただけますと幸いです。",
        "Bitte hinterlassen Sie eine Bewertung.",
        "Subject: Please rate the product\nHello",
    ] {
        assert_fires(
            src,
            &kind(CampaignKind::FollowUp),
            rule::REVIEW_REQUEST_WRONG_KIND,
        );
        assert_silent(
            src,
            &kind(CampaignKind::ReviewRequest),
            rule::REVIEW_REQUEST_WRONG_KIND,
        );
        assert_silent(src, &any_kind(), rule::REVIEW_REQUEST_WRONG_KIND);
    }
}

#[test]
fn sentiment_questions_are_not_review_requests() {
    for src in [
        "How do you like your new lamp? We welcome your feedback and suggestions: just reply.",
        "Please review the safety notes before first use.",
        "We'd love to hear your thoughts on how we can improve.",
        "ご感想やご要望があれば、このメールにご返信ください。",
        "Wie gefällt Ihnen die Lampe? Antworten Sie einfach auf diese E-Mail.",
    ] {
        assert_silent(
            src,
            &kind(CampaignKind::SentimentCheck),
            rule::REVIEW_REQUEST_WRONG_KIND,
        );
    }
}

#[test]
fn asking_twice_is_caught() {
    let twice = "Please leave a review: {{ links.product_review }}\n\nThanks again for your order. We ship fast and pack carefully. Our team checks every lamp.\n\nP.S. Don't forget to write a review!";
    assert_fires(
        twice,
        &kind(CampaignKind::ReviewRequest),
        rule::REVIEW_REQUEST_REPEATED,
    );
    let both = "Please leave a review of the product and seller feedback.";
    assert_fires(
        both,
        &kind(CampaignKind::ReviewRequest),
        rule::REVIEW_REQUEST_REPEATED,
    );
    let both_links = "Review: {{ links.product_review }} Feedback: {{ links.seller_feedback }}";
    assert_fires(
        both_links,
        &kind(CampaignKind::ReviewRequest),
        rule::REVIEW_REQUEST_REPEATED,
    );
}

#[test]
fn the_sellers_own_grading_is_no_second_ask() {
    let rr = LintContext {
        locale: Some("en-US".into()),
        ..kind(CampaignKind::ReviewRequest)
    };
    let graded = "Subject: Beans from {{ store.name }}\n\nHi,\n\nBefore we switched, our team tried three roasts, and every batch still gets cupped before it leaves us: we taste it and give it an internal flavour rating. Only good batches go out.\n\nYou can leave a review of the beans on Amazon here: {{ links.product_review }}\n\nBye";
    assert_silent(graded, &rr, rule::REVIEW_REQUEST_REPEATED);
    // The buyer asked twice is still asked twice.
    let twice = "Please leave a review of the beans here: {{ links.product_review }}\n\nThanks for coming back to us. Every batch still gets cupped before it leaves us.\n\nP.S. Do give it an honest rating!";
    assert_fires(twice, &rr, rule::REVIEW_REQUEST_REPEATED);
}

#[test]
fn asks_in_two_branches_of_one_if_are_one_request() {
    let rr = kind(CampaignKind::ReviewRequest);
    let branches = "Hello,\n{% if item_count > 1 %}\nWhen the set has been in use a while, please review it: {{ links.product_review }}\n{% elif buyer.has_name %}\nWe'd be glad of an honest review, {{ buyer.first_name }}: {{ links.product_review }}\n{% else %}\nIf you have a minute, leave a review: {{ links.product_review }}\n{% endif %}\nThanks for your order.";
    assert_silent(branches, &rr, rule::REVIEW_REQUEST_REPEATED);
    // One branch that asks, one that asks for seller feedback: one or the other is sent.
    let either = "{% if tracking.number %}Please leave a review: {{ links.product_review }}{% else %}Please leave seller feedback: {{ links.seller_feedback }}{% endif %}";
    assert_silent(either, &rr, rule::REVIEW_REQUEST_REPEATED);
    // An ask after the block, or in two ifs one after the other, is sent beside the first.
    let after = format!("{branches}\n\nP.S. Don't forget to write a review!");
    assert_fires(&after, &rr, rule::REVIEW_REQUEST_REPEATED);
    let two_ifs = "{% if item_count > 1 %}Please review the set: {{ links.product_review }}{% endif %}\n\nOur team checks every kettle before it ships.\n\n{% if buyer.has_name %}Please write a review, {{ buyer.first_name }}!{% endif %}";
    assert_fires(two_ifs, &rr, rule::REVIEW_REQUEST_REPEATED);
    // A branch inside a branch is still apart from the outer block's other branch.
    let nested = "{% if item_count > 1 %}{% if buyer.has_name %}Please review the set: {{ links.product_review }}{% endif %}{% else %}Please review it: {{ links.product_review }}{% endif %}";
    assert_silent(nested, &rr, rule::REVIEW_REQUEST_REPEATED);
}

#[test]
fn an_ask_and_its_translation_are_one_request() {
    let rr = kind(CampaignKind::ReviewRequest);
    // The same ask in each version of a bilingual email: a buyer reads one of them.
    let both = "Hola:\n\nGracias por tu pedido. Para cambiar el grosor del molido, gira la rueda de la base.\n\nNos ayudaría mucho que dejaras una reseña sincera: {{ links.product_review }}\n\n---\n\nHi,\n\nThanks for your order. To change the grind, turn the wheel at the base.\n\nWe'd be grateful if you left an honest review: {{ links.product_review }}";
    assert_silent(both, &rr, rule::REVIEW_REQUEST_REPEATED);
    // A second ask in the same version is still a second ask.
    let again = format!("{both}\n\nWe ship fast and pack every mill with care for the trip.\n\nP.S. Don't forget to write a review of the mill!");
    assert_fires(&again, &rr, rule::REVIEW_REQUEST_REPEATED);
    // So is an ask in a language the email has no version in, one line of it only.
    let stray = "Please leave a review: {{ links.product_review }}\n\nThanks again for your order. We ship fast and pack carefully.\n\nBitte schreiben Sie uns auch eine Bewertung, wir freuen uns sehr darüber!";
    assert_fires(stray, &rr, rule::REVIEW_REQUEST_REPEATED);
}

#[test]
fn one_ask_with_its_link_is_one_request() {
    let once = "When you have a moment, we'd appreciate your honest review.\nLeave a review here: {{ links.product_review }}\nYour honest review helps other buyers.";
    assert_silent(
        once,
        &kind(CampaignKind::ReviewRequest),
        rule::REVIEW_REQUEST_REPEATED,
    );
    let html = r#"<p>Would you mind writing a review?</p><p><a href="{{ links.product_review }}" style="padding:10px;background:#ff9900">Write a review</a></p>"#;
    assert_silent(
        html,
        &kind(CampaignKind::ReviewRequest),
        rule::REVIEW_REQUEST_REPEATED,
    );
}

// --- feedback-change-request -----------------------------------------------------------------

#[test]
fn feedback_change_requests_are_caught() {
    for src in [
        "Could you please remove your negative feedback?",
        "We'd be grateful if you updated your review.",
        "Would you consider changing your rating to 5 stars?",
        "Please get the feedback removed.",
        "評価を削除していただけないでしょうか。",
        "レビューの変更をお願いします。",
        "Könnten Sie Ihre Bewertung ändern?",
        "Bitte löschen Sie Ihre Bewertung.",
        "Bitte entfernen Sie das Feedback.",
    ] {
        assert_fires(src, &any_kind(), rule::FEEDBACK_CHANGE_REQUEST);
    }
    for src in [
        "Please remove the protective film before use.",
        "If you change your mind, you can return the item.",
        "Bitte entfernen Sie die Schutzfolie.",
    ] {
        assert_silent(src, &any_kind(), rule::FEEDBACK_CHANGE_REQUEST);
    }
}

// --- links, contacts, images -----------------------------------------------------------------

#[test]
fn off_platform_links_are_caught() {
    for src in [
        "Visit https://www.mystore.com/support for help.",
        "Manual: www.mystore.com/manual",
        "Manual: mystore.com",
        "マニュアルはmystore.jpからダウンロードできます。",
        r#"<a href="https://shop.example.com/x">Help</a>"#,
        r#"<a href='//tracker.example.net/c'>x</a>"#,
        r#"<link rel="stylesheet" href="https://fonts.example.com/a.css">"#,
    ] {
        assert_fires(src, &any_kind(), rule::OFF_PLATFORM_LINK);
    }
}

#[test]
fn marketplace_links_are_fine() {
    for src in [
        "See https://www.amazon.com/dp/B0EXAMPLE1 for details.",
        "Review: {{ links.product_review }}",
        r#"<a href="{{ links.product_page }}">your lamp</a>"#,
        r#"<a href="{{ links.contact_seller }}?ref=mail">contact us</a>"#,
        "Amazon.co.jp でご購入いただきありがとうございます。",
        "Model no. 1.5, size 10-20 cm, e.g. for desks.",
        "Open the file manual.pdf first.",
    ] {
        assert_silent(src, &any_kind(), rule::OFF_PLATFORM_LINK);
    }
}

#[test]
fn links_must_match_the_campaign_marketplace() {
    let ctx = LintContext {
        marketplaces: vec![Marketplace::De],
        ..LintContext::default()
    };
    assert_fires(
        "https://www.amazon.com/dp/B0",
        &ctx,
        rule::OFF_PLATFORM_LINK,
    );
    assert_silent("https://www.amazon.de/dp/B0", &ctx, rule::OFF_PLATFORM_LINK);
}

#[test]
fn carrier_hosts_can_be_allowed() {
    let ctx = LintContext {
        extra_allowed_hosts: vec!["www.ups.com".into()],
        ..LintContext::default()
    };
    let src = "Track it: https://www.ups.com/track?tracknum=1Z999";
    assert_silent(src, &ctx, rule::OFF_PLATFORM_LINK);
    assert_fires(src, &any_kind(), rule::OFF_PLATFORM_LINK);
}

#[test]
fn non_link_variables_in_href_warn() {
    let found = lint_source(r#"<a href="{{ store.website }}">shop</a>"#, &any_kind());
    let f = found.iter().find(|f| f.rule == rule::OFF_PLATFORM_LINK);
    assert_eq!(f.map(|f| f.severity), Some(Severity::Warning), "{found:#?}");
}

#[test]
fn contacts_are_caught() {
    for src in [
        "Write to support@mystore.com any time.",
        "Mail: support (at) mystore (dot) com",
        r#"<a href="mailto:{{ store.email }}">email us</a>"#,
        "Call us at (555) 123-4567.",
        "Call 1-800-555-0199 today.",
        "Phone: +1 555 123 4567",
        "お電話：03-1234-5678",
        "フリーダイヤル ０１２０－１２３－４５６",
        "Rufen Sie uns an: 030 12345678",
        "Telefon: +49 (0)30 1234567",
        "Add us on WhatsApp for faster help.",
        "LINE公式アカウントからお問い合わせください。",
    ] {
        assert_fires(src, &any_kind(), rule::OFF_PLATFORM_CONTACT);
    }
}

#[test]
fn numbers_that_are_not_phones_pass() {
    for src in [
        "Order 113-1234567-1234567 ships on 2026-11-03.",
        "Fits tables 10-20 cm thick; 120 x 60 x 75 cm.",
        "Ihre Bestellung vom 03.11.2026, Lieferung 13:00-15:00 Uhr.",
        "Reply to this email and we will help.",
        "Tracking: 1Z999AA10123456784",
        "{{ buyer.email }}",
    ] {
        assert_silent(src, &any_kind(), rule::OFF_PLATFORM_CONTACT);
    }
}

#[test]
fn images_must_come_from_amazon_or_variables() {
    assert_fires(
        r#"<img src="https://cdn.mystore.com/logo.png">"#,
        &any_kind(),
        rule::OFF_PLATFORM_IMAGE,
    );
    assert_fires(
        r#"<td style="background-image:url('https://cdn.mystore.com/bg.png')">x</td>"#,
        &any_kind(),
        rule::OFF_PLATFORM_IMAGE,
    );
    for src in [
        r#"<img src="https://m.media-amazon.com/images/I/abc.jpg" alt="">"#,
        r#"<img src="https://images-na.ssl-images-amazon.com/images/I/x.jpg">"#,
        r#"<img src="{{ product.image }}" width="200">"#,
        r#"<img src="cid:logo">"#,
    ] {
        assert_clean(src, &any_kind());
    }
}

#[test]
fn tiny_or_hidden_images_are_tracking_pixels() {
    for src in [
        r#"<img src="https://m.media-amazon.com/p.gif" width="1" height="1">"#,
        r#"<img src="{{ product.image }}" width=0>"#,
        r#"<img src="https://t.example.com/o.gif" style="display:none">"#,
        r#"<img src="https://t.example.com/o.gif" style="width:1px;height:1px">"#,
    ] {
        assert_fires(src, &any_kind(), rule::TRACKING_PIXEL);
    }
    assert_silent(
        r#"<img src="{{ product.image }}" style="width:100px;max-width:100%">"#,
        &any_kind(),
        rule::TRACKING_PIXEL,
    );
}

#[test]
fn images_linking_off_amazon_are_caught() {
    let src = r#"<a href="https://www.mystore.com"><img src="{{ store.logo }}"></a>"#;
    assert_fires(src, &any_kind(), rule::OFF_PLATFORM_IMAGE_LINK);
    let ok = r#"<a href="{{ links.product_page }}"><img src="{{ product.image }}"></a><img src="{{ store.logo }}">"#;
    assert_clean(ok, &any_kind());
}

// --- marketing -------------------------------------------------------------------------------

#[test]
fn marketing_is_caught() {
    for src in [
        "Check out our other products!",
        "New arrival: the desk lamp pro.",
        "Our summer sale starts today.",
        "Use code SAVE10 on your next order.",
        "Follow us on Instagram for tips.",
        "You might also like our lamp shades.",
        "Here is a free gift for you.",
        "新商品のご案内です。",
        "セール開催中です。",
        "インスタグラムのフォローをお願いします。",
        "次回使える10%オフクーポンをプレゼントいたします。",
        "Schauen Sie sich gerne unsere anderen Produkte an.",
        "Mit dem Code SPAR10 erhalten Sie Rabatt.",
        "Folgen Sie uns auf Instagram.",
        "Wir haben ein Geschenk für Sie: ein Gutschein.",
    ] {
        assert_fires(src, &any_kind(), rule::MARKETING);
    }
}

#[test]
fn service_wording_is_not_marketing() {
    for src in [
        "Our after-sales team is here to help.",
        "フォローアップのご連絡です。セールスの連絡ではありません。",
        "Thank you for choosing us again.",
        "Did you buy it as a gift? We hope they love it.",
        "ご家族へのプレゼントとしてご購入いただきありがとうございます。",
        "Wir senden Ihnen kostenlos ein Ersatzteil.",
        "Falls weitere Artikel fehlen, antworten Sie bitte.",
        "お得意様へ、いつもありがとうございます。",
    ] {
        assert_silent(src, &any_kind(), rule::MARKETING);
    }
}

#[test]
fn a_review_incentive_is_not_also_reported_as_marketing() {
    let found = rules("Leave a review and get a coupon.", &any_kind());
    assert!(found.contains(&rule::REVIEW_INCENTIVE), "{found:?}");
    assert!(!found.contains(&rule::MARKETING), "{found:?}");
}

// --- subject rules ---------------------------------------------------------------------------

#[test]
fn reply_prefixes_in_subjects_are_caught() {
    for subject in [
        "Re: your order",
        "RE: {{ store.name }}",
        "Fwd: tips",
        "AW: Ihre Bestellung",
        "WG: Ihre Bestellung",
        "「Re:」ご注文について",
        "ＲＥ：ご注文",
    ] {
        let src = format!("Subject: {subject}\nHello");
        assert_fires(&src, &any_kind(), rule::SUBJECT_REPLY_PREFIX);
    }
    assert_silent(
        "Subject: Regarding your {{ store.name }} order\nHi",
        &any_kind(),
        rule::SUBJECT_REPLY_PREFIX,
    );
    assert_silent(
        "Re: the body is not the subject",
        &any_kind(),
        rule::SUBJECT_REPLY_PREFIX,
    );
}

#[test]
fn important_tag_depends_on_the_kind() {
    let src = "Subject: [Important] {{ store.name }}: how is your lamp?\nHi";
    let at = |ctx: &LintContext| {
        lint_source(src, ctx)
            .into_iter()
            .find(|f| f.rule == rule::SUBJECT_IMPORTANT_TAG)
            .map(|f| f.severity)
    };
    assert_eq!(at(&kind(CampaignKind::FollowUp)), Some(Severity::Error));
    assert_eq!(at(&kind(CampaignKind::ShipmentNotice)), None);
    // Unknown kind (a single file linted without --kind): the tag is refused until the kind
    // says the message is needed for the order.
    assert_eq!(at(&any_kind()), Some(Severity::Error));
    for tag in [
        "【重要】",
        "[Wichtig]",
        "[URGENT]",
        "Important:",
        "(Important)",
        "【Urgent】",
        "[Importante]",
        "[Urgente]",
        "<<Wichtig>>",
        "「至急」",
        "*Important*",
    ] {
        let src = format!("Subject: {tag} {{{{ store.name }}}}\nHi");
        assert_fires(
            &src,
            &kind(CampaignKind::FollowUp),
            rule::SUBJECT_IMPORTANT_TAG,
        );
    }
}

#[test]
fn subject_should_name_the_store() {
    let found = lint_source("Subject: Your order\nHi", &any_kind());
    let f = found
        .iter()
        .find(|f| f.rule == rule::SUBJECT_MISSING_STORE_NAME);
    assert_eq!(
        f.map(|f| (f.severity, f.line, f.col)),
        Some((Severity::Warning, 1, 9))
    );
    assert_silent(
        "Subject: {{ store.name }}: your order\nHi",
        &any_kind(),
        rule::SUBJECT_MISSING_STORE_NAME,
    );
    assert_silent(
        "No subject line here",
        &any_kind(),
        rule::SUBJECT_MISSING_STORE_NAME,
    );
}

// --- tone ------------------------------------------------------------------------------------

#[test]
fn shouting_and_exclamations_warn() {
    let found = lint_source("PLEASE READ THIS CAREFULLY before use", &any_kind());
    assert_eq!(
        found.first().map(|f| (f.rule, f.severity)),
        Some((rule::SHOUTING_CAPS, Severity::Warning))
    );
    assert_fires("Thank you!!!", &any_kind(), rule::EXCLAMATION_PILE);
    assert_fires(
        "ありがとうございます！！！",
        &any_kind(),
        rule::EXCLAMATION_PILE,
    );
    assert_silent("Thank you! Enjoy!", &any_kind(), rule::EXCLAMATION_PILE);
    assert_silent(
        "Connect the USB LED PDF guide.",
        &any_kind(),
        rule::SHOUTING_CAPS,
    );
    assert_silent(
        "Ships via FBA to the US and UK.",
        &any_kind(),
        rule::SHOUTING_CAPS,
    );
}

// --- what counts as text ----------------------------------------------------------------------

#[test]
fn markup_and_comments_are_not_text() {
    for src in [
        "<style>.five-stars { color: gold } .sale { }</style><p>Hello</p>",
        "{# TODO: ask for 5 stars? no! #}Hello",
        "<!-- old copy: leave us 5 stars -->Hello",
        "{% set label = \"5 stars\" %}Hello",
        r#"<p class="sale-banner five-star">Hello</p>"#,
    ] {
        assert_clean(src, &any_kind());
    }
}

#[test]
fn alt_and_title_text_is_read() {
    assert_fires(
        r#"<img src="{{ product.image }}" alt="Please leave us 5 stars">"#,
        &any_kind(),
        rule::REVIEW_STEERING,
    );
    assert_fires(
        r#"<a href="{{ links.product_page }}" title="Our summer sale">x</a>"#,
        &any_kind(),
        rule::MARKETING,
    );
}

// --- API -------------------------------------------------------------------------------------

#[test]
fn positions_are_file_lines_and_char_columns() {
    let src = "Subject: Re: 注文 {{ store.name }}\nこんにちは。\n星5つのレビューをお願いします。";
    let found = lint_source(src, &kind(CampaignKind::ReviewRequest));
    let prefix = found.iter().find(|f| f.rule == rule::SUBJECT_REPLY_PREFIX);
    assert_eq!(
        prefix.map(|f| (f.part, f.line, f.col)),
        Some((Part::Subject, 1, 10))
    );
    let steer = found.iter().find(|f| f.rule == rule::REVIEW_STEERING);
    assert_eq!(
        steer.map(|f| (f.part, f.line, f.col)),
        Some((Part::Body, 3, 1))
    );

    let html = "<p>Hi {{ buyer.first_name }},</p><p>Leave 5 stars</p>";
    let f = lint_source(html, &any_kind())
        .into_iter()
        .find(|f| f.rule == rule::REVIEW_STEERING);
    assert_eq!(f.map(|f| (f.line, f.col)), Some((1, 43)));
}

#[test]
fn parts_report_in_their_own_coordinates() {
    let found = lint_parts(
        Some("Fwd: {{ store.name }}"),
        "Hi\nLeave 5 stars",
        &any_kind(),
    );
    let subject = found.iter().find(|f| f.rule == rule::SUBJECT_REPLY_PREFIX);
    assert_eq!(
        subject.map(|f| (f.part, f.line, f.col)),
        Some((Part::Subject, 1, 1))
    );
    let body = found.iter().find(|f| f.rule == rule::REVIEW_STEERING);
    assert_eq!(
        body.map(|f| (f.part, f.line, f.col)),
        Some((Part::Body, 2, 7))
    );
    assert_eq!(lint_parts(None, "Hi", &any_kind()), Vec::new());
}

#[test]
fn subject_line_is_case_insensitive_and_crlf_safe() {
    let found = lint_source("\u{feff}subject: RE: hi\r\nBody\r\n", &any_kind());
    assert!(
        found
            .iter()
            .any(|f| f.rule == rule::SUBJECT_REPLY_PREFIX && f.col == 10),
        "{found:#?}"
    );
}

#[test]
fn errors_and_formatting() {
    let found = lint_source("Leave 5 stars", &any_kind());
    assert!(has_errors(&found));
    assert!(!has_errors(&lint_source(
        "THANK YOU SO MUCH FOR ORDERING",
        &any_kind()
    )));
    let line = found
        .first()
        .map(|f| format_finding("t/review_request.en-US.txt", f));
    assert_eq!(
        line.as_deref(),
        Some("t/review_request.en-US.txt:1:7: error[review-steering]: steers the rating (\"5 stars\"): ask for an honest review, never a positive or 5-star one")
    );
    assert_eq!(Severity::Warning.to_string(), "warning");
    let json = serde_json::to_string(&found[0]).unwrap_or_default();
    assert!(
        json.contains("\"severity\":\"error\"") && json.contains("\"part\":\"body\""),
        "{json}"
    );
}

#[test]
fn kinds_come_from_file_names() {
    assert_eq!(
        kind_from_file_name("review_request.en-US.txt"),
        Some(CampaignKind::ReviewRequest)
    );
    assert_eq!(
        kind_from_file_name("templates/follow_up/ja-JP.html"),
        Some(CampaignKind::FollowUp)
    );
    assert_eq!(
        kind_from_file_name("shipment-notice.de-DE.tera"),
        Some(CampaignKind::ShipmentNotice)
    );
    assert_eq!(kind_from_file_name("bad-review-steering-1.txt"), None);
}

#[test]
fn every_rule_is_listed_once() {
    let mut ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), RULES.len());
}

// --- fixtures --------------------------------------------------------------------------------

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/lint")
}

/// `bad-review-steering-2.txt` -> `review-steering`.
fn rule_of_fixture(name: &str) -> Option<&str> {
    let stem = name.strip_prefix("bad-")?.split('.').next()?;
    let (rule, n) = stem.rsplit_once('-')?;
    n.parse::<u32>().ok().map(|_| rule)
}

/// `clean-shipment_notice-1.txt` -> the kind a clean fixture is written for, if it names one.
fn kind_of_clean_fixture(name: &str) -> Option<CampaignKind> {
    let stem = name.strip_prefix("clean-")?.split('.').next()?;
    let (kind, _) = stem.rsplit_once('-')?;
    kind.parse().ok()
}

/// The context a fixture is linted in: the kind is unknown, except where the rule needs one.
fn fixture_context(rule: Option<&str>) -> LintContext {
    match rule {
        Some(rule::REVIEW_REQUEST_WRONG_KIND) => kind(CampaignKind::FollowUp),
        _ => any_kind(),
    }
}

const FIXTURE_LANGS: [&str; 6] = ["en", "ja", "de", "fr", "it", "es"];

/// Every fixture of one language folder: (file name, contents).
fn fixtures_of(lang: &str) -> Vec<(String, String)> {
    let dir = fixture_dir().join(lang);
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    entries
        .into_iter()
        .map(|path| {
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_string();
            let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, src)
        })
        .collect()
}

/// The findings of a fixture, one per line, for a failed check's message.
fn listed(shown: &str, found: &[Finding]) -> String {
    found
        .iter()
        .map(|f| format_finding(shown, f))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every violating fixture of `lang` fires its rule both with the language's locale and
/// linted alone, and every clean one stays clean both ways; prints the language's count (seen
/// with `--nocapture`) and returns it. One test per language, so the six run side by side.
fn check_fixtures(lang: &str) -> usize {
    let (mut bad, mut clean) = (0, 0);
    for (name, src) in fixtures_of(lang) {
        let shown = format!("{lang}/{name}");
        if let Some(rule) = rule_of_fixture(&name) {
            assert!(
                RULES.iter().any(|r| r.id == rule),
                "{shown}: unknown rule {rule}"
            );
            // Caught as a config reads it (the language's own table) and as a lone file is
            // read (the tables of the language it is written in).
            let (alone, own) = lint_source_both_ways(&src, &fixture_context(Some(rule)), lang);
            for (how, found) in [("with its locale", own), ("alone", alone)] {
                assert!(
                    found
                        .iter()
                        .any(|f| f.rule == rule && f.severity == Severity::Error),
                    "{shown}: expected error {rule} {how}, got:\n{}",
                    listed(&shown, &found)
                );
            }
            bad += 1;
        } else if name.starts_with("clean-") {
            let ctx = LintContext {
                kind: kind_of_clean_fixture(&name),
                ..LintContext::default()
            };
            let (alone, mut found) = lint_source_both_ways(&src, &ctx, lang);
            found.extend(alone);
            assert!(
                !has_errors(&found),
                "{shown}: expected no errors, got:\n{}",
                listed(&shown, &found)
            );
            clean += 1;
        } else {
            panic!("{shown}: fixtures are named bad-<rule-id>-N.*, clean-N.* or clean-<kind>-N.*");
        }
    }
    assert!(
        bad >= 6 && clean >= 3,
        "{lang}: {bad} violating and {clean} clean fixtures"
    );
    println!("{lang}: {bad}/{bad} violations caught, {clean}/{clean} clean kept clean");
    bad + clean
}

#[test]
fn en_fixtures_fire_their_rule_and_clean_ones_pass() {
    check_fixtures("en");
}

#[test]
fn ja_fixtures_fire_their_rule_and_clean_ones_pass() {
    check_fixtures("ja");
}

#[test]
fn de_fixtures_fire_their_rule_and_clean_ones_pass() {
    check_fixtures("de");
}

#[test]
fn fr_fixtures_fire_their_rule_and_clean_ones_pass() {
    check_fixtures("fr");
}

#[test]
fn it_fixtures_fire_their_rule_and_clean_ones_pass() {
    check_fixtures("it");
}

#[test]
fn es_fixtures_fire_their_rule_and_clean_ones_pass() {
    check_fixtures("es");
}

/// Every language folder of fixtures has its test above (the holdout corpora have their own),
/// and the folders hold enough fixtures between them.
#[test]
fn every_fixture_language_is_checked() {
    let mut folders: Vec<String> = std::fs::read_dir(fixture_dir())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| !name.starts_with("holdout"))
        .collect();
    folders.sort();
    let mut tested = FIXTURE_LANGS.map(String::from).to_vec();
    tested.sort();
    assert_eq!(folders, tested, "a fixture folder without its test");
    let total: usize = FIXTURE_LANGS.iter().map(|l| fixtures_of(l).len()).sum();
    assert!(total >= 100, "{total} fixtures");
}

/// The locale only chooses the tables: two contexts that read a template with the same tables
/// give the same findings, which lets `lint_source_both_ways` lint such a template once.
/// Checked on every twentieth fixture of every language; an English email with a French locale is
/// read with the French table as well, so readings do differ.
#[test]
fn the_same_reading_gives_the_same_findings() {
    let (mut same, mut differ) = (0, 0);
    for lang in FIXTURE_LANGS {
        for (name, src) in fixtures_of(lang).into_iter().step_by(20) {
            let alone = fixture_context(rule_of_fixture(&name));
            let own = alone.clone().with_locale(lang);
            if reading(&src, &alone) == reading(&src, &own) {
                assert_eq!(
                    lint_source(&src, &alone),
                    lint_source(&src, &own),
                    "{lang}/{name}"
                );
                same += 1;
            } else {
                differ += 1;
            }
        }
    }
    assert!(same > 40, "{same} fixtures read the same way, {differ} not");
    let english = "Subject: Your kettle from {{ store.name }}\n\nThank you for your order. Tell us how it goes.";
    let ctx = LintContext::default();
    assert_eq!(reading(english, &ctx).tables, ["en"]);
    assert_eq!(
        reading(english, &ctx.clone().with_locale("fr-FR")).tables,
        ["fr", "en"]
    );
}

// --- properties ------------------------------------------------------------------------------

fn within(src: &str, f: &Finding) -> bool {
    let lines: Vec<&str> = src.split('\n').collect();
    f.line >= 1
        && f.line <= lines.len()
        && f.col >= 1
        && f.col <= lines[f.line - 1].chars().count() + 1
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics(src in "\\PC*") {
        let found = lint_source(&src, &any_kind());
        for f in &found {
            prop_assert!(within(&src, f), "{f:?} outside {src:?}");
        }
    }

    #[test]
    fn template_like_text_never_panics_and_stays_in_bounds(
        src in "(Subject: ?)?([a-zA-Z0-9 \\n.,:;!?'\"<>=/{}%#@&()*★！５＠ー。、レビュー星評価ßäöü-]|\\{\\{ ?[a-z._]{0,12} ?\\}\\}|<a href=\"[^\"]{0,20}\">|<img src=[a-z:/.]{0,20} width=1>|https?://[a-z.]{0,12}){0,60}",
        k in proptest::option::of(0usize..9),
    ) {
        let ctx = LintContext { kind: k.map(|i| CampaignKind::ALL[i]), ..LintContext::default() };
        for f in lint_source(&src, &ctx) {
            prop_assert!(within(&src, &f), "{f:?} outside {src:?}");
        }
        let (subject, body) = src.split_once('\n').unwrap_or(("", &src));
        for f in lint_parts(Some(subject), body, &ctx) {
            let part = if f.part == Part::Subject { subject } else { body };
            prop_assert!(within(part, &f), "{f:?} outside {part:?}");
        }
    }
}

// --- service_recovery: strict after negative feedback -------------------------------------

#[test]
fn service_recovery_refuses_any_feedback_talk_and_any_offer() {
    let sr = kind(CampaignKind::ServiceRecovery);
    let change =
        "Subject: {{ store.name }}: sorry\nOnce it is fixed, could you update your feedback?\n";
    assert_fires(change, &sr, rule::FEEDBACK_CHANGE_REQUEST);
    assert_fires(change, &sr, rule::SERVICE_RECOVERY_FEEDBACK);
    let mention =
        "Subject: {{ store.name }}: sorry\nWe read your review and we are sorry the lamp broke.\n";
    assert_fires(mention, &sr, rule::SERVICE_RECOVERY_FEEDBACK);
    // A reward is an error anywhere in this kind, even where no feedback is mentioned…
    let gift = "Subject: {{ store.name }}: sorry\nWe will add a $10 gift card for the trouble.\n";
    assert_fires(gift, &sr, rule::SERVICE_RECOVERY_OFFER);
    assert_silent(gift, &kind(CampaignKind::FollowUp), rule::REVIEW_INCENTIVE);
    // …while a plain refund or replacement is service, unless the email talks about feedback.
    let refund = "Subject: {{ store.name }}: sorry\nWe can replace it or refund you in full.\n";
    assert!(rules(refund, &sr).is_empty(), "{:?}", rules(refund, &sr));
    let refund_and_feedback =
        "Subject: {{ store.name }}: sorry\nWe saw your feedback. We can refund you in full.\n";
    assert_fires(refund_and_feedback, &sr, rule::SERVICE_RECOVERY_OFFER);
    for src in [
        "Subject: 【{{ store.name }}】お詫び\n評価を削除していただければ、全額返金いたします。\n",
        "Subject: {{ store.name }}: Entschuldigung\nAls Entschuldigung schicken wir Ihnen einen Gutschein.\n",
    ] {
        assert!(has_errors(&lint_source(src, &sr)), "{src}");
    }
    // The kind is known by its file name too.
    assert_eq!(
        kind_from_file_name("service_recovery.en-US.txt"),
        Some(CampaignKind::ServiceRecovery)
    );
}

// --- meaning across sentences and languages --------------------------------------------------

fn in_locale(locale: &str) -> LintContext {
    LintContext::for_kind(CampaignKind::ReviewRequest).with_locale(locale)
}

#[test]
fn gating_is_read_from_what_the_sentences_do() {
    for (locale, src) in [
        ("en-US", "Happy with your purchase? Then we'd love a review! Not happy? Contact us first and we'll make it right."),
        ("en-US", "Satisfied? Then please leave a review."),
        ("en-US", "Everything perfect? Great! Please review it on Amazon."),
        ("en-GB", "If everything arrived in good shape, we'd appreciate a review."),
        ("en-US", "Please leave a review: {{ links.product_review }}\n\nNot happy? Please contact us first."),
        ("en-US", "When you are happy with the lamp, a rating would help us."),
        ("de-DE", "Alles in Ordnung? Dann freuen wir uns über eine Rezension."),
        ("de-DE", "Bevor Sie bewerten, kontaktieren Sie uns."),
        ("ja-JP", "レビューの前に、まずはご連絡ください。"),
        ("ja-JP", "お気に召しましたら、ぜひレビューをお願いします。"),
        ("fr-FR", "Avant de laisser un avis, contactez-nous."),
        ("fr-FR", "Si le produit vous a plu, laissez-nous un avis."),
        ("it-IT", "Prima di lasciare una recensione, ci contatti."),
        ("it-IT", "Se è soddisfatto, lasci una recensione."),
        ("es-ES", "Antes de dejar una reseña, contáctenos."),
        ("es-MX", "Si está satisfecho, déjenos una reseña."),
    ] {
        assert_fires(src, &in_locale(locale), rule::REVIEW_GATING);
        assert_fires(src, &any_kind(), rule::REVIEW_GATING);
    }
}

#[test]
fn incentives_are_read_from_what_the_sentences_do() {
    for (locale, src) in [
        (
            "en-US",
            "As thanks for your review we'll send you a gift card.",
        ),
        (
            "en-US",
            "Once your review is up, we will mail you a gift card.",
        ),
        (
            "en-US",
            "Post your review. We'll send you a little something.",
        ),
        (
            "en-US",
            "We will send you a free replacement. In return, please write a review.",
        ),
        ("en-US", "Leave a review and we'll refund the shipping."),
        (
            "de-DE",
            "Als Dank für Ihre Rezension erhalten Sie eine kleine Aufmerksamkeit.",
        ),
        (
            "ja-JP",
            "レビューのお礼として、ギフトカードをお送りします。",
        ),
        (
            "fr-FR",
            "En remerciement de votre avis, nous vous offrons une réduction.",
        ),
        ("it-IT", "Per la sua recensione riceverà uno sconto."),
        ("es-ES", "Por su reseña le enviaremos un regalo."),
        ("es-MX", "Deje su reseña y le daremos un reembolso."),
    ] {
        assert_fires(src, &in_locale(locale), rule::REVIEW_INCENTIVE);
    }
}

#[test]
fn look_alikes_stay_clean() {
    for (locale, src) in [
        ("en-US", "If you have a moment, an honest review helps other buyers: {{ links.product_review }}\n\nIf a part is missing or damaged, reply and we will send a replacement."),
        ("en-US", "We will review your request and refund the broken lamp."),
        ("en-US", "If you have any questions, we are happy to help. An honest review helps others: {{ links.product_review }}"),
        ("en-US", "How do you like your new lamp? We welcome your thoughts: just reply."),
        ("de-DE", "Wenn Sie Fragen haben, helfen wir gern. Eine ehrliche Rezension hilft anderen: {{ links.product_review }}"),
        ("ja-JP", "ご不明な点がございましたら、お気軽にご連絡ください。率直なレビューをお寄せいただけますと幸いです。"),
        ("fr-FR", "Si vous avez des questions, nous serons ravis de vous aider. Un avis honnête aide les autres clients : {{ links.product_review }}"),
        ("fr-FR", "Merci de lire la notice, s'il vous plaît. Veuillez noter que le remboursement prend 3 jours."),
        ("it-IT", "Se ha domande, saremo lieti di aiutarla. Una recensione sincera aiuta gli altri: {{ links.product_review }}"),
        ("es-ES", "Si tiene alguna pregunta, estaremos encantados de ayudarle. Una reseña sincera ayuda a otros: {{ links.product_review }}"),
        ("es-MX", "Revisaremos su solicitud y le enviaremos un reemplazo si el producto llegó dañado."),
    ] {
        let found = lint_source(src, &in_locale(locale));
        assert!(!has_errors(&found), "{locale}: {src:?} gave {found:#?}");
        let found = lint_source(src, &any_kind());
        assert!(!has_errors(&found), "all tables: {src:?} gave {found:#?}");
    }
}

#[test]
fn languages_without_a_table_are_flagged_as_unchecked() {
    let src = "Subject: {{ store.name }}: din beställning\nTack för din beställning.";
    for locale in ["sv-SE", "nl-NL", "zh-CN", "pt-BR"] {
        let found = lint_source(src, &any_kind().with_locale(locale));
        let f = found.iter().find(|f| f.rule == rule::UNCHECKED_LANGUAGE);
        assert_eq!(f.map(|f| f.severity), Some(Severity::Warning), "{locale}");
    }
    for locale in [
        "en-US", "de-DE", "ja-JP", "fr-FR", "it-IT", "es-ES", "es-MX",
    ] {
        assert_silent(
            src,
            &any_kind().with_locale(locale),
            rule::UNCHECKED_LANGUAGE,
        );
        assert!(is_checked_locale(locale));
    }
    assert_silent(src, &any_kind(), rule::UNCHECKED_LANGUAGE);
    // Without a table of its own, a template is still read with every other table.
    let en_in_sv = "Please leave a 5-star review.";
    assert_fires(
        en_in_sv,
        &any_kind().with_locale("sv-SE"),
        rule::REVIEW_STEERING,
    );
}

#[test]
fn a_finding_in_an_image_s_alt_text_quotes_it() {
    // Buyers with images blocked read the alt text, so the lint reads it, and its message must
    // quote it rather than an empty "".
    let src = "Subject: {{ store.name }}: your kettle\n<p>Hi {{ buyer.first_name }},</p>\n\
        <p><img src=\"badge.png\" alt=\"Review it and we send you a free gift card\"></p>\n\
        <p><a href=\"{{ links.product_review }}\">Write a review</a></p>\n";
    let found = lint_source(src, &kind(CampaignKind::ReviewRequest));
    let incentive = found
        .iter()
        .find(|f| f.rule == rule::REVIEW_INCENTIVE)
        .unwrap_or_else(|| panic!("{found:#?}"));
    assert!(
        !incentive.message.contains("(\"\")"),
        "{}",
        incentive.message
    );
}

#[test]
fn a_paragraph_no_table_reads_is_named_with_its_line() {
    // An English email with a Polish half for buyers in Poland: whatever the Polish says, the
    // tables cannot read it, so the lint names it (a warning) instead of passing it in silence.
    let src = "Subject: {{ store.name }}: your desk lamp\nHi {{ buyer.first_name }},\n\n\
        thank you for your order. Tilt the shade towards the wall for a softer light in the evening.\n\n\
        Dziękujemy za zamówienie. Jeśli lampa się podoba, prosimy o opinię, a jeśli coś jest nie \
        tak, najpierw napisz do nas, zanim wystawisz ocenę.\n\nBest wishes,\n{{ store.name }}\n";
    for ctx in [
        any_kind(),
        kind(CampaignKind::ReviewRequest).with_locale("en-US"),
    ] {
        let found = lint_source(src, &ctx);
        let unread: Vec<_> = found
            .iter()
            .filter(|f| f.rule == rule::UNCHECKED_LANGUAGE)
            .collect();
        assert_eq!(unread.len(), 1, "{found:#?}");
        assert_eq!((unread[0].line, unread[0].col), (6, 1));
        assert_eq!(unread[0].severity, Severity::Warning);
        assert!(
            unread[0].message.contains("Polish"),
            "{}",
            unread[0].message
        );
    }
    // The same email in English throughout names nothing.
    let english = src.replace(
        "Dziękujemy za zamówienie. Jeśli lampa się podoba, prosimy o opinię, a jeśli coś jest nie \
        tak, najpierw napisz do nas, zanim wystawisz ocenę.",
        "We hope the lamp brightens your evenings, and we would be glad to hear how you get on with it.",
    );
    assert_silent(&english, &any_kind(), rule::UNCHECKED_LANGUAGE);
}

#[test]
fn locales_come_from_file_names() {
    assert_eq!(
        locale_from_file_name("review_request.en-US.txt").as_deref(),
        Some("en-US")
    );
    assert_eq!(
        locale_from_file_name("templates/review_request/ja-JP.html").as_deref(),
        Some("ja-JP")
    );
    assert_eq!(
        locale_from_file_name("follow_up.fr.txt").as_deref(),
        Some("fr")
    );
    assert_eq!(
        locale_from_file_name("c:\\t\\follow_up.es-MX.tera").as_deref(),
        Some("es-MX")
    );
    assert_eq!(locale_from_file_name("review_request.txt"), None);
    assert_eq!(locale_from_file_name("notes.md"), None);
}

#[test]
fn more_wordings_of_gating_and_incentives() {
    for src in [
        "If you're enjoying the lamp, a quick review would help a small business like ours.",
        "Only happy customers should leave a review; everyone else, please email us.",
        "Loved it? Leave a review! Didn't love it? Talk to us instead.",
    ] {
        assert_fires(src, &in_locale("en-US"), rule::REVIEW_GATING);
    }
    for src in [
        "Reviewers get early access to our new products.",
        "Leave a review and be entered into our monthly prize draw.",
        "Post a review with photos and we will send you an extra set of bulbs.",
        "To thank you for your feedback, your next order ships free.",
        "Reply with a link to your review and get 15% back.",
    ] {
        assert_fires(src, &in_locale("en-US"), rule::REVIEW_INCENTIVE);
    }
    for (locale, src) in [
        ("en-US", "We hope you're thrilled with your purchase! If so, please consider leaving us a review."),
        ("en-US", "If you would recommend it to a friend, please share your thoughts in a review."),
        ("de-DE", "Hat alles geklappt? Dann würden wir uns über Ihre Bewertung freuen."),
        ("de-DE", "Wir hoffen, Sie sind zufrieden. Wenn ja, hinterlassen Sie bitte eine Rezension."),
        ("fr-FR", "Nous espérons que vous êtes ravi de votre lampe. Si c'est le cas, laissez-nous un avis."),
        ("it-IT", "Speriamo che sia soddisfatto. In caso affermativo, ci lasci una recensione."),
        ("es-ES", "Esperamos que esté satisfecho. De ser así, déjenos una reseña."),
    ] {
        assert_fires(src, &in_locale(locale), rule::REVIEW_GATING);
    }
    // "In cambio della sua recensione" is an incentive, not a request to change the review.
    for (locale, src) in [
        (
            "it-IT",
            "In cambio della sua recensione le invieremo un omaggio.",
        ),
        (
            "es-ES",
            "A cambio de su reseña le regalamos un cupón de descuento.",
        ),
    ] {
        assert_fires(src, &in_locale(locale), rule::REVIEW_INCENTIVE);
        assert_silent(src, &in_locale(locale), rule::FEEDBACK_CHANGE_REQUEST);
    }
    // An ask that also invites unhappy buyers, or help offered before first use, is no gating.
    for (locale, src) in [
        ("fr-FR", "Tout fonctionne-t-il bien ? Si vous avez une idée pour l'améliorer, ou si quelque chose n'a pas été à la hauteur, nous aimerions connaître votre avis."),
        ("es-ES", "¿Todo funciona bien? Si tiene alguna idea para mejorarlo, o si algo no ha estado a la altura, nos encantaría conocer su opinión."),
        ("it-IT", "Se ha problemi, ci contatti e legga le istruzioni prima dell'uso. Lasci una recensione: {{ links.product_review }}"),
        ("en-US", "Before first use, contact us if anything is missing. Please leave a review: {{ links.product_review }}"),
        ("en-US", "How do you like your new lamp? We'd appreciate an honest review."),
    ] {
        assert_silent(src, &in_locale(locale), rule::REVIEW_GATING);
        assert_silent(src, &any_kind(), rule::REVIEW_GATING);
    }
}

#[test]
fn audiences_needs_and_offers_to_fix_are_read_too() {
    for (locale, src) in [
        (
            "en-US",
            "Satisfied customers: please share your experience in a review.",
        ),
        (
            "en-US",
            "If our product met your needs, a review would be appreciated.",
        ),
        (
            "en-US",
            "When everything works as it should, please take a second to rate the product.",
        ),
        (
            "en-US",
            "If you had any issue, we'd like to hear from you directly rather than in a review.",
        ),
        (
            "en-US",
            "Please give us the opportunity to resolve any problem before posting feedback.",
        ),
        (
            "de-DE",
            "Ist alles zu Ihrer Zufriedenheit? Wir freuen uns über Ihr Feedback auf Amazon.",
        ),
        (
            "ja-JP",
            "商品に満足された方は、ぜひレビューをお願いします。",
        ),
        (
            "ja-JP",
            "ご満足いただけた際には、レビューにてご感想をお聞かせください。",
        ),
        (
            "en-US",
            "Is it everything you hoped for? A short review would help us a lot.",
        ),
    ] {
        assert_fires(src, &in_locale(locale), rule::REVIEW_GATING);
    }
    for (locale, src) in [
        (
            "en-US",
            "Leave a review and we'll extend your warranty by a year.",
        ),
        (
            "fr-FR",
            "Pour chaque avis laissé, nous offrons un accessoire gratuit.",
        ),
    ] {
        assert_fires(src, &in_locale(locale), rule::REVIEW_INCENTIVE);
    }
    for src in [
        "If the lamp doesn't work as it should, reply and we will fix it. An honest review helps other buyers: {{ links.product_review }}",
        "Our team only ships tested lamps. If you have a moment, please leave an honest review: {{ links.product_review }}",
        "ご購入いただいたお客様には、取扱説明書のPDFをお送りしています。率直なレビューをお寄せいただけますと幸いです。",
    ] {
        let found = lint_source(src, &kind(CampaignKind::ReviewRequest));
        assert!(!has_errors(&found), "{src:?} gave {found:#?}");
    }
}

/// Review gating in shapes beyond a plain "if happy, review": two branches joined by
/// "otherwise", routing away from negative reviews, asking before anything is posted, and
/// conditions on other words for a good experience. Wordings differ from the holdout corpus.
#[test]
fn gating_shapes_are_caught_in_every_language() {
    let rr = kind(CampaignKind::ReviewRequest);
    let link = "{{ links.product_review }}";
    for body in [
        // Two branches: trouble goes to the seller, "otherwise" to the review.
        "If something isn't right, please contact us so we can fix it. If not, a review would help us a lot.".to_string(),
        "Falls etwas nicht stimmt, kontaktieren Sie uns bitte. Andernfalls freuen wir uns über eine Rezension.".to_string(),
        "En cas de problème, contactez-nous. Dans le cas contraire, laissez-nous un avis.".to_string(),
        "Se qualcosa non va, ci contatti. In caso contrario, lasci una recensione.".to_string(),
        "Si algo no está bien, contáctenos. En caso contrario, déjenos una reseña.".to_string(),
        "不具合がございましたらご連絡ください。問題がなければ、レビューをお願いいたします。".to_string(),
        format!("Love it? Leave a review here: {link}\nIf not, reply to this email."),
        // Keeping negative reviews away.
        "We want to avoid bad feedback, so please message us about any problem.".to_string(),
        "Um schlechte Bewertungen zu verhindern, schreiben Sie uns bitte bei Problemen.".to_string(),
        "Afin d'éviter les avis négatifs, contactez-nous en cas de souci.".to_string(),
        "Per evitare cattive recensioni, ci contatti in caso di problemi.".to_string(),
        "Para evitar malas reseñas, contáctenos si tiene algún problema.".to_string(),
        "悪い評価を避けるため、問題があればご連絡ください。".to_string(),
        // Before anything is posted.
        "Unhappy? Talk to us before you write anything online.".to_string(),
        "Unzufrieden? Kontaktieren Sie uns, bevor Sie etwas posten.".to_string(),
        "Pas satisfait ? Écrivez-nous avant de publier.".to_string(),
        "Non soddisfatto? Ci contatti prima di pubblicare.".to_string(),
        "¿No está satisfecho? Escríbanos antes de publicar.".to_string(),
        // Other words for a good experience.
        "If your experience has been good, please leave a review.".to_string(),
        "Wenn Sie Freude mit dem Gerät haben, hinterlassen Sie gern eine Bewertung.".to_string(),
        "Gefällt Ihnen der Artikel, würden wir uns über eine Bewertung freuen.".to_string(),
        "Si tu es ravi de ton achat, laisse-nous un avis.".to_string(),
        "Qualora il prodotto le piacesse, ci lasci una recensione.".to_string(),
        "Siempre que su experiencia haya sido buena, déjenos una reseña.".to_string(),
        "お役に立てましたら、レビューをお願いします。".to_string(),
        "ご納得いただけた場合は、レビューをお願いします。".to_string(),
        // Waiting with the review until the seller has helped.
        "Bei Problemen melden Sie sich bitte und warten mit der Bewertung noch.".to_string(),
        "En cas de souci, contactez-nous et attendez avant de noter.".to_string(),
        "Se c'è un problema, ci contatti e aspetti prima di recensire.".to_string(),
        "Si hay un problema, contáctenos y espere antes de valorar.".to_string(),
        // Yes/no branches.
        format!("Does it work well for you?\nYes: please review it here {link}\nNo: reply and we fix it."),
    ] {
        let src = format!("Hi,\n\n{body}\n\n{link}\n");
        assert_fires(&src, &rr, rule::REVIEW_GATING);
    }
    for body in [
        "If anything is wrong, please contact us. Otherwise, enjoy your new lamp!",
        "Falls etwas nicht stimmt, melden Sie sich. Ansonsten viel Freude mit dem Gerät!",
        "En cas de problème, contactez-nous. Sinon, profitez bien de votre achat !",
    ] {
        assert_silent(body, &kind(CampaignKind::FollowUp), rule::REVIEW_GATING);
    }
}

/// Rewards beyond gift cards: prize draws, a free item, the price paid back, money.
#[test]
fn more_incentive_shapes_are_caught() {
    let rr = kind(CampaignKind::ReviewRequest);
    for body in [
        "Everyone who posts a review this month can win an espresso machine.",
        "For your review, we will send you a free phone stand.",
        "Post a video review and we pay back the full price.",
        "Unter allen Rezensenten verlosen wir jeden Monat eine Kaffeemühle.",
        "Für Ihre Rezension vergüten wir Ihnen den Kaufpreis.",
        "Chaque avis publié vous fait participer au tirage au sort d'une tablette.",
        "Chi lascia una recensione partecipa all'estrazione di un buono da 20 euro.",
        "Por dejar una reseña participa en el sorteo de una tableta.",
        "Por su reseña le enviamos un vale de 200 pesos.",
        "レビューを投稿いただいた方の中から抽選で贈り物を差し上げます。",
    ] {
        assert_fires(body, &rr, rule::REVIEW_INCENTIVE);
    }
    for body in [
        "If you have a free moment, we'd appreciate a review.",
        "We can send a new one at no cost if it arrived damaged.",
        "Every honest review helps us win the trust of new customers.",
        "Jede Bewertung hilft uns, das Vertrauen neuer Kunden zu gewinnen.",
        "Chaque avis nous aide à gagner la confiance de nouveaux clients.",
        "Ogni recensione ci aiuta a vincere la diffidenza dei nuovi clienti.",
        "Cada reseña nos ayuda a ganar la confianza de nuevos clientes.",
    ] {
        assert_silent(body, &rr, rule::REVIEW_INCENTIVE);
    }
}

#[test]
fn a_review_ask_under_any_condition_is_gating() {
    let link = "{{ links.product_review }}";
    for (locale, src) in [
        (
            "en-US",
            format!("If it made cooking easier, tell other buyers here: {link}"),
        ),
        (
            "de-DE",
            format!("Sofern der Mixer Sie überzeugt hat, schreiben Sie eine Rezension: {link}"),
        ),
        (
            "fr-FR",
            format!("Lorsque l'appareil vous rend service, laissez un avis : {link}"),
        ),
        (
            "it-IT",
            format!("Se la lampada ti ha convinto, lascia una recensione: {link}"),
        ),
        (
            "es-ES",
            format!("Cuando la cafetera cumpla su función, deje una reseña: {link}"),
        ),
        (
            "ja-JP",
            format!("お役に立てたなら、レビューをお願いします。{link}"),
        ),
        (
            "de-DE",
            format!("Bei 4 oder 5 Sternen freuen wir uns über Ihre Rezension: {link}"),
        ),
    ] {
        assert_fires(&src, &in_locale(locale), rule::REVIEW_GATING);
    }
    // Conditions on the buyer's time or wish, or on help, leave the ask unconditional.
    for (locale, src) in [
        (
            "en-US",
            format!("If you have a moment, an honest review helps: {link}"),
        ),
        (
            "en-US",
            format!("If you haven't already, you can leave a review: {link}"),
        ),
        (
            "de-DE",
            format!("Wenn Sie Zeit haben, schreiben Sie gern eine Rezension: {link}"),
        ),
        (
            "fr-FR",
            format!("Si vous le souhaitez, laissez un avis : {link}"),
        ),
        (
            "it-IT",
            format!("Se ha tempo, lasci una recensione: {link}"),
        ),
        ("es-ES", format!("Si lo desea, deje una reseña: {link}")),
        (
            "ja-JP",
            format!("お時間があれば、レビューをお願いします。{link}"),
        ),
    ] {
        assert_silent(&src, &in_locale(locale), rule::REVIEW_GATING);
    }
}

#[test]
fn experience_questions_options_and_pleas_before_an_ask_are_gating() {
    let link = "{{ links.product_review }}";
    for (locale, src) in [
        ("en-US", format!("Love it? Share a review: {link}")),
        ("de-DE", format!("Passt alles? Eine kurze Rezension hilft uns: {link}")),
        ("es-ES", format!("¿Todo bien? Deje una reseña: {link}")),
        ("en-US", format!("Options:\n- All good: leave a review at {link}\n- Not quite: reply to this email and we fix it")),
        ("en-US", format!("Please leave a review: {link}\n\nPlease don't post a negative review without talking to us.")),
        ("it-IT", "Ogni recensione negativa ci ferisce. Se qualcosa non va, scrivici.".to_string()),
    ] {
        assert_fires(&src, &in_locale(locale), rule::REVIEW_GATING);
    }
    for (locale, src) in [
        (
            "en-US",
            format!("Did you know the lid is dishwasher safe? Reviews help other buyers: {link}"),
        ),
        (
            "en-US",
            format!("Tips:\n- Charge it fully first\n- Reviews help others: {link}"),
        ),
    ] {
        assert_silent(&src, &in_locale(locale), rule::REVIEW_GATING);
    }
}

#[test]
fn points_draws_warranties_and_gifted_items_for_reviews_are_incentives() {
    for (locale, src) in [
        (
            "en-US",
            "Write a review and your warranty is extended to 3 years.",
        ),
        (
            "en-US",
            "Every review earns you 200 bonus points for your next order.",
        ),
        (
            "de-DE",
            "Für jede Rezension schreiben wir Ihnen 200 Punkte gut.",
        ),
        (
            "fr-FR",
            "Chaque avis publié participe au tirage d'un week-end.",
        ),
        ("it-IT", "Con la tua recensione ti regaliamo la custodia."),
        (
            "es-ES",
            "Los clientes que dejan su reseña obtienen el doble de garantía.",
        ),
    ] {
        assert_fires(src, &in_locale(locale), rule::REVIEW_INCENTIVE);
    }
}

#[test]
fn a_help_offer_on_the_line_after_a_link_is_not_a_condition_on_the_ask() {
    let ctx = kind(CampaignKind::ReviewRequest);
    for src in [
        "Could you review the lamp on Amazon? {{ links.product_review }}\nIf a screw is missing from the box, tell us and we post one.\n",
        "¿Podría valorar la lámpara en Amazon? {{ links.product_review }}\nSi falta un tornillo en la caja, escríbanos y se lo enviamos.\n",
        "ランプのレビューをお願いできますか。{{ links.product_review }}\nネジが足りない場合はご連絡ください。すぐにお送りします。\n",
    ] {
        assert_silent(src, &ctx, rule::REVIEW_GATING);
    }
    // A link inside a sentence still carries on to the next line.
    assert_fires(
        "Open {{ links.product_review }}\nand review it if you love it.\n",
        &ctx,
        rule::REVIEW_GATING,
    );
}

#[test]
fn a_politely_worded_ask_is_not_a_condition() {
    let ctx = kind(CampaignKind::ReviewRequest);
    for src in [
        "We would appreciate if you share your thoughts on the kettle: {{ links.product_review }}\n",
        "It would be helpful if you wrote a few words about the kettle: {{ links.product_review }}\n",
        "ケトルの使い心地はいかがでしょうか。良い点も改善点も、率直なレビューをいただけると助かります：{{ links.product_review }}\n",
        "Quando hai un minuto, una recensione sul bollitore aiuta altri clienti: {{ links.product_review }}\n",
    ] {
        assert_silent(src, &ctx, rule::REVIEW_GATING);
    }
}

/// A review asked "once" the problem is solved or the buyer's satisfaction is confirmed, a
/// "don't review yet" after an unhappy question, help asked for "beforehand", and lettered or
/// numbered answers where "it works great" leads to the review: gating in every language.
#[test]
fn asks_after_a_fix_not_yet_pleas_and_lettered_answers_are_gating() {
    let link = "{{ links.product_review }}";
    for (locale, src) in [
        ("en-US", format!("As soon as we have fixed the issue to your liking, a review would be welcome: {link}")),
        ("de-DE", format!("Sobald die Reparatur zu Ihrer Zufriedenheit erledigt ist, freuen wir uns über eine Rezension: {link}")),
        ("de-DE", format!("Nach Ihrer Zufriedenheitsbestätigung freuen wir uns über eine Rezension: {link}")),
        ("fr-FR", format!("Une fois que le souci sera réglé, nous serions ravis de lire votre avis : {link}")),
        ("it-IT", format!("Quando il problema sarà del tutto risolto, ci lasci una recensione: {link}")),
        ("es-MX", format!("En cuanto el problema quede resuelto, déjenos una reseña: {link}")),
        // Not yet: the unhappy buyer is sent to the seller instead.
        ("en-US", format!("Please review it here: {link}\n\nNot happy? Don't leave a review right away, message us and we'll help.")),
        ("de-DE", format!("Über eine Rezension freuen wir uns: {link}\n\nNicht zufrieden? Dann bitte nicht gleich eine Rezension schreiben, sondern uns kontaktieren.")),
        ("fr-FR", format!("Votre avis compte : {link}\n\nDéçu ? Ne laissez pas d'avis tout de suite, écrivez-nous.")),
        ("it-IT", format!("La sua recensione conta: {link}\n\nNon è soddisfatto? Non lasci ancora una recensione, ci scriva.")),
        ("es-ES", format!("Su reseña cuenta: {link}\n\n¿No está contento? No deje su reseña todavía, escríbanos.")),
        ("ja-JP", format!("レビューをお寄せください。{link}\n\nご不満な点があれば、レビューはまだせずにご連絡ください。")),
        // Help "beforehand" in a mail that asks for a review.
        ("de-DE", format!("Bei Mängeln kontaktieren Sie uns bitte vorab. Über eine Rezension freuen wir uns: {link}")),
        // Lettered or numbered answers, "works great" leading to the review.
        ("en-US", format!("How is the lamp?\nA - it works great: review it here {link}\nB - something is off: we call you back")),
        ("de-DE", format!("Wie läuft die Kaffeemühle?\nA - funktioniert einwandfrei: hier geht es zur Rezension {link}\nB - es gibt Probleme: wir rufen Sie morgen früh zurück")),
        ("fr-FR", format!("Comment se passe l'utilisation ?\nA - ça fonctionne parfaitement : laissez un avis {link}\nB - un souci : on vous rappelle")),
        ("it-IT", format!("Come va la lampada?\n1) funziona benissimo: ci lasci una recensione {link}\n2) qualcosa non va: la richiamiamo noi")),
        ("es-ES", format!("¿Qué tal la lámpara?\nA: funciona de maravilla, deje su reseña {link}\nB: tengo un problema, le llamamos")),
    ] {
        assert_fires(&src, &in_locale(locale), rule::REVIEW_GATING);
        assert_fires(&src, &kind(CampaignKind::ReviewRequest), rule::REVIEW_GATING);
    }
    // Italian "ne" ("of it") is no French negation: read with every table, the buyer being
    // satisfied still conditions the ask.
    assert_fires(
        &format!("Quando avrà provato il frullatore e ne sarà soddisfatto, ci lasci una recensione: {link}"),
        &kind(CampaignKind::ReviewRequest),
        rule::REVIEW_GATING,
    );
}

/// Tester and monitor programmes with free products, joined to the review by "the only
/// requirement" and its kin; sums of money and transfers; codes and "-15 %" for the next order.
#[test]
fn tester_programmes_money_and_codes_for_reviews_are_incentives() {
    let link = "{{ links.product_review }}";
    for (locale, src) in [
        ("en-US", format!("Join our product testers and receive new models free. To qualify, simply review your last purchase: {link}")),
        ("de-DE", format!("Unser Testerclub bekommt Neuheiten kostenlos. Voraussetzung ist eine Rezension Ihres Kaufs: {link}")),
        ("fr-FR", format!("Notre programme de testeurs reçoit les nouveaux modèles gratuitement. Il suffit de publier un avis : {link}")),
        ("it-IT", format!("Il nostro club dei tester riceve gratis i nuovi modelli. Basta lasciare una recensione: {link}")),
        ("es-ES", format!("Nuestro programa de probadores recibe gratis los modelos nuevos. Único requisito: dejar una reseña {link}")),
        ("ja-JP", format!("製品モニターを募集しています。モニターの方には新製品を無料でお届けします。参加条件はレビューの投稿です。{link}")),
        // Money.
        ("en-US", "Post a review and we will wire you 8 dollars.".to_string()),
        ("de-DE", "Als Aufwandsentschädigung für Ihre Rezension überweisen wir Ihnen 10 €.".to_string()),
        ("fr-FR", "Pour votre avis, nous vous faisons un virement de 6 €.".to_string()),
        ("it-IT", "Per la sua recensione le facciamo un bonifico di 6 euro.".to_string()),
        ("es-MX", "Por su reseña le hacemos una transferencia de 100 pesos.".to_string()),
        ("ja-JP", "レビューを書いていただいた方には500円をお振込みします。".to_string()),
        // Codes and discounts for the next order, VIP clubs.
        ("en-US", "Review your first order and get code THANKS15 for your next one.".to_string()),
        ("de-DE", "Für Ihre Rezension gibt es 10 % auf die nächste Bestellung.".to_string()),
        ("fr-FR", "Laissez un avis et profitez de -15 % sur votre prochaine commande.".to_string()),
        ("fr-FR", "Les auteurs d'avis entrent dans notre club VIP.".to_string()),
        ("de-DE", "Wer eine Rezension schreibt, wird Mitglied in unserem VIP-Club.".to_string()),
        ("ja-JP", "レビューを書いてくださった方はVIP会員にご招待します。".to_string()),
        ("en-US", "Leave a review and we will send you a free replacement.".to_string()),
        ("it-IT", "Lasci una recensione e riceverà un codice del 10% sul prossimo ordine.".to_string()),
        ("es-ES", "Deje una reseña y le damos un código del 10% para su próxima compra.".to_string()),
    ] {
        assert_fires(&src, &in_locale(locale), rule::REVIEW_INCENTIVE);
        assert_fires(&src, &kind(CampaignKind::FollowUp), rule::REVIEW_INCENTIVE);
    }
}

/// Look-alikes that must stay clean: timing courtesies and "once you have worn it" before an
/// ask, free gift wrapping beside "grateful for a review", a bare link after a line that only
/// says more about the ask, and keeping the old item after a replacement.
#[test]
fn timing_courtesies_gift_wrapping_thanks_and_a_late_link_stay_clean() {
    let link = "{{ links.product_review }}";
    let rr = kind(CampaignKind::ReviewRequest);
    for (locale, src) in [
        ("en-US", format!("When it's convenient, we'd welcome an honest review: {link}")),
        ("en-US", format!("Once you have worn the jacket a few times, you can leave an honest review: {link}")),
        ("de-DE", format!("Sobald es Ihnen passt, freuen wir uns über eine ehrliche Rezension: {link}")),
        ("de-DE", format!("Wenn Sie die Schuhe ein paar Mal getragen haben, freuen wir uns über eine Rezension: {link}")),
        ("fr-FR", format!("Quand cela vous convient, votre avis est le bienvenu : {link}")),
        ("fr-FR", format!("Quand vous l'aurez porté quelques fois, laissez un avis : {link}")),
        ("it-IT", format!("Quando le torna comodo, una recensione ci aiuta: {link}")),
        ("it-IT", format!("Quando l'avrà indossato qualche volta, lasci una recensione: {link}")),
        ("es-MX", format!("Cuando le parezca, puede dejar su reseña: {link}")),
        ("es-ES", format!("Cuando la haya estrenado, puede dejar su reseña: {link}")),
        ("ja-JP", format!("お好きなタイミングでレビューをお寄せください。{link}")),
        ("ja-JP", format!("何度かお使いいただいた後で、レビューをお寄せください。{link}")),
        // "Once it has arrived" or "as soon as you can": timing, not the buyer's experience.
        ("en-US", format!("As soon as your parcel arrives, please leave an honest review: {link}")),
        ("en-US", format!("As soon as you can, please leave an honest review: {link}")),
        ("de-DE", format!("Sobald das Paket angekommen ist, freuen wir uns über Ihre Bewertung: {link}")),
        ("fr-FR", format!("Dès que le colis sera arrivé, laissez-nous un avis : {link}")),
        ("it-IT", format!("Appena il pacco arriva, ci lasci una recensione: {link}")),
        ("es-ES", format!("En cuanto reciba su pedido, puede dejarnos una reseña: {link}")),
        ("ja-JP", format!("商品がお手元に届きましたら、レビューをお願いいたします。{link}")),
        // A replacement already on its way is no offer.
        ("en-US", format!("Your replacement jug has been shipped. Then, if you have a moment, a review helps: {link}")),
        ("de-DE", format!("Das Ersatzgerät wurde gestern verschickt. Danach freuen wir uns, wenn Sie Zeit haben, über eine Rezension: {link}")),
        ("fr-FR", format!("Le remplacement de votre bouilloire a été expédié hier. Ensuite, si vous le souhaitez, laissez un avis : {link}")),
        ("it-IT", format!("Le abbiamo spedito il nuovo frullatore in sostituzione del precedente. Poi, se ha tempo, ci lasci una recensione: {link}")),
        ("es-ES", format!("Ya le enviamos la báscula nueva para reemplazar la anterior. Después, si lo desea, puede dejar una reseña: {link}")),
        ("ja-JP", format!("交換品を発送いたしました。その後、よろしければレビューをお寄せください。{link}")),
        // An error code is no discount code.
        ("en-US", format!("If the kettle shows error code E04, reply to us. An honest review helps others: {link}")),
        // Free gift wrapping for every order, and the "for" of thanks.
        ("en-US", format!("This month we gift-wrap every order for free. We'd be grateful for a review: {link}")),
        ("en-US", format!("This month we gift-wrap every order for free. Once you have tried the lamp, an honest review helps: {link}")),
        ("de-DE", format!("Im Dezember verpacken wir jede Bestellung kostenlos als Geschenk. Wir wären dankbar für eine Rezension: {link}")),
        ("fr-FR", format!("En décembre, nous emballons chaque commande en cadeau, gratuitement. Nous serions reconnaissants pour votre avis : {link}")),
        ("it-IT", format!("Questo mese la confezione regalo è gratuita per tutti. Le saremmo grati per una recensione del bollitore: {link}")),
        ("es-ES", format!("Este mes envolvemos todos los pedidos para regalo sin costo. Quedamos agradecidos por su reseña: {link}")),
        // One ask, its link after a line that says more about it.
        ("en-US", format!("If you have a moment, please leave an honest review. Every opinion helps us. {link}")),
        ("ja-JP", format!("よろしければレビューをお寄せください。どんなご意見も参考になります。{link}")),
    ] {
        assert_clean_review_request(locale, &src);
    }
    // The same link after a blank line and other news is a second ask.
    assert_fires(
        &format!("Please leave a review: {link}\n\nWe ship fast.\n\nThe link once more: {link}"),
        &rr,
        rule::REVIEW_REQUEST_REPEATED,
    );
    let recovery = kind(CampaignKind::ServiceRecovery);
    for src in [
        "A new lamp is on its way. You may keep it for free or recycle the old one.",
        "Ein neuer Toaster ist unterwegs. Den alten dürfen Sie behalten.",
        "Le abbiamo spedito un nuovo bollitore; quello vecchio potrà tenerlo o riciclarlo.",
        "Le enviamos una plancha nueva; la anterior puede quedársela.",
    ] {
        assert_silent(src, &recovery, rule::SERVICE_RECOVERY_OFFER);
    }
}

/// A benefit for the people who review, or given once the review is written, is an incentive
/// however it is worded: "customers who review …", "wer …", "chi …", "quienes …", "les clients
/// qui …", 「レビューを投稿された方には」, "once you have reviewed …", "post your feedback and …".
#[test]
fn benefits_for_reviewers_or_after_the_review_are_incentives() {
    for (locale, src) in [
        ("en-US", "Customers who post a review of the kettle can buy the next model at cost price."),
        ("en-US", "Write a review of the grinder and we'll unlock the pro settings guide for you."),
        ("en-US", "Once you have reviewed the lamp, we will email you our lighting guide."),
        ("de-DE", "Allen, die uns eine Rezension schreiben, schalten wir den Zugang zum Backkurs frei."),
        ("de-DE", "Sobald Sie Ihre Bewertung abgegeben haben, schicken wir Ihnen das Rezeptheft als PDF."),
        ("ja-JP", "レビューを投稿された方には、次回の新商品を特別価格でご案内します。"),
        ("fr-FR", "Les clientes qui nous laissent un commentaire reçoivent notre guide : nous l'envoyons le jour même."),
        ("fr-FR", "Pour chaque avis publié, nous prolongeons la garantie d'un an."),
        ("it-IT", "Chi ci scrive una recensione ottiene l'accesso al corso online."),
        ("it-IT", "Una volta che avrà lasciato il feedback, le estendiamo la garanzia di un anno."),
        ("es-ES", "Quienes nos dejan una reseña entran en nuestro club: le enviamos la invitación por correo."),
        ("es-ES", "Una vez que nos valore, le enviamos el manual avanzado en PDF."),
    ] {
        assert_fires(src, &in_locale(locale), rule::REVIEW_INCENTIVE);
        assert_fires(src, &kind(CampaignKind::FollowUp), rule::REVIEW_INCENTIVE);
    }
}

/// Grade and score menus as option lines, a reply poll where only the top mark gets the link,
/// "if you find we handled it well" and an audience of enthusiastic customers all gate.
#[test]
fn grade_menus_top_mark_polls_and_happy_audiences_gate() {
    let link = "{{ links.product_review }}";
    for (locale, src) in [
        ("de-DE", format!("Ihre Schulnote für den Toaster:\nNote 1 – wir freuen uns über Ihre Rezension: {link}\nNote 2 bis 6 – schreiben Sie uns bitte: {{{{ links.contact }}}}")),
        ("fr-FR", format!("Quelle note sur 10 ?\n9 ou plus : laissez un avis ici {link}\nMoins de 9 : répondez à cet e-mail, nous vous aidons.")),
        ("de-DE", "Antworten Sie mit einer Zahl von 1 bis 10. Bei einer 10 senden wir Ihnen den Link, um das auf Amazon zu teilen. Bei allem darunter ruft unser Service Sie an.".to_string()),
        ("fr-FR", format!("Si vous pensez que nous avons bien géré la livraison, n'hésitez pas à le dire dans un avis : {link}")),
        ("it-IT", format!("Chiediamo ai clienti entusiasti della moka di lasciare una recensione: {link}")),
    ] {
        assert_fires(&src, &in_locale(locale), rule::REVIEW_GATING);
    }
}

/// Look-alikes that stay clean: a benefit not tied to a review beside a neutral ask, a reply
/// "par retour de mail", courtesies on the buyer's wish or time, and balanced either-way asks.
#[test]
fn benefits_apart_from_the_review_wishes_and_either_way_asks_stay_clean() {
    let link = "{{ links.product_review }}";
    for (locale, src) in [
        ("en-US", format!("If the item is faulty we'll send you a replacement. Separately, please leave an honest review: {link}")),
        ("en-US", format!("Customers who have questions can reply to this email; we'll send you the manual as a PDF. An honest review helps others: {link}")),
        ("de-DE", format!("Wer Fragen zum Gerät hat, dem schicken wir gern die Anleitung als PDF. Eine ehrliche Rezension hilft anderen: {link}")),
        ("de-DE", format!("Wenn Sie mögen, schreiben Sie uns eine Rezension: {link}")),
        ("de-DE", format!("Ob positiv oder negativ, Ihre Rezension hilft anderen Kunden: {link}")),
        ("fr-FR", format!("Nous vous avons répondu par retour de mail. Votre avis aide d'autres clients : {link}")),
        ("fr-FR", format!("Quand vous avez un moment, laissez-nous votre avis, bon ou mauvais : {link}")),
        ("fr-FR", format!("Si le cœur vous en dit, laissez un avis : {link}")),
        ("it-IT", format!("Chi ha domande riceve da noi il manuale in PDF. Una recensione sincera aiuta altri clienti: {link}")),
        ("es-ES", format!("Tanto si te ha gustado la cafetera como si no, deja tu opinión: {link}")),
        ("es-ES", format!("Si te apetece, deja una reseña: {link}")),
        ("ja-JP", format!("ご質問のあるお客様には取扱説明書をお送りします。よろしければレビューをお寄せください。{link}")),
    ] {
        assert_clean_review_request(locale, &src);
    }
}

/// Reviewers named by what they do ("share their experience", "auteurs d'avis", "Kunden mit
/// einer Rezension"), what they receive or may do, a gift made per review, and a review as the
/// way to activate something are incentives, in every language.
#[test]
fn rewards_for_reviewers_named_by_what_they_do_are_incentives() {
    for (locale, src) in [
        ("en-US", "Everyone who shares their experience of the blender on Amazon gets our recipe booklet."),
        ("en-US", "To unlock the two-year cover, simply post a review and send us the confirmation."),
        ("en-US", "For every review written this month, we plant a tree in your name."),
        ("de-DE", "Firmenkunden mit einer Rezension erhalten die Ersatzfilter ohne Versandkosten."),
        ("de-DE", "Jede Bewertung auf Amazon bringt Ihnen einen Stempel auf der Treuekarte."),
        ("fr-FR", "Les auteurs d'avis recevront un échantillon de notre nouvelle crème."),
        ("fr-FR", "Les clients ayant publié un avis pourront commander la nouvelle gamme avant tout le monde."),
        ("it-IT", "Per chi racconta la sua esperienza con la lampada su Amazon, il secondo paralume è offerto da noi."),
        ("es-ES", "Por cada reseña que recibimos, donamos una comida a un comedor social."),
        ("es-ES", "Para los clientes que nos califican, la primera revisión corre por nuestra cuenta."),
    ] {
        assert_fires(src, &in_locale(locale), rule::REVIEW_INCENTIVE);
    }
}

/// Praise sent to Amazon and complaints to the seller, options that open on a marker with the
/// link under them, score menus, "not a review yet", complaints kept out of the review, and a
/// German clause opening on its verb all gate.
#[test]
fn praise_routing_marker_menus_and_verb_first_conditions_gate() {
    let link = "{{ links.product_review }}";
    let contact = "{{ links.contact }}";
    for (locale, src) in [
        ("es-ES", format!("Los elogios, en Amazon: {link}\nLas quejas, a nosotros: {contact}")),
        ("en-US", format!("Praise goes to Amazon: {link}\nComplaints come to us: {contact}")),
        ("ja-JP", format!("▼気に入った\n{link}\n\n▼気に入らなかった\n{contact}")),
        ("es-ES", format!("Del 1 al 10, ¿qué nota le das?\nDe 9 para arriba: {link}\nPor debajo de 9: escríbenos.")),
        ("fr-FR", format!("Un souci ? Pas d'avis pour l'instant, appelez notre SAV. Sinon : {link}")),
        ("it-IT", format!("Se la moka non vi piace, ditelo a noi e non ad Amazon: {contact}")),
        ("de-DE", format!("Läuft alles rund und gefällt Ihnen das Gerät, freuen wir uns über eine Rezension: {link}")),
        ("de-DE", format!("Beschwerden gehören nicht in die Bewertung, sondern an unseren Kundenservice: {contact}")),
        ("en-US", format!("Please leave a review: {link}\nIf anything is off, drop us a line at {contact} before you post.")),
    ] {
        assert_fires(&src, &in_locale(locale), rule::REVIEW_GATING);
    }
}

/// Courtesies on the buyer's wish or time, however they are put, leave the ask unconditional;
/// a link alone on its line after the ask is the same ask; "egal, ob … oder …" is balanced.
#[test]
fn courtesies_balanced_asks_and_a_link_under_the_ask_stay_clean() {
    let link = "{{ links.product_review }}";
    for (locale, src) in [
        ("en-US", format!("If you ever feel like it, an honest review helps: {link}")),
        ("en-US", format!("If you have a few minutes, tell other buyers what you think: {link}")),
        ("en-US", format!("If you'd like to, and only when you have a spare moment, we'd welcome a review. Every opinion counts.\n\n{link}")),
        ("en-US", format!("Customers who have questions get a reply within a day. An honest review helps others: {link}")),
        ("fr-FR", format!("Si un jour l'envie vous prend, votre avis est le bienvenu : {link}")),
        ("fr-FR", format!("Si vous le souhaitez, et quand vous aurez deux minutes, laissez un avis. Toutes les opinions comptent.\n\n{link}")),
        ("de-DE", format!("Egal, ob Sie zufrieden oder enttäuscht sind: Wir freuen uns über Ihre Rezension. {link}")),
        ("es-ES", format!("Los clientes que tengan dudas reciben el manual por correo. Deja tu opinión sincera: {link}")),
    ] {
        assert_clean_review_request(locale, &src);
    }
}

/// The tenth round's kinds of gating: a review run down beside an offer to help, labels in
/// capitals as options, a star label on the help option, a score threshold as a sentence, an
/// audience of one ("a quien ponga un 9"), and a German condition on having convinced.
#[test]
fn reviews_run_down_capital_labels_and_thresholds_gate() {
    let link = "{{ links.product_review }}";
    let contact = "{{ links.contact }}";
    for (locale, src) in [
        ("en-US", format!("A review won't fix a wobbly leg. If anything is off, message us: {contact}")),
        ("it-IT", format!("Se qualcosa non va, niente giudizio affrettato: ci scriva qui {contact}")),
        ("de-DE", format!("Wie gefällt Ihnen der Rasenmäher?\nGRÜN – alles bestens: {link}\nROT – gar nicht: bitte melden Sie sich bei uns {contact}")),
        ("ja-JP", format!("★★★★★ 大満足 → {link}\n★★★ 以下 → ご返信ください")),
        ("it-IT", "Dal 4 in su ti mandiamo il link per lasciare la recensione. Da 3 in giù ti chiamiamo noi.".to_string()),
        ("es-ES", "A quien nos ponga un 9 o un 10 le enviaremos el enlace para dejar su reseña.".to_string()),
        ("de-DE", format!("Sofern wir Sie mit dem Ersatzteil überzeugen konnten, würden wir uns über eine Bewertung freuen: {link}")),
    ] {
        assert_fires(&src, &in_locale(locale), rule::REVIEW_GATING);
    }
}

/// The tenth round's kinds of incentive: a review as the requirement, money back to the card
/// once the review is live, a freebie posted out, the seller covering shipping, samples and a
/// status for reviewers, a gift per review, reviewers named by their opinion on Amazon.
#[test]
fn requirements_money_back_and_statuses_for_reviewers_are_incentives() {
    for (locale, src) in [
        ("en-US", "Once your review of the lamp is live, we'll send five dollars back to your card."),
        ("en-US", "Leave us a review and we'll post out a spare bulb free."),
        ("de-DE", "Die Voraussetzung ist eine Verkäuferbewertung. Sobald sie sichtbar ist, schalten wir Ihren Goldstatus frei."),
        ("de-DE", "Für jede Rezension säen wir einen Quadratmeter Blumenwiese."),
        ("fr-FR", "Laissez-nous une évaluation vendeur et nous prendrons en charge la livraison de votre prochaine commande."),
        ("fr-FR", "Si vous partagez votre ressenti sur Amazon, une petite attention vous attend dans le prochain colis."),
        ("it-IT", "Chi ci lascia una recensione riceve i campioncini prima dell'uscita."),
        ("it-IT", "I clienti che hanno recensito un nostro prodotto diventano VIP."),
        ("es-ES", "A los clientes que nos echan la mano contando en Amazon qué tal les fue, les mandamos un detallito."),
    ] {
        assert_fires(src, &in_locale(locale), rule::REVIEW_INCENTIVE);
    }
}

/// Look-alikes of the tenth round that stay clean: stars named on both sides, a refusal of any
/// reward, courtesies ("freuen wir uns, wenn Sie", "si gustas", "se troverai un minuto"), a
/// balanced Japanese ask, and "a quien" about future shoppers.
#[test]
fn balanced_stars_refused_rewards_and_courtesies_stay_clean() {
    let link = "{{ links.product_review }}";
    for (locale, src) in [
        ("en-US", format!("Five stars or one, every review helps the next buyer: {link}")),
        ("en-US", format!("We offer nothing in return; we simply read every review. {link}")),
        ("fr-FR", format!("Nous n'offrons rien en échange, mais nous lisons chaque avis : {link}")),
        ("es-ES", format!("No ofrecemos nada a cambio; leemos cada opinión con atención. {link}")),
        ("ja-JP", format!("レビューに対する特典などは一切ございませんが、率直なご感想をお聞かせください。{link}")),
        ("de-DE", format!("Wann immer es Ihnen passt, freuen wir uns, wenn Sie eine Rezension schreiben. {link}")),
        ("es-ES", format!("Si gustas, cuenta tu experiencia en una reseña: {link}")),
        ("it-IT", format!("Grazie in anticipo se troverai un minuto per una recensione, come si trova il cuscino? {link}")),
        ("ja-JP", format!("ご満足いただけた点も、そうでなかった点も、レビューにお書きください。{link}")),
        ("es-ES", format!("Lo que le gustó y lo que no: todo le sirve a quien está pensando en comprar. {link}")),
    ] {
        assert_clean_review_request(locale, &src);
    }
}

/// The eleventh round's gating: the review named indirectly, emoticon options, "only our happy
/// regulars", praise in public and criticism in private, a link to the review as the ask behind
/// a condition, and a yes/no answer line.
#[test]
fn indirect_reviews_emoticon_options_and_private_criticism_gate() {
    let link = "{{ links.product_review }}";
    let contact = "{{ links.contact }}";
    for (locale, src) in [
        ("en-US", format!(":-)  Love it - {link}\n:-(  Not for me - {contact}")),
        ("en-US", format!("Please review: {link}\nIf anything is off, don't go straight to the little box under the product - drop us a line first.")),
        ("en-US", "Anyone who gives us a 9 or 10 will get a link to share that on Amazon; everyone else will hear from our team.".to_string()),
        ("de-DE", format!("Wir bitten nur Stammkunden, von denen wir wissen, dass sie glücklich sind, um eine Bewertung: {link}")),
        ("de-DE", format!("Über eine Rezension freuen wir uns: {link}\nPS: Kritik bitte direkt an uns, Lob gern öffentlich.")),
        ("de-DE", "Wer mit (a) antwortet, bekommt von uns den Link zur Amazon-Bewertung.".to_string()),
        ("fr-FR", format!("Une fois qu'elle vous a convaincu, et seulement alors, un petit mot sur Amazon nous aiderait : {link}")),
        ("it-IT", format!("Lascia una recensione: {link}\nP.S. Se non è tutto perfetto, diccelo in privato.")),
        ("ja-JP", format!("レビューをお願いします。{link}\n追伸：星が5つに届かない場合は、こっそり当店にだけ教えていただけると助かります。")),
    ] {
        assert_fires(&src, &in_locale(locale), rule::REVIEW_GATING);
    }
}

/// The eleventh round's incentives, without money words: a name engraved per review, a call from
/// the founder, a better trade tier, engraving, a warranty taken further, a place in a club, early
/// ordering, a digital recipe book.
#[test]
fn rewards_without_money_words_are_incentives() {
    for (locale, src) in [
        ("en-US", "We burn a new name into our workshop board every time someone writes a review."),
        ("en-US", "Our founder likes to personally phone the people who've written a review, and you'd also get her direct number."),
        ("en-US", "Business customers who leave us seller feedback are moved straight to our gold trade tier."),
        ("fr-FR", "Laissez un avis, renvoyez-nous le stylo et nous y graverons vos initiales, retour compris."),
        ("fr-FR", "Si vous nous laissez un avis sur Amazon, nous la portons à quatre ans."),
        ("it-IT", "Chi ha già recensito la versione 1 potrà ordinarla prima degli altri."),
        ("it-IT", "Le aziende che lasciano un feedback ottengono un referente dedicato."),
        ("es-ES", "Y si nos dejas tu reseña, te mandamos nuestro recetario digital."),
        ("de-DE", "Allen, die unseren Tee auf Amazon rezensieren, legen wir eine Probe der neuen Ernte bei."),
        ("ja-JP", "出品者評価をご投稿いただいた法人様には、優先サポート窓口をご用意しております。"),
    ] {
        assert_fires(src, &in_locale(locale), rule::REVIEW_INCENTIVE);
    }
}

/// Look-alikes of the eleventh round: a benefit said to be independent of the review, a refused
/// reward, "en tant que vendeur", an arrival pleasantry, いただけましたら幸いです.
#[test]
fn independent_benefits_and_pleasantries_stay_clean() {
    let link = "{{ links.product_review }}";
    let feedback = "{{ links.seller_feedback }}";
    for (locale, src) in [
        ("en-US", format!("An honest review helps others: {link}\nWe send spare parts free for two years, whether or not you review.")),
        ("de-DE", format!("Eine ehrliche Rezension hilft: {link}\nGanz unabhängig davon, ob Sie eine Rezension schreiben oder nicht: Ersatzteile schicken wir kostenlos.")),
        ("ja-JP", format!("当店はレビューに対してお礼の品などは一切お送りしておりません。率直なご意見をお聞かせください。{link}")),
        ("it-IT", format!("Non offriamo nulla in cambio: ogni opinione, anche critica, è utile. {link}")),
        ("fr-FR", format!("Si vous le souhaitez, vous pouvez évaluer notre service en tant que vendeur : {feedback}")),
        ("ja-JP", format!("商品は無事にお手元に届きましたでしょうか。よろしければ、出品者評価をお寄せください。{feedback}")),
        ("ja-JP", format!("レビューをお寄せいただけましたら幸いです。どのようなご感想でも構いません。{link}")),
    ] {
        assert_clean_review_request(locale, &src);
    }
}

#[test]
fn a_template_without_its_locale_is_read_with_the_language_it_is_written_in() {
    // Italian "prime" is "first"; a French "prime" is a bonus. The Italian template is read as
    // Italian, not with the French table too.
    let italian = "Subject: {{ store.name }}: il tuo zaino\nCiao {{ buyer.first_name }},\n\n\
        grazie per il tuo ordine e per la fiducia. Speriamo che lo zaino ti sia utile nelle \
        prime gite in montagna: è leggero ma molto capiente.\n\
        Se ti va, lascia una recensione sincera: {{ links.product_review }}\n\nA presto,\n{{ store.name }}\n";
    let found = lint_source(italian, &any_kind());
    assert!(!has_errors(&found), "{found:#?}");
    // With a French locale the lines are still clearly Italian, and read as Italian: the
    // first outings in the mountains, not a bonus.
    let found = lint_source(italian, &any_kind().with_locale("fr-FR"));
    assert!(!has_errors(&found), "{found:#?}");
    let french = "Subject: {{ store.name }} : votre sac\nBonjour {{ buyer.first_name }},\n\n\
        une prime de 5 € vous attend pour chaque avis laissé sur le sac : {{ links.product_review }}\n\n\
        Merci et à bientôt, toute l'équipe de {{ store.name }}\n";
    assert_fires(french, &any_kind(), rule::REVIEW_INCENTIVE);
    // A text whose language is not clear is read with every table.
    assert_fires(
        "Une prime per ogni review: {{ links.product_review }}",
        &any_kind(),
        rule::REVIEW_INCENTIVE,
    );
}

#[test]
fn a_line_in_another_language_is_read_with_that_language_s_table() {
    // An English email for Amazon UK with one sentence in German for German-speaking buyers:
    // the German condition is read, with the en-GB locale and without one.
    let mixed = "Subject: {{ store.name }}: your kettle\nHi {{ buyer.first_name }},\n\n\
        thank you for choosing our kettle. Descale it once a month for the best taste.\n\
        Hat Ihnen der Wasserkocher gefallen, dann schreiben Sie uns bitte eine Bewertung: \
        {{ links.product_review }}\n\nKind regards,\nThe {{ store.name }} team\n";
    assert_fires(mixed, &any_kind(), rule::REVIEW_GATING);
    assert_fires(mixed, &any_kind().with_locale("en-GB"), rule::REVIEW_GATING);
    // The same email with a plain German help line stays clean.
    let help = mixed.replace(
        "Hat Ihnen der Wasserkocher gefallen, dann schreiben Sie uns bitte eine Bewertung: \
        {{ links.product_review }}",
        "Bei Fragen zum Entkalken schreiben Sie uns einfach über {{ links.contact }}, wir helfen \
        Ihnen gern.",
    );
    for ctx in [any_kind(), any_kind().with_locale("en-GB")] {
        let found = lint_source(&help, &ctx);
        assert!(!has_errors(&found), "{found:#?}");
    }
}

/// A condition on a plain fact about the buyer's own use or purchase (a photo taken, a gift,
/// a place it was used) is no verdict, so the ask under it is not gated; a verdict joined to
/// the same fact ("… and it kept you dry") still is.
#[test]
fn a_fact_about_the_buyers_use_is_no_condition_on_the_review() {
    let rr = kind(CampaignKind::ReviewRequest);
    for clean in [
        "If you snapped a picture of the kettle in action, you can add it to your review: {{ links.product_review }}",
        "If you ordered the scarf as a present, a review is still welcome: {{ links.product_review }}",
        "If you've used the stove at altitude, say how long it took to boil in your review: {{ links.product_review }}",
    ] {
        assert_silent(clean, &rr, rule::REVIEW_GATING);
    }
    for gated in [
        "If you used the stove at altitude and it boiled fast, please leave a review: {{ links.product_review }}",
        "If you snapped a picture and adore the colours, please review it: {{ links.product_review }}",
        "If you ordered it for your mum but she is happy with it, please review it: {{ links.product_review }}",
        "If you've used the stove outdoors with no problems at all, please leave a review: {{ links.product_review }}",
    ] {
        assert_fires(gated, &rr, rule::REVIEW_GATING);
    }
}

/// The item bought as a present is the buyer's gift, not the seller's: "if it was a gift", "was
/// the lamp a present?", "falls es ein Geschenk war" neither condition the ask nor offer a
/// reward; a verdict joined to it, or a gift the seller sends, still does.
#[test]
fn an_item_bought_as_a_gift_is_no_condition_and_no_reward() {
    let rr = kind(CampaignKind::ReviewRequest);
    for clean in [
        "If the blender was a present, the person using it is welcome to review it: {{ links.product_review }}",
        "Was the blender a gift? A review from the person using it helps just as much: {{ links.product_review }}",
        "Falls der Mixer ein Geschenk war, freuen wir uns trotzdem über eine ehrliche Rezension: {{ links.product_review }}",
        "War der Mixer ein Geschenk? Auch dann hilft eine Bewertung anderen Käufern: {{ links.product_review }}",
    ] {
        assert_silent(clean, &rr, rule::REVIEW_GATING);
        assert_silent(clean, &rr, rule::REVIEW_INCENTIVE);
    }
    for gated in [
        "If the blender was a present and it went down well, please review it: {{ links.product_review }}",
        "Falls der Mixer ein Geschenk war und gut ankam, freuen wir uns über eine Rezension: {{ links.product_review }}",
    ] {
        assert_fires(gated, &rr, rule::REVIEW_GATING);
    }
    assert_fires(
        "Was it a gift? Review it and we will send you a gift card: {{ links.product_review }}",
        &rr,
        rule::REVIEW_INCENTIVE,
    );
}

#[test]
fn a_review_asked_between_registering_and_the_warranty_is_an_incentive() {
    for (locale, src) in [
        ("de-DE", "Registrieren Sie das Gerät und schreiben Sie eine Bewertung, dann verlängert sich die Garantie auf 5 Jahre.\n{{ links.product_review }}"),
        ("de-DE", "Bei Registrierung und Rezension verlängert sich die Garantie auf fünf Jahre: {{ links.product_review }}"),
        ("fr-FR", "Enregistrez votre produit et laissez un avis, et la garantie passe à 5 ans.\n{{ links.product_review }}"),
        ("it-IT", "Registra il prodotto e lascia una recensione e la garanzia passa a 5 anni.\n{{ links.product_review }}"),
        ("es-ES", "Registre el producto y deje una reseña y la garantía pasa a 5 años.\n{{ links.product_review }}"),
        ("ja-JP", "製品登録とレビュー投稿をしていただくと、保証期間が5年に延長されます。\n{{ links.product_review }}"),
        ("en-US", "Register your product and leave a review to extend your warranty to five years.\n{{ links.product_review }}"),
    ] {
        assert_fires(src, &in_locale(locale), rule::REVIEW_INCENTIVE);
        assert_fires(src, &any_kind(), rule::REVIEW_INCENTIVE);
    }
    for (locale, src) in [
        ("de-DE", "Registrieren Sie das Gerät innerhalb von 30 Tagen, dann verlängert sich die Garantie auf 5 Jahre. Eine ehrliche Bewertung hilft anderen: {{ links.product_review }}"),
        ("fr-FR", "Enregistrez votre produit sous 30 jours et la garantie passe à 5 ans. Un avis honnête aide les autres clients : {{ links.product_review }}"),
        ("en-US", "Register your jump starter within 30 days on the card in the box to extend the warranty to three years.\n\nIf you would like to share your experience, the review page is here: {{ links.product_review }}"),
        ("en-US", "After registration the warranty runs five years. An honest review helps other buyers: {{ links.product_review }}"),
    ] {
        assert_clean_review_request(locale, src);
    }
}

/// Each `steered` sentence steers the rating in a review request in its locale; each `clean`
/// one is a clean review request.
fn stars_steer_or_stay_clean(steered: &[(&str, &str)], clean: &[(&str, &str)]) {
    let rr = kind(CampaignKind::ReviewRequest);
    for &(locale, src) in steered {
        assert_fires(src, &rr.clone().with_locale(locale), rule::REVIEW_STEERING);
    }
    for &(locale, src) in clean {
        assert_clean_review_request(locale, src);
    }
}

/// Stars a third party's test gives a thing stay its grade only while no ask of the buyer
/// governs them: an ask to give, award or rate them, or "from you" or the review link beside
/// them, leaves them a star count, whatever test or safety word stands beside them.
#[test]
fn test_stars_asked_of_the_buyer_still_steer() {
    stars_steer_or_stay_clean(
        &[
        ("en-US", "Please give our helmet a five-star safety rating here: {{ links.product_review }}"),
        ("en-US", "Could you rate the lock five stars in the safety test? {{ links.product_review }}"),
        ("en-US", "A five-star crash-test score from you would make our week: {{ links.product_review }}"),
        ("de-DE", "Bitte geben Sie unserem Helm hier fünf Sterne im Sicherheitstest: {{ links.product_review }}"),
        ("de-DE", "Bitte geben Sie uns eine Fünf-Sterne-Sicherheitsbewertung: {{ links.product_review }}"),
        ("de-DE", "Könnten Sie dem Sitz fünf Sterne im Crashtest geben? {{ links.product_review }}"),
        ("es-ES", "Dele a nuestro casco cinco estrellas de seguridad aquí: {{ links.product_review }}"),
        ("es-ES", "Denos cinco estrellas en seguridad: {{ links.product_review }}"),
        ("es-ES", "Otórguele cinco estrellas en la prueba de choque: {{ links.product_review }}"),
        ("fr-FR", "Donnez à notre casque cinq étoiles de sécurité ici : {{ links.product_review }}"),
        ("fr-FR", "Attribuez-lui cinq étoiles au test de sécurité : {{ links.product_review }}"),
        ("it-IT", "Dai al nostro casco cinque stelle di sicurezza qui: {{ links.product_review }}"),
        ("it-IT", "Ci dia cinque stelle nel test di sicurezza: {{ links.product_review }}"),
        ("ja-JP", "ヘルメットに安全評価の星5つをこちらからお願いします。{{ links.product_review }}"),
        ("ja-JP", "衝突安全評価で星5つをつけてください。{{ links.product_review }}"),
        ],
        &[
        ("en-US", "Euro NCAP gave the hatchback five stars, but a dash cam still records who was at fault. You can review the camera here: {{ links.product_review }}"),
        ("en-US", "Choose a seat with a five-star ADAC rating if you like. You can review the cover here: {{ links.product_review }}"),
        ("de-DE", "Der Sitz hat im ADAC-Test fünf Sterne bekommen, bitte prüfen Sie trotzdem die Gurte. Hier können Sie den Bezug bewerten: {{ links.product_review }}"),
        ("es-ES", "La NHTSA le dio cinco estrellas al coche y aun así conviene grabar. Puede dejar su reseña aquí: {{ links.product_review }}"),
        ("fr-FR", "Votre casque a obtenu cinq étoiles au test SHARP, mettez-le quand même bien serré. Vous pouvez laisser un avis ici : {{ links.product_review }}"),
        ("it-IT", "Dai un'occhiata ai risultati: cinque stelle Euro NCAP non bastano. Può lasciare una recensione qui: {{ links.product_review }}"),
        ("ja-JP", "JNCAPで星5つを獲得した車に付けてお使いください。レビューはこちらから：{{ links.product_review }}"),
        ],
    );
}

/// Stars or a top mark that an examiner, a jury, judges, a critic or a paper gave a pupil, a
/// band or a show are that party's grade; the same wished or asked of the buyer, even beside a
/// judge, still steer.
#[test]
fn stars_a_jury_or_a_critic_gave_are_their_grade() {
    stars_steer_or_stay_clean(
        &[
        ("en-GB", "Please give our bow five stars like the examiner did: {{ links.product_review }}"),
        ("en-GB", "The judges loved it, so five stars from you too would be lovely: {{ links.product_review }}"),
        ("en-GB", "We hope for a five-star review from you: {{ links.product_review }}"),
        ("en-GB", "Like the jury, please give the pedal top marks: {{ links.product_review }}"),
        ("de-DE", "Geben Sie unserem Bogen fünf Sterne wie die Jury: {{ links.product_review }}"),
        ("de-DE", "Die Jury war begeistert, bitte geben Sie uns auch die Bestnote: {{ links.product_review }}"),
        ("fr-FR", "Donnez-nous cinq étoiles comme le jury : {{ links.product_review }}"),
        ("fr-FR", "Comme la presse, attribuez-lui la note maximale : {{ links.product_review }}"),
        ("it-IT", "Ci dia cinque stelle come la giuria: {{ links.product_review }}"),
        ("es-ES", "Denos cinco estrellas como el jurado: {{ links.product_review }}"),
        ("es-ES", "Ponga la nota máxima en tu reseña: {{ links.product_review }}"),
        ("ja-JP", "最高の評価をお願いします。{{ links.product_review }}"),
        ("ja-JP", "審査員のように五つ星をつけてください。{{ links.product_review }}"),
        ("ja-JP", "星5つの評価をお願いします。{{ links.product_review }}"),
        ("en-GB", "Leave us a five-star review like the critics did: {{ links.product_review }}"),
        ("fr-FR", "Comme la presse nous espérons cinq étoiles : {{ links.product_review }}"),
        ("es-ES", "Igual que el jurado, esperamos cinco estrellas de usted: {{ links.product_review }}"),
        ("it-IT", "Come la giuria, ci dia il voto massimo: {{ links.product_review }}"),
        ],
        &[
        ("en-GB", "Our cellist was awarded five stars by the adjudicators at the spring festival. You can review the strings here: {{ links.product_review }}"),
        ("en-GB", "The local paper gave the choir's carol concert five stars. You can review the stand here: {{ links.product_review }}"),
        ("en-GB", "A pupil of ours got top marks in her theory exam. You can review the metronome here: {{ links.product_review }}"),
        ("de-DE", "Die Prüfer haben unserer Schülerin für ihr Vorspiel die Bestnote gegeben. Hier können Sie die Saiten bewerten: {{ links.product_review }}"),
        ("de-DE", "Das Trio bekam fünf Sterne vom Kritiker der Stadtzeitung. Hier können Sie das Pult bewerten: {{ links.product_review }}"),
        ("fr-FR", "Le jury du conservatoire a décerné la note maximale à notre élève. Vous pouvez laisser un avis ici : {{ links.product_review }}"),
        ("fr-FR", "Le spectacle de fin d'année a reçu cinq étoiles dans le journal local. Vous pouvez laisser un avis ici : {{ links.product_review }}"),
        ("it-IT", "La giuria del conservatorio le ha dato cinque stelle per la sonata. Può lasciare una recensione qui: {{ links.product_review }}"),
        ("it-IT", "Il concerto ha avuto cinque stelle sul quotidiano locale. Può lasciare una recensione qui: {{ links.product_review }}"),
        ("es-ES", "El jurado del certamen le dio la puntuación máxima a nuestra alumna. Puede dejar su reseña aquí: {{ links.product_review }}"),
        ("es-ES", "La revista de la ciudad publicó una crítica del recital con cinco estrellas. Puede dejar su reseña aquí: {{ links.product_review }}"),
        ("ja-JP", "教室の生徒がオーディションで審査員から満点をもらいました。レビューはこちらから：{{ links.product_review }}"),
        ("ja-JP", "先週の発表会は、地元紙で星5つの演奏評をいただきました。レビューはこちらから：{{ links.product_review }}"),
        ],
    );
}
