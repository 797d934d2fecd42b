import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/lib/labels/csv';
import { labelsCsv } from '../../src/lib/labels/export';
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
    expect(
      toCsv(
        ['a', 'b'],
        [
          [null, undefined],
          [1, true],
        ],
      ),
    ).toBe('a,b\r\n,\r\n1,true\r\n');
  });
});

/** Splits one CSV line into its fields (quoted fields keep their quotes). */
function fields(line: string): string[] {
  return [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1]);
}

describe('the label CSV', () => {
  const dir = join(root, 'tests/fixtures/content/labels');
  const labels = readdirSync(dir)
    .sort()
    .map((f) => ({ slug: f.replace(/\.json$/, ''), data: labelSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))) }));
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

  it("carries the addresses of each value's evidence next to it, empty for unknown values", () => {
    const header = lines[0].split(',');
    const fairStone = fields(lines.find((l) => l.startsWith('fair-stone,'))!);
    const stored = labels.find((l) => l.slug === 'fair-stone')!.data;
    expect(fairStone[header.indexOf('criteria.c138.evidence')]).toBe(stored.criteria.c138.evidence!.map((e) => e.url).join(' | '));
    expect(fairStone[header.indexOf('criteria.livingWage.evidence')]).toBe('');
  });
});
