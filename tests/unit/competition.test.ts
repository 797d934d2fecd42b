import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { awardsByCategory, awardTitle, roundStateAt, roundTotal } from '../../src/lib/competition';
import { competitionRoundSchema, type CompetitionRound } from '../../src/schemas/competition';
import { root } from './helpers';

const round = (year: number): CompetitionRound =>
  competitionRoundSchema.parse(JSON.parse(readFileSync(join(root, 'tests/fixtures/content/competition', `${year}.json`), 'utf8')));

describe('round totals are computed from the awards', () => {
  it.each([
    [2025, 220_000, 13],
    [2023, 250_000, 13],
    [2021, 250_000, 10],
    [2019, 250_000, 10],
    [2017, 250_000, 10],
  ])('%i: %i euros in %i awards', (year, sum, awards) => {
    expect(roundTotal(round(year))).toEqual({ sum, unknown: 0, awards });
  });

  it('counts awards whose amount is not known instead of guessing', () => {
    const total = roundTotal({
      awards: [
        { category: 'overall', place: 1, amount: 4000 },
        { category: 'overall', place: 2 },
      ],
    });
    expect(total).toEqual({ sum: 4000, unknown: 1, awards: 2 });
  });
});

describe('awards', () => {
  it('are grouped by category in vocabulary order, placings sorted', () => {
    const groups = awardsByCategory(round(2025).awards);
    expect(groups.map((g) => g.category)).toEqual(['small', 'medium', 'large', 'special']);
    expect(groups[0].awards.map((a) => a.place)).toEqual([1, 2, 3]);
  });

  it('are titled by place or prize name', () => {
    expect(awardTitle({ category: 'overall', place: 2 })).toBe('2. Platz');
    expect(awardTitle({ category: 'special', prizeName: 'Publikumspreis' })).toBe('Publikumspreis');
  });
});

describe('a round’s state follows its dates', () => {
  // 2027: summer time from 28 March to 31 October, so every day below ends at 22:00 UTC.
  const dated = { applicationStart: '2027-03-31', applicationEnd: '2027-06-30', ceremonyDate: '2027-10-29' };
  const at = (iso: string) => new Date(iso);

  it('an announced round opens at 0:00 Berlin time on its first day', () => {
    const round = { ...dated, status: 'announced' as const };
    expect(roundStateAt(round, at('2027-03-30T21:59:59Z'))).toBe('announced');
    expect(roundStateAt(round, at('2027-03-31T00:00:00+02:00'))).toBe('open');
  });

  it('an open round closes after the whole last application day in Berlin', () => {
    const round = { ...dated, status: 'open' as const };
    expect(roundStateAt(round, at('2027-06-30T23:59:59+02:00'))).toBe('open');
    expect(roundStateAt(round, at('2027-06-30T22:00:00Z'))).toBe('closed');
  });

  it('is completed after the ceremony day, even if the file still says open', () => {
    const round = { ...dated, status: 'open' as const };
    expect(roundStateAt(round, at('2027-10-29T21:59:59Z'))).toBe('closed');
    expect(roundStateAt(round, at('2027-10-29T22:00:00Z'))).toBe('completed');
  });

  it('lets the editor close or complete a round early, never open one that its dates have closed', () => {
    expect(roundStateAt({ ...dated, status: 'closed' }, at('2027-04-15T12:00:00+02:00'))).toBe('closed');
    expect(roundStateAt({ ...dated, status: 'completed' }, at('2027-04-15T12:00:00+02:00'))).toBe('completed');
    expect(roundStateAt({ ...dated, status: 'open' }, at('2027-07-01T12:00:00+02:00'))).toBe('closed');
    expect(roundStateAt({ ...dated, status: 'announced' }, at('2027-07-01T12:00:00+02:00'))).toBe('closed');
  });

  it('without dates keeps what the editor set', () => {
    for (const status of ['announced', 'open', 'closed', 'completed'] as const) {
      expect(roundStateAt({ status }, at('2099-01-01T00:00:00Z'))).toBe(status);
    }
  });
});
