import type { Plugin } from 'postcss';
import discard from 'postcss-discard';
import pruneVar from 'postcss-prune-var';

/**
 * PostCSS plugins for the site's one stylesheet (src/styles/site.scss, also the CMS preview's),
 * run by Vite (astro.config.mjs). They only leave out what cannot take effect (docs/benchmarks.md):
 * - KERN's theme selectors `[data-kern-theme=…]`, `.kern-dark`, `.kern-light`: nothing on the site
 *   or in the CMS sets them; light and dark come from KERN's `prefers-color-scheme` blocks, which stay.
 * - custom properties that no var() reads, directly or through another custom property. This holds
 *   only because no script and no other stylesheet reads the site's custom properties.
 */
export function cssPrunePlugins(): Plugin[] {
  return [discard({ rule: [/^\[data-kern-theme=/, /^\.kern-(dark|light)$/] }), pruneVar()];
}
