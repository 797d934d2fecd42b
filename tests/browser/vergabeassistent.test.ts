import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { it as browserIt } from './browser-test';

/** A page in its own browser context (own localStorage; axe opens a helper page in it). */
const it = browserIt.extend('tab', async ({ browser }, { onCleanup }) => {
  const context = await browser.newContext({ acceptDownloads: true });
  onCleanup(() => context.close());
  return context.newPage();
});

// Product groups, labels and Länder of the fixture site (tests/fixtures/content).
const url = (query = '') => `${inject('fixtureURL')}/vergabeassistent/${query}`;
const app = (page: Page) => page.locator('vergabe-assistent');

async function open(page: Page, query = ''): Promise<void> {
  await page.goto(url(query));
  await page.waitForSelector('vergabe-assistent[data-ready]');
}

async function axe(page: Page, state: string): Promise<void> {
  const result = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${state}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const heading = (page: Page) => app(page).locator('.assistant__phase h2');
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

/** Types the contract value into the focused field, as a user would. */
async function typeValue(page: Page, value: string): Promise<void> {
  await app(page).locator('input[name="wert"]').focus();
  await page.keyboard.type(value);
}

/** Checks a radio button or checkbox by keyboard. */
async function press(page: Page, name: string, value: string): Promise<void> {
  await app(page).locator(`input[name="${name}"][value="${value}"]`).focus();
  await page.keyboard.press('Space');
}

/** Moves a closed <select> to an option with the arrow keys; every step re-renders, focus stays. */
async function choose(page: Page, name: string, value: string): Promise<void> {
  const select = () => app(page).locator(`select[name="${name}"]`);
  await select().focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 40 && (await select().inputValue()) !== value; i++) await page.keyboard.press('ArrowDown');
  expect(await select().inputValue()).toBe(value);
}

/** "Weiter" by keyboard; the new phase's heading takes the focus. */
async function next(page: Page, step: number): Promise<void> {
  await app(page).getByRole('button', { name: 'Weiter' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedText(page)).toContain(`Schritt ${step} von 5`);
}

/** Walks the remaining phases, checking each with axe, and opens the Vermerk by keyboard. */
async function toVermerk(page: Page, from: number, name: string): Promise<string> {
  for (let step = from + 1; step <= 5; step++) {
    await next(page, step);
    await axe(page, `${name}, Schritt ${step}`);
  }
  await app(page).getByRole('link', { name: 'Zum Vergabevermerk' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('vergabe-vermerk[data-ready]');
  await axe(page, `${name}, Vermerk`);
  return (await page.locator('vergabe-vermerk').textContent()) ?? '';
}

describe('Vergabeassistent', () => {
  it('workwear for 250.000 euros in Nordrhein-Westfalen by a municipality: above the threshold, § 34 VgV', async ({ tab: page }) => {
    await open(page);
    await axe(page, 'leer');
    expect(await heading(page).textContent()).toContain('Schritt 1 von 5');
    await typeValue(page, '250.000');
    await press(page, 'art', 'liefer');
    await press(page, 'traeger', 'kommune');
    await choose(page, 'land', 'nordrhein-westfalen');
    const result = (await app(page).locator('.assistant__result').textContent()) ?? '';
    expect(result).toMatch(/oberhalb/i);
    expect(result).toContain('VgV');
    expect(await app(page).locator('[role="status"][aria-live="polite"]').textContent()).toContain('Ergebnis aktualisiert');
    await axe(page, 'Textilien, Schritt 1');
    await next(page, 2);
    await choose(page, 'gruppe', 'textilien-bekleidung');
    await press(page, 'gz', 'fairtrade-textile-production');
    await axe(page, 'Textilien, Schritt 2');
    await next(page, 3);
    await press(page, 'markt:verfuegbar', 'ja');
    await press(page, 'markt:dialog', 'nein');
    await axe(page, 'Textilien, Schritt 3');
    await next(page, 4);
    await press(page, 'lzk', 'offen');
    await axe(page, 'Textilien, Schritt 4');
    await next(page, 5);
    await press(page, 'platz:fairtrade-textile-production', 'ausfuehrung');
    await expect.poll(() => new URL(page.url()).searchParams.get('platz')).toBe('fairtrade-textile-production:ausfuehrung');
    await axe(page, 'Textilien, Schritt 5');
    const vermerk = await toVermerk(page, 5, 'Textilien');
    expect(vermerk).toContain('§ 34 VgV');
    expect(vermerk).toContain('Nordrhein-Westfalen');
    expect(vermerk).toContain('Fairtrade Textile Production');
  });

  it('coffee for 30.000 euros in Bayern: below the threshold, § 24 UVgO and the UVgO status of Bayern', async ({ tab: page }) => {
    await open(page);
    await typeValue(page, '30000');
    await press(page, 'art', 'liefer');
    await press(page, 'traeger', 'kommune');
    await choose(page, 'land', 'bayern');
    const result = (await app(page).locator('.assistant__result').textContent()) ?? '';
    expect(result).toMatch(/unterhalb/i);
    expect(result).toContain('UVgO');
    await axe(page, 'Kaffee, Schritt 1');
    await next(page, 2);
    await choose(page, 'gruppe', 'lebensmittel-getraenke');
    await press(page, 'gz', 'fairtrade');
    await axe(page, 'Kaffee, Schritt 2');
    const vermerk = await toVermerk(page, 2, 'Kaffee');
    expect(vermerk).toContain('§ 24 UVgO');
    expect(vermerk).toContain('Den Kommunen wird sie empfohlen, nicht vorgeschrieben.');
  });

  it('gravestones for a municipal cemetery in Baden-Württemberg: the Land’s cemetery rule', async ({ tab: page }) => {
    await open(page);
    await typeValue(page, '40000');
    await press(page, 'art', 'liefer');
    await press(page, 'traeger', 'kommune');
    await choose(page, 'land', 'baden-wuerttemberg');
    await next(page, 2);
    await choose(page, 'gruppe', 'natursteine');
    await press(page, 'gz', 'fair-stone');
    await axe(page, 'Grabsteine, Schritt 2');
    // Back to the legal frame: with the stone group chosen it now names the Land's cemetery rule.
    await app(page).getByRole('button', { name: 'Zurück' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page)).toContain('Schritt 1 von 5');
    expect(await app(page).locator('.assistant__result').textContent()).toContain('Bestattungsgesetz');
    await axe(page, 'Grabsteine, Schritt 1 mit Produktgruppe');
    await next(page, 2);
    const vermerk = await toVermerk(page, 2, 'Grabsteine');
    expect(vermerk).toContain('Baden-Württemberg');
    expect(vermerk).toContain('Bestattungsgesetz');
    expect(vermerk).toContain('Fair Stone');
  });

  it('keeps the state over reload and back/forward, offers the last session and ignores malformed parameters', async ({ tab: page }) => {
    await open(page, '?wert=abc&art=zelt&land=atlantis&gz=gibtsnicht,fair-stone,fair-stone&schritt=nirgends&foo=1');
    expect(await app(page).locator('input[name="wert"]').inputValue()).toBe('');
    expect(await app(page).locator('input[name="art"]:checked').count()).toBe(0);
    expect(await heading(page).textContent()).toContain('Schritt 1 von 5');

    await open(page, '?wert=250000&art=liefer&land=nordrhein-westfalen');
    await next(page, 2);
    expect(new URL(page.url()).searchParams.get('schritt')).toBe('produkt');
    await page.reload();
    await page.waitForSelector('vergabe-assistent[data-ready]');
    expect(await heading(page).textContent()).toContain('Schritt 2 von 5');
    await page.goBack();
    await expect.poll(async () => heading(page).textContent()).toContain('Schritt 1 von 5');
    expect(await app(page).locator('input[name="wert"]').inputValue()).toBe('250.000');
    await page.goForward();
    await expect.poll(async () => heading(page).textContent()).toContain('Schritt 2 von 5');

    await open(page);
    await app(page).getByRole('button', { name: 'Letzte Sitzung fortsetzen' }).click();
    expect(new URL(page.url()).searchParams.get('land')).toBe('nordrhein-westfalen');
    expect(await heading(page).textContent()).toContain('Schritt 2 von 5');
  });

  it('takes labels from the Kriterienkorb filled on a label page', async ({ tab: page }) => {
    await page.goto(`${inject('fixtureURL')}/guetezeichen/fair-stone/`);
    await page.getByRole('button', { name: /^In den Kriterienkorb\W+Fair Stone$/ }).click();
    await expect.poll(() => page.getByRole('button', { name: /^Aus dem Kriterienkorb nehmen\W+Fair Stone$/ }).count()).toBe(1);
    const criterion = page.locator('[data-korb-kriterien] tbody tr button').first();
    await criterion.click();
    await axe(page, 'Gütezeichenseite mit Korb');
    await page.goto(`${inject('fixtureURL')}/guetezeichen/?gruppe=natursteine`);
    await page.locator('li[data-slug="igep"] kriterien-korb button').click();
    await open(page, '?schritt=produkt');
    expect(await app(page).locator('.assistant__basket li').count()).toBe(3);
    await app(page).getByRole('button', { name: 'Aus dem Kriterienkorb übernehmen' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('gz')).toBe('fair-stone,igep');
    expect(new URL(page.url()).searchParams.get('gruppe')).toBe('natursteine');
    await app(page).locator('.assistant__basket li').first().getByRole('button').click();
    expect(await app(page).locator('.assistant__basket li').count()).toBe(2);
  });

  it('loads the common data on the first visit and then only the chosen group’s part', async ({ tab: page }) => {
    const data: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/vergabeassistent/daten')) data.push(path);
    });
    await open(page, '?schritt=produkt');
    expect(data).toEqual(['/vergabeassistent/daten.json']);
    await app(page).locator('select[name="gruppe"]').selectOption('textilien-bekleidung');
    await app(page).locator('input[name="gz"][value="fairtrade-textile-production"]').waitFor();
    expect(data).toEqual(['/vergabeassistent/daten.json', '/vergabeassistent/daten/textilien-bekleidung.json']);
    data.length = 0;
    await page.goto(`${inject('fixtureURL')}/vergabeassistent/vermerk/?wert=30000&art=liefer&land=bayern&gruppe=lebensmittel-getraenke&gz=fairtrade`);
    await page.waitForSelector('vergabe-vermerk[data-ready]');
    expect(data).toEqual(['/vergabeassistent/daten.json', '/vergabeassistent/daten/lebensmittel-getraenke.json']);
  });

  it('loads the part of a basket label outside the chosen group', async ({ tab: page }) => {
    await page.goto(`${inject('fixtureURL')}/guetezeichen/fair-stone/`);
    await page.getByRole('button', { name: /^In den Kriterienkorb\W+Fair Stone$/ }).click();
    await expect.poll(() => page.getByRole('button', { name: /^Aus dem Kriterienkorb nehmen\W+Fair Stone$/ }).count()).toBe(1);
    const data: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/vergabeassistent/daten/')) data.push(path);
    });
    await open(page, '?gruppe=textilien-bekleidung&schritt=produkt');
    await app(page).getByRole('button', { name: 'Aus dem Kriterienkorb übernehmen' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('gz')).toBe('fair-stone');
    expect(new URL(page.url()).searchParams.get('gruppe')).toBe('textilien-bekleidung');
    await expect.poll(() => app(page).locator('input[name="gz"][value="fair-stone"]').isChecked()).toBe(true);
    expect(data).toEqual(['/vergabeassistent/daten/textilien-bekleidung.json', '/vergabeassistent/daten/natursteine.json']);
    expect(await app(page).locator('.assistant__result').textContent()).toContain('nicht der Produktgruppe „Textilien und Bekleidung“ zugeordnet');
  });

  it('says so in German when the data cannot be loaded', async ({ tab: page }) => {
    const message = 'Die Daten des Assistenten konnten nicht geladen werden.';
    await page.route('**/vergabeassistent/daten/*.json', (route) => route.fulfill({ status: 503, body: '' }));
    await open(page, '?schritt=produkt');
    await app(page).locator('select[name="gruppe"]').selectOption('natursteine');
    await expect.poll(() => app(page).locator('[data-load-error]').isVisible()).toBe(true);
    expect(await app(page).locator('[data-load-error]').textContent()).toContain(message);
    await page.goto(`${inject('fixtureURL')}/vergabeassistent/vermerk/?gruppe=natursteine`);
    await expect.poll(() => page.locator('vergabe-vermerk [data-load-error]').isVisible()).toBe(true);
    await page.route('**/vergabeassistent/daten.json', (route) => route.abort());
    await page.goto(url());
    await expect.poll(() => app(page).locator('[data-load-error]').isVisible()).toBe(true);
    expect(await app(page).locator('[data-load-error]').textContent()).toContain(message);
  });

  it('downloads the Vermerk as DOCX with the label in word/document.xml, and as text', async ({ tab: page }) => {
    await page.goto(
      `${inject('fixtureURL')}/vergabeassistent/vermerk/?wert=30000&art=liefer&traeger=kommune&land=bayern&gruppe=lebensmittel-getraenke&gz=fairtrade`,
    );
    await page.waitForSelector('vergabe-vermerk[data-ready]');
    const dir = mkdtempSync(join(tmpdir(), 'vermerk-'));
    try {
      const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Als Word-Datei (DOCX)' }).click()]);
      expect(docx.suggestedFilename()).toBe('vergabevermerk.docx');
      const file = join(dir, 'v.docx');
      await docx.saveAs(file);
      const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
      expect(xml).toContain('Fairtrade');
      const [text] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Als Textdatei' }).click()]);
      const textFile = join(dir, 'v.txt');
      await text.saveAs(textFile);
      expect(readFileSync(textFile, 'utf8')).toContain('§ 24 UVgO');
      // Printed, only the document remains.
      await page.emulateMedia({ media: 'print' });
      for (const hidden of ['.vermerk__actions', '.site-header', '.site-footer']) expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
      expect(await page.locator('.vermerk__doc').isVisible()).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('explains itself without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(url());
      const main = (await page.locator('main').textContent()) ?? '';
      expect(main).toContain('Die fünf Schritte');
      expect(await page.locator('[data-static-phases] ol > li').count()).toBe(5);
      expect(main).toContain('keine Rechtsberatung');
      for (const name of ['Gütezeichenfinder', 'Rechtsrahmen', 'Praxisbeispiele'])
        expect(await page.locator('main').getByRole('link', { name, exact: true }).count()).toBe(1);
      expect(
        await page
          .locator('noscript')
          .first()
          .evaluate((n) => n.textContent),
      ).toContain('braucht JavaScript');
      await page.close();
    } finally {
      await context.close();
    }
  });

  it('has no horizontal scroll at 320 px', async ({ tab: page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await open(
      page,
      '?wert=250000&art=liefer&traeger=kommune&land=nordrhein-westfalen&gruppe=textilien-bekleidung&gz=fairtrade-textile-production&schritt=produkt',
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.goto(`${inject('fixtureURL')}/vergabeassistent/vermerk/?wert=250000&art=liefer&land=nordrhein-westfalen&gz=fairtrade-textile-production`);
    await page.waitForSelector('vergabe-vermerk[data-ready]');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
