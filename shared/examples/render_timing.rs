//! Times the Tera render of one starter template for `bench/render-vs-jinja2`, and prints what
//! the script needs to render the same thing in jinja2, as one JSON object on stdout: the
//! subject and text sources, the context, and the mean time per render in nanoseconds of the
//! bare Tera render (subject + text, compiled once) and of the full render the dispatcher runs
//! (subject + text + HTML, context built from the order).
//!
//! Usage: `cargo run --release -p aftercare-shared --example render_timing -- NAME LOCALE ITERATIONS`

use std::hint::black_box;
use std::process::ExitCode;
use std::time::Instant;

use aftercare::template::{render, template_context, MessageVars, TemplateSet};
use aftercare::Marketplace;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [name, locale, iterations] = args.as_slice() else {
        eprintln!("usage: render_timing NAME LOCALE ITERATIONS");
        return ExitCode::from(2);
    };
    let Ok(iterations) = iterations.parse::<u32>() else {
        eprintln!("ITERATIONS must be a positive number, not `{iterations}`");
        return ExitCode::from(2);
    };
    let iterations = iterations.max(1);
    let templates = TemplateSet::builtin();
    let Some(t) = templates.get(name, locale) else {
        eprintln!("no starter template {name}.{locale}");
        return ExitCode::from(2);
    };
    let Some(marketplace) = Marketplace::ALL
        .iter()
        .copied()
        .find(|m| m.default_locale() == t.locale)
    else {
        eprintln!("no marketplace speaks {locale}");
        return ExitCode::from(2);
    };
    let vars = MessageVars::example(marketplace);
    let context_json = template_context(&vars, &t.locale);

    let mut tera = tera::Tera::default();
    let context = match (
        tera.add_raw_template("subject", &t.subject),
        tera.add_raw_template("text", &t.text),
        tera::Context::from_value(context_json.clone()),
    ) {
        (Ok(()), Ok(()), Ok(context)) => context,
        (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => {
            eprintln!("{name}.{locale}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let bare = || -> tera::Result<(String, String)> {
        Ok((
            tera.render("subject", black_box(&context))?,
            tera.render("text", black_box(&context))?,
        ))
    };
    let (subject, text) = match bare() {
        Ok(out) => out,
        Err(e) => {
            eprintln!("{name}.{locale}: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = render(t, &vars) {
        eprintln!("{e}");
        return ExitCode::FAILURE;
    }

    let started = Instant::now();
    for _ in 0..iterations {
        black_box(bare().ok());
    }
    let bare_ns = started.elapsed().as_nanos() as f64 / f64::from(iterations);
    let started = Instant::now();
    for _ in 0..iterations {
        black_box(render(black_box(t), black_box(&vars)).ok());
    }
    let full_ns = started.elapsed().as_nanos() as f64 / f64::from(iterations);

    let out = serde_json::json!({
        "template": t.key(),
        "subject_source": t.subject,
        "text_source": t.text,
        "context": context_json,
        "rendered_subject": subject,
        "rendered_text": text,
        "iterations": iterations,
        "tera_bare_ns": bare_ns,
        "tera_full_ns": full_ns,
    });
    println!("{out}");
    ExitCode::SUCCESS
}
