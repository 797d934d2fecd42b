import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/lib/labels/csv';
import { labelsCsv } from '../../src/lib/labels/export';
import { tenderSnippets } from '../../src/lib/labels/tender';
import { labelSchema } from '../../src/schemas/label';
import { root } from './helpers';

describe('CSV escaping', () => {
  it.each([
    ['plain', 'plain'],
    ['mit, Komma', '"mit, Komma"'],
    ['sagt "fair"', '"sagt ""fair"""'],
    ['zwei\nZeilen', '"zwei\nZeilen"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+49 228', "'+49 228"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['Öko-Tex', 'Öko-Tex'],
  ])('writes %j as %j', (input, output) => {
    expect(csvField(input)).toBe(output);
  });

  it('writes empty fields for missing values and CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [[null, undefined], [1, true]])).toBe('a,b\r\n,\r\n1,true\r\n');
  });
});

/** Splits one CSV line into its fields (quoted fields keep their quotes). */
function fields(line: string): string[] {
  return [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1]);
}

describe('the label CSV', () => {
  const dir = join(root, 'tests/fixtures/content/labels');
  const labels = readdirSync(dir).sort().map((f) => ({ slug: f.replace(/\.json$/, ''), data: labelSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))) }));
  const csv = labelsCsv(labels, 'https://example.org');
  const lines = csv.trimEnd().split('\r\n');

  it('has a header and one line per label with the same number of columns', () => {
    const header = lines[0].split(',');
    expect(header).toContain('criteria.c29');
    expect(header).toContain('vgv.c5');
    // No field contains a line break in the real data, so lines are rows.
    expect(lines).toHaveLength(labels.length + 1);
    for (const line of lines) expect(fields(line)).toHaveLength(header.length);
  });

  it('stores unknown as the word unknown, never as an empty cell', () => {
    const header = lines[0].split(',');
    const col = header.indexOf('criteria.livingWage');
    const fairStone = fields(lines.find((l) => l.startsWith('fair-stone,'))!);
    expect(fairStone[col]).toBe('unknown');
    expect(fairStone[header.indexOf('criteria.c138')]).toBe('yes');
  });
});

describe('tender snippets', () => {
  const label = labelSchema.parse(JSON.parse(readFileSync(join(root, 'tests/fixtures/content/labels/fair-stone.json'), 'utf8')));
  it('name the label, the covered criteria and the equivalence clause', () => {
    const s = tenderSnippets(label, { natursteine: 'Natursteine' });
    expect(s.specification).toContain('„Fair Stone“');
    expect(s.specification).toContain('Natursteine');
    expect(s.award).toContain('Mindestalter');
    expect(s.performance).toContain('gleichwertiges Gütezeichen');
  });
  it('prefer an editor\'s own text', () => {
    const own = { ...label, tenderText: { award: 'Eigener Text für das Zuschlagskriterium, von der Redaktion.' } };
    expect(tenderSnippets(own, {}).award).toBe('Eigener Text für das Zuschlagskriterium, von der Redaktion.');
  });
});
