#!/usr/bin/env python3
"""Writes ips25.json: the 25 IPS-25 (UK) item rules as a GoRules JDM decision graph.

    input -> one decision table per computed item (+ one expression node for the seven
    rated items) -> "assemble" expression node (scores = [item1, ..., item25]) -> output

The graph reads the plain-number `input` of benches/inputs/reviews.json (field meanings in
benches/inputs/generate.py) and outputs {"scores": [25 numbers]}.

Every interval below is copied from core/src/ips25/mod.rs with the same inclusive/exclusive
ends; the composite items follow core/src/rule/composite.rs. Values outside an item's domain
(a negative value, a percentage over 100, a count over the item's components) match no row,
so the item comes out null, as core rejects them. All tables use the "first" hit policy.

Run from benches/zen: python3 model/generate.py"""
import json

IN, EX = "in", "ex"


def num(x):
    return str(int(x)) if float(x).is_integer() else repr(x)


def interval(lower, upper):
    """A zen unary test for an interval; lower/upper are (IN|EX, value) or None (unbounded)."""
    if upper is None:
        kind, a = lower
        return (">= " if kind == IN else "> ") + num(a)
    if lower is None:
        kind, b = upper
        return ("<= " if kind == IN else "< ") + num(b)
    (lk, a), (uk, b) = lower, upper
    return ("[" if lk == IN else "(") + num(a) + ".." + num(b) + ("]" if uk == IN else ")")


# core/src/ips25/mod.rs, in core's order: (score, lower, upper).
CASELOAD = [(1, (EX, 40), None), (2, (EX, 30), (IN, 40)), (3, (EX, 25), (IN, 30)),
            (4, (EX, 20), (IN, 25)), (5, (IN, 0), (IN, 20))]
EMPLOYMENT_TIME = [(1, (IN, 0), (EX, 60)), (2, (IN, 60), (EX, 75)), (3, (IN, 75), (EX, 90)),
                   (4, (IN, 90), (EX, 96)), (5, (IN, 96), (IN, 100))]
TEAM_CASELOAD = [(2, (IN, 0), (EX, 50)), (3, (IN, 50), (EX, 75)), (4, (IN, 75), (EX, 90)),
                 (5, (IN, 90), (IN, 100))]
RAPID_SEARCH = [(1, (EX, 270), None), (2, (EX, 150), (IN, 270)), (3, (EX, 60), (IN, 150)),
                (4, (EX, 30), (IN, 60)), (5, (IN, 0), (IN, 30))]
INDIVIDUALISED = [(1, (IN, 0), (EX, 25)), (2, (IN, 25), (EX, 50)), (3, (IN, 50), (EX, 75)),
                  (4, (IN, 75), (EX, 90)), (5, (IN, 90), (IN, 100))]
EMPLOYER_CONTACT = [(1, (IN, 0), (EX, 2)), (2, (IN, 2), (IN, 3)), (3, (EX, 3), (IN, 4.5)),
                    (4, (EX, 4.5), (IN, 5.5)), (5, (EX, 5.5), None)]
DIVERSITY = [(1, (IN, 0), (EX, 50)), (2, (IN, 50), (EX, 60)), (3, (IN, 60), (EX, 70)),
             (4, (IN, 70), (EX, 85)), (5, (IN, 85), (IN, 100))]
COMPETITIVE_JOBS = [(1, (IN, 0), (EX, 65)), (2, (IN, 65), (EX, 75)), (3, (IN, 75), (EX, 85)),
                    (4, (IN, 85), (EX, 95)), (5, (IN, 95), (IN, 100))]
MIN_CURRENT_JOBS = 10
COMMUNITY = [(1, (IN, 0), (IN, 30)), (2, (EX, 30), (EX, 40)), (3, (IN, 40), (EX, 50)),
             (4, (IN, 50), (EX, 65)), (5, (IN, 65), (IN, 100))]

# Checklist score tables: scores[n] for n components present.
FIVE_COMPONENT_SCORES = [1, 1, 2, 3, 4, 5]
FOUR_COMPONENT_SCORES = [1, 2, 3, 4, 5]
SIX_STRATEGY_SCORES = [1, 1, 1, 2, 3, 4, 5]

nodes, edges = [], []


def node(id_, name, type_, content, x, y):
    n = {"id": id_, "name": name, "type": type_, "position": {"x": x, "y": y}}
    if content is not None:
        n["content"] = content
    nodes.append(n)


def edge(source, target):
    edges.append({"id": f"{source}-{target}", "sourceId": source, "targetId": target, "type": "edge"})


def table(number, name, fields, rows, y):
    """fields: the input fields (columns); rows: (cells, score), cells one per column ("" = any)."""
    id_ = f"item{number}"
    inputs = [{"id": f"{id_}_{f}", "name": f, "field": f} for f in fields]
    out = f"{id_}_score"
    rules = []
    for i, (cells, score) in enumerate(rows):
        rule = {"_id": f"{id_}_r{i + 1}"}
        for f, cell in zip(fields, cells):
            rule[f"{id_}_{f}"] = cell
        rule[out] = str(score)
        rules.append(rule)
    content = {"hitPolicy": "first", "inputs": inputs,
               "outputs": [{"id": out, "name": f"item {number}", "field": id_}],
               "rules": rules, "passThrough": False, "executionMode": "single"}
    node(id_, f"Item {number}: {name}", "decisionTableNode", content, 400, y)
    edge("input", id_)
    edge(id_, "assemble")


def measured(number, name, field, intervals, y):
    table(number, name, [field], [([interval(lo, up)], s) for s, lo, up in intervals], y)


def checklist(number, name, field, scores, y):
    # Consecutive counts with the same score share one row, e.g. "[0..1]" -> 1.
    rows, n = [], 0
    while n < len(scores):
        m = n
        while m + 1 < len(scores) and scores[m + 1] == scores[n]:
            m += 1
        rows.append(([num(n) if m == n else f"[{n}..{m}]"], scores[n]))
        n = m + 1
    table(number, name, [field], rows, y)


node("input", "Request", "inputNode", None, 0, 0)
Y = iter(range(0, 100000, 80))

measured(1, "caseload size", "caseload", CASELOAD, next(Y))
measured(2, "employment services staff", "employment_time", EMPLOYMENT_TIME, next(Y))
# Item 3: phases provided of 6: 1-4 -> 3, 5 -> 4, all 6 -> 5 (0 or over 6 is an error in core).
table(3, "vocational generalists", ["phases"], [(["[1..4]"], 3), (["5"], 4), (["6"], 5)], next(Y))
# Item 4: three or more teams -> 2; one or two teams -> by % of caseload from them (core
# checks the % is in range first, whatever the number of teams).
table(4, "team assignment", ["teams", "team_caseload"],
      [([">= 3", "[0..100]"], 2)] + [(["[1..2]", interval(lo, up)], s) for s, lo, up in TEAM_CASELOAD], next(Y))
checklist(5, "team contact", "team_contact", FIVE_COMPONENT_SCORES, next(Y))
# Item 6 (frequency codes 0 never, 1 less than quarterly, 2 quarterly, 3 monthly, 4 weekly):
# 5 = meetings at least monthly and weekly contacts; 4 = meetings at least quarterly or weekly
# contacts; 3 = monthly contacts; 2 = at least quarterly contacts; 1 otherwise.
table(6, "government liaison", ["client_contacts", "meetings"],
      [(["4", "[3..4]"], 5), (["[0..4]", "[2..4]"], 4), (["4", "[0..4]"], 4),
       (["3", "[0..4]"], 3), (["2", "[0..4]"], 2), (["[0..1]", "[0..4]"], 1)], next(Y))
checklist(8, "supervisor role", "supervisor", FIVE_COMPONENT_SCORES, next(Y))
checklist(10, "competitive employment focus", "focus", FIVE_COMPONENT_SCORES, next(Y))
checklist(11, "executive support", "executive", FIVE_COMPONENT_SCORES, next(Y))
checklist(13, "disclosure", "disclosure", FOUR_COMPONENT_SCORES, next(Y))
measured(15, "rapid job search", "days", RAPID_SEARCH, next(Y))
measured(16, "individualised job search", "individualised", INDIVIDUALISED, next(Y))
# Item 17: contacts per week through core's closest-point intervals, then the tracking cap
# (codes 0 not given, 1 no process -> cap 2, 2 reviewed less than monthly -> cap 2,
# 3 monthly -> cap 3, 4 weekly -> no cap). First hit; each capped row comes right after the
# last interval the cap does not lower, so score = min(interval score, cap).
(s1, lo1, up1), (s2, lo2, up2), (s3, lo3, up3), (s4, lo4, up4), (s5, lo5, up5) = EMPLOYER_CONTACT
table(17, "employer contact frequency", ["contacts", "tracking"],
      [([interval(lo1, up1), "[0..4]"], s1),
       ([">= 0", "[1..2]"], 2),
       ([interval(lo2, up2), "[0..4]"], s2),
       ([">= 0", "3"], 3),
       ([interval(lo3, up3), "[0..4]"], s3),
       ([interval(lo4, up4), "[0..4]"], s4),
       ([interval(lo5, up5), "[0..4]"], s5)], next(Y))
measured(19, "job type diversity", "job_types", DIVERSITY, next(Y))
measured(20, "employer diversity", "employers", DIVERSITY, next(Y))
# Item 21: % permanent through the intervals; fewer than 10 current jobs scores 1. The first
# row checks the % is in range too, as core rejects an out-of-range % before the cap.
table(21, "competitive jobs", ["permanent", "current_jobs"],
      [(["[0..100]", f"< {MIN_CURRENT_JOBS}"], 1)]
      + [([interval(lo, up), f">= {MIN_CURRENT_JOBS}"], s) for s, lo, up in COMPETITIVE_JOBS], next(Y))
measured(24, "community-based services", "community", COMMUNITY, next(Y))
checklist(25, "assertive engagement", "outreach", SIX_STRATEGY_SCORES, next(Y))

# The rated items take the anchor the reviewer chose, 1-5 (anything else is null).
RATED = {7: "r7", 9: "r9", 12: "r12", 14: "r14", 18: "r18", 22: "r22", 23: "r23"}
node("rated", "Rated items 7, 9, 12, 14, 18, 22, 23", "expressionNode",
     {"expressions": [{"id": f"item{n}", "key": f"item{n}",
                       "value": f"{f} >= 1 and {f} <= 5 and {f} == floor({f}) ? {f} : null"}
                      for n, f in RATED.items()],
      "passThrough": False, "executionMode": "single"}, 400, next(Y))
edge("input", "rated")
edge("rated", "assemble")

node("assemble", "Scores in item order", "expressionNode",
     {"expressions": [{"id": "scores", "key": "scores",
                       "value": "[" + ", ".join(f"item{n}" for n in range(1, 26)) + "]"}],
      "passThrough": False, "executionMode": "single"}, 800, 0)
node("output", "Response", "outputNode", None, 1200, 0)
edge("assemble", "output")

with open("model/ips25.json", "w") as f:
    json.dump({"nodes": nodes, "edges": edges}, f, indent=1)
    f.write("\n")
print(len(nodes), "nodes,", len(edges), "edges")
