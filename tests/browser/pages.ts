import { join, relative, sep } from 'node:path';
import { htmlFiles } from '../../src/lib/quality/html-files';
import { root } from '../../scripts/harness/server';

/** Every HTML page the build made, as URL paths; the CMS app under /admin/ is not a public page. */
export function builtPages(dist = join(root, 'dist')): string[] {
  return htmlFiles(dist)
    .map((file) => {
      const rel = relative(dist, file).split(sep).join('/');
      return `/${rel.replace(/index\.html$/, '').replace(/\.html$/, '/')}`.replace(/^\/404\/$/, '/404.html');
    })
    .filter((p) => !p.startsWith('/admin/') && !p.startsWith('/pagefind/'))
    .sort();
}
