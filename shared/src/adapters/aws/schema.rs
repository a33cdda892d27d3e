//! The DynamoDB table's names, keys and indexes, in one place: the adapter in `dynamo` and the
//! SAM template must agree on every name here. `create_table` builds exactly this table (for
//! tests against an emulator and for ad-hoc setups; deployments use the template).
//!
//! | index              | partition key        | sort key        | projection |
//! |--------------------|----------------------|-----------------|------------|
//! | table              | `pk` S               | `sk` S          | —          |
//! | `by_order`         | `order_id` S         | `store_id` S    | KEYS_ONLY  |
//! | `by_buyer`         | `buyer_pk` S         | `placed_at` N   | KEYS_ONLY  |
//! | `due`              | `due_pk` S           | `due_sk` S      | ALL        |
//! | `pending_by_buyer` | `buyer_pending` S    | `send_id` S     | KEYS_ONLY  |
//!
//! TTL attribute: `expires_at` (N, epoch seconds). Billing: on demand (PAY_PER_REQUEST).

use std::time::Duration;

use aws_sdk_dynamodb::client::Waiters;
use aws_sdk_dynamodb::types::{
    AttributeDefinition, BillingMode, GlobalSecondaryIndex, KeySchemaElement, KeyType, Projection,
    ProjectionType, ScalarAttributeType, TimeToLiveSpecification,
};

use super::sdk_error;
use crate::ports::{PortError, PortResult};

// --- attributes ---------------------------------------------------------------------------

/// Table partition key (S).
pub const PK: &str = "pk";
/// Table sort key (S).
pub const SK: &str = "sk";
/// TTL attribute (N, epoch seconds) on every item holding buyer data.
pub const EXPIRES_AT: &str = "expires_at";
/// The whole record as JSON (S): an `Order` or a `Send`.
pub const BODY: &str = "body";
/// Order items: the order id (S), partition key of `by_order`.
pub const ORDER_ID: &str = "order_id";
/// Order and suppression items: the store id (S), sort key of `by_order`.
pub const STORE_ID: &str = "store_id";
/// Order items with a buyer address: `BUYER#{store}#{sha256(buyer)}` (S), partition key of
/// `by_buyer`.
pub const BUYER_PK: &str = "buyer_pk";
/// Order items: when the order was placed (N, epoch seconds), sort key of `by_buyer`.
pub const PLACED_AT: &str = "placed_at";
/// Send items: the send's status (S), the condition of every transition.
pub const STATUS: &str = "status";
/// Send items: the send id (S), sort key of `pending_by_buyer`.
pub const SEND_ID: &str = "send_id";
/// Pending send items: `DUE#{window group}#{shard:02}`; claimed send items:
/// `CLAIMED#{window group}#{shard:02}` (S), partition key of `due`.
pub const DUE_PK: &str = "due_pk";
/// Pending send items: `{send_at:010}#{send id}`; claimed send items:
/// `{claimed at:010}#{send id}` (S), sort key of `due`.
pub const DUE_SK: &str = "due_sk";
/// Order items: the record's version (N), the condition of the next write.
pub const VERSION: &str = "version";
/// Order items: the ids of the events merged into the order (SS), the idempotency keys that
/// `save_order` records in the same write as the order.
pub const EVENTS: &str = "events";
/// Order items stored before event ids moved into the order (BOOL, true): the ids of their
/// earlier events are event-marker items (`EVENT#{store}#{event}` / `EVENT`), so every later
/// write of such an order checks the marker first.
pub const EVENT_MARKERS: &str = "event_markers";
/// Pending send items with a buyer only: `PENDING#{sha256(buyer)}` (S), partition key of
/// `pending_by_buyer`.
pub const BUYER_PENDING: &str = "buyer_pending";
/// Counter items: emails sent in that hour (N).
pub const SENT: &str = "sent";
/// Suppression items: why (S, `SuppressionCause::as_str`).
pub const CAUSE: &str = "cause";
/// Suppression items: when (N, epoch seconds). SP-API budget items: when the bucket was last
/// taken from (N, epoch milliseconds).
pub const AT: &str = "at";
/// SP-API budget items: tokens left as of `at` (N, may be fractional).
pub const TOKENS: &str = "tokens";

// --- indexes ------------------------------------------------------------------------------

/// Orders by order id across stores (Amazon's opt-out notices name only the order).
pub const GSI_BY_ORDER: &str = "by_order";
/// A buyer's orders with a store by placement time, for `prior_orders`.
pub const GSI_BY_BUYER: &str = "by_buyer";
/// Sparse, write-sharded index of pending sends by due time.
pub const GSI_DUE: &str = "due";
/// Sparse index of pending sends by buyer, for opt-outs.
pub const GSI_PENDING_BY_BUYER: &str = "pending_by_buyer";

// --- key shapes ---------------------------------------------------------------------------

/// Sort key of order items.
pub const SK_ORDER: &str = "ORDER";
/// Sort key of event-id markers, written by `save_order` before event ids moved into the order
/// item; still read for orders stored then (`EVENT_MARKERS`), never written.
pub const SK_EVENT: &str = "EVENT";
/// Sort key of suppression items.
pub const SK_SUPPRESS: &str = "SUPPRESS";
/// Sort-key prefix of send items (`SEND#{campaign}`).
pub const SEND_PREFIX: &str = "SEND#";
/// Write shards of each window group's due partition.
pub const DUE_SHARDS: u64 = 16;
/// Counter items keep three days: long enough for any seller-local day.
pub const COUNTER_TTL_DAYS: i64 = 3;
/// Sort-key prefix of the breaker's hourly counters in a store's counter partition
/// (`FEEDBACK#{yyyy-mm-ddThh}`), beside the `HOUR#` sent counters.
pub const FEEDBACK_PREFIX: &str = "FEEDBACK#";
/// Breaker counter items: permanent bounces in that hour (N).
pub const BOUNCED: &str = "bounced";
/// Breaker counter items: complaints in that hour (N).
pub const COMPLAINED: &str = "complained";
/// Partition-key prefix of the SP-API call budgets (`RATE#spapi#{seller}:{operation}`).
pub const SPAPI_BUDGET_PREFIX: &str = "RATE#spapi#";
/// Partition prefix of the delivery checks (`DCHECK#{shard}`).
pub const DELIVERY_CHECK_PREFIX: &str = "DCHECK#";
/// Delivery checks are spread over this many partitions.
pub const DELIVERY_CHECK_SHARDS: u64 = 8;
/// Sort key of SP-API budget items.
pub const SK_BUCKET: &str = "BUCKET";
/// SP-API budget items keep a day after their last take; a bucket idle that long is full.
pub const BUCKET_TTL_DAYS: i64 = 1;
/// Partition of the breaker's pause items, one per store (`sk` = store id): one query lists them.
pub const PK_PAUSES: &str = "PAUSES";
/// Pause items: whether the pause is in force (BOOL).
pub const ACTIVE: &str = "active";

/// Creates the table with its four indexes and enables TTL, then waits until it is active.
pub async fn create_table(client: &aws_sdk_dynamodb::Client, table: &str) -> PortResult<()> {
    let key = |name: &str, kind: KeyType| {
        KeySchemaElement::builder()
            .attribute_name(name)
            .key_type(kind)
            .build()
            .map_err(build_err)
    };
    let attr = |name: &str, kind: ScalarAttributeType| {
        AttributeDefinition::builder()
            .attribute_name(name)
            .attribute_type(kind)
            .build()
            .map_err(build_err)
    };
    let gsi = |name: &str, hash: &str, range: &str, projection: ProjectionType| {
        GlobalSecondaryIndex::builder()
            .index_name(name)
            .key_schema(key(hash, KeyType::Hash)?)
            .key_schema(key(range, KeyType::Range)?)
            .projection(Projection::builder().projection_type(projection).build())
            .build()
            .map_err(build_err)
    };
    use ScalarAttributeType::{N, S};
    let mut request = client
        .create_table()
        .table_name(table)
        .billing_mode(BillingMode::PayPerRequest)
        .key_schema(key(PK, KeyType::Hash)?)
        .key_schema(key(SK, KeyType::Range)?)
        .global_secondary_indexes(gsi(
            GSI_BY_ORDER,
            ORDER_ID,
            STORE_ID,
            ProjectionType::KeysOnly,
        )?)
        .global_secondary_indexes(gsi(
            GSI_BY_BUYER,
            BUYER_PK,
            PLACED_AT,
            ProjectionType::KeysOnly,
        )?)
        .global_secondary_indexes(gsi(GSI_DUE, DUE_PK, DUE_SK, ProjectionType::All)?)
        .global_secondary_indexes(gsi(
            GSI_PENDING_BY_BUYER,
            BUYER_PENDING,
            SEND_ID,
            ProjectionType::KeysOnly,
        )?);
    for (name, kind) in [
        (PK, S),
        (SK, S),
        (ORDER_ID, S),
        (STORE_ID, S),
        (BUYER_PK, S),
        (PLACED_AT, N),
        (DUE_PK, S),
        (DUE_SK, S),
        (BUYER_PENDING, S),
        (SEND_ID, S),
    ] {
        request = request.attribute_definitions(attr(name, kind)?);
    }
    request
        .send()
        .await
        .map_err(|e| sdk_error("CreateTable", e))?;
    client
        .wait_until_table_exists()
        .table_name(table)
        .wait(Duration::from_secs(300))
        .await
        .map_err(|e| PortError::Retryable(format!("table {table} did not become active: {e}")))?;
    client
        .update_time_to_live()
        .table_name(table)
        .time_to_live_specification(
            TimeToLiveSpecification::builder()
                .enabled(true)
                .attribute_name(EXPIRES_AT)
                .build()
                .map_err(build_err)?,
        )
        .send()
        .await
        .map_err(|e| sdk_error("UpdateTimeToLive", e))?;
    Ok(())
}

fn build_err(e: aws_sdk_dynamodb::error::BuildError) -> PortError {
    PortError::Permanent(format!("cannot build DynamoDB request: {e}"))
}
