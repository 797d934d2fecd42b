// Page weight of typical pages in the built site (gzip), against the budget and against the
// peer "KERN's ready-made dist/kern.min.css" that a site would load without selective imports.
// Run after `npm run build`: `npm run bench:weight`.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { assetsOfPage } from '../scripts/harness/assets';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ fehlt: zuerst `npm run build` ausführen.');
  process.exit(1);
}

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const BUDGET = 30 * 1024;

function weigh(path: string) {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  // Every file under /_astro/ the page loads, including modules its scripts import.
  const assets = [...assetsOfPage(`/${path}${path ? '/' : ''}`, dist)];
  const size = (files: string[]) => files.reduce((sum, f) => sum + gz(readFileSync(join(dist, f))), 0);
  const inlineJs = [...html.matchAll(/<script(?![^>]*type="application\/(?:ld\+)?json")(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  return {
    path,
    html: gz(html),
    css: size(assets.filter((a) => a.endsWith('.css'))),
    js: size(assets.filter((a) => a.endsWith('.js'))) + (inlineJs ? gz(inlineJs) : 0),
  };
}

const pages = ['', 'angebote/netzwerk-faire-beschaffung', 'wettbewerb/2025', 'aktuelles', 'impressum', 'guetezeichen', 'guetezeichen/fair-stone', 'seminare', 'suche'];
const rows = pages.filter((p) => existsSync(join(dist, p, 'index.html'))).map(weigh);
console.log('Seitengewicht (gzip, Stufe 9)');
console.log('Seite'.padEnd(42), 'HTML'.padStart(9), 'CSS'.padStart(9), 'JS'.padStart(9), 'HTML+CSS'.padStart(10), 'Budget 30 KB');
for (const r of rows) {
  const total = r.html + r.css;
  console.log(`/${r.path}${r.path ? '/' : ''}`.padEnd(42), kb(r.html).padStart(9), kb(r.css).padStart(9), kb(r.js).padStart(9), kb(total).padStart(10), `${((total / BUDGET) * 100).toFixed(0)} %`);
}
const kernFull = gz(readFileSync(join(root, 'node_modules/@kern-ux/native/dist/kern.min.css')));
const ours = rows[0].css;
console.log(`\nCSS der Website: ${kb(ours)}; Vergleich „KERN dist/kern.min.css komplett“: ${kb(kernFull)}; Verhältnis ${(ours / kernFull).toFixed(2)}`);

// The CMS bundle, for comparison: it loads on /admin/ only (tests/browser/cms-smoke.test.ts checks that).
const adminAssets = [...assetsOfPage('/admin/', dist)].filter((a) => /\.(js|wasm)$/.test(a));
const adminEntry = [...readFileSync(join(dist, 'admin/index.html'), 'utf8').matchAll(/src="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]);
const mb = (files: string[]) => `${(files.reduce((sum, f) => sum + gz(readFileSync(join(dist, f))), 0) / 1024 / 1024).toFixed(2)} MB`;
console.log(`CMS unter /admin/: beim Laden ${mb(adminEntry)} gzip, mit ${adminAssets.length - adminEntry.length} nachgeladenen Dateien ${mb(adminAssets)} gzip`);
