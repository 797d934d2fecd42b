import { resolve } from 'node:path';

/** The content folder; CONTENT_DIR lets tests build the site from a different tree. */
export function contentDir(root: string = process.cwd()): string {
  return resolve(root, process.env.CONTENT_DIR ?? 'content');
}
