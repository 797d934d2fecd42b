import AxeBuilder from '@axe-core/playwright';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/harness/browser';
import { builtPages } from './pages';

// Words and areas of particular pages: the fixture site (tests/browser/fixture-site.ts).
const dist = join(inject('fixtureDir'), 'dist');
const base = inject('fixtureURL');
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  await context?.close();
  context = await browser.newContext();
  page = await context.newPage();
});

function htmlOf(path: string): string {
  const file = path.endsWith('.html') ? join(dist, path) : join(dist, path, 'index.html');
  return readFileSync(file, 'utf8');
}

/** The text Pagefind indexes: what sits inside data-pagefind-body, without tags. */
function indexedText(path: string): string | undefined {
  const html = htmlOf(path);
  const start = html.indexOf('data-pagefind-body');
  if (start < 0) return undefined;
  return html.slice(start, html.indexOf('</main>', start)).replace(/<[^>]+>/g, ' ');
}

const indexedPages = builtPages(dist).filter((p) => indexedText(p) !== undefined);
const words = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? [];

async function status(): Promise<string> {
  return ((await page.textContent('[data-search-status]')) ?? '').trim();
}

/** Waits until the live region says something other than `previous` and the list matches it. */
async function settled(previous = ''): Promise<string> {
  await page.waitForFunction((before) => {
    const text = document.querySelector('[data-search-status]')?.textContent?.trim() ?? '';
    if (!text || text === before) return false;
    const count = /^([\d.]+) Treffer/.exec(text);
    const shown = document.querySelectorAll('.search-hit').length;
    return count ? shown === Math.min(10, Number(count[1].replace(/\./g, ''))) : shown === 0;
  }, previous);
  return status();
}

function countIn(text: string): number {
  const match = /^([\d.]+) Treffer/.exec(text);
  return match ? Number(match[1].replace(/\./g, '')) : 0;
}

async function search(query: string): Promise<string> {
  await page.goto(`${base}/suche/?q=${encodeURIComponent(query)}`);
  return settled();
}

async function hitUrls(): Promise<string[]> {
  return page.$$eval('.search-hit__title a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}

async function filterBox(group: string, value: string) {
  const box = page.locator(`fieldset:has(legend:text-is("${group}")) input[type=checkbox][value="${value}"]`);
  const label = (await page.locator(`label[for="${await box.getAttribute('id')}"]`).textContent()) ?? '';
  return { box, count: Number(/\((\d+)\)/.exec(label)?.[1] ?? NaN) };
}

describe('search index', () => {
  it('is written by the build, in German only', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['de']);
    expect(entry.languages.de.page_count).toBe(indexedPages.length);
    expect(existsSync(join(dist, 'pagefind/wasm.de.pagefind'))).toBe(true);
  });

  it('holds the content pages and not the start page, listings, search, 404 or admin', async () => {
    for (const path of ['/', '/suche/', '/404.html']) expect(indexedText(path), path).toBeUndefined();
    await page.goto(`${base}/suche/`);
    // Passed as text: the test runner rewrites import() in functions it compiles.
    const urls: string[] = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const all = await pagefind.filters();
      const result = await pagefind.search(null, { filters: { Bereich: { any: Object.keys(all.Bereich) } } });
      return Promise.all(result.results.map(async (r) => (await r.data()).url));
    })()`);
    expect([...urls].sort()).toEqual([...indexedPages].sort());
    expect(urls.some((u) => u === '/' || u.startsWith('/suche/') || u.startsWith('/admin/') || u.includes('404'))).toBe(false);
  });
});

describe('/suche/', () => {
  it('finds an inflected German word that only the stemmer joins with the page’s form', async () => {
    // The page says "Bundesland"; no indexed word starts with "bundesländer" or its folded form,
    // so neither prefix matching nor umlaut folding can find it: only the German stemmer can.
    const pages = indexedPages.filter((p) => words(indexedText(p)!).includes('bundesland'));
    expect(pages.length, 'eine Seite mit dem Wort „Bundesland“').toBeGreaterThan(0);
    const allWords = indexedPages.flatMap((p) => words(indexedText(p)!));
    expect(allWords.filter((w) => w.startsWith('bundesländer') || w.startsWith('bundeslander'))).toEqual([]);

    const said = await search('Bundesländern');
    expect(countIn(said)).toBeGreaterThan(0);
    expect(await hitUrls()).toEqual(expect.arrayContaining(pages));
    const marked = await page.$$eval('.search-hit mark', (marks) => marks.map((m) => m.textContent?.toLowerCase() ?? ''));
    expect(marked.some((m) => m.startsWith('bundesland'))).toBe(true);
  });

  it('shows title, area and an excerpt with the hits marked, and announces the count', async () => {
    const said = await search('Netzwerk');
    expect(said).toMatch(/^\d+ Treffer für „Netzwerk“\.$/);
    expect(await page.getAttribute('[data-search-status]', 'role')).toBe('status');
    const first = page.locator('.search-hit').first();
    expect(await first.locator('.search-hit__title a').textContent()).toMatch(/\S/);
    expect(await first.locator('.kern-badge').textContent()).toMatch(/^(Angebot|Wettbewerb|Gütezeichen|Seminar|Aktuelles|Förderung|Seite)$/);
    expect((await first.locator('mark').first().textContent())?.toLowerCase()).toContain('netzwerk');
    expect(await page.inputValue('#search-page-q')).toBe('Netzwerk');
    expect(await page.isVisible('[data-search-nojs]')).toBe(false);
  });

  it('narrows the results with the area filters, with counts that match', async () => {
    const all = countIn(await search('fair'));
    const angebot = await filterBox('Bereich', 'Angebot');
    const aktuelles = await filterBox('Bereich', 'Aktuelles');
    expect(angebot.count).toBeGreaterThan(0);
    expect(aktuelles.count).toBeGreaterThan(0);
    expect(angebot.count + aktuelles.count).toBeLessThan(all);

    await angebot.box.check();
    let said = await settled(`${all} Treffer für „fair“.`);
    expect(countIn(said)).toBe(angebot.count);
    expect(said).toContain('mit den gewählten Filtern');
    expect(new Set(await page.$$eval('.search-hit .kern-badge', (b) => b.map((x) => x.textContent)))).toEqual(new Set(['Angebot']));
    expect(new URL(page.url()).searchParams.getAll('Bereich')).toEqual(['Angebot']);

    await aktuelles.box.check();
    said = await settled(said);
    expect(countIn(said)).toBe(angebot.count + aktuelles.count);

    await angebot.box.uncheck();
    said = await settled(said);
    expect(countIn(said)).toBe(aktuelles.count);
    await aktuelles.box.uncheck();
    expect(countIn(await settled(said))).toBe(all);
    expect(new URL(page.url()).search).toBe('?q=fair');
  });

  it('offers the spelling the pages use for a misspelt word, and searches it on click', async () => {
    await search('Fairtarde');
    const offer = page.locator('[data-search-suggestion]');
    await offer.waitFor({ state: 'visible' });
    expect((await offer.textContent())?.replace(/\s+/g, ' ').trim()).toBe('Meinten Sie fairtrade?');
    const before = await status();
    await page.click('[data-search-suggestion-link]');
    const said = await settled(before);
    expect(countIn(said)).toBeGreaterThan(0);
    expect(await page.inputValue('#search-page-q')).toBe('fairtrade');
    expect(new URL(page.url()).searchParams.get('q')).toBe('fairtrade');
    expect((await page.locator('.search-hit__title').allTextContents()).slice(0, 5).some((t) => /Fairtrade/.test(t))).toBe(true);
    await expect.poll(() => offer.isHidden()).toBe(true);
  });

  it('offers nothing when every word is one the pages use', async () => {
    await search('Fairtrade');
    await page.waitForTimeout(300);
    expect(await page.locator('[data-search-suggestion]').isHidden()).toBe(true);
  });

  it('keeps query and filters in the address and restores them from it', async () => {
    await page.goto(`${base}/suche/?q=Wettbewerb&Bereich=Aktuelles`);
    const said = await settled();
    expect(countIn(said)).toBeGreaterThan(0);
    expect(await page.inputValue('#search-page-q')).toBe('Wettbewerb');
    expect(await (await filterBox('Bereich', 'Aktuelles')).box.isChecked()).toBe(true);
    expect(new Set(await page.$$eval('.search-hit .kern-badge', (b) => b.map((x) => x.textContent)))).toEqual(new Set(['Aktuelles']));

    await page.fill('#search-page-q', 'Preisverleihung');
    await page.press('#search-page-q', 'Enter');
    await settled(said);
    const address = new URL(page.url());
    expect(address.pathname).toBe('/suche/');
    expect(address.search).toBe('?q=Preisverleihung&Bereich=Aktuelles');
    const shown = await hitUrls();
    await page.reload();
    await settled();
    expect(await hitUrls()).toEqual(shown);
    expect(await page.inputValue('#search-page-q')).toBe('Preisverleihung');
  });

  it('ignores campaign parameters in the address: same results, no extra filter, dropped from the address', async () => {
    const plain = await search('fair');
    expect(countIn(plain)).toBeGreaterThan(0);
    const urls = await hitUrls();
    const legends = await page.$$eval('[data-search-filters] legend', (l) => l.map((x) => x.textContent));

    await page.goto(`${base}/suche/?q=fair&utm_source=newsletter&fbclid=abc123`);
    expect(await settled()).toBe(plain);
    expect(await hitUrls()).toEqual(urls);
    expect(await page.$$eval('[data-search-filters] legend', (l) => l.map((x) => x.textContent))).toEqual(legends);
    expect(legends).not.toContain('utm_source');
    expect(new URL(page.url()).search).toBe('?q=fair');
  });

  it('says so when nothing is found and points to the label finder and the seminars', async () => {
    const said = await search('Xylophonquartett');
    expect(said).toBe('Keine Treffer für „Xylophonquartett“.');
    expect(await page.isVisible('[data-search-empty]')).toBe(true);
    expect(await page.getAttribute('[data-search-empty] a[href="/guetezeichen/"]', 'href')).toBe('/guetezeichen/');
    expect(await page.getAttribute('[data-search-empty] a[href="/seminare/"]', 'href')).toBe('/seminare/');
    expect(await page.isVisible('[data-search-reset]')).toBe(false);

    await page.goto(`${base}/suche/?q=Hauptstadt&Bereich=Archiv`);
    expect(countIn(await settled())).toBe(0);
    await page.click('[data-search-reset]');
    expect(countIn(await settled('Keine Treffer für „Hauptstadt“ mit den gewählten Filtern.'))).toBeGreaterThan(0);
  });

  it('works with the keyboard alone: type, Tab to the filters, Space to tick, on to the results', async () => {
    await page.goto(`${base}/suche/`);
    await settled();
    for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.id)) !== 'search-page-q'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-page-q');
    await page.keyboard.type('Beschaffung');
    await page.keyboard.press('Enter');
    const said = await settled('Geben Sie einen Suchbegriff ein oder wählen Sie einen Bereich.');

    await page.keyboard.press('Tab'); // the search button
    await page.keyboard.press('Tab'); // the first filter
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      return { type: el.type, value: el.value, legend: el.closest('fieldset')?.querySelector('legend')?.textContent };
    });
    expect(focused.type).toBe('checkbox');
    expect(focused.legend).toBe('Bereich');
    const { count } = await filterBox('Bereich', focused.value);
    await page.keyboard.press('Space');
    expect(countIn(await settled(said))).toBe(count);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);

    let onResult = false;
    for (let i = 0; i < 30 && !onResult; i++) {
      await page.keyboard.press('Tab');
      onResult = await page.evaluate(() => !!document.activeElement?.closest('.search-hit'));
    }
    expect(onResult).toBe(true);
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${target}`);
  });

  it('is reached from the search field in the header with ?q=', async () => {
    await page.goto(`${base}/`);
    await page.fill('#site-search-q', 'Kompass');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL('**/suche/?q=Kompass');
    expect(countIn(await settled())).toBeGreaterThan(0);
  });

  it('has no axe-core violation with results, filters and marks on screen', async () => {
    await page.goto(`${base}/suche/?q=fair&Bereich=Angebot`);
    await settled();
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('fits a 320 px wide screen with results and filters', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${base}/suche/?q=fair&Bereich=Angebot`);
    await settled();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it('without JavaScript says that search needs it and offers the sitemap and main sections', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(`${base}/suche/?q=fair`);
    expect(await plain.isVisible('[data-search-nojs]')).toBe(true);
    expect(await plain.textContent('[data-search-nojs]')).toContain('braucht dafür JavaScript');
    const links = await plain.$$eval('[data-search-nojs] a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/sitemap.xml', '/angebote/', '/aktuelles/']));
    expect(await plain.isVisible('[data-search-ui]')).toBe(false);
    await noJs.close();
  });

  it('says so when the index cannot be loaded', async () => {
    await page.route('**/pagefind/pagefind.js', (route) => route.abort());
    await page.goto(`${base}/suche/?q=fair`);
    await page.waitForSelector('[data-search-failed]', { state: 'visible' });
    expect(await page.textContent('[data-search-failed]')).toContain('konnte nicht geladen werden');
    expect(await page.isVisible('[data-search-nojs]')).toBe(false);
  });

  it('loads Pagefind on the search page only', async () => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${base}/`);
    await page.fill('#site-search-q', 'fair');
    await page.goto(`${base}${indexedPages[0]}`);
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    const scripts = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.js'));
    const loaders = scripts.filter((f) => readFileSync(join(dist, '_astro', f), 'utf8').includes('pagefind.js'));
    for (const path of builtPages(dist).filter((p) => p !== '/suche/')) {
      for (const file of loaders) expect(htmlOf(path), `${path} lädt ${file}`).not.toContain(file);
    }
  });
});

const withDates = indexedPages.filter((p) => htmlOf(p).includes('data-pagefind-meta="Datum"'));
const otherFilters = [...new Set(indexedPages.flatMap((p) => [...htmlOf(p).matchAll(/data-pagefind-filter="([^"]+)"/g)].map((m) => m[1])))].filter(
  (f) => f !== 'Bereich',
);

describe('/suche/ with seminars and labels in the index', () => {
  it.skipIf(withDates.length === 0)('shows a seminar’s date with its result', async () => {
    const path = withDates[0];
    const html = htmlOf(path);
    const date = /data-pagefind-meta="Datum"[^>]*>([^<]+)</.exec(html)![1];
    const title = /<h1[^>]*>([^<]+)</.exec(html)![1];
    await search(title);
    const hit = page.locator('.search-hit', { has: page.locator(`a[href="${path}"]`) });
    expect(await hit.locator('.search-hit__date').textContent()).toContain(date.trim());
  });

  it.skipIf(otherFilters.length === 0)('offers every other filter of the index after the area', async () => {
    const areas = [...new Set(indexedPages.flatMap((p) => [...htmlOf(p).matchAll(/data-pagefind-filter="Bereich"[^>]*>([^<]+)</g)].map((m) => m[1])))];
    await page.goto(`${base}/suche/?${areas.map((a) => `Bereich=${encodeURIComponent(a)}`).join('&')}`);
    await settled();
    const legends = await page.$$eval('[data-search-filters] legend', (ls) => ls.map((l) => l.textContent));
    expect(legends).toEqual(['Bereich', ...otherFilters.sort((a, b) => a.localeCompare(b, 'de'))]);
  });
});
