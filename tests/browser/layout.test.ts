import type { Page } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { it } from './browser-test';

// Named labels, pages and counts: the fixture site (tests/browser/fixture-site.ts).
const url = (path: string) => inject('fixtureURL') + path;

async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return null;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName,
      id: el.id,
      text: el.textContent?.trim() ?? '',
      href: el.getAttribute('href'),
      inMainNav: !!el.closest('nav[aria-label="Hauptnavigation"]'),
      visibleFocus: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
    };
  });
}

describe('keyboard use', () => {
  it('the first Tab reaches the skip link, and it moves focus to the content', async ({ page }) => {
    await page.goto(url('/angebote/'));
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'A', text: 'Zum Inhalt springen', visibleFocus: true });
    await page.keyboard.press('Enter');
    expect((await focused(page))?.id).toBe('inhalt');
  });

  it('walks the main navigation in order with visible focus and opens a section with Enter', async ({ page }) => {
    await page.goto(url('/'));
    const expected = await page.$$eval('nav[aria-label="Hauptnavigation"] a', (links) => links.map((a) => a.textContent?.trim()));
    expect(expected.length).toBeGreaterThanOrEqual(5);

    const reached: string[] = [];
    for (let i = 0; i < 40 && reached.length < expected.length; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f?.inMainNav) {
        expect(f.visibleFocus).toBe(true);
        reached.push(f.text);
      }
    }
    expect(reached).toEqual(expected);

    // Back to the first item, then open it.
    for (let i = 1; i < expected.length; i++) await page.keyboard.press('Shift+Tab');
    expect((await focused(page))?.text).toBe(expected[0]);
    await Promise.all([page.waitForURL(/\/angebote\/$/), page.keyboard.press('Enter')]);
    expect(await page.getAttribute('nav[aria-label="Hauptnavigation"] a[href="/angebote/"]', 'aria-current')).toBe('page');
  });

  it('submits the header search with the keyboard to /suche/?q=', async ({ page }) => {
    await page.goto(url('/'));
    await page.focus('#site-search-q');
    await page.keyboard.type('Vergaberecht');
    await Promise.all([page.waitForURL(/\/suche\/\?q=Vergaberecht$/), page.keyboard.press('Enter')]);
  });
});

describe('layout', () => {
  it.for(['/', '/angebote/netzwerk-faire-beschaffung/', '/wettbewerb/2025/'])(
    '%s fits a 320 px wide screen without sideways scrolling',
    async (path, { browser }) => {
      const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
      await page.goto(url(path));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.close();
    },
  );

  it('a content page loads no JavaScript and only files from its own origin', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url('/angebote/seminare/'), { waitUntil: 'networkidle' });
    // Structured data (JSON-LD) is not run; everything else would be JavaScript.
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1);
    expect(requests.filter((r) => !r.startsWith(inject('fixtureURL')))).toEqual([]);
    expect(requests.some((r) => r.endsWith('.woff2'))).toBe(true);
  });

  it('every page has header links to Leichte Sprache and Gebärdensprache and footer links to the legal pages', async ({ page }) => {
    await page.goto(url('/foerderung/'));
    expect(await page.locator('header a[href="/leichte-sprache/"]').count()).toBe(1);
    expect(await page.locator('header a[href="/gebaerdensprache/"]').count()).toBe(1);
    for (const href of ['/kontakt/', '/impressum/', '/datenschutz/', '/barrierefreiheit/']) {
      expect(await page.locator(`footer a[href="${href}"]`).count()).toBe(1);
    }
    expect(await page.locator('footer a[href^="mailto:"]', { hasText: 'Barriere oder Fehler melden' }).count()).toBe(1);
  });

  it('an unknown address shows the 404 page with ways on', async ({ page }) => {
    const response = await page.goto(url('/gibt-es-nicht/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Seite nicht gefunden');
    expect(await page.locator('main a[href="/suche/"]').count()).toBe(1);
  });

  it('the print stylesheet hides navigation and search', async ({ page }) => {
    await page.goto(url('/wettbewerb/2025/'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav[aria-label="Hauptnavigation"]').isVisible()).toBe(false);
    expect(await page.locator('form[role=search]').first().isVisible()).toBe(false);
    expect(await page.locator('table').isVisible()).toBe(true);
  });
});
