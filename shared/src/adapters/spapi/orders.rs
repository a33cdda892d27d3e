//! Orders API v2026-01-01 `getOrder`: the part of its answer Aftercare reads, and how it maps
//! onto [`OrderDetails`].

use chrono::{DateTime, Utc};
use serde::Deserialize;

use crate::amazon::OrderDetails;
use crate::order::{BuyerEmail, Fulfillment, Item, ShipTo};

/// The datasets asked for with `includedData` (order items come with every answer):
/// the buyer's relay address and name, the delivery address, the fulfilment channel and the
/// promised delivery window, and the merchant-fulfilled packages with their status.
pub const INCLUDED_DATA: [&str; 4] = ["BUYER", "RECIPIENT", "FULFILLMENT", "PACKAGES"];

/// The path of `getOrder` for one order (the id is checked by `OrderId`: no `/` or `?`).
pub fn get_order_path(order_id: &str) -> String {
    format!("/orders/2026-01-01/orders/{order_id}")
}

#[derive(Debug, Deserialize)]
pub(crate) struct GetOrderResponse {
    pub order: WireOrder,
}

#[derive(Debug, Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
pub(crate) struct WireOrder {
    pub order_id: Option<String>,
    pub created_time: Option<DateTime<Utc>>,
    pub last_updated_time: Option<DateTime<Utc>>,
    pub buyer: Option<WireBuyer>,
    pub recipient: Option<WireRecipient>,
    pub fulfillment: Option<WireFulfillment>,
    pub order_items: Vec<WireItem>,
    pub packages: Vec<WirePackage>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
pub(crate) struct WireBuyer {
    pub buyer_name: Option<String>,
    pub buyer_email: Option<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
pub(crate) struct WireRecipient {
    pub delivery_address: Option<WireAddress>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
pub(crate) struct WireAddress {
    pub state_or_region: Option<String>,
    pub postal_code: Option<String>,
    pub country_code: Option<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
pub(crate) struct WireFulfillment {
    pub fulfillment_status: Option<String>,
    pub fulfilled_by: Option<String>,
    pub deliver_by_window: Option<WireWindow>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
pub(crate) struct WireWindow {
    pub earliest_date_time: Option<DateTime<Utc>>,
    pub latest_date_time: Option<DateTime<Utc>>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
pub(crate) struct WireItem {
    pub quantity_ordered: Option<u32>,
    pub product: Option<WireProduct>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
pub(crate) struct WireProduct {
    pub asin: Option<String>,
    pub title: Option<String>,
    pub seller_sku: Option<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
pub(crate) struct WirePackage {
    pub package_status: Option<WirePackageStatus>,
    pub ship_time: Option<DateTime<Utc>>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
pub(crate) struct WirePackageStatus {
    pub status: Option<String>,
}

fn non_empty(s: Option<String>) -> Option<String> {
    s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

impl WireOrder {
    /// Reduces Amazon's order to what Aftercare uses. Never fails: an odd field is dropped.
    pub fn into_details(self) -> OrderDetails {
        let fulfillment = self
            .fulfillment
            .as_ref()
            .and_then(|f| f.fulfilled_by.as_deref())
            .and_then(|by| match by {
                "MERCHANT" | "MFN" => Some(Fulfillment::Fbm),
                "AMAZON" | "AFN" => Some(Fulfillment::Fba),
                _ => None,
            });
        let (buyer_email, buyer_name) = match self.buyer {
            Some(b) => (
                // A relay address that does not parse is left out rather than failing the
                // lookup: the order is still worth knowing about.
                non_empty(b.buyer_email).and_then(|e| BuyerEmail::parse(&e).ok()),
                non_empty(b.buyer_name),
            ),
            None => (None, None),
        };
        let ship_to = self
            .recipient
            .and_then(|r| r.delivery_address)
            .map(|a| ShipTo {
                postal_code: non_empty(a.postal_code),
                state: non_empty(a.state_or_region),
                country: non_empty(a.country_code),
            })
            .filter(|s| s.postal_code.is_some() || s.state.is_some() || s.country.is_some());
        let items = self
            .order_items
            .into_iter()
            .filter_map(|i| {
                let product = i.product?;
                Some(Item {
                    asin: non_empty(product.asin)?,
                    sku: non_empty(product.seller_sku),
                    title: non_empty(product.title),
                    quantity: i.quantity_ordered.unwrap_or(1),
                    promotion_discount: 0.0,
                })
            })
            .collect();
        let window = self.fulfillment.and_then(|f| f.deliver_by_window);
        // The model gives a package's status but no delivery timestamp; the order's last
        // update is the closest observation (never earlier than the package left).
        let delivered_at = self
            .packages
            .iter()
            .filter(|p| {
                p.package_status.as_ref().and_then(|s| s.status.as_deref()) == Some("DELIVERED")
            })
            .map(|p| match (self.last_updated_time, p.ship_time) {
                (Some(updated), Some(shipped)) => Some(updated.max(shipped)),
                (updated, shipped) => updated.or(shipped),
            })
            .next()
            .flatten();
        OrderDetails {
            fulfillment,
            buyer_email,
            buyer_name,
            ship_to,
            items,
            purchase_date: self.created_time,
            earliest_delivery: window.as_ref().and_then(|w| w.earliest_date_time),
            latest_delivery: window.as_ref().and_then(|w| w.latest_date_time),
            delivered_at,
        }
    }
}

/// Whether a 403 on `getOrder` is about the buyer's personal data (the application lacks the
/// role that unlocks buyer and recipient details) rather than the call as a whole.
pub(crate) fn is_pii_refusal(message: &str) -> bool {
    let m = message.to_ascii_lowercase();
    [
        "pii",
        "personal",
        "buyer",
        "recipient",
        "restricted",
        "direct-to-consumer",
    ]
    .iter()
    .any(|w| m.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_merchant_order_maps_onto_details() {
        let json = serde_json::json!({"order": {
            "orderId": "111-1111111-1111111",
            "createdTime": "2026-03-01T10:00:00Z",
            "lastUpdatedTime": "2026-03-06T18:00:00Z",
            "salesChannel": {"channelName": "AMAZON", "marketplaceId": "ATVPDKIKX0DER"},
            "buyer": {"buyerName": "Ann", "buyerEmail": "ABC@marketplace.amazon.com"},
            "recipient": {"deliveryAddress": {"postalCode": "10001", "stateOrRegion": "NY", "countryCode": "US"}},
            "fulfillment": {"fulfillmentStatus": "SHIPPED", "fulfilledBy": "MERCHANT",
                "deliverByWindow": {"earliestDateTime": "2026-03-04T00:00:00Z", "latestDateTime": "2026-03-08T23:59:59Z"}},
            "orderItems": [{"orderItemId": "1", "quantityOrdered": 2,
                "product": {"asin": "B000000001", "sellerSku": "SKU-1", "title": "Kettle"}}],
            "packages": [{"packageReferenceId": "p1", "shipTime": "2026-03-02T09:00:00Z",
                "packageStatus": {"status": "DELIVERED"}}]
        }});
        let parsed: GetOrderResponse = serde_json::from_value(json).unwrap();
        let d = parsed.order.into_details();
        assert_eq!(d.fulfillment, Some(Fulfillment::Fbm));
        assert_eq!(
            d.buyer_email.unwrap().as_str(),
            "abc@marketplace.amazon.com"
        );
        assert_eq!(d.ship_to.unwrap().postal_code.as_deref(), Some("10001"));
        assert_eq!(d.items[0].quantity, 2);
        assert_eq!(
            d.delivered_at.unwrap().to_rfc3339(),
            "2026-03-06T18:00:00+00:00"
        );
        assert_eq!(
            d.latest_delivery.unwrap().to_rfc3339(),
            "2026-03-08T23:59:59+00:00"
        );
    }

    #[test]
    fn a_bad_relay_address_is_dropped() {
        let json = serde_json::json!({"order": {"buyer": {"buyerEmail": "not-an-address"},
            "orderItems": []}});
        let parsed: GetOrderResponse = serde_json::from_value(json).unwrap();
        assert_eq!(parsed.order.into_details().buyer_email, None);
    }
}
