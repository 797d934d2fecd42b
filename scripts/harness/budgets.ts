// Size budgets, gzip level 9. JavaScript and CSS depend on code alone, so tests gate them
// (tests/browser/size-budgets.test.ts); a first visit's total also counts HTML, which grows with
// what editors write, so only the benchmark (bench/page-weight.ts) reports it.
import { routes } from '../../src/lib/routes';

const KB = 1024;

/** First visit, everything included (DESIGN.md): a content page, and the finder with its data. */
export const firstVisitBudget = (path: string): number => (path === routes.labels ? 90 * KB : 60 * KB);

/** The one stylesheet every page loads. */
export const cssBudget = 14 * KB;

/**
 * JavaScript a page loads before any interaction (static imports only; what a click fetches,
 * such as the DOCX library, is not counted). Tools have their own budgets; every other page only
 * enhances server-rendered HTML (seminar states by the visitor's clock, Kriterienkorb buttons).
 */
export function jsBudget(path: string): number {
  const page = path.split('?')[0];
  if (page === routes.kompass) return 60 * KB;
  if (page === routes.assistant() || page === routes.vermerk()) return 40 * KB;
  if (page === routes.labels || page === routes.compare() || page === routes.examples) return 10 * KB;
  if (page === routes.search()) return 10 * KB;
  return 4 * KB;
}
