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

use aftercare_lambda::{Context, Needs};
use lambda_runtime::{service_fn, Error, LambdaEvent};
use serde_json::Value;

#[tokio::main]
async fn main() -> Result<(), Error> {
    aftercare_lambda::init_tracing();
    let ctx: &'static Context = Box::leak(Box::new(
        Context::with_spapi_from_env(Needs {
            bus: true,
            mailer: false,
        })
        .await?,
    ));
    lambda_runtime::run(service_fn(move |event: LambdaEvent<Value>| async move {
        // The config this invocation runs (a newly published one, once per refresh period).
        let ctx = ctx.for_invocation().await;
        let stop_at = aftercare_lambda::stop_before_with(
            event.context.deadline,
            aftercare_lambda::NOTIFICATION_MARGIN,
        );
        aftercare_lambda::notifications(&ctx, &event.payload, stop_at)
            .await
            .map_err(Error::from)
    }))
    .await
}
