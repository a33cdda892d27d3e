//! `aftercare status` and `aftercare feedback` count negative feedback the same way: every
//! 1–3★ feedback, removable or struck through as triage says, 3★ ones included.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

const AT: &str = "2026-11-20T00:00:00Z";

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/feedback")
}

fn aftercare() -> Command {
    Command::cargo_bin("aftercare").expect("binary built")
}

/// One order's events: ordered, shipped, delivered, then a feedback.
fn order_events(id: &str, fulfillment: &str, rating: u8, comment: &str) -> String {
    let order = |kind: &str, day: u32, extra: &str| {
        format!(
            r#"{{"store_id": "lumen-us", "event_id": "{id}-{kind}", "type": "{kind}", "occurred_at": "2026-11-{day:02}T02:00:00Z", "order": {{"order_id": "{id}"{extra}}}}}"#
        )
    };
    let ordered = format!(
        r#", "marketplace": "US", "fulfillment": "{fulfillment}", "purchase_date": "2026-11-01T02:00:00Z", "buyer": {{"email": "b-{id}@marketplace.amazon.com"}}, "ship_to": {{"postal_code": "10001", "state": "NY", "country": "US"}}, "items": [{{"asin": "B0COUNT001", "title": "Reading lamp", "quantity": 1}}]"#
    );
    let feedback = format!(
        r#"{{"store_id": "lumen-us", "event_id": "{id}-feedback", "type": "feedback", "occurred_at": "2026-11-10T09:00:00Z", "order": {{"order_id": "{id}"}}, "feedback": {{"rating": {rating}, "comment": "{comment}"}}}}"#
    );
    [
        order("ordered", 1, &ordered),
        order("shipped", 2, ""),
        order("delivered", 4, ""),
        feedback,
    ]
    .join("\n")
}

/// A state folder with the feedback fixture plus three more 3★ feedbacks: a product review
/// (removable), an FBA delivery complaint (struck through) and a service complaint (neither).
fn state_with_three_star_feedback(dir: &Path) {
    let mut events =
        std::fs::read_to_string(fixtures().join("events.jsonl")).expect("fixture events");
    for extra in [
        order_events(
            "113-2000000-0000201",
            "FBM",
            3,
            "The shade wobbles and the switch feels flimsy.",
        ),
        order_events("113-2000000-0000202", "FBA", 3, "Took two weeks to arrive."),
        order_events(
            "113-2000000-0000203",
            "FBM",
            3,
            "Nice lamp, but the seller never answered my question.",
        ),
    ] {
        events.push('\n');
        events.push_str(&extra);
    }
    events.push('\n');
    let path = dir.join("events.jsonl");
    std::fs::write(&path, events).expect("events written");
    aftercare()
        .args(["simulate", "--json", "--until", "2026-12-31T00:00:00Z"])
        .arg("--config")
        .arg(fixtures().join("config"))
        .arg("--events")
        .arg(&path)
        .arg("--state")
        .arg(dir.join("state"))
        .assert()
        .success();
}

fn run(args: &[&str], state: &Path) -> String {
    let out = aftercare()
        .args(args)
        .args(["--at", AT, "--state"])
        .arg(state)
        .assert()
        .success()
        .get_output()
        .clone();
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// The number just before ` label` in `text` ("7 negative, 5 removable" → 7 for "negative").
fn number_before(text: &str, label: &str) -> u64 {
    let at = text
        .find(&format!(" {label}"))
        .unwrap_or_else(|| panic!("no `{label}` in {text}"));
    let digits: String = text[..at]
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    digits
        .parse()
        .unwrap_or_else(|_| panic!("no number before `{label}` in {text}"))
}

#[test]
fn status_and_feedback_count_the_same_negative_feedback_three_stars_included() {
    let dir = tempfile::tempdir().unwrap();
    state_with_three_star_feedback(dir.path());
    let state = dir.path().join("state");

    // What `feedback` lists, row by row.
    let rows: Vec<Value> =
        serde_json::from_str(&run(&["feedback", "--json"], &state)).expect("a JSON array");
    let three_stars: Vec<&Value> = rows.iter().filter(|r| r["rating"] == 3).collect();
    assert_eq!(
        three_stars.len(),
        4,
        "the fixture's 3★ and the three added: {rows:#?}"
    );
    let flag = |r: &Value, key: &str| r[key].as_bool().unwrap_or(false);
    let listed_removable = rows.iter().filter(|r| flag(r, "removable")).count() as u64;
    let listed_struck = rows.iter().filter(|r| flag(r, "struck_through")).count() as u64;
    assert!(three_stars.iter().any(|r| flag(r, "removable")));
    assert!(three_stars.iter().any(|r| flag(r, "struck_through")));
    assert!(three_stars
        .iter()
        .any(|r| !flag(r, "removable") && !flag(r, "struck_through")));

    // `feedback`'s own summary line.
    let table = run(&["feedback"], &state);
    let summary = table
        .lines()
        .find(|l| l.contains("negative feedback (1–3★)"))
        .unwrap_or_else(|| panic!("no summary in {table}"));
    let feedback_counts = (
        number_before(summary, "negative,"),
        number_before(summary, "removable"),
        number_before(summary, "struck through"),
    );

    // `status`, as JSON and as text.
    let status: Value = serde_json::from_str(&run(&["status", "--json"], &state)).expect("JSON");
    let n = &status["negative_feedback"];
    let status_counts = (
        n["total"].as_u64().unwrap(),
        n["removable"].as_u64().unwrap(),
        n["struck_through"].as_u64().unwrap(),
    );
    let status_text = run(&["status"], &state);
    let line = status_text
        .lines()
        .find(|l| l.starts_with("Negative feedback"))
        .unwrap_or_else(|| panic!("no negative feedback line in {status_text}"));

    let listed = (rows.len() as u64, listed_removable, listed_struck);
    assert_eq!(feedback_counts, listed, "{summary}");
    assert_eq!(status_counts, listed, "{status}");
    let total: u64 = line
        .split("(1–3★): ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no total in {line}"));
    assert_eq!(total, listed.0, "{line}");
    assert_eq!(
        number_before(line, "removable on request"),
        listed.1,
        "{line}"
    );
    assert_eq!(
        number_before(line, "struck through by Amazon"),
        listed.2,
        "{line}"
    );
    // Every listed row is 1–3★ and nothing of 4–5★ is counted.
    assert!(rows
        .iter()
        .all(|r| (1..=3).contains(&r["rating"].as_u64().unwrap())));
    assert_eq!(listed, (10, 6, 2));
}
