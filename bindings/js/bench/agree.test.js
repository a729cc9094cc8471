// json-rules-engine and sefidelity give the reference scores of all 200 cases of
// benches/inputs/reviews.json. Run: node --test agree.test.js
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, evaluateJson, isError } from '../index.js';
import { buildEngine, scoreWith, RULES } from './rules.js';
import { CASES, responseScores } from './cases.js';

test('the inputs are 200 full reviews', () => {
  assert.equal(CASES.length, 200);
  for (const c of CASES) assert.equal(c.scores.length, 25);
});

test('json-rules-engine rules give the reference scores', async () => {
  const engine = buildEngine();
  for (const [i, c] of CASES.entries()) {
    assert.deepEqual(await scoreWith(engine, c.input), c.scores, `case ${i}`);
  }
});

test('every rule fires on at least one case (no dead rule)', async () => {
  const engine = buildEngine();
  const fired = new Set();
  for (const c of CASES) {
    const { results } = await engine.run(c.input);
    for (const r of results) fired.add(r.name);
  }
  const dead = RULES.map((r) => r.name).filter((n) => !fired.has(n));
  // `results` holds the rules that fired; every rule fires on some case of the 200.
  assert.deepEqual(dead, []);
});

test('sefidelity evaluateJson gives the reference scores', () => {
  for (const [i, c] of CASES.entries()) {
    const response = JSON.parse(evaluateJson(c.requestJson));
    assert.ok(!isError(response), `case ${i}: ${JSON.stringify(response)}`);
    assert.deepEqual(responseScores(response), c.scores, `case ${i}`);
  }
});

test('sefidelity evaluate gives the reference scores', () => {
  for (const [i, c] of CASES.entries()) {
    assert.deepEqual(responseScores(evaluate(c.request)), c.scores, `case ${i}`);
  }
});
