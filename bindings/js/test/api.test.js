// The JavaScript API: request objects and strings, tagged failures with stable codes,
// convenience functions, and metadata for forms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeScale, evaluate, isError, scoreReview, version } from '../index.js';

test('a request object and its JSON string get the same response', () => {
  const request = { operation: 'review', scale: 'ips-25-uk', evidence: { 1: { value: 22.5 }, 7: { rating: 5 } } };
  assert.deepEqual(evaluate(request), evaluate(JSON.stringify(request)));
  assert.equal(evaluate(request).total, 9);
});

test('failures are tagged error documents with stable codes', () => {
  const code = (request) => {
    const response = evaluate(request);
    assert.ok(isError(response), JSON.stringify(response));
    assert.equal(typeof response.error.message, 'string');
    return response.error.code;
  };
  assert.equal(code('{"operation":'), 'malformed_json');
  assert.equal(code(''), 'malformed_json');
  assert.equal(code({ operation: 'review', scale: 'ips-25-uk', evidence: { 7: { rating: 'five' } } }), 'wrong_type');
  assert.equal(code({ operation: 'review', scale: 'ips-25-uk', evidence: { 7: { rating: 6 } } }), 'rating_out_of_range');
  assert.equal(code({ operation: 'review', scale: 'ips-25-uk', evidence: { 16: { value: 101 } } }), 'percent_over_100');
  assert.equal(code({ operation: 'review', scale: 'ips-25-uk', evidence: { 1: { value: -1 } } }), 'negative_value');
  assert.equal(code({ operation: 'fly' }), 'unknown_operation');
  assert.equal(code({ operation: 'review', scale: 'ips-25-uk', evidence: { 1: { value: NaN } } }), 'wrong_type');
  assert.equal(evaluate({ operation: 'review', scale: 'ips-25-uk', evidence: { 7: { rating: 6 } } }).error.field, 'evidence.7.rating');
});

test('scoreReview and describeScale', () => {
  const evidence = {};
  for (let n = 1; n <= 25; n++) evidence[n] = { rating: 5 };
  const report = scoreReview(evidence);
  assert.equal(report.total, 125);
  assert.equal(report.band, 'exemplary');
  assert.equal(report.action_plan.length, 0);
  const scale = describeScale();
  assert.equal(scale.items.length, 25);
  assert.deepEqual(scale.items[0].forms, ['rating', 'value', 'insufficient_data']);
  assert.equal(scale.items[4].components.length, 5);
  assert.equal(scale.items[0].anchors.length, 5);
  assert.match(version(), /^\d+\.\d+\.\d+$/);
  const trial = scoreReview({ 1: { rating: 4 } }, { scale: 'ips-25-uk-modified-trial', facts: { caseload: 36 } });
  assert.equal(trial.modification.checks.find((c) => c.parameter === 'caseload_max').status, 'flagged');
});
