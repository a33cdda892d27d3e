//! `aftercare serve`: the webhook, the bounce endpoints and the scheduler on this machine,
//! using the same library calls as the Lambdas, with the embedded store and the real clock.

use std::path::Path;
use std::sync::Arc;

use aftercare::adapters::local::{MemoryBus, OutboxMailer, SqliteStore};
use aftercare::adapters::simulated::{SimulatedSolicitations, SOLICITATIONS_LOG};
use aftercare::config::Config;
use aftercare::handlers;
use aftercare::optout;
use aftercare::pipeline::{self, Dispatcher};
use aftercare::ports::{Clock, SystemClock};
use aftercare::signature::SignedHeaders;
use anyhow::{Context, Result};
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Json, Response};
use axum::routing::{get, post};
use axum::Router;
use serde_json::json;

struct App {
    config: Config,
    store: SqliteStore,
    mailer: OutboxMailer,
    bus: MemoryBus,
    clock: SystemClock,
}

pub async fn serve(
    config: Config,
    state: &Path,
    listen: &str,
    tick_secs: u64,
    opted_out: Vec<String>,
) -> Result<()> {
    std::fs::create_dir_all(state).with_context(|| format!("cannot create {}", state.display()))?;
    let app = Arc::new(App {
        store: SqliteStore::open(&state.join("aftercare.db"))?,
        mailer: OutboxMailer::new(&state.join("outbox"), opted_out)?,
        bus: MemoryBus::default(),
        clock: SystemClock,
        config,
    });
    let router = router(app.clone());
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .with_context(|| format!("cannot listen on {listen}"))?;
    let listen = listener.local_addr()?;
    println!(
        "aftercare serve: webhook POST http://{listen}/webhook · SES events POST /ses-events · opt-out notices POST /notices\n\
         state in {} · scheduler tick every {tick_secs}s · Ctrl-C to stop",
        state.display()
    );
    // Tests and scripts read the address from the first line; make sure it is out.
    std::io::Write::flush(&mut std::io::stdout())?;
    let ticker = tokio::spawn(async move {
        let mut interval = tokio::time::interval(std::time::Duration::from_secs(tick_secs.max(1)));
        loop {
            interval.tick().await;
            if let Err(e) = tick(&app).await {
                eprintln!("scheduler: {e}");
            }
        }
    });
    axum::serve(listener, router)
        .with_graceful_shutdown(async {
            let _interrupted = tokio::signal::ctrl_c().await;
        })
        .await?;
    ticker.abort();
    Ok(())
}

fn router(app: Arc<App>) -> Router {
    Router::new()
        .route("/health", get(|| async { "ok" }))
        .route("/webhook", post(webhook))
        .route("/ses-events", post(ses_events))
        .route("/notices", post(notices))
        .layer(DefaultBodyLimit::max(handlers::MAX_BODY_BYTES))
        .layer(axum::middleware::from_fn(log_request))
        .with_state(app)
}

/// One line per request on stderr: method, path, status, duration. Never the body, headers or
/// query: buyer data stays out of the log.
async fn log_request(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let started = std::time::Instant::now();
    let method = request.method().clone();
    // Only the routes' own paths: a stray request's path could carry anything.
    let path = match request.uri().path() {
        known @ ("/health" | "/webhook" | "/ses-events" | "/notices") => known.to_string(),
        _ => "(other path)".to_string(),
    };
    let response = next.run(request).await;
    eprintln!(
        "{} {method} {path} {} {:.1}ms",
        chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ"),
        response.status().as_u16(),
        started.elapsed().as_secs_f64() * 1000.0
    );
    response
}

fn error(status: StatusCode, field: &str, problem: &str) -> Response {
    (status, Json(json!({ "error": problem, "field": field }))).into_response()
}

async fn webhook(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    // An oversize body is refused by the body limit before the handler sees it; answer in the
    // webhook's JSON error shape all the same.
    let body = match body {
        Ok(body) => body,
        Err(rejection) => return error(rejection.status(), "(body)", &rejection.body_text()),
    };
    let signed = SignedHeaders::from_pairs(
        headers
            .iter()
            .filter_map(|(name, value)| Some((name.as_str(), value.to_str().ok()?))),
    );
    let reply = handlers::webhook(
        &app.config,
        &app.store,
        &app.bus,
        &app.config,
        &signed,
        &body,
        app.clock.now(),
    )
    .await;
    let mut body = reply.body;
    // The local bus is drained right away: plan what the webhook stored, as the planner Lambda would.
    let mut planned = 0;
    for changed in app.bus.drain() {
        match handlers::plan(
            &app.config,
            &app.store,
            &app.store,
            &app.store,
            &changed,
            app.clock.now(),
        )
        .await
        {
            Ok(report) => planned += report.created.len(),
            Err(e) => return error(StatusCode::SERVICE_UNAVAILABLE, "(planner)", &e.to_string()),
        }
    }
    if reply.status == 202 {
        body["planned"] = planned.into();
    }
    let status = StatusCode::from_u16(reply.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, Json(body)).into_response()
}

async fn ses_events(State(app): State<Arc<App>>, body: Bytes) -> Response {
    let text = String::from_utf8_lossy(&body);
    let events = match optout::parse_ses_events(&text) {
        Ok(e) => e,
        Err(e) => return error(StatusCode::BAD_REQUEST, "(body)", &e.to_string()),
    };
    match aftercare::breaker::handle_mail_events(&app.config, &app.store, &app.store, &app.store, &events, app.clock.now()).await {
        Ok((r, paused)) => Json(json!({ "bounced": r.bounced, "complaints": r.complaints, "cancelled": r.cancelled, "reconciled": r.reconciled, "paused_stores": paused.iter().map(|p| p.store_id.to_string()).collect::<Vec<_>>() })).into_response(),
        Err(e) => error(StatusCode::SERVICE_UNAVAILABLE, "(store)", &e.to_string()),
    }
}

async fn notices(State(app): State<Arc<App>>, body: Bytes) -> Response {
    let notice = match optout::parse_optout_notice(&body) {
        Ok(n) => n,
        Err(e) => return error(StatusCode::BAD_REQUEST, "(body)", &e.to_string()),
    };
    match pipeline::handle_notice(&app.store, &app.store, &app.store, &notice, app.clock.now()).await {
        Ok(r) => Json(json!({ "opted_out": r.opted_out, "cancelled": r.cancelled, "unmatched": r.unmatched_notices })).into_response(),
        Err(e) => error(StatusCode::SERVICE_UNAVAILABLE, "(store)", &e.to_string()),
    }
}

async fn tick(app: &App) -> Result<()> {
    let started = std::time::Instant::now();
    app.store.purge_expired(app.clock.now())?;
    let retention = std::time::Duration::from_secs(
        u64::try_from(aftercare::send::RETENTION_DAYS).unwrap_or(200) * 86_400,
    );
    if let Some(cutoff) = std::time::SystemTime::now().checked_sub(retention) {
        app.mailer.purge_older_than(cutoff)?;
    }
    // Amazon's review request is recorded in the outbox (solicitations.jsonl), not sent.
    let solicitations = SimulatedSolicitations::new(
        &app.store,
        &app.clock,
        Some(app.mailer.dir().join(SOLICITATIONS_LOG)),
    );
    let dispatcher = Dispatcher {
        config: &app.config,
        orders: &app.store,
        sends: &app.store,
        suppressions: &app.store,
        mailer: &app.mailer,
        clock: &app.clock,
        solicitations: Some(&solicitations),
    };
    let report = dispatcher.run(None, 1_000).await?;
    eprintln!("{}", tick_line(app.clock.now(), &report, started.elapsed()));
    if !report.sent.is_empty()
        || !report.solicited.is_empty()
        || !report.skipped.is_empty()
        || !report.failed.is_empty()
    {
        println!(
            "scheduler: {} sent, {} review requests through Amazon (simulated), {} skipped, {} failed",
            report.sent.len(),
            report.solicited.len(),
            report.skipped.len(),
            report.failed.len()
        );
    }
    for json in app.mailer.take_bounces() {
        let events = optout::parse_ses_events(&json)?;
        aftercare::breaker::handle_mail_events(
            &app.config,
            &app.store,
            &app.store,
            &app.store,
            &events,
            app.clock.now(),
        )
        .await?;
    }
    Ok(())
}

/// The scheduler's line for one tick: counts only, no order, buyer or address. `due` is every
/// send the dispatcher took up; each one ends as exactly one of the parts after it.
fn tick_line(
    now: chrono::DateTime<chrono::Utc>,
    r: &pipeline::DispatchReport,
    took: std::time::Duration,
) -> String {
    let later = r.raced + r.released.len() + r.deferred.len() + r.in_doubt.len() + r.errors.len();
    let due = r.sent.len() + r.solicited.len() + r.skipped.len() + r.failed.len() + later;
    format!(
        "{} tick: {due} sends due: {} sent, {} review requests, {} skipped, {} failed, {later} left for later ({:.1}ms)",
        now.format("%Y-%m-%dT%H:%M:%SZ"),
        r.sent.len(),
        r.solicited.len(),
        r.skipped.len(),
        r.failed.len(),
        took.as_secs_f64() * 1000.0
    )
}
