//! The fault-injection run of `tests/faults.rs` on the AWS adapters (DynamoDB for orders, sends
//! and suppressions; SES v2 as the mailer) on a local emulator, at a small scale.
//!
//! Run: `eval "$(scripts/moto start)"` then
//! `cargo test -p aftercare-shared --features aws --test aws_faults`.
//! Without `AFTERCARE_AWS_ENDPOINT` the test skips, except under CI (`CI` set), where it fails.
#![cfg(feature = "aws")]

use std::collections::HashMap;
use std::sync::Arc;

use aftercare::adapters::aws::{create_table, sdk_config, DynamoStore, SesMailer};
use aftercare::config::Config;
use aftercare::faults::{self, ChaosSpec, Fault};
use aftercare::send::{Channel, Reason, SendId, SendStatus};

#[path = "support/emulator.rs"]
mod emulator;
use emulator::endpoint;

/// Orders in the run; `AFTERCARE_CHAOS_AWS_ORDERS` overrides it.
fn orders() -> usize {
    std::env::var("AFTERCARE_CHAOS_AWS_ORDERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(25)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dynamodb_and_ses_keep_the_promises_under_every_fault() {
    let Some(url) = endpoint() else { return };
    let sdk = sdk_config(Some(&url)).await;
    let dynamo = aws_sdk_dynamodb::Client::new(&sdk);
    let table = format!(
        "aftercare-chaos-{}-{}",
        std::process::id(),
        chrono::Utc::now().timestamp_micros()
    );
    create_table(&dynamo, &table)
        .await
        .unwrap_or_else(|e| panic!("cannot create table {table} on {url}: {e}"));
    let store = Arc::new(DynamoStore::new(dynamo, table));
    let ses = aws_sdk_sesv2::Client::new(&sdk);
    for identity in ["demo-store.example", "care@demo-store.example"] {
        ses.create_email_identity()
            .email_identity(identity)
            .send()
            .await
            .expect("CreateEmailIdentity");
    }
    let mailer = Arc::new(SesMailer::new(ses, None));
    let config = Config::builtin();
    let mut spec = ChaosSpec::new(orders(), 7);
    // Small scale (the emulator is slow): more of every fault per opportunity, so each kind
    // happens.
    spec.rates.crash_after_claim = 0.08;
    spec.rates.crash_before_mark = 0.08;
    spec.rates.crash_mid_batch = 0.03;
    spec.rates.mail_throttle = 0.1;
    spec.rates.mail_timeout = 0.08;
    spec.rates.duplicate_event = 0.1;
    spec.rates.reorder_event = 0.2;
    spec.rates.concurrent_events = 0.3;
    spec.batch = 50;
    let report = faults::run(&config, store.clone(), mailer, &spec, &mut |_, _| {})
        .await
        .unwrap();
    eprintln!(
        "{}",
        serde_json::to_string_pretty(&report).unwrap_or_default()
    );

    for fault in [
        Fault::CrashAfterClaim,
        Fault::CrashBeforeMark,
        Fault::MailThrottled,
        Fault::DuplicateEvent,
        Fault::ReorderedEvent,
        Fault::ConcurrentEvents,
        Fault::RacingDispatchers,
    ] {
        let n = report.faults.get(fault.as_str()).copied().unwrap_or(0);
        assert!(n > 0, "{} never injected", fault.as_str());
    }
    assert!(
        report.expired > 0,
        "stale claims were found in the claim index"
    );

    let mut mailed: HashMap<&SendId, usize> = HashMap::new();
    for r in &report.records {
        *mailed.entry(&r.send_id).or_default() += 1;
        assert!(
            r.suppressed.is_none(),
            "{} mailed a suppressed buyer",
            r.send_id
        );
    }
    assert!(mailed.values().all(|n| *n == 1), "an email went twice");
    assert!(
        mailed.len() > orders() / 2,
        "the run mailed ({})",
        mailed.len()
    );
    for s in &report.final_sends {
        let n = mailed.get(&s.id).copied().unwrap_or(0);
        match s.status {
            SendStatus::Pending | SendStatus::Claimed => panic!("{} left {}", s.id, s.status),
            // Amazon sends its own review request: nothing goes through the mailer for it.
            SendStatus::Sent if s.channel == Channel::Solicitation => assert_eq!(n, 0, "{}", s.id),
            SendStatus::Sent => assert_eq!(n, 1, "{}", s.id),
            SendStatus::Failed => {
                assert_eq!((n, s.reason), (0, Some(Reason::OutcomeUnknown)), "{}", s.id)
            }
            _ => assert_eq!(n, 0, "{} mailed but {}", s.id, s.status),
        }
    }
    assert!(
        report.invariants.hold(),
        "invariants broken: {:?}",
        report.invariants
    );
}
