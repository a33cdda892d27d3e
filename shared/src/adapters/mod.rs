pub mod contract;
pub mod local;
