//! What Aftercare needs from Amazon's Selling Partner API, as ports: looking an order up
//! (Orders API v2026-01-01 `getOrder`), Amazon's own review request (Solicitations API), and a
//! budget of calls shared by every process that talks to one seller's account.
//!
//! The HTTP client lives in `adapters::spapi`; the pipeline only sees these traits, so the
//! local runner and the tests can answer them without a network.

use std::fmt;
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::order::{BuyerEmail, Fulfillment, Item, OrderId, ShipTo, StoreId};
use crate::ports::PortResult;
use crate::Marketplace;

/// Which SP-API account to call: the store's refresh token and the region of its marketplace.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Seller {
    pub store_id: StoreId,
    /// Amazon's seller (merchant) id, the key of the shared call budget.
    pub seller_id: String,
    pub marketplace: Marketplace,
}

impl Seller {
    /// The account behind `store` for an order on `marketplace`. The call budget is per seller;
    /// a store that does not name its seller id gets a budget of its own.
    pub fn of(store: &crate::config::Store, marketplace: Marketplace) -> Seller {
        Seller {
            store_id: store.id.clone(),
            seller_id: store
                .seller_id
                .clone()
                .unwrap_or_else(|| store.id.to_string()),
            marketplace,
        }
    }
}

/// What `getOrder` says about an order, reduced to what Aftercare uses. Every field is optional:
/// Amazon withholds the buyer for FBA orders and for orders not yet shippable.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct OrderDetails {
    pub fulfillment: Option<Fulfillment>,
    /// The anonymised relay address; only merchant-fulfilled orders have one.
    pub buyer_email: Option<BuyerEmail>,
    pub buyer_name: Option<String>,
    pub ship_to: Option<ShipTo>,
    pub items: Vec<Item>,
    pub purchase_date: Option<DateTime<Utc>>,
    pub earliest_delivery: Option<DateTime<Utc>>,
    pub latest_delivery: Option<DateTime<Utc>>,
    /// When a merchant-fulfilled package was reported delivered (package status `DELIVERED`).
    pub delivered_at: Option<DateTime<Utc>>,
}

/// Why an SP-API call did not do what was asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SpApiError {
    /// 429, or the shared budget has no call left soon enough: try again later.
    #[error("throttled{}", .retry_after.map(|d| format!(" (retry in {} ms)", d.as_millis())).unwrap_or_default())]
    Throttled { retry_after: Option<Duration> },
    /// 5xx or a connection refused before anything was sent: try again later.
    #[error("temporary failure: {0}")]
    Retryable(String),
    /// The request may or may not have reached Amazon (a timeout after sending).
    #[error("outcome unknown: {0}")]
    Unknown(String),
    /// 403 on a solicitation: not (or no longer) allowed for this order. Not retried.
    #[error("not available: {0}")]
    Unavailable(String),
    /// Credentials missing or refused, or the application lacks a role: the seller must act.
    #[error("access denied: {0}")]
    Denied(String),
    #[error("not found")]
    NotFound,
    /// Anything else that will not get better by retrying (an answer that does not parse).
    #[error("{0}")]
    Permanent(String),
}

impl SpApiError {
    /// Whether the same call may succeed later.
    pub fn is_retryable(&self) -> bool {
        matches!(self, Self::Throttled { .. } | Self::Retryable(_))
    }
}

pub type SpApiResult<T> = Result<T, SpApiError>;

#[async_trait]
pub trait OrderLookup: Send + Sync {
    /// The order as Amazon has it now; `None` when Amazon does not know it.
    async fn get_order(
        &self,
        seller: &Seller,
        order: &OrderId,
    ) -> SpApiResult<Option<OrderDetails>>;
}

/// The solicitation Aftercare uses: Amazon's "Request a Review" (product review and seller
/// feedback in one message).
pub const REVIEW_SOLICITATION: &str = "productReviewAndSellerFeedback";

#[async_trait]
pub trait Solicitations: Send + Sync {
    /// Whether Amazon offers the review solicitation for this order now.
    async fn review_offered(&self, seller: &Seller, order: &OrderId) -> SpApiResult<bool>;
    /// Asks Amazon to send its review request for this order. `Unavailable` when Amazon refuses
    /// (already requested, or outside its 5–30 day window).
    async fn request_review(&self, seller: &Seller, order: &OrderId) -> SpApiResult<()>;
}

/// A published rate limit: `per_second` calls on average, at most `burst` at once.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RateLimit {
    pub per_second: f64,
    pub burst: u32,
}

impl RateLimit {
    /// Orders API `getOrder`: 0.5 requests/s, burst 30, per seller and application.
    pub const GET_ORDER: RateLimit = RateLimit {
        per_second: 0.5,
        burst: 30,
    };
    /// Solicitations API, each operation: 1 request/s, burst 5.
    pub const SOLICITATIONS: RateLimit = RateLimit {
        per_second: 1.0,
        burst: 5,
    };
    /// Notifications API, each operation: 1 request/s, burst 5.
    pub const NOTIFICATIONS: RateLimit = RateLimit {
        per_second: 1.0,
        burst: 5,
    };

    /// This limit sped up `factor` times (tests run a long burst in seconds).
    pub fn scaled(self, factor: f64) -> RateLimit {
        RateLimit {
            per_second: self.per_second * factor,
            burst: self.burst,
        }
    }
}

/// A call budget shared by every process calling one seller's account (concurrent Lambda
/// invocations included): a token bucket per `key`.
#[async_trait]
pub trait RateBudget: Send + Sync {
    /// Takes one call from bucket `key` at `now`: `Ok(())` when taken, `Err(wait)` with how
    /// long until one is available when the bucket is empty (nothing is taken then).
    async fn take(
        &self,
        key: &str,
        limit: RateLimit,
        now: DateTime<Utc>,
    ) -> PortResult<Result<(), Duration>>;
}

/// The budget key of one operation for one seller: `{seller_id}:{operation}`.
pub fn budget_key(seller_id: &str, operation: &str) -> String {
    format!("{seller_id}:{operation}")
}

/// Where an order's delivery time came from, shown by `status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeliverySource {
    /// A `delivered` event said so (the seller's system or a relay).
    Event,
    /// Amazon reported the merchant-fulfilled package delivered.
    PackageStatus,
    /// Not confirmed: the latest delivery date Amazon promised the buyer (merchant-fulfilled).
    LatestDeliveryDate,
    /// Not confirmed: shipped plus the store's `transit_days` (fulfilled by Amazon).
    TransitDays,
}

impl DeliverySource {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Event => "event",
            Self::PackageStatus => "package_status",
            Self::LatestDeliveryDate => "latest_delivery_date",
            Self::TransitDays => "transit_days",
        }
    }

    /// Whether the time was observed rather than estimated.
    pub fn is_confirmed(self) -> bool {
        matches!(self, Self::Event | Self::PackageStatus)
    }
}

impl fmt::Display for DeliverySource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A merchant-fulfilled order whose delivery Amazon is asked about at `due_at`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DeliveryCheck {
    pub due_at: DateTime<Utc>,
    pub store_id: StoreId,
    pub order_id: OrderId,
}

/// When to ask Amazon again whether merchant-fulfilled packages were delivered. Amazon's order
/// notifications report no delivery, so shipped FBM orders are looked up again from their
/// earliest promised delivery date, in small batches within the call budget.
#[async_trait]
pub trait DeliveryChecks: Send + Sync {
    /// Adds a check; adding the same (order, time) twice keeps one.
    async fn schedule_check(&self, check: &DeliveryCheck) -> PortResult<()>;
    /// Checks due at `now`, earliest first, at most `limit`.
    async fn due_checks(&self, now: DateTime<Utc>, limit: usize) -> PortResult<Vec<DeliveryCheck>>;
    /// Removes a check that was handled (or replaced by a later one).
    async fn finish_check(&self, check: &DeliveryCheck) -> PortResult<()>;
}
