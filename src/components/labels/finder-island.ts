import { labelHaystack } from '../../lib/finder/engine';
import { labelFacets } from '../../lib/finder/facets';
import type { FinderRecord } from '../../lib/finder/record';
import { startFilterList } from '../finder/filter-island';

/** The label finder: the shared filter list over the labels' facets. */
export function startFinder(root: Document = document): void {
  startFilterList<(typeof labelFacets.keys)[number], FinderRecord>(
    {
      set: labelFacets,
      haystack: labelHaystack,
      plural: 'Gütezeichen',
      none: 'Kein Gütezeichen passt zu Ihrer Auswahl. Entfernen Sie einzelne Filter.',
      dataId: 'finder-data',
    },
    root,
  );
}
