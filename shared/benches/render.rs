//! Rendering one starter email in full (subject, text and HTML) for the sample order, as the
//! dispatcher does for every send, and the bare Tera render of the subject and text alone (the
//! part `bench/render-vs-jinja2` compares with Python's jinja2).

use std::hint::black_box;

use aftercare::template::{render, template_context, MessageVars, TemplateSet};
use aftercare::Marketplace;
use criterion::{criterion_group, criterion_main, Criterion};

fn render_benches(c: &mut Criterion) {
    let templates = TemplateSet::builtin();
    let vars = MessageVars::example(Marketplace::Us);
    let mut group = c.benchmark_group("render");
    for name in ["follow_up", "shipment_notice"] {
        let t = templates.get(name, "en-US").expect("a starter template");
        render(t, &vars).expect("the starter renders");
        group.bench_function(format!("full/{name}.en-US"), |b| {
            b.iter(|| render(black_box(t), black_box(&vars)))
        });

        let mut tera = tera::Tera::default();
        tera.add_raw_template("subject", &t.subject)
            .expect("the subject compiles");
        tera.add_raw_template("text", &t.text)
            .expect("the text compiles");
        let context = tera::Context::from_value(template_context(&vars, &t.locale))
            .expect("the context is an object");
        group.bench_function(format!("tera_bare/{name}.en-US"), |b| {
            b.iter(|| {
                let subject = tera.render("subject", black_box(&context));
                let text = tera.render("text", black_box(&context));
                (subject, text)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, render_benches);
criterion_main!(benches);
