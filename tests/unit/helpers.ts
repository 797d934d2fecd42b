import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

/** A temporary copy of content/ with the given fixture folder laid over it. */
export function contentWithOverlay(overlay: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'skew-content-'));
  cpSync(join(root, 'content'), dir, { recursive: true });
  cpSync(join(root, 'tests/fixtures', overlay), dir, { recursive: true, filter: (src) => !src.endsWith('README.md') });
  return dir;
}
