//! Signed HTTPS requests to the few AWS APIs the published config needs: S3 (the config
//! bucket), CloudFormation (a stack's outputs) and DynamoDB (which version each function runs).
//! SigV4 and the standard credential chain, over the HTTP client the SP-API adapter already
//! uses, instead of three more service SDKs to compile: each API is two or three calls here.
//!
//! The endpoint is AWS's regional one, or the `endpoint_url` of the SDK config (the
//! `AWS_ENDPOINT_URL` variable, or a test's emulator), with path-style S3 addresses.

pub mod cloudformation;
pub mod dynamodb;
pub mod s3;

use std::time::{Duration, SystemTime};

use aws_credential_types::provider::{ProvideCredentials, SharedCredentialsProvider};
use aws_sigv4::http_request::{
    sign, PayloadChecksumKind, PercentEncodingMode, SignableBody, SignableRequest, SigningSettings,
    UriPathNormalizationMode,
};
use aws_sigv4::sign::v4;

/// Why a request did not get an answer to use. Never includes credentials.
#[derive(Debug, thiserror::Error)]
pub enum AwsHttpError {
    #[error("no AWS credentials: {0}")]
    Credentials(String),
    #[error("no AWS region configured (set AWS_REGION or a profile's region)")]
    NoRegion,
    #[error("cannot sign the request: {0}")]
    Signing(String),
    #[error("{service}: {message}")]
    Transport { service: String, message: String },
    /// AWS answered with an error: the HTTP status and AWS's own code and message.
    #[error("{service} answered {status}: {code} {message}")]
    Service {
        service: String,
        status: u16,
        code: String,
        message: String,
    },
    #[error("{service}: unexpected answer: {message}")]
    Unexpected { service: String, message: String },
}

impl AwsHttpError {
    /// The error code AWS gave (`NoSuchKey`, `ValidationError`, …), if it answered one.
    pub fn code(&self) -> Option<&str> {
        match self {
            AwsHttpError::Service { code, .. } => Some(code),
            _ => None,
        }
    }
}

/// An answer: status, headers (lower-case names) and body.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Signs and sends requests for one account and region.
#[derive(Clone)]
pub struct AwsHttp {
    http: reqwest::Client,
    credentials: SharedCredentialsProvider,
    region: String,
    endpoint: Option<String>,
}

impl std::fmt::Debug for AwsHttp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AwsHttp")
            .field("region", &self.region)
            .field("endpoint", &self.endpoint)
            .finish_non_exhaustive()
    }
}

/// Per request: a config read at a cold start must not hold the start for long.
const TIMEOUT: Duration = Duration::from_secs(10);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(3);

impl AwsHttp {
    /// The credentials, region and endpoint of an SDK config (`aws_config::load_defaults`).
    pub fn from_sdk(sdk: &aws_config::SdkConfig) -> Result<Self, AwsHttpError> {
        let credentials = sdk
            .credentials_provider()
            .ok_or_else(|| AwsHttpError::Credentials("no credential provider".into()))?;
        let region = sdk
            .region()
            .map(|r| r.as_ref().to_string())
            .ok_or(AwsHttpError::NoRegion)?;
        Self::new(credentials, region, sdk.endpoint_url().map(str::to_string))
    }

    /// The standard credential chain and region (environment, profile, SSO, instance role),
    /// with `endpoint` (an emulator) instead of AWS's when given, else `AWS_ENDPOINT_URL`.
    pub async fn from_env(endpoint: Option<String>) -> Result<Self, AwsHttpError> {
        let mut loader = super::aws_sdk_loader();
        if let Some(url) = endpoint.filter(|e| !e.trim().is_empty()) {
            loader = loader.endpoint_url(url.trim());
        }
        Self::from_sdk(&loader.load().await)
    }

    pub fn new(
        credentials: SharedCredentialsProvider,
        region: String,
        endpoint: Option<String>,
    ) -> Result<Self, AwsHttpError> {
        let http = reqwest::Client::builder()
            .timeout(TIMEOUT)
            .connect_timeout(CONNECT_TIMEOUT)
            .build()
            .map_err(|e| AwsHttpError::Transport {
                service: "http client".into(),
                message: e.to_string(),
            })?;
        Ok(AwsHttp {
            http,
            credentials,
            region,
            endpoint: endpoint
                .map(|e| e.trim_end_matches('/').to_string())
                .filter(|e| !e.is_empty()),
        })
    }

    pub fn region(&self) -> &str {
        &self.region
    }

    /// The base URL of `service` (`s3`, `cloudformation`, `dynamodb`).
    pub fn base_url(&self, service: &str) -> String {
        match &self.endpoint {
            Some(e) => e.clone(),
            None => format!("https://{service}.{}.amazonaws.com", self.region),
        }
    }

    /// Whether S3 addresses are path-style (a custom endpoint) rather than the bucket's host.
    pub fn path_style(&self) -> bool {
        self.endpoint.is_some()
    }

    /// Signs and sends one request. `headers` are signed too. An answer of 300 or more is
    /// returned as it came (each API reads its own errors).
    pub async fn send(
        &self,
        service: &str,
        method: &str,
        url: &str,
        headers: &[(&str, String)],
        body: Vec<u8>,
    ) -> Result<Reply, AwsHttpError> {
        let identity = self
            .credentials
            .provide_credentials()
            .await
            .map_err(|e| AwsHttpError::Credentials(e.to_string()))?
            .into();
        let mut settings = SigningSettings::default();
        if service == "s3" {
            settings.payload_checksum_kind = PayloadChecksumKind::XAmzSha256;
            settings.percent_encoding_mode = PercentEncodingMode::Single;
            settings.uri_path_normalization_mode = UriPathNormalizationMode::Disabled;
        }
        let params = v4::SigningParams::builder()
            .identity(&identity)
            .region(&self.region)
            .name(service)
            .time(SystemTime::now())
            .settings(settings)
            .build()
            .map_err(|e| AwsHttpError::Signing(e.to_string()))?
            .into();
        let signable = SignableRequest::new(
            method,
            url,
            headers.iter().map(|(n, v)| (*n, v.as_str())),
            SignableBody::Bytes(&body),
        )
        .map_err(|e| AwsHttpError::Signing(e.to_string()))?;
        let (instructions, _) = sign(signable, &params)
            .map_err(|e| AwsHttpError::Signing(e.to_string()))?
            .into_parts();
        let method = reqwest::Method::from_bytes(method.as_bytes())
            .map_err(|e| AwsHttpError::Signing(e.to_string()))?;
        let mut request = self.http.request(method, url);
        for (name, value) in headers {
            request = request.header(*name, value);
        }
        for (name, value) in instructions.headers() {
            request = request.header(name, value);
        }
        let transport = |e: reqwest::Error| AwsHttpError::Transport {
            service: service.to_string(),
            message: e.to_string(),
        };
        let response = request.body(body).send().await.map_err(transport)?;
        let status = response.status().as_u16();
        let headers = response
            .headers()
            .iter()
            .filter_map(|(n, v)| Some((n.as_str().to_string(), v.to_str().ok()?.to_string())))
            .collect();
        let body = response.bytes().await.map_err(transport)?.to_vec();
        Ok(Reply {
            status,
            headers,
            body,
        })
    }
}

/// The text of the first `<tag>…</tag>` in `xml`, entities decoded (S3 and CloudFormation
/// answer XML; the few fields read here need no parser).
pub(crate) fn xml_text(xml: &str, tag: &str) -> Option<String> {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    let start = xml.find(&open)? + open.len();
    let end = start + xml[start..].find(&close)?;
    Some(xml_unescape(&xml[start..end]))
}

pub(crate) fn xml_unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// An error answer of an XML API: its `Code` and `Message`.
pub(crate) fn xml_error(service: &str, reply: &Reply) -> AwsHttpError {
    let text = String::from_utf8_lossy(&reply.body);
    AwsHttpError::Service {
        service: service.to_string(),
        status: reply.status,
        code: xml_text(&text, "Code").unwrap_or_else(|| "(no code)".into()),
        message: xml_text(&text, "Message").unwrap_or_default(),
    }
}

/// Percent-encodes one path segment, query value or form field (RFC 3986 unreserved characters stay).
pub(super) fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_fields_are_read_and_unescaped() {
        let xml = "<Error><Code>NoSuchKey</Code><Message>a &lt;b&gt; &amp; c</Message></Error>";
        assert_eq!(xml_text(xml, "Code").as_deref(), Some("NoSuchKey"));
        assert_eq!(xml_text(xml, "Message").as_deref(), Some("a <b> & c"));
        assert_eq!(xml_text(xml, "RequestId"), None);
    }
}
