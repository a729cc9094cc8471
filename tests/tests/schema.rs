//! The JSON Schemas of the scale-definition and modification formats are generated from the
//! Rust types and checked in under `schema/`; this test fails when they drift. Regenerate with
//! `SEFIDELITY_BLESS=1 cargo test -p sefidelity-tests --test schema`.

#![allow(clippy::unwrap_used, clippy::panic, reason = "test code: a broken assumption should fail the test")]

use std::path::PathBuf;

use sefidelity::definition::ScaleDefinition;
use sefidelity::modified::Modification;

fn check(file: &str, schema: &schemars::Schema) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join("schema").join(file);
    let generated = serde_json::to_string_pretty(schema).unwrap() + "\n";
    if std::env::var_os("SEFIDELITY_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let checked_in = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}; generate it with SEFIDELITY_BLESS=1", path.display()));
    assert!(
        checked_in == generated,
        "{} differs from the schema generated from the Rust types; regenerate it with \
         `SEFIDELITY_BLESS=1 cargo test -p sefidelity-tests --test schema` and commit it",
        path.display()
    );
}

#[test]
fn the_scale_definition_schema_is_up_to_date() {
    check("scale-definition.schema.json", &schemars::schema_for!(ScaleDefinition));
}

#[test]
fn the_modification_schema_is_up_to_date() {
    check("modification.schema.json", &schemars::schema_for!(Modification));
}

/// The SEQF-shaped fixture is a valid definition and reads with the published format.
#[test]
fn the_fixture_is_a_valid_definition() {
    let text = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures").join("seqf-shaped-test-fixture.scale.json"),
    )
    .unwrap();
    let definition: ScaleDefinition = serde_json::from_str(&text).unwrap();
    assert_eq!(definition.validate(), Ok(()));
    let items = definition.with_scale(|scale| (scale.items.len(), scale.max_total(), scale.sections.len())).unwrap();
    assert_eq!(items, (10, 50, 5));
}

/// One schema per request operation (`schema/requests/OPERATION.schema.json`), each the
/// operation's branch of the [`sefidelity::document::Request`] schema with the definitions it
/// uses and the optional `version`, so that a front end can check a form before it sends it.
#[test]
fn the_request_schemas_are_up_to_date() {
    let schema = schemars::schema_for!(sefidelity::document::Request).to_value();
    let defs = schema["$defs"].as_object().cloned().unwrap_or_default();
    let branches = schema["oneOf"].as_array().unwrap();
    assert_eq!(branches.len(), 12, "one branch per operation");
    for branch in branches {
        let operation = branch["properties"]["operation"]["const"].as_str().unwrap().to_owned();
        let mut request = branch.clone();
        let object = request.as_object_mut().unwrap();
        object.insert("$schema".into(), schema["$schema"].clone());
        object.insert("title".into(), serde_json::Value::from(format!("sefidelity {operation} request")));
        let properties = object.get_mut("properties").and_then(|p| p.as_object_mut()).unwrap();
        properties.insert(
            "version".into(),
            serde_json::json!({"description": "The document API version: 1 (optional).", "const": 1}),
        );
        let mut used = serde_json::Map::new();
        let mut pending = references(&request);
        while let Some(name) = pending.pop() {
            if used.contains_key(&name) {
                continue;
            }
            let def = defs.get(&name).unwrap_or_else(|| panic!("no definition {name}")).clone();
            pending.extend(references(&def));
            used.insert(name, def);
        }
        if !used.is_empty() {
            let sorted: std::collections::BTreeMap<_, _> = used.into_iter().collect();
            request.as_object_mut().unwrap().insert("$defs".into(), serde_json::to_value(sorted).unwrap());
        }
        let request: schemars::Schema = request.try_into().unwrap();
        check(&format!("requests/{operation}.schema.json"), &request);
    }
}

/// The definitions `value` refers to (`#/$defs/NAME`).
fn references(value: &serde_json::Value) -> Vec<String> {
    match value {
        serde_json::Value::Object(map) => map
            .iter()
            .flat_map(|(key, v)| match (key.as_str(), v.as_str()) {
                ("$ref", Some(target)) => target.strip_prefix("#/$defs/").map(String::from).into_iter().collect(),
                _ => references(v),
            })
            .collect(),
        serde_json::Value::Array(items) => items.iter().flat_map(references).collect(),
        _ => Vec::new(),
    }
}

/// Each request schema names its operation and, as the request types do, refuses unknown fields.
#[test]
fn each_request_schema_names_its_operation_and_refuses_unknown_fields() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join("schema").join("requests");
    for operation in sefidelity::document::OPERATIONS.split(", ") {
        let text = std::fs::read_to_string(dir.join(format!("{operation}.schema.json"))).unwrap();
        let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(schema["properties"]["operation"]["const"], operation);
        assert_eq!(schema["additionalProperties"], false, "{operation} refuses unknown fields");
    }
}
