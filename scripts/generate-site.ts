// Builds a synthetic copy of this site with about N pages, for the scale benchmark (bench/scale.ts).
//
//   tsx scripts/generate-site.ts --pages 500 [--out /tmp/dir] [--seed 1]
//
// The project is copied to a temporary folder (node_modules linked package by package, so the
// copy's build caches stay its own). Then every collection of the registry whose entries get a
// page of their own is multiplied by cloning its real entries under new file names with varied
// titles and text. Clones are checked by the project's own content check, so they always fit
// the real schemas, including collections added later (labels, seminars).
import { existsSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { checkContent, parseEntryFile } from '../src/lib/content-check';
import { htmlFiles } from '../src/lib/quality/html-files';
import { collections, type CollectionSpec } from '../src/schemas/registry';
import { astroBuild, ownContentEnv } from './harness/build';
import { copyProject } from './harness/project';

/** Removes build output and caches, so the next build of `dir` starts cold. */
export function cleanBuild(dir: string): void {
  for (const path of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(dir, path), { recursive: true, force: true });
}

/** Every HTML page a build wrote, as paths relative to dist/. */
export function builtHtml(dir: string): string[] {
  const dist = join(dir, 'dist');
  return htmlFiles(dist).map((file) => relative(dist, file));
}

interface SourceEntry {
  spec: CollectionSpec;
  stem: string;
  data: Record<string, unknown>;
  body?: string;
}

function readEntries(dir: string, spec: CollectionSpec): SourceEntry[] {
  const folder = join(dir, 'content', spec.name);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => extname(f) === `.${spec.format}`)
    .map((f) => {
      const parsed = parseEntryFile(f, readFileSync(join(folder, f), 'utf8'), spec.format);
      return { spec, stem: basename(f, extname(f)), data: parsed.data as Record<string, unknown>, body: parsed.body };
    });
}

/**
 * Collections whose entries have a page of their own: after a build, a folder in dist/ is
 * named like the entry's file (news/x.md → /aktuelles/x/, labels/x.json → /guetezeichen/x/).
 */
export function pageCollections(dir: string): Map<CollectionSpec, SourceEntry[]> {
  const folders = new Set(builtHtml(dir).map((p) => basename(join(p, '..'))));
  const found = new Map<CollectionSpec, SourceEntry[]>();
  for (const spec of collections) {
    if (spec.create === false) continue;
    const all = readEntries(dir, spec);
    const entries = all.filter((e) => folders.has(e.stem));
    // A few names may match by chance (the contact "seminare" and the page /angebote/seminare/).
    if (entries.length > 0 && entries.length * 2 >= all.length) found.set(spec, entries);
  }
  return found;
}

/** Small seeded generator, so two runs with the same seed make the same site. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const towns = [
  'Aalen',
  'Bamberg',
  'Coburg',
  'Detmold',
  'Eisenach',
  'Flensburg',
  'Görlitz',
  'Hameln',
  'Ilmenau',
  'Jena',
  'Kempten',
  'Lüneburg',
  'Marburg',
  'Nördlingen',
  'Oldenburg',
  'Passau',
  'Quedlinburg',
  'Rostock',
  'Siegen',
  'Tübingen',
  'Ulm',
  'Vechta',
  'Wismar',
  'Zwickau',
];

function pick<T>(list: readonly T[], next: () => number): T {
  return list[Math.floor(next() * list.length)];
}

/** Words of the site's own texts, so generated sentences index and stem like real ones. */
function vocabulary(sources: SourceEntry[]): string[] {
  const text = sources.map((s) => `${s.body ?? ''} ${JSON.stringify(s.data)}`).join(' ');
  return [...new Set(text.match(/\p{L}{4,}/gu) ?? [])];
}

function sentence(words: string[], next: () => number, length: number): string {
  const chosen = Array.from({ length }, () => pick(words, next));
  const text = chosen.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function shuffled<T>(list: T[], next: () => number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

const titleFields = ['title', 'name'];

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return text.slice(0, cut > max / 2 ? cut : max);
}

/**
 * Variants of one clone, most varied first. The first that fits the schema is written:
 * a changed title and text where the schema allows it, else only the fields that must differ.
 */
function cloneVariants(
  source: SourceEntry,
  n: number,
  words: string[],
  next: () => number,
  uniqueBase: Map<string, number>,
): { data: Record<string, unknown>; body?: string }[] {
  const town = pick(towns, next);
  const uniqueOnly = structuredClone(source.data);
  for (const field of source.spec.unique ?? []) {
    const value = uniqueOnly[field];
    if (typeof value === 'number') uniqueOnly[field] = (uniqueBase.get(field) ?? 0) + n;
    else if (typeof value === 'string') uniqueOnly[field] = `${value} ${n}`;
  }
  const varied = structuredClone(uniqueOnly);
  for (const field of titleFields) {
    const value = varied[field];
    if (typeof value === 'string') varied[field] = `${shorten(value, 60)} – ${town} ${n}`;
  }
  const body =
    source.body === undefined
      ? undefined
      : [
          ...shuffled(
            source.body.split(/\n{2,}/).filter((p) => p.trim()),
            next,
          ),
          sentence(words, next, 30 + Math.floor(next() * 40)),
        ].join('\n\n') + '\n';
  return [
    { data: varied, body },
    { data: uniqueOnly, body },
    { data: uniqueOnly, body: source.body },
  ];
}

function serialize(spec: CollectionSpec, data: Record<string, unknown>, body?: string): string {
  if (spec.format === 'json') return `${JSON.stringify(data, null, 2)}\n`;
  return `---\n${yaml.dump(data, { lineWidth: -1 })}---\n\n${body ?? ''}`;
}

/**
 * Writes `count` clones, spread over the page-making collections in proportion to their size.
 * A collection whose clones stop fitting its schema (a year field ends at 2100, an order at 99)
 * leaves the rest to the others. Returns how many clones each collection got.
 */
export function addClones(dir: string, sources: Map<CollectionSpec, SourceEntry[]>, count: number, seed = 1): Record<string, number> {
  const next = random(seed);
  const words = vocabulary([...sources.values()].flat());
  const written: { spec: CollectionSpec; file: string }[] = [];
  const plan = [...sources].map(([spec, entries]) => {
    const uniqueBase = new Map<string, number>();
    for (const field of spec.unique ?? []) {
      const numbers = readEntries(dir, spec)
        .map((e) => e.data[field])
        .filter((v): v is number => typeof v === 'number');
      if (numbers.length) uniqueBase.set(field, Math.max(...numbers));
    }
    return { spec, entries, uniqueBase, tried: 0, made: 0, failedInRow: 0 };
  });
  while (written.length < count) {
    const open = plan.filter((p) => p.failedInRow < 5);
    if (open.length === 0) break;
    const target = open.reduce((best, p) => (p.made / p.entries.length < best.made / best.entries.length ? p : best));
    const n = ++target.tried;
    const source = target.entries[(n - 1) % target.entries.length];
    const variant = cloneVariants(source, n, words, next, target.uniqueBase).find((v) => target.spec.schema.safeParse(v.data).success);
    if (!variant) {
      target.failedInRow++;
      continue;
    }
    target.failedInRow = 0;
    target.made++;
    const file = join(dir, 'content', target.spec.name, `${source.stem}-kopie-${n}.${target.spec.format}`);
    writeFileSync(file, serialize(target.spec, variant.data, variant.body));
    written.push({ spec: target.spec, file });
  }
  // Rules across entries (unique fields, addresses, references) are the content check's: clones it rejects go.
  const { problems } = checkContent(join(dir, 'content'), collections, dir);
  const rejected = new Set(problems.map((p) => resolve(dir, p.file)));
  const clones = new Set(written.map((w) => w.file));
  const originals = problems.filter((p) => !clones.has(resolve(dir, p.file)));
  if (originals.length) throw new Error(`Die Vorlage selbst hat Inhaltsprobleme: ${originals.map((p) => `${p.file}: ${p.message}`).join('; ')}`);
  const counts: Record<string, number> = {};
  for (const { spec, file } of written) {
    if (rejected.has(file)) unlinkSync(file);
    else counts[spec.name] = (counts[spec.name] ?? 0) + 1;
  }
  return counts;
}

export interface GeneratedSite {
  dir: string;
  basePages: number;
  clones: Record<string, number>;
}

/** A copy of the project with about `pages` HTML pages once built (the build itself is the caller's). */
export function generateSite(pages: number, out?: string, seed = 1): GeneratedSite {
  const dir = copyProject(out);
  const probe = astroBuild(dir, { env: ownContentEnv() });
  if (!probe.ok) throw new Error(`Die Kopie in ${dir} lässt sich nicht bauen:\n${probe.output.slice(-4000)}`);
  const basePages = builtHtml(dir).length;
  const sources = pageCollections(dir);
  if (sources.size === 0) throw new Error('Keine Sammlung mit eigenen Seiten gefunden.');
  const clones = addClones(dir, sources, Math.max(0, pages - basePages), seed);
  cleanBuild(dir);
  return { dir, basePages, clones };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { pages: { type: 'string', default: '500' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } } });
  const site = generateSite(Number(values.pages), values.out, Number(values.seed));
  console.log(`Synthetische Website in ${site.dir}: ${site.basePages} Seiten als Vorlage, Kopien je Sammlung: ${JSON.stringify(site.clones)}`);
}
