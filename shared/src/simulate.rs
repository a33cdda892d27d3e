//! The whole pipeline on one machine with a simulated clock: events are ingested at their
//! `occurred_at`, the planner runs on every change, the dispatcher fires at each send's due
//! time, and bounces from the local relay flow back through the bounce handler.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration as StdDuration, Instant};

use chrono::{DateTime, Utc};

use crate::adapters::local::{is_outbox_email, Durability, MemoryBus, OutboxMailer, SqliteStore};
use crate::adapters::simulated::{SimulatedSolicitations, SOLICITATIONS_LOG};
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
    #[error("outbox: {0}; the run stopped there")]
    OutboxWrite(String),
    #[error("cannot read {path}: {error}")]
    Read { path: String, error: std::io::Error },
    #[error("{path} changed during the run: event {index} no longer reads: {problem}")]
    Changed {
        path: String,
        index: usize,
        problem: String,
    },
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
    /// What the sends add up to; always filled, also when `sends` is left empty.
    pub summary: SendSummary,
    pub elapsed: StdDuration,
}

impl SimReport {
    /// Send counts by `status` or `status:reason`.
    pub fn counts(&self) -> BTreeMap<String, usize> {
        self.summary.counts.clone()
    }
}

/// Every figure the run's summary shows, added up send by send, so a run of a million orders
/// need not hold its sends in memory.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct SendSummary {
    /// Send counts by `status`, `status:reason` and `bounced`.
    pub counts: BTreeMap<String, usize>,
    /// Review requests sent through Amazon (sent, not emailed).
    pub solicited: usize,
    pub by_campaign: BTreeMap<String, CampaignCounts>,
    /// Each campaign's first sent message, by send time (then id).
    pub first_sent: BTreeMap<String, Send>,
    bounce_rates: BTreeMap<crate::order::StoreId, StoreBounceRate>,
}

/// One campaign's sends by status; `pending` counts the claimed ones too.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct CampaignCounts {
    pub sent: usize,
    pub pending: usize,
    pub skipped: usize,
    pub cancelled: usize,
    pub failed: usize,
    pub bounced: usize,
}

impl SendSummary {
    pub fn add(&mut self, s: &Send) {
        use crate::send::{Channel, SendStatus};
        *self
            .counts
            .entry(s.status.as_str().to_string())
            .or_default() += 1;
        if let Some(r) = s.reason {
            *self
                .counts
                .entry(format!("{}:{}", s.status, r))
                .or_default() += 1;
        }
        if s.bounced {
            *self.counts.entry("bounced".to_string()).or_default() += 1;
        }
        if s.status == SendStatus::Sent && s.channel == Channel::Solicitation {
            self.solicited += 1;
        }
        let c = self.by_campaign.entry(s.campaign.clone()).or_default();
        match s.status {
            SendStatus::Sent => c.sent += 1,
            SendStatus::Pending | SendStatus::Claimed => c.pending += 1,
            SendStatus::Skipped => c.skipped += 1,
            SendStatus::Cancelled => c.cancelled += 1,
            SendStatus::Failed => c.failed += 1,
        }
        c.bounced += usize::from(s.bounced);
        if s.status == SendStatus::Sent {
            let earlier = |first: &Send| (s.send_at, &s.id) < (first.send_at, &first.id);
            match self.first_sent.get_mut(&s.campaign) {
                Some(first) if earlier(first) => *first = s.clone(),
                Some(_) => {}
                None => {
                    self.first_sent.insert(s.campaign.clone(), s.clone());
                }
            }
        }
        if counts_toward_bounce_rate(s) {
            let rate = self
                .bounce_rates
                .entry(s.store_id.clone())
                .or_insert_with(|| StoreBounceRate {
                    store_id: s.store_id.clone(),
                    emailed: 0,
                    bounced: 0,
                });
            rate.emailed += 1;
            rate.bounced += usize::from(s.bounced);
        }
    }

    /// Every store's bounce rate, by store id (as [`bounce_rates`] gives it).
    pub fn bounce_rates(&self) -> Vec<StoreBounceRate> {
        self.bounce_rates.values().cloned().collect()
    }

    /// Each campaign's first sent message, in send-time order.
    pub fn first_sent_in_order(&self) -> Vec<&Send> {
        let mut v: Vec<&Send> = self.first_sent.values().collect();
        v.sort_by(|a, b| (a.send_at, &a.id).cmp(&(b.send_at, &b.id)));
        v
    }
}

/// Progress callback: (events done, events total).
pub type Progress<'a> = &'a mut dyn FnMut(usize, usize);

/// Runs `events` (any order; they are sorted by time) through the pipeline, on a scratch
/// database (see [`SqliteStore::open_scratch`]), and returns every send with the report.
pub async fn run(
    config: &Config,
    events: Vec<OrderEvent>,
    opts: &SimOptions,
    progress: Progress<'_>,
) -> Result<SimReport, SimError> {
    run_with(config, events, opts, Durability::Scratch, progress).await
}

/// [`run`] on a database of the given durability.
pub async fn run_with(
    config: &Config,
    mut events: Vec<OrderEvent>,
    opts: &SimOptions,
    durability: Durability,
    progress: Progress<'_>,
) -> Result<SimReport, SimError> {
    // Check every event's store before anything is stored: a bad file changes nothing.
    for (index, e) in events.iter().enumerate() {
        if config.store(&e.store_id).is_none() {
            return Err(SimError::Event {
                index: index + 1,
                event_id: e.event_id.to_string(),
                error: unknown_store(config, &e.store_id),
            });
        }
    }
    events.sort_by_key(|e| e.occurred_at);
    let total = events.len();
    let run = SortedRun {
        durability,
        keep_sends: true,
    };
    run_sorted(
        config,
        events.into_iter().map(Ok),
        total,
        opts,
        run,
        progress,
    )
    .await
}

fn unknown_store(config: &Config, store: &crate::order::StoreId) -> IngestError {
    IngestError::Invalid {
        field: "store_id".into(),
        problem: format!(
            "unknown store `{store}` (config defines: {})",
            config.store_list()
        ),
    }
}

/// How [`run_sorted`] keeps its database and its sends.
#[derive(Debug, Clone, Copy)]
pub struct SortedRun {
    pub durability: Durability,
    /// Return every send in the report (else only their summary).
    pub keep_sends: bool,
}

/// Runs `total` events that arrive in time order and name stores the config defines (as
/// [`EventFile::events`] gives them) through the pipeline.
pub async fn run_sorted(
    config: &Config,
    events: impl Iterator<Item = Result<OrderEvent, SimError>>,
    total: usize,
    opts: &SimOptions,
    how: SortedRun,
    progress: Progress<'_>,
) -> Result<SimReport, SimError> {
    let started = Instant::now();
    let mut events = events.peekable();
    for file in [&opts.db_path] {
        for suffix in ["", "-wal", "-shm"] {
            let mut p = file.clone().into_os_string();
            p.push(suffix);
            let _removed = std::fs::remove_file(PathBuf::from(p));
        }
    }
    let store = match how.durability {
        Durability::Durable => SqliteStore::open(&opts.db_path)?,
        Durability::Scratch => SqliteStore::open_scratch(&opts.db_path)?,
    };
    clear_outbox(&opts.outbox).map_err(|(path, error)| SimError::Outbox { path, error })?;
    let mailer =
        OutboxMailer::threaded(&opts.outbox, opts.opted_out.iter().cloned()).map_err(|error| {
            SimError::Outbox {
                path: opts.outbox.display().to_string(),
                error,
            }
        })?;
    let bus = MemoryBus::default();
    let start = match events.peek() {
        Some(Ok(e)) => e.occurred_at,
        _ => opts.until,
    };
    let clock = SimClock::new(start);
    let mut report = SimReport::default();
    let solicitations =
        SimulatedSolicitations::new(&store, &clock, Some(opts.outbox.join(SOLICITATIONS_LOG)));
    let sim = Sim {
        config,
        store: &store,
        mailer: &mailer,
        clock: &clock,
        solicitations: &solicitations,
    };
    for (i, event) in events.enumerate() {
        let event = event?;
        if event.occurred_at > opts.until {
            report.events_after_until += 1;
            continue;
        }
        sim.dispatch_until(event.occurred_at, &mut report.bounces)
            .await?;
        clock.advance_to(event.occurred_at);
        match pipeline::ingest(config, &store, &bus, &event).await {
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
    mailer.finish().map_err(|e| SimError::Outbox {
        path: e.path,
        error: e.error,
    })?;
    store.flush()?;
    if how.keep_sends {
        report.sends = store.all_sends(None)?;
        for s in &report.sends {
            report.summary.add(s);
        }
    } else {
        store.each_send(|s| report.summary.add(&s))?;
    }
    report.paused = store.paused_stores()?;
    report.elapsed = started.elapsed();
    Ok(report)
}

/// Deletes what an earlier run wrote to the outbox (its `.eml` files and its review-request
/// log), so the outbox holds this run's messages only, as the database does. Anything else in
/// the folder is left alone.
fn clear_outbox(dir: &Path) -> Result<(), (String, std::io::Error)> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err((dir.display().to_string(), e)),
    };
    for entry in entries {
        let entry = entry.map_err(|e| (dir.display().to_string(), e))?;
        let path = entry.path();
        let written_by_a_run =
            is_outbox_email(&path) || path.file_name().is_some_and(|n| n == SOLICITATIONS_LOG);
        let is_file = entry.file_type().is_ok_and(|t| t.is_file());
        if written_by_a_run && is_file {
            std::fs::remove_file(&path).map_err(|e| (path.display().to_string(), e))?;
        }
    }
    Ok(())
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
            // An email whose file could not be written stops the run: it was counted as sent.
            if let Err(problem) = self.mailer.check() {
                return Err(SimError::OutboxWrite(problem));
            }
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
    for s in sends.iter().filter(|s| counts_toward_bounce_rate(s)) {
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

/// Whether a send is an email that counts toward its store's bounce rate.
fn counts_toward_bounce_rate(s: &Send) -> bool {
    s.channel == crate::send::Channel::Email
        && !s.test
        && (s.status == crate::send::SendStatus::Sent || s.bounced)
}

/// An event file read twice, so a run of millions of events holds only an index of them (24
/// bytes an event): once to check every line and note when each event happened, then in time
/// order, a line at a time, to run them. A bad line is found before anything runs.
pub struct EventFile {
    path: PathBuf,
    /// When each event happened and where its line is, in time order (file order among equals).
    index: Vec<EventAt>,
}

struct EventAt {
    at: DateTime<Utc>,
    offset: u64,
    len: u32,
}

/// Why an event file cannot be run.
#[derive(Debug)]
pub enum EventFileProblem {
    Read(std::io::Error),
    /// Lines that are not valid events, each with its line number.
    Lines(Vec<crate::order::EventFileError>),
    /// The first event naming a store the config does not define.
    UnknownStore {
        line: usize,
        store: crate::order::StoreId,
    },
}

impl EventFile {
    /// Reads and checks every line of `path` (blank lines and `#` comments skipped), resolving
    /// SP-API notifications to stores through `config`.
    pub fn index(path: &Path, config: &Config) -> Result<Self, EventFileProblem> {
        use std::io::BufRead;
        let shown = path.display().to_string();
        let file = std::fs::File::open(path).map_err(EventFileProblem::Read)?;
        let mut reader = std::io::BufReader::with_capacity(1 << 20, file);
        let resolve =
            |seller: Option<&str>, marketplace| config.store_for_notification(seller, marketplace);
        let mut index = Vec::new();
        let mut errors = Vec::new();
        let mut unknown = None;
        let mut buf = Vec::new();
        let mut offset = 0u64;
        let mut line_no = 0usize;
        loop {
            buf.clear();
            let n = reader
                .read_until(b'\n', &mut buf)
                .map_err(EventFileProblem::Read)?;
            if n == 0 {
                break;
            }
            line_no += 1;
            let start = offset;
            offset += n as u64;
            let line = std::str::from_utf8(&buf).map_err(|e| {
                EventFileProblem::Read(std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    format!("line {line_no}: {e}"),
                ))
            })?;
            let line = line.strip_suffix('\n').unwrap_or(line);
            let line = line.strip_suffix('\r').unwrap_or(line);
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            match crate::order::parse_event_with(line, Some(&resolve)) {
                Ok(e) => {
                    if unknown.is_none() && config.store(&e.store_id).is_none() {
                        unknown = Some((line_no, e.store_id.clone()));
                    }
                    index.push(EventAt {
                        at: e.occurred_at,
                        offset: start,
                        len: u32::try_from(line.len()).map_err(|_| {
                            EventFileProblem::Read(std::io::Error::new(
                                std::io::ErrorKind::InvalidData,
                                format!("line {line_no}: longer than 4 GB"),
                            ))
                        })?,
                    });
                }
                Err(error) => errors.push(crate::order::EventFileError {
                    path: shown.clone(),
                    line: line_no,
                    error,
                }),
            }
        }
        if !errors.is_empty() {
            return Err(EventFileProblem::Lines(errors));
        }
        if let Some((line, store)) = unknown {
            return Err(EventFileProblem::UnknownStore { line, store });
        }
        // Stable, as `run` sorts: events at the same moment keep their file order.
        index.sort_by_key(|e| e.at);
        Ok(EventFile {
            path: path.to_path_buf(),
            index,
        })
    }

    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// The events in time order. A second thread reads and parses the lines ahead of the run,
    /// a few thousand at most, so the run does not wait for JSON. It hands them over in batches:
    /// one wake-up of either thread per batch, not per event.
    pub fn events(self, config: &Config) -> impl Iterator<Item = Result<OrderEvent, SimError>> {
        type Batch = Vec<Result<OrderEvent, SimError>>;
        let (tx, rx) = std::sync::mpsc::sync_channel::<Batch>(EVENTS_AHEAD / EVENT_BATCH);
        let config = config.clone();
        std::thread::spawn(move || {
            use std::os::unix::fs::FileExt;
            let shown = self.path.display().to_string();
            let file = match std::fs::File::open(&self.path) {
                Ok(f) => f,
                Err(error) => {
                    // If the run stopped already, nobody is left to tell.
                    tx.send(vec![Err(SimError::Read { path: shown, error })])
                        .ok();
                    return;
                }
            };
            let resolve = |seller: Option<&str>, marketplace| {
                config.store_for_notification(seller, marketplace)
            };
            let mut buf = Vec::new();
            let mut batch = Batch::with_capacity(EVENT_BATCH);
            for (i, e) in self.index.iter().enumerate() {
                buf.resize(e.len as usize, 0);
                let event = file
                    .read_exact_at(&mut buf, e.offset)
                    .map_err(|error| SimError::Read {
                        path: shown.clone(),
                        error,
                    })
                    .and_then(|()| {
                        let line = std::str::from_utf8(&buf).unwrap_or_default();
                        crate::order::parse_event_with(line, Some(&resolve)).map_err(|error| {
                            SimError::Changed {
                                path: shown.clone(),
                                index: i + 1,
                                problem: error.to_string(),
                            }
                        })
                    });
                let failed = event.is_err();
                batch.push(event);
                if failed || batch.len() == EVENT_BATCH {
                    // The receiver is gone when the run stopped early: nothing more to read.
                    let full = std::mem::replace(&mut batch, Batch::with_capacity(EVENT_BATCH));
                    if tx.send(full).is_err() || failed {
                        return;
                    }
                }
            }
            if !batch.is_empty() {
                tx.send(batch).ok();
            }
        });
        rx.into_iter().flatten()
    }
}

/// Events parsed ahead of the run, at most, and how many go over at once.
const EVENTS_AHEAD: usize = 4096;
const EVENT_BATCH: usize = 256;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::{self, DemoSpec};

    fn options(dir: &Path, opted_out: &[String]) -> SimOptions {
        SimOptions {
            db_path: dir.join("aftercare.db"),
            outbox: dir.join("outbox"),
            opted_out: opted_out.to_vec(),
            until: "2026-12-01T00:00:00Z".parse().unwrap(),
        }
    }

    /// The outbox's files by name, each email's MIME boundary (random per message) replaced.
    fn outbox(dir: &Path) -> BTreeMap<String, String> {
        let mut files = BTreeMap::new();
        for entry in std::fs::read_dir(dir.join("outbox")).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            let mut text = std::fs::read_to_string(&path).unwrap();
            if let Some(at) = text.find("boundary=\"") {
                let rest = &text[at + 10..];
                let boundary = rest[..rest.find('"').unwrap()].to_string();
                text = text.replace(&boundary, "BOUNDARY");
            }
            files.insert(name, text);
        }
        files
    }

    /// The demo's generated events for `orders` orders from 25 October 2026, and its bouncing list.
    fn demo_events(orders: usize, seed: u64) -> (Vec<crate::order::OrderEvent>, Vec<String>) {
        demo::generate(&DemoSpec {
            orders,
            start: "2026-10-25T00:00:00Z".parse().unwrap(),
            seed,
            store_id: crate::order::StoreId::parse("default").unwrap(),
        })
    }

    /// 1,000 seeded demo orders give the same sends, bounces, summary and emails on a scratch
    /// database, read from a file a line at a time, as on a durable one from memory.
    #[tokio::test]
    async fn a_scratch_run_from_a_file_decides_what_a_durable_run_does() {
        let config = Config::builtin();
        let (events, opted_out) = demo_events(1_000, 2026);
        let durable_dir = tempfile::tempdir().unwrap();
        let durable = run_with(
            &config,
            events.clone(),
            &options(durable_dir.path(), &opted_out),
            Durability::Durable,
            &mut |_, _| {},
        )
        .await
        .unwrap();

        let scratch_dir = tempfile::tempdir().unwrap();
        let file = scratch_dir.path().join("events.jsonl");
        let lines: Vec<String> = events.iter().map(demo::to_json_line).collect();
        std::fs::write(&file, format!("# generated\n\n{}\n", lines.join("\n"))).unwrap();
        let indexed = EventFile::index(&file, &config).unwrap();
        assert_eq!(indexed.len(), events.len());
        let how = SortedRun {
            durability: Durability::Scratch,
            keep_sends: true,
        };
        let total = indexed.len();
        let scratch = run_sorted(
            &config,
            indexed.events(&config),
            total,
            &options(scratch_dir.path(), &opted_out),
            how,
            &mut |_, _| {},
        )
        .await
        .unwrap();

        assert!(durable.sends.len() > 2_000, "{}", durable.sends.len());
        assert!(durable.bounces.bounced > 0);
        assert_eq!(scratch.sends, durable.sends);
        assert_eq!(scratch.summary, durable.summary);
        assert_eq!(scratch.events_ingested, durable.events_ingested);
        assert_eq!(scratch.events_after_until, durable.events_after_until);
        assert_eq!(scratch.bounces.bounced, durable.bounces.bounced);
        assert_eq!(scratch.bounces.cancelled, durable.bounces.cancelled);
        assert_eq!(outbox(scratch_dir.path()), outbox(durable_dir.path()));
        // The summary the CLI prints adds up to the sends it was made from.
        let mut recount = SendSummary::default();
        for s in &durable.sends {
            recount.add(s);
        }
        assert_eq!(durable.summary, recount);
        assert_eq!(durable.summary.bounce_rates(), bounce_rates(&durable.sends));
    }

    /// An email the outbox could not write was counted as sent: the run stops with an error
    /// naming the file rather than report a summary that has it.
    #[tokio::test]
    async fn a_run_stops_at_an_email_it_could_not_write() {
        let config = Config::builtin();
        let (events, opted_out) = demo_events(100, 7);
        let first = tempfile::tempdir().unwrap();
        let done = run(
            &config,
            events.clone(),
            &options(first.path(), &opted_out),
            &mut |_, _| {},
        )
        .await
        .unwrap();
        let emailed = done
            .sends
            .iter()
            .find(|s| {
                s.status == crate::send::SendStatus::Sent
                    && s.channel == crate::send::Channel::Email
            })
            .expect("the demo emails someone");
        let second = tempfile::tempdir().unwrap();
        let opts = options(second.path(), &opted_out);
        let blocked = OutboxMailer::new(&opts.outbox, Vec::new())
            .unwrap()
            .path_for(&emailed.id);
        // A directory where the email's file goes: writing it fails.
        std::fs::create_dir(&blocked).unwrap();
        let error = run(&config, events, &opts, &mut |_, _| {})
            .await
            .expect_err("the run stops")
            .to_string();
        let name = blocked.file_name().unwrap().to_string_lossy().to_string();
        assert!(error.contains(&name), "{error}");
    }

    /// A second run into the same folder leaves only its own emails and review requests in the
    /// outbox, as its database holds only its own sends.
    #[tokio::test]
    async fn a_run_replaces_the_outbox_of_the_run_before() {
        let config = Config::builtin();
        let dir = tempfile::tempdir().unwrap();
        let opts = options(dir.path(), &[]);
        let (many, _) = demo_events(300, 11);
        let first = run(&config, many, &opts, &mut |_, _| {}).await.unwrap();
        let (few, _) = demo_events(40, 12);
        let second = run(&config, few, &opts, &mut |_, _| {}).await.unwrap();

        let sent = |r: &SimReport, channel: crate::send::Channel| {
            r.sends
                .iter()
                .filter(|s| s.status == crate::send::SendStatus::Sent && s.channel == channel)
                .count()
        };
        let emails = |r: &SimReport| sent(r, crate::send::Channel::Email);
        let requests = |r: &SimReport| sent(r, crate::send::Channel::Solicitation);
        assert!(emails(&first) > emails(&second), "the first run mails more");
        assert!(
            requests(&second) > 0,
            "the second run asks Amazon for reviews"
        );
        let files = outbox(dir.path());
        let eml = files.keys().filter(|n| n.ends_with(".eml")).count();
        assert_eq!(eml, emails(&second));
        let logged = files[SOLICITATIONS_LOG].lines().count();
        assert_eq!(logged, requests(&second));
    }

    #[test]
    fn a_bad_line_or_an_unknown_store_is_found_before_anything_runs() {
        let config = Config::builtin();
        let dir = tempfile::tempdir().unwrap();
        let good = r#"{"store_id":"default","event_id":"e1","type":"ordered","occurred_at":"2026-11-01T10:00:00Z","order":{"order_id":"113-0000001-0000001"}}"#;
        let file = dir.path().join("events.jsonl");
        std::fs::write(&file, format!("{good}\n\n{{\"store_id\": oops}}\n")).unwrap();
        match EventFile::index(&file, &config) {
            Err(EventFileProblem::Lines(errors)) => {
                assert_eq!(errors.len(), 1);
                assert_eq!(errors[0].line, 3);
            }
            other => panic!("expected a bad line, got {:?}", other.map(|f| f.len())),
        }
        let other_store = good.replace("\"default\"", "\"elsewhere\"");
        std::fs::write(&file, format!("{good}\n{other_store}\n")).unwrap();
        match EventFile::index(&file, &config) {
            Err(EventFileProblem::UnknownStore { line, store }) => {
                assert_eq!(line, 2);
                assert_eq!(store.as_str(), "elsewhere");
            }
            other => panic!(
                "expected an unknown store, got {:?}",
                other.map(|f| f.len())
            ),
        }
    }
}
