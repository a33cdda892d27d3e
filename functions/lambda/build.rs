//! Packs the seller's config folder into the Lambda binaries, after validating and linting it:
//! a config with an error (or a template that breaks Amazon's rules) fails the build, so it can
//! never be deployed. The folder is `$AFTERCARE_CONFIG_DIR`, else `config/` at the workspace root.
//! Without one, a debug build (tests, local runs) packs nothing and the functions run the
//! built-in demo store; a release build (`sam build`, `cargo lambda build --release`) fails and
//! says how to make a config, unless `AFTERCARE_ALLOW_DEMO_CONFIG=1` asks for the demo on purpose
//! (the test suite does). The rules are in `src/deploy.rs`, shared with the functions' start.
//!
//! When the build knows the stack's `SenderIdentity` (`$SENDER_IDENTITY`, else the
//! `parameter_overrides` `sam deploy --guided` saved in `samconfig.toml`), every sender of the
//! config must be on it. The window groups `template.yaml` schedules are packed too, so the
//! planner can tell a send no schedule will ever pick up.
//!
//! Cargo re-runs a build script whose watched path is missing on every build (and then rebuilds
//! the crate and relinks all five functions), so only paths that exist are watched. A debug
//! build that packed the demo store therefore does not notice a `config/` created afterwards;
//! `touch functions/lambda/build.rs` or any release build does (a release build without a config
//! fails, and a failed build script always runs again).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[allow(dead_code)]
#[path = "src/deploy.rs"]
mod deploy;

use deploy::{BuildKind, ConfigChoice};

fn main() {
    for var in [
        deploy::CONFIG_DIR_ENV,
        deploy::ALLOW_DEMO_ENV,
        "SENDER_IDENTITY",
    ] {
        println!("cargo:rerun-if-env-changed={var}");
    }
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let root = manifest.join("../..");
    let explicit = std::env::var_os(deploy::CONFIG_DIR_ENV)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from);
    let kind = BuildKind {
        release: std::env::var("PROFILE").is_ok_and(|p| p == "release"),
        allow_demo: std::env::var(deploy::ALLOW_DEMO_ENV).is_ok_and(|v| v.trim() == "1"),
    };
    let default_dir = root.join("config");
    watch_if_present(&default_dir);
    if let Some(dir) = &explicit {
        watch_if_present(dir);
    }
    let choice = match deploy::choose_config(explicit.as_deref(), &default_dir, kind) {
        Ok(choice) => choice,
        Err(message) => fail(&message),
    };
    let template = root.join("template.yaml");
    watch_if_present(&template);
    let scheduled = std::fs::read_to_string(&template)
        .ok()
        .map(|yaml| aftercare::schedule::scheduled_groups(&yaml));
    checks_build_id(&root, scheduled.as_ref());
    let mut files = Vec::new();
    if let ConfigChoice::Seller(dir) = &choice {
        let config = match aftercare::config::Config::load_dir(dir) {
            Ok(config) => config,
            Err(e) => fail(&format!(
                "the Aftercare config in {} is not valid; fix it before deploying:\n{e}",
                dir.display()
            )),
        };
        if let Some(scheduled) = &scheduled {
            check_schedules(&config, scheduled, &template);
        }
        check_senders(&config, &root);
        collect(dir, dir, &mut files);
    }
    let mut code = String::from("/// Files of the deployed config folder: (path inside the folder, contents).\npub const FILES: &[(&str, &[u8])] = &[\n");
    for (rel, abs) in &files {
        println!("cargo:rerun-if-changed={}", abs.display());
        let _ = writeln!(
            code,
            "    ({rel:?}, include_bytes!({:?})),",
            abs.display().to_string()
        );
    }
    code.push_str("];\n");
    code.push_str("/// The window groups `template.yaml` schedules (`None`: built without the template).\npub const SCHEDULED_GROUPS: Option<&[&str]> = ");
    match &scheduled {
        Some(groups) => {
            code.push_str("Some(&[\n");
            for group in groups {
                let _ = writeln!(code, "    {group:?},");
            }
            code.push_str("]);\n");
        }
        None => code.push_str("None;\n"),
    }
    let out =
        PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo")).join("embedded_config.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}

/// Names the checks this build runs on a config (validation, template lint and the window groups
/// the template schedules: the shared library's sources, the locked dependency versions, the
/// compiler and `scheduled`) as `AFTERCARE_CHECKS_BUILD`. A function records it beside each published version it loaded, and
/// a later cold start of the same build trusts that record instead of linting the same bytes
/// again; any change to the rules gives another id, so the next start lints.
fn checks_build_id(root: &Path, scheduled: Option<&std::collections::BTreeSet<String>>) {
    use std::hash::{Hash as _, Hasher as _};
    let mut hasher = std::hash::DefaultHasher::new();
    let shared = root.join("shared/src");
    let lock = root.join("Cargo.lock");
    watch_if_present(&shared);
    watch_if_present(&lock);
    let mut sources = Vec::new();
    collect(&shared, &shared, &mut sources);
    for (rel, abs) in &sources {
        rel.hash(&mut hasher);
        std::fs::read(abs).unwrap_or_default().hash(&mut hasher);
    }
    std::fs::read(&lock).unwrap_or_default().hash(&mut hasher);
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let version = std::process::Command::new(rustc)
        .arg("-vV")
        .output()
        .map(|out| out.stdout)
        .unwrap_or_default();
    version.hash(&mut hasher);
    std::env::var("TARGET")
        .unwrap_or_default()
        .hash(&mut hasher);
    scheduled.hash(&mut hasher);
    println!(
        "cargo:rustc-env=AFTERCARE_CHECKS_BUILD={:016x}",
        hasher.finish()
    );
}

/// Watches `path` only when it exists: cargo treats a missing watched path as changed on every
/// build.
fn watch_if_present(path: &Path) {
    if path.exists() {
        println!("cargo:rerun-if-changed={}", path.display());
    }
}

/// Stops the build with `message` (cargo shows a build script's stderr when it fails).
fn fail(message: &str) -> ! {
    eprintln!("\n{message}\n");
    std::process::exit(1);
}

/// The stack's `SenderIdentity`, when the build can know it: `$SENDER_IDENTITY`, else the
/// `parameter_overrides` of `[default.deploy.parameters]` in `samconfig.toml`.
fn sender_identity(root: &Path) -> Option<(String, String)> {
    if let Some(v) = std::env::var("SENDER_IDENTITY")
        .ok()
        .filter(|v| !v.trim().is_empty())
    {
        return Some((v.trim().to_string(), "SENDER_IDENTITY".into()));
    }
    let samconfig = root.join("samconfig.toml");
    watch_if_present(&samconfig);
    let text = std::fs::read_to_string(&samconfig).ok()?;
    let doc: toml::Table = text.parse().ok()?;
    let overrides = doc
        .get("default")?
        .get("deploy")?
        .get("parameters")?
        .get("parameter_overrides")?;
    let overrides = match overrides {
        toml::Value::String(s) => s.clone(),
        toml::Value::Array(items) => items
            .iter()
            .filter_map(|i| i.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        _ => return None,
    };
    let identity = deploy::parameter_override(&overrides, "SenderIdentity")?;
    let identity = identity.trim();
    (!identity.is_empty()).then(|| (identity.to_string(), "samconfig.toml".into()))
}

/// Every sender must be on the stack's SES identity when the build knows it (the dispatcher
/// checks again when it starts, against the identity actually deployed).
fn check_senders(config: &aftercare::config::Config, root: &Path) {
    let Some((identity, from)) = sender_identity(root) else {
        println!(
            "cargo:warning=SenderIdentity unknown at build time (set SENDER_IDENTITY or deploy once with sam deploy --guided): the dispatcher checks the senders when it starts"
        );
        return;
    };
    let off = deploy::senders_off_identity(config, &identity);
    if !off.is_empty() {
        fail(&format!(
            "{} (SenderIdentity from {from})",
            deploy::off_identity_message(&off, &identity)
        ));
    }
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(root, &path, out);
        } else if let Ok(rel) = path.strip_prefix(root) {
            let abs = path.canonicalize().unwrap_or(path.clone());
            out.push((rel.to_string_lossy().replace('\\', "/"), abs));
        }
    }
}

/// Every window the config uses needs dispatcher schedules in `template.yaml`; a send in a
/// window group nobody schedules would never leave. Fails the build naming the missing groups.
fn check_schedules(
    config: &aftercare::config::Config,
    scheduled: &std::collections::BTreeSet<String>,
    template: &Path,
) {
    let missing: Vec<String> = aftercare::window::required_window_groups(config)
        .into_iter()
        .filter(|group| !scheduled.contains(group))
        .collect();
    if !missing.is_empty() {
        fail(&format!(
            "the config uses windows no dispatcher schedule serves; run scripts/gen-schedules to add them to {}:\n  {}",
            template.display(),
            missing.join("\n  ")
        ));
    }
}
