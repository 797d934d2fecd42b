import { getEntry } from 'astro:content';
import { normsSchema, type Norms } from '../../schemas/law';

/** The cited paragraphs (content/law/norms.json); pure functions take them as a parameter. */
export async function getNorms(): Promise<Norms> {
  const entry = await getEntry('law', 'norms');
  if (!entry) throw new Error('content/law/norms.json fehlt.');
  // The law collection holds files of two shapes; this one was checked against its own schema.
  return normsSchema.parse(entry.data);
}
