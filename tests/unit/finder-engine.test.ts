import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createIndex, normalizeText } from '../../src/lib/finder/engine';
import { toFinderRecord, type FinderRecord } from '../../src/lib/finder/record';
import { emptyState, type FacetVocab, type FinderState } from '../../src/lib/finder/state';
import { labelSchema } from '../../src/schemas/label';
import { root } from './helpers';

const vocab: FacetVocab = {
  groups: ['food', 'textiles', 'stone'],
  criteria: ['c138', 'livingWage', 'organic'],
  verification: ['thirdParty', 'secondParty'],
  labelType: ['product', 'company'],
  focus: ['social', 'environmental'],
  rating: ['recommended'],
};

const rec = (slug: string, over: Partial<FinderRecord>): FinderRecord => ({
  slug,
  name: slug,
  issuer: 'Verein',
  groups: [],
  labelType: 'product',
  verification: 'thirdParty',
  focus: [],
  criteria: [],
  rating: [],
  ...over,
});

const records = [
  rec('kaffee-fair', {
    name: 'Kaffee Fair',
    issuer: 'Fairer Verein',
    groups: ['food'],
    criteria: ['livingWage', 'organic'],
    focus: ['social', 'environmental'],
  }),
  rec('stein-gut', { name: 'Stein Gut', issuer: 'Steinprüfer', groups: ['stone'], criteria: ['c138'], focus: ['social'] }),
  rec('textil-bio', { name: 'Textil Bio', issuer: 'Grüner Bund', groups: ['textiles'], criteria: ['organic'], focus: ['environmental'] }),
  rec('haus-marke', {
    name: 'Haus-Marke',
    issuer: 'Händler GmbH',
    groups: ['food', 'textiles'],
    verification: 'secondParty',
    labelType: 'company',
    criteria: ['livingWage'],
    focus: ['social'],
  }),
];
const index = createIndex(records, vocab);
const state = (over: Partial<FinderState>): FinderState => ({ ...emptyState(), ...over });
const slugs = (s: FinderState) => index.search(s).matches.map((i) => records[i].slug);

describe('filter engine', () => {
  it('returns every record, in order, when nothing is chosen', () => {
    expect(slugs(emptyState())).toEqual(['kaffee-fair', 'stein-gut', 'textil-bio', 'haus-marke']);
    expect(index.search(emptyState()).count).toBe(4);
  });

  it('matches any chosen product group', () => {
    expect(slugs(state({ groups: ['stone', 'textiles'] }))).toEqual(['stein-gut', 'textil-bio', 'haus-marke']);
  });

  it('requires every chosen criterion', () => {
    expect(slugs(state({ criteria: ['organic'] }))).toEqual(['kaffee-fair', 'textil-bio']);
    expect(slugs(state({ criteria: ['organic', 'livingWage'] }))).toEqual(['kaffee-fair']);
    expect(slugs(state({ criteria: ['organic', 'c138'] }))).toEqual([]);
  });

  it('combines facets with AND', () => {
    expect(slugs(state({ groups: ['food'], verification: ['thirdParty'] }))).toEqual(['kaffee-fair']);
    expect(slugs(state({ labelType: ['company'], focus: ['social'] }))).toEqual(['haus-marke']);
    expect(slugs(state({ focus: ['social', 'environmental'] }))).toEqual(['kaffee-fair']);
  });

  it('searches name and issuer, ignoring case and umlauts', () => {
    expect(slugs(state({ q: 'gruener' }))).toEqual(['textil-bio']);
    expect(slugs(state({ q: 'STEIN' }))).toEqual(['stein-gut']);
    expect(slugs(state({ q: 'fair kaffee' }))).toEqual(['kaffee-fair']);
    expect(slugs(state({ q: 'händler', groups: ['stone'] }))).toEqual([]);
    expect(normalizeText('Grüße Öko')).toBe('gruesse oeko');
  });
});

describe('facet counts', () => {
  it('count an OR facet without its own choice, so alternatives stay visible', () => {
    const { counts } = index.search(state({ groups: ['stone'] }));
    expect(counts.groups).toEqual({ food: 2, textiles: 2, stone: 1 });
  });

  it('count other facets within the current result', () => {
    const { counts } = index.search(state({ groups: ['food'] }));
    expect(counts.verification).toEqual({ thirdParty: 1, secondParty: 1 });
    expect(counts.criteria).toEqual({ c138: 0, livingWage: 2, organic: 1 });
    expect(counts.labelType).toEqual({ product: 1, company: 1 });
  });

  it('count an AND facet as the result left after adding the value', () => {
    const { counts } = index.search(state({ criteria: ['livingWage'] }));
    expect(counts.criteria).toEqual({ c138: 0, livingWage: 2, organic: 1 });
  });

  it('follow the text search', () => {
    const { counts, count } = index.search(state({ q: 'stein' }));
    expect(count).toBe(1);
    expect(counts.groups).toEqual({ food: 0, textiles: 0, stone: 1 });
  });

  it('ignore values outside the vocabulary instead of failing', () => {
    const odd = createIndex([rec('x', { groups: ['unbekannt'], criteria: ['gibt-es-nicht'] })], vocab);
    expect(odd.search(state({ groups: ['food'] })).count).toBe(0);
    expect(odd.search(state({ criteria: ['nope'] as string[] })).count).toBe(1);
  });
});

describe('engine on more than 32 records (bitset word borders)', () => {
  const many = Array.from({ length: 100 }, (_, i) => rec(`l${i}`, { groups: [i % 3 === 0 ? 'stone' : 'food'], criteria: i % 2 ? ['organic'] : [] }));
  const big = createIndex(many, vocab);
  it('counts and lists exactly the matching records', () => {
    const expected = many.filter((_r, i) => i % 3 === 0 && i % 2 === 1).map((r) => r.slug);
    const result = big.search(state({ groups: ['stone'], criteria: ['organic'] }));
    expect(result.matches.map((i) => many[i].slug)).toEqual(expected);
    expect(result.count).toBe(expected.length);
    expect(big.search(emptyState()).count).toBe(100);
  });
});

describe('finder records from the fixture data', () => {
  const dir = join(root, 'tests/fixtures/content/labels');
  const labels = readdirSync(dir).map((f) => ({ slug: f.replace(/\.json$/, ''), data: labelSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))) }));
  it('list only criteria stored as "yes"', () => {
    const stone = labels.find((l) => l.slug === 'fair-stone')!;
    const record = toFinderRecord(stone.slug, stone.data);
    expect(record.criteria).toContain('c138');
    expect(record.criteria).not.toContain('livingWage');
    expect(stone.data.criteria.livingWage.value).toBe('unknown');
  });
  it('keep at least 45 labels, each with a source and a date', () => {
    expect(labels.length).toBeGreaterThanOrEqual(45);
    for (const l of labels) {
      expect(l.data.sources.length).toBeGreaterThan(0);
      expect(l.data.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(labels.find((l) => l.slug === 'flower-label-program')?.data.status).toBe('inactive');
  });
});
