//! SES v2 as the mailer. Emails without attachments go as Simple content (SES builds the MIME
//! message); with attachments the message is built here (`mime::build_mime`, the same MIME the
//! outbox writes) and sent as Raw content. Every email carries the message tags the bounce
//! handler reads back (`store_id`, `order_id`, `campaign`) and the configuration set that routes
//! SES events to it.

use async_trait::async_trait;
use aws_sdk_sesv2::error::{ProvideErrorMetadata, SdkError};
use aws_sdk_sesv2::operation::send_email::SendEmailError;
use aws_sdk_sesv2::primitives::Blob;
use aws_sdk_sesv2::types::{
    Body, Content, Destination, EmailContent, Message, MessageTag, RawMessage,
};
use aws_smithy_types::error::display::DisplayErrorContext;

use super::is_retryable;
use crate::mime::{build_mime, split_mailbox};
use crate::optout::{TAG_CAMPAIGN, TAG_ORDER_ID, TAG_STORE_ID};
use crate::ports::{MailError, Mailer, OutgoingEmail};

/// SES limits a tag value to 256 characters.
const MAX_TAG_LEN: usize = 256;

/// Sends through SES v2 `SendEmail`.
#[derive(Debug, Clone)]
pub struct SesMailer {
    client: aws_sdk_sesv2::Client,
    configuration_set: Option<String>,
}

impl SesMailer {
    /// `configuration_set` names the SES configuration set whose event destination feeds the
    /// bounce handler (deliveries, bounces, complaints).
    pub fn new(client: aws_sdk_sesv2::Client, configuration_set: Option<String>) -> Self {
        SesMailer {
            client,
            configuration_set,
        }
    }
}

/// What the SES account may send now, from `GetAccount`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SendQuota {
    /// Emails per second across the account (at least 1).
    pub per_second: u32,
    /// Emails left of the rolling 24-hour quota; `None` when the quota is unlimited.
    pub left_today: Option<u64>,
}

impl SesMailer {
    /// The account's sending rate and what is left of its 24-hour quota.
    pub async fn send_quota(&self) -> Result<SendQuota, String> {
        let out = self
            .client
            .get_account()
            .send()
            .await
            .map_err(|e| format!("SES GetAccount: {}", DisplayErrorContext(&e)))?;
        let quota = out
            .send_quota()
            .ok_or("SES GetAccount returned no SendQuota")?;
        Ok(SendQuota::from_account(
            quota.max_send_rate(),
            quota.max24_hour_send(),
            quota.sent_last24_hours(),
        ))
    }
}

impl SendQuota {
    /// From SES's figures: a 24-hour maximum of -1 means no daily limit.
    pub fn from_account(
        max_send_rate: f64,
        max_24_hour_send: f64,
        sent_last_24_hours: f64,
    ) -> Self {
        // Whole emails per second, never 0: a fractional rate still allows one a second.
        let per_second = max_send_rate.floor().clamp(1.0, f64::from(u32::MAX)) as u32;
        let left_today = (max_24_hour_send >= 0.0)
            .then(|| (max_24_hour_send - sent_last_24_hours).max(0.0) as u64);
        SendQuota {
            per_second,
            left_today,
        }
    }
}

/// SES tag values allow only ASCII letters, digits, `_` and `-`; anything else becomes `_`.
pub fn tag_value(raw: &str) -> String {
    let clean: String = raw
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .take(MAX_TAG_LEN)
        .collect();
    if clean.is_empty() {
        "_".to_string()
    } else {
        clean
    }
}

/// The message tags of an email: store, order and campaign from its send id
/// (`{store}/{order}/{campaign}`), since a tag value cannot hold the `/`.
pub fn email_tags(email: &OutgoingEmail) -> Vec<(&'static str, String)> {
    let mut parts = email.send_id.as_str().splitn(3, '/');
    let _store = parts.next();
    let order = parts.next().unwrap_or_default();
    let campaign = parts.next().unwrap_or_default();
    vec![
        (TAG_STORE_ID, tag_value(email.store_id.as_str())),
        (TAG_ORDER_ID, tag_value(order)),
        (TAG_CAMPAIGN, tag_value(campaign)),
    ]
}

fn utf8(data: &str) -> Result<Content, MailError> {
    Content::builder()
        .data(data)
        .charset("UTF-8")
        .build()
        .map_err(|e| MailError::Rejected(format!("cannot build SES content: {e}")))
}

fn content(email: &OutgoingEmail) -> Result<EmailContent, MailError> {
    if email.attachments.is_empty() {
        let message = Message::builder()
            .subject(utf8(&email.subject)?)
            .body(
                Body::builder()
                    .text(utf8(&email.text)?)
                    .html(utf8(&email.html)?)
                    .build(),
            )
            .build();
        return Ok(EmailContent::builder().simple(message).build());
    }
    // SES replaces the Message-ID with its own; this one only has to be well formed.
    let domain = split_mailbox(&email.from)
        .1
        .rsplit_once('@')
        .map_or_else(|| "aftercare.invalid".to_string(), |(_, d)| d.to_string());
    let message_id = format!(
        "{:016x}.{}@{domain}",
        crate::window::stable_hash(email.send_id.as_str()),
        email.at.timestamp()
    );
    let mime = build_mime(email, &message_id)?;
    let raw = RawMessage::builder()
        .data(Blob::new(mime))
        .build()
        .map_err(|e| MailError::Rejected(format!("cannot build SES raw message: {e}")))?;
    Ok(EmailContent::builder().raw(raw).build())
}

/// Sorts an SES failure by what it says about the email, since the dispatcher never sends twice:
/// - throttling (`TooManyRequestsException`, a throttling code): SES refused it for its rate,
///   so it was **not** accepted and may be retried a few minutes later;
/// - timeouts, dispatch failures, unreadable responses and 5xx: SES may have accepted it, so
///   the outcome is **unknown** (the send stays claimed for reconciliation);
/// - the account cannot send at all (access denied, sender or recipient not verified, which in
///   the sandbox is every buyer, sending paused, account suspended, daily quota used up,
///   configuration set missing): **account**-level, nothing was sent and the run stops;
/// - everything else (this message refused, bad request): it never will be accepted.
///
/// SES error text can list recipient addresses, so addresses are redacted before the text is
/// kept or logged.
fn mail_error(err: SdkError<SendEmailError>) -> MailError {
    let text = redact_addresses(&format!("SES SendEmail: {}", DisplayErrorContext(&err)));
    let service = err.as_service_error();
    let code = service.and_then(|e| e.code());
    let throttled = matches!(service, Some(SendEmailError::TooManyRequestsException(_)))
        || code.is_some_and(|c| THROTTLING_CODES.contains(&c));
    let account = matches!(
        service,
        Some(
            SendEmailError::AccountSuspendedException(_)
                | SendEmailError::SendingPausedException(_)
                | SendEmailError::MailFromDomainNotVerifiedException(_)
                | SendEmailError::LimitExceededException(_)
                | SendEmailError::NotFoundException(_)
        )
    ) || code.is_some_and(|c| ACCOUNT_CODES.contains(&c))
        || matches!(service, Some(SendEmailError::MessageRejected(e))
            if e.message().is_some_and(|m| m.to_ascii_lowercase().contains("not verified")));
    let server_error =
        matches!(&err, SdkError::ServiceError(e) if e.raw().status().is_server_error());
    if server_error
        || matches!(
            err,
            SdkError::TimeoutError(_) | SdkError::DispatchFailure(_) | SdkError::ResponseError(_)
        )
    {
        MailError::Unknown(text)
    } else if throttled || is_retryable(&err) {
        MailError::Retryable(text)
    } else if account {
        MailError::Account(text)
    } else {
        MailError::Rejected(text)
    }
}

/// Error codes that say the account or its identity cannot send, whatever the message.
const ACCOUNT_CODES: &[&str] = &[
    "AccessDenied",
    "AccessDeniedException",
    "AccountSendingPausedException",
    "ConfigurationSetDoesNotExist",
    "ConfigurationSetSendingPausedException",
    "InvalidClientTokenId",
    "UnrecognizedClientException",
];

/// Replaces every e-mail address in `text` with `<address>`: SES error messages can name the
/// recipients (a sandbox rejection lists them), and buyer addresses never reach the logs.
pub fn redact_addresses(text: &str) -> String {
    let is_part = |c: char| c.is_alphanumeric() || "._%+-".contains(c);
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '@' {
            let local = out.chars().rev().take_while(|c| is_part(*c)).count();
            let mut domain = chars[i + 1..].iter().take_while(|c| is_part(**c)).count();
            // A full stop after the address ends the sentence, not the domain.
            while domain > 0 && chars[i + domain] == '.' {
                domain -= 1;
            }
            if local > 0 && domain > 0 {
                for _ in 0..local {
                    out.pop();
                }
                out.push_str("<address>");
                i += 1 + domain;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// Error codes with which SES refuses a request for its rate: nothing was sent.
const THROTTLING_CODES: &[&str] = &[
    "Throttling",
    "ThrottlingException",
    "TooManyRequestsException",
];

#[async_trait]
impl Mailer for SesMailer {
    async fn send(&self, email: &OutgoingEmail) -> Result<String, MailError> {
        let mut request = self
            .client
            .send_email()
            .from_email_address(&email.from)
            .content(content(email)?)
            .set_configuration_set_name(self.configuration_set.clone());
        // A raw message names its recipient in its own `To:` header; giving SES a second list
        // as well only invites a second copy.
        if email.attachments.is_empty() {
            request = request.destination(Destination::builder().to_addresses(&email.to).build());
        }
        for (name, value) in email_tags(email) {
            let tag = MessageTag::builder()
                .name(name)
                .value(value)
                .build()
                .map_err(|e| MailError::Rejected(format!("cannot build SES tag: {e}")))?;
            request = request.email_tags(tag);
        }
        let out = request.send().await.map_err(mail_error)?;
        // SES always answers with an id; without one the delivery events cannot be matched.
        out.message_id().map(str::to_string).ok_or_else(|| {
            MailError::Rejected("SES accepted the email but returned no MessageId".into())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_errors::*;
    use super::*;
    use aws_sdk_sesv2::types::error::{
        AccountSuspendedException, BadRequestException, LimitExceededException, MessageRejected,
        NotFoundException, SendingPausedException, TooManyRequestsException,
    };

    #[test]
    fn ses_errors_split_into_throttled_unknown_and_rejected() {
        let rate = SendEmailError::TooManyRequestsException(
            TooManyRequestsException::builder()
                .meta(meta("TooManyRequestsException"))
                .build(),
        );
        assert!(matches!(
            mail_error(service(rate, 429)),
            MailError::Retryable(_)
        ));
        assert!(matches!(mail_error(timeout()), MailError::Unknown(_)));
        let unavailable = SendEmailError::generic(meta("ServiceUnavailable"));
        assert!(matches!(
            mail_error(service(unavailable, 503)),
            MailError::Unknown(_)
        ));
        let throttled = SendEmailError::generic(meta("Throttling"));
        assert!(matches!(
            mail_error(service(throttled, 400)),
            MailError::Retryable(_)
        ));
        let rejected = SendEmailError::MessageRejected(
            MessageRejected::builder()
                .meta(meta("MessageRejected"))
                .build(),
        );
        match mail_error(service(rejected, 400)) {
            MailError::Rejected(text) => assert!(text.contains("MessageRejected"), "{text}"),
            other => panic!("expected a rejection, got {other:?}"),
        }
        let bad_address = SendEmailError::BadRequestException(
            BadRequestException::builder()
                .meta(meta("BadRequestException"))
                .build(),
        );
        assert!(matches!(
            mail_error(service(bad_address, 400)),
            MailError::Rejected(_)
        ));
    }

    #[test]
    fn account_level_errors_are_told_apart_from_one_refused_message() {
        let suspended = SendEmailError::AccountSuspendedException(
            AccountSuspendedException::builder()
                .meta(meta("AccountSuspendedException"))
                .build(),
        );
        let paused = SendEmailError::SendingPausedException(
            SendingPausedException::builder()
                .meta(meta("SendingPausedException"))
                .build(),
        );
        let quota = SendEmailError::LimitExceededException(
            LimitExceededException::builder()
                .meta(meta("LimitExceededException"))
                .build(),
        );
        let no_configuration_set = SendEmailError::NotFoundException(
            NotFoundException::builder()
                .meta(meta("NotFoundException"))
                .build(),
        );
        let denied = SendEmailError::generic(meta("AccessDeniedException"));
        let sandbox = SendEmailError::MessageRejected(
            MessageRejected::builder()
                .message("Email address is not verified. The following identities failed the check in region US-EAST-1: abc123@marketplace.amazon.com")
                .meta(meta("MessageRejected"))
                .build(),
        );
        for (label, error, status) in [
            ("suspended", suspended, 400),
            ("paused", paused, 400),
            ("daily quota", quota, 400),
            ("no configuration set", no_configuration_set, 404),
            ("access denied", denied, 403),
            ("sandbox", sandbox, 400),
        ] {
            match mail_error(service(error, status)) {
                MailError::Account(text) => {
                    assert!(!text.contains("abc123"), "{label}: {text}")
                }
                other => panic!("{label}: expected an account-level error, got {other:?}"),
            }
        }
    }

    #[test]
    fn the_quota_reads_an_unlimited_day_and_fractional_rates() {
        let sandbox = SendQuota::from_account(1.0, 200.0, 150.0);
        assert_eq!(
            sandbox,
            SendQuota {
                per_second: 1,
                left_today: Some(50)
            }
        );
        let unlimited = SendQuota::from_account(14.5, -1.0, 90_000.0);
        assert_eq!(
            unlimited,
            SendQuota {
                per_second: 14,
                left_today: None
            }
        );
        let used_up = SendQuota::from_account(0.5, 50_000.0, 50_010.0);
        assert_eq!(
            used_up,
            SendQuota {
                per_second: 1,
                left_today: Some(0)
            }
        );
    }

    #[test]
    fn addresses_are_redacted_from_error_text() {
        assert_eq!(
            redact_addresses(
                "failed the check: abc123@marketplace.amazon.com, Jane.Doe+x@mail.example.co.jp."
            ),
            "failed the check: <address>, <address>."
        );
        assert_eq!(redact_addresses("no address @ here"), "no address @ here");
        assert_eq!(redact_addresses("東京 a@b.c 様"), "東京 <address> 様");
    }

    #[test]
    fn tag_values_keep_only_what_ses_allows() {
        assert_eq!(tag_value("follow-up_2"), "follow-up_2");
        assert_eq!(tag_value("review ask/é"), "review_ask__");
        assert_eq!(tag_value(""), "_");
        assert_eq!(tag_value(&"x".repeat(300)).len(), MAX_TAG_LEN);
    }
}
