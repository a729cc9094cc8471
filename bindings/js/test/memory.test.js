// 100 000 calls with mixed good and bad input: nothing traps, every answer is JSON, and the
// module's memory stops growing once warm (no leak per call).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateBytes, evaluateJson, memoryBytes } from '../index.js';

const inputs = [
  '{"operation":"review","scale":"ips-25-uk","evidence":{"1":{"value":22.5},"5":{"count":4},"7":{"rating":5}}}',
  '{"operation":"review","scale":"ips-25-uk","evidence":{"7":{"rating":6}}}',
  '{"operation":"swemwbs","responses":[5,4,3,4,4,3,4]}',
  '{"operation":"kpis","model":"ips","benchmarks":"commissioning_guide_2024","counts":{"referrals":200,"starts":150,"job_entries":60,"sustained":40}}',
  'not json at all',
  '',
  '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
  '{"operation":"describe_scale","scale":"ips-25-uk"}',
];
const bytes = [new Uint8Array([0xff, 0xfe, 0x00]), new Uint8Array(0)];

test('100 000 mixed calls: no trap, no leak', () => {
  let calls = 0;
  const run = (n) => {
    for (let i = 0; i < n; i++) {
      const answer = i % 10 === 9 ? evaluateBytes(bytes[i % 2]) : evaluateJson(inputs[i % inputs.length]);
      JSON.parse(answer);
      calls++;
    }
  };
  run(10000);
  const warm = memoryBytes();
  run(90000);
  const after = memoryBytes();
  assert.equal(calls, 100000);
  assert.equal(after, warm, `memory grew from ${warm} to ${after} bytes`);
  console.log(`memory: ${after} bytes after ${calls} calls (unchanged since call 10 000)`);
});

// WebAssembly memory never shrinks, and the module's allocator (Rust's default) reuses what
// each call freed: a large request raises the memory once, and the same memory then serves
// every later call, large or small.
test('a large request, then 20 000 mixed calls: memory stays where the large one left it', () => {
  const records = [];
  for (let i = 0; i < 1500; i++) {
    records.push({ id: `c${i}`, referral: '2025-01-01', start: '2025-01-05',
      jobs: [{ start: '2025-01-10', end: '2025-03-31' }, { start: '2025-04-01' }] });
  }
  const large = JSON.stringify({ operation: 'kpis', model: 'ips', benchmarks: 'commissioning_guide_2024',
    as_of: '2025-06-01', records });
  const answer = JSON.parse(evaluateJson(large));
  assert.equal(answer.error, undefined, JSON.stringify(answer.error));
  assert.equal(answer.kpis.find((k) => k.kpi === 'access').numerator, 1500);
  const peak = memoryBytes();
  for (let i = 0; i < 20000; i++) {
    JSON.parse(i % 100 === 0 ? evaluateJson(large) : evaluateJson(inputs[i % inputs.length]));
  }
  assert.equal(memoryBytes(), peak, 'memory grew after the large request');
  console.log(`memory: ${peak} bytes after a ${large.length}-byte request and 20 000 more calls`);
});

// Values that are not a string or bytes never reach the module's glue (which allocates an
// argument before copying it in, and would leave the block behind if the copy threw): the
// package writes them as JSON first, and the memory stays flat.
test('arguments of other types are answered, not thrown, and leave no block behind', () => {
  evaluateJson(inputs[0]);
  const before = memoryBytes();
  const odd = [['a', 'b'], 123, null, undefined, { operation: 'review' }, Symbol('s'), () => 1];
  for (let i = 0; i < 20000; i++) {
    const value = odd[i % odd.length];
    const answer = JSON.parse(i % 2 ? evaluateJson(value) : evaluateBytes(value));
    assert.ok(answer.error, `an error document for ${String(value)}`);
    JSON.parse(evaluateJson(inputs[i % inputs.length]));
  }
  assert.equal(JSON.parse(evaluateJson(['a', 'b'])).error.code, 'wrong_type');
  assert.equal(JSON.parse(evaluateBytes([1, Symbol('s')])).error.code, 'wrong_type');
  assert.equal(JSON.parse(evaluateBytes(new Uint16Array([0x7b7b]))).error.code, 'malformed_json');
  assert.equal(memoryBytes(), before, 'memory grew');
});
