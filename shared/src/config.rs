//! Campaign configuration as files: `aftercare.toml` (stores and campaigns) plus a `templates/`
//! folder beside it. Loading validates everything, lints every template a campaign uses, and
//! reports problems as `file:line:col: message`.
//!
//! ```toml
//! [[store]]
//! id = "acme-us"
//! name = "Acme Home"
//! marketplace = "US"
//! sender = "Acme Home <care@acme.example>"
//! test_address = "me@acme.example"
//!
//! [[campaign]]
//! name = "follow-up"
//! kind = "follow_up"
//! ```
//! Every other setting has a default; see README "Configuration reference".

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::lint::{self, LintContext};
use crate::order::{EventType, Fulfillment, StoreId};
use crate::send::Channel;
use crate::signature::{SecretSource, SecretsUnavailable, WebhookSecret};
use crate::template::TemplateSet;
use crate::window::{self, Window};
use crate::{CampaignKind, Marketplace};

/// The config file name inside a config folder.
pub const CONFIG_FILE: &str = "aftercare.toml";
const DEFAULT_CONFIG: &str = include_str!("../defaults/aftercare.toml");
/// Largest total size of one campaign's attachments; SES accepts 40 MB messages, but buyers'
/// mailboxes and Amazon's relay are happier far below that.
pub const MAX_ATTACHMENT_BYTES: u64 = 10 * 1024 * 1024;

/// One problem found while loading config, located in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigIssue {
    pub file: String,
    pub line: usize,
    pub col: usize,
    /// The lint rule a template finding broke; `None` for the config's own checks.
    pub rule: Option<&'static str>,
    pub message: String,
}

impl fmt::Display for ConfigIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The same shape as `aftercare lint` on a single file, so a finding reads the same
        // whichever way it was found.
        write!(
            f,
            "{}:{}:{}: error[{}]: {}",
            self.file,
            self.line,
            self.col,
            self.rule.unwrap_or("config"),
            self.message
        )
    }
}

/// Every problem found in a config folder; loading fails as a whole.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ConfigError(pub Vec<ConfigIssue>);

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, issue) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{issue}")?;
        }
        Ok(())
    }
}

// --- the file format ---------------------------------------------------------------------

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    store: Vec<Spanned<RawStore>>,
    #[serde(default)]
    campaign: Vec<Spanned<RawCampaign>>,
    #[serde(default)]
    breaker: Option<RawBreaker>,
}

/// `[breaker]` (all stores) or `[store.breaker]` (one store): the bounce circuit breaker.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBreaker {
    #[serde(default)]
    max_bounce_percent: Option<Spanned<f64>>,
    #[serde(default)]
    max_complaint_percent: Option<Spanned<f64>>,
    #[serde(default)]
    min_sends: Option<Spanned<u32>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStore {
    id: Spanned<String>,
    name: String,
    /// Checked by the validator (not serde) so a typo is one problem among the others.
    marketplace: Spanned<String>,
    sender: String,
    #[serde(default)]
    test_address: Option<String>,
    #[serde(default)]
    seller_zone: Option<Spanned<String>>,
    #[serde(default)]
    seller_id: Option<String>,
    #[serde(default)]
    logo_url: Option<String>,
    #[serde(default)]
    average_daily_orders: Option<u32>,
    #[serde(default)]
    max_messages_per_order: Option<Spanned<u8>>,
    #[serde(default)]
    window: Option<Spanned<String>>,
    #[serde(default)]
    blacklist: Vec<String>,
    #[serde(default)]
    webhook_secret: Option<Spanned<OneOrMany>>,
    #[serde(default)]
    staff_names: Vec<String>,
    #[serde(default)]
    breaker: Option<RawBreaker>,
    #[serde(default)]
    transit_days: Option<Spanned<u32>>,
}

/// A string or a list of strings (`webhook_secret = "…"` or `["new…", "old…"]` while rotating).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCampaign {
    name: Spanned<String>,
    /// Checked by the validator (not serde) so a typo is one problem among the others.
    kind: Spanned<String>,
    #[serde(default)]
    status: Option<CampaignStatus>,
    #[serde(default)]
    stores: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    template: Option<Spanned<String>>,
    #[serde(default)]
    sender: Option<String>,
    #[serde(default)]
    priority: Option<i32>,
    #[serde(default)]
    trigger: Option<Triggers>,
    #[serde(default)]
    delay_days: Option<Spanned<u32>>,
    #[serde(default)]
    delay_days_fba: Option<Spanned<u32>>,
    #[serde(default)]
    delay_days_fbm: Option<Spanned<u32>>,
    #[serde(default)]
    window: Option<Spanned<String>>,
    #[serde(default)]
    attachments: Vec<Spanned<String>>,
    #[serde(default)]
    exclude_from_follow_up: Option<bool>,
    #[serde(default)]
    filters: Option<Spanned<Filters>>,
    #[serde(default)]
    exclusions: Option<RawExclusions>,
    #[serde(default)]
    channel: Option<Spanned<Channel>>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Triggers {
    One(EventType),
    Many(Vec<EventType>),
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExclusions {
    returned: Option<bool>,
    refunded: Option<bool>,
    cancelled: Option<bool>,
    feedback: Option<bool>,
    negative_feedback: Option<bool>,
    #[serde(default)]
    already_mailed_by: Vec<String>,
}

// --- the validated model -----------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CampaignStatus {
    /// Sends to buyers.
    Active,
    /// Plans and renders everything but sends to the store's test address.
    Test,
    /// Sends nothing.
    Paused,
}

/// One seller store.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Store {
    pub id: StoreId,
    pub name: String,
    pub marketplace: Marketplace,
    pub sender: String,
    /// Where campaigns in `test` status send; empty when the file gives none (the AWS
    /// dispatcher then uses the stack's `TestAddress`, or refuses to start).
    pub test_address: String,
    /// The seller's own zone for reports (Beijing by default).
    #[serde(with = "crate::window::tz_name")]
    pub seller_zone: Tz,
    pub seller_id: Option<String>,
    pub logo_url: Option<String>,
    /// For the daily cap: 5 × this + 600 messages a day.
    pub average_daily_orders: u32,
    pub max_messages_per_order: u8,
    pub window: Window,
    /// Buyer addresses the seller never wants mailed, lower-cased.
    pub blacklist: BTreeSet<String>,
    /// Full names of the owner and staff, so feedback naming them is flagged as personal data.
    pub staff_names: Vec<String>,
    /// Keys the store's webhook requests may be signed with (several while rotating); used by
    /// `aftercare serve`. The AWS deployment reads them from Secrets Manager instead.
    #[serde(skip)]
    pub webhook_secrets: Vec<WebhookSecret>,
    /// When the bounce circuit breaker pauses the store.
    pub breaker: BreakerLimits,
    /// Days an order fulfilled by Amazon takes from shipped to delivered, for orders whose
    /// delivery nobody reports (Amazon's order notifications carry none): 3 unless set.
    pub transit_days: u32,
}

/// Transit days assumed for an order fulfilled by Amazon when the store does not say.
pub const DEFAULT_TRANSIT_DAYS: u32 = 3;

/// SES puts an account under review at a 5 % bounce rate and a 0.1 % complaint rate.
pub const SES_REVIEW_BOUNCE_PERCENT: f64 = 5.0;
pub const SES_REVIEW_COMPLAINT_PERCENT: f64 = 0.1;

/// The circuit breaker's limits: a store whose rolling 24 h bounce or complaint rate is over its
/// limit, with at least `min_sends` emails sent in those 24 h, is paused until the seller
/// resumes it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct BreakerLimits {
    pub max_bounce_percent: f64,
    pub max_complaint_percent: f64,
    pub min_sends: u32,
}

impl Default for BreakerLimits {
    /// 4 % and 0.08 %: a fifth below SES's review thresholds, so the store stops before the
    /// account is reviewed. 200 sends: below that one bounce moves the rate by more than half a
    /// point, and a couple of stray bounces on a quiet day would pause a small store for noise.
    fn default() -> Self {
        BreakerLimits {
            max_bounce_percent: 4.0,
            max_complaint_percent: 0.08,
            min_sends: 200,
        }
    }
}

impl Store {
    /// Amazon's daily limit on proactive messages for a store of this size.
    pub fn daily_cap(&self) -> u32 {
        self.average_daily_orders
            .saturating_mul(5)
            .saturating_add(600)
    }
}

/// Which orders a campaign applies to.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Filters {
    #[serde(default)]
    pub asins: Vec<String>,
    #[serde(default)]
    pub exclude_asins: Vec<String>,
    #[serde(default)]
    pub skus: Vec<String>,
    #[serde(default)]
    pub exclude_skus: Vec<String>,
    #[serde(default)]
    pub fulfillment: Option<Fulfillment>,
    #[serde(default)]
    pub marketplaces: Vec<Marketplace>,
    #[serde(default)]
    pub min_quantity: Option<u32>,
    /// Orders this buyer placed with the store before this one.
    #[serde(default)]
    pub min_prior_orders: Option<u32>,
    /// Inclusive star range of the buyer's feedback, e.g. `[1, 3]`.
    #[serde(default)]
    pub rating: Option<[u8; 2]>,
    #[serde(default)]
    pub skip_promotional: bool,
}

/// What stops a campaign for an order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Exclusions {
    pub returned: bool,
    pub refunded: bool,
    pub cancelled: bool,
    /// Any feedback left on the order stops the campaign.
    pub feedback: bool,
    pub negative_feedback: bool,
    pub already_mailed_by: Vec<String>,
}

/// When a campaign's send is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Timing {
    /// As soon as the trigger happens (shipment notices).
    Immediate,
    /// `delay` days after the trigger, in the next occurrence of this window.
    InWindow { window: Window },
    /// Like `InWindow`, with the window of the store the order belongs to.
    StoreWindow,
}

/// One validated campaign.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Campaign {
    pub name: String,
    pub kind: CampaignKind,
    pub status: CampaignStatus,
    /// Stores it runs for; empty means every store.
    pub stores: Vec<StoreId>,
    pub template: String,
    pub sender: Option<String>,
    /// Higher goes first when the per-order cap leaves room for only some campaigns.
    pub priority: i32,
    /// The earliest of these milestones starts the clock.
    pub triggers: Vec<EventType>,
    pub delay_days_fba: u32,
    pub delay_days_fbm: u32,
    pub timing: Timing,
    /// Files, resolved against the config folder.
    pub attachments: Vec<PathBuf>,
    /// `product_info` only: keep these orders out of `follow_up` campaigns.
    pub exclude_from_follow_up: bool,
    pub filters: Filters,
    pub exclusions: Exclusions,
    /// How its sends reach the buyer: `solicitation` (the default for review requests) or
    /// `email`; every other kind is email only.
    pub channel: Channel,
}

impl Campaign {
    pub fn applies_to_store(&self, store: &StoreId) -> bool {
        self.stores.is_empty() || self.stores.contains(store)
    }

    /// The window a send of this campaign for `store` must land in; `None` for immediate sends.
    pub fn window_for(&self, store: &Store) -> Option<Window> {
        match self.timing {
            Timing::Immediate => None,
            Timing::InWindow { window } => Some(window),
            Timing::StoreWindow => Some(store.window),
        }
    }

    pub fn delay_days(&self, fulfillment: Option<Fulfillment>) -> u32 {
        match fulfillment {
            Some(Fulfillment::Fbm) => self.delay_days_fbm,
            _ => self.delay_days_fba,
        }
    }
}

/// Whether loading lints the templates the campaigns use, or trusts that a build already did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lint {
    Templates,
    AlreadyDone,
}

/// Stores, campaigns and templates, validated and linted.
#[derive(Debug, Clone)]
pub struct Config {
    /// Where it came from, for messages (`built-in` or a folder).
    pub origin: String,
    pub stores: Vec<Store>,
    pub campaigns: Vec<Campaign>,
    pub templates: TemplateSet,
}

impl Config {
    /// Stores with no `test_address` that a campaign in `test` status would mail: in AWS the
    /// stack's `TestAddress` stands in; run locally, nothing does.
    pub fn stores_without_test_address(&self) -> Vec<&StoreId> {
        self.stores
            .iter()
            .filter(|s| s.test_address.trim().is_empty())
            .filter(|s| {
                self.campaigns
                    .iter()
                    .any(|c| c.status == CampaignStatus::Test && c.applies_to_store(&s.id))
            })
            .map(|s| &s.id)
            .collect()
    }

    /// The built-in default: store `default` on Amazon US with the starter campaigns.
    pub fn builtin() -> Config {
        Self::from_toml(
            "built-in:aftercare.toml",
            DEFAULT_CONFIG,
            None,
            TemplateSet::builtin(),
        )
        .expect("the built-in config is valid (checked by tests)")
    }

    /// The built-in default without linting its templates again (tests lint them): what a
    /// Lambda loads at cold start, where compiling the lint's patterns cost most of the start.
    pub fn builtin_prelinted() -> Config {
        Self::from_toml_checked(
            "built-in:aftercare.toml",
            DEFAULT_CONFIG,
            None,
            TemplateSet::builtin(),
            Lint::AlreadyDone,
        )
        .expect("the built-in config is valid (checked by tests)")
    }

    /// Like [`Config::load_dir`] for a folder that was linted when it was packed (the Lambdas'
    /// config, checked by their build): every check but the lint of its templates, so a cold
    /// start does not compile the lint's patterns. Never for a folder a user just edited.
    pub fn load_dir_prelinted(dir: &Path) -> Result<Config, ConfigError> {
        Self::load_dir_checked(dir, Lint::AlreadyDone)
    }

    /// Loads `DIR/aftercare.toml` and `DIR/templates/`.
    pub fn load_dir(dir: &Path) -> Result<Config, ConfigError> {
        Self::load_dir_checked(dir, Lint::Templates)
    }

    fn load_dir_checked(dir: &Path, lint: Lint) -> Result<Config, ConfigError> {
        let file = dir.join(CONFIG_FILE);
        let shown = file.display().to_string();
        let text = std::fs::read_to_string(&file).map_err(|e| {
            ConfigError(vec![ConfigIssue {
                file: shown.clone(),
                line: 1,
                col: 1,
                rule: None,
                message: format!("cannot read config: {e}"),
            }])
        })?;
        let mut templates = TemplateSet::builtin();
        let template_dir = dir.join("templates");
        if template_dir.is_dir() {
            let own = TemplateSet::load_dir(&template_dir).map_err(|e| {
                ConfigError(vec![ConfigIssue {
                    file: template_dir.display().to_string(),
                    line: 1,
                    col: 1,
                    rule: None,
                    message: e.to_string(),
                }])
            })?;
            templates.merge(own);
        }
        Self::from_toml_checked(&shown, &text, Some(dir), templates, lint)
    }

    /// Parses and validates config text. `base` resolves attachment paths.
    pub fn from_toml(
        file: &str,
        text: &str,
        base: Option<&Path>,
        templates: TemplateSet,
    ) -> Result<Config, ConfigError> {
        Self::from_toml_checked(file, text, base, templates, Lint::Templates)
    }

    fn from_toml_checked(
        file: &str,
        text: &str,
        base: Option<&Path>,
        templates: TemplateSet,
        lint: Lint,
    ) -> Result<Config, ConfigError> {
        let mut v = Validator {
            file,
            text,
            issues: Vec::new(),
        };
        let raw: RawConfig = match toml::from_str(text) {
            Ok(raw) => raw,
            Err(e) => {
                let offset = e.span().map_or(0, |s| s.start);
                v.push(offset, toml_problem(text, offset, e.message()));
                return Err(ConfigError(v.issues));
            }
        };
        let breaker = v.breaker(raw.breaker.as_ref(), BreakerLimits::default(), "breaker");
        let stores = v.stores(raw.store, breaker);
        let campaigns = v.campaigns(raw.campaign, &stores, base, &templates);
        // The campaigns that were valid are linted even when others were not, so one run
        // reports every problem.
        if lint == Lint::Templates {
            v.lint_templates(&campaigns, &stores, &templates);
        }
        if v.issues.is_empty() {
            Ok(Config {
                origin: file.to_string(),
                stores,
                campaigns,
                templates,
            })
        } else {
            Err(ConfigError(v.issues))
        }
    }

    /// The store an Amazon notification belongs to: the one with this seller id on this
    /// marketplace.
    pub fn store_for_seller(
        &self,
        seller: Option<&str>,
        marketplace: Marketplace,
    ) -> Option<StoreId> {
        let seller = seller?;
        self.stores
            .iter()
            .find(|s| s.seller_id.as_deref() == Some(seller) && s.marketplace == marketplace)
            .map(|s| s.id.clone())
    }

    /// Like [`Config::store_for_seller`], and for trying notifications locally: else the one
    /// store on that marketplace that names no seller id.
    pub fn store_for_notification(
        &self,
        seller: Option<&str>,
        marketplace: Marketplace,
    ) -> Option<StoreId> {
        self.store_for_seller(seller, marketplace).or_else(|| {
            let mut open = self
                .stores
                .iter()
                .filter(|s| s.seller_id.is_none() && s.marketplace == marketplace);
            match (open.next(), open.next()) {
                (Some(only), None) => Some(only.id.clone()),
                _ => None,
            }
        })
    }

    /// The store ids, comma-separated, for messages.
    pub fn store_list(&self) -> String {
        self.stores
            .iter()
            .map(|s| s.id.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn store(&self, id: &StoreId) -> Option<&Store> {
        self.stores.iter().find(|s| &s.id == id)
    }

    /// Campaigns for a store, highest priority first.
    pub fn campaigns_for(&self, store: &StoreId) -> Vec<&Campaign> {
        let mut list: Vec<&Campaign> = self
            .campaigns
            .iter()
            .filter(|c| c.applies_to_store(store))
            .collect();
        list.sort_by(|a, b| {
            b.priority
                .cmp(&a.priority)
                .then_with(|| a.name.cmp(&b.name))
        });
        list
    }

    pub fn campaign(&self, name: &str) -> Option<&Campaign> {
        self.campaigns.iter().find(|c| c.name == name)
    }
}

/// `aftercare serve` checks webhook signatures against the secrets in the config file.
#[async_trait::async_trait]
impl SecretSource for Config {
    async fn secrets_for(&self, store: &StoreId) -> Result<Vec<WebhookSecret>, SecretsUnavailable> {
        Ok(self
            .store(store)
            .map(|s| s.webhook_secrets.clone())
            .unwrap_or_default())
    }
}

struct Validator<'a> {
    file: &'a str,
    text: &'a str,
    issues: Vec<ConfigIssue>,
}

impl Validator<'_> {
    fn push(&mut self, offset: usize, message: String) {
        let (line, col) = line_col(self.text, offset);
        self.issues.push(ConfigIssue {
            file: self.file.to_string(),
            line,
            col,
            rule: None,
            message,
        });
    }

    /// A send window: it must parse, and a dispatcher tick must fall inside it (else its sends
    /// could never leave). `None`, reported, when it is unusable.
    fn window(&mut self, raw: &Spanned<String>, field: &str) -> Option<Window> {
        let text = raw.get_ref();
        let window = match text.parse::<Window>() {
            Ok(w) => w,
            Err(e) => {
                self.push(raw.span().start, format!("{field}: {e}"));
                return None;
            }
        };
        if window.first_tick().is_none() {
            let tick = window::TICK_MINUTES;
            self.push(
                raw.span().start,
                format!("{field}: no dispatcher run falls inside `{text}`, so nothing in it could ever be sent (the dispatcher runs every {tick} minutes from the hour: :00, :15, :30, :45); make the window contain one of those minutes"),
            );
            return None;
        }
        Some(window)
    }

    /// Resolves a `[breaker]` table over `base`; bad values are reported and `base` kept.
    fn breaker(
        &mut self,
        raw: Option<&RawBreaker>,
        base: BreakerLimits,
        table: &str,
    ) -> BreakerLimits {
        let Some(raw) = raw else { return base };
        let mut limits = base;
        for (field, value, ses, target) in [
            (
                "max_bounce_percent",
                &raw.max_bounce_percent,
                SES_REVIEW_BOUNCE_PERCENT,
                &mut limits.max_bounce_percent,
            ),
            (
                "max_complaint_percent",
                &raw.max_complaint_percent,
                SES_REVIEW_COMPLAINT_PERCENT,
                &mut limits.max_complaint_percent,
            ),
        ] {
            let Some(v) = value else { continue };
            let x = *v.get_ref();
            if !(x.is_finite() && x > 0.0 && x < ses) {
                self.push(
                    v.span().start,
                    format!("{table}.{field}: {x} must be above 0 and below SES's review threshold of {ses} %"),
                );
            } else {
                *target = x;
            }
        }
        if let Some(m) = &raw.min_sends {
            if *m.get_ref() == 0 {
                self.push(
                    m.span().start,
                    format!("{table}.min_sends: must be at least 1"),
                );
            } else {
                limits.min_sends = *m.get_ref();
            }
        }
        limits
    }

    fn stores(&mut self, raw: Vec<Spanned<RawStore>>, breaker: BreakerLimits) -> Vec<Store> {
        if raw.is_empty() {
            self.push(
                0,
                "no [[store]] defined: a config needs at least one store".into(),
            );
        }
        let mut stores: Vec<Store> = Vec::new();
        for spanned in raw {
            let at = spanned.span().start;
            let s = spanned.into_inner();
            let id = match StoreId::parse(s.id.get_ref()) {
                Ok(id) => id,
                Err(p) => {
                    self.push(s.id.span().start, format!("store.id: {p}"));
                    continue;
                }
            };
            if stores.iter().any(|o| o.id == id) {
                self.push(s.id.span().start, format!("store `{id}` is defined twice"));
            }
            // A bad value is reported and the default kept, so the store's other fields and the
            // campaigns naming it are still checked: one load reports every problem.
            let marketplace = match s.marketplace.get_ref().parse::<Marketplace>() {
                Ok(m) => m,
                Err(e) => {
                    self.push(s.marketplace.span().start, format!("store `{id}`: {e}"));
                    Marketplace::Us
                }
            };
            let seller_zone = match &s.seller_zone {
                None => chrono_tz::Asia::Shanghai,
                Some(z) => match window::parse_zone(z.get_ref()) {
                    Ok(tz) => tz,
                    Err(e) => {
                        self.push(z.span().start, format!("store.seller_zone: {e}"));
                        chrono_tz::Asia::Shanghai
                    }
                },
            };
            let window = match &s.window {
                None => Window::default(),
                Some(w) => self.window(w, "store.window").unwrap_or_default(),
            };
            let max = match &s.max_messages_per_order {
                None => 4,
                Some(m) if (1..=4).contains(m.get_ref()) => *m.get_ref(),
                Some(m) => {
                    self.push(
                        m.span().start,
                        format!("store.max_messages_per_order: {} is outside 1–4 (Amazon allows at most 4 proactive messages per order)", m.get_ref()),
                    );
                    4
                }
            };
            let transit_days = match &s.transit_days {
                None => DEFAULT_TRANSIT_DAYS,
                Some(d) if (1..=30).contains(d.get_ref()) => *d.get_ref(),
                Some(d) => {
                    self.push(
                        d.span().start,
                        format!("store.transit_days: {} is outside 1–30 days", d.get_ref()),
                    );
                    DEFAULT_TRANSIT_DAYS
                }
            };
            let mut webhook_secrets = Vec::new();
            if let Some(spanned) = &s.webhook_secret {
                let list = match spanned.get_ref() {
                    OneOrMany::One(one) => std::slice::from_ref(one),
                    OneOrMany::Many(many) => many.as_slice(),
                };
                for secret in list {
                    match WebhookSecret::new(secret) {
                        Ok(secret) => webhook_secrets.push(secret),
                        Err(e) => {
                            self.push(spanned.span().start, format!("store.webhook_secret: {e}"))
                        }
                    }
                }
            }
            let mut addresses = vec![("sender", &s.sender)];
            if let Some(test_address) = &s.test_address {
                addresses.push(("test_address", test_address));
            }
            for (field, value) in addresses {
                if !value.contains('@') {
                    self.push(
                        at,
                        format!("store `{id}`: {field} `{value}` is not an email address"),
                    );
                }
            }
            stores.push(Store {
                id,
                name: s.name,
                marketplace,
                sender: s.sender,
                test_address: s.test_address.unwrap_or_default(),
                seller_zone,
                seller_id: s.seller_id,
                logo_url: s.logo_url,
                average_daily_orders: s.average_daily_orders.unwrap_or(100),
                max_messages_per_order: max,
                window,
                blacklist: s
                    .blacklist
                    .iter()
                    .map(|a| a.trim().to_ascii_lowercase())
                    .collect(),
                staff_names: s
                    .staff_names
                    .iter()
                    .map(|n| n.trim().to_string())
                    .filter(|n| !n.is_empty())
                    .collect(),
                webhook_secrets,
                breaker: self.breaker(s.breaker.as_ref(), breaker, "store.breaker"),
                transit_days,
            });
        }
        stores
    }

    fn campaigns(
        &mut self,
        raw: Vec<Spanned<RawCampaign>>,
        stores: &[Store],
        base: Option<&Path>,
        templates: &TemplateSet,
    ) -> Vec<Campaign> {
        let mut out: Vec<Campaign> = Vec::new();
        for spanned in raw {
            let at = spanned.span().start;
            let c = spanned.into_inner();
            let name = c.name.get_ref().trim().to_string();
            // The name travels in SES message tags, which allow only these characters.
            if name.is_empty()
                || name.len() > 64
                || !name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                self.push(
                    c.name.span().start,
                    "campaign.name must be one word (letters, digits, - or _)".into(),
                );
                continue;
            }
            if out.iter().any(|o| o.name == name) {
                self.push(
                    c.name.span().start,
                    format!("campaign `{name}` is defined twice"),
                );
                continue;
            }
            let kind = match c.kind.get_ref().parse::<CampaignKind>() {
                Ok(kind) => kind,
                Err(e) => {
                    self.push(c.kind.span().start, format!("campaign `{name}`: {e}"));
                    continue;
                }
            };
            let defaults = KindDefaults::of(kind);
            let mut campaign_stores = Vec::new();
            for s in c.stores.iter().flatten() {
                match StoreId::parse(s.get_ref()) {
                    Ok(id) if stores.iter().any(|st| st.id == id) => campaign_stores.push(id),
                    _ => self.push(
                        s.span().start,
                        format!("campaign `{name}`: unknown store `{}`", s.get_ref()),
                    ),
                }
            }
            let channel = match &c.channel {
                None if kind == CampaignKind::ReviewRequest => Channel::Solicitation,
                None => Channel::Email,
                Some(ch)
                    if *ch.get_ref() == Channel::Solicitation
                        && kind != CampaignKind::ReviewRequest =>
                {
                    self.push(ch.span().start, format!("campaign `{name}`: channel `solicitation` is only for review_request campaigns (Amazon's solicitation is its review request); a {kind} campaign is sent by email"));
                    continue;
                }
                Some(ch) => *ch.get_ref(),
            };
            if channel == Channel::Solicitation && c.status == Some(CampaignStatus::Test) {
                let offset = c.channel.as_ref().map_or(at, |ch| ch.span().start);
                self.push(offset, format!("campaign `{name}`: a test campaign mails the store's test address, but Amazon's review request (channel `solicitation`) always goes to the buyer; set channel = \"email\" to test the wording"));
                continue;
            }
            let template = c
                .template
                .as_ref()
                .map_or(kind.as_str().to_string(), |t| t.get_ref().clone());
            // Amazon writes the solicitation itself: a template is needed only for email.
            let needs_template = channel == Channel::Email || c.template.is_some();
            if needs_template && !templates.names().contains(&template.as_str()) {
                let offset = c.template.as_ref().map_or(at, |t| t.span().start);
                self.push(offset, format!("campaign `{name}`: no template named `{template}` (put `{template}.<locale>.txt` in templates/)"));
            }
            let triggers = match c.trigger {
                None => defaults.triggers.to_vec(),
                Some(Triggers::One(t)) => vec![t],
                Some(Triggers::Many(list)) if !list.is_empty() => list,
                Some(Triggers::Many(_)) => {
                    self.push(at, format!("campaign `{name}`: trigger list is empty"));
                    continue;
                }
            };
            let delay = c.delay_days.as_ref().map(|d| *d.get_ref());
            let delay_fba = c
                .delay_days_fba
                .as_ref()
                .map(|d| *d.get_ref())
                .or(delay)
                .unwrap_or(defaults.delay_fba);
            let delay_fbm = c
                .delay_days_fbm
                .as_ref()
                .map(|d| *d.get_ref())
                .or(delay)
                .unwrap_or(defaults.delay_fbm);
            for (d, field) in [
                (&c.delay_days, "delay_days"),
                (&c.delay_days_fba, "delay_days_fba"),
                (&c.delay_days_fbm, "delay_days_fbm"),
            ] {
                if let Some(d) = d {
                    if *d.get_ref() > 180 {
                        self.push(
                            d.span().start,
                            format!(
                                "campaign `{name}`: {field} {} is past the 180-day limit",
                                d.get_ref()
                            ),
                        );
                    }
                    if kind == CampaignKind::ReviewRequest && !(5..=30).contains(d.get_ref()) {
                        self.push(
                            d.span().start,
                            format!("campaign `{name}`: {field} {} is outside 5–30 days after delivery, the only time Amazon allows a review request", d.get_ref()),
                        );
                    }
                }
            }
            // Shipment notices too go in the buyer's window unless told `immediate`: a notice
            // at 01:30 buyer-local wakes nobody kindly.
            let timing = match &c.window {
                Some(w) if w.get_ref().trim() == "immediate" => Timing::Immediate,
                Some(w) => self
                    .window(w, &format!("campaign `{name}`: window"))
                    .map_or(Timing::StoreWindow, |window| Timing::InWindow { window }),
                None => Timing::StoreWindow,
            };
            let mut filters = c
                .filters
                .as_ref()
                .map(|f| f.get_ref().clone())
                .unwrap_or_default();
            let filters_at = c.filters.as_ref().map_or(at, |f| f.span().start);
            if let Some([lo, hi]) = filters.rating {
                if !(1..=5).contains(&lo) || !(1..=5).contains(&hi) || lo > hi {
                    self.push(filters_at, format!("campaign `{name}`: filters.rating [{lo}, {hi}] is not a range within 1–5"));
                }
            }
            match kind {
                CampaignKind::ProductInfo | CampaignKind::PreventNegative
                    if filters.asins.is_empty() && filters.skus.is_empty() =>
                {
                    self.push(at, format!("campaign `{name}`: a {kind} campaign needs filters.asins or filters.skus naming the products it is about"));
                }
                CampaignKind::RepeatBuyer if filters.min_prior_orders.is_none() => {
                    filters.min_prior_orders = Some(1)
                }
                CampaignKind::BulkBuyer if filters.min_quantity.is_none() => {
                    filters.min_quantity = Some(3)
                }
                CampaignKind::ShipmentNotice if filters.fulfillment.is_none() => {
                    filters.fulfillment = Some(Fulfillment::Fbm)
                }
                CampaignKind::ServiceRecovery => {
                    if triggers != [EventType::Feedback] {
                        self.push(at, format!("campaign `{name}`: a service_recovery campaign answers a negative feedback: its trigger must be `feedback` only"));
                    }
                    match filters.rating {
                        None => filters.rating = Some([1, 2]),
                        Some([_, hi]) if hi > 3 => self.push(filters_at, format!("campaign `{name}`: filters.rating reaches {hi}★: a service_recovery campaign is for 1–3★ feedback only")),
                        Some(_) => {}
                    }
                }
                _ => {}
            }
            let ex = c.exclusions.unwrap_or_default();
            let survey = kind == CampaignKind::UpgradeSurvey;
            let feedback_triggered = triggers.contains(&EventType::Feedback);
            let exclusions = Exclusions {
                returned: ex.returned.unwrap_or(!survey),
                refunded: ex.refunded.unwrap_or(!survey),
                cancelled: ex.cancelled.unwrap_or(true),
                feedback: ex.feedback.unwrap_or(!feedback_triggered),
                negative_feedback: ex.negative_feedback.unwrap_or(!feedback_triggered),
                already_mailed_by: ex.already_mailed_by,
            };
            if kind == CampaignKind::ReviewRequest {
                // Review gating: a review ask that depends on how happy the buyer is.
                if filters.rating.is_some() {
                    self.push(filters_at, format!("campaign `{name}`: review gating: a review_request may not be filtered on the buyer's rating (Amazon forbids asking only satisfied buyers)"));
                }
                if feedback_triggered {
                    self.push(at, format!("campaign `{name}`: review gating: a review_request may not be triggered by the buyer's feedback"));
                }
                if !exclusions.feedback && exclusions.negative_feedback {
                    self.push(at, format!("campaign `{name}`: review gating: skipping only buyers with negative feedback asks only satisfied buyers; set exclusions.feedback = true instead"));
                }
                if exclusions
                    .already_mailed_by
                    .iter()
                    .any(|n| n.contains("sentiment"))
                {
                    self.push(at, format!("campaign `{name}`: review gating: a review_request may not depend on a sentiment check"));
                }
            }
            let mut attachments = Vec::new();
            let mut total = 0u64;
            for a in &c.attachments {
                let path = base.map_or_else(|| PathBuf::from(a.get_ref()), |b| b.join(a.get_ref()));
                match std::fs::metadata(&path) {
                    Ok(m) if m.is_file() => {
                        total += m.len();
                        attachments.push(path);
                    }
                    _ => self.push(a.span().start, format!("campaign `{name}`: attachment `{}` not found (paths are relative to the config folder)", a.get_ref())),
                }
            }
            if total > MAX_ATTACHMENT_BYTES {
                self.push(
                    at,
                    format!(
                        "campaign `{name}`: attachments total {} bytes, over the {} byte limit",
                        total, MAX_ATTACHMENT_BYTES
                    ),
                );
            }
            out.push(Campaign {
                name,
                kind,
                status: c.status.unwrap_or(CampaignStatus::Active),
                stores: campaign_stores,
                template,
                sender: c.sender,
                priority: c.priority.unwrap_or(defaults.priority),
                triggers,
                delay_days_fba: delay_fba,
                delay_days_fbm: delay_fbm,
                timing,
                attachments,
                exclude_from_follow_up: c
                    .exclude_from_follow_up
                    .unwrap_or(kind == CampaignKind::ProductInfo),
                filters,
                exclusions,
                channel,
            });
        }
        let names: BTreeSet<String> = out.iter().map(|c| c.name.clone()).collect();
        let mut unknown = Vec::new();
        for c in &out {
            for dep in &c.exclusions.already_mailed_by {
                if !names.contains(dep) {
                    unknown.push(format!("campaign `{}`: exclusions.already_mailed_by names unknown campaign `{dep}`", c.name));
                }
            }
        }
        for message in unknown {
            self.push(0, message);
        }
        out
    }

    /// Lints every template a campaign uses, in every locale, against the campaign's kind and
    /// the marketplaces of its stores; a built-in starter sent as its own kind is left to the
    /// test suite, which lints each one. Lint errors refuse the config; warnings do not.
    fn lint_templates(
        &mut self,
        campaigns: &[Campaign],
        stores: &[Store],
        templates: &TemplateSet,
    ) {
        let mut seen = BTreeMap::new();
        for c in campaigns {
            let marketplaces: Vec<Marketplace> = stores
                .iter()
                .filter(|s| c.stores.is_empty() || c.stores.contains(&s.id))
                .map(|s| s.marketplace)
                .collect();
            for t in templates.iter().filter(|t| t.name == c.template) {
                if seen.insert((t.origin.clone(), c.kind), ()).is_some() {
                    continue;
                }
                // A starter sent as its own kind is the text the test suite lints, in every
                // locale and for every marketplace; linting it again here would compile every
                // language's tables on each load (most of a command's start).
                if t.is_starter_for(c.kind) {
                    continue;
                }
                let ctx = LintContext {
                    kind: Some(c.kind),
                    marketplaces: marketplaces.clone(),
                    extra_allowed_hosts: Vec::new(),
                    locale: Some(t.locale.clone()),
                };
                // Body lines are counted from the body; the file has the subject line first.
                let text_findings = lint::lint_parts(Some(&t.subject), &t.text, &ctx)
                    .into_iter()
                    .map(|mut f| {
                        // Lines and columns as in the file, where the subject follows its label.
                        match f.part {
                            lint::Part::Body => f.line += t.body_line - 1,
                            lint::Part::Subject => {
                                f.line = t.subject_line;
                                f.col += t.subject_col - 1;
                            }
                        }
                        (t.origin.clone(), f)
                    });
                let html_origin = t.html_origin.clone().unwrap_or_else(|| t.origin.clone());
                let html_findings = t
                    .html
                    .as_deref()
                    .map(|h| lint::lint_parts(None, h, &ctx))
                    .unwrap_or_default()
                    .into_iter()
                    .map(|f| (html_origin.clone(), f));
                for (file, f) in text_findings
                    .chain(html_findings)
                    .filter(|(_, f)| f.severity == lint::Severity::Error)
                {
                    self.issues.push(ConfigIssue {
                        file,
                        line: f.line,
                        col: f.col,
                        rule: Some(f.rule),
                        message: f.message,
                    });
                }
            }
        }
    }
}

struct KindDefaults {
    triggers: &'static [EventType],
    delay_fba: u32,
    delay_fbm: u32,
    priority: i32,
}

impl KindDefaults {
    /// The default timings of each kind.
    fn of(kind: CampaignKind) -> Self {
        use EventType::*;
        let (triggers, delay_fba, delay_fbm, priority): (&'static [EventType], u32, u32, i32) =
            match kind {
                CampaignKind::ShipmentNotice => (&[Shipped], 0, 0, 90),
                CampaignKind::ProductInfo => (&[Delivered], 1, 1, 80),
                CampaignKind::PreventNegative => (&[Delivered], 1, 1, 70),
                CampaignKind::UpgradeSurvey => (&[Returned, Refunded], 1, 1, 60),
                CampaignKind::FollowUp => (&[Shipped], 5, 10, 50),
                CampaignKind::RepeatBuyer => (&[Shipped], 5, 10, 55),
                CampaignKind::BulkBuyer => (&[Shipped], 5, 10, 54),
                CampaignKind::SentimentCheck => (&[Delivered], 3, 3, 30),
                CampaignKind::ReviewRequest => (&[Delivered], 5, 5, 20),
                // The next window after the feedback; first in line so the per-order cap
                // never squeezes it out.
                CampaignKind::ServiceRecovery => (&[Feedback], 0, 0, 100),
            };
        KindDefaults {
            triggers,
            delay_fba,
            delay_fbm,
            priority,
        }
    }
}

/// The TOML parser's message, or (it has none for some characters, e.g. a control character in
/// a comment) what is at the offset.
fn toml_problem(text: &str, offset: usize, message: &str) -> String {
    if !message.trim().is_empty() {
        return message.to_string();
    }
    match text.get(offset..).and_then(|rest| rest.chars().next()) {
        Some(c) if c.is_control() => format!(
            "control character U+{:04X} is not allowed here (not even in a comment)",
            c as u32
        ),
        Some(c) => format!("invalid TOML at `{c}`"),
        None => "invalid TOML: the file ends too early".to_string(),
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..text.floor_char_boundary_compat(offset)];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

trait FloorCharBoundary {
    fn floor_char_boundary_compat(&self, i: usize) -> usize;
}

impl FloorCharBoundary for str {
    fn floor_char_boundary_compat(&self, mut i: usize) -> usize {
        while !self.is_char_boundary(i) {
            i -= 1;
        }
        i
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORE: &str = "[[store]]\nid = \"s\"\nname = \"S\"\nmarketplace = \"US\"\nsender = \"S <s@s.example>\"\ntest_address = \"t@s.example\"\n";

    fn load(text: &str) -> Result<Config, ConfigError> {
        Config::from_toml("cfg/aftercare.toml", text, None, TemplateSet::builtin())
    }

    #[test]
    fn the_builtin_config_is_valid() {
        let c = Config::builtin();
        assert_eq!(c.stores[0].id.as_str(), "default");
        assert_eq!(c.stores[0].marketplace, Marketplace::Us);
        let kinds: BTreeSet<CampaignKind> = c.campaigns.iter().map(|c| c.kind).collect();
        assert_eq!(kinds.len(), 9, "the starter campaigns cover every kind");
    }

    #[test]
    fn errors_name_file_line_and_column() {
        let err = load(&format!(
            "{STORE}\n[[campaign]]\nname = \"x\"\nkind = \"follow_upp\"\n"
        ))
        .unwrap_err();
        let issue = &err.0[0];
        assert_eq!(
            (issue.file.as_str(), issue.line),
            ("cfg/aftercare.toml", 10),
            "{err}"
        );
        assert!(issue.message.contains("follow_upp"), "{err}");

        let err = load(&format!("{STORE}colour = \"red\"\n")).unwrap_err();
        assert_eq!(err.0[0].line, 7, "{err}");

        let err = load(&format!(
            "{STORE}\n[[campaign]]\nname = \"r\"\nkind = \"review_request\"\ndelay_days = 45\n"
        ))
        .unwrap_err();
        assert_eq!(err.0[0].line, 11, "{err}");
        assert!(err.to_string().contains("5–30"), "{err}");
    }

    #[test]
    fn webhook_secrets_are_one_or_several_long_enough_and_never_serialized() {
        let one = load(&format!(
            "{STORE}webhook_secret = \"0123456789abcdef0123\"\n"
        ))
        .unwrap();
        assert_eq!(one.stores[0].webhook_secrets.len(), 1);
        let two = load(&format!(
            "{STORE}webhook_secret = [\"new-0123456789abcdef\", \"old-0123456789abcdef\"]\n"
        ))
        .unwrap();
        assert_eq!(two.stores[0].webhook_secrets.len(), 2);
        let json = serde_json::to_string(&two.stores[0]).unwrap();
        assert!(!json.contains("0123456789abcdef"), "{json}");
        assert!(!format!("{:?}", two.stores[0]).contains("0123456789abcdef"));
        let err = load(&format!("{STORE}webhook_secret = \"short\"\n")).unwrap_err();
        assert_eq!(err.0[0].line, 7, "{err}");
        assert!(err.to_string().contains("at least 16 bytes"), "{err}");
        assert!(!err.to_string().contains("short\""), "{err}");
    }

    #[test]
    fn toml_syntax_errors_always_say_something() {
        // Found by fuzzing: the TOML parser gives no message for a control character in a comment.
        let err = load(&format!("{STORE}# a comment \u{7f}\n")).unwrap_err();
        assert_eq!((err.0[0].line, err.0[0].col), (7, 13), "{err}");
        assert!(err.0[0].message.contains("U+007F"), "{err}");
    }

    #[test]
    fn review_gating_is_refused_in_every_form() {
        for extra in [
            "filters = { rating = [4, 5] }",
            "trigger = \"feedback\"",
            "exclusions = { feedback = false, negative_feedback = true }",
        ] {
            let text = format!(
                "{STORE}\n[[campaign]]\nname = \"r\"\nkind = \"review_request\"\n{extra}\n"
            );
            let err = load(&text).unwrap_err();
            assert!(err.to_string().contains("review gating"), "{extra}: {err}");
        }
        // A rating filter on a non-review campaign is fine (e.g. a service follow-up to unhappy buyers).
        let ok = format!("{STORE}\n[[campaign]]\nname = \"c\"\nkind = \"sentiment_check\"\nfilters = {{ rating = [1, 2] }}\ntrigger = \"feedback\"\n");
        load(&ok).unwrap();
    }

    /// A config folder with `STORE`, one campaign (`campaign`: its TOML lines) and one template
    /// file `templates/<file>`.
    fn folder(campaign: &str, file: &str, template: &str) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("templates")).unwrap();
        std::fs::write(dir.path().join("templates").join(file), template).unwrap();
        std::fs::write(
            dir.path().join(CONFIG_FILE),
            format!("{STORE}\n[[campaign]]\n{campaign}\n"),
        )
        .unwrap();
        dir
    }

    #[test]
    fn a_template_that_breaks_amazon_rules_refuses_the_config_with_its_line() {
        let dir = folder(
            "name = \"f\"\nkind = \"review_request\"\ntemplate = \"pushy\"",
            "pushy.en-US.txt",
            "Subject: Thanks from {{ store.name }}\n{{ greeting }}\n\nWe hope you love it. Please leave us a 5-star review!\n",
        );
        let err = Config::load_dir(dir.path()).unwrap_err();
        let issue = err
            .0
            .iter()
            .find(|i| i.file.ends_with("pushy.en-US.txt"))
            .unwrap_or_else(|| panic!("{err}"));
        assert_eq!(issue.line, 4, "{err}");
        assert_eq!(issue.rule, Some("review-steering"), "{err}");
    }

    #[test]
    fn campaign_settings_get_the_design_defaults() {
        let c = load(&format!(
            "{STORE}\n[[campaign]]\nname = \"f\"\nkind = \"follow_up\"\n\n[[campaign]]\nname = \"p\"\nkind = \"product_info\"\nfilters = {{ asins = [\"B0X\"] }}\n\n[[campaign]]\nname = \"s\"\nkind = \"shipment_notice\"\n"
        ))
        .unwrap();
        let f = c.campaign("f").unwrap();
        assert_eq!((f.delay_days_fba, f.delay_days_fbm), (5, 10));
        assert_eq!(f.triggers, vec![EventType::Shipped]);
        assert!(c.campaign("p").unwrap().exclude_from_follow_up);
        let s = c.campaign("s").unwrap();
        assert_eq!(
            s.timing,
            Timing::StoreWindow,
            "in the buyer's window by default"
        );
        assert_eq!(s.filters.fulfillment, Some(Fulfillment::Fbm));
        let err = load(&format!(
            "{STORE}\n[[campaign]]\nname = \"p\"\nkind = \"product_info\"\n"
        ))
        .unwrap_err();
        assert!(err.to_string().contains("filters.asins"), "{err}");
    }

    #[test]
    fn breaker_limits_default_below_ses_and_override_per_store() {
        let c = load(STORE).unwrap();
        assert_eq!(c.stores[0].breaker, BreakerLimits::default());
        assert!(c.stores[0].breaker.max_bounce_percent < SES_REVIEW_BOUNCE_PERCENT);
        assert!(c.stores[0].breaker.max_complaint_percent < SES_REVIEW_COMPLAINT_PERCENT);

        let text = format!(
            "[breaker]\nmax_bounce_percent = 3\nmin_sends = 50\n\n{STORE}[store.breaker]\nmax_complaint_percent = 0.05\n\n{}",
            STORE.replace("\"s\"", "\"t\"")
        );
        let c = load(&text).unwrap();
        let own = c.stores[0].breaker;
        assert_eq!(
            (
                own.max_bounce_percent,
                own.max_complaint_percent,
                own.min_sends
            ),
            (3.0, 0.05, 50),
            "a store's table overrides the global one field by field"
        );
        let other = c.stores[1].breaker;
        assert_eq!(
            (
                other.max_bounce_percent,
                other.max_complaint_percent,
                other.min_sends
            ),
            (3.0, 0.08, 50)
        );
    }

    #[test]
    fn bad_breaker_limits_are_refused_with_their_line() {
        let err = load(&format!("[breaker]\nmax_bounce_percent = 5\n\n{STORE}")).unwrap_err();
        assert_eq!(err.0[0].line, 2, "{err}");
        assert!(
            err.to_string().contains("breaker.max_bounce_percent"),
            "{err}"
        );

        let err = load(&format!("{STORE}[store.breaker]\nmin_sends = 0\n")).unwrap_err();
        assert_eq!(err.0[0].line, 8, "{err}");
        assert!(err.to_string().contains("store.breaker.min_sends"), "{err}");

        let err = load(&format!(
            "{STORE}[store.breaker]\nmax_complaint_percent = -0.1\n"
        ))
        .unwrap_err();
        assert_eq!(err.0[0].line, 8, "{err}");

        let err = load(&format!("{STORE}[store.breaker]\nmax_bounce = 3\n")).unwrap_err();
        assert_eq!(err.0[0].line, 8, "{err}");
        assert!(err.to_string().contains("max_bounce"), "{err}");
    }

    #[test]
    fn review_requests_go_through_amazon_unless_told_otherwise_and_only_they_can() {
        let campaign = |kind: &str, extra: &str| {
            format!("{STORE}\n[[campaign]]\nname = \"c\"\nkind = \"{kind}\"\n{extra}\n")
        };
        let channel = |text: &str| load(text).unwrap().campaigns[0].channel;
        assert_eq!(
            channel(&campaign("review_request", "")),
            Channel::Solicitation
        );
        assert_eq!(
            channel(&campaign("review_request", "channel = \"email\"")),
            Channel::Email
        );
        assert_eq!(channel(&campaign("follow_up", "")), Channel::Email);
        let err = load(&campaign("follow_up", "channel = \"solicitation\"")).unwrap_err();
        assert_eq!(err.0[0].line, 11, "{err}");
        assert!(err.to_string().contains("only for review_request"), "{err}");
        let err = load(&campaign("review_request", "status = \"test\"")).unwrap_err();
        assert!(err.to_string().contains("channel = \"email\""), "{err}");
        load(&campaign(
            "review_request",
            "status = \"test\"\nchannel = \"email\"",
        ))
        .unwrap();
        let err = load(&campaign("review_request", "channel = \"sms\"")).unwrap_err();
        assert!(err.to_string().contains("sms"), "{err}");
    }

    #[test]
    fn a_window_no_dispatcher_run_reaches_is_refused_with_its_line() {
        let err = load(&format!(
            "{STORE}\n[[campaign]]\nname = \"f\"\nkind = \"follow_up\"\nwindow = \"13:05-13:12\"\n"
        ))
        .unwrap_err();
        assert_eq!(err.0.len(), 1, "{err}");
        assert_eq!((err.0[0].line, err.0[0].col), (11, 10), "{err}");
        assert!(err.0[0].message.contains("campaign `f`: window"), "{err}");
        assert!(err.0[0].message.contains("13:05-13:12"), "{err}");
        assert!(err.0[0].message.contains(":00, :15, :30, :45"), "{err}");
        let err = load(&format!("{STORE}window = \"09:50-09:59 Asia/Shanghai\"\n")).unwrap_err();
        assert_eq!(err.0[0].line, 7, "{err}");
        assert!(err.0[0].message.starts_with("store.window"), "{err}");
        // One tick inside is enough.
        let ok = load(&format!(
            "{STORE}window = \"09:50-10:05\"\n\n[[campaign]]\nname = \"f\"\nkind = \"follow_up\"\nwindow = \"13:15-13:20\"\n"
        ))
        .unwrap();
        assert_eq!(ok.stores[0].window, "09:50-10:05".parse().unwrap());
    }

    #[test]
    fn every_problem_of_a_config_is_reported_at_once() {
        let text = format!(
            "{STORE}seller_zone = \"Mars/Base\"\nwindow = \"13:05-13:12\"\ntransit_days = 0\n\
             \n[[campaign]]\nname = \"a\"\nkind = \"follow_up\"\nstores = [\"s\"]\nwindow = \"25:00-26:00\"\ndelay_days = 200\n\
             \n[[campaign]]\nname = \"b\"\nkind = \"sentiment_check\"\nwindow = \"14:01-14:14\"\n\
             \n[[campaign]]\nname = \"c\"\nkind = \"review_request\"\ndelay_days = 40\n"
        );
        let err = load(&text).unwrap_err();
        let mut found: Vec<(usize, &str)> = err
            .0
            .iter()
            .map(|i| {
                let field = i.message.split(':').next().unwrap_or_default();
                (i.line, field)
            })
            .collect();
        found.sort();
        assert_eq!(
            found,
            [
                (7, "store.seller_zone"),
                (8, "store.window"),
                (9, "store.transit_days"),
                (15, "campaign `a`"),
                (16, "campaign `a`"),
                (21, "campaign `b`"),
                (26, "campaign `c`"),
            ],
            "{err}"
        );
        let on_line = |line: usize| {
            err.0
                .iter()
                .filter(|i| i.line == line)
                .map(|i| i.message.as_str())
                .collect::<String>()
        };
        assert!(on_line(15).contains("25:00-26:00"), "{err}");
        assert!(on_line(16).contains("delay_days 200"), "{err}");
        assert!(on_line(21).contains("no dispatcher run"), "{err}");
        assert!(on_line(26).contains("5–30"), "{err}");
        // All of them, one per line, in the printed error.
        assert_eq!(err.to_string().lines().count(), 7, "{err}");
        assert!(err
            .to_string()
            .lines()
            .all(|l| l.starts_with("cfg/aftercare.toml:")));
    }

    #[test]
    fn transit_days_default_to_three_and_stay_within_a_month() {
        let store = |extra: &str| format!("{STORE}{extra}\n");
        assert_eq!(load(&store("")).unwrap().stores[0].transit_days, 3);
        assert_eq!(
            load(&store("transit_days = 5")).unwrap().stores[0].transit_days,
            5
        );
        let err = load(&store("transit_days = 0")).unwrap_err();
        assert!(err.to_string().contains("store.transit_days"), "{err}");
        assert_eq!(err.0[0].line, 7, "{err}");
    }

    #[test]
    fn a_prelinted_load_reads_the_same_config_and_skips_only_the_lint() {
        assert_eq!(
            format!("{:?}", Config::builtin_prelinted()),
            format!("{:?}", Config::builtin())
        );

        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("templates")).unwrap();
        std::fs::write(
            dir.path().join("templates/pushy.en-US.txt"),
            "Subject: Thanks from {{ store.name }}\n{{ greeting }}\n\nPlease leave us a 5-star review!\n",
        )
        .unwrap();
        let config = |campaign: &str| {
            std::fs::write(
                dir.path().join(CONFIG_FILE),
                format!(
                    "{STORE}\n[[campaign]]\nname = \"f\"\nkind = \"review_request\"\n{campaign}\n"
                ),
            )
            .unwrap();
        };
        // Linted when packed; at start the lint is trusted, not repeated.
        config("template = \"pushy\"");
        assert!(Config::load_dir(dir.path()).is_err());
        let loaded = Config::load_dir_prelinted(dir.path()).unwrap();
        assert_eq!(loaded.campaigns[0].template, "pushy");
        // Every other check still runs.
        config("template = \"missing\"");
        let err = Config::load_dir_prelinted(dir.path()).unwrap_err();
        assert!(
            err.to_string().contains("no template named `missing`"),
            "{err}"
        );
        config("filters = { rating = [4, 5] }");
        let err = Config::load_dir_prelinted(dir.path()).unwrap_err();
        assert!(err.to_string().contains("review gating"), "{err}");
    }

    #[test]
    fn starters_are_linted_unless_sent_as_their_own_kind() {
        // The review request's starter in a follow-up asks for a review where only
        // review_request may: refused, in every locale it is written in.
        let err = load(&format!(
            "{STORE}\n[[campaign]]\nname = \"f\"\nkind = \"follow_up\"\ntemplate = \"review_request\"\n"
        ))
        .unwrap_err();
        let refused: BTreeSet<&str> = err
            .0
            .iter()
            .filter(|i| i.rule == Some("review-request-wrong-kind"))
            .map(|i| i.file.as_str())
            .collect();
        let locales = crate::template::STARTER_LOCALES;
        assert_eq!(refused.len(), locales.len(), "{err}");
        for locale in locales {
            assert!(
                refused.contains(format!("built-in:review_request.{locale}").as_str()),
                "{locale}: {err}"
            );
        }
        // Sent as its own kind it passes.
        load(&format!(
            "{STORE}\n[[campaign]]\nname = \"r\"\nkind = \"review_request\"\n"
        ))
        .unwrap();

        // A file of a config folder that replaces a starter is linted as its own kind too.
        let dir = folder(
            "name = \"f\"\nkind = \"follow_up\"",
            "follow_up.en-US.txt",
            "Subject: Thanks from {{ store.name }}\n{{ greeting }}\n\nPlease leave us a 5-star review!\n",
        );
        let err = Config::load_dir(dir.path()).unwrap_err();
        assert!(
            err.0
                .iter()
                .any(|i| i.file.ends_with("follow_up.en-US.txt")),
            "{err}"
        );
    }
}
