// A year of a large service's records through the module, as through the Rust crate and the C
// library: 5 000 clients (one specialist for each 20), 50 000 employer contacts and 5 000 jobs,
// several MB of JSON, past the 256 KiB limit of the other operations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateJson } from '../index.js';

const pad = (n) => String(n).padStart(2, '0');

function yearOfRecords() {
  const specialists = [];
  for (let s = 0; s < 250; s++) specialists.push({ id: `s${s}`, fte: 1, teams: [`t${s % 7}`] });
  const clients = [];
  for (let c = 0; c < 5000; c++) {
    clients.push({ id: `c${c}`, specialist: `s${Math.floor(c / 20)}`, team: `t${c % 9}`,
      entry: `2025-${pad(1 + (c % 12))}-${pad(1 + (c % 28))}` });
  }
  const contacts = [];
  for (let k = 0; k < 50000; k++) {
    contacts.push({ id: `k${k}`, specialist: `s${Math.floor(k / 200)}`, client: `c${Math.floor(k / 10)}`,
      date: `2025-${pad(1 + (k % 12))}-${pad(1 + (k % 28))}`, face_to_face: k % 4 !== 0, client_preferences: k % 5 !== 0 });
  }
  const jobs = [];
  for (let c = 0; c < 5000; c++) {
    jobs.push({ id: `j${c}`, client: `c${c}`, employer: `e${c % 97}`, job_type: `type${c % 13}`,
      start: `2025-${pad(1 + (c % 12))}-${pad(1 + (c % 28))}`, permanent: c % 10 !== 0, competitive: true,
      hours_per_week: 16 });
  }
  return JSON.stringify({ operation: 'evidence_from_records', period: { from: '2025-01-01', to: '2025-12-31' },
    specialists, clients, contacts, jobs });
}

test("a year of a large service's records: evidence, every record accounted for", () => {
  const request = yearOfRecords();
  const bytes = Buffer.byteLength(request);
  assert.ok(bytes > 256 * 1024 && bytes < 32 * 1024 * 1024, `a request of ${bytes} bytes`);
  const answer = JSON.parse(evaluateJson(request));
  assert.equal(answer.error, undefined, JSON.stringify(answer.error));
  // Item 1: every client entered in 2025 and is active on 31 December; 250 full-time specialists.
  assert.deepEqual(answer.evidence['1'], { value: 20 });
  const caseload = answer.items.find((item) => item.item === 1);
  assert.equal(caseload.numerator, 5000);
  assert.equal(caseload.denominator, 250);
  // Item 16: every contact falls in the year; a fifth are not based on the client's preferences.
  const preferences = answer.items.find((item) => item.item === 16);
  assert.equal(preferences.counted.length + preferences.left_out.length, 50000);
  assert.equal(preferences.figure, 80);
  // Item 21: the jobs held on 31 December, nine in ten of them permanent.
  const jobs = answer.items.find((item) => item.item === 21);
  assert.equal(jobs.counted.length + jobs.left_out.length, 5000);
  assert.equal(jobs.figure, 90);
  console.log(`records: a ${bytes}-byte year of 5 000 clients' records answered`);
});
