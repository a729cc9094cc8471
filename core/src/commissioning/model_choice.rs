//! IPS or SEQF for a population, with the reasons, as the guides state it.
//!
//! The rule, in the order applied (`000` "Existing fidelity approaches" and recommendations;
//! `001` "What is 'Supported Employment' and who is for?"):
//! 1. severe mental illness → **IPS**: the traditional IPS group, with its own fidelity scale
//!    (`003`); the two guides cover groups *other than* severe mental illness;
//! 2. adults with learning disabilities and/or autism → **SEQF**, "the right model";
//! 3. clinical (or other) integration "needed/possible", and moderate to high need →
//!    **IPS**, "the right model". Both guides print the slash; it is read as *needed or
//!    possible*, so integration that is possible though not needed counts, and the answer says
//!    that this reading was taken (`integration_needed_possible` in
//!    [`crate::interpretation`]); with high need it adds that SEQF "might also be considered",
//!    as integration is then "not necessary";
//! 4. integration not necessary or not possible, and high need → **SEQF** "might also be
//!    considered";
//! 5. otherwise the sources name no model (low need; moderate need without integration),
//!    and no recommendation is made.
//!
//! The sources give no rule for a cohort that mixes learning disabilities and/or autism with
//! groups they give as IPS examples, or severe mental illness with learning disabilities
//! and/or autism: no model is named, both candidates are given with their sources, and the
//! answer says the choice is the commissioner's. A cohort must name at least one group.

use alloc::vec::Vec;

use crate::source::{Provenance, Source};

use super::Model;

/// A population group as the guides name them (`001`, research background).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PopulationGroup {
    /// Severe mental illness: the traditional IPS group.
    SevereMentalIllness,
    /// Low to moderate mental health conditions.
    MentalHealth,
    /// Physical health conditions.
    PhysicalHealth,
    /// Learning disabilities.
    LearningDisability,
    /// Autism.
    Autism,
    /// Substance misuse issues.
    SubstanceMisuse,
    /// Housing insecurity and homelessness.
    HousingInsecurity,
    /// Ex-offenders.
    ExOffenders,
}

impl PopulationGroup {
    /// Every group.
    pub const ALL: [Self; 8] = [
        Self::SevereMentalIllness,
        Self::MentalHealth,
        Self::PhysicalHealth,
        Self::LearningDisability,
        Self::Autism,
        Self::SubstanceMisuse,
        Self::HousingInsecurity,
        Self::ExOffenders,
    ];

    /// The stable id, e.g. `"learning_disability"`.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::SevereMentalIllness => "severe_mental_illness",
            Self::MentalHealth => "mental_health",
            Self::PhysicalHealth => "physical_health",
            Self::LearningDisability => "learning_disability",
            Self::Autism => "autism",
            Self::SubstanceMisuse => "substance_misuse",
            Self::HousingInsecurity => "housing_insecurity",
            Self::ExOffenders => "ex_offenders",
        }
    }

    const fn is_seqf_group(self) -> bool {
        matches!(self, Self::LearningDisability | Self::Autism)
    }

    const fn is_named_ips_example(self) -> bool {
        matches!(self, Self::SevereMentalIllness | Self::MentalHealth | Self::PhysicalHealth | Self::SubstanceMisuse)
    }
}

/// Whether clinical (or other) integration is needed and possible for the cohort.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Integration {
    /// Integration with clinical (or other) teams is needed and possible.
    NeededAndPossible,
    /// Integration is possible, though not needed.
    PossibleNotNeeded,
    /// Integration is not necessary (and not possible).
    NotNecessary,
    /// Integration is needed but not possible.
    NotPossible,
}

impl Integration {
    /// Every option.
    pub const ALL: [Self; 4] =
        [Self::NeededAndPossible, Self::PossibleNotNeeded, Self::NotNecessary, Self::NotPossible];

    /// The stable id, e.g. `"needed_and_possible"`.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::NeededAndPossible => "needed_and_possible",
            Self::PossibleNotNeeded => "possible_not_needed",
            Self::NotNecessary => "not_necessary",
            Self::NotPossible => "not_possible",
        }
    }
}

/// The cohort's level of employment support need.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Need {
    /// Low.
    Low,
    /// Moderate.
    Moderate,
    /// High (the guides also say "complex").
    High,
}

impl Need {
    /// Every level.
    pub const ALL: [Self; 3] = [Self::Low, Self::Moderate, Self::High];

    /// The stable id: `low`, `moderate`, `high`.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Moderate => "moderate",
            Self::High => "high",
        }
    }
}

/// A cohort to choose a model for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cohort {
    /// The population groups in the cohort.
    pub groups: Vec<PopulationGroup>,
    /// Whether integration is needed and possible.
    pub integration: Integration,
    /// The level of need.
    pub need: Need,
}

/// How firmly the sources recommend the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Strength {
    /// "the right model".
    RightModel,
    /// "might also be considered".
    MightBeConsidered,
    /// The sources name no model for this cohort.
    NoRule,
}

impl Strength {
    /// The stable id: `right_model`, `might_be_considered`, `no_rule`.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::RightModel => "right_model",
            Self::MightBeConsidered => "might_be_considered",
            Self::NoRule => "no_rule",
        }
    }
}

/// One reason for a recommendation, with its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reason {
    /// The reason in words.
    pub text: &'static str,
    /// Where the sources say it; `None` for this library's own note where they are silent.
    pub provenance: Option<Provenance>,
}

/// The model the sources point to, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recommendation {
    /// The model, or `None` where the sources name none.
    pub model: Option<Model>,
    /// How firmly.
    pub strength: Strength,
    /// Why, with sources.
    pub reasons: Vec<Reason>,
}

const GUIDANCE: Provenance = Provenance {
    source: Source::FidelityGuidance2024,
    locator: "Existing fidelity approaches; Recommendations for policy makers and commissioners",
};
const SCALE: Provenance = Provenance { source: Source::UkIpsFidelityScale, locator: "title and scope" };

/// The model the sources point to for `cohort`.
#[must_use]
pub fn recommend(cohort: &Cohort) -> Recommendation {
    let has = |test: fn(PopulationGroup) -> bool| cohort.groups.iter().any(|g| test(*g));
    let smi = cohort.groups.contains(&PopulationGroup::SevereMentalIllness);
    let seqf_group = has(PopulationGroup::is_seqf_group);
    let ips_example = has(PopulationGroup::is_named_ips_example);
    let mut reasons = Vec::new();
    let mut say = |text: &'static str, provenance: Option<Provenance>| reasons.push(Reason { text, provenance });
    let (model, strength) = if seqf_group && ips_example {
        say(SEQF_FOR_LD_AUTISM, Some(GUIDANCE));
        say(IPS_WITH_INTEGRATION, Some(GUIDANCE));
        say(
            "the cohort mixes learning disabilities and/or autism with groups the sources give as IPS \
             examples; the sources give no rule for mixed cohorts, so no model is named",
            None,
        );
        (None, Strength::NoRule)
    } else if smi {
        say(SMI_IS_TRADITIONAL_IPS, Some(SCALE));
        (Some(Model::Ips), Strength::RightModel)
    } else if seqf_group {
        say(SEQF_FOR_LD_AUTISM, Some(GUIDANCE));
        say(
            "integration is not part of the SEQF model; commissioners engage social work teams, day centres, \
             schools, colleges and third sector organisations for referrals",
            Some(Provenance { source: Source::CommissioningGuide2024, locator: "Integration in IPS services" }),
        );
        (Some(Model::Seqf), Strength::RightModel)
    } else if matches!(cohort.integration, Integration::NeededAndPossible | Integration::PossibleNotNeeded)
        && cohort.need >= Need::Moderate
    {
        say(IPS_WITH_INTEGRATION, Some(GUIDANCE));
        if ips_example {
            say(
                "individuals with mental health, physical health and/or substance issues are common examples",
                Some(GUIDANCE),
            );
        }
        if cohort.integration == Integration::PossibleNotNeeded {
            say(
                "integration is possible though not needed: \"needed/possible\" is read as needed or possible \
                 (interpretation integration_needed_possible)",
                None,
            );
            if cohort.need == Need::High {
                say(SEQF_MIGHT_BE_CONSIDERED, Some(GUIDANCE));
            }
        }
        (Some(Model::Ips), Strength::RightModel)
    } else if cohort.need == Need::High {
        say(SEQF_MIGHT_BE_CONSIDERED, Some(GUIDANCE));
        (Some(Model::Seqf), Strength::MightBeConsidered)
    } else {
        say(
            match cohort.need {
                Need::Low => {
                    "the sources describe IPS for moderate to high need and SEQF for adults with learning \
                     disabilities and/or autism or high need; they name no model for low need"
                }
                _ => {
                    "IPS needs clinical (or other) integration, and SEQF beyond learning disabilities and/or \
                     autism is suggested for high need only; the sources name no model for this cohort"
                }
            },
            Some(GUIDANCE),
        );
        (None, Strength::NoRule)
    };
    Recommendation { model, strength, reasons }
}

const SEQF_FOR_LD_AUTISM: &str = "SEQF is the right model for adults with learning disabilities and/or autism";
const IPS_WITH_INTEGRATION: &str = "IPS is the right model for clients where clinical (or other) integration is \
                                    needed/possible and where clients have a moderate to high level of need";
const SEQF_MIGHT_BE_CONSIDERED: &str = "SEQF might also be considered for other groups with high levels of need \
                                        where integration with clinical (or other) teams is not necessary or possible";
const SMI_IS_TRADITIONAL_IPS: &str = "severe mental illness is the traditional IPS group, with its own fidelity \
                                      scale; the guides cover groups other than severe mental illness";

#[cfg(test)]
mod tests {
    use super::*;
    use PopulationGroup::*;

    fn choose(groups: &[PopulationGroup], integration: Integration, need: Need) -> (Option<Model>, Strength) {
        let r = recommend(&Cohort { groups: groups.to_vec(), integration, need });
        assert!(!r.reasons.is_empty());
        (r.model, r.strength)
    }

    #[test]
    fn learning_disability_and_autism_take_seqf_whatever_else() {
        for g in [LearningDisability, Autism] {
            for i in Integration::ALL {
                for n in Need::ALL {
                    assert_eq!(choose(&[g], i, n), (Some(Model::Seqf), Strength::RightModel));
                }
            }
        }
        let mixed = recommend(&Cohort {
            groups: [Autism, MentalHealth].to_vec(),
            integration: Integration::NeededAndPossible,
            need: Need::High,
        });
        assert_eq!((mixed.model, mixed.strength), (None, Strength::NoRule), "no rule for mixed cohorts");
        assert_eq!(mixed.reasons.len(), 3, "both candidates and the gap are named");
        assert_eq!(mixed.reasons.iter().filter(|r| r.provenance.is_none()).count(), 1);
    }

    #[test]
    fn severe_mental_illness_is_traditional_ips_whatever_else() {
        for i in Integration::ALL {
            for n in Need::ALL {
                assert_eq!(choose(&[SevereMentalIllness], i, n), (Some(Model::Ips), Strength::RightModel));
            }
        }
    }

    #[test]
    fn integration_and_moderate_to_high_need_take_ips() {
        for n in [Need::Moderate, Need::High] {
            assert_eq!(
                choose(&[MentalHealth], Integration::NeededAndPossible, n),
                (Some(Model::Ips), Strength::RightModel)
            );
        }
        assert_eq!(choose(&[SubstanceMisuse], Integration::NeededAndPossible, Need::Low), (None, Strength::NoRule));
    }

    /// Integration possible though not needed: IPS, saying the slash was read as "or"; with high
    /// need, SEQF is also named as one that might be considered.
    #[test]
    fn integration_possible_but_not_needed_takes_ips_and_says_why() {
        for n in [Need::Moderate, Need::High] {
            let r = recommend(&Cohort {
                groups: [PhysicalHealth].to_vec(),
                integration: Integration::PossibleNotNeeded,
                need: n,
            });
            assert_eq!((r.model, r.strength), (Some(Model::Ips), Strength::RightModel));
            assert!(r.reasons.iter().any(|x| x.text.contains("read as needed or possible") && x.provenance.is_none()));
            assert_eq!(r.reasons.iter().any(|x| x.text == SEQF_MIGHT_BE_CONSIDERED), n == Need::High);
        }
        assert_eq!(choose(&[PhysicalHealth], Integration::PossibleNotNeeded, Need::Low), (None, Strength::NoRule));
    }

    #[test]
    fn high_need_without_integration_might_take_seqf() {
        for i in [Integration::NotNecessary, Integration::NotPossible] {
            assert_eq!(choose(&[HousingInsecurity], i, Need::High), (Some(Model::Seqf), Strength::MightBeConsidered));
            assert_eq!(choose(&[ExOffenders], i, Need::Moderate), (None, Strength::NoRule));
        }
    }
}
