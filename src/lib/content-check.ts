import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { slug as slugify } from 'github-slugger';
import yaml from 'js-yaml';
import type { CollectionSpec } from '../schemas/registry';
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

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/;

/** Parses one file the way Astro's loaders do (js-yaml front matter, JSON). */
export function parseEntryFile(file: string, text: string, format: 'md' | 'json'): { data: unknown; body?: string } {
  if (format === 'json') return { data: JSON.parse(text) };
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new Error('Die Datei beginnt nicht mit einem Kopfbereich zwischen zwei Zeilen „---“.');
  // CORE_SCHEMA keeps dates as text: js-yaml's default would turn 2026-02-30 into 2 March.
  return { data: yaml.load(match[1], { schema: yaml.CORE_SCHEMA }) ?? {}, body: match[2] };
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

/**
 * Reads and validates every entry of every collection and returns all problems at once:
 * schema errors, wrong file types, duplicate addresses and unique fields, and references
 * to entries that do not exist.
 */
export function checkContent(contentDir: string, specs: CollectionSpec[], displayRoot = contentDir): { entries: ContentEntry[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const entries: ContentEntry[] = [];
  const display = (file: string) => relative(displayRoot, file) || file;

  // Every readable file counts as existing for references, even one with schema errors, so a
  // broken contact yields one problem, not one more for each entry that points to it.
  const idsByCollection = new Map<string, Set<string>>();
  for (const spec of specs) {
    const dir = join(contentDir, spec.name);
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => !f.startsWith('.') && statSync(join(dir, f)).isFile()).sort();
    } catch {
      problems.push({ file: display(dir), message: 'Der Ordner fehlt.' });
      continue;
    }
    const seenIds = new Map<string, string>();
    const seenUnique = new Map<string, string>();
    for (const name of files) {
      const file = join(dir, name);
      if (extname(name) !== `.${spec.format}`) {
        problems.push({ file: display(file), message: `Unerwartete Dateiendung: In „${spec.name}“ sind nur .${spec.format}-Dateien erlaubt.` });
        continue;
      }
      let parsed: { data: unknown; body?: string };
      try {
        parsed = parseEntryFile(file, readFileSync(file, 'utf8'), spec.format);
      } catch (error) {
        problems.push({ file: display(file), message: `Die Datei kann nicht gelesen werden: ${(error as Error).message}` });
        continue;
      }
      // The build drops HTML outside the allowlist; the editor learns here what and where.
      if (parsed.body !== undefined) problems.push(...removedHtmlProblems(display(file), readFileSync(file, 'utf8'), parsed.body));
      const id = slugify(basename(name, extname(name)));
      const clash = seenIds.get(id);
      if (clash) {
        problems.push({ file: display(file), message: `Doppelte Adresse „${id}“: Auch ${display(clash)} ergibt diese Adresse.` });
      }
      seenIds.set(id, file);
      if (!idsByCollection.has(spec.name)) idsByCollection.set(spec.name, new Set());
      idsByCollection.get(spec.name)!.add(id);
      if (spec.reservedIds?.includes(id)) {
        problems.push({ file: display(file), message: `Der Dateiname „${id}“ ist schon eine Adresse der Website (/${id}/); bitte einen anderen wählen.` });
      }

      const result = spec.schema.safeParse(parsed.data);
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push({ file: display(file), field: formatPath(issue.path), message: issue.message });
        }
        continue;
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
          if (!known.has(String(value))) {
            problems.push({
              file: display(entry.file),
              field: ref.field.replaceAll('[]', ''),
              message: `verweist auf „${String(value)}“, aber in „${ref.collection}“ gibt es keinen Eintrag mit diesem Dateinamen.`,
            });
          }
        }
      }
    }
  }
  problems.push(...uploadTypeProblems(join(contentDir, 'media'), display));
  return { entries, problems };
}

export function formatProblems(problems: ContentProblem[]): string {
  return problems
    .map((p) => (p.field ? `${p.file}: Feld „${p.field}“: ${p.message}` : `${p.file}: ${p.message}`))
    .join('\n');
}
