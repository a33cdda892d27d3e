//! Ports: the small capabilities the pipeline needs, shaped by its access patterns rather than
//! by any SDK. Each has a real local adapter (`adapters::local`) and an AWS one.

use std::path::PathBuf;

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};

use crate::order::{BuyerEmail, EventId, EventType, Order, OrderId, StoreId};
use crate::send::{Claim, Outcome, Reason, Send, SendId};

/// A storage or service failure. `Retryable` failures may succeed if tried again (throttling,
/// timeouts); `Permanent` ones will not.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PortError {
    #[error("temporary failure: {0}")]
    Retryable(String),
    #[error("{0}")]
    Permanent(String),
}

pub type PortResult<T> = Result<T, PortError>;

/// Result of storing an order event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    /// The order was written and the event id recorded, atomically.
    Stored,
    /// This event id was seen before; nothing was written.
    DuplicateEvent,
    /// The stored order changed since it was read (its `version` moved on); nothing was
    /// written. The caller re-reads, merges again and retries.
    Conflict,
}

#[async_trait]
pub trait OrderStore: std::marker::Send + Sync {
    async fn get_order(&self, store: &StoreId, order: &OrderId) -> PortResult<Option<Order>>;
    /// Writes the merged order and records `event` as processed, both or neither, on condition
    /// that the stored order is still at `order.version` (absent when it is 0); the stored
    /// order gets `order.version + 1`.
    async fn save_order(&self, order: &Order, event: &EventId) -> PortResult<Saved>;
    /// Orders with this id in any store (Amazon's opt-out notices name only the order).
    async fn find_orders(&self, order: &OrderId) -> PortResult<Vec<Order>>;
    /// How many orders this buyer placed with the store before `before`.
    async fn prior_orders(
        &self,
        store: &StoreId,
        buyer: &BuyerEmail,
        before: DateTime<Utc>,
    ) -> PortResult<u32>;
}

#[async_trait]
pub trait SendStore: std::marker::Send + Sync {
    /// Stores sends whose id is new; returns how many were new.
    async fn insert_new(&self, sends: &[Send]) -> PortResult<usize>;
    async fn get_send(&self, id: &SendId) -> PortResult<Option<Send>>;
    async fn sends_for_order(&self, store: &StoreId, order: &OrderId) -> PortResult<Vec<Send>>;
    /// Pending sends due at `now`, oldest first. `group` limits them to one window group.
    async fn due(
        &self,
        group: Option<&str>,
        now: DateTime<Utc>,
        limit: usize,
    ) -> PortResult<Vec<Send>>;
    /// Moves a pending send that is due (`send_at` ≤ `now`) to claimed with a conditional
    /// write. Only one caller ever gets `Claimed` for a send; a send another run released or
    /// deferred to a later time is `AlreadyHandled` until then.
    async fn claim(&self, id: &SendId, now: DateTime<Utc>) -> PortResult<Claim>;
    /// Records the outcome of a claimed send.
    async fn mark(&self, id: &SendId, outcome: &Outcome, now: DateTime<Utc>) -> PortResult<()>;
    /// Puts a claimed send the mailer definitely did not accept (throttled) back to pending,
    /// due at `retry_at`; `false` when it was no longer claimed.
    async fn release(
        &self,
        id: &SendId,
        retry_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> PortResult<bool>;
    /// Claimed sends (of `group`, if given) whose claim is older than `claimed_before`: their
    /// dispatcher died or the mailer's answer was lost. At most `limit`, oldest claim first.
    async fn stale_claims(
        &self,
        group: Option<&str>,
        claimed_before: DateTime<Utc>,
        limit: usize,
    ) -> PortResult<Vec<Send>>;
    /// Marks a claimed send whose claim is older than `claimed_before` as failed with
    /// `Reason::OutcomeUnknown`; `false` when it was reconciled, re-claimed or is gone.
    async fn expire_claim(
        &self,
        id: &SendId,
        claimed_before: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> PortResult<bool>;
    /// Cancels one pending send; `false` when it was no longer pending.
    async fn cancel(&self, id: &SendId, reason: Reason, now: DateTime<Utc>) -> PortResult<bool>;
    /// Cancels every pending send to this buyer in every store; returns how many.
    async fn cancel_for_buyer(
        &self,
        buyer: &str,
        reason: Reason,
        now: DateTime<Utc>,
    ) -> PortResult<usize>;
    /// Flags a sent send as bounced or complained about.
    async fn mark_bounced(&self, id: &SendId, now: DateTime<Utc>) -> PortResult<()>;
    /// Reconciles a claimed send the mailer did accept (its final write was lost).
    async fn confirm_sent(
        &self,
        id: &SendId,
        message_id: &str,
        now: DateTime<Utc>,
    ) -> PortResult<bool>;
    /// Emails marked sent by a store with a send time in `[from, to)`, for the daily cap. The AWS
    /// store counts by UTC hour, so `from` and `to` are effectively rounded to whole hours.
    async fn count_sent(
        &self,
        store: &StoreId,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> PortResult<u32>;
    /// Holds the buyer's local `day` for `send` with a conditional write, so a buyer gets at
    /// most one email a day across orders and campaigns. `true` when this send holds the day
    /// (again, for the same send id); `false` when another send already holds it. The buyer is
    /// keyed by a digest of the lower-cased address, never stored in clear.
    async fn reserve_buyer_day(
        &self,
        buyer: &str,
        day: NaiveDate,
        send: &SendId,
        now: DateTime<Utc>,
    ) -> PortResult<bool>;
    /// Takes one of the store's `cap` emails for the seller-local `day` with a conditional
    /// write, before the mailer is called, so sends claimed by concurrent runs but not yet
    /// marked count too. `false` when the day's emails are all taken.
    async fn take_daily_slot(
        &self,
        store: &StoreId,
        day: NaiveDate,
        cap: u32,
        now: DateTime<Utc>,
    ) -> PortResult<bool>;
    /// Gives back a slot taken for an email the mailer definitely did not accept.
    async fn return_daily_slot(&self, store: &StoreId, day: NaiveDate) -> PortResult<()>;
}

/// The account's sending rate, shared by every dispatcher run at once.
#[async_trait]
pub trait SendPace: std::marker::Send + Sync {
    /// Waits until the rate allows one more email. `more` is how many this run still expects
    /// to mail, so a pacer may take several of a second's emails at once.
    async fn turn(&self, more: usize) -> PortResult<()>;
}

/// Why a buyer must not be mailed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SuppressionCause {
    Bounce,
    Complaint,
    AmazonOptOut,
    Blacklist,
}

impl SuppressionCause {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Bounce => "bounce",
            Self::Complaint => "complaint",
            Self::AmazonOptOut => "amazon_opt_out",
            Self::Blacklist => "blacklist",
        }
    }

    pub fn reason(self) -> Reason {
        match self {
            Self::Blacklist => Reason::Blacklisted,
            _ => Reason::OptedOut,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    /// Lower-cased address.
    pub buyer: String,
    pub cause: SuppressionCause,
    pub store: Option<StoreId>,
    pub at: DateTime<Utc>,
}

#[async_trait]
pub trait Suppressions: std::marker::Send + Sync {
    async fn suppression(&self, buyer: &str) -> PortResult<Option<Suppression>>;
    /// Records a suppression; `true` when the buyer was not suppressed before.
    async fn suppress(&self, s: &Suppression) -> PortResult<bool>;
}

/// A rendered email ready for the mailer.
#[derive(Debug, Clone, PartialEq)]
pub struct OutgoingEmail {
    pub send_id: SendId,
    pub store_id: StoreId,
    pub from: String,
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub attachments: Vec<PathBuf>,
    /// When the dispatcher hands it over (the simulated time in simulations).
    pub at: DateTime<Utc>,
}

/// Why the mailer did not return a message id. The dispatcher treats the three differently:
/// only a definite "not accepted" may be retried, since an email is never sent twice.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MailError {
    /// Definitely not accepted, try again later (throttling, sending quota): the send goes back
    /// to pending for a later tick of its window.
    #[error("mailer temporarily unavailable: {0}")]
    Retryable(String),
    /// The email may or may not have been accepted (timeout, lost connection, 5xx): the send
    /// stays claimed until an SES send/delivery event confirms it or its lease runs out and it
    /// is marked failed (`Reason::OutcomeUnknown`). It is never sent again.
    #[error("mailer outcome unknown: {0}")]
    Unknown(String),
    /// This message will never be accepted (bad address, message too large, content refused).
    #[error("mailer refused the message: {0}")]
    Rejected(String),
    /// Nothing can be sent from this account now, whatever the message: the sender is not
    /// allowed or not verified, sending is paused, the account is suspended or still in the
    /// sandbox, the daily quota is used up, the configuration set is missing. Nothing was
    /// accepted; the run stops and leaves its sends pending for a later tick.
    #[error("mailer cannot send from this account: {0}")]
    Account(String),
}

#[async_trait]
pub trait Mailer: std::marker::Send + Sync {
    /// Hands the email over; returns the provider's message id.
    async fn send(&self, email: &OutgoingEmail) -> Result<String, MailError>;
}

/// What the ingest side tells the rest of the pipeline.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OrderChanged {
    pub store_id: StoreId,
    pub order_id: OrderId,
    pub event_id: EventId,
    pub event_type: EventType,
}

#[async_trait]
pub trait EventBus: std::marker::Send + Sync {
    async fn publish(&self, event: &OrderChanged) -> PortResult<()>;
}

pub trait Clock: std::marker::Send + Sync {
    fn now(&self) -> DateTime<Utc>;
}

/// The machine's clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock the simulation moves by hand.
#[derive(Debug)]
pub struct SimClock(std::sync::Mutex<DateTime<Utc>>);

impl SimClock {
    pub fn new(start: DateTime<Utc>) -> Self {
        SimClock(std::sync::Mutex::new(start))
    }

    /// Moves the clock to `t` (never backwards).
    pub fn advance_to(&self, t: DateTime<Utc>) {
        let mut now = self.0.lock().unwrap_or_else(|p| p.into_inner());
        if t > *now {
            *now = t;
        }
    }
}

impl Clock for SimClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// What the circuit breaker counts per store and hour: permanent bounces and complaints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Feedback {
    Bounce,
    Complaint,
}

/// A store's sending record over a span of time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Health {
    pub sent: u32,
    pub bounced: u32,
    pub complained: u32,
}

/// Why and when the circuit breaker paused a store.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Pause {
    pub store_id: StoreId,
    pub at: DateTime<Utc>,
    /// `bounce_rate` or `complaint_rate`.
    pub reason: String,
    /// The 24 h record that tripped the breaker.
    pub health: Health,
    /// The limit it crossed, in percent.
    pub limit_percent: f64,
    /// Set when the seller resumed the store; the breaker counts afresh from then on.
    #[serde(default)]
    pub resumed_at: Option<DateTime<Utc>>,
}

/// Where a page of held sends ended: the last send's due time and id (their listing order).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldCursor {
    pub send_at: DateTime<Utc>,
    pub id: SendId,
}

impl HeldCursor {
    /// The cursor just past `send`.
    pub fn after(send: &Send) -> Self {
        HeldCursor {
            send_at: send.send_at,
            id: send.id.clone(),
        }
    }
}

/// Per-store counters and the paused flag of the bounce circuit breaker.
/// Its counters and pauses hold no buyer data.
#[async_trait]
pub trait BreakerStore: std::marker::Send + Sync {
    /// Adds one bounce or complaint to the store's counter for the hour of `at`.
    async fn count_feedback(
        &self,
        store: &StoreId,
        kind: Feedback,
        at: DateTime<Utc>,
    ) -> PortResult<()>;
    /// Sends, bounces and complaints of the store in `[from, to)`; like `count_sent`, the AWS
    /// store counts by UTC hour.
    async fn health(
        &self,
        store: &StoreId,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> PortResult<Health>;
    /// Pauses the store; `true` when it was not paused before (a pause in force is kept).
    async fn pause(&self, pause: &Pause) -> PortResult<bool>;
    /// The store's latest pause, in force or resumed.
    async fn last_pause(&self, store: &StoreId) -> PortResult<Option<Pause>>;
    /// Every pause in force.
    async fn paused(&self) -> PortResult<Vec<Pause>>;
    /// Lifts the pause in force; returns it, or `None` when the store was not paused.
    async fn resume(&self, store: &StoreId, now: DateTime<Utc>) -> PortResult<Option<Pause>>;
    /// The store's held sends after `after`, oldest first, at most `limit`: pending sends its
    /// pause kept from going out. The embedded store holds a paused store's pending sends due
    /// before `now`; the AWS store holds each due send a dispatcher tick met while the store
    /// was paused, and keeps it held, even after the pause is lifted, until it is re-slotted.
    async fn held_sends(
        &self,
        store: &StoreId,
        now: DateTime<Utc>,
        after: Option<&HeldCursor>,
        limit: usize,
    ) -> PortResult<Vec<Send>>;
    /// Every pending send to this buyer, in any store (a re-slot keeps the buyer's other days).
    async fn pending_for_buyer(&self, buyer: &str) -> PortResult<Vec<Send>>;
    /// Moves a held send (as `held_sends` listed it) back among the due sends at `send_at`;
    /// `false` when it is no longer held (re-slotted already, claimed, cancelled or gone), so
    /// a repeated or racing resume never moves a send twice.
    async fn reschedule(
        &self,
        held: &Send,
        send_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> PortResult<bool>;
}
