import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { freePort, root, stopper, waitForUrl, type Server } from './server';

const SKIP = new Set(['node_modules', 'dist', '.astro', '.git']);

/** A throwaway copy of the repository (content, sources, config) that shares node_modules by symlink. */
export function copyRepository(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'skew-cms-'));
  cpSync(root, dir, {
    recursive: true,
    filter: (source) => !SKIP.has(relative(root, source).split(/[\\/]/)[0]),
  });
  symlinkSync(resolve(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
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
