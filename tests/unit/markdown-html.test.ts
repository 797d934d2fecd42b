import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { checkContent, formatProblems } from '../../src/lib/content-check';
import { removedHtml } from '../../src/lib/quality/markdown-html';
import { collections } from '../../src/schemas/registry';
import { harmlessProse, hostileMarkdown } from '../fixtures/hostile-markdown';
import { contentWithOverlay } from './helpers';

describe('removedHtml', () => {
  it('keeps the prose editors write, raw abbr/details/sub/sup included', () => {
    expect(removedHtml(harmlessProse)).toEqual([]);
  });

  it.each(hostileMarkdown)('reports %s', (markdown, what) => {
    const removed = removedHtml(`Ein Absatz.\n\n${markdown}\n`);
    expect(removed[0].line).toBe(3);
    expect(removed[0].what.startsWith(what)).toBe(true);
  });

  it('does not report what is inside a stripped element once more', () => {
    expect(removedHtml('<script><iframe></iframe></script>').map((r) => r.what)).toEqual(['<script>']);
  });
});

describe('the content check', () => {
  it('names file and line of every removal and fails', () => {
    const dir = contentWithOverlay('invalid-content');
    const body = `Erster Absatz.\n\n<iframe src="https://example.org/"></iframe>\n\n<img src="x.png" alt="Bild" onerror="alert(1)">\n`;
    const front =
      '---\ntitle: Meldung mit eingebettetem Rahmen\ndate: 2026-01-15\nsummary: Eine Meldung, deren Text HTML enthält, das auf der Website entfernt wird.\ntopics: []\n---\n';
    writeFileSync(join(dir, 'news', '2026-01-15-rahmen.md'), front + body);
    const report = formatProblems(checkContent(dir, collections, dir).problems);
    expect(report).toContain('news/2026-01-15-rahmen.md: Zeile 9: <iframe> wird entfernt (nicht erlaubt in Inhalten)');
    expect(report).toContain('news/2026-01-15-rahmen.md: Zeile 11: Attribut onerror="alert(1)" an <img> wird entfernt (nicht erlaubt in Inhalten)');
  });
});

describe('the build’s Markdown processor (astro.config.mjs)', async () => {
  const renderer = await config.markdown!.processor!.createRenderer({});
  const render = async (markdown: string) => (await renderer.render(markdown)).code;

  it('drops every piece of hostile HTML', async () => {
    const html = await render(hostileMarkdown.map(([m]) => m).join('\n\n'));
    expect(html).not.toMatch(/<(script|iframe|object|embed|form|meta|base|link|style|svg|button)\b/i);
    expect(html).not.toMatch(/\son[a-z]+=|javascript:|data:|style=|id="main"|tracker\.example\.org/i);
    expect(html).toContain('<h2 id="eigene-kennung">Eigene Kennung</h2>');
  });

  it('keeps harmless prose, Astro’s heading ids and working footnotes', async () => {
    const html = await render(harmlessProse);
    expect(html).toContain('<h2 id="überblick">Überblick</h2>');
    expect(html).toContain('<abbr title="Servicestelle Kommunen in der Einen Welt">SKEW</abbr>');
    expect(html).toContain('<details><summary>Mehr erfahren</summary>');
    expect(html).toContain('<a href="mailto:info@example.org">');
    expect(html).toContain('<a href="tel:+4922812345">');
    expect(html).toMatch(/<table>[\s\S]*<td style="text-align:right">1<\/td>|<table>[\s\S]*<td align="right">1<\/td>/);
    const ref = /href="#(user-content-fn-1)"/.exec(html);
    expect(ref).not.toBeNull();
    expect(html).toContain(`id="${ref![1]}"`);
  });
});

describe('CMS-editable collections', () => {
  it('are Markdown or JSON, never MDX, so no editor file can run components or expressions', () => {
    expect(collections.map((c) => c.format).filter((f) => f !== 'md' && f !== 'json')).toEqual([]);
  });

  it('refuse an .mdx file, which the loaders (`*.md`) would never build', () => {
    const dir = contentWithOverlay('invalid-content');
    writeFileSync(join(dir, 'news', '2026-01-15-komponente.mdx'), '---\ntitle: x\n---\n\nexport const x = 1;\n');
    expect(formatProblems(checkContent(dir, collections, dir).problems)).toContain('news/2026-01-15-komponente.mdx: Unerwartete Dateiendung');
  });
});
