import type { Browser } from 'playwright-core';
import { describe, expect } from 'vitest';
import { it } from './browser-test';
import { buildFixture, fixtureRepository } from './fixture-site';
import { startPreview, type Server } from '../../scripts/harness/server';

/*
 * The stale-„Stand“ notice follows the build's clock (BUILD_NOW), not the day the test runs: the
 * fixture content built for 1 June 2025 has Bayern (Stand 18.12.2024) current and
 * Nordrhein-Westfalen (Stand 05.03.2020) outdated.
 */
const BUILD_NOW = '2025-06-01T12:00:00+02:00';
let server: Server;
let repo: ReturnType<typeof fixtureRepository>;

it.beforeAll(async () => {
  repo = fixtureRepository();
  const build = await buildFixture(repo.dir, { BUILD_NOW });
  if (build.code !== 0) throw new Error(`Build fehlgeschlagen:\n${build.output}`);
  server = await startPreview(repo.dir);
}, 300_000);

it.afterAll(async () => {
  await server?.stop();
  repo?.remove();
});

const notice = async (browser: Browser, path: string) => {
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto(server.url + path);
  const found = await page.locator('[data-stale-notice]').count();
  await page.close();
  return found;
};

describe('stale-Stand notice with a moved clock', () => {
  it('shows the notice only where the Stand is older than twelve months at BUILD_NOW', async ({ browser }) => {
    expect(await notice(browser, '/rechtsrahmen/nordrhein-westfalen/')).toBe(1);
    expect(await notice(browser, '/rechtsrahmen/bayern/')).toBe(0);
    expect(await notice(browser, '/rechtsrahmen/rheinland-pfalz/')).toBe(0);
  });
});
