//! Findings on a commissioner's draft contract specification.
//!
//! [`check_contract`] reads a [`ContractSpec`] against one benchmark set
//! ([`BenchmarkSetId`]) and the commissioning guide's (`001`) advice, and returns a
//! [`ContractReport`]: one [`Finding`] per rule that fires, each with a stable rule id, a
//! [`Severity`], the spec field it is about, a message naming the field, the value and the
//! benchmark, and the [`Provenance`] of the words it rests on.
//!
//! Severities: **error** — the spec contradicts a printed maximum, minimum or requirement;
//! **warning** — it goes against the guide's advice; **info** — worth knowing, no rule broken.
//!
//! | Rule id | Severity | Field | Fires when | Source |
//! |---|---|---|---|---|
//! | `short_contract_without_extension` | warning | `length_months` | under 36 months, `extension_option` not `true` | `001` "Consider longer-term contracts (three or more years)"; "offer contracts with the option of extension" |
//! | `short_contract_with_extension` | info | `length_months` | under 36 months, `extension_option` `true` | same |
//! | `unit_cost_outside_range` | warning | `unit_cost` | below or above a printed range | the set |
//! | `unit_cost_compared_with_guide_figure` | info | `unit_cost` | the set prints "around" a figure (no tolerance: never judged) | the set |
//! | `caseload_above_maximum` | error | `caseload_max` | above the set's maximum | the set |
//! | `senior_caseload_above_maximum` | warning | `senior_caseload_max` | above the set's senior maximum | the set |
//! | `no_benchmark_in_set` | info | `senior_caseload_max`, `out_of_work_support_months`, `in_work_support_months`, `access_target` | stated, but the set prints no benchmark for it | the set |
//! | `programme_duration_differs` | info | `out_of_work_support_months`, `in_work_support_months` | outside the set's programme duration | the set |
//! | `target_below_benchmark` | error | `access_target`, `job_entry_target`, `sustainment_target` | below the set's least rate | the set |
//! | `sustainment_horizon_wrong_for_model` | error | `sustainment_weeks` | shorter than the set's horizon (IPS 13 weeks, SEQF 26): a job counted as sustained before the set would count it | the set |
//! | `wellbeing_not_measured` | warning | `wellbeing_measured` | `false` | `001` Suggested KPI / Target: "Wellbeing outcomes (measured for each client at start and end of their Supported Employment support)" |
//! | `sustainment_horizon_longer_than_benchmark` | warning | `sustainment_weeks` | longer than the set's horizon: no printed requirement forbids it, but the target is then not comparable with the set's benchmark | the set |
//! | `outcome_based_payment` | warning | `payment_model` | `outcome_based` | `001` "Outcome-based payment models are rarely used ... and bring risks" |
//! | `part_outcome_based_payment` | info | `payment_model` | `mixed` | same |
//! | `award_on_price` | warning | `award_basis` | `price` | `001` "Contract award should be based on quality not price" |
//! | `award_on_quality_and_price` | info | `award_basis` | `quality_and_price` | same |
//! | `price_discounting` | warning | `price_discounting` | `true` | `001` "Price discounting is not encouraged" |
//! | `no_dialogue_stage` | warning | `dialogue_stage` | `false` | `001` "Commissioners should always incorporate a dialogue stage" |
//! | `no_steering_group` | warning | `steering_group` | `false` | `001` "it is advisable to set up a programme Steering Group" |
//! | `no_lived_experience` | warning | `lived_experience_on_steering_group` | `false` | `001` "It is recommended to also involve participants with lived experience" |
//! | `first_external_review_late` | error | `first_external_review_months` | over 12 | `001` KPI table: "At least once within the first 12 months of a new service" |
//! | `external_review_interval_too_long` | error | `external_review_interval_months` | over 36 | `001` KPI table: "At least every three years" |
//! | `internal_assessment_not_annual` | warning | `internal_assessment_interval_months` | over 12 | `001` KPI table: "Annually in between external fidelity assessments" |
//! | `training_less_than_quarterly` | warning | `training` | `six_monthly`, `annually`, `none` | `001` KPI table: "at least quarterly thematically focused internal team training sessions" |
//!
//! "The set" means the chosen benchmark set's own printed value and provenance
//! ([`super::benchmarks`]). The contract, procurement, governance, review and training rules
//! come from the commissioning guide (`001`) and apply whichever set is chosen: under
//! [`BenchmarkSetId::FidelityGuidance2024`] they still cite `001`, since the fidelity
//! guidance prints no such values.
//!
//! Decisions where the sources are silent:
//! - an unstated `extension_option` on a contract under 36 months counts as no extension
//!   offered (a specification that does not state one does not offer one), and the message
//!   says it was not stated;
//! - a `mixed` payment model is info, not a warning: the guide's warning is about
//!   outcome-based payment models, and it says nothing of part-outcome models;
//! - a value the chosen set prints no benchmark for (an access target or programme duration
//!   under the fidelity guidance, a senior caseload under SEQF or the fidelity guidance) is
//!   noted as `no_benchmark_in_set` rather than passed over, and nothing is borrowed from the
//!   other set;
//! - a sustainment target is compared with the set's rate even when `sustainment_weeks`
//!   is wrong for the model (that mistake is its own error);
//! - the steering group and lived experience rules run independently: each fires on its own
//!   field's `false`;
//! - a senior caseload limit above 20 is a warning, not an error: the guide prints "Max 20
//!   (depending on size of team supervised)", a maximum it qualifies;
//! - a target below the set's "at least" rate is an error, like a caseload limit above its
//!   "Max": both contradict a printed bound.
//!
//! Numbers are validated by the caller (the document layer refuses negative, out-of-range
//! and non-finite values). This module never panics on any value: a NaN or infinite number
//! is treated as not stated — no rule reads it and its field is listed in
//! [`ContractReport::not_checked`] — so it can never produce a finding silently.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::error::Error;
use crate::source::{Provenance, Source};

use super::benchmarks::FIDELITY_ASSESSMENT;
use super::{BenchmarkSet, BenchmarkSetId, Model, UnitCost};

/// How a provider is paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PaymentModel {
    /// A fixed payment for delivering the service.
    Block,
    /// Part fixed, part paid on outcomes.
    Mixed,
    /// Paid on outcomes.
    OutcomeBased,
}

impl PaymentModel {
    /// Every payment model.
    pub const ALL: [Self; 3] = [Self::Block, Self::Mixed, Self::OutcomeBased];
    /// The accepted ids, for messages.
    pub const ACCEPTED: &'static str = "block, mixed, outcome_based";

    /// The stable id, e.g. `"outcome_based"`.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::Block => "block",
            Self::Mixed => "mixed",
            Self::OutcomeBased => "outcome_based",
        }
    }

    /// The payment model with this id.
    ///
    /// # Errors
    /// [`Error::UnknownValue`] for any other id, naming `field`.
    pub fn from_id(id: &str, field: &str) -> Result<Self, Error> {
        Self::ALL.into_iter().find(|v| v.id() == id).ok_or_else(|| unknown(id, field, Self::ACCEPTED))
    }
}

/// What the contract is awarded on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AwardBasis {
    /// Quality alone.
    Quality,
    /// Quality and price together.
    QualityAndPrice,
    /// Price.
    Price,
}

impl AwardBasis {
    /// Every award basis.
    pub const ALL: [Self; 3] = [Self::Quality, Self::QualityAndPrice, Self::Price];
    /// The accepted ids, for messages.
    pub const ACCEPTED: &'static str = "quality, quality_and_price, price";

    /// The stable id, e.g. `"quality_and_price"`.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::Quality => "quality",
            Self::QualityAndPrice => "quality_and_price",
            Self::Price => "price",
        }
    }

    /// The award basis with this id.
    ///
    /// # Errors
    /// [`Error::UnknownValue`] for any other id, naming `field`.
    pub fn from_id(id: &str, field: &str) -> Result<Self, Error> {
        Self::ALL.into_iter().find(|v| v.id() == id).ok_or_else(|| unknown(id, field, Self::ACCEPTED))
    }
}

/// How often thematically focused internal team training sessions are held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TrainingCadence {
    /// Every week.
    Weekly,
    /// Every month.
    Monthly,
    /// Every three months.
    Quarterly,
    /// Every six months.
    SixMonthly,
    /// Once a year.
    Annually,
    /// No such sessions.
    None,
}

impl TrainingCadence {
    /// Every cadence, most frequent first.
    pub const ALL: [Self; 6] =
        [Self::Weekly, Self::Monthly, Self::Quarterly, Self::SixMonthly, Self::Annually, Self::None];
    /// The accepted ids, for messages.
    pub const ACCEPTED: &'static str = "weekly, monthly, quarterly, six_monthly, annually, none";

    /// The stable id, e.g. `"six_monthly"`.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::Weekly => "weekly",
            Self::Monthly => "monthly",
            Self::Quarterly => "quarterly",
            Self::SixMonthly => "six_monthly",
            Self::Annually => "annually",
            Self::None => "none",
        }
    }

    /// The cadence with this id.
    ///
    /// # Errors
    /// [`Error::UnknownValue`] for any other id, naming `field`.
    pub fn from_id(id: &str, field: &str) -> Result<Self, Error> {
        Self::ALL.into_iter().find(|v| v.id() == id).ok_or_else(|| unknown(id, field, Self::ACCEPTED))
    }

    /// Whether sessions are at least quarterly, as the `001` KPI table asks.
    #[must_use]
    pub const fn at_least_quarterly(self) -> bool {
        self.sessions_per_year() >= FIDELITY_ASSESSMENT.value.training_sessions_per_year
    }

    /// Sessions a year at this cadence.
    #[must_use]
    pub const fn sessions_per_year(self) -> u16 {
        match self {
            Self::Weekly => 52,
            Self::Monthly => 12,
            Self::Quarterly => 4,
            Self::SixMonthly => 2,
            Self::Annually => 1,
            Self::None => 0,
        }
    }
}

/// How serious a finding is. Ordered most severe first (`Error < Warning < Info`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// The spec contradicts a printed maximum, minimum or requirement.
    Error,
    /// The spec goes against the guide's advice.
    Warning,
    /// Worth knowing; no rule broken.
    Info,
}

impl Severity {
    /// Every severity, most severe first.
    pub const ALL: [Self; 3] = [Self::Error, Self::Warning, Self::Info];
    /// The accepted ids, for messages.
    pub const ACCEPTED: &'static str = "error, warning, info";

    /// The stable id: `"error"`, `"warning"` or `"info"`.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
            Self::Info => "info",
        }
    }

    /// The severity with this id.
    ///
    /// # Errors
    /// [`Error::UnknownValue`] for any other id, naming `field`.
    pub fn from_id(id: &str, field: &str) -> Result<Self, Error> {
        Self::ALL.into_iter().find(|v| v.id() == id).ok_or_else(|| unknown(id, field, Self::ACCEPTED))
    }
}

fn unknown(id: &str, field: &str, accepted: &str) -> Error {
    Error::UnknownValue { field: field.into(), value: id.into(), accepted: accepted.into() }
}

/// A commissioner's draft contract specification. Every field but `model` is optional:
/// `None` means not stated, and the rules that read only that field do not run.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ContractSpec {
    /// The fidelity model the service follows.
    pub model: Model,
    /// Contract length in months.
    pub length_months: Option<u16>,
    /// Whether the contract has an option of extension.
    pub extension_option: Option<bool>,
    /// Cost per participant, in pounds.
    pub unit_cost: Option<f64>,
    /// Most clients on one employment specialist's active caseload.
    pub caseload_max: Option<f64>,
    /// Most clients on a senior employment specialist's active caseload.
    pub senior_caseload_max: Option<f64>,
    /// Months of out-of-work support.
    pub out_of_work_support_months: Option<u8>,
    /// Months of in-work support.
    pub in_work_support_months: Option<u8>,
    /// Target share of referrals that start on the service, as a fraction (0.7 = 70%).
    pub access_target: Option<f64>,
    /// Target share of starters entering paid work, as a fraction.
    pub job_entry_target: Option<f64>,
    /// Target share of job entrants sustaining work past `sustainment_weeks`, as a fraction.
    pub sustainment_target: Option<f64>,
    /// The sustainment horizon, in weeks.
    pub sustainment_weeks: Option<u16>,
    /// Whether each client's wellbeing is measured at the start and the end of their support
    /// (with SWEMWBS, as the guide suggests).
    pub wellbeing_measured: Option<bool>,
    /// How the provider is paid.
    pub payment_model: Option<PaymentModel>,
    /// What the contract is awarded on.
    pub award_basis: Option<AwardBasis>,
    /// Whether bids are scored for price discounts.
    pub price_discounting: Option<bool>,
    /// Whether provider selection includes a dialogue stage with bidders.
    pub dialogue_stage: Option<bool>,
    /// Whether a programme steering group is set up.
    pub steering_group: Option<bool>,
    /// Whether the steering group involves participants with lived experience.
    pub lived_experience_on_steering_group: Option<bool>,
    /// Months from service start to the first external fidelity review.
    pub first_external_review_months: Option<u16>,
    /// Months between external fidelity reviews after the first.
    pub external_review_interval_months: Option<u16>,
    /// Months between internal fidelity self-assessments.
    pub internal_assessment_interval_months: Option<u16>,
    /// How often internal team training sessions on fidelity are held.
    pub training: Option<TrainingCadence>,
}

impl ContractSpec {
    /// The names of the optional fields, in declaration order (the order of findings
    /// of equal severity and of [`ContractReport::not_checked`]).
    pub const FIELDS: [&'static str; 22] = [
        "length_months",
        "extension_option",
        "unit_cost",
        "caseload_max",
        "senior_caseload_max",
        "out_of_work_support_months",
        "in_work_support_months",
        "access_target",
        "job_entry_target",
        "sustainment_target",
        "sustainment_weeks",
        "wellbeing_measured",
        "payment_model",
        "award_basis",
        "price_discounting",
        "dialogue_stage",
        "steering_group",
        "lived_experience_on_steering_group",
        "first_external_review_months",
        "external_review_interval_months",
        "internal_assessment_interval_months",
        "training",
    ];

    /// A specification for `model` with nothing else stated.
    #[must_use]
    pub const fn new(model: Model) -> Self {
        Self {
            model,
            length_months: None,
            extension_option: None,
            unit_cost: None,
            caseload_max: None,
            senior_caseload_max: None,
            out_of_work_support_months: None,
            in_work_support_months: None,
            access_target: None,
            job_entry_target: None,
            sustainment_target: None,
            sustainment_weeks: None,
            wellbeing_measured: None,
            payment_model: None,
            award_basis: None,
            price_discounting: None,
            dialogue_stage: None,
            steering_group: None,
            lived_experience_on_steering_group: None,
            first_external_review_months: None,
            external_review_interval_months: None,
            internal_assessment_interval_months: None,
            training: None,
        }
    }

    /// Each optional field's name and whether it is stated (a non-finite number is not).
    fn stated(&self) -> [(&'static str, bool); 22] {
        let n = |v: Option<f64>| finite(v).is_some();
        [
            ("length_months", self.length_months.is_some()),
            ("extension_option", self.extension_option.is_some()),
            ("unit_cost", n(self.unit_cost)),
            ("caseload_max", n(self.caseload_max)),
            ("senior_caseload_max", n(self.senior_caseload_max)),
            ("out_of_work_support_months", self.out_of_work_support_months.is_some()),
            ("in_work_support_months", self.in_work_support_months.is_some()),
            ("access_target", n(self.access_target)),
            ("job_entry_target", n(self.job_entry_target)),
            ("sustainment_target", n(self.sustainment_target)),
            ("sustainment_weeks", self.sustainment_weeks.is_some()),
            ("wellbeing_measured", self.wellbeing_measured.is_some()),
            ("payment_model", self.payment_model.is_some()),
            ("award_basis", self.award_basis.is_some()),
            ("price_discounting", self.price_discounting.is_some()),
            ("dialogue_stage", self.dialogue_stage.is_some()),
            ("steering_group", self.steering_group.is_some()),
            ("lived_experience_on_steering_group", self.lived_experience_on_steering_group.is_some()),
            ("first_external_review_months", self.first_external_review_months.is_some()),
            ("external_review_interval_months", self.external_review_interval_months.is_some()),
            ("internal_assessment_interval_months", self.internal_assessment_interval_months.is_some()),
            ("training", self.training.is_some()),
        ]
    }
}

/// One rule that fired on a specification.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// The stable snake_case rule id (see the module table).
    pub rule: &'static str,
    /// How serious it is.
    pub severity: Severity,
    /// The spec field it is about (one of [`ContractSpec::FIELDS`]).
    pub field: &'static str,
    /// What was found, naming the field, its value and the benchmark.
    pub message: String,
    /// Where the rule's words or number are printed.
    pub provenance: Provenance,
}

/// The findings on one specification against one benchmark set.
#[derive(Debug, Clone, PartialEq)]
pub struct ContractReport {
    /// The benchmark set used.
    pub set: BenchmarkSetId,
    /// The specification's model.
    pub model: Model,
    /// Findings, most severe first, then in field order ([`ContractSpec::FIELDS`]).
    pub findings: Vec<Finding>,
    /// Fields not stated (or not a finite number), in field order: their rules did not run.
    pub not_checked: Vec<&'static str>,
}

impl ContractReport {
    /// How many findings have `severity`.
    #[must_use]
    pub fn count(&self, severity: Severity) -> usize {
        self.findings.iter().filter(|f| f.severity == severity).count()
    }

    /// The most severe finding's severity, or `None` when nothing fired.
    #[must_use]
    pub fn worst(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).min()
    }
}

/// The guide's suggested least contract length: "three or more years".
const LONGER_TERM_MONTHS: u16 = 36;
/// "At least once within the first 12 months of a new service".
const FIRST_EXTERNAL_REVIEW_MONTHS: u16 = FIDELITY_ASSESSMENT.value.first_external_within_months;
/// "At least every three years".
const EXTERNAL_REVIEW_INTERVAL_MONTHS: u16 = FIDELITY_ASSESSMENT.value.accredited_external_interval_months;
/// "Annually in between external fidelity assessments".
const INTERNAL_ASSESSMENT_INTERVAL_MONTHS: u16 = FIDELITY_ASSESSMENT.value.internal_interval_months;

const fn guide(locator: &'static str) -> Provenance {
    Provenance { source: Source::CommissioningGuide2024, locator }
}

const CONTRACT_LENGTH: Provenance = guide(
    "Step 1, Consider longer-term contracts: \"longer-term contracts (three or more years)\"; \"Where funding is \
     only available for shorter periods, commissioners should offer contracts with the option of extension\"",
);
const OUTCOME_PAYMENT: Provenance = guide(
    "Step 1, When selecting providers: \"Outcome-based payment models are rarely used in Supported Employment \
     services and bring risks to the key values, quality and universality\"",
);
const AWARD: Provenance =
    guide("Step 1, When selecting providers: \"Contract award should be based on quality not price\"");
const DISCOUNTING: Provenance = guide("Step 1, When selecting providers: \"Price discounting is not encouraged\"");
const DIALOGUE: Provenance = guide(
    "Step 1, When selecting providers: \"Commissioners should always incorporate a dialogue stage with bidders\"",
);
const WELLBEING: Provenance = guide(
    "Suggested KPI / Target: \"Wellbeing outcomes (measured for each client at start and end of their Supported \
     Employment support)\"; \"The Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS) is a useful tool\"",
);
const STEERING_GROUP: Provenance = guide(
    "Step 1, Explore joint commissioning arrangements and joint programme Steering Groups: \"it is advisable to \
     set up a programme Steering Group\"",
);
const LIVED_EXPERIENCE: Provenance = guide(
    "Step 1, Explore joint commissioning arrangements and joint programme Steering Groups: \"It is recommended to \
     also involve participants with lived experience\"",
);
const FIRST_REVIEW: Provenance = guide(
    "KPI table, External fidelity assessment frequency: \"At least once within the first 12 months of a new service\"",
);
const REVIEW_INTERVAL_IPS: Provenance = guide(
    "KPI table, External fidelity assessment frequency, IPS: \"At least every three years for a service holding \
     IPS Grow accreditation at either a 'Good' or 'Exemplary' level\"",
);
const REVIEW_INTERVAL_SEQF: Provenance = guide(
    "KPI table, External fidelity assessment frequency, SEQF: \"At least every three years for a service holding \
     SEQF accreditation at either a 'Good' or 'Excellent' level\"",
);
const INTERNAL_ASSESSMENT: Provenance = guide(
    "KPI table, Internal fidelity self-assessment / peer-assessment: \"Annually in between external fidelity \
     assessments\"",
);
const TRAINING: Provenance = guide(
    "KPI table, Internal service training, development and self-reflection around fidelity performance: \"at \
     least quarterly thematically focused internal team training sessions\"",
);

/// Where the whole of a set's list for a model is printed, for a benchmark it lacks.
const fn listing(set: &BenchmarkSet) -> Provenance {
    match (set.id, set.model) {
        (BenchmarkSetId::CommissioningGuide2024, Model::Ips) => {
            guide("KPI table, column \"IPS in population groups beyond SMI\"")
        }
        (BenchmarkSetId::CommissioningGuide2024, Model::Seqf) => guide("KPI table, column \"SEQF\""),
        (BenchmarkSetId::FidelityGuidance2024, Model::Ips) => Provenance {
            source: Source::FidelityGuidance2024,
            locator: "Recommendations, general guide for IPS: caseload, unit cost, job start target and 13-week \
                      sustainment only",
        },
        (BenchmarkSetId::FidelityGuidance2024, Model::Seqf) => Provenance {
            source: Source::FidelityGuidance2024,
            locator: "Recommendations, general guide for SEQF: caseload, unit cost, job start target and 26-week \
                      sustainment only",
        },
    }
}

/// Checks `spec` against the benchmark set `set` (for the spec's model) and the
/// commissioning guide's advice. See the module docs for the rules. Never panics.
#[must_use]
pub fn check_contract(spec: &ContractSpec, set: BenchmarkSetId) -> ContractReport {
    let bench = set.for_model(spec.model);
    // Each finding with its place in the order the checks ran.
    let mut findings: Vec<(usize, Finding)> = Vec::new();
    let mut push = |rule, severity, field, message, provenance| {
        findings.push((findings.len(), Finding { rule, severity, field, message, provenance }));
    };
    let label = format!("{} ({})", set.id(), model_label(spec.model));

    contract_length(spec, &mut push);
    benchmarks(spec, bench, &label, &mut push);
    wellbeing(spec, &mut push);
    procurement(spec, &mut push);
    reviews(spec, &mut push);

    // By severity, then field, then the order the checks ran.
    findings.sort_unstable_by_key(|(at, f)| (f.severity, field_rank(f.field), *at));
    let findings = findings.into_iter().map(|(_, f)| f).collect();
    let not_checked = spec.stated().into_iter().filter(|(_, stated)| !stated).map(|(name, _)| name).collect();
    ContractReport { set, model: spec.model, findings, not_checked }
}

/// Receives one finding: rule, severity, field, message, provenance.
trait Push: FnMut(&'static str, Severity, &'static str, String, Provenance) {}
impl<F: FnMut(&'static str, Severity, &'static str, String, Provenance)> Push for F {}

fn contract_length(spec: &ContractSpec, push: &mut impl Push) {
    let Some(months) = spec.length_months else { return };
    if months >= LONGER_TERM_MONTHS {
        return;
    }
    let head = format!(
        "length_months {months} is under the {LONGER_TERM_MONTHS} months (three years) the guide suggests (a new \
         service takes 6-18 months to develop, 001)"
    );
    match spec.extension_option {
        Some(true) => push(
            "short_contract_with_extension",
            Severity::Info,
            "length_months",
            format!(
                "{head}; it has the option of extension the guide asks for when funding is only for shorter periods"
            ),
            CONTRACT_LENGTH,
        ),
        Some(false) => push(
            "short_contract_without_extension",
            Severity::Warning,
            "length_months",
            format!("{head}, and extension_option is false: offer the option of extension"),
            CONTRACT_LENGTH,
        ),
        None => push(
            "short_contract_without_extension",
            Severity::Warning,
            "length_months",
            format!("{head}, and no extension_option is stated: offer the option of extension"),
            CONTRACT_LENGTH,
        ),
    }
}

fn benchmarks(spec: &ContractSpec, bench: &BenchmarkSet, label: &str, push: &mut impl Push) {
    if let Some(cost) = finite(spec.unit_cost) {
        let provenance = bench.unit_cost.provenance;
        match bench.unit_cost.value {
            UnitCost::Range { min, max } => {
                let range = format!("£{}–£{}", num(min), num(max));
                if cost < min {
                    let by = num(min - cost);
                    let message = format!("unit_cost £{} is below the range {range} in {label} by £{by}", num(cost));
                    push("unit_cost_outside_range", Severity::Warning, "unit_cost", message, provenance);
                } else if cost > max {
                    let by = num(cost - max);
                    let message = format!("unit_cost £{} is above the range {range} in {label} by £{by}", num(cost));
                    push("unit_cost_outside_range", Severity::Warning, "unit_cost", message, provenance);
                }
            }
            UnitCost::Around(figure) => {
                let relation = if cost > figure {
                    format!("is £{} above", num(cost - figure))
                } else if cost < figure {
                    format!("is £{} below", num(figure - cost))
                } else {
                    String::from("equals")
                };
                let message = format!(
                    "unit_cost £{} {relation} the figure of around £{} in {label}; the source gives no tolerance, \
                     so it is not judged met or not met",
                    num(cost),
                    num(figure)
                );
                push("unit_cost_compared_with_guide_figure", Severity::Info, "unit_cost", message, provenance);
            }
        }
    }

    if let Some(caseload) = finite(spec.caseload_max).filter(|c| *c > bench.caseload_max.value) {
        let message = format!(
            "caseload_max {} is above the maximum of {} in {label}",
            num(caseload),
            num(bench.caseload_max.value)
        );
        push("caseload_above_maximum", Severity::Error, "caseload_max", message, bench.caseload_max.provenance);
    }

    if let Some(senior) = finite(spec.senior_caseload_max) {
        match bench.senior_caseload_max {
            Some(max) if senior > max.value => {
                let message = format!(
                    "senior_caseload_max {} is above the senior employment specialist maximum of {} in {label}",
                    num(senior),
                    num(max.value)
                );
                push(
                    "senior_caseload_above_maximum",
                    Severity::Warning,
                    "senior_caseload_max",
                    message,
                    max.provenance,
                );
            }
            Some(_) => {}
            None => {
                let message = format!(
                    "senior_caseload_max {}: {label} prints no senior caseload benchmark (its employment specialist \
                     maximum is {})",
                    num(senior),
                    num(bench.caseload_max.value)
                );
                let provenance = bench.caseload_max.provenance;
                push("no_benchmark_in_set", Severity::Info, "senior_caseload_max", message, provenance);
            }
        }
    }

    programme_duration(spec, bench, label, push);

    let rate_targets = [
        ("access_target", finite(spec.access_target), bench.access_min_rate.map(|b| (b.value, b.provenance))),
        (
            "job_entry_target",
            finite(spec.job_entry_target),
            Some((bench.job_entry_min_rate.value, bench.job_entry_min_rate.provenance)),
        ),
        (
            "sustainment_target",
            finite(spec.sustainment_target),
            Some((bench.sustainment.value.min_rate, bench.sustainment.provenance)),
        ),
    ];
    for (field, target, benchmark) in rate_targets {
        let Some(target) = target else { continue };
        match benchmark {
            Some((min, provenance)) if target < min => {
                let horizon = if field == "sustainment_target" {
                    format!(" sustained beyond {} weeks", bench.sustainment.value.horizon_weeks)
                } else {
                    String::new()
                };
                let message = format!(
                    "{field} {} is below the benchmark of at least {}{horizon} in {label}",
                    pct(target),
                    pct(min)
                );
                push("target_below_benchmark", Severity::Error, field, message, provenance);
            }
            Some(_) => {}
            None => {
                let message = format!("{field} {}: {label} prints no benchmark for it", pct(target));
                push("no_benchmark_in_set", Severity::Info, field, message, listing(bench));
            }
        }
    }

    if let Some(weeks) = spec.sustainment_weeks {
        let horizon = bench.sustainment.value.horizon_weeks;
        let provenance = bench.sustainment.provenance;
        let model = model_label(spec.model);
        if weeks < horizon {
            let message = format!(
                "sustainment_weeks {weeks} is shorter than the {horizon}-week horizon {label} sets for {model}: \
                 jobs would count as sustained before the benchmark counts them"
            );
            push("sustainment_horizon_wrong_for_model", Severity::Error, "sustainment_weeks", message, provenance);
        } else if weeks > horizon {
            let message = format!(
                "sustainment_weeks {weeks} is longer than the {horizon}-week horizon {label} sets for {model}: \
                 no printed requirement forbids it, but the sustainment target is then not comparable with the \
                 benchmark"
            );
            push(
                "sustainment_horizon_longer_than_benchmark",
                Severity::Warning,
                "sustainment_weeks",
                message,
                provenance,
            );
        }
    }
}

fn programme_duration(spec: &ContractSpec, bench: &BenchmarkSet, label: &str, push: &mut impl Push) {
    let Some(duration) = bench.programme_duration else {
        for (field, value) in [
            ("out_of_work_support_months", spec.out_of_work_support_months),
            ("in_work_support_months", spec.in_work_support_months),
        ] {
            if let Some(months) = value {
                let message = format!("{field} {months}: {label} prints no programme duration");
                push("no_benchmark_in_set", Severity::Info, field, message, listing(bench));
            }
        }
        return;
    };
    let d = duration.value;
    let printed_range = d.out_of_work_min_months..=d.out_of_work_max_months;
    if let Some(months) = spec.out_of_work_support_months.filter(|m| !printed_range.contains(m)) {
        let printed = if d.out_of_work_min_months == d.out_of_work_max_months {
            format!("{}", d.out_of_work_min_months)
        } else {
            format!("{}–{}", d.out_of_work_min_months, d.out_of_work_max_months)
        };
        let message = format!(
            "out_of_work_support_months {months} differs from the {printed} months of out-of-work support in {label}"
        );
        push("programme_duration_differs", Severity::Info, "out_of_work_support_months", message, duration.provenance);
    }
    if let Some(months) = spec.in_work_support_months.filter(|m| *m != d.in_work_months) {
        let message = format!(
            "in_work_support_months {months} differs from the {} months of in-work support in {label}",
            d.in_work_months
        );
        push("programme_duration_differs", Severity::Info, "in_work_support_months", message, duration.provenance);
    }
}

fn wellbeing(spec: &ContractSpec, push: &mut impl Push) {
    if spec.wellbeing_measured == Some(false) {
        push(
            "wellbeing_not_measured",
            Severity::Warning,
            "wellbeing_measured",
            String::from(
                "wellbeing_measured false: the guide's suggested KPIs include wellbeing outcomes, measured for each \
                 client at the start and end of their support (SWEMWBS)",
            ),
            WELLBEING,
        );
    }
}

fn procurement(spec: &ContractSpec, push: &mut impl Push) {
    match spec.payment_model {
        Some(PaymentModel::OutcomeBased) => push(
            "outcome_based_payment",
            Severity::Warning,
            "payment_model",
            String::from(
                "payment_model outcome_based: the guide says outcome-based payment models are rarely used in \
                 Supported Employment and bring risks to its values, quality and universality",
            ),
            OUTCOME_PAYMENT,
        ),
        Some(PaymentModel::Mixed) => push(
            "part_outcome_based_payment",
            Severity::Info,
            "payment_model",
            String::from(
                "payment_model mixed is partly outcome-based: the guide says outcome-based payment brings risks to \
                 values, quality and universality",
            ),
            OUTCOME_PAYMENT,
        ),
        Some(PaymentModel::Block) | None => {}
    }
    match spec.award_basis {
        Some(AwardBasis::Price) => push(
            "award_on_price",
            Severity::Warning,
            "award_basis",
            String::from("award_basis price: the guide says contract award should be based on quality not price"),
            AWARD,
        ),
        Some(AwardBasis::QualityAndPrice) => push(
            "award_on_quality_and_price",
            Severity::Info,
            "award_basis",
            String::from(
                "award_basis quality_and_price: the guide says contract award should be based on quality not price",
            ),
            AWARD,
        ),
        Some(AwardBasis::Quality) | None => {}
    }
    if spec.price_discounting == Some(true) {
        push(
            "price_discounting",
            Severity::Warning,
            "price_discounting",
            String::from(
                "price_discounting true: the guide does not encourage price discounting, as it undercuts the \
                 resources to deliver quality for all participants",
            ),
            DISCOUNTING,
        );
    }
    if spec.dialogue_stage == Some(false) {
        push(
            "no_dialogue_stage",
            Severity::Warning,
            "dialogue_stage",
            String::from(
                "dialogue_stage false: the guide says commissioners should always incorporate a dialogue stage with bidders",
            ),
            DIALOGUE,
        );
    }
    if spec.steering_group == Some(false) {
        push(
            "no_steering_group",
            Severity::Warning,
            "steering_group",
            String::from("steering_group false: the guide advises setting up a programme steering group"),
            STEERING_GROUP,
        );
    }
    if spec.lived_experience_on_steering_group == Some(false) {
        push(
            "no_lived_experience",
            Severity::Warning,
            "lived_experience_on_steering_group",
            String::from(
                "lived_experience_on_steering_group false: the guide recommends involving participants with lived \
                 experience in the steering group",
            ),
            LIVED_EXPERIENCE,
        );
    }
}

fn reviews(spec: &ContractSpec, push: &mut impl Push) {
    if let Some(months) = spec.first_external_review_months.filter(|m| *m > FIRST_EXTERNAL_REVIEW_MONTHS) {
        let message = format!(
            "first_external_review_months {months} is later than the first {FIRST_EXTERNAL_REVIEW_MONTHS} months of \
             a new service, within which the guide asks for an external fidelity assessment (a new service takes \
             around 12 months to reach good quality, 000)"
        );
        push("first_external_review_late", Severity::Error, "first_external_review_months", message, FIRST_REVIEW);
    }
    if let Some(months) = spec.external_review_interval_months.filter(|m| *m > EXTERNAL_REVIEW_INTERVAL_MONTHS) {
        let (accreditation, provenance) = match spec.model {
            Model::Ips => ("IPS Grow accreditation at 'Good' or 'Exemplary'", REVIEW_INTERVAL_IPS),
            Model::Seqf => ("SEQF accreditation at 'Good' or 'Excellent'", REVIEW_INTERVAL_SEQF),
        };
        let message = format!(
            "external_review_interval_months {months} is longer than the guide's \"at least every three years\" \
             ({EXTERNAL_REVIEW_INTERVAL_MONTHS} months), which it allows a service holding {accreditation}"
        );
        push(
            "external_review_interval_too_long",
            Severity::Error,
            "external_review_interval_months",
            message,
            provenance,
        );
    }
    if let Some(months) = spec.internal_assessment_interval_months.filter(|m| *m > INTERNAL_ASSESSMENT_INTERVAL_MONTHS)
    {
        let message = format!(
            "internal_assessment_interval_months {months} is longer than the guide's annual internal fidelity \
             self-assessment ({INTERNAL_ASSESSMENT_INTERVAL_MONTHS} months)"
        );
        let field = "internal_assessment_interval_months";
        push("internal_assessment_not_annual", Severity::Warning, field, message, INTERNAL_ASSESSMENT);
    }
    if let Some(cadence) = spec.training.filter(|c| !c.at_least_quarterly()) {
        let message = format!(
            "training {} is less often than the guide's \"at least quarterly\" thematically focused internal team \
             training sessions",
            cadence.id()
        );
        push("training_less_than_quarterly", Severity::Warning, "training", message, TRAINING);
    }
}

/// The value if it is a finite number; NaN and infinities count as not stated.
fn finite(value: Option<f64>) -> Option<f64> {
    value.filter(|v| v.is_finite())
}

fn field_rank(field: &str) -> usize {
    ContractSpec::FIELDS.iter().position(|f| *f == field).unwrap_or(usize::MAX)
}

const fn model_label(model: Model) -> &'static str {
    match model {
        Model::Ips => "IPS",
        Model::Seqf => "SEQF",
    }
}

/// A number for a message: as every message shows numbers ([`crate::error::shown`]: `0` for
/// negative zero, scientific notation for very large or small values), and within the
/// everyday range at most six decimals, trailing zeros trimmed.
fn num(value: f64) -> String {
    let magnitude = if value < 0.0 { -value } else { value };
    if value == 0.0 || !(1e-6..1e15).contains(&magnitude) {
        return format!("{}", crate::error::shown(&value));
    }
    // Six decimals, then the trailing zeros and a bare point dropped.
    let text = format!("{value:.6}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    String::from(if text == "-0" { "0" } else { text })
}

/// A fraction as a percentage for a message: `0.65` → `65%`.
fn pct(rate: f64) -> String {
    format!("{}%", num(rate * 100.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    const GUIDE: BenchmarkSetId = BenchmarkSetId::CommissioningGuide2024;
    const GENERAL: BenchmarkSetId = BenchmarkSetId::FidelityGuidance2024;

    /// A specification that follows every benchmark and all the advice, for IPS under `001`.
    fn compliant_ips() -> ContractSpec {
        ContractSpec {
            model: Model::Ips,
            length_months: Some(36),
            extension_option: Some(true),
            unit_cost: Some(2250.0),
            caseload_max: Some(25.0),
            senior_caseload_max: Some(20.0),
            out_of_work_support_months: Some(12),
            in_work_support_months: Some(4),
            access_target: Some(0.70),
            job_entry_target: Some(0.40),
            sustainment_target: Some(0.65),
            sustainment_weeks: Some(13),
            wellbeing_measured: Some(true),
            payment_model: Some(PaymentModel::Block),
            award_basis: Some(AwardBasis::Quality),
            price_discounting: Some(false),
            dialogue_stage: Some(true),
            steering_group: Some(true),
            lived_experience_on_steering_group: Some(true),
            first_external_review_months: Some(12),
            external_review_interval_months: Some(36),
            internal_assessment_interval_months: Some(12),
            training: Some(TrainingCadence::Quarterly),
        }
    }

    /// The same for SEQF under `001`.
    fn compliant_seqf() -> ContractSpec {
        ContractSpec {
            model: Model::Seqf,
            unit_cost: Some(5000.0),
            caseload_max: Some(15.0),
            senior_caseload_max: None,
            out_of_work_support_months: Some(9),
            access_target: Some(0.70),
            sustainment_target: Some(0.70),
            sustainment_weeks: Some(26),
            ..compliant_ips()
        }
    }

    fn rules(spec: &ContractSpec, set: BenchmarkSetId) -> Vec<(&'static str, Severity, &'static str)> {
        check_contract(spec, set).findings.iter().map(|f| (f.rule, f.severity, f.field)).collect()
    }

    fn only(spec: &ContractSpec, set: BenchmarkSetId) -> Finding {
        let report = check_contract(spec, set);
        assert_eq!(report.findings.len(), 1, "{:#?}", report.findings);
        report.findings[0].clone()
    }

    #[test]
    fn a_compliant_specification_has_no_findings() {
        let report = check_contract(&compliant_ips(), GUIDE);
        assert_eq!(report.findings, vec![]);
        assert_eq!(report.not_checked, Vec::<&str>::new());
        assert_eq!((report.set, report.model, report.worst()), (GUIDE, Model::Ips, None));
        let report = check_contract(&compliant_seqf(), GUIDE);
        assert_eq!(report.findings, vec![]);
        assert_eq!(report.not_checked, vec!["senior_caseload_max"]);
        // Under the fidelity guidance: only info (no tolerance on "around", no access or duration benchmark).
        for spec in [compliant_ips(), compliant_seqf()] {
            let report = check_contract(&spec, GENERAL);
            assert_eq!(report.count(Severity::Error) + report.count(Severity::Warning), 0, "{:#?}", report.findings);
            assert_eq!(report.worst(), Some(Severity::Info));
        }
    }

    #[test]
    fn contract_length_turns_at_36_months() {
        let spec = |months, extension| ContractSpec {
            length_months: Some(months),
            extension_option: extension,
            ..compliant_ips()
        };
        assert_eq!(rules(&spec(36, Some(false)), GUIDE), vec![]);
        assert_eq!(rules(&spec(36, None), GUIDE), vec![]);
        assert_eq!(
            rules(&spec(35, Some(false)), GUIDE),
            vec![("short_contract_without_extension", Severity::Warning, "length_months")]
        );
        assert_eq!(
            rules(&spec(35, None), GUIDE),
            vec![("short_contract_without_extension", Severity::Warning, "length_months")]
        );
        assert_eq!(
            rules(&spec(35, Some(true)), GUIDE),
            vec![("short_contract_with_extension", Severity::Info, "length_months")]
        );
        let finding = only(&spec(24, Some(false)), GUIDE);
        assert_eq!(
            finding.message,
            "length_months 24 is under the 36 months (three years) the guide suggests (a new service takes 6-18 \
             months to develop, 001), and extension_option is false: offer the option of extension"
        );
        assert!(finding.provenance.locator.contains("option of extension"));
        // Under the fidelity guidance the rule still runs and cites the commissioning guide.
        let report = check_contract(&spec(24, Some(false)), GENERAL);
        let finding = report.findings.iter().find(|f| f.field == "length_months").cloned();
        assert_eq!(
            finding.map(|f| (f.rule, f.provenance.source)),
            Some(("short_contract_without_extension", Source::CommissioningGuide2024))
        );
    }

    #[test]
    fn caseloads_turn_at_the_printed_maximums() {
        for set in BenchmarkSetId::ALL {
            let ips = |c| ContractSpec { caseload_max: Some(c), senior_caseload_max: None, ..compliant_ips() };
            let seqf = |c| ContractSpec { caseload_max: Some(c), ..compliant_seqf() };
            let fired = |spec: &ContractSpec| {
                check_contract(spec, set).findings.iter().any(|f| f.rule == "caseload_above_maximum")
            };
            assert!(!fired(&ips(25.0)));
            assert!(fired(&ips(26.0)));
            assert!(fired(&ips(25.5)));
            assert!(!fired(&seqf(15.0)));
            assert!(fired(&seqf(16.0)));
        }
        let finding = only(&ContractSpec { caseload_max: Some(30.0), ..compliant_ips() }, GUIDE);
        assert_eq!(finding.rule, "caseload_above_maximum");
        assert_eq!(finding.severity, Severity::Error);
        assert_eq!(finding.message, "caseload_max 30 is above the maximum of 25 in commissioning_guide_2024 (IPS)");
        assert_eq!(finding.provenance, GUIDE.for_model(Model::Ips).caseload_max.provenance);
        let finding = only(&ContractSpec { caseload_max: Some(16.0), ..compliant_seqf() }, GUIDE);
        assert_eq!(finding.message, "caseload_max 16 is above the maximum of 15 in commissioning_guide_2024 (SEQF)");
    }

    #[test]
    fn senior_caseload_turns_at_20_and_is_noted_where_no_benchmark_is_printed() {
        let spec = |c| ContractSpec { senior_caseload_max: Some(c), ..compliant_ips() };
        assert_eq!(rules(&spec(20.0), GUIDE), vec![]);
        let finding = only(&spec(21.0), GUIDE);
        assert_eq!((finding.rule, finding.severity), ("senior_caseload_above_maximum", Severity::Warning));
        assert_eq!(
            finding.message,
            "senior_caseload_max 21 is above the senior employment specialist maximum of 20 in \
             commissioning_guide_2024 (IPS)"
        );
        assert!(finding.provenance.locator.contains("Senior Employment Specialist: Max 20"));

        let seqf = ContractSpec { senior_caseload_max: Some(12.0), ..compliant_seqf() };
        let finding = only(&seqf, GUIDE);
        assert_eq!(
            (finding.rule, finding.severity, finding.field),
            ("no_benchmark_in_set", Severity::Info, "senior_caseload_max")
        );
        assert!(finding.message.contains("prints no senior caseload benchmark"), "{}", finding.message);
        // The general guide prints no senior benchmark for IPS either: 21 is noted, not judged.
        let general: Vec<_> =
            rules(&spec(21.0), GENERAL).into_iter().filter(|r| r.2 == "senior_caseload_max").collect();
        assert_eq!(general, vec![("no_benchmark_in_set", Severity::Info, "senior_caseload_max")]);
    }

    #[test]
    fn unit_cost_is_judged_against_a_range_both_ends_included() {
        let ips = |c| ContractSpec { unit_cost: Some(c), ..compliant_ips() };
        assert_eq!(rules(&ips(2000.0), GUIDE), vec![]);
        assert_eq!(rules(&ips(2500.0), GUIDE), vec![]);
        let below = only(&ips(1999.0), GUIDE);
        assert_eq!((below.rule, below.severity), ("unit_cost_outside_range", Severity::Warning));
        assert_eq!(
            below.message,
            "unit_cost £1999 is below the range £2000–£2500 in commissioning_guide_2024 (IPS) by £1"
        );
        let above = only(&ips(2501.0), GUIDE);
        assert_eq!(
            above.message,
            "unit_cost £2501 is above the range £2000–£2500 in commissioning_guide_2024 (IPS) by £1"
        );
        assert_eq!(above.provenance, GUIDE.for_model(Model::Ips).unit_cost.provenance);
        let seqf = |c| ContractSpec { unit_cost: Some(c), ..compliant_seqf() };
        assert_eq!(rules(&seqf(4500.0), GUIDE), vec![]);
        assert_eq!(rules(&seqf(6500.0), GUIDE), vec![]);
        assert_eq!(rules(&seqf(4499.0), GUIDE), vec![("unit_cost_outside_range", Severity::Warning, "unit_cost")]);
        assert_eq!(rules(&seqf(6500.5), GUIDE), vec![("unit_cost_outside_range", Severity::Warning, "unit_cost")]);
        assert!(only(&ips(2500.1), GUIDE).message.ends_with("by £0.1"));
    }

    #[test]
    fn an_around_figure_is_compared_but_never_judged() {
        let ips = |c| ContractSpec { unit_cost: Some(c), ..ContractSpec::new(Model::Ips) };
        for (cost, relation) in [(2300.0, "is £300 above"), (1500.0, "is £500 below"), (2000.0, "equals")] {
            let finding = only(&ips(cost), GENERAL);
            assert_eq!((finding.rule, finding.severity), ("unit_cost_compared_with_guide_figure", Severity::Info));
            assert!(finding.message.contains(relation), "{}", finding.message);
            assert!(finding.message.contains("around £2000 in fidelity_guidance_2024 (IPS)"), "{}", finding.message);
            assert!(finding.message.contains("no tolerance"), "{}", finding.message);
            assert_eq!(finding.provenance.source, Source::FidelityGuidance2024);
        }
        // Far from the figure is still only info.
        let seqf = ContractSpec { unit_cost: Some(9000.0), ..ContractSpec::new(Model::Seqf) };
        let finding = only(&seqf, GENERAL);
        assert_eq!(finding.severity, Severity::Info);
        assert!(finding.message.contains("is £4000 above the figure of around £5000"), "{}", finding.message);
    }

    /// A horizon shorter than the set's is an error (jobs would count as sustained too soon); a
    /// longer one only a warning (no printed requirement forbids it; the target is then not
    /// comparable with the benchmark).
    #[test]
    fn the_sustainment_horizon_is_the_models_or_longer() {
        for set in BenchmarkSetId::ALL {
            let ips = |w| ContractSpec { sustainment_weeks: Some(w), ..ContractSpec::new(Model::Ips) };
            let seqf = |w| ContractSpec { sustainment_weeks: Some(w), ..ContractSpec::new(Model::Seqf) };
            let shorter = vec![("sustainment_horizon_wrong_for_model", Severity::Error, "sustainment_weeks")];
            let longer = vec![("sustainment_horizon_longer_than_benchmark", Severity::Warning, "sustainment_weeks")];
            assert_eq!(rules(&ips(13), set), vec![]);
            assert_eq!(rules(&ips(12), set), shorter);
            assert_eq!(rules(&ips(14), set), longer);
            assert_eq!(rules(&ips(26), set), longer);
            assert_eq!(rules(&seqf(26), set), vec![]);
            assert_eq!(rules(&seqf(13), set), shorter);
            assert_eq!(rules(&seqf(27), set), longer);
        }
        let finding = only(&ContractSpec { sustainment_weeks: Some(26), ..ContractSpec::new(Model::Ips) }, GUIDE);
        assert_eq!(
            finding.message,
            "sustainment_weeks 26 is longer than the 13-week horizon commissioning_guide_2024 (IPS) sets for IPS: \
             no printed requirement forbids it, but the sustainment target is then not comparable with the benchmark"
        );
        let finding = only(&ContractSpec { sustainment_weeks: Some(13), ..ContractSpec::new(Model::Seqf) }, GUIDE);
        assert_eq!(
            finding.message,
            "sustainment_weeks 13 is shorter than the 26-week horizon commissioning_guide_2024 (SEQF) sets for SEQF: \
             jobs would count as sustained before the benchmark counts them"
        );
    }

    #[test]
    fn the_two_sets_disagree_on_ips_sustainment() {
        let spec = ContractSpec { sustainment_target: Some(0.62), ..compliant_ips() };
        let finding = only(&spec, GUIDE);
        assert_eq!(
            (finding.rule, finding.severity, finding.field),
            ("target_below_benchmark", Severity::Error, "sustainment_target")
        );
        assert_eq!(
            finding.message,
            "sustainment_target 62% is below the benchmark of at least 65% sustained beyond 13 weeks in \
             commissioning_guide_2024 (IPS)"
        );
        assert!(!rules(&spec, GENERAL).iter().any(|r| r.0 == "target_below_benchmark"));
        let spec = ContractSpec { sustainment_target: Some(0.59), ..compliant_ips() };
        assert!(rules(&spec, GENERAL).contains(&("target_below_benchmark", Severity::Error, "sustainment_target")));
        // SEQF: 70% beyond 26 weeks in both sets.
        for set in BenchmarkSetId::ALL {
            let seqf = |t| ContractSpec { sustainment_target: Some(t), ..ContractSpec::new(Model::Seqf) };
            assert_eq!(rules(&seqf(0.70), set), vec![]);
            assert_eq!(
                rules(&seqf(0.69), set),
                vec![("target_below_benchmark", Severity::Error, "sustainment_target")]
            );
        }
    }

    #[test]
    fn access_and_job_entry_targets_turn_at_70_and_40_percent() {
        let spec =
            |access, job| ContractSpec { access_target: Some(access), job_entry_target: Some(job), ..compliant_ips() };
        assert_eq!(rules(&spec(0.70, 0.40), GUIDE), vec![]);
        assert_eq!(
            rules(&spec(0.69, 0.39), GUIDE),
            vec![
                ("target_below_benchmark", Severity::Error, "access_target"),
                ("target_below_benchmark", Severity::Error, "job_entry_target"),
            ]
        );
        let finding = only(&spec(0.70, 0.35), GUIDE);
        assert_eq!(
            finding.message,
            "job_entry_target 35% is below the benchmark of at least 40% in commissioning_guide_2024 (IPS)"
        );
        // The general guide prints no access benchmark: noted, never judged.
        let general = ContractSpec { access_target: Some(0.5), ..ContractSpec::new(Model::Seqf) };
        let finding = only(&general, GENERAL);
        assert_eq!(
            (finding.rule, finding.severity, finding.field),
            ("no_benchmark_in_set", Severity::Info, "access_target")
        );
        assert_eq!(finding.message, "access_target 50%: fidelity_guidance_2024 (SEQF) prints no benchmark for it");
        assert_eq!(finding.provenance.source, Source::FidelityGuidance2024);
    }

    #[test]
    fn programme_duration_differences_are_info() {
        let ips = |out, inw| ContractSpec {
            out_of_work_support_months: Some(out),
            in_work_support_months: Some(inw),
            ..ContractSpec::new(Model::Ips)
        };
        assert_eq!(rules(&ips(12, 4), GUIDE), vec![]);
        assert_eq!(
            rules(&ips(11, 5), GUIDE),
            vec![
                ("programme_duration_differs", Severity::Info, "out_of_work_support_months"),
                ("programme_duration_differs", Severity::Info, "in_work_support_months"),
            ]
        );
        let seqf = |out| ContractSpec { out_of_work_support_months: Some(out), ..ContractSpec::new(Model::Seqf) };
        assert_eq!(rules(&seqf(9), GUIDE), vec![]);
        assert_eq!(rules(&seqf(12), GUIDE), vec![]);
        assert_eq!(
            rules(&seqf(8), GUIDE),
            vec![("programme_duration_differs", Severity::Info, "out_of_work_support_months")]
        );
        let finding = only(&seqf(13), GUIDE);
        assert_eq!(
            finding.message,
            "out_of_work_support_months 13 differs from the 9–12 months of out-of-work support in \
             commissioning_guide_2024 (SEQF)"
        );
        assert_eq!(
            rules(&ips(12, 4), GENERAL),
            vec![
                ("no_benchmark_in_set", Severity::Info, "out_of_work_support_months"),
                ("no_benchmark_in_set", Severity::Info, "in_work_support_months"),
            ]
        );
    }

    #[test]
    fn procurement_and_governance_advice() {
        type Expected = Option<(&'static str, Severity, &'static str)>;
        let cases: [(ContractSpec, Expected); 16] = [
            (ContractSpec { payment_model: Some(PaymentModel::Block), ..compliant_ips() }, None),
            (
                ContractSpec { payment_model: Some(PaymentModel::Mixed), ..compliant_ips() },
                Some(("part_outcome_based_payment", Severity::Info, "payment_model")),
            ),
            (
                ContractSpec { payment_model: Some(PaymentModel::OutcomeBased), ..compliant_ips() },
                Some(("outcome_based_payment", Severity::Warning, "payment_model")),
            ),
            (ContractSpec { award_basis: Some(AwardBasis::Quality), ..compliant_ips() }, None),
            (
                ContractSpec { award_basis: Some(AwardBasis::QualityAndPrice), ..compliant_ips() },
                Some(("award_on_quality_and_price", Severity::Info, "award_basis")),
            ),
            (
                ContractSpec { award_basis: Some(AwardBasis::Price), ..compliant_ips() },
                Some(("award_on_price", Severity::Warning, "award_basis")),
            ),
            (ContractSpec { price_discounting: Some(false), ..compliant_ips() }, None),
            (
                ContractSpec { price_discounting: Some(true), ..compliant_ips() },
                Some(("price_discounting", Severity::Warning, "price_discounting")),
            ),
            (ContractSpec { dialogue_stage: Some(true), ..compliant_ips() }, None),
            (
                ContractSpec { dialogue_stage: Some(false), ..compliant_ips() },
                Some(("no_dialogue_stage", Severity::Warning, "dialogue_stage")),
            ),
            (ContractSpec { wellbeing_measured: Some(true), ..compliant_ips() }, None),
            (
                ContractSpec { wellbeing_measured: Some(false), ..compliant_ips() },
                Some(("wellbeing_not_measured", Severity::Warning, "wellbeing_measured")),
            ),
            (ContractSpec { steering_group: Some(true), ..compliant_ips() }, None),
            (
                ContractSpec { steering_group: Some(false), ..compliant_ips() },
                Some(("no_steering_group", Severity::Warning, "steering_group")),
            ),
            (ContractSpec { lived_experience_on_steering_group: Some(true), ..compliant_ips() }, None),
            (
                ContractSpec { lived_experience_on_steering_group: Some(false), ..compliant_ips() },
                Some(("no_lived_experience", Severity::Warning, "lived_experience_on_steering_group")),
            ),
        ];
        for (spec, expected) in cases {
            assert_eq!(rules(&spec, GUIDE), expected.into_iter().collect::<Vec<_>>(), "{spec:?}");
        }
        let finding = only(&ContractSpec { award_basis: Some(AwardBasis::Price), ..compliant_ips() }, GUIDE);
        assert!(finding.provenance.locator.contains("quality not price"));
        let finding = only(&ContractSpec { dialogue_stage: Some(false), ..compliant_ips() }, GUIDE);
        assert!(finding.provenance.locator.contains("always incorporate a dialogue stage"));
    }

    #[test]
    fn reviews_and_training_follow_the_kpi_table_under_either_set() {
        for set in BenchmarkSetId::ALL {
            for model in Model::ALL {
                let base = ContractSpec::new(model);
                let check = |spec: ContractSpec| {
                    let report = check_contract(&spec, set);
                    assert!(report.findings.iter().all(|f| f.provenance.source == Source::CommissioningGuide2024));
                    report.findings.iter().map(|f| (f.rule, f.severity)).collect::<Vec<_>>()
                };
                assert_eq!(check(ContractSpec { first_external_review_months: Some(12), ..base }), vec![]);
                assert_eq!(
                    check(ContractSpec { first_external_review_months: Some(13), ..base }),
                    vec![("first_external_review_late", Severity::Error)]
                );
                assert_eq!(check(ContractSpec { external_review_interval_months: Some(36), ..base }), vec![]);
                assert_eq!(
                    check(ContractSpec { external_review_interval_months: Some(37), ..base }),
                    vec![("external_review_interval_too_long", Severity::Error)]
                );
                assert_eq!(check(ContractSpec { internal_assessment_interval_months: Some(12), ..base }), vec![]);
                assert_eq!(
                    check(ContractSpec { internal_assessment_interval_months: Some(13), ..base }),
                    vec![("internal_assessment_not_annual", Severity::Warning)]
                );
                for cadence in TrainingCadence::ALL {
                    let found = check(ContractSpec { training: Some(cadence), ..base });
                    if cadence.at_least_quarterly() {
                        assert_eq!(found, vec![], "{cadence:?}");
                    } else {
                        assert_eq!(found, vec![("training_less_than_quarterly", Severity::Warning)], "{cadence:?}");
                    }
                }
            }
        }
        let seqf = ContractSpec { external_review_interval_months: Some(48), ..ContractSpec::new(Model::Seqf) };
        let finding = only(&seqf, GUIDE);
        assert!(finding.message.contains("SEQF accreditation at 'Good' or 'Excellent'"), "{}", finding.message);
        assert!(finding.provenance.locator.contains("SEQF accreditation"));
        let finding = only(&ContractSpec { training: Some(TrainingCadence::SixMonthly), ..compliant_ips() }, GUIDE);
        assert!(finding.message.starts_with("training six_monthly is less often"), "{}", finding.message);
    }

    #[test]
    fn not_checked_lists_exactly_the_unstated_fields() {
        let report = check_contract(&ContractSpec::new(Model::Ips), GUIDE);
        assert_eq!(report.findings, vec![]);
        assert_eq!(report.not_checked, ContractSpec::FIELDS.to_vec());
        let spec = ContractSpec {
            length_months: Some(48),
            caseload_max: Some(20.0),
            sustainment_weeks: Some(13),
            training: Some(TrainingCadence::Monthly),
            ..ContractSpec::new(Model::Ips)
        };
        let report = check_contract(&spec, GUIDE);
        let stated = ["length_months", "caseload_max", "sustainment_weeks", "training"];
        let expected: Vec<_> = ContractSpec::FIELDS.into_iter().filter(|f| !stated.contains(f)).collect();
        assert_eq!(report.not_checked, expected);
        assert_eq!(report.not_checked.len(), 18);
        // The private list of stated fields keeps the public order.
        let names: Vec<_> = spec.stated().iter().map(|(name, _)| *name).collect();
        assert_eq!(names, ContractSpec::FIELDS.to_vec());
    }

    #[test]
    fn non_finite_numbers_are_not_stated_and_never_fire() {
        for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            let spec = ContractSpec {
                unit_cost: Some(bad),
                caseload_max: Some(bad),
                senior_caseload_max: Some(bad),
                access_target: Some(bad),
                job_entry_target: Some(bad),
                sustainment_target: Some(bad),
                ..ContractSpec::new(Model::Seqf)
            };
            for set in BenchmarkSetId::ALL {
                let report = check_contract(&spec, set);
                assert_eq!(report.findings, vec![], "{bad}");
                assert_eq!(report.not_checked, ContractSpec::FIELDS.to_vec());
            }
        }
        // Odd but finite values never panic.
        for odd in [-0.0, -1.0, 1e300, -1e300, 1e-300, f64::MAX, f64::MIN_POSITIVE] {
            let spec = ContractSpec {
                unit_cost: Some(odd),
                caseload_max: Some(odd),
                senior_caseload_max: Some(odd),
                access_target: Some(odd),
                job_entry_target: Some(odd),
                sustainment_target: Some(odd),
                ..compliant_ips()
            };
            for set in BenchmarkSetId::ALL {
                let report = check_contract(&spec, set);
                assert!(report.findings.iter().all(|f| !f.message.is_empty()));
            }
        }
    }

    #[test]
    fn findings_are_most_severe_first_then_in_field_order() {
        let spec = ContractSpec {
            model: Model::Ips,
            length_months: Some(24),
            extension_option: Some(true),
            unit_cost: Some(3000.0),
            caseload_max: Some(30.0),
            senior_caseload_max: Some(22.0),
            out_of_work_support_months: Some(6),
            in_work_support_months: Some(4),
            access_target: Some(0.5),
            job_entry_target: Some(0.3),
            sustainment_target: Some(0.5),
            sustainment_weeks: Some(26),
            wellbeing_measured: Some(false),
            payment_model: Some(PaymentModel::OutcomeBased),
            award_basis: Some(AwardBasis::QualityAndPrice),
            price_discounting: Some(true),
            dialogue_stage: Some(false),
            steering_group: Some(false),
            lived_experience_on_steering_group: Some(false),
            first_external_review_months: Some(18),
            external_review_interval_months: Some(48),
            internal_assessment_interval_months: Some(24),
            training: Some(TrainingCadence::Annually),
        };
        let report = check_contract(&spec, GUIDE);
        let got: Vec<_> = report.findings.iter().map(|f| (f.severity, f.field, f.rule)).collect();
        assert_eq!(
            got,
            vec![
                (Severity::Error, "caseload_max", "caseload_above_maximum"),
                (Severity::Error, "access_target", "target_below_benchmark"),
                (Severity::Error, "job_entry_target", "target_below_benchmark"),
                (Severity::Error, "sustainment_target", "target_below_benchmark"),
                (Severity::Error, "first_external_review_months", "first_external_review_late"),
                (Severity::Error, "external_review_interval_months", "external_review_interval_too_long"),
                (Severity::Warning, "unit_cost", "unit_cost_outside_range"),
                (Severity::Warning, "senior_caseload_max", "senior_caseload_above_maximum"),
                (Severity::Warning, "sustainment_weeks", "sustainment_horizon_longer_than_benchmark"),
                (Severity::Warning, "wellbeing_measured", "wellbeing_not_measured"),
                (Severity::Warning, "payment_model", "outcome_based_payment"),
                (Severity::Warning, "price_discounting", "price_discounting"),
                (Severity::Warning, "dialogue_stage", "no_dialogue_stage"),
                (Severity::Warning, "steering_group", "no_steering_group"),
                (Severity::Warning, "lived_experience_on_steering_group", "no_lived_experience"),
                (Severity::Warning, "internal_assessment_interval_months", "internal_assessment_not_annual"),
                (Severity::Warning, "training", "training_less_than_quarterly"),
                (Severity::Info, "length_months", "short_contract_with_extension"),
                (Severity::Info, "out_of_work_support_months", "programme_duration_differs"),
                (Severity::Info, "award_basis", "award_on_quality_and_price"),
            ]
        );
        assert_eq!(
            (report.count(Severity::Error), report.count(Severity::Warning), report.count(Severity::Info)),
            (6, 11, 3)
        );
        assert_eq!(report.worst(), Some(Severity::Error));
        assert!(report.findings.iter().all(|f| ContractSpec::FIELDS.contains(&f.field)));
    }

    #[test]
    fn ids_round_trip_and_accepted_lists_match() {
        fn check<T: Copy + PartialEq + core::fmt::Debug>(
            all: &[T],
            accepted: &str,
            id: fn(T) -> &'static str,
            from: fn(&str, &str) -> Result<T, Error>,
        ) {
            let ids: Vec<_> = all.iter().map(|v| id(*v)).collect();
            assert_eq!(ids.join(", "), accepted);
            for v in all {
                assert_eq!(from(id(*v), "f"), Ok(*v));
            }
            assert!(matches!(from("Quarterly", "f"), Err(Error::UnknownValue { .. })));
        }
        check(&PaymentModel::ALL, PaymentModel::ACCEPTED, PaymentModel::id, PaymentModel::from_id);
        check(&AwardBasis::ALL, AwardBasis::ACCEPTED, AwardBasis::id, AwardBasis::from_id);
        check(&TrainingCadence::ALL, TrainingCadence::ACCEPTED, TrainingCadence::id, TrainingCadence::from_id);
        check(&Severity::ALL, Severity::ACCEPTED, Severity::id, Severity::from_id);
        assert!(Severity::Error < Severity::Warning && Severity::Warning < Severity::Info);
    }

    #[test]
    fn numbers_in_messages_are_readable() {
        assert_eq!(num(2500.0), "2500");
        assert_eq!(num(25.5), "25.5");
        assert_eq!(num(0.1 + 0.2), "0.3");
        assert_eq!(num(-0.0), "0");
        assert_eq!(num(1e300), "1e300");
        assert_eq!(pct(0.65), "65%");
        assert_eq!(pct(0.7), "70%");
        assert_eq!(pct(0.625), "62.5%");
    }
}
