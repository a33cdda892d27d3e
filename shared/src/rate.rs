//! Token buckets for Amazon's SP-API call budgets.
//!
//! Amazon publishes each operation's limit as a token bucket per seller and application: a
//! bucket holds at most `burst` calls, refills at `per_second`, and each call takes one token.
//! [`Bucket`] is that arithmetic as a plain value, so the in-memory budget here and the
//! DynamoDB one shared by concurrent Lambda invocations (`adapters::aws::bucket`) agree on
//! every number.
//!
//! Two rules keep the budget on the safe side:
//! - a bucket never seen before starts full (Amazon's bucket is full after a quiet spell, and
//!   a budget item that expired was idle for a day);
//! - time only ever adds tokens going forward: a `now` earlier than the bucket's last update
//!   (clocks of different hosts disagree a little) refills nothing and leaves the bucket's time
//!   where it was, so the same interval is never counted twice.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use crate::amazon::{RateBudget, RateLimit};
use crate::ports::PortResult;

/// How far below a whole token a bucket may be and still give one: the refill is computed in
/// floating point, and a caller that waited exactly the advertised time must get its call.
const TOLERANCE: f64 = 1e-9;

/// One bucket's state: `tokens` left as of `at`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bucket {
    pub tokens: f64,
    pub at: DateTime<Utc>,
}

impl Bucket {
    /// A bucket never seen before: full at `now`.
    pub fn full(limit: RateLimit, now: DateTime<Utc>) -> Bucket {
        Bucket {
            tokens: f64::from(limit.burst),
            at: now,
        }
    }

    /// The bucket refilled up to `now`: `per_second` tokens a second since `at`, at most
    /// `burst`. A `now` before `at` refills nothing and keeps `at`.
    pub fn refilled(self, limit: RateLimit, now: DateTime<Utc>) -> Bucket {
        let capacity = f64::from(limit.burst);
        // NaN (a corrupt stored value) counts as empty, never as full.
        let tokens = self.tokens.max(0.0);
        if now <= self.at {
            return Bucket {
                tokens: tokens.min(capacity),
                at: self.at,
            };
        }
        let elapsed = (now - self.at)
            .to_std()
            .map(|d| d.as_secs_f64())
            .unwrap_or(0.0);
        let rate = if limit.per_second.is_finite() {
            limit.per_second.max(0.0)
        } else {
            0.0
        };
        Bucket {
            tokens: (tokens + elapsed * rate).min(capacity),
            at: now,
        }
    }

    /// Takes one token at `now`: the bucket after the call, or how long until a token is there
    /// (nothing is taken then). A limit that never yields a token (`burst` 0, or no refill of
    /// an empty bucket) answers `Duration::MAX`.
    pub fn take(self, limit: RateLimit, now: DateTime<Utc>) -> Result<Bucket, Duration> {
        let bucket = self.refilled(limit, now);
        if bucket.tokens + TOLERANCE >= 1.0 {
            return Ok(Bucket {
                tokens: (bucket.tokens - 1.0).max(0.0),
                at: bucket.at,
            });
        }
        Err(bucket.wait(limit))
    }

    /// How long until this (refilled) bucket holds a whole token, rounded up to the
    /// millisecond so that waiting that long is always enough.
    fn wait(self, limit: RateLimit) -> Duration {
        let rate = limit.per_second;
        if limit.burst == 0 || !rate.is_finite() || rate <= 0.0 {
            return Duration::MAX;
        }
        let seconds = (1.0 - self.tokens).max(0.0) / rate;
        let millis = (seconds * 1000.0).ceil();
        if millis >= u64::MAX as f64 {
            return Duration::MAX;
        }
        Duration::from_millis(millis as u64)
    }
}

/// A call budget held in this process only: the local runner's and the tests'. Concurrent
/// tasks of one process share it; separate processes do not (that is `DynamoBudget`).
#[derive(Debug, Default)]
pub struct MemoryBudget {
    buckets: Mutex<HashMap<String, Bucket>>,
}

impl MemoryBudget {
    pub fn new() -> Self {
        Self::default()
    }

    /// The bucket `key` as last left, if it was ever taken from.
    pub fn bucket(&self, key: &str) -> Option<Bucket> {
        self.buckets
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(key)
            .copied()
    }
}

#[async_trait]
impl RateBudget for MemoryBudget {
    async fn take(
        &self,
        key: &str,
        limit: RateLimit,
        now: DateTime<Utc>,
    ) -> PortResult<Result<(), Duration>> {
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        let bucket = buckets
            .get(key)
            .copied()
            .unwrap_or_else(|| Bucket::full(limit, now));
        Ok(bucket.take(limit, now).map(|next| {
            buckets.insert(key.to_string(), next);
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeDelta;
    use proptest::prelude::*;

    fn t0() -> DateTime<Utc> {
        "2026-03-01T12:00:00Z".parse().unwrap()
    }

    fn ms(n: i64) -> TimeDelta {
        TimeDelta::milliseconds(n)
    }

    const GET_ORDER: RateLimit = RateLimit::GET_ORDER;

    #[test]
    fn a_new_bucket_is_full_and_gives_its_burst_at_once() {
        let mut bucket = Bucket::full(GET_ORDER, t0());
        for _ in 0..30 {
            bucket = bucket.take(GET_ORDER, t0()).expect("a token of the burst");
        }
        assert_eq!(bucket.tokens, 0.0);
        assert_eq!(
            bucket.take(GET_ORDER, t0()),
            Err(Duration::from_secs(2)),
            "0.5 a second: the next token in 2 s"
        );
    }

    #[test]
    fn tokens_come_back_at_the_rate_up_to_the_burst() {
        let empty = Bucket {
            tokens: 0.0,
            at: t0(),
        };
        assert_eq!(empty.refilled(GET_ORDER, t0() + ms(1000)).tokens, 0.5);
        assert_eq!(empty.refilled(GET_ORDER, t0() + ms(10_000)).tokens, 5.0);
        assert_eq!(
            empty.refilled(GET_ORDER, t0() + TimeDelta::hours(1)).tokens,
            30.0,
            "never more than the burst"
        );
        assert_eq!(
            empty.take(GET_ORDER, t0() + ms(1500)),
            Err(Duration::from_millis(500)),
            "0.75 of a token: a quarter token to go"
        );
        let taken = empty.take(GET_ORDER, t0() + ms(2000)).unwrap();
        assert_eq!(taken.tokens, 0.0);
        assert_eq!(taken.at, t0() + ms(2000));
    }

    #[test]
    fn waiting_the_answered_time_is_always_enough() {
        let thirds = RateLimit {
            per_second: 1.0 / 3.0,
            burst: 1,
        };
        let mut bucket = Bucket::full(thirds, t0());
        let mut now = t0();
        for _ in 0..50 {
            bucket = match bucket.take(thirds, now) {
                Ok(next) => next,
                Err(wait) => {
                    now += TimeDelta::from_std(wait).unwrap();
                    bucket.take(thirds, now).expect("a token after the wait")
                }
            };
        }
    }

    #[test]
    fn a_clock_going_backwards_mints_nothing() {
        let bucket = Bucket {
            tokens: 1.5,
            at: t0(),
        };
        let earlier = bucket.refilled(GET_ORDER, t0() - ms(60_000));
        assert_eq!(earlier.tokens, 1.5);
        assert_eq!(earlier.at, t0(), "the bucket keeps its later time");
        let taken = bucket.take(GET_ORDER, t0() - ms(60_000)).unwrap();
        assert_eq!(
            taken,
            Bucket {
                tokens: 0.5,
                at: t0()
            }
        );
        assert!(taken.take(GET_ORDER, t0() - ms(1)).is_err());
        // Back at the bucket's own time nothing was counted twice.
        assert_eq!(taken.refilled(GET_ORDER, t0() + ms(1000)).tokens, 1.0);
    }

    #[test]
    fn a_lowered_limit_caps_stored_tokens() {
        let bucket = Bucket {
            tokens: 30.0,
            at: t0(),
        };
        let lower = RateLimit {
            per_second: 1.0,
            burst: 5,
        };
        assert_eq!(bucket.refilled(lower, t0()).tokens, 5.0);
    }

    #[test]
    fn limits_that_never_give_a_token_say_so() {
        let none = RateLimit {
            per_second: 1.0,
            burst: 0,
        };
        assert_eq!(
            Bucket::full(none, t0()).take(none, t0()),
            Err(Duration::MAX)
        );
        let stuck = RateLimit {
            per_second: 0.0,
            burst: 2,
        };
        let empty = Bucket {
            tokens: 0.0,
            at: t0(),
        };
        assert_eq!(
            empty.take(stuck, t0() + TimeDelta::days(1)),
            Err(Duration::MAX)
        );
        let corrupt = Bucket {
            tokens: f64::NAN,
            at: t0(),
        };
        assert!(corrupt.take(stuck, t0()).is_err(), "NaN is no token");
    }

    #[tokio::test]
    async fn the_memory_budget_keeps_one_bucket_per_key() {
        let budget = MemoryBudget::new();
        let limit = RateLimit::SOLICITATIONS;
        for _ in 0..5 {
            assert_eq!(budget.take("a", limit, t0()).await, Ok(Ok(())));
        }
        assert_eq!(
            budget.take("a", limit, t0()).await,
            Ok(Err(Duration::from_secs(1)))
        );
        assert_eq!(budget.take("b", limit, t0()).await, Ok(Ok(())));
        assert_eq!(budget.bucket("a").map(|b| b.tokens), Some(0.0));
        assert_eq!(budget.bucket("b").map(|b| b.tokens), Some(4.0));
        assert_eq!(budget.bucket("c"), None);
    }

    fn limits() -> impl Strategy<Value = RateLimit> {
        (0.05f64..20.0, 1u32..40).prop_map(|(per_second, burst)| RateLimit { per_second, burst })
    }

    /// Checks that at most `burst + per_second × (t1 − t0)` of `taken` (times in ms, in the
    /// order taken, not decreasing) fall in any interval [t0, t1].
    fn within_limit(limit: RateLimit, taken: &[i64]) -> Result<(), TestCaseError> {
        for (i, start) in taken.iter().enumerate() {
            for (j, end) in taken.iter().enumerate().skip(i) {
                let count = (j - i + 1) as f64;
                let allowed = f64::from(limit.burst)
                    + limit.per_second * (end - start) as f64 / 1000.0
                    + 1e-6;
                prop_assert!(
                    count <= allowed,
                    "{count} taken in [{start}, {end}] ms, {allowed} allowed by {limit:?}"
                );
            }
        }
        Ok(())
    }

    proptest! {
        /// Over any sequence of takes at increasing times, the takes that succeed in any
        /// interval [t0, t1] number at most burst + per_second × (t1 − t0); and whenever a take
        /// is refused, taking again after the answered wait succeeds.
        #[test]
        fn takes_never_exceed_burst_plus_rate_times_elapsed(
            limit in limits(),
            steps in proptest::collection::vec(0i64..3000, 1..200),
        ) {
            let mut bucket = Bucket::full(limit, t0());
            let mut now = 0i64;
            let mut taken = Vec::new();
            for step in steps {
                now += step;
                let at = t0() + ms(now);
                match bucket.take(limit, at) {
                    Ok(next) => {
                        prop_assert!(next.tokens >= 0.0 && next.tokens <= f64::from(limit.burst));
                        bucket = next;
                        taken.push(now);
                    }
                    Err(wait) => {
                        let later = at + TimeDelta::from_std(wait).unwrap();
                        prop_assert!(bucket.take(limit, later).is_ok(), "a token after {wait:?}");
                    }
                }
            }
            within_limit(limit, &taken)?;
        }

        /// Clocks jumping back and forth (several hosts) never give more than the bucket's own
        /// clock, the latest time it has seen, allows.
        #[test]
        fn clocks_jumping_back_never_mint_tokens(
            limit in limits(),
            steps in proptest::collection::vec(-5000i64..3000, 1..200),
        ) {
            let mut bucket = Bucket::full(limit, t0());
            let mut now = 0i64;
            let mut latest = 0i64;
            let mut taken = Vec::new();
            for step in steps {
                now += step;
                if let Ok(next) = bucket.take(limit, t0() + ms(now)) {
                    bucket = next;
                    latest = latest.max(now);
                    prop_assert_eq!(bucket.at, t0() + ms(latest));
                    taken.push(latest);
                }
            }
            within_limit(limit, &taken)?;
        }
    }
}
