import { getCollection, type CollectionEntry } from 'astro:content';

/** News items, newest first. */
export async function getNews(): Promise<CollectionEntry<'news'>[]> {
  return (await getCollection('news')).sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}
