// The self-assessment page: builds the inputs of each item from the scale's description (one
// column per rater), scores the review live through the sefidelity package — one rater's
// evidence, or two raters' and their consensus — draws its fidelity profile, saves or loads it
// as a v1 request, and reads a service's history from saved reviews.
import { describeScale, evaluate, isError, scoreReview } from '../index.js';
import { historyChart, profileChart, seriesChart } from './charts.js';

const SCALE = 'ips-25-uk';
const scale = describeScale(SCALE);
const itemsEl = document.getElementById('items');
const bySection = new Map(scale.sections.map((s) => [s.key, s.title]));
const RATERS = ['A', 'B'];

/** The id of an input of rater `rater`: rater A keeps the one-rater page's ids (`value-1`). */
const inputId = (rater, kind, ...rest) => [rater === 'A' ? null : rater.toLowerCase(), kind, ...rest].filter((p) => p !== null).join('-');

/** One rater's inputs for `item`, in a column of their own. */
function raterColumn(item, rater) {
  const col = document.createElement('div');
  col.className = 'rater';
  col.dataset.rater = rater;
  const name = document.createElement('span');
  name.className = 'rater-name';
  name.textContent = `Rater ${rater}`;
  col.append(name);
  const who = rater === 'A' ? '' : `Rater ${rater}: `;
  if (item.rule === 'measured') {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'number';
    input.step = 'any';
    input.id = inputId(rater, 'value', item.number);
    label.htmlFor = input.id;
    label.textContent = `${who}Value (${item.unit.id.replace(/_/g, ' ')}${item.unit.max !== null ? `, 0 to ${item.unit.max}` : ''})`;
    input.setAttribute('aria-describedby', `help-${item.number} result-${item.number}`);
    col.append(label, ' ', input, document.createTextNode(item.unit.suffix));
  } else if (item.rule === 'checklist') {
    item.components.forEach((c, i) => {
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.id = inputId(rater, 'present', item.number, i);
      box.value = c.key;
      const label = document.createElement('label');
      label.htmlFor = box.id;
      label.textContent = `${who}${c.description}`;
      const line = document.createElement('div');
      line.append(box, ' ', label);
      col.append(line);
    });
  } else {
    const label = document.createElement('label');
    const select = document.createElement('select');
    select.id = inputId(rater, 'rating', item.number);
    label.htmlFor = select.id;
    label.textContent = `${who}Anchor that fits best`;
    select.setAttribute('aria-describedby', `help-${item.number} result-${item.number}`);
    select.append(new Option('— no evidence yet —', ''));
    item.anchors.forEach((a, i) => select.append(new Option(`${i + 1}: ${a}`, String(i + 1))));
    col.append(label, ' ', select);
  }
  return col;
}

/** The consensus inputs of `item`, shown while its raters' scores differ. */
function consensusInputs(item) {
  const box = document.createElement('div');
  box.className = 'consensus';
  box.hidden = true;
  const note = document.createElement('p');
  note.id = `differ-${item.number}`;
  const rating = document.createElement('select');
  rating.id = `consensus-rating-${item.number}`;
  rating.append(new Option('— not agreed yet —', ''));
  item.anchors.forEach((a, i) => rating.append(new Option(`${i + 1}: ${a}`, String(i + 1))));
  const ratingLabel = document.createElement('label');
  ratingLabel.htmlFor = rating.id;
  ratingLabel.textContent = 'Consensus score';
  const reason = document.createElement('input');
  reason.type = 'text';
  reason.id = `consensus-reason-${item.number}`;
  const reasonLabel = document.createElement('label');
  reasonLabel.htmlFor = reason.id;
  reasonLabel.textContent = 'Reason for the consensus';
  rating.setAttribute('aria-describedby', note.id);
  box.append(note, ratingLabel, ' ', rating, document.createElement('br'), reasonLabel, ' ', reason);
  return box;
}

let lastSection = null;
for (const item of scale.items) {
  if (item.section !== lastSection) {
    const h = document.createElement('h2');
    h.textContent = bySection.get(item.section);
    itemsEl.append(h);
    lastSection = item.section;
  }
  const fs = document.createElement('fieldset');
  fs.id = `item-${item.number}`;
  fs.dataset.number = String(item.number);
  fs.dataset.kind = item.rule === 'measured' ? 'value' : item.rule === 'checklist' ? 'present' : 'rating';
  const legend = document.createElement('legend');
  legend.textContent = `${item.number}. ${item.title}`;
  const help = document.createElement('p');
  help.id = `help-${item.number}`;
  help.textContent = item.description;
  const raters = document.createElement('div');
  raters.className = 'raters';
  raters.append(...RATERS.map((r) => raterColumn(item, r)));
  const result = document.createElement('p');
  result.id = `result-${item.number}`;
  result.className = 'result';
  result.setAttribute('aria-live', 'polite');
  fs.append(legend, help, raters, consensusInputs(item), result);
  itemsEl.append(fs);
}

const twoRaters = () => document.getElementById('mode-two').checked;
const column = (fs, rater) => fs.querySelector(`.rater[data-rater="${rater}"]`);

/** The evidence rater `rater`'s column holds, item by item, as the document API takes it. */
function evidence(rater = 'A') {
  const out = {};
  for (const fs of itemsEl.querySelectorAll('fieldset')) {
    const n = fs.dataset.number;
    const col = column(fs, rater);
    if (fs.dataset.kind === 'value') {
      const input = col.querySelector('input');
      if (input.value.trim() !== '') out[n] = { value: Number(input.value) };
    } else if (fs.dataset.kind === 'present') {
      const keys = [...col.querySelectorAll('input:checked')].map((b) => b.value);
      if (col.dataset.touched === 'true' || keys.length > 0) out[n] = { present: keys };
    } else {
      const v = col.querySelector('select').value;
      if (v !== '') out[n] = { rating: Number(v) };
    }
  }
  return out;
}

/** The consensus entries filled in for the items in `differing`. */
function consensus(differing) {
  const out = {};
  for (const n of differing) {
    const rating = document.getElementById(`consensus-rating-${n}`).value;
    const reason = document.getElementById(`consensus-reason-${n}`).value;
    if (rating !== '' || reason.trim() !== '') out[n] = { rating: Number(rating || 0), reason };
  }
  return out;
}

/** The review as a v1 request: one rater's evidence, or both raters' with their consensus. */
function request(differing = []) {
  const base = { operation: 'review', version: 1, scale: SCALE };
  if (!twoRaters()) return { ...base, evidence: evidence('A') };
  // Only the entries agreed in full: a score and a reason.
  const entries = Object.fromEntries(Object.entries(consensus(differing)).filter(([, e]) => e.rating > 0 && e.reason.trim() !== ''));
  return { ...base, raters: { A: evidence('A'), B: evidence('B') }, ...(Object.keys(entries).length ? { consensus: entries } : {}) };
}

function showAt(n, message) {
  const el = document.getElementById(`result-${n}`);
  if (!el) return false;
  el.textContent = message;
  el.classList.add('error');
  return true;
}

/** Each rater's evidence item by item, so that one item's invalid input is shown at that item;
 * the items that score. */
function validEvidence(rater) {
  const valid = {};
  for (const [n, e] of Object.entries(evidence(rater))) {
    const single = scoreReview({ [n]: e });
    if (isError(single)) showAt(n, `${twoRaters() ? `Rater ${rater}: ` : ''}${single.error.message}`);
    else valid[n] = e;
  }
  return valid;
}

/** The two raters' review: first without consensus, to find where they differ; then with the
 * consensus entries of those items, leaving out (and showing) any entry the library refuses. */
function ratedReview() {
  const raters = { A: validEvidence('A'), B: validEvidence('B') };
  const base = { operation: 'review', version: 1, scale: SCALE, raters };
  const plain = evaluate(base);
  if (isError(plain)) return plain;
  const differing = plain.disagreements.map((d) => d.number);
  const entries = consensus(differing);
  for (;;) {
    if (Object.keys(entries).length === 0) return { report: plain, differing };
    const report = evaluate({ ...base, consensus: entries });
    const refused = !isError(report) ? null : /^consensus\.(\d+)/.exec(report.error.field ?? '');
    if (refused === null) return { report, differing };
    showAt(refused[1], report.error.message);
    delete entries[refused[1]];
  }
}

function showDisagreements(report, differing) {
  const scores = new Map((report.rater_scores ?? []).map((r) => [r.number, r.scores]));
  for (const fs of itemsEl.querySelectorAll('fieldset')) {
    const n = Number(fs.dataset.number);
    const differs = differing.includes(n);
    fs.classList.toggle('differs', differs);
    const box = fs.querySelector('.consensus');
    box.hidden = !differs;
    if (differs) {
      const s = scores.get(n) ?? {};
      document.getElementById(`differ-${n}`).textContent =
        `The raters differ: ${Object.entries(s).map(([r, v]) => `${r} ${v ?? 'not scored'}`).join(', ')}. Agree a score and say why.`;
    }
  }
}

function render() {
  for (const el of itemsEl.querySelectorAll('.result')) {
    el.textContent = '';
    el.classList.remove('error');
  }
  const requestError = document.getElementById('request-error');
  requestError.hidden = true;
  let report;
  let differing = [];
  if (twoRaters()) {
    const rated = ratedReview();
    if (isError(rated)) {
      requestError.textContent = rated.error.message;
      requestError.hidden = false;
      showDisagreements({}, []);
      return;
    }
    ({ report, differing } = rated);
  } else {
    report = scoreReview(validEvidence('A'));
  }
  showDisagreements(report, differing);
  if (isError(report)) {
    requestError.textContent = report.error.message;
    requestError.hidden = false;
    return;
  }
  const perRater = new Map((report.rater_scores ?? []).map((r) => [r.number, r]));
  for (const s of report.items) {
    const el = document.getElementById(`result-${s.number}`);
    if (el.classList.contains('error')) continue;
    el.innerHTML = '';
    const score = document.createElement('span');
    score.className = 'score';
    score.textContent = `Score ${s.score}`;
    const basis = document.createElement('span');
    basis.className = 'basis';
    const r = perRater.get(s.number);
    const raters = r ? ` (${Object.entries(r.scores).map(([name, v]) => `${name} ${v ?? '–'}`).join(', ')})` : '';
    basis.textContent = ` — ${s.basis}${raters}`;
    el.append(score, basis);
  }
  for (const n of report.awaiting_consensus ?? []) {
    const el = document.getElementById(`result-${n}`);
    if (!el.classList.contains('error')) el.textContent = 'Awaiting the raters\u2019 consensus.';
  }
  document.getElementById('total').textContent = String(report.total);
  document.getElementById('max').textContent = String(report.max);
  const awaiting = report.awaiting_consensus ?? [];
  document.getElementById('band').textContent = report.band !== null
    ? report.band.replace(/_/g, ' ')
    : awaiting.length > 0 ? `awaiting consensus on item${awaiting.length > 1 ? 's' : ''} ${awaiting.join(', ')}` : 'incomplete';
  document.getElementById('scored').textContent = String(report.items.length);
  const ratersSummary = document.getElementById('raters-summary');
  ratersSummary.hidden = !report.agreement;
  if (report.agreement) {
    ratersSummary.textContent = report.agreement.map((a) => {
      const pct = (x) => (x === null ? 'n/a' : `${Math.round(x * 100)}%`);
      const kappa = a.kappa === null ? 'undefined (one score throughout)' : a.kappa.toFixed(2);
      return `${a.raters.join(' and ')} agree exactly on ${a.exact} of ${a.items} items (${pct(a.exact_share)}), within one point on ${pct(a.within_one_share)}; weighted kappa ${kappa}.`;
    }).join(' ');
  }
  const chart = document.getElementById('profile-chart');
  chart.replaceChildren(profileChart(report, scale));
  const scores = new Map(report.items.map((s) => [s.number, s.score]));
  document.querySelector('#profile-table tbody').replaceChildren(...scale.items.map((i) => {
    const tr = document.createElement('tr');
    const name = document.createElement('td');
    name.textContent = `${i.number}. ${i.title}`;
    const score = document.createElement('td');
    score.textContent = scores.has(i.number) ? String(scores.get(i.number)) : awaiting.includes(i.number) ? 'awaiting consensus' : 'not scored';
    tr.append(name, score);
    return tr;
  }));
  const plan = document.getElementById('plan');
  plan.innerHTML = '';
  for (const a of report.action_plan) {
    const li = document.createElement('li');
    li.dataset.number = String(a.number);
    li.textContent = `${a.number}. ${a.title}: ${a.score} (${a.gap} below 5). ${a.next}`;
    plan.append(li);
  }
}

/** Fills rater `rater`'s column from `ev` (evidence by item number). */
function fill(rater, ev) {
  for (const fs of itemsEl.querySelectorAll('fieldset')) {
    const e = ev[fs.dataset.number];
    const col = column(fs, rater);
    if (fs.dataset.kind === 'value') col.querySelector('input').value = e && 'value' in e ? String(e.value) : '';
    else if (fs.dataset.kind === 'present') {
      col.dataset.touched = e && 'present' in e ? 'true' : 'false';
      for (const b of col.querySelectorAll('input')) b.checked = Boolean(e && e.present && e.present.includes(b.value));
    } else col.querySelector('select').value = e && 'rating' in e ? String(e.rating) : '';
  }
}

function setMode(two) {
  document.getElementById(two ? 'mode-two' : 'mode-one').checked = true;
  document.body.classList.toggle('two-raters', two);
}

function load(text) {
  const requestError = document.getElementById('request-error');
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    requestError.textContent = `Not valid JSON: ${e.message}`;
    requestError.hidden = false;
    return;
  }
  const raters = parsed && parsed.raters;
  setMode(Boolean(raters));
  if (raters) {
    const names = Object.keys(raters);
    RATERS.forEach((r, i) => fill(r, raters[names[i]] ?? {}));
  } else {
    fill('A', (parsed && parsed.evidence) || {});
    fill('B', {});
  }
  const agreed = (parsed && parsed.consensus) || {};
  for (const item of scale.items) {
    const e = agreed[item.number];
    document.getElementById(`consensus-rating-${item.number}`).value = e ? String(e.rating) : '';
    document.getElementById(`consensus-reason-${item.number}`).value = e ? e.reason : '';
  }
  render();
}

// History: saved reviews with their dates, read by the library's `history` operation.
const historyJson = document.getElementById('history-json');
const historyError = document.getElementById('history-error');
let history = null;

function savedReviews() {
  try {
    const reviews = JSON.parse(historyJson.value);
    if (!Array.isArray(reviews)) throw new Error('expected a JSON array of reviews');
    return reviews;
  } catch (e) {
    historyError.textContent = `Saved reviews: ${e.message}`;
    historyError.hidden = false;
    return null;
  }
}

function showSeries() {
  const n = Number(document.getElementById('history-item').value);
  const item = history.items.find((i) => i.number === n);
  const dates = history.reviews.map((r) => r.date);
  document.getElementById('series-chart').replaceChildren(seriesChart(item, dates));
  document.getElementById('series-text').textContent =
    `${item.number}. ${item.title}: ${item.scores.map((s, i) => `${dates[i]} ${s ?? 'not scored'}`).join(', ')}` +
    (item.change === null ? '.' : `; ${item.change >= 0 ? '+' : ''}${item.change} from the first review to the last.`);
}

function showHistory() {
  historyError.hidden = true;
  const reviews = savedReviews();
  if (reviews === null) return;
  const answer = evaluate({ operation: 'history', version: 1, scale: SCALE, reviews });
  const result = document.getElementById('history-result');
  if (isError(answer)) {
    historyError.textContent = answer.error.message;
    historyError.hidden = false;
    result.hidden = true;
    return;
  }
  history = answer;
  result.hidden = false;
  document.getElementById('history-chart').replaceChildren(historyChart(history, scale));
  document.querySelector('#history-table tbody').replaceChildren(...history.reviews.map((r) => {
    const tr = document.createElement('tr');
    for (const text of [r.date, r.kind, `${r.total} of ${r.max}`, r.band === null ? 'none (incomplete)' : r.band.replace(/_/g, ' ')]) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.append(td);
    }
    return tr;
  }));
  const select = document.getElementById('history-item');
  const chosen = select.value;
  select.replaceChildren(...history.items.map((i) => new Option(`${i.number}. ${i.title}`, String(i.number))));
  select.value = chosen || String(history.items[0].number);
  showSeries();
  document.getElementById('persistent-gaps').replaceChildren(...history.persistent_gaps.map((g) => {
    const li = document.createElement('li');
    const title = history.items.find((i) => i.number === g.number).title;
    li.textContent = `${g.number}. ${title}: ${g.score} now, below 5 in the last ${g.reviews} reviews`;
    return li;
  }));
  const next = history.next_reviews;
  const dues = next === null ? [] : [next.external, next.internal, next.trust_quality_assurance];
  document.getElementById('next-reviews').replaceChildren(...dues.map((r) => {
    const li = document.createElement('li');
    li.textContent = `${r.kind.replace(/_/g, ' ')}: ${r.due ?? 'no date set'}${r.overdue ? ` (overdue by ${r.days_overdue} days)` : ''} — ${r.reason}`;
    return li;
  }));
  if (next === null) {
    const li = document.createElement('li');
    li.textContent = `Not dated: ${history.next_reviews_withheld}.`;
    document.getElementById('next-reviews').append(li);
  }
}

document.getElementById('add-to-history').addEventListener('click', () => {
  historyError.hidden = true;
  const date = document.getElementById('review-date').value;
  if (date === '') {
    historyError.textContent = 'Give the date of this review first.';
    historyError.hidden = false;
    return;
  }
  const reviews = savedReviews();
  if (reviews === null) return;
  const { operation, version, scale: _scale, ...review } = request(currentDisagreements());
  reviews.push({ date, kind: document.getElementById('review-kind').value, ...review });
  historyJson.value = JSON.stringify(reviews, null, 1);
});
document.getElementById('show-history').addEventListener('click', showHistory);
document.getElementById('history-item').addEventListener('change', showSeries);

/** The items the two raters currently score differently. */
function currentDisagreements() {
  return [...itemsEl.querySelectorAll('fieldset.differs')].map((fs) => Number(fs.dataset.number));
}

itemsEl.addEventListener('input', (event) => {
  const col = event.target.closest('.rater');
  if (col) col.dataset.touched = 'true';
  render();
});
itemsEl.addEventListener('change', render);
for (const radio of document.querySelectorAll('input[name="mode"]')) {
  radio.addEventListener('change', () => {
    setMode(twoRaters());
    render();
  });
}
document.getElementById('export').addEventListener('click', () => {
  document.getElementById('json').value = JSON.stringify(request(currentDisagreements()), null, 1);
});
document.getElementById('load').addEventListener('click', () => load(document.getElementById('json').value));
render();
document.body.dataset.ready = 'true';
