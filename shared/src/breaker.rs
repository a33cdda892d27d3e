//! The bounce circuit breaker. SES reviews a whole account at a 5 % bounce rate
//! or a 0.1 % complaint rate, so one store sending to stale or opted-out buyers can endanger
//! every store on the account. The bounce handler counts each store's permanent bounces and
//! complaints per hour; when a store's rolling 24 h rate (bounces or complaints ÷ emails sent in
//! the same 24 h) is over its limit and it sent at least `min_sends` emails in that time, the
//! store is paused: its pending sends stay pending (the dispatcher does not see them) until the
//! seller resumes it deliberately.
//!
//! On resume the held sends are re-slotted: each overdue send moves to the first opening of its
//! own window that is on a buyer-local day with no other email to that buyer: not the day of
//! the pause (something may have gone out that day), and not a day another pending send of the
//! same buyer already holds. A send never leaves its window, and a buyer never gets two emails
//! on one local day, however long the pause was.
//!
//! A resume re-slots first and lifts the pause last, paging through the store's own held sends
//! (never the whole due index), then takes one more pass for a send a racing dispatcher tick
//! held just before the lift. A call cut off part-way (a Lambda timeout) leaves the pause in
//! force or sends held, and calling again finishes the job.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Duration, DurationRound, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use tracing::{info, warn};

use crate::config::{BreakerLimits, Config, Store};
use crate::metrics;
use crate::optout::MailEvent;
use crate::order::StoreId;
use crate::pipeline::{self, BounceReport};
use crate::ports::{
    BreakerStore, Feedback, Health, HeldCursor, Pause, PortError, SendStore, Suppressions,
};
use crate::send::Send;
use crate::window::Window;

/// The breaker looks back this far.
pub const WINDOW_HOURS: i64 = 24;

/// Which limit a store's record crosses, if any: `(reason, rate %, limit %)`.
pub fn verdict(limits: &BreakerLimits, health: &Health) -> Option<(&'static str, f64, f64)> {
    if health.sent == 0 || health.sent < limits.min_sends {
        return None;
    }
    let rate = |n: u32| 100.0 * f64::from(n) / f64::from(health.sent);
    let bounce = rate(health.bounced);
    if bounce > limits.max_bounce_percent {
        return Some(("bounce_rate", bounce, limits.max_bounce_percent));
    }
    let complaint = rate(health.complained);
    if complaint > limits.max_complaint_percent {
        return Some(("complaint_rate", complaint, limits.max_complaint_percent));
    }
    None
}

/// Where the breaker's 24 h window starts for a store: 24 h back, or the first full hour after
/// the seller last resumed it (so the bounces that tripped it do not trip it again; the AWS
/// counters are hourly, hence the full hour in both stores).
pub fn window_start(now: DateTime<Utc>, last: Option<&Pause>) -> DateTime<Utc> {
    let back = now - Duration::hours(WINDOW_HOURS);
    match last.and_then(|p| p.resumed_at) {
        Some(resumed) => {
            let hour = resumed
                .duration_trunc(Duration::hours(1))
                .unwrap_or(resumed);
            back.max(hour + Duration::hours(1))
        }
        None => back,
    }
}

/// Counts the report's permanent bounces and complaints per store and pauses each store that
/// is now over its limit. Returns the pauses that are new. Events without a known store tag
/// are not counted (no store to pause).
pub async fn observe(
    config: &Config,
    breaker: &dyn BreakerStore,
    report: &BounceReport,
    now: DateTime<Utc>,
) -> Result<Vec<Pause>, PortError> {
    let mut touched: BTreeSet<StoreId> = BTreeSet::new();
    for (store, metric) in &report.by_store {
        let kind = match *metric {
            metrics::EMAILS_BOUNCED => Feedback::Bounce,
            metrics::EMAILS_COMPLAINED => Feedback::Complaint,
            _ => continue,
        };
        let Ok(id) = StoreId::parse(store) else {
            continue;
        };
        if config.store(&id).is_none() {
            continue;
        }
        breaker.count_feedback(&id, kind, now).await?;
        touched.insert(id);
    }
    let mut paused = Vec::new();
    for id in touched {
        if let Some(p) = check(config, breaker, &id, now).await? {
            paused.push(p);
        }
    }
    Ok(paused)
}

/// The bounce path with the breaker: [`pipeline::handle_mail_events`], then the counters and
/// the check. Returns the report and the stores newly paused.
pub async fn handle_mail_events(
    config: &Config,
    sends: &dyn SendStore,
    suppressions: &dyn Suppressions,
    breaker: &dyn BreakerStore,
    events: &[MailEvent],
    now: DateTime<Utc>,
) -> Result<(BounceReport, Vec<Pause>), PortError> {
    let report = pipeline::handle_mail_events(sends, suppressions, events, now).await?;
    let paused = observe(config, breaker, &report, now).await?;
    Ok((report, paused))
}

/// Evaluates one store and pauses it when it is over its limit; the new pause, if any.
pub async fn check(
    config: &Config,
    breaker: &dyn BreakerStore,
    id: &StoreId,
    now: DateTime<Utc>,
) -> Result<Option<Pause>, PortError> {
    let Some(store) = config.store(id) else {
        return Ok(None);
    };
    let last = breaker.last_pause(id).await?;
    if last.as_ref().is_some_and(|p| p.resumed_at.is_none()) {
        return Ok(None);
    }
    let from = window_start(now, last.as_ref());
    let health = breaker.health(id, from, now + Duration::seconds(1)).await?;
    let Some((reason, rate, limit)) = verdict(&store.breaker, &health) else {
        return Ok(None);
    };
    let pause = Pause {
        store_id: id.clone(),
        at: now,
        reason: reason.to_string(),
        health,
        limit_percent: limit,
        resumed_at: None,
    };
    if !breaker.pause(&pause).await? {
        return Ok(None);
    }
    warn!(
        store = %id,
        reason,
        rate_percent = rate,
        limit_percent = limit,
        sent = health.sent,
        bounced = health.bounced,
        complained = health.complained,
        "store paused by the bounce circuit breaker: pending sends are held until the seller resumes it"
    );
    Ok(Some(pause))
}

/// What resuming a store did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Resumed {
    /// The pause whose held sends this call dealt with: the pause in force, or one an earlier
    /// call lifted without re-slotting everything; `None` when there was nothing to do.
    pub pause: Option<Pause>,
    /// Whether this call lifted the pause (an earlier, interrupted call may have).
    pub lifted: bool,
    /// Held sends moved to a new slot.
    pub rescheduled: usize,
}

/// Held sends are re-slotted a page at a time, so a resume of any size moves on in bounded
/// steps and a call cut off part-way leaves the rest for the next call.
pub const RESUME_PAGE: usize = 100;

/// Re-slots a store's held sends, then lifts its pause (see the module notes). Safe to call
/// again: a call cut off part-way left the pause in force or sends held, and the next call
/// finishes the job; a call with nothing left to do returns `Resumed::default()`.
pub async fn resume(
    config: &Config,
    breaker: &dyn BreakerStore,
    id: &StoreId,
    now: DateTime<Utc>,
) -> Result<Resumed, PortError> {
    let Some(store) = config.store(id) else {
        return Err(PortError::Permanent(format!("unknown store `{id}`")));
    };
    let Some(pause) = breaker.last_pause(id).await? else {
        return Ok(Resumed::default());
    };
    let mut report = Resumed::default();
    report.rescheduled += reslot_held(config, store, breaker, &pause, now).await?;
    if pause.resumed_at.is_none() {
        report.lifted = breaker.resume(id, now).await?.is_some();
        // A tick that read the pause before the lift may have held a send since the pass above.
        report.rescheduled += reslot_held(config, store, breaker, &pause, now).await?;
    }
    if !report.lifted && report.rescheduled == 0 && pause.resumed_at.is_some() {
        return Ok(Resumed::default());
    }
    report.pause = Some(pause.clone());
    info!(
        store = %id,
        paused_at = %pause.at,
        reason = %pause.reason,
        lifted = report.lifted,
        rescheduled = report.rescheduled,
        "store resumed; held sends re-slotted"
    );
    Ok(report)
}

/// One pass over the store's held sends, page by page: each moves to its new slot. Returns how
/// many moved.
async fn reslot_held(
    config: &Config,
    store: &Store,
    breaker: &dyn BreakerStore,
    pause: &Pause,
    now: DateTime<Utc>,
) -> Result<usize, PortError> {
    let mut moved = 0;
    let mut after: Option<HeldCursor> = None;
    loop {
        let page = breaker
            .held_sends(&pause.store_id, now, after.as_ref(), RESUME_PAGE)
            .await?;
        let Some(last) = page.last() else {
            return Ok(moved);
        };
        after = Some(HeldCursor::after(last));
        let full = page.len() >= RESUME_PAGE;
        // One buyer's held sends of the page together; a send without an address stands alone.
        let mut by_buyer: BTreeMap<Option<String>, Vec<Send>> = BTreeMap::new();
        for s in page {
            by_buyer.entry(s.buyer_key.clone()).or_default().push(s);
        }
        for (buyer, sends) in by_buyer {
            let mut taken = match &buyer {
                Some(b) => taken_days(breaker, b, &pause.store_id, now).await?,
                None => BTreeSet::new(),
            };
            for s in sends {
                let window = config
                    .campaign(&s.campaign)
                    .and_then(|c| c.window_for(store))
                    .unwrap_or(store.window);
                let at = reslot(&window, &s, pause.at, now, &taken);
                if buyer.is_some() {
                    taken.insert(at.with_timezone(&s.buyer_zone).date_naive());
                }
                if breaker.reschedule(&s, at, now).await? {
                    moved += 1;
                }
            }
        }
        if !full {
            return Ok(moved);
        }
    }
}

/// The buyer-local days another pending send of the buyer already holds: any store's, except
/// this store's overdue ones (held, and about to move themselves). Read afresh for each page,
/// so sends re-slotted by an earlier page or an earlier call count.
async fn taken_days(
    breaker: &dyn BreakerStore,
    buyer: &str,
    store: &StoreId,
    now: DateTime<Utc>,
) -> Result<BTreeSet<NaiveDate>, PortError> {
    Ok(breaker
        .pending_for_buyer(buyer)
        .await?
        .iter()
        .filter(|s| !(s.store_id == *store && s.send_at < now))
        .map(|s| s.send_at.with_timezone(&s.buyer_zone).date_naive())
        .collect())
}

/// The first instant in the send's window, at or after `now`, on a buyer-local day after the
/// pause's day and not in `taken`.
fn reslot(
    window: &Window,
    send: &Send,
    paused_at: DateTime<Utc>,
    now: DateTime<Utc>,
    taken: &BTreeSet<NaiveDate>,
) -> DateTime<Utc> {
    let buyer = send.buyer_zone;
    let pause_day = paused_at.with_timezone(&buyer).date_naive();
    let mut not_before = now.max(day_start(buyer, pause_day + Duration::days(1)));
    let zone = window.zone_for(buyer);
    // A window is open on almost every day, so this ends within a few days of `taken`'s size.
    for _ in 0..(taken.len() + 30) {
        let slot = window.first_slot_from(zone, not_before);
        let at = slot.spread(send.id.as_str()).max(slot.start);
        let day = at.with_timezone(&buyer).date_naive();
        if day > pause_day && !taken.contains(&day) {
            return at;
        }
        not_before = slot.end.max(day_start(buyer, day + Duration::days(1)));
    }
    not_before
}

/// Local midnight of `date` in `zone`, in UTC.
fn day_start(zone: Tz, date: NaiveDate) -> DateTime<Utc> {
    zone.from_local_datetime(&date.and_time(NaiveTime::MIN))
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&date.and_time(NaiveTime::MIN)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    fn health(sent: u32, bounced: u32, complained: u32) -> Health {
        Health {
            sent,
            bounced,
            complained,
        }
    }

    #[test]
    fn trips_only_over_a_limit_with_enough_sends() {
        let l = BreakerLimits::default();
        assert_eq!(verdict(&l, &health(199, 100, 10)), None, "below min_sends");
        assert_eq!(verdict(&l, &health(200, 8, 0)), None, "4 % is not over 4 %");
        assert_eq!(
            verdict(&l, &health(200, 9, 0)).map(|v| v.0),
            Some("bounce_rate")
        );
        assert_eq!(
            verdict(&l, &health(1250, 0, 1)),
            None,
            "0.08 % is not over 0.08 %"
        );
        assert_eq!(
            verdict(&l, &health(1249, 0, 1)).map(|v| v.0),
            Some("complaint_rate")
        );
        assert_eq!(verdict(&l, &health(0, 0, 0)), None);
        let any = BreakerLimits { min_sends: 1, ..l };
        assert_eq!(
            verdict(&any, &health(0, 3, 0)),
            None,
            "nothing sent, no rate"
        );
    }

    #[test]
    fn after_a_resume_the_window_starts_at_the_next_full_hour() {
        let now = t("2026-11-10T12:30:00Z");
        assert_eq!(window_start(now, None), t("2026-11-09T12:30:00Z"));
        let pause = Pause {
            store_id: StoreId::parse("s").unwrap(),
            at: t("2026-11-10T08:00:00Z"),
            reason: "bounce_rate".into(),
            health: Health::default(),
            limit_percent: 4.0,
            resumed_at: Some(t("2026-11-10T10:15:00Z")),
        };
        assert_eq!(window_start(now, Some(&pause)), t("2026-11-10T11:00:00Z"));
        let old = Pause {
            resumed_at: Some(t("2026-11-01T10:15:00Z")),
            ..pause
        };
        assert_eq!(window_start(now, Some(&old)), t("2026-11-09T12:30:00Z"));
    }
}
