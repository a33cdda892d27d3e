#[cfg(feature = "aws")]
pub mod aws;
pub mod contract;
#[cfg(feature = "local")]
pub mod local;
pub mod simulated;
#[cfg(feature = "spapi")]
pub mod spapi;
