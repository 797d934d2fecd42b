import type { Page } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { it } from './browser-test';

// Real queries against the fixture site (tests/browser/fixture-site.ts) and the results a visitor
// should see first. Titles are the headings of fixture pages; docs/search.md has the figures.
const base = inject('fixtureURL');

/** The result titles on screen after searching `query` on /suche/, in order. */
async function titles(page: Page, query: string): Promise<string[]> {
  await page.goto(`${base}/suche/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    const count = /^([\d.]+) Treffer/.exec(status.trim());
    const shown = document.querySelectorAll('.search-hit').length;
    return count ? shown === Math.min(10, Number(count[1].replace(/\./g, ''))) : status.startsWith('Keine Treffer');
  });
  return page.$$eval('.search-hit__title a', (links) => links.map((a) => a.textContent?.trim() ?? ''));
}

/** query → titles that must all be among the first `top` results. */
const expectations: [query: string, top: number, expected: string[]][] = [
  ['Kaffee', 5, ['Fairtrade', 'GEPA fair+', 'Naturland Fair']],
  ['Tee', 5, ['Fairtrade', 'Rainforest Alliance', 'Naturland Fair']],
  ['Bananen', 5, ['Fairtrade', 'Rainforest Alliance', 'Naturland Fair']],
  ['Kakao', 5, ['Fairtrade', 'Rainforest Alliance']],
  ['Schokolade', 3, ['GEPA fair+']],
  ['Blumen', 5, ['Gütezeichen: Blumen und Pflanzen', 'Fair Flowers Fair Plants']],
  ['Berufskleidung', 3, ['Gütezeichen: Textilien und Bekleidung']],
  ['Textilien', 3, ['Gütezeichen: Textilien und Bekleidung']],
  ['Grabsteine', 3, ['Gütezeichen: Natursteine']],
  ['Grabsteine', 10, ['Fair Stone', 'XertifiX / XertifiX PLUS', 'IGEP']],
  ['Laptops', 5, ['Gütezeichen: IT und Elektronik', 'TCO Certified', 'Blauer Engel']],
  ['Computer', 3, ['Gütezeichen: IT und Elektronik']],
  ['Spielzeug', 3, ['Gütezeichen: Spielwaren und Sportbälle']],
  ['Kopierpapier', 3, ['Gütezeichen: Papier, Druck und Büromaterial']],
  ['18110000', 3, ['Gütezeichen: Textilien und Bekleidung']],
  ['Fairtrade', 3, ['Fairtrade']],
  ['Gütezeichenfinder', 3, ['Gütezeichenfinder']],
  ['Gütezeichen vergleichen', 1, ['Gütezeichen vergleichen']],
  ['Vergleich', 3, ['Gütezeichen vergleichen']],
  ['Hauptstadt des Fairen Handels', 1, ['Wettbewerb „Hauptstadt des Fairen Handels“']],
  ['Förderung', 3, ['Förderung von Kooperationsprojekten']],
  ['Beratung', 3, ['Beratung und Prozessbegleitung']],
  ['Netzwerktreffen', 3, ['Netzwerktreffen Faire Beschaffung 2027']],
  ['Bayern', 3, ['Vergaberecht in Bayern']],
  ['Rechtsrahmen', 3, ['Rechtsrahmen']],
  ['Mein Kompass', 5, ['Mein Kompass']],
  ['Barrierefreiheit', 1, ['Erklärung zur Barrierefreiheit']],
  ['Leichte Sprache', 1, ['Leichte Sprache']],
  ['Mindestlohn', 3, ['Grüner Knopf']],
];

describe('search: real queries find the pages people look for', () => {
  for (const [query, top, expected] of expectations) {
    it(`„${query}“ lists ${expected.join(', ')} among the first ${top}`, async ({ page }) => {
      const shown = (await titles(page, query)).slice(0, top);
      for (const title of expected) expect(shown, `„${title}“ für „${query}“`).toContain(title);
    });
  }
});

describe('search: seminars that have taken place', () => {
  it('come after the upcoming ones and say that they are past', async ({ page }) => {
    const shown = await titles(page, 'Grundlagenschulung');
    const hits = await page.$$eval('.search-hit', (items) =>
      items.map((item) => ({
        title: item.querySelector('h3')?.textContent?.trim(),
        past: [...item.querySelectorAll('.kern-badge')].some((b) => b.textContent === 'Vergangen'),
      })),
    );
    // 25 March 2026 is before FIXTURE_NOW; Bonn (December 2026) and Berlin (April 2027) are after it.
    const past = hits.findIndex((h) => h.title === 'Grundlagenschulung Vergaberecht Faire Beschaffung (online)');
    expect(past, shown.join(' | ')).toBeGreaterThan(hits.findIndex((h) => h.title === 'Grundlagenschulung Vergaberecht Faire Beschaffung in Berlin'));
    expect(hits[past].past).toBe(true);
    expect(hits.slice(past).every((h) => h.past)).toBe(true);
    expect(hits.filter((h) => h.title?.includes('in Berlin')).every((h) => !h.past)).toBe(true);
  });
});

describe('search: excerpts', () => {
  it('keep the words of neighbouring blocks apart (term and value, cells, a time and its badge)', async ({ page }) => {
    await page.goto(`${base}/suche/`);
    // Passed as text: the test runner rewrites import() in functions it compiles.
    const pages: { url: string; content: string }[] = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const all = await pagefind.filters();
      const result = await pagefind.search(null, { filters: { Bereich: { any: Object.keys(all.Bereich) } } });
      return Promise.all(result.results.map(async (r) => { const d = await r.data(); return { url: d.url, content: d.content }; }));
    })()`);
    const glued: string[] = [];
    for (const { url, content } of pages) {
      const html = await (await page.request.get(`${base}${url}`)).text();
      const body = html.slice(html.indexOf('data-pagefind-body'), html.indexOf('</main>'));
      // The last word of a block and the first word of the next one, as the markup has them.
      for (const m of body.matchAll(/([\p{L}\p{N}]+)<\/(?:dt|dd|th|td|caption|li|time|button|label|legend)>(?:<[^>]+>)+([\p{L}\p{N}]+)/gu)) {
        if (content.includes(m[1] + m[2])) glued.push(`${url}: ${m[1]}${m[2]}`);
      }
    }
    expect(glued).toEqual([]);
    await titles(page, 'Anmeldeschluss');
    expect((await page.locator('.search-hit__excerpt').allTextContents()).join(' ')).toMatch(/Anmeldeschluss \d/);
  });
});
