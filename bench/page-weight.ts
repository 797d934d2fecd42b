// Page weight of typical pages in the built site (gzip), against the budget and against the
// peer "KERN's ready-made dist/kern.min.css" that a site would load without selective imports.
// Run after `npm run build`: `npm run bench:weight`.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { assetsOfPage } from '../scripts/harness/assets';
import { firstVisitBudget } from '../scripts/harness/budgets';
import type { AssistantCommon } from '../src/lib/assistant/parts';
import { routes } from '../src/lib/routes';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ fehlt: zuerst `npm run build` ausführen.');
  process.exit(1);
}

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const BEFORE_SUBSETTING = 'FiraSans-Regular.woff2 + FiraSans-SemiBold.woff2 aus @kern-ux/native';

/** The code points of a CSS unicode-range value such as "U+20-7E, U+E4". */
function inRange(range: string): (code: number) => boolean {
  const spans = range.split(',').map((part) =>
    part
      .trim()
      .replace(/^U\+/i, '')
      .split('-')
      .map((h) => parseInt(h, 16)),
  );
  return (code) => spans.some(([from, to = from]) => code >= from && code <= to);
}

/** Web fonts a first visit fetches: every face whose unicode-range covers a character of the page. */
function fontsOf(cssFiles: string[], html: string): string[] {
  const text = html.replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ');
  const codes = new Set([...text].map((c) => c.codePointAt(0)!));
  const fonts: string[] = [];
  for (const file of cssFiles) {
    for (const [, face] of readFileSync(join(dist, file), 'utf8').matchAll(/@font-face\s*{([^}]*)}/g)) {
      const url = /url\((\/_astro\/[^)]+\.woff2)\)/.exec(face)?.[1];
      const range = /unicode-range:([^;}]+)/.exec(face)?.[1];
      if (!url) continue;
      const covers = range ? inRange(range) : () => true;
      if ([...codes].some(covers)) fonts.push(url);
    }
  }
  return fonts;
}

function weigh(path: string) {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  // Every file under /_astro/ the page loads, including modules its scripts import.
  const assets = [...assetsOfPage(`/${path}${path ? '/' : ''}`, dist)];
  const size = (files: string[]) => files.reduce((sum, f) => sum + gz(readFileSync(join(dist, f))), 0);
  const inlineJs = [...html.matchAll(/<script(?![^>]*type="application\/(?:ld\+)?json")(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  const css = assets.filter((a) => a.endsWith('.css'));
  return {
    path,
    html: gz(html),
    css: size(css),
    js: size(assets.filter((a) => a.endsWith('.js'))) + (inlineJs ? gz(inlineJs) : 0),
    // woff2 is compressed already; servers send it as it is.
    fonts: fontsOf(css, html).reduce((sum, f) => sum + readFileSync(join(dist, f)).length, 0),
  };
}

const pages = [
  '',
  'angebote/netzwerk-faire-beschaffung',
  'wettbewerb/2025',
  'aktuelles',
  'impressum',
  'guetezeichen',
  'guetezeichen/fair-stone',
  'seminare',
  'suche',
];
const rows = pages.filter((p) => existsSync(join(dist, p, 'index.html'))).map(weigh);
console.log('Seitengewicht eines ersten Besuchs (HTML, CSS, JS gzip Stufe 9; Schriften woff2)');
console.log('Seite'.padEnd(42), 'HTML'.padStart(9), 'CSS'.padStart(9), 'JS'.padStart(9), 'Schriften'.padStart(10), 'gesamt'.padStart(9), 'Budget');
for (const r of rows) {
  const total = r.html + r.css + r.js + r.fonts;
  const budget = firstVisitBudget(`/${r.path}${r.path ? '/' : ''}`);
  console.log(
    `/${r.path}${r.path ? '/' : ''}`.padEnd(42),
    kb(r.html).padStart(9),
    kb(r.css).padStart(9),
    kb(r.js).padStart(9),
    kb(r.fonts).padStart(10),
    kb(total).padStart(9),
    `${((total / budget) * 100).toFixed(0)} % von ${kb(budget)}`,
  );
}
const kernFonts = ['FiraSans-Regular.woff2', 'FiraSans-SemiBold.woff2'].reduce(
  (sum, f) => sum + readFileSync(join(root, 'node_modules/@kern-ux/native/dist/fonts/fira-sans', f)).length,
  0,
);
console.log(
  `\nSchriften der Startseite: ${kb(rows[0].fonts)}; vor der Teilmengenbildung („${BEFORE_SUBSETTING}“): ${kb(kernFonts)}; Verhältnis ${(rows[0].fonts / kernFonts).toFixed(2)}`,
);
const kernFull = gz(readFileSync(join(root, 'node_modules/@kern-ux/native/dist/kern.min.css')));
const ours = rows[0].css;
console.log(`\nCSS der Website: ${kb(ours)}; Vergleich „KERN dist/kern.min.css komplett“: ${kb(kernFull)}; Verhältnis ${(ours / kernFull).toFixed(2)}`);

// The Vergabeassistent's data, fetched by its islands after the page (src/lib/assistant/parts.ts):
// the common file on every visit, one product group's file once a group is chosen.
const commonFile = join(dist, routes.assistantData);
if (existsSync(commonFile)) {
  const common = JSON.parse(readFileSync(commonFile, 'utf8')) as AssistantCommon;
  const weighFile = (url: string) => {
    const bytes = readFileSync(join(dist, url));
    return { raw: bytes.length, gzip: gz(bytes) };
  };
  const sum = (urls: string[]) => urls.map(weighFile).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
  const parts = common.known.groups.map((slug) => ({ slug, ...weighFile(common.groups[slug].part) })).sort((a, b) => b.raw - a.raw);
  const group = common.known.groups.includes('textilien-bekleidung') ? 'textilien-bekleidung' : parts[0].slug;
  const line = (what: string, w: { raw: number; gzip: number }) => console.log(what.padEnd(62), kb(w.raw).padStart(9), kb(w.gzip).padStart(9));
  console.log(`\nVergabeassistent: Daten, die ein Besuch lädt (JSON roh und gzip Stufe 9)`);
  console.log(''.padEnd(62), 'roh'.padStart(9), 'gzip'.padStart(9));
  line('Assistent öffnen (gemeinsame Datei)', sum([routes.assistantData]));
  line(`Sitzung mit „${common.groups[group].name}“`, sum([routes.assistantData, common.groups[group].part]));
  line(`Vermerk zu „${common.groups[group].name}“`, sum([routes.assistantData, common.groups[group].part]));
  line(`größte Gruppendatei (${parts[0].slug})`, parts[0]);
  line(`alle ${parts.length} Gruppendateien zusammen`, sum(common.known.groups.map((slug) => common.groups[slug].part)));
}

// The CMS bundle, for comparison: it loads on /admin/ only (tests/browser/cms-smoke.test.ts checks that).
const adminAssets = [...assetsOfPage('/admin/', dist)].filter((a) => /\.(js|wasm)$/.test(a));
const adminEntry = [...readFileSync(join(dist, 'admin/index.html'), 'utf8').matchAll(/src="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]);
const mb = (files: string[]) => `${(files.reduce((sum, f) => sum + gz(readFileSync(join(dist, f))), 0) / 1024 / 1024).toFixed(2)} MB`;
console.log(
  `CMS unter /admin/: beim Laden ${mb(adminEntry)} gzip, mit ${adminAssets.length - adminEntry.length} nachgeladenen Dateien ${mb(adminAssets)} gzip`,
);
