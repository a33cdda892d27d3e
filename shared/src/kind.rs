//! The ten purposes an Aftercare email can have.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// What an email is for. Every campaign has exactly one kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CampaignKind {
    FollowUp,
    ProductInfo,
    PreventNegative,
    SentimentCheck,
    UpgradeSurvey,
    RepeatBuyer,
    BulkBuyer,
    ShipmentNotice,
    ReviewRequest,
    /// Off unless the seller adds it: after a 1–2★ feedback, an offer to fix the problem. Never
    /// asks to change the feedback and never offers anything for it.
    ServiceRecovery,
}

impl CampaignKind {
    pub const ALL: [CampaignKind; 10] = [
        Self::FollowUp,
        Self::ProductInfo,
        Self::PreventNegative,
        Self::SentimentCheck,
        Self::UpgradeSurvey,
        Self::RepeatBuyer,
        Self::BulkBuyer,
        Self::ShipmentNotice,
        Self::ReviewRequest,
        Self::ServiceRecovery,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::FollowUp => "follow_up",
            Self::ProductInfo => "product_info",
            Self::PreventNegative => "prevent_negative",
            Self::SentimentCheck => "sentiment_check",
            Self::UpgradeSurvey => "upgrade_survey",
            Self::RepeatBuyer => "repeat_buyer",
            Self::BulkBuyer => "bulk_buyer",
            Self::ShipmentNotice => "shipment_notice",
            Self::ReviewRequest => "review_request",
            Self::ServiceRecovery => "service_recovery",
        }
    }

    /// The only kind allowed to ask for a review or feedback.
    pub fn may_ask_for_review(self) -> bool {
        self == Self::ReviewRequest
    }

    /// Kinds whose message is needed to complete the order, the only ones that may carry
    /// `[Important]` in the subject.
    pub fn is_order_critical(self) -> bool {
        self == Self::ShipmentNotice
    }
}

impl fmt::Display for CampaignKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, thiserror::Error)]
#[error("unknown campaign kind `{0}` (expected one of follow_up, product_info, prevent_negative, sentiment_check, upgrade_survey, repeat_buyer, bulk_buyer, shipment_notice, review_request, service_recovery)")]
pub struct UnknownKind(pub String);

impl FromStr for CampaignKind {
    type Err = UnknownKind;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == s.trim())
            .ok_or_else(|| UnknownKind(s.to_string()))
    }
}
