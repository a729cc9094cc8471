// The shared inputs: benches/inputs/reviews.json (200 full IPS-25 reviews with reference scores).
import { readFileSync } from 'node:fs';

const url = new URL('../../../benches/inputs/reviews.json', import.meta.url);

/** Each case: `input` (plain numbers, the json-rules-engine facts), `request` (the sefidelity
 * review request object), `requestJson` (its JSON text) and `scores` (the reference). */
export const CASES = JSON.parse(readFileSync(url, 'utf8')).cases.map((c) => {
  const request = { operation: 'review', scale: 'ips-25-uk', evidence: c.evidence };
  return { input: c.input, request, requestJson: JSON.stringify(request), scores: c.scores };
});

/** The 25 scores of a sefidelity review response, by item number. */
export function responseScores(response) {
  const scores = new Array(25).fill(0);
  for (const item of response.items) scores[item.number - 1] = item.score;
  return scores;
}
