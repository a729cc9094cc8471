#!/usr/bin/env python3
"""Writes the commissioning conformance requests (kpis, schedule, recommend_model, check_contract).

Run it, then bless the responses (see README.md) and check each new response by hand."""
import json, os
V = os.path.dirname(os.path.abspath(__file__))
cases = {}
def k(name, req): cases[name] = req
IPS_G = dict(operation="kpis", model="ips", benchmarks="commissioning_guide_2024")
IPS_F = dict(operation="kpis", model="ips", benchmarks="fidelity_guidance_2024")
SEQF_G = dict(operation="kpis", model="seqf", benchmarks="commissioning_guide_2024")
SEQF_F = dict(operation="kpis", model="seqf", benchmarks="fidelity_guidance_2024")
def counts(base, **c): return {**base, "counts": c}
# --- kpis from counts
k("kpis_counts_design_example", counts(IPS_G, referrals=200, starts=150, job_entries=60, sustained=40, caseload=24))
k("kpis_counts_access_140_of_200_meets_70", counts(IPS_G, referrals=200, starts=140, job_entries=56, sustained=37))
k("kpis_counts_access_139_of_200_misses_70", counts(IPS_G, referrals=200, starts=139, job_entries=55, sustained=36))
k("kpis_counts_ips_sustainment_62_guide_misses_65", counts(IPS_G, referrals=100, starts=100, job_entries=100, sustained=62))
k("kpis_counts_ips_sustainment_62_general_meets_60", counts(IPS_F, referrals=100, starts=100, job_entries=100, sustained=62))
k("kpis_counts_seqf_sustainment_69_misses_70", counts(SEQF_G, referrals=100, starts=100, job_entries=100, sustained=69))
k("kpis_counts_seqf_sustainment_70_meets", counts(SEQF_F, referrals=100, starts=100, job_entries=100, sustained=70))
k("kpis_counts_zero_denominators_not_measurable", counts(IPS_G, referrals=0, starts=0, job_entries=0, sustained=0))
k("kpis_counts_job_entry_40_meets_39_misses", counts(SEQF_G, referrals=300, starts=100, job_entries=39, sustained=30))
k("kpis_counts_unit_cost_range_ends_ips", counts(IPS_G, referrals=10, starts=8, job_entries=4, sustained=3, unit_cost=2500))
k("kpis_counts_unit_cost_above_range_seqf", counts(SEQF_G, referrals=10, starts=8, job_entries=4, sustained=3, unit_cost=6501))
k("kpis_counts_unit_cost_around_not_judged", counts(SEQF_F, referrals=10, starts=8, job_entries=4, sustained=3, unit_cost=5200))
k("kpis_counts_caseloads_ips_senior_21", counts(IPS_G, referrals=50, starts=40, job_entries=20, sustained=14, caseload=25, senior_caseload=21))
k("kpis_counts_caseload_seqf_16_over_15", counts(SEQF_G, referrals=50, starts=40, job_entries=20, sustained=14, caseload=16))
k("kpis_counts_entrants_past_horizon", counts(IPS_G, referrals=120, starts=90, job_entries=45, entrants_past_horizon=30, sustained=21))
k("kpis_counts_senior_caseload_no_target_seqf", counts(SEQF_G, referrals=50, starts=40, job_entries=20, sustained=14, senior_caseload=18))
# --- kpis from records
def rec(id, referral, start=None, jobs=(), s0=None, s1=None):
    r = {"id": id, "referral": referral}
    if start is not None: r["start"] = start
    if jobs: r["jobs"] = [dict(start=a, **({"end": b} if b else {})) for a, b in jobs]
    if s0 is not None: r["swemwbs_start"] = s0
    if s1 is not None: r["swemwbs_end"] = s1
    return r
sample = [
    rec("c01", "2025-01-02"),
    rec("c02", "2025-01-02", "2025-01-09", s0=19),
    rec("c03", "2025-01-06", "2025-01-13", [("2025-02-03", None)], 18, 23),
    rec("c04", "2025-01-06", "2025-01-13", [("2025-02-03", "2025-05-04")], 20, 22),
    rec("c05", "2025-01-10", "2025-01-20", [("2025-02-10", "2025-05-12")], 21, 27),
    rec("c06", "2025-02-01", "2025-02-05", [("2025-03-01", "2025-03-20"), ("2025-04-07", None)], 17),
    rec("c07", "2025-03-01", "2025-03-03", [("2025-05-15", None)], 22),
    rec("c08", "2025-04-01"),
]
k("kpis_records_ips_sample", {**IPS_G, "as_of": "2025-08-01", "records": sample, "figures": {"caseload": 22, "unit_cost": 2300}})
k("kpis_records_seqf_horizon_26_weeks", {**SEQF_G, "as_of": "2025-08-01", "records": sample})
k("kpis_records_general_guide_no_wellbeing_target", {**IPS_F, "as_of": "2025-08-01", "records": sample})
k("kpis_records_job_ending_before_or_on_day_91", {**IPS_G, "as_of": "2025-12-31", "records": [
    rec("a", "2025-01-01", "2025-01-02", [("2025-02-01", "2025-05-02")]),
    rec("b", "2025-01-01", "2025-01-02", [("2025-02-01", "2025-05-03")])]})
k("kpis_records_horizon_not_passed_excluded", {**IPS_G, "as_of": "2025-03-01", "records": [
    rec("a", "2025-01-01", "2025-01-02", [("2025-02-01", None)]),
    rec("b", "2025-01-01", "2025-01-02")]})
k("kpis_records_empty", {**IPS_G, "as_of": "2025-03-01", "records": []})
# --- schedule
def sch(model, start, as_of, ext=(), internal=()):
    return {"operation": "schedule", "model": model, "service_start": start, "as_of": as_of,
            "external_reviews": [{"date": d, "outcome": o} for d, o in ext],
            "internal_assessments": [{"date": d, "scored": s, "action_plan": p} for d, s, p in internal]}
k("schedule_new_service_due_within_12_months", sch("ips", "2025-04-01", "2025-10-01"))
k("schedule_new_service_due_on_its_day_not_overdue", sch("ips", "2025-04-01", "2026-03-31"))
k("schedule_new_service_first_review_overdue", sch("seqf", "2025-04-01", "2026-04-01"))
k("schedule_ips_good_three_years_internal_annual", sch("ips", "2024-03-01", "2025-06-01", [("2025-02-01", "good")]))
k("schedule_ips_internal_without_action_plan_overdue", sch("ips", "2024-03-01", "2026-06-01", [("2025-02-01", "exemplary")], [("2026-01-15", True, False)]))
k("schedule_ips_fair_no_interval_set", sch("ips", "2024-03-01", "2025-06-01", [("2025-02-01", "fair")]))
k("schedule_seqf_excellent", sch("seqf", "2023-09-01", "2025-06-01", [("2024-08-20", "excellent")], [("2025-08-20", True, True)][:0]))
k("schedule_third_year_external_comes_first", sch("ips", "2024-03-01", "2027-06-01", [("2025-02-01", "good")], [("2026-02-01", True, True), ("2027-02-10", True, True)]))
k("schedule_leap_day_start", sch("seqf", "2024-02-29", "2024-06-01"))
k("schedule_both_overdue", sch("ips", "2019-01-10", "2025-06-01", [("2020-01-05", "good")], [("2021-01-04", True, True)]))
# --- recommend_model
def rm(groups, integration, need): return {"operation": "recommend_model", "groups": groups, "integration": integration, "need": need}
k("recommend_autism_seqf", rm(["autism"], "not_necessary", "high"))
k("recommend_learning_disability_mixed_cohort", rm(["learning_disability", "mental_health"], "needed_and_possible", "moderate"))
k("recommend_mental_health_integration_ips", rm(["mental_health", "physical_health"], "needed_and_possible", "moderate"))
k("recommend_housing_high_need_no_integration", rm(["housing_insecurity"], "not_possible", "high"))
k("recommend_low_need_no_rule", rm(["substance_misuse"], "needed_and_possible", "low"))
k("recommend_severe_mental_illness_ips", rm(["severe_mental_illness"], "needed_and_possible", "high"))
# --- check_contract
def cc(bench, **c): return {"operation": "check_contract", "benchmarks": bench, "contract": c}
good_ips = dict(model="ips", length_months=36, extension_option=True, unit_cost=2200, caseload_max=25, senior_caseload_max=20,
    out_of_work_support_months=12, in_work_support_months=4, access_target=0.7, job_entry_target=0.4, sustainment_target=0.65,
    sustainment_weeks=13, payment_model="block", award_basis="quality", price_discounting=False, dialogue_stage=True,
    steering_group=True, lived_experience_on_steering_group=True, first_external_review_months=12,
    external_review_interval_months=36, internal_assessment_interval_months=12, training="quarterly")
k("contract_ips_compliant", cc("commissioning_guide_2024", **good_ips))
k("contract_ips_many_findings", cc("commissioning_guide_2024", model="ips", length_months=24, extension_option=False, unit_cost=1800,
    caseload_max=30, senior_caseload_max=22, sustainment_weeks=26, sustainment_target=0.6, payment_model="outcome_based",
    award_basis="price", price_discounting=True, dialogue_stage=False, steering_group=True, lived_experience_on_steering_group=False,
    first_external_review_months=18, external_review_interval_months=48, internal_assessment_interval_months=24, training="annually"))
k("contract_seqf_caseload_16_horizon_13", cc("commissioning_guide_2024", model="seqf", caseload_max=16, sustainment_weeks=13, unit_cost=5000, length_months=48))
k("contract_general_guide_unit_cost_around", cc("fidelity_guidance_2024", model="ips", unit_cost=2300, sustainment_target=0.62, sustainment_weeks=13))
k("contract_commissioning_guide_sustainment_62_below_65", cc("commissioning_guide_2024", model="ips", sustainment_target=0.62, sustainment_weeks=13))
k("contract_model_only_nothing_checked", cc("commissioning_guide_2024", model="seqf"))
k("contract_short_with_extension", cc("commissioning_guide_2024", model="ips", length_months=35, extension_option=True, payment_model="mixed", award_basis="quality_and_price"))
k("kpis_records_back_to_back_jobs_sustained", {**IPS_G, "as_of": "2025-06-01", "records": [
    rec("a", "2025-01-01", "2025-01-05", [("2025-01-10", "2025-03-31"), ("2025-04-01", None)]),
    rec("b", "2025-01-01", "2025-01-05", [("2025-01-10", "2025-03-20"), ("2025-04-01", "2025-05-01")]),
    rec("c", "2025-01-01", "2025-01-05", [("2025-01-10", "2025-02-20"), ("2025-05-01", None)])]})
k("schedule_same_day_reviews_lower_outcome_stands", sch("ips", "2024-03-01", "2025-06-01", [("2025-02-01", "good"), ("2025-02-01", "fair")]))
k("schedule_overdue_external_does_not_hold_back_internal", sch("ips", "2024-03-01", "2029-06-01", [("2024-04-01", "good")], [("2026-06-01", True, True)]))
k("recommend_severe_mental_illness_without_integration_stays_ips", rm(["severe_mental_illness"], "not_possible", "high"))
k("error_schedule_year_out_of_range", sch("ips", "9999-03-01", "9999-06-01"))
k("error_contract_sustainment_weeks_zero", cc("commissioning_guide_2024", model="ips", sustainment_weeks=0))
k("error_recommend_no_groups", rm([], "needed_and_possible", "high"))
# --- errors
k("error_kpis_missing_counts_and_records", {**IPS_G})
k("error_kpis_counts_and_records_together", {**IPS_G, "counts": {"referrals": 1, "starts": 1, "job_entries": 0, "sustained": 0}, "as_of": "2025-01-01", "records": []})
k("error_kpis_starts_exceed_referrals", counts(IPS_G, referrals=10, starts=11, job_entries=0, sustained=0))
k("error_kpis_sustained_exceed_past_horizon", counts(IPS_G, referrals=10, starts=10, job_entries=5, entrants_past_horizon=3, sustained=4))
k("error_kpis_count_not_whole", counts(IPS_G, referrals=10.5, starts=10, job_entries=5, sustained=4))
k("error_kpis_negative_caseload", counts(IPS_G, referrals=10, starts=10, job_entries=5, sustained=4, caseload=-3))
k("error_kpis_unknown_model", {**IPS_G, "model": "ips_smi", "counts": {"referrals": 1, "starts": 1, "job_entries": 0, "sustained": 0}})
k("error_kpis_unknown_benchmarks", {**IPS_G, "benchmarks": "nhs_2023", "counts": {"referrals": 1, "starts": 1, "job_entries": 0, "sustained": 0}})
k("error_records_invalid_date", {**IPS_G, "as_of": "2025-08-01", "records": [rec("c1", "01/02/2025")]})
k("error_records_impossible_date", {**IPS_G, "as_of": "2025-08-01", "records": [rec("c1", "2025-02-30")]})
k("error_records_job_before_start", {**IPS_G, "as_of": "2025-08-01", "records": [rec("c1", "2025-01-01", "2025-01-10", [("2025-01-05", None)])]})
k("error_records_job_end_before_job_start", {**IPS_G, "as_of": "2025-08-01", "records": [rec("c1", "2025-01-01", "2025-01-10", [("2025-02-05", "2025-02-01")])]})
k("error_records_start_before_referral", {**IPS_G, "as_of": "2025-08-01", "records": [rec("c1", "2025-02-01", "2025-01-10")]})
k("error_records_date_after_as_of", {**IPS_G, "as_of": "2025-08-01", "records": [rec("c1", "2025-01-01", "2025-01-10", [("2025-09-01", None)])]})
k("error_records_duplicate_id", {**IPS_G, "as_of": "2025-08-01", "records": [rec("c1", "2025-01-01"), rec("c1", "2025-01-02")]})
k("error_records_swemwbs_out_of_range", {**IPS_G, "as_of": "2025-08-01", "records": [rec("c1", "2025-01-01", "2025-01-10", s0=36)]})
k("error_records_job_without_start", {**IPS_G, "as_of": "2025-08-01", "records": [rec("c1", "2025-01-01", None, [("2025-02-01", None)])]})
k("error_schedule_outcome_of_other_model", sch("ips", "2024-03-01", "2025-06-01", [("2025-02-01", "excellent")]))
k("error_schedule_review_before_start", sch("seqf", "2024-03-01", "2025-06-01", [("2024-02-01", "good")]))
k("error_schedule_as_of_before_start", sch("ips", "2024-03-01", "2024-01-01"))
k("error_schedule_internal_missing_action_plan_field", {**sch("ips", "2024-03-01", "2025-06-01"), "internal_assessments": [{"date": "2025-01-01", "scored": True}]})
k("error_recommend_unknown_group", rm(["veterans"], "needed_and_possible", "high"))
k("error_recommend_duplicate_group", rm(["autism", "autism"], "not_necessary", "high"))
k("error_recommend_unknown_need", rm(["autism"], "not_necessary", "very_high"))
k("error_contract_rate_over_one", cc("commissioning_guide_2024", model="ips", access_target=70))
k("error_contract_unknown_field", cc("commissioning_guide_2024", model="ips", caseload=25))
k("error_contract_unknown_training", cc("commissioning_guide_2024", model="ips", training="fortnightly"))
k("error_contract_negative_unit_cost", cc("commissioning_guide_2024", model="ips", unit_cost=-5))
k("error_contract_missing_model", cc("commissioning_guide_2024", length_months=36))
for name, req in cases.items():
    with open(os.path.join(V, name + ".request.json"), "w") as f:
        f.write(json.dumps(req, indent=1) + "\n")
print(len(cases), "cases")
