//! The triage rules over a holdout set of buyer comments written apart from the word lists
//! (`tests/fixtures/feedback/holdout.jsonl`, same line format as the main corpus). Case ids start
//! with the comment's language (`de-07`). Prints per-language, per-ground precision and recall
//! (`--nocapture`) and holds the product-review ground to floors.

use std::collections::BTreeMap;
use std::path::PathBuf;

use aftercare::order::{Feedback, Fulfillment};
use aftercare::triage::{self, Context, Ground};
use aftercare::Marketplace;
use chrono::{TimeZone, Utc};
use serde::Deserialize;

const LANGUAGES: [&str; 6] = ["en", "de", "ja", "fr", "it", "es"];

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

fn holdout() -> Vec<Case> {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/feedback/holdout.jsonl");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: cannot read: {e}", path.display()));
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|(i, l)| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), i + 1))
        })
        .collect()
}

fn language(c: &Case) -> &str {
    let lang = c.id.split('-').next().unwrap_or_default();
    assert!(
        LANGUAGES.contains(&lang),
        "{}: the id must start with one of {LANGUAGES:?}",
        c.id
    );
    lang
}

fn expected(c: &Case) -> Vec<Ground> {
    c.grounds
        .iter()
        .map(|g| g.parse().unwrap_or_else(|e| panic!("{}: {e}", c.id)))
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

#[derive(Default, Clone, Copy)]
struct Tally {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Tally {
    fn add(&mut self, expected: bool, got: bool) {
        match (expected, got) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => {}
        }
    }
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
fn holdout_is_well_formed() {
    let cases = holdout();
    for lang in LANGUAGES {
        let of_lang: Vec<&Case> = cases.iter().filter(|c| language(c) == lang).collect();
        assert!(of_lang.len() >= 25, "{lang}: {} comments", of_lang.len());
        let product = of_lang
            .iter()
            .filter(|c| expected(c).contains(&Ground::ProductReview))
            .count();
        assert!(
            product >= 8 && of_lang.len() - product >= 8,
            "{lang}: {product} product-review comments of {}",
            of_lang.len()
        );
    }
    for c in &cases {
        assert!((1..=3).contains(&c.rating), "{}: rating {}", c.id, c.rating);
    }
}

#[test]
fn holdout_precision_and_recall_per_language() {
    let cases = holdout();
    let mut tallies: BTreeMap<(&str, Ground), Tally> = BTreeMap::new();
    let mut misses = Vec::new();
    for c in &cases {
        let lang = language(c);
        let want = expected(c);
        let got = classify(c);
        for g in Ground::ALL {
            tallies
                .entry((lang, g))
                .or_default()
                .add(want.contains(&g), got.contains(&g));
        }
        let (mut w, mut g) = (want.clone(), got.clone());
        w.sort();
        g.sort();
        if w != g {
            misses.push(format!("  {:<7} expected {:?}, got {:?}", c.id, w, g));
        }
    }

    let mut overall: BTreeMap<Ground, Tally> = BTreeMap::new();
    println!("\nTriage holdout: {} comments", cases.len());
    println!(
        "{:<5} {:<24} {:>4} {:>4} {:>4} {:>10} {:>8}",
        "lang", "ground", "tp", "fp", "fn", "precision", "recall"
    );
    for lang in LANGUAGES {
        for g in Ground::ALL {
            let t = tallies.get(&(lang, g)).copied().unwrap_or_default();
            let o = overall.entry(g).or_default();
            o.tp += t.tp;
            o.fp += t.fp;
            o.fn_ += t.fn_;
            if t.tp + t.fp + t.fn_ == 0 {
                continue;
            }
            println!(
                "{:<5} {:<24} {:>4} {:>4} {:>4} {:>9.0}% {:>7.0}%",
                lang,
                g.as_str(),
                t.tp,
                t.fp,
                t.fn_,
                100.0 * t.precision(),
                100.0 * t.recall()
            );
        }
    }
    for (g, t) in &overall {
        println!(
            "{:<5} {:<24} {:>4} {:>4} {:>4} {:>9.0}% {:>7.0}%",
            "all",
            g.as_str(),
            t.tp,
            t.fp,
            t.fn_,
            100.0 * t.precision(),
            100.0 * t.recall()
        );
    }
    if !misses.is_empty() {
        println!("Differences:\n{}", misses.join("\n"));
    }

    let product = overall
        .get(&Ground::ProductReview)
        .copied()
        .unwrap_or_default();
    assert!(
        product.precision() >= 0.95,
        "product_review precision {:.3}",
        product.precision()
    );
    assert!(
        product.recall() >= 0.95,
        "product_review recall {:.3}",
        product.recall()
    );
    // Delivery-only comments on FBA orders: a regression floor at what the rules reach.
    let fba = overall
        .get(&Ground::FbaFulfillment)
        .copied()
        .unwrap_or_default();
    assert!(
        fba.precision() >= 0.95 && fba.recall() >= 0.95,
        "fba_fulfillment precision {:.3}, recall {:.3}",
        fba.precision(),
        fba.recall()
    );
}

// ---------------------------------------------------------------- second holdout
// `tests/fixtures/feedback/holdout2.jsonl`: written later and apart from the word lists and the
// first holdout, kept for the final measurement. Same line format; ids are `b-<lang>-<n>`.

fn holdout2() -> Vec<Case> {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/feedback/holdout2.jsonl");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: cannot read: {e}", path.display()));
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|(i, l)| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), i + 1))
        })
        .collect()
}

fn language2(c: &Case) -> &str {
    let lang =
        c.id.strip_prefix("b-")
            .and_then(|rest| rest.split('-').next())
            .unwrap_or_default();
    assert!(
        LANGUAGES.contains(&lang),
        "{}: the id must be b-<lang>-… with a language of {LANGUAGES:?}",
        c.id
    );
    lang
}

#[test]
fn holdout2_is_well_formed() {
    let cases = holdout2();
    for lang in LANGUAGES {
        let of_lang: Vec<&Case> = cases.iter().filter(|c| language2(c) == lang).collect();
        assert!(of_lang.len() >= 20, "{lang}: {} comments", of_lang.len());
        let product = of_lang
            .iter()
            .filter(|c| expected(c).contains(&Ground::ProductReview))
            .count();
        assert!(
            product >= 8 && of_lang.len() - product >= 8,
            "{lang}: {product} product-review comments of {}",
            of_lang.len()
        );
    }
    let mut ids: Vec<&str> = cases.iter().map(|c| c.id.as_str()).collect();
    ids.sort_unstable();
    let before = ids.len();
    ids.dedup();
    assert_eq!(before, ids.len(), "duplicate case ids");
    for c in &cases {
        assert!((1..=3).contains(&c.rating), "{}: rating {}", c.id, c.rating);
    }
}

#[test]
fn holdout2_precision_and_recall_per_language() {
    let cases = holdout2();
    let mut tallies: BTreeMap<(&str, Ground), Tally> = BTreeMap::new();
    let mut misses = Vec::new();
    for c in &cases {
        let lang = language2(c);
        let mut want = expected(c);
        let mut got = classify(c);
        for g in Ground::ALL {
            tallies
                .entry((lang, g))
                .or_default()
                .add(want.contains(&g), got.contains(&g));
        }
        want.sort();
        got.sort();
        if want != got {
            misses.push(format!("  {:<9} expected {:?}, got {:?}", c.id, want, got));
        }
    }

    let row = |lang: &str, g: Ground, t: &Tally| {
        println!(
            "{:<5} {:<24} {:>4} {:>4} {:>4} {:>9.0}% {:>7.0}%",
            lang,
            g.as_str(),
            t.tp,
            t.fp,
            t.fn_,
            100.0 * t.precision(),
            100.0 * t.recall()
        )
    };
    let mut overall: BTreeMap<Ground, Tally> = BTreeMap::new();
    println!(
        "\nTriage holdout 2 (final measurement): {} comments",
        cases.len()
    );
    println!(
        "{:<5} {:<24} {:>4} {:>4} {:>4} {:>10} {:>8}",
        "lang", "ground", "tp", "fp", "fn", "precision", "recall"
    );
    for lang in LANGUAGES {
        for g in Ground::ALL {
            let t = tallies.get(&(lang, g)).copied().unwrap_or_default();
            let o = overall.entry(g).or_default();
            o.tp += t.tp;
            o.fp += t.fp;
            o.fn_ += t.fn_;
            if t.tp + t.fp + t.fn_ > 0 {
                row(lang, g, &t);
            }
        }
    }
    for (g, t) in &overall {
        row("all", *g, t);
    }
    if !misses.is_empty() {
        println!("Differences:\n{}", misses.join("\n"));
    }

    let product = overall
        .get(&Ground::ProductReview)
        .copied()
        .unwrap_or_default();
    assert!(
        product.precision() >= 0.95,
        "product_review precision {:.3}",
        product.precision()
    );
    assert!(
        product.recall() >= 0.95,
        "product_review recall {:.3}",
        product.recall()
    );
}

// ---------------------------------------------------------------- third holdout
// `tests/fixtures/feedback/holdout3.jsonl`: written last and apart from the word lists, the main
// corpus and both earlier holdouts, kept for the final measurement. Ids are `c-<lang>-<n>`.

fn holdout3() -> Vec<Case> {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/feedback/holdout3.jsonl");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: cannot read: {e}", path.display()));
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|(i, l)| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), i + 1))
        })
        .collect()
}

fn language3(c: &Case) -> &str {
    let lang =
        c.id.strip_prefix("c-")
            .and_then(|rest| rest.split('-').next())
            .unwrap_or_default();
    assert!(
        LANGUAGES.contains(&lang),
        "{}: the id must be c-<lang>-… with a language of {LANGUAGES:?}",
        c.id
    );
    lang
}

#[test]
fn holdout3_is_well_formed() {
    let cases = holdout3();
    for lang in LANGUAGES {
        let of_lang: Vec<&Case> = cases.iter().filter(|c| language3(c) == lang).collect();
        assert!(of_lang.len() >= 12, "{lang}: {} comments", of_lang.len());
        let product = of_lang
            .iter()
            .filter(|c| expected(c).contains(&Ground::ProductReview))
            .count();
        assert!(
            product >= 5 && of_lang.len() - product >= 5,
            "{lang}: {product} product-review comments of {}",
            of_lang.len()
        );
        let fba = of_lang
            .iter()
            .filter(|c| c.grounds.iter().any(|g| g == "fba_fulfillment"))
            .count();
        assert!(fba >= 1, "{lang}: no fba_fulfillment comment");
    }
    let mut ids: Vec<&str> = cases.iter().map(|c| c.id.as_str()).collect();
    ids.sort_unstable();
    let before = ids.len();
    ids.dedup();
    assert_eq!(before, ids.len(), "duplicate case ids");
    for c in &cases {
        assert!((1..=3).contains(&c.rating), "{}: rating {}", c.id, c.rating);
        assert!(
            c.comment.as_deref().is_some_and(|t| !t.trim().is_empty()),
            "{}: a comment is needed",
            c.id
        );
        if c.grounds.iter().any(|g| g == "fba_fulfillment") {
            assert!(
                c.fulfillment == Fulfillment::Fba,
                "{}: fba_fulfillment needs an FBA order",
                c.id
            );
        }
        // Every ground must parse.
        let _ = expected(c);
    }
}

#[test]
fn holdout3_precision_and_recall_per_language() {
    let cases = holdout3();
    let mut tallies: BTreeMap<(&str, Ground), Tally> = BTreeMap::new();
    let mut misses = Vec::new();
    for c in &cases {
        let lang = language3(c);
        let mut want = expected(c);
        let mut got = classify(c);
        for g in Ground::ALL {
            tallies
                .entry((lang, g))
                .or_default()
                .add(want.contains(&g), got.contains(&g));
        }
        want.sort();
        got.sort();
        if want != got {
            misses.push(format!("  {:<9} expected {:?}, got {:?}", c.id, want, got));
        }
    }

    let row = |lang: &str, g: Ground, t: &Tally| {
        println!(
            "{:<5} {:<24} {:>4} {:>4} {:>4} {:>9.0}% {:>7.0}%",
            lang,
            g.as_str(),
            t.tp,
            t.fp,
            t.fn_,
            100.0 * t.precision(),
            100.0 * t.recall()
        )
    };
    let mut overall: BTreeMap<Ground, Tally> = BTreeMap::new();
    println!(
        "\nTriage holdout 3 (final measurement): {} comments",
        cases.len()
    );
    println!(
        "{:<5} {:<24} {:>4} {:>4} {:>4} {:>10} {:>8}",
        "lang", "ground", "tp", "fp", "fn", "precision", "recall"
    );
    for lang in LANGUAGES {
        for g in Ground::ALL {
            let t = tallies.get(&(lang, g)).copied().unwrap_or_default();
            let o = overall.entry(g).or_default();
            o.tp += t.tp;
            o.fp += t.fp;
            o.fn_ += t.fn_;
            if t.tp + t.fp + t.fn_ > 0 {
                row(lang, g, &t);
            }
        }
    }
    for (g, t) in &overall {
        row("all", *g, t);
    }
    if !misses.is_empty() {
        println!("Differences:\n{}", misses.join("\n"));
    }

    let product = overall
        .get(&Ground::ProductReview)
        .copied()
        .unwrap_or_default();
    assert!(
        product.precision() >= 0.95,
        "product_review precision {:.3}",
        product.precision()
    );
    assert!(
        product.recall() >= 0.95,
        "product_review recall {:.3}",
        product.recall()
    );
}
