//! Fault injection: the whole pipeline (ingest → plan → dispatch ticks over simulated days →
//! bounces and opt-outs → reconciliation) run against any store with faults injected at every
//! step boundary, and the invariants a seller relies on checked from what was actually mailed.
//!
//! **Faults** (each drawn from one seeded RNG, rates in [`FaultRates`]):
//! - *Dispatcher crashes* ([`FaultySendStore`], one per dispatcher "process"): after a claim
//!   and before the mailer (`crash_after_claim`), after the mailer and before the final write
//!   (`crash_before_mark`), and before a claim part-way through a batch (`crash_mid_batch`).
//!   A crash returns an error and the process stays dead: every later call of that run fails,
//!   as if the Lambda had died. Each tick starts fresh processes.
//! - *Mailer* ([`FaultyMailer`]): throttling (definitely not accepted: `MailError::Retryable`),
//!   timeouts whose email was lost or was in fact accepted (both `MailError::Unknown`), and
//!   relay bounces handled by the bounce handler *before* the dispatcher marks the send.
//! - *Order events*: duplicated (the copy delivered concurrently with the original), replayed
//!   hours or days later, reordered (delayed past later events), and two events of one order
//!   ingested concurrently (a merge race; [`FaultyOrderStore`] yields between read and write so
//!   the two really interleave).
//! - *SES events*: every accepted email yields a send event and a delivery or bounce event,
//!   delivered out of order, some twice, some replayed days later.
//! - *Racing dispatchers*: two dispatcher processes run the same window group's tick at once.
//!
//! **What is checked** ([`Invariants`], computed from the mailer's own log, not from the
//! dispatcher's reports): no (order, campaign) mailed twice; no email to a buyer who was
//! suppressed (bounce, complaint, Amazon opt-out) at the moment the mailer accepted it, or on
//! the store's blacklist; every windowed email handed over inside its window in the buyer's
//! zone; no send left claimed or pending; every send that lost its email (failed,
//! `outcome_unknown`, nothing mailed) traced to an injected crash or timeout on that very send,
//! so lost sends ≤ injected crashes and timeouts; every email whose outcome was in doubt
//! reconciled as sent; no order lost a merged event.
//!
//! The run is deterministic for a seed on a single-threaded runtime with the embedded store.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use async_trait::async_trait;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::Serialize;

use crate::adapters::simulated::SimulatedSolicitations;
use crate::config::Config;
use crate::demo::{self, DemoSpec, Rng};
use crate::optout::{MailEvent, MailTags, NoticeReason, OptOutNotice};
use crate::order::{BuyerEmail, EventId, Order, OrderEvent, OrderId, StoreId};
use crate::pipeline::{self, BounceReport, DispatchReport, Dispatcher, IngestError, Ingested};
use crate::ports::{
    Clock, EventBus, MailError, Mailer, OrderChanged, OrderStore, OutgoingEmail, PortError,
    PortResult, Saved, SendStore, SimClock, Suppressions,
};
use crate::send::{Claim, Outcome, Reason, Send, SendId, SendStatus, CLAIM_LEASE_MINUTES};
use crate::window::{group_window, TICK_MINUTES};

/// Probabilities (0.0–1.0) of each fault, per opportunity.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct FaultRates {
    /// Per successful claim: the dispatcher dies before calling the mailer.
    pub crash_after_claim: f64,
    /// Per final write: the dispatcher dies after the mailer answered, before recording it.
    pub crash_before_mark: f64,
    /// Per claim attempt: the dispatcher dies part-way through its batch.
    pub crash_mid_batch: f64,
    /// Per email: the mailer throttles (nothing sent).
    pub mail_throttle: f64,
    /// Per email: the mailer's answer is lost (timeout).
    pub mail_timeout: f64,
    /// Share of timeouts whose email was in fact accepted.
    pub timeout_accepted: f64,
    /// Per relay bounce: handled before the dispatcher marks the send.
    pub early_bounce: f64,
    /// Per order event: delivered twice at once.
    pub duplicate_event: f64,
    /// Per order event: delivered again 1 hour to 5 days later.
    pub replay_event: f64,
    /// Per order event: delayed 1–180 minutes (past later events).
    pub reorder_event: f64,
    /// Per order event after an order's first: delivered together with the previous one.
    pub concurrent_events: f64,
    /// Per SES event: delivered twice.
    pub duplicate_mail_event: f64,
    /// Per SES event: delivered again 1 hour to 3 days later.
    pub replay_mail_event: f64,
    /// Per dispatcher tick: two dispatchers race on the window group.
    pub racing_dispatchers: f64,
    /// Per order: the buyer opts out through an Amazon notice some days after ordering.
    pub opt_out_notice: f64,
    /// Per new buyer: on the store's blacklist.
    pub blacklisted: f64,
}

impl Default for FaultRates {
    /// High enough that a few thousand orders meet every fault many times.
    fn default() -> Self {
        FaultRates {
            crash_after_claim: 0.02,
            crash_before_mark: 0.02,
            crash_mid_batch: 0.01,
            mail_throttle: 0.05,
            mail_timeout: 0.03,
            timeout_accepted: 0.5,
            early_bounce: 0.5,
            duplicate_event: 0.05,
            replay_event: 0.03,
            reorder_event: 0.10,
            concurrent_events: 0.10,
            duplicate_mail_event: 0.10,
            replay_mail_event: 0.05,
            racing_dispatchers: 0.25,
            opt_out_notice: 0.02,
            blacklisted: 0.01,
        }
    }
}

/// One kind of injected fault.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Fault {
    CrashAfterClaim,
    CrashBeforeMark,
    CrashMidBatch,
    MailThrottled,
    MailTimeoutLost,
    MailTimeoutAccepted,
    EarlyBounce,
    DuplicateEvent,
    ReplayedEvent,
    ReorderedEvent,
    ConcurrentEvents,
    DuplicateMailEvent,
    ReplayedMailEvent,
    RacingDispatchers,
}

impl Fault {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::CrashAfterClaim => "crash_after_claim",
            Self::CrashBeforeMark => "crash_before_mark",
            Self::CrashMidBatch => "crash_mid_batch",
            Self::MailThrottled => "mail_throttled",
            Self::MailTimeoutLost => "mail_timeout_lost",
            Self::MailTimeoutAccepted => "mail_timeout_accepted",
            Self::EarlyBounce => "early_bounce",
            Self::DuplicateEvent => "duplicate_event",
            Self::ReplayedEvent => "replayed_event",
            Self::ReorderedEvent => "reordered_event",
            Self::ConcurrentEvents => "concurrent_events",
            Self::DuplicateMailEvent => "duplicate_mail_event",
            Self::ReplayedMailEvent => "replayed_mail_event",
            Self::RacingDispatchers => "racing_dispatchers",
        }
    }

    /// Crashes and timeouts: the faults after which a send may end without its email.
    pub fn is_ambiguous(self) -> bool {
        matches!(
            self,
            Self::CrashAfterClaim
                | Self::CrashBeforeMark
                | Self::MailTimeoutLost
                | Self::MailTimeoutAccepted
        )
    }
}

/// The seeded RNG and the log of every fault injected, shared by all the wrappers of a run.
pub struct Faults {
    rates: FaultRates,
    rng: Mutex<Rng>,
    log: Mutex<Vec<(Fault, Option<SendId>)>>,
}

impl Faults {
    pub fn new(rates: FaultRates, seed: u64) -> Self {
        Faults {
            rates,
            rng: Mutex::new(Rng(seed ^ 0x5eed_fa17_5eed_fa17)),
            log: Mutex::new(Vec::new()),
        }
    }

    pub fn rates(&self) -> &FaultRates {
        &self.rates
    }

    fn rng(&self) -> std::sync::MutexGuard<'_, Rng> {
        self.rng.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// True with probability `p`.
    fn roll(&self, p: f64) -> bool {
        p > 0.0 && (self.rng().next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }

    /// A whole number in `[lo, hi]`.
    fn between(&self, lo: i64, hi: i64) -> i64 {
        lo + self.rng().below((hi - lo + 1).max(1) as u64) as i64
    }

    fn record(&self, fault: Fault, send: Option<&SendId>) {
        self.log
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push((fault, send.cloned()));
    }

    /// Every fault injected so far.
    pub fn log(&self) -> Vec<(Fault, Option<SendId>)> {
        self.log.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

fn crashed(what: &str) -> PortError {
    PortError::Retryable(format!("dispatcher process crashed {what} (injected)"))
}

/// A send store as one dispatcher process sees it: it may crash at a step boundary, after
/// which every call fails (the process is dead) until the next tick starts a new one.
pub struct FaultySendStore {
    inner: Arc<dyn SendStore>,
    faults: Arc<Faults>,
    dead: AtomicBool,
    /// Calls refused because the process had already crashed: the rest of its batch, which a
    /// dead process never reaches.
    refused: AtomicUsize,
    /// The fault that killed the process, once it has.
    crash_fault: std::sync::Mutex<Option<Fault>>,
}

impl FaultySendStore {
    pub fn new(inner: Arc<dyn SendStore>, faults: Arc<Faults>) -> Self {
        FaultySendStore {
            inner,
            faults,
            dead: AtomicBool::new(false),
            refused: AtomicUsize::new(0),
            crash_fault: std::sync::Mutex::new(None),
        }
    }

    /// Whether this process crashed during its run.
    pub fn crashed(&self) -> bool {
        self.dead.load(Ordering::SeqCst)
    }

    /// The crash fault this process died of, if it did.
    pub fn crash_fault(&self) -> Option<Fault> {
        *self.crash_fault.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// How many calls came after the crash (sends of the batch the process never reached).
    pub fn refused(&self) -> usize {
        self.refused.load(Ordering::SeqCst)
    }

    fn alive(&self) -> PortResult<()> {
        if self.dead.load(Ordering::SeqCst) {
            self.refused.fetch_add(1, Ordering::SeqCst);
            Err(PortError::Retryable(
                "dispatcher process is gone (crashed earlier in this run)".into(),
            ))
        } else {
            Ok(())
        }
    }

    fn crash(&self, fault: Fault, id: &SendId, what: &str) -> PortError {
        self.dead.store(true, Ordering::SeqCst);
        *self.crash_fault.lock().unwrap_or_else(|p| p.into_inner()) = Some(fault);
        self.faults.record(fault, Some(id));
        crashed(what)
    }
}

#[async_trait]
impl SendStore for FaultySendStore {
    async fn insert_new(&self, sends: &[Send]) -> PortResult<usize> {
        self.alive()?;
        self.inner.insert_new(sends).await
    }
    async fn get_send(&self, id: &SendId) -> PortResult<Option<Send>> {
        self.alive()?;
        self.inner.get_send(id).await
    }
    async fn sends_for_order(&self, store: &StoreId, order: &OrderId) -> PortResult<Vec<Send>> {
        self.alive()?;
        self.inner.sends_for_order(store, order).await
    }
    async fn due(
        &self,
        group: Option<&str>,
        now: DateTime<Utc>,
        limit: usize,
    ) -> PortResult<Vec<Send>> {
        self.alive()?;
        self.inner.due(group, now, limit).await
    }
    async fn claim(&self, id: &SendId, now: DateTime<Utc>) -> PortResult<Claim> {
        self.alive()?;
        // Let a racing dispatcher run between its read of the batch and this claim.
        tokio::task::yield_now().await;
        if self.faults.roll(self.faults.rates.crash_mid_batch) {
            return Err(self.crash(Fault::CrashMidBatch, id, "part-way through its batch"));
        }
        let claim = self.inner.claim(id, now).await?;
        if matches!(claim, Claim::Claimed(_))
            && self.faults.roll(self.faults.rates.crash_after_claim)
        {
            return Err(self.crash(Fault::CrashAfterClaim, id, "after a claim"));
        }
        Ok(claim)
    }
    async fn mark(&self, id: &SendId, outcome: &Outcome, now: DateTime<Utc>) -> PortResult<()> {
        self.alive()?;
        if self.faults.roll(self.faults.rates.crash_before_mark) {
            return Err(self.crash(Fault::CrashBeforeMark, id, "before recording an outcome"));
        }
        self.inner.mark(id, outcome, now).await
    }
    async fn release(
        &self,
        id: &SendId,
        retry_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> PortResult<bool> {
        self.alive()?;
        self.inner.release(id, retry_at, now).await
    }
    async fn stale_claims(
        &self,
        group: Option<&str>,
        claimed_before: DateTime<Utc>,
        limit: usize,
    ) -> PortResult<Vec<Send>> {
        self.alive()?;
        self.inner.stale_claims(group, claimed_before, limit).await
    }
    async fn expire_claim(
        &self,
        id: &SendId,
        claimed_before: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> PortResult<bool> {
        self.alive()?;
        self.inner.expire_claim(id, claimed_before, now).await
    }
    async fn cancel(&self, id: &SendId, reason: Reason, now: DateTime<Utc>) -> PortResult<bool> {
        self.alive()?;
        self.inner.cancel(id, reason, now).await
    }
    async fn cancel_for_buyer(
        &self,
        buyer: &str,
        reason: Reason,
        now: DateTime<Utc>,
    ) -> PortResult<usize> {
        self.alive()?;
        self.inner.cancel_for_buyer(buyer, reason, now).await
    }
    async fn mark_bounced(&self, id: &SendId, now: DateTime<Utc>) -> PortResult<()> {
        self.alive()?;
        self.inner.mark_bounced(id, now).await
    }
    async fn confirm_sent(
        &self,
        id: &SendId,
        message_id: &str,
        now: DateTime<Utc>,
    ) -> PortResult<bool> {
        self.alive()?;
        self.inner.confirm_sent(id, message_id, now).await
    }
    async fn count_sent(
        &self,
        store: &StoreId,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> PortResult<u32> {
        self.alive()?;
        self.inner.count_sent(store, from, to).await
    }
    async fn reserve_buyer_day(
        &self,
        buyer: &str,
        day: NaiveDate,
        send: &SendId,
        now: DateTime<Utc>,
    ) -> PortResult<bool> {
        self.alive()?;
        // Let a racing dispatcher run between the send-time checks and this reservation.
        tokio::task::yield_now().await;
        self.inner.reserve_buyer_day(buyer, day, send, now).await
    }
    async fn take_daily_slot(
        &self,
        store: &StoreId,
        day: NaiveDate,
        cap: u32,
        now: DateTime<Utc>,
    ) -> PortResult<bool> {
        self.alive()?;
        self.inner.take_daily_slot(store, day, cap, now).await
    }
    async fn return_daily_slot(&self, store: &StoreId, day: NaiveDate) -> PortResult<()> {
        self.alive()?;
        self.inner.return_daily_slot(store, day).await
    }
}

/// An order store that yields between reading an order and the caller's write, so two
/// ingests of one order interleave their read-merge-write the way two Lambdas can.
pub struct FaultyOrderStore {
    inner: Arc<dyn OrderStore>,
}

impl FaultyOrderStore {
    pub fn new(inner: Arc<dyn OrderStore>) -> Self {
        FaultyOrderStore { inner }
    }
}

#[async_trait]
impl OrderStore for FaultyOrderStore {
    async fn get_order(&self, store: &StoreId, order: &OrderId) -> PortResult<Option<Order>> {
        let found = self.inner.get_order(store, order).await?;
        tokio::task::yield_now().await;
        Ok(found)
    }
    async fn save_order(&self, order: &Order, event: &EventId) -> PortResult<Saved> {
        self.inner.save_order(order, event).await
    }
    async fn find_orders(&self, order: &OrderId) -> PortResult<Vec<Order>> {
        self.inner.find_orders(order).await
    }
    async fn prior_orders(
        &self,
        store: &StoreId,
        buyer: &BuyerEmail,
        before: DateTime<Utc>,
    ) -> PortResult<u32> {
        self.inner.prior_orders(store, buyer, before).await
    }
}

/// One email the real mailer accepted, as the mailer saw it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MailRecord {
    pub send_id: SendId,
    pub to: String,
    /// When it was handed over.
    pub at: DateTime<Utc>,
    pub message_id: String,
    /// Why the recipient must not have been mailed, had they been at that moment
    /// (`blacklist`, `bounce`, `complaint`, `amazon_opt_out`).
    pub suppressed: Option<String>,
}

/// Wraps a real mailer: throttles, times out, and plays SES, emitting the send, delivery and
/// bounce events of every accepted email. Addresses in `relay_rejects` bounce as Amazon's relay
/// does for buyers who refuse messages; some of those bounces reach the bounce handler before
/// the dispatcher's final write.
pub struct FaultyMailer {
    inner: Arc<dyn Mailer>,
    faults: Arc<Faults>,
    config: Arc<Config>,
    sends: Arc<dyn SendStore>,
    suppressions: Arc<dyn Suppressions>,
    relay_rejects: HashSet<String>,
    log: Mutex<Vec<MailRecord>>,
    events: Mutex<Vec<MailEvent>>,
    early: Mutex<BounceReport>,
}

impl FaultyMailer {
    pub fn new(
        inner: Arc<dyn Mailer>,
        faults: Arc<Faults>,
        config: Arc<Config>,
        sends: Arc<dyn SendStore>,
        suppressions: Arc<dyn Suppressions>,
        relay_rejects: impl IntoIterator<Item = String>,
    ) -> Self {
        FaultyMailer {
            inner,
            faults,
            config,
            sends,
            suppressions,
            relay_rejects: relay_rejects
                .into_iter()
                .map(|a| a.to_ascii_lowercase())
                .collect(),
            log: Mutex::new(Vec::new()),
            events: Mutex::new(Vec::new()),
            early: Mutex::new(BounceReport::default()),
        }
    }

    /// Every email accepted so far.
    pub fn records(&self) -> Vec<MailRecord> {
        self.log.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// SES events produced since the last call.
    pub fn take_events(&self) -> Vec<MailEvent> {
        std::mem::take(&mut *self.events.lock().unwrap_or_else(|p| p.into_inner()))
    }

    async fn suppressed(&self, email: &OutgoingEmail) -> PortResult<Option<String>> {
        let to = crate::mime::split_mailbox(&email.to).1.to_ascii_lowercase();
        if self
            .config
            .store(&email.store_id)
            .is_some_and(|s| s.blacklist.contains(&to))
        {
            return Ok(Some("blacklist".into()));
        }
        Ok(self
            .suppressions
            .suppression(&to)
            .await?
            .map(|s| s.cause.as_str().to_string()))
    }
}

fn tags_of(id: &SendId) -> MailTags {
    let mut parts = id.as_str().splitn(3, '/');
    MailTags {
        send_id: None,
        store_id: parts.next().map(str::to_string),
        order_id: parts.next().map(str::to_string),
        campaign: parts.next().map(str::to_string),
    }
}

#[async_trait]
impl Mailer for FaultyMailer {
    async fn send(&self, email: &OutgoingEmail) -> Result<String, MailError> {
        tokio::task::yield_now().await;
        let id = &email.send_id;
        if self.faults.roll(self.faults.rates.mail_throttle) {
            self.faults.record(Fault::MailThrottled, Some(id));
            return Err(MailError::Retryable(
                "429 Too Many Requests (injected)".into(),
            ));
        }
        let timeout = self.faults.roll(self.faults.rates.mail_timeout);
        let accepted_anyway = timeout && self.faults.roll(self.faults.rates.timeout_accepted);
        if timeout && !accepted_anyway {
            self.faults.record(Fault::MailTimeoutLost, Some(id));
            return Err(MailError::Unknown(
                "request timed out before an answer (injected; not delivered)".into(),
            ));
        }
        let suppressed = self
            .suppressed(email)
            .await
            .map_err(|e| MailError::Unknown(format!("checking the recipient: {e}")))?;
        let message_id = self.inner.send(email).await?;
        let to = crate::mime::split_mailbox(&email.to).1.to_ascii_lowercase();
        self.log
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(MailRecord {
                send_id: id.clone(),
                to: to.clone(),
                at: email.at,
                message_id: message_id.clone(),
                suppressed,
            });
        let tags = tags_of(id);
        let mut events = vec![MailEvent::Send {
            tags: tags.clone(),
            message_id: message_id.clone(),
            at: email.at,
        }];
        if self.relay_rejects.contains(&to) {
            let bounce = MailEvent::Bounce {
                permanent: true,
                sub_type: "General".into(),
                recipients: vec![to],
                tags,
                message_id: message_id.clone(),
                at: email.at,
            };
            if self.faults.roll(self.faults.rates.early_bounce) {
                self.faults.record(Fault::EarlyBounce, Some(id));
                let report = pipeline::handle_mail_events(
                    self.sends.as_ref(),
                    self.suppressions.as_ref(),
                    std::slice::from_ref(&bounce),
                    email.at,
                )
                .await
                .map_err(|e| MailError::Unknown(format!("early bounce: {e}")))?;
                add_bounces(
                    &mut self.early.lock().unwrap_or_else(|p| p.into_inner()),
                    &report,
                );
            } else {
                events.push(bounce);
            }
        } else {
            events.push(MailEvent::Delivery {
                recipients: vec![to],
                tags,
                message_id: message_id.clone(),
                at: email.at,
            });
        }
        self.events
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .extend(events);
        if accepted_anyway {
            self.faults.record(Fault::MailTimeoutAccepted, Some(id));
            return Err(MailError::Unknown(
                "request timed out after SES accepted it (injected)".into(),
            ));
        }
        Ok(message_id)
    }
}

fn add_bounces(total: &mut BounceReport, r: &BounceReport) {
    total.bounced += r.bounced;
    total.complaints += r.complaints;
    total.opted_out += r.opted_out;
    total.newly_suppressed += r.newly_suppressed;
    total.cancelled += r.cancelled;
    total.reconciled += r.reconciled;
    total.unmatched_notices += r.unmatched_notices;
}

/// A mailer that accepts everything and keeps nothing (the fault mailer keeps the log).
#[derive(Debug, Default)]
pub struct NullMailer(std::sync::atomic::AtomicU64);

#[async_trait]
impl Mailer for NullMailer {
    async fn send(&self, email: &OutgoingEmail) -> Result<String, MailError> {
        let n = self.0.fetch_add(1, Ordering::Relaxed);
        Ok(format!(
            "{:016x}.{n}@null.aftercare.local",
            crate::window::stable_hash(email.send_id.as_str())
        ))
    }
}

/// An in-process event bus (the simulation plans every changed order right after ingest).
#[derive(Default)]
struct Changes(Mutex<Vec<OrderChanged>>);

#[async_trait]
impl EventBus for Changes {
    async fn publish(&self, event: &OrderChanged) -> PortResult<()> {
        self.0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(event.clone());
        Ok(())
    }
}

/// What to run.
#[derive(Debug, Clone)]
pub struct ChaosSpec {
    pub orders: usize,
    pub seed: u64,
    pub start: DateTime<Utc>,
    pub rates: FaultRates,
    /// Sends one dispatcher run takes at most.
    pub batch: usize,
}

impl ChaosSpec {
    pub fn new(orders: usize, seed: u64) -> Self {
        ChaosSpec {
            orders,
            seed,
            // Spans the US spring-forward weekend.
            start: "2026-02-20T00:00:00Z".parse().expect("valid time"),
            rates: FaultRates::default(),
            batch: 200,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ChaosError {
    #[error("event {event_id}: {error}")]
    Ingest {
        event_id: String,
        error: IngestError,
    },
    #[error("{0}")]
    Port(#[from] PortError),
    #[error("config: store `{0}` missing")]
    Config(String),
}

/// The invariants, computed from the mailer's log and the final state of the store.
#[derive(Debug, Default, Clone, PartialEq, Serialize)]
pub struct Invariants {
    /// Emails beyond the first for one send (one (order, campaign)).
    pub duplicate_emails: usize,
    /// Requests for Amazon's review request beyond the first for one order.
    pub duplicate_review_requests: usize,
    /// Emails to a buyer suppressed or blacklisted when the mailer accepted them.
    pub opted_out_emails: usize,
    pub outside_window_emails: usize,
    /// Sends still claimed or pending at the end.
    pub unfinished_sends: usize,
    /// Sends that ended without their email (failed, outcome unknown, nothing mailed).
    pub lost_sends: usize,
    /// Lost sends with no crash or timeout injected on them: silent losses.
    pub unaccounted_lost_sends: usize,
    /// Sends whose email went out but that are not recorded as sent.
    pub unrecorded_emails: usize,
    /// Emails whose outcome was in doubt (crash before mark, timeout after acceptance) and that
    /// an SES event reconciled as sent.
    pub reconciled_sends: usize,
    /// Crash and timeout faults injected (the bound on lost sends).
    pub ambiguous_faults: usize,
    /// Orders whose stored milestones miss an event that was delivered.
    pub lost_merges: usize,
    /// Human-readable details of each violation (at most a few of each kind).
    pub violations: Vec<String>,
}

impl Invariants {
    pub fn hold(&self) -> bool {
        self.duplicate_emails == 0
            && self.duplicate_review_requests == 0
            && self.opted_out_emails == 0
            && self.outside_window_emails == 0
            && self.unfinished_sends == 0
            && self.unaccounted_lost_sends == 0
            && self.lost_sends <= self.ambiguous_faults
            && self.unrecorded_emails == 0
            && self.lost_merges == 0
    }
}

/// Everything a chaos run did.
#[derive(Debug, Default, Serialize)]
pub struct ChaosReport {
    pub orders: usize,
    pub events: usize,
    /// Event deliveries, duplicates and replays included.
    pub deliveries: usize,
    pub duplicate_events_ignored: usize,
    pub mail_events: usize,
    pub notices: usize,
    /// Scheduled dispatcher ticks (one or two racing runs each).
    pub ticks: usize,
    /// Dispatcher runs, Lambda's retries of crashed runs included.
    pub dispatcher_runs: usize,
    /// Lambda's retries of a tick whose run crashed (one or two racing runs each).
    pub lambda_retries: usize,
    /// Second dispatcher runs of ticks and retries where two raced: `dispatcher_runs` is
    /// `ticks + lambda_retries + racing_runs`.
    pub racing_runs: usize,
    /// Runs whose process crashed at a step boundary.
    pub crashed_runs: usize,
    /// `crashed_runs` by the crash fault that ended them (`crash_after_claim`, …).
    pub crashed_runs_by: BTreeMap<String, usize>,
    /// Sends left in a crashed run's batch (due again at a later run).
    pub abandoned: usize,
    pub sends: usize,
    /// Final sends by `status` and `status:reason`.
    pub send_counts: BTreeMap<String, usize>,
    pub emails: usize,
    pub faults: BTreeMap<String, usize>,
    pub released: usize,
    pub deferred: usize,
    /// Of `deferred`: the buyer already had an email that buyer-local day.
    pub buyer_day_deferred: usize,
    /// Of `deferred`: the store's daily cap was reached (to its next day). The rest of
    /// `deferred` were claimed by a late run outside their window.
    pub cap_deferred: usize,
    pub in_doubt: usize,
    pub expired: usize,
    pub dispatch_errors: usize,
    pub bounced: usize,
    pub complaints: usize,
    pub newly_suppressed: usize,
    pub cancelled_by_opt_out: usize,
    pub invariants: Invariants,
    /// Each lost send and the faults injected on it.
    pub lost: Vec<(SendId, Vec<Fault>)>,
    #[serde(skip)]
    pub records: Vec<MailRecord>,
    #[serde(skip)]
    pub final_sends: Vec<Send>,
    pub wall_time_secs: f64,
}

/// Something the simulated world does at a time.
enum Action {
    Deliver(Vec<OrderEvent>),
    /// A scheduled dispatcher run of a window group.
    Tick(String),
    /// Lambda's retry of a crashed dispatcher run (the function allows one, a minute later).
    Retry(String),
    Mail(Vec<MailEvent>),
    Notice(OrderId),
}

/// Actions by time, then by the order they were scheduled in.
#[derive(Default)]
struct Agenda {
    queue: BTreeMap<(DateTime<Utc>, u64), Action>,
    runs: HashSet<(DateTime<Utc>, String)>,
    seq: u64,
}

impl Agenda {
    /// Ticks fire as the deployed schedules do: every `TICK_MINUTES` on the clock, only inside
    /// the group's window, so a tick asked for at `at` lands on the first such time from then.
    fn push(&mut self, at: DateTime<Utc>, action: Action) {
        let at = match &action {
            Action::Tick(group) => next_tick(group, at),
            _ => at,
        };
        if let Action::Tick(group) | Action::Retry(group) = &action {
            if !self.runs.insert((at, group.clone())) {
                return;
            }
        }
        self.seq += 1;
        self.queue.insert((at, self.seq), action);
    }

    fn pop(&mut self) -> Option<(DateTime<Utc>, Action)> {
        let ((at, _), action) = self.queue.pop_first()?;
        if let Action::Tick(group) | Action::Retry(group) = &action {
            self.runs.remove(&(at, group.clone()));
        }
        Some((at, action))
    }
}

/// `at` rounded up to the scheduler's grid (every `TICK_MINUTES` on the UTC clock; every zone
/// in use is offset from UTC by a multiple of it).
fn on_grid(at: DateTime<Utc>) -> DateTime<Utc> {
    let step = TICK_MINUTES * 60;
    at + Duration::seconds((step - at.timestamp().rem_euclid(step)) % step)
}

/// The first time from `at` at which the group's schedule fires (the grid time itself for a
/// window no grid time falls in, which the schedules would never serve).
fn next_tick(group: &str, at: DateTime<Utc>) -> DateTime<Utc> {
    let grid = on_grid(at);
    let Some((window, zone)) = group_window(group) else {
        return grid;
    };
    let mut from = grid;
    for _ in 0..8 {
        let slot = window.first_slot_from(zone, from);
        let first = on_grid(slot.start);
        if slot.contains(first) {
            return first;
        }
        from = slot.end;
    }
    grid
}

/// Progress callback: (deliveries done, deliveries total).
pub type Progress<'a> = &'a mut dyn FnMut(usize, usize);

/// Runs the whole pipeline with faults against `store` and checks the invariants. `inner` is
/// the real mailer (the outbox, SES, or [`NullMailer`]).
pub async fn run<S>(
    config: &Config,
    store: Arc<S>,
    inner: Arc<dyn Mailer>,
    spec: &ChaosSpec,
    progress: Progress<'_>,
) -> Result<ChaosReport, ChaosError>
where
    S: OrderStore + SendStore + Suppressions + 'static,
{
    let started = Instant::now();
    let faults = Arc::new(Faults::new(spec.rates, spec.seed));
    let store_id = StoreId::parse("default").map_err(|e| ChaosError::Config(e.to_string()))?;
    // A stale list: many bounces, so bounce handling races everything else.
    let (events, relay_rejects) = demo::generate_with_bounces(
        &DemoSpec {
            orders: spec.orders,
            start: spec.start,
            seed: spec.seed,
            store_id: store_id.clone(),
        },
        demo::STALE_LIST_BOUNCING_BUYERS_PER_MILLE,
    );
    let config = Arc::new(chaos_config(config, &store_id, &events, spec, &faults)?);
    let sends: Arc<dyn SendStore> = store.clone();
    let suppressions: Arc<dyn Suppressions> = store.clone();
    let orders: Arc<dyn OrderStore> = store.clone();
    let racing_orders = FaultyOrderStore::new(orders.clone());
    let mailer = FaultyMailer::new(
        inner,
        faults.clone(),
        config.clone(),
        sends.clone(),
        suppressions.clone(),
        relay_rejects,
    );
    let clock = SimClock::new(spec.start);
    // Amazon's review request, as the local runner has it: the invariants count every request.
    let solicitations = SimulatedSolicitations::new(orders.as_ref(), &clock, None);
    let mut report = ChaosReport {
        orders: spec.orders,
        events: events.len(),
        ..ChaosReport::default()
    };

    let mut agenda = Agenda::default();
    let deliveries = schedule_events(&events, &faults, &mut agenda);
    report.deliveries = deliveries;
    let mut by_order: BTreeMap<OrderId, Vec<&OrderEvent>> = BTreeMap::new();
    for e in &events {
        by_order
            .entry(e.order.order_id.clone())
            .or_default()
            .push(e);
    }
    for (order_id, list) in &by_order {
        if faults.roll(spec.rates.opt_out_notice) {
            let at = list[0].occurred_at + Duration::hours(faults.between(1, 25 * 24));
            agenda.push(at, Action::Notice(order_id.clone()));
        }
    }

    let mut world = World {
        config: &config,
        store: &store,
        racing_orders: &racing_orders,
        mailer: &mailer,
        faults: &faults,
        clock: &clock,
        solicitations: &solicitations,
        batch: spec.batch,
        send_ids: BTreeSet::new(),
        bounces: BounceReport::default(),
    };
    let mut delivered = 0;
    loop {
        while let Some((at, action)) = agenda.pop() {
            clock.advance_to(at);
            match action {
                Action::Deliver(list) => {
                    delivered += list.len();
                    world.deliver(&list, &mut agenda, &mut report).await?;
                    if delivered % 512 < list.len() || delivered == deliveries {
                        progress(delivered, deliveries);
                    }
                }
                Action::Tick(group) => world.tick(&group, false, &mut agenda, &mut report).await?,
                Action::Retry(group) => world.tick(&group, true, &mut agenda, &mut report).await?,
                Action::Mail(list) => {
                    report.mail_events += list.len();
                    let r = pipeline::handle_mail_events(
                        sends.as_ref(),
                        suppressions.as_ref(),
                        &list,
                        clock.now(),
                    )
                    .await?;
                    add_bounces(&mut world.bounces, &r);
                }
                Action::Notice(order_id) => {
                    report.notices += 1;
                    let notice = OptOutNotice {
                        order_id: Some(order_id.to_string()),
                        buyer_relay: None,
                        reason: NoticeReason::BuyerOptedOut,
                    };
                    let r = pipeline::handle_notice(
                        orders.as_ref(),
                        sends.as_ref(),
                        suppressions.as_ref(),
                        &notice,
                        clock.now(),
                    )
                    .await?;
                    add_bounces(&mut world.bounces, &r);
                }
            }
            world.route_mail_events(&mut agenda);
        }
        // Anything still pending or claimed gets its tick (a send deferred past every scheduled
        // tick, a claim left by a crash): the run ends only when every send is finished.
        let now = clock.now();
        let horizon = now + Duration::days(400);
        let mut more = false;
        for s in sends.due(None, horizon, usize::MAX >> 1).await? {
            agenda.push(s.send_at.max(now), Action::Tick(s.window_group));
            more = true;
        }
        for s in sends.stale_claims(None, horizon, usize::MAX >> 1).await? {
            agenda.push(
                (s.updated_at + lease_and_a_minute()).max(now),
                Action::Tick(s.window_group),
            );
            more = true;
        }
        if !more {
            break;
        }
    }
    progress(deliveries, deliveries);

    let mut early = mailer
        .early
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clone();
    add_bounces(&mut early, &world.bounces);
    report.bounced = early.bounced;
    report.complaints = early.complaints;
    report.newly_suppressed = early.newly_suppressed;
    report.cancelled_by_opt_out = early.cancelled;

    let mut final_sends = Vec::with_capacity(world.send_ids.len());
    for id in &world.send_ids {
        if let Some(s) = sends.get_send(id).await? {
            final_sends.push(s);
        }
    }
    let mut final_orders = HashMap::new();
    for order_id in by_order.keys() {
        if let Some(o) = orders.get_order(&store_id, order_id).await? {
            final_orders.insert(order_id.clone(), o);
        }
    }
    let records = mailer.records();
    let log = faults.log();
    for (fault, _) in &log {
        *report.faults.entry(fault.as_str().to_string()).or_default() += 1;
    }
    report.sends = final_sends.len();
    for s in &final_sends {
        *report.send_counts.entry(s.status.to_string()).or_default() += 1;
        if let Some(r) = s.reason {
            *report
                .send_counts
                .entry(format!("{}:{}", s.status, r))
                .or_default() += 1;
        }
    }
    report.emails = records.len();
    let check = check_invariants(
        &config,
        &records,
        &final_sends,
        &log,
        &by_order,
        &final_orders,
    );
    report.invariants = check.0;
    for (order, calls) in solicitations.request_calls() {
        if calls > 1 {
            report.invariants.duplicate_review_requests += calls - 1;
            if report.invariants.violations.len() < 50 {
                report.invariants.violations.push(format!(
                    "order {order}: Amazon's review request asked for {calls} times"
                ));
            }
        }
    }
    report.lost = check.1;
    report.records = records;
    report.final_sends = final_sends;
    report.wall_time_secs = started.elapsed().as_secs_f64();
    Ok(report)
}

fn lease_and_a_minute() -> Duration {
    Duration::minutes(CLAIM_LEASE_MINUTES + 1)
}

/// The config for the run: the store's daily cap sized for the run (so the cap does not decide
/// the outcome) and some buyers on its blacklist.
fn chaos_config(
    config: &Config,
    store_id: &StoreId,
    events: &[OrderEvent],
    spec: &ChaosSpec,
    faults: &Faults,
) -> Result<Config, ChaosError> {
    let mut config = config.clone();
    let store = config
        .stores
        .iter_mut()
        .find(|s| &s.id == store_id)
        .ok_or_else(|| ChaosError::Config(store_id.to_string()))?;
    store.average_daily_orders = store
        .average_daily_orders
        .max(u32::try_from(spec.orders / 5).unwrap_or(u32::MAX));
    let mut seen = HashSet::new();
    for e in events {
        if let Some(email) = e.order.buyer.as_ref().and_then(|b| b.email.as_ref()) {
            if seen.insert(email.as_str().to_string()) && faults.roll(spec.rates.blacklisted) {
                store.blacklist.insert(email.as_str().to_ascii_lowercase());
            }
        }
    }
    Ok(config)
}

/// Turns the generated events into deliveries with the event faults, onto the agenda; returns
/// how many event deliveries there are.
fn schedule_events(events: &[OrderEvent], faults: &Faults, agenda: &mut Agenda) -> usize {
    let rates = faults.rates;
    let mut by_order: BTreeMap<&OrderId, Vec<&OrderEvent>> = BTreeMap::new();
    for e in events {
        by_order.entry(&e.order.order_id).or_default().push(e);
    }
    let mut planned: Vec<(DateTime<Utc>, Vec<OrderEvent>)> = Vec::new();
    for list in by_order.values() {
        let mut previous: Option<usize> = None;
        for (i, e) in list.iter().enumerate() {
            let primary = match previous {
                Some(p)
                    if i > 0 && planned[p].1.len() == 1 && faults.roll(rates.concurrent_events) =>
                {
                    // The previous event was held up and arrives together with this one.
                    faults.record(Fault::ConcurrentEvents, None);
                    planned[p].0 = planned[p].0.max(e.occurred_at);
                    planned[p].1.push((*e).clone());
                    None
                }
                _ => {
                    let mut at = e.occurred_at;
                    if faults.roll(rates.reorder_event) {
                        faults.record(Fault::ReorderedEvent, None);
                        at += Duration::minutes(faults.between(1, 180));
                    }
                    let mut copies = vec![(*e).clone()];
                    if faults.roll(rates.duplicate_event) {
                        faults.record(Fault::DuplicateEvent, None);
                        copies.push((*e).clone());
                    }
                    planned.push((at, copies));
                    Some(planned.len() - 1)
                }
            };
            if faults.roll(rates.replay_event) {
                faults.record(Fault::ReplayedEvent, None);
                let at = e.occurred_at + Duration::minutes(faults.between(60, 5 * 24 * 60));
                planned.push((at, vec![(*e).clone()]));
            }
            previous = primary;
        }
    }
    let total = planned.iter().map(|(_, l)| l.len()).sum();
    planned.sort_by_key(|(at, _)| *at);
    for (at, list) in planned {
        agenda.push(at, Action::Deliver(list));
    }
    total
}

struct World<'a, S> {
    config: &'a Config,
    store: &'a Arc<S>,
    racing_orders: &'a FaultyOrderStore,
    mailer: &'a FaultyMailer,
    faults: &'a Arc<Faults>,
    clock: &'a SimClock,
    solicitations: &'a SimulatedSolicitations<'a>,
    batch: usize,
    send_ids: BTreeSet<SendId>,
    bounces: BounceReport,
}

impl<S> World<'_, S>
where
    S: OrderStore + SendStore + Suppressions + 'static,
{
    /// Ingests one delivery (two events at once when there are two), then plans the orders
    /// they changed and puts their due times on the agenda.
    async fn deliver(
        &mut self,
        list: &[OrderEvent],
        agenda: &mut Agenda,
        report: &mut ChaosReport,
    ) -> Result<(), ChaosError> {
        let bus = Changes::default();
        let ingest = |e: &OrderEvent| {
            let (config, orders, bus) = (self.config, self.racing_orders, &bus);
            let e = e.clone();
            async move {
                pipeline::ingest(config, orders, bus, &e)
                    .await
                    .map_err(|error| ChaosError::Ingest {
                        event_id: e.event_id.to_string(),
                        error,
                    })
            }
        };
        let results = match list {
            [a, b] => {
                let (x, y) = tokio::join!(ingest(a), ingest(b));
                vec![x?, y?]
            }
            _ => {
                let mut out = Vec::new();
                for e in list {
                    out.push(ingest(e).await?);
                }
                out
            }
        };
        report.duplicate_events_ignored += results
            .iter()
            .filter(|r| **r == Ingested::Duplicate)
            .count();
        let changed: BTreeSet<(StoreId, OrderId)> = bus
            .0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .drain(..)
            .map(|c| (c.store_id, c.order_id))
            .collect();
        let now = self.clock.now();
        for (store_id, order_id) in changed {
            let plan = pipeline::plan_order(
                self.config,
                self.store.as_ref(),
                self.store.as_ref(),
                self.store.as_ref(),
                &store_id,
                &order_id,
                now,
            )
            .await?;
            for s in plan.created {
                if s.status == SendStatus::Pending {
                    agenda.push(s.send_at.max(now), Action::Tick(s.window_group.clone()));
                }
                self.send_ids.insert(s.id);
            }
        }
        Ok(())
    }

    /// One scheduler tick of a window group: one dispatcher, or two racing. A run that crashed
    /// is retried once a minute later, as Lambda retries a failed asynchronous invocation
    /// (`MaximumRetryAttempts: 1` in `template.yaml`); a retry that crashes waits for the next
    /// tick.
    async fn tick(
        &mut self,
        group: &str,
        retry: bool,
        agenda: &mut Agenda,
        report: &mut ChaosReport,
    ) -> Result<(), ChaosError> {
        report.ticks += usize::from(!retry);
        report.lambda_retries += usize::from(retry);
        let inner: Arc<dyn SendStore> = self.store.clone();
        let first = FaultySendStore::new(inner.clone(), self.faults.clone());
        let second = FaultySendStore::new(inner, self.faults.clone());
        let racing = self.faults.roll(self.faults.rates.racing_dispatchers);
        let results = if racing {
            self.faults.record(Fault::RacingDispatchers, None);
            report.racing_runs += 1;
            let (a, b) = (self.dispatcher(&first), self.dispatcher(&second));
            let (x, y) = tokio::join!(
                a.run(Some(group), self.batch),
                b.run(Some(group), self.batch)
            );
            vec![(x, &first), (y, &second)]
        } else {
            vec![(
                self.dispatcher(&first).run(Some(group), self.batch).await,
                &first,
            )]
        };
        let now = self.clock.now();
        for (result, process) in results {
            report.dispatcher_runs += 1;
            if process.crashed() {
                report.crashed_runs += 1;
                let fault = process.crash_fault().map_or("unknown", Fault::as_str);
                *report.crashed_runs_by.entry(fault.to_string()).or_default() += 1;
                report.abandoned += process.refused();
                if !retry {
                    agenda.push(now + Duration::minutes(1), Action::Retry(group.into()));
                }
            }
            match result {
                Ok(r) => self.after_run(group, &r, process, now, agenda, report),
                Err(e) => {
                    // The run could not even read its batch: the next tick tries again.
                    tracing::warn!(group, error = %e, "dispatcher run failed");
                    report.dispatch_errors += 1;
                    agenda.push(
                        now + Duration::minutes(TICK_MINUTES),
                        Action::Tick(group.into()),
                    );
                }
            }
        }
        Ok(())
    }

    fn dispatcher<'b>(&'b self, sends: &'b FaultySendStore) -> Dispatcher<'b> {
        Dispatcher {
            config: self.config,
            orders: self.store.as_ref(),
            sends,
            suppressions: self.store.as_ref(),
            mailer: self.mailer,
            clock: self.clock,
            solicitations: Some(self.solicitations),
        }
    }

    /// Counts what a run did and puts what it left for later on the agenda.
    fn after_run(
        &self,
        group: &str,
        r: &DispatchReport,
        process: &FaultySendStore,
        now: DateTime<Utc>,
        agenda: &mut Agenda,
        report: &mut ChaosReport,
    ) {
        report.released += r.released.len();
        report.deferred += r.deferred.len();
        report.buyer_day_deferred += r.buyer_day_deferred;
        report.cap_deferred += r.cap_deferred;
        report.in_doubt += r.in_doubt.len();
        report.expired += r.expired.len();
        // The send the process died on, and the rest of its batch it never reached, are the
        // crash, not storage errors.
        report.dispatch_errors += r
            .errors
            .len()
            .saturating_sub(process.refused() + usize::from(process.crashed()));
        for (_, at) in r.released.iter().chain(&r.deferred) {
            agenda.push(*at, Action::Tick(group.into()));
        }
        if !r.in_doubt.is_empty() || !r.errors.is_empty() {
            // Sends left pending go at the next tick; claims left behind expire at the first
            // tick after their lease.
            agenda.push(now + lease_and_a_minute(), Action::Tick(group.into()));
            agenda.push(
                now + Duration::minutes(TICK_MINUTES),
                Action::Tick(group.into()),
            );
        }
        let handled = r.sent.len()
            + r.skipped.len()
            + r.failed.len()
            + r.raced
            + r.released.len()
            + r.deferred.len()
            + r.in_doubt.len()
            + r.errors.len();
        if handled >= self.batch {
            // A full batch: the next tick takes the rest.
            agenda.push(now + Duration::minutes(1), Action::Tick(group.into()));
        }
    }

    /// SES events the mailer produced: delivered a few minutes later, out of order, some twice,
    /// some replayed days later.
    fn route_mail_events(&self, agenda: &mut Agenda) {
        let now = self.clock.now();
        let rates = self.faults.rates;
        for event in self.mailer.take_events() {
            // Well inside the claim lease, so an accepted email is always reconciled in time.
            let at = now + Duration::seconds(self.faults.between(1, 8 * 60));
            if self.faults.roll(rates.duplicate_mail_event) {
                self.faults.record(Fault::DuplicateMailEvent, None);
                let again = now + Duration::seconds(self.faults.between(1, 8 * 60));
                agenda.push(again, Action::Mail(vec![event.clone()]));
            }
            if self.faults.roll(rates.replay_mail_event) {
                self.faults.record(Fault::ReplayedMailEvent, None);
                let later = now + Duration::minutes(self.faults.between(60, 3 * 24 * 60));
                agenda.push(later, Action::Mail(vec![event.clone()]));
            }
            agenda.push(at, Action::Mail(vec![event]));
        }
    }
}

/// The invariants from the mailer's log, the final sends and orders, and the fault log.
fn check_invariants(
    config: &Config,
    records: &[MailRecord],
    sends: &[Send],
    log: &[(Fault, Option<SendId>)],
    events: &BTreeMap<OrderId, Vec<&OrderEvent>>,
    orders: &HashMap<OrderId, Order>,
) -> (Invariants, Vec<(SendId, Vec<Fault>)>) {
    let mut inv = Invariants::default();
    let note = |inv: &mut Invariants, text: String| {
        if inv.violations.len() < 50 {
            inv.violations.push(text);
        }
    };
    let by_id: HashMap<&SendId, &Send> = sends.iter().map(|s| (&s.id, s)).collect();
    let mut emails: HashMap<&SendId, Vec<&MailRecord>> = HashMap::new();
    for r in records {
        emails.entry(&r.send_id).or_default().push(r);
    }
    let mut faults_on: HashMap<&SendId, Vec<Fault>> = HashMap::new();
    for (fault, id) in log {
        if fault.is_ambiguous() {
            inv.ambiguous_faults += 1;
        }
        if let Some(id) = id {
            faults_on.entry(id).or_default().push(*fault);
        }
    }
    for (id, list) in &emails {
        if list.len() > 1 {
            inv.duplicate_emails += list.len() - 1;
            note(&mut inv, format!("{id}: mailed {} times", list.len()));
        }
    }
    for r in records {
        if let Some(why) = &r.suppressed {
            inv.opted_out_emails += 1;
            note(
                &mut inv,
                format!(
                    "{}: mailed at {} to a buyer suppressed ({why})",
                    r.send_id, r.at
                ),
            );
        }
        let Some(send) = by_id.get(&r.send_id) else {
            note(&mut inv, format!("{}: mailed but no such send", r.send_id));
            inv.unrecorded_emails += 1;
            continue;
        };
        let window = config
            .store(&send.store_id)
            .zip(config.campaign(&send.campaign))
            .and_then(|(store, campaign)| campaign.window_for(store));
        if let Some(window) = window {
            let buyer_zone = orders
                .get(&send.order_id)
                .map_or(send.buyer_zone, pipeline::buyer_zone);
            let zone = window.zone_for(buyer_zone);
            let slot = window.first_slot_from(zone, r.at);
            if !slot.contains(r.at) {
                inv.outside_window_emails += 1;
                note(
                    &mut inv,
                    format!(
                        "{}: handed over at {} ({} local), outside {window}",
                        r.send_id,
                        r.at,
                        r.at.with_timezone(&zone).format("%Y-%m-%d %H:%M")
                    ),
                );
            }
        }
    }
    let mut lost = Vec::new();
    for s in sends {
        let mailed = emails.get(&s.id).map_or(0, Vec::len);
        match s.status {
            SendStatus::Pending | SendStatus::Claimed => {
                inv.unfinished_sends += 1;
                note(&mut inv, format!("{}: still {}", s.id, s.status));
            }
            SendStatus::Failed if mailed == 0 => {
                inv.lost_sends += 1;
                let on = faults_on.get(&s.id).cloned().unwrap_or_default();
                if !on.iter().any(|f| f.is_ambiguous()) {
                    inv.unaccounted_lost_sends += 1;
                    note(
                        &mut inv,
                        format!(
                            "{}: failed ({:?}) with no fault injected on it",
                            s.id, s.reason
                        ),
                    );
                }
                lost.push((s.id.clone(), on));
            }
            SendStatus::Sent => {
                let on = faults_on.get(&s.id).map(Vec::as_slice).unwrap_or_default();
                if on
                    .iter()
                    .any(|f| matches!(f, Fault::CrashBeforeMark | Fault::MailTimeoutAccepted))
                {
                    inv.reconciled_sends += 1;
                }
            }
            _ if mailed > 0 => {
                inv.unrecorded_emails += 1;
                note(
                    &mut inv,
                    format!("{}: mailed but recorded {}", s.id, s.status),
                );
            }
            _ => {}
        }
    }
    for (order_id, list) in events {
        let Some(first) = list.first() else { continue };
        let mut expected = Order::from_event(first, crate::Marketplace::Us);
        for e in &list[1..] {
            expected.merge(e);
        }
        let milestones = |o: &Order| {
            (
                o.ordered_at,
                o.shipped_at,
                o.delivered_at,
                o.returned_at,
                o.refunded_at,
                o.cancelled_at,
                o.feedback.is_some(),
                o.buyer.email.clone(),
            )
        };
        match orders.get(order_id) {
            Some(stored) if milestones(stored) == milestones(&expected) => {}
            _ => {
                inv.lost_merges += 1;
                note(
                    &mut inv,
                    format!("order {order_id}: a merged event is missing"),
                );
            }
        }
    }
    (inv, lost)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn ticks_fire_on_the_grid_inside_the_group_window_only() {
        let group = "America/Chicago 13:00-15:00";
        // 13:07 CST → 13:15 CST.
        assert_eq!(
            next_tick(group, at("2026-02-20T19:07:00Z")),
            at("2026-02-20T19:15:00Z")
        );
        // After the last tick (14:45) → the next day's 13:00.
        assert_eq!(
            next_tick(group, at("2026-02-20T20:50:00Z")),
            at("2026-02-21T19:00:00Z")
        );
        // Before the window → its start; across the spring-forward weekend the UTC time moves.
        assert_eq!(
            next_tick(group, at("2026-03-08T03:00:00Z")),
            at("2026-03-08T18:00:00Z")
        );
        // A group around the clock only snaps to the grid.
        assert_eq!(
            next_tick("immediate", at("2026-02-20T03:01:00Z")),
            at("2026-02-20T03:15:00Z")
        );
        // A window no tick falls in does not loop for ever.
        assert_eq!(
            next_tick("America/Chicago 13:05-13:10", at("2026-02-20T19:07:00Z")),
            at("2026-02-20T19:15:00Z")
        );
        // A half-hour zone keeps the 15-minute grid.
        assert_eq!(
            next_tick("Asia/Kolkata 13:00-15:00", at("2026-02-20T00:00:00Z")),
            at("2026-02-20T07:30:00Z")
        );
    }

    #[test]
    fn a_retry_is_not_moved_to_the_grid_but_a_tick_is() {
        let mut agenda = Agenda::default();
        let group = "America/New_York 13:00-15:00";
        let now = at("2026-02-20T18:31:00Z");
        agenda.push(now, Action::Retry(group.into()));
        agenda.push(now, Action::Tick(group.into()));
        agenda.push(now, Action::Tick(group.into()));
        let (first, action) = agenda.pop().unwrap();
        assert_eq!(first, now);
        assert!(matches!(action, Action::Retry(_)));
        let (second, action) = agenda.pop().unwrap();
        assert_eq!(second, at("2026-02-20T18:45:00Z"));
        assert!(matches!(action, Action::Tick(_)));
        assert!(agenda.pop().is_none(), "the same tick is queued once");
    }
}
