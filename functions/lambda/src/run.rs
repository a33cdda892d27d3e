//! Each function's whole process: JSON logs, a Tokio runtime, the context built once per cold
//! start, and the Runtime API loop that hands every invocation to the function's handler. A
//! binary's `main` only calls one of these.
//!
//! Why here and not in each binary: async code is compiled where it is awaited. With the loop
//! in five `main`s, each binary compiled the SDK's and the runtime's async code again; a release
//! build spent about two minutes of two cores per binary on it, most of a `sam build`. Here it is
//! compiled once, and the five loops share one instantiation of the runtime (one handler type).

use std::future::Future;
use std::pin::Pin;

use lambda_runtime::{service_fn, Error, LambdaEvent};
use serde_json::Value;

use crate::{Context, InvocationError, Needs};

type Boxed<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;
/// One invocation: the cold start's context and the event, to the reply Lambda returns.
type Handler = fn(&'static Context, LambdaEvent<Value>) -> Boxed<'static, Result<Value, Error>>;

/// The ingest function (signed HTTP API requests).
pub fn ingest() -> Result<(), Error> {
    serve(Box::pin(Context::ingest_from_env()), |ctx, event| {
        Box::pin(async move {
            // The config this invocation runs (a newly published one, once per refresh period).
            let ctx = ctx.for_invocation().await;
            Ok(crate::ingest(&ctx, &event.payload).await)
        })
    })
}

/// The planner function (`order.changed` records from its queue).
pub fn planner() -> Result<(), Error> {
    let needs = Needs {
        bus: false,
        mailer: false,
    };
    serve(Box::pin(Context::from_env(needs)), |ctx, event| {
        Box::pin(async move {
            let ctx = ctx.for_invocation().await;
            Ok(crate::planner(&ctx, &event.payload).await?)
        })
    })
}

/// The dispatcher function (one Scheduler tick for one window group).
pub fn dispatcher() -> Result<(), Error> {
    let needs = Needs {
        bus: false,
        mailer: true,
    };
    serve(
        Box::pin(Context::with_spapi_from_env(needs)),
        |ctx, event| {
            Box::pin(async move {
                let ctx = ctx.for_invocation().await;
                let stop_at = crate::stop_before(event.context.deadline);
                Ok(crate::dispatcher_until(&ctx, &event.payload, stop_at).await?)
            })
        },
    )
}

/// The bounces function (SES events and Amazon's opt-out notices).
pub fn bounces() -> Result<(), Error> {
    let needs = Needs {
        bus: false,
        mailer: false,
    };
    serve(Box::pin(Context::from_env(needs)), |ctx, event| {
        Box::pin(async move {
            let ctx = ctx.for_invocation().await;
            Ok(crate::bounces(&ctx, &event.payload).await?)
        })
    })
}

/// The notifications function (Amazon's `ORDER_CHANGE` notifications from its queue).
pub fn notifications() -> Result<(), Error> {
    let needs = Needs {
        bus: true,
        mailer: false,
    };
    serve(
        Box::pin(Context::with_spapi_from_env(needs)),
        |ctx, event| {
            Box::pin(async move {
                let ctx = ctx.for_invocation().await;
                let stop_at =
                    crate::stop_before_with(event.context.deadline, crate::NOTIFICATION_MARGIN);
                Ok(crate::notifications(&ctx, &event.payload, stop_at).await?)
            })
        },
    )
}

/// Builds the context, then answers invocations until Lambda stops the process.
fn serve(
    context: Pin<Box<dyn Future<Output = Result<Context, InvocationError>>>>,
    handler: Handler,
) -> Result<(), Error> {
    crate::init_tracing();
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(async move {
            let ctx: &'static Context = Box::leak(Box::new(context.await?));
            lambda_runtime::run(service_fn(move |event| handler(ctx, event))).await
        })
}
