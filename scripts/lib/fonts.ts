import * as fontkit from 'fontkit';

/** The weights the site uses and their source files in @kern-ux/native. */
export const FONT_FILES = [
  { weight: 'Regular', cssWeight: '400', file: 'FiraSans-Regular.woff2' },
  { weight: 'SemiBold', cssWeight: '600 700', file: 'FiraSans-SemiBold.woff2' },
] as const;

const range = (from: number, to: number) => String.fromCodePoint(...Array.from({ length: to - from + 1 }, (_, i) => from + i));

/**
 * What the small, preloaded file holds: ASCII, Latin-1 (umlauts, ß, §, °, ½ …), the Latin letters of
 * French and Polish names, and German typography (quotes „…“ ‚…‘, dashes, ellipsis, euro, minus).
 * Every other glyph is in the extended file.
 */
export const LATIN_TEXT = range(0x20, 0x7e) + range(0xa0, 0xff) + 'ŒœŠšŸŽžŁłĆćŚśŹźŻżĄąĘęŃńČčĚěŘřŮůĞğİıŞş' + '‐–—‘’‚“”„†‡•…‰′″‹›€™−→';

export function fontFileName(weight: string, part: 'latin' | 'extended'): string {
  return `FiraSans-${weight}-${part}.woff2`;
}

/** The code points a font file maps to glyphs (without U+FFFF, the end marker of a format-4 cmap). */
export function codepointsOf(bytes: Buffer): Set<number> {
  const font = fontkit.create(bytes) as fontkit.Font;
  return new Set(font.characterSet.filter((c) => c !== 0xffff));
}

/** CSS unicode-range for a set of code points, as few ranges as possible. */
export function unicodeRange(points: Iterable<number>): string {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i];
    while (i + 1 < sorted.length && sorted[i + 1] === sorted[i] + 1) i++;
    const hex = (n: number) => n.toString(16).toUpperCase();
    parts.push(start === sorted[i] ? `U+${hex(start)}` : `U+${hex(start)}-${hex(sorted[i])}`);
  }
  return parts.join(', ');
}
