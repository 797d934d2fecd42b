import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bin } from '../../scripts/harness/bin.mjs';
import { astroBuild, ownContentEnv } from '../../scripts/harness/build';
import { copyProject } from '../../scripts/harness/project';
import { checkContent, type ContentEntry } from '../../src/lib/content-check';
import { findPlaceholders, placeholderProblems } from '../../src/lib/quality/placeholders';
import { isProductionBuild, publicSiteUrl } from '../../src/lib/release';
import { collections } from '../../src/schemas/registry';
import { root, scratchDir } from './helpers';

const fixture = join(root, 'tests/fixtures/content');
const entry = (file: string, data: unknown, body?: string): ContentEntry => ({ collection: 'x', id: 'x', file, data, body });

describe('placeholders', () => {
  it('names file and field of example addresses, fill-in notes and sample entries, nested fields included', () => {
    const found = findPlaceholders([
      entry('settings/site.json', {
        organisation: { email: 'info@example.org', phone: '+49 228 1' },
        sources: ['https://www.example.com/a', 'https://www.bmz.de/'],
      }),
      entry('seminars/s.md', { title: 'Seminar', sample: true, registrationUrl: 'https://anmeldung.example.net/x?y=1' }),
      entry(
        'pages/impressum.md',
        { title: 'Impressum' },
        'Erste Zeile\n\nRegisternummer: HRB (Nummer vor Veröffentlichung eintragen)\n*Beispieleintrag: erfunden.*',
      ),
    ]);
    expect(found.map((p) => [p.file, p.field, p.line, p.kind, p.found])).toEqual([
      ['settings/site.json', 'organisation.email', undefined, 'example-address', 'info@example.org'],
      ['settings/site.json', 'sources.0', undefined, 'example-address', 'https://www.example.com/a'],
      ['seminars/s.md', 'sample', undefined, 'sample-entry', 'sample: true'],
      ['seminars/s.md', 'registrationUrl', undefined, 'example-address', 'https://anmeldung.example.net/x?y=1'],
      ['pages/impressum.md', 'body', 3, 'fill-in', 'Nummer vor Veröffentlichung eintragen'],
      ['pages/impressum.md', 'body', 4, 'sample-note', 'Beispieleintrag'],
    ]);
    expect(placeholderProblems(found)[4]).toEqual({
      file: 'pages/impressum.md',
      field: 'body',
      message: 'Zeile 3 des Textes: Platzhalter „Nummer vor Veröffentlichung eintragen“: Tragen Sie die Angabe ein.',
    });
  });

  it('counts a mail link and its label once, and leaves real addresses and look-alikes alone', () => {
    const found = findPlaceholders([
      entry(
        'pages/kontakt.md',
        { title: 'Kontakt', sample: false, note: 'beispielsweise example.organisation oder www.engagement-global.de' },
        'Mail an [info@example.org](mailto:info@example.org).\nUnd [presse@skew.de](mailto:presse@skew.de).',
      ),
    ]);
    expect(found.map((p) => [p.field, p.line, p.found])).toEqual([['body', 1, 'info@example.org']]);
  });

  it('finds every kind in the fixture content, each with file and field', () => {
    const { entries, problems } = checkContent(fixture, collections, fixture);
    expect(problems).toEqual([]);
    const found = findPlaceholders(entries, (f) => f.slice(fixture.length + 1));
    const count = (kind: string) => found.filter((p) => p.kind === kind).length;
    expect(count('sample-entry')).toBe(readdirSync(join(fixture, 'seminars')).length);
    expect(count('fill-in')).toBe(2);
    expect(count('example-address')).toBeGreaterThan(20);
    expect(found).toContainEqual({ file: 'contacts/servicestelle.json', field: 'email', kind: 'example-address', found: 'info@example.org' });
    expect(found).toContainEqual({ file: 'settings/site.json', field: 'feedbackEmail', kind: 'example-address', found: 'barrierefreiheit@example.org' });
    expect(found.filter((p) => p.file === 'pages/impressum.md' && p.kind === 'fill-in').map((p) => p.field)).toEqual(['body', 'body']);
  });

  it('a production build needs the public address; a preview falls back to the local one', () => {
    expect(() => publicSiteUrl({ SITE_ENV: 'production' })).toThrow(/SITE_ENV=production braucht SITE_URL/);
    expect(() => publicSiteUrl({ SITE_ENV: 'production', SITE_URL: 'http://localhost:4321' })).toThrow(/lokale Adresse/);
    expect(publicSiteUrl({ SITE_ENV: 'production', SITE_URL: 'https://fairer-handel.example.de' })).toBe('https://fairer-handel.example.de');
    expect(publicSiteUrl({})).toBe('http://localhost:4321');
    expect(publicSiteUrl({ SITE_URL: 'https://vorschau.example.de' })).toBe('https://vorschau.example.de');
  });

  it('a build is production only with SITE_ENV=production', () => {
    expect(isProductionBuild({ SITE_ENV: 'production' })).toBe(true);
    for (const env of [{}, { SITE_ENV: 'preview' }, { SITE_ENV: 'Production' }, { RELEASE: '1' }]) expect(isProductionBuild(env)).toBe(false);
  });
});

/** A copy of the fixture content with every placeholder replaced by a plausible real value. */
function releasedContent(): string {
  const dir = mkdtempSync(join(scratchDir(), 'released-'));
  cpSync(fixture, dir, { recursive: true });
  const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  for (const file of walk(dir)) {
    const text = readFileSync(file, 'utf8')
      .replace(/example\.org/g, 'engagement-global.de')
      .replace(/^sample: true\n/m, '')
      .replace(/\*Beispieleintrag:[^*]*\*/g, '')
      .replace(/\(?Nummer vor Veröffentlichung eintragen\)?/g, '12345');
    writeFileSync(file, text);
  }
  return dir;
}

const tsx = bin('tsx');
const checkRelease = (contentDir: string) =>
  spawnSync(tsx, [join(root, 'scripts/check-release.ts')], { cwd: root, env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8', timeout: 60_000 });

describe('npm run check:release', () => {
  it('fails on content with placeholders and lists each with file and field, and a summary by kind', () => {
    const run = checkRelease(fixture);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('tests/fixtures/content/contacts/presse.json: Feld „email“: Platzhalteradresse „presse@example.org“');
    expect(run.stderr).toContain('tests/fixtures/content/pages/impressum.md: Feld „body“: Zeile ');
    expect(run.stderr).toMatch(/Feld „sample“: Beispieleintrag/);
    expect(run.stderr).toMatch(/- als Beispiel markierte Einträge: \d+/);
  });

  it('passes once every placeholder is filled in', () => {
    const run = checkRelease(releasedContent());
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Veröffentlichungsprüfung bestanden: \d+ Einträge ohne Platzhalter\./);
  });
});

describe('a production build (SITE_ENV=production)', () => {
  const project = copyProject(mkdtempSync(join(scratchDir(), 'project-')));
  afterAll(() => rmSync(project, { recursive: true, force: true }));
  const build = () =>
    astroBuild(project, { env: { ...ownContentEnv(), SITE_ENV: 'production', SITE_URL: 'https://fairer-handel.example.de' }, timeout: 120_000 });
  const useContent = (dir: string) => {
    rmSync(join(project, 'content'), { recursive: true, force: true });
    cpSync(dir, join(project, 'content'), { recursive: true });
  };

  it('fails with placeholders, naming them, and writes nothing', () => {
    useContent(fixture);
    const run = build();
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('Produktions-Build (SITE_ENV=production) abgebrochen');
    expect(run.output).toContain('content/settings/site.json: Feld „organisation.email“');
    expect(existsSync(join(project, 'dist/index.html'))).toBe(false);
  });

  it('builds without placeholders, and its pages carry no preview banner', () => {
    useContent(releasedContent());
    const run = build();
    expect(run.status, run.output).toBe(0);
    for (const page of ['index.html', 'impressum/index.html', 'foerderung/index.html']) {
      expect(readFileSync(join(project, 'dist', page), 'utf8')).not.toContain('data-preview-banner');
    }
  }, 180_000);
});
