//! Contract benchmark sets, exactly as the two guides print them, with provenance.
//!
//! Two sets are built in, each for IPS beyond severe mental illness and for SEQF:
//! - [`BenchmarkSetId::CommissioningGuide2024`]: the KPI table of the commissioning guide (`001`);
//! - [`BenchmarkSetId::FidelityGuidance2024`]: the "general guide" in the fidelity guidance's
//!   recommendations (`000`).
//!
//! Where the two disagree (IPS 13-week sustainment 65% against 60%; unit cost £2000–£2500
//! against "around £2000"; SEQF £4500–£6500 against "around £5000") both stand: nothing
//! is averaged, and every result names the set it used. What a set does not print is
//! `None`, never a guess.

use crate::error::Error;
use crate::source::{Provenance, Source};

use super::Model;

/// A named set of contract benchmarks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BenchmarkSetId {
    /// The KPI table of the commissioning guide (`001`).
    CommissioningGuide2024,
    /// The general guide in the fidelity guidance's recommendations (`000`).
    FidelityGuidance2024,
}

impl BenchmarkSetId {
    /// Both sets, in a stable order.
    pub const ALL: [Self; 2] = [Self::CommissioningGuide2024, Self::FidelityGuidance2024];
    /// The accepted ids, for messages.
    pub const ACCEPTED: &'static str = "commissioning_guide_2024, fidelity_guidance_2024";

    /// The stable id, e.g. `"commissioning_guide_2024"`.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::CommissioningGuide2024 => "commissioning_guide_2024",
            Self::FidelityGuidance2024 => "fidelity_guidance_2024",
        }
    }

    /// The set with this id.
    ///
    /// # Errors
    /// [`Error::UnknownValue`] for any other id, naming `field`.
    pub fn from_id(id: &str, field: &str) -> Result<Self, Error> {
        Self::ALL.into_iter().find(|s| s.id() == id).ok_or_else(|| Error::UnknownValue {
            field: field.into(),
            value: id.into(),
            accepted: Self::ACCEPTED.into(),
        })
    }

    /// The document the set comes from.
    #[must_use]
    pub const fn source(self) -> Source {
        match self {
            Self::CommissioningGuide2024 => Source::CommissioningGuide2024,
            Self::FidelityGuidance2024 => Source::FidelityGuidance2024,
        }
    }

    /// The set's benchmarks for `model`.
    #[must_use]
    pub const fn for_model(self, model: Model) -> &'static BenchmarkSet {
        match (self, model) {
            (Self::CommissioningGuide2024, Model::Ips) => &COMMISSIONING_GUIDE_IPS,
            (Self::CommissioningGuide2024, Model::Seqf) => &COMMISSIONING_GUIDE_SEQF,
            (Self::FidelityGuidance2024, Model::Ips) => &FIDELITY_GUIDANCE_IPS,
            (Self::FidelityGuidance2024, Model::Seqf) => &FIDELITY_GUIDANCE_SEQF,
        }
    }
}

/// A benchmark value and where it is printed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Benchmark<T> {
    /// The value as printed.
    pub value: T,
    /// Where it is printed.
    pub provenance: Provenance,
}

/// A unit cost benchmark: a printed range, or a single figure printed as "around".
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum UnitCost {
    /// From `min` to `max` pounds per participant, both included.
    Range {
        /// Lowest cost in the range, in pounds.
        min: f64,
        /// Highest cost in the range, in pounds.
        max: f64,
    },
    /// "Around" this many pounds. The source gives no tolerance and none is invented, so
    /// a cost is compared with it but never judged met or not met.
    Around(f64),
}

/// Sustained employment: the share of job entrants still in work past a horizon.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sustainment {
    /// The least acceptable share, as a fraction (0.65 for "at least 65%").
    pub min_rate: f64,
    /// The horizon in weeks (13 or 26).
    pub horizon_weeks: u16,
}

impl Sustainment {
    /// The horizon in days (weeks × 7).
    #[must_use]
    pub const fn horizon_days(self) -> i32 {
        self.horizon_weeks as i32 * 7
    }
}

/// Programme duration: months of out-of-work support, then months of in-work support.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProgrammeDuration {
    /// Least months of out-of-work support (9 for SEQF's "9-12 months").
    pub out_of_work_min_months: u8,
    /// Most months of out-of-work support.
    pub out_of_work_max_months: u8,
    /// Months of in-work support.
    pub in_work_months: u8,
}

/// How often fidelity is assessed and trained on: the `001` KPI table, the same for IPS and
/// SEQF. The fidelity guidance (`000`) prints no frequencies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FidelityAssessment {
    /// A new service's first external review falls within this many months of its start.
    pub first_external_within_months: u16,
    /// Most months between external reviews while accredited Good or better.
    pub accredited_external_interval_months: u16,
    /// Months between internal self-assessments, between external reviews.
    pub internal_interval_months: u16,
    /// Least thematically focused internal team training sessions a year (quarterly: 4).
    pub training_sessions_per_year: u16,
}

/// The `001` KPI table's fidelity assessment and training rows.
pub const FIDELITY_ASSESSMENT: Benchmark<FidelityAssessment> = Benchmark {
    value: FidelityAssessment {
        first_external_within_months: 12,
        accredited_external_interval_months: 36,
        internal_interval_months: 12,
        training_sessions_per_year: 4,
    },
    provenance: guide(
        "KPI table, External fidelity assessment frequency (\"At least once within the first 12 months of a new \
         service. At least every three years\" while accredited Good or better); Internal fidelity \
         self-assessment (\"Annually in between external fidelity assessments\"); Internal service training \
         (\"at least quarterly thematically focused internal team training sessions\")",
    ),
};

/// The benchmarks one set gives for one model.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BenchmarkSet {
    /// Which set.
    pub id: BenchmarkSetId,
    /// Which model.
    pub model: Model,
    /// Programme duration, where printed.
    pub programme_duration: Option<Benchmark<ProgrammeDuration>>,
    /// Cost per participant.
    pub unit_cost: Benchmark<UnitCost>,
    /// Least share of referrals that start on the service, where printed.
    pub access_min_rate: Option<Benchmark<f64>>,
    /// Most clients on one full-time employment specialist's active caseload.
    pub caseload_max: Benchmark<f64>,
    /// Most clients on a senior employment specialist's caseload, where printed.
    pub senior_caseload_max: Option<Benchmark<f64>>,
    /// Least share of starters entering paid work.
    pub job_entry_min_rate: Benchmark<f64>,
    /// Sustained employment.
    pub sustainment: Benchmark<Sustainment>,
    /// Whether the set asks for wellbeing (SWEMWBS) at the start and end of support.
    pub wellbeing_at_start_and_end: Option<Provenance>,
    /// Fidelity assessment and training frequency, where printed.
    pub fidelity_assessment: Option<Benchmark<FidelityAssessment>>,
}

const fn guide(locator: &'static str) -> Provenance {
    Provenance { source: Source::CommissioningGuide2024, locator }
}

const fn general(locator: &'static str) -> Provenance {
    Provenance { source: Source::FidelityGuidance2024, locator }
}

/// `001` KPI table, column "IPS in population groups beyond SMI".
pub static COMMISSIONING_GUIDE_IPS: BenchmarkSet = BenchmarkSet {
    id: BenchmarkSetId::CommissioningGuide2024,
    model: Model::Ips,
    programme_duration: Some(Benchmark {
        value: ProgrammeDuration { out_of_work_min_months: 12, out_of_work_max_months: 12, in_work_months: 4 },
        provenance: guide(
            "KPI table, Programme Duration, IPS: \"12 months out-of-work support + 4 months in-work support\"",
        ),
    }),
    unit_cost: Benchmark {
        value: UnitCost::Range { min: 2000.0, max: 2500.0 },
        provenance: guide("KPI table, Cost per participant/Unit Cost, IPS: \"£2000 - £2500\""),
    },
    access_min_rate: Some(Benchmark {
        value: 0.70,
        provenance: guide("KPI table, Access, IPS: \"At least 70% of referrals start on service\""),
    }),
    caseload_max: Benchmark {
        value: 25.0,
        provenance: guide("KPI table, Active caseload, IPS: \"Employment Specialist: Max 25\""),
    },
    senior_caseload_max: Some(Benchmark {
        value: 20.0,
        provenance: guide(
            "KPI table, Active caseload, IPS: \"Senior Employment Specialist: Max 20 (depending on size of team supervised)\"",
        ),
    }),
    job_entry_min_rate: Benchmark {
        value: 0.40,
        provenance: guide("KPI table, Paid work entry, IPS: \"At least 40% of starters into paid employment\""),
    },
    sustainment: Benchmark {
        value: Sustainment { min_rate: 0.65, horizon_weeks: 13 },
        provenance: guide(
            "KPI table, Sustained employment outcomes, IPS: \"At least 65% of people sustain employment beyond 13 weeks\"",
        ),
    },
    wellbeing_at_start_and_end: Some(guide(
        "KPI table, Wellbeing outcomes: SWEMWBS \"measured for each client at start and end\"",
    )),
    fidelity_assessment: Some(FIDELITY_ASSESSMENT),
};

/// `001` KPI table, column "SEQF".
pub static COMMISSIONING_GUIDE_SEQF: BenchmarkSet = BenchmarkSet {
    id: BenchmarkSetId::CommissioningGuide2024,
    model: Model::Seqf,
    programme_duration: Some(Benchmark {
        value: ProgrammeDuration { out_of_work_min_months: 9, out_of_work_max_months: 12, in_work_months: 4 },
        provenance: guide(
            "KPI table, Programme Duration, SEQF: \"9-12 months out-of-work support + 4 months in-work support\"",
        ),
    }),
    unit_cost: Benchmark {
        value: UnitCost::Range { min: 4500.0, max: 6500.0 },
        provenance: guide("KPI table, Cost per participant/Unit Cost, SEQF: \"£4500 - £6500\""),
    },
    access_min_rate: Some(Benchmark {
        value: 0.70,
        provenance: guide("KPI table, Access, SEQF: \"At least 70% of referrals start on service\""),
    }),
    caseload_max: Benchmark {
        value: 15.0,
        provenance: guide(
            "KPI table, Active caseload, SEQF: \"Employment Support Officer / Employment Specialist: Max 15\"",
        ),
    },
    senior_caseload_max: None,
    job_entry_min_rate: Benchmark {
        value: 0.40,
        provenance: guide("KPI table, Paid work entry, SEQF: \"At least 40% of starters into paid employment\""),
    },
    sustainment: Benchmark {
        value: Sustainment { min_rate: 0.70, horizon_weeks: 26 },
        provenance: guide(
            "KPI table, Sustained employment outcomes, SEQF: \"At least 70% of people sustain employment beyond 26 weeks\"",
        ),
    },
    wellbeing_at_start_and_end: Some(guide(
        "KPI table, Wellbeing outcomes: SWEMWBS \"measured for each client at start and end\"",
    )),
    fidelity_assessment: Some(FIDELITY_ASSESSMENT),
};

/// `000` recommendations, the general guide for an IPS service beyond severe mental health.
pub static FIDELITY_GUIDANCE_IPS: BenchmarkSet = BenchmarkSet {
    id: BenchmarkSetId::FidelityGuidance2024,
    model: Model::Ips,
    programme_duration: None,
    unit_cost: Benchmark {
        value: UnitCost::Around(2000.0),
        provenance: general("Recommendations, general guide for IPS: \"unit cost of around £2000\""),
    },
    access_min_rate: None,
    caseload_max: Benchmark {
        value: 25.0,
        provenance: general("Recommendations, general guide for IPS: \"maximum advisor caseload of 25\""),
    },
    senior_caseload_max: None,
    job_entry_min_rate: Benchmark {
        value: 0.40,
        provenance: general("Recommendations, general guide for IPS: \"job start target of 40%\""),
    },
    sustainment: Benchmark {
        value: Sustainment { min_rate: 0.60, horizon_weeks: 13 },
        provenance: general(
            "Recommendations, general guide for IPS: \"13 weeks job sustainment rate of at least 60%\"",
        ),
    },
    wellbeing_at_start_and_end: None,
    fidelity_assessment: None,
};

/// `000` recommendations, the general guide for an SEQF service.
pub static FIDELITY_GUIDANCE_SEQF: BenchmarkSet = BenchmarkSet {
    id: BenchmarkSetId::FidelityGuidance2024,
    model: Model::Seqf,
    programme_duration: None,
    unit_cost: Benchmark {
        value: UnitCost::Around(5000.0),
        provenance: general("Recommendations, general guide for SEQF: \"unit cost of around £5000\""),
    },
    access_min_rate: None,
    caseload_max: Benchmark {
        value: 15.0,
        provenance: general("Recommendations, general guide for SEQF: \"maximum advisor caseload of 15\""),
    },
    senior_caseload_max: None,
    job_entry_min_rate: Benchmark {
        value: 0.40,
        provenance: general("Recommendations, general guide for SEQF: \"job start target of 40%\""),
    },
    sustainment: Benchmark {
        value: Sustainment { min_rate: 0.70, horizon_weeks: 26 },
        provenance: general(
            "Recommendations, general guide for SEQF: \"26 weeks job sustainment rate of at least 70%\"",
        ),
    },
    wellbeing_at_start_and_end: None,
    fidelity_assessment: None,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sets_hold_the_printed_numbers() {
        let ci = BenchmarkSetId::CommissioningGuide2024.for_model(Model::Ips);
        assert_eq!(ci.unit_cost.value, UnitCost::Range { min: 2000.0, max: 2500.0 });
        assert_eq!(ci.access_min_rate.map(|b| b.value), Some(0.70));
        assert_eq!(ci.caseload_max.value, 25.0);
        assert_eq!(ci.senior_caseload_max.map(|b| b.value), Some(20.0));
        assert_eq!(ci.job_entry_min_rate.value, 0.40);
        assert_eq!(ci.sustainment.value, Sustainment { min_rate: 0.65, horizon_weeks: 13 });
        let cs = BenchmarkSetId::CommissioningGuide2024.for_model(Model::Seqf);
        assert_eq!(cs.unit_cost.value, UnitCost::Range { min: 4500.0, max: 6500.0 });
        assert_eq!(cs.caseload_max.value, 15.0);
        assert_eq!(cs.senior_caseload_max, None);
        assert_eq!(cs.sustainment.value, Sustainment { min_rate: 0.70, horizon_weeks: 26 });
        assert_eq!(cs.programme_duration.map(|d| d.value.out_of_work_min_months), Some(9));
        let gi = BenchmarkSetId::FidelityGuidance2024.for_model(Model::Ips);
        assert_eq!(gi.unit_cost.value, UnitCost::Around(2000.0));
        assert_eq!(gi.sustainment.value, Sustainment { min_rate: 0.60, horizon_weeks: 13 });
        assert_eq!(gi.access_min_rate, None, "the general guide prints no access target");
        let gs = BenchmarkSetId::FidelityGuidance2024.for_model(Model::Seqf);
        assert_eq!(gs.unit_cost.value, UnitCost::Around(5000.0));
        assert_eq!(gs.caseload_max.value, 15.0);
        assert_eq!(gs.job_entry_min_rate.value, 0.40);
        let assessment = ci.fidelity_assessment.map(|b| b.value);
        assert_eq!(assessment.map(|a| a.first_external_within_months), Some(12));
        assert_eq!(assessment.map(|a| a.accredited_external_interval_months), Some(36));
        assert_eq!(assessment.map(|a| a.internal_interval_months), Some(12));
        assert_eq!(assessment.map(|a| a.training_sessions_per_year), Some(4));
        assert_eq!(cs.fidelity_assessment, ci.fidelity_assessment);
        assert_eq!(gi.fidelity_assessment, None, "the general guide prints no frequencies");
    }

    #[test]
    fn every_set_names_its_own_document() {
        for id in BenchmarkSetId::ALL {
            for model in Model::ALL {
                let set = id.for_model(model);
                assert_eq!((set.id, set.model), (id, model));
                assert_eq!(set.unit_cost.provenance.source, id.source());
                assert_eq!(set.sustainment.provenance.source, id.source());
                assert_eq!(set.caseload_max.provenance.source, id.source());
            }
        }
    }

    #[test]
    fn horizons_are_whole_weeks_in_days() {
        assert_eq!(Sustainment { min_rate: 0.65, horizon_weeks: 13 }.horizon_days(), 91);
        assert_eq!(Sustainment { min_rate: 0.70, horizon_weeks: 26 }.horizon_days(), 182);
    }
}
