import { labelHaystack } from '../../lib/finder/engine';
import { labelFacets, type FacetKey } from '../../lib/finder/facets';
import type { FinderRecord } from '../../lib/finder/record';
import { FilterList } from '../finder/filter-list';

/** `<label-finder>`: the label finder, the shared filter list over the labels' facets. */
class LabelFinder extends FilterList<FacetKey, FinderRecord> {
  constructor() {
    super({
      set: labelFacets,
      haystack: labelHaystack,
      plural: 'Gütezeichen',
      none: 'Kein Gütezeichen passt zu Ihrer Auswahl. Entfernen Sie einzelne Filter.',
    });
  }
}

if (!customElements.get('label-finder')) customElements.define('label-finder', LabelFinder);
