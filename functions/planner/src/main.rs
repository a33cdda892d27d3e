//! The planner Lambda: `order.changed` → planned sends. Clients are built once per cold
//! start; each invocation goes to `aftercare_lambda::planner`;
//! the process is `aftercare_lambda::run::planner`.

fn main() -> Result<(), aftercare_lambda::Error> {
    aftercare_lambda::run::planner()
}
