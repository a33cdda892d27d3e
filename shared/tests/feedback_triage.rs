//! Negative feedback through the pipeline: the triage is stored with the order, the planner
//! reports it, and every pending send for the order stops.

use aftercare::adapters::local::{MemoryBus, SqliteStore};
use aftercare::config::Config;
use aftercare::order::{parse_event, OrderId, StoreId};
use aftercare::pipeline;
use aftercare::ports::{OrderStore, SendStore};
use aftercare::send::{Reason, SendStatus};
use aftercare::triage::{Ground, NextStep};
use chrono::{DateTime, Utc};

const ORDER: &str = "113-5550001-0000001";

fn event(id: &str, kind: &str, at: &str, extra: &str) -> String {
    format!(
        r#"{{"store_id":"default","event_id":"{id}","type":"{kind}","occurred_at":"{at}",
            "order":{{"order_id":"{ORDER}","marketplace":"US","fulfillment":"FBM",
                      "purchase_date":"2026-11-01T02:00:00Z",
                      "buyer":{{"email":"b1@marketplace.amazon.com"}},
                      "ship_to":{{"postal_code":"10001","state":"NY","country":"US"}},
                      "items":[{{"asin":"B0DEMOLAMP","title":"Desk lamp","quantity":1}}]}}{extra}}}"#
    )
    .replace('\n', " ")
}

async fn ingest_and_plan(
    config: &Config,
    db: &SqliteStore,
    line: &str,
    now: DateTime<Utc>,
) -> pipeline::PlanReport {
    let bus = MemoryBus::default();
    let e = parse_event(line).unwrap();
    pipeline::ingest(config, db, &bus, &e).await.unwrap();
    pipeline::plan_order(config, db, db, db, &e.store_id, &e.order.order_id, now)
        .await
        .unwrap()
}

#[tokio::test]
async fn negative_feedback_is_triaged_stored_and_stops_every_pending_send() {
    let config = Config::builtin();
    let db = SqliteStore::in_memory().unwrap();
    let t = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
    for (id, kind, at) in [
        ("e1", "ordered", "2026-11-01T02:00:00Z"),
        ("e2", "shipped", "2026-11-02T02:00:00Z"),
        ("e3", "delivered", "2026-11-04T02:00:00Z"),
    ] {
        let report = ingest_and_plan(&config, &db, &event(id, kind, at, ""), t(at)).await;
        assert!(report.triage.is_none(), "no feedback yet");
    }
    let store = StoreId::parse("default").unwrap();
    let order = OrderId::parse(ORDER).unwrap();
    let pending = |sends: &[aftercare::send::Send]| {
        sends
            .iter()
            .filter(|s| s.status == SendStatus::Pending)
            .count()
    };
    let before = db.sends_for_order(&store, &order).await.unwrap();
    assert!(
        pending(&before) >= 2,
        "the order has pending sends: {before:#?}"
    );

    let feedback = event(
        "e4",
        "feedback",
        "2026-11-05T10:00:00Z",
        r#","feedback":{"rating":1,"comment":"The lamp flickers and the switch broke after a day.","arrived_on_time":true,"item_as_described":false,"good_service":true}"#,
    );
    let report = ingest_and_plan(&config, &db, &feedback, t("2026-11-05T10:00:00Z")).await;

    let stored = db.get_order(&store, &order).await.unwrap().unwrap();
    let triage = stored.triage.expect("the triage is stored with the order");
    assert_eq!(triage.grounds(), vec![Ground::ProductReview]);
    assert_eq!(triage.next_step, NextStep::RequestRemoval);
    assert_eq!(report.triage.as_ref(), Some(&triage));

    let after = db.sends_for_order(&store, &order).await.unwrap();
    assert_eq!(pending(&after), 0, "{after:#?}");
    assert!(
        report.created.is_empty(),
        "a negative feedback schedules nothing"
    );
    assert_eq!(report.cancelled.len(), pending(&before));
    assert!(report
        .cancelled
        .iter()
        .all(|(_, r)| *r == Reason::NegativeFeedback));
}

const RECOVERY_STORE: &str = r#"
[[store]]
id = "default"
name = "Demo"
marketplace = "US"
sender = "Demo <care@demo.example>"
test_address = "qa@demo.example"

[[campaign]]
name = "follow-up"
kind = "follow_up"

[[campaign]]
name = "review-request"
kind = "review_request"
delay_days = 7
"#;

fn config_with(extra: &str) -> Result<Config, aftercare::config::ConfigError> {
    Config::from_toml(
        "t.toml",
        &format!("{RECOVERY_STORE}{extra}"),
        None,
        aftercare::template::TemplateSet::builtin(),
    )
}

#[tokio::test]
async fn with_service_recovery_enabled_a_negative_feedback_schedules_only_that() {
    let config =
        config_with("\n[[campaign]]\nname = \"make-it-right\"\nkind = \"service_recovery\"\n")
            .unwrap();
    let recovery = config.campaign("make-it-right").unwrap();
    assert_eq!(
        recovery.filters.rating,
        Some([1, 2]),
        "negative feedback only, by default"
    );
    let t = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
    let run = |rating: u8| {
        let config = config.clone();
        async move {
            let db = SqliteStore::in_memory().unwrap();
            for (id, kind, at) in [
                ("e1", "ordered", "2026-11-01T02:00:00Z"),
                ("e2", "shipped", "2026-11-02T02:00:00Z"),
            ] {
                ingest_and_plan(&config, &db, &event(id, kind, at, ""), t(at)).await;
            }
            let fb = format!(r#","feedback":{{"rating":{rating},"comment":"Arrived late."}}"#);
            let report = ingest_and_plan(
                &config,
                &db,
                &event("e3", "feedback", "2026-11-05T10:00:00Z", &fb),
                t("2026-11-05T10:00:00Z"),
            )
            .await;
            let store = StoreId::parse("default").unwrap();
            let order = OrderId::parse(ORDER).unwrap();
            let sends = db.sends_for_order(&store, &order).await.unwrap();
            (report, sends)
        }
    };
    let (report, sends) = run(1).await;
    let pending: Vec<&str> = sends
        .iter()
        .filter(|s| s.status == SendStatus::Pending)
        .map(|s| s.campaign.as_str())
        .collect();
    assert_eq!(pending, ["make-it-right"], "{sends:#?}");
    assert_eq!(report.created.len(), 1);
    assert!(report.created[0].send_at > t("2026-11-05T10:00:00Z"));
    // A happy buyer gets no service follow-up.
    let (_, sends) = run(5).await;
    assert!(
        sends.iter().all(|s| s.campaign != "make-it-right"),
        "{sends:#?}"
    );
}

#[test]
fn a_service_recovery_campaign_answers_negative_feedback_only() {
    let err = config_with(
        "\n[[campaign]]\nname = \"r\"\nkind = \"service_recovery\"\nfilters = { rating = [1, 5] }\n",
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("1–3★ feedback only"), "{err}");
    let err = config_with(
        "\n[[campaign]]\nname = \"r\"\nkind = \"service_recovery\"\ntrigger = \"delivered\"\n",
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("trigger must be `feedback`"), "{err}");
    // Without it, nothing is scheduled after negative feedback (the default config has none).
    assert!(Config::builtin()
        .campaigns
        .iter()
        .all(|c| c.kind != aftercare::CampaignKind::ServiceRecovery));
}
