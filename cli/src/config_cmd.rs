//! `aftercare config push` and `aftercare config status`: change the wording, campaigns or
//! stores of a deployed stack without rebuilding its functions.
//!
//! `push` checks the folder exactly as the Lambda build does (validation and template lint, the
//! window groups the template's dispatcher schedules serve, every sender on the stack's
//! `SenderIdentity`, a test address for every store), then uploads it as one new version of the
//! config object in the stack's bucket; nothing is uploaded when a check fails. The functions
//! load the new version at their next invocation after their refresh period (a minute), and
//! check it again the same way before using it. `status` shows the bucket's newest version next
//! to the version each function recorded that it runs.
//!
//! The AWS calls sit behind the `aws` feature; a build without it says how to rebuild.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::Subcommand;

#[derive(Subcommand)]
pub enum ConfigCommand {
    /// Check a config folder as the build does, then publish it to the deployed stack's config
    /// bucket (nothing is uploaded when a check fails). The functions run it from their next
    /// invocation a minute or so later; the config packed at build time stays their fallback.
    Push {
        /// The config folder (aftercare.toml, templates/, attachments).
        #[arg(long)]
        config: PathBuf,
        #[command(flatten)]
        target: Target,
        /// The SAM template whose dispatcher schedules the config's windows must have (default:
        /// template.yaml in this folder, when there is one).
        #[arg(long, value_name = "FILE")]
        template: Option<PathBuf>,
        /// The stack's SES identity every sender must be on (default: the stack's
        /// SenderIdentity parameter, with --stack).
        #[arg(long, value_name = "IDENTITY")]
        sender_identity: Option<String>,
        /// Check only; upload nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// The newest published config version and the version each function runs.
    Status {
        #[command(flatten)]
        target: Target,
        /// One JSON object: bucket, newest version, and a row per function.
        #[arg(long)]
        json: bool,
    },
}

/// Which stack to publish to.
#[derive(clap::Args)]
pub struct Target {
    /// The deployed stack's name: the bucket, the table and the sender identity come from its
    /// outputs (ConfigBucketName, TableName) and parameters (SenderIdentity, TestAddress).
    #[arg(long)]
    stack: Option<String>,
    /// The config bucket (instead of, or over, the stack's ConfigBucketName output).
    #[arg(long)]
    bucket: Option<String>,
    /// The stack's table (instead of, or over, the stack's TableName output).
    #[arg(long)]
    table: Option<String>,
    /// Send every AWS request to this base URL (a local emulator). For tests.
    #[arg(long, hide = true, env = "AFTERCARE_AWS_ENDPOINT")]
    endpoint: Option<String>,
}

#[cfg(not(feature = "aws"))]
pub async fn run(cmd: ConfigCommand) -> Result<ExitCode> {
    let name = match cmd {
        ConfigCommand::Push { .. } => "push",
        ConfigCommand::Status { .. } => "status",
    };
    eprintln!(
        "error: `aftercare config {name}` talks to AWS, and this build of aftercare leaves the AWS \
         parts out to compile faster. Rebuild with them:\n  cargo run --release --features aws -- config {name} …"
    );
    Ok(ExitCode::from(2))
}

#[cfg(feature = "aws")]
pub async fn run(cmd: ConfigCommand) -> Result<ExitCode> {
    match cmd {
        ConfigCommand::Push {
            config,
            target,
            template,
            sender_identity,
            dry_run,
        } => aws::push(&config, &target, template, sender_identity, dry_run).await,
        ConfigCommand::Status { target, json } => aws::status(&target, json).await,
    }
}

// The same file the Lambda build script compiles: push checks senders and test addresses with
// the build's own code.
#[cfg(feature = "aws")]
#[allow(dead_code)]
#[path = "../../functions/lambda/src/deploy.rs"]
mod deploy;

#[cfg(feature = "aws")]
mod aws {
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use aftercare::adapters::signed::cloudformation::describe_stack;
    use aftercare::adapters::signed::dynamodb::running_configs;
    use aftercare::adapters::signed::s3::BucketObject;
    use aftercare::adapters::signed::AwsHttp;
    use aftercare::config::Config;
    use aftercare::published::{self, Bundle};
    use anyhow::{anyhow, bail, Context, Result};
    use serde_json::json;

    use super::{deploy, Target};

    /// Where to publish, resolved from the stack and the flags.
    struct Resolved {
        aws: AwsHttp,
        bucket: Option<String>,
        table: Option<String>,
        sender_identity: Option<String>,
        test_address: Option<String>,
    }

    async fn resolve(target: &Target) -> Result<Resolved> {
        let aws = AwsHttp::from_env(target.endpoint.clone())
            .await
            .context("AWS credentials and region")?;
        let mut r = Resolved {
            aws,
            bucket: None,
            table: None,
            sender_identity: None,
            test_address: None,
        };
        if let Some(name) = &target.stack {
            let stack = describe_stack(&r.aws, name)
                .await
                .with_context(|| format!("cannot describe stack {name}"))?;
            r.bucket = stack.outputs.get("ConfigBucketName").cloned();
            if r.bucket.is_none() && target.bucket.is_none() {
                bail!(
                    "stack {name} has no ConfigBucketName output: deploy this version of template.yaml first (sam build && sam deploy)"
                );
            }
            r.table = stack.outputs.get("TableName").cloned();
            r.sender_identity = stack.parameters.get("SenderIdentity").cloned();
            r.test_address = stack.parameters.get("TestAddress").cloned();
        }
        if target.bucket.is_some() {
            r.bucket.clone_from(&target.bucket);
        }
        if target.table.is_some() {
            r.table.clone_from(&target.table);
        }
        Ok(r)
    }

    pub async fn push(
        dir: &Path,
        target: &Target,
        template: Option<PathBuf>,
        sender_identity: Option<String>,
        dry_run: bool,
    ) -> Result<ExitCode> {
        if target.stack.is_none() && target.bucket.is_none() && !dry_run {
            bail!("say where to publish: --stack NAME (or --bucket NAME)");
        }
        // Local checks first: a config that fails them needs no AWS at all.
        let mut config = match Config::load_dir(dir) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("{e}");
                eprintln!(
                    "refused: {} is not valid; nothing was published",
                    dir.display()
                );
                return Ok(ExitCode::from(1));
            }
        };
        let bundle = Bundle::from_dir(dir).map_err(|e| anyhow!("{e}"))?;
        let mut checked = vec![format!(
            "{}: valid, templates pass the lint ({} stores, {} campaigns, {} files)",
            dir.display(),
            config.stores.len(),
            config.campaigns.len(),
            bundle.paths().count()
        )];
        let mut problems = Vec::new();
        let template = template.or_else(|| {
            let here = PathBuf::from("template.yaml");
            here.is_file().then_some(here)
        });
        match &template {
            Some(path) => {
                let yaml = std::fs::read_to_string(path)
                    .with_context(|| format!("cannot read {}", path.display()))?;
                let groups = aftercare::schedule::scheduled_groups(&yaml);
                let scheduled: Vec<&str> = groups.iter().map(String::as_str).collect();
                let missing = published::unscheduled_groups(&config, &scheduled);
                if missing.is_empty() {
                    checked.push(format!(
                        "every window has a dispatcher schedule in {}",
                        path.display()
                    ));
                } else {
                    problems.push(format!(
                        "the config uses windows no dispatcher schedule in {} serves; run scripts/gen-schedules and deploy first:\n  {}",
                        path.display(),
                        missing.join("\n  ")
                    ));
                }
            }
            None => checked.push(
                "schedules not checked here (no template.yaml; pass --template): the functions check them when they load".into(),
            ),
        }
        let resolved = if dry_run && target.stack.is_none() {
            None
        } else {
            Some(resolve(target).await?)
        };
        let identity = sender_identity.or_else(|| {
            resolved
                .as_ref()
                .and_then(|r| r.sender_identity.clone())
                .filter(|i| !i.trim().is_empty())
        });
        match &identity {
            Some(identity) => {
                let off = deploy::senders_off_identity(&config, identity);
                if off.is_empty() {
                    checked.push(format!("every sender is on the SES identity {identity}"));
                } else {
                    problems.push(deploy::off_identity_message(&off, identity));
                }
            }
            None => checked.push(
                "senders not checked here (no --stack or --sender-identity): the dispatcher checks them when it loads".into(),
            ),
        }
        let test_address = resolved.as_ref().and_then(|r| r.test_address.clone());
        if let Err(problem) = deploy::fill_test_addresses(&mut config, test_address.as_deref()) {
            problems.push(problem);
        } else {
            checked.push("every store has a test address".into());
        }
        // What is uploaded is what was checked: the document loads back to a valid config.
        let bytes = bundle.to_bytes();
        let scratch = std::env::temp_dir().join(format!(
            "aftercare-push-{}-{}",
            std::process::id(),
            &published::digest(&bytes)[..12]
        ));
        let reloaded = Bundle::parse(&bytes)
            .map_err(|e| e.to_string())
            .and_then(|b| b.load(&scratch));
        let _cleanup = std::fs::remove_dir_all(&scratch);
        if let Err(problem) = reloaded {
            problems.push(format!("the packed document does not load back: {problem}"));
        }
        for line in &checked {
            println!("checked: {line}");
        }
        if !problems.is_empty() {
            for p in &problems {
                eprintln!("error: {p}");
            }
            eprintln!("refused: nothing was published");
            return Ok(ExitCode::from(1));
        }
        let digest = published::digest(&bytes);
        let Some(resolved) = resolved.filter(|_| !dry_run) else {
            println!(
                "dry run: {} bytes, sha256 {digest}; nothing was published",
                bytes.len()
            );
            return Ok(ExitCode::SUCCESS);
        };
        let bucket = resolved
            .bucket
            .clone()
            .ok_or_else(|| anyhow!("no config bucket: pass --stack NAME or --bucket NAME"))?;
        let object = BucketObject::new(resolved.aws.clone(), &bucket, published::CONFIG_KEY);
        let size = bytes.len();
        let head = object
            .put(bytes, "application/json")
            .await
            .with_context(|| format!("cannot publish to bucket {bucket}"))?;
        println!(
            "published s3://{bucket}/{} version {} ({size} bytes, sha256 {digest})",
            published::CONFIG_KEY,
            head.version_id
        );
        println!(
            "the functions run it from their next invocation after their refresh period (60 s); `aftercare config status` shows which version each runs"
        );
        Ok(ExitCode::SUCCESS)
    }

    pub async fn status(target: &Target, json_out: bool) -> Result<ExitCode> {
        let r = resolve(target).await?;
        let bucket = r
            .bucket
            .clone()
            .ok_or_else(|| anyhow!("no config bucket: pass --stack NAME or --bucket NAME"))?;
        let table = r
            .table
            .clone()
            .ok_or_else(|| anyhow!("no table: pass --stack NAME or --table NAME"))?;
        let object = BucketObject::new(r.aws.clone(), &bucket, published::CONFIG_KEY);
        let newest = object
            .head_latest()
            .await
            .with_context(|| format!("cannot read bucket {bucket}"))?;
        let mut running = running_configs(&r.aws, &table)
            .await
            .with_context(|| format!("cannot read table {table}"))?;
        running.sort_by(|a, b| a.function.cmp(&b.function));
        let newest_id = newest.as_ref().map(|h| h.version_id.as_str());
        let state = |version_id: &str, source: &str| match (source, newest_id) {
            (published::SOURCE_PACKED, None) => "current",
            (published::SOURCE_PACKED, Some(_)) => "packed, not the published",
            (_, Some(n)) if n == version_id => "current",
            _ => "older",
        };
        if json_out {
            let rows: Vec<_> = running
                .iter()
                .map(|f| {
                    json!({
                        "function": f.function,
                        "source": f.source,
                        "version_id": f.version_id,
                        "digest": f.digest,
                        "loaded_at": f.loaded_at,
                        "state": state(&f.version_id, &f.source),
                    })
                })
                .collect();
            let doc = json!({
                "bucket": bucket,
                "newest_version_id": newest_id,
                "newest_last_modified": newest.as_ref().and_then(|h| h.last_modified.clone()),
                "functions": rows,
            });
            println!("{doc}");
            return Ok(ExitCode::SUCCESS);
        }
        match &newest {
            Some(h) => println!(
                "newest published: {} ({})",
                h.version_id,
                h.last_modified.as_deref().unwrap_or("time unknown")
            ),
            None => println!(
                "newest published: none (the functions run the config packed at build time)"
            ),
        }
        if running.is_empty() {
            println!("no function has recorded a config yet (none has started since the config bucket was deployed)");
        }
        for f in &running {
            let version = if f.source == published::SOURCE_PACKED {
                "(packed at build time)".to_string()
            } else {
                format!(
                    "{} sha256 {}",
                    f.version_id,
                    &f.digest[..f.digest.len().min(12)]
                )
            };
            println!(
                "{:<40} {:<48} loaded {}  {}",
                f.function,
                version,
                f.loaded_at,
                state(&f.version_id, &f.source)
            );
        }
        Ok(ExitCode::SUCCESS)
    }
}
