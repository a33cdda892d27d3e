//! The triage rules over a labelled corpus of buyer comments (`tests/fixtures/feedback/`):
//! per-ground precision and recall, printed as a table (`--nocapture`) and held above floors;
//! a second table splits them by the comment's language (the id's prefix: en, de, ja, fr, it,
//! es; xx for languages no word table covers).

use std::collections::BTreeMap;
use std::path::PathBuf;

use aftercare::order::{Feedback, Fulfillment};
use aftercare::triage::{self, Context, Ground};
use aftercare::Marketplace;
use chrono::{TimeZone, Utc};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    id: String,
    rating: u8,
    #[serde(default)]
    comment: Option<String>,
    #[serde(default)]
    arrived_on_time: Option<bool>,
    #[serde(default)]
    item_as_described: Option<bool>,
    #[serde(default)]
    good_service: Option<bool>,
    fulfillment: Fulfillment,
    marketplace: Marketplace,
    #[serde(default)]
    product: Option<String>,
    #[serde(default)]
    staff: Vec<String>,
    grounds: Vec<String>,
}

fn corpus() -> Vec<Case> {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/feedback/corpus.jsonl");
    let text = std::fs::read_to_string(&path).expect("corpus file");
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|(i, l)| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), i + 1))
        })
        .collect()
}

fn classify(c: &Case) -> Vec<Ground> {
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

#[derive(Default)]
struct Tally {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Tally {
    fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
}

#[test]
fn corpus_precision_and_recall_per_ground() {
    let cases = corpus();
    assert!(cases.len() >= 40, "the corpus has {} comments", cases.len());
    let mut tallies: BTreeMap<Ground, Tally> = Ground::ALL.map(|g| (g, Tally::default())).into();
    let mut by_language: BTreeMap<(String, Ground), Tally> = BTreeMap::new();
    let mut per_language: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut misses = Vec::new();
    let mut exact = 0;
    for c in &cases {
        let expected: Vec<Ground> = c
            .grounds
            .iter()
            .map(|g| g.parse().unwrap_or_else(|e| panic!("{}: {e}", c.id)))
            .collect();
        let got = classify(c);
        let language = c.id.split('-').next().unwrap_or("?").to_string();
        for g in Ground::ALL {
            let t = tallies.get_mut(&g).expect("every ground tallied");
            let l = by_language.entry((language.clone(), g)).or_default();
            match (expected.contains(&g), got.contains(&g)) {
                (true, true) => {
                    t.tp += 1;
                    l.tp += 1;
                }
                (false, true) => {
                    t.fp += 1;
                    l.fp += 1;
                }
                (true, false) => {
                    t.fn_ += 1;
                    l.fn_ += 1;
                }
                (false, false) => {}
            }
        }
        let mut e = expected.clone();
        let mut g = got.clone();
        e.sort();
        g.sort();
        let counts = per_language.entry(language).or_default();
        counts.0 += 1;
        if e == g {
            counts.1 += 1;
            exact += 1;
        } else {
            misses.push(format!("  {:<6} expected {:?}, got {:?}", c.id, e, g));
        }
    }
    println!(
        "\nTriage corpus: {} comments, {} classified exactly",
        cases.len(),
        exact
    );
    println!(
        "{:<27} {:>4} {:>4} {:>4} {:>10} {:>8}",
        "ground", "tp", "fp", "fn", "precision", "recall"
    );
    for (g, t) in &tallies {
        println!(
            "{:<27} {:>4} {:>4} {:>4} {:>9.0}% {:>7.0}%",
            g.as_str(),
            t.tp,
            t.fp,
            t.fn_,
            100.0 * t.precision(),
            100.0 * t.recall()
        );
    }
    println!(
        "\n{:<5} {:<27} {:>4} {:>4} {:>4} {:>10} {:>8}",
        "lang", "ground", "tp", "fp", "fn", "precision", "recall"
    );
    for ((lang, g), t) in &by_language {
        if t.tp + t.fp + t.fn_ == 0 {
            continue;
        }
        println!(
            "{:<5} {:<27} {:>4} {:>4} {:>4} {:>9.0}% {:>7.0}%",
            lang,
            g.as_str(),
            t.tp,
            t.fp,
            t.fn_,
            100.0 * t.precision(),
            100.0 * t.recall()
        );
    }
    for (lang, (n, ok)) in &per_language {
        println!("{lang:<5} {ok} of {n} comments classified exactly");
    }
    if !misses.is_empty() {
        println!("Differences:\n{}", misses.join("\n"));
    }
    for (g, t) in &tallies {
        assert!(
            t.tp + t.fn_ >= 4,
            "{g}: the corpus needs at least 4 examples"
        );
        // A wrong removal request wastes the seller's one good shot; precision matters most.
        assert!(t.precision() >= 0.85, "{g}: precision {:.2}", t.precision());
        assert!(t.recall() >= 0.75, "{g}: recall {:.2}", t.recall());
    }
    assert!(
        exact * 100 >= cases.len() * 85,
        "only {exact} of {} comments classified exactly",
        cases.len()
    );
}
