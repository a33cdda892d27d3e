//! `aftercare init DIR`: a commented starter config folder for one store, from flags or, on a
//! terminal, from answers. It loads and lints clean as written, so `aftercare lint DIR` and
//! `aftercare simulate --config DIR` work on it straight away.

use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;

use aftercare::config::{Config, CONFIG_FILE};
use aftercare::order::StoreId;
use aftercare::Marketplace;
use anyhow::{anyhow, bail, Context, Result};

/// What `init` asks for: the flags, or the answers on a terminal.
#[derive(Debug, Default, Clone)]
pub struct InitAnswers {
    pub store: Option<String>,
    pub name: Option<String>,
    pub marketplace: Option<String>,
    pub sender: Option<String>,
    pub zone: Option<String>,
}

/// The store's settings, checked.
struct Starter {
    store: StoreId,
    name: String,
    marketplace: Marketplace,
    sender: String,
    test_address: String,
    zone: chrono_tz::Tz,
}

const QUESTIONS: [(&str, &str); 5] = [
    (
        "--store",
        "Store id (letters, digits, - and _), e.g. acme-us",
    ),
    (
        "--name",
        "Store name, shown in every subject, e.g. Acme Home",
    ),
    (
        "--marketplace",
        "Amazon marketplace (US CA MX BR UK DE FR IT ES NL SE PL JP AU SG IN AE BE IE TR SA EG ZA)",
    ),
    (
        "--sender",
        "Sender, a verified SES identity, e.g. Acme Home <care@acme.example>",
    ),
    (
        "--zone",
        "Your own time zone (IANA), for reports, e.g. Asia/Shanghai",
    ),
];

pub fn run(dir: &Path, mut answers: InitAnswers) -> Result<()> {
    refuse_non_empty(dir)?;
    let missing: Vec<&str> = QUESTIONS
        .iter()
        .zip(slots(&mut answers))
        .filter(|(_, slot)| slot.as_deref().is_none_or(|v| v.trim().is_empty()))
        .map(|((flag, _), _)| *flag)
        .collect();
    if !missing.is_empty() {
        if std::io::stdin().is_terminal() {
            ask(&mut answers)?;
        } else {
            bail!(
                "missing {} (no terminal to ask on); pass every one of --store --name --marketplace --sender --zone",
                missing.join(", ")
            );
        }
    }
    let starter = check(&answers)?;
    let text = render(&starter);
    // The file is checked as the loader will read it before anything is written.
    Config::from_toml(
        &dir.join(CONFIG_FILE).display().to_string(),
        &text,
        Some(dir),
        aftercare::template::TemplateSet::builtin(),
    )
    .map_err(|e| anyhow!("the starter config does not load:\n{e}"))?;
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let file = dir.join(CONFIG_FILE);
    let partial = dir.join(format!(".{CONFIG_FILE}.partial"));
    std::fs::write(&partial, &text)
        .with_context(|| format!("cannot write {}", partial.display()))?;
    std::fs::rename(&partial, &file).with_context(|| format!("cannot write {}", file.display()))?;
    println!(
        "wrote {} (store `{}` on Amazon {}, {} starter campaigns)\n\
         next:  aftercare lint {}   ·   aftercare simulate --config {} --events FILE.jsonl --until RFC3339",
        file.display(),
        starter.store,
        starter.marketplace.code(),
        text.matches("[[campaign]]").count() - text.matches("# [[campaign]]").count(),
        dir.display(),
        dir.display()
    );
    Ok(())
}

fn slots(a: &mut InitAnswers) -> [&mut Option<String>; 5] {
    [
        &mut a.store,
        &mut a.name,
        &mut a.marketplace,
        &mut a.sender,
        &mut a.zone,
    ]
}

/// An existing folder is used only when it is empty: nothing of the seller's is overwritten.
fn refuse_non_empty(dir: &Path) -> Result<()> {
    if dir.exists() && !dir.is_dir() {
        bail!("{} exists and is not a folder", dir.display());
    }
    if dir.is_dir() {
        let mut entries =
            std::fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))?;
        if entries.next().is_some() {
            bail!(
                "{} is not empty; init writes only into a new or empty folder",
                dir.display()
            );
        }
    }
    Ok(())
}

/// Asks for every value not given, on stderr, reading the answers from stdin.
fn ask(answers: &mut InitAnswers) -> Result<()> {
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    for ((flag, question), slot) in QUESTIONS.iter().zip(slots(answers)) {
        if slot.as_deref().is_some_and(|v| !v.trim().is_empty()) {
            continue;
        }
        eprint!("{question}: ");
        std::io::stderr().flush()?;
        let line = lines
            .next()
            .transpose()?
            .ok_or_else(|| anyhow!("no answer for {flag}"))?;
        *slot = Some(line.trim().to_string());
    }
    Ok(())
}

fn check(a: &InitAnswers) -> Result<Starter> {
    let value = |v: &Option<String>| v.as_deref().unwrap_or_default().trim().to_string();
    let store = StoreId::parse(&value(&a.store)).map_err(|e| anyhow!("--store: {e}"))?;
    let name = value(&a.name);
    if name.is_empty() {
        bail!("--name: the store name is empty");
    }
    let marketplace: Marketplace = value(&a.marketplace)
        .parse()
        .map_err(|e| anyhow!("--marketplace: {e}"))?;
    let sender = value(&a.sender);
    let test_address = sender_address(&sender).ok_or_else(|| {
        anyhow!("--sender: `{sender}` is not an email address (e.g. Acme Home <care@acme.example>)")
    })?;
    let zone_text = value(&a.zone);
    let zone: chrono_tz::Tz = zone_text.parse().map_err(|_| {
        anyhow!(
            "--zone: `{zone_text}` is not an IANA time zone (e.g. Asia/Shanghai, America/New_York)"
        )
    })?;
    Ok(Starter {
        store,
        name,
        marketplace,
        sender,
        test_address,
        zone,
    })
}

/// The address of `Name <address>` or a bare address.
fn sender_address(sender: &str) -> Option<String> {
    let address = match (sender.rfind('<'), sender.rfind('>')) {
        (Some(open), Some(close)) if open < close => &sender[open + 1..close],
        (None, None) => sender,
        _ => return None,
    };
    let address = address.trim();
    let (user, domain) = address.split_once('@')?;
    let plain = |s: &str| !s.is_empty() && !s.contains(char::is_whitespace);
    (plain(user) && plain(domain) && !domain.contains('@')).then(|| address.to_string())
}

/// A TOML string (a JSON string is a valid TOML basic string).
fn quoted(s: &str) -> String {
    serde_json::Value::String(s.to_string()).to_string()
}

fn render(s: &Starter) -> String {
    format!(
        r#"# Aftercare config for store `{id}`, written by `aftercare init`.
# Check it with `aftercare lint <this folder>`; try it on your own order events with
# `aftercare simulate --config <this folder> --events FILE.jsonl --until 2026-12-31T00:00:00Z`.
# Your own templates go in templates/<name>.<locale>.txt beside this file (first line
# `Subject: …`); without them the built-in starters are used.

[[store]]
# Letters, digits, - and _; order events name it in store_id.
id = {id_q}
# Shown in every subject.
name = {name}
# US CA MX BR UK DE FR IT ES NL SE PL JP AU SG IN AE BE IE TR SA EG ZA
marketplace = {marketplace}
# A verified SES identity: the address Amazon's buyer-messaging relay knows as yours.
sender = {sender}
# Where `status = "test"` campaigns send.
test_address = {test}
# Reports show send times in this zone too.
seller_zone = {zone}
average_daily_orders = 50          # daily cap = 5 x this + 600 messages (Amazon's rule)
max_messages_per_order = 4         # Amazon allows at most 4 proactive messages per order
window = "13:00-15:00"             # buyer-local early afternoon
# seller_id = "A2SELLER"           # your merchant token: matches Amazon's notifications to the store
# blacklist = ["someone@marketplace.amazon.com"]
# staff_names = ["Your Name"]      # people who answer buyers: feedback naming them is personal data
# `aftercare serve` accepts webhook requests signed with this secret; make one with
# `openssl rand -hex 32`. The AWS deployment reads its secrets from Secrets Manager instead.
# webhook_secret = "<64 hex digits>"

# Campaigns. `status = "test"` sends a campaign to test_address only; "paused" stops it.

# Shipment notice with tracking, FBM orders only, sent at shipment.
[[campaign]]
name = "shipment-notice"
kind = "shipment_notice"

# FBA 5 days / FBM 10 days after shipment. Repeat and bulk buyers get their own thank-you
# note instead (those campaigns plan first).
[[campaign]]
name = "follow-up"
kind = "follow_up"
exclusions = {{ already_mailed_by = ["thanks-again", "bulk-thanks"] }}

# Three days after delivery: is everything working?
[[campaign]]
name = "how-is-it-going"
kind = "sentiment_check"

# A short survey to buyers who returned the item.
[[campaign]]
name = "return-survey"
kind = "upgrade_survey"

[[campaign]]
name = "thanks-again"
kind = "repeat_buyer"

[[campaign]]
name = "bulk-thanks"
kind = "bulk_buyer"

# One neutral review request, 7 days after delivery (Amazon allows 5-30), through Amazon's own
# "Request a Review" unless channel = "email".
[[campaign]]
name = "review-request"
kind = "review_request"
delay_days = 7

# Usage tips or a manual for one product, the day after delivery (needs its ASINs or SKUs):
# [[campaign]]
# name = "lamp-tips"
# kind = "product_info"
# filters = {{ asins = ["B0XXXXXXXX"] }}
# attachments = ["manuals/lamp.pdf"]

# Bounce circuit breaker: a store whose rolling 24 h bounce or complaint rate is over its limit,
# with at least min_sends emails in those 24 h, is paused until you resume it. The defaults:
# [breaker]
# max_bounce_percent = 4.0
# max_complaint_percent = 0.08
# min_sends = 200
"#,
        id = s.store,
        id_q = quoted(s.store.as_str()),
        name = quoted(&s.name),
        marketplace = quoted(s.marketplace.code()),
        sender = quoted(&s.sender),
        test = quoted(&s.test_address),
        zone = quoted(s.zone.name()),
    )
}
