//! Wording rules over the buyer-visible text, in English, Japanese and German: rating steering,
//! review gating, incentives, review/feedback requests, feedback-change requests, marketing.
//!
//! Patterns are case-insensitive and whitespace-tolerant (tera and HTML are already blanked to
//! spaces); full-width digits and punctuation are folded to ASCII before matching. Incentive
//! words only count as review incentives when a review/feedback mention is close: the same
//! sentence for words that ordinary service mail uses too ("refund", 「返金」, "Erstattung"),
//! the same or a neighbouring sentence for words that only a reward uses ("gift card").

use std::sync::LazyLock;

use regex::Regex;

use super::scan::{Scanned, TeraKind};
use super::{rule, Hit, LintContext};
use crate::CampaignKind;

fn compile(patterns: &[&str]) -> Vec<Regex> {
    patterns
        .iter()
        .map(|p| Regex::new(p).unwrap_or_else(|e| panic!("built-in lint pattern {p:?}: {e}")))
        .collect()
}

/// Char ranges matched by any of `res`, overlaps dropped (the earliest, longest match wins).
fn spans(scan: &Scanned, res: &[Regex]) -> Vec<(usize, usize)> {
    let mut all: Vec<(usize, usize)> = res.iter().flat_map(|re| scan.text.find(re)).collect();
    all.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut kept: Vec<(usize, usize)> = Vec::new();
    for span in all {
        if kept.last().is_none_or(|last| span.0 >= last.1) {
            kept.push(span);
        }
    }
    kept
}

static STEERING: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    compile(&[
        // en
        r"(?i)\b(?:5|five|full|top|max(?:imum)?)[\s-]*stars?\b",
        r"[★⭐✩✪✫✬✭✮✯✰🌟]\s*[★⭐✩✪✫✬✭✮✯✰🌟](?:\s*[★⭐✩✪✫✬✭✮✯✰🌟])+",
        r"(?i)[★⭐]\s*(?:5|five|五)|(?:\b5|\bfive|五)\s*[★⭐]",
        r"(?i)\b(?:positive|good|great|excellent|favou?rable|nice|glowing|high|higher|highest|top|perfect|best|stellar|kind|wonderful|awesome|amazing|fantastic|brilliant|outstanding|superb|rave|raving|shining|lovely|fabulous)\s+(?:(?:product|seller|customer|amazon|star)\s+)?(?:reviews?|feedback|ratings?|scores?|comments?|testimonials?|marks)\b",
        r"(?i)\b(?:rate|rating)\s+(?:us|it|them|the\s+\w+|this\s+\w+|our\s+\w+)\s+(?:5|five|highly|high|well|top|positively)\b",
        r"(?i)\b(?:give|leave)\s+(?:us|it|the\s+\w+)\s+(?:a\s+)?(?:5|five|full|top|high|good|great|positive|perfect)\b(?:[\s-]*stars?\b)?",
        r"(?i)\b(?:nothing|anything)\s+(?:less|lower)\s+than\s+(?:5|five|perfect|excellent|a\s+perfect)\b",
        r"(?i)\b(?:don'?t|do\s+not|please\s+don'?t|never|avoid|instead\s+of|rather\s+than|no\s+need\s+(?:for|to))\s+(?:[\w'-]+\s+){0,3}?(?:negative|bad|poor|low|lower|neutral|critical|unfavou?rable|(?:1|2|3|one|two|three)[\s-]*stars?)\s+(?:(?:product|seller|customer|star)\s+)?(?:reviews?|feedback|ratings?|comments?)\b",
        // ja
        r"星\s*(?:5|五)\s*つ?|(?:5|五)\s*つ\s*星|(?:5|五)\s*星",
        r"高評価|最高評価|好評価|満点|星(?:を)?(?:たくさん|いっぱい|満タン)",
        r"(?:良い|よい|いい|良き|嬉しい|うれしい|素敵な|素晴らしい|すばらしい|ポジティブな|好意的な|プラスの|最高の)\s*(?:評価|レビュー|口コミ|クチコミ)",
        r"(?:悪い|低い|ネガティブな|否定的な|マイナスの|厳しい)\s*(?:評価|レビュー)\s*(?:は|を)?\s*(?:ご遠慮|控え|お控え|避け|しないで|つけないで|付けないで|書かないで)",
        // de
        r"(?i)\b(?:5|fünf|volle[nrms]?|höchste[nrms]?|maximale[nrms]?)[\s-]*stern(?:e|en)?\w*",
        r"(?i)\b(?:höchstbewertung|bestbewertung|bestnote)\w*|\bvolle\s+punktzahl\b",
        r"(?i)\b(?:positiv|gut|toll|ausgezeichnet|hervorragend|super|best|hoh|exzellent|glänzend|schön|wohlwollend|großartig|spitzen)(?:e|en|em|er|es)?\s+(?:\w*bewertung(?:en)?|rezension(?:en)?|feedback|beurteilung(?:en)?|sternen?)\b",
        r"(?i)\b(?:keine|nicht|statt|anstatt|ohne)\s+(?:[\w-]+\s+){0,2}?(?:negative|schlechte|neutrale|kritische|niedrige)[nrms]?\s+(?:\w*bewertung|rezension|feedback)\w*",
    ])
});

/// A condition on the buyer being happy ("if you are satisfied, …"): gating when it leads to a
/// review. Matches containing a negation are dropped (see [`NEGATION`]).
static POSITIVE_CONDITION: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    compile(&[
        r"(?i)\b(?:if|when|once|should|as\s+long\s+as|provided(?:\s+that)?|in\s+case)\s+you(?:'re|'ve|\s+are|\s+were|\s+feel|\s+have\s+been|\s+had|\s+did)?\s+(?:[\w'-]+\s+){0,2}?(?:happy|satisfied|pleased|delighted|content|thrilled|impressed|(?:love|loved|loving|like|liked|enjoy|enjoyed|enjoying)\s+(?:it|the|your|our|this|them|using))\b",
        r"(?i)\bif\s+(?:everything|all|it)\s+(?:is|was|went|looks|works|worked)\s+(?:\w+\s+)?(?:fine|good|well|great|ok|okay|perfect|to\s+your\s+(?:liking|satisfaction))\b",
        r"(?i)\bif\s+(?:the|your)\s+(?:[\w-]+\s+){0,2}?(?:meets|met|lived\s+up\s+to|exceeded|exceeds)\s+your\s+expectations\b",
        r"(?i)\bif\s+you\s+(?:had|have)\s+(?:a|an)\s+(?:good|great|positive|pleasant|nice|excellent|wonderful)\s+experience\b",
        r"(?:ご満足|満足|気に入|お気に召|お喜び|喜ん)[^。!?\n]{0,12}?(?:たら|れば|なら|場合|ようでしたら|ようであれば)",
        r"(?i)\b(?:wenn|falls|sofern|sollten)\s+(?:[\w-]+\s+){0,5}?(?:zufrieden|glücklich|begeistert|gefällt|gefallen|überzeugt)\b",
    ])
});

static NEGATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bnot\b|n't\b|\bnever\b|\bless\b|\bun\w+|\bdis\w+|\bnicht\b|\bkein\w*|ない|ず|不満|なかっ")
        .expect("built-in pattern")
});

/// Sending unhappy buyers to the seller instead of to the review form.
static DIVERSION: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    compile(&[
        r"(?i)\b(?:contact|e-?mail|message|reach\s+out\s+to|reach|write\s+to|tell|let\s+us\s+know|get\s+in\s+touch)\b[^.!?\n]{0,80}?\b(?:before|prior\s+to|instead\s+of|rather\s+than)\s+(?:[\w'-]+\s+){0,4}?(?:reviews?|feedback|ratings?)\b",
        r"(?i)\b(?:before|prior\s+to|instead\s+of|rather\s+than)\s+(?:[\w'-]+\s+){0,4}?(?:reviews?|feedback|ratings?)\b[^.!?\n]{0,60}?\b(?:contact|e-?mail|message|reach|tell\s+us|let\s+us\s+know|get\s+in\s+touch)",
        r"(?:評価|レビュー)[^。!?\n]{0,20}?(?:前に|より先に|代わりに|かわりに)[^。!?\n]{0,30}?(?:ご連絡|連絡|お問い合わせ|問い合わせ|ご相談)",
        r"(?:ご連絡|お問い合わせ|ご相談)[^。!?\n]{0,30}?(?:評価|レビュー)[^。!?\n]{0,12}?(?:前に|より先に|代わりに)",
        r"(?i)\b(?:bevor|ehe|statt|anstatt|anstelle)\s+(?:[\w-]+\s+){0,5}?(?:\w*bewertung|rezension|feedback)\w*[^.!?\n]{0,80}?(?:kontaktier|melden|schreiben\s+sie\s+uns|wenden|kontakt|nachricht)",
        r"(?i)\b(?:kontaktieren|melden|wenden|schreiben)\s+(?:Sie\s+)?(?:[\w-]+\s+){0,6}?(?:bevor|ehe|statt|anstatt)\s+(?:[\w-]+\s+){0,5}?(?:\w*bewertung|rezension|feedback)",
    ])
});

/// Any mention of a review, rating or feedback (what an incentive or a condition attaches to).
static MENTION: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    compile(&[
        r"(?i)\b(?:reviews?|feedback|ratings?|testimonials?)\b",
        r"(?i)\b(?:\d|one|two|three|four|five|full)[\s-]*stars?\b|\bstars?[\s-]+(?:ratings?|reviews?)\b|\bstars\b",
        r"(?i)\brate\s+(?:us|it|the\s+(?:product|item|seller)|this\s+(?:product|item|seller)|your\s+(?:purchase|order|experience))\b",
        r"(?i)\w*(?:bewertung|rezension)\w*|\bbewerten\b|\bsternen?\b",
        r"レビュー|評価|口コミ|クチコミ|フィードバック|[★⭐]|星\s*[1-5一二三四五]",
    ])
});

/// "we will review your case": the seller reviewing, not a review.
static SELLER_REVIEWS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:we|we'll|will|shall|team|staff|i'll)\s+(?:\w+\s+)?$")
        .expect("built-in pattern")
});

/// Rewards that ordinary service mail never offers: an incentive if a review is mentioned in
/// the same or a neighbouring sentence.
static INCENTIVE_STRONG: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    compile(&[
        r"(?i)\bgift[\s-]*(?:cards?|certificates?|vouchers?|codes?)\b",
        r"(?i)\b(?:vouchers?|coupons?|promo(?:tion(?:al)?)?\s+codes?|discount(?:s|ed)?|rebates?|cash[\s-]*back|store\s+credit|bonus(?:es)?|rewards?|freebies?|perks?)\b",
        r"(?i)\b\d+\s*%\s*off\b|[$€£¥]\s*\d+(?:[.,]\d+)?\s+off\b|\b\d+(?:[.,]\d+)?\s*(?:dollars?|euros?|usd|eur)\s+off\b",
        r"(?i)\bfree\s+(?:gifts?|samples?|bonus(?:es)?|products?|items?|units?|accessor(?:y|ies)|stuff|goods|upgrades?)\b",
        r"(?i)\b(?:a|an)\s+(?:small|little|special|surprise|extra)\s+(?:gift|present|thank[\s-]you|surprise)\b|\bsurprise\s+(?:gift|present|bonus)\b",
        r"(?i)\b(?:paypal|venmo|cash\s*app|zelle)\b|\bscreen[\s-]?shots?\b|\bin\s+(?:exchange|return)\s+for\b|\bcompensat\w+|\bpay\s+you\b",
        r"クーポン|割引|値引|プレゼント|ギフト券|ギフトカード|アマギフ|商品券|特典|謝礼|粗品|キャッシュバック|おまけ|スクリーンショット|スクショ|お礼の品|進呈|差し上げ|PayPay|ペイペイ|PayPal|ペイパル|現金|ポイント(?:を)?(?:付与|進呈|差し上げ|プレゼント)|[0-9]+\s*%\s*(?:オフ|OFF|off|引き)|[0-9]+\s*円\s*(?:オフ|引き)",
        r"(?i)\w*gutschein\w*|\w*rabatt\w*|\bgeschenk\w*|\w+geschenk\b|\bgratis\w+|\bprämie\w*|\bbelohnung\w*|\bbonus\w*|\bcash[\s-]*back\b|\bscreenshots?\b|\bim\s+austausch\b|\bals\s+gegenleistung\b|\bals\s+dankeschön\b|\bentschädigung\w*|\bpreisnachlass\w*|\b\d+\s*%\s*(?:nachlass|rabatt)",
    ])
});

/// Words service mail uses too ("we refund you if it is broken"): an incentive only in the
/// same sentence as a review mention, and not when that sentence is about a problem.
static INCENTIVE_WEAK: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    compile(&[
        r"(?i)\b(?:refund\w*|reimburs\w*|money[\s-]+back|pay\s+(?:you\s+)?back|cash|gifts?|for\s+free|free\s+of\s+charge|at\s+no\s+(?:cost|charge)|complimentary)\b",
        r"返金|全額|無料|タダ|ただで|お返し|返還",
        r"(?i)\w*erstatt\w*|\bgeld\s+zurück\b|\bkostenlos\w*|\bumsonst\b|\bgratis\b",
    ])
});

/// "… write a review. We will then refund you": a reward promised right after the ask.
static SEQUEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:then|afterwards?|after\s+that|in\s+return|dann|danach|anschließend|im\s+gegenzug)\b|その後|投稿後|後ほど")
        .expect("built-in pattern")
});

static PROBLEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:wrong|brok\w*|break\w*|defect\w*|damag\w*|missing|problems?|issues?|fault\w*|not\s+work\w*|doesn't\s+work|stops?\s+working|unhappy|not\s+satisfied|dissatisfied|return\w*|replac\w*|kaputt|defekt\w*|beschädigt\w*|fehl\w*|problem\w*|mangel\w*|mängel\w*|unzufrieden|ersatz\w*|rücksend\w*|umtausch\w*)\b|不良|破損|故障|不具合|問題|欠品|返品|交換|ご不満")
        .expect("built-in pattern")
});

/// Asking for a review or feedback. The target (product review or seller feedback) is read off
/// the matched words by [`target_of`].
static REQUEST: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    compile(&[
        // en
        r"(?i)\b(?:leave|left|leaving|write|writing|post|posting|submit|submitting|share|sharing|give|giving|add|adding|drop|dropping|provide|providing|publish|pen)\s+(?:[\w'-]+\s+){0,4}?(?:reviews?|ratings?|testimonials?)\b",
        r"(?i)\b(?:leave|left|leaving|post|posting|submit|submitting|drop)\s+(?:[\w'-]+\s+){0,4}?feedback\b",
        r"(?i)\bseller\s+feedback\b",
        r"(?i)\b(?:give|provide|share|write)\s+(?:[\w'-]+\s+){0,4}?feedback\s+(?:on|at|via|through)\s+amazon\b",
        r"(?i)\brate\s+(?:us|the\s+seller|this\s+seller|our\s+(?:store|shop|service))\b",
        r"(?i)\b(?:would|could|can|will)\s+you\s+(?:please\s+|kindly\s+)?(?:mind\s+|consider\s+|be\s+(?:so\s+kind|willing)\s+(?:as\s+)?to\s+)?(?:review|rate|reviewing|rating)\b",
        r"(?i)\b(?:take|spare|find)\s+(?:a|one|some|just\s+a)\s+(?:quick\s+|few\s+)?(?:moment|minute|minutes|seconds|second|time)\s+to\s+(?:review|rate)\b",
        r"(?i)\b(?:review|rate)\s+(?:it|us|them|the\s+(?:product|item|seller)|this\s+(?:product|item)|your\s+(?:purchase|order|item|product))\s+on\s+amazon\b",
        r"(?i)\brate\s+(?:the|this|your)\s+(?:product|item|purchase)\b",
        r"(?i)\b(?:appreciate|love|welcome|grateful\s+for)\s+(?:it\s+if\s+you\s+(?:could|would)\s+(?:\w+\s+)?)?(?:a|an|your|some)\s+(?:[\w'-]+\s+){0,2}?(?:reviews?|ratings?)\b",
        r"(?i)\bhow\s+many\s+stars\b",
        r"(?i)\b(?:a|your)\s+(?:[\w'-]+\s+){0,2}?review\s+(?:would|will|could)\s+(?:really\s+|truly\s+|greatly\s+)?(?:help|mean|make|be\s+(?:much\s+|greatly\s+|very\s+|really\s+)?appreciated)\b",
        // ja
        r"(?:商品)?(?:レビュー|口コミ|クチコミ|カスタマーレビュー)(?:を|の|へ|に)?\s*(?:ご?投稿|お書き|書いて|書き込|ご記入|記入して|お寄せ|残して|お願い|いただけ|頂け|くださ|下さ|ご協力|お聞かせ|ご参加)",
        r"(?:出品者|ストア|ショップ|販売者|セラー|当店|弊社)(?:の|へ|への)?(?:評価|フィードバック)(?:を|の)?\s*(?:ご?投稿|お書き|書いて|つけて|付けて|お寄せ|残して|お願い|いただけ|頂け|くださ|下さ|ご協力)",
        r"(?:評価|フィードバック)(?:を|の)?\s*(?:ご?投稿|お書き|書いて|つけて|付けて|お寄せ|残して|お願い|いただけ|頂け|くださ|下さ|ご協力)",
        r"ご評価(?:いただ|頂|くださ|下さ|を)|(?:星|★)(?:を|の数)?\s*(?:つけて|付けて|お付け|おつけ)",
        // de
        r"(?i)\b(?:hinterlassen|hinterlässt|schreiben|verfassen|abgeben|geben|posten|teilen)\s+(?:Sie\s+)?(?:uns\s+)?(?:[\w-]+\s+){0,3}?(?:\w*bewertung(?:en)?|rezension(?:en)?|sterne(?:bewertung)?)\b",
        r"(?i)\b(?:\w*bewertung(?:en)?|rezension(?:en)?)\s+(?:[\w-]+\s+){0,3}?(?:zu\s+)?(?:hinterlassen|schreiben|verfassen|abgeben|abzugeben|geben|posten|teilen)\b",
        r"(?i)\b(?:hinterlassen|posten)\s+(?:Sie\s+)?(?:uns\s+)?(?:[\w-]+\s+){0,3}?feedback\b|\bfeedback\s+(?:[\w-]+\s+){0,3}?(?:zu\s+)?(?:hinterlassen|posten)\b",
        r"(?i)\bverkäufer[\s-]*(?:bewertung|feedback)\w*",
        r"(?i)\bbewerten\s+Sie\b|\b(?:würden|könnten|möchten|würde|wollen)\s+Sie\s+(?:[\w-]+\s+){0,4}?(?:bewerten|rezensieren)\b",
        r"(?i)\b(?:freuen|freue|dankbar)\s+(?:[\w-]+\s+){0,3}?(?:über|für)\s+(?:eine|ihre|einige)\s+(?:[\w-]+\s+){0,2}?(?:\w*bewertung|rezension)\b",
    ])
});

static FEEDBACK_CHANGE: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    compile(&[
        r"(?i)\b(?:remov(?:e|ed|ing)|delet(?:e|ed|ing)|chang(?:e|ed|ing)|updat(?:e|ed|ing)|revis(?:e|ed|ing)|edit(?:ed|ing)?|modif(?:y|ied|ying)|amend(?:ed|ing)?|withdr(?:aw|ew|awing)|retract(?:ed|ing)?|reconsider(?:ed|ing)?|adjust(?:ed|ing)?|upgrad(?:e|ed|ing)|rais(?:e|ed|ing)|take\s+down|taking\s+down|took\s+down)\s+(?:[\w'-]+\s+){0,3}?(?:feedback|reviews?|ratings?|stars?|comments?)\b",
        r"(?i)\b(?:feedback|reviews?|ratings?)\s+(?:[\w'-]+\s+){0,2}?(?:removed|changed|updated|deleted|revised|edited|modified|withdrawn|retracted|taken\s+down|amended|upgraded)\b",
        r"(?i)\b(?:removal|revision|deletion|change)\s+of\s+(?:[\w'-]+\s+){0,2}?(?:feedback|reviews?|ratings?)\b",
        r"(?:評価|レビュー|フィードバック|コメント|星)(?:を|の)?\s*(?:ご?削除|ご?変更|取り消|取消|ご?修正|撤回|見直|書き換え|書き直|更新|消して|消去|変えて|訂正|上げて)",
        r"(?i)\b(?:\w*bewertung|rezension|feedback)(?:en)?\s+(?:[\w-]+\s+){0,3}?(?:zu\s+)?(?:ändern|abändern|löschen|entfernen|zurückziehen|zurückzuziehen|anpassen|überarbeiten|aktualisieren|korrigieren|revidieren)\b",
        r"(?i)\b(?:ändern|löschen|entfernen|aktualisieren|anpassen|überarbeiten)\s+Sie\s+(?:[\w-]+\s+){0,3}?(?:\w*bewertung|rezension|feedback)\w*",
        r"(?i)\b(?:änderung|löschung|entfernung|anpassung)\s+(?:[\w-]+\s+){0,3}?(?:\w*bewertung|rezension|feedback)\w*",
    ])
});

static MARKETING: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    compile(&[
        // en
        r"(?i)\b(?:check\s+out|take\s+a\s+look\s+at|have\s+a\s+look\s+at|browse|explore|discover|visit|see|shop)\s+(?:all\s+)?(?:of\s+)?(?:our|my)\s+(?:[\w'-]+\s+){0,2}?(?:products|items|collections?|range|line[\s-]?up|store|shop|storefront|catalog(?:ue)?|selection|listings?|brand\s+store)\b",
        r"(?i)\bour\s+other\s+(?:products?|items?|listings?|brands?|models?)\b",
        r"(?i)\b(?:other|more|similar|related|new|latest)\s+products\s+(?:we|from\s+us|in\s+our)\b",
        r"(?i)\byou\s+(?:might|may|will|could)\s+also\s+(?:like|love|enjoy|want|need|be\s+interested)\b",
        r"(?i)\bnew\s+(?:arrivals?|releases?|collections?|launch(?:es)?|in\s+stock)\b|\bjust\s+(?:launched|arrived|dropped|released)\b",
        r"(?i)\b(?:big|huge|flash|summer|winter|spring|fall|autumn|holiday|christmas|easter|black\s+friday|cyber\s+monday|prime\s+day|clearance|seasonal|annual|special|mega|year[\s-]end|end[\s-]of[\s-]season|warehouse|weekend|anniversary)\s+sales?\b",
        r"(?i)\bon\s+sale\b|\bsale\s+(?:now|ends|starts|event|items)\b",
        r"(?i)\b(?:limited[\s-]time|exclusive|special|today'?s|daily|weekly|bundle|combo)\s+(?:offers?|deals?|discounts?|prices?|promotions?|coupons?)\b",
        r"(?i)\buse\s+(?:the\s+|our\s+|my\s+|this\s+)?(?:promo(?:tion(?:al)?)?\s+|coupon\s+|discount\s+|voucher\s+)?code\b|\b(?:promo(?:tion(?:al)?)?|coupon|discount|voucher)\s+codes?\b",
        r"(?i)\b(?:coupons?|vouchers?|gift[\s-]*cards?|discount(?:s|ed)?)\b|\b\d+\s*%\s*off\b|[$€£¥]\s*\d+(?:[.,]\d+)?\s+off\b|\bfree\s+(?:gifts?|samples?|bonus(?:es)?)\b",
        r"(?i)\b(?:follow|like|find|join|connect\s+with|friend|add)\s+us\s+(?:on|at)\s+(?:instagram|facebook|fb|twitter|x|tiktok|youtube|pinterest|linkedin|snapchat|social(?:\s+media)?)\b",
        r"(?i)\b(?:our|my)\s+(?:instagram|facebook|twitter|tiktok|youtube|pinterest)\b",
        r"(?i)\b(?:subscribe\s+to|sign\s+up\s+for|join)\s+our\s+(?:newsletter|mailing\s+list|vip|club|community|group|list|channel)\b",
        r"(?i)\bbuy\s+(?:one|1|two|2)\s+get\b|\bbogo\b|\bstock\s+up\b|\bshop\s+now\b|\bbuy\s+now\b",
        // ja
        r"新商品|新製品|新発売|新作|新入荷|新登場|再入荷|セール(?:$|[^ス])|タイムセール|特売|大特価|お買い得|お得(?:な|に|です|情報)|期間限定|数量限定|キャンペーン",
        r"(?:他|ほか|その他)の(?:商品|製品|アイテム)|姉妹品|関連商品|(?:おすすめ|オススメ)(?:の)?(?:商品|製品|アイテム)",
        r"(?:ストア|ショップ|店舗|ストアフロント)(?:ページ)?(?:を|も)?(?:ご覧|チェック|のぞいて|覗いて)",
        r"フォロー(?:して|を|お願い|ください|下さい|いただ|頂)|友だち追加|友達追加|公式(?:LINE|アカウント|インスタ|Instagram|ショップ|ストア)|メルマガ|メールマガジン|ニュースレター",
        r"クーポン|割引|値引|プロモーションコード|ギフト券|商品券|アマギフ|[0-9]+\s*%\s*(?:オフ|OFF|off|引き)|[0-9]+\s*円\s*(?:オフ|引き)",
        r"(?:プレゼント|進呈)(?:いたします|します|中|企画|キャンペーン|させていただ)|(?:もれなく|抽選で|無料で?)[^。!?\n]{0,10}?(?:プレゼント|進呈)",
        // de
        r"(?i)\bunsere[nrm]?\s+(?:anderen|weiteren|neuen|neuesten|übrigen)\s+(?:Produkte|Artikel|Kollektion\w*|Angebote|Modelle)\b",
        r"(?i)\b(?:schauen|stöbern|entdecken|besuchen|werfen)\s+Sie\s+(?:[\w-]+\s+){0,4}?(?:unsere[nmrs]?|in\s+unsere[nmrs]?)\s+(?:[\w-]+\s+){0,2}?(?:Shop|Store|Markenshop|Sortiment|Produkte|Kollektion|Storefront)\b",
        r"(?i)\bNeuheiten\b|\bneu\s+eingetroffen\b|\bNeuerscheinung\w*|\bbrandneue[nrs]?\b",
        r"(?i)\bSonderangebot\w*|\bAngebot\s+der\s+Woche\b|\bzeitlich\s+begrenzt\w*\s+(?:Angebot|Aktion|Rabatt)\w*|\bAktions(?:preis|code|angebot)\w*|\bSchnäppchen\w*|\bSchlussverkauf\b|\bAusverkauf\b|\bRäumungsverkauf\b",
        r"(?i)\b(?:Sommer|Winter|Oster|Weihnachts|Black[\s-]*Friday|Cyber[\s-]*Monday|Prime[\s-]*Day|Mega|Räumungs)[\s-]*Sale\b|\bim\s+Sale\b",
        r"(?i)\w*gutschein\w*|\w*rabatt\w*|\b\d+\s*%\s*(?:Nachlass|günstiger|sparen)|\bsparen\s+Sie\b",
        r"(?i)\bmit\s+dem\s+Code\b|\bCode\s+\S+\s+(?:verwenden|einlösen|nutzen|eingeben)\b",
        r"(?i)\bfolgen\s+Sie\s+uns\b|\b(?:auf|bei)\s+(?:Instagram|Facebook|TikTok|YouTube|Pinterest|Twitter)\s+(?:folgen|abonnieren|liken)\b|\bNewsletter\b",
        r"(?i)\bGratis[\s-]*Geschenk\w*|\bkostenlose[snm]?\s+Geschenk\w*|\bein\s+Geschenk\s+für\s+Sie\b|\b(?:erhalten|bekommen)\s+Sie\s+(?:[\w-]+\s+){0,2}?Geschenk\w*",
    ])
});

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Review,
    Feedback,
    Either,
}

/// A request for a review or feedback: a phrase, or a `{{ links.* }}` to the review or
/// feedback page.
#[derive(Debug, Clone, Copy)]
struct Request {
    start: usize,
    end: usize,
    target: Target,
}

fn target_of(words: &str) -> Target {
    let w = words.to_lowercase();
    const FEEDBACK: &[&str] = &[
        "feedback",
        "seller",
        "rate us",
        "our store",
        "our shop",
        "our service",
        "verkäufer",
        "出品者",
        "ストア",
        "ショップ",
        "販売者",
        "セラー",
        "当店",
        "弊社",
    ];
    const REVIEW: &[&str] = &[
        "review",
        "product",
        "item",
        "rezension",
        "produkt",
        "レビュー",
        "口コミ",
        "クチコミ",
        "商品",
    ];
    if FEEDBACK.iter().any(|k| w.contains(k)) {
        Target::Feedback
    } else if REVIEW.iter().any(|k| w.contains(k)) {
        Target::Review
    } else {
        Target::Either
    }
}

/// Review/feedback mentions, minus the seller reviewing something ("we will review your case").
fn mentions(scan: &Scanned) -> Vec<(usize, usize)> {
    spans(scan, &MENTION)
        .into_iter()
        .filter(|&(s, _)| !SELLER_REVIEWS.is_match(scan.text_between(s.saturating_sub(30), s)))
        .collect()
}

/// The per-part wording rules that need nothing but the part itself.
pub(super) fn check(scan: &Scanned, hits: &mut Vec<Hit>) {
    for (s, e) in spans(scan, &STEERING) {
        hits.push(Hit::error(
            rule::REVIEW_STEERING,
            s,
            format!(
                "steers the rating (\"{}\"): ask for an honest review, never a positive or 5-star one",
                scan.excerpt(s, e)
            ),
        ));
    }

    let mentions = mentions(scan);
    let mention_in = |from: usize, to: usize| {
        mentions
            .iter()
            .any(|&(s, _)| (from..=to).contains(&scan.sentence_of(s)))
    };

    for (s, e) in spans(scan, &POSITIVE_CONDITION) {
        if NEGATION.is_match(scan.text_between(s, e)) {
            continue;
        }
        let sentence = scan.sentence_of(s);
        if mention_in(sentence, sentence + 1) {
            hits.push(Hit::error(
                rule::REVIEW_GATING,
                s,
                format!(
                    "makes the review depend on the buyer being happy (\"{}\"): ask every buyer the same neutral way",
                    scan.excerpt(s, e)
                ),
            ));
        }
    }
    for (s, e) in spans(scan, &DIVERSION) {
        hits.push(Hit::error(
            rule::REVIEW_GATING,
            s,
            format!(
                "sends unhappy buyers to you instead of to the review (\"{}\"): offer help without tying it to the review",
                scan.excerpt(s, e)
            ),
        ));
    }

    let mut incentives = Vec::new();
    for (s, e) in spans(scan, &INCENTIVE_STRONG) {
        let sentence = scan.sentence_of(s);
        if mention_in(sentence.saturating_sub(1), sentence + 1) {
            incentives.push((s, e));
        }
    }
    for (s, e) in spans(scan, &INCENTIVE_WEAK) {
        let sentence = scan.sentence_of(s);
        let (from, to) = sentence_bounds(scan, s);
        let words = scan.text_between(from, to);
        let first = if SEQUEL.is_match(words) {
            sentence.saturating_sub(1)
        } else {
            sentence
        };
        if mention_in(first, sentence) && !PROBLEM.is_match(words) {
            incentives.push((s, e));
        }
    }
    incentives.sort_unstable();
    // One finding per sentence is enough: "a discount coupon as a present" is one offer.
    let mut reported = Vec::new();
    for &(s, e) in &incentives {
        let sentence = scan.sentence_of(s);
        if reported.contains(&sentence) {
            continue;
        }
        reported.push(sentence);
        hits.push(Hit::error(
            rule::REVIEW_INCENTIVE,
            s,
            format!(
                "ties a reward (\"{}\") to a review or feedback: Amazon forbids any incentive for reviews or for changing feedback",
                scan.excerpt(s, e)
            ),
        ));
    }

    for (s, e) in spans(scan, &FEEDBACK_CHANGE) {
        hits.push(Hit::error(
            rule::FEEDBACK_CHANGE_REQUEST,
            s,
            format!(
                "asks the buyer to remove or change a review or feedback (\"{}\"): only the buyer decides; solve their problem instead",
                scan.excerpt(s, e)
            ),
        ));
    }

    for (s, e) in spans(scan, &MARKETING) {
        if incentives.iter().any(|&(is, ie)| s < ie && is < e) {
            continue;
        }
        hits.push(Hit::error(
            rule::MARKETING,
            s,
            format!(
                "promotes products or offers (\"{}\"): order messages may not carry marketing",
                scan.excerpt(s, e)
            ),
        ));
    }
}

/// The strict rules of a `service_recovery` email, sent after a negative feedback: it is about
/// the buyer's problem only. Any mention of the feedback or a review reads as pressure to change
/// it, and any reward reads as payment for changing it, so both are errors wherever they stand.
pub(super) fn check_service_recovery(
    scan: &Scanned,
    kind: Option<CampaignKind>,
    hits: &mut Vec<Hit>,
) {
    if kind != Some(CampaignKind::ServiceRecovery) {
        return;
    }
    let mentions = mentions(scan);
    for &(s, e) in &mentions {
        hits.push(Hit::error(
            rule::SERVICE_RECOVERY_FEEDBACK,
            s,
            format!(
                "mentions feedback or reviews (\"{}\") in a service_recovery email: talk only about solving the buyer's problem, never about their feedback",
                scan.excerpt(s, e)
            ),
        ));
    }
    let mut offers = spans(scan, &INCENTIVE_STRONG);
    if !mentions.is_empty() {
        offers.extend(spans(scan, &INCENTIVE_WEAK));
    }
    offers.sort_unstable();
    for (s, e) in offers {
        hits.push(Hit::error(
            rule::SERVICE_RECOVERY_OFFER,
            s,
            format!(
                "offers something (\"{}\") in a service_recovery email: after negative feedback anything offered reads as payment for changing it",
                scan.excerpt(s, e)
            ),
        ));
    }
}

/// Char range of the sentence holding `ci`.
fn sentence_bounds(scan: &Scanned, ci: usize) -> (usize, usize) {
    let sentence = scan.sentence_of(ci);
    let mut from = ci;
    while from > 0 && scan.sentence_of(from - 1) == sentence {
        from -= 1;
    }
    let mut to = ci;
    while to < scan.len() && scan.sentence_of(to) == sentence {
        to += 1;
    }
    (from, to)
}

fn requests(scan: &Scanned) -> Vec<Request> {
    let mut out: Vec<Request> = spans(scan, &REQUEST)
        .into_iter()
        .map(|(start, end)| Request {
            start,
            end,
            target: target_of(scan.text_between(start, end)),
        })
        .collect();
    for span in scan.tera.iter().filter(|t| t.is_link_var()) {
        let path = span.path().to_ascii_lowercase();
        let target = if path.contains("feedback") {
            Target::Feedback
        } else if path.contains("review") {
            Target::Review
        } else {
            continue;
        };
        if !out.iter().any(|r| span.start < r.end && r.start < span.end) {
            out.push(Request {
                start: span.start,
                end: span.end,
                target,
            });
        }
    }
    out.sort_by_key(|r| r.start);
    out
}

/// Groups requests that are one ask: in the same or the next sentence, close together (a
/// sentence and its link or button).
fn asks(scan: &Scanned, requests: &[Request]) -> Vec<Vec<Request>> {
    let mut asks: Vec<Vec<Request>> = Vec::new();
    for &r in requests {
        if let Some(last) = asks.last_mut().and_then(|a| a.last().copied()) {
            let near = scan.sentence_of(r.start) <= scan.sentence_of(last.start) + 1
                && scan.visible_between(last.end, r.start) <= 160;
            if near {
                if let Some(ask) = asks.last_mut() {
                    ask.push(r);
                }
                continue;
            }
        }
        asks.push(vec![r]);
    }
    asks
}

/// Rules about review/feedback requests across the whole email: the kind may not ask, one ask
/// only, no ask inside a `{% if %}` on the buyer's rating or mood. Returns subject and body hits.
pub(super) fn check_requests(
    subject: Option<&Scanned>,
    body: &Scanned,
    ctx: &LintContext,
) -> (Vec<Hit>, Vec<Hit>) {
    let mut subject_hits = Vec::new();
    let mut body_hits = Vec::new();
    let body_requests = requests(body);
    let body_asks = asks(body, &body_requests);

    if let Some(kind) = ctx.kind.filter(|k| !k.may_ask_for_review()) {
        let flag = |scan: &Scanned, asks: &[Vec<Request>], hits: &mut Vec<Hit>| {
            for r in asks.iter().filter_map(|a| a.first()) {
                hits.push(Hit::error(
                    rule::REVIEW_REQUEST_WRONG_KIND,
                    r.start,
                    format!(
                        "asks for a review or feedback (\"{}\") in a {kind} email: only review_request may ask",
                        scan.excerpt(r.start, r.end)
                    ),
                ));
            }
        };
        if let Some(subject) = subject {
            let subject_asks = asks(subject, &requests(subject));
            flag(subject, &subject_asks, &mut subject_hits);
        }
        flag(body, &body_asks, &mut body_hits);
    }

    if let Some(first) = body_asks.first().and_then(|a| a.first()) {
        let (line, _) = body.pos(first.start);
        for ask in body_asks.iter().skip(1) {
            if let Some(r) = ask.first() {
                body_hits.push(Hit::error(
                    rule::REVIEW_REQUEST_REPEATED,
                    r.start,
                    format!(
                        "asks for a review or feedback again (\"{}\"; first ask on line {line}): ask once per order",
                        body.excerpt(r.start, r.end)
                    ),
                ));
            }
        }
    }
    let first_of = |t: Target| body_requests.iter().find(|r| r.target == t);
    if let (Some(review), Some(feedback)) = (first_of(Target::Review), first_of(Target::Feedback)) {
        let later = if review.start > feedback.start {
            review
        } else {
            feedback
        };
        body_hits.push(Hit::error(
            rule::REVIEW_REQUEST_REPEATED,
            later.start,
            format!(
                "asks for both a product review and seller feedback (\"{}\"): ask for one of them, once",
                body.excerpt(later.start, later.end)
            ),
        ));
    }

    for (start, end) in sentiment_conditions(body) {
        if body_requests
            .iter()
            .any(|r| r.start >= start && r.start < end)
        {
            body_hits.push(Hit::error(
                rule::REVIEW_GATING,
                start,
                format!(
                    "asks for a review only under a condition on the buyer's rating or mood (\"{}\"): ask every buyer the same way",
                    body.excerpt(start, start + 60)
                ),
            ));
        }
    }
    (subject_hits, body_hits)
}

/// Char ranges of `{% if %}` … `{% endif %}` blocks whose condition reads the buyer's rating,
/// stars, sentiment or satisfaction.
fn sentiment_conditions(scan: &Scanned) -> Vec<(usize, usize)> {
    let mut open: Vec<(usize, bool)> = Vec::new();
    let mut out = Vec::new();
    for tag in scan.tera.iter().filter(|t| t.kind == TeraKind::Tag) {
        let mut words = tag.inner.splitn(2, char::is_whitespace);
        let keyword = words.next().unwrap_or_default();
        let condition = words.next().unwrap_or_default();
        match keyword {
            "if" => open.push((tag.start, is_about_sentiment(condition))),
            "elif" => {
                if let Some(top) = open.last_mut() {
                    top.1 |= is_about_sentiment(condition);
                }
            }
            "endif" => {
                if let Some((start, true)) = open.pop() {
                    out.push((start, tag.end));
                }
            }
            _ => {}
        }
    }
    out.extend(
        open.into_iter()
            .filter(|o| o.1)
            .map(|(s, _)| (s, scan.len())),
    );
    out
}

fn is_about_sentiment(condition: &str) -> bool {
    const SEGMENTS: &[&str] = &[
        "rating",
        "ratings",
        "rated",
        "stars",
        "star",
        "sentiment",
        "satisfied",
        "satisfaction",
        "happy",
        "unhappy",
        "score",
        "nps",
        "csat",
        "positive",
        "negative",
        "mood",
        "pleased",
        "likes",
        "liked",
    ];
    condition
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .flat_map(|token| token.split('_'))
        .map(str::to_lowercase)
        .any(|seg| {
            SEGMENTS.contains(&seg.as_str()) || seg.contains("satisf") || seg.contains("sentiment")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_compiles() {
        for set in [
            &STEERING,
            &POSITIVE_CONDITION,
            &DIVERSION,
            &MENTION,
            &INCENTIVE_STRONG,
            &INCENTIVE_WEAK,
            &REQUEST,
            &FEEDBACK_CHANGE,
            &MARKETING,
        ] {
            assert!(!set.is_empty());
        }
        LazyLock::force(&NEGATION);
        LazyLock::force(&SELLER_REVIEWS);
        LazyLock::force(&PROBLEM);
        LazyLock::force(&SEQUEL);
    }

    #[test]
    fn targets_are_read_off_the_words() {
        assert_eq!(target_of("leave seller feedback"), Target::Feedback);
        assert_eq!(target_of("write a review"), Target::Review);
        assert_eq!(target_of("出品者評価をお願い"), Target::Feedback);
        assert_eq!(target_of("leave a rating"), Target::Either);
    }

    #[test]
    fn sentiment_conditions_are_recognised() {
        assert!(is_about_sentiment("order.rating >= 4"));
        assert!(is_about_sentiment("buyer.is_satisfied"));
        assert!(is_about_sentiment("survey.nps > 8"));
        assert!(!is_about_sentiment("order.start_date and buyer.first_name"));
        assert!(!is_about_sentiment("fulfillment == \"FBA\""));
    }
}
