//! Fuzzing the edges where outside input enters: order events, the signed webhook end to end,
//! SES events and opt-out notices, the config loader and the template loader/renderer. Every
//! input must give a value or a clear error, never a panic; the webhook answers only 2xx or 4xx
//! and stores nothing unless it answers 2xx.
//!
//! Inputs are arbitrary text and JSON, and valid inputs (fixtures, generated events) with
//! fields replaced, removed or bytes flipped, which reach much deeper than noise does.

use std::path::{Path, PathBuf};

use aftercare::adapters::local::{MemoryBus, SqliteStore};
use aftercare::config::{Config, CONFIG_FILE};
use aftercare::handlers::{self, MAX_BODY_BYTES};
use aftercare::optout;
use aftercare::order::{self, EventType};
use aftercare::ports::OrderStore;
use aftercare::signature::{SignedHeaders, WebhookSecret};
use aftercare::template::{self, MessageVars, TemplateSource};
use aftercare::Marketplace;
use chrono::{DateTime, Utc};
use proptest::prelude::*;
use proptest::test_runner::Config as ProptestConfig;
use serde_json::{json, Value};

fn fixture(rel: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures")
        .join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn fixture_dir(rel: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures")
        .join(rel);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display())))
        .collect()
}

// --- generic mutations --------------------------------------------------------------------

/// One edit of a byte string: flip, insert, delete, duplicate a span, or cut.
#[derive(Debug, Clone)]
enum ByteEdit {
    Flip(usize, u8),
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    Repeat(usize, usize),
    Truncate(usize),
}

fn byte_edit() -> impl Strategy<Value = ByteEdit> {
    let interesting = prop::sample::select(vec![
        b"\"".to_vec(),
        b"{".to_vec(),
        b"}".to_vec(),
        b"[".to_vec(),
        b"]".to_vec(),
        b",".to_vec(),
        b":".to_vec(),
        b"\\".to_vec(),
        b"null".to_vec(),
        b"-1".to_vec(),
        b"1e400".to_vec(),
        b"\x00".to_vec(),
        b"\xff".to_vec(),
        "é日".as_bytes().to_vec(),
        b"\r\n".to_vec(),
        b"\\u0000".to_vec(),
        b"\\ud800".to_vec(),
    ]);
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| ByteEdit::Flip(i, b)),
        (
            any::<usize>(),
            prop_oneof![interesting, prop::collection::vec(any::<u8>(), 1..8)]
        )
            .prop_map(|(i, b)| ByteEdit::Insert(i, b)),
        (any::<usize>(), 1usize..16).prop_map(|(i, n)| ByteEdit::Delete(i, n)),
        (any::<usize>(), 1usize..64).prop_map(|(i, n)| ByteEdit::Repeat(i, n)),
        any::<usize>().prop_map(ByteEdit::Truncate),
    ]
}

fn apply_bytes(mut data: Vec<u8>, edits: &[ByteEdit]) -> Vec<u8> {
    for edit in edits {
        let len = data.len();
        let at = |i: usize| if len == 0 { 0 } else { i % (len + 1) };
        match edit {
            ByteEdit::Flip(i, b) if len > 0 => data[i % len] ^= b | 1,
            ByteEdit::Flip(..) => {}
            ByteEdit::Insert(i, bytes) => {
                let i = at(*i);
                data.splice(i..i, bytes.iter().copied());
            }
            ByteEdit::Delete(i, n) => {
                let i = at(*i);
                let end = (i + n).min(len);
                data.drain(i..end);
            }
            ByteEdit::Repeat(i, n) => {
                let i = at(*i);
                let end = (i + n).min(len);
                let span = data[i..end].to_vec();
                data.splice(i..i, span);
            }
            ByteEdit::Truncate(i) => data.truncate(at(*i)),
        }
    }
    data
}

/// Any JSON value, a few levels deep.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|f| json!(f)),
        ".{0,24}".prop_map(Value::String),
        prop::sample::select(vec![
            "",
            " ",
            "2026-11-03T18:20:00Z",
            "2026-13-40T99:99:99Z",
            "FBA",
            "MFN",
            "US",
            "ATVPDKIKX0DER",
            "shipped",
            "feedback",
            "acme-us",
            "113-1234567-1234567",
            "a@b.example",
            "@",
            "Shipped",
            "Delivered",
            "Canceled",
        ])
        .prop_map(|s| Value::String(s.to_string())),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    "[a-z_]{1,12}",
                    prop::sample::select(vec![
                        "store_id",
                        "event_id",
                        "type",
                        "occurred_at",
                        "order",
                        "order_id",
                        "items",
                        "quantity",
                        "feedback",
                        "rating",
                        "Payload",
                        "OrderChangeNotification",
                        "AmazonOrderId",
                        "Summary",
                        "OrderStatus",
                        "MarketplaceId",
                        "NotificationType",
                        "detail",
                        "Records",
                        "eventType",
                        "bounce",
                        "mail",
                        "Message",
                        "Type",
                    ])
                    .prop_map(str::to_string),
                ],
                inner,
                0..6,
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// One edit of a JSON document at a path chosen by index among all its nodes.
#[derive(Debug, Clone)]
enum JsonEdit {
    Replace(usize, Value),
    Remove(usize),
    AddKey(usize, String, Value),
}

fn json_edit() -> impl Strategy<Value = JsonEdit> {
    prop_oneof![
        3 => (any::<usize>(), json_value()).prop_map(|(i, v)| JsonEdit::Replace(i, v)),
        2 => any::<usize>().prop_map(JsonEdit::Remove),
        1 => (any::<usize>(), "[a-zA-Z_]{1,10}", json_value())
            .prop_map(|(i, k, v)| JsonEdit::AddKey(i, k, v)),
    ]
}

fn count_nodes(v: &Value) -> usize {
    1 + match v {
        Value::Array(a) => a.iter().map(count_nodes).sum(),
        Value::Object(o) => o.values().map(count_nodes).sum(),
        _ => 0,
    }
}

/// Applies `edit` to the node numbered `target` in pre-order; returns whether it was applied.
fn apply_json(v: &mut Value, edit: &JsonEdit, target: &mut usize) -> bool {
    if *target == 0 {
        match edit {
            JsonEdit::Replace(_, new) => *v = new.clone(),
            JsonEdit::AddKey(_, k, new) => {
                if let Value::Object(o) = v {
                    o.insert(k.clone(), new.clone());
                } else {
                    *v = new.clone();
                }
            }
            JsonEdit::Remove(_) => *v = Value::Null,
        }
        return true;
    }
    *target -= 1;
    match v {
        Value::Array(a) => {
            for i in 0..a.len() {
                if *target == 0 && matches!(edit, JsonEdit::Remove(_)) {
                    a.remove(i);
                    return true;
                }
                if apply_json(&mut a[i], edit, target) {
                    return true;
                }
            }
        }
        Value::Object(o) => {
            let keys: Vec<String> = o.keys().cloned().collect();
            for k in keys {
                if *target == 0 && matches!(edit, JsonEdit::Remove(_)) {
                    o.remove(&k);
                    return true;
                }
                if let Some(child) = o.get_mut(&k) {
                    if apply_json(child, edit, target) {
                        return true;
                    }
                }
            }
        }
        _ => {}
    }
    false
}

fn mutate_json(mut v: Value, edits: &[JsonEdit]) -> Value {
    for edit in edits {
        let i = match edit {
            JsonEdit::Replace(i, _) | JsonEdit::Remove(i) | JsonEdit::AddKey(i, ..) => *i,
        };
        let mut target = i % count_nodes(&v);
        apply_json(&mut v, edit, &mut target);
    }
    v
}

// --- order events -------------------------------------------------------------------------

const STORES: [&str; 3] = ["acme-us", "acme-jp", "nobody"];

/// A native order event that should parse, built from generated parts.
fn native_event() -> impl Strategy<Value = Value> {
    (
        prop::sample::select(STORES.to_vec()),
        // Often one of a few ids, so replays (duplicates) happen.
        prop_oneof!["e[0-9]", "[a-z0-9-]{1,12}"],
        prop::sample::select(EventType::ALL.to_vec()),
        0i64..4_000_000_000,
        "[0-9]{3}-[0-9]{7}-[0-9]{7}",
        prop::option::of(prop::sample::select(vec!["FBA", "FBM", "AFN", "MFN"])),
        prop::collection::vec(("B0[A-Z0-9]{8}", 1u32..5, 0.0f64..20.0), 0..3),
        prop::option::of("[a-z0-9.]{1,10}@marketplace\\.amazon\\.com"),
        prop::option::of("[0-9]{5}"),
        1u8..=5,
    )
        .prop_map(
            |(store, event_id, kind, secs, order_id, fulfillment, items, email, zip, rating)| {
                let at = DateTime::from_timestamp(secs, 0).unwrap().to_rfc3339();
                let mut event = json!({
                    "store_id": store, "event_id": event_id, "type": kind.as_str(),
                    "occurred_at": at,
                    "order": { "order_id": order_id, "marketplace": "US",
                               "items": items.iter().map(|(asin, q, d)| json!({"asin": asin, "quantity": q, "promotion_discount": d})).collect::<Vec<_>>() },
                });
                if let Some(f) = fulfillment {
                    event["order"]["fulfillment"] = json!(f);
                }
                if let Some(e) = email {
                    event["order"]["buyer"] = json!({ "email": e, "name": "Jane Doe" });
                }
                if let Some(z) = zip {
                    event["order"]["ship_to"] = json!({ "postal_code": z, "country": "US" });
                }
                if kind == EventType::Feedback {
                    event["feedback"] = json!({ "rating": rating, "comment": "ok" });
                }
                event
            },
        )
}

/// A relayed SP-API ORDER_CHANGE notification that should parse.
fn sp_api_event() -> impl Strategy<Value = Value> {
    (
        prop::sample::select(STORES.to_vec()),
        "[0-9]{3}-[0-9]{7}-[0-9]{7}",
        prop::sample::select(vec![
            "Pending", "Unshipped", "Shipped", "PartiallyShipped", "Delivered", "Canceled",
            "Returned", "Refunded",
        ]),
        prop::sample::select(vec!["ATVPDKIKX0DER", "A1VC38T7YXB528", "A1PA6795UKMFR9"]),
        any::<bool>(),
        1u32..4,
    )
        .prop_map(|(store, order_id, status, marketplace, envelope, quantity)| {
            let change = json!({
                "AmazonOrderId": order_id, "SellerId": "A2SELLER",
                "OrderChangeTrigger": { "TimeOfOrderChange": "2026-11-03T18:19:00Z" },
                "Summary": { "MarketplaceId": marketplace, "OrderStatus": status,
                             "FulfillmentType": "MFN", "DestinationPostalCode": "60601",
                             "OrderItems": [ { "ASIN": "B0EXAMPLE1", "SellerSKU": "LAMP-01", "Quantity": quantity } ] }
            });
            if envelope {
                json!({ "store_id": store, "NotificationType": "ORDER_CHANGE",
                        "EventTime": "2026-11-03T18:20:00Z",
                        "NotificationMetadata": { "NotificationId": format!("n-{order_id}-{status}") },
                        "Payload": { "OrderChangeNotification": change } })
            } else {
                let mut flat = change;
                flat["store_id"] = json!(store);
                flat
            }
        })
}

fn any_event() -> impl Strategy<Value = Value> {
    prop_oneof![native_event(), sp_api_event()]
}

/// What every accepted event must satisfy, whatever it was parsed from.
fn check_parsed(text: &str) {
    match order::parse_event(text) {
        Ok(e) => {
            assert!(!e.store_id.as_str().is_empty());
            assert!(!e.event_id.as_str().is_empty());
            for item in e.order.items.iter().flatten() {
                assert!(item.quantity >= 1, "{text}");
                assert!(!item.asin.trim().is_empty(), "{text}");
                assert!(item.promotion_discount.is_finite() && item.promotion_discount >= 0.0);
            }
            match (&e.event_type, &e.feedback) {
                (EventType::Feedback, Some(f)) => assert!((1..=5).contains(&f.rating), "{text}"),
                (EventType::Feedback, None) => panic!("feedback event without feedback: {text}"),
                (_, f) => assert!(f.is_none(), "{text}"),
            }
        }
        Err(e) => {
            assert!(!e.field.is_empty(), "{text}: {e}");
            assert!(!e.problem.is_empty(), "{text}: {e}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn parse_event_takes_any_text(text in ".{0,200}") {
        check_parsed(&text);
    }

    #[test]
    fn parse_event_takes_any_json(value in json_value()) {
        check_parsed(&value.to_string());
    }

    #[test]
    fn parse_event_accepts_generated_events(event in any_event()) {
        // Only the store's existence is checked later: every generated event parses.
        let text = event.to_string();
        prop_assert!(order::parse_event(&text).is_ok(), "{}: {:?}", text, order::parse_event(&text));
    }

    #[test]
    fn parse_event_takes_mutated_events(
        event in any_event(),
        edits in prop::collection::vec(json_edit(), 1..4),
        bytes in prop::collection::vec(byte_edit(), 0..3),
    ) {
        let mutated = mutate_json(event, &edits).to_string();
        check_parsed(&mutated);
        let raw = apply_bytes(mutated.into_bytes(), &bytes);
        check_parsed(&String::from_utf8_lossy(&raw));
    }
}

// --- the webhook end to end ---------------------------------------------------------------

const US_SECRET: &str = "acme-us-fuzz-secret-0001";
const JP_SECRET: &str = "acme-jp-fuzz-secret-0002";
const NOW: i64 = 1_793_730_000;

fn webhook_config() -> Config {
    let text = format!(
        r#"
[[store]]
id = "acme-us"
name = "Acme"
marketplace = "US"
sender = "Acme <care@acme.example>"
test_address = "qa@acme.example"
webhook_secret = "{US_SECRET}"

[[store]]
id = "acme-jp"
name = "Acme JP"
marketplace = "JP"
sender = "Acme <care@acme.example>"
test_address = "qa@acme.example"
webhook_secret = ["{JP_SECRET}", "acme-jp-older-secret-0003"]

[[store]]
id = "nosecret"
name = "No secret"
marketplace = "US"
sender = "Acme <care@acme.example>"
test_address = "qa@acme.example"
"#
    );
    Config::from_toml(
        "fuzz/aftercare.toml",
        &text,
        None,
        aftercare::template::TemplateSet::builtin(),
    )
    .unwrap()
}

/// How a fuzzed request is signed.
#[derive(Debug, Clone)]
enum Signing {
    /// Correctly, for the store the header names, `skew` seconds off the receiver's clock.
    Good { store: &'static str, skew: i64 },
    /// With a secret the receiver does not have.
    Forged,
    /// Correctly, then the body changed.
    Tampered(Vec<ByteEdit>),
    /// Whatever headers were generated.
    Raw(Vec<(String, String)>),
}

fn signing() -> impl Strategy<Value = Signing> {
    let header_name = prop_oneof![
        Just("X-Aftercare-Store".to_string()),
        Just("x-aftercare-timestamp".to_string()),
        Just("X-AFTERCARE-SIGNATURE".to_string()),
        "[A-Za-z-]{1,20}",
    ];
    let header_value = prop_oneof![
        Just("acme-us".to_string()),
        Just(NOW.to_string()),
        "v1=[0-9a-f]{64}",
        "v1=[0-9a-fA-F]{0,70}(,v1=[0-9a-f]{64})?",
        "[0-9+-]{0,25}",
        ".{0,40}",
    ];
    prop_oneof![
        6 => (prop::sample::select(vec!["acme-us", "acme-jp"]), prop_oneof![4 => -300i64..=300, 1 => -100_000i64..100_000])
            .prop_map(|(store, skew)| Signing::Good { store, skew }),
        1 => Just(Signing::Forged),
        1 => prop::collection::vec(byte_edit(), 1..3).prop_map(Signing::Tampered),
        2 => prop::collection::vec((header_name, header_value), 0..5).prop_map(Signing::Raw),
    ]
}

fn webhook_body() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        4 => any_event().prop_map(|e| e.to_string().into_bytes()),
        3 => (any_event(), prop::collection::vec(json_edit(), 1..3))
            .prop_map(|(e, edits)| mutate_json(e, &edits).to_string().into_bytes()),
        2 => (any_event(), prop::collection::vec(byte_edit(), 1..4))
            .prop_map(|(e, edits)| apply_bytes(e.to_string().into_bytes(), &edits)),
        1 => prop::collection::vec(any::<u8>(), 0..300),
        1 => json_value().prop_map(|v| v.to_string().into_bytes()),
    ]
}

fn headers_for(signing: &Signing, body: &[u8]) -> (SignedHeaders, Vec<u8>) {
    let secret = |s: &str| WebhookSecret::new(s).unwrap();
    match signing {
        Signing::Good { store, skew } => {
            let key = if *store == "acme-us" {
                US_SECRET
            } else {
                JP_SECRET
            };
            (
                SignedHeaders::signed(store, &secret(key), NOW + skew, body),
                body.to_vec(),
            )
        }
        Signing::Forged => (
            SignedHeaders::signed("acme-us", &secret("not-the-store-secret-0000"), NOW, body),
            body.to_vec(),
        ),
        Signing::Tampered(edits) => {
            let headers = SignedHeaders::signed("acme-us", &secret(US_SECRET), NOW, body);
            let mut changed = apply_bytes(body.to_vec(), edits);
            if changed == body {
                changed.push(b' ');
            }
            (headers, changed)
        }
        Signing::Raw(pairs) => (
            SignedHeaders::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))),
            body.to_vec(),
        ),
    }
}

#[test]
fn webhook_answers_2xx_or_4xx_and_stores_nothing_it_refuses() {
    let config = webhook_config();
    let store = SqliteStore::in_memory().unwrap();
    let bus = MemoryBus::default();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let now = DateTime::<Utc>::from_timestamp(NOW, 0).unwrap();
    let counts = std::cell::RefCell::new(std::collections::BTreeMap::<u16, usize>::new());
    let accepted = std::cell::RefCell::new(std::collections::BTreeSet::<(String, String)>::new());
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(1500));
    runner
        .run(
            &(
                signing(),
                webhook_body(),
                prop::option::weighted(0.02, Just(())),
            ),
            |(signing, body, oversize)| {
                let body = match oversize {
                    Some(()) => {
                        let mut big = body;
                        big.resize(MAX_BODY_BYTES + 1, b' ');
                        big
                    }
                    None => body,
                };
                let (headers, sent) = headers_for(&signing, &body);
                // The order the body names, if it names one: it must not change unless accepted.
                // The order the body names, found as the webhook finds it (a notification as
                // Amazon sends it names no store: the seller and marketplace do).
                let resolve = |seller: Option<&str>, marketplace| {
                    config.store_for_notification(seller, marketplace)
                };
                let named = std::str::from_utf8(&sent)
                    .ok()
                    .and_then(|t| order::parse_event_with(t, Some(&resolve)).ok())
                    .map(|e| (e.store_id, e.order.order_id));
                let lookup = |named: &Option<(order::StoreId, order::OrderId)>| {
                    named
                        .as_ref()
                        .and_then(|(s, o)| runtime.block_on(store.get_order(s, o)).unwrap())
                };
                let before = lookup(&named);
                let reply = runtime.block_on(handlers::webhook(
                    &config, &store, &bus, &config, &headers, &sent, now,
                ));
                *counts.borrow_mut().entry(reply.status).or_default() += 1;
                let published = bus.drain();
                prop_assert!(
                    matches!(reply.status, 200 | 202 | 400 | 401 | 413),
                    "{} {:?}",
                    reply.status,
                    reply.body
                );
                if reply.status >= 400 {
                    prop_assert!(
                        reply.body["field"].is_string() && reply.body["error"].is_string()
                    );
                }
                if reply.status == 202 {
                    prop_assert_eq!(published.len(), 1);
                    let id = &published[0];
                    accepted
                        .borrow_mut()
                        .insert((id.store_id.to_string(), id.order_id.to_string()));
                } else if reply.status == 200 {
                    // A replay changes nothing; it is published again (at least once) when its
                    // order exists, and not at all when its event id named another order.
                    prop_assert_eq!(
                        published.len(),
                        usize::from(before.is_some()),
                        "{:?}",
                        published
                    );
                    prop_assert_eq!(lookup(&named), before, "a replay changed the order");
                } else {
                    prop_assert!(
                        published.is_empty(),
                        "{} published {:?}",
                        reply.status,
                        published
                    );
                    prop_assert_eq!(lookup(&named), before, "{} changed the order", reply.status);
                }
                let well_signed =
                    matches!(signing, Signing::Good { skew, .. } if skew.abs() <= 300);
                if sent.len() > MAX_BODY_BYTES {
                    prop_assert_eq!(reply.status, 413);
                } else if !well_signed {
                    prop_assert_eq!(reply.status, 401, "{:?}", reply.body);
                }
                if reply.status < 300 {
                    prop_assert!(well_signed);
                    // Accepted only for the store whose secret signed it.
                    let body_store = named.as_ref().map(|(s, _)| s.as_str());
                    prop_assert_eq!(body_store, headers.store.as_deref());
                }
                Ok(())
            },
        )
        .unwrap();
    // The generator must reach every answer, or the properties above say little.
    // Every stored order was named by some accepted request, and nothing else is stored.
    let stored: std::collections::BTreeSet<(String, String)> = store
        .all_orders(None)
        .unwrap()
        .iter()
        .map(|o| (o.store_id.to_string(), o.order_id.to_string()))
        .collect();
    assert_eq!(stored, accepted.into_inner());
    let counts = counts.into_inner();
    for status in [200, 202, 400, 401, 413] {
        assert!(
            counts.get(&status).copied().unwrap_or(0) > 0,
            "no {status} answer: {counts:?}"
        );
    }
    println!("webhook answers: {counts:?}");
}

// --- SES events and opt-out notices -------------------------------------------------------

fn check_signals(text: &str) {
    if let Err(e) = optout::parse_signals(text) {
        assert!(!e.to_string().is_empty());
    }
    let _events = optout::parse_ses_events(text).map_err(|e| assert!(!e.to_string().is_empty()));
    let _inbound = optout::parse_ses_inbound(text).map_err(|e| assert!(!e.to_string().is_empty()));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn ses_payload_parsers_take_any_text(text in ".{0,300}") {
        check_signals(&text);
    }

    #[test]
    fn ses_payload_parsers_take_mutated_fixtures(
        which in any::<prop::sample::Index>(),
        json_edits in prop::collection::vec(json_edit(), 0..3),
        byte_edits in prop::collection::vec(byte_edit(), 0..3),
    ) {
        let fixtures = fixture_dir("ses");
        let text = which.get(&fixtures);
        let text = match serde_json::from_str::<Value>(text) {
            Ok(v) => mutate_json(v, &json_edits).to_string(),
            Err(_) => text.clone(),
        };
        check_signals(&text);
        let raw = apply_bytes(text.into_bytes(), &byte_edits);
        check_signals(&String::from_utf8_lossy(&raw));
    }

    #[test]
    fn optout_notice_parser_takes_mutated_mail(
        which in any::<prop::sample::Index>(),
        edits in prop::collection::vec(byte_edit(), 0..5),
        noise in prop::collection::vec(any::<u8>(), 0..200),
    ) {
        let notices = fixture_dir("notices");
        let mail = apply_bytes(which.get(&notices).clone().into_bytes(), &edits);
        for input in [&mail, &noise] {
            if let Err(e) = optout::parse_optout_notice(input) {
                prop_assert!(!e.to_string().is_empty());
            }
        }
    }
}

// --- the config loader --------------------------------------------------------------------

/// One edit of a config file, line-wise or in place.
#[derive(Debug, Clone)]
enum TomlEdit {
    DeleteLine(usize),
    RepeatLine(usize),
    SwapLines(usize, usize),
    SetValue(usize, String),
    Bytes(ByteEdit),
}

fn toml_value() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "\"\"",
            "-1",
            "0",
            "5",
            "45",
            "181",
            "300",
            "99999999999999999999",
            "1.5",
            "true",
            "[]",
            "{}",
            "[1, 2]",
            "[\"B0X\"]",
            "\"13:00-15:00\"",
            "\"25:00-26:00\"",
            "\"15:00-13:00\"",
            "\"01:00-05:00 Asia/Shanghai\"",
            "\"13:00-15:00 Mars/Olympus\"",
            "\"immediate\"",
            "\"review_request\"",
            "\"follow_up\"",
            "\"feedback\"",
            "[\"returned\", \"refunded\"]",
            "\"Asia/Nowhere\"",
            "\"US\"",
            "\"XX\"",
            "\"test\"",
            "\"paused\"",
            "\"no-such-template\"",
            "\"a@b\"",
            "\"not an address\"",
            "{ rating = [5, 1] }",
            "{ asins = [] }",
            "\"short\"",
            "[\"0123456789abcdef\", 1]",
            "\"manuals/missing.pdf\"",
        ])
        .prop_map(str::to_string),
        "\"[^\"\\\\\n]{0,20}\"",
        any::<i64>().prop_map(|n| n.to_string()),
    ]
}

fn toml_edit() -> impl Strategy<Value = TomlEdit> {
    prop_oneof![
        2 => any::<usize>().prop_map(TomlEdit::DeleteLine),
        1 => any::<usize>().prop_map(TomlEdit::RepeatLine),
        1 => (any::<usize>(), any::<usize>()).prop_map(|(a, b)| TomlEdit::SwapLines(a, b)),
        4 => (any::<usize>(), toml_value()).prop_map(|(i, v)| TomlEdit::SetValue(i, v)),
        1 => byte_edit().prop_map(TomlEdit::Bytes),
    ]
}

fn apply_toml(text: &str, edits: &[TomlEdit]) -> String {
    let mut text = text.to_string();
    for edit in edits {
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        if lines.is_empty() {
            lines.push(String::new());
        }
        let n = lines.len();
        match edit {
            TomlEdit::DeleteLine(i) => {
                lines.remove(i % n);
            }
            TomlEdit::RepeatLine(i) => {
                let line = lines[i % n].clone();
                lines.insert(i % n, line);
            }
            TomlEdit::SwapLines(a, b) => lines.swap(a % n, b % n),
            TomlEdit::SetValue(i, value) => {
                // Among the `key = value` lines, replace the value of the i-th.
                let assignments: Vec<usize> =
                    (0..n).filter(|&j| lines[j].contains(" = ")).collect();
                if !assignments.is_empty() {
                    let j = assignments[i % assignments.len()];
                    let key = lines[j].split(" = ").next().unwrap_or("").to_string();
                    lines[j] = format!("{key} = {value}");
                }
            }
            TomlEdit::Bytes(edit) => {
                let raw = apply_bytes(text.into_bytes(), std::slice::from_ref(edit));
                text = String::from_utf8_lossy(&raw).into_owned();
                continue;
            }
        }
        text = lines.join("\n");
        text.push('\n');
    }
    text
}

fn config_sources() -> Vec<String> {
    vec![
        std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("defaults")
                .join(CONFIG_FILE),
        )
        .unwrap(),
        fixture("config-acme/aftercare.toml"),
    ]
}

#[test]
fn config_loader_gives_a_config_or_located_errors() {
    let sources = config_sources();
    // The acme fixture's folder, with its templates and attachments, then edited in place.
    let dir = tempfile::tempdir().unwrap();
    let acme = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/config-acme");
    copy_dir(&acme, dir.path());
    let (loaded, refused) = (std::cell::Cell::new(0), std::cell::Cell::new(0));
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(250));
    runner
        .run(
            &(
                any::<prop::sample::Index>(),
                prop::collection::vec(toml_edit(), 1..5),
            ),
            |(which, edits)| {
                let text = apply_toml(which.get::<String>(&sources), &edits);
                let file = dir.path().join(CONFIG_FILE);
                std::fs::write(&file, &text).unwrap();
                match Config::load_dir(dir.path()) {
                    Ok(config) => {
                        loaded.set(loaded.get() + 1);
                        prop_assert!(!config.stores.is_empty());
                    }
                    Err(err) => {
                        refused.set(refused.get() + 1);
                        prop_assert!(!err.0.is_empty());
                        let lines = text.lines().count().max(1);
                        for issue in &err.0 {
                            prop_assert!(issue.line >= 1 && issue.col >= 1, "{}", issue);
                            prop_assert!(!issue.message.trim().is_empty(), "{}", issue);
                            if issue.file.ends_with(CONFIG_FILE) {
                                prop_assert!(
                                    issue.line <= lines + 1,
                                    "{} ({} lines)",
                                    issue,
                                    lines
                                );
                            }
                        }
                    }
                }
                Ok(())
            },
        )
        .unwrap();
    let (loaded, refused) = (loaded.get(), refused.get());
    assert!(
        loaded > 0 && refused > 0,
        "loaded {loaded}, refused {refused}"
    );
    println!("config loader: {loaded} loaded, {refused} refused");
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

// --- templates ----------------------------------------------------------------------------

fn template_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(vec![
            "{{ greeting }}", "{{ buyer.name }}", "{{ buyer.first_name }}", "{{ order.id }}",
            "{{ product.title }}", "{{ product.short_title | upper }}", "{{ store.name }}",
            "{{ links.product_review }}", "{{ tracking.number }}", "{{ item_count }}",
            "{{ nope }}", "{{ buyer.nope }}", "{{ order.id | truncate(length=3) }}",
            "{{ order.id | no_such_filter }}", "{% if buyer.has_name %}", "{% else %}",
            "{% endif %}", "{% for item in items %}", "{{ item.title }}", "{% endfor %}",
            "{% if nope %}", "{% set x = 1 %}", "{{ x }}", "{% raw %}", "{% endraw %}",
            "{% include \"other\" %}", "{% block b %}", "{% endblock b %}", "{{ 1 / 0 }}",
            "{{ items[0].title }}", "{{ items[99].title }}", "{#", "#}", "{{", "}}", "{%", "%}",
            "\n", "\n\n", " ", "Thank you for your order.", "ご注文ありがとうございます。",
            "Vielen Dank!", "<p>", "</p>", "Subject: ", "\r\n", "\u{feff}",
        ])
        .prop_map(str::to_string),
        1 => ".{0,12}",
    ]
}

fn template_text() -> impl Strategy<Value = String> {
    prop::collection::vec(template_piece(), 0..14).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn templates_load_and_render_or_say_where_they_fail(
        subject in template_text(),
        body in template_text(),
        html in prop::option::of(template_text()),
        locale in prop::sample::select(vec!["en-US", "ja-JP", "de-DE", "xx", ""]),
        label in prop::sample::select(vec!["Subject: ", "subject:", "", "Subject:"]),
    ) {
        let txt = format!("{label}{subject}\n{body}");
        let origin = format!("templates/fuzz.{locale}.txt");
        let html = html.as_deref().map(|h| ("templates/fuzz.html", h));
        let source = match TemplateSource::parse("fuzz", locale, &origin, &txt, html) {
            Ok(source) => source,
            Err(e) => {
                prop_assert!(!e.to_string().is_empty());
                return Ok(());
            }
        };
        let checked = template::check_template(&source);
        for vars in [MessageVars::example(Marketplace::Us), MessageVars::example_sparse(Marketplace::Jp)] {
            match template::render(&source, &vars) {
                Ok(message) => {
                    prop_assert!(!message.subject.is_empty());
                    prop_assert!(!message.text.is_empty());
                }
                Err(e) => {
                    let (file, line) = e.location();
                    prop_assert!(file.starts_with("templates/fuzz"), "{}", e);
                    prop_assert!(line != Some(0), "{}", e);
                }
            }
        }
        if let Err(e) = checked {
            prop_assert!(!e.to_string().is_empty());
        }
    }
}
