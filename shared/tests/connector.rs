//! Amazon's ORDER_CHANGE notifications through the connector: status and fulfilment mapping,
//! the store found by seller and marketplace, the order lookup, redelivery, and notifications
//! that are dropped rather than retried.

use std::sync::Mutex;

use aftercare::adapters::local::{MemoryBus, SqliteStore};
use aftercare::adapters::simulated::MemoryDeliveryChecks;
use aftercare::amazon::{
    DeliverySource, OrderDetails, OrderLookup, Seller, SpApiError, SpApiResult,
};
use aftercare::config::Config;
use aftercare::connector::{CheckReport, Connector, Dropped, Handled, RetryLater};
use aftercare::order::{BuyerEmail, Fulfillment, Item, OrderId, ShipTo, StoreId};
use aftercare::ports::OrderStore;
use aftercare::send::{Channel, Reason, SendStatus};
use aftercare::template::TemplateSet;
use async_trait::async_trait;
use chrono::{DateTime, Duration, Utc};

const CONFIG: &str = r#"
[[store]]
id = "acme-us"
name = "Acme"
marketplace = "US"
sender = "care@acme.example"
test_address = "seller@acme.example"
seller_id = "A2SELLER"

[[store]]
id = "acme-jp"
name = "Acme JP"
marketplace = "JP"
sender = "care@acme.example"
test_address = "seller@acme.example"
seller_id = "A2SELLER"
transit_days = 2

[[campaign]]
name = "follow-up"
kind = "follow_up"

[[campaign]]
name = "review"
kind = "review_request"
"#;

fn config() -> Config {
    Config::from_toml("test.toml", CONFIG, None, TemplateSet::builtin()).unwrap()
}

fn notification(id: &str, order: &str, status: &str, channel: &str, market: &str) -> String {
    serde_json::json!({
        "NotificationVersion": "1.0",
        "NotificationType": "ORDER_CHANGE",
        "PayloadVersion": "1.0",
        "EventTime": "2026-11-04T10:00:00.000Z",
        "NotificationMetadata": {
            "ApplicationId": "amzn1.sp.solution.app",
            "SubscriptionId": "sub-1",
            "PublishTime": "2026-11-04T10:00:01.000Z",
            "NotificationId": id
        },
        "Payload": { "OrderChangeNotification": {
            "NotificationLevel": "OrderLevel",
            "SellerId": "A2SELLER",
            "AmazonOrderId": order,
            "OrderChangeType": "OrderStatusChange",
            "OrderChangeTrigger": { "TimeOfOrderChange": "2026-11-04T09:59:00.000Z",
                                    "ChangeReason": "Shipped" },
            "Summary": {
                "MarketplaceId": market,
                "OrderStatus": status,
                "PurchaseDate": "2026-11-01T02:00:00.000Z",
                "DestinationPostalCode": "47501",
                "FulfillmentType": channel,
                "OrderType": "StandardOrder",
                "OrderItems": [ { "OrderItemId": "1", "SellerSKU": "LAMP-01",
                                  "Quantity": 1, "QuantityShipped": 1 } ]
            }
        } }
    })
    .to_string()
}

const US: &str = "ATVPDKIKX0DER";
const JP: &str = "A1VC38T7YXB528";

/// Answers lookups from a fixed detail record, or with a fixed error, and counts the calls.
struct FakeLookup {
    answer: Mutex<SpApiResult<Option<OrderDetails>>>,
    calls: Mutex<Vec<(String, String)>>,
}

impl FakeLookup {
    fn new(answer: SpApiResult<Option<OrderDetails>>) -> Self {
        Self {
            answer: Mutex::new(answer),
            calls: Mutex::new(Vec::new()),
        }
    }

    fn calls(&self) -> usize {
        self.calls.lock().unwrap().len()
    }
}

#[async_trait]
impl OrderLookup for FakeLookup {
    async fn get_order(
        &self,
        seller: &Seller,
        order: &OrderId,
    ) -> SpApiResult<Option<OrderDetails>> {
        self.calls
            .lock()
            .unwrap()
            .push((seller.store_id.to_string(), order.to_string()));
        self.answer.lock().unwrap().clone()
    }
}

fn fbm_details() -> OrderDetails {
    OrderDetails {
        fulfillment: Some(Fulfillment::Fbm),
        buyer_email: Some(BuyerEmail::parse("x7q2@marketplace.amazon.com").unwrap()),
        buyer_name: Some("Jane".into()),
        ship_to: Some(ShipTo {
            postal_code: Some("97201".into()),
            state: Some("OR".into()),
            country: Some("US".into()),
        }),
        items: vec![Item {
            asin: "B0LAMP".into(),
            sku: Some("LAMP-01".into()),
            title: Some("Desk lamp".into()),
            quantity: 1,
            promotion_discount: 0.0,
        }],
        purchase_date: None,
        earliest_delivery: Some(at("2026-11-07T00:00:00Z")),
        latest_delivery: Some(at("2026-11-09T00:00:00Z")),
        delivered_at: None,
    }
}

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

struct World {
    config: Config,
    store: SqliteStore,
    bus: MemoryBus,
    checks: MemoryDeliveryChecks,
}

impl World {
    fn new() -> Self {
        Self {
            config: config(),
            store: SqliteStore::in_memory().unwrap(),
            bus: MemoryBus::default(),
            checks: MemoryDeliveryChecks::default(),
        }
    }

    /// A connector that also schedules and runs delivery checks.
    fn checking<'a>(&'a self, lookup: &'a FakeLookup) -> Connector<'a> {
        Connector {
            config: &self.config,
            orders: &self.store,
            bus: &self.bus,
            lookup: Some(lookup),
            checks: Some(&self.checks),
        }
    }

    async fn handle(&self, lookup: Option<&FakeLookup>, body: &str) -> Result<Handled, RetryLater> {
        Connector {
            config: &self.config,
            orders: &self.store,
            bus: &self.bus,
            lookup: lookup.map(|l| l as &dyn OrderLookup),
            checks: None,
        }
        .handle(body)
        .await
    }

    async fn order(&self, store: &str, order: &str) -> Option<aftercare::order::Order> {
        self.store
            .get_order(
                &StoreId::parse(store).unwrap(),
                &OrderId::parse(order).unwrap(),
            )
            .await
            .unwrap()
    }
}

#[tokio::test]
async fn statuses_map_to_order_events_and_the_store_comes_from_seller_and_marketplace() {
    let w = World::new();
    for (i, (status, expect)) in [
        ("Pending", "ordered"),
        ("Unshipped", "ordered"),
        ("PartiallyShipped", "shipped"),
        ("Shipped", "shipped"),
        ("Canceled", "cancelled"),
    ]
    .into_iter()
    .enumerate()
    {
        let order = format!("111-000000{i}-0000001");
        let handled = w
            .handle(
                None,
                &notification(&format!("n-{i}"), &order, status, "MFN", US),
            )
            .await
            .unwrap();
        assert!(
            matches!(
                handled,
                Handled::Stored {
                    looked_up: false,
                    ..
                }
            ),
            "{status}: {handled:?}"
        );
        let published = w.bus.drain();
        assert_eq!(published.len(), 1);
        assert_eq!(published[0].event_type.as_str(), expect, "{status}");
        let stored = w.order("acme-us", &order).await.expect("stored in acme-us");
        assert_eq!(stored.fulfillment, Some(Fulfillment::Fbm));
        assert_eq!(stored.ship_to.postal_code.as_deref(), Some("47501"));
    }
    // The same seller on Amazon JP is the other store; AFN is FBA.
    let handled = w
        .handle(
            None,
            &notification("n-jp", "250-0000000-0000001", "Shipped", "AFN", JP),
        )
        .await
        .unwrap();
    assert!(matches!(&handled, Handled::Stored { store, .. } if store.as_str() == "acme-jp"));
    let jp = w.order("acme-jp", "250-0000000-0000001").await.unwrap();
    assert_eq!(jp.fulfillment, Some(Fulfillment::Fba));
    assert!(w.order("acme-us", "250-0000000-0000001").await.is_none());
}

#[tokio::test]
async fn a_redelivered_notification_changes_nothing() {
    let w = World::new();
    let lookup = FakeLookup::new(Ok(Some(fbm_details())));
    let body = notification("n-1", "111-0000000-0000009", "Shipped", "MFN", US);
    assert!(matches!(
        w.handle(Some(&lookup), &body).await.unwrap(),
        Handled::Stored {
            looked_up: true,
            ..
        }
    ));
    let first = w.order("acme-us", "111-0000000-0000009").await.unwrap();
    w.bus.drain();
    assert_eq!(
        w.handle(Some(&lookup), &body).await.unwrap(),
        Handled::Duplicate
    );
    assert_eq!(
        w.order("acme-us", "111-0000000-0000009").await.unwrap(),
        first
    );
}

#[tokio::test]
async fn the_lookup_completes_a_merchant_fulfilled_order_and_the_delivery_is_estimated() {
    let w = World::new();
    let lookup = FakeLookup::new(Ok(Some(fbm_details())));
    w.handle(
        Some(&lookup),
        &notification("n-1", "111-0000000-0000002", "Shipped", "MFN", US),
    )
    .await
    .unwrap();
    assert_eq!(lookup.calls(), 1);
    let o = w.order("acme-us", "111-0000000-0000002").await.unwrap();
    assert_eq!(
        o.buyer.email.as_ref().map(|e| e.as_str()),
        Some("x7q2@marketplace.amazon.com")
    );
    assert_eq!(o.ship_to.postal_code.as_deref(), Some("97201"));
    assert_eq!(o.ship_to.state.as_deref(), Some("OR"));
    assert_eq!(o.items[0].title.as_deref(), Some("Desk lamp"));
    // Not delivered yet: the latest promised date stands in, marked as an estimate.
    assert_eq!(o.delivered_at, Some(at("2026-11-09T00:00:00Z")));
    assert_eq!(o.delivery_source, Some(DeliverySource::LatestDeliveryDate));
    assert!(!o.delivery_confirmed());

    // A later lookup that finds the package delivered replaces the estimate.
    let mut delivered = fbm_details();
    delivered.delivered_at = Some(at("2026-11-07T18:00:00Z"));
    let lookup = FakeLookup::new(Ok(Some(delivered)));
    let mut body: serde_json::Value = serde_json::from_str(&notification(
        "n-2",
        "111-0000000-0000002",
        "Shipped",
        "MFN",
        US,
    ))
    .unwrap();
    body["NotificationMetadata"]["NotificationId"] = "n-2".into();
    w.handle(Some(&lookup), &body.to_string()).await.unwrap();
    let o = w.order("acme-us", "111-0000000-0000002").await.unwrap();
    assert_eq!(o.delivered_at, Some(at("2026-11-07T18:00:00Z")));
    assert_eq!(o.delivery_source, Some(DeliverySource::PackageStatus));
}

#[tokio::test]
async fn fba_orders_are_delivered_after_the_stores_transit_days_and_get_no_email() {
    let w = World::new();
    let mut fba = fbm_details();
    fba.fulfillment = Some(Fulfillment::Fba);
    fba.buyer_email = None;
    let lookup = FakeLookup::new(Ok(Some(fba)));
    w.handle(
        Some(&lookup),
        &notification("n-1", "250-0000000-0000003", "Shipped", "AFN", JP),
    )
    .await
    .unwrap();
    let o = w.order("acme-jp", "250-0000000-0000003").await.unwrap();
    let shipped = at("2026-11-04T09:59:00Z");
    assert_eq!(o.shipped_at, Some(shipped));
    assert_eq!(o.delivered_at, Some(shipped + Duration::days(2)));
    assert_eq!(o.delivery_source, Some(DeliverySource::TransitDays));

    // Planning: the follow-up email has nowhere to go; the review goes through Amazon.
    let report = aftercare::pipeline::plan_order(
        &w.config,
        &w.store,
        &w.store,
        &w.store,
        &o.store_id,
        &o.order_id,
        shipped,
    )
    .await
    .unwrap();
    let by = |name: &str| report.created.iter().find(|s| s.campaign == name).unwrap();
    assert_eq!(by("follow-up").status, SendStatus::Skipped);
    assert_eq!(by("follow-up").reason, Some(Reason::NoBuyerEmail));
    assert_eq!(by("review").status, SendStatus::Pending);
    assert_eq!(by("review").channel, Channel::Solicitation);
}

#[tokio::test]
async fn a_throttled_lookup_stores_nothing_and_asks_for_a_retry() {
    let w = World::new();
    let lookup = FakeLookup::new(Err(SpApiError::Throttled { retry_after: None }));
    let body = notification("n-1", "111-0000000-0000004", "Unshipped", "MFN", US);
    let err = w.handle(Some(&lookup), &body).await.unwrap_err();
    assert!(matches!(
        err,
        RetryLater::Amazon(SpApiError::Throttled { .. })
    ));
    assert!(w.order("acme-us", "111-0000000-0000004").await.is_none());
    assert!(w.bus.drain().is_empty());
    // Once Amazon answers, the same message is stored.
    *lookup.answer.lock().unwrap() = Ok(Some(fbm_details()));
    assert!(matches!(
        w.handle(Some(&lookup), &body).await.unwrap(),
        Handled::Stored { .. }
    ));
}

#[tokio::test]
async fn unusable_notifications_are_dropped_with_a_reason_and_store_nothing() {
    let w = World::new();
    let lookup = FakeLookup::new(Ok(Some(fbm_details())));
    let good = notification("n-1", "111-0000000-0000005", "Shipped", "MFN", US);
    let mut other_seller: serde_json::Value = serde_json::from_str(&good).unwrap();
    other_seller["Payload"]["OrderChangeNotification"]["SellerId"] = "A9OTHER".into();
    let mut other_type: serde_json::Value = serde_json::from_str(&good).unwrap();
    other_type["NotificationType"] = "FEED_PROCESSING_FINISHED".into();
    let mut no_order: serde_json::Value = serde_json::from_str(&good).unwrap();
    no_order["Payload"]["OrderChangeNotification"]
        .as_object_mut()
        .unwrap()
        .remove("AmazonOrderId");
    let unfulfillable = notification("n-5", "111-0000000-0000005", "Unfulfillable", "MFN", US);
    let unknown_market = notification("n-6", "111-0000000-0000005", "Shipped", "MFN", "AXXXXXXX");
    for (body, expect) in [
        ("{not json".to_string(), Dropped::Malformed),
        (other_seller.to_string(), Dropped::UnknownSeller),
        (other_type.to_string(), Dropped::OtherType),
        (no_order.to_string(), Dropped::Malformed),
        (unfulfillable, Dropped::IgnoredStatus),
        (unknown_market, Dropped::Malformed),
        ("[]".to_string(), Dropped::Malformed),
    ] {
        match w.handle(Some(&lookup), &body).await.unwrap() {
            Handled::Dropped { reason, detail } => {
                assert_eq!(reason, expect, "{detail}");
                assert!(!detail.is_empty());
            }
            other => panic!("{body}: {other:?}"),
        }
    }
    assert_eq!(lookup.calls(), 0, "nothing dropped was looked up");
    assert!(w.order("acme-us", "111-0000000-0000005").await.is_none());
    assert!(w.bus.drain().is_empty());
}

#[tokio::test]
async fn shipped_fbm_orders_are_checked_until_amazon_reports_the_package_delivered() {
    let w = World::new();
    let lookup = FakeLookup::new(Ok(Some(fbm_details())));
    let connector = w.checking(&lookup);
    let order = "111-0000000-0000006";
    connector
        .handle(&notification("n-1", order, "Shipped", "MFN", US))
        .await
        .unwrap();
    // No estimate while a check will ask: nothing is planned off the promised date yet.
    let o = w.order("acme-us", order).await.unwrap();
    assert_eq!((o.delivered_at, o.delivery_source), (None, None));
    let checks = w.checks.all();
    assert_eq!(checks.len(), 1);
    assert_eq!(
        checks[0].due_at,
        at("2026-11-07T00:00:00Z"),
        "the earliest promised date"
    );
    w.bus.drain();

    let before = connector
        .check_deliveries(at("2026-11-06T12:00:00Z"), 10)
        .await
        .unwrap();
    assert_eq!(before, CheckReport::default());
    assert_eq!(lookup.calls(), 1);

    // Not delivered yet: asked again a day later.
    let r = connector
        .check_deliveries(at("2026-11-07T01:00:00Z"), 10)
        .await
        .unwrap();
    assert_eq!(r.rescheduled, 1, "{r:?}");
    assert_eq!(w.checks.all()[0].due_at, at("2026-11-08T01:00:00Z"));

    // Throttled: the run stops, the check stays due, nothing changes.
    *lookup.answer.lock().unwrap() = Err(SpApiError::Throttled { retry_after: None });
    let r = connector
        .check_deliveries(at("2026-11-08T02:00:00Z"), 10)
        .await
        .unwrap();
    assert!(r.stopped.is_some(), "{r:?}");
    assert_eq!(w.checks.all().len(), 1);

    let mut delivered = fbm_details();
    delivered.delivered_at = Some(at("2026-11-07T18:00:00Z"));
    *lookup.answer.lock().unwrap() = Ok(Some(delivered));
    let r = connector
        .check_deliveries(at("2026-11-08T02:00:00Z"), 10)
        .await
        .unwrap();
    assert_eq!(r.delivered, 1, "{r:?}");
    assert!(w.checks.all().is_empty());
    let o = w.order("acme-us", order).await.unwrap();
    assert_eq!(o.delivered_at, Some(at("2026-11-07T18:00:00Z")));
    assert_eq!(o.delivery_source, Some(DeliverySource::PackageStatus));
    let published = w.bus.drain();
    assert_eq!(published.len(), 1, "the planner hears of the delivery");
    assert_eq!(published[0].event_type.as_str(), "delivered");
}

#[tokio::test]
async fn a_package_never_reported_delivered_is_taken_as_delivered_on_the_latest_date() {
    let w = World::new();
    let lookup = FakeLookup::new(Ok(Some(fbm_details())));
    let connector = w.checking(&lookup);
    let order = "111-0000000-0000007";
    connector
        .handle(&notification("n-1", order, "Shipped", "MFN", US))
        .await
        .unwrap();
    let mut now = at("2026-11-07T00:00:00Z");
    let mut report = CheckReport::default();
    while report.estimated == 0 && now < at("2026-11-20T00:00:00Z") {
        report = connector.check_deliveries(now, 10).await.unwrap();
        now += Duration::hours(6);
    }
    assert_eq!(report.estimated, 1);
    let o = w.order("acme-us", order).await.unwrap();
    assert_eq!(o.delivered_at, Some(at("2026-11-09T00:00:00Z")));
    assert_eq!(o.delivery_source, Some(DeliverySource::LatestDeliveryDate));
    assert!(w.checks.all().is_empty());
    // A later report from the seller's carrier still wins over the estimate.
    let event = aftercare::order::parse_event(&format!(
        r#"{{"store_id":"acme-us","event_id":"carrier-1","type":"delivered","occurred_at":"2026-11-08T15:00:00Z","order":{{"order_id":"{order}"}}}}"#
    ))
    .unwrap();
    aftercare::pipeline::ingest(&w.config, &w.store, &w.bus, &event)
        .await
        .unwrap();
    let o = w.order("acme-us", order).await.unwrap();
    assert_eq!(o.delivered_at, Some(at("2026-11-08T15:00:00Z")));
    assert!(o.delivery_confirmed());
}
