import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminHeaderCsp, siteHeaders } from '../../scripts/security-headers';
import { launchBrowser } from './browser';
import { allowMissingPageTypes, pageTypes } from './page-types';
import { freePort, root, waitForUrl } from './server';
import { startStaticServer, type StaticServer } from './static-server';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer();
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

/** Opens a path with a recorder for CSP violations (DOM events) and console errors in place. */
async function visit(path: string, settle = 500): Promise<Visit> {
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
  await page.waitForTimeout(settle);
  const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  return { violations, consoleErrors, headers: response!.headers(), page };
}

describe('security headers and Content-Security-Policy', () => {
  it.for(pageTypes())('$name loads without any CSP violation or console error', async (type, ctx) => {
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
    const outcome = await page.evaluate(async () => {
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
      await new Promise((r) => setTimeout(r, 300));
      return { ran: w.injectedRan === true, violations: w.cspViolations };
    });
    await page.close();
    expect(outcome.ran).toBe(false);
    expect(outcome.violations.some((v) => v.startsWith('script-src-elem'))).toBe(true);
    expect(outcome.violations.some((v) => v.startsWith('style-src-attr'))).toBe(true);
    expect(outcome.violations.some((v) => v.startsWith('img-src') && v.includes('example.org'))).toBe(true);
  });

  it('no page can be framed, not even by the site itself', async () => {
    const page = await browser.newPage();
    // A policy-free page on the same origin: were the frame allowed, its document would be readable here.
    await page.route(`${server.url}/rahmen-test.html`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Rahmen</title>' }));
    await page.goto(`${server.url}/rahmen-test.html`);
    const blocked = await page.evaluate(async (target) => {
      const frame = document.createElement('iframe');
      frame.src = target;
      document.body.append(frame);
      await new Promise((r) => setTimeout(r, 1000));
      try {
        return frame.contentDocument?.querySelector('h1') == null;
      } catch {
        return true;
      }
    }, `${server.url}/`);
    await page.close();
    expect(blocked).toBe(true);
  });

  it('the CMS under /admin/ gets its own header policy and no page policy, and runs up to the editor without a CSP violation', async (ctx) => {
    if (!existsSync(join(root, 'dist/admin/index.html'))) {
      if (allowMissingPageTypes) return ctx.skip();
      throw new Error('Im Build fehlt /admin/.');
    }
    // decap-server on a free port (files only, nothing is saved); the admin page takes the port from ?decap-port=.
    const port = await freePort();
    const decap = spawn(join(root, 'node_modules/.bin/decap-server'), [], {
      cwd: root,
      env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: root, LOG_LEVEL: 'warn' },
      stdio: 'ignore',
    });
    try {
      await waitForUrl(`http://127.0.0.1:${port}/api/v1`);
      const { violations, consoleErrors, headers, page } = await visit(`/admin/?decap-port=${port}`, 0);
      page.on('dialog', (d) => void d.accept());
      const metaPolicies = await page.locator('meta[http-equiv="content-security-policy"]').count();
      await page.getByRole('button', { name: /^(Login|Anmelden)/ }).click({ timeout: 30_000 });
      await page.locator('a[href^="#/collections/"]').first().waitFor({ timeout: 30_000 });
      await page.goto(`${server.url}/admin/?decap-port=${port}#/collections/news/new`);
      await page.getByRole('button', { name: 'Veröffentlichen' }).waitFor({ timeout: 30_000 });
      await page.locator('input[type=text], input:not([type])').first().fill('Probe der Sicherheitsrichtlinie');
      await page.waitForTimeout(1500);
      const later = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      await page.close();

      expect(headers['content-security-policy']).toContain(adminHeaderCsp);
      expect(metaPolicies).toBe(0);
      expect([...violations, ...later]).toEqual([]);
      expect(consoleErrors.filter((m) => /Content Security Policy/i.test(m))).toEqual([]);
    } finally {
      decap.kill('SIGTERM');
    }
  });
});
