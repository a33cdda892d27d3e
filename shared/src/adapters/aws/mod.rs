//! AWS adapters, built only with the `aws` feature: DynamoDB for orders, sends and suppressions
//! (`dynamo`, table layout in `schema`), SES v2 as the mailer (`ses`) and EventBridge as the
//! event bus (`eventbridge`), the account's sending rate shared by concurrent runs (`pace`),
//! and the SP-API call budgets shared by concurrent invocations (`bucket`).
//! They keep the same contracts as the embedded twins in
//! `adapters::local`; `adapters::contract` runs against both.

pub mod bucket;
pub mod checks;
pub mod dynamo;
pub mod eventbridge;
pub mod pace;
pub mod schema;
pub mod ses;

pub use bucket::DynamoBudget;
pub use checks::DynamoDeliveryChecks;
pub use dynamo::DynamoStore;
pub use eventbridge::EventBridgeBus;
pub use pace::SesPace;
pub use schema::create_table;
pub use ses::{SendQuota, SesMailer};

use aws_config::{Region, SdkConfig};
use aws_sdk_dynamodb::config::http::HttpResponse;
use aws_sdk_dynamodb::config::Credentials;
use aws_sdk_dynamodb::error::{ProvideErrorMetadata, SdkError};
use aws_smithy_types::error::display::DisplayErrorContext;

use crate::ports::PortError;

/// The SDK configuration. In AWS (`endpoint` = `None`) region and credentials come from the
/// default chain (the Lambda environment). With an endpoint (a local emulator such as moto) the
/// region is `us-east-1` and the credentials are static test ones, so no AWS account is needed.
pub async fn sdk_config(endpoint: Option<&str>) -> SdkConfig {
    let loader = super::aws_sdk_loader();
    match endpoint {
        None => loader.load().await,
        Some(url) => {
            loader
                .endpoint_url(url)
                .region(Region::new("us-east-1"))
                .credentials_provider(Credentials::new("test", "test", None, None, "static"))
                .load()
                .await
        }
    }
}

/// Service error codes that mean "slow down or try again", shared by DynamoDB, SES and
/// EventBridge.
const RETRYABLE_CODES: &[&str] = &[
    "ProvisionedThroughputExceededException",
    "ThrottlingException",
    "Throttling",
    "RequestLimitExceeded",
    "InternalServerError",
    "InternalServerErrorException",
    "InternalException",
    "ServiceUnavailable",
    "ServiceUnavailableException",
    "TransactionConflictException",
    "TransactionInProgressException",
    "TooManyRequestsException",
];

/// Whether an SDK failure may succeed if tried again: timeouts, dispatch failures, unreadable
/// responses, throttling and 5xx answers. (The SDK has already retried these a few times.)
pub(crate) fn is_retryable<E: ProvideErrorMetadata>(err: &SdkError<E, HttpResponse>) -> bool {
    match err {
        SdkError::TimeoutError(_) | SdkError::DispatchFailure(_) | SdkError::ResponseError(_) => {
            true
        }
        SdkError::ServiceError(service) => {
            service.raw().status().is_server_error()
                || service
                    .err()
                    .code()
                    .is_some_and(|code| RETRYABLE_CODES.contains(&code))
        }
        _ => false,
    }
}

/// Maps an SDK failure to a port error, naming the operation and the full error chain (plain
/// `Display` says only "service error").
pub(crate) fn sdk_error<E>(operation: &str, err: SdkError<E, HttpResponse>) -> PortError
where
    E: ProvideErrorMetadata + std::error::Error + 'static,
{
    let text = format!("{operation}: {}", DisplayErrorContext(&err));
    if is_retryable(&err) {
        PortError::Retryable(text)
    } else {
        PortError::Permanent(text)
    }
}

/// Builders of SDK failures for the error-mapping tests.
#[cfg(test)]
pub(crate) mod test_errors {
    use super::*;
    use aws_sdk_dynamodb::error::ErrorMetadata;
    use aws_smithy_types::body::SdkBody;

    pub fn meta(code: &str) -> ErrorMetadata {
        ErrorMetadata::builder()
            .code(code)
            .message("from a test")
            .build()
    }

    pub fn service<E>(err: E, status: u16) -> SdkError<E, HttpResponse> {
        let status = status.try_into().expect("a valid status code");
        SdkError::service_error(err, HttpResponse::new(status, SdkBody::empty()))
    }

    pub fn timeout<E>() -> SdkError<E, HttpResponse> {
        SdkError::timeout_error("test timeout")
    }
}

#[cfg(test)]
mod tests {
    use super::test_errors::*;
    use super::*;
    use aws_sdk_dynamodb::operation::put_item::PutItemError;
    use aws_sdk_dynamodb::types::error::{
        ConditionalCheckFailedException, ProvisionedThroughputExceededException,
    };

    fn retryable(err: SdkError<PutItemError, HttpResponse>) -> bool {
        matches!(sdk_error("PutItem", err), PortError::Retryable(_))
    }

    #[test]
    fn throttling_timeouts_and_5xx_are_retryable() {
        let throttled = PutItemError::ProvisionedThroughputExceededException(
            ProvisionedThroughputExceededException::builder()
                .meta(meta("ProvisionedThroughputExceededException"))
                .build(),
        );
        assert!(retryable(service(throttled, 400)));
        assert!(retryable(service(
            PutItemError::generic(meta("ThrottlingException")),
            400
        )));
        assert!(retryable(service(
            PutItemError::generic(meta("SomethingNew")),
            503
        )));
        assert!(retryable(timeout()));
    }

    #[test]
    fn other_service_errors_are_permanent_and_say_why() {
        let err = service(PutItemError::generic(meta("ValidationException")), 400);
        match sdk_error("PutItem", err) {
            PortError::Permanent(text) => {
                assert!(
                    text.contains("PutItem") && text.contains("ValidationException"),
                    "{text}"
                )
            }
            other => panic!("expected a permanent error, got {other:?}"),
        }
        let failed = PutItemError::ConditionalCheckFailedException(
            ConditionalCheckFailedException::builder()
                .meta(meta("ConditionalCheckFailedException"))
                .build(),
        );
        assert!(!retryable(service(failed, 400)));
    }
}
