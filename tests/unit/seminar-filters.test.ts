import { describe, expect, it } from 'vitest';
import { countText, endedText, filterToSearch, groupByMonth, matchesFilter, parseFilter } from '../../src/lib/seminars/filters';

describe('filter URL state', () => {
  it('reads known values', () => {
    expect(parseFilter('?thema=textilien&format=online&monat=2027-02')).toEqual({ topic: 'textilien', format: 'online', month: '2027-02' });
  });

  it('round-trips through the URL in a stable order', () => {
    const filter = { month: '2027-02', topic: 'kompass' as const };
    expect(filterToSearch(filter)).toBe('?thema=kompass&monat=2027-02');
    expect(parseFilter(filterToSearch(filter))).toEqual(filter);
    expect(filterToSearch({})).toBe('');
  });

  it.each([
    ['unknown topic', '?thema=schokolade', {}],
    ['prototype key as topic', '?thema=constructor&format=toString', {}],
    ['month 13', '?monat=2027-13', {}],
    ['month without zero', '?monat=2027-2', {}],
    ['month with day', '?monat=2027-02-01', {}],
    ['script in a value', '?thema=%3Cscript%3E&format=%22%3E', {}],
    ['broken percent encoding', '?thema=%E0%A4%A', {}],
    ['empty values', '?thema=&format=&monat=', {}],
    ['upper case key', '?thema=IT', {}],
    ['padding is trimmed', '?thema=%20it%20', { topic: 'it' }],
    ['repeated parameter takes the first', '?format=hybrid&format=online', { format: 'hybrid' }],
    ['other parameters are ignored', '?q=Vergabe&thema=naturstein', { topic: 'naturstein' }],
  ])('ignores what it does not know: %s', (_case, search, expected) => {
    expect(parseFilter(search)).toEqual(expected);
  });

  it('a malformed URL drops only the bad part', () => {
    expect(filterToSearch(parseFilter('?thema=it&monat=2027-99&format=vor-ort'))).toBe('?thema=it');
  });
});

describe('matching and grouping', () => {
  const item = { topics: ['textilien', 'guetezeichen'], format: 'online', month: '2027-02' };

  it('every filter must match; an empty filter matches all', () => {
    expect(matchesFilter(item, {})).toBe(true);
    expect(matchesFilter(item, { topic: 'guetezeichen' })).toBe(true);
    expect(matchesFilter(item, { topic: 'guetezeichen', format: 'praesenz' })).toBe(false);
    expect(matchesFilter(item, { month: '2027-03' })).toBe(false);
    expect(matchesFilter(item, { topic: 'textilien', format: 'online', month: '2027-02' })).toBe(true);
  });

  it('groups consecutive months in order', () => {
    const groups = groupByMonth(['2026-12', '2026-12', '2027-01', '2027-03'], (m) => m);
    expect(groups.map((g) => [g.month, g.items.length])).toEqual([
      ['2026-12', 2],
      ['2027-01', 1],
      ['2027-03', 1],
    ]);
    expect(groupByMonth([], (m: string) => m)).toEqual([]);
  });

  it('counts in German', () => {
    expect(countText(0)).toBe('Keine Seminare gefunden');
    expect(countText(1)).toBe('1 Seminar gefunden');
    expect(countText(7)).toBe('7 Seminare gefunden');
  });

  it('says how many seminars have ended since the build', () => {
    expect(endedText(1)).toBe('Ein Seminar hat seit dem Stand dieser Seite stattgefunden.');
    expect(endedText(2)).toBe('2 Seminare haben seit dem Stand dieser Seite stattgefunden.');
  });
});
