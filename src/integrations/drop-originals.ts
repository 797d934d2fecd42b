import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content-dir';
import { judgeOriginals } from '../lib/quality/published-originals';

/**
 * Removes the untouched copies of uploads from the built site: Vite emits every upload that
 * src/lib/media.ts imports, used or not, with its EXIF, GPS and XMP data. The pages use only
 * the sizes sharp re-encodes. A page that links to an original with metadata fails the build
 * instead of publishing it.
 */
export default function dropOriginals(): AstroIntegration {
  let root = '';
  return {
    name: 'drop-originals',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // Field pictures come from the project's content/media (media.ts), Markdown ones from the built content tree.
        const { drop, leaks } = await judgeOriginals(site, [join(root, 'content', 'media'), join(contentDir(root), 'media')]);
        if (leaks.length) throw new Error(`Hochgeladene Originale mit Metadaten würden veröffentlicht:\n${leaks.join('\n')}`);
        for (const file of drop) rmSync(join(site, file));
        if (drop.length) logger.info(`${drop.length} Original(e) aus content/media/ nicht veröffentlicht.`);
      },
    },
  };
}
