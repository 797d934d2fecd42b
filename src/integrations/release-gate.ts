import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblems } from '../lib/content-check';
import { contentDir } from '../lib/content-dir';
import { buildTime } from '../lib/now';
import { findPlaceholders, placeholderProblems } from '../lib/quality/placeholders';
import { staleStatePages } from '../lib/quality/stale-stand';
import { isProductionBuild } from '../lib/release';
import { collections } from '../schemas/registry';

/**
 * A production build (SITE_ENV=production) with placeholders fails, listing each with file and
 * field; so a site with sample content cannot go live even if the release check was skipped.
 * Länder pages with an old „Stand“ are listed as a warning.
 */
export default function releaseGate(): AstroIntegration {
  return {
    name: 'release-gate',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' || !isProductionBuild()) return;
        const root = fileURLToPath(config.root);
        const { entries } = checkContent(contentDir(root), collections, root);
        const stale = staleStatePages(entries, buildTime, (f) => relative(root, f));
        if (stale.length) logger.warn(`${stale.length} Länderseite(n) mit altem Stand (Hinweis auf der Seite):\n${formatProblems(stale)}`);
        const problems = placeholderProblems(findPlaceholders(entries, (f) => relative(root, f)));
        if (problems.length === 0) return;
        throw new Error(
          `Produktions-Build (SITE_ENV=production) abgebrochen: ${problems.length} Platzhalter dürfen nicht veröffentlicht werden.\n${formatProblems(problems)}`,
        );
      },
    },
  };
}
