//! `aftercare`: the whole Aftercare pipeline on one machine (embedded store, outbox folder,
//! simulated or real clock), plus the seller's tools: zone lookup, template lint and preview.

mod chaos;
mod config_cmd;
mod feedback;
mod init;
mod report;
mod serve;
mod spapi;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use aftercare::config::Config;
use aftercare::demo::{self, DemoSpec};
use aftercare::lint::{self, LintContext};
use aftercare::order::{self, StoreId};
use aftercare::simulate::{self, SimOptions};
use aftercare::{template, zone, CampaignKind, Marketplace};
use anyhow::{anyhow, bail, Context, Result};
use chrono::{DateTime, Duration, Utc};
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "aftercare",
    version,
    about = "Polite, well-timed after-sales emails for Amazon sellers — run the whole pipeline on this machine."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the whole pipeline on a built-in sample store with generated orders.
    Demo {
        /// How many orders to generate.
        #[arg(long, default_value_t = 500)]
        orders: usize,
        /// Folder for the demo's database and outbox (replaced on every run).
        #[arg(long, default_value = "aftercare-demo")]
        dir: PathBuf,
        /// Seed for the generated orders.
        #[arg(long, default_value_t = 2026)]
        seed: u64,
        /// Print one JSON object per planned send instead of the summary.
        #[arg(long)]
        json: bool,
        /// Write the generated events (and opted-out addresses) instead of running them:
        /// FILE.jsonl and FILE.opted-out.txt.
        #[arg(long, value_name = "FILE")]
        write_events: Option<PathBuf>,
    },
    /// Run your own config and order events through the pipeline on a simulated clock.
    Simulate {
        /// Config folder (aftercare.toml + templates/). Default: the built-in store `default`.
        #[arg(long)]
        config: Option<PathBuf>,
        /// Order events, one JSON object per line.
        #[arg(long)]
        events: PathBuf,
        /// Stop the simulated clock here (RFC 3339, e.g. 2026-12-31T00:00:00Z).
        #[arg(long)]
        until: String,
        /// Addresses the local relay bounces like Amazon's relay does for opted-out buyers.
        #[arg(long, value_name = "FILE")]
        opted_out: Option<PathBuf>,
        /// Folder for the database and outbox; both are replaced (an earlier run's database,
        /// `.eml` files and review-request log are deleted first).
        #[arg(long, default_value = "aftercare-state")]
        state: PathBuf,
        /// One JSON object per planned send.
        #[arg(long)]
        json: bool,
    },
    /// Show the time zone the planner uses for a ZIP code (first word is the zone).
    Zone {
        zip: String,
        #[arg(long)]
        state: Option<String>,
        #[arg(long, default_value = "US")]
        marketplace: String,
        #[arg(long)]
        json: bool,
    },
    /// Check templates and config against Amazon's buyer-messaging rules.
    Lint {
        /// Config folders, aftercare.toml files, or template files (.txt, .html, .tera).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Campaign kind for single template files (default: from the file name).
        #[arg(long)]
        kind: Option<String>,
        /// Marketplace whose domain links must stay on (default: any Amazon marketplace).
        #[arg(long)]
        marketplace: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Render a template for an order: subject, text and HTML.
    Preview {
        /// Template name (e.g. follow_up) or a template file.
        #[arg(long)]
        template: String,
        /// An order event JSON file (native or ORDER_CHANGE shape).
        #[arg(long)]
        order: PathBuf,
        #[arg(long)]
        config: Option<PathBuf>,
        /// Locale to render (default: the order's marketplace locale).
        #[arg(long)]
        locale: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Run the webhook and the scheduler on this machine with the real clock.
    Serve {
        #[arg(long)]
        config: Option<PathBuf>,
        #[arg(long, default_value = "aftercare-state")]
        state: PathBuf,
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: String,
        /// Seconds between scheduler ticks.
        #[arg(long, default_value_t = 60)]
        tick: u64,
        #[arg(long, value_name = "FILE")]
        opted_out: Option<PathBuf>,
    },
    /// Print the dispatcher schedules (SAM YAML) the config needs; scripts/gen-schedules writes
    /// them into template.yaml.
    Schedules {
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Drive generated orders through the whole pipeline with injected faults (crashes,
    /// timeouts, throttling, duplicated and reordered events, racing dispatchers) and check
    /// that nothing is mailed twice, to an opted-out buyer or outside its window. Exits 1 if not.
    Chaos {
        #[arg(long, default_value_t = 2_000)]
        orders: usize,
        #[arg(long, default_value_t = 42)]
        seed: u64,
        /// Folder for the run's outbox, one .eml per email (replaced on every run).
        #[arg(long, default_value = "aftercare-chaos")]
        dir: PathBuf,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Lift the bounce circuit breaker's pause of a store; its held sends are re-slotted into
    /// their windows (never two emails to one buyer on one local day).
    Resume {
        /// The store to resume.
        #[arg(long)]
        store: String,
        #[arg(long)]
        config: Option<PathBuf>,
        #[arg(long, default_value = "aftercare-state")]
        state: PathBuf,
        /// Resume as of this time (default: now; for simulated states).
        #[arg(long)]
        at: Option<String>,
    },
    /// Pending / sent / bounced / opted-out counts and the feedback score.
    Status {
        #[arg(long, default_value = "aftercare-state")]
        state: PathBuf,
        /// Score the feedback as of this time (default: now).
        #[arg(long)]
        at: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Negative (1–2★) and neutral (3★) seller feedback with its removal triage: which of
    /// Amazon's removal grounds apply and the words that show it, what to do next, and by when.
    ///
    /// Grounds: obscene (profane words), personal_data (an email, phone number or full name),
    /// product_review (only about the product), fba_fulfillment (FBA order, only about Amazon's
    /// delivery: struck through, not removed), answers_contradict_rating (1–2★ but three "yes"
    /// answers). Next steps: contact_buyer, request_removal (contact the buyer first, ask Amazon
    /// a few days later, within 90 days), expect_strike_through, nothing_to_request (deadlines
    /// passed). Buyers can remove their own feedback within 60 days. Never offer anything in
    /// return for a change.
    Feedback {
        /// Folder of the database written by demo, simulate or serve.
        #[arg(long, default_value = "aftercare-state")]
        state: PathBuf,
        /// Re-triage with this config's stores (e.g. after adding staff_names); default: the
        /// triage recorded when the feedback arrived.
        #[arg(long)]
        config: Option<PathBuf>,
        /// Apply the deadlines as of this time (RFC 3339; default: now).
        #[arg(long)]
        at: Option<String>,
        /// Only 1–2★ feedback (Amazon's "negative"; the summary counts 1–3★ like `status`).
        #[arg(long)]
        negative: bool,
        /// A JSON array: order id, rating, grounds with evidence, next step, deadline, advice.
        #[arg(long)]
        json: bool,
    },
    /// Connect stores to Amazon's Selling Partner API: order notifications to the deployed
    /// stack's queue (`connect`), and what is connected (`status`).
    #[command(subcommand)]
    Spapi(spapi::SpApiCommand),
    /// Change the config of a deployed stack without rebuilding it: `push` checks a config
    /// folder as the build does and publishes it; `status` shows which version each function
    /// runs. Needs a build with `--features aws`.
    #[command(subcommand)]
    Config(config_cmd::ConfigCommand),
    /// Write a commented starter config folder for one store (asks for what the flags leave
    /// out when run on a terminal). Refuses a folder that is not empty.
    Init {
        /// The new config folder (created; an existing one must be empty).
        dir: PathBuf,
        /// Store id (letters, digits, - and _).
        #[arg(long)]
        store: Option<String>,
        /// Store name, shown in every subject.
        #[arg(long)]
        name: Option<String>,
        /// Amazon marketplace: US, UK, DE, JP, ….
        #[arg(long)]
        marketplace: Option<String>,
        /// Sender, a verified SES identity: "Name <address>".
        #[arg(long)]
        sender: Option<String>,
        /// The seller's own IANA time zone, for reports (e.g. Asia/Shanghai).
        #[arg(long)]
        zone: Option<String>,
    },
}

fn main() -> ExitCode {
    // Behave like other command-line tools when piped into `head`: stop quietly.
    #[cfg(unix)]
    // SAFETY: restoring the default action of a signal before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(2);
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

async fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Demo {
            orders,
            dir,
            seed,
            json,
            write_events,
        } => demo_cmd(orders, &dir, seed, json, write_events).await,
        Command::Simulate {
            config,
            events,
            until,
            opted_out,
            state,
            json,
        } => {
            simulate_cmd(
                config.as_deref(),
                &events,
                &until,
                opted_out.as_deref(),
                &state,
                json,
            )
            .await
        }
        Command::Zone {
            zip,
            state,
            marketplace,
            json,
        } => zone_cmd(&zip, state.as_deref(), &marketplace, json),
        Command::Lint {
            paths,
            kind,
            marketplace,
            json,
        } => lint_cmd(&paths, kind.as_deref(), marketplace.as_deref(), json),
        Command::Preview {
            template,
            order,
            config,
            locale,
            json,
        } => preview_cmd(
            &template,
            &order,
            config.as_deref(),
            locale.as_deref(),
            json,
        ),
        Command::Serve {
            config,
            state,
            listen,
            tick,
            opted_out,
        } => {
            let config = load_config(config.as_deref())?;
            let opted_out = read_opted_out(opted_out.as_deref())?;
            serve::serve(config, &state, &listen, tick, opted_out).await?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Schedules { config } => {
            print!(
                "{}",
                aftercare::schedule::sam_schedules_yaml(&load_config(config.as_deref())?)
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Chaos {
            orders,
            seed,
            dir,
            json,
        } => chaos::chaos_cmd(orders, seed, &dir, json).await,
        Command::Resume {
            store,
            config,
            state,
            at,
        } => resume_cmd(&store, config.as_deref(), &state, at.as_deref()).await,
        Command::Status { state, at, json } => {
            let at = at
                .as_deref()
                .map(parse_time)
                .transpose()?
                .unwrap_or_else(Utc::now);
            report::status(&state, at, json)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Spapi(cmd) => spapi::run(cmd).await,
        Command::Config(cmd) => config_cmd::run(cmd).await,
        Command::Init {
            dir,
            store,
            name,
            marketplace,
            sender,
            zone,
        } => {
            let answers = init::InitAnswers {
                store,
                name,
                marketplace,
                sender,
                zone,
            };
            init::run(&dir, answers)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Feedback {
            state,
            config,
            at,
            negative,
            json,
        } => {
            let at = at
                .as_deref()
                .map(parse_time)
                .transpose()?
                .unwrap_or_else(Utc::now);
            let config = config.map(|c| load_config(Some(&c))).transpose()?;
            feedback::run(&state, config.as_ref(), at, negative, json)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

async fn resume_cmd(
    store: &str,
    config: Option<&Path>,
    state: &Path,
    at: Option<&str>,
) -> Result<ExitCode> {
    let config = load_config(config)?;
    let id = aftercare::order::StoreId::parse(store).map_err(|e| anyhow!("--store: {e}"))?;
    if config.store(&id).is_none() {
        anyhow::bail!(
            "--store: unknown store `{id}` (the config defines: {})",
            config.store_list()
        );
    }
    let now = at.map(parse_time).transpose()?.unwrap_or_else(Utc::now);
    let db = state.join("aftercare.db");
    if !db.is_file() {
        anyhow::bail!("no database at {} (pass --state)", db.display());
    }
    let sqlite = aftercare::adapters::local::SqliteStore::open(&db)?;
    let r = aftercare::breaker::resume(&config, &sqlite, &id, now).await?;
    match &r.pause {
        None => println!("store {id} is not paused; nothing to do"),
        Some(p) if r.lifted => println!(
            "store {id} resumed (paused since {} for its {}); {} held sends re-slotted",
            p.at.format("%Y-%m-%d %H:%M UTC"),
            p.reason.replace('_', " "),
            r.rescheduled
        ),
        Some(p) => println!(
            "store {id} was already resumed; {} sends its pause (since {}) still held re-slotted",
            r.rescheduled,
            p.at.format("%Y-%m-%d %H:%M UTC")
        ),
    }
    Ok(ExitCode::SUCCESS)
}

fn parse_time(s: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| anyhow!("`{s}` is not an RFC 3339 time such as 2026-12-31T00:00:00Z: {e}"))
}

pub fn load_config(dir: Option<&Path>) -> Result<Config> {
    match dir {
        None => Ok(Config::builtin()),
        Some(dir) => {
            let dir = if dir.is_file() {
                dir.parent().unwrap_or(Path::new("."))
            } else {
                dir
            };
            let config = Config::load_dir(dir).map_err(|e| anyhow!("config is not valid:\n{e}"))?;
            // In AWS the stack's TestAddress stands in for a missing one; here nothing does.
            if let Some(store) = config.stores_without_test_address().first() {
                bail!(
                    "{}: store `{store}` has no test_address, and a campaign in `test` status \
                     would mail it: add `test_address = \"you@example.com\"` to the store",
                    dir.join(aftercare::config::CONFIG_FILE).display()
                );
            }
            Ok(config)
        }
    }
}

fn read_opted_out(path: Option<&Path>) -> Result<Vec<String>> {
    let Some(path) = path else {
        return Ok(Vec::new());
    };
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if !line.contains('@') || line.contains(char::is_whitespace) {
            bail!(
                "{}:{}: `{line}` is not an email address",
                path.display(),
                i + 1
            );
        }
        out.push(line.to_ascii_lowercase());
    }
    Ok(out)
}

async fn demo_cmd(
    orders: usize,
    dir: &Path,
    seed: u64,
    json: bool,
    write_events: Option<PathBuf>,
) -> Result<ExitCode> {
    let config = Config::builtin();
    let today = Utc::now()
        .date_naive()
        .and_hms_opt(0, 0, 0)
        .expect("midnight exists")
        .and_utc();
    let spec = DemoSpec {
        orders,
        start: today - Duration::days(30),
        seed,
        store_id: StoreId::parse("default").expect("valid id"),
    };
    let (events, opted_out) = demo::generate(&spec);
    if let Some(path) = write_events {
        let lines: Vec<String> = events.iter().map(demo::to_json_line).collect();
        std::fs::write(&path, lines.join("\n") + "\n")
            .with_context(|| format!("cannot write {}", path.display()))?;
        let opt_path = path.with_extension("opted-out.txt");
        std::fs::write(&opt_path, opted_out.join("\n") + "\n")
            .with_context(|| format!("cannot write {}", opt_path.display()))?;
        println!(
            "wrote {} events for {orders} orders to {} and {} opted-out addresses to {}",
            events.len(),
            path.display(),
            opted_out.len(),
            opt_path.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let outbox = dir.join("outbox");
    if outbox.is_dir() {
        std::fs::remove_dir_all(&outbox)
            .with_context(|| format!("cannot clear {}", outbox.display()))?;
    }
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let opts = SimOptions {
        db_path: dir.join("aftercare.db"),
        outbox: outbox.clone(),
        opted_out,
        until: today,
    };
    if !json {
        println!(
            "Aftercare demo: store `default` on Amazon US, {} generated orders ({} events), {} starter campaigns.",
            orders,
            events.len(),
            config.campaigns.len()
        );
    }
    let report = run_simulation(&config, events, &opts, json).await?;
    if json {
        report::print_sends_json(&report.sends)?;
    } else {
        report::print_summary(&config, &report, &opts, "dated after today");
        println!(
            "\nTry next:  {} status --state {}   ·   open an email in {}",
            self_command(),
            dir.display(),
            outbox.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// How to run this binary again from here: `aftercare` when it was found on the PATH, else the
/// path it was started by (`target/release/aftercare` after `cargo run`), relative when it can be.
fn self_command() -> String {
    let arg0 = std::env::args().next().unwrap_or_default();
    if !arg0.contains(std::path::MAIN_SEPARATOR) {
        return "aftercare".to_string();
    }
    let path = PathBuf::from(&arg0);
    let relative = std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(&cwd).ok().map(Path::to_path_buf));
    relative.unwrap_or(path).display().to_string()
}

async fn run_simulation(
    config: &Config,
    events: Vec<order::OrderEvent>,
    opts: &SimOptions,
    quiet: bool,
) -> Result<simulate::SimReport> {
    let bar = progress_bar(events.len(), quiet);
    let mut progress = |done: usize, _total: usize| bar.set_position(done as u64);
    let report = simulate::run(config, events, opts, &mut progress).await?;
    bar.finish_and_clear();
    Ok(report)
}

fn progress_bar(events: usize, quiet: bool) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new(events as u64);
    if quiet || events < 2_000 {
        bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} events  {elapsed_precise}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar
}

async fn simulate_cmd(
    config: Option<&Path>,
    events_path: &Path,
    until: &str,
    opted_out: Option<&Path>,
    state: &Path,
    json: bool,
) -> Result<ExitCode> {
    let until = parse_time(until)?;
    let config = load_config(config)?;
    note_language_gaps(&aftercare::languages::language_gaps(&config), json);
    // The file is checked whole, then run in time order a line at a time: only an index of it
    // is held, so a year of events fits in memory.
    let events = match simulate::EventFile::index(events_path, &config) {
        Ok(events) => events,
        Err(simulate::EventFileProblem::Read(e)) => {
            return Err(anyhow!(e).context(format!("cannot read {}", events_path.display())))
        }
        Err(simulate::EventFileProblem::Lines(errors)) => {
            for e in errors.iter().take(50) {
                eprintln!("{e}");
            }
            if errors.len() > 50 {
                eprintln!("… and {} more", errors.len() - 50);
            }
            eprintln!("error: {} bad event line(s); nothing was run", errors.len());
            return Ok(ExitCode::from(2));
        }
        // An event naming a store the config lacks is bad input too: report its line.
        Err(simulate::EventFileProblem::UnknownStore { line, store }) => {
            let known: Vec<String> = config.stores.iter().map(|s| s.id.to_string()).collect();
            eprintln!(
                "{}:{line}: store_id: unknown store `{store}` (config defines: {})",
                events_path.display(),
                known.join(", ")
            );
            eprintln!("error: nothing was run");
            return Ok(ExitCode::from(2));
        }
    };
    let opted_out = read_opted_out(opted_out)?;
    std::fs::create_dir_all(state).with_context(|| format!("cannot create {}", state.display()))?;
    let opts = SimOptions {
        db_path: state.join("aftercare.db"),
        outbox: state.join("outbox"),
        opted_out,
        until,
    };
    let bar = progress_bar(events.len(), json);
    let mut progress = |done: usize, _total: usize| bar.set_position(done as u64);
    let total = events.len();
    let how = simulate::SortedRun {
        durability: aftercare::adapters::local::Durability::Scratch,
        keep_sends: false,
    };
    let report = simulate::run_sorted(
        &config,
        events.events(&config),
        total,
        &opts,
        how,
        &mut progress,
    )
    .await?;
    bar.finish_and_clear();
    if json {
        // Read back from the database a page at a time: a big run's sends need not fit in memory.
        let store = aftercare::adapters::local::SqliteStore::open_scratch(&opts.db_path)?;
        let mut page = Vec::with_capacity(10_000);
        let mut printed = Ok(());
        store.each_send_by_time(|s| {
            if printed.is_ok() {
                page.push(s);
                if page.len() == page.capacity() {
                    printed = report::print_sends_json(&page);
                    page.clear();
                }
            }
        })?;
        printed?;
        report::print_sends_json(&page)?;
    } else {
        report::print_summary(&config, &report, &opts, "after --until");
    }
    Ok(ExitCode::SUCCESS)
}

/// Tells the seller which stores' buyers get emails in another language; with `--json` on stderr,
/// so the JSON stays whole.
fn note_language_gaps(gaps: &[aftercare::languages::LanguageGap], json: bool) {
    for gap in gaps {
        if json {
            eprintln!("note: {gap}");
        } else {
            println!("note: {gap}");
        }
    }
}

fn zone_cmd(zip: &str, state: Option<&str>, marketplace: &str, json: bool) -> Result<ExitCode> {
    let marketplace: Marketplace = marketplace.parse()?;
    let country = (marketplace == Marketplace::Us).then_some("US");
    // On amazon.com the ZIP must be written as one; other marketplaces' postcodes are not read.
    let status = match marketplace {
        Marketplace::Us => Some(zone::check_us_zip(zip)?),
        _ => None,
    };
    let lookup = zone::zone_for_address(Some(zip), state, country, marketplace);
    let now = Utc::now().with_timezone(&lookup.zone);
    let note = zip_fallback_note(zip, status, lookup.source, marketplace);
    if json {
        println!(
            "{}",
            serde_json::json!({ "zip": zip, "zone": lookup.zone.name(), "source": lookup.source, "utc_offset_now": now.format("%:z").to_string(), "note": note })
        );
    } else {
        println!(
            "{} (from {}, UTC{} now)",
            lookup.zone.name(),
            lookup.source,
            now.format("%:z")
        );
        if let Some(note) = note {
            println!("note: {note}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Why a US ZIP did not decide the zone, and what did instead.
fn zip_fallback_note(
    zip: &str,
    status: Option<zone::ZipStatus>,
    source: zone::ZoneSource,
    marketplace: Marketplace,
) -> Option<String> {
    let why = match status? {
        zone::ZipStatus::Known => return None,
        zone::ZipStatus::Military => "is a military APO/FPO/DPO ZIP".to_string(),
        zone::ZipStatus::UnknownZip => "is not a known US ZIP code".to_string(),
        zone::ZipStatus::UnknownPrefix => format!(
            "is not a US ZIP code (no US ZIP starts with {})",
            zip.trim().get(..3).unwrap_or(zip)
        ),
    };
    let fallback = match source {
        zone::ZoneSource::State => "fell back to the state's zone".to_string(),
        _ => format!(
            "fell back to the {} marketplace's default zone (pass --state XX for a better one)",
            marketplace.country()
        ),
    };
    Some(format!("{} {why}; {fallback}", zip.trim()))
}

fn lint_cmd(
    paths: &[PathBuf],
    kind: Option<&str>,
    marketplace: Option<&str>,
    json: bool,
) -> Result<ExitCode> {
    let kind: Option<CampaignKind> = kind.map(str::parse).transpose()?;
    let marketplaces: Vec<Marketplace> = marketplace
        .map(str::parse)
        .transpose()?
        .into_iter()
        .collect();
    let mut errors = 0;
    let mut warnings = 0;
    let mut all = Vec::new();
    let mut files = 0;
    for path in paths {
        let config_dir = if path.is_dir() && path.join(aftercare::config::CONFIG_FILE).is_file() {
            Some(path.clone())
        } else if path
            .file_name()
            .is_some_and(|n| n == aftercare::config::CONFIG_FILE)
        {
            Some(path.parent().unwrap_or(Path::new(".")).to_path_buf())
        } else {
            None
        };
        if let Some(dir) = config_dir {
            files += 1;
            let loaded = Config::load_dir(&dir);
            if let Ok(config) = &loaded {
                note_language_gaps(&aftercare::languages::language_gaps(config), json);
            }
            if let Err(e) = loaded {
                for issue in &e.0 {
                    errors += 1;
                    all.push(serde_json::json!({"file": issue.file, "line": issue.line, "col": issue.col, "severity": "error", "rule": issue.rule.unwrap_or("config"), "message": issue.message}));
                    if !json {
                        println!("{issue}");
                    }
                }
            }
            // Config loading reports lint errors; warnings come from linting the files too.
            let template_dir = dir.join("templates");
            if template_dir.is_dir() {
                for file in template_files(&template_dir)? {
                    files += 1;
                    lint_one(
                        &file,
                        kind,
                        &marketplaces,
                        json,
                        &mut all,
                        &mut errors,
                        &mut warnings,
                        true,
                    )?;
                }
            }
            continue;
        }
        let list = if path.is_dir() {
            template_files(path)?
        } else {
            vec![path.clone()]
        };
        if list.is_empty() {
            bail!(
                "{}: no template files (.txt, .html, .tera) found",
                path.display()
            );
        }
        for file in list {
            files += 1;
            lint_one(
                &file,
                kind,
                &marketplaces,
                json,
                &mut all,
                &mut errors,
                &mut warnings,
                false,
            )?;
        }
    }
    if json {
        println!("{}", serde_json::to_string_pretty(&all)?);
    } else {
        println!("{files} file(s) checked: {errors} error(s), {warnings} warning(s)");
    }
    Ok(if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn template_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.is_file()
                && p.extension()
                    .is_some_and(|x| x == "txt" || x == "html" || x == "tera")
        })
        .collect();
    files.sort();
    Ok(files)
}

#[allow(clippy::too_many_arguments)]
fn lint_one(
    file: &Path,
    kind: Option<CampaignKind>,
    marketplaces: &[Marketplace],
    json: bool,
    all: &mut Vec<serde_json::Value>,
    errors: &mut usize,
    warnings: &mut usize,
    warnings_only: bool,
) -> Result<()> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ctx = LintContext {
        kind: kind.or_else(|| lint::kind_from_file_name(&name)),
        marketplaces: marketplaces.to_vec(),
        extra_allowed_hosts: Vec::new(),
        locale: lint::locale_from_file_name(&name),
    };
    let shown = file.display().to_string();
    for f in lint::lint_source(&text, &ctx) {
        // Errors of a config's templates were already reported by the config check.
        if warnings_only && f.severity == lint::Severity::Error {
            continue;
        }
        match f.severity {
            lint::Severity::Error => *errors += 1,
            lint::Severity::Warning => *warnings += 1,
        }
        all.push(serde_json::json!({"file": shown, "line": f.line, "col": f.col, "severity": f.severity, "rule": f.rule, "message": f.message}));
        if !json {
            println!("{}", lint::format_finding(&shown, &f));
        }
    }
    Ok(())
}

fn preview_cmd(
    template_arg: &str,
    order_path: &Path,
    config: Option<&Path>,
    locale: Option<&str>,
    json: bool,
) -> Result<ExitCode> {
    let config = load_config(config)?;
    let text = std::fs::read_to_string(order_path)
        .with_context(|| format!("cannot read {}", order_path.display()))?;
    let event = order::parse_event(&text).map_err(|e| anyhow!("{}: {e}", order_path.display()))?;
    let store = config
        .store(&event.store_id)
        .or_else(|| config.stores.first())
        .ok_or_else(|| anyhow!("config has no store"))?;
    let order = order::Order::from_event(&event, store.marketplace);
    let gap = aftercare::languages::store_language_gap(&config, store);
    note_language_gaps(gap.as_slice(), json);
    let locale = locale.map_or_else(
        || order.marketplace.default_locale().to_string(),
        str::to_string,
    );
    let as_file = Path::new(template_arg);
    let owned;
    let source = if as_file.is_file() {
        let contents = std::fs::read_to_string(as_file)
            .with_context(|| format!("cannot read {}", as_file.display()))?;
        owned =
            template::TemplateSource::from_file(as_file, &contents).map_err(|e| anyhow!("{e}"))?;
        &owned
    } else {
        config
            .templates
            .pick(template_arg, &[locale.as_str()])
            .ok_or_else(|| {
                anyhow!(
                    "no template named `{template_arg}` (known: {})",
                    config.templates.names().join(", ")
                )
            })?
    };
    let has_attachments = config
        .campaigns
        .iter()
        .any(|c| c.template == source.name && !c.attachments.is_empty());
    let vars = aftercare::pipeline::message_vars(store, &order, has_attachments);
    let rendered = template::render(source, &vars).map_err(|e| anyhow!("{e}"))?;
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(
                &serde_json::json!({"template": source.name, "locale": source.locale, "subject": rendered.subject, "text": rendered.text, "html": rendered.html})
            )?
        );
    } else {
        println!(
            "Template: {} ({})\nSubject: {}\n\n--- text ---\n{}\n--- html ---\n{}",
            source.name, source.locale, rendered.subject, rendered.text, rendered.html
        );
    }
    Ok(ExitCode::SUCCESS)
}
