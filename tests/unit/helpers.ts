import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

// All temporary copies of one test worker live under one folder, removed when the worker exits.
let scratch: string | undefined;
export function scratchDir(): string {
  if (!scratch) {
    scratch = mkdtempSync(join(tmpdir(), 'skew-test-'));
    const dir = scratch;
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return scratch;
}

/** A temporary copy of the fixture content (tests/fixtures/content) with the given fixture folder laid over it. */
export function contentWithOverlay(overlay: string): string {
  const dir = mkdtempSync(join(scratchDir(), 'content-'));
  cpSync(join(root, 'tests/fixtures/content'), dir, { recursive: true });
  cpSync(join(root, 'tests/fixtures', overlay), dir, { recursive: true, filter: (src) => !src.endsWith('README.md') });
  return dir;
}

/** Every file and folder under `dir` (except those `skip` names) with the SHA-256 of its bytes; folders as "dir", links as "link". */
export function fileHashes(dir: string, skip: (path: string) => boolean = () => false): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const name = relative(dir, path);
    if (skip(name)) continue;
    result[name] = entry.isDirectory() ? 'dir' : entry.isSymbolicLink() ? 'link' : createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return result;
}
