//! Orders and order events: the native event shape and the relayed SP-API `ORDER_CHANGE`
//! notification, parsed once into domain types, and the merge of later events into
//! the stored order.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::amazon::DeliverySource;
use crate::Marketplace;

/// Why an order event was refused. `field` is a dotted path into the JSON (`order.items[0].quantity`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {problem}")]
pub struct EventError {
    pub field: String,
    pub problem: String,
}

impl EventError {
    fn new(field: impl Into<String>, problem: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            problem: problem.into(),
        }
    }
}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $what:literal, $max:expr, $allowed:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            pub fn parse(s: &str) -> Result<Self, String> {
                let s = s.trim();
                if s.is_empty() {
                    return Err(concat!($what, " is empty").to_string());
                }
                if s.chars().count() > $max {
                    return Err(format!("{} is longer than {} characters", $what, $max));
                }
                let allowed: fn(char) -> bool = $allowed;
                if let Some(bad) = s.chars().find(|c| !allowed(*c)) {
                    return Err(format!("{} contains `{}`, which is not allowed", $what, bad));
                }
                Ok(Self(s.to_string()))
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl TryFrom<String> for $name {
            type Error = String;
            fn try_from(s: String) -> Result<Self, String> {
                Self::parse(&s)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }
    };
}

id_type!(
    /// A store (one seller account on one marketplace, or any grouping the seller picks).
    StoreId,
    "store id",
    64,
    |c| c.is_ascii_alphanumeric() || c == '-' || c == '_'
);
id_type!(
    /// An Amazon order id (`113-1234567-1234567`) or any other id the seller's system uses.
    OrderId,
    "order id",
    64,
    |c| c.is_ascii_alphanumeric() || c == '-' || c == '_'
);
id_type!(
    /// The idempotency key of one order event.
    EventId,
    "event id",
    128,
    |c| !c.is_control()
);

/// A buyer's address as Amazon hands it out (usually an anonymised relay address), lower-cased.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct BuyerEmail(String);

impl BuyerEmail {
    pub fn parse(s: &str) -> Result<Self, String> {
        let s = s.trim();
        let (local, domain) = s
            .split_once('@')
            .ok_or_else(|| "email address has no `@`".to_string())?;
        if local.is_empty() || domain.is_empty() || !domain.contains('.') || domain.contains('@') {
            return Err("not an email address".to_string());
        }
        if s.len() > 254 || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err("not an email address".to_string());
        }
        Ok(Self(s.to_ascii_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A stable, non-reversible key for logs and metrics: never log the address itself.
    pub fn redacted(&self) -> String {
        use sha2::{Digest, Sha256};
        let digest = Sha256::digest(self.0.as_bytes());
        format!("buyer-{}", to_hex(&digest[..6]))
    }
}

// Debug never prints the address: buyer emails stay out of logs even when a value is `{:?}`-ed.
impl fmt::Debug for BuyerEmail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "BuyerEmail({})", self.redacted())
    }
}

impl TryFrom<String> for BuyerEmail {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        Self::parse(&s)
    }
}

impl From<BuyerEmail> for String {
    fn from(e: BuyerEmail) -> String {
        e.0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Fulfillment {
    /// Fulfilled by Amazon (SP-API `AFN`).
    #[serde(rename = "FBA", alias = "AFN", alias = "fba")]
    Fba,
    /// Fulfilled by the merchant (SP-API `MFN`).
    #[serde(rename = "FBM", alias = "MFN", alias = "fbm")]
    Fbm,
}

impl fmt::Display for Fulfillment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Fba => "FBA",
            Self::Fbm => "FBM",
        })
    }
}

/// What happened to the order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventType {
    Ordered,
    Shipped,
    Delivered,
    Returned,
    Refunded,
    Cancelled,
    Feedback,
}

impl EventType {
    pub const ALL: [EventType; 7] = [
        Self::Ordered,
        Self::Shipped,
        Self::Delivered,
        Self::Returned,
        Self::Refunded,
        Self::Cancelled,
        Self::Feedback,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ordered => "ordered",
            Self::Shipped => "shipped",
            Self::Delivered => "delivered",
            Self::Returned => "returned",
            Self::Refunded => "refunded",
            Self::Cancelled => "cancelled",
            Self::Feedback => "feedback",
        }
    }
}

impl fmt::Display for EventType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Buyer {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<BuyerEmail>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ShipTo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub asin: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sku: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub quantity: u32,
    #[serde(default)]
    pub promotion_discount: f64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tracking {
    pub carrier: String,
    pub number: String,
}

/// Seller feedback left by the buyer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Feedback {
    /// 1–5 stars.
    pub rating: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrived_on_time: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_as_described: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub good_service: Option<bool>,
    /// When the feedback event occurred.
    pub left_at: DateTime<Utc>,
}

impl Feedback {
    /// 1–2 stars.
    pub fn is_negative(&self) -> bool {
        self.rating <= 2
    }
}

/// The fields of an order an event may carry; absent fields leave the stored value alone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrderPatch {
    pub order_id: OrderId,
    pub marketplace: Option<Marketplace>,
    pub fulfillment: Option<Fulfillment>,
    pub purchase_date: Option<DateTime<Utc>>,
    pub buyer: Option<Buyer>,
    pub ship_to: Option<ShipTo>,
    pub items: Option<Vec<Item>>,
    pub tracking: Option<Tracking>,
    /// Seller id from an SP-API notification, used for storefront links.
    pub seller_id: Option<String>,
    /// What the event says about delivery besides its own time.
    #[serde(default)]
    pub delivery: DeliveryPatch,
}

impl OrderPatch {
    /// A patch that names the order and changes nothing else.
    pub fn of(order_id: OrderId) -> Self {
        OrderPatch {
            order_id,
            marketplace: None,
            fulfillment: None,
            purchase_date: None,
            buyer: None,
            ship_to: None,
            items: None,
            tracking: None,
            seller_id: None,
            delivery: DeliveryPatch::default(),
        }
    }
}

/// Delivery facts an event may carry. Amazon's order notifications report no delivery, so an
/// order that comes from Amazon gets its delivery time estimated until one is reported.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeliveryPatch {
    /// The delivery window Amazon promised the buyer (merchant-fulfilled orders).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earliest: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest: Option<DateTime<Utc>>,
    /// For a `delivered` event: who reported it (a plain event when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<DeliverySource>,
    /// The event came from Amazon's order notifications, so nobody else will report delivery:
    /// estimate it from the promised window or the store's transit days.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub from_amazon: bool,
    /// Amazon will be asked about the delivery later (a delivery check is scheduled), so the
    /// promised date is not taken as the delivery in the meantime.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub checked: bool,
}

/// One validated order event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrderEvent {
    pub store_id: StoreId,
    pub event_id: EventId,
    pub event_type: EventType,
    pub occurred_at: DateTime<Utc>,
    pub order: OrderPatch,
    pub feedback: Option<Feedback>,
}

/// The merged view of one order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Order {
    pub store_id: StoreId,
    pub order_id: OrderId,
    pub marketplace: Marketplace,
    pub fulfillment: Option<Fulfillment>,
    pub purchase_date: Option<DateTime<Utc>>,
    pub buyer: Buyer,
    pub ship_to: ShipTo,
    pub items: Vec<Item>,
    pub tracking: Option<Tracking>,
    pub seller_id: Option<String>,
    pub ordered_at: Option<DateTime<Utc>>,
    pub shipped_at: Option<DateTime<Utc>>,
    pub delivered_at: Option<DateTime<Utc>>,
    pub returned_at: Option<DateTime<Utc>>,
    pub refunded_at: Option<DateTime<Utc>>,
    pub cancelled_at: Option<DateTime<Utc>>,
    pub feedback: Option<Feedback>,
    /// `occurred_at` of the newest event merged so far; older events do not overwrite fields.
    pub last_event_at: DateTime<Utc>,
    /// Removal triage of a 1–3★ feedback, recorded when the order is stored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub triage: Option<crate::triage::Triage>,
    /// The stored record's version this order was read at (0: not stored yet). Stores write
    /// on condition that it is unchanged, so two concurrent merges cannot lose one another.
    #[serde(default)]
    pub version: u64,
    /// Where `delivered_at` came from; estimates are replaced when a delivery is reported.
    /// Absent on orders stored before sources were recorded (their delivery was an event).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_source: Option<DeliverySource>,
    /// The delivery window Amazon promised (merchant-fulfilled orders from Amazon).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earliest_delivery: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_delivery: Option<DateTime<Utc>>,
    /// The order came from Amazon's notifications: its delivery is estimated until reported.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub estimates_delivery: bool,
    /// A delivery check asks Amazon about this merchant-fulfilled order's package, and reports
    /// the latest promised date itself when the package never shows as delivered.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub delivery_checked: bool,
}

impl Order {
    /// Starts an order from its first event. `default_marketplace` (the store's) is used when
    /// the event does not name one.
    pub fn from_event(event: &OrderEvent, default_marketplace: Marketplace) -> Self {
        let mut order = Order {
            store_id: event.store_id.clone(),
            order_id: event.order.order_id.clone(),
            marketplace: event.order.marketplace.unwrap_or(default_marketplace),
            fulfillment: None,
            purchase_date: None,
            buyer: Buyer::default(),
            ship_to: ShipTo::default(),
            items: Vec::new(),
            tracking: None,
            seller_id: None,
            ordered_at: None,
            shipped_at: None,
            delivered_at: None,
            returned_at: None,
            refunded_at: None,
            cancelled_at: None,
            feedback: None,
            last_event_at: event.occurred_at,
            triage: None,
            version: 0,
            delivery_source: None,
            earliest_delivery: None,
            latest_delivery: None,
            estimates_delivery: false,
            delivery_checked: false,
        };
        order.merge(event);
        order
    }

    /// Merges a later (or, when events are reordered, an earlier) event. Milestones keep their
    /// earliest time; descriptive fields take the newest event's value.
    pub fn merge(&mut self, event: &OrderEvent) {
        let newest = event.occurred_at >= self.last_event_at;
        let p = &event.order;
        let take = |slot_is_empty: bool| newest || slot_is_empty;
        if let Some(m) = p.marketplace {
            self.marketplace = m;
        }
        if let Some(f) = p.fulfillment {
            if take(self.fulfillment.is_none()) {
                self.fulfillment = Some(f);
            }
        }
        if let Some(d) = p.purchase_date {
            if take(self.purchase_date.is_none()) {
                self.purchase_date = Some(d);
            }
        }
        if let Some(b) = &p.buyer {
            if b.email.is_some() && take(self.buyer.email.is_none()) {
                self.buyer.email = b.email.clone();
            }
            if b.name.is_some() && take(self.buyer.name.is_none()) {
                self.buyer.name = b.name.clone();
            }
        }
        if let Some(s) = &p.ship_to {
            if take(self.ship_to == ShipTo::default()) {
                self.ship_to = s.clone();
            }
        }
        if let Some(items) = &p.items {
            if !items.is_empty() && take(self.items.is_empty()) {
                self.items = items.clone();
            }
        }
        if let Some(t) = &p.tracking {
            if take(self.tracking.is_none()) {
                self.tracking = Some(t.clone());
            }
        }
        if let Some(s) = &p.seller_id {
            self.seller_id = Some(s.clone());
        }
        let d = &p.delivery;
        if d.earliest.is_some() && take(self.earliest_delivery.is_none()) {
            self.earliest_delivery = d.earliest;
        }
        if d.latest.is_some() && take(self.latest_delivery.is_none()) {
            self.latest_delivery = d.latest;
        }
        self.estimates_delivery |= d.from_amazon;
        self.delivery_checked |= d.checked;
        let at = event.occurred_at;
        let earliest = |slot: &mut Option<DateTime<Utc>>| {
            *slot = Some(slot.map_or(at, |old| old.min(at)));
        };
        match event.event_type {
            EventType::Ordered => earliest(&mut self.ordered_at),
            EventType::Shipped => earliest(&mut self.shipped_at),
            EventType::Delivered => {
                let source = d.source.unwrap_or(DeliverySource::Event);
                if !self.delivery_confirmed() {
                    // A reported delivery replaces an estimate, earlier or later.
                    self.delivered_at = Some(at);
                    self.delivery_source = Some(source);
                } else if source.is_confirmed() {
                    earliest(&mut self.delivered_at);
                }
                // An estimate never moves a reported delivery.
            }
            EventType::Returned => earliest(&mut self.returned_at),
            EventType::Refunded => earliest(&mut self.refunded_at),
            EventType::Cancelled => earliest(&mut self.cancelled_at),
            EventType::Feedback => {
                if let Some(f) = &event.feedback {
                    let replace = self
                        .feedback
                        .as_ref()
                        .is_none_or(|old| f.left_at >= old.left_at);
                    if replace {
                        self.feedback = Some(f.clone());
                    }
                }
            }
        }
        if newest {
            self.last_event_at = at;
        }
    }

    /// Whether `delivered_at` was reported rather than estimated.
    pub fn delivery_confirmed(&self) -> bool {
        self.delivered_at.is_some()
            && self
                .delivery_source
                .is_none_or(DeliverySource::is_confirmed)
    }

    /// For an order from Amazon's notifications whose delivery nobody reported: sets
    /// `delivered_at` to the best estimate, which is the latest promised delivery date for a
    /// merchant-fulfilled order (unless a delivery check will report it), or shipped plus
    /// `transit_days` for one fulfilled by Amazon. Called
    /// after every merge, so a later promise or shipment moves the estimate; a reported delivery is
    /// never touched.
    pub fn estimate_delivery(&mut self, transit_days: u32) {
        if !self.estimates_delivery || self.delivery_confirmed() {
            return;
        }
        let estimate = match self.fulfillment {
            // The delivery check reports it (delivered, or the latest date once it has passed).
            Some(Fulfillment::Fbm) if self.delivery_checked => return,
            Some(Fulfillment::Fbm) => self
                .latest_delivery
                .filter(|_| self.shipped_at.is_some())
                .map(|at| (at, DeliverySource::LatestDeliveryDate)),
            Some(Fulfillment::Fba) => self.shipped_at.map(|at| {
                (
                    at + chrono::Duration::days(i64::from(transit_days)),
                    DeliverySource::TransitDays,
                )
            }),
            None => None,
        };
        self.delivered_at = estimate.map(|(at, _)| at);
        self.delivery_source = estimate.map(|(_, source)| source);
    }

    /// When the order was placed: the purchase date, else the `ordered` event.
    pub fn placed_at(&self) -> Option<DateTime<Utc>> {
        self.purchase_date.or(self.ordered_at)
    }

    /// When a trigger event happened, if it has.
    pub fn milestone(&self, event: EventType) -> Option<DateTime<Utc>> {
        match event {
            EventType::Ordered => self.placed_at(),
            EventType::Shipped => self.shipped_at,
            EventType::Delivered => self.delivered_at,
            EventType::Returned => self.returned_at,
            EventType::Refunded => self.refunded_at,
            EventType::Cancelled => self.cancelled_at,
            EventType::Feedback => self.feedback.as_ref().map(|f| f.left_at),
        }
    }

    pub fn total_quantity(&self) -> u32 {
        self.items.iter().map(|i| i.quantity).sum()
    }

    /// Whether any item was sold with a promotion discount.
    pub fn is_promotional(&self) -> bool {
        self.items.iter().any(|i| i.promotion_discount > 0.0)
    }
}

/// SHA-256 (hex) of a lower-cased address: the storage key for suppressions and buyer indexes,
/// so records that outlive orders keep no address.
pub fn buyer_digest(buyer: &str) -> String {
    use sha2::{Digest, Sha256};
    to_hex(&Sha256::digest(
        buyer.trim().to_ascii_lowercase().as_bytes(),
    ))
}

/// Lower-case hex of `bytes`, two digits a byte.
pub fn to_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Parsing

/// Parses one webhook body or `.jsonl` line: the native shape or a relayed SP-API
/// `ORDER_CHANGE` notification.
pub fn parse_event(json: &str) -> Result<OrderEvent, EventError> {
    parse_event_with(json, None)
}

/// [`parse_event`], finding the store of an `ORDER_CHANGE` notification that names none (as
/// Amazon delivers it to a queue) with `resolve`.
pub fn parse_event_with(
    json: &str,
    resolve: Option<StoreResolver<'_>>,
) -> Result<OrderEvent, EventError> {
    let value: serde_json::Value = serde_json::from_str(json)
        .map_err(|e| EventError::new("(body)", format!("not valid JSON: {}", json_problem(&e))))?;
    let is_sp_api = value.get("NotificationType").is_some()
        || value.get("Payload").is_some()
        || value.get("AmazonOrderId").is_some();
    if is_sp_api {
        parse_sp_api(value, resolve)
    } else {
        parse_native(value)
    }
}

/// serde_json's message and where it happened, said once: `expected value at column 37` for a
/// one-line body (a `.jsonl` line: the file's line number is given by the caller), `… at line 2,
/// column 5` for a longer one.
fn json_problem(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let message = text.strip_suffix(&suffix).unwrap_or(&text);
    match (e.line(), e.column()) {
        (0, _) => message.to_string(),
        (1, column) => format!("{message} at column {column}"),
        (line, column) => format!("{message} at line {line}, column {column}"),
    }
}

/// The JSON value a serde path leads to, if it is there.
fn value_at<'a>(
    value: &'a serde_json::Value,
    path: &serde_path_to_error::Path,
) -> Option<&'a serde_json::Value> {
    use serde_path_to_error::Segment;
    path.iter().try_fold(value, |v, segment| match segment {
        Segment::Map { key } => v.get(key.as_str()),
        Segment::Seq { index } => v.get(*index),
        _ => None,
    })
}

/// chrono's bare "input is out of range" for a time field, said as what it is.
fn time_problem(value: Option<&serde_json::Value>, problem: &str) -> Option<String> {
    let text = value?.as_str()?;
    let chrono_error = text.parse::<DateTime<Utc>>().err()?;
    (chrono_error.to_string() == problem)
        .then(|| format!("time `{text}` is not an RFC 3339 timestamp, e.g. 2026-11-02T10:00:00Z"))
}

fn from_value<T: serde::de::DeserializeOwned>(
    value: serde_json::Value,
    prefix: &str,
) -> Result<T, EventError> {
    serde_path_to_error::deserialize(&value).map_err(|e| {
        let path = e.path().to_string();
        let at = value_at(&value, e.path());
        let field = match (prefix.is_empty(), path.as_str()) {
            (_, ".") => {
                if prefix.is_empty() {
                    "(body)".to_string()
                } else {
                    prefix.to_string()
                }
            }
            (true, p) => p.to_string(),
            (false, p) => format!("{prefix}.{p}"),
        };
        // An unknown key that is empty leaves an empty last segment: name the object holding it.
        let field = match field.trim_end_matches('.') {
            "" if prefix.is_empty() => "(body)".to_string(),
            "" => prefix.to_string(),
            trimmed => trimmed.to_string(),
        };
        let problem = e.into_inner().to_string();
        let problem = time_problem(at, &problem).unwrap_or(problem);
        EventError::new(field, problem)
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NativeEvent {
    store_id: StoreId,
    event_id: EventId,
    #[serde(rename = "type")]
    event_type: EventType,
    occurred_at: DateTime<Utc>,
    order: NativeOrder,
    #[serde(default)]
    feedback: Option<NativeFeedback>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NativeOrder {
    order_id: OrderId,
    #[serde(default)]
    marketplace: Option<Marketplace>,
    #[serde(default)]
    fulfillment: Option<Fulfillment>,
    #[serde(default)]
    purchase_date: Option<DateTime<Utc>>,
    #[serde(default)]
    buyer: Option<NativeBuyer>,
    #[serde(default)]
    ship_to: Option<ShipTo>,
    #[serde(default)]
    items: Option<Vec<Item>>,
    #[serde(default)]
    tracking: Option<Tracking>,
    #[serde(default)]
    seller_id: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NativeBuyer {
    #[serde(default)]
    email: Option<String>,
    #[serde(default)]
    name: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NativeFeedback {
    rating: u8,
    #[serde(default)]
    comment: Option<String>,
    #[serde(default)]
    arrived_on_time: Option<bool>,
    #[serde(default)]
    item_as_described: Option<bool>,
    #[serde(default)]
    good_service: Option<bool>,
}

fn parse_native(value: serde_json::Value) -> Result<OrderEvent, EventError> {
    let raw: NativeEvent = from_value(value, "")?;
    let buyer = raw
        .order
        .buyer
        .map(|b| parse_buyer(b, "order.buyer"))
        .transpose()?;
    let feedback = raw.feedback.map(|f| Feedback {
        rating: f.rating,
        comment: f.comment,
        arrived_on_time: f.arrived_on_time,
        item_as_described: f.item_as_described,
        good_service: f.good_service,
        left_at: raw.occurred_at,
    });
    let event = OrderEvent {
        store_id: raw.store_id,
        event_id: raw.event_id,
        event_type: raw.event_type,
        occurred_at: raw.occurred_at,
        order: OrderPatch {
            order_id: raw.order.order_id,
            marketplace: raw.order.marketplace,
            fulfillment: raw.order.fulfillment,
            purchase_date: raw.order.purchase_date,
            buyer,
            ship_to: raw.order.ship_to,
            items: raw.order.items,
            tracking: raw.order.tracking,
            seller_id: raw.order.seller_id,
            delivery: DeliveryPatch::default(),
        },
        feedback,
    };
    validate(&event)?;
    Ok(event)
}

fn parse_buyer(b: NativeBuyer, field: &str) -> Result<Buyer, EventError> {
    let email = match b.email.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(e) => {
            Some(BuyerEmail::parse(e).map_err(|p| EventError::new(format!("{field}.email"), p))?)
        }
    };
    let name = b
        .name
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty());
    Ok(Buyer { email, name })
}

/// Checks the rules serde cannot express. Runs on both input shapes.
fn validate(e: &OrderEvent) -> Result<(), EventError> {
    if let Some(items) = &e.order.items {
        for (i, item) in items.iter().enumerate() {
            if item.asin.trim().is_empty() {
                return Err(EventError::new(
                    format!("order.items[{i}].asin"),
                    "is empty",
                ));
            }
            if item.quantity == 0 {
                return Err(EventError::new(
                    format!("order.items[{i}].quantity"),
                    "must be at least 1",
                ));
            }
            if !item.promotion_discount.is_finite() || item.promotion_discount < 0.0 {
                return Err(EventError::new(
                    format!("order.items[{i}].promotion_discount"),
                    "must be a number ≥ 0",
                ));
            }
        }
    }
    if let Some(zip) = e
        .order
        .ship_to
        .as_ref()
        .and_then(|s| s.postal_code.as_deref())
    {
        if zip.len() > 16 {
            return Err(EventError::new(
                "order.ship_to.postal_code",
                "is longer than 16 characters",
            ));
        }
    }
    match (e.event_type, &e.feedback) {
        (EventType::Feedback, None) => {
            return Err(EventError::new(
                "feedback",
                "is required when type is `feedback`",
            ))
        }
        (EventType::Feedback, Some(f)) if !(1..=5).contains(&f.rating) => {
            return Err(EventError::new(
                "feedback.rating",
                format!("must be 1 to 5, got {}", f.rating),
            ))
        }
        (t, Some(_)) if t != EventType::Feedback => {
            return Err(EventError::new(
                "feedback",
                format!("is only allowed when type is `feedback`, not `{t}`"),
            ))
        }
        _ => {}
    }
    Ok(())
}

// --- SP-API ORDER_CHANGE --------------------------------------------------------------------

#[derive(Deserialize)]
struct SpEnvelope {
    /// Set by relays; a notification straight from Amazon has none and its store is found from
    /// its seller and marketplace.
    #[serde(default)]
    store_id: Option<StoreId>,
    #[serde(default)]
    event_id: Option<EventId>,
    #[serde(rename = "EventTime", default)]
    event_time: Option<DateTime<Utc>>,
    #[serde(rename = "NotificationMetadata", default)]
    metadata: Option<SpMetadata>,
    #[serde(default)]
    buyer: Option<NativeBuyer>,
    #[serde(default)]
    ship_to: Option<ShipTo>,
}

#[derive(Deserialize)]
struct SpMetadata {
    #[serde(rename = "NotificationId", default)]
    notification_id: Option<String>,
}

#[derive(Deserialize)]
struct SpOrderChange {
    #[serde(rename = "AmazonOrderId")]
    amazon_order_id: OrderId,
    #[serde(rename = "SellerId", default)]
    seller_id: Option<String>,
    #[serde(rename = "OrderChangeTrigger", default)]
    trigger: Option<SpTrigger>,
    #[serde(rename = "Summary")]
    summary: SpSummary,
}

#[derive(Deserialize)]
struct SpTrigger {
    #[serde(rename = "TimeOfOrderChange", default)]
    time_of_order_change: Option<DateTime<Utc>>,
}

#[derive(Deserialize)]
struct SpSummary {
    #[serde(rename = "MarketplaceId")]
    marketplace_id: String,
    #[serde(rename = "OrderStatus")]
    order_status: String,
    #[serde(rename = "FulfillmentType", default)]
    fulfillment_type: Option<Fulfillment>,
    #[serde(rename = "PurchaseDate", default)]
    purchase_date: Option<DateTime<Utc>>,
    #[serde(rename = "DestinationPostalCode", default)]
    destination_postal_code: Option<String>,
    #[serde(rename = "OrderItems", default)]
    order_items: Vec<SpItem>,
    /// Not part of Amazon's notification: middleware that learns the delivery date (from the
    /// carrier or `getOrder`) adds it, and the status then counts as delivered.
    #[serde(rename = "DeliveryDate", default)]
    delivery_date: Option<DateTime<Utc>>,
    /// The promised delivery window (merchant-fulfilled orders only).
    #[serde(rename = "EarliestDeliveryDate", default)]
    earliest_delivery_date: Option<DateTime<Utc>>,
    #[serde(rename = "LatestDeliveryDate", default)]
    latest_delivery_date: Option<DateTime<Utc>>,
}

#[derive(Deserialize)]
struct SpItem {
    #[serde(rename = "ASIN", default)]
    asin: Option<String>,
    #[serde(rename = "SellerSKU", default)]
    seller_sku: Option<String>,
    #[serde(rename = "Title", default)]
    title: Option<String>,
    #[serde(rename = "Quantity")]
    quantity: u32,
}

/// Finds the store of a notification that names none, from its seller id and marketplace.
pub type StoreResolver<'a> = &'a dyn Fn(Option<&str>, Marketplace) -> Option<StoreId>;

/// Parses an `ORDER_CHANGE` notification as Amazon delivers it to the seller's queue: it names
/// no store, so `resolve` finds it from `SellerId` and `MarketplaceId` (an error on field
/// `Payload.OrderChangeNotification.SellerId` when no store matches).
pub fn parse_notification(
    json: &str,
    resolve: StoreResolver<'_>,
) -> Result<OrderEvent, EventError> {
    let value: serde_json::Value = serde_json::from_str(json)
        .map_err(|e| EventError::new("(body)", format!("not valid JSON: {}", json_problem(&e))))?;
    parse_sp_api(value, Some(resolve))
}

/// The field an unknown seller is reported on by [`parse_notification`].
pub const SELLER_FIELD: &str = "Payload.OrderChangeNotification.SellerId";

fn parse_sp_api(
    mut value: serde_json::Value,
    resolve: Option<StoreResolver<'_>>,
) -> Result<OrderEvent, EventError> {
    // The change itself sits under Payload.OrderChangeNotification in Amazon's envelope; relays
    // that flatten it put AmazonOrderId at the top level.
    let flattened = value.get("AmazonOrderId").is_some();
    let (change_value, prefix) = match value
        .get_mut("Payload")
        .and_then(|p| p.get_mut("OrderChangeNotification"))
    {
        Some(inner) => (inner.take(), "Payload.OrderChangeNotification"),
        None if flattened => (value.clone(), ""),
        None => {
            return Err(EventError::new(
                "Payload.OrderChangeNotification",
                "missing: an ORDER_CHANGE notification carries the order under this key",
            ))
        }
    };
    let envelope: SpEnvelope = from_value(value, "")?;
    let change: SpOrderChange = from_value(change_value, prefix)?;
    let field = |f: &str| {
        if prefix.is_empty() {
            f.to_string()
        } else {
            format!("{prefix}.{f}")
        }
    };
    let marketplace =
        Marketplace::from_sp_api_id(&change.summary.marketplace_id).ok_or_else(|| {
            EventError::new(
                field("Summary.MarketplaceId"),
                format!("unknown marketplace id `{}`", change.summary.marketplace_id),
            )
        })?;
    let status = change.summary.order_status.as_str();
    let event_type = match status {
        "Pending" | "Unshipped" | "PendingAvailability" => EventType::Ordered,
        "PartiallyShipped" | "Shipped" | "InvoiceUnconfirmed" if change.summary.delivery_date.is_some() => EventType::Delivered,
        "PartiallyShipped" | "Shipped" | "InvoiceUnconfirmed" => EventType::Shipped,
        "Delivered" => EventType::Delivered,
        "Canceled" | "Cancelled" => EventType::Cancelled,
        "Returned" => EventType::Returned,
        "Refunded" => EventType::Refunded,
        other => {
            return Err(EventError::new(
                field("Summary.OrderStatus"),
                format!("unsupported status `{other}` (expected Pending, Unshipped, PartiallyShipped, Shipped, Delivered, Canceled, Returned or Refunded)"),
            ))
        }
    };
    let occurred_at = match event_type {
        EventType::Delivered => change.summary.delivery_date,
        _ => None,
    }
    .or(change.trigger.and_then(|t| t.time_of_order_change))
    .or(envelope.event_time)
    .ok_or_else(|| {
        EventError::new(
            "EventTime",
            "missing: needed to know when the change happened",
        )
    })?;
    let event_id = match (
        envelope.event_id,
        envelope.metadata.and_then(|m| m.notification_id),
    ) {
        (Some(id), _) => id,
        (None, Some(n)) => EventId::parse(&n)
            .map_err(|p| EventError::new("NotificationMetadata.NotificationId", p))?,
        (None, None) => EventId::parse(&format!(
            "{}:{}:{}",
            change.amazon_order_id,
            status,
            occurred_at.to_rfc3339()
        ))
        .map_err(|p| EventError::new("event_id", p))?,
    };
    let items: Vec<Item> = change
        .summary
        .order_items
        .into_iter()
        .map(|i| Item {
            asin: i.asin.or_else(|| i.seller_sku.clone()).unwrap_or_default(),
            sku: i.seller_sku,
            title: i.title,
            quantity: i.quantity,
            promotion_discount: 0.0,
        })
        .collect();
    let ship_to = envelope
        .ship_to
        .or(change.summary.destination_postal_code.map(|zip| ShipTo {
            postal_code: Some(zip),
            state: None,
            country: Some(marketplace.country().to_string()),
        }));
    let buyer = envelope
        .buyer
        .map(|b| parse_buyer(b, "buyer"))
        .transpose()?;
    let store_id = match (envelope.store_id, resolve) {
        (Some(id), _) => id,
        (None, Some(resolve)) => {
            resolve(change.seller_id.as_deref(), marketplace).ok_or_else(|| {
                EventError::new(
                    field("SellerId"),
                    format!(
                        "no store in the config has seller_id `{}` on Amazon {}",
                        change.seller_id.as_deref().unwrap_or("(none)"),
                        marketplace.code()
                    ),
                )
            })?
        }
        (None, None) => {
            return Err(EventError::new(
                "store_id",
                "missing: a relayed notification names the store it belongs to",
            ))
        }
    };
    let event = OrderEvent {
        store_id,
        event_id,
        event_type,
        occurred_at,
        order: OrderPatch {
            order_id: change.amazon_order_id,
            marketplace: Some(marketplace),
            fulfillment: change.summary.fulfillment_type,
            purchase_date: change.summary.purchase_date,
            buyer,
            ship_to,
            items: (!items.is_empty()).then_some(items),
            tracking: None,
            seller_id: change.seller_id,
            delivery: DeliveryPatch {
                earliest: change.summary.earliest_delivery_date,
                latest: change.summary.latest_delivery_date,
                source: None,
                from_amazon: true,
                checked: false,
            },
        },
        feedback: None,
    };
    validate(&event).map_err(|e| EventError::new(field(&e.field), e.problem))?;
    Ok(event)
}

/// One line of a `.jsonl` file that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}:{line}: {error}")]
pub struct EventFileError {
    pub path: String,
    pub line: usize,
    pub error: EventError,
}

/// Parses every non-blank line of a `.jsonl` file. Any bad line fails the whole file, so a
/// caller never applies half a file.
pub fn parse_event_lines(path: &str, text: &str) -> Result<Vec<OrderEvent>, Vec<EventFileError>> {
    parse_event_lines_with(path, text, None)
}

/// [`parse_event_lines`] with a store resolver for notifications that name no store.
pub fn parse_event_lines_with(
    path: &str,
    text: &str,
    resolve: Option<StoreResolver<'_>>,
) -> Result<Vec<OrderEvent>, Vec<EventFileError>> {
    let mut events = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        match parse_event_with(line, resolve) {
            Ok(e) => events.push(e),
            Err(error) => errors.push(EventFileError {
                path: path.to_string(),
                line: i + 1,
                error,
            }),
        }
    }
    if errors.is_empty() {
        Ok(events)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_buyer_digest_is_the_hex_sha256_of_the_trimmed_lower_cased_address() {
        assert_eq!(to_hex(&[0x00, 0x0f, 0xa5, 0xff]), "000fa5ff");
        assert_eq!(
            buyer_digest("  Ann@Example.COM "),
            "71d4f55f72fa128dfb468a1a3901507c804b74316488744d769d7f4b16696476"
        );
    }

    #[test]
    fn a_broken_line_names_its_position_once() {
        let text = "\n\n{\"store_id\": \"s\", \"event_id\": oops}\n";
        let errors = parse_event_lines("events.jsonl", text).unwrap_err();
        let shown = errors[0].to_string();
        assert!(shown.starts_with("events.jsonl:3: "), "{shown}");
        assert!(shown.contains("expected value at column 31"), "{shown}");
        assert!(!shown.contains("line 1"), "{shown}");
        // A multi-line webhook body still says which of its lines.
        let e = parse_event("{\n  \"store_id\": ]\n}").unwrap_err();
        assert!(e.problem.ends_with("at line 2, column 15"), "{e}");
    }

    #[test]
    fn a_time_that_is_not_rfc3339_says_so() {
        let line = r#"{"store_id": "s", "event_id": "e", "type": "ordered", "occurred_at": "2026-13-01 10:00", "order": {"order_id": "o"}}"#;
        let e = parse_event(line).unwrap_err();
        assert_eq!(e.field, "occurred_at");
        assert_eq!(
            e.problem,
            "time `2026-13-01 10:00` is not an RFC 3339 timestamp, e.g. 2026-11-02T10:00:00Z"
        );
        let line = r#"{"store_id": "s", "event_id": "e", "type": "ordered", "occurred_at": "2026-11-01T10:00:00Z", "order": {"order_id": "o", "purchase_date": "yesterday"}}"#;
        let e = parse_event(line).unwrap_err();
        assert_eq!(e.field, "order.purchase_date");
        assert!(
            e.problem.starts_with("time `yesterday` is not an RFC 3339"),
            "{e}"
        );
        // Other bad values keep serde's own words.
        let line = r#"{"store_id": "s", "event_id": "e", "type": "ordered", "occurred_at": 5, "order": {"order_id": "o"}}"#;
        let e = parse_event(line).unwrap_err();
        assert!(e.problem.starts_with("invalid type: integer `5`"), "{e}");
    }

    #[test]
    fn an_empty_unknown_key_is_named_by_its_object() {
        // Found by fuzzing: `{"": 1}` used to be refused with an empty field name.
        let e = parse_event(r#"{"": 1}"#).unwrap_err();
        assert_eq!(e.field, "(body)");
        let e = parse_event(r#"{"store_id": "s", "event_id": "e", "type": "shipped", "occurred_at": "2026-11-03T18:20:00Z", "order": {"order_id": "o", "": 1}}"#).unwrap_err();
        assert_eq!(e.field, "order");
    }

    const SHIPPED: &str = r#"{ "store_id": "acme-us", "event_id": "e1", "type": "shipped",
      "occurred_at": "2026-11-03T18:20:00Z",
      "order": { "order_id": "113-1234567-1234567", "marketplace": "US", "fulfillment": "FBA",
                 "purchase_date": "2026-11-01T02:00:00Z",
                 "buyer": { "email": "ABC123@marketplace.amazon.com", "name": "Jane Doe" },
                 "ship_to": { "postal_code": "47501", "state": "IN", "country": "US" },
                 "items": [ { "asin": "B0EXAMPLE1", "sku": "LAMP-01", "title": "Desk lamp",
                              "quantity": 1, "promotion_discount": 0.0 } ],
                 "tracking": { "carrier": "UPS", "number": "1Z999" } } }"#;

    #[test]
    fn parses_the_native_shape() {
        let e = parse_event(SHIPPED).unwrap();
        assert_eq!(e.event_type, EventType::Shipped);
        assert_eq!(e.order.order_id.as_str(), "113-1234567-1234567");
        assert_eq!(e.order.fulfillment, Some(Fulfillment::Fba));
        let email = e.order.buyer.unwrap().email.unwrap();
        assert_eq!(email.as_str(), "abc123@marketplace.amazon.com");
    }

    #[test]
    fn names_the_bad_field() {
        let bad = SHIPPED.replace(r#""quantity": 1"#, r#""quantity": "one""#);
        let err = parse_event(&bad).unwrap_err();
        assert_eq!(err.field, "order.items[0].quantity");
        let bad = SHIPPED.replace(r#""type": "shipped""#, r#""type": "lost""#);
        assert_eq!(parse_event(&bad).unwrap_err().field, "type");
        let bad = SHIPPED.replace("ABC123@marketplace", "not-an-address ");
        assert_eq!(parse_event(&bad).unwrap_err().field, "order.buyer.email");
        let bad = SHIPPED.replace(r#""occurred_at": "2026-11-03T18:20:00Z","#, "");
        let err = parse_event(&bad).unwrap_err();
        assert!(err.problem.contains("occurred_at"), "{err}");
    }

    #[test]
    fn feedback_needs_a_rating_in_range() {
        let fb = SHIPPED
            .replace(r#""type": "shipped""#, r#""type": "feedback""#)
            .replace("} } }", r#"} }, "feedback": { "rating": 7 } }"#);
        let err = parse_event(&fb).unwrap_err();
        assert_eq!(err.field, "feedback.rating");
    }

    #[test]
    fn later_events_merge_and_milestones_keep_the_earliest_time() {
        let shipped = parse_event(SHIPPED).unwrap();
        let mut order = Order::from_event(&shipped, Marketplace::Us);
        let delivered = parse_event(
            r#"{"store_id":"acme-us","event_id":"e2","type":"delivered","occurred_at":"2026-11-05T15:00:00Z","order":{"order_id":"113-1234567-1234567"}}"#,
        )
        .unwrap();
        order.merge(&delivered);
        assert_eq!(order.delivered_at, Some(delivered.occurred_at));
        assert_eq!(
            order.items.len(),
            1,
            "fields absent from a later event are kept"
        );
        // A replayed shipped event with a later timestamp does not move the milestone.
        let mut late = shipped.clone();
        late.occurred_at = delivered.occurred_at;
        order.merge(&late);
        assert_eq!(order.shipped_at, Some(shipped.occurred_at));
    }

    #[test]
    fn parses_a_relayed_order_change_notification() {
        let json = r#"{ "store_id": "acme-us",
          "NotificationType": "ORDER_CHANGE", "EventTime": "2026-11-04T10:00:00Z",
          "NotificationMetadata": { "NotificationId": "n-1" },
          "Payload": { "OrderChangeNotification": {
             "AmazonOrderId": "113-7654321-7654321", "SellerId": "A2SELLER",
             "OrderChangeTrigger": { "TimeOfOrderChange": "2026-11-04T09:59:00Z" },
             "Summary": { "MarketplaceId": "A1VC38T7YXB528", "OrderStatus": "Shipped",
                          "FulfillmentType": "AFN", "PurchaseDate": "2026-11-02T01:00:00Z",
                          "OrderItems": [ { "ASIN": "B0EX", "SellerSKU": "S-1", "Quantity": 2 } ] } } },
          "buyer": { "email": "x@marketplace.amazon.co.jp" } }"#;
        let e = parse_event(json).unwrap();
        assert_eq!(e.event_type, EventType::Shipped);
        assert_eq!(e.order.marketplace, Some(Marketplace::Jp));
        assert_eq!(e.order.fulfillment, Some(Fulfillment::Fba));
        assert_eq!(e.event_id.as_str(), "n-1");
        assert_eq!(e.order.items.as_ref().unwrap()[0].quantity, 2);
        let bad = json.replace("A1VC38T7YXB528", "NOPE");
        assert_eq!(
            parse_event(&bad).unwrap_err().field,
            "Payload.OrderChangeNotification.Summary.MarketplaceId"
        );
    }

    #[test]
    fn a_bad_line_names_its_line_and_fails_the_file() {
        let text = format!("{}\n\n{{\"store_id\": 1}}\n", SHIPPED.replace('\n', " "));
        let errs = parse_event_lines("events.jsonl", &text).unwrap_err();
        assert_eq!(errs.len(), 1);
        assert_eq!(errs[0].line, 3);
        assert!(
            errs[0].to_string().starts_with("events.jsonl:3: store_id"),
            "{}",
            errs[0]
        );
    }

    #[test]
    fn buyer_email_debug_output_is_redacted() {
        let e = BuyerEmail::parse("Jane@Example.com").unwrap();
        assert!(!format!("{e:?}").contains("jane"));
    }

    fn native(kind: &str, at: &str, order: &str) -> OrderEvent {
        parse_event(&format!(
            r#"{{"store_id":"s","event_id":"{kind}-{at}","type":"{kind}","occurred_at":"{at}",
               "order":{{"order_id":"111-0000000-0000001"{order}}}}}"#
        ))
        .unwrap()
    }

    fn amazon(status: &str, at: &str, channel: &str, extra: &str) -> OrderEvent {
        parse_event(&format!(
            r#"{{"store_id":"s","NotificationMetadata":{{"NotificationId":"n-{status}-{at}"}},
               "Payload":{{"OrderChangeNotification":{{"AmazonOrderId":"111-0000000-0000001",
               "OrderChangeTrigger":{{"TimeOfOrderChange":"{at}"}},
               "Summary":{{"MarketplaceId":"ATVPDKIKX0DER","OrderStatus":"{status}",
               "FulfillmentType":"{channel}"{extra}}}}}}}}}"#
        ))
        .unwrap()
    }

    fn t(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    fn merged(events: &[OrderEvent], transit_days: u32) -> Order {
        let mut order = Order::from_event(&events[0], Marketplace::Us);
        order.estimate_delivery(transit_days);
        for e in &events[1..] {
            order.merge(e);
            order.estimate_delivery(transit_days);
        }
        order
    }

    #[test]
    fn fba_orders_from_amazon_are_delivered_transit_days_after_shipping() {
        let o = merged(
            &[
                amazon("Unshipped", "2026-11-01T10:00:00Z", "AFN", ""),
                amazon("Shipped", "2026-11-02T10:00:00Z", "AFN", ""),
            ],
            3,
        );
        assert_eq!(o.delivered_at, Some(t("2026-11-05T10:00:00Z")));
        assert_eq!(o.delivery_source, Some(DeliverySource::TransitDays));
        assert!(!o.delivery_confirmed());
        // Not shipped yet: no estimate at all.
        let o = merged(&[amazon("Unshipped", "2026-11-01T10:00:00Z", "AFN", "")], 3);
        assert_eq!((o.delivered_at, o.delivery_source), (None, None));
    }

    #[test]
    fn fbm_orders_from_amazon_use_the_latest_promised_date_until_a_delivery_is_reported() {
        let promise = r#","EarliestDeliveryDate":"2026-11-04T07:00:00Z","LatestDeliveryDate":"2026-11-08T07:00:00Z""#;
        let shipped = amazon("Shipped", "2026-11-02T10:00:00Z", "MFN", promise);
        let o = merged(
            &[
                amazon("Unshipped", "2026-11-01T10:00:00Z", "MFN", promise),
                shipped.clone(),
            ],
            3,
        );
        assert_eq!(o.earliest_delivery, Some(t("2026-11-04T07:00:00Z")));
        assert_eq!(o.delivered_at, Some(t("2026-11-08T07:00:00Z")));
        assert_eq!(o.delivery_source, Some(DeliverySource::LatestDeliveryDate));
        // A reported delivery wins, even earlier than the estimate, and later estimates never
        // move it again.
        let delivered = native("delivered", "2026-11-05T16:00:00Z", "");
        let o = merged(
            &[
                amazon("Unshipped", "2026-11-01T10:00:00Z", "MFN", promise),
                shipped,
                delivered,
                amazon("Shipped", "2026-11-06T10:00:00Z", "MFN", promise),
            ],
            3,
        );
        assert_eq!(o.delivered_at, Some(t("2026-11-05T16:00:00Z")));
        assert_eq!(o.delivery_source, Some(DeliverySource::Event));
        assert!(o.delivery_confirmed());
    }

    #[test]
    fn orders_from_the_sellers_own_system_are_never_estimated() {
        let o = merged(
            &[
                native("ordered", "2026-11-01T10:00:00Z", r#","fulfillment":"FBA""#),
                native("shipped", "2026-11-02T10:00:00Z", ""),
            ],
            3,
        );
        assert_eq!((o.delivered_at, o.delivery_source), (None, None));
        let o = merged(
            &[
                native("shipped", "2026-11-02T10:00:00Z", r#","fulfillment":"FBA""#),
                native("delivered", "2026-11-04T10:00:00Z", ""),
            ],
            3,
        );
        assert_eq!(o.delivered_at, Some(t("2026-11-04T10:00:00Z")));
        assert!(o.delivery_confirmed());
    }
}
