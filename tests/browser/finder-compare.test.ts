import { describe, expect, inject } from 'vitest';
import { it } from './browser-test';

// Named labels, pages and counts: the fixture site (tests/browser/fixture-site.ts).
const url = (path: string) => inject('fixtureURL') + path;

const headers = (page: import('playwright-core').Page) =>
  page.$$eval('.compare-table thead th a', (links) => links.map((a) => a.textContent));

describe('comparison', () => {
  it('goes from the finder to a side-by-side table of the chosen labels', async ({ page }) => {
    await page.goto(url('/guetezeichen/'));
    await page.getByLabel(/^Holz und Möbel/).check();
    await page.getByLabel('Vergleichen: FSC', { exact: true }).check();
    await page.getByLabel('Vergleichen: PEFC', { exact: true }).check();
    await page.getByRole('button', { name: 'Auswahl vergleichen' }).click();
    await page.waitForSelector('.compare-table');
    expect(new URL(page.url()).search).toBe('?l=fsc,pefc');
    expect(await headers(page)).toEqual(['FSC', 'PEFC']);
    // FSC is multi-stakeholder by its sources, PEFC unknown: that row is marked in words.
    const row = page.locator('tr', { hasText: 'Standard von mehreren Interessengruppen entwickelt' });
    expect(await row.getAttribute('class')).toContain('compare-table__differs');
    expect(await row.textContent()).toContain('(unterschiedlich)');
    expect(await row.textContent()).toContain('abgedeckt');
    const same = page.locator('tr', { hasText: 'Biodiversität und Wälder' });
    expect(await same.textContent()).not.toContain('(unterschiedlich)');
    expect(await page.locator('.compare__date').textContent()).toMatch(/Stand der Daten: \d{1,2}\. [A-Z][a-zä]+ \d{4}/);

    // Printed for the procurement file: table and data date, without the choice form.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.compare-table').isVisible()).toBe(true);
    expect(await page.locator('.compare__date').isVisible()).toBe(true);
    expect(await page.locator('#compare-form').isVisible()).toBe(false);
    expect(await page.locator('.compare__remove').first().isVisible()).toBe(false);
  });

  it('keeps a comparison choice whose card a later filter hides', async ({ page }) => {
    await page.goto(url('/guetezeichen/?gruppe=holz-moebel'));
    await page.getByLabel('Vergleichen: FSC', { exact: true }).check();
    await page.getByLabel('Vergleichen: PEFC', { exact: true }).check();
    await page.getByLabel(/^Holz und Möbel/).uncheck();
    await page.getByLabel(/^Natursteine/).check();
    expect(await page.locator('li[data-slug="fsc"]').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Auswahl vergleichen' }).click();
    await page.waitForSelector('.compare-table');
    expect(await headers(page)).toEqual(['FSC', 'PEFC']);
  });

  it('adds and removes labels, keeps the choice in the URL, and allows at most four', async ({ page }) => {
    await page.goto(url('/guetezeichen/vergleich/?l=fair-stone,igep'));
    await page.waitForSelector('.compare-table');
    await page.getByLabel('XertifiX / XertifiX PLUS', { exact: true }).check();
    expect(new URL(page.url()).search).toBe('?l=fair-stone,igep,xertifix');
    await page.getByLabel('FSC', { exact: true }).check();
    expect(await page.getByLabel('PEFC', { exact: true }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'IGEP aus dem Vergleich entfernen' }).click();
    expect(new URL(page.url()).search).toBe('?l=fair-stone,xertifix,fsc');
    expect(await headers(page)).toEqual(['Fair Stone', 'XertifiX / XertifiX PLUS', 'FSC']);
    await page.goBack();
    expect(await headers(page)).toHaveLength(4);
  });

  it('refuses a fifth label with a message instead of dropping it silently, and links evidence and assessments', async ({ page }) => {
    await page.goto(url('/guetezeichen/vergleich/?l=fair-stone,igep,xertifix,fsc,pefc'));
    await page.waitForSelector('.compare-table');
    expect(await headers(page)).toHaveLength(4);
    expect(await page.locator('#compare-status').textContent()).toContain('höchstens 4 Gütezeichen vergleichen. Nicht aufgenommen: „PEFC“');
    expect(await page.getByRole('row', { name: /^Urteile mit Stand/ }).count()).toBe(1);
    const evidence = page.getByRole('link', { name: /^Beleg für „Mindestalter, keine Kinderarbeit \(ILO 138\)“ bei Fair Stone: abgedeckt$/ });
    expect(await evidence.count()).toBe(1);
  });

  it('is reached from a label page with that label chosen', async ({ page }) => {
    await page.goto(url('/guetezeichen/gots/'));
    await page.getByRole('link', { name: 'Mit anderen Gütezeichen vergleichen' }).click();
    // The click only starts the navigation; wait for the comparison page to load and read its address.
    await page.waitForURL((u) => u.pathname === '/guetezeichen/vergleich/', { waitUntil: 'load' });
    expect(await page.getByLabel('GOTS (Global Organic Textile Standard)', { exact: true }).isChecked()).toBe(true);
    expect(await page.locator('#compare-status').textContent()).toContain('Wählen Sie mindestens ein weiteres');
  });
});
