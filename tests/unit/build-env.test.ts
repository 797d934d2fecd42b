import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../../scripts/harness/build';
import { root, scratchDir } from './helpers';

describe('build environment (astro:env schema in astro.config.mjs)', () => {
  it('refuses a wrong value, naming the variable and what it expects, and writes nothing', () => {
    const outDir = join(scratchDir(), 'env-never-written');
    const run = astroBuild(root, { args: ['--outDir', outDir], env: { ...process.env, SITE_ENV: 'staging', CMS_EDITORIAL_WORKFLOW: 'ja' }, timeout: 60_000 });
    expect(run.ok).toBe(false);
    expect(run.output).toContain("SITE_ENV's type is invalid, expected: 'production' | 'preview'");
    expect(run.output).toContain("CMS_EDITORIAL_WORKFLOW's type is invalid, expected: boolean");
    expect(existsSync(outDir)).toBe(false);
  });
});
