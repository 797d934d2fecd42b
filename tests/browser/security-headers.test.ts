import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminHeaderCsp, adminMetaCsp, siteHeaders } from '../../src/lib/security-policy';
import { launchBrowser } from '../../scripts/harness/browser';
import { allowMissingPageTypes, pageTypes } from './page-types';
import { startCmsServer } from './cms-harness';
import { root } from '../../scripts/harness/server';
import { startStaticServer, type StaticServer } from '../../scripts/harness/static-server';

let browser: Browser;
let server: StaticServer;
// Every page type exists in the fixture site; its build is the same software as any other.
const dist = join(inject('fixtureDir'), 'dist');

beforeAll(async () => {
  server = await startStaticServer(dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface Visit {
  violations: string[];
  consoleErrors: string[];
  headers: Record<string, string>;
  page: Page;
}

/** Violations seen so far; `securitypolicyviolation` events are queued as tasks, so one task turn is let pass first. */
async function violationsIn(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await new Promise((r) => setTimeout(r, 0));
    return (window as unknown as { cspViolations: string[] }).cspViolations;
  });
}

/**
 * Opens a path with a recorder for CSP violations (DOM events) and console errors in place.
 * 'networkidle' (no request for 500 ms) also covers what scripts load after the page, such as
 * the search index: a blocked load is reported when it is attempted, before the network settles.
 */
async function visit(path: string): Promise<Visit> {
  const page = await browser.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(`Skriptfehler: ${e.message}`));
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.cspViolations.push(`${e.effectiveDirective} blockiert ${e.blockedURI || '(inline)'} in ${e.sourceFile || e.documentURI}:${e.lineNumber}`);
    });
  });
  const response = await page.goto(server.url + path, { waitUntil: 'networkidle' });
  expect(response?.status(), path).toBe(200);
  const violations = await violationsIn(page);
  return { violations, consoleErrors, headers: response!.headers(), page };
}

describe('security headers and Content-Security-Policy', () => {
  it.for(pageTypes(dist))('$name loads without any CSP violation or console error', async (type, ctx) => {
    if (!type.path) {
      if (allowMissingPageTypes) return ctx.skip();
      throw new Error(`Im Build fehlt eine Seite vom Typ „${type.name}“.`);
    }
    const { violations, consoleErrors, headers, page } = await visit(type.path);
    const meta = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
    await page.close();

    expect(violations).toEqual([]);
    expect(consoleErrors).toEqual([]);
    for (const [header, value] of Object.entries(siteHeaders)) expect(headers[header.toLowerCase()]).toBe(value);
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    // The page's own policy: own files and Astro's hashes only, never 'unsafe-inline' or 'unsafe-eval'.
    expect(meta).toMatch(/script-src 'self'( 'sha256-[^']+')*\s*;/);
    expect(meta).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(meta).toContain("default-src 'self'");
  });

  it('the policy is enforced: an injected inline script, inline style and foreign image are blocked and reported', async () => {
    const { page } = await visit('/');
    const outcome = await page.evaluate(() => {
      const w = window as unknown as { cspViolations: string[]; injectedRan?: boolean };
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true';
      document.body.append(script);
      const div = document.createElement('div');
      div.setAttribute('style', 'color: red');
      document.body.append(div);
      const img = new Image();
      img.src = 'https://example.org/pixel.png';
      document.body.append(img);
      // An allowed inline script would have run synchronously on append.
      return { ran: w.injectedRan === true };
    });
    // Each of the three must be reported; a test timeout here means one was let through.
    await page.waitForFunction(() => {
      const v = (window as unknown as { cspViolations: string[] }).cspViolations;
      return (
        v.some((x) => x.startsWith('script-src-elem')) &&
        v.some((x) => x.startsWith('style-src-attr')) &&
        v.some((x) => x.startsWith('img-src') && x.includes('example.org'))
      );
    });
    const styled = await page.evaluate(() => getComputedStyle(document.body.lastElementChild!.previousElementSibling!).color);
    await page.close();
    expect(outcome.ran).toBe(false);
    expect(styled).not.toBe('rgb(255, 0, 0)');
  });

  it('no page can be framed, not even by the site itself, while a page without frame-ancestors can', async () => {
    const page = await browser.newPage();
    const refusals: string[] = [];
    page.on('console', (m) => /frame-ancestors/.test(m.text()) && refusals.push(m.text()));
    // Policy-free pages on the same origin: the framing page, and a control that may be framed.
    await page.route(`${server.url}/rahmen-test.html`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Rahmen</title>' }));
    await page.route(`${server.url}/rahmen-erlaubt.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Erlaubt</title><h1>Darf gerahmt werden</h1>' }),
    );
    await page.goto(`${server.url}/rahmen-test.html`);
    /** Frames a path and, once the frame has loaded (a refused frame loads an error page), reads its h1. */
    const headingInFrame = (path: string) =>
      page.evaluate(
        (src) =>
          new Promise<string | null>((done) => {
            const frame = document.createElement('iframe');
            frame.addEventListener('load', () => {
              try {
                done(frame.contentDocument?.querySelector('h1')?.textContent ?? null);
              } catch {
                done(null);
              }
            });
            frame.src = src;
            document.body.append(frame);
          }),
        `${server.url}${path}`,
      );

    const control = await headingInFrame('/rahmen-erlaubt.html');
    const site = await headingInFrame('/');
    await expect.poll(() => refusals.length).toBeGreaterThan(0);
    await page.close();
    expect(control).toBe('Darf gerahmt werden');
    expect(site).toBeNull();
  });

  it('the CMS under /admin/ gets the admin policy as header and as meta policy, and runs up to the editor preview under both without a CSP violation', async (ctx) => {
    if (!existsSync(join(dist, 'admin/index.html'))) {
      if (allowMissingPageTypes) return ctx.skip();
      throw new Error('Im Build fehlt /admin/.');
    }
    // The local CMS server as `npm start` runs it, on a free port (nothing is saved); the admin page takes the port from ?decap-port=.
    const cmsServer = await startCmsServer(root, server.url);
    const port = cmsServer.port;
    try {
      const { violations, consoleErrors, headers, page } = await visit(`/admin/?decap-port=${port}`);
      page.on('dialog', (d) => void d.accept());
      const metaPolicies = await page.$$eval('meta[http-equiv="content-security-policy"]', (m) => m.map((x) => x.getAttribute('content')));
      await page.getByRole('button', { name: /^(Login|Anmelden)/ }).click({ timeout: 30_000 });
      await page.locator('a[href^="#/collections/"]').first().waitFor({ timeout: 30_000 });
      await page.goto(`${server.url}/admin/?decap-port=${port}#/collections/news/new`);
      await page.getByRole('button', { name: 'Veröffentlichen' }).waitFor({ timeout: 30_000 });
      await page.locator('input[type=text], input:not([type])').first().fill('Probe der Sicherheitsrichtlinie');
      // The live preview (inline styles in a frame) shows the typed title: the editor has done its work.
      await expect
        .poll(
          async () => {
            for (const frame of page.frames()) {
              if (
                frame !== page.mainFrame() &&
                (await frame
                  .getByText('Probe der Sicherheitsrichtlinie')
                  .count()
                  .catch(() => 0))
              )
                return true;
            }
            return false;
          },
          { timeout: 30_000 },
        )
        .toBe(true);
      await page.waitForLoadState('networkidle');
      const later = await violationsIn(page);
      await page.close();

      expect(headers['content-security-policy']).toContain(adminHeaderCsp);
      expect(metaPolicies).toEqual([adminMetaCsp]);
      expect([...violations, ...later]).toEqual([]);
      expect(consoleErrors.filter((m) => /Content Security Policy/i.test(m))).toEqual([]);
    } finally {
      await cmsServer.stop();
    }
  });
});
