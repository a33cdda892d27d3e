//! The SP-API call budget in DynamoDB, shared by every Lambda invocation at once: one token
//! bucket item per seller and operation, in the same table as `DynamoStore`.
//!
//! | item          | `pk`                              | `sk`     | other attributes |
//! |---------------|-----------------------------------|----------|------------------|
//! | SP-API budget | `RATE#spapi#{seller}:{operation}` | `BUCKET` | `tokens` (N), `at` (N, epoch ms), `expires_at` (N, epoch s, a day after the last take) |
//!
//! A take reads the item (`GetItem`, strongly consistent), refills it with `rate::Bucket` and
//! writes it back with a conditional `PutItem`: `attribute_not_exists(pk)` for a bucket never
//! seen (it starts full), `at = :old_at AND tokens = :old_tokens` for one that exists. A writer
//! that lost the race (`ConditionalCheckFailed`) re-reads and tries again after a short,
//! jittered pause, at most `MAX_ATTEMPTS` times, then gives up with `PortError::Retryable`.
//! An empty bucket is one `GetItem` and writes nothing; a successful take is a `GetItem` and a
//! `PutItem`, plus one of each per lost race.
//!
//! IAM: `dynamodb:GetItem` and `dynamodb:PutItem` on the table, nothing else.
//!
//! Why a token bucket in DynamoDB rather than running one invocation per seller at a time
//! (an SQS FIFO queue grouped by seller, or a function with reserved concurrency 1):
//! - it holds however many invocations run at once, from any function, without shaping how
//!   work is queued or making one seller's backlog wait behind another's;
//! - it is one small item per seller and operation, so sellers never contend with each other
//!   and idle buckets expire by TTL;
//! - it costs about two requests per SP-API call (one read, one write), a fraction of a cent
//!   per thousand calls on demand, and nothing when idle;
//! - the one limit it meets is the per-item write rate (about 1,000 writes a second on one
//!   partition key), far above the 0.5–1 calls a second it guards.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::time::Duration;

use async_trait::async_trait;
use aws_sdk_dynamodb::types::AttributeValue;
use chrono::{DateTime, TimeDelta, TimeZone, Utc};

use super::dynamo::{is_condition_failure, Item};
use super::schema::{AT, BUCKET_TTL_DAYS, EXPIRES_AT, PK, SK, SK_BUCKET, SPAPI_BUDGET_PREFIX, TOKENS};
use super::sdk_error;
use crate::amazon::{RateBudget, RateLimit};
use crate::ports::{PortError, PortResult};
use crate::rate::Bucket;

/// How many times a take re-reads a bucket another invocation changed under it.
const MAX_ATTEMPTS: u32 = 8;

/// The longest pause between two attempts, before jitter.
const MAX_BACKOFF: Duration = Duration::from_millis(50);

/// SP-API call budgets shared across processes.
#[derive(Debug, Clone)]
pub struct DynamoBudget {
    client: aws_sdk_dynamodb::Client,
    table: String,
}

/// A bucket as read, with the stored numbers exactly as written: the condition of the next
/// write compares them, so they are never re-formatted.
struct Stored {
    bucket: Bucket,
    tokens: String,
    at: String,
}

impl DynamoBudget {
    pub fn new(client: aws_sdk_dynamodb::Client, table: impl Into<String>) -> Self {
        DynamoBudget {
            client,
            table: table.into(),
        }
    }

    pub fn table(&self) -> &str {
        &self.table
    }

    pub fn client(&self) -> &aws_sdk_dynamodb::Client {
        &self.client
    }

    async fn read(&self, pk: &str) -> PortResult<Option<Stored>> {
        let out = self
            .client
            .get_item()
            .table_name(&self.table)
            .key(PK, AttributeValue::S(pk.to_string()))
            .key(SK, AttributeValue::S(SK_BUCKET.to_string()))
            .consistent_read(true)
            .send()
            .await
            .map_err(|e| sdk_error("GetItem (SP-API budget)", e))?;
        out.item.map(|item| stored(pk, &item)).transpose()
    }

    /// Writes `next` on condition that the item is still `old` (absent when `None`); `false`
    /// when another writer got there first.
    async fn write(&self, pk: &str, old: Option<&Stored>, next: Bucket) -> PortResult<bool> {
        let expires = next.at + TimeDelta::days(BUCKET_TTL_DAYS);
        let mut request = self
            .client
            .put_item()
            .table_name(&self.table)
            .item(PK, AttributeValue::S(pk.to_string()))
            .item(SK, AttributeValue::S(SK_BUCKET.to_string()))
            .item(TOKENS, AttributeValue::N(tokens_text(next.tokens)))
            .item(AT, AttributeValue::N(next.at.timestamp_millis().to_string()))
            .item(EXPIRES_AT, AttributeValue::N(expires.timestamp().to_string()));
        request = match old {
            None => request
                .condition_expression("attribute_not_exists(#pk)")
                .expression_attribute_names("#pk", PK),
            Some(old) => request
                .condition_expression("#at = :old_at AND #tokens = :old_tokens")
                .expression_attribute_names("#at", AT)
                .expression_attribute_names("#tokens", TOKENS)
                .expression_attribute_values(":old_at", AttributeValue::N(old.at.clone()))
                .expression_attribute_values(":old_tokens", AttributeValue::N(old.tokens.clone())),
        };
        match request.send().await {
            Ok(_) => Ok(true),
            Err(e) if is_condition_failure(&e) => Ok(false),
            Err(e) => Err(sdk_error("PutItem (SP-API budget)", e)),
        }
    }
}

#[async_trait]
impl RateBudget for DynamoBudget {
    async fn take(
        &self,
        key: &str,
        limit: RateLimit,
        now: DateTime<Utc>,
    ) -> PortResult<Result<(), Duration>> {
        // The item keeps milliseconds; computing at that precision keeps the next refill from
        // counting the dropped fraction of a millisecond twice.
        let now = whole_millis(now);
        let pk = format!("{SPAPI_BUDGET_PREFIX}{key}");
        for attempt in 0..MAX_ATTEMPTS {
            if attempt > 0 {
                tokio::time::sleep(backoff(attempt)).await;
            }
            let old = self.read(&pk).await?;
            let bucket = old
                .as_ref()
                .map_or_else(|| Bucket::full(limit, now), |s| s.bucket);
            let next = match bucket.take(limit, now) {
                Ok(next) => next,
                Err(wait) => return Ok(Err(wait)),
            };
            if self.write(&pk, old.as_ref(), next).await? {
                return Ok(Ok(()));
            }
            tracing::debug!(key, attempt, "SP-API budget changed under this take; retrying");
        }
        Err(PortError::Retryable(format!(
            "SP-API budget {key}: still contended after {MAX_ATTEMPTS} attempts"
        )))
    }
}

fn stored(pk: &str, item: &Item) -> PortResult<Stored> {
    let number = |name: &str| match item.get(name) {
        Some(AttributeValue::N(v)) => Ok(v.clone()),
        _ => Err(PortError::Permanent(format!(
            "DynamoDB item {pk}/{SK_BUCKET}: no number attribute `{name}`"
        ))),
    };
    let tokens = number(TOKENS)?;
    let at = number(AT)?;
    let corrupt = |what: &str| {
        PortError::Permanent(format!("DynamoDB item {pk}/{SK_BUCKET}: unreadable `{what}`"))
    };
    let bucket = Bucket {
        tokens: tokens.parse().map_err(|_| corrupt(TOKENS))?,
        at: at
            .parse()
            .ok()
            .and_then(|ms| Utc.timestamp_millis_opt(ms).single())
            .ok_or_else(|| corrupt(AT))?,
    };
    Ok(Stored { bucket, tokens, at })
}

/// Tokens as stored: rounded down to a billionth (never up), so float noise neither grows
/// the stored text nor adds a token.
fn tokens_text(tokens: f64) -> String {
    let rounded = (tokens.max(0.0) * 1e9).floor() / 1e9;
    format!("{rounded}")
}

fn whole_millis(t: DateTime<Utc>) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(t.timestamp_millis())
        .single()
        .unwrap_or(t)
}

/// The pause before attempt `attempt` (from 1): up to 2, 4, 8 … ms, at most `MAX_BACKOFF`,
/// with full jitter so that writers that collided do not collide again in step.
fn backoff(attempt: u32) -> Duration {
    let ceiling = Duration::from_millis(1u64 << attempt.min(16)).min(MAX_BACKOFF);
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u32(attempt);
    let fraction = (hasher.finish() % 1024) as f64 / 1024.0;
    ceiling.mul_f64(0.5 + fraction / 2.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_tokens_are_rounded_down_and_plain() {
        assert_eq!(tokens_text(30.0), "30");
        assert_eq!(tokens_text(0.1 + 0.2), "0.3");
        assert_eq!(tokens_text(2.775_557_561_562_891_4e-17), "0");
        assert_eq!(tokens_text(f64::NAN), "0");
        assert_eq!(tokens_text(28.999_999_999_9), "28.999999999");
    }

    #[test]
    fn items_read_back_as_written() {
        let mut item = Item::new();
        item.insert(TOKENS.into(), AttributeValue::N("12.5".into()));
        item.insert(AT.into(), AttributeValue::N("1772366400123".into()));
        let read = stored("RATE#spapi#A1:getOrder", &item).unwrap();
        assert_eq!(read.bucket.tokens, 12.5);
        assert_eq!(read.bucket.at.timestamp_millis(), 1_772_366_400_123);
        assert_eq!((read.tokens.as_str(), read.at.as_str()), ("12.5", "1772366400123"));

        item.insert(AT.into(), AttributeValue::S("yesterday".into()));
        assert!(matches!(
            stored("RATE#spapi#A1:getOrder", &item),
            Err(PortError::Permanent(_))
        ));
    }

    #[test]
    fn pauses_grow_and_stay_short() {
        for attempt in 1..MAX_ATTEMPTS {
            let pause = backoff(attempt);
            assert!(pause <= MAX_BACKOFF, "{pause:?}");
            assert!(pause >= Duration::from_millis(1) / 2, "{pause:?}");
        }
    }
}
