import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_FILES, codepointsOf, fontFileName, unicodeRange } from '../../scripts/lib/fonts';

const root = resolve(import.meta.dirname, '../..');
const fonts = join(root, 'src/styles/fonts');
const css = readFileSync(join(root, 'src/styles/_fonts.scss'), 'utf8');
const read = (name: string) => readFileSync(join(fonts, name));

describe('unicodeRange', () => {
  it('joins neighbouring code points into ranges', () => {
    expect(unicodeRange([0x41, 0x43, 0x42, 0xe4, 0x20ac])).toBe('U+41-43, U+E4, U+20AC');
  });
});

describe.each(FONT_FILES)('Fira Sans $weight', ({ weight, file }) => {
  const original = codepointsOf(readFileSync(join(root, 'node_modules/@kern-ux/native/dist/fonts/fira-sans', file)));
  const latin = codepointsOf(read(fontFileName(weight, 'latin')));
  const extended = codepointsOf(read(fontFileName(weight, 'extended')));

  it('holds every character of German text in the small file', () => {
    const missing = [...'ÄÖÜäöüß§„“‚‘–—…€½°'].filter((c) => !latin.has(c.codePointAt(0)!));
    expect(missing).toEqual([]);
    expect(latin.size).toBeLessThan(300);
  });

  it('loses no glyph of the original: what the small file lacks, the extended one has', () => {
    const drawn = [...original].filter((c) => c >= 0x20 && !(c >= 0x7f && c < 0xa0));
    expect(drawn.filter((c) => !latin.has(c) && !extended.has(c))).toEqual([]);
    expect([...latin].filter((c) => extended.has(c))).toEqual([]);
  });

  it('declares in the stylesheet exactly the ranges each file covers, so no file is fetched in vain', () => {
    for (const [part, points] of [
      ['latin', latin],
      ['extended', extended],
    ] as const) {
      const face = css.split('@font-face').find((f) => f.includes(fontFileName(weight, part)));
      expect(face, `@font-face für ${fontFileName(weight, part)}`).toContain(`unicode-range: ${unicodeRange(points)};`);
    }
  });

  it('keeps the small file small', () => {
    expect(read(fontFileName(weight, 'latin')).length).toBeLessThan(24 * 1024);
  });
});

it('preloads exactly the small files, which the stylesheet uses', () => {
  const layout = readFileSync(join(root, 'src/layouts/BaseLayout.astro'), 'utf8');
  const preloaded = [...layout.matchAll(/import \w+ from '\.\.\/styles\/fonts\/([^']+)\?url'/g)].map((m) => m[1]);
  expect(preloaded).toEqual(FONT_FILES.map(({ weight }) => fontFileName(weight, 'latin')));
  for (const file of preloaded) expect(css).toContain(`url('./fonts/${file}')`);
});
