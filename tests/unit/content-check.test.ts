import { describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, checkContentAndMedia, formatProblems } from '../../src/lib/content-check';
import { contentDir } from '../../src/lib/content-dir';
import { sections } from '../../src/lib/routes';
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
    writeFileSync(
      join(dir, 'pages', 'suche.md'),
      '---\ntitle: Suche\ndescription: Eine Seite, die die Adresse der Suche belegen würde und deshalb abgelehnt wird.\n---\nText.\n',
    );
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

describe('sub-routes', () => {
  // Collections published at /<route>/<name>/ next to static pages of that route.
  const routes: Record<string, string> = Object.fromEntries(
    (['programmes', 'news', 'seminars', 'labels', 'competition'] as const).map((name) => [name, sections[name].split('/')[1]]),
  );
  it.each(Object.entries(routes))('%s reserves every static page under /%s/', (name, route) => {
    const spec = collections.find((c) => c.name === name)!;
    const statics = readdirSync(join(root, 'src/pages', route))
      .filter((entry) => !entry.startsWith('[') && !/^index\./.test(entry) && !/\.(xml|ics|json|csv)\.ts$/.test(entry))
      .map((entry) => entry.replace(/\.astro$/, ''));
    expect(statics.filter((s) => !spec.reservedIds?.includes(s))).toEqual([]);
  });
});

describe('the content folder holds plain files only', () => {
  function report(change: (dir: string) => void): string {
    const dir = contentWithOverlay('invalid-content');
    change(dir);
    return formatProblems(checkContent(dir, collections, dir).problems);
  }

  it('refuses a folder inside a collection', () => {
    expect(report((dir) => mkdirSync(join(dir, 'news', 'archiv')))).toContain('news/archiv: Unterordner werden nicht veröffentlicht');
  });

  it('refuses a symbolic link to a folder', () => {
    expect(report((dir) => symlinkSync('../contacts', join(dir, 'news', 'kontakte')))).toContain(
      'news/kontakte: Symbolische Verknüpfungen sind im Inhaltsordner nicht erlaubt',
    );
  });

  it('refuses a symbolically linked collection folder', () => {
    expect(report((dir) => symlinkSync('/tmp', join(dir, 'extra')))).toContain('extra: Symbolische Verknüpfungen');
  });

  it('refuses what belongs to no collection', () => {
    expect(report((dir) => mkdirSync(join(dir, 'pagefind')))).toContain('pagefind: Gehört zu keiner Sammlung');
  });

  it('allows an empty .gitkeep and nothing else hidden', () => {
    const text = report((dir) => {
      writeFileSync(join(dir, 'seminars', '.gitkeep'), '');
      writeFileSync(join(dir, 'news', '.gitkeep'), 'Text');
      writeFileSync(join(dir, 'news', '.DS_Store'), '');
    });
    expect(text).not.toContain('seminars/.gitkeep');
    expect(text).toContain('news/.gitkeep: „.gitkeep“ darf nur eine leere Datei sein.');
    expect(text).toContain('news/.DS_Store: Namen, die mit „.“ oder „_“ beginnen');
  });

  it('refuses an image in a Markdown body from outside content/media/', () => {
    const text = report((dir) => {
      writeFileSync(join(dir, '..', 'draussen.png'), '');
      writeFileSync(
        join(dir, 'pages', 'bild.md'),
        '---\ntitle: Eine Seite\ndescription: Eine Seite mit einem Bild, das nicht aus der Medienbibliothek stammt, für die Prüfung.\n---\n\n![Logo](../../draussen.png)\n',
      );
    });
    expect(text).toContain('pages/bild.md: Feld „Text, Zeile 1“: Das Bild „../../draussen.png“ liegt nicht in content/media/');
  });

  it('refuses a file name that is not already its address', () => {
    const text = report((dir) => writeFileSync(join(dir, 'pages', 'Über Uns.md'), '---\ntitle: Über uns\n---\n'));
    expect(text).toContain('pages/Über Uns.md: Der Dateiname ist die Adresse und darf nur Kleinbuchstaben, Ziffern und einzelne Bindestriche enthalten');
  });
});

describe('the whole check on content/', () => {
  it('passes, pictures included', async () => {
    const { problems } = await checkContentAndMedia(contentDir(root), collections, root);
    expect(formatProblems(problems)).toBe('');
  });
});
