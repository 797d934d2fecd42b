// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check.ts';
import sitemapAlias from './src/integrations/sitemap-alias.ts';
import pagefindIndex from './src/integrations/pagefind.ts';

// Canonical URLs and the sitemap need the public address; deployments set SITE_URL.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    contentCheck(),
    mdx(),
    sitemap({ filter: (page) => !page.includes('/admin/') && !page.endsWith('/404/') }),
    sitemapAlias(),
    pagefindIndex(),
  ],
  vite: {
    // KERN's sources use Sass features that newer Sass marks as deprecated; they are not ours to fix.
    css: { preprocessorOptions: { scss: { quietDeps: true } } },
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});
