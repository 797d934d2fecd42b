import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject } from 'vitest';
import { it } from './browser-test';

// Supply-chain risks of a product group: the fixture site (tests/fixtures/content/productgroups/natursteine.json).
const url = (path: string) => inject('fixtureURL') + path;

describe('product-group page: risks in the supply chain', () => {
  it('lists each risk with its sources, named after the risk, and the day they were checked', async ({ browser }) => {
    // AxeBuilder opens pages in the page's own context, so this test makes one.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url('/guetezeichen/produktgruppe/natursteine/'));
    const section = page.locator('section[aria-labelledby="risiken"]');
    expect(await section.getByRole('heading', { level: 2 }).textContent()).toBe('Risiken in der Lieferkette');
    const items = section.locator('li');
    expect(await items.count()).toBe(4);
    expect(await items.first().textContent()).toContain('In indischen Steinbrüchen arbeiten Kinder');
    expect(await items.first().textContent()).toContain('(geprüft am 2. Dezember 2026)');
    const sources = items.first().getByRole('link', { name: /^Beleg 1 für Risiko 1 in der Lieferkette \(.*geprüft am 2\. Dezember 2026\)$/ });
    expect(await sources.getAttribute('href')).toMatch(/^https:\/\//);
    const result = await new AxeBuilder({ page })
      .include('section[aria-labelledby="risiken"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    await context.close();
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
