//! Writes the typed cases the C tests give `sef_score_review`, into the folder given as the
//! only argument: for every successful review vector on `ips-25-uk` with default options,
//! `NAME.flat`, the vector's evidence in the C typed layout (`sef_evidence`) with the report its
//! checked-in response gives (scores, total, band). The evidence is translated by the core's
//! request parser (doing it in C would repeat the whole evidence grammar); the expected report
//! is read from `tests/vectors/NAME.response.json`, never computed by the code under test. The
//! document path needs no such tool: the C tests read the vectors themselves.

use std::fmt::Write as _;
use std::process::ExitCode;

use sefidelity::document::{Request, ScaleRef, parse_request, typed_evidence};
use sefidelity::flat::FlatEvidence;
use sefidelity::ips25;

fn main() -> ExitCode {
    let Some(out) = std::env::args().nth(1) else {
        eprintln!("usage: c_typed_cases OUT_DIR");
        return ExitCode::from(2);
    };
    match run(std::path::Path::new(&out)) {
        Ok(flat) => {
            println!("c_typed_cases: {flat} typed cases written to {out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("c_typed_cases: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(out: &std::path::Path) -> Result<usize, String> {
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let write = |name: &str, bytes: &[u8]| std::fs::write(out.join(name), bytes).map_err(|e| format!("{name}: {e}"));
    let vectors = sefidelity_tests::load()?;
    let mut flat_cases = 0;
    for v in &vectors {
        let Ok(text) = std::str::from_utf8(&v.request) else { continue };
        let Ok(Request::Review(review)) = parse_request(text) else { continue };
        if !matches!(&review.scale, ScaleRef::Id(id) if id == ips25::SCALE.id) || review.options != Default::default() {
            continue;
        }
        // Reviews with raters have no single rater's evidence to score through the flat API.
        let Some(evidence) = &review.evidence else { continue };
        let Ok(typed) = typed_evidence(&ips25::SCALE, evidence, "evidence") else { continue };
        let evidence: Vec<FlatEvidence> = typed.iter().map(|(n, e)| FlatEvidence::from_evidence(*n, e)).collect();
        // The expected report comes from the vector's checked-in response, not from the code
        // under test.
        let reference: serde_json::Value = std::fs::read_to_string(&v.response_path)
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .ok_or_else(|| format!("{}: unreadable response", v.name))?;
        if reference.get("error").is_some() {
            continue;
        }
        let mut scores = [0u64; 64];
        for item in reference.get("items").and_then(serde_json::Value::as_array).into_iter().flatten() {
            let (Some(n), Some(s)) = (
                item.get("number").and_then(serde_json::Value::as_u64),
                item.get("score").and_then(serde_json::Value::as_u64),
            ) else {
                continue;
            };
            if let Some(slot) = usize::try_from(n).ok().and_then(|n| n.checked_sub(1)).and_then(|i| scores.get_mut(i)) {
                *slot = s;
            }
        }
        let band = reference
            .get("band")
            .and_then(serde_json::Value::as_str)
            .and_then(|b| ips25::SCALE.bands.iter().position(|x| x.id == b))
            .map_or(0, |i| i + 1);
        let scored = scores.iter().filter(|s| **s > 0).count();
        let mut text = String::new();
        let _ = writeln!(
            text,
            "{} {} {} {} {} {}",
            ips25::SCALE.items.len(),
            scored,
            reference.get("total").and_then(serde_json::Value::as_u64).unwrap_or(0),
            reference.get("max").and_then(serde_json::Value::as_u64).unwrap_or(0),
            u8::from(reference.get("complete").and_then(serde_json::Value::as_bool).unwrap_or(false)),
            band
        );
        let scores: Vec<String> = scores.iter().map(u64::to_string).collect();
        let _ = writeln!(text, "{}", scores.join(" "));
        let _ = writeln!(text, "{}", evidence.len());
        for e in &evidence {
            let _ = writeln!(text, "{} {} {} {} {:?} {:?}", e.item, e.form, e.flags, e.number, e.value, e.value2);
        }
        write(&format!("{}.flat", v.name), text.as_bytes())?;
        flat_cases += 1;
    }
    Ok(flat_cases)
}
