import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { it } from './browser-test';

// Named examples, Länder and labels: the fixture site (tests/fixtures/content/examples, states).
const url = (path: string) => inject('fixtureURL') + path;

const visibleCards = (page: Page) =>
  page.$$eval('.label-list > li[data-slug]', (cards) =>
    cards
      .filter((c) => !(c as HTMLElement).hidden)
      .map((c) => (c as HTMLElement).dataset.slug)
      .sort(),
  );
const status = (page: Page) => page.locator('#finder-status').textContent();
const count = (page: Page, key: string) => page.locator(`[data-count="${key}"]`).textContent();

async function open(page: Page, query = '') {
  await page.goto(url(`/praxisbeispiele/${query}`));
  // Attached, not visible: on narrow screens the filters start folded away.
  await page.waitForSelector('[data-finder-form]:not([hidden])', { state: 'attached' });
}

describe('practice examples: filters', () => {
  it('narrows by product group and Land with counts per option, and keeps the state in the address', async ({ page }) => {
    await open(page);
    expect(await status(page)).toBe('3 Praxisbeispiele');
    expect(await count(page, 'groups:natursteine')).toBe('(2)');
    expect(await count(page, 'kind:procurement')).toBe('(2)');

    await page.getByRole('checkbox', { name: /^Natursteine \(/ }).check();
    expect(await visibleCards(page)).toEqual(['bitburg-fair-stone-pflaster', 'muenchen-natursteine-baureferat']);
    expect(await status(page)).toBe('2 von 3 Praxisbeispiele passen zu Ihrer Auswahl');
    expect(await count(page, 'kind:serviceInstruction')).toBe('(1)');
    await page.waitForURL((u) => u.search === '?gruppe=natursteine');

    await page.getByRole('checkbox', { name: /^Bayern \(/ }).check();
    expect(await visibleCards(page)).toEqual(['muenchen-natursteine-baureferat']);
    await page.waitForURL((u) => u.search === '?land=bayern&gruppe=natursteine');

    await page.goBack();
    await page.waitForURL((u) => u.search === '?gruppe=natursteine');
    expect(await visibleCards(page)).toHaveLength(2);
    expect(await page.getByRole('checkbox', { name: /^Bayern \(/ }).isChecked()).toBe(false);
  });

  it('opens a shared address with its filters chosen', async ({ page }) => {
    await open(page, '?art=beschaffung&siegel=fair-stone&jahr=1800');
    expect(await visibleCards(page)).toEqual(['bitburg-fair-stone-pflaster']);
    expect(await page.getByRole('checkbox', { name: /^Beschaffung \(/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^Fair Stone \(/ }).isChecked()).toBe(true);
    // An unknown year is dropped from the address.
    expect(new URL(page.url()).search).toBe('?art=beschaffung&siegel=fair-stone');
  });

  it('works with the keyboard: a CPV code in the search field, a checkbox with the space bar, reset', async ({ page }) => {
    await open(page);
    await page.getByLabel('Suche in Titel, Kommune, Produkt und CPV-Code').focus();
    await page.keyboard.type('18110000');
    expect(await visibleCards(page)).toEqual(['bonn-dienstkleidung-stadtgruen']);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('finder-status');
    await page.getByLabel('Suche in Titel, Kommune, Produkt und CPV-Code').fill('');
    await page.getByRole('checkbox', { name: /^Rahmenvereinbarung \(/ }).focus();
    await page.keyboard.press('Space');
    expect(await visibleCards(page)).toEqual(['bonn-dienstkleidung-stadtgruen']);
    await page.getByRole('button', { name: 'Alle Filter zurücksetzen' }).click();
    await page.waitForURL((u) => u.search === '');
    expect(await visibleCards(page)).toHaveLength(3);
  });

  it('looks only inside its own element: look-alikes elsewhere on the page stay untouched', async ({ page }) => {
    // Before the element: a data block, a status and a card with the hooks the island reads.
    // An island that queried the document would take these first.
    await page.route('**/praxisbeispiele/', async (route) => {
      const response = await route.fetch();
      const decoys =
        '<script type="application/json">{"vocab":{},"records":[]}</script>' +
        '<p data-finder-status id="fremd-status">Fremder Status</p>' +
        '<ul id="fremd-liste"><li data-slug="bitburg-fair-stone-pflaster">Fremde Karte</li></ul>';
      await route.fulfill({ response, body: (await response.text()).replace('<example-finder', `${decoys}<example-finder`) });
    });
    await open(page);
    expect(await page.locator('example-finder [data-finder-status]').textContent()).toBe('3 Praxisbeispiele');
    await page.getByRole('checkbox', { name: /^Bayern \(/ }).check();
    expect(await visibleCards(page)).toEqual(['muenchen-natursteine-baureferat']);
    expect(await status(page)).toBe('1 von 3 Praxisbeispiele passen zu Ihrer Auswahl');
    expect(await page.locator('#fremd-status').textContent()).toBe('Fremder Status');
    expect(await page.locator('#fremd-liste > li').isVisible()).toBe(true);
  });

  it('has no axe-core violation with filters chosen, also at 320 px', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 800 });
      await open(page, '?gruppe=natursteine');
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(result.violations.map((v) => `${width}px: ${v.id} ${v.help}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
    await context.close();
  });
});

describe('practice examples without JavaScript', () => {
  it('lists every example, links labels and Länder, and label and group pages list the examples', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/praxisbeispiele/'));
    expect(await page.locator('.label-list > li[data-slug]').count()).toBe(3);
    expect(await page.locator('[data-finder-form]').isVisible()).toBe(false);
    expect(await page.locator('noscript').first().textContent()).toContain('Ohne JavaScript sehen Sie hier alle Praxisbeispiele');

    await page.getByRole('link', { name: 'Pflasterbänder aus Fair-Stone-Naturstein für die Innenstadt' }).click();
    expect(await page.locator('h1').textContent()).toBe('Pflasterbänder aus Fair-Stone-Naturstein für die Innenstadt');
    await page.getByRole('link', { name: 'Rheinland-Pfalz', exact: true }).click();
    expect(await page.locator('h1').textContent()).toBe('Vergaberecht in Rheinland-Pfalz');
    expect(await page.textContent('main')).toContain('Was unsicher ist');

    await page.goto(url('/praxisbeispiele/bitburg-fair-stone-pflaster/'));
    await page.getByRole('link', { name: 'Fair Stone', exact: true }).click();
    expect(await page.locator('h1').textContent()).toBe('Fair Stone');
    expect(await page.locator('#praxisbeispiele + ul li[data-slug]').evaluateAll((li) => li.map((l) => (l as HTMLElement).dataset.slug))).toEqual([
      'bitburg-fair-stone-pflaster',
    ]);

    await page.goto(url('/guetezeichen/produktgruppe/natursteine/'));
    expect(await page.locator('#praxisbeispiele + ul li[data-slug]').count()).toBe(2);
    await context.close();
  });

  it('serves the examples as JSON and CSV', async ({ page }) => {
    const json = await (await page.request.get(url('/daten/praxisbeispiele.json'))).json();
    expect(json.examples.map((e: { slug: string }) => e.slug).sort()).toEqual([
      'bitburg-fair-stone-pflaster',
      'bonn-dienstkleidung-stadtgruen',
      'muenchen-natursteine-baureferat',
    ]);
    const csv = await (await page.request.get(url('/daten/praxisbeispiele.csv'))).text();
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFslug,url,title,kind,municipality,state/);
    expect(csv.trim().split('\r\n')).toHaveLength(4);
  });
});

describe('legal frame', () => {
  it('shows the thresholds from the data file, each with its source', async ({ page }) => {
    await page.goto(url('/rechtsrahmen/'));
    const table = page.getByRole('table', { name: 'EU-Schwellenwerte' });
    expect(await table.textContent()).toMatch(/216\.000\s€/);
    expect(await table.textContent()).toMatch(/5\.404\.000\s€/);
    expect(await table.locator('tbody tr').count()).toBe(await table.locator('tbody tr', { hasText: 'geprüft am' }).count());
    expect(await page.textContent('main')).toContain('§ 24 UVgO');
  });

  it('marks a Land page whose Stand is older than twelve months at FIXTURE_NOW', async ({ page }) => {
    await page.goto(url('/rechtsrahmen/bayern/'));
    expect(await page.locator('[data-stale-notice]').textContent()).toContain('älter als 12 Monate');
  });
});
