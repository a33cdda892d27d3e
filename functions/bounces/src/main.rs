//! The bounces Lambda: SES events and Amazon opt-out notices → suppressions. Clients are built once per cold
//! start; each invocation goes to `aftercare_lambda::bounces`.

use aftercare_lambda::{Context, Needs};
use lambda_runtime::{service_fn, Error, LambdaEvent};
use serde_json::Value;

#[tokio::main]
async fn main() -> Result<(), Error> {
    aftercare_lambda::init_tracing();
    let ctx: &'static Context = Box::leak(Box::new(
        Context::from_env(Needs {
            bus: false,
            mailer: false,
        })
        .await?,
    ));
    lambda_runtime::run(service_fn(move |event: LambdaEvent<Value>| async move {
        // The config this invocation runs (a newly published one, once per refresh period).
        let ctx = ctx.for_invocation().await;
        aftercare_lambda::bounces(&ctx, &event.payload)
            .await
            .map_err(Error::from)
    }))
    .await
}
