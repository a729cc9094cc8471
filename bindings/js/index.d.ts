// Declarations of the sefidelity package. The request and response types are generated from
// the core's Rust types (types.d.ts), so each operation's request is checked here as it is
// written: `evaluate` is overloaded per operation.
import type {
  CompareRequest,
  CompareResponse,
  ContractRequest,
  ContractResponse,
  DescribeScaleRequest,
  DescribeScaleResponse,
  ErrorDocument,
  EvidenceDoc,
  EvidenceFromRecordsRequest,
  EvidenceFromRecordsResponse,
  FactsDoc,
  FrameworksRequest,
  FrameworksResponse,
  HistoryRequest,
  HistoryResponse,
  KpisRequest,
  KpisResponse,
  OptionsDoc,
  ProducedBy,
  RecommendationResponse,
  RecommendModelRequest,
  Response,
  ReviewRequest,
  ReviewResponse,
  ScaleRef,
  ScheduleRequest,
  ScheduleResponse,
  SwemwbsRequest,
  SwemwbsResponse,
  ValidateScaleRequest,
  ValidateScaleResponse,
} from './types.js';

export type * from './types.js';

/** One operation's request document: its `operation`, an optional `version` (1), its fields. */
export type Operation<Name extends string, Fields> = { operation: Name; version?: 1 } & Fields;

/**
 * An operation's response as the library writes it: its fields, and `produced_by` (the library,
 * its version and, where the operation used a scale, the scale's id, title and source).
 */
export type Answered<R> = R & { produced_by: ProducedBy };

/** Any answer: a response, or the tagged error document `{ error: { code, message, field? } }`. */
export type Answer = Answered<Response> | ErrorDocument;

/** The scale a review is scored on: a built-in id, an inline definition, or a modification. */
export type ScaleChoice = ScaleRef;

/** Evidence for one item, as the document API takes it (see `describeScale(...).items[n].forms`). */
export type ItemEvidence = EvidenceDoc;

/** Scores a review. Never throws for bad input: a fault is an error document. */
export function evaluate(request: Operation<'review', ReviewRequest>): Answered<ReviewResponse> | ErrorDocument;
/** Compares two reviews of one service. */
export function evaluate(request: Operation<'compare', CompareRequest>): Answered<CompareResponse> | ErrorDocument;
/** A service's reviews over time: series, changes, persistent gaps, falls, next reviews due. */
export function evaluate(request: Operation<'history', HistoryRequest>): Answered<HistoryResponse> | ErrorDocument;
/** Fidelity evidence derived from a service's case records, every record accounted for. */
export function evaluate(
  request: Operation<'evidence_from_records', EvidenceFromRecordsRequest>,
): Answered<EvidenceFromRecordsResponse> | ErrorDocument;
/** Judges contract KPIs against a benchmark set. */
export function evaluate(request: Operation<'kpis', KpisRequest>): Answered<KpisResponse> | ErrorDocument;
/** The external and internal review schedule. */
export function evaluate(request: Operation<'schedule', ScheduleRequest>): Answered<ScheduleResponse> | ErrorDocument;
/** IPS or SEQF for a cohort, with reasons. */
export function evaluate(
  request: Operation<'recommend_model', RecommendModelRequest>,
): Answered<RecommendationResponse> | ErrorDocument;
/** Findings on a draft contract. */
export function evaluate(request: Operation<'check_contract', ContractRequest>): Answered<ContractResponse> | ErrorDocument;
/** SWEMWBS scores and changes. */
export function evaluate(request: Operation<'swemwbs', SwemwbsRequest>): Answered<SwemwbsResponse> | ErrorDocument;
/** The qualitative frameworks, or a review against one. */
export function evaluate(request: Operation<'frameworks', FrameworksRequest>): Answered<FrameworksResponse> | ErrorDocument;
/** A scale definition or modification, validated. */
export function evaluate(
  request: Operation<'validate_scale', ValidateScaleRequest>,
): Answered<ValidateScaleResponse> | ErrorDocument;
/** What a form needs to collect a review on a scale. */
export function evaluate(
  request: Operation<'describe_scale', DescribeScaleRequest>,
): Answered<DescribeScaleResponse> | ErrorDocument;
/** A request as JSON text: any operation. */
export function evaluate(request: string): Answer;

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
    options?: OptionsDoc;
    facts?: FactsDoc;
  },
): Answered<ReviewResponse> | ErrorDocument;

/** What a form needs to collect a review on `scale`. */
export function describeScale(scale?: ScaleChoice): Answered<DescribeScaleResponse> | ErrorDocument;

/** The operations this module answers: every operation of the document API. */
export function operations(): string[];

/** The library version, `MAJOR.MINOR.PATCH`. */
export function version(): string;

/** The module's linear memory in bytes (for leak checks). */
export function memoryBytes(): number;
