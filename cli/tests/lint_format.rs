//! `aftercare lint` reports a template's findings in one shape, `file:line:col: error[rule]: …`,
//! whether the file is linted alone or as part of a config folder, and a config with several
//! problems reports all of them in one run.

use std::collections::BTreeSet;
use std::path::Path;

use assert_cmd::Command;

fn aftercare() -> Command {
    Command::cargo_bin("aftercare").expect("binary built")
}

/// The `error[…]` lines a lint run printed, with the config folder's path made relative so the
/// two runs can be compared.
fn error_lines(stdout: &[u8], dir: &Path) -> BTreeSet<String> {
    let prefix = format!("{}/", dir.display());
    String::from_utf8_lossy(stdout)
        .lines()
        .filter(|l| l.contains(": error["))
        .map(|l| l.replace(&prefix, ""))
        .collect()
}

const STORE: &str = r#"
[[store]]
id = "shop-us"
name = "Shop"
marketplace = "US"
sender = "Shop <care@shop.example>"
test_address = "qa@shop.example"
"#;

/// A template with findings in the subject (after a wide gap behind the label) and the body.
const PUSHY: &str = "Subject:   [Important] {{ store.name }}: 5 stars please\n\
{{ greeting }}\n\
\n\
Thanks for your order. If you love it, please leave us a 5-star review.\n";

#[test]
fn a_template_reads_the_same_alone_and_in_its_config() {
    let dir = tempfile::tempdir().unwrap();
    let templates = dir.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(
        dir.path().join("aftercare.toml"),
        format!(
            "{STORE}\n[[campaign]]\nname = \"ask\"\nkind = \"follow_up\"\ntemplate = \"pushy\"\n"
        ),
    )
    .unwrap();
    let file = templates.join("pushy.en-US.txt");
    std::fs::write(&file, PUSHY).unwrap();

    let in_config = aftercare()
        .current_dir(dir.path())
        .args(["lint", "."])
        .output()
        .unwrap();
    assert_eq!(in_config.status.code(), Some(1), "{in_config:?}");
    let alone = aftercare()
        .current_dir(dir.path())
        .args(["lint", "--kind", "follow_up", "templates/pushy.en-US.txt"])
        .output()
        .unwrap();
    assert_eq!(alone.status.code(), Some(1), "{alone:?}");

    let in_config = error_lines(&in_config.stdout, Path::new("."));
    let alone = error_lines(&alone.stdout, Path::new("."));
    assert!(
        in_config
            .iter()
            .any(|l| l.starts_with("templates/pushy.en-US.txt:1:")),
        "a subject finding: {in_config:#?}"
    );
    assert!(
        in_config
            .iter()
            .any(|l| l.starts_with("templates/pushy.en-US.txt:4:")),
        "a body finding on the file's line 4: {in_config:#?}"
    );
    assert_eq!(in_config, alone);

    // The subject's columns count from the start of the file's line, label included.
    let subject_line = PUSHY.lines().next().unwrap();
    let five = subject_line.find("5 stars").unwrap() + 1;
    assert!(
        alone
            .iter()
            .any(|l| l.starts_with(&format!("templates/pushy.en-US.txt:1:{five}: error["))),
        "a finding at column {five}: {alone:#?}"
    );
}

#[test]
fn a_config_reports_every_problem_in_one_run() {
    let dir = tempfile::tempdir().unwrap();
    let templates = dir.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(
        dir.path().join("aftercare.toml"),
        format!(
            "{STORE}\n[[campaign]]\nname = \"ask\"\nkind = \"follow_up\"\ntemplate = \"pushy\"\n\n\
             [[campaign]]\nname = \"late\"\nkind = \"follow_up\"\ndelay_days = 400\n\n\
             [[campaign]]\nname = \"odd\"\nkind = \"no_such_kind\"\n"
        ),
    )
    .unwrap();
    std::fs::write(templates.join("pushy.en-US.txt"), PUSHY).unwrap();

    let out = aftercare()
        .current_dir(dir.path())
        .args(["lint", "."])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let lines = error_lines(&out.stdout, Path::new("."));
    let config_errors = lines
        .iter()
        .filter(|l| l.starts_with("aftercare.toml:") && l.contains("error[config]"))
        .count();
    let template_errors = lines
        .iter()
        .filter(|l| l.starts_with("templates/pushy.en-US.txt:"))
        .count();
    assert!(config_errors >= 2, "both config problems: {lines:#?}");
    assert!(
        template_errors >= 2,
        "the template's problems too: {lines:#?}"
    );
}
