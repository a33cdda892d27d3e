//! The AWS adapters against a local AWS emulator (moto): the same contract tests as the embedded
//! store, plus what only the DynamoDB layout promises (sparse, sharded due index; TTL on buyer
//! data; one winner among concurrent claims) and SES / EventBridge round trips.
//!
//! Run: `eval "$(scripts/moto start)"` then
//! `cargo test -p aftercare-shared --features aws --test aws_contract`.
//! Without `AFTERCARE_AWS_ENDPOINT` the tests skip, except under CI (`CI` set), where they fail.
#![cfg(feature = "aws")]

use std::collections::HashSet;
use std::io::{Read, Write};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};

use aftercare::adapters::aws::schema::{
    BODY, BUYER_PENDING, BUYER_PK, DUE_PK, DUE_SK, EVENTS, EVENT_MARKERS, EXPIRES_AT, GSI_DUE, PK,
    SK, SK_EVENT, VERSION,
};
use aftercare::adapters::aws::{create_table, sdk_config, DynamoStore, EventBridgeBus, SesMailer};
use aftercare::adapters::contract::{
    breaker_store_contract, buyer_day_contract, daily_slot_contract, order_store_contract,
    paused_backlog_contract, resume_contract, sample_send, send_store_contract,
    suppressions_contract,
};
use aftercare::order::{EventId, OrderId, StoreId};
use aftercare::ports::{
    EventBus, Mailer, OrderChanged, OrderStore, OutgoingEmail, Saved, SendStore, Suppression,
    SuppressionCause, Suppressions,
};
use aftercare::send::{Claim, SendId};
use aws_sdk_dynamodb::types::AttributeValue;
use aws_sdk_sesv2::config::interceptors::BeforeTransmitInterceptorContextRef;
use aws_sdk_sesv2::config::{ConfigBag, Intercept, RuntimeComponents};
use aws_sdk_sesv2::error::BoxError;
use chrono::{DateTime, Duration, Utc};

#[path = "support/emulator.rs"]
mod emulator;
use emulator::endpoint;

fn unique(prefix: &str) -> String {
    static N: AtomicU32 = AtomicU32::new(0);
    format!(
        "{prefix}-{}-{}-{}",
        std::process::id(),
        Utc::now().timestamp_micros(),
        N.fetch_add(1, Ordering::Relaxed)
    )
}

fn t(s: &str) -> DateTime<Utc> {
    s.parse().expect("test time")
}

/// A fresh table on the emulator, or `None` when the emulator is not configured.
async fn store() -> Option<DynamoStore> {
    let url = endpoint()?;
    let config = sdk_config(Some(&url)).await;
    let client = aws_sdk_dynamodb::Client::new(&config);
    let table = unique("aftercare-test");
    create_table(&client, &table)
        .await
        .unwrap_or_else(|e| panic!("cannot create table {table} on {url}: {e}"));
    Some(DynamoStore::new(client, table))
}

async fn item(
    store: &DynamoStore,
    pk: &str,
    sk: &str,
) -> std::collections::HashMap<String, AttributeValue> {
    store
        .client()
        .get_item()
        .table_name(store.table())
        .key(PK, AttributeValue::S(pk.into()))
        .key(SK, AttributeValue::S(sk.into()))
        .send()
        .await
        .expect("GetItem")
        .item
        .unwrap_or_else(|| panic!("no item {pk}/{sk}"))
}

/// Every item of the sparse due index.
async fn due_index(store: &DynamoStore) -> Vec<std::collections::HashMap<String, AttributeValue>> {
    let mut items = Vec::new();
    let mut start = None;
    loop {
        let page = store
            .client()
            .scan()
            .table_name(store.table())
            .index_name(GSI_DUE)
            .set_exclusive_start_key(start)
            .send()
            .await
            .expect("Scan due index");
        items.extend(page.items().iter().cloned());
        start = page.last_evaluated_key;
        if start.is_none() {
            return items;
        }
    }
}

#[tokio::test]
async fn dynamo_keeps_the_send_contract() {
    let Some(store) = store().await else { return };
    send_store_contract(&store).await;
}

#[tokio::test]
async fn dynamo_keeps_the_buyer_day_contract() {
    let Some(store) = store().await else { return };
    buyer_day_contract(&store).await;
}

#[tokio::test]
async fn dynamo_keeps_the_daily_slot_contract() {
    let Some(store) = store().await else { return };
    daily_slot_contract(&store).await;
}

/// The sending rate is shared: what one run takes of a second, another cannot.
#[tokio::test]
async fn dynamo_shares_the_sending_rate_between_runs() {
    let Some(store) = store().await else { return };
    let second = 1_800_000_000;
    assert_eq!(store.take_rate(second, 3, 2).await.unwrap(), 2);
    assert_eq!(
        store.take_rate(second, 3, 2).await.unwrap(),
        1,
        "only what is left of the second"
    );
    assert_eq!(store.take_rate(second, 3, 1).await.unwrap(), 0);
    assert_eq!(
        store.take_rate(second + 1, 3, 5).await.unwrap(),
        3,
        "at most a second's worth"
    );
}

/// Two runs pacing against one account rate never take more than the rate of any second,
/// and each turn is one of those taken.
#[tokio::test]
async fn concurrent_runs_keep_to_the_account_sending_rate() {
    use aftercare::adapters::aws::SesPace;
    use aftercare::ports::SendPace;
    let Some(store) = store().await else { return };
    let mut runs = Vec::new();
    for _ in 0..2 {
        let pace = SesPace::new(store.clone(), 2);
        runs.push(tokio::spawn(async move {
            for left in (1..=4).rev() {
                pace.turn(left).await.unwrap();
            }
        }));
    }
    for run in runs {
        run.await.unwrap();
    }
    let seconds = store
        .client()
        .query()
        .table_name(store.table())
        .key_condition_expression("pk = :pk")
        .expression_attribute_values(":pk", AttributeValue::S("RATE#ses".into()))
        .send()
        .await
        .unwrap();
    let taken: Vec<i64> = seconds
        .items()
        .iter()
        .map(|i| i["taken"].as_n().unwrap().parse().unwrap())
        .collect();
    assert!(taken.iter().all(|n| *n <= 2), "{taken:?}");
    assert!(
        taken.iter().sum::<i64>() >= 8,
        "every turn was taken: {taken:?}"
    );
    assert!(
        taken.len() >= 4,
        "8 emails at 2 a second take 4 seconds: {taken:?}"
    );
}

#[tokio::test]
async fn dynamo_keeps_the_order_contract() {
    let Some(store) = store().await else { return };
    order_store_contract(&store).await;
}

#[tokio::test]
async fn dynamo_keeps_the_suppression_contract() {
    let Some(store) = store().await else { return };
    suppressions_contract(&store).await;
}

#[tokio::test]
async fn dynamo_keeps_the_breaker_contract() {
    let Some(store) = store().await else { return };
    breaker_store_contract(&store, &store).await;
}

#[tokio::test]
async fn dynamo_keeps_the_resume_contract() {
    let Some(store) = store().await else { return };
    resume_contract(&store, &store).await;
}

/// The send id of every item a Query or Scan returned, read off the client's responses.
#[derive(Debug, Clone, Default)]
struct ItemsRead(Arc<Mutex<Vec<String>>>);

impl ItemsRead {
    fn take(&self) -> Vec<String> {
        std::mem::take(&mut *self.0.lock().unwrap())
    }
}

impl aws_sdk_dynamodb::config::Intercept for ItemsRead {
    fn name(&self) -> &'static str {
        "ItemsRead"
    }

    fn read_after_deserialization(
        &self,
        context: &aws_sdk_dynamodb::config::interceptors::AfterDeserializationInterceptorContextRef<
            '_,
        >,
        _: &aws_sdk_dynamodb::config::RuntimeComponents,
        _: &mut aws_sdk_dynamodb::config::ConfigBag,
    ) -> Result<(), aws_sdk_dynamodb::error::BoxError> {
        use aws_sdk_dynamodb::operation::{query::QueryOutput, scan::ScanOutput};
        let Ok(output) = context.output_or_error() else {
            return Ok(());
        };
        let items = if let Some(q) = output.downcast_ref::<QueryOutput>() {
            q.items()
        } else if let Some(s) = output.downcast_ref::<ScanOutput>() {
            s.items()
        } else {
            return Ok(());
        };
        let mut read = self.0.lock().unwrap();
        for item in items {
            if let Some(AttributeValue::S(id)) = item.get("send_id") {
                read.push(id.clone());
            }
        }
        Ok(())
    }
}

#[tokio::test]
async fn a_paused_stores_backlog_is_read_once_not_every_tick() {
    let Some(url) = endpoint() else { return };
    let config = sdk_config(Some(&url)).await;
    let read = ItemsRead::default();
    let client = aws_sdk_dynamodb::Client::from_conf(
        aws_sdk_dynamodb::config::Builder::from(&config)
            .interceptor(read.clone())
            .build(),
    );
    let table = unique("aftercare-test");
    create_table(&client, &table).await.unwrap();
    let store = DynamoStore::new(client, table);
    let (paused, group, now) = paused_backlog_contract(&store, &store).await;
    let prefix = format!("{paused}/");
    assert!(
        read.take().iter().any(|id| id.starts_with(&prefix)),
        "the first tick met the paused store's sends"
    );
    for tick in 0..3 {
        let due = store.due(Some(&group), now, 2).await.unwrap();
        assert_eq!(due.len(), 2);
        let again: Vec<String> = read
            .take()
            .into_iter()
            .filter(|id| id.starts_with(&prefix))
            .collect();
        assert!(
            again.is_empty(),
            "tick {tick} read {} held sends of the paused store again",
            again.len()
        );
    }
    assert!(
        due_index(&store).await.iter().all(|i| {
            !matches!(i.get("send_id"), Some(AttributeValue::S(id)) if id.starts_with(&prefix))
                || !matches!(i.get(DUE_PK), Some(AttributeValue::S(pk)) if pk.starts_with("DUE#"))
        }),
        "the held sends left the due partitions"
    );
}

#[tokio::test]
async fn a_resume_cut_off_after_the_lift_is_finished_by_the_next_call() {
    use aftercare::ports::{BreakerStore, Health, Pause};
    let Some(store) = store().await else { return };
    let config = aftercare::config::Config::builtin();
    let id = StoreId::parse("default").unwrap();
    let at = t("2026-11-10T19:10:00Z");
    let sends: Vec<_> = (1..=3)
        .map(|i| {
            sample_send(
                "default",
                &format!("444-0000000-{i:07}"),
                "f",
                Some(&format!("c{i}@b.example")),
                at + Duration::minutes(i),
            )
        })
        .collect();
    store.insert_new(&sends).await.unwrap();
    let pause = Pause {
        store_id: id.clone(),
        at,
        reason: "bounce_rate".into(),
        health: Health::default(),
        limit_percent: 4.0,
        resumed_at: None,
    };
    assert!(store.pause(&pause).await.unwrap());
    let now = at + Duration::days(1);
    assert!(store
        .due(Some(&sends[0].window_group), now, 10)
        .await
        .unwrap()
        .is_empty());
    // An earlier call lifted the pause and died before its last pass.
    assert!(store.resume(&id, now).await.unwrap().is_some());
    assert!(
        store
            .due(Some(&sends[0].window_group), now, 10)
            .await
            .unwrap()
            .is_empty(),
        "held sends stay held until they are re-slotted"
    );
    let next = aftercare::breaker::resume(&config, &store, &id, now)
        .await
        .unwrap();
    assert_eq!(
        next.pause.as_ref().map(|p| p.at),
        Some(at),
        "not 'not paused' while sends are held: {next:?}"
    );
    assert_eq!(next.rescheduled, 3, "{next:?}");
    for s in &sends {
        assert!(store.get_send(&s.id).await.unwrap().unwrap().send_at >= now);
    }
    let last = aftercare::breaker::resume(&config, &store, &id, now)
        .await
        .unwrap();
    assert_eq!((last.pause, last.rescheduled), (None, 0));
}

#[tokio::test]
async fn only_pending_and_claimed_sends_are_in_the_due_index() {
    let Some(store) = store().await else { return };
    let at = t("2026-11-10T19:00:00Z");
    let send = sample_send(
        "s1",
        "111-0000001-0000001",
        "follow-up",
        Some("a@b.example"),
        at,
    );
    store.insert_new(std::slice::from_ref(&send)).await.unwrap();
    let indexed = due_index(&store).await;
    assert_eq!(indexed.len(), 1, "a pending send is in the due index");

    assert!(matches!(
        store.claim(&send.id, at).await.unwrap(),
        Claim::Claimed(_)
    ));
    let stored = item(&store, "ORDER#s1#111-0000001-0000001", "SEND#follow-up").await;
    assert!(
        !stored.contains_key(BUYER_PENDING),
        "a claimed send cannot be cancelled by an opt-out"
    );
    let claimed_key = |stored: &std::collections::HashMap<String, AttributeValue>| {
        stored.get(DUE_PK).and_then(|v| v.as_s().ok()).cloned()
    };
    assert!(
        claimed_key(&stored).is_some_and(|k| k.starts_with("CLAIMED#America/Chicago 13:00-15:00#")),
        "a claimed send moves to the claim partitions: {stored:?}"
    );
    assert_eq!(
        due_index(&store).await.len(),
        1,
        "only its claim entry is indexed"
    );
    assert!(
        store
            .due(Some(&send.window_group), at, 10)
            .await
            .unwrap()
            .is_empty()
            && store.due(None, at, 10).await.unwrap().is_empty(),
        "a claimed send is not due"
    );
    store
        .mark(
            &send.id,
            &aftercare::send::Outcome::Sent {
                message_id: "m".into(),
            },
            at,
        )
        .await
        .unwrap();
    let stored = item(&store, "ORDER#s1#111-0000001-0000001", "SEND#follow-up").await;
    for gone in [DUE_PK, DUE_SK, BUYER_PENDING] {
        assert!(!stored.contains_key(gone), "a sent send keeps no `{gone}`");
    }
    assert!(
        due_index(&store).await.is_empty(),
        "a finished send leaves the index"
    );
}

#[tokio::test]
async fn one_busy_window_spreads_over_the_due_shards() {
    let Some(store) = store().await else { return };
    let at = t("2026-11-10T19:00:00Z");
    let sends: Vec<_> = (0..200)
        .map(|i| {
            sample_send(
                "s1",
                &format!("111-0000000-{i:07}"),
                "follow-up",
                None,
                at + Duration::seconds(i),
            )
        })
        .collect();
    let mut other = sample_send("s1", "222-0000000-0000001", "follow-up", None, at);
    other.window_group = "Asia/Tokyo 13:00-15:00".into();
    other.id = SendId::new(&other.store_id, &other.order_id, "other");
    assert_eq!(store.insert_new(&sends).await.unwrap(), 200);
    store
        .insert_new(std::slice::from_ref(&other))
        .await
        .unwrap();

    let shards: HashSet<String> = due_index(&store)
        .await
        .iter()
        .filter_map(|i| i.get(DUE_PK).and_then(|v| v.as_s().ok()).cloned())
        .filter(|pk| pk.starts_with("DUE#America/Chicago"))
        .collect();
    assert!(
        shards.len() >= 10,
        "200 sends used only {} shards",
        shards.len()
    );

    let group = &sends[0].window_group;
    let due = store
        .due(Some(group), at + Duration::seconds(99), 30)
        .await
        .unwrap();
    let ids: Vec<&SendId> = due.iter().map(|s| &s.id).collect();
    let expected: Vec<&SendId> = sends[..30].iter().map(|s| &s.id).collect();
    assert_eq!(
        ids, expected,
        "merged across shards, oldest first, up to the limit"
    );
    let all_due = store
        .due(Some(group), at + Duration::seconds(99), 1000)
        .await
        .unwrap();
    assert_eq!(all_due.len(), 100, "only sends due by now");
    assert!(all_due.iter().all(|s| s.window_group == *group));
}

#[tokio::test]
async fn buyer_data_expires_and_suppressions_do_not() {
    let Some(store) = store().await else { return };
    let event = aftercare::order::parse_event(
        r#"{"store_id":"s1","event_id":"e-ttl","type":"ordered","occurred_at":"2026-11-01T02:00:00Z",
            "order":{"order_id":"111-0000009-0000009","marketplace":"US","purchase_date":"2026-11-01T02:00:00Z",
            "buyer":{"email":"b@marketplace.amazon.com"}}}"#,
    )
    .unwrap();
    let order = aftercare::order::Order::from_event(&event, aftercare::Marketplace::Us);
    store.save_order(&order, &event.event_id).await.unwrap();
    let send = sample_send(
        "s1",
        "111-0000009-0000009",
        "follow-up",
        Some("b@marketplace.amazon.com"),
        t("2026-11-10T19:00:00Z"),
    );
    store.insert_new(std::slice::from_ref(&send)).await.unwrap();
    store
        .suppress(&Suppression {
            buyer: "b@marketplace.amazon.com".into(),
            cause: SuppressionCause::Complaint,
            store: Some(StoreId::parse("s1").unwrap()),
            at: t("2026-11-02T00:00:00Z"),
        })
        .await
        .unwrap();

    let order_item = item(&store, "ORDER#s1#111-0000009-0000009", "ORDER").await;
    let marker = store
        .client()
        .get_item()
        .table_name(store.table())
        .key(PK, AttributeValue::S("EVENT#s1#e-ttl".into()))
        .key(SK, AttributeValue::S(SK_EVENT.into()))
        .send()
        .await
        .expect("GetItem")
        .item;
    assert!(marker.is_none(), "no event marker: {marker:?}");
    let send_item = item(&store, "ORDER#s1#111-0000009-0000009", "SEND#follow-up").await;
    let expected_order_expiry = (t("2026-11-01T02:00:00Z")
        + Duration::days(aftercare::send::RETENTION_DAYS))
    .timestamp()
    .to_string();
    assert_eq!(
        order_item.get(EXPIRES_AT).and_then(|v| v.as_n().ok()),
        Some(&expected_order_expiry)
    );
    assert_eq!(
        order_item.get(EVENTS).and_then(|v| v.as_ss().ok()),
        Some(&vec!["e-ttl".to_string()]),
        "the event id lives in the order item, and expires with it"
    );
    assert_eq!(
        send_item.get(EXPIRES_AT).and_then(|v| v.as_n().ok()),
        Some(&send.expires_at.timestamp().to_string())
    );

    let page = store
        .client()
        .scan()
        .table_name(store.table())
        .filter_expression("begins_with(#pk, :p)")
        .expression_attribute_names("#pk", PK)
        .expression_attribute_values(":p", AttributeValue::S("SUPPRESS#".into()))
        .send()
        .await
        .unwrap();
    let [suppression] = page.items() else {
        panic!("expected one suppression item, got {:?}", page.items());
    };
    assert!(
        !suppression.contains_key(EXPIRES_AT),
        "suppressions never expire"
    );
    let text = format!("{suppression:?}");
    assert!(
        !text.contains('@'),
        "a suppression keeps no address: {text}"
    );

    let ttl = store
        .client()
        .describe_time_to_live()
        .table_name(store.table())
        .send()
        .await
        .unwrap();
    assert_eq!(
        ttl.time_to_live_description()
            .and_then(|d| d.attribute_name()),
        Some(EXPIRES_AT)
    );
}

/// An order event for `order` of store `s1`, as the webhook parses it.
fn order_event(event_id: &str, kind: &str, at: &str, order: &str) -> aftercare::order::OrderEvent {
    aftercare::order::parse_event(&format!(
        r#"{{"store_id":"s1","event_id":"{event_id}","type":"{kind}","occurred_at":"{at}",
            "order":{{"order_id":"{order}","marketplace":"US","purchase_date":"2026-11-01T02:00:00Z",
            "buyer":{{"email":"b@marketplace.amazon.com"}}}}}}"#
    ))
    .expect("valid event")
}

/// Reads the order, merges the event and saves it, as `pipeline::ingest` does once.
async fn merge_and_save(
    store: &DynamoStore,
    event: &aftercare::order::OrderEvent,
) -> aftercare::ports::Saved {
    let order = match store
        .get_order(&event.store_id, &event.order.order_id)
        .await
        .unwrap()
    {
        Some(mut order) => {
            order.merge(event);
            order
        }
        None => aftercare::order::Order::from_event(event, aftercare::Marketplace::Us),
    };
    store.save_order(&order, &event.event_id).await.unwrap()
}

fn ids(item: &std::collections::HashMap<String, AttributeValue>) -> Vec<String> {
    let mut ids = item
        .get(EVENTS)
        .and_then(|v| v.as_ss().ok())
        .cloned()
        .unwrap_or_default();
    ids.sort();
    ids
}

#[tokio::test]
async fn a_replay_after_later_events_writes_nothing() {
    let Some(store) = store().await else { return };
    let order = "111-0000021-0000021";
    let placed = order_event("r-1", "ordered", "2026-11-01T02:00:00Z", order);
    let shipped = order_event("r-2", "shipped", "2026-11-02T02:00:00Z", order);
    let delivered = order_event("r-3", "delivered", "2026-11-05T02:00:00Z", order);
    for event in [&placed, &shipped, &delivered] {
        assert_eq!(merge_and_save(&store, event).await, Saved::Stored);
    }
    let pk = format!("ORDER#s1#{order}");
    let before = item(&store, &pk, "ORDER").await;
    assert_eq!(ids(&before), ["r-1", "r-2", "r-3"]);
    assert_eq!(before.get(VERSION), Some(&AttributeValue::N("3".into())));

    // Replayed from a fresh read (the version matches) and from a stale one: both duplicates.
    let mut replay = placed.clone();
    replay.occurred_at = t("2026-11-09T02:00:00Z");
    if let Some(buyer) = replay.order.buyer.as_mut() {
        buyer.name = Some("Someone Else".into());
    }
    assert_eq!(merge_and_save(&store, &replay).await, Saved::DuplicateEvent);
    let stale = aftercare::order::Order::from_event(&shipped, aftercare::Marketplace::Us);
    assert_eq!(
        store.save_order(&stale, &shipped.event_id).await.unwrap(),
        Saved::DuplicateEvent,
        "a replay is a duplicate even from a stale read"
    );
    let after = item(&store, &pk, "ORDER").await;
    assert_eq!(after, before, "a replay changes no attribute");
    assert_eq!(after.get(BODY), before.get(BODY));
}

#[tokio::test]
async fn concurrent_merges_of_one_order_give_one_conflict() {
    let Some(store) = store().await else { return };
    let order = "111-0000022-0000022";
    let placed = order_event("c-1", "ordered", "2026-11-01T02:00:00Z", order);
    assert_eq!(merge_and_save(&store, &placed).await, Saved::Stored);
    let read = store
        .get_order(&placed.store_id, &placed.order.order_id)
        .await
        .unwrap()
        .unwrap();
    let shipped = order_event("c-2", "shipped", "2026-11-02T02:00:00Z", order);
    let cancelled = order_event("c-3", "cancelled", "2026-11-02T03:00:00Z", order);
    let (mut one, mut other) = (read.clone(), read.clone());
    one.merge(&shipped);
    other.merge(&cancelled);
    let (a, b) = tokio::join!(
        store.save_order(&one, &shipped.event_id),
        store.save_order(&other, &cancelled.event_id)
    );
    let mut outcomes = [a.unwrap(), b.unwrap()];
    outcomes.sort_by_key(|s| format!("{s:?}"));
    assert_eq!(outcomes, [Saved::Conflict, Saved::Stored]);
    let stored = item(&store, &format!("ORDER#s1#{order}"), "ORDER").await;
    assert_eq!(stored.get(VERSION), Some(&AttributeValue::N("2".into())));
    let recorded = ids(&stored);
    assert!(
        recorded == ["c-1", "c-2"] || recorded == ["c-1", "c-3"],
        "only the winner's event id is recorded: {recorded:?}"
    );
}

#[tokio::test]
async fn an_order_write_leaves_no_stale_attributes() {
    let Some(store) = store().await else { return };
    let order = "111-0000023-0000023";
    let placed = order_event("a-1", "ordered", "2026-11-01T02:00:00Z", order);
    assert_eq!(merge_and_save(&store, &placed).await, Saved::Stored);
    let pk = format!("ORDER#s1#{order}");
    assert!(item(&store, &pk, "ORDER").await.contains_key(BUYER_PK));
    let mut read = store
        .get_order(&placed.store_id, &placed.order.order_id)
        .await
        .unwrap()
        .unwrap();
    read.buyer.email = None;
    let next = aftercare::order::EventId::parse("a-2").unwrap();
    assert_eq!(store.save_order(&read, &next).await.unwrap(), Saved::Stored);
    let stored = item(&store, &pk, "ORDER").await;
    assert!(
        !stored.contains_key(BUYER_PK),
        "an order without a buyer address leaves the by_buyer index: {stored:?}"
    );
}

/// An order item and its event marker as a release before event ids moved into the order
/// wrote them (one transaction of two Puts), written raw.
async fn write_legacy_order(
    store: &DynamoStore,
    event: &aftercare::order::OrderEvent,
    version: Option<u64>,
) {
    let mut order = aftercare::order::Order::from_event(event, aftercare::Marketplace::Us);
    order.version = version.unwrap_or(0);
    let expires = (t("2026-11-01T02:00:00Z") + Duration::days(aftercare::send::RETENTION_DAYS))
        .timestamp()
        .to_string();
    let s = |v: &str| AttributeValue::S(v.to_string());
    let mut put = store
        .client()
        .put_item()
        .table_name(store.table())
        .item(PK, s(&format!("ORDER#s1#{}", event.order.order_id)))
        .item(SK, s("ORDER"))
        .item(BODY, s(&serde_json::to_string(&order).unwrap()))
        .item("order_id", s(event.order.order_id.as_str()))
        .item("store_id", s("s1"))
        .item(EXPIRES_AT, AttributeValue::N(expires.clone()));
    if let Some(version) = version {
        put = put.item(VERSION, AttributeValue::N(version.to_string()));
    }
    put.send().await.expect("PutItem (order)");
    store
        .client()
        .put_item()
        .table_name(store.table())
        .item(PK, s(&format!("EVENT#s1#{}", event.event_id)))
        .item(SK, s(SK_EVENT))
        .item(EXPIRES_AT, AttributeValue::N(expires))
        .send()
        .await
        .expect("PutItem (event marker)");
}

async fn marker_exists(store: &DynamoStore, event: &str) -> bool {
    store
        .client()
        .get_item()
        .table_name(store.table())
        .key(PK, AttributeValue::S(format!("EVENT#s1#{event}")))
        .key(SK, AttributeValue::S(SK_EVENT.into()))
        .send()
        .await
        .expect("GetItem")
        .item
        .is_some()
}

#[tokio::test]
async fn orders_stored_before_the_upgrade_still_know_their_events() {
    let Some(store) = store().await else { return };
    let order = "111-0000024-0000024";
    let pk = format!("ORDER#s1#{order}");
    let old = order_event("l-1", "shipped", "2026-11-02T02:00:00Z", order);
    write_legacy_order(&store, &old, Some(1)).await;
    let raw = item(&store, &pk, "ORDER").await;

    // The event stored before the upgrade is recognised, and nothing is written.
    assert_eq!(merge_and_save(&store, &old).await, Saved::DuplicateEvent);
    assert_eq!(item(&store, &pk, "ORDER").await, raw);

    // A new event is stored, in the order item; no marker is written for it.
    let delivered = order_event("l-2", "delivered", "2026-11-05T02:00:00Z", order);
    assert_eq!(merge_and_save(&store, &delivered).await, Saved::Stored);
    let stored = item(&store, &pk, "ORDER").await;
    assert_eq!(stored.get(VERSION), Some(&AttributeValue::N("2".into())));
    assert_eq!(ids(&stored), ["l-2"]);
    assert_eq!(stored.get(EVENT_MARKERS), Some(&AttributeValue::Bool(true)));
    assert!(!marker_exists(&store, "l-2").await);

    // Later writes still consult the markers: the old event stays a duplicate.
    assert_eq!(merge_and_save(&store, &old).await, Saved::DuplicateEvent);
    assert_eq!(
        merge_and_save(&store, &delivered).await,
        Saved::DuplicateEvent
    );
    assert_eq!(item(&store, &pk, "ORDER").await, stored);
    let returned = order_event("l-3", "returned", "2026-11-09T02:00:00Z", order);
    let stale = store
        .get_order(&returned.store_id, &returned.order.order_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(merge_and_save(&store, &returned).await, Saved::Stored);
    assert_eq!(
        store.save_order(&stale, &returned.event_id).await.unwrap(),
        Saved::DuplicateEvent
    );
    let refund = aftercare::order::EventId::parse("l-4").unwrap();
    assert_eq!(
        store.save_order(&stale, &refund).await.unwrap(),
        Saved::Conflict,
        "optimistic concurrency holds on the legacy path too"
    );
    let latest = item(&store, &pk, "ORDER").await;
    assert_eq!(latest.get(VERSION), Some(&AttributeValue::N("3".into())));
    assert_eq!(ids(&latest), ["l-2", "l-3"]);

    // A record from before versions existed: no version, no event ids.
    let older = "111-0000025-0000025";
    let first = order_event("v-1", "ordered", "2026-11-01T02:00:00Z", older);
    write_legacy_order(&store, &first, None).await;
    assert_eq!(merge_and_save(&store, &first).await, Saved::DuplicateEvent);
    let next = order_event("v-2", "shipped", "2026-11-02T02:00:00Z", older);
    assert_eq!(merge_and_save(&store, &next).await, Saved::Stored);
    let stored = item(&store, &format!("ORDER#s1#{older}"), "ORDER").await;
    assert_eq!(stored.get(VERSION), Some(&AttributeValue::N("1".into())));
    assert_eq!(ids(&stored), ["v-2"]);
}

#[tokio::test]
async fn concurrent_claims_have_exactly_one_winner() {
    let Some(store) = store().await else { return };
    let at = t("2026-11-10T19:00:00Z");
    let sends: Vec<_> = (0..10)
        .map(|i| sample_send("s1", &format!("111-0000003-{i:07}"), "follow-up", None, at))
        .collect();
    store.insert_new(&sends).await.unwrap();
    for send in &sends {
        let (a, b) = tokio::join!(store.claim(&send.id, at), store.claim(&send.id, at));
        let winners = [a.unwrap(), b.unwrap()]
            .iter()
            .filter(|c| matches!(c, Claim::Claimed(_)))
            .count();
        assert_eq!(winners, 1, "send {} claimed {winners} times", send.id);
    }
}

#[tokio::test]
async fn pending_sends_of_a_buyer_are_cancelled_in_every_store() {
    let Some(store) = store().await else { return };
    let at = t("2026-11-10T19:00:00Z");
    let a = sample_send("s1", "111-0000004-0000001", "f", Some("Z@Example.com"), at);
    let b = sample_send("s2", "111-0000004-0000002", "f", Some("z@example.com"), at);
    let c = sample_send(
        "s2",
        "111-0000004-0000003",
        "f",
        Some("other@example.com"),
        at,
    );
    store
        .insert_new(&[a.clone(), b.clone(), c.clone()])
        .await
        .unwrap();
    let n = store
        .cancel_for_buyer("z@example.com", aftercare::send::Reason::OptedOut, at)
        .await
        .unwrap();
    assert_eq!(n, 2);
    let due = store.due(None, at, 10).await.unwrap();
    assert_eq!(due.iter().map(|s| &s.id).collect::<Vec<_>>(), vec![&c.id]);
}

#[tokio::test]
async fn prior_orders_and_find_orders_span_the_indexes() {
    let Some(store) = store().await else { return };
    for (i, (store_id, placed)) in [
        ("s1", "2026-10-01T00:00:00Z"),
        ("s1", "2026-10-05T00:00:00Z"),
        ("s2", "2026-10-06T00:00:00Z"),
    ]
    .into_iter()
    .enumerate()
    {
        let event = aftercare::order::parse_event(&format!(
            r#"{{"store_id":"{store_id}","event_id":"e-{i}","type":"ordered","occurred_at":"{placed}",
                "order":{{"order_id":"111-0000005-000000{i}","marketplace":"US","purchase_date":"{placed}",
                "buyer":{{"email":"Repeat@Example.com"}}}}}}"#
        ))
        .unwrap();
        let order = aftercare::order::Order::from_event(&event, aftercare::Marketplace::Us);
        store.save_order(&order, &event.event_id).await.unwrap();
    }
    let buyer = aftercare::order::BuyerEmail::parse("repeat@example.com").unwrap();
    let s1 = StoreId::parse("s1").unwrap();
    let before = |s: &str| t(s);
    assert_eq!(
        store
            .prior_orders(&s1, &buyer, before("2026-10-05T00:00:00Z"))
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        store
            .prior_orders(&s1, &buyer, before("2026-12-01T00:00:00Z"))
            .await
            .unwrap(),
        2
    );
    let found = store
        .find_orders(&OrderId::parse("111-0000005-0000002").unwrap())
        .await
        .unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].store_id.as_str(), "s2");
    let dup = EventId::parse("e-0").unwrap();
    assert_eq!(
        store.save_order(&found[0], &dup).await.unwrap(),
        aftercare::ports::Saved::Stored,
        "event ids are per store"
    );
}

/// `GET {endpoint}{path}` over a plain socket (HTTP/1.0, so the body is not chunked).
fn http_get(endpoint: &str, path: &str) -> String {
    let host = endpoint
        .trim_start_matches("http://")
        .split('/')
        .next()
        .expect("endpoint host");
    let mut stream = std::net::TcpStream::connect(host).expect("connect to the emulator");
    write!(stream, "GET {path} HTTP/1.0\r\nHost: {host}\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let (head, body) = response.split_once("\r\n\r\n").expect("an HTTP response");
    assert!(head.contains(" 200 "), "GET {path}: {head}");
    body.to_string()
}

/// Keeps the body of every request the client sends: moto accepts SES message tags and the
/// configuration set but does not record them, so the test reads them off the wire.
#[derive(Debug, Clone, Default)]
struct RequestBodies(Arc<Mutex<Vec<serde_json::Value>>>);

impl Intercept for RequestBodies {
    fn name(&self) -> &'static str {
        "RequestBodies"
    }

    fn read_before_transmit(
        &self,
        context: &BeforeTransmitInterceptorContextRef<'_>,
        _: &RuntimeComponents,
        _: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        if let Some(bytes) = context.request().body().bytes() {
            if let Ok(json) = serde_json::from_slice(bytes) {
                self.0.lock().unwrap().push(json);
            }
        }
        Ok(())
    }
}

/// A tick reads about what it asks for from the due index, not a full page from each of the
/// 16 shards.
#[tokio::test]
async fn a_due_query_reads_about_its_limit_from_the_sharded_index() {
    let Some(url) = endpoint() else { return };
    let config = sdk_config(Some(&url)).await;
    let read = ItemsRead::default();
    let client = aws_sdk_dynamodb::Client::from_conf(
        aws_sdk_dynamodb::config::Builder::from(&config)
            .interceptor(read.clone())
            .build(),
    );
    let table = unique("aftercare-reads");
    create_table(&client, &table).await.unwrap();
    let store = DynamoStore::new(client, table);
    let at = t("2026-11-10T19:00:00Z");
    let sends: Vec<_> = (0..200)
        .map(|n| {
            sample_send(
                "reads",
                &format!("113-{n:07}-0000001"),
                "follow-up",
                None,
                at - Duration::minutes(n),
            )
        })
        .collect();
    store.insert_new(&sends).await.unwrap();
    read.take();
    let due = store
        .due(Some("America/Chicago 13:00-15:00"), at, 10)
        .await
        .unwrap();
    assert_eq!(due.len(), 10);
    let items = read.take().len();
    assert!(
        items <= 2 * 16,
        "a query for 10 due sends read {items} items from the index"
    );
}

#[tokio::test]
async fn ses_sends_simple_and_raw_email_with_tags() {
    let Some(url) = endpoint() else { return };
    let config = sdk_config(Some(&url)).await;
    let bodies = RequestBodies::default();
    let ses = aws_sdk_sesv2::Client::from_conf(
        aws_sdk_sesv2::config::Builder::from(&config)
            .interceptor(bodies.clone())
            .build(),
    );
    let sender = format!("{}@shop.example", unique("seller"));
    ses.create_email_identity()
        .email_identity(&sender)
        .send()
        .await
        .expect("CreateEmailIdentity");
    let configuration_set = unique("aftercare-events");
    ses.create_configuration_set()
        .configuration_set_name(&configuration_set)
        .send()
        .await
        .expect("CreateConfigurationSet");
    let mailer = SesMailer::new(ses, Some(configuration_set.clone()));
    let store_id = StoreId::parse("s1").unwrap();
    let order_id = OrderId::parse("111-0000006-0000001").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let attachment = dir.path().join("manual.pdf");
    std::fs::write(&attachment, b"%PDF-1.4 a tiny manual").unwrap();
    let simple_subject = unique("Thanks for your order");
    let buyer = format!("{}@marketplace.amazon.com", unique("buyer"));
    let email = OutgoingEmail {
        send_id: SendId::new(&store_id, &order_id, "follow.up"),
        store_id: store_id.clone(),
        from: format!("Shop <{sender}>"),
        to: buyer.clone(),
        subject: simple_subject.clone(),
        text: "Hello — plain".into(),
        html: "<p>Hello — html</p>".into(),
        attachments: Vec::new(),
        at: t("2026-11-10T19:00:00Z"),
    };
    let simple_id = mailer.send(&email).await.expect("simple email accepted");
    assert!(!simple_id.is_empty());
    let raw_subject = unique("Your manual");
    let with_attachment = OutgoingEmail {
        subject: raw_subject.clone(),
        attachments: vec![attachment],
        ..email.clone()
    };
    let raw_id = mailer
        .send(&with_attachment)
        .await
        .expect("email with attachment accepted");
    assert_ne!(simple_id, raw_id);

    // What moto recorded.
    let data: serde_json::Value =
        serde_json::from_str(&http_get(&url, "/moto-api/data.json")).expect("moto data.json");
    let recorded = |kind: &str, subject: &str| -> serde_json::Value {
        data["ses"][kind]
            .as_array()
            .and_then(|list| list.iter().find(|m| m.to_string().contains(subject)))
            .cloned()
            .unwrap_or_else(|| panic!("{kind} `{subject}` not recorded by moto"))
    };
    let simple = recorded("Message", &simple_subject);
    assert_eq!(simple["body"], "<p>Hello — html</p>");
    assert_eq!(
        simple["destinations"]["ToAddresses"],
        serde_json::json!([buyer])
    );
    let raw = recorded("RawMessage", &raw_subject);
    assert_eq!(
        raw["destinations"],
        serde_json::json!([buyer]),
        "one recipient, once"
    );
    let mime = raw["raw_data"].as_str().expect("raw_data");
    assert!(
        mime.contains("filename=\"manual.pdf\""),
        "attachment part missing: {mime}"
    );
    assert!(mime.contains("X-Aftercare-Send-Id: s1/111-0000006-0000001/follow.up"));

    // What was sent: tags (`.` is not allowed in a tag value) and the configuration set.
    let sent: Vec<serde_json::Value> = bodies
        .0
        .lock()
        .unwrap()
        .iter()
        .filter(|b| b.get("Content").is_some())
        .cloned()
        .collect();
    assert_eq!(sent.len(), 2);
    for body in &sent {
        assert_eq!(
            body["EmailTags"],
            serde_json::json!([
                {"Name": "store_id", "Value": "s1"},
                {"Name": "order_id", "Value": "111-0000006-0000001"},
                {"Name": "campaign", "Value": "follow_up"},
            ])
        );
        assert_eq!(body["ConfigurationSetName"], configuration_set.as_str());
    }
    assert_eq!(sent[0]["Content"]["Simple"]["Subject"]["Charset"], "UTF-8");
    assert!(sent[1]["Content"]["Raw"]["Data"].is_string());
    assert!(
        sent[1].get("Destination").is_none(),
        "a raw email's recipient is its To: header"
    );
}

#[tokio::test]
async fn eventbridge_accepts_order_changes() {
    let Some(url) = endpoint() else { return };
    let config = sdk_config(Some(&url)).await;
    let client = aws_sdk_eventbridge::Client::new(&config);
    let bus_name = unique("aftercare-orders");
    client
        .create_event_bus()
        .name(&bus_name)
        .send()
        .await
        .expect("CreateEventBus");
    let bus = EventBridgeBus::new(client, bus_name);
    bus.publish(&OrderChanged {
        store_id: StoreId::parse("s1").unwrap(),
        order_id: OrderId::parse("111-0000007-0000001").unwrap(),
        event_id: EventId::parse("e-7").unwrap(),
        event_type: aftercare::order::EventType::Delivered,
    })
    .await
    .expect("PutEvents accepted");
}

#[tokio::test]
async fn publishing_to_a_missing_bus_is_an_error() {
    let Some(url) = endpoint() else { return };
    let config = sdk_config(Some(&url)).await;
    let bus = EventBridgeBus::new(
        aws_sdk_eventbridge::Client::new(&config),
        unique("no-such-bus"),
    );
    let result = bus
        .publish(&OrderChanged {
            store_id: StoreId::parse("s1").unwrap(),
            order_id: OrderId::parse("111-0000007-0000002").unwrap(),
            event_id: EventId::parse("e-8").unwrap(),
            event_type: aftercare::order::EventType::Shipped,
        })
        .await;
    let err = result.expect_err("an event nobody can receive is not published");
    assert!(err.to_string().contains("PutEvents"), "{err}");
}
