//! Buyer emails and names never reach the logs: the logs of a whole simulated run (generated
//! orders, relay bounces, opt-outs, a complaint, an Amazon opt-out notice, the circuit breaker
//! tripping and a resume), captured at debug level, are scanned for every buyer address (and its
//! local part) and every buyer name the run used.

use std::collections::BTreeSet;
use std::io::Write;
use std::sync::{Arc, Mutex};

use aftercare::adapters::local::SqliteStore;
use aftercare::breaker;
use aftercare::config::Config;
use aftercare::demo::{self, DemoSpec};
use aftercare::handlers;
use aftercare::order::StoreId;
use aftercare::simulate::{self, SimOptions};
use aftercare::template::TemplateSet;
use chrono::{DateTime, Utc};
use tracing_subscriber::fmt::MakeWriter;

/// Everything the subscriber writes, in memory.
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

impl<'a> MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

impl Captured {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

/// A JSON subscriber at debug level for the library, as the Lambdas log (plus debug).
fn subscriber(out: &Captured) -> impl tracing::Subscriber + Send + Sync {
    tracing_subscriber::fmt()
        .json()
        .with_max_level(tracing::Level::DEBUG)
        .with_writer(out.clone())
        .finish()
}

/// Each needle found in the logs, with one line that holds it.
fn leaks(logs: &str, needles: &BTreeSet<String>) -> Vec<(String, String)> {
    let lower = logs.to_lowercase();
    needles
        .iter()
        .filter_map(|n| {
            let at = lower.find(&n.to_lowercase())?;
            let line_start = lower[..at].rfind('\n').map_or(0, |i| i + 1);
            let line_end = lower[at..].find('\n').map_or(lower.len(), |i| at + i);
            Some((n.clone(), logs[line_start..line_end].to_string()))
        })
        .collect()
}

fn t(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

#[test]
fn the_scan_catches_a_leak() {
    let out = Captured::default();
    let needles: BTreeSet<String> = ["jane.doe@marketplace.amazon.com", "Jane Doe"]
        .into_iter()
        .map(String::from)
        .collect();
    tracing::subscriber::with_default(subscriber(&out), || {
        tracing::info!(send = "s/1/f", "sent");
    });
    assert!(leaks(&out.text(), &needles).is_empty());
    tracing::subscriber::with_default(subscriber(&out), || {
        tracing::debug!(to = "JANE.DOE@marketplace.amazon.com", "sent");
        tracing::warn!("greeting {}", "Jane Doe");
    });
    let found = leaks(&out.text(), &needles);
    assert_eq!(found.len(), 2, "{found:?}");
}

#[tokio::test(flavor = "current_thread")]
async fn a_full_simulated_run_logs_no_buyer_address_or_name() {
    let out = Captured::default();
    let _guard = tracing::subscriber::set_default(subscriber(&out));

    let config = Config::from_toml(
        "test:aftercare.toml",
        &format!(
            "{}\n[breaker]\nmin_sends = 20\n",
            include_str!("../defaults/aftercare.toml")
        ),
        None,
        TemplateSet::builtin(),
    )
    .unwrap();
    let store_id = StoreId::parse("default").unwrap();
    let (events, opted_out) = demo::generate_with_bounces(
        &DemoSpec {
            orders: 500,
            start: t("2026-02-20T00:00:00Z"),
            seed: 21,
            store_id: store_id.clone(),
        },
        demo::STALE_LIST_BOUNCING_BUYERS_PER_MILLE,
    );
    let mut needles: BTreeSet<String> = BTreeSet::new();
    for e in &events {
        let Some(buyer) = &e.order.buyer else {
            continue;
        };
        if let Some(email) = &buyer.email {
            needles.insert(email.as_str().to_string());
            needles.insert(email.as_str().split('@').next().unwrap().to_string());
        }
        if let Some(name) = buyer.name.as_deref().filter(|n| !n.trim().is_empty()) {
            needles.insert(name.to_string());
        }
    }
    assert!(needles.len() > 300, "the run has buyers: {}", needles.len());
    let first_buyer = events
        .iter()
        .find_map(|e| e.order.buyer.as_ref()?.email.clone())
        .unwrap();
    let first_order = events[0].order.order_id.clone();

    let dir = tempfile::tempdir().unwrap();
    let opts = SimOptions {
        db_path: dir.path().join("a.db"),
        outbox: dir.path().join("outbox"),
        opted_out,
        until: t("2026-04-20T00:00:00Z"),
    };
    let report = simulate::run(&config, events, &opts, &mut |_, _| {})
        .await
        .unwrap();
    assert!(report.bounces.bounced > 0, "the run has bounces");
    let store = SqliteStore::open(&opts.db_path).unwrap();

    // A complaint and an Amazon opt-out notice naming a known order and the buyer's address.
    let complaint = serde_json::json!({
        "source": "aws.ses", "detail-type": "Email Complaint Received",
        "detail": {
            "eventType": "Complaint",
            "complaint": { "complainedRecipients": [{ "emailAddress": first_buyer.as_str() }],
                           "timestamp": "2026-04-20T00:00:00Z", "feedbackId": "f-1" },
            "mail": { "timestamp": "2026-04-19T20:00:00Z", "messageId": "m-1",
                      "source": "care@demo-store.example", "destination": [first_buyer.as_str()],
                      "tags": { "store_id": ["default"], "order_id": [first_order.as_str()], "campaign": ["follow-up"] } }
        }
    });
    handlers::bounces_with_breaker(
        &config,
        &store,
        &store,
        &store,
        &store,
        &complaint.to_string(),
        t("2026-04-20T00:00:00Z"),
    )
    .await
    .unwrap();
    let notice = serde_json::json!({
        "Records": [{ "EventSource": "aws:sns", "Sns": { "Type": "Notification", "Message": serde_json::json!({
            "notificationType": "Received",
            "mail": { "messageId": "n-1", "source": "no-reply@amazon.com", "destination": ["optouts@demo-store.example"] },
            "content": format!(
                "From: Amazon <no-reply@amazon.com>\r\nTo: optouts@demo-store.example\r\nSubject: Buyer opt-out\r\n\r\n\
                 The buyer {} has opted out of receiving unsolicited messages for order {}.\r\n",
                first_buyer.as_str(), first_order
            )
        }).to_string() } }]
    });
    let (noticed, _) = handlers::bounces_with_breaker(
        &config,
        &store,
        &store,
        &store,
        &store,
        &notice.to_string(),
        t("2026-04-20T00:00:00Z"),
    )
    .await
    .unwrap();
    assert_eq!(noticed.opted_out, 1, "the notice was read: {noticed:?}");
    breaker::resume(&config, &store, &store_id, t("2026-04-20T00:00:00Z"))
        .await
        .unwrap();

    let logs = out.text();
    assert!(
        logs.lines().count() > 1000,
        "the run was logged: {} lines",
        logs.lines().count()
    );
    assert!(
        logs.contains("circuit breaker"),
        "the breaker's decisions are in the scanned logs"
    );
    let found = leaks(&logs, &needles);
    assert!(
        found.is_empty(),
        "{} buyer addresses or names in the logs, e.g. {:?}",
        found.len(),
        found.iter().take(5).collect::<Vec<_>>()
    );
}
