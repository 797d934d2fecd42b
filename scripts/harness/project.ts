// Copies of the project for tests, the scale benchmark and the site generator: one way to make them.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './bin.mjs';

/** Build outputs, caches and version control stay behind; node_modules is linked, not copied. */
const notCopied = new Set(['node_modules', 'dist', '.astro', '.git', '.ci-cache', 'coverage']);

/** A copy of the project in a new temporary folder (or `target`), ready to build. */
export function copyProject(target = mkdtempSync(join(tmpdir(), 'skew-scale-'))): string {
  if (existsSync(target) && readdirSync(target).length) throw new Error(`${target} ist nicht leer.`);
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(root)) {
    if (notCopied.has(entry)) continue;
    cpSync(join(root, entry), join(target, entry), { recursive: true });
  }
  const modules = join(target, 'node_modules');
  mkdirSync(modules, { recursive: true });
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    // Astro and Vite keep their caches in node_modules/.astro and .vite; the copy gets fresh ones.
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
  }
  return target;
}

/** A throwaway copy of the repository (content, sources, config) with its own build caches. */
export function copyRepository(): { dir: string; remove(): void } {
  const dir = copyProject(mkdtempSync(join(tmpdir(), 'skew-cms-')));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
