import { getEntry } from 'astro:content';
import type { Settings } from '../schemas/settings';

export async function getSettings(): Promise<Settings> {
  const entry = await getEntry('settings', 'site');
  if (!entry) throw new Error('content/settings/site.json fehlt.');
  return entry.data;
}
