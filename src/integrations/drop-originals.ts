import { rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content-dir';
import { filesNaming, publishedOriginals } from '../lib/quality/published-originals';

/**
 * Removes the untouched copies of uploads from the built site: Vite emits every upload that
 * src/lib/media.ts imports, used or not, with its EXIF, GPS and XMP data. The pages use only
 * the sizes sharp re-encodes. A page that links to an original fails the build instead of
 * publishing it.
 */
export default function dropOriginals(): AstroIntegration {
  let root = '';
  return {
    name: 'drop-originals',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // Field pictures come from the project's content/media (media.ts), Markdown ones from the built content tree.
        const copies = publishedOriginals(site, [join(root, 'content', 'media'), join(contentDir(root), 'media')]);
        const linked = copies.flatMap((c) => filesNaming(site, basename(c.file)).map((page) => `${page} verweist auf das Original von media/${c.upload}`));
        if (linked.length) throw new Error(`Hochgeladene Originale würden veröffentlicht:\n${linked.join('\n')}`);
        for (const copy of copies) rmSync(join(site, copy.file));
        if (copies.length) logger.info(`${copies.length} Original(e) aus content/media/ nicht veröffentlicht.`);
      },
    },
  };
}
