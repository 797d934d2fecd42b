import type { ContentEntry, ContentProblem } from '../../src/lib/content-check';

const IMAGE_PATH = /\.(avif|gif|jpe?g|png|svg|webp)(\?[^/]*)?$/i;
const MD_IMAGE = /!\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g;
const HTML_IMG = /<img\b[^>]*>/gi;

function hasText(value: unknown): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}

/**
 * Images in an entry's fields that have no alternative text. An image is any text field holding
 * an image path; its alt text is the sibling field `alt` or `<field>Alt`. Works for every content
 * type, also ones added later, without naming their fields.
 */
export function imagesWithoutAlt(data: unknown, path: string[] = []): string[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => imagesWithoutAlt(item, [...path, String(i)]));
  if (data === null || typeof data !== 'object') return [];
  const record = data as Record<string, unknown>;
  const missing: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === 'string' && IMAGE_PATH.test(value.trim()) && !hasText(record.alt) && !hasText(record[`${key}Alt`])) {
      missing.push([...path, key].join('.'));
    } else if (typeof value === 'object') {
      missing.push(...imagesWithoutAlt(value, [...path, key]));
    }
  }
  return missing;
}

/** Images in a Markdown text (`![…](…)` or `<img>`) that have no alternative text. */
export function markdownImagesWithoutAlt(body: string): string[] {
  const missing: string[] = [];
  for (const [, alt, src] of body.matchAll(MD_IMAGE)) if (!hasText(alt)) missing.push(src);
  for (const [tag] of body.matchAll(HTML_IMG)) {
    const alt = /\balt\s*=\s*("([^"]*)"|'([^']*)')/i.exec(tag);
    if (!alt || !hasText(alt[2] ?? alt[3])) missing.push(/\bsrc\s*=\s*["']([^"']*)/i.exec(tag)?.[1] ?? tag);
  }
  return missing;
}

/** Every content image without alternative text, as problems with file and field. */
export function altTextProblems(entries: ContentEntry[], display: (file: string) => string = (f) => f): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    for (const field of imagesWithoutAlt(entry.data)) {
      problems.push({ file: display(entry.file), field, message: 'Bild ohne Alternativtext: Beschreiben Sie im Feld „alt“, was das Bild zeigt.' });
    }
    for (const src of markdownImagesWithoutAlt(entry.body ?? '')) {
      problems.push({
        file: display(entry.file),
        field: 'body',
        message: `Bild „${src}“ im Text ohne Alternativtext: Schreiben Sie ihn in die eckigen Klammern, ![So sieht es aus](${src}).`,
      });
    }
  }
  return problems;
}
