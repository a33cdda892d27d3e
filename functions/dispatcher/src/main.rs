//! The dispatcher Lambda: Scheduler tick for one window group → due sends mailed through SES,
//! and review requests sent through Amazon's Solicitations API when `SPAPI_SECRET_ARN` names
//! the SP-API credentials. Clients are built once per cold start; each invocation goes to
//! `aftercare_lambda::dispatcher_until`; the process is `aftercare_lambda::run::dispatcher`.

fn main() -> Result<(), aftercare_lambda::Error> {
    aftercare_lambda::run::dispatcher()
}
