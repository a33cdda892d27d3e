//! What the CLI prints: per-send JSON lines, the run summary, and `status`.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use aftercare::adapters::local::SqliteStore;
use aftercare::adapters::simulated::SOLICITATIONS_LOG;
use aftercare::amazon::DeliverySource;
use aftercare::config::Config;
use aftercare::send::{Channel, Reason, Send, SendStatus};
use aftercare::simulate::{SimOptions, SimReport};
use anyhow::{Context, Result};
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Asia::Shanghai;

/// Status as the CLI contract names it: a send still claimed at the end of a run is pending.
fn status_word(s: &Send) -> &'static str {
    match s.status {
        SendStatus::Claimed => "pending",
        other => other.as_str(),
    }
}

fn fmt_local(t: DateTime<Utc>, zone: chrono_tz::Tz) -> String {
    t.with_timezone(&zone)
        .format("%Y-%m-%dT%H:%M:%S%:z")
        .to_string()
}

/// One JSON object per planned send, one per line.
pub fn print_sends_json(sends: &[Send]) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for s in sends {
        // A skipped send never had a time to leave: its time is when it was decided, shown as
        // `decided_at_utc`, and its send times are null (they would read as outside any window).
        let (send_at, decided_at) = match s.status {
            SendStatus::Skipped => (None, Some(s.updated_at)),
            _ => (Some(s.send_at), None),
        };
        let utc = |t: DateTime<Utc>| t.format("%Y-%m-%dT%H:%M:%SZ").to_string();
        let v = serde_json::json!({
            "store_id": s.store_id.as_str(),
            "order_id": s.order_id.as_str(),
            "campaign": s.campaign,
            "kind": s.kind.as_str(),
            "channel": s.channel.as_str(),
            "status": status_word(s),
            "reason": s.reason.map(|r| r.as_str()),
            "send_at_utc": send_at.map(utc),
            "send_at_local": send_at.map(|t| fmt_local(t, s.buyer_zone)),
            "zone": s.buyer_zone.name(),
            "send_at_beijing": send_at.map(|t| fmt_local(t, Shanghai)),
            "decided_at_utc": decided_at.map(utc),
            "window": s.window_group,
            "test": s.test,
            "bounced": s.bounced,
        });
        writeln!(out, "{v}")?;
    }
    out.flush()?;
    Ok(())
}

/// The human summary after `demo` or `simulate`; `later` says what the events after the run's
/// end are (`after --until`, or dated after today for the demo).
pub fn print_summary(config: &Config, report: &SimReport, opts: &SimOptions, later: &str) {
    let summary = &report.summary;
    let counts = &summary.counts;
    let get = |k: &str| counts.get(k).copied().unwrap_or(0);
    let solicited = summary.solicited;
    let emailed = get("sent") - solicited;
    println!(
        "\nEvents: {} ingested, {} duplicates ignored, {} {later}, not run.  Took {:.2}s.",
        report.events_ingested,
        report.duplicate_events,
        report.events_after_until,
        report.elapsed.as_secs_f64()
    );
    println!(
        "Emails: {} sent, {} review requests through Amazon, {} pending, {} skipped, {} cancelled, {} failed; {} bounced ({} buyers opted out, {} pending sends cancelled by opt-outs).",
        emailed,
        solicited,
        get("pending") + get("claimed"),
        get("skipped"),
        get("cancelled"),
        get("failed"),
        get("bounced"),
        report.bounces.newly_suppressed,
        report.bounces.cancelled,
    );
    println!("\nBy campaign:");
    println!(
        "  {:<20} {:<13} {:>6} {:>8} {:>8} {:>10} {:>7} {:>8}",
        "campaign", "channel", "sent", "pending", "skipped", "cancelled", "failed", "bounced"
    );
    for c in &config.campaigns {
        let n = summary
            .by_campaign
            .get(&c.name)
            .copied()
            .unwrap_or_default();
        println!(
            "  {:<20} {:<13} {:>6} {:>8} {:>8} {:>10} {:>7} {:>8}",
            c.name,
            c.channel.as_str(),
            n.sent,
            n.pending,
            n.skipped,
            n.cancelled,
            n.failed,
            n.bounced
        );
    }
    let reasons: BTreeMap<&String, &usize> =
        counts.iter().filter(|(k, _)| k.contains(':')).collect();
    if !reasons.is_empty() {
        println!("\nWhy not sent:");
        for (k, v) in reasons {
            println!("  {k:<40} {v}");
        }
    }
    // The first email of each campaign, to show where the windows put them.
    let sample = summary.first_sent_in_order();
    if !sample.is_empty() {
        println!("\nFirst email of each campaign (buyer-local time · Beijing time):");
        for s in sample {
            println!(
                "  {:<16} {:<20} {} {:<28} · {} Beijing",
                s.campaign,
                s.order_id.as_str(),
                s.send_at.with_timezone(&s.buyer_zone).format("%m-%d %H:%M"),
                s.buyer_zone.name(),
                s.send_at.with_timezone(&Shanghai).format("%m-%d %H:%M"),
            );
        }
    }
    for rate in summary.bounce_rates() {
        if rate.over_ses_review_line() {
            println!("\n{}", rate.warning());
        }
    }
    if !report.paused.is_empty() {
        println!(
            "\nPaused by the bounce circuit breaker: their sends are held (pending), not dropped; resume with `aftercare resume --store ID --state DIR` once the cause is fixed:"
        );
        for p in &report.paused {
            println!("{}", pause_line(p));
        }
    }
    println!(
        "\nOutbox: {} ({} .eml files{})   Database: {}",
        opts.outbox.display(),
        emailed,
        if solicited > 0 {
            format!(", {solicited} review requests in {SOLICITATIONS_LOG}")
        } else {
            String::new()
        },
        opts.db_path.display()
    );
}

/// `aftercare status`.
pub fn status(state: &Path, at: DateTime<Utc>, json: bool) -> Result<()> {
    let db = state.join("aftercare.db");
    if !db.is_file() {
        anyhow::bail!("no database at {} (run `aftercare demo`, `simulate` or `serve` first, or pass --state)", db.display());
    }
    let store = SqliteStore::open(&db).with_context(|| format!("cannot open {}", db.display()))?;
    let sends = store.all_sends(None)?;
    let orders = store.all_orders(None)?;
    let suppressions = store.suppression_counts()?;
    let paused = store.paused_stores()?;
    let bounce_warnings: Vec<String> = aftercare::simulate::bounce_rates(&sends)
        .iter()
        .filter(|r| r.over_ses_review_line())
        .map(|r| r.warning())
        .collect();
    let mut per_store: BTreeMap<String, BTreeMap<&str, usize>> = BTreeMap::new();
    let mut skipped: BTreeMap<&str, (Reason, usize)> = BTreeMap::new();
    for s in &sends {
        let m = per_store.entry(s.store_id.to_string()).or_default();
        *m.entry(status_word(s)).or_default() += 1;
        if s.bounced {
            *m.entry("bounced").or_default() += 1;
        }
        if s.status == SendStatus::Sent && s.channel == Channel::Solicitation {
            *m.entry("solicited").or_default() += 1;
        }
        if let (SendStatus::Skipped | SendStatus::Cancelled, Some(reason)) = (s.status, s.reason) {
            skipped.entry(reason.as_str()).or_insert((reason, 0)).1 += 1;
        }
    }
    // Where each order's delivery time came from: reported, estimated, or not known yet.
    let mut deliveries: BTreeMap<&str, usize> = BTreeMap::new();
    for o in &orders {
        let source = match (o.delivered_at, o.delivery_source) {
            (None, _) => "not_delivered",
            (Some(_), None) => DeliverySource::Event.as_str(),
            (Some(_), Some(source)) => source.as_str(),
        };
        *deliveries.entry(source).or_default() += 1;
    }
    let score = |days: i64| {
        let from = at - Duration::days(days);
        let mut positive = 0usize;
        let mut neutral = 0usize;
        let mut negative = 0usize;
        for fb in orders
            .iter()
            .filter_map(|o| o.feedback.as_ref())
            .filter(|f| f.left_at > from && f.left_at <= at)
        {
            match fb.rating {
                4..=5 => positive += 1,
                3 => neutral += 1,
                _ => negative += 1,
            }
        }
        let total = positive + neutral + negative;
        let pct = (total > 0).then(|| 100.0 * positive as f64 / total as f64);
        (positive, neutral, negative, total, pct)
    };
    // Counted as `aftercare feedback` counts them: 1–3★, as triage defines negative feedback.
    let triaged = crate::feedback::triaged(&orders, None);
    let negatives = aftercare::triage::NegativeCounts::of(triaged.iter().map(|(_, t)| t), at);
    let (removable, struck, open) = (
        negatives.removable,
        negatives.struck_through,
        negatives.removable_before_deadline,
    );
    let opted_out: u64 = suppressions
        .iter()
        .filter(|(c, _)| c != "blacklist")
        .map(|(_, n)| n)
        .sum();
    if json {
        let scores: BTreeMap<String, serde_json::Value> = [30, 90, 365]
            .into_iter()
            .map(|d| {
                let (p, nu, ne, t, pct) = score(d);
                (format!("{d}d"), serde_json::json!({"positive": p, "neutral": nu, "negative": ne, "total": t, "score_percent": pct}))
            })
            .collect();
        let v = serde_json::json!({
            "at": at.to_rfc3339(),
            "stores": per_store,
            "opted_out": opted_out,
            "suppressions": suppressions.iter().map(|(c, n)| (c.clone(), *n)).collect::<BTreeMap<_, _>>(),
            "feedback": scores,
            "negative_feedback": {"total": negatives.total, "removable": removable, "struck_through": struck, "removable_before_deadline": open},
            "paused": paused,
            "bounce_warnings": bounce_warnings,
            "delivery_sources": deliveries,
            "not_sent_reasons": skipped.iter().map(|(r, (_, n))| (*r, *n)).collect::<BTreeMap<_, _>>(),
        });
        println!("{}", serde_json::to_string_pretty(&v)?);
        return Ok(());
    }
    println!(
        "{:<16} {:>8} {:>8} {:>9} {:>8} {:>10} {:>8} {:>8}",
        "store", "pending", "emailed", "solicited", "skipped", "cancelled", "failed", "bounced"
    );
    for (store, m) in &per_store {
        let g = |k: &str| m.get(k).copied().unwrap_or(0);
        println!(
            "{:<16} {:>8} {:>8} {:>9} {:>8} {:>10} {:>8} {:>8}",
            store,
            g("pending"),
            g("sent") - g("solicited"),
            g("solicited"),
            g("skipped"),
            g("cancelled"),
            g("failed"),
            g("bounced")
        );
    }
    for warning in &bounce_warnings {
        println!("\n{warning}");
    }
    if !paused.is_empty() {
        println!(
            "\nPaused by the bounce circuit breaker (resume with `aftercare resume --store ID`):"
        );
        for p in &paused {
            println!("{}", pause_line(p));
        }
    }
    if !skipped.is_empty() {
        println!("\nNot sent (skipped or cancelled), by reason:");
        for (name, (reason, n)) in &skipped {
            println!("  {name:<28} {n:>7}  {}", reason.label());
        }
    }
    println!("\nDelivery times of {} orders:", orders.len());
    for (source, n) in &deliveries {
        let meaning = match *source {
            "event" => "reported by a delivered event",
            "package_status" => "reported by Amazon (package delivered)",
            "latest_delivery_date" => "estimated: latest promised delivery date (FBM)",
            "transit_days" => "estimated: shipped + the store's transit_days (FBA)",
            _ => "not delivered yet",
        };
        println!("  {source:<22} {n:>7}  {meaning}");
    }
    println!("\nOpted-out buyers: {opted_out}");
    for (cause, n) in &suppressions {
        println!("  {cause:<16} {n}");
    }
    println!(
        "\nSeller feedback score as of {} (positive = 4–5★ ÷ all):",
        at.format("%Y-%m-%d %H:%M UTC")
    );
    for d in [30, 90, 365] {
        let (p, nu, ne, _total, pct) = score(d);
        match pct {
            Some(pct) => {
                println!("  {d:>3} days: {pct:5.1}%  ({p} positive, {nu} neutral, {ne} negative)")
            }
            None => println!("  {d:>3} days:   n/a   (no feedback)"),
        }
    }
    println!(
        "\nNegative feedback (1–3★): {} ({removable} removable on request, {open} of them still before the deadline; {struck} struck through by Amazon). Details: aftercare feedback",
        negatives.total
    );
    Ok(())
}

/// One paused store: since when, which limit, the 24 h record that tripped it.
pub fn pause_line(p: &aftercare::ports::Pause) -> String {
    let h = &p.health;
    let rate = |n: u32| 100.0 * f64::from(n) / f64::from(h.sent.max(1));
    format!(
        "  {:<16} since {}: {} over {}% ({} sent, {} bounced = {:.2}%, {} complaints = {:.3}%)",
        p.store_id.as_str(),
        p.at.format("%Y-%m-%d %H:%M UTC"),
        p.reason.replace('_', " "),
        p.limit_percent,
        h.sent,
        h.bounced,
        rate(h.bounced),
        h.complained,
        rate(h.complained)
    )
}
