import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collections } from '../../src/schemas/registry';
import { assetsOfPage } from '../../scripts/harness/assets';
import { launchBrowser } from '../../scripts/harness/browser';
import { CmsAdmin } from './cms-admin';
import { startCmsServer } from './cms-harness';
import { builtPages } from './pages';
import type { CmsServer } from '../../scripts/cms-server';
import { root } from '../../scripts/harness/server';

let browser: Browser;
let cmsServer: CmsServer;

beforeAll(async () => {
  browser = await launchBrowser();
  // Reads only: the smoke test opens collections and forms but saves nothing.
  cmsServer = await startCmsServer(root, inject('baseURL'));
});
afterAll(async () => {
  await browser?.close();
  await cmsServer?.stop();
});

const dist = join(root, 'dist');
const adminAssets = () => [...assetsOfPage('/admin/')].filter((a) => /\.(js|wasm)$/.test(a));

describe('/admin/ in the production build', () => {
  it('loads the CMS in German with every collection and no configuration error', async () => {
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && /config/i.test(message.text())) errors.push(message.text());
    });
    const cms = new CmsAdmin(page, inject('baseURL'), cmsServer.port);
    await cms.login();
    expect(await cms.collectionLabels()).toEqual(collections.map((c) => c.label));
    for (const spec of collections) {
      await page.goto(cms.url(`#/collections/${spec.name}`));
      await page.getByRole('heading', { name: spec.label }).or(page.getByText(spec.labelSingular).first()).first().waitFor();
      if (spec.create === false) continue;
      await cms.newEntry(spec.name);
      expect(await page.getByText(/Fehler|error/i).count(), `Formular ${spec.name}`).toBe(0);
    }
    expect(await page.getByText('Config Errors').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is marked noindex and is left out of the sitemap and the search index', () => {
    const html = readFileSync(join(dist, 'admin/index.html'), 'utf8');
    expect(html).toMatch(/<meta name="robots" content="noindex, nofollow"/);
    expect(html).not.toContain('data-pagefind-body');
    const sitemaps = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const sitemap of sitemaps) expect(readFileSync(join(dist, sitemap), 'utf8')).not.toContain('/admin/');
  });

  it('loads its bundle only on /admin/: public pages share at most small site modules with it', () => {
    const admin = adminAssets();
    expect(admin.length).toBeGreaterThan(0);
    const entry = [...readFileSync(join(dist, 'admin/index.html'), 'utf8').matchAll(/src="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]);
    const leaks: string[] = [];
    for (const path of builtPages()) {
      for (const asset of assetsOfPage(path)) {
        if (!asset.endsWith('.js')) continue;
        const code = readFileSync(join(dist, asset), 'utf8');
        // Vite may split a vocabulary both sides import into a shared chunk (the label vocabulary with
        // the citation helper is about 5 KB); that is site code, not the CMS. So is zod, which Mein
        // Kompass validates imports with and the CMS its entries.
        const sharedLibrary = /\$ZodType/.test(code);
        if (entry.includes(asset) || /decap-cms|react-dom|__SECRET_INTERNALS/.test(code) || (admin.includes(asset) && code.length > 8192 && !sharedLibrary)) {
          leaks.push(`${path} → ${asset}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('a visitor on public pages requests nothing from the CMS bundle', async () => {
    const publicAssets = new Set(builtPages().flatMap((p) => [...assetsOfPage(p)]));
    const adminOnly = new Set(adminAssets().filter((a) => !publicAssets.has(a)));
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    for (const path of ['/', '/aktuelles/', '/angebote/', '/seminare/', '/suche/']) await page.goto(inject('baseURL') + path, { waitUntil: 'networkidle' });
    await page.close();
    expect(adminOnly.size).toBeGreaterThan(0);
    expect(requested.filter((p) => adminOnly.has(p) || p.endsWith('.wasm') || p.startsWith('/admin/'))).toEqual([]);
  });
});
