// Declarations of the sefidelity package. The response and definition types are generated
// from the Rust types (types.d.ts); the request shapes are documented in the core's
// `document` module and in README.md.
import type {
  DescribeScaleResponse,
  ErrorDocument,
  Modification,
  Response,
  ReviewResponse,
  ScaleDefinition,
} from './types.js';

export type * from './types.js';

/** A request document: an object with an `operation`, or its JSON text. */
export type Request = { operation: string; version?: 1; [key: string]: unknown } | string;

/** Any answer: a response, or the tagged error document `{ error: { code, message, field? } }`. */
export type Answer = Response | ErrorDocument;

/** The scale a review is scored on: a built-in id, an inline definition, or a modification. */
export type ScaleChoice = string | { definition: ScaleDefinition } | { modification: Modification };

/** Evidence for one item, as the document API takes it (see `describeScale(...).items[n].forms`). */
export type ItemEvidence = { [form: string]: unknown };

/** Answers one request with the response object. Never throws for bad input. */
export function evaluate(request: Request): Answer;

/** Answers one JSON request with the response JSON text, exactly as the core writes it. */
export function evaluateJson(request: string): string;

/** Like `evaluateJson`, from bytes (bytes that are not UTF-8 are malformed JSON). */
export function evaluateBytes(request: Uint8Array): string;

/** Whether an answer is an error document. */
export function isError(answer: unknown): answer is ErrorDocument;

/** Scores a review (default scale `ips-25-uk`) from evidence keyed by item number. */
export function scoreReview(
  evidence: Record<string | number, ItemEvidence>,
  options?: {
    scale?: ScaleChoice;
    options?: { insufficient_data?: 'score_one' | 'leave_unscored' };
    facts?: { caseload?: number; in_work_support_months?: number };
  },
): ReviewResponse | ErrorDocument;

/** What a form needs to collect a review on `scale`. */
export function describeScale(scale?: ScaleChoice): DescribeScaleResponse | ErrorDocument;

/** The library version, `MAJOR.MINOR.PATCH`. */
export function version(): string;

/** The module's linear memory in bytes (for leak checks). */
export function memoryBytes(): number;
