//! End to end on a local AWS emulator (moto), through the same handler functions the four
//! Lambdas run: webhook request → order stored + event → planner → sends in DynamoDB with TTL →
//! dispatcher at the window → message accepted by SES → bounce event → buyer opted out and their
//! other pending sends cancelled.
//!
//! Needs `AFTERCARE_AWS_ENDPOINT` (`eval "$(scripts/moto start)"`); without it the test is
//! skipped locally and fails under CI.
//!
//! The emulator enforces no IAM, so each function's clients record the IAM actions they perform
//! (`support::iam`), and each test ends by checking them against the function's policy in
//! template.yaml.

mod support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use aftercare::adapters::aws::{create_table, sdk_config};
use aftercare::config::{CampaignStatus, Config};
use aftercare::ports::OrderStore;
use aftercare::ports::{Clock, SendStore, SimClock, Suppressions};
use aftercare::send::SendStatus;
use aftercare::signature::{SignedHeaders, WebhookSecret};
use aftercare_lambda::{Clients, Context, Needs, SecretsManagerSecrets, Settings};
use aws_sdk_dynamodb::config::interceptors::BeforeTransmitInterceptorContextRef;
use aws_sdk_dynamodb::config::{ConfigBag, Intercept, RuntimeComponents};
use chrono::{DateTime, Duration, Utc};
use serde_json::{json, Value};
use support::iam;

/// Counts the requests one SDK client sends.
#[derive(Debug, Clone, Default)]
struct RequestCount(Arc<AtomicUsize>);

impl RequestCount {
    fn get(&self) -> usize {
        self.0.load(Ordering::SeqCst)
    }
}

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

/// Request counters shared by every client of one test.
#[derive(Debug, Clone, Default)]
struct Counts {
    dynamodb: RequestCount,
    eventbridge: RequestCount,
    sesv2: RequestCount,
}

/// Clients (and a Secrets Manager client) that count their requests and, for a function under
/// test, record the IAM actions of each request under the function's name.
fn clients(
    sdk: &aws_config::SdkConfig,
    counts: &Counts,
    recorder: Option<iam::Recorder>,
) -> (Clients, aws_sdk_secretsmanager::Client) {
    let mut dynamodb =
        aws_sdk_dynamodb::config::Builder::from(sdk).interceptor(counts.dynamodb.clone());
    let mut eventbridge =
        aws_sdk_eventbridge::config::Builder::from(sdk).interceptor(counts.eventbridge.clone());
    let mut sesv2 = aws_sdk_sesv2::config::Builder::from(sdk).interceptor(counts.sesv2.clone());
    let mut secrets = aws_sdk_secretsmanager::config::Builder::from(sdk);
    if let Some(r) = recorder {
        dynamodb = dynamodb.interceptor(r.clone());
        eventbridge = eventbridge.interceptor(r.clone());
        sesv2 = sesv2.interceptor(r.clone());
        secrets = secrets.interceptor(r);
    }
    (
        Clients {
            dynamodb: aws_sdk_dynamodb::Client::from_conf(dynamodb.build()),
            eventbridge: aws_sdk_eventbridge::Client::from_conf(eventbridge.build()),
            sesv2: aws_sdk_sesv2::Client::from_conf(sesv2.build()),
        },
        aws_sdk_secretsmanager::Client::from_conf(secrets.build()),
    )
}

/// The SES configuration set the dispatcher sends through (the stack's `ConfigurationSet`).
const CONFIGURATION_SET: &str = "aftercare-e2e";

/// The verified SES identity the built-in store's sender is on (the `SenderIdentity` parameter).
const SENDER_IDENTITY: &str = "demo-store.example";

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

/// A clock the test moves, shared with the Lambda context.
struct SharedClock(Arc<SimClock>);

impl Clock for SharedClock {
    fn now(&self) -> DateTime<Utc> {
        self.0.now()
    }
}

fn api_request(body: &Value) -> Value {
    json!({
        "version": "2.0", "routeKey": "POST /orders", "rawPath": "/orders",
        "headers": { "content-type": "application/json" },
        "requestContext": { "http": { "method": "POST", "path": "/orders" } },
        "body": body.to_string(), "isBase64Encoded": false
    })
}

const OLD_SECRET: &str = "e2e-webhook-secret-old-0001";
const NEW_SECRET: &str = "e2e-webhook-secret-new-0002";

/// An API Gateway request carrying `body`, signed for store `default` at `at`.
fn signed_request(body: &Value, secret: &str, at: DateTime<Utc>) -> Value {
    let mut request = api_request(body);
    let raw = request["body"].as_str().unwrap().to_string();
    let headers = SignedHeaders::signed(
        "default",
        &WebhookSecret::new(secret).unwrap(),
        at.timestamp(),
        raw.as_bytes(),
    );
    request["headers"]["x-aftercare-store"] = json!(headers.store.unwrap());
    request["headers"]["x-aftercare-timestamp"] = json!(headers.timestamp.unwrap());
    request["headers"]["x-aftercare-signature"] = json!(headers.signature.unwrap());
    request
}

fn order_event(event_id: &str, kind: &str, at: &str, order_id: &str, email: &str) -> Value {
    json!({
        "store_id": "default", "event_id": event_id, "type": kind, "occurred_at": at,
        "order": { "order_id": order_id, "marketplace": "US", "fulfillment": "FBA",
                   "purchase_date": "2026-11-01T02:00:00Z",
                   "buyer": { "email": email, "name": "Jane Doe" },
                   "ship_to": { "postal_code": "60601", "state": "IL", "country": "US" },
                   "items": [ { "asin": "B0DEMOHOOK", "title": "Wall hooks", "quantity": 1 } ] }
    })
}

async fn ses_messages(endpoint: &str) -> Vec<Value> {
    let url = format!("{endpoint}/moto-api/data.json");
    let body = tokio::task::spawn_blocking(move || http_get(&url))
        .await
        .unwrap();
    let data: Value = serde_json::from_str(&body).unwrap_or_default();
    let mut out = Vec::new();
    for key in ["Message", "RawMessage"] {
        if let Some(list) = data["ses"][key].as_array() {
            out.extend(list.iter().cloned());
        }
    }
    out
}

fn http_get(url: &str) -> String {
    use std::io::{Read, Write};
    let rest = url.trim_start_matches("http://");
    let (host, path) = rest.split_once('/').unwrap();
    let mut s = std::net::TcpStream::connect(host).unwrap();
    write!(
        s,
        "GET /{path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).unwrap();
    let text = String::from_utf8_lossy(&buf).into_owned();
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    if text
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        dechunk(&body)
    } else {
        body
    }
}

fn dechunk(body: &str) -> String {
    let mut out = String::new();
    let mut rest = body;
    while let Some((size, tail)) = rest.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 || tail.len() < n {
            break;
        }
        out.push_str(&tail[..n]);
        rest = tail[n..].trim_start_matches("\r\n");
    }
    out
}

#[tokio::test]
async fn webhook_to_ses_to_bounce_on_the_emulator() {
    let Some(endpoint) = endpoint() else { return };
    let sdk = sdk_config(Some(&endpoint)).await;
    let table = format!("aftercare-e2e-{}", std::process::id());
    let bus = format!("aftercare-orders-e2e-{}", std::process::id());
    let dynamo = aws_sdk_dynamodb::Client::new(&sdk);
    create_table(&dynamo, &table).await.unwrap();
    let events = aws_sdk_eventbridge::Client::new(&sdk);
    events.create_event_bus().name(&bus).send().await.unwrap();
    let ses = aws_sdk_sesv2::Client::new(&sdk);
    // The identity may exist from an earlier run on the same emulator.
    let _existing_is_fine = ses
        .create_email_identity()
        .email_identity(SENDER_IDENTITY)
        .send()
        .await;
    let _existing_is_fine = ses
        .create_configuration_set()
        .configuration_set_name(CONFIGURATION_SET)
        .send()
        .await;

    let clock = Arc::new(SimClock::new("2026-11-03T18:20:00Z".parse().unwrap()));
    let settings = Settings {
        table: table.clone(),
        event_bus: Some(bus.clone()),
        configuration_set: Some(CONFIGURATION_SET.to_string()),
        dispatch_limit: 100,
        max_send_rate: None,
    };
    let counts = Counts::default();
    let access = iam::AccessLog::default();
    // `None`: the test's own reads and deliberate misconfigurations, which no policy covers.
    let ctx = |function: Option<&str>, needs| {
        Context::with_clients(
            clients(&sdk, &counts, function.map(|f| access.recorder(f))).0,
            &settings,
            needs,
            Config::builtin(),
            Box::new(SharedClock(clock.clone())),
        )
        .unwrap()
    };
    // The webhook secret, read afresh on every request here so the rotation below is seen at once.
    let secretsmanager = aws_sdk_secretsmanager::Client::new(&sdk);
    let secret_arn = create_secret(
        &secretsmanager,
        "aftercare-webhook-e2e",
        json!({ "default": OLD_SECRET, "other-store": NEW_SECRET }),
    )
    .await;
    let ingest = ctx(
        Some("ingest"),
        Needs {
            bus: true,
            mailer: false,
        },
    )
    .with_webhook_secrets(Arc::new(SecretsManagerSecrets::new(
        clients(&sdk, &counts, Some(access.recorder("ingest"))).1,
        secret_arn.clone(),
        std::time::Duration::ZERO,
    )));
    let planner = ctx(
        Some("planner"),
        Needs {
            bus: false,
            mailer: false,
        },
    );
    let dispatcher = ctx(
        Some("dispatcher"),
        Needs {
            bus: false,
            mailer: true,
        },
    );
    let bounces = ctx(
        Some("bounces"),
        Needs {
            bus: false,
            mailer: false,
        },
    );
    let probe = ctx(
        None,
        Needs {
            bus: false,
            mailer: false,
        },
    );

    // 1. Webhook: two orders of one buyer (shipped, then delivered), a replay and a bad body.
    let buyer = "e2e-buyer@marketplace.amazon.com";
    let mut planned = 0;
    for (id, kind, at, order) in [
        (
            "o1-shipped",
            "shipped",
            "2026-11-03T18:20:00Z",
            "113-0000001-0000001",
        ),
        (
            "o1-delivered",
            "delivered",
            "2026-11-05T18:20:00Z",
            "113-0000001-0000001",
        ),
        (
            "o2-shipped",
            "shipped",
            "2026-11-04T18:20:00Z",
            "113-0000002-0000002",
        ),
    ] {
        clock.advance_to(at.parse().unwrap());
        let response = aftercare_lambda::ingest(
            &ingest,
            &signed_request(
                &order_event(id, kind, at, order, buyer),
                OLD_SECRET,
                clock.now(),
            ),
        )
        .await;
        assert_eq!(response["statusCode"], 202, "{response}");
        // EventBridge's rule would now invoke the planner with the published detail.
        let detail =
            json!({ "store_id": "default", "order_id": order, "event_id": id, "event_type": kind });
        let out = aftercare_lambda::planner(&planner, &json!({ "detail-type": "order.changed", "source": "aftercare.ingest", "detail": detail })).await.unwrap();
        planned += out["planned"].as_u64().unwrap();
    }
    assert!(planned >= 4, "planned {planned}");
    // Another buyer's order is cancelled after shipping: the planner cancels its pending sends.
    let mut cancelled = 0;
    for (id, kind, at) in [
        ("o5-shipped", "shipped", "2026-11-04T18:30:00Z"),
        ("o5-cancelled", "cancelled", "2026-11-04T19:00:00Z"),
    ] {
        clock.advance_to(at.parse().unwrap());
        let event = order_event(
            id,
            kind,
            at,
            "113-0000005-0000005",
            "e2e-canceller@marketplace.amazon.com",
        );
        let response =
            aftercare_lambda::ingest(&ingest, &signed_request(&event, OLD_SECRET, clock.now()))
                .await;
        assert_eq!(response["statusCode"], 202, "{response}");
        let detail = json!({ "store_id": "default", "order_id": "113-0000005-0000005", "event_id": id, "event_type": kind });
        let out = aftercare_lambda::planner(&planner, &json!({ "detail-type": "order.changed", "source": "aftercare.ingest", "detail": detail })).await.unwrap();
        cancelled += out["cancelled"].as_u64().unwrap();
    }
    assert!(cancelled >= 1, "the cancelled order's sends were cancelled");
    let replay_event = order_event(
        "o1-shipped",
        "shipped",
        "2026-11-03T18:20:00Z",
        "113-0000001-0000001",
        buyer,
    );
    let replay = aftercare_lambda::ingest(
        &ingest,
        &signed_request(&replay_event, OLD_SECRET, clock.now()),
    )
    .await;
    assert_eq!(replay["statusCode"], 200);

    // Unsigned, forged, stale and other-store requests are refused before the body is read;
    // an unreadable secret answers 503. None of them stores the order or publishes an event.
    let event4 = order_event(
        "o4-shipped",
        "shipped",
        "2026-11-05T18:20:00Z",
        "113-0000004-0000004",
        buyer,
    );
    let mut other_store = signed_request(&event4, NEW_SECRET, clock.now());
    other_store["headers"]["x-aftercare-store"] = json!("other-store");
    // Points at a secret outside the stack on purpose, so it is not checked against the policy.
    let missing_secret = ctx(
        None,
        Needs {
            bus: true,
            mailer: false,
        },
    )
    .with_webhook_secrets(Arc::new(SecretsManagerSecrets::new(
        secretsmanager.clone(),
        format!("{secret_arn}-missing"),
        std::time::Duration::ZERO,
    )));
    for (label, context, request, status) in [
        ("unsigned", &ingest, api_request(&event4), 401),
        (
            "forged",
            &ingest,
            signed_request(&event4, "a-guessed-secret-0000", clock.now()),
            401,
        ),
        (
            "stale",
            &ingest,
            signed_request(&event4, OLD_SECRET, clock.now() - Duration::minutes(6)),
            401,
        ),
        ("another store's secret", &ingest, other_store, 401),
        (
            "secret unreadable",
            &missing_secret,
            signed_request(&event4, OLD_SECRET, clock.now()),
            503,
        ),
    ] {
        let response = aftercare_lambda::ingest(context, &request).await;
        assert_eq!(response["statusCode"], status, "{label}: {response}");
        let stored = probe
            .store
            .get_order(
                &"default".parse_store(),
                &"113-0000004-0000004".parse_order(),
            )
            .await
            .unwrap();
        assert!(stored.is_none(), "{label}: stored the order");
    }

    // Rotation: once the secret holds only the new key, the old one is refused.
    secretsmanager
        .put_secret_value()
        .secret_id(&secret_arn)
        .secret_string(json!({ "default": [NEW_SECRET] }).to_string())
        .send()
        .await
        .unwrap();
    let old = aftercare_lambda::ingest(
        &ingest,
        &signed_request(&replay_event, OLD_SECRET, clock.now()),
    )
    .await;
    assert_eq!(old["statusCode"], 401, "{old}");
    let new = aftercare_lambda::ingest(
        &ingest,
        &signed_request(&replay_event, NEW_SECRET, clock.now()),
    )
    .await;
    assert_eq!(new["statusCode"], 200, "{new}");
    let mut bad = order_event(
        "o3",
        "shipped",
        "2026-11-04T18:20:00Z",
        "113-0000003-0000003",
        buyer,
    );
    bad["order"]["items"][0]["quantity"] = json!(0);
    let refused =
        aftercare_lambda::ingest(&ingest, &signed_request(&bad, NEW_SECRET, clock.now())).await;
    assert_eq!(refused["statusCode"], 400);
    assert!(refused["body"]
        .as_str()
        .unwrap()
        .contains("order.items[0].quantity"));
    let order3 = probe
        .store
        .sends_for_order(
            &"default".parse_store(),
            &"113-0000003-0000003".parse_order(),
        )
        .await
        .unwrap();
    assert!(order3.is_empty(), "nothing stored for a refused request");

    // 2. Sends are in DynamoDB with a TTL.
    let sends1 = probe
        .store
        .sends_for_order(
            &"default".parse_store(),
            &"113-0000001-0000001".parse_order(),
        )
        .await
        .unwrap();
    let first = sends1
        .iter()
        .filter(|s| s.status == SendStatus::Pending)
        .min_by_key(|s| s.send_at)
        .unwrap()
        .clone();
    let item = dynamo
        .get_item()
        .table_name(&table)
        .key(
            "pk",
            aws_sdk_dynamodb::types::AttributeValue::S("ORDER#default#113-0000001-0000001".into()),
        )
        .key(
            "sk",
            aws_sdk_dynamodb::types::AttributeValue::S(format!("SEND#{}", first.campaign)),
        )
        .send()
        .await
        .unwrap();
    assert!(
        item.item().unwrap().contains_key("expires_at"),
        "send items carry a TTL"
    );

    // 3. The scheduler fires for the send's window group at its due time. The campaign is live,
    // so the buyer-day reservation runs before the email, as in a deployed stack.
    assert_eq!(
        Config::builtin()
            .campaign(&first.campaign)
            .map(|c| c.status),
        Some(CampaignStatus::Active),
        "{}",
        first.campaign
    );
    clock.advance_to(first.send_at + Duration::minutes(1));
    let before = ses_messages(&endpoint).await.len();
    let out =
        aftercare_lambda::dispatcher(&dispatcher, &json!({ "window_group": first.window_group }))
            .await
            .unwrap();
    assert!(out["sent"].as_u64().unwrap() >= 1, "{out}");
    let messages = ses_messages(&endpoint).await;
    assert!(messages.len() > before, "SES recorded the email");
    let sent = probe.store.get_send(&first.id).await.unwrap().unwrap();
    assert_eq!(sent.status, SendStatus::Sent);
    // A second tick in the same window sends nothing again.
    let again =
        aftercare_lambda::dispatcher(&dispatcher, &json!({ "window_group": first.window_group }))
            .await
            .unwrap();
    assert_eq!(again["sent"].as_u64().unwrap(), 0);

    // 4. The relay bounces it: the buyer is opted out and every other pending send is cancelled.
    let bounce = json!({
        "version": "0", "source": "aws.ses", "detail-type": "Email Bounced",
        "detail": { "eventType": "Bounce",
            "bounce": { "bounceType": "Permanent", "bounceSubType": "General",
                        "bouncedRecipients": [ { "emailAddress": buyer } ],
                        "timestamp": "2026-11-08T19:00:00Z", "feedbackId": "f-1" },
            "mail": { "timestamp": "2026-11-08T19:00:00Z", "messageId": sent.message_id.clone().unwrap(),
                      "source": "care@demo-store.example", "destination": [buyer],
                      "tags": { "store_id": ["default"], "order_id": [first.order_id.as_str()], "campaign": [first.campaign.as_str()] } } }
    });
    let out = aftercare_lambda::bounces(&bounces, &bounce).await.unwrap();
    assert_eq!(out["bounced"], 1, "{out}");
    assert!(out["cancelled"].as_u64().unwrap() >= 1, "{out}");
    assert!(probe.store.suppression(buyer).await.unwrap().is_some());
    for order in ["113-0000001-0000001", "113-0000002-0000002"] {
        let sends = probe
            .store
            .sends_for_order(&"default".parse_store(), &order.parse_order())
            .await
            .unwrap();
        assert!(
            sends.iter().all(|s| s.status != SendStatus::Pending),
            "{order}: {sends:#?}"
        );
    }
    assert!(
        probe
            .store
            .get_send(&first.id)
            .await
            .unwrap()
            .unwrap()
            .bounced
    );

    // 5. Nothing is ever due for this buyer again.
    clock.advance_to("2026-12-31T00:00:00Z".parse().unwrap());
    let messages_before = ses_messages(&endpoint).await.len();
    for group in ["America/Chicago 13:00-15:00", "immediate"] {
        aftercare_lambda::dispatcher(&dispatcher, &json!({ "window_group": group }))
            .await
            .unwrap();
    }
    assert_eq!(
        ses_messages(&endpoint).await.len(),
        messages_before,
        "no email after the opt-out"
    );

    // Requests over the whole flow for the one email it sent (5 stored events, 2 accepted
    // replays, 1 refused body, 5 planner runs, 4 dispatcher runs, 1 bounce).
    println!(
        "requests for 1 email: DynamoDB {}, SES {}, EventBridge {}",
        counts.dynamodb.get(),
        counts.sesv2.get(),
        counts.eventbridge.get()
    );
    assert_eq!(
        counts.sesv2.get(),
        1 + 4,
        "one SendEmail for one email, and one GetAccount (the sending quota) per dispatcher run"
    );
    assert_eq!(
        counts.eventbridge.get(),
        5 + 2,
        "one PutEvents per stored event and per accepted replay (at least once); none for a refused body"
    );

    // 6. Every AWS action each function performed is allowed by its policy in template.yaml.
    let calls = access.calls();
    assert!(
        calls
            .iter()
            .any(|c| c.function == "dispatcher" && c.action == "dynamodb:PutItem"),
        "the dispatcher reserved the buyer's day: {calls:#?}"
    );
    let template = iam::Template::deployed();
    let stack = iam::Stack::emulated()
        .resource("AftercareTable", &table)
        .resource("OrdersBus", &bus)
        .resource("ConfigurationSet", CONFIGURATION_SET)
        .parameter("SenderIdentity", SENDER_IDENTITY);
    let created = iam::check(
        &template,
        &stack.clone().resource("WebhookSecret", &secret_arn),
        &calls,
    );
    created.print();
    created.assert_allowed();
    // The seller's own secret (WebhookSecretArn) instead of the stack's.
    iam::check(
        &template,
        &stack.parameter("WebhookSecretArn", &secret_arn),
        &calls,
    )
    .assert_allowed();
}

trait ParseIds {
    fn parse_store(&self) -> aftercare::order::StoreId;
    fn parse_order(&self) -> aftercare::order::OrderId;
}

impl ParseIds for str {
    fn parse_store(&self) -> aftercare::order::StoreId {
        aftercare::order::StoreId::parse(self).unwrap()
    }
    fn parse_order(&self) -> aftercare::order::OrderId {
        aftercare::order::OrderId::parse(self).unwrap()
    }
}

/// An SQS batch as Lambda delivers it, one record per body.
fn sqs_batch(bodies: &[(&str, String)]) -> Value {
    json!({ "Records": bodies.iter().map(|(id, body)| json!({
        "messageId": id, "receiptHandle": format!("rh-{id}"), "body": body,
        "attributes": { "ApproximateReceiveCount": "1" }, "messageAttributes": {},
        "eventSource": "aws:sqs", "eventSourceARN": "arn:aws:sqs:us-east-1:123456789012:planner",
        "awsRegion": "us-east-1",
    })).collect::<Vec<_>>() })
}

fn failures(out: &Value) -> Vec<String> {
    out["batchItemFailures"]
        .as_array()
        .unwrap_or_else(|| panic!("not a batch response: {out}"))
        .iter()
        .map(|f| f["itemIdentifier"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn sqs_batches_report_only_the_failed_records_and_resume_lifts_a_pause() {
    use aftercare::ports::{BreakerStore, Health, OrderStore, Pause};
    let Some(endpoint) = endpoint() else { return };
    let sdk = sdk_config(Some(&endpoint)).await;
    let table = format!("aftercare-e2e-sqs-{}", std::process::id());
    create_table(&aws_sdk_dynamodb::Client::new(&sdk), &table)
        .await
        .unwrap();
    let clock = Arc::new(SimClock::new("2026-11-03T18:20:00Z".parse().unwrap()));
    let needs = Needs {
        bus: false,
        mailer: false,
    };
    let access = iam::AccessLog::default();
    let counts = Counts::default();
    // `None`: the test's own setup and reads, which no policy covers.
    let ctx_for = |table: &str, function: Option<&str>| {
        Context::with_clients(
            clients(&sdk, &counts, function.map(|f| access.recorder(f))).0,
            &Settings {
                table: table.to_string(),
                event_bus: None,
                configuration_set: None,
                dispatch_limit: 100,
                max_send_rate: None,
            },
            needs,
            Config::builtin(),
            Box::new(SharedClock(clock.clone())),
        )
        .unwrap()
    };
    let planner = ctx_for(&table, Some("planner"));
    let bounces = ctx_for(&table, Some("bounces"));
    let probe = ctx_for(&table, None);
    let event = aftercare::order::parse_event(
        &order_event(
            "q-1",
            "shipped",
            "2026-11-03T18:20:00Z",
            "113-0000009-0000009",
            "sqs-buyer@marketplace.amazon.com",
        )
        .to_string(),
    )
    .unwrap();
    let order = aftercare::order::Order::from_event(&event, aftercare::Marketplace::Us);
    probe
        .store
        .save_order(&order, &event.event_id)
        .await
        .unwrap();
    let changed = |store: &str, order: &str| {
        json!({ "source": "aftercare.ingest", "detail-type": "order.changed",
                "detail": { "store_id": store, "order_id": order, "event_id": "q-1", "event_type": "shipped" } })
        .to_string()
    };

    // Planner: one good record, one unreadable (dropped), two that fail (reported).
    let batch = sqs_batch(&[
        ("m-ok", changed("default", "113-0000009-0000009")),
        ("m-garbage", "{not json".to_string()),
        ("m-unknown-store", changed("nowhere", "113-0000009-0000009")),
        ("m-missing-order", changed("default", "113-0000008-0000008")),
    ]);
    let out = aftercare_lambda::planner(&planner, &batch).await.unwrap();
    assert_eq!(
        failures(&out),
        vec!["m-unknown-store", "m-missing-order"],
        "{out}"
    );
    let sends = probe
        .store
        .sends_for_order(
            &"default".parse_store(),
            &"113-0000009-0000009".parse_order(),
        )
        .await
        .unwrap();
    assert!(!sends.is_empty(), "the good record was planned");

    // With storage down every readable record is reported, none is lost, the batch still answers.
    // A table outside the stack on purpose: not checked against the policy.
    let broken = ctx_for("no-such-table", None);
    let out = aftercare_lambda::planner(&broken, &batch).await.unwrap();
    assert_eq!(
        failures(&out),
        vec!["m-ok", "m-unknown-store", "m-missing-order"]
    );
    let bounce = json!({
        "version": "0", "source": "aws.ses", "detail-type": "Email Bounced",
        "detail": { "eventType": "Bounce",
            "bounce": { "bounceType": "Permanent", "bounceSubType": "General",
                        "bouncedRecipients": [ { "emailAddress": "sqs-buyer@marketplace.amazon.com" } ],
                        "timestamp": "2026-11-08T19:00:00Z", "feedbackId": "f-9" },
            "mail": { "timestamp": "2026-11-08T19:00:00Z", "messageId": "m-9",
                      "source": "care@demo-store.example", "destination": ["sqs-buyer@marketplace.amazon.com"],
                      "tags": { "store_id": ["default"], "order_id": ["113-0000009-0000009"], "campaign": ["follow-up"] } } }
    })
    .to_string();
    let batch = sqs_batch(&[("b-1", bounce.clone()), ("b-garbage", "[]".to_string())]);
    let out = aftercare_lambda::bounces(&broken, &batch).await.unwrap();
    assert_eq!(failures(&out), vec!["b-1"], "{out}");
    let out = aftercare_lambda::bounces(&bounces, &batch).await.unwrap();
    assert!(failures(&out).is_empty(), "{out}");
    assert!(probe
        .store
        .suppression("sqs-buyer@marketplace.amazon.com")
        .await
        .unwrap()
        .is_some());

    // Another buyer's order, planned; its first send falls due while the store is paused.
    let other = aftercare::order::parse_event(
        &order_event(
            "q-2",
            "shipped",
            "2026-11-03T18:20:00Z",
            "113-0000010-0000010",
            "held-buyer@marketplace.amazon.com",
        )
        .to_string(),
    )
    .unwrap();
    let order = aftercare::order::Order::from_event(&other, aftercare::Marketplace::Us);
    probe
        .store
        .save_order(&order, &other.event_id)
        .await
        .unwrap();
    let out = aftercare_lambda::planner(
        &planner,
        &sqs_batch(&[("m-held", changed("default", "113-0000010-0000010"))]),
    )
    .await
    .unwrap();
    assert!(failures(&out).is_empty(), "{out}");
    let held = probe
        .store
        .sends_for_order(
            &"default".parse_store(),
            &"113-0000010-0000010".parse_order(),
        )
        .await
        .unwrap()
        .into_iter()
        .filter(|s| s.status == aftercare::send::SendStatus::Pending)
        .min_by_key(|s| s.send_at)
        .unwrap();
    clock.advance_to(held.send_at + Duration::minutes(1));

    // A deliberate resume through the bounces function, after a tick held the paused store's
    // due send (the dispatcher's hold transaction and the resume's re-slot are on the policy
    // check below).
    let store = "default".parse_store();
    let pause = Pause {
        store_id: store.clone(),
        at: clock.now(),
        reason: "bounce_rate".into(),
        health: Health {
            sent: 300,
            bounced: 30,
            complained: 0,
        },
        limit_percent: 4.0,
        resumed_at: None,
    };
    assert!(probe.store.pause(&pause).await.unwrap());
    let dispatcher = Context::with_clients(
        clients(&sdk, &counts, Some(access.recorder("dispatcher"))).0,
        &Settings {
            table: table.to_string(),
            event_bus: None,
            configuration_set: None,
            dispatch_limit: 100,
            max_send_rate: Some(5),
        },
        Needs {
            bus: false,
            mailer: true,
        },
        Config::builtin(),
        Box::new(SharedClock(clock.clone())),
    )
    .unwrap();
    let tick = aftercare_lambda::dispatcher(
        &dispatcher,
        &json!({ "window_group": held.window_group.clone() }),
    )
    .await
    .unwrap();
    assert_eq!(tick["sent"], 0, "a paused store's send is held: {tick}");
    assert!(
        access
            .calls()
            .iter()
            .any(|c| c.function == "dispatcher" && c.action == "dynamodb:ConditionCheckItem"),
        "the tick held the send with its pause check"
    );
    let out = aftercare_lambda::bounces(&bounces, &json!({ "resume_store": "default" }))
        .await
        .unwrap();
    assert_eq!(out["resumed"], true, "{out}");
    assert_eq!(out["rescheduled"], 1, "the held send is re-slotted: {out}");
    let reslotted = probe.store.get_send(&held.id).await.unwrap().unwrap();
    assert_eq!(reslotted.status, aftercare::send::SendStatus::Pending);
    assert!(reslotted.send_at > clock.now(), "{reslotted:?}");
    assert!(probe.store.paused().await.unwrap().is_empty());
    let out = aftercare_lambda::bounces(&bounces, &json!({ "resume_store": "default" }))
        .await
        .unwrap();
    assert_eq!(out["resumed"], false, "{out}");
    let out = aftercare_lambda::bounces(&bounces, &json!({ "resume_store": 7 }))
        .await
        .unwrap();
    assert!(
        out["error"].as_str().unwrap().contains("resume_store"),
        "{out}"
    );

    // Every AWS action the planner, the dispatcher and the bounce handler performed is allowed
    // by their policies.
    let stack = iam::Stack::emulated()
        .resource("AftercareTable", &table)
        .resource("ConfigurationSet", CONFIGURATION_SET)
        .parameter("SenderIdentity", SENDER_IDENTITY);
    let verdict = iam::check(&iam::Template::deployed(), &stack, &access.calls());
    verdict.print();
    verdict.assert_allowed();
}

/// A new secret named `name` and this process's id holding `map`; answers its ARN.
async fn create_secret(client: &aws_sdk_secretsmanager::Client, name: &str, map: Value) -> String {
    client
        .create_secret()
        .name(format!("{name}-{}", std::process::id()))
        .secret_string(map.to_string())
        .send()
        .await
        .unwrap()
        .arn()
        .unwrap()
        .to_string()
}

/// Whether a request signed now with `secret` for the built-in store verifies.
async fn verifies(secrets: &SecretsManagerSecrets, clock: &SimClock, secret: &str) -> bool {
    let body = br#"{"order_id":"113-0000009-0000009"}"#;
    let headers = SignedHeaders::signed(
        "default",
        &WebhookSecret::new(secret).unwrap(),
        clock.now().timestamp(),
        body,
    );
    aftercare::signature::verify(&headers, body, secrets, clock.now())
        .await
        .is_ok()
}

/// The ingest function reads the webhook secrets once an hour, and again at once (at most once
/// a minute) when a request does not verify: a secret added to the map is accepted right away,
/// forged signatures cost at most one read a minute, a removed secret stops working within the
/// hour.
#[tokio::test]
async fn webhook_secrets_are_read_hourly_and_again_on_a_mismatch() {
    let Some(endpoint) = endpoint() else { return };
    let sdk = sdk_config(Some(&endpoint)).await;
    let reads = RequestCount::default();
    let admin = aws_sdk_secretsmanager::Client::new(&sdk);
    let arn = create_secret(
        &admin,
        "aftercare-webhook-cache",
        json!({ "default": OLD_SECRET }),
    )
    .await;
    let put = |map: Value| {
        let (admin, arn) = (admin.clone(), arn.clone());
        async move {
            admin
                .put_secret_value()
                .secret_id(arn)
                .secret_string(map.to_string())
                .send()
                .await
                .unwrap();
        }
    };
    let clock = Arc::new(SimClock::new("2026-11-03T18:20:00Z".parse().unwrap()));
    let secrets = SecretsManagerSecrets::new(
        aws_sdk_secretsmanager::Client::from_conf(
            aws_sdk_secretsmanager::config::Builder::from(&sdk)
                .interceptor(reads.clone())
                .build(),
        ),
        arn.clone(),
        aftercare_lambda::SECRET_REFRESH,
    )
    .with_clock(Arc::new(SharedClock(clock.clone())));
    let later = |minutes: i64, seconds: i64| {
        clock.advance_to(clock.now() + Duration::minutes(minutes) + Duration::seconds(seconds))
    };

    // One read serves every request of the hour.
    for _ in 0..10 {
        assert!(verifies(&secrets, &clock, OLD_SECRET).await);
        later(5, 0);
    }
    assert_eq!(reads.get(), 1);

    // A forged signature makes one read, a second one within the minute none.
    assert!(!verifies(&secrets, &clock, "a-guessed-secret-0000").await);
    assert!(!verifies(&secrets, &clock, "a-guessed-secret-0001").await);
    assert_eq!(reads.get(), 2);

    // A secret added to the map is accepted as soon as a minute has passed since the last read.
    put(json!({ "default": [NEW_SECRET, OLD_SECRET] })).await;
    later(1, 1);
    assert!(verifies(&secrets, &clock, NEW_SECRET).await);
    assert_eq!(reads.get(), 3);
    assert!(verifies(&secrets, &clock, OLD_SECRET).await);
    assert_eq!(reads.get(), 3);

    // A removed secret works until the hour's read, and not after it.
    put(json!({ "default": [NEW_SECRET] })).await;
    later(30, 0);
    assert!(verifies(&secrets, &clock, OLD_SECRET).await);
    later(30, 1);
    assert!(!verifies(&secrets, &clock, OLD_SECRET).await);
    assert!(verifies(&secrets, &clock, NEW_SECRET).await);
    assert_eq!(reads.get(), 4);
}
