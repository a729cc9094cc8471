//! A year of a large service's records through the document API, as the C and JavaScript
//! tests send it: 5 000 clients (one specialist for each 20), 50 000 employer contacts and
//! 5 000 jobs, several MB of JSON, past the 256 KiB limit of the other operations.

#![allow(clippy::unwrap_used, reason = "test code: a broken assumption should fail the test")]

use std::fmt::Write as _;

use sefidelity::document::{MAX_INPUT_BYTES, MAX_RECORDS_INPUT_BYTES, evaluate};

/// The request: the same records as `bindings/c/tests` and `bindings/js/test/records.test.js`.
fn year_of_records() -> String {
    let mut text = String::from(
        r#"{"operation":"evidence_from_records","period":{"from":"2025-01-01","to":"2025-12-31"},"specialists":["#,
    );
    let comma = |i: usize| if i == 0 { "" } else { "," };
    for s in 0..250 {
        write!(text, r#"{}{{"id":"s{s}","fte":1,"teams":["t{}"]}}"#, comma(s), s % 7).unwrap();
    }
    text.push_str(r#"],"clients":["#);
    for c in 0..5000 {
        let (specialist, team, month, day) = (c / 20, c % 9, 1 + c % 12, 1 + c % 28);
        write!(
            text,
            r#"{}{{"id":"c{c}","specialist":"s{specialist}","team":"t{team}","entry":"2025-{month:02}-{day:02}"}}"#,
            comma(c)
        )
        .unwrap();
    }
    text.push_str(r#"],"contacts":["#);
    for k in 0..50_000 {
        let (specialist, client, month, day) = (k / 200, k / 10, 1 + k % 12, 1 + k % 28);
        write!(
            text,
            r#"{}{{"id":"k{k}","specialist":"s{specialist}","client":"c{client}","date":"2025-{month:02}-{day:02}","face_to_face":{},"client_preferences":{}}}"#,
            comma(k),
            k % 4 != 0,
            k % 5 != 0
        )
        .unwrap();
    }
    text.push_str(r#"],"jobs":["#);
    for c in 0..5000 {
        let (employer, job_type, month, day) = (c % 97, c % 13, 1 + c % 12, 1 + c % 28);
        write!(
            text,
            r#"{}{{"id":"j{c}","client":"c{c}","employer":"e{employer}","job_type":"type{job_type}","start":"2025-{month:02}-{day:02}","permanent":{},"competitive":true,"hours_per_week":16}}"#,
            comma(c),
            c % 10 != 0
        )
        .unwrap();
    }
    text.push_str("]}");
    text
}

#[test]
fn a_year_of_a_large_services_records_is_answered_every_record_accounted_for() {
    let request = year_of_records();
    assert!(request.len() > MAX_INPUT_BYTES && request.len() < MAX_RECORDS_INPUT_BYTES, "{} bytes", request.len());
    let answer: serde_json::Value = serde_json::from_str(&evaluate(&request)).unwrap();
    assert!(answer.get("error").is_none(), "{}", answer["error"]);
    let item = |n: u64| answer["items"].as_array().unwrap().iter().find(|i| i["item"] == n).unwrap().clone();
    // Item 1: every client entered in 2025 and is active on 31 December; 250 full-time
    // specialists.
    assert_eq!(answer["evidence"]["1"], serde_json::json!({"value": 20.0}));
    assert_eq!((item(1)["numerator"].as_f64(), item(1)["denominator"].as_f64()), (Some(5000.0), Some(250.0)));
    // Item 16: every contact falls in the year; a fifth are not based on the client's
    // preferences.
    let accounted =
        |i: &serde_json::Value| i["counted"].as_array().unwrap().len() + i["left_out"].as_array().unwrap().len();
    assert_eq!((item(16)["figure"].as_f64(), accounted(&item(16))), (Some(80.0), 50_000));
    // Item 21: the jobs held on 31 December, nine in ten permanent.
    assert_eq!((item(21)["figure"].as_f64(), accounted(&item(21))), (Some(90.0), 5000));
}
