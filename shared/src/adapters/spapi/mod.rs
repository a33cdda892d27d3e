//! The Selling Partner API client: Orders API v2026-01-01 (`getOrder`), the Solicitations API
//! (Amazon's "Request a Review"), the Notifications API set-up (an SQS destination and an
//! `ORDER_CHANGE` subscription), and Login with Amazon tokens.
//!
//! Why a small client of our own: no well-kept crate covers Orders API v2026-01-01. The one
//! SP-API client crate on crates.io, `amazon-spapi` (2.0.x, generated from Amazon's models by one
//! maintainer), ships the Orders API v0 models (`getOrder`, `getOrderBuyerInfo`,
//! `getOrderAddress`, `getOrderItems`); its published docs show no v2026-01-01 module, the
//! version that folds those calls and the restricted-data tokens into one `getOrder` with an
//! `includedData` parameter. It also brings its own rate limiter, logger and config loading.
//! Aftercare uses seven operations; a typed `reqwest` + `serde` client for them is small, reads
//! only the fields it needs (tolerating everything else), and keeps pacing, retries and secret
//! handling under our control: the shared call budget, `max_wait`, and no token in any log.
//!
//! Every call first takes one call from the shared [`RateBudget`](crate::amazon::RateBudget)
//! (key `{seller_id}:{operation}`), waiting up to [`ClientLimits::max_wait`] in all; a 429 or a
//! 5xx is retried with exponential backoff and jitter within the same limit.

mod client;
pub mod lwa;
pub mod notifications;
pub mod orders;
pub mod region;
#[cfg(feature = "spapi-stub")]
pub mod stub;

pub use client::{ClientLimits, SpApiClient, PII_DENIED};
pub use lwa::{Credentials, Grant, Secret, NOTIFICATIONS_SCOPE};
pub use notifications::{
    ConnectReport, Destination, Subscription, ORDER_CHANGE, ORDER_CHANGE_TYPES, PAYLOAD_VERSION,
};
pub use region::{Endpoints, Region, LWA_TOKEN_URL};
