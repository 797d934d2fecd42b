import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { it } from './browser-test';

// Named labels, pages and counts: the fixture site (tests/browser/fixture-site.ts).
const url = (path: string) => inject('fixtureURL') + path;

const visibleCards = (page: Page) =>
  page.$$eval('.label-list > li[data-slug]', (cards) => cards.filter((c) => !(c as HTMLElement).hidden).map((c) => (c as HTMLElement).dataset.slug));
const status = (page: Page) => page.locator('#finder-status').textContent();
const count = (page: Page, key: string) => page.locator(`[data-count="${key}"]`).textContent();

async function open(page: Page, path = '/guetezeichen/') {
  await page.goto(url(path));
  // Attached, not visible: on a phone the filters start folded away.
  await page.waitForSelector('[data-finder-form]:not([hidden])', { state: 'attached' });
  // The cards' Kriterienkorb buttons arrive with their own script; clicks wait until the cards have them.
  await page.waitForFunction(() => customElements.get('kriterien-korb') !== undefined);
}

describe('label finder: filtering and counts', () => {
  it('shows the labels page by page, then narrows by product group with updated counts and status', async ({ page }) => {
    await open(page);
    // Only the shown cards stay in the document (the page without JavaScript lists them all).
    const total = await page.evaluate(() => JSON.parse(document.getElementById('finder-data')!.textContent).records.length as number);
    expect(total).toBeGreaterThanOrEqual(45);
    const first = await visibleCards(page);
    expect(first).toHaveLength(24);
    expect(await page.locator('.label-list > li').count()).toBe(24);
    expect(await status(page)).toBe(`${total} Gütezeichen. Angezeigt: die ersten 24.`);
    expect(await count(page, 'groups:natursteine')).toBe('(3)');

    const more = page.getByRole('button', { name: /^Weitere \d+ Gütezeichen anzeigen/ });
    await more.click();
    expect(await visibleCards(page)).toHaveLength(total);
    expect(await more.isVisible()).toBe(false);
    // Focus lands on the first card that was added.
    const all = await visibleCards(page);
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.dataset.slug)).toBe(all[24]);

    await page.getByLabel(/^Natursteine/).check();
    expect((await visibleCards(page)).sort()).toEqual(['fair-stone', 'igep', 'xertifix']);
    expect(await status(page)).toBe(`3 von ${total} Gütezeichen passen zu Ihrer Auswahl`);
    // Other facets now count within natural stone; its own facet keeps showing alternatives.
    expect(await count(page, 'verification:thirdParty')).toBe('(2)');
    expect(await count(page, 'groups:natursteine')).toBe('(3)');
    expect(Number((await count(page, 'groups:textilien-bekleidung'))?.slice(1, -1))).toBeGreaterThan(10);
  });

  it('requires every chosen criterion and searches name and issuer', async ({ page }) => {
    await open(page);
    await page.locator('.finder__criteria summary').click();
    await page.getByLabel(/^Ökologischer Landbau/).check();
    const organic = await visibleCards(page);
    expect(organic).toContain('demeter');
    expect(organic).toContain('gots');
    await page.getByLabel(/^Existenzsichernder Lohn/).check();
    expect(await visibleCards(page)).toEqual([]);
    expect(await status(page)).toContain('Kein Gütezeichen passt');

    await page.getByRole('button', { name: 'Alle Filter zurücksetzen' }).click();
    await page.waitForURL((u) => u.search === '');
    await page.getByLabel('Suche in Name, Herausgeber und CPV-Code').fill('umweltbundesamt');
    expect(await visibleCards(page)).toEqual(expect.arrayContaining(['blauer-engel', 'eu-ecolabel']));
    expect((await visibleCards(page)).length).toBe(2);
  });
});

describe('label finder: state in the URL', () => {
  it('writes filters to the URL, restores them on reload, and follows back and forward', async ({ page }) => {
    await open(page);
    await page.getByLabel(/^IT und Elektronik/).check();
    await page.getByLabel(/^Monitoring-Organisation/).check();
    await page.waitForURL((u) => u.search === '?gruppe=it-elektronik&art=monitoring');
    expect(await visibleCards(page)).toEqual(['electronics-watch']);

    await page.reload();
    await page.waitForSelector('[data-finder-form]:not([hidden])');
    expect(await page.getByLabel(/^IT und Elektronik/).isChecked()).toBe(true);
    expect(await visibleCards(page)).toEqual(['electronics-watch']);

    await page.goBack();
    expect(new URL(page.url()).search).toBe('?gruppe=it-elektronik');
    expect(await page.getByLabel(/^Monitoring-Organisation/).isChecked()).toBe(false);
    expect((await visibleCards(page)).length).toBeGreaterThan(1);
    await page.goForward();
    expect(await visibleCards(page)).toEqual(['electronics-watch']);
  });

  it('opens a shared link and ignores what it does not know', async ({ page }) => {
    await open(page, '/guetezeichen/?gruppe=natursteine,autos&kriterium=c138&pruefung=%ZZ&x=1');
    expect((await visibleCards(page)).sort()).toEqual(['fair-stone', 'igep']);
    expect(new URL(page.url()).search).toBe('?gruppe=natursteine&kriterium=ilo-138');
  });

  it('filters labels rated credible by an external assessment', async ({ page }) => {
    await open(page, '/guetezeichen/?gruppe=natursteine');
    await page.getByLabel(/^extern als glaubwürdig bewertet/).check();
    await page.waitForURL((u) => u.search === '?gruppe=natursteine&bewertung=glaubwuerdig');
    expect((await visibleCards(page)).sort()).toEqual(['fair-stone', 'igep', 'xertifix']);
    expect(await page.locator('li[data-slug="fair-stone"]').textContent()).toContain('Extern als glaubwürdig bewertet');
  });

  it('writes German filter values into the address', async ({ page }) => {
    await open(page, '/guetezeichen/?pruefung=unabhaengig');
    await page.getByRole('checkbox', { name: /^Soziale Kriterien/ }).check();
    await page.waitForURL((u) => u.search === '?pruefung=unabhaengig&fokus=sozial');
    expect(await page.getByLabel(/^Unabhängige Prüfung durch Dritte/).isChecked()).toBe(true);
  });
});

describe('label finder: keyboard only', () => {
  it('filters with Tab and Space, with visible focus', async ({ page }) => {
    await open(page);
    await page.getByLabel('Suche in Name, Herausgeber und CPV-Code').focus();
    const focusVisible = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement;
        const s = getComputedStyle(el);
        return { label: el.labels?.[0]?.textContent?.trim() ?? el.textContent?.trim(), visible: s.outlineStyle !== 'none' || s.boxShadow !== 'none' };
      });
    let reached = '';
    for (let i = 0; i < 10 && !reached.startsWith('Natursteine'); i++) {
      await page.keyboard.press('Tab');
      const f = await focusVisible();
      expect(f.visible).toBe(true);
      reached = f.label ?? '';
    }
    expect(reached).toMatch(/^Natursteine/);
    await page.keyboard.press('Space');
    expect((await visibleCards(page)).sort()).toEqual(['fair-stone', 'igep', 'xertifix']);
    expect(await status(page)).toContain('3 von');

    // Typing a search and pressing Enter leads to the announced result.
    await page.getByLabel('Suche in Name, Herausgeber und CPV-Code').focus();
    await page.keyboard.type('xertifix');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('finder-status');
    expect(await visibleCards(page)).toEqual(['xertifix']);
  });
});

describe('label finder on a phone', () => {
  it('folds the filters away behind a button, and "n Treffer anzeigen" leads to the results', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await open(page);
    const toggle = page.getByRole('button', { name: 'Filter anzeigen' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByLabel(/^Natursteine/).isVisible()).toBe(false);
    // The results follow the button directly, not after every filter.
    const gap = (await page.locator('#finder-status').boundingBox())!.y - (await toggle.boundingBox())!.y;
    expect(gap).toBeLessThan(250);

    await toggle.click();
    const hide = page.getByRole('button', { name: 'Filter ausblenden' });
    expect(await hide.getAttribute('aria-expanded')).toBe('true');
    await page.getByLabel(/^Natursteine/).check();
    // While the filters are open, the button to the results stays on screen.
    const show = page.getByRole('button', { name: '3 Treffer anzeigen' });
    const onScreen = () =>
      show.evaluate((b) => {
        const r = b.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      });
    expect(await onScreen()).toBe(true);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id} ${v.help}`)).toEqual([]);

    await show.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('finder-status');
    expect(await page.getByLabel(/^Natursteine/).isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect((await visibleCards(page)).sort()).toEqual(['fair-stone', 'igep', 'xertifix']);
    expect(
      await page.locator('#finder-status').evaluate((s) => {
        const r = s.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }),
    ).toBe(true);
    await context.close();
  });
});
