//! Login with Amazon: the application's credentials, and the access tokens they buy.
//!
//! A store's calls use an access token obtained with the store's refresh token; the
//! destination calls of the Notifications API are "grantless" and use a token obtained with
//! the application's own credentials for one scope. Tokens are cached until a minute before
//! they expire, and concurrent callers wait for one shared refresh.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use serde::Deserialize;
use tokio::sync::Mutex;
use tokio::time::Instant;

use crate::amazon::{SpApiError, SpApiResult};
use crate::order::StoreId;

/// The scope of the grantless token used to manage notification destinations.
pub const NOTIFICATIONS_SCOPE: &str = "sellingpartnerapi::notifications";

/// How long before its announced expiry a cached token is replaced.
const EXPIRY_MARGIN: Duration = Duration::from_secs(60);

/// A value that must never reach a log: `Debug` and `Display` print `***`. It can be read from
/// configuration (a plain string) but is never serialised.
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The value itself, for the one place that sends it.
    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Secret(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Secret(value.to_string())
    }
}

/// The application's LWA credentials and the refresh token each store granted it.
#[derive(Clone, Debug)]
pub struct Credentials {
    pub client_id: String,
    pub client_secret: Secret,
    pub refresh_tokens: BTreeMap<StoreId, Secret>,
}

impl Credentials {
    /// Reads credentials stored as JSON (the deployed secret, or a file for the command line):
    /// `{"client_id": "...", "client_secret": "...", "refresh_tokens": {"<store id>": "Atzr|..."}}`.
    /// Errors name the field, never a value: the text may hold secrets.
    pub fn from_json(text: &str) -> Result<Credentials, String> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Raw {
            client_id: String,
            client_secret: Secret,
            #[serde(default)]
            refresh_tokens: BTreeMap<String, Secret>,
        }
        let mut de = serde_json::Deserializer::from_str(text);
        let raw: Raw = serde_path_to_error::deserialize(&mut de).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner();
            let what = if inner.is_syntax() || inner.is_eof() {
                format!(
                    "not valid JSON (line {}, column {})",
                    inner.line(),
                    inner.column()
                )
            } else if inner.to_string().starts_with("missing field") {
                // The message names the field; it holds no value.
                inner.to_string()
            } else if inner.to_string().starts_with("unknown field") {
                "unknown field (expected client_id, client_secret, refresh_tokens)".to_string()
            } else {
                "wrong type (expected a string, or an object of store id → token)".to_string()
            };
            if path == "." {
                what
            } else {
                format!("{path}: {what}")
            }
        })?;
        if raw.client_id.trim().is_empty() {
            return Err("client_id: empty".into());
        }
        if raw.client_secret.is_empty() {
            return Err("client_secret: empty".into());
        }
        let mut refresh_tokens = BTreeMap::new();
        for (store, token) in raw.refresh_tokens {
            let id = StoreId::parse(&store).map_err(|p| format!("refresh_tokens: {p}"))?;
            if token.is_empty() {
                return Err(format!("refresh_tokens.{id}: empty"));
            }
            refresh_tokens.insert(id, token);
        }
        Ok(Credentials {
            client_id: raw.client_id.trim().to_string(),
            client_secret: raw.client_secret,
            refresh_tokens,
        })
    }
}

/// Which token a call needs.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Grant {
    /// On behalf of a store, with its refresh token.
    Store(StoreId),
    /// The application itself, for one scope (grantless operations).
    Grantless(&'static str),
}

#[derive(Clone)]
struct Cached {
    token: Secret,
    fresh_until: Instant,
}

type Slot = Arc<Mutex<Option<Cached>>>;

/// Access tokens by grant, each refreshed at most once at a time.
pub struct TokenCache {
    http: reqwest::Client,
    url: String,
    credentials: Credentials,
    slots: Mutex<HashMap<Grant, Slot>>,
}

impl fmt::Debug for TokenCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenCache")
            .field("url", &self.url)
            .field("credentials", &self.credentials)
            .finish_non_exhaustive()
    }
}

#[derive(Deserialize)]
struct TokenAnswer {
    access_token: String,
    #[serde(default)]
    expires_in: Option<u64>,
}

#[derive(Deserialize, Default)]
struct TokenRefusal {
    #[serde(default)]
    error: String,
}

impl TokenCache {
    pub fn new(http: reqwest::Client, url: String, credentials: Credentials) -> Self {
        TokenCache {
            http,
            url,
            credentials,
            slots: Mutex::new(HashMap::new()),
        }
    }

    pub fn credentials(&self) -> &Credentials {
        &self.credentials
    }

    /// A valid access token for `grant`, from the cache or freshly issued.
    pub async fn token(&self, grant: &Grant) -> SpApiResult<Secret> {
        let slot = {
            let mut slots = self.slots.lock().await;
            slots.entry(grant.clone()).or_default().clone()
        };
        let mut cached = slot.lock().await;
        if let Some(c) = cached.as_ref() {
            if Instant::now() < c.fresh_until {
                return Ok(c.token.clone());
            }
        }
        let (token, lifetime) = self.issue(grant).await?;
        let usable = lifetime.saturating_sub(EXPIRY_MARGIN);
        *cached = Some(Cached {
            token: token.clone(),
            fresh_until: Instant::now() + usable,
        });
        Ok(token)
    }

    /// Forgets the cached token for `grant` (Amazon said it expired or was revoked).
    pub async fn invalidate(&self, grant: &Grant) {
        let slot = self.slots.lock().await.get(grant).cloned();
        if let Some(slot) = slot {
            *slot.lock().await = None;
        }
    }

    async fn issue(&self, grant: &Grant) -> SpApiResult<(Secret, Duration)> {
        let creds = &self.credentials;
        let mut form: Vec<(&str, &str)> = Vec::with_capacity(5);
        match grant {
            Grant::Store(store) => {
                let refresh = creds
                    .refresh_tokens
                    .get(store)
                    .filter(|t| !t.is_empty())
                    .ok_or_else(|| {
                        SpApiError::Denied(format!(
                            "no refresh token is configured for store {store}: authorise the \
                             application in Seller Central and store the refresh token"
                        ))
                    })?;
                form.push(("grant_type", "refresh_token"));
                form.push(("refresh_token", refresh.expose()));
            }
            Grant::Grantless(scope) => {
                form.push(("grant_type", "client_credentials"));
                form.push(("scope", scope));
            }
        }
        form.push(("client_id", &creds.client_id));
        form.push(("client_secret", creds.client_secret.expose()));
        tracing::debug!(grant = %describe(grant), "requesting an LWA access token");

        let answer = self
            .http
            .post(&self.url)
            .form(&form)
            .send()
            .await
            .map_err(|e| {
                if e.is_connect() {
                    SpApiError::Retryable(format!(
                        "Login with Amazon unreachable: {}",
                        e.without_url()
                    ))
                } else {
                    SpApiError::Retryable(format!(
                        "Login with Amazon did not answer: {}",
                        e.without_url()
                    ))
                }
            })?;
        let status = answer.status();
        let body = answer.bytes().await.map_err(|e| {
            SpApiError::Retryable(format!(
                "Login with Amazon answer cut short: {}",
                e.without_url()
            ))
        })?;
        if status.is_success() {
            let parsed: TokenAnswer = serde_json::from_slice(&body).map_err(|e| {
                SpApiError::Permanent(format!("Login with Amazon answer does not parse: {e}"))
            })?;
            let lifetime = Duration::from_secs(parsed.expires_in.unwrap_or(3600));
            tracing::debug!(grant = %describe(grant), expires_in_s = lifetime.as_secs(), "LWA access token issued");
            return Ok((Secret(parsed.access_token), lifetime));
        }
        let refusal: TokenRefusal = serde_json::from_slice(&body).unwrap_or_default();
        tracing::warn!(grant = %describe(grant), status = status.as_u16(), error = %refusal.error, "LWA refused a token");
        Err(refusal_error(grant, status.as_u16(), &refusal.error))
    }
}

fn describe(grant: &Grant) -> String {
    match grant {
        Grant::Store(store) => format!("store {store}"),
        Grant::Grantless(scope) => format!("grantless {scope}"),
    }
}

/// What the seller (or operator) must do about a refused token request. Never includes the
/// token or the secret, nor LWA's free-text description.
fn refusal_error(grant: &Grant, status: u16, code: &str) -> SpApiError {
    match (code, grant) {
        ("invalid_grant", Grant::Store(store)) => SpApiError::Denied(format!(
            "the refresh token for store {store} was refused by Login with Amazon \
             (invalid_grant): re-authorise the application for this store and store the new \
             refresh token"
        )),
        ("invalid_client", _) => SpApiError::Denied(
            "Login with Amazon refused the application's client id or client secret \
             (invalid_client): the client secret expired or is wrong, rotate it in the \
             developer console and update the configuration"
                .to_string(),
        ),
        ("unauthorized_client", _) => SpApiError::Denied(
            "Login with Amazon says the application may not use this grant \
             (unauthorized_client): check the application's registration and roles"
                .to_string(),
        ),
        ("invalid_scope", Grant::Grantless(scope)) => SpApiError::Denied(format!(
            "Login with Amazon refused the scope {scope} (invalid_scope): check the \
             application's registration"
        )),
        ("invalid_grant", Grant::Grantless(_)) => SpApiError::Denied(
            "Login with Amazon refused the application's grantless token request \
             (invalid_grant): check the client credentials"
                .to_string(),
        ),
        ("server_error" | "temporarily_unavailable", _) => {
            SpApiError::Retryable(format!("Login with Amazon: {code}"))
        }
        _ if status == 429 => SpApiError::Throttled { retry_after: None },
        _ if status >= 500 => SpApiError::Retryable(format!("Login with Amazon answered {status}")),
        _ => SpApiError::Permanent(format!(
            "Login with Amazon refused the token request: {status} {}",
            if code.is_empty() {
                "(no error code)"
            } else {
                code
            }
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_read_from_json_name_fields_never_values() {
        let ok = Credentials::from_json(
            r#"{"client_id":"amzn1.app","client_secret":"s3cret-value","refresh_tokens":{"acme-us":"Atzr|tok"}}"#,
        )
        .unwrap();
        assert_eq!(ok.refresh_tokens.len(), 1);
        assert!(!format!("{ok:?}").contains("s3cret-value"));
        for (text, field) in [
            (r#"{"client_secret":"s3cret-value"}"#, "client_id"),
            (
                r#"{"client_id":"a","client_secret":"s3cret-value","refresh_tokens":"Atzr|tok"}"#,
                "refresh_tokens",
            ),
            (
                r#"{"client_id":"a","client_secret":"s3cret-value","refresh_tokens":{"bad store":"Atzr|tok"}}"#,
                "refresh_tokens",
            ),
            (
                r#"{"client_id":"a","client_secret":"","refresh_tokens":{}}"#,
                "client_secret",
            ),
            (
                r#"{"client_id":"a","client_secret":"s3cret-value","extra":"Atzr|tok"}"#,
                "unknown field",
            ),
            (
                r#"{"client_id":"a","client_secret":"s3cret-value""#,
                "not valid JSON",
            ),
        ] {
            let err = Credentials::from_json(text).unwrap_err();
            assert!(err.contains(field), "{text}: {err}");
            assert!(!err.contains("s3cret") && !err.contains("Atzr"), "{err}");
        }
    }

    #[test]
    fn secrets_never_print() {
        let s = Secret::new("Atzr|very-secret");
        assert_eq!(format!("{s}"), "***");
        assert_eq!(format!("{s:?}"), "***");
        assert_eq!(s.expose(), "Atzr|very-secret");
        let mut refresh_tokens = BTreeMap::new();
        refresh_tokens.insert(StoreId::parse("shop").unwrap(), Secret::new("Atzr|refresh"));
        let creds = Credentials {
            client_id: "amzn1.application-oa2-client.x".into(),
            client_secret: Secret::new("amzn1.oa2-cs.v1.secret"),
            refresh_tokens,
        };
        let shown = format!("{creds:?} {creds:#?}");
        assert!(!shown.contains("secret\""), "{shown}");
        assert!(!shown.contains("oa2-cs"), "{shown}");
        assert!(!shown.contains("Atzr"), "{shown}");
        assert!(shown.contains("shop"), "{shown}");
    }

    #[test]
    fn refusals_say_what_to_fix() {
        let store = Grant::Store(StoreId::parse("shop").unwrap());
        match refusal_error(&store, 400, "invalid_grant") {
            SpApiError::Denied(m) => {
                assert!(m.contains("store shop") && m.contains("re-authorise"))
            }
            other => panic!("{other:?}"),
        }
        match refusal_error(&store, 401, "invalid_client") {
            SpApiError::Denied(m) => assert!(m.contains("rotate")),
            other => panic!("{other:?}"),
        }
        assert!(refusal_error(&store, 500, "server_error").is_retryable());
    }
}
