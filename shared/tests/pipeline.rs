//! The pipeline's promises, checked over whole simulated runs of generated orders:
//! never twice, never to an opted-out buyer, never outside the window.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex};

use aftercare::adapters::local::SqliteStore;
use aftercare::config::Config;
use aftercare::demo::{self, DemoSpec};
use aftercare::order::StoreId;
use aftercare::pipeline::{self, Dispatcher};
use aftercare::ports::{MailError, Mailer, OutgoingEmail, SimClock};
use aftercare::send::{Channel, Reason, SendStatus};
use aftercare::simulate::{self, SimOptions};
use async_trait::async_trait;
use chrono::{DateTime, NaiveTime, Utc};

fn spec(orders: usize, seed: u64) -> DemoSpec {
    DemoSpec {
        orders,
        start: "2026-02-20T00:00:00Z".parse().unwrap(),
        seed,
        store_id: StoreId::parse("default").unwrap(),
    }
}

#[tokio::test]
async fn opted_out_buyers_get_at_most_the_one_email_that_bounced_and_windows_hold() {
    let config = Config::builtin();
    // Spans the US spring-forward weekend (2026-03-08).
    let (events, opted_out) =
        demo::generate_with_bounces(&spec(600, 11), demo::STALE_LIST_BOUNCING_BUYERS_PER_MILLE);
    let dir = tempfile::tempdir().unwrap();
    let opts = SimOptions {
        db_path: dir.path().join("a.db"),
        outbox: dir.path().join("outbox"),
        opted_out: opted_out.clone(),
        until: "2026-06-30T00:00:00Z".parse().unwrap(),
    };
    let report = simulate::run(&config, events, &opts, &mut |_, _| {})
        .await
        .unwrap();
    let opted: BTreeSet<&str> = opted_out.iter().map(String::as_str).collect();
    let mut sent_to: BTreeMap<&str, Vec<DateTime<Utc>>> = BTreeMap::new();
    for s in report
        .sends
        .iter()
        .filter(|s| s.status == SendStatus::Sent && !s.test)
    {
        sent_to
            .entry(s.buyer_key.as_deref().unwrap())
            .or_default()
            .push(s.send_at);
    }
    let mut bounced_buyers = 0;
    for buyer in &opted {
        let Some(times) = sent_to.get(buyer) else {
            continue;
        };
        assert_eq!(
            times.len(),
            1,
            "opted-out buyer mailed {} times",
            times.len()
        );
        bounced_buyers += 1;
    }
    assert!(
        bounced_buyers > 20,
        "the run exercised opt-outs ({bounced_buyers})"
    );
    assert_eq!(report.bounces.newly_suppressed, bounced_buyers);
    assert!(report
        .sends
        .iter()
        .any(|s| s.reason == Some(Reason::OptedOut) && s.status == SendStatus::Cancelled));

    // Windows: every windowed send leaves 13:00–15:00 buyer-local, DST weekend included.
    let (start, end) = (
        NaiveTime::from_hms_opt(13, 0, 0).unwrap(),
        NaiveTime::from_hms_opt(15, 0, 0).unwrap(),
    );
    let mut per_order_day = BTreeSet::new();
    let mut per_buyer_day = BTreeSet::new();
    for s in report.sends.iter().filter(|s| s.status == SendStatus::Sent) {
        if s.window_group != "immediate" {
            let local = s.send_at.with_timezone(&s.buyer_zone).time();
            assert!(
                local >= start && local < end,
                "{} left at {local} local",
                s.id
            );
        }
        let day = s.send_at.with_timezone(&s.buyer_zone).date_naive();
        assert!(
            per_order_day.insert((s.order_id.clone(), day)),
            "two emails for {} on {day}",
            s.order_id
        );
        if let (false, Some(buyer)) = (s.test, &s.buyer_key) {
            assert!(
                per_buyer_day.insert((buyer.clone(), day)),
                "two emails to one buyer on {day} ({})",
                s.id
            );
        }
    }
    // Every email written to the outbox belongs to exactly one sent email send, and every
    // review request Amazon accepted to exactly one sent solicitation.
    let outbox = dir.path().join("outbox");
    let emails = std::fs::read_dir(&outbox)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "eml")
        })
        .count();
    let sent = |channel: Channel| {
        report
            .sends
            .iter()
            .filter(|s| s.status == SendStatus::Sent && s.channel == channel)
            .count()
    };
    assert_eq!(emails, sent(Channel::Email));
    let solicited = std::fs::read_to_string(outbox.join("solicitations.jsonl")).unwrap_or_default();
    let solicited: BTreeSet<&str> = solicited.lines().collect();
    assert_eq!(solicited.len(), sent(Channel::Solicitation));
    assert!(
        !solicited.is_empty(),
        "the run requested reviews through Amazon"
    );
}

/// Records every email handed to it.
#[derive(Default)]
struct CountingMailer(Mutex<Vec<String>>);

#[async_trait]
impl Mailer for CountingMailer {
    async fn send(&self, email: &OutgoingEmail) -> Result<String, MailError> {
        tokio::task::yield_now().await;
        let mut sent = self.0.lock().unwrap();
        sent.push(email.send_id.to_string());
        Ok(format!("m-{}", sent.len()))
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_dispatchers_racing_on_one_database_never_mail_twice() {
    let config = Arc::new(Config::builtin());
    let (events, _) = demo::generate(&spec(150, 3));
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("race.db");
    let store = SqliteStore::open(&db).unwrap();
    let bus = aftercare::adapters::local::MemoryBus::default();
    for e in &events {
        pipeline::ingest(&config, &store, &bus, e).await.unwrap();
    }
    let late: DateTime<Utc> = "2026-06-30T00:00:00Z".parse().unwrap();
    for changed in bus.drain() {
        pipeline::plan_order(
            &config,
            &store,
            &store,
            &store,
            &changed.store_id,
            &changed.order_id,
            events[0].occurred_at,
        )
        .await
        .unwrap();
    }
    let due_times: BTreeSet<DateTime<Utc>> = store
        .all_sends(None)
        .unwrap()
        .iter()
        .filter(|s| s.status == SendStatus::Pending)
        .map(|s| s.send_at)
        .collect();
    assert!(due_times.len() > 100);
    let mailer = Arc::new(CountingMailer::default());
    // Each dispatcher has its own connection, like separate Lambda invocations; at every due
    // time (inside the sends' windows), then once late, three of them run at once.
    let clock = Arc::new(SimClock::new(events[0].occurred_at));
    let mut raced = 0;
    for t in due_times.iter().copied().chain([late]) {
        clock.advance_to(t);
        let mut tasks = Vec::new();
        for _ in 0..3 {
            let (config, mailer, db, clock) =
                (config.clone(), mailer.clone(), db.clone(), clock.clone());
            tasks.push(tokio::spawn(async move {
                let store = SqliteStore::open(&db).unwrap();
                let d = Dispatcher {
                    config: &config,
                    orders: &store,
                    sends: &store,
                    suppressions: &store,
                    mailer: mailer.as_ref(),
                    clock: clock.as_ref(),
                    solicitations: None,
                };
                d.run(None, 10_000).await.unwrap()
            }));
        }
        for task in tasks {
            let r = task.await.unwrap();
            assert!(r.errors.is_empty(), "{:?}", r.errors);
            raced += r.raced;
        }
    }
    let sent = mailer.0.lock().unwrap().clone();
    let unique: BTreeSet<&String> = sent.iter().collect();
    assert_eq!(
        unique.len(),
        sent.len(),
        "an email was handed to the mailer twice"
    );
    assert!(sent.len() > 100, "the dispatchers mailed ({})", sent.len());
    assert!(raced > 0, "the dispatchers really raced");
    let stored_sent = store
        .all_sends(None)
        .unwrap()
        .iter()
        .filter(|s| s.status == SendStatus::Sent)
        .count();
    assert_eq!(stored_sent, sent.len());
}

#[tokio::test]
async fn replaying_every_event_twice_changes_nothing() {
    let config = Config::builtin();
    let (events, _) = demo::generate(&spec(200, 5));
    let dir = tempfile::tempdir().unwrap();
    let run = |events: Vec<_>, name: &str| {
        let opts = SimOptions {
            db_path: dir.path().join(format!("{name}.db")),
            outbox: dir.path().join(name),
            opted_out: Vec::new(),
            until: "2026-06-30T00:00:00Z".parse().unwrap(),
        };
        let config = &config;
        async move {
            simulate::run(config, events, &opts, &mut |_, _| {})
                .await
                .unwrap()
        }
    };
    let once = run(events.clone(), "once").await;
    let mut doubled = events.clone();
    doubled.extend(events.iter().rev().cloned());
    let twice = run(doubled, "twice").await;
    assert_eq!(twice.duplicate_events, events.len());
    let key = |r: &simulate::SimReport| {
        r.sends
            .iter()
            .map(|s| (s.id.clone(), s.status, s.send_at))
            .collect::<Vec<_>>()
    };
    assert_eq!(key(&once), key(&twice));
}

/// Two orders of one buyer due in the same tick, dispatched by two racing dispatchers: the
/// buyer gets one email that buyer-local day, the other send waits for the next day's window
/// and goes then.
#[tokio::test]
async fn a_buyer_gets_at_most_one_email_per_local_day_across_orders() {
    use aftercare::adapters::contract::sample_send;
    use aftercare::ports::SendStore;

    let config = Config::builtin();
    let store = SqliteStore::in_memory().unwrap();
    let bus = aftercare::adapters::local::MemoryBus::default();
    let buyer = "repeat@marketplace.amazon.com";
    let orders = ["111-0000001-0000001", "111-0000002-0000002"];
    for (i, order) in orders.iter().enumerate() {
        let event = aftercare::order::parse_event(&format!(
            r#"{{"store_id":"default","event_id":"e-{i}","type":"ordered","occurred_at":"2026-11-05T02:00:00Z",
                "order":{{"order_id":"{order}","marketplace":"US","purchase_date":"2026-11-05T02:00:00Z",
                "buyer":{{"email":"{buyer}","name":"R Buyer"}}}}}}"#
        ))
        .unwrap();
        pipeline::ingest(&config, &store, &bus, &event)
            .await
            .unwrap();
    }
    // 13:00 in Chicago: inside both sends' window.
    let at: DateTime<Utc> = "2026-11-10T19:00:00Z".parse().unwrap();
    let sends: Vec<_> = orders
        .iter()
        .map(|o| sample_send("default", o, "follow-up", Some(buyer), at))
        .collect();
    assert_eq!(store.insert_new(&sends).await.unwrap(), 2);
    let mailer = CountingMailer::default();
    let clock = SimClock::new(at);
    let dispatcher = || Dispatcher {
        config: &config,
        orders: &store,
        sends: &store,
        suppressions: &store,
        mailer: &mailer,
        clock: &clock,
        solicitations: None,
    };
    let (a, b) = (dispatcher(), dispatcher());
    let (x, y) = tokio::join!(a.run(None, 10), b.run(None, 10));
    let (x, y) = (x.unwrap(), y.unwrap());
    assert_eq!(x.sent.len() + y.sent.len(), 1, "one email that day");
    // Both dispatchers may meet the other send (one re-claims it after the other released it).
    let deferred: BTreeSet<_> = x.deferred.iter().chain(&y.deferred).cloned().collect();
    let deferred: Vec<_> = deferred.into_iter().collect();
    assert_eq!(
        deferred.len(),
        1,
        "the other send is deferred: {deferred:?}"
    );
    let next_window: DateTime<Utc> = "2026-11-11T19:00:00Z".parse().unwrap();
    assert_eq!(deferred[0].1, next_window, "to the next day's window");
    let later = store.get_send(&deferred[0].0).await.unwrap().unwrap();
    assert_eq!(
        (later.status, later.send_at),
        (SendStatus::Pending, next_window)
    );

    // Later that day nothing more goes; the next day the deferred send goes.
    clock.advance_to(at + chrono::Duration::minutes(30));
    assert!(dispatcher().run(None, 10).await.unwrap().sent.is_empty());
    clock.advance_to(next_window);
    let r = dispatcher().run(None, 10).await.unwrap();
    assert_eq!(r.sent, vec![deferred[0].0.clone()]);
    assert_eq!(mailer.0.lock().unwrap().len(), 2);
}
