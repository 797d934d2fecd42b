/**
 * Filters of the seminar list and their URL state (?thema=…&format=…&monat=…).
 * Anything unknown or malformed in the URL is ignored rather than guessed.
 */
import { seminarFormats, seminarTopics, type SeminarFormat, type SeminarTopic } from '../../vocab/seminars';

export interface SeminarFilter {
  topic?: SeminarTopic;
  format?: SeminarFormat;
  month?: string;
}

export interface Filterable {
  topics: readonly string[];
  format: string;
  month: string;
}

export const filterParams = { topic: 'thema', format: 'format', month: 'monat' } as const;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const isKey = <T extends object>(vocab: T, value: string | null | undefined): value is Extract<keyof T, string> =>
  typeof value === 'string' && Object.hasOwn(vocab, value);

export function parseFilter(search: string | URLSearchParams): SeminarFilter {
  let params: URLSearchParams;
  try {
    params = typeof search === 'string' ? new URLSearchParams(search) : search;
  } catch {
    return {};
  }
  const filter: SeminarFilter = {};
  const topic = params.get(filterParams.topic)?.trim();
  const format = params.get(filterParams.format)?.trim();
  const month = params.get(filterParams.month)?.trim();
  if (isKey(seminarTopics, topic)) filter.topic = topic;
  if (isKey(seminarFormats, format)) filter.format = format;
  if (month && MONTH.test(month)) filter.month = month;
  return filter;
}

/** "?thema=it&monat=2027-02", or "" without any filter; the order is stable. */
export function filterToSearch(filter: SeminarFilter): string {
  const params = new URLSearchParams();
  if (filter.topic) params.set(filterParams.topic, filter.topic);
  if (filter.format) params.set(filterParams.format, filter.format);
  if (filter.month) params.set(filterParams.month, filter.month);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function matchesFilter(item: Filterable, filter: SeminarFilter): boolean {
  return (
    (!filter.topic || item.topics.includes(filter.topic)) && (!filter.format || item.format === filter.format) && (!filter.month || item.month === filter.month)
  );
}

export interface MonthGroup<T> {
  month: string;
  items: T[];
}

/** Groups items (already in date order) by month, keeping that order. */
export function groupByMonth<T>(items: T[], monthOf: (item: T) => string): MonthGroup<T>[] {
  const groups: MonthGroup<T>[] = [];
  for (const item of items) {
    const month = monthOf(item);
    const last = groups.at(-1);
    if (last && last.month === month) last.items.push(item);
    else groups.push({ month, items: [item] });
  }
  return groups;
}

/** "Keine Seminare gefunden", "1 Seminar gefunden", "3 Seminare gefunden". */
export function countText(n: number): string {
  if (n === 0) return 'Keine Seminare gefunden';
  return `${n} ${n === 1 ? 'Seminar' : 'Seminare'} gefunden`;
}

/** The note above a list when seminars have ended since the page was built (n ≥ 1). */
export function endedText(n: number): string {
  return n === 1 ? 'Ein Seminar hat seit dem Stand dieser Seite stattgefunden.' : `${n} Seminare haben seit dem Stand dieser Seite stattgefunden.`;
}
