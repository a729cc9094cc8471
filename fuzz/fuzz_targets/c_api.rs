//! Fuzzes the C entry points as a C caller uses them: `sef_evaluate_json` with any bytes
//! (the response must be NUL-terminated JSON whose result code matches it, and free cleanly),
//! and `sef_score_review` with any evidence entries (a report or an error, never a panic).
#![no_main]

use libfuzzer_sys::fuzz_target;
use sefidelity_ffi::*;

fuzz_target!(|data: &[u8]| {
    // The document entry point.
    let mut response = std::ptr::null_mut();
    // SAFETY: `data` is readable for its length; `response` is writable.
    let result = unsafe { sef_evaluate_json(data.as_ptr(), data.len(), &mut response) };
    assert!(!response.is_null() && result != SefResult::SefPanic);
    // SAFETY: `response` is live until freed below.
    let (text, len) = unsafe { (sef_response_json(response), sef_response_len(response)) };
    // SAFETY: the library guarantees `len` bytes plus a NUL at `text`.
    let bytes = unsafe { std::slice::from_raw_parts(text.cast::<u8>(), len + 1) };
    assert_eq!(bytes.last(), Some(&0));
    let json = std::str::from_utf8(&bytes[..len]).expect("UTF-8 response");
    assert_eq!(result == SefResult::SefOk, !json.starts_with(r#"{"error":"#), "{json}");
    // SAFETY: freed once.
    unsafe { sef_response_free(response) };

    // The typed fast path: the same bytes read as evidence entries.
    let entries: Vec<SefEvidence> = data
        .chunks_exact(24)
        .map(|c| SefEvidence {
            item: c[0],
            form: c[1] % 17,
            flags: c[2],
            reserved: c[3] % 2,
            number: u32::from_le_bytes([c[4], c[5], c[6], c[7]]),
            value: f64::from_le_bytes([c[8], c[9], c[10], c[11], c[12], c[13], c[14], c[15]]),
            value2: f64::from_le_bytes([c[16], c[17], c[18], c[19], c[20], c[21], c[22], c[23]]),
        })
        .collect();
    let mut report = std::mem::MaybeUninit::<SefReport>::uninit();
    let mut error = std::ptr::null_mut();
    // SAFETY: `entries` is readable; `report` and `error` are writable.
    let result = unsafe { sef_score_review(entries.as_ptr(), entries.len(), report.as_mut_ptr(), &mut error) };
    assert_ne!(result, SefResult::SefPanic);
    assert_eq!(result == SefResult::SefOk, error.is_null());
    // SAFETY: freed once (NULL is a no-op).
    unsafe { sef_error_free(error) };
});
