import { describe, expect, it } from 'vitest';
import { isRunnable, pagefindFilters, parseSearchState, serializeSearchState, toggleFilter } from '../../src/lib/search/url-state';

const indexFilters = ['Bereich', 'Produktgruppe', 'Art der Seite'];

describe('search state in the address', () => {
  it('reads the query and every filter value, dropping blanks and repeats', () => {
    const state = parseSearchState(
      '?q=++faire+%20Beschaffung+&Bereich=Seminar&Bereich=Aktuelles&Bereich=Seminar&Produktgruppe=&Produktgruppe=Textilien%20und%20Bekleidung',
      indexFilters,
    );
    expect(state).toEqual({
      query: 'faire Beschaffung',
      filters: { Bereich: ['Seminar', 'Aktuelles'], Produktgruppe: ['Textilien und Bekleidung'] },
    });
  });

  it('ignores parameters that are not filters of the index, such as campaign tags', () => {
    const state = parseSearchState('?q=fair&utm_source=newsletter&fbclid=abc&Bereich=Seminar&bereich=Aktuelles&=leer', indexFilters);
    expect(state).toEqual({ query: 'fair', filters: { Bereich: ['Seminar'] } });
    expect(serializeSearchState(state)).toBe('?q=fair&Bereich=Seminar');
    expect(parseSearchState('?Bereich=Seminar', [])).toEqual({ query: '', filters: {} });
  });

  it('writes a stable address: query first, filters and values sorted, umlauts encoded', () => {
    const address = serializeSearchState({ query: 'Kaffee', filters: { Produktgruppe: ['Textilien', 'Lebensmittel'], Bereich: ['Gütezeichen'] } });
    expect(address).toBe('?q=Kaffee&Bereich=G%C3%BCtezeichen&Produktgruppe=Lebensmittel&Produktgruppe=Textilien');
  });

  it('round-trips any state through the address', () => {
    const state = { query: 'Vergabe & Recht', filters: { Bereich: ['Aktuelles', 'Seminar'], 'Art der Seite': ['ä/ö?'] } };
    expect(parseSearchState(serializeSearchState(state), indexFilters)).toEqual(state);
  });

  it('gives an empty address for an empty state', () => {
    expect(serializeSearchState({ query: '  ', filters: {} })).toBe('');
  });

  it('toggles values and removes a filter whose last value is unticked', () => {
    let state = parseSearchState('?q=fair', indexFilters);
    state = toggleFilter(state, 'Bereich', 'Seminar', true);
    state = toggleFilter(state, 'Bereich', 'Seminar', true);
    state = toggleFilter(state, 'Bereich', 'Angebot', true);
    expect(state.filters).toEqual({ Bereich: ['Seminar', 'Angebot'] });
    state = toggleFilter(toggleFilter(state, 'Bereich', 'Seminar', false), 'Bereich', 'Angebot', false);
    expect(state.filters).toEqual({});
  });

  it('searches with a query or a filter, not with neither', () => {
    expect(isRunnable(parseSearchState('', indexFilters))).toBe(false);
    expect(isRunnable(parseSearchState('?q=fair', indexFilters))).toBe(true);
    expect(isRunnable(parseSearchState('?Bereich=Seminar', indexFilters))).toBe(true);
  });

  it('asks Pagefind for any of the values within a filter and all filters together, optionally without one', () => {
    const state = parseSearchState('?Bereich=Seminar&Bereich=Aktuelles&Produktgruppe=Kaffee', indexFilters);
    expect(pagefindFilters(state)).toEqual({ Bereich: { any: ['Seminar', 'Aktuelles'] }, Produktgruppe: { any: ['Kaffee'] } });
    expect(pagefindFilters(state, 'Bereich')).toEqual({ Produktgruppe: { any: ['Kaffee'] } });
  });
});
