#!/usr/bin/env python3
"""Writes reviews.json: 200 full IPS-25 reviews as plain numbers (the same inputs for every
benchmark and every peer engine), each with its document-API evidence and the scores
sefidelity gives (from the `review` example's --json mode, so the file is the reference).

Run from the repository root: python3 benches/inputs/generate.py"""
import json, random, subprocess

rng = random.Random(20261123)
FREQ = ["never", "less_than_quarterly", "quarterly", "monthly", "weekly"]
TRACK = [None, "no_process", "less_than_monthly", "monthly", "weekly"]

def one():
    r = lambda: rng.randint(1, 5)
    x = {
        "caseload": round(rng.uniform(10, 50), 1),            # item 1, clients per specialist
        "employment_time": round(rng.uniform(50, 100), 1),    # item 2, %
        "phases": rng.randint(1, 6),                          # item 3, phases provided
        "teams": rng.randint(1, 4),                           # item 4
        "team_caseload": round(rng.uniform(30, 100), 1),      # item 4, % from those teams
        "team_contact": rng.randint(0, 5),                    # item 5, components present
        "client_contacts": rng.randint(0, 4),                 # item 6, frequency code 0 never .. 4 weekly
        "meetings": rng.randint(0, 4),                        # item 6, frequency code
        "r7": r(), "supervisor": rng.randint(0, 5), "r9": r(), "focus": rng.randint(0, 5),
        "executive": rng.randint(0, 5), "r12": r(), "disclosure": rng.randint(0, 4), "r14": r(),
        "days": round(rng.uniform(0, 400), 1),                # item 15
        "individualised": round(rng.uniform(0, 100), 1),      # item 16, %
        "contacts": round(rng.uniform(0, 9), 1),              # item 17, per week
        "tracking": rng.randint(0, 4),                        # item 17, 0 not given, 1 no process .. 4 weekly
        "r18": r(),
        "job_types": round(rng.uniform(0, 100), 1),           # item 19, %
        "employers": round(rng.uniform(0, 100), 1),           # item 20, %
        "permanent": round(rng.uniform(40, 100), 1),          # item 21, %
        "current_jobs": rng.randint(0, 40),                   # item 21
        "r22": r(), "r23": r(),
        "community": round(rng.uniform(0, 100), 1),           # item 24, %
        "outreach": rng.randint(0, 6),                        # item 25, strategies
    }
    return x

def evidence(x):
    e = {
        "1": {"value": x["caseload"]}, "2": {"value": x["employment_time"]}, "3": {"phases": x["phases"]},
        "4": {"teams": x["teams"], "caseload_percent": x["team_caseload"]}, "5": {"count": x["team_contact"]},
        "6": {"client_contacts": FREQ[x["client_contacts"]], "scheduled_meetings": FREQ[x["meetings"]]},
        "7": {"rating": x["r7"]}, "8": {"count": x["supervisor"]}, "9": {"rating": x["r9"]},
        "10": {"count": x["focus"]}, "11": {"count": x["executive"]}, "12": {"rating": x["r12"]},
        "13": {"count": x["disclosure"]}, "14": {"rating": x["r14"]}, "15": {"value": x["days"]},
        "16": {"value": x["individualised"]}, "17": {"contacts_per_week": x["contacts"]},
        "18": {"rating": x["r18"]}, "19": {"value": x["job_types"]}, "20": {"value": x["employers"]},
        "21": {"permanent_percent": x["permanent"], "current_jobs": x["current_jobs"]},
        "22": {"rating": x["r22"]}, "23": {"rating": x["r23"]}, "24": {"value": x["community"]},
        "25": {"count": x["outreach"]},
    }
    if TRACK[x["tracking"]] is not None:
        e["17"]["tracking"] = TRACK[x["tracking"]]
    return e

cases = []
for _ in range(200):
    x = one()
    ev = evidence(x)
    req = json.dumps({"operation": "review", "scale": "ips-25-uk", "evidence": ev})
    out = subprocess.run(["target/debug/examples/review", "--json", "-"],
                         input=req, capture_output=True, text=True, check=True).stdout
    resp = json.loads(out)
    scores = [0] * 25
    for it in resp["items"]:
        scores[it["number"] - 1] = it["score"]
    cases.append({"input": x, "evidence": ev, "scores": scores, "total": resp["total"], "band": resp["band"]})
json.dump({"about": "200 full IPS-25 reviews; `input` as plain numbers (see generate.py for each field), "
                    "`evidence` as the document API takes it, `scores`/`total`/`band` as sefidelity gives them",
           "cases": cases}, open("benches/inputs/reviews.json", "w"), indent=None)
print(len(cases), "cases; totals", min(c["total"] for c in cases), "to", max(c["total"] for c in cases))
