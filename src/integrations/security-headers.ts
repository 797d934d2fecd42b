import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { renderHeadersFile } from '../../scripts/security-headers';

const CSP_META = /<meta http-equiv="content-security-policy"[^>]*>/gi;

function htmlFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/**
 * After the build: writes dist/_headers from scripts/security-headers.ts, and removes Astro's
 * hash-based meta policy from the CMS under /admin/. Decap inserts styles and compiles code at
 * runtime, which no hash can allow; the CMS gets its own header policy instead.
 */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        writeFileSync(join(dist, '_headers'), renderHeadersFile());
        let stripped = 0;
        for (const file of htmlFiles(join(dist, 'admin'))) {
          const html = readFileSync(file, 'utf8');
          const without = html.replace(CSP_META, '');
          if (without !== html) {
            writeFileSync(file, without);
            stripped++;
          }
        }
        logger.info(`_headers geschrieben${stripped ? `; Meta-CSP aus ${stripped} CMS-Seite(n) entfernt` : ''}.`);
      },
    },
  };
}
