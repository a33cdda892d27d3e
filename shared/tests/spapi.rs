//! The SP-API client against the in-process SP-API and Login with Amazon stub.
#![cfg(feature = "spapi-stub")]

use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use aftercare::adapters::spapi::stub::{Fault, SpApiStub, StubConfig, StubOrder};
use aftercare::adapters::spapi::{ClientLimits, Credentials, Endpoints, Secret, SpApiClient};
use aftercare::amazon::{OrderLookup, RateBudget, RateLimit, Seller, Solicitations, SpApiError};
use aftercare::order::{Fulfillment, OrderId, StoreId};
use aftercare::ports::PortResult;
use aftercare::Marketplace;
use async_trait::async_trait;
use chrono::{DateTime, TimeZone, Utc};

const CLIENT_ID: &str = "amzn1.application-oa2-client.stubclient";
const CLIENT_SECRET: &str = "amzn1.oa2-cs.v1.0123456789abcdef-client-secret";
const REFRESH_TOKEN: &str = "Atzr|IwEBI-store-shop-refresh-token-0001";
const SELLER_ID: &str = "A1STUBSELLER00";

fn seller() -> Seller {
    Seller {
        store_id: StoreId::parse("shop").unwrap(),
        seller_id: SELLER_ID.to_string(),
        marketplace: Marketplace::Us,
    }
}

fn order_id(s: &str) -> OrderId {
    OrderId::parse(s).unwrap()
}

fn credentials(secret: &str, refresh: &str) -> Credentials {
    let mut refresh_tokens = BTreeMap::new();
    refresh_tokens.insert(StoreId::parse("shop").unwrap(), Secret::new(refresh));
    Credentials {
        client_id: CLIENT_ID.to_string(),
        client_secret: Secret::new(secret),
        refresh_tokens,
    }
}

fn stub_config() -> StubConfig {
    StubConfig::new(CLIENT_ID, CLIENT_SECRET).refresh_token("shop", REFRESH_TOKEN)
}

fn quick_limits() -> ClientLimits {
    ClientLimits {
        max_wait: Duration::from_secs(3),
        ..ClientLimits::default()
    }
}

fn client_for(stub: &SpApiStub, limits: ClientLimits) -> SpApiClient {
    SpApiClient::new(
        credentials(CLIENT_SECRET, REFRESH_TOKEN),
        stub.endpoints(),
        None,
        limits,
    )
    .unwrap()
}

async fn started() -> (SpApiStub, SpApiClient) {
    let stub = SpApiStub::start(stub_config()).await;
    let client = client_for(&stub, quick_limits());
    (stub, client)
}

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

/// A token bucket per key, in memory, driven by the `now` it is given.
#[derive(Default)]
struct MemoryBudget {
    buckets: Mutex<HashMap<String, (f64, DateTime<Utc>)>>,
    keys: Mutex<Vec<String>>,
}

#[async_trait]
impl RateBudget for MemoryBudget {
    async fn take(
        &self,
        key: &str,
        limit: RateLimit,
        now: DateTime<Utc>,
    ) -> PortResult<Result<(), Duration>> {
        self.keys.lock().unwrap().push(key.to_string());
        let mut buckets = self.buckets.lock().unwrap();
        let (tokens, last) = buckets
            .entry(key.to_string())
            .or_insert((f64::from(limit.burst), now));
        let elapsed = (now - *last).to_std().unwrap_or_default().as_secs_f64();
        *tokens = (*tokens + elapsed * limit.per_second).min(f64::from(limit.burst));
        *last = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            Ok(Ok(()))
        } else {
            let wait = (1.0 - *tokens) / limit.per_second;
            Ok(Err(Duration::from_secs_f64(wait)))
        }
    }
}

// ---------------------------------------------------------------------------------------
// Tokens

#[tokio::test]
async fn one_token_serves_many_calls() {
    let (stub, client) = started().await;
    stub.put(StubOrder::fbm("111-0000000-0000001", Marketplace::Us));
    for _ in 0..5 {
        assert!(client
            .get_order(&seller(), &order_id("111-0000000-0000001"))
            .await
            .unwrap()
            .is_some());
    }
    assert_eq!(stub.lwa_calls(), 1);
    assert_eq!(stub.count("getOrder"), 5);
}

#[tokio::test]
async fn concurrent_callers_share_one_refresh() {
    let (stub, client) = started().await;
    stub.put(StubOrder::fbm("111-0000000-0000001", Marketplace::Us));
    let s = seller();
    let id = order_id("111-0000000-0000001");
    let calls = (0..6).map(|_| client.get_order(&s, &id));
    for r in futures_join(calls).await {
        assert!(r.unwrap().is_some());
    }
    assert_eq!(stub.lwa_calls(), 1);
}

/// Runs the futures concurrently on the current task and returns their outputs in order.
async fn futures_join<F: std::future::Future>(futures: impl Iterator<Item = F>) -> Vec<F::Output> {
    use std::task::Poll;
    let mut pending: Vec<_> = futures.map(|f| Some(Box::pin(f))).collect();
    let mut results: Vec<Option<F::Output>> = pending.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        for (slot, result) in pending.iter_mut().zip(results.iter_mut()) {
            if let Some(f) = slot {
                if let Poll::Ready(v) = f.as_mut().poll(cx) {
                    *result = Some(v);
                    *slot = None;
                }
            }
        }
        if pending.iter().all(Option::is_none) {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    })
    .await;
    results.into_iter().map(Option::unwrap).collect()
}

#[tokio::test]
async fn a_token_is_renewed_a_minute_before_it_expires() {
    // 61 s tokens are used for 1 s, then renewed.
    let stub = SpApiStub::start(stub_config().expires_in(61)).await;
    let client = client_for(&stub, quick_limits());
    stub.put(StubOrder::fbm("111-0000000-0000001", Marketplace::Us));
    let id = order_id("111-0000000-0000001");
    client.get_order(&seller(), &id).await.unwrap();
    client.get_order(&seller(), &id).await.unwrap();
    assert_eq!(stub.lwa_calls(), 1);
    tokio::time::sleep(Duration::from_millis(1100)).await;
    client.get_order(&seller(), &id).await.unwrap();
    assert_eq!(stub.lwa_calls(), 2);
}

#[tokio::test]
async fn a_revoked_token_is_replaced_once() {
    let (stub, client) = started().await;
    stub.put(StubOrder::fbm("111-0000000-0000001", Marketplace::Us));
    let id = order_id("111-0000000-0000001");
    client.get_order(&seller(), &id).await.unwrap();
    stub.revoke_tokens();
    assert!(client.get_order(&seller(), &id).await.unwrap().is_some());
    assert_eq!(stub.lwa_calls(), 2);
}

#[tokio::test]
async fn a_wrong_client_secret_is_denied_without_showing_it() {
    let stub = SpApiStub::start(stub_config()).await;
    let wrong = "amzn1.oa2-cs.v1.expired-secret-9999";
    let client = SpApiClient::new(
        credentials(wrong, REFRESH_TOKEN),
        stub.endpoints(),
        None,
        quick_limits(),
    )
    .unwrap();
    let err = client
        .get_order(&seller(), &order_id("111-0000000-0000001"))
        .await
        .unwrap_err();
    let SpApiError::Denied(message) = &err else {
        panic!("{err:?}")
    };
    assert!(message.contains("rotate"), "{message}");
    let shown = format!("{err} {err:?}");
    assert!(
        !shown.contains(wrong) && !shown.contains("expired-secret"),
        "{shown}"
    );
    assert!(!shown.contains(REFRESH_TOKEN), "{shown}");
    assert_eq!(stub.count("getOrder"), 0);
}

#[tokio::test]
async fn a_refused_refresh_token_names_the_store() {
    let stub = SpApiStub::start(stub_config()).await;
    let revoked = "Atzr|revoked-refresh-token";
    let client = SpApiClient::new(
        credentials(CLIENT_SECRET, revoked),
        stub.endpoints(),
        None,
        quick_limits(),
    )
    .unwrap();
    let err = client
        .review_offered(&seller(), &order_id("111-0000000-0000001"))
        .await
        .unwrap_err();
    let SpApiError::Denied(message) = &err else {
        panic!("{err:?}")
    };
    assert!(
        message.contains("store shop") && message.contains("re-authorise"),
        "{message}"
    );
    assert!(
        !message.contains(revoked) && !message.contains("Atzr"),
        "{message}"
    );
}

// ---------------------------------------------------------------------------------------
// getOrder

#[tokio::test]
async fn a_merchant_order_maps_email_address_items_and_delivery() {
    let (stub, client) = started().await;
    stub.put(
        StubOrder::fbm("111-2222222-3333333", Marketplace::Us)
            .buyer(Some("XyZ123@Marketplace.Amazon.com"), Some("Ann Smith"))
            .ship_to("94107", "CA", "US")
            .item("B0KETTLE01", "KET-1", "Kettle", 2)
            .item("B0FILTER02", "FIL-2", "Filter", 1)
            .created(at("2026-03-01T10:00:00Z"))
            .updated(at("2026-03-06T18:30:00Z"))
            .deliver_by(at("2026-03-04T00:00:00Z"), at("2026-03-08T23:59:59Z"))
            .package("DELIVERED", at("2026-03-02T09:00:00Z")),
    );
    let d = client
        .get_order(&seller(), &order_id("111-2222222-3333333"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(d.fulfillment, Some(Fulfillment::Fbm));
    assert_eq!(
        d.buyer_email.as_ref().map(|e| e.as_str()),
        Some("xyz123@marketplace.amazon.com")
    );
    assert_eq!(d.buyer_name.as_deref(), Some("Ann Smith"));
    let ship_to = d.ship_to.unwrap();
    assert_eq!(ship_to.postal_code.as_deref(), Some("94107"));
    assert_eq!(ship_to.state.as_deref(), Some("CA"));
    assert_eq!(ship_to.country.as_deref(), Some("US"));
    assert_eq!(d.items.len(), 2);
    assert_eq!(d.items[0].asin, "B0KETTLE01");
    assert_eq!(d.items[0].sku.as_deref(), Some("KET-1"));
    assert_eq!(d.items[0].title.as_deref(), Some("Kettle"));
    assert_eq!(d.items[0].quantity, 2);
    assert_eq!(d.purchase_date, Some(at("2026-03-01T10:00:00Z")));
    assert_eq!(d.earliest_delivery, Some(at("2026-03-04T00:00:00Z")));
    assert_eq!(d.latest_delivery, Some(at("2026-03-08T23:59:59Z")));
    assert_eq!(d.delivered_at, Some(at("2026-03-06T18:30:00Z")));
}

#[tokio::test]
async fn a_package_in_transit_is_not_delivered() {
    let (stub, client) = started().await;
    stub.put(
        StubOrder::fbm("111-2222222-3333334", Marketplace::Us).package(
            "IN_TRANSIT",
            Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap(),
        ),
    );
    let d = client
        .get_order(&seller(), &order_id("111-2222222-3333334"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(d.delivered_at, None);
}

#[tokio::test]
async fn an_amazon_fulfilled_order_has_no_relay_address() {
    let (stub, client) = started().await;
    stub.put(StubOrder::fba("111-4444444-5555555", Marketplace::Us));
    let d = client
        .get_order(&seller(), &order_id("111-4444444-5555555"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(d.fulfillment, Some(Fulfillment::Fba));
    assert_eq!(d.buyer_email, None);
    assert_eq!(d.delivered_at, None);
    assert_eq!(d.items.len(), 1);
}

#[tokio::test]
async fn an_invalid_relay_address_is_ignored() {
    let (stub, client) = started().await;
    stub.put(
        StubOrder::fbm("111-4444444-5555556", Marketplace::Us).buyer(Some("no address"), None),
    );
    let d = client
        .get_order(&seller(), &order_id("111-4444444-5555556"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(d.buyer_email, None);
    assert_eq!(d.fulfillment, Some(Fulfillment::Fbm));
}

#[tokio::test]
async fn an_unknown_order_is_none() {
    let (_stub, client) = started().await;
    let found = client
        .get_order(&seller(), &order_id("111-9999999-9999999"))
        .await
        .unwrap();
    assert_eq!(found, None);
}

#[tokio::test]
async fn a_missing_pii_role_is_denied_with_a_clear_message() {
    let (stub, client) = started().await;
    stub.put(StubOrder::fbm("111-0000000-0000001", Marketplace::Us));
    stub.deny_pii(true);
    let err = client
        .get_order(&seller(), &order_id("111-0000000-0000001"))
        .await
        .unwrap_err();
    match err {
        SpApiError::Denied(m) => assert!(m.contains("Direct-to-Consumer Delivery"), "{m}"),
        other => panic!("{other:?}"),
    }
}

// ---------------------------------------------------------------------------------------
// Throttling and failures

#[tokio::test]
async fn a_429_is_retried() {
    let (stub, client) = started().await;
    stub.put(StubOrder::fbm("111-0000000-0000001", Marketplace::Us));
    stub.inject(Fault::TooManyRequests, 1);
    let found = client
        .get_order(&seller(), &order_id("111-0000000-0000001"))
        .await
        .unwrap();
    assert!(found.is_some());
    assert_eq!(stub.count("getOrder"), 2);
    assert_eq!(stub.rejected_429(), 1);
}

#[tokio::test]
async fn persistent_429s_end_throttled_within_max_wait() {
    // A fast published limit, so several backoffs fit in `max_wait`.
    let stub = SpApiStub::start(stub_config().limits(RateLimit {
        per_second: 5.0,
        burst: 5,
    }))
    .await;
    let client = client_for(
        &stub,
        ClientLimits {
            max_wait: Duration::from_secs(2),
            ..ClientLimits::default()
        },
    );
    stub.put(StubOrder::fbm("111-0000000-0000001", Marketplace::Us));
    stub.inject(Fault::TooManyRequests, 100);
    let started = Instant::now();
    let err = client
        .get_order(&seller(), &order_id("111-0000000-0000001"))
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            SpApiError::Throttled {
                retry_after: Some(_)
            }
        ),
        "{err:?}"
    );
    assert!(err.is_retryable());
    assert!(started.elapsed() < Duration::from_secs(3));
    assert!(stub.count("getOrder") >= 2);
}

#[tokio::test]
async fn server_errors_are_retried_then_retryable() {
    let (stub, client) = started().await;
    stub.put(StubOrder::fbm("111-0000000-0000001", Marketplace::Us));
    stub.inject(Fault::ServerError, 1);
    assert!(client
        .get_order(&seller(), &order_id("111-0000000-0000001"))
        .await
        .unwrap()
        .is_some());
    stub.inject(Fault::Unavailable, 100);
    let err = client
        .get_order(&seller(), &order_id("111-0000000-0000001"))
        .await
        .unwrap_err();
    assert!(matches!(err, SpApiError::Retryable(_)), "{err:?}");
}

#[tokio::test]
async fn a_timeout_after_sending_is_unknown() {
    let stub = SpApiStub::start(stub_config()).await;
    let client = client_for(
        &stub,
        ClientLimits {
            request_timeout: Duration::from_millis(300),
            ..quick_limits()
        },
    );
    stub.put(StubOrder::fbm("111-0000000-0000001", Marketplace::Us));
    // Fetch the token first so the delay hits the SP-API call itself.
    client
        .get_order(&seller(), &order_id("111-0000000-0000001"))
        .await
        .unwrap();
    stub.inject(Fault::Delay(Duration::from_secs(2)), 1);
    let err = client
        .get_order(&seller(), &order_id("111-0000000-0000001"))
        .await
        .unwrap_err();
    assert!(matches!(err, SpApiError::Unknown(_)), "{err:?}");
}

#[tokio::test]
async fn a_refused_connection_is_retryable() {
    let stub = SpApiStub::start(stub_config()).await;
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let dead = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let endpoints = Endpoints {
        lwa: stub.endpoints().lwa,
        api: Some(dead),
    };
    let client = SpApiClient::new(
        credentials(CLIENT_SECRET, REFRESH_TOKEN),
        endpoints,
        None,
        quick_limits(),
    )
    .unwrap();
    let err = client
        .get_order(&seller(), &order_id("111-0000000-0000001"))
        .await
        .unwrap_err();
    assert!(matches!(err, SpApiError::Retryable(_)), "{err:?}");
}

#[tokio::test]
async fn amazons_own_429s_are_absorbed_by_backoff() {
    // No shared budget: the server's token bucket answers 429 and the client backs off,
    // guided by `x-amzn-RateLimit-Limit`.
    let stub = SpApiStub::start(stub_config().limits(RateLimit {
        per_second: 5.0,
        burst: 2,
    }))
    .await;
    let client = client_for(&stub, quick_limits());
    stub.put(StubOrder::fbm("111-0000000-0000001", Marketplace::Us));
    let id = order_id("111-0000000-0000001");
    for _ in 0..5 {
        assert!(client.get_order(&seller(), &id).await.unwrap().is_some());
    }
    assert!(stub.rejected_429() >= 1);
    assert_eq!(stub.count("getOrder"), 5 + stub.rejected_429());
}

#[tokio::test]
async fn the_stub_refuses_calls_without_a_valid_token() {
    let stub = SpApiStub::start(stub_config()).await;
    let http = reqwest::Client::new();
    let answer = http
        .get(format!(
            "{}/orders/2026-01-01/orders/111-0000000-0000001",
            stub.base_url()
        ))
        .header("x-amz-access-token", "Atza|made-up")
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status().as_u16(), 403);
    let body: serde_json::Value = answer.json().await.unwrap();
    assert_eq!(body["errors"][0]["code"], "Unauthorized");

    let refused = http
        .post(stub.endpoints().lwa)
        .form(&[
            ("grant_type", "client_credentials"),
            ("scope", "sellingpartnerapi::notifications"),
            ("client_id", CLIENT_ID),
            ("client_secret", "wrong"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status().as_u16(), 401);
    let body: serde_json::Value = refused.json().await.unwrap();
    assert_eq!(body["error"], "invalid_client");
    assert_eq!(stub.count("getOrder"), 1);
    assert_eq!(stub.lwa_calls(), 1);
}

#[tokio::test]
async fn the_shared_budget_paces_calls_below_amazons_limit() {
    let limit = RateLimit {
        per_second: 10.0,
        burst: 3,
    };
    let stub = SpApiStub::start(stub_config().limits(limit)).await;
    stub.put(StubOrder::fbm("111-0000000-0000001", Marketplace::Us));
    let budget = Arc::new(MemoryBudget::default());
    let client = SpApiClient::new(
        credentials(CLIENT_SECRET, REFRESH_TOKEN),
        stub.endpoints(),
        Some(budget.clone()),
        ClientLimits {
            // Paced at 80% of the server's limit: latency jitter can bring two calls closer
            // together at the server than they were when they left.
            get_order: RateLimit {
                per_second: 8.0,
                burst: 3,
            },
            ..quick_limits()
        },
    )
    .unwrap();
    let id = order_id("111-0000000-0000001");
    for _ in 0..12 {
        client.get_order(&seller(), &id).await.unwrap();
    }
    assert_eq!(stub.rejected_429(), 0);
    assert_eq!(stub.count("getOrder"), 12);
    // Burst 3 plus 8/s: never more than 3 + 4 (+1 at the window's edge) in half a second.
    assert!(stub.max_calls_in(Duration::from_millis(500)) <= 8);
    let keys = budget.keys.lock().unwrap();
    assert!(
        keys.iter().all(|k| k == &format!("{SELLER_ID}:getOrder")),
        "{keys:?}"
    );
}

#[tokio::test]
async fn an_empty_budget_beyond_max_wait_is_throttled_without_calling() {
    let stub = SpApiStub::start(stub_config()).await;
    stub.put(StubOrder::fbm("111-0000000-0000001", Marketplace::Us));
    let client = SpApiClient::new(
        credentials(CLIENT_SECRET, REFRESH_TOKEN),
        stub.endpoints(),
        Some(Arc::new(MemoryBudget::default())),
        ClientLimits {
            get_order: RateLimit {
                per_second: 0.01,
                burst: 1,
            },
            max_wait: Duration::from_secs(1),
            ..ClientLimits::default()
        },
    )
    .unwrap();
    let id = order_id("111-0000000-0000001");
    client.get_order(&seller(), &id).await.unwrap();
    let err = client.get_order(&seller(), &id).await.unwrap_err();
    assert!(
        matches!(
            err,
            SpApiError::Throttled {
                retry_after: Some(_)
            }
        ),
        "{err:?}"
    );
    assert_eq!(stub.count("getOrder"), 1);
}

// ---------------------------------------------------------------------------------------
// Solicitations

#[tokio::test]
async fn review_offered_follows_amazons_actions() {
    let (stub, client) = started().await;
    stub.put(StubOrder::fbm("111-0000000-0000001", Marketplace::Us));
    stub.put(StubOrder::fbm("111-0000000-0000002", Marketplace::Us));
    stub.set_review_offered("111-0000000-0000002", false);
    assert!(client
        .review_offered(&seller(), &order_id("111-0000000-0000001"))
        .await
        .unwrap());
    assert!(!client
        .review_offered(&seller(), &order_id("111-0000000-0000002"))
        .await
        .unwrap());
}

#[tokio::test]
async fn a_review_is_requested_once() {
    let (stub, client) = started().await;
    stub.put(StubOrder::fbm("111-0000000-0000001", Marketplace::Us));
    let id = order_id("111-0000000-0000001");
    client.request_review(&seller(), &id).await.unwrap();
    assert!(stub.review_sent("111-0000000-0000001"));
    assert!(!client.review_offered(&seller(), &id).await.unwrap());
    let err = client.request_review(&seller(), &id).await.unwrap_err();
    assert!(matches!(err, SpApiError::Unavailable(_)), "{err:?}");
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn a_review_not_offered_is_unavailable() {
    let (stub, client) = started().await;
    stub.put(StubOrder::fbm("111-0000000-0000001", Marketplace::Us));
    stub.set_review_offered("111-0000000-0000001", false);
    let err = client
        .request_review(&seller(), &order_id("111-0000000-0000001"))
        .await
        .unwrap_err();
    match err {
        SpApiError::Unavailable(m) => assert!(m.contains("not available"), "{m}"),
        other => panic!("{other:?}"),
    }
}

// ---------------------------------------------------------------------------------------
// Notifications

#[tokio::test]
async fn connect_is_idempotent() {
    let (stub, client) = started().await;
    let arn = "arn:aws:sqs:us-east-1:123456789012:aftercare-orders";
    let first = client
        .connect(&seller(), &[Marketplace::Us, Marketplace::Ca], arn)
        .await
        .unwrap();
    assert!(first.destination_created && first.subscription_created);
    assert_eq!(first.destination.sqs_arn.as_deref(), Some(arn));
    assert_eq!(
        first.subscription.destination_id,
        first.destination.destination_id
    );
    assert_eq!(first.subscription.payload_version, "1.0");
    assert_eq!(
        first.subscription.marketplace_ids,
        vec!["ATVPDKIKX0DER".to_string(), "A2EUQ1WTGCTBG2".to_string()]
    );
    assert!(first
        .subscription
        .order_change_types
        .contains(&"OrderStatusChange".to_string()));

    let second = client
        .connect(&seller(), &[Marketplace::Us, Marketplace::Ca], arn)
        .await
        .unwrap();
    assert!(!second.destination_created && !second.subscription_created);
    assert_eq!(second.destination, first.destination);
    assert_eq!(second.subscription, first.subscription);
    assert!(second.warnings.is_empty());
    assert_eq!(stub.destinations().len(), 1);
    assert_eq!(stub.subscription_count(), 1);
    assert_eq!(stub.count("createDestination"), 1);
    assert_eq!(stub.count("createSubscription"), 1);
    // One grantless token and one store token.
    assert_eq!(stub.lwa_calls(), 2);
}

#[tokio::test]
async fn notification_calls_map_missing_things_to_none() {
    let (_stub, client) = started().await;
    assert!(client
        .get_subscription(&seller(), "ORDER_CHANGE")
        .await
        .unwrap()
        .is_none());
    assert!(client
        .get_destinations(aftercare::adapters::spapi::Region::Na)
        .await
        .unwrap()
        .is_empty());
}

#[tokio::test]
async fn connect_refuses_marketplaces_of_another_region() {
    let (_stub, client) = started().await;
    let err = client
        .connect(&seller(), &[Marketplace::De], "arn:aws:sqs:us-east-1:1:q")
        .await
        .unwrap_err();
    assert!(matches!(err, SpApiError::Permanent(_)), "{err:?}");
}

// ---------------------------------------------------------------------------------------
// Secrets stay out of logs

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Captured {
        self.clone()
    }
}

#[tokio::test]
async fn no_secret_reaches_logs_or_debug_output() {
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(captured.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let (stub, client) = started().await;
    stub.put(StubOrder::fbm("111-0000000-0000001", Marketplace::Us));
    let id = order_id("111-0000000-0000001");
    stub.inject(Fault::TooManyRequests, 1);
    client.get_order(&seller(), &id).await.unwrap();
    client.request_review(&seller(), &id).await.unwrap();
    let _ = client.request_review(&seller(), &id).await;
    client
        .connect(&seller(), &[Marketplace::Us], "arn:aws:sqs:us-east-1:1:q")
        .await
        .unwrap();
    // A refused secret is logged too.
    let bad = SpApiClient::new(
        credentials("amzn1.oa2-cs.v1.wrong-one", REFRESH_TOKEN),
        stub.endpoints(),
        None,
        quick_limits(),
    )
    .unwrap();
    let _ = bad.get_order(&seller(), &id).await;

    let logs = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    let debug = format!("{client:?} {client:#?} {bad:?}");
    assert!(
        logs.contains("getOrder"),
        "tracing was not captured: {logs}"
    );
    for (what, text) in [("logs", &logs), ("debug", &debug)] {
        assert!(!text.contains(CLIENT_SECRET), "client secret in {what}");
        assert!(!text.contains("wrong-one"), "client secret in {what}");
        assert!(!text.contains(REFRESH_TOKEN), "refresh token in {what}");
        assert!(!text.contains("Atzr|"), "refresh token in {what}");
        assert!(!text.contains("Atza|"), "access token in {what}");
        assert!(!text.contains("stub-access-"), "access token in {what}");
    }
    assert!(debug.contains("***"));
    assert!(debug.contains(CLIENT_ID));
}
