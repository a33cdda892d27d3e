//! Review requests through Amazon's Solicitations API: asked only when Amazon offers them, tried
//! again on later window days until the review window closes, a refusal recorded and never
//! retried, a lost answer resolved by asking again (never by requesting twice), and never both
//! a solicitation and an email review request for one order.

use std::collections::VecDeque;
use std::sync::Mutex;

use aftercare::adapters::local::{MemoryBus, SqliteStore};
use aftercare::amazon::{Seller, Solicitations, SpApiError, SpApiResult};
use aftercare::config::Config;
use aftercare::order::{parse_event, OrderId};
use aftercare::pipeline::{self, DispatchReport, Dispatcher};
use aftercare::ports::{MailError, Mailer, OutgoingEmail, SendStore, SimClock};
use aftercare::send::{Channel, Reason, Send, SendStatus};
use aftercare::template::TemplateSet;
use async_trait::async_trait;
use chrono::{DateTime, Duration, Utc};
use serde_json::json;

fn config(campaigns: &str) -> Config {
    let text = format!(
        r#"
[[store]]
id = "shop"
name = "Shop"
marketplace = "US"
sender = "Shop <care@shop.example>"
test_address = "qa@shop.example"
seller_id = "A1SHOP"
{campaigns}"#
    );
    Config::from_toml("test.toml", &text, None, TemplateSet::builtin()).unwrap()
}

const REVIEW: &str = "[[campaign]]\nname = \"review\"\nkind = \"review_request\"\n";

/// Amazon's side: answers `review_offered` from a script (then `offered`), and `request_review`
/// with `post` (then success); records every call.
#[derive(Default)]
struct FakeAmazon {
    offered: Mutex<VecDeque<SpApiResult<bool>>>,
    offered_after: Mutex<bool>,
    post: Mutex<VecDeque<SpApiResult<()>>>,
    asks: Mutex<usize>,
    posts: Mutex<Vec<(String, OrderId)>>,
}

impl FakeAmazon {
    fn offering(answers: Vec<SpApiResult<bool>>, then: bool) -> Self {
        let fake = FakeAmazon::default();
        *fake.offered.lock().unwrap() = answers.into();
        *fake.offered_after.lock().unwrap() = then;
        fake
    }

    fn posting(self, answers: Vec<SpApiResult<()>>) -> Self {
        *self.post.lock().unwrap() = answers.into();
        self
    }

    fn posts(&self) -> usize {
        self.posts.lock().unwrap().len()
    }
}

#[async_trait]
impl Solicitations for FakeAmazon {
    async fn review_offered(&self, _: &Seller, _: &OrderId) -> SpApiResult<bool> {
        *self.asks.lock().unwrap() += 1;
        let next = self.offered.lock().unwrap().pop_front();
        next.unwrap_or_else(|| Ok(*self.offered_after.lock().unwrap()))
    }

    async fn request_review(&self, seller: &Seller, order: &OrderId) -> SpApiResult<()> {
        self.posts
            .lock()
            .unwrap()
            .push((seller.seller_id.clone(), order.clone()));
        let next = self.post.lock().unwrap().pop_front();
        next.unwrap_or(Ok(()))
    }
}

/// Fails the test if called: no review request may go out by email here.
struct NoMail;

#[async_trait]
impl Mailer for NoMail {
    async fn send(&self, email: &OutgoingEmail) -> Result<String, MailError> {
        panic!("unexpected email {}", email.send_id)
    }
}

struct World {
    config: Config,
    store: SqliteStore,
    clock: SimClock,
}

impl World {
    /// One FBA order delivered on 2026-11-03 and planned.
    async fn new(campaigns: &str) -> World {
        let config = config(campaigns);
        let store = SqliteStore::in_memory().unwrap();
        let at: DateTime<Utc> = "2026-11-03T18:00:00Z".parse().unwrap();
        let event = json!({
            "store_id": "shop", "event_id": "d-1", "type": "delivered", "occurred_at": at,
            "order": { "order_id": "113-0000001-0000001", "marketplace": "US", "fulfillment": "FBA",
                       "purchase_date": "2026-10-30T02:00:00Z",
                       "buyer": { "email": "b1@marketplace.amazon.com" },
                       "ship_to": { "postal_code": "60601", "state": "IL", "country": "US" },
                       "items": [ { "asin": "B0LAMP", "title": "Desk lamp", "quantity": 1 } ] }
        });
        let bus = MemoryBus::default();
        pipeline::ingest(
            &config,
            &store,
            &bus,
            &parse_event(&event.to_string()).unwrap(),
        )
        .await
        .unwrap();
        for c in bus.drain() {
            pipeline::plan_order(
                &config,
                &store,
                &store,
                &store,
                &c.store_id,
                &c.order_id,
                at,
            )
            .await
            .unwrap();
        }
        World {
            config,
            store,
            clock: SimClock::new(at),
        }
    }

    fn sends(&self) -> Vec<Send> {
        self.store.all_sends(None).unwrap()
    }

    fn review(&self) -> Send {
        self.sends()
            .into_iter()
            .find(|s| s.campaign == "review")
            .unwrap()
    }

    /// Runs the dispatcher at the review's due time.
    async fn tick(&self, amazon: &dyn Solicitations) -> DispatchReport {
        self.clock.advance_to(self.review().send_at);
        self.run(Some(amazon)).await
    }
}

#[tokio::test]
async fn an_offered_review_request_is_asked_for_once_and_mails_nothing() {
    let w = World::new(REVIEW).await;
    assert_eq!(w.review().channel, Channel::Solicitation);
    let amazon = FakeAmazon::offering(vec![], true);
    let report = w.tick(&amazon).await;
    assert_eq!(report.solicited.len(), 1, "{report:?}");
    assert!(report.sent.is_empty());
    assert_eq!(w.review().status, SendStatus::Sent);
    assert_eq!(amazon.posts(), 1);
    assert_eq!(amazon.posts.lock().unwrap()[0].0, "A1SHOP");
    // Nothing is due any more: another tick asks Amazon nothing.
    let asks = *amazon.asks.lock().unwrap();
    let again = w.tick(&amazon).await;
    assert_eq!(again, DispatchReport::default());
    assert_eq!(*amazon.asks.lock().unwrap(), asks);
}

#[tokio::test]
async fn a_request_not_yet_offered_is_asked_again_on_the_next_window_day() {
    let w = World::new(REVIEW).await;
    let amazon = FakeAmazon::offering(vec![Ok(false), Ok(false)], true);
    let first_due = w.review().send_at;
    let report = w.tick(&amazon).await;
    assert_eq!(report.deferred.len(), 1);
    let next = w.review().send_at;
    assert_eq!(w.review().status, SendStatus::Pending);
    assert!(
        next > first_due + Duration::hours(20),
        "{first_due} → {next}"
    );
    w.tick(&amazon).await;
    assert!(w.review().send_at > next);
    let report = w.tick(&amazon).await;
    assert_eq!(report.solicited.len(), 1);
    assert_eq!(amazon.posts(), 1);
}

#[tokio::test]
async fn a_request_never_offered_is_skipped_when_the_review_window_closes() {
    let w = World::new(REVIEW).await;
    let amazon = FakeAmazon::offering(vec![], false);
    let delivered: DateTime<Utc> = "2026-11-03T18:00:00Z".parse().unwrap();
    for _ in 0..40 {
        if w.review().status != SendStatus::Pending {
            break;
        }
        w.tick(&amazon).await;
    }
    let review = w.review();
    assert_eq!(review.status, SendStatus::Skipped);
    assert_eq!(review.reason, Some(Reason::SolicitationUnavailable));
    assert!(w.clock_now() <= delivered + Duration::days(31));
    assert_eq!(amazon.posts(), 0);
}

impl World {
    /// One dispatcher run at the current time.
    async fn run(&self, amazon: Option<&dyn Solicitations>) -> DispatchReport {
        Dispatcher {
            config: &self.config,
            orders: &self.store,
            sends: &self.store,
            suppressions: &self.store,
            mailer: &NoMail,
            clock: &self.clock,
            solicitations: amazon,
        }
        .run(None, 10)
        .await
        .unwrap()
    }

    fn clock_now(&self) -> DateTime<Utc> {
        use aftercare::ports::Clock;
        self.clock.now()
    }
}

#[tokio::test]
async fn a_refused_request_is_recorded_and_never_retried() {
    let w = World::new(REVIEW).await;
    let amazon = FakeAmazon::offering(vec![], true).posting(vec![Err(SpApiError::Unavailable(
        "InvalidInput: already requested".into(),
    ))]);
    w.tick(&amazon).await;
    let review = w.review();
    assert_eq!(
        (review.status, review.reason),
        (SendStatus::Skipped, Some(Reason::SolicitationRefused))
    );
    w.tick(&amazon).await;
    assert_eq!(amazon.posts(), 1);
}

#[tokio::test]
async fn a_lost_answer_is_resolved_by_asking_again_never_by_requesting_twice() {
    // Amazon took it: the action is no longer offered afterwards.
    let w = World::new(REVIEW).await;
    let amazon = FakeAmazon::offering(vec![Ok(true), Ok(false)], false)
        .posting(vec![Err(SpApiError::Unknown("timed out".into()))]);
    let report = w.tick(&amazon).await;
    assert_eq!(report.solicited.len(), 1, "{report:?}");
    assert_eq!(w.review().status, SendStatus::Sent);
    assert_eq!(amazon.posts(), 1);

    // Still offered after the timeout: not known to have gone out, left claimed, not posted again.
    let w = World::new(REVIEW).await;
    let amazon = FakeAmazon::offering(vec![], true)
        .posting(vec![Err(SpApiError::Unknown("timed out".into()))]);
    let report = w.tick(&amazon).await;
    assert_eq!(report.in_doubt.len(), 1, "{report:?}");
    assert_eq!(w.review().status, SendStatus::Claimed);
    w.tick(&amazon).await;
    assert_eq!(amazon.posts(), 1);
}

#[tokio::test]
async fn throttling_releases_the_send_and_nothing_is_lost() {
    let w = World::new(REVIEW).await;
    let amazon = FakeAmazon::offering(vec![Err(SpApiError::Throttled { retry_after: None })], true)
        .posting(vec![Err(SpApiError::Retryable("503".into()))]);
    let first = w.tick(&amazon).await;
    assert_eq!(first.released.len(), 1);
    assert_eq!(w.review().status, SendStatus::Pending);
    let second = w.tick(&amazon).await;
    assert_eq!(
        second.released.len(),
        1,
        "the 503 on the request releases it too"
    );
    let third = w.tick(&amazon).await;
    assert_eq!(third.solicited.len(), 1);
    assert_eq!(amazon.posts(), 2, "the 503 was definitely not accepted");
}

#[tokio::test]
async fn one_review_request_per_order_across_both_channels() {
    let both = format!(
        "{REVIEW}\n[[campaign]]\nname = \"review-mail\"\nkind = \"review_request\"\nchannel = \"email\"\n"
    );
    let w = World::new(&both).await;
    let sends = w.sends();
    let live: Vec<&Send> = sends.iter().filter(|s| s.status.is_live()).collect();
    assert_eq!(live.len(), 1, "{sends:?}");
    let other = sends.iter().find(|s| !s.status.is_live()).unwrap();
    assert_eq!(other.reason, Some(Reason::ReviewAlreadyRequested));
}

#[tokio::test]
async fn without_an_amazon_connection_the_request_is_skipped_not_mailed() {
    let w = World::new(REVIEW).await;
    w.clock.advance_to(w.review().send_at);
    let report = w.run(None).await;
    assert_eq!(report.skipped[0].1, Reason::SolicitationUnavailable);
    assert!(w
        .store
        .due(None, w.clock_now(), 10)
        .await
        .unwrap()
        .is_empty());
}

#[tokio::test]
async fn a_stale_claim_is_settled_by_asking_amazon_not_by_requesting_again() {
    // The dispatcher died after asking (or its answer was lost and Amazon still showed the
    // request as offered for a moment): the claim goes stale.
    let w = World::new(REVIEW).await;
    let amazon = FakeAmazon::offering(vec![Ok(true), Ok(true)], true)
        .posting(vec![Err(SpApiError::Unknown("timed out".into()))]);
    w.tick(&amazon).await;
    assert_eq!(w.review().status, SendStatus::Claimed);
    // Past the claim lease Amazon no longer offers it: it went out, recorded as sent.
    *amazon.offered_after.lock().unwrap() = false;
    let later = w.clock_now() + Duration::minutes(20);
    w.clock.advance_to(later);
    let report = w.run(Some(&amazon)).await;
    assert_eq!(report.solicited.len(), 1, "{report:?}");
    assert!(report.expired.is_empty());
    assert_eq!(w.review().status, SendStatus::Sent);
    assert_eq!(amazon.posts(), 1);

    // Still offered past the lease: nobody knows, so the claim expires (never asked twice).
    let w = World::new(REVIEW).await;
    let amazon = FakeAmazon::offering(vec![], true)
        .posting(vec![Err(SpApiError::Unknown("timed out".into()))]);
    w.tick(&amazon).await;
    w.clock.advance_to(w.clock_now() + Duration::minutes(20));
    let report = w.run(Some(&amazon)).await;
    assert_eq!(report.expired.len(), 1, "{report:?}");
    assert_eq!(
        (w.review().status, w.review().reason),
        (SendStatus::Failed, Some(Reason::OutcomeUnknown))
    );
    assert_eq!(amazon.posts(), 1);
}
