//! Delivery checks in DynamoDB, in the same table as `DynamoStore`: one item per check in one of
//! `DELIVERY_CHECK_SHARDS` partitions (by order), sorted by due time, so the checks due now are a
//! key-range `Query` per partition with nothing to filter.
//!
//! | item           | `pk`             | `sk`                                 | other attributes |
//! |----------------|------------------|--------------------------------------|------------------|
//! | delivery check | `DCHECK#{shard}` | `{due epoch ms:013}#{store}#{order}` | `store_id`, `order_id`, `expires_at` (60 days after due) |
//!
//! Scheduling is a `PutItem` (the same check twice is the same item), finishing a `DeleteItem`,
//! reading due checks a `Query` per shard. IAM: `dynamodb:PutItem`, `dynamodb:DeleteItem` and
//! `dynamodb:Query` on the table.

use async_trait::async_trait;
use aws_sdk_dynamodb::types::AttributeValue;
use chrono::{DateTime, TimeDelta, TimeZone, Utc};

use super::schema::{
    DELIVERY_CHECK_PREFIX, DELIVERY_CHECK_SHARDS, EXPIRES_AT, ORDER_ID, PK, SK, STORE_ID,
};
use super::sdk_error;
use crate::amazon::{DeliveryCheck, DeliveryChecks};
use crate::order::{OrderId, StoreId};
use crate::ports::{PortError, PortResult};

/// A check nobody handled is forgotten this long after it was due.
const CHECK_TTL_DAYS: i64 = 60;

#[derive(Debug, Clone)]
pub struct DynamoDeliveryChecks {
    client: aws_sdk_dynamodb::Client,
    table: String,
}

impl DynamoDeliveryChecks {
    pub fn new(client: aws_sdk_dynamodb::Client, table: impl Into<String>) -> Self {
        DynamoDeliveryChecks {
            client,
            table: table.into(),
        }
    }

    fn key(check: &DeliveryCheck) -> (String, String) {
        let shard = fnv(format!("{}#{}", check.store_id, check.order_id).as_bytes())
            % DELIVERY_CHECK_SHARDS;
        (
            format!("{DELIVERY_CHECK_PREFIX}{shard}"),
            format!(
                "{:013}#{}#{}",
                check.due_at.timestamp_millis().max(0),
                check.store_id,
                check.order_id
            ),
        )
    }
}

/// FNV-1a: a hash that is the same in every process (the shard of a check must not change).
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn text(
    item: &std::collections::HashMap<String, AttributeValue>,
    name: &str,
) -> PortResult<String> {
    item.get(name)
        .and_then(|v| v.as_s().ok())
        .cloned()
        .ok_or_else(|| PortError::Permanent(format!("delivery check without `{name}`")))
}

#[async_trait]
impl DeliveryChecks for DynamoDeliveryChecks {
    async fn schedule_check(&self, check: &DeliveryCheck) -> PortResult<()> {
        let (pk, sk) = Self::key(check);
        let expires = check.due_at + TimeDelta::days(CHECK_TTL_DAYS);
        self.client
            .put_item()
            .table_name(&self.table)
            .item(PK, AttributeValue::S(pk))
            .item(SK, AttributeValue::S(sk))
            .item(STORE_ID, AttributeValue::S(check.store_id.to_string()))
            .item(ORDER_ID, AttributeValue::S(check.order_id.to_string()))
            .item(
                EXPIRES_AT,
                AttributeValue::N(expires.timestamp().to_string()),
            )
            .send()
            .await
            .map_err(|e| sdk_error("PutItem (delivery check)", e))?;
        Ok(())
    }

    async fn due_checks(&self, now: DateTime<Utc>, limit: usize) -> PortResult<Vec<DeliveryCheck>> {
        // Everything due up to and including this millisecond sorts before `~`.
        let upto = format!("{:013}#~", now.timestamp_millis().max(0));
        let mut found = Vec::new();
        for shard in 0..DELIVERY_CHECK_SHARDS {
            let out = self
                .client
                .query()
                .table_name(&self.table)
                .key_condition_expression("#pk = :pk AND #sk <= :upto")
                .expression_attribute_names("#pk", PK)
                .expression_attribute_names("#sk", SK)
                .expression_attribute_values(
                    ":pk",
                    AttributeValue::S(format!("{DELIVERY_CHECK_PREFIX}{shard}")),
                )
                .expression_attribute_values(":upto", AttributeValue::S(upto.clone()))
                .limit(i32::try_from(limit.max(1)).unwrap_or(i32::MAX))
                .send()
                .await
                .map_err(|e| sdk_error("Query (delivery checks)", e))?;
            for item in out.items() {
                let sk = text(item, SK)?;
                let millis: i64 = sk
                    .split('#')
                    .next()
                    .and_then(|m| m.parse().ok())
                    .ok_or_else(|| PortError::Permanent(format!("delivery check key `{sk}`")))?;
                let store = text(item, STORE_ID)?;
                let order = text(item, ORDER_ID)?;
                found.push(DeliveryCheck {
                    due_at: Utc.timestamp_millis_opt(millis).single().ok_or_else(|| {
                        PortError::Permanent(format!("delivery check key `{sk}`"))
                    })?,
                    store_id: StoreId::parse(&store).map_err(PortError::Permanent)?,
                    order_id: OrderId::parse(&order).map_err(PortError::Permanent)?,
                });
            }
        }
        found.sort();
        found.truncate(limit);
        Ok(found)
    }

    async fn finish_check(&self, check: &DeliveryCheck) -> PortResult<()> {
        let (pk, sk) = Self::key(check);
        self.client
            .delete_item()
            .table_name(&self.table)
            .key(PK, AttributeValue::S(pk))
            .key(SK, AttributeValue::S(sk))
            .send()
            .await
            .map_err(|e| sdk_error("DeleteItem (delivery check)", e))?;
        Ok(())
    }
}
