import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectionFields } from '../../admin/config';
import type { CmsServer } from '../../scripts/cms-server';
import { collectionSpec } from '../../src/schemas/registry';
import { launchBrowser } from '../../scripts/harness/browser';
import { CmsAdmin } from './cms-admin';
import { copyRepository } from '../../scripts/harness/project';
import { startCmsServer } from './cms-harness';

let repo: ReturnType<typeof copyRepository>;
let cmsServer: CmsServer;
let browser: Browser;

beforeAll(async () => {
  repo = copyRepository();
  cmsServer = await startCmsServer(repo.dir, inject('baseURL'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await cmsServer?.stop();
  repo?.remove();
});

describe('two editors, one entry (local CMS server, temporary copy of the repository)', () => {
  it('an editor who saves over a change made since she opened the entry is stopped with a German explanation, and the other change survives', async () => {
    const name = readdirSync(join(repo.dir, 'content/news'))
      .filter((f) => f.endsWith('.md'))
      .sort()[0];
    const file = join(repo.dir, 'content/news', name);
    const titleLabel = collectionFields(collectionSpec('news')).find((f) => f.name === 'title')!.label;

    const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    const cms = new CmsAdmin(await context.newPage(), inject('baseURL'), cmsServer.port);
    await cms.login();
    await cms.page.goto(cms.url(`#/collections/news/entries/${name.replace(/\.md$/, '')}`));
    await expect.poll(() => cms.field(titleLabel).inputValue(), { timeout: 30_000 }).not.toBe('');

    // Meanwhile someone else saves the same file (another tab, another editor, a text editor).
    const theirs = readFileSync(file, 'utf8').replace(/\n*$/, '\n\nErgänzung aus einem anderen Fenster.\n');
    writeFileSync(file, theirs);

    await cms.fillText(titleLabel, 'Titel aus dem veralteten Fenster');
    await cms.publish();
    const notice = cms.notice(/Beitrag speichern fehlgeschlagen/);
    await notice.waitFor({ timeout: 20_000 });
    const shown = (await notice.textContent()) ?? '';
    expect(shown).toContain(`„content/news/${name}“ wurde geändert, seit Sie den Eintrag geöffnet haben`);
    expect(shown).toContain('Ihre Eingaben kopieren, die Seite neu laden und erneut eintragen.');
    expect(readFileSync(file, 'utf8')).toBe(theirs);
    await context.close();
  });
});
