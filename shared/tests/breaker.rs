//! The bounce circuit breaker over whole simulated runs: a store whose 24 h bounce rate crosses
//! its limit is paused with its sends held (pending, not dropped), nothing of it is mailed while
//! paused, and after a deliberate resume the held sends go out inside their windows, never two to
//! one buyer on one buyer-local day, and never again to a buyer whose address bounced.

use std::collections::{BTreeMap, BTreeSet};

use aftercare::adapters::local::{OutboxMailer, SqliteStore};
use aftercare::breaker;
use aftercare::config::Config;
use aftercare::demo::{self, DemoSpec};
use aftercare::optout;
use aftercare::order::StoreId;
use aftercare::pipeline::Dispatcher;
use aftercare::ports::{BreakerStore, Clock, SimClock};
use aftercare::send::{Reason, Send, SendStatus};
use aftercare::simulate::{self, SimOptions};
use aftercare::template::TemplateSet;
use chrono::{DateTime, Duration, Utc};

const DEFAULTS: &str = include_str!("../defaults/aftercare.toml");

fn config(extra: &str) -> Config {
    Config::from_toml(
        "test:aftercare.toml",
        &format!("{DEFAULTS}\n{extra}"),
        None,
        TemplateSet::builtin(),
    )
    .unwrap()
}

fn t(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

/// Whether a send's time is inside its campaign's window (sends without a window always are).
fn in_window(config: &Config, s: &Send) -> bool {
    let store = config.store(&s.store_id).unwrap();
    let Some(window) = config
        .campaign(&s.campaign)
        .and_then(|c| c.window_for(store))
    else {
        return true;
    };
    let zone = window.zone_for(s.buyer_zone);
    let day = s.send_at.with_timezone(&zone).date_naive();
    [day.pred_opt().unwrap(), day]
        .into_iter()
        .filter_map(|d| window.slot_on(zone, d))
        .any(|slot| slot.contains(s.send_at))
}

fn local_day(s: &Send) -> chrono::NaiveDate {
    s.send_at.with_timezone(&s.buyer_zone).date_naive()
}

/// The product rules over every send that went out or may still go out: inside its window, one
/// email per order and buyer-local day, at most one email (the one that bounced) to a buyer who
/// opted out; and a re-slotted send shares its buyer-local day with no other email to its buyer.
fn assert_rules_hold(
    config: &Config,
    sends: &[Send],
    opted_out: &BTreeSet<String>,
    reslotted: &BTreeSet<String>,
) {
    let live: Vec<&Send> = sends
        .iter()
        .filter(|s| matches!(s.status, SendStatus::Sent | SendStatus::Pending) && !s.test)
        .collect();
    let mut per_order_day = BTreeSet::new();
    let mut sent_to: BTreeMap<&str, usize> = BTreeMap::new();
    for s in &live {
        assert!(in_window(config, s), "outside its window: {s:#?}");
        let day = local_day(s);
        assert!(
            per_order_day.insert((s.order_id.clone(), day)),
            "two emails for one order on {day}: {s:#?}"
        );
        if reslotted.contains(s.id.as_str()) {
            let clash = live.iter().find(|o| {
                o.id != s.id
                    && o.buyer_key == s.buyer_key
                    && s.buyer_key.is_some()
                    && local_day(o) == day
            });
            assert!(
                clash.is_none(),
                "re-slotted next to another email to its buyer on {day}: {s:#?} {clash:#?}"
            );
        }
        let Some(buyer) = s.buyer_key.as_deref() else {
            continue;
        };
        if s.status == SendStatus::Sent {
            *sent_to.entry(buyer).or_default() += 1;
        }
    }
    for buyer in opted_out {
        let n = sent_to.get(buyer.as_str()).copied().unwrap_or(0);
        assert!(n <= 1, "buyer who opted out was mailed {n} times");
    }
}

/// Runs the dispatcher at every due time up to `until`, feeding bounces back through the
/// breaker, as the local runner does.
async fn dispatch_until(
    config: &Config,
    store: &SqliteStore,
    mailer: &OutboxMailer,
    clock: &SimClock,
    until: DateTime<Utc>,
) {
    while let Some(next) = store.next_pending_at().unwrap() {
        if next > until {
            break;
        }
        clock.advance_to(next);
        let d = Dispatcher {
            config,
            orders: store,
            sends: store,
            suppressions: store,
            mailer,
            clock,
            solicitations: None,
        };
        d.run(None, 500).await.unwrap();
        for json in mailer.take_bounces() {
            let events = optout::parse_ses_events(&json).unwrap();
            breaker::handle_mail_events(config, store, store, store, &events, clock.now())
                .await
                .unwrap();
        }
    }
    clock.advance_to(until);
}

#[tokio::test]
async fn a_bouncing_store_is_paused_its_sends_held_and_resumed_within_the_rules() {
    // A stale list: about 18 % of the buyers bounce, far over a 4 % bounce limit.
    let config = config("[breaker]\nmin_sends = 20\n");
    let store_id = StoreId::parse("default").unwrap();
    let (events, opted_out) = demo::generate_with_bounces(
        &DemoSpec {
            orders: 900,
            start: t("2026-02-20T00:00:00Z"),
            seed: 5,
            store_id: store_id.clone(),
        },
        demo::STALE_LIST_BOUNCING_BUYERS_PER_MILLE,
    );
    let dir = tempfile::tempdir().unwrap();
    let opts = SimOptions {
        db_path: dir.path().join("a.db"),
        outbox: dir.path().join("outbox"),
        opted_out: opted_out.clone(),
        until: t("2026-04-10T00:00:00Z"),
    };
    let report = simulate::run(&config, events, &opts, &mut |_, _| {})
        .await
        .unwrap();
    let store = SqliteStore::open(&opts.db_path).unwrap();
    let paused = store.paused().await.unwrap();
    assert_eq!(paused.len(), 1, "the store is paused");
    let pause = &paused[0];
    assert_eq!(pause.reason, "bounce_rate");
    assert!(pause.health.sent >= 20);
    assert!(
        f64::from(pause.health.bounced) > 0.04 * f64::from(pause.health.sent),
        "{pause:?}"
    );

    // Held, not dropped: pending sends remain, nothing was mailed after the pause, and every
    // cancellation has a buyer-side reason, never the breaker.
    let held: Vec<&Send> = report
        .sends
        .iter()
        .filter(|s| s.status == SendStatus::Pending)
        .collect();
    assert!(held.len() > 50, "sends are held: {}", held.len());
    assert!(held
        .iter()
        .any(|s| s.send_at < pause.at + Duration::days(7)));
    for s in report.sends.iter().filter(|s| s.status == SendStatus::Sent) {
        assert!(s.updated_at <= pause.at, "mailed while paused: {s:#?}");
    }
    assert!(report
        .sends
        .iter()
        .filter(|s| s.status == SendStatus::Cancelled)
        .all(|s| s.reason != Some(Reason::DailyCap)));
    let opted: BTreeSet<String> = opted_out.into_iter().collect();
    assert_rules_hold(&config, &report.sends, &opted, &BTreeSet::new());

    // The seller resumes. Held sends were due long ago; they are re-slotted.
    let now = opts.until;
    let reslotted: BTreeSet<String> = held
        .iter()
        .filter(|s| s.send_at < now)
        .map(|s| s.id.to_string())
        .collect();
    let resumed = breaker::resume(&config, &store, &store_id, now)
        .await
        .unwrap();
    assert_eq!(resumed.pause.as_ref(), Some(pause));
    assert!(resumed.rescheduled > 50, "{resumed:?}");
    assert!(store.paused().await.unwrap().is_empty());
    let all = store.all_sends(None).unwrap();
    for s in all.iter().filter(|s| s.status == SendStatus::Pending) {
        assert!(s.send_at >= now, "a held send is still overdue: {s:#?}");
    }
    assert_rules_hold(&config, &all, &opted, &reslotted);
    assert!(
        breaker::resume(&config, &store, &store_id, now)
            .await
            .unwrap()
            .pause
            .is_none(),
        "a second resume does nothing"
    );

    // Sending carries on (the breaker may trip again: the rules hold either way).
    let mailer = OutboxMailer::new(&dir.path().join("outbox"), opted.iter().cloned()).unwrap();
    let clock = SimClock::new(now);
    dispatch_until(&config, &store, &mailer, &clock, now + Duration::days(60)).await;
    let after = store.all_sends(None).unwrap();
    let sent_after = after
        .iter()
        .filter(|s| s.status == SendStatus::Sent && s.updated_at >= now)
        .count();
    assert!(sent_after > 0, "held sends went out after the resume");
    assert_rules_hold(&config, &after, &opted, &reslotted);
}

#[tokio::test]
async fn below_the_minimum_volume_the_breaker_stays_closed() {
    // Same buyers, the default 200-send minimum: the demo store sends ~30 a day.
    let config = config("");
    let (events, opted_out) = demo::generate_with_bounces(
        &DemoSpec {
            orders: 900,
            start: t("2026-02-20T00:00:00Z"),
            seed: 5,
            store_id: StoreId::parse("default").unwrap(),
        },
        demo::STALE_LIST_BOUNCING_BUYERS_PER_MILLE,
    );
    let dir = tempfile::tempdir().unwrap();
    let opts = SimOptions {
        db_path: dir.path().join("a.db"),
        outbox: dir.path().join("outbox"),
        opted_out,
        until: t("2026-04-10T00:00:00Z"),
    };
    simulate::run(&config, events, &opts, &mut |_, _| {})
        .await
        .unwrap();
    let store = SqliteStore::open(&opts.db_path).unwrap();
    assert!(store.paused().await.unwrap().is_empty());
}
