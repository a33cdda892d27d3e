//! The four steps of the pipeline — ingest, plan, dispatch, bounces — as functions over the
//! ports. The Lambdas and the local runner call exactly these; the decisions themselves live in
//! `planner`, `window`, `template` and `optout`.

use chrono::{DateTime, Duration, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use tracing::{info, warn};

use crate::amazon::{Seller, Solicitations, SpApiError};
use crate::config::{CampaignStatus, Config, Store};
use crate::optout::{MailEvent, OptOutNotice};
use crate::order::{Order, OrderEvent, OrderId, StoreId};
use crate::planner::{self, PlanInput};
use crate::ports::{
    Clock, EventBus, MailError, Mailer, OrderChanged, OrderStore, OutgoingEmail, PortError, Saved,
    SendPace, SendStore, Suppression, SuppressionCause, Suppressions,
};
use crate::send::{Channel, Claim, Outcome, Reason, Send, SendId};
use crate::template::{self, ItemVars, MessageVars};
use crate::triage::{self, Triage};
use crate::zone;

/// Ingest refused the event, or storage failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IngestError {
    /// Bad input: the caller gets a 400 naming the field.
    #[error("{field}: {problem}")]
    Invalid { field: String, problem: String },
    #[error(transparent)]
    Port(#[from] PortError),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ingested {
    Stored,
    Duplicate,
}

/// How often `ingest` re-reads and merges again when another writer changed the order between
/// its read and its write.
const MAX_MERGE_ATTEMPTS: usize = 8;

/// Stores or merges the order and publishes `order.changed`. Nothing is written or published
/// for an event whose store is unknown; a replayed event id changes no data but is published
/// again, so publication is at least once even when a first attempt stored and then failed to
/// publish. Two events for
/// one order handled at once cannot lose a merge: the store writes on condition that the order's
/// version is unchanged, and a conflict is merged again from a fresh read.
pub async fn ingest(
    config: &Config,
    orders: &dyn OrderStore,
    bus: &dyn EventBus,
    event: &OrderEvent,
) -> Result<Ingested, IngestError> {
    let store = config
        .store(&event.store_id)
        .ok_or_else(|| IngestError::Invalid {
            field: "store_id".into(),
            problem: format!("unknown store `{}`", event.store_id),
        })?;
    let mut attempts = 0;
    // Whether the order was stored before this event: a duplicate event id is published again
    // only for an order that exists (an id reused for another order has nothing to plan).
    let mut existed = false;
    let stored = loop {
        let mut order = match orders
            .get_order(&event.store_id, &event.order.order_id)
            .await?
        {
            Some(mut existing) => {
                existed = true;
                existing.merge(event);
                existing
            }
            None => Order::from_event(event, store.marketplace),
        };
        order.estimate_delivery(store.transit_days);
        // Recorded in the same write as the order, so it can never disagree with the feedback.
        order.triage = triage::triage_order(&order, Some(store));
        match orders.save_order(&order, &event.event_id).await? {
            Saved::Conflict if attempts + 1 < MAX_MERGE_ATTEMPTS => {
                attempts += 1;
                info!(store = %event.store_id, order = %event.order.order_id, event = %event.event_id, attempt = attempts, "order changed concurrently; merging again");
            }
            Saved::Conflict => {
                return Err(IngestError::Port(PortError::Retryable(format!(
                    "order {} kept changing while event {} was merged",
                    event.order.order_id, event.event_id
                ))))
            }
            Saved::Stored => break true,
            Saved::DuplicateEvent => break false,
        }
    };
    // Published for a duplicate too: the first delivery may have been stored and then failed to
    // publish (the caller saw an error and retried), and planning is idempotent, so a repeated
    // `order.changed` costs one planner run while a lost one would lose the change for good.
    if stored || existed {
        bus.publish(&OrderChanged {
            store_id: event.store_id.clone(),
            order_id: event.order.order_id.clone(),
            event_id: event.event_id.clone(),
            event_type: event.event_type,
        })
        .await?;
    }
    if stored {
        info!(store = %event.store_id, order = %event.order.order_id, event = %event.event_id, kind = %event.event_type, "order stored");
        Ok(Ingested::Stored)
    } else {
        info!(store = %event.store_id, order = %event.order.order_id, event = %event.event_id, republished = existed, "duplicate event: order unchanged");
        Ok(Ingested::Duplicate)
    }
}

/// What planning one order did.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct PlanReport {
    pub created: Vec<Send>,
    pub cancelled: Vec<(SendId, Reason)>,
    /// The order's feedback triage, when it has a 1–3★ feedback.
    pub triage: Option<Triage>,
}

/// The zone the planner uses for an order's buyer.
pub fn buyer_zone(order: &Order) -> Tz {
    let s = &order.ship_to;
    zone::zone_for_address(
        s.postal_code.as_deref(),
        s.state.as_deref(),
        s.country.as_deref(),
        order.marketplace,
    )
    .zone
}

/// Whether a buyer may not be mailed, and why: an opt-out record or the store's blacklist.
pub async fn suppression_of(
    store: &Store,
    suppressions: &dyn Suppressions,
    buyer: Option<&str>,
) -> Result<Option<Reason>, PortError> {
    let Some(buyer) = buyer else { return Ok(None) };
    if store.blacklist.contains(&buyer.to_ascii_lowercase()) {
        return Ok(Some(Reason::Blacklisted));
    }
    Ok(suppressions
        .suppression(buyer)
        .await?
        .map(|s| s.cause.reason()))
}

/// Runs the planner for one order and stores its decisions.
pub async fn plan_order(
    config: &Config,
    orders: &dyn OrderStore,
    sends: &dyn SendStore,
    suppressions: &dyn Suppressions,
    store_id: &StoreId,
    order_id: &OrderId,
    now: DateTime<Utc>,
) -> Result<PlanReport, PortError> {
    let Some(store) = config.store(store_id) else {
        return Err(PortError::Permanent(format!("unknown store `{store_id}`")));
    };
    let Some(order) = orders.get_order(store_id, order_id).await? else {
        return Err(PortError::Permanent(format!(
            "order {order_id} of store {store_id} not found"
        )));
    };
    let existing = sends.sends_for_order(store_id, order_id).await?;
    let buyer = order.buyer.email.as_ref();
    let prior_orders = match (buyer, order.placed_at()) {
        (Some(b), Some(at)) => orders.prior_orders(store_id, b, at).await?,
        _ => 0,
    };
    let suppressed = suppression_of(store, suppressions, buyer.map(|b| b.as_str())).await?;
    let campaigns = config.campaigns_for(store_id);
    let plan = planner::plan(&PlanInput {
        order: &order,
        store,
        campaigns: &campaigns,
        existing: &existing,
        prior_orders,
        suppressed,
        buyer_zone: buyer_zone(&order),
        now,
    });
    sends.insert_new(&plan.sends).await?;
    let mut report = PlanReport {
        created: plan.sends,
        cancelled: Vec::new(),
        // Orders stored before triage existed get it computed here.
        triage: order
            .triage
            .clone()
            .or_else(|| triage::triage_order(&order, Some(store))),
    };
    if let Some(t) = &report.triage {
        let grounds: Vec<&str> = t.grounds().into_iter().map(|g| g.as_str()).collect();
        info!(store = %store_id, order = %order_id, rating = t.rating, grounds = ?grounds, next_step = %t.next_step, "feedback triaged");
    }
    for (id, reason) in plan.cancel {
        if sends.cancel(&id, reason, now).await? {
            info!(send = %id, reason = %reason, "pending send cancelled");
            report.cancelled.push((id, reason));
        }
    }
    for s in &report.created {
        info!(send = %s.id, status = %s.status, reason = s.reason.map(|r| r.as_str()), send_at = %s.send_at, "planned");
    }
    Ok(report)
}

/// Counts from one dispatcher run.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct DispatchReport {
    /// Emails the mailer accepted.
    pub sent: Vec<SendId>,
    /// Review requests Amazon accepted through its Solicitations API (not emails: they use
    /// neither the daily cap nor the mailer).
    pub solicited: Vec<SendId>,
    pub skipped: Vec<(SendId, Reason)>,
    pub failed: Vec<(SendId, String)>,
    /// Claimed by someone else first.
    pub raced: usize,
    /// The mailer throttled (definitely not accepted): back to pending, due again then.
    pub released: Vec<(SendId, DateTime<Utc>)>,
    /// Claimed outside the send's window (a late run), or the buyer already has an email that
    /// buyer-local day: back to pending for the next window (on the buyer's next day).
    pub deferred: Vec<(SendId, DateTime<Utc>)>,
    /// Of `deferred`: how many because the buyer already had an email that buyer-local day.
    pub buyer_day_deferred: usize,
    /// The mailer's answer was lost (timeout, 5xx): left claimed for reconciliation by an SES
    /// event, or for expiry when its lease runs out. Never re-sent.
    pub in_doubt: Vec<(SendId, String)>,
    /// Stale claims marked failed (`outcome_unknown`) by this run.
    pub expired: Vec<SendId>,
    /// Sends whose storage failed mid-way; the rest of the batch went on. A send left claimed
    /// here is reconciled or expired later; one left pending is due again at the next tick.
    pub errors: Vec<(SendId, PortError)>,
    /// Of `deferred`: how many because the store's daily cap was reached (to its next day).
    pub cap_deferred: usize,
    /// The mailer cannot send from this account at all (see [`MailError::Account`]): the run
    /// stopped at the first such answer and left its sends pending.
    pub halted: Option<String>,
    /// The run ended with sends still due (out of time, the account's 24-hour quota, or the
    /// page limit); the next tick takes them.
    pub unfinished: bool,
    /// Sends still due when the run ended unfinished at its window's last tick: they wait for
    /// the window's next opening.
    pub left_at_close: Vec<SendId>,
}

/// How a dispatcher run is bounded and paced.
#[derive(Clone, Copy)]
pub struct RunLimits<'a> {
    /// Sends read per due query: a page is read, dispatched, and the next one read.
    pub page: usize,
    /// Pages read at most; `None` reads until nothing is due.
    pub max_pages: Option<usize>,
    /// No send is started after this instant (the invocation's deadline less a margin).
    pub stop_at: Option<std::time::Instant>,
    /// Emails handed to the mailer at most (what is left of the account's 24-hour quota).
    pub max_emails: Option<usize>,
    /// The account's sending rate, shared with concurrent runs.
    pub pace: Option<&'a dyn SendPace>,
}

impl RunLimits<'_> {
    /// One page of at most `limit` sends, unpaced: the local runner's tick.
    pub fn one_page(limit: usize) -> Self {
        RunLimits {
            page: limit,
            max_pages: Some(1),
            stop_at: None,
            max_emails: None,
            pace: None,
        }
    }
}

/// How many sends still due at a window's close are counted at most (one query's worth).
const LEFT_AT_CLOSE_COUNTED: usize = 1_000;

/// Everything the dispatcher needs.
pub struct Dispatcher<'a> {
    pub config: &'a Config,
    pub orders: &'a dyn OrderStore,
    pub sends: &'a dyn SendStore,
    pub suppressions: &'a dyn Suppressions,
    pub mailer: &'a dyn Mailer,
    pub clock: &'a dyn Clock,
    /// Amazon's review request, for sends on the `solicitation` channel; without it such sends
    /// are skipped (`solicitation_unavailable`).
    pub solicitations: Option<&'a dyn Solicitations>,
}

/// How long a throttled send waits before it is due again (the next tick picks it up).
const THROTTLE_RETRY_MINUTES: i64 = 5;

impl Dispatcher<'_> {
    /// Expires stale claims, then sends the due sends (of `group`, if given), one page of at
    /// most `limit`. A storage failure on one send is reported in `errors` and the batch goes
    /// on; only failing to read the batch at all is an error of the run.
    pub async fn run(
        &self,
        group: Option<&str>,
        limit: usize,
    ) -> Result<DispatchReport, PortError> {
        self.run_with(group, &RunLimits::one_page(limit)).await
    }

    /// Like [`Dispatcher::run`], reading page after page until nothing is due or `limits`
    /// stop it; a run that stops with sends still due says so (`unfinished`), and at its
    /// window's last tick counts what is left (`left_at_close`). An account-level mailer error
    /// stops the run at once (`halted`).
    pub async fn run_with(
        &self,
        group: Option<&str>,
        limits: &RunLimits<'_>,
    ) -> Result<DispatchReport, PortError> {
        self.run_tick(group, limits, true).await
    }

    /// [`Dispatcher::run_with`] for a scheduled tick: the stale-claim sweep (a query of every
    /// claim shard of the group) runs only when `sweep_claims` says so, see [`sweeps_claims`].
    /// A stale claim is never sent again either way; the sweep only records it as failed.
    pub async fn run_tick(
        &self,
        group: Option<&str>,
        limits: &RunLimits<'_>,
        sweep_claims: bool,
    ) -> Result<DispatchReport, PortError> {
        let now = self.clock.now();
        let page = limits.page.max(1);
        let mut report = DispatchReport::default();
        if sweep_claims {
            self.expire_stale_claims(group, now, page, &mut report)
                .await?;
        }
        let mut seen = std::collections::HashSet::new();
        let mut pages = 0;
        'pages: loop {
            if limits.max_pages.is_some_and(|m| pages >= m) {
                report.unfinished = pages > 0 && self.sends.due(group, now, 1).await?.len() == 1;
                break;
            }
            let due = self.sends.due(group, now, page).await?;
            pages += 1;
            let full = due.len() >= page;
            // A send this run already handled and left due (its storage failed) is not tried
            // twice in one run.
            let fresh: Vec<Send> = due
                .into_iter()
                .filter(|s| seen.insert(s.id.clone()))
                .collect();
            if fresh.is_empty() {
                report.unfinished = full;
                break;
            }
            let mut left = fresh.len();
            for send in fresh {
                let out_of_time = limits
                    .stop_at
                    .is_some_and(|t| std::time::Instant::now() >= t);
                let out_of_quota = limits.max_emails.is_some_and(|m| report.sent.len() >= m);
                if out_of_time || out_of_quota {
                    report.unfinished = true;
                    info!(
                        reason = if out_of_time { "time" } else { "daily quota" },
                        "dispatcher run stops with sends still due"
                    );
                    break 'pages;
                }
                if let Err(e) = self
                    .dispatch_paced(&send.id, &mut report, limits.pace, left)
                    .await
                {
                    warn!(send = %send.id, error = %e, "storage failed while dispatching; the batch goes on");
                    report.errors.push((send.id, e));
                }
                left -= 1;
                if report.halted.is_some() {
                    report.unfinished = true;
                    break 'pages;
                }
            }
            // A page short of the limit held every send that was due: no need to ask again.
            if limits.max_pages == Some(1) || !full {
                report.unfinished = full;
                break;
            }
        }
        if report.unfinished {
            if let Some(group) = group.filter(|g| closes_before_next_tick(g, now)) {
                report.left_at_close = self
                    .sends
                    .due(Some(group), now, LEFT_AT_CLOSE_COUNTED)
                    .await?
                    .into_iter()
                    .map(|s| s.id)
                    .collect();
                warn!(
                    group,
                    left = report.left_at_close.len(),
                    "window closes with sends still due; they wait for its next opening"
                );
            }
        }
        Ok(report)
    }

    /// Claims older than the lease whose outcome never arrived: marked failed
    /// (`outcome_unknown`), never re-sent. A claim an SES send/delivery event confirmed is
    /// already `sent` and not among them.
    async fn expire_stale_claims(
        &self,
        group: Option<&str>,
        now: DateTime<Utc>,
        limit: usize,
        report: &mut DispatchReport,
    ) -> Result<(), PortError> {
        let before = now - Duration::minutes(crate::send::CLAIM_LEASE_MINUTES);
        for send in self.sends.stale_claims(group, before, limit).await? {
            if self.solicited_meanwhile(&send).await {
                let message_id = format!("solicitation:{}", send.order_id);
                if self.sends.confirm_sent(&send.id, &message_id, now).await? {
                    info!(send = %send.id, "stale claim: Amazon no longer offers the review request, so it went out; recorded as sent");
                    report.solicited.push(send.id);
                }
                continue;
            }
            if self.sends.expire_claim(&send.id, before, now).await? {
                warn!(send = %send.id, claimed_at = %send.updated_at, "claim expired with no outcome: marked failed (outcome unknown), not re-sent");
                report.expired.push(send.id);
            }
        }
        Ok(())
    }

    /// For a stale claim on the solicitation channel: whether Amazon no longer offers the
    /// review request, which means the request the claimant made went out (the claim's window
    /// of a few minutes cannot be mistaken for the 30-day review window closing). Any doubt
    /// (no connection, an error, still offered) leaves the claim to expire as usual.
    async fn solicited_meanwhile(&self, send: &Send) -> bool {
        let (Channel::Solicitation, Some(api)) = (send.channel, self.solicitations) else {
            return false;
        };
        let Some(store) = self.config.store(&send.store_id) else {
            return false;
        };
        let Ok(Some(order)) = self.orders.get_order(&send.store_id, &send.order_id).await else {
            return false;
        };
        let seller = Seller::of(store, order.marketplace);
        matches!(api.review_offered(&seller, &send.order_id).await, Ok(false))
    }

    /// Claims, re-checks, renders and mails one send.
    pub async fn dispatch_one(
        &self,
        id: &SendId,
        report: &mut DispatchReport,
    ) -> Result<(), PortError> {
        self.dispatch_paced(id, report, None, 1).await
    }

    /// [`Dispatcher::dispatch_one`], waiting for the account's sending rate before the mailer
    /// is called; `more` is how many sends this run still has in hand.
    async fn dispatch_paced(
        &self,
        id: &SendId,
        report: &mut DispatchReport,
        pace: Option<&dyn SendPace>,
        more: usize,
    ) -> Result<(), PortError> {
        let now = self.clock.now();
        let send = match self.sends.claim(id, now).await? {
            Claim::Claimed(send) => *send,
            Claim::AlreadyHandled => {
                report.raced += 1;
                return Ok(());
            }
        };
        if let Some(next) = self.outside_window(&send, now) {
            self.sends.release(id, next, now).await?;
            info!(send = %id, due = %next, "claimed outside its window: deferred to the next one");
            report.deferred.push((id.clone(), next));
            return Ok(());
        }
        let decided = if send.channel == Channel::Solicitation {
            match self.solicit(&send, now, report).await? {
                Some(outcome) => Err(outcome),
                None => return Ok(()),
            }
        } else {
            Ok(self.decide(&send, now).await?)
        };
        let outcome = match decided {
            Err(outcome) => outcome,
            Ok(Err(reason)) => Outcome::Skipped(reason),
            Ok(Ok(email)) => {
                if let Some(next) = self.buyer_day_taken(&send, &email, now).await? {
                    self.sends.release(id, next, now).await?;
                    info!(send = %id, due = %next, "buyer already has an email this buyer-local day: deferred to the next day");
                    report.deferred.push((id.clone(), next));
                    report.buyer_day_deferred += 1;
                    return Ok(());
                }
                let Some((store, cap_day)) = self.daily_slot(&send, now).await? else {
                    let next = self.next_seller_day(&send, now);
                    self.sends.release(id, next, now).await?;
                    info!(send = %id, due = %next, "store's daily cap reached: deferred to its next day");
                    report.deferred.push((id.clone(), next));
                    report.cap_deferred += 1;
                    return Ok(());
                };
                if let Some(pace) = pace {
                    pace.turn(more).await?;
                }
                let result = self.mailer.send(&email).await;
                if matches!(
                    result,
                    Err(MailError::Retryable(_) | MailError::Rejected(_) | MailError::Account(_))
                ) {
                    // Definitely not accepted: the slot goes back to the day.
                    self.sends.return_daily_slot(&store, cap_day).await?;
                }
                match result {
                    Ok(message_id) => Outcome::Sent { message_id },
                    Err(MailError::Retryable(e)) => {
                        let retry_at = self.retry_time(&send, now);
                        self.sends.release(id, retry_at, now).await?;
                        info!(send = %id, error = %e, due = %retry_at, "mailer throttled: send released for a later tick");
                        report.released.push((id.clone(), retry_at));
                        return Ok(());
                    }
                    Err(MailError::Unknown(e)) => {
                        warn!(send = %id, error = %e, "mailer outcome unknown: left claimed for reconciliation");
                        report.in_doubt.push((id.clone(), e));
                        return Ok(());
                    }
                    Err(MailError::Account(e)) => {
                        // Due again at once, so the first tick after the account is fixed sends it.
                        self.sends.release(id, now, now).await?;
                        tracing::error!(send = %id, error = %e, "the mailer cannot send from this account: run stopped, sends left pending");
                        report.halted = Some(e);
                        return Ok(());
                    }
                    Err(MailError::Rejected(e)) => Outcome::Failed(e),
                }
            }
        };
        self.sends.mark(id, &outcome, self.clock.now()).await?;
        match outcome {
            Outcome::Sent { .. } if send.channel == Channel::Solicitation => {
                info!(send = %id, "review requested through Amazon");
                report.solicited.push(id.clone());
            }
            Outcome::Sent { .. } => {
                info!(send = %id, "sent");
                report.sent.push(id.clone());
            }
            Outcome::Skipped(reason) => {
                info!(send = %id, reason = %reason, "skipped at send time");
                report.skipped.push((id.clone(), reason));
            }
            Outcome::Failed(e) => {
                warn!(send = %id, error = %e, "send failed");
                report.failed.push((id.clone(), e));
            }
        }
        Ok(())
    }

    /// At most one email per buyer per buyer-local day, across orders and campaigns: holds the
    /// day for this send with a conditional write. A send-time check cannot be atomic against
    /// the bounce of another email in flight, so a buyer never has two close together. When
    /// another send holds the day, returns when this one is due instead: the next opening of
    /// its window on the following buyer-local day. `None` when this send holds the day.
    /// A test campaign takes the same step on a day of its own (`test:` before the buyer), so
    /// a test send proves the live path without using up the buyer's day.
    async fn buyer_day_taken(
        &self,
        send: &Send,
        email: &OutgoingEmail,
        now: DateTime<Utc>,
    ) -> Result<Option<DateTime<Utc>>, PortError> {
        // As in `decide`: a test campaign mails the store's test address, not the buyer.
        let holder = match self.config.campaign(&send.campaign).map(|c| c.status) {
            Some(CampaignStatus::Test) | None => {
                let buyer = send.buyer_key.as_deref().unwrap_or(send.order_id.as_str());
                format!("test:{buyer}")
            }
            Some(_) => email.to.clone(),
        };
        self.buyer_day_held(send, &holder, now).await
    }

    /// Holds the buyer-local day for `holder`; when another send holds it, when this one is due
    /// instead (the next opening of its window on the following day).
    async fn buyer_day_held(
        &self,
        send: &Send,
        holder: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<DateTime<Utc>>, PortError> {
        let day = now.with_timezone(&send.buyer_zone).date_naive();
        if self
            .sends
            .reserve_buyer_day(holder, day, &send.id, now)
            .await?
        {
            return Ok(None);
        }
        let (_, tomorrow) = local_day(send.buyer_zone, now);
        Ok(Some(match self.window_of(send) {
            Some((window, zone)) => window.first_slot_from(zone, tomorrow).start.max(tomorrow),
            None => tomorrow,
        }))
    }

    /// Takes one of the store's emails for its seller-local day (the daily cap);
    /// `None` when the day's are all taken. Taken before the mailer is called, so sends that
    /// concurrent runs claimed but have not marked yet count too.
    async fn daily_slot(
        &self,
        send: &Send,
        now: DateTime<Utc>,
    ) -> Result<Option<(StoreId, chrono::NaiveDate)>, PortError> {
        let Some(store) = self.config.store(&send.store_id) else {
            return Ok(None);
        };
        let day = now.with_timezone(&store.seller_zone).date_naive();
        Ok(self
            .sends
            .take_daily_slot(&store.id, day, store.daily_cap(), now)
            .await?
            .then(|| (store.id.clone(), day)))
    }

    /// When a send refused by the daily cap is due instead: in its window, from the start of
    /// the store's next seller-local day.
    fn next_seller_day(&self, send: &Send, now: DateTime<Utc>) -> DateTime<Utc> {
        let zone = self
            .config
            .store(&send.store_id)
            .map_or(send.buyer_zone, |s| s.seller_zone);
        let (_, tomorrow) = local_day(zone, now);
        match self.window_of(send) {
            Some((window, zone)) => {
                let slot = window.first_slot_from(zone, tomorrow);
                slot.spread(send.id.as_str()).max(slot.start).max(tomorrow)
            }
            None => tomorrow,
        }
    }

    /// The send's window, read in the buyer's (or the window's fixed) zone; `None` for
    /// immediate sends and sends whose store or campaign is gone (`decide` skips those).
    fn window_of(&self, send: &Send) -> Option<(crate::window::Window, Tz)> {
        let store = self.config.store(&send.store_id)?;
        let window = self.config.campaign(&send.campaign)?.window_for(store)?;
        Some((window, window.zone_for(send.buyer_zone)))
    }

    /// When a send claimed at `now` outside its window is due instead: the start of the next
    /// occurrence of the window. `None` when `now` is inside it (or it has none).
    fn outside_window(&self, send: &Send, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let (window, zone) = self.window_of(send)?;
        let slot = window.first_slot_from(zone, now);
        (!slot.contains(now)).then_some(slot.start)
    }

    /// When a throttled send is due again: a few minutes on, inside its window (else at the
    /// start of the next occurrence).
    fn retry_time(&self, send: &Send, now: DateTime<Utc>) -> DateTime<Utc> {
        let later = now + Duration::minutes(THROTTLE_RETRY_MINUTES);
        match self.window_of(send) {
            Some((window, zone)) => window.first_slot_from(zone, later).start,
            None => later,
        }
    }

    /// Amazon's review request for one claimed send: the send-time re-check, then whether Amazon
    /// offers the request now, then the request. At most once, as for email: the send is
    /// claimed before Amazon is called, and an answer lost in transit is resolved by asking
    /// whether the request is still offered (no longer offered means it went out), never by
    /// asking twice. `None` when the send was released for later or left in doubt (reported).
    async fn solicit(
        &self,
        send: &Send,
        now: DateTime<Utc>,
        report: &mut DispatchReport,
    ) -> Result<Option<Outcome>, PortError> {
        let (store, order) = match self.recheck(send, now).await? {
            Ok(found) => found,
            Err(reason) => return Ok(Some(Outcome::Skipped(reason))),
        };
        let unavailable = Some(Outcome::Skipped(Reason::SolicitationUnavailable));
        let Some(api) = self.solicitations else {
            warn!(send = %send.id, "no Amazon SP-API connection: the review request cannot be sent");
            return Ok(unavailable);
        };
        let seller = Seller::of(store, order.marketplace);
        match api.review_offered(&seller, &send.order_id).await {
            Ok(true) => {}
            Ok(false) | Err(SpApiError::NotFound | SpApiError::Unavailable(_)) => {
                // Amazon offers it from 5 days after delivery: ask again on the next window day,
                // until the review window closes.
                let next = self.next_window_day(send, now);
                let closes = planner::completed_at(&order, store.transit_days)
                    .map(|d| d + Duration::days(planner::REVIEW_WINDOW_END_DAYS));
                if closes.is_none_or(|c| next > c) {
                    info!(send = %send.id, "Amazon did not offer its review request before the review window closed");
                    return Ok(unavailable);
                }
                self.sends.release(&send.id, next, now).await?;
                info!(send = %send.id, due = %next, "Amazon does not offer its review request yet: asked again on the next window day");
                report.deferred.push((send.id.clone(), next));
                return Ok(None);
            }
            Err(e) => return self.solicitation_failed(send, e, now, report).await,
        }
        // Amazon's review request is a message to the buyer too: it takes the buyer's day.
        let holder = send
            .buyer_key
            .clone()
            .unwrap_or_else(|| format!("order:{}", send.order_id));
        if let Some(next) = self.buyer_day_held(send, &holder, now).await? {
            self.sends.release(&send.id, next, now).await?;
            info!(send = %send.id, due = %next, "buyer already has a message this buyer-local day: deferred to the next day");
            report.deferred.push((send.id.clone(), next));
            report.buyer_day_deferred += 1;
            return Ok(None);
        }
        match api.request_review(&seller, &send.order_id).await {
            Ok(()) => Ok(Some(Outcome::Sent {
                message_id: format!("solicitation:{}", send.order_id),
            })),
            Err(SpApiError::Unavailable(why)) => {
                info!(send = %send.id, answer = %why, "Amazon refused the review request: recorded, not retried");
                Ok(Some(Outcome::Skipped(Reason::SolicitationRefused)))
            }
            Err(SpApiError::Unknown(why)) => {
                match api.review_offered(&seller, &send.order_id).await {
                    Ok(false) => {
                        info!(send = %send.id, "the review request's answer was lost, and Amazon no longer offers it: it went out");
                        Ok(Some(Outcome::Sent {
                            message_id: format!("solicitation:{}", send.order_id),
                        }))
                    }
                    _ => {
                        warn!(send = %send.id, error = %why, "review request outcome unknown: left claimed, never asked twice");
                        report.in_doubt.push((send.id.clone(), why));
                        Ok(None)
                    }
                }
            }
            Err(e) => self.solicitation_failed(send, e, now, report).await,
        }
    }

    /// An SP-API failure before Amazon accepted anything: throttling and outages release the
    /// send for a later tick, a refused connection for the next window day (the seller must fix
    /// the credentials; nothing is lost meanwhile); anything else fails the send.
    async fn solicitation_failed(
        &self,
        send: &Send,
        error: SpApiError,
        now: DateTime<Utc>,
        report: &mut DispatchReport,
    ) -> Result<Option<Outcome>, PortError> {
        let next = match &error {
            SpApiError::Throttled { .. } | SpApiError::Retryable(_) | SpApiError::Unknown(_) => {
                self.retry_time(send, now)
            }
            SpApiError::Denied(_) => {
                tracing::error!(send = %send.id, error = %error, "Amazon refused the SP-API credentials: the review request waits for the next window day");
                self.next_window_day(send, now)
            }
            _ => {
                warn!(send = %send.id, error = %error, "review request failed");
                return Ok(Some(Outcome::Failed(error.to_string())));
            }
        };
        self.sends.release(&send.id, next, now).await?;
        info!(send = %send.id, error = %error, due = %next, "review request not sent: released for later");
        report.released.push((send.id.clone(), next));
        Ok(None)
    }

    /// The next opening of the send's window on the following buyer-local day.
    fn next_window_day(&self, send: &Send, now: DateTime<Utc>) -> DateTime<Utc> {
        let (_, tomorrow) = local_day(send.buyer_zone, now);
        match self.window_of(send) {
            Some((window, zone)) => window.first_slot_from(zone, tomorrow).start.max(tomorrow),
            None => tomorrow,
        }
    }

    /// The send-time re-check shared by both channels: the store, campaign and
    /// order still exist, nothing since planning stops the campaign, and a proactive message is
    /// still within 30 days of the order's completion (the delivery may have moved since
    /// planning).
    async fn recheck(
        &self,
        send: &Send,
        now: DateTime<Utc>,
    ) -> Result<Result<(&Store, Order), Reason>, PortError> {
        let Some(store) = self.config.store(&send.store_id) else {
            return Ok(Err(Reason::CampaignRemoved));
        };
        let Some(campaign) = self.config.campaign(&send.campaign) else {
            return Ok(Err(Reason::CampaignRemoved));
        };
        let Some(order) = self
            .orders
            .get_order(&send.store_id, &send.order_id)
            .await?
        else {
            return Ok(Err(Reason::CampaignRemoved));
        };
        let buyer = order.buyer.email.as_ref().map(|b| b.as_str());
        let suppressed = suppression_of(store, self.suppressions, buyer).await?;
        if let Some(reason) = planner::recheck(campaign, &order, suppressed) {
            return Ok(Err(reason));
        }
        if let Some(reason) = planner::past_completion(send.kind, &order, store.transit_days, now) {
            return Ok(Err(reason));
        }
        Ok(Ok((store, order)))
    }

    /// The send-time re-check, then the rendered email.
    async fn decide(
        &self,
        send: &Send,
        now: DateTime<Utc>,
    ) -> Result<Result<OutgoingEmail, Reason>, PortError> {
        let (store, order) = match self.recheck(send, now).await? {
            Ok(found) => found,
            Err(reason) => return Ok(Err(reason)),
        };
        let Some(campaign) = self.config.campaign(&send.campaign) else {
            return Ok(Err(Reason::CampaignRemoved));
        };
        let buyer = order.buyer.email.as_ref().map(|b| b.as_str());
        let to = match (campaign.status, buyer) {
            (CampaignStatus::Test, _) => store.test_address.clone(),
            (_, Some(b)) => b.to_string(),
            (_, None) => return Ok(Err(Reason::NoBuyerEmail)),
        };
        let mut vars = message_vars(store, &order, !campaign.attachments.is_empty());
        // A campaign about one product shows the item it matched, not the order's first.
        vars.product.clone_from(&send.item);
        let preferred = [order.marketplace.default_locale()];
        let Some(source) = self.config.templates.pick(&campaign.template, &preferred) else {
            return Ok(Err(Reason::TemplateError));
        };
        let rendered = match template::render(source, &vars) {
            Ok(r) => r,
            Err(e) => {
                warn!(send = %send.id, error = %e, "template failed to render");
                return Ok(Err(Reason::TemplateError));
            }
        };
        Ok(Ok(OutgoingEmail {
            send_id: send.id.clone(),
            store_id: store.id.clone(),
            from: campaign
                .sender
                .clone()
                .unwrap_or_else(|| store.sender.clone()),
            to,
            subject: rendered.subject,
            text: rendered.text,
            html: rendered.html,
            attachments: campaign.attachments.clone(),
            at: now,
        }))
    }
}

/// Whether a scheduled tick of `group` at `now` also sweeps the group's stale claims (claims
/// older than the lease whose outcome never arrived, marked failed as `outcome_unknown`).
/// Every tick used to, at one query per claim shard, although a stale claim is rare (a run
/// that died mid-send, or an SES answer lost) and is never re-sent whether or not it is swept.
/// Now the first and the last tick of each window do (a claim from the window's earlier ticks
/// is past its lease by the last one), and for `immediate`, which runs every five minutes, the
/// tick in the first five minutes of each hour. Any other group, or a tick outside its window,
/// sweeps.
pub fn sweeps_claims(group: &str, now: DateTime<Utc>) -> bool {
    use chrono::Timelike;
    if group == crate::schedule::IMMEDIATE {
        return now.minute() < 5;
    }
    let Some((window, zone)) = crate::window::group_window(group) else {
        return true;
    };
    let tick = Duration::minutes(crate::window::TICK_MINUTES);
    let today = now.with_timezone(&zone).date_naive();
    let slot = [today.pred_opt(), Some(today)]
        .into_iter()
        .flatten()
        .filter_map(|d| window.slot_on(zone, d))
        .find(|slot| slot.start <= now && now < slot.end);
    match slot {
        Some(slot) => now < slot.start + tick || now + tick >= slot.end,
        None => true,
    }
}

/// Whether the window of `group` (`America/Chicago 13:00-15:00`) closes before its schedule's
/// next tick after `now`: then a run that ends with sends due leaves them for another day.
fn closes_before_next_tick(group: &str, now: DateTime<Utc>) -> bool {
    let Some((window, zone)) = crate::window::group_window(group) else {
        return false;
    };
    let slot = window.first_slot_from(zone, now);
    !slot.contains(now + Duration::minutes(crate::window::TICK_MINUTES))
}

/// `[start, end)` of the local day containing `now`, in UTC.
fn local_day(zone: Tz, now: DateTime<Utc>) -> (DateTime<Utc>, DateTime<Utc>) {
    let date = now.with_timezone(&zone).date_naive();
    let start_of = |d: chrono::NaiveDate| {
        zone.from_local_datetime(&d.and_time(NaiveTime::MIN))
            .earliest()
            .map_or(now, |t| t.with_timezone(&Utc))
    };
    let start = start_of(date);
    let end = date.succ_opt().map_or(start + Duration::days(1), start_of);
    (start, end)
}

/// The template variables for an order, with everything Amazon may withhold left optional.
pub fn message_vars(store: &Store, order: &Order, has_attachments: bool) -> MessageVars {
    MessageVars {
        buyer_name: order.buyer.name.clone(),
        order_id: order.order_id.to_string(),
        marketplace: order.marketplace,
        locale: order.marketplace.default_locale().to_string(),
        items: order
            .items
            .iter()
            .map(|i| ItemVars {
                asin: i.asin.clone(),
                sku: i.sku.clone(),
                title: i.title.clone(),
                quantity: i.quantity,
                image_url: None,
            })
            .collect(),
        store_name: store.name.clone(),
        store_logo_url: store.logo_url.clone(),
        seller_id: order.seller_id.clone().or_else(|| store.seller_id.clone()),
        tracking: order
            .tracking
            .as_ref()
            .map(|t| (t.carrier.clone(), t.number.clone())),
        purchase_date: order.placed_at().map(|d| d.date_naive()),
        delivered_date: order.delivered_at.map(|d| d.date_naive()),
        has_attachments,
        product: None,
    }
}

/// What the bounce handler did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct BounceReport {
    pub bounced: usize,
    pub complaints: usize,
    pub opted_out: usize,
    pub newly_suppressed: usize,
    pub cancelled: usize,
    pub reconciled: usize,
    /// Notices naming an order this deployment does not know and no relay address.
    pub unmatched_notices: usize,
    /// (store id, metric name) per bounce, complaint and opt-out, for per-store metrics;
    /// `unknown` when the event carries no store tag.
    pub by_store: Vec<(String, &'static str)>,
}

fn store_label(tags: &crate::optout::MailTags) -> String {
    tags.store_id
        .clone()
        .unwrap_or_else(|| "unknown".to_string())
}

/// The send an SES event is about, from its message tags.
fn tagged_send(tags: &crate::optout::MailTags) -> Option<SendId> {
    match (&tags.store_id, &tags.order_id, &tags.campaign) {
        (Some(s), Some(o), Some(c)) => {
            let store = StoreId::parse(s).ok()?;
            let order = OrderId::parse(o).ok()?;
            Some(SendId::new(&store, &order, c))
        }
        _ => tags.send_id.clone().map(SendId::from_stored),
    }
}

async fn opt_out(
    sends: &dyn SendStore,
    suppressions: &dyn Suppressions,
    buyer: &str,
    cause: SuppressionCause,
    store: Option<StoreId>,
    now: DateTime<Utc>,
    report: &mut BounceReport,
) -> Result<(), PortError> {
    let buyer = buyer.trim().to_ascii_lowercase();
    let new = suppressions
        .suppress(&Suppression {
            buyer: buyer.clone(),
            cause,
            store,
            at: now,
        })
        .await?;
    if new {
        report.newly_suppressed += 1;
    }
    report.cancelled += sends.cancel_for_buyer(&buyer, cause.reason(), now).await?;
    Ok(())
}

/// An SES event about a send proves SES accepted it: a send still claimed (its final write
/// was lost, or the mailer's answer was) becomes `sent`.
async fn reconcile(
    sends: &dyn SendStore,
    id: &SendId,
    message_id: &str,
    now: DateTime<Utc>,
    report: &mut BounceReport,
) -> Result<(), PortError> {
    if !message_id.is_empty() && sends.confirm_sent(id, message_id, now).await? {
        report.reconciled += 1;
        info!(send = %id, "claimed send reconciled as sent from an SES event");
    }
    Ok(())
}

/// Handles SES events: permanent bounces and complaints suppress the buyer and cancel their
/// pending sends; send/delivery events reconcile a send whose final write was lost.
pub async fn handle_mail_events(
    sends: &dyn SendStore,
    suppressions: &dyn Suppressions,
    events: &[MailEvent],
    now: DateTime<Utc>,
) -> Result<BounceReport, PortError> {
    let mut report = BounceReport::default();
    for event in events {
        match event {
            MailEvent::Bounce {
                permanent,
                recipients,
                tags,
                ..
            } => {
                let id = tagged_send(tags);
                if let Some(id) = &id {
                    reconcile(sends, id, event.message_id(), now, &mut report).await?;
                    sends.mark_bounced(id, now).await?;
                }
                if !permanent {
                    continue;
                }
                report.bounced += 1;
                report
                    .by_store
                    .push((store_label(tags), crate::metrics::EMAILS_BOUNCED));
                let store = tags
                    .store_id
                    .as_deref()
                    .and_then(|s| StoreId::parse(s).ok());
                for r in recipients {
                    opt_out(
                        sends,
                        suppressions,
                        r,
                        SuppressionCause::Bounce,
                        store.clone(),
                        now,
                        &mut report,
                    )
                    .await?;
                }
                info!(
                    send = id.as_ref().map(|i| i.as_str()),
                    recipients = recipients.len(),
                    "permanent bounce: buyer suppressed"
                );
            }
            MailEvent::Complaint {
                recipients, tags, ..
            } => {
                report.complaints += 1;
                report
                    .by_store
                    .push((store_label(tags), crate::metrics::EMAILS_COMPLAINED));
                if let Some(id) = tagged_send(tags) {
                    reconcile(sends, &id, event.message_id(), now, &mut report).await?;
                    sends.mark_bounced(&id, now).await?;
                }
                let store = tags
                    .store_id
                    .as_deref()
                    .and_then(|s| StoreId::parse(s).ok());
                for r in recipients {
                    opt_out(
                        sends,
                        suppressions,
                        r,
                        SuppressionCause::Complaint,
                        store.clone(),
                        now,
                        &mut report,
                    )
                    .await?;
                }
                info!(recipients = recipients.len(), "complaint: buyer suppressed");
            }
            MailEvent::Delivery {
                tags, message_id, ..
            }
            | MailEvent::Send {
                tags, message_id, ..
            } => {
                if let Some(id) = tagged_send(tags) {
                    reconcile(sends, &id, message_id, now, &mut report).await?;
                }
            }
            MailEvent::Other { .. } => {}
        }
    }
    Ok(report)
}

/// Handles one of Amazon's opt-out relay notices.
pub async fn handle_notice(
    orders: &dyn OrderStore,
    sends: &dyn SendStore,
    suppressions: &dyn Suppressions,
    notice: &OptOutNotice,
    now: DateTime<Utc>,
) -> Result<BounceReport, PortError> {
    let mut report = BounceReport::default();
    let mut buyers: Vec<(String, Option<StoreId>)> = Vec::new();
    if let Some(order_id) = notice
        .order_id
        .as_deref()
        .and_then(|o| OrderId::parse(o).ok())
    {
        for order in orders.find_orders(&order_id).await? {
            if let Some(email) = &order.buyer.email {
                buyers.push((email.as_str().to_string(), Some(order.store_id.clone())));
            }
        }
    }
    if let Some(relay) = &notice.buyer_relay {
        let relay = relay.to_ascii_lowercase();
        if !buyers.iter().any(|(b, _)| *b == relay) {
            buyers.push((relay, None));
        }
    }
    if buyers.is_empty() {
        report.unmatched_notices += 1;
        warn!(
            order = notice.order_id.as_deref(),
            "opt-out notice names no known order or address"
        );
        return Ok(report);
    }
    report.opted_out += 1;
    for (_, store) in &buyers {
        let label = store
            .as_ref()
            .map_or_else(|| "unknown".to_string(), |s| s.to_string());
        report
            .by_store
            .push((label, crate::metrics::BUYERS_OPTED_OUT));
    }
    for (buyer, store) in buyers {
        opt_out(
            sends,
            suppressions,
            &buyer,
            SuppressionCause::AmazonOptOut,
            store,
            now,
            &mut report,
        )
        .await?;
    }
    info!(
        order = notice.order_id.as_deref(),
        "Amazon opt-out notice recorded"
    );
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(t: &str) -> DateTime<Utc> {
        t.parse().expect("a time")
    }

    #[test]
    fn claims_are_swept_at_a_windows_first_and_last_tick_only() {
        // Chicago is UTC-6 in November: the window's ticks are 19:00 … 20:45 UTC.
        let g = "America/Chicago 13:00-15:00";
        let swept: Vec<bool> = (0..8)
            .map(|i| sweeps_claims(g, at("2026-11-03T19:00:02Z") + Duration::minutes(15 * i)))
            .collect();
        assert_eq!(
            swept,
            [true, false, false, false, false, false, false, true]
        );
        // A tick outside the window (a manual run) sweeps.
        assert!(sweeps_claims(g, at("2026-11-03T23:00:00Z")));
        // Across DST (Chicago is UTC-5 in July) the same local ticks.
        assert!(sweeps_claims(g, at("2026-07-01T18:00:01Z")));
        assert!(!sweeps_claims(g, at("2026-07-01T18:15:01Z")));
        assert!(sweeps_claims(g, at("2026-07-01T19:45:01Z")));
    }

    #[test]
    fn immediate_sweeps_once_an_hour_and_unknown_groups_always() {
        let ticks: Vec<bool> = (0..12)
            .map(|i| {
                sweeps_claims(
                    crate::schedule::IMMEDIATE,
                    at("2026-11-03T19:02:30Z") + Duration::minutes(5 * i),
                )
            })
            .collect();
        assert_eq!(ticks.iter().filter(|s| **s).count(), 1);
        assert!(ticks[0]);
        assert!(sweeps_claims("not a group", at("2026-11-03T19:07:00Z")));
    }
}
