//! Contract tests every adapter family must pass: the same functions run against the embedded
//! store here and against the AWS adapters on a local emulator. Each panics with a message
//! naming the broken promise.

use chrono::{DateTime, Duration, Utc};

use crate::order::{BuyerEmail, EventId, OrderId, StoreId};
use crate::ports::{
    BreakerStore, Feedback, Health, OrderStore, Pause, Saved, SendStore, Suppression,
    SuppressionCause, Suppressions,
};
use crate::send::{Claim, Outcome, Reason, Send, SendId, SendStatus};
use crate::CampaignKind;

fn t(s: &str) -> DateTime<Utc> {
    s.parse().expect("test time")
}

/// A pending send for tests, due at `send_at`.
pub fn sample_send(
    store: &str,
    order: &str,
    campaign: &str,
    buyer: Option<&str>,
    send_at: DateTime<Utc>,
) -> Send {
    let store_id = StoreId::parse(store).expect("valid store");
    let order_id = OrderId::parse(order).expect("valid order");
    Send {
        channel: crate::send::Channel::Email,
        id: SendId::new(&store_id, &order_id, campaign),
        store_id,
        order_id,
        campaign: campaign.into(),
        kind: CampaignKind::FollowUp,
        status: SendStatus::Pending,
        reason: None,
        send_at,
        buyer_zone: chrono_tz::America::Chicago,
        window_group: "America/Chicago 13:00-15:00".into(),
        item: None,
        test: false,
        buyer_key: buyer.map(str::to_string),
        created_at: send_at - Duration::days(3),
        updated_at: send_at - Duration::days(3),
        message_id: None,
        bounced: false,
        expires_at: Send::expiry_for(send_at),
    }
}

/// Insert-if-absent, due ordering, claim exactly once, mark, cancel, reconcile.
pub async fn send_store_contract(store: &dyn SendStore) {
    let at = t("2026-11-10T19:00:00Z");
    let a = sample_send(
        "s1",
        "111-0000001-0000001",
        "follow-up",
        Some("a@marketplace.amazon.com"),
        at,
    );
    let b = sample_send(
        "s1",
        "111-0000001-0000001",
        "review",
        Some("a@marketplace.amazon.com"),
        at + Duration::minutes(5),
    );
    let c = sample_send(
        "s1",
        "111-0000002-0000002",
        "follow-up",
        Some("c@marketplace.amazon.com"),
        at + Duration::days(1),
    );
    assert_eq!(
        store
            .insert_new(&[a.clone(), b.clone(), c.clone()])
            .await
            .unwrap(),
        3
    );
    assert_eq!(
        store.insert_new(std::slice::from_ref(&a)).await.unwrap(),
        0,
        "a send id is stored once"
    );

    let due = store
        .due(None, at + Duration::minutes(10), 10)
        .await
        .unwrap();
    let ids: Vec<&SendId> = due.iter().map(|s| &s.id).collect();
    assert_eq!(
        ids,
        vec![&a.id, &b.id],
        "due returns pending sends up to now, oldest first"
    );
    let group = store
        .due(Some("Asia/Tokyo 13:00-15:00"), at + Duration::days(2), 10)
        .await
        .unwrap();
    assert!(group.is_empty(), "due filters by window group");

    assert!(matches!(
        store.claim(&a.id, at).await.unwrap(),
        Claim::Claimed(_)
    ));
    assert_eq!(
        store.claim(&a.id, at).await.unwrap(),
        Claim::AlreadyHandled,
        "a send is claimed once"
    );
    assert!(!store
        .due(None, at + Duration::minutes(10), 10)
        .await
        .unwrap()
        .iter()
        .any(|s| s.id == a.id));
    store
        .mark(
            &a.id,
            &Outcome::Sent {
                message_id: "m-1".into(),
            },
            at,
        )
        .await
        .unwrap();
    let stored = store.get_send(&a.id).await.unwrap().unwrap();
    assert_eq!(stored.status, SendStatus::Sent);
    assert_eq!(stored.message_id.as_deref(), Some("m-1"));
    assert!(
        store
            .mark(&a.id, &Outcome::Failed("again".into()), at)
            .await
            .is_err(),
        "only a claimed send can be marked"
    );

    assert_eq!(
        store
            .count_sent(
                &a.store_id,
                at - Duration::hours(1),
                at + Duration::hours(1)
            )
            .await
            .unwrap(),
        1
    );

    // Opt-out: every pending send of the buyer is cancelled, the sent one is untouched.
    assert_eq!(
        store
            .cancel_for_buyer("A@marketplace.amazon.com", Reason::OptedOut, at)
            .await
            .unwrap(),
        1
    );
    let b_now = store.get_send(&b.id).await.unwrap().unwrap();
    assert_eq!(
        (b_now.status, b_now.reason),
        (SendStatus::Cancelled, Some(Reason::OptedOut))
    );
    assert_eq!(
        store.claim(&b.id, at).await.unwrap(),
        Claim::AlreadyHandled,
        "a cancelled send cannot be claimed"
    );
    assert!(!store.cancel(&b.id, Reason::Returned, at).await.unwrap());

    // A claim whose final write was lost is reconciled from the SES event.
    assert!(matches!(
        store.claim(&c.id, at + Duration::days(1)).await.unwrap(),
        Claim::Claimed(_)
    ));
    assert!(store
        .confirm_sent(&c.id, "m-2", at + Duration::days(1))
        .await
        .unwrap());
    assert!(
        !store
            .confirm_sent(&c.id, "m-2", at + Duration::days(1))
            .await
            .unwrap(),
        "reconciled once"
    );
    store
        .mark_bounced(&c.id, at + Duration::days(1))
        .await
        .unwrap();
    assert!(store.get_send(&c.id).await.unwrap().unwrap().bounced);
    let for_order = store
        .sends_for_order(&a.store_id, &a.order_id)
        .await
        .unwrap();
    assert_eq!(for_order.len(), 2);
    claim_lease_contract(store).await;
}

/// Throttled sends go back to pending; stale claims are found and expired exactly once, never
/// a fresh one; a mark after an SES event reconciled the send is accepted.
async fn claim_lease_contract(store: &dyn SendStore) {
    let at = t("2026-11-12T19:00:00Z");
    let group = "America/Chicago 13:00-15:00";
    let make = |order: &str| {
        sample_send(
            "s2",
            order,
            "follow-up",
            Some("l@marketplace.amazon.com"),
            at,
        )
    };
    let (throttled, stale, fresh, confirmed) = (
        make("111-0000011-0000011"),
        make("111-0000012-0000012"),
        make("111-0000013-0000013"),
        make("111-0000014-0000014"),
    );
    let all = [&throttled, &stale, &fresh, &confirmed].map(|s| (*s).clone());
    assert_eq!(store.insert_new(&all).await.unwrap(), 4);
    for s in [&throttled, &stale, &confirmed] {
        assert!(matches!(
            store.claim(&s.id, at).await.unwrap(),
            Claim::Claimed(_)
        ));
    }
    let later = at + Duration::minutes(20);
    assert!(matches!(
        store.claim(&fresh.id, later).await.unwrap(),
        Claim::Claimed(_)
    ));

    // Throttled: back to pending, due at the retry time and not before.
    let retry_at = at + Duration::minutes(5);
    assert!(store.release(&throttled.id, retry_at, at).await.unwrap());
    assert!(
        !store.release(&throttled.id, retry_at, at).await.unwrap(),
        "only a claimed send is released"
    );
    let back = store.get_send(&throttled.id).await.unwrap().unwrap();
    assert_eq!((back.status, back.send_at), (SendStatus::Pending, retry_at));
    let due_ids = |due: Vec<Send>| due.into_iter().map(|s| s.id).collect::<Vec<_>>();
    assert!(!due_ids(
        store
            .due(Some(group), retry_at - Duration::seconds(1), 10)
            .await
            .unwrap()
    )
    .contains(&throttled.id));
    assert!(due_ids(store.due(Some(group), retry_at, 10).await.unwrap()).contains(&throttled.id));
    assert!(due_ids(store.due(None, retry_at, 10).await.unwrap()).contains(&throttled.id));
    assert_eq!(
        store
            .claim(&throttled.id, retry_at - Duration::seconds(1))
            .await
            .unwrap(),
        Claim::AlreadyHandled,
        "a released send is not claimed before it is due again (by a run whose batch still lists it)"
    );

    // An SES event confirms one claim; the dispatcher's late mark of the same outcome is fine.
    assert!(store.confirm_sent(&confirmed.id, "m-9", at).await.unwrap());
    let sent = Outcome::Sent {
        message_id: "m-9".into(),
    };
    store.mark(&confirmed.id, &sent, at).await.unwrap();
    assert!(
        store
            .mark(&confirmed.id, &Outcome::Failed("late".into()), at)
            .await
            .is_err(),
        "a different outcome for a reconciled send is refused"
    );

    // Stale claims: only the old, unconfirmed one, in its group only.
    let before = later - Duration::minutes(1);
    let stale_ids = due_ids(store.stale_claims(Some(group), before, 10).await.unwrap());
    assert_eq!(
        stale_ids,
        vec![stale.id.clone()],
        "claims older than the lease"
    );
    assert_eq!(
        due_ids(store.stale_claims(None, before, 10).await.unwrap()),
        vec![stale.id.clone()]
    );
    assert!(store
        .stale_claims(Some("Asia/Tokyo 13:00-15:00"), before, 10)
        .await
        .unwrap()
        .is_empty());
    assert!(
        !store.expire_claim(&fresh.id, before, later).await.unwrap(),
        "a fresh claim is not expired"
    );
    assert!(store.expire_claim(&stale.id, before, later).await.unwrap());
    assert!(
        !store.expire_claim(&stale.id, before, later).await.unwrap(),
        "expired once"
    );
    let failed = store.get_send(&stale.id).await.unwrap().unwrap();
    assert_eq!(
        (failed.status, failed.reason),
        (SendStatus::Failed, Some(Reason::OutcomeUnknown))
    );
    assert!(store
        .stale_claims(Some(group), later + Duration::hours(1), 10)
        .await
        .unwrap()
        .iter()
        .all(|s| s.id == fresh.id));
    assert_eq!(
        store.claim(&stale.id, later).await.unwrap(),
        Claim::AlreadyHandled,
        "an expired claim is never sent again"
    );
}

/// Order writes are atomic with their event id; a replayed event id writes nothing.
pub async fn order_store_contract(store: &dyn OrderStore) {
    let event = crate::order::parse_event(
        r#"{"store_id":"s1","event_id":"e-1","type":"ordered","occurred_at":"2026-11-01T02:00:00Z",
            "order":{"order_id":"111-0000009-0000009","marketplace":"US","purchase_date":"2026-11-01T02:00:00Z",
            "buyer":{"email":"b@marketplace.amazon.com"}}}"#,
    )
    .expect("valid event");
    let order = crate::order::Order::from_event(&event, crate::Marketplace::Us);
    assert_eq!(
        store.save_order(&order, &event.event_id).await.unwrap(),
        Saved::Stored
    );
    let mut changed = order.clone();
    changed.buyer.name = Some("changed".into());
    assert_eq!(
        store.save_order(&changed, &event.event_id).await.unwrap(),
        Saved::DuplicateEvent
    );
    let back = store
        .get_order(&order.store_id, &order.order_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        back,
        crate::order::Order {
            version: 1,
            ..order.clone()
        },
        "a duplicate event changes nothing; the stored order is at version 1"
    );
    let found = store.find_orders(&order.order_id).await.unwrap();
    assert_eq!(found.len(), 1);
    let buyer = BuyerEmail::parse("b@marketplace.amazon.com").unwrap();
    assert_eq!(
        store
            .prior_orders(&order.store_id, &buyer, t("2026-12-01T00:00:00Z"))
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        store
            .prior_orders(&order.store_id, &buyer, t("2026-11-01T02:00:00Z"))
            .await
            .unwrap(),
        0
    );
    // Optimistic concurrency: a write from a stale read is refused and records nothing.
    let second = EventId::parse("e-2").unwrap();
    assert_eq!(
        store.save_order(&changed, &second).await.unwrap(),
        Saved::Conflict,
        "an order read at version 0 cannot overwrite version 1"
    );
    let mut current = back.clone();
    current.buyer.name = Some("changed".into());
    assert_eq!(
        store.save_order(&current, &second).await.unwrap(),
        Saved::Stored,
        "the refused write left no event marker behind"
    );
    let third = EventId::parse("e-3").unwrap();
    assert_eq!(
        store.save_order(&current, &third).await.unwrap(),
        Saved::Conflict,
        "two writers from the same read: only the first wins"
    );
    let latest = store
        .get_order(&order.store_id, &order.order_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(latest.version, 2);
    assert_eq!(latest.buyer.name.as_deref(), Some("changed"));
}

/// Suppressions are case-insensitive and recorded once.
pub async fn suppressions_contract(store: &dyn Suppressions) {
    let s = Suppression {
        buyer: "x@marketplace.amazon.com".into(),
        cause: SuppressionCause::Bounce,
        store: None,
        at: t("2026-11-01T00:00:00Z"),
    };
    assert!(store
        .suppression("x@marketplace.amazon.com")
        .await
        .unwrap()
        .is_none());
    assert!(store.suppress(&s).await.unwrap());
    assert!(!store.suppress(&s).await.unwrap(), "suppressed once");
    let found = store
        .suppression("X@Marketplace.Amazon.com")
        .await
        .unwrap()
        .expect("case-insensitive");
    assert_eq!(found.cause, SuppressionCause::Bounce);
}

/// Breaker counters add up per store and hour; a paused store's sends stay pending but are not
/// due; a held send can be re-slotted; a resume lifts the pause once and keeps its record.
/// `sends` and `breaker` are the same store.
pub async fn breaker_store_contract(sends: &dyn SendStore, breaker: &dyn BreakerStore) {
    let at = t("2026-11-10T10:20:00Z");
    let s1 = StoreId::parse("s1").unwrap();
    let s2 = StoreId::parse("s2").unwrap();
    let sent_a = sample_send("s1", "111-0000001-0000001", "f", Some("a@b.example"), at);
    let sent_b = sample_send("s1", "111-0000002-0000002", "f", Some("b@b.example"), at);
    let held = sample_send("s1", "111-0000003-0000003", "f", Some("c@b.example"), at);
    let other = sample_send("s2", "111-0000004-0000004", "f", Some("d@b.example"), at);
    sends
        .insert_new(&[sent_a.clone(), sent_b.clone(), held.clone(), other.clone()])
        .await
        .unwrap();
    for s in [&sent_a, &sent_b] {
        assert!(matches!(
            sends.claim(&s.id, at).await.unwrap(),
            Claim::Claimed(_)
        ));
        sends
            .mark(
                &s.id,
                &Outcome::Sent {
                    message_id: format!("m-{}", s.id),
                },
                at,
            )
            .await
            .unwrap();
    }
    for (store, kind, when) in [
        (&s1, Feedback::Bounce, at),
        (&s1, Feedback::Bounce, at + Duration::minutes(5)),
        (&s1, Feedback::Complaint, at),
        (&s1, Feedback::Bounce, at + Duration::hours(1)),
        (&s2, Feedback::Bounce, at),
    ] {
        breaker.count_feedback(store, kind, when).await.unwrap();
    }
    let hour = t("2026-11-10T10:00:00Z");
    assert_eq!(
        breaker
            .health(&s1, hour, hour + Duration::hours(2))
            .await
            .unwrap(),
        Health {
            sent: 2,
            bounced: 3,
            complained: 1
        },
        "counts add up per store"
    );
    assert_eq!(
        breaker
            .health(&s1, hour, hour + Duration::hours(1))
            .await
            .unwrap()
            .bounced,
        2,
        "counts are kept per hour"
    );
    assert_eq!(
        breaker
            .health(&s2, hour, hour + Duration::hours(2))
            .await
            .unwrap(),
        Health {
            sent: 0,
            bounced: 1,
            complained: 0
        }
    );

    let pause = Pause {
        store_id: s1.clone(),
        at,
        reason: "bounce_rate".into(),
        health: Health {
            sent: 2,
            bounced: 3,
            complained: 1,
        },
        limit_percent: 4.0,
        resumed_at: None,
    };
    assert!(breaker.last_pause(&s1).await.unwrap().is_none());
    assert!(breaker.pause(&pause).await.unwrap());
    assert!(
        !breaker.pause(&pause).await.unwrap(),
        "a pause in force is kept"
    );
    assert_eq!(breaker.paused().await.unwrap(), vec![pause.clone()]);

    let later = at + Duration::days(2);
    let due: Vec<SendId> = sends
        .due(None, later, 10)
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(
        due,
        vec![other.id.clone()],
        "a paused store's sends are not due"
    );
    let due_in_group = sends
        .due(Some(held.window_group.as_str()), later, 1)
        .await
        .unwrap();
    assert_eq!(
        due_in_group.len(),
        1,
        "held sends do not crowd out other stores' sends"
    );
    assert_eq!(due_in_group[0].id, other.id);
    assert_eq!(
        sends.get_send(&held.id).await.unwrap().unwrap().status,
        SendStatus::Pending,
        "held, not dropped"
    );
    let listed = breaker.held_sends(&s1, later, None, 10).await.unwrap();
    assert_eq!(
        listed.iter().map(|s| &s.id).collect::<Vec<_>>(),
        vec![&held.id],
        "the paused store's held sends, and only those"
    );
    assert!(breaker
        .held_sends(&s2, later, None, 10)
        .await
        .unwrap()
        .is_empty());

    let new_at = later + Duration::days(1);
    assert!(breaker.reschedule(&listed[0], new_at, later).await.unwrap());
    assert!(
        !breaker.reschedule(&listed[0], new_at, later).await.unwrap(),
        "a held send is re-slotted once"
    );
    assert!(
        !breaker.reschedule(&sent_a, new_at, later).await.unwrap(),
        "only a held send is re-slotted"
    );
    assert_eq!(
        sends.get_send(&held.id).await.unwrap().unwrap().send_at,
        new_at
    );
    assert!(
        breaker
            .held_sends(&s1, later, None, 10)
            .await
            .unwrap()
            .is_empty(),
        "a re-slotted send is no longer held"
    );
    let for_buyer = breaker.pending_for_buyer("C@b.example").await.unwrap();
    assert_eq!(
        for_buyer.iter().map(|s| &s.id).collect::<Vec<_>>(),
        vec![&held.id],
        "a buyer's pending sends, by case-insensitive address"
    );

    let lifted = breaker.resume(&s1, later).await.unwrap();
    assert_eq!(lifted, Some(pause.clone()));
    assert!(
        breaker.resume(&s1, later).await.unwrap().is_none(),
        "resumed once"
    );
    assert!(breaker.paused().await.unwrap().is_empty());
    assert_eq!(
        breaker.last_pause(&s1).await.unwrap().unwrap().resumed_at,
        Some(later),
        "the record of the pause is kept"
    );
    assert!(
        sends
            .due(None, later, 10)
            .await
            .unwrap()
            .iter()
            .all(|s| s.id != held.id),
        "a re-slotted send is due at its new time"
    );
    assert!(sends
        .due(None, new_at, 10)
        .await
        .unwrap()
        .iter()
        .any(|s| s.id == held.id));
    assert!(
        breaker.pause(&pause).await.unwrap(),
        "a resumed store can trip again"
    );
}

/// A paused store's backlog, however long, never crowds out other stores: a tick still gets
/// `limit` sends of other stores and none of the paused store's. Returns the paused store, the
/// window group and the tick time, for adapters that also check what a second tick reads.
pub async fn paused_backlog_contract(
    sends: &dyn SendStore,
    breaker: &dyn BreakerStore,
) -> (StoreId, String, DateTime<Utc>) {
    let at = t("2026-11-10T19:00:00Z");
    let paused = StoreId::parse("p1").unwrap();
    let backlog: Vec<Send> = (0..20)
        .map(|i| {
            sample_send(
                "p1",
                &format!("111-0000000-{i:07}"),
                "f",
                Some(&format!("p{i}@b.example")),
                at + Duration::seconds(i),
            )
        })
        .collect();
    let others: Vec<Send> = (0..3)
        .map(|i| {
            sample_send(
                "o1",
                &format!("222-0000000-{i:07}"),
                "f",
                Some(&format!("o{i}@b.example")),
                at + Duration::minutes(30) + Duration::seconds(i),
            )
        })
        .collect();
    assert_eq!(sends.insert_new(&backlog).await.unwrap(), 20);
    assert_eq!(sends.insert_new(&others).await.unwrap(), 3);
    assert!(breaker
        .pause(&Pause {
            store_id: paused.clone(),
            at,
            reason: "bounce_rate".into(),
            health: Health::default(),
            limit_percent: 4.0,
            resumed_at: None,
        })
        .await
        .unwrap());
    let group = backlog[0].window_group.clone();
    let now = at + Duration::hours(1);
    let expected: Vec<SendId> = others[..2].iter().map(|s| s.id.clone()).collect();
    for tick in 0..2 {
        let due: Vec<SendId> = sends
            .due(Some(&group), now, 2)
            .await
            .unwrap()
            .into_iter()
            .map(|s| s.id)
            .collect();
        assert_eq!(
            due, expected,
            "tick {tick}: other stores' sends up to the limit, none of the paused store's 20"
        );
    }
    let anywhere: Vec<SendId> = sends
        .due(None, now, 2)
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(anywhere, expected, "without a group too");
    for s in &backlog {
        assert_eq!(
            sends.get_send(&s.id).await.unwrap().unwrap().status,
            SendStatus::Pending,
            "held, not dropped"
        );
    }
    let mut listed = Vec::new();
    let mut after = None;
    loop {
        let page = breaker
            .held_sends(&paused, now, after.as_ref(), 7)
            .await
            .unwrap();
        assert!(page.len() <= 7, "a page is at most `limit` long");
        let Some(last) = page.last() else { break };
        after = Some(crate::ports::HeldCursor::after(last));
        listed.extend(page.into_iter().map(|s| s.id));
    }
    assert_eq!(
        listed,
        backlog.iter().map(|s| s.id.clone()).collect::<Vec<_>>(),
        "held sends page through in due order, each once"
    );
    (paused, group, now)
}

/// What [`ResumeProbe`] saw and does, shared by every call it wraps.
#[derive(Default)]
pub struct ResumeLog {
    /// Successful re-slots per send id.
    pub reslotted: std::sync::Mutex<std::collections::BTreeMap<SendId, usize>>,
    /// Re-slot calls allowed before the probe fails one (the caller "times out").
    pub fail_after: std::sync::Mutex<Option<usize>>,
    /// Whether the pause was still in force at each re-slot.
    pub reslotted_while_paused: std::sync::Mutex<Vec<bool>>,
}

/// A breaker store that counts re-slots, can fail part-way through a resume, and can run a
/// dispatcher tick (`due`) right before the pause is lifted, as a racing tick would.
pub struct ResumeProbe<'a> {
    pub inner: &'a dyn BreakerStore,
    pub sends: &'a dyn SendStore,
    pub log: &'a ResumeLog,
    /// The window group a racing tick reads right before the lift.
    pub tick_before_lift: Option<(String, DateTime<Utc>)>,
}

#[async_trait::async_trait]
impl BreakerStore for ResumeProbe<'_> {
    async fn count_feedback(
        &self,
        store: &StoreId,
        kind: Feedback,
        at: DateTime<Utc>,
    ) -> crate::ports::PortResult<()> {
        self.inner.count_feedback(store, kind, at).await
    }
    async fn health(
        &self,
        store: &StoreId,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> crate::ports::PortResult<Health> {
        self.inner.health(store, from, to).await
    }
    async fn pause(&self, pause: &Pause) -> crate::ports::PortResult<bool> {
        self.inner.pause(pause).await
    }
    async fn last_pause(&self, store: &StoreId) -> crate::ports::PortResult<Option<Pause>> {
        self.inner.last_pause(store).await
    }
    async fn paused(&self) -> crate::ports::PortResult<Vec<Pause>> {
        self.inner.paused().await
    }
    async fn resume(
        &self,
        store: &StoreId,
        now: DateTime<Utc>,
    ) -> crate::ports::PortResult<Option<Pause>> {
        if let Some((group, at)) = &self.tick_before_lift {
            let due = self.sends.due(Some(group), *at, 50).await?;
            assert!(
                due.iter().all(|s| s.store_id != *store),
                "a racing tick got a send of the paused store"
            );
        }
        self.inner.resume(store, now).await
    }
    async fn held_sends(
        &self,
        store: &StoreId,
        now: DateTime<Utc>,
        after: Option<&crate::ports::HeldCursor>,
        limit: usize,
    ) -> crate::ports::PortResult<Vec<Send>> {
        self.inner.held_sends(store, now, after, limit).await
    }
    async fn pending_for_buyer(&self, buyer: &str) -> crate::ports::PortResult<Vec<Send>> {
        self.inner.pending_for_buyer(buyer).await
    }
    async fn reschedule(
        &self,
        held: &Send,
        send_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> crate::ports::PortResult<bool> {
        let id = &held.id;
        {
            let mut left = self.log.fail_after.lock().unwrap();
            match left.as_mut() {
                Some(0) => {
                    return Err(crate::ports::PortError::Retryable(
                        "resume timed out (injected)".into(),
                    ))
                }
                Some(n) => *n -= 1,
                None => {}
            }
        }
        let paused = !self.inner.paused().await?.is_empty();
        let moved = self.inner.reschedule(held, send_at, now).await?;
        if moved {
            *self
                .log
                .reslotted
                .lock()
                .unwrap()
                .entry(id.clone())
                .or_default() += 1;
            self.log.reslotted_while_paused.lock().unwrap().push(paused);
        }
        Ok(moved)
    }
}

/// A resume that dies part-way is finished by the next call: the pause is lifted only once
/// every held send is re-slotted, every held send is re-slotted exactly once (also one a racing
/// tick held during the resume), each into its window on a buyer-local day after the pause's
/// day with no other email to its buyer, and a call with nothing left to do says so.
/// `sends` and `breaker` are the same store.
pub async fn resume_contract(sends: &dyn SendStore, breaker: &dyn BreakerStore) {
    let config = crate::config::Config::builtin();
    let store = StoreId::parse("default").unwrap();
    // 13:10 in Chicago, inside the built-in 13:00-15:00 window.
    let at = t("2026-11-10T19:10:00Z");
    let buyer = |i: usize| format!("r{i}@b.example");
    let mut held: Vec<Send> = (1..=3)
        .map(|i| {
            sample_send(
                "default",
                &format!("333-0000000-{i:07}"),
                "f",
                Some(&buyer(i)),
                at + Duration::minutes(i as i64),
            )
        })
        .collect();
    // Two held sends of one buyer must land on different days.
    held[1].buyer_key = Some(buyer(1));
    sends.insert_new(&held).await.unwrap();
    let pause = Pause {
        store_id: store.clone(),
        at,
        reason: "bounce_rate".into(),
        health: Health::default(),
        limit_percent: 4.0,
        resumed_at: None,
    };
    assert!(breaker.pause(&pause).await.unwrap());
    let group = held[0].window_group.clone();
    let now = at + Duration::days(1);
    assert!(
        sends.due(Some(&group), now, 10).await.unwrap().is_empty(),
        "a tick meets the held sends and leaves them"
    );
    // Due while paused, but no tick has met it yet.
    let late = sample_send(
        "default",
        "333-0000000-0000009",
        "f",
        Some(&buyer(9)),
        at + Duration::hours(1),
    );
    sends.insert_new(std::slice::from_ref(&late)).await.unwrap();

    let log = ResumeLog::default();
    *log.fail_after.lock().unwrap() = Some(1);
    let dying = ResumeProbe {
        inner: breaker,
        sends,
        log: &log,
        tick_before_lift: None,
    };
    assert!(
        crate::breaker::resume(&config, &dying, &store, now)
            .await
            .is_err(),
        "the injected failure surfaces"
    );
    assert_eq!(
        breaker.paused().await.unwrap().len(),
        1,
        "a resume that died part-way has not lifted the pause"
    );

    *log.fail_after.lock().unwrap() = None;
    let racing = ResumeProbe {
        inner: breaker,
        sends,
        log: &log,
        tick_before_lift: Some((group.clone(), now)),
    };
    let second = crate::breaker::resume(&config, &racing, &store, now)
        .await
        .unwrap();
    assert_eq!(
        second.pause.as_ref().map(|p| p.at),
        Some(at),
        "the second call finishes the resume, it does not answer 'not paused': {second:?}"
    );
    assert!(breaker.paused().await.unwrap().is_empty(), "lifted at last");
    let counts = log.reslotted.lock().unwrap().clone();
    let all: Vec<&Send> = held.iter().chain(std::iter::once(&late)).collect();
    for s in &all {
        assert_eq!(
            counts.get(&s.id).copied(),
            Some(1),
            "{} re-slotted exactly once: {counts:?}",
            s.id
        );
    }
    assert_eq!(counts.len(), all.len(), "{counts:?}");
    assert!(
        log.reslotted_while_paused
            .lock()
            .unwrap()
            .iter()
            .take(all.len() - 1)
            .all(|p| *p),
        "re-slotted before the pause is lifted"
    );
    let window = config.store(&store).unwrap().window;
    let pause_day = at.with_timezone(&late.buyer_zone).date_naive();
    let mut days = std::collections::BTreeSet::new();
    for s in &all {
        let now_s = sends.get_send(&s.id).await.unwrap().unwrap();
        assert_eq!(now_s.status, SendStatus::Pending);
        assert!(now_s.send_at >= now, "no longer overdue: {now_s:?}");
        let zone = window.zone_for(now_s.buyer_zone);
        let day = now_s.send_at.with_timezone(&now_s.buyer_zone).date_naive();
        assert!(day > pause_day, "not on the pause's day: {now_s:?}");
        assert!(
            window
                .slot_on(zone, now_s.send_at.with_timezone(&zone).date_naive())
                .is_some_and(|slot| slot.contains(now_s.send_at)),
            "inside its window: {now_s:?}"
        );
        assert!(
            days.insert((now_s.buyer_key.clone(), day)),
            "one email per buyer-local day: {now_s:?}"
        );
    }
    assert!(
        sends.due(Some(&group), now, 10).await.unwrap().is_empty(),
        "nothing goes out as a burst"
    );
    let third = crate::breaker::resume(&config, breaker, &store, now)
        .await
        .unwrap();
    assert_eq!(
        (third.pause, third.rescheduled),
        (None, 0),
        "nothing left to do"
    );
}

/// One send holds a buyer's day: idempotent for that send, refused to every other send of the
/// buyer that day, independent per buyer and per day, and keyed case-insensitively.
pub async fn buyer_day_contract(store: &dyn SendStore) {
    let now = t("2026-11-10T19:00:00Z");
    let day = now.date_naive();
    let first = SendId::from_stored("s1/111-0000001-0000001/follow-up".to_string());
    let second = SendId::from_stored("s1/111-0000002-0000002/review".to_string());
    let buyer = "d@marketplace.amazon.com";
    assert!(
        store
            .reserve_buyer_day(buyer, day, &first, now)
            .await
            .unwrap(),
        "the first send holds a free day"
    );
    assert!(
        store
            .reserve_buyer_day(buyer, day, &first, now + Duration::minutes(5))
            .await
            .unwrap(),
        "the same send keeps its day when it retries"
    );
    assert!(
        !store
            .reserve_buyer_day(buyer, day, &second, now)
            .await
            .unwrap(),
        "another send of the buyer is refused that day"
    );
    assert!(
        !store
            .reserve_buyer_day(" D@Marketplace.Amazon.com ", day, &second, now)
            .await
            .unwrap(),
        "the buyer is the lower-cased address"
    );
    assert!(
        store
            .reserve_buyer_day(buyer, day.succ_opt().unwrap(), &second, now)
            .await
            .unwrap(),
        "the next day is free again"
    );
    assert!(
        store
            .reserve_buyer_day("e@marketplace.amazon.com", day, &second, now)
            .await
            .unwrap(),
        "another buyer's day is separate"
    );
    assert!(
        store
            .reserve_buyer_day(buyer, day, &first, now + Duration::hours(1))
            .await
            .unwrap(),
        "a refused send does not take the day over"
    );
}

/// The daily cap's slots: at most `cap` taken per store and day, whoever takes them; a slot
/// given back can be taken again; other stores and days are independent.
pub async fn daily_slot_contract(store: &dyn SendStore) {
    let now = t("2026-11-10T19:00:00Z");
    let day = now.date_naive();
    let (s1, s2) = (
        StoreId::parse("slots-1").unwrap(),
        StoreId::parse("slots-2").unwrap(),
    );
    for n in 0..3 {
        assert!(
            store.take_daily_slot(&s1, day, 3, now).await.unwrap(),
            "slot {n} of 3 is free"
        );
    }
    assert!(
        !store.take_daily_slot(&s1, day, 3, now).await.unwrap(),
        "a fourth email that day is refused"
    );
    store.return_daily_slot(&s1, day).await.unwrap();
    assert!(
        store.take_daily_slot(&s1, day, 3, now).await.unwrap(),
        "a slot given back is free again"
    );
    assert!(!store.take_daily_slot(&s1, day, 3, now).await.unwrap());
    assert!(
        store.take_daily_slot(&s2, day, 3, now).await.unwrap(),
        "another store has its own day"
    );
    assert!(
        store
            .take_daily_slot(&s1, day.succ_opt().unwrap(), 3, now)
            .await
            .unwrap(),
        "the next day starts afresh"
    );
    assert!(
        !store.take_daily_slot(&s2, day, 0, now).await.unwrap(),
        "a cap of 0 allows nothing"
    );
}

#[cfg(all(test, feature = "local"))]
mod tests {
    use super::*;
    use crate::adapters::local::SqliteStore;

    #[tokio::test]
    async fn sqlite_store_keeps_the_send_contract() {
        send_store_contract(&SqliteStore::in_memory().unwrap()).await;
    }

    #[tokio::test]
    async fn sqlite_store_keeps_the_buyer_day_contract() {
        buyer_day_contract(&SqliteStore::in_memory().unwrap()).await;
    }

    #[tokio::test]
    async fn sqlite_store_keeps_the_daily_slot_contract() {
        daily_slot_contract(&SqliteStore::in_memory().unwrap()).await;
    }

    #[tokio::test]
    async fn sqlite_store_keeps_the_order_contract() {
        order_store_contract(&SqliteStore::in_memory().unwrap()).await;
    }

    #[tokio::test]
    async fn sqlite_store_keeps_the_suppression_contract() {
        suppressions_contract(&SqliteStore::in_memory().unwrap()).await;
    }

    #[tokio::test]
    async fn sqlite_store_keeps_the_breaker_contract() {
        let store = SqliteStore::in_memory().unwrap();
        breaker_store_contract(&store, &store).await;
    }

    #[tokio::test]
    async fn sqlite_store_keeps_the_paused_backlog_contract() {
        let store = SqliteStore::in_memory().unwrap();
        paused_backlog_contract(&store, &store).await;
    }

    #[tokio::test]
    async fn sqlite_store_keeps_the_resume_contract() {
        let store = SqliteStore::in_memory().unwrap();
        resume_contract(&store, &store).await;
    }

    #[tokio::test]
    async fn the_next_pending_time_skips_a_paused_store() {
        use crate::ports::{BreakerStore, Health, Pause};
        let store = SqliteStore::in_memory().unwrap();
        let at = t("2026-11-10T19:00:00Z");
        let held = sample_send("s1", "111-0000001-0000001", "f", None, at);
        let later = sample_send(
            "s2",
            "111-0000002-0000002",
            "f",
            None,
            at + Duration::hours(5),
        );
        let third = sample_send(
            "s3",
            "111-0000003-0000003",
            "f",
            None,
            at + Duration::hours(2),
        );
        store
            .insert_new(&[held.clone(), later, third.clone()])
            .await
            .unwrap();
        assert_eq!(store.next_pending_at().unwrap(), Some(at));
        let pause = Pause {
            store_id: held.store_id.clone(),
            at,
            reason: "bounce_rate".into(),
            health: Health::default(),
            limit_percent: 4.0,
            resumed_at: None,
        };
        assert!(store.pause(&pause).await.unwrap());
        assert_eq!(store.next_pending_at().unwrap(), Some(third.send_at));
        let due = store.due(None, at + Duration::days(1), 10).await.unwrap();
        let stores: Vec<&str> = due.iter().map(|s| s.store_id.as_str()).collect();
        assert_eq!(
            stores,
            vec!["s3", "s2"],
            "other stores' sends, in due order"
        );
    }

    #[tokio::test]
    async fn every_table_with_buyer_data_is_purged_at_expiry() {
        let store = SqliteStore::in_memory().unwrap();
        let event = crate::order::parse_event(
            r#"{"store_id":"s1","event_id":"e-1","type":"ordered","occurred_at":"2026-11-01T02:00:00Z",
                "order":{"order_id":"111-0000009-0000009","marketplace":"US","purchase_date":"2026-11-01T02:00:00Z",
                "buyer":{"email":"b@marketplace.amazon.com","name":"B Buyer"}}}"#,
        )
        .unwrap();
        let order = crate::order::Order::from_event(&event, crate::Marketplace::Us);
        store.save_order(&order, &event.event_id).await.unwrap();
        let at = t("2026-11-10T19:00:00Z");
        store
            .insert_new(&[sample_send(
                "s1",
                "111-0000009-0000009",
                "f",
                Some("b@marketplace.amazon.com"),
                at,
            )])
            .await
            .unwrap();
        let held = SendId::from_stored("s1/111-0000009-0000009/f".to_string());
        let other = SendId::from_stored("s1/111-0000008-0000008/f".to_string());
        assert!(store
            .reserve_buyer_day("b@marketplace.amazon.com", at.date_naive(), &held, at)
            .await
            .unwrap());
        let day_after = at + Duration::days(crate::send::RETENTION_DAYS + 1);
        assert_eq!(
            store.purge_expired(day_after).unwrap(),
            4,
            "order, event marker, send, buyer day"
        );
        assert!(
            store
                .reserve_buyer_day("b@marketplace.amazon.com", at.date_naive(), &other, at)
                .await
                .unwrap(),
            "the buyer day is gone too"
        );
        assert!(store.all_orders(None).unwrap().is_empty());
        assert!(store.all_sends(None).unwrap().is_empty());
        assert_eq!(
            store.save_order(&order, &event.event_id).await.unwrap(),
            Saved::Stored,
            "the event marker is gone too"
        );
    }

    #[test]
    fn outbox_files_expire() {
        let dir = tempfile::tempdir().unwrap();
        let mailer = crate::adapters::local::OutboxMailer::new(dir.path(), Vec::new()).unwrap();
        std::fs::write(dir.path().join("a.eml"), "To: b@marketplace.amazon.com\r\n").unwrap();
        std::fs::write(dir.path().join("notes.txt"), "kept").unwrap();
        let past = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        assert_eq!(mailer.purge_older_than(past).unwrap(), 0);
        let future = std::time::SystemTime::now() + std::time::Duration::from_secs(3600);
        assert_eq!(mailer.purge_older_than(future).unwrap(), 1);
        assert!(!dir.path().join("a.eml").exists());
        assert!(dir.path().join("notes.txt").exists());
    }

    #[tokio::test]
    async fn expired_buyer_data_is_purged() {
        let store = SqliteStore::in_memory().unwrap();
        let at = t("2026-11-10T19:00:00Z");
        store
            .insert_new(&[sample_send(
                "s1",
                "111-0000001-0000001",
                "f",
                Some("a@b.example"),
                at,
            )])
            .await
            .unwrap();
        assert_eq!(store.purge_expired(at + Duration::days(10)).unwrap(), 0);
        assert_eq!(
            store
                .purge_expired(at + Duration::days(crate::send::RETENTION_DAYS + 1))
                .unwrap(),
            1
        );
        assert!(store.all_sends(None).unwrap().is_empty());
    }
}
