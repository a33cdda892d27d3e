//! `aftercare feedback`: every stored 1–3★ feedback with its removal triage.

use std::path::Path;

use aftercare::adapters::local::SqliteStore;
use aftercare::config::Config;
use aftercare::order::Order;
use aftercare::triage::{self, Triage};
use anyhow::{Context, Result};
use chrono::{DateTime, Utc};

/// Opens the state folder's database the way `status` does.
pub fn open_state(state: &Path) -> Result<SqliteStore> {
    let db = state.join("aftercare.db");
    if !db.is_file() {
        anyhow::bail!("no database at {} (run `aftercare demo`, `simulate` or `serve` first, or pass --state)", db.display());
    }
    SqliteStore::open(&db).with_context(|| format!("cannot open {}", db.display()))
}

/// The triage of every order with a 1–3★ feedback, newest feedback first. With a config the
/// triage is computed again with its stores (staff names may have changed since); without one
/// the triage recorded when the feedback arrived is used.
pub fn triaged<'a>(orders: &'a [Order], config: Option<&Config>) -> Vec<(&'a Order, Triage)> {
    let mut out: Vec<(&'a Order, Triage)> = orders
        .iter()
        .filter_map(|o| {
            let t = match config {
                Some(c) => triage::triage_order(o, c.store(&o.store_id)),
                None => o.triage.clone().or_else(|| triage::triage_order(o, None)),
            };
            t.map(|t| (o, t))
        })
        .collect();
    out.sort_by(|a, b| {
        b.1.left_at
            .cmp(&a.1.left_at)
            .then_with(|| a.0.order_id.cmp(&b.0.order_id))
    });
    out
}

fn day(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d").to_string()
}

fn grounds_text(t: &Triage) -> String {
    if t.findings.is_empty() {
        return "-".to_string();
    }
    t.findings
        .iter()
        .map(|f| {
            let evidence: Vec<String> = f.evidence.iter().map(|e| format!("\"{e}\"")).collect();
            format!("{} ({})", f.ground, evidence.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// `aftercare feedback`.
pub fn run(
    state: &Path,
    config: Option<&Config>,
    at: DateTime<Utc>,
    negative_only: bool,
    json: bool,
) -> Result<()> {
    let store = open_state(state)?;
    let orders = store.all_orders(None)?;
    let all = triaged(&orders, config);
    // The summary counts every negative feedback, as `status` does, whatever rows are shown.
    let counts = triage::NegativeCounts::of(all.iter().map(|(_, t)| t), at);
    let rows: Vec<(&Order, Triage)> = all
        .into_iter()
        .filter(|(_, t)| !negative_only || t.rating <= 2)
        .collect();
    if json {
        let list: Vec<serde_json::Value> = rows
            .iter()
            .map(|(o, t)| {
                serde_json::json!({
                    "store_id": o.store_id.as_str(),
                    "order_id": o.order_id.as_str(),
                    "rating": t.rating,
                    "left_at": t.left_at.to_rfc3339(),
                    "fulfillment": o.fulfillment.map(|f| f.to_string()),
                    "marketplace": o.marketplace.code(),
                    "language": t.language.map(|l| l.as_str()),
                    "grounds": t.findings,
                    "removable": t.is_removable(),
                    "struck_through": t.is_struck_through(),
                    "next_step": t.step_at(at).as_str(),
                    "deadline": t.deadline().to_rfc3339(),
                    "buyer_can_remove_until": t.buyer_can_remove_until.to_rfc3339(),
                    "request_removal_from": t.request_removal_from.map(|d| d.to_rfc3339()),
                    "request_removal_until": t.request_removal_until.map(|d| d.to_rfc3339()),
                    "advice": t.advice_at(at),
                })
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&list)?);
        return Ok(());
    }
    if rows.is_empty() {
        println!("No 1–3★ feedback stored.");
        return Ok(());
    }
    println!(
        "{:<22} {:<12} {:>6} {:<10}  {:<22} {:<10}  grounds (evidence)",
        "order", "store", "rating", "left", "next step", "deadline"
    );
    for (o, t) in &rows {
        println!(
            "{:<22} {:<12} {:>5}★ {:<10}  {:<22} {:<10}  {}",
            o.order_id.as_str(),
            o.store_id.as_str(),
            t.rating,
            day(t.left_at),
            t.step_at(at).as_str(),
            day(t.deadline()),
            grounds_text(t)
        );
        println!("{:<22} {}", "", t.advice_at(at));
    }
    println!(
        "\n{} feedback shown as of {}; negative feedback (1–3★): {} negative, {} removable, {} struck through.",
        rows.len(),
        at.format("%Y-%m-%d %H:%M UTC"),
        counts.total,
        counts.removable,
        counts.struck_through
    );
    Ok(())
}
