import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild } from '../../scripts/harness/build';
import { contentWithOverlay, root } from './helpers';

describe('astro build with invalid content', () => {
  it('fails whole and names every file, field and problem', () => {
    const dir = contentWithOverlay('invalid-content');
    const outDir = join(dir, '..', 'never-written');
    const result = astroBuild(root, { args: ['--outDir', outDir], env: { ...process.env, CONTENT_DIR: dir }, timeout: 60_000 });
    const output = result.output;
    expect(result.status).not.toBe(0);
    expect(existsSync(outDir)).toBe(false);
    expect(output).toContain('6 Problem(e) im Inhalt');
    for (const line of [
      'news/ohne-titel.md: Feld „title“',
      'news/unbekanntes-thema.md: Feld „topics.0“',
      'news/kein-datum.md: Feld „date“',
      'competition/2099.json: Feld „awards.0.amount“: darf nicht negativ sein',
      'competition/runde-2025-doppelt.json: Feld „year“',
      'funding/ohne-kontakt.md: Feld „contact“',
    ]) {
      expect(output).toContain(line);
    }
  });
});
