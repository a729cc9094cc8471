//! Per-review times of the four peers and the ratios the performance issue sets targets
//! for. The peers run interleaved, round by round, so that load from other processes falls
//! on all of them alike; each is reported by its median and its fastest round.
//!
//! `cargo run --release --bin ratios [ROUNDS]` (default 40).

use std::hint::black_box;
use std::time::Instant;

use sefidelity_zen_bench::{
    Zen, cases, floor, sefidelity_document, sefidelity_fast, sefidelity_fast_typed, sefidelity_typed,
    typed_evidence_array, zen_input,
};

/// Nanoseconds per review for `passes` passes of `run` over the 200 cases.
fn time(passes: u32, cases: usize, mut run: impl FnMut()) -> f64 {
    let start = Instant::now();
    for _ in 0..passes {
        run();
    }
    start.elapsed().as_nanos() as f64 / f64::from(passes) / cases as f64
}

fn main() -> Result<(), String> {
    let rounds: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(40);
    let cases = cases();
    let n = cases.len();
    let inputs: Vec<_> = cases.iter().map(|c| c.input).collect();
    // The typed path's own input, built before timing as the floor's `Input` is.
    let evidence = inputs.iter().map(typed_evidence_array).collect::<Option<Vec<_>>>().ok_or("untypable review")?;
    let requests: Vec<&str> = cases.iter().map(|c| c.request.as_str()).collect();
    let texts: Vec<&str> = cases.iter().map(|c| c.input_json.as_str()).collect();
    let zen = Zen::load()?;
    let variables = cases.iter().map(|c| zen_input(&c.input_json)).collect::<Result<Vec<_>, _>>()?;

    let names = [
        "floor",
        "sefidelity typed fast",
        "  + typing the numbers",
        "sefidelity typed Review",
        "sefidelity document",
        "zen (Variable in)",
        "zen (JSON text in/out)",
    ];
    let mut samples: Vec<Vec<f64>> = vec![Vec::new(); names.len()];
    for round in 0..=rounds {
        let t = [
            time(2000, n, || {
                inputs.iter().for_each(|x| {
                    black_box(floor(black_box(x)));
                })
            }),
            time(2000, n, || {
                evidence.iter().for_each(|e| {
                    black_box(sefidelity_fast_typed(black_box(e)));
                })
            }),
            time(1000, n, || {
                inputs.iter().for_each(|x| {
                    black_box(sefidelity_fast(black_box(x)));
                })
            }),
            time(50, n, || {
                inputs.iter().for_each(|x| {
                    black_box(sefidelity_typed(black_box(x)));
                })
            }),
            time(2, n, || {
                requests.iter().for_each(|r| {
                    black_box(sefidelity_document(black_box(r)));
                })
            }),
            time(1, n, || {
                zen.block_on(async {
                    for v in &variables {
                        let _ = black_box(zen.scores(black_box(v).clone()).await);
                    }
                });
            }),
            time(1, n, || {
                zen.block_on(async {
                    for text in &texts {
                        let _ = black_box(zen.evaluate_json(black_box(text)).await);
                    }
                });
            }),
        ];
        if round > 0 {
            // Round 0 warms up.
            for (s, t) in samples.iter_mut().zip(t) {
                s.push(t);
            }
        }
    }
    let stat = |s: &mut Vec<f64>| {
        s.sort_by(f64::total_cmp);
        (s[s.len() / 2], s[0])
    };
    let stats: Vec<(f64, f64)> = samples.iter_mut().map(stat).collect();
    println!("{n} reviews x {rounds} rounds; ns per review");
    println!("{:<24} {:>12} {:>12}", "peer", "median", "fastest");
    for (name, (median, fastest)) in names.iter().zip(&stats) {
        println!("{name:<24} {median:>12.1} {fastest:>12.1}");
    }
    let ratio = |a: usize, b: usize| (stats[a].0 / stats[b].0, stats[a].1 / stats[b].1);
    println!("{:<34} {:>8} {:>8}  target", "ratio (median, fastest)", "median", "fastest");
    for (label, (a, b), target, holds) in [
        ("sefidelity typed fast / floor", (1, 0), "<= 2x", (|r: f64| r <= 2.0) as fn(f64) -> bool),
        ("  with typing the numbers / floor", (2, 0), "(no target)", |_| true),
        ("zen / sefidelity typed fast", (5, 1), ">= 100x", |r| r >= 100.0),
        ("zen / typed fast with typing", (5, 2), ">= 100x", |r| r >= 100.0),
        ("sefidelity typed Review / floor", (3, 0), "(no target)", |_| true),
        ("zen / sefidelity typed Review", (5, 3), ">= 100x", |r| r >= 100.0),
        ("zen / sefidelity document", (5, 4), ">= 8x", |r| r >= 8.0),
        ("zen JSON text / sefidelity document", (6, 4), ">= 8x", |r| r >= 8.0),
    ] {
        let (median, fastest) = ratio(a, b);
        let verdict = if holds(median) { "holds" } else { "MISSED" };
        println!("{label:<34} {median:>7.1}x {fastest:>7.1}x  {target} {verdict}");
    }
    Ok(())
}
