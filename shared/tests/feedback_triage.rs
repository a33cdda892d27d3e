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
    assert!(pending(&before) >= 2, "the order has pending sends: {before:#?}");

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
    assert!(report.created.is_empty(), "a negative feedback schedules nothing");
    assert_eq!(report.cancelled.len(), pending(&before));
    assert!(report
        .cancelled
        .iter()
        .all(|(_, r)| *r == Reason::NegativeFeedback));
}
