import type { ImageMetadata } from 'astro';

/**
 * Pictures uploaded through the CMS live in content/media/ and are referenced as media/<file>.
 * Importing them (instead of serving them from public/) lets astro:assets and sharp make
 * responsive AVIF and WebP sizes.
 */
const uploads = import.meta.glob<{ default: ImageMetadata }>('/content/media/*.{jpg,jpeg,png,webp,avif,JPG,JPEG,PNG,WEBP,AVIF}', { eager: true });

/** The image behind a `media/<file>` reference; a missing file fails the build naming file and field. */
export function uploadedImage(src: string, file: string, field = 'image.src'): ImageMetadata {
  const found = uploads[`/content/${src}`];
  if (!found) throw new Error(`${file}: Feld „${field}“: Die Bilddatei ${src} gibt es nicht in content/media/.`);
  return found.default;
}

/** PDF documents are published as uploaded: Vite emits each under /_astro/ with a content hash. */
const documents = import.meta.glob<string>('/content/media/*.{pdf,PDF}', { eager: true, query: '?url', import: 'default' });

/** The public address of a `media/<file>.pdf` upload; a missing file fails the build naming file and field. */
export function uploadedDocument(src: string, file: string, field: string): string {
  const found = documents[`/content/${src}`];
  if (!found) throw new Error(`${file}: Feld „${field}“: Die Datei ${src} gibt es nicht in content/media/.`);
  return found;
}

/** Widths for srcset: common layout widths below the largest useful one, which is the original's width capped at the largest candidate (never upscaled). */
export function responsiveWidths(original: number, candidates = [320, 480, 640, 960, 1280]): number[] {
  const largest = Math.min(original, candidates[candidates.length - 1]);
  return [...candidates.filter((w) => w < largest), largest];
}
