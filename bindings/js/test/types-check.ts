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
// Each operation's request is typed: its response type follows from it.
const counted = evaluate({
  operation: 'kpis',
  model: 'ips',
  benchmarks: 'commissioning_guide_2024',
  counts: { referrals: 200, starts: 150, job_entries: 60, sustained: 40 },
});
if (!isError(counted)) {
  const horizon: number = counted.horizon_weeks;
  void horizon;
}
const wellbeing = evaluate({ operation: 'swemwbs', responses: [5, 4, 3, 4, 4, 3, 4] });
void wellbeing;
const typedReview = evaluate({
  operation: 'review',
  version: 1,
  scale: 'ips-25-uk',
  evidence: { 6: { client_contacts: 'weekly', scheduled_meetings: 'monthly' }, 7: { rating: 4 } },
  options: { insufficient_data: 'leave_unscored' },
});
if (!isError(typedReview)) {
  const complete: boolean = typedReview.complete;
  void complete;
}
// @ts-expect-error: an unknown frequency is refused by the types, as by the library.
evaluate({ operation: 'review', scale: 'ips-25-uk', evidence: { 6: { client_contacts: 'daily' } } });
// @ts-expect-error: a kpis request needs its model.
evaluate({ operation: 'kpis', benchmarks: 'commissioning_guide_2024' });
