//! The typed fast path: the 25 scores of a full review of the built-in scale, and nothing
//! else.
//!
//! [`Review`](crate::Review) keeps every item's basis (the interval, count or anchor that
//! produced its score) and builds a report. A caller that stores or compares scores only
//! (a case-management system filling its own table, a form recomputing as a user types)
//! needs none of that: [`score_items`] runs the same rule of each item ([`Item::score`],
//! the same code) on evidence for all 25 items at once, with the items fixed at compile
//! time, so that each call reduces to its item's own rule and intervals. Where a basis is
//! wanted after all, [`Item::score`] on the same evidence gives it.

use crate::error::Error;
use crate::evidence::Evidence;
use crate::item::Item;
use crate::score::Score;

use super::ITEMS;

/// One item's score, its basis left unbuilt (the compiler drops it: only the score is read).
#[inline(always)]
fn score_of(item: &'static Item<'static>, evidence: &Evidence) -> Result<Score, Error> {
    item.score_inline(evidence).map(|scored| scored.score)
}

/// Scores all 25 items of the built-in scale ([`super::SCALE`]): `evidence[i]` is the
/// evidence for item `i + 1`, in any form that item takes (a rating, a value, a count, …).
/// No allocation on success.
///
/// The scores are those [`Review`](crate::Review) gives for the same evidence (a property
/// test checks it on arbitrary evidence); the total is their sum, the band
/// [`crate::Scale::band`] of it.
///
/// # Errors
/// The error of the first item, in item order, whose evidence [`Item::score`] rejects
/// (the error [`Review::add`](crate::Review::add) gives for it).
pub fn score_items(evidence: &[Evidence; 25]) -> Result<[Score; 25], Error> {
    let [
        i1,
        i2,
        i3,
        i4,
        i5,
        i6,
        i7,
        i8,
        i9,
        i10,
        i11,
        i12,
        i13,
        i14,
        i15,
        i16,
        i17,
        i18,
        i19,
        i20,
        i21,
        i22,
        i23,
        i24,
        i25,
    ] = &ITEMS;
    let [
        e1,
        e2,
        e3,
        e4,
        e5,
        e6,
        e7,
        e8,
        e9,
        e10,
        e11,
        e12,
        e13,
        e14,
        e15,
        e16,
        e17,
        e18,
        e19,
        e20,
        e21,
        e22,
        e23,
        e24,
        e25,
    ] = evidence;
    Ok([
        score_of(i1, e1)?,
        score_of(i2, e2)?,
        score_of(i3, e3)?,
        score_of(i4, e4)?,
        score_of(i5, e5)?,
        score_of(i6, e6)?,
        score_of(i7, e7)?,
        score_of(i8, e8)?,
        score_of(i9, e9)?,
        score_of(i10, e10)?,
        score_of(i11, e11)?,
        score_of(i12, e12)?,
        score_of(i13, e13)?,
        score_of(i14, e14)?,
        score_of(i15, e15)?,
        score_of(i16, e16)?,
        score_of(i17, e17)?,
        score_of(i18, e18)?,
        score_of(i19, e19)?,
        score_of(i20, e20)?,
        score_of(i21, e21)?,
        score_of(i22, e22)?,
        score_of(i23, e23)?,
        score_of(i24, e24)?,
        score_of(i25, e25)?,
    ])
}

#[cfg(test)]
mod tests {
    use super::score_items;
    use crate::evidence::{
        CompetitiveJobs, ComponentSet, EmployerContacts, Evidence, Frequency, GovernmentLiaison, Measurement,
        TeamAssignment, TrackingReview, VocationalRole,
    };
    use crate::ips25::SCALE;
    use crate::review::Review;
    use crate::score::Score;
    use alloc::string::ToString;
    use proptest::prelude::*;

    /// Numbers around the printed boundaries, whole-number noise, and values every unit
    /// rejects.
    fn number() -> impl Strategy<Value = f64> {
        prop_oneof![
            10 => 0.0f64..100.0,
            10 => (0u32..=100).prop_map(f64::from),
            10 => (0u32..=100, -2e-9f64..2e-9).prop_map(|(n, noise)| f64::from(n) + noise),
            10 => (0u32..=200).prop_map(|n| f64::from(n) / 2.0),
            1 => Just(-1.0),
            1 => Just(f64::NAN),
            1 => Just(f64::INFINITY),
            1 => Just(300.0),
        ]
    }

    /// Evidence in every form, valid or not for the item it is given to: a form picked by
    /// `form`, filled from the other numbers (one flat tuple keeps proptest's value trees
    /// shallow).
    fn evidence() -> impl Strategy<Value = Evidence> {
        (0u8..16, number(), any::<u8>(), proptest::option::of(any::<bool>()), 0u32..20).prop_map(
            |(form, value, small, flag, jobs)| {
                let frequency = |i: u8| Frequency::ALL[usize::from(i % 5)];
                match form {
                    0 => Evidence::Rating(Score::new(small % 5 + 1).unwrap()),
                    1 => Evidence::InsufficientData,
                    2 => Evidence::Value(Measurement { value, condition_met: flag }),
                    3 => Evidence::Count(small % 9),
                    4 => Evidence::Present(ComponentSet::from_bits(small)),
                    5 => Evidence::VocationalRole(VocationalRole::ReferralOnly),
                    6 => Evidence::VocationalRole(VocationalRole::RefersOut),
                    7 => Evidence::VocationalRole(VocationalRole::Phases(small % 8)),
                    8 => Evidence::VocationalRole(VocationalRole::PhasesProvided(ComponentSet::from_bits(small))),
                    9 => Evidence::TeamAssignment(TeamAssignment::SeparateProgramme),
                    10 => Evidence::TeamAssignment(TeamAssignment::IndividualPractitioners),
                    11 => Evidence::TeamAssignment(TeamAssignment::Teams {
                        teams: small % 5,
                        caseload_percent: flag.map(|_| value),
                    }),
                    12 => Evidence::GovernmentLiaison(GovernmentLiaison {
                        client_contacts: frequency(small),
                        scheduled_meetings: frequency(small / 5),
                    }),
                    13 => Evidence::EmployerContacts(EmployerContacts {
                        per_week: value / 10.0,
                        tracking: TrackingReview::ALL.get(usize::from(small % 5)).copied(),
                        people_looking_for_work: flag.map(|_| jobs % 5),
                    }),
                    _ => Evidence::CompetitiveJobs(CompetitiveJobs {
                        permanent_percent: value,
                        current_jobs: flag.map(|_| jobs),
                    }),
                }
            },
        )
    }

    /// Any form for any item: most such reviews stop at an item's error.
    fn review_evidence() -> impl Strategy<Value = [Evidence; 25]> {
        proptest::collection::vec(evidence(), 25).prop_map(|v| <[Evidence; 25]>::try_from(v).unwrap())
    }

    /// What [`Review`] gives for the same evidence: every score, or the first error.
    fn through_review(evidence: &[Evidence; 25]) -> Result<[Score; 25], crate::Error> {
        let mut review = Review::new(&SCALE);
        let mut scores = [Score::ONE; 25];
        for ((number, e), slot) in (1u8..).zip(evidence).zip(&mut scores) {
            *slot = review.add(number, *e)?.score;
        }
        Ok(scores)
    }

    #[test]
    fn a_full_review_scores_as_review_does() {
        let r = |s: u8| Evidence::Rating(Score::new(s).unwrap());
        let mut evidence = [r(3); 25];
        evidence[0] = Evidence::value(22.0); // 21-25 → 4
        evidence[1] = Evidence::value(0.1 * 3.0 * 300.0); // 90.00000000000001% → 90-95% → 4
        evidence[4] = Evidence::Count(5); // five components → 5
        evidence[23] = Evidence::value(30.0); // 30% or less → 1
        let scores = score_items(&evidence).unwrap();
        assert_eq!(scores.map(Score::get)[..5], [4, 4, 3, 3, 5]);
        assert_eq!(scores[23].get(), 1);
        assert_eq!(Ok(scores), through_review(&evidence));
    }

    #[test]
    fn the_first_rejected_item_gives_its_error() {
        let mut evidence = [Evidence::Rating(Score::FIVE); 25];
        evidence[5] = Evidence::value(50.0); // item 6 takes no value
        evidence[14] = Evidence::value(-1.0);
        let error = score_items(&evidence).unwrap_err();
        assert_eq!(error.to_string(), through_review(&evidence).unwrap_err().to_string());
        assert!(error.to_string().contains("evidence.6"), "{error}");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        #[test]
        fn scores_and_errors_are_review_s(evidence in review_evidence()) {
            let fast = score_items(&evidence).map_err(|e| e.to_string());
            prop_assert_eq!(fast, through_review(&evidence).map_err(|e| e.to_string()));
        }

        /// Each item given a form it takes, with values across its domain and outside it.
        #[test]
        fn scores_of_well_formed_reviews_are_review_s(
            values in proptest::collection::vec(number(), 25),
            counts in proptest::collection::vec(0u8..8, 25),
        ) {
            let evidence: [Evidence; 25] = core::array::from_fn(|i| {
                let (value, count) = (values[i], counts[i]);
                match SCALE.items[i].rule {
                    crate::Rule::Measured(_) => Evidence::value(value),
                    crate::Rule::Checklist(_) => Evidence::Count(count),
                    crate::Rule::Rated => Score::new(count).map_or(Evidence::InsufficientData, Evidence::Rating),
                    crate::Rule::Composite(_) => match i + 1 {
                        3 => Evidence::VocationalRole(VocationalRole::Phases(count)),
                        4 => Evidence::TeamAssignment(TeamAssignment::Teams { teams: count % 4, caseload_percent: Some(value) }),
                        6 => Evidence::GovernmentLiaison(GovernmentLiaison {
                            client_contacts: Frequency::ALL[usize::from(count % 5)],
                            scheduled_meetings: Frequency::ALL[usize::from((count / 2) % 5)],
                        }),
                        17 => Evidence::EmployerContacts(EmployerContacts {
                            per_week: value / 10.0,
                            tracking: TrackingReview::ALL.get(usize::from(count)).copied(),
                            people_looking_for_work: None,
                        }),
                        _ => Evidence::CompetitiveJobs(CompetitiveJobs { permanent_percent: value, current_jobs: Some(u32::from(count) * 3) }),
                    },
                }
            });
            let fast = score_items(&evidence).map_err(|e| e.to_string());
            prop_assert_eq!(fast, through_review(&evidence).map_err(|e| e.to_string()));
        }
    }
}
