// The package as its users install it: packs it with `npm pack`, checks the tarball holds
// exactly what it should, installs it into an empty project, imports it from Node and answers
// a review, and type-checks a small consumer against the installed types with `tsc`.
// Run from bindings/js after `make wasm`: node pack/check.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import assert from 'node:assert/strict';

const here = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'sefidelity-pack-'));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

try {
  // Pack, and list what the tarball holds.
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], here));
  const files = packed.files.map((f) => f.path).sort();
  const expected = [
    'README.md',
    'index.d.ts',
    'index.js',
    'package.json',
    'types.d.ts',
    'wasm/sefidelity_wasm.js',
    'wasm/sefidelity_wasm_bg.wasm',
  ];
  assert.deepEqual(files, expected, `the tarball holds ${files.join(', ')}`);
  const { version } = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
  assert.equal(packed.version, version);

  // An empty project installs the tarball, with nothing fetched: the package has no dependencies.
  const project = join(work, 'consumer');
  run('mkdir', ['-p', project], work);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--offline', join(work, packed.filename)], project);

  // Node imports it by name and answers a review.
  writeFileSync(
    join(project, 'review.mjs'),
    `import { evaluate, isError, version } from 'sefidelity';
const answer = evaluate({ operation: 'review', scale: 'ips-25-uk', evidence: { 1: { value: 22 }, 7: { rating: 4 } } });
if (isError(answer)) throw new Error(JSON.stringify(answer));
console.log(JSON.stringify({ version: version(), total: answer.total, scores: answer.items.map((i) => i.score) }));
`,
  );
  const out = JSON.parse(run('node', ['review.mjs'], project));
  assert.deepEqual(out, { version, total: 8, scores: [4, 4] });

  // A TypeScript consumer type-checks against the installed types.
  writeFileSync(
    join(project, 'consumer.ts'),
    `import { evaluate, isError, type ReviewResponse, type KpisRequest } from 'sefidelity';
const answer = evaluate({ operation: 'review', scale: 'ips-25-uk', evidence: { 7: { rating: 4 } } });
if (!isError(answer)) {
  const review: ReviewResponse = answer;
  const total: number = review.total;
  const assumed: number[] = review.assumed_conditions.map((a) => a.number);
  void total; void assumed;
}
const kpis: KpisRequest = { model: 'ips', benchmarks: 'commissioning_guide_2024', counts: { referrals: 10, starts: 7, job_entries: 3, sustained: 2 } };
void kpis;
// @ts-expect-error: a rating is a number
evaluate({ operation: 'review', scale: 'ips-25-uk', evidence: { 7: { rating: 'four' } } });
`,
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], skipLibCheck: false },
      files: ['consumer.ts'],
    }),
  );
  run(join(here, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], project);
  console.log(`pack: ${packed.filename}, ${files.length} files, ${packed.size} bytes packed; installed, imported, reviewed (total ${out.total}), type-checked`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
