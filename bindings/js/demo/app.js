// The self-assessment page: builds one input per item from the scale's description, scores
// the review live through the sefidelity package, and saves or loads it as a v1 request.
import { describeScale, isError, scoreReview } from '../index.js';

const scale = describeScale('ips-25-uk');
const itemsEl = document.getElementById('items');
const bySection = new Map(scale.sections.map((s) => [s.key, s.title]));
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
  const legend = document.createElement('legend');
  legend.textContent = `${item.number}. ${item.title}`;
  fs.append(legend);
  const help = document.createElement('p');
  help.id = `help-${item.number}`;
  help.textContent = item.description;
  fs.append(help);
  if (item.rule === 'measured') {
    fs.dataset.kind = 'value';
    const label = document.createElement('label');
    label.htmlFor = `value-${item.number}`;
    label.textContent = `Value (${item.unit.id.replace(/_/g, ' ')}${item.unit.max !== null ? `, 0 to ${item.unit.max}` : ''})`;
    const input = document.createElement('input');
    input.type = 'number';
    input.step = 'any';
    input.id = `value-${item.number}`;
    input.setAttribute('aria-describedby', `help-${item.number} result-${item.number}`);
    fs.append(label, ' ', input, document.createTextNode(item.unit.suffix));
  } else if (item.rule === 'checklist') {
    fs.dataset.kind = 'present';
    item.components.forEach((c, i) => {
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.id = `present-${item.number}-${i}`;
      box.value = c.key;
      const label = document.createElement('label');
      label.htmlFor = box.id;
      label.textContent = c.description;
      const line = document.createElement('div');
      line.append(box, ' ', label);
      fs.append(line);
    });
  } else {
    fs.dataset.kind = 'rating';
    const label = document.createElement('label');
    label.htmlFor = `rating-${item.number}`;
    label.textContent = 'Anchor that fits best';
    const select = document.createElement('select');
    select.id = `rating-${item.number}`;
    select.setAttribute('aria-describedby', `help-${item.number} result-${item.number}`);
    select.append(new Option('— no evidence yet —', ''));
    item.anchors.forEach((a, i) => select.append(new Option(`${i + 1}: ${a}`, String(i + 1))));
    fs.append(label, ' ', select);
  }
  const result = document.createElement('p');
  result.id = `result-${item.number}`;
  result.className = 'result';
  result.setAttribute('aria-live', 'polite');
  fs.append(result);
  itemsEl.append(fs);
}

/** The evidence the form holds, item by item, as the document API takes it. */
function evidence() {
  const out = {};
  for (const fs of itemsEl.querySelectorAll('fieldset')) {
    const n = fs.dataset.number;
    if (fs.dataset.kind === 'value') {
      const input = fs.querySelector('input');
      if (input.value.trim() !== '') out[n] = { value: Number(input.value) };
    } else if (fs.dataset.kind === 'present') {
      const keys = [...fs.querySelectorAll('input:checked')].map((b) => b.value);
      if (fs.dataset.touched === 'true' || keys.length > 0) out[n] = { present: keys };
    } else {
      const v = fs.querySelector('select').value;
      if (v !== '') out[n] = { rating: Number(v) };
    }
  }
  return out;
}

function request() {
  return { operation: 'review', version: 1, scale: 'ips-25-uk', evidence: evidence() };
}

function render() {
  for (const el of itemsEl.querySelectorAll('.result')) {
    el.textContent = '';
    el.classList.remove('error');
  }
  const requestError = document.getElementById('request-error');
  requestError.hidden = true;
  // Score item by item first, so one item's invalid input is shown at that item.
  const ev = evidence();
  const valid = {};
  for (const [n, e] of Object.entries(ev)) {
    const single = scoreReview({ [n]: e });
    const el = document.getElementById(`result-${n}`);
    if (isError(single)) {
      el.textContent = single.error.message;
      el.classList.add('error');
    } else {
      valid[n] = e;
    }
  }
  const report = scoreReview(valid);
  if (isError(report)) {
    requestError.textContent = report.error.message;
    requestError.hidden = false;
    return;
  }
  for (const s of report.items) {
    const el = document.getElementById(`result-${s.number}`);
    el.innerHTML = '';
    const score = document.createElement('span');
    score.className = 'score';
    score.textContent = `Score ${s.score}`;
    const basis = document.createElement('span');
    basis.className = 'basis';
    basis.textContent = ` — ${s.basis}`;
    el.append(score, basis);
  }
  document.getElementById('total').textContent = String(report.total);
  document.getElementById('max').textContent = String(report.max);
  document.getElementById('band').textContent = report.band === null ? 'incomplete' : report.band.replace(/_/g, ' ');
  document.getElementById('scored').textContent = String(report.items.length);
  const plan = document.getElementById('plan');
  plan.innerHTML = '';
  for (const a of report.action_plan) {
    const li = document.createElement('li');
    li.dataset.number = String(a.number);
    li.textContent = `${a.number}. ${a.title}: ${a.score} (${a.gap} below 5)`;
    plan.append(li);
  }
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
  const ev = (parsed && parsed.evidence) || {};
  for (const fs of itemsEl.querySelectorAll('fieldset')) {
    const e = ev[fs.dataset.number];
    if (fs.dataset.kind === 'value') fs.querySelector('input').value = e && 'value' in e ? String(e.value) : '';
    else if (fs.dataset.kind === 'present') {
      fs.dataset.touched = e && 'present' in e ? 'true' : 'false';
      for (const b of fs.querySelectorAll('input')) b.checked = Boolean(e && e.present && e.present.includes(b.value));
    } else fs.querySelector('select').value = e && 'rating' in e ? String(e.rating) : '';
  }
  render();
}

itemsEl.addEventListener('input', (event) => {
  const fs = event.target.closest('fieldset');
  if (fs) fs.dataset.touched = 'true';
  render();
});
itemsEl.addEventListener('change', render);
document.getElementById('export').addEventListener('click', () => {
  document.getElementById('json').value = JSON.stringify(request(), null, 1);
});
document.getElementById('load').addEventListener('click', () => load(document.getElementById('json').value));
render();
document.body.dataset.ready = 'true';
