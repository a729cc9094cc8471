// Drives the self-assessment page in headless Chromium, checking what it shows against the
// checked-in responses of the vectors it fills in:
// - one rater (`review_demo_page_full`): total, band, action plan, each item's score, the
//   fidelity profile chart, export and reload, an invalid value shown at its item, labels;
// - two raters (`review_demo_page_two_raters`): the items where they differ marked, no band
//   while consensus is awaited, the consensus entries, the agreed total and band, agreement;
// - the history (`history_demo_page`): totals over time against the band lines, an item's
//   series on selection, persistent gaps and next reviews.
// Saves screenshots of each, and of the profile chart (demo/screenshot*.png).
//
// Usage: node browser/demo.browser.mjs   (Chromium at /usr/bin/chromium, or CHROMIUM=path)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const vectors = fileURLToPath(new URL('../../../tests/vectors/', import.meta.url));
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };

const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = path.endsWith('/') ? `${path}index.html` : path;
  try {
    const body = await readFile(join(root, file));
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${server.address().port}/demo/`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');

  /** A full-page screenshot from the top, where the sticky result panel sits beside the form. */
  const shoot = async (name) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(root, 'demo', name), fullPage: true });
  };
  const vector = async (name) => [
    JSON.parse(await readFile(join(vectors, `${name}.request.json`), 'utf8')),
    JSON.parse(await readFile(join(vectors, `${name}.response.json`), 'utf8')),
  ];
  /** Fills one rater's column: rater A's inputs keep the one-rater ids, B's are prefixed. */
  const fillRater = async (evidence, prefix = '') => {
    for (const [n, e] of Object.entries(evidence)) {
      if ('value' in e) await page.fill(`#${prefix}value-${n}`, String(e.value));
      else if ('rating' in e) await page.selectOption(`#${prefix}rating-${n}`, String(e.rating));
      else for (const key of e.present) await page.check(`#item-${n} .rater[data-rater="${prefix ? 'B' : 'A'}"] input[value="${key}"]`);
    }
  };

  const [request, expected] = await vector('review_demo_page_full');
  await fillRater(request.evidence);
  assert.equal(await page.textContent('#total'), String(expected.total));
  assert.equal(await page.textContent('#band'), expected.band.replace(/_/g, ' '));
  const plan = await page.$$eval('#plan li', (lis) => lis.map((li) => Number(li.dataset.number)));
  assert.deepEqual(plan, expected.action_plan.map((a) => a.number));
  for (const item of expected.items) {
    assert.match(await page.textContent(`#result-${item.number}`), new RegExp(`^Score ${item.score} — `), `item ${item.number}`);
  }

  // The profile: one bar per scored item at its score, the total, the band thresholds.
  const bars = await page.$$eval('#profile-chart rect.bar[data-number]', (rs) => rs.map((r) => Number(r.dataset.number)));
  assert.deepEqual(bars, expected.items.map((i) => i.number));
  const heights = await page.$$eval('#profile-chart rect.bar[data-number]', (rs) => rs.map((r) => Number(r.getAttribute('height'))));
  const unit = heights[expected.items.findIndex((i) => i.score === 5)] / 5;
  expected.items.forEach((item, i) => assert.ok(Math.abs(heights[i] - item.score * unit) < 1e-6, `bar ${item.number}`));
  const thresholds = await page.$$eval('#profile-chart line.threshold', (ls) => ls.map((l) => Number(l.dataset.total)));
  assert.deepEqual(thresholds, [115, 100, 74], 'the lowest totals of exemplary, good and fair (003, "Your scoring")');
  assert.match(await page.textContent('#profile-svg-desc'), new RegExp(`Total ${expected.total} of 125, band ${expected.band}`));
  await shoot('screenshot.png');
  await page.locator('#profile').screenshot({ path: join(root, 'demo', 'screenshot-profile.png') });

  // Export, clear, and load back: the same result.
  await page.click('#export');
  const exported = JSON.parse(await page.inputValue('#json'));
  assert.deepEqual(exported.evidence, request.evidence);
  await page.fill('#value-1', '');
  assert.notEqual(await page.textContent('#total'), String(expected.total));
  await page.click('#load');
  assert.equal(await page.textContent('#total'), String(expected.total));

  // An invalid value shows its error at the item, and the rest still scores.
  await page.fill('#value-16', '101');
  assert.match(await page.textContent('#result-16'), /101% is over 100%/);
  assert.equal(await page.getAttribute('#result-16', 'class'), 'result error');

  // Keyboard: every input is reachable with Tab and labelled.
  const unlabelled = await page.$$eval('input, select, textarea', (els) =>
    els.filter((el) => !el.labels || el.labels.length === 0).map((el) => el.id));
  assert.deepEqual(unlabelled, []);

  await page.fill('#value-16', String(request.evidence[16].value));

  // Two raters: the items where they differ are marked, and the review has no band until
  // each has its consensus.
  const [rated, ratedExpected] = await vector('review_demo_page_two_raters');
  await page.check('#mode-two');
  assert.ok(await page.isVisible('#b-rating-7'), 'rater B column shown');
  await fillRater(rated.raters.A);
  await fillRater(rated.raters.B, 'b-');
  const differing = ratedExpected.disagreements.map((d) => d.number);
  const marked = await page.$$eval('fieldset.differs', (fs) => fs.map((f) => Number(f.dataset.number)));
  assert.deepEqual(marked, differing);
  assert.match(await page.textContent('#band'), new RegExp(`awaiting consensus on items ${differing.join(', ')}`));
  assert.ok(await page.$('#profile-chart rect.awaiting'), 'items awaiting consensus drawn as such');
  for (const [n, c] of Object.entries(rated.consensus)) {
    assert.match(await page.textContent(`#differ-${n}`), /The raters differ/);
    await page.selectOption(`#consensus-rating-${n}`, String(c.rating));
    // A score without a reason is refused at the item, with the library's message.
    if (n === String(differing[0])) {
      assert.match(await page.textContent(`#result-${n}`), /gives no reason/);
    }
    await page.fill(`#consensus-reason-${n}`, c.reason);
  }
  assert.equal(await page.textContent('#total'), String(ratedExpected.total));
  assert.equal(await page.textContent('#band'), ratedExpected.band.replace(/_/g, ' '));
  const agreement = ratedExpected.agreement[0];
  assert.match(await page.textContent('#raters-summary'), new RegExp(`agree exactly on ${agreement.exact} of ${agreement.items} items .* weighted kappa ${agreement.kappa.toFixed(2)}`));
  await page.click('#export');
  assert.deepEqual(JSON.parse(await page.inputValue('#json')), rated);
  await shoot('screenshot-two-raters.png');

  // History: several saved reviews, totals over time against the band lines, an item's series.
  const [history, historyExpected] = await vector('history_demo_page');
  await page.fill('#history-json', JSON.stringify(history.reviews));
  await page.click('#show-history');
  const points = await page.$$eval('#history-chart circle', (cs) => cs.map((c) => c.dataset.date));
  assert.deepEqual(points, historyExpected.reviews.map((r) => r.date));
  const rows = await page.$$eval('#history-table tbody tr', (trs) => trs.map((tr) => tr.cells[2].textContent));
  assert.deepEqual(rows, historyExpected.reviews.map((r) => `${r.total} of ${r.max}`));
  assert.deepEqual(await page.$$eval('#history-chart line.threshold', (ls) => ls.map((l) => Number(l.dataset.total))), [115, 100, 74]);
  const followed = historyExpected.items.find((i) => i.number === 9);
  await page.selectOption('#history-item', '9');
  assert.equal(await page.$$eval('#series-chart circle', (cs) => cs.length), followed.scores.filter((s) => s !== null).length);
  assert.match(await page.textContent('#series-text'), new RegExp(historyExpected.reviews.map((r, i) => `${r.date} ${followed.scores[i]}`).join(', ')));
  const gaps = await page.$$eval('#persistent-gaps li', (lis) => lis.length);
  assert.equal(gaps, historyExpected.persistent_gaps.length);
  assert.match(await page.textContent('#next-reviews'), new RegExp(`external: ${historyExpected.next_reviews.external.due ?? 'no date set'}`));
  assert.match(await page.textContent('#next-reviews'), new RegExp(`internal: ${historyExpected.next_reviews.internal.due}`));
  // Adding the current review to the history needs its date, then appends it.
  await page.click('#add-to-history');
  assert.match(await page.textContent('#history-error'), /Give the date/);
  await page.fill('#review-date', '2026-11-30');
  await page.click('#add-to-history');
  const saved = JSON.parse(await page.inputValue('#history-json'));
  assert.deepEqual(saved.at(-1), { date: '2026-11-30', kind: 'internal', raters: rated.raters, consensus: rated.consensus });
  await page.click('#show-history');
  assert.equal(await page.$$eval('#history-chart circle', (cs) => cs.length), historyExpected.reviews.length + 1);
  await page.locator('#history').screenshot({ path: join(root, 'demo', 'screenshot-history.png') });

  // Keyboard: the mode, the consensus and the history are reached with Tab, in order.
  await page.focus('#mode-one');
  await page.keyboard.press('ArrowRight');
  assert.ok(await page.isChecked('#mode-two'), 'arrow keys move between the modes');
  await page.focus('#show-history');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'history-json');
  const unlabelledNow = await page.$$eval('input, select, textarea', (els) =>
    els.filter((el) => !el.labels || el.labels.length === 0).map((el) => el.id));
  assert.deepEqual(unlabelledNow, []);
  const unnamed = await page.$$eval('svg[role="img"]', (svgs) => svgs.filter((s) => !s.querySelector('title') || !s.querySelector('desc')).length);
  assert.equal(unnamed, 0, 'every chart has a title and a description');

  assert.deepEqual(errors, []);
  console.log(`browser: ${url} scored ${expected.total} (${expected.band}), plan of ${plan.length}; two raters ${ratedExpected.total} (${ratedExpected.band}), ${differing.length} resolved; history of ${points.length} reviews; 4 screenshots saved`);
} finally {
  await browser.close();
  server.close();
}
