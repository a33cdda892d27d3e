//! The config a function runs: the newest one `aftercare config push` published to the stack's
//! config bucket (`CONFIG_BUCKET`), loaded at the cold start and looked for again at the start
//! of an invocation at most once per `CONFIG_REFRESH_SECONDS` (default 60): a conditional GET
//! on the ETag, so a refresh that finds nothing new is a 304. A published version is loaded with
//! the build's own checks (validation, template lint, the dispatcher schedules the template
//! has, and the dispatcher's sender checks); one that fails is never used: the function keeps
//! what it runs, logs each problem and counts `ConfigRejected`. A new good version replaces the
//! `Arc` later invocations get; an invocation holds the one it started with.
//!
//! Every load is recorded in the table (one item per function: version id, digest, when, and the
//! id of the build whose checks passed it), which `aftercare config status` reads and a fresh
//! instance falls back to after a refused push, so a cold start never runs a refused version
//! either. A cold start reads that record beside the bucket (both requests at once): when it
//! vouches for the exact bytes the bucket returns and names this build ([`CHECKS_BUILD`]), the
//! version is loaded without the checks this build already ran on those bytes (the template
//! lint and the scheduled windows: compiling the lint's patterns and comparing zones' clocks are
//! most of a start that runs them); the function's checks against its environment still run.
//!
//! Only when the function never loaded a published version, or nothing was ever published, does
//! it run the config packed into it at build time. Without `CONFIG_BUCKET` (tests, local runs) it runs the packed config only.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use aftercare::adapters::signed::s3::{BucketObject, Fetched, Object};
use aftercare::adapters::signed::AwsHttp;
use aftercare::config::Config;
use aftercare::metrics;
use aftercare::published::{self, Bundle, Running};
use aws_sdk_dynamodb::types::AttributeValue;

use crate::{InvocationError, MetricsSink};

/// The id of this build's config checks (the shared library's sources, the locked dependencies,
/// the compiler and the window groups the template schedules, hashed by the build script).
pub const CHECKS_BUILD: &str = env!("AFTERCARE_CHECKS_BUILD");

/// The stack's config bucket; unset, the function runs its packed config.
pub const CONFIG_BUCKET_ENV: &str = "CONFIG_BUCKET";
/// Seconds between two looks for a new version (tests set it low).
pub const CONFIG_REFRESH_ENV: &str = "CONFIG_REFRESH_SECONDS";
/// At most one conditional GET per instance per minute: a push reaches every warm instance
/// within a minute of its next invocation.
pub const DEFAULT_REFRESH: Duration = Duration::from_secs(60);

/// The checks of one function beyond the config's own (the dispatcher's senders and test
/// addresses); an error names the problem.
pub type Fit = Arc<dyn Fn(&mut Config) -> Result<(), String> + Send + Sync>;
/// The config built into the function, checked like a loaded one.
pub type Packed = Arc<dyn Fn() -> Result<Config, InvocationError> + Send + Sync>;

/// Where the published config is and how to check it.
#[derive(Clone)]
pub struct Source {
    pub aws: AwsHttp,
    pub bucket: String,
    pub dynamodb: aws_sdk_dynamodb::Client,
    pub table: String,
    /// The name the table records the function under (`AWS_LAMBDA_FUNCTION_NAME`).
    pub function: String,
    pub refresh: Duration,
    /// The window groups the deployed template schedules (`None`: built without it).
    pub scheduled: Option<&'static [&'static str]>,
    pub fit: Fit,
    pub packed: Packed,
    pub metrics_sink: Option<MetricsSink>,
}

impl Source {
    /// The bucket `CONFIG_BUCKET` names, if any, with the refresh period the environment sets.
    pub fn bucket_from_env() -> Option<String> {
        std::env::var(CONFIG_BUCKET_ENV)
            .ok()
            .map(|b| b.trim().to_string())
            .filter(|b| !b.is_empty())
    }

    pub fn refresh_from_env() -> Duration {
        std::env::var(CONFIG_REFRESH_ENV)
            .ok()
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map_or(DEFAULT_REFRESH, Duration::from_secs)
    }

    pub fn function_from_env() -> String {
        std::env::var("AWS_LAMBDA_FUNCTION_NAME")
            .ok()
            .filter(|f| !f.is_empty())
            .unwrap_or_else(|| "local".into())
    }
}

/// What a look at the bucket did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing new (304), or not time to look yet.
    Unchanged,
    /// A new version (or, after the object was deleted, the packed config) runs from now on.
    Loaded(Running),
    /// The newest version failed to load; the function keeps the one it runs.
    Rejected { version_id: String, problem: String },
    /// The bucket could not be read; the function keeps the one it runs.
    Unavailable(String),
}

/// This function's item in the table: what it last loaded, and which build checked it.
#[derive(Debug, Default)]
struct Record {
    version_id: String,
    digest: String,
    source: String,
    checked_by: String,
}

impl Record {
    /// The version this function last loaded from the bucket, if it ever did.
    fn published_version(&self) -> Option<&str> {
        (self.source == published::SOURCE_PUBLISHED && !self.version_id.is_empty())
            .then_some(self.version_id.as_str())
    }

    /// Whether this build's checks already passed exactly these bytes.
    fn vouches_for(&self, object: &Object) -> bool {
        self.published_version() == Some(object.version_id.as_str())
            && self.checked_by == CHECKS_BUILD
            && self.digest == published::digest(&object.bytes)
    }
}

struct State {
    /// The ETag of the newest version seen, loaded or refused: not fetched again until it
    /// changes.
    seen_etag: Option<String>,
    checked_at: Instant,
}

/// The config of one function instance.
pub struct Published {
    source: Source,
    object: BucketObject,
    current: RwLock<Arc<Config>>,
    running: RwLock<Running>,
    state: tokio::sync::Mutex<State>,
    /// Scratch folders by digest: a version unpacked once is not written again.
    unpacked: std::sync::Mutex<HashMap<String, PathBuf>>,
    /// The cold start loaded a published version without linting it again.
    trusted_at_start: bool,
}

impl Published {
    /// The cold start: the newest published version if it loads; after a refused one, the
    /// version this function last loaded; the packed config when nothing was ever published
    /// (or this function never loaded any). A bucket or table that cannot be read stops the
    /// start: running the packed config then could revive campaigns the seller changed.
    pub async fn start(source: Source) -> Result<Published, InvocationError> {
        let object = BucketObject::new(
            source.aws.clone(),
            source.bucket.clone(),
            published::CONFIG_KEY,
        );
        let bucket = source.bucket.clone();
        let unavailable = |e: &dyn std::fmt::Display| {
            InvocationError::Config(format!(
                "cannot read the published config in bucket {bucket}: {e}"
            ))
        };
        let mut this = Published {
            object,
            current: RwLock::new(Arc::new(Config::builtin_prelinted())),
            running: RwLock::new(Running {
                function: source.function.clone(),
                version_id: String::new(),
                digest: String::new(),
                loaded_at: String::new(),
                source: String::new(),
            }),
            state: tokio::sync::Mutex::new(State {
                seen_etag: None,
                checked_at: Instant::now(),
            }),
            unpacked: std::sync::Mutex::new(HashMap::new()),
            trusted_at_start: false,
            source,
        };
        let (newest, record) = tokio::join!(this.object.get_latest(None), this.recorded());
        let newest = newest.map_err(|e| unavailable(&e))?;
        let object = match newest {
            Fetched::Found(object) => object,
            Fetched::Missing | Fetched::NotModified => {
                this.run_packed().await?;
                return Ok(this);
            }
        };
        this.state.lock().await.seen_etag = Some(object.etag.clone());
        // A record that cannot be read only costs the checks, unless it is needed below.
        let trusted = record.as_ref().is_ok_and(|r| r.vouches_for(&object));
        let problem = match this.load(&object, trusted) {
            Ok(config) => {
                this.trusted_at_start = trusted;
                this.swap(config, &object).await;
                return Ok(this);
            }
            Err(problem) => problem,
        };
        this.rejected(&object.version_id, &problem);
        let record = record.map_err(|e| unavailable(&e))?;
        match record.published_version() {
            Some(version_id) => match this.object.get_version(version_id).await {
                Ok(Fetched::Found(good)) => match this.load(&good, record.vouches_for(&good)) {
                    Ok(config) => {
                        tracing::warn!(version = %good.version_id, "running the version this function last loaded");
                        this.swap(config, &good).await;
                        return Ok(this);
                    }
                    Err(problem) => this.rejected(&good.version_id, &problem),
                },
                Ok(_) => tracing::warn!(
                    version = %version_id,
                    "the version this function last loaded is gone from the bucket"
                ),
                Err(e) => return Err(unavailable(&e)),
            },
            None => tracing::warn!("this function never loaded a published config"),
        }
        this.run_packed().await?;
        Ok(this)
    }

    /// The config for the invocation starting now: looks for a new version first when the
    /// refresh period has passed.
    pub async fn current(&self) -> Arc<Config> {
        self.refresh().await;
        self.snapshot()
    }

    /// The config running now, without looking.
    pub fn snapshot(&self) -> Arc<Config> {
        self.current
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Whether the cold start trusted this build's record of the published version instead of
    /// linting it again.
    pub fn trusted_at_start(&self) -> bool {
        self.trusted_at_start
    }

    /// What runs now, as recorded in the table.
    pub fn running(&self) -> Running {
        self.running
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Looks for a new version if the refresh period has passed since the last look.
    pub async fn refresh(&self) -> Outcome {
        let mut state = self.state.lock().await;
        if state.checked_at.elapsed() < self.source.refresh {
            return Outcome::Unchanged;
        }
        state.checked_at = Instant::now();
        match self.object.get_latest(state.seen_etag.as_deref()).await {
            Ok(Fetched::NotModified) => Outcome::Unchanged,
            Ok(Fetched::Found(object)) => {
                state.seen_etag = Some(object.etag.clone());
                match self.load(&object, false) {
                    Ok(config) => Outcome::Loaded(self.swap(config, &object).await),
                    Err(problem) => {
                        self.rejected(&object.version_id, &problem);
                        Outcome::Rejected {
                            version_id: object.version_id,
                            problem,
                        }
                    }
                }
            }
            Ok(Fetched::Missing) => {
                state.seen_etag = None;
                if self.running().source == published::SOURCE_PACKED {
                    return Outcome::Unchanged;
                }
                // The object was deleted: back to the config built into the function.
                match self.run_packed().await {
                    Ok(()) => Outcome::Loaded(self.running()),
                    Err(e) => Outcome::Unavailable(e.to_string()),
                }
            }
            Err(e) => {
                tracing::warn!(error = %e, "cannot look for a new config; keeping the one running");
                Outcome::Unavailable(e.to_string())
            }
        }
    }

    /// Loads one published version with every check the build makes; `checked_before`: this
    /// build already passed these bytes, so the checks that depend only on the bytes and the
    /// build (the template lint, the scheduled windows) are not run again; the function's own
    /// checks against its environment (`fit`) always run.
    fn load(&self, object: &Object, checked_before: bool) -> Result<Config, String> {
        let digest = published::digest(&object.bytes);
        let bundle = Bundle::parse(&object.bytes).map_err(|e| e.to_string())?;
        let dir = {
            let mut unpacked = self.unpacked.lock().unwrap_or_else(|e| e.into_inner());
            unpacked
                .entry(digest.clone())
                .or_insert_with(|| {
                    std::env::temp_dir().join(format!(
                        "aftercare-published-{}-{}",
                        std::process::id(),
                        &digest[..16]
                    ))
                })
                .clone()
        };
        let mut config = if checked_before {
            bundle.load_linted_before(&dir)?
        } else {
            bundle.load(&dir)?
        };
        self.check(&mut config, checked_before)?;
        Ok(config)
    }

    fn check(&self, config: &mut Config, checked_before: bool) -> Result<(), String> {
        if let (Some(scheduled), false) = (self.source.scheduled, checked_before) {
            let missing = published::unscheduled_groups(config, scheduled);
            if !missing.is_empty() {
                return Err(format!(
                    "the config uses windows no dispatcher schedule of this stack serves (run scripts/gen-schedules, then deploy): {}",
                    missing.join(", ")
                ));
            }
        }
        (self.source.fit)(config)
    }

    async fn swap(&self, config: Config, object: &Object) -> Running {
        let running = Running {
            function: self.source.function.clone(),
            version_id: object.version_id.clone(),
            digest: published::digest(&object.bytes),
            loaded_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            source: published::SOURCE_PUBLISHED.into(),
        };
        self.install(config, running.clone()).await;
        tracing::info!(version = %running.version_id, digest = %running.digest, "running the published config");
        running
    }

    async fn run_packed(&self) -> Result<(), InvocationError> {
        let config = (self.source.packed)()?;
        let running = Running {
            function: self.source.function.clone(),
            version_id: String::new(),
            digest: String::new(),
            loaded_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            source: published::SOURCE_PACKED.into(),
        };
        self.install(config, running).await;
        tracing::info!("running the config packed at build time");
        Ok(())
    }

    async fn install(&self, config: Config, running: Running) {
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(config);
        *self.running.write().unwrap_or_else(|e| e.into_inner()) = running.clone();
        if let Err(e) = self.record(&running).await {
            // Status shows an older version until the next load; the config itself is fine.
            tracing::warn!(error = %e, "cannot record which config this function runs");
        }
    }

    async fn record(&self, running: &Running) -> Result<(), String> {
        let s = |v: &str| AttributeValue::S(v.to_string());
        self.source
            .dynamodb
            .put_item()
            .table_name(&self.source.table)
            .item("pk", s(published::RUNNING_PK))
            .item("sk", s(&running.function))
            .item(published::ATTR_VERSION_ID, s(&running.version_id))
            .item(published::ATTR_DIGEST, s(&running.digest))
            .item(published::ATTR_LOADED_AT, s(&running.loaded_at))
            .item(published::ATTR_SOURCE, s(&running.source))
            .item(published::ATTR_CHECKED_BY, s(CHECKS_BUILD))
            .send()
            .await
            .map(|_| ())
            .map_err(|e| aws_sdk_dynamodb::error::DisplayErrorContext(&e).to_string())
    }

    /// This function's record in the table (empty when it has none).
    async fn recorded(&self) -> Result<Record, String> {
        let out = self
            .source
            .dynamodb
            .get_item()
            .table_name(&self.source.table)
            .key("pk", AttributeValue::S(published::RUNNING_PK.into()))
            .key("sk", AttributeValue::S(self.source.function.clone()))
            .consistent_read(true)
            .send()
            .await
            .map_err(|e| aws_sdk_dynamodb::error::DisplayErrorContext(&e).to_string())?;
        let text = |name: &str| {
            out.item()
                .and_then(|i| i.get(name))
                .and_then(|v| v.as_s().ok())
                .cloned()
                .unwrap_or_default()
        };
        Ok(Record {
            version_id: text(published::ATTR_VERSION_ID),
            digest: text(published::ATTR_DIGEST),
            source: text(published::ATTR_SOURCE),
            checked_by: text(published::ATTR_CHECKED_BY),
        })
    }

    /// Logs the refusal (each problem, never buyer data: a config holds none) and counts it.
    fn rejected(&self, version_id: &str, problem: &str) {
        tracing::error!(
            version = version_id,
            bucket = %self.source.bucket,
            problem,
            "refused the published config; keeping the one running"
        );
        let mut line = metrics::Metrics::new(metrics::namespace_from_env())
            .dimension(metrics::FUNCTION, &self.source.function)
            .with_aggregate(true);
        line.count(metrics::CONFIG_REJECTED, 1);
        let line = line.to_emf_line(chrono::Utc::now().timestamp_millis());
        println!("{line}");
        if let Some(sink) = &self.source.metrics_sink {
            sink.lock().unwrap_or_else(|e| e.into_inner()).push(line);
        }
    }
}
