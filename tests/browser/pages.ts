import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { root } from './server';

/** Every HTML page the build made, as URL paths; the CMS app under /admin/ is not a public page. */
export function builtPages(dist = join(root, 'dist')): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = relative(dist, full).split(sep).join('/');
        pages.push(`/${rel.replace(/index\.html$/, '').replace(/\.html$/, '/')}`.replace(/^\/404\/$/, '/404.html'));
      }
    }
  };
  walk(dist);
  return pages.filter((p) => !p.startsWith('/admin/') && !p.startsWith('/pagefind/')).sort();
}
