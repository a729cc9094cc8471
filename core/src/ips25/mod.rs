//! The UK IPS fidelity scale (`ips-25-uk`): 25 items scored 1–5, total 25–125.
//!
//! Source: Centre for Mental Health, *The IPS Fidelity Scale*, UK version (project seed
//! `003`). Item numbers, every printed range, count and condition are as printed there; the
//! printed text of each range is kept beside its interval ([`ScoreInterval::printed`]). Where
//! printed ranges leave a gap or overlap, the interval bounds below follow the table in
//! [`crate::interpretation`].
//!
//! `003` prints no sections. The three sections, Staffing (items 1–3), Organisation (4–11)
//! and Services (12–25), are the grouping of the US IPS-25 scale (Becker, Swanson, Bond and
//! colleagues, *Supported Employment Fidelity Scale*, 2008), whose items the UK scale numbers
//! the same way; they give a report its subtotals and change no score (`ips25_sections` in
//! [`crate::interpretation`]).
//!
//! Item titles, descriptions and anchors are our own concise paraphrases of the source.

mod fast;
mod text;

pub use fast::score_items;

use crate::emphasis::Emphasis;
use crate::item::{Component, Item, ItemText, Section};
use crate::rule::{Bound, ChecklistRule, CompositeRule, Condition, Direction, MeasuredRule, Rule, ScoreInterval, Unit};
use crate::scale::{FidelityBand, Scale};
use crate::score::{Cap, Score};
use crate::source::Provenance;

use Bound::{Exclusive as Ex, Inclusive as In, Unbounded};

/// Staffing: items 1–3 (the US IPS-25's grouping; `003` prints no sections).
pub const STAFFING: Section = Section { key: "staffing", title: "Staffing" };
/// Organisation: items 4–11 (the US IPS-25's grouping).
pub const ORGANISATION: Section = Section { key: "organisation", title: "Organisation" };
/// Services: items 12–25 (the US IPS-25's grouping).
pub const SERVICES: Section = Section { key: "services", title: "Services" };

/// "115-125 Exemplary IPS Fidelity" (`003`, Your scoring).
pub const EXEMPLARY: FidelityBand =
    FidelityBand { id: "exemplary", title: "Exemplary IPS Fidelity", min_total: 115, max_total: 125 };
/// "100-114 Good IPS Fidelity" (`003`, Your scoring).
pub const GOOD: FidelityBand = FidelityBand { id: "good", title: "Good IPS Fidelity", min_total: 100, max_total: 114 };
/// "74-99 Fair IPS Fidelity" (`003`, Your scoring).
pub const FAIR: FidelityBand = FidelityBand { id: "fair", title: "Fair IPS Fidelity", min_total: 74, max_total: 99 };
/// "73 and below Not supported employment" (`003`, Your scoring); 25 is the lowest total.
pub const NOT_SUPPORTED_EMPLOYMENT: FidelityBand =
    FidelityBand { id: "not_supported_employment", title: "Not supported employment", min_total: 25, max_total: 73 };

const fn interval(score: Score, lower: Bound, upper: Bound, printed: &'static str) -> ScoreInterval<'static> {
    ScoreInterval { score, lower, upper, printed }
}

use Score as S;

/// Item 1: clients per full-time employment specialist.
pub static CASELOAD_INTERVALS: [ScoreInterval; 5] = [
    interval(S::ONE, Ex(40.0), Unbounded, "41 or more"),
    interval(S::TWO, Ex(30.0), In(40.0), "31-40"),
    interval(S::THREE, Ex(25.0), In(30.0), "26-30"),
    interval(S::FOUR, Ex(20.0), In(25.0), "21-25"),
    interval(S::FIVE, In(0.0), In(20.0), "20 or fewer"),
];

/// Item 2: % of time on employment services.
pub static EMPLOYMENT_TIME_INTERVALS: [ScoreInterval; 5] = [
    interval(S::ONE, In(0.0), Ex(60.0), "less than 60%"),
    interval(S::TWO, In(60.0), Ex(75.0), "60 – 74%"),
    interval(S::THREE, In(75.0), Ex(90.0), "75 - 89%"),
    interval(S::FOUR, In(90.0), Ex(96.0), "90 – 95%"),
    interval(S::FIVE, In(96.0), In(100.0), "96%"),
];

/// Item 4: % of caseload from the one or two attached teams (anchor 2's "less than 50%" branch
/// and anchors 3–5).
pub static TEAM_CASELOAD_INTERVALS: [ScoreInterval; 4] = [
    interval(S::TWO, In(0.0), Ex(50.0), "less than 50%"),
    interval(S::THREE, In(50.0), Ex(75.0), "at least 50–74%"),
    interval(S::FOUR, In(75.0), Ex(90.0), "at least 75 – 89%"),
    interval(S::FIVE, In(90.0), In(100.0), "at least 90 – 100%"),
];

/// Item 15: mean days from programme entry to first face-to-face employer contact.
pub static RAPID_SEARCH_INTERVALS: [ScoreInterval; 5] = [
    interval(S::ONE, Ex(270.0), Unbounded, "271 days or more (>9months)"),
    interval(S::TWO, Ex(150.0), In(270.0), "151 and 270 days (5-9 months)"),
    interval(S::THREE, Ex(60.0), In(150.0), "between 61 and 150 days (2-5 months)"),
    interval(S::FOUR, Ex(30.0), In(60.0), "between 31 and 60 days (1-2 months)"),
    interval(S::FIVE, In(0.0), In(30.0), "within 30 days (one month)"),
];

/// Item 16: % of employer contacts based on client preferences.
pub static INDIVIDUALISED_SEARCH_INTERVALS: [ScoreInterval; 5] = [
    interval(S::ONE, In(0.0), Ex(25.0), "Less than 25%"),
    interval(S::TWO, In(25.0), Ex(50.0), "25-49%"),
    interval(S::THREE, In(50.0), Ex(75.0), "50-74%"),
    interval(S::FOUR, In(75.0), Ex(90.0), "75-89%"),
    interval(S::FIVE, In(90.0), In(100.0), "90-100%"),
];

/// Item 17: mean face-to-face employer contacts per week, resolved to the closest printed
/// scale point (2, 4, 5, 6); a value midway between two points takes the lower score.
pub static EMPLOYER_CONTACT_INTERVALS: [ScoreInterval; 5] = [
    interval(S::ONE, In(0.0), Ex(2.0), "less than 2"),
    interval(S::TWO, In(2.0), In(3.0), "2"),
    interval(S::THREE, Ex(3.0), In(4.5), "4"),
    interval(S::FOUR, Ex(4.5), In(5.5), "5"),
    interval(S::FIVE, Ex(5.5), Unbounded, "6 or more"),
];

/// Items 19 and 20: % of jobs of different types / with different employers.
pub static DIVERSITY_INTERVALS: [ScoreInterval; 5] = [
    interval(S::ONE, In(0.0), Ex(50.0), "less than 50%"),
    interval(S::TWO, In(50.0), Ex(60.0), "50-59%"),
    interval(S::THREE, In(60.0), Ex(70.0), "60-69%"),
    interval(S::FOUR, In(70.0), Ex(85.0), "70-84%"),
    interval(S::FIVE, In(85.0), In(100.0), "85-100%"),
];

/// Item 21: % of jobs that are permanent competitive jobs.
pub static COMPETITIVE_JOBS_INTERVALS: [ScoreInterval; 5] = [
    interval(S::ONE, In(0.0), Ex(65.0), "less than 64%"),
    interval(S::TWO, In(65.0), Ex(75.0), "about 65-74%"),
    interval(S::THREE, In(75.0), Ex(85.0), "about 75-84%"),
    interval(S::FOUR, In(85.0), Ex(95.0), "about 85-94%"),
    interval(S::FIVE, In(95.0), In(100.0), "95% or more"),
];

/// Item 21: "fewer than 10 current jobs" scores 1.
pub const MIN_CURRENT_JOBS: u32 = 10;

/// Item 24: % of scheduled work hours spent in the community.
pub static COMMUNITY_INTERVALS: [ScoreInterval; 5] = [
    interval(S::ONE, In(0.0), In(30.0), "30% time or less"),
    interval(S::TWO, Ex(30.0), Ex(40.0), "30-39%"),
    interval(S::THREE, In(40.0), Ex(50.0), "40-49%"),
    interval(S::FOUR, In(50.0), Ex(65.0), "50-64 %"),
    interval(S::FIVE, In(65.0), In(100.0), "65% or more"),
];

/// Five-component checklists (items 5, 8, 10, 11): "One or none" → 1, two → 2 … five → 5.
pub static FIVE_COMPONENT_SCORES: [Score; 6] = [S::ONE, S::ONE, S::TWO, S::THREE, S::FOUR, S::FIVE];
/// Item 13 (four components): none → 1, one → 2 … four → 5.
pub static FOUR_COMPONENT_SCORES: [Score; 5] = [S::ONE, S::TWO, S::THREE, S::FOUR, S::FIVE];
/// Item 25 (six strategies): 2 or fewer → 1, 3 → 2, 4 → 3, 5 → 4, all 6 → 5.
pub static SIX_STRATEGY_SCORES: [Score; 7] = [S::ONE, S::ONE, S::ONE, S::TWO, S::THREE, S::FOUR, S::FIVE];

/// Item 3: the six phases of employment service.
pub static VOCATIONAL_PHASES: [Component; 6] = Component::from_pairs(text::VOCATIONAL_PHASES);
/// Item 5 components.
pub static TEAM_CONTACT_COMPONENTS: [Component; 5] = Component::from_pairs(text::TEAM_CONTACT_COMPONENTS);
/// Item 8 components.
pub static SUPERVISOR_ROLE_COMPONENTS: [Component; 5] = Component::from_pairs(text::SUPERVISOR_ROLE_COMPONENTS);
/// Item 10 components.
pub static COMPETITIVE_EMPLOYMENT_FOCUS_COMPONENTS: [Component; 5] =
    Component::from_pairs(text::COMPETITIVE_EMPLOYMENT_FOCUS_COMPONENTS);
/// Item 11 components.
pub static EXECUTIVE_SUPPORT_COMPONENTS: [Component; 5] = Component::from_pairs(text::EXECUTIVE_SUPPORT_COMPONENTS);
/// Item 13 components.
pub static DISCLOSURE_COMPONENTS: [Component; 4] = Component::from_pairs(text::DISCLOSURE_COMPONENTS);
/// Item 25 strategies.
pub static ASSERTIVE_ENGAGEMENT_COMPONENTS: [Component; 6] =
    Component::from_pairs(text::ASSERTIVE_ENGAGEMENT_COMPONENTS);

const fn measured(unit: Unit, direction: Direction, intervals: &'static [ScoreInterval<'static>]) -> Rule<'static> {
    Rule::Measured(MeasuredRule { unit, direction, intervals, condition: None })
}

const fn checklist(components: &'static [Component<'static>], scores: &'static [Score]) -> Rule<'static> {
    Rule::Checklist(ChecklistRule { components, scores })
}

const fn item(
    number: u8,
    key: &'static str,
    section: &'static Section<'static>,
    text: ItemText<'static>,
    rule: Rule<'static>,
    locator: &'static str,
) -> Item<'static> {
    let emphasis = Emphasis::of_ips25_item(number);
    Item { number, key, section, text, rule, provenance: Provenance::ips_scale(locator), emphasis }
}

use Direction::{HigherIsBetter as Up, LowerIsBetter as Down};

/// The 25 items, in order.
pub static ITEMS: [Item; 25] = [
    item(
        1,
        "caseload_size",
        &STAFFING,
        text::CASELOAD_SIZE,
        measured(Unit::ClientsPerSpecialist, Down, &CASELOAD_INTERVALS),
        "item 1",
    ),
    item(
        2,
        "employment_services_staff",
        &STAFFING,
        text::EMPLOYMENT_SERVICES_STAFF,
        measured(Unit::Percent, Up, &EMPLOYMENT_TIME_INTERVALS),
        "item 2",
    ),
    item(
        3,
        "vocational_generalists",
        &STAFFING,
        text::VOCATIONAL_GENERALISTS,
        Rule::Composite(CompositeRule::VocationalGeneralists { phases: &VOCATIONAL_PHASES }),
        "item 3",
    ),
    item(
        4,
        "team_assignment",
        &ORGANISATION,
        text::TEAM_ASSIGNMENT,
        Rule::Composite(CompositeRule::TeamAssignment { caseload_share: &TEAM_CASELOAD_INTERVALS }),
        "item 4",
    ),
    item(
        5,
        "team_contact",
        &ORGANISATION,
        text::TEAM_CONTACT,
        checklist(&TEAM_CONTACT_COMPONENTS, &FIVE_COMPONENT_SCORES),
        "item 5",
    ),
    item(
        6,
        "government_liaison",
        &ORGANISATION,
        text::GOVERNMENT_LIAISON,
        Rule::Composite(CompositeRule::GovernmentLiaison),
        "item 6",
    ),
    item(7, "vocational_unit", &ORGANISATION, text::VOCATIONAL_UNIT, Rule::Rated, "item 7"),
    item(
        8,
        "supervisor_role",
        &ORGANISATION,
        text::SUPERVISOR_ROLE,
        checklist(&SUPERVISOR_ROLE_COMPONENTS, &FIVE_COMPONENT_SCORES),
        "item 8",
    ),
    item(9, "zero_exclusion", &ORGANISATION, text::ZERO_EXCLUSION, Rule::Rated, "item 9"),
    item(
        10,
        "competitive_employment_focus",
        &ORGANISATION,
        text::COMPETITIVE_EMPLOYMENT_FOCUS,
        checklist(&COMPETITIVE_EMPLOYMENT_FOCUS_COMPONENTS, &FIVE_COMPONENT_SCORES),
        "item 10",
    ),
    item(
        11,
        "executive_support",
        &ORGANISATION,
        text::EXECUTIVE_SUPPORT,
        checklist(&EXECUTIVE_SUPPORT_COMPONENTS, &FIVE_COMPONENT_SCORES),
        "item 11",
    ),
    item(12, "work_incentives_planning", &SERVICES, text::WORK_INCENTIVES_PLANNING, Rule::Rated, "item 12"),
    item(
        13,
        "disclosure",
        &SERVICES,
        text::DISCLOSURE,
        checklist(&DISCLOSURE_COMPONENTS, &FOUR_COMPONENT_SCORES),
        "item 13",
    ),
    item(14, "work_based_assessment", &SERVICES, text::WORK_BASED_ASSESSMENT, Rule::Rated, "item 14"),
    item(
        15,
        "rapid_job_search",
        &SERVICES,
        text::RAPID_JOB_SEARCH,
        Rule::Measured(MeasuredRule {
            unit: Unit::Days,
            direction: Down,
            intervals: &RAPID_SEARCH_INTERVALS,
            condition: Some(Condition {
                key: "tracks_employer_contacts",
                cap_when_unmet: Cap {
                    limit: S::FOUR,
                    reason: "the programme does not track employer contacts (5 needs tracking)",
                },
                met: "the programme tracks employer contacts (5 needs tracking)",
            }),
        }),
        "item 15",
    ),
    item(
        16,
        "individualised_job_search",
        &SERVICES,
        text::INDIVIDUALISED_JOB_SEARCH,
        measured(Unit::Percent, Up, &INDIVIDUALISED_SEARCH_INTERVALS),
        "item 16",
    ),
    item(
        17,
        "employer_contact_frequency",
        &SERVICES,
        text::EMPLOYER_CONTACT_FREQUENCY,
        Rule::Composite(CompositeRule::EmployerContacts { contacts: &EMPLOYER_CONTACT_INTERVALS }),
        "item 17",
    ),
    item(18, "employer_contact_quality", &SERVICES, text::EMPLOYER_CONTACT_QUALITY, Rule::Rated, "item 18"),
    item(
        19,
        "job_type_diversity",
        &SERVICES,
        text::JOB_TYPE_DIVERSITY,
        measured(Unit::Percent, Up, &DIVERSITY_INTERVALS),
        "item 19",
    ),
    item(
        20,
        "employer_diversity",
        &SERVICES,
        text::EMPLOYER_DIVERSITY,
        measured(Unit::Percent, Up, &DIVERSITY_INTERVALS),
        "item 20",
    ),
    item(
        21,
        "competitive_jobs",
        &SERVICES,
        text::COMPETITIVE_JOBS,
        Rule::Composite(CompositeRule::CompetitiveJobs {
            permanent_share: &COMPETITIVE_JOBS_INTERVALS,
            min_current_jobs: MIN_CURRENT_JOBS,
        }),
        "item 21",
    ),
    item(22, "individualised_follow_along", &SERVICES, text::INDIVIDUALISED_FOLLOW_ALONG, Rule::Rated, "item 22"),
    item(23, "time_unlimited_support", &SERVICES, text::TIME_UNLIMITED_SUPPORT, Rule::Rated, "item 23"),
    item(
        24,
        "community_based_services",
        &SERVICES,
        text::COMMUNITY_BASED_SERVICES,
        measured(Unit::Percent, Up, &COMMUNITY_INTERVALS),
        "item 24",
    ),
    item(
        25,
        "assertive_engagement",
        &SERVICES,
        text::ASSERTIVE_ENGAGEMENT,
        checklist(&ASSERTIVE_ENGAGEMENT_COMPONENTS, &SIX_STRATEGY_SCORES),
        "item 25",
    ),
];

/// The sections, in order.
pub static SECTIONS: [Section; 3] = [STAFFING, ORGANISATION, SERVICES];

/// The bands of the total, best first.
pub static BANDS: [FidelityBand; 4] = [EXEMPLARY, GOOD, FAIR, NOT_SUPPORTED_EMPLOYMENT];

/// The UK IPS fidelity scale, id `ips-25-uk`.
pub static SCALE: Scale = Scale {
    id: "ips-25-uk",
    title: "IPS Fidelity Scale (UK version)",
    provenance: Provenance::ips_scale("items 1-25"),
    items: &ITEMS,
    sections: &SECTIONS,
    bands: &BANDS,
    bands_provenance: Provenance::ips_scale("Your scoring"),
};

#[cfg(test)]
mod tests;
