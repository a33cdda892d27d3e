//! Sends: one email Aftercare has decided about for one (order, campaign), and its lifecycle.
//!
//! ```text
//! pending ──claim──▶ claimed ──mark──▶ sent | failed | skipped
//!    │
//!    └── cancel (order returned, buyer opted out, …) ──▶ cancelled
//! ```
//! A send's id is derived from (store, order, campaign), so planning the same order twice can
//! never create a second send: the store refuses the duplicate id.

use std::fmt;

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::order::{OrderId, StoreId};
use crate::CampaignKind;

/// How long buyer data is kept after the last thing that can happen to it:
/// past the 180-day messaging horizon plus a margin for feedback reports.
pub const RETENTION_DAYS: i64 = 200;

/// How long a claim may stay unmarked before the dispatcher reconciles it: a dispatcher run
/// (a Lambda timeout is at most 15 minutes) is long over by then, and SES send/delivery events
/// arrive within seconds. A stale claim is marked failed (`Reason::OutcomeUnknown`) unless an
/// SES event confirmed it first; it is never sent again. Dispatchers' clocks must agree to well
/// within the lease (Lambda clocks agree to milliseconds).
pub const CLAIM_LEASE_MINUTES: i64 = 15;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct SendId(String);

impl SendId {
    pub fn new(store: &StoreId, order: &OrderId, campaign: &str) -> Self {
        SendId(format!("{store}/{order}/{campaign}"))
    }

    /// Rebuilds an id read back from storage or an SES message tag.
    pub fn from_stored(s: impl Into<String>) -> Self {
        SendId(s.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for SendId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SendStatus {
    Pending,
    /// Taken by a dispatcher; the mailer may or may not have been called.
    Claimed,
    Sent,
    Skipped,
    Cancelled,
    Failed,
}

impl SendStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Claimed => "claimed",
            Self::Sent => "sent",
            Self::Skipped => "skipped",
            Self::Cancelled => "cancelled",
            Self::Failed => "failed",
        }
    }

    /// Counts against the per-order cap and blocks a second email in the same window.
    pub fn is_live(self) -> bool {
        matches!(self, Self::Pending | Self::Claimed | Self::Sent)
    }
}

impl fmt::Display for SendStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a send was skipped or cancelled. Stable strings: they appear in JSON output and metrics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    CampaignPaused,
    Returned,
    Refunded,
    Cancelled,
    FeedbackLeft,
    NegativeFeedback,
    OptedOut,
    Blacklisted,
    AlreadyMailedBy,
    ProductInfoInstead,
    OrderCap,
    DailyCap,
    ReviewAlreadyRequested,
    ReviewWindowClosed,
    Past180Days,
    /// A proactive message whose send time is more than 30 days after the order was completed
    /// (delivered, see [`crate::planner::completed_at`]): Amazon allows none then.
    Past30DaysAfterDelivery,
    /// An email campaign for an order Amazon gave no relay address for (fulfilled by Amazon,
    /// or not yet shippable).
    #[serde(alias = "no_buyer_address")]
    NoBuyerEmail,
    /// Amazon did not offer its review request for the order before the review window closed
    /// (30 days after delivery).
    SolicitationUnavailable,
    /// Amazon refused the review request when it was posted (already requested, or outside
    /// its window): recorded, never retried.
    SolicitationRefused,
    CampaignRemoved,
    TemplateError,
    MailerRejected,
    /// Claimed, then neither marked nor confirmed by SES within the claim lease (the dispatcher
    /// crashed or the mailer timed out): reported as failed, never re-sent.
    OutcomeUnknown,
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::CampaignPaused => "campaign_paused",
            Self::Returned => "returned",
            Self::Refunded => "refunded",
            Self::Cancelled => "order_cancelled",
            Self::FeedbackLeft => "feedback_left",
            Self::NegativeFeedback => "negative_feedback",
            Self::OptedOut => "opted_out",
            Self::Blacklisted => "blacklisted",
            Self::AlreadyMailedBy => "already_mailed",
            Self::ProductInfoInstead => "product_info_instead",
            Self::OrderCap => "order_cap",
            Self::DailyCap => "daily_cap",
            Self::ReviewAlreadyRequested => "review_already_requested",
            Self::ReviewWindowClosed => "review_window_closed",
            Self::Past180Days => "past_180_days",
            Self::Past30DaysAfterDelivery => "past_30_days_after_delivery",
            Self::NoBuyerEmail => "no_buyer_email",
            Self::SolicitationUnavailable => "solicitation_unavailable",
            Self::SolicitationRefused => "solicitation_refused",
            Self::CampaignRemoved => "campaign_removed",
            Self::TemplateError => "template_error",
            Self::MailerRejected => "mailer_rejected",
            Self::OutcomeUnknown => "outcome_unknown",
        }
    }
}

impl Reason {
    /// What the reason means, for people reading a report.
    pub fn label(self) -> &'static str {
        match self {
            Self::CampaignPaused => "the campaign is paused",
            Self::Returned => "the order was returned",
            Self::Refunded => "the order was refunded",
            Self::Cancelled => "the order was cancelled",
            Self::FeedbackLeft => "the buyer left feedback",
            Self::NegativeFeedback => "the buyer left negative feedback",
            Self::OptedOut => "the buyer opted out",
            Self::Blacklisted => "the buyer is on the store's blacklist",
            Self::AlreadyMailedBy => "another campaign already mailed the order",
            Self::ProductInfoInstead => "a product_info campaign covers the order",
            Self::OrderCap => "the order's message limit was reached",
            Self::DailyCap => "the store's daily limit was reached",
            Self::ReviewAlreadyRequested => "a review was already requested",
            Self::ReviewWindowClosed => "past Amazon's review window (30 days after delivery)",
            Self::Past180Days => "more than 180 days after the order",
            Self::Past30DaysAfterDelivery => {
                "more than 30 days after delivery (Amazon allows no proactive message then)"
            }
            Self::NoBuyerEmail => "Amazon gave no buyer address",
            Self::SolicitationUnavailable => "Amazon did not offer its review request in time",
            Self::SolicitationRefused => "Amazon refused the review request",
            Self::CampaignRemoved => "the campaign, store or order is gone",
            Self::TemplateError => "the template failed to render",
            Self::MailerRejected => "the mailer rejected the email",
            Self::OutcomeUnknown => "claimed, then no outcome (never re-sent)",
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a send reaches the buyer.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// An email through SES to the buyer's relay address.
    #[default]
    Email,
    /// Amazon's own "Request a Review" message, asked for through the Solicitations API; it
    /// needs no buyer address, so it reaches buyers of orders fulfilled by Amazon too.
    Solicitation,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Email => "email",
            Self::Solicitation => "solicitation",
        }
    }
}

impl fmt::Display for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One stored send.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Send {
    pub id: SendId,
    pub store_id: StoreId,
    pub order_id: OrderId,
    pub campaign: String,
    pub kind: CampaignKind,
    /// Stored sends from before channels existed are emails.
    #[serde(default)]
    pub channel: Channel,
    pub status: SendStatus,
    pub reason: Option<Reason>,
    /// When the send is due (inside its window).
    pub send_at: DateTime<Utc>,
    /// The buyer's zone, for showing buyer-local times.
    #[serde(with = "crate::window::tz_name")]
    pub buyer_zone: Tz,
    /// The group of schedules that serves this send (`America/Chicago 13:00-15:00`), used by
    /// the AWS dispatcher's due-send index.
    pub window_group: String,
    /// The ASIN (or, when the campaign filters on SKUs, the SKU) of the item the campaign
    /// matched, which its email is about; `None` for campaigns about the whole order (their
    /// email shows the first item) and for sends stored before items were recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    /// `test` campaigns mail the store's test address instead of the buyer.
    pub test: bool,
    /// Lower-cased buyer address, so opt-outs can cancel a buyer's pending sends. `None` when
    /// Amazon withheld it.
    pub buyer_key: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub message_id: Option<String>,
    pub bounced: bool,
    /// Buyer data expires then (DynamoDB TTL; the embedded store purges on the same rule).
    pub expires_at: DateTime<Utc>,
}

impl Send {
    /// Claimed before `claimed_before` with no outcome since: a claim whose lease ran out.
    pub fn is_stale_claim(&self, claimed_before: DateTime<Utc>) -> bool {
        self.status == SendStatus::Claimed && self.updated_at < claimed_before
    }

    /// Pending and due by `now`: what a dispatcher may claim.
    pub fn is_due(&self, now: DateTime<Utc>) -> bool {
        self.status == SendStatus::Pending && self.send_at <= now
    }

    /// Records what happened to this (claimed) send; both adapters store the result.
    pub fn record(&mut self, outcome: &Outcome, now: DateTime<Utc>) {
        self.updated_at = now;
        match outcome {
            Outcome::Sent { message_id } => {
                self.status = SendStatus::Sent;
                self.message_id = Some(message_id.clone());
            }
            Outcome::Skipped(reason) => {
                self.status = SendStatus::Skipped;
                self.reason = Some(*reason);
            }
            Outcome::Failed(_) => self.status = SendStatus::Failed,
        }
    }

    /// Whether this send already holds `outcome`: a `Sent` outcome that an SES event
    /// reconciled before the dispatcher's own write, with the same message id.
    pub fn already_recorded(&self, outcome: &Outcome) -> bool {
        matches!(outcome, Outcome::Sent { message_id }
            if self.status == SendStatus::Sent && self.message_id.as_deref() == Some(message_id))
    }

    /// A claim whose lease ran out with no outcome: failed, `outcome_unknown`.
    pub fn expire_claim(&mut self, now: DateTime<Utc>) {
        self.status = SendStatus::Failed;
        self.reason = Some(Reason::OutcomeUnknown);
        self.updated_at = now;
    }

    pub fn expiry_for(send_at: DateTime<Utc>) -> DateTime<Utc> {
        send_at + Duration::days(RETENTION_DAYS)
    }
}

/// The answer to a claim: the caller must handle both.
#[derive(Debug, Clone, PartialEq)]
pub enum Claim {
    /// This caller owns the send now and may mail it.
    Claimed(Box<Send>),
    /// Someone else claimed, sent, cancelled or skipped it first.
    AlreadyHandled,
}

/// What happened to a claimed send.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Sent { message_id: String },
    Skipped(Reason),
    Failed(String),
}

/// The stale claims among `candidates` (which may hold fresh or finished sends, e.g. from an
/// eventually consistent index), oldest claim first, at most `limit`.
pub fn oldest_stale_claims(
    mut candidates: Vec<Send>,
    claimed_before: DateTime<Utc>,
    limit: usize,
) -> Vec<Send> {
    candidates.retain(|s| s.is_stale_claim(claimed_before));
    candidates.sort_by(|a, b| (a.updated_at, &a.id).cmp(&(b.updated_at, &b.id)));
    candidates.truncate(limit);
    candidates
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::adapters::contract::sample_send;

    #[test]
    fn stale_claims_are_the_old_claimed_ones_oldest_first() {
        let at: DateTime<Utc> = "2026-11-10T19:00:00Z".parse().unwrap();
        let claimed = |order: &str, minutes_ago: i64| {
            let mut s = sample_send("s1", order, "follow-up", None, at);
            s.status = SendStatus::Claimed;
            s.updated_at = at - chrono::Duration::minutes(minutes_ago);
            s
        };
        let newest_stale = claimed("111-0000001-0000001", 20);
        let oldest = claimed("111-0000002-0000002", 90);
        let fresh = claimed("111-0000003-0000003", 5);
        let mut sent = claimed("111-0000004-0000004", 120);
        sent.status = SendStatus::Sent;
        let before = at - chrono::Duration::minutes(15);
        let all = vec![newest_stale.clone(), fresh, sent, oldest.clone()];
        let ids = |v: Vec<Send>| v.into_iter().map(|s| s.id).collect::<Vec<_>>();
        assert_eq!(
            ids(oldest_stale_claims(all.clone(), before, 10)),
            vec![oldest.id.clone(), newest_stale.id]
        );
        assert_eq!(ids(oldest_stale_claims(all, before, 1)), vec![oldest.id]);
    }
}
