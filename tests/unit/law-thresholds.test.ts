import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCurrent, labelNorm, municipalThreshold, regimeFor } from '../../src/lib/law/thresholds';
import { isStale } from '../../src/lib/law/stand';
import { normsSchema, thresholdsSchema } from '../../src/schemas/law';
import { root } from './helpers';

const fixture = (file: string) => JSON.parse(readFileSync(join(root, 'tests/fixtures/content/law', file), 'utf8'));
const thresholds = thresholdsSchema.parse(fixture('thresholds.json'));

describe('EU thresholds for a municipality', () => {
  it('picks the sub-central supplies threshold or the works threshold', () => {
    expect(municipalThreshold(thresholds, 'supplies').amount).toBe(216000);
    expect(municipalThreshold(thresholds, 'works').amount).toBe(5404000);
  });

  it('is above from the threshold on and below under it', () => {
    const supplies = municipalThreshold(thresholds, 'supplies');
    expect(regimeFor(215999, supplies)).toBe('below');
    expect(regimeFor(216000, supplies)).toBe('above');
  });

  it('knows the period a value holds', () => {
    const works = municipalThreshold(thresholds, 'works');
    expect(isCurrent(works, new Date('2026-01-01T00:00:00Z'))).toBe(true);
    expect(isCurrent(works, new Date('2027-12-31T12:00:00Z'))).toBe(true);
    expect(isCurrent(works, new Date('2028-01-01T00:00:00Z'))).toBe(false);
  });

  it('names the paragraph for labels as proof, a key of norms.json', () => {
    const norms = normsSchema.parse(fixture('norms.json'));
    expect(labelNorm('supplies', 'above')).toBe('vgv34');
    expect(labelNorm('supplies', 'below')).toBe('uvgo24');
    expect(labelNorm('works', 'above')).toBe('vobEu7a');
    expect(labelNorm('works', 'below')).toBe('vob7a');
    for (const kind of ['supplies', 'works'] as const)
      for (const regime of ['above', 'below'] as const) expect(norms[labelNorm(kind, regime)].citation).toMatch(/^§/);
  });

  it('gives every value a source and a check date', () => {
    for (const value of [...Object.values(thresholds.eu), ...thresholds.national]) {
      expect(value.sources.length).toBeGreaterThan(0);
      expect(value.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('stale „Stand“', () => {
  it('is current for twelve months and stale from the day after', () => {
    expect(isStale('2025-03-31', new Date('2026-03-31T23:00:00Z'))).toBe(false);
    expect(isStale('2025-03-31', new Date('2026-04-01T00:00:00Z'))).toBe(true);
  });

  it('ends a month that is too short on its last day', () => {
    expect(isStale('2024-02-29', new Date('2025-02-28T12:00:00Z'))).toBe(false);
    expect(isStale('2024-02-29', new Date('2025-03-01T00:00:00Z'))).toBe(true);
  });
});

describe('release check: Länder pages with an old „Stand“', () => {
  it('lists exactly the entries older than twelve months at the given time', async () => {
    const { checkContent } = await import('../../src/lib/content-check');
    const { collections } = await import('../../src/schemas/registry');
    const { staleStatePages } = await import('../../src/lib/quality/stale-stand');
    const dir = join(root, 'tests/fixtures/content');
    const { entries } = checkContent(dir, collections, root);
    const stale = staleStatePages(entries, new Date('2025-06-01T12:00:00+02:00'), (f) => f.slice(dir.length + 1));
    // Baden-Württemberg's Stand is 11.02.2021, Nordrhein-Westfalen's 05.03.2020; Bayern's and Rheinland-Pfalz's are newer.
    expect(stale.map((p) => p.file)).toEqual(['states/baden-wuerttemberg.json', 'states/nordrhein-westfalen.json']);
    expect(stale[1].message).toContain('/rechtsrahmen/nordrhein-westfalen/');
  });
});
