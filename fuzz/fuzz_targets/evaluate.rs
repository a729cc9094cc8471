//! Fuzzes the document API entry point every binding exposes: any bytes must get a JSON
//! answer — a response or an error document — and never a panic. The request reader is also
//! checked against `serde_json`: malformed JSON must get exactly `serde_json`'s message, line
//! and column, and JSON that `serde_json` reads must never be called malformed.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let answer = sefidelity::document::evaluate_bytes(data);
    let value: serde_json::Value = match serde_json::from_str(&answer) {
        Ok(value) => value,
        Err(e) => panic!("answer is not JSON ({e}): {answer}"),
    };
    if let Some(error) = value.get("error") {
        assert!(error["code"].is_string() && error["message"].is_string(), "{answer}");
    }
    // The reader against serde_json, on UTF-8 the core let through to its reader (not
    // refused as too large or too deep: serde_json's own depth limit is 128, the core's 32).
    let Ok(text) = std::str::from_utf8(data) else { return };
    let code = value.get("error").and_then(|e| e["code"].as_str());
    if matches!(code, Some("input_too_large" | "nesting_too_deep")) {
        return;
    }
    match serde_json::from_str::<serde_json::Value>(text) {
        Ok(_) => assert_ne!(code, Some("malformed_json"), "serde_json reads {text:?}: {answer}"),
        Err(e) => {
            let detail = e.to_string();
            let detail = detail.rsplit_once(" at line ").map_or(detail.as_str(), |(d, _)| d);
            let expected = format!(
                "request is not valid JSON at line {}, column {}: {detail}",
                e.line().max(1),
                e.column().max(1)
            );
            assert_eq!(value["error"]["message"].as_str(), Some(expected.as_str()), "{text:?}");
        }
    }
});
