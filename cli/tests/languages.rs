//! Which language buyers read, as the seller sees it: `lint`, `simulate` and `preview` name a
//! store whose marketplace has no template in its language (Amazon SE here), and say nothing
//! about one that has (Amazon FR, whose buyers get the French starters).

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

const SE_NOTE: &str = "note: store nordic-se on Amazon SE: buyers get en-US, no sv-SE template";

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures")
}

fn config() -> PathBuf {
    fixtures().join("config-languages")
}

fn aftercare() -> Command {
    Command::cargo_bin("aftercare").expect("binary built")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn notes(output: &str) -> Vec<&str> {
    output.lines().filter(|l| l.starts_with("note: ")).collect()
}

#[test]
fn lint_names_the_store_without_templates_in_its_language_once() {
    let out = aftercare()
        .arg("lint")
        .arg(config())
        .assert()
        .success()
        .get_output()
        .clone();
    let stdout = text(&out.stdout);
    assert_eq!(notes(&stdout), [SE_NOTE], "{stdout}");
    assert!(stdout.contains("0 error(s)"), "{stdout}");

    // With --json the note goes to stderr and stdout stays one JSON document.
    let out = aftercare()
        .args(["lint", "--json"])
        .arg(config())
        .assert()
        .success()
        .get_output()
        .clone();
    let _: Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    assert_eq!(notes(&text(&out.stderr)), [SE_NOTE]);
}

#[test]
fn simulate_says_so_once_and_still_mails_both_stores() {
    let state = tempfile::tempdir().unwrap();
    let out = aftercare()
        .args(["simulate", "--json", "--until", "2026-12-31T00:00:00Z"])
        .arg("--config")
        .arg(config())
        .arg("--events")
        .arg(fixtures().join("events/languages.jsonl"))
        .arg("--state")
        .arg(state.path())
        .assert()
        .success()
        .get_output()
        .clone();
    assert_eq!(notes(&text(&out.stderr)), [SE_NOTE]);
    let sends: Vec<Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect();
    for store in ["nordic-se", "maison-fr"] {
        assert!(
            sends
                .iter()
                .any(|s| s["store_id"] == store && s["campaign"] == "follow-up"),
            "no follow-up for {store}: {sends:?}"
        );
    }
}

fn preview(dir: &Path, store: &str, marketplace: &str, order_id: &str) -> (Value, String) {
    let order = dir.join(format!("{store}.json"));
    let event = serde_json::json!({
        "store_id": store,
        "event_id": format!("{store}-p1"),
        "type": "delivered",
        "occurred_at": "2026-11-05T12:00:00Z",
        "order": {
            "order_id": order_id,
            "marketplace": marketplace,
            "purchase_date": "2026-11-01T09:00:00Z",
            "buyer": {"name": "Camille Durand"},
            "items": [{"asin": "B0LAMPE001", "title": "Lampe de bureau LED", "quantity": 1}]
        }
    });
    std::fs::write(&order, event.to_string()).unwrap();
    let out = aftercare()
        .args(["preview", "--json", "--template", "follow_up", "--order"])
        .arg(&order)
        .arg("--config")
        .arg(config())
        .assert()
        .success()
        .get_output()
        .clone();
    let v: Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    (v, text(&out.stderr))
}

#[test]
fn preview_renders_french_for_the_fr_store_and_names_the_gap_of_the_se_store() {
    let dir = tempfile::tempdir().unwrap();

    let (fr, stderr) = preview(dir.path(), "maison-fr", "FR", "171-0000002-0000002");
    assert_eq!(notes(&stderr), Vec::<&str>::new(), "{stderr}");
    assert_eq!(fr["locale"], "fr-FR");
    assert_eq!(fr["subject"], "Votre commande chez Maison Claire");
    let body = fr["text"].as_str().unwrap();
    assert!(body.starts_with("Bonjour Camille,\n"), "{body}");
    assert!(body.contains("https://www.amazon.fr/"), "{body}");
    assert!(body.contains("L'équipe Maison Claire"), "{body}");

    let (se, stderr) = preview(dir.path(), "nordic-se", "SE", "205-0000002-0000002");
    assert_eq!(notes(&stderr), [SE_NOTE]);
    assert_eq!(se["locale"], "en-US");
    assert!(se["text"]
        .as_str()
        .unwrap()
        .contains("https://www.amazon.se/"));
}
