//! The dispatcher and ingest steps against the failures a deployed stack meets: a publication
//! that fails after the order was stored, test campaigns on the live path, an SES account that
//! cannot send, the store's daily cap, and runs that must page through a busy window and say
//! what they leave at its close.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use aftercare::adapters::local::{MemoryBus, SqliteStore};
use aftercare::config::Config;
use aftercare::order::{parse_event, StoreId};
use aftercare::pipeline::{self, Dispatcher, Ingested, RunLimits};
use aftercare::ports::{
    EventBus, MailError, Mailer, OrderChanged, OutgoingEmail, PortError, PortResult, SendStore,
    SimClock,
};
use aftercare::send::{Send, SendStatus};
use aftercare::template::TemplateSet;
use async_trait::async_trait;
use chrono::{DateTime, Duration, Utc};
use chrono_tz::America::Chicago;
use serde_json::json;

/// One store, one campaign a few days after delivery, in the buyer's 13:00–15:00.
fn config(campaign_status: &str) -> Config {
    let text = format!(
        r#"
[[store]]
id = "shop"
name = "Shop"
marketplace = "US"
sender = "Shop <care@shop.example>"
test_address = "qa@shop.example"

[[campaign]]
name = "how-is-it-going"
kind = "sentiment_check"
status = "{campaign_status}"
"#
    );
    Config::from_toml("test.toml", &text, None, TemplateSet::builtin()).unwrap()
}

/// Order `n`'s delivery; order 0 holds another product than the rest.
fn delivered(n: usize, buyer: &str) -> aftercare::order::OrderEvent {
    let asin = if n == 0 { "B0LIVELAMP" } else { "B0TESTLAMP" };
    let body = json!({
        "store_id": "shop", "event_id": format!("delivered-{n}"), "type": "delivered",
        "occurred_at": "2026-11-03T18:00:00Z",
        "order": { "order_id": format!("113-{n:07}-0000001"), "marketplace": "US", "fulfillment": "FBA",
                   "purchase_date": "2026-10-30T02:00:00Z",
                   "buyer": { "email": buyer, "name": "Jane Doe" },
                   "ship_to": { "postal_code": "60601", "state": "IL", "country": "US" },
                   "items": [ { "asin": asin, "title": "Desk lamp", "quantity": 1 } ] }
    });
    parse_event(&body.to_string()).unwrap()
}

/// Stores and plans `orders` (buyer per order from `buyer`), returns the planned sends.
async fn planned(
    config: &Config,
    store: &SqliteStore,
    orders: usize,
    buyer: impl Fn(usize) -> String,
) -> Vec<Send> {
    let bus = MemoryBus::default();
    for n in 0..orders {
        pipeline::ingest(config, store, &bus, &delivered(n, &buyer(n)))
            .await
            .unwrap();
    }
    for changed in bus.drain() {
        pipeline::plan_order(
            config,
            store,
            store,
            store,
            &changed.store_id,
            &changed.order_id,
            "2026-11-03T18:00:00Z".parse().unwrap(),
        )
        .await
        .unwrap();
    }
    let sends = store.all_sends(None).unwrap();
    assert_eq!(sends.len(), orders, "one send per order");
    sends
}

/// The last scheduler tick of the sends' window: 14:45 in Chicago on their day.
fn last_tick(sends: &[Send]) -> DateTime<Utc> {
    let day = sends[0].send_at.with_timezone(&Chicago).date_naive();
    day.and_hms_opt(14, 45, 0)
        .unwrap()
        .and_local_timezone(Chicago)
        .unwrap()
        .with_timezone(&Utc)
}

/// Records every email; answers with `answer` when given.
#[derive(Default)]
struct Recorder {
    sent: Mutex<Vec<OutgoingEmail>>,
    calls: AtomicUsize,
    answer: Option<MailError>,
}

#[async_trait]
impl Mailer for Recorder {
    async fn send(&self, email: &OutgoingEmail) -> Result<String, MailError> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        if let Some(e) = &self.answer {
            return Err(e.clone());
        }
        let mut sent = self.sent.lock().unwrap();
        sent.push(email.clone());
        Ok(format!("m-{}", sent.len()))
    }
}

fn dispatcher<'a>(
    config: &'a Config,
    store: &'a SqliteStore,
    mailer: &'a dyn Mailer,
    clock: &'a SimClock,
) -> Dispatcher<'a> {
    Dispatcher {
        config,
        orders: store,
        sends: store,
        suppressions: store,
        mailer,
        clock,
        solicitations: None,
    }
}

/// One dispatcher tick over every due send.
async fn tick(
    config: &Config,
    store: &SqliteStore,
    mailer: &dyn Mailer,
    clock: &SimClock,
) -> pipeline::DispatchReport {
    dispatcher(config, store, mailer, clock)
        .run(None, 10)
        .await
        .unwrap()
}

fn statuses(store: &SqliteStore) -> Vec<SendStatus> {
    store
        .all_sends(None)
        .unwrap()
        .iter()
        .map(|s| s.status)
        .collect()
}

/// A bus whose first publication fails, as EventBridge can.
#[derive(Default)]
struct FailsOnce {
    tried: AtomicUsize,
    published: Mutex<Vec<OrderChanged>>,
}

#[async_trait]
impl EventBus for FailsOnce {
    async fn publish(&self, event: &OrderChanged) -> PortResult<()> {
        if self.tried.fetch_add(1, Ordering::SeqCst) == 0 {
            return Err(PortError::Retryable(
                "PutEvents: service unavailable".into(),
            ));
        }
        self.published.lock().unwrap().push(event.clone());
        Ok(())
    }
}

#[tokio::test]
async fn an_event_stored_but_not_published_is_published_when_the_caller_retries() {
    let config = config("active");
    let store = SqliteStore::in_memory().unwrap();
    let bus = FailsOnce::default();
    let event = delivered(1, "retry@marketplace.amazon.com");
    let first = pipeline::ingest(&config, &store, &bus, &event).await;
    assert!(first.is_err(), "the caller sees the failed publication");
    // The order is stored, so the retry is a duplicate; it must still reach the planner.
    let again = pipeline::ingest(&config, &store, &bus, &event)
        .await
        .unwrap();
    assert_eq!(again, Ingested::Duplicate);
    let published = bus.published.lock().unwrap().clone();
    assert_eq!(published.len(), 1, "{published:?}");
    assert_eq!(published[0].event_id, event.event_id);
    let report = pipeline::plan_order(
        &config,
        &store,
        &store,
        &store,
        &published[0].store_id,
        &published[0].order_id,
        event.occurred_at,
    )
    .await
    .unwrap();
    assert_eq!(report.created.len(), 1, "the delivery was planned");

    // An event id reused for an order never stored has nothing to plan: not published.
    let mut reused = delivered(2, "other@marketplace.amazon.com");
    reused.event_id = event.event_id.clone();
    let out = pipeline::ingest(&config, &store, &bus, &reused)
        .await
        .unwrap();
    assert_eq!(out, Ingested::Duplicate);
    assert_eq!(
        bus.published.lock().unwrap().len(),
        1,
        "nothing more published"
    );
}

#[tokio::test]
async fn test_campaigns_take_the_buyer_day_step_like_live_ones() {
    let config = config("test");
    let store = SqliteStore::in_memory().unwrap();
    // Two orders of one buyer delivered together: both test sends fall on one buyer-local day.
    let sends = planned(&config, &store, 2, |_| {
        "same-buyer@marketplace.amazon.com".into()
    })
    .await;
    let clock = SimClock::new(last_tick(&sends));
    let mailer = Recorder::default();
    let report = tick(&config, &store, &mailer, &clock).await;
    assert_eq!(report.sent.len(), 1, "{report:?}");
    assert_eq!(
        report.buyer_day_deferred, 1,
        "the second test send waits a day, as a live one would"
    );
    let to: Vec<String> = mailer
        .sent
        .lock()
        .unwrap()
        .iter()
        .map(|e| e.to.clone())
        .collect();
    assert_eq!(
        to,
        vec!["qa@shop.example"],
        "test sends go to the test address"
    );

    // The test step holds a day of its own: a live send to the buyer that day still goes.
    let live = config_with_live_and_test();
    let store = SqliteStore::in_memory().unwrap();
    let sends = planned(&live, &store, 2, |_| "buyer@marketplace.amazon.com".into()).await;
    let clock = SimClock::new(last_tick(&sends));
    let mailer = Recorder::default();
    let report = tick(&live, &store, &mailer, &clock).await;
    assert_eq!(report.sent.len(), 2, "{report:?}");
    let mut to: Vec<String> = mailer
        .sent
        .lock()
        .unwrap()
        .iter()
        .map(|e| e.to.clone())
        .collect();
    to.sort();
    assert_eq!(to, vec!["buyer@marketplace.amazon.com", "qa@shop.example"]);
}

/// The same campaign twice: live for order 0, in test for order 1 (by ASIN).
fn config_with_live_and_test() -> Config {
    let text = r#"
[[store]]
id = "shop"
name = "Shop"
marketplace = "US"
sender = "Shop <care@shop.example>"
test_address = "qa@shop.example"

[[campaign]]
name = "live-check"
kind = "sentiment_check"
filters = { asins = ["B0LIVELAMP"] }

[[campaign]]
name = "test-check"
kind = "sentiment_check"
status = "test"
filters = { asins = ["B0TESTLAMP"] }
"#;
    Config::from_toml("test.toml", text, None, TemplateSet::builtin()).unwrap()
}

#[tokio::test]
async fn an_account_that_cannot_send_stops_the_run_and_leaves_every_send_pending() {
    let config = config("active");
    let store = SqliteStore::in_memory().unwrap();
    let sends = planned(&config, &store, 5, |n| {
        format!("b{n}@marketplace.amazon.com")
    })
    .await;
    let clock = SimClock::new(last_tick(&sends));
    let mailer = Recorder {
        answer: Some(MailError::Account(
            "SES SendEmail: SendingPausedException".into(),
        )),
        ..Recorder::default()
    };
    let report = tick(&config, &store, &mailer, &clock).await;
    assert_eq!(
        mailer.calls.load(Ordering::SeqCst),
        1,
        "one attempt, then stop"
    );
    assert!(report.halted.is_some(), "{report:?}");
    assert!(
        report.failed.is_empty(),
        "no send is failed for the account's state"
    );
    assert!(statuses(&store).iter().all(|s| *s == SendStatus::Pending));
    // Once the account can send again, the next tick sends them all, daily slots included.
    let mailer = Recorder::default();
    let report = tick(&config, &store, &mailer, &clock).await;
    assert_eq!(report.sent.len(), 5, "{report:?}");

    // A rejection of one message fails that send only; the run goes on.
    let store = SqliteStore::in_memory().unwrap();
    planned(&config, &store, 3, |n| {
        format!("r{n}@marketplace.amazon.com")
    })
    .await;
    let mailer = Recorder {
        answer: Some(MailError::Rejected("MessageRejected".into())),
        ..Recorder::default()
    };
    let report = tick(&config, &store, &mailer, &clock).await;
    assert_eq!(report.failed.len(), 3);
    assert!(report.halted.is_none());
}

#[tokio::test]
async fn the_daily_cap_defers_to_the_store_s_next_day_and_counts_claimed_sends() {
    let config = config("active");
    let store = SqliteStore::in_memory().unwrap();
    let sends = planned(&config, &store, 3, |n| {
        format!("c{n}@marketplace.amazon.com")
    })
    .await;
    let at = last_tick(&sends);
    let shop = config.store(&StoreId::parse("shop").unwrap()).unwrap();
    let seller_day = at.with_timezone(&shop.seller_zone).date_naive();
    // Other runs have claimed all but one of today's emails and not marked them yet.
    for _ in 1..shop.daily_cap() {
        assert!(store
            .take_daily_slot(&shop.id, seller_day, shop.daily_cap(), at)
            .await
            .unwrap());
    }
    let clock = SimClock::new(at);
    let mailer = Recorder::default();
    let report = tick(&config, &store, &mailer, &clock).await;
    assert_eq!(report.sent.len(), 1, "{report:?}");
    assert_eq!(report.cap_deferred, 2, "{report:?}");
    assert!(report.skipped.is_empty(), "the cap never skips: {report:?}");
    let held: Vec<Send> = store
        .all_sends(None)
        .unwrap()
        .into_iter()
        .filter(|s| s.status == SendStatus::Pending)
        .collect();
    assert_eq!(held.len(), 2);
    for s in &held {
        let local = s.send_at.with_timezone(&Chicago);
        assert!(s.send_at.with_timezone(&shop.seller_zone).date_naive() > seller_day);
        assert!(
            (13..15).contains(&chrono::Timelike::hour(&local)),
            "deferred into its window: {local}"
        );
    }
    // On the store's next day they go.
    clock.advance_to(held.iter().map(|s| s.send_at).max().unwrap());
    let report = tick(&config, &store, &mailer, &clock).await;
    assert_eq!(report.sent.len(), 2, "{report:?}");
}

#[tokio::test]
async fn a_run_reads_page_after_page_and_says_what_is_left_when_its_window_closes() {
    let config = config("active");
    let store = SqliteStore::in_memory().unwrap();
    let sends = planned(&config, &store, 25, |n| {
        format!("p{n}@marketplace.amazon.com")
    })
    .await;
    let group = sends[0].window_group.clone();
    assert!(sends.iter().all(|s| s.window_group == group));
    let clock = SimClock::new(last_tick(&sends));
    let mailer = Recorder::default();
    let d = dispatcher(&config, &store, &mailer, &clock);

    // A page limit no longer caps the run: it reads pages of 4 until nothing is due.
    let paged = RunLimits {
        max_pages: None,
        ..RunLimits::one_page(4)
    };
    let report = d
        .run_with(
            Some(&group),
            &RunLimits {
                max_emails: Some(10),
                ..paged
            },
        )
        .await
        .unwrap();
    assert_eq!(report.sent.len(), 10, "stopped by the account's quota");
    assert!(report.unfinished);
    assert_eq!(
        report.left_at_close.len(),
        15,
        "the window's last tick counts what is left"
    );
    let report = d.run_with(Some(&group), &paged).await.unwrap();
    assert_eq!(report.sent.len(), 15, "{report:?}");
    assert!(!report.unfinished && report.left_at_close.is_empty());
    assert_eq!(mailer.sent.lock().unwrap().len(), 25);
}

#[tokio::test]
async fn a_run_that_stops_before_the_last_tick_leaves_the_rest_to_the_next_one() {
    let config = config("active");
    let store = SqliteStore::in_memory().unwrap();
    let sends = planned(&config, &store, 6, |n| {
        format!("q{n}@marketplace.amazon.com")
    })
    .await;
    let group = sends[0].window_group.clone();
    // 14:30: another tick (14:45) follows inside the window.
    let clock = SimClock::new(last_tick(&sends) - Duration::minutes(15));
    let due_now = sends
        .iter()
        .filter(|s| s.send_at <= clock_now(&clock))
        .count();
    assert!(due_now > 2, "enough sends are due at 14:30 ({due_now})");
    let mailer = Recorder::default();
    let report = dispatcher(&config, &store, &mailer, &clock)
        .run_with(
            Some(&group),
            &RunLimits {
                max_pages: None,
                max_emails: Some(2),
                ..RunLimits::one_page(4)
            },
        )
        .await
        .unwrap();
    assert!(report.unfinished);
    assert!(
        report.left_at_close.is_empty(),
        "not the window's last tick: nothing is counted as left at its close"
    );
}

fn clock_now(clock: &SimClock) -> DateTime<Utc> {
    aftercare::ports::Clock::now(clock)
}

/// A follow-up 35 days after shipment, and a product note about the lamp.
fn late_config() -> Config {
    let text = r#"
[[store]]
id = "shop"
name = "Shop"
marketplace = "US"
sender = "Shop <care@shop.example>"
test_address = "qa@shop.example"

[[campaign]]
name = "late-note"
kind = "follow_up"
delay_days = 35
"#;
    Config::from_toml("late.toml", text, None, TemplateSet::builtin()).unwrap()
}

fn order_event(kind: &str, id: &str, at: &str) -> aftercare::order::OrderEvent {
    let body = json!({
        "store_id": "shop", "event_id": id, "type": kind, "occurred_at": at,
        "order": { "order_id": "113-0000009-0000001", "marketplace": "US", "fulfillment": "FBM",
                   "purchase_date": "2026-10-30T02:00:00Z",
                   "buyer": { "email": "late@marketplace.amazon.com", "name": "Jane Doe" },
                   "ship_to": { "postal_code": "60601", "state": "IL", "country": "US" },
                   "items": [ { "asin": "B0LAMP", "title": "Desk lamp", "quantity": 1 } ] }
    });
    parse_event(&body.to_string()).unwrap()
}

#[tokio::test]
async fn a_send_whose_delivery_moved_more_than_30_days_back_is_skipped_at_send_time() {
    let config = late_config();
    let store = SqliteStore::in_memory().unwrap();
    let bus = MemoryBus::default();
    let now: DateTime<Utc> = "2026-11-20T18:00:00Z".parse().unwrap();
    for e in [
        order_event("shipped", "shipped", "2026-11-01T18:00:00Z"),
        // Reported delivered late: the follow-up on December 6 is within 30 days.
        order_event("delivered", "delivered", "2026-11-20T18:00:00Z"),
    ] {
        pipeline::ingest(&config, &store, &bus, &e).await.unwrap();
    }
    let order_id = aftercare::order::OrderId::parse("113-0000009-0000001").unwrap();
    let shop = StoreId::parse("shop").unwrap();
    pipeline::plan_order(&config, &store, &store, &store, &shop, &order_id, now)
        .await
        .unwrap();
    let sends = store.all_sends(None).unwrap();
    assert_eq!(sends.len(), 1);
    assert_eq!(sends[0].status, SendStatus::Pending, "{sends:?}");
    let due = sends[0].send_at;
    assert_eq!(
        due.with_timezone(&Chicago).date_naive().to_string(),
        "2026-12-06"
    );
    // A corrected report says it arrived on November 3: December 6 is past the 30 days. The
    // planner has not run again (its run is separate); the dispatcher must still refuse.
    pipeline::ingest(
        &config,
        &store,
        &bus,
        &order_event("delivered", "delivered-again", "2026-11-03T18:00:00Z"),
    )
    .await
    .unwrap();
    let clock = SimClock::new(due);
    let mailer = Recorder::default();
    let report = tick(&config, &store, &mailer, &clock).await;
    assert_eq!(mailer.calls.load(Ordering::SeqCst), 0, "{report:?}");
    assert_eq!(
        report.skipped,
        vec![(
            sends[0].id.clone(),
            aftercare::send::Reason::Past30DaysAfterDelivery
        )]
    );
    assert_eq!(statuses(&store), vec![SendStatus::Skipped]);
}

#[tokio::test]
async fn a_product_campaign_renders_the_item_it_matched() {
    let text = r#"
[[store]]
id = "shop"
name = "Shop"
marketplace = "US"
sender = "Shop <care@shop.example>"
test_address = "qa@shop.example"

[[campaign]]
name = "lamp-tips"
kind = "product_info"
filters = { asins = ["B0LAMP"] }
"#;
    let config = Config::from_toml("lamp.toml", text, None, TemplateSet::builtin()).unwrap();
    let store = SqliteStore::in_memory().unwrap();
    let bus = MemoryBus::default();
    let mut e = order_event("delivered", "delivered", "2026-11-03T18:00:00Z");
    e.order.items = Some(vec![
        serde_json::from_value(json!({"asin": "B0MUG", "title": "Travel Mug", "quantity": 1}))
            .unwrap(),
        serde_json::from_value(json!({"asin": "B0LAMP", "title": "Desk Lamp", "quantity": 1}))
            .unwrap(),
    ]);
    pipeline::ingest(&config, &store, &bus, &e).await.unwrap();
    let shop = StoreId::parse("shop").unwrap();
    pipeline::plan_order(
        &config,
        &store,
        &store,
        &store,
        &shop,
        &e.order.order_id,
        e.occurred_at,
    )
    .await
    .unwrap();
    let sends = store.all_sends(None).unwrap();
    assert_eq!(sends[0].item.as_deref(), Some("B0LAMP"));
    let clock = SimClock::new(sends[0].send_at);
    let mailer = Recorder::default();
    let report = tick(&config, &store, &mailer, &clock).await;
    assert_eq!(report.sent.len(), 1, "{report:?}");
    let text = mailer.sent.lock().unwrap()[0].text.clone();
    assert!(text.contains("Desk Lamp"), "{text}");
    assert!(!text.contains("Travel Mug"), "{text}");
}
