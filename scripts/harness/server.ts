import { spawn, type ChildProcess } from 'node:child_process';
import { bin, root } from './bin.mjs';
import { freePort } from './free-port';

export { freePort, root };

export interface Server {
  url: string;
  stop(): Promise<void>;
}

export async function waitForUrl(url: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} antwortet nicht nach ${timeoutMs} ms`);
}

/** Stops a child process by the PID we started and resolves once it has exited. */
export function stopper(child: ChildProcess) {
  return () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
}

/**
 * Waits until `child` serves `url`. Rejects as soon as it exits, or after `timeoutMs`, with
 * everything it printed, so a server that cannot start says why.
 */
export function waitForServer(child: ChildProcess, url: string, name: string, timeoutMs = 30_000): Promise<void> {
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const printed = () => (output.trim() ? `Seine Ausgabe:\n${output.trim()}` : 'Er hat nichts ausgegeben.');
  return new Promise<void>((done, fail) => {
    const exited = (code: number | null, signal: string | null) =>
      fail(new Error(`${name} hat sich beim Start beendet (${signal ?? `Code ${code}`}). ${printed()}`));
    child.once('exit', exited);
    waitForUrl(url, timeoutMs).then(
      () => {
        child.off('exit', exited);
        done();
      },
      () => {
        child.off('exit', exited);
        child.kill('SIGTERM');
        fail(new Error(`${name} antwortet nach ${timeoutMs} ms nicht unter ${url}. ${printed()}`));
      },
    );
  });
}

/**
 * Serves dist/ with `astro preview` on a free port; stopped by the PID it started. `--ignore-lock`:
 * Astro allows one tracked preview server per project, and `npm start` may already run one here.
 */
export async function startPreview(cwd = root): Promise<Server> {
  const port = await freePort();
  const child = spawn(bin('astro'), ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = `http://127.0.0.1:${port}`;
  await waitForServer(child, `${url}/`, `astro preview in ${cwd}`);
  return { url, stop: stopper(child) };
}
