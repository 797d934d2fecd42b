// Builds of the site for tests, bench and scripts, in one place and two ways:
// - buildProject: exactly `npm run build` (scripts/build.mjs; dist/ is replaced only by a complete build);
// - astroBuild: `astro build` alone, for checks that build into their own --outDir or time the build itself.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { bin, root } from './bin.mjs';

/** Builds the project in `cwd` the way `npm run build` does (scripts/build.mjs); returns exit code and everything it printed. */
export function buildProject(env: NodeJS.ProcessEnv = {}, cwd = root): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [resolve(cwd, 'scripts/build.mjs')], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

/** Builds this project into dist/ once for a test run; with SKIP_BUILD=1 an existing dist/ is used as it is. */
export async function buildSite(): Promise<void> {
  if (process.env.SKIP_BUILD === '1' && existsSync(resolve(root, 'dist/index.html'))) return;
  const { code, output } = await buildProject();
  if (code !== 0) throw new Error(`Build fehlgeschlagen:\n${output}`);
}

/** This process's environment without CONTENT_DIR, so that a project copy builds its own content/. */
export const ownContentEnv = (): NodeJS.ProcessEnv => ({ ...process.env, CONTENT_DIR: undefined });

export interface AstroBuildRun {
  ok: boolean;
  status: number | null;
  /** stdout followed by stderr. */
  output: string;
  ms: number;
}

/**
 * `astro build [args]` in the project `dir`, synchronously, with exactly `env` (a variable set to
 * undefined is left out, e.g. CONTENT_DIR to build the project's own content).
 */
export function astroBuild(
  dir = root,
  { args = [], env = process.env, timeout }: { args?: string[]; env?: NodeJS.ProcessEnv; timeout?: number } = {},
): AstroBuildRun {
  const started = performance.now();
  const run = spawnSync(bin('astro', dir), ['build', ...args], { cwd: dir, env, encoding: 'utf8', timeout, maxBuffer: 256 * 1024 * 1024 });
  return { ok: run.status === 0, status: run.status, output: `${run.stdout}${run.stderr}`, ms: performance.now() - started };
}
