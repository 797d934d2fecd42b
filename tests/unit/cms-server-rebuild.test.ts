import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCmsServer, type CmsServer } from '../../scripts/cms-server';
import { copyProject } from '../../scripts/harness/project';
import { localOrigins } from '../../src/lib/cms-api-policy';
import { scratchDir } from './helpers';

// The guard with rebuilds on (as npm start runs it), in a copy whose scripts/build.mjs is a
// stand-in: it logs each run, notices overlapping runs, takes 400 ms and fails like the content
// check when content/news/kaputt.md exists. So the wiring is tested without Astro's build time.
const stubBuild = `
import { appendFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
const lock = 'build.lock';
if (existsSync(lock)) appendFileSync('builds.log', 'overlap\\n');
writeFileSync(lock, '');
appendFileSync('builds.log', 'build\\n');
setTimeout(() => {
  rmSync(lock);
  if (existsSync('content/news/kaputt.md')) {
    console.error('1 Problem(e) im Inhalt:\\n  content/news/kaputt.md: Feld „title“: fehlt');
    process.exit(1);
  }
  console.log('dist/ durch den neuen Build ersetzt.');
}, 400);
`;

const SITE_PORT = 4321;
const origin = localOrigins(SITE_PORT)[0];
let repo: string;
let cms: CmsServer;

const builds = () => (existsSync(join(repo, 'builds.log')) ? readFileSync(join(repo, 'builds.log'), 'utf8').trim().split('\n') : []);
const status = async () => (await fetch(`http://127.0.0.1:${cms.port}/status`, { headers: { origin } })).json();
const settled = async () => {
  await expect.poll(async () => (await status()).state, { timeout: 15_000, interval: 100 }).not.toBe('building');
  return status();
};
const persist = (path: string, title: string) =>
  fetch(cms.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, 'x-cms-session': 'rebuild-test-0001' },
    body: JSON.stringify({
      action: 'persistEntry',
      params: {
        branch: 'main',
        dataFiles: [{ slug: path.split('/').pop()!.replace(/\.md$/, ''), path, raw: `---\ntitle: "${title}"\n---\nText\n` }],
        assets: [],
        options: { commitMessage: 'Test', useWorkflow: false, status: 'draft' },
      },
    }),
  });

beforeAll(async () => {
  repo = copyProject(join(mkdtempSync(join(scratchDir(), 'rebuild-')), 'project'));
  writeFileSync(join(repo, 'scripts/build.mjs'), stubBuild);
  cms = await startCmsServer({ repoDir: repo, port: 0, siteOrigins: localOrigins(SITE_PORT), rebuild: true });
});
afterAll(async () => {
  await cms?.stop();
});

describe('local CMS server of npm start: rebuilds after changes', () => {
  it('is idle until something changes', async () => {
    expect(await status()).toEqual({ state: 'idle', problems: [] });
    expect(builds()).toEqual([]);
  });

  it('rebuilds once after a save through the CMS', async () => {
    expect((await persist('content/news/neu.md', 'Neu')).status).toBe(200);
    expect((await status()).state).toBe('building');
    expect(await settled()).toMatchObject({ state: 'ok', problems: [] });
    expect(builds()).toEqual(['build']);
  });

  it('turns a burst of saves into one or two builds, never two at once', async () => {
    rmSync(join(repo, 'builds.log'));
    for (let i = 0; i < 4; i++) expect((await persist(`content/news/serie-${i}.md`, `Serie ${i}`)).status).toBe(200);
    await settled();
    const log = builds();
    expect(log).not.toContain('overlap');
    expect(log.length).toBeGreaterThanOrEqual(1);
    expect(log.length).toBeLessThanOrEqual(2);
  });

  it('rebuilds after a change on disk (watcher) and reports a failed build with file and field, until it is fixed', async () => {
    const broken = join(repo, 'content/news/kaputt.md');
    writeFileSync(broken, '---\ntitle: 42\n---\n');
    await expect.poll(async () => (await status()).state, { timeout: 15_000, interval: 100 }).toBe('failed');
    expect((await status()).problems).toEqual(['content/news/kaputt.md: Feld „title“: fehlt']);
    rmSync(broken);
    await expect.poll(async () => (await status()).state, { timeout: 15_000, interval: 100 }).toBe('ok');
  });

  it('ignores editors’ swap and backup files', async () => {
    const before = builds().length;
    writeFileSync(join(repo, 'content/news/.neu.md.swp'), 'x');
    writeFileSync(join(repo, 'content/news/neu.md~'), 'x');
    await new Promise((r) => setTimeout(r, 1500));
    expect(builds().length).toBe(before);
  });
});
