//! An in-process stand-in for Login with Amazon and the SP-API operations Aftercare uses, for
//! tests. It answers with the shapes of Amazon's models, checks credentials and access tokens,
//! enforces rate limits with token buckets (429 with `x-amzn-RateLimit-Limit`), can inject
//! faults, and records every call so a test can check how fast the client called.
//!
//! ```ignore
//! let stub = SpApiStub::start(StubConfig::new("client", "secret").refresh_token("shop", "Atzr|1")).await;
//! stub.put(StubOrder::fbm("111-0000000-0000001", Marketplace::Us));
//! let client = SpApiClient::new(credentials, stub.endpoints(), None, ClientLimits::default())?;
//! ```

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use chrono::{DateTime, Utc};
use serde_json::{json, Value};

use super::lwa::NOTIFICATIONS_SCOPE;
use super::region::Endpoints;
use crate::amazon::{RateLimit, REVIEW_SOLICITATION};
use crate::Marketplace;

/// The operation name under which token requests are recorded.
pub const LWA_OPERATION: &str = "lwaToken";

/// What the stub accepts and how fast it lets calls through.
#[derive(Debug, Clone)]
pub struct StubConfig {
    pub client_id: String,
    pub client_secret: String,
    /// Refresh token → store id.
    pub refresh_tokens: HashMap<String, String>,
    /// The `expires_in` of issued access tokens, in seconds.
    pub expires_in: u64,
    pub get_order: RateLimit,
    pub solicitations: RateLimit,
    pub notifications: RateLimit,
}

impl StubConfig {
    /// Accepts this client id and secret; Amazon's default limits; tokens live an hour.
    pub fn new(client_id: &str, client_secret: &str) -> Self {
        StubConfig {
            client_id: client_id.to_string(),
            client_secret: client_secret.to_string(),
            refresh_tokens: HashMap::new(),
            expires_in: 3600,
            get_order: RateLimit::GET_ORDER,
            solicitations: RateLimit::SOLICITATIONS,
            notifications: RateLimit::NOTIFICATIONS,
        }
    }

    /// Accepts `refresh_token` as the grant of store `store`.
    pub fn refresh_token(mut self, store: &str, refresh_token: &str) -> Self {
        self.refresh_tokens
            .insert(refresh_token.to_string(), store.to_string());
        self
    }

    pub fn expires_in(mut self, seconds: u64) -> Self {
        self.expires_in = seconds;
        self
    }

    /// The same rate limit for every operation.
    pub fn limits(mut self, limit: RateLimit) -> Self {
        self.get_order = limit;
        self.solicitations = limit;
        self.notifications = limit;
        self
    }
}

/// A fault to answer the next SP-API call with (token requests are not affected).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Fault {
    /// 429 `QuotaExceeded`.
    TooManyRequests,
    /// 500 `InternalFailure`.
    ServerError,
    /// 503 `ServiceUnavailable`.
    Unavailable,
    /// Answer normally, after this delay.
    Delay(Duration),
}

/// One request the stub received.
#[derive(Debug, Clone)]
pub struct StubCall {
    /// Amazon's operation name (`getOrder`, `createDestination` …) or [`LWA_OPERATION`].
    pub operation: String,
    pub order_id: Option<String>,
    /// The store the access token was issued to, `grantless`, or `None` when refused.
    pub principal: Option<String>,
    pub status: u16,
    pub at: Instant,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Principal {
    Store(String),
    Grantless,
}

impl Principal {
    fn label(&self) -> String {
        match self {
            Principal::Store(s) => s.clone(),
            Principal::Grantless => "grantless".to_string(),
        }
    }
}

struct Issued {
    principal: Principal,
    expires: Instant,
}

struct Bucket {
    tokens: f64,
    at: Instant,
}

#[derive(Default, Clone, Copy)]
struct Review {
    offered: bool,
    sent: bool,
}

struct Inner {
    config: StubConfig,
    tokens: HashMap<String, Issued>,
    next_id: u64,
    orders: HashMap<String, Value>,
    reviews: HashMap<String, Review>,
    destinations: Vec<Value>,
    subscriptions: HashMap<(String, String), Value>,
    buckets: HashMap<(Principal, &'static str), Bucket>,
    faults: VecDeque<Fault>,
    calls: Vec<StubCall>,
    deny_pii: bool,
}

type Shared = Arc<Mutex<Inner>>;

fn lock(shared: &Shared) -> MutexGuard<'_, Inner> {
    shared.lock().unwrap_or_else(|e| e.into_inner())
}

/// The running stub; stops when dropped.
pub struct SpApiStub {
    shared: Shared,
    addr: SocketAddr,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for SpApiStub {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl SpApiStub {
    /// Starts the stub on 127.0.0.1 (a free port) on the current tokio runtime.
    pub async fn start(config: StubConfig) -> SpApiStub {
        let shared: Shared = Arc::new(Mutex::new(Inner {
            config,
            tokens: HashMap::new(),
            next_id: 1,
            orders: HashMap::new(),
            reviews: HashMap::new(),
            destinations: Vec::new(),
            subscriptions: HashMap::new(),
            buckets: HashMap::new(),
            faults: VecDeque::new(),
            calls: Vec::new(),
            deny_pii: false,
        }));
        let app = Router::new()
            .route("/auth/o2/token", post(token))
            .route("/orders/2026-01-01/orders/{order_id}", get(get_order))
            .route(
                "/solicitations/v1/orders/{order_id}",
                get(get_solicitation_actions),
            )
            .route(
                "/solicitations/v1/orders/{order_id}/solicitations/productReviewAndSellerFeedback",
                post(create_review_solicitation),
            )
            .route(
                "/notifications/v1/destinations",
                get(get_destinations).post(create_destination),
            )
            .route(
                "/notifications/v1/subscriptions/{notification_type}",
                get(get_subscription).post(create_subscription),
            )
            .with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the SP-API stub");
        let addr = listener.local_addr().expect("stub address");
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        SpApiStub { shared, addr, task }
    }

    /// `http://127.0.0.1:{port}`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Endpoints that send both token requests and SP-API calls to this stub.
    pub fn endpoints(&self) -> Endpoints {
        Endpoints::local(&self.base_url())
    }

    /// Registers an order: `order` is the `order` object of a `getOrder` answer. The review
    /// solicitation is offered for it until set otherwise.
    pub fn put_order(&self, order_id: &str, order: Value) {
        let mut inner = lock(&self.shared);
        inner.orders.insert(order_id.to_string(), order);
        inner.reviews.entry(order_id.to_string()).or_insert(Review {
            offered: true,
            sent: false,
        });
    }

    /// Registers an order built with [`StubOrder`].
    pub fn put(&self, order: StubOrder) {
        let id = order.order_id.clone();
        self.put_order(&id, order.into_json());
    }

    /// Whether Amazon offers the review solicitation for `order_id` (before it is sent).
    pub fn set_review_offered(&self, order_id: &str, offered: bool) {
        lock(&self.shared)
            .reviews
            .entry(order_id.to_string())
            .or_default()
            .offered = offered;
    }

    /// Whether a review request was accepted for `order_id`.
    pub fn review_sent(&self, order_id: &str) -> bool {
        lock(&self.shared)
            .reviews
            .get(order_id)
            .is_some_and(|r| r.sent)
    }

    /// Answers the next `times` SP-API calls with `fault`.
    pub fn inject(&self, fault: Fault, times: usize) {
        let mut inner = lock(&self.shared);
        for _ in 0..times {
            inner.faults.push_back(fault);
        }
    }

    /// Forgets injected faults not yet used.
    pub fn clear_faults(&self) {
        lock(&self.shared).faults.clear();
    }

    /// The `expires_in` of tokens issued from now on.
    pub fn set_expires_in(&self, seconds: u64) {
        lock(&self.shared).config.expires_in = seconds;
    }

    /// When set, `getOrder` asking for `BUYER` or `RECIPIENT` is refused with a 403, as for an
    /// application without the role that unlocks buyers' personal data.
    pub fn deny_pii(&self, deny: bool) {
        lock(&self.shared).deny_pii = deny;
    }

    /// Revokes every access token issued so far (the next call with one gets a 403).
    pub fn revoke_tokens(&self) {
        lock(&self.shared).tokens.clear();
    }

    /// Every request received, token requests included, in order.
    pub fn calls(&self) -> Vec<StubCall> {
        lock(&self.shared).calls.clone()
    }

    /// How many requests for `operation` were received.
    pub fn count(&self, operation: &str) -> usize {
        lock(&self.shared)
            .calls
            .iter()
            .filter(|c| c.operation == operation)
            .count()
    }

    /// How many token requests Login with Amazon received.
    pub fn lwa_calls(&self) -> usize {
        self.count(LWA_OPERATION)
    }

    /// The most SP-API requests (token requests excluded) received within any `window`.
    pub fn max_calls_in(&self, window: Duration) -> usize {
        self.max_calls_in_where(window, |c| c.operation != LWA_OPERATION)
    }

    /// The most `operation` requests received within any `window`.
    pub fn max_calls_of_in(&self, operation: &str, window: Duration) -> usize {
        self.max_calls_in_where(window, |c| c.operation == operation)
    }

    fn max_calls_in_where(&self, window: Duration, keep: impl Fn(&StubCall) -> bool) -> usize {
        let mut times: Vec<Instant> = lock(&self.shared)
            .calls
            .iter()
            .filter(|c| keep(c))
            .map(|c| c.at)
            .collect();
        times.sort();
        let mut best = 0;
        let mut start = 0;
        for end in 0..times.len() {
            while times[end].duration_since(times[start]) >= window {
                start += 1;
            }
            best = best.max(end - start + 1);
        }
        best
    }

    /// How many SP-API requests were answered 429 (rate limit or injected).
    pub fn rejected_429(&self) -> usize {
        lock(&self.shared)
            .calls
            .iter()
            .filter(|c| c.status == 429)
            .count()
    }

    /// The destinations created so far, as Amazon would list them.
    pub fn destinations(&self) -> Vec<Value> {
        lock(&self.shared).destinations.clone()
    }

    /// How many subscriptions exist.
    pub fn subscription_count(&self) -> usize {
        lock(&self.shared).subscriptions.len()
    }
}

/// A `getOrder` answer for a test, merchant- or Amazon-fulfilled.
#[derive(Debug, Clone)]
pub struct StubOrder {
    pub order_id: String,
    pub marketplace: Marketplace,
    pub fulfilled_by: &'static str,
    pub buyer_email: Option<String>,
    pub buyer_name: Option<String>,
    pub postal_code: Option<String>,
    pub state: Option<String>,
    pub country: Option<String>,
    /// (ASIN, SKU, title, quantity).
    pub items: Vec<(String, String, String, u32)>,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    pub deliver_by: Option<(DateTime<Utc>, DateTime<Utc>)>,
    /// (status, ship time) per package; merchant-fulfilled orders only.
    pub packages: Vec<(String, DateTime<Utc>)>,
}

impl StubOrder {
    /// A merchant-fulfilled order placed five days ago, shipped, with a relay address.
    pub fn fbm(order_id: &str, marketplace: Marketplace) -> Self {
        let now = Utc::now();
        StubOrder {
            order_id: order_id.to_string(),
            marketplace,
            fulfilled_by: "MERCHANT",
            buyer_email: Some(format!(
                "{}@marketplace.{}",
                order_id.replace('-', ""),
                marketplace.domain()
            )),
            buyer_name: Some("Test Buyer".to_string()),
            postal_code: Some("10001".to_string()),
            state: Some("NY".to_string()),
            country: Some(marketplace.country().to_string()),
            items: Vec::new(),
            created: now - chrono::Duration::days(5),
            updated: now - chrono::Duration::days(1),
            deliver_by: Some((
                now - chrono::Duration::days(2),
                now + chrono::Duration::days(1),
            )),
            packages: Vec::new(),
        }
    }

    /// An Amazon-fulfilled order: Amazon gives no relay address for these.
    pub fn fba(order_id: &str, marketplace: Marketplace) -> Self {
        StubOrder {
            fulfilled_by: "AMAZON",
            buyer_email: None,
            ..Self::fbm(order_id, marketplace)
        }
    }

    pub fn buyer(mut self, email: Option<&str>, name: Option<&str>) -> Self {
        self.buyer_email = email.map(str::to_string);
        self.buyer_name = name.map(str::to_string);
        self
    }

    pub fn ship_to(mut self, postal_code: &str, state: &str, country: &str) -> Self {
        self.postal_code = Some(postal_code.to_string());
        self.state = Some(state.to_string());
        self.country = Some(country.to_string());
        self
    }

    pub fn item(mut self, asin: &str, sku: &str, title: &str, quantity: u32) -> Self {
        self.items
            .push((asin.into(), sku.into(), title.into(), quantity));
        self
    }

    pub fn created(mut self, at: DateTime<Utc>) -> Self {
        self.created = at;
        self
    }

    pub fn updated(mut self, at: DateTime<Utc>) -> Self {
        self.updated = at;
        self
    }

    pub fn deliver_by(mut self, earliest: DateTime<Utc>, latest: DateTime<Utc>) -> Self {
        self.deliver_by = Some((earliest, latest));
        self
    }

    /// Adds a package with `status` (`IN_TRANSIT`, `DELIVERED` …) shipped at `shipped`.
    pub fn package(mut self, status: &str, shipped: DateTime<Utc>) -> Self {
        self.packages.push((status.to_string(), shipped));
        self
    }

    /// The `order` object of Amazon's `getOrder` answer.
    pub fn into_json(self) -> Value {
        let ts = |t: DateTime<Utc>| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let mut items = self.items.clone();
        if items.is_empty() {
            items.push((
                "B000TEST01".into(),
                "SKU-TEST-1".into(),
                "Test product".into(),
                1,
            ));
        }
        let order_items: Vec<Value> = items
            .iter()
            .enumerate()
            .map(|(i, (asin, sku, title, qty))| {
                json!({
                    "orderItemId": format!("{}{:02}", self.order_id.replace('-', ""), i + 1),
                    "quantityOrdered": qty,
                    "product": {"asin": asin, "sellerSku": sku, "title": title},
                })
            })
            .collect();
        let mut buyer = serde_json::Map::new();
        if let Some(name) = &self.buyer_name {
            buyer.insert("buyerName".into(), json!(name));
        }
        if let Some(email) = &self.buyer_email {
            buyer.insert("buyerEmail".into(), json!(email));
        }
        let mut fulfillment = json!({
            "fulfillmentStatus": "SHIPPED",
            "fulfilledBy": self.fulfilled_by,
            "fulfillmentServiceLevel": "STANDARD",
        });
        if let Some((earliest, latest)) = self.deliver_by {
            fulfillment["deliverByWindow"] =
                json!({"earliestDateTime": ts(earliest), "latestDateTime": ts(latest)});
        }
        let mut order = json!({
            "orderId": self.order_id,
            "createdTime": ts(self.created),
            "lastUpdatedTime": ts(self.updated),
            "salesChannel": {
                "channelName": "AMAZON",
                "marketplaceId": self.marketplace.sp_api_id(),
            },
            "buyer": Value::Object(buyer),
            "recipient": {"deliveryAddress": {
                "postalCode": self.postal_code,
                "stateOrRegion": self.state,
                "countryCode": self.country,
            }},
            "fulfillment": fulfillment,
            "orderItems": order_items,
        });
        if self.fulfilled_by == "MERCHANT" && !self.packages.is_empty() {
            order["packages"] = self
                .packages
                .iter()
                .enumerate()
                .map(|(i, (status, shipped))| {
                    json!({
                        "packageReferenceId": format!("PKG-{}", i + 1),
                        "packageStatus": {"status": status},
                        "shipTime": ts(*shipped),
                        "carrier": "USPS",
                    })
                })
                .collect();
        }
        order
    }
}

// ----------------------------------------------------------------------------------------
// Handlers

fn errors(status: StatusCode, code: &str, message: &str) -> Response {
    (
        status,
        Json(json!({"errors": [{"code": code, "message": message, "details": ""}]})),
    )
        .into_response()
}

fn too_many(limit: RateLimit) -> Response {
    let mut response = errors(
        StatusCode::TOO_MANY_REQUESTS,
        "QuotaExceeded",
        "You exceeded your quota for the requested resource.",
    );
    if let Ok(v) = HeaderValue::from_str(&format!("{}", limit.per_second)) {
        response.headers_mut().insert("x-amzn-RateLimit-Limit", v);
    }
    response
}

fn record(
    shared: &Shared,
    operation: &str,
    order_id: Option<&str>,
    principal: Option<&Principal>,
    status: u16,
) {
    lock(shared).calls.push(StubCall {
        operation: operation.to_string(),
        order_id: order_id.map(str::to_string),
        principal: principal.map(Principal::label),
        status,
        at: Instant::now(),
    });
}

/// Records the answer and returns it.
fn answer(
    shared: &Shared,
    operation: &str,
    order_id: Option<&str>,
    principal: Option<&Principal>,
    response: Response,
) -> Response {
    record(
        shared,
        operation,
        order_id,
        principal,
        response.status().as_u16(),
    );
    response
}

#[derive(Clone, Copy, PartialEq)]
enum Needs {
    Store,
    Grantless,
}

/// Checks the access token, applies injected faults and the rate limit. `Err` is the answer
/// to send (already recorded).
async fn admit(
    shared: &Shared,
    headers: &HeaderMap,
    operation: &'static str,
    order_id: Option<&str>,
    needs: Needs,
) -> Result<Principal, Response> {
    let token = headers
        .get("x-amz-access-token")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let principal = {
        let inner = lock(shared);
        match inner.tokens.get(token) {
            None => Err("The access token you provided is revoked, malformed or invalid."),
            Some(issued) if Instant::now() >= issued.expires => {
                Err("The access token you provided has expired.")
            }
            Some(issued) => match (&issued.principal, needs) {
                (Principal::Store(_), Needs::Store) | (Principal::Grantless, Needs::Grantless) => {
                    Ok(issued.principal.clone())
                }
                _ => Err("Access to requested resource is denied."),
            },
        }
    };
    let principal = match principal {
        Ok(p) => p,
        Err(message) => {
            let r = errors(StatusCode::FORBIDDEN, "Unauthorized", message);
            return Err(answer(shared, operation, order_id, None, r));
        }
    };
    let fault = lock(shared).faults.pop_front();
    let limit = {
        let inner = lock(shared);
        family_limit(&inner.config, operation)
    };
    match fault {
        Some(Fault::TooManyRequests) => {
            return Err(answer(
                shared,
                operation,
                order_id,
                Some(&principal),
                too_many(limit),
            ))
        }
        Some(Fault::ServerError) => {
            let r = errors(
                StatusCode::INTERNAL_SERVER_ERROR,
                "InternalFailure",
                "We encountered an internal error. Please try again.",
            );
            return Err(answer(shared, operation, order_id, Some(&principal), r));
        }
        Some(Fault::Unavailable) => {
            let r = errors(
                StatusCode::SERVICE_UNAVAILABLE,
                "ServiceUnavailable",
                "Service temporarily unavailable.",
            );
            return Err(answer(shared, operation, order_id, Some(&principal), r));
        }
        Some(Fault::Delay(d)) => tokio::time::sleep(d).await,
        None => {}
    }
    let allowed = {
        let mut inner = lock(shared);
        let now = Instant::now();
        let bucket = inner
            .buckets
            .entry((principal.clone(), operation))
            .or_insert(Bucket {
                tokens: f64::from(limit.burst),
                at: now,
            });
        let refill = now.duration_since(bucket.at).as_secs_f64() * limit.per_second;
        bucket.tokens = (bucket.tokens + refill).min(f64::from(limit.burst));
        bucket.at = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            true
        } else {
            false
        }
    };
    if !allowed {
        return Err(answer(
            shared,
            operation,
            order_id,
            Some(&principal),
            too_many(limit),
        ));
    }
    Ok(principal)
}

fn family_limit(config: &StubConfig, operation: &str) -> RateLimit {
    match operation {
        "getOrder" => config.get_order,
        "getSolicitationActionsForOrder" | "createProductReviewAndSellerFeedbackSolicitation" => {
            config.solicitations
        }
        _ => config.notifications,
    }
}

async fn token(
    State(shared): State<Shared>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let field = |k: &str| form.get(k).map(String::as_str).unwrap_or("");
    let refuse = |status: StatusCode, error: &str, description: &str| {
        let r = (
            status,
            Json(json!({"error": error, "error_description": description})),
        )
            .into_response();
        answer(&shared, LWA_OPERATION, None, None, r)
    };
    let (principal, expires_in) = {
        let inner = lock(&shared);
        if field("client_id") != inner.config.client_id
            || field("client_secret") != inner.config.client_secret
        {
            drop(inner);
            return refuse(
                StatusCode::UNAUTHORIZED,
                "invalid_client",
                "Client authentication failed",
            );
        }
        let principal = match field("grant_type") {
            "refresh_token" => match inner.config.refresh_tokens.get(field("refresh_token")) {
                Some(store) => Principal::Store(store.clone()),
                None => {
                    drop(inner);
                    return refuse(
                        StatusCode::BAD_REQUEST,
                        "invalid_grant",
                        "The request has an invalid grant parameter : refresh_token",
                    );
                }
            },
            "client_credentials" if field("scope") == NOTIFICATIONS_SCOPE => Principal::Grantless,
            "client_credentials" => {
                drop(inner);
                return refuse(
                    StatusCode::BAD_REQUEST,
                    "invalid_scope",
                    "The request has an invalid parameter : scope",
                );
            }
            _ => {
                drop(inner);
                return refuse(
                    StatusCode::BAD_REQUEST,
                    "unsupported_grant_type",
                    "Unsupported grant type",
                );
            }
        };
        (principal, inner.config.expires_in)
    };
    let access_token = {
        let mut inner = lock(&shared);
        let n = inner.next_id;
        inner.next_id += 1;
        let token = format!("Atza|stub-access-{n:06}");
        inner.tokens.insert(
            token.clone(),
            Issued {
                principal: principal.clone(),
                expires: Instant::now() + Duration::from_secs(expires_in),
            },
        );
        token
    };
    let mut body = json!({
        "access_token": access_token,
        "token_type": "bearer",
        "expires_in": expires_in,
    });
    if field("grant_type") == "refresh_token" {
        body["refresh_token"] = json!(field("refresh_token"));
    }
    answer(
        &shared,
        LWA_OPERATION,
        None,
        Some(&principal),
        (StatusCode::OK, Json(body)).into_response(),
    )
}

async fn get_order(
    State(shared): State<Shared>,
    Path(order_id): Path<String>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    const OP: &str = "getOrder";
    let principal = match admit(&shared, &headers, OP, Some(&order_id), Needs::Store).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    let included: Vec<String> = query
        .get("includedData")
        .map(|v| v.split(',').map(|s| s.trim().to_string()).collect())
        .unwrap_or_default();
    let wants = |d: &str| included.iter().any(|i| i == d);
    let (order, deny_pii) = {
        let inner = lock(&shared);
        (inner.orders.get(&order_id).cloned(), inner.deny_pii)
    };
    let response = match order {
        _ if deny_pii && (wants("BUYER") || wants("RECIPIENT")) => errors(
            StatusCode::FORBIDDEN,
            "Unauthorized",
            "Access to the buyer and recipient information (PII) of this order is denied.",
        ),
        None => errors(
            StatusCode::NOT_FOUND,
            "NotFound",
            &format!("Order {order_id} was not found."),
        ),
        Some(mut order) => {
            if let Some(o) = order.as_object_mut() {
                for (dataset, field) in [
                    ("BUYER", "buyer"),
                    ("RECIPIENT", "recipient"),
                    ("FULFILLMENT", "fulfillment"),
                    ("PACKAGES", "packages"),
                ] {
                    if !wants(dataset) {
                        o.remove(field);
                    }
                }
            }
            (StatusCode::OK, Json(json!({"order": order}))).into_response()
        }
    };
    answer(&shared, OP, Some(&order_id), Some(&principal), response)
}

fn marketplace_given(query: &HashMap<String, String>) -> bool {
    query
        .get("marketplaceIds")
        .is_some_and(|m| Marketplace::from_sp_api_id(m).is_some())
}

async fn get_solicitation_actions(
    State(shared): State<Shared>,
    Path(order_id): Path<String>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    const OP: &str = "getSolicitationActionsForOrder";
    let principal = match admit(&shared, &headers, OP, Some(&order_id), Needs::Store).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    let response = if !marketplace_given(&query) {
        errors(
            StatusCode::BAD_REQUEST,
            "InvalidInput",
            "marketplaceIds is missing or unknown.",
        )
    } else {
        let review = lock(&shared).reviews.get(&order_id).copied();
        let market = query.get("marketplaceIds").cloned().unwrap_or_default();
        let self_href = format!("/solicitations/v1/orders/{order_id}?marketplaceIds={market}");
        match review {
            None => errors(
                StatusCode::NOT_FOUND,
                "NotFound",
                "The resource specified does not exist.",
            ),
            Some(r) => {
                let actions: Vec<Value> = if r.offered && !r.sent {
                    vec![json!({
                        "href": format!(
                            "/solicitations/v1/orders/{order_id}/solicitations/{REVIEW_SOLICITATION}?marketplaceIds={market}"
                        ),
                        "name": REVIEW_SOLICITATION,
                    })]
                } else {
                    Vec::new()
                };
                let body = json!({
                    "_links": {"actions": actions, "self": {"href": self_href}},
                    "_embedded": {"actions": []},
                });
                (StatusCode::OK, Json(body)).into_response()
            }
        }
    };
    answer(&shared, OP, Some(&order_id), Some(&principal), response)
}

async fn create_review_solicitation(
    State(shared): State<Shared>,
    Path(order_id): Path<String>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    const OP: &str = "createProductReviewAndSellerFeedbackSolicitation";
    let principal = match admit(&shared, &headers, OP, Some(&order_id), Needs::Store).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    let response = if !marketplace_given(&query) {
        errors(
            StatusCode::BAD_REQUEST,
            "InvalidInput",
            "marketplaceIds is missing or unknown.",
        )
    } else {
        let mut inner = lock(&shared);
        match inner.reviews.get_mut(&order_id) {
            None => errors(
                StatusCode::NOT_FOUND,
                "NotFound",
                "The resource specified does not exist.",
            ),
            Some(r) if r.sent => errors(
                StatusCode::FORBIDDEN,
                "InvalidInput",
                "A solicitation has already been sent for this order.",
            ),
            Some(r) if !r.offered => errors(
                StatusCode::FORBIDDEN,
                "InvalidInput",
                "This solicitation is not available for this order at this time.",
            ),
            Some(r) => {
                r.sent = true;
                (StatusCode::CREATED, Json(json!({}))).into_response()
            }
        }
    };
    answer(&shared, OP, Some(&order_id), Some(&principal), response)
}

async fn get_destinations(State(shared): State<Shared>, headers: HeaderMap) -> Response {
    const OP: &str = "getDestinations";
    let principal = match admit(&shared, &headers, OP, None, Needs::Grantless).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    let list = lock(&shared).destinations.clone();
    let response = (StatusCode::OK, Json(json!({"payload": list}))).into_response();
    answer(&shared, OP, None, Some(&principal), response)
}

async fn create_destination(
    State(shared): State<Shared>,
    headers: HeaderMap,
    Json(body): Json<Value>,
) -> Response {
    const OP: &str = "createDestination";
    let principal = match admit(&shared, &headers, OP, None, Needs::Grantless).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    let name = body["name"].as_str().unwrap_or("").to_string();
    let arn = body["resourceSpecification"]["sqs"]["arn"]
        .as_str()
        .unwrap_or("")
        .to_string();
    let response = if name.is_empty() || !arn.starts_with("arn:aws:sqs:") {
        errors(
            StatusCode::BAD_REQUEST,
            "InvalidInput",
            "name and resourceSpecification.sqs.arn are required.",
        )
    } else {
        let mut inner = lock(&shared);
        if inner
            .destinations
            .iter()
            .any(|d| d["resource"]["sqs"]["arn"] == arn.as_str())
        {
            errors(
                StatusCode::CONFLICT,
                "Conflict",
                "A destination with this resource already exists.",
            )
        } else {
            let n = inner.next_id;
            inner.next_id += 1;
            let destination = json!({
                "name": name,
                "destinationId": format!("dest-{n:08}-stub"),
                "resource": {"sqs": {"arn": arn}},
            });
            inner.destinations.push(destination.clone());
            (StatusCode::OK, Json(json!({"payload": destination}))).into_response()
        }
    };
    answer(&shared, OP, None, Some(&principal), response)
}

async fn get_subscription(
    State(shared): State<Shared>,
    Path(notification_type): Path<String>,
    headers: HeaderMap,
) -> Response {
    const OP: &str = "getSubscription";
    let principal = match admit(&shared, &headers, OP, None, Needs::Store).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    let found = lock(&shared)
        .subscriptions
        .get(&(principal.label(), notification_type.clone()))
        .cloned();
    let response = match found {
        Some(s) => (StatusCode::OK, Json(json!({"payload": s}))).into_response(),
        None => errors(
            StatusCode::NOT_FOUND,
            "NotFound",
            &format!("No subscription of type {notification_type} was found."),
        ),
    };
    answer(&shared, OP, None, Some(&principal), response)
}

async fn create_subscription(
    State(shared): State<Shared>,
    Path(notification_type): Path<String>,
    headers: HeaderMap,
    Json(body): Json<Value>,
) -> Response {
    const OP: &str = "createSubscription";
    let principal = match admit(&shared, &headers, OP, None, Needs::Store).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    let destination_id = body["destinationId"].as_str().unwrap_or("").to_string();
    let payload_version = body["payloadVersion"].as_str().unwrap_or("").to_string();
    let mut inner = lock(&shared);
    let known = inner
        .destinations
        .iter()
        .any(|d| d["destinationId"] == destination_id.as_str());
    let key = (principal.label(), notification_type.clone());
    let response = if !known || payload_version.is_empty() {
        errors(
            StatusCode::BAD_REQUEST,
            "InvalidInput",
            "destinationId must name an existing destination and payloadVersion is required.",
        )
    } else if inner.subscriptions.contains_key(&key) {
        errors(
            StatusCode::CONFLICT,
            "Conflict",
            "A subscription for this notification type already exists.",
        )
    } else {
        let n = inner.next_id;
        inner.next_id += 1;
        let mut subscription = json!({
            "subscriptionId": format!("sub-{n:08}-stub"),
            "payloadVersion": payload_version,
            "destinationId": destination_id,
        });
        if let Some(directive) = body.get("processingDirective") {
            subscription["processingDirective"] = directive.clone();
        }
        inner.subscriptions.insert(key, subscription.clone());
        (StatusCode::OK, Json(json!({"payload": subscription}))).into_response()
    };
    drop(inner);
    answer(&shared, OP, None, Some(&principal), response)
}
