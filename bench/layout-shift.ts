/**
 * Cumulative layout shift of one page of each type in Chromium with a phone profile (390 × 844,
 * touch, device scale 3) and a desktop profile (1280 × 800), five loads each, every one with an
 * empty cache. In the desktop loads every script arrives a second late, as on a slow connection or
 * a busy device: whatever a script adds then comes after the first paint, where a page that does not
 * reserve its place shifts. Layout shifts are summed until the page has been idle for a second after
 * load (the search page's results arrive after load). Target: CLS ≤ 0.02 on every page.
 * Needs a build: `npm run build && npm run bench:cls`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../scripts/harness/browser';
import { root } from '../scripts/harness/server';
import { startStaticServer } from '../scripts/harness/static-server';
import { median, pageTypes } from './lib/page-types';

const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ fehlt: zuerst `npm run build` ausführen.');
  process.exit(1);
}
const LOADS = 5;
const TARGET = 0.02;
const SCRIPT_DELAY_MS = 1000;
const profiles = [
  { name: 'Telefon', delay: 0, context: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true } },
  { name: `Bildschirm, Skripte ${SCRIPT_DELAY_MS / 1000} s später`, delay: SCRIPT_DELAY_MS, context: { viewport: { width: 1280, height: 800 } } },
];

const server = await startStaticServer(dist);
const browser = await launchBrowser();
console.log(`Layout-Verschiebung (CLS), leerer Cache, ${LOADS} Ladevorgänge je Seite und Profil; Ziel ≤ ${TARGET}`);
console.log('Telefon: 390 × 844, Touch, Pixeldichte 3. Bildschirm: 1280 × 800, jedes Skript eine Sekunde verzögert.');
console.log('Seite'.padEnd(20), 'Profil'.padEnd(30), 'Median'.padStart(8), 'Maximum'.padStart(8), '');
let worst = 0;
try {
  for (const page of pageTypes(dist))
    for (const profile of profiles) {
      const values: number[] = [];
      for (let i = 0; i < LOADS; i++) {
        // A fresh context per load: nothing cached, no service worker, no storage.
        const context = await browser.newContext(profile.context);
        const tab = await context.newPage();
        if (profile.delay) {
          await tab.route(/\.m?js(\?|$)/, async (route) => {
            await new Promise((resolve) => setTimeout(resolve, profile.delay));
            await route.continue();
          });
        }
        await tab.addInitScript(() => {
          const w = window as unknown as { __cls: number };
          w.__cls = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
              if (!entry.hadRecentInput) w.__cls += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await tab.goto(`${server.url}${page.path}`, { waitUntil: 'load' });
        await tab.waitForLoadState('networkidle');
        await tab.waitForTimeout(1000);
        values.push(await tab.evaluate(() => (window as unknown as { __cls: number }).__cls));
        await context.close();
      }
      const max = Math.max(...values);
      worst = Math.max(worst, max);
      console.log(
        page.name.padEnd(20),
        profile.name.padEnd(30),
        median(values).toFixed(3).padStart(8),
        max.toFixed(3).padStart(8),
        max <= TARGET ? 'ok' : 'über dem Ziel',
      );
    }
} finally {
  await browser.close();
  await server.stop();
}
console.log(`\nGrößte Verschiebung: ${worst.toFixed(3)} (Ziel ≤ ${TARGET}, Verhältnis ${(worst / TARGET).toFixed(2)})`);
