//! The source documents every built-in number is traced to.
//!
//! The five documents are kept in the project as its specification. Each built-in
//! rule, band and benchmark records a [`Provenance`]: which document, and where in it.

/// One of the published documents this library encodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Source {
    /// Whitworth et al., *Supported Employment fidelity beyond severe mental health:
    /// guidance for services, commissioners and policy makers* (University of Sheffield,
    /// NIHR-funded, September 2024). Project seed `000`.
    FidelityGuidance2024,
    /// *Commissioning Guide for Supported Employment services* (same NIHR-funded project,
    /// 2024). Project seed `001`.
    CommissioningGuide2024,
    /// *Understanding interventions and outcomes in Supported Employment beyond severe
    /// mental illness: a qualitative evidence synthesis* (same project). Project seed `002`.
    QualitativeSynthesis,
    /// Centre for Mental Health, *The IPS fidelity scale* — the UK version of the 25-item
    /// Individual Placement and Support fidelity scale. Project seed `003`.
    UkIpsFidelityScale,
    /// Whitworth, *Mainstreaming effective employment support for individuals with
    /// health conditions: an analytical framework for the effective design of modified
    /// IPS models*. Project seed `004`.
    ModifiedIpsFramework,
    /// Stewart-Brown et al. (2009), *Internal construct validity of the Warwick-Edinburgh
    /// Mental Well-being Scale (WEMWBS): a Rasch analysis using data from the Scottish Health
    /// Education Population Survey*, Health and Quality of Life Outcomes 7:15 — the Short
    /// WEMWBS (SWEMWBS) and its raw-to-metric conversion table, as published by Warwick
    /// Medical School. Not a project seed: a named public source.
    Swemwbs,
    /// BASE (British Association for Supported Employment), *Supported Employment Quality
    /// Framework*: the five-stage model and its accreditation levels. Not a project seed: a
    /// named public source (its item bank is not public and is not included).
    SeqfFramework,
    /// A scale definition supplied by the user, not a published source.
    UserDefined,
}

impl Source {
    /// A stable identifier, e.g. `"uk_ips_fidelity_scale"`.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::FidelityGuidance2024 => "fidelity_guidance_2024",
            Self::CommissioningGuide2024 => "commissioning_guide_2024",
            Self::QualitativeSynthesis => "qualitative_synthesis",
            Self::UkIpsFidelityScale => "uk_ips_fidelity_scale",
            Self::ModifiedIpsFramework => "modified_ips_framework",
            Self::Swemwbs => "swemwbs",
            Self::SeqfFramework => "seqf_framework",
            Self::UserDefined => "user_defined",
        }
    }

    /// The document's title and author or publisher.
    #[must_use]
    pub const fn citation(self) -> &'static str {
        match self {
            Self::FidelityGuidance2024 => {
                "Whitworth et al. (2024), Supported Employment fidelity beyond severe mental health: \
                 Guidance for services, commissioners and policy makers, University of Sheffield (NIHR202996)"
            }
            Self::CommissioningGuide2024 => {
                "Commissioning Guide for Supported Employment services (2024), University of Sheffield (NIHR202996)"
            }
            Self::QualitativeSynthesis => {
                "Understanding interventions and outcomes in Supported Employment beyond severe mental \
                 illness: a qualitative evidence synthesis, University of Sheffield (NIHR202996)"
            }
            Self::UkIpsFidelityScale => "Centre for Mental Health, The IPS Fidelity Scale (UK version, 25 items)",
            Self::ModifiedIpsFramework => {
                "Whitworth, Mainstreaming effective employment support for individuals with health \
                 conditions: an analytical framework for the effective design of modified IPS models"
            }
            Self::Swemwbs => {
                "Stewart-Brown et al. (2009), Internal construct validity of the Warwick-Edinburgh Mental \
                 Well-being Scale (WEMWBS), Health and Quality of Life Outcomes 7:15; SWEMWBS raw-to-metric \
                 conversion table, Warwick Medical School"
            }
            Self::SeqfFramework => {
                "BASE (British Association for Supported Employment), Supported Employment Quality Framework"
            }
            Self::UserDefined => "a user-supplied scale definition",
        }
    }

    /// The file name prefix of the document among the project's seeds (`"003"`), or `"-"` for
    /// a named public source that is not a seed.
    #[must_use]
    pub const fn seed(self) -> &'static str {
        match self {
            Self::FidelityGuidance2024 => "000",
            Self::CommissioningGuide2024 => "001",
            Self::QualitativeSynthesis => "002",
            Self::UkIpsFidelityScale => "003",
            Self::ModifiedIpsFramework => "004",
            Self::Swemwbs | Self::SeqfFramework | Self::UserDefined => "-",
        }
    }
}

/// Where a built-in value comes from: a document and a place in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Provenance {
    /// The document.
    pub source: Source,
    /// The place in it, e.g. `"item 1, anchors 1–5"` or `"Your scoring"`.
    pub locator: &'static str,
}

impl Provenance {
    /// A provenance in the UK IPS fidelity scale.
    #[must_use]
    pub const fn ips_scale(locator: &'static str) -> Self {
        Self { source: Source::UkIpsFidelityScale, locator }
    }
}

impl core::fmt::Display for Provenance {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{} [{}], {}", self.source.citation(), self.source.seed(), self.locator)
    }
}
