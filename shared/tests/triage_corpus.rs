//! The triage rules over a labelled corpus of buyer comments (`tests/fixtures/feedback/`):
//! per-ground precision and recall, printed as a table (`--nocapture`) and held above floors;
//! a second table splits them by the comment's language (the id's prefix: en, de, ja, fr, it,
//! es; xx for languages no word table covers).

use std::collections::BTreeMap;
use std::path::PathBuf;

use aftercare::triage::Ground;

#[path = "support/feedback_cases.rs"]
mod feedback_cases;

use feedback_cases::{classify, expected, Case, Tally};

fn corpus() -> Vec<Case> {
    feedback_cases::load(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/feedback/corpus.jsonl"),
    )
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
        let expected = expected(c);
        let got = classify(c);
        let language = c.id.split('-').next().unwrap_or("?").to_string();
        for g in Ground::ALL {
            let (want, found) = (expected.contains(&g), got.contains(&g));
            tallies
                .get_mut(&g)
                .expect("every ground tallied")
                .add(want, found);
            by_language
                .entry((language.clone(), g))
                .or_default()
                .add(want, found);
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
