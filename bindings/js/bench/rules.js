// The 25 IPS-25 (UK) item rules as json-rules-engine rules, for comparison with sefidelity.
//
// Transcribed by hand from core/src/ips25/mod.rs (interval tables, checklist score tables) and
// core/src/rule/composite.rs (items 3, 4, 6, 17, 21). The facts are the plain numbers of
// benches/inputs/reviews.json `input` (field meanings in benches/inputs/generate.py), passed to
// `engine.run(input)` so that every field is a top-level fact.
//
// Design: one rule per (item, score). The rules of an item have mutually exclusive conditions,
// so exactly one fires per item; its event is `{ type: 'score', params: { item, score } }`.
// The caps of items 17 (tracking review) and 21 (fewer than 10 current jobs) are rules too, with
// events `{ type: 'cap', params: { item, limit, reason } }`; `scoresFrom` applies a cap as
// min(score, limit), as sefidelity's `ItemScore::capped` does. Item 15's optional
// `tracks_employer_contacts` condition is not in the inputs (absent: scored by days alone).
import jre from 'json-rules-engine';

const { Engine } = jre;

// Interval bounds, as in mod.rs: In(x) inclusive, Ex(x) exclusive, NONE unbounded.
const In = (x) => ({ x, inclusive: true });
const Ex = (x) => ({ x, inclusive: false });
const NONE = null;

/** Conditions for `lower <= / < fact <= / < upper`. */
function within(fact, lower, upper) {
  const all = [];
  if (lower) all.push({ fact, operator: lower.inclusive ? 'greaterThanInclusive' : 'greaterThan', value: lower.x });
  if (upper) all.push({ fact, operator: upper.inclusive ? 'lessThanInclusive' : 'lessThan', value: upper.x });
  return all;
}

// Interval tables: [score, lower, upper, printed], exactly as in core/src/ips25/mod.rs.
const CASELOAD = [
  [1, Ex(40), NONE, '41 or more'],
  [2, Ex(30), In(40), '31-40'],
  [3, Ex(25), In(30), '26-30'],
  [4, Ex(20), In(25), '21-25'],
  [5, In(0), In(20), '20 or fewer'],
];
const EMPLOYMENT_TIME = [
  [1, In(0), Ex(60), 'less than 60%'],
  [2, In(60), Ex(75), '60 – 74%'],
  [3, In(75), Ex(90), '75 - 89%'],
  [4, In(90), Ex(96), '90 – 95%'],
  [5, In(96), In(100), '96%'],
];
const TEAM_CASELOAD = [
  // score 2's "less than 50%" branch is in the item 4 rules below (it shares score 2 with 3+ teams)
  [3, In(50), Ex(75), 'at least 50–74%'],
  [4, In(75), Ex(90), 'at least 75 – 89%'],
  [5, In(90), In(100), 'at least 90 – 100%'],
];
const RAPID_SEARCH = [
  [1, Ex(270), NONE, '271 days or more (>9months)'],
  [2, Ex(150), In(270), '151 and 270 days (5-9 months)'],
  [3, Ex(60), In(150), 'between 61 and 150 days (2-5 months)'],
  [4, Ex(30), In(60), 'between 31 and 60 days (1-2 months)'],
  [5, In(0), In(30), 'within 30 days (one month)'],
];
const INDIVIDUALISED_SEARCH = [
  [1, In(0), Ex(25), 'Less than 25%'],
  [2, In(25), Ex(50), '25-49%'],
  [3, In(50), Ex(75), '50-74%'],
  [4, In(75), Ex(90), '75-89%'],
  [5, In(90), In(100), '90-100%'],
];
const EMPLOYER_CONTACT = [
  [1, In(0), Ex(2), 'less than 2'],
  [2, In(2), In(3), '2'],
  [3, Ex(3), In(4.5), '4'],
  [4, Ex(4.5), In(5.5), '5'],
  [5, Ex(5.5), NONE, '6 or more'],
];
const DIVERSITY = [
  [1, In(0), Ex(50), 'less than 50%'],
  [2, In(50), Ex(60), '50-59%'],
  [3, In(60), Ex(70), '60-69%'],
  [4, In(70), Ex(85), '70-84%'],
  [5, In(85), In(100), '85-100%'],
];
const COMPETITIVE_JOBS = [
  [1, In(0), Ex(65), 'less than 64%'],
  [2, In(65), Ex(75), 'about 65-74%'],
  [3, In(75), Ex(85), 'about 75-84%'],
  [4, In(85), Ex(95), 'about 85-94%'],
  [5, In(95), In(100), '95% or more'],
];
const COMMUNITY = [
  [1, In(0), In(30), '30% time or less'],
  [2, Ex(30), Ex(40), '30-39%'],
  [3, In(40), Ex(50), '40-49%'],
  [4, In(50), Ex(65), '50-64 %'],
  [5, In(65), In(100), '65% or more'],
];

// Checklist score tables, indexed by the count present (mod.rs FIVE_COMPONENT_SCORES etc.).
const FIVE_COMPONENT_SCORES = [1, 1, 2, 3, 4, 5]; // items 5, 8, 10, 11
const FOUR_COMPONENT_SCORES = [1, 2, 3, 4, 5]; // item 13
const SIX_STRATEGY_SCORES = [1, 1, 1, 2, 3, 4, 5]; // item 25

const scoreEvent = (item, score) => ({ type: 'score', params: { item, score } });
const rule = (item, score, name, conditions) => ({ name: `item ${item} → ${score}: ${name}`, conditions, event: scoreEvent(item, score) });

/** One rule per interval of a measured item. */
const measured = (item, fact, table) =>
  table.map(([score, lower, upper, printed]) => rule(item, score, `${fact} ${printed}`, { all: within(fact, lower, upper) }));

/** One rule per score of a checklist item: the counts that give that score. */
function checklist(item, fact, scores) {
  const byScore = new Map();
  scores.forEach((score, count) => byScore.set(score, [...(byScore.get(score) ?? []), count]));
  return [...byScore].map(([score, counts]) =>
    rule(item, score, `${fact} ${counts.join(' or ')}`, { all: [{ fact, operator: 'in', value: counts }] }),
  );
}

/** Rated items: the score is the rating. */
const rated = (item, fact) =>
  [1, 2, 3, 4, 5].map((score) => rule(item, score, `rated ${score}`, { all: [{ fact, operator: 'equal', value: score }] }));

const eq = (fact, value) => ({ fact, operator: 'equal', value });
const lt = (fact, value) => ({ fact, operator: 'lessThan', value });
const ge = (fact, value) => ({ fact, operator: 'greaterThanInclusive', value });

// Item 6 frequency codes (generate.py): 0 never, 1 less than quarterly, 2 quarterly, 3 monthly, 4 weekly.
const QUARTERLY = 2;
const MONTHLY = 3;
const WEEKLY = 4;

// Item 17 tracking codes (generate.py): 0 not given, 1 no_process, 2 less_than_monthly, 3 monthly, 4 weekly.
const TRACKING = { NO_PROCESS: 1, LESS_THAN_MONTHLY: 2, MONTHLY: 3 };

export const RULES = [
  ...measured(1, 'caseload', CASELOAD),
  ...measured(2, 'employment_time', EMPLOYMENT_TIME),
  // Item 3: phases 1–4 → 3, 5 → 4, all 6 → 5.
  rule(3, 3, '1 to 4 phases', { all: [ge('phases', 1), lt('phases', 5)] }),
  rule(3, 4, '5 of 6 phases', { all: [eq('phases', 5)] }),
  rule(3, 5, 'all 6 phases', { all: [eq('phases', 6)] }),
  // Item 4: three or more teams → 2; one or two teams → caseload % intervals (under 50% → 2).
  rule(4, 2, '3+ teams, or 1–2 teams with less than 50% of caseload', {
    any: [ge('teams', 3), { all: [ge('teams', 1), lt('teams', 3), ...within('team_caseload', In(0), Ex(50))] }],
  }),
  ...TEAM_CASELOAD.map(([score, lower, upper, printed]) =>
    rule(4, score, `1–2 teams, team_caseload ${printed}`, {
      all: [ge('teams', 1), lt('teams', 3), ...within('team_caseload', lower, upper)],
    }),
  ),
  ...checklist(5, 'team_contact', FIVE_COMPONENT_SCORES),
  // Item 6: 5 needs meetings at least monthly and weekly contacts; 4 meetings at least quarterly
  // or weekly contacts; 3 monthly contacts; 2 at least quarterly contacts; 1 otherwise.
  rule(6, 5, 'meetings ≥ monthly and contacts weekly', { all: [ge('meetings', MONTHLY), ge('client_contacts', WEEKLY)] }),
  rule(6, 4, 'meetings ≥ quarterly or contacts weekly (not 5)', {
    any: [
      { all: [ge('client_contacts', WEEKLY), lt('meetings', MONTHLY)] },
      { all: [lt('client_contacts', WEEKLY), ge('meetings', QUARTERLY)] },
    ],
  }),
  rule(6, 3, 'contacts monthly', { all: [eq('client_contacts', MONTHLY), lt('meetings', QUARTERLY)] }),
  rule(6, 2, 'contacts quarterly', { all: [eq('client_contacts', QUARTERLY), lt('meetings', QUARTERLY)] }),
  rule(6, 1, 'contacts less than quarterly or never', { all: [lt('client_contacts', QUARTERLY), lt('meetings', QUARTERLY)] }),
  ...rated(7, 'r7'),
  ...checklist(8, 'supervisor', FIVE_COMPONENT_SCORES),
  ...rated(9, 'r9'),
  ...checklist(10, 'focus', FIVE_COMPONENT_SCORES),
  ...checklist(11, 'executive', FIVE_COMPONENT_SCORES),
  ...rated(12, 'r12'),
  ...checklist(13, 'disclosure', FOUR_COMPONENT_SCORES),
  ...rated(14, 'r14'),
  ...measured(15, 'days', RAPID_SEARCH),
  ...measured(16, 'individualised', INDIVIDUALISED_SEARCH),
  // Item 17: closest scale point, then the tracking-review cap.
  ...measured(17, 'contacts', EMPLOYER_CONTACT),
  {
    name: 'item 17 cap 2: no tracking process, or form reviewed less than monthly',
    conditions: { all: [{ fact: 'tracking', operator: 'in', value: [TRACKING.NO_PROCESS, TRACKING.LESS_THAN_MONTHLY] }] },
    event: { type: 'cap', params: { item: 17, limit: 2, reason: 'tracking not reviewed at least monthly' } },
  },
  {
    name: 'item 17 cap 3: tracking form reviewed monthly, not weekly',
    conditions: { all: [eq('tracking', TRACKING.MONTHLY)] },
    event: { type: 'cap', params: { item: 17, limit: 3, reason: 'tracking form reviewed monthly, not weekly' } },
  },
  ...rated(18, 'r18'),
  ...measured(19, 'job_types', DIVERSITY),
  ...measured(20, 'employers', DIVERSITY),
  // Item 21: permanent % intervals, then fewer than 10 current jobs caps at 1.
  ...measured(21, 'permanent', COMPETITIVE_JOBS),
  {
    name: 'item 21 cap 1: fewer than 10 current jobs',
    conditions: { all: [lt('current_jobs', 10)] },
    event: { type: 'cap', params: { item: 21, limit: 1, reason: 'fewer than 10 current jobs' } },
  },
  ...rated(22, 'r22'),
  ...rated(23, 'r23'),
  ...measured(24, 'community', COMMUNITY),
  ...checklist(25, 'outreach', SIX_STRATEGY_SCORES),
];

/** A new engine with every rule added (build it once, then `run` it per review). */
export function buildEngine() {
  const engine = new Engine([], { allowUndefinedFacts: false });
  for (const r of RULES) engine.addRule(r);
  return engine;
}

/**
 * The 25 scores from an `engine.run` result: each item's score event, then its caps (minimum).
 * Throws unless exactly one score rule fired for every item.
 */
export function scoresFrom({ events }) {
  const scores = new Array(25).fill(0);
  const caps = [];
  for (const { type, params } of events) {
    if (type === 'score') {
      if (scores[params.item - 1] !== 0) throw new Error(`item ${params.item}: more than one score rule fired`);
      scores[params.item - 1] = params.score;
    } else {
      caps.push(params);
    }
  }
  for (const { item, limit } of caps) scores[item - 1] = Math.min(scores[item - 1], limit);
  const missing = scores.findIndex((s) => s === 0);
  if (missing >= 0) throw new Error(`item ${missing + 1}: no score rule fired`);
  return scores;
}

/** Scores one review (`input` of reviews.json) with `engine`. */
export async function scoreWith(engine, input) {
  return scoresFrom(await engine.run(input));
}
