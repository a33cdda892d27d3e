//! `aftercare chaos`: the fault-injection run (`aftercare::faults`) on the embedded store and
//! the outbox at any scale, with a report of the faults injected and the invariants checked.
//! Exits 1 when an invariant is broken.

use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use aftercare::adapters::local::{OutboxMailer, SqliteStore};
use aftercare::config::Config;
use aftercare::faults::{self, ChaosReport, ChaosSpec};
use anyhow::{Context, Result};

pub async fn chaos_cmd(orders: usize, seed: u64, dir: &Path, json: bool) -> Result<ExitCode> {
    let config = Config::builtin();
    // A fresh outbox every run; the database lives in memory (at 100,000 orders a file-backed
    // one spends most of its time re-reading pages through the OS) and is thrown away, so its
    // writes are committed in batches.
    let outbox_dir = dir.join("outbox");
    if outbox_dir.exists() {
        std::fs::remove_dir_all(&outbox_dir)
            .with_context(|| format!("cannot clear {}", outbox_dir.display()))?;
    }
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let store =
        Arc::new(SqliteStore::in_memory_scratch().context("cannot open the embedded store")?);
    let outbox = Arc::new(
        OutboxMailer::new(&outbox_dir, Vec::new())
            .with_context(|| format!("cannot create {}", outbox_dir.display()))?,
    );
    let spec = ChaosSpec::new(orders, seed);

    let bar = indicatif::ProgressBar::new(0);
    if json || orders < 2_000 {
        bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{bar:40} {pos}/{len} event deliveries  {elapsed_precise}",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let mut progress = |done: usize, total: usize| {
        bar.set_length(total as u64);
        bar.set_position(done as u64);
    };
    let report = faults::run(&config, store, outbox, &spec, &mut progress).await?;
    bar.finish_and_clear();

    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print_report(&report, seed, dir);
    }
    Ok(if report.invariants.hold() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn print_report(r: &ChaosReport, seed: u64, dir: &Path) {
    let inv = &r.invariants;
    println!(
        "Fault-injection run: {} orders, seed {seed}, state in {}",
        r.orders,
        dir.display()
    );
    println!();
    println!("  order events          {:>9}", r.events);
    println!(
        "  deliveries            {:>9}  (duplicates and replays included; {} ignored as seen before)",
        r.deliveries, r.duplicate_events_ignored
    );
    println!("  SES events delivered  {:>9}", r.mail_events);
    println!("  opt-out notices       {:>9}", r.notices);
    // Every total below is followed by its parts, indented: they add up to it.
    println!("  dispatcher runs       {:>9}", r.dispatcher_runs);
    println!("    scheduled ticks     {:>9}", r.ticks);
    println!(
        "    Lambda retries      {:>9}  (of a crashed run)",
        r.lambda_retries
    );
    println!(
        "    racing second runs  {:>9}  (two dispatchers on one tick)",
        r.racing_runs
    );
    println!("  sends                 {:>9}", r.sends);
    for (k, n) in &r.send_counts {
        if !k.contains(':') {
            println!("    {k:<20}{n:>9}");
        }
    }
    println!("  emails handed over    {:>9}", r.emails);
    println!("  bounces               {:>9}", r.bounced);
    println!("  complaints            {:>9}", r.complaints);
    println!(
        "  buyers newly opted out{:>9}  (by bounces, complaints and opt-out notices)",
        r.newly_suppressed
    );
    println!(
        "  sends cancelled by opt-outs {:>4}",
        r.cancelled_by_opt_out
    );
    println!();
    println!("Injected faults");
    for (k, n) in &r.faults {
        println!("  {k:<22}{n:>9}");
    }
    println!();
    println!("What the dispatcher did about them");
    println!(
        "  crashed runs          {:>9}  ({} sends of their batches left for a later run)",
        r.crashed_runs, r.abandoned
    );
    for (fault, n) in &r.crashed_runs_by {
        println!("    {fault:<20}{n:>9}");
    }
    println!("  released (throttled)  {:>9}", r.released);
    println!("  deferred              {:>9}", r.deferred);
    println!("    buyer's day taken   {:>9}", r.buyer_day_deferred);
    println!("    daily cap reached   {:>9}", r.cap_deferred);
    println!(
        "    late or not offered {:>9}  (claimed by a late run outside its window, or Amazon's review request not offered yet)",
        r.deferred
            .saturating_sub(r.buyer_day_deferred)
            .saturating_sub(r.cap_deferred)
    );
    println!("  left in doubt         {:>9}", r.in_doubt);
    println!("  claims expired        {:>9}", r.expired);
    println!("  storage errors        {:>9}", r.dispatch_errors);
    println!(
        "  reconciled by SES     {:>9}  (email accepted, dispatcher's own record lost)",
        inv.reconciled_sends
    );
    println!();
    println!("Invariants");
    let line = |name: &str, value: usize, ok: bool| {
        println!(
            "  {name:<32}{value:>9}  {}",
            if ok { "ok" } else { "BROKEN" }
        );
    };
    line(
        "duplicate emails",
        inv.duplicate_emails,
        inv.duplicate_emails == 0,
    );
    line(
        "review requests asked twice",
        inv.duplicate_review_requests,
        inv.duplicate_review_requests == 0,
    );
    line(
        "emails to opted-out/blacklisted",
        inv.opted_out_emails,
        inv.opted_out_emails == 0,
    );
    line(
        "emails outside their window",
        inv.outside_window_emails,
        inv.outside_window_emails == 0,
    );
    line(
        "sends left pending or claimed",
        inv.unfinished_sends,
        inv.unfinished_sends == 0,
    );
    line(
        "emails not recorded as sent",
        inv.unrecorded_emails,
        inv.unrecorded_emails == 0,
    );
    line(
        "orders that lost a merge",
        inv.lost_merges,
        inv.lost_merges == 0,
    );
    println!(
        "  {:<32}{:>9}  {} (≤ {} crashes and timeouts injected)",
        "lost sends",
        inv.lost_sends,
        if inv.lost_sends <= inv.ambiguous_faults {
            "ok"
        } else {
            "BROKEN"
        },
        inv.ambiguous_faults
    );
    let mut causes = std::collections::BTreeMap::<String, usize>::new();
    for (_, on) in &r.lost {
        let cause = on
            .iter()
            .find(|f| f.is_ambiguous())
            .map_or("none (silent)", |f| f.as_str());
        *causes.entry(cause.to_string()).or_default() += 1;
    }
    for (cause, n) in &causes {
        println!("    failed (outcome_unknown) after {cause:<14}{n:>5}");
    }
    line(
        "lost sends unaccounted for",
        inv.unaccounted_lost_sends,
        inv.unaccounted_lost_sends == 0,
    );
    for v in &inv.violations {
        println!("  ! {v}");
    }
    println!();
    println!(
        "{}  wall time {:.1} s",
        if inv.hold() {
            "All invariants hold."
        } else {
            "INVARIANTS BROKEN."
        },
        r.wall_time_secs
    );
}
