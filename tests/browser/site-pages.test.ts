import AxeBuilder from '@axe-core/playwright';
import { LinkChecker } from 'linkinator';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import { launchBrowser } from './browser';
import { builtPages } from './pages';
import { freePort, root } from './server';

const pages = builtPages();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('every built page', () => {
  it('the build made the pages of the site map', () => {
    for (const path of ['/', '/angebote/', '/wettbewerb/', '/wettbewerb/2025/', '/foerderung/', '/aktuelles/', '/impressum/', '/datenschutz/', '/barrierefreiheit/', '/leichte-sprache/', '/gebaerdensprache/', '/kontakt/', '/suche/', '/404.html']) {
      expect(pages).toContain(path);
    }
  });

  it('has no WCAG 2.1 A/AA violation found by axe-core', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const failures: string[] = [];
    for (const path of pages) {
      await page.goto(inject('baseURL') + path);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const v of result.violations) {
        failures.push(`${path}: ${v.id} (${v.impact}) ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      }
    }
    await context.close();
    expect(failures).toEqual([]);
  }, 600_000);

  it('has no broken internal link or image', async () => {
    const checker = new LinkChecker();
    const port = await freePort();
    const result = await checker.check({
      serverRoot: join(root, 'dist'),
      // Every page as a starting point, so that pages nobody links to are checked too.
      path: pages,
      port,
      recurse: true,
      // External hosts are not reachable from CI; only the site's own links are checked.
      linksToSkip: [String.raw`^(?!http://127\.0\.0\.1:${port}/)`],
    });
    const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (${l.status}) auf ${l.parent}`);
    expect(broken).toEqual([]);
    expect(result.links.filter((l) => l.state === 'OK').length).toBeGreaterThan(pages.length);
  });

  it('are listed in sitemap.xml (except 404 and the CMS), which robots.txt names', async () => {
    const base = inject('baseURL');
    const robots = await (await fetch(`${base}/robots.txt`)).text();
    expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
    expect(robots).toContain('Disallow: /admin/');
    const index = await (await fetch(`${base}/sitemap.xml`)).text();
    const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    const listed = new Set<string>();
    for (const part of parts) {
      const xml = await (await fetch(base + part)).text();
      for (const m of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) listed.add(new URL(m[1]).pathname);
    }
    expect([...listed].sort()).toEqual(pages.filter((p) => p !== '/404.html').sort());
  });

  it('declares German, a title, a description and (for indexable pages) a canonical URL', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of pages) {
      await page.goto(inject('baseURL') + path);
      const info = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        title: document.title,
        description: document.querySelector('meta[name=description]')?.getAttribute('content') ?? '',
        canonical: document.querySelector('link[rel=canonical]')?.getAttribute('href') ?? '',
        noindex: !!document.querySelector('meta[name=robots][content*=noindex]'),
        h1: document.querySelectorAll('h1').length,
        scripts: document.querySelectorAll('script[src]').length,
      }));
      if (info.lang !== 'de') problems.push(`${path}: lang="${info.lang}"`);
      if (!info.title) problems.push(`${path}: kein <title>`);
      if (info.description.length < 50) problems.push(`${path}: Beschreibung fehlt oder zu kurz`);
      if (!info.noindex && !info.canonical.endsWith(path)) problems.push(`${path}: canonical ${info.canonical}`);
      if (info.h1 !== 1) problems.push(`${path}: ${info.h1} h1-Überschriften`);
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});
