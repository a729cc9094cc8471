// Replays every conformance vector (tests/vectors/NAME.request.json) through the module and
// compares the response with the checked-in tests/vectors/NAME.response.json. Those files are
// pretty-printed with their keys sorted, and the module writes compact JSON in the response
// types' key order, so the two are compared as JSON values (key order and whitespace ignored,
// numbers by value), after a byte comparison.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, evaluateBytes, evaluateJson, isError, operations } from '../index.js';

const dir = process.env.SEF_VECTORS_DIR ?? fileURLToPath(new URL('../../../tests/vectors/', import.meta.url));

test('every vector answers as its checked-in response', () => {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.request.json'))
    .map((f) => f.slice(0, -'.request.json'.length));
  assert.ok(names.length >= 40, `only ${names.length} vectors in ${dir}`);
  let identical = 0;
  let asStrings = 0;
  // The module answers every operation the vectors use.
  const answered = operations();
  const answeredBy = new Set();
  for (const name of names) {
    const request = readFileSync(join(dir, `${name}.request.json`));
    const expectedText = readFileSync(join(dir, `${name}.response.json`), 'utf8');
    const expected = JSON.parse(expectedText);
    const operation = (() => {
      try {
        return JSON.parse(request.toString('utf8')).operation;
      } catch {
        return undefined;
      }
    })();
    if (!Object.hasOwn(expected, 'error')) answeredBy.add(operation);
    const actualText = evaluateBytes(request);
    if (actualText === expectedText) identical++;
    assert.deepEqual(JSON.parse(actualText), expected, name);
    // A request that is valid UTF-8 goes through the string and object paths as well.
    const text = request.toString('utf8');
    if (Buffer.from(text, 'utf8').equals(request)) {
      assert.deepEqual(JSON.parse(evaluateJson(text)), expected, `${name} (string)`);
      const response = evaluate(text);
      assert.deepEqual(response, expected, `${name} (object)`);
      assert.equal(isError(response), Object.hasOwn(expected, 'error'), `${name} (isError)`);
      asStrings++;
    }
  }
  assert.deepEqual(answered.filter((op) => !answeredBy.has(op)), [], 'operations no vector has answered');
  console.log(
    `vectors: ${names.length} replayed against tests/vectors (${identical} byte-identical, the rest equal as ` +
      `JSON values; ${asStrings} also as a string and as an object), every one of the ${answered.length} operations ` +
      `answered`,
  );
});
