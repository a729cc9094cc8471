//! The Supported Employment Quality Framework (SEQF): its five stages and its accreditation
//! levels, built in as the grouping and levels a user-defined SEQF scale uses.
//!
//! The SEQF fidelity item bank is BASE's and is not public: it is not included. A service
//! supplies it as a scale definition (`definition::ScaleDefinition`) that groups its items by
//! [`STAGES`] (`"sections": "seqf_stages"`) and bands its total by [`LEVELS`]
//! (`"levels": "seqf_accreditation"`), giving the score ranges itself.
//!
//! Sources: the five stages are BASE's SEQF model ([`Source::SeqfFramework`]: engagement,
//! vocational profiling, job finding, employer engagement, on- and off-job support). The
//! fidelity guidance `000` describes a five-phase model that differs in names and order: "open
//! engagement and referral with zero exclusion, whole-person vocational profiling, proactive
//! employer engagement and job matching, secure well-matched employment, and offer on-going
//! in-work support", so employer engagement (with job matching) comes before securing
//! employment, where the SEQF stages put job finding before employer engagement. The stages
//! here follow BASE, not `000`. The levels are named in the commissioning guide `001` ("SEQF
//! accreditation at either a 'Good' or 'Excellent' level").

use crate::item::Section;
use crate::source::{Provenance, Source};

/// The five SEQF stages, in order.
pub static STAGES: [Section<'static>; 5] = [
    Section { key: "engagement", title: "Stage 1: Customer engagement" },
    Section { key: "vocational_profiling", title: "Stage 2: Vocational profiling" },
    Section { key: "job_finding", title: "Stage 3: Job finding" },
    Section { key: "employer_engagement", title: "Stage 4: Employer engagement" },
    Section { key: "on_off_job_support", title: "Stage 5: On- and off-job support" },
];

/// Where the stages are described.
pub const STAGES_PROVENANCE: Provenance = Provenance { source: Source::SeqfFramework, locator: "the five-stage model" };

/// An SEQF accreditation level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Level {
    /// Stable id: `excellent`, `good` or `not_accredited`.
    pub id: &'static str,
    /// Title.
    pub title: &'static str,
}

/// The accreditation levels, best first, with the band below them.
pub static LEVELS: [Level; 3] = [
    Level { id: "excellent", title: "Excellent" },
    Level { id: "good", title: "Good" },
    Level { id: "not_accredited", title: "Not accredited" },
];

/// Where the levels are named.
pub const LEVELS_PROVENANCE: Provenance = Provenance {
    source: Source::CommissioningGuide2024,
    locator: "KPI table, External fidelity assessment frequency, SEQF: \"SEQF accreditation at either a 'Good' or 'Excellent' level\"",
};
