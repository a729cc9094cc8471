// json-rules-engine against the sefidelity WebAssembly module, in one Node run, on the 200
// reviews of benches/inputs/reviews.json. Run: node bench.js [seconds per measurement, default 2]
//
// (a) json-rules-engine: `await engine.run(input)` per review (engine built once) and the 25
//     scores read from its events (scoresFrom: score events, then caps).
// (b) sefidelity `evaluateJson(request JSON text)` alone, the response left as text: the
//     figure set against native `document::evaluate` on the same requests (benches/zen).
// (c) sefidelity document path: `evaluateJson(request JSON text)` + `JSON.parse` of the response.
// (d) sefidelity `evaluate(request object)` (JSON.stringify + evaluateJson + JSON.parse).
// Each: warm-up, then whole passes over the 200 reviews until at least the measurement time;
// the three are measured in turn, for several rounds, and each row shows its best round (the
// machine's other load only ever adds time).
import os from 'node:os';
import { evaluate, evaluateJson } from '../index.js';
import { buildEngine, scoresFrom } from './rules.js';
import { CASES, responseScores } from './cases.js';

const SECONDS = Number(process.argv[2] ?? 2);
const ROUNDS = Number(process.argv[3] ?? 3);
const WARMUP_SECONDS = 0.5;
const engine = buildEngine();

// One pass over all cases; returns the sum of the scores (a checksum and a sink).
const variants = [
  {
    name: 'json-rules-engine engine.run(facts)',
    pass: async () => {
      let sum = 0;
      for (const c of CASES) sum += scoresFrom(await engine.run(c.input))[20];
      return sum;
    },
  },
  {
    name: 'sefidelity evaluateJson(text), response text only',
    pass: () => {
      let sum = 0;
      for (const c of CASES) sum += evaluateJson(c.requestJson).length;
      return sum;
    },
  },
  {
    name: 'sefidelity evaluateJson(text) + JSON.parse',
    pass: () => {
      let sum = 0;
      for (const c of CASES) sum += JSON.parse(evaluateJson(c.requestJson)).total;
      return sum;
    },
  },
  {
    name: 'sefidelity evaluate(object)',
    pass: () => {
      let sum = 0;
      for (const c of CASES) sum += evaluate(c.request).total;
      return sum;
    },
  },
];

async function measure(pass, seconds) {
  const limit = BigInt(Math.round(seconds * 1e9));
  let passes = 0;
  let sink = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  do {
    sink += await pass();
    passes += 1;
    elapsed = process.hrtime.bigint() - start;
  } while (elapsed < limit);
  return { nsPerReview: Number(elapsed) / (passes * CASES.length), reviews: passes * CASES.length, sink };
}

// Both sides give the reference before anything is timed.
for (const c of CASES) {
  const a = scoresFrom(await engine.run(c.input));
  const b = responseScores(JSON.parse(evaluateJson(c.requestJson)));
  if (a.join() !== c.scores.join() || b.join() !== c.scores.join()) throw new Error('scores differ from the reference');
}

console.log(`node ${process.version} on ${os.cpus()[0].model} (${process.platform}-${process.arch})`);
console.log(
  `${CASES.length} reviews; per row ${WARMUP_SECONDS} s warm-up, then >= ${SECONDS} s measured, ${ROUNDS} rounds, best round shown\n`,
);
for (const v of variants) await measure(v.pass, WARMUP_SECONDS);
const rows = variants.map((v) => ({ ...v, nsPerReview: Infinity, rounds: [] }));
for (let round = 0; round < ROUNDS; round += 1) {
  for (const row of rows) {
    const r = await measure(row.pass, SECONDS);
    row.rounds.push(r.nsPerReview);
    if (r.nsPerReview < row.nsPerReview) Object.assign(row, r);
  }
}

const width = Math.max(...rows.map((r) => r.name.length));
console.log(`${'variant'.padEnd(width)}  ${'ns/review'.padStart(10)}  ${'reviews/s'.padStart(10)}  all rounds (ns/review)`);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(width)}  ${r.nsPerReview.toFixed(0).padStart(10)}  ${(1e9 / r.nsPerReview).toFixed(0).padStart(10)}  ${r.rounds.map((x) => x.toFixed(0)).join(' ')}`,
  );
}
const ratio = rows[0].nsPerReview / rows[2].nsPerReview;
console.log(`\njson-rules-engine / sefidelity document path (evaluateJson + parse): ${ratio.toFixed(1)}x (target >= 10x: ${ratio >= 10 ? 'met' : 'NOT met'})`);
console.log(`json-rules-engine / sefidelity evaluateJson alone: ${(rows[0].nsPerReview / rows[1].nsPerReview).toFixed(1)}x`);
console.log(`json-rules-engine / sefidelity evaluate(object): ${(rows[0].nsPerReview / rows[3].nsPerReview).toFixed(1)}x`);
