//! The notifications Lambda: Amazon's `ORDER_CHANGE` notifications, delivered by Amazon to this
//! stack's SQS queue, become stored order events and `order.changed` events for the planner.
//! Each record goes to the connector (`aftercare_lambda::notifications`); a record whose
//! lookup Amazon throttled, or whose storage failed, is answered in `batchItemFailures` and SQS
//! delivers it again.
//!
//! Why a function of its own rather than a second trigger of ingest: the trigger and failure
//! model differ (SQS batches with per-record failures, where ingest answers an HTTP caller at
//! once); this function holds the SP-API credentials and draws on the shared SP-API call budget,
//! which the webhook path must not hold; and its concurrency is capped (the queue mapping's
//! `MaximumConcurrency`), so waiting for Amazon's rate budget never holds a webhook caller.
//!
//! The context is built once per cold start: the table, the event bus and, when
//! `SPAPI_SECRET_ARN` is set, the SP-API client (credentials read from that secret once, the
//! call budget in the table).

fn main() -> Result<(), aftercare_lambda::Error> {
    aftercare_lambda::run::notifications()
}
