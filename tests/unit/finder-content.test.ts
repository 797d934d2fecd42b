import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/lib/content-check';
import { collections } from '../../src/schemas/registry';
import { root, scratchDir } from './helpers';

function contentWith(file: string, edit: (data: Record<string, unknown>) => void): string {
  const dir = mkdtempSync(join(scratchDir(), 'labels-'));
  cpSync(join(root, 'tests/fixtures/content'), dir, { recursive: true });
  const path = join(dir, file);
  const data = JSON.parse(readFileSync(path, 'utf8'));
  edit(data);
  writeFileSync(path, JSON.stringify(data));
  return dir;
}

describe('label content check', () => {
  it('names a product group that does not exist', () => {
    const dir = contentWith('labels/fsc.json', (d) => {
      d.productGroups = ['holz-moebel', 'autos'];
    });
    const report = formatProblems(checkContent(dir, collections, dir).problems);
    expect(report).toContain('labels/fsc.json');
    expect(report).toContain('productGroups');
    expect(report).toContain('autos');
  });

  it('refuses an empty criterion instead of treating it as unknown', () => {
    const dir = contentWith('labels/fsc.json', (d) => {
      delete (d.criteria as Record<string, string>).livingWage;
    });
    const report = formatProblems(checkContent(dir, collections, dir).problems);
    expect(report).toContain('labels/fsc.json: Feld „criteria.livingWage“');
  });

  it('refuses a label without sources', () => {
    const dir = contentWith('labels/fsc.json', (d) => {
      d.sources = [];
    });
    expect(formatProblems(checkContent(dir, collections, dir).problems)).toContain('braucht mindestens eine Quelle');
  });
});
