//! The planner: given one order, the store's campaigns and what was already decided for the
//! order, decide which sends to create (and when), which to record as skipped, and which
//! pending sends to cancel. A pure function: no storage, no clock but the `now` passed in.
//!
//! The same checks run again at send time ([`recheck`]), because the order or the buyer may have
//! changed between planning and sending (DESIGN §3.2).

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::config::{Campaign, CampaignStatus, Store, Timing};
use crate::order::{EventType, Order};
use crate::send::{Reason, Send, SendId, SendStatus};
use crate::window::Slot;
use crate::CampaignKind;

/// Nothing is sent later than this after the order (DESIGN §1.4).
pub const HORIZON_DAYS: i64 = 180;
/// Amazon allows review requests up to 30 days after delivery.
pub const REVIEW_WINDOW_END_DAYS: i64 = 30;

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
    let mut live: Vec<Send> = input.existing.iter().filter(|s| s.status.is_live()).cloned().collect();

    for pending in input.existing.iter().filter(|s| s.status == SendStatus::Pending) {
        let stop = match input.campaigns.iter().find(|c| c.name == pending.campaign) {
            Some(c) => recheck(c, order, input.suppressed),
            None => Some(Reason::CampaignRemoved),
        };
        if let Some(reason) = stop {
            out.cancel.push((pending.id.clone(), reason));
            live.retain(|s| s.id != pending.id);
        }
    }

    let already: BTreeSet<&str> = input.existing.iter().map(|s| s.campaign.as_str()).collect();
    for campaign in input.campaigns {
        if already.contains(campaign.name.as_str()) || !targets(campaign, order, input.prior_orders) {
            continue;
        }
        let Some(trigger_at) = campaign.triggers.iter().filter_map(|t| order.milestone(*t)).min() else {
            continue;
        };
        let id = SendId::new(&order.store_id, &order.order_id, &campaign.name);
        let skip = |reason: Reason, at: DateTime<Utc>| new_send(input, campaign, id.clone(), SendStatus::Skipped, Some(reason), at);

        if let Some(reason) = exclusion(campaign, input, &live) {
            out.sends.push(skip(reason, input.now));
            continue;
        }
        let Some(send_at) = first_free_time(campaign, input, trigger_at, &live) else {
            out.sends.push(skip(Reason::Past180Days, input.now));
            continue;
        };
        if let Some(reason) = timing_violation(campaign, order, send_at) {
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
    let asin_in = |list: &[String]| order.items.iter().any(|i| list.iter().any(|a| a.eq_ignore_ascii_case(&i.asin)));
    let sku_in = |list: &[String]| {
        order.items.iter().any(|i| i.sku.as_deref().is_some_and(|s| list.iter().any(|x| x == s)))
    };
    let listed = f.asins.is_empty() && f.skus.is_empty() || asin_in(&f.asins) || sku_in(&f.skus);
    let excluded = asin_in(&f.exclude_asins) || sku_in(&f.exclude_skus);
    let fulfillment = f.fulfillment.is_none_or(|want| order.fulfillment == Some(want));
    let marketplace = f.marketplaces.is_empty() || f.marketplaces.contains(&order.marketplace);
    let quantity = f.min_quantity.is_none_or(|q| order.total_quantity() >= q);
    let prior = f.min_prior_orders.is_none_or(|n| prior_orders >= n);
    let rating = f.rating.is_none_or(|[lo, hi]| order.feedback.as_ref().is_some_and(|fb| (lo..=hi).contains(&fb.rating)));
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
        if ex.negative_feedback && fb.is_negative() {
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
    if live.iter().any(|s| c.exclusions.already_mailed_by.contains(&s.campaign)) {
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
    if c.kind == CampaignKind::ReviewRequest && live.iter().any(|s| s.kind == CampaignKind::ReviewRequest) {
        return Some(Reason::ReviewAlreadyRequested);
    }
    None
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
    match c.timing {
        Timing::Immediate => {
            let at = (trigger_at + Duration::days(delay)).max(input.now);
            (at <= horizon).then_some(at)
        }
        Timing::InWindow { window } => {
            let zone = window.zone_for(input.buyer_zone);
            let target_date = trigger_at.with_timezone(&zone).date_naive() + Duration::days(delay);
            let midnight = local_midnight(zone, target_date);
            let mut from = midnight.max(trigger_at).max(input.now);
            loop {
                let slot: Slot = window.first_slot_from(zone, from);
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
        .or_else(|| zone.from_local_datetime(&(t + Duration::hours(1))).earliest())
        .map_or_else(|| Utc.from_utc_datetime(&t), |d| d.with_timezone(&Utc))
}

/// Timing rules checked against the chosen send time.
fn timing_violation(c: &Campaign, order: &Order, send_at: DateTime<Utc>) -> Option<Reason> {
    if c.kind == CampaignKind::ReviewRequest {
        let delivered = order.milestone(EventType::Delivered)?;
        if send_at > delivered + Duration::days(REVIEW_WINDOW_END_DAYS) {
            return Some(Reason::ReviewWindowClosed);
        }
    }
    None
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
    let window_group = match c.timing {
        Timing::Immediate => "immediate".to_string(),
        Timing::InWindow { window } => format!(
            "{} {}-{}",
            window.zone_for(input.buyer_zone).name(),
            window.start.format("%H:%M"),
            window.end.format("%H:%M")
        ),
    };
    Send {
        id,
        store_id: order.store_id.clone(),
        order_id: order.order_id.clone(),
        campaign: c.name.clone(),
        kind: c.kind,
        status,
        reason,
        send_at,
        buyer_zone: input.buyer_zone,
        window_group,
        test: c.status == CampaignStatus::Test,
        buyer_key: order.buyer.email.as_ref().map(|e| e.as_str().to_string()),
        created_at: input.now,
        updated_at: input.now,
        message_id: None,
        bounced: false,
        expires_at: Send::expiry_for(send_at.max(input.now)),
    }
}

/// Whether Amazon's review window (30 days after delivery) has closed at `at`.
pub fn review_window_closed(order: &Order, at: DateTime<Utc>) -> bool {
    order
        .delivered_at
        .is_some_and(|d| at > d + Duration::days(REVIEW_WINDOW_END_DAYS))
}
