import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { htmlFiles } from '../lib/quality/html-files';
import { routes } from '../lib/routes';
import { spacedForIndex } from '../lib/search/index-html';
import { indexedText, vocabulary } from '../lib/search/suggest';

interface PagefindResponse {
  errors: string[];
}

/** Pagefind reports problems in `errors` instead of rejecting; any of them must fail the build. */
function assertNoErrors<T extends PagefindResponse>(step: string, response: T, logger: AstroIntegrationLogger): T {
  if (response.errors.length === 0) return response;
  for (const error of response.errors) logger.error(`${step}: ${error}`);
  throw new Error(`Pagefind ist beim Schritt „${step}“ gescheitert: ${response.errors.join('; ')}`);
}

/**
 * Builds the search index in dist/pagefind/ after every build, through Pagefind's Node API,
 * so `npm run build` alone gives a searchable site. Which parts of a page are indexed is
 * decided in the HTML (data-pagefind-body in BaseLayout), not here. Next to it goes the list of
 * the indexed words the search page suggests from ("Meinten Sie …?").
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        // When Pagefind's service process dies (it panics, e.g. if dist/pagefind is a file), its
        // Node API never settles; Node then ends with code 0 and no index. This turns that into a failure.
        let finished = false;
        const unfinished = () => {
          if (finished) return;
          logger.error('Pagefind hat nicht geantwortet; der Index fehlt oder ist unvollständig.');
          process.exitCode = 1;
        };
        process.once('exit', unfinished);
        try {
          const { index } = assertNoErrors('Index anlegen', await pagefind.createIndex({}), logger);
          if (!index) throw new Error('Pagefind hat keinen Index angelegt.');
          const out = fileURLToPath(dir);
          const pages = htmlFiles(out).map((file) => ({
            sourcePath: relative(out, file).split(sep).join('/'),
            content: spacedForIndex(readFileSync(file, 'utf8')),
          }));
          // Each page goes in with the spaces its layout shows (spacedForIndex), not as Astro wrote it.
          for (const page of pages) assertNoErrors(`Seite ${page.sourcePath} lesen`, await index.addHTMLFile(page), logger);
          // As soon as one page marks its body, Pagefind leaves out the pages that mark none.
          const indexed = pages.filter((page) => page.content.includes('data-pagefind-body')).length;
          if (indexed === 0) throw new Error('Pagefind hat keine Seite mit data-pagefind-body gefunden.');
          assertNoErrors('Index schreiben', await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) }), logger);
          const words = vocabulary(pages.map((page) => indexedText(page.content)));
          const wordsFile = join(out, routes.searchWords);
          mkdirSync(dirname(wordsFile), { recursive: true });
          writeFileSync(wordsFile, `${JSON.stringify(words)}\n`);
          logger.info(
            `${pages.length} HTML-Dateien gelesen, ${indexed} davon indexiert, Index in ${Math.round(performance.now() - started)} ms geschrieben; ${words.length} Wörter für Vorschläge.`,
          );
        } finally {
          finished = true;
          process.off('exit', unfinished);
          await pagefind.close();
        }
      },
    },
  };
}
