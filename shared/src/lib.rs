//! Aftercare's library: everything that decides something, as plain functions over plain data,
//! plus the ports the decisions need and their local (and, behind a feature, AWS) adapters.

pub mod adapters;
pub mod amazon;
pub mod breaker;
pub mod config;
pub mod connector;
pub mod demo;
#[cfg(feature = "local")]
pub mod faults;
pub mod handlers;
pub mod kind;
pub mod languages;
pub mod lint;
pub mod marketplace;
pub mod metrics;
pub mod mime;
pub mod optout;
pub mod order;
mod pattern;
pub mod pipeline;
pub mod planner;
pub mod ports;
pub mod published;
pub mod rate;
pub mod schedule;
pub mod send;
pub mod signature;
#[cfg(feature = "local")]
pub mod simulate;
pub mod template;
pub mod triage;
pub mod window;
pub mod zone;

pub use kind::CampaignKind;
pub use marketplace::Marketplace;
