import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin } from '../../scripts/harness/bin.mjs';
import { freePort, root, startPreview, stopper, waitForServer } from '../../scripts/harness/server';
import { scratchDir } from './helpers';

/** A minimal Astro project with a built dist/, its node_modules those of the repository. */
function tinyProject(withDist: boolean): string {
  const dir = mkdtempSync(join(scratchDir(), 'astro-'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  writeFileSync(join(dir, 'astro.config.mjs'), 'export default {};');
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  if (withDist) {
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist/index.html'), '<!doctype html><title>Gebaut</title>');
  }
  return dir;
}

describe('tests serve the site beside a running npm start', () => {
  it('startPreview works while another astro preview (as npm start runs it) serves the same project', async () => {
    const dir = tinyProject(true);
    const port = await freePort();
    // Exactly as scripts/start.mjs starts it: tracked in Astro's lock file, which refuses a second one.
    const running = spawn(bin('astro'), ['preview', '--host', '127.0.0.1', '--port', String(port)], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      await waitForServer(running, `http://127.0.0.1:${port}/`, 'npm start');
      const second = await startPreview(dir);
      try {
        expect(await (await fetch(`${second.url}/`)).text()).toContain('<title>Gebaut</title>');
        expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
      } finally {
        await second.stop();
      }
    } finally {
      await stopper(running)();
    }
  }, 60_000);
});

describe('a test server that cannot start says why', () => {
  it('a server that ends at once: the error has its exit code and its output', async () => {
    const child = spawn(process.execPath, ['-e', 'console.log("lade Einstellungen"); console.error("Port 4321 ist belegt"); process.exit(3)'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const started = Date.now();
    const error = await waitForServer(child, `http://127.0.0.1:${await freePort()}/`, 'Testserver').catch((e: Error) => e);
    expect(String(error)).toMatch(/Testserver hat sich beim Start beendet \(Code 3\)\. Seine Ausgabe:\nlade Einstellungen\nPort 4321 ist belegt/);
    // Not the 30 s of a timeout.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('a server that never answers: after the timeout the error has its output, and it is stopped', async () => {
    const child = spawn(process.execPath, ['-e', 'console.error("warte auf etwas, das nie kommt"); setInterval(() => {}, 1000)'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const error = await waitForServer(child, `http://127.0.0.1:${await freePort()}/`, 'Testserver', 1500).catch((e: Error) => e);
    expect(String(error)).toMatch(/Testserver antwortet nach 1500 ms nicht unter http:\/\/127\.0\.0\.1:\d+\/\. Seine Ausgabe:\nwarte auf etwas, das nie kommt/);
    await new Promise((r) => setTimeout(r, 200));
    expect(child.signalCode).toBe('SIGTERM');
  });

  it('astro preview without a built site: the error carries Astro’s own message', async () => {
    const error = await startPreview(tinyProject(false)).then(
      () => new Error('astro preview started without a built site'),
      (e: Error) => e,
    );
    expect(error.message).toMatch(
      /astro preview in .* hat sich beim Start beendet \(Code 1\)\. Seine Ausgabe:[\s\S]*The output directory .*dist\/ does not exist/,
    );
  });
});
