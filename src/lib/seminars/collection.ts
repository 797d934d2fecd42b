import { getCollection, type CollectionEntry } from 'astro:content';
import { buildTime } from '../now';
import { past, upcoming } from './dates';

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
