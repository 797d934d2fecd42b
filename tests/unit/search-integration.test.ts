import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { bin } from '../../scripts/harness/bin.mjs';
import pagefindIndex from '../../src/integrations/pagefind';

const root = resolve(import.meta.dirname, '../..');

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'skew-pagefind-'));
  made.push(dir);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

const page = (body: string, indexed = true) =>
  `<!doctype html><html lang="de"><head><title>t</title></head><body><nav>Navigation</nav><main${indexed ? ' data-pagefind-body' : ''}><h1>${body}</h1><p>${body} für Kommunen.</p></main></body></html>`;

async function runHook(dir: string) {
  const messages: string[] = [];
  const logger = {
    info: (m: string) => messages.push(m),
    error: (m: string) => messages.push(`Fehler: ${m}`),
    warn: () => {},
    debug: () => {},
  } as unknown as AstroIntegrationLogger;
  const hook = pagefindIndex().hooks['astro:build:done'] as (options: { dir: URL; logger: AstroIntegrationLogger }) => Promise<void>;
  await hook({ dir: pathToFileURL(`${dir}/`), logger });
  return messages;
}

describe('Pagefind integration', () => {
  it('writes a German index of the pages marked with data-pagefind-body', async () => {
    const dir = site({
      'index.html': page('Startseite', false),
      'angebote/beratung/index.html': page('Beratung'),
      'aktuelles/netzwerk/index.html': page('Netzwerktreffen'),
    });
    const messages = await runHook(dir);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.de.page_count).toBe(2);
    expect(messages.join('\n')).toMatch(/3 HTML-Dateien gelesen/);
  });

  it('fails the build when there is nothing to index', async () => {
    await expect(runHook(site({}))).rejects.toThrow(/keine Seite/);
  });

  it('fails the build when Pagefind cannot write the index, even though its service dies without an answer', () => {
    // dist/pagefind as a file makes Pagefind's service panic; its Node API then never settles.
    const dir = site({ 'a/index.html': page('Beratung') });
    writeFileSync(join(dir, 'pagefind'), 'eine Datei, wo der Ordner hin soll');
    const script = join(dir, 'run.mts');
    writeFileSync(
      script,
      `import pagefindIndex from ${JSON.stringify(join(root, 'src/integrations/pagefind.ts'))};
const logger = { info: console.log, error: (m) => console.log('FEHLER ' + m), warn: console.log, debug() {} };
await pagefindIndex().hooks['astro:build:done']({ dir: new URL(${JSON.stringify(pathToFileURL(`${dir}/`).href)}), logger });
console.log('FERTIG');`,
    );
    const run = spawnSync(bin('tsx'), [script], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).not.toBe(0);
    expect(run.stdout).toContain('FEHLER Pagefind hat nicht geantwortet');
    expect(run.stdout).not.toContain('FERTIG');
  });
});
