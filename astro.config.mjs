// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig, envField } from 'astro/config';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { contentDir } from './src/lib/content-dir.ts';
import { sitemapDates } from './src/lib/last-modified.ts';
import { publicSiteUrl } from './src/lib/release.ts';
import { collections } from './src/schemas/registry.ts';
import { securityCsp } from './src/lib/security-policy.ts';
import contentCheck from './src/integrations/content-check.ts';
import dropOriginals from './src/integrations/drop-originals.ts';
import releaseGate from './src/integrations/release-gate.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { remarkMediaUrls } from './src/lib/markdown/media-urls.ts';
import { markdownSanitizeSchema } from './src/lib/markdown/sanitize-schema.ts';
import sitemapAlias from './src/integrations/sitemap-alias.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import { cssPrunePlugins } from './src/lib/css-prune.ts';

// Canonical URLs and the sitemap need the public address; deployments set SITE_URL (required for production).
const site = publicSiteUrl();
const pageDates = sitemapDates(contentDir(), collections);

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    contentCheck(),
    releaseGate(),
    mdx(),
    sitemap({
      filter: (page) => !page.includes('/admin/') && !page.endsWith('/404/'),
      // lastmod: when the entry behind the page last changed in git (src/lib/last-modified.ts).
      serialize: (item) => {
        const changed = pageDates.get(new URL(item.url).pathname);
        return changed ? { ...item, lastmod: changed.toISOString() } : item;
      },
    }),
    sitemapAlias(),
    dropOriginals(),
    pagefindIndex(),
    securityHeaders(),
  ],
  // Body images written as media/<file> (as the CMS inserts them) resolve to content/media/.
  // Raw HTML in Markdown bodies is parsed, then cut down to the allowlist before Astro adds
  // heading ids and image handling (those run after these plugins, so their output stays).
  // The content check lists what this removes (src/lib/quality/markdown-html.ts).
  markdown: {
    processor: unified({ remarkPlugins: [remarkMediaUrls], rehypePlugins: [rehypeRaw, [rehypeSanitize, markdownSanitizeSchema]] }),
  },
  // Hashes of every script and style Astro emits, as a <meta> policy; header-only parts in dist/_headers.
  security: { csp: securityCsp },
  vite: {
    // KERN's sources use Sass features that newer Sass marks as deprecated; they are not ours to fix.
    css: {
      preprocessorOptions: { scss: { quietDeps: true } },
      // Leaves out KERN's unused theme selectors and custom properties (src/lib/css-prune.ts).
      postcss: { plugins: cssPrunePlugins() },
    },
  },
  // The build's environment, typed: a wrong value stops the build and names the variable
  // (docs/deploy.md, docs/cms.md). src/lib reads the first three itself, since scripts use it too.
  env: {
    schema: {
      SITE_URL: envField.string({ context: 'server', access: 'public', optional: true, url: true }),
      SITE_ENV: envField.enum({ context: 'server', access: 'public', optional: true, values: ['production', 'preview'] }),
      BUILD_NOW: envField.string({ context: 'server', access: 'public', optional: true }),
      CMS_BACKEND: envField.enum({
        context: 'server',
        access: 'public',
        default: 'git-gateway',
        values: ['git-gateway', 'github', 'gitlab', 'gitea', 'forgejo'],
      }),
      CMS_REPO: envField.string({ context: 'server', access: 'public', optional: true }),
      CMS_BRANCH: envField.string({ context: 'server', access: 'public', default: 'main' }),
      CMS_AUTH_BASE_URL: envField.string({ context: 'server', access: 'public', optional: true, url: true }),
      CMS_AUTH_ENDPOINT: envField.string({ context: 'server', access: 'public', optional: true }),
      CMS_GIT_URL: envField.string({ context: 'server', access: 'public', optional: true, url: true }),
      CMS_APP_ID: envField.string({ context: 'server', access: 'public', optional: true }),
      CMS_EDITORIAL_WORKFLOW: envField.boolean({ context: 'server', access: 'public', default: false }),
      DECAP_SERVER_PORT: envField.number({ context: 'server', access: 'public', default: 8081, int: true, gt: 0, lt: 65536 }),
    },
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});
