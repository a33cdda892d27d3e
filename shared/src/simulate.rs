//! The whole pipeline on one machine with a simulated clock: events are ingested at their
//! `occurred_at`, the planner runs on every change, the dispatcher fires at each send's due
//! time, and bounces from the local relay flow back through the bounce handler.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::{Duration as StdDuration, Instant};

use chrono::{DateTime, Utc};

use crate::adapters::local::{MemoryBus, OutboxMailer, SqliteStore};
use crate::adapters::simulated::SimulatedSolicitations;
use crate::config::Config;
use crate::optout;
use crate::order::OrderEvent;
use crate::pipeline::{self, BounceReport, Dispatcher, IngestError, Ingested};
use crate::ports::{Clock, PortError, SimClock};
use crate::send::Send;

#[derive(Debug, thiserror::Error)]
pub enum SimError {
    #[error("{0}")]
    Port(#[from] PortError),
    #[error("event {index} ({event_id}): {error}")]
    Event {
        index: usize,
        event_id: String,
        error: IngestError,
    },
    #[error("outbox {path}: {error}")]
    Outbox { path: String, error: std::io::Error },
    #[error("bounce from the local relay could not be read: {0}")]
    Bounce(String),
}

pub struct SimOptions {
    /// The embedded database file; it is created fresh.
    pub db_path: PathBuf,
    pub outbox: PathBuf,
    /// Addresses the local relay bounces, as Amazon's relay does for opted-out buyers.
    pub opted_out: Vec<String>,
    /// The simulated clock stops here; later events are not ingested.
    pub until: DateTime<Utc>,
}

/// What a simulation did.
#[derive(Debug, Default)]
pub struct SimReport {
    pub events_ingested: usize,
    pub duplicate_events: usize,
    pub events_after_until: usize,
    /// Every send decided, in send-time order.
    pub sends: Vec<Send>,
    pub bounces: BounceReport,
    /// Stores the bounce circuit breaker left paused (their sends held, still pending).
    pub paused: Vec<crate::ports::Pause>,
    pub elapsed: StdDuration,
}

impl SimReport {
    /// Send counts by `status` or `status:reason`.
    pub fn counts(&self) -> BTreeMap<String, usize> {
        let mut m = BTreeMap::new();
        for s in &self.sends {
            *m.entry(s.status.as_str().to_string()).or_default() += 1;
            if let Some(r) = s.reason {
                *m.entry(format!("{}:{}", s.status, r)).or_default() += 1;
            }
            if s.bounced {
                *m.entry("bounced".to_string()).or_default() += 1;
            }
        }
        m
    }
}

/// Progress callback: (events done, events total).
pub type Progress<'a> = &'a mut dyn FnMut(usize, usize);

/// Runs `events` (any order; they are sorted by time) through the pipeline.
pub async fn run(
    config: &Config,
    mut events: Vec<OrderEvent>,
    opts: &SimOptions,
    progress: Progress<'_>,
) -> Result<SimReport, SimError> {
    let started = Instant::now();
    // Check every event's store before anything is stored: a bad file changes nothing.
    for (index, e) in events.iter().enumerate() {
        if config.store(&e.store_id).is_none() {
            return Err(SimError::Event {
                index: index + 1,
                event_id: e.event_id.to_string(),
                error: IngestError::Invalid {
                    field: "store_id".into(),
                    problem: format!(
                        "unknown store `{}` (config defines: {})",
                        e.store_id,
                        config.store_list()
                    ),
                },
            });
        }
    }
    events.sort_by_key(|e| e.occurred_at);
    for file in [&opts.db_path] {
        for suffix in ["", "-wal", "-shm"] {
            let mut p = file.clone().into_os_string();
            p.push(suffix);
            let _removed = std::fs::remove_file(PathBuf::from(p));
        }
    }
    let store = SqliteStore::open(&opts.db_path)?;
    let mailer =
        OutboxMailer::new(&opts.outbox, opts.opted_out.iter().cloned()).map_err(|error| {
            SimError::Outbox {
                path: opts.outbox.display().to_string(),
                error,
            }
        })?;
    let bus = MemoryBus::default();
    let start = events.first().map_or(opts.until, |e| e.occurred_at);
    let clock = SimClock::new(start);
    let mut report = SimReport::default();
    let solicitations = SimulatedSolicitations::new(
        &store,
        &clock,
        Some(opts.outbox.join("solicitations.jsonl")),
    );
    let sim = Sim {
        config,
        store: &store,
        mailer: &mailer,
        clock: &clock,
        solicitations: &solicitations,
    };
    let total = events.len();
    for (i, event) in events.iter().enumerate() {
        if event.occurred_at > opts.until {
            report.events_after_until += 1;
            continue;
        }
        sim.dispatch_until(event.occurred_at, &mut report.bounces)
            .await?;
        clock.advance_to(event.occurred_at);
        match pipeline::ingest(config, &store, &bus, event).await {
            Ok(Ingested::Stored) => report.events_ingested += 1,
            Ok(Ingested::Duplicate) => report.duplicate_events += 1,
            Err(error) => {
                return Err(SimError::Event {
                    index: i + 1,
                    event_id: event.event_id.to_string(),
                    error,
                })
            }
        }
        for changed in bus.drain() {
            pipeline::plan_order(
                config,
                &store,
                &store,
                &store,
                &changed.store_id,
                &changed.order_id,
                clock.now(),
            )
            .await?;
        }
        if i % 256 == 0 || i + 1 == total {
            progress(i + 1, total);
        }
    }
    sim.dispatch_until(opts.until, &mut report.bounces).await?;
    clock.advance_to(opts.until);
    report.sends = store.all_sends(None)?;
    report.paused = store.paused_stores()?;
    report.elapsed = started.elapsed();
    Ok(report)
}

struct Sim<'a> {
    config: &'a Config,
    store: &'a SqliteStore,
    mailer: &'a OutboxMailer,
    clock: &'a SimClock,
    solicitations: &'a SimulatedSolicitations<'a>,
}

impl Sim<'_> {
    /// Fires the dispatcher at every due time up to `t`, feeding relay bounces back.
    async fn dispatch_until(
        &self,
        t: DateTime<Utc>,
        bounces: &mut BounceReport,
    ) -> Result<(), SimError> {
        while let Some(next) = self.store.next_pending_at()? {
            if next > t {
                break;
            }
            self.clock.advance_to(next);
            let dispatcher = Dispatcher {
                config: self.config,
                orders: self.store,
                sends: self.store,
                suppressions: self.store,
                mailer: self.mailer,
                clock: self.clock,
                solicitations: Some(self.solicitations),
            };
            dispatcher.run(None, 500).await?;
            for json in self.mailer.take_bounces() {
                let events =
                    optout::parse_ses_events(&json).map_err(|e| SimError::Bounce(e.to_string()))?;
                let (r, _paused) = crate::breaker::handle_mail_events(
                    self.config,
                    self.store,
                    self.store,
                    self.store,
                    &events,
                    self.clock.now(),
                )
                .await?;
                bounces.bounced += r.bounced;
                bounces.complaints += r.complaints;
                bounces.newly_suppressed += r.newly_suppressed;
                bounces.cancelled += r.cancelled;
                bounces.reconciled += r.reconciled;
            }
        }
        Ok(())
    }
}

/// A store's bounce rate over the emails it sent (test emails and Amazon's review requests,
/// which are not emails, left out).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct StoreBounceRate {
    pub store_id: crate::order::StoreId,
    pub emailed: usize,
    pub bounced: usize,
}

impl StoreBounceRate {
    pub fn percent(&self) -> f64 {
        if self.emailed == 0 {
            0.0
        } else {
            100.0 * self.bounced as f64 / self.emailed as f64
        }
    }

    /// Over the bounce rate at which SES puts the whole account under review, whatever the
    /// volume: the circuit breaker waits for its minimum volume, SES's reviewers may not.
    pub fn over_ses_review_line(&self) -> bool {
        self.percent() > crate::config::SES_REVIEW_BOUNCE_PERCENT
    }

    /// The warning for a store over SES's review line.
    pub fn warning(&self) -> String {
        format!(
            "warning: store `{}` bounced {} of {} emails ({:.1} %), over SES's {} % review line; \
             the circuit breaker pauses a store only once it sends its minimum volume in 24 h \
             (min_sends, 200 by default), so check where its buyer addresses come from",
            self.store_id,
            self.bounced,
            self.emailed,
            self.percent(),
            crate::config::SES_REVIEW_BOUNCE_PERCENT
        )
    }
}

/// Every store's bounce rate over `sends`, by store id.
pub fn bounce_rates(sends: &[Send]) -> Vec<StoreBounceRate> {
    let mut by_store: BTreeMap<&crate::order::StoreId, StoreBounceRate> = BTreeMap::new();
    for s in sends.iter().filter(|s| {
        s.channel == crate::send::Channel::Email
            && !s.test
            && (s.status == crate::send::SendStatus::Sent || s.bounced)
    }) {
        let rate = by_store
            .entry(&s.store_id)
            .or_insert_with(|| StoreBounceRate {
                store_id: s.store_id.clone(),
                emailed: 0,
                bounced: 0,
            });
        rate.emailed += 1;
        rate.bounced += usize::from(s.bounced);
    }
    by_store.into_values().collect()
}
