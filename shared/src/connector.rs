//! Amazon's order notifications in: one `ORDER_CHANGE` notification as Amazon delivers it to the
//! seller's queue becomes the native order event (status Pending / Unshipped → `ordered`,
//! Shipped / PartiallyShipped → `shipped`, Canceled → `cancelled`; AFN / MFN → FBA / FBM), is
//! completed by an Orders API lookup for a new or shipped order (the buyer's relay address for
//! merchant-fulfilled orders, the ship-to postal code and state, the items with their titles,
//! the promised delivery window, a delivered package), and is ingested like any other event.
//!
//! The notification's `NotificationId` is the event id, so a redelivered notification changes
//! nothing. A notification that cannot be used (malformed, another notification type, a status
//! Aftercare has nothing to do with, a seller no store names) is dropped with a reason the
//! caller counts: retrying it would never succeed, so it must not hold the queue. A lookup that
//! Amazon throttled or could not answer fails the message, nothing is stored, and the queue
//! delivers it again later.

use tracing::{info, warn};

use chrono::{DateTime, Duration, Utc};

use crate::amazon::{
    DeliveryCheck, DeliveryChecks, DeliverySource, OrderDetails, OrderLookup, Seller, SpApiError,
};
use crate::config::Config;
use crate::order::{
    parse_notification, Buyer, DeliveryPatch, EventId, EventType, Fulfillment, OrderEvent, OrderId,
    OrderPatch, StoreId, SELLER_FIELD,
};
use crate::pipeline::{self, IngestError, Ingested};
use crate::ports::{EventBus, OrderStore, PortError};
use crate::Marketplace;

/// Why a notification was dropped. Stable strings: they are metric dimensions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dropped {
    /// Not JSON, or a field missing or of the wrong type.
    Malformed,
    /// A notification type other than `ORDER_CHANGE`.
    OtherType,
    /// An order status Aftercare has nothing to do with (Unfulfillable, …).
    IgnoredStatus,
    /// No store in the config has this seller id on this marketplace.
    UnknownSeller,
}

impl Dropped {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Malformed => "malformed",
            Self::OtherType => "other_type",
            Self::IgnoredStatus => "ignored_status",
            Self::UnknownSeller => "unknown_seller",
        }
    }
}

/// What became of one notification.
#[derive(Debug, Clone, PartialEq)]
pub enum Handled {
    /// Stored (merged) and published; `looked_up` when the Orders API was asked.
    Stored { store: StoreId, looked_up: bool },
    /// Its id was seen before: nothing changed.
    Duplicate,
    /// Dropped, with the reason and a description that names the field (never buyer data).
    Dropped { reason: Dropped, detail: String },
}

/// A notification that should be delivered again later: nothing was stored.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RetryLater {
    #[error("Amazon: {0}")]
    Amazon(SpApiError),
    #[error(transparent)]
    Port(PortError),
}

/// Everything a notification needs.
pub struct Connector<'a> {
    pub config: &'a Config,
    pub orders: &'a dyn OrderStore,
    pub bus: &'a dyn EventBus,
    /// The Orders API; without it orders carry only what the notification says (no buyer
    /// address: email campaigns are skipped, review requests go through Amazon).
    pub lookup: Option<&'a dyn OrderLookup>,
    /// Where shipped merchant-fulfilled orders wait to be asked about again (with `lookup`);
    /// without it their delivery is the latest promised date.
    pub checks: Option<&'a dyn DeliveryChecks>,
}

/// A shipped FBM order with no promised delivery window is first checked this long after it
/// shipped.
pub const FIRST_CHECK_AFTER_SHIPPING_DAYS: i64 = 2;
/// Without a promised latest date, a package never reported delivered is taken as delivered
/// this long after it shipped.
pub const ASSUMED_DELIVERY_DAYS: i64 = 7;
/// How often an undelivered package is asked about again.
pub const CHECK_EVERY_HOURS: i64 = 24;

/// What one run of [`Connector::check_deliveries`] did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct CheckReport {
    /// Amazon reported the package delivered.
    pub delivered: usize,
    /// The latest promised date passed with no delivery reported: that date stands in.
    pub estimated: usize,
    /// Asked again later.
    pub rescheduled: usize,
    /// Nothing to ask any more (delivered meanwhile, cancelled, or gone).
    pub dropped: usize,
    /// The run stopped early because Amazon throttled or failed; the rest stay due.
    pub stopped: Option<String>,
}

impl Connector<'_> {
    /// Handles one notification body (an SQS message).
    pub async fn handle(&self, body: &str) -> Result<Handled, RetryLater> {
        let mut event = match self.parse(body) {
            Ok(event) => event,
            Err((reason, detail)) => {
                warn!(reason = reason.as_str(), problem = %detail, "notification dropped");
                return Ok(Handled::Dropped { reason, detail });
            }
        };
        let Some(store) = self.config.store(&event.store_id) else {
            // The resolver only names stores of this config.
            return Ok(Handled::Dropped {
                reason: Dropped::UnknownSeller,
                detail: format!("store `{}` is not configured", event.store_id),
            });
        };
        let mut looked_up = false;
        let mut delivered = None;
        if let (Some(lookup), EventType::Ordered | EventType::Shipped) =
            (self.lookup, event.event_type)
        {
            let seller = Seller::of(store, event.order.marketplace.unwrap_or(store.marketplace));
            match lookup.get_order(&seller, &event.order.order_id).await {
                Ok(Some(details)) => {
                    looked_up = true;
                    delivered = details.delivered_at;
                    complete(&mut event, details);
                }
                Ok(None) | Err(SpApiError::NotFound) => {
                    warn!(store = %store.id, order = %event.order.order_id, "Amazon does not know the order: stored as the notification has it");
                }
                Err(SpApiError::Permanent(e)) => {
                    warn!(store = %store.id, order = %event.order.order_id, error = %e, "order lookup answer unusable: stored as the notification has it");
                }
                Err(e) => {
                    warn!(store = %store.id, order = %event.order.order_id, error = %e, "order lookup failed: the notification is tried again later");
                    return Err(RetryLater::Amazon(e));
                }
            }
        }
        let check = match (self.checks, looked_up, delivered) {
            (Some(_), true, None) => first_check(&event),
            _ => None,
        };
        if check.is_some() {
            event.order.delivery.checked = true;
        }
        let outcome = self.ingest(&event).await?;
        if let (Some(checks), Some(check)) = (self.checks, &check) {
            // After the order is stored: a check that finds no order drops itself.
            checks
                .schedule_check(check)
                .await
                .map_err(RetryLater::Port)?;
        }
        if let Some(at) = delivered {
            // Amazon reported the merchant-fulfilled package delivered: a delivery of its own,
            // with an id derived from the notification's so a redelivery repeats nothing.
            let delivery = delivery_event(
                &event.store_id,
                &event.order.order_id,
                &format!("{}:delivered", event.event_id),
                at,
                DeliverySource::PackageStatus,
            )?;
            self.ingest(&delivery).await?;
        }
        Ok(match outcome {
            Ingested::Stored => {
                info!(store = %event.store_id, order = %event.order.order_id, kind = %event.event_type, looked_up, "notification stored");
                Handled::Stored {
                    store: event.store_id,
                    looked_up,
                }
            }
            Ingested::Duplicate => Handled::Duplicate,
        })
    }

    /// Asks Amazon about the shipped merchant-fulfilled orders whose check is due, at most
    /// `limit` (each is one `getOrder` from the seller's budget). A delivered package becomes a
    /// `delivered` event; past the latest promised date with none reported, that date becomes
    /// the delivery (an estimate); otherwise the order is asked about again a day later.
    /// Throttling or an outage stops the run and leaves the rest due for the next.
    pub async fn check_deliveries(
        &self,
        now: DateTime<Utc>,
        limit: usize,
    ) -> Result<CheckReport, PortError> {
        let mut report = CheckReport::default();
        let (Some(checks), Some(lookup)) = (self.checks, self.lookup) else {
            return Ok(report);
        };
        for check in checks.due_checks(now, limit).await? {
            let order = self
                .orders
                .get_order(&check.store_id, &check.order_id)
                .await?;
            let store = self.config.store(&check.store_id);
            let (Some(order), Some(store)) = (order, store) else {
                checks.finish_check(&check).await?;
                report.dropped += 1;
                continue;
            };
            if order.delivery_confirmed() || order.cancelled_at.is_some() {
                checks.finish_check(&check).await?;
                report.dropped += 1;
                continue;
            }
            let seller = Seller::of(store, order.marketplace);
            let details = match lookup.get_order(&seller, &order.order_id).await {
                Ok(details) => details,
                Err(e) if e.is_retryable() || matches!(e, SpApiError::Unknown(_)) => {
                    info!(error = %e, "delivery checks stop for now: Amazon throttled or failed");
                    report.stopped = Some(e.to_string());
                    break;
                }
                Err(e) => {
                    warn!(store = %store.id, order = %order.order_id, error = %e, "delivery check failed");
                    None
                }
            };
            let shipped = order.shipped_at.unwrap_or(check.due_at);
            let latest = order
                .latest_delivery
                .unwrap_or(shipped + Duration::days(ASSUMED_DELIVERY_DAYS));
            let found = details.and_then(|d| d.delivered_at);
            let (id, at, source) = match found {
                Some(at) => ("delivered", at, DeliverySource::PackageStatus),
                None if now >= latest => (
                    "delivery-estimated",
                    latest,
                    DeliverySource::LatestDeliveryDate,
                ),
                None => {
                    let next = DeliveryCheck {
                        due_at: (now + Duration::hours(CHECK_EVERY_HOURS)).min(latest),
                        ..check.clone()
                    };
                    checks.schedule_check(&next).await?;
                    checks.finish_check(&check).await?;
                    report.rescheduled += 1;
                    continue;
                }
            };
            let event = delivery_event(
                &order.store_id,
                &order.order_id,
                &format!("check:{}:{id}", order.order_id),
                at,
                source,
            )
            .map_err(|e| match e {
                RetryLater::Port(p) => p,
                RetryLater::Amazon(a) => PortError::Retryable(a.to_string()),
            })?;
            match pipeline::ingest(self.config, self.orders, self.bus, &event).await {
                Ok(_) => {}
                Err(IngestError::Port(e)) => return Err(e),
                Err(IngestError::Invalid { field, problem }) => {
                    return Err(PortError::Permanent(format!("{field}: {problem}")))
                }
            }
            checks.finish_check(&check).await?;
            if source.is_confirmed() {
                report.delivered += 1;
            } else {
                report.estimated += 1;
            }
        }
        Ok(report)
    }

    fn parse(&self, body: &str) -> Result<OrderEvent, (Dropped, String)> {
        let value: serde_json::Value = serde_json::from_str(body)
            .map_err(|e| (Dropped::Malformed, format!("not valid JSON: {e}")))?;
        match value.get("NotificationType").and_then(|t| t.as_str()) {
            Some("ORDER_CHANGE") => {}
            Some(other) => {
                return Err((
                    Dropped::OtherType,
                    format!("NotificationType `{other}` is not ORDER_CHANGE"),
                ))
            }
            None => return Err((Dropped::Malformed, "NotificationType: missing".to_string())),
        }
        let resolve = |seller: Option<&str>, marketplace: Marketplace| {
            self.config.store_for_seller(seller, marketplace)
        };
        parse_notification(body, &resolve).map_err(|e| {
            let reason = if e.field == SELLER_FIELD {
                Dropped::UnknownSeller
            } else if e.field.ends_with("Summary.OrderStatus") {
                Dropped::IgnoredStatus
            } else {
                Dropped::Malformed
            };
            (reason, e.to_string())
        })
    }

    async fn ingest(&self, event: &OrderEvent) -> Result<Ingested, RetryLater> {
        match pipeline::ingest(self.config, self.orders, self.bus, event).await {
            Ok(outcome) => Ok(outcome),
            Err(IngestError::Port(e)) => Err(RetryLater::Port(e)),
            // The store was checked and the event validated when it was parsed; an invalid
            // event here is a bug, and retrying will not fix it.
            Err(IngestError::Invalid { field, problem }) => Err(RetryLater::Port(
                PortError::Permanent(format!("{field}: {problem}")),
            )),
        }
    }
}

/// The first delivery check of a shipped merchant-fulfilled order Amazon has not reported
/// delivered: at its earliest promised delivery date, else a couple of days after shipping.
fn first_check(event: &OrderEvent) -> Option<DeliveryCheck> {
    let fbm = event.order.fulfillment == Some(Fulfillment::Fbm);
    (fbm && event.event_type == EventType::Shipped).then(|| DeliveryCheck {
        due_at: event
            .order
            .delivery
            .earliest
            .unwrap_or(event.occurred_at + Duration::days(FIRST_CHECK_AFTER_SHIPPING_DAYS)),
        store_id: event.store_id.clone(),
        order_id: event.order.order_id.clone(),
    })
}

/// A `delivered` event reported by Amazon (or standing in for it).
fn delivery_event(
    store: &StoreId,
    order: &OrderId,
    id: &str,
    at: DateTime<Utc>,
    source: DeliverySource,
) -> Result<OrderEvent, RetryLater> {
    Ok(OrderEvent {
        store_id: store.clone(),
        event_id: EventId::parse(id)
            .map_err(|p| RetryLater::Port(PortError::Permanent(format!("event id `{id}`: {p}"))))?,
        event_type: EventType::Delivered,
        occurred_at: at,
        order: OrderPatch {
            delivery: DeliveryPatch {
                source: Some(source),
                ..Default::default()
            },
            ..OrderPatch::of(order.clone())
        },
        feedback: None,
    })
}

/// Completes a notification's event with what the Orders API said; the lookup wins where both
/// have a value (it is the newer and fuller view).
fn complete(event: &mut OrderEvent, details: OrderDetails) {
    let p = &mut event.order;
    if details.buyer_email.is_some() || details.buyer_name.is_some() {
        p.buyer = Some(Buyer {
            email: details.buyer_email,
            name: details.buyer_name,
        });
    }
    if let Some(ship_to) = details.ship_to {
        p.ship_to = Some(ship_to);
    }
    if !details.items.is_empty() {
        p.items = Some(details.items);
    }
    p.fulfillment = details.fulfillment.or(p.fulfillment);
    p.purchase_date = details.purchase_date.or(p.purchase_date);
    p.delivery.earliest = details.earliest_delivery.or(p.delivery.earliest);
    p.delivery.latest = details.latest_delivery.or(p.delivery.latest);
}
