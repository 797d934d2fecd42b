import { describe, expect, it } from 'vitest';
import { excerptParts, facetGroups, pastLast, resultSummary, toHit } from '../../src/lib/search/results';

describe('search results', () => {
  it('splits an excerpt into text and marked hits without treating indexed text as HTML', () => {
    expect(excerptParts('Die <mark>Netzwerke</mark> &amp; ihre &lt;b&gt;Treffen<img src=x onerror=alert(1)>')).toEqual([
      { text: 'Die ', hit: false },
      { text: 'Netzwerke', hit: true },
      { text: ' & ihre <b>Treffen', hit: false },
    ]);
  });

  it('shapes a result with title, area, date and marked excerpt', () => {
    const hit = toHit({
      url: '/seminare/grundlagen/',
      excerpt: 'Einführung in die <mark>Vergabe</mark>',
      meta: { title: 'Grundlagen der fairen Vergabe', Datum: '12. März 2027' },
      filters: { Bereich: ['Seminar'], Termin: ['Kommend'] },
    });
    expect(hit).toEqual({
      url: '/seminare/grundlagen/',
      title: 'Grundlagen der fairen Vergabe',
      area: 'Seminar',
      date: '12. März 2027',
      past: false,
      excerpt: [
        { text: 'Einführung in die ', hit: false },
        { text: 'Vergabe', hit: true },
      ],
    });
  });

  it('falls back to the address when a page has no title and leaves out missing area and date', () => {
    expect(toHit({ url: '/x/', excerpt: '', meta: {}, filters: {} })).toEqual({ url: '/x/', title: '/x/', past: false, excerpt: [] });
  });

  it('marks a seminar that had taken place at the build as past', () => {
    expect(toHit({ url: '/s/', excerpt: '', meta: { title: 'S' }, filters: { Bereich: ['Seminar'], Termin: ['Vergangen'] } }).past).toBe(true);
  });

  it('moves past seminars behind the other results, keeping the order within both', () => {
    const ids = (list: { id: string }[]) => list.map((r) => r.id);
    const results = ['a', 'p1', 'b', 'p2', 'c'].map((id) => ({ id }));
    expect(ids(pastLast(results, new Set(['p1', 'p2'])))).toEqual(['a', 'b', 'c', 'p1', 'p2']);
    expect(ids(pastLast(results, new Set()))).toEqual(['a', 'p1', 'b', 'p2', 'c']);
  });

  it('offers the area first in site order, then other filters alphabetically, hiding empty values unless ticked', () => {
    const available = {
      Produktgruppe: { Textilien: 4, Kaffee: 3, Baustoffe: 1 },
      Bereich: { Seite: 3, Seminar: 5, Angebot: 8, Gütezeichen: 7 },
      Zielgruppe: { Verwaltung: 2 },
    };
    const counts = {
      Bereich: { Seite: 1, Seminar: 2, Angebot: 0, Gütezeichen: 4 },
      Produktgruppe: { Textilien: 2, Kaffee: 1, Baustoffe: 0 },
      Zielgruppe: {},
    };
    const groups = facetGroups(available, counts, { Bereich: ['Angebot'] });
    expect(groups).toEqual([
      {
        name: 'Bereich',
        values: [
          { value: 'Angebot', count: 0, selected: true },
          { value: 'Gütezeichen', count: 4, selected: false },
          { value: 'Seminar', count: 2, selected: false },
          { value: 'Seite', count: 1, selected: false },
        ],
      },
      {
        name: 'Produktgruppe',
        values: [
          { value: 'Kaffee', count: 1, selected: false },
          { value: 'Textilien', count: 2, selected: false },
        ],
      },
    ]);
  });

  it('keeps a ticked value from the address even if the index does not know it', () => {
    expect(facetGroups({}, {}, { Bereich: ['Archiv'] })).toEqual([{ name: 'Bereich', values: [{ value: 'Archiv', count: 0, selected: true }] }]);
  });

  it('says how many results there are, for what', () => {
    expect(resultSummary(0, 'Xylophon', false)).toBe('Keine Treffer für „Xylophon“.');
    expect(resultSummary(1, 'Kaffee', true)).toBe('1 Treffer für „Kaffee“ mit den gewählten Filtern.');
    expect(resultSummary(1234, '', true)).toBe('1.234 Treffer mit den gewählten Filtern.');
  });
});
