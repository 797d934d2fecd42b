import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject } from 'vitest';
import { it } from './browser-test';

// Named labels, pages and counts: the fixture site (tests/browser/fixture-site.ts).
const url = (path: string) => inject('fixtureURL') + path;

const headers = (page: import('playwright-core').Page) => page.$$eval('.compare-table thead th a', (links) => links.map((a) => a.textContent));

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

  it('moves focus to the next remove button after "Entfernen", then to the status, and says what happened', async ({ page }) => {
    await page.goto(url('/guetezeichen/vergleich/?l=fair-stone,igep,xertifix'));
    await page.waitForSelector('.compare-table');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id);
    await page.getByRole('button', { name: 'IGEP aus dem Vergleich entfernen' }).click();
    expect(await focused()).toBe('XertifiX / XertifiX PLUS aus dem Vergleich entfernen');
    expect(await page.locator('#compare-status').textContent()).toBe(
      '„IGEP“ aus dem Vergleich entfernt. 2 Gütezeichen im Vergleich, ' +
        (await page.locator('.compare-table__differs').count()) +
        ' Zeilen mit Unterschieden.',
    );
    await page.keyboard.press('Enter');
    expect(await page.locator('.compare-table').count()).toBe(0);
    expect(await focused()).toBe('compare-status');
    expect(await page.locator('#compare-status').textContent()).toMatch(/^„XertifiX \/ XertifiX PLUS“ aus dem Vergleich entfernt\. Ausgewählt: Fair Stone\./);
  });

  it('keeps the row labels in view when the table scrolls sideways on a phone, with headers for every cell', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(url('/guetezeichen/vergleich/?l=fair-stone,igep,xertifix,fsc'));
    await page.waitForSelector('.compare-table');
    const scroller = page.locator('.table-scroll');
    const rowHead = page.getByRole('rowheader', { name: /^Mindestalter, keine Kinderarbeit \(ILO 138\)/ });
    await rowHead.scrollIntoViewIfNeeded();
    const before = (await rowHead.boundingBox())!;
    const scrolled = await scroller.evaluate((s) => {
      s.scrollLeft = s.scrollWidth;
      return s.scrollLeft;
    });
    expect(scrolled).toBeGreaterThan(100);
    const after = (await rowHead.boundingBox())!;
    const box = (await scroller.boundingBox())!;
    // Stuck to the left edge of the scrolling area instead of leaving it with the columns.
    expect(Math.abs(after.x - box.x)).toBeLessThan(1);
    expect(Math.abs(after.x - before.x)).toBeLessThan(4);
    // Opaque: the row label, not a scrolled cell, is what shows at its place.
    expect(await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('th')?.scope, [after.x + 5, after.y + after.height / 2])).toBe('row');
    // Two header levels: each section heads the rows of its tbody.
    const sections = await page.$$eval('.compare-table tbody', (bodies) => bodies.map((b) => b.querySelector('tr:first-child th')?.getAttribute('scope')));
    expect(sections.length).toBeGreaterThan(1);
    expect(new Set(sections)).toEqual(new Set(['rowgroup']));
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id} ${v.help}`)).toEqual([]);
    await context.close();
  });
});

describe('tender snippets', () => {
  it('copies the snippet beside a button to the clipboard and says so', async ({ browser }) => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url('/')).origin });
    const page = await context.newPage();
    await page.goto(url('/guetezeichen/fair-stone/'));
    const snippet = page.locator('.tender-snippet').nth(1);
    await snippet.getByRole('button', { name: /^Text kopieren/ }).click();
    await page.getByText('Der Textbaustein wurde in die Zwischenablage kopiert.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe((await snippet.locator('.tender-snippet__text').textContent())!.trim());
    await context.close();
  });
});
