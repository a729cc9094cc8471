// Drives the self-assessment page in headless Chromium: fills the review of the vector
// `review_demo_page_full`, checks the total, band and action plan shown against the vector's
// response, checks an invalid value shows its error, exports and reloads the review, and
// saves a screenshot (demo/screenshot.png).
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

  const request = JSON.parse(await readFile(join(vectors, 'review_demo_page_full.request.json'), 'utf8'));
  const expected = JSON.parse(await readFile(join(vectors, 'review_demo_page_full.response.json'), 'utf8'));
  for (const [n, e] of Object.entries(request.evidence)) {
    if ('value' in e) await page.fill(`#value-${n}`, String(e.value));
    else if ('rating' in e) await page.selectOption(`#rating-${n}`, String(e.rating));
    else for (const key of e.present) await page.check(`#item-${n} input[value="${key}"]`);
  }
  assert.equal(await page.textContent('#total'), String(expected.total));
  assert.equal(await page.textContent('#band'), expected.band.replace(/_/g, ' '));
  const plan = await page.$$eval('#plan li', (lis) => lis.map((li) => Number(li.dataset.number)));
  assert.deepEqual(plan, expected.action_plan.map((a) => a.number));
  for (const item of expected.items) {
    assert.match(await page.textContent(`#result-${item.number}`), new RegExp(`^Score ${item.score} — `), `item ${item.number}`);
  }

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

  await page.screenshot({ path: join(root, 'demo', 'screenshot.png'), fullPage: true });
  assert.deepEqual(errors, []);
  console.log(`browser: ${url} scored ${expected.total} (${expected.band}), plan of ${plan.length}, screenshot saved`);
} finally {
  await browser.close();
  server.close();
}
