import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/lib/content-check';
import { publishedOriginals } from '../../src/lib/quality/published-originals';
import { collections } from '../../src/schemas/registry';
import { harmlessProse, hostileMarkdown } from '../fixtures/hostile-markdown';
import { launchBrowser } from '../../scripts/harness/browser';
import { copyRepository } from '../../scripts/harness/project';
import { buildProject } from '../../scripts/harness/build';
import { startPreview, type Server } from '../../scripts/harness/server';
import { writeUploads, type UploadFixture } from './upload-fixture';

/*
 * A copy of the site with one news item whose body holds every kind of hostile HTML next to
 * ordinary prose, and with uploads that carry GPS, camera and author data. The copy's build runs
 * without the content check (which would refuse the item), so this proves the build's own
 * defences: the sanitiser and the removal of originals.
 */
const ENTRY = '2026-01-15-pruefmeldung';
const front = `---
title: Prüfmeldung mit fremdem HTML und Fotos
date: "2026-01-15"
summary: Eine Meldung der Prüfdaten mit aktivem HTML im Text und Fotos mit Standortdaten.
description: Eine Meldung der Prüfdaten mit aktivem HTML im Text und Fotos mit Standortdaten.
topics: [servicestelle]
image:
  src: media/foto-feld.jpg
  alt: Ein rotes Prüfbild
---
`;
const body = `${harmlessProse}\n![Ein blaues Prüfbild](../media/foto-text.jpg)\n\n${hostileMarkdown.map(([m]) => m).join('\n\n')}\n`;

let repo: ReturnType<typeof copyRepository> | undefined;
let uploads: UploadFixture;
let server: Server | undefined;
let browser: Browser;
let html: string;

const dist = () => join(repo!.dir, 'dist');
function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

beforeAll(async () => {
  repo = copyRepository();
  const content = join(repo.dir, 'content');
  uploads = await writeUploads(content);
  writeFileSync(join(content, 'news', `${ENTRY}.md`), front + body);
  const configFile = join(repo.dir, 'astro.config.mjs');
  const config = readFileSync(configFile, 'utf8');
  expect(config).toContain('    contentCheck(),\n');
  writeFileSync(configFile, config.replace('    contentCheck(),\n', ''));
  const build = await buildProject({}, repo.dir);
  if (build.code !== 0) throw new Error(`Build der Prüfseiten fehlgeschlagen:\n${build.output}`);
  html = readFileSync(join(dist(), 'aktuelles', ENTRY, 'index.html'), 'utf8');
  server = await startPreview(repo.dir);
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  repo?.remove();
});

describe('hostile Markdown', () => {
  it('is refused by the content check, with file and line', () => {
    const report = formatProblems(checkContent(join(repo!.dir, 'content'), collections, repo!.dir).problems);
    expect(report).toMatch(new RegExp(`content/news/${ENTRY}\\.md: Zeile \\d+: <iframe> wird entfernt \\(nicht erlaubt in Inhalten\\)`));
    expect(report.split('\n').filter((l) => l.includes(ENTRY)).length).toBeGreaterThanOrEqual(hostileMarkdown.length);
  });

  it('reaches the page with none of its active parts', () => {
    const article = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    expect(article).not.toMatch(/<(script|iframe|object|embed|form|meta|base|link|style|svg|button)\b/i);
    expect(article).not.toMatch(/\son[a-z]+\s*=|javascript:|data:|\sstyle=|id="main"|tracker\.example\.org/i);
  });

  it('keeps the prose around it: headings with ids, abbreviations, details, tables, links, footnotes', () => {
    expect(html).toContain('<h2 id="überblick">Überblick</h2>');
    expect(html).toContain('<abbr title="Servicestelle Kommunen in der Einen Welt">SKEW</abbr>');
    expect(html).toContain('<summary>Mehr erfahren</summary>');
    expect(html).toContain('<a href="mailto:info@example.org">E-Mail</a>');
    expect(html).toMatch(/<td[^>]*>A<\/td>/);
    expect(html).toContain('href="#user-content-fn-1"');
    expect(html).toContain('id="user-content-fn-1"');
  });

  it('runs no script in the browser', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${server!.url}/aktuelles/${ENTRY}/`);
    await page.locator('img').evaluateAll((imgs) => Promise.all(imgs.map((i) => (i as HTMLImageElement).decode().catch(() => undefined))));
    await expect.poll(() => page.locator('main').innerText()).toContain('Ein Zitat.');
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

describe('uploads', () => {
  it('are never published as the original file, used or unused', () => {
    expect(publishedOriginals(dist(), [join(repo!.dir, 'content', 'media')])).toEqual([]);
    expect(allFiles(dist()).filter((f) => f.includes('foto-unbenutzt'))).toEqual([]);
    const originals = Object.values(uploads).map((b) => b.toString('base64'));
    for (const file of allFiles(dist())) expect(originals).not.toContain(readFileSync(file).toString('base64'));
  });

  it('reach the page as re-encoded sizes, from the field and from the Markdown body', () => {
    expect(html).toMatch(/<source srcset="\/_astro\/foto-feld[^"]+\.avif [^>]+type="image\/avif"/);
    expect(html).toMatch(/<img[^>]+src="\/_astro\/foto-text[^"]+\.webp"/);
  });

  it('carry no EXIF, GPS, XMP, IPTC or ICC data in any published picture', async () => {
    const uploaded = await sharp(uploads.field).metadata();
    expect([uploaded.exif, uploaded.xmp, uploaded.icc].every(Boolean)).toBe(true);
    const pictures = allFiles(dist()).filter((f) => /\.(jpe?g|png|webp|avif|gif|tiff?)$/i.test(f));
    expect(pictures.filter((f) => f.includes('foto-feld')).length).toBeGreaterThanOrEqual(3);
    expect(pictures.some((f) => f.includes('foto-text'))).toBe(true);
    for (const file of pictures) {
      const meta = await sharp(file).metadata();
      expect({ file, exif: meta.exif, xmp: meta.xmp, iptc: meta.iptc, icc: meta.icc }).toEqual({
        file,
        exif: undefined,
        xmp: undefined,
        iptc: undefined,
        icc: undefined,
      });
    }
    const [photo] = pictures.filter((f) => f.endsWith('.jpg'));
    expect(readFileSync(photo).toString('latin1')).not.toMatch(/Geheime Fotografin|Telefonhersteller|GPS/);
  });
});
