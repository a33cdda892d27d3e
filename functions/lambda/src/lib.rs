//! What the five Lambdas share: the deployed config (packed at build time), SDK clients built
//! once per cold start, and one small handler per function that parses the invocation, calls the
//! library and maps errors to what Lambda should do (answer, retry, or dead-letter).
//!
//! Environment: `TABLE_NAME` (all), `EVENT_BUS_NAME` (ingest, notifications),
//! `WEBHOOK_SECRET_ARN` (ingest), `SPAPI_SECRET_ARN` (notifications and dispatcher, optional:
//! the Selling Partner API credentials, see [`parse_spapi_credentials`]; unset, notifications
//! are stored as Amazon sent them and review requests through Amazon are skipped),
//! `SPAPI_ENDPOINT` (tests only: one local server standing in for Login with Amazon and every
//! SP-API region), `CONFIGURATION_SET` (dispatcher, optional), `DISPATCH_PAGE` (dispatcher:
//! sends read per due query, default 100), `MAX_SEND_RATE` (dispatcher: emails per second for
//! the whole account; unset, it is read from SES with each run), `SENDER_IDENTITY` and
//! `TEST_ADDRESS` (dispatcher: the stack's SES identity every sender must be on, and the test
//! address of stores without one; checked when it starts, see [`check_dispatcher_start`]).
//! `CONFIG_BUCKET` (all, optional: where `aftercare config push` publishes the config, see
//! [`config_source`]; unset, the packed config runs) and `CONFIG_REFRESH_SECONDS` (how often an
//! instance looks for a new version, default 60).
//! `AWS_ENDPOINT_URL` points every SDK client at a local emulator for tests.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use aftercare::adapters::aws::{
    DynamoDeliveryChecks, DynamoStore, EventBridgeBus, SesMailer, SesPace,
};
use aftercare::adapters::spapi::{ClientLimits, Credentials, Endpoints, Secret, SpApiClient};
use aftercare::amazon::{DeliveryChecks, OrderLookup, RateBudget, Solicitations};
use aftercare::config::Config;
use aftercare::connector::{Connector, Handled};
use aftercare::handlers::{self, HandlerError, HttpReply};
use aftercare::metrics::{self, StoreMetrics};
use aftercare::order::{EventType, StoreId};
use aftercare::pipeline::{Dispatcher, RunLimits};
use aftercare::ports::{Clock, PortError, SystemClock};
use aftercare::send::{Send, SendStatus};
use aftercare::signature::{self, SecretSource, SecretsUnavailable, SignedHeaders, WebhookSecret};
use chrono::{DateTime, Utc};
use serde_json::{json, Value};

pub mod config_source;
pub mod deploy;
pub mod run;

/// The error a function's `main` returns.
pub use lambda_runtime::Error;

include!(concat!(env!("OUT_DIR"), "/embedded_config.rs"));

/// Why an invocation failed. Lambda retries these (and then dead-letters them); bad input is
/// never returned as an error, it is logged and dropped, since a retry cannot fix it.
#[derive(Debug, thiserror::Error)]
pub enum InvocationError {
    #[error("missing environment variable {0}")]
    MissingEnv(&'static str),
    #[error("config: {0}")]
    Config(String),
    #[error(transparent)]
    Port(#[from] PortError),
    /// SES cannot send from this account now (see `MailError::Account`); the sends stay pending.
    #[error("the dispatcher stopped: {0}")]
    MailerHalted(String),
    /// The SP-API credentials secret cannot be read or is not usable. Names the secret and the
    /// field, never a value.
    #[error("SP-API credentials: {0}")]
    SpApiCredentials(String),
    /// The notifications function was invoked with something other than an SQS batch.
    #[error("not an SQS event: {0}")]
    NotSqs(String),
    /// The deployed config does not fit the stack (a sender off the SES identity, a store with
    /// no test address): the function does not start, so it sends nothing.
    #[error("the deployed config does not fit this stack: {0}")]
    Startup(String),
}

/// The deployed config: the files packed by `build.rs`, or the built-in default. `build.rs`
/// refuses a config that does not validate or lint, so a cold start validates it again but does
/// not lint it again (compiling the lint's patterns was most of a cold start).
pub fn deployed_config() -> Result<Config, InvocationError> {
    if FILES.is_empty() {
        return Ok(Config::builtin_prelinted());
    }
    // Attachments are read from disk when mailing, so the folder is unpacked into /tmp once.
    let dir = std::env::temp_dir().join(format!("aftercare-config-{}", std::process::id()));
    for (rel, bytes) in FILES {
        let path: PathBuf = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| InvocationError::Config(format!("{}: {e}", parent.display())))?;
        }
        std::fs::write(&path, bytes)
            .map_err(|e| InvocationError::Config(format!("{}: {e}", path.display())))?;
    }
    Config::load_dir_prelinted(&dir).map_err(|e| InvocationError::Config(e.to_string()))
}

/// The dispatcher's start checks: every store and campaign sender must be on `sender_identity`
/// (`SENDER_IDENTITY`, the stack's `SenderIdentity`; unset, as in tests, nothing is checked),
/// and every store without a `test_address` gets `test_address` (`TEST_ADDRESS`, the stack's
/// `TestAddress`). Each problem is logged naming the store and the sender; the error stops the
/// cold start, so the function sends nothing until the config or the stack is fixed.
pub fn check_dispatcher_start(
    config: &mut Config,
    sender_identity: Option<&str>,
    test_address: Option<&str>,
) -> Result<(), InvocationError> {
    let mut problems = Vec::new();
    match sender_identity.map(str::trim).filter(|i| !i.is_empty()) {
        None => tracing::warn!("SENDER_IDENTITY is not set: the senders are not checked"),
        Some(identity) => {
            let off = deploy::senders_off_identity(config, identity);
            for o in &off {
                tracing::error!(
                    store = %o.store,
                    campaign = o.campaign.as_deref().unwrap_or(""),
                    sender = %o.sender,
                    identity,
                    "sender is not on the SES identity this stack may send from; refusing to send"
                );
            }
            if !off.is_empty() {
                problems.push(deploy::off_identity_message(&off, identity));
            }
        }
    }
    if let Err(problem) = deploy::fill_test_addresses(config, test_address) {
        tracing::error!(%problem, "refusing to send");
        problems.push(problem);
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(InvocationError::Startup(problems.join("\n")))
    }
}

fn env(name: &'static str) -> Result<String, InvocationError> {
    std::env::var(name)
        .ok()
        .filter(|v| !v.is_empty())
        .ok_or(InvocationError::MissingEnv(name))
}

/// JSON logs, one line per decision; buyer addresses never reach them (the library logs ids only).
pub fn init_tracing() {
    let _already_set = tracing_subscriber::fmt()
        .json()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .with_current_span(false)
        .without_time()
        .try_init();
}

/// Everything a function needs, built once per cold start. Cloning is cheap (clients and
/// `Arc`s): [`Context::for_invocation`] hands each invocation one with the config it runs.
#[derive(Clone)]
pub struct Context {
    /// The config this invocation runs (kept for its whole run, even when a new one arrives).
    pub config: Arc<Config>,
    /// The published config, when the stack has a config bucket.
    pub published: Option<Arc<config_source::Published>>,
    pub store: DynamoStore,
    pub bus: Option<EventBridgeBus>,
    pub mailer: Option<SesMailer>,
    /// dispatcher: sends read per due query; a run reads pages until nothing is due.
    pub dispatch_limit: usize,
    /// dispatcher: the account's emails per second, when configured rather than read from SES.
    pub max_send_rate: Option<u32>,
    pub clock: Arc<dyn Clock>,
    /// ingest: where the per-store webhook secrets come from; without one every request is refused.
    pub webhook_secrets: Option<Arc<dyn SecretSource>>,
    /// notifications and dispatcher: the Selling Partner API (order lookups, Amazon's review
    /// request), when `SPAPI_SECRET_ARN` names credentials.
    pub spapi: Option<Arc<SpApiClient>>,
    /// Tests: every EMF line the handlers print is also kept here.
    pub metrics_sink: Option<MetricsSink>,
}

/// EMF lines kept for a test to read.
pub type MetricsSink = Arc<std::sync::Mutex<Vec<String>>>;

/// Which clients a function needs.
#[derive(Debug, Clone, Copy)]
pub struct Needs {
    pub bus: bool,
    pub mailer: bool,
}

/// Where the function's resources are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub table: String,
    pub event_bus: Option<String>,
    pub configuration_set: Option<String>,
    pub dispatch_limit: usize,
    pub max_send_rate: Option<u32>,
}

/// Sends read per due query unless `DISPATCH_PAGE` says otherwise.
pub const DEFAULT_DISPATCH_PAGE: usize = 100;

/// Emails per second when neither `MAX_SEND_RATE` nor SES says: the SES sandbox's rate.
pub const FALLBACK_SEND_RATE: u32 = 1;

/// A run starts no new send this close to the invocation's deadline.
pub const DEADLINE_MARGIN: Duration = Duration::from_secs(20);

impl Settings {
    /// Reads the environment the SAM template sets for a function with these needs.
    pub fn from_env(needs: Needs) -> Result<Self, InvocationError> {
        Ok(Settings {
            table: env("TABLE_NAME")?,
            event_bus: if needs.bus {
                Some(env("EVENT_BUS_NAME")?)
            } else {
                None
            },
            configuration_set: std::env::var("CONFIGURATION_SET")
                .ok()
                .filter(|s| !s.is_empty()),
            dispatch_limit: std::env::var("DISPATCH_PAGE")
                .ok()
                .and_then(|v| v.parse().ok())
                .filter(|n| *n > 0)
                .unwrap_or(DEFAULT_DISPATCH_PAGE),
            max_send_rate: std::env::var("MAX_SEND_RATE")
                .ok()
                .and_then(|v| v.parse().ok())
                .filter(|n| *n > 0),
        })
    }
}

impl Context {
    pub async fn from_env(needs: Needs) -> Result<Self, InvocationError> {
        let settings = Settings::from_env(needs)?;
        let sdk = aftercare::adapters::aws_sdk_loader().load().await;
        let clients = Clients::new(&sdk);
        let published = published_from_env(&sdk, &clients, &settings, needs).await?;
        let config = packed_for(needs)()?;
        Ok(
            Self::with_clients(clients, &settings, needs, config, Box::new(SystemClock))?
                .with_published(published),
        )
    }

    /// The same context, running the config `published` holds (when there is one).
    pub fn with_published(mut self, published: Option<Arc<config_source::Published>>) -> Self {
        if let Some(p) = &published {
            self.config = p.snapshot();
        }
        self.published = published;
        self
    }

    /// The context for the invocation starting now: with a config bucket, it looks for a new
    /// config version (at most once per refresh period) and carries the config to run.
    pub async fn for_invocation(&self) -> std::borrow::Cow<'_, Context> {
        match &self.published {
            None => std::borrow::Cow::Borrowed(self),
            Some(p) => {
                let mut ctx = self.clone();
                ctx.config = p.current().await;
                std::borrow::Cow::Owned(ctx)
            }
        }
    }

    pub fn new(
        sdk: &aws_config::SdkConfig,
        settings: &Settings,
        needs: Needs,
        config: Config,
        clock: Box<dyn Clock>,
    ) -> Result<Self, InvocationError> {
        Self::with_clients(Clients::new(sdk), settings, needs, config, clock)
    }

    /// Like [`Context::new`] with clients built by the caller (tests add interceptors).
    pub fn with_clients(
        clients: Clients,
        settings: &Settings,
        needs: Needs,
        config: Config,
        clock: Box<dyn Clock>,
    ) -> Result<Self, InvocationError> {
        let bus = match (&settings.event_bus, needs.bus) {
            (Some(name), true) => Some(EventBridgeBus::new(clients.eventbridge, name.clone())),
            (None, true) => return Err(InvocationError::MissingEnv("EVENT_BUS_NAME")),
            _ => None,
        };
        let mailer = needs
            .mailer
            .then(|| SesMailer::new(clients.sesv2, settings.configuration_set.clone()));
        Ok(Context {
            config: Arc::new(config),
            published: None,
            store: DynamoStore::new(clients.dynamodb, settings.table.clone()),
            bus,
            mailer,
            dispatch_limit: settings.dispatch_limit,
            max_send_rate: settings.max_send_rate,
            clock: Arc::from(clock),
            webhook_secrets: None,
            spapi: None,
            metrics_sink: None,
        })
    }

    /// The same context, calling the Selling Partner API through `client`.
    pub fn with_spapi(mut self, client: Arc<SpApiClient>) -> Self {
        self.spapi = Some(client);
        self
    }

    /// The same context, keeping every EMF line it prints in `sink` too.
    pub fn with_metrics_sink(mut self, sink: MetricsSink) -> Self {
        self.metrics_sink = Some(sink);
        self
    }

    /// A function's context with the SP-API client `SPAPI_SECRET_ARN` asks for (notifications
    /// and dispatcher): the credentials are read once per cold start, and calls draw on the call
    /// budget in the table, shared by every invocation of both functions.
    pub async fn with_spapi_from_env(needs: Needs) -> Result<Self, InvocationError> {
        let settings = Settings::from_env(needs)?;
        let sdk = aftercare::adapters::aws_sdk_loader().load().await;
        let clients = Clients::new(&sdk);
        let spapi = match spapi_secret_from_env() {
            None => {
                tracing::info!("SPAPI_SECRET_ARN is not set: no Selling Partner API calls");
                None
            }
            Some(secret_id) => {
                let budget = shared_budget(&clients, &settings.table);
                spapi_client(
                    &aws_sdk_secretsmanager::Client::new(&sdk),
                    &secret_id,
                    spapi_endpoints_from_env(),
                    budget,
                    ClientLimits::default(),
                )
                .await?
                .map(Arc::new)
            }
        };
        let published = published_from_env(&sdk, &clients, &settings, needs).await?;
        let config = packed_for(needs)()?;
        let ctx = Self::with_clients(clients, &settings, needs, config, Box::new(SystemClock))?
            .with_published(published);
        Ok(match spapi {
            Some(client) => ctx.with_spapi(client),
            None => ctx,
        })
    }

    /// The same context, checking webhook signatures against `source`.
    pub fn with_webhook_secrets(mut self, source: Arc<dyn SecretSource>) -> Self {
        self.webhook_secrets = Some(source);
        self
    }

    /// The ingest function's context: the usual clients plus the webhook secrets named by
    /// `WEBHOOK_SECRET_ARN`.
    pub async fn ingest_from_env() -> Result<Self, InvocationError> {
        let needs = Needs {
            bus: true,
            mailer: false,
        };
        let settings = Settings::from_env(needs)?;
        let secret_id = env("WEBHOOK_SECRET_ARN")?;
        let sdk = aftercare::adapters::aws_sdk_loader().load().await;
        let secrets = Arc::new(SecretsManagerSecrets::new(
            aws_sdk_secretsmanager::Client::new(&sdk),
            secret_id,
            SECRET_REFRESH,
        ));
        // The first request needs the secrets: read them while the runtime asks for it, so the
        // round trip overlaps the start instead of adding to that request's latency.
        let prefetch = secrets.clone();
        tokio::spawn(async move {
            if prefetch.current().await.is_err() {
                tracing::warn!("the webhook secrets were not read at start; the first request reads them again");
            }
        });
        let clients = Clients::new(&sdk);
        let published = published_from_env(&sdk, &clients, &settings, needs).await?;
        Ok(Self::with_clients(
            clients,
            &settings,
            needs,
            packed_for(needs)()?,
            Box::new(SystemClock),
        )?
        .with_published(published)
        .with_webhook_secrets(secrets))
    }
}

/// The packed config as a function with these needs runs it: the dispatcher checks its
/// senders and test addresses against the stack first.
pub fn packed_for(needs: Needs) -> config_source::Packed {
    Arc::new(move || {
        let mut config = deployed_config()?;
        if needs.mailer {
            check_dispatcher_start(
                &mut config,
                std::env::var("SENDER_IDENTITY").ok().as_deref(),
                std::env::var("TEST_ADDRESS").ok().as_deref(),
            )?;
        }
        Ok(config)
    })
}

/// The checks a published config must pass for a function with these needs, beyond the build's:
/// the dispatcher's senders and test addresses (as for the packed config).
pub fn fit_for(needs: Needs) -> config_source::Fit {
    let identity = std::env::var("SENDER_IDENTITY").ok();
    let test_address = std::env::var("TEST_ADDRESS").ok();
    Arc::new(move |config: &mut Config| {
        if !needs.mailer {
            return Ok(());
        }
        check_dispatcher_start(config, identity.as_deref(), test_address.as_deref())
            .map_err(|e| e.to_string())
    })
}

/// The published config of the stack's bucket (`CONFIG_BUCKET`), loaded for the cold start;
/// `None` without a bucket.
async fn published_from_env(
    sdk: &aws_config::SdkConfig,
    clients: &Clients,
    settings: &Settings,
    needs: Needs,
) -> Result<Option<Arc<config_source::Published>>, InvocationError> {
    let Some(bucket) = config_source::Source::bucket_from_env() else {
        return Ok(None);
    };
    let aws = aftercare::adapters::signed::AwsHttp::from_sdk(sdk)
        .map_err(|e| InvocationError::Config(e.to_string()))?;
    let source = config_source::Source {
        aws,
        bucket,
        dynamodb: clients.dynamodb.clone(),
        table: settings.table.clone(),
        function: config_source::Source::function_from_env(),
        refresh: config_source::Source::refresh_from_env(),
        scheduled: SCHEDULED_GROUPS,
        fit: fit_for(needs),
        packed: packed_for(needs),
        metrics_sink: None,
    };
    Ok(Some(Arc::new(
        config_source::Published::start(source).await?,
    )))
}

/// How long the ingest function trusts the secrets it read before reading them again: one
/// Secrets Manager call per warm instance per hour. A secret added to the map is accepted at once
/// anyway (a request that does not verify makes the function read the secrets again, at most
/// once a minute); a secret removed from it stops being accepted within this time on warm
/// instances (changing the function's configuration replaces them at once).
pub const SECRET_REFRESH: Duration = Duration::from_secs(3600);

/// The least time between two reads of the secrets: requests with bad signatures cannot make
/// the function call Secrets Manager more than once a minute per instance.
pub const SECRET_REREAD_FLOOR: Duration = Duration::from_secs(60);

type SecretMap = BTreeMap<StoreId, Vec<WebhookSecret>>;

/// Per-store webhook secrets in one Secrets Manager secret, JSON `{"<store_id>": "<secret>"}`
/// (or a list of secrets for a store that is rotating). Read on first use and again once
/// `refresh` has passed, or when a request does not verify with what was read (not sooner than
/// [`SECRET_REREAD_FLOOR`] after the last read); a failed read answers 503 and is retried on the
/// next request. Ages are measured on the context's clock. Secret values never reach the logs.
pub struct SecretsManagerSecrets {
    client: aws_sdk_secretsmanager::Client,
    secret_id: String,
    refresh: Duration,
    clock: Arc<dyn Clock>,
    cached: tokio::sync::Mutex<Option<(DateTime<Utc>, Arc<SecretMap>)>>,
}

impl SecretsManagerSecrets {
    pub fn new(
        client: aws_sdk_secretsmanager::Client,
        secret_id: String,
        refresh: Duration,
    ) -> Self {
        SecretsManagerSecrets {
            client,
            secret_id,
            refresh,
            clock: Arc::new(SystemClock),
            cached: tokio::sync::Mutex::new(None),
        }
    }

    /// Measures the cache's age on `clock` (a simulated one in tests and the cost bench).
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// How long ago the cached map was read, if there is one.
    fn age(&self, read_at: DateTime<Utc>) -> Duration {
        (self.clock.now() - read_at).to_std().unwrap_or_default()
    }

    async fn current(&self) -> Result<Arc<SecretMap>, SecretsUnavailable> {
        let mut cached = self.cached.lock().await;
        if let Some((read_at, map)) = cached.as_ref() {
            if self.age(*read_at) < self.refresh {
                return Ok(map.clone());
            }
        }
        self.read(&mut cached).await
    }

    async fn read(
        &self,
        cached: &mut Option<(DateTime<Utc>, Arc<SecretMap>)>,
    ) -> Result<Arc<SecretMap>, SecretsUnavailable> {
        let unavailable =
            || SecretsUnavailable("the webhook secrets cannot be read; try again later".into());
        let out = self
            .client
            .get_secret_value()
            .secret_id(&self.secret_id)
            .send()
            .await
            .map_err(|e| {
                tracing::error!(error = %aws_sdk_secretsmanager::error::DisplayErrorContext(&e), "cannot read the webhook secrets");
                unavailable()
            })?;
        let Some(text) = out.secret_string() else {
            tracing::error!("the webhook secret has no SecretString");
            return Err(unavailable());
        };
        let map = signature::parse_secret_map(text).map_err(|problem| {
            tracing::error!(%problem, "the webhook secret is not usable");
            unavailable()
        })?;
        let map = Arc::new(map);
        *cached = Some((self.clock.now(), map.clone()));
        Ok(map)
    }
}

#[async_trait::async_trait]
impl SecretSource for SecretsManagerSecrets {
    async fn secrets_for(&self, store: &StoreId) -> Result<Vec<WebhookSecret>, SecretsUnavailable> {
        Ok(self
            .current()
            .await?
            .get(store)
            .cloned()
            .unwrap_or_default())
    }

    async fn reread_for(&self, store: &StoreId) -> Option<Vec<WebhookSecret>> {
        let mut cached = self.cached.lock().await;
        if let Some((read_at, _)) = cached.as_ref() {
            if self.age(*read_at) < SECRET_REREAD_FLOOR {
                return None;
            }
        }
        let map = self.read(&mut cached).await.ok()?;
        Some(map.get(store).cloned().unwrap_or_default())
    }
}

/// The secret named by `SPAPI_SECRET_ARN`, when set.
pub fn spapi_secret_from_env() -> Option<String> {
    std::env::var("SPAPI_SECRET_ARN")
        .ok()
        .filter(|v| !v.trim().is_empty())
}

/// Amazon's endpoints, or `SPAPI_ENDPOINT` (tests: a local stand-in for all of them).
pub fn spapi_endpoints_from_env() -> Endpoints {
    match std::env::var("SPAPI_ENDPOINT") {
        Ok(url) if !url.trim().is_empty() => Endpoints::local(url.trim()),
        _ => Endpoints::amazon(),
    }
}

/// The SP-API call budget every invocation shares: token buckets in the table.
pub fn shared_budget(clients: &Clients, table: &str) -> Option<Arc<dyn RateBudget>> {
    Some(Arc::new(aftercare::adapters::aws::DynamoBudget::new(
        clients.dynamodb.clone(),
        table,
    )))
}

/// Reads the SP-API credentials from Secrets Manager and builds the client. `Ok(None)` when
/// the secret is still the empty object the stack creates (`{}`): the seller has not connected
/// Amazon yet, and the functions run without it. Anything else that is not usable is an error
/// naming the secret and the field, never a value.
pub async fn spapi_client(
    secrets: &aws_sdk_secretsmanager::Client,
    secret_id: &str,
    endpoints: Endpoints,
    budget: Option<Arc<dyn RateBudget>>,
    limits: ClientLimits,
) -> Result<Option<SpApiClient>, InvocationError> {
    let out = secrets
        .get_secret_value()
        .secret_id(secret_id)
        .send()
        .await
        .map_err(|e| {
            InvocationError::SpApiCredentials(format!(
                "cannot read secret {secret_id}: {}",
                aws_sdk_secretsmanager::error::DisplayErrorContext(&e)
            ))
        })?;
    let text = out.secret_string().ok_or_else(|| {
        InvocationError::SpApiCredentials(format!("secret {secret_id} has no SecretString"))
    })?;
    let Some(credentials) = parse_spapi_credentials(text)
        .map_err(|e| InvocationError::SpApiCredentials(format!("secret {secret_id}: {e}")))?
    else {
        tracing::warn!(secret = secret_id, "the SP-API credentials secret is empty ({{}}): no Selling Partner API calls until it is filled");
        return Ok(None);
    };
    tracing::info!(
        stores = credentials.refresh_tokens.len(),
        "SP-API credentials read"
    );
    SpApiClient::new(credentials, endpoints, budget, limits)
        .map(Some)
        .map_err(|e| InvocationError::SpApiCredentials(e.to_string()))
}

/// The SP-API credentials secret: JSON
/// `{"client_id": "...", "client_secret": "...", "refresh_tokens": {"<store id>": "Atzr|..."}}`.
/// `Ok(None)` for the empty object (not connected yet). Errors name the field and what is wrong
/// with it, never its value (nor the JSON text around a syntax error).
pub fn parse_spapi_credentials(text: &str) -> Result<Option<Credentials>, String> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        format!(
            "not a JSON object (syntax error at line {}, column {})",
            e.line(),
            e.column()
        )
    })?;
    let Some(fields) = value.as_object() else {
        return Err("not a JSON object".into());
    };
    if fields.is_empty() {
        return Ok(None);
    }
    let text_field = |name: &str| -> Result<String, String> {
        match fields.get(name) {
            None => Err(format!("{name}: missing")),
            Some(Value::String(s)) if s.trim().is_empty() => Err(format!("{name}: empty")),
            Some(Value::String(s)) => Ok(s.trim().to_string()),
            Some(_) => Err(format!("{name}: not a string")),
        }
    };
    let client_id = text_field("client_id")?;
    let client_secret = text_field("client_secret")?;
    let tokens = match fields.get("refresh_tokens") {
        None => return Err("refresh_tokens: missing".into()),
        Some(Value::Object(m)) => m,
        Some(_) => return Err("refresh_tokens: not an object of store id to refresh token".into()),
    };
    if tokens.is_empty() {
        return Err("refresh_tokens: no store".into());
    }
    let mut refresh_tokens = BTreeMap::new();
    for (store, token) in tokens {
        let id = StoreId::parse(store)
            .map_err(|e| format!("refresh_tokens: `{store}` is not a store id: {e}"))?;
        match token {
            Value::String(t) if !t.trim().is_empty() => {
                refresh_tokens.insert(id, Secret::new(t.trim()));
            }
            Value::String(_) => return Err(format!("refresh_tokens.{store}: empty")),
            _ => return Err(format!("refresh_tokens.{store}: not a string")),
        }
    }
    Ok(Some(Credentials {
        client_id,
        client_secret: Secret::new(client_secret),
        refresh_tokens,
    }))
}

/// The SDK clients a function uses.
#[derive(Clone, Debug)]
pub struct Clients {
    pub dynamodb: aws_sdk_dynamodb::Client,
    pub eventbridge: aws_sdk_eventbridge::Client,
    pub sesv2: aws_sdk_sesv2::Client,
}

impl Clients {
    /// Clients with explicit retries. DynamoDB and EventBridge: the SDK's standard mode
    /// (exponential backoff with jitter on throttling, 5xx and timeouts, `RETRY_ATTEMPTS`
    /// attempts): every DynamoDB write here is conditional or a counter, and a repeated
    /// `order.changed` is absorbed by the planner, so a repeat is harmless (a counter may
    /// over-count, which only makes the daily cap and the breaker stricter). SES: one attempt:
    /// a timed-out SendEmail may have been accepted, and a blind retry could mail twice; the
    /// dispatcher decides what a failed send means.
    pub fn new(sdk: &aws_config::SdkConfig) -> Self {
        Clients {
            dynamodb: aws_sdk_dynamodb::Client::from_conf(
                aws_sdk_dynamodb::config::Builder::from(sdk)
                    .retry_config(standard_retries())
                    .build(),
            ),
            eventbridge: aws_sdk_eventbridge::Client::from_conf(
                aws_sdk_eventbridge::config::Builder::from(sdk)
                    .retry_config(standard_retries())
                    .build(),
            ),
            sesv2: aws_sdk_sesv2::Client::from_conf(
                aws_sdk_sesv2::config::Builder::from(sdk)
                    .retry_config(aws_config::retry::RetryConfig::standard().with_max_attempts(1))
                    .build(),
            ),
        }
    }
}

/// Attempts per DynamoDB / EventBridge call (the first and three retries).
pub const RETRY_ATTEMPTS: u32 = 4;

/// Standard retries: backoff from 100 ms, at most 5 s between attempts.
pub fn standard_retries() -> aws_config::retry::RetryConfig {
    aws_config::retry::RetryConfig::standard()
        .with_max_attempts(RETRY_ATTEMPTS)
        .with_initial_backoff(std::time::Duration::from_millis(100))
        .with_max_backoff(std::time::Duration::from_secs(5))
}

/// ingest: API Gateway v2 request → API Gateway v2 response. Storage failures answer 503 so the
/// seller's middleware retries; the event id makes the retry harmless.
pub async fn ingest(ctx: &Context, request: &Value) -> Value {
    let Some(bus) = &ctx.bus else {
        return HttpReply {
            status: 500,
            body: json!({ "error": "ingest has no event bus" }),
        }
        .to_api_gateway_v2();
    };
    let Some(secrets) = ctx.webhook_secrets.as_deref() else {
        return HttpReply {
            status: 500,
            body: json!({ "error": "ingest has no webhook secret source" }),
        }
        .to_api_gateway_v2();
    };
    let headers = SignedHeaders::from_api_gateway_v2(request);
    let reply = match handlers::api_gateway_v2_body(request) {
        Ok(body) => {
            handlers::webhook(
                &ctx.config,
                &ctx.store,
                bus,
                secrets,
                &headers,
                &body,
                ctx.clock.now(),
            )
            .await
        }
        Err(reply) => reply,
    };
    if reply.status >= 400 {
        tracing::info!(
            status = reply.status,
            field = reply.body["field"].as_str(),
            "webhook refused"
        );
    }
    reply.to_api_gateway_v2()
}

/// planner: an SQS batch of EventBridge `order.changed` events (or one event, invoked
/// directly) → sends in DynamoDB. In a batch, a record whose planning failed on storage is
/// reported in `batchItemFailures` (SQS retries it, then dead-letters it with the original
/// event); a record that can never be planned is logged and dropped.
pub async fn planner(ctx: &Context, event: &Value) -> Result<Value, InvocationError> {
    match handlers::sqs_messages(event) {
        Some(messages) => Ok(each_message(messages, "planning", |body| async move {
            plan_one(ctx, &body).await
        })
        .await),
        None => plan_one(ctx, event).await,
    }
}

/// Runs `handle` on every message of an SQS batch and returns the `batchItemFailures` answer:
/// a message whose handling failed goes back to the queue (and, after the redrive limit, to the
/// dead-letter queue with the original event); an unreadable one is logged and dropped, since
/// no retry can fix it.
async fn each_message<F, Fut>(
    messages: Vec<handlers::SqsMessage>,
    what: &str,
    mut handle: F,
) -> Value
where
    F: FnMut(Value) -> Fut,
    Fut: std::future::Future<Output = Result<Value, InvocationError>>,
{
    let mut failed = Vec::new();
    for m in messages {
        let body = match m.body {
            Ok(b) => b,
            Err(e) => {
                tracing::warn!(message = %m.message_id, error = %e, "dropping an unreadable queue message");
                continue;
            }
        };
        if let Err(e) = handle(body).await {
            tracing::warn!(message = %m.message_id, error = %e, "{what} failed; the message goes back to the queue");
            failed.push(m.message_id);
        }
    }
    handlers::batch_response(&failed)
}

async fn plan_one(ctx: &Context, event: &Value) -> Result<Value, InvocationError> {
    let changed = match handlers::order_changed(event) {
        Ok(c) => c,
        Err(e) => {
            tracing::warn!(error = %e, "dropping an event that is not order.changed");
            return Ok(json!({ "planned": 0, "dropped": true }));
        }
    };
    let report = handlers::plan(
        &ctx.config,
        &ctx.store,
        &ctx.store,
        &ctx.store,
        &changed,
        ctx.clock.now(),
    )
    .await?;
    let mut m = StoreMetrics::default();
    for s in &report.created {
        match (s.status, s.reason) {
            (SendStatus::Skipped, Some(r)) => {
                m.add_with_reason(s.store_id.as_str(), metrics::EMAILS_SKIPPED, r.as_str(), 1)
            }
            _ => m.add(s.store_id.as_str(), metrics::EMAILS_PLANNED, 1),
        }
    }
    for (id, reason) in &report.cancelled {
        m.add_with_reason(
            store_of(id.as_str()),
            metrics::EMAILS_SKIPPED,
            reason.as_str(),
            1,
        );
    }
    // Counted once per feedback event: replays are dropped at ingest and never reach the planner.
    if let (EventType::Feedback, Some(t)) = (changed.event_type, &report.triage) {
        metrics::record_triage(&mut m, changed.store_id.as_str(), t);
    }
    let unscheduled = record_unscheduled(&mut m, &report.created, SCHEDULED_GROUPS);
    emit(ctx, &m);
    Ok(json!({
        "planned": report.created.len(),
        "cancelled": report.cancelled.len(),
        "unscheduled": unscheduled,
    }))
}

/// Counts (as `UnscheduledSends`, per store) and logs every created pending send whose window
/// group is not one of `scheduled`, the groups the deployed template schedules: no dispatcher
/// tick would ever pick it up. Logs the send id and group only, never buyer data. `None` (built
/// without the template) checks nothing. Returns how many there were.
pub fn record_unscheduled(
    m: &mut StoreMetrics,
    created: &[Send],
    scheduled: Option<&[&str]>,
) -> usize {
    let Some(scheduled) = scheduled else {
        return 0;
    };
    let mut count = 0;
    for s in created.iter().filter(|s| s.status == SendStatus::Pending) {
        if !scheduled.contains(&s.window_group.as_str()) {
            tracing::warn!(
                send = %s.id,
                window_group = %s.window_group,
                "planned into a window group no dispatcher schedule serves; run scripts/gen-schedules and redeploy"
            );
            m.add(s.store_id.as_str(), metrics::UNSCHEDULED_SENDS, 1);
            count += 1;
        }
    }
    count
}

/// notifications: an SQS batch of Amazon's `ORDER_CHANGE` notifications → order events stored
/// and published, each completed by an Orders API lookup when the SP-API is connected. A
/// notification that can never be used is dropped (logged by reason and field, counted as
/// `NotificationsDropped`); one whose lookup was throttled or whose storage failed is reported
/// in `batchItemFailures`, so SQS delivers it again (and dead-letters it after five receives).
/// No record is started after `stop_at`: the rest go back to the queue untouched. Anything but
/// an SQS batch is an error.
pub async fn notifications(
    ctx: &Context,
    event: &Value,
    stop_at: Option<Instant>,
) -> Result<Value, InvocationError> {
    if event.get("check_deliveries").is_some() {
        return check_deliveries(ctx, stop_at).await;
    }
    let records = match notification_records(event) {
        Ok(r) => r,
        Err(why) => {
            tracing::error!(problem = %why, "the notifications function was not invoked with an SQS batch");
            return Err(InvocationError::NotSqs(why));
        }
    };
    let Some(bus) = &ctx.bus else {
        return Err(InvocationError::Config(
            "the notifications function has no event bus".into(),
        ));
    };
    let checks = delivery_checks(ctx);
    let connector = Connector {
        config: &ctx.config,
        orders: &ctx.store,
        bus,
        lookup: ctx.spapi.as_deref().map(|c| c as &dyn OrderLookup),
        // Shipped merchant-fulfilled orders wait here for the scheduled delivery checks.
        checks: checks.as_ref().map(|c| c as &dyn DeliveryChecks),
    };
    let mut failed = Vec::new();
    let mut m = StoreMetrics::default();
    let mut dropped: BTreeMap<&'static str, u64> = BTreeMap::new();
    let (mut stored, mut duplicates) = (0usize, 0usize);
    for (i, (message_id, body)) in records.iter().enumerate() {
        if stop_at.is_some_and(|t| Instant::now() >= t) {
            let returned: Vec<String> = records[i..].iter().map(|(id, _)| id.clone()).collect();
            tracing::info!(
                returned = returned.len(),
                "close to the invocation's deadline: the remaining notifications go back to the queue"
            );
            failed.extend(returned);
            break;
        }
        match connector.handle(body).await {
            Ok(Handled::Stored { store, looked_up }) => {
                stored += 1;
                m.add(store.as_str(), metrics::NOTIFICATIONS_STORED, 1);
                if looked_up {
                    m.add(store.as_str(), metrics::ORDER_LOOKUPS, 1);
                }
            }
            Ok(Handled::Duplicate) => {
                duplicates += 1;
                tracing::info!(message = %message_id, "notification seen before: nothing changed");
            }
            Ok(Handled::Dropped { reason, detail }) => {
                // The detail names the field and the problem, never buyer data.
                tracing::warn!(message = %message_id, reason = reason.as_str(), problem = %detail, "notification dropped");
                *dropped.entry(reason.as_str()).or_default() += 1;
            }
            Err(e) => {
                tracing::warn!(message = %message_id, error = %e, "notification not stored: it goes back to the queue");
                failed.push(message_id.clone());
            }
        }
    }
    emit(ctx, &m);
    emit_dropped(ctx, &dropped);
    let mut out = handlers::batch_response(&failed);
    out["stored"] = json!(stored);
    out["duplicates"] = json!(duplicates);
    out["dropped"] = json!(dropped.values().sum::<u64>());
    Ok(out)
}

/// Delivery checks in the table, when the function can ask Amazon (an SP-API connection).
fn delivery_checks(ctx: &Context) -> Option<DynamoDeliveryChecks> {
    ctx.spapi.as_ref()?;
    Some(DynamoDeliveryChecks::new(
        ctx.store.client().clone(),
        ctx.store.table(),
    ))
}

/// Delivery checks taken per round of [`check_deliveries`].
const DELIVERY_CHECK_ROUND: usize = 10;
/// Rounds per scheduled run at most: with the schedule every 10 minutes, up to 7,200 checks a
/// day fit, inside getOrder's budget next to the notifications' own lookups.
const DELIVERY_CHECK_ROUNDS: usize = 5;

/// The scheduled run (`{"check_deliveries": true}`): asks Amazon about the shipped
/// merchant-fulfilled orders whose delivery check is due, a round of ten at a time, until none
/// is due, Amazon throttles, or the invocation nears its deadline.
pub async fn check_deliveries(
    ctx: &Context,
    stop_at: Option<Instant>,
) -> Result<Value, InvocationError> {
    let (Some(bus), Some(checks)) = (&ctx.bus, delivery_checks(ctx)) else {
        tracing::info!("no SP-API connection: no delivery checks to run");
        return Ok(json!({ "checked": 0 }));
    };
    let connector = Connector {
        config: &ctx.config,
        orders: &ctx.store,
        bus,
        lookup: ctx.spapi.as_deref().map(|c| c as &dyn OrderLookup),
        checks: Some(&checks),
    };
    let mut total = aftercare::connector::CheckReport::default();
    for _ in 0..DELIVERY_CHECK_ROUNDS {
        if stop_at.is_some_and(|t| Instant::now() >= t) {
            break;
        }
        let r = connector
            .check_deliveries(ctx.clock.now(), DELIVERY_CHECK_ROUND)
            .await?;
        let done = r.delivered + r.estimated + r.rescheduled + r.dropped;
        total.delivered += r.delivered;
        total.estimated += r.estimated;
        total.rescheduled += r.rescheduled;
        total.dropped += r.dropped;
        total.stopped = r.stopped;
        if total.stopped.is_some() || done < DELIVERY_CHECK_ROUND {
            break;
        }
    }
    tracing::info!(
        delivered = total.delivered,
        estimated = total.estimated,
        rescheduled = total.rescheduled,
        dropped = total.dropped,
        stopped = total.stopped.as_deref(),
        "delivery checks"
    );
    Ok(json!({
        "checked": total.delivered + total.estimated + total.rescheduled + total.dropped,
        "delivered": total.delivered,
        "estimated": total.estimated,
        "rescheduled": total.rescheduled,
        "dropped": total.dropped,
        "stopped": total.stopped,
    }))
}

/// The (messageId, body) of every record of an SQS batch, or why the event is not one. A
/// record without a body is kept with an empty one: the connector drops it as malformed.
fn notification_records(event: &Value) -> Result<Vec<(String, String)>, String> {
    let records = event
        .get("Records")
        .and_then(Value::as_array)
        .ok_or("no Records list")?;
    if records.is_empty() {
        return Err("Records is empty".into());
    }
    records
        .iter()
        .enumerate()
        .map(|(i, r)| {
            if r.get("eventSource").and_then(Value::as_str) != Some("aws:sqs") {
                return Err(format!("Records[{i}].eventSource is not aws:sqs"));
            }
            let id = r
                .get("messageId")
                .and_then(Value::as_str)
                .ok_or(format!("Records[{i}].messageId: missing"))?;
            let body = r.get("body").and_then(Value::as_str).unwrap_or_default();
            Ok((id.to_string(), body.to_string()))
        })
        .collect()
}

/// `NotificationsDropped` by `Reason`, with the store-less aggregate the alarm reads.
fn emit_dropped(ctx: &Context, dropped: &BTreeMap<&'static str, u64>) {
    let namespace = metrics::namespace_from_env();
    let now = ctx.clock.now().timestamp_millis();
    for (reason, n) in dropped {
        let mut line = metrics::Metrics::new(namespace.as_str())
            .dimension(metrics::REASON, reason)
            .with_aggregate(true);
        line.count(metrics::NOTIFICATIONS_DROPPED, *n);
        print_metric(ctx, line.to_emf_line(now));
    }
}

/// How long before its deadline the notifications function stops starting records: one
/// lookup's longest wait for the call budget and Amazon's answer, plus storing the order.
pub const NOTIFICATION_MARGIN: Duration = Duration::from_secs(35);

/// Like [`stop_before`] with another margin.
pub fn stop_before_with(deadline_ms: u64, margin: Duration) -> Option<Instant> {
    if deadline_ms == 0 {
        return None;
    }
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX));
    let left = Duration::from_millis(deadline_ms.saturating_sub(now_ms));
    Some(Instant::now() + left.saturating_sub(margin))
}

/// When a run with Lambda's `deadline` (Unix milliseconds) must stop starting sends:
/// [`DEADLINE_MARGIN`] before it, on this process's monotonic clock. `None` without a deadline.
pub fn stop_before(deadline_ms: u64) -> Option<Instant> {
    stop_before_with(deadline_ms, DEADLINE_MARGIN)
}

/// dispatcher: Scheduler `{"window_group": …}` → due sends claimed, re-checked and mailed.
pub async fn dispatcher(ctx: &Context, input: &Value) -> Result<Value, InvocationError> {
    dispatcher_until(ctx, input, None).await
}

/// [`dispatcher`], starting no send after `stop_at` (the invocation's deadline less a margin).
/// The run reads page after page until nothing is due, at the account's sending rate (shared
/// with the other groups' runs) and within what is left of its 24-hour quota. When SES cannot
/// send from the account at all, the run stops, its sends stay pending and the invocation
/// fails, so the errors alarm fires.
pub async fn dispatcher_until(
    ctx: &Context,
    input: &Value,
    stop_at: Option<Instant>,
) -> Result<Value, InvocationError> {
    let group = match handlers::window_group(input) {
        Ok(g) => g,
        Err(e) => {
            tracing::error!(error = %e, "scheduler input unusable");
            return Ok(json!({ "sent": 0, "dropped": true }));
        }
    };
    let Some(mailer) = &ctx.mailer else {
        return Err(InvocationError::Config("dispatcher has no mailer".into()));
    };
    let (per_second, left_today) = match ctx.max_send_rate {
        Some(rate) => (rate, None),
        None => match mailer.send_quota().await {
            Ok(q) => (
                q.per_second,
                q.left_today
                    .map(|n| usize::try_from(n).unwrap_or(usize::MAX)),
            ),
            Err(e) => {
                tracing::warn!(error = %e, rate = FALLBACK_SEND_RATE, "cannot read the SES sending quota; sending at the sandbox rate (set MAX_SEND_RATE to choose)");
                (FALLBACK_SEND_RATE, None)
            }
        },
    };
    let pace = SesPace::new(ctx.store.clone(), per_second);
    let d = Dispatcher {
        config: &ctx.config,
        orders: &ctx.store,
        sends: &ctx.store,
        suppressions: &ctx.store,
        mailer,
        clock: ctx.clock.as_ref(),
        solicitations: ctx.spapi.as_deref().map(|c| c as &dyn Solicitations),
    };
    let limits = RunLimits {
        page: ctx.dispatch_limit,
        max_pages: None,
        stop_at,
        max_emails: left_today,
        pace: Some(&pace),
    };
    let sweep = aftercare::pipeline::sweeps_claims(&group, ctx.clock.now());
    let report = d.run_tick(Some(&group), &limits, sweep).await?;
    let mut m = StoreMetrics::default();
    for id in &report.sent {
        m.add(store_of(id.as_str()), metrics::EMAILS_SENT, 1);
    }
    for id in &report.solicited {
        m.add(store_of(id.as_str()), metrics::REVIEW_REQUESTS_SOLICITED, 1);
    }
    for (id, reason) in &report.skipped {
        m.add_with_reason(
            store_of(id.as_str()),
            metrics::EMAILS_SKIPPED,
            reason.as_str(),
            1,
        );
    }
    for (id, _) in &report.failed {
        m.add(store_of(id.as_str()), metrics::EMAILS_FAILED, 1);
    }
    // Stale claims expired with no outcome are failures too (`outcome_unknown`).
    for id in &report.expired {
        m.add(store_of(id.as_str()), metrics::EMAILS_FAILED, 1);
    }
    for id in &report.left_at_close {
        m.add(
            store_of(id.as_str()),
            metrics::SENDS_LEFT_AT_WINDOW_CLOSE,
            1,
        );
    }
    emit(ctx, &m);
    if let Some(reason) = report.halted {
        return Err(InvocationError::MailerHalted(reason));
    }
    Ok(json!({
        "window_group": group,
        "sent": report.sent.len(),
        "solicited": report.solicited.len(),
        "skipped": report.skipped.len(),
        "failed": report.failed.len(),
        "raced": report.raced,
        "released": report.released.len(),
        "deferred": report.deferred.len(),
        "buyer_day_deferred": report.buyer_day_deferred,
        "cap_deferred": report.cap_deferred,
        "in_doubt": report.in_doubt.len(),
        "expired": report.expired.len(),
        "errors": report.errors.len(),
        "unfinished": report.unfinished,
        "left_at_close": report.left_at_close.len(),
        "per_second": per_second,
    }))
}

/// bounces: SES events (EventBridge or SNS) and Amazon opt-out notices (SES receipt → SNS);
/// permanent bounces and complaints feed the circuit breaker. A deliberate
/// `{"resume_store": "ID"}` (`aws lambda invoke`) lifts a store's pause.
pub async fn bounces(ctx: &Context, event: &Value) -> Result<Value, InvocationError> {
    if let Some(request) = handlers::resume_request(event) {
        return resume_store(ctx, request).await;
    }
    match handlers::sqs_messages(event) {
        // Each SES event on its own, so one storage failure returns only its message.
        Some(messages) => Ok(
            each_message(messages, "bounce handling", |body| async move {
                bounces_one(ctx, &body).await
            })
            .await,
        ),
        None => bounces_one(ctx, event).await,
    }
}

async fn bounces_one(ctx: &Context, event: &Value) -> Result<Value, InvocationError> {
    let payload = event.to_string();
    match handlers::bounces_with_breaker(
        &ctx.config,
        &ctx.store,
        &ctx.store,
        &ctx.store,
        &ctx.store,
        &payload,
        ctx.clock.now(),
    )
    .await
    {
        Ok((r, paused)) => {
            let mut m = StoreMetrics::default();
            for (store, metric) in &r.by_store {
                m.add(store, metric, 1);
            }
            for p in &paused {
                m.add_with_reason(p.store_id.as_str(), metrics::STORE_PAUSED, &p.reason, 1);
            }
            emit(ctx, &m);
            Ok(json!({
            "bounced": r.bounced,
            "complaints": r.complaints,
            "opted_out": r.opted_out,
            "cancelled": r.cancelled,
            "reconciled": r.reconciled,
            "paused_stores": paused.iter().map(|p| p.store_id.as_str()).collect::<Vec<_>>(),
            }))
        }
        Err(HandlerError::Bad(e)) => {
            tracing::warn!(error = %e, "dropping an event the bounce handler cannot read");
            Ok(json!({ "dropped": true }))
        }
        Err(HandlerError::Port(e)) => Err(e.into()),
    }
}

async fn resume_store(
    ctx: &Context,
    request: Result<aftercare::order::StoreId, handlers::BadInvocation>,
) -> Result<Value, InvocationError> {
    let id = match request {
        Ok(id) => id,
        Err(e) => return Ok(json!({ "resumed": false, "error": e.to_string() })),
    };
    if ctx.config.store(&id).is_none() {
        return Ok(
            json!({ "resumed": false, "error": format!("resume_store: unknown store `{id}`") }),
        );
    }
    let r = aftercare::breaker::resume(&ctx.config, &ctx.store, &id, ctx.clock.now()).await?;
    Ok(json!({
        "store_id": id.as_str(),
        "resumed": r.pause.is_some(),
        "lifted": r.lifted,
        "paused_at": r.pause.as_ref().map(|p| p.at.to_rfc3339()),
        "reason": r.pause.as_ref().map(|p| p.reason.clone()),
        "rescheduled": r.rescheduled,
    }))
}

/// The store id at the front of a send id (`store/order/campaign`).
fn store_of(send_id: &str) -> &str {
    send_id.split('/').next().unwrap_or("unknown")
}

/// Writes the metrics as CloudWatch Embedded Metric Format lines on stdout, where the Lambda
/// log stream turns them into metrics.
fn emit(ctx: &Context, m: &StoreMetrics) {
    if m.is_empty() {
        return;
    }
    let namespace = metrics::namespace_from_env();
    for line in m.emf_lines(&namespace, ctx.clock.now().timestamp_millis()) {
        print_metric(ctx, line);
    }
}

fn print_metric(ctx: &Context, line: String) {
    println!("{line}");
    if let Some(sink) = &ctx.metrics_sink {
        sink.lock().unwrap_or_else(|e| e.into_inner()).push(line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aftercare::order::OrderId;
    use aftercare::CampaignKind;

    fn two_stores() -> Config {
        Config::from_toml(
            "aftercare.toml",
            "[[store]]\nid = \"acme-us\"\nname = \"Acme\"\nmarketplace = \"US\"\nsender = \"Acme <care@acme.example>\"\ntest_address = \"qa@acme.example\"\n\
             [[store]]\nid = \"beta-de\"\nname = \"Beta\"\nmarketplace = \"DE\"\nsender = \"Beta <hallo@beta.example>\"\n",
            None,
            aftercare::template::TemplateSet::builtin(),
        )
        .unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn the_dispatcher_refuses_to_start_with_a_sender_off_the_stacks_identity() {
        let mut config = two_stores();
        let err =
            check_dispatcher_start(&mut config, Some("acme.example"), Some("ops@acme.example"))
                .unwrap_err();
        let InvocationError::Startup(text) = &err else {
            panic!("{err:?}");
        };
        assert!(
            text.contains("store `beta-de`: sender `Beta <hallo@beta.example>`"),
            "{text}"
        );
        assert!(
            text.contains("`acme.example`") && !text.contains("acme-us"),
            "{text}"
        );
    }

    #[test]
    fn the_dispatcher_starts_when_the_identity_covers_every_sender_and_fills_test_addresses() {
        let mut config = two_stores();
        config.stores[1].sender = "Beta <hallo@eu.acme.example>".into();
        check_dispatcher_start(&mut config, Some("acme.example"), Some("ops@acme.example"))
            .unwrap();
        assert_eq!(config.stores[0].test_address, "qa@acme.example");
        assert_eq!(config.stores[1].test_address, "ops@acme.example");
    }

    #[test]
    fn a_store_with_no_test_address_anywhere_stops_the_start_naming_it() {
        let mut config = two_stores();
        let err = check_dispatcher_start(&mut config, None, Some("")).unwrap_err();
        assert!(
            err.to_string()
                .contains("store `beta-de` has no test_address"),
            "{err}"
        );
    }

    fn send(store: &str, order: &str, status: SendStatus, group: &str) -> Send {
        let at = chrono::DateTime::from_timestamp(1_785_000_000, 0).unwrap();
        let (store, order) = (
            StoreId::parse(store).unwrap(),
            OrderId::parse(order).unwrap(),
        );
        Send {
            channel: aftercare::send::Channel::Email,
            id: aftercare::send::SendId::new(&store, &order, "follow-up"),
            store_id: store,
            order_id: order,
            campaign: "follow-up".into(),
            kind: CampaignKind::FollowUp,
            status,
            reason: None,
            send_at: at,
            buyer_zone: aftercare::window::parse_zone("Europe/Helsinki").unwrap(),
            window_group: group.into(),
            item: None,
            test: false,
            buyer_key: Some("buyer@marketplace.amazon.com".into()),
            created_at: at,
            updated_at: at,
            message_id: None,
            bounced: false,
            expires_at: at,
        }
    }

    #[test]
    fn pending_sends_in_a_group_no_schedule_serves_are_counted_per_store() {
        let scheduled = ["America/New_York 13:00-15:00", "immediate"];
        let created = [
            send(
                "acme-eu",
                "1",
                SendStatus::Pending,
                "Europe/Helsinki 13:00-15:00",
            ),
            send(
                "acme-eu",
                "2",
                SendStatus::Pending,
                "Europe/Helsinki 13:00-15:00",
            ),
            send(
                "acme-us",
                "3",
                SendStatus::Pending,
                "America/New_York 13:00-15:00",
            ),
            send("acme-us", "4", SendStatus::Pending, "immediate"),
            send(
                "acme-us",
                "5",
                SendStatus::Skipped,
                "Pacific/Auckland 13:00-15:00",
            ),
            send(
                "acme-jp",
                "6",
                SendStatus::Pending,
                "Asia/Riyadh 13:00-15:00",
            ),
        ];
        let mut m = StoreMetrics::default();
        assert_eq!(record_unscheduled(&mut m, &created, Some(&scheduled)), 3);
        let lines = m.emf_lines(metrics::NAMESPACE, 0);
        let docs: Vec<Value> = lines
            .iter()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(docs.len(), 2, "{lines:#?}");
        assert_eq!(docs[0]["StoreId"], "acme-eu");
        assert_eq!(docs[0][metrics::UNSCHEDULED_SENDS], 2.0);
        assert_eq!(docs[1]["StoreId"], "acme-jp");
        assert_eq!(docs[1][metrics::UNSCHEDULED_SENDS], 1.0);
        // Built without the template: nothing to compare with, nothing counted.
        let mut none = StoreMetrics::default();
        assert_eq!(record_unscheduled(&mut none, &created, None), 0);
        assert!(none.is_empty());
    }

    #[test]
    fn the_build_packs_the_groups_the_template_schedules() {
        let packed = SCHEDULED_GROUPS.expect("built with template.yaml");
        let template =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../template.yaml"))
                .unwrap();
        let scheduled = aftercare::schedule::scheduled_groups(&template);
        assert_eq!(packed.len(), scheduled.len());
        assert!(packed.iter().all(|g| scheduled.contains(*g)));
        // Every group the deployed config can plan into is there.
        let config = deployed_config().unwrap();
        for group in aftercare::window::required_window_groups(&config) {
            assert!(packed.contains(&group.as_str()), "{group}");
        }
    }
}
