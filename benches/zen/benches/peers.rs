//! IPS-25 scoring side by side: every bench scores all 200 reviews of
//! `benches/inputs/reviews.json` per iteration (divide by 200 for a review).
//!
//! - `floor`: hand-written match/if over the plain numbers;
//! - `sefidelity_fast`: typed Evidence built from the plain numbers, the 25 scores from
//!   `ips25::score_items` (the typed fast path);
//! - `sefidelity_typed`: typed Evidence built from the plain numbers, scored by `Review`
//!   (every basis kept);
//! - `sefidelity_document`: `document::evaluate`, JSON request text in, JSON report text out;
//! - `zen_variable`: the JDM model (loaded and compiled once), input `Variable`s built once;
//! - `zen_json_text`: the same, from the input's JSON text to the result's JSON text.

use divan::{Bencher, black_box};
use sefidelity_zen_bench::{Zen, cases, floor, sefidelity_document, sefidelity_fast, sefidelity_typed, zen_input};

fn main() {
    divan::main();
}

#[divan::bench]
fn floor_200(bencher: Bencher<'_, '_>) {
    let inputs: Vec<_> = cases().iter().map(|c| c.input).collect();
    bencher.bench_local(|| {
        for x in black_box(&inputs) {
            black_box(floor(x));
        }
    });
}

#[divan::bench]
fn sefidelity_fast_200(bencher: Bencher<'_, '_>) {
    let inputs: Vec<_> = cases().iter().map(|c| c.input).collect();
    bencher.bench_local(|| {
        for x in black_box(&inputs) {
            black_box(sefidelity_fast(x));
        }
    });
}

#[divan::bench]
fn sefidelity_typed_200(bencher: Bencher<'_, '_>) {
    let inputs: Vec<_> = cases().iter().map(|c| c.input).collect();
    bencher.bench_local(|| {
        for x in black_box(&inputs) {
            black_box(sefidelity_typed(x));
        }
    });
}

#[divan::bench]
fn sefidelity_document_200(bencher: Bencher<'_, '_>) {
    let requests: Vec<String> = cases().into_iter().map(|c| c.request).collect();
    bencher.bench_local(|| {
        for request in black_box(&requests) {
            black_box(sefidelity_document(request));
        }
    });
}

#[divan::bench(sample_count = 30, sample_size = 1)]
fn zen_variable_200(bencher: Bencher<'_, '_>) {
    let Ok(zen) = Zen::load() else { return };
    let inputs: Vec<_> = cases().iter().filter_map(|c| zen_input(&c.input_json).ok()).collect();
    bencher.bench_local(|| {
        zen.block_on(async {
            for input in black_box(&inputs) {
                let _ = black_box(zen.scores(input.clone()).await);
            }
        });
    });
}

#[divan::bench(sample_count = 30, sample_size = 1)]
fn zen_json_text_200(bencher: Bencher<'_, '_>) {
    let Ok(zen) = Zen::load() else { return };
    let texts: Vec<String> = cases().into_iter().map(|c| c.input_json).collect();
    bencher.bench_local(|| {
        zen.block_on(async {
            for text in black_box(&texts) {
                let _ = black_box(zen.evaluate_json(text).await);
            }
        });
    });
}
