import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { awardsByCategory, awardTitle, roundTotal } from '../../src/lib/competition';
import { competitionRoundSchema, type CompetitionRound } from '../../src/schemas/competition';
import { root } from './helpers';

const round = (year: number): CompetitionRound =>
  competitionRoundSchema.parse(JSON.parse(readFileSync(join(root, 'content/competition', `${year}.json`), 'utf8')));

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
    const total = roundTotal({ awards: [{ category: 'overall', place: 1, amount: 4000 }, { category: 'overall', place: 2 }] });
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
