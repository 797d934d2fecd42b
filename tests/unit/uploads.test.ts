import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/lib/content-check';
import { filesNaming, judgeOriginals, publishedOriginals } from '../../src/lib/quality/published-originals';
import { uploadTypeProblems } from '../../src/lib/quality/upload-types';
import { collections } from '../../src/schemas/registry';
import { contentWithOverlay, scratchDir } from './helpers';

const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
const picture = (format: 'jpeg' | 'png' | 'webp' | 'avif') => {
  const image = sharp({ create: { width: 8, height: 8, channels: 3, background: { r: 10, g: 20, b: 30 } } });
  return image[format]().toBuffer();
};

function mediaFolder(files: Record<string, Buffer | string>): string {
  const dir = mkdtempSync(join(scratchDir(), 'media-'));
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
  return dir;
}
const names = (dir: string) => uploadTypeProblems(dir, (f) => f.slice(dir.length + 1));

describe('upload file types', () => {
  it('accept JPEG, PNG, WebP and AVIF whose content matches the extension', async () => {
    const dir = mediaFolder({
      'a.jpg': await picture('jpeg'),
      'b.JPEG': await picture('jpeg'),
      'c.png': await picture('png'),
      'd.webp': await picture('webp'),
      'e.avif': await picture('avif'),
    });
    expect(names(dir)).toEqual([]);
  });

  it('refuse SVG, other types and disguised files, each with a reason', async () => {
    const dir = mediaFolder({
      'logo.svg': svg,
      'getarnt.png': svg,
      'falsch.webp': await picture('png'),
      'animation.gif': 'GIF89a',
      'skript.html': '<script></script>',
    });
    expect(names(dir)).toEqual([
      { file: 'animation.gif', message: 'Dateityp „.gif“ ist für Uploads nicht erlaubt (erlaubt: JPEG, PNG, WebP, AVIF, PDF).' },
      {
        file: 'falsch.webp',
        message: 'Der Inhalt ist kein WebP-Bild, obwohl die Endung „.webp“ das sagt. Bitte das Bild neu als WebP speichern und hochladen.',
      },
      { file: 'getarnt.png', message: 'Der Inhalt ist kein PNG-Bild, obwohl die Endung „.png“ das sagt. Bitte das Bild neu als PNG speichern und hochladen.' },
      {
        file: 'logo.svg',
        message: 'SVG-Dateien werden nicht veröffentlicht (sie können Skripte enthalten). Bitte das Bild als PNG, JPEG, WebP oder AVIF hochladen.',
      },
      { file: 'skript.html', message: 'Dateityp „.html“ ist für Uploads nicht erlaubt (erlaubt: JPEG, PNG, WebP, AVIF, PDF).' },
    ]);
  });

  it('fail the content check, naming the upload', () => {
    const dir = contentWithOverlay('invalid-content');
    mkdirSync(join(dir, 'media'), { recursive: true });
    writeFileSync(join(dir, 'media', 'logo.svg'), svg);
    expect(formatProblems(checkContent(dir, collections, dir).problems)).toContain('media/logo.svg: SVG-Dateien werden nicht veröffentlicht');
  });
});

describe('published originals', () => {
  it('are found by content wherever they were copied, under whatever name', async () => {
    const photo = await picture('jpeg');
    const media = mediaFolder({ 'foto.jpg': photo, 'anderes.jpg': await picture('png') });
    const site = mkdtempSync(join(scratchDir(), 'site-'));
    mkdirSync(join(site, '_astro'));
    writeFileSync(join(site, '_astro', 'foto.Ab12.jpg'), photo);
    writeFileSync(join(site, '_astro', 'foto.Ab12_x1.webp'), await picture('webp'));
    writeFileSync(join(site, 'index.html'), '<img src="/_astro/foto.Ab12_x1.webp">');
    expect(publishedOriginals(site, [media, media])).toEqual([{ file: join('_astro', 'foto.Ab12.jpg'), upload: 'foto.jpg' }]);
    expect(filesNaming(site, ['foto.Ab12.jpg'])).toEqual(new Map([['foto.Ab12.jpg', []]]));
    writeFileSync(join(site, 'index.html'), '<meta property="og:image" content="/_astro/foto.Ab12.jpg">');
    expect(filesNaming(site, ['foto.Ab12.jpg'])).toEqual(new Map([['foto.Ab12.jpg', ['index.html']]]));
  });

  it('go when no page names them; a named one fails only if it carries metadata', async () => {
    const plain = await picture('jpeg');
    const tagged = await sharp(plain)
      .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '50/1 44/1 0/1' } })
      .jpeg()
      .toBuffer();
    const media = mediaFolder({ 'schlicht.jpg': plain, 'mit-gps.jpg': tagged, 'unbenutzt.jpg': await picture('png') });
    const site = mkdtempSync(join(scratchDir(), 'site-'));
    writeFileSync(join(site, 'schlicht.Ab12_x1.jpg'), plain);
    writeFileSync(join(site, 'mit-gps.Cd34.jpg'), tagged);
    writeFileSync(join(site, 'unbenutzt.Ef56.jpg'), await picture('png'));
    writeFileSync(join(site, 'index.html'), '<img src="/schlicht.Ab12_x1.jpg">');
    expect(await judgeOriginals(site, [media])).toEqual({ drop: ['mit-gps.Cd34.jpg', 'unbenutzt.Ef56.jpg'], leaks: [] });
    writeFileSync(join(site, 'index.html'), '<img src="/schlicht.Ab12_x1.jpg"><img src="/mit-gps.Cd34.jpg">');
    expect(await judgeOriginals(site, [media])).toEqual({
      drop: ['unbenutzt.Ef56.jpg'],
      leaks: ['index.html verweist auf das Original von media/mit-gps.jpg'],
    });
  });

  it('are none when nothing was uploaded', () => {
    expect(publishedOriginals(scratchDir(), [join(scratchDir(), 'gibt-es-nicht')])).toEqual([]);
  });
});
