//! stub
use crate::item::ItemText;
pub(super) const CASELOAD_SIZE: ItemText =
    ItemText { title: "caseload_size", description: "d", anchors: ["a1", "a2", "a3", "a4", "a5"] };
pub(super) const EMPLOYMENT_SERVICES_STAFF: ItemText =
    ItemText { title: "employment_services_staff", description: "d", anchors: ["a1", "a2", "a3", "a4", "a5"] };
pub(super) const VOCATIONAL_GENERALISTS: ItemText =
    ItemText { title: "vocational_generalists", description: "d", anchors: ["a1", "a2", "a3", "a4", "a5"] };
pub(super) const TEAM_ASSIGNMENT: ItemText =
    ItemText { title: "team_assignment", description: "d", anchors: ["a1", "a2", "a3", "a4", "a5"] };
pub(super) const TEAM_CONTACT: ItemText =
    ItemText { title: "team_contact", description: "d", anchors: ["a1", "a2", "a3", "a4", "a5"] };
pub(super) const GOVERNMENT_LIAISON: ItemText =
    ItemText { title: "government_liaison", description: "d", anchors: ["a1", "a2", "a3", "a4", "a5"] };
pub(super) const VOCATIONAL_UNIT: ItemText =
    ItemText { title: "vocational_unit", description: "d", anchors: ["a1", "a2", "a3", "a4", "a5"] };
pub(super) const SUPERVISOR_ROLE: ItemText =
    ItemText { title: "supervisor_role", description: "d", anchors: ["a1", "a2", "a3", "a4", "a5"] };
pub(super) const ZERO_EXCLUSION: ItemText =
    ItemText { title: "zero_exclusion", description: "d", anchors: ["a1", "a2", "a3", "a4", "a5"] };
pub(super) const COMPETITIVE_EMPLOYMENT_FOCUS: ItemText =
    ItemText { title: "competitive_employment_focus", description: "d", anchors: ["a1", "a2", "a3", "a4", "a5"] };
pub(super) const EXECUTIVE_SUPPORT: ItemText =
    ItemText { title: "executive_support", description: "d", anchors: ["a1", "a2", "a3", "a4", "a5"] };
pub(super) const WORK_INCENTIVES_PLANNING: ItemText =
    ItemText { title: "work_incentives_planning", description: "d", anchors: ["a1", "a2", "a3", "a4", "a5"] };
pub(super) const DISCLOSURE: ItemText =
    ItemText { title: "disclosure", description: "d", anchors: ["a1", "a2", "a3", "a4", "a5"] };
pub(super) const WORK_BASED_ASSESSMENT: ItemText =
    ItemText { title: "work_based_assessment", description: "d", anchors: ["a1", "a2", "a3", "a4", "a5"] };
pub(super) const RAPID_JOB_SEARCH: ItemText =
    ItemText { title: "rapid_job_search", description: "d", anchors: ["a1", "a2", "a3", "a4", "a5"] };
pub(super) const INDIVIDUALISED_JOB_SEARCH: ItemText =
    ItemText { title: "individualised_job_search", description: "d", anchors: ["a1", "a2", "a3", "a4", "a5"] };
pub(super) const EMPLOYER_CONTACT_FREQUENCY: ItemText =
    ItemText { title: "employer_contact_frequency", description: "d", anchors: ["a1", "a2", "a3", "a4", "a5"] };
pub(super) const EMPLOYER_CONTACT_QUALITY: ItemText =
    ItemText { title: "employer_contact_quality", description: "d", anchors: ["a1", "a2", "a3", "a4", "a5"] };
pub(super) const JOB_TYPE_DIVERSITY: ItemText =
    ItemText { title: "job_type_diversity", description: "d", anchors: ["a1", "a2", "a3", "a4", "a5"] };
pub(super) const EMPLOYER_DIVERSITY: ItemText =
    ItemText { title: "employer_diversity", description: "d", anchors: ["a1", "a2", "a3", "a4", "a5"] };
pub(super) const COMPETITIVE_JOBS: ItemText =
    ItemText { title: "competitive_jobs", description: "d", anchors: ["a1", "a2", "a3", "a4", "a5"] };
pub(super) const INDIVIDUALISED_FOLLOW_ALONG: ItemText =
    ItemText { title: "individualised_follow_along", description: "d", anchors: ["a1", "a2", "a3", "a4", "a5"] };
pub(super) const TIME_UNLIMITED_SUPPORT: ItemText =
    ItemText { title: "time_unlimited_support", description: "d", anchors: ["a1", "a2", "a3", "a4", "a5"] };
pub(super) const COMMUNITY_BASED_SERVICES: ItemText =
    ItemText { title: "community_based_services", description: "d", anchors: ["a1", "a2", "a3", "a4", "a5"] };
pub(super) const ASSERTIVE_ENGAGEMENT: ItemText =
    ItemText { title: "assertive_engagement", description: "d", anchors: ["a1", "a2", "a3", "a4", "a5"] };
pub(super) const TEAM_CONTACT_COMPONENTS: [(&str, &str); 5] = [
    ("weekly_meetings", "d"),
    ("shared_decision_making", "d"),
    ("integrated_records", "d"),
    ("co_located_office", "d"),
    ("prompts_referrals", "d"),
];
pub(super) const SUPERVISOR_ROLE_COMPONENTS: [(&str, &str); 5] = [
    ("span_of_supervision", "d"),
    ("weekly_supervision", "d"),
    ("liaises_with_team_leaders", "d"),
    ("field_mentoring", "d"),
    ("reviews_outcomes", "d"),
];
pub(super) const COMPETITIVE_EMPLOYMENT_FOCUS_COMPONENTS: [(&str, &str); 5] = [
    ("intake_asks_about_work", "d"),
    ("reviews_ask_about_work", "d"),
    ("written_postings", "d"),
    ("work_stories_shared", "d"),
    ("employment_rate_measured", "d"),
];
pub(super) const EXECUTIVE_SUPPORT_COMPONENTS: [(&str, &str); 5] = [
    ("leaders_know_principles", "d"),
    ("quality_assurance_review", "d"),
    ("steering_committee", "d"),
    ("ceo_communicates_goals", "d"),
    ("barriers_and_facilitators_shared", "d"),
];
pub(super) const DISCLOSURE_COMPONENTS: [(&str, &str); 4] =
    [("not_required", "d"), ("pros_and_cons", "d"), ("specific_information", "d"), ("more_than_once", "d")];
pub(super) const ASSERTIVE_ENGAGEMENT_COMPONENTS: [(&str, &str); 6] = [
    ("no_termination_for_missed_appointments", "d"),
    ("outreach_documented", "d"),
    ("team_outreach", "d"),
    ("community_visits", "d"),
    ("coordinated_visits", "d"),
    ("family_contact", "d"),
];
pub(super) const VOCATIONAL_PHASES: [(&str, &str); 6] = [
    ("intake", "d"),
    ("engagement", "d"),
    ("assessment", "d"),
    ("job_development", "d"),
    ("job_coaching", "d"),
    ("follow_along", "d"),
];
