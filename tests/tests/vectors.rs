//! Replays the conformance corpus through the Rust core.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "test code: a broken assumption should fail the test"
)]

use sefidelity_tests::{Core, load, replay};

#[test]
fn every_vector_passes_through_the_core() {
    match replay(&Core) {
        Ok(count) => assert!(count >= 40, "the corpus must hold at least 40 cases; it holds {count}"),
        Err(failures) => panic!("{} vector(s) failed:\n{}", failures.len(), failures.join("\n")),
    }
}

/// Every error code a document can reach has a vector. Not reachable from JSON, so not listed:
/// `non_finite_value` (JSON has no NaN or infinity; a number beyond `f64` is `malformed_json`),
/// `scale_mismatch` (typed comparisons only) and `internal`.
#[test]
fn the_corpus_covers_successes_and_every_kind_of_error() {
    let vectors = load().unwrap();
    let mut errors = std::collections::BTreeSet::new();
    let mut successes = 0;
    for v in &vectors {
        let text = std::fs::read_to_string(&v.response_path).unwrap();
        let response: serde_json::Value = serde_json::from_str(&text).unwrap();
        match response["error"]["code"].as_str() {
            Some(code) => {
                errors.insert(code.to_owned());
            }
            None => successes += 1,
        }
    }
    assert!(successes >= 15, "{successes} success cases");
    for code in [
        "malformed_json",
        "input_too_large",
        "nesting_too_deep",
        "unknown_scale",
        "unknown_item",
        "unknown_component",
        "rating_out_of_range",
        "rating_not_whole_number",
        "negative_value",
        "percent_over_100",
        "count_over_components",
        "form_not_accepted",
        "duplicate_item",
        "unsupported_version",
        "unknown_operation",
        "missing_field",
        "unknown_field",
        "wrong_type",
        "unknown_value",
        "duplicate_field",
        "duplicate_component",
        "conflicting_evidence",
        "empty_evidence",
        "value_out_of_range",
        "not_whole_number",
    ] {
        assert!(errors.contains(code), "no vector for error {code}");
    }
}
