//! Prints a fidelity review report, or answers a JSON request.
//!
//! ```text
//! cargo run -p sefidelity --example review               # report of a built-in sample review
//! cargo run -p sefidelity --example review -- --json F   # answer the request in file F
//! cargo run -p sefidelity --example review -- --json -   # answer the request on stdin
//! ```
//!
//! With `--json` the request goes unchanged to `sefidelity::document::evaluate_bytes`, so
//! every operation the library has is answered. The response is printed on stdout; when
//! it is an error document the exit status is 1.

mod common;

use std::process::ExitCode;

use sefidelity::evidence::{
    CompetitiveJobs, EmployerContacts, Evidence, Frequency, GovernmentLiaison, Measurement, TeamAssignment,
    TrackingReview, VocationalRole,
};
use sefidelity::{Error, ItemResult, Review, ReviewOptions, ReviewReport, Score, ips25};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [] => match sample_review() {
            Ok(review) => {
                print_report(&review.report(ReviewOptions::default()));
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("sample review is invalid: {e}");
                ExitCode::FAILURE
            }
        },
        [flag, path] if flag == "--json" => common::answer(path),
        _ => {
            eprintln!("usage: review [--json FILE | --json -]");
            ExitCode::from(2)
        }
    }
}

/// A service part-way to good fidelity, with evidence for every item.
fn sample_review() -> Result<Review<'static>, Error> {
    let mut r = Review::new(&ips25::SCALE);
    r.add(1, Evidence::value(22.0))?;
    r.add(2, Evidence::value(92.0))?;
    r.add(3, Evidence::VocationalRole(VocationalRole::Phases(5)))?;
    r.add(4, Evidence::TeamAssignment(TeamAssignment::Teams { teams: 2, caseload_percent: Some(80.0) }))?;
    r.add(5, Evidence::Count(4))?;
    r.add(
        6,
        Evidence::GovernmentLiaison(GovernmentLiaison {
            client_contacts: Frequency::Monthly,
            scheduled_meetings: Frequency::LessThanQuarterly,
        }),
    )?;
    r.add(7, Evidence::Rating(Score::FOUR))?;
    r.add(8, Evidence::Count(3))?;
    r.add(9, Evidence::Rating(Score::FOUR))?;
    r.add(10, Evidence::Count(2))?;
    r.add(11, Evidence::Count(2))?;
    r.add(12, Evidence::Rating(Score::FOUR))?;
    r.add(13, Evidence::Count(3))?;
    r.add(14, Evidence::Rating(Score::FOUR))?;
    r.add(15, Evidence::Value(Measurement { value: 45.0, condition_met: Some(true) }))?;
    r.add(16, Evidence::value(80.0))?;
    r.add(
        17,
        Evidence::EmployerContacts(EmployerContacts {
            per_week: 3.5,
            tracking: Some(TrackingReview::Monthly),
            people_looking_for_work: None,
        }),
    )?;
    r.add(18, Evidence::Rating(Score::THREE))?;
    r.add(19, Evidence::value(72.0))?;
    r.add(20, Evidence::value(66.0))?;
    r.add(21, Evidence::CompetitiveJobs(CompetitiveJobs { permanent_percent: 88.0, current_jobs: Some(24) }))?;
    r.add(22, Evidence::Rating(Score::FOUR))?;
    r.add(23, Evidence::Rating(Score::THREE))?;
    r.add(24, Evidence::value(45.0))?;
    r.add(25, Evidence::Count(4))?;
    Ok(r)
}

fn print_report(report: &ReviewReport<'_>) {
    let scale = report.scale();
    println!("{} ({}) — sample review", scale.title, scale.id);
    println!("Source: {}", scale.provenance.source.citation());
    println!();
    println!("{:>3}  {:<48} {:>5}  Basis", "#", "Item", "Score");
    for (item, result) in report.results() {
        let (score, basis) = match result {
            ItemResult::Scored(s) => (s.score.to_string(), s.to_string()),
            ItemResult::Unscored => ("-".into(), "insufficient data, left unscored".into()),
            ItemResult::Missing => ("-".into(), "no evidence".into()),
            ItemResult::AwaitingConsensus => ("-".into(), "awaiting the raters' consensus".into()),
        };
        println!("{:>3}  {:<48} {:>5}  {}", item.number, truncate(item.title(), 48), score, basis);
    }
    println!();
    let sections: Vec<String> =
        report.sections().map(|s| format!("{} {}/{}", s.section.title, s.total, s.max)).collect();
    println!("Sections: {}", sections.join(", "));
    match report.band() {
        Some(band) => println!("Total: {} / {} — {}", report.total(), report.max_total(), band.title),
        None => println!("Total so far: {} / {} (incomplete: no band)", report.total(), report.max_total()),
    }
    println!();
    println!("Action plan (items below 5, largest gap first):");
    for (i, entry) in report.action_plan().enumerate() {
        let emphasis = entry.emphasis.map(|e| format!(" [{}]", e.id())).unwrap_or_default();
        println!(
            "{:>3}. item {:>2} {}: {} → 5 (gap {}){}",
            i + 1,
            entry.item.number,
            entry.item.title(),
            entry.score,
            entry.gap,
            emphasis
        );
    }
}

fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_string()
    } else {
        let mut t: String = text.chars().take(width - 1).collect();
        t.push('…');
        t
    }
}
