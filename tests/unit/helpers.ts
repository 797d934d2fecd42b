import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

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
