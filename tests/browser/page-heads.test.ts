import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { builtPages } from './pages';

// Search results and browser tabs tell pages apart by title and description; on the fixture site
// (tests/browser/fixture-site.ts) no two pages may share either, including runs of one seminar.
const dist = join(inject('fixtureDir'), 'dist');
const head = (path: string) => {
  const html = readFileSync(path.endsWith('.html') ? join(dist, path) : join(dist, path, 'index.html'), 'utf8');
  return {
    title: /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '',
    description: /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '',
    noindex: html.includes('name="robots" content="noindex"'),
  };
};

function duplicates(values: [string, string][]): string[] {
  const byValue = new Map<string, string[]>();
  for (const [path, value] of values) byValue.set(value, [...(byValue.get(value) ?? []), path]);
  return [...byValue].filter(([, paths]) => paths.length > 1).map(([value, paths]) => `„${value}“: ${paths.join(', ')}`);
}

describe('document structure', () => {
  it('nothing follows </html> on any page (scripts belong inside the body)', () => {
    const trailing = builtPages(dist).filter((path) => {
      const html = readFileSync(path.endsWith('.html') ? join(dist, path) : join(dist, path, 'index.html'), 'utf8');
      return !html.trimEnd().endsWith('</html>');
    });
    expect(trailing).toEqual([]);
  });
});

describe('titles and descriptions', () => {
  const pages = builtPages(dist).filter((path) => !head(path).noindex);

  it('no two indexable pages share a title', () => {
    expect(duplicates(pages.map((p) => [p, head(p).title]))).toEqual([]);
  });

  it('no two indexable pages share a description', () => {
    expect(duplicates(pages.map((p) => [p, head(p).description]))).toEqual([]);
  });
});
