import type { BrowserContext } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { it } from './browser-test';

let context: BrowserContext;
// Named labels, pages and counts: the fixture site (tests/browser/fixture-site.ts).
const url = (path: string) => inject('fixtureURL') + path;

it.beforeAll(async ({ browser }) => {
  context = await browser.newContext({ javaScriptEnabled: false });
});

describe('label finder without JavaScript', () => {
  it('lists every label with its facts and says that filters need JavaScript', async () => {
    const page = await context.newPage();
    await page.goto(url('/guetezeichen/'));
    const cards = page.locator('.label-list > li[data-slug]');
    expect(await cards.count()).toBeGreaterThanOrEqual(45);
    expect(await page.locator('[data-finder-form]').isVisible()).toBe(false);
    expect(await page.locator('noscript').first().textContent()).toContain('Die Filter brauchen JavaScript');
    const fsc = page.locator('li[data-slug="fsc"]');
    expect(await fsc.textContent()).toContain('Forest Stewardship Council');
    expect(await fsc.textContent()).toContain('Holz und Möbel');
    expect(await fsc.textContent()).toMatch(/Umweltkriterien: Schwerpunkt; 1 von 8 belegt abgedeckt/);
    await page.close();
  });

  it('opens product-group pages and label pages with all details', async () => {
    const page = await context.newPage();
    await page.goto(url('/guetezeichen/'));
    await page.getByRole('link', { name: 'Natursteine', exact: true }).click();
    expect(await page.locator('h1').textContent()).toBe('Gütezeichen: Natursteine');
    expect(await page.locator('.label-list > li:not(.example-card)').count()).toBe(3);
    await page.getByRole('link', { name: 'Fair Stone', exact: true }).click();
    expect(await page.locator('h1').textContent()).toBe('Fair Stone');
    expect(await page.textContent('main')).toContain('Friedhofssatzungen');
    // Three placements, above and below the EU thresholds.
    expect(await page.locator('.tender-snippet__text').count()).toBe(6);
    expect(await page.locator('button[data-copy]').first().isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 3 }).allTextContents()).toEqual(
      expect.arrayContaining(['Vergabe oberhalb der EU-Schwellenwerte', 'Vergabe unterhalb der EU-Schwellenwerte']),
    );
    // Each evidence link says which value it proves.
    expect(await page.getByRole('link', { name: /^Beleg für „Mindestalter, keine Kinderarbeit \(ILO 138\)“: abgedeckt/ }).count()).toBe(1);
    expect(await page.getByRole('table', { name: 'Externe Bewertungen' }).count()).toBe(1);

    await page.goto(url('/guetezeichen/flower-label-program/'));
    const notice = page.getByRole('note').filter({ hasText: 'Seit 2012:' });
    expect(await notice.textContent()).toContain('Seit 2012:');
    expect(await page.locator('.tender-snippet__text').count()).toBe(0);
    expect(await page.locator('#textbausteine').locator('..').textContent()).toContain('nicht mehr vergeben');
    await page.close();
  });

  it('sends a comparison choice as a link and explains that the table needs JavaScript', async () => {
    const page = await context.newPage();
    await page.goto(url('/guetezeichen/produktgruppe/natursteine/'));
    await page.getByLabel('Vergleichen: Fair Stone').check();
    await page.getByLabel('Vergleichen: IGEP').check();
    await page.getByRole('button', { name: 'Auswahl vergleichen' }).click();
    expect(new URL(page.url()).searchParams.getAll('l')).toEqual(['fair-stone', 'igep']);
    expect(await page.locator('noscript').first().textContent()).toContain('braucht JavaScript');
    await page.close();
  });
});

describe('open data', () => {
  it('serves the whole data set as JSON and CSV, documented on /daten/', async () => {
    const page = await context.newPage();
    const json = await (await page.request.get(url('/daten/guetezeichen.json'))).json();
    expect(json.labels.length).toBeGreaterThanOrEqual(45);
    expect(json.productGroups.length).toBeGreaterThanOrEqual(11);
    const gots = json.labels.find((l: { slug: string }) => l.slug === 'gots');
    expect(gots.criteria.organic.value).toBe('yes');
    expect(gots.criteria.organic.evidence[0].url).toMatch(/^https:\/\//);
    expect(gots.criteria.livingWage).toEqual({ value: 'unknown' });
    expect(gots.tenderWording.variants[0].snippets[0].text).toContain('GOTS');
    expect(json.licence.name).toContain('CC BY 4.0');

    const csv = await page.request.get(url('/daten/guetezeichen.csv'));
    expect(csv.headers()['content-type']).toContain('text/csv');
    const text = await csv.text();
    expect(text.trimEnd().split('\r\n')).toHaveLength(json.labels.length + 1);

    await page.goto(url('/daten/'));
    const docs = await page.textContent('main');
    for (const field of [
      'productGroups',
      'criteria',
      'vgv',
      'verification',
      'lastChecked',
      'livingWage',
      'notMet',
      'evidence',
      'roadmap',
      'assessments[].rating',
    ])
      expect(docs).toContain(field);
    await page.close();
  });
});
