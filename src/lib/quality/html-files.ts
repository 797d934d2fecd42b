import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every regular file below a folder (none if the folder does not exist). */
export function filesBelow(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? filesBelow(full) : entry.isFile() ? [full] : [];
  });
}

/** Every HTML file below a folder (none if the folder does not exist). */
export function htmlFiles(dir: string): string[] {
  return filesBelow(dir).filter((file) => file.endsWith('.html'));
}
