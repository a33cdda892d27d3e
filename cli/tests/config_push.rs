//! `aftercare config push` and `config status` as a seller runs them. With the `aws` feature,
//! against a stack on the local AWS emulator (moto: CloudFormation creates the bucket and the
//! table, `--stack` finds them): a good folder is published and its version printed; a folder
//! that fails the lint, or whose sender the stack may not send from, is refused with nothing
//! uploaded; status shows the newest version next to the one each function runs. Without the
//! feature, both commands say how to rebuild.

use assert_cmd::Command;

fn aftercare() -> Command {
    let mut cmd = Command::cargo_bin("aftercare").expect("binary built");
    // The workspace root, where template.yaml (the dispatcher schedules) is.
    cmd.current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."));
    cmd
}

#[cfg(not(feature = "aws"))]
#[test]
fn without_the_aws_feature_push_and_status_say_how_to_rebuild() {
    for args in [
        &[
            "config",
            "push",
            "--config",
            "tests/fixtures/config-acme",
            "--stack",
            "x",
        ][..],
        &["config", "status", "--stack", "x"][..],
    ] {
        let out = aftercare().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("cargo run --release --features aws -- config"),
            "{err}"
        );
    }
}

#[cfg(feature = "aws")]
mod on_the_emulator {
    use std::path::Path;

    use aftercare::adapters::signed::s3::BucketObject;
    use aftercare::adapters::signed::AwsHttp;
    use aftercare::published;
    use serde_json::{json, Value};

    use super::aftercare;

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

    /// The credentials and region the emulator takes, and nothing from the user's own files.
    fn with_emulator(cmd: &mut assert_cmd::Command, endpoint: &str) {
        cmd.env("AFTERCARE_AWS_ENDPOINT", endpoint)
            .env("AWS_ACCESS_KEY_ID", "test")
            .env("AWS_SECRET_ACCESS_KEY", "test")
            .env("AWS_REGION", "us-east-1")
            .env("AWS_CONFIG_FILE", "/nonexistent")
            .env("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent")
            .env_remove("AWS_PROFILE")
            .env_remove("AWS_SESSION_TOKEN");
    }

    async fn client(endpoint: &str) -> AwsHttp {
        std::env::set_var("AWS_ACCESS_KEY_ID", "test");
        std::env::set_var("AWS_SECRET_ACCESS_KEY", "test");
        std::env::set_var("AWS_REGION", "us-east-1");
        AwsHttp::from_env(Some(endpoint.to_string())).await.unwrap()
    }

    /// A stack like the deployed one, as far as push and status care: a versioned bucket and a
    /// table as outputs, the sender identity as a parameter.
    async fn create_stack(aws: &AwsHttp, endpoint: &str, name: &str) -> (String, String) {
        let template = json!({
            "Parameters": {
                "SenderIdentity": { "Type": "String" },
                "TestAddress": { "Type": "String", "Default": "" }
            },
            "Resources": {
                "ConfigBucket": { "Type": "AWS::S3::Bucket", "Properties": {
                    "VersioningConfiguration": { "Status": "Enabled" } } },
                "AftercareTable": { "Type": "AWS::DynamoDB::Table", "Properties": {
                    "BillingMode": "PAY_PER_REQUEST",
                    "AttributeDefinitions": [
                        { "AttributeName": "pk", "AttributeType": "S" },
                        { "AttributeName": "sk", "AttributeType": "S" } ],
                    "KeySchema": [
                        { "AttributeName": "pk", "KeyType": "HASH" },
                        { "AttributeName": "sk", "KeyType": "RANGE" } ] } }
            },
            "Outputs": {
                "ConfigBucketName": { "Value": { "Ref": "ConfigBucket" } },
                "TableName": { "Value": { "Ref": "AftercareTable" } }
            }
        });
        let form = [
            ("Action", "CreateStack".to_string()),
            ("Version", "2010-05-15".into()),
            ("StackName", name.into()),
            ("TemplateBody", template.to_string()),
            ("Parameters.member.1.ParameterKey", "SenderIdentity".into()),
            (
                "Parameters.member.1.ParameterValue",
                "acme-home.example".into(),
            ),
        ];
        let body = form
            .iter()
            .map(|(k, v)| format!("{k}={}", encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        // The emulator builds the stack inside the request; on a busy machine that can outlast
        // the client's timeout while the stack is still created. Ask again, and take "already
        // exists" from a later attempt as the first one having done the work.
        let mut attempt = 1;
        loop {
            let sent = aws
                .send(
                    "cloudformation",
                    "POST",
                    &format!("{endpoint}/"),
                    &[(
                        "content-type",
                        "application/x-www-form-urlencoded".to_string(),
                    )],
                    body.clone().into_bytes(),
                )
                .await;
            match sent {
                Ok(reply) if reply.status == 200 => break,
                Ok(reply)
                    if attempt > 1
                        && String::from_utf8_lossy(&reply.body).contains("AlreadyExists") =>
                {
                    break
                }
                Ok(reply) => panic!(
                    "CreateStack: {} {}",
                    reply.status,
                    String::from_utf8_lossy(&reply.body)
                ),
                Err(e) if attempt < 3 => eprintln!("CreateStack attempt {attempt}: {e}; again"),
                Err(e) => panic!("CreateStack: {e}"),
            }
            attempt += 1;
        }
        let stack = aftercare::adapters::signed::cloudformation::describe_stack(aws, name)
            .await
            .unwrap();
        // The emulator's CloudFormation leaves VersioningConfiguration out; S3 takes it.
        let versioning = br#"<VersioningConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Status>Enabled</Status></VersioningConfiguration>"#;
        let on = aws
            .send(
                "s3",
                "PUT",
                &format!(
                    "{endpoint}/{}?versioning",
                    stack.outputs["ConfigBucketName"]
                ),
                &[],
                versioning.to_vec(),
            )
            .await
            .unwrap();
        assert_eq!(on.status, 200, "{}", String::from_utf8_lossy(&on.body));
        (
            stack.outputs["ConfigBucketName"].clone(),
            stack.outputs["TableName"].clone(),
        )
    }

    fn encode(text: &str) -> String {
        text.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect()
    }

    /// The acme fixture, with the wording and the store's sender given.
    fn folder(wording: &str, sender_domain: &str) -> tempfile::TempDir {
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/config-acme");
        let dir = tempfile::tempdir().unwrap();
        for rel in [
            "aftercare.toml",
            "templates/kettle_manual.en-US.txt",
            "manuals/kettle-quick-start.pdf",
        ] {
            let to = dir.path().join(rel);
            std::fs::create_dir_all(to.parent().unwrap()).unwrap();
            std::fs::copy(fixture.join(rel), to).unwrap();
        }
        let edit = |rel: &str, from: &str, to: &str| {
            let path = dir.path().join(rel);
            let text = std::fs::read_to_string(&path).unwrap();
            assert!(text.contains(from), "{rel}: {from}");
            std::fs::write(&path, text.replace(from, to)).unwrap();
        };
        edit(
            "templates/kettle_manual.en-US.txt",
            "Before the first use, boil a full kettle of water once and pour it away; this clears any taste from the factory.",
            wording,
        );
        // A window no schedule of template.yaml serves would be refused; these tests are about
        // wording and senders.
        edit("aftercare.toml", "window = \"12:00-14:00\"\n", "");
        edit(
            "aftercare.toml",
            "@acme-home.example",
            &format!("@{sender_domain}"),
        );
        dir
    }

    async fn put_running(
        aws: &AwsHttp,
        endpoint: &str,
        table: &str,
        function: &str,
        version: &str,
    ) {
        let item = json!({
            "TableName": table,
            "Item": {
                "pk": { "S": published::RUNNING_PK }, "sk": { "S": function },
                "version_id": { "S": version }, "digest": { "S": "0123456789abcdef" },
                "loaded_at": { "S": "2026-12-02T23:00:00Z" }, "source": { "S": "published" }
            }
        });
        let reply = aws
            .send(
                "dynamodb",
                "POST",
                &format!("{endpoint}/"),
                &[
                    ("content-type", "application/x-amz-json-1.0".to_string()),
                    ("x-amz-target", "DynamoDB_20120810.PutItem".to_string()),
                ],
                item.to_string().into_bytes(),
            )
            .await
            .unwrap();
        assert_eq!(
            reply.status,
            200,
            "{}",
            String::from_utf8_lossy(&reply.body)
        );
    }

    #[tokio::test]
    async fn push_publishes_a_checked_folder_refuses_a_broken_one_and_status_shows_versions() {
        let Some(endpoint) = endpoint() else { return };
        let aws = client(&endpoint).await;
        let stack = format!("aftercare-push-{}", std::process::id());
        let (bucket, table) = create_stack(&aws, &endpoint, &stack).await;
        let object = BucketObject::new(aws.clone(), &bucket, published::CONFIG_KEY);

        // A good folder: checked, published, its version printed.
        let good = folder(
            "Rinse the kettle twice before the first use.",
            "acme-home.example",
        );
        let mut cmd = aftercare();
        with_emulator(&mut cmd, &endpoint);
        let out = cmd
            .args(["config", "push", "--stack", &stack, "--config"])
            .arg(good.path())
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout).to_string();
        assert!(
            out.status.success(),
            "{stdout}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let head = object.head_latest().await.unwrap().expect("published");
        assert!(
            stdout.contains(&format!(
                "published s3://{bucket}/{} version {}",
                published::CONFIG_KEY,
                head.version_id
            )),
            "{stdout}"
        );
        assert!(
            stdout.contains("checked: every sender is on the SES identity acme-home.example"),
            "{stdout}"
        );
        assert!(
            stdout.contains("checked: every window has a dispatcher schedule in template.yaml"),
            "{stdout}"
        );

        // A template that asks for a 5-star review: refused, nothing uploaded.
        let broken = folder(
            "If you love it, please leave us a 5-star review and we will send you a free gift.",
            "acme-home.example",
        );
        let mut cmd = aftercare();
        with_emulator(&mut cmd, &endpoint);
        let out = cmd
            .args(["config", "push", "--stack", &stack, "--config"])
            .arg(broken.path())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains("kettle_manual.en-US.txt"), "{stderr}");
        assert!(stderr.contains("nothing was published"), "{stderr}");
        assert_eq!(object.head_latest().await.unwrap().as_ref(), Some(&head));

        // A sender the stack's SES identity does not cover: refused, nothing uploaded.
        let elsewhere = folder(
            "Rinse the kettle twice before the first use.",
            "other-shop.example",
        );
        let mut cmd = aftercare();
        with_emulator(&mut cmd, &endpoint);
        let out = cmd
            .args(["config", "push", "--stack", &stack, "--config"])
            .arg(elsewhere.path())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains("care@other-shop.example"), "{stderr}");
        assert!(stderr.contains("`acme-home.example`"), "{stderr}");
        assert_eq!(object.head_latest().await.unwrap().as_ref(), Some(&head));

        // Status: the newest version, and each function's, as the functions record them.
        put_running(&aws, &endpoint, &table, "planner", &head.version_id).await;
        put_running(&aws, &endpoint, &table, "dispatcher", "an-older-version").await;
        let mut cmd = aftercare();
        with_emulator(&mut cmd, &endpoint);
        let out = cmd
            .args(["config", "status", "--stack", &stack, "--json"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(doc["bucket"], bucket.as_str());
        assert_eq!(doc["newest_version_id"], head.version_id.as_str());
        let rows: Vec<(String, String)> = doc["functions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["function"].as_str().unwrap().to_string(),
                    r["state"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                ("dispatcher".to_string(), "older".to_string()),
                ("planner".to_string(), "current".to_string())
            ]
        );
        let mut cmd = aftercare();
        with_emulator(&mut cmd, &endpoint);
        let out = cmd
            .args(["config", "status", "--stack", &stack])
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.contains(&format!("newest published: {}", head.version_id)),
            "{text}"
        );
    }
}
