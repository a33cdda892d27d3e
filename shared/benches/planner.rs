//! The planner for one order event with the built-in config's nine starter campaigns: the order
//! as it stands after each event, and the sends earlier events already stored, as the pipeline
//! passes them.

use std::hint::black_box;

use aftercare::config::Config;
use aftercare::order::{parse_event, Order, OrderEvent};
use aftercare::pipeline::buyer_zone;
use aftercare::planner::{plan, PlanInput};
use aftercare::send::Send;
use criterion::{criterion_group, criterion_main, Criterion};

fn event(kind: &str, at: &str) -> OrderEvent {
    parse_event(&format!(
        r#"{{"store_id":"default","event_id":"{kind}-{at}","type":"{kind}","occurred_at":"{at}",
           "order":{{"order_id":"111-0000000-0000001","marketplace":"US","fulfillment":"FBM",
           "purchase_date":"2026-03-01T02:00:00Z",
           "buyer":{{"email":"b@marketplace.amazon.com","name":"Jane Doe"}},
           "ship_to":{{"postal_code":"60601","state":"IL","country":"US"}},
           "items":[{{"asin":"B0DEMOLAMP","quantity":1,"title":"Desk lamp"}}]}}}}"#
    ))
    .expect("the bench's events are valid")
}

fn planner(c: &mut Criterion) {
    let config = Config::builtin();
    let store = &config.stores[0];
    let campaigns = config.campaigns_for(&store.id);
    assert_eq!(campaigns.len(), 9, "the starter campaigns");
    let events = [
        ("ordered", event("ordered", "2026-03-01T02:00:00Z")),
        ("shipped", event("shipped", "2026-03-02T15:00:00Z")),
        ("delivered", event("delivered", "2026-03-04T16:00:00Z")),
    ];

    let mut group = c.benchmark_group("planner");
    let mut order: Option<Order> = None;
    let mut stored: Vec<Send> = Vec::new();
    for (name, e) in &events {
        let o = match order.take() {
            None => Order::from_event(e, store.marketplace),
            Some(mut o) => {
                o.merge(e);
                o
            }
        };
        let now = e.occurred_at;
        let input = PlanInput {
            order: &o,
            store,
            campaigns: &campaigns,
            existing: &stored,
            prior_orders: 0,
            suppressed: None,
            buyer_zone: buyer_zone(&o),
            now,
        };
        group.bench_function(format!("plan_after_{name}"), |b| {
            b.iter(|| plan(black_box(&input)))
        });
        let decided = plan(&input);
        stored.extend(decided.sends);
        order = Some(o);
    }
    group.finish();
}

criterion_group!(benches, planner);
criterion_main!(benches);
