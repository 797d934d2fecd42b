import { lstatSync, readdirSync, readFileSync, type Stats } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { slug as slugify } from 'github-slugger';
import yaml from 'js-yaml';
import sharp from 'sharp';
import { z } from 'astro/zod';
import { schemaFor, type CollectionSpec } from '../schemas/registry';
import { markdownImages } from './markdown/media-urls';
import { removedHtmlProblems } from './quality/markdown-html';
import { uploadTypeProblems } from './quality/upload-types';

/** One problem in one file, phrased for editors. */
export interface ContentProblem {
  file: string;
  field?: string;
  message: string;
}

export interface ContentEntry {
  collection: string;
  id: string;
  file: string;
  data: unknown;
  body?: string;
}

/** A picture the build will decode: every upload in content/media/ and every local image in a Markdown body. */
export interface ImageUse {
  path: string;
  /** The entry and field that show it; absent for an upload in content/media/. */
  file?: string;
  field?: string;
}

/** The folder for uploads, next to the collection folders. */
export const MEDIA_DIR = 'media';
/** The one hidden file allowed: Git keeps an empty folder (e.g. media/ or seminars/ with no entries) only with a file in it. */
export const KEEP_FILE = '.gitkeep';
/** Uploads the build imports and decodes (src/lib/media.ts). */
const DECODED_IMAGE = /\.(?:jpe?g|png|webp|avif)$/i;

/** An entry's address: its file name without extension, slugged as Astro slugs it. Nothing inside the file counts. */
export function entryId(fileName: string): string {
  return slugify(basename(fileName, extname(fileName)));
}

/**
 * Astro's own front matter expression (@astrojs/internal-helpers/frontmatter, used by the
 * Markdown loader), so the check splits head and body exactly as the build does.
 * tests/unit/content-parse.test.ts compares both on awkward inputs.
 */
const ASTRO_FRONT_MATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;
const FENCE_LINES = /^(?:\uFEFF)?(?:[ \t]*\r?\n)*(---|\+\+\+)(.*)$/m;

/** Head (raw YAML) and body of a Markdown file, split as Astro splits it, plus what makes the split ambiguous. */
export function splitFrontMatter(text: string): { raw?: string; body: string; problems: string[] } {
  const match = ASTRO_FRONT_MATTER.exec(text);
  if (!match)
    return { body: text, problems: ['Die Datei beginnt nicht mit einem Kopfbereich zwischen zwei Zeilen „---“ (oder die schließende Zeile „---“ fehlt).'] };
  const problems: string[] = [];
  const opening = FENCE_LINES.exec(text)!;
  if (opening[1] === '+++' || match[0].trimEnd().endsWith('+++')) problems.push('Der Kopfbereich muss YAML zwischen zwei Zeilen „---“ sein, nicht „+++“.');
  if (opening[2].trim() !== '') problems.push('Hinter dem öffnenden „---“ steht noch Text; die Zeile muss genau „---“ sein.');
  const afterClose = text.slice(match.index + match[0].length).split(/\r?\n/, 1)[0];
  if (afterClose.trim() !== '') problems.push(`Die Zeile, die den Kopfbereich schließt, muss genau „---“ sein; dahinter steht „${afterClose.trim()}“.`);
  return { raw: match[1], body: text.slice(match.index + match[0].length).trim(), problems };
}

/**
 * Parses one file. `data` is read with js-yaml's CORE_SCHEMA, which keeps dates as text (the default
 * would turn 2026-02-30 into 2 March); `builtData` is what Astro's loader reads (the default
 * schema, which turns an unquoted 2026-01-01 into a Date). The check validates both.
 */
export function parseEntryFile(
  file: string,
  text: string,
  format: 'md' | 'json',
): { data: unknown; builtData: unknown; body?: string; frontMatterProblems: string[] } {
  if (format === 'json') {
    const data: unknown = JSON.parse(text);
    if (data === null || typeof data !== 'object') throw new Error('Die Datei enthält kein JSON-Objekt.');
    return { data, builtData: data, frontMatterProblems: [] };
  }
  const split = splitFrontMatter(text);
  if (split.raw === undefined) throw new Error(split.problems[0]);
  const data = yaml.load(split.raw, { schema: yaml.CORE_SCHEMA }) ?? {};
  const built = yaml.load(split.raw);
  return { data, builtData: built && typeof built === 'object' ? built : {}, body: split.body, frontMatterProblems: split.problems };
}

function formatPath(path: PropertyKey[]): string {
  return path.map(String).join('.');
}

function valuesAt(data: unknown, path: string[]): unknown[] {
  if (path.length === 0) return [data];
  const [head, ...rest] = path;
  if (data === null || typeof data !== 'object') return [];
  if (head.endsWith('[]')) {
    const list = (data as Record<string, unknown>)[head.slice(0, -2)];
    return Array.isArray(list) ? list.flatMap((item) => valuesAt(item, rest)) : [];
  }
  return valuesAt((data as Record<string, unknown>)[head], rest);
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** Dot paths (`[]` for list items) of the fields whose schema is marked `.meta({ widget: 'image' })` (or `'file'`: PDF uploads). */
export function imageFields(schema: z.ZodType, widget: 'image' | 'file' = 'image'): string[] {
  type Node = { widget?: unknown; properties?: Record<string, Node>; items?: Node; anyOf?: Node[]; oneOf?: Node[]; allOf?: Node[] };
  const found: string[] = [];
  const walk = (node: Node | undefined, path: string) => {
    if (!node || typeof node !== 'object') return;
    if (node.widget === widget) found.push(path);
    for (const [key, child] of Object.entries(node.properties ?? {})) walk(child, path ? `${path}.${key}` : key);
    if (node.items) walk(node.items, `${path}[]`);
    for (const option of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) walk(option, path);
  };
  walk(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Node, '');
  return found;
}

const uploadFields = new WeakMap<z.ZodType, { imagePaths: string[]; documentPaths: string[] }>();

/** Image and PDF fields of a schema, worked out once per schema. */
function uploadFieldsOf(schema: z.ZodType): { imagePaths: string[]; documentPaths: string[] } {
  let found = uploadFields.get(schema);
  if (!found) uploadFields.set(schema, (found = { imagePaths: imageFields(schema), documentPaths: imageFields(schema, 'file') }));
  return found;
}

function lstat(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** Why a name in content/ is not a plain file or folder the site may use, if it is not. */
function refusedName(name: string, stats: Stats): string | undefined {
  if (stats.isSymbolicLink()) return 'Symbolische Verknüpfungen sind im Inhaltsordner nicht erlaubt; bitte die Datei selbst ablegen.';
  if (name === KEEP_FILE) return stats.isFile() && stats.size === 0 ? undefined : `„${KEEP_FILE}“ darf nur eine leere Datei sein.`;
  if (name.startsWith('.') || name.startsWith('_'))
    return 'Namen, die mit „.“ oder „_“ beginnen, sind im Inhaltsordner nicht erlaubt (die Website würde sie übergehen oder als eigene Adresse veröffentlichen).';
  if (!stats.isFile() && !stats.isDirectory()) return 'Das ist keine gewöhnliche Datei.';
  return undefined;
}

/**
 * Reads and validates every entry of every collection and returns all problems at once:
 * the folder structure (plain files only), file names, schema errors read both as the check and
 * as Astro reads YAML, front matter Astro would split oddly, duplicate addresses and unique fields,
 * references to entries that do not exist, and images that are missing. Whether pictures decode
 * needs sharp, which is asynchronous: see checkContentAndMedia.
 */
export function checkContent(
  contentDir: string,
  specs: CollectionSpec[],
  displayRoot = contentDir,
): { entries: ContentEntry[]; problems: ContentProblem[]; images: ImageUse[] } {
  const problems: ContentProblem[] = [];
  const entries: ContentEntry[] = [];
  const images: ImageUse[] = [];
  const display = (file: string) => relative(displayRoot, file) || file;
  const mediaDir = join(contentDir, MEDIA_DIR);

  let topLevel: string[];
  try {
    topLevel = readdirSync(contentDir).sort();
  } catch {
    return { entries, problems: [{ file: display(contentDir), message: 'Der Inhaltsordner fehlt.' }], images };
  }
  for (const name of topLevel) {
    const path = join(contentDir, name);
    const stats = lstatSync(path);
    const refused = refusedName(name, stats);
    if (refused) problems.push({ file: display(path), message: refused });
    else if (name !== KEEP_FILE && !(stats.isDirectory() && (name === MEDIA_DIR || specs.some((s) => s.name === name)))) {
      problems.push({
        file: display(path),
        message: `Gehört zu keiner Sammlung. Hier sind nur die Ordner ${[...specs.map((s) => s.name), MEDIA_DIR].join(', ')} vorgesehen.`,
      });
    }
  }

  const mediaStats = lstat(mediaDir);
  if (mediaStats?.isDirectory()) {
    for (const name of readdirSync(mediaDir).sort()) {
      const path = join(mediaDir, name);
      const stats = lstatSync(path);
      const refused =
        refusedName(name, stats) ??
        (stats.isDirectory() ? 'Unterordner sind in content/media/ nicht vorgesehen; Bilder direkt in content/media/ ablegen.' : undefined);
      if (refused) problems.push({ file: display(path), message: refused });
      else if (DECODED_IMAGE.test(name)) images.push({ path });
    }
  }

  // Every readable file counts as existing for references, even one with schema errors, so a
  // broken contact yields one problem, not one more for each entry that points to it.
  const idsByCollection = new Map<string, Set<string>>();
  for (const spec of specs) {
    const dir = join(contentDir, spec.name);
    if (!lstat(dir)?.isDirectory()) {
      problems.push({ file: display(dir), message: 'Der Ordner fehlt.' });
      continue;
    }
    const files: string[] = [];
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const stats = lstatSync(path);
      const refused =
        refusedName(name, stats) ??
        (stats.isDirectory() ? 'Unterordner werden nicht veröffentlicht; Einträge gehören direkt in den Ordner der Sammlung.' : undefined);
      if (refused) problems.push({ file: display(path), message: refused });
      else if (name !== KEEP_FILE) files.push(name);
    }
    for (const fixed of spec.files ?? []) {
      if (!files.includes(`${fixed}.${spec.format}`))
        problems.push({ file: display(join(dir, `${fixed}.${spec.format}`)), message: 'Die Datei fehlt; die Website braucht sie.' });
    }
    const seenIds = new Map<string, string>();
    const seenUnique = new Map<string, string>();
    for (const name of files) {
      const file = join(dir, name);
      if (extname(name) !== `.${spec.format}`) {
        problems.push({ file: display(file), message: `Unerwartete Dateiendung: In „${spec.name}“ sind nur .${spec.format}-Dateien erlaubt.` });
        continue;
      }
      const id = entryId(name);
      const stem = basename(name, extname(name));
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(stem)) {
        problems.push({
          file: display(file),
          message:
            'Der Dateiname ist die Adresse und darf nur Kleinbuchstaben, Ziffern und einzelne Bindestriche enthalten (keine Punkte, Leerzeichen, Umlaute oder Großbuchstaben).',
        });
        continue;
      }
      if (spec.files && !spec.files.includes(id)) {
        problems.push({
          file: display(file),
          message: `Wird nicht verwendet: In „${spec.name}“ gibt es nur ${spec.files.map((f) => `${f}.${spec.format}`).join(', ')}.`,
        });
        continue;
      }
      const text = readFileSync(file, 'utf8');
      let parsed: ReturnType<typeof parseEntryFile>;
      try {
        parsed = parseEntryFile(file, text, spec.format);
      } catch (error) {
        problems.push({ file: display(file), message: `Die Datei kann nicht gelesen werden: ${(error as Error).message}` });
        continue;
      }
      for (const message of parsed.frontMatterProblems) problems.push({ file: display(file), message });
      // The build drops HTML outside the allowlist; the editor learns here what and where.
      if (parsed.body !== undefined) problems.push(...removedHtmlProblems(display(file), text, parsed.body));
      const clash = seenIds.get(id);
      if (clash) {
        problems.push({ file: display(file), message: `Doppelte Adresse „${id}“: Auch ${display(clash)} ergibt diese Adresse.` });
      }
      seenIds.set(id, file);
      if (!idsByCollection.has(spec.name)) idsByCollection.set(spec.name, new Set());
      idsByCollection.get(spec.name)!.add(id);
      if (spec.reservedIds?.includes(id)) {
        problems.push({ file: display(file), message: `Der Dateiname „${id}“ ist schon eine Adresse der Website; bitte einen anderen wählen.` });
      }

      const schema = schemaFor(spec, id);
      const { imagePaths, documentPaths } = uploadFieldsOf(schema);
      const result = schema.safeParse(parsed.data);
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push({ file: display(file), field: formatPath(issue.path) || undefined, message: issue.message });
        }
        continue;
      }
      // What the check reads as text, Astro's YAML may read as a date: the build would then refuse it.
      const built = schema.safeParse(parsed.builtData);
      if (!built.success) {
        for (const issue of built.error.issues) {
          const value = valueAt(parsed.builtData, issue.path);
          const why =
            value instanceof Date
              ? `wird beim Bauen als Datum gelesen, weil es ohne Anführungszeichen steht; bitte in Anführungszeichen setzen, z. B. "${String(valueAt(parsed.data, issue.path))}"`
              : `wird beim Bauen anders gelesen: ${issue.message}`;
          problems.push({ file: display(file), field: formatPath(issue.path) || undefined, message: why });
        }
        continue;
      }

      for (const field of imagePaths) {
        for (const src of valuesAt(result.data, field.split('.'))) {
          if (typeof src !== 'string') continue;
          const path = join(contentDir, src);
          if (!lstat(path)?.isFile()) {
            problems.push({ file: display(file), field: field.replaceAll('[]', ''), message: `Die Bilddatei ${src} gibt es nicht in content/media/.` });
          }
        }
      }
      for (const field of documentPaths) {
        for (const src of valuesAt(result.data, field.split('.'))) {
          if (typeof src === 'string' && !lstat(join(contentDir, src))?.isFile()) {
            problems.push({ file: display(file), field: field.replaceAll('[]', ''), message: `Die Datei ${src} gibt es nicht in content/media/.` });
          }
        }
      }
      for (const { url, line } of markdownImages(parsed.body ?? '')) {
        const field = `Text, Zeile ${line}`;
        let path: string;
        try {
          path = resolve(dirname(file), decodeURI(url));
        } catch {
          problems.push({ file: display(file), field, message: `Die Bildadresse „${url}“ ist fehlerhaft kodiert.` });
          continue;
        }
        if (!lstat(path)?.isFile()) {
          problems.push({
            file: display(file),
            field,
            message: `Das Bild „${url}“ gibt es nicht (gesucht: ${display(path)}). Hochgeladene Bilder stehen im Text als media/<datei> (wie die Medienbibliothek sie einfügt).`,
          });
        } else if (relative(mediaDir, path).startsWith('..')) {
          problems.push({
            file: display(file),
            field,
            message: `Das Bild „${url}“ liegt nicht in content/media/; Bilder im Text kommen aus der Medienbibliothek (media/<datei>).`,
          });
        } else images.push({ path, file: display(file), field });
      }

      for (const field of spec.unique ?? []) {
        const value = (result.data as Record<string, unknown>)[field];
        const key = `${field}=${String(value)}`;
        const other = seenUnique.get(key);
        if (other) {
          problems.push({ file: display(file), field, message: `Der Wert „${String(value)}“ kommt schon in ${display(other)} vor; er muss eindeutig sein.` });
        }
        seenUnique.set(key, file);
      }
      entries.push({ collection: spec.name, id, file, data: result.data, body: parsed.body });
    }
  }

  for (const spec of specs) {
    for (const ref of spec.references ?? []) {
      const known = idsByCollection.get(ref.collection) ?? new Set<string>();
      for (const entry of entries.filter((e) => e.collection === spec.name)) {
        for (const value of valuesAt(entry.data, ref.field.split('.'))) {
          if (value === undefined || value === null) continue;
          const id = typeof value === 'string' ? value : JSON.stringify(value);
          if (!known.has(id)) {
            problems.push({
              file: display(entry.file),
              field: ref.field.replaceAll('[]', ''),
              message: `verweist auf „${id}“, aber in „${ref.collection}“ gibt es keinen Eintrag mit diesem Dateinamen.`,
            });
          }
        }
      }
    }
  }
  problems.push(...uploadTypeProblems(join(contentDir, 'media'), display));
  return { entries, problems, images };
}

/** Pictures the build would fail to decode (a text file named .jpg, a truncated upload). */
export async function undecodableImages(images: ImageUse[], display: (file: string) => string): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const failures = new Map<string, string | undefined>();
  for (const image of images) {
    if (!failures.has(image.path)) {
      try {
        // stats() decodes every pixel; metadata() alone reads only the header.
        await sharp(image.path).stats();
        failures.set(image.path, undefined);
      } catch (error) {
        failures.set(image.path, (error as Error).message.split('\n')[0]);
      }
    }
    const failure = failures.get(image.path);
    if (failure !== undefined) {
      const message = `Das Bild ${display(image.path)} lässt sich nicht lesen (${failure}); bitte als JPEG, PNG, WebP oder AVIF neu hochladen.`;
      problems.push(image.file ? { file: image.file, field: image.field, message } : { file: display(image.path), message });
    }
  }
  return problems;
}

/** The whole check as the build and `npm run check:content` run it: checkContent plus decoding every picture. */
export async function checkContentAndMedia(contentDir: string, specs: CollectionSpec[], displayRoot = contentDir) {
  const result = checkContent(contentDir, specs, displayRoot);
  const display = (file: string) => relative(displayRoot, file) || file;
  // An upload already refused for its type needs no second message; a field naming it still gets one.
  const refused = new Set(result.problems.map((p) => p.file));
  const decoded = await undecodableImages(
    result.images.filter((image) => image.file || !refused.has(display(image.path))),
    display,
  );
  return { ...result, problems: [...result.problems, ...decoded] };
}

export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => (p.field ? `${p.file}: Feld „${p.field}“: ${p.message}` : `${p.file}: ${p.message}`)).join('\n');
}
