//! Labelled seller-feedback comments for the triage corpus tests (`tests/fixtures/feedback/*.jsonl`,
//! one JSON object per line, `#` lines are notes): loading, running the triage, and counting.

use std::path::Path;

use aftercare::order::{Feedback, Fulfillment};
use aftercare::triage::{self, Context, Ground};
use aftercare::Marketplace;
use chrono::{TimeZone, Utc};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub id: String,
    pub rating: u8,
    #[serde(default)]
    pub comment: Option<String>,
    #[serde(default)]
    pub arrived_on_time: Option<bool>,
    #[serde(default)]
    pub item_as_described: Option<bool>,
    #[serde(default)]
    pub good_service: Option<bool>,
    pub fulfillment: Fulfillment,
    pub marketplace: Marketplace,
    #[serde(default)]
    pub product: Option<String>,
    #[serde(default)]
    pub staff: Vec<String>,
    pub grounds: Vec<String>,
}

/// Every case in a JSONL file; a line that does not parse fails with its file and line.
pub fn load(path: &Path) -> Vec<Case> {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: cannot read: {e}", path.display()));
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|(i, l)| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), i + 1))
        })
        .collect()
}

/// The grounds a case is labelled with.
pub fn expected(c: &Case) -> Vec<Ground> {
    c.grounds
        .iter()
        .map(|g| g.parse().unwrap_or_else(|e| panic!("{}: {e}", c.id)))
        .collect()
}

/// The grounds the triage finds.
pub fn classify(c: &Case) -> Vec<Ground> {
    let feedback = Feedback {
        rating: c.rating,
        comment: c.comment.clone(),
        arrived_on_time: c.arrived_on_time,
        item_as_described: c.item_as_described,
        good_service: c.good_service,
        left_at: Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap(),
    };
    let ctx = Context {
        fulfillment: Some(c.fulfillment),
        marketplace: Some(c.marketplace),
        staff_names: c.staff.clone(),
        product_words: c
            .product
            .iter()
            .flat_map(|t| t.split(|ch: char| !ch.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect(),
    };
    triage::triage(&feedback, &ctx)
        .map(|t| t.grounds())
        .unwrap_or_default()
}

/// True positives, false positives and false negatives of one ground.
#[derive(Default, Clone, Copy)]
pub struct Tally {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Tally {
    pub fn add(&mut self, expected: bool, got: bool) {
        match (expected, got) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => {}
        }
    }

    pub fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }

    pub fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
}
