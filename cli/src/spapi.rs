//! `aftercare spapi`: connect a store to Amazon's order notifications and show what is connected.
//!
//! `connect` takes the application's grantless token to find or create the SQS destination
//! (one per region, named by the queue), then the store's own token to find or create its
//! `ORDER_CHANGE` subscription for the marketplaces of the seller's stores in that region. Both
//! steps reuse what exists, so running it again changes nothing.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use aftercare::adapters::spapi::{
    ClientLimits, Credentials, Endpoints, Region, SpApiClient, ORDER_CHANGE,
};
use aftercare::amazon::{Seller, SpApiError};
use aftercare::config::{Config, Store};
use aftercare::order::StoreId;
use aftercare::Marketplace;
use anyhow::{anyhow, bail, Context, Result};
use clap::Subcommand;

#[derive(Subcommand)]
pub enum SpApiCommand {
    /// Subscribe a store to Amazon's ORDER_CHANGE notifications, delivered to the stack's queue.
    /// Safe to run again: an existing destination or subscription is reused.
    Connect {
        /// The store to connect (its seller_id and marketplace come from the config).
        #[arg(long)]
        store: String,
        /// The stack's notification queue: the `OrderNotificationsQueueArn` output of the
        /// deployed stack (`aws cloudformation describe-stacks`).
        #[arg(long, value_name = "ARN")]
        queue_arn: String,
        #[command(flatten)]
        common: Common,
    },
    /// Destinations and subscriptions Amazon has, and which stores are connected.
    Status {
        #[command(flatten)]
        common: Common,
        #[arg(long)]
        json: bool,
    },
}

#[derive(clap::Args)]
pub struct Common {
    /// Config folder (aftercare.toml): the stores, their seller_id and marketplace.
    #[arg(long)]
    config: Option<PathBuf>,
    /// The application's Login with Amazon credentials, as JSON: {"client_id": "…",
    /// "client_secret": "…", "refresh_tokens": {"<store id>": "Atzr|…"}} (the same JSON as the
    /// stack's SP-API secret). Default: $AFTERCARE_SPAPI_CREDENTIALS.
    #[arg(long, value_name = "FILE", env = "AFTERCARE_SPAPI_CREDENTIALS")]
    credentials: Option<PathBuf>,
    /// Send every request (tokens included) to this base URL instead of Amazon's regional
    /// endpoints. For tests against a stub server only.
    #[arg(long, hide = true, env = "AFTERCARE_SPAPI_ENDPOINT")]
    endpoint: Option<String>,
}

pub async fn run(cmd: SpApiCommand) -> Result<ExitCode> {
    match cmd {
        SpApiCommand::Connect {
            store,
            queue_arn,
            common,
        } => connect(&store, &queue_arn, &common).await,
        SpApiCommand::Status { common, json } => status(&common, json).await,
    }
}

struct Setup {
    config: Config,
    credentials: Credentials,
    client: SpApiClient,
}

fn setup(common: &Common) -> Result<Setup> {
    let config = crate::load_config(common.config.as_deref())?;
    let path = common.credentials.as_deref().ok_or_else(|| {
        anyhow!("no SP-API credentials: pass --credentials FILE or set AFTERCARE_SPAPI_CREDENTIALS (JSON with client_id, client_secret and refresh_tokens by store id; see the README's \"Connect to Amazon\")")
    })?;
    let credentials = read_credentials(path)?;
    let endpoints = match &common.endpoint {
        Some(url) => Endpoints::local(url.trim_end_matches('/')),
        None => Endpoints::amazon(),
    };
    let client = SpApiClient::new(
        credentials.clone(),
        endpoints,
        None,
        ClientLimits::default(),
    )
    .map_err(|e| anyhow!("cannot start the SP-API client: {e}"))?;
    Ok(Setup {
        config,
        credentials,
        client,
    })
}

fn read_credentials(path: &Path) -> Result<Credentials> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the credentials file {}", path.display()))?;
    Credentials::from_json(&text).map_err(|e| anyhow!("{}: {e}", path.display()))
}

fn seller_of(store: &Store) -> Result<Seller> {
    let seller_id = store.seller_id.clone().ok_or_else(|| {
        anyhow!(
            "store `{}` has no seller_id: set it in aftercare.toml (Seller Central → Settings → Account Info → Merchant Token) so Amazon's notifications can be matched to the store",
            store.id
        )
    })?;
    Ok(Seller {
        store_id: store.id.clone(),
        seller_id,
        marketplace: store.marketplace,
    })
}

/// What an SP-API error means for the person at the terminal.
fn explain(e: &SpApiError, store: &Store) -> String {
    match e {
        SpApiError::Denied(why) => format!(
            "{why}\n  (a refresh token only works in the region the seller authorised the application in; store `{}` is on Amazon {}, region {})",
            store.id,
            store.marketplace.code(),
            Region::of(store.marketplace)
        ),
        other => other.to_string(),
    }
}

async fn connect(store: &str, queue_arn: &str, common: &Common) -> Result<ExitCode> {
    if !queue_arn.starts_with("arn:aws:sqs:") || queue_arn.split(':').count() != 6 {
        bail!(
            "--queue-arn: `{queue_arn}` is not an SQS queue ARN (arn:aws:sqs:REGION:ACCOUNT:NAME)"
        );
    }
    let s = setup(common)?;
    let id = StoreId::parse(store).map_err(|e| anyhow!("--store: {e}"))?;
    let store = s.config.store(&id).ok_or_else(|| {
        anyhow!(
            "--store: unknown store `{id}` (the config defines: {})",
            s.config.store_list()
        )
    })?;
    let seller = seller_of(store)?;
    if !s.credentials.refresh_tokens.contains_key(&store.id) {
        bail!(
            "the credentials have no refresh token for store `{}`: add it under refresh_tokens (the seller authorises the application in Seller Central and gives you the token)",
            store.id
        );
    }
    // One subscription per seller and region covers every marketplace of the seller there.
    let region = Region::of(store.marketplace);
    let marketplaces: BTreeSet<Marketplace> = s
        .config
        .stores
        .iter()
        .filter(|o| o.seller_id == store.seller_id && Region::of(o.marketplace) == region)
        .map(|o| o.marketplace)
        .collect();
    let marketplaces: Vec<Marketplace> = marketplaces.into_iter().collect();
    let report = s
        .client
        .connect(&seller, &marketplaces, queue_arn)
        .await
        .map_err(|e| anyhow!("{}", explain(&e, store)))?;
    let verb = |created: bool| if created { "created" } else { "already there" };
    println!(
        "Region {}: destination {} ({}) → {}",
        report.region,
        report.destination.destination_id,
        verb(report.destination_created),
        report.destination.sqs_arn.as_deref().unwrap_or(queue_arn)
    );
    println!(
        "Store {} (seller {}): {ORDER_CHANGE} subscription {} ({}) for {}",
        store.id,
        seller.seller_id,
        report.subscription.subscription_id,
        verb(report.subscription_created),
        marketplaces
            .iter()
            .map(|m| m.code())
            .collect::<Vec<_>>()
            .join(", ")
    );
    for w in &report.warnings {
        println!("warning: {w}");
    }
    Ok(ExitCode::SUCCESS)
}

async fn status(common: &Common, json: bool) -> Result<ExitCode> {
    let s = setup(common)?;
    let regions: BTreeSet<Region> = s
        .config
        .stores
        .iter()
        .map(|st| Region::of(st.marketplace))
        .collect();
    let mut destinations = Vec::new();
    let mut problems = 0;
    for region in &regions {
        match s.client.get_destinations(*region).await {
            Ok(list) => destinations.extend(list.into_iter().map(|d| (*region, d))),
            Err(e) => {
                problems += 1;
                if !json {
                    println!("Region {region}: destinations could not be read: {e}");
                }
            }
        }
    }
    let mut stores = Vec::new();
    for store in &s.config.stores {
        let state = if !s.credentials.refresh_tokens.contains_key(&store.id) {
            Err("no refresh token in the credentials".to_string())
        } else {
            match seller_of(store) {
                Err(e) => Err(e.to_string()),
                Ok(seller) => match s.client.get_subscription(&seller, ORDER_CHANGE).await {
                    Ok(sub) => Ok(sub),
                    Err(e) => Err(explain(&e, store)),
                },
            }
        };
        if state.is_err() {
            problems += 1;
        }
        stores.push((store, state));
    }
    if json {
        let v = serde_json::json!({
            "destinations": destinations.iter().map(|(r, d)| serde_json::json!({
                "region": r.as_str(), "destination_id": d.destination_id, "name": d.name, "sqs_arn": d.sqs_arn,
            })).collect::<Vec<_>>(),
            "stores": stores.iter().map(|(st, state)| match state {
                Ok(Some(sub)) => serde_json::json!({"store_id": st.id.as_str(), "connected": true,
                    "subscription_id": sub.subscription_id, "destination_id": sub.destination_id,
                    "marketplace_ids": sub.marketplace_ids}),
                Ok(None) => serde_json::json!({"store_id": st.id.as_str(), "connected": false}),
                Err(e) => serde_json::json!({"store_id": st.id.as_str(), "connected": false, "error": e}),
            }).collect::<Vec<_>>(),
        });
        println!("{}", serde_json::to_string_pretty(&v)?);
    } else {
        println!("Destinations:");
        if destinations.is_empty() {
            println!("  none (run `aftercare spapi connect --store ID --queue-arn ARN`)");
        }
        for (region, d) in &destinations {
            println!(
                "  {region}  {}  {}  {}",
                d.destination_id,
                d.name,
                d.sqs_arn.as_deref().unwrap_or("(not an SQS queue)")
            );
        }
        println!("\nStores:");
        for (store, state) in &stores {
            let line = match state {
                Ok(Some(sub)) => format!(
                    "connected: {ORDER_CHANGE} subscription {} → destination {}",
                    sub.subscription_id, sub.destination_id
                ),
                Ok(None) => "not connected (no ORDER_CHANGE subscription)".to_string(),
                Err(e) => format!("unknown: {e}"),
            };
            println!(
                "  {:<16} {} {:<3} {line}",
                store.id.as_str(),
                Region::of(store.marketplace),
                store.marketplace.code()
            );
        }
    }
    Ok(if problems == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
