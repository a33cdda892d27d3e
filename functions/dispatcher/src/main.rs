//! The dispatcher Lambda: Scheduler tick for one window group → due sends mailed through SES,
//! and review requests sent through Amazon's Solicitations API when `SPAPI_SECRET_ARN` names
//! the SP-API credentials. Clients are built once per cold start; each invocation goes to
//! `aftercare_lambda::dispatcher`.

use aftercare_lambda::{Context, Needs};
use lambda_runtime::{service_fn, Error, LambdaEvent};
use serde_json::Value;

#[tokio::main]
async fn main() -> Result<(), Error> {
    aftercare_lambda::init_tracing();
    let ctx: &'static Context = Box::leak(Box::new(
        Context::with_spapi_from_env(Needs {
            bus: false,
            mailer: true,
        })
        .await?,
    ));
    lambda_runtime::run(service_fn(move |event: LambdaEvent<Value>| async move {
        // The config this invocation runs (a newly published one, once per refresh period).
        let ctx = ctx.for_invocation().await;
        let stop_at = aftercare_lambda::stop_before(event.context.deadline);
        aftercare_lambda::dispatcher_until(&ctx, &event.payload, stop_at)
            .await
            .map_err(Error::from)
    }))
    .await
}
