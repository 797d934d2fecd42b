import { copyFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * @astrojs/sitemap writes sitemap-index.xml; crawlers and people also look for /sitemap.xml.
 * Publish the same index under that name too (a sitemap index is valid at any address).
 */
export default function sitemapAlias(): AstroIntegration {
  return {
    name: 'sitemap-alias',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const index = fileURLToPath(new URL('sitemap-index.xml', dir));
        if (!existsSync(index)) throw new Error('sitemap-index.xml fehlt: Die Sitemap-Integration muss vor sitemap-alias laufen.');
        copyFileSync(index, fileURLToPath(new URL('sitemap.xml', dir)));
        logger.info('sitemap.xml geschrieben');
      },
    },
  };
}
