import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { describe, expect, inject } from 'vitest';
import { it } from './browser-test';
import { allowMissingPageTypes, pageTypes } from './page-types';

// Every page type exists in the fixture site; its build is the same software as any other.
const base = () => inject('fixtureURL');

/**
 * A page with the CSP switched off: the policy would block (and hide) a third-party request, and
 * this test is about what the markup and scripts ask for. The CSP has its own test.
 */
async function openPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  // The browser may already be closing at the end of the file; a context closed twice is no error.
  page.on('close', () => void context.close().catch(() => undefined));
  return page;
}

/** Records the URL of every request in the page's own context: its frames, popups and workers. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.context().on('request', (r) => urls.push(r.url()));
  return urls;
}

/** Addresses in the markup that a browser may contact without a visible request (preconnect, prefetch, …) or later (lazy media). */
async function referencedUrls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const urls: string[] = [];
    const add = (value: string | null) => value && urls.push(new URL(value, document.baseURI).href);
    for (const el of document.querySelectorAll(
      'script[src], img[src], iframe[src], video[src], audio[src], source[src], track[src], embed[src], input[type=image][src]',
    ))
      add(el.getAttribute('src'));
    for (const el of document.querySelectorAll('img[srcset], source[srcset]')) {
      for (const candidate of (el.getAttribute('srcset') ?? '').split(',')) add(candidate.trim().split(/\s+/)[0] || null);
    }
    for (const el of document.querySelectorAll('video[poster]')) add(el.getAttribute('poster'));
    for (const el of document.querySelectorAll('object[data]')) add(el.getAttribute('data'));
    // Links the browser loads or connects to by itself; canonical and alternate only name addresses.
    for (const el of document.querySelectorAll('link[href]')) {
      const rel = (el.getAttribute('rel') ?? '').toLowerCase();
      if (/\b(stylesheet|icon|preload|modulepreload|prefetch|preconnect|dns-prefetch|manifest|prerender)\b/.test(rel)) add(el.getAttribute('href'));
    }
    return urls;
  });
}

const foreign = (urls: string[]) => urls.filter((u) => !u.startsWith(`${base()}/`) && !/^(data|blob):/.test(u));

describe('nothing third-party', () => {
  it.for(pageTypes(join(inject('fixtureDir'), 'dist')))('$name requests only files from the site itself', async (type, { browser, skip }) => {
    if (!type.path) {
      if (allowMissingPageTypes) return skip();
      throw new Error(`Im Build fehlt eine Seite vom Typ „${type.name}“.`);
    }
    const page = await openPage(browser);
    const requests = recordRequests(page);
    const response = await page.goto(base() + type.path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    // Scroll through the page so lazily loaded images and islands ask for what they need.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 50));
      }
    });
    await page.waitForLoadState('networkidle');
    const referenced = await referencedUrls(page);
    await page.close();

    expect(requests.length).toBeGreaterThan(0);
    expect(foreign(requests)).toEqual([]);
    expect(foreign(referenced)).toEqual([]);
  });

  it('the recorder notices a request to another host', async ({ browser }) => {
    const page = await openPage(browser);
    const requests = recordRequests(page);
    await page.goto(`${base()}/`, { waitUntil: 'networkidle' });
    await page.route('https://example.org/**', (route) => route.abort());
    await page.evaluate(() => fetch('https://example.org/zaehlpixel').catch(() => undefined));
    await page.close();
    expect(foreign(requests)).toEqual(['https://example.org/zaehlpixel']);
  });
});
