import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './bin.mjs';

const REFERENCE = /(?:src|href)="(\/_astro\/[^"]+)"/g;
/** Static imports, dynamic imports and Vite's preload lists of lazily loaded chunks (the bundler quotes some with backticks). */
const IMPORT = /(?:(?:from|import)\s*\(?\s*["'`]\.\/|["'`]_astro\/)([^"'`]+\.(?:js|wasm))["'`]/g;
/** Static imports only: what loads with the page, before any interaction. */
const STATIC_IMPORT = /(?:from|import)\s*["']\.\/([^"']+\.js)["']/g;

/**
 * Every file under /_astro/ that a built page references, including scripts its scripts import;
 * with `staticOnly`, without what a script fetches later by import().
 */
export function assetsOfPage(pagePath: string, dist = join(root, 'dist'), { staticOnly = false } = {}): Set<string> {
  const file = pagePath.endsWith('.html') ? join(dist, pagePath) : join(dist, pagePath, 'index.html');
  const html = readFileSync(file, 'utf8');
  const found = new Set<string>();
  const queue = [...html.matchAll(REFERENCE)].map((m) => m[1]);
  while (queue.length > 0) {
    const asset = queue.pop()!;
    if (found.has(asset)) continue;
    found.add(asset);
    if (!asset.endsWith('.js') || !existsSync(join(dist, asset))) continue;
    for (const m of readFileSync(join(dist, asset), 'utf8').matchAll(staticOnly ? STATIC_IMPORT : IMPORT)) queue.push(`/_astro/${m[1]}`);
  }
  return found;
}
