//! Notifications API set-up: an SQS destination per region (grantless) and each store's
//! `ORDER_CHANGE` subscription to it, plus an idempotent [`SpApiClient::connect`].

use reqwest::Method;
use serde::{Deserialize, Serialize};

use super::client::{Call, Family, SpApiClient};
use super::lwa::{Grant, NOTIFICATIONS_SCOPE};
use super::region::Region;
use crate::amazon::{Seller, SpApiError, SpApiResult};
use crate::Marketplace;

/// The notification type Aftercare subscribes to.
pub const ORDER_CHANGE: &str = "ORDER_CHANGE";
/// The payload version of `ORDER_CHANGE` notifications.
pub const PAYLOAD_VERSION: &str = "1.0";
/// The order changes Aftercare wants: status changes (shipped, delivered, cancelled …) and
/// buyer-requested changes (cancellation requests).
pub const ORDER_CHANGE_TYPES: [&str; 2] = ["OrderStatusChange", "BuyerRequestedChange"];

/// A notification destination as Amazon lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Destination {
    pub destination_id: String,
    pub name: String,
    /// The SQS queue, when the destination is one.
    pub sqs_arn: Option<String>,
}

/// One store's subscription to a notification type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subscription {
    pub subscription_id: String,
    pub destination_id: String,
    pub payload_version: String,
    /// The marketplaces filtered on (empty: every marketplace).
    pub marketplace_ids: Vec<String>,
    /// The order change types filtered on (empty: every type).
    pub order_change_types: Vec<String>,
}

/// What [`SpApiClient::connect`] found and did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConnectReport {
    pub region: String,
    pub destination: Destination,
    /// `false` when a destination with the same queue already existed.
    pub destination_created: bool,
    pub subscription: Subscription,
    /// `false` when the store already had an `ORDER_CHANGE` subscription.
    pub subscription_created: bool,
    /// Things the operator should look at (an existing subscription to another destination).
    pub warnings: Vec<String>,
}

#[derive(Deserialize)]
struct WireDestination {
    #[serde(rename = "destinationId")]
    destination_id: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    resource: Option<WireResource>,
}

#[derive(Deserialize, Serialize)]
struct WireResource {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sqs: Option<WireSqs>,
}

#[derive(Deserialize, Serialize)]
struct WireSqs {
    arn: String,
}

impl From<WireDestination> for Destination {
    fn from(d: WireDestination) -> Self {
        Destination {
            destination_id: d.destination_id,
            name: d.name,
            sqs_arn: d.resource.and_then(|r| r.sqs).map(|s| s.arn),
        }
    }
}

#[derive(Deserialize)]
struct Payload<T> {
    payload: Option<T>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct WireSubscription {
    subscription_id: String,
    destination_id: String,
    #[serde(default)]
    payload_version: String,
    #[serde(default)]
    processing_directive: Option<WireDirective>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct WireDirective {
    #[serde(default)]
    event_filter: Option<WireEventFilter>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct WireEventFilter {
    #[serde(default)]
    marketplace_ids: Vec<String>,
    #[serde(default)]
    order_change_types: Vec<String>,
}

impl From<WireSubscription> for Subscription {
    fn from(s: WireSubscription) -> Self {
        let filter = s.processing_directive.and_then(|p| p.event_filter);
        let (marketplace_ids, order_change_types) = filter
            .map(|f| (f.marketplace_ids, f.order_change_types))
            .unwrap_or_default();
        Subscription {
            subscription_id: s.subscription_id,
            destination_id: s.destination_id,
            payload_version: s.payload_version,
            marketplace_ids,
            order_change_types,
        }
    }
}

fn grantless_call(region: Region, operation: &'static str, method: Method, path: &str) -> Call {
    Call {
        family: Family::Notifications,
        operation,
        budget_owner: format!("grantless-{}", region.as_str().to_ascii_lowercase()),
        grant: Grant::Grantless(NOTIFICATIONS_SCOPE),
        region,
        method,
        path: path.to_string(),
        query: Vec::new(),
        body: None,
    }
}

fn missing_payload(operation: &str) -> SpApiError {
    SpApiError::Permanent(format!("{operation}: the answer has no payload"))
}

impl SpApiClient {
    /// Every notification destination of the application in `region` (grantless).
    pub async fn get_destinations(&self, region: Region) -> SpApiResult<Vec<Destination>> {
        let call = grantless_call(
            region,
            "getDestinations",
            Method::GET,
            "/notifications/v1/destinations",
        );
        let answer = self.send(call).await?;
        match answer.status {
            200 => {
                let list: Payload<Vec<WireDestination>> = answer.json()?;
                Ok(list
                    .payload
                    .unwrap_or_default()
                    .into_iter()
                    .map(Destination::from)
                    .collect())
            }
            _ => Err(answer.unexpected()),
        }
    }

    /// Creates an SQS destination named `name` in `region` (grantless). When Amazon says one
    /// with this queue exists already (409), that one is returned.
    pub async fn create_destination(
        &self,
        region: Region,
        name: &str,
        sqs_arn: &str,
    ) -> SpApiResult<Destination> {
        let mut call = grantless_call(
            region,
            "createDestination",
            Method::POST,
            "/notifications/v1/destinations",
        );
        call.body = Some(serde_json::json!({
            "name": name,
            "resourceSpecification": {"sqs": {"arn": sqs_arn}},
        }));
        let answer = self.send(call).await?;
        match answer.status {
            200 | 201 => {
                let created: Payload<WireDestination> = answer.json()?;
                Ok(created
                    .payload
                    .ok_or_else(|| missing_payload("createDestination"))?
                    .into())
            }
            409 => self
                .get_destinations(region)
                .await?
                .into_iter()
                .find(|d| d.sqs_arn.as_deref() == Some(sqs_arn))
                .ok_or_else(|| {
                    SpApiError::Permanent(format!(
                        "createDestination: conflict ({}) but no destination has this queue",
                        answer.error_text()
                    ))
                }),
            _ => Err(answer.unexpected()),
        }
    }

    /// The store's subscription to `notification_type` (payload version 1.0), if any.
    pub async fn get_subscription(
        &self,
        seller: &Seller,
        notification_type: &str,
    ) -> SpApiResult<Option<Subscription>> {
        let mut call = Call::for_seller(
            seller,
            Family::Notifications,
            "getSubscription",
            Method::GET,
            format!("/notifications/v1/subscriptions/{notification_type}"),
        );
        call.query
            .push(("payloadVersion", PAYLOAD_VERSION.to_string()));
        let answer = self.send(call).await?;
        match answer.status {
            200 => {
                let found: Payload<WireSubscription> = answer.json()?;
                Ok(found.payload.map(Subscription::from))
            }
            404 => Ok(None),
            _ => Err(answer.unexpected()),
        }
    }

    /// Subscribes the store to `ORDER_CHANGE` notifications for `marketplaces`, delivered to
    /// `destination_id`. When Amazon says the subscription exists (409), it is read back.
    pub async fn create_subscription(
        &self,
        seller: &Seller,
        destination_id: &str,
        marketplaces: &[Marketplace],
        order_change_types: &[&str],
    ) -> SpApiResult<Subscription> {
        let mut call = Call::for_seller(
            seller,
            Family::Notifications,
            "createSubscription",
            Method::POST,
            format!("/notifications/v1/subscriptions/{ORDER_CHANGE}"),
        );
        let marketplace_ids: Vec<&str> = marketplaces.iter().map(|m| m.sp_api_id()).collect();
        call.body = Some(serde_json::json!({
            "payloadVersion": PAYLOAD_VERSION,
            "destinationId": destination_id,
            "processingDirective": {"eventFilter": {
                "eventFilterType": ORDER_CHANGE,
                "marketplaceIds": marketplace_ids,
                "orderChangeTypes": order_change_types,
            }},
        }));
        let answer = self.send(call).await?;
        match answer.status {
            200 | 201 => {
                let created: Payload<WireSubscription> = answer.json()?;
                Ok(created
                    .payload
                    .ok_or_else(|| missing_payload("createSubscription"))?
                    .into())
            }
            409 => self
                .get_subscription(seller, ORDER_CHANGE)
                .await?
                .ok_or_else(|| {
                    SpApiError::Permanent(format!(
                        "createSubscription: conflict ({}) but no subscription is found",
                        answer.error_text()
                    ))
                }),
            _ => Err(answer.unexpected()),
        }
    }

    /// Makes sure `seller`'s store sends `ORDER_CHANGE` notifications for `marketplaces` to the
    /// SQS queue `sqs_arn`: reuses the region's destination for that queue or creates it, then
    /// reuses the store's subscription or creates it. Running it again changes nothing.
    pub async fn connect(
        &self,
        seller: &Seller,
        marketplaces: &[Marketplace],
        sqs_arn: &str,
    ) -> SpApiResult<ConnectReport> {
        let region = Region::of(seller.marketplace);
        let mut warnings = Vec::new();
        if let Some(other) = marketplaces.iter().find(|m| Region::of(**m) != region) {
            return Err(SpApiError::Permanent(format!(
                "marketplace {} is not in the {region} region of store {}'s marketplace {}",
                other.code(),
                seller.store_id,
                seller.marketplace.code()
            )));
        }
        let existing = self
            .get_destinations(region)
            .await?
            .into_iter()
            .find(|d| d.sqs_arn.as_deref() == Some(sqs_arn));
        let (destination, destination_created) = match existing {
            Some(d) => (d, false),
            None => {
                let name = format!("aftercare-{}", region.as_str().to_ascii_lowercase());
                (self.create_destination(region, &name, sqs_arn).await?, true)
            }
        };
        let (subscription, subscription_created) =
            match self.get_subscription(seller, ORDER_CHANGE).await? {
                Some(s) => {
                    if s.destination_id != destination.destination_id {
                        warnings.push(format!(
                            "store {} already sends ORDER_CHANGE to destination {}, not to {} \
                             ({sqs_arn}); delete that subscription to move it",
                            seller.store_id, s.destination_id, destination.destination_id
                        ));
                    }
                    (s, false)
                }
                None => {
                    let list = if marketplaces.is_empty() {
                        vec![seller.marketplace]
                    } else {
                        marketplaces.to_vec()
                    };
                    let created = self
                        .create_subscription(
                            seller,
                            &destination.destination_id,
                            &list,
                            &ORDER_CHANGE_TYPES,
                        )
                        .await?;
                    (created, true)
                }
            };
        tracing::info!(
            store = %seller.store_id,
            region = %region,
            destination_created,
            subscription_created,
            "notifications connected"
        );
        Ok(ConnectReport {
            region: region.as_str().to_string(),
            destination,
            destination_created,
            subscription,
            subscription_created,
            warnings,
        })
    }
}
