//! Helpers the Lambda tests share.

pub mod iam;
