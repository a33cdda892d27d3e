//! Amazon's Solicitations API as the local runner sees it: the review request is offered from 5
//! days to 30 days after delivery, once per order, as Amazon documents. Requests are recorded
//! (and written to the outbox as `solicitations.jsonl`, one line per order) instead of sent.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::PathBuf;
use std::sync::Mutex;

use async_trait::async_trait;
use chrono::Duration;

use chrono::{DateTime, Utc};

use crate::amazon::{
    DeliveryCheck, DeliveryChecks, Seller, Solicitations, SpApiError, SpApiResult,
};
use crate::order::OrderId;
use crate::planner::REVIEW_WINDOW_END_DAYS;
use crate::ports::{Clock, OrderStore, PortResult};

/// Amazon offers its review request from this many days after delivery.
pub const REVIEW_OFFERED_FROM_DAYS: i64 = 5;

/// The outbox file the local runners (`simulate`, `demo`, `serve`) log review requests to.
pub const SOLICITATIONS_LOG: &str = "solicitations.jsonl";

pub struct SimulatedSolicitations<'a> {
    orders: &'a dyn OrderStore,
    clock: &'a dyn Clock,
    requested: Mutex<BTreeSet<(String, OrderId)>>,
    /// Every `request_review` call per order, refused ones included.
    calls: Mutex<BTreeMap<OrderId, usize>>,
    log: Option<PathBuf>,
    /// The log, opened for appending at its first line and kept open.
    log_file: Mutex<Option<std::fs::File>>,
}

impl<'a> SimulatedSolicitations<'a> {
    /// `log`: a file each accepted request is appended to as one JSON line.
    pub fn new(orders: &'a dyn OrderStore, clock: &'a dyn Clock, log: Option<PathBuf>) -> Self {
        Self {
            orders,
            clock,
            requested: Mutex::new(BTreeSet::new()),
            calls: Mutex::new(BTreeMap::new()),
            log,
            log_file: Mutex::new(None),
        }
    }

    /// Orders whose review request was accepted, in order id order.
    pub fn requested(&self) -> Vec<OrderId> {
        self.lock().iter().map(|(_, o)| o.clone()).collect()
    }

    /// How many times the review request was asked for, per order (refusals included).
    pub fn request_calls(&self) -> BTreeMap<OrderId, usize> {
        self.calls.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, BTreeSet<(String, OrderId)>> {
        self.requested.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Appends one line to the log in a single write.
    fn append(&self, path: &std::path::Path, line: &str) -> std::io::Result<()> {
        let mut file = self.log_file.lock().unwrap_or_else(|p| p.into_inner());
        if file.is_none() {
            *file = Some(
                std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(path)?,
            );
        }
        match file.as_mut() {
            Some(f) => f.write_all(line.as_bytes()),
            None => Ok(()),
        }
    }

    async fn offered(&self, seller: &Seller, order: &OrderId) -> SpApiResult<bool> {
        if self
            .lock()
            .contains(&(seller.store_id.to_string(), order.clone()))
        {
            return Ok(false);
        }
        let stored = self
            .orders
            .get_order(&seller.store_id, order)
            .await
            .map_err(|e| SpApiError::Retryable(e.to_string()))?
            .ok_or(SpApiError::NotFound)?;
        let now = self.clock.now();
        Ok(stored.delivered_at.is_some_and(|d| {
            now >= d + Duration::days(REVIEW_OFFERED_FROM_DAYS)
                && now <= d + Duration::days(REVIEW_WINDOW_END_DAYS)
        }))
    }
}

#[async_trait]
impl Solicitations for SimulatedSolicitations<'_> {
    async fn review_offered(&self, seller: &Seller, order: &OrderId) -> SpApiResult<bool> {
        self.offered(seller, order).await
    }

    async fn request_review(&self, seller: &Seller, order: &OrderId) -> SpApiResult<()> {
        *self
            .calls
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .entry(order.clone())
            .or_default() += 1;
        if !self.offered(seller, order).await? {
            return Err(SpApiError::Unavailable(
                "the review request is not available for this order".into(),
            ));
        }
        self.lock()
            .insert((seller.store_id.to_string(), order.clone()));
        if let Some(path) = &self.log {
            let line = serde_json::json!({
                "store_id": seller.store_id.as_str(),
                "order_id": order.as_str(),
                "solicitation": crate::amazon::REVIEW_SOLICITATION,
                "at": self.clock.now().to_rfc3339(),
            });
            self.append(path, &format!("{line}\n"))
                .map_err(|e| SpApiError::Permanent(format!("{}: {e}", path.display())))?;
        }
        Ok(())
    }
}

/// Delivery checks kept in memory, for the local runner and tests.
#[derive(Default)]
pub struct MemoryDeliveryChecks {
    checks: Mutex<BTreeSet<DeliveryCheck>>,
}

impl MemoryDeliveryChecks {
    pub fn all(&self) -> Vec<DeliveryCheck> {
        self.lock().iter().cloned().collect()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, BTreeSet<DeliveryCheck>> {
        self.checks.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[async_trait]
impl DeliveryChecks for MemoryDeliveryChecks {
    async fn schedule_check(&self, check: &DeliveryCheck) -> PortResult<()> {
        self.lock().insert(check.clone());
        Ok(())
    }

    async fn due_checks(&self, now: DateTime<Utc>, limit: usize) -> PortResult<Vec<DeliveryCheck>> {
        Ok(self
            .lock()
            .iter()
            .take_while(|c| c.due_at <= now)
            .take(limit)
            .cloned()
            .collect())
    }

    async fn finish_check(&self, check: &DeliveryCheck) -> PortResult<()> {
        self.lock().remove(check);
        Ok(())
    }
}
