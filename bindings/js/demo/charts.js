// The page's charts, drawn as SVG from the library's responses. Each chart is an image with a
// title and a description that says in words what it shows (its text alternative); the page
// also gives the same figures as a table.

const NS = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes and children (elements or text). */
function el(tag, attrs = {}, ...children) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const c of children) node.append(c);
  return node;
}

/** An `<svg role="img">` labelled by its own title and description. */
function figure(id, width, height, title, description) {
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-labelledby': `${id}-title ${id}-desc` });
  svg.append(el('title', { id: `${id}-title` }, title), el('desc', { id: `${id}-desc` }, description));
  return svg;
}

const label = (band) => band.replace(/_/g, ' ');

/**
 * The fidelity profile of a review: one bar per item (its score, 1–5), grouped by section,
 * and beside them the total on a 25–125 scale with each band's lowest total marked.
 * `report` is a review response, `scale` a describe_scale response.
 */
export function profileChart(report, scale) {
  const scores = new Map(report.items.map((s) => [s.number, s.score]));
  const awaiting = new Set(report.awaiting_consensus ?? []);
  const bar = 16, gap = 4, sectionGap = 14, top = 14, plot = 150, left = 24;
  const sections = scale.sections.map((s) => ({ ...s, items: scale.items.filter((i) => i.section === s.key) }));
  const itemsWidth = sections.reduce((w, s) => w + s.items.length * (bar + gap) + sectionGap, 0);
  const totalX = left + itemsWidth + 20, width = totalX + 110, height = top + plot + 44;
  const y = (score) => top + plot - (score / 5) * plot;
  const words = scale.items
    .map((i) => `${i.number} ${i.title}: ${scores.has(i.number) ? scores.get(i.number) : awaiting.has(i.number) ? 'awaiting consensus' : 'not scored'}`)
    .join('; ');
  const min = scale.min_total;
  const thresholds = scale.bands.filter((b) => b.min_total > min);
  const description = `Item scores out of 5 — ${words}. Total ${report.total} of ${report.max}, band ${
    report.band === null ? 'none yet' : label(report.band)}; band thresholds: ${
    thresholds.map((b) => `${label(b.id)} from ${b.min_total}`).join(', ')}.`;
  const svg = figure('profile-svg', width, height, 'Fidelity profile', description);
  for (let s = 1; s <= 5; s++) {
    svg.append(el('line', { class: 'grid', x1: left, x2: left + itemsWidth, y1: y(s), y2: y(s) }));
    svg.append(el('text', { x: left - 4, y: y(s) + 3, 'text-anchor': 'end' }, String(s)));
  }
  let x = left;
  for (const section of sections) {
    const start = x;
    for (const item of section.items) {
      const score = scores.get(item.number);
      const shape = score === undefined
        ? el('rect', { class: awaiting.has(item.number) ? 'awaiting' : 'missing', x, y: y(5), width: bar, height: plot, 'data-number': item.number })
        : el('rect', { class: 'bar', x, y: y(score), width: bar, height: plot - (y(score) - top), 'data-number': item.number });
      shape.append(el('title', {}, `${item.number}. ${item.title}: ${score ?? (awaiting.has(item.number) ? 'awaiting consensus' : 'not scored')}`));
      svg.append(shape, el('text', { x: x + bar / 2, y: top + plot + 12, 'text-anchor': 'middle' }, String(item.number)));
      x += bar + gap;
    }
    svg.append(el('text', { x: (start + x - gap) / 2, y: top + plot + 28, 'text-anchor': 'middle', 'font-weight': 600 }, section.title));
    x += sectionGap;
  }
  // The total on its own axis, the lowest possible total at the bottom, the highest at the top.
  const ty = (total) => top + plot - ((total - min) / (report.max - min)) * plot;
  svg.append(el('rect', { class: 'missing', x: totalX, y: top, width: 24, height: plot }));
  const filled = Math.max(report.total, min);
  svg.append(el('rect', { class: 'bar', id: 'profile-total', x: totalX, y: ty(filled), width: 24, height: top + plot - ty(filled) },
    el('title', {}, `Total ${report.total} of ${report.max}`)));
  for (const band of thresholds) {
    svg.append(el('line', { class: 'threshold', x1: totalX - 4, x2: totalX + 30, y1: ty(band.min_total), y2: ty(band.min_total), 'data-total': band.min_total }));
    svg.append(el('text', { x: totalX + 34, y: ty(band.min_total) + 3 }, `${band.min_total} ${label(band.id)}`));
  }
  svg.append(el('text', { x: totalX + 12, y: top + plot + 12, 'text-anchor': 'middle' }, 'Total'));
  svg.append(el('text', { x: totalX + 12, y: top + plot + 28, 'text-anchor': 'middle', 'font-weight': 600 }, String(report.total)));
  return svg;
}

/** Totals over time: one point per review (hollow while it has no band), the band lines. */
export function historyChart(history, scale) {
  const width = 640, height = 260, left = 40, right = 120, top = 12, plot = 200;
  const min = scale.min_total, max = scale.max_total;
  const times = history.reviews.map((r) => Date.parse(r.date));
  const first = Math.min(...times), span = Math.max(...times) - first || 1;
  const x = (t) => left + ((t - first) / span) * (width - left - right);
  const y = (total) => top + plot - ((total - min) / (max - min)) * plot;
  const thresholds = scale.bands.filter((b) => b.min_total > min);
  const description = `Totals: ${history.reviews.map((r) => `${r.date} ${r.total}${r.band ? ` (${label(r.band)})` : ' (no band)'}`).join('; ')}. Band thresholds: ${
    thresholds.map((b) => `${label(b.id)} from ${b.min_total}`).join(', ')}.`;
  const svg = figure('history-svg', width, height, 'Total of each review over time', description);
  for (const band of thresholds) {
    svg.append(el('line', { class: 'threshold', x1: left, x2: width - right + 10, y1: y(band.min_total), y2: y(band.min_total), 'data-total': band.min_total }));
    svg.append(el('text', { x: width - right + 14, y: y(band.min_total) + 3 }, `${band.min_total} ${label(band.id)}`));
  }
  for (const total of [min, max]) svg.append(el('text', { x: left - 4, y: y(total) + 3, 'text-anchor': 'end' }, String(total)));
  const points = history.reviews.map((r, i) => [x(times[i]), y(r.total)]);
  svg.append(el('polyline', { class: 'line', points: points.map((p) => p.join(',')).join(' ') }));
  history.reviews.forEach((r, i) => {
    const [cx, cy] = points[i];
    svg.append(el('circle', { class: r.band ? 'point' : 'point incomplete', cx, cy, r: 5, 'data-date': r.date },
      el('title', {}, `${r.date}: ${r.total}${r.band ? `, ${label(r.band)}` : ', no band'}`)));
    svg.append(el('text', { x: cx, y: top + plot + 16, 'text-anchor': 'middle' }, r.date));
  });
  return svg;
}

/** One item's score in each review (1–5), as points joined by a line. */
export function seriesChart(item, dates) {
  const width = 640, height = 120, left = 40, right = 120, top = 10, plot = 80;
  const x = (i) => left + (dates.length > 1 ? (i / (dates.length - 1)) * (width - left - right) : 0);
  const y = (s) => top + plot - ((s - 1) / 4) * plot;
  const words = item.scores.map((s, i) => `${dates[i]}: ${s ?? 'not scored'}`).join('; ');
  const svg = figure('series-svg', width, height, `Item ${item.number}, ${item.title}, over the reviews`, words);
  for (let s = 1; s <= 5; s++) {
    svg.append(el('line', { class: 'grid', x1: left, x2: width - right, y1: y(s), y2: y(s) }));
    svg.append(el('text', { x: left - 4, y: y(s) + 3, 'text-anchor': 'end' }, String(s)));
  }
  const scored = item.scores.map((s, i) => [s, i]).filter(([s]) => s !== null);
  svg.append(el('polyline', { class: 'line', points: scored.map(([s, i]) => `${x(i)},${y(s)}`).join(' ') }));
  for (const [s, i] of scored) {
    svg.append(el('circle', { class: 'point', cx: x(i), cy: y(s), r: 4 }, el('title', {}, `${dates[i]}: ${s}`)));
  }
  return svg;
}
