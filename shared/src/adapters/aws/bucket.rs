//! The SP-API call budget in DynamoDB, shared by every Lambda invocation at once: one token
//! bucket item per seller and operation, in the same table as `DynamoStore`.
//!
//! | item          | `pk`                              | `sk`     | other attributes |
//! |---------------|-----------------------------------|----------|------------------|
//! | SP-API budget | `RATE#spapi#{seller}:{operation}` | `BUCKET` | `tokens` (N), `at` (N, epoch ms), `expires_at` (N, epoch s, a day after the last take) |
//!
//! A take reads the item (`GetItem`, strongly consistent), refills it with `rate::Bucket` and
//! writes it back with a conditional `PutItem`: `attribute_not_exists(pk)` for a bucket never
//! seen (it starts full), `at = :old_at AND tokens = :old_tokens` for one that exists. The put
//! asks for the item back when its condition fails (`ReturnValuesOnConditionCheckFailure`
//! `ALL_OLD`), so a writer that lost the race first tries again at once from what is there now;
//! losing again means several takers are racing in step, and it pauses a random, growing while
//! (up to `MAX_BACKOFF`) and re-reads. After `MAX_ATTEMPTS` writes it gives up with
//! `PortError::Retryable` and nothing taken.
//!
//! Requests: an empty bucket is one `GetItem` and writes nothing; an uncontended take is one
//! `GetItem` and one `PutItem`; each lost race adds a `PutItem` (and, from the second, a
//! `GetItem`).
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
use aws_sdk_dynamodb::operation::put_item::PutItemError;
use aws_sdk_dynamodb::types::{AttributeValue, ReturnValuesOnConditionCheckFailure};
use chrono::{DateTime, TimeDelta, TimeZone, Utc};

use super::dynamo::{is_condition_failure, Item};
use super::schema::{
    AT, BUCKET_TTL_DAYS, EXPIRES_AT, PK, SK, SK_BUCKET, SPAPI_BUDGET_PREFIX, TOKENS,
};
use super::sdk_error;
use crate::amazon::{RateBudget, RateLimit};
use crate::ports::{PortError, PortResult};
use crate::rate::Bucket;

/// How many times a take re-reads a bucket another invocation changed under it.
const MAX_ATTEMPTS: u32 = 8;

/// The longest first pause (after a second lost race); each further one may be twice as long.
const BACKOFF_STEP: Duration = Duration::from_millis(20);

/// The longest pause between two attempts, before jitter.
const MAX_BACKOFF: Duration = Duration::from_millis(400);

/// SP-API call budgets shared across processes.
#[derive(Debug, Clone)]
pub struct DynamoBudget {
    client: aws_sdk_dynamodb::Client,
    table: String,
}

/// How a conditional write went.
enum Written {
    Done,
    /// Another writer got there first; the item as it is now, when the answer held one.
    Lost(Option<Stored>),
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

    /// Writes `next` on condition that the item is still `old` (absent when `None`).
    async fn write(&self, pk: &str, old: Option<&Stored>, next: Bucket) -> PortResult<Written> {
        let expires = next.at + TimeDelta::days(BUCKET_TTL_DAYS);
        let mut request = self
            .client
            .put_item()
            .table_name(&self.table)
            .item(PK, AttributeValue::S(pk.to_string()))
            .item(SK, AttributeValue::S(SK_BUCKET.to_string()))
            .item(TOKENS, AttributeValue::N(tokens_text(next.tokens)))
            .item(
                AT,
                AttributeValue::N(next.at.timestamp_millis().to_string()),
            )
            .item(
                EXPIRES_AT,
                AttributeValue::N(expires.timestamp().to_string()),
            )
            .return_values_on_condition_check_failure(ReturnValuesOnConditionCheckFailure::AllOld);
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
            Ok(_) => Ok(Written::Done),
            Err(e) if is_condition_failure(&e) => {
                let found = match e.as_service_error() {
                    Some(PutItemError::ConditionalCheckFailedException(failed)) => failed.item(),
                    _ => None,
                };
                match found {
                    Some(item) => Ok(Written::Lost(Some(stored(pk, item)?))),
                    None => Ok(Written::Lost(None)),
                }
            }
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
        // The bucket as last seen: read first, then as the lost race returned it.
        let mut seen = None;
        for attempt in 0..MAX_ATTEMPTS {
            let old = match seen.take() {
                Some(found) => found,
                None => self.read(&pk).await?,
            };
            let bucket = old
                .as_ref()
                .map_or_else(|| Bucket::full(limit, now), |s| s.bucket);
            let next = match bucket.take(limit, now) {
                Ok(next) => next,
                Err(wait) => return Ok(Err(wait)),
            };
            match self.write(&pk, old.as_ref(), next).await? {
                Written::Done => return Ok(Ok(())),
                // Another take changed the item. The first time, try again at once from the
                // item the answer returned (two takers that met once rarely meet again). After
                // that many takers are racing in step: pause a jittered, growing while so they
                // fall out of step, and read afresh. (No item in the answer: it expired.)
                Written::Lost(found) => {
                    tracing::debug!(key, attempt, "SP-API budget changed under this take");
                    if attempt == 0 {
                        seen = found.map(Some);
                    } else {
                        tokio::time::sleep(backoff(attempt)).await;
                    }
                }
            }
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
        PortError::Permanent(format!(
            "DynamoDB item {pk}/{SK_BUCKET}: unreadable `{what}`"
        ))
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

/// The pause after write `attempt` (from 1, the second) lost its race too: a random time up to
/// 20, 40, 80 … ms, at most `MAX_BACKOFF` ("full jitter"), so takers racing in step spread out.
fn backoff(attempt: u32) -> Duration {
    let ceiling = BACKOFF_STEP
        .saturating_mul(1 << attempt.saturating_sub(1).min(16))
        .min(MAX_BACKOFF);
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u32(attempt);
    let fraction = (hasher.finish() % 1024) as f64 / 1024.0;
    ceiling.mul_f64(fraction)
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
        assert_eq!(
            (read.tokens.as_str(), read.at.as_str()),
            ("12.5", "1772366400123")
        );

        item.insert(AT.into(), AttributeValue::S("yesterday".into()));
        assert!(matches!(
            stored("RATE#spapi#A1:getOrder", &item),
            Err(PortError::Permanent(_))
        ));
    }

    #[test]
    fn pauses_are_jittered_and_bounded() {
        for attempt in 1..MAX_ATTEMPTS {
            let ceiling = BACKOFF_STEP * (1 << (attempt - 1));
            let pauses: Vec<Duration> = (0..20).map(|_| backoff(attempt)).collect();
            assert!(
                pauses.iter().all(|p| *p <= ceiling.min(MAX_BACKOFF)),
                "{pauses:?}"
            );
            assert!(
                pauses.iter().any(|p| *p != pauses[0]),
                "not all alike: {pauses:?}"
            );
        }
    }
}
