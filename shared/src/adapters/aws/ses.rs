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
/// - throttling and sending quotas (`TooManyRequestsException`, `LimitExceededException`, a
///   throttling code): SES refused it, so it was **not** accepted and may be retried;
/// - timeouts, dispatch failures, unreadable responses and 5xx: SES may have accepted it, so
///   the outcome is **unknown** (the send stays claimed for reconciliation);
/// - everything else (rejected, unverified identity, paused or suspended account, bad request):
///   it never will be accepted.
fn mail_error(err: SdkError<SendEmailError>) -> MailError {
    let text = format!("SES SendEmail: {}", DisplayErrorContext(&err));
    let throttled = matches!(
        err.as_service_error(),
        Some(SendEmailError::TooManyRequestsException(_))
            | Some(SendEmailError::LimitExceededException(_))
    );
    let throttling_code = err
        .as_service_error()
        .and_then(|e| e.code())
        .is_some_and(|c| THROTTLING_CODES.contains(&c));
    let server_error =
        matches!(&err, SdkError::ServiceError(e) if e.raw().status().is_server_error());
    if server_error
        || matches!(
            err,
            SdkError::TimeoutError(_) | SdkError::DispatchFailure(_) | SdkError::ResponseError(_)
        )
    {
        MailError::Unknown(text)
    } else if throttled || throttling_code || is_retryable(&err) {
        MailError::Retryable(text)
    } else {
        MailError::Rejected(text)
    }
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
        AccountSuspendedException, LimitExceededException, MessageRejected,
        TooManyRequestsException,
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
        let quota = SendEmailError::LimitExceededException(
            LimitExceededException::builder()
                .meta(meta("LimitExceededException"))
                .build(),
        );
        assert!(matches!(
            mail_error(service(quota, 400)),
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
        let suspended = SendEmailError::AccountSuspendedException(
            AccountSuspendedException::builder()
                .meta(meta("AccountSuspendedException"))
                .build(),
        );
        assert!(matches!(
            mail_error(service(suspended, 400)),
            MailError::Rejected(_)
        ));
    }

    #[test]
    fn tag_values_keep_only_what_ses_allows() {
        assert_eq!(tag_value("follow-up_2"), "follow-up_2");
        assert_eq!(tag_value("review ask/é"), "review_ask__");
        assert_eq!(tag_value(""), "_");
        assert_eq!(tag_value(&"x".repeat(300)).len(), MAX_TAG_LEN);
    }
}
