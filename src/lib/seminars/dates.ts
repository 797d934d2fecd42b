/**
 * Date rules of the seminar calendar. Times are stored with an explicit offset and shown in
 * Europe/Berlin; every rule takes "now" as an argument so that the build (build time) and the
 * visitor's browser (visitor's clock) apply the same rules.
 */
import type { SeminarStatus } from '../../vocab/seminars';

export const TIME_ZONE = 'Europe/Berlin';

export interface SeminarTimes {
  start: string;
  end: string;
  status: SeminarStatus;
  registrationDeadline?: string;
}

const dayKey = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' });

const toDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

/** The calendar day in Berlin, YYYY-MM-DD. */
export function berlinDay(instant: Date | string): string {
  return dayKey.format(toDate(instant));
}

/** The month in Berlin, YYYY-MM; used for grouping and the month filter. */
export function berlinMonth(instant: Date | string): string {
  return berlinDay(instant).slice(0, 7);
}

/** Berlin's offset from UTC in minutes at an instant (60 in winter, 120 in summer). */
export function berlinOffsetMinutes(instant: Date): number {
  const name = offsetFormat.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** The instant a Berlin calendar day begins (00:00 local time). */
export function startOfBerlinDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  const utcMidnight = Date.UTC(y, m - 1, d);
  // Two passes: the offset at the first guess may differ from the offset at local midnight.
  let instant = utcMidnight - berlinOffsetMinutes(new Date(utcMidnight)) * 60_000;
  instant = utcMidnight - berlinOffsetMinutes(new Date(instant)) * 60_000;
  return new Date(instant);
}

export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * When registration closes. The deadline day counts in full: registration stays open until
 * 23:59:59 Berlin time on that day, i.e. until 00:00 of the next Berlin day; never later than
 * the start. Without a deadline, registration closes at the start.
 */
export function registrationClosesAt(s: Pick<SeminarTimes, 'start' | 'registrationDeadline'>): Date {
  const start = new Date(s.start);
  if (!s.registrationDeadline) return start;
  const deadlineEnd = startOfBerlinDay(nextDay(s.registrationDeadline));
  return deadlineEnd < start ? deadlineEnd : start;
}

/** A seminar is upcoming until it has ended; a running seminar still counts as upcoming. */
export function isUpcoming(s: Pick<SeminarTimes, 'end'>, now: Date): boolean {
  return now.getTime() < Date.parse(s.end);
}

export type RegistrationState = 'open' | 'waitlist' | 'full' | 'closed' | 'cancelled' | 'ended';

/** The instants a page hands to the browser, so that its script needs no time-zone rules. */
export interface SeminarInstants {
  status: SeminarStatus;
  /** Milliseconds since 1970 when registration closes. */
  closesAt: number;
  /** Milliseconds since 1970 when the seminar ends. */
  endsAt: number;
}

export function seminarInstants(s: SeminarTimes): SeminarInstants {
  return { status: s.status, closesAt: registrationClosesAt(s).getTime(), endsAt: Date.parse(s.end) };
}

/** The one rule for what a visitor can do at `now`; the build and the browser both use it. */
export function stateAt(s: SeminarInstants, now: number): RegistrationState {
  if (s.status === 'cancelled') return 'cancelled';
  if (now >= s.endsAt) return 'ended';
  if (s.status === 'full') return 'full';
  if (now >= s.closesAt) return 'closed';
  return s.status;
}

/** What a visitor can do now: register, join the waiting list, or nothing (and why). */
export function registrationState(s: SeminarTimes, now: Date): RegistrationState {
  return stateAt(seminarInstants(s), now.getTime());
}

/** Upcoming seminars, soonest first. */
export function upcoming<T extends { data: Pick<SeminarTimes, 'start' | 'end'> }>(items: T[], now: Date): T[] {
  return items.filter((i) => isUpcoming(i.data, now)).sort((a, b) => Date.parse(a.data.start) - Date.parse(b.data.start));
}

/** Past seminars, most recent first. */
export function past<T extends { data: Pick<SeminarTimes, 'start' | 'end'> }>(items: T[], now: Date): T[] {
  return items.filter((i) => !isUpcoming(i.data, now)).sort((a, b) => Date.parse(b.data.start) - Date.parse(a.data.start));
}
