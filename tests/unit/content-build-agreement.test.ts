import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { astroBuild, ownContentEnv } from '../../scripts/harness/build';
import { copyProject } from '../../scripts/harness/project';
import { checkContentAndMedia, formatProblems } from '../../src/lib/content-check';
import { collections } from '../../src/schemas/registry';
import { root, scratchDir } from './helpers';

/**
 * The corpus of broken content (tests/fixtures/broken-content/<case>/, each an overlay on
 * tests/fixtures/minimal-content/ with a case.json): for every case the content check and a real
 * `astro build` must agree. The build runs in a copy of the project whose astro.config.mjs leaves
 * out the content-check integration, so what fails there is Astro itself. Cases marked
 * "build": "passes" are refused by the check on purpose although Astro would build them (or are
 * not wrong at all and must pass both); they are built together in one tree to save time.
 */

interface Case {
  description: string;
  build: 'fails' | 'passes';
  expect: { file: string; field?: string; message: string }[];
  remove?: string[];
  images?: string[];
  symlinks?: Record<string, string>;
}

const corpus = join(root, 'tests/fixtures/broken-content');
const cases = readdirSync(corpus, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()
  .map((name) => [name, JSON.parse(readFileSync(join(corpus, name, 'case.json'), 'utf8')) as Case] as const);
const byName = new Map(cases);
const failing = cases.filter(([, spec]) => spec.build === 'fails');
const building = cases.filter(([, spec]) => spec.build === 'passes');
let project: string;
const timings: string[] = [];
const started = performance.now();

/** content/ of the project copy: the minimal tree with the given cases laid over it. */
async function contentWith(...names: string[]): Promise<string> {
  const content = join(project, 'content');
  rmSync(content, { recursive: true, force: true });
  cpSync(join(root, 'tests/fixtures/minimal-content'), content, { recursive: true, filter: (src) => !src.endsWith('README.md') });
  for (const name of names) {
    const spec = byName.get(name)!;
    cpSync(join(corpus, name), content, { recursive: true, filter: (src) => !src.endsWith('case.json') });
    for (const path of spec.remove ?? []) rmSync(join(content, path));
    for (const path of spec.images ?? []) {
      mkdirSync(dirname(join(content, path)), { recursive: true });
      await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c33' } })
        .jpeg()
        .toFile(join(content, path));
    }
    for (const [path, target] of Object.entries(spec.symlinks ?? {})) symlinkSync(target, join(content, path));
  }
  return content;
}

async function checkNames(spec: Case): Promise<void> {
  const content = join(project, 'content');
  const { problems } = await checkContentAndMedia(content, collections, content);
  const report = formatProblems(problems);
  for (const expected of spec.expect) {
    const named = problems.some((p) => p.file === expected.file && p.field === expected.field && p.message.includes(expected.message));
    expect(named, `erwartet: ${expected.file} ${expected.field ?? ''} „${expected.message}“\nbekommen:\n${report}`).toBe(true);
  }
  if (spec.expect.length === 0) expect(report).toBe('');
}

function build(label: string): { ok: boolean; output: string } {
  const outDir = join(scratchDir(), `agreement-${label}`);
  const run = astroBuild(project, { args: ['--outDir', outDir], env: ownContentEnv(), timeout: 170_000 });
  timings.push(`${label}: ${Math.round(run.ms / 1000)} s`);
  rmSync(outDir, { recursive: true, force: true });
  return { ok: run.ok, output: run.output };
}

beforeAll(() => {
  project = copyProject(join(scratchDir(), 'agreement-project'));
  const config = join(project, 'astro.config.mjs');
  const source = readFileSync(config, 'utf8');
  const withoutCheck = source.replace(/^\s*contentCheck\(\),\n/m, '');
  // If this fails, the integration is registered differently: adjust the line above.
  expect(withoutCheck).not.toBe(source);
  writeFileSync(config, withoutCheck);
}, 60_000);

afterAll(() => {
  console.log(`Inhalt gegen Build, ${cases.length} Fälle, ${Math.round((performance.now() - started) / 1000)} s:\n  ${timings.join('\n  ')}`);
});

describe('the content check and astro build agree', () => {
  it('on the minimal content: the check accepts it', async () => {
    await contentWith();
    await checkNames({ description: 'Grundlage', build: 'passes', expect: [] });
  });

  it.each(failing)(
    '%s: the check names it, and the build fails',
    async (name, spec) => {
      await contentWith(name);
      await checkNames(spec);
      const result = build(name);
      expect(result.ok, result.output.slice(-3000)).toBe(false);
    },
    180_000,
  );

  it.each(building)('%s: the check names it (or accepts it, if nothing is wrong)', async (name, spec) => {
    await contentWith(name);
    await checkNames(spec);
  });

  // One build for all of them: if the union builds, each of its parts (and the minimal tree) builds.
  it(`the build passes the ${building.length} cases the check refuses on purpose or accepts, and the minimal content`, async () => {
    await contentWith(...building.map(([name]) => name));
    const result = build('baubar');
    expect(result.ok, result.output.slice(-3000)).toBe(true);
  }, 180_000);
});
