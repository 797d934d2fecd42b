import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject } from 'vitest';
import { it } from './browser-test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './pages';
import { root } from '../../scripts/harness/server';
import { formatProblems } from '../../src/lib/content-check';
import { contentDir } from '../../src/lib/content-dir';
import { checkLinks } from '../../scripts/lib/built-site';
import { isProductionBuild } from '../../src/lib/release';
import { routes } from '../../src/lib/routes';

const pages = builtPages();
// The deploy workflow tests its production build (SITE_ENV=production) too; every other build is a preview.
const production = isProductionBuild();
// Pages with an island: the start page (next seminars), seminars (dates), the label finder, label
// and comparison pages, search, the examples list, Mein Kompass and the Vergabeassistent. Every other page must work with 0 bytes of JavaScript.
const INTERACTIVE = /^\/(?:$|seminare\/|guetezeichen\/|suche\/|praxisbeispiele\/$|mein-kompass\/|vergabeassistent\/)/;

describe('every built page', () => {
  it('the build made the pages of the site map', () => {
    for (const path of [
      '/',
      '/angebote/',
      '/wettbewerb/',
      '/foerderung/',
      '/aktuelles/',
      '/impressum/',
      '/datenschutz/',
      '/barrierefreiheit/',
      '/leichte-sprache/',
      '/gebaerdensprache/',
      '/kontakt/',
      '/suche/',
      '/404.html',
    ]) {
      expect(pages).toContain(path);
    }
  });

  it('has no WCAG 2.1 A/AA violation found by axe-core', async ({ browser }) => {
    const context = await browser.newContext();
    const failures: string[] = [];
    // Two tabs share the pages: axe is bound by the renderer's CPU, and the machine has two cores.
    const TABS = 2;
    await Promise.all(
      Array.from({ length: TABS }, async (_, tab) => {
        const page = await context.newPage();
        for (let i = tab; i < pages.length; i += TABS) {
          const path = pages[i];
          await page.goto(inject('baseURL') + path);
          const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
          for (const v of result.violations) {
            failures.push(
              `${path}: ${v.id} (${v.impact}) ${v.help} – ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')}`,
            );
          }
        }
      }),
    );
    await context.close();
    expect(failures.sort()).toEqual([]);
  }, 900_000);

  it('every label in content/labels has its page with name and sections, however many labels there are', async ({ browser }) => {
    const dir = contentDir(root);
    const labels = existsSync(join(dir, 'labels')) ? readdirSync(join(dir, 'labels')).filter((f) => f.endsWith('.json')) : [];
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const file of labels) {
      const slug = file.replace(/\.json$/, '');
      const { name } = JSON.parse(readFileSync(join(dir, 'labels', file), 'utf8')) as { name: string };
      const response = await page.goto(`${inject('baseURL')}${routes.label(slug)}`);
      if (response?.status() !== 200) {
        problems.push(`${routes.label(slug)}: Status ${response?.status()}`);
        continue;
      }
      if ((await page.locator('h1').textContent())?.trim() !== name) problems.push(`${routes.label(slug)}: Überschrift ist nicht „${name}“`);
      for (const section of ['kriterien', 'vgv', 'textbausteine', 'quellen']) {
        if ((await page.locator(`section[aria-labelledby="${section}"] h2#${section}`).count()) !== 1)
          problems.push(`${routes.label(slug)}: Abschnitt „${section}“ fehlt`);
      }
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  it('has no broken internal link or image', async () => {
    const { problems, working } = await checkLinks(join(root, 'dist'));
    expect(formatProblems(problems)).toBe('');
    expect(working).toBeGreaterThan(pages.length);
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

  it('declares German, a title, a description, (for indexable pages) a canonical URL, the preview banner unless built for production, and ships no JavaScript unless it is interactive', async ({
    browser,
  }) => {
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
        banner:
          document.querySelector('body > aside[aria-label="Vorschau"]:first-of-type')?.textContent?.trim().startsWith('Vorschau – enthält Beispielinhalte') ??
          false,
        // JSON and JSON-LD are data, not code.
        scripts: document.querySelectorAll('script:not([type="application/json"]):not([type="application/ld+json"])').length,
      }));
      if (info.lang !== 'de') problems.push(`${path}: lang="${info.lang}"`);
      if (!info.title) problems.push(`${path}: kein <title>`);
      if (info.description.length < 50) problems.push(`${path}: Beschreibung fehlt oder zu kurz`);
      if (!info.noindex && !info.canonical.endsWith(path)) problems.push(`${path}: canonical ${info.canonical}`);
      if (info.h1 !== 1) problems.push(`${path}: ${info.h1} h1-Überschriften`);
      if (info.banner === production) problems.push(`${path}: Vorschau-Hinweis ${production ? 'im Produktions-Build' : 'fehlt'}`);
      if (!INTERACTIVE.test(path) && info.scripts > 0) problems.push(`${path}: ${info.scripts} Skript(e) auf einer Inhaltsseite`);
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});
