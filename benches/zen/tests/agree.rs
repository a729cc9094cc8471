//! All four peers give the reference scores on all 200 cases.

use sefidelity_zen_bench::{
    Zen, cases, document_scores, floor, json_scores, sefidelity_document, sefidelity_fast, sefidelity_fast_typed,
    sefidelity_typed, typed_evidence_array, zen_input,
};

#[test]
fn two_hundred_cases() {
    assert_eq!(cases().len(), 200);
}

#[test]
fn floor_and_sefidelity_typed_give_the_reference_scores() {
    for (i, case) in cases().iter().enumerate() {
        assert_eq!(floor(&case.input), case.scores, "floor, case {i}: {:?}", case.input);
        assert_eq!(sefidelity_fast(&case.input), case.scores, "sefidelity typed fast, case {i}: {:?}", case.input);
        let evidence = typed_evidence_array(&case.input).expect("every benchmark review types");
        assert_eq!(sefidelity_fast_typed(&evidence), case.scores, "typed fast on typed evidence, case {i}");
        assert_eq!(sefidelity_typed(&case.input), case.scores, "sefidelity typed, case {i}: {:?}", case.input);
    }
}

#[test]
fn sefidelity_document_gives_the_reference_scores() {
    for (i, case) in cases().iter().enumerate() {
        let response = sefidelity_document(&case.request);
        assert_eq!(document_scores(&response), case.scores, "document API, case {i}: {response}");
    }
}

#[test]
fn zen_gives_the_reference_scores() {
    let zen = Zen::load().expect("model loads");
    for (i, case) in cases().iter().enumerate() {
        let input = zen_input(&case.input_json).expect("input parses");
        assert_eq!(
            zen.scores_blocking(input.clone()).expect("evaluates"),
            case.scores,
            "zen, case {i}: {:?}",
            case.input
        );
        // The benches reuse one input Variable: evaluating must leave it as it was.
        assert_eq!(zen.scores_blocking(input.clone()).expect("evaluates"), case.scores, "zen again, case {i}");
        assert_eq!(input.to_value(), zen_input(&case.input_json).expect("input parses").to_value());
        let text = zen.block_on(zen.evaluate_json(&case.input_json)).expect("evaluates");
        assert_eq!(json_scores(&text), case.scores, "zen JSON text, case {i}: {text}");
    }
}

/// The intervals' ends, each side of every boundary, and out-of-domain values: zen and the
/// floor agree with sefidelity typed everywhere, not just on the 200 one-decimal inputs.
#[test]
fn boundaries_agree() {
    let zen = Zen::load().expect("model loads");
    let base = cases()[0].input;
    let reals = [
        -1.0, 0.0, 1.0, 1.9, 2.0, 2.5, 3.0, 3.1, 4.4, 4.5, 4.6, 5.5, 5.6, 6.0, 19.9, 20.0, 20.1, 25.0, 25.1, 29.9,
        30.0, 30.1, 39.9, 40.0, 40.1, 49.9, 50.0, 59.9, 60.0, 60.1, 64.9, 65.0, 69.9, 70.0, 74.9, 75.0, 84.9, 85.0,
        89.9, 90.0, 94.9, 95.0, 95.9, 96.0, 99.9, 100.0, 100.1, 149.9, 150.0, 150.1, 270.0, 270.1, 400.0,
    ];
    let mut inputs = Vec::new();
    for &v in &reals {
        let mut x = base;
        (x.caseload, x.employment_time, x.team_caseload, x.days, x.individualised) = (v, v, v, v, v);
        (x.contacts, x.job_types, x.employers, x.permanent, x.community) = (v, v, v, v, v);
        inputs.push(x);
    }
    for n in 0..=8u8 {
        for m in 0..=5u8 {
            let mut x = base;
            (x.phases, x.teams, x.team_contact, x.supervisor, x.focus, x.executive) = (n, n, n, n, n, n);
            (x.disclosure, x.outreach, x.r7, x.r9, x.r12, x.r14) = (n, n, n, n, n, n);
            (x.r18, x.r22, x.r23, x.client_contacts, x.meetings) = (n, n, n, n, m);
            (x.tracking, x.current_jobs) = (m, u32::from(n) * 2);
            for &v in &[1.0, 2.0, 2.5, 3.0, 3.5, 4.5, 5.0, 5.5, 6.0, 49.9, 50.0, 74.9, 75.0, 89.9, 90.0] {
                (x.contacts, x.team_caseload) = (v, v);
                inputs.push(x);
            }
        }
    }
    for x in &inputs {
        let expected = sefidelity_typed(x);
        assert_eq!(floor(x), expected, "floor: {x:?}");
        assert_eq!(sefidelity_fast(x), expected, "typed fast: {x:?}");
        let json = serde_json::to_string(&to_json(x)).expect("json");
        let got = zen.scores_blocking(zen_input(&json).expect("input")).expect("evaluates");
        assert_eq!(got, expected, "zen: {x:?}");
    }
}

fn to_json(x: &sefidelity_zen_bench::Input) -> serde_json::Value {
    serde_json::json!({
        "caseload": x.caseload, "employment_time": x.employment_time, "phases": x.phases, "teams": x.teams,
        "team_caseload": x.team_caseload, "team_contact": x.team_contact, "client_contacts": x.client_contacts,
        "meetings": x.meetings, "r7": x.r7, "supervisor": x.supervisor, "r9": x.r9, "focus": x.focus,
        "executive": x.executive, "r12": x.r12, "disclosure": x.disclosure, "r14": x.r14, "days": x.days,
        "individualised": x.individualised, "contacts": x.contacts, "tracking": x.tracking, "r18": x.r18,
        "job_types": x.job_types, "employers": x.employers, "permanent": x.permanent,
        "current_jobs": x.current_jobs, "r22": x.r22, "r23": x.r23, "community": x.community,
        "outreach": x.outreach,
    })
}
