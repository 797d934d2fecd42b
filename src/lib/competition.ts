import type { Award, CompetitionRound } from '../schemas/competition';
import { awardCategories } from '../vocab/common';

export interface RoundTotal {
  /** Sum of all known prize amounts. */
  sum: number;
  /** Awards whose amount is not recorded. */
  unknown: number;
  awards: number;
}

/** The round's prize money, always computed from its awards. */
export function roundTotal(round: Pick<CompetitionRound, 'awards'>): RoundTotal {
  const known = round.awards.filter((a) => a.amount !== undefined);
  return {
    sum: known.reduce((total, a) => total + (a.amount ?? 0), 0),
    unknown: round.awards.length - known.length,
    awards: round.awards.length,
  };
}

const categoryOrder = Object.keys(awardCategories);

/** Awards grouped by category in the vocabulary's order, placings before special prizes. */
export function awardsByCategory(awards: Award[]): { category: keyof typeof awardCategories; label: string; awards: Award[] }[] {
  return categoryOrder
    .map((category) => {
      const list = awards
        .filter((a) => a.category === category)
        .sort((a, b) => (a.place ?? 99) - (b.place ?? 99));
      return { category: category as keyof typeof awardCategories, label: awardCategories[category as keyof typeof awardCategories], awards: list };
    })
    .filter((group) => group.awards.length > 0);
}

export function awardTitle(award: Award): string {
  if (award.prizeName) return award.prizeName;
  return `${award.place}. Platz`;
}

/** Rounds sorted newest first; the first one is the current round. */
export function sortRounds<T extends { data: Pick<CompetitionRound, 'year'> }>(rounds: T[]): T[] {
  return [...rounds].sort((a, b) => b.data.year - a.data.year);
}
