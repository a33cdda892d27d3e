//! What the AWS side costs per 1,000 emails (`bench/cost` runs this; it is ignored otherwise).
//!
//! The demo's generated orders go through the same handlers the Lambdas run, on the local
//! emulator: each order event through the webhook (ingest), each published `order.changed`
//! to the planner as its queue would deliver it, the dispatcher at every scheduled tick that
//! has something due, and SES's events for every email (those the template's configuration set
//! publishes) to the bounce handler. Every AWS request is metered with what it is billed on (`cost/meter.rs`); the logs
//! and EMF lines the handlers print are counted; handler durations are measured. Scheduled
//! ticks with nothing due are priced from measured empty ticks instead of being run one by one.
//!
//! Needs `AFTERCARE_AWS_ENDPOINT`. `COST_ORDERS` (default 1000) sets the number of orders,
//! `COST_REPORT` where the table is written (default: printed only).

#[path = "cost/meter.rs"]
mod meter;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use aftercare::adapters::aws::{create_table, sdk_config};
use aftercare::config::Config;
use aftercare::demo::{self, DemoSpec};
use aftercare::order::{OrderId, StoreId};
use aftercare::ports::{Clock, SendStore, SimClock};
use aftercare::send::{SendId, SendStatus};
use aftercare::signature::{SignedHeaders, WebhookSecret};
use aftercare_lambda::{Clients, Context, MetricsSink, Needs, SecretsManagerSecrets, Settings};
use chrono::{DateTime, Duration, Utc};
use meter::{Books, Ledger, Meter, Usage};
use serde_json::{json, Value};

/// us-east-1 list prices in USD, read on 2026-12-02 (see `PRICE_SOURCES`).
mod price {
    pub const DYNAMODB_WRU: f64 = 0.625 / 1e6;
    pub const DYNAMODB_RRU: f64 = 0.125 / 1e6;
    pub const LAMBDA_GB_SECOND_ARM: f64 = 0.000_013_333_4;
    pub const LAMBDA_REQUEST: f64 = 0.20 / 1e6;
    pub const SES_MESSAGE: f64 = 0.10 / 1e3;
    pub const SES_DATA_GB: f64 = 0.12;
    pub const EVENTBRIDGE_EVENT: f64 = 1.00 / 1e6;
    pub const SCHEDULER_INVOCATION: f64 = 1.00 / 1e6;
    pub const SQS_REQUEST: f64 = 0.40 / 1e6;
    pub const SECRETS_CALL: f64 = 0.05 / 1e4;
    pub const SECRET_MONTH: f64 = 0.40;
    pub const LOGS_GB: f64 = 0.50;
    pub const METRIC_MONTH: f64 = 0.30;
    pub const ALARM_MONTH: f64 = 0.10;
    pub const HTTP_API_REQUEST: f64 = 1.00 / 1e6;
}

const PRICE_SOURCES: &str = "\
prices: us-east-1 list prices, read 2026-12-02. From stored pricing pages: DynamoDB on-demand
$0.625/M WRU, $0.125/M RRU; Lambda arm64 $0.0000133334/GB-s, $0.20/M requests. From memory (not
found in the stored pages): SES $0.10/1,000 messages + $0.12/GB; EventBridge $1.00/M custom
events (64 KB chunks); Scheduler $1.00/M invocations; SQS standard $0.40/M requests (64 KB
chunks); Secrets Manager $0.40/secret-month + $0.05/10,000 calls; CloudWatch Logs ingestion
$0.50/GB (+26 bytes per log event); custom metrics $0.30/metric-month; alarms $0.10/alarm-month;
API Gateway HTTP API $1.00/M requests. Free tiers are left out.";

/// The template's memory sizes (MB): the dispatcher's own, the others the global default.
const DISPATCHER_MB: f64 = 512.0;
const DEFAULT_MB: f64 = 256.0;

/// START, END and REPORT lines Lambda writes for each invocation (bytes, estimated), when the
/// functions' system log level lets them through (see `platform_lines_billed`).
const PLATFORM_LOG_BYTES: u64 = 330;
const PLATFORM_LOG_LINES: u64 = 3;
/// What CloudWatch Logs adds to every log event for billing.
const LOG_EVENT_OVERHEAD: u64 = 26;

/// Long polls an idle event source mapping makes per month and queue: five pollers, one
/// 20-second receive each at a time (estimate).
const IDLE_POLLS_PER_QUEUE_MONTH: f64 = 5.0 * 3.0 * 60.0 * 24.0 * 30.0;
/// Queues the stack polls with an event source mapping (planner, bounces, notifications).
const POLLED_QUEUES: f64 = 3.0;

const CONFIGURATION_SET: &str = "aftercare-cost";
const SENDER_IDENTITY: &str = "demo-store.example";
const SECRET: &str = "cost-webhook-secret-0001";

// --- logs --------------------------------------------------------------------------------

/// Bytes and lines of the functions' own log output, by function.
#[derive(Debug, Default)]
struct LogTally {
    current: String,
    by_function: BTreeMap<String, (u64, u64)>,
}

static LOGS: Mutex<Option<LogTally>> = Mutex::new(None);

fn logs<T>(f: impl FnOnce(&mut LogTally) -> T) -> T {
    let mut guard = LOGS.lock().unwrap_or_else(|e| e.into_inner());
    f(guard.get_or_insert_with(LogTally::default))
}

struct LogWriter;

impl std::io::Write for LogWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let lines = buf.iter().filter(|b| **b == b'\n').count() as u64;
        logs(|t| {
            let function = t.current.clone();
            let e = t.by_function.entry(function).or_default();
            e.0 += buf.len() as u64;
            e.1 += lines;
        });
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The functions' subscriber (JSON, one line per event, level `info` as the template sets),
/// writing into the tally.
fn install_log_tally() {
    let _ = tracing_subscriber::fmt()
        .json()
        .with_env_filter(tracing_subscriber::EnvFilter::new("info"))
        .with_current_span(false)
        .without_time()
        .with_writer(|| LogWriter)
        .try_init();
}

// --- invocations -------------------------------------------------------------------------

/// Invocations and billed milliseconds, by function.
#[derive(Debug, Default, Clone)]
struct Invocations(BTreeMap<String, (u64, u64)>);

/// Runs one handler invocation as `function`: its duration (less the meter's own reads) is
/// billed in whole milliseconds.
async fn invoke<F: std::future::Future<Output = T>, T>(
    books: &Books,
    calls: &mut Invocations,
    function: &str,
    call: F,
) -> T {
    logs(|t| t.current = function.to_string());
    let own = books.own_time();
    let started = Instant::now();
    let out = call.await;
    let spent = started
        .elapsed()
        .saturating_sub(books.own_time().saturating_sub(own));
    let e = calls.0.entry(function.to_string()).or_default();
    e.0 += 1;
    e.1 += u64::try_from(spent.as_micros().div_ceil(1000)).unwrap_or(u64::MAX);
    logs(|t| t.current = "bench".to_string());
    out
}

// --- the world ---------------------------------------------------------------------------

struct SharedClock(Arc<SimClock>);

impl Clock for SharedClock {
    fn now(&self) -> DateTime<Utc> {
        self.0.now()
    }
}

fn metered_clients(sdk: &aws_config::SdkConfig, meter: Option<Meter>) -> Clients {
    let mut dynamodb = aws_sdk_dynamodb::config::Builder::from(sdk)
        .retry_config(aftercare_lambda::standard_retries());
    let mut eventbridge = aws_sdk_eventbridge::config::Builder::from(sdk)
        .retry_config(aftercare_lambda::standard_retries());
    let mut sesv2 = aws_sdk_sesv2::config::Builder::from(sdk)
        .retry_config(aws_config::retry::RetryConfig::standard().with_max_attempts(1));
    if let Some(m) = meter {
        dynamodb = dynamodb.interceptor(m.clone());
        eventbridge = eventbridge.interceptor(m.clone());
        sesv2 = sesv2.interceptor(m);
    }
    Clients {
        dynamodb: aws_sdk_dynamodb::Client::from_conf(dynamodb.build()),
        eventbridge: aws_sdk_eventbridge::Client::from_conf(eventbridge.build()),
        sesv2: aws_sdk_sesv2::Client::from_conf(sesv2.build()),
    }
}

fn signed_request(body: &str, at: DateTime<Utc>) -> Value {
    let headers = SignedHeaders::signed(
        "default",
        &WebhookSecret::new(SECRET).expect("a valid secret"),
        at.timestamp(),
        body.as_bytes(),
    );
    json!({
        "version": "2.0", "routeKey": "POST /orders", "rawPath": "/orders",
        "headers": { "content-type": "application/json",
                     "x-aftercare-store": headers.store, "x-aftercare-timestamp": headers.timestamp,
                     "x-aftercare-signature": headers.signature },
        "requestContext": { "http": { "method": "POST", "path": "/orders" } },
        "body": body, "isBase64Encoded": false
    })
}

/// An SQS batch as the event source mapping hands it to a function.
fn sqs_batch(bodies: &[Value]) -> Value {
    let records: Vec<Value> = bodies
        .iter()
        .enumerate()
        .map(|(i, b)| {
            json!({ "messageId": format!("m-{i}"), "eventSource": "aws:sqs",
                    "eventSourceARN": "arn:aws:sqs:us-east-1:123456789012:queue",
                    "body": b.to_string(), "attributes": {}, "messageAttributes": {} })
        })
        .collect();
    json!({ "Records": records })
}

/// An EventBridge entry as the rule delivers it to the planner's queue.
fn delivered(entry: &Value, at: DateTime<Utc>) -> Value {
    let detail: Value = entry["Detail"]
        .as_str()
        .and_then(|d| serde_json::from_str(d).ok())
        .unwrap_or(Value::Null);
    json!({ "version": "0", "id": "00000000-0000-0000-0000-000000000000",
            "detail-type": entry["DetailType"], "source": entry["Source"],
            "account": "123456789012", "time": at.to_rfc3339(), "region": "us-east-1",
            "resources": [], "detail": detail })
}

fn fixture(name: &str) -> Value {
    let path = format!(
        "{}/../../tests/fixtures/ses/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The SES event types the template's configuration set publishes (`MatchingEventTypes`).
fn published_ses_events() -> Vec<String> {
    let line = template_lines()
        .find_map(|l| l.trim().strip_prefix("MatchingEventTypes:"))
        .unwrap_or_else(|| panic!("template.yaml: no MatchingEventTypes"));
    line.trim()
        .trim_start_matches('[')
        .trim_end_matches(']')
        .split(',')
        .map(|t| t.trim().to_ascii_lowercase())
        .collect()
}

/// SES's events for one accepted email, shaped like its EventBridge events, as far as the
/// configuration set publishes them: sent, then delivered, or bounced for an address Amazon's
/// relay refuses.
fn ses_events(mail: &meter::Mailed, bounces: bool, at: DateTime<Utc>) -> Vec<Value> {
    static PUBLISHED: std::sync::LazyLock<Vec<String>> =
        std::sync::LazyLock::new(published_ses_events);
    let published = |kind: &str| PUBLISHED.iter().any(|t| t == kind);
    let mut tags = serde_json::Map::new();
    tags.insert("ses:configuration-set".into(), json!([CONFIGURATION_SET]));
    for (k, v) in &mail.tags {
        tags.insert(k.clone(), json!([v]));
    }
    let shape = |name: &str| {
        let mut e = fixture(name);
        e["time"] = json!(at.to_rfc3339());
        let m = &mut e["detail"]["mail"];
        m["messageId"] = json!(mail.message_id);
        m["destination"] = json!(mail.recipients);
        m["timestamp"] = json!(at.to_rfc3339());
        m["tags"] = Value::Object(tags.clone());
        e
    };
    let mut out = Vec::new();
    if published("send") {
        out.push(shape("eventbridge-send.json"));
    }
    if bounces && published("bounce") {
        let mut b = shape("eventbridge-bounce-permanent.json");
        b["detail"]["bounce"]["bouncedRecipients"][0]["emailAddress"] =
            json!(mail.recipients.first());
        b["detail"]["bounce"]["timestamp"] = json!(at.to_rfc3339());
        out.push(b);
    } else if !bounces && published("delivery") {
        let mut d = shape("eventbridge-delivery.json");
        d["detail"]["delivery"]["recipients"] = json!(mail.recipients);
        d["detail"]["delivery"]["timestamp"] = json!(at.to_rfc3339());
        out.push(d);
    }
    out
}

// --- the schedule ------------------------------------------------------------------------

/// The first tick of `group`'s schedule at or after `t`.
fn next_tick(group: &str, t: DateTime<Utc>) -> DateTime<Utc> {
    let step = if group == aftercare::schedule::IMMEDIATE {
        5
    } else {
        aftercare::window::TICK_MINUTES
    };
    let Some((window, zone)) = aftercare::window::group_window(group) else {
        let minutes = t.timestamp().div_euclid(60);
        let up = (minutes + step - 1).div_euclid(step) * step;
        let at = DateTime::<Utc>::from_timestamp(up * 60, 0).unwrap_or(t);
        return if at < t {
            at + Duration::minutes(step)
        } else {
            at
        };
    };
    // A slot found from `t` starts at `t`; the schedule's ticks count from the window's start.
    let length = (window.end - window.start)
        .num_minutes()
        .rem_euclid(24 * 60);
    let mut slot = window.first_slot_from(zone, t);
    loop {
        let opens = slot.end - Duration::minutes(length);
        let into = (slot.start.max(t) - opens).num_seconds().max(0);
        let ticks = (into + step * 60 - 1).div_euclid(step * 60);
        let at = opens + Duration::minutes(ticks * step);
        if at < slot.end {
            return at;
        }
        slot = window.first_slot_from(zone, slot.end);
    }
}

/// Ticks per day of each scheduled group (the template's crons: every 15 minutes through each
/// window, every 5 minutes for `immediate`).
fn ticks_per_day(group: &str) -> f64 {
    if group == aftercare::schedule::IMMEDIATE {
        return 24.0 * 12.0;
    }
    match aftercare::window::group_window(group) {
        Some((w, _)) => {
            let minutes = (w.end - w.start).num_minutes().rem_euclid(24 * 60);
            (minutes / aftercare::window::TICK_MINUTES) as f64
        }
        None => 0.0,
    }
}

/// Scheduler invocations per month the template makes: the dispatcher schedules plus the
/// delivery checks every 10 minutes.
fn scheduler_invocations_per_month(groups: &[&str]) -> f64 {
    let dispatch: f64 = groups.iter().map(|g| ticks_per_day(g)).sum();
    (dispatch + 144.0) * 30.0
}

// --- the run -----------------------------------------------------------------------------

#[tokio::test]
#[ignore = "a benchmark: bench/cost runs it against the emulator"]
async fn cost_per_thousand_emails() {
    let endpoint = std::env::var("AFTERCARE_AWS_ENDPOINT")
        .expect("set AFTERCARE_AWS_ENDPOINT (eval \"$(scripts/moto start)\")");
    let orders: usize = std::env::var("COST_ORDERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    install_log_tally();
    let sdk = sdk_config(Some(&endpoint)).await;
    let run = format!("{}-{}", std::process::id(), Utc::now().timestamp());
    let table = format!("aftercare-cost-{run}");
    let bus = format!("aftercare-cost-{run}");
    let admin = metered_clients(&sdk, None);
    create_table(&admin.dynamodb, &table).await.expect("table");
    admin
        .eventbridge
        .create_event_bus()
        .name(&bus)
        .send()
        .await
        .expect("bus");
    let _existing_is_fine = admin
        .sesv2
        .create_email_identity()
        .email_identity(SENDER_IDENTITY)
        .send()
        .await;
    let _existing_is_fine = admin
        .sesv2
        .create_configuration_set()
        .configuration_set_name(CONFIGURATION_SET)
        .send()
        .await;
    let books = Books::new(&endpoint);
    let secrets_client = aws_sdk_secretsmanager::Client::from_conf(
        aws_sdk_secretsmanager::config::Builder::from(&sdk)
            .interceptor(books.meter("ingest"))
            .build(),
    );
    let secret_arn = aws_sdk_secretsmanager::Client::new(&sdk)
        .create_secret()
        .name(format!("aftercare-cost-{run}"))
        .secret_string(json!({ "default": SECRET }).to_string())
        .send()
        .await
        .expect("secret")
        .arn()
        .unwrap_or_default()
        .to_string();

    let start: DateTime<Utc> = "2026-09-01T00:00:00Z".parse().expect("a time");
    let clock = Arc::new(SimClock::new(start));
    let settings = Settings {
        table: table.clone(),
        event_bus: Some(bus.clone()),
        configuration_set: Some(CONFIGURATION_SET.to_string()),
        dispatch_limit: aftercare_lambda::DEFAULT_DISPATCH_PAGE,
        // A production account's rate; unset, each run reads it from SES (GetAccount, free).
        max_send_rate: Some(14),
    };
    let sink: MetricsSink = Arc::default();
    let context = |function: Option<&str>, needs: Needs| {
        let ctx = Context::with_clients(
            metered_clients(&sdk, function.map(|f| books.meter(f))),
            &settings,
            needs,
            Config::builtin(),
            Box::new(SharedClock(clock.clone())),
        )
        .expect("context");
        ctx.with_metrics_sink(sink.clone())
    };
    let none = Needs {
        bus: false,
        mailer: false,
    };
    // The secrets' cache ages on the run's clock, as a warm instance's would in real time.
    let ingest = context(
        Some("ingest"),
        Needs {
            bus: true,
            mailer: false,
        },
    )
    .with_webhook_secrets(Arc::new(
        SecretsManagerSecrets::new(secrets_client, secret_arn, aftercare_lambda::SECRET_REFRESH)
            .with_clock(Arc::new(SharedClock(clock.clone()))),
    ));
    let planner = context(Some("planner"), none);
    let dispatcher = context(
        Some("dispatcher"),
        Needs {
            bus: false,
            mailer: true,
        },
    );
    let bounces = context(Some("bounces"), none);
    let probe = context(None, none);

    let spec = DemoSpec {
        orders,
        start,
        seed: 2026,
        store_id: StoreId::parse("default").expect("valid id"),
    };
    let (mut events, opted_out) = demo::generate(&spec);
    let opted_out: BTreeSet<String> = opted_out.into_iter().collect();
    events.sort_by_key(|e| e.occurred_at);
    let until = events.last().map_or(start, |e| e.occurred_at) + Duration::days(35);

    let mut calls = Invocations::default();
    let mut emf_lines: Vec<String> = Vec::new();
    // Pending sends the run knows of (from the planner's results): id → (group, due).
    let mut pending: BTreeMap<SendId, (String, DateTime<Utc>)> = BTreeMap::new();
    let mut ticks_run: BTreeMap<String, u64> = BTreeMap::new();
    let mut planner_messages = 0u64;
    let mut bounce_messages = 0u64;
    let mut bounce_batches = 0u64;
    let mut emails = 0u64;
    let mut webhook_requests = 0u64;
    let began = Instant::now();

    let mut next_event = 0;
    loop {
        // The earliest tick with something due, and the next order event.
        let tick = pending
            .values()
            .map(|(g, due)| (next_tick(g, *due), g.clone()))
            .min();
        let event_at = events.get(next_event).map(|e| e.occurred_at);
        match (tick, event_at) {
            (Some((t, group)), e) if t <= until && e.is_none_or(|e| t <= e) => {
                clock.advance_to(t);
                let out = invoke(&books, &mut calls, "dispatcher", async {
                    aftercare_lambda::dispatcher(&dispatcher, &json!({ "window_group": group }))
                        .await
                })
                .await;
                if let Err(e) = out {
                    panic!("dispatcher at {t} for {group}: {e}");
                }
                *ticks_run.entry(group.clone()).or_default() += 1;
                // What this tick did to the sends it had due.
                let due: Vec<SendId> = pending
                    .iter()
                    .filter(|(_, (g, d))| *g == group && next_tick(g, *d) <= t)
                    .map(|(id, _)| id.clone())
                    .collect();
                for id in due {
                    let now = probe.store.get_send(&id).await.expect("probe");
                    match now {
                        Some(s) if s.status == SendStatus::Pending && s.send_at > t => {
                            pending.insert(id, (s.window_group.clone(), s.send_at));
                        }
                        Some(s) if s.status == SendStatus::Pending => {
                            // Still due (paced out, or left for the next tick).
                            pending.insert(id, (s.window_group.clone(), t + Duration::minutes(1)));
                        }
                        _ => {
                            pending.remove(&id);
                        }
                    }
                }
                // SES answers every accepted email with its events, batched by the queue.
                let mailed = books.take_mailed();
                emails += mailed.len() as u64;
                let ses: Vec<Value> = mailed
                    .iter()
                    .flat_map(|m| {
                        let bounced = m.recipients.iter().any(|r| opted_out.contains(r));
                        ses_events(m, bounced, t)
                    })
                    .collect();
                for batch in ses.chunks(10) {
                    bounce_messages += batch.len() as u64;
                    bounce_batches += 1;
                    let out = invoke(&books, &mut calls, "bounces", async {
                        aftercare_lambda::bounces(&bounces, &sqs_batch(batch)).await
                    })
                    .await
                    .expect("bounces");
                    assert_eq!(
                        out["batchItemFailures"].as_array().map_or(0, Vec::len),
                        0,
                        "bounce batch failed: {out}"
                    );
                }
            }
            (_, Some(at)) if at <= until => {
                let event = &events[next_event];
                next_event += 1;
                clock.advance_to(at);
                let body = demo::to_json_line(event);
                webhook_requests += 1;
                let response = invoke(&books, &mut calls, "ingest", async {
                    aftercare_lambda::ingest(&ingest, &signed_request(&body, at)).await
                })
                .await;
                assert!(
                    response["statusCode"] == 202 || response["statusCode"] == 200,
                    "ingest: {response}"
                );
                // The rule delivers each order.changed to the planner's queue.
                for entry in books.take_published() {
                    planner_messages += 1;
                    let message = delivered(&entry, at);
                    let out = invoke(&books, &mut calls, "planner", async {
                        aftercare_lambda::planner(&planner, &sqs_batch(&[message])).await
                    })
                    .await
                    .expect("planner");
                    assert_eq!(
                        out["batchItemFailures"].as_array().map_or(0, Vec::len),
                        0,
                        "planner failed: {out}"
                    );
                }
                let store = StoreId::parse("default").expect("valid id");
                let order = OrderId::parse(event.order.order_id.as_str()).expect("valid id");
                for s in probe
                    .store
                    .sends_for_order(&store, &order)
                    .await
                    .expect("probe")
                {
                    if s.status == SendStatus::Pending {
                        pending.insert(s.id.clone(), (s.window_group.clone(), s.send_at));
                    } else {
                        pending.remove(&s.id);
                    }
                }
            }
            _ => break,
        }
    }
    let simulated_days = (until - start).num_days() as f64;
    let busy = books.ledger();
    let busy_calls = calls.clone();
    emf_lines.extend(std::mem::take(
        &mut *sink.lock().unwrap_or_else(|e| e.into_inner()),
    ));
    let busy_logs = logs(|t| t.by_function.clone());

    // Empty ticks, measured over whole schedules: a quiet window group's eight ticks of one
    // day, and an hour of `immediate`'s (the ticks that sweep stale claims are among them).
    let mut empty = Invocations::default();
    let quiet_group = "Europe/Berlin 13:00-15:00";
    let mut quiet_day = until + Duration::days(60);
    let measure = |group: &'static str, ticks: usize, from: DateTime<Utc>| {
        let mut at = next_tick(group, from);
        let mut runs = Vec::new();
        for _ in 0..ticks {
            runs.push(at);
            at = next_tick(group, at + Duration::seconds(1));
        }
        runs
    };
    let window_runs = measure(quiet_group, 8, quiet_day);
    quiet_day = window_runs.last().copied().unwrap_or(quiet_day) + Duration::hours(1);
    let hour = quiet_day - Duration::seconds(quiet_day.timestamp().rem_euclid(3600));
    let immediate_runs = measure(
        aftercare::schedule::IMMEDIATE,
        12,
        hour + Duration::hours(1),
    );
    let logs_before_empty = logs(|t| t.by_function.clone());
    let mut kinds: Vec<(Ledger, f64, f64)> = Vec::new();
    for (group, runs) in [
        (quiet_group, window_runs),
        (aftercare::schedule::IMMEDIATE, immediate_runs),
    ] {
        let before = books.ledger();
        let mut these = Invocations::default();
        for t in &runs {
            clock.advance_to(*t);
            invoke(&books, &mut these, "dispatcher", async {
                aftercare_lambda::dispatcher(&dispatcher, &json!({ "window_group": group })).await
            })
            .await
            .expect("empty tick");
        }
        let ms: f64 = these.0.values().map(|(_, ms)| *ms as f64).sum();
        for (f, (n, m)) in these.0 {
            let e = empty.0.entry(f).or_default();
            e.0 += n;
            e.1 += m;
        }
        kinds.push((diff(&books.ledger(), &before), runs.len() as f64, ms));
    }
    let empty_usage = {
        let mut all = Ledger::new();
        for (ledger, _, _) in &kinds {
            for (k, u) in ledger {
                all.entry(k.clone()).or_default().add(u);
            }
        }
        all
    };
    let empty_log_bytes = {
        let now = logs(|t| t.by_function.clone());
        let b = |m: &BTreeMap<String, (u64, u64)>| m.get("dispatcher").map_or((0, 0), |v| *v);
        let (nb, nl) = b(&now);
        let (ob, ol) = b(&logs_before_empty);
        let runs: u64 = empty.0.values().map(|(n, _)| *n).sum();
        ((nb - ob) + (nl - ol) * LOG_EVENT_OVERHEAD) as f64 / runs.max(1) as f64
            + platform_log_bytes_per_invocation() as f64
    };

    // --- the tables ----------------------------------------------------------------------
    let mut out = String::new();
    let per_k = |x: f64| x / emails.max(1) as f64 * 1000.0;
    let w = &mut out;
    let sum = |f: &dyn Fn(&Usage) -> f64, ledger: &Ledger, service: Option<&str>| -> f64 {
        ledger
            .iter()
            .filter(|((_, s, _), _)| service.is_none_or(|x| x == s))
            .map(|(_, u)| f(u))
            .sum()
    };
    let wru = sum(&|u| u.wru, &busy, Some("DynamoDB"));
    let gsi_wru = sum(&|u| u.gsi_wru, &busy, Some("DynamoDB"));
    let rru = sum(&|u| u.rru, &busy, Some("DynamoDB"));
    let ses_recipients = sum(&|u| u.recipients as f64, &busy, Some("SESv2"));
    let ses_bytes = sum(&|u| u.mail_bytes as f64, &busy, Some("SESv2"));
    let eb_chunks = sum(&|u| u.chunks as f64, &busy, Some("EventBridge"));
    let secret_calls = busy
        .iter()
        .filter(|((_, s, _), _)| s == "Secrets Manager")
        .map(|(_, u)| u.requests as f64)
        .sum::<f64>();
    let gb_seconds: f64 = busy_calls
        .0
        .iter()
        .map(|(f, (_, ms))| {
            let mb = if f == "dispatcher" {
                DISPATCHER_MB
            } else {
                DEFAULT_MB
            };
            *ms as f64 / 1000.0 * mb / 1024.0
        })
        .sum();
    let invocations: f64 = busy_calls.0.values().map(|(n, _)| *n as f64).sum();
    let (log_bytes, log_lines) = busy_logs
        .values()
        .fold((0u64, 0u64), |(b, l), (bb, ll)| (b + bb, l + ll));
    let emf_bytes: u64 = emf_lines.iter().map(|l| l.len() as u64 + 1).sum();
    let emf_count = emf_lines.len() as u64;
    let log_total = log_bytes
        + emf_bytes
        + (log_lines + emf_count) * LOG_EVENT_OVERHEAD
        + invocations as u64 * platform_log_bytes_per_invocation();
    // Planner queue: EventBridge's SendMessage, and the mapping's receive and delete of each
    // batch (one message a batch at this volume). Bounces queue: the same, ten a batch at most.
    let sqs_requests =
        planner_messages as f64 * 3.0 + bounce_messages as f64 + bounce_batches as f64 * 2.0;

    let lines: Vec<(&str, f64, &str, f64)> = vec![
        (
            "DynamoDB write units (table)",
            wru,
            "WRU",
            price::DYNAMODB_WRU,
        ),
        (
            "DynamoDB write units (indexes)",
            gsi_wru,
            "WRU",
            price::DYNAMODB_WRU,
        ),
        ("DynamoDB read units", rru, "RRU", price::DYNAMODB_RRU),
        (
            "Lambda duration (arm64)",
            gb_seconds,
            "GB-s",
            price::LAMBDA_GB_SECOND_ARM,
        ),
        (
            "Lambda requests",
            invocations,
            "request",
            price::LAMBDA_REQUEST,
        ),
        (
            "EventBridge PutEvents",
            eb_chunks,
            "64 KB entry",
            price::EVENTBRIDGE_EVENT,
        ),
        ("SQS requests", sqs_requests, "request", price::SQS_REQUEST),
        (
            "API Gateway (webhook)",
            webhook_requests as f64,
            "request",
            price::HTTP_API_REQUEST,
        ),
        (
            "Secrets Manager calls",
            secret_calls,
            "call",
            price::SECRETS_CALL,
        ),
        (
            "CloudWatch Logs ingestion",
            log_total as f64 / 1e9,
            "GB",
            price::LOGS_GB,
        ),
        ("SES data", ses_bytes / 1e9, "GB", price::SES_DATA_GB),
    ];
    let _ = writeln!(
        w,
        "bench/cost: {orders} generated orders ({} events), {} simulated days, {emails} emails, \
         {} ticks run, {:.0} s on the emulator",
        events.len(),
        simulated_days,
        ticks_run.values().sum::<u64>(),
        began.elapsed().as_secs_f64()
    );
    let _ = writeln!(w, "\nper 1,000 emails");
    let _ = writeln!(
        w,
        "{:<34} {:>14} {:>12} {:>14} {:>12}",
        "line", "count", "unit", "unit price $", "$ / 1k emails"
    );
    let mut overhead = 0.0;
    for (name, count, unit, p) in &lines {
        let usd = per_k(count * p);
        overhead += usd;
        let _ = writeln!(
            w,
            "{name:<34} {count:>14.3} {unit:>12} {p:>14.3e} {usd:>12.6}"
        );
    }
    let ses = per_k(ses_recipients * price::SES_MESSAGE);
    // Durations on the emulator depend on its speed and the machine's load more than on the
    // code, so the total is also given without them.
    let duration_usd = per_k(gb_seconds * price::LAMBDA_GB_SECOND_ARM);
    let _ = writeln!(
        w,
        "{:<34} {:>14} {:>12} {:>14} {:>12.6}",
        "AWS overhead without Lambda duration",
        "",
        "",
        "",
        overhead - duration_usd
    );
    let _ = writeln!(
        w,
        "{:<34} {:>14} {:>12} {:>14} {:>12.6}",
        "AWS overhead total", "", "", "", overhead
    );
    let _ = writeln!(
        w,
        "{:<34} {:>14.0} {:>12} {:>14.3e} {:>12.6}   (overhead = {:.1} % of SES; goal ≤ 0.005)",
        "SES messages (for comparison)",
        ses_recipients,
        "message",
        price::SES_MESSAGE,
        ses,
        overhead / ses.max(f64::MIN_POSITIVE) * 100.0
    );

    // Fixed monthly, per deployed stack (one store here).
    let groups: Vec<&str> = aftercare_lambda::SCHEDULED_GROUPS
        .map(|g| g.to_vec())
        .unwrap_or_default();
    let scheduler = scheduler_invocations_per_month(&groups);
    let window_ticks: f64 = groups
        .iter()
        .filter(|g| **g != aftercare::schedule::IMMEDIATE)
        .map(|g| ticks_per_day(g))
        .sum::<f64>()
        * 30.0;
    let immediate_ticks = ticks_per_day(aftercare::schedule::IMMEDIATE) * 30.0;
    let empty_ticks = window_ticks + immediate_ticks;
    // Per tick of each kind, weighted by how many of each the schedule makes.
    let weighted = |f: &dyn Fn(&Usage) -> f64| {
        let per = |i: usize| sum(f, &kinds[i].0, None) / kinds[i].1.max(1.0);
        (window_ticks * per(0) + immediate_ticks * per(1)) / empty_ticks.max(1.0)
    };
    let per_empty = weighted;
    let empty_ms: f64 = (window_ticks * kinds[0].2 / kinds[0].1.max(1.0)
        + immediate_ticks * kinds[1].2 / kinds[1].1.max(1.0))
        / empty_ticks.max(1.0);
    let metrics = distinct_metrics(&emf_lines);
    let alarms = template_count("Type: AWS::CloudWatch::Alarm");
    let fixed: Vec<(String, f64, &str, f64)> = vec![
        (
            format!(
                "empty ticks: DynamoDB read units ({:.1} each)",
                per_empty(&|u| u.rru)
            ),
            empty_ticks * per_empty(&|u| u.rru),
            "RRU",
            price::DYNAMODB_RRU,
        ),
        (
            format!(
                "empty ticks: DynamoDB write units ({:.1} each)",
                per_empty(&|u| u.wru + u.gsi_wru)
            ),
            empty_ticks * per_empty(&|u| u.wru + u.gsi_wru),
            "WRU",
            price::DYNAMODB_WRU,
        ),
        (
            format!("empty ticks: Lambda duration ({empty_ms:.0} ms each)"),
            empty_ticks * empty_ms / 1000.0 * DISPATCHER_MB / 1024.0,
            "GB-s",
            price::LAMBDA_GB_SECOND_ARM,
        ),
        (
            "empty ticks: Lambda requests".to_string(),
            empty_ticks,
            "request",
            price::LAMBDA_REQUEST,
        ),
        (
            format!("empty ticks: logs ({empty_log_bytes:.0} bytes each)"),
            empty_ticks * empty_log_bytes / 1e9,
            "GB",
            price::LOGS_GB,
        ),
        (
            "Scheduler invocations".to_string(),
            scheduler,
            "invocation",
            price::SCHEDULER_INVOCATION,
        ),
        (
            "SQS idle polling (3 mappings)".to_string(),
            IDLE_POLLS_PER_QUEUE_MONTH * POLLED_QUEUES,
            "request",
            price::SQS_REQUEST,
        ),
        (
            format!(
                "custom metrics ({} distinct name × dimensions)",
                metrics.len()
            ),
            metrics.len() as f64,
            "metric-month",
            price::METRIC_MONTH,
        ),
        (
            "Secrets Manager secrets".to_string(),
            2.0,
            "secret-month",
            price::SECRET_MONTH,
        ),
        (
            "CloudWatch alarms".to_string(),
            alarms as f64,
            "alarm-month",
            price::ALARM_MONTH,
        ),
    ];
    let _ = writeln!(w, "\nfixed per month, per stack (one store)");
    let _ = writeln!(
        w,
        "{:<52} {:>12} {:>12} {:>12} {:>10}",
        "line", "count", "unit", "unit price $", "$ / month"
    );
    let mut fixed_total = 0.0;
    for (name, count, unit, p) in &fixed {
        let usd = count * p;
        fixed_total += usd;
        let _ = writeln!(
            w,
            "{name:<52} {count:>12.1} {unit:>12} {p:>12.3e} {usd:>10.4}"
        );
    }
    let _ = writeln!(
        w,
        "{:<52} {:>12} {:>12} {:>12} {:>10.4}",
        "fixed total", "", "", "", fixed_total
    );

    let _ = writeln!(
        w,
        "\nrequests by function and operation (whole run; the measured empty ticks apart)"
    );
    for ((f, s, o), u) in &busy {
        let _ = writeln!(
            w,
            "  {f:<11} {s:<16} {o:<20} {:>7} req  {:>9.1} RRU {:>9.1} WRU {:>9.1} index WRU {:>5} refused",
            u.requests, u.rru, u.wru, u.gsi_wru, u.refused
        );
    }
    for ((f, s, o), u) in &empty_usage {
        let _ = writeln!(
            w,
            "  20 empty ticks (8 of a window, 12 of immediate) {f:<11} {s:<16} {o:<20} {:>4} req  {:>6.1} RRU {:>6.1} WRU",
            u.requests,
            u.rru,
            u.wru + u.gsi_wru
        );
    }
    let _ = writeln!(w, "\ninvocations and billed ms by function");
    for (f, (n, ms)) in &busy_calls.0 {
        let (b, l) = busy_logs.get(f).copied().unwrap_or_default();
        let _ = writeln!(
            w,
            "  {f:<11} {n:>6} invocations {:>9} ms ({:.1} ms each), log {:>9} bytes in {:>6} lines",
            ms,
            *ms as f64 / (*n).max(1) as f64,
            b,
            l
        );
    }
    let _ = writeln!(
        w,
        "  EMF: {emf_count} lines, {emf_bytes} bytes; ticks run by group: {ticks_run:?}"
    );
    let _ = writeln!(w, "  distinct metrics: {metrics:?}");
    let _ = writeln!(
        w,
        "  Lambda's START/END/REPORT lines: {} (template's LambdaSystemLogLevel default {})",
        if platform_lines_billed() {
            format!("{PLATFORM_LOG_BYTES} bytes in {PLATFORM_LOG_LINES} events per invocation")
        } else {
            "none for successful invocations".to_string()
        },
        parameter_default("LambdaSystemLogLevel").unwrap_or_default()
    );
    let _ = writeln!(w, "\n{PRICE_SOURCES}");
    let _ = writeln!(
        w,
        "Durations are measured on the emulator (its latency stands in for DynamoDB's); the \
         meter's own reads are left out."
    );
    println!("{out}");
    if let Ok(path) = std::env::var("COST_REPORT") {
        std::fs::write(&path, &out).unwrap_or_else(|e| panic!("{path}: {e}"));
    }
    // The emulator keeps everything in memory: leave it as small as it was.
    let _best_effort = admin
        .dynamodb
        .delete_table()
        .table_name(&table)
        .send()
        .await;
    let _best_effort = admin.eventbridge.delete_event_bus().name(&bus).send().await;
    assert!(emails > 0, "the run sent no email");
}

/// `now` less `before`, per (function, service, operation).
fn diff(now: &Ledger, before: &Ledger) -> Ledger {
    let mut out = Ledger::new();
    for (k, u) in now {
        let b = before.get(k).cloned().unwrap_or_default();
        let d = Usage {
            requests: u.requests - b.requests,
            rru: u.rru - b.rru,
            wru: u.wru - b.wru,
            gsi_wru: u.gsi_wru - b.gsi_wru,
            refused: u.refused - b.refused,
            recipients: u.recipients - b.recipients,
            mail_bytes: u.mail_bytes - b.mail_bytes,
            entries: u.entries - b.entries,
            chunks: u.chunks - b.chunks,
        };
        if d.requests > 0 {
            out.insert(k.clone(), d);
        }
    }
    out
}

/// The custom metrics EMF lines create: each (namespace, metric name, dimension set with its
/// values) is one metric, billed per month.
fn distinct_metrics(lines: &[String]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in lines {
        let Ok(v) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        for directive in v["_aws"]["CloudWatchMetrics"]
            .as_array()
            .into_iter()
            .flatten()
        {
            let ns = directive["Namespace"].as_str().unwrap_or_default();
            for dims in directive["Dimensions"].as_array().into_iter().flatten() {
                let set: Vec<String> = dims
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|d| d.as_str())
                    .map(|d| format!("{d}={}", v[d].as_str().unwrap_or_default()))
                    .collect();
                for m in directive["Metrics"].as_array().into_iter().flatten() {
                    let name = m["Name"].as_str().unwrap_or_default();
                    out.insert(format!("{ns}/{name}[{}]", set.join(",")));
                }
            }
        }
    }
    out
}

// --- the template ------------------------------------------------------------------------

/// The SAM template's lines, read once; every figure this test takes from the template reads
/// them here.
fn template_lines() -> impl Iterator<Item = &'static str> {
    static TEXT: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        let path = format!("{}/../../template.yaml", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    });
    TEXT.lines()
}

/// Lines of the template that are exactly `needle` (after indentation).
fn template_count(needle: &str) -> usize {
    template_lines().filter(|l| l.trim() == needle).count()
}

/// The `Default` of a template parameter (`Parameters.<name>.Default`), unquoted.
fn parameter_default(name: &str) -> Option<String> {
    let mut lines = template_lines()
        .skip_while(|l| *l != "Parameters:")
        .skip(1)
        .take_while(|l| l.is_empty() || l.starts_with(' '));
    let header = format!("  {name}:");
    lines.find(|l| l.trim_end() == header)?;
    lines
        .take_while(|l| l.starts_with("    ") || l.trim().is_empty())
        .find_map(|l| l.trim().strip_prefix("Default:"))
        .map(|v| v.trim().trim_matches('"').trim_matches('\'').to_string())
}

/// Whether Lambda's own START/END/REPORT lines reach CloudWatch Logs at the template's default
/// `LambdaSystemLogLevel`: at INFO and DEBUG they do, at WARN a successful invocation has none.
fn platform_lines_billed() -> bool {
    let level = parameter_default("LambdaSystemLogLevel")
        .unwrap_or_else(|| panic!("template.yaml: no Parameters.LambdaSystemLogLevel.Default"));
    match level.as_str() {
        "INFO" | "DEBUG" => true,
        "WARN" => false,
        other => panic!("template.yaml: LambdaSystemLogLevel default {other:?}"),
    }
}

/// Billed bytes of Lambda's own lines per invocation (with their per-event overhead).
fn platform_log_bytes_per_invocation() -> u64 {
    if platform_lines_billed() {
        PLATFORM_LOG_BYTES + PLATFORM_LOG_LINES * LOG_EVENT_OVERHEAD
    } else {
        0
    }
}

#[test]
fn ticks_follow_the_schedule() {
    let t: DateTime<Utc> = "2026-11-03T19:07:00Z".parse().expect("a time");
    // Chicago is UTC-6 in November: 13:07 local → the 13:15 tick.
    assert_eq!(
        next_tick("America/Chicago 13:00-15:00", t),
        "2026-11-03T19:15:00Z"
            .parse::<DateTime<Utc>>()
            .expect("a time")
    );
    // After the window, the next day's first tick.
    let late: DateTime<Utc> = "2026-11-03T21:00:00Z".parse().expect("a time");
    assert_eq!(
        next_tick("America/Chicago 13:00-15:00", late),
        "2026-11-04T19:00:00Z"
            .parse::<DateTime<Utc>>()
            .expect("a time")
    );
    assert_eq!(
        next_tick("immediate", t),
        "2026-11-03T19:10:00Z"
            .parse::<DateTime<Utc>>()
            .expect("a time")
    );
    assert_eq!(ticks_per_day("America/Chicago 13:00-15:00"), 8.0);
    assert_eq!(ticks_per_day("immediate"), 288.0);
}

#[test]
fn the_configuration_set_publishes_what_the_bounce_handler_needs() {
    let published = published_ses_events();
    for needed in ["send", "bounce", "complaint"] {
        assert!(published.iter().any(|t| t == needed), "{published:?}");
    }
}

#[test]
fn the_platform_lines_follow_the_templates_system_log_level() {
    // The parameter exists with one of the levels Lambda accepts; removing or renaming it
    // fails here rather than silently billing (or not billing) Lambda's own lines.
    let level = parameter_default("LambdaSystemLogLevel").expect("LambdaSystemLogLevel default");
    assert!(
        ["WARN", "INFO", "DEBUG"].contains(&level.as_str()),
        "{level}"
    );
    assert_eq!(platform_lines_billed(), level != "WARN");
    assert_eq!(
        platform_log_bytes_per_invocation() > 0,
        platform_lines_billed()
    );
    // The reader finds other parameters' defaults too, and nothing for a missing one.
    assert_eq!(parameter_default("LogRetentionDays").as_deref(), Some("30"));
    assert_eq!(parameter_default("NoSuchParameter"), None);
}
