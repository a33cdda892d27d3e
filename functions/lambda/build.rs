//! Packs the seller's config folder into the Lambda binaries, after validating and linting it:
//! a config with an error (or a template that breaks Amazon's rules) fails the build, so it can
//! never be deployed. The folder is `$AFTERCARE_CONFIG_DIR`, else `config/` at the workspace root;
//! without either, the functions run the built-in default config. The window groups `template.yaml`
//! schedules are packed too, so the planner can tell a send no schedule will ever pick up.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-env-changed=AFTERCARE_CONFIG_DIR");
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let dir = std::env::var_os("AFTERCARE_CONFIG_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.join("../../config"));
    println!("cargo:rerun-if-changed={}", dir.display());
    let template = manifest.join("../../template.yaml");
    println!("cargo:rerun-if-changed={}", template.display());
    let scheduled = std::fs::read_to_string(&template)
        .ok()
        .map(|yaml| aftercare::schedule::scheduled_groups(&yaml));
    let mut files = Vec::new();
    if dir.join("aftercare.toml").is_file() {
        let config = match aftercare::config::Config::load_dir(&dir) {
            Ok(config) => config,
            Err(e) => panic!(
                "\nthe Aftercare config in {} is not valid; fix it before deploying:\n{e}\n",
                dir.display()
            ),
        };
        if let Some(scheduled) = &scheduled {
            check_schedules(&config, scheduled, &template);
        }
        collect(&dir, &dir, &mut files);
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
        panic!(
            "\nthe config uses windows no dispatcher schedule serves; run scripts/gen-schedules to add them to {}:\n  {}\n",
            template.display(),
            missing.join("\n  ")
        );
    }
}
