import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin } from '../../scripts/harness/bin.mjs';
import { altTextProblems, imagesWithoutAlt, markdownImagesWithoutAlt } from '../../scripts/lib/alt-text';
import { brokenLinks, missingAltAttributes } from '../../scripts/lib/built-site';
import { contentWithOverlay, root, scratchDir } from './helpers';

describe('alternative texts in content', () => {
  it('finds image fields without alt text at any depth, and accepts alt or <field>Alt', () => {
    const data = {
      title: 'Meldung',
      image: { src: '/media/markt.jpg', alt: '' },
      gallery: [{ src: '/media/a.webp', alt: 'Marktstand mit Kaffee' }, { src: '/media/b.png' }],
      logo: '/media/logo.svg',
      logoAlt: 'Logo des Siegels',
      video: { file: '/media/dgs/start.mp4' },
    };
    expect(imagesWithoutAlt(data)).toEqual(['image.src', 'gallery.1.src']);
  });

  it('finds Markdown and HTML images without alt text in a body', () => {
    const body =
      'Text ![](/media/a.jpg) und ![Ein Foto](/media/b.jpg)\n<img src="/media/c.png"> <img alt="" src="/media/d.png"> <img src="/media/e.png" alt="Karte">';
    expect(markdownImagesWithoutAlt(body)).toEqual(['/media/a.jpg', '/media/c.png', '/media/d.png']);
  });

  it('reports file and field for each', () => {
    const problems = altTextProblems([
      { collection: 'news', id: 'x', file: 'content/news/x.md', data: { image: { src: '/media/x.jpg' } }, body: '![](/media/y.jpg)' },
    ]);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['content/news/x.md image.src', 'content/news/x.md body']);
  });
});

describe('checks across a built site', () => {
  const dist = mkdtempSync(join(scratchDir(), 'dist-'));
  const page = (body: string) => `<!doctype html><html lang="de"><head><title>T</title></head><body>${body}</body></html>`;
  mkdirSync(join(dist, 'gut'));
  writeFileSync(
    join(dist, 'index.html'),
    page('<a href="/gut/">gut</a> <a href="/fehlt/">weg</a> <img src="/bild.png" alt="Bild"> <a href="https://example.org/">extern</a>'),
  );
  writeFileSync(join(dist, 'gut/index.html'), page('<img src="/fehlt.png"> <a href="/">Start</a> <a href="/fehlt/">auch weg</a>'));
  writeFileSync(join(dist, 'bild.png'), '');

  it('names every broken internal link and image once, with the pages it is on, and skips other hosts', async () => {
    const problems = await brokenLinks(dist);
    const lines = problems.map((p) => `${p.file}: ${p.message}`).sort();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('dist/gut/index.html: Link oder Bild /fehlt.png ist nicht erreichbar (Status 404).');
    expect(lines[1]).toMatch(
      /^dist\/(gut\/)?index\.html: Link oder Bild \/fehlt\/ ist nicht erreichbar \(Status 404\)\. Verlinkt auch auf 1 weiteren Seite\(n\): dist\/(gut\/)?index\.html\.$/,
    );
  });

  it('names every img without alt attribute', async () => {
    const problems = await missingAltAttributes(dist);
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toBe('dist/gut/index.html');
  });
});

describe('npm run check', () => {
  it('reports every content problem at once with file and field, and fails without building', () => {
    const dir = contentWithOverlay('invalid-content');
    const valid = readFileSync(join(dir, 'news/2025-10-15-fuenf-jahre-kompetenzstelle-berlin.md'), 'utf8');
    writeFileSync(join(dir, 'news/2025-10-15-fuenf-jahre-kompetenzstelle-berlin.md'), `${valid}\n![](/media/foto.jpg)\n`);
    const run = spawnSync(bin('tsx'), ['scripts/check.ts'], { cwd: root, env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Build übersprungen');
    for (const file of ['news/ohne-titel.md', 'news/kein-datum.md', 'competition/2099.json', 'funding/ohne-kontakt.md']) {
      expect(run.stderr).toMatch(new RegExp(`${file.replace('.', '\\.')}: Feld „`));
    }
    expect(run.stderr).toContain('news/2025-10-15-fuenf-jahre-kompetenzstelle-berlin.md: Feld „body“: Bild „/media/foto.jpg“ im Text ohne Alternativtext');
  });
});
