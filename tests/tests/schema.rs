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
