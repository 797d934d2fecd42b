// Scale benchmark: builds a synthetic copy of the site at 500 and at 5,000 pages and reports
// build time per page, the Pagefind index and what a first search fetches.
//
//   npm run bench:scale                     (sizes 500 and 5000)
//   npm run bench:scale -- --sizes 200,2000 --keep
//
// Each size gets its own temporary copy of the project and is built --runs times, each time cold
// (no dist/, no Astro or Vite cache). The fastest run counts: on a shared machine the slower ones
// measure the neighbours. The load average before each run is printed with it.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../scripts/harness/browser';
import { startPreview } from '../scripts/harness/server';
import { builtHtml, cleanBuild, generateSite } from '../scripts/generate-site';
import { astroBuild, ownContentEnv } from '../scripts/harness/build';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '500,5000' },
    query: { type: 'string', default: 'Beschaffung' },
    runs: { type: 'string', default: '2' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);

interface Measurement {
  target: number;
  pages: number;
  indexed: number;
  buildMs: number;
  runs: string;
  pagefindMs: number;
  msPerPage: number;
  indexFiles: number;
  indexBytes: number;
  queryFiles: number;
  queryBytes: number;
  queryHits: string;
  queryKinds: string;
  clones: Record<string, number>;
}

const kb = (bytes: number) => `${(bytes / 1024).toLocaleString('de-DE', { maximumFractionDigits: 0 })} KB`;

function filesUnder(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return { path: relative(dir, path), bytes: statSync(path).size };
    });
}

/** Which parts of the index a query needed: loader, worker, WebAssembly, metadata, word index, filters, result fragments. */
function byKind(fetched: Map<string, number>): string {
  const kinds = new Map<string, { files: number; bytes: number }>();
  for (const [path, bytes] of fetched) {
    const name = path.replace(/^\/pagefind\//, '');
    const kind = name.includes('/') ? name.split('/')[0] : name.replace(/\.[0-9a-z_]+\.pf_meta$/, '.pf_meta');
    const entry = kinds.get(kind) ?? { files: 0, bytes: 0 };
    kinds.set(kind, { files: entry.files + 1, bytes: entry.bytes + bytes });
  }
  return [...kinds].map(([kind, k]) => `${kind} ${k.files}× ${kb(k.bytes)}`).join(', ');
}

/** Loads /suche/?q=… like a first-time visitor and records every request under /pagefind/. */
async function firstQuery(dir: string, query: string): Promise<{ files: number; bytes: number; hits: string; kinds: string }> {
  const server = await startPreview(dir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const fetched = new Map<string, number>();
    const bodies: Promise<void>[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (!url.pathname.startsWith('/pagefind/')) return;
      bodies.push(
        response
          .body()
          .then((body) => void fetched.set(url.pathname, body.length))
          .catch(() => undefined),
      );
    });
    await page.goto(`${server.url}/suche/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => /Treffer/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 60_000 });
    await page.waitForSelector('.search-hit', { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await Promise.all(bodies);
    const hits = (await page.textContent('[data-search-status]')) ?? '';
    return { files: fetched.size, bytes: [...fetched.values()].reduce((a, b) => a + b, 0), hits: hits.trim(), kinds: byKind(fetched) };
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function measure(target: number): Promise<Measurement> {
  console.error(`\n== ${target} Seiten: Kopie erzeugen …`);
  const site = generateSite(target);
  try {
    console.error(`   ${site.dir}, Kopien: ${JSON.stringify(site.clones)}`);
    const runs: { ms: number; load: number; output: string }[] = [];
    for (let run = 1; run <= Number(values.runs); run++) {
      cleanBuild(site.dir);
      const load = loadavg()[0];
      const build = astroBuild(site.dir, { env: ownContentEnv() });
      if (!build.ok) throw new Error(`Build gescheitert:\n${build.output.slice(-4000)}`);
      console.error(`   Build ${run}: ${(build.ms / 1000).toFixed(1)} s (Last vorher ${load.toFixed(1)})`);
      runs.push({ ms: build.ms, load, output: build.output });
    }
    const build = runs.reduce((best, r) => (r.ms < best.ms ? r : best));
    const pages = builtHtml(site.dir).filter((p) => !p.startsWith('admin/')).length;
    const pagefindLine = /\[pagefind-index\] (\d+) HTML-Dateien gelesen, Index in (\d+) ms/.exec(build.output);
    const index = filesUnder(join(site.dir, 'dist/pagefind'));
    const entry = (
      (await import(join(site.dir, 'dist/pagefind/pagefind-entry.json'), { with: { type: 'json' } })) as {
        default: { languages: Record<string, { page_count: number }> };
      }
    ).default;
    const query = await firstQuery(site.dir, values.query);
    return {
      target,
      pages,
      indexed: Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0),
      buildMs: build.ms,
      runs: runs.map((r) => `${(r.ms / 1000).toFixed(1)} s bei Last ${r.load.toFixed(1)}`).join(', '),
      pagefindMs: pagefindLine ? Number(pagefindLine[2]) : NaN,
      msPerPage: build.ms / pages,
      indexFiles: index.length,
      indexBytes: index.reduce((sum, f) => sum + f.bytes, 0),
      queryFiles: query.files,
      queryBytes: query.bytes,
      queryHits: query.hits,
      queryKinds: query.kinds,
      clones: site.clones,
    };
  } finally {
    if (values.keep) console.error(`   behalten: ${site.dir}`);
    else rmSync(site.dir, { recursive: true, force: true });
  }
}

const results: Measurement[] = [];
for (const size of sizes) results.push(await measure(size));

console.log(`Rechner: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}`);
console.log(
  '| Seiten (Ziel) | gebaut | indexiert | Build gesamt | davon Pagefind | ms je Seite | Index: Dateien | Index: Größe | erste Suche: Dateien | erste Suche: Bytes |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(
    `| ${r.target} | ${r.pages} | ${r.indexed} | ${(r.buildMs / 1000).toFixed(1)} s | ${(r.pagefindMs / 1000).toFixed(1)} s | ${r.msPerPage.toFixed(1)} | ${r.indexFiles} | ${kb(r.indexBytes)} | ${r.queryFiles} | ${kb(r.queryBytes)} |`,
  );
}
for (const r of results)
  console.log(
    `- ${r.target}: erste Suche nach „${values.query}“ → ${r.queryHits} Geladen: ${r.queryKinds}. Builds: ${r.runs}. Kopien: ${JSON.stringify(r.clones)}`,
  );
if (results.length >= 2) {
  const first = results[0];
  const last = results[results.length - 1];
  const ratio = last.msPerPage / first.msPerPage;
  const marginal = (last.buildMs - first.buildMs) / (last.pages - first.pages);
  console.log(
    `Zusätzliche Zeit je zusätzlicher Seite (${first.target} → ${last.target}): ${marginal.toFixed(1)} ms; fester Anteil je Build etwa ${((first.buildMs - marginal * first.pages) / 1000).toFixed(1)} s`,
  );
  console.log(
    `Verhältnis ms je Seite ${last.target}/${first.target}: ${ratio.toFixed(2)} (Ziel ≤ 1,3) – ${ratio <= 1.3 ? 'eingehalten' : 'NICHT eingehalten'}`,
  );
}
