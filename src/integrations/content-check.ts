import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContentAndMedia, formatProblems } from '../lib/content-check';
import { contentDir } from '../lib/content-dir';
import { collections } from '../schemas/registry';

/**
 * Checks all content before Astro loads it, so a build with invalid content fails whole
 * and lists every problem with file and field, not only the first one Astro meets.
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        const root = fileURLToPath(config.root);
        const { problems } = await checkContentAndMedia(contentDir(root), collections, root);
        if (problems.length === 0) return;
        const report = `${problems.length} Problem(e) im Inhalt:\n${formatProblems(problems)}`;
        if (command === 'build') throw new Error(report);
        logger.error(report);
      },
    },
  };
}
