import { describe, expect, it } from 'vitest';
// Astro's own front matter parser (what its Markdown loader calls); a transitive dependency, used here only to compare.
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { parseEntryFile, splitFrontMatter } from '../../src/lib/content-check';
import { markdownImages } from '../../src/lib/markdown/media-urls';

const head = 'title: Eine Meldung\ndate: "2026-01-01"\n';

/** Files whose head and body a hand-written parser could easily split other than Astro does. */
const awkward: [string, string][] = [
  ['plain', `---\n${head}---\n\nText.\n`],
  ['with a byte order mark', `\ufeff---\n${head}---\n\nText.\n`],
  ['with Windows line endings', `---\r\n${head.replaceAll('\n', '\r\n')}---\r\n\r\nText.\r\n`],
  ['with blank lines before the head', `\n\n---\n${head}---\nText.\n`],
  ['with spaces after the opening fence', `---   \n${head}---\nText.\n`],
  ['with spaces after the closing fence', `---\n${head}---   \nText.\n`],
  ['with text after the closing fence', `---\n${head}--- Entwurf\nText.\n`],
  ['with four dashes as closing fence', `---\n${head}----\nText.\n`],
  ['with a rule in the body', `---\n${head}---\n\nOben.\n\n---\n\nUnten.\n`],
  ['with an empty head', `---\n---\nText.\n`],
  ['without a closing fence', `---\n${head}\nText.\n`],
  ['without a head', `Nur Text.\n`],
  ['with a TOML head', `+++\ntitle = "Eine Meldung"\n+++\nText.\n`],
];

describe('front matter', () => {
  it.each(awkward)('is split exactly as Astro splits it: %s', (_case, text) => {
    const astro = parseFrontmatter(text, { frontmatter: 'remove' });
    const ours = splitFrontMatter(text);
    expect(ours.raw ?? '').toBe(astro.rawFrontmatter);
    if (ours.raw !== undefined) expect(ours.body).toBe(astro.content.trim());
  });

  it.each([
    ['with text after the closing fence', `---\n${head}--- Entwurf\nText.\n`, 'schließt, muss genau „---“ sein'],
    ['with four dashes as closing fence', `---\n${head}----\nText.\n`, 'schließt, muss genau „---“ sein'],
    ['with text after the opening fence', `--- Entwurf\n${head}---\nText.\n`, 'Hinter dem öffnenden „---“'],
    ['with a TOML head', `+++\ntitle = "Eine Meldung"\n+++\nText.\n`, 'nicht „+++“'],
    ['without a closing fence', `---\n${head}\nText.\n`, 'schließende Zeile „---“ fehlt'],
  ])('that Astro reads oddly is refused: %s', (_case, text, message) => {
    expect(splitFrontMatter(text).problems.join(' ')).toContain(message);
  });

  it.each(awkward.slice(0, 5))('that is merely unusual is accepted: %s', (_case, text) => {
    expect(splitFrontMatter(text).problems).toEqual([]);
  });

  it('is read as the check reads YAML (dates stay text) and as Astro reads it (dates become Date objects)', () => {
    const { data, builtData } = parseEntryFile('x.md', '---\ntitle: 2026-01-01\n---\nText.\n', 'md');
    expect(data).toEqual({ title: '2026-01-01' });
    expect((builtData as { title: unknown }).title).toBeInstanceOf(Date);
  });
});

describe('images in Markdown', () => {
  it('are collected as the build resolves them: local paths only, uploads as the CMS writes them, with their line', () => {
    const body =
      'Text.\n\n![Foto](../media/a.jpg)\n\n![Fremd](https://example.org/b.jpg) ![Wurzel](/c.png)\n\n![Leer%20zeichen](media/d%20e.jpg)\n\n![Daneben](bild.png)\n';
    expect(markdownImages(body)).toEqual([
      { url: '../media/a.jpg', line: 3 },
      { url: '../media/d%20e.jpg', line: 7 },
      { url: 'bild.png', line: 9 },
    ]);
  });
});
