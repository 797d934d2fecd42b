import { test } from 'vitest';
import { launchBrowser } from '../../scripts/harness/browser';

/**
 * `it` for browser tests, with two fixtures: `browser`, one Chromium per test file, closed after
 * the file; `page`, a new page for one test, closed after it whether the test passed or failed.
 */
export const it = test
  // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's dependencies from this pattern; there are none.
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
    const browser = await launchBrowser();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('page', async ({ browser }, { onCleanup }) => {
    const page = await browser.newPage();
    onCleanup(() => page.close());
    return page;
  });
