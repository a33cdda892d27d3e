//! Runs the built `aftercare` binary the way a seller would, on the fixture config and events
//! under `tests/fixtures/`, and checks what it prints.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use chrono::{DateTime, NaiveTime, Timelike, Utc};
use serde_json::Value;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures")
}

fn aftercare() -> Command {
    Command::cargo_bin("aftercare").expect("binary built")
}

/// Runs a command that must succeed (a failure shows the command, its status and output).
trait Succeeds {
    fn succeeds(&mut self) -> Output;
}

impl Succeeds for Command {
    fn succeeds(&mut self) -> Output {
        self.assert().success().get_output().clone()
    }
}

fn json_lines(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

fn simulate_fixture(state: &Path) -> Vec<Value> {
    let out = aftercare()
        .args(["simulate", "--json", "--until", "2026-12-31T00:00:00Z"])
        .arg("--config")
        .arg(fixtures().join("config-acme"))
        .arg("--events")
        .arg(fixtures().join("events/acme.jsonl"))
        .arg("--opted-out")
        .arg(fixtures().join("events/acme-opted-out.txt"))
        .arg("--state")
        .arg(state)
        .succeeds();
    json_lines(&out.stdout)
}

fn find<'a>(sends: &'a [Value], order: &str, campaign: &str) -> &'a Value {
    sends
        .iter()
        .find(|s| s["order_id"] == order && s["campaign"] == campaign)
        .unwrap_or_else(|| panic!("no send for {order}/{campaign}"))
}

#[test]
fn simulate_prints_one_object_per_send_with_all_contract_fields() {
    let dir = tempfile::tempdir().unwrap();
    let sends = simulate_fixture(dir.path());
    assert!(sends.len() >= 10, "{sends:#?}");
    for s in &sends {
        for field in [
            "order_id",
            "campaign",
            "kind",
            "status",
            "reason",
            "send_at_utc",
            "send_at_local",
            "zone",
            "send_at_beijing",
            "decided_at_utc",
        ] {
            assert!(s.get(field).is_some(), "{field} missing in {s}");
        }
        let status = s["status"].as_str().unwrap();
        assert!(
            ["sent", "skipped", "cancelled", "pending", "failed"].contains(&status),
            "{status}"
        );
        // A skipped send never had a time to leave: only when it was decided.
        if status == "skipped" {
            for field in ["send_at_utc", "send_at_local", "send_at_beijing"] {
                assert!(s[field].is_null(), "{field} of a skipped send: {s}");
            }
            let decided = s["decided_at_utc"]
                .as_str()
                .unwrap_or_else(|| panic!("{s}"));
            decided.parse::<DateTime<Utc>>().unwrap();
            continue;
        }
        assert!(s["decided_at_utc"].is_null(), "{s}");
        // The three times are the same instant.
        let utc: DateTime<Utc> = s["send_at_utc"].as_str().unwrap().parse().unwrap();
        let local = DateTime::parse_from_rfc3339(s["send_at_local"].as_str().unwrap()).unwrap();
        let beijing = DateTime::parse_from_rfc3339(s["send_at_beijing"].as_str().unwrap()).unwrap();
        assert_eq!(local, utc);
        assert_eq!(beijing, utc);
        assert_eq!(beijing.offset().local_minus_utc(), 8 * 3600);
    }
    // Every (order, campaign) appears once.
    let keys: BTreeSet<_> = sends
        .iter()
        .map(|s| (s["order_id"].to_string(), s["campaign"].to_string()))
        .collect();
    assert_eq!(keys.len(), sends.len());
}

#[test]
fn simulate_follows_the_campaign_rules_on_the_fixture_orders() {
    let dir = tempfile::tempdir().unwrap();
    let sends = simulate_fixture(dir.path());

    // Evansville, Indiana is on Central time; the follow-up goes 5 days after shipment, 13–15 local.
    let f = find(&sends, "113-0000001-0000001", "follow-up");
    assert_eq!(f["status"], "sent");
    assert_eq!(f["zone"], "America/Chicago");
    let local = DateTime::parse_from_rfc3339(f["send_at_local"].as_str().unwrap()).unwrap();
    assert!((13..15).contains(&local.hour()), "{local}");
    assert_eq!(local.date_naive().to_string(), "2026-11-07");

    // The kettle order gets the manual, not the follow-up; Phoenix has no DST.
    assert_eq!(
        find(&sends, "113-0000002-0000002", "kettle-manual")["status"],
        "sent"
    );
    assert_eq!(
        find(&sends, "113-0000002-0000002", "kettle-manual")["zone"],
        "America/Phoenix"
    );
    assert_eq!(
        find(&sends, "113-0000002-0000002", "follow-up")["reason"],
        "product_info_instead"
    );

    // The opted-out buyer's first email bounced; everything after it was cancelled.
    let opted: Vec<&Value> = sends
        .iter()
        .filter(|s| s["order_id"] == "113-0000003-0000003")
        .collect();
    let sent: Vec<_> = opted.iter().filter(|s| s["status"] == "sent").collect();
    assert_eq!(sent.len(), 1, "{opted:#?}");
    assert_eq!(sent[0]["bounced"], true);
    assert!(
        opted
            .iter()
            .filter(|s| s["status"] != "sent")
            .all(|s| s["reason"] == "opted_out"),
        "{opted:#?}"
    );

    // Returned: follow-up and review stop, the test-mode survey is sent (to the test address).
    let f = find(&sends, "113-0000004-0000004", "follow-up");
    assert_eq!(f["status"], "cancelled");
    assert_eq!(f["reason"], "returned");
    let survey = find(&sends, "113-0000004-0000004", "returns");
    assert_eq!(survey["status"], "sent");
    assert_eq!(survey["test"], true);

    // Blacklisted buyer: nothing.
    assert!(sends
        .iter()
        .filter(|s| s["order_id"] == "113-0000005-0000005")
        .all(|s| s["status"] == "skipped" && s["reason"] == "blacklisted"));

    // FBM sentiment check in the fixed Beijing window 01:00–05:00.
    let b = find(&sends, "113-0000003-0000003", "beijing-night");
    let bj = DateTime::parse_from_rfc3339(b["send_at_beijing"].as_str().unwrap()).unwrap();
    assert!(
        bj.time() >= NaiveTime::from_hms_opt(1, 0, 0).unwrap()
            && bj.time() < NaiveTime::from_hms_opt(5, 0, 0).unwrap()
    );

    // The Japanese ORDER_CHANGE order is planned in Tokyo time, in the store's 12:00–14:00 window.
    let jp = find(&sends, "250-0000006-0000006", "follow-up");
    assert_eq!(jp["zone"], "Asia/Tokyo");
    let local = DateTime::parse_from_rfc3339(jp["send_at_local"].as_str().unwrap()).unwrap();
    assert!((12..14).contains(&local.hour()), "{local}");
}

#[test]
fn outbox_holds_proper_mime_with_the_attachment_and_no_raw_placeholders() {
    let dir = tempfile::tempdir().unwrap();
    simulate_fixture(dir.path());
    let outbox = dir.path().join("outbox");
    // Emails are the .eml files; Amazon's review requests are logged in solicitations.jsonl.
    let files: Vec<PathBuf> = std::fs::read_dir(&outbox)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .collect();
    assert!(!files.is_empty());
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        assert!(text.contains("multipart/"), "{}", f.display());
        assert!(
            !text.contains("{{") && !text.contains("{%"),
            "raw placeholder in {}",
            f.display()
        );
    }
    let manual = files
        .iter()
        .find(|p| p.to_string_lossy().contains("kettle-manual"))
        .expect("manual email written");
    let text = std::fs::read_to_string(manual).unwrap();
    assert!(text.contains("application/pdf"));
    assert!(text.contains("kettle-quick-start.pdf"));
    // The test-mode survey went to the store's test address, not the buyer.
    let survey = files
        .iter()
        .find(|p| p.to_string_lossy().contains("returns"))
        .unwrap();
    let text = std::fs::read_to_string(survey).unwrap();
    assert!(text.contains("qa@acme-home.example"));
    assert!(!text.contains("rt55aa@"));
}

#[test]
fn status_reports_counts_after_a_run() {
    let dir = tempfile::tempdir().unwrap();
    let sends = simulate_fixture(dir.path());
    let out = aftercare()
        .args([
            "status",
            "--json",
            "--at",
            "2026-12-31T00:00:00Z",
            "--state",
        ])
        .arg(dir.path())
        .succeeds();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let sent = sends
        .iter()
        .filter(|s| s["status"] == "sent" && s["store_id"] == "acme-us")
        .count();
    assert_eq!(v["stores"]["acme-us"]["sent"], sent);
    assert_eq!(v["opted_out"], 1);
    assert!(v["feedback"]["30d"].is_object());
}

#[test]
fn bad_event_files_name_the_line_and_field_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = aftercare()
        .args(["simulate", "--until", "2026-12-31T00:00:00Z", "--events"])
        .arg(fixtures().join("events/bad.jsonl"))
        .arg("--state")
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad.jsonl:2: order.items[0].quantity"),
        "{err}"
    );
    assert!(err.contains("bad.jsonl:3: type"), "{err}");
    assert!(
        !dir.path().join("aftercare.db").exists(),
        "nothing may be stored"
    );
}

#[test]
fn unknown_store_is_refused_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    // The built-in config only knows store `default`.
    let out = aftercare()
        .args(["simulate", "--until", "2026-12-31T00:00:00Z", "--events"])
        .arg(fixtures().join("events/acme.jsonl"))
        .arg("--state")
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("acme.jsonl:2: store_id: unknown store `acme-us`"),
        "{err}"
    );
}

#[test]
fn demo_runs_the_whole_pipeline_and_says_what_happened() {
    let dir = tempfile::tempdir().unwrap();
    let out = aftercare()
        .args(["demo", "--orders", "150", "--dir"])
        .arg(dir.path())
        .succeeds();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Emails:"), "{text}");
    assert!(text.contains("Beijing"), "{text}");
    let emails = std::fs::read_dir(dir.path().join("outbox"))
        .unwrap()
        .count();
    assert!(emails > 50, "{emails} emails for 150 orders");

    let out = aftercare()
        .args(["demo", "--json", "--orders", "150", "--dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    let sends = json_lines(&out.stdout);
    let mut by_status: BTreeMap<String, usize> = BTreeMap::new();
    for s in &sends {
        *by_status
            .entry(s["status"].as_str().unwrap().to_string())
            .or_default() += 1;
    }
    assert!(by_status["sent"] > 50, "{by_status:?}");
    assert!(
        by_status["skipped"] > 0 && by_status["cancelled"] > 0,
        "{by_status:?}"
    );
    assert!(
        sends.iter().any(|s| s["bounced"] == true),
        "opted-out buyers bounce in the demo"
    );
}

#[test]
fn zone_prints_the_zone_first() {
    let out = aftercare().args(["zone", "47708"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        text.split_whitespace().next(),
        Some("America/Chicago"),
        "{text}"
    );
    let out = aftercare().args(["zone", "86515"]).output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .next(),
        Some("America/Denver")
    );
    let out = aftercare()
        .args(["zone", "00000", "--state", "HI"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .next(),
        Some("Pacific/Honolulu")
    );
}

#[test]
fn lint_reports_file_line_col_and_fails_on_errors() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("follow_up.en-US.txt");
    std::fs::write(
        &bad,
        "Subject: Re: your order\nHi,\n\nIf you love it, please leave us a 5-star review!\n",
    )
    .unwrap();
    let out = aftercare().arg("lint").arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    let shown = bad.display().to_string();
    assert!(
        text.lines()
            .any(|l| l.starts_with(&format!("{shown}:1:")) && l.contains("error[")),
        "{text}"
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with(&format!("{shown}:4:")) && l.contains("error[")),
        "{text}"
    );

    let out = aftercare()
        .arg("lint")
        .arg(fixtures().join("config-acme"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn preview_renders_with_fallbacks() {
    let dir = tempfile::tempdir().unwrap();
    let order = dir.path().join("order.json");
    std::fs::write(
        &order,
        r#"{"store_id":"default","event_id":"p1","type":"delivered","occurred_at":"2026-11-03T18:20:00Z","order":{"order_id":"113-1234567-1234567","marketplace":"US","items":[{"asin":"B0EXAMPLE1","quantity":1}]}}"#,
    )
    .unwrap();
    let out = aftercare()
        .args(["preview", "--json", "--template", "follow_up", "--order"])
        .arg(&order)
        .succeeds();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let text = v["text"].as_str().unwrap();
    assert!(
        text.contains("113-1234567-1234567")
            || v["subject"]
                .as_str()
                .unwrap()
                .contains("Aftercare Demo Store")
    );
    assert!(!text.contains("{{"));
    assert!(v["html"].as_str().unwrap().contains("amazon.com"));
}

/// Sends one HTTP/1.1 request and returns (status, body).
fn http(addr: &str, method: &str, path: &str, body: &[u8]) -> (u16, String) {
    support::http(addr, method, path, &[], body)
}

const ACME_US_SECRET: &str = "acme-us-fixture-secret-0001";

fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// Posts a webhook body signed for `store` with `secret` at `timestamp`.
fn post_signed(
    addr: &str,
    store: &str,
    secret: &str,
    timestamp: i64,
    body: &[u8],
) -> (u16, String) {
    let secret = aftercare::signature::WebhookSecret::new(secret).unwrap();
    let signature = aftercare::signature::sign(&secret, timestamp, body);
    let timestamp = timestamp.to_string();
    let headers = [
        ("X-Aftercare-Store", store),
        ("X-Aftercare-Timestamp", timestamp.as_str()),
        ("X-Aftercare-Signature", signature.as_str()),
    ];
    support::http(addr, "POST", "/webhook", &headers, body)
}

fn post_acme(addr: &str, body: &[u8]) -> (u16, String) {
    post_signed(addr, "acme-us", ACME_US_SECRET, unix_now(), body)
}

struct Server(std::process::Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn serve_takes_webhooks_and_refuses_bad_ones_without_storing_them() {
    use std::io::BufRead;
    let dir = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("aftercare"))
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--tick",
            "3600",
            "--config",
        ])
        .arg(fixtures().join("config-acme"))
        .arg("--state")
        .arg(dir.path())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    // Keep the pipe open for the server's lifetime: it logs to stdout.
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    stdout.read_line(&mut first).unwrap();
    let _server = Server(child);
    let addr = first
        .split("http://")
        .nth(1)
        .and_then(|s| s.split('/').next())
        .unwrap()
        .to_string();

    let events = std::fs::read_to_string(fixtures().join("events/acme.jsonl")).unwrap();
    let first_event = events.lines().find(|l| l.starts_with('{')).unwrap();

    // Refused before the body is read: nothing of these may reach the store. Each timestamp is
    // taken as its request is made and lies 30 s outside the allowed skew, so a slow machine
    // (a second or more between requests) cannot bring it back inside.
    let body = first_event.as_bytes();
    let skewed = 30 + aftercare::signature::MAX_CLOCK_SKEW_SECS;
    let now = unix_now();
    for (label, (status, reply)) in [
        ("unsigned", http(&addr, "POST", "/webhook", body)),
        (
            "forged",
            post_signed(&addr, "acme-us", "a-guessed-secret-123", now, body),
        ),
        (
            "stale",
            post_signed(&addr, "acme-us", ACME_US_SECRET, unix_now() - skewed, body),
        ),
        (
            "early",
            post_signed(&addr, "acme-us", ACME_US_SECRET, unix_now() + skewed, body),
        ),
        (
            "unknown store",
            post_signed(&addr, "nobody", ACME_US_SECRET, now, body),
        ),
        (
            "another store's secret",
            post_signed(&addr, "acme-jp", ACME_US_SECRET, now, body),
        ),
    ] {
        assert_eq!(status, 401, "{label}: {reply}");
        let v: Value =
            serde_json::from_str(&reply).unwrap_or_else(|e| panic!("{label}: {e}: {reply}"));
        assert!(
            v["field"].as_str().unwrap().starts_with("X-Aftercare-"),
            "{label}: {reply}"
        );
    }
    // A tampered body no longer matches its signature.
    let secret = aftercare::signature::WebhookSecret::new(ACME_US_SECRET).unwrap();
    let signature = aftercare::signature::sign(&secret, now, body);
    let tampered = first_event.replace("\"quantity\":1", "\"quantity\":9");
    assert_ne!(tampered, first_event);
    let ts = now.to_string();
    let (status, reply) = support::http(
        &addr,
        "POST",
        "/webhook",
        &[
            ("X-Aftercare-Store", "acme-us"),
            ("X-Aftercare-Timestamp", &ts),
            ("X-Aftercare-Signature", &signature),
        ],
        tampered.as_bytes(),
    );
    assert_eq!(status, 401, "{reply}");
    // Signed with acme-jp's secret (either one while rotating) but carrying acme-us's event.
    for jp_secret in ["acme-jp-fixture-secret-new", "acme-jp-fixture-secret-old"] {
        let (status, reply) = post_signed(&addr, "acme-jp", jp_secret, now, body);
        assert_eq!(status, 401, "{reply}");
        assert_eq!(
            serde_json::from_str::<Value>(&reply).unwrap()["field"],
            "store_id"
        );
    }

    let (status, body) = post_acme(&addr, first_event.as_bytes());
    assert_eq!(status, 202, "{body}");
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["status"], "stored");
    // Shipment triggers the follow-up.
    let shipped = events.lines().find(|l| l.contains("a1-shipped")).unwrap();
    let (status, body) = post_acme(&addr, shipped.as_bytes());
    assert_eq!(status, 202, "{body}");
    let planned = serde_json::from_str::<Value>(&body).unwrap()["planned"]
        .as_u64()
        .unwrap();
    assert!(planned >= 1, "{body}");

    let (status, body) = post_acme(&addr, first_event.as_bytes());
    assert_eq!(status, 200, "a replayed event id is answered 200: {body}");
    assert_eq!(
        serde_json::from_str::<Value>(&body).unwrap()["status"],
        "duplicate"
    );

    let bad = first_event
        .replace("\"quantity\":1", "\"quantity\":-1")
        .replace("a1-ordered", "a1-bad");
    let (status, body) = post_acme(&addr, bad.as_bytes());
    assert_eq!(status, 400, "{body}");
    assert_eq!(
        serde_json::from_str::<Value>(&body).unwrap()["field"],
        "order.items[0].quantity"
    );

    let (status, body) = post_acme(&addr, b"{not json");
    assert_eq!(status, 400, "{body}");
    assert_eq!(
        serde_json::from_str::<Value>(&body).unwrap()["field"],
        "(body)"
    );

    let huge = vec![b' '; 300 * 1024];
    let (status, body) = post_acme(&addr, &huge);
    assert_eq!(status, 413);
    assert_eq!(
        serde_json::from_str::<Value>(&body).unwrap()["field"],
        "(body)"
    );

    // Only the one good event reached the store.
    let out = aftercare()
        .args(["status", "--json", "--state"])
        .arg(dir.path())
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let counts = v["stores"]["acme-us"].as_object().unwrap();
    let total: u64 = counts
        .iter()
        .filter(|(k, _)| *k != "bounced")
        .map(|(_, n)| n.as_u64().unwrap())
        .sum();
    assert_eq!(total, planned, "{v}");
    drop(stdout);
}

fn simulate_feedback_fixture(state: &Path) -> Vec<Value> {
    let out = aftercare()
        .args(["simulate", "--json", "--until", "2026-12-31T00:00:00Z"])
        .arg("--config")
        .arg(fixtures().join("feedback/config"))
        .arg("--events")
        .arg(fixtures().join("feedback/events.jsonl"))
        .arg("--state")
        .arg(state)
        .succeeds();
    json_lines(&out.stdout)
}

fn feedback_json(state: &Path, extra: &[&str]) -> Vec<Value> {
    let out = aftercare()
        .arg("feedback")
        .args(extra)
        .arg("--json")
        .arg("--state")
        .arg(state)
        .succeeds();
    serde_json::from_slice::<Vec<Value>>(&out.stdout).expect("a JSON array")
}

#[test]
fn feedback_triages_the_stored_negative_and_neutral_feedback() {
    let dir = tempfile::tempdir().unwrap();
    let sends = simulate_feedback_fixture(dir.path());
    let rows = feedback_json(dir.path(), &["--at", "2026-11-20T00:00:00Z"]);
    let row = |order: &str| {
        rows.iter()
            .find(|r| r["order_id"] == order)
            .unwrap_or_else(|| panic!("no row for {order}: {rows:#?}"))
    };
    let grounds = |r: &Value| -> Vec<String> {
        r["grounds"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g["ground"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(rows.len(), 7, "1–3★ only, the 5★ is not triaged: {rows:#?}");
    assert!(rows.iter().all(|r| r["rating"].as_u64().unwrap() <= 3));

    let product = row("113-1000000-0000101");
    assert_eq!(grounds(product), ["product_review"]);
    assert_eq!(product["grounds"][0]["evidence"][0], "broke");
    assert_eq!(product["next_step"], "request_removal");
    assert_eq!(product["removable"], true);
    assert_eq!(product["left_at"], "2026-11-06T09:00:00+00:00");
    assert_eq!(product["deadline"], "2027-02-04T09:00:00+00:00");
    assert_eq!(
        product["buyer_can_remove_until"],
        "2027-01-05T09:00:00+00:00"
    );
    assert_eq!(product["request_removal_from"], "2026-11-09T09:00:00+00:00");

    let fba = row("113-1000000-0000102");
    assert_eq!(grounds(fba), ["fba_fulfillment"]);
    assert_eq!(fba["next_step"], "expect_strike_through");
    assert_eq!(fba["struck_through"], true);

    let named = row("113-1000000-0000103");
    assert_eq!(grounds(named), ["personal_data"]);
    assert_eq!(named["grounds"][0]["evidence"][0], "Priya Nair");

    let service = row("113-1000000-0000104");
    assert!(grounds(service).is_empty());
    assert_eq!(service["next_step"], "contact_buyer");
    assert_eq!(service["deadline"], "2027-01-07T09:00:00+00:00");

    assert_eq!(row("113-1000000-0000105")["rating"], 3);
    assert_eq!(
        grounds(row("113-1000000-0000107")),
        ["answers_contradict_rating"]
    );
    let german = row("302-1000000-0000108");
    assert_eq!(grounds(german), ["obscene", "personal_data"]);
    assert_eq!(german["language"], "de");
    for r in &rows {
        let advice = r["advice"].as_str().unwrap().to_lowercase();
        assert!(
            !advice.contains("refund") && !advice.contains("coupon"),
            "{advice}"
        );
    }

    // The negative feedback stopped every send still pending for its order.
    for s in sends
        .iter()
        .filter(|s| s["order_id"] == "113-1000000-0000101")
    {
        assert_ne!(s["status"], "pending", "{s}");
        if s["status"] == "cancelled" {
            assert_eq!(s["reason"], "negative_feedback");
        }
    }
    assert!(sends
        .iter()
        .any(|s| s["order_id"] == "113-1000000-0000109" && s["status"] == "sent"));

    // --negative drops the 3★; after the deadlines there is nothing left to request.
    assert_eq!(feedback_json(dir.path(), &["--negative"]).len(), 6);
    let late = feedback_json(dir.path(), &["--at", "2027-06-01T00:00:00Z"]);
    assert!(late.iter().all(|r| r["next_step"] == "nothing_to_request"));

    // The table names the order, the step and the evidence.
    let out = aftercare()
        .args(["feedback", "--at", "2026-11-20T00:00:00Z", "--state"])
        .arg(dir.path())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(text.contains("113-1000000-0000103"), "{text}");
    assert!(text.contains("personal_data (\"Priya Nair\")"), "{text}");
    assert!(text.contains("expect_strike_through"), "{text}");
    assert!(
        text.contains("7 negative, 5 removable, 1 struck through"),
        "{text}"
    );

    // status counts the removable negatives too, 3★ included as `feedback` counts them.
    let out = aftercare()
        .args([
            "status",
            "--json",
            "--at",
            "2026-11-20T00:00:00Z",
            "--state",
        ])
        .arg(dir.path())
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["negative_feedback"]["total"], 7);
    assert_eq!(v["negative_feedback"]["removable"], 5);
    assert_eq!(v["negative_feedback"]["struck_through"], 1);
}

#[test]
fn feedback_re_triages_with_a_config_and_refuses_a_missing_state() {
    let dir = tempfile::tempdir().unwrap();
    simulate_feedback_fixture(dir.path());
    // Re-triaged with a config that lists no staff names, the name is no longer a ground.
    let builtin = tempfile::tempdir().unwrap();
    std::fs::write(
        builtin.path().join("aftercare.toml"),
        "[[store]]\nid = \"lumen-us\"\nname = \"L\"\nmarketplace = \"US\"\nsender = \"a@l.example\"\ntest_address = \"b@l.example\"\n",
    )
    .unwrap();
    let rows = feedback_json(dir.path(), &["--config", builtin.path().to_str().unwrap()]);
    let named = rows
        .iter()
        .find(|r| r["order_id"] == "113-1000000-0000103")
        .unwrap();
    assert_eq!(named["grounds"], serde_json::json!([]));
    assert_eq!(named["next_step"], "contact_buyer");

    let empty = tempfile::tempdir().unwrap();
    let out = aftercare()
        .args(["feedback", "--state"])
        .arg(empty.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no database at"));
}

#[test]
fn status_shows_a_paused_store_and_resume_lifts_it() {
    use aftercare::ports::{BreakerStore, Health, Pause, SendStore};
    let dir = tempfile::tempdir().unwrap();
    let at: DateTime<Utc> = "2026-11-10T19:00:00Z".parse().unwrap();
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    rt.block_on(async {
        let store = aftercare::adapters::local::SqliteStore::open(&dir.path().join("aftercare.db"))
            .unwrap();
        let send = aftercare::adapters::contract::sample_send(
            "default",
            "113-0000001-0000001",
            "follow-up",
            Some("a@marketplace.amazon.com"),
            at,
        );
        store.insert_new(&[send]).await.unwrap();
        store
            .pause(&Pause {
                store_id: aftercare::order::StoreId::parse("default").unwrap(),
                at,
                reason: "bounce_rate".into(),
                health: Health {
                    sent: 250,
                    bounced: 20,
                    complained: 0,
                },
                limit_percent: 4.0,
                resumed_at: None,
            })
            .await
            .unwrap();
    });
    let status = |json: bool| {
        let mut cmd = aftercare();
        cmd.args(["status", "--state"]).arg(dir.path());
        if json {
            cmd.arg("--json");
        }
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let text = status(false);
    assert!(
        text.contains("Paused by the bounce circuit breaker"),
        "{text}"
    );
    assert!(
        text.contains("bounce rate over 4%") && text.contains("8.00%"),
        "{text}"
    );
    let v: Value = serde_json::from_str(&status(true)).unwrap();
    assert_eq!(v["paused"][0]["store_id"], "default", "{v}");

    let out = aftercare()
        .args(["resume", "--store", "nope", "--state"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--store: unknown store `nope`"));

    let out = aftercare()
        .args([
            "resume",
            "--store",
            "default",
            "--at",
            "2026-11-20T00:00:00Z",
            "--state",
        ])
        .arg(dir.path())
        .succeeds();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("store default resumed") && text.contains("1 held sends re-slotted"),
        "{text}"
    );
    assert!(!status(false).contains("Paused"));
}

/// `spapi connect` and `spapi status` against a stub of Amazon's API: a connect is idempotent,
/// status names connected and unconnected stores, and the credentials never reach the output.
#[test]
fn spapi_connect_is_idempotent_and_status_shows_it_without_secrets() {
    use aftercare::adapters::spapi::stub::{SpApiStub, StubConfig};
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let stub = rt.block_on(SpApiStub::start(
        StubConfig::new("amzn1.application-oa2-client.cli", "cli-client-secret-xyz")
            .refresh_token("us", "Atzr|cli-refresh-us"),
    ));
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("cfg");
    std::fs::create_dir_all(&config).unwrap();
    let store = |id: &str, market: &str, seller: &str| {
        format!("[[store]]\nid = \"{id}\"\nname = \"S\"\nmarketplace = \"{market}\"\nsender = \"care@s.example\"\ntest_address = \"t@s.example\"\n{seller}\n")
    };
    std::fs::write(
        config.join("aftercare.toml"),
        format!(
            "{}{}{}",
            store("us", "US", "seller_id = \"A1CLI\""),
            store("ca", "CA", "seller_id = \"A1CLI\""),
            store("de", "DE", "")
        ),
    )
    .unwrap();
    let creds = dir.path().join("creds.json");
    std::fs::write(
        &creds,
        r#"{"client_id":"amzn1.application-oa2-client.cli","client_secret":"cli-client-secret-xyz","refresh_tokens":{"us":"Atzr|cli-refresh-us"}}"#,
    )
    .unwrap();
    let arn = "arn:aws:sqs:us-east-1:123456789012:aftercare-order-notifications";
    let run = |args: &[&str]| {
        let out = Command::cargo_bin("aftercare")
            .unwrap()
            .arg("spapi")
            .args(args)
            .arg("--config")
            .arg(&config)
            .arg("--credentials")
            .arg(&creds)
            .env("AFTERCARE_SPAPI_ENDPOINT", stub.base_url())
            .output()
            .unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        for secret in ["cli-client-secret-xyz", "Atzr|cli-refresh-us"] {
            assert!(!text.contains(secret), "secret in output: {text}");
        }
        (out.status.code(), text)
    };
    let (code, first) = run(&["connect", "--store", "us", "--queue-arn", arn]);
    assert_eq!(code, Some(0), "{first}");
    assert!(first.contains("(created)"), "{first}");
    assert!(
        first.contains("US, CA"),
        "one subscription for the seller's NA stores: {first}"
    );
    let (code, again) = run(&["connect", "--store", "us", "--queue-arn", arn]);
    assert_eq!(code, Some(0), "{again}");
    assert!(!again.contains("(created)"), "{again}");
    assert_eq!(stub.destinations().len(), 1);
    assert_eq!(stub.subscription_count(), 1);

    let (code, status) = run(&["status"]);
    assert_eq!(
        code,
        Some(1),
        "a store without a token is a problem: {status}"
    );
    assert!(status.contains(arn), "{status}");
    let line = |id: &str| {
        status
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("{id} ")))
            .unwrap_or_else(|| panic!("no line for {id}: {status}"))
            .to_string()
    };
    assert!(line("us").contains("connected: ORDER_CHANGE"), "{status}");
    assert!(line("de").contains("no refresh token"), "{status}");

    // Clear refusals: a store without a seller id, a queue that is not an ARN, no credentials.
    let (code, text) = run(&["connect", "--store", "de", "--queue-arn", arn]);
    assert_eq!(code, Some(2));
    assert!(text.contains("no seller_id"), "{text}");
    let (code, text) = run(&["connect", "--store", "us", "--queue-arn", "my-queue"]);
    assert_eq!(code, Some(2));
    assert!(text.contains("--queue-arn"), "{text}");
    let out = Command::cargo_bin("aftercare")
        .unwrap()
        .args(["spapi", "status", "--config"])
        .arg(&config)
        .env_remove("AFTERCARE_SPAPI_CREDENTIALS")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no SP-API credentials"));
    drop(stub);
}

/// Raw ORDER_CHANGE notifications as Amazon delivers them to the queue (no store id, no buyer
/// address), mixed with a native event: the store is found by marketplace, email campaigns are
/// skipped for want of an address, and the FBA order's review request goes through Amazon after
/// the estimated delivery.
#[test]
fn simulate_takes_raw_amazon_notifications_and_routes_review_requests_through_amazon() {
    let dir = tempfile::tempdir().unwrap();
    let note = |id: &str, order: &str, status: &str, channel: &str, at: &str| {
        serde_json::json!({
            "NotificationVersion": "1.0", "NotificationType": "ORDER_CHANGE", "PayloadVersion": "1.0",
            "EventTime": at, "NotificationMetadata": { "NotificationId": id },
            "Payload": { "OrderChangeNotification": {
                "SellerId": "A3SIM", "AmazonOrderId": order, "OrderChangeType": "OrderStatusChange",
                "OrderChangeTrigger": { "TimeOfOrderChange": at },
                "Summary": { "MarketplaceId": "ATVPDKIKX0DER", "OrderStatus": status,
                    "PurchaseDate": "2026-11-01T02:00:00Z", "DestinationPostalCode": "85004",
                    "FulfillmentType": channel,
                    "OrderItems": [ { "SellerSKU": "MUG-01", "Quantity": 1 } ] } } }
        })
        .to_string()
    };
    let native = r#"{"store_id":"default","event_id":"n-1","type":"delivered","occurred_at":"2026-11-04T20:00:00Z","order":{"order_id":"113-0000009-0000009","marketplace":"US","fulfillment":"FBM","buyer":{"email":"zq81@marketplace.amazon.com"},"ship_to":{"postal_code":"60601","state":"IL"},"items":[{"asin":"B0MUG","title":"Mug","quantity":1}]}}"#;
    let events = dir.path().join("events.jsonl");
    std::fs::write(
        &events,
        [
            note(
                "a-1",
                "113-0000001-0000001",
                "Unshipped",
                "AFN",
                "2026-11-01T03:00:00Z",
            ),
            note(
                "a-2",
                "113-0000001-0000001",
                "Shipped",
                "AFN",
                "2026-11-02T03:00:00Z",
            ),
            native.to_string(),
        ]
        .join("\n"),
    )
    .unwrap();
    let out = aftercare()
        .args([
            "simulate",
            "--json",
            "--until",
            "2026-12-20T00:00:00Z",
            "--events",
        ])
        .arg(&events)
        .arg("--state")
        .arg(dir.path().join("state"))
        .succeeds();
    let rows = json_lines(&out.stdout);
    let fba: Vec<&Value> = rows
        .iter()
        .filter(|r| r["order_id"] == "113-0000001-0000001")
        .collect();
    assert!(!fba.is_empty());
    for r in &fba {
        assert_eq!(r["store_id"], "default", "{r}");
        assert_eq!(
            r["zone"], "America/Phoenix",
            "zone from DestinationPostalCode: {r}"
        );
        if r["channel"] == "email" {
            assert_eq!(r["reason"], "no_buyer_email", "{r}");
        }
    }
    let review = fba
        .iter()
        .find(|r| r["kind"] == "review_request")
        .expect("a review request is planned off the estimated delivery");
    assert_eq!(review["channel"], "solicitation");
    assert_eq!(review["status"], "sent", "{review}");
    // The native order with an address gets email; its review also goes through Amazon.
    let mine: Vec<&Value> = rows
        .iter()
        .filter(|r| r["order_id"] == "113-0000009-0000009")
        .collect();
    assert!(
        mine.iter()
            .any(|r| r["channel"] == "email" && r["status"] == "sent"),
        "{mine:?}"
    );
    let log = std::fs::read_to_string(dir.path().join("state/outbox/solicitations.jsonl"))
        .unwrap_or_default();
    assert!(log.contains("113-0000001-0000001"), "{log}");
}

/// The demo's "Try next" names a command that runs from where the demo ran, even when the
/// binary is not on the PATH, and it says nothing of an `--until` it does not have.
#[test]
fn the_demo_suggests_a_command_that_works() {
    let dir = tempfile::tempdir().unwrap();
    let out = aftercare()
        .current_dir(dir.path())
        .args(["demo", "--orders", "30"])
        .succeeds();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains("--until"), "{text}");
    assert!(text.contains("dated after today, not run"), "{text}");
    let line = text
        .lines()
        .find(|l| l.starts_with("Try next:"))
        .unwrap_or_else(|| panic!("no Try next: {text}"));
    let words: Vec<&str> = line["Try next:".len()..]
        .split('·')
        .next()
        .unwrap()
        .split_whitespace()
        .collect();
    let status = std::process::Command::new(words[0])
        .args(&words[1..])
        .current_dir(dir.path())
        .output()
        .unwrap_or_else(|e| panic!("`{line}` does not run: {e}"));
    assert!(status.status.success(), "{line}: {status:?}");
    assert!(String::from_utf8_lossy(&status.stdout).contains("Delivery times"));
}
