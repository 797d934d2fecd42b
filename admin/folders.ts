// Kept apart from config.ts (which needs Vite's import.meta.glob) so the local CMS server reads the same folders.

/** Where uploads go (inside content/, the only folder the CMS writes) and how entries refer to them. */
export const MEDIA_FOLDER = 'content/media';
/** Without a leading slash: Decap treats "/…" as a public URL and would not load the file from the backend for its previews. */
export const PUBLIC_FOLDER = 'media';
