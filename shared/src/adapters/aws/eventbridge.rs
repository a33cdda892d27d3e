//! EventBridge as the event bus: `order.changed` events from `aftercare.ingest`, whose rule
//! invokes the planner. `PutEvents` can succeed as a call and still fail some entries
//! (`FailedEntryCount`); those entries are retried with a short backoff before the publish
//! counts as failed.

use std::future::Future;
use std::time::Duration;

use async_trait::async_trait;
use aws_sdk_eventbridge::operation::put_events::PutEventsOutput;
use aws_sdk_eventbridge::types::PutEventsRequestEntry;

use super::sdk_error;
use crate::ports::{EventBus, OrderChanged, PortError, PortResult};

/// `source` of the events ingest publishes.
pub const SOURCE: &str = "aftercare.ingest";
/// `detail-type` of an order change.
pub const DETAIL_TYPE: &str = "order.changed";
/// Pauses before re-sending entries EventBridge failed.
const BACKOFF_MS: [u64; 3] = [50, 100, 200];

/// Publishes to one event bus.
#[derive(Debug, Clone)]
pub struct EventBridgeBus {
    client: aws_sdk_eventbridge::Client,
    bus_name: String,
}

impl EventBridgeBus {
    pub fn new(client: aws_sdk_eventbridge::Client, bus_name: impl Into<String>) -> Self {
        EventBridgeBus {
            client,
            bus_name: bus_name.into(),
        }
    }

    fn entry(&self, event: &OrderChanged) -> PortResult<PutEventsRequestEntry> {
        let detail = serde_json::to_string(event)
            .map_err(|e| PortError::Permanent(format!("cannot serialise event: {e}")))?;
        Ok(PutEventsRequestEntry::builder()
            .event_bus_name(&self.bus_name)
            .source(SOURCE)
            .detail_type(DETAIL_TYPE)
            .detail(detail)
            .build())
    }
}

/// Sends `entries` with `put`, re-sending the entries EventBridge failed up to three times
/// (after 50, 100 and 200 ms). The result entries answer the request entries in order.
pub async fn put_with_retries<F, Fut>(
    entries: Vec<PutEventsRequestEntry>,
    mut put: F,
) -> PortResult<()>
where
    F: FnMut(Vec<PutEventsRequestEntry>) -> Fut,
    Fut: Future<Output = PortResult<PutEventsOutput>>,
{
    let mut pending = entries;
    let mut last_error = String::new();
    for attempt in 0..=BACKOFF_MS.len() {
        if attempt > 0 {
            tokio::time::sleep(Duration::from_millis(BACKOFF_MS[attempt - 1])).await;
        }
        let out = put(pending.clone()).await?;
        if out.failed_entry_count() == 0 || pending.is_empty() {
            return Ok(());
        }
        let results = out.entries();
        let failed: Vec<PutEventsRequestEntry> = if results.len() == pending.len() {
            pending
                .iter()
                .zip(results)
                .filter(|(_, r)| r.error_code().is_some())
                .map(|(e, _)| e.clone())
                .collect()
        } else {
            Vec::new()
        };
        last_error = results
            .iter()
            .find_map(|r| {
                r.error_code()
                    .map(|code| format!("{code}: {}", r.error_message().unwrap_or("no message")))
            })
            .unwrap_or_else(|| "no error code given".to_string());
        // A count without matching entries: resend them all (consumers are idempotent).
        if !failed.is_empty() {
            pending = failed;
        }
    }
    Err(PortError::Retryable(format!(
        "EventBridge PutEvents failed {} of its entries after {} attempts: {last_error}",
        pending.len(),
        BACKOFF_MS.len() + 1
    )))
}

#[async_trait]
impl EventBus for EventBridgeBus {
    async fn publish(&self, event: &OrderChanged) -> PortResult<()> {
        let entry = self.entry(event)?;
        put_with_retries(vec![entry], |entries| {
            let request = self.client.put_events().set_entries(Some(entries));
            async move {
                request
                    .send()
                    .await
                    .map_err(|e| sdk_error("EventBridge PutEvents", e))
            }
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aws_sdk_eventbridge::types::PutEventsResultEntry;
    use std::sync::Mutex;

    fn entry(n: u32) -> PutEventsRequestEntry {
        PutEventsRequestEntry::builder()
            .source(SOURCE)
            .detail_type(DETAIL_TYPE)
            .detail(format!("{{\"n\":{n}}}"))
            .build()
    }

    fn ok() -> PutEventsResultEntry {
        PutEventsResultEntry::builder().event_id("e").build()
    }

    fn throttled() -> PutEventsResultEntry {
        PutEventsResultEntry::builder()
            .error_code("ThrottlingException")
            .error_message("Rate exceeded")
            .build()
    }

    #[tokio::test]
    async fn failed_entries_are_resent_alone() {
        let calls = Mutex::new(Vec::new());
        let result = put_with_retries(vec![entry(1), entry(2)], |entries| {
            let mut calls = calls.lock().unwrap();
            let first = calls.is_empty();
            calls.push(entries);
            async move {
                Ok(if first {
                    PutEventsOutput::builder()
                        .failed_entry_count(1)
                        .entries(ok())
                        .entries(throttled())
                        .build()
                } else {
                    PutEventsOutput::builder()
                        .failed_entry_count(0)
                        .entries(ok())
                        .build()
                })
            }
        })
        .await;
        assert_eq!(result, Ok(()));
        let calls = calls.into_inner().unwrap();
        assert_eq!(calls.len(), 2);
        assert_eq!(calls[1], vec![entry(2)], "only the failed entry is resent");
    }

    #[tokio::test]
    async fn entries_failing_every_time_are_a_retryable_error_naming_the_code() {
        let mut attempts = 0;
        let result = put_with_retries(vec![entry(1)], |_| {
            attempts += 1;
            async {
                Ok(PutEventsOutput::builder()
                    .failed_entry_count(1)
                    .entries(throttled())
                    .build())
            }
        })
        .await;
        assert_eq!(attempts, 4, "first try plus three retries");
        match result {
            Err(PortError::Retryable(e)) => assert!(e.contains("ThrottlingException"), "{e}"),
            other => panic!("expected a retryable error, got {other:?}"),
        }
    }
}
