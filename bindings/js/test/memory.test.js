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
