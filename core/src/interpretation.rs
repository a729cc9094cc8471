//! How the library reads the printed anchors where they leave a gap, overlap, or print
//! whole-number ranges for real-valued measures. Each case is resolved once, here, and
//! the score intervals in [`crate::ips25`] follow it. Tests check both sides of every
//! printed boundary (`core/src/ips25/tests.rs`, one test per item, named after the item;
//! comments there name the ids below).
//!
//! **The general rule.** Whole-number values score exactly as printed. A real value
//! between two printed ranges earns the higher score only once it reaches the printed
//! threshold of the higher anchor: a score is not awarded until the value reaches its printed
//! range. For items where a larger number is better, a range printed "a–b" therefore covers
//! `[a, next anchor's a)`; where a smaller number is better, "a–b" covers
//! `(previous anchor's b, b]`.
//!
//! **Conditions beside the number** (`assumed_conditions`). Three items' anchors add a
//! condition to the number: item 15's 5 needs the programme to track employer contacts; item
//! 17's 3 needs the tracking form reviewed at least monthly and its 4 and 5 weekly; item 21
//! scores 1 with "fewer than 10 current jobs". A condition given as not met caps the score. A
//! condition the evidence does not mention is taken as met, as a measured value implies the
//! records behind it, and the score stands; but the item's basis names the condition ("taken
//! as met, not evidenced: …") and the review lists the item among its assumed conditions
//! (`ReviewReport::assumed_conditions`, `assumed_conditions` in a review response), so that a
//! reviewer sees what to verify. A score the condition could not change (5 on item 15 needs
//! it, 4 does not) takes nothing as met.
//!
//! | id | item | printed | resolution |
//! |----|------|---------|------------|
//! | `caseload_real_values` | 1 | 20 or fewer → 5; 21–25 → 4; 26–30 → 3; 31–40 → 2; 41 or more → 1 | `[0, 20]` → 5, `(20, 25]` → 4, `(25, 30]` → 3, `(30, 40]` → 2, `> 40` → 1; so 20 → 5, 20.5 → 4, 21 → 4 |
//! | `employment_time_95_96` | 2 | 90–95% → 4; 96% → 5 | "96%" read as 96% or more; `[90, 96)` → 4, so 95.5 → 4, 96 → 5 |
//! | `percent_real_values` | 2, 4, 16, 19, 20, 21, 24 | whole-number ranges ("60–74%", "75–89%") | `[a, next a)`: 74.9 → the 60–74 anchor, 75 → the 75–89 anchor |
//! | `team_assignment_at_least` | 4 | "at least 50–74%", "at least 75–89%", "at least 90–100%" | read as the ranges 50–74, 75–89, 90–100 of caseload from one or two teams; under 50% → 2 (anchor 2's third branch) |
//! | `rapid_search_real_days` | 15 | within 30 → 5; 31–60 → 4; 61–150 → 3; 151–270 → 2; 271 or more → 1 | `[0, 30]` → 5, `(30, 60]` → 4, `(60, 150]` → 3, `(150, 270]` → 2, `> 270` → 1; so 30 → 5, 30.5 → 4, 31 → 4 |
//! | `rapid_search_tracking` | 15 | 5 also needs "the programme tracks employer contacts" | optional evidence `tracks_employer_contacts`; `false` caps the score at 4; absent: scored by days alone |
//! | `employer_contacts_closest_point` | 17 | "calculate average and use the closest scale point": less than 2 → 1; 2 → 2; 4 → 3; 5 → 4; 6 or more → 5 | under 2 → 1; otherwise the closest printed point, ties to the lower score: `[2, 3]` → 2, `(3, 4.5]` → 3, `(4.5, 5.5]` → 4, `> 5.5` → 5 |
//! | `employer_contacts_tracking` | 17 | 2: "OR does not have a process for tracking"; 3: form reviewed monthly; 4: reviewed weekly; 5: records reviewable weekly | optional evidence `tracking`: `no_process` or `less_than_monthly` cap at 2, `monthly` caps at 3, `weekly` no cap; absent: scored by contacts alone |
//! | `employer_contacts_small_caseload` | 17 | 5: "or 2 employer contacts times the number of people looking for work when there are less than 3 people looking for work" | applied as printed for 1 or 2 people; 0 people is refused (`value_out_of_range`): the printed product would be 0 contacts, awarding 5 for no employer work, and the source gives no rule for an empty caseload, so give a rating or `insufficient_data` |
//! | `employer_diversity_misprint` | 20 | anchor 2 reads "with the same employers 50-59%" | read as "different employers", as the item stem and anchors 1, 3–5 say |
//! | `competitive_jobs_64_65` | 21 | "less than 64%" → 1; "about 65–74%" → 2 | `[64, 65)` is in neither; it has not reached anchor 2's 65%, so scores 1; `[65, 75)` → 2 |
//! | `competitive_jobs_fewer_than_10` | 21 | 1: "OR There are fewer than 10 current jobs" | optional evidence `current_jobs`; under 10 caps the score at 1; absent: scored by percentage alone |
//! | `community_30_overlap` | 24 | "30% or less" → 1; "30–39%" → 2 | 30 is printed in both: the printed ranges overlap at 30, and the overlap is resolved downward, to 1 (the conservative reading: the higher score is not awarded while the print gives the lower one too); `(30, 40)` → 2 |
//! | `vocational_phases` | 3 | 1–4 phases → 3; five phases → 4; all six → 5 | 0 phases is not accepted as a phase count: give role `refers_out` or `referral_only` (anchors 2 and 1) |
//! | `government_liaison_frequency` | 6 | contacts "at least quarterly" / "monthly" / "weekly"; meetings "at least quarterly" / "at least monthly" | a more frequent contact or meeting meets every less frequent condition; 5 needs both weekly contacts and monthly meetings |
//! | `float_noise` | all measured | — | a value within 1e-9 of a whole number is read as that number before it is scored, so a computed 30.000000000000004% scores as 30% (1 on item 24) and `-0.0` as 0; the score's basis shows the number used |
//! | `per_specialist_averages` | 17, 18, 24 | 17: "Rate for each week then calculate average and use the closest scale point"; 18: "Rate for each employment specialist, then calculate average and use the closest scale point"; 24: "Rate each employment specialist based upon their total weekly scheduled work hours, then calculate the average and use the closest scale point" | a review takes the one figure the reviewer computed (for 17 the average over the weeks, for 24 the average over the specialists; 18 is rated); from case records ([`crate::records`]) 17 and 24 are rated week by week and specialist by specialist, as printed (`records_weekly_ratings`, `records_specialist_ratings`) |
//! | `search_consistent_with_plan` | 16 | 4 and 5 also say job searches are consistent with the current employment plan | not modelled as evidence: the percentage alone is scored; a reviewer who finds searches inconsistent with the plan gives a `rating` |
//! | `competitive_jobs_held` | 21 | anchors 1–4 speak of the share of competitive jobs; 5 of jobs obtained being permanent competitive jobs | one percentage (`permanent_percent`, the share of current jobs that are permanent competitive jobs) is scored against all five anchors |
//! | `ips25_sections` | all | `003` prints the 25 items without sections | the report's subtotals use the US IPS-25's grouping (Becker, Swanson, Bond and colleagues, *Supported Employment Fidelity Scale*, 2008): Staffing 1–3, Organisation 4–11, Services 12–25; no score depends on it |
//! | `modified_scale_bands` | bands of a modified scale | `004` prints no bands for a modified scale | the base scale's bands (Exemplary 115–125, Good 100–114, Fair 74–99, Not supported employment 25–73) are kept, so that a modified review is banded like the one it modifies; a review response on a modified scale says so (`modification.bands`) |
//! | `integration_needed_possible` | model choice | `000`, `001`: IPS is the right model "where clinical (or other) integration is needed/possible" and moderate to high need; SEQF "might also be considered" for high need "where integration … is not necessary or possible" | the slash is read as *or*: integration that is possible though not needed takes IPS (the answer says this reading was taken), and with high need SEQF is named as one that might also be considered; integration needed but not possible, or neither needed nor possible, does not take IPS by this rule |
//! | `trust_qa_high_fidelity` | schedule | `003` item 11: the Trust's quality-assurance review "at least every 6 months … or until achieving high fidelity, and at least yearly thereafter" | high fidelity is read as a latest external review of Good or Exemplary (the outcomes that earn the three-year external interval); a use of the scale is an external review or a scored internal self-assessment |
//! | `action_plan_ties` | action plan | `000` reports what services found "especially distinctive and powerful" about the model (the items of [`crate::emphasis`]), without an order among them; it names no items as most often weak (its challenge areas, [`crate::challenges`], are a different list) | largest gap first; equal gaps in the order of [`crate::emphasis`]; within one emphasis group, by item number — our choice, not the source's |
//! | `insufficient_data` | all | "Base your scoring on the actual evidence you have" | an item marked insufficient data scores 1 and is flagged, unless the caller asks to leave such items unscored |
//!
//! **Evidence from case records** ([`crate::records`]). Where `003` says what an item measures
//! but not how records become the figure, the count is chosen once here. A period's first and
//! last day are both in it; a client's exit and a job's end are their last day. Records of one
//! kind that share an id are all left out (with a finding each), so that no result depends on
//! their order. Scheduled weeks count for items 2 and 24 when they begin in the period; item 17
//! rates whole weeks only.
//!
//! | id | item | printed | resolution |
//! |----|------|---------|------------|
//! | `records_active_caseload` | 1 | "active caseload … (both job search and in-work support clients)", per full-time specialist | clients who entered on or before the period's last day and had not left before it (exit on or after it, or none), with a specialist the records have; over the sum of the specialists' full-time equivalents. A snapshot on the last day, not an average over the period |
//! | `records_employment_time` | 2 | "provide employment services X% of the time" | hours on employment services over scheduled hours, summed over every specialist's weeks that begin in the period (a week with no scheduled hours, or with more hours on services than scheduled, is left out) |
//! | `records_team_share` | 4 | "part of up to 2 mental health treatment teams from which at least 90% of the … caseload is comprised" | over the active caseload (as item 1), the share whose referring team is one their specialist is attached to; the team count scored is the most any of those specialists is attached to (one attached to three or more holds the item at 2); specialists attached to none: a separate programme (anchor 1) |
//! | `records_rapid_search_mean` | 15 | "on average" days from programme entry to the first face-to-face employer contact about a competitive job | over the clients who entered during the period and had such a contact, by the client or for them, on or after entry and by the period's last day; a client who has had none yet is left out (`no_qualifying_contact`), not counted at the days so far: the figure is the mean of first contacts that happened, and the exclusions say how many are still waiting. The item counts clients: each counted client's first qualifying contact is listed with it; the other contacts are not the item's records. The records being a log of employer contacts, the programme is taken to track them (anchor 5's condition met) |
//! | `records_preference_share` | 16 | "X% of employer contacts … are based on job choices which reflect client's preferences" | the period's employer contacts whose record says whether they were; those that do not say are left out |
//! | `records_weekly_ratings` | 17 | "Rate for each week then calculate average and use the closest scale point"; the anchors count face-to-face contacts "that are client-specific", while the item's description says "Client-specific and generic contacts are included" | the anchors' reading: face-to-face client-specific contacts. Each whole week (Monday to Sunday) inside the period is rated through item 17's rule on its contacts per full-time equivalent specialist — the service's specialists pooled, not each rated apart as the anchors' "each employment specialist" would have it, since contacts may name no specialist (a week without contacts rates 1); contacts in a part week at either end are left out; the mean of the weekly ratings is taken at its closest scale point, ties to the lower (as `employer_contacts_closest_point`), and given as the item's rating. The tracking form's review is not in the records: the weekly ratings take it as met, and a rating does not carry that forward, so a reviewer should verify it |
//! | `records_diversity_share` | 19, 20 | "assist clients to obtain different types of jobs X% of the time"; "jobs with different employers" | the jobs held at any time in the period (started by its last day, not ended before its first); the number of distinct job types (employers) over the number of those jobs, × 100: 10 jobs of 7 types is 70% |
//! | `records_current_jobs` | 21 | share of permanent competitive jobs; "fewer than 10 current jobs" | every job held on the period's last day is a current job (`current_jobs`); the share is of those whose record says whether they are permanent and competitive that are both |
//! | `records_specialist_ratings` | 24 | "Rate each employment specialist based upon their total weekly scheduled work hours, then calculate the average and use the closest scale point" | each specialist's hours in the community over their scheduled hours, summed over their weeks that begin in the period, rated through item 24's rule; the mean rating at its closest scale point, ties to the lower, given as the item's rating |
//!
//! **Outcome returns for a period** ([`crate::commissioning::returns`]). `001` and `000` print
//! the targets of the rate KPIs, not how a reporting period counts them. Neither prints an
//! hours threshold for a job entry, a denominator of only those out of work at the start, or
//! an "N of M weeks" rule: those are the commissioner's `definition`, and only under a benchmark
//! set's own definitions are the job entry and sustainment rates judged against its targets.
//!
//! | id | KPI | printed | resolution |
//! |----|-----|---------|------------|
//! | `returns_period_flows` | `access`, `job_entry`, `sustainment` | `001`: "At least 70% of referrals start on service"; "At least 40% of starters into paid employment"; "sustain employment beyond 13 weeks" (IPS beyond SMI), "beyond 26 weeks" (SEQF) | each count is of the events dated in the period: referrals, starts, job entries, and sustainment dates (the job entry + 13 or 26 weeks). So a numerator need not be part of its denominator (a job entry this quarter may follow a start last quarter): the period's flows, as a return reports them |
//! | `returns_presets` | `job_entry`, `sustainment` | `001` as above; `000`: "job start target of 40%; 13 weeks job sustainment rate of at least 60%" (26 weeks, 70%, for SEQF) | both sets' definitions read alike: all starters, any paid work, and in continuous work 13 (SEQF: 26) weeks after the job entry; the two presets differ in their targets only |
//! | `returns_wellbeing_of_starters` | `wellbeing_measured_at_start`, `wellbeing_change` | `001`: "Wellbeing outcomes (measured for each client at start and end of their Supported Employment support)" | the records date neither SWEMWBS measurement, so both KPIs follow the starts: a period's starters, measured at the start or not; and the mean change of those of them measured at both ends (the others are left out of it, `not_measured_at_both_ends`) |
