//! The ingest Lambda: signed HTTP API request → stored order + `order.changed` event. Clients are
//! built once per cold start; the webhook secrets are read in the background from start, so the
//! first request finds them read or on the way, and refreshed every five minutes. Each
//! invocation goes to `aftercare_lambda::ingest`;
//! the process is `aftercare_lambda::run::ingest`.

fn main() -> Result<(), aftercare_lambda::Error> {
    aftercare_lambda::run::ingest()
}
