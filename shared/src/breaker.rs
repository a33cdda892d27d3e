//! The bounce circuit breaker (DESIGN §1.6). SES reviews a whole account at a 5 % bounce rate
//! or a 0.1 % complaint rate, so one store sending to stale or opted-out buyers can endanger
//! every store on the account. The bounce handler counts each store's permanent bounces and
//! complaints per hour; when a store's rolling 24 h rate (bounces or complaints ÷ emails sent in
//! the same 24 h) is over its limit and it sent at least `min_sends` emails in that time, the
//! store is paused: its pending sends stay pending (the dispatcher does not see them) until the
//! seller resumes it deliberately.
//!
//! On resume the held sends are re-slotted: each overdue send moves to the first opening of its
//! own window that is on a buyer-local day with no other email to that buyer (from this store):
//! not the day of the pause (something may have gone out that day), and not a day another
//! pending send of the same buyer already holds. A send never leaves its window, and a buyer
//! never gets two emails on one local day, however long the pause was.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Duration, DurationRound, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use tracing::{info, warn};

use crate::config::{BreakerLimits, Config};
use crate::metrics;
use crate::optout::MailEvent;
use crate::order::StoreId;
use crate::pipeline::{self, BounceReport};
use crate::ports::{BreakerStore, Feedback, Health, Pause, PortError, SendStore, Suppressions};
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
    /// The pause that was lifted; `None` when the store was not paused.
    pub pause: Option<Pause>,
    /// Held sends moved to a new slot.
    pub rescheduled: usize,
    /// Pending sends left where they were (still in the future and on a free day).
    pub kept: usize,
}

/// Lifts a store's pause and re-slots its held sends (see the module notes).
pub async fn resume(
    config: &Config,
    breaker: &dyn BreakerStore,
    id: &StoreId,
    now: DateTime<Utc>,
) -> Result<Resumed, PortError> {
    let Some(store) = config.store(id) else {
        return Err(PortError::Permanent(format!("unknown store `{id}`")));
    };
    let Some(pause) = breaker.resume(id, now).await? else {
        return Ok(Resumed::default());
    };
    let mut report = Resumed {
        pause: Some(pause.clone()),
        ..Resumed::default()
    };
    // One buyer's pending sends together; a send without an address stands alone.
    let mut by_buyer: BTreeMap<String, Vec<Send>> = BTreeMap::new();
    for s in breaker.pending_for_store(id).await? {
        let key = s
            .buyer_key
            .clone()
            .unwrap_or_else(|| format!("send:{}", s.id));
        by_buyer.entry(key).or_default().push(s);
    }
    for (_, mut sends) in by_buyer {
        sends.sort_by(|a, b| a.send_at.cmp(&b.send_at).then_with(|| a.id.cmp(&b.id)));
        let (held, future): (Vec<Send>, Vec<Send>) =
            sends.into_iter().partition(|s| s.send_at < now);
        let mut taken: BTreeSet<NaiveDate> = future
            .iter()
            .map(|s| s.send_at.with_timezone(&s.buyer_zone).date_naive())
            .collect();
        report.kept += future.len();
        for s in held {
            let window = config
                .campaign(&s.campaign)
                .and_then(|c| c.window_for(store))
                .unwrap_or(store.window);
            let at = reslot(&window, &s, pause.at, now, &taken);
            taken.insert(at.with_timezone(&s.buyer_zone).date_naive());
            if breaker.reschedule(&s.id, at, now).await? {
                report.rescheduled += 1;
            }
        }
    }
    info!(
        store = %id,
        paused_at = %pause.at,
        reason = %pause.reason,
        rescheduled = report.rescheduled,
        kept = report.kept,
        "store resumed; held sends re-slotted"
    );
    Ok(report)
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
