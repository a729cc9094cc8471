//! The WebAssembly module of sefidelity: a thin translation layer over the core's document
//! API. The npm package (`bindings/js/`) wraps it: `evaluate` there takes a JSON string or a
//! request object and returns the response as an object.
//!
//! Failures are not exceptions: every request gets a response document, and a failure is
//! the core's tagged error document `{"error": {"code", "message", "field"?}}` with a stable
//! `code`. No logic lives here.

use wasm_bindgen::prelude::wasm_bindgen;

/// Answers one JSON request with one JSON response, exactly as the core does (every
/// operation; an error document for bad input). Never throws.
#[wasm_bindgen(js_name = evaluateJson)]
#[must_use]
pub fn evaluate_json(request: &str) -> String {
    sefidelity::document::evaluate(request)
}

/// Like [`evaluate_json`], from raw bytes (bytes that are not UTF-8 are malformed JSON).
#[wasm_bindgen(js_name = evaluateBytes)]
#[must_use]
pub fn evaluate_bytes(request: &[u8]) -> String {
    sefidelity::document::evaluate_bytes(request)
}

/// The library version, `MAJOR.MINOR.PATCH`.
#[wasm_bindgen]
#[must_use]
pub fn version() -> String {
    String::from(env!("CARGO_PKG_VERSION"))
}

/// The operations the module answers, comma-separated: every operation of the document API.
#[wasm_bindgen]
#[must_use]
pub fn operations() -> String {
    String::from(sefidelity::document::OPERATIONS)
}
