//! Finding the local AWS emulator from the tests that need it.

/// The emulator's URL (`AFTERCARE_AWS_ENDPOINT`), or `None` to skip. Under CI a missing
/// emulator is a failure, so the suite cannot pass by skipping.
pub fn endpoint() -> Option<String> {
    match std::env::var("AFTERCARE_AWS_ENDPOINT") {
        Ok(url) if !url.trim().is_empty() => Some(url.trim().trim_end_matches('/').to_string()),
        _ if std::env::var_os("CI").is_some() => panic!(
            "AFTERCARE_AWS_ENDPOINT is not set under CI: start the emulator with \
             `eval \"$(scripts/moto start)\"` before these tests"
        ),
        _ => {
            eprintln!(
                "skipped: AFTERCARE_AWS_ENDPOINT is not set (run `eval \"$(scripts/moto start)\"`)"
            );
            None
        }
    }
}
