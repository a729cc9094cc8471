//! Benchmarks of the hot paths: scoring a full review from typed evidence (the 25 scores
//! alone, and a `Review` with every basis and its report), and the same review through the
//! JSON document API. Run with `make bench`.

use divan::{Bencher, black_box};
use sefidelity::evidence::{CompetitiveJobs, EmployerContacts, Evidence, TeamAssignment, VocationalRole};
use sefidelity::{Review, ReviewOptions, Score, ips25};

fn main() {
    // `review kpis-once N`: one call of `kpis_from_records` on N of the records below and
    // nothing else, for counting its instructions under callgrind (BENCHMARKS.md); `review
    // records-size N` below; anything else runs the benchmarks.
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [mode, n] = args.as_slice()
        && mode == "kpis-once"
    {
        let records = records(n.parse().unwrap_or(0));
        println!("{} KPIs from {} records", kpis_of(&records).map_or(0, |r| r.kpis.len()), records.len());
        return;
    }
    // `review records-size N`: the sizes of the `evidence_from_records` request on N clients
    // and of its answer (BENCHMARKS.md).
    if let [mode, n] = args.as_slice()
        && mode == "records-size"
    {
        let request = records_request(n.parse().unwrap_or(0));
        println!("request {} bytes, answer {} bytes", request.len(), sefidelity::document::evaluate(&request).len());
        return;
    }
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

/// The typed fast path: the 25 scores only ([`ips25::score_items`]), no basis kept.
#[divan::bench]
fn typed_fast_scores(bencher: Bencher<'_, '_>) {
    let evidence = full_evidence().map(|(_, e)| e);
    bencher.bench_local(|| ips25::score_items(black_box(&evidence)).map(|scores| scores.map(Score::get)));
}

/// The typed fast path when one item's evidence is in a less usual form (item 6 marked
/// insufficient data): the whole review takes `Item::score`'s route.
#[divan::bench]
fn typed_fast_scores_other_forms(bencher: Bencher<'_, '_>) {
    let mut evidence = full_evidence().map(|(_, e)| e);
    evidence[5] = Evidence::InsufficientData;
    bencher.bench_local(|| ips25::score_items(black_box(&evidence)).map(|scores| scores.map(Score::get)));
}

#[divan::bench]
fn document_full_review(bencher: Bencher<'_, '_>) {
    let items: Vec<String> = (1..=25).map(|n| format!(r#""{n}":{{"rating":{}}}"#, 1 + n % 5)).collect();
    let request = format!(r#"{{"operation":"review","scale":"ips-25-uk","evidence":{{{}}}}}"#, items.join(","));
    bencher.bench_local(|| sefidelity::document::evaluate(black_box(&request)));
}

/// The C layout path (what `sef_score_review` runs): flat evidence → flat report.
#[divan::bench]
fn flat_full_review(bencher: Bencher<'_, '_>) {
    use sefidelity::flat::{FlatEvidence, score_flat};
    let evidence: Vec<FlatEvidence> = full_evidence().iter().map(|(n, e)| FlatEvidence::from_evidence(*n, e)).collect();
    bencher.bench_local(|| score_flat(&ips25::SCALE, black_box(&evidence), ReviewOptions::default()).map(|r| r.total));
}

/// Synthetic client journeys: a referral a day, most starting a week later, about half
/// entering work, some jobs ending.
fn records(n: usize) -> Vec<sefidelity::commissioning::kpi::ClientRecord> {
    use sefidelity::commissioning::kpi::{ClientRecord, Job};
    use sefidelity::commissioning::{Date, parse_date};
    let base = parse_date("2020-01-01", "base").unwrap_or(Date::MIN);
    let day = |d: usize| base.checked_add(jiff::Span::new().days(i32::try_from(d % 1800).unwrap_or(0))).unwrap_or(base);
    (0..n)
        .map(|i| {
            let b = i % 1500; // every record's dates stay in order and before as_of
            let started = i % 5 != 0;
            let jobs = if started && i % 2 == 0 {
                let end = (i % 3 == 0).then(|| day(b + 7 + 30 + 60 + (i % 120)));
                vec![Job { start: day(b + 7 + 30), end, hours_per_week: None }]
            } else {
                Vec::new()
            };
            ClientRecord {
                id: format!("c{i}"),
                referral: day(b),
                start: started.then(|| day(b + 7)),
                jobs,
                swemwbs_start: started.then_some(20),
                swemwbs_end: (i % 4 == 0 && started).then_some(24),
                out_of_work_at_start: None,
            }
        })
        .collect()
}

/// KPIs from client records, at 10 000 and 100 000 records (linear time: the second should
/// take about ten times the first).
#[divan::bench(args = [10_000, 100_000])]
fn kpis_from_records(bencher: Bencher<'_, '_>, n: usize) {
    let records = records(n);
    bencher.bench_local(|| kpis_of(black_box(&records)).map(|r| r.kpis.len()).unwrap_or(0));
    // The records are valid: a failure here would time an early error instead of the work.
    assert!(kpis_of(&records).is_ok());
}

/// A period return (a quarter, the commissioning guide's definitions) from the same client
/// records, at 10 000 and 100 000 records: ten times the records, about ten times the time.
#[divan::bench(args = [10_000, 100_000])]
fn kpis_period_return(bencher: Bencher<'_, '_>, n: usize) {
    use sefidelity::commissioning::kpi::ServiceFigures;
    use sefidelity::commissioning::returns::{Definition, period_return};
    use sefidelity::commissioning::{BenchmarkSetId, Date, Model, parse_date};
    let records = records(n);
    let (from, to) =
        (parse_date("2021-04-01", "from").unwrap_or(Date::MIN), parse_date("2021-06-30", "to").unwrap_or(Date::MAX));
    let set = BenchmarkSetId::CommissioningGuide2024;
    let definition = Definition::preset(set, Model::Ips);
    let figures = ServiceFigures::default();
    assert!(period_return(set, Model::Ips, from, to, &records, &definition, &figures).is_ok(), "valid records");
    bencher.bench_local(|| {
        period_return(set, Model::Ips, from, to, black_box(&records), &definition, &figures).map(|r| r.accounts.len())
    });
}

/// The KPIs of `records` as of 2025-06-01, against the 2024 commissioning guide's IPS set.
fn kpis_of(
    records: &[sefidelity::commissioning::kpi::ClientRecord],
) -> Result<sefidelity::commissioning::kpi::KpiReport, sefidelity::Error> {
    use sefidelity::commissioning::kpi::{ServiceFigures, kpis_from_records};
    use sefidelity::commissioning::{BenchmarkSetId, Date, Model, parse_date};
    let as_of = parse_date("2025-06-01", "as_of").unwrap_or(Date::MAX);
    kpis_from_records(BenchmarkSetId::CommissioningGuide2024, Model::Ips, as_of, records, &ServiceFigures::default())
}

/// Parts of the typed path: adding the 25 items only, and the report only.
#[divan::bench]
fn typed_add_only(bencher: Bencher<'_, '_>) {
    let evidence = full_evidence();
    bencher.bench_local(|| {
        let mut review = Review::new(&ips25::SCALE);
        for (n, e) in black_box(&evidence) {
            let _ = review.add(*n, *e);
        }
        black_box(review);
    });
}

#[divan::bench]
fn typed_report_only(bencher: Bencher<'_, '_>) {
    let evidence = full_evidence();
    let mut review = Review::new(&ips25::SCALE);
    for (n, e) in &evidence {
        let _ = review.add(*n, *e);
    }
    bencher.bench_local(|| {
        let report = black_box(&review).report(ReviewOptions::default());
        (report.total(), report.band().map(|b| b.id))
    });
}

/// Parts of the document path on a full review of ratings: parsing and validating the
/// request (`parse_only`), answering it with the typed response (`answer_only`), and writing
/// that response through serde_json (`write_only`). `evaluate` does the three in turn
/// (`document_full_review` is the whole of it).
#[divan::bench]
fn document_parse_only(bencher: Bencher<'_, '_>) {
    let request = full_document_request();
    bencher.bench_local(|| sefidelity::document::parse_request(black_box(&request)).is_ok());
}

#[divan::bench]
fn document_answer_only(bencher: Bencher<'_, '_>) {
    let parsed = sefidelity::document::parse_request(&full_document_request());
    bencher.bench_local(|| parsed.as_ref().map(|r| r.answer().is_ok()).unwrap_or(false));
}

#[divan::bench]
fn document_write_only(bencher: Bencher<'_, '_>) {
    let response = sefidelity::document::handle(&full_document_request());
    bencher.bench_local(|| response.as_ref().map(|r| r.to_json().map(|t| t.len()).unwrap_or(0)).unwrap_or(0));
}

/// Two raters' reviews of the core bench's evidence, the second differing on items 7, 12 and
/// 18, with a consensus for each: the raters' reviews, the agreed report and the agreement.
#[divan::bench]
fn typed_two_rater_review(bencher: Bencher<'_, '_>) {
    use sefidelity::{Consensus, RatedReview, Rater};
    let first = full_evidence();
    let mut second = full_evidence();
    for (n, s) in [(7, Score::TWO), (12, Score::FIVE), (18, Score::FIVE)] {
        if let Some(slot) = second.get_mut(usize::from(n) - 1) {
            *slot = (n, Evidence::Rating(s));
        }
    }
    bencher.bench_local(|| {
        let review = |evidence: &[(u8, Evidence); 25]| {
            let mut review = Review::new(&ips25::SCALE);
            for (n, e) in black_box(evidence) {
                let _ = review.add(*n, *e);
            }
            review
        };
        let raters = [Rater { name: "A", review: review(&first) }, Rater { name: "B", review: review(&second) }];
        let mut consensus = Consensus::new();
        for n in [7, 12, 18] {
            let _ = consensus.add(n, Score::FOUR, "agreed at the consensus meeting");
        }
        let rated = RatedReview::new(&ips25::SCALE, &raters, &consensus, ReviewOptions::default()).ok()?;
        let report = rated.report();
        Some((report.total(), report.band().map(|b| b.id), report.action_plan().count(), rated.agreement(0, 1)))
    });
}

/// The same two raters and consensus through the document API (JSON text in and out).
#[divan::bench]
fn document_two_rater_review(bencher: Bencher<'_, '_>) {
    let request = two_rater_document_request();
    bencher.bench_local(|| sefidelity::document::evaluate(black_box(&request)));
}

/// A service's history of ten yearly reviews of 25 ratings each, through the document API.
#[divan::bench]
fn document_history_ten_reviews(bencher: Bencher<'_, '_>) {
    let request = history_document_request(10);
    bencher.bench_local(|| sefidelity::document::evaluate(black_box(&request)));
}

/// Evidence of 25 ratings as a JSON object, item `n` rated `1 + (n + shift) % 5`.
fn ratings_json(shift: u8) -> String {
    let items: Vec<String> = (1..=25u8).map(|n| format!(r#""{n}":{{"rating":{}}}"#, 1 + (n + shift) % 5)).collect();
    format!("{{{}}}", items.join(","))
}

fn two_rater_document_request() -> String {
    let consensus = (1..=25u8)
        .filter(|n| n % 5 == 0)
        .map(|n| format!(r#""{n}":{{"rating":3,"reason":"agreed at the consensus meeting"}}"#))
        .collect::<Vec<_>>()
        .join(",");
    // Rater B's ratings differ from A's on items 5, 10, 15, 20 and 25 only.
    let b: Vec<String> =
        (1..=25u8).map(|n| format!(r#""{n}":{{"rating":{}}}"#, if n % 5 == 0 { 4 } else { 1 + n % 5 })).collect();
    format!(
        r#"{{"operation":"review","scale":"ips-25-uk","raters":{{"A":{},"B":{{{}}}}},"consensus":{{{consensus}}}}}"#,
        ratings_json(0),
        b.join(",")
    )
}

fn history_document_request(reviews: u16) -> String {
    let entries: Vec<String> = (0..reviews)
        .map(|i| {
            let shift = u8::try_from(i % 5).unwrap_or(0);
            format!(r#"{{"date":"{}-03-01","evidence":{}}}"#, 2015 + i, ratings_json(shift))
        })
        .collect();
    format!(r#"{{"operation":"history","scale":"ips-25-uk","reviews":[{}]}}"#, entries.join(","))
}

fn full_document_request() -> String {
    let items: Vec<String> = (1..=25).map(|n| format!(r#""{n}":{{"rating":{}}}"#, 1 + n % 5)).collect();
    format!(r#"{{"operation":"review","scale":"ips-25-uk","evidence":{{{}}}}}"#, items.join(","))
}

/// A synthetic service's records over a quarter as an `evidence_from_records` request:
/// `clients` clients (one specialist for each 20), ten employer contacts and one job for each
/// client, and every specialist's 13 scheduled weeks.
fn records_request(clients: usize) -> String {
    use std::fmt::Write;
    let specialists = clients.div_ceil(20);
    let mut out = String::from(
        r#"{"operation":"evidence_from_records","period":{"from":"2025-01-01","to":"2025-03-31"},"specialists":["#,
    );
    for s in 0..specialists {
        let _ = write!(out, r#"{}{{"id":"s{s}","fte":1,"teams":["t{}"]}}"#, if s == 0 { "" } else { "," }, s % 7);
    }
    out.push_str(r#"],"clients":["#);
    for c in 0..clients {
        let _ = write!(
            out,
            r#"{}{{"id":"c{c}","specialist":"s{}","team":"t{}","entry":"2025-{:02}-{:02}"}}"#,
            if c == 0 { "" } else { "," },
            c / 20,
            c % 9,
            1 + c % 3,
            1 + c % 28
        );
    }
    out.push_str(r#"],"contacts":["#);
    for k in 0..clients * 10 {
        let _ = write!(
            out,
            r#"{}{{"id":"k{k}","specialist":"s{}","client":"c{}","date":"2025-{:02}-{:02}","face_to_face":{},"client_preferences":{}}}"#,
            if k == 0 { "" } else { "," },
            (k / 10) / 20,
            k / 10,
            1 + k % 3,
            1 + k % 28,
            k % 4 != 0,
            k % 5 != 0
        );
    }
    out.push_str(r#"],"jobs":["#);
    for j in 0..clients {
        let _ = write!(
            out,
            r#"{}{{"id":"j{j}","client":"c{j}","employer":"e{}","job_type":"type{}","start":"2025-02-{:02}","permanent":{},"competitive":true,"hours_per_week":16}}"#,
            if j == 0 { "" } else { "," },
            j % 97,
            j % 13,
            1 + j % 28,
            j % 10 != 0
        );
    }
    out.push_str(r#"],"weeks":["#);
    for s in 0..specialists {
        for w in 0..13 {
            let _ = write!(
                out,
                r#"{}{{"id":"w{s}-{w}","specialist":"s{s}","week":"2025-{:02}-{:02}","scheduled":37.5,"community":{},"employment_services":36}}"#,
                if s == 0 && w == 0 { "" } else { "," },
                1 + w / 4,
                1 + (w % 4) * 7,
                15 + (s + w) % 10
            );
        }
    }
    out.push_str("]}");
    out
}

/// `evidence_from_records` through the document API on 500 and 5 000 clients (with 5 000 and
/// 50 000 employer contacts): ten times the records should take about ten times as long.
#[divan::bench(args = [500, 5_000], sample_count = 10)]
fn evidence_from_records(bencher: Bencher<'_, '_>, clients: usize) {
    let request = records_request(clients);
    assert!(!sefidelity::document::evaluate(&request).contains(r#""error""#), "a valid request");
    bencher.bench_local(|| sefidelity::document::evaluate(black_box(&request)).len());
}
