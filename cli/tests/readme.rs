//! Every JSON and shell example in README.md is exercised, so the README cannot drift from the
//! product. The rules, for any block anyone adds:
//!
//! - ```` ```json ```` blocks must parse (one JSON value, or several one after another). An order
//!   event (an object with `event_id`, or an SP-API notification) is posted, signed, to the webhook
//!   of `aftercare serve`, which must accept it (200 or 202), and all of them are run through
//!   `aftercare simulate` as an events file. A `simulate --json` line (an object with
//!   `send_at_utc`) must have exactly the fields `simulate --json` prints.
//! - ```` ```sh ````, ```` ```bash ````, ```` ```shell ```` and ```` ```console ```` blocks must pass
//!   `bash -n` (in `console` blocks only the `$ ` lines are commands). Every command starting
//!   with `aftercare ` or `cargo run` is run, in README order, in a scratch folder (one for the English part, one for the 简体中文 part) with the
//!   built binary as `aftercare`, and must exit 0. Commands that need AWS, Amazon, the network or
//!   run until stopped are only syntax-checked: those starting with `aws `, `sam `, `curl `,
//!   `aftercare spapi` or `aftercare serve`, and any with a `<Placeholder>` to fill in.
//!
//! The scratch folder holds what the README assumes the reader has: `my-config/` (the fixture
//! config with two stores), `config/` (a copy of the built-in default, as the deploy steps make),
//! `orders.jsonl` / `events.jsonl` (the fixture events) and `event.json` (the README's first order
//! event). A folder an example creates with `aftercare init DIR` is left for it to create.

mod support;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use support::{bin, fixtures, Served};

fn readme() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md")).unwrap()
}

/// A fenced block: its language word, the README line of its opening fence, its text.
#[derive(Debug)]
struct Block {
    lang: String,
    line: usize,
    body: String,
}

fn blocks(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut open: Option<Block> = None;
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        if let Some(rest) = trimmed.strip_prefix("```") {
            match open.take() {
                Some(block) => out.push(block),
                None => {
                    open = Some(Block {
                        lang: rest.trim().to_ascii_lowercase(),
                        line: i + 1,
                        body: String::new(),
                    })
                }
            }
            continue;
        }
        if let Some(block) = open.as_mut() {
            block.body.push_str(line);
            block.body.push('\n');
        }
    }
    assert!(open.is_none(), "README.md: a code fence is never closed");
    out
}

// ---------------------------------------------------------------------------------------------
// JSON blocks

/// Every value of a JSON block, or why it does not parse.
fn json_values(block: &Block) -> Result<Vec<Value>, String> {
    let values: Result<Vec<Value>, _> = serde_json::Deserializer::from_str(&block.body)
        .into_iter::<Value>()
        .collect();
    match values {
        Ok(v) if v.is_empty() => Err(format!("README.md:{}: empty json block", block.line)),
        Ok(v) => Ok(v),
        Err(e) => Err(format!(
            "README.md:{}: json block does not parse: {e}",
            block.line + e.line()
        )),
    }
}

fn is_order_event(v: &Value) -> bool {
    v.get("event_id").is_some()
        || v.get("NotificationType").is_some()
        || v.get("Payload").is_some()
        || v.get("AmazonOrderId").is_some()
}

fn is_simulate_line(v: &Value) -> bool {
    v.get("send_at_utc").is_some()
}

/// The secrets of the fixture config's stores.
const FIXTURE_SECRETS: [(&str, &str); 2] = [
    ("acme-us", "acme-us-fixture-secret-0001"),
    ("acme-jp", "acme-jp-fixture-secret-new"),
];
const EXTRA_SECRET: &str = "readme-example-secret-0001";

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The fixture config, plus a store for each other store id the examples name.
fn config_for(dir: &Path, store_ids: &BTreeSet<String>) -> PathBuf {
    let config = dir.join("readme-config");
    copy_dir(&fixtures().join("config-acme"), &config);
    let file = config.join("aftercare.toml");
    let mut text = std::fs::read_to_string(&file).unwrap();
    for id in store_ids {
        if FIXTURE_SECRETS.iter().all(|(known, _)| known != id) {
            text.push_str(&format!(
                "\n[[store]]\nid = \"{id}\"\nname = \"Example\"\nmarketplace = \"US\"\n\
                 sender = \"Example <care@example.example>\"\ntest_address = \"qa@example.example\"\n\
                 webhook_secret = \"{EXTRA_SECRET}\"\n"
            ));
        }
    }
    std::fs::write(&file, text).unwrap();
    config
}

fn secret_of(store: &str) -> &'static str {
    FIXTURE_SECRETS
        .iter()
        .find(|(id, _)| *id == store)
        .map_or(EXTRA_SECRET, |(_, secret)| *secret)
}

/// Posts every order event to a running `serve` and runs them all through `simulate`; returns
/// what went wrong, one line each.
fn exercise_events(events: &[(usize, Value)], scratch: &Path) -> Vec<String> {
    let mut failures = Vec::new();
    let store_ids: BTreeSet<String> = events
        .iter()
        .filter_map(|(_, e)| e["store_id"].as_str().map(str::to_string))
        .collect();
    let config = config_for(scratch, &store_ids);
    let served = Served::start(&config, &scratch.join("serve-state"), 3600);
    for (line, event) in events {
        // A notification as Amazon delivers it names no store: it only goes through simulate.
        let Some(store) = event["store_id"].as_str() else {
            continue;
        };
        let body = serde_json::to_vec(event).unwrap();
        let (status, reply) = served.post_signed(store, secret_of(store), &body);
        if status != 200 && status != 202 {
            failures.push(format!(
                "README.md:{line}: the webhook refuses this order event ({status}): {reply}"
            ));
        }
    }
    drop(served);
    let (with_store, without): (Vec<_>, Vec<_>) = events
        .iter()
        .partition(|(_, e)| e["store_id"].as_str().is_some());
    for (group, config) in [(with_store, Some(&config)), (without, None)] {
        if group.is_empty() {
            continue;
        }
        let file = scratch.join("readme-events.jsonl");
        let lines: Vec<String> = group.iter().map(|(_, e)| e.to_string()).collect();
        std::fs::write(&file, lines.join("\n") + "\n").unwrap();
        let mut cmd = Command::new(bin());
        cmd.args(["simulate", "--until", "2099-01-01T00:00:00Z", "--events"])
            .arg(&file)
            .arg("--state")
            .arg(scratch.join("simulate-state"));
        if let Some(config) = config {
            cmd.arg("--config").arg(config);
        }
        let out = cmd.output().unwrap();
        if !out.status.success() {
            failures.push(format!(
                "README.md:{}: simulate refuses the order events: {}",
                group
                    .iter()
                    .map(|(l, _)| l.to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    failures
}

/// The fields `simulate --json` prints, from a run on the fixture events.
fn simulate_fields(scratch: &Path) -> BTreeSet<String> {
    let out = Command::new(bin())
        .args([
            "simulate",
            "--json",
            "--until",
            "2026-12-31T00:00:00Z",
            "--config",
        ])
        .arg(fixtures().join("config-acme"))
        .arg("--events")
        .arg(fixtures().join("events/acme.jsonl"))
        .arg("--state")
        .arg(scratch.join("fields-state"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let first: Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    first.as_object().unwrap().keys().cloned().collect()
}

/// Checks every JSON block of `readme`; returns the failures.
fn check_json_blocks(readme: &str, scratch: &Path) -> Vec<String> {
    let mut failures = Vec::new();
    let mut events = Vec::new();
    let mut fields = None;
    for block in blocks(readme).iter().filter(|b| b.lang == "json") {
        let values = match json_values(block) {
            Ok(values) => values,
            Err(e) => {
                failures.push(e);
                continue;
            }
        };
        for value in values {
            if is_order_event(&value) {
                events.push((block.line, value));
            } else if is_simulate_line(&value) {
                let want = fields.get_or_insert_with(|| simulate_fields(scratch));
                let have: BTreeSet<String> = value.as_object().unwrap().keys().cloned().collect();
                if &have != want {
                    failures.push(format!(
                        "README.md:{}: a simulate --json line with fields {have:?}, but simulate prints {want:?}",
                        block.line
                    ));
                }
            }
        }
    }
    if !events.is_empty() {
        failures.extend(exercise_events(&events, scratch));
    }
    failures
}

#[test]
fn every_json_example_parses_and_every_order_event_is_accepted() {
    let readme = readme();
    let events = blocks(&readme)
        .iter()
        .filter(|b| b.lang == "json")
        .flat_map(|b| json_values(b).unwrap_or_default())
        .filter(is_order_event)
        .count();
    assert!(events >= 1, "the README shows an order event");
    let scratch = tempfile::tempdir().unwrap();
    let failures = check_json_blocks(&readme, scratch.path());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// Shell blocks

const SHELL: [&str; 4] = ["sh", "bash", "shell", "console"];

/// Prefixes of commands that need AWS, Amazon or the network, or run until stopped.
const SYNTAX_ONLY: [&str; 5] = [
    "aws ",
    "sam ",
    "curl ",
    "aftercare spapi",
    "aftercare serve",
];

/// The block's commands as the shell reads them: `\` continuations joined, heredoc bodies
/// kept with their command, `console` output lines dropped. Each with its README line.
fn commands(block: &Block) -> Vec<(usize, String)> {
    let console = block.lang == "console";
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut pending: Option<(usize, String)> = None;
    let mut heredoc: Option<String> = None;
    for (i, raw) in block.body.lines().enumerate() {
        let line_no = block.line + 1 + i;
        if let Some(end) = &heredoc {
            let (_, text) = pending.as_mut().unwrap();
            text.push('\n');
            text.push_str(raw);
            if raw.trim() == end {
                heredoc = None;
                out.push(pending.take().unwrap());
            }
            continue;
        }
        let line = if console {
            match (raw.strip_prefix("$ "), &pending) {
                (Some(cmd), _) => cmd,
                (None, Some(_)) => raw,
                (None, None) => continue,
            }
        } else {
            raw
        };
        let (start, mut text) = pending.take().unwrap_or((line_no, String::new()));
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(line);
        if line.trim_end().ends_with('\\') {
            pending = Some((start, text));
            continue;
        }
        if let Some(end) = heredoc_end(line) {
            heredoc = Some(end);
            pending = Some((start, text));
            continue;
        }
        if !text.trim().is_empty() {
            out.push((start, text));
        }
    }
    out.extend(pending);
    out
}

/// The terminator of a heredoc started on this line (`<<'JSON'`, `<<EOF`, `<<-END`).
fn heredoc_end(line: &str) -> Option<String> {
    let (_, rest) = line.split_once("<<")?;
    let rest = rest.strip_prefix('-').unwrap_or(rest).trim_start();
    let word: String = rest
        .trim_start_matches(['\'', '"'])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    (!word.is_empty()).then_some(word)
}

/// How the test treats a command.
#[derive(Debug, PartialEq)]
enum Treatment {
    Run(String),
    SyntaxOnly,
}

fn treatment(command: &str) -> Treatment {
    let command = command.trim();
    let runnable = if let Some(rest) = command.strip_prefix("cargo run") {
        // `cargo run [cargo flags] -- ARGS` runs the binary with ARGS.
        match rest.split_once(" -- ") {
            Some((_, args)) => format!("aftercare {args}"),
            None => "aftercare".to_string(),
        }
    } else if command.starts_with("aftercare ") {
        command.to_string()
    } else {
        return Treatment::SyntaxOnly;
    };
    let placeholder = has_placeholder(&runnable);
    if placeholder || SYNTAX_ONLY.iter().any(|p| runnable.starts_with(p)) {
        Treatment::SyntaxOnly
    } else {
        Treatment::Run(runnable)
    }
}

/// The text of `<Bounces function>`, `<SpApiSecretArn>`: a value for the reader to fill in.
fn is_placeholder(inside: &str) -> bool {
    inside.starts_with(|c: char| c.is_ascii_alphabetic())
        && inside
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || " _-.:/".contains(c))
}

fn has_placeholder(command: &str) -> bool {
    command.split('<').skip(1).any(|after| {
        after
            .split_once('>')
            .is_some_and(|(inside, _)| is_placeholder(inside))
    })
}

/// `<Something>` replaced by a plain word, so the shell does not read it as redirections.
fn fill_placeholders(command: &str) -> String {
    let mut out = String::new();
    let mut rest = command;
    while let Some(open) = rest.find('<') {
        let after = &rest[open + 1..];
        match after.split_once('>') {
            Some((inside, tail)) if is_placeholder(inside) => {
                out.push_str(&rest[..open]);
                out.push_str("PLACEHOLDER");
                rest = tail;
            }
            _ => {
                out.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn bash_n(script: &str) -> Result<(), String> {
    let out = Command::new("bash")
        .arg("-n")
        .arg("-c")
        .arg(script)
        .output()
        .map_err(|e| format!("cannot run bash: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

/// The folder the README's commands run in, with what they assume exists.
fn prepare_scratch(dir: &Path, readme: &str, runs: &[(usize, String)]) {
    let created: BTreeSet<String> = runs
        .iter()
        .filter_map(|(_, c)| c.strip_prefix("aftercare init "))
        .filter_map(|rest| rest.split_whitespace().next())
        .map(|d| d.trim_end_matches('/').to_string())
        .collect();
    let defaults = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/defaults/aftercare.toml");
    if !created.contains("my-config") {
        copy_dir(&fixtures().join("config-acme"), &dir.join("my-config"));
    }
    if !created.contains("config") {
        std::fs::create_dir_all(dir.join("config")).unwrap();
        std::fs::copy(defaults, dir.join("config/aftercare.toml")).unwrap();
    }
    for name in ["orders.jsonl", "events.jsonl"] {
        std::fs::copy(fixtures().join("events/acme.jsonl"), dir.join(name)).unwrap();
    }
    let first_event = blocks(readme)
        .iter()
        .filter(|b| b.lang == "json")
        .flat_map(|b| json_values(b).unwrap_or_default())
        .find(is_order_event);
    if let Some(event) = first_event {
        std::fs::write(dir.join("event.json"), event.to_string()).unwrap();
    }
}

/// Checks every shell block of `readme`, running what the rules say; returns the failures and
/// how many commands ran.
fn check_shell_blocks(readme: &str, scratch: &Path) -> (Vec<String>, usize) {
    let mut failures = Vec::new();
    let mut runs = Vec::new();
    for block in blocks(readme)
        .iter()
        .filter(|b| SHELL.contains(&b.lang.as_str()))
    {
        let cmds = commands(block);
        let script: Vec<String> = cmds.iter().map(|(_, c)| fill_placeholders(c)).collect();
        if let Err(e) = bash_n(&script.join("\n")) {
            failures.push(format!(
                "README.md:{}: {} block is not valid shell: {e}",
                block.line, block.lang
            ));
        }
        for (line, command) in cmds {
            if let Treatment::Run(run) = treatment(&command) {
                runs.push((line, run));
            }
        }
    }
    // The English part and the 简体中文 part are each a complete walk-through a reader follows
    // from the start, so each runs in a folder of its own.
    let chinese_from = readme
        .lines()
        .position(|l| l.trim() == "## 简体中文")
        .map_or(usize::MAX, |i| i + 1);
    let (english, chinese): (Vec<_>, Vec<_>) = runs
        .iter()
        .cloned()
        .partition(|(line, _)| *line < chinese_from);
    let parts = [(scratch.join("en"), english), (scratch.join("zh"), chinese)];
    for (dir, runs) in &parts {
        std::fs::create_dir_all(dir).unwrap();
        prepare_scratch(dir, readme, runs);
    }
    let bin_dir = bin().parent().unwrap().to_path_buf();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    for (line, run, dir) in parts
        .iter()
        .flat_map(|(dir, runs)| runs.iter().map(move |(line, run)| (line, run, dir)))
    {
        let out = Command::new("bash")
            .arg("-c")
            .arg(run)
            .current_dir(dir)
            .env("PATH", &path)
            .output()
            .unwrap();
        if !out.status.success() {
            failures.push(format!(
                "README.md:{line}: `{run}` exits {:?}:\n{}{}",
                out.status.code(),
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    (failures, runs.len())
}

#[test]
fn every_shell_example_is_valid_and_every_aftercare_command_in_it_runs() {
    let readme = readme();
    let scratch = tempfile::tempdir().unwrap();
    let (failures, ran) = check_shell_blocks(&readme, scratch.path());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(ran >= 5, "only {ran} commands ran");
}

// ---------------------------------------------------------------------------------------------
// The checker itself

#[test]
fn the_checker_finds_broken_examples() {
    let readme = "intro\n\
        ```json\n{\"a\": 1,}\n```\n\
        ```json\n{ \"store_id\": \"acme-us\", \"event_id\": \"x1\", \"type\": \"shipped\",\n  \"occurred_at\": \"2026-11-03T18:20:00Z\", \"order\": { \"order_id\": \"113-1234567-1234567\" },\n  \"feedback\": { \"rating\": 1 } }\n```\n\
        ```json\n{\"order_id\": \"o\", \"send_at_utc\": \"2026-11-07T19:37:00Z\"}\n```\n\
        ```sh\naftercare zone ABCDE\naftercare zone 47708   # fine\naws s3 ls <Bucket>\nif then\n```\n";
    let scratch = tempfile::tempdir().unwrap();
    let json = check_json_blocks(readme, scratch.path());
    assert!(
        json.iter()
            .any(|f| f.starts_with("README.md:3: json block does not parse")),
        "{json:#?}"
    );
    assert!(
        json.iter()
            .any(|f| f.contains("the webhook refuses this order event (400)")),
        "{json:#?}"
    );
    assert!(
        json.iter()
            .any(|f| f.contains("simulate refuses the order events")),
        "{json:#?}"
    );
    assert!(
        json.iter()
            .any(|f| f.contains("a simulate --json line with fields")),
        "{json:#?}"
    );
    let (shell, ran) = check_shell_blocks(readme, scratch.path());
    assert_eq!(ran, 2, "{shell:#?}");
    assert!(
        shell
            .iter()
            .any(|f| f.contains("`aftercare zone ABCDE` exits Some(2)")),
        "{shell:#?}"
    );
    assert!(
        shell
            .iter()
            .any(|f| f.contains("sh block is not valid shell")),
        "{shell:#?}"
    );
    assert_eq!(shell.len(), 2, "{shell:#?}");
}

#[test]
fn commands_are_split_as_the_shell_reads_them() {
    let block = Block {
        lang: "sh".into(),
        line: 10,
        body: "cat > a.json <<'JSON'\n{ \"x\": 1 }\nJSON\naftercare spapi connect --store s \\\n  --queue-arn <Arn>\ncargo run --release -p aftercare-cli -- demo   # 1.\n".into(),
    };
    let cmds = commands(&block);
    let lines: Vec<usize> = cmds.iter().map(|(l, _)| *l).collect();
    assert_eq!(lines, vec![11, 14, 16], "{cmds:#?}");
    assert_eq!(treatment(&cmds[0].1), Treatment::SyntaxOnly);
    assert_eq!(treatment(&cmds[1].1), Treatment::SyntaxOnly);
    assert_eq!(
        treatment(&cmds[2].1),
        Treatment::Run("aftercare demo   # 1.".into())
    );
    let console = Block {
        lang: "console".into(),
        line: 1,
        body: "$ aftercare zone 47708\nAmerica/Chicago (from postal_code)\n".into(),
    };
    assert_eq!(
        commands(&console),
        vec![(2, "aftercare zone 47708".to_string())]
    );
}
