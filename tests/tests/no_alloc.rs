//! The typed fast path allocates nothing: a counting global allocator watches a full review.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "test code: a broken assumption should fail the test"
)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use sefidelity::evidence::{
    CompetitiveJobs, ComponentSet, EmployerContacts, Evidence, Frequency, GovernmentLiaison, Measurement,
    TeamAssignment, TrackingReview, VocationalRole,
};
use sefidelity::{Consensus, RatedReview, Rater, Review, ReviewComparison, ReviewOptions, Score, ips25};

struct Counting;

// Both are per thread, so tests running in parallel do not see each other's allocations.
thread_local! {
    static WATCHING: Cell<bool> = const { Cell::new(false) };
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn count_one() {
    if WATCHING.with(Cell::get) {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
    }
}

// SAFETY: forwards to the system allocator unchanged; only counts calls on the watching thread.
#[expect(unsafe_code, reason = "a global allocator is the only way to observe every allocation")]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count_one();
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count_one();
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations_during<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let before = ALLOCATIONS.with(Cell::get);
    WATCHING.with(|w| w.set(true));
    let out = f();
    WATCHING.with(|w| w.set(false));
    (out, ALLOCATIONS.with(Cell::get) - before)
}

#[test]
fn scoring_a_full_review_from_typed_evidence_does_not_allocate() {
    let ((total, band, plan, complete, sections, comparison), count) = allocations_during(|| {
        let mut review = Review::new(&ips25::SCALE);
        let evidence = [
            (1, Evidence::value(22.0)),
            (2, Evidence::value(92.0)),
            (3, Evidence::VocationalRole(VocationalRole::PhasesProvided(ComponentSet::from_bits(0b1_1111)))),
            (4, Evidence::TeamAssignment(TeamAssignment::Teams { teams: 2, caseload_percent: Some(80.0) })),
            (5, Evidence::Present(ComponentSet::from_bits(0b1111))),
            (
                6,
                Evidence::GovernmentLiaison(GovernmentLiaison {
                    client_contacts: Frequency::Monthly,
                    scheduled_meetings: Frequency::Never,
                }),
            ),
            (7, Evidence::Rating(Score::FOUR)),
            (8, Evidence::Count(3)),
            (9, Evidence::InsufficientData),
            (10, Evidence::Count(2)),
            (11, Evidence::Count(2)),
            (12, Evidence::Rating(Score::FOUR)),
            (13, Evidence::Count(3)),
            (14, Evidence::Rating(Score::FOUR)),
            (15, Evidence::Value(Measurement { value: 45.0, condition_met: Some(true) })),
            (16, Evidence::value(80.0)),
            (
                17,
                Evidence::EmployerContacts(EmployerContacts {
                    per_week: 6.0,
                    tracking: Some(TrackingReview::Monthly),
                    people_looking_for_work: None,
                }),
            ),
            (18, Evidence::Rating(Score::THREE)),
            (19, Evidence::value(72.0)),
            (20, Evidence::value(66.0)),
            (21, Evidence::CompetitiveJobs(CompetitiveJobs { permanent_percent: 88.0, current_jobs: Some(24) })),
            (22, Evidence::Rating(Score::FOUR)),
            (23, Evidence::Rating(Score::THREE)),
            (24, Evidence::value(45.0)),
            (25, Evidence::Count(4)),
        ];
        for (n, e) in evidence {
            assert!(review.add(n, e).is_ok(), "item {n}");
        }
        let report = review.report(ReviewOptions::default());
        let sections: u16 = report.sections().map(|s| s.total).sum();
        let earlier = Review::new(&ips25::SCALE).report(ReviewOptions::default());
        let comparison = ReviewComparison::new(&earlier, &report).map(|c| c.total_change()).ok();
        (
            report.total(),
            report.band().map(|b| b.id),
            report.action_plan().count(),
            report.is_complete(),
            sections,
            comparison,
        )
    });
    assert_eq!(count, 0, "the typed fast path allocated {count} times");
    // Items 1-25 score 4 4 4 4 4 | 3 4 3 1 2 2 | 4 4 4 4 4 3 3 4 3 4 4 3 3 3 = 85: fair (74-99).
    assert_eq!((total, band, complete, sections), (85, Some("fair"), true, 85));
    assert_eq!(plan, 25, "every item is below 5");
    assert_eq!(comparison, Some(85));
}

/// The scores-only fast path, `ips25::score_items`, on the same kinds of evidence.
#[test]
fn the_scores_only_fast_path_does_not_allocate() {
    let mut evidence = [Evidence::Rating(Score::FOUR); 25];
    evidence[0] = Evidence::value(22.0);
    evidence[2] = Evidence::VocationalRole(VocationalRole::PhasesProvided(ComponentSet::from_bits(0b1_1111)));
    evidence[3] = Evidence::TeamAssignment(TeamAssignment::Teams { teams: 2, caseload_percent: Some(80.0) });
    evidence[4] = Evidence::Present(ComponentSet::from_bits(0b1111));
    evidence[8] = Evidence::InsufficientData;
    evidence[14] = Evidence::Value(Measurement { value: 45.0, condition_met: Some(true) });
    evidence[16] = Evidence::EmployerContacts(EmployerContacts {
        per_week: 6.0,
        tracking: Some(TrackingReview::Monthly),
        people_looking_for_work: None,
    });
    evidence[20] = Evidence::CompetitiveJobs(CompetitiveJobs { permanent_percent: 88.0, current_jobs: Some(24) });
    let (scores, count) = allocations_during(|| ips25::score_items(&evidence));
    assert_eq!(count, 0, "score_items allocated {count} times");
    let scores = scores.unwrap().map(Score::get);
    // 22 → 4; five of six phases → 4; 80% of caseload → 4; four components → 4;
    // insufficient data → 1; 45 days → 4; 6 contacts but monthly review → 3; 88% → 4.
    assert_eq!([scores[0], scores[2], scores[3], scores[4], scores[8]], [4, 4, 4, 4, 1]);
    assert_eq!([scores[14], scores[16], scores[20]], [4, 3, 4]);
}

/// Two raters' reviews, a consensus, the agreed report and the raters' agreement: no
/// allocation, as for a single review.
#[test]
fn scoring_a_two_rater_review_does_not_allocate() {
    let (result, count) = allocations_during(|| {
        let mut first = Review::new(&ips25::SCALE);
        let mut second = Review::new(&ips25::SCALE);
        for n in 1..=25 {
            assert!(first.add(n, Evidence::Rating(Score::FOUR)).is_ok());
            let other = if n % 5 == 0 { Score::THREE } else { Score::FOUR };
            assert!(second.add(n, Evidence::Rating(other)).is_ok());
        }
        assert!(first.set(1, Evidence::value(22.0)).is_ok());
        assert!(second.set(1, Evidence::value(23.0)).is_ok());
        let raters = [Rater { name: "A", review: first }, Rater { name: "B", review: second }];
        let mut consensus = Consensus::new();
        for n in [5, 10, 15, 20, 25] {
            assert!(consensus.add(n, Score::FOUR, "agreed at the consensus meeting").is_ok());
        }
        let rated = RatedReview::new(&ips25::SCALE, &raters, &consensus, ReviewOptions::default()).ok()?;
        let report = rated.report();
        let kappa = rated.pairs().map(|(_, _, a)| a.kappa).next().flatten();
        Some((report.total(), report.band().map(|b| b.id), rated.is_resolved(), rated.disagreements().count(), kappa))
    });
    assert_eq!(count, 0, "two-rater scoring allocated {count} times");
    let (total, band, resolved, disagreements, kappa) = result.unwrap();
    assert_eq!((total, band, resolved, disagreements), (100, Some("good"), true, 5));
    assert_eq!(kappa, Some(0.0), "one rater gave every item 4: no covariance");
}

#[test]
fn the_counter_sees_allocations() {
    let (_, count) = allocations_during(|| Box::new(7_u64));
    assert!(count >= 1, "the counting allocator must observe a Box");
}

/// The C typed fast path, `sef_score_review`, scores a full review without allocating.
#[test]
#[expect(unsafe_code, reason = "calls the C entry point as a C caller would")]
fn the_c_typed_fast_path_does_not_allocate() {
    use sefidelity_ffi::{SefEvidence, SefReport, SefResult, sef_score_review};
    let mut evidence = [SefEvidence::default(); 25];
    for (i, e) in evidence.iter_mut().enumerate() {
        *e = SefEvidence { item: u8::try_from(i + 1).unwrap(), form: 1, value: 4.0, ..SefEvidence::default() };
    }
    evidence[0] = SefEvidence { item: 1, form: 3, value: 21.0, ..SefEvidence::default() };
    evidence[16] = SefEvidence { item: 17, form: 14, number: 4, value: 6.0, ..SefEvidence::default() };
    let mut report = std::mem::MaybeUninit::<SefReport>::uninit();
    let mut error = std::ptr::null_mut();
    let (result, count) = allocations_during(|| {
        // SAFETY: 25 readable entries; `report` and `error` are writable.
        unsafe { sef_score_review(evidence.as_ptr(), evidence.len(), report.as_mut_ptr(), &mut error) }
    });
    assert_eq!(result, SefResult::SefOk);
    assert_eq!(count, 0, "sef_score_review allocated {count} times");
    // SAFETY: written on success.
    let report = unsafe { report.assume_init() };
    assert_eq!((report.total, report.band, report.scores[0], report.scores[16]), (4 * 23 + 4 + 5, 2, 4, 5));
}
