import { getEntry } from 'astro:content';
import type { Contact } from '../../schemas/contact';

/** A referenced contact; the build stops with the file name if it is missing. */
export async function loadContact(id: string): Promise<Contact> {
  const entry = await getEntry('contacts', id);
  if (!entry) throw new Error(`Kontakt „${id}“ nicht gefunden (content/contacts/${id}.json).`);
  return entry.data;
}
