//! A buyer's time zone from the shipping address: the ZIP table lookup alone, and the whole
//! address rule the planner runs (ZIP, then state, then country).

use std::hint::black_box;

use aftercare::zone::{us_zip_zone, zone_for_address};
use aftercare::Marketplace;
use criterion::{criterion_group, criterion_main, Criterion};

fn zone(c: &mut Criterion) {
    // The table is parsed once on first use; measure lookups, as every order after the first.
    assert!(us_zip_zone("47501").is_some());
    let mut group = c.benchmark_group("zone");
    group.bench_function("us_zip_zone", |b| {
        b.iter(|| us_zip_zone(black_box("47501-1234")))
    });
    group.bench_function("zone_for_address_us_zip", |b| {
        b.iter(|| {
            zone_for_address(
                black_box(Some("60601")),
                black_box(Some("IL")),
                black_box(Some("US")),
                Marketplace::Us,
            )
        })
    });
    group.finish();
}

criterion_group!(benches, zone);
criterion_main!(benches);
