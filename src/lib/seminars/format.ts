import { formatDate } from '../format';
import { TIME_ZONE, berlinDay } from './dates';

const longDate = new Intl.DateTimeFormat('de-DE', { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' });
const weekdayDate = new Intl.DateTimeFormat('de-DE', { timeZone: TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const time = new Intl.DateTimeFormat('de-DE', { timeZone: TIME_ZONE, hour: 'numeric', minute: '2-digit' });
const monthName = new Intl.DateTimeFormat('de-DE', { timeZone: 'UTC', month: 'long', year: 'numeric' });

/** "10. Februar 2027" (Berlin calendar day of an instant). */
export function formatBerlinDate(instant: string | Date): string {
  return longDate.format(new Date(instant));
}

/** "9:00" in Berlin time. */
export function formatBerlinTime(instant: string | Date): string {
  return time.format(new Date(instant));
}

/**
 * "Mittwoch, 10. Februar 2027, 9:00 bis 12:30 Uhr"; over several days
 * "Donnerstag, 27. Mai 2027, 10:00 Uhr, bis Freitag, 28. Mai 2027, 14:00 Uhr".
 */
export function formatSeminarWhen(start: string, end: string): string {
  if (berlinDay(start) === berlinDay(end)) {
    return `${weekdayDate.format(new Date(start))}, ${formatBerlinTime(start)} bis ${formatBerlinTime(end)} Uhr`;
  }
  return `${weekdayDate.format(new Date(start))}, ${formatBerlinTime(start)} Uhr, bis ${weekdayDate.format(new Date(end))}, ${formatBerlinTime(end)} Uhr`;
}

/** "2027-02" → "Februar 2027". */
export function formatMonth(month: string): string {
  return monthName.format(new Date(`${month}-01T12:00:00Z`));
}

/** The last day to register: "3. Februar 2027", or "bis zum Beginn am …" without a deadline. */
export function deadlineDay(s: { start: string; registrationDeadline?: string }): string {
  return s.registrationDeadline ? formatDate(s.registrationDeadline) : `bis zum Beginn am ${formatBerlinDate(s.start)}`;
}

/** The text shown next to every registration call to action, so a visitor can judge it without JavaScript. */
export function deadlineText(s: { start: string; registrationDeadline?: string }): string {
  return s.registrationDeadline ? `Anmeldung bis ${formatDate(s.registrationDeadline)}` : `Anmeldung bis zum Beginn am ${formatBerlinDate(s.start)}`;
}
