import { describe, expect, it } from 'vitest';
import { readdirSync, writeFileSync } from 'node:fs';
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

describe('pages and routes', () => {
  it('reserves every top-level route of the site, so no page can take its address', () => {
    const pages = collections.find((c) => c.name === 'pages')!;
    const routes = readdirSync(join(root, 'src/pages'))
      .map((name) => name.replace(/\.(astro|ts)$/, '').replace(/\.(txt|ics|xml)$/, ''))
      // [page] renders the pages themselves; kontakt.astro renders content/pages/kontakt.md.
      .filter((name) => !['[page]', 'index', 'kontakt'].includes(name));
    expect(routes.filter((r) => !pages.reservedIds?.includes(r))).toEqual([]);
  });

  it('refuses a page whose file name is a route of the site', () => {
    const dir = contentWithOverlay('invalid-content');
    writeFileSync(join(dir, 'pages', 'suche.md'), '---\ntitle: Suche\ndescription: Eine Seite, die die Adresse der Suche belegen würde und deshalb abgelehnt wird.\n---\nText.\n');
    expect(formatProblems(checkContent(dir, collections, dir).problems)).toContain('pages/suche.md: Der Dateiname „suche“ ist schon eine Adresse der Website');
  });
});

describe('references', () => {
  it('count a referenced entry with schema errors as existing, so only its own problem is reported', () => {
    const dir = contentWithOverlay('invalid-content');
    writeFileSync(join(dir, 'contacts', 'foerderung.json'), JSON.stringify({ name: 'Team Förderung', role: 'Förderung', email: 'keine-adresse' }));
    const report = formatProblems(checkContent(dir, collections, dir).problems);
    expect(report).toContain('contacts/foerderung.json: Feld „email“');
    expect(report).not.toMatch(/verweist auf „foerderung“/);
  });
});
