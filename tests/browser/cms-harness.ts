import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { copyProject } from '../../scripts/generate-site';
import { freePort, root, stopper, waitForUrl, type Server } from './server';

/** A throwaway copy of the repository (content, sources, config) with its own build caches. */
export function copyRepository(): { dir: string; remove(): void } {
  const dir = copyProject(mkdtempSync(join(tmpdir(), 'skew-cms-')));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** decap-server on a free port, bound to 127.0.0.1, writing into `repoDir` (MODE=fs: files only, no commits). */
export async function startDecapServer(repoDir: string): Promise<Server & { port: number }> {
  const port = await freePort();
  const child = spawn(resolve(root, 'node_modules/.bin/decap-server'), [], {
    cwd: repoDir,
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: repoDir, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForUrl(`${url}/api/v1`);
  return {
    url,
    port,
    stop: stopper(child),
  };
}
