import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionFields } from '../../admin/config';
import { collectionSpec } from '../../src/schemas/registry';
import { launchBrowser } from '../../scripts/harness/browser';
import { CmsAdmin } from './cms-admin';
import { copyRepository } from '../../scripts/harness/project';
import { freePort, stopper, waitForServer, waitForUrl } from '../../scripts/harness/server';

/*
 * `npm start` itself (scripts/start.mjs with its own site server and local CMS server) in a copy
 * of the repository: what an editor publishes appears on the running site without a restart, and
 * a change that breaks the build keeps the previous site and is reported in the CMS.
 */
// Generous on purpose: the test proves the page appears without a restart; how fast is a figure
// for docs/benchmarks.md (printed below), not an assertion that a loaded machine can break.
const APPEAR_MS = 180_000;

let repo: ReturnType<typeof copyRepository>;
let start: ChildProcess;
let output = '';
let siteUrl: string;
let statusUrl: string;
let browser: Browser;
let context: BrowserContext | undefined;

const published = {
  title: 'Live veröffentlicht: Neue Beschaffungsrichtlinie der Modellstadt',
  slug: '2026-11-21-live-veroeffentlicht-neue-beschaffungsrichtlinie-der-modellstadt',
};
const pageUrl = () => `${siteUrl}/aktuelles/${published.slug}/`;

/** The label an editor sees for a news field, as the CMS configuration generates it. */
const label = (name: string) => collectionFields(collectionSpec('news')).find((f) => f.name === name)!.label;

/** Title of a page of the running site, or its status code when it is not there. */
async function titleOf(url: string): Promise<string | number> {
  const answer = await fetch(url);
  if (!answer.ok) return answer.status;
  return /<h1[^>]*>([^<]*)<\/h1>/.exec(await answer.text())?.[1]?.trim() ?? 'ohne Überschrift';
}

async function buildStatus(): Promise<{ state: string; problems: string[] }> {
  return (await fetch(statusUrl)).json();
}

beforeAll(async () => {
  repo = copyRepository();
  const [sitePort, cmsPort] = [await freePort(), await freePort()];
  siteUrl = `http://127.0.0.1:${sitePort}`;
  statusUrl = `http://127.0.0.1:${cmsPort}/status`;
  // MODE as npm start has it by default (vitest sets MODE=test for itself).
  const env: NodeJS.ProcessEnv = { ...process.env, SITE_PORT: String(sitePort), DECAP_SERVER_PORT: String(cmsPort), MODE: 'fs' };
  delete env.CONTENT_DIR;
  start = spawn(process.execPath, [join(repo.dir, 'scripts/start.mjs')], { cwd: repo.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  start.stdout!.on('data', (chunk) => (output += chunk));
  start.stderr!.on('data', (chunk) => (output += chunk));
  // The first build of npm start comes before its servers.
  await waitForServer(start, `${siteUrl}/`, 'npm start', 300_000);
  await waitForUrl(statusUrl);
  browser = await launchBrowser();
}, 360_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  if (start) await stopper(start)();
  repo?.remove();
});

describe('npm start: live local editing', () => {
  it('a news item published in the CMS appears on the running site without a restart, and the CMS says so', async () => {
    expect(await titleOf(pageUrl())).toBe(404);
    context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    // No ?decap-port: npm start built the admin page for its own CMS server.
    const cms = new CmsAdmin(await context.newPage(), siteUrl);
    await cms.login();
    await cms.newEntry('news');
    await cms.fillText(label('title'), published.title);
    await cms.fillDate(label('date'), '2026-11-21');
    await cms.fillText(label('summary'), 'Die Modellstadt beschafft ab sofort nur noch fair gehandelte Arbeitskleidung und Natursteine.');
    await cms.fillText(label('description'), 'Die Modellstadt beschließt eine Richtlinie für faire Beschaffung von Arbeitskleidung und Natursteinen.');
    await cms.choose(label('topics'), ['Faire Beschaffung']);
    await cms.fillBody('Der Rat hat die Richtlinie einstimmig beschlossen.');
    const clicked = Date.now();
    await cms.publish();
    expect(await cms.outcome()).toBe('Beitrag gespeichert');

    await expect.poll(() => titleOf(pageUrl()), { timeout: APPEAR_MS, interval: 250 }).toBe(published.title);
    console.log(
      `Veröffentlicht → Seite sichtbar: ${((Date.now() - clicked) / 1000).toFixed(1)} s (Last ${loadavg()[0].toFixed(1)} auf ${availableParallelism()} Kernen)`,
    );
    // The news list links the new item too: the whole site was rebuilt, not one page.
    expect(await (await fetch(`${siteUrl}/aktuelles/`)).text()).toContain(published.title);
    await expect
      .poll(() => cms.page.locator('#build-status').getByRole('status').textContent(), { timeout: 10_000 })
      .toMatch(/^Die Website zeigt den gespeicherten Stand \(neu gebaut um \d\d:\d\d:\d\d Uhr\)\.$/);
  }, 300_000);

  it('a change that breaks the build keeps the previous site serving and names file and field, in the terminal and in the CMS', async () => {
    expect(context, 'runs after the publishing test').toBeDefined();
    const page = context!.pages()[0];
    // Changed on disk, not through the CMS (a text editor, git pull): the watcher on content/ sees it.
    const broken = join(repo.dir, 'content/news/2026-11-22-kaputt.md');
    writeFileSync(broken, '---\ntitle: 42\ndate: "2026-11-22"\n---\nText\n');
    try {
      await expect.poll(async () => (await buildStatus()).state, { timeout: 120_000, interval: 500 }).toBe('failed');
      const { problems } = await buildStatus();
      expect(problems.some((p) => p.startsWith('content/news/2026-11-22-kaputt.md: Feld „title“: '))).toBe(true);

      // The site still serves the last good build, including what was published before.
      expect(await titleOf(pageUrl())).toBe(published.title);
      expect(await titleOf(`${siteUrl}/aktuelles/2026-11-22-kaputt/`)).toBe(404);

      // Decap's own toasts are alerts too; the build notice is its own box.
      const alert = page.locator('#build-status').getByRole('alert');
      await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toContain('nicht aktualisiert');
      const text = (await alert.textContent()) ?? '';
      expect(text).toContain('zeigt weiter den letzten funktionierenden Stand');
      expect(text).toContain('content/news/2026-11-22-kaputt.md: Feld „title“:');
      expect(output).toMatch(
        /Website NICHT neu gebaut; sie zeigt weiter den letzten funktionierenden Stand\. Bitte beheben:\n {2}content\/news\/2026-11-22-kaputt\.md: Feld „title“: /,
      );
    } finally {
      rmSync(broken);
    }
    // Removing the broken file rebuilds again and the notice clears up.
    await expect.poll(async () => (await buildStatus()).state, { timeout: 120_000, interval: 500 }).toBe('ok');
    await expect.poll(() => page.locator('#build-status').getByRole('alert').textContent(), { timeout: 10_000 }).toBe('');
    await expect
      .poll(() => page.locator('#build-status').getByRole('status').textContent(), { timeout: 10_000 })
      .toMatch(/^Die Website zeigt den gespeicherten Stand/);
  }, 300_000);
});
