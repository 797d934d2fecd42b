import { exampleFacets } from '../../lib/examples/facets';
import type { ExampleRecord } from '../../lib/examples/record';
import { FilterList } from '../finder/filter-list';

/** `<example-finder>`: the practice examples, the shared filter list over the examples' facets. */
class ExampleFinder extends FilterList<(typeof exampleFacets.keys)[number], ExampleRecord> {
  constructor() {
    super({
      set: exampleFacets,
      haystack: (r) => r.text,
      plural: 'Praxisbeispiele',
      none: 'Kein Praxisbeispiel passt zu Ihrer Auswahl. Entfernen Sie einzelne Filter.',
    });
  }
}

if (!customElements.get('example-finder')) customElements.define('example-finder', ExampleFinder);
