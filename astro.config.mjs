// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { securityCsp } from './scripts/security-headers.ts';
import contentCheck from './src/integrations/content-check.ts';
import releaseGate from './src/integrations/release-gate.ts';
import securityHeaders from './src/integrations/security-headers.ts';
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
    releaseGate(),
    mdx(),
    sitemap({ filter: (page) => !page.includes('/admin/') && !page.endsWith('/404/') }),
    sitemapAlias(),
    pagefindIndex(),
    securityHeaders(),
  ],
  // Hashes of every script and style Astro emits, as a <meta> policy; header-only parts in dist/_headers.
  security: { csp: securityCsp },
  vite: {
    // KERN's sources use Sass features that newer Sass marks as deprecated; they are not ours to fix.
    css: { preprocessorOptions: { scss: { quietDeps: true } } },
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});
