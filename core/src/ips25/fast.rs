//! The typed fast path: the 25 scores of a full review of the built-in scale, and nothing
//! else.
//!
//! [`Review`](crate::Review) keeps every item's basis (the interval, count or anchor that
//! produced its score) and builds a report. A caller that stores or compares scores only
//! (a case-management system filling its own table, a form recomputing as a user types)
//! needs none of that: [`score_items`] scores evidence for all 25 items at once, with the
//! items fixed at compile time.
//!
//! It takes two routes. When every item's evidence is in its usual form (a rating, a value,
//! a count, a composite item's main form) and valid, `common_form` scores each from the
//! item's own rule data, with the intervals climbed rather than searched
//! ([`ScoreInterval::ladder_score`]) and no basis built; this reduces to a few comparisons
//! per item. Otherwise (one item in another form, such as `InsufficientData`, a `Present`
//! set, item 15's condition or item 17's caseload size, or a rejected value) the whole
//! review goes through [`Item::score`]'s own code item by item, which gives the scores or
//! the first error: correct for any evidence, several times slower (see BENCHMARKS.md).
//! Property tests check that the first route gives [`Item::score`]'s score whenever it
//! gives one, and gives one for every valid evidence in a usual form. Where a basis is
//! wanted after all, [`Item::score`] on the same evidence gives it.

use crate::error::Error;
use crate::evidence::{CompetitiveJobs, EmployerContacts, Evidence, Measurement, TeamAssignment, VocationalRole};
use crate::item::Item;
use crate::measure::{Unit, snap_to_whole};
use crate::rule::{CompositeRule, Rule, composite};
use crate::score::Score;
use crate::score::ScoreInterval;

use super::ITEMS;

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
    common_forms(evidence).map_or_else(|| every_form(evidence), Ok)
}

/// `[$score(item 1, evidence 1)?, …, $score(item 25, evidence 25)?]`: each item's score, in
/// item order, stopping at the first failure. The items are named one by one, not looped
/// over, so that each call is compiled for its item (a generic function taking `$score`
/// would do the same only where the compiler chose to inline it; it did not always).
#[rustfmt::skip]
macro_rules! each_item {
    ($evidence:expr, $score:ident) => {{
        let [
            i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13,
            i14, i15, i16, i17, i18, i19, i20, i21, i22, i23, i24, i25,
        ] = &ITEMS;
        let [
            e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13,
            e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25,
        ] = $evidence;
        let scores = [
            $score(i1, e1)?, $score(i2, e2)?, $score(i3, e3)?, $score(i4, e4)?, $score(i5, e5)?,
            $score(i6, e6)?, $score(i7, e7)?, $score(i8, e8)?, $score(i9, e9)?, $score(i10, e10)?,
            $score(i11, e11)?, $score(i12, e12)?, $score(i13, e13)?, $score(i14, e14)?,
            $score(i15, e15)?, $score(i16, e16)?, $score(i17, e17)?, $score(i18, e18)?,
            $score(i19, e19)?, $score(i20, e20)?, $score(i21, e21)?, $score(i22, e22)?,
            $score(i23, e23)?, $score(i24, e24)?, $score(i25, e25)?,
        ];
        scores
    }};
}

/// The 25 scores when every item's evidence is in its item's usual form and valid; `None`
/// otherwise, for [`every_form`] to score or reject.
#[inline(always)]
fn common_forms(evidence: &[Evidence; 25]) -> Option<[Score; 25]> {
    Some(each_item!(evidence, common_form))
}

/// Every item through [`Item::score`]'s own code: every form, and the error of the first
/// item, in item order, whose evidence it rejects.
#[cold]
#[inline(never)]
fn every_form(evidence: &[Evidence; 25]) -> Result<[Score; 25], Error> {
    Ok(each_item!(evidence, score_of))
}

/// One item's score through [`Item::score`]'s code, its basis left unbuilt (the compiler
/// drops it: only the score is read).
#[inline(always)]
fn score_of(item: &'static Item<'static>, evidence: &Evidence) -> Result<Score, Error> {
    item.score_inline(evidence).map(|scored| scored.score)
}

/// One item's score from evidence in its usual form: a rating (any item), a value without
/// an extra condition (measured items), a count (checklists), and the composite items' main
/// forms (a number of phases, teams with their caseload share, the liaison frequencies,
/// contacts per week without a caseload size, the permanent share). `None` for any other
/// form, and for evidence [`Item::score`] rejects.
///
/// Where `item` is known at compile time this is that item's rule alone: the form test is
/// one comparison, intervals are climbed ([`ScoreInterval::ladder_score`]) rather than
/// searched, and no basis is built. The `common_forms_agree_with_every_form` property test
/// checks it gives the score [`Item::score`] gives whenever it gives one.
#[inline(always)]
fn common_form(item: &'static Item<'static>, evidence: &Evidence) -> Option<Score> {
    // The value `Unit::check` gives, if it accepts it.
    let checked = |unit: Unit, value: f64| Some(snap_to_whole(value)).filter(|v| unit.accepts(*v));
    match (evidence, &item.rule) {
        (Evidence::Rating(score), _) => Some(*score),
        (Evidence::Value(Measurement { value, condition_met: None }), Rule::Measured(rule)) => {
            ScoreInterval::ladder_score(rule.intervals, checked(rule.unit, *value)?)
        }
        (Evidence::Count(count), Rule::Checklist(rule)) => rule.scores.get(usize::from(*count)).copied(),
        (
            Evidence::VocationalRole(VocationalRole::Phases(provided)),
            Rule::Composite(CompositeRule::VocationalGeneralists { phases }),
        ) => composite::phases_score(*provided, phases),
        (
            Evidence::TeamAssignment(TeamAssignment::Teams { teams, caseload_percent: Some(share) }),
            Rule::Composite(CompositeRule::TeamAssignment { caseload_share }),
        ) => match (teams, checked(Unit::Percent, *share)) {
            (0, _) | (_, None) => None,
            (3.., Some(_)) => Some(Score::TWO),
            (_, Some(share)) => ScoreInterval::ladder_score(caseload_share, share),
        },
        (Evidence::GovernmentLiaison(liaison), Rule::Composite(CompositeRule::GovernmentLiaison)) => {
            Some(composite::government_liaison(item.number, *liaison).score)
        }
        (
            Evidence::EmployerContacts(EmployerContacts { per_week, tracking, people_looking_for_work: None }),
            Rule::Composite(CompositeRule::EmployerContacts { contacts }),
        ) => {
            let score = ScoreInterval::ladder_score(contacts, checked(Unit::ContactsPerWeek, *per_week)?)?;
            Some(tracking.and_then(composite::tracking_cap).map_or(score, |cap| score.min(cap.limit)))
        }
        (
            Evidence::CompetitiveJobs(CompetitiveJobs { permanent_percent, current_jobs }),
            Rule::Composite(CompositeRule::CompetitiveJobs { permanent_share, min_current_jobs }),
        ) => {
            let score = ScoreInterval::ladder_score(permanent_share, checked(Unit::Percent, *permanent_percent)?)?;
            Some(if current_jobs.is_some_and(|jobs| jobs < *min_current_jobs) { Score::ONE } else { score })
        }
        _ => None,
    }
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

    /// Whether `evidence` is in one of the forms [`common_form`] scores itself for `item`.
    fn in_a_common_form(item: &crate::Item<'_>, evidence: &Evidence) -> bool {
        use crate::rule::{CompositeRule as C, Rule};
        matches!(
            (evidence, &item.rule),
            (Evidence::Rating(_), _)
                | (Evidence::Value(crate::evidence::Measurement { condition_met: None, .. }), Rule::Measured(_))
                | (Evidence::Count(_), Rule::Checklist(_))
                | (
                    Evidence::VocationalRole(VocationalRole::Phases(_)),
                    Rule::Composite(C::VocationalGeneralists { .. })
                )
                | (
                    Evidence::TeamAssignment(TeamAssignment::Teams { caseload_percent: Some(_), .. }),
                    Rule::Composite(C::TeamAssignment { .. })
                )
                | (Evidence::GovernmentLiaison(_), Rule::Composite(C::GovernmentLiaison))
                | (
                    Evidence::EmployerContacts(EmployerContacts { people_looking_for_work: None, .. }),
                    Rule::Composite(C::EmployerContacts { .. })
                )
                | (Evidence::CompetitiveJobs(_), Rule::Composite(C::CompetitiveJobs { .. }))
        )
    }

    /// The benchmarks' review (every item in its usual form) takes the common-form route,
    /// not the fallback.
    #[test]
    fn a_review_in_the_usual_forms_takes_the_common_route() {
        let r = |s: u8| Evidence::Rating(Score::new(s).unwrap());
        let evidence = [
            Evidence::value(22.0),
            Evidence::value(92.0),
            Evidence::VocationalRole(VocationalRole::Phases(5)),
            Evidence::TeamAssignment(TeamAssignment::Teams { teams: 2, caseload_percent: Some(80.0) }),
            Evidence::Count(4),
            Evidence::GovernmentLiaison(GovernmentLiaison {
                client_contacts: Frequency::Weekly,
                scheduled_meetings: Frequency::Quarterly,
            }),
            r(4),
            Evidence::Count(3),
            r(4),
            Evidence::Count(2),
            Evidence::Count(2),
            r(4),
            Evidence::Count(3),
            r(4),
            Evidence::value(45.0),
            Evidence::value(80.0),
            Evidence::EmployerContacts(EmployerContacts {
                per_week: 3.5,
                tracking: Some(TrackingReview::Monthly),
                people_looking_for_work: None,
            }),
            r(3),
            Evidence::value(72.0),
            Evidence::value(66.0),
            Evidence::CompetitiveJobs(CompetitiveJobs { permanent_percent: 88.0, current_jobs: Some(24) }),
            r(4),
            r(3),
            Evidence::value(45.0),
            Evidence::Count(4),
        ];
        let scores = super::common_forms(&evidence).expect("every item in its usual form, valid");
        // Item 1: 22 clients is 21-25 → 4; 2: 92% → 4; 3: five of six phases → 4; 4: 80% of
        // caseload → 4; 6: weekly contact → 4; 15: 45 days → 4; 16: 80% → 4; 17: 3.5
        // contacts → 3, capped at 3 by monthly review; 19: 72% → 4; 20: 66% → 3; 21: 88%
        // → 4; 24: 45% → 3; 25: four strategies → 3.
        assert_eq!(scores.map(Score::get), [4, 4, 4, 4, 4, 4, 4, 3, 4, 2, 2, 4, 4, 4, 4, 4, 3, 3, 4, 3, 4, 4, 3, 3, 3]);
        assert_eq!(Ok(scores), through_review(&evidence));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]

        /// Item by item: where the common-form route gives a score it is the one
        /// `Item::score` gives, and it gives one for every valid evidence in a common form
        /// (so the fallback is only for other forms and rejections).
        #[test]
        fn common_forms_agree_with_every_form(evidence in evidence(), index in 0usize..25) {
            let item = &super::ITEMS[index];
            let common = super::common_form(item, &evidence);
            let exact = item.score(&evidence).map(|scored| scored.score);
            match (common, exact) {
                (Some(score), exact) => prop_assert_eq!(Ok(score), exact.map_err(|e| e.to_string())),
                (None, Ok(score)) => prop_assert!(
                    !in_a_common_form(item, &evidence),
                    "item {} scores {:?} as {} but the common route gave none", index + 1, evidence, score.get()
                ),
                (None, Err(_)) => {}
            }
        }
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
