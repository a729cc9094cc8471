// Replays every conformance vector through the module and compares the response with the
// Rust core's exact bytes (written by `cargo run -p sefidelity-tests --bin c_expectations DIR`;
// the folder is given as SEF_EXPECTED_DIR).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, evaluateBytes, evaluateJson, isError } from '../index.js';

const dir = process.env.SEF_EXPECTED_DIR;

test('every vector answers exactly as the Rust core', () => {
  assert.ok(dir, 'set SEF_EXPECTED_DIR to the c_expectations output');
  const names = readdirSync(dir).filter((f) => f.endsWith('.request.json')).map((f) => f.slice(0, -'.request.json'.length));
  assert.ok(names.length >= 40, `only ${names.length} vectors`);
  let same = 0;
  for (const name of names) {
    const request = readFileSync(join(dir, `${name}.request.json`));
    const expected = readFileSync(join(dir, `${name}.expected.json`), 'utf8');
    assert.equal(evaluateBytes(request), expected, name);
    const text = request.toString('utf8');
    if (Buffer.from(text, 'utf8').equals(request)) {
      assert.equal(evaluateJson(text), expected, `${name} (string)`);
      const response = evaluate(text);
      assert.equal(isError(response), expected.startsWith('{"error":'), `${name} (object)`);
    }
    same++;
  }
  console.log(`vectors: ${same} identical to the Rust core`);
});
