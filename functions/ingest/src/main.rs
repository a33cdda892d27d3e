//! The ingest Lambda: signed HTTP API request → stored order + `order.changed` event. Clients are
//! built once per cold start; the webhook secrets are read in the background from start, so the
//! first request finds them read or on the way, and refreshed every five minutes. Each
//! invocation goes to `aftercare_lambda::ingest`.

use aftercare_lambda::Context;
use lambda_runtime::{service_fn, Error, LambdaEvent};
use serde_json::Value;

#[tokio::main]
async fn main() -> Result<(), Error> {
    aftercare_lambda::init_tracing();
    let ctx: &'static Context = Box::leak(Box::new(Context::ingest_from_env().await?));
    lambda_runtime::run(service_fn(move |event: LambdaEvent<Value>| async move {
        // The config this invocation runs (a newly published one, once per refresh period).
        let ctx = ctx.for_invocation().await;
        Ok::<Value, Error>(aftercare_lambda::ingest(&ctx, &event.payload).await)
    }))
    .await
}
