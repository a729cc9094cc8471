use std::hint::black_box;
use sefidelity_zen_bench::{cases, sefidelity_document};
fn main() {
    let cases = cases();
    for _ in 0..1500 { for c in &cases { black_box(sefidelity_document(black_box(&c.request))); } }
}
