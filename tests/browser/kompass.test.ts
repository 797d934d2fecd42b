import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { it as browserIt } from './browser-test';

/** A page in its own browser context: axe opens a helper page in the page's context. */
const it = browserIt.extend('tab', async ({ browser }, { onCleanup }) => {
  const context = await browser.newContext();
  onCleanup(() => context.close());
  return context.newPage();
});

// Product groups and labels of the fixture site (tests/fixtures/content).
const url = () => `${inject('fixtureURL')}/mein-kompass/`;

async function open(page: Page): Promise<void> {
  await page.goto(url());
  await page.waitForSelector('kompass-app[data-ready]');
}

async function axe(page: Page, state: string): Promise<void> {
  const result = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${state}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const status = (page: Page) => page.locator('kompass-app [data-status]');

async function addPurchase(page: Page, product: string, amount: string, proof: string): Promise<void> {
  await page.getByLabel('Datum *').first().fill('2026-03-15');
  await page.locator('#k-p-group').selectOption({ label: 'Textilien und Bekleidung' });
  await page.getByLabel('Produkt *').fill(product);
  await page.getByLabel('Betrag netto in Euro *').fill(amount);
  await page.getByLabel('Nachweis', { exact: true }).selectOption({ label: proof });
  await page.getByRole('button', { name: 'Einkauf speichern' }).click();
  // The form is emptied once the purchase is stored.
  await expect.poll(() => page.getByLabel('Produkt *').inputValue()).toBe('');
  expect(await status(page).textContent()).toContain('Gespeichert');
}

const groupRow = (page: Page) => page.locator('[data-evaluation] table').nth(1).locator('tbody tr').first();

/** Two tabs of one browser profile; the second can be made deaf to the other tab's messages. */
async function twoTabs(context: BrowserContext): Promise<[Page, Page]> {
  const a = await context.newPage();
  const b = await context.newPage();
  await open(a);
  await open(b);
  return [a, b];
}

describe('Mein Kompass', () => {
  it('records a purchase, evaluates it, keeps it over a reload and checks every state with axe', async ({ tab: page }) => {
    await open(page);
    await axe(page, 'leer');
    await page.getByRole('button', { name: 'Einkauf speichern' }).click();
    expect(await page.locator('[data-form="purchase"] [data-form-problems]').textContent()).toContain('Datum: Bitte ausfüllen.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('date');
    await axe(page, 'Formularfehler');

    await addPurchase(page, 'Poloshirts', '1.000,00', 'GOTS (Global Organic Textile Standard)');
    await addPurchase(page, 'Arbeitshosen', '3.000,00', 'kein Nachweis');
    expect(await groupRow(page).textContent()).toMatch(/2026Textilien und Bekleidung4\.000,00\s€1\.000,00\s€25 %2/);
    expect(await page.locator('[data-evaluation] figure figcaption').first().textContent()).toBe('Anteil der Ausgaben mit Nachweis je Jahr. 2026: 25 %.');
    await axe(page, 'mit Daten');

    await page.reload();
    await page.waitForSelector('kompass-app[data-ready]');
    expect(await page.locator('[data-purchases] caption').textContent()).toBe('2 Einkäufe');
    expect(await groupRow(page).textContent()).toContain('25 %');
  });

  it('imports a CSV file after a preview that names every bad row', async ({ tab: page }) => {
    await open(page);
    const csv =
      '\uFEFFprodukt;Datum;BETRAG;Produktgruppe;Nachweis;Lieferant\r\n' +
      '"Steine; grau";01.06.2025;"2.500,00";Natursteine;Fair Stone;Stein AG\r\n' +
      'Hemden;31.02.2025;abc;Textilien und Bekleidung;;\r\n' +
      'Blumen;02.06.2025;100,00;blumen-pflanzen;Flower Label Program;\r\n';
    await page.getByLabel('CSV-Datei auswählen').setInputFiles({ name: 'einkauf.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const preview = page.locator('[data-csv-preview]');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('2 Zeilen sind in Ordnung, 1 Zeilen haben Fehler.');
    const problems = await preview.locator('table').first().locator('tbody tr').allTextContents();
    expect(problems).toEqual(['3Datum„31.02.2025“ ist kein Datum im Format TT.MM.JJJJ', '3Betrag„abc“ ist kein Betrag im deutschen Format wie 1.234,56']);
    await axe(page, 'CSV-Vorschau');
    await page.getByRole('button', { name: 'Nur die 2 guten Zeilen importieren' }).click();
    await expect.poll(() => status(page).textContent()).toContain('2 Einkäufe importiert');
    expect(await preview.isHidden()).toBe(true);
    // The inactive label is kept and shown, but does not count as a proof.
    expect(await page.locator('[data-purchases]').textContent()).toContain('Flower Label Program (nicht mehr aktiv)');
    expect(await page.locator('[data-evaluation] table').first().textContent()).toContain('96,2 %');
  });

  it('shows changes of another tab and refuses to overwrite them', async ({ browser }) => {
    const context = await browser.newContext();
    try {
      const [a, b] = await twoTabs(context);
      await addPurchase(a, 'Kaffee-Becher', '10,00', 'kein Nachweis');
      await expect.poll(() => b.locator('[data-purchases] caption').textContent()).toBe('1 Einkäufe');

      await a.getByLabel('Maßnahme *').fill('Leitfaden schreiben');
      await a.getByLabel('Verantwortlich (Rolle) *').fill('Vergabestelle');
      await a.getByLabel('Fällig am *').fill('2020-01-31');
      await a.getByRole('button', { name: 'Maßnahme speichern' }).click();
      await expect.poll(() => b.locator('[data-plan-overview]').textContent()).toContain('überfällig: Leitfaden schreiben');

      // A third tab that misses the other tabs' messages still cannot overwrite their change.
      const deaf = await context.newPage();
      await deaf.addInitScript(() => Object.defineProperty(BroadcastChannel.prototype, 'onmessage', { set() {}, configurable: true }));
      await open(deaf);
      await a.getByLabel('Stand von Leitfaden schreiben').selectOption('in Arbeit');
      await expect.poll(() => b.getByLabel('Stand von Leitfaden schreiben').inputValue()).toBe('in Arbeit');
      await deaf.getByLabel('Stand von Leitfaden schreiben').selectOption('erledigt');
      await expect.poll(() => deaf.locator('kompass-app [data-error]').textContent()).toContain('in einem anderen Tab geändert');
      expect(await deaf.getByLabel('Stand von Leitfaden schreiben').inputValue()).toBe('in Arbeit');
      await axe(deaf, 'Konflikt zwischen Tabs');
    } finally {
      await context.close();
    }
  });

  it('exports everything and imports it in a fresh profile; a bad file changes nothing', async ({ browser }) => {
    const first = await browser.newContext();
    const second = await browser.newContext();
    try {
      const page = await first.newPage();
      await open(page);
      await addPurchase(page, 'Fußbälle', '500,00', 'Fair Stone');
      await page.getByLabel('Zielanteil in Prozent *').fill('60');
      await page.locator('#k-g-group').selectOption({ label: 'Textilien und Bekleidung' });
      await page.getByLabel('Jahr *').fill('2026');
      await page.getByRole('button', { name: 'Ziel speichern' }).click();
      await expect.poll(() => page.locator('[data-plan-overview]').textContent()).toContain('60 %');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Alle Daten exportieren (JSON)' }).click()]);
      const file = readFileSync(await download.path(), 'utf8');
      expect(JSON.parse(file)).toMatchObject({ format: 'mein-kompass', schemaVersion: 1, purchases: [{ product: 'Fußbälle', amountCents: 50000 }] });

      const fresh = await second.newPage();
      await open(fresh);
      await fresh.getByLabel('Exportdatei zum Ersetzen auswählen').setInputFiles({
        name: 'kaputt.json',
        mimeType: 'application/json',
        buffer: Buffer.from(file.replace('"amountCents": 50000', '"amountCents": "viel"')),
      });
      await expect.poll(() => fresh.locator('kompass-app [data-error]').textContent()).toContain('Feld „Einkäufe › Nr. 1 › amountCents“');
      expect(await fresh.locator('[data-purchases]').textContent()).toBe('Noch keine Einkäufe erfasst.');
      await axe(fresh, 'Importfehler');

      await fresh
        .getByLabel('Exportdatei zum Ersetzen auswählen')
        .setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(file) });
      await expect.poll(() => status(fresh).textContent()).toContain('Import abgeschlossen: 1 Einkäufe, 1 Ziele');
      expect(await fresh.locator('[data-purchases]').textContent()).toContain('Fußbälle');
      expect(await fresh.locator('[data-report-body]').textContent()).toContain('Textilien und Bekleidung (Ausgaben)');

      // Merging the colleague's changed file lists the conflict for a decision.
      const changed = file.replace('"amountCents": 50000', '"amountCents": 70000');
      await page
        .getByLabel('Exportdatei zum Zusammenführen auswählen')
        .setInputFiles({ name: 'kollegin.json', mimeType: 'application/json', buffer: Buffer.from(changed) });
      const plan = page.locator('[data-merge-plan]');
      await plan.waitFor();
      expect(await plan.textContent()).toContain('0 neue Einträge werden hinzugefügt, 1 sind auf beiden Seiten gleich, 1 wurden unterschiedlich geändert.');
      await axe(page, 'Zusammenführen');
      await page.getByLabel(/^Fassung aus der Datei übernehmen/).check();
      await page.getByRole('button', { name: 'Zusammenführen', exact: true }).click();
      await expect.poll(() => page.locator('[data-purchases]').textContent()).toContain('700,00');
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('deletes all data after a confirmation, by keyboard', async ({ tab: page }) => {
    await open(page);
    await page.getByLabel('Produkt *').focus();
    await page.keyboard.type('Tee');
    await page.getByLabel('Betrag netto in Euro *').focus();
    await page.keyboard.type('12,50');
    await page.getByLabel('Datum *').first().fill('2026-02-01');
    await page.locator('#k-p-group').focus();
    await page.keyboard.press('ArrowDown');
    await page.getByLabel('Betrag netto in Euro *').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).textContent()).toContain('Gespeichert');

    await page.getByRole('button', { name: 'Alle Daten löschen' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Wirklich alle Daten');
    await axe(page, 'Löschen bestätigen');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).textContent()).toContain('Alle Daten von Mein Kompass wurden aus diesem Browser gelöscht.');
    await page.reload();
    await page.waitForSelector('kompass-app[data-ready]');
    expect(await page.locator('[data-purchases]').textContent()).toBe('Noch keine Einkäufe erfasst.');
  });

  it('offers an export when the data has not been exported for 30 days', async ({ tab: page }) => {
    await page.clock.install({ time: new Date('2026-01-10T10:00:00') });
    await open(page);
    await addPurchase(page, 'Kaffee', '20,00', 'kein Nachweis');
    const reminder = page.locator('kompass-app [data-reminder]');
    expect(await reminder.isHidden()).toBe(true);
    await page.clock.setSystemTime(new Date('2026-02-12T11:00:00'));
    await page.reload();
    await page.waitForSelector('kompass-app[data-ready]');
    expect(await reminder.textContent()).toContain('Sie haben Ihre Daten seit 33 Tagen nicht exportiert.');
    await axe(page, 'Erinnerung');
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Jetzt exportieren' }).click()]);
    await expect.poll(() => reminder.isHidden()).toBe(true);
  });

  it('prints only the report, with goals, figures and measures', async ({ tab: page }) => {
    await open(page);
    await addPurchase(page, 'Hemden', '80,00', 'GOTS (Global Organic Textile Standard)');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-form="purchase"]').isVisible()).toBe(false);
    expect(await page.locator('.kompass-format').isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Bericht' }).isVisible()).toBe(true);
    expect(await page.locator('[data-report-body] table').first().isVisible()).toBe(true);
    expect(await page.locator('[data-report-body]').textContent()).toContain('Stand der Daten: letzter erfasster Einkauf vom 15.03.2026');
    expect(await page.getByRole('button', { name: 'Als PDF drucken' }).isVisible()).toBe(false);
  });

  it('fits a 320 px wide screen with data on it', async ({ tab: page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await open(page);
    await addPurchase(page, 'Sehr lange Produktbezeichnung für Berufskleidung des Bauhofs', '12.345,67', 'GOTS (Global Organic Textile Standard)');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it('explains itself without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(url());
      expect(await page.locator('main').textContent()).toContain('Mein Kompass braucht JavaScript');
      expect(await page.locator('[data-kompass-ui]').isHidden()).toBe(true);
      expect(await page.locator('.kompass-format table').textContent()).toContain('TT.MM.JJJJ');
    } finally {
      await context.close();
    }
  });
});
