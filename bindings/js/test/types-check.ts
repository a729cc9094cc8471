// Compiled by `tsc --noEmit`: the declarations describe the responses as the tests see them.
import { evaluate, isError, scoreReview, describeScale } from '../index.js';
import type { ReviewResponse, KpisResponse } from '../index.js';

const answer = evaluate({ operation: 'review', scale: 'ips-25-uk', evidence: { 1: { value: 22.5 } } });
if (isError(answer)) {
  const code: string = answer.error.code;
  const field: string | undefined = answer.error.field;
  void code;
  void field;
} else {
  const review = answer as ReviewResponse;
  const total: number = review.total;
  const band: string | null = review.band;
  void total;
  void band;
}
const report = scoreReview({ 7: { rating: 5 } });
if (!isError(report)) {
  const first: number | undefined = report.items[0]?.score;
  void first;
}
const scale = describeScale();
if (!isError(scale)) {
  const forms: string[] = scale.items[0].forms;
  void forms;
}
const kpis = evaluate('{"operation":"kpis"}') as KpisResponse;
void kpis.kpis.map((k) => k.status);
