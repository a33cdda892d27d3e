//! Aftercare's library: everything that decides something, as plain functions over plain data,
//! plus the ports the decisions need and their local (and, behind a feature, AWS) adapters.

pub mod kind;
pub mod marketplace;
pub mod zone;

pub use kind::CampaignKind;
pub use marketplace::Marketplace;
pub mod lint;
pub mod optout;
pub mod template;
