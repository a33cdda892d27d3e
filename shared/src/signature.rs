//! Signed webhook requests. The seller's middleware sends three headers with every request:
//!
//! - `X-Aftercare-Store: <store_id>` picks the store's secret before the body is read;
//! - `X-Aftercare-Timestamp: <unix seconds>`;
//! - `X-Aftercare-Signature: v1=<hex HMAC-SHA256(secret, "{timestamp}.{raw body}")>`; several
//!   comma-separated `v1=` values are allowed, so a sender can sign with the old and the new
//!   secret while rotating.
//!
//! A store may also have several secrets configured at once (rotation on the receiving side).
//! Signatures are compared in constant time; a request more than [`MAX_CLOCK_SKEW_SECS`] away
//! from the receiver's clock is refused, which bounds replays (duplicate event ids do the rest).

use std::collections::BTreeMap;
use std::fmt;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use hmac::{KeyInit, Mac};
use serde::Deserialize;

use crate::order::StoreId;

type HmacSha256 = hmac::Hmac<sha2::Sha256>;

pub const STORE_HEADER: &str = "x-aftercare-store";
pub const TIMESTAMP_HEADER: &str = "x-aftercare-timestamp";
pub const SIGNATURE_HEADER: &str = "x-aftercare-signature";
/// How far a request's timestamp may be from the receiver's clock, either way.
pub const MAX_CLOCK_SKEW_SECS: i64 = 300;
/// Shorter secrets are refused: they can be guessed offline from one signed request.
pub const MIN_SECRET_BYTES: usize = 16;
/// At most this many signatures per request are tried (a sender rotating needs two).
const MAX_SIGNATURES: usize = 4;

/// One store's HMAC key. Never printed: `Debug` shows only its length.
#[derive(Clone, PartialEq, Eq)]
pub struct WebhookSecret(String);

impl WebhookSecret {
    pub fn new(secret: &str) -> Result<Self, String> {
        if secret.len() < MIN_SECRET_BYTES {
            return Err(format!(
                "a webhook secret needs at least {MIN_SECRET_BYTES} bytes (got {}); make one with `openssl rand -hex 32`",
                secret.len()
            ));
        }
        Ok(Self(secret.to_string()))
    }

    fn as_bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

impl fmt::Debug for WebhookSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "WebhookSecret({} bytes)", self.0.len())
    }
}

/// The signature headers of one request, as sent (names are matched case-insensitively).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SignedHeaders {
    pub store: Option<String>,
    pub timestamp: Option<String>,
    pub signature: Option<String>,
}

impl SignedHeaders {
    /// Picks the three headers out of (name, value) pairs; a repeated header is joined with
    /// commas, as HTTP does, so a repeated store or timestamp fails to parse.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut out = SignedHeaders::default();
        for (name, value) in pairs {
            let slot = match name.to_ascii_lowercase().as_str() {
                STORE_HEADER => &mut out.store,
                TIMESTAMP_HEADER => &mut out.timestamp,
                SIGNATURE_HEADER => &mut out.signature,
                _ => continue,
            };
            match slot {
                Some(existing) => {
                    existing.push(',');
                    existing.push_str(value);
                }
                None => *slot = Some(value.to_string()),
            }
        }
        out
    }

    /// The headers of an API Gateway v2 (HTTP API) request event.
    pub fn from_api_gateway_v2(event: &serde_json::Value) -> Self {
        let pairs = event
            .get("headers")
            .and_then(serde_json::Value::as_object)
            .into_iter()
            .flatten()
            .filter_map(|(k, v)| Some((k.as_str(), v.as_str()?)));
        Self::from_pairs(pairs)
    }

    /// Headers that sign `body` for `store` at `timestamp` with `secret`.
    pub fn signed(store: &str, secret: &WebhookSecret, timestamp: i64, body: &[u8]) -> Self {
        SignedHeaders {
            store: Some(store.to_string()),
            timestamp: Some(timestamp.to_string()),
            signature: Some(sign(secret, timestamp, body)),
        }
    }
}

/// `v1=<hex HMAC-SHA256(secret, "{timestamp}.{body}")>`.
pub fn sign(secret: &WebhookSecret, timestamp: i64, body: &[u8]) -> String {
    let mac = mac(secret, timestamp, body).finalize().into_bytes();
    format!("v1={}", crate::order::to_hex(&mac))
}

fn mac(secret: &WebhookSecret, timestamp: i64, body: &[u8]) -> HmacSha256 {
    // HMAC takes keys of any length, so this cannot fail.
    let mut mac = <HmacSha256 as KeyInit>::new_from_slice(secret.as_bytes())
        .unwrap_or_else(|_| unreachable!("HMAC accepts any key length"));
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    mac
}

/// Where the receiver finds a store's secrets.
#[async_trait]
pub trait SecretSource: Send + Sync {
    /// Every secret `store`'s requests may be signed with (several while rotating); empty when
    /// the store is unknown or has none.
    async fn secrets_for(&self, store: &StoreId) -> Result<Vec<WebhookSecret>, SecretsUnavailable>;

    /// Called when the answer of `secrets_for` did not verify a request: a source that caches
    /// may read its secrets again and answer them, so a secret added a moment ago is accepted
    /// at once. `None`: nothing newer to try (the default, and a cache read too recently). A
    /// failed read is `None` too: the request is refused as unsigned, not as unavailable.
    async fn reread_for(&self, _store: &StoreId) -> Option<Vec<WebhookSecret>> {
        None
    }
}

/// The secrets could not be read right now (worth a retry by the sender). The message never
/// contains a secret.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("webhook secrets unavailable: {0}")]
pub struct SecretsUnavailable(pub String);

/// Why a request was not accepted as coming from the store.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// 401: the header (or check) named by `field` failed.
    #[error("{field}: {problem}")]
    Unauthorized { field: String, problem: String },
    /// 503: the secrets could not be read.
    #[error(transparent)]
    Unavailable(#[from] SecretsUnavailable),
}

fn unauthorized(field: &str, problem: impl Into<String>) -> Refusal {
    Refusal::Unauthorized {
        field: field.to_string(),
        problem: problem.into(),
    }
}

/// Checks a request's signature and age; returns the store it is signed for.
pub async fn verify(
    headers: &SignedHeaders,
    body: &[u8],
    source: &dyn SecretSource,
    now: DateTime<Utc>,
) -> Result<StoreId, Refusal> {
    const STORE: &str = "X-Aftercare-Store";
    const TIMESTAMP: &str = "X-Aftercare-Timestamp";
    const SIGNATURE: &str = "X-Aftercare-Signature";
    let store = headers.store.as_deref().ok_or_else(|| {
        unauthorized(
            STORE,
            "missing: name the store whose secret signs the request",
        )
    })?;
    let store = StoreId::parse(store).map_err(|p| unauthorized(STORE, p))?;
    let timestamp = headers
        .timestamp
        .as_deref()
        .ok_or_else(|| unauthorized(TIMESTAMP, "missing: the request's time in unix seconds"))?;
    let timestamp: i64 = timestamp
        .trim()
        .parse()
        .ok()
        .filter(|_| timestamp.trim().bytes().all(|b| b.is_ascii_digit()))
        .ok_or_else(|| unauthorized(TIMESTAMP, "not a whole number of unix seconds"))?;
    let signature = headers
        .signature
        .as_deref()
        .ok_or_else(|| unauthorized(SIGNATURE, "missing: expected `v1=<hex hmac-sha256>`"))?;
    let candidates: Vec<Vec<u8>> = signature
        .split(',')
        .filter_map(|s| s.trim().strip_prefix("v1="))
        .filter_map(decode_hex)
        .take(MAX_SIGNATURES)
        .collect();
    if candidates.is_empty() {
        return Err(unauthorized(
            SIGNATURE,
            "no `v1=<64 hex digits>` signature in the header",
        ));
    }
    // Every pair is tried, so timing does not tell which secret or signature matched.
    let verifies = |secrets: &[WebhookSecret]| {
        let mut matched = false;
        for secret in secrets {
            for candidate in &candidates {
                matched |= mac(secret, timestamp, body).verify_slice(candidate).is_ok();
            }
        }
        matched
    };
    let mut secrets = source.secrets_for(&store).await?;
    let mut matched = verifies(&secrets);
    if !matched {
        if let Some(fresh) = source.reread_for(&store).await {
            matched = verifies(&fresh);
            secrets = fresh;
        }
    }
    if secrets.is_empty() {
        return Err(unauthorized(
            STORE,
            format!("store `{store}` is unknown or has no webhook secret configured"),
        ));
    }
    if !matched {
        return Err(unauthorized(
            SIGNATURE,
            "does not match: sign \"{timestamp}.{raw body}\" with the store's secret",
        ));
    }
    let skew = now.timestamp().saturating_sub(timestamp);
    if skew.unsigned_abs() > MAX_CLOCK_SKEW_SECS.unsigned_abs() {
        return Err(unauthorized(
            TIMESTAMP,
            format!(
                "{timestamp} is {}s away from the receiver's clock ({}); at most {MAX_CLOCK_SKEW_SECS}s is accepted",
                skew.unsigned_abs(),
                now.timestamp()
            ),
        ));
    }
    Ok(store)
}

fn decode_hex(s: &str) -> Option<Vec<u8>> {
    if s.len() != 64 || !s.is_ascii() {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).ok())
        .collect()
}

/// Per-store secrets as stored in the AWS deployment: a JSON object
/// `{"<store_id>": "<secret>"}`, or a list of secrets for a store that is rotating
/// (`{"acme-us": ["new…", "old…"]}`). Errors say where, never what: the text holds secrets.
pub fn parse_secret_map(text: &str) -> Result<BTreeMap<StoreId, Vec<WebhookSecret>>, String> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(String),
        Many(Vec<String>),
    }
    let raw: BTreeMap<String, OneOrMany> = serde_json::from_str(text).map_err(|e| {
        format!(
            "not a JSON object of store id → secret (or list of secrets): {:?} error at line {}, column {}",
            e.classify(),
            e.line(),
            e.column()
        )
    })?;
    let mut out = BTreeMap::new();
    for (store, secrets) in raw {
        let id = StoreId::parse(&store).map_err(|p| format!("key `{store}`: {p}"))?;
        let list = match secrets {
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(list) => list,
        };
        let secrets = list
            .iter()
            .map(|s| WebhookSecret::new(s).map_err(|p| format!("store `{id}`: {p}")))
            .collect::<Result<Vec<_>, _>>()?;
        out.insert(id, secrets);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fixed(Vec<WebhookSecret>);

    #[async_trait]
    impl SecretSource for Fixed {
        async fn secrets_for(
            &self,
            store: &StoreId,
        ) -> Result<Vec<WebhookSecret>, SecretsUnavailable> {
            Ok(if store.as_str() == "acme-us" {
                self.0.clone()
            } else {
                Vec::new()
            })
        }
    }

    fn secret(s: &str) -> WebhookSecret {
        WebhookSecret::new(s).unwrap()
    }

    fn at(ts: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(ts, 0).unwrap()
    }

    #[test]
    fn signature_matches_openssl() {
        // printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac 'an-example-secret-0123'
        assert_eq!(
            sign(
                &secret("an-example-secret-0123"),
                1_700_000_000,
                br#"{"a":1}"#
            ),
            "v1=d7e8dd461cb35370f0aba6fb45157f1edb406a8f85092dbed78343b3eff4bb4b"
        );
    }

    /// A cache holding the old secret only, whose second read finds the new one too.
    struct Stale {
        cached: Vec<WebhookSecret>,
        stored: Vec<WebhookSecret>,
        rereads: std::sync::atomic::AtomicUsize,
    }

    #[async_trait]
    impl SecretSource for Stale {
        async fn secrets_for(
            &self,
            _store: &StoreId,
        ) -> Result<Vec<WebhookSecret>, SecretsUnavailable> {
            Ok(self.cached.clone())
        }

        async fn reread_for(&self, _store: &StoreId) -> Option<Vec<WebhookSecret>> {
            self.rereads
                .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            Some(self.stored.clone())
        }
    }

    #[tokio::test]
    async fn a_secret_added_after_the_cache_was_filled_is_read_again_only_on_a_mismatch() {
        let body = br#"{"store_id":"acme-us"}"#;
        let (old, new) = (
            secret("old-secret-0123456789"),
            secret("new-secret-0123456789"),
        );
        let source = Stale {
            cached: vec![old.clone()],
            stored: vec![new.clone(), old.clone()],
            rereads: Default::default(),
        };
        let rereads = || source.rereads.load(std::sync::atomic::Ordering::SeqCst);
        let now = 1_800_000_000;
        let with_old = SignedHeaders::signed("acme-us", &old, now, body);
        assert!(verify(&with_old, body, &source, at(now)).await.is_ok());
        assert_eq!(rereads(), 0, "a cached secret that verifies needs no read");
        let with_new = SignedHeaders::signed("acme-us", &new, now, body);
        assert!(verify(&with_new, body, &source, at(now)).await.is_ok());
        assert_eq!(rereads(), 1);
        let forged = SignedHeaders::signed("acme-us", &secret("guessed-secret-0123"), now, body);
        assert!(matches!(
            verify(&forged, body, &source, at(now)).await,
            Err(Refusal::Unauthorized { field, .. }) if field == "X-Aftercare-Signature"
        ));
        // Without a second read (the default), the cached answer decides.
        let plain = Fixed(vec![old.clone()]);
        assert!(verify(&with_new, body, &plain, at(now)).await.is_err());
    }

    #[tokio::test]
    async fn only_a_fresh_request_signed_with_a_configured_secret_passes() {
        let body = br#"{"store_id":"acme-us"}"#;
        let old = secret("old-secret-0123456789");
        let new = secret("new-secret-0123456789");
        let source = Fixed(vec![new.clone(), old.clone()]);
        let now = 1_800_000_000;
        let ok = SignedHeaders::signed("acme-us", &old, now - 299, body);
        assert_eq!(
            verify(&ok, body, &source, at(now)).await.unwrap().as_str(),
            "acme-us"
        );
        // The sender may carry two signatures while rotating; one good one is enough.
        let mut both = SignedHeaders::signed("acme-us", &secret("unknown-secret-0123"), now, body);
        both.signature = Some(format!(
            "{}, {}",
            both.signature.unwrap(),
            sign(&new, now, body)
        ));
        assert!(verify(&both, body, &source, at(now)).await.is_ok());

        let field = |r: Result<StoreId, Refusal>| match r {
            Err(Refusal::Unauthorized { field, .. }) => field,
            other => panic!("{other:?}"),
        };
        let stale = SignedHeaders::signed("acme-us", &new, now - 301, body);
        assert_eq!(
            field(verify(&stale, body, &source, at(now)).await),
            "X-Aftercare-Timestamp"
        );
        let future = SignedHeaders::signed("acme-us", &new, now + 301, body);
        assert_eq!(
            field(verify(&future, body, &source, at(now)).await),
            "X-Aftercare-Timestamp"
        );
        let forged = SignedHeaders::signed("acme-us", &secret("guessed-secret-0123"), now, body);
        assert_eq!(
            field(verify(&forged, body, &source, at(now)).await),
            "X-Aftercare-Signature"
        );
        let tampered = SignedHeaders::signed("acme-us", &new, now, body);
        assert_eq!(
            field(verify(&tampered, br#"{"store_id":"acme-uk"}"#, &source, at(now)).await),
            "X-Aftercare-Signature"
        );
        let other_store = SignedHeaders::signed("acme-uk", &new, now, body);
        assert_eq!(
            field(verify(&other_store, body, &source, at(now)).await),
            "X-Aftercare-Store"
        );
        for broken in [
            SignedHeaders {
                store: None,
                ..ok.clone()
            },
            SignedHeaders {
                timestamp: None,
                ..ok.clone()
            },
            SignedHeaders {
                timestamp: Some("+1800000000".into()),
                ..ok.clone()
            },
            SignedHeaders {
                signature: None,
                ..ok.clone()
            },
            SignedHeaders {
                signature: Some("sha256=abc".into()),
                ..ok.clone()
            },
            SignedHeaders {
                signature: Some(ok.signature.clone().unwrap().to_uppercase()),
                ..ok.clone()
            },
        ] {
            assert!(
                verify(&broken, body, &source, at(now)).await.is_err(),
                "{broken:?}"
            );
        }
    }

    #[test]
    fn headers_are_found_whatever_their_case() {
        let h = SignedHeaders::from_pairs([
            ("X-Aftercare-Store", "acme-us"),
            ("x-aftercare-timestamp", "12"),
            ("X-AFTERCARE-SIGNATURE", "v1=aa"),
            ("x-aftercare-signature", "v1=bb"),
            ("content-type", "application/json"),
        ]);
        assert_eq!(h.store.as_deref(), Some("acme-us"));
        assert_eq!(h.timestamp.as_deref(), Some("12"));
        assert_eq!(h.signature.as_deref(), Some("v1=aa,v1=bb"));
    }

    #[test]
    fn secret_maps_take_one_or_several_secrets_and_never_echo_them() {
        let map =
            parse_secret_map(r#"{"acme-us": "s3cret-s3cret-s3cret", "acme-uk": ["new-new-new-new-1", "old-old-old-old-1"]}"#)
                .unwrap();
        assert_eq!(map.len(), 2);
        assert_eq!(map[&StoreId::parse("acme-uk").unwrap()].len(), 2);
        for bad in [
            r#"{"acme-us": "too-short"}"#,
            r#"{"acme-us": 123456789012345678}"#,
            r#"["s3cret-s3cret-s3cret"]"#,
            r#"{"acme us": "s3cret-s3cret-s3cret"}"#,
            "s3cret-s3cret-s3cret",
        ] {
            let err = parse_secret_map(bad).unwrap_err();
            assert!(
                !err.contains("s3cret") && !err.contains("too-short"),
                "{err}"
            );
        }
        assert!(format!("{:?}", secret("s3cret-s3cret-s3cret")).contains("20 bytes"));
    }
}
