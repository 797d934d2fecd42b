import type { Page } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { it } from './browser-test';

/*
 * The fixture site is built for FIXTURE_NOW (1 December 2026, tests/browser/fixture-site.ts).
 * Its files say "open" for a programme whose deadline was 30 November 2026 and for the 2027
 * round, whose application phase ended on 30 November 2026: the pages must follow the dates.
 */
let page: Page;
const url = (path: string) => inject('fixtureURL') + path;

it.beforeAll(async ({ browser }) => {
  page = await browser.newPage({ javaScriptEnabled: false });
});

const text = async (selector: string) => ((await page.locator(selector).innerText()) ?? '').replace(/\s+/g, ' ');

describe('states follow the build’s clock, not the file', () => {
  it('/foerderung/ shows a programme past its deadline as closed, one before it as open', async () => {
    await page.goto(url('/foerderung/'));
    const expired = await text('section#abgelaufene-frist');
    expect(expired).toContain('Antragsfrist abgelaufen');
    expect(expired).not.toContain('Antragstellung möglich');
    expect(await text('section#kleinprojektefonds')).toContain('Antragstellung möglich');
    expect(await text('section#projektfoerderung-fairer-handel')).toContain('Derzeit ausgesetzt');
  });

  it('/wettbewerb/ and the round’s page show a round past its application end as closed', async () => {
    for (const path of ['/wettbewerb/', '/wettbewerb/2027/']) {
      await page.goto(url(path));
      const status = await text('[role=status]');
      expect(status, path).toContain('Runde 2027: Bewerbungsfrist beendet');
      expect(status, path).not.toContain('Bewerbung läuft');
    }
  });
});
