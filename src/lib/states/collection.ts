import { getCollection } from 'astro:content';
import type { StateEntry } from '../../schemas/state';

export interface StateItem {
  slug: string;
  data: StateEntry;
}

/** The Länder by name (German collation). */
export async function loadStates(): Promise<StateItem[]> {
  const collator = new Intl.Collator('de');
  return (await getCollection('states')).map((e) => ({ slug: e.id, data: e.data })).sort((a, b) => collator.compare(a.data.name, b.data.name));
}

export function stateNames(states: readonly StateItem[]): Record<string, string> {
  return Object.fromEntries(states.map((s) => [s.slug, s.data.name]));
}
