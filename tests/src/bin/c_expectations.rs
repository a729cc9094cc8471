//! Writes what the C tests compare against, into the folder given as the only argument:
//! for every vector, `NAME.request.json` (a copy of the request) and `NAME.expected.json`
//! (the Rust core's exact response bytes); and for every review vector on `ips-25-uk` that
//! scores without error, `NAME.flat`: the same evidence in the C typed layout with the
//! expected report, one value per field, for `sef_score_review`.

use std::fmt::Write as _;
use std::process::ExitCode;

use sefidelity::document::{Request, ScaleChoice, parse_request};
use sefidelity::flat::{FlatEvidence, score_flat};
use sefidelity::ips25;

fn main() -> ExitCode {
    let Some(out) = std::env::args().nth(1) else {
        eprintln!("usage: c_expectations OUT_DIR");
        return ExitCode::from(2);
    };
    match run(std::path::Path::new(&out)) {
        Ok((all, flat)) => {
            println!("c_expectations: {all} vectors, {flat} typed cases written to {out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("c_expectations: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(out: &std::path::Path) -> Result<(usize, usize), String> {
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let write = |name: &str, bytes: &[u8]| std::fs::write(out.join(name), bytes).map_err(|e| format!("{name}: {e}"));
    let vectors = sefidelity_tests::load()?;
    let mut flat_cases = 0;
    for v in &vectors {
        write(&format!("{}.request.json", v.name), &v.request)?;
        write(&format!("{}.expected.json", v.name), sefidelity::document::evaluate_bytes(&v.request).as_bytes())?;
        let Ok(text) = std::str::from_utf8(&v.request) else { continue };
        let Ok(Request::Review(review)) = parse_request(text) else { continue };
        if !matches!(review.scale, ScaleChoice::BuiltIn(s) if s.id == ips25::SCALE.id)
            || review.options != Default::default()
        {
            continue;
        }
        let evidence: Vec<FlatEvidence> =
            review.evidence.iter().map(|(n, e)| FlatEvidence::from_evidence(*n, e)).collect();
        let Ok(report) = score_flat(&ips25::SCALE, &evidence, review.options) else { continue };
        let mut text = String::new();
        let _ = writeln!(
            text,
            "{} {} {} {} {} {}",
            report.item_count, report.scored, report.total, report.max_total, report.complete, report.band
        );
        let scores: Vec<String> = report.scores.iter().map(u8::to_string).collect();
        let _ = writeln!(text, "{}", scores.join(" "));
        let _ = writeln!(text, "{}", evidence.len());
        for e in &evidence {
            let _ = writeln!(text, "{} {} {} {} {:?} {:?}", e.item, e.form, e.flags, e.number, e.value, e.value2);
        }
        write(&format!("{}.flat", v.name), text.as_bytes())?;
        flat_cases += 1;
    }
    Ok((vectors.len(), flat_cases))
}
