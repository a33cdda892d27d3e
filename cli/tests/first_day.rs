//! Faults a seller meets on the first day: a mistyped ZIP, a broken event line, a silent server,
//! summaries that do not add up, a demo that bounces too much, and starting a config from nothing.

mod support;

use assert_cmd::Command;
use support::{fixtures, Served};

fn aftercare() -> Command {
    Command::cargo_bin("aftercare").expect("binary built")
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_malformed_zip_is_an_error() {
    for zip in ["ABCDE", "SW1A 1AA", "1234", "123456", "12345-67"] {
        let out = aftercare().args(["zone", zip]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{zip}: {}", stdout(&out));
        assert!(stdout(&out).is_empty(), "{zip}: no zone is printed");
        let err = stderr(&out);
        assert!(
            err.contains(&format!("`{zip}` is not a US ZIP code")) && err.contains("5 digits"),
            "{zip}: {err}"
        );
    }
    // ZIP+4 and a postcode on another marketplace are fine.
    let out = aftercare().args(["zone", "47708-1234"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).starts_with("America/Chicago (from postal_code"));
    let out = aftercare()
        .args(["zone", "SW1A 1AA", "--marketplace", "UK"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("Europe/London "));
}

#[test]
fn an_unknown_zip_prints_the_zone_and_the_fallback_it_used() {
    let out = aftercare().args(["zone", "99999"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert_eq!(text.split_whitespace().next(), Some("America/New_York"));
    assert!(
        text.contains("99999 is not a known US ZIP code")
            && text.contains("fell back to the US marketplace's default zone"),
        "{text}"
    );
    let out = aftercare()
        .args(["zone", "00000", "--state", "AZ", "--json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["zone"], "America/Phoenix");
    assert_eq!(v["source"], "state");
    let note = v["note"].as_str().unwrap();
    assert!(
        note.contains("no US ZIP starts with 000") && note.contains("the state's zone"),
        "{note}"
    );
    // A known ZIP has no note.
    let out = aftercare()
        .args(["zone", "47708", "--json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["note"].is_null(), "{v}");
}

#[test]
fn a_broken_event_line_is_reported_once_with_its_file_line() {
    let dir = tempfile::tempdir().unwrap();
    let events = dir.path().join("events.jsonl");
    let good = r#"{"store_id":"default","event_id":"e1","type":"ordered","occurred_at":"2026-11-01T10:00:00Z","order":{"order_id":"113-0000001-0000001"}}"#;
    let bad_time = good
        .replace("e1", "e2")
        .replace("2026-11-01T10:00:00Z", "2026-13-01 10:00");
    std::fs::write(
        &events,
        format!("{good}\n\n{{\"store_id\": \"default\", \"event_id\": oops}}\n{bad_time}\n"),
    )
    .unwrap();
    let out = aftercare()
        .args(["simulate", "--until", "2026-12-01T00:00:00Z", "--events"])
        .arg(&events)
        .arg("--state")
        .arg(dir.path().join("state"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    let shown = events.display().to_string();
    let line3 = err
        .lines()
        .find(|l| l.starts_with(&format!("{shown}:3: ")))
        .unwrap_or_else(|| panic!("no line 3 error: {err}"));
    assert!(line3.contains("at column 37"), "{line3}");
    assert!(!line3.contains("line 1"), "{line3}");
    assert_eq!(line3.matches("column").count(), 1, "{line3}");
    assert!(
        err.contains(&format!(
            "{shown}:4: occurred_at: time `2026-13-01 10:00` is not an RFC 3339 timestamp, e.g. 2026-11-02T10:00:00Z"
        )),
        "{err}"
    );
    assert!(
        !dir.path().join("state/aftercare.db").exists(),
        "nothing ran"
    );
}

#[test]
fn serve_logs_one_line_per_request_and_tick_without_buyer_data() {
    let dir = tempfile::tempdir().unwrap();
    let server = Served::start(&fixtures().join("config-acme"), dir.path(), 1);
    let events = std::fs::read_to_string(fixtures().join("events/acme.jsonl")).unwrap();
    let ordered = events.lines().find(|l| l.contains("a1-ordered")).unwrap();
    let shipped = events.lines().find(|l| l.contains("a1-shipped")).unwrap();
    let secret = "acme-us-fixture-secret-0001";
    for body in [ordered, shipped] {
        let (status, reply) = server.post_signed("acme-us", secret, body.as_bytes());
        assert_eq!(status, 202, "{reply}");
    }
    let (status, _) = support::http(&server.addr, "POST", "/webhook", &[], ordered.as_bytes());
    assert_eq!(status, 401);
    let (status, _) = support::http(
        &server.addr,
        "GET",
        "/orders/jane.doe@example.com",
        &[],
        b"",
    );
    assert_eq!(status, 404);
    server
        .wait_for_stderr(|l| l.contains(" GET (other path) 404 "))
        .expect("a line for the stray request, without its path");
    let request = server
        .wait_for_stderr(|l| l.contains(" POST /webhook 401 "))
        .expect("a line for the refused request");
    let parts: Vec<&str> = request.split_whitespace().collect();
    assert_eq!(
        parts.len(),
        5,
        "time method path status duration: {request}"
    );
    assert!(parts[4].ends_with("ms"), "{request}");
    let tick = server
        .wait_for_stderr(|l| l.contains(" tick: "))
        .expect("a line per scheduler tick");
    check_tick_line(&tick);
    let log = server.stderr();
    let accepted = log
        .iter()
        .filter(|l| l.contains(" POST /webhook 202 "))
        .count();
    assert_eq!(accepted, 2, "{log:#?}");
    for line in &log {
        for private in [
            "kx7d2m",
            "Jane",
            "Doe",
            "113-0000001",
            "47708",
            "marketplace.amazon",
        ] {
            assert!(
                !line.contains(private),
                "buyer data `{private}` in the log: {line}"
            );
        }
    }
}

/// Parses `N things due: a x, b y, …` and checks the parts add up.
fn check_tick_line(line: &str) {
    let (head, rest) = line.split_once("sends due:").expect("sends due");
    let due: usize = head
        .split_whitespace()
        .last()
        .and_then(|n| n.parse().ok())
        .unwrap();
    let parts: usize = rest
        .split(',')
        .map(|p| {
            p.split_whitespace()
                .next()
                .unwrap()
                .parse::<usize>()
                .unwrap()
        })
        .sum();
    assert_eq!(due, parts, "{line}");
}

/// The number of a summary line (its first whole-number word) and its indentation.
fn summary_number(line: &str) -> Option<(usize, usize)> {
    let indent = line.len() - line.trim_start().len();
    let value = line
        .split_whitespace()
        .find_map(|w| w.parse::<usize>().ok())?;
    Some((indent, value))
}

/// Checks that every summary line followed by more deeply indented lines equals their sum;
/// returns how many totals were checked.
fn check_summary_sums(text: &str) -> usize {
    let lines: Vec<&str> = text.lines().collect();
    let mut checked = 0;
    for (i, line) in lines.iter().enumerate() {
        let Some((indent, total)) = summary_number(line) else {
            continue;
        };
        let mut parts = Vec::new();
        for next in &lines[i + 1..] {
            let next_indent = next.len() - next.trim_start().len();
            if next.trim().is_empty() || next_indent <= indent {
                break;
            }
            if next_indent == indent + 2 {
                let (_, n) = summary_number(next)
                    .unwrap_or_else(|| panic!("a part without a number: {next:?}"));
                parts.push(n);
            }
        }
        if !parts.is_empty() {
            assert_eq!(
                parts.iter().sum::<usize>(),
                total,
                "`{}` does not add up: parts {parts:?}\n{text}",
                line.trim()
            );
            checked += 1;
        }
    }
    checked
}

#[test]
fn every_chaos_summary_total_is_the_sum_of_its_parts() {
    let dir = tempfile::tempdir().unwrap();
    for seed in ["7", "42"] {
        let out = aftercare()
            .args(["chaos", "--orders", "300", "--seed", seed, "--dir"])
            .arg(dir.path().join(seed))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let text = stdout(&out);
        // runs, sends, crashed runs, deferred, lost sends (when any)
        let checked = check_summary_sums(&text);
        assert!(checked >= 4, "only {checked} totals with parts in:\n{text}");
        for total in ["dispatcher runs", "sends", "crashed runs", "deferred"] {
            let line = text
                .lines()
                .find(|l| l.trim_start().starts_with(total))
                .unwrap_or_else(|| panic!("no `{total}` line:\n{text}"));
            assert!(line.starts_with("  ") && !line.starts_with("   "), "{line}");
        }
    }
    // The checker itself catches a line that does not add up.
    let broken = "  runs  10\n    ticks  7\n    retries  2\n";
    assert!(std::panic::catch_unwind(|| check_summary_sums(broken)).is_err());
    assert_eq!(
        check_summary_sums("  runs  9\n    ticks  7\n    retries  2\n"),
        1
    );
}

#[test]
fn the_demo_bounces_like_a_real_store_and_status_warns_over_the_ses_line() {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo");
    let out = aftercare()
        .args(["demo", "--orders", "500", "--dir"])
        .arg(&demo)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(!text.contains("warning:"), "{text}");
    let out = aftercare()
        .args(["status", "--json", "--state"])
        .arg(&demo)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let store = &v["stores"]["default"];
    let emailed = store["sent"].as_u64().unwrap() - store["solicited"].as_u64().unwrap_or(0);
    let bounced = store["bounced"].as_u64().unwrap_or(0);
    assert!(emailed > 300, "{v}");
    assert!(
        (bounced as f64) < 0.02 * emailed as f64,
        "{bounced} of {emailed} bounced"
    );
    assert_eq!(v["bounce_warnings"].as_array().unwrap().len(), 0, "{v}");

    // Every buyer of a small store bounces: far over 5 %, far under the breaker's volume.
    let events = dir.path().join("small.jsonl");
    aftercare()
        .args(["demo", "--orders", "40", "--write-events"])
        .arg(&events)
        .assert()
        .success();
    let text = std::fs::read_to_string(&events).unwrap();
    let mut buyers: Vec<String> = text
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|e| e["order"]["buyer"]["email"].as_str().map(str::to_string))
        .collect();
    buyers.sort();
    buyers.dedup();
    let bouncing = dir.path().join("bouncing.txt");
    std::fs::write(&bouncing, buyers.join("\n")).unwrap();
    let state = dir.path().join("small");
    let out = aftercare()
        .args(["simulate", "--until", "2099-01-01T00:00:00Z", "--events"])
        .arg(&events)
        .arg("--opted-out")
        .arg(&bouncing)
        .arg("--state")
        .arg(&state)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let warning = "warning: store `default` bounced";
    assert!(stdout(&out).contains(warning), "{}", stdout(&out));
    let out = aftercare()
        .args(["status", "--state"])
        .arg(&state)
        .output()
        .unwrap();
    let text = stdout(&out);
    let line = text
        .lines()
        .find(|l| l.starts_with(warning))
        .unwrap_or_else(|| panic!("no warning in:\n{text}"));
    assert!(line.contains("over SES's 5 % review line"), "{line}");
    assert!(
        !text.contains("Paused by"),
        "below the breaker's volume: {text}"
    );
}

fn init_flags(store: &str) -> [&str; 10] {
    [
        "--store",
        store,
        "--name",
        "Lumen \"Home\" Goods",
        "--marketplace",
        "US",
        "--sender",
        "Lumen Home <care@lumen.example>",
        "--zone",
        "Asia/Shanghai",
    ]
}

#[test]
fn init_writes_a_config_that_lints_clean_and_simulates() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("my-config");
    let out = aftercare()
        .arg("init")
        .arg(&config)
        .args(init_flags("lumen-us"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = std::fs::read_to_string(config.join("aftercare.toml")).unwrap();
    assert!(text.contains("id = \"lumen-us\""), "{text}");
    assert!(text.contains("seller_zone = \"Asia/Shanghai\""), "{text}");
    assert!(
        text.lines().filter(|l| l.starts_with('#')).count() > 10,
        "commented"
    );

    let out = aftercare().arg("lint").arg(&config).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("0 error(s), 0 warning(s)"),
        "{}",
        stdout(&out)
    );

    // The demo's generated orders, for this store.
    let events = dir.path().join("orders.jsonl");
    aftercare()
        .args(["demo", "--orders", "60", "--write-events"])
        .arg(&events)
        .assert()
        .success();
    let lines = std::fs::read_to_string(&events)
        .unwrap()
        .replace("\"store_id\":\"default\"", "\"store_id\":\"lumen-us\"");
    assert!(lines.contains("lumen-us"));
    std::fs::write(&events, lines).unwrap();
    let out = aftercare()
        .args([
            "simulate",
            "--json",
            "--until",
            "2099-01-01T00:00:00Z",
            "--config",
        ])
        .arg(&config)
        .arg("--events")
        .arg(&events)
        .arg("--state")
        .arg(dir.path().join("state"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let sends: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(
        sends
            .iter()
            .any(|s| s["status"] == "sent" && s["store_id"] == "lumen-us"),
        "{} sends, none sent",
        sends.len()
    );
}

#[test]
fn init_refuses_a_non_empty_folder_and_missing_flags_without_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let taken = dir.path().join("taken");
    std::fs::create_dir(&taken).unwrap();
    std::fs::write(taken.join("aftercare.toml"), "# mine\n").unwrap();
    let out = aftercare()
        .arg("init")
        .arg(&taken)
        .args(init_flags("lumen-us"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is not empty"), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(taken.join("aftercare.toml")).unwrap(),
        "# mine\n"
    );

    // stdin is not a terminal here: nothing to ask on.
    let fresh = dir.path().join("fresh");
    let out = aftercare()
        .arg("init")
        .arg(&fresh)
        .args(["--store", "lumen-us", "--zone", "Asia/Shanghai"])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("missing --name, --marketplace, --sender"),
        "{err}"
    );
    assert!(
        !err.contains("missing --store") && !err.contains("--zone (no"),
        "{err}"
    );
    assert!(!fresh.exists(), "nothing written");

    // A bad value names its flag; nothing is written.
    let mut flags = init_flags("lumen-us");
    flags[9] = "Mars/Olympus";
    let out = aftercare()
        .arg("init")
        .arg(&fresh)
        .args(flags)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--zone: `Mars/Olympus`"),
        "{}",
        stderr(&out)
    );
    assert!(!fresh.exists(), "nothing written");
    // An empty folder is fine.
    std::fs::create_dir(&fresh).unwrap();
    aftercare()
        .arg("init")
        .arg(&fresh)
        .args(init_flags("lumen-us"))
        .assert()
        .success();
    assert!(fresh.join("aftercare.toml").is_file());
}

#[test]
fn init_asks_on_a_terminal_for_what_the_flags_leave_out() {
    // `script` gives the command a terminal; without it this path cannot be driven here.
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: no `script` command to provide a terminal");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("asked");
    let command = format!(
        "{} init {} --store lumen-us --zone Asia/Shanghai",
        support::bin().display(),
        config.display()
    );
    let out = std::process::Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child
                .stdin
                .take()
                .unwrap()
                .write_all(b"Lumen Home\nUS\nLumen Home <care@lumen.example>\n")?;
            child.wait_with_output()
        })
        .unwrap();
    let shown = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{shown}");
    // Only the three missing values were asked for.
    assert!(
        shown.contains("Store name") && shown.contains("Sender"),
        "{shown}"
    );
    assert!(
        !shown.contains("Store id") && !shown.contains("time zone"),
        "{shown}"
    );
    let text = std::fs::read_to_string(config.join("aftercare.toml")).unwrap();
    assert!(text.contains("name = \"Lumen Home\""), "{text}");
    assert!(
        text.contains("sender = \"Lumen Home <care@lumen.example>\""),
        "{text}"
    );
    assert!(text.contains("seller_zone = \"Asia/Shanghai\""), "{text}");
}

#[test]
fn a_test_campaign_without_a_test_address_is_refused_locally() {
    let dir = tempfile::tempdir().unwrap();
    let store = "[[store]]\nid = \"acme-us\"\nname = \"Acme\"\nmarketplace = \"US\"\nsender = \"Acme <care@acme.example>\"\n";
    let campaign = "\n[[store]]\nid = \"acme-jp\"\nname = \"Acme JP\"\nmarketplace = \"JP\"\nsender = \"Acme <care@acme.example>\"\ntest_address = \"qa@acme.example\"\n\n[[campaign]]\nname = \"trial\"\nkind = \"follow_up\"\nstatus = \"test\"\n";
    let simulate = |state: &std::path::Path| {
        aftercare()
            .args(["simulate", "--until", "2099-01-01T00:00:00Z", "--config"])
            .arg(dir.path())
            .arg("--events")
            .arg(fixtures().join("events/acme.jsonl"))
            .arg("--state")
            .arg(state)
            .output()
            .unwrap()
    };
    std::fs::write(
        dir.path().join("aftercare.toml"),
        format!("{store}{campaign}"),
    )
    .unwrap();
    let out = simulate(&dir.path().join("state-1"));
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("store `acme-us` has no test_address") && err.contains("aftercare.toml"),
        "{err}"
    );

    // With the address the same config runs.
    std::fs::write(
        dir.path().join("aftercare.toml"),
        format!("{store}test_address = \"qa@acme.example\"\n{campaign}"),
    )
    .unwrap();
    let out = simulate(&dir.path().join("state-2"));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}
