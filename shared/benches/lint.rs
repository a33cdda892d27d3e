//! The policy lint of one starter template, as `aftercare lint` runs it on a file.

use std::hint::black_box;

use aftercare::lint::{lint_source, LintContext};
use aftercare::template::starter_files;
use aftercare::CampaignKind;
use criterion::{criterion_group, criterion_main, Criterion};

fn lint(c: &mut Criterion) {
    let (_, source) = starter_files()
        .find(|(file, _)| file == "follow_up.en-US.txt")
        .expect("the follow_up starter");
    let ctx = LintContext::for_kind(CampaignKind::FollowUp);
    // The first call compiles the lint's patterns; every later one reuses them.
    black_box(lint_source(source, &ctx));
    c.bench_function("lint/follow_up.en-US", |b| {
        b.iter(|| lint_source(black_box(source), black_box(&ctx)))
    });
}

criterion_group!(benches, lint);
criterion_main!(benches);
