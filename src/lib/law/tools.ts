import { getEntry } from 'astro:content';
import { toolsSchema, type Tools } from '../../schemas/law';

/** The linked procurement tools (content/law/tools.json); pure functions take them as a parameter. */
export async function getTools(): Promise<Tools> {
  const entry = await getEntry('law', 'tools');
  if (!entry) throw new Error('content/law/tools.json fehlt.');
  // The law collection holds files of several shapes; this one was checked against its own schema.
  return toolsSchema.parse(entry.data);
}
