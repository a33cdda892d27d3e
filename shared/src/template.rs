//! Email templates: the file format, loading and overriding, the variables a template sees, rendering
//! to subject + text + HTML, and the built-in starter templates.
//!
//! # Files
//! One file per template and locale: `<name>.<locale>.txt` (e.g. `follow_up.en-US.txt`). Its first
//! line is `Subject: …`; every following line is the plain-text body. An optional sibling
//! `<name>.<locale>.html` holds the HTML body (no subject line). Without it the HTML body is made from
//! the rendered text: escaped, a `<p>` per blank-line-separated paragraph, `<br>` per single newline,
//! `http(s)://` URLs as links, inside a minimal inline-styled layout with no external CSS, no images
//! and no tracking.
//!
//! Templates use [Tera](https://keats.github.io/tera/docs/) syntax. Subject and text body render with
//! autoescape off, the HTML body with autoescape on. The rendered text is tidied: trailing spaces are
//! dropped, runs of blank lines become one, leading and trailing blank lines go, so a `{% if %}` on its
//! own line needs no whitespace control. The subject is folded onto one line.
//!
//! A template that uses a variable not listed below fails to load (`TemplateSet::load_dir`,
//! `TemplateSet::check`), with the file, the line and the closest known name; rendering fails the
//! same way, it never prints a blank or a raw placeholder.
//!
//! # Variables
//! Every variable always exists. There are two sorts:
//! - **words** never come out empty: when Amazon withholds the value, a fallback in the template's
//!   language takes its place (shown for en / ja / de);
//! - **data** is the empty string (or `false`) when unknown, so a template shows it under a guard:
//!   `{% if tracking.number %}Tracking number: {{ tracking.number }}{% endif %}`.
//!
//! | variable | sort | value | fallback |
//! |---|---|---|---|
//! | `greeting` | words | salutation line: `Hi Jane,` / `山田 花子 様` / `Hallo Jana,` | `Hi there,` / `お客様` / `Guten Tag,` |
//! | `buyer.name` | words | full name as Amazon gives it | `customer` / `お客様` / `liebe Kundin, lieber Kunde` |
//! | `buyer.first_name` | words | first word of the name; ja: full name + ` 様`; CJK names are never split | `there` / `お客様` / `liebe Kundin, lieber Kunde` |
//! | `buyer.has_name` | data | `true` when a real name is known | `false` |
//! | `order.id` | data | Amazon order id (always known) | — |
//! | `order.purchase_date`, `order.delivered_date` | data | `November 1, 2026` / `2026年11月1日` / `1. November 2026` (fr `1er novembre 2026`, it `1 novembre 2026`, es `1 de noviembre de 2026`) | `""` |
//! | `product.title` | words | title of the item a campaign filtered on ASINs or SKUs matched, else of the first item | `your order` / `ご注文の商品` / `Ihre Bestellung` |
//! | `product.short_title` | words | title cut to about 60 columns at the end of a phrase or word (never on punctuation or a joining word), with `…` | as `product.title` |
//! | `product.asin` | data | ASIN of that item | `""` only for an order without items |
//! | `product.sku`, `product.image_url` | data | seller SKU, image URL | `""` |
//! | `product.quantity` | data | quantity of that item | — |
//! | `product.links.product_page`, `product.links.product_review` | words | as `links.*` for this item | |
//! | `items` | data | every item, each with the fields of `product` (`{% for item in items %}`) | |
//! | `item_count` | data | total quantity over all items | — |
//! | `store.name` | words | store name from the config | `our store` / `当店` / `unser Shop` |
//! | `store.logo_url` | data | logo URL from the config | `""` |
//! | `tracking.carrier`, `tracking.number` | data | carrier and tracking number | `""` |
//! | `has_attachments` | data | `true` when the campaign attaches files (a manual) | `false` |
//! | `links.product_page` | words | `https://www.<domain>/dp/<asin>` | `links.order_details` |
//! | `links.product_review` | words | `https://www.<domain>/review/create-review?asin=<asin>` | `links.order_details` |
//! | `links.seller_feedback` | words | `https://www.<domain>/hz/feedback?orderID=<order>` (`&sellerID=` added when known) | — |
//! | `links.storefront` | words | `https://www.<domain>/sp?seller=<seller id>` | `links.order_details` |
//! | `links.contact_seller` | words | the order's contact-seller page (`/gp/help/contact/contact.html?…`) | `links.order_details` |
//! | `links.order_details` | words | `https://www.<domain>/gp/your-account/order-details?orderID=<order>` | — |
//!
//! Names: blank names, names with `@` and placeholders such as `Amazon Customer` or `N/A` count as
//! withheld. Fallback words follow the *template's* locale, so an en-US template picked for a JP order
//! still reads in English. Links always use the order's marketplace domain.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;
use serde::{Deserialize, Serialize};
use tera::{Context, Tera};

use crate::Marketplace;

/// Every variable a template may use, as documented in the module docs (`items` is a list of
/// objects with the fields of `product`).
pub const VARIABLES: &[&str] = &[
    "greeting",
    "buyer.name",
    "buyer.first_name",
    "buyer.has_name",
    "order.id",
    "order.purchase_date",
    "order.delivered_date",
    "product.title",
    "product.short_title",
    "product.asin",
    "product.sku",
    "product.quantity",
    "product.image_url",
    "product.links.product_page",
    "product.links.product_review",
    "items",
    "item_count",
    "store.name",
    "store.logo_url",
    "tracking.carrier",
    "tracking.number",
    "has_attachments",
    "links.product_page",
    "links.product_review",
    "links.seller_feedback",
    "links.storefront",
    "links.contact_seller",
    "links.order_details",
];

/// Locales every built-in starter template exists in.
pub const STARTER_LOCALES: [&str; 7] = [
    "en-US", "ja-JP", "de-DE", "fr-FR", "it-IT", "es-ES", "es-MX",
];

const BAD_FILE_NAME: &str = "a template file must be named `<name>.<locale>.txt` or \
    `<name>.<locale>.html`, e.g. `follow_up.en-US.txt` (name: letters, digits, `_`, `-`)";

/// Display width after which `product.short_title` is cut (CJK characters count two).
const SHORT_TITLE_WIDTH: usize = 60;

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/// Why a template could not be loaded, checked or rendered. All are permanent: retrying the same
/// template with the same order gives the same error.
#[derive(Debug, thiserror::Error)]
pub enum TemplateError {
    #[error("{}: cannot read: {source}", .path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The file breaks the `<name>.<locale>.txt` / `Subject:` format.
    #[error("{origin}:{line}: {problem}")]
    Format {
        origin: String,
        line: usize,
        problem: String,
    },
    /// Tera cannot parse the template.
    #[error("{}: template `{template}` has a syntax error: {message}", at(.origin, .line))]
    Syntax {
        template: String,
        origin: String,
        line: Option<usize>,
        message: String,
    },
    #[error("{}: template `{template}` uses unknown variable `{variable}`{}", at(.origin, .line), hint(.suggestion))]
    UnknownVariable {
        template: String,
        origin: String,
        line: Option<usize>,
        variable: String,
        suggestion: Option<String>,
    },
    #[error("{}: template `{template}` cannot be rendered: {message}", at(.origin, .line))]
    Render {
        template: String,
        origin: String,
        line: Option<usize>,
        message: String,
    },
}

impl TemplateError {
    /// File (or `built-in:<name>.<locale>`) and line the error points at, for `file:line:` output.
    pub fn location(&self) -> (String, Option<usize>) {
        match self {
            Self::Read { path, .. } => (path.display().to_string(), None),
            Self::Format { origin, line, .. } => (origin.clone(), Some(*line)),
            Self::Syntax { origin, line, .. }
            | Self::UnknownVariable { origin, line, .. }
            | Self::Render { origin, line, .. } => (origin.clone(), *line),
        }
    }
}

fn at(origin: &str, line: &Option<usize>) -> String {
    match line {
        Some(line) => format!("{origin}:{line}"),
        None => origin.to_string(),
    }
}

fn hint(suggestion: &Option<String>) -> String {
    match suggestion {
        Some(s) => format!(" (did you mean `{s}`?)"),
        None => " (see the variable list in the template documentation)".to_string(),
    }
}

// ---------------------------------------------------------------------------------------------
// Template sources and sets
// ---------------------------------------------------------------------------------------------

/// One template in one locale, as written (not yet compiled).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateSource {
    pub name: String,
    pub locale: String,
    /// The subject line without the `Subject:` label.
    pub subject: String,
    /// The plain-text body, verbatim from the line after the subject.
    pub text: String,
    /// The HTML body, when a `.html` sibling exists.
    pub html: Option<String>,
    /// Where the subject and text came from: a file path or `built-in:<name>.<locale>`.
    pub origin: String,
    /// Where the HTML body came from.
    pub html_origin: Option<String>,
    /// Line of the subject in `origin` (1).
    pub subject_line: usize,
    /// Column (in chars) of `subject_line` at which the subject's text starts, after the label.
    pub subject_col: usize,
    /// Line of `origin` on which `text` starts (2).
    pub body_line: usize,
}

impl TemplateSource {
    /// Builds a template from the contents of its `.txt` file (and `.html`, if any).
    pub fn parse(
        name: &str,
        locale: &str,
        origin: &str,
        txt: &str,
        html: Option<(&str, &str)>,
    ) -> Result<Self, TemplateError> {
        let (subject, text) = parse_template_file(origin, txt)?;
        let label_and_gap = txt
            .trim_start_matches('\u{feff}')
            .get(8..)
            .map_or(8, |rest| {
                8 + rest.chars().take_while(|c| c.is_whitespace()).count()
            });
        Ok(Self {
            name: name.to_string(),
            locale: normalize_locale(locale),
            subject,
            text,
            html: html.map(|(_, body)| body.replace("\r\n", "\n")),
            origin: origin.to_string(),
            html_origin: html.map(|(origin, _)| origin.to_string()),
            subject_line: 1,
            subject_col: label_and_gap + 1,
            body_line: 2,
        })
    }

    /// Builds a template from a `<name>.<locale>.txt` file's path and contents (name and locale
    /// come from the file name; a sibling `.html` is not read).
    pub fn from_file(path: &Path, contents: &str) -> Result<Self, TemplateError> {
        let origin = path.display().to_string();
        match split_file_name(path) {
            Some((name, locale, false)) => Self::parse(&name, &locale, &origin, contents, None),
            _ => Err(TemplateError::Format {
                origin,
                line: 1,
                problem: BAD_FILE_NAME.to_string(),
            }),
        }
    }

    /// Whether this is the built-in starter written for `kind` (not a file of the same name
    /// from a config folder, which replaces it).
    pub fn is_starter_for(&self, kind: crate::CampaignKind) -> bool {
        self.origin.starts_with(STARTER_ORIGIN) && self.name.parse().ok() == Some(kind)
    }

    /// `<name>.<locale>`, the way errors and golden files name a template.
    pub fn key(&self) -> String {
        format!("{}.{}", self.name, self.locale)
    }
}

/// Splits a `.txt` template file into its subject (first line, after `Subject:`) and its body
/// (everything after the first line, verbatim, so body line N is file line N + 1).
pub fn parse_template_file(
    origin: &str,
    contents: &str,
) -> Result<(String, String), TemplateError> {
    let contents = contents.strip_prefix('\u{feff}').unwrap_or(contents);
    let contents = contents.replace("\r\n", "\n");
    let (first, body) = contents.split_once('\n').unwrap_or((contents.as_str(), ""));
    let format_error = |line: usize, problem: &str| TemplateError::Format {
        origin: origin.to_string(),
        line,
        problem: problem.to_string(),
    };
    let label = first
        .get(..8)
        .filter(|l| l.eq_ignore_ascii_case("subject:"));
    if label.is_none() {
        return Err(format_error(
            1,
            "the first line must be `Subject: …` (the email subject); the body starts on the next line",
        ));
    }
    let subject = first[8..].trim();
    if subject.is_empty() {
        return Err(format_error(1, "the subject after `Subject:` is empty"));
    }
    if body.trim().is_empty() {
        return Err(format_error(2, "the text body is empty"));
    }
    Ok((subject.to_string(), body.to_string()))
}

/// How a built-in starter's origin begins: `built-in:follow_up.en-US`.
const STARTER_ORIGIN: &str = "built-in:";

/// All templates, by name and locale.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TemplateSet {
    templates: BTreeMap<(String, String), TemplateSource>,
}

/// One kind's starter in every locale of [`STARTER_LOCALES`], in that order.
macro_rules! starter {
    ($kind:literal) => {
        starter!($kind: "en-US", "ja-JP", "de-DE", "fr-FR", "it-IT", "es-ES", "es-MX")
    };
    ($kind:literal: $($locale:literal),+) => {
        [$((
            $kind,
            $locale,
            include_str!(concat!("../templates/", $kind, ".", $locale, ".txt")),
        )),+]
    };
}

/// The starter templates: (name, locale, `.txt` contents).
const STARTERS: [[(&str, &str, &str); STARTER_LOCALES.len()]; 10] = [
    starter!("follow_up"),
    starter!("product_info"),
    starter!("prevent_negative"),
    starter!("sentiment_check"),
    starter!("upgrade_survey"),
    starter!("repeat_buyer"),
    starter!("bulk_buyer"),
    starter!("shipment_notice"),
    starter!("review_request"),
    starter!("service_recovery"),
];

/// The starter template files as (file name, contents), e.g. to copy them into a config folder.
pub fn starter_files() -> impl Iterator<Item = (String, &'static str)> {
    STARTERS
        .iter()
        .flatten()
        .map(|(name, locale, txt)| (format!("{name}.{locale}.txt"), *txt))
}

impl TemplateSet {
    pub fn new() -> Self {
        Self::default()
    }

    /// The built-in starter templates: every campaign kind in every [`STARTER_LOCALES`] locale.
    pub fn builtin() -> Self {
        let mut set = Self::new();
        for (name, locale, txt) in STARTERS.iter().flatten() {
            let origin = format!("{STARTER_ORIGIN}{name}.{locale}");
            // The starters are compiled into the binary and parsed by this module's tests.
            let source = TemplateSource::parse(name, locale, &origin, txt, None)
                .expect("built-in starter templates are valid");
            set.insert(source);
        }
        set
    }

    /// Reads every `<name>.<locale>.txt` and `.html` in `dir` (not its subfolders; other files such
    /// as PDF manuals are ignored), then checks them all (see [`TemplateSet::check`]).
    pub fn load_dir(dir: &Path) -> Result<Self, TemplateError> {
        let read_err = |path: &Path, source| TemplateError::Read {
            path: path.to_path_buf(),
            source,
        };
        let mut paths = Vec::new();
        for entry in fs::read_dir(dir).map_err(|e| read_err(dir, e))? {
            let path = entry.map_err(|e| read_err(dir, e))?.path();
            let Some(file_name) = path.file_name().and_then(|f| f.to_str()) else {
                continue;
            };
            let is_template = file_name.ends_with(".txt") || file_name.ends_with(".html");
            if is_template && !file_name.starts_with('.') && path.is_file() {
                paths.push(path);
            }
        }
        paths.sort();

        let mut texts = BTreeMap::new();
        let mut htmls = BTreeMap::new();
        for path in paths {
            let origin = path.display().to_string();
            let (name, locale, is_html) =
                split_file_name(&path).ok_or_else(|| TemplateError::Format {
                    origin: origin.clone(),
                    line: 1,
                    problem: BAD_FILE_NAME.to_string(),
                })?;
            let contents = fs::read_to_string(&path).map_err(|e| read_err(&path, e))?;
            let slot = if is_html { &mut htmls } else { &mut texts };
            if let Some((other, _)) = slot.insert((name, locale), (origin.clone(), contents)) {
                return Err(TemplateError::Format {
                    origin,
                    line: 1,
                    problem: format!("same template and locale as `{other}`"),
                });
            }
        }

        let mut set = Self::new();
        for ((name, locale), (origin, txt)) in &texts {
            let html = htmls.remove(&(name.clone(), locale.clone()));
            let html = html.as_ref().map(|(o, h)| (o.as_str(), h.as_str()));
            set.insert(TemplateSource::parse(name, locale, origin, txt, html)?);
        }
        if let Some(((name, locale), (origin, _))) = htmls.into_iter().next() {
            return Err(TemplateError::Format {
                origin,
                line: 1,
                problem: format!(
                    "HTML body without its text template: add `{name}.{locale}.txt` with the subject and text body"
                ),
            });
        }
        set.check()?;
        Ok(set)
    }

    /// Adds or replaces one template.
    pub fn insert(&mut self, source: TemplateSource) {
        self.templates
            .insert((source.name.clone(), source.locale.clone()), source);
    }

    /// Adds `other`'s templates; a template of the same name and locale replaces ours (config
    /// templates override built-ins).
    pub fn merge(&mut self, other: TemplateSet) {
        self.templates.extend(other.templates);
    }

    pub fn get(&self, name: &str, locale: &str) -> Option<&TemplateSource> {
        self.templates
            .get(&(name.to_string(), normalize_locale(locale)))
    }

    /// The best locale of template `name`: the first of `preferred` that exists, else one in the
    /// same language as a preferred locale (in order), else en-US, else any.
    pub fn pick(&self, name: &str, preferred: &[&str]) -> Option<&TemplateSource> {
        let locales: Vec<&TemplateSource> = self
            .templates
            .range((name.to_string(), String::new())..)
            .take_while(|((n, _), _)| n == name)
            .map(|(_, t)| t)
            .collect();
        let preferred: Vec<String> = preferred.iter().map(|l| normalize_locale(l)).collect();
        if let Some(t) = preferred
            .iter()
            .find_map(|p| locales.iter().find(|t| &t.locale == p))
        {
            return Some(t);
        }
        for p in &preferred {
            let lang = language(p);
            let same: Vec<&&TemplateSource> = locales
                .iter()
                .filter(|t| language(&t.locale) == lang)
                .collect();
            let home = home_locale(lang);
            if let Some(t) = same.iter().find(|t| t.locale == home).or(same.first()) {
                return Some(t);
            }
        }
        locales
            .iter()
            .find(|t| t.locale == "en-US")
            .or(locales.first())
            .copied()
    }

    /// The locale of template `name` for this order: `vars.locale`, then the marketplace's
    /// default locale, with [`TemplateSet::pick`]'s fallbacks.
    pub fn pick_for(&self, name: &str, vars: &MessageVars) -> Option<&TemplateSource> {
        self.pick(
            name,
            &[vars.locale.as_str(), vars.marketplace.default_locale()],
        )
    }

    /// Template names, each once, sorted.
    pub fn names(&self) -> Vec<&str> {
        let names: BTreeSet<&str> = self.templates.keys().map(|(n, _)| n.as_str()).collect();
        names.into_iter().collect()
    }

    /// Locales template `name` exists in, sorted.
    pub fn locales(&self, name: &str) -> Vec<&str> {
        self.iter()
            .filter(|t| t.name == name)
            .map(|t| t.locale.as_str())
            .collect()
    }

    /// Every template, sorted by name then locale.
    pub fn iter(&self) -> impl Iterator<Item = &TemplateSource> {
        self.templates.values()
    }

    pub fn len(&self) -> usize {
        self.templates.len()
    }

    pub fn is_empty(&self) -> bool {
        self.templates.is_empty()
    }

    /// Checks every template (see [`check_template`]); the first error wins.
    pub fn check(&self) -> Result<(), TemplateError> {
        self.iter().try_for_each(check_template)
    }
}

/// `follow_up.en-US.txt` → (`follow_up`, `en-US`, is_html).
fn split_file_name(path: &Path) -> Option<(String, String, bool)> {
    static NAME: OnceLock<Regex> = OnceLock::new();
    let re = NAME.get_or_init(|| {
        Regex::new(r"^([A-Za-z0-9_-]+)\.([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)\.(txt|html)$")
            .expect("static regex")
    });
    let file_name = path.file_name()?.to_str()?;
    let caps = re.captures(file_name)?;
    Some((
        caps[1].to_string(),
        normalize_locale(&caps[2]),
        &caps[3] == "html",
    ))
}

/// `en_us` → `en-US`, `zh-hant-tw` → `zh-Hant-TW`.
fn normalize_locale(locale: &str) -> String {
    locale
        .trim()
        .split(['-', '_'])
        .enumerate()
        .map(|(i, part)| match (i, part.len()) {
            (0, _) => part.to_ascii_lowercase(),
            (_, 2) => part.to_ascii_uppercase(),
            (_, 4) => {
                let lower = part.to_ascii_lowercase();
                lower[..1].to_ascii_uppercase() + &lower[1..]
            }
            _ => part.to_string(),
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// The language part of a locale (`es-MX` → `es`).
pub fn language(locale: &str) -> &str {
    locale.split(['-', '_']).next().unwrap_or(locale)
}

/// The locale preferred among several of one language (`en` → `en-US`, `de` → `de-DE`).
fn home_locale(lang: &str) -> String {
    match lang {
        "en" => "en-US".to_string(),
        "ja" => "ja-JP".to_string(),
        "pt" => "pt-BR".to_string(),
        "sv" => "sv-SE".to_string(),
        other => format!("{other}-{}", other.to_ascii_uppercase()),
    }
}

// ---------------------------------------------------------------------------------------------
// Message variables
// ---------------------------------------------------------------------------------------------

/// What the renderer knows about one order, filled by the caller. Everything Amazon may withhold
/// is optional.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageVars {
    #[serde(default)]
    pub buyer_name: Option<String>,
    pub order_id: String,
    pub marketplace: Marketplace,
    /// The locale the buyer should get (usually `marketplace.default_locale()`); see
    /// [`TemplateSet::pick_for`]. Fallback words and dates follow the picked template's locale,
    /// so one message never mixes languages.
    #[serde(default)]
    pub locale: String,
    pub items: Vec<ItemVars>,
    pub store_name: String,
    #[serde(default)]
    pub store_logo_url: Option<String>,
    /// The seller's merchant token, for storefront and contact-seller links.
    #[serde(default)]
    pub seller_id: Option<String>,
    /// (carrier, tracking number).
    #[serde(default)]
    pub tracking: Option<(String, String)>,
    #[serde(default)]
    pub purchase_date: Option<NaiveDate>,
    #[serde(default)]
    pub delivered_date: Option<NaiveDate>,
    /// Whether the campaign attaches files (e.g. a manual), so a template can mention them.
    #[serde(default)]
    pub has_attachments: bool,
    /// The ASIN or SKU of the item `product` shows: the one a campaign filtered on products
    /// matched. `None` (or no such item) shows the first item.
    #[serde(default)]
    pub product: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemVars {
    pub asin: String,
    #[serde(default)]
    pub sku: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    pub quantity: u32,
    #[serde(default)]
    pub image_url: Option<String>,
}

impl MessageVars {
    /// A sample order with everything known, in `marketplace`'s language; used by
    /// [`check_template`] and handy for previews.
    pub fn example(marketplace: Marketplace) -> Self {
        let (name, title, carrier) = match language(marketplace.default_locale()) {
            "ja" => (
                "山田 花子",
                "Acme LEDデスクライト ワイヤレス充電器付き 3段階調色 無段階調光 目に優しい 読書灯 在宅勤務",
                "ヤマト運輸",
            ),
            "de" => (
                "Jana Schmidt",
                "Acme LED Schreibtischlampe mit kabellosem Ladegerät, 3 Farbmodi, dimmbar, augenschonende Leselampe",
                "DHL",
            ),
            _ => (
                "Jane Doe",
                "Acme LED Desk Lamp with Wireless Charger, 3 Color Modes, Dimmable Eye-Caring Reading Light",
                "UPS",
            ),
        };
        Self {
            buyer_name: Some(name.to_string()),
            order_id: "113-1234567-1234567".to_string(),
            marketplace,
            locale: marketplace.default_locale().to_string(),
            items: vec![
                ItemVars {
                    asin: "B0EXAMPLE1".to_string(),
                    sku: Some("LAMP-01".to_string()),
                    title: Some(title.to_string()),
                    quantity: 2,
                    image_url: Some(
                        "https://m.media-amazon.com/images/I/example-lamp.jpg".to_string(),
                    ),
                },
                ItemVars {
                    asin: "B0EXAMPLE2".to_string(),
                    sku: Some("BULB-02".to_string()),
                    title: Some("Acme E27 LED Bulb".to_string()),
                    quantity: 1,
                    image_url: None,
                },
            ],
            store_name: "Acme Home".to_string(),
            store_logo_url: Some(
                "https://m.media-amazon.com/images/S/example-logo.png".to_string(),
            ),
            seller_id: Some("A2EXAMPLESELLER".to_string()),
            tracking: Some((carrier.to_string(), "1Z999AA10123456784".to_string())),
            purchase_date: NaiveDate::from_ymd_opt(2026, 11, 1),
            delivered_date: NaiveDate::from_ymd_opt(2026, 11, 5),
            has_attachments: true,
            product: None,
        }
    }

    /// A sample order where Amazon withheld everything it may: no buyer name, no product title,
    /// no tracking, no seller id, no dates, no attachments.
    pub fn example_sparse(marketplace: Marketplace) -> Self {
        Self {
            buyer_name: None,
            order_id: "113-7654321-7654321".to_string(),
            marketplace,
            locale: marketplace.default_locale().to_string(),
            items: vec![ItemVars {
                asin: "B0EXAMPLE1".to_string(),
                sku: None,
                title: None,
                quantity: 1,
                image_url: None,
            }],
            store_name: "Acme Home".to_string(),
            store_logo_url: None,
            seller_id: None,
            tracking: None,
            purchase_date: None,
            delivered_date: None,
            has_attachments: false,
            product: None,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Links
// ---------------------------------------------------------------------------------------------

/// Buyer-facing Amazon links for one order, all on the order's marketplace domain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Links {
    pub product_page: String,
    pub product_review: String,
    pub seller_feedback: String,
    pub storefront: String,
    pub contact_seller: String,
    pub order_details: String,
}

/// Builds the links of an order. Without an ASIN the product links, and without a seller id the
/// storefront and contact links, point at the order's details page (where the buyer finds the
/// same actions), so no link is ever empty or broken.
pub fn links(
    marketplace: Marketplace,
    order_id: &str,
    asin: Option<&str>,
    seller_id: Option<&str>,
) -> Links {
    let base = format!("https://www.{}", marketplace.domain());
    let order = url_encode(order_id.trim());
    let present = |v: Option<&str>| v.map(str::trim).filter(|v| !v.is_empty()).map(url_encode);
    let asin = present(asin);
    let seller = present(seller_id);
    let order_details = format!("{base}/gp/your-account/order-details?orderID={order}");
    let (product_page, product_review) = match &asin {
        Some(a) => (
            format!("{base}/dp/{a}"),
            format!("{base}/review/create-review?asin={a}"),
        ),
        None => (order_details.clone(), order_details.clone()),
    };
    let (seller_feedback, storefront, contact_seller) = match &seller {
        Some(s) => (
            format!("{base}/hz/feedback?orderID={order}&sellerID={s}"),
            format!("{base}/sp?seller={s}"),
            format!(
                "{base}/gp/help/contact/contact.html?marketplaceID={}&orderID={order}&sellerID={s}",
                marketplace.sp_api_id()
            ),
        ),
        None => (
            format!("{base}/hz/feedback?orderID={order}"),
            order_details.clone(),
            order_details.clone(),
        ),
    };
    Links {
        product_page,
        product_review,
        seller_feedback,
        storefront,
        contact_seller,
        order_details,
    }
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
fn url_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Words per language
// ---------------------------------------------------------------------------------------------

/// Fallback words and salutations of one language.
struct Words {
    /// Salutation with the name; `{name}` is replaced by the first name.
    greeting: &'static str,
    greeting_anonymous: &'static str,
    first_name: &'static str,
    name: &'static str,
    product: &'static str,
    store: &'static str,
}

fn words(locale: &str) -> Words {
    let w = |greeting, greeting_anonymous, first_name, name, product, store| Words {
        greeting,
        greeting_anonymous,
        first_name,
        name,
        product,
        store,
    };
    match language(locale) {
        "ja" => w(
            "{name} 様",
            "お客様",
            "お客様",
            "お客様",
            "ご注文の商品",
            "当店",
        ),
        "de" => w(
            "Hallo {name},",
            "Guten Tag,",
            "liebe Kundin, lieber Kunde",
            "liebe Kundin, lieber Kunde",
            "Ihre Bestellung",
            "unser Shop",
        ),
        "fr" => w(
            "Bonjour {name},",
            "Bonjour,",
            "à vous",
            "client",
            "votre commande",
            "notre boutique",
        ),
        "es" => w(
            "Hola, {name}:",
            "Hola:",
            "estimado cliente",
            "cliente",
            "su pedido",
            "nuestra tienda",
        ),
        "it" => w(
            "Buongiorno {name},",
            "Buongiorno,",
            "gentile cliente",
            "cliente",
            "il suo ordine",
            "il nostro negozio",
        ),
        "nl" => w(
            "Hallo {name},",
            "Goedendag,",
            "beste klant",
            "klant",
            "uw bestelling",
            "onze winkel",
        ),
        "pt" => w(
            "Olá, {name},",
            "Olá,",
            "cliente",
            "cliente",
            "seu pedido",
            "nossa loja",
        ),
        "sv" => w(
            "Hej {name},",
            "Hej,",
            "där",
            "kund",
            "din beställning",
            "vår butik",
        ),
        "pl" => w(
            "Dzień dobry {name},",
            "Dzień dobry,",
            "Szanowni Państwo",
            "Klient",
            "Twoje zamówienie",
            "nasz sklep",
        ),
        _ => w(
            "Hi {name},",
            "Hi there,",
            "there",
            "customer",
            "your order",
            "our store",
        ),
    }
}

const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const FR_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const IT_MONTHS: [&str; 12] = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
];
const ES_MONTHS: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];
const DE_MONTHS: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];

fn format_date(date: NaiveDate, locale: &str) -> String {
    let month = date.month0() as usize;
    match (language(locale), locale) {
        ("en", "en-US" | "en-CA") => {
            format!("{} {}, {}", EN_MONTHS[month], date.day(), date.year())
        }
        ("en", _) => format!("{} {} {}", date.day(), EN_MONTHS[month], date.year()),
        ("ja", _) => format!("{}年{}月{}日", date.year(), date.month(), date.day()),
        ("de", _) => format!("{}. {} {}", date.day(), DE_MONTHS[month], date.year()),
        // French writes the first of the month as an ordinal: « le 1er novembre ».
        ("fr", _) if date.day() == 1 => format!("1er {} {}", FR_MONTHS[month], date.year()),
        ("fr", _) => format!("{} {} {}", date.day(), FR_MONTHS[month], date.year()),
        ("it", _) => format!("{} {} {}", date.day(), IT_MONTHS[month], date.year()),
        ("es", _) => format!("{} de {} de {}", date.day(), ES_MONTHS[month], date.year()),
        _ => date.format("%Y-%m-%d").to_string(),
    }
}

// ---------------------------------------------------------------------------------------------
// Names and titles
// ---------------------------------------------------------------------------------------------

/// Placeholders Amazon or middleware put where a name is withheld, compared lower-case with
/// everything but letters and digits removed.
const PLACEHOLDER_NAMES: &[&str] = &[
    "amazoncustomer",
    "amazonkunde",
    "amazonkundin",
    "amazonclient",
    "amazoncliente",
    "amazonカスタマー",
    "amazonのお客様",
    "customer",
    "buyer",
    "kunde",
    "na",
    "none",
    "null",
    "nil",
    "undefined",
    "unknown",
    "notavailable",
    "anonymous",
    "redacted",
    "お客様",
    "購入者",
];

const NAME_TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "herr", "frau", "sir",
];

/// The buyer's name with whitespace tidied, or `None` when it is missing or a placeholder.
pub fn clean_name(raw: Option<&str>) -> Option<String> {
    let name: String = raw?
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.contains('@') || !name.chars().any(char::is_alphabetic) {
        return None;
    }
    let key: String = name
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    if PLACEHOLDER_NAMES.contains(&key.as_str()) {
        return None;
    }
    Some(name)
}

/// What to call the buyer after "Hi": the first word of a Western name; the whole name when it is
/// CJK, starts with a title ("Dr. Jane Doe") or an initial; `Last, First` gives `First`.
/// In Japanese, the whole name with 様.
pub fn first_name(name: &str, locale: &str) -> String {
    if language(locale) == "ja" {
        return format!("{name} 様");
    }
    if name.chars().any(is_wide) {
        return name.to_string();
    }
    let given = match name.split_once(',') {
        Some((_, rest)) if !rest.trim().is_empty() => rest,
        _ => name,
    };
    let first = given.split_whitespace().next().unwrap_or(name);
    let bare = first.trim_end_matches('.').to_lowercase();
    let is_title = NAME_TITLES.contains(&bare.as_str());
    let is_initial = bare.chars().count() <= 1;
    if is_title || is_initial {
        return given.trim().to_string();
    }
    first.trim_end_matches([',', ';']).to_string()
}

/// East Asian wide and fullwidth characters (CJK, kana, hangul, fullwidth forms).
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD)
}

fn display_width(s: &str) -> usize {
    s.chars().map(|c| if is_wide(c) { 2 } else { 1 }).sum()
}

/// Cuts a long product title to about 60 columns and adds "…": at the end of a phrase (a comma,
/// a dash, a bracket) when one ends in the second half, else at a word boundary there. Trailing
/// separators and English joining words go too, so the cut never reads "Port, Warm to…" or
/// "Lamp with…" ("Port…" instead).
pub fn short_title(title: &str) -> String {
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    if display_width(&title) <= SHORT_TITLE_WIDTH {
        return title;
    }
    let mut cut = 0;
    let mut width = 0;
    for (i, c) in title.char_indices() {
        width += if is_wide(c) { 2 } else { 1 };
        if width > SHORT_TITLE_WIDTH - 1 {
            break;
        }
        cut = i + c.len_utf8();
    }
    let mut head = &title[..cut];
    let long_enough = |h: &str| display_width(h) >= SHORT_TITLE_WIDTH / 2;
    let phrase_end = [
        ", ", "; ", " - ", " – ", " — ", " | ", " (", " /", "、", "，", "（",
    ]
    .iter()
    .filter_map(|sep| head.rfind(sep))
    .filter(|at| long_enough(&head[..*at]))
    .max();
    if let Some(at) = phrase_end {
        head = &head[..at];
    } else if !title[cut..].starts_with(' ') {
        if let Some(space) = head.rfind(' ').filter(|s| long_enough(&head[..*s])) {
            head = &head[..space];
        }
    }
    let separators = |c: char| c.is_whitespace() || ",;:-–—|/\\([{（【「『、。・&+".contains(c);
    // Words that only join what follows; a title never ends on one.
    const JOINING: [&str; 16] = [
        "a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with",
        "w/", "&",
    ];
    let mut trimmed = head.trim_end_matches(separators);
    while let Some((before, last)) = trimmed.rsplit_once(' ') {
        if !JOINING.iter().any(|w| w.eq_ignore_ascii_case(last)) || !long_enough(before) {
            break;
        }
        trimmed = before.trim_end_matches(separators);
    }
    let head = if trimmed.is_empty() { head } else { trimmed };
    format!("{head}…")
}

// ---------------------------------------------------------------------------------------------
// Context
// ---------------------------------------------------------------------------------------------

#[derive(Serialize)]
struct TemplateContext {
    greeting: String,
    buyer: BuyerContext,
    order: OrderContext,
    product: ItemContext,
    items: Vec<ItemContext>,
    item_count: u64,
    store: StoreContext,
    tracking: TrackingContext,
    has_attachments: bool,
    links: Links,
}

#[derive(Serialize)]
struct BuyerContext {
    name: String,
    first_name: String,
    has_name: bool,
}

#[derive(Serialize)]
struct OrderContext {
    id: String,
    purchase_date: String,
    delivered_date: String,
}

#[derive(Serialize, Clone)]
struct ItemContext {
    asin: String,
    sku: String,
    title: String,
    short_title: String,
    quantity: u32,
    image_url: String,
    links: ItemLinks,
}

#[derive(Serialize, Clone)]
struct ItemLinks {
    product_page: String,
    product_review: String,
}

#[derive(Serialize)]
struct TrackingContext {
    carrier: String,
    number: String,
}

#[derive(Serialize)]
struct StoreContext {
    name: String,
    logo_url: String,
}

fn text_or_empty(v: &Option<String>) -> String {
    v.as_deref().map(str::trim).unwrap_or_default().to_string()
}

fn text_or(v: Option<&str>, fallback: &str) -> String {
    let v = v.map(|v| v.split_whitespace().collect::<Vec<_>>().join(" "));
    v.filter(|v| !v.is_empty())
        .unwrap_or_else(|| fallback.to_string())
}

/// The variables a template in `locale` sees for this order (see the module docs), as JSON.
pub fn template_context(vars: &MessageVars, locale: &str) -> serde_json::Value {
    context_of(vars, locale).into_value()
}

/// The context's fields; its JSON is what serializing it gives ([`TemplateContext::into_value`]).
fn context_of(vars: &MessageVars, locale: &str) -> TemplateContext {
    let words = words(locale);
    let name = clean_name(vars.buyer_name.as_deref());
    let (greeting, first) = match &name {
        Some(n) => {
            let first = first_name(n, locale);
            let greeting = if language(locale) == "ja" {
                first.clone()
            } else {
                words.greeting.replace("{name}", &first)
            };
            (greeting, first)
        }
        None => (
            words.greeting_anonymous.to_string(),
            words.first_name.to_string(),
        ),
    };
    let item = |i: &ItemVars| {
        let l = links(vars.marketplace, &vars.order_id, Some(&i.asin), None);
        let title = text_or(i.title.as_deref(), words.product);
        ItemContext {
            asin: i.asin.trim().to_string(),
            sku: text_or_empty(&i.sku),
            short_title: short_title(&title),
            title,
            quantity: i.quantity,
            image_url: text_or_empty(&i.image_url),
            links: ItemLinks {
                product_page: l.product_page,
                product_review: l.product_review,
            },
        }
    };
    let items: Vec<ItemContext> = vars.items.iter().map(item).collect();
    // The item the campaign matched (by ASIN, else SKU); else the first.
    let chosen = vars.product.as_deref().map(str::trim).and_then(|key| {
        let by_asin = vars
            .items
            .iter()
            .position(|i| i.asin.trim().eq_ignore_ascii_case(key));
        by_asin.or_else(|| {
            vars.items
                .iter()
                .position(|i| i.sku.as_deref().map(str::trim) == Some(key))
        })
    });
    let product = items.get(chosen.unwrap_or(0)).cloned().unwrap_or_else(|| {
        let l = links(vars.marketplace, &vars.order_id, None, None);
        ItemContext {
            asin: String::new(),
            sku: String::new(),
            title: words.product.to_string(),
            short_title: words.product.to_string(),
            quantity: 0,
            image_url: String::new(),
            links: ItemLinks {
                product_page: l.product_page,
                product_review: l.product_review,
            },
        }
    });
    let (carrier, number) = vars
        .tracking
        .as_ref()
        .map_or(("", ""), |(c, n)| (c.trim(), n.trim()));
    let tracking = TrackingContext {
        carrier: carrier.to_string(),
        number: number.to_string(),
    };
    TemplateContext {
        greeting,
        buyer: BuyerContext {
            name: name.clone().unwrap_or_else(|| words.name.to_string()),
            first_name: first,
            has_name: name.is_some(),
        },
        order: OrderContext {
            id: vars.order_id.trim().to_string(),
            purchase_date: vars
                .purchase_date
                .map(|d| format_date(d, locale))
                .unwrap_or_default(),
            delivered_date: vars
                .delivered_date
                .map(|d| format_date(d, locale))
                .unwrap_or_default(),
        },
        product,
        item_count: vars.items.iter().map(|i| u64::from(i.quantity)).sum(),
        items,
        store: StoreContext {
            name: text_or(Some(vars.store_name.as_str()), words.store),
            logo_url: text_or_empty(&vars.store_logo_url),
        },
        tracking,
        has_attachments: vars.has_attachments,
        links: links(
            vars.marketplace,
            &vars.order_id,
            vars.items.get(chosen.unwrap_or(0)).map(|i| i.asin.as_str()),
            vars.seller_id.as_deref(),
        ),
    }
}

/// A JSON object of these fields, moved in (what serializing the context struct gives, without
/// copying every string once more).
fn object<const N: usize>(fields: [(&str, serde_json::Value); N]) -> serde_json::Value {
    serde_json::Value::Object(
        fields
            .into_iter()
            .map(|(key, value)| (key.to_string(), value))
            .collect(),
    )
}

impl TemplateContext {
    fn into_value(self) -> serde_json::Value {
        use serde_json::Value;
        let b = self.buyer;
        let o = self.order;
        let l = self.links;
        object([
            ("greeting", Value::String(self.greeting)),
            (
                "buyer",
                object([
                    ("name", Value::String(b.name)),
                    ("first_name", Value::String(b.first_name)),
                    ("has_name", Value::Bool(b.has_name)),
                ]),
            ),
            (
                "order",
                object([
                    ("id", Value::String(o.id)),
                    ("purchase_date", Value::String(o.purchase_date)),
                    ("delivered_date", Value::String(o.delivered_date)),
                ]),
            ),
            ("product", self.product.into_value()),
            (
                "items",
                Value::Array(
                    self.items
                        .into_iter()
                        .map(ItemContext::into_value)
                        .collect(),
                ),
            ),
            ("item_count", Value::from(self.item_count)),
            (
                "store",
                object([
                    ("name", Value::String(self.store.name)),
                    ("logo_url", Value::String(self.store.logo_url)),
                ]),
            ),
            (
                "tracking",
                object([
                    ("carrier", Value::String(self.tracking.carrier)),
                    ("number", Value::String(self.tracking.number)),
                ]),
            ),
            ("has_attachments", Value::Bool(self.has_attachments)),
            (
                "links",
                object([
                    ("product_page", Value::String(l.product_page)),
                    ("product_review", Value::String(l.product_review)),
                    ("seller_feedback", Value::String(l.seller_feedback)),
                    ("storefront", Value::String(l.storefront)),
                    ("contact_seller", Value::String(l.contact_seller)),
                    ("order_details", Value::String(l.order_details)),
                ]),
            ),
        ])
    }
}

impl ItemContext {
    fn into_value(self) -> serde_json::Value {
        use serde_json::Value;
        object([
            ("asin", Value::String(self.asin)),
            ("sku", Value::String(self.sku)),
            ("title", Value::String(self.title)),
            ("short_title", Value::String(self.short_title)),
            ("quantity", Value::from(self.quantity)),
            ("image_url", Value::String(self.image_url)),
            (
                "links",
                object([
                    ("product_page", Value::String(self.links.product_page)),
                    ("product_review", Value::String(self.links.product_review)),
                ]),
            ),
        ])
    }
}

// ---------------------------------------------------------------------------------------------
// Compiling and rendering
// ---------------------------------------------------------------------------------------------

/// A rendered email, ready for the mailer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedMessage {
    pub subject: String,
    pub text: String,
    pub html: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Subject,
    Text,
    Html,
}

impl Part {
    fn source(self, t: &TemplateSource) -> Option<&str> {
        match self {
            Self::Subject => Some(&t.subject),
            Self::Text => Some(&t.text),
            Self::Html => t.html.as_deref(),
        }
    }

    /// Tera's name for this part; the suffix decides autoescaping (only `.html` escapes).
    fn tera_name(self, t: &TemplateSource) -> String {
        let suffix = match self {
            Self::Subject => "subject",
            Self::Text => "txt",
            Self::Html => "html",
        };
        format!("{}.{}.{suffix}", t.name, t.locale)
    }

    fn origin(self, t: &TemplateSource) -> String {
        match self {
            Self::Html => t.html_origin.clone().unwrap_or_else(|| t.origin.clone()),
            _ => t.origin.clone(),
        }
    }

    /// Line in the origin file of line `line` (1-based) of this part.
    fn file_line(self, t: &TemplateSource, line: usize) -> usize {
        match self {
            Self::Subject => t.subject_line,
            Self::Text => t.body_line + line.saturating_sub(1),
            Self::Html => line,
        }
    }
}

const PARTS: [Part; 3] = [Part::Subject, Part::Text, Part::Html];

/// A template compiled by Tera, with the source it was compiled from and Tera's name of each part.
struct Compiled {
    locale: String,
    subject: String,
    text: String,
    html: Option<String>,
    tera: Tera,
    names: [String; 3],
}

impl Compiled {
    fn is_of(&self, t: &TemplateSource) -> bool {
        self.locale == t.locale
            && self.subject == t.subject
            && self.text == t.text
            && self.html == t.html
    }

    fn name(&self, part: Part) -> &str {
        &self.names[part as usize]
    }
}

/// Compiled templates by template name, each entry checked against the whole source: a
/// dispatcher renders the same few templates thousands of times, and compiling is most of the
/// cost of a render. A lookup compares the stored source with the template's, so it copies
/// nothing.
fn compile(t: &TemplateSource) -> Result<std::sync::Arc<Compiled>, TemplateError> {
    type Cache = std::sync::Mutex<HashMap<String, Vec<std::sync::Arc<Compiled>>>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let cached = |guard: &HashMap<String, Vec<std::sync::Arc<Compiled>>>| {
        guard
            .get(t.name.as_str())
            .and_then(|versions| versions.iter().find(|c| c.is_of(t)))
            .cloned()
    };
    if let Some(compiled) = cached(&cache.lock().unwrap_or_else(|p| p.into_inner())) {
        return Ok(compiled);
    }
    let compiled = std::sync::Arc::new(Compiled {
        locale: t.locale.clone(),
        subject: t.subject.clone(),
        text: t.text.clone(),
        html: t.html.clone(),
        tera: compile_uncached(t)?,
        names: PARTS.map(|part| part.tera_name(t)),
    });
    let mut guard = cache.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(raced) = cached(&guard) {
        return Ok(raced);
    }
    // Bounded: a long-running process that reloads many template versions starts over.
    if guard.values().map(Vec::len).sum::<usize>() >= 512 {
        guard.clear();
    }
    guard
        .entry(t.name.clone())
        .or_default()
        .push(compiled.clone());
    Ok(compiled)
}

fn compile_uncached(t: &TemplateSource) -> Result<Tera, TemplateError> {
    let mut tera = Tera::default();
    tera.set_escape_fn(escape_html);
    // Templates are data; they must not read the Lambda's environment (credentials live there).
    tera.register_function(
        "get_env",
        |_: &HashMap<String, tera::Value>| -> tera::Result<tera::Value> {
            Err(tera::Error::msg(
                "templates cannot read environment variables",
            ))
        },
    );
    for part in PARTS {
        if let Some(source) = part.source(t) {
            tera.add_raw_template(&part.tera_name(t), source)
                .map_err(|e| syntax_error(t, part, &e))?;
        }
    }
    Ok(tera)
}

fn error_chain(e: &tera::Error) -> Vec<String> {
    let mut chain = vec![e.to_string()];
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        chain.push(s.to_string());
        source = s.source();
    }
    chain
}

fn syntax_error(t: &TemplateSource, part: Part, e: &tera::Error) -> TemplateError {
    static POSITION: OnceLock<Regex> = OnceLock::new();
    let position = POSITION.get_or_init(|| Regex::new(r"-->\s*(\d+):(\d+)").expect("static regex"));
    let chain = error_chain(e);
    let detail = chain.last().cloned().unwrap_or_default();
    let last_line = part.source(t).map_or(1, |s| s.lines().count().max(1));
    let line = position
        .captures(&detail)
        .and_then(|c| c[1].parse::<usize>().ok());
    let column = position.captures(&detail).map(|c| c[2].to_string());
    // Pest's report ends with "= expected …"; keep that, not the ASCII art.
    let expected = detail
        .lines()
        .rev()
        .find_map(|l| l.trim().strip_prefix("= "))
        .unwrap_or(detail.trim())
        .to_string();
    let message = match column {
        Some(col) => format!("{expected} (column {col})"),
        None => expected,
    };
    TemplateError::Syntax {
        template: t.key(),
        origin: part.origin(t),
        // Pest reports an unclosed tag at the end of input one line past the last one.
        line: Some(part.file_line(t, line.unwrap_or(1).min(last_line))),
        message,
    }
}

fn render_error(t: &TemplateSource, part: Part, e: &tera::Error, case: &str) -> TemplateError {
    static VARIABLE: OnceLock<Regex> = OnceLock::new();
    let variable =
        VARIABLE.get_or_init(|| Regex::new(r"Variable `([^`]+)` not found").expect("static regex"));
    let chain = error_chain(e);
    let source = part.source(t).unwrap_or_default();
    if let Some(var) = chain
        .iter()
        .find_map(|m| variable.captures(m))
        .map(|c| c[1].to_string())
    {
        return TemplateError::UnknownVariable {
            template: t.key(),
            origin: part.origin(t),
            line: locate(source, &var).map(|l| part.file_line(t, l)),
            suggestion: suggest(&var),
            variable: var,
        };
    }
    let message = chain
        .iter()
        .filter(|m| !m.starts_with("Failed to render"))
        .cloned()
        .collect::<Vec<_>>()
        .join(": ");
    TemplateError::Render {
        template: t.key(),
        origin: part.origin(t),
        line: None,
        message: format!("{message}{case}"),
    }
}

/// First line (1-based) of `source` that mentions `var` as a whole name.
fn locate(source: &str, var: &str) -> Option<usize> {
    let re = Regex::new(&format!(r"(^|[^\w.]){}($|[^\w])", regex::escape(var))).ok()?;
    source.lines().position(|l| re.is_match(l)).map(|i| i + 1)
}

/// Renders `t` for one order. Compiles the template on each call (a few microseconds for an email).
pub fn render(t: &TemplateSource, vars: &MessageVars) -> Result<RenderedMessage, TemplateError> {
    render_case(t, vars, "")
}

fn render_case(
    t: &TemplateSource,
    vars: &MessageVars,
    case: &str,
) -> Result<RenderedMessage, TemplateError> {
    let compiled = compile(t)?;
    let context = Context::from_value(template_context(vars, &t.locale)).map_err(|e| {
        TemplateError::Render {
            template: t.key(),
            origin: t.origin.clone(),
            line: None,
            message: e.to_string(),
        }
    })?;
    let render_part = |part: Part| -> Result<String, TemplateError> {
        compiled
            .tera
            .render(compiled.name(part), &context)
            .map_err(|e| render_error(t, part, &e, case))
    };
    let empty = |part: Part, what: &str| TemplateError::Render {
        template: t.key(),
        origin: part.origin(t),
        line: Some(part.file_line(t, 1)),
        message: format!("the {what} renders empty{case}"),
    };

    let subject = render_part(Part::Subject)?
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if subject.is_empty() {
        return Err(empty(Part::Subject, "subject"));
    }
    let text = tidy_text(&render_part(Part::Text)?);
    if text.is_empty() {
        return Err(empty(Part::Text, "text body"));
    }
    let html = match t.html {
        Some(_) => {
            let html = render_part(Part::Html)?;
            if html.trim().is_empty() {
                return Err(empty(Part::Html, "HTML body"));
            }
            format!("{}\n", html.trim())
        }
        None => text_to_html(&text, &subject, &t.locale),
    };
    Ok(RenderedMessage {
        subject,
        text,
        html,
    })
}

/// Checks one template: Tera syntax, every variable it names (also inside `{% if %}`, where Tera
/// would quietly read an unknown name as false), and a render against a full and a sparse sample
/// order (buyer name, title, tracking, seller id and dates missing).
pub fn check_template(t: &TemplateSource) -> Result<(), TemplateError> {
    compile(t)?;
    for part in PARTS {
        let Some(source) = part.source(t) else {
            continue;
        };
        if let Some((line, variable)) = scan_unknown_variables(source) {
            return Err(TemplateError::UnknownVariable {
                template: t.key(),
                origin: part.origin(t),
                line: Some(part.file_line(t, line)),
                suggestion: suggest(&variable),
                variable,
            });
        }
    }
    let marketplace = marketplace_for(&t.locale);
    render_case(
        t,
        &MessageVars::example(marketplace),
        " (full sample order)",
    )?;
    render_case(
        t,
        &MessageVars::example_sparse(marketplace),
        " (sample order with buyer name, product title, tracking and seller id missing)",
    )?;
    Ok(())
}

/// The marketplace whose buyers read `locale` (for sample orders); the US when none does.
fn marketplace_for(locale: &str) -> Marketplace {
    let locale = normalize_locale(locale);
    Marketplace::ALL
        .into_iter()
        .find(|m| m.default_locale() == locale)
        .or_else(|| {
            Marketplace::ALL
                .into_iter()
                .find(|m| language(m.default_locale()) == language(&locale))
        })
        .unwrap_or(Marketplace::Us)
}

/// Trailing spaces off, at most one blank line in a row, no blank lines at either end, final newline.
fn tidy_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_blank = false;
    for line in text.lines().map(str::trim_end) {
        if line.is_empty() {
            pending_blank = !out.is_empty();
            continue;
        }
        if pending_blank {
            out.push('\n');
            pending_blank = false;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Escapes the five HTML-special characters (Tera's default also escapes `/`, which mangles URLs).
fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    escape_html_into(&mut out, s);
    out
}

/// [`escape_html`] appended to `out`, copying the runs between special characters whole.
fn escape_html_into(out: &mut String, s: &str) {
    let mut plain = 0;
    for (i, b) in s.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&s[plain..i]);
        out.push_str(entity);
        plain = i + 1;
    }
    out.push_str(&s[plain..]);
}

/// One line of text as HTML, appended to `out`: escaped, with `http(s)://` URLs as links.
fn linkify_into(out: &mut String, line: &str) {
    static URL: OnceLock<Regex> = OnceLock::new();
    let url = URL.get_or_init(|| {
        Regex::new(r"https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+").expect("static regex")
    });
    let mut rest = 0;
    for m in url.find_iter(line) {
        let mut end = m.end();
        // Sentence punctuation after a URL is not part of it; a `)` is, when the URL opened one.
        while let Some(c) = line[m.start()..end].chars().last() {
            let unbalanced_paren = c == ')'
                && line[m.start()..end].matches('(').count()
                    < line[m.start()..end].matches(')').count();
            if ".,;:!?'\"".contains(c) || unbalanced_paren {
                end -= c.len_utf8();
            } else {
                break;
            }
        }
        let href = &line[m.start()..end];
        escape_html_into(out, &line[rest..m.start()]);
        out.push_str("<a href=\"");
        escape_html_into(out, href);
        out.push_str("\" style=\"color:#0b62a4;word-break:break-all;\">");
        escape_html_into(out, href);
        out.push_str("</a>");
        rest = end;
    }
    escape_html_into(out, &line[rest..]);
}

/// The HTML body made from a rendered text body: a paragraph per blank-line-separated block, `<br>`
/// per newline, inside a single-column inline-styled layout that reads well on phones.
pub fn text_to_html(text: &str, subject: &str, locale: &str) -> String {
    // A paragraph per run of non-blank lines, its lines joined by `<br>`.
    let mut body = String::with_capacity(text.len() + text.len() / 2);
    let mut in_paragraph = false;
    for line in text.lines() {
        if line.trim().is_empty() {
            if in_paragraph {
                body.push_str("</p>\n");
                in_paragraph = false;
            }
            continue;
        }
        body.push_str(if in_paragraph {
            "<br>\n"
        } else {
            "<p style=\"margin:0 0 16px 0;\">"
        });
        in_paragraph = true;
        linkify_into(&mut body, line);
    }
    if in_paragraph {
        body.push_str("</p>\n");
    }
    let fonts = match language(locale) {
        "ja" => "'Hiragino Kaku Gothic ProN','Hiragino Sans',Meiryo,'Yu Gothic',sans-serif",
        _ => "Arial,Helvetica,sans-serif",
    };
    format!(
        r#"<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
</head>
<body style="margin:0;padding:0;background-color:#f4f4f4;">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" border="0" style="background-color:#f4f4f4;">
<tr>
<td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" border="0" style="max-width:600px;background-color:#ffffff;border:1px solid #e3e3e3;border-radius:6px;">
<tr>
<td style="padding:28px 24px 12px 24px;font-family:{fonts};font-size:16px;line-height:1.6;color:#1a1a1a;text-align:left;">
{body}</td>
</tr>
</table>
</td>
</tr>
</table>
</body>
</html>
"#,
        lang = escape_html(locale),
        title = escape_html(subject),
    )
}

// ---------------------------------------------------------------------------------------------
// Unknown-variable scan
// ---------------------------------------------------------------------------------------------

/// Every variable path of the context ("buyer", "buyer.name", …), lists not descended into.
fn known_variables() -> &'static BTreeSet<String> {
    static KNOWN: OnceLock<BTreeSet<String>> = OnceLock::new();
    KNOWN.get_or_init(|| {
        fn walk(prefix: &str, value: &serde_json::Value, out: &mut BTreeSet<String>) {
            if let serde_json::Value::Object(map) = value {
                for (key, v) in map {
                    let path = if prefix.is_empty() {
                        key.clone()
                    } else {
                        format!("{prefix}.{key}")
                    };
                    walk(&path, v, out);
                    out.insert(path);
                }
            }
        }
        let mut known = BTreeSet::new();
        let context = template_context(&MessageVars::example(Marketplace::Us), "en-US");
        walk("", &context, &mut known);
        known
    })
}

/// The closest known variable to a misspelt one.
fn suggest(variable: &str) -> Option<String> {
    let known = known_variables();
    known
        .iter()
        .map(|k| (edit_distance(k, variable), k))
        .filter(|(d, k)| *d <= (k.len() / 3).max(2))
        .min()
        .map(|(_, k)| k.clone())
        .or_else(|| named_in_part(variable, known))
}

/// The one known variable of the same object whose name holds every word of `variable`'s
/// (`links.contact` → `links.contact_seller`, `links.feedback` → `links.seller_feedback`):
/// a name given in part is too far from the whole for a spelling suggestion. `None` when no
/// variable or more than one holds them.
fn named_in_part(variable: &str, known: &BTreeSet<String>) -> Option<String> {
    let (object, field) = variable.rsplit_once('.')?;
    let words: Vec<&str> = field.split('_').filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return None;
    }
    let mut holding = known.iter().filter(|k| {
        k.rsplit_once('.').is_some_and(|(o, f)| {
            o == object && words.iter().all(|w| f.split('_').any(|kw| kw == *w))
        })
    });
    let first = holding.next()?;
    holding.next().is_none().then(|| first.clone())
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// Replaces every character of `s[range]` except newlines with spaces of the same byte length,
/// so offsets and line numbers stay valid.
fn blank_out(s: &mut String, start: usize, end: usize) {
    let blanked: String = s[start..end]
        .chars()
        .map(|c| {
            if c == '\n' {
                "\n".to_string()
            } else {
                " ".repeat(c.len_utf8())
            }
        })
        .collect();
    s.replace_range(start..end, &blanked);
}

/// Finds the first variable in `source` that the context does not have: (line, path). Names bound
/// by `for`, `set` and macros, and Tera's `loop`, are the template's own and not checked.
fn scan_unknown_variables(source: &str) -> Option<(usize, String)> {
    static RES: OnceLock<[Regex; 6]> = OnceLock::new();
    let [ignored, strings, binders, macro_args, exprs, tokens] = RES.get_or_init(|| {
        [
            r"(?s)\{#.*?#\}|\{%-?\s*raw\s*-?%\}.*?\{%-?\s*endraw\s*-?%\}",
            r#""[^"]*"|'[^']*'|`[^`]*`"#,
            r"\{%-?\s*(?:for\s+(\w+)(?:\s*,\s*(\w+))?\s+in\b|set(?:_global)?\s+(\w+)\s*=)",
            r"\{%-?\s*macro\s+\w+\s*\(([^)]*)\)",
            [
                // A string literal may contain `}}` or `%}`; the bodies step over literals.
                r#"(?s)\{\{-?((?:"[^"]*"|'[^']*'|`[^`]*`|[^"'`}]|\}[^}])*?)-?\}\}"#,
                r#"|\{%-?\s*(?:if|elif)\s((?:"[^"]*"|'[^']*'|`[^`]*`|[^"'`%]|%[^}])*?)-?%\}"#,
                r#"|\{%-?\s*for\s[^%]*?\sin\s((?:"[^"]*"|'[^']*'|`[^`]*`|[^"'`%]|%[^}])*?)-?%\}"#,
                r#"|\{%-?\s*set(?:_global)?\s+\w+\s*=((?:"[^"]*"|'[^']*'|`[^`]*`|[^"'`%]|%[^}])*?)-?%\}"#,
            ]
            .concat()
            .as_str(),
            r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*",
        ]
        .map(|re| Regex::new(re).expect("static regex"))
    });

    let mut text = source.to_string();
    let spans: Vec<(usize, usize)> = ignored
        .find_iter(source)
        .map(|m| (m.start(), m.end()))
        .collect();
    for (start, end) in spans {
        blank_out(&mut text, start, end);
    }

    let mut bound: BTreeSet<String> = ["loop", "__tera_context"].map(String::from).into();
    for caps in binders.captures_iter(&text) {
        bound.extend(
            caps.iter()
                .skip(1)
                .flatten()
                .map(|m| m.as_str().to_string()),
        );
    }
    for caps in macro_args.captures_iter(&text) {
        bound.extend(
            caps[1]
                .split(',')
                .filter_map(|a| a.split('=').next())
                .map(|a| a.trim().to_string())
                .filter(|a| !a.is_empty()),
        );
    }

    const KEYWORDS: &[&str] = &[
        "and", "or", "not", "in", "is", "true", "false", "True", "False",
    ];
    for caps in exprs.captures_iter(&text) {
        let Some(expr) = caps.iter().skip(1).flatten().next() else {
            continue;
        };
        // String literals may hold anything; blank them (same length) before looking for names.
        let mut body = expr.as_str().to_string();
        let literals: Vec<(usize, usize)> = strings
            .find_iter(expr.as_str())
            .map(|m| (m.start(), m.end()))
            .collect();
        for (start, end) in literals {
            blank_out(&mut body, start, end);
        }
        let body = body.as_str();
        let mut previous: Vec<&str> = Vec::new();
        for token in tokens.find_iter(body) {
            let before = body[..token.start()].trim_end();
            let after = body[token.end()..].trim_start();
            let word = token.as_str();
            let is_member = before.ends_with(['.', ']', '|', ':']);
            let is_call = after.starts_with(['(', ':']);
            let is_kwarg = after.starts_with('=') && !after.starts_with("==");
            let is_test = previous.last() == Some(&"is")
                || (previous.last() == Some(&"not") && previous.iter().rev().nth(1) == Some(&"is"));
            previous.push(word);
            if is_member || is_call || is_kwarg || is_test || KEYWORDS.contains(&word) {
                continue;
            }
            let root = word.split('.').next().unwrap_or(word);
            if bound.contains(root) || known_variables().contains(word) {
                continue;
            }
            let offset = expr.start() + token.start();
            let line = source[..offset].matches('\n').count() + 1;
            return Some((line, word.to_string()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::CampaignKind;

    fn template(txt: &str) -> TemplateSource {
        TemplateSource::parse("t", "en-US", "t.en-US.txt", txt, None).unwrap()
    }

    fn template_in(locale: &str, txt: &str) -> TemplateSource {
        let origin = format!("t.{locale}.txt");
        TemplateSource::parse("t", locale, &origin, txt, None).unwrap()
    }

    fn context(vars: &MessageVars, locale: &str) -> serde_json::Value {
        template_context(vars, locale)
    }

    fn with_name(name: Option<&str>) -> MessageVars {
        MessageVars {
            buyer_name: name.map(str::to_string),
            ..MessageVars::example(Marketplace::Us)
        }
    }

    // --- the context and the compiled templates ---------------------------------------------

    #[test]
    fn the_context_built_by_hand_is_the_serialized_context_field_for_field() {
        for m in [Marketplace::Us, Marketplace::Jp, Marketplace::De] {
            for vars in [
                golden_full(m),
                golden_sparse(m),
                MessageVars::example(m),
                MessageVars::example_sparse(m),
                MessageVars {
                    product: Some("B0GOLDEN02".into()),
                    ..golden_full(m)
                },
            ] {
                let locale = m.default_locale();
                let serialized = serde_json::to_value(context_of(&vars, locale)).unwrap();
                assert_eq!(template_context(&vars, locale), serialized, "{m:?}");
            }
        }
    }

    #[test]
    fn each_version_of_a_template_renders_its_own_text() {
        // Same name and locale, different subject, text or HTML: the cache must not mix them up.
        let v1 = template("Subject: One {{ store.name }}\nFirst body.\n");
        let v2 = template("Subject: Two {{ store.name }}\nFirst body.\n");
        let v3 = template("Subject: Two {{ store.name }}\nSecond body.\n");
        let mut v4 = v3.clone();
        v4.html = Some("<p>Third</p>".into());
        let vars = MessageVars::example(Marketplace::Us);
        for _ in 0..2 {
            let (r1, r2, r3, r4) = (
                render(&v1, &vars).unwrap(),
                render(&v2, &vars).unwrap(),
                render(&v3, &vars).unwrap(),
                render(&v4, &vars).unwrap(),
            );
            assert!(r1.subject.starts_with("One"), "{}", r1.subject);
            assert!(r2.subject.starts_with("Two") && r2.text == "First body.\n");
            assert_eq!(r3.text, "Second body.\n");
            assert!(r3.html.contains("Second body."), "{}", r3.html);
            assert_eq!(r4.html, "<p>Third</p>\n");
        }
    }

    // --- names and fallbacks -------------------------------------------------------------------

    #[test]
    fn a_missing_name_still_gives_a_natural_greeting_in_each_language() {
        let vars = with_name(None);
        assert_eq!(context(&vars, "en-US")["greeting"], "Hi there,");
        assert_eq!(context(&vars, "en-US")["buyer"]["first_name"], "there");
        assert_eq!(context(&vars, "ja-JP")["greeting"], "お客様");
        assert_eq!(context(&vars, "ja-JP")["buyer"]["first_name"], "お客様");
        assert_eq!(context(&vars, "de-DE")["greeting"], "Guten Tag,");
        assert_eq!(context(&vars, "en-US")["buyer"]["has_name"], false);
        let hi = render(&template("Subject: x\nHi {{ buyer.first_name }},"), &vars).unwrap();
        assert_eq!(hi.text, "Hi there,\n");
    }

    #[test]
    fn a_known_name_is_greeted_by_first_name_or_with_sama() {
        let vars = with_name(Some("  Jane   Doe "));
        assert_eq!(context(&vars, "en-US")["greeting"], "Hi Jane,");
        assert_eq!(context(&vars, "en-US")["buyer"]["name"], "Jane Doe");
        assert_eq!(context(&vars, "de-DE")["greeting"], "Hallo Jane,");
        assert_eq!(context(&vars, "ja-JP")["greeting"], "Jane Doe 様");
        let vars = with_name(Some("山田 花子"));
        assert_eq!(context(&vars, "ja-JP")["greeting"], "山田 花子 様");
        assert_eq!(
            context(&vars, "ja-JP")["buyer"]["first_name"],
            "山田 花子 様"
        );
        assert_eq!(context(&vars, "en-US")["greeting"], "Hi 山田 花子,");
    }

    #[test]
    fn placeholder_and_blank_names_count_as_withheld() {
        for name in [
            "",
            "   ",
            "Amazon Customer",
            "amazon customer",
            "N/A",
            "n.a.",
            "null",
            "Amazon カスタマー",
            "abc123@marketplace.amazon.com",
            "---",
        ] {
            assert_eq!(clean_name(Some(name)), None, "{name:?}");
        }
        assert_eq!(clean_name(Some("Jane\nDoe")).as_deref(), Some("Jane Doe"));
        assert_eq!(clean_name(None), None);
    }

    #[test]
    fn first_name_is_the_first_word_unless_that_would_be_wrong() {
        assert_eq!(first_name("Jane Doe", "en-US"), "Jane");
        assert_eq!(first_name("Doe, Jane", "en-US"), "Jane");
        assert_eq!(first_name("Dr. Jane Doe", "en-US"), "Dr. Jane Doe");
        assert_eq!(first_name("J. Smith", "en-US"), "J. Smith");
        assert_eq!(first_name("王小明", "en-US"), "王小明");
        assert_eq!(first_name("김 민준", "de-DE"), "김 민준");
        assert_eq!(first_name("Jane Doe", "ja-JP"), "Jane Doe 様");
    }

    #[test]
    fn a_missing_title_or_store_name_falls_back_to_words() {
        let mut vars = MessageVars::example_sparse(Marketplace::Us);
        vars.store_name = " ".to_string();
        assert_eq!(context(&vars, "en-US")["product"]["title"], "your order");
        assert_eq!(
            context(&vars, "en-US")["product"]["short_title"],
            "your order"
        );
        assert_eq!(context(&vars, "ja-JP")["product"]["title"], "ご注文の商品");
        assert_eq!(
            context(&vars, "de-DE")["product"]["title"],
            "Ihre Bestellung"
        );
        assert_eq!(context(&vars, "en-US")["store"]["name"], "our store");
        assert_eq!(context(&vars, "ja-JP")["store"]["name"], "当店");
    }

    #[test]
    fn withheld_data_is_an_empty_string_never_null() {
        let ctx = context(&MessageVars::example_sparse(Marketplace::Us), "en-US");
        for path in [
            "/product/sku",
            "/product/image_url",
            "/store/logo_url",
            "/tracking/carrier",
            "/tracking/number",
            "/order/purchase_date",
            "/order/delivered_date",
        ] {
            assert_eq!(ctx.pointer(path), Some(&serde_json::json!("")), "{path}");
        }
        assert_eq!(ctx["has_attachments"], false);
        for variable in VARIABLES {
            let pointer = format!("/{}", variable.replace('.', "/"));
            let value = ctx.pointer(&pointer);
            assert!(value.is_some_and(|v| !v.is_null()), "{variable} missing");
        }
    }

    #[test]
    fn the_documented_variable_list_is_exactly_what_templates_get() {
        let objects = [
            "buyer",
            "order",
            "product",
            "product.links",
            "store",
            "tracking",
            "links",
        ];
        let leaves: BTreeSet<&str> = known_variables()
            .iter()
            .map(String::as_str)
            .filter(|v| !objects.contains(v))
            .collect();
        assert_eq!(leaves, VARIABLES.iter().copied().collect());
    }

    #[test]
    fn item_count_is_the_total_quantity() {
        let ctx = context(&MessageVars::example(Marketplace::Us), "en-US");
        assert_eq!(ctx["item_count"], 3);
        assert_eq!(ctx["items"].as_array().map(Vec::len), Some(2));
        assert_eq!(ctx["product"]["quantity"], 2);
    }

    #[test]
    fn dates_read_the_way_each_locale_writes_them() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        assert_eq!(format_date(d, "en-US"), "November 1, 2026");
        assert_eq!(format_date(d, "en-GB"), "1 November 2026");
        assert_eq!(format_date(d, "ja-JP"), "2026年11月1日");
        assert_eq!(format_date(d, "de-DE"), "1. November 2026");
        assert_eq!(format_date(d, "fr-FR"), "1er novembre 2026");
        assert_eq!(
            format_date(NaiveDate::from_ymd_opt(2026, 8, 15).unwrap(), "fr-FR"),
            "15 août 2026"
        );
        assert_eq!(format_date(d, "it-IT"), "1 novembre 2026");
        assert_eq!(format_date(d, "es-ES"), "1 de noviembre de 2026");
        assert_eq!(format_date(d, "es-MX"), "1 de noviembre de 2026");
        assert_eq!(format_date(d, "nl-NL"), "2026-11-01");
    }

    #[test]
    fn short_title_cuts_long_titles_at_a_word_boundary() {
        let long = "Acme LED Desk Lamp with Wireless Charger, 3 Color Modes, Dimmable Eye-Caring Reading Light";
        let short = short_title(long);
        assert_eq!(
            short,
            "Acme LED Desk Lamp with Wireless Charger, 3 Color Modes…"
        );
        assert!(display_width(&short) <= SHORT_TITLE_WIDTH);
        assert_eq!(short_title("Desk lamp"), "Desk lamp");
        let ja = "Acme LEDデスクライト ワイヤレス充電器付き 3段階調色 無段階調光 目に優しい 読書灯 在宅勤務";
        let short = short_title(ja);
        assert!(
            short.ends_with('…') && display_width(&short) <= SHORT_TITLE_WIDTH,
            "{short}"
        );
        assert!(ja.starts_with(short.trim_end_matches('…')));
        let no_spaces = "あ".repeat(50);
        assert_eq!(short_title(&no_spaces), format!("{}…", "あ".repeat(29)));
    }

    #[test]
    fn short_titles_end_on_a_word_never_on_punctuation_or_a_joining_word() {
        // The demo's lamp: cut mid-phrase it read "…Charging Port, Warm to…".
        assert_eq!(
            short_title("Dimmable LED Desk Lamp with USB-C Charging Port, Warm to Cool Light"),
            "Dimmable LED Desk Lamp with USB-C Charging Port…"
        );
        for title in [
            "Dimmable LED Desk Lamp with USB-C Charging Port, Warm to Cool Light",
            "Stainless Steel Insulated Travel Mug for Coffee and Tea with Leak-Proof Lid, 12 oz",
            "Adhesive Wall Hooks Heavy Duty Waterproof Self Adhesive Hangers for Kitchen & Bath (Pack of 6)",
            "Packable Daypack Lightweight Foldable Hiking Backpack / Travel Bag - Water Resistant - Black",
            "Heavy-Duty Outdoor Extension Cord 50 ft - 3 Prong Grounded Plug; Weatherproof; Orange",
            "Wireless Ergonomic Mouse Rechargeable Silent Click With Adjustable DPI And USB Receiver",
        ] {
            let short = short_title(title);
            let head = short.strip_suffix('…').unwrap_or_else(|| panic!("{short}"));
            assert!(display_width(&short) <= SHORT_TITLE_WIDTH, "{short}");
            assert!(title.starts_with(head), "{short}");
            let last_char = head.chars().last().unwrap();
            assert!(last_char.is_alphanumeric(), "ends on {last_char:?}: {short}");
            let last_word = head.rsplit(' ').next().unwrap().to_ascii_lowercase();
            assert!(
                !["to", "with", "and", "for", "of", "the", "&"].contains(&last_word.as_str()),
                "ends on a joining word: {short}"
            );
            assert!(display_width(head) >= SHORT_TITLE_WIDTH / 2, "{short}");
        }
    }

    // --- links ---------------------------------------------------------------------------------

    #[test]
    fn links_are_built_on_each_marketplace_domain() {
        let us = links(
            Marketplace::Us,
            "113-1234567-1234567",
            Some("B0EXAMPLE1"),
            Some("A2SELLER"),
        );
        assert_eq!(us.product_page, "https://www.amazon.com/dp/B0EXAMPLE1");
        assert_eq!(
            us.product_review,
            "https://www.amazon.com/review/create-review?asin=B0EXAMPLE1"
        );
        assert_eq!(
            us.seller_feedback,
            "https://www.amazon.com/hz/feedback?orderID=113-1234567-1234567&sellerID=A2SELLER"
        );
        assert_eq!(us.storefront, "https://www.amazon.com/sp?seller=A2SELLER");
        assert_eq!(
            us.contact_seller,
            "https://www.amazon.com/gp/help/contact/contact.html?marketplaceID=ATVPDKIKX0DER&orderID=113-1234567-1234567&sellerID=A2SELLER"
        );
        assert_eq!(
            us.order_details,
            "https://www.amazon.com/gp/your-account/order-details?orderID=113-1234567-1234567"
        );

        let jp = links(
            Marketplace::Jp,
            "503-1234567-1234567",
            Some("B0EXAMPLE1"),
            Some("A2SELLER"),
        );
        assert_eq!(jp.product_page, "https://www.amazon.co.jp/dp/B0EXAMPLE1");
        assert!(jp.contact_seller.contains("marketplaceID=A1VC38T7YXB528"));
        let de = links(
            Marketplace::De,
            "302-1234567-1234567",
            Some("B0EXAMPLE1"),
            Some("A2SELLER"),
        );
        assert_eq!(
            de.product_review,
            "https://www.amazon.de/review/create-review?asin=B0EXAMPLE1"
        );
        for (l, m) in [(jp, Marketplace::Jp), (de, Marketplace::De)] {
            for url in [
                &l.product_page,
                &l.product_review,
                &l.seller_feedback,
                &l.storefront,
                &l.contact_seller,
                &l.order_details,
            ] {
                let host = url
                    .trim_start_matches("https://")
                    .split('/')
                    .next()
                    .unwrap();
                assert!(m.owns_host(host), "{url} is not on {}", m.domain());
            }
        }
    }

    #[test]
    fn links_without_seller_id_or_asin_fall_back_to_the_order_page() {
        let l = links(Marketplace::Us, "113-1", None, Some("  "));
        let order = "https://www.amazon.com/gp/your-account/order-details?orderID=113-1";
        assert_eq!(l.storefront, order);
        assert_eq!(l.contact_seller, order);
        assert_eq!(l.product_page, order);
        assert_eq!(l.product_review, order);
        assert_eq!(
            l.seller_feedback,
            "https://www.amazon.com/hz/feedback?orderID=113-1"
        );
    }

    #[test]
    fn link_values_are_url_encoded() {
        let l = links(Marketplace::Us, "1&x=2", Some("B0 1"), Some("A/B"));
        assert_eq!(l.product_page, "https://www.amazon.com/dp/B0%201");
        assert!(l.order_details.ends_with("orderID=1%26x%3D2"));
        assert!(l.storefront.ends_with("seller=A%2FB"));
    }

    // --- rendering -----------------------------------------------------------------------------

    #[test]
    fn html_bodies_escape_the_buyer_name_and_text_bodies_do_not() {
        let vars = with_name(Some("<script>alert(1)</script>"));
        let t = TemplateSource::parse(
            "t",
            "en-US",
            "t.en-US.txt",
            "Subject: For {{ buyer.name }}\n{{ greeting }}\n",
            Some((
                "t.en-US.html",
                "<p>{{ greeting }}</p>\n<p>{{ links.product_page }}</p>",
            )),
        )
        .unwrap();
        let m = render(&t, &vars).unwrap();
        assert_eq!(m.text, "Hi <script>alert(1)</script>,\n");
        assert_eq!(m.subject, "For <script>alert(1)</script>");
        assert!(
            m.html
                .contains("<p>Hi &lt;script&gt;alert(1)&lt;/script&gt;,</p>"),
            "{}",
            m.html
        );
        assert!(!m.html.contains("<script>"));
        // URLs stay readable: `/` is not escaped.
        assert!(
            m.html
                .contains("<p>https://www.amazon.com/dp/B0EXAMPLE1</p>"),
            "{}",
            m.html
        );

        let generated = render(&template("Subject: x\n{{ greeting }}"), &vars).unwrap();
        assert!(generated
            .html
            .contains("Hi &lt;script&gt;alert(1)&lt;/script&gt;,"));
        assert!(!generated.html.contains("<script>"));
    }

    #[test]
    fn generated_html_has_paragraphs_breaks_and_links() {
        let text = "Hi & welcome,\nline two\n\nSee https://www.amazon.com/dp/B0X?a=1&b=2.\nお問い合わせ：https://www.amazon.co.jp/dp/B0Yからどうぞ\n";
        let html = text_to_html(text, "Subject <1>", "en-US");
        assert!(
            html.contains("<p style=\"margin:0 0 16px 0;\">Hi &amp; welcome,<br>\nline two</p>"),
            "{html}"
        );
        assert!(html.contains(
            "See <a href=\"https://www.amazon.com/dp/B0X?a=1&amp;b=2\" style=\"color:#0b62a4;word-break:break-all;\">https://www.amazon.com/dp/B0X?a=1&amp;b=2</a>.<br>"
        ), "{html}");
        assert!(
            html.contains("<a href=\"https://www.amazon.co.jp/dp/B0Y\""),
            "{html}"
        );
        assert!(html.contains("<title>Subject &lt;1&gt;</title>"));
        assert!(html.contains("name=\"viewport\""));
        for forbidden in ["<img", "<link", "<style", "<script", "http://"] {
            assert!(!html.contains(forbidden), "{forbidden}");
        }
    }

    #[test]
    fn rendered_text_is_tidied_and_the_subject_is_one_line() {
        let t = template(
            "Subject:   Hello\t {{ store.name }}  \n\n\n  \nLine one   \n{% if tracking.number %}\nhas tracking\n{% endif %}\n\n\n\nLast\n\n",
        );
        let m = render(&t, &MessageVars::example_sparse(Marketplace::Us)).unwrap();
        assert_eq!(m.subject, "Hello Acme Home");
        assert_eq!(m.text, "Line one\n\nLast\n");
    }

    #[test]
    fn an_unknown_variable_fails_rendering_naming_template_and_variable() {
        let t = template("Subject: Hi\nHello\n{{ buyer.nmae }}\n");
        let err = render(&t, &MessageVars::example(Marketplace::Us)).unwrap_err();
        match &err {
            TemplateError::UnknownVariable {
                template,
                variable,
                line,
                suggestion,
                ..
            } => {
                assert_eq!(template, "t.en-US");
                assert_eq!(variable, "buyer.nmae");
                assert_eq!(*line, Some(3));
                assert_eq!(suggestion.as_deref(), Some("buyer.name"));
            }
            other => panic!("unexpected {other:?}"),
        }
        assert_eq!(
            err.to_string(),
            "t.en-US.txt:3: template `t.en-US` uses unknown variable `buyer.nmae` (did you mean `buyer.name`?)"
        );
    }

    #[test]
    fn a_variable_named_in_part_is_suggested_whole_when_only_one_fits() {
        for (written, meant) in [
            ("links.contact", Some("links.contact_seller")),
            ("links.feedback", Some("links.seller_feedback")),
            ("links.review", Some("links.product_review")),
            // Every link of the seller's: more than one fits, so none is suggested.
            ("links.seller", None),
            ("links.warranty", None),
        ] {
            let t = template(&format!("Subject: Hi\nWrite to us: {{{{ {written} }}}}\n"));
            match check_template(&t) {
                Err(TemplateError::UnknownVariable {
                    variable,
                    suggestion,
                    ..
                }) => {
                    assert_eq!(variable, written);
                    assert_eq!(suggestion.as_deref(), meant, "{written}");
                }
                other => panic!("{written}: unexpected {other:?}"),
            }
        }
    }

    #[test]
    fn check_catches_a_misspelt_guard_that_tera_would_read_as_false() {
        let t = template("Subject: Hi\nHello\n\n{% if tracking.numbr %}Tracking: {{ tracking.number }}{% endif %}\n");
        // Tera alone renders this without complaint…
        assert!(render(&t, &MessageVars::example(Marketplace::Us)).is_ok());
        // …so check looks at every name.
        let err = check_template(&t).unwrap_err();
        assert_eq!(
            err.to_string(),
            "t.en-US.txt:4: template `t.en-US` uses unknown variable `tracking.numbr` (did you mean `tracking.number`?)"
        );
        let subject = template("Subject: {% if stor.name %}x{% endif %}\nbody");
        assert!(matches!(
            check_template(&subject),
            Err(TemplateError::UnknownVariable { line: Some(1), .. })
        ));
    }

    #[test]
    fn check_accepts_the_templates_own_names_filters_and_strings() {
        let t = template(concat!(
            "Subject: {{ store.name | upper }}\n",
            "{% set shop = store.name %}{{ shop }}\n",
            "{% for item in items %}{{ loop.index }}. {{ item.short_title | truncate(length=20) }} x{{ item.quantity }}\n{% endfor %}",
            "{% if items | length > 1 and product.sku is defined %}many{% endif %}\n",
            "{{ \"{{ not.a.variable }}\" }} {{ 'say \"hi\"' }} {# {{ nor.this }} #}\n",
            "{% raw %}{{ nor.that }}{% endraw %}\n",
            "{{ product.title | default(value=store.name) }}\n",
        ));
        check_template(&t).unwrap();
    }

    #[test]
    fn templates_cannot_read_the_environment() {
        let t = template("Subject: x\n{{ get_env(name=\"HOME\") }}");
        let err = render(&t, &MessageVars::example(Marketplace::Us)).unwrap_err();
        assert!(
            err.to_string()
                .contains("cannot read environment variables"),
            "{err}"
        );
    }

    // --- files and sets ------------------------------------------------------------------------

    #[test]
    fn a_template_file_starts_with_its_subject() {
        let (subject, body) =
            parse_template_file("a.txt", "\u{feff}subject:  Hello \r\nBody\r\n").unwrap();
        assert_eq!((subject.as_str(), body.as_str()), ("Hello", "Body\n"));
        for (bad, line) in [
            ("Hello\nBody", 1),
            ("Subject:\nBody", 1),
            ("Subject: x\n \n", 2),
            ("", 1),
        ] {
            match parse_template_file("a.txt", bad) {
                Err(TemplateError::Format { line: l, .. }) => assert_eq!(l, line, "{bad:?}"),
                other => panic!("{bad:?}: {other:?}"),
            }
        }
    }

    fn write(dir: &Path, name: &str, contents: &str) {
        fs::write(dir.join(name), contents).unwrap();
    }

    #[test]
    fn load_dir_reads_text_and_html_templates_and_skips_other_files() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "lamp_manual.en-US.txt",
            "Subject: Your lamp\n{{ greeting }}\n",
        );
        write(
            dir.path(),
            "lamp_manual.en-US.html",
            "<p>{{ greeting }}</p>",
        );
        write(
            dir.path(),
            "lamp_manual.ja_jp.txt",
            "Subject: ランプ\n{{ greeting }}\n",
        );
        write(dir.path(), "manual.pdf", "%PDF");
        write(dir.path(), ".DS_Store", "");
        let set = TemplateSet::load_dir(dir.path()).unwrap();
        assert_eq!(set.len(), 2);
        assert_eq!(set.names(), ["lamp_manual"]);
        assert_eq!(set.locales("lamp_manual"), ["en-US", "ja-JP"]);
        let en = set.get("lamp_manual", "en-us").unwrap();
        assert_eq!(en.html.as_deref(), Some("<p>{{ greeting }}</p>"));
        assert!(en.origin.ends_with("lamp_manual.en-US.txt"));
        let m = render(en, &MessageVars::example(Marketplace::Us)).unwrap();
        assert_eq!(m.html, "<p>Hi Jane,</p>\n");
    }

    #[test]
    fn load_dir_names_the_file_and_line_of_a_syntax_error() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "broken.en-US.txt",
            "Subject: Hi\n{{ greeting }}\n\nYour {{ product.title \n",
        );
        let err = TemplateSet::load_dir(dir.path()).unwrap_err();
        let (origin, line) = err.location();
        assert!(origin.ends_with("broken.en-US.txt"), "{err}");
        assert_eq!(line, Some(4), "{err}");
        let text = err.to_string();
        assert!(
            text.contains("broken.en-US.txt:4: template `broken.en-US` has a syntax error"),
            "{text}"
        );

        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "broken.de-DE.txt",
            "Subject: {{ store.name }\nHallo\n",
        );
        let err = TemplateSet::load_dir(dir.path()).unwrap_err();
        assert_eq!(err.location().1, Some(1), "{err}");

        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "ok.en-US.txt", "Subject: Hi\nHello\n");
        write(dir.path(), "ok.en-US.html", "<p>\n{% if x %}\n</p>");
        let err = TemplateSet::load_dir(dir.path()).unwrap_err();
        assert!(err.location().0.ends_with("ok.en-US.html"), "{err}");
    }

    #[test]
    fn load_dir_names_the_file_and_line_of_an_unknown_variable() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "typo.en-US.txt",
            "Subject: Hi\n{{ greeting }}\n\nTracking: {{ traking.number }}\n",
        );
        let err = TemplateSet::load_dir(dir.path()).unwrap_err();
        let text = err.to_string();
        assert!(
            text.ends_with("typo.en-US.txt:4: template `typo.en-US` uses unknown variable `traking.number` (did you mean `tracking.number`?)"),
            "{text}"
        );
    }

    #[test]
    fn load_dir_refuses_misnamed_files_missing_subjects_and_lone_html() {
        let cases: [(&str, &str, &str); 3] = [
            (
                "notes.txt",
                "Subject: x\ny",
                "must be named `<name>.<locale>.txt`",
            ),
            (
                "a.en-US.txt",
                "Hello\nthere",
                ":1: the first line must be `Subject: …`",
            ),
            ("a.en-US.html", "<p>hi</p>", "add `a.en-US.txt`"),
        ];
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "a.en-US.txt", "Subject: x\ny");
        write(dir.path(), "a.en-us.txt", "Subject: x\ny");
        let err = TemplateSet::load_dir(dir.path()).unwrap_err().to_string();
        assert!(err.contains("same template and locale as"), "{err}");
        for (file, contents, expected) in cases {
            let dir = tempfile::tempdir().unwrap();
            write(dir.path(), file, contents);
            let err = TemplateSet::load_dir(dir.path()).unwrap_err().to_string();
            assert!(
                err.contains(file) && err.contains(expected),
                "{file}: {err}"
            );
        }
        let missing =
            TemplateSet::load_dir(Path::new("/nonexistent/aftercare/templates")).unwrap_err();
        assert!(matches!(missing, TemplateError::Read { .. }));
    }

    #[test]
    fn config_templates_override_built_ins_of_the_same_name_and_locale() {
        let mut set = TemplateSet::builtin();
        let mut config = TemplateSet::new();
        let custom = TemplateSource::parse(
            "follow_up",
            "en-US",
            "cfg/follow_up.en-US.txt",
            "Subject: Mine\nBody",
            None,
        )
        .unwrap();
        config.insert(custom.clone());
        set.merge(config);
        assert_eq!(set.get("follow_up", "en-US"), Some(&custom));
        assert_eq!(
            set.get("follow_up", "ja-JP").map(|t| t.origin.as_str()),
            Some("built-in:follow_up.ja-JP")
        );
        assert_eq!(set.len(), CampaignKind::ALL.len() * STARTER_LOCALES.len());
    }

    #[test]
    fn pick_prefers_exact_locale_then_language_then_en_us_then_any() {
        let set = TemplateSet::builtin();
        let pick = |prefs: &[&str]| set.pick("follow_up", prefs).map(|t| t.locale.clone());
        assert_eq!(pick(&["ja-JP"]).as_deref(), Some("ja-JP"));
        assert_eq!(pick(&["sv-SE", "de-DE"]).as_deref(), Some("de-DE"));
        assert_eq!(pick(&["de-AT"]).as_deref(), Some("de-DE"));
        assert_eq!(pick(&["en-GB"]).as_deref(), Some("en-US"));
        assert_eq!(pick(&["sv-SE"]).as_deref(), Some("en-US"));
        assert_eq!(pick(&["fr-BE"]).as_deref(), Some("fr-FR"));
        assert_eq!(pick(&["es-MX"]).as_deref(), Some("es-MX"));
        assert_eq!(pick(&["es-US"]).as_deref(), Some("es-ES"));
        assert_eq!(pick(&[]).as_deref(), Some("en-US"));
        assert!(set.pick("nope", &["en-US"]).is_none());

        let mut only_ja = TemplateSet::new();
        only_ja.insert(template_in("ja-JP", "Subject: x\ny"));
        assert_eq!(
            only_ja.pick("t", &["fr-FR"]).map(|t| t.locale.as_str()),
            Some("ja-JP")
        );
        let mut english = TemplateSet::new();
        english.insert(template_in("en-AU", "Subject: x\ny"));
        english.insert(template_in("en-GB", "Subject: x\ny"));
        english.insert(template_in("en-US", "Subject: x\ny"));
        assert_eq!(
            english.pick("t", &["en-CA"]).map(|t| t.locale.as_str()),
            Some("en-US")
        );
        assert_eq!(
            english.pick("t", &["en-GB"]).map(|t| t.locale.as_str()),
            Some("en-GB")
        );
    }

    #[test]
    fn pick_for_uses_the_buyers_locale_then_the_marketplaces() {
        let set = TemplateSet::builtin();
        let mut vars = MessageVars::example(Marketplace::Jp);
        assert_eq!(
            set.pick_for("follow_up", &vars).map(|t| t.locale.as_str()),
            Some("ja-JP")
        );
        vars.locale = "de-DE".to_string();
        assert_eq!(
            set.pick_for("follow_up", &vars).map(|t| t.locale.as_str()),
            Some("de-DE")
        );
        vars.locale = String::new();
        assert_eq!(
            set.pick_for("follow_up", &vars).map(|t| t.locale.as_str()),
            Some("ja-JP")
        );
        // Every marketplace whose language has starters gets them, without any setting.
        for (marketplace, locale) in [
            (Marketplace::Fr, "fr-FR"),
            (Marketplace::It, "it-IT"),
            (Marketplace::Es, "es-ES"),
            (Marketplace::Mx, "es-MX"),
            (Marketplace::De, "de-DE"),
            (Marketplace::Uk, "en-US"),
            (Marketplace::Se, "en-US"),
            (Marketplace::Be, "fr-FR"),
            (Marketplace::Ie, "en-US"),
            (Marketplace::Za, "en-US"),
            (Marketplace::Tr, "en-US"),
            (Marketplace::Sa, "en-US"),
            (Marketplace::Eg, "en-US"),
        ] {
            let vars = MessageVars::example(marketplace);
            assert_eq!(
                set.pick_for("review_request", &vars)
                    .map(|t| t.locale.as_str()),
                Some(locale),
                "{marketplace}"
            );
        }
    }

    #[test]
    fn a_single_file_takes_name_and_locale_from_its_file_name() {
        let t =
            TemplateSource::from_file(Path::new("cfg/lamp.de_de.txt"), "Subject: x\ny").unwrap();
        assert_eq!((t.name.as_str(), t.locale.as_str()), ("lamp", "de-DE"));
        assert_eq!(t.origin, "cfg/lamp.de_de.txt");
        let err = TemplateSource::from_file(Path::new("lamp.txt"), "Subject: x\ny").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("lamp.txt:1: a template file must be named"),
            "{err}"
        );
    }

    // --- starters ------------------------------------------------------------------------------

    #[test]
    fn every_campaign_kind_has_a_starter_in_every_starter_locale() {
        let set = TemplateSet::builtin();
        assert_eq!(set.len(), CampaignKind::ALL.len() * STARTER_LOCALES.len());
        for kind in CampaignKind::ALL {
            for locale in STARTER_LOCALES {
                let t = set.get(kind.as_str(), locale);
                assert!(t.is_some(), "missing starter {kind}.{locale}");
            }
        }
        let files: Vec<String> = starter_files().map(|(f, _)| f).collect();
        assert!(files.contains(&"review_request.de-DE.txt".to_string()));
        assert_eq!(files.len(), CampaignKind::ALL.len() * STARTER_LOCALES.len());
    }

    #[test]
    fn built_in_starters_pass_the_policy_lint_without_findings() {
        use crate::lint::{self, LintContext};
        let mut findings = Vec::new();
        // A config does not lint a starter sent as its own kind again (`is_starter_for`): this
        // test stands for that lint, whatever marketplaces the campaign's stores are on. Links
        // are the only rule that reads them, and a page of a marketplace is allowed only when
        // one of them owns it: clean with its own marketplace and with one of another domain,
        // a starter names no marketplace's pages, and is clean with any.
        for (file, contents) in starter_files() {
            let kind: CampaignKind = file.split('.').next().unwrap().parse().unwrap();
            let locale = file.split('.').nth(1).unwrap();
            let own = marketplace_for(locale);
            let other = Marketplace::ALL
                .into_iter()
                .find(|m| m.domain() != own.domain())
                .unwrap();
            for marketplace in [own, other] {
                let ctx = LintContext {
                    marketplaces: vec![marketplace],
                    locale: Some(locale.to_string()),
                    ..LintContext::for_kind(kind)
                };
                for f in lint::lint_source(contents, &ctx) {
                    findings.push(format!(
                        "{} (on Amazon {marketplace})",
                        lint::format_finding(&file, &f)
                    ));
                }
            }
        }
        assert!(findings.is_empty(), "{}", findings.join("\n"));
        // The lint is awake: the same check refuses a pushy follow-up.
        let pushy = "Subject: Re: your order\nPlease leave us a 5-star review!\n";
        let ctx = LintContext::for_kind(CampaignKind::FollowUp);
        assert!(lint::has_errors(&lint::lint_source(pushy, &ctx)));
    }

    #[test]
    fn built_in_starters_pass_check() {
        TemplateSet::builtin().check().unwrap();
    }

    fn golden_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/golden")
    }

    fn marketplace_of(locale: &str) -> Marketplace {
        match locale {
            "ja-JP" => Marketplace::Jp,
            "de-DE" => Marketplace::De,
            "fr-FR" => Marketplace::Fr,
            "it-IT" => Marketplace::It,
            "es-ES" => Marketplace::Es,
            "es-MX" => Marketplace::Mx,
            _ => Marketplace::Us,
        }
    }

    /// A fixed order with everything known (independent of `MessageVars::example`).
    fn golden_full(marketplace: Marketplace) -> MessageVars {
        let (name, title, carrier) = match marketplace {
            Marketplace::Jp => ("佐藤 太郎", "Northwind 折りたたみ式 ノートパソコンスタンド アルミ製 高さ6段階調節 放熱設計 13〜17インチ対応", "佐川急便"),
            Marketplace::De => ("Lena Fischer", "Northwind Laptopständer aus Aluminium, höhenverstellbar in 6 Stufen, faltbar, für 13 bis 17 Zoll", "DHL"),
            Marketplace::Fr => ("Camille Durand", "Northwind Support pour ordinateur portable en aluminium, pliable, 6 hauteurs réglables, 13 à 17 pouces", "Colissimo"),
            Marketplace::It => ("Giulia Romano", "Northwind Supporto per laptop in alluminio, pieghevole, regolabile in 6 altezze, da 13 a 17 pollici", "BRT"),
            Marketplace::Es => ("Lucía Martín", "Northwind Soporte para portátil de aluminio, plegable, 6 alturas regulables, de 13 a 17 pulgadas", "SEUR"),
            Marketplace::Mx => ("Alejandro Hernández", "Northwind Base para laptop de aluminio, plegable, 6 alturas ajustables, de 13 a 17 pulgadas", "Estafeta"),
            _ => ("Sam Rivera", "Northwind Foldable Aluminum Laptop Stand, 6 Height Levels, Ventilated, for 13 to 17 Inch Laptops", "USPS"),
        };
        MessageVars {
            buyer_name: Some(name.to_string()),
            order_id: "114-9876543-2109876".to_string(),
            marketplace,
            locale: marketplace.default_locale().to_string(),
            items: vec![
                ItemVars {
                    asin: "B0GOLDEN01".to_string(),
                    sku: Some("NW-STAND-01".to_string()),
                    title: Some(title.to_string()),
                    quantity: 3,
                    image_url: Some(
                        "https://m.media-amazon.com/images/I/golden-stand.jpg".to_string(),
                    ),
                },
                ItemVars {
                    asin: "B0GOLDEN02".to_string(),
                    sku: None,
                    title: Some("Northwind Cable Clips".to_string()),
                    quantity: 1,
                    image_url: None,
                },
            ],
            store_name: "Northwind Goods".to_string(),
            store_logo_url: None,
            seller_id: Some("A3GOLDENSELLER".to_string()),
            tracking: Some((carrier.to_string(), "9400111899223344556677".to_string())),
            purchase_date: NaiveDate::from_ymd_opt(2026, 10, 28),
            delivered_date: NaiveDate::from_ymd_opt(2026, 11, 2),
            has_attachments: true,
            product: None,
        }
    }

    /// The same order with everything Amazon may withhold missing.
    fn golden_sparse(marketplace: Marketplace) -> MessageVars {
        MessageVars {
            buyer_name: Some("Amazon Customer".to_string()),
            items: vec![ItemVars {
                asin: "B0GOLDEN01".to_string(),
                sku: None,
                title: None,
                quantity: 1,
                image_url: None,
            }],
            seller_id: None,
            tracking: None,
            purchase_date: None,
            delivered_date: None,
            has_attachments: false,
            ..golden_full(marketplace)
        }
    }

    /// Things a buyer would notice in a rendered starter.
    fn problems(kind: CampaignKind, m: &RenderedMessage, marketplace: Marketplace) -> Vec<String> {
        static RES: OnceLock<[Regex; 5]> = OnceLock::new();
        let [leftover, empty_value, greeting_gap, url, long_gap] = RES.get_or_init(|| {
            [
                r"\{\{|\}\}|\{%|%\}|\{#|#\}",
                r"(?-u:\b)(None|null|undefined|NaN|nil)(?-u:\b)",
                r"(?mi)\b(Hi|Hello|Hey|Dear|Hallo|Liebe|Lieber)[ \t]*[,:]|^[ \t]*様| ,|,[ \t]*:|\(\s*\)|（\s*）",
                r"https?://[^\s<>)]+",
                r"\S {2,}\S",
            ]
            .map(|r| Regex::new(r).unwrap())
        });
        let mut found = Vec::new();
        for (part, s) in [
            ("subject", &m.subject),
            ("text", &m.text),
            ("html", &m.html),
        ] {
            if let Some(x) = leftover.find(s) {
                found.push(format!("{part}: raw template syntax `{}`", x.as_str()));
            }
            if let Some(x) = empty_value.find(s) {
                found.push(format!("{part}: `{}`", x.as_str()));
            }
        }
        for (part, s) in [("subject", &m.subject), ("text", &m.text)] {
            if let Some(x) = greeting_gap.find(s) {
                found.push(format!("{part}: gap `{}`", x.as_str()));
            }
            if let Some(x) = long_gap.find(s) {
                found.push(format!("{part}: double space `{}`", x.as_str()));
            }
        }
        let lines: Vec<&str> = m.text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            // "Tracking number:" with nothing after it; a sentence introducing a list is fine,
            // and so is a Spanish salutation ("Hola, Lucía:") on the first line.
            let salutation = i == 0 && line.starts_with("Hola");
            let short =
                !salutation && line.split_whitespace().count() <= 4 && line.chars().count() <= 30;
            let label_only = short && (line.ends_with(':') || line.ends_with('：'));
            if label_only && lines.get(i + 1).is_none_or(|next| next.trim().is_empty()) {
                found.push(format!("text: label without value `{line}`"));
            }
        }
        for u in url.find_iter(&format!("{}\n{}", m.text, m.html)) {
            let host = u.as_str().split('/').nth(2).unwrap_or_default();
            if !u.as_str().starts_with("https://") || !marketplace.owns_host(host) {
                found.push(format!("link off the marketplace: {}", u.as_str()));
            }
        }
        let subject = m.subject.to_lowercase();
        if subject.starts_with("re:")
            || subject.starts_with("fwd:")
            || subject.contains("[important]")
        {
            found.push(format!("misleading subject `{}`", m.subject));
        }
        if !m.subject.contains("Northwind Goods") {
            found.push(format!("store name missing from subject `{}`", m.subject));
        }
        let review_words =
            Regex::new(r"(?i)review|feedback|rezension|bewertung|レビュー|評価|avis|évaluation|commentaire|recension|valutazion|reseña|opini[oó]n|valoraci[oó]n").unwrap();
        let asks_review = review_words.is_match(&m.text) || review_words.is_match(&m.subject);
        if asks_review != kind.may_ask_for_review() {
            found.push(format!("review wording present: {asks_review}"));
        }
        let words = m
            .text
            .split_whitespace()
            .filter(|w| !w.starts_with("https://"))
            .count();
        let chars = m.text.chars().count();
        if words > 130 || chars > 900 {
            found.push(format!("too long: {words} words, {chars} characters"));
        }
        found
    }

    #[test]
    fn starters_render_cleanly_and_match_the_golden_files() {
        let update = std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1");
        let dir = golden_dir();
        if update {
            fs::create_dir_all(&dir).unwrap();
        }
        let set = TemplateSet::builtin();
        let mut failures = Vec::new();
        for t in set.iter() {
            let kind: CampaignKind = t.name.parse().unwrap();
            let marketplace = marketplace_of(&t.locale);
            for (case, vars) in [
                ("full", golden_full(marketplace)),
                ("sparse", golden_sparse(marketplace)),
            ] {
                let label = format!("{}.{case}", t.key());
                let m = match render(t, &vars) {
                    Ok(m) => m,
                    Err(e) => {
                        failures.push(format!("{label}: {e}"));
                        continue;
                    }
                };
                for p in problems(kind, &m, marketplace) {
                    failures.push(format!("{label}: {p}"));
                }
                let mut outputs = vec![("txt", format!("Subject: {}\n\n{}", m.subject, m.text))];
                let html_golden =
                    matches!(kind, CampaignKind::FollowUp | CampaignKind::ShipmentNotice);
                if case == "full" && html_golden {
                    outputs.push(("html", m.html.clone()));
                }
                for (ext, actual) in outputs {
                    let path = dir.join(format!("{label}.{ext}"));
                    if update {
                        fs::write(&path, &actual).unwrap();
                        continue;
                    }
                    match fs::read_to_string(&path) {
                        Ok(expected) if expected == actual => {}
                        Ok(expected) => {
                            let line = expected
                                .lines()
                                .zip(actual.lines())
                                .position(|(e, a)| e != a)
                                .unwrap_or(expected.lines().count().min(actual.lines().count()));
                            failures.push(format!(
                                "{}: differs from line {}:\n  golden: {:?}\n  actual: {:?}",
                                path.display(),
                                line + 1,
                                expected.lines().nth(line),
                                actual.lines().nth(line)
                            ));
                        }
                        Err(_) => failures.push(format!("{}: missing", path.display())),
                    }
                }
            }
        }
        assert!(
            failures.is_empty(),
            "{}\n(after a deliberate change: UPDATE_GOLDEN=1 cargo test -p aftercare-shared template::)",
            failures.join("\n")
        );
    }

    #[test]
    fn starters_guard_everything_amazon_may_withhold() {
        // With every optional value missing, no line of a starter is left dangling, and the
        // tracking and attachment lines disappear rather than render empty.
        let set = TemplateSet::builtin();
        let en = set.get("shipment_notice", "en-US").unwrap();
        let sparse = render(en, &golden_sparse(Marketplace::Us)).unwrap();
        assert!(!sparse.text.contains("Tracking number"), "{}", sparse.text);
        let full = render(en, &golden_full(Marketplace::Us)).unwrap();
        assert!(full
            .text
            .contains("Carrier: USPS\nTracking number: 9400111899223344556677\n"));
        let manual = set.get("product_info", "de-DE").unwrap();
        assert!(render(manual, &golden_full(Marketplace::De))
            .unwrap()
            .text
            .contains("PDF im Anhang"));
        assert!(!render(manual, &golden_sparse(Marketplace::De))
            .unwrap()
            .text
            .contains("Anhang"));
    }
}
