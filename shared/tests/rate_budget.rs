//! The SP-API call budget's contract, kept by the in-memory budget and by the DynamoDB one
//! shared across Lambda invocations: a fresh bucket gives its burst and then asks to wait one
//! token's time, tokens come back at the rate, keys do not share tokens, a clock running late
//! mints nothing, and concurrent takers together never exceed burst + rate × elapsed.
//!
//! The DynamoDB half runs against a local AWS emulator (moto): `eval "$(scripts/moto start)"`
//! then `cargo test -p aftercare-shared --features aws --test rate_budget`. Without
//! `AFTERCARE_AWS_ENDPOINT` those tests skip, except under CI (`CI` set), where they fail.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::Duration;

use aftercare::amazon::{budget_key, RateBudget, RateLimit};
use aftercare::ports::PortError;
use aftercare::rate::MemoryBudget;
use chrono::{DateTime, TimeDelta, Utc};

fn t0() -> DateTime<Utc> {
    "2026-03-02T09:00:00Z".parse().unwrap()
}

fn secs(n: i64) -> TimeDelta {
    TimeDelta::seconds(n)
}

async fn take(budget: &dyn RateBudget, key: &str, limit: RateLimit, now: DateTime<Utc>) -> bool {
    match budget
        .take(key, limit, now)
        .await
        .expect("the budget answers")
    {
        Ok(()) => true,
        Err(_) => false,
    }
}

/// Takes at `now` until refused; returns how many were taken and the wait of the refusal.
async fn drain(
    budget: &dyn RateBudget,
    key: &str,
    limit: RateLimit,
    now: DateTime<Utc>,
) -> (u32, Duration) {
    let mut taken = 0;
    loop {
        match budget
            .take(key, limit, now)
            .await
            .expect("the budget answers")
        {
            Ok(()) => taken += 1,
            Err(wait) => return (taken, wait),
        }
        assert!(taken <= 1000, "a bucket that never runs dry");
    }
}

async fn fresh_bucket_gives_its_burst_then_one_tokens_wait(budget: &dyn RateBudget) {
    let key = budget_key("A1SELLER", "getOrder");
    assert_eq!(
        drain(budget, &key, RateLimit::GET_ORDER, t0()).await,
        (30, Duration::from_secs(2)),
        "getOrder: burst 30, then one token in 1 / 0.5 s"
    );
    let key = budget_key(
        "A1SELLER",
        "createProductReviewAndSellerFeedbackSolicitation",
    );
    assert_eq!(
        drain(budget, &key, RateLimit::SOLICITATIONS, t0()).await,
        (5, Duration::from_secs(1)),
        "solicitations: burst 5, then one token in 1 s"
    );
}

async fn tokens_come_back_over_time(budget: &dyn RateBudget) {
    let key = budget_key("A1SELLER", "getOrder");
    let limit = RateLimit::GET_ORDER;
    assert_eq!(drain(budget, &key, limit, t0()).await.0, 30);
    assert_eq!(
        drain(budget, &key, limit, t0() + secs(1)).await,
        (0, Duration::from_secs(1)),
        "half a token after 1 s"
    );
    assert_eq!(
        drain(budget, &key, limit, t0() + secs(2)).await,
        (1, Duration::from_secs(2))
    );
    assert_eq!(
        drain(budget, &key, limit, t0() + secs(12)).await.0,
        5,
        "0.5 a second for 10 s"
    );
    assert_eq!(
        drain(budget, &key, limit, t0() + TimeDelta::hours(1))
            .await
            .0,
        30,
        "never more than the burst"
    );
}

async fn keys_do_not_share_tokens(budget: &dyn RateBudget) {
    let limit = RateLimit::SOLICITATIONS;
    let one = budget_key("A1SELLER", "getSolicitationActionsForOrder");
    let other_op = budget_key(
        "A1SELLER",
        "createProductReviewAndSellerFeedbackSolicitation",
    );
    let other_seller = budget_key("A2SELLER", "getSolicitationActionsForOrder");
    assert_eq!(drain(budget, &one, limit, t0()).await.0, 5);
    assert_eq!(drain(budget, &other_op, limit, t0()).await.0, 5);
    assert_eq!(drain(budget, &other_seller, limit, t0()).await.0, 5);
    assert!(!take(budget, &one, limit, t0()).await, "still empty");
}

async fn a_clock_running_late_mints_nothing(budget: &dyn RateBudget) {
    let key = budget_key("A1SELLER", "getOrder");
    let limit = RateLimit::SOLICITATIONS;
    assert_eq!(drain(budget, &key, limit, t0() + secs(60)).await.0, 5);
    assert!(
        !take(budget, &key, limit, t0()).await,
        "a host a minute behind gets nothing"
    );
    assert!(!take(budget, &key, limit, t0() + secs(60)).await);
    assert_eq!(
        drain(budget, &key, limit, t0() + secs(62)).await.0,
        2,
        "2 s after the bucket's own time, not 62"
    );
}

/// What the concurrent takers got.
#[derive(Debug, Default)]
struct Contention {
    taken: u32,
    refused: u32,
    /// Port errors (a budget that gave up under contention).
    errors: u32,
    /// The latest simulated time any taker used, from `t0`.
    elapsed: TimeDelta,
}

const TASKS: u32 = 8;
const TAKES_PER_TASK: u32 = 20;

/// 8 tasks × 20 takes of one seller's getOrder budget. The simulated clock moves one second
/// for every 8 takes started, so the tasks race within each second; in total they may take at
/// most burst + rate × elapsed.
async fn concurrent_takers_keep_the_limit(budget: Arc<dyn RateBudget>) -> Contention {
    let limit = RateLimit::GET_ORDER;
    let key = budget_key("A1SELLER", "getOrder");
    let started = Arc::new(AtomicU32::new(0));
    let mut tasks = Vec::new();
    for _ in 0..TASKS {
        let (budget, key, started) = (budget.clone(), key.clone(), started.clone());
        tasks.push(tokio::spawn(async move {
            let mut seen = Contention::default();
            for _ in 0..TAKES_PER_TASK {
                let step = started.fetch_add(1, Ordering::SeqCst) / TASKS;
                let elapsed = secs(i64::from(step));
                seen.elapsed = seen.elapsed.max(elapsed);
                match budget.take(&key, limit, t0() + elapsed).await {
                    Ok(Ok(())) => seen.taken += 1,
                    Ok(Err(_)) => seen.refused += 1,
                    Err(PortError::Retryable(_)) => seen.errors += 1,
                    Err(e) => panic!("the budget failed: {e}"),
                }
            }
            seen
        }));
    }
    let mut all = Contention::default();
    for task in tasks {
        let seen = task.await.expect("a taker task");
        all.taken += seen.taken;
        all.refused += seen.refused;
        all.errors += seen.errors;
        all.elapsed = all.elapsed.max(seen.elapsed);
    }
    assert_eq!(all.taken + all.refused + all.errors, TASKS * TAKES_PER_TASK);
    let allowed =
        f64::from(limit.burst) + limit.per_second * all.elapsed.num_milliseconds() as f64 / 1000.0;
    assert!(
        f64::from(all.taken) <= allowed + 1e-6,
        "{all:?}: more than the {allowed} allowed"
    );
    assert!(all.taken >= limit.burst, "{all:?}: not even the burst");
    all
}

// --- in memory --------------------------------------------------------------------------

#[tokio::test]
async fn memory_gives_the_burst_then_one_tokens_wait() {
    fresh_bucket_gives_its_burst_then_one_tokens_wait(&MemoryBudget::new()).await;
}

#[tokio::test]
async fn memory_refills_over_time() {
    tokens_come_back_over_time(&MemoryBudget::new()).await;
}

#[tokio::test]
async fn memory_keeps_keys_apart() {
    keys_do_not_share_tokens(&MemoryBudget::new()).await;
}

#[tokio::test]
async fn memory_mints_nothing_for_a_late_clock() {
    a_clock_running_late_mints_nothing(&MemoryBudget::new()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn memory_holds_the_limit_under_concurrent_takers() {
    let seen = concurrent_takers_keep_the_limit(Arc::new(MemoryBudget::new())).await;
    assert_eq!(seen.errors, 0);
}

// --- DynamoDB ---------------------------------------------------------------------------

#[cfg(feature = "aws")]
#[path = "support/emulator.rs"]
mod emulator;

#[cfg(feature = "aws")]
mod dynamo {
    use std::collections::BTreeMap;
    use std::sync::atomic::AtomicU32;
    use std::sync::Mutex;

    use aftercare::adapters::aws::schema::{EXPIRES_AT, PK, SK};
    use aftercare::adapters::aws::{create_table, sdk_config, DynamoBudget};
    use aws_sdk_dynamodb::config::interceptors::BeforeTransmitInterceptorContextRef;
    use aws_sdk_dynamodb::config::{ConfigBag, Intercept, RuntimeComponents};
    use aws_sdk_dynamodb::error::BoxError;
    use aws_sdk_dynamodb::types::AttributeValue;

    use super::*;

    use super::emulator::endpoint;

    fn unique(prefix: &str) -> String {
        static N: AtomicU32 = AtomicU32::new(0);
        format!(
            "{prefix}-{}-{}-{}",
            std::process::id(),
            Utc::now().timestamp_micros(),
            N.fetch_add(1, Ordering::Relaxed)
        )
    }

    /// DynamoDB requests by operation (`GetItem`, `PutItem`, …), as sent on the wire,
    /// SDK-level retries included.
    #[derive(Debug, Clone, Default)]
    struct Requests(Arc<Mutex<BTreeMap<String, u32>>>);

    impl Requests {
        fn counts(&self) -> BTreeMap<String, u32> {
            self.0.lock().unwrap_or_else(|e| e.into_inner()).clone()
        }

        fn reset(&self) {
            self.0.lock().unwrap_or_else(|e| e.into_inner()).clear();
        }

        fn of(&self, operation: &str) -> u32 {
            self.counts().get(operation).copied().unwrap_or(0)
        }
    }

    impl Intercept for Requests {
        fn name(&self) -> &'static str {
            "RequestCounter"
        }

        fn read_before_transmit(
            &self,
            context: &BeforeTransmitInterceptorContextRef<'_>,
            _: &RuntimeComponents,
            _: &mut ConfigBag,
        ) -> Result<(), BoxError> {
            // DynamoDB names the operation in `X-Amz-Target: DynamoDB_20120810.GetItem`.
            let operation = context
                .request()
                .headers()
                .get("x-amz-target")
                .and_then(|target| target.rsplit('.').next())
                .unwrap_or("unnamed")
                .to_string();
            *self
                .0
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .entry(operation)
                .or_default() += 1;
            Ok(())
        }
    }

    /// A budget on a fresh table of the emulator, counting its requests; `None` when the
    /// emulator is not configured.
    async fn budget() -> Option<(DynamoBudget, Requests)> {
        let url = endpoint()?;
        let requests = Requests::default();
        let config = aws_sdk_dynamodb::config::Builder::from(&sdk_config(Some(&url)).await)
            .interceptor(requests.clone())
            .build();
        let client = aws_sdk_dynamodb::Client::from_conf(config);
        let table = unique("aftercare-rate");
        create_table(&client, &table)
            .await
            .unwrap_or_else(|e| panic!("cannot create table {table} on {url}: {e}"));
        requests.reset();
        Some((DynamoBudget::new(client, table), requests))
    }

    /// The budget uses exactly the actions its IAM grants.
    fn only_get_and_put(requests: &Requests) {
        let counts = requests.counts();
        assert!(
            counts.keys().all(|op| op == "GetItem" || op == "PutItem"),
            "{counts:?}"
        );
    }

    #[tokio::test]
    async fn dynamo_gives_the_burst_then_one_tokens_wait() {
        let Some((budget, requests)) = budget().await else {
            return;
        };
        fresh_bucket_gives_its_burst_then_one_tokens_wait(&budget).await;
        only_get_and_put(&requests);
        // 35 takes and 2 refusals, one after each burst.
        let (gets, puts) = (requests.of("GetItem"), requests.of("PutItem"));
        eprintln!(
            "sequential: {gets} GetItem + {puts} PutItem for 35 takes and 2 refusals \
             ({:.2} requests per take)",
            f64::from(gets + puts) / 35.0
        );
        assert_eq!((gets, puts), (37, 35), "one read and one write per take");
    }

    #[tokio::test]
    async fn dynamo_refills_over_time() {
        let Some((budget, _)) = budget().await else {
            return;
        };
        tokens_come_back_over_time(&budget).await;
    }

    #[tokio::test]
    async fn dynamo_keeps_keys_apart() {
        let Some((budget, _)) = budget().await else {
            return;
        };
        keys_do_not_share_tokens(&budget).await;
    }

    #[tokio::test]
    async fn dynamo_mints_nothing_for_a_late_clock() {
        let Some((budget, _)) = budget().await else {
            return;
        };
        a_clock_running_late_mints_nothing(&budget).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn dynamo_holds_the_limit_under_concurrent_takers() {
        let Some((budget, requests)) = budget().await else {
            return;
        };
        let seen = concurrent_takers_keep_the_limit(Arc::new(budget)).await;
        only_get_and_put(&requests);
        let (gets, puts) = (requests.of("GetItem"), requests.of("PutItem"));
        let calls = TASKS * TAKES_PER_TASK;
        // Every call reads once; every write that did not take lost a race; a lost race after
        // the first of a call reads again.
        assert!(gets >= calls, "{gets} reads for {calls} calls");
        let (lost, rereads) = (puts - seen.taken, gets - calls);
        eprintln!(
            "{TASKS} tasks x {TAKES_PER_TASK} takes: {seen:?}; {gets} GetItem ({rereads} re-reads) \
             + {puts} PutItem ({lost} lost races); {:.2} requests per successful take, \
             {:.2} lost races per successful take",
            f64::from(gets + puts) / f64::from(seen.taken),
            f64::from(lost) / f64::from(seen.taken),
        );
        // Eight takers racing in step with no pause between takes is the worst case: a take
        // may lose all its attempts and give up (retryable, nothing taken), but only rarely.
        assert!(
            seen.errors <= TASKS * TAKES_PER_TASK / 10,
            "{seen:?}: too many takers gave up"
        );
    }

    /// The item is where the table layout says, with milliseconds and a day's TTL.
    #[tokio::test]
    async fn dynamo_bucket_item_has_the_documented_shape() {
        let Some((budget, _)) = budget().await else {
            return;
        };
        let now = t0() + TimeDelta::milliseconds(1234);
        assert!(take(&budget, "A1SELLER:getOrder", RateLimit::GET_ORDER, now).await);
        let item = budget
            .client()
            .get_item()
            .table_name(budget.table())
            .key(PK, AttributeValue::S("RATE#spapi#A1SELLER:getOrder".into()))
            .key(SK, AttributeValue::S("BUCKET".into()))
            .send()
            .await
            .expect("GetItem")
            .item
            .expect("the bucket item");
        let number = |name: &str| item[name].as_n().expect("a number").clone();
        assert_eq!(number("tokens"), "29");
        assert_eq!(number("at"), now.timestamp_millis().to_string());
        assert_eq!(
            number(EXPIRES_AT),
            (now + TimeDelta::days(1)).timestamp().to_string()
        );
    }
}
