//! The TypeScript declarations of the document types (`bindings/js/types.d.ts`) are generated
//! from the Rust types with ts-rs and checked in; this test fails when they drift. Regenerate
//! with `SEFIDELITY_BLESS=1 cargo test -p sefidelity-tests --test typescript`.

#![allow(clippy::unwrap_used, clippy::panic, reason = "test code: a broken assumption should fail the test")]

use std::path::PathBuf;

use sefidelity::definition::*;
use sefidelity::document::*;
use sefidelity::modified::{Delivery, ItemModification, Modification, Parameter, ParameterKind};
use sefidelity::{Frequency, InsufficientDataPolicy, TrackingReview};
use ts_rs::{Config, TS};

macro_rules! declarations {
    ($cfg:expr, $($t:ty),+ $(,)?) => {
        vec![$(format!("export {}", <$t as TS>::decl($cfg))),+]
    };
}

fn generated() -> String {
    let cfg = &Config::default();
    let decls = declarations!(
        cfg,
        Request,
        ReviewRequest,
        CompareRequest,
        CompareSide,
        HistoryRequest,
        HistoryReviewDoc,
        sefidelity::history::Kind,
        EvidenceFromRecordsRequest,
        SpecialistDoc,
        ClientDoc,
        ContactDoc,
        JobRecordDoc,
        WeekDoc,
        OptionsDoc,
        InsufficientDataPolicy,
        FactsDoc,
        EvidenceDoc,
        RoleId,
        ArrangementId,
        Phases,
        Frequency,
        TrackingReview,
        ScaleRef,
        ScaleObject,
        KpisRequest,
        CountsDoc,
        FiguresDoc,
        RecordDoc,
        JobDoc,
        DefinitionDoc,
        PeriodDoc,
        ScheduleRequest,
        ExternalReviewEntry,
        InternalAssessmentEntry,
        RecommendModelRequest,
        ContractRequest,
        ContractDoc,
        SwemwbsRequest,
        SwemwbsClient,
        FrameworksRequest,
        MarkDoc,
        NotedMark,
        ValidateScaleRequest,
        DescribeScaleRequest,
        Response,
        ErrorDocument,
        ErrorBody,
        ReviewResponse,
        ProducedBy,
        ScaleUsedDoc,
        ConsensusDoc,
        RaterScoresDoc,
        DisagreementDoc,
        AgreementDoc,
        ItemScoreDoc,
        SectionDoc,
        ActionDoc,
        AssumedConditionDoc,
        ModificationDoc,
        ModifiedItemDoc,
        ParameterDoc,
        CheckDoc,
        CompareResponse,
        ReviewSummary,
        HistoryResponse,
        HistoryReviewSummaryDoc,
        ItemSeriesDoc,
        HistoryChangeDoc,
        PersistentGapDoc,
        FallDoc,
        NextReviewsDoc,
        EvidenceFromRecordsResponse,
        DerivedDoc,
        RecordRefDoc,
        LeftOutDoc,
        BreakdownDoc,
        NotDerivedDoc,
        DataQualityDoc,
        ItemChangeDoc,
        KpisResponse,
        KpiDoc,
        DefinitionUsedDoc,
        AccountDoc,
        AccountLeftOutDoc,
        SourceDoc,
        RecordSummaryDoc,
        ScheduleResponse,
        NextReviewDoc,
        ExternalReviewDoc,
        RecommendationResponse,
        ReasonDoc,
        ContractResponse,
        FindingDoc,
        SwemwbsResponse,
        SwemwbsScoreDoc,
        SwemwbsClientDoc,
        SwemwbsChangesDoc,
        FrameworksResponse,
        FrameworkListDoc,
        FrameworkDoc,
        DomainDoc,
        ElementDoc,
        FrameworkReviewDoc,
        MarkCountsDoc,
        SharesDoc,
        DomainCoverageDoc,
        MarkedElementDoc,
        ValidateScaleResponse,
        ScaleItemDoc,
        BandDoc,
        DescribeScaleResponse,
        SectionDescriptionDoc,
        ItemDescriptionDoc,
        UnitDoc,
        ComponentDoc,
        ScaleDefinition,
        Sections,
        BuiltInGrouping,
        LevelSet,
        SectionDefinition,
        ItemDefinition,
        RuleDefinition,
        UnitId,
        DirectionId,
        BoundDefinition,
        IntervalDefinition,
        ComponentDefinition,
        BandDefinition,
        Modification,
        ItemModification,
        Delivery,
        Parameter,
        ParameterKind,
    );
    let mut out = String::from(
        "// Generated from the Rust types by ts-rs (tests/tests/typescript.rs); do not edit.\n\
         // Regenerate: SEFIDELITY_BLESS=1 cargo test -p sefidelity-tests --test typescript\n\n",
    );
    for decl in decls {
        out.push_str(&decl);
        out.push_str("\n\n");
    }
    out.trim_end().to_owned() + "\n"
}

#[test]
fn the_typescript_declarations_are_up_to_date() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join("bindings").join("js").join("types.d.ts");
    let text = generated();
    if std::env::var_os("SEFIDELITY_BLESS").is_some() {
        std::fs::write(&path, &text).unwrap();
        return;
    }
    let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        checked_in == text,
        "{} differs from the declarations generated from the Rust types; regenerate it with \
         `SEFIDELITY_BLESS=1 cargo test -p sefidelity-tests --test typescript` and commit it",
        path.display()
    );
}
