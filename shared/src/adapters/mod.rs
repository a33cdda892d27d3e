#[cfg(feature = "aws")]
pub mod aws;
pub mod contract;
#[cfg(feature = "local")]
pub mod local;
#[cfg(feature = "signed-http")]
pub mod signed;
pub mod simulated;
#[cfg(feature = "spapi")]
pub mod spapi;

/// The AWS SDK's config loader (credentials, region, endpoint from the environment) with the
/// HTTPS client every SDK client here uses: rustls on `ring`. The SDK's own default, rustls on
/// AWS-LC, is left out of the build; it would compile AWS-LC's C library for every target.
#[cfg(any(feature = "aws", feature = "signed-http"))]
pub fn aws_sdk_loader() -> aws_config::ConfigLoader {
    use aws_smithy_http_client::tls::{rustls_provider::CryptoMode, Provider};
    let https = aws_smithy_http_client::Builder::new()
        .tls_provider(Provider::Rustls(CryptoMode::Ring))
        .build_https();
    aws_config::defaults(aws_config::BehaviorVersion::latest()).http_client(https)
}
