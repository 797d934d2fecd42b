import type { Award, CompetitionRound } from '../schemas/competition';
import { awardCategories, roundStatuses } from '../vocab/common';
import { nextDay, startOfBerlinDay } from './seminars/dates';

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
      const list = awards.filter((a) => a.category === category).sort((a, b) => (a.place ?? 99) - (b.place ?? 99));
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

export type RoundState = keyof typeof roundStatuses;

const phases = Object.keys(roundStatuses) as RoundState[];

/** The phase the round's dates alone allow at `now`; every day counts in full in Berlin. */
function phaseByDates(round: Pick<CompetitionRound, 'applicationStart' | 'applicationEnd' | 'ceremonyDate'>, now: Date): RoundState {
  const after = (day: string | undefined) => day !== undefined && now >= startOfBerlinDay(nextDay(day));
  if (after(round.ceremonyDate)) return 'completed';
  if (after(round.applicationEnd)) return 'closed';
  if (round.applicationStart && now >= startOfBerlinDay(round.applicationStart)) return 'open';
  return 'announced';
}

/**
 * The round's state at `now`: the later phase of what the editor set and what the dates allow.
 * So an editor can close or complete a round early, but a status „open“ never outlives the end
 * of the application phase, and an announced round opens on its first day by itself.
 */
export function roundStateAt(round: Pick<CompetitionRound, 'status' | 'applicationStart' | 'applicationEnd' | 'ceremonyDate'>, now: Date): RoundState {
  const byDates = phaseByDates(round, now);
  return phases.indexOf(byDates) > phases.indexOf(round.status) ? byDates : round.status;
}
