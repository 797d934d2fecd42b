import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/harness/project';
import { fileHashes, scratchDir } from './helpers';

let project: string;
const dist = () => join(project, 'dist');

/** `npm run build` in the copy, as an editor or the CI runs it. */
function build() {
  const env = { ...process.env };
  delete env.CONTENT_DIR;
  const run = spawnSync('npm', ['run', 'build'], { cwd: project, env, encoding: 'utf8', timeout: 240_000 });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

const leftovers = () => readdirSync(project).filter((name) => /^\.dist-(build|old)-/.test(name));

beforeAll(() => {
  project = copyProject(join(mkdtempSync(join(scratchDir(), 'build-')), 'project'));
  // A previous site with a file no new build would write, so a replacement is visible.
  mkdirSync(join(dist(), 'alt'), { recursive: true });
  writeFileSync(join(dist(), 'index.html'), '<!doctype html><title>Bisherige Website</title>');
  writeFileSync(join(dist(), 'alt/index.html'), '<!doctype html><title>Nur im bisherigen Build</title>');
});

describe('npm run build', { timeout: 240_000 }, () => {
  const breakages: [string, string, string, RegExp][] = [
    // Fails before Astro writes anything: the content check refuses the entry.
    ['invalid content', 'content/news/kaputt.md', '---\ntitle: 42\n---\nText\n', /kaputt\.md/],
    // Fails late, while pages are rendered, after Astro has prepared its output folder.
    [
      'a page that fails while rendering',
      'src/pages/kaputt.astro',
      "---\nthrow new Error('Absichtlich kaputte Vorlage');\n---\n",
      /Absichtlich kaputte Vorlage/,
    ],
  ];

  for (const [what, file, text, shown] of breakages) {
    it(`fails on ${what} and leaves the previous dist/ byte for byte, without temporary folders`, () => {
      const before = fileHashes(dist());
      writeFileSync(join(project, file), text);
      let result: ReturnType<typeof build>;
      try {
        result = build();
      } finally {
        rmSync(join(project, file));
      }
      expect(result.code, result.output).not.toBe(0);
      expect(result.output).toMatch(shown);
      expect(fileHashes(dist())).toEqual(before);
      expect(leftovers()).toEqual([]);
      expect(result.output).toContain('Der bisherige Ordner dist/ bleibt unverändert.');
    });
  }

  it('replaces dist/ whole when the build succeeds, search index and headers included, and clears folders of killed builds', () => {
    // What a build killed with SIGKILL leaves behind (no process has this id).
    mkdirSync(join(project, '.dist-build-4194399/alt'), { recursive: true });
    const { code, output } = build();
    expect(code, output).toBe(0);
    expect(readFileSync(join(dist(), 'index.html'), 'utf8')).not.toContain('Bisherige Website');
    expect(existsSync(join(dist(), 'alt'))).toBe(false);
    expect(existsSync(join(dist(), 'pagefind/pagefind-entry.json'))).toBe(true);
    expect(existsSync(join(dist(), '_headers'))).toBe(true);
    expect(leftovers()).toEqual([]);
  });
});
