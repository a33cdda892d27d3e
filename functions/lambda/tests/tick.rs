//! What one dispatcher tick asks DynamoDB, on the local emulator: a tick in the middle of a
//! window with nothing due reads the group's due shards and the pauses, and no claim shard;
//! the window's last tick still finds a stale claim and records it as failed, never re-sent.
//!
//! Needs `AFTERCARE_AWS_ENDPOINT` (`eval "$(scripts/moto start)"`); without it the test is
//! skipped locally and fails under CI.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use aftercare::adapters::aws::schema::DUE_SHARDS;
use aftercare::adapters::aws::{create_table, sdk_config};
use aftercare::config::Config;
use aftercare::order::parse_event;
use aftercare::order::{OrderId, StoreId};
use aftercare::ports::{Clock, EventBus, OrderChanged, PortResult, SendStore, SimClock};
use aftercare::send::{Claim, SendStatus};
use aftercare_lambda::{Clients, Context, Needs, Settings};
use aws_sdk_dynamodb::config::interceptors::BeforeTransmitInterceptorContextRef;
use aws_sdk_dynamodb::config::{ConfigBag, Intercept, RuntimeComponents};
use chrono::{DateTime, Duration, Utc};
use serde_json::json;

#[derive(Debug, Clone, Default)]
struct RequestCount(Arc<AtomicUsize>);

impl Intercept for RequestCount {
    fn name(&self) -> &'static str {
        "RequestCount"
    }

    fn read_before_transmit(
        &self,
        _: &BeforeTransmitInterceptorContextRef<'_>,
        _: &RuntimeComponents,
        _: &mut ConfigBag,
    ) -> Result<(), aws_sdk_dynamodb::error::BoxError> {
        self.0.fetch_add(1, Ordering::SeqCst);
        Ok(())
    }
}

/// The planner runs right after ingest here, so what ingest publishes is not needed.
struct NoBus;

#[async_trait::async_trait]
impl EventBus for NoBus {
    async fn publish(&self, _: &OrderChanged) -> PortResult<()> {
        Ok(())
    }
}

struct SharedClock(Arc<SimClock>);

impl Clock for SharedClock {
    fn now(&self) -> DateTime<Utc> {
        self.0.now()
    }
}

fn endpoint() -> Option<String> {
    match std::env::var("AFTERCARE_AWS_ENDPOINT") {
        Ok(e) if !e.is_empty() => Some(e),
        _ if std::env::var_os("CI").is_some() => {
            panic!("AFTERCARE_AWS_ENDPOINT is not set: CI must run the emulator tests")
        }
        _ => {
            eprintln!("skipped: set AFTERCARE_AWS_ENDPOINT (eval \"$(scripts/moto start)\") to run the emulator tests");
            None
        }
    }
}

/// The first tick of `group`'s window on the day of `t` (the window's local start), plus
/// `ticks` ticks.
fn tick_of_day(group: &str, t: DateTime<Utc>, ticks: i64) -> DateTime<Utc> {
    let (window, zone) = aftercare::window::group_window(group).expect("a window group");
    let day = t.with_timezone(&zone).date_naive();
    let slot = window
        .slot_on(zone, day)
        .expect("the window opens that day");
    slot.start + Duration::minutes(aftercare::window::TICK_MINUTES * ticks) + Duration::seconds(2)
}

#[tokio::test]
async fn a_quiet_tick_reads_only_the_due_shards_and_the_last_tick_sweeps_stale_claims() {
    let Some(endpoint) = endpoint() else { return };
    let sdk = sdk_config(Some(&endpoint)).await;
    let table = format!("aftercare-tick-{}", std::process::id());
    create_table(&aws_sdk_dynamodb::Client::new(&sdk), &table)
        .await
        .unwrap();
    let ses = aws_sdk_sesv2::Client::new(&sdk);
    let _existing_is_fine = ses
        .create_email_identity()
        .email_identity("demo-store.example")
        .send()
        .await;
    let clock = Arc::new(SimClock::new("2026-11-03T18:20:00Z".parse().unwrap()));
    let settings = Settings {
        table: table.clone(),
        event_bus: None,
        configuration_set: None,
        dispatch_limit: 100,
        max_send_rate: Some(14),
    };
    let counted = RequestCount::default();
    let dynamodb = aws_sdk_dynamodb::Client::from_conf(
        aws_sdk_dynamodb::config::Builder::from(&sdk)
            .interceptor(counted.clone())
            .build(),
    );
    let dispatcher = Context::with_clients(
        Clients {
            dynamodb,
            eventbridge: aws_sdk_eventbridge::Client::new(&sdk),
            sesv2: ses.clone(),
        },
        &settings,
        Needs {
            bus: false,
            mailer: true,
        },
        Config::builtin(),
        Box::new(SharedClock(clock.clone())),
    )
    .unwrap();
    let probe = Context::with_clients(
        Clients::new(&sdk),
        &settings,
        Needs {
            bus: false,
            mailer: false,
        },
        Config::builtin(),
        Box::new(SharedClock(clock.clone())),
    )
    .unwrap();
    let config = Config::builtin();

    // A tick in the middle of a window no send is planned into.
    let quiet = "Europe/Berlin 13:00-15:00";
    clock.advance_to(tick_of_day(quiet, clock.now() + Duration::days(1), 3));
    let before = counted.0.load(Ordering::SeqCst);
    let out = aftercare_lambda::dispatcher(&dispatcher, &json!({ "window_group": quiet }))
        .await
        .unwrap();
    assert_eq!(out["sent"], 0, "{out}");
    let requests = counted.0.load(Ordering::SeqCst) - before;
    assert!(
        requests <= DUE_SHARDS as usize + 1,
        "a quiet tick made {requests} DynamoDB requests (due shards: {DUE_SHARDS}, plus the pauses)"
    );

    // An order in Chicago, delivered: its first send is claimed by a run that then dies.
    let bus = NoBus;
    for (id, kind, at) in [
        ("t-shipped", "shipped", "2026-11-03T18:20:00Z"),
        ("t-delivered", "delivered", "2026-11-05T18:20:00Z"),
    ] {
        clock.advance_to(at.parse().unwrap());
        let event = parse_event(
            &json!({
                "store_id": "default", "event_id": id, "type": kind, "occurred_at": at,
                "order": { "order_id": "113-0000077-0000077", "marketplace": "US",
                           "fulfillment": "FBA", "purchase_date": "2026-11-01T02:00:00Z",
                           "buyer": { "email": "tick-buyer@marketplace.amazon.com" },
                           "ship_to": { "postal_code": "60601", "state": "IL", "country": "US" },
                           "items": [ { "asin": "B0DEMOHOOK", "title": "Wall hooks", "quantity": 1 } ] }
            })
            .to_string(),
        )
        .unwrap();
        aftercare::pipeline::ingest(&config, &probe.store, &bus, &event)
            .await
            .unwrap();
        aftercare::pipeline::plan_order(
            &config,
            &probe.store,
            &probe.store,
            &probe.store,
            &event.store_id,
            &event.order.order_id,
            clock.now(),
        )
        .await
        .unwrap();
    }
    let sends = probe
        .store
        .sends_for_order(
            &StoreId::parse("default").unwrap(),
            &OrderId::parse("113-0000077-0000077").unwrap(),
        )
        .await
        .unwrap();
    let first = sends
        .iter()
        .filter(|s| s.status == SendStatus::Pending)
        .min_by_key(|s| s.send_at)
        .expect("a pending send")
        .clone();
    clock.advance_to(first.send_at);
    assert!(matches!(
        probe.store.claim(&first.id, clock.now()).await.unwrap(),
        Claim::Claimed(_)
    ));

    // The next day, past the lease: a mid-window tick leaves the claim alone ...
    let group = first.window_group.clone();
    let next_day = first.send_at + Duration::days(1);
    clock.advance_to(tick_of_day(&group, next_day, 3));
    let out = aftercare_lambda::dispatcher(&dispatcher, &json!({ "window_group": group }))
        .await
        .unwrap();
    assert_eq!(out["expired"], 0, "{out}");
    let still = probe.store.get_send(&first.id).await.unwrap().unwrap();
    assert_eq!(still.status, SendStatus::Claimed);
    // ... and the window's last tick records it as failed, without mailing it.
    clock.advance_to(tick_of_day(&group, next_day, 7));
    let out = aftercare_lambda::dispatcher(&dispatcher, &json!({ "window_group": group }))
        .await
        .unwrap();
    assert_eq!(out["expired"], 1, "{out}");
    let done = probe.store.get_send(&first.id).await.unwrap().unwrap();
    assert_eq!(done.status, SendStatus::Failed);
    assert!(done.message_id.is_none(), "a stale claim is never sent");
}
