/**
 * Lighthouse in mobile mode (its default: Moto G Power emulation, simulated slow 4G) on one page of
 * each type, three runs each, against dist/ served with the headers the hosts send
 * (scripts/harness/static-server.ts). Prints the median score per category; the target is 100 in
 * all four. Needs a build: `npm run build && npm run bench:lighthouse`.
 */
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { root } from '../scripts/harness/server';
import { startStaticServer } from '../scripts/harness/static-server';
import { median, pageTypes } from './lib/page-types';

const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ fehlt: zuerst `npm run build` ausführen.');
  process.exit(1);
}
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const NAMES = { performance: 'Leistung', accessibility: 'Barrierefreiheit', 'best-practices': 'Best Practices', seo: 'SEO' };

const server = await startStaticServer(dist);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
console.log(`Lighthouse ${RUNS}× je Seite, mobil; Median je Kategorie (Ziel 100). ${cpus().length} Kerne, ${cpus()[0].model}, Node ${process.versions.node}`);
console.log('Seite'.padEnd(20), ...CATEGORIES.map((c) => NAMES[c].padStart(17)), 'LCP ms'.padStart(8), 'CLS'.padStart(7), 'TBT ms'.padStart(7));
const below: string[] = [];
try {
  for (const page of pageTypes(dist)) {
    const scores: Record<string, number[]> = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
    const lcp: number[] = [];
    const cls: number[] = [];
    const tbt: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`${server.url}${page.path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      const lhr = result!.lhr;
      if (lhr.runtimeError) {
        // A run Lighthouse could not finish (e.g. no paint in time on a busy machine) is named, not counted.
        below.push(`${page.name} (${page.path}), Lauf ${run + 1}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        continue;
      }
      for (const c of CATEGORIES) scores[c].push(Math.round((lhr.categories[c].score ?? 0) * 100));
      lcp.push(lhr.audits['largest-contentful-paint'].numericValue ?? NaN);
      cls.push(lhr.audits['cumulative-layout-shift'].numericValue ?? NaN);
      tbt.push(lhr.audits['total-blocking-time'].numericValue ?? NaN);
      if (run === RUNS - 1) {
        for (const c of CATEGORIES) {
          if ((lhr.categories[c].score ?? 0) < 1) {
            const failing = lhr.categories[c].auditRefs
              .map((ref) => lhr.audits[ref.id])
              .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
              .map((a) => a.id);
            below.push(`${page.name} (${page.path}), ${NAMES[c]}: ${failing.join(', ')}`);
          }
        }
      }
    }
    if (lcp.length === 0) {
      console.log(page.name.padEnd(20), 'kein gültiger Lauf');
      continue;
    }
    console.log(
      page.name.padEnd(20),
      ...CATEGORIES.map((c) => String(median(scores[c])).padStart(17)),
      median(lcp).toFixed(0).padStart(8),
      median(cls).toFixed(3).padStart(7),
      median(tbt).toFixed(0).padStart(7),
    );
  }
} finally {
  chrome.kill();
  await server.stop();
}
if (below.length > 0) console.log(`\nUnter 100 im letzten Lauf (Lighthouse-Prüfungen):\n- ${below.join('\n- ')}`);
