import { getCollection, type CollectionEntry } from 'astro:content';
import { buildTime } from '../now';
import { resolve } from 'node:path';
import { past, upcoming } from './dates';
import { fileHistory } from './history';
import { revisionOf, type Revision } from './revision';

export type SeminarEntry = CollectionEntry<'seminars'>;

export async function getSeminars(): Promise<SeminarEntry[]> {
  return getCollection('seminars');
}

export async function getUpcomingSeminars(now = buildTime): Promise<SeminarEntry[]> {
  return upcoming(await getSeminars(), now);
}

export async function getPastSeminars(now = buildTime): Promise<SeminarEntry[]> {
  return past(await getSeminars(), now);
}

/** The entry's revisions from its file's git history, for the calendar (SEQUENCE, DTSTAMP). */
export function seminarRevision(entry: SeminarEntry): Revision {
  const history = entry.filePath ? fileHistory(resolve(entry.filePath)) : { commits: [] };
  return revisionOf(history, buildTime, entry.data.status === 'cancelled');
}

/** Seminars as the calendar files take them. */
export function calendarEntries(entries: SeminarEntry[]): { id: string; data: SeminarEntry['data']; revision: Revision }[] {
  return entries.map((entry) => ({ id: entry.id, data: entry.data, revision: seminarRevision(entry) }));
}
