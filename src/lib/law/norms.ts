import { getEntry } from 'astro:content';
import type { Norms } from '../../schemas/law';

/** The cited paragraphs (content/law/norms.json); pure functions take them as a parameter. */
export async function getNorms(): Promise<Norms> {
  const entry = await getEntry('law', 'norms');
  if (!entry) throw new Error('content/law/norms.json fehlt.');
  return entry.data;
}
