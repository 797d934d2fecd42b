import { getCollection } from 'astro:content';
import type { Example } from '../../schemas/example';

export interface ExampleItem {
  slug: string;
  data: Example;
}

/** Newest first, then by municipality and title (German collation). */
export async function loadExamples(): Promise<ExampleItem[]> {
  const collator = new Intl.Collator('de');
  return (await getCollection('examples'))
    .map((e) => ({ slug: e.id, data: e.data }))
    .sort((a, b) => b.data.year - a.data.year || collator.compare(a.data.municipality, b.data.municipality) || collator.compare(a.data.title, b.data.title));
}
