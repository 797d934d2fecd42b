import type { ContentEntry, ContentProblem } from '../content-check';
import { formatDate } from '../format';
import { isStale, STAND_MAX_MONTHS } from '../law/stand';
import { routes } from '../routes';
import type { StateEntry } from '../../schemas/state';

/**
 * Länder pages whose „Stand“ is older than twelve months at `now`: each page shows a notice
 * that it may be outdated, and the release check lists them for the editors (it does not block:
 * an old but sourced entry is better than none).
 */
export function staleStatePages(entries: readonly ContentEntry[], now: Date, display: (file: string) => string = (f) => f): ContentProblem[] {
  return entries
    .filter((e) => e.collection === 'states' && isStale((e.data as StateEntry).asOf, now))
    .map((e) => ({
      file: display(e.file),
      field: 'asOf',
      message: `Stand ${formatDate((e.data as StateEntry).asOf)} ist älter als ${STAND_MAX_MONTHS} Monate; die Seite ${routes.state(e.id)} zeigt den Hinweis „Möglicherweise veraltet“. Angaben an den Quellen prüfen und den Stand erneuern.`,
    }));
}
