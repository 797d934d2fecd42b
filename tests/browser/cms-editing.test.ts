import { existsSync, readdirSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectionFields, type CmsField } from '../../admin/config';
import { toJsonFile } from '../../admin/json-file';
import { labelSchema } from '../../src/schemas/label';
import { checkContent, parseEntryFile } from '../../src/lib/content-check';
import { collections, collectionSpec } from '../../src/schemas/registry';
import { allCriteria, supplyChainStages, vgvConditions } from '../../src/vocab/labels';
import { launchBrowser } from '../../scripts/harness/browser';
import { CmsAdmin } from './cms-admin';
import { startCmsServer } from './cms-harness';
import type { CmsServer } from '../../scripts/cms-server';
import { buildFixture, FIXTURE_NOW, fixtureRepository } from './fixture-site';
import { startPreview, type Server } from '../../scripts/harness/server';

/** The label an editor sees for a field ("venue.city", "sources[]"), as the CMS configuration generates it. */
function label(collection: string, path: string): string {
  let fields: CmsField[] | undefined = collectionFields(collectionSpec(collection));
  let found: CmsField | undefined;
  for (const part of path.split('.')) {
    const name = part.replace(/\[\]$/, '');
    found = fields?.find((f) => f.name === name);
    if (found && part.endsWith('[]')) found = (found.field as CmsField | undefined) ?? found;
    fields = found?.fields as CmsField[] | undefined;
  }
  if (!found) throw new Error(`Kein Feld ${collection}.${path}`);
  return found.label;
}

let repo: ReturnType<typeof fixtureRepository>;
let cmsServer: CmsServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  repo = fixtureRepository();
  cmsServer = await startCmsServer(repo.dir, inject('baseURL'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await cmsServer?.stop();
  repo?.remove();
});

/** Logs in to the CMS in a German browser; `now` fixes the browser's clock (the editor's day). */
async function openCms(now?: Date): Promise<CmsAdmin> {
  context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  const page = await context.newPage();
  if (now) await page.clock.setFixedTime(now);
  const cms = new CmsAdmin(page, inject('baseURL'), cmsServer.port);
  await cms.login();
  return cms;
}

/**
 * Builds the temporary copy as it now is, serves it, and stops the server afterwards. Build and
 * visitor clock stand at FIXTURE_NOW, so the seminar created for March 2027 stays upcoming on
 * whatever day the test runs.
 */
async function withRebuiltSite(check: (site: Server, open: () => Promise<Page>) => Promise<void>): Promise<void> {
  const build = await buildFixture(repo.dir, { BUILD_NOW: FIXTURE_NOW });
  expect(build.code, build.output).toBe(0);
  const site = await startPreview(repo.dir);
  const open = async () => {
    const page = await browser.newPage();
    await page.clock.setFixedTime(new Date(FIXTURE_NOW));
    return page;
  };
  try {
    await check(site, open);
  } finally {
    await site.stop();
  }
}

const newsDir = () => join(repo.dir, 'content/news');

describe('editing through the CMS (local backend, temporary copy of the repository)', () => {
  it('an editor creates and publishes a news item; the file is valid and the rebuilt site shows it', async () => {
    const before = new Set(readdirSync(newsDir()));
    const cms = await openCms();
    await cms.newEntry('news');
    const title = 'Neue Handreichung zur fairen Beschaffung von Arbeitskleidung';
    await cms.fillText(label('news', 'title'), title);
    await cms.fillDate(label('news', 'date'), '2026-11-20');
    await cms.fillText(label('news', 'summary'), 'Die Handreichung zeigt Schritt für Schritt, wie Kommunen Arbeitskleidung fair ausschreiben.');
    await cms.fillText(label('news', 'description'), 'Neue Handreichung: So schreiben Kommunen Arbeitskleidung fair und rechtssicher aus.');
    await cms.choose(label('news', 'topics'), ['Faire Beschaffung', 'Gütezeichen']);
    await cms.fillBody('Die Handreichung steht ab sofort zum Herunterladen bereit.');
    const photo = join(repo.dir, 'Arbeitskleidung Foto.jpg');
    await sharp({ create: { width: 1600, height: 900, channels: 3, background: { r: 40, g: 120, b: 80 } } })
      .jpeg()
      .toFile(photo);
    await cms.uploadImage(photo);
    await cms.fillText('Alternativtext', 'Arbeitskleidung auf einem Tisch');
    // The preview, in the site's look, shows the upload loaded from the CMS backend.
    const preview = cms.page.frameLocator('iframe').locator('figure.content-image img[alt="Arbeitskleidung auf einem Tisch"]');
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1600);
    await cms.publish();
    expect(await cms.outcome()).toBe('Beitrag gespeichert');

    const file = join(newsDir(), '2026-11-20-neue-handreichung-zur-fairen-beschaffung-von-arbeitskleidung.md');
    await expect.poll(() => existsSync(file), { timeout: 20_000 }).toBe(true);
    expect(readdirSync(newsDir()).filter((f) => !before.has(f))).toEqual([file.split('/').pop()]);
    await context.close();

    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('---\n')).toBe(true);
    const { data, body } = parseEntryFile(file, text, 'md');
    expect(data).toEqual({
      title,
      date: '2026-11-20',
      summary: 'Die Handreichung zeigt Schritt für Schritt, wie Kommunen Arbeitskleidung fair ausschreiben.',
      description: 'Neue Handreichung: So schreiben Kommunen Arbeitskleidung fair und rechtssicher aus.',
      topics: ['beschaffung', 'guetezeichen'],
      image: { src: 'media/arbeitskleidung-foto.jpg', alt: 'Arbeitskleidung auf einem Tisch' },
    });
    expect(existsSync(join(repo.dir, 'content/media/arbeitskleidung-foto.jpg'))).toBe(true);
    expect(body?.trim()).toBe('Die Handreichung steht ab sofort zum Herunterladen bereit.');
    expect(checkContent(join(repo.dir, 'content'), collections).problems).toEqual([]);

    await withRebuiltSite(async (site, open) => {
      const page = await open();
      await page.goto(`${site.url}/aktuelles/`);
      await page.getByRole('link', { name: title }).click();
      await expect.poll(() => page.url()).toBe(`${site.url}/aktuelles/2026-11-20-neue-handreichung-zur-fairen-beschaffung-von-arbeitskleidung/`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
      expect(await page.getByText('Die Handreichung steht ab sofort zum Herunterladen bereit.').count()).toBe(1);
      // The upload is served as responsive AVIF and WebP made by sharp, never the original.
      const picture = page.locator('article picture');
      expect(await picture.locator('source').evaluateAll((els) => els.map((e) => e.getAttribute('type')))).toEqual(['image/avif', 'image/webp']);
      const srcset = (await picture.locator('source[type="image/avif"]').getAttribute('srcset')) ?? '';
      expect(srcset.split(',').map((c) => c.trim().split(' ')[1])).toEqual(['320w', '480w', '640w', '960w', '1280w']);
      expect(await picture.locator('img').getAttribute('alt')).toBe('Arbeitskleidung auf einem Tisch');
      expect(await picture.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    });
  }, 300_000);

  it('an editor creates and publishes a seminar; the file is valid and the rebuilt site shows it', async () => {
    const dir = join(repo.dir, 'content/seminars');
    const before = new Set(readdirSync(dir));
    const cms = await openCms();
    await cms.newEntry('seminars');
    const title = 'Arbeitskleidung fair ausschreiben: Übungen für die Praxis';
    const field = (name: string) => label('seminars', name);
    await cms.fillText(field('title'), title);
    await cms.fillText(field('summary'), 'Ein Vormittag dazu, wie soziale Kriterien in die Ausschreibung von Arbeitskleidung kommen.');
    await cms.fillText(field('description'), 'Seminar in Bonn: Arbeitskleidung fair ausschreiben, mit Beispielen aus Kommunen und Zeit für Fragen.');
    // Local time of the editor's browser (Europe/Berlin); the CMS writes it with the offset.
    await cms.fillDateTime(field('start'), '2027-03-17T09:00');
    await cms.fillDateTime(field('end'), '2027-03-17T12:30');
    await cms.choose(field('format'), ['Präsenz']);
    await cms.fillText('Name des Veranstaltungsorts', 'Rathaus Bonn, Ratssaal');
    await cms.fillText('Straße und Hausnummer', 'Berliner Platz 2');
    await cms.fillText('Postleitzahl', '53111');
    await cms.fillText('Ort', 'Bonn');
    await cms.fillText(field('audience'), 'Beschäftigte aus Vergabestellen und Bauhöfen');
    await cms.choose(field('topics'), ['Textilien', 'Vergaberecht']);
    await cms.choose(field('status'), ['Anmeldung möglich']);
    await cms.fillDate(field('registrationDeadline'), '2027-03-10');
    await cms.fillText(field('registrationEmail'), 'seminare@example.org');
    await cms.choose(field('contact'), ['Team Seminare']);
    await cms.fillBody('Wir zeigen an Beispielen, wie Kommunen Arbeitskleidung fair beschaffen.');
    // The preview is the site's seminar page, with the time read in Berlin time.
    const preview = cms.page.frameLocator('iframe').locator('article.seminar-detail');
    await expect.poll(() => preview.locator('.seminar-detail__when').textContent()).toContain('Mittwoch, 17. März 2027, 9:00 bis 12:30 Uhr');
    expect(await preview.locator('address').textContent()).toContain('Berliner Platz 2');
    await cms.publish();
    expect(await cms.outcome()).toBe('Beitrag gespeichert');

    // Named after the title alone (umlauts spelled out), so a new date keeps the address.
    const name = 'arbeitskleidung-fair-ausschreiben-uebungen-fuer-die-praxis';
    const file = join(dir, `${name}.md`);
    await expect.poll(() => existsSync(file), { timeout: 20_000 }).toBe(true);
    expect(readdirSync(dir).filter((f) => !before.has(f))).toEqual([`${name}.md`]);
    await context.close();

    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('---\n')).toBe(true);
    // The offset is written out, so the file says the same instant wherever it is read.
    expect(text).toMatch(/^start: '?2027-03-17T09:00:00\+01:00'?$/m);
    const { data, body } = parseEntryFile(file, text, 'md');
    expect(data).toEqual({
      title,
      summary: 'Ein Vormittag dazu, wie soziale Kriterien in die Ausschreibung von Arbeitskleidung kommen.',
      description: 'Seminar in Bonn: Arbeitskleidung fair ausschreiben, mit Beispielen aus Kommunen und Zeit für Fragen.',
      start: '2027-03-17T09:00:00+01:00',
      end: '2027-03-17T12:30:00+01:00',
      format: 'praesenz',
      venue: { name: 'Rathaus Bonn, Ratssaal', street: 'Berliner Platz 2', postalCode: '53111', city: 'Bonn' },
      audience: 'Beschäftigte aus Vergabestellen und Bauhöfen',
      topics: ['textilien', 'vergaberecht'],
      cost: 'kostenfrei',
      status: 'open',
      registrationDeadline: '2027-03-10',
      registrationEmail: 'seminare@example.org',
      organizer: 'Servicestelle Kommunen in der Einen Welt (SKEW)',
      contact: 'seminare',
    });
    expect(body?.trim()).toBe('Wir zeigen an Beispielen, wie Kommunen Arbeitskleidung fair beschaffen.');
    expect(checkContent(join(repo.dir, 'content'), collections).problems).toEqual([]);

    await withRebuiltSite(async (site, open) => {
      const page = await open();
      await page.goto(`${site.url}/seminare/${name}/`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
      expect(await page.locator('.seminar-detail__when time').textContent()).toBe('Mittwoch, 17. März 2027, 9:00 bis 12:30 Uhr');
      expect(await page.locator('article address').textContent()).toBe('Rathaus Bonn, RatssaalBerliner Platz 253111 Bonn');
      expect(await page.getByText('Wir zeigen an Beispielen, wie Kommunen Arbeitskleidung fair beschaffen.').count()).toBe(1);
      await page.goto(`${site.url}/seminare/`);
      expect(await page.locator(`a[href="/seminare/${name}/"]`).count()).toBeGreaterThan(0);
    });
  }, 300_000);

  it('an editor creates and publishes a label; the file is valid and the rebuilt site shows it', async () => {
    const dir = join(repo.dir, 'content/labels');
    const before = new Set(readdirSync(dir));
    const cms = await openCms();
    await cms.newEntry('labels');
    const field = (path: string) => label('labels', path);
    const name = 'Faire Arbeitskleidung Prüfzeichen';
    await cms.fillText(field('name'), name);
    await cms.fillText(field('issuer'), 'Verein für faire Berufskleidung e. V.');
    await cms.choose(field('status'), ['Aktiv']);
    await cms.fillText(field('summary'), 'Ein Prüfzeichen für Berufskleidung, das Arbeitsbedingungen in der Konfektion unabhängig kontrolliert.');
    await cms.choose(field('productGroups'), ['Textilien und Bekleidung']);
    await cms.choose(field('labelType'), ['Produktsiegel']);
    // Every value starts as "unbekannt"; the editor sets only what a source confirms, with that source next to it.
    const withEvidence = async (path: string, option: string, page: string) => {
      await cms.choose(field(`${path}.value`), [option]);
      await cms.addListItem(field(`${path}.evidence`));
      await cms.fillText(field(`${path}.evidence[].url`), `https://www.example.org/pruefzeichen/${page}`);
      await cms.fillDate(field(`${path}.evidence[].checked`), '2026-11-20');
    };
    await withEvidence('verification', 'Unabhängige Prüfung durch Dritte', 'pruefung');
    await cms.choose(field('focus.social'), ['Schwerpunkt']);
    await withEvidence('criteria.c29', 'abgedeckt', 'kriterien');
    await withEvidence('criteria.livingWage', 'nicht verlangt', 'lohn');
    await withEvidence('supplyChain.processing', 'abgedeckt', 'kriterien');
    await withEvidence('vgv.c2', 'erfüllt', 'vgv');
    await cms.fillText(field('vgv.c2.reason'), 'Die Anforderungen sind überprüfbar und gelten für alle gleich.');
    await cms.addListItem(field('sources'));
    await cms.fillText(label('labels', 'sources[]'), 'https://www.example.org/pruefzeichen/kriterien');
    await cms.fillDate(field('lastChecked'), '2026-11-20');
    const preview = cms.page.frameLocator('iframe').locator('article.label-page');
    await expect.poll(() => preview.locator('h1').textContent()).toBe(name);
    expect(await preview.getByText('Produktgruppen: Textilien und Bekleidung').count()).toBe(1);
    await cms.publish();
    expect(await cms.outcome()).toBe('Beitrag gespeichert');

    const slug = 'faire-arbeitskleidung-pruefzeichen';
    const file = join(dir, `${slug}.json`);
    await expect.poll(() => existsSync(file), { timeout: 20_000 }).toBe(true);
    expect(readdirSync(dir).filter((f) => !before.has(f))).toEqual([`${slug}.json`]);
    await context.close();

    const unknownAll = (keys: object) => Object.fromEntries(Object.keys(keys).map((k) => [k, { value: 'unknown' }]));
    const evidence = (page: string) => [{ url: `https://www.example.org/pruefzeichen/${page}`, checked: '2026-11-20' }];
    const text = readFileSync(file, 'utf8');
    const stored = JSON.parse(text);
    // Written in the schema's key order with a final newline, so the next change is a one-line diff.
    expect(text).toBe(toJsonFile(labelSchema, stored));
    expect(stored).toEqual({
      name,
      issuer: 'Verein für faire Berufskleidung e. V.',
      status: 'active',
      summary: 'Ein Prüfzeichen für Berufskleidung, das Arbeitsbedingungen in der Konfektion unabhängig kontrolliert.',
      productGroups: ['textilien-bekleidung'],
      labelType: 'product',
      verification: { value: 'thirdParty', evidence: evidence('pruefung') },
      focus: { social: 'main', environmental: 'unknown' },
      criteria: {
        ...unknownAll(allCriteria),
        c29: { value: 'yes', evidence: evidence('kriterien') },
        livingWage: { value: 'notRequired', evidence: evidence('lohn') },
      },
      supplyChain: { ...unknownAll(supplyChainStages), processing: { value: 'yes', evidence: evidence('kriterien') } },
      vgv: {
        ...unknownAll(vgvConditions),
        c2: { value: 'met', reason: 'Die Anforderungen sind überprüfbar und gelten für alle gleich.', evidence: evidence('vgv') },
      },
      sources: ['https://www.example.org/pruefzeichen/kriterien'],
      lastChecked: '2026-11-20',
    });
    expect(checkContent(join(repo.dir, 'content'), collections).problems).toEqual([]);

    await withRebuiltSite(async (site, open) => {
      const page = await open();
      await page.goto(`${site.url}/guetezeichen/${slug}/`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
      expect(await page.getByText('Verein für faire Berufskleidung e. V.').count()).toBeGreaterThan(0);
      const c29 = page.getByRole('row', { name: /Keine Zwangsarbeit \(ILO 29/ });
      expect(await c29.locator('td').first().textContent()).toContain('abgedeckt');
      expect(await c29.getByRole('link', { name: /^Beleg für „Keine Zwangsarbeit \(ILO 29 mit Protokoll\)“: abgedeckt/ }).getAttribute('href')).toBe(
        'https://www.example.org/pruefzeichen/kriterien',
      );
      await page.goto(`${site.url}/guetezeichen/produktgruppe/textilien-bekleidung/`);
      expect(await page.locator(`a[href="/guetezeichen/${slug}/"]`).count()).toBeGreaterThan(0);
    });
  }, 300_000);

  it('editing an existing seminar keeps its file name and writes only the schema’s fields', async () => {
    const dir = join(repo.dir, 'content/seminars');
    const name = '2027-03-10-lebensmittel-catering-hybrid';
    const file = join(dir, `${name}.md`);
    const read = () => parseEntryFile(file, readFileSync(file, 'utf8'), 'md') as { data: Record<string, unknown>; body?: string };
    const original = read();
    const originalText = readFileSync(file, 'utf8');
    const before = readdirSync(dir).sort();
    const cms = await openCms();
    await cms.page.goto(cms.url(`#/collections/seminars/entries/${name}`));
    const summary = cms.field(label('seminars', 'summary'));
    await expect.poll(() => summary.inputValue(), { timeout: 20_000 }).toBe(original.data.summary);
    const changed = 'Kaffee, Tee und ganze Menüs fair beschaffen: was Sie in Catering- und Kantinenverträgen verlangen und wie Sie es prüfen.';
    await summary.fill(changed);
    await cms.publish();
    expect(await cms.outcome()).toBe('Beitrag gespeichert');
    await expect.poll(() => read().data.summary).toBe(changed);
    await context.close();
    expect(readdirSync(dir).sort()).toEqual(before);
    const edited = read();
    expect(edited.data).toEqual({ ...original.data, summary: changed });
    expect(edited.body?.trim()).toBe(original.body?.trim());
    // A reviewable change: only the summary's lines differ, everything else is as it was written.
    const [was, now] = [originalText, readFileSync(file, 'utf8')].map((t) => t.split('\n'));
    // (quoted, as YAML needs for a text with ": ")
    expect(now.filter((line) => !was.includes(line))).toEqual([`summary: "${changed}"`]);
    expect(was.filter((line) => !now.includes(line)).every((line) => /^summary:|^ {2}/.test(line))).toBe(true);
  });

  it('a label changed through the CMS differs from its file in that one line only', async () => {
    // Decap offers no save for an unchanged entry (nor for one typed back to what it loaded), so
    // byte-identity of unchanged files is tested on the serialiser path (tests/unit/file-format.test.ts).
    const name = readdirSync(join(repo.dir, 'content/labels'))
      .sort()
      .find((f) => f.endsWith('.json'))!
      .slice(0, -5);
    const file = join(repo.dir, `content/labels/${name}.json`);
    const text = readFileSync(file, 'utf8');
    const cms = await openCms();
    await cms.page.goto(cms.url(`#/collections/labels/entries/${name}`));
    const input = cms.field(label('labels', 'issuer'));
    await expect.poll(() => input.inputValue(), { timeout: 20_000 }).not.toBe('');
    const value = await input.inputValue();
    await input.fill(`${value} e. V.`);
    await cms.publish();
    // Until the whole new file is there (the local backend writes in place, so a read may see it half written).
    const issuerOnDisk = () => {
      try {
        return (JSON.parse(readFileSync(file, 'utf8')) as { issuer?: string }).issuer;
      } catch {
        return undefined;
      }
    };
    await expect.poll(issuerOnDisk, { timeout: 20_000 }).toBe(`${value} e. V.`);
    const [was, now] = [text, readFileSync(file, 'utf8')].map((t) => t.split('\n'));
    expect(now.filter((line) => !was.includes(line))).toEqual([`  "issuer": ${JSON.stringify(`${value} e. V.`)},`]);
    expect(was.filter((line) => !now.includes(line))).toHaveLength(1);
    await context.close();
  });

  it('changing a criterion offers „Zuletzt geprüft“ for today; accepted, the file has the new dates and otherwise its lines', async () => {
    const file = join(repo.dir, 'content/labels/fair-stone.json');
    const text = readFileSync(file, 'utf8');
    const original = JSON.parse(text) as { lastChecked: string; criteria: { c29: { value: string; evidence: { checked: string }[] } } };
    expect(original.criteria.c29.value).toBe('yes');
    // The editor's day, whatever day the test runs.
    const cms = await openCms(new Date('2026-12-02T10:00:00+01:00'));
    await cms.page.goto(cms.url('#/collections/labels/entries/fair-stone'));
    const lastChecked = cms.field(label('labels', 'lastChecked'));
    await expect.poll(() => lastChecked.inputValue(), { timeout: 20_000 }).toBe(original.lastChecked);
    const offers = cms.page.locator('[data-checked-offer]');
    expect(await offers.count()).toBe(0);
    await cms.choose(label('labels', 'criteria.c29.value'), ['teilweise']);
    // Shown at the changed group and at „Zuletzt geprüft“, naming the fact and the day; nothing is changed yet.
    await expect.poll(() => offers.count()).toBe(2);
    expect(await offers.last().textContent()).toContain('Geändert: Kriterien › Keine Zwangsarbeit (ILO 29 mit Protokoll). Auf heute (2. Dezember 2026) setzen');
    expect(await lastChecked.inputValue()).toBe(original.lastChecked);
    await offers.last().getByRole('button', { name: 'Auf heute setzen' }).click();
    await expect.poll(() => lastChecked.inputValue()).toBe('2026-12-02');
    await expect.poll(() => offers.count()).toBe(0);
    await cms.publish();
    const onDisk = () => {
      try {
        return (JSON.parse(readFileSync(file, 'utf8')) as { lastChecked?: string }).lastChecked;
      } catch {
        return undefined;
      }
    };
    await expect.poll(onDisk, { timeout: 20_000 }).toBe('2026-12-02');
    // The value, its evidence's check date and „Zuletzt geprüft“: three lines, each in its place.
    const [was, now] = [text, readFileSync(file, 'utf8')].map((t) => t.split('\n'));
    expect(now).toHaveLength(was.length);
    const changed = now.map((line, i) => (line === was[i] ? undefined : `${was[i].trim()} → ${line.trim()}`)).filter(Boolean);
    expect(changed).toEqual([
      '"value": "yes", → "value": "partly",',
      `"checked": "${original.criteria.c29.evidence[0].checked}" → "checked": "2026-12-02"`,
      `"lastChecked": "${original.lastChecked}" → "lastChecked": "2026-12-02"`,
    ]);
    const saved = JSON.parse(now.join('\n'));
    expect(saved.criteria.c29.evidence.map((e: { checked: string }) => e.checked)).toEqual(['2026-12-02']);
    // The list, loaded afresh, reads the saved file: status in German, the new check date as a German
    // date. (Within one page Decap keeps showing the entry as it loaded it, for every field.)
    await cms.page.goto(cms.url('#/collections/labels'));
    await cms.page.reload();
    await expect.poll(() => cms.page.getByText(/^Fair Stone/).allTextContents(), { timeout: 20_000 }).toEqual(['Fair Stone – Aktiv – geprüft am 02.12.2026']);
    await context.close();
  });

  it('the seminar list shows date, title and status in German', async () => {
    const cms = await openCms();
    await cms.page.goto(cms.url('#/collections/seminars'));
    const rows = cms.page.getByText(/^\d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr – /);
    await rows.first().waitFor({ timeout: 20_000 });
    const texts = await rows.allTextContents();
    expect(texts.length).toBeGreaterThan(1);
    const statuses = ['Anmeldung möglich', 'Warteliste', 'Ausgebucht', 'Abgesagt'];
    for (const t of texts)
      expect(
        statuses.some((s) => t.endsWith(` – ${s}`)),
        t,
      ).toBe(true);
    await context.close();
  });

  it('refuses to publish when a required field is empty', async () => {
    const before = readdirSync(newsDir()).sort();
    const cms = await openCms();
    await cms.newEntry('news');
    await cms.fillText(label('news', 'title'), 'Meldung ohne Anreißer');
    await cms.publish();
    await cms.notice(/Nicht gespeichert: Bitte die rot markierten Felder korrigieren/).waitFor();
    await cms.fieldError(label('news', 'summary'), `„${label('news', 'summary')}“ fehlt: Bitte ausfüllen.`).waitFor();
    await cms.page.waitForTimeout(1000);
    expect(readdirSync(newsDir()).sort()).toEqual(before);
    await context.close();
  });

  it('refuses to publish what the schema rejects even where the form cannot tell (too short a summary)', async () => {
    const before = readdirSync(newsDir()).sort();
    const cms = await openCms();
    await cms.newEntry('news');
    await cms.fillText(label('news', 'title'), 'Kurze Meldung');
    await cms.fillDate(label('news', 'date'), '2026-11-21');
    await cms.fillText(label('news', 'summary'), 'Zu kurz.');
    await cms.fillText(label('news', 'description'), 'Eine Beschreibung, die lang genug für Suchmaschinen und Vorschauen ist.');
    await cms.choose(label('news', 'topics'), ['Servicestelle']);
    await cms.fillBody('Text.');
    await cms.publish();
    await cms.notice(/Nicht gespeichert: Bitte die rot markierten Felder korrigieren/).waitFor();
    // The schema's rule, at the field it concerns, named as the form names it.
    await cms.fieldError(label('news', 'summary'), /„Anreißer für Listen und den RSS-Feed“ ist zu kurz/).waitFor();
    // It stays while the editor works elsewhere and goes once the text is long enough.
    await cms.fillText(label('news', 'title'), 'Kurze Meldung mit Anreißer');
    expect(await cms.fieldError(label('news', 'summary'), /ist zu kurz/).count()).toBe(1);
    await cms.fillText(label('news', 'summary'), 'Ein Anreißer, der jetzt lang genug für die Regel des Schemas ist.');
    await cms.fieldError(label('news', 'summary'), /ist zu kurz/).waitFor({ state: 'detached' });
    expect(readdirSync(newsDir()).sort()).toEqual(before);
    await context.close();
  });

  it('refuses to publish a seminar that ends before it starts, naming the field as the form does', async () => {
    const dir = join(repo.dir, 'content/seminars');
    const before = readdirSync(dir).sort();
    const cms = await openCms();
    await cms.newEntry('seminars');
    const field = (name: string) => label('seminars', name);
    await cms.fillText(field('title'), 'Seminar mit vertauschten Zeiten');
    await cms.fillText(field('summary'), 'Ein Seminar, dessen Ende versehentlich vor dem Beginn eingetragen wurde.');
    await cms.fillText(field('description'), 'Dieses Seminar darf so nicht gespeichert werden, weil das Ende vor dem Beginn liegt.');
    await cms.fillDateTime(field('start'), '2027-04-07T14:00');
    await cms.fillDateTime(field('end'), '2027-04-07T10:00');
    await cms.choose(field('format'), ['Online']);
    await cms.fillText(field('platform'), 'Webex');
    await cms.fillText(field('audience'), 'Beschäftigte aus Vergabestellen');
    await cms.choose(field('topics'), ['Vergaberecht']);
    await cms.choose(field('status'), ['Anmeldung möglich']);
    await cms.fillText(field('registrationEmail'), 'seminare@example.org');
    await cms.choose(field('contact'), ['Team Seminare']);
    await cms.fillBody('Text.');
    // The preview shows what the form holds: the platform is filled, so it is not "missing".
    await expect.poll(() => cms.previewText()).toContain('Webex');
    await cms.publish();
    await cms.notice(/Nicht gespeichert: Bitte die rot markierten Felder korrigieren/).waitFor();
    await cms.fieldError(field('end'), `„${field('end')}“ liegt nicht nach dem Beginn: Das Ende muss nach dem Beginn liegen.`).waitFor();
    expect(await cms.fieldError(field('start'), /liegt nicht nach dem Beginn/).count()).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(before);
    await context.close();
  });
});
