#!/usr/bin/env python3
"""Writes the conformance requests for user-defined and modified scales (review, compare and
validate_scale on the SEQF-shaped test fixture, inline definitions and modifications).

Run it, then bless the responses (see README.md) and check each new response by hand."""
import copy, json, os
V = os.path.dirname(os.path.abspath(__file__))
FIXTURE = json.load(open(os.path.join(V, "..", "fixtures", "seqf-shaped-test-fixture.scale.json")))
cases = {}
def k(name, req): cases[name] = req
def defined(d): return {"definition": d}
def review(scale, evidence, **extra): return {"operation": "review", "scale": scale, "evidence": evidence, **extra}

full = {"1": {"rating": 5}, "2": {"value": 85}, "3": {"count": 4}, "4": {"rating": 4}, "5": {"value": 60},
        "6": {"rating": 5}, "7": {"present": ["part_a", "part_b", "part_c"]}, "8": {"rating": 5}, "9": {"rating": 4},
        "10": {"value": 79.9}}
k("review_defined_seqf_fixture_complete", review(defined(FIXTURE), full))
k("review_defined_seqf_fixture_partial", review(defined(FIXTURE), {"2": {"value": 59.9}, "5": {"value": 60}, "9": {"insufficient_data": True}}))
k("review_defined_seqf_fixture_all_fives_excellent", review(defined(FIXTURE), {str(n): {"rating": 5} for n in range(1, 11)}))
k("review_defined_seqf_fixture_total_37_not_accredited", review(defined(FIXTURE), {**{str(n): {"rating": 4} for n in range(1, 9)}, "9": {"rating": 3}, "10": {"rating": 2}}))
k("compare_defined_seqf_fixture", {"operation": "compare", "scale": defined(FIXTURE),
    "before": {"evidence": {str(n): {"rating": 3} for n in range(1, 11)}}, "after": {"evidence": full}})
k("validate_scale_seqf_fixture", {"operation": "validate_scale", "scale": defined(FIXTURE)})
small = {"id": "local-three-items", "title": "A three-item local scale", "sections": [{"key": "a", "title": "Part A"}, {"key": "b", "title": "Part B"}],
         "items": [
            {"number": 1, "key": "visits", "title": "Visits", "section": "a", "anchors": ["v1", "v2", "v3", "v4", "v5"],
             "rule": {"kind": "measured", "unit": "number", "direction": "lower_is_better", "intervals": [
                {"score": 5, "lower": None, "upper": {"value": 10, "inclusive": True}, "printed": "10 or fewer"},
                {"score": 3, "lower": {"value": 10, "inclusive": False}, "upper": {"value": 20, "inclusive": True}, "printed": "11-20"},
                {"score": 1, "lower": {"value": 20, "inclusive": False}, "upper": None, "printed": "more than 20"}]}},
            {"number": 2, "key": "plan", "title": "Plan", "section": "b", "anchors": ["p1", "p2", "p3", "p4", "p5"], "rule": {"kind": "rated"}},
            {"number": 3, "key": "checks", "title": "Checks", "section": "b", "anchors": ["c1", "c2", "c3", "c4", "c5"],
             "rule": {"kind": "checklist", "components": [{"key": "x"}, {"key": "y"}], "scores": [1, 3, 5]}}],
         "bands": [{"id": "high", "title": "High", "min_total": 12, "max_total": 15}, {"id": "low", "title": "Low", "min_total": 3, "max_total": 11}]}
k("validate_scale_listed_sections", {"operation": "validate_scale", "scale": defined(small)})
k("review_defined_lower_is_better_boundaries", review(defined(small), {"1": {"value": 10}, "2": {"rating": 5}, "3": {"present": ["x", "y"]}}))
k("review_defined_lower_is_better_just_over", review(defined(small), {"1": {"value": 10.5}, "2": {"rating": 2}, "3": {"count": 1}}))
# Modified IPS
trial_full = {str(n): {"rating": 4} for n in range(1, 26)}
k("review_modified_trial_with_facts", review("ips-25-uk-modified-trial", trial_full, facts={"caseload": 33, "in_work_support_months": 12}))
k("review_modified_trial_caseload_over_35", review("ips-25-uk-modified-trial", {"1": {"rating": 3}, "2": {"value": 92}}, facts={"caseload": 36}))
k("review_modified_trial_no_facts", review("ips-25-uk-modified-trial", {"1": {"rating": 5}, "23": {"rating": 4}}))
mod = {"id": "ips-25-uk-local-mod", "title": "Local modification", "base": "ips-25-uk", "source": "local co-design",
       "items": [{"number": 1, "description": "Caseload of 30 or fewer", "rationale": "Larger primary-care cohort",
                  "rule": {"kind": "measured", "unit": "clients_per_specialist", "direction": "lower_is_better", "intervals": [
                      {"score": 5, "lower": None, "upper": {"value": 30, "inclusive": True}, "printed": "30 or fewer"},
                      {"score": 3, "lower": {"value": 30, "inclusive": False}, "upper": {"value": 35, "inclusive": True}, "printed": "31-35"},
                      {"score": 1, "lower": {"value": 35, "inclusive": False}, "upper": None, "printed": "over 35"}]},
                  "anchors": ["over 35", "-", "31-35", "-", "30 or fewer"],
                  "parameters": [{"kind": "caseload_max", "value": 35}]},
                 {"number": 17, "description": "Employer engagement shared with the council's team", "rationale": "Existing team",
                  "delivery": "networked"}]}
k("review_modified_inline_measured_caseload", review({"modification": mod}, {"1": {"value": 31}, "17": {"rating": 4}, "2": {"value": 96}}, facts={"caseload": 31}))
k("validate_scale_modification", {"operation": "validate_scale", "scale": {"modification": mod}})
# Errors
def broken(path_fn):
    d = copy.deepcopy(FIXTURE); path_fn(d); return defined(d)
def set_(f): return lambda d: f(d)
k("error_scale_definition_four_anchors", review(broken(lambda d: d["items"][3]["anchors"].pop()), {}))
k("error_scale_definition_interval_gap", review(broken(lambda d: d["items"][1]["rule"]["intervals"][1]["lower"].update({"value": 21})), {}))
k("error_scale_definition_interval_overlap", review(broken(lambda d: d["items"][1]["rule"]["intervals"][1]["upper"].update({"inclusive": True})), {}))
k("error_scale_definition_interval_not_reaching_100", review(broken(lambda d: d["items"][4]["rule"]["intervals"][4]["upper"].update({"inclusive": False})), {}))
k("error_scale_definition_bands_gap", review(broken(lambda d: d["bands"][1].update({"min_total": 39})), {}))
k("error_scale_definition_bands_overlap", review(broken(lambda d: d["bands"][2].update({"max_total": 38})), {}))
k("error_scale_definition_checklist_scores_short", review(broken(lambda d: d["items"][2]["rule"]["scores"].pop()), {}))
k("error_scale_definition_checklist_score_falls", review(broken(lambda d: d["items"][2]["rule"].update({"scores": [1, 3, 2, 4, 5]})), {}))
k("error_scale_definition_duplicate_key", review(broken(lambda d: d["items"][5].update({"key": "engagement_placeholder_a"})), {}))
k("error_scale_definition_numbers_out_of_order", review(broken(lambda d: d["items"][4].update({"number": 7})), {}))
k("error_scale_definition_unknown_section", review(broken(lambda d: d["items"][0].update({"section": "intake"})), {}))
k("error_scale_definition_unknown_level", review(broken(lambda d: d["bands"][0].update({"id": "outstanding"})), {}))
k("error_scale_definition_levels_out_of_order", review(broken(lambda d: (d["bands"][0].update({"id": "not_accredited"}), d["bands"][2].update({"id": "excellent"}))), {}))
k("error_scale_definition_trial_id", review(broken(lambda d: d.update({"id": "ips-25-uk-modified-trial"})), {}))
k("validate_scale_builtin_trial", {"operation": "validate_scale", "scale": "ips-25-uk-modified-trial"})
k("error_scale_definition_builtin_id", review(broken(lambda d: d.update({"id": "ips-25-uk"})), {}))
k("error_scale_definition_missing_field", review(broken(lambda d: d.pop("bands")), {}))
k("error_scale_definition_nested_wrong_type", review(broken(lambda d: d["items"][3].update({"anchors": "five anchors"})), {}))
k("error_scale_definition_score_6", review(broken(lambda d: d["items"][1]["rule"]["intervals"][4].update({"score": 6})), {}))
k("error_scale_definition_and_modification", review({"definition": FIXTURE, "modification": mod}, {}))
k("error_scale_object_empty", review({}, {}))
k("error_review_defined_unknown_component", review(defined(FIXTURE), {"3": {"present": ["part_z"]}}))
k("error_review_defined_value_on_rated_item", review(defined(FIXTURE), {"1": {"value": 50}}))
bad = copy.deepcopy(mod); bad["items"].append({"number": 2, "description": "d", "rationale": "r"})
k("error_modification_standard_item", review({"modification": bad}, {}))
bad = copy.deepcopy(mod); bad["items"][0]["delivery"] = "discrete"
k("error_modification_delivery_without_function", review({"modification": bad}, {}))
bad = copy.deepcopy(mod); bad["items"][1]["parameters"] = [{"kind": "in_work_support_max_months", "value": 12}]
k("error_modification_parameter_on_wrong_item", review({"modification": bad}, {}))
k("error_review_facts_on_builtin_scale", review("ips-25-uk", {"1": {"value": 20}}, facts={"caseload": 20}))
k("error_review_negative_fact", review("ips-25-uk-modified-trial", {"1": {"rating": 4}}, facts={"caseload": -1}))
k("error_validate_scale_four_anchors", {"operation": "validate_scale", "scale": broken(lambda d: d["items"][0]["anchors"].pop())})
k("validate_scale_builtin_ips25", {"operation": "validate_scale", "scale": "ips-25-uk"})
for name, req in cases.items():
    with open(os.path.join(V, name + ".request.json"), "w") as f:
        f.write(json.dumps(req, indent=1) + "\n")
print(len(cases), "cases")
