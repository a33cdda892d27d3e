//! Local adapters: an embedded SQLite database for orders, sends and suppressions; an outbox
//! folder of `.eml` files as the mailer, with a relay that bounces listed addresses the way
//! Amazon's relay does; and an in-memory event bus.

use std::collections::{HashSet, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};

use crate::mime::{build_mime, split_mailbox};
use crate::order::{buyer_digest, BuyerEmail, EventId, Order, OrderId, StoreId};
use crate::ports::{
    BreakerStore, EventBus, Feedback, Health, HeldCursor, MailError, Mailer, OrderChanged,
    OrderStore, OutgoingEmail, Pause, PortError, PortResult, Saved, SendStore, Suppression,
    SuppressionCause, Suppressions,
};
use crate::send::{
    oldest_stale_claims, Claim, Outcome, Reason, Send, SendId, SendStatus, RETENTION_DAYS,
};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS orders (
    store_id   TEXT NOT NULL,
    order_id   TEXT NOT NULL,
    buyer_key  TEXT,
    placed_at  INTEGER,
    body       TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    PRIMARY KEY (store_id, order_id)
);
CREATE INDEX IF NOT EXISTS orders_by_id ON orders (order_id);
CREATE INDEX IF NOT EXISTS orders_by_buyer ON orders (store_id, buyer_key, placed_at);
CREATE TABLE IF NOT EXISTS events (
    store_id   TEXT NOT NULL,
    event_id   TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    PRIMARY KEY (store_id, event_id)
);
CREATE TABLE IF NOT EXISTS sends (
    id           TEXT PRIMARY KEY,
    store_id     TEXT NOT NULL,
    order_id     TEXT NOT NULL,
    status       TEXT NOT NULL,
    send_at      INTEGER NOT NULL,
    buyer_key    TEXT,
    window_group TEXT NOT NULL,
    body         TEXT NOT NULL,
    expires_at   INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sends_due ON sends (status, send_at) WHERE status = 'pending';
CREATE INDEX IF NOT EXISTS sends_due_by_group ON sends (window_group, send_at) WHERE status = 'pending';
CREATE INDEX IF NOT EXISTS sends_by_order ON sends (store_id, order_id);
CREATE INDEX IF NOT EXISTS sends_by_status ON sends (store_id, status, send_at);
CREATE INDEX IF NOT EXISTS sends_by_buyer ON sends (buyer_key) WHERE status = 'pending';
CREATE INDEX IF NOT EXISTS sends_claimed ON sends (window_group) WHERE status = 'claimed';
CREATE TABLE IF NOT EXISTS suppressions (
    buyer_digest TEXT PRIMARY KEY,
    cause        TEXT NOT NULL,
    store_id     TEXT,
    at           INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS buyer_days (
    buyer_digest TEXT NOT NULL,
    day          TEXT NOT NULL,
    send_id      TEXT NOT NULL,
    expires_at   INTEGER NOT NULL,
    PRIMARY KEY (buyer_digest, day)
);
CREATE TABLE IF NOT EXISTS daily_slots (
    store_id   TEXT NOT NULL,
    day        TEXT NOT NULL,
    taken      INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    PRIMARY KEY (store_id, day)
);
CREATE TABLE IF NOT EXISTS feedback (
    store_id   TEXT NOT NULL,
    hour       INTEGER NOT NULL,
    bounced    INTEGER NOT NULL DEFAULT 0,
    complained INTEGER NOT NULL DEFAULT 0,
    expires_at INTEGER NOT NULL,
    PRIMARY KEY (store_id, hour)
);
CREATE TABLE IF NOT EXISTS pauses (
    store_id TEXT PRIMARY KEY,
    active   INTEGER NOT NULL,
    body     TEXT NOT NULL
);
";

/// The stores that have sends and are not paused by the circuit breaker, or `None` when no
/// store is paused (the common case: every pending send may go). The store ids are read from
/// the `(store_id, …)` index one seek per store, so a paused store's held sends are never
/// walked.
fn unpaused_stores(conn: &Connection) -> PortResult<Option<Vec<String>>> {
    let paused: Vec<String> = conn
        .prepare_cached("SELECT store_id FROM pauses WHERE active = 1")
        .and_then(|mut stmt| stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>())
        .map_err(db_err)?;
    if paused.is_empty() {
        return Ok(None);
    }
    let stores: Vec<String> = conn
        .prepare_cached(
            "WITH RECURSIVE s(id) AS (
                 SELECT MIN(store_id) FROM sends
                 UNION ALL
                 SELECT (SELECT MIN(store_id) FROM sends WHERE store_id > s.id) FROM s
                 WHERE s.id IS NOT NULL
             )
             SELECT id FROM s WHERE id IS NOT NULL",
        )
        .and_then(|mut stmt| stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>())
        .map_err(db_err)?;
    Ok(Some(
        stores.into_iter().filter(|s| !paused.contains(s)).collect(),
    ))
}

/// Whether the circuit breaker's pause of this store is in force.
fn is_paused(conn: &Connection, store: &str) -> PortResult<bool> {
    conn.prepare_cached("SELECT 1 FROM pauses WHERE store_id = ?1 AND active = 1")
        .and_then(|mut stmt| stmt.exists(params![store]))
        .map_err(db_err)
}

/// A buyer's day reservation outlives the day by this much (any zone's day is over by then).
const BUYER_DAY_KEEP_DAYS: i64 = 3;

/// Days a store's daily-cap count is kept (the day itself, plus a margin for late runs).
const DAILY_SLOT_KEEP_DAYS: i64 = 3;

/// Hourly breaker counters outlive the 24 h they are read for by this much, as in DynamoDB.
const FEEDBACK_KEEP_DAYS: i64 = 3;

fn hour_of(t: DateTime<Utc>) -> i64 {
    t.timestamp().div_euclid(3600) * 3600
}

fn db_err(e: rusqlite::Error) -> PortError {
    match e {
        rusqlite::Error::SqliteFailure(f, _)
            if matches!(
                f.code,
                rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
            ) =>
        {
            PortError::Retryable(e.to_string())
        }
        other => PortError::Permanent(format!("embedded store: {other}")),
    }
}

/// Runs a query whose one column is a JSON `body` and decodes every row.
fn query_bodies<T: serde::de::DeserializeOwned>(
    conn: &Connection,
    sql: &str,
    params: impl rusqlite::Params,
) -> PortResult<Vec<T>> {
    let mut stmt = conn.prepare_cached(sql).map_err(db_err)?;
    let rows = stmt
        .query_map(params, |r| r.get::<_, String>(0))
        .map_err(db_err)?;
    rows.map(|r| {
        r.map_err(db_err)
            .and_then(|b| serde_json::from_str(&b).map_err(json_err))
    })
    .collect()
}

/// Statements through the connection's prepared-statement cache: the same few dozen statements
/// run for every event, and compiling one costs more than running it.
trait Cached {
    fn run(&self, sql: &str, params: impl rusqlite::Params) -> rusqlite::Result<usize>;
    fn one<T>(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
        row: impl FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    ) -> rusqlite::Result<T>;
}

impl Cached for Connection {
    fn run(&self, sql: &str, params: impl rusqlite::Params) -> rusqlite::Result<usize> {
        self.prepare_cached(sql)?.execute(params)
    }

    fn one<T>(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
        row: impl FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    ) -> rusqlite::Result<T> {
        self.prepare_cached(sql)?.query_row(params, row)
    }
}

fn json_err(e: serde_json::Error) -> PortError {
    PortError::Permanent(format!("embedded store: corrupt record: {e}"))
}

fn ts(t: DateTime<Utc>) -> i64 {
    t.timestamp()
}

fn from_ts(s: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(s, 0).single().unwrap_or_default()
}

/// What a database must survive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// A crash or power cut loses at most the last moments and never corrupts the file.
    Durable,
    /// Nothing: the database is thrown away after the run, so it pays for no syncs.
    Scratch,
}

/// Orders, sends and suppressions in one SQLite file.
pub struct SqliteStore {
    conn: Mutex<Connection>,
    durability: Durability,
    /// Connection uses, to commit a scratch database's batch transaction every so often.
    uses: AtomicU64,
    /// A scratch database's last reads and writes, kept decoded (`None` for a durable one,
    /// which other processes may change meanwhile).
    recent: Option<Mutex<Recent>>,
}

/// What a scratch database's store has just read or written, so the next read of it need not
/// find and decode it again: the dispatcher claims what it just listed as due and marks what it
/// just claimed, the planner reads the order ingest just saved, and a review request reads the
/// order the dispatcher just checked. Every write of a send's or an order's body goes through
/// the store, which updates this too.
#[derive(Default)]
struct Recent {
    sends: std::collections::HashMap<SendId, Send>,
    /// The order last saved or read, as stored.
    order: Option<Order>,
}

/// Sends kept in [`Recent`] at most (a due page is 500); past it they are forgotten at once.
const RECENT_SENDS: usize = 4096;

/// Connection uses per commit of a scratch database's batch transaction: a commit writes every
/// page the batch dirtied, and at 100,000 orders commits every 4,096 uses were a sixth of a run.
const SCRATCH_BATCH: u64 = 65_536;

impl Drop for SqliteStore {
    fn drop(&mut self) {
        if self.durability == Durability::Scratch {
            let conn = self.conn.get_mut().unwrap_or_else(|p| p.into_inner());
            if let Err(e) = conn.execute_batch("COMMIT") {
                tracing::error!(error = %e, "scratch database: the last batch was not committed");
            }
        }
    }
}

/// A write transaction: its own, or a part of a scratch database's batch transaction.
enum WriteTx<'c> {
    Own(rusqlite::Transaction<'c>),
    Batched(&'c Connection),
}

impl std::ops::Deref for WriteTx<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        match self {
            WriteTx::Own(tx) => tx,
            WriteTx::Batched(conn) => conn,
        }
    }
}

impl WriteTx<'_> {
    fn commit(self) -> rusqlite::Result<()> {
        match self {
            WriteTx::Own(tx) => tx.commit(),
            WriteTx::Batched(_) => Ok(()),
        }
    }
}

impl SqliteStore {
    /// Opens (creating if needed) the database file, durably: write-ahead log, synced at
    /// checkpoints, other processes may read it meanwhile. What `serve` and every kept database use.
    pub fn open(path: &Path) -> PortResult<Self> {
        let conn = Connection::open(path).map_err(db_err)?;
        Self::init(conn, Durability::Durable)
    }

    /// Opens (creating if needed) a database file that is thrown away or rebuilt after the run
    /// (`simulate`, `demo`): nothing is synced to disk, there is no rollback journal, and this
    /// connection holds the file alone. A crash or a failed write may leave the file corrupt; a
    /// finished run leaves a whole database that `status` and the other commands read as usual.
    pub fn open_scratch(path: &Path) -> PortResult<Self> {
        let conn = Connection::open(path).map_err(db_err)?;
        Self::init(conn, Durability::Scratch)
    }

    /// A private in-memory database, for tests and the fault-injection run.
    pub fn in_memory() -> PortResult<Self> {
        Self::init(
            Connection::open_in_memory().map_err(db_err)?,
            Durability::Durable,
        )
    }

    /// A private in-memory database with a scratch database's batched commits, for runs that
    /// throw it away (the fault-injection run): each write still holds the connection whole.
    pub fn in_memory_scratch() -> PortResult<Self> {
        Self::init(
            Connection::open_in_memory().map_err(db_err)?,
            Durability::Scratch,
        )
    }

    fn init(conn: Connection, durability: Durability) -> PortResult<Self> {
        // 16 KiB pages (set before WAL, and only taking effect on a new database): with the
        // default 4 KiB, a store of a few hundred MB in memory spent a third of its time in
        // SQLite's page-cache truncation at each commit (scanning the cache slots between the
        // database's last page and a far higher page number a B-tree balance had used).
        conn.execute_batch(match durability {
            Durability::Durable => {
                "PRAGMA page_size = 16384; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;"
            }
            // A 256 MiB page cache keeps the hot indexes out of the OS's read path. No rollback
            // journal at all: copying every page before its first change in a batch was a tenth
            // of a run, and nothing is ever rolled back (a run stops at its first storage error,
            // and its database is thrown away).
            Durability::Scratch => {
                "PRAGMA page_size = 16384; PRAGMA locking_mode = EXCLUSIVE; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -262144;"
            }
        })
        .map_err(db_err)?;

        conn.execute_batch(SCHEMA).map_err(db_err)?;
        conn.set_prepared_statement_cache_capacity(64);
        if durability == Durability::Scratch {
            conn.execute_batch("BEGIN").map_err(db_err)?;
        }
        Ok(SqliteStore {
            conn: Mutex::new(conn),
            durability,
            uses: AtomicU64::new(0),
            recent: (durability == Durability::Scratch).then(Mutex::default),
        })
    }

    /// The journal mode and sync level in force (`wal`/`off`, 0 = off … 3 = extra), so
    /// tests can check which databases are durable.
    pub fn journal_settings(&self) -> PortResult<(String, i64)> {
        let conn = self.conn()?;
        let journal: String = conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .map_err(db_err)?;
        let synchronous: i64 = conn
            .query_row("PRAGMA synchronous", [], |r| r.get(0))
            .map_err(db_err)?;
        Ok((journal.to_ascii_lowercase(), synchronous))
    }

    /// The connection, locked. In a scratch database every write runs inside one long
    /// transaction, committed every [`SCRATCH_BATCH`] uses: a commit writes every page it
    /// dirtied, and the same few index pages are dirtied by thousands of events in a row.
    fn conn(&self) -> PortResult<std::sync::MutexGuard<'_, Connection>> {
        let conn = self.conn.lock().unwrap_or_else(|p| p.into_inner());
        if self.durability == Durability::Scratch {
            let uses = self.uses.fetch_add(1, Ordering::Relaxed) + 1;
            if uses.is_multiple_of(SCRATCH_BATCH) {
                conn.execute_batch("COMMIT; BEGIN").map_err(db_err)?;
            }
        }
        Ok(conn)
    }

    /// Starts a write that must happen whole: a transaction of its own in a durable database.
    /// In a scratch one it runs inside the batch transaction (the connection is locked for the
    /// whole write, so no other write interleaves); a failed write there is not undone, and a
    /// run stops at its first storage error anyway.
    fn begin<'c>(&self, conn: &'c mut Connection) -> PortResult<WriteTx<'c>> {
        Ok(match self.durability {
            Durability::Durable => WriteTx::Own(
                conn.transaction_with_behavior(TransactionBehavior::Immediate)
                    .map_err(db_err)?,
            ),
            Durability::Scratch => WriteTx::Batched(conn),
        })
    }

    /// Commits what a scratch database's batch transaction holds so far (a no-op for a durable
    /// one, whose writes are committed one by one). Call it at the end of a run to see errors;
    /// dropping the store commits too, but cannot report a failure.
    pub fn flush(&self) -> PortResult<()> {
        if self.durability == Durability::Scratch {
            let conn = self.conn.lock().unwrap_or_else(|p| p.into_inner());
            conn.execute_batch("COMMIT; BEGIN").map_err(db_err)?;
        }
        Ok(())
    }

    /// Deletes buyer data past its expiry, the embedded twin of DynamoDB's TTL.
    pub fn purge_expired(&self, now: DateTime<Utc>) -> PortResult<usize> {
        let conn = self.conn()?;
        if let Some(recent) = &self.recent {
            *recent.lock().unwrap_or_else(|p| p.into_inner()) = Recent::default();
        }
        let mut n = 0;
        for table in [
            "orders",
            "events",
            "sends",
            "feedback",
            "buyer_days",
            "daily_slots",
        ] {
            n += conn
                .run(
                    &format!("DELETE FROM {table} WHERE expires_at < ?1"),
                    params![ts(now)],
                )
                .map_err(db_err)?;
        }
        Ok(n)
    }

    /// Every send, optionally of one store, in send-time order (for reports).
    pub fn all_sends(&self, store: Option<&StoreId>) -> PortResult<Vec<Send>> {
        let conn = self.conn()?;
        query_bodies(
            &conn,
            "SELECT body FROM sends WHERE (?1 IS NULL OR store_id = ?1) ORDER BY send_at, id",
            params![store.map(|s| s.as_str())],
        )
    }

    /// Calls `f` with every send, in storage order: one pass over the table, for summaries of
    /// more sends than fit in memory.
    pub fn each_send(&self, f: impl FnMut(Send)) -> PortResult<()> {
        self.each_body("SELECT body FROM sends", f)
    }

    /// [`Self::each_send`] in send-time order (then id), as [`Self::all_sends`] lists them.
    pub fn each_send_by_time(&self, f: impl FnMut(Send)) -> PortResult<()> {
        self.each_body("SELECT body FROM sends ORDER BY send_at, id", f)
    }

    fn each_body<T: serde::de::DeserializeOwned>(
        &self,
        sql: &str,
        mut f: impl FnMut(T),
    ) -> PortResult<()> {
        let conn = self.conn()?;
        let mut stmt = conn.prepare(sql).map_err(db_err)?;
        let mut rows = stmt.query([]).map_err(db_err)?;
        while let Some(row) = rows.next().map_err(db_err)? {
            let body = row.get_ref(0).map_err(db_err)?.as_str().map_err(|e| {
                PortError::Permanent(format!("embedded store: corrupt record: {e}"))
            })?;
            f(serde_json::from_str(body).map_err(json_err)?);
        }
        Ok(())
    }

    /// Every order, optionally of one store.
    pub fn all_orders(&self, store: Option<&StoreId>) -> PortResult<Vec<Order>> {
        let conn = self.conn()?;
        query_bodies(&conn, "SELECT body FROM orders WHERE (?1 IS NULL OR store_id = ?1) ORDER BY store_id, order_id", params![store.map(|s| s.as_str())])
    }

    /// When the earliest pending send is due.
    pub fn next_pending_at(&self) -> PortResult<Option<DateTime<Utc>>> {
        let conn = self.conn()?;
        let earliest = |sql: &str, args: &[&str]| -> PortResult<Option<i64>> {
            conn.one(sql, rusqlite::params_from_iter(args), |r| r.get(0))
                .map_err(db_err)
        };
        let first = match unpaused_stores(&conn)? {
            None => earliest(
                "SELECT MIN(send_at) FROM sends WHERE status = 'pending'",
                &[],
            )?,
            Some(stores) => {
                let mut times = Vec::with_capacity(stores.len());
                for store in &stores {
                    times.push(earliest(
                        "SELECT MIN(send_at) FROM sends WHERE store_id = ?1 AND status = 'pending'",
                        &[store],
                    )?);
                }
                times.into_iter().flatten().min()
            }
        };
        Ok(first.map(from_ts))
    }

    /// Stores the circuit breaker has paused, with why (for reports).
    pub fn paused_stores(&self) -> PortResult<Vec<Pause>> {
        let conn = self.conn()?;
        query_bodies(
            &conn,
            "SELECT body FROM pauses WHERE active = 1 ORDER BY store_id",
            [],
        )
    }

    /// Suppression counts by cause.
    pub fn suppression_counts(&self) -> PortResult<Vec<(String, u64)>> {
        let conn = self.conn()?;
        let mut stmt = conn
            .prepare_cached(
                "SELECT cause, COUNT(*) FROM suppressions GROUP BY cause ORDER BY cause",
            )
            .map_err(db_err)?;
        let rows = stmt
            .query_map([], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?.max(0) as u64))
            })
            .map_err(db_err)?;
        rows.map(|r| r.map_err(db_err)).collect()
    }

    fn read_send(&self, conn: &Connection, id: &SendId) -> PortResult<Option<Send>> {
        if let Some(recent) = &self.recent {
            if let Some(send) = recent
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .sends
                .get(id)
            {
                return Ok(Some(send.clone()));
            }
        }
        let body: Option<String> = conn
            .one(
                "SELECT body FROM sends WHERE id = ?1",
                params![id.as_str()],
                |r| r.get(0),
            )
            .optional()
            .map_err(db_err)?;
        let send: Option<Send> = body
            .map(|b| serde_json::from_str(&b).map_err(json_err))
            .transpose()?;
        if let Some(send) = &send {
            self.remember_sends(std::slice::from_ref(send));
        }
        Ok(send)
    }

    /// Keeps sends just read or written for the next read of the same send (a scratch
    /// database's only: nobody else writes it).
    fn remember_sends(&self, sends: &[Send]) {
        let Some(recent) = &self.recent else { return };
        let mut recent = recent.lock().unwrap_or_else(|p| p.into_inner());
        if recent.sends.len() + sends.len() > RECENT_SENDS {
            recent.sends.clear();
        }
        for s in sends.iter().take(RECENT_SENDS) {
            recent.sends.insert(s.id.clone(), s.clone());
        }
    }

    fn write_send(&self, conn: &Connection, send: &Send) -> PortResult<()> {
        let body = serde_json::to_string(send).map_err(json_err)?;
        conn.run(
            "UPDATE sends SET status = ?2, body = ?3, send_at = ?4 WHERE id = ?1",
            params![
                send.id.as_str(),
                send.status.as_str(),
                body,
                ts(send.send_at)
            ],
        )
        .map_err(db_err)?;
        self.remember_sends(std::slice::from_ref(send));
        Ok(())
    }

    /// Changes a send only if it is in `from`; the SQLite twin of a DynamoDB conditional update.
    fn transition(
        &self,
        id: &SendId,
        from: SendStatus,
        change: impl FnOnce(&mut Send),
    ) -> PortResult<Option<Send>> {
        self.transition_if(id, |s| s.status == from, change)
    }

    /// Changes a send only if `accept` holds for it, in one transaction.
    fn transition_if(
        &self,
        id: &SendId,
        accept: impl FnOnce(&Send) -> bool,
        change: impl FnOnce(&mut Send),
    ) -> PortResult<Option<Send>> {
        let mut conn = self.conn()?;
        let tx = self.begin(&mut conn)?;
        // Nothing written yet: commit rather than roll back (a rollback of an in-memory
        // database walks its whole page cache).
        let Some(mut send) = self.read_send(&tx, id)? else {
            tx.commit().map_err(db_err)?;
            return Ok(None);
        };
        if !accept(&send) {
            tx.commit().map_err(db_err)?;
            return Ok(None);
        }
        change(&mut send);
        self.write_send(&tx, &send)?;
        tx.commit().map_err(db_err)?;
        Ok(Some(send))
    }
}

#[async_trait]
impl OrderStore for SqliteStore {
    async fn get_order(&self, store: &StoreId, order: &OrderId) -> PortResult<Option<Order>> {
        if let Some(recent) = &self.recent {
            let recent = recent.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(o) = recent
                .order
                .as_ref()
                .filter(|o| &o.store_id == store && &o.order_id == order)
            {
                return Ok(Some(o.clone()));
            }
        }
        let conn = self.conn()?;
        let body: Option<String> = conn
            .one(
                "SELECT body FROM orders WHERE store_id = ?1 AND order_id = ?2",
                params![store.as_str(), order.as_str()],
                |r| r.get(0),
            )
            .optional()
            .map_err(db_err)?;
        let read: Option<Order> = body
            .map(|b| serde_json::from_str(&b).map_err(json_err))
            .transpose()?;
        // The dispatcher reads a due send's order, then the review request reads it again.
        if let (Some(recent), Some(o)) = (&self.recent, &read) {
            recent.lock().unwrap_or_else(|p| p.into_inner()).order = Some(o.clone());
        }
        Ok(read)
    }

    async fn save_order(&self, order: &Order, event: &EventId) -> PortResult<Saved> {
        let expires = order.placed_at().unwrap_or(order.last_event_at)
            + chrono::Duration::days(RETENTION_DAYS);
        let expires = expires.max(order.last_event_at + chrono::Duration::days(RETENTION_DAYS));
        let mut conn = self.conn()?;
        let tx = self.begin(&mut conn)?;
        // Checks first, writes after, so a refused write leaves nothing to roll back.
        let seen: Option<i64> = tx
            .one(
                "SELECT 1 FROM events WHERE store_id = ?1 AND event_id = ?2",
                params![order.store_id.as_str(), event.as_str()],
                |r| r.get(0),
            )
            .optional()
            .map_err(db_err)?;
        if seen.is_some() {
            tx.commit().map_err(db_err)?;
            return Ok(Saved::DuplicateEvent);
        }
        // Optimistic concurrency: the stored version must be the one the order was read at
        // (records written before versions existed count as 0).
        // A scratch database's last read or saved order is the stored one: no query for it.
        let remembered = self.recent.as_ref().and_then(|recent| {
            let recent = recent.lock().unwrap_or_else(|p| p.into_inner());
            recent
                .order
                .as_ref()
                .filter(|o| o.store_id == order.store_id && o.order_id == order.order_id)
                .map(|o| i64::try_from(o.version).unwrap_or(i64::MAX))
        });
        let stored: Option<i64> = match remembered {
            Some(version) => Some(version),
            None => tx
                .one(
                    "SELECT COALESCE(json_extract(body, '$.version'), 0) FROM orders
                     WHERE store_id = ?1 AND order_id = ?2",
                    params![order.store_id.as_str(), order.order_id.as_str()],
                    |r| r.get(0),
                )
                .optional()
                .map_err(db_err)?,
        };
        let expected = i64::try_from(order.version).unwrap_or(i64::MAX);
        if stored.unwrap_or(0) != expected || (stored.is_none() && order.version != 0) {
            tx.commit().map_err(db_err)?;
            return Ok(Saved::Conflict);
        }
        tx.run(
            "INSERT INTO events (store_id, event_id, expires_at) VALUES (?1, ?2, ?3)",
            params![order.store_id.as_str(), event.as_str(), ts(expires)],
        )
        .map_err(db_err)?;
        let mut next = order.clone();
        next.version = order.version + 1;
        let body = serde_json::to_string(&next).map_err(json_err)?;
        tx.run(
            "INSERT INTO orders (store_id, order_id, buyer_key, placed_at, body, expires_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (store_id, order_id) DO UPDATE SET
               buyer_key = excluded.buyer_key, placed_at = excluded.placed_at,
               body = excluded.body, expires_at = excluded.expires_at",
            params![
                order.store_id.as_str(),
                order.order_id.as_str(),
                order.buyer.email.as_ref().map(|e| e.as_str()),
                order.placed_at().map(ts),
                body,
                ts(expires)
            ],
        )
        .map_err(db_err)?;
        tx.commit().map_err(db_err)?;
        if let Some(recent) = &self.recent {
            recent.lock().unwrap_or_else(|p| p.into_inner()).order = Some(next);
        }
        Ok(Saved::Stored)
    }

    async fn find_orders(&self, order: &OrderId) -> PortResult<Vec<Order>> {
        let conn = self.conn()?;
        query_bodies(
            &conn,
            "SELECT body FROM orders WHERE order_id = ?1",
            params![order.as_str()],
        )
    }

    async fn prior_orders(
        &self,
        store: &StoreId,
        buyer: &BuyerEmail,
        before: DateTime<Utc>,
    ) -> PortResult<u32> {
        let conn = self.conn()?;
        let n: i64 = conn
            .one(
                "SELECT COUNT(*) FROM orders WHERE store_id = ?1 AND buyer_key = ?2 AND placed_at < ?3",
                params![store.as_str(), buyer.as_str(), ts(before)],
                |r| r.get(0),
            )
            .map_err(db_err)?;
        Ok(u32::try_from(n).unwrap_or(u32::MAX))
    }
}

#[async_trait]
impl SendStore for SqliteStore {
    async fn insert_new(&self, sends: &[Send]) -> PortResult<usize> {
        let mut conn = self.conn()?;
        let tx = self.begin(&mut conn)?;
        let mut n = 0;
        for s in sends {
            let body = serde_json::to_string(s).map_err(json_err)?;
            n += tx
                .run(
                    "INSERT OR IGNORE INTO sends (id, store_id, order_id, status, send_at, buyer_key, window_group, body, expires_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                    params![
                        s.id.as_str(),
                        s.store_id.as_str(),
                        s.order_id.as_str(),
                        s.status.as_str(),
                        ts(s.send_at),
                        s.buyer_key,
                        s.window_group,
                        body,
                        ts(s.expires_at)
                    ],
                )
                .map_err(db_err)?;
        }
        tx.commit().map_err(db_err)?;
        Ok(n)
    }

    async fn get_send(&self, id: &SendId) -> PortResult<Option<Send>> {
        self.read_send(&*self.conn()?, id)
    }

    async fn sends_for_order(&self, store: &StoreId, order: &OrderId) -> PortResult<Vec<Send>> {
        let conn = self.conn()?;
        query_bodies(
            &conn,
            "SELECT body FROM sends WHERE store_id = ?1 AND order_id = ?2 ORDER BY send_at",
            params![store.as_str(), order.as_str()],
        )
    }

    async fn due(
        &self,
        group: Option<&str>,
        now: DateTime<Utc>,
        limit: usize,
    ) -> PortResult<Vec<Send>> {
        let conn = self.conn()?;
        // One statement per case, so a run reads an index in due order and stops at `limit`,
        // however many sends of other groups are overdue or held for a paused store.
        let in_group = if group.is_some() {
            "window_group = ?2"
        } else {
            "?2 IS NULL"
        };
        let Some(stores) = unpaused_stores(&conn)? else {
            let due: Vec<Send> = query_bodies(
                &conn,
                &format!(
                    "SELECT body FROM sends WHERE status = 'pending' AND send_at <= ?1
                     AND {in_group} ORDER BY send_at, id LIMIT ?3"
                ),
                params![ts(now), group, limit as i64],
            )?;
            self.remember_sends(&due);
            return Ok(due);
        };
        let mut due: Vec<Send> = Vec::new();
        for store in stores {
            due.extend(query_bodies::<Send>(
                &conn,
                &format!(
                    "SELECT body FROM sends INDEXED BY sends_by_status
                     WHERE store_id = ?4 AND status = 'pending' AND send_at <= ?1
                     AND {in_group} ORDER BY send_at, id LIMIT ?3"
                ),
                params![ts(now), group, limit as i64, store],
            )?);
        }
        due.sort_by(|a, b| (a.send_at, &a.id).cmp(&(b.send_at, &b.id)));
        due.truncate(limit);
        self.remember_sends(&due);
        Ok(due)
    }

    async fn claim(&self, id: &SendId, now: DateTime<Utc>) -> PortResult<Claim> {
        let claimed = self.transition_if(
            id,
            |s| s.is_due(now),
            |s| {
                s.status = SendStatus::Claimed;
                s.updated_at = now;
            },
        )?;
        Ok(match claimed {
            Some(send) => Claim::Claimed(Box::new(send)),
            None => Claim::AlreadyHandled,
        })
    }

    async fn mark(&self, id: &SendId, outcome: &Outcome, now: DateTime<Utc>) -> PortResult<()> {
        let done = self.transition(id, SendStatus::Claimed, |s| s.record(outcome, now))?;
        match done {
            Some(_) => Ok(()),
            // An SES event reconciled it first (a bounce can beat the final write).
            None if self
                .get_send(id)
                .await?
                .is_some_and(|s| s.already_recorded(outcome)) =>
            {
                Ok(())
            }
            None => Err(PortError::Permanent(format!(
                "send {id} is not claimed; outcome not recorded"
            ))),
        }
    }

    async fn release(
        &self,
        id: &SendId,
        retry_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> PortResult<bool> {
        let done = self.transition(id, SendStatus::Claimed, |s| {
            s.status = SendStatus::Pending;
            s.send_at = retry_at;
            s.updated_at = now;
        })?;
        Ok(done.is_some())
    }

    async fn stale_claims(
        &self,
        group: Option<&str>,
        claimed_before: DateTime<Utc>,
        limit: usize,
    ) -> PortResult<Vec<Send>> {
        // Claimed sends are few at any time (in flight or in doubt): the partial index finds
        // them and the claim time (`updated_at`) is read from the body.
        let conn = self.conn()?;
        let claimed: Vec<Send> = query_bodies(
            &conn,
            "SELECT body FROM sends WHERE status = 'claimed' AND (?1 IS NULL OR window_group = ?1)",
            params![group],
        )?;
        Ok(oldest_stale_claims(claimed, claimed_before, limit))
    }

    async fn expire_claim(
        &self,
        id: &SendId,
        claimed_before: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> PortResult<bool> {
        let done = self.transition_if(
            id,
            |s| s.is_stale_claim(claimed_before),
            |s| s.expire_claim(now),
        )?;
        Ok(done.is_some())
    }

    async fn cancel(&self, id: &SendId, reason: Reason, now: DateTime<Utc>) -> PortResult<bool> {
        let done = self.transition(id, SendStatus::Pending, |s| {
            s.status = SendStatus::Cancelled;
            s.reason = Some(reason);
            s.updated_at = now;
        })?;
        Ok(done.is_some())
    }

    async fn cancel_for_buyer(
        &self,
        buyer: &str,
        reason: Reason,
        now: DateTime<Utc>,
    ) -> PortResult<usize> {
        let ids: Vec<String> = {
            let conn = self.conn()?;
            let mut stmt = conn
                .prepare_cached("SELECT id FROM sends WHERE buyer_key = ?1 AND status = 'pending'")
                .map_err(db_err)?;
            let rows = stmt
                .query_map(params![buyer.trim().to_ascii_lowercase()], |r| {
                    r.get::<_, String>(0)
                })
                .map_err(db_err)?;
            rows.collect::<Result<_, _>>().map_err(db_err)?
        };
        let mut n = 0;
        for id in ids {
            if self.cancel(&SendId::from_stored(id), reason, now).await? {
                n += 1;
            }
        }
        Ok(n)
    }

    async fn mark_bounced(&self, id: &SendId, now: DateTime<Utc>) -> PortResult<()> {
        let conn = self.conn()?;
        if let Some(mut send) = self.read_send(&conn, id)? {
            send.bounced = true;
            send.updated_at = now;
            self.write_send(&conn, &send)?;
        }
        Ok(())
    }

    async fn confirm_sent(
        &self,
        id: &SendId,
        message_id: &str,
        now: DateTime<Utc>,
    ) -> PortResult<bool> {
        let done = self.transition(id, SendStatus::Claimed, |s| {
            s.status = SendStatus::Sent;
            s.message_id = Some(message_id.to_string());
            s.updated_at = now;
        })?;
        Ok(done.is_some())
    }

    async fn count_sent(
        &self,
        store: &StoreId,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> PortResult<u32> {
        let conn = self.conn()?;
        let n: i64 = conn
            .one(
                "SELECT COUNT(*) FROM sends WHERE store_id = ?1 AND status = 'sent'
                 AND send_at >= ?2 AND send_at < ?3",
                params![store.as_str(), ts(from), ts(to)],
                |r| r.get(0),
            )
            .map_err(db_err)?;
        Ok(u32::try_from(n).unwrap_or(u32::MAX))
    }

    async fn reserve_buyer_day(
        &self,
        buyer: &str,
        day: NaiveDate,
        send: &SendId,
        now: DateTime<Utc>,
    ) -> PortResult<bool> {
        let conn = self.conn()?;
        let digest = buyer_digest(buyer);
        let day = day.to_string();
        // The first insert wins; a row is never changed afterwards, only purged days later.
        conn.run(
            "INSERT OR IGNORE INTO buyer_days (buyer_digest, day, send_id, expires_at)
             VALUES (?1, ?2, ?3, ?4)",
            params![
                digest,
                day,
                send.as_str(),
                ts(now + chrono::Duration::days(BUYER_DAY_KEEP_DAYS))
            ],
        )
        .map_err(db_err)?;
        let holder: String = conn
            .one(
                "SELECT send_id FROM buyer_days WHERE buyer_digest = ?1 AND day = ?2",
                params![digest, day],
                |r| r.get(0),
            )
            .map_err(db_err)?;
        Ok(holder == send.as_str())
    }

    async fn take_daily_slot(
        &self,
        store: &StoreId,
        day: NaiveDate,
        cap: u32,
        now: DateTime<Utc>,
    ) -> PortResult<bool> {
        let conn = self.conn()?;
        let expires = ts(now + chrono::Duration::days(DAILY_SLOT_KEEP_DAYS));
        // One statement, so two connections cannot both take the last slot.
        let changed = conn
            .run(
                "INSERT INTO daily_slots (store_id, day, taken, expires_at)
                 SELECT ?1, ?2, 1, ?4 WHERE ?3 > 0
                 ON CONFLICT (store_id, day) DO UPDATE SET taken = taken + 1
                 WHERE daily_slots.taken < ?3",
                params![store.as_str(), day.to_string(), cap, expires],
            )
            .map_err(db_err)?;
        Ok(changed == 1)
    }

    async fn return_daily_slot(&self, store: &StoreId, day: NaiveDate) -> PortResult<()> {
        self.conn()?
            .run(
                "UPDATE daily_slots SET taken = taken - 1
                 WHERE store_id = ?1 AND day = ?2 AND taken > 0",
                params![store.as_str(), day.to_string()],
            )
            .map_err(db_err)?;
        Ok(())
    }
}

#[async_trait]
impl Suppressions for SqliteStore {
    async fn suppression(&self, buyer: &str) -> PortResult<Option<Suppression>> {
        let conn = self.conn()?;
        conn.one(
            "SELECT cause, store_id, at FROM suppressions WHERE buyer_digest = ?1",
            params![buyer_digest(buyer)],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            },
        )
        .optional()
        .map_err(db_err)?
        .map(|(cause, store, at)| {
            let cause = match cause.as_str() {
                "bounce" => SuppressionCause::Bounce,
                "complaint" => SuppressionCause::Complaint,
                "blacklist" => SuppressionCause::Blacklist,
                _ => SuppressionCause::AmazonOptOut,
            };
            Ok(Suppression {
                buyer: buyer.trim().to_ascii_lowercase(),
                cause,
                store: store.and_then(|s| StoreId::parse(&s).ok()),
                at: from_ts(at),
            })
        })
        .transpose()
    }

    async fn suppress(&self, s: &Suppression) -> PortResult<bool> {
        let conn = self.conn()?;
        let n = conn
            .run(
                "INSERT OR IGNORE INTO suppressions (buyer_digest, cause, store_id, at) VALUES (?1, ?2, ?3, ?4)",
                params![buyer_digest(&s.buyer), s.cause.as_str(), s.store.as_ref().map(|x| x.as_str()), ts(s.at)],
            )
            .map_err(db_err)?;
        Ok(n == 1)
    }
}

#[async_trait]
impl BreakerStore for SqliteStore {
    async fn count_feedback(
        &self,
        store: &StoreId,
        kind: Feedback,
        at: DateTime<Utc>,
    ) -> PortResult<()> {
        let hour = hour_of(at);
        let (b, c) = match kind {
            Feedback::Bounce => (1, 0),
            Feedback::Complaint => (0, 1),
        };
        self.conn()?
            .run(
                "INSERT INTO feedback (store_id, hour, bounced, complained, expires_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (store_id, hour) DO UPDATE SET
                   bounced = bounced + excluded.bounced, complained = complained + excluded.complained",
                params![
                    store.as_str(),
                    hour,
                    b,
                    c,
                    hour + FEEDBACK_KEEP_DAYS * 86_400
                ],
            )
            .map_err(db_err)?;
        Ok(())
    }

    async fn health(
        &self,
        store: &StoreId,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> PortResult<Health> {
        if to <= from {
            return Ok(Health::default());
        }
        let sent = self.count_sent(store, from, to).await?;
        let conn = self.conn()?;
        let (bounced, complained): (i64, i64) = conn
            .one(
                "SELECT COALESCE(SUM(bounced), 0), COALESCE(SUM(complained), 0) FROM feedback
                 WHERE store_id = ?1 AND hour >= ?2 AND hour <= ?3",
                params![
                    store.as_str(),
                    hour_of(from),
                    hour_of(to - chrono::Duration::seconds(1))
                ],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(db_err)?;
        let count = |n: i64| u32::try_from(n.max(0)).unwrap_or(u32::MAX);
        Ok(Health {
            sent,
            bounced: count(bounced),
            complained: count(complained),
        })
    }

    async fn pause(&self, pause: &Pause) -> PortResult<bool> {
        let body = serde_json::to_string(pause).map_err(json_err)?;
        let n = self
            .conn()?
            .run(
                "INSERT INTO pauses (store_id, active, body) VALUES (?1, 1, ?2)
                 ON CONFLICT (store_id) DO UPDATE SET active = 1, body = excluded.body
                 WHERE active = 0",
                params![pause.store_id.as_str(), body],
            )
            .map_err(db_err)?;
        Ok(n == 1)
    }

    async fn last_pause(&self, store: &StoreId) -> PortResult<Option<Pause>> {
        let conn = self.conn()?;
        Ok(query_bodies(
            &conn,
            "SELECT body FROM pauses WHERE store_id = ?1",
            params![store.as_str()],
        )?
        .pop())
    }

    async fn paused(&self) -> PortResult<Vec<Pause>> {
        self.paused_stores()
    }

    async fn resume(&self, store: &StoreId, now: DateTime<Utc>) -> PortResult<Option<Pause>> {
        let mut conn = self.conn()?;
        let tx = self.begin(&mut conn)?;
        let Some(mut pause) = query_bodies::<Pause>(
            &tx,
            "SELECT body FROM pauses WHERE store_id = ?1 AND active = 1",
            params![store.as_str()],
        )?
        .pop() else {
            return Ok(None);
        };
        let held = pause.clone();
        pause.resumed_at = Some(now);
        tx.run(
            "UPDATE pauses SET active = 0, body = ?2 WHERE store_id = ?1",
            params![
                store.as_str(),
                serde_json::to_string(&pause).map_err(json_err)?
            ],
        )
        .map_err(db_err)?;
        tx.commit().map_err(db_err)?;
        Ok(Some(held))
    }

    async fn held_sends(
        &self,
        store: &StoreId,
        now: DateTime<Utc>,
        after: Option<&HeldCursor>,
        limit: usize,
    ) -> PortResult<Vec<Send>> {
        let conn = self.conn()?;
        if !is_paused(&conn, store.as_str())? {
            return Ok(Vec::new());
        }
        let (after_at, after_id) = after
            .map(|c| (ts(c.send_at), c.id.as_str().to_string()))
            .unwrap_or((i64::MIN, String::new()));
        query_bodies(
            &conn,
            "SELECT body FROM sends INDEXED BY sends_by_status
             WHERE store_id = ?1 AND status = 'pending' AND send_at < ?2
             AND (send_at > ?3 OR (send_at = ?3 AND id > ?4))
             ORDER BY send_at, id LIMIT ?5",
            params![
                store.as_str(),
                ts(now),
                after_at,
                after_id,
                i64::try_from(limit).unwrap_or(i64::MAX)
            ],
        )
    }

    async fn pending_for_buyer(&self, buyer: &str) -> PortResult<Vec<Send>> {
        let conn = self.conn()?;
        query_bodies(
            &conn,
            "SELECT body FROM sends WHERE buyer_key = ?1 AND status = 'pending'",
            params![buyer.trim().to_ascii_lowercase()],
        )
    }

    async fn reschedule(
        &self,
        held: &Send,
        send_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> PortResult<bool> {
        let mut conn = self.conn()?;
        let tx = self.begin(&mut conn)?;
        let Some(mut send) = self.read_send(&tx, &held.id)? else {
            tx.commit().map_err(db_err)?;
            return Ok(false);
        };
        // Held: pending, overdue, and its store still paused.
        if send.status != SendStatus::Pending
            || send.send_at >= now
            || !is_paused(&tx, send.store_id.as_str())?
        {
            tx.commit().map_err(db_err)?;
            return Ok(false);
        }
        send.send_at = send_at;
        send.expires_at = send.expires_at.max(Send::expiry_for(send_at));
        send.updated_at = now;
        self.write_send(&tx, &send)?;
        tx.run(
            "UPDATE sends SET expires_at = ?2 WHERE id = ?1",
            params![held.id.as_str(), ts(send.expires_at)],
        )
        .map_err(db_err)?;
        tx.commit().map_err(db_err)?;
        Ok(true)
    }
}

// --- mailer -------------------------------------------------------------------------------

/// Writes each email as an `.eml` file (multipart/alternative, attachments as MIME parts).
/// Addresses in `relay_rejects` are accepted and then bounced, as Amazon's relay does for buyers
/// who opted out: the bounce is queued as an SES-shaped event for the bounce handler.
pub struct OutboxMailer {
    dir: PathBuf,
    relay_rejects: HashSet<String>,
    bounces: Mutex<Vec<String>>,
    sent: std::sync::atomic::AtomicU64,
    /// Set for a simulation: files are written by a thread of their own, see [`Self::threaded`].
    writer: Option<OutboxWriter>,
}

/// Batches of emails waiting for the writer thread, at most; a full queue makes the mailer wait.
const OUTBOX_QUEUE: usize = 64;

/// Emails the mailer collects before it hands them to the writer thread together: one wake-up
/// of the thread per batch instead of one per email.
const OUTBOX_BATCH: usize = 64;

/// One email for the writer thread: where its file goes and what to write there.
enum OutboxFile {
    /// The MIME message, built already (an email with attachments, whose files must be read
    /// before the mailer answers).
    Built(PathBuf, Vec<u8>),
    /// An email without attachments, whose MIME message the thread builds: building it cannot
    /// fail, so the mailer may answer first.
    Unbuilt(PathBuf, Box<OutgoingEmail>, String),
}

impl OutboxFile {
    fn write(self) -> Result<(), OutboxWriteError> {
        let failed = |path: &Path, error| OutboxWriteError {
            path: path.display().to_string(),
            error,
        };
        match self {
            OutboxFile::Built(path, mime) => {
                std::fs::write(&path, mime).map_err(|e| failed(&path, e))
            }
            OutboxFile::Unbuilt(path, email, message_id) => {
                let mime = build_mime(&email, &message_id)
                    .map_err(|e| failed(&path, std::io::Error::other(e.to_string())))?;
                std::fs::write(&path, mime).map_err(|e| failed(&path, e))
            }
        }
    }
}

/// The thread that writes a threaded outbox's files, in the order they were handed over.
struct OutboxWriter {
    /// Emails not yet handed to the thread (fewer than [`OUTBOX_BATCH`]).
    batch: Mutex<Vec<OutboxFile>>,
    queue: Mutex<Option<std::sync::mpsc::SyncSender<Vec<OutboxFile>>>>,
    thread: Mutex<Option<std::thread::JoinHandle<Result<(), OutboxWriteError>>>>,
    /// The first write that failed, once one has; the thread stops there.
    failure: std::sync::Arc<Mutex<Option<String>>>,
}

/// An email the mailer accepted whose file could not be written.
#[derive(Debug, thiserror::Error)]
#[error("cannot write {path}: {error}")]
pub struct OutboxWriteError {
    pub path: String,
    pub error: std::io::Error,
}

impl OutboxMailer {
    pub fn new(
        dir: &Path,
        relay_rejects: impl IntoIterator<Item = String>,
    ) -> std::io::Result<Self> {
        std::fs::create_dir_all(dir)?;
        Ok(OutboxMailer {
            dir: dir.to_path_buf(),
            relay_rejects: relay_rejects
                .into_iter()
                .map(|a| a.trim().to_ascii_lowercase())
                .collect(),
            bounces: Mutex::new(Vec::new()),
            sent: std::sync::atomic::AtomicU64::new(0),
            writer: None,
        })
    }

    /// An outbox whose files are written by a second thread, so a simulation's dispatcher does
    /// not wait for the file system (creating a file costs more than everything else an email
    /// does). The same files as [`Self::new`]'s; an email counts as accepted once handed to the
    /// thread, so a failed write cannot be refused any more: call [`Self::check`] as the run
    /// goes and [`Self::finish`] at its end, which report it. After a failure every send is
    /// refused as retryable.
    pub fn threaded(
        dir: &Path,
        relay_rejects: impl IntoIterator<Item = String>,
    ) -> std::io::Result<Self> {
        let mut mailer = Self::new(dir, relay_rejects)?;
        let (queue, batches) = std::sync::mpsc::sync_channel::<Vec<OutboxFile>>(OUTBOX_QUEUE);
        let failure = std::sync::Arc::new(Mutex::new(None));
        let noted = failure.clone();
        let thread = std::thread::Builder::new()
            .name("outbox".into())
            .spawn(move || {
                for file in batches.into_iter().flatten() {
                    if let Err(error) = file.write() {
                        *noted.lock().unwrap_or_else(|p| p.into_inner()) = Some(error.to_string());
                        return Err(error);
                    }
                }
                Ok(())
            })?;
        mailer.writer = Some(OutboxWriter {
            batch: Mutex::new(Vec::with_capacity(OUTBOX_BATCH)),
            queue: Mutex::new(Some(queue)),
            thread: Mutex::new(Some(thread)),
            failure,
        });
        Ok(mailer)
    }

    /// A threaded outbox's first failed write so far, if any (always `Ok` for one written in
    /// place, whose failures [`Mailer::send`] returns).
    pub fn check(&self) -> Result<(), String> {
        match &self.writer {
            Some(w) => match w.failure.lock().unwrap_or_else(|p| p.into_inner()).clone() {
                Some(failure) => Err(failure),
                None => Ok(()),
            },
            None => Ok(()),
        }
    }

    /// Waits until a threaded outbox has written every email handed to it, or reports the first
    /// write that failed. Later sends are refused as retryable. A no-op for an outbox written in
    /// place.
    pub fn finish(&self) -> Result<(), OutboxWriteError> {
        let Some(w) = &self.writer else {
            return Ok(());
        };
        // What the mailer still holds goes to the thread first (refused only by a thread that
        // stopped already, whose failure is reported below).
        let _ = self.hand_over(w);
        // Closing the queue ends the thread once it has written what the queue holds.
        drop(w.queue.lock().unwrap_or_else(|p| p.into_inner()).take());
        let thread = w.thread.lock().unwrap_or_else(|p| p.into_inner()).take();
        match thread.map(std::thread::JoinHandle::join) {
            None => Ok(()),
            Some(Ok(written)) => written,
            Some(Err(_)) => Err(OutboxWriteError {
                path: self.dir.display().to_string(),
                error: std::io::Error::other("the outbox writer thread stopped unexpectedly"),
            }),
        }
    }

    /// Writes one email's file: in place, or handed to the writer thread.
    fn write_file(&self, file: OutboxFile) -> Result<(), MailError> {
        let Some(w) = &self.writer else {
            return file.write().map_err(|e| {
                MailError::Retryable(format!(
                    "cannot write to outbox {}: {}",
                    self.dir.display(),
                    e.error
                ))
            });
        };
        // A failed writer has stopped reading: refuse rather than queue an email it drops.
        self.check().map_err(|why| self.refused(why))?;
        let full = {
            let mut batch = w.batch.lock().unwrap_or_else(|p| p.into_inner());
            batch.push(file);
            batch.len() >= OUTBOX_BATCH
        };
        if full {
            self.hand_over(w)?;
        }
        Ok(())
    }

    /// Hands the emails collected so far to the writer thread.
    fn hand_over(&self, w: &OutboxWriter) -> Result<(), MailError> {
        let batch = std::mem::take(&mut *w.batch.lock().unwrap_or_else(|p| p.into_inner()));
        if batch.is_empty() {
            return Ok(());
        }
        let queue = w.queue.lock().unwrap_or_else(|p| p.into_inner());
        let Some(queue) = queue.as_ref() else {
            return Err(self.refused("the outbox is closed".into()));
        };
        queue.send(batch).map_err(|_| {
            self.refused(
                self.check()
                    .err()
                    .unwrap_or_else(|| "the outbox writer stopped".into()),
            )
        })
    }

    fn refused(&self, why: String) -> MailError {
        MailError::Retryable(format!(
            "cannot write to outbox {}: {why}",
            self.dir.display()
        ))
    }

    /// Bounce notifications produced since the last call, as SES event JSON.
    pub fn take_bounces(&self) -> Vec<String> {
        std::mem::take(&mut *self.bounces.lock().unwrap_or_else(|p| p.into_inner()))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Deletes `.eml` files last written before `cutoff`: they hold buyer addresses and names,
    /// so they expire like the rest of the buyer data. Returns how many were deleted.
    pub fn purge_older_than(&self, cutoff: std::time::SystemTime) -> std::io::Result<usize> {
        let mut n = 0;
        for entry in std::fs::read_dir(&self.dir)? {
            let entry = entry?;
            let path = entry.path();
            if !is_outbox_email(&path) {
                continue;
            }
            if entry.metadata()?.modified()? < cutoff {
                std::fs::remove_file(&path)?;
                n += 1;
            }
        }
        Ok(n)
    }

    /// The file an email for this send is written to (see [`is_outbox_email`]).
    pub fn path_for(&self, id: &SendId) -> PathBuf {
        let name: String = id
            .as_str()
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        self.dir.join(format!("{name}.eml"))
    }
}

/// Whether a path names an email file as the outbox writes them ([`OutboxMailer::path_for`]).
pub fn is_outbox_email(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "eml")
}

impl Drop for OutboxMailer {
    fn drop(&mut self) {
        // Whoever did not call `finish` still gets every file written before the mailer is gone.
        if let Err(e) = self.finish() {
            tracing::error!(error = %e, "outbox: an accepted email was not written");
        }
    }
}

#[async_trait]
impl Mailer for OutboxMailer {
    async fn send(&self, email: &OutgoingEmail) -> Result<String, MailError> {
        let n = self.sent.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let message_id = format!(
            "{:016x}.{n}@outbox.aftercare.local",
            crate::window::stable_hash(email.send_id.as_str())
        );
        let path = self.path_for(&email.send_id);
        let file = if self.writer.is_some() && email.attachments.is_empty() {
            OutboxFile::Unbuilt(path, Box::new(email.clone()), message_id.clone())
        } else {
            OutboxFile::Built(path, build_mime(email, &message_id)?)
        };
        self.write_file(file)?;
        let to = split_mailbox(&email.to).1.to_ascii_lowercase();
        if self.relay_rejects.contains(&to) {
            let parts: Vec<&str> = email.send_id.as_str().splitn(3, '/').collect();
            let tag = |i: usize| {
                parts
                    .get(i)
                    .map(|p| vec![p.to_string()])
                    .unwrap_or_default()
            };
            let event = serde_json::json!({
                "version": "0",
                "source": "aws.ses",
                "detail-type": "Email Bounced",
                "detail": {
                    "eventType": "Bounce",
                    "bounce": {
                        "bounceType": "Permanent",
                        "bounceSubType": "General",
                        "bouncedRecipients": [{
                            "emailAddress": to,
                            "action": "failed",
                            "status": "5.7.1",
                            "diagnosticCode": "smtp; 550 5.7.1 the recipient has opted out of unsolicited messages"
                        }],
                        "timestamp": email.at.to_rfc3339(),
                        "feedbackId": format!("local-{n}")
                    },
                    "mail": {
                        "timestamp": email.at.to_rfc3339(),
                        "messageId": message_id,
                        "source": split_mailbox(&email.from).1,
                        "destination": [to],
                        "tags": { "store_id": tag(0), "order_id": tag(1), "campaign": tag(2) }
                    }
                }
            });
            self.bounces
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .push(event.to_string());
        }
        Ok(message_id)
    }
}

// --- event bus ----------------------------------------------------------------------------

/// An in-process queue standing in for EventBridge.
#[derive(Default)]
pub struct MemoryBus {
    queue: Mutex<VecDeque<OrderChanged>>,
}

impl MemoryBus {
    pub fn drain(&self) -> Vec<OrderChanged> {
        self.queue
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .drain(..)
            .collect()
    }

    pub fn len(&self) -> usize {
        self.queue.lock().unwrap_or_else(|p| p.into_inner()).len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[async_trait]
impl EventBus for MemoryBus {
    async fn publish(&self, event: &OrderChanged) -> PortResult<()> {
        self.queue
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push_back(event.clone());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::adapters::contract::*;

    fn scratch(dir: &tempfile::TempDir) -> SqliteStore {
        SqliteStore::open_scratch(&dir.path().join("scratch.db")).unwrap()
    }

    /// The same contracts the durable store keeps, on a scratch database (file-backed, one
    /// batch transaction): only durability is given up.
    #[tokio::test]
    async fn a_scratch_store_keeps_every_store_contract() {
        let dir = tempfile::tempdir().unwrap();
        send_store_contract(&scratch(&dir)).await;
        let dir = tempfile::tempdir().unwrap();
        buyer_day_contract(&scratch(&dir)).await;
        let dir = tempfile::tempdir().unwrap();
        daily_slot_contract(&scratch(&dir)).await;
        let dir = tempfile::tempdir().unwrap();
        order_store_contract(&scratch(&dir)).await;
        let dir = tempfile::tempdir().unwrap();
        suppressions_contract(&scratch(&dir)).await;
        let dir = tempfile::tempdir().unwrap();
        let store = scratch(&dir);
        breaker_store_contract(&store, &store).await;
        let dir = tempfile::tempdir().unwrap();
        let store = scratch(&dir);
        paused_backlog_contract(&store, &store).await;
        let dir = tempfile::tempdir().unwrap();
        let store = scratch(&dir);
        resume_contract(&store, &store).await;
    }

    #[test]
    fn only_a_scratch_store_gives_up_the_journal_and_syncs() {
        let dir = tempfile::tempdir().unwrap();
        let durable = SqliteStore::open(&dir.path().join("kept.db")).unwrap();
        assert_eq!(
            durable.journal_settings().unwrap(),
            ("wal".to_string(), 1),
            "a kept database (serve's) has a write-ahead log, synced at checkpoints"
        );
        let thrown_away = scratch(&dir);
        assert_eq!(
            thrown_away.journal_settings().unwrap(),
            ("off".to_string(), 0)
        );
    }

    fn email(order: &str, to: &str) -> OutgoingEmail {
        let store = StoreId::parse("s1").unwrap();
        OutgoingEmail {
            send_id: SendId::from_stored(format!("s1/{order}/follow-up")),
            store_id: store,
            from: "Shop <shop@example.com>".into(),
            to: to.into(),
            subject: "Thanks for your order".into(),
            text: "Hello — plain".into(),
            html: "<p>Hello — html</p>".into(),
            attachments: Vec::new(),
            at: "2026-11-10T19:00:00Z".parse().unwrap(),
        }
    }

    /// An email's file with its MIME boundary (random per message) replaced.
    fn outbox_file(path: &Path) -> String {
        let text = std::fs::read_to_string(path).unwrap();
        let at = text.find("boundary=\"").expect("a multipart email") + 10;
        let boundary = &text[at..at + text[at..].find('"').unwrap()];
        text.replace(boundary, "BOUNDARY")
    }

    /// A threaded outbox writes the same files, bounces the same addresses and answers the same
    /// message ids as one written in place: whole batches and the last part-filled one (150
    /// emails), the MIME messages built on its thread.
    #[tokio::test]
    async fn a_threaded_outbox_writes_what_an_outbox_written_in_place_does() {
        let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let rejects = vec!["Gone@Marketplace.Amazon.com".to_string()];
        let in_place = OutboxMailer::new(a.path(), rejects.clone()).unwrap();
        let threaded = OutboxMailer::threaded(b.path(), rejects).unwrap();
        let emails: Vec<OutgoingEmail> = (0..150)
            .map(|i| {
                let to = if i % 7 == 3 {
                    "gone@marketplace.amazon.com".to_string()
                } else {
                    format!("b{i}@marketplace.amazon.com")
                };
                email(&format!("111-{i:07}-0000001"), &to)
            })
            .collect();
        for e in &emails {
            assert_eq!(
                threaded.send(e).await.unwrap(),
                in_place.send(e).await.unwrap()
            );
        }
        threaded.finish().unwrap();
        assert_eq!(threaded.take_bounces(), in_place.take_bounces());
        for e in &emails {
            let (x, y) = (in_place.path_for(&e.send_id), threaded.path_for(&e.send_id));
            assert!(y.exists(), "{} was not written", y.display());
            assert_eq!(outbox_file(&y), outbox_file(&x));
        }
        assert_eq!(std::fs::read_dir(b.path()).unwrap().count(), emails.len());
    }

    /// An email handed to the writer thread counts as sent, so a file it cannot write must be
    /// reported, not lost: `check` and `finish` name it, and later emails are refused.
    #[tokio::test]
    async fn a_threaded_outbox_reports_a_file_it_could_not_write() {
        let dir = tempfile::tempdir().unwrap();
        let mailer = OutboxMailer::threaded(dir.path(), Vec::new()).unwrap();
        let blocked = email("111-0000001-0000001", "a@marketplace.amazon.com");
        // A directory where the email's file goes: writing the file fails.
        std::fs::create_dir(mailer.path_for(&blocked.send_id)).unwrap();
        mailer
            .send(&blocked)
            .await
            .expect("accepted: handed to the writer");
        let error = mailer.finish().expect_err("the failed write is reported");
        assert!(
            error.path.ends_with("s1_111-0000001-0000001_follow-up.eml"),
            "{}",
            error.path
        );
        assert!(mailer.check().unwrap_err().contains("follow-up.eml"));
        let later = email("111-0000002-0000001", "b@marketplace.amazon.com");
        assert!(matches!(
            mailer.send(&later).await,
            Err(MailError::Retryable(_))
        ));
        assert!(!mailer.path_for(&later.send_id).exists());
    }

    #[tokio::test]
    async fn a_finished_scratch_run_leaves_a_whole_database() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("run.db");
        let at: DateTime<Utc> = "2026-11-10T19:00:00Z".parse().unwrap();
        let sends: Vec<Send> = (0..(SCRATCH_BATCH + 10))
            .map(|i| {
                sample_send(
                    "s1",
                    &format!("111-{:07}-0000001", i),
                    "follow-up",
                    None,
                    at,
                )
            })
            .collect();
        {
            let store = SqliteStore::open_scratch(&path).unwrap();
            // One write per use, so the batch transaction commits partway through as well.
            for s in &sends {
                assert_eq!(store.insert_new(std::slice::from_ref(s)).await.unwrap(), 1);
            }
            store.flush().unwrap();
            store
                .cancel(&sends[0].id, Reason::OptedOut, at)
                .await
                .unwrap();
            // Dropped without a flush: the last batch is committed on drop.
        }
        let reopened = SqliteStore::open(&path).unwrap();
        let stored = reopened.all_sends(None).unwrap();
        assert_eq!(stored.len(), sends.len());
        let first = reopened.get_send(&sends[0].id).await.unwrap().unwrap();
        assert_eq!(first.status, SendStatus::Cancelled);
    }
}
