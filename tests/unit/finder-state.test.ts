import { describe, expect, it } from 'vitest';
import { parseCompare, rowDiffers, serializeCompare } from '../../src/lib/labels/compare-url';
import { emptyState, parseState, serializeState, type FacetVocab } from '../../src/lib/finder/state';

const vocab: FacetVocab = {
  groups: ['lebensmittel-getraenke', 'textilien-bekleidung', 'natursteine'],
  criteria: ['c138', 'livingWage'],
  verification: ['thirdParty', 'membership'],
  labelType: ['product', 'meta'],
  focus: ['social', 'environmental'],
};

describe('URL state', () => {
  it('round-trips a full state in canonical order', () => {
    const state = { q: 'grüner knopf', groups: ['natursteine', 'textilien-bekleidung'], criteria: ['livingWage', 'c138'], verification: ['thirdParty'], labelType: ['meta'], focus: ['social'] };
    const query = serializeState(state, vocab);
    expect(query).toBe('?suche=gr%C3%BCner%20knopf&gruppe=textilien-bekleidung,natursteine&kriterium=c138,livingWage&pruefung=thirdParty&art=meta&fokus=social');
    expect(parseState(query, vocab)).toEqual({ ...state, groups: ['textilien-bekleidung', 'natursteine'], criteria: ['c138', 'livingWage'] });
  });

  it('gives an empty query for the empty state', () => {
    expect(serializeState(emptyState(), vocab)).toBe('');
    expect(parseState('', vocab)).toEqual(emptyState());
  });

  it('accepts repeated parameters as well as comma lists', () => {
    expect(parseState('?gruppe=natursteine&gruppe=lebensmittel-getraenke', vocab).groups).toEqual(['lebensmittel-getraenke', 'natursteine']);
  });

  it.each([
    ['unknown values', '?gruppe=autos,natursteine&kriterium=<script>', { groups: ['natursteine'], criteria: [] }],
    ['unknown parameters', '?foo=bar&art=meta', { labelType: ['meta'] }],
    ['broken percent encoding', '?suche=%E0%A4%A&gruppe=%ZZ', { groups: [] }],
    ['empty and doubled commas', '?fokus=,,social,,social,', { focus: ['social'] }],
    ['a very long search text', `?suche=${'a'.repeat(5000)}`, { q: 'a'.repeat(100) }],
    ['a bare question mark and ampersands', '?&&=&', {}],
  ])('ignores %s without throwing', (_name, query, expected) => {
    expect(() => parseState(query, vocab)).not.toThrow();
    expect(parseState(query, vocab)).toMatchObject(expected);
  });
});

describe('comparison choice', () => {
  const known = ['fsc', 'pefc', 'fair-stone', 'igep', 'xertifix'];
  it('keeps known labels in order, without repeats, at most four', () => {
    expect(parseCompare('?l=fsc,pefc,fsc,unbekannt', known)).toEqual(['fsc', 'pefc']);
    expect(parseCompare('?l=fsc&l=igep', known)).toEqual(['fsc', 'igep']);
    expect(parseCompare('?l=fsc,pefc,fair-stone,igep,xertifix', known)).toHaveLength(4);
    expect(parseCompare('?l=%E0%A4%A', known)).toEqual([]);
  });
  it('writes the choice back as one list', () => {
    expect(serializeCompare(['fsc', 'pefc'])).toBe('?l=fsc,pefc');
    expect(serializeCompare([])).toBe('');
  });
  it('marks a row as different when any value differs', () => {
    expect(rowDiffers(['abgedeckt', 'abgedeckt'])).toBe(false);
    expect(rowDiffers(['abgedeckt', 'unbekannt', 'abgedeckt'])).toBe(true);
  });
});
