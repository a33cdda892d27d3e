//! The Selling Partner API client: Orders API v2026-01-01 (`getOrder`), the Solicitations API
//! (Amazon's "Request a Review"), the Notifications API set-up (an SQS destination and an
//! `ORDER_CHANGE` subscription), and Login with Amazon tokens.
//!
//! Why a small client of our own: the Rust crates for SP-API on crates.io (`amazon-spapi`, the
//! most complete, 2.0.x) are generated from the older models and cover Orders API v0 but not
//! v2026-01-01, which replaces `getOrderBuyerInfo`/`getOrderAddress`/`getOrderItems` and the
//! restricted-data tokens with one `getOrder` and its `includedData` parameter. Aftercare uses
//! five operations; a typed `reqwest` + `serde` client for them is a few hundred lines, reads
//! only the fields it needs, and keeps rate limiting, retries and secret handling under our
//! control (the shared call budget, `max_wait`, and no token in any log).
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

pub use client::{ClientLimits, SpApiClient};
pub use lwa::{Credentials, Grant, Secret, NOTIFICATIONS_SCOPE};
pub use notifications::{
    ConnectReport, Destination, Subscription, ORDER_CHANGE, ORDER_CHANGE_TYPES, PAYLOAD_VERSION,
};
pub use region::{Endpoints, Region, LWA_TOKEN_URL};
