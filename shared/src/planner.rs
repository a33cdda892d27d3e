//! The planner: given one order, the store's campaigns and what was already decided for the
//! order, decide which sends to create (and when), which to record as skipped, and which
//! pending sends to cancel. A pure function: no storage, no clock but the `now` passed in.
//!
//! The same checks run again at send time ([`recheck`]), because the order or the buyer may have
//! changed between planning and sending.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::config::{Campaign, CampaignStatus, Store};
use crate::order::{Fulfillment, Order};
use crate::send::{Channel, Reason, Send, SendId, SendStatus};
use crate::window::Slot;
use crate::CampaignKind;

/// Nothing is sent later than this after the order.
pub const HORIZON_DAYS: i64 = 180;
/// Amazon allows proactive messages (review requests included) up to 30 days after the order
/// was completed; see [`completed_at`].
pub const AFTER_COMPLETION_DAYS: i64 = 30;
/// Amazon allows review requests up to 30 days after delivery: the same limit.
pub const REVIEW_WINDOW_END_DAYS: i64 = AFTER_COMPLETION_DAYS;

/// What the planner knows besides the order itself.
pub struct PlanInput<'a> {
    pub order: &'a Order,
    pub store: &'a Store,
    /// The store's campaigns, highest priority first.
    pub campaigns: &'a [&'a Campaign],
    /// Every send already stored for this order, in any status.
    pub existing: &'a [Send],
    /// Orders this buyer placed with the store before this one.
    pub prior_orders: u32,
    /// Set when the buyer is opted out or blacklisted.
    pub suppressed: Option<Reason>,
    pub buyer_zone: Tz,
    pub now: DateTime<Utc>,
}

/// The planner's decisions for one order.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Plan {
    /// New sends to store: `pending`, or `skipped` with a reason so re-planning stays quiet.
    pub sends: Vec<Send>,
    /// Pending sends that must not go out any more.
    pub cancel: Vec<(SendId, Reason)>,
}

/// Plans one order.
pub fn plan(input: &PlanInput<'_>) -> Plan {
    let order = input.order;
    let mut out = Plan::default();
    // Sends that will exist after this plan, for caps, windows and exclusions.
    let mut live: Vec<Send> = input
        .existing
        .iter()
        .filter(|s| s.status.is_live())
        .cloned()
        .collect();

    for pending in input
        .existing
        .iter()
        .filter(|s| s.status == SendStatus::Pending)
    {
        let stop = match input.campaigns.iter().find(|c| c.name == pending.campaign) {
            // The delivery may have moved since the send was planned.
            Some(c) => recheck(c, order, input.suppressed).or_else(|| {
                past_completion(c.kind, order, input.store.transit_days, pending.send_at)
            }),
            None => Some(Reason::CampaignRemoved),
        };
        if let Some(reason) = stop {
            out.cancel.push((pending.id.clone(), reason));
            live.retain(|s| s.id != pending.id);
        }
    }

    let already: BTreeSet<&str> = input.existing.iter().map(|s| s.campaign.as_str()).collect();
    for campaign in input.campaigns {
        if already.contains(campaign.name.as_str()) || !targets(campaign, order, input.prior_orders)
        {
            continue;
        }
        let Some(trigger_at) = campaign
            .triggers
            .iter()
            .filter_map(|t| order.milestone(*t))
            .min()
        else {
            continue;
        };
        let id = SendId::new(&order.store_id, &order.order_id, &campaign.name);
        let skip = |reason: Reason, at: DateTime<Utc>| {
            new_send(
                input,
                campaign,
                id.clone(),
                SendStatus::Skipped,
                Some(reason),
                at,
            )
        };

        if let Some(reason) = exclusion(campaign, input, &live) {
            out.sends.push(skip(reason, input.now));
            continue;
        }
        let Some(send_at) = first_free_time(campaign, input, trigger_at, &live) else {
            out.sends.push(skip(Reason::Past180Days, input.now));
            continue;
        };
        if let Some(reason) =
            past_completion(campaign.kind, order, input.store.transit_days, send_at)
        {
            out.sends.push(skip(reason, send_at));
            continue;
        }
        if live.len() >= usize::from(input.store.max_messages_per_order) {
            out.sends.push(skip(Reason::OrderCap, send_at));
            continue;
        }
        let send = new_send(input, campaign, id, SendStatus::Pending, None, send_at);
        live.push(send.clone());
        out.sends.push(send);
    }
    out
}

/// Whether a campaign is about this order at all (its filters). Orders a campaign does not
/// target leave no trace.
pub fn targets(c: &Campaign, order: &Order, prior_orders: u32) -> bool {
    let f = &c.filters;
    let asin_in = |list: &[String]| {
        order
            .items
            .iter()
            .any(|i| list.iter().any(|a| a.eq_ignore_ascii_case(&i.asin)))
    };
    let sku_in = |list: &[String]| {
        order.items.iter().any(|i| {
            i.sku
                .as_deref()
                .is_some_and(|s| list.iter().any(|x| x == s))
        })
    };
    let listed = f.asins.is_empty() && f.skus.is_empty() || asin_in(&f.asins) || sku_in(&f.skus);
    let excluded = asin_in(&f.exclude_asins) || sku_in(&f.exclude_skus);
    let fulfillment = f
        .fulfillment
        .is_none_or(|want| order.fulfillment == Some(want));
    let marketplace = f.marketplaces.is_empty() || f.marketplaces.contains(&order.marketplace);
    let quantity = f.min_quantity.is_none_or(|q| order.total_quantity() >= q);
    let prior = f.min_prior_orders.is_none_or(|n| prior_orders >= n);
    let rating = f.rating.is_none_or(|[lo, hi]| {
        order
            .feedback
            .as_ref()
            .is_some_and(|fb| (lo..=hi).contains(&fb.rating))
    });
    let promo = !(f.skip_promotional && order.is_promotional());
    listed && !excluded && fulfillment && marketplace && quantity && prior && rating && promo
}

/// Reasons that stop a campaign for this order, whenever they are checked (plan or send time).
pub fn recheck(c: &Campaign, order: &Order, suppressed: Option<Reason>) -> Option<Reason> {
    let ex = &c.exclusions;
    if let Some(reason) = suppressed {
        return Some(reason);
    }
    if c.status == CampaignStatus::Paused {
        return Some(Reason::CampaignPaused);
    }
    if ex.cancelled && order.cancelled_at.is_some() {
        return Some(Reason::Cancelled);
    }
    if ex.returned && order.returned_at.is_some() {
        return Some(Reason::Returned);
    }
    if ex.refunded && order.refunded_at.is_some() {
        return Some(Reason::Refunded);
    }
    if let Some(fb) = &order.feedback {
        // After a negative feedback only a service follow-up may still go out.
        let recovery = c.kind == CampaignKind::ServiceRecovery;
        if fb.is_negative() && (ex.negative_feedback || !recovery) {
            return Some(Reason::NegativeFeedback);
        }
        if ex.feedback || c.kind == CampaignKind::ReviewRequest {
            return Some(Reason::FeedbackLeft);
        }
    }
    None
}

fn exclusion(c: &Campaign, input: &PlanInput<'_>, live: &[Send]) -> Option<Reason> {
    if let Some(reason) = recheck(c, input.order, input.suppressed) {
        return Some(reason);
    }
    if live
        .iter()
        .any(|s| c.exclusions.already_mailed_by.contains(&s.campaign))
    {
        return Some(Reason::AlreadyMailedBy);
    }
    if c.kind == CampaignKind::FollowUp
        && input.campaigns.iter().any(|other| {
            other.exclude_from_follow_up
                && other.status != CampaignStatus::Paused
                && targets(other, input.order, input.prior_orders)
        })
    {
        return Some(Reason::ProductInfoInstead);
    }
    if c.kind == CampaignKind::ReviewRequest
        && live.iter().any(|s| s.kind == CampaignKind::ReviewRequest)
    {
        return Some(Reason::ReviewAlreadyRequested);
    }
    if no_address_coming(c, input.order) {
        return Some(Reason::NoBuyerEmail);
    }
    None
}

/// An email campaign for an order that has no buyer address and will not get one: Amazon gives
/// none for orders it fulfils, and none after a merchant-fulfilled order shipped without one.
/// (An order still waiting to ship may get its address later: the send-time check decides.)
fn no_address_coming(c: &Campaign, order: &Order) -> bool {
    c.channel == Channel::Email
        && c.status != CampaignStatus::Test
        && order.buyer.email.is_none()
        && (order.fulfillment == Some(Fulfillment::Fba)
            || order.shipped_at.is_some()
            || order.delivered_at.is_some())
}

/// The send time: `delay` local days after the trigger, in the first slot of the window that no
/// other email for this order already uses. `None` when that is past the 180-day horizon.
fn first_free_time(
    c: &Campaign,
    input: &PlanInput<'_>,
    trigger_at: DateTime<Utc>,
    live: &[Send],
) -> Option<DateTime<Utc>> {
    let order = input.order;
    let delay = i64::from(c.delay_days(order.fulfillment));
    let horizon = order.placed_at().unwrap_or(trigger_at) + Duration::days(HORIZON_DAYS);
    let taken: BTreeSet<_> = live
        .iter()
        .map(|s| s.send_at.with_timezone(&input.buyer_zone).date_naive())
        .collect();
    let key = format!("{}/{}", order.order_id, c.name);
    match c.window_for(input.store) {
        None => {
            let at = (trigger_at + Duration::days(delay)).max(input.now);
            (at <= horizon).then_some(at)
        }
        Some(window) => {
            let zone = window.zone_for(input.buyer_zone);
            let target_date = trigger_at.with_timezone(&zone).date_naive() + Duration::days(delay);
            let midnight = local_midnight(zone, target_date);
            let mut from = midnight.max(trigger_at).max(input.now);
            loop {
                let slot: Slot = window.first_slot_from(zone, from);
                if slot.start > horizon {
                    return None;
                }
                if !window.ticks_in(&slot) {
                    // Planned after the window's last tick today: the next opening.
                    from = slot.end;
                    continue;
                }
                let at = slot.spread(&key);
                if at > horizon {
                    return None;
                }
                if !taken.contains(&at.with_timezone(&input.buyer_zone).date_naive()) {
                    return Some(at);
                }
                from = slot.end;
            }
        }
    }
}

fn local_midnight(zone: Tz, date: chrono::NaiveDate) -> DateTime<Utc> {
    let t = date.and_time(NaiveTime::MIN);
    zone.from_local_datetime(&t)
        .earliest()
        .or_else(|| {
            zone.from_local_datetime(&(t + Duration::hours(1)))
                .earliest()
        })
        .map_or_else(|| Utc.from_utc_datetime(&t), |d| d.with_timezone(&Utc))
}

/// When Amazon counts the order as completed, for its 30-day limit on proactive messages: the
/// delivery, reported or estimated (`Order::estimate_delivery`: the latest promised date of a
/// merchant-fulfilled order, shipment plus `transit_days` for one fulfilled by Amazon); else,
/// before anything says when it arrives, the latest delivery date Amazon promised; else the
/// shipment plus `transit_days`. `None` while the order has not shipped: nothing is completed
/// yet, and the send-time check looks again.
pub fn completed_at(order: &Order, transit_days: u32) -> Option<DateTime<Utc>> {
    order.delivered_at.or(order.latest_delivery).or_else(|| {
        order
            .shipped_at
            .map(|s| s + Duration::days(i64::from(transit_days)))
    })
}

/// Amazon's 30-day rule at `at`, for a message of `kind`: every proactive message must go
/// within 30 days of the order's completion; only the shipment notice (a message needed to
/// complete the order) is exempt. Review requests keep their own reason
/// (`review_window_closed`) for the same limit.
pub fn past_completion(
    kind: CampaignKind,
    order: &Order,
    transit_days: u32,
    at: DateTime<Utc>,
) -> Option<Reason> {
    if kind.is_order_critical() {
        return None;
    }
    let completed = completed_at(order, transit_days)?;
    (at > completed + Duration::days(AFTER_COMPLETION_DAYS)).then_some(
        if kind == CampaignKind::ReviewRequest {
            Reason::ReviewWindowClosed
        } else {
            Reason::Past30DaysAfterDelivery
        },
    )
}

/// The item a campaign filtered on products is about: the first of the order's items its
/// `filters.asins` names (its ASIN), else the first its `filters.skus` names (its SKU). `None`
/// for campaigns about the whole order.
pub fn matched_item(c: &Campaign, order: &Order) -> Option<String> {
    let f = &c.filters;
    let by_asin = order
        .items
        .iter()
        .find(|i| f.asins.iter().any(|a| a.eq_ignore_ascii_case(&i.asin)))
        .map(|i| i.asin.clone());
    by_asin.or_else(|| {
        order.items.iter().find_map(|i| {
            i.sku
                .as_ref()
                .filter(|s| f.skus.iter().any(|x| x == *s))
                .cloned()
        })
    })
}

fn new_send(
    input: &PlanInput<'_>,
    c: &Campaign,
    id: SendId,
    status: SendStatus,
    reason: Option<Reason>,
    send_at: DateTime<Utc>,
) -> Send {
    let order = input.order;
    let window_group = match c.window_for(input.store) {
        None => "immediate".to_string(),
        Some(window) => crate::window::window_group(&window, input.buyer_zone),
    };
    Send {
        id,
        store_id: order.store_id.clone(),
        order_id: order.order_id.clone(),
        campaign: c.name.clone(),
        kind: c.kind,
        channel: c.channel,
        status,
        reason,
        send_at,
        buyer_zone: input.buyer_zone,
        window_group,
        item: matched_item(c, order),
        test: c.status == CampaignStatus::Test,
        buyer_key: order.buyer.email.as_ref().map(|e| e.as_str().to_string()),
        created_at: input.now,
        updated_at: input.now,
        message_id: None,
        bounced: false,
        expires_at: Send::expiry_for(send_at.max(input.now)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::order::{parse_event, Order};
    use crate::template::TemplateSet;
    use chrono_tz::America::Chicago;
    use proptest::prelude::*;

    const CONFIG: &str = r#"
[[store]]
id = "acme"
name = "Acme"
marketplace = "US"
sender = "Acme <care@acme.example>"
test_address = "me@acme.example"

[[campaign]]
name = "ship"
kind = "shipment_notice"

[[campaign]]
name = "follow"
kind = "follow_up"

[[campaign]]
name = "tips"
kind = "product_info"
filters = { asins = ["B0TIPS"] }

[[campaign]]
name = "day1"
kind = "prevent_negative"
filters = { asins = ["B0LAMP", "B0TIPS"] }

[[campaign]]
name = "check"
kind = "sentiment_check"

[[campaign]]
name = "review"
kind = "review_request"

[[campaign]]
name = "survey"
kind = "upgrade_survey"
"#;

    fn config(extra: &str) -> Config {
        Config::from_toml(
            "test.toml",
            &format!("{CONFIG}{extra}"),
            None,
            TemplateSet::builtin(),
        )
        .unwrap()
    }

    fn event(kind: &str, at: &str, extra: &str) -> crate::order::OrderEvent {
        parse_event(&format!(
            r#"{{"store_id":"acme","event_id":"{kind}-{at}","type":"{kind}","occurred_at":"{at}",
               "order":{{"order_id":"111-0000000-0000001","marketplace":"US","fulfillment":"FBM",
               "purchase_date":"2026-03-01T02:00:00Z",
               "buyer":{{"email":"b@marketplace.amazon.com"}},
               "ship_to":{{"postal_code":"60601","state":"IL","country":"US"}},
               "items":[{{"asin":"B0LAMP","quantity":1}}]}}{extra}}}"#
        ))
        .unwrap()
    }

    fn order(events: &[crate::order::OrderEvent]) -> Order {
        let mut o = Order::from_event(&events[0], crate::Marketplace::Us);
        for e in &events[1..] {
            o.merge(e);
        }
        o
    }

    fn run(config: &Config, order: &Order, existing: &[Send], now: &str) -> Plan {
        let store = &config.stores[0];
        let campaigns = config.campaigns_for(&store.id);
        plan(&PlanInput {
            order,
            store,
            campaigns: &campaigns,
            existing,
            prior_orders: 0,
            suppressed: None,
            buyer_zone: Chicago,
            now: now.parse().unwrap(),
        })
    }

    fn by<'a>(plan: &'a Plan, campaign: &str) -> &'a Send {
        plan.sends
            .iter()
            .find(|s| s.campaign == campaign)
            .unwrap_or_else(|| panic!("no {campaign} in {plan:#?}"))
    }

    #[test]
    fn default_timings_follow_the_design() {
        let c = config("");
        let shipped = event("shipped", "2026-03-02T15:00:00Z", "");
        let delivered = event("delivered", "2026-03-04T16:00:00Z", "");
        let o = order(&[shipped.clone(), delivered]);
        let p = run(&c, &o, &[], "2026-03-04T16:00:00Z");
        // FBM follow-up: 10 local days after shipment, in the 13:00–15:00 Chicago window.
        let f = by(&p, "follow");
        let local = f.send_at.with_timezone(&Chicago);
        assert_eq!(local.date_naive().to_string(), "2026-03-12");
        assert!(
            (13..15).contains(&chrono::Timelike::hour(&local)),
            "{local}"
        );
        // Day after delivery, 3 days after, 5 days after.
        let day = |name: &str| {
            by(&p, name)
                .send_at
                .with_timezone(&Chicago)
                .date_naive()
                .to_string()
        };
        assert_eq!(day("day1"), "2026-03-05");
        assert_eq!(day("check"), "2026-03-07");
        assert_eq!(day("review"), "2026-03-09");
        // Shipment notice in the buyer's next window after shipment (planned late here, on
        // delivery day: that day's window is still ahead), not at whatever hour it shipped.
        let ship = by(&p, "ship");
        assert_eq!(ship.window_group, "America/Chicago 13:00-15:00");
        let local = ship.send_at.with_timezone(&Chicago);
        assert_eq!(local.date_naive().to_string(), "2026-03-04");
        assert!(
            (13..15).contains(&chrono::Timelike::hour(&local)),
            "{local}"
        );
        assert!(ship.send_at >= shipped.occurred_at);
        // No survey: nothing was returned.
        assert!(p.sends.iter().all(|s| s.campaign != "survey"));
        // Per-order cap of 4: the lowest-priority campaign that did not fit is recorded as skipped.
        let pending = p
            .sends
            .iter()
            .filter(|s| s.status == SendStatus::Pending)
            .count();
        assert_eq!(pending, 4);
        assert_eq!(by(&p, "review").status, SendStatus::Skipped);
        assert_eq!(by(&p, "review").reason, Some(Reason::OrderCap));
    }

    #[test]
    fn product_info_orders_are_excluded_from_follow_up() {
        let c = config("");
        let mut shipped = event("shipped", "2026-03-02T15:00:00Z", "");
        shipped.order.items.as_mut().unwrap()[0].asin = "B0TIPS".into();
        let p = run(&c, &order(&[shipped]), &[], "2026-03-02T15:00:00Z");
        assert_eq!(by(&p, "follow").reason, Some(Reason::ProductInfoInstead));
    }

    #[test]
    fn replanning_creates_nothing_new_and_never_a_second_send() {
        let c = config("");
        let o = order(&[
            event("shipped", "2026-03-02T15:00:00Z", ""),
            event("delivered", "2026-03-04T16:00:00Z", ""),
        ]);
        let first = run(&c, &o, &[], "2026-03-04T16:00:00Z");
        let again = run(&c, &o, &first.sends, "2026-03-05T16:00:00Z");
        assert!(again.sends.is_empty(), "{:#?}", again.sends);
    }

    #[test]
    fn return_stops_the_sequence_and_starts_the_survey() {
        let c = config("");
        let o = order(&[
            event("shipped", "2026-03-02T15:00:00Z", ""),
            event("delivered", "2026-03-04T16:00:00Z", ""),
        ]);
        let first = run(&c, &o, &[], "2026-03-04T16:00:00Z");
        let o = order(&[
            event("shipped", "2026-03-02T15:00:00Z", ""),
            event("delivered", "2026-03-04T16:00:00Z", ""),
            event("returned", "2026-03-06T16:00:00Z", ""),
        ]);
        let p = run(&c, &o, &first.sends, "2026-03-06T16:00:00Z");
        let cancelled: BTreeSet<_> = p
            .cancel
            .iter()
            .map(|(id, r)| (id.as_str().rsplit('/').next().unwrap().to_string(), *r))
            .collect();
        assert!(
            cancelled.contains(&("follow".into(), Reason::Returned)),
            "{cancelled:?}"
        );
        assert!(cancelled.contains(&("check".into(), Reason::Returned)));
        assert_eq!(by(&p, "survey").status, SendStatus::Pending);
    }

    #[test]
    fn feedback_stops_everything_and_review_gating_is_refused() {
        let c = config("");
        let o = order(&[
            event("shipped", "2026-03-02T15:00:00Z", ""),
            event("delivered", "2026-03-04T16:00:00Z", ""),
        ]);
        let first = run(&c, &o, &[], "2026-03-04T16:00:00Z");
        let fb = event(
            "feedback",
            "2026-03-05T01:00:00Z",
            r#","feedback":{"rating":5}"#,
        );
        let o = order(&[
            event("shipped", "2026-03-02T15:00:00Z", ""),
            event("delivered", "2026-03-04T16:00:00Z", ""),
            fb,
        ]);
        let p = run(&c, &o, &first.sends, "2026-03-05T01:00:00Z");
        let pending = first
            .sends
            .iter()
            .filter(|s| s.status == SendStatus::Pending)
            .count();
        assert!(pending > 0);
        assert_eq!(
            p.cancel.len(),
            pending,
            "every pending send stops once feedback is left"
        );
        assert!(p.cancel.iter().all(|(_, r)| *r == Reason::FeedbackLeft));
        let gated = format!("{CONFIG}\n[[campaign]]\nname = \"happy-review\"\nkind = \"review_request\"\nfilters = {{ rating = [4, 5] }}\n");
        let err =
            Config::from_toml("gated.toml", &gated, None, TemplateSet::builtin()).unwrap_err();
        assert!(err.to_string().contains("review gating"), "{err}");
        assert!(err.to_string().starts_with("gated.toml:"), "{err}");
    }

    #[test]
    fn paused_sends_nothing_and_test_goes_to_the_test_address() {
        let c = config("");
        let mut paused = c.clone();
        paused
            .campaigns
            .iter_mut()
            .for_each(|c| c.status = CampaignStatus::Paused);
        let o = order(&[event("shipped", "2026-03-02T15:00:00Z", "")]);
        let p = run(&paused, &o, &[], "2026-03-02T15:00:00Z");
        assert!(p
            .sends
            .iter()
            .all(|s| s.status == SendStatus::Skipped && s.reason == Some(Reason::CampaignPaused)));
        let mut test = c.clone();
        test.campaigns
            .iter_mut()
            .for_each(|c| c.status = CampaignStatus::Test);
        let p = run(&test, &o, &[], "2026-03-02T15:00:00Z");
        assert!(p
            .sends
            .iter()
            .filter(|s| s.status == SendStatus::Pending)
            .all(|s| s.test));
    }

    #[test]
    fn nothing_past_180_days_and_no_review_after_30_days() {
        let c = config("");
        // Delivered long after purchase: everything would land past the horizon.
        let o = order(&[event("delivered", "2026-08-27T16:00:00Z", "")]);
        let p = run(&c, &o, &[], "2026-08-27T16:00:00Z");
        assert!(
            p.sends.iter().all(|s| s.status == SendStatus::Skipped),
            "{p:#?}"
        );
        // Planned late (events replayed 40 days after delivery): the review window is closed.
        let o = order(&[event("delivered", "2026-03-04T16:00:00Z", "")]);
        let p = run(&c, &o, &[], "2026-04-14T16:00:00Z");
        assert_eq!(by(&p, "review").reason, Some(Reason::ReviewWindowClosed));
    }

    fn item(asin: &str, sku: &str, title: &str) -> crate::order::Item {
        crate::order::Item {
            asin: asin.into(),
            sku: Some(sku.into()),
            title: Some(title.into()),
            quantity: 1,
            promotion_discount: 0.0,
        }
    }

    #[test]
    fn product_campaigns_remember_the_item_they_matched() {
        let c = config(
            "\n[[campaign]]\nname = \"mug-care\"\nkind = \"product_info\"\nfilters = { skus = [\"MUG-12\"] }\n",
        );
        let mut delivered = event("delivered", "2026-03-04T16:00:00Z", "");
        // The lamp is the second item: the campaign about it must not show the mug.
        delivered.order.items = Some(vec![
            item("B0MUG", "MUG-12", "Travel Mug"),
            item("B0LAMP", "LAMP-01", "Desk Lamp"),
        ]);
        let o = order(&[event("shipped", "2026-03-02T15:00:00Z", ""), delivered]);
        let p = run(&c, &o, &[], "2026-03-04T16:00:00Z");
        assert_eq!(by(&p, "day1").item.as_deref(), Some("B0LAMP"));
        assert_eq!(by(&p, "mug-care").item.as_deref(), Some("MUG-12"));
        // Campaigns about the whole order name no item.
        assert_eq!(by(&p, "ship").item, None);
        assert_eq!(by(&p, "check").item, None);
        // Stored sends from before items were recorded still load.
        let mut json = serde_json::to_value(by(&p, "day1")).unwrap();
        json.as_object_mut().unwrap().remove("item");
        let old: Send = serde_json::from_value(json).unwrap();
        assert_eq!(old.item, None);
    }

    #[test]
    fn shipment_notices_wait_for_the_window_unless_sent_immediately() {
        // Shipped at 01:30 in Chicago.
        let shipped = event("shipped", "2026-03-02T07:30:00Z", "");
        let o = order(std::slice::from_ref(&shipped));
        let p = run(&config(""), &o, &[], "2026-03-02T07:30:00Z");
        let local = by(&p, "ship").send_at.with_timezone(&Chicago);
        assert_eq!(local.date_naive().to_string(), "2026-03-02");
        assert!(
            (13..15).contains(&chrono::Timelike::hour(&local)),
            "{local}"
        );
        // Shipped at 14:50 in Chicago, after the window's last dispatcher run (14:45): the
        // next day's window, not a time no run reaches.
        let late = order(&[event("shipped", "2026-03-02T20:50:00Z", "")]);
        let p = run(&config(""), &late, &[], "2026-03-02T20:50:00Z");
        let local = by(&p, "ship").send_at.with_timezone(&Chicago);
        assert_eq!(local.date_naive().to_string(), "2026-03-03");
        assert!(
            (13..15).contains(&chrono::Timelike::hour(&local)),
            "{local}"
        );
        let immediate = CONFIG.replace(
            "kind = \"shipment_notice\"",
            "kind = \"shipment_notice\"\nwindow = \"immediate\"",
        );
        let c = Config::from_toml("t.toml", &immediate, None, TemplateSet::builtin()).unwrap();
        let p = run(&c, &o, &[], "2026-03-02T07:30:00Z");
        assert_eq!(by(&p, "ship").send_at, shipped.occurred_at);
        assert_eq!(by(&p, "ship").window_group, "immediate");
    }

    #[test]
    fn nothing_proactive_goes_more_than_30_days_after_completion() {
        let c = config("");
        let o = order(&[
            event("shipped", "2026-03-02T15:00:00Z", ""),
            event("delivered", "2026-03-04T16:00:00Z", ""),
        ]);
        // Events replayed 41 days after delivery: the shipment notice (needed to complete the
        // order) still goes, nothing proactive does.
        let p = run(&c, &o, &[], "2026-04-14T16:00:00Z");
        assert_eq!(by(&p, "ship").status, SendStatus::Pending);
        for name in ["follow", "day1", "check"] {
            assert_eq!(
                by(&p, name).reason,
                Some(Reason::Past30DaysAfterDelivery),
                "{name}"
            );
        }
        // Review requests: the same limit, their own reason.
        assert_eq!(by(&p, "review").reason, Some(Reason::ReviewWindowClosed));
        // Planned 28 days after delivery: one email a day, so the first proactive ones still
        // fit before day 30 and the next ones do not.
        let p = run(&c, &o, &[], "2026-04-01T16:00:00Z");
        let limit = o.delivered_at.unwrap() + Duration::days(30);
        assert_eq!(by(&p, "day1").status, SendStatus::Pending);
        assert!(by(&p, "day1").send_at <= limit);
        assert!(by(&p, "follow").send_at > limit);
        assert_eq!(
            by(&p, "follow").reason,
            Some(Reason::Past30DaysAfterDelivery)
        );
    }

    #[test]
    fn completion_is_the_delivery_else_the_promise_else_shipment_plus_transit() {
        let late = "\n[[campaign]]\nname = \"late\"\nkind = \"follow_up\"\ndelay_days = 35\n\
                    \n[[campaign]]\nname = \"month\"\nkind = \"follow_up\"\ndelay_days = 30\n";
        let c = config(late);
        let shipped = event("shipped", "2026-03-02T15:00:00Z", "");
        // Nothing says when it arrives: shipped + 3 transit days (the store's default).
        let o = order(std::slice::from_ref(&shipped));
        assert_eq!(
            completed_at(&o, 3),
            Some(shipped.occurred_at + Duration::days(3))
        );
        let p = run(&c, &o, &[], "2026-03-02T15:00:00Z");
        assert_eq!(by(&p, "late").reason, Some(Reason::Past30DaysAfterDelivery));
        assert_eq!(by(&p, "month").status, SendStatus::Pending);
        // Amazon promised it by March 20: that counts until a delivery is known.
        let mut promised = o.clone();
        promised.latest_delivery = Some("2026-03-20T07:00:00Z".parse().unwrap());
        let first = run(&c, &promised, &[], "2026-03-02T15:00:00Z");
        assert_eq!(by(&first, "late").status, SendStatus::Pending);
        // Then it is reported delivered on March 3: the pending send is past the limit now,
        // and re-planning cancels it.
        let mut delivered = promised.clone();
        delivered.merge(&event("delivered", "2026-03-03T16:00:00Z", ""));
        assert_eq!(completed_at(&delivered, 3), delivered.delivered_at);
        let again = run(&c, &delivered, &first.sends, "2026-03-03T16:00:00Z");
        assert!(
            again.cancel.contains(&(
                by(&first, "late").id.clone(),
                Reason::Past30DaysAfterDelivery
            )),
            "{:?}",
            again.cancel
        );
        // Not shipped yet: nothing is completed, nothing is limited yet.
        let ordered = order(&[event("ordered", "2026-03-01T02:00:00Z", "")]);
        assert_eq!(completed_at(&ordered, 3), None);
        assert_eq!(
            past_completion(
                CampaignKind::FollowUp,
                &ordered,
                3,
                "2026-09-01T00:00:00Z".parse().unwrap()
            ),
            None
        );
    }

    #[test]
    fn opted_out_buyers_get_nothing() {
        let c = config("");
        let o = order(&[event("shipped", "2026-03-02T15:00:00Z", "")]);
        let store = &c.stores[0];
        let campaigns = c.campaigns_for(&store.id);
        let p = plan(&PlanInput {
            order: &o,
            store,
            campaigns: &campaigns,
            existing: &[],
            prior_orders: 0,
            suppressed: Some(Reason::OptedOut),
            buyer_zone: Chicago,
            now: "2026-03-02T15:00:00Z".parse().unwrap(),
        });
        assert!(!p.sends.is_empty());
        assert!(p
            .sends
            .iter()
            .all(|s| s.status == SendStatus::Skipped && s.reason == Some(Reason::OptedOut)));
    }

    fn zones() -> impl Strategy<Value = Tz> {
        prop::sample::select(vec![
            chrono_tz::America::New_York,
            Chicago,
            chrono_tz::America::Denver,
            chrono_tz::America::Phoenix,
            chrono_tz::America::Los_Angeles,
            chrono_tz::America::Anchorage,
            chrono_tz::Pacific::Honolulu,
            chrono_tz::America::Puerto_Rico,
        ])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        /// Whatever the event order and timing (DST days included): no two live sends for one
        /// order on the same buyer-local day, every windowed send inside its window, at most
        /// one review request, at most 4 live sends, nothing after a stop event, and replanning
        /// in any order never creates a second send for an (order, campaign).
        #[test]
        fn planner_invariants(
            zone in zones(),
            start in 0i64..365 * 24,
            ship_after in 1i64..72,
            deliver_after in 1i64..200,
            stop in prop::option::of((0usize..4, 1i64..400)),
            fba in any::<bool>(),
            shuffle in any::<u64>(),
        ) {
            static CONFIG: std::sync::OnceLock<Config> = std::sync::OnceLock::new();
            let c = CONFIG.get_or_init(|| config(""));
            let t0 = "2026-01-01T00:00:00Z".parse::<DateTime<Utc>>().unwrap() + Duration::hours(start);
            let ts = |h: i64| (t0 + Duration::hours(h)).to_rfc3339();
            let mk = |kind: &str, at: String, extra: &str| {
                let mut e = event(kind, &at, extra);
                e.order.fulfillment = Some(if fba { crate::order::Fulfillment::Fba } else { crate::order::Fulfillment::Fbm });
                e.order.purchase_date = Some(t0);
                e
            };
            let mut events = vec![mk("ordered", ts(0), ""), mk("shipped", ts(ship_after), ""), mk("delivered", ts(ship_after + deliver_after), "")];
            if let Some((which, after)) = stop {
                let at = ts(ship_after + after);
                events.push(match which {
                    0 => mk("returned", at, ""),
                    1 => mk("refunded", at, ""),
                    2 => mk("cancelled", at, ""),
                    _ => mk("feedback", at, r#","feedback":{"rating":2}"#),
                });
            }
            // Deliver the events in a shuffled order, planning after each, like a real replay.
            let mut order_idx: Vec<usize> = (0..events.len()).collect();
            let mut s = shuffle;
            for i in (1..order_idx.len()).rev() {
                s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                order_idx.swap(i, (s >> 33) as usize % (i + 1));
            }
            let mut stored: Vec<Send> = Vec::new();
            let mut seen = Vec::new();
            for &i in &order_idx {
                seen.push(events[i].clone());
                let o = order(&seen);
                let now = seen.iter().map(|e| e.occurred_at).max().unwrap();
                let store = &c.stores[0];
                let campaigns = c.campaigns_for(&store.id);
                let p = plan(&PlanInput { order: &o, store, campaigns: &campaigns, existing: &stored, prior_orders: 0, suppressed: None, buyer_zone: zone, now });
                for (id, reason) in &p.cancel {
                    let s = stored.iter_mut().find(|s| &s.id == id).unwrap();
                    prop_assert_eq!(s.status, SendStatus::Pending);
                    s.status = SendStatus::Cancelled;
                    s.reason = Some(*reason);
                }
                for s in p.sends {
                    prop_assert!(stored.iter().all(|x| x.id != s.id), "second send for {}", s.id);
                    stored.push(s);
                }
            }
            let full = order(&events);
            let live: Vec<&Send> = stored.iter().filter(|s| s.status.is_live()).collect();
            prop_assert!(live.len() <= 4);
            prop_assert!(live.iter().filter(|s| s.kind == CampaignKind::ReviewRequest).count() <= 1);
            let mut days = BTreeSet::new();
            for s in &live {
                prop_assert!(days.insert(s.send_at.with_timezone(&zone).date_naive()), "two sends on one day: {:#?}", live);
                if s.window_group != "immediate" {
                    let local = s.send_at.with_timezone(&zone).time();
                    prop_assert!(local >= NaiveTime::from_hms_opt(13, 0, 0).unwrap() && local < NaiveTime::from_hms_opt(15, 0, 0).unwrap(), "{} at {}", s.id, local);
                }
                if s.kind != CampaignKind::UpgradeSurvey {
                    // A live send after a stop event would have been cancelled.
                    let stop_at = [full.returned_at, full.refunded_at, full.cancelled_at, full.feedback.as_ref().map(|f| f.left_at)].into_iter().flatten().min();
                    prop_assert!(stop_at.is_none(), "{} still live after a stop event", s.id);
                }
            }
        }
    }
}
