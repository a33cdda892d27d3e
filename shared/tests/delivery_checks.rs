//! The delivery-check contract, against the in-memory checks and DynamoDB on the local
//! emulator: due checks come earliest first and only once due, scheduling twice keeps one,
//! finishing removes exactly one. The DynamoDB half needs `AFTERCARE_AWS_ENDPOINT` (skipped
//! without it, except under CI, where it fails).

use aftercare::adapters::simulated::MemoryDeliveryChecks;
use aftercare::amazon::{DeliveryCheck, DeliveryChecks};
use aftercare::order::{OrderId, StoreId};
use chrono::{DateTime, Duration, Utc};

fn check(store: &str, order: usize, due: DateTime<Utc>) -> DeliveryCheck {
    DeliveryCheck {
        due_at: due,
        store_id: StoreId::parse(store).unwrap(),
        order_id: OrderId::parse(&format!("111-{order:07}-0000001")).unwrap(),
    }
}

async fn contract(checks: &dyn DeliveryChecks) {
    let t0: DateTime<Utc> = "2026-11-07T00:00:00Z".parse().unwrap();
    // Twenty orders over two stores, due an hour apart, scheduled out of order and twice.
    let all: Vec<DeliveryCheck> = (0..20)
        .map(|n| {
            check(
                if n % 2 == 0 { "us" } else { "ca" },
                n,
                t0 + Duration::hours(n as i64),
            )
        })
        .collect();
    for c in all.iter().rev().chain(all.iter()) {
        checks.schedule_check(c).await.unwrap();
    }
    assert!(checks
        .due_checks(t0 - Duration::seconds(1), 50)
        .await
        .unwrap()
        .is_empty());
    assert_eq!(checks.due_checks(t0, 50).await.unwrap(), all[..1].to_vec());
    let due = checks
        .due_checks(t0 + Duration::hours(9), 50)
        .await
        .unwrap();
    assert_eq!(
        due,
        all[..10].to_vec(),
        "due ones, earliest first, once each"
    );
    assert_eq!(
        checks
            .due_checks(t0 + Duration::hours(30), 4)
            .await
            .unwrap(),
        all[..4].to_vec(),
        "the limit keeps the earliest"
    );
    checks.finish_check(&all[0]).await.unwrap();
    checks.finish_check(&all[0]).await.unwrap();
    let later = checks
        .due_checks(t0 + Duration::hours(30), 50)
        .await
        .unwrap();
    assert_eq!(later, all[1..].to_vec());
}

#[tokio::test]
async fn memory_checks_keep_the_contract() {
    contract(&MemoryDeliveryChecks::default()).await;
}

#[cfg(feature = "aws")]
#[path = "support/emulator.rs"]
mod emulator;

#[cfg(feature = "aws")]
#[tokio::test]
async fn dynamodb_checks_keep_the_contract() {
    use aftercare::adapters::aws::{create_table, sdk_config, DynamoDeliveryChecks};
    let Some(url) = emulator::endpoint() else {
        return;
    };
    let client = aws_sdk_dynamodb::Client::new(&sdk_config(Some(&url)).await);
    let table = format!(
        "aftercare-checks-{}-{}",
        std::process::id(),
        Utc::now().timestamp_micros()
    );
    create_table(&client, &table).await.unwrap();
    contract(&DynamoDeliveryChecks::new(client, table)).await;
}
