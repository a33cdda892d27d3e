//! Orders of several products: a campaign about one product mails about that product, whatever
//! the order's item order, and says its title cleanly. Runs the built `aftercare` binary.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

const CONFIG: &str = r#"
[[store]]
id = "shop"
name = "Shop"
marketplace = "US"
sender = "Shop <care@shop.example>"
test_address = "qa@shop.example"

[[campaign]]
name = "lamp-tips"
kind = "product_info"
filters = { asins = ["B0DEMOLAMP"] }

[[campaign]]
name = "mug-size-check"
kind = "prevent_negative"
filters = { skus = ["MUG-12"] }
"#;

const MUG: &str = "Insulated Travel Mug 12 oz";
const LAMP: &str = "Dimmable LED Desk Lamp with USB-C Charging Port, Warm to Cool Light";

/// One order with the mug first and the lamp second, shipped and delivered.
fn events_jsonl() -> String {
    let order = serde_json::json!({
        "order_id": "113-0000001-0000001", "marketplace": "US", "fulfillment": "FBA",
        "purchase_date": "2026-11-01T02:00:00Z",
        "buyer": { "email": "mixed@marketplace.amazon.com", "name": "Jane Doe" },
        "ship_to": { "postal_code": "60601", "state": "IL", "country": "US" },
        "items": [
            { "asin": "B0DEMOMUG1", "sku": "MUG-12", "title": MUG, "quantity": 1 },
            { "asin": "B0DEMOLAMP", "sku": "LAMP-01", "title": LAMP, "quantity": 1 }
        ]
    });
    [
        ("ordered", "2026-11-01T02:00:00Z"),
        ("shipped", "2026-11-02T10:00:00Z"),
        ("delivered", "2026-11-04T19:00:00Z"),
    ]
    .iter()
    .map(|(kind, at)| {
        serde_json::json!({
            "store_id": "shop", "event_id": format!("o1-{kind}"), "type": kind,
            "occurred_at": at, "order": order,
        })
        .to_string()
    })
    .collect::<Vec<_>>()
    .join("\n")
}

/// The readable text of a MIME file: quoted-printable soft breaks joined and `=XX` decoded.
fn readable(raw: &[u8]) -> String {
    let text = String::from_utf8_lossy(raw)
        .replace("=\r\n", "")
        .replace("=\n", "");
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'=', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (c, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Runs `simulate` on the order and returns the email of `campaign`, readable.
fn email_of(dir: &Path, campaign: &str) -> String {
    let config = dir.join("config");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("aftercare.toml"), CONFIG).unwrap();
    let events = dir.join("events.jsonl");
    std::fs::write(&events, events_jsonl()).unwrap();
    let state = dir.join("state");
    Command::cargo_bin("aftercare")
        .unwrap()
        .args(["simulate", "--until", "2026-12-31T00:00:00Z"])
        .arg("--config")
        .arg(&config)
        .arg("--events")
        .arg(&events)
        .arg("--state")
        .arg(&state)
        .assert()
        .success();
    let files: Vec<PathBuf> = std::fs::read_dir(state.join("outbox"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .filter(|p| p.to_string_lossy().contains(campaign))
        .collect();
    assert_eq!(files.len(), 1, "one {campaign} email: {files:?}");
    readable(&std::fs::read(&files[0]).unwrap())
}

#[test]
fn a_campaign_filtered_on_the_lamp_mails_about_the_lamp_not_the_first_item() {
    let dir = tempfile::tempdir().unwrap();
    let email = email_of(dir.path(), "lamp-tips");
    // The lamp's title, cut after a whole phrase: never "…Port, Warm to…".
    assert!(
        email.contains("Dimmable LED Desk Lamp with USB-C Charging Port…"),
        "{email}"
    );
    assert!(!email.contains("Warm to…"), "{email}");
    assert!(
        !email.contains("Travel Mug"),
        "the mug is not what it is about: {email}"
    );
}

#[test]
fn a_campaign_filtered_on_the_mug_s_sku_mails_about_the_mug() {
    let dir = tempfile::tempdir().unwrap();
    let email = email_of(dir.path(), "mug-size-check");
    assert!(email.contains(MUG), "{email}");
    assert!(!email.contains("Desk Lamp"), "{email}");
}
