//! The glue between an invocation and the pipeline, shared by the Lambdas and `aftercare serve`:
//! read the event shape (API Gateway v2, EventBridge, Scheduler, SES/SNS), call the pipeline,
//! shape the answer. No AWS SDK here, so every path is testable with fixture events.

use base64::Engine as _;
use chrono::{DateTime, Utc};
use serde_json::{json, Value};

use crate::config::Config;
use crate::optout::{self, Signal};
use crate::order;
use crate::pipeline::{
    self, BounceReport, DispatchReport, Dispatcher, IngestError, Ingested, PlanReport,
};
use crate::ports::{EventBus, OrderChanged, OrderStore, PortError, SendStore, Suppressions};
use crate::signature::{self, Refusal, SecretSource, SignedHeaders};

/// Largest webhook body accepted; an order event is a few KB.
pub const MAX_BODY_BYTES: usize = 256 * 1024;

/// An HTTP answer: status and JSON body.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpReply {
    pub status: u16,
    pub body: Value,
}

impl HttpReply {
    fn error(status: u16, field: &str, problem: &str) -> Self {
        HttpReply {
            status,
            body: json!({ "error": problem, "field": field }),
        }
    }

    /// The API Gateway v2 (HTTP API) response shape.
    pub fn to_api_gateway_v2(&self) -> Value {
        json!({
            "statusCode": self.status,
            "headers": { "content-type": "application/json" },
            "body": self.body.to_string(),
            "isBase64Encoded": false,
        })
    }
}

/// An invocation the handler cannot use; not worth a retry.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct BadInvocation(pub String);

/// Takes one signed webhook request: checks size, signature and age, then validates the body,
/// stores/merges the order and publishes `order.changed`. 413 an oversize body, 401 a missing or
/// bad signature, an unknown store or a stale timestamp, 400 names the bad field, 200 a duplicate
/// event id, 503 a storage or secret failure worth retrying. Nothing is stored or published for
/// a refused request.
pub async fn webhook(
    config: &Config,
    orders: &dyn OrderStore,
    bus: &dyn EventBus,
    secrets: &dyn SecretSource,
    headers: &SignedHeaders,
    body: &[u8],
    now: DateTime<Utc>,
) -> HttpReply {
    if body.len() > MAX_BODY_BYTES {
        return HttpReply::error(
            413,
            "(body)",
            &format!(
                "body is {} bytes; the limit is {MAX_BODY_BYTES}",
                body.len()
            ),
        );
    }
    let signed_for = match signature::verify(headers, body, secrets, now).await {
        Ok(store) => store,
        Err(Refusal::Unauthorized { field, problem }) => {
            return HttpReply::error(401, &field, &problem)
        }
        Err(Refusal::Unavailable(e)) => return HttpReply::error(503, "(secrets)", &e.to_string()),
    };
    let Ok(text) = std::str::from_utf8(body) else {
        return HttpReply::error(400, "(body)", "body is not UTF-8");
    };
    let resolve =
        |seller: Option<&str>, marketplace| config.store_for_notification(seller, marketplace);
    let event = match order::parse_event_with(text, Some(&resolve)) {
        Ok(e) => e,
        Err(e) => return HttpReply::error(400, &e.field, &e.problem),
    };
    if event.store_id != signed_for {
        return HttpReply::error(
            401,
            "store_id",
            &format!(
                "the request is signed for store `{signed_for}` but the event is for `{}`",
                event.store_id
            ),
        );
    }
    match pipeline::ingest(config, orders, bus, &event).await {
        Ok(Ingested::Stored) => HttpReply {
            status: 202,
            body: json!({ "status": "stored", "order_id": event.order.order_id.as_str() }),
        },
        Ok(Ingested::Duplicate) => HttpReply {
            status: 200,
            body: json!({ "status": "duplicate", "order_id": event.order.order_id.as_str() }),
        },
        Err(IngestError::Invalid { field, problem }) => HttpReply::error(400, &field, &problem),
        Err(IngestError::Port(e)) => HttpReply::error(503, "(store)", &e.to_string()),
    }
}

/// The body of an API Gateway v2 request, base64-decoded when flagged.
pub fn api_gateway_v2_body(event: &Value) -> Result<Vec<u8>, HttpReply> {
    let body = event.get("body").and_then(Value::as_str).unwrap_or("");
    if event
        .get("isBase64Encoded")
        .and_then(Value::as_bool)
        .unwrap_or(false)
    {
        base64::engine::general_purpose::STANDARD
            .decode(body)
            .map_err(|e| {
                HttpReply::error(
                    400,
                    "(body)",
                    &format!("body is flagged base64 but is not: {e}"),
                )
            })
    } else {
        Ok(body.as_bytes().to_vec())
    }
}

/// The `order.changed` detail of an EventBridge event (or the bare detail).
pub fn order_changed(event: &Value) -> Result<OrderChanged, BadInvocation> {
    let detail = event.get("detail").unwrap_or(event);
    serde_json::from_value(detail.clone())
        .map_err(|e| BadInvocation(format!("not an order.changed event: {e}")))
}

/// Plans the order named by an `order.changed` event.
pub async fn plan(
    config: &Config,
    orders: &dyn OrderStore,
    sends: &dyn SendStore,
    suppressions: &dyn Suppressions,
    changed: &OrderChanged,
    now: DateTime<Utc>,
) -> Result<PlanReport, PortError> {
    pipeline::plan_order(
        config,
        orders,
        sends,
        suppressions,
        &changed.store_id,
        &changed.order_id,
        now,
    )
    .await
}

/// The window group a Scheduler invocation serves: `{"window_group": "America/Chicago 13:00-15:00"}`.
pub fn window_group(event: &Value) -> Result<String, BadInvocation> {
    event
        .get("window_group")
        .and_then(Value::as_str)
        .filter(|g| !g.trim().is_empty())
        .map(str::to_string)
        .ok_or_else(|| BadInvocation("scheduler input needs a `window_group` string, e.g. \"America/Chicago 13:00-15:00\"".into()))
}

/// Sends what is due in one window group, at most `limit`.
pub async fn dispatch(
    dispatcher: &Dispatcher<'_>,
    group: &str,
    limit: usize,
) -> Result<DispatchReport, PortError> {
    dispatcher.run(Some(group), limit).await
}

/// Handles any SES payload: bounce/complaint/delivery events (EventBridge, SNS, bare) and
/// Amazon opt-out notices received by SES.
pub async fn bounces(
    orders: &dyn OrderStore,
    sends: &dyn SendStore,
    suppressions: &dyn Suppressions,
    payload: &str,
    now: DateTime<Utc>,
) -> Result<BounceReport, HandlerError> {
    let signals = optout::parse_signals(payload)
        .map_err(|e| HandlerError::Bad(BadInvocation(e.to_string())))?;
    let mut report = BounceReport::default();
    let mut events = Vec::new();
    for signal in signals {
        match signal {
            Signal::Mail(e) => events.push(e),
            Signal::Notice(n) => add(
                &mut report,
                pipeline::handle_notice(orders, sends, suppressions, &n, now).await?,
            ),
            Signal::OtherMail { message_id, reason } => {
                tracing::info!(message_id = %message_id, reason = %reason, "inbound mail is not an opt-out notice");
            }
        }
    }
    add(
        &mut report,
        pipeline::handle_mail_events(sends, suppressions, &events, now).await?,
    );
    Ok(report)
}

/// [`bounces`] with the circuit breaker: counts the permanent bounces and complaints per store
/// and pauses a store over its limit. Returns the report and the stores newly paused.
#[allow(clippy::too_many_arguments)]
pub async fn bounces_with_breaker(
    config: &Config,
    orders: &dyn OrderStore,
    sends: &dyn SendStore,
    suppressions: &dyn Suppressions,
    breaker: &dyn crate::ports::BreakerStore,
    payload: &str,
    now: DateTime<Utc>,
) -> Result<(BounceReport, Vec<crate::ports::Pause>), HandlerError> {
    let report = bounces(orders, sends, suppressions, payload, now).await?;
    let paused = crate::breaker::observe(config, breaker, &report, now).await?;
    Ok((report, paused))
}

/// A deliberate resume sent to the bounces function: `{"resume_store": "ID"}`. `None` when
/// the event is something else; an error when the field is there but unusable.
pub fn resume_request(event: &Value) -> Option<Result<crate::order::StoreId, BadInvocation>> {
    let field = event.as_object()?.get("resume_store")?;
    Some(
        field
            .as_str()
            .ok_or_else(|| BadInvocation("resume_store: expected a store id string".into()))
            .and_then(|s| {
                crate::order::StoreId::parse(s)
                    .map_err(|e| BadInvocation(format!("resume_store: {e}")))
            }),
    )
}

/// One message of an SQS batch delivered to a Lambda.
#[derive(Debug, Clone, PartialEq)]
pub struct SqsMessage {
    pub message_id: String,
    /// The message body as JSON: the original event. A body that is a Lambda on-failure
    /// destination record (moved back from a dead-letter queue for replay) is unwrapped to the
    /// event it carries. `Err` holds why the body is unusable.
    pub body: Result<Value, BadInvocation>,
}

/// The messages of an SQS batch event (`{"Records": [{"eventSource": "aws:sqs", …}]}`), or
/// `None` when the event is not one. A record without a `messageId` cannot be reported back, so
/// it is an unusable record with an empty id.
pub fn sqs_messages(event: &Value) -> Option<Vec<SqsMessage>> {
    let records = event.get("Records")?.as_array()?;
    if records.is_empty()
        || !records
            .iter()
            .all(|r| r.get("eventSource").and_then(Value::as_str) == Some("aws:sqs"))
    {
        return None;
    }
    Some(
        records
            .iter()
            .map(|r| {
                let message_id = r
                    .get("messageId")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string();
                let body = match r.get("body").and_then(Value::as_str) {
                    None => Err(BadInvocation("SQS record: body missing".into())),
                    Some(text) => serde_json::from_str::<Value>(text)
                        .map_err(|e| BadInvocation(format!("SQS record body: {e}")))
                        .map(unwrap_replayed),
                };
                SqsMessage { message_id, body }
            })
            .collect(),
    )
}

/// A Lambda on-failure destination record carries the original event as `requestPayload`.
fn unwrap_replayed(body: Value) -> Value {
    match body {
        Value::Object(mut m)
            if m.contains_key("requestContext") && m.contains_key("requestPayload") =>
        {
            m.remove("requestPayload").unwrap_or(Value::Null)
        }
        other => other,
    }
}

/// The answer to an SQS batch with `ReportBatchItemFailures`: the listed messages return to
/// the queue (and, after the redrive policy's receive count, go to its dead-letter queue); the
/// others are deleted.
pub fn batch_response(failed: &[String]) -> Value {
    json!({
        "batchItemFailures": failed
            .iter()
            .map(|id| json!({ "itemIdentifier": id }))
            .collect::<Vec<_>>()
    })
}

fn add(total: &mut BounceReport, r: BounceReport) {
    total.bounced += r.bounced;
    total.complaints += r.complaints;
    total.opted_out += r.opted_out;
    total.newly_suppressed += r.newly_suppressed;
    total.cancelled += r.cancelled;
    total.reconciled += r.reconciled;
    total.unmatched_notices += r.unmatched_notices;
    total.by_store.extend(r.by_store);
}

#[derive(Debug, thiserror::Error)]
pub enum HandlerError {
    #[error(transparent)]
    Bad(#[from] BadInvocation),
    #[error(transparent)]
    Port(#[from] PortError),
}

#[cfg(all(test, feature = "local"))]
mod tests {
    use super::*;
    use crate::adapters::local::{MemoryBus, SqliteStore};
    use crate::signature::{SecretsUnavailable, WebhookSecret};

    fn fixture(name: &str) -> String {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../tests/fixtures/lambda")
            .join(name);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// Store `default` signs with one secret; every other store is unknown.
    struct DefaultSecret;

    #[async_trait::async_trait]
    impl SecretSource for DefaultSecret {
        async fn secrets_for(
            &self,
            store: &crate::order::StoreId,
        ) -> Result<Vec<WebhookSecret>, SecretsUnavailable> {
            Ok(if store.as_str() == "default" {
                vec![secret()]
            } else {
                Vec::new()
            })
        }
    }

    struct SecretsDown;

    #[async_trait::async_trait]
    impl SecretSource for SecretsDown {
        async fn secrets_for(
            &self,
            _: &crate::order::StoreId,
        ) -> Result<Vec<WebhookSecret>, SecretsUnavailable> {
            Err(SecretsUnavailable("timed out".into()))
        }
    }

    fn secret() -> WebhookSecret {
        WebhookSecret::new("test-secret-for-default").unwrap()
    }

    const NOW: i64 = 1_793_730_001;

    fn now() -> DateTime<Utc> {
        DateTime::from_timestamp(NOW, 0).unwrap()
    }

    /// The webhook with the `default` store's secret available, at `NOW`.
    async fn post(
        config: &Config,
        store: &SqliteStore,
        bus: &MemoryBus,
        headers: &SignedHeaders,
        body: &[u8],
    ) -> HttpReply {
        webhook(config, store, bus, &DefaultSecret, headers, body, now()).await
    }

    async fn nothing_stored(store: &SqliteStore, bus: &MemoryBus, order: &str) {
        use crate::ports::OrderStore as _;
        let found = store
            .get_order(
                &crate::order::StoreId::parse("default").unwrap(),
                &crate::order::OrderId::parse(order).unwrap(),
            )
            .await
            .unwrap();
        assert!(found.is_none(), "a refused request stored {order}");
        assert!(bus.is_empty(), "a refused request published an event");
    }

    #[tokio::test]
    async fn api_gateway_request_is_ingested_once_and_bad_ones_change_nothing() {
        let config = Config::builtin();
        let store = SqliteStore::in_memory().unwrap();
        let bus = MemoryBus::default();
        let request: Value = serde_json::from_str(&fixture("apigw-v2-order.json")).unwrap();
        let body = api_gateway_v2_body(&request).unwrap();
        let order = "113-0000001-0000001";

        // Refused before anything is parsed: unsigned, forged, stale, secrets unreachable.
        let unsigned = SignedHeaders::from_api_gateway_v2(&request);
        let forged = SignedHeaders::signed(
            "default",
            &WebhookSecret::new("not-the-store-secret").unwrap(),
            NOW,
            &body,
        );
        let stale = SignedHeaders::signed("default", &secret(), NOW - 301, &body);
        for (headers, field) in [
            (&unsigned, "X-Aftercare-Store"),
            (&forged, "X-Aftercare-Signature"),
            (&stale, "X-Aftercare-Timestamp"),
        ] {
            let reply = post(&config, &store, &bus, headers, &body).await;
            assert_eq!(
                (reply.status, reply.body["field"].as_str()),
                (401, Some(field)),
                "{:?}",
                reply.body
            );
            nothing_stored(&store, &bus, order).await;
        }
        let signed = SignedHeaders::signed("default", &secret(), NOW - 10, &body);
        let down = webhook(&config, &store, &bus, &SecretsDown, &signed, &body, now()).await;
        assert_eq!(down.status, 503, "{:?}", down.body);
        nothing_stored(&store, &bus, order).await;

        let reply = post(&config, &store, &bus, &signed, &body).await;
        assert_eq!(reply.status, 202, "{:?}", reply.body);
        assert_eq!(bus.drain().len(), 1);
        let again = post(&config, &store, &bus, &signed, &body).await;
        assert_eq!(again.status, 200);
        // A replay changes no data but is published again (the first answer may have been a
        // failed publication); planning it again is harmless.
        let replayed = bus.drain();
        assert_eq!(replayed.len(), 1, "{replayed:?}");
        assert_eq!(replayed[0].order_id.as_str(), order);

        let bad: Value = serde_json::from_str(&fixture("apigw-v2-bad-order.json")).unwrap();
        let bad_body = api_gateway_v2_body(&bad).unwrap();
        let headers = SignedHeaders::signed("default", &secret(), NOW, &bad_body);
        let reply = post(&config, &store, &bus, &headers, &bad_body).await;
        assert_eq!(reply.status, 400);
        assert_eq!(reply.body["field"], "order.fulfillment");
        assert!(bus.is_empty());
        let response = reply.to_api_gateway_v2();
        assert_eq!(response["statusCode"], 400);
        assert!(response["body"]
            .as_str()
            .unwrap()
            .contains("order.fulfillment"));

        // Signed for `default`, but the event names another store.
        let other = String::from_utf8(body.clone())
            .unwrap()
            .replace("\"default\"", "\"other\"");
        let headers = SignedHeaders::signed("default", &secret(), NOW, other.as_bytes());
        let reply = post(&config, &store, &bus, &headers, other.as_bytes()).await;
        assert_eq!(
            (reply.status, reply.body["field"].as_str()),
            (401, Some("store_id")),
            "{:?}",
            reply.body
        );

        let huge = vec![b'x'; MAX_BODY_BYTES + 1];
        let headers = SignedHeaders::signed("default", &secret(), NOW, &huge);
        let reply = post(&config, &store, &bus, &headers, &huge).await;
        assert_eq!(reply.status, 413);
        assert!(bus.is_empty());
    }

    #[test]
    fn eventbridge_and_scheduler_inputs_are_read() {
        let event: Value =
            serde_json::from_str(&fixture("eventbridge-order-changed.json")).unwrap();
        let changed = order_changed(&event).unwrap();
        assert_eq!(changed.order_id.as_str(), "113-0000001-0000001");
        assert!(order_changed(&json!({"detail": {"nope": 1}})).is_err());
        let input: Value = serde_json::from_str(&fixture("scheduler-input.json")).unwrap();
        assert_eq!(window_group(&input).unwrap(), "America/Chicago 13:00-15:00");
        assert!(window_group(&json!({})).is_err());
    }

    #[tokio::test]
    async fn ses_fixture_events_opt_buyers_out_only_when_permanent() {
        use crate::ports::Suppressions as _;
        let store = SqliteStore::in_memory().unwrap();
        let now = "2026-11-10T00:00:00Z".parse().unwrap();
        let ses = |name: &str| {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../tests/fixtures/ses")
                .join(name);
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        };
        let transient = bounces(
            &store,
            &store,
            &store,
            &ses("eventbridge-bounce-transient.json"),
            now,
        )
        .await
        .unwrap();
        assert_eq!((transient.bounced, transient.newly_suppressed), (0, 0));
        let permanent = bounces(
            &store,
            &store,
            &store,
            &ses("eventbridge-bounce-permanent.json"),
            now,
        )
        .await
        .unwrap();
        assert_eq!(permanent.bounced, 1);
        assert!(permanent.newly_suppressed >= 1);
        let complaint = bounces(
            &store,
            &store,
            &store,
            &ses("eventbridge-complaint.json"),
            now,
        )
        .await
        .unwrap();
        assert_eq!(complaint.complaints, 1);
        let sns = bounces(
            &store,
            &store,
            &store,
            &ses("lambda-sns-two-records.json"),
            now,
        )
        .await
        .unwrap();
        assert!(sns.bounced + sns.complaints >= 1, "{sns:?}");
        let delivery = bounces(
            &store,
            &store,
            &store,
            &ses("eventbridge-delivery.json"),
            now,
        )
        .await
        .unwrap();
        assert_eq!(delivery.newly_suppressed, 0);
        assert!(matches!(
            bounces(&store, &store, &store, &ses("garbage.json"), now).await,
            Err(HandlerError::Bad(_))
        ));
        assert!(store
            .suppression("nobody@example.com")
            .await
            .unwrap()
            .is_none());
    }

    #[test]
    fn sqs_batches_are_read_record_by_record() {
        let order_changed = fixture("eventbridge-order-changed.json");
        let replayed = json!({
            "version": "1.0",
            "requestContext": { "condition": "RetriesExhausted" },
            "requestPayload": serde_json::from_str::<Value>(&order_changed).unwrap(),
        });
        let event = json!({ "Records": [
            { "eventSource": "aws:sqs", "messageId": "m-1", "body": order_changed },
            { "eventSource": "aws:sqs", "messageId": "m-2", "body": "{not json" },
            { "eventSource": "aws:sqs", "messageId": "m-3", "body": replayed.to_string() },
            { "eventSource": "aws:sqs", "messageId": "m-4" },
        ]});
        let messages = sqs_messages(&event).unwrap();
        assert_eq!(messages.len(), 4);
        let first = messages[0].body.as_ref().unwrap();
        assert!(order_changed_from(first).is_ok(), "{first}");
        assert!(messages[1].body.is_err());
        assert_eq!(
            messages[2].body.as_ref().unwrap(),
            first,
            "a replayed on-failure record is the original event"
        );
        assert!(messages[3].body.is_err());

        assert!(sqs_messages(&json!({ "Records": [{ "EventSource": "aws:sns" }] })).is_none());
        assert!(sqs_messages(&json!({ "detail": {} })).is_none());
        assert!(sqs_messages(&json!({ "Records": [] })).is_none());
        assert_eq!(
            batch_response(&["m-2".into()]),
            json!({ "batchItemFailures": [{ "itemIdentifier": "m-2" }] })
        );
        assert_eq!(batch_response(&[]), json!({ "batchItemFailures": [] }));
    }

    fn order_changed_from(v: &Value) -> Result<crate::ports::OrderChanged, BadInvocation> {
        order_changed(v)
    }
}
