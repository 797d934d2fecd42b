import { getCollection, type CollectionEntry } from 'astro:content';
import type { Seminar } from '../../schemas/seminar';
import { past, upcoming } from './dates';

/**
 * A seminar entry with its parsed data. The collections are built from the registry's generic
 * schema list, so Astro types `data` as unknown; the schema already checked it.
 */
export type SeminarEntry = Omit<CollectionEntry<'seminars'>, 'data'> & { data: Seminar };

/**
 * "Now" for everything rendered at build time, taken once so that every page of one build
 * agrees. The pages show it as "Stand", and the browser re-checks with the visitor's clock.
 */
export const buildTime = new Date();

export async function getSeminars(): Promise<SeminarEntry[]> {
  return (await getCollection('seminars')) as SeminarEntry[];
}

export async function getUpcomingSeminars(now = buildTime): Promise<SeminarEntry[]> {
  return upcoming(await getSeminars(), now);
}

export async function getPastSeminars(now = buildTime): Promise<SeminarEntry[]> {
  return past(await getSeminars(), now);
}
