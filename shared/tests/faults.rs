//! The pipeline under injected faults (crashes at every step boundary, mailer timeouts and
//! throttling, duplicated / replayed / reordered / concurrent events, racing dispatchers, early
//! bounces) on the embedded store, with the promises checked here from the raw records: what the
//! mailer accepted, the outbox files, and every stored send, order and suppression.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use aftercare::adapters::local::{OutboxMailer, SqliteStore};
use aftercare::config::Config;
use aftercare::faults::{self, ChaosSpec, Fault, FaultyOrderStore};
use aftercare::order::{parse_event, OrderId, StoreId};
use aftercare::pipeline;
use aftercare::ports::{OrderStore, SendStore, Suppressions};
use aftercare::send::{Channel, Reason, SendId, SendStatus};

/// Orders in the CI run; `AFTERCARE_CHAOS_ORDERS` overrides it.
fn orders() -> usize {
    std::env::var("AFTERCARE_CHAOS_ORDERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000)
}

#[tokio::test]
async fn the_pipeline_keeps_its_promises_under_every_fault() {
    let config = Config::builtin();
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(SqliteStore::open(&dir.path().join("chaos.db")).unwrap());
    let outbox = Arc::new(OutboxMailer::new(&dir.path().join("outbox"), Vec::new()).unwrap());
    let spec = ChaosSpec::new(orders(), 42);
    let report = faults::run(
        &config,
        store.clone(),
        outbox.clone(),
        &spec,
        &mut |_, _| {},
    )
    .await
    .unwrap();
    eprintln!(
        "{}",
        serde_json::to_string_pretty(&report).unwrap_or_default()
    );

    // Every kind of fault really happened, many times.
    for fault in [
        Fault::CrashAfterClaim,
        Fault::CrashBeforeMark,
        Fault::CrashMidBatch,
        Fault::MailThrottled,
        Fault::MailTimeoutLost,
        Fault::MailTimeoutAccepted,
        Fault::EarlyBounce,
        Fault::DuplicateEvent,
        Fault::ReplayedEvent,
        Fault::ReorderedEvent,
        Fault::ConcurrentEvents,
        Fault::DuplicateMailEvent,
        Fault::ReplayedMailEvent,
        Fault::RacingDispatchers,
    ] {
        let n = report.faults.get(fault.as_str()).copied().unwrap_or(0);
        assert!(n >= 5, "{} injected only {n} times", fault.as_str());
    }
    assert!(report.released > 0 && report.in_doubt > 0 && report.expired > 0);
    // Crashed runs are retried as Lambda retries them; a crash is not a storage error.
    assert!(report.crashed_runs > 0 && report.lambda_retries > 0);
    assert!(report.lambda_retries <= report.crashed_runs);
    assert_eq!(report.dispatch_errors, 0, "no storage fault was injected");
    assert!(report.duplicate_events_ignored > 0 && report.notices > 0);

    // Never twice: the mailer's log, per (order, campaign) = per send id.
    let mut mailed: HashMap<&SendId, usize> = HashMap::new();
    for r in &report.records {
        *mailed.entry(&r.send_id).or_default() += 1;
    }
    let twice: Vec<_> = mailed.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "mailed more than once: {twice:?}");
    let files = std::fs::read_dir(outbox.dir()).unwrap().count();
    assert_eq!(files, mailed.len(), "one outbox file per email");
    assert!(
        mailed.len() > orders(),
        "the run mailed plenty ({})",
        mailed.len()
    );

    assert_eq!(report.invariants.duplicate_review_requests, 0);
    assert!(
        sends_through_amazon(&report) > 0,
        "the run asked Amazon for review requests"
    );
    // Every send finished; every email is a sent send and every sent send was mailed once.
    let sends = store.all_sends(None).unwrap();
    assert_eq!(sends.len(), report.sends);
    let mut lost = Vec::new();
    for s in &sends {
        let n = mailed.get(&s.id).copied().unwrap_or(0);
        match s.status {
            SendStatus::Pending | SendStatus::Claimed => panic!("{} left {}", s.id, s.status),
            // Amazon sends its own review request: nothing goes through the mailer for it.
            SendStatus::Sent if s.channel == Channel::Solicitation => {
                assert_eq!(
                    n, 0,
                    "{} went through Amazon but was mailed {n} times",
                    s.id
                )
            }
            SendStatus::Sent => assert_eq!(n, 1, "{} is sent but was mailed {n} times", s.id),
            SendStatus::Failed => {
                assert_eq!(n, 0, "{} was mailed but is recorded failed", s.id);
                assert_eq!(s.reason, Some(Reason::OutcomeUnknown), "{}", s.id);
                lost.push(s.id.clone());
            }
            _ => assert_eq!(n, 0, "{} was mailed but is {}", s.id, s.status),
        }
    }
    // Each lost send is accounted for: a crash or timeout was injected on that very send.
    let ambiguous: usize = [
        Fault::CrashAfterClaim,
        Fault::CrashBeforeMark,
        Fault::MailTimeoutLost,
        Fault::MailTimeoutAccepted,
    ]
    .iter()
    .map(|f| report.faults.get(f.as_str()).copied().unwrap_or(0))
    .sum();
    assert!(!lost.is_empty(), "crashes after a claim lose their send");
    assert!(lost.len() <= ambiguous, "{} lost > {ambiguous}", lost.len());
    let attributed: BTreeMap<&SendId, &Vec<Fault>> =
        report.lost.iter().map(|(id, f)| (id, f)).collect();
    for id in &lost {
        let on = attributed
            .get(id)
            .unwrap_or_else(|| panic!("{id} lost silently"));
        assert!(
            on.iter().any(|f| f.is_ambiguous()),
            "{id} lost with no crash or timeout on it: {on:?}"
        );
    }

    // Never to a suppressed buyer: no email after the buyer's suppression was recorded, and
    // none on the blacklist (the mailer checked both live, at the moment it accepted).
    let mut suppressed_after = 0;
    for r in &report.records {
        assert!(
            r.suppressed.is_none(),
            "{} mailed a suppressed buyer",
            r.send_id
        );
        if let Some(s) = store.suppression(&r.to).await.unwrap() {
            if r.at > s.at {
                suppressed_after += 1;
            }
        }
    }
    assert_eq!(suppressed_after, 0, "emails after a buyer's suppression");
    assert!(report.newly_suppressed > 0 && report.cancelled_by_opt_out > 0);

    // Never outside the window, in the buyer's zone as the stored order says.
    let orders: HashMap<OrderId, _> = store
        .all_orders(None)
        .unwrap()
        .into_iter()
        .map(|o| (o.order_id.clone(), o))
        .collect();
    let by_id: HashMap<&SendId, _> = sends.iter().map(|s| (&s.id, s)).collect();
    let mut windowed = 0;
    for r in &report.records {
        let send = by_id[&r.send_id];
        let store_cfg = config.store(&send.store_id).unwrap();
        let Some(window) = config
            .campaign(&send.campaign)
            .and_then(|c| c.window_for(store_cfg))
        else {
            continue;
        };
        let zone = window.zone_for(pipeline::buyer_zone(&orders[&send.order_id]));
        let local = r.at.with_timezone(&zone).time();
        let inside = if window.start < window.end {
            local >= window.start && local < window.end
        } else {
            local >= window.start || local < window.end
        };
        assert!(
            inside,
            "{} handed over at {local} local, outside {window}",
            r.send_id
        );
        windowed += 1;
    }
    assert!(windowed > 0);
    assert!(
        report.invariants.hold(),
        "the run's own check disagrees: {:?}",
        report.invariants
    );
}

/// Two events of one order merged at once: without the version check one merge is lost.
#[tokio::test]
async fn concurrent_events_for_one_order_both_land() {
    let config = Config::builtin();
    let store: Arc<SqliteStore> = Arc::new(SqliteStore::in_memory().unwrap());
    let racing = FaultyOrderStore::new(store.clone());
    let bus = aftercare::adapters::local::MemoryBus::default();
    let event = |id: &str, kind: &str, at: &str| {
        parse_event(&format!(
            r#"{{"store_id":"default","event_id":"{id}","type":"{kind}","occurred_at":"{at}",
                "order":{{"order_id":"113-0000001-0000001","marketplace":"US","purchase_date":"2026-11-01T02:00:00Z",
                "buyer":{{"email":"b@marketplace.amazon.com"}}}}}}"#
        ))
        .unwrap()
    };
    let ordered = event("e-1", "ordered", "2026-11-01T02:00:00Z");
    pipeline::ingest(&config, store.as_ref(), &bus, &ordered)
        .await
        .unwrap();
    let shipped = event("e-2", "shipped", "2026-11-02T02:00:00Z");
    let delivered = event("e-3", "delivered", "2026-11-04T02:00:00Z");
    let (a, b) = tokio::join!(
        pipeline::ingest(&config, &racing, &bus, &shipped),
        pipeline::ingest(&config, &racing, &bus, &delivered)
    );
    assert_eq!(
        (a.unwrap(), b.unwrap()),
        (pipeline::Ingested::Stored, pipeline::Ingested::Stored)
    );
    let order = store
        .get_order(
            &StoreId::parse("default").unwrap(),
            &OrderId::parse("113-0000001-0000001").unwrap(),
        )
        .await
        .unwrap()
        .unwrap();
    assert!(
        order.shipped_at.is_some() && order.delivered_at.is_some(),
        "a concurrent merge was lost: {order:?}"
    );
    assert_eq!(order.version, 3, "three writes, one after another");
    assert!(store
        .sends_for_order(&order.store_id, &order.order_id)
        .await
        .unwrap()
        .is_empty());
}

fn sends_through_amazon(report: &aftercare::faults::ChaosReport) -> usize {
    report
        .final_sends
        .iter()
        .filter(|s| s.channel == Channel::Solicitation && s.status == SendStatus::Sent)
        .count()
}
