//! Fuzzes the document API entry point every binding exposes: any bytes must get a JSON
//! answer — a response or an error document with a code and a message — and never a panic.
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
});
