// Generated from the Rust types by ts-rs (tests/tests/typescript.rs); do not edit.
// Regenerate: SEFIDELITY_BLESS=1 cargo test -p sefidelity-tests --test typescript

export type Request = { "operation": "review" } & ReviewRequest | { "operation": "compare" } & CompareRequest | { "operation": "history" } & HistoryRequest | { "operation": "evidence_from_records" } & EvidenceFromRecordsRequest | { "operation": "kpis" } & KpisRequest | { "operation": "schedule" } & ScheduleRequest | { "operation": "recommend_model" } & RecommendModelRequest | { "operation": "check_contract" } & ContractRequest | { "operation": "swemwbs" } & SwemwbsRequest | { "operation": "frameworks" } & FrameworksRequest | { "operation": "validate_scale" } & ValidateScaleRequest | { "operation": "describe_scale" } & DescribeScaleRequest;

export type ReviewRequest = { 
/**
 * The scale: a built-in id, `{"definition": …}` or `{"modification": …}`.
 */
scale: ScaleRef, 
/**
 * One rater's evidence, by item number.
 */
evidence?: { [key in string]: EvidenceDoc }, 
/**
 * Two or more raters' evidence, by rater name, each by item number (instead of
 * `evidence`).
 */
raters?: { [key in string]: { [key in string]: EvidenceDoc } }, 
/**
 * With `raters`: the agreed score, and why, of each item the raters scored differently.
 */
consensus?: { [key in string]: ConsensusDoc }, 
/**
 * Report options.
 */
options?: OptionsDoc, 
/**
 * On a modified scale only: facts checked against its parameters.
 */
facts?: FactsDoc, };

export type CompareRequest = { 
/**
 * The scale.
 */
scale: ScaleRef, 
/**
 * The earlier review.
 */
before: CompareSide, 
/**
 * The later review.
 */
after: CompareSide, 
/**
 * Report options (for both).
 */
options?: OptionsDoc, };

export type CompareSide = { 
/**
 * Evidence, by item number.
 */
evidence: { [key in string]: EvidenceDoc }, };

export type HistoryRequest = { 
/**
 * The scale every review is on.
 */
scale: ScaleRef, 
/**
 * The reviews, in any order; one per date.
 */
reviews: Array<HistoryReviewDoc>, 
/**
 * Report options (for every review).
 */
options?: OptionsDoc, 
/**
 * When the service started, `YYYY-MM-DD` (default: the first review's date). The next
 * reviews depend on it while no external review has counted (the first external review
 * falls within the service's first 12 months; the Trust's review 6 months after it
 * started).
 */
service_start?: string, 
/**
 * The date the next reviews are read on, `YYYY-MM-DD` (default: the last review's date).
 */
as_of?: string, };

export type HistoryReviewDoc = { 
/**
 * When it was held, `YYYY-MM-DD`.
 */
date: string, 
/**
 * `external` (the default) or `internal` (a self-assessment).
 */
kind?: Kind, 
/**
 * One rater's evidence, by item number.
 */
evidence?: { [key in string]: EvidenceDoc }, 
/**
 * Two or more raters' evidence, by rater name (instead of `evidence`).
 */
raters?: { [key in string]: { [key in string]: EvidenceDoc } }, 
/**
 * With `raters`: the agreed score, and why, of each item they scored differently.
 */
consensus?: { [key in string]: ConsensusDoc }, };

export type Kind = "external" | "internal";

export type EvidenceFromRecordsRequest = { 
/**
 * The review period.
 */
period: PeriodDoc, 
/**
 * Employment specialists.
 */
specialists?: Array<SpecialistDoc>, 
/**
 * Clients.
 */
clients?: Array<ClientDoc>, 
/**
 * Employer contacts.
 */
contacts?: Array<ContactDoc>, 
/**
 * Jobs.
 */
jobs?: Array<JobRecordDoc>, 
/**
 * Specialists' scheduled weeks.
 */
weeks?: Array<WeekDoc>, 
/**
 * `true`: also review the derived evidence on the UK IPS scale, in the response.
 */
review?: boolean, };

export type SpecialistDoc = { 
/**
 * The record's id.
 */
id: string, 
/**
 * Full-time equivalent, from 0 to 1 (1 for full time).
 */
fte: number, 
/**
 * The ids of the treatment teams the specialist is attached to (item 4).
 */
teams?: Array<string>, };

export type ClientDoc = { 
/**
 * The record's id.
 */
id: string, 
/**
 * The id of the client's employment specialist.
 */
specialist?: string, 
/**
 * The id of the team that referred the client.
 */
team?: string, 
/**
 * Programme entry, `YYYY-MM-DD` (missing: a data-quality finding).
 */
entry?: string, 
/**
 * The last day in the programme, or `null` while in it.
 */
exit?: string, };

export type ContactDoc = { 
/**
 * The record's id.
 */
id: string, 
/**
 * The id of the specialist who made it.
 */
specialist?: string, 
/**
 * The id of the client it was about, when client-specific.
 */
client?: string, 
/**
 * When, `YYYY-MM-DD`.
 */
date?: string, 
/**
 * Whether it was face to face.
 */
face_to_face: boolean, 
/**
 * Whether it was based on the client's preferences (item 16), when recorded.
 */
client_preferences?: boolean, 
/**
 * Whether it was about a competitive job (item 15); `true` when left out.
 */
competitive_job?: boolean, };

export type JobRecordDoc = { 
/**
 * The record's id.
 */
id: string, 
/**
 * The id of the client who held it.
 */
client?: string, 
/**
 * The employer's id.
 */
employer?: string, 
/**
 * The job's type, as the service codes it.
 */
job_type?: string, 
/**
 * The first day, `YYYY-MM-DD`.
 */
start?: string, 
/**
 * The last day, or `null` while it lasts.
 */
end?: string, 
/**
 * Whether it is permanent.
 */
permanent?: boolean, 
/**
 * Whether it is competitive.
 */
competitive?: boolean, 
/**
 * Hours a week, 0 to 168.
 */
hours_per_week?: number, };

export type WeekDoc = { 
/**
 * The record's id.
 */
id: string, 
/**
 * The specialist's id.
 */
specialist?: string, 
/**
 * The week's first day, `YYYY-MM-DD`.
 */
week?: string, 
/**
 * Hours scheduled, 0 to 168.
 */
scheduled: number, 
/**
 * Of those, hours in the community (item 24).
 */
community?: number, 
/**
 * Of those, hours on employment services (item 2).
 */
employment_services?: number, };

export type OptionsDoc = { 
/**
 * How items marked insufficient data are scored: `score_one` (the default) or
 * `leave_unscored`.
 */
insufficient_data?: InsufficientDataPolicy, };

export type InsufficientDataPolicy = "score_one" | "leave_unscored";

export type FactsDoc = { 
/**
 * Active clients per full-time employment specialist.
 */
caseload?: number, 
/**
 * Months of in-work support given.
 */
in_work_support_months?: number, };

export type EvidenceDoc = { 
/**
 * The anchor a rater chose, 1–5.
 */
rating?: number, 
/**
 * `true`: the service has no evidence for the item.
 */
insufficient_data?: boolean, 
/**
 * A measured item's value.
 */
value?: number, 
/**
 * Item 15: whether employer contacts are tracked.
 */
tracks_employer_contacts?: boolean, 
/**
 * A checklist item: how many components are present.
 */
count?: number, 
/**
 * A checklist item: which components are present.
 */
present?: Array<string>, 
/**
 * Item 3: `referral_only` or `refers_out`.
 */
role?: RoleId, 
/**
 * Item 3: the number of phases provided, or their keys.
 */
phases?: Phases, 
/**
 * Item 4: the number of teams attached.
 */
teams?: number, 
/**
 * Item 4: the share of the caseload from those teams, 0–100.
 */
caseload_percent?: number, 
/**
 * Item 4: `separate_programme` or `individual_practitioners`.
 */
arrangement?: ArrangementId, 
/**
 * Item 6: how often client-related contacts happen.
 */
client_contacts?: Frequency, 
/**
 * Item 6: how often scheduled meetings happen.
 */
scheduled_meetings?: Frequency, 
/**
 * Item 17: employer contacts per specialist per week.
 */
contacts_per_week?: number, 
/**
 * Item 17: how the tracking form is reviewed.
 */
tracking?: TrackingReview, 
/**
 * Item 17: how many people are looking for work.
 */
people_looking_for_work?: number, 
/**
 * Item 21: the share of jobs that are permanent and competitive, 0–100.
 */
permanent_percent?: number, 
/**
 * Item 21: the number of current jobs.
 */
current_jobs?: number, };

export type RoleId = "referral_only" | "refers_out";

export type ArrangementId = "separate_programme" | "individual_practitioners";

export type Phases = number | Array<string>;

export type Frequency = "never" | "less_than_quarterly" | "quarterly" | "monthly" | "weekly";

export type TrackingReview = "no_process" | "less_than_monthly" | "monthly" | "weekly";

export type ScaleRef = string | ScaleObject;

export type ScaleObject = { 
/**
 * A user-defined scale ([`ScaleDefinition`]; `schema/scale-definition.schema.json`).
 */
definition?: ScaleDefinition, 
/**
 * A modification of IPS-25 ([`Modification`]; `schema/modification.schema.json`).
 */
modification?: Modification, };

export type KpisRequest = { 
/**
 * `ips` or `seqf`.
 */
model: string, 
/**
 * `commissioning_guide_2024` or `fidelity_guidance_2024`.
 */
benchmarks: string, 
/**
 * The counts, when computed from counts.
 */
counts?: CountsDoc, 
/**
 * The date the records are read as of (`YYYY-MM-DD`), with `records`.
 */
as_of?: string, 
/**
 * The client records, when computed from records.
 */
records?: Array<RecordDoc>, 
/**
 * Caseloads and unit cost, with `records`.
 */
figures?: FiguresDoc, 
/**
 * With `records`, instead of `as_of`: a reporting period, whose events the KPIs count
 * ([`crate::commissioning::returns`]).
 */
period?: PeriodDoc, 
/**
 * With `period`: the outcome definitions (default: the benchmark set's).
 */
definition?: DefinitionDoc, };

export type CountsDoc = { 
/**
 * People referred.
 */
referrals: number, 
/**
 * People who started.
 */
starts: number, 
/**
 * Starters who entered paid work.
 */
job_entries: number, 
/**
 * Job entrants whose job began at least the set's horizon ago (defaults to `job_entries`).
 */
entrants_past_horizon?: number, 
/**
 * Job entrants still in work past the horizon.
 */
sustained: number, 
/**
 * Active caseload per employment specialist.
 */
caseload?: number, 
/**
 * Active caseload per senior employment specialist.
 */
senior_caseload?: number, 
/**
 * Cost per participant, in pounds.
 */
unit_cost?: number, };

export type FiguresDoc = { 
/**
 * Active caseload per employment specialist.
 */
caseload?: number, 
/**
 * Active caseload per senior employment specialist.
 */
senior_caseload?: number, 
/**
 * Cost per participant, in pounds.
 */
unit_cost?: number, };

export type RecordDoc = { 
/**
 * The record's id, unique within the request.
 */
id: string, 
/**
 * Date of referral.
 */
referral: string, 
/**
 * Date the client started, or `null`.
 */
start?: string, 
/**
 * Paid jobs since the start.
 */
jobs?: Array<JobDoc>, 
/**
 * Raw SWEMWBS total (7–35) at the start of support, or `null`.
 */
swemwbs_start?: number, 
/**
 * Raw SWEMWBS total (7–35) at the end of support, or `null`.
 */
swemwbs_end?: number, 
/**
 * Whether the client was out of work at the start (a period return may count only them).
 */
out_of_work_at_start?: boolean, };

export type JobDoc = { 
/**
 * The job's first day.
 */
start: string, 
/**
 * Its last day, or `null` while it lasts.
 */
end?: string, 
/**
 * Hours a week, 0 or more (a period return may count only jobs of some hours).
 */
hours_per_week?: number, };

export type DefinitionDoc = { 
/**
 * The definitions to start from: `commissioning_guide_2024` or `fidelity_guidance_2024`
 * (default: the request's `benchmarks`): all starters, any paid work, still in work at
 * the set's sustainment horizon.
 */
preset?: string, 
/**
 * Who is in the job entry denominator: `all_starters` or `out_of_work_at_start`.
 */
denominator?: string, 
/**
 * The least hours a week of a job that counts as a job entry.
 */
job_entry_min_hours?: number, 
/**
 * Sustained: in work this many weeks after the job entry (alone), or for this many of
 * `sustained_of_weeks` weeks.
 */
sustained_weeks?: number, 
/**
 * With `sustained_weeks`: the weeks after the job entry looked at.
 */
sustained_of_weeks?: number, };

export type PeriodDoc = { 
/**
 * The first day.
 */
from: string, 
/**
 * The last day.
 */
to: string, };

export type ScheduleRequest = { 
/**
 * `ips` or `seqf`.
 */
model: string, 
/**
 * The date the service started.
 */
service_start: string, 
/**
 * The date to read the schedule on.
 */
as_of: string, 
/**
 * External fidelity reviews.
 */
external_reviews?: Array<ExternalReviewEntry>, 
/**
 * Internal self-assessments.
 */
internal_assessments?: Array<InternalAssessmentEntry>, };

export type ExternalReviewEntry = { 
/**
 * The review's date.
 */
date: string, 
/**
 * An IPS band (`exemplary`, `good`, `fair`, `not_supported_employment`) or an SEQF level
 * (`excellent`, `good`, `not_accredited`).
 */
outcome: string, };

export type InternalAssessmentEntry = { 
/**
 * The assessment's date.
 */
date: string, 
/**
 * Whether it was scored.
 */
scored: boolean, 
/**
 * Whether it gave an action plan.
 */
action_plan: boolean, };

export type RecommendModelRequest = { 
/**
 * The cohort's groups: `severe_mental_illness`, `mental_health`, `physical_health`,
 * `learning_disability`, `autism`, `substance_misuse`, `housing_insecurity`, `ex_offenders`.
 */
groups: Array<string>, 
/**
 * `needed_and_possible`, `possible_not_needed`, `not_necessary` or `not_possible`.
 */
integration: string, 
/**
 * `low`, `moderate` or `high`.
 */
need: string, };

export type ContractRequest = { 
/**
 * The benchmark set to check against.
 */
benchmarks: string, 
/**
 * The draft specification.
 */
contract: ContractDoc, };

export type ContractDoc = { 
/**
 * `ips` or `seqf`.
 */
model: string, 
/**
 * Contract length in months.
 */
length_months?: number, 
/**
 * Whether it may be extended.
 */
extension_option?: boolean, 
/**
 * Cost per participant, in pounds.
 */
unit_cost?: number, 
/**
 * The most clients per employment specialist.
 */
caseload_max?: number, 
/**
 * The most clients per senior employment specialist.
 */
senior_caseload_max?: number, 
/**
 * Months of support out of work.
 */
out_of_work_support_months?: number, 
/**
 * Months of support in work.
 */
in_work_support_months?: number, 
/**
 * Target share of referrals who start.
 */
access_target?: number, 
/**
 * Target share of starters who enter paid work.
 */
job_entry_target?: number, 
/**
 * Target share of job entrants still in work past the horizon.
 */
sustainment_target?: number, 
/**
 * The sustainment horizon in weeks.
 */
sustainment_weeks?: number, 
/**
 * Whether each client's wellbeing is measured at the start and end of support (SWEMWBS).
 */
wellbeing_measured?: boolean, 
/**
 * `block`, `mixed` or `outcome_based`.
 */
payment_model?: string, 
/**
 * `quality`, `quality_and_price` or `price`.
 */
award_basis?: string, 
/**
 * Whether bids may discount the price.
 */
price_discounting?: boolean, 
/**
 * Whether the procurement has a dialogue stage.
 */
dialogue_stage?: boolean, 
/**
 * Whether there is a steering group.
 */
steering_group?: boolean, 
/**
 * Whether people with lived experience sit on it.
 */
lived_experience_on_steering_group?: boolean, 
/**
 * Months from the start to the first external review.
 */
first_external_review_months?: number, 
/**
 * Months between external reviews.
 */
external_review_interval_months?: number, 
/**
 * Months between internal self-assessments.
 */
internal_assessment_interval_months?: number, 
/**
 * How often staff are trained: `weekly`, `monthly`, `quarterly`, `six_monthly`,
 * `annually` or `none`.
 */
training?: string, };

export type SwemwbsRequest = { 
/**
 * One questionnaire: seven answers, each 1–5.
 */
responses?: Array<number>, 
/**
 * Clients, each with a start questionnaire and an optional end one.
 */
clients?: Array<SwemwbsClient>, };

export type SwemwbsClient = { 
/**
 * The client's id, unique in the request.
 */
id: string, 
/**
 * The questionnaire at the start of support.
 */
start: Array<number>, 
/**
 * The questionnaire at the end, if taken (or `null`).
 */
end?: Array<number>, };

export type FrameworksRequest = { 
/**
 * `programme_elements`, `influencing_factors` or `effects`.
 */
framework?: string, 
/**
 * A contract review's marks, by element key.
 */
marks?: { [key in string]: MarkDoc }, };

export type MarkDoc = string | NotedMark;

export type NotedMark = { 
/**
 * The mark's id.
 */
mark: string, 
/**
 * What the reviewer noted.
 */
note?: string, };

export type ValidateScaleRequest = { 
/**
 * The scale to validate: `{"definition": {...}}` or `{"modification": {...}}` (a
 * built-in id is valid too).
 */
scale: ScaleRef, };

export type DescribeScaleRequest = { 
/**
 * The scale to describe (any scale a review takes).
 */
scale: ScaleRef, };

export type Response = ReviewResponse | CompareResponse | HistoryResponse | EvidenceFromRecordsResponse | KpisResponse | ScheduleResponse | RecommendationResponse | ContractResponse | SwemwbsResponse | FrameworksResponse | ValidateScaleResponse | DescribeScaleResponse;

export type ErrorDocument = { 
/**
 * The failure.
 */
error: ErrorBody, 
/**
 * What produced the answer: the library and its version.
 */
produced_by: ProducedBy, };

export type ErrorBody = { 
/**
 * The stable error code, e.g. `rating_out_of_range` ([`crate::ErrorCode`]).
 */
code: string, 
/**
 * The path of the offending field, when the error concerns one (`evidence.7.rating`).
 */
field?: string, 
/**
 * What is wrong: the field, the value and what is accepted.
 */
message: string, };

export type ReviewResponse = { 
/**
 * Scale id.
 */
scale: string, 
/**
 * Whether every item has a score.
 */
complete: boolean, 
/**
 * Sum of the scored items.
 */
total: number, 
/**
 * Highest possible total.
 */
max: number, 
/**
 * Band id, or `null` while incomplete.
 */
band: string | null, 
/**
 * Scored items, in order.
 */
items: Array<ItemScoreDoc>, 
/**
 * Section subtotals, in order.
 */
sections: Array<SectionDoc>, 
/**
 * Items with no score.
 */
missing: Array<number>, 
/**
 * Items marked insufficient data.
 */
insufficient_data: Array<number>, 
/**
 * Items below 5, largest gap first.
 */
action_plan: Array<ActionDoc>, 
/**
 * Scored items whose score takes a printed condition as met that the evidence does not
 * mention: what a reviewer should verify.
 */
assumed_conditions: Array<AssumedConditionDoc>, 
/**
 * With raters only: each item any rater scored, with each rater's score, the agreed
 * score and where it comes from.
 */
rater_scores?: Array<RaterScoresDoc>, 
/**
 * With raters only: the items they scored differently, resolved by a consensus or not.
 */
disagreements?: Array<DisagreementDoc>, 
/**
 * With raters only: the items still awaiting a consensus entry. While any does, the
 * review is not complete and has no band.
 */
awaiting_consensus?: Array<number>, 
/**
 * With raters only: how each pair of raters agree over the items both scored.
 */
agreement?: Array<AgreementDoc>, 
/**
 * On a modified scale only: the modified items and the parameter checks.
 */
modification?: ModificationDoc, };

export type ProducedBy = { 
/**
 * `sefidelity`.
 */
library: string, 
/**
 * The library's version, e.g. `0.1.0`.
 */
version: string, 
/**
 * The scale used, where one was.
 */
scale?: ScaleUsedDoc, };

export type ScaleUsedDoc = { 
/**
 * The scale's id, e.g. `ips-25-uk`.
 */
id: string, 
/**
 * Its title.
 */
title: string, 
/**
 * Where it is published (`user_defined` for a definition given in the request).
 */
source: SourceDoc, };

export type ConsensusDoc = { 
/**
 * The agreed score, 1–5.
 */
rating: number, 
/**
 * Why, in the raters' words (not empty; left out, it is refused as empty).
 */
reason?: string, };

export type RaterScoresDoc = { 
/**
 * Item number.
 */
number: number, 
/**
 * Each rater's score, by name; `null` where a rater gave no evidence for the item.
 */
scores: { [key in string]: number | null }, 
/**
 * The agreed score, or `null` while it awaits consensus.
 */
agreed: number | null, 
/**
 * `agreement` (every rater who scored the item gave this score), `consensus` or
 * `awaiting_consensus`.
 */
from: string, };

export type DisagreementDoc = { 
/**
 * Item number.
 */
number: number, 
/**
 * Each rater's score, by name; `null` where a rater gave no evidence for the item.
 */
scores: { [key in string]: number | null }, 
/**
 * The largest difference between two raters' scores.
 */
difference: number, 
/**
 * Whether a consensus entry resolves it.
 */
resolved: boolean, 
/**
 * The consensus score, once agreed.
 */
consensus: number | null, 
/**
 * The consensus's reason, once agreed.
 */
reason: string | null, };

export type AgreementDoc = { 
/**
 * The two raters, in request order.
 */
raters: Array<string>, 
/**
 * Items both scored.
 */
items: number, 
/**
 * Items they gave the same score.
 */
exact: number, 
/**
 * `exact / items`, or `null` with no items.
 */
exact_share: number | null, 
/**
 * Items whose scores differ by at most one point.
 */
within_one: number, 
/**
 * `within_one / items`, or `null` with no items.
 */
within_one_share: number | null, 
/**
 * Cohen's kappa with quadratic weights over the scores 1–5; `null` where it is undefined
 * (no items, or both raters gave every item one and the same score).
 */
kappa: number | null, };

export type ItemScoreDoc = { 
/**
 * Item number.
 */
number: number, 
/**
 * Item key.
 */
key: string, 
/**
 * Score, 1–5.
 */
score: number, 
/**
 * What produced the score, in words (with any cap).
 */
basis: string, 
/**
 * `rating`, `anchor`, `interval`, `count`, `clause` or `insufficient_data`.
 */
basis_kind: string, };

export type SectionDoc = { 
/**
 * Section key.
 */
section: string, 
/**
 * Sum of the section's scored items.
 */
total: number, 
/**
 * Highest possible subtotal.
 */
max: number, 
/**
 * Items scored.
 */
scored: number, 
/**
 * Items in the section.
 */
items: number, };

export type ActionDoc = { 
/**
 * Item number.
 */
number: number, 
/**
 * Item key.
 */
key: string, 
/**
 * Item title.
 */
title: string, 
/**
 * Current score.
 */
score: number, 
/**
 * Points below 5.
 */
gap: number, 
/**
 * The seeds' emphasis on the item, if any.
 */
emphasis: string | null, 
/**
 * What the next score takes, from the scale's anchors and rules, in words.
 */
next: string, 
/**
 * For a number scored through ranges: how far it is from the next score's range, in the
 * item's unit.
 */
distance?: number, };

export type AssumedConditionDoc = { 
/**
 * Item number.
 */
number: number, 
/**
 * The condition, in words.
 */
condition: string, };

export type ModificationDoc = { 
/**
 * The base scale id.
 */
base: string, 
/**
 * The modified items.
 */
items: Array<ModifiedItemDoc>, 
/**
 * The parameter checks against the review's `facts`.
 */
checks: Array<CheckDoc>, 
/**
 * Where the bands of the total come from: `004` prints none for a modified scale, so the
 * base scale's are kept (`modified_scale_bands` in the interpretation table).
 */
bands: string, };

export type ModifiedItemDoc = { 
/**
 * Item number.
 */
number: number, 
/**
 * Item key.
 */
key: string, 
/**
 * What the modified item asks for.
 */
description: string, 
/**
 * Why it is modified.
 */
rationale: string, 
/**
 * `discrete`, `networked`, or `null` where not stated.
 */
delivery: string | null, 
/**
 * How it is scored now: `rated`, `measured` or `checklist`.
 */
rule: string, 
/**
 * Its parameters: `{parameter, limit}`.
 */
parameters: Array<ParameterDoc>, };

export type ParameterDoc = { 
/**
 * Parameter id.
 */
parameter: string, 
/**
 * Its limit.
 */
limit: number, };

export type CheckDoc = { 
/**
 * Item number.
 */
item: number, 
/**
 * Parameter id.
 */
parameter: string, 
/**
 * The fact checked: `caseload` or `in_work_support_months`.
 */
fact: string, 
/**
 * The limit.
 */
limit: number, 
/**
 * The fact's value, or `null` when not given.
 */
value: number | null, 
/**
 * `within`, `flagged` (above the limit) or `not_given`.
 */
status: string, };

export type CompareResponse = { 
/**
 * Scale id.
 */
scale: string, 
/**
 * The earlier review.
 */
before: ReviewSummary, 
/**
 * The later review.
 */
after: ReviewSummary, 
/**
 * `after.total - before.total`.
 */
total_change: number, 
/**
 * Whether the band changed (including to or from no band).
 */
band_changed: boolean, 
/**
 * Every item's change, in order.
 */
items: Array<ItemChangeDoc>, };

export type ReviewSummary = { 
/**
 * Whether every item has a score.
 */
complete: boolean, 
/**
 * Sum of the scored items.
 */
total: number, 
/**
 * Band id, or `null` while incomplete.
 */
band: string | null, };

export type HistoryResponse = { 
/**
 * Scale id.
 */
scale: string, 
/**
 * Each review, in date order.
 */
reviews: Array<HistoryReviewSummaryDoc>, 
/**
 * Each item of the scale over the reviews.
 */
items: Array<ItemSeriesDoc>, 
/**
 * The change from each review to the next.
 */
changes: Array<HistoryChangeDoc>, 
/**
 * The change from the first review to the last; `null` with one review.
 */
overall: HistoryChangeDoc | null, 
/**
 * Items below 5 in each of the last two or more reviews, largest gap first.
 */
persistent_gaps: Array<PersistentGapDoc>, 
/**
 * Every fall of an item's score from one review to the next.
 */
falls: Array<FallDoc>, 
/**
 * When the next reviews are due; `null` when they cannot be dated (see
 * `next_reviews_withheld`).
 */
next_reviews: NextReviewsDoc | null, 
/**
 * Why `next_reviews` is `null`: the latest review has no band yet, or the scale's bands
 * have no schedule rules.
 */
next_reviews_withheld: string | null, };

export type HistoryReviewSummaryDoc = { 
/**
 * When it was held.
 */
date: string, 
/**
 * `external` or `internal`.
 */
kind: string, 
/**
 * Whether every item has an (agreed) score.
 */
complete: boolean, 
/**
 * Sum of the scored items.
 */
total: number, 
/**
 * Highest possible total.
 */
max: number, 
/**
 * Band id, or `null` while incomplete.
 */
band: string | null, 
/**
 * Section subtotals, in order.
 */
sections: Array<SectionDoc>, 
/**
 * With raters: the items awaiting consensus (empty otherwise).
 */
awaiting_consensus: Array<number>, };

export type ItemSeriesDoc = { 
/**
 * Item number.
 */
number: number, 
/**
 * Item key.
 */
key: string, 
/**
 * Item title.
 */
title: string, 
/**
 * Its score in each review, in date order (`null` where not scored).
 */
scores: Array<number | null>, 
/**
 * From the first review to the last, when both scored it.
 */
change: number | null, };

export type HistoryChangeDoc = { 
/**
 * The earlier review's date.
 */
from: string, 
/**
 * The later review's date.
 */
to: string, 
/**
 * The later total minus the earlier.
 */
total_change: number, 
/**
 * Whether the band changed (including to or from no band).
 */
band_changed: boolean, 
/**
 * Items whose score rose.
 */
items_up: Array<number>, 
/**
 * Items whose score fell.
 */
items_down: Array<number>, };

export type PersistentGapDoc = { 
/**
 * Item number.
 */
number: number, 
/**
 * Item key.
 */
key: string, 
/**
 * Its score in the last review.
 */
score: number, 
/**
 * Points below 5 in the last review.
 */
gap: number, 
/**
 * How many of the latest reviews in a row scored it below 5.
 */
reviews: number, };

export type FallDoc = { 
/**
 * Item number.
 */
number: number, 
/**
 * Item key.
 */
key: string, 
/**
 * The earlier review's date.
 */
from: string, 
/**
 * The later review's date.
 */
to: string, 
/**
 * The earlier score.
 */
before: number, 
/**
 * The later score.
 */
after: number, };

export type NextReviewsDoc = { 
/**
 * The model whose rules apply: `ips` or `seqf`, from the scale's bands.
 */
model: string, 
/**
 * The date they are read on.
 */
as_of: string, 
/**
 * The next external review.
 */
external: NextReviewDoc, 
/**
 * The next internal self-assessment.
 */
internal: NextReviewDoc, 
/**
 * The next quality-assurance review of the Trust's own (`003`, item 11).
 */
trust_quality_assurance: NextReviewDoc, 
/**
 * Kinds overdue on `as_of`.
 */
overdue: Array<string>, 
/**
 * Dates of reviews the schedule leaves out for want of a band (incomplete, or awaiting
 * consensus).
 */
left_out: Array<string>, };

export type EvidenceFromRecordsResponse = { 
/**
 * The period.
 */
period: PeriodDoc, 
/**
 * The derived evidence by item number, as a `review` request takes it.
 */
evidence: { [key in string]: EvidenceDoc }, 
/**
 * Each item the records could measure, in item order.
 */
items: Array<DerivedDoc>, 
/**
 * The items whose records were not given.
 */
not_derived: Array<NotDerivedDoc>, 
/**
 * Findings on the records themselves; none stops an item being derived.
 */
data_quality: Array<DataQualityDoc>, 
/**
 * With `"review": true`: the review of the evidence on the UK IPS scale.
 */
review?: ReviewResponse, };

export type DerivedDoc = { 
/**
 * The item number on the UK IPS scale.
 */
item: number, 
/**
 * The item's key.
 */
key: string, 
/**
 * The item's figure, in its unit; `null` when nothing could be counted.
 */
figure: number | null, 
/**
 * The numerator.
 */
numerator: number, 
/**
 * The denominator.
 */
denominator: number, 
/**
 * How the figure is computed.
 */
method: string, 
/**
 * The evidence, in the `review` request's form; `null` with no figure.
 */
evidence: EvidenceDoc | null, 
/**
 * The records counted.
 */
counted: Array<RecordRefDoc>, 
/**
 * The records left out, with the reason.
 */
left_out: Array<LeftOutDoc>, 
/**
 * For items 17 and 24: each week's or specialist's figure and rating.
 */
breakdown?: Array<BreakdownDoc>, };

export type RecordRefDoc = { 
/**
 * `specialist`, `client`, `contact`, `job` or `week`.
 */
kind: string, 
/**
 * The record's id.
 */
id: string, };

export type LeftOutDoc = { 
/**
 * The record's kind.
 */
kind: string, 
/**
 * The record's id.
 */
id: string, 
/**
 * Why, e.g. `not_active_at_period_end`.
 */
reason: string, };

export type BreakdownDoc = { 
/**
 * The week's first day, or the specialist's id.
 */
part: string, 
/**
 * Its figure.
 */
figure: number, 
/**
 * Its rating through the item's rule.
 */
score: number, };

export type NotDerivedDoc = { 
/**
 * The item number.
 */
item: number, 
/**
 * The parts of the records it needs.
 */
needs: string, };

export type DataQualityDoc = { 
/**
 * The record's kind.
 */
kind: string, 
/**
 * The record's id.
 */
id: string, 
/**
 * The field concerned.
 */
field: string, 
/**
 * What is wrong: `duplicate_id`, `missing_date`, `dates_out_of_order`,
 * `unknown_specialist`, `unknown_client`, `outside_period` or `hours_over_scheduled`.
 */
finding: string, 
/**
 * The same, in words.
 */
message: string, };

export type ItemChangeDoc = { 
/**
 * Item number.
 */
number: number, 
/**
 * Earlier score, if scored.
 */
before: number | null, 
/**
 * Later score, if scored.
 */
after: number | null, 
/**
 * `after - before`, when both are scored.
 */
change: number | null, };

export type KpisResponse = { 
/**
 * The model.
 */
model: string, 
/**
 * The benchmark set used.
 */
benchmarks: string, 
/**
 * The set's sustainment horizon in weeks.
 */
horizon_weeks: number, 
/**
 * The KPIs.
 */
kpis: Array<KpiDoc>, 
/**
 * Counts derived from records, when given records and `as_of`.
 */
records: RecordSummaryDoc | null, 
/**
 * With a reporting period: the period.
 */
period?: PeriodDoc, 
/**
 * With a reporting period: the outcome definitions used.
 */
definition?: DefinitionUsedDoc, 
/**
 * With a reporting period: the records behind `access`, `job_entry`, `sustainment`,
 * `wellbeing_measured_at_start` and `wellbeing_change`.
 */
accounts?: Array<AccountDoc>, };

export type KpiDoc = { 
/**
 * KPI id.
 */
kpi: string, 
/**
 * The value (rates as fractions), or `null` when not measurable.
 */
value: number | null, 
/**
 * Count over the denominator, for rates.
 */
numerator: number | null, 
/**
 * Denominator, for rates.
 */
denominator: number | null, 
/**
 * `at_least`, `at_most`, `between` or `around`; `null` without a target.
 */
comparison: string | null, 
/**
 * The target (the lower end for `between`).
 */
target: number | null, 
/**
 * The upper end for `between`.
 */
target_max: number | null, 
/**
 * `met`, `not_met`, `not_measurable` or `not_judged`.
 */
status: string, 
/**
 * Whether the target is met; `null` when not judged or not measurable.
 */
met: boolean | null, 
/**
 * How far on the good side of the target (negative when short).
 */
margin: number | null, 
/**
 * Where the target is printed.
 */
source: SourceDoc | null, };

export type DefinitionUsedDoc = { 
/**
 * Whether they are the benchmark set's own (both presets are, for a model): only then
 * are the job entry and sustainment rates judged against its targets.
 */
as_benchmarks: boolean, 
/**
 * `all_starters` or `out_of_work_at_start`.
 */
denominator: string, 
/**
 * The least hours a week of a job entry, or `null` for any paid work.
 */
job_entry_min_hours: number | null, 
/**
 * `still_in_work_after` (in work `sustained_weeks` after the job entry) or
 * `in_work_weeks_of` (in work `sustained_weeks` of `sustained_of_weeks`).
 */
sustained: string, 
/**
 * The weeks in work.
 */
sustained_weeks: number, 
/**
 * The weeks looked at.
 */
sustained_of_weeks: number, };

export type AccountDoc = { 
/**
 * The KPI.
 */
kpi: string, 
/**
 * The ids of the records in the numerator.
 */
numerator: Array<string>, 
/**
 * The ids of the records in the denominator.
 */
denominator: Array<string>, 
/**
 * The records in neither, each with the reason.
 */
left_out: Array<AccountLeftOutDoc>, };

export type AccountLeftOutDoc = { 
/**
 * The record's id.
 */
id: string, 
/**
 * Why, e.g. `start_outside_period`.
 */
reason: string, };

export type SourceDoc = { 
/**
 * The document's id, e.g. `commissioning_guide_2024`.
 */
document: string, 
/**
 * The document's seed prefix, e.g. `001`.
 */
seed: string, 
/**
 * The place in the document.
 */
locator: string, };

export type RecordSummaryDoc = { 
/**
 * The date the records were read as of.
 */
as_of: string, 
/**
 * Records.
 */
referrals: number, 
/**
 * Records with a start date.
 */
starts: number, 
/**
 * Records with at least one job.
 */
job_entries: number, 
/**
 * Job entrants whose horizon has passed.
 */
entrants_past_horizon: number, 
/**
 * Of those, in work past the horizon.
 */
sustained: number, 
/**
 * Job entrants excluded: horizon not yet passed.
 */
awaiting_horizon: number, };

export type ScheduleResponse = { 
/**
 * The model.
 */
model: string, 
/**
 * The date read on.
 */
as_of: string, 
/**
 * The latest external review, if any.
 */
latest_external: ExternalReviewDoc | null, 
/**
 * The next external review.
 */
next_external: NextReviewDoc, 
/**
 * The next internal self-assessment.
 */
next_internal: NextReviewDoc, 
/**
 * The next quality-assurance review of the Trust's own (IPS; `003`, item 11).
 */
next_trust_quality_assurance: NextReviewDoc, 
/**
 * Kinds overdue on `as_of`.
 */
overdue: Array<string>, 
/**
 * Dates of internal self-assessments that do not count (not scored or no action plan).
 */
not_counted: Array<string>, };

export type NextReviewDoc = { 
/**
 * `external` or `internal`.
 */
kind: string, 
/**
 * The due date, or `null` where the sources set none.
 */
due: string | null, 
/**
 * Whether it is overdue on `as_of`.
 */
overdue: boolean, 
/**
 * Days past due on `as_of`.
 */
days_overdue: number, 
/**
 * Why, in words.
 */
reason: string, 
/**
 * Where the rule is printed.
 */
source: SourceDoc, };

export type ExternalReviewDoc = { 
/**
 * Its date.
 */
date: string, 
/**
 * Its outcome id.
 */
outcome: string, };

export type RecommendationResponse = { 
/**
 * `ips`, `seqf`, or `null` where the sources name no model.
 */
model: string | null, 
/**
 * `right_model`, `might_be_considered` or `no_rule`.
 */
strength: string, 
/**
 * Why.
 */
reasons: Array<ReasonDoc>, };

export type ReasonDoc = { 
/**
 * The reason.
 */
text: string, 
/**
 * Where the sources say it; `null` for this library's own note where they are silent.
 */
source: SourceDoc | null, };

export type ContractResponse = { 
/**
 * The model.
 */
model: string, 
/**
 * The benchmark set used.
 */
benchmarks: string, 
/**
 * Findings, most severe first.
 */
findings: Array<FindingDoc>, 
/**
 * Number of findings of each severity: `error`, `warning`, `info`.
 */
counts: Record<string, number>, 
/**
 * Contract fields not stated, whose rules did not run.
 */
not_checked: Array<string>, };

export type FindingDoc = { 
/**
 * Stable rule id.
 */
rule: string, 
/**
 * `error`, `warning` or `info`.
 */
severity: string, 
/**
 * The contract field concerned.
 */
field: string, 
/**
 * What was found.
 */
message: string, 
/**
 * Where the rule is printed.
 */
source: SourceDoc, };

export type SwemwbsResponse = SwemwbsScoreDoc | SwemwbsChangesDoc;

export type SwemwbsScoreDoc = { 
/**
 * Raw total, 7–35.
 */
raw: number, 
/**
 * Metric score by the conversion table, 7.00–35.00.
 */
metric: number, };

export type SwemwbsClientDoc = { 
/**
 * The client's id.
 */
id: string, 
/**
 * Raw total at start.
 */
raw_start: number, 
/**
 * Raw total at end, or `null` without an end questionnaire.
 */
raw_end: number | null, 
/**
 * Metric score at start.
 */
metric_start: number, 
/**
 * Metric score at end, or `null`.
 */
metric_end: number | null, 
/**
 * `metric_end − metric_start`, or `null`.
 */
metric_change: number | null, };

export type SwemwbsChangesDoc = { 
/**
 * Every client, in request order.
 */
clients: Array<SwemwbsClientDoc>, 
/**
 * Clients with both a start and an end questionnaire.
 */
clients_with_change: number, 
/**
 * Mean metric change over those clients (the nearest `f64` to the exact mean), or `null`
 * when there are none.
 */
mean_metric_change: number | null, 
/**
 * Where the conversion table is published.
 */
source: SourceDoc, };

export type FrameworksResponse = FrameworkListDoc | FrameworkDoc | FrameworkReviewDoc;

export type FrameworkListDoc = { 
/**
 * The three frameworks, in table order.
 */
frameworks: Array<FrameworkDoc>, };

export type FrameworkDoc = { 
/**
 * `programme_elements`, `influencing_factors` or `effects`.
 */
key: string, 
/**
 * Title.
 */
title: string, 
/**
 * The printed heading of the domain column (`Domain` or `Timeline`).
 */
domain_heading: string, 
/**
 * The printed heading of the element column (`Domain elements` or `Outcome`).
 */
element_heading: string, 
/**
 * Where the table is printed.
 */
source: SourceDoc, 
/**
 * Domains in printed order, each with its elements.
 */
domains: Array<DomainDoc>, };

export type DomainDoc = { 
/**
 * Stable key, unique within the framework.
 */
key: string, 
/**
 * Name as printed.
 */
name: string, 
/**
 * The domain's elements, in printed order.
 */
elements: Array<ElementDoc>, };

export type ElementDoc = { 
/**
 * Stable key, unique within the framework.
 */
key: string, 
/**
 * Name as printed.
 */
name: string, 
/**
 * Our own concise summary of the finding (a paraphrase, not the printed text).
 */
summary: string, 
/**
 * Where the element is printed.
 */
source: SourceDoc, };

export type FrameworkReviewDoc = { 
/**
 * Framework key.
 */
framework: string, 
/**
 * Framework title.
 */
title: string, 
/**
 * Whether every element is marked.
 */
complete: boolean, 
/**
 * Elements in the framework.
 */
elements: number, 
/**
 * Elements marked `evidenced`, `partly` or `not_evidenced`.
 */
applicable: number, 
/**
 * Count of each mark over the framework.
 */
counts: MarkCountsDoc, 
/**
 * Shares of the applicable elements, or `null` when none is applicable.
 */
shares: SharesDoc | null, 
/**
 * Keys of the elements not yet marked, in printed order.
 */
unmarked: Array<string>, 
/**
 * Coverage per domain, in printed order.
 */
domains: Array<DomainCoverageDoc>, 
/**
 * Every element with its mark, in printed order.
 */
marks: Array<MarkedElementDoc>, };

export type MarkCountsDoc = { 
/**
 * Marked `evidenced`.
 */
evidenced: number, 
/**
 * Marked `partly`.
 */
partly: number, 
/**
 * Marked `not_evidenced`.
 */
not_evidenced: number, 
/**
 * Marked `not_applicable`.
 */
not_applicable: number, 
/**
 * Not marked.
 */
unmarked: number, };

export type SharesDoc = { 
/**
 * Evidenced.
 */
evidenced: number, 
/**
 * Partly evidenced.
 */
partly: number, 
/**
 * Not evidenced.
 */
not_evidenced: number, };

export type DomainCoverageDoc = { 
/**
 * Domain key.
 */
key: string, 
/**
 * Domain name as printed.
 */
name: string, 
/**
 * Elements in the domain.
 */
elements: number, 
/**
 * Elements marked `evidenced`, `partly` or `not_evidenced`.
 */
applicable: number, 
/**
 * Count of each mark.
 */
counts: MarkCountsDoc, 
/**
 * Shares of the applicable elements, or `null` when none is applicable.
 */
shares: SharesDoc | null, };

export type MarkedElementDoc = { 
/**
 * Element key.
 */
key: string, 
/**
 * Element name as printed.
 */
name: string, 
/**
 * Domain key.
 */
domain: string, 
/**
 * The mark id, or `null` when not marked.
 */
mark: string | null, 
/**
 * The reviewer's note, or `null`.
 */
note: string | null, };

export type ValidateScaleResponse = { 
/**
 * Always `true` (an invalid scale gets an error document naming its first problem).
 */
valid: boolean, 
/**
 * Scale id.
 */
id: string, 
/**
 * Title.
 */
title: string, 
/**
 * Lowest possible total.
 */
min_total: number, 
/**
 * Highest possible total.
 */
max_total: number, 
/**
 * Section keys, in order.
 */
sections: Array<string>, 
/**
 * The items.
 */
items: Array<ScaleItemDoc>, 
/**
 * The bands, as defined.
 */
bands: Array<BandDoc>, };

export type ScaleItemDoc = { 
/**
 * Item number.
 */
number: number, 
/**
 * Item key.
 */
key: string, 
/**
 * Title.
 */
title: string, 
/**
 * Section key.
 */
section: string, 
/**
 * `measured`, `checklist`, `composite` or `rated`.
 */
rule: string, 
/**
 * `standard` or `modifiable` on a modification of IPS-25; `null` otherwise.
 */
kind: string | null, };

export type BandDoc = { 
/**
 * Band id.
 */
id: string, 
/**
 * Title.
 */
title: string, 
/**
 * Lowest total.
 */
min_total: number, 
/**
 * Highest total.
 */
max_total: number, };

export type DescribeScaleResponse = { 
/**
 * Scale id.
 */
id: string, 
/**
 * Title.
 */
title: string, 
/**
 * Lowest possible total.
 */
min_total: number, 
/**
 * Highest possible total.
 */
max_total: number, 
/**
 * Sections, in order.
 */
sections: Array<SectionDescriptionDoc>, 
/**
 * Items, in order.
 */
items: Array<ItemDescriptionDoc>, 
/**
 * Bands of the total.
 */
bands: Array<BandDoc>, };

export type SectionDescriptionDoc = { 
/**
 * Section key.
 */
key: string, 
/**
 * Title.
 */
title: string, };

export type ItemDescriptionDoc = { 
/**
 * Item number.
 */
number: number, 
/**
 * Item key.
 */
key: string, 
/**
 * Title.
 */
title: string, 
/**
 * Section key.
 */
section: string, 
/**
 * What the item asks for.
 */
description: string, 
/**
 * `anchors[i]` describes score `i + 1`.
 */
anchors: Array<string>, 
/**
 * `measured`, `checklist`, `composite` or `rated`.
 */
rule: string, 
/**
 * The evidence keys that select a form, e.g. `["rating", "value", "insufficient_data"]`.
 */
forms: Array<string>, 
/**
 * The forms with their companion keys, in words.
 */
accepted: string, 
/**
 * For a measured item, its unit.
 */
unit: UnitDoc | null, 
/**
 * Checklist components, or the phases of item 3.
 */
components: Array<ComponentDoc>, 
/**
 * `standard` or `modifiable` on a modification of IPS-25; `null` otherwise.
 */
kind: string | null, };

export type UnitDoc = { 
/**
 * Unit id, e.g. `percent`.
 */
id: string, 
/**
 * Text after a value, e.g. `%`.
 */
suffix: string, 
/**
 * The largest value accepted, if any (100 for a percentage).
 */
max: number | null, 
/**
 * What the field accepts, in words.
 */
accepted: string, };

export type ComponentDoc = { 
/**
 * Stable key, as `present` evidence lists it.
 */
key: string, 
/**
 * What it is.
 */
description: string, };

export type ScaleDefinition = { 
/**
 * Stable id, e.g. `"seqf-local-2025"`; must not be a built-in scale's id.
 */
id: string, 
/**
 * Title.
 */
title: string, 
/**
 * Where the scale comes from, in words (shown with results).
 */
source: string, 
/**
 * The groups items belong to.
 */
sections: Sections, 
/**
 * The items, numbered 1, 2, 3 … in order.
 */
items: Array<ItemDefinition>, 
/**
 * The bands of the total, or accreditation levels.
 */
bands: Array<BandDefinition>, 
/**
 * `seqf_accreditation` when the bands are the SEQF accreditation levels.
 */
levels?: LevelSet | null, };

export type Sections = BuiltInGrouping | Array<SectionDefinition>;

export type BuiltInGrouping = "seqf_stages";

export type LevelSet = "seqf_accreditation";

export type SectionDefinition = { 
/**
 * Stable key.
 */
key: string, 
/**
 * Title.
 */
title: string, };

export type ItemDefinition = { 
/**
 * Item number: the item's position, from 1.
 */
number: number, 
/**
 * Stable key, unique on the scale.
 */
key: string, 
/**
 * Title.
 */
title: string, 
/**
 * What the item asks for.
 */
description: string, 
/**
 * The key of the section (or SEQF stage) the item belongs to.
 */
section: string, 
/**
 * Five anchors: `anchors[i]` describes score `i + 1`.
 */
anchors: Array<string>, 
/**
 * How evidence becomes the score.
 */
rule: RuleDefinition, };

export type RuleDefinition = { "kind": "rated", } | { "kind": "measured", 
/**
 * What the number counts.
 */
unit: UnitId, 
/**
 * Which way the item improves.
 */
direction: DirectionId, 
/**
 * Intervals covering the unit's domain exactly once.
 */
intervals: Array<IntervalDefinition>, } | { "kind": "checklist", 
/**
 * The components, in order.
 */
components: Array<ComponentDefinition>, 
/**
 * `scores[n]` is the score for `n` components present, for every `n` from 0.
 */
scores: Array<number>, };

export type UnitId = "percent" | "clients_per_specialist" | "days" | "contacts_per_week" | "number";

export type DirectionId = "higher_is_better" | "lower_is_better";

export type BoundDefinition = { 
/**
 * The end value.
 */
value: number, 
/**
 * Whether the end value belongs to the interval.
 */
inclusive: boolean, };

export type IntervalDefinition = { 
/**
 * The score a value in the interval earns, 1–5.
 */
score: number, 
/**
 * Lower end; `null` for none.
 */
lower: BoundDefinition | null, 
/**
 * Upper end; `null` for none.
 */
upper: BoundDefinition | null, 
/**
 * The range as the source prints it, e.g. `"21-25"`.
 */
printed: string, };

export type ComponentDefinition = { 
/**
 * Stable key, unique within the item.
 */
key: string, 
/**
 * What the component is.
 */
description: string, };

export type BandDefinition = { 
/**
 * Stable id (with SEQF levels: `excellent`, `good` or `not_accredited`).
 */
id: string, 
/**
 * Title; with SEQF levels it may be left empty for the built-in title.
 */
title: string, 
/**
 * Lowest total in the band.
 */
min_total: number, 
/**
 * Highest total in the band.
 */
max_total: number, };

export type Modification = { 
/**
 * Stable id of the modified scale.
 */
id: string, 
/**
 * Title.
 */
title: string, 
/**
 * The base scale: `ips-25-uk`.
 */
base: string, 
/**
 * Where the modification comes from, in words.
 */
source: string, 
/**
 * The modified items, each a modifiable item, at most once.
 */
items: Array<ItemModification>, };

export type ItemModification = { 
/**
 * The IPS item number (a modifiable item).
 */
number: number, 
/**
 * What the modified item asks for.
 */
description: string, 
/**
 * Why it is modified.
 */
rationale: string, 
/**
 * Discrete or networked delivery, for an item with a Table 2 function.
 */
delivery?: Delivery | null, 
/**
 * A rule of its own; absent means rated against the description.
 */
rule?: RuleDefinition | null, 
/**
 * Five anchors of its own; absent means the rater scores against the description.
 */
anchors?: Array<string> | null, 
/**
 * Limits checked against a review's facts.
 */
parameters?: Array<Parameter>, };

export type Delivery = "discrete" | "networked";

export type Parameter = { 
/**
 * Which parameter.
 */
kind: ParameterKind, 
/**
 * Its limit (the value must be at or below it).
 */
value: number, };

export type ParameterKind = "caseload_target" | "caseload_max" | "in_work_support_max_months";
