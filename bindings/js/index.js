// sefidelity for JavaScript: the WebAssembly module of the Rust core, ready to use.
//
// Every function answers; none throws for bad input. A failure is the core's tagged error
// document `{ error: { code, message, field? } }` with a stable `code` — test it with
// `isError`. The same requests and responses as the C library and the Rust crate.
import * as wasm from './wasm/sefidelity_wasm.js';

const wasmUrl = new URL('./wasm/sefidelity_wasm_bg.wasm', import.meta.url);
const isNode = typeof process !== 'undefined' && process.versions != null && process.versions.node != null;
let exports_;
if (isNode) {
  const { readFile } = await import('node:fs/promises');
  exports_ = wasm.initSync({ module: await readFile(wasmUrl) });
} else {
  exports_ = await wasm.default({ module_or_path: wasmUrl });
}

// The request as JSON text: a string as it is, anything else written as JSON (a value JSON
// cannot write, such as `undefined`, as the empty text, which the core answers as malformed).
// Only a string or bytes ever reach the module's glue: the glue allocates an argument before
// copying it in, and a value it fails to copy (a throw) would leave that allocation behind.
function requestText(request) {
  const text = typeof request === 'string' ? request : JSON.stringify(request);
  return text === undefined ? '' : text;
}

/** Answers one request (a JSON string or a request object) with the response object. */
export function evaluate(request) {
  return JSON.parse(wasm.evaluateJson(requestText(request)));
}

/** Answers one JSON request with the response JSON text, exactly as the core writes it. A
 * value other than a string is written as JSON first, as `evaluate` does. */
export function evaluateJson(request) {
  return wasm.evaluateJson(requestText(request));
}

/** Like `evaluateJson`, from bytes (bytes that are not UTF-8 are malformed JSON). An
 * `ArrayBuffer` or any view of one is read as its bytes; anything else as `evaluateJson`
 * reads it. */
export function evaluateBytes(request) {
  if (request instanceof Uint8Array) return wasm.evaluateBytes(request);
  if (ArrayBuffer.isView(request)) {
    return wasm.evaluateBytes(new Uint8Array(request.buffer, request.byteOffset, request.byteLength));
  }
  if (request instanceof ArrayBuffer) return wasm.evaluateBytes(new Uint8Array(request));
  return evaluateJson(request);
}

/** Whether a response is an error document. */
export function isError(response) {
  return response !== null && typeof response === 'object' && Object.prototype.hasOwnProperty.call(response, 'error');
}

/** Scores a review on a scale (default: the UK IPS-25 scale) from evidence keyed by item number. */
export function scoreReview(evidence, { scale = 'ips-25-uk', options, facts } = {}) {
  const request = { operation: 'review', scale, evidence };
  if (options !== undefined) request.options = options;
  if (facts !== undefined) request.facts = facts;
  return evaluate(request);
}

/** What a form needs to collect a review on `scale`: sections, items, anchors, components, forms. */
export function describeScale(scale = 'ips-25-uk') {
  return evaluate({ operation: 'describe_scale', scale });
}

/** The operations this module answers, e.g. `['review', 'compare', ...]`: every operation of
 * the document API. */
export function operations() {
  return wasm.operations().split(', ');
}

/** The library version, `MAJOR.MINOR.PATCH`. */
export function version() {
  return wasm.version();
}

/** The module's linear memory in bytes (for leak checks). */
export function memoryBytes() {
  return exports_.memory.buffer.byteLength;
}
