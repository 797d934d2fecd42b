import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { adminMetaCsp, renderHeadersFile } from '../lib/security-policy';
import { htmlFiles } from '../lib/quality/html-files';

const CSP_META = /<meta http-equiv="content-security-policy"[^>]*>/gi;
const HEAD_START = /<head(\s[^>]*)?>/i;
const CHARSET_META = /<meta charset=[^>]*>/i;
const ADMIN_META = `<meta http-equiv="content-security-policy" content="${adminMetaCsp.replaceAll('"', '&quot;')}">`;

/**
 * The CMS page with the admin policy as its only meta policy, placed at the top of <head> (after
 * the charset) so that it covers every script and style after it. A page without <head> is left alone.
 */
export function withAdminPolicy(html: string): string {
  if (!HEAD_START.test(html)) return html;
  const without = html.replace(CSP_META, '');
  const anchor = CHARSET_META.test(without) ? CHARSET_META : HEAD_START;
  return without.replace(anchor, (tag) => `${tag}${ADMIN_META}`);
}

/**
 * After the build: writes dist/_headers from src/lib/security-policy.ts, and replaces Astro's
 * hash-based meta policy on the CMS under /admin/ with the admin policy. Decap inserts styles and
 * compiles code at runtime, which no hash can allow. The meta copy matters on hosts that ignore
 * _headers (GitHub Pages): without it the CMS would run under no policy at all.
 */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        writeFileSync(join(dist, '_headers'), renderHeadersFile());
        let replaced = 0;
        for (const file of htmlFiles(join(dist, 'admin'))) {
          const html = readFileSync(file, 'utf8');
          const changed = withAdminPolicy(html);
          if (changed !== html) {
            writeFileSync(file, changed);
            replaced++;
          }
        }
        logger.info(`_headers geschrieben${replaced ? `; CMS-Richtlinie als Meta-CSP in ${replaced} CMS-Seite(n)` : ''}.`);
      },
    },
  };
}
