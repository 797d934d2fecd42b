import { parse, stringify } from 'yaml';
import type { CmsField } from './field-widgets';

/**
 * How the CMS writes files, for every collection: keys in the order of the schema (the form's
 * fields follow it), JSON with two spaces and a final newline, front matter as the file already
 * has it. Decap's own formats sort only the top level and re-fold every YAML text, so one
 * changed value rewrote the whole front matter. Here an entry saved unchanged is byte-identical,
 * and a changed value touches only its own key's lines. Pure; tests/unit/file-format.test.ts.
 */

type Data = Record<string, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields inside a field: an object's fields, or those of a list's items. */
function childFields(field: CmsField | undefined): CmsField[] | undefined {
  if (!field) return undefined;
  if (Array.isArray(field.fields)) return field.fields as CmsField[];
  const item = field.field as CmsField | undefined;
  return item && Array.isArray(item.fields) ? (item.fields as CmsField[]) : undefined;
}

/** The value with every object's keys in field order; keys the fields do not know keep their order after them. */
export function inFieldOrder(value: unknown, fields: CmsField[] | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => inFieldOrder(item, fields));
  if (!value || typeof value !== 'object' || !fields) return value;
  const record = value as Data;
  const names = fields.map((f) => f.name);
  const keys = [...names.filter((name) => name in record), ...Object.keys(record).filter((key) => !names.includes(key))];
  return Object.fromEntries(keys.map((key) => [key, inFieldOrder(record[key], childFields(fields.find((f) => f.name === key)))]));
}

/** A JSON file's top-level keys with the lines each takes (without the separating comma), if it is laid out one key a line at two spaces. */
function jsonSegments(text: string): Map<string, string> | undefined {
  const lines = text.replace(/\n$/, '').split('\n');
  if (lines[0] !== '{' || lines.at(-1) !== '}') return undefined;
  const segments = new Map<string, string>();
  let current: string | undefined;
  for (const line of lines.slice(1, -1)) {
    const key = /^ {2}"((?:[^"\\]|\\.)*)":/.exec(line)?.[1];
    if (key !== undefined) current = JSON.parse(`"${key}"`) as string;
    if (current === undefined) return undefined;
    segments.set(current, segments.has(current) ? `${segments.get(current)}\n${line}` : line);
  }
  for (const [key, segment] of segments) segments.set(key, segment.replace(/,$/, ''));
  return segments;
}

/**
 * A JSON file: two spaces, final newline, keys in field order. With the file as it was
 * (`original`), unchanged top-level values keep their lines (e.g. a short list on one line).
 */
export function jsonFile(data: Data, fields: CmsField[], original?: string): string {
  const ordered = inFieldOrder(data, fields) as Data;
  const plain = `${JSON.stringify(ordered, null, 2)}\n`;
  const before = original ? jsonSegments(original) : undefined;
  if (!before) return plain;
  const parts = Object.entries(ordered)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => {
      const kept = before.get(key);
      return kept !== undefined && same((JSON.parse(`{${kept}}`) as Data)[key], value)
        ? kept
        : `  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`;
    });
  const text = parts.length ? `{\n${parts.join(',\n')}\n}\n` : '{}\n';
  // Whatever the splice produced must read back as the data; otherwise the plain layout.
  return same(JSON.parse(text), ordered) ? text : plain;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n([\s\S]*)$/;

/** A file's front matter, its top-level keys with the exact lines each takes, and its body. */
export function splitFrontMatter(text: string): { segments: Map<string, string>; body: string } | undefined {
  const match = FRONT_MATTER.exec(text);
  if (!match) return undefined;
  const segments = new Map<string, string>();
  let current: string | undefined;
  for (const line of match[1].split('\n')) {
    const key = /^([A-Za-z_][\w-]*):/.exec(line)?.[1];
    if (key) current = key;
    if (current === undefined) return undefined;
    segments.set(current, `${segments.get(current) ?? ''}${line}\n`);
  }
  return { segments, body: match[2] };
}

/**
 * A Markdown file: front matter in field order, then the body. With the file as it was
 * (`original`), each key whose value is unchanged keeps its lines as they were (quotes, folding),
 * and an unchanged body keeps its spacing.
 */
export function markdownFile(data: Data, fields: CmsField[], original?: string): string {
  const { body = '', ...frontMatter } = data;
  const ordered = Object.fromEntries(Object.entries(inFieldOrder(frontMatter, fields) as Data).filter(([, v]) => v !== undefined));
  const before = original ? splitFrontMatter(original) : undefined;
  const fresh = (key: string, value: unknown) => stringify({ [key]: value }, { lineWidth: 0 });
  let yaml = Object.entries(ordered)
    .map(([key, value]) => {
      const kept = before?.segments.get(key);
      return kept !== undefined && same((parse(kept) as Data | null)?.[key], value) ? kept : fresh(key, value);
    })
    .join('');
  // Whatever the splice produced must read back as the data; otherwise every key afresh.
  if (!same(parse(yaml) ?? {}, ordered))
    yaml = Object.entries(ordered)
      .map(([key, value]) => fresh(key, value))
      .join('');
  const text = String(body);
  const keptBody = before && before.body.trim() === text.trim() ? before.body : `\n${text.trim()}\n`;
  return `---\n${yaml}---\n${keptBody}`;
}
