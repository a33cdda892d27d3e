#[cfg(feature = "aws")]
pub mod aws;
pub mod contract;
#[cfg(feature = "local")]
pub mod local;
#[cfg(feature = "spapi")]
pub mod spapi;
