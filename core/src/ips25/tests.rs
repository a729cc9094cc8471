//! Item rules against the values printed in `003`, both sides of every printed boundary.

use super::*;
use crate::error::Error;
use crate::evidence::{
    CompetitiveJobs, ComponentSet, EmployerContacts, Evidence, Frequency, GovernmentLiaison, Measurement,
    TeamAssignment, TrackingReview, VocationalRole,
};
use crate::rule::Rule;
use crate::score::Basis;

fn score(number: u8, evidence: Evidence) -> u8 {
    SCALE.item(number).unwrap().score(&evidence).unwrap().score.get()
}

fn value(number: u8, v: f64) -> u8 {
    score(number, Evidence::value(v))
}

/// `(value, expected score)` pairs for a measured item.
fn check(number: u8, cases: &[(f64, u8)]) {
    for &(v, expected) in cases {
        assert_eq!(value(number, v), expected, "item {number}, value {v}");
    }
}

#[test]
fn the_scale_has_25_items_in_three_sections() {
    assert_eq!(SCALE.items.len(), 25);
    for (i, item) in SCALE.items.iter().enumerate() {
        assert_eq!(usize::from(item.number), i + 1);
        let expected = match item.number {
            1..=3 => "staffing",
            4..=11 => "organisation",
            _ => "services",
        };
        assert_eq!(item.section.key, expected, "item {}", item.number);
        assert!(!item.text.title.is_empty() && !item.text.description.is_empty());
        assert!(item.text.anchors.iter().all(|a| !a.is_empty()), "item {}", item.number);
    }
    assert_eq!((SCALE.min_total(), SCALE.max_total()), (25, 125));
    let keys: std::collections::BTreeSet<_> = SCALE.items.iter().map(|i| i.key).collect();
    assert_eq!(keys.len(), 25, "item keys are unique");
}

#[test]
fn rules_are_as_design_lists_them() {
    let kinds: std::vec::Vec<_> = SCALE.items.iter().map(|i| (i.number, i.rule.kind())).collect();
    for (n, kind) in kinds {
        let expected = match n {
            1 | 2 | 15 | 16 | 19 | 20 | 24 => "measured",
            5 | 8 | 10 | 11 | 13 | 25 => "checklist",
            3 | 4 | 6 | 17 | 21 => "composite",
            _ => "rated",
        };
        assert_eq!(kind, expected, "item {n}");
    }
}

#[test]
fn checklists_list_the_printed_number_of_components() {
    for (n, components) in [(5, 5), (8, 5), (10, 5), (11, 5), (13, 4), (25, 6)] {
        let Rule::Checklist(rule) = SCALE.item(n).unwrap().rule else { panic!("item {n}") };
        assert_eq!(rule.components.len(), components, "item {n}");
        assert_eq!(rule.scores.len(), components + 1, "item {n}");
    }
    assert_eq!(VOCATIONAL_PHASES.len(), 6);
    assert_eq!(DISCLOSURE_COMPONENTS[0].key, "not_required");
    assert_eq!(DISCLOSURE_COMPONENTS[1].key, "pros_and_cons");
}

#[test]
fn item_1_caseload() {
    // 20 or fewer → 5; 21–25 → 4; 26–30 → 3; 31–40 → 2; 41 or more → 1.
    check(1, &[(0.0, 5), (20.0, 5), (20.01, 4), (21.0, 4), (25.0, 4), (25.5, 3), (26.0, 3), (30.0, 3)]);
    check(1, &[(30.5, 2), (31.0, 2), (40.0, 2), (40.5, 1), (41.0, 1), (500.0, 1)]);
}

#[test]
fn item_2_employment_time() {
    // <60 → 1; 60–74 → 2; 75–89 → 3; 90–95 → 4; 96 → 5.
    check(2, &[(0.0, 1), (59.9, 1), (60.0, 2), (74.0, 2), (74.9, 2), (75.0, 3), (89.0, 3), (89.9, 3)]);
    check(2, &[(90.0, 4), (95.0, 4), (95.5, 4), (96.0, 5), (100.0, 5)]);
}

#[test]
fn item_3_vocational_generalists() {
    use VocationalRole::*;
    assert_eq!(score(3, Evidence::VocationalRole(ReferralOnly)), 1);
    assert_eq!(score(3, Evidence::VocationalRole(RefersOut)), 2);
    for (phases, expected) in [(1, 3), (4, 3), (5, 4), (6, 5)] {
        assert_eq!(score(3, Evidence::VocationalRole(Phases(phases))), expected, "{phases} phases");
    }
    let all = ComponentSet::from_bits(0b11_1111);
    assert_eq!(score(3, Evidence::VocationalRole(PhasesProvided(all))), 5);
    assert_eq!(score(3, Evidence::VocationalRole(PhasesProvided(ComponentSet::from_bits(0b1_1111)))), 4);
    for bad in [0, 7] {
        let e = SCALE.item(3).unwrap().score(&Evidence::VocationalRole(Phases(bad))).unwrap_err();
        assert!(matches!(e, Error::ValueOutOfRange { .. }), "{bad}: {e:?}");
    }
    let seventh = Evidence::VocationalRole(PhasesProvided(ComponentSet::from_bits(0b100_0000)));
    let e = SCALE.item(3).unwrap().score(&seventh).unwrap_err();
    assert_eq!(e.field(), Some("evidence.3.phases"));
}

#[test]
fn item_4_team_assignment() {
    use TeamAssignment::*;
    let teams = |teams, p| score(4, Evidence::TeamAssignment(Teams { teams, caseload_percent: Some(p) }));
    assert_eq!(score(4, Evidence::TeamAssignment(SeparateProgramme)), 1);
    assert_eq!(score(4, Evidence::TeamAssignment(IndividualPractitioners)), 2);
    assert_eq!(score(4, Evidence::TeamAssignment(Teams { teams: 3, caseload_percent: None })), 2);
    assert_eq!(teams(3, 100.0), 2);
    for (p, expected) in
        [(0.0, 2), (49.9, 2), (50.0, 3), (74.0, 3), (74.9, 3), (75.0, 4), (89.9, 4), (90.0, 5), (100.0, 5)]
    {
        assert_eq!(teams(1, p), expected, "1 team, {p}%");
        assert_eq!(teams(2, p), expected, "2 teams, {p}%");
    }
    let e = SCALE.item(4).unwrap().score(&Evidence::TeamAssignment(Teams { teams: 2, caseload_percent: None }));
    assert!(matches!(e, Err(Error::MissingField { .. })));
    let e = SCALE.item(4).unwrap().score(&Evidence::TeamAssignment(Teams { teams: 0, caseload_percent: Some(90.0) }));
    assert!(matches!(e, Err(Error::ValueOutOfRange { .. })));
}

#[test]
fn five_component_checklists() {
    for n in [5, 8, 10, 11] {
        for (count, expected) in [(0, 1), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5)] {
            assert_eq!(score(n, Evidence::Count(count)), expected, "item {n}, {count} present");
        }
        let e = SCALE.item(n).unwrap().score(&Evidence::Count(6)).unwrap_err();
        assert!(matches!(e, Error::CountOverComponents { components: 5, .. }), "item {n}");
    }
}

#[test]
fn item_13_disclosure_and_item_25_outreach() {
    for (count, expected) in [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)] {
        assert_eq!(score(13, Evidence::Count(count)), expected, "{count} present");
    }
    assert!(SCALE.item(13).unwrap().score(&Evidence::Count(5)).is_err());
    for (count, expected) in [(0, 1), (2, 1), (3, 2), (4, 3), (5, 4), (6, 5)] {
        assert_eq!(score(25, Evidence::Count(count)), expected, "{count} strategies");
    }
    assert!(SCALE.item(25).unwrap().score(&Evidence::Count(7)).is_err());
}

#[test]
fn present_counts_like_count() {
    let set =
        ComponentSet::from_keys(13, &DISCLOSURE_COMPONENTS, ["not_required", "pros_and_cons"], || "f".into()).unwrap();
    assert_eq!(score(13, Evidence::Present(set)), 3);
    let e = ComponentSet::from_keys(13, &DISCLOSURE_COMPONENTS, ["nope"], || "f".into()).unwrap_err();
    assert!(matches!(e, Error::UnknownComponent { .. }));
    let e = ComponentSet::from_keys(13, &DISCLOSURE_COMPONENTS, ["pros_and_cons", "pros_and_cons"], || "f".into())
        .unwrap_err();
    assert!(matches!(e, Error::DuplicateComponent { .. }));
    // A bit past the item's four components is refused, not counted.
    assert!(SCALE.item(13).unwrap().score(&Evidence::Present(ComponentSet::from_bits(0b1_0000))).is_err());
}

#[test]
fn item_6_government_liaison() {
    use Frequency::*;
    let s = |client_contacts, scheduled_meetings| {
        score(6, Evidence::GovernmentLiaison(GovernmentLiaison { client_contacts, scheduled_meetings }))
    };
    assert_eq!(s(Never, Never), 1);
    assert_eq!(s(LessThanQuarterly, LessThanQuarterly), 1);
    assert_eq!(s(Quarterly, Never), 2);
    assert_eq!(s(Monthly, LessThanQuarterly), 3);
    assert_eq!(s(Monthly, Quarterly), 4);
    assert_eq!(s(Weekly, Never), 4);
    assert_eq!(s(Quarterly, Monthly), 4);
    assert_eq!(s(Weekly, Monthly), 5);
    assert_eq!(s(Weekly, Weekly), 5);
}

#[test]
fn item_15_rapid_job_search() {
    // within 30 → 5; 31–60 → 4; 61–150 → 3; 151–270 → 2; 271 or more → 1.
    check(15, &[(0.0, 5), (30.0, 5), (30.5, 4), (31.0, 4), (60.0, 4), (60.5, 3), (61.0, 3), (150.0, 3)]);
    check(15, &[(150.5, 2), (151.0, 2), (270.0, 2), (270.5, 1), (271.0, 1)]);
    let tracked = |met| score(15, Evidence::Value(Measurement { value: 20.0, condition_met: Some(met) }));
    assert_eq!(tracked(true), 5);
    assert_eq!(tracked(false), 4);
    let slow = score(15, Evidence::Value(Measurement { value: 100.0, condition_met: Some(false) }));
    assert_eq!(slow, 3, "the cap only lowers");
}

#[test]
fn item_16_individualised_search() {
    check(16, &[(0.0, 1), (24.9, 1), (25.0, 2), (49.0, 2), (49.9, 2), (50.0, 3), (74.0, 3), (75.0, 4)]);
    check(16, &[(89.0, 4), (89.9, 4), (90.0, 5), (100.0, 5)]);
}

#[test]
fn item_17_employer_contacts() {
    let s = |per_week, tracking, people| {
        score(17, Evidence::EmployerContacts(EmployerContacts { per_week, tracking, people_looking_for_work: people }))
    };
    // Printed points: less than 2 → 1; 2 → 2; 4 → 3; 5 → 4; 6 or more → 5; closest point, ties down.
    for (v, expected) in [(0.0, 1), (1.9, 1), (2.0, 2), (3.0, 2), (3.1, 3), (4.0, 3), (4.5, 3), (4.6, 4)] {
        assert_eq!(s(v, None, None), expected, "{v} contacts");
    }
    for (v, expected) in [(5.0, 4), (5.5, 4), (5.6, 5), (6.0, 5), (12.0, 5)] {
        assert_eq!(s(v, None, None), expected, "{v} contacts");
    }
    assert_eq!(s(6.0, Some(TrackingReview::Weekly), None), 5);
    assert_eq!(s(6.0, Some(TrackingReview::Monthly), None), 3);
    assert_eq!(s(6.0, Some(TrackingReview::LessThanMonthly), None), 2);
    assert_eq!(s(6.0, Some(TrackingReview::NoProcess), None), 2);
    assert_eq!(s(1.0, Some(TrackingReview::NoProcess), None), 1);
    // Fewer than 3 looking for work: 2 contacts each scores 5.
    assert_eq!(s(4.0, Some(TrackingReview::Weekly), Some(2)), 5);
    assert_eq!(s(3.9, None, Some(2)), 3);
    assert_eq!(s(2.0, None, Some(1)), 5);
    assert_eq!(s(4.0, None, Some(3)), 3, "3 people is not fewer than 3");
    // Nobody looking for work: the printed product (0 contacts) would award 5 for no work.
    let e = SCALE
        .item(17)
        .unwrap()
        .score(&Evidence::EmployerContacts(EmployerContacts {
            per_week: 0.0,
            tracking: None,
            people_looking_for_work: Some(0),
        }))
        .unwrap_err();
    assert!(matches!(e, Error::ValueOutOfRange { .. }), "{e:?}");
    assert_eq!(e.field(), Some("evidence.17.people_looking_for_work"));
}

/// `float_noise`: values within 1e-9 of a whole number score as that number, so
/// arithmetic noise cannot move a value across a printed boundary.
#[test]
fn values_within_a_billionth_of_a_whole_number_score_as_that_number() {
    let noisy_30 = 0.1 * 3.0 * 100.0; // 30.000000000000004
    assert!(noisy_30 > 30.0);
    check(24, &[(noisy_30, 1), (30.0 + 2e-9, 2), (29.999_999_999_9, 1)]);
    check(1, &[(20.000_000_000_1, 5), (20.000_000_01, 4)]);
    check(2, &[(95.999_999_999_9, 5), (95.999_99, 4)]);
    check(15, &[(30.000_000_000_1, 5), (60.000_000_000_1, 4)]);
    check(16, &[(100.000_000_000_1, 5)]);
    let e = SCALE.item(16).unwrap().score(&Evidence::value(100.000_01)).unwrap_err();
    assert!(matches!(e, Error::PercentOver100 { .. }), "{e:?}");
    check(1, &[(-0.0, 5), (-1e-12, 5)]);
    match SCALE.item(24).unwrap().score(&Evidence::value(noisy_30)).unwrap().basis {
        Basis::Interval { value, .. } => assert_eq!(value, 30.0),
        other => panic!("expected an interval basis, got {other:?}"),
    }
}

#[test]
fn items_19_and_20_diversity() {
    for n in [19, 20] {
        check(n, &[(0.0, 1), (49.9, 1), (50.0, 2), (59.0, 2), (59.9, 2), (60.0, 3), (69.9, 3), (70.0, 4)]);
        check(n, &[(84.0, 4), (84.9, 4), (85.0, 5), (100.0, 5)]);
    }
}

#[test]
fn item_21_competitive_jobs() {
    let s =
        |p, jobs| score(21, Evidence::CompetitiveJobs(CompetitiveJobs { permanent_percent: p, current_jobs: jobs }));
    for (p, expected) in [(0.0, 1), (63.9, 1), (64.0, 1), (64.9, 1), (65.0, 2), (74.9, 2), (75.0, 3), (84.9, 3)] {
        assert_eq!(s(p, None), expected, "{p}%");
    }
    for (p, expected) in [(85.0, 4), (94.9, 4), (95.0, 5), (100.0, 5)] {
        assert_eq!(s(p, Some(10)), expected, "{p}%");
    }
    assert_eq!(s(100.0, Some(9)), 1, "fewer than 10 current jobs");
    assert_eq!(s(100.0, Some(10)), 5);
}

/// `assumed_conditions`: a condition the evidence leaves out is taken as met, and named, only
/// when the score is above what the condition not met would allow.
#[test]
fn conditions_left_out_are_taken_as_met_and_named() {
    let scored = |n: u8, e: Evidence| SCALE.item(n).unwrap().score(&e).unwrap();
    let days = |value, condition_met| Evidence::Value(Measurement { value, condition_met });
    // Item 15: 5 needs tracking.
    let five = scored(15, days(20.0, None));
    assert_eq!(
        (five.score.get(), five.assumed),
        (5, Some("the programme tracks employer contacts (5 needs tracking)"))
    );
    assert!(
        five.basis_text()
            .ends_with("; taken as met, not evidenced: the programme tracks employer contacts (5 needs tracking)")
    );
    assert_eq!(scored(15, days(45.0, None)).assumed, None, "4 does not need tracking");
    assert_eq!(scored(15, days(20.0, Some(true))).assumed, None);
    assert_eq!(scored(15, days(20.0, Some(false))).assumed, None, "given as not met: capped instead");
    // Item 17: 3 needs monthly review of the tracking form, 4 and 5 weekly.
    let contacts = |per_week, tracking| {
        Evidence::EmployerContacts(EmployerContacts { per_week, tracking, people_looking_for_work: None })
    };
    let weekly = "the SE supervisor reviews the tracking form weekly (4 and 5 need weekly review)";
    let monthly = "the SE supervisor reviews the tracking form at least monthly (3 needs monthly review)";
    assert_eq!(scored(17, contacts(6.0, None)).assumed, Some(weekly));
    assert_eq!(scored(17, contacts(5.0, None)).assumed, Some(weekly));
    assert_eq!(scored(17, contacts(4.0, None)).assumed, Some(monthly));
    assert_eq!(scored(17, contacts(2.0, None)).assumed, None);
    assert_eq!(scored(17, contacts(6.0, Some(TrackingReview::Weekly))).assumed, None);
    // Item 21: anything above 1 needs at least 10 current jobs.
    let jobs = |permanent_percent, current_jobs| {
        Evidence::CompetitiveJobs(CompetitiveJobs { permanent_percent, current_jobs })
    };
    let assumed = Some("at least 10 current jobs (anchor 1: fewer than 10 current jobs scores 1)");
    assert_eq!(scored(21, jobs(100.0, None)).assumed, assumed);
    assert_eq!(scored(21, jobs(70.0, None)).assumed, assumed);
    assert_eq!(scored(21, jobs(50.0, None)).assumed, None, "1 needs nothing");
    assert_eq!(scored(21, jobs(100.0, Some(10))).assumed, None);
    // The review lists them, in item order.
    let mut review = crate::review::Review::new(&SCALE);
    review.add(21, jobs(100.0, None)).unwrap();
    review.add(15, days(20.0, None)).unwrap();
    review.add(17, contacts(6.0, Some(TrackingReview::Weekly))).unwrap();
    let report = review.report(crate::review::ReviewOptions::default());
    let listed: alloc::vec::Vec<u8> = report.assumed_conditions().map(|(n, _)| n).collect();
    assert_eq!(listed, [15, 21]);
}

#[test]
fn item_24_community() {
    check(24, &[(0.0, 1), (30.0, 1), (30.1, 2), (39.0, 2), (39.9, 2), (40.0, 3), (49.9, 3), (50.0, 4)]);
    check(24, &[(64.0, 4), (64.9, 4), (65.0, 5), (100.0, 5)]);
    // `community_30_overlap`: anchors 1 and 2 both print 30; the overlap is resolved downward,
    // so 30 scores 1 and its basis is anchor 1's printed range.
    let item = SCALE.item(24).unwrap();
    assert!(item.text.anchors[0].starts_with("30% or less") && item.text.anchors[1].starts_with("30-39%"));
    let scored = item.score(&Evidence::value(30.0)).unwrap();
    assert_eq!(scored.basis_text(), "30% falls in [0, 30] (printed \"30% time or less\")");
}

#[test]
fn measured_values_outside_the_domain_are_refused() {
    let err = |n, v| SCALE.item(n).unwrap().score(&Evidence::value(v)).unwrap_err();
    assert!(matches!(err(1, -1.0), Error::NegativeValue { .. }));
    assert!(matches!(err(1, f64::NAN), Error::NonFiniteValue { .. }));
    assert!(matches!(err(15, f64::INFINITY), Error::NonFiniteValue { .. }));
    assert!(matches!(err(2, 100.5), Error::PercentOver100 { .. }));
    assert!(matches!(err(24, -0.5), Error::NegativeValue { .. }));
}

#[test]
fn forms_an_item_does_not_take_are_refused() {
    let e = SCALE.item(7).unwrap().score(&Evidence::Count(3)).unwrap_err();
    assert!(matches!(e, Error::FormNotAccepted { item: 7, form: "count", .. }), "{e:?}");
    let e = SCALE.item(1).unwrap().score(&Evidence::Count(3)).unwrap_err();
    assert!(matches!(e, Error::FormNotAccepted { .. }));
    let e = SCALE.item(5).unwrap().score(&Evidence::value(3.0)).unwrap_err();
    assert!(matches!(e, Error::FormNotAccepted { .. }));
}

#[test]
fn ratings_and_insufficient_data_apply_to_every_item() {
    for item in &ITEMS {
        let rated = item.score(&Evidence::Rating(Score::THREE)).unwrap();
        assert_eq!(rated.score, Score::THREE);
        let expected = if matches!(item.rule, Rule::Rated) { Basis::Anchor } else { Basis::Rating };
        assert_eq!(rated.basis, expected, "item {}", item.number);
        let none = item.score(&Evidence::InsufficientData).unwrap();
        assert_eq!((none.score, none.basis), (Score::ONE, Basis::InsufficientData));
    }
}

#[test]
fn bands_partition_25_to_125() {
    for total in 25..=125u16 {
        let bands: std::vec::Vec<_> = BANDS.iter().filter(|b| b.contains(total)).collect();
        assert_eq!(bands.len(), 1, "total {total}");
    }
    for (total, band) in [(125, "exemplary"), (115, "exemplary"), (114, "good"), (100, "good"), (99, "fair")] {
        assert_eq!(SCALE.band(total).unwrap().id, band, "{total}");
    }
    for (total, band) in [(74, "fair"), (73, "not_supported_employment"), (25, "not_supported_employment")] {
        assert_eq!(SCALE.band(total).unwrap().id, band, "{total}");
    }
    assert_eq!(SCALE.band(24), None);
    assert_eq!(SCALE.band(126), None);
}

#[test]
fn measured_intervals_cover_the_domain_exactly_once() {
    for item in &ITEMS {
        let (intervals, unit): (&[ScoreInterval], Unit) = match item.rule {
            Rule::Measured(m) => (m.intervals, m.unit),
            Rule::Composite(CompositeRule::TeamAssignment { caseload_share }) => (caseload_share, Unit::Percent),
            Rule::Composite(CompositeRule::EmployerContacts { contacts }) => (contacts, Unit::ContactsPerWeek),
            Rule::Composite(CompositeRule::CompetitiveJobs { permanent_share, .. }) => (permanent_share, Unit::Percent),
            _ => continue,
        };
        for step in 0..=8000 {
            let v = f64::from(step) * 0.05;
            let in_domain = unit.max().is_none_or(|max| v <= max);
            let holding = intervals.iter().filter(|i| i.contains(v)).count();
            assert_eq!(holding, usize::from(in_domain), "item {} value {v}", item.number);
        }
    }
}

#[test]
fn anchor_texts_are_distinct_and_carry_the_printed_numbers() {
    for item in SCALE.items {
        let anchors = item.text.anchors;
        let distinct: std::collections::BTreeSet<_> = anchors.iter().collect();
        assert_eq!(distinct.len(), 5, "item {} has five different anchors", item.number);
        assert!(item.text.title.len() > 5 && item.text.description.len() > 40, "item {}", item.number);
        let Rule::Measured(rule) = item.rule else { continue };
        for interval in rule.intervals {
            let anchor = anchors[usize::from(interval.score.get()) - 1];
            let numbers = interval.printed.split(|c: char| !c.is_ascii_digit()).filter(|n| !n.is_empty());
            for number in numbers {
                assert!(anchor.contains(number), "item {} anchor {anchor:?} lacks {number}", item.number);
            }
        }
    }
    for components in [&TEAM_CONTACT_COMPONENTS[..], &SUPERVISOR_ROLE_COMPONENTS, &DISCLOSURE_COMPONENTS] {
        assert!(components.iter().all(|c| c.description.ends_with('.') && c.description.len() > 20));
    }
    assert!(SCALE.item(1).unwrap().text.anchors[4].contains("20 or fewer"));
    assert!(SCALE.item(15).unwrap().text.anchors[0].contains("271 days or more"));
}

/// Every interval set of the built-in scale, measured items' and composites'.
fn builtin_interval_sets() -> [&'static [ScoreInterval<'static>]; 9] {
    [
        &CASELOAD_INTERVALS,
        &EMPLOYMENT_TIME_INTERVALS,
        &TEAM_CASELOAD_INTERVALS,
        &RAPID_SEARCH_INTERVALS,
        &INDIVIDUALISED_SEARCH_INTERVALS,
        &EMPLOYER_CONTACT_INTERVALS,
        &DIVERSITY_INTERVALS,
        &COMPETITIVE_JOBS_INTERVALS,
        &COMMUNITY_INTERVALS,
    ]
}

/// The built-in intervals are laid end to end, so climbing gives the score the search
/// gives, on each bound, a step either side of it, and outside the intervals.
#[test]
fn climbing_gives_the_search_s_score_on_every_bound() {
    for intervals in builtin_interval_sets() {
        for interval in intervals {
            for bound in [interval.lower, interval.upper] {
                let (Bound::Inclusive(b) | Bound::Exclusive(b)) = bound else { continue };
                // The doubles either side of `b` (bounds are 0 or more).
                let above = f64::from_bits(b.to_bits() + 1);
                let under = if b > 0.0 { f64::from_bits(b.to_bits() - 1) } else { -f64::from_bits(1) };
                for value in [b, above, under, b - 0.5, b + 0.5, -1.0, 1e300, f64::NAN] {
                    let found = ScoreInterval::find(intervals, value).map(|i| i.score);
                    assert_eq!(ScoreInterval::ladder_score(intervals, value), found, "{value} in {intervals:?}");
                }
            }
        }
    }
    // Both orders: item 1 lists its intervals from 41+ down to 0-20, item 2 upwards.
    assert_eq!(ScoreInterval::ladder_score(&CASELOAD_INTERVALS, 20.0), Some(Score::FIVE));
    assert_eq!(ScoreInterval::ladder_score(&CASELOAD_INTERVALS, 20.5), Some(Score::FOUR));
    assert_eq!(ScoreInterval::ladder_score(&CASELOAD_INTERVALS, 1e9), Some(Score::ONE));
    assert_eq!(ScoreInterval::ladder_score(&EMPLOYMENT_TIME_INTERVALS, 96.0), Some(Score::FIVE));
    assert_eq!(ScoreInterval::ladder_score(&EMPLOYMENT_TIME_INTERVALS, 95.9), Some(Score::FOUR));
    assert_eq!(ScoreInterval::ladder_score(&EMPLOYMENT_TIME_INTERVALS, 100.5), None);
}
