//! What the examples share: answering a JSON request with `--json`.

use std::io::Read;
use std::process::ExitCode;

/// Reads the request from `path` (`-` for stdin), prints the response, and fails on an error document.
pub fn answer(path: &str) -> ExitCode {
    let mut request = Vec::new();
    let read = if path == "-" {
        std::io::stdin().read_to_end(&mut request).map(|_| ())
    } else {
        std::fs::read(path).map(|bytes| request = bytes)
    };
    if let Err(e) = read {
        eprintln!("cannot read {path}: {e}");
        return ExitCode::from(2);
    }
    let response = sefidelity::document::evaluate_bytes(&request);
    println!("{response}");
    let is_error = serde_json::from_str::<serde_json::Value>(&response).map_or(true, |v| v.get("error").is_some());
    if is_error { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}
