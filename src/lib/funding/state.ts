/**
 * What a funding programme's page says about applying, at a given instant. The editorial status
 * can pause or close a programme; only the deadline decides whether an open one is still open.
 */
import type { Funding } from '../../schemas/funding';
import { nextDay, startOfBerlinDay } from '../seminars/dates';

export type FundingState = 'open' | 'paused' | 'closed';

/** The deadline day counts in full: applications are possible until 24:00 Berlin time. */
export function deadlineEndsAt(deadline: string): Date {
  return startOfBerlinDay(nextDay(deadline));
}

export function fundingStateAt(f: Pick<Funding, 'status' | 'deadline'>, now: Date): FundingState {
  if (f.status !== 'open') return f.status;
  if (f.deadline && now >= deadlineEndsAt(f.deadline)) return 'closed';
  return 'open';
}
