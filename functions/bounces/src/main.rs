//! The bounces Lambda: SES events and Amazon opt-out notices → suppressions. Clients are built once per cold
//! start; each invocation goes to `aftercare_lambda::bounces`;
//! the process is `aftercare_lambda::run::bounces`.

fn main() -> Result<(), aftercare_lambda::Error> {
    aftercare_lambda::run::bounces()
}
