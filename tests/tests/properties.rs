//! Properties that must hold for every input.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "test code: a broken assumption should fail the test"
)]

use proptest::prelude::*;
use sefidelity::document::{self, Request, ReviewRequest};
use sefidelity::evidence::{
    CompetitiveJobs, ComponentSet, EmployerContacts, Evidence, Frequency, GovernmentLiaison, Measurement,
    TeamAssignment, TrackingReview, VocationalRole,
};
use sefidelity::rule::{CompositeRule, Direction, Rule};
use sefidelity::{InsufficientDataPolicy, Item, Review, ReviewOptions, Score, ips25};

fn score() -> impl Strategy<Value = Score> {
    (1u8..=5).prop_map(|n| Score::new(n).unwrap())
}

fn percent() -> impl Strategy<Value = f64> {
    prop_oneof![(0u32..=100).prop_map(f64::from), 0.0f64..=100.0]
}

fn frequency() -> impl Strategy<Value = Frequency> {
    prop::sample::select(Frequency::ALL.to_vec())
}

/// Valid evidence of every form `item` takes.
fn evidence_for(item: &'static Item) -> BoxedStrategy<Evidence> {
    let common = prop_oneof![score().prop_map(Evidence::Rating), Just(Evidence::InsufficientData)];
    let specific: BoxedStrategy<Evidence> = match item.rule {
        Rule::Rated => score().prop_map(Evidence::Rating).boxed(),
        Rule::Measured(m) => {
            let value = if m.unit.max().is_some() { percent().boxed() } else { (0.0f64..400.0).boxed() };
            let condition =
                if m.condition.is_some() { prop::option::of(any::<bool>()).boxed() } else { Just(None).boxed() };
            (value, condition)
                .prop_map(|(value, condition_met)| Evidence::Value(Measurement { value, condition_met }))
                .boxed()
        }
        Rule::Checklist(c) => {
            let n = c.components.len();
            let mask = u8::try_from((1u16 << n) - 1).unwrap();
            prop_oneof![
                (0..=u8::try_from(n).unwrap()).prop_map(Evidence::Count),
                any::<u8>().prop_map(move |bits| Evidence::Present(ComponentSet::from_bits(bits & mask))),
            ]
            .boxed()
        }
        Rule::Composite(CompositeRule::VocationalGeneralists { .. }) => prop_oneof![
            Just(VocationalRole::ReferralOnly),
            Just(VocationalRole::RefersOut),
            (1u8..=6).prop_map(VocationalRole::Phases),
            (1u8..64).prop_map(|b| VocationalRole::PhasesProvided(ComponentSet::from_bits(b))),
        ]
        .prop_map(Evidence::VocationalRole)
        .boxed(),
        Rule::Composite(CompositeRule::TeamAssignment { .. }) => prop_oneof![
            Just(TeamAssignment::SeparateProgramme),
            Just(TeamAssignment::IndividualPractitioners),
            (1u8..=2, percent()).prop_map(|(teams, p)| TeamAssignment::Teams { teams, caseload_percent: Some(p) }),
            (3u8..=9, prop::option::of(percent()))
                .prop_map(|(teams, caseload_percent)| TeamAssignment::Teams { teams, caseload_percent }),
        ]
        .prop_map(Evidence::TeamAssignment)
        .boxed(),
        Rule::Composite(CompositeRule::GovernmentLiaison) => (frequency(), frequency())
            .prop_map(|(client_contacts, scheduled_meetings)| {
                Evidence::GovernmentLiaison(GovernmentLiaison { client_contacts, scheduled_meetings })
            })
            .boxed(),
        Rule::Composite(CompositeRule::EmployerContacts { .. }) => (
            0.0f64..20.0,
            prop::option::of(prop::sample::select(TrackingReview::ALL.to_vec())),
            prop::option::of(1u32..10), // 0 people is refused (interpretation `employer_contacts_small_caseload`)
        )
            .prop_map(|(per_week, tracking, people_looking_for_work)| {
                Evidence::EmployerContacts(EmployerContacts { per_week, tracking, people_looking_for_work })
            })
            .boxed(),
        Rule::Composite(CompositeRule::CompetitiveJobs { .. }) => (percent(), prop::option::of(0u32..40))
            .prop_map(|(permanent_percent, current_jobs)| {
                Evidence::CompetitiveJobs(CompetitiveJobs { permanent_percent, current_jobs })
            })
            .boxed(),
    };
    prop_oneof![1 => common, 4 => specific].boxed()
}

/// Evidence for a random subset of the items (each item at most once).
fn review_evidence() -> impl Strategy<Value = Vec<(u8, Evidence)>> {
    let per_item: Vec<_> = ips25::ITEMS
        .iter()
        .map(|item| prop::option::weighted(0.8, evidence_for(item)).prop_map(move |e| (item.number, e)))
        .collect();
    per_item.prop_map(|items| items.into_iter().filter_map(|(n, e)| e.map(|e| (n, e))).collect())
}

fn options() -> impl Strategy<Value = ReviewOptions> {
    prop_oneof![Just(InsufficientDataPolicy::ScoreOne), Just(InsufficientDataPolicy::LeaveUnscored)]
        .prop_map(|insufficient_data| ReviewOptions { insufficient_data })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    /// A measured item's score never moves against its direction as the value grows.
    #[test]
    fn measured_scores_are_monotone(a in 0.0f64..400.0, b in 0.0f64..400.0) {
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        for item in &ips25::ITEMS {
            let Rule::Measured(rule) = item.rule else { continue };
            let cap = rule.unit.max().unwrap_or(f64::MAX);
            let (low, high) = (low.min(cap), high.min(cap));
            let s = |v| item.score(&Evidence::value(v)).unwrap().score;
            match rule.direction {
                Direction::HigherIsBetter => prop_assert!(s(low) <= s(high), "item {} {low} {high}", item.number),
                Direction::LowerIsBetter => prop_assert!(s(low) >= s(high), "item {} {low} {high}", item.number),
            }
        }
    }

    /// Item 17's contacts and item 21's and item 4's shares are monotone too.
    #[test]
    fn composite_numbers_are_monotone(a in 0.0f64..=100.0, b in 0.0f64..=100.0) {
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        let contacts = |v| ips25::SCALE.item(17).unwrap().score(&Evidence::EmployerContacts(EmployerContacts {
            per_week: v / 5.0, tracking: None, people_looking_for_work: None })).unwrap().score;
        let permanent = |v| ips25::SCALE.item(21).unwrap().score(&Evidence::CompetitiveJobs(CompetitiveJobs {
            permanent_percent: v, current_jobs: None })).unwrap().score;
        let share = |v| ips25::SCALE.item(4).unwrap().score(&Evidence::TeamAssignment(TeamAssignment::Teams {
            teams: 1, caseload_percent: Some(v) })).unwrap().score;
        prop_assert!(contacts(low) <= contacts(high));
        prop_assert!(permanent(low) <= permanent(high));
        prop_assert!(share(low) <= share(high));
    }

    /// The total is the sum of the item scores; sections add up to it; a band exists exactly
    /// when the review is complete and it contains the total.
    #[test]
    fn totals_sections_and_bands_agree(evidence in review_evidence(), options in options()) {
        let mut review = Review::new(&ips25::SCALE);
        for (n, e) in &evidence {
            prop_assert!(review.add(*n, *e).is_ok(), "item {n} {e:?}");
        }
        let report = review.report(options);
        let sum: u16 = report.scores().map(|s| u16::from(s.score.get())).sum();
        prop_assert_eq!(report.total(), sum);
        prop_assert_eq!(report.sections().map(|s| s.total).sum::<u16>(), sum);
        prop_assert_eq!(usize::from(report.scored_count()) + report.missing().count(), 25);
        match report.band() {
            Some(band) => {
                prop_assert!(report.is_complete());
                prop_assert!(band.contains(report.total()));
            }
            None => prop_assert!(!report.is_complete()),
        }
        let gaps: Vec<u8> = report.action_plan().map(|a| a.gap).collect();
        prop_assert!(gaps.windows(2).all(|w| w[0] >= w[1]), "action plan is largest gap first: {gaps:?}");
        prop_assert_eq!(gaps.len(), report.scores().filter(|s| s.score < Score::FIVE).count());
    }

    /// Every total from 25 to 125 falls in exactly one band.
    #[test]
    fn bands_partition_every_total(total in 25u16..=125) {
        prop_assert_eq!(ips25::BANDS.iter().filter(|b| b.contains(total)).count(), 1);
    }

    /// Request → JSON → request, and response → JSON → response, change nothing.
    #[test]
    fn documents_round_trip(evidence in review_evidence(), options in options()) {
        let mut evidence = evidence;
        evidence.sort_by_key(|(n, _)| *n);
        let request = Request::Review(ReviewRequest {
            scale: document::ScaleRef::id(ips25::SCALE.id),
            evidence: Some(document::evidence_doc(&ips25::SCALE, &evidence)),
            raters: None,
            consensus: None,
            options: document::OptionsDoc { insufficient_data: options.insufficient_data },
            facts: None,
        });
        let text = request.to_json().unwrap();
        let parsed = document::parse_request(&text);
        prop_assert_eq!(parsed.as_ref(), Ok(&request), "{}", text);
        // The document form gives back the typed evidence it was written from.
        let Request::Review(review_request) = &request else { panic!("a review request") };
        let given = review_request.evidence.as_ref().unwrap();
        let typed = document::typed_evidence(&ips25::SCALE, given, "evidence");
        prop_assert_eq!(typed.as_ref(), Ok(&evidence));
        let answer = request.answer().unwrap();
        let json = answer.to_json().unwrap();
        let document::Response::Review(review) = answer.response else { panic!("a review answers a review") };
        let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
        let produced_by = value.as_object_mut().and_then(|o| o.remove("produced_by"));
        let produced_by: Option<document::ProducedBy> = produced_by.and_then(|v| serde_json::from_value(v).ok());
        prop_assert_eq!(produced_by, Some(answer.produced_by));
        let back: document::ReviewResponse = serde_json::from_value(value).unwrap();
        prop_assert_eq!(&back, &review);
        prop_assert_eq!(document::evaluate(&text), json);
    }

    /// Arbitrary bytes never panic and always get a JSON answer.
    #[test]
    fn arbitrary_bytes_get_a_json_answer(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let answer = document::evaluate_bytes(&bytes);
        prop_assert!(serde_json::from_str::<serde_json::Value>(&answer).is_ok(), "{answer}");
    }

    /// Arbitrary JSON-shaped requests — right keys, wrong values — never panic, and the
    /// answer is either a review or an error with a code and a message.
    #[test]
    fn arbitrary_requests_get_a_review_or_an_error(value in arbitrary_request()) {
        let answer: serde_json::Value = serde_json::from_str(&document::evaluate(&value.to_string())).unwrap();
        if let Some(error) = answer.get("error") {
            prop_assert!(error["code"].is_string() && error["message"].is_string(), "{answer}");
        } else {
            prop_assert!(answer["scale"].is_string() && answer["total"].is_u64(), "{answer}");
        }
    }
}

fn json_leaf() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        (-10i64..300).prop_map(Value::from),
        (-1e3f64..1e3).prop_map(Value::from),
        prop::sample::select(vec![
            "weekly",
            "monthly",
            "never",
            "no_process",
            "refers_out",
            "separate_programme",
            "pros_and_cons",
            "intake",
            "x",
            "",
        ])
        .prop_map(Value::from),
    ]
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    json_leaf().prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::from),
            prop::collection::btree_map(key(), inner, 0..4)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

fn key() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "rating",
        "value",
        "count",
        "present",
        "role",
        "phases",
        "teams",
        "caseload_percent",
        "arrangement",
        "client_contacts",
        "scheduled_meetings",
        "contacts_per_week",
        "tracking",
        "people_looking_for_work",
        "permanent_percent",
        "current_jobs",
        "insufficient_data",
        "tracks_employer_contacts",
        "other",
    ])
    .prop_map(String::from)
}

fn arbitrary_request() -> impl Strategy<Value = serde_json::Value> {
    let item_key = prop_oneof![(0u32..30).prop_map(|n| n.to_string()), Just(String::from("x"))];
    let evidence = prop::collection::btree_map(item_key, prop::collection::btree_map(key(), json_value(), 0..3), 0..8);
    (prop::sample::select(vec!["review", "compare", "other"]), evidence).prop_map(|(operation, evidence)| {
        serde_json::json!({
            "operation": operation,
            "scale": "ips-25-uk",
            "evidence": evidence,
            "before": { "evidence": {} },
            "after": { "evidence": {} },
        })
    })
}
