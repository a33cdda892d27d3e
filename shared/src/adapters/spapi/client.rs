//! The HTTP core: budget, token, request, retries; and the order and solicitation ports.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use chrono::Utc;
use reqwest::Method;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use tokio::time::Instant;

use super::lwa::{Credentials, Grant, TokenCache};
use super::orders::{get_order_path, is_pii_refusal, GetOrderResponse, INCLUDED_DATA};
use super::region::{Endpoints, Region};
use crate::amazon::{
    budget_key, OrderDetails, OrderLookup, RateBudget, RateLimit, Seller, Solicitations,
    SpApiError, SpApiResult, REVIEW_SOLICITATION,
};
use crate::order::OrderId;
use crate::ports::PortError;

/// How often the client may call, how long it may wait for a call, and how long a request
/// may take.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClientLimits {
    pub get_order: RateLimit,
    pub solicitations: RateLimit,
    pub notifications: RateLimit,
    /// The most one call may spend waiting for the budget and backing off after 429/5xx.
    pub max_wait: Duration,
    /// How long one HTTP request may take, from sending to the end of the answer.
    pub request_timeout: Duration,
}

impl Default for ClientLimits {
    /// Amazon's published default limits, 20 s of waiting and a 10 s request timeout.
    fn default() -> Self {
        ClientLimits {
            get_order: RateLimit::GET_ORDER,
            solicitations: RateLimit::SOLICITATIONS,
            notifications: RateLimit::NOTIFICATIONS,
            max_wait: Duration::from_secs(20),
            request_timeout: Duration::from_secs(10),
        }
    }
}

/// Which published limit (and budget bucket) an operation belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Family {
    GetOrder,
    Solicitations,
    Notifications,
}

impl Family {
    fn budget_operation(self) -> &'static str {
        match self {
            Family::GetOrder => "getOrder",
            Family::Solicitations => "solicitations",
            Family::Notifications => "notifications",
        }
    }
}

/// One SP-API request to make.
pub(crate) struct Call {
    pub family: Family,
    /// Amazon's operation name, for logs and error messages.
    pub operation: &'static str,
    /// The first half of the budget key: the seller id, or `grantless-{region}`.
    pub budget_owner: String,
    pub grant: Grant,
    pub region: Region,
    pub method: Method,
    pub path: String,
    pub query: Vec<(&'static str, String)>,
    pub body: Option<serde_json::Value>,
}

impl Call {
    /// A call on behalf of `seller`'s store.
    pub fn for_seller(
        seller: &Seller,
        family: Family,
        operation: &'static str,
        method: Method,
        path: String,
    ) -> Call {
        Call {
            family,
            operation,
            budget_owner: seller.seller_id.clone(),
            grant: Grant::Store(seller.store_id.clone()),
            region: Region::of(seller.marketplace),
            method,
            path,
            query: Vec::new(),
            body: None,
        }
    }
}

/// What Amazon answered (anything but a 429/5xx that outlived the retries).
pub(crate) struct Answer {
    pub operation: &'static str,
    pub status: u16,
    pub body: Vec<u8>,
}

#[derive(Deserialize, Default)]
struct ErrorList {
    #[serde(default)]
    errors: Vec<WireError>,
}

#[derive(Deserialize, Default)]
struct WireError {
    #[serde(default)]
    code: String,
    #[serde(default)]
    message: String,
    #[serde(default)]
    details: Option<String>,
}

impl Answer {
    pub fn json<T: DeserializeOwned>(&self) -> SpApiResult<T> {
        serde_json::from_slice(&self.body).map_err(|e| {
            SpApiError::Permanent(format!(
                "{}: the answer ({}) does not parse: {e}",
                self.operation, self.status
            ))
        })
    }

    /// Amazon's error list as one line: `code: message (details)`, or the status alone.
    pub fn error_text(&self) -> String {
        let list: ErrorList = serde_json::from_slice(&self.body).unwrap_or_default();
        let mut parts: Vec<String> = list
            .errors
            .iter()
            .map(|e| {
                let mut s = match (e.code.is_empty(), e.message.is_empty()) {
                    (false, false) => format!("{}: {}", e.code, e.message),
                    (false, true) => e.code.clone(),
                    _ => e.message.clone(),
                };
                if let Some(d) = e.details.as_deref().filter(|d| !d.is_empty()) {
                    s.push_str(&format!(" ({d})"));
                }
                s
            })
            .filter(|s| !s.is_empty())
            .collect();
        if parts.is_empty() {
            parts.push(format!("HTTP {}", self.status));
        }
        parts.join("; ")
    }

    /// The status and error list as an error for an unexpected answer.
    pub fn unexpected(&self) -> SpApiError {
        let text = self.error_text();
        match self.status {
            404 => SpApiError::NotFound,
            _ => SpApiError::Permanent(format!(
                "{} answered {}: {text}",
                self.operation, self.status
            )),
        }
    }
}

/// How many times a 429 or 5xx is retried (within `max_wait`).
const MAX_RETRIES: u32 = 4;
/// The longest single backoff.
const MAX_BACKOFF: Duration = Duration::from_secs(8);

/// The SP-API client. Cheap to share behind an `Arc`; tokens are cached inside.
pub struct SpApiClient {
    http: reqwest::Client,
    tokens: TokenCache,
    endpoints: Endpoints,
    budget: Option<Arc<dyn RateBudget>>,
    limits: ClientLimits,
}

impl fmt::Debug for SpApiClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SpApiClient")
            .field("endpoints", &self.endpoints)
            .field("tokens", &self.tokens)
            .field("budget", &self.budget.as_ref().map(|_| "shared"))
            .field("limits", &self.limits)
            .finish()
    }
}

impl SpApiClient {
    /// A client for the application with `credentials`. `budget` is the call budget shared with
    /// other processes; `None` leaves pacing to Amazon's 429s alone.
    pub fn new(
        credentials: Credentials,
        endpoints: Endpoints,
        budget: Option<Arc<dyn RateBudget>>,
        limits: ClientLimits,
    ) -> SpApiResult<SpApiClient> {
        let http = reqwest::Client::builder()
            .timeout(limits.request_timeout)
            .connect_timeout(limits.request_timeout.min(Duration::from_secs(5)))
            .user_agent(concat!(
                "aftercare/",
                env!("CARGO_PKG_VERSION"),
                " (Language=Rust)"
            ))
            .build()
            .map_err(|e| SpApiError::Permanent(format!("cannot build the HTTP client: {e}")))?;
        let tokens = TokenCache::new(http.clone(), endpoints.lwa.clone(), credentials);
        Ok(SpApiClient {
            http,
            tokens,
            endpoints,
            budget,
            limits,
        })
    }

    pub fn limits(&self) -> &ClientLimits {
        &self.limits
    }

    pub fn endpoints(&self) -> &Endpoints {
        &self.endpoints
    }

    fn limit_of(&self, family: Family) -> RateLimit {
        match family {
            Family::GetOrder => self.limits.get_order,
            Family::Solicitations => self.limits.solicitations,
            Family::Notifications => self.limits.notifications,
        }
    }

    /// Waits for one call from the shared budget, until `deadline` at most.
    async fn take_budget(&self, call: &Call, deadline: Instant) -> SpApiResult<()> {
        let Some(budget) = &self.budget else {
            return Ok(());
        };
        let key = budget_key(&call.budget_owner, call.family.budget_operation());
        let limit = self.limit_of(call.family);
        loop {
            match budget.take(&key, limit, Utc::now()).await {
                Ok(Ok(())) => return Ok(()),
                Ok(Err(wait)) => {
                    let wait = wait.max(Duration::from_millis(5));
                    if Instant::now() + wait > deadline {
                        tracing::info!(operation = call.operation, key = %key, wait_ms = wait.as_millis() as u64, "call budget exhausted beyond max_wait");
                        return Err(SpApiError::Throttled {
                            retry_after: Some(wait),
                        });
                    }
                    tracing::debug!(operation = call.operation, key = %key, wait_ms = wait.as_millis() as u64, "waiting for the call budget");
                    tokio::time::sleep(wait).await;
                }
                Err(PortError::Retryable(m)) => {
                    return Err(SpApiError::Retryable(format!(
                        "call budget unavailable: {m}"
                    )))
                }
                Err(PortError::Permanent(m)) => {
                    return Err(SpApiError::Permanent(format!("call budget failed: {m}")))
                }
            }
        }
    }

    /// Makes `call`: budget, token, request; retries 429 and 5xx with backoff within
    /// `max_wait`, and a 403 about the access token once with a fresh token.
    pub(crate) async fn send(&self, call: Call) -> SpApiResult<Answer> {
        let deadline = Instant::now() + self.limits.max_wait;
        let url = format!("{}{}", self.endpoints.api_base(call.region), call.path);
        let mut failures: u32 = 0;
        let mut renewed_token = false;
        loop {
            // The token first: a token request does not count against the SP-API limits, and
            // the call should leave right after it is taken from the budget.
            let token = self.tokens.token(&call.grant).await?;
            self.take_budget(&call, deadline).await?;
            let mut token_header =
                reqwest::header::HeaderValue::from_str(token.expose()).map_err(|_| {
                    SpApiError::Permanent(
                        "Login with Amazon issued an access token that is not a valid header"
                            .to_string(),
                    )
                })?;
            token_header.set_sensitive(true);
            let mut request = self
                .http
                .request(call.method.clone(), &url)
                .header("x-amz-access-token", token_header)
                .header("accept", "application/json");
            if !call.query.is_empty() {
                request = request.query(&call.query);
            }
            if let Some(body) = &call.body {
                request = request.json(body);
            }
            let response = request
                .send()
                .await
                .map_err(|e| transport_error(call.operation, &e))?;
            let status = response.status().as_u16();
            let rate = response
                .headers()
                .get("x-amzn-RateLimit-Limit")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.trim().parse::<f64>().ok())
                .filter(|r| *r > 0.0);
            let body = response
                .bytes()
                .await
                .map_err(|e| transport_error(call.operation, &e))?
                .to_vec();
            let answer = Answer {
                operation: call.operation,
                status,
                body,
            };
            tracing::debug!(operation = call.operation, path = %call.path, status, "SP-API answered");
            match status {
                429 | 500..=599 => {
                    failures += 1;
                    let wait = backoff(failures, status, rate);
                    if failures > MAX_RETRIES || Instant::now() + wait > deadline {
                        tracing::warn!(
                            operation = call.operation,
                            status,
                            failures,
                            "SP-API still failing, giving up for now"
                        );
                        return Err(if status == 429 {
                            SpApiError::Throttled {
                                retry_after: Some(wait),
                            }
                        } else {
                            SpApiError::Retryable(format!(
                                "{} answered {status}: {}",
                                call.operation,
                                answer.error_text()
                            ))
                        });
                    }
                    tracing::info!(
                        operation = call.operation,
                        status,
                        wait_ms = wait.as_millis() as u64,
                        "SP-API busy, backing off"
                    );
                    tokio::time::sleep(wait).await;
                }
                401 | 403 if is_token_refusal(&answer) => {
                    if renewed_token {
                        return Err(SpApiError::Denied(format!(
                            "{} refused the access token: {}",
                            call.operation,
                            answer.error_text()
                        )));
                    }
                    tracing::info!(
                        operation = call.operation,
                        "access token refused, renewing it"
                    );
                    self.tokens.invalidate(&call.grant).await;
                    renewed_token = true;
                }
                _ => return Ok(answer),
            }
        }
    }
}

/// Whether a 401/403 is about the access token (expired, revoked, malformed) rather than the
/// request itself.
fn is_token_refusal(answer: &Answer) -> bool {
    let text = answer.error_text().to_ascii_lowercase();
    text.contains("access token") || text.contains("expired token")
}

/// Exponential backoff with jitter. A 429's `x-amzn-RateLimit-Limit` (calls per second) sets
/// the shortest first wait.
fn backoff(failures: u32, status: u16, rate: Option<f64>) -> Duration {
    let base = if status == 429 {
        let per_call = rate.map(|r| 1.0 / r).unwrap_or(0.5);
        per_call.clamp(0.2, 2.0)
    } else {
        0.25
    };
    let exp = base * f64::from(1u32 << failures.saturating_sub(1).min(6));
    let jittered = exp * (1.0 + fastrand::f64() * 0.5);
    Duration::from_secs_f64(jittered).min(MAX_BACKOFF)
}

fn transport_error(operation: &str, e: &reqwest::Error) -> SpApiError {
    let what = e.to_string();
    // Never echo the URL's query (it holds no secret today, but stays out of messages anyway).
    let what = match e.url() {
        Some(url) => what.replace(url.as_str(), url.path()),
        None => what,
    };
    if e.is_connect() {
        SpApiError::Retryable(format!("{operation}: cannot connect: {what}"))
    } else if e.is_timeout() {
        SpApiError::Unknown(format!(
            "{operation}: no complete answer within the request timeout"
        ))
    } else if e.is_builder() {
        SpApiError::Permanent(format!("{operation}: bad request: {what}"))
    } else {
        SpApiError::Unknown(format!("{operation}: {what}"))
    }
}

#[derive(Deserialize)]
struct ActionsResponse {
    #[serde(rename = "_links", default)]
    links: Option<ActionLinks>,
}

#[derive(Deserialize)]
struct ActionLinks {
    #[serde(default)]
    actions: Vec<ActionLink>,
}

#[derive(Deserialize)]
struct ActionLink {
    #[serde(default)]
    name: Option<String>,
}

/// The message of the 403 that means the application may not read buyers' details.
pub const PII_DENIED: &str = "the application lacks the Direct-to-Consumer Delivery role, so \
     Amazon withholds buyer names, relay addresses and delivery addresses: add the role to the \
     application and have the seller re-authorise it";

#[async_trait]
impl OrderLookup for SpApiClient {
    async fn get_order(
        &self,
        seller: &Seller,
        order: &OrderId,
    ) -> SpApiResult<Option<OrderDetails>> {
        let mut call = Call::for_seller(
            seller,
            Family::GetOrder,
            "getOrder",
            Method::GET,
            get_order_path(order.as_str()),
        );
        call.query.push(("includedData", INCLUDED_DATA.join(",")));
        let answer = self.send(call).await?;
        match answer.status {
            200 => Ok(Some(
                answer.json::<GetOrderResponse>()?.order.into_details(),
            )),
            404 => Ok(None),
            403 => {
                let text = answer.error_text();
                if is_pii_refusal(&text) {
                    Err(SpApiError::Denied(PII_DENIED.to_string()))
                } else {
                    Err(SpApiError::Denied(format!(
                        "getOrder refused ({text}): check that the seller authorised the \
                         application and that it has the Inventory and Order Tracking role"
                    )))
                }
            }
            _ => Err(answer.unexpected()),
        }
    }
}

fn solicitations_path(order: &OrderId) -> String {
    format!("/solicitations/v1/orders/{}", order.as_str())
}

#[async_trait]
impl Solicitations for SpApiClient {
    async fn review_offered(&self, seller: &Seller, order: &OrderId) -> SpApiResult<bool> {
        let mut call = Call::for_seller(
            seller,
            Family::Solicitations,
            "getSolicitationActionsForOrder",
            Method::GET,
            solicitations_path(order),
        );
        call.query
            .push(("marketplaceIds", seller.marketplace.sp_api_id().to_string()));
        let answer = self.send(call).await?;
        match answer.status {
            200 => {
                let actions: ActionsResponse = answer.json()?;
                Ok(actions
                    .links
                    .map(|l| {
                        l.actions
                            .iter()
                            .any(|a| a.name.as_deref() == Some(REVIEW_SOLICITATION))
                    })
                    .unwrap_or(false))
            }
            403 => Err(SpApiError::Denied(format!(
                "getSolicitationActionsForOrder refused ({}): check that the application has \
                 the Buyer Communication role",
                answer.error_text()
            ))),
            _ => Err(answer.unexpected()),
        }
    }

    async fn request_review(&self, seller: &Seller, order: &OrderId) -> SpApiResult<()> {
        let mut call = Call::for_seller(
            seller,
            Family::Solicitations,
            "createProductReviewAndSellerFeedbackSolicitation",
            Method::POST,
            format!(
                "{}/solicitations/{REVIEW_SOLICITATION}",
                solicitations_path(order)
            ),
        );
        call.query
            .push(("marketplaceIds", seller.marketplace.sp_api_id().to_string()));
        let answer = self.send(call).await?;
        match answer.status {
            200 | 201 => Ok(()),
            403 => Err(SpApiError::Unavailable(answer.error_text())),
            _ => Err(answer.unexpected()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_stays_bounded() {
        let first = backoff(1, 500, None);
        assert!(first >= Duration::from_millis(250) && first <= Duration::from_millis(375));
        let third = backoff(3, 500, None);
        assert!(third >= Duration::from_secs(1));
        assert!(backoff(30, 429, Some(0.01)) <= MAX_BACKOFF);
        // A published rate of 2/s means at least half a second before the next try.
        assert!(backoff(1, 429, Some(2.0)) >= Duration::from_millis(500));
    }

    #[test]
    fn error_lists_read_as_one_line() {
        let a = Answer {
            operation: "getOrder",
            status: 400,
            body: br#"{"errors":[{"code":"InvalidInput","message":"bad id","details":"x"}]}"#
                .to_vec(),
        };
        assert_eq!(a.error_text(), "InvalidInput: bad id (x)");
        let empty = Answer {
            operation: "getOrder",
            status: 502,
            body: b"<html>".to_vec(),
        };
        assert_eq!(empty.error_text(), "HTTP 502");
    }
}
