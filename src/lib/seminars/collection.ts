import { getCollection, type CollectionEntry } from 'astro:content';
import { past, upcoming } from './dates';

export type SeminarEntry = CollectionEntry<'seminars'>;

/**
 * "Now" for everything rendered at build time, taken once so that every page of one build
 * agrees. The pages show it as "Stand", and the browser re-checks with the visitor's clock.
 */
export const buildTime = new Date();

export async function getSeminars(): Promise<SeminarEntry[]> {
  return getCollection('seminars');
}

export async function getUpcomingSeminars(now = buildTime): Promise<SeminarEntry[]> {
  return upcoming(await getSeminars(), now);
}

export async function getPastSeminars(now = buildTime): Promise<SeminarEntry[]> {
  return past(await getSeminars(), now);
}
