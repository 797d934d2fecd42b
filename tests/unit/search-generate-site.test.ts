import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addClones, pageCollections } from '../../scripts/generate-site';
import { copyProject } from '../../scripts/harness/project';
import { checkContent, parseEntryFile } from '../../src/lib/content-check';
import { collections } from '../../src/schemas/registry';

const dir = copyProject();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const stems = (collection: string) => readdirSync(join(dir, 'content', collection)).map((f) => basename(f).replace(/\.\w+$/, ''));

/** A stand-in for a build: one page per news item and per page, as the real routes make them. */
function fakeDist() {
  for (const stem of stems('news')) mkdirSync(join(dir, 'dist/aktuelles', stem), { recursive: true });
  for (const stem of stems('pages')) mkdirSync(join(dir, 'dist', stem), { recursive: true });
  for (const folder of readdirSync(join(dir, 'dist'), { recursive: true, withFileTypes: true }).filter((e) => e.isDirectory())) {
    writeFileSync(join(folder.parentPath, folder.name, 'index.html'), '<html lang="de"></html>');
  }
  writeFileSync(join(dir, 'dist/index.html'), '<html lang="de"></html>');
}

describe('synthetic site generator', () => {
  it('copies the project without build output and links node_modules package by package', () => {
    expect(existsSync(join(dir, 'src/schemas/registry.ts'))).toBe(true);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
    expect(lstatSync(join(dir, 'node_modules')).isSymbolicLink()).toBe(false);
    expect(lstatSync(join(dir, 'node_modules/astro')).isSymbolicLink()).toBe(true);
    expect(existsSync(join(dir, 'node_modules/.astro'))).toBe(false);
  });

  it('finds the collections whose entries have pages and clones them so that the content check passes', () => {
    fakeDist();
    const sources = pageCollections(dir);
    expect([...sources.keys()].map((s) => s.name).sort()).toEqual(['news', 'pages']);

    const before = { news: stems('news').length, pages: stems('pages').length };
    const counts = addClones(dir, sources, 60, 7);
    expect(counts.news + counts.pages).toBe(60);
    expect(stems('news').length).toBe(before.news + counts.news);
    expect(counts.news / counts.pages).toBeCloseTo(before.news / before.pages, 0);

    const { problems } = checkContent(join(dir, 'content'), collections, dir);
    expect(problems).toEqual([]);
    const file = join(dir, 'content/news', `${stems('news').find((s) => s.endsWith('-kopie-1'))}.md`);
    const { data, body } = parseEntryFile(file, readFileSync(file, 'utf8'), 'md') as { data: { title: string }; body: string };
    expect(data.title).toMatch(/ – \p{L}+ 1$/u);
    expect(body.trim().length).toBeGreaterThan(100);
  });
});
