//! The conformance corpus in `tests/vectors/`, and a replayer any binding can drive.
//!
//! Each case is a pair of files: `NAME.request.json` (the exact bytes handed to the
//! entry point; some are deliberately not valid JSON) and `NAME.response.json` (the
//! expected response, compared as JSON values). The C and JavaScript bindings replay the
//! same files through `sef_evaluate_json` and `evaluate`.
//!
//! Set `SEFIDELITY_BLESS=1` to (re)write the response files from the current build;
//! review the diff before committing it.

use std::fs;
use std::path::{Path, PathBuf};

/// One conformance case.
#[derive(Debug, Clone)]
pub struct Vector {
    /// File stem, e.g. `review_design_example`.
    pub name: String,
    /// The request, byte for byte.
    pub request: Vec<u8>,
    /// Where the expected response lives.
    pub response_path: PathBuf,
}

/// Something that answers a request document: a binding's entry point.
pub trait Evaluator {
    /// Answers `request` with a response document.
    fn evaluate(&self, request: &[u8]) -> String;
}

/// The Rust core's entry point.
pub struct Core;

impl Evaluator for Core {
    fn evaluate(&self, request: &[u8]) -> String {
        sefidelity::document::evaluate_bytes(request)
    }
}

/// The folder of the corpus.
#[must_use]
pub fn vectors_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("vectors")
}

/// Every case of the corpus, sorted by name.
///
/// # Errors
/// A message when the folder or a file cannot be read.
pub fn load() -> Result<Vec<Vector>, String> {
    let dir = vectors_dir();
    let entries = fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut vectors = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()).and_then(|n| n.strip_suffix(".request.json")) else {
            continue;
        };
        let request = fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        vectors.push(Vector {
            name: name.to_owned(),
            request,
            response_path: dir.join(format!("{name}.response.json")),
        });
    }
    vectors.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(vectors)
}

/// Replays every case through `evaluator`; returns how many passed, or every failure.
///
/// # Errors
/// One line per failing case.
pub fn replay(evaluator: &dyn Evaluator) -> Result<usize, Vec<String>> {
    let vectors = load().map_err(|e| vec![e])?;
    let bless = std::env::var_os("SEFIDELITY_BLESS").is_some();
    let mut failures = Vec::new();
    for v in &vectors {
        let actual_text = evaluator.evaluate(&v.request);
        let actual: serde_json::Value = match serde_json::from_str(&actual_text) {
            Ok(value) => value,
            Err(e) => {
                failures.push(format!("{}: response is not JSON ({e}): {actual_text}", v.name));
                continue;
            }
        };
        if bless {
            let pretty = serde_json::to_string_pretty(&actual).unwrap_or_default() + "\n";
            if let Err(e) = fs::write(&v.response_path, pretty) {
                failures.push(format!("{}: cannot write response: {e}", v.name));
            }
            continue;
        }
        let expected: serde_json::Value = match fs::read_to_string(&v.response_path)
            .map_err(|e| e.to_string())
            .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
        {
            Ok(value) => value,
            Err(e) => {
                failures.push(format!("{}: cannot read expected response: {e}", v.name));
                continue;
            }
        };
        if actual != expected {
            failures.push(format!("{}:\n  expected {expected}\n  actual   {actual}", v.name));
        }
    }
    if failures.is_empty() { Ok(vectors.len()) } else { Err(failures) }
}
