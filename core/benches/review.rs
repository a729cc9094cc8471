//! Benchmarks of the hot paths: scoring a full review from typed evidence, and the same
//! review through the JSON document API. Run with `make bench`.

use divan::{Bencher, black_box};
use sefidelity::evidence::{CompetitiveJobs, EmployerContacts, Evidence, TeamAssignment, VocationalRole};
use sefidelity::{Review, ReviewOptions, Score, ips25};

fn main() {
    divan::main();
}

/// Evidence for every item, in the typed forms each item takes.
fn full_evidence() -> [(u8, Evidence); 25] {
    let r = |n: u8, s: Score| (n, Evidence::Rating(s));
    [
        (1, Evidence::value(22.0)),
        (2, Evidence::value(92.0)),
        (3, Evidence::VocationalRole(VocationalRole::Phases(5))),
        (4, Evidence::TeamAssignment(TeamAssignment::Teams { teams: 2, caseload_percent: Some(80.0) })),
        (5, Evidence::Count(4)),
        r(6, Score::THREE),
        r(7, Score::FOUR),
        (8, Evidence::Count(3)),
        r(9, Score::FOUR),
        (10, Evidence::Count(2)),
        (11, Evidence::Count(2)),
        r(12, Score::FOUR),
        (13, Evidence::Count(3)),
        r(14, Score::FOUR),
        (15, Evidence::value(45.0)),
        (16, Evidence::value(80.0)),
        (
            17,
            Evidence::EmployerContacts(EmployerContacts {
                per_week: 3.5,
                tracking: None,
                people_looking_for_work: None,
            }),
        ),
        r(18, Score::THREE),
        (19, Evidence::value(72.0)),
        (20, Evidence::value(66.0)),
        (21, Evidence::CompetitiveJobs(CompetitiveJobs { permanent_percent: 88.0, current_jobs: Some(24) })),
        r(22, Score::FOUR),
        r(23, Score::THREE),
        (24, Evidence::value(45.0)),
        (25, Evidence::Count(4)),
    ]
}

#[divan::bench]
fn typed_full_review(bencher: Bencher<'_, '_>) {
    let evidence = full_evidence();
    bencher.bench_local(|| {
        let mut review = Review::new(&ips25::SCALE);
        for (n, e) in black_box(&evidence) {
            let _ = review.add(*n, *e);
        }
        let report = review.report(ReviewOptions::default());
        (report.total(), report.band().map(|b| b.id), report.action_plan().count())
    });
}

#[divan::bench]
fn document_full_review(bencher: Bencher<'_, '_>) {
    let items: Vec<String> = (1..=25).map(|n| format!(r#""{n}":{{"rating":{}}}"#, 1 + n % 5)).collect();
    let request = format!(r#"{{"operation":"review","scale":"ips-25-uk","evidence":{{{}}}}}"#, items.join(","));
    bencher.bench_local(|| sefidelity::document::evaluate(black_box(&request)));
}
