//! Generated sample orders for `aftercare demo` and for load runs of `aftercare simulate`:
//! a deterministic mix of FBA and FBM orders shipped all over the US, with deliveries, some
//! repeat and bulk buyers, returns, refunds, cancellations, feedback and opted-out buyers.

use chrono::{DateTime, Duration, Utc};

use crate::order::{
    Buyer, BuyerEmail, EventId, EventType, Feedback, Fulfillment, Item, OrderEvent, OrderId,
    OrderPatch, ShipTo, StoreId, Tracking,
};
use crate::Marketplace;

/// A small deterministic generator (SplitMix64), so every run of the demo tells the same story.
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    pub(crate) fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// True with probability `percent` %.
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    fn pick<'a, T>(&mut self, list: &'a [T]) -> &'a T {
        &list[self.below(list.len() as u64) as usize]
    }
}

/// ZIP codes across every US zone group, split states included.
const ADDRESSES: &[(&str, &str)] = &[
    ("10001", "NY"),
    ("02139", "MA"),
    ("33101", "FL"),
    ("32501", "FL"),
    ("30301", "GA"),
    ("46204", "IN"),
    ("47708", "IN"),
    ("40202", "KY"),
    ("42101", "KY"),
    ("37203", "TN"),
    ("38103", "TN"),
    ("60601", "IL"),
    ("75201", "TX"),
    ("79901", "TX"),
    ("80202", "CO"),
    ("83702", "ID"),
    ("83814", "ID"),
    ("85004", "AZ"),
    ("86515", "AZ"),
    ("98101", "WA"),
    ("94105", "CA"),
    ("97201", "OR"),
    ("99501", "AK"),
    ("96813", "HI"),
    ("00901", "PR"),
    ("58102", "ND"),
    ("49938", "MI"),
    ("48201", "MI"),
    ("67801", "KS"),
    ("69101", "NE"),
];

const PRODUCTS: &[(&str, &str, &str)] = &[
    (
        "B0DEMOLAMP",
        "LAMP-01",
        "Dimmable LED Desk Lamp with USB-C Charging Port, Warm to Cool Light",
    ),
    ("B0DEMOMUG1", "MUG-12", "Insulated Travel Mug 12 oz"),
    ("B0DEMOHOOK", "HOOK-6", "Adhesive Wall Hooks, Pack of 6"),
    ("B0DEMOBAG1", "BAG-01", "Packable Daypack"),
];

const NAMES: &[&str] = &[
    "Jane Doe",
    "Carlos Rivera",
    "Mei Chen",
    "Sam",
    "Priya Patel",
    "",
    "Amazon Customer",
];

/// How the demo's orders are made.
pub struct DemoSpec {
    pub orders: usize,
    pub start: DateTime<Utc>,
    pub seed: u64,
    pub store_id: StoreId,
}

/// The share of new buyers whose relay address bounces in [`generate`], per mille: 1.5 %, so
/// a demo store's bounce rate stays well under SES's 5 % review line, as a real store's does.
pub const REALISTIC_BOUNCING_BUYERS_PER_MILLE: u64 = 15;

/// A share that trips the bounce circuit breaker (18 %, as many buyers as refuse unsolicited
/// messages when a seller mails a stale list): for breaker and fault-injection runs.
pub const STALE_LIST_BOUNCING_BUYERS_PER_MILLE: u64 = 180;

/// Events for `spec.orders` orders, and the buyer addresses whose relay bounces (for the local
/// relay to bounce): [`REALISTIC_BOUNCING_BUYERS_PER_MILLE`] of new buyers.
pub fn generate(spec: &DemoSpec) -> (Vec<OrderEvent>, Vec<String>) {
    generate_with_bounces(spec, REALISTIC_BOUNCING_BUYERS_PER_MILLE)
}

/// [`generate`] with `per_mille` ‰ of new buyers on the bouncing list. A share in whole
/// percents picks buyers at random; a finer one is spread evenly over the new buyers (every
/// 67th at 15 ‰, the first among the first 34), so even a small demo shows a bounce.
pub fn generate_with_bounces(spec: &DemoSpec, per_mille: u64) -> (Vec<OrderEvent>, Vec<String>) {
    let mut rng = Rng(spec.seed);
    let mut bounce_share = 500;
    let mut events = Vec::new();
    let mut opted_out = Vec::new();
    let mut buyers: Vec<(BuyerEmail, Option<String>, usize)> = Vec::new();
    // Orders arrive over 30 days, whatever their number.
    let span_minutes: i64 = 30 * 24 * 60;
    for n in 0..spec.orders {
        let order_id = OrderId::parse(&format!(
            "113-{:07}-{:07}",
            1_000_000 + n,
            rng.below(10_000_000)
        ))
        .expect("generated ids are valid");
        // One buyer in five comes back.
        let (email, name, address) = if !buyers.is_empty() && rng.chance(20) {
            let (e, nm, a) = rng.pick(&buyers).clone();
            (e, nm, a)
        } else {
            let e = BuyerEmail::parse(&format!("{:012x}@marketplace.amazon.com", rng.next() >> 16))
                .expect("generated addresses are valid");
            let name = Some(rng.pick(NAMES).to_string()).filter(|s| !s.is_empty());
            let a = rng.below(ADDRESSES.len() as u64) as usize;
            let bounces = if per_mille.is_multiple_of(10) {
                rng.chance(per_mille / 10)
            } else {
                bounce_share += per_mille;
                bounce_share >= 1000 && {
                    bounce_share -= 1000;
                    true
                }
            };
            if bounces {
                opted_out.push(e.as_str().to_string());
            }
            buyers.push((e.clone(), name.clone(), a));
            (e, name, a)
        };
        let (zip, state) = ADDRESSES[address];
        let fulfillment = if rng.chance(70) {
            Fulfillment::Fba
        } else {
            Fulfillment::Fbm
        };
        let item_count = if rng.chance(85) { 1 } else { 2 };
        let items: Vec<Item> = (0..item_count)
            .map(|_| {
                let (asin, sku, title) = *rng.pick(PRODUCTS);
                Item {
                    asin: asin.into(),
                    sku: Some(sku.into()),
                    title: Some(title.into()),
                    quantity: if rng.chance(8) {
                        3 + rng.below(3) as u32
                    } else {
                        1
                    },
                    promotion_discount: if rng.chance(10) { 2.5 } else { 0.0 },
                }
            })
            .collect();
        let ordered = spec.start + Duration::minutes(rng.below(span_minutes as u64) as i64);
        let patch = OrderPatch {
            order_id: order_id.clone(),
            marketplace: Some(Marketplace::Us),
            fulfillment: Some(fulfillment),
            purchase_date: Some(ordered),
            buyer: Some(Buyer {
                email: Some(email),
                name,
            }),
            ship_to: Some(ShipTo {
                postal_code: Some(zip.into()),
                state: Some(state.into()),
                country: Some("US".into()),
            }),
            items: Some(items),
            tracking: None,
            seller_id: None,
            delivery: Default::default(),
        };
        let mut seq = 0;
        let mut event =
            |event_type: EventType, at: DateTime<Utc>, full: bool, feedback: Option<Feedback>| {
                seq += 1;
                let mut order = if full {
                    patch.clone()
                } else {
                    OrderPatch::of(order_id.clone())
                };
                if event_type == EventType::Shipped {
                    order.tracking = Some(Tracking {
                        carrier: if fulfillment == Fulfillment::Fba {
                            "AMZL".into()
                        } else {
                            "UPS".into()
                        },
                        number: format!("TRK{:010}", n),
                    });
                }
                events.push(OrderEvent {
                    store_id: spec.store_id.clone(),
                    event_id: EventId::parse(&format!("{order_id}-{seq}")).expect("valid id"),
                    event_type,
                    occurred_at: at,
                    order,
                    feedback,
                });
            };
        event(EventType::Ordered, ordered, true, None);
        if rng.chance(3) {
            event(
                EventType::Cancelled,
                ordered + Duration::hours(2),
                false,
                None,
            );
            continue;
        }
        let shipped = ordered + Duration::hours(6 + rng.below(42) as i64);
        event(EventType::Shipped, shipped, false, None);
        let delivered = shipped + Duration::hours(30 + rng.below(96) as i64);
        event(EventType::Delivered, delivered, false, None);
        if rng.chance(6) {
            let returned = delivered + Duration::days(2 + rng.below(10) as i64);
            event(EventType::Returned, returned, false, None);
            event(
                EventType::Refunded,
                returned + Duration::days(2),
                false,
                None,
            );
        } else if rng.chance(7) {
            let rating = *rng.pick(&[1u8, 2, 3, 4, 5, 5, 5, 4]);
            let at = delivered + Duration::days(1 + rng.below(12) as i64);
            let (comment, answers) = feedback_comment(&mut rng, rating);
            event(
                EventType::Feedback,
                at,
                false,
                Some(Feedback {
                    rating,
                    comment: comment.map(str::to_string),
                    arrived_on_time: Some(answers),
                    item_as_described: Some(answers),
                    good_service: Some(answers),
                    left_at: at,
                }),
            );
        }
    }
    (events, opted_out)
}

/// A buyer's comment for a generated feedback and their answer to the three questions, so
/// `aftercare feedback` has the usual mix to triage: complaints about the seller's service,
/// product-only reviews, delivery complaints and ratings the answers contradict.
fn feedback_comment(rng: &mut Rng, rating: u8) -> (Option<&'static str>, bool) {
    const GOOD: [&str; 4] = [
        "Fast shipping and exactly as described.",
        "Seller answered my question within hours. Great service.",
        "Well packed, arrived early.",
        "Works great, thank you!",
    ];
    const NEUTRAL: [&str; 3] = [
        "The item is fine but smaller than I expected.",
        "Arrived a few days late, otherwise OK.",
        "Okay product, the instructions could be clearer.",
    ];
    const BAD: [&str; 6] = [
        "Stopped working after two weeks. Poor quality.",
        "Arrived late and the seller never answered my emails.",
        "Wrong color sent and the seller took a week to reply.",
        "The package was left in the rain by the courier and arrived soaked.",
        "Cheap plastic, the switch broke on day one.",
        "Not what I hoped for.",
    ];
    match rating {
        4..=5 => (rng.chance(50).then(|| *rng.pick(&GOOD)), true),
        3 => (Some(*rng.pick(&NEUTRAL)), true),
        // Some buyers pick a low rating and still answer yes to every question.
        _ => (Some(*rng.pick(&BAD)), rng.chance(20)),
    }
}

/// An event in the native webhook JSON shape, one line.
pub fn to_json_line(e: &OrderEvent) -> String {
    let mut order = serde_json::Map::new();
    order.insert("order_id".into(), e.order.order_id.as_str().into());
    let p = &e.order;
    if let Some(m) = p.marketplace {
        order.insert("marketplace".into(), m.code().into());
    }
    if let Some(f) = p.fulfillment {
        order.insert("fulfillment".into(), f.to_string().into());
    }
    if let Some(d) = p.purchase_date {
        order.insert("purchase_date".into(), d.to_rfc3339().into());
    }
    if let Some(b) = &p.buyer {
        order.insert("buyer".into(), serde_json::to_value(b).unwrap_or_default());
    }
    if let Some(s) = &p.ship_to {
        order.insert(
            "ship_to".into(),
            serde_json::to_value(s).unwrap_or_default(),
        );
    }
    if let Some(items) = &p.items {
        order.insert(
            "items".into(),
            serde_json::to_value(items).unwrap_or_default(),
        );
    }
    if let Some(t) = &p.tracking {
        order.insert(
            "tracking".into(),
            serde_json::to_value(t).unwrap_or_default(),
        );
    }
    let mut v = serde_json::json!({
        "store_id": e.store_id.as_str(),
        "event_id": e.event_id.as_str(),
        "type": e.event_type.as_str(),
        "occurred_at": e.occurred_at.to_rfc3339(),
        "order": order,
    });
    if let Some(f) = &e.feedback {
        v["feedback"] = serde_json::json!({
            "rating": f.rating,
            "comment": f.comment,
            "arrived_on_time": f.arrived_on_time,
            "item_as_described": f.item_as_described,
            "good_service": f.good_service,
        });
    }
    v.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_events_round_trip_through_the_webhook_parser() {
        let spec = DemoSpec {
            orders: 300,
            start: "2026-11-01T00:00:00Z".parse().unwrap(),
            seed: 7,
            store_id: StoreId::parse("default").unwrap(),
        };
        let (events, opted_out) = generate(&spec);
        assert!(events.len() > 600);
        assert!(!opted_out.is_empty());
        // 1–2 % of the buyers bounce, not a stale list's 18 %.
        let buyers: std::collections::BTreeSet<&str> = events
            .iter()
            .filter_map(|e| e.order.buyer.as_ref()?.email.as_ref())
            .map(|e| e.as_str())
            .collect();
        let share = opted_out.len() as f64 / buyers.len() as f64;
        assert!((0.005..=0.025).contains(&share), "{share}");
        let (_, stale) = generate_with_bounces(&spec, STALE_LIST_BOUNCING_BUYERS_PER_MILLE);
        assert!(
            stale.len() > 5 * opted_out.len(),
            "{} vs {}",
            stale.len(),
            opted_out.len()
        );
        for e in &events {
            let line = to_json_line(e);
            let parsed =
                crate::order::parse_event(&line).unwrap_or_else(|err| panic!("{err}: {line}"));
            assert_eq!(&parsed, e);
        }
        // Deterministic.
        assert_eq!(generate(&spec).0, events);
    }
}
