//! The document API: responses, and an error document for every kind of bad input.

use super::*;
use alloc::format;
use serde_json::Value;

fn answer(request: &str) -> Value {
    serde_json::from_str(&evaluate(request)).unwrap()
}

fn error_code(request: &str) -> String {
    let v = answer(request);
    v["error"]["code"].as_str().unwrap_or_else(|| core::panic!("no error for {request}: {v}")).into()
}

fn review(evidence: &str) -> String {
    format!(r#"{{"operation":"review","scale":"ips-25-uk","evidence":{evidence}}}"#)
}

#[test]
fn the_design_example_scores() {
    let v = answer(&review(
        r#"{"1": {"value": 22.5}, "5": {"count": 4}, "7": {"rating": 5},
            "13": {"present": ["not_required", "pros_and_cons"]}, "9": {"insufficient_data": true}}"#,
    ));
    assert_eq!(v["scale"], "ips-25-uk");
    assert_eq!(v["complete"], false);
    assert_eq!(v["total"], 4 + 4 + 5 + 3 + 1);
    assert_eq!(v["max"], 125);
    assert_eq!(v["band"], Value::Null);
    assert_eq!(v["items"][0]["number"], 1);
    assert_eq!(v["items"][0]["score"], 4);
    assert_eq!(v["items"][0]["basis_kind"], "interval");
    assert_eq!(v["insufficient_data"], serde_json::json!([9]));
    assert_eq!(v["missing"].as_array().unwrap().len(), 20);
    // Gaps: 9 → 4 (insufficient data), 13 → 2; 1 and 5 → 1 each, 1 (caseload) before 5 (integration).
    let plan: std::vec::Vec<_> =
        v["action_plan"].as_array().unwrap().iter().map(|a| a["number"].as_u64().unwrap()).collect();
    assert_eq!(plan, [9, 13, 1, 5]);
}

#[test]
fn a_complete_review_has_a_band() {
    let all: std::vec::Vec<String> = (1..=25).map(|n| format!(r#""{n}":{{"rating":4}}"#)).collect();
    let v = answer(&review(&format!("{{{}}}", all.join(","))));
    assert_eq!(
        (v["complete"].as_bool(), v["total"].as_u64(), v["band"].as_str()),
        (Some(true), Some(100), Some("good"))
    );
    assert_eq!(
        v["sections"][0],
        serde_json::json!({"section": "staffing", "total": 12, "max": 15, "scored": 3, "items": 3})
    );
}

#[test]
fn insufficient_data_can_be_left_unscored() {
    let request = r#"{"operation":"review","scale":"ips-25-uk","evidence":{"9":{"insufficient_data":true}},
        "options":{"insufficient_data":"leave_unscored"}}"#;
    let v = answer(request);
    assert_eq!(v["total"], 0);
    assert_eq!(v["items"], serde_json::json!([]));
    assert_eq!(v["missing"].as_array().unwrap().len(), 25);
    assert_eq!(v["insufficient_data"], serde_json::json!([9]));
}

#[test]
fn every_bad_input_gets_its_code() {
    let cases: &[(&str, &str)] = &[
        ("{", "malformed_json"),
        ("", "malformed_json"),
        ("[]", "wrong_type"),
        (r#"{"operation":"review","scale":"ips-25-uk","evidence":{}} x"#, "malformed_json"),
        (r#"{"operation":"fly"}"#, "unknown_operation"),
        (r#"{"scale":"ips-25-uk","evidence":{}}"#, "missing_field"),
        (r#"{"operation":"review","scale":"ips-25-uk","evidence":{},"version":2}"#, "unsupported_version"),
        (r#"{"operation":"review","scale":"ips-99","evidence":{}}"#, "unknown_scale"),
        (r#"{"operation":"review","scale":"ips-25-uk"}"#, "empty_evidence"),
        (r#"{"operation":"review","scale":"ips-25-uk","evidence":{},"extra":1}"#, "unknown_field"),
        (r#"{"operation":"review","operation":"review","scale":"ips-25-uk","evidence":{}}"#, "duplicate_field"),
        (r#"{"operation":"review","scale":"ips-25-uk","evidence":[]}"#, "wrong_type"),
        (
            r#"{"operation":"review","scale":"ips-25-uk","evidence":{},"options":{"insufficient_data":"x"}}"#,
            "unknown_value",
        ),
    ];
    for (request, code) in cases {
        assert_eq!(error_code(request), *code, "{request}");
    }
    let evidence_cases: &[(&str, &str)] = &[
        (r#"{"26":{"rating":3}}"#, "unknown_item"),
        (r#"{"0":{"rating":3}}"#, "unknown_item"),
        (r#"{"01":{"rating":3}}"#, "unknown_item"),
        (r#"{"x":{"rating":3}}"#, "unknown_item"),
        (r#"{"7":{"rating":3},"7":{"rating":4}}"#, "duplicate_item"),
        (r#"{"7":{"rating":6}}"#, "rating_out_of_range"),
        (r#"{"7":{"rating":0}}"#, "rating_out_of_range"),
        (r#"{"7":{"rating":4.5}}"#, "rating_not_whole_number"),
        (r#"{"7":{"rating":"4"}}"#, "wrong_type"),
        (r#"{"1":{"value":-1}}"#, "negative_value"),
        (r#"{"2":{"value":100.5}}"#, "percent_over_100"),
        (r#"{"1":{"value":1e999}}"#, "malformed_json"),
        (r#"{"5":{"count":6}}"#, "count_over_components"),
        (r#"{"5":{"count":1000}}"#, "count_over_components"),
        (r#"{"5":{"count":-1}}"#, "negative_value"),
        (r#"{"5":{"count":2.5}}"#, "not_whole_number"),
        (r#"{"13":{"present":["nope"]}}"#, "unknown_component"),
        (r#"{"13":{"present":["not_required","not_required"]}}"#, "duplicate_component"),
        (r#"{"13":{"present":[1]}}"#, "wrong_type"),
        (r#"{"7":{"count":3}}"#, "form_not_accepted"),
        (r#"{"1":{"count":3}}"#, "form_not_accepted"),
        (r#"{"7":{"rating":3,"value":2}}"#, "conflicting_evidence"),
        (r#"{"7":{}}"#, "empty_evidence"),
        (r#"{"7":{"colour":"red"}}"#, "unknown_field"),
        (r#"{"1":{"value":20,"tracks_employer_contacts":true}}"#, "unknown_field"),
        (r#"{"15":{"value":20,"tracks_employer_contacts":"yes"}}"#, "wrong_type"),
        (r#"{"6":{"client_contacts":"weekly"}}"#, "missing_field"),
        (r#"{"6":{"scheduled_meetings":"weekly"}}"#, "missing_field"),
        (r#"{"6":{"client_contacts":"daily","scheduled_meetings":"weekly"}}"#, "unknown_value"),
        (r#"{"4":{"teams":2}}"#, "missing_field"),
        (r#"{"4":{"teams":0,"caseload_percent":90}}"#, "value_out_of_range"),
        (r#"{"3":{"phases":0}}"#, "value_out_of_range"),
        (r#"{"3":{"phases":["intake","dancing"]}}"#, "unknown_component"),
        (r#"{"17":{"contacts_per_week":6,"tracking":"daily"}}"#, "unknown_value"),
        (r#"{"21":{"permanent_percent":101}}"#, "percent_over_100"),
        (r#"{"21":{"permanent_percent":90,"current_jobs":-3}}"#, "negative_value"),
        (r#"{"9":{"insufficient_data":false}}"#, "unknown_value"),
    ];
    for (evidence, code) in evidence_cases {
        assert_eq!(error_code(&review(evidence)), *code, "{evidence}");
    }
}

#[test]
fn messages_name_the_field_value_and_what_is_accepted() {
    let v = answer(&review(r#"{"7":{"rating":6}}"#));
    assert_eq!(v["error"]["field"], "evidence.7.rating");
    let message = v["error"]["message"].as_str().unwrap();
    assert!(message.contains("evidence.7.rating") && message.contains('6') && message.contains("1 to 5"), "{message}");
    let v = answer(&review(r#"{"13":{"present":["nope"]}}"#));
    let message = v["error"]["message"].as_str().unwrap();
    assert!(message.contains("nope") && message.contains("pros_and_cons"), "{message}");
}

#[test]
fn a_repeated_key_is_refused_in_fields_and_in_evidence() {
    let twice = answer(r#"{"operation":"review","scale":"ips-25-uk","scale":"ips-25-uk","evidence":{}}"#);
    assert_eq!(
        (twice["error"]["code"].as_str(), twice["error"]["field"].as_str()),
        (Some("duplicate_field"), Some("scale"))
    );
    let twice = answer(r#"{"operation":"review","operation":"review","scale":"ips-25-uk","evidence":{}}"#);
    assert_eq!(
        (twice["error"]["code"].as_str(), twice["error"]["field"].as_str()),
        (Some("duplicate_field"), Some("operation"))
    );
    let twice = answer(&review(r#"{"7":{"rating":2},"7":{"rating":3}}"#));
    assert_eq!(
        (twice["error"]["code"].as_str(), twice["error"]["field"].as_str()),
        (Some("duplicate_item"), Some("evidence.7"))
    );
    let twice = answer(&review(r#"{"7":{"rating":2,"rating":3}}"#));
    assert_eq!(
        (twice["error"]["code"].as_str(), twice["error"]["field"].as_str()),
        (Some("duplicate_field"), Some("evidence.7.rating"))
    );
}

/// `null` is refused where a field, when given, must hold a value, and read as absent only by
/// the fields that say they take it.
#[test]
fn null_is_refused_except_where_a_field_takes_it() {
    let refused = [
        (review(r#"{"7":{"rating":null}}"#), "evidence.7.rating", "a number"),
        (review(r#"{"1":{"value":22,"insufficient_data":null}}"#), "evidence.1.insufficient_data", "a boolean"),
        (
            String::from(r#"{"operation":"review","scale":"ips-25-uk","facts":null,"evidence":{}}"#),
            "facts",
            "an object",
        ),
        (
            String::from(r#"{"operation":"kpis","model":"ips","benchmarks":"commissioning_guide_2024","counts":null}"#),
            "counts",
            "an object",
        ),
        (String::from(r#"{"operation":"frameworks","framework":null}"#), "framework", "a string"),
    ];
    for (request, field, expected) in refused {
        let v = answer(&request);
        assert_eq!(v["error"]["code"], "wrong_type", "{request}: {v}");
        assert_eq!(v["error"]["field"], field, "{request}: {v}");
        assert_eq!(v["error"]["message"], format!("{field}: expected {expected}, found null"), "{request}");
    }
    let records = r#"{"operation":"kpis","model":"ips","benchmarks":"commissioning_guide_2024","as_of":"2025-06-01",
        "records":[{"id":"c1","referral":"2025-01-01","start":"2025-01-05","swemwbs_start":null,"swemwbs_end":null,
                    "jobs":[{"start":"2025-02-03","end":null}]},
                   {"id":"c2","referral":"2025-01-01","start":null}]}"#;
    assert!(answer(records).get("error").is_none(), "{}", answer(records));
    let swemwbs = r#"{"operation":"swemwbs","clients":[{"id":"c1","start":[1,1,1,1,1,1,1],"end":null}]}"#;
    assert_eq!(answer(swemwbs)["clients"][0]["raw_end"], Value::Null);
}

/// An unknown field in an item's evidence is answered with the forms that item takes, on a
/// built-in scale, the trial and either side of a comparison; where the scale cannot be read,
/// with every evidence field.
#[test]
fn an_unknown_evidence_field_lists_the_forms_of_its_item() {
    let message = |request: &str| answer(request)["error"]["message"].as_str().unwrap_or_default().to_string();
    assert_eq!(
        message(&review(r#"{"7":{"ratin":5}}"#)),
        "evidence.7.ratin: unknown field; accepted here: rating, insufficient_data"
    );
    assert_eq!(
        message(r#"{"evidence":{"21":{"permanent":90}},"operation":"review","scale":"ips-25-uk"}"#),
        "evidence.21.permanent: unknown field; accepted here: rating, permanent_percent (with optional current_jobs), insufficient_data"
    );
    // On the trial, item 1 is modified and rated.
    assert_eq!(
        message(r#"{"operation":"review","scale":"ips-25-uk-modified-trial","evidence":{"1":{"valu":22}}}"#),
        "evidence.1.valu: unknown field; accepted here: rating, insufficient_data"
    );
    assert_eq!(
        message(
            r#"{"operation":"compare","scale":"ips-25-uk","before":{"evidence":{"2":{"x":1}}},"after":{"evidence":{}}}"#
        ),
        "before.evidence.2.x: unknown field; accepted here: rating, value, insufficient_data"
    );
    for unreadable in [
        r#"{"operation":"review","scale":"nope","evidence":{"7":{"ratin":5}}}"#,
        r#"{"operation":"review","scale":"ips-25-uk","evidence":{"40":{"ratin":5}}}"#,
    ] {
        let m = message(unreadable);
        assert!(m.contains("accepted here: rating, insufficient_data, value, tracks_employer_contacts, count"), "{m}");
    }
    assert_eq!(super::review::evidence_item("evidence.7.ratin"), Some(7));
    assert_eq!(super::review::evidence_item("after.evidence.15.x"), Some(15));
    assert_eq!(super::review::evidence_item("evidence.3.phases.x"), None);
    assert_eq!(super::review::evidence_item("scale.definition.evidence.7.x"), None);
    assert_eq!(super::review::evidence_item("records[c1].evidence.7.x"), None);
    assert_eq!(super::review::evidence_item("raters.A.7.ratin"), Some(7));
    assert_eq!(super::review::evidence_item("reviews[1].raters.A.9.x"), Some(9));
    assert_eq!(super::review::evidence_item("reviews[0].evidence.12.x"), Some(12));
    assert_eq!(super::review::evidence_item("raters.7.ratin"), None);
}

#[test]
fn limits_are_enforced() {
    let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
    assert_eq!(error_code(&deep), "nesting_too_deep");
    let big = format!(r#"{{"operation":"review","pad":"{}"}}"#, "x".repeat(MAX_INPUT_BYTES));
    assert_eq!(error_code(&big), "input_too_large");
    let v: Value = serde_json::from_str(&evaluate_bytes(b"{\"a\":\xff}")).unwrap();
    assert_eq!(v["error"]["code"], "malformed_json");
}

#[test]
fn compare_reports_changes() {
    let request = r#"{"operation":"compare","scale":"ips-25-uk",
        "before":{"evidence":{"1":{"value":35},"7":{"rating":2}}},
        "after":{"evidence":{"1":{"value":20},"7":{"rating":4},"9":{"rating":5}}}}"#;
    let v = answer(request);
    assert_eq!(v["before"]["total"], 4);
    assert_eq!(v["after"]["total"], 14);
    assert_eq!(v["total_change"], 10);
    assert_eq!(v["band_changed"], false);
    assert_eq!(v["items"][0], serde_json::json!({"number": 1, "before": 2, "after": 5, "change": 3}));
    assert_eq!(v["items"][8], serde_json::json!({"number": 9, "before": null, "after": 5, "change": null}));
    let bad = r#"{"operation":"compare","scale":"ips-25-uk","before":{"evidence":{"7":{"rating":9}}},"after":{"evidence":{}}}"#;
    assert_eq!(answer(bad)["error"]["field"], "before.evidence.7.rating");
}

#[test]
fn requests_round_trip() {
    let text = review(
        r#"{"1":{"value":22.5},"3":{"phases":["intake","engagement"]},"4":{"teams":2,"caseload_percent":80.5},
            "6":{"client_contacts":"weekly","scheduled_meetings":"quarterly"},"13":{"present":["pros_and_cons"]},
            "15":{"value":31,"tracks_employer_contacts":false},
            "17":{"contacts_per_week":4.2,"tracking":"monthly","people_looking_for_work":7},
            "21":{"permanent_percent":64.5,"current_jobs":12},"9":{"insufficient_data":true}}"#,
    );
    let request = parse_request(&text).unwrap();
    assert_eq!(parse_request(&request.to_json().unwrap()).unwrap(), request);
    let answer = request.answer().unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&answer.to_json().unwrap()).unwrap();
    let produced_by = json.as_object_mut().and_then(|o| o.remove("produced_by")).unwrap();
    assert_eq!(serde_json::from_value::<ProducedBy>(produced_by).unwrap(), answer.produced_by);
    let scale = answer.produced_by.scale.as_ref().unwrap();
    assert_eq!((scale.id.as_str(), scale.source.seed.as_str()), ("ips-25-uk", "003"));
    let Response::Review(response) = answer.response else { core::panic!("a review answers a review") };
    let back: ReviewResponse = serde_json::from_value(json).unwrap();
    assert_eq!(back, response);
}

/// The evidence `evidence_from_records` gives, sent to `review`, answers exactly as the review
/// in its response.
#[test]
fn derived_evidence_reviews_as_the_response_says() {
    let text = include_str!("../../../tests/vectors/evidence_from_records_sample_quarter_with_review.request.json");
    let answer: serde_json::Value = serde_json::from_str(&evaluate(text)).unwrap();
    let request = serde_json::json!({"operation": "review", "scale": "ips-25-uk", "evidence": answer["evidence"]});
    let mut review: serde_json::Value = serde_json::from_str(&evaluate(&request.to_string())).unwrap();
    review.as_object_mut().unwrap().remove("produced_by");
    assert_eq!(review, answer["review"]);
    assert_eq!(answer["review"]["total"], 33);
}

/// The operations on records take requests past the others' limit, up to their own.
#[test]
fn records_requests_have_their_own_size_limit() {
    let contacts: alloc::vec::Vec<String> = (0..4000)
        .map(|i| {
            format!(
                r#"{{"id":"k{i}","client":"c1","date":"2025-02-03","face_to_face":true,"client_preferences":true}}"#
            )
        })
        .collect();
    let text = format!(
        r#"{{"operation":"evidence_from_records","period":{{"from":"2025-01-01","to":"2025-03-31"}},"contacts":[{}]}}"#,
        contacts.join(",")
    );
    assert!(text.len() > MAX_INPUT_BYTES);
    let answer: serde_json::Value = serde_json::from_str(&evaluate(&text)).unwrap();
    assert_eq!(answer["evidence"]["16"]["value"], 100.0);
    let review = format!(
        r#"{{"operation":"review","scale":"ips-25-uk","evidence":{{}},"pad":"{}"}}"#,
        "x".repeat(MAX_INPUT_BYTES)
    );
    assert_eq!(handle(&review).unwrap_err().code().as_str(), "input_too_large");
    let huge = " ".repeat(MAX_RECORDS_INPUT_BYTES + 1);
    assert_eq!(
        handle(&huge).unwrap_err().to_string(),
        format!(
            "request is {} bytes; at most {MAX_RECORDS_INPUT_BYTES} bytes are accepted",
            MAX_RECORDS_INPUT_BYTES + 1
        )
    );
}
