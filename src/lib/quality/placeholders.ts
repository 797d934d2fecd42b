import type { ContentEntry, ContentProblem } from '../content-check';

/**
 * Placeholders that must not go live: addresses under the documentation domains, fill-in notes,
 * and entries marked as samples. Walks every field of every entry, so it covers content types
 * added later without naming their fields.
 */
export type PlaceholderKind = 'example-address' | 'fill-in' | 'sample-entry' | 'sample-note';

export interface Placeholder {
  file: string;
  /** Field path, e.g. `organisation.email`, `sources.0`, or `body` for the Markdown text. */
  field: string;
  /** Line in the Markdown text (1 = first line of the text), for `body` only. */
  line?: number;
  kind: PlaceholderKind;
  /** The placeholder as found. */
  found: string;
}

const patterns: { kind: PlaceholderKind; pattern: RegExp }[] = [
  // RFC 2606 documentation domains, with any subdomain (anmeldung.example.org) or mailbox.
  { kind: 'example-address', pattern: /(?:https?:\/\/)?(?:[\w.+-]+@)?(?:[\w-]+\.)*example\.(?:org|com|net)\b[^\s)"'<>\]]*/gi },
  { kind: 'fill-in', pattern: /[^\n.;:()]*vor Veröffentlichung eintragen/gi },
  { kind: 'sample-note', pattern: /\bBeispieleintrag\b/g },
];

function inText(text: string): { kind: PlaceholderKind; found: string; index: number }[] {
  return patterns.flatMap(({ kind, pattern }) => [...text.matchAll(pattern)].map((m) => ({ kind, found: m[0].trim(), index: m.index })));
}

function inData(data: unknown, path: string[]): Omit<Placeholder, 'file'>[] {
  if (typeof data === 'string') return inText(data).map(({ kind, found }) => ({ field: path.join('.'), kind, found }));
  if (Array.isArray(data)) return data.flatMap((item, i) => inData(item, [...path, String(i)]));
  if (data === null || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([key, value]) =>
    key === 'sample' && value === true && path.length === 0
      ? [{ field: 'sample', kind: 'sample-entry' as const, found: 'sample: true' }]
      : inData(value, [...path, key]),
  );
}

/** Every placeholder in the entries; the same text twice in one field and line (a link and its label) counts once. */
export function findPlaceholders(entries: ContentEntry[], display: (file: string) => string = (f) => f): Placeholder[] {
  const seen = new Set<string>();
  return entries.flatMap((entry) => {
    const file = display(entry.file);
    const body = entry.body ?? '';
    const found: Placeholder[] = [
      ...inData(entry.data, []).map((p) => ({ file, ...p })),
      ...inText(body).map(({ kind, found, index }) => ({ file, field: 'body', line: body.slice(0, index).split('\n').length, kind, found })),
    ];
    return found.filter((p) => {
      const key = `${p.file}\0${p.field}\0${p.line}\0${p.kind}\0${p.found.toLowerCase()}`;
      return !seen.has(key) && Boolean(seen.add(key));
    });
  });
}

const explain: Record<PlaceholderKind, (found: string) => string> = {
  'example-address': (found) => `Platzhalteradresse „${found}“: Tragen Sie die echte Adresse ein.`,
  'fill-in': (found) => `Platzhalter „${found}“: Tragen Sie die Angabe ein.`,
  'sample-entry': () => 'Beispieleintrag („Beispieleintrag: ja“): Ersetzen Sie ihn durch einen echten Eintrag oder löschen Sie ihn.',
  'sample-note': () => 'Hinweis „Beispieleintrag“ im Text: Ersetzen Sie den Eintrag durch einen echten oder löschen Sie ihn.',
};

export const placeholderKindNames: Record<PlaceholderKind, string> = {
  'example-address': 'Platzhalteradressen (example.org/.com/.net)',
  'fill-in': '„vor Veröffentlichung eintragen“',
  'sample-entry': 'als Beispiel markierte Einträge',
  'sample-note': 'Hinweis „Beispieleintrag“ im Text',
};

/** The placeholders as problems in the content check's format: file, field, what to do. */
export function placeholderProblems(placeholders: Placeholder[]): ContentProblem[] {
  return placeholders.map((p) => ({
    file: p.file,
    field: p.field,
    message: `${p.line ? `Zeile ${p.line} des Textes: ` : ''}${explain[p.kind](p.found)}`,
  }));
}
