//! The published config on a local AWS emulator (moto): a config published to the bucket
//! reaches the functions (in-process, refreshing on every invocation), a broken version put
//! into the bucket directly is refused with the last good one kept (and `ConfigRejected`
//! counted), a fresh instance after it runs the last good one too, a send rendered after a
//! push uses the new wording, and the table says which version each function runs.
//!
//! Needs `AFTERCARE_AWS_ENDPOINT` (`eval "$(scripts/moto start)"`); without it the test is
//! skipped (and fails in CI, where the emulator must run).

mod support;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use aftercare::adapters::aws::{create_table, sdk_config};
use aftercare::adapters::signed::dynamodb::running_configs;
use aftercare::adapters::signed::s3::BucketObject;
use aftercare::adapters::signed::AwsHttp;
use aftercare::config::Config;
use aftercare::published::{self, Bundle};
use aftercare_lambda::config_source::{Outcome, Published, Source};
use aftercare_lambda::{fit_for, packed_for, Clients, Context, MetricsSink, Needs, Settings};
use aws_sdk_dynamodb::types::AttributeValue;
use support::iam;

fn endpoint() -> Option<String> {
    match std::env::var("AFTERCARE_AWS_ENDPOINT") {
        Ok(e) if !e.is_empty() => Some(e),
        _ if std::env::var_os("CI").is_some() => {
            panic!("AFTERCARE_AWS_ENDPOINT is not set: CI must run the emulator tests")
        }
        _ => {
            eprintln!("skipped: set AFTERCARE_AWS_ENDPOINT (eval \"$(scripts/moto start)\") to run the emulator tests");
            None
        }
    }
}

const NEEDS: Needs = Needs {
    bus: false,
    mailer: false,
};

/// A copy of the acme fixture config whose kettle template says `wording`.
fn config_folder(wording: &str) -> tempfile::TempDir {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/config-acme");
    let dir = tempfile::tempdir().unwrap();
    copy(&fixture, dir.path());
    let template = dir.path().join("templates/kettle_manual.en-US.txt");
    let text = std::fs::read_to_string(&template).unwrap();
    let changed = text.replace(
        "Before the first use, boil a full kettle of water once and pour it away; this clears any taste from the factory.",
        wording,
    );
    assert_ne!(changed, text, "the fixture's wording moved");
    std::fs::write(&template, changed).unwrap();
    // The fixture's Japanese store has a window no schedule of template.yaml serves (a stack
    // would refuse it); these tests are about wording.
    let file = dir.path().join("aftercare.toml");
    let toml = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, toml.replace("window = \"12:00-14:00\"\n", "")).unwrap();
    dir
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// The kettle email of a delivered order, rendered the way the dispatcher renders a send.
fn kettle_email(config: &Config) -> String {
    let event = aftercare::order::parse_event(
        r#"{"store_id": "acme-us", "event_id": "e1", "type": "delivered",
            "occurred_at": "2026-11-05T18:20:00Z",
            "order": {"order_id": "113-0000001-0000001", "marketplace": "US", "fulfillment": "FBA",
                      "purchase_date": "2026-11-01T02:00:00Z",
                      "buyer": {"email": "kettle-buyer@marketplace.amazon.com", "name": "Jane Doe"},
                      "items": [{"asin": "B0KETTLE01", "sku": "KETTLE-01", "title": "Kettle", "quantity": 1}]}}"#,
    )
    .unwrap();
    let store = config
        .store(&event.store_id)
        .expect("acme-us in the config");
    let order = aftercare::order::Order::from_event(&event, store.marketplace);
    let vars = aftercare::pipeline::message_vars(store, &order, true);
    let source = config
        .templates
        .pick("kettle_manual", &[order.marketplace.default_locale()])
        .expect("the kettle template");
    aftercare::template::render(source, &vars).unwrap().text
}

fn rejections(sink: &MetricsSink) -> usize {
    sink.lock()
        .unwrap()
        .iter()
        .filter(|l| l.contains("\"ConfigRejected\":1"))
        .count()
}

#[tokio::test]
async fn a_pushed_config_reaches_the_functions_and_a_broken_one_is_never_used() {
    let Some(endpoint) = endpoint() else { return };
    let sdk = sdk_config(Some(&endpoint)).await;
    let aws = AwsHttp::from_sdk(&sdk).unwrap();
    let pid = std::process::id();
    let (bucket, table) = (
        format!("aftercare-config-{pid}"),
        format!("aftercare-cfg-{pid}"),
    );
    let made = aws
        .send(
            "s3",
            "PUT",
            &format!("{endpoint}/{bucket}"),
            &[],
            Vec::new(),
        )
        .await
        .unwrap();
    assert_eq!(made.status, 200, "{}", String::from_utf8_lossy(&made.body));
    let versioning = br#"<VersioningConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Status>Enabled</Status></VersioningConfiguration>"#;
    let on = aws
        .send(
            "s3",
            "PUT",
            &format!("{endpoint}/{bucket}?versioning"),
            &[],
            versioning.to_vec(),
        )
        .await
        .unwrap();
    assert_eq!(on.status, 200, "{}", String::from_utf8_lossy(&on.body));
    let access = iam::AccessLog::default();
    let dynamodb = aws_sdk_dynamodb::Client::from_conf(
        aws_sdk_dynamodb::config::Builder::from(&sdk)
            .interceptor(access.recorder("planner"))
            .build(),
    );
    create_table(&aws_sdk_dynamodb::Client::new(&sdk), &table)
        .await
        .unwrap();
    let object = BucketObject::new(aws.clone(), &bucket, published::CONFIG_KEY);
    let publish = |folder: &Path| {
        let bytes = Bundle::from_dir(folder).unwrap().to_bytes();
        let object = object.clone();
        async move { object.put(bytes, "application/json").await.unwrap() }
    };
    let sink: MetricsSink = Arc::default();
    let source = |function: &str| Source {
        aws: aws.clone(),
        bucket: bucket.clone(),
        dynamodb: dynamodb.clone(),
        table: table.clone(),
        function: function.to_string(),
        refresh: Duration::ZERO,
        scheduled: aftercare_lambda::SCHEDULED_GROUPS,
        fit: fit_for(NEEDS),
        packed: packed_for(NEEDS),
        metrics_sink: Some(sink.clone()),
    };

    // 1. Nothing published yet: the config built into the function runs.
    let planner = Arc::new(Published::start(source("planner")).await.unwrap());
    assert_eq!(planner.running().source, published::SOURCE_PACKED);
    let settings = Settings {
        table: table.clone(),
        event_bus: None,
        configuration_set: None,
        dispatch_limit: 100,
        max_send_rate: None,
    };
    let ctx = Context::with_clients(
        Clients::new(&sdk),
        &settings,
        NEEDS,
        Config::builtin(),
        Box::new(aftercare::ports::SystemClock),
    )
    .unwrap()
    .with_published(Some(planner.clone()));
    let acme = aftercare::order::StoreId::parse("acme-us").unwrap();
    assert!(ctx.for_invocation().await.config.store(&acme).is_none());

    // 2. A push: the next invocation runs it.
    let v1 = publish(config_folder("Boil a full kettle once before the first use.").path()).await;
    match planner.refresh().await {
        Outcome::Loaded(r) => assert_eq!(r.version_id, v1.version_id),
        other => panic!("{other:?}"),
    }
    let first = ctx.for_invocation().await.config.clone();
    assert!(kettle_email(&first).contains("Boil a full kettle once"));
    assert_eq!(planner.running().version_id, v1.version_id);

    // 3. A new wording: invocations after the push render it; one that started before keeps
    //    the config it started with.
    let v2 = publish(config_folder("Rinse the kettle twice before the first use.").path()).await;
    assert_ne!(v2.version_id, v1.version_id);
    let second = ctx.for_invocation().await.config.clone();
    assert!(kettle_email(&second).contains("Rinse the kettle twice"));
    assert!(kettle_email(&first).contains("Boil a full kettle once"));

    // An instance whose refresh period has not passed does not look (no GET at all).
    let slow = Published::start(Source {
        refresh: Duration::from_secs(3600),
        ..source("slow-planner")
    })
    .await
    .unwrap();
    assert_eq!(slow.running().version_id, v2.version_id);
    assert!(!slow.trusted_at_start(), "nothing vouched for v2 yet");

    // A later cold start of the same build trusts its record of v2 (same bytes, same checks)
    // and skips only the lint; a record naming another build, or other bytes, is not trusted.
    let again = Published::start(source("slow-planner")).await.unwrap();
    assert!(again.trusted_at_start());
    assert_eq!(again.running().version_id, v2.version_id);
    assert!(kettle_email(&again.snapshot()).contains("Rinse the kettle twice"));
    for (attribute, value) in [
        (published::ATTR_CHECKED_BY, "a-build-with-other-rules"),
        (published::ATTR_DIGEST, "0000"),
    ] {
        aws_sdk_dynamodb::Client::new(&sdk)
            .update_item()
            .table_name(&table)
            .key("pk", AttributeValue::S(published::RUNNING_PK.into()))
            .key("sk", AttributeValue::S("slow-planner".into()))
            .update_expression("SET #a = :v")
            .expression_attribute_names("#a", attribute)
            .expression_attribute_values(":v", AttributeValue::S(value.into()))
            .send()
            .await
            .unwrap();
        let other = Published::start(source("slow-planner")).await.unwrap();
        assert!(!other.trusted_at_start(), "{attribute} = {value}");
        assert_eq!(other.running().version_id, v2.version_id);
    }

    // 4. A version that breaks Amazon's rules, put into the bucket around the CLI: refused,
    //    counted, and the last good one keeps running.
    let broken = config_folder(
        "If you love it, please leave us a 5-star review and we will send you a free gift.",
    );
    assert!(
        Config::load_dir(broken.path()).is_err(),
        "the lint must refuse it"
    );
    let v3 = publish(broken.path()).await;
    match planner.refresh().await {
        Outcome::Rejected {
            version_id,
            problem,
        } => {
            assert_eq!(version_id, v3.version_id);
            assert!(problem.contains("kettle_manual"), "{problem}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(rejections(&sink), 1);
    let after = ctx.for_invocation().await.config.clone();
    assert!(kettle_email(&after).contains("Rinse the kettle twice"));
    assert_eq!(planner.running().version_id, v2.version_id);
    // Seen once: the next look is a 304, not a second refusal.
    assert_eq!(planner.refresh().await, Outcome::Unchanged);
    assert_eq!(rejections(&sink), 1);
    assert_eq!(slow.refresh().await, Outcome::Unchanged);
    assert_eq!(slow.running().version_id, v2.version_id);
    assert_eq!(rejections(&sink), 1);

    // 5. A fresh instance of the same function runs the version it last loaded, not the
    //    broken newest one.
    let fresh = Published::start(source("planner")).await.unwrap();
    assert_eq!(fresh.running().version_id, v2.version_id);
    assert!(kettle_email(&fresh.snapshot()).contains("Rinse the kettle twice"));
    assert_eq!(rejections(&sink), 2);
    // A function that never loaded a published version falls back to its packed config.
    let bounces = Published::start(source("bounces")).await.unwrap();
    assert_eq!(bounces.running().source, published::SOURCE_PACKED);
    assert!(bounces.snapshot().store(&acme).is_none());

    // 6. The table says which version each function runs (what `aftercare config status` reads).
    let mut running = running_configs(&aws, &table).await.unwrap();
    running.sort_by(|a, b| a.function.cmp(&b.function));
    let rows: Vec<(&str, &str, &str)> = running
        .iter()
        .map(|r| {
            (
                r.function.as_str(),
                r.version_id.as_str(),
                r.source.as_str(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("bounces", "", published::SOURCE_PACKED),
            (
                "planner",
                v2.version_id.as_str(),
                published::SOURCE_PUBLISHED
            ),
            (
                "slow-planner",
                v2.version_id.as_str(),
                published::SOURCE_PUBLISHED
            ),
        ]
    );
    assert_eq!(
        running[2].digest,
        published::digest(
            &Bundle::from_dir(config_folder("Rinse the kettle twice before the first use.").path())
                .unwrap()
                .to_bytes()
        )
    );

    // 7. Deleting the object (a delete marker on top) takes the functions back to the packed
    //    config.
    let deleted = aws
        .send(
            "s3",
            "DELETE",
            &format!("{endpoint}/{bucket}/{}", published::CONFIG_KEY),
            &[],
            Vec::new(),
        )
        .await
        .unwrap();
    assert_eq!(deleted.status, 204);
    assert!(
        matches!(planner.refresh().await, Outcome::Loaded(r) if r.source == published::SOURCE_PACKED)
    );
    assert!(ctx.for_invocation().await.config.store(&acme).is_none());

    // The records are written with the planner's own grants (GetItem, PutItem on the table).
    let stack = iam::Stack::emulated().resource("AftercareTable", &table);
    let verdict = iam::check(&iam::Template::deployed(), &stack, &access.calls());
    verdict.print();
    verdict.assert_allowed();
}
