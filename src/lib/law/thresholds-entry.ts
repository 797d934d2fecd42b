import { getEntry } from 'astro:content';
import { thresholdsSchema, type Thresholds } from '../../schemas/law';

/** The thresholds and value limits (content/law/thresholds.json); pure functions take them as a parameter. */
export async function getThresholds(): Promise<Thresholds> {
  const entry = await getEntry('law', 'thresholds');
  if (!entry) throw new Error('content/law/thresholds.json fehlt.');
  // The law collection holds files of two shapes; this one was checked against its own schema.
  return thresholdsSchema.parse(entry.data);
}
