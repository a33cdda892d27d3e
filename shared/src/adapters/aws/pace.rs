//! The SES account's sending rate, held across every dispatcher run at once. SES allows an
//! account so many emails per second; several schedules' runs overlap (one per zone group), so
//! each run takes its emails from a per-second counter in DynamoDB before handing them to SES.
//! A run takes several of a second's emails in one conditional write, so pacing costs about
//! one write per run per second, not one per email.

use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use async_trait::async_trait;

use super::DynamoStore;
use crate::ports::{PortResult, SendPace};

/// Paces one run's emails to the account's rate.
pub struct SesPace {
    store: DynamoStore,
    per_second: u32,
    /// The second this run holds emails of, and how many of them are left.
    held: Mutex<(i64, u32)>,
}

impl SesPace {
    pub fn new(store: DynamoStore, per_second: u32) -> Self {
        SesPace {
            store,
            per_second: per_second.max(1),
            held: Mutex::new((0, 0)),
        }
    }

    pub fn per_second(&self) -> u32 {
        self.per_second
    }

    /// Takes one email this run already holds for the current second.
    fn take_held(&self, second: i64) -> bool {
        let mut held = self.held.lock().unwrap_or_else(|p| p.into_inner());
        if held.0 == second && held.1 > 0 {
            held.1 -= 1;
            return true;
        }
        false
    }
}

#[async_trait]
impl SendPace for SesPace {
    async fn turn(&self, more: usize) -> PortResult<()> {
        loop {
            let now = SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .unwrap_or_default();
            let second = i64::try_from(now.as_secs()).unwrap_or(i64::MAX);
            if self.take_held(second) {
                return Ok(());
            }
            let want = u32::try_from(more)
                .unwrap_or(u32::MAX)
                .clamp(1, self.per_second);
            let granted = self.store.take_rate(second, self.per_second, want).await?;
            if granted > 0 {
                *self.held.lock().unwrap_or_else(|p| p.into_inner()) = (second, granted - 1);
                return Ok(());
            }
            // This second is used up by the runs at large: wait for the next one.
            let into_second = Duration::from_nanos(u64::from(now.subsec_nanos()));
            tokio::time::sleep(Duration::from_secs(1).saturating_sub(into_second)).await;
        }
    }
}
