//! The challenge areas the fidelity guidance (`000`) names for Supported Employment beyond
//! severe mental health, as data.
//!
//! Under "The spirit rather than the letter of fidelity", `000` lists three "Key IPS beyond
//! severe mental health challenge areas" (clinical integration, disclosure, digital versus
//! face-to-face delivery), to which "Commissioners and providers should pay especial
//! attention", and two challenges that "Both IPS and SEQF services faced", which it says "are
//! not the result of fidelity fit" (employer engagement, gatekeeping). This is a different
//! list from what services found most distinctive and powerful about the model
//! ([`crate::emphasis`]).

use crate::source::{Provenance, Source};

/// A challenge area named in the fidelity guidance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Challenge {
    /// "Clinical integration, especially for IPS services for groups with no clear health
    /// integration point … or where support for a target population group is fragmented
    /// across services".
    ClinicalIntegration,
    /// "Client reluctance to disclose health conditions, especially where they fear stigma and
    /// bias from employers".
    Disclosure,
    /// "The role of digital in IPS services compared to the language around face-to-face
    /// written into the IPS fidelity scales for several fidelity items".
    DigitalDelivery,
    /// "Employer engagement, driven by employment specialists typically being less confident
    /// and expert around employer engagement as compared with supporting clients".
    EmployerEngagement,
    /// "Gatekeeping of clients by health and other referral partners".
    Gatekeeping,
}

/// Which services the guidance says face a challenge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Faced {
    /// IPS services beyond severe mental health: a challenge of fidelity fit.
    IpsBeyondSevereMentalHealth,
    /// IPS and SEQF services alike, "not the result of fidelity fit".
    IpsAndSeqf,
}

impl Challenge {
    /// Every challenge, in the order `000` lists them.
    pub const ALL: [Self; 5] = [
        Self::ClinicalIntegration,
        Self::Disclosure,
        Self::DigitalDelivery,
        Self::EmployerEngagement,
        Self::Gatekeeping,
    ];

    /// Stable id, e.g. `"clinical_integration"`.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::ClinicalIntegration => "clinical_integration",
            Self::Disclosure => "disclosure",
            Self::DigitalDelivery => "digital_delivery",
            Self::EmployerEngagement => "employer_engagement",
            Self::Gatekeeping => "gatekeeping",
        }
    }

    /// Which services face it.
    #[must_use]
    pub const fn faced(self) -> Faced {
        match self {
            Self::ClinicalIntegration | Self::Disclosure | Self::DigitalDelivery => Faced::IpsBeyondSevereMentalHealth,
            Self::EmployerEngagement | Self::Gatekeeping => Faced::IpsAndSeqf,
        }
    }

    /// Where the guidance names it.
    #[must_use]
    pub const fn provenance(self) -> Provenance {
        let locator = match self.faced() {
            Faced::IpsBeyondSevereMentalHealth => {
                "The spirit rather than the letter of fidelity: key IPS beyond severe mental health challenge areas"
            }
            Faced::IpsAndSeqf => "The spirit rather than the letter of fidelity: shared challenges of IPS and SEQF",
        };
        Provenance { source: Source::FidelityGuidance2024, locator }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Three challenges of fidelity fit for IPS, two shared with SEQF, as `000` lists them.
    #[test]
    fn the_guidance_lists_three_ips_challenges_and_two_shared_ones() {
        let of = |faced| {
            Challenge::ALL.iter().filter(|c| c.faced() == faced).map(|c| c.id()).collect::<alloc::vec::Vec<_>>()
        };
        assert_eq!(of(Faced::IpsBeyondSevereMentalHealth), ["clinical_integration", "disclosure", "digital_delivery"]);
        assert_eq!(of(Faced::IpsAndSeqf), ["employer_engagement", "gatekeeping"]);
        assert!(Challenge::ALL.iter().all(|c| c.provenance().source == Source::FidelityGuidance2024));
    }
}
