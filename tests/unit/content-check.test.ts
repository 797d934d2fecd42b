import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, formatProblems } from '../../src/lib/content-check';
import { contentDir } from '../../src/lib/content-dir';
import { collections } from '../../src/schemas/registry';
import { contentWithOverlay, root } from './helpers';

describe('the content in content/', () => {
  it('passes every schema and reference check', () => {
    const { entries, problems } = checkContent(contentDir(root), collections, root);
    expect(formatProblems(problems)).toBe('');
    expect(entries.length).toBeGreaterThan(30);
  });
});

describe('invalid content', () => {
  const dir = contentWithOverlay('invalid-content');
  const { problems } = checkContent(dir, collections, dir);
  const report = formatProblems(problems);

  it.each([
    ['a missing title', 'news/ohne-titel.md', 'title', 'fehlt'],
    ['an unknown vocabulary value', 'news/unbekanntes-thema.md', 'topics.0', 'kein bekanntes Thema'],
    ['a date that is not a date', 'news/kein-datum.md', 'date', 'kein gültiges Kalenderdatum'],
    ['a negative award amount', 'competition/2099.json', 'awards.0.amount', 'darf nicht negativ sein'],
    ['a duplicate address', 'competition/runde-2025-doppelt.json', 'year', 'kommt schon in competition/2025.json vor'],
    ['a contact that does not exist', 'funding/ohne-kontakt.md', 'contact', 'verweist auf „gibt-es-nicht“'],
  ])('names file, field and problem for %s', (_case, file, field, message) => {
    expect(report).toContain(`${file}: Feld „${field}“: `);
    const line = report.split('\n').find((l) => l.startsWith(`${file}: Feld „${field}“`));
    expect(line).toContain(message);
  });

  it('reports every problem at once, not only the first', () => {
    expect(new Set(problems.map((p) => p.file)).size).toBe(6);
  });

  it('refuses a file with a second extension in a folder', () => {
    const other = contentWithOverlay('invalid-content');
    writeFileSync(join(other, 'news', 'notiz.txt'), 'Eine Notiz am falschen Ort.');
    const { problems: more } = checkContent(other, collections, other);
    expect(formatProblems(more)).toContain('news/notiz.txt: Unerwartete Dateiendung');
  });
});
