//! Link, contact and image rules: links must stay on the marketplace (or a host the order needs),
//! no email addresses, phone numbers or messengers, no remote images but Amazon's, no tracking
//! pixels, no images linking off Amazon.

use std::sync::LazyLock;

use regex::Regex;

use super::scan::{Attr, Scanned, VAR};
use super::{rule, Hit, LintContext};
use crate::Marketplace;

/// Amazon's image CDNs (`m.media-amazon.com`, `images-na.ssl-images-amazon.com`, …).
const AMAZON_MEDIA: &[&str] = &[
    "media-amazon.com",
    "ssl-images-amazon.com",
    "images-amazon.com",
];
/// Amazon's own short-link hosts; they resolve to Amazon pages.
const AMAZON_SHORT: &[&str] = &["a.co", "amzn.to", "amzn.eu", "amzn.asia"];

fn compile(patterns: &[&str]) -> Vec<Regex> {
    patterns
        .iter()
        .map(|p| Regex::new(p).unwrap_or_else(|e| panic!("built-in lint pattern {p:?}: {e}")))
        .collect()
}

static URL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?i)\bhttps?://[^\s<>"'()\[\]{}]+"#).expect("built-in pattern"));
static BARE_DOMAIN: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    compile(&[
        r"(?i)(?:^|[^A-Za-z0-9.@/_-])(?P<m>(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|net|org|info|biz|io|shop|store|online|site|xyz|app|top|club|co\.uk|co\.jp|com\.au|com\.cn|com\.br|com\.mx|cn|de|jp|uk|fr|es|nl|eu|ca|us|ch|pl|se|au|ru|tv|link|page|ly|gl|dk|fi|cz|ie|nz|sg|ae|hk|tw|kr))(?:[^A-Za-z0-9_-]|$)",
        r"(?i)(?:^|[^A-Za-z0-9.@/_-])(?P<m>www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+)",
    ])
});
static SCHEME_IN_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:mailto|tel|sms|callto|whatsapp|weixin|skype):").expect("built-in pattern")
});
static EMAIL: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    compile(&[
        r"(?i)(?:^|[^A-Za-z0-9._%+-])(?P<m>[a-z0-9._%+-]+\s?@\s?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})",
        r"(?i)\b(?P<m>[a-z0-9._%+-]+\s*[(\[{]\s*(?:at|@)\s*[)\]}]\s*[a-z0-9-]+(?:\s*(?:\.|[(\[{]\s*dot\s*[)\]}])\s*[a-z0-9-]+)+)",
        r"(?i)\b(?P<m>[a-z0-9._%+-]+\s+at\s+[a-z0-9-]+\s+dot\s+[a-z]{2,})\b",
    ])
});
/// Phone formats, each with the fewest digits a real number of that shape has.
static PHONE: LazyLock<Vec<(Regex, usize)>> = LazyLock::new(|| {
    [
        // international: +1 555 123 4567, +49 (0)30 1234567, +81 3-1234-5678
        (r"(?:^|[^0-9A-Za-z+])(?P<m>\+\s?\d{1,3}(?:[\s.\-/]?\(?\d{1,5}\)?){1,6})(?:[^0-9A-Za-z]|$)", 8),
        // US: (555) 123-4567, 555.123.4567, 1-800-555-0199
        (r"(?:^|[^0-9A-Za-z+(])(?P<m>(?:1[\s.\-])?(?:\(\d{3}\)\s?|\d{3}[\s.\-])\d{3}[\s.\-]\d{4})(?:[^0-9A-Za-z]|$)", 10),
        // JP: 03-1234-5678, 0120-123-456, 090-1234-5678, (03)1234-5678
        (r"(?:^|[^0-9A-Za-z+(])(?P<m>(?:\(0\d{1,4}\)\s?|0\d{1,4}[\-\s])\d{1,4}[\-\s]\d{3,4})(?:[^0-9A-Za-z]|$)", 10),
        // DE: 030 12345678, 089/1234567, 0171-1234567
        (r"(?:^|[^0-9A-Za-z+(])(?P<m>0\d{2,5}[\s/\-]\d{3,9}(?:[\s\-]\d{1,5})?)(?:[^0-9A-Za-z]|$)", 7),
        // any digits right after a phone word: "Tel: 12345678", 「電話：0312345678」
        (r"(?i)(?:\b(?:tel|telefon|telephone|phone|call(?:\s+us)?|fax|hotline|mobile|handy|fon|rufen\s+sie\s+uns)|電話(?:番号)?|携帯|フリーダイヤル)\s*[:.]?\s*(?:unter\s+|at\s+|an\s+)?(?P<m>\+?[\d(][\d\s\-().+/]{5,}\d)", 7),
    ]
    .iter()
    .map(|&(p, min)| (Regex::new(p).unwrap_or_else(|e| panic!("built-in lint pattern {p:?}: {e}")), min))
    .collect()
});
static MESSENGER: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    compile(&[
        r"(?i)\b(?:whats\s?app|wechat|weixin|telegram|skype|viber|kakao\s?talk|line\s+id)\b|微信",
        r"(?:^|[^A-Za-z])(?P<m>LINE(?:\s*@|\s*ID|で|の(?:友|ID|アカウント)|公式))",
    ])
});
static CSS_URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)url\(\s*['"]?(?P<m>(?:https?:)?//[^'")\s]+)"#).expect("built-in pattern")
});
static HIDDEN_STYLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[;\s])(?:max-)?(?:width|height)\s*:\s*[01](?:\.\d+)?(?:px)?\s*(?:;|!|$)|display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$)")
        .expect("built-in pattern")
});

/// Where a link or image URL points.
enum Target {
    /// Nothing to judge: empty, `#anchor`, relative, `cid:`, `data:`.
    Skip,
    /// Built by a template variable (`path` is its name, `link_var` whether it is `links.*`).
    Var {
        path: String,
        link_var: bool,
    },
    /// `mailto:`, `tel:` and the like.
    Contact(String),
    Host(String),
}

fn classify(scan: &Scanned, value: &str, value_start: usize) -> Target {
    let lead = value.chars().take_while(|c| c.is_whitespace()).count();
    let v = value.trim();
    let at = value_start + lead;
    let var_at = |ci: usize| {
        let span = scan.tera.iter().find(|t| t.start <= ci && ci < t.end);
        Target::Var {
            path: span.map(|t| t.path().to_string()).unwrap_or_default(),
            link_var: span.is_some_and(|t| t.is_link_var()),
        }
    };
    if v.is_empty() || v.starts_with('#') {
        return Target::Skip;
    }
    if v.starts_with(VAR) {
        return var_at(at);
    }
    let lower = v.to_ascii_lowercase();
    if let Some(scheme) = [
        "mailto:",
        "tel:",
        "sms:",
        "callto:",
        "whatsapp:",
        "weixin:",
        "skype:",
    ]
    .iter()
    .find(|s| lower.starts_with(*s))
    {
        return Target::Contact(scheme.to_string());
    }
    let rest = ["https://", "http://", "//"]
        .iter()
        .find_map(|p| lower.strip_prefix(p).map(|r| (p.chars().count(), r)));
    let Some((prefix, rest)) = rest else {
        return Target::Skip;
    };
    let host = host_of(rest);
    if let Some(i) = host.chars().position(|c| c == VAR) {
        return var_at(at + prefix + i);
    }
    if host.is_empty() {
        Target::Skip
    } else {
        Target::Host(host)
    }
}

/// The host of a URL without its scheme: `www.x.com` from `user@www.x.com:443/a?b`.
fn host_of(rest: &str) -> String {
    let authority = rest.split(['/', '?', '#', '\\']).next().unwrap_or_default();
    let host = authority.rsplit('@').next().unwrap_or_default();
    let host = host.split(':').next().unwrap_or_default();
    host.trim_end_matches('.').to_lowercase()
}

fn is_or_under(host: &str, domain: &str) -> bool {
    host == domain || host.ends_with(&format!(".{domain}"))
}

fn is_amazon_media(host: &str) -> bool {
    AMAZON_MEDIA.iter().any(|d| is_or_under(host, d))
}

/// Why a link host is not allowed, or `None` when it is.
fn link_refusal(host: &str, ctx: &LintContext) -> Option<String> {
    if is_amazon_media(host) || AMAZON_SHORT.contains(&host) {
        return None;
    }
    if ctx.extra_allowed_hosts.iter().any(|h| {
        let h = host_of(h.split("://").last().unwrap_or_default());
        let h = h.strip_prefix("www.").unwrap_or(&h);
        !h.is_empty() && is_or_under(host, h)
    }) {
        return None;
    }
    if Marketplace::ALL.iter().any(|m| m.owns_host(host)) {
        if ctx.marketplaces.is_empty() || ctx.marketplaces.iter().any(|m| m.owns_host(host)) {
            return None;
        }
        let domains: Vec<&str> = ctx.marketplaces.iter().map(|m| m.domain()).collect();
        return Some(format!(
            "{host}, another marketplace than this campaign's ({})",
            domains.join(", ")
        ));
    }
    Some(format!("{host}, outside Amazon"))
}

fn image_refused(host: &str, ctx: &LintContext) -> bool {
    !(is_amazon_media(host)
        || Marketplace::ALL
            .iter()
            .filter(|m| ctx.marketplaces.is_empty() || ctx.marketplaces.contains(m))
            .any(|m| m.owns_host(host)))
}

pub(super) fn check(scan: &Scanned, ctx: &LintContext, hits: &mut Vec<Hit>) {
    check_tags(scan, ctx, hits);
    check_text(scan, ctx, hits);
}

fn link_hit(scan: &Scanned, ctx: &LintContext, attr: &Attr, hits: &mut Vec<Hit>) -> bool {
    match classify(scan, &attr.value, attr.value_start) {
        Target::Skip => false,
        Target::Var { link_var: true, .. } => false,
        Target::Var { path, .. } => {
            hits.push(Hit::warning(
                rule::OFF_PLATFORM_LINK,
                attr.value_start,
                format!("link target comes from {{{{ {path} }}}}, not from a {{{{ links.* }}}} variable: make sure it points to Amazon"),
            ));
            false
        }
        Target::Contact(scheme) => {
            hits.push(contact_hit(attr.value_start, &scheme));
            true
        }
        Target::Host(host) => match link_refusal(&host, ctx) {
            None => false,
            Some(why) => {
                hits.push(Hit::error(
                    rule::OFF_PLATFORM_LINK,
                    attr.value_start,
                    format!("links to {why}: only marketplace links ({{{{ links.* }}}}) and hosts needed to complete the order are allowed"),
                ));
                true
            }
        },
    }
}

fn contact_hit(at: usize, what: &str) -> Hit {
    Hit::error(
        rule::OFF_PLATFORM_CONTACT,
        at,
        format!("\"{what}\" moves the buyer off Amazon: buyers reach you through Amazon's messaging, by replying"),
    )
}

fn image_src_hit(scan: &Scanned, ctx: &LintContext, value: &str, at: usize, hits: &mut Vec<Hit>) {
    if let Target::Host(host) = classify(scan, value, at) {
        if image_refused(&host, ctx) {
            hits.push(Hit::error(
                rule::OFF_PLATFORM_IMAGE,
                at,
                format!("loads an image from {host}: use Amazon's media host or a template variable such as {{{{ product.image }}}}"),
            ));
        }
    }
}

fn is_tiny(attr: Option<&Attr>) -> bool {
    attr.and_then(|a| {
        let v = a.value.trim().trim_end_matches("px").trim();
        v.parse::<f64>().ok()
    })
    .is_some_and(|n| n <= 1.0)
}

fn check_tags(scan: &Scanned, ctx: &LintContext, hits: &mut Vec<Hit>) {
    // Whether the `<a>` we are inside leaves Amazon, and where it points.
    let mut open_anchor: Option<String> = None;
    for tag in &scan.tags {
        if tag.closing {
            if tag.name == "a" {
                open_anchor = None;
            }
            continue;
        }
        let is_image = tag.name == "img"
            || (tag.name == "input"
                && tag
                    .attr("type")
                    .is_some_and(|t| t.value.eq_ignore_ascii_case("image")));
        if is_image {
            let style_hidden = tag
                .attr("style")
                .is_some_and(|s| HIDDEN_STYLE.is_match(&s.value));
            if is_tiny(tag.attr("width")) || is_tiny(tag.attr("height")) || style_hidden {
                hits.push(Hit::error(
                    rule::TRACKING_PIXEL,
                    tag.start,
                    "1x1 or hidden image looks like a tracking pixel: Amazon forbids open tracking"
                        .into(),
                ));
            }
            if let Some(src) = tag.attr("src") {
                image_src_hit(scan, ctx, &src.value, src.value_start, hits);
            }
            if let Some(srcset) = tag.attr("srcset") {
                image_src_hit(scan, ctx, &srcset.value, srcset.value_start, hits);
            }
            if let Some(href) = &open_anchor {
                hits.push(Hit::error(
                    rule::OFF_PLATFORM_IMAGE_LINK,
                    tag.start,
                    format!("image links to {href}: an image may only link to the marketplace"),
                ));
            }
            continue;
        }
        if let Some(bg) = tag.attr("background") {
            image_src_hit(scan, ctx, &bg.value, bg.value_start, hits);
        }
        for name in ["href", "src", "action", "poster", "data"] {
            if let Some(attr) = tag.attr(name) {
                let leaves = link_hit(scan, ctx, attr, hits);
                if tag.name == "a" && name == "href" {
                    open_anchor = leaves.then(|| {
                        let v = attr.value.trim();
                        let lower = v.to_ascii_lowercase();
                        match lower.split_once("//") {
                            Some((_, rest)) if !lower.starts_with("mailto:") => host_of(rest),
                            _ => v.split('?').next().unwrap_or_default().to_string(),
                        }
                    });
                }
            }
        }
    }
    for (s, e) in scan.markup.find(&CSS_URL) {
        let value: String =
            scan.markup.s[scan.markup.byte_at(s)..scan.markup.byte_at(e)].to_string();
        image_src_hit(scan, ctx, &value, s, hits);
    }
}

fn check_text(scan: &Scanned, ctx: &LintContext, hits: &mut Vec<Hit>) {
    let text = &scan.text;
    let mut urls = Vec::new();
    for (s, e) in text.find(&URL) {
        urls.push((s, e));
        let url = &text.s[text.byte_at(s)..text.byte_at(e)];
        let host = url
            .split_once("//")
            .map(|(_, r)| host_of(r))
            .unwrap_or_default();
        if let Some(why) = link_refusal(&host, ctx) {
            hits.push(Hit::error(
                rule::OFF_PLATFORM_LINK,
                s,
                format!("links to {why}: only marketplace links ({{{{ links.* }}}}) and hosts needed to complete the order are allowed"),
            ));
        }
    }
    let inside_url = |s: usize| urls.iter().any(|&(us, ue)| s >= us && s < ue);
    let mut emails = Vec::new();
    for re in EMAIL.iter() {
        for (s, e) in text.find(re) {
            if inside_url(s) || emails.iter().any(|&(es, ee)| s < ee && es < e) {
                continue;
            }
            emails.push((s, e));
            let found = &text.s[text.byte_at(s)..text.byte_at(e)];
            let domain = found
                .rsplit('@')
                .next()
                .unwrap_or_default()
                .trim()
                .to_lowercase();
            if found.contains('@') && link_refusal(&domain, &LintContext::default()).is_none() {
                continue;
            }
            hits.push(Hit::error(
                rule::OFF_PLATFORM_CONTACT,
                s,
                format!("shows an email address (\"{}\"): buyers reach you through Amazon's messaging, by replying", scan.excerpt(s, e)),
            ));
        }
    }
    for re in BARE_DOMAIN.iter() {
        for (s, e) in text.find(re) {
            if inside_url(s) || emails.iter().any(|&(es, ee)| s < ee && es < e) {
                continue;
            }
            let host = text.s[text.byte_at(s)..text.byte_at(e)].to_lowercase();
            if let Some(why) = link_refusal(&host, ctx) {
                hits.push(Hit::error(
                    rule::OFF_PLATFORM_LINK,
                    s,
                    format!("names the site {why} (mail apps turn it into a link): point buyers to the marketplace only"),
                ));
            }
        }
    }
    for (s, e) in text.find(&SCHEME_IN_TEXT) {
        hits.push(contact_hit(s, &scan.excerpt(s, e)));
    }
    let mut phones: Vec<(usize, usize)> = Vec::new();
    for (re, min_digits) in PHONE.iter() {
        for (s, e) in text.find(re) {
            let found = &text.s[text.byte_at(s)..text.byte_at(e)];
            let digits = found.chars().filter(char::is_ascii_digit).count();
            if digits < *min_digits
                || digits > 15
                || phones.iter().any(|&(ps, pe)| s < pe && ps < e)
            {
                continue;
            }
            phones.push((s, e));
            hits.push(Hit::error(
                rule::OFF_PLATFORM_CONTACT,
                s,
                format!("shows a phone number (\"{}\"): buyers reach you through Amazon's messaging, by replying", scan.excerpt(s, e)),
            ));
        }
    }
    for re in MESSENGER.iter() {
        for (s, e) in text.find(re) {
            hits.push(Hit::error(
                rule::OFF_PLATFORM_CONTACT,
                s,
                format!("points the buyer to a messenger (\"{}\"): buyers reach you through Amazon's messaging, by replying", scan.excerpt(s, e)),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_are_parsed_from_urls() {
        assert_eq!(host_of("User@WWW.Shop.com:8080/a?b"), "www.shop.com");
        assert_eq!(host_of("amazon.de/dp/B0"), "amazon.de");
    }

    #[test]
    fn marketplace_and_media_hosts_are_allowed() {
        let ctx = LintContext::default();
        assert!(link_refusal("www.amazon.co.jp", &ctx).is_none());
        assert!(link_refusal("m.media-amazon.com", &ctx).is_none());
        assert!(link_refusal("www.mystore.com", &ctx).is_some());
        assert!(link_refusal("amazon.com.evil.example", &ctx).is_some());
    }

    #[test]
    fn another_marketplace_is_refused_when_marketplaces_are_given() {
        let ctx = LintContext {
            marketplaces: vec![Marketplace::De],
            ..LintContext::default()
        };
        assert!(link_refusal("www.amazon.de", &ctx).is_none());
        let why = link_refusal("www.amazon.com", &ctx).unwrap_or_default();
        assert!(why.contains("amazon.de"), "{why}");
    }

    #[test]
    fn extra_hosts_allow_their_subdomains() {
        let ctx = LintContext {
            extra_allowed_hosts: vec!["https://www.ups.com/track".into()],
            ..LintContext::default()
        };
        assert!(link_refusal("www.ups.com", &ctx).is_none());
        assert!(link_refusal("wwwapps.ups.com", &ctx).is_none());
        assert!(link_refusal("ups.com.evil.example", &ctx).is_some());
    }
}
