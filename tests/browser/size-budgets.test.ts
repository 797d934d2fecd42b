import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { assetsOfPage } from '../../scripts/harness/assets';
import { cssBudget, jsBudget } from '../../scripts/harness/budgets';
import { allowMissingPageTypes, pageTypes } from './page-types';

// JavaScript and CSS are code, not content, so their bytes are the same on any content and can be
// gated here; the fixture site has every page type.
const dist = () => join(inject('fixtureDir'), 'dist');
const gzip = (files: string[]) => files.reduce((n, f) => n + gzipSync(readFileSync(join(dist(), f)), { level: 9 }).length, 0);
const pagePath = (path: string) => path.split('?')[0];

describe('size budgets per page type (gzip)', () => {
  it.for(pageTypes(join(inject('fixtureDir'), 'dist')))('$name stays within its JavaScript and CSS budgets', (type, { skip }) => {
    if (!type.path) {
      if (allowMissingPageTypes) return skip();
      throw new Error(`Die Prüf-Website hat keine Seite vom Typ „${type.name}“.`);
    }
    const assets = [...assetsOfPage(pagePath(type.path), dist(), { staticOnly: true })];
    const html = readFileSync(join(dist(), pagePath(type.path), 'index.html'), 'utf8');
    // Inline scripts count too; JSON data blocks are content, not code.
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
    const js = gzip(assets.filter((a) => a.endsWith('.js'))) + (inline ? gzipSync(inline, { level: 9 }).length : 0);
    const css = gzip(assets.filter((a) => a.endsWith('.css')));
    expect(
      assets.some((a) => a.endsWith('.css')),
      'Die Seite lädt kein Stylesheet.',
    ).toBe(true);
    expect(js, `JavaScript vor jeder Bedienung: ${js} B`).toBeLessThanOrEqual(jsBudget(type.path));
    expect(css, `CSS: ${css} B`).toBeLessThanOrEqual(cssBudget);
  });

  it('counts what a page imports but not what a click fetches later', () => {
    const vermerk = pageTypes(dist()).find((t) => t.name === 'Vergabevermerk')?.path;
    if (!vermerk) return;
    const eager = assetsOfPage(pagePath(vermerk), dist(), { staticOnly: true });
    const all = assetsOfPage(pagePath(vermerk), dist());
    // The DOCX library is imported on click: it is among all assets, not among the eager ones.
    expect(all.size).toBeGreaterThan(eager.size);
    expect([...eager].every((a) => all.has(a))).toBe(true);
  });
});
