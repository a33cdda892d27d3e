//! Orders, sends and suppressions in one DynamoDB table (names in `schema`).
//!
//! **One table**, because the access patterns are few and known, it keeps IAM to one resource
//! and one TTL setting, and transactions can span any items (a held send and its pause, say).
//! Items (`pk` / `sk`):
//!
//! | item          | `pk`                       | `sk`                  | other attributes |
//! |---------------|----------------------------|-----------------------|------------------|
//! | order         | `ORDER#{store}#{order}`    | `ORDER`               | `body` (Order JSON), `version`, `events` (event ids, SS), `order_id`, `store_id`, `expires_at`, `buyer_pk`, `placed_at`; `event_markers` on orders stored before `events` existed |
//! | event marker (read only) | `EVENT#{store}#{event}` | `EVENT`       | `expires_at`; written by earlier releases, expire by TTL, never written now |
//! | send          | `ORDER#{store}#{order}`    | `SEND#{campaign}`     | `body` (Send JSON), `status`, `send_id`, `expires_at`; while pending also `buyer_pending` and, unless held, `due_pk`, `due_sk`; while claimed `due_pk`, `due_sk` (claim index) |
//! | sent counter  | `COUNT#{store}`            | `HOUR#{yyyy-mm-ddThh}`| `sent`, `expires_at` (3 days) |
//! | suppression   | `SUPPRESS#{sha256(buyer)}` | `SUPPRESS`            | `cause`, `store_id`, `at` (no address, no TTL) |
//! | breaker count | `COUNT#{store}`            | `FEEDBACK#{yyyy-mm-ddThh}` | `bounced`, `complained`, `expires_at` (3 days) |
//! | buyer day     | `BUYERDAY#{sha256(buyer)}` | `DAY#{yyyy-mm-dd}`    | `send_id`, `expires_at` (3 days) |
//! | daily cap     | `COUNT#{store}`            | `DAY#{yyyy-mm-dd}` (seller-local) | `taken`, `expires_at` (3 days) |
//! | sending rate  | `RATE#ses`                 | `SECOND#{epoch secs}` | `taken`, `expires_at` (1 day) |
//! | SP-API budget | `RATE#spapi#{seller}:{operation}` | `BUCKET`   | `tokens`, `at` (epoch ms), `expires_at` (1 day); written by `bucket::DynamoBudget` |
//! | delivery check | `DCHECK#{shard}`          | `{due epoch ms:013}#{store}#{order}` | `store_id`, `order_id`, `expires_at` (60 days); written by `checks::DynamoDeliveryChecks` |
//! | pause         | `PAUSES`                   | `{store}`             | `body` (Pause JSON), `active` (no buyer data, no TTL) |
//! | held entry    | `HELD#{store}`             | `{send_at:010}#{send id}` | `send_id`, `body` (Send JSON as held), `expires_at` (the send's) |
//!
//! Why it is shaped this way:
//! - **Event ids are idempotency keys, kept in their order.** `save_order` is one conditional
//!   `UpdateItem` of the order item: it SETs every attribute `order_item` gives the order
//!   (REMOVEs the optional ones it lacks, so nothing stale stays) and `ADD`s the event id to the
//!   order's `events` string set, on condition that the set does not hold it yet. The order
//!   change and the event id are one item's write, so they are recorded together or not at
//!   all, for half the write units of a two-item transaction. A refused write returns the item
//!   as the condition saw it (`ReturnValuesOnConditionCheckFailure = ALL_OLD`; a consistent
//!   `GetItem` if a reply carries none), and that tells the outcomes apart: the id in `events`
//!   is a replay (`Saved::DuplicateEvent`), anything else a lost race (`Saved::Conflict`).
//!   Ids are scoped to their order (the embedded store keeps one list per store): an id reused
//!   for another order is stored there, where an earlier release ignored it. The set grows by
//!   one id (at most 128 characters) per event; an order sees a handful (placed, shipped,
//!   delivered, a feedback, a return, Amazon's notifications), so even a hundred ids are a few
//!   KB, far inside the 400 KB item limit. They expire with the order.
//! - **Orders stored by an earlier release** have no `events`; their event ids are marker
//!   items (`EVENT#{store}#{event}`, written in one transaction with the order). The write's
//!   condition requires `events` (`attribute_not_exists(pk)` for a new order), so such an order
//!   refuses the first write; then `save_order` reads the event's marker (a replay if it is
//!   there), checks the version, and writes the order with `event_markers` set, on the version
//!   condition alone. `event_markers` keeps every later write of that order on the same path
//!   (the condition requires its absence), because its older ids stay in markers until they
//!   expire. Each such write costs a refused write and a marker read more; only orders stored
//!   before the upgrade pay it. No marker is written any more. An earlier release's function
//!   still running during a deploy replaces the whole item (a `Put`) and drops `events`; the
//!   order then reads as one of its own, and ids recorded only in the dropped set are lost.
//! - **Orders are written with optimistic concurrency.** The condition also holds
//!   `attribute_not_exists(pk)` (a new order) or `version = :read_version` (an order stored
//!   before versions existed is written on `attribute_not_exists(version)`), and the write
//!   stores `version + 1`. Two events for one order merged concurrently cannot lose one another:
//!   the second write is refused (`Saved::Conflict`) and `pipeline::ingest` re-reads and merges
//!   again.
//! - **Sends live beside their order** (same partition), so `sends_for_order` is one query.
//!   The send id `{store}/{order}/{campaign}` maps to the key directly.
//! - **The due index is sparse and write-sharded**: only pending sends carry
//!   `due_pk` = `DUE#{window group}#{shard:02}` (shard = FNV hash of the send id mod 16) and
//!   `due_sk` = `{send_at epoch secs:010}#{send id}`. A busy window spreads its writes over 16
//!   partitions; `due` queries the 16 shards and merges them by time. Every transition out of
//!   pending removes `due_pk`, `due_sk` and `buyer_pending` in the same write, so sent, skipped,
//!   failed and cancelled sends drop out of the index and cost nothing there.
//! - **Claimed sends sit in the same sparse index under another prefix**, so stale claims are
//!   found without a scan: a claim sets `due_pk` = `CLAIMED#{window group}#{shard:02}` and
//!   `due_sk` = `{claim time epoch secs:010}#{send id}` (the claim time is the send's
//!   `updated_at`). The dispatcher queries the 16 `CLAIMED#` shards of its group for claims older
//!   than the lease (`send::CLAIM_LEASE_MINUTES`) and expires them (`expire_claim`, conditional
//!   on the body being unchanged). Marking, confirming or expiring a claim removes the keys;
//!   releasing a throttled send puts it back under `DUE#` with its new due time. Claimed sends
//!   are few (in flight or in doubt), so the extra partitions stay small.
//! - **Transitions are conditional writes.** Each reads the send, changes it, and writes it back
//!   on condition that `status` is still the expected one and `body` is unchanged: one writer
//!   wins, a loser re-reads (and then sees, say, `claimed`: `Claim::AlreadyHandled`).
//! - **Opt-outs find a buyer's pending sends** through the sparse `pending_by_buyer` index
//!   (`buyer_pending` = `PENDING#{sha256(buyer)}`), never by the address itself.
//! - **`prior_orders`** counts the `by_buyer` index (`buyer_pk` = `BUYER#{store}#{sha256}`,
//!   sorted by `placed_at`) with `Select COUNT`.
//! - **The daily cap** reads hourly counters: `mark(Sent)` and `confirm_sent` add one to
//!   `COUNT#{store}` / `HOUR#{UTC hour of the send's send_at}` (the embedded store also counts by
//!   `send_at`). `count_sent` sums the hours from the hour of `from` up to the hour before `to`
//!   (or `to`'s own hour when it is not on the hour), so its granularity is one hour: a day
//!   that starts at half past (India, Nepal) includes the partial hours at both ends.
//!   Claimed-but-unmarked sends are not counted (the embedded store counts them).
//! - **The circuit breaker** adds permanent bounces and complaints to hourly `FEEDBACK#` items
//!   of the store's counter partition and reads 24 of them plus the `HOUR#` sent counters. Pause
//!   items share one partition so `due` reads every pause in force with one query. With a pause
//!   in force, `due` pages through the group's shards in due order until it has `limit` sends of
//!   other stores, and moves each due send of a paused store it meets out of the due index into
//!   the store's held list (`HELD#{store}`), in one transaction with a `ConditionCheck` that the
//!   pause is still in force: a held send is read once, not by every tick, and no send is held
//!   after a resume lifted the pause. The held list is a table partition, not an index, so a
//!   resume reads it consistently and sees every send held before its lift. A re-slot puts the
//!   send back into its due shard at its new time and deletes the held entry in one transaction,
//!   on condition that the send is still pending, held and unchanged.
//! - **One email per buyer per buyer-local day.** Right before mailing, the dispatcher puts
//!   a buyer-day item on condition `attribute_not_exists(pk) OR send_id = :id`: the first send
//!   holds the day, the same send retrying (throttled) keeps it, any other send of that buyer is
//!   refused and deferred to the next day. Keyed by the address's SHA-256, never the address.
//! - **Everything with buyer data expires** (`expires_at`). Suppressions keep no
//!   address, only its SHA-256, and must outlive the orders, so they have no TTL.

use std::collections::{HashMap, VecDeque};

use async_trait::async_trait;
use aws_sdk_dynamodb::error::SdkError;
use aws_sdk_dynamodb::operation::query::builders::QueryFluentBuilder;
use aws_sdk_dynamodb::operation::transact_write_items::TransactWriteItemsError;
use aws_sdk_dynamodb::operation::update_item::UpdateItemError;
use aws_sdk_dynamodb::types::{
    AttributeValue, ConditionCheck, Delete, ReturnValuesOnConditionCheckFailure, Select,
    TransactWriteItem, Update,
};
use chrono::{DateTime, Duration, DurationRound, NaiveDate, TimeZone, Utc};
use serde::de::DeserializeOwned;

use super::schema::*;
use super::sdk_error;
use crate::order::buyer_digest;
use crate::order::{BuyerEmail, EventId, Order, OrderId, StoreId};
use crate::ports::{
    BreakerStore, Feedback, Health, HeldCursor, OrderStore, Pause, PortError, PortResult, Saved,
    SendStore, Suppression, SuppressionCause, Suppressions,
};
use crate::send::{
    oldest_stale_claims, Claim, Outcome, Reason, Send, SendId, SendStatus, RETENTION_DAYS,
};

/// One DynamoDB item.
pub type Item = HashMap<String, AttributeValue>;

/// How often a transition re-reads a send that changed between its read and its write.
const MAX_TRANSITION_ATTEMPTS: usize = 5;

/// At most this many sends of paused stores are held by one `due` call, so a long backlog is
/// worked off over a few ticks without holding up the first.
const HOLDS_PER_TICK: usize = 500;

/// Holds run this many at a time.
const HOLD_CONCURRENCY: usize = 16;

/// One shard of the due index, read a page at a time.
struct ShardPages {
    pk: String,
    items: VecDeque<Item>,
    start: Option<Item>,
    done: bool,
}

/// Orders, sends and suppressions in one table.
#[derive(Debug, Clone)]
pub struct DynamoStore {
    client: aws_sdk_dynamodb::Client,
    table: String,
}

impl DynamoStore {
    pub fn new(client: aws_sdk_dynamodb::Client, table: impl Into<String>) -> Self {
        DynamoStore {
            client,
            table: table.into(),
        }
    }

    pub fn table(&self) -> &str {
        &self.table
    }

    pub fn client(&self) -> &aws_sdk_dynamodb::Client {
        &self.client
    }

    /// The keys of a buyer's pending sends, from the sparse `pending_by_buyer` index.
    fn pending_by_buyer(&self, buyer: &str) -> QueryFluentBuilder {
        self.client
            .query()
            .table_name(&self.table)
            .index_name(GSI_PENDING_BY_BUYER)
            .key_condition_expression("#buyer = :buyer")
            .expression_attribute_names("#buyer", BUYER_PENDING)
            .expression_attribute_values(":buyer", s(pending_key(buyer)))
    }

    async fn get_item(&self, pk: String, sk: &str) -> PortResult<Option<Item>> {
        let out = self
            .client
            .get_item()
            .table_name(&self.table)
            .key(PK, s(pk))
            .key(SK, s(sk))
            .consistent_read(true)
            .send()
            .await
            .map_err(|e| sdk_error("GetItem", e))?;
        Ok(out.item)
    }

    /// Writes an order item (every attribute of `item`, the absent optional ones removed) and
    /// adds `event` to its event ids, in one `UpdateItem` on condition of `expect`.
    async fn write_order(&self, item: &Item, event: &EventId, expect: Expect) -> PortResult<Write> {
        let mut names: Vec<&str> = Vec::new();
        let mut update = self
            .client
            .update_item()
            .table_name(&self.table)
            .return_values_on_condition_check_failure(ReturnValuesOnConditionCheckFailure::AllOld);
        let mut sets = Vec::new();
        let mut attributes: Vec<(&String, &AttributeValue)> = item.iter().collect();
        attributes.sort_by(|a, b| a.0.cmp(b.0));
        for (name, value) in attributes {
            if name == PK || name == SK {
                update = update.key(name, value.clone());
                continue;
            }
            sets.push(format!("#{name} = :set_{name}"));
            names.push(name.as_str());
            update = update.expression_attribute_values(format!(":set_{name}"), value.clone());
        }
        if let Expect::Legacy(_) = expect {
            sets.push(format!("#{EVENT_MARKERS} = :set_{EVENT_MARKERS}"));
            names.push(EVENT_MARKERS);
            update = update.expression_attribute_values(
                format!(":set_{EVENT_MARKERS}"),
                AttributeValue::Bool(true),
            );
        }
        let removes: Vec<&str> = OPTIONAL_ORDER_ATTRIBUTES
            .into_iter()
            .filter(|name| !item.contains_key(*name))
            .collect();
        let mut expression = format!("SET {} ADD #{EVENTS} :event_ids", sets.join(", "));
        names.push(EVENTS);
        update = update.expression_attribute_values(
            ":event_ids",
            AttributeValue::Ss(vec![event.as_str().to_string()]),
        );
        if !removes.is_empty() {
            let list: Vec<String> = removes.iter().map(|name| format!("#{name}")).collect();
            expression.push_str(&format!(" REMOVE {}", list.join(", ")));
            names.extend(&removes);
        }
        let read_version = |v: u64| n(i64::try_from(v).unwrap_or(i64::MAX));
        let condition = match expect {
            Expect::Absent => {
                names.push(PK);
                format!("attribute_not_exists(#{PK})")
            }
            Expect::Recorded(version) => {
                names.extend([VERSION, EVENT_MARKERS]);
                update = update
                    .expression_attribute_values(":read_version", read_version(version))
                    .expression_attribute_values(":event", s(event.as_str()));
                format!(
                    "#{VERSION} = :read_version AND attribute_exists(#{EVENTS}) \
                     AND NOT contains(#{EVENTS}, :event) AND attribute_not_exists(#{EVENT_MARKERS})"
                )
            }
            Expect::Legacy(0) => {
                names.extend([PK, VERSION]);
                format!("attribute_not_exists(#{PK}) OR attribute_not_exists(#{VERSION})")
            }
            Expect::Legacy(version) => {
                names.push(VERSION);
                update = update.expression_attribute_values(":read_version", read_version(version));
                format!("#{VERSION} = :read_version")
            }
        };
        names.sort_unstable();
        names.dedup();
        for name in names {
            update = update.expression_attribute_names(format!("#{name}"), name);
        }
        let err = match update
            .update_expression(expression)
            .condition_expression(condition)
            .send()
            .await
        {
            Ok(_) => return Ok(Write::Done),
            Err(err) => err,
        };
        if let Some(UpdateItemError::ConditionalCheckFailedException(failed)) =
            err.as_service_error()
        {
            if let Some(old) = failed.item() {
                return Ok(Write::Refused(Some(old.clone())));
            }
            let (pk, sk) = (string(item, PK)?.to_string(), string(item, SK)?);
            return Ok(Write::Refused(self.get_item(pk, sk).await?));
        }
        Err(sdk_error("UpdateItem (order + event id)", err))
    }

    /// Reads a send with its stored body, the condition of the next write.
    async fn read_send(&self, key: &SendKey) -> PortResult<Option<(Send, String)>> {
        let Some(item) = self.get_item(key.pk.clone(), &key.sk).await? else {
            return Ok(None);
        };
        let raw = string(&item, BODY)?.to_string();
        Ok(Some((Send::try_from(&item)?, raw)))
    }

    /// Changes a send only if it is in `from` (any status when `None`); the twin of the
    /// embedded store's transaction. Returns the new send, or `None` when it does not exist or
    /// is in another status.
    /// The store's hourly counter items (sort keys made by `sk` from the hour) for the hours
    /// that overlap `[from, to)`, read consistently.
    async fn hourly_counters(
        &self,
        store: &StoreId,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        sk: fn(DateTime<Utc>) -> String,
        operation: &'static str,
    ) -> PortResult<Vec<Item>> {
        // The last hour that starts before `to`.
        let last = hour_start(to - Duration::nanoseconds(1));
        let query = self
            .client
            .query()
            .table_name(&self.table)
            .key_condition_expression("#pk = :pk AND #sk BETWEEN :first AND :last")
            .expression_attribute_names("#pk", PK)
            .expression_attribute_names("#sk", SK)
            .expression_attribute_values(":pk", s(counter_pk(store)))
            .expression_attribute_values(":first", s(sk(hour_start(from))))
            .expression_attribute_values(":last", s(sk(last)))
            .consistent_read(true);
        query_items(query, operation, None).await
    }

    async fn transition(
        &self,
        id: &SendId,
        from: Option<SendStatus>,
        change: impl FnMut(&mut Send),
    ) -> PortResult<Option<Send>> {
        self.transition_if(id, |s| from.is_none_or(|f| f == s.status), change)
            .await
    }

    /// Changes a send only if `accept` holds for the stored send, with a conditional write on
    /// its status and body; a concurrent change makes it re-read and decide again. The sparse
    /// index attributes follow the new status (`index_attributes`).
    async fn transition_if(
        &self,
        id: &SendId,
        accept: impl Fn(&Send) -> bool,
        mut change: impl FnMut(&mut Send),
    ) -> PortResult<Option<Send>> {
        let Some(key) = SendKey::of(id) else {
            return Ok(None);
        };
        for _ in 0..MAX_TRANSITION_ATTEMPTS {
            let Some((mut send, old_body)) = self.read_send(&key).await? else {
                return Ok(None);
            };
            let old_status = send.status;
            if !accept(&send) {
                return Ok(None);
            }
            change(&mut send);
            let body = to_json(&send)?;
            let mut set = vec!["#status = :status".to_string(), "#body = :body".to_string()];
            let mut remove = Vec::new();
            let mut request = self
                .client
                .update_item()
                .table_name(&self.table)
                .key(PK, s(&key.pk))
                .key(SK, s(&key.sk))
                .condition_expression("#status = :old_status AND #body = :old_body")
                .expression_attribute_names("#status", STATUS)
                .expression_attribute_names("#body", BODY)
                .expression_attribute_values(":status", s(send.status.as_str()))
                .expression_attribute_values(":body", s(body))
                .expression_attribute_values(":old_status", s(old_status.as_str()))
                .expression_attribute_values(":old_body", s(old_body));
            // A pending send stays where it is, due or held.
            let stays = old_status == SendStatus::Pending && send.status == SendStatus::Pending;
            for (name, value) in index_attributes(&send) {
                if stays && (name == DUE_PK || name == DUE_SK) {
                    continue;
                }
                request = request.expression_attribute_names(format!("#{name}"), name);
                match value {
                    Some(v) => {
                        set.push(format!("#{name} = :{name}"));
                        request = request.expression_attribute_values(format!(":{name}"), v);
                    }
                    None => remove.push(format!("#{name}")),
                }
            }
            let mut update = format!("SET {}", set.join(", "));
            if !remove.is_empty() {
                update.push_str(&format!(" REMOVE {}", remove.join(", ")));
            }
            match request.update_expression(update).send().await {
                Ok(_) => return Ok(Some(send)),
                Err(e) if is_condition_failure(&e) => continue,
                Err(e) => return Err(sdk_error("UpdateItem", e)),
            }
        }
        Err(PortError::Retryable(format!(
            "send {id} kept changing while being updated"
        )))
    }

    /// Adds one to the store's counter for the hour of the send (the daily cap reads these).
    async fn count_one_sent(&self, send: &Send) -> PortResult<()> {
        let hour = hour_start(send.send_at);
        self.add_one(
            counter_pk(&send.store_id),
            hour_sk(hour),
            SENT,
            hour,
            "sent counter",
        )
        .await
    }

    /// Adds one to attribute `attr` of an hourly counter item, which expires
    /// `COUNTER_TTL_DAYS` after its hour.
    async fn add_one(
        &self,
        pk: String,
        sk: String,
        attr: &str,
        hour: DateTime<Utc>,
        what: &str,
    ) -> PortResult<()> {
        self.client
            .update_item()
            .table_name(&self.table)
            .key(PK, s(pk))
            .key(SK, s(sk))
            .update_expression("ADD #n :one SET #expires = if_not_exists(#expires, :expires)")
            .expression_attribute_names("#n", attr)
            .expression_attribute_names("#expires", EXPIRES_AT)
            .expression_attribute_values(":one", n(1))
            .expression_attribute_values(
                ":expires",
                n((hour + Duration::days(COUNTER_TTL_DAYS)).timestamp()),
            )
            .send()
            .await
            .map_err(|e| sdk_error(&format!("UpdateItem ({what})"), e))?;
        Ok(())
    }

    /// Pending sends of one window group due at `now`: the 16 shards are queried in parallel
    /// and merged by due time.
    async fn due_in_group(
        &self,
        group: &str,
        now: DateTime<Utc>,
        limit: usize,
    ) -> PortResult<Vec<Send>> {
        let mut due = self
            .query_shards(|shard| due_pk(group, shard), due_bound(now), limit)
            .await?;
        sort_due(&mut due);
        due.truncate(limit);
        Ok(due)
    }

    /// The 16 shards of one partition family of the `due` index: the `limit` items whose
    /// `due_sk` sorts lowest below `bound`, across all shards, reading about `limit` items
    /// rather than `limit` from each shard. Each shard is read a page of `limit / 16` (rounded
    /// up) at a time, in parallel; a shard is read further only while its last item sorts
    /// below the `limit`-th lowest found so far, so the answer is exact.
    async fn query_shards(
        &self,
        partition: impl Fn(u64) -> String,
        bound: String,
        limit: usize,
    ) -> PortResult<Vec<Send>> {
        let per_shard =
            i32::try_from(limit.div_ceil(DUE_SHARDS as usize).max(1)).unwrap_or(i32::MAX);
        // Per shard: the sort key of the last item read, and where its next page starts.
        let mut cursors: Vec<(u64, Option<String>, Option<Item>)> =
            (0..DUE_SHARDS).map(|shard| (shard, None, None)).collect();
        let mut found: Vec<(String, Item)> = Vec::new();
        let mut first_round = true;
        loop {
            let cutoff = if found.len() >= limit {
                found.select_nth_unstable_by(limit - 1, |a, b| a.0.cmp(&b.0));
                Some(found[limit - 1].0.clone())
            } else {
                None
            };
            let wanted: Vec<(u64, Option<Item>)> = cursors
                .iter()
                .filter(|(_, last, start)| {
                    first_round
                        || (start.is_some()
                            && match (&cutoff, last) {
                                (Some(cut), Some(last)) => last < cut,
                                _ => true,
                            })
                })
                .map(|(shard, _, start)| (*shard, start.clone()))
                .collect();
            if wanted.is_empty() {
                break;
            }
            first_round = false;
            let mut pages = tokio::task::JoinSet::new();
            for (shard, start) in wanted {
                let query = self
                    .client
                    .query()
                    .table_name(&self.table)
                    .index_name(GSI_DUE)
                    .key_condition_expression("#due_pk = :due_pk AND #due_sk < :next")
                    .expression_attribute_names("#due_pk", DUE_PK)
                    .expression_attribute_names("#due_sk", DUE_SK)
                    .expression_attribute_values(":due_pk", s(partition(shard)))
                    .expression_attribute_values(":next", s(bound.clone()))
                    .limit(per_shard)
                    .set_exclusive_start_key(start);
                pages.spawn(async move {
                    let page = query
                        .send()
                        .await
                        .map_err(|e| sdk_error("Query (due)", e))?;
                    Ok::<_, PortError>((
                        shard,
                        page.items.unwrap_or_default(),
                        page.last_evaluated_key,
                    ))
                });
            }
            while let Some(joined) = pages.join_next().await {
                let (shard, items, next) = joined.map_err(|e| {
                    PortError::Retryable(format!("due-send query task failed: {e}"))
                })??;
                let cursor = &mut cursors[usize::try_from(shard).unwrap_or(0)];
                for item in items {
                    let key = string(&item, DUE_SK)?.to_string();
                    cursor.1 = Some(key.clone());
                    found.push((key, item));
                }
                cursor.2 = next;
            }
        }
        found.sort_by(|a, b| a.0.cmp(&b.0));
        found.truncate(limit);
        found.iter().map(|(_, item)| Send::try_from(item)).collect()
    }

    /// Due sends of one window group while a pause is in force: the 16 shards are read a page
    /// at a time and merged in due order until `limit` sends of other stores are found, the
    /// range ends, or `HOLDS_PER_TICK` sends of paused stores were met. The paused stores' sends
    /// met on the way come back apart, as stored, for `hold`.
    async fn due_past_pauses(
        &self,
        group: &str,
        now: DateTime<Utc>,
        limit: usize,
        paused: &[StoreId],
    ) -> PortResult<(Vec<Send>, Vec<Item>)> {
        let page = i32::try_from(limit.div_ceil(DUE_SHARDS as usize).clamp(8, 1000)).unwrap_or(8);
        let bound = due_bound(now);
        let mut shards: Vec<ShardPages> = (0..DUE_SHARDS)
            .map(|shard| ShardPages {
                pk: due_pk(group, shard),
                items: VecDeque::new(),
                start: None,
                done: false,
            })
            .collect();
        let (mut due, mut met) = (Vec::new(), Vec::new());
        while due.len() < limit && met.len() < HOLDS_PER_TICK {
            let empty: Vec<usize> = (0..shards.len())
                .filter(|&i| shards[i].items.is_empty() && !shards[i].done)
                .collect();
            if !empty.is_empty() {
                // A shard's next item may sort first, so every open shard needs one at hand.
                let mut reads = tokio::task::JoinSet::new();
                for i in empty {
                    let query = self
                        .client
                        .query()
                        .table_name(&self.table)
                        .index_name(GSI_DUE)
                        .key_condition_expression("#due_pk = :due_pk AND #due_sk < :next")
                        .expression_attribute_names("#due_pk", DUE_PK)
                        .expression_attribute_names("#due_sk", DUE_SK)
                        .expression_attribute_values(":due_pk", s(&shards[i].pk))
                        .expression_attribute_values(":next", s(&bound))
                        .limit(page)
                        .set_exclusive_start_key(shards[i].start.take());
                    reads.spawn(async move { (i, query.send().await) });
                }
                while let Some(joined) = reads.join_next().await {
                    let (i, result) = joined.map_err(|e| {
                        PortError::Retryable(format!("due-send query task failed: {e}"))
                    })?;
                    let out = result.map_err(|e| sdk_error("Query (due)", e))?;
                    let shard = &mut shards[i];
                    shard.items.extend(out.items.unwrap_or_default());
                    shard.start = out.last_evaluated_key;
                    shard.done = shard.start.is_none();
                }
                continue;
            }
            let next = (0..shards.len())
                .filter_map(|i| shards[i].items.front().map(|item| (sort_key(item), i)))
                .min()
                .map(|(_, i)| i);
            let Some(item) = next.and_then(|i| shards[i].items.pop_front()) else {
                break;
            };
            let send = Send::try_from(&item)?;
            if paused.contains(&send.store_id) {
                met.push(item);
            } else {
                due.push(send);
            }
        }
        Ok((due, met))
    }

    /// Moves due sends of paused stores (as the due index listed them) to their stores' held
    /// lists, a few at a time; returns how many moved.
    async fn hold(&self, items: Vec<Item>) -> PortResult<usize> {
        let mut held = 0;
        for chunk in items.chunks(HOLD_CONCURRENCY) {
            let mut holds = tokio::task::JoinSet::new();
            for item in chunk {
                let (store, item) = (self.clone(), item.clone());
                holds.spawn(async move { store.hold_one(&item).await });
            }
            while let Some(joined) = holds.join_next().await {
                let moved = joined
                    .map_err(|e| PortError::Retryable(format!("hold task failed: {e}")))??;
                held += usize::from(moved);
            }
        }
        Ok(held)
    }

    /// One send out of the due index into its store's held list, in one transaction that
    /// checks the store's pause is still in force (so no send is held after a resume lifted it)
    /// and that the send is unchanged since the index listed it. `false` when either moved on.
    async fn hold_one(&self, listed: &Item) -> PortResult<bool> {
        let send = Send::try_from(listed)?;
        let key = SendKey::of(&send.id)
            .ok_or_else(|| PortError::Permanent(format!("malformed send id `{}`", send.id)))?;
        let (body, from, sk) = (
            string(listed, BODY)?,
            string(listed, DUE_PK)?,
            string(listed, DUE_SK)?,
        );
        let pause = ConditionCheck::builder()
            .table_name(&self.table)
            .key(PK, s(PK_PAUSES))
            .key(SK, s(send.store_id.as_str()))
            .condition_expression("#active = :true")
            .expression_attribute_names("#active", ACTIVE)
            .expression_attribute_values(":true", AttributeValue::Bool(true))
            .build()
            .map_err(|e| PortError::Permanent(format!("cannot build pause check: {e}")))?;
        let out_of_due = Update::builder()
            .table_name(&self.table)
            .key(PK, s(&key.pk))
            .key(SK, s(&key.sk))
            .update_expression("REMOVE #due_pk, #due_sk")
            .condition_expression("#status = :pending AND #body = :body AND #due_pk = :from")
            .expression_attribute_names("#due_pk", DUE_PK)
            .expression_attribute_names("#due_sk", DUE_SK)
            .expression_attribute_names("#status", STATUS)
            .expression_attribute_names("#body", BODY)
            .expression_attribute_values(":pending", s(SendStatus::Pending.as_str()))
            .expression_attribute_values(":body", s(body))
            .expression_attribute_values(":from", s(from))
            .build()
            .map_err(|e| PortError::Permanent(format!("cannot build hold update: {e}")))?;
        let entry = Update::builder()
            .table_name(&self.table)
            .key(PK, s(held_pk(&send.store_id)))
            .key(SK, s(sk))
            .update_expression("SET #send_id = :id, #body = :body, #expires = :expires")
            .expression_attribute_names("#send_id", SEND_ID)
            .expression_attribute_names("#body", BODY)
            .expression_attribute_names("#expires", EXPIRES_AT)
            .expression_attribute_values(":id", s(send.id.as_str()))
            .expression_attribute_values(":body", s(body))
            .expression_attribute_values(":expires", epoch(send.expires_at))
            .build()
            .map_err(|e| PortError::Permanent(format!("cannot build held entry: {e}")))?;
        let result = self
            .client
            .transact_write_items()
            .transact_items(TransactWriteItem::builder().condition_check(pause).build())
            .transact_items(TransactWriteItem::builder().update(out_of_due).build())
            .transact_items(TransactWriteItem::builder().update(entry).build())
            .send()
            .await;
        match result {
            Ok(_) => Ok(true),
            // Resumed, changed, or contended: the next tick decides again.
            Err(e) if !cancellation_codes(&e).is_empty() => Ok(false),
            Err(e) => Err(sdk_error("TransactWriteItems (hold)", e)),
        }
    }

    /// Every pending send due at `now`, by scanning the due index. For admin and local use
    /// only: it reads the whole index. The dispatcher always passes a window group.
    async fn due_anywhere(&self, now: DateTime<Utc>, limit: usize) -> PortResult<Vec<Send>> {
        let mut due = self.scan_index(DUE_PREFIX, due_bound(now)).await?;
        sort_due(&mut due);
        due.truncate(limit);
        Ok(due)
    }

    /// Every item of one partition family (`DUE#` or `CLAIMED#`) of the `due` index whose
    /// `due_sk` sorts below `bound`, by scanning the index (admin and local use).
    async fn scan_index(&self, prefix: &str, bound: String) -> PortResult<Vec<Send>> {
        let mut due = Vec::new();
        let mut start = None;
        loop {
            let page = self
                .client
                .scan()
                .table_name(&self.table)
                .index_name(GSI_DUE)
                .filter_expression("begins_with(#due_pk, :prefix) AND #due_sk < :next")
                .expression_attribute_names("#due_pk", DUE_PK)
                .expression_attribute_names("#due_sk", DUE_SK)
                .expression_attribute_values(":prefix", s(prefix))
                .expression_attribute_values(":next", s(bound.clone()))
                .set_exclusive_start_key(start)
                .send()
                .await
                .map_err(|e| sdk_error("Scan (due)", e))?;
            for item in page.items() {
                due.push(Send::try_from(item)?);
            }
            start = page.last_evaluated_key;
            if start.is_none() {
                break;
            }
        }
        Ok(due)
    }
}

/// Runs a query to the end (or until `limit` items), following `LastEvaluatedKey`.
async fn query_items(
    query: QueryFluentBuilder,
    operation: &'static str,
    limit: Option<usize>,
) -> PortResult<Vec<Item>> {
    let mut items = Vec::new();
    let mut start = None;
    loop {
        let page = query
            .clone()
            .set_exclusive_start_key(start)
            .send()
            .await
            .map_err(|e| sdk_error(operation, e))?;
        items.extend(page.items().iter().cloned());
        start = page.last_evaluated_key;
        if start.is_none() || limit.is_some_and(|l| items.len() >= l) {
            return Ok(items);
        }
    }
}

/// Oldest first, ties by id: the order of the `due_sk` sort key and of the embedded store.
fn sort_due(sends: &mut [Send]) {
    sends.sort_by(|a, b| (a.send_at, &a.id).cmp(&(b.send_at, &b.id)));
}

// --- keys and conversions -----------------------------------------------------------------

fn s(v: impl Into<String>) -> AttributeValue {
    AttributeValue::S(v.into())
}

fn n(v: i64) -> AttributeValue {
    AttributeValue::N(v.to_string())
}

fn order_pk(store: &str, order: &str) -> String {
    format!("ORDER#{store}#{order}")
}

fn event_pk(store: &StoreId, event: &EventId) -> String {
    format!("EVENT#{store}#{event}")
}

fn buyer_pk(store: &StoreId, buyer: &str) -> String {
    format!("BUYER#{store}#{}", buyer_digest(buyer))
}

fn pending_key(buyer: &str) -> String {
    format!("PENDING#{}", buyer_digest(buyer))
}

fn suppress_pk(buyer: &str) -> String {
    format!("SUPPRESS#{}", buyer_digest(buyer))
}

fn buyer_day_pk(buyer: &str) -> String {
    format!("BUYERDAY#{}", buyer_digest(buyer))
}

fn buyer_day_sk(day: NaiveDate) -> String {
    format!("DAY#{}", day.format("%Y-%m-%d"))
}

/// Buyer-day items keep three days: long enough for any buyer-local day.
const BUYER_DAY_TTL_DAYS: i64 = 3;

/// How many of a counter item's allowance are taken (daily cap, sending rate).
const TAKEN: &str = "taken";

fn daily_slot_sk(day: NaiveDate) -> String {
    format!("DAY#{}", day.format("%Y-%m-%d"))
}

const RATE_PK: &str = "RATE#ses";

fn rate_sk(second: i64) -> String {
    format!("SECOND#{second}")
}

fn counter_pk(store: &StoreId) -> String {
    format!("COUNT#{store}")
}

fn hour_sk(hour: DateTime<Utc>) -> String {
    format!("HOUR#{}", hour.format("%Y-%m-%dT%H"))
}

fn hour_start(t: DateTime<Utc>) -> DateTime<Utc> {
    t.duration_trunc(Duration::hours(1)).unwrap_or(t)
}

const DUE_PREFIX: &str = "DUE#";
const HELD_PREFIX: &str = "HELD#";

/// The partition of a store's held list (table, not index: read consistently).
fn held_pk(store: &StoreId) -> String {
    format!("{HELD_PREFIX}{store}")
}

/// Sort key of a held entry: the send's due sort key, so the list pages in due order.
fn held_sk(send_at: DateTime<Utc>, id: &SendId) -> String {
    format!("{:010}#{id}", send_at.timestamp().max(0))
}

/// The due index's sort key of a listed item (merges shards in due order).
fn sort_key(item: &Item) -> &str {
    match item.get(DUE_SK) {
        Some(AttributeValue::S(v)) => v,
        _ => "",
    }
}
const CLAIMED_PREFIX: &str = "CLAIMED#";

/// The due-index partition of one shard of a window group.
pub fn due_pk(group: &str, shard: u64) -> String {
    format!("{DUE_PREFIX}{group}#{shard:02}")
}

/// The partition of one shard of a window group's claimed sends (same index, own prefix).
pub fn claimed_pk(group: &str, shard: u64) -> String {
    format!("{CLAIMED_PREFIX}{group}#{shard:02}")
}

/// Sort key of a claimed send: its claim time, so stale claims sort first.
fn claimed_sk(send: &Send) -> String {
    format!("{:010}#{}", send.updated_at.timestamp().max(0), send.id)
}

/// Every claimed sort key of a claim made before `t` sorts below this.
fn claimed_bound(t: DateTime<Utc>) -> String {
    format!("{:010}", t.timestamp().max(0))
}

/// The sparse index attributes a send carries in its status (`None`: absent): pending sends
/// are due and findable by buyer, claimed sends are findable by claim time, others neither.
fn index_attributes(send: &Send) -> [(&'static str, Option<AttributeValue>); 3] {
    let shard = due_shard(&send.id);
    match send.status {
        SendStatus::Pending => [
            (DUE_PK, Some(s(due_pk(&send.window_group, shard)))),
            (DUE_SK, Some(s(due_sk(send)))),
            (
                BUYER_PENDING,
                send.buyer_key.as_deref().map(|b| s(pending_key(b))),
            ),
        ],
        SendStatus::Claimed => [
            (DUE_PK, Some(s(claimed_pk(&send.window_group, shard)))),
            (DUE_SK, Some(s(claimed_sk(send)))),
            (BUYER_PENDING, None),
        ],
        _ => [(DUE_PK, None), (DUE_SK, None), (BUYER_PENDING, None)],
    }
}

/// The due-index shard of a send: stable across builds, so a send never moves.
pub fn due_shard(id: &SendId) -> u64 {
    crate::window::stable_hash(id.as_str()) % DUE_SHARDS
}

fn due_sk(send: &Send) -> String {
    held_sk(send.send_at, &send.id)
}

/// Every `due_sk` of a send due at or before `now` sorts below this (the next second).
fn due_bound(now: DateTime<Utc>) -> String {
    format!("{:010}", now.timestamp().max(0) + 1)
}

/// Where a send lives: beside its order.
struct SendKey {
    pk: String,
    sk: String,
}

impl SendKey {
    /// Store and order ids never contain `/`, so the id splits back into its parts.
    fn of(id: &SendId) -> Option<SendKey> {
        let mut parts = id.as_str().splitn(3, '/');
        let (store, order, campaign) = (parts.next()?, parts.next()?, parts.next()?);
        Some(SendKey {
            pk: order_pk(store, order),
            sk: format!("{SEND_PREFIX}{campaign}"),
        })
    }
}

fn to_json<T: serde::Serialize>(value: &T) -> PortResult<String> {
    serde_json::to_string(value)
        .map_err(|e| PortError::Permanent(format!("cannot serialise record: {e}")))
}

fn string<'a>(item: &'a Item, name: &str) -> PortResult<&'a str> {
    match item.get(name) {
        Some(AttributeValue::S(v)) => Ok(v),
        _ => Err(corrupt(item, &format!("no string attribute `{name}`"))),
    }
}

fn number(item: &Item, name: &str) -> PortResult<i64> {
    match item.get(name) {
        Some(AttributeValue::N(v)) => v
            .parse()
            .map_err(|_| corrupt(item, &format!("`{name}` is not an integer: {v}"))),
        _ => Err(corrupt(item, &format!("no number attribute `{name}`"))),
    }
}

fn corrupt(item: &Item, problem: &str) -> PortError {
    let key = |name: &str| match item.get(name) {
        Some(AttributeValue::S(v)) => v.as_str(),
        _ => "?",
    };
    PortError::Permanent(format!("DynamoDB item {}/{}: {problem}", key(PK), key(SK)))
}

fn body<T: DeserializeOwned>(item: &Item) -> PortResult<T> {
    serde_json::from_str(string(item, BODY)?)
        .map_err(|e| corrupt(item, &format!("unreadable `{BODY}`: {e}")))
}

fn epoch(t: DateTime<Utc>) -> AttributeValue {
    n(t.timestamp())
}

fn from_epoch(secs: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(secs, 0).single().unwrap_or_default()
}

/// Buyer data expires `RETENTION_DAYS` after the later of placement and the last event (the
/// embedded store's rule).
fn order_expiry(order: &Order) -> DateTime<Utc> {
    let keep = Duration::days(RETENTION_DAYS);
    (order.placed_at().unwrap_or(order.last_event_at) + keep).max(order.last_event_at + keep)
}

fn order_item(order: &Order) -> PortResult<Item> {
    let mut item = Item::from([
        (
            PK.to_string(),
            s(order_pk(order.store_id.as_str(), order.order_id.as_str())),
        ),
        (SK.to_string(), s(SK_ORDER)),
        (BODY.to_string(), s(to_json(order)?)),
        (
            VERSION.to_string(),
            n(i64::try_from(order.version).unwrap_or(i64::MAX)),
        ),
        (ORDER_ID.to_string(), s(order.order_id.as_str())),
        (STORE_ID.to_string(), s(order.store_id.as_str())),
        (EXPIRES_AT.to_string(), epoch(order_expiry(order))),
    ]);
    if let Some(email) = &order.buyer.email {
        item.insert(
            BUYER_PK.to_string(),
            s(buyer_pk(&order.store_id, email.as_str())),
        );
    }
    if let Some(placed) = order.placed_at() {
        item.insert(PLACED_AT.to_string(), epoch(placed));
    }
    Ok(item)
}

/// What a write of an order item expects to find under its key.
#[derive(Debug, Clone, Copy)]
enum Expect {
    /// No item: a new order.
    Absent,
    /// The order at this version, with its event ids recorded in it (`EVENTS`), none of them
    /// this event's, and no marker items to consult (`EVENT_MARKERS` absent).
    Recorded(u64),
    /// An order whose earlier event ids may be marker items, at this version (0: no item, or
    /// one written before versions), after its marker for this event was found absent. The
    /// write flags it (`EVENT_MARKERS`), so every later write checks markers too.
    Legacy(u64),
}

/// What became of a write of an order item.
#[derive(Debug)]
enum Write {
    Done,
    /// The condition failed and nothing was written. The item the condition saw (returned
    /// with the refusal, or read consistently when the reply carries none); `None`: no item.
    Refused(Option<Item>),
}

/// The event ids recorded in an order item (`None`: an item written before they were).
fn recorded_events(item: &Item) -> Option<&[String]> {
    item.get(EVENTS)
        .and_then(|v| v.as_ss().ok())
        .map(Vec::as_slice)
}

/// The version of a stored order item (0 for one written before versions).
fn stored_version(item: &Item) -> PortResult<u64> {
    match item.get(VERSION) {
        None => Ok(0),
        Some(_) => u64::try_from(number(item, VERSION)?)
            .map_err(|_| corrupt(item, &format!("negative `{VERSION}`"))),
    }
}

/// The attributes an order item may lack (`order_item` leaves them out): an update removes
/// them, so it leaves nothing stale behind.
const OPTIONAL_ORDER_ATTRIBUTES: [&str; 2] = [BUYER_PK, PLACED_AT];

impl TryFrom<&Item> for Order {
    type Error = PortError;
    fn try_from(item: &Item) -> PortResult<Order> {
        body(item)
    }
}

fn send_item(send: &Send) -> PortResult<Item> {
    let key = SendKey::of(&send.id)
        .ok_or_else(|| PortError::Permanent(format!("malformed send id `{}`", send.id)))?;
    let mut item = Item::from([
        (PK.to_string(), s(key.pk)),
        (SK.to_string(), s(key.sk)),
        (BODY.to_string(), s(to_json(send)?)),
        (STATUS.to_string(), s(send.status.as_str())),
        (SEND_ID.to_string(), s(send.id.as_str())),
        (EXPIRES_AT.to_string(), epoch(send.expires_at)),
    ]);
    for (name, value) in index_attributes(send) {
        if let Some(v) = value {
            item.insert(name.to_string(), v);
        }
    }
    Ok(item)
}

impl TryFrom<&Item> for Send {
    type Error = PortError;
    fn try_from(item: &Item) -> PortResult<Send> {
        body(item)
    }
}

fn suppression_item(sup: &Suppression) -> Item {
    let mut item = Item::from([
        (PK.to_string(), s(suppress_pk(&sup.buyer))),
        (SK.to_string(), s(SK_SUPPRESS)),
        (CAUSE.to_string(), s(sup.cause.as_str())),
        (AT.to_string(), epoch(sup.at)),
    ]);
    if let Some(store) = &sup.store {
        item.insert(STORE_ID.to_string(), s(store.as_str()));
    }
    item
}

fn suppression_from(item: &Item, buyer: &str) -> PortResult<Suppression> {
    let cause = string(item, CAUSE)?;
    let cause = [
        SuppressionCause::Bounce,
        SuppressionCause::Complaint,
        SuppressionCause::AmazonOptOut,
        SuppressionCause::Blacklist,
    ]
    .into_iter()
    .find(|c| c.as_str() == cause)
    .ok_or_else(|| corrupt(item, &format!("unknown suppression cause `{cause}`")))?;
    let store = match item.get(STORE_ID) {
        Some(AttributeValue::S(v)) => {
            Some(StoreId::parse(v).map_err(|e| corrupt(item, &format!("`{STORE_ID}`: {e}")))?)
        }
        _ => None,
    };
    Ok(Suppression {
        buyer: buyer.trim().to_ascii_lowercase(),
        cause,
        store,
        at: from_epoch(number(item, AT)?),
    })
}

pub(super) fn is_condition_failure<E>(err: &SdkError<E>) -> bool
where
    E: aws_sdk_dynamodb::error::ProvideErrorMetadata,
{
    err.as_service_error()
        .and_then(|e| e.code())
        .is_some_and(|code| code == "ConditionalCheckFailedException")
}

/// Why a transaction was cancelled, item by item (`None` for items that were fine).
fn cancellation_codes(err: &SdkError<TransactWriteItemsError>) -> Vec<&str> {
    match err.as_service_error() {
        Some(TransactWriteItemsError::TransactionCanceledException(e)) => e
            .cancellation_reasons()
            .iter()
            .map(|r| r.code().unwrap_or("None"))
            .collect(),
        _ => Vec::new(),
    }
}

// --- ports --------------------------------------------------------------------------------

#[async_trait]
impl OrderStore for DynamoStore {
    async fn get_order(&self, store: &StoreId, order: &OrderId) -> PortResult<Option<Order>> {
        self.get_item(order_pk(store.as_str(), order.as_str()), SK_ORDER)
            .await?
            .as_ref()
            .map(Order::try_from)
            .transpose()
    }

    async fn save_order(&self, order: &Order, event: &EventId) -> PortResult<Saved> {
        let mut next = order.clone();
        next.version = order.version + 1;
        let item = order_item(&next)?;
        let expect = if order.version == 0 {
            Expect::Absent
        } else {
            Expect::Recorded(order.version)
        };
        // Refused: nothing was written, and the item as the condition saw it tells why.
        let Write::Refused(old) = self.write_order(&item, event, expect).await? else {
            return Ok(Saved::Stored);
        };
        let Some(old) = old else {
            // No item: an order read at a version has gone since (expired). A fresh read
            // starts it anew.
            return Ok(Saved::Conflict);
        };
        let recorded = recorded_events(&old);
        if recorded.is_some_and(|ids| ids.iter().any(|id| id == event.as_str())) {
            return Ok(Saved::DuplicateEvent);
        }
        let legacy = recorded.is_none() || old.contains_key(EVENT_MARKERS);
        if !legacy {
            return Ok(Saved::Conflict);
        }
        // An order stored before event ids moved into it: its earlier ids are marker items.
        if self
            .get_item(event_pk(&order.store_id, event), SK_EVENT)
            .await?
            .is_some()
        {
            return Ok(Saved::DuplicateEvent);
        }
        if stored_version(&old)? != order.version {
            return Ok(Saved::Conflict);
        }
        Ok(
            match self
                .write_order(&item, event, Expect::Legacy(order.version))
                .await?
            {
                Write::Done => Saved::Stored,
                Write::Refused(_) => Saved::Conflict,
            },
        )
    }

    async fn find_orders(&self, order: &OrderId) -> PortResult<Vec<Order>> {
        // The index holds keys only (opt-out notices are rare, order writes are not): the
        // orders themselves are read from the table.
        let query = self
            .client
            .query()
            .table_name(&self.table)
            .index_name(GSI_BY_ORDER)
            .key_condition_expression("#order_id = :order_id")
            .expression_attribute_names("#order_id", ORDER_ID)
            .expression_attribute_values(":order_id", s(order.as_str()));
        let mut orders = Vec::new();
        for key in query_items(query, "Query (by_order)", None).await? {
            let pk = string(&key, PK)?.to_string();
            if let Some(item) = self.get_item(pk, SK_ORDER).await? {
                orders.push(Order::try_from(&item)?);
            }
        }
        Ok(orders)
    }

    async fn prior_orders(
        &self,
        store: &StoreId,
        buyer: &BuyerEmail,
        before: DateTime<Utc>,
    ) -> PortResult<u32> {
        let mut count: i64 = 0;
        let mut start = None;
        loop {
            let page = self
                .client
                .query()
                .table_name(&self.table)
                .index_name(GSI_BY_BUYER)
                .key_condition_expression("#buyer = :buyer AND #placed < :before")
                .expression_attribute_names("#buyer", BUYER_PK)
                .expression_attribute_names("#placed", PLACED_AT)
                .expression_attribute_values(":buyer", s(buyer_pk(store, buyer.as_str())))
                .expression_attribute_values(":before", epoch(before))
                .select(Select::Count)
                .set_exclusive_start_key(start)
                .send()
                .await
                .map_err(|e| sdk_error("Query (by_buyer)", e))?;
            count += i64::from(page.count());
            start = page.last_evaluated_key;
            if start.is_none() {
                return Ok(u32::try_from(count).unwrap_or(u32::MAX));
            }
        }
    }
}

#[async_trait]
impl SendStore for DynamoStore {
    async fn insert_new(&self, sends: &[Send]) -> PortResult<usize> {
        let mut inserted = 0;
        for send in sends {
            let result = self
                .client
                .put_item()
                .table_name(&self.table)
                .set_item(Some(send_item(send)?))
                .condition_expression("attribute_not_exists(#pk)")
                .expression_attribute_names("#pk", PK)
                .send()
                .await;
            match result {
                Ok(_) => inserted += 1,
                Err(e) if is_condition_failure(&e) => {}
                Err(e) => return Err(sdk_error("PutItem (send)", e)),
            }
        }
        Ok(inserted)
    }

    async fn get_send(&self, id: &SendId) -> PortResult<Option<Send>> {
        let Some(key) = SendKey::of(id) else {
            return Ok(None);
        };
        Ok(self.read_send(&key).await?.map(|(send, _)| send))
    }

    async fn sends_for_order(&self, store: &StoreId, order: &OrderId) -> PortResult<Vec<Send>> {
        let query = self
            .client
            .query()
            .table_name(&self.table)
            .key_condition_expression("#pk = :pk AND begins_with(#sk, :send)")
            .expression_attribute_names("#pk", PK)
            .expression_attribute_names("#sk", SK)
            .expression_attribute_values(":pk", s(order_pk(store.as_str(), order.as_str())))
            .expression_attribute_values(":send", s(SEND_PREFIX))
            .consistent_read(true);
        let mut sends = query_items(query, "Query (sends of order)", None)
            .await?
            .iter()
            .map(Send::try_from)
            .collect::<PortResult<Vec<Send>>>()?;
        sends.sort_by_key(|s| s.send_at);
        Ok(sends)
    }

    async fn due(
        &self,
        group: Option<&str>,
        now: DateTime<Utc>,
        limit: usize,
    ) -> PortResult<Vec<Send>> {
        if limit == 0 {
            return Ok(Vec::new());
        }
        // Sends of paused stores stay pending but are not due.
        let paused: Vec<StoreId> = self
            .paused()
            .await?
            .into_iter()
            .map(|p| p.store_id)
            .collect();
        match group {
            Some(group) if paused.is_empty() => self.due_in_group(group, now, limit).await,
            Some(group) => {
                let (due, met) = self.due_past_pauses(group, now, limit, &paused).await?;
                self.hold(met).await?;
                Ok(due)
            }
            None if paused.is_empty() => self.due_anywhere(now, limit).await,
            None => {
                // The admin scan reads the whole index anyway; it only leaves paused stores out.
                let mut due = self.due_anywhere(now, usize::MAX).await?;
                due.retain(|s| !paused.contains(&s.store_id));
                due.truncate(limit);
                Ok(due)
            }
        }
    }

    async fn claim(&self, id: &SendId, now: DateTime<Utc>) -> PortResult<Claim> {
        let claimed = self
            .transition_if(
                id,
                |s| s.is_due(now),
                |s| {
                    s.status = SendStatus::Claimed;
                    s.updated_at = now;
                },
            )
            .await?;
        Ok(match claimed {
            Some(send) => Claim::Claimed(Box::new(send)),
            None => Claim::AlreadyHandled,
        })
    }

    async fn mark(&self, id: &SendId, outcome: &Outcome, now: DateTime<Utc>) -> PortResult<()> {
        let done = self
            .transition(id, Some(SendStatus::Claimed), |s| s.record(outcome, now))
            .await?;
        match done {
            Some(send) if send.status == SendStatus::Sent => self.count_one_sent(&send).await,
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
        let done = self
            .transition(id, Some(SendStatus::Claimed), |s| {
                s.status = SendStatus::Pending;
                s.send_at = retry_at;
                s.updated_at = now;
            })
            .await?;
        Ok(done.is_some())
    }

    async fn stale_claims(
        &self,
        group: Option<&str>,
        claimed_before: DateTime<Utc>,
        limit: usize,
    ) -> PortResult<Vec<Send>> {
        if limit == 0 {
            return Ok(Vec::new());
        }
        let bound = claimed_bound(claimed_before);
        let candidates = match group {
            Some(group) => {
                self.query_shards(|shard| claimed_pk(group, shard), bound, limit)
                    .await?
            }
            None => self.scan_index(CLAIMED_PREFIX, bound).await?,
        };
        // The index is eventually consistent: keep what the bodies say is still a stale claim
        // (`expire_claim` checks again with a conditional write).
        Ok(oldest_stale_claims(candidates, claimed_before, limit))
    }

    async fn expire_claim(
        &self,
        id: &SendId,
        claimed_before: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> PortResult<bool> {
        let done = self
            .transition_if(
                id,
                |s| s.is_stale_claim(claimed_before),
                |s| s.expire_claim(now),
            )
            .await?;
        Ok(done.is_some())
    }

    async fn cancel(&self, id: &SendId, reason: Reason, now: DateTime<Utc>) -> PortResult<bool> {
        let done = self
            .transition(id, Some(SendStatus::Pending), |s| {
                s.status = SendStatus::Cancelled;
                s.reason = Some(reason);
                s.updated_at = now;
            })
            .await?;
        Ok(done.is_some())
    }

    async fn cancel_for_buyer(
        &self,
        buyer: &str,
        reason: Reason,
        now: DateTime<Utc>,
    ) -> PortResult<usize> {
        let query = self.pending_by_buyer(buyer);
        let keys = query_items(query, "Query (pending_by_buyer)", None).await?;
        let mut cancelled = 0;
        for key in &keys {
            // The index is eventually consistent: `cancel` re-checks that the send is pending.
            let id = SendId::from_stored(string(key, SEND_ID)?);
            if self.cancel(&id, reason, now).await? {
                cancelled += 1;
            }
        }
        Ok(cancelled)
    }

    async fn mark_bounced(&self, id: &SendId, now: DateTime<Utc>) -> PortResult<()> {
        self.transition(id, None, |s| {
            s.bounced = true;
            s.updated_at = now;
        })
        .await?;
        Ok(())
    }

    async fn confirm_sent(
        &self,
        id: &SendId,
        message_id: &str,
        now: DateTime<Utc>,
    ) -> PortResult<bool> {
        let done = self
            .transition(id, Some(SendStatus::Claimed), |s| {
                s.status = SendStatus::Sent;
                s.message_id = Some(message_id.to_string());
                s.updated_at = now;
            })
            .await?;
        match done {
            Some(send) => {
                self.count_one_sent(&send).await?;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    async fn count_sent(
        &self,
        store: &StoreId,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> PortResult<u32> {
        if to <= from {
            return Ok(0);
        }
        let mut total: i64 = 0;
        for item in self
            .hourly_counters(store, from, to, hour_sk, "Query (sent counters)")
            .await?
        {
            total += number(&item, SENT)?;
        }
        Ok(u32::try_from(total.max(0)).unwrap_or(u32::MAX))
    }

    async fn reserve_buyer_day(
        &self,
        buyer: &str,
        day: NaiveDate,
        send: &SendId,
        now: DateTime<Utc>,
    ) -> PortResult<bool> {
        let result = self
            .client
            .put_item()
            .table_name(&self.table)
            .item(PK, s(buyer_day_pk(buyer)))
            .item(SK, s(buyer_day_sk(day)))
            .item(SEND_ID, s(send.as_str()))
            .item(EXPIRES_AT, epoch(now + Duration::days(BUYER_DAY_TTL_DAYS)))
            .condition_expression("attribute_not_exists(#pk) OR #send_id = :id")
            .expression_attribute_names("#pk", PK)
            .expression_attribute_names("#send_id", SEND_ID)
            .expression_attribute_values(":id", s(send.as_str()))
            .send()
            .await;
        match result {
            Ok(_) => Ok(true),
            Err(e) if is_condition_failure(&e) => Ok(false),
            Err(e) => Err(sdk_error("PutItem (buyer day)", e)),
        }
    }

    async fn take_daily_slot(
        &self,
        store: &StoreId,
        day: NaiveDate,
        cap: u32,
        now: DateTime<Utc>,
    ) -> PortResult<bool> {
        if cap == 0 {
            return Ok(false);
        }
        let result = self
            .add_taken(
                counter_pk(store),
                daily_slot_sk(day),
                1,
                Some(i64::from(cap) - 1),
                now + Duration::days(COUNTER_TTL_DAYS),
            )
            .await;
        match result {
            Ok(()) => Ok(true),
            Err(e) if is_condition_failure(&e) => Ok(false),
            Err(e) => Err(sdk_error("UpdateItem (daily cap)", e)),
        }
    }

    async fn return_daily_slot(&self, store: &StoreId, day: NaiveDate) -> PortResult<()> {
        let result = self
            .client
            .update_item()
            .table_name(&self.table)
            .key(PK, s(counter_pk(store)))
            .key(SK, s(daily_slot_sk(day)))
            .update_expression("ADD #taken :minus_one")
            .condition_expression("#taken > :zero")
            .expression_attribute_names("#taken", TAKEN)
            .expression_attribute_values(":minus_one", n(-1))
            .expression_attribute_values(":zero", n(0))
            .send()
            .await;
        match result {
            Ok(_) => Ok(()),
            Err(e) if is_condition_failure(&e) => Ok(()),
            Err(e) => Err(sdk_error("UpdateItem (daily cap)", e)),
        }
    }
}

impl DynamoStore {
    /// Adds `amount` to a counter item's `taken`, on condition that it was at most `at_most`
    /// before (absent counts as 0); the item expires at `expires`.
    async fn add_taken(
        &self,
        pk: String,
        sk: String,
        amount: i64,
        at_most: Option<i64>,
        expires: DateTime<Utc>,
    ) -> Result<(), SdkError<aws_sdk_dynamodb::operation::update_item::UpdateItemError>> {
        let mut request = self
            .client
            .update_item()
            .table_name(&self.table)
            .key(PK, s(pk))
            .key(SK, s(sk))
            .update_expression(
                "ADD #taken :amount SET #expires = if_not_exists(#expires, :expires)",
            )
            .expression_attribute_names("#taken", TAKEN)
            .expression_attribute_names("#expires", EXPIRES_AT)
            .expression_attribute_values(":amount", n(amount))
            .expression_attribute_values(":expires", epoch(expires));
        if let Some(limit) = at_most {
            request = request
                .condition_expression("attribute_not_exists(#taken) OR #taken <= :at_most")
                .expression_attribute_values(":at_most", n(limit));
        }
        request.send().await.map(|_| ())
    }
}

impl DynamoStore {
    /// Takes up to `want` of the `per_second` emails of the UTC second `second` (Unix time)
    /// from the account's sending-rate counter (one item per second, shared by every run);
    /// returns how many were granted, 0 when that second is used up.
    pub async fn take_rate(&self, second: i64, per_second: u32, want: u32) -> PortResult<u32> {
        let expires = Utc
            .timestamp_opt(second, 0)
            .single()
            .unwrap_or_else(Utc::now)
            + Duration::days(1);
        let mut want = want.min(per_second);
        for _ in 0..MAX_TRANSITION_ATTEMPTS {
            if want == 0 {
                return Ok(0);
            }
            let room = i64::from(per_second) - i64::from(want);
            match self
                .add_taken(
                    RATE_PK.to_string(),
                    rate_sk(second),
                    i64::from(want),
                    Some(room),
                    expires,
                )
                .await
            {
                Ok(()) => return Ok(want),
                Err(e) if is_condition_failure(&e) => {
                    // Less is left than asked for: read what is and ask for that.
                    let taken = match self.get_item(RATE_PK.to_string(), &rate_sk(second)).await? {
                        Some(item) => optional_count(&item, TAKEN)?,
                        None => 0,
                    };
                    want = u32::try_from((i64::from(per_second) - taken).max(0))
                        .unwrap_or(0)
                        .min(want);
                }
                Err(e) => return Err(sdk_error("UpdateItem (sending rate)", e)),
            }
        }
        Ok(0)
    }
}

#[async_trait]
impl Suppressions for DynamoStore {
    async fn suppression(&self, buyer: &str) -> PortResult<Option<Suppression>> {
        self.get_item(suppress_pk(buyer), SK_SUPPRESS)
            .await?
            .map(|item| suppression_from(&item, buyer))
            .transpose()
    }

    async fn suppress(&self, sup: &Suppression) -> PortResult<bool> {
        let result = self
            .client
            .put_item()
            .table_name(&self.table)
            .set_item(Some(suppression_item(sup)))
            .condition_expression("attribute_not_exists(#pk)")
            .expression_attribute_names("#pk", PK)
            .send()
            .await;
        match result {
            Ok(_) => Ok(true),
            Err(e) if is_condition_failure(&e) => Ok(false),
            Err(e) => Err(sdk_error("PutItem (suppression)", e)),
        }
    }
}

fn feedback_sk(hour: DateTime<Utc>) -> String {
    format!("{FEEDBACK_PREFIX}{}", hour.format("%Y-%m-%dT%H"))
}

fn optional_count(item: &Item, name: &str) -> PortResult<i64> {
    if item.contains_key(name) {
        number(item, name)
    } else {
        Ok(0)
    }
}

fn pause_item(pause: &Pause) -> PortResult<Item> {
    Ok(Item::from([
        (PK.to_string(), s(PK_PAUSES)),
        (SK.to_string(), s(pause.store_id.as_str())),
        (BODY.to_string(), s(to_json(pause)?)),
        (
            ACTIVE.to_string(),
            AttributeValue::Bool(pause.resumed_at.is_none()),
        ),
    ]))
}

#[async_trait]
impl BreakerStore for DynamoStore {
    async fn count_feedback(
        &self,
        store: &StoreId,
        kind: Feedback,
        at: DateTime<Utc>,
    ) -> PortResult<()> {
        let hour = hour_start(at);
        let attr = match kind {
            Feedback::Bounce => BOUNCED,
            Feedback::Complaint => COMPLAINED,
        };
        self.add_one(
            counter_pk(store),
            feedback_sk(hour),
            attr,
            hour,
            "breaker counter",
        )
        .await
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
        let (mut bounced, mut complained) = (0i64, 0i64);
        for item in self
            .hourly_counters(store, from, to, feedback_sk, "Query (breaker counters)")
            .await?
        {
            bounced += optional_count(&item, BOUNCED)?;
            complained += optional_count(&item, COMPLAINED)?;
        }
        let count = |v: i64| u32::try_from(v.max(0)).unwrap_or(u32::MAX);
        Ok(Health {
            sent,
            bounced: count(bounced),
            complained: count(complained),
        })
    }

    async fn pause(&self, pause: &Pause) -> PortResult<bool> {
        let mut active = pause.clone();
        active.resumed_at = None;
        let result = self
            .client
            .put_item()
            .table_name(&self.table)
            .set_item(Some(pause_item(&active)?))
            .condition_expression("attribute_not_exists(#pk) OR #active = :false")
            .expression_attribute_names("#pk", PK)
            .expression_attribute_names("#active", ACTIVE)
            .expression_attribute_values(":false", AttributeValue::Bool(false))
            .send()
            .await;
        match result {
            Ok(_) => Ok(true),
            Err(e) if is_condition_failure(&e) => Ok(false),
            Err(e) => Err(sdk_error("PutItem (pause)", e)),
        }
    }

    async fn last_pause(&self, store: &StoreId) -> PortResult<Option<Pause>> {
        self.get_item(PK_PAUSES.to_string(), store.as_str())
            .await?
            .map(|item| body(&item))
            .transpose()
    }

    async fn paused(&self) -> PortResult<Vec<Pause>> {
        let query = self
            .client
            .query()
            .table_name(&self.table)
            .key_condition_expression("#pk = :pk")
            .filter_expression("#active = :true")
            .expression_attribute_names("#pk", PK)
            .expression_attribute_names("#active", ACTIVE)
            .expression_attribute_values(":pk", s(PK_PAUSES))
            .expression_attribute_values(":true", AttributeValue::Bool(true))
            .consistent_read(true);
        query_items(query, "Query (pauses)", None)
            .await?
            .iter()
            .map(body)
            .collect()
    }

    async fn resume(&self, store: &StoreId, now: DateTime<Utc>) -> PortResult<Option<Pause>> {
        for _ in 0..MAX_TRANSITION_ATTEMPTS {
            let Some(item) = self.get_item(PK_PAUSES.to_string(), store.as_str()).await? else {
                return Ok(None);
            };
            let held: Pause = body(&item)?;
            if held.resumed_at.is_some() {
                return Ok(None);
            }
            let mut lifted = held.clone();
            lifted.resumed_at = Some(now);
            let result = self
                .client
                .put_item()
                .table_name(&self.table)
                .set_item(Some(pause_item(&lifted)?))
                .condition_expression("#active = :true AND #body = :old")
                .expression_attribute_names("#active", ACTIVE)
                .expression_attribute_names("#body", BODY)
                .expression_attribute_values(":true", AttributeValue::Bool(true))
                .expression_attribute_values(":old", s(string(&item, BODY)?))
                .send()
                .await;
            match result {
                Ok(_) => return Ok(Some(held)),
                Err(e) if is_condition_failure(&e) => continue,
                Err(e) => return Err(sdk_error("PutItem (resume)", e)),
            }
        }
        Err(PortError::Retryable(format!(
            "the pause of store {store} kept changing while being lifted"
        )))
    }

    async fn held_sends(
        &self,
        store: &StoreId,
        _now: DateTime<Utc>,
        after: Option<&HeldCursor>,
        limit: usize,
    ) -> PortResult<Vec<Send>> {
        let pk = held_pk(store);
        let mut start = after.map(|c| {
            Item::from([
                (PK.to_string(), s(&pk)),
                (SK.to_string(), s(held_sk(c.send_at, &c.id))),
            ])
        });
        let mut sends = Vec::new();
        while sends.len() < limit {
            // Consistent reads: a send held right before the pause was lifted is listed.
            let page = self
                .client
                .query()
                .table_name(&self.table)
                .key_condition_expression("#pk = :pk")
                .expression_attribute_names("#pk", PK)
                .expression_attribute_values(":pk", s(&pk))
                .consistent_read(true)
                .limit(i32::try_from(limit - sends.len()).unwrap_or(i32::MAX))
                .set_exclusive_start_key(start)
                .send()
                .await
                .map_err(|e| sdk_error("Query (held sends)", e))?;
            for item in page.items() {
                sends.push(body(item)?);
            }
            start = page.last_evaluated_key;
            if start.is_none() {
                break;
            }
        }
        Ok(sends)
    }

    async fn pending_for_buyer(&self, buyer: &str) -> PortResult<Vec<Send>> {
        let query = self.pending_by_buyer(buyer);
        let mut sends = Vec::new();
        for key in query_items(query, "Query (pending_by_buyer)", None).await? {
            // The index is eventually consistent: the send itself says whether it is pending.
            let id = SendId::from_stored(string(&key, SEND_ID)?);
            if let Some(send) = self.get_send(&id).await? {
                if send.status == SendStatus::Pending {
                    sends.push(send);
                }
            }
        }
        Ok(sends)
    }

    async fn reschedule(
        &self,
        held: &Send,
        send_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> PortResult<bool> {
        let Some(key) = SendKey::of(&held.id) else {
            return Ok(false);
        };
        let entry = Delete::builder()
            .table_name(&self.table)
            .key(PK, s(held_pk(&held.store_id)))
            .key(SK, s(held_sk(held.send_at, &held.id)))
            .build()
            .map_err(|e| PortError::Permanent(format!("cannot build held entry delete: {e}")))?;
        for _ in 0..MAX_TRANSITION_ATTEMPTS {
            let Some(item) = self.get_item(key.pk.clone(), &key.sk).await? else {
                return Ok(false);
            };
            let mut send: Send = body(&item)?;
            if send.status != SendStatus::Pending || item.contains_key(DUE_PK) {
                // Claimed, cancelled or re-slotted since it was held: only the entry is left.
                self.client
                    .delete_item()
                    .table_name(&self.table)
                    .key(PK, s(held_pk(&held.store_id)))
                    .key(SK, s(held_sk(held.send_at, &held.id)))
                    .send()
                    .await
                    .map_err(|e| sdk_error("DeleteItem (held entry)", e))?;
                return Ok(false);
            }
            let old_body = string(&item, BODY)?.to_string();
            send.send_at = send_at;
            send.expires_at = send.expires_at.max(Send::expiry_for(send_at));
            send.updated_at = now;
            let back = Update::builder()
                .table_name(&self.table)
                .key(PK, s(&key.pk))
                .key(SK, s(&key.sk))
                .update_expression(
                    "SET #body = :body, #due_pk = :due_pk, #due_sk = :due_sk, #expires = :expires",
                )
                .condition_expression(
                    "#status = :pending AND #body = :old_body AND attribute_not_exists(#due_pk)",
                )
                .expression_attribute_names("#body", BODY)
                .expression_attribute_names("#due_pk", DUE_PK)
                .expression_attribute_names("#due_sk", DUE_SK)
                .expression_attribute_names("#expires", EXPIRES_AT)
                .expression_attribute_names("#status", STATUS)
                .expression_attribute_values(":body", s(to_json(&send)?))
                .expression_attribute_values(
                    ":due_pk",
                    s(due_pk(&send.window_group, due_shard(&send.id))),
                )
                .expression_attribute_values(":due_sk", s(due_sk(&send)))
                .expression_attribute_values(":expires", epoch(send.expires_at))
                .expression_attribute_values(":pending", s(SendStatus::Pending.as_str()))
                .expression_attribute_values(":old_body", s(old_body))
                .build()
                .map_err(|e| PortError::Permanent(format!("cannot build re-slot: {e}")))?;
            let result = self
                .client
                .transact_write_items()
                .transact_items(TransactWriteItem::builder().update(back).build())
                .transact_items(TransactWriteItem::builder().delete(entry.clone()).build())
                .send()
                .await;
            match result {
                Ok(_) => return Ok(true),
                // Changed since it was read: read it again and decide again.
                Err(e) if !cancellation_codes(&e).is_empty() => continue,
                Err(e) => return Err(sdk_error("TransactWriteItems (re-slot)", e)),
            }
        }
        Err(PortError::Retryable(format!(
            "send {} kept changing while being re-slotted",
            held.id
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::adapters::contract::sample_send;

    fn t(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn due_sort_keys_order_by_time_and_stop_at_now() {
        let at = t("2026-11-10T19:00:00Z");
        let send = sample_send("s1", "111-1", "f", None, at);
        let key = due_sk(&send);
        assert!(key < due_bound(at), "due at `now` is included");
        assert!(
            key >= due_bound(at - Duration::seconds(1)),
            "not due a second earlier"
        );
        let later = sample_send("s1", "111-1", "f", None, at + Duration::seconds(1));
        assert!(due_sk(&later) > key);
    }

    #[test]
    fn send_ids_map_to_the_order_partition() {
        let send = sample_send("s1", "111-1", "follow-up", None, t("2026-11-10T19:00:00Z"));
        let key = SendKey::of(&send.id).unwrap();
        assert_eq!(key.pk, "ORDER#s1#111-1");
        assert_eq!(key.sk, "SEND#follow-up");
        assert!(SendKey::of(&SendId::from_stored("no-slashes")).is_none());
    }

    #[test]
    fn only_pending_sends_are_indexed_as_due() {
        let mut send = sample_send(
            "s1",
            "111-1",
            "f",
            Some("a@b.example"),
            t("2026-11-10T19:00:00Z"),
        );
        let pending = send_item(&send).unwrap();
        assert!(pending.contains_key(DUE_PK) && pending.contains_key(BUYER_PENDING));
        assert!(matches!(&pending[BUYER_PENDING], AttributeValue::S(v) if !v.contains('@')));
        send.status = SendStatus::Skipped;
        let skipped = send_item(&send).unwrap();
        assert!(!skipped.contains_key(DUE_PK) && !skipped.contains_key(BUYER_PENDING));
    }

    #[test]
    fn counters_are_hourly() {
        let at = t("2026-11-10T19:42:10Z");
        assert_eq!(hour_sk(hour_start(at)), "HOUR#2026-11-10T19");
    }
}
