/**
 * Benchmark of the label finder (npm run bench:finder):
 * 1. the filter engine against itemsjs on the same 10,000 generated records and queries, in one run;
 * 2. in Chromium, the time from a filter change to the updated list with 1,000 label cards,
 *    driving the real island on the built finder page;
 * 3. the island's JavaScript size, gzip, from dist/.
 * Needs a build (npm run build) for parts 2 and 3.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import itemsjs from 'itemsjs';
import { createIndex } from '../src/lib/finder/engine';
import { finderVocab, type FinderRecord } from '../src/lib/finder/record';
import { facetKeys, facetOf } from '../src/lib/finder/facets';
import { emptyState, type FinderState } from '../src/lib/finder/state';
import { assetsOfPage } from '../scripts/harness/assets';
import { launchBrowser } from '../scripts/harness/browser';
import { root, startPreview } from '../scripts/harness/server';

// A small seeded generator, so every run filters the same data.
function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}
const random = rng(42);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
const some = <T>(list: readonly T[], p: number) => list.filter(() => random() < p);

const groups = [
  'lebensmittel-getraenke',
  'textilien-bekleidung',
  'natursteine',
  'it-elektronik',
  'papier-druck-buero',
  'holz-moebel',
  'blumen-pflanzen',
  'reinigung-hygiene',
  'spielwaren-sportbaelle',
  'bauprodukte',
  'leder-schuhe',
];
const vocab = finderVocab(groups);
const words = ['Fair', 'Bio', 'Grün', 'Stein', 'Textil', 'Wald', 'Blume', 'Öko', 'Sozial', 'Klima', 'Natur', 'Label', 'Siegel', 'Standard'];
const issuers = ['Verein', 'Stiftung', 'Ministerium', 'Initiative', 'GmbH', 'Council', 'Verband'];

export function generate(n: number): FinderRecord[] {
  return Array.from({ length: n }, (_, i) => {
    const g = some(groups, 0.12);
    return {
      slug: `siegel-${i}`,
      name: `${pick(words)} ${pick(words)} ${i}`,
      issuer: `${pick(words)} ${pick(issuers)}`,
      groups: g.length ? g : [pick(groups)],
      labelType: pick(vocab.labelType),
      verification: pick(vocab.verification),
      focus: some(vocab.focus, 0.6),
      criteria: some(vocab.criteria, 0.35),
      rating: some(vocab.rating, 0.3),
    };
  });
}

function queries(): FinderState[] {
  const q = (over: Partial<FinderState>): FinderState => ({ ...emptyState(), ...over });
  return [
    q({}),
    q({ groups: ['natursteine'] }),
    q({ groups: ['textilien-bekleidung', 'leder-schuhe'] }),
    q({ criteria: ['c138'] }),
    q({ criteria: ['c138', 'c182', 'livingWage'] }),
    q({ groups: ['lebensmittel-getraenke'], criteria: ['organic', 'fairPrice'], verification: ['thirdParty'] }),
    q({ verification: ['thirdParty', 'membership'], labelType: ['product'] }),
    q({ focus: ['social', 'environmental'] }),
    q({ groups: ['it-elektronik'], focus: ['social'], labelType: ['product', 'meta'] }),
    q({ criteria: ['chemicals', 'water', 'energyClimate', 'unannouncedAudits'] }),
    q({ q: 'stiftung' }),
    q({ q: 'verband', groups: ['holz-moebel', 'papier-druck-buero'] }),
  ];
}

function benchEngines(records: FinderRecord[]) {
  const states = queries();
  const ours = createIndex(records, vocab);
  const items = itemsjs(
    records.map((r, i) => ({ ...r, id: i })),
    {
      searchableFields: ['name', 'issuer'],
      aggregations: Object.fromEntries(facetKeys.map((k) => [k, { title: k, size: 200, conjunction: facetOf[k].match === 'all' }])) as Record<
        (typeof facetKeys)[number],
        { title: string; size: number; conjunction: boolean }
      >,
    },
  );
  const runOurs = (s: FinderState) => ours.search(s);
  const runItems = (s: FinderState) =>
    items.search({
      query: s.q || undefined,
      per_page: records.length,
      filters: Object.fromEntries(facetKeys.filter((k) => s[k].length).map((k) => [k, s[k]])),
    });

  // Same answers first: the speed comparison only counts if both find the same labels.
  const mismatches: string[] = [];
  states.forEach((s, i) => {
    const a = runOurs(s);
    const b = runItems(s) as { pagination: { total: number }; data: { aggregations: Record<string, { buckets: { key: string; doc_count: number }[] }> } };
    if (a.count !== b.pagination.total) mismatches.push(`Abfrage ${i}: ${a.count} gegenüber ${b.pagination.total} Treffern`);
    for (const k of facetKeys) {
      for (const bucket of b.data.aggregations[k].buckets) {
        if (a.counts[k][bucket.key] !== bucket.doc_count) {
          mismatches.push(`Abfrage ${i}, ${k}=${bucket.key}: ${a.counts[k][bucket.key]} gegenüber ${bucket.doc_count}`);
        }
      }
    }
  });

  const time = (fn: (s: FinderState) => unknown, minMs = 1500) => {
    for (let w = 0; w < 3; w++) states.forEach(fn);
    let rounds = 0;
    const start = performance.now();
    while (performance.now() - start < minMs) {
      states.forEach(fn);
      rounds++;
    }
    const ms = performance.now() - start;
    return { perQuery: ms / (rounds * states.length), opsPerSec: (rounds * states.length * 1000) / ms };
  };
  // Consecutive queries differ in their text, so the engine's last-query cache gives it no head start.
  const a = time(runOurs);
  const b = time(runItems);
  return { states: states.length, ours: a, items: b, mismatches };
}

async function benchBrowser(n: number) {
  const page0 = join(root, 'dist/guetezeichen/index.html');
  if (!existsSync(page0)) return null;
  const html = readFileSync(page0, 'utf8');
  // One card is everything from its opening tag to the next card's (cards hold nested lists).
  const first = html.indexOf('<li class="label-card"');
  const second = html.indexOf('<li class="label-card"', first + 1);
  if (first < 0 || second < 0) throw new Error('Keine Karten im gebauten Finder gefunden');
  const card = html.slice(first, second);
  const slugOf = card.match(/data-slug="([^"]+)"/)![1];
  const records = generate(n);
  const cards = records.map((r) => card.split(slugOf).join(r.slug)).join('');
  const listStart = html.indexOf('<ul class="label-list"');
  const listOpenEnd = html.indexOf('>', listStart) + 1;
  const listEnd = html.indexOf('</ul>', listOpenEnd);
  let big = html.slice(0, listOpenEnd) + cards + html.slice(listEnd);
  big = big.replace(
    /(<script type="application\/json" id="finder-data">)[\s\S]*?(<\/script>)/,
    (_m, open: string, close: string) => open + JSON.stringify({ vocab, records }).replace(/</g, '\\u003c') + close,
  );

  const server = await startPreview();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.route('**/guetezeichen/', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: big }));
    await page.goto(`${server.url}/guetezeichen/`);
    await page.waitForSelector('[data-finder-form]:not([hidden])');
    const version = browser.version();
    // Wall-clock times on a shared machine include waiting for the CPU; the trace's thread
    // times (tdur) count only the renderer's own work for the click, style and layout.
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    // Passed as text: tsx would otherwise add helper calls that do not exist in the page.
    const result = await page.evaluate<{
      cardsTotal: number;
      shown: number;
      jsMedian: number;
      syncMedian: number;
      syncP95: number;
      frameMedian: number;
      frameP95: number;
    }>(`(async () => {
      // The island keeps only the shown cards in the document; the data hold all of them.
      const cardsTotal = JSON.parse(document.getElementById('finder-data').textContent).records.length;
      const boxes = ['natursteine', 'textilien-bekleidung', 'it-elektronik', 'holz-moebel'].map((g) => document.querySelector('#f-groups-' + g));
      const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
      const sync = [];
      const toFrame = [];
      const js = [];
      for (let i = 0; i < 40; i++) {
        await frame();
        const box = boxes[i % boxes.length];
        const t0 = performance.now();
        box.click();
        const tJs = performance.now();
        void document.body.offsetHeight;
        const t1 = performance.now();
        js.push(tJs - t0);
        await frame();
        const t2 = performance.now();
        sync.push(t1 - t0);
        toFrame.push(t2 - t0);
      }
      const sorted = (xs) => [...xs].sort((a, b) => a - b);
      const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
      const p95 = (xs) => sorted(xs)[Math.floor(xs.length * 0.95)];
      const shown = document.querySelectorAll('.label-list > li:not([hidden])').length;
      return { cardsTotal, shown, jsMedian: median(js), syncMedian: median(sync), syncP95: p95(sync), frameMedian: median(toFrame), frameP95: p95(toFrame) };
    })()`);
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    return { ...result, version, cpu: cpuPerChange(trace.traceEvents, 40) };
  } finally {
    await browser.close();
    await server.stop();
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { type?: string } };
}

/**
 * Renderer CPU time per filter change: the click's event dispatch (which runs the island's
 * change handler) plus style recalculation and layout, from the renderer thread that handled the clicks.
 */
function cpuPerChange(events: TraceEvent[], changes: number) {
  const clicks = events.filter((e) => e.ph === 'X' && e.name === 'EventDispatch' && e.args?.data?.type === 'click');
  if (!clicks.length) return null;
  const { pid, tid } = clicks[0];
  const start = Math.min(...clicks.map((e) => e.ts));
  const onThread = events.filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid && e.ts >= start && e.tdur !== undefined);
  const sum = (name: string) => onThread.filter((e) => e.name === name).reduce((n, e) => n + (e.tdur ?? 0), 0) / 1000;
  const click = clicks.reduce((n, e) => n + (e.tdur ?? 0), 0) / 1000;
  const style = sum('UpdateLayoutTree');
  const layout = sum('Layout');
  return { clicks: clicks.length, script: click / changes, style: style / changes, layout: layout / changes, total: (click + style + layout) / changes };
}

function islandSize() {
  const file = join(root, 'dist/guetezeichen/index.html');
  if (!existsSync(file)) return null;
  const html = readFileSync(file, 'utf8');
  // The entry scripts and every module they import.
  const srcs = [...assetsOfPage('/guetezeichen/')].filter((a) => a.endsWith('.js'));
  const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const bodies = [...srcs.map((s) => readFileSync(join(root, 'dist', s))), ...inline.map((s) => Buffer.from(s))];
  const raw = bodies.reduce((n, b) => n + b.length, 0);
  const gzip = bodies.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  return { files: srcs.length + inline.length, raw, gzip };
}

const fmt = (n: number, d = 3) => n.toFixed(d);
console.log(`Maschine: ${cpus().length} Kerne, ${cpus()[0]?.model ?? 'unbekannt'}, Node ${process.version}`);

const records = generate(10_000);
const e = benchEngines(records);
console.log(`\n1. Filter-Engine, ${records.length} Datensätze, ${e.states} Abfragen (Treffer und alle Facettenzahlen)`);
console.log(`   eigene Engine: ${fmt(e.ours.perQuery)} ms je Abfrage, ${Math.round(e.ours.opsPerSec)} Abfragen/s`);
console.log(`   itemsjs:       ${fmt(e.items.perQuery)} ms je Abfrage, ${Math.round(e.items.opsPerSec)} Abfragen/s`);
console.log(`   Verhältnis eigene Engine vs. itemsjs: ${fmt(e.items.perQuery / e.ours.perQuery, 1)}× schneller`);
console.log(
  e.mismatches.length
    ? `   ABWEICHUNGEN (${e.mismatches.length}):\n   ${e.mismatches.slice(0, 10).join('\n   ')}`
    : '   Gleiche Treffer und Facettenzahlen in beiden Engines.',
);

const b = await benchBrowser(1000);
if (b) {
  console.log(
    `\n2. Chromium ${b.version}, ${b.cardsTotal} Karten (${b.shown} angezeigt), Filterwechsel (Klick auf eine Produktgruppe) bis aktualisierte Liste`,
  );
  console.log(`   nur JavaScript (Filtern, hidden setzen, Zahlen, URL): Median ${fmt(b.jsMedian, 2)} ms`);
  if (b.cpu) {
    console.log(
      `   Renderer-CPU-Zeit je Änderung (${b.cpu.clicks} Klicks): Skript ${fmt(b.cpu.script, 2)} ms + Stil ${fmt(b.cpu.style, 2)} ms + Layout ${fmt(b.cpu.layout, 2)} ms = ${fmt(b.cpu.total, 2)} ms`,
    );
  }
  console.log(`   Wanduhr bis Layout fertig: Median ${fmt(b.syncMedian, 2)} ms, 95. Perzentil ${fmt(b.syncP95, 2)} ms`);
  console.log(`   Wanduhr bis nächster Frame: Median ${fmt(b.frameMedian, 2)} ms, 95. Perzentil ${fmt(b.frameP95, 2)} ms`);
} else console.log('\n2. Übersprungen: erst npm run build ausführen.');

const s = islandSize();
if (s) console.log(`\n3. JavaScript des Finders: ${s.files} Datei(en), ${s.raw} Bytes, ${s.gzip} Bytes gzip (${fmt(s.gzip / 1024, 1)} KB)`);
