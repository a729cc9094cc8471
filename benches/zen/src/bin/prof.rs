use std::hint::black_box;
use sefidelity_zen_bench::{cases, sefidelity_fast};
fn main() {
    let cases = cases();
    for _ in 0..50000 { for c in &cases { black_box(sefidelity_fast(black_box(&c.input))); } }
}
