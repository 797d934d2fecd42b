import type { Example } from '../../schemas/example';
import { exampleKinds, placements, procedureTypes, sizeClasses } from '../../vocab/examples';
import { cpvSearchText } from '../cpv';
import type { VocabOf } from '../finder/facet-set';
import type { ExampleFacetKey } from './facets';

/** The compact shape the examples list filters, embedded in the page. */
export interface ExampleRecord {
  slug: string;
  /** Title, municipality, product and CPV codes: what the text search matches. */
  text: string;
  kind: string;
  state: string;
  sizeClass: string;
  groups: string[];
  year: string;
  procedure: string;
  placement: string[];
  labels: string[];
}

/** `groupCpv`: the CPV codes of each product group, so a group's code finds its examples too. */
export function toExampleRecord(slug: string, e: Example, groupCpv: Readonly<Record<string, readonly string[]>> = {}): ExampleRecord {
  const codes = [...(e.cpv ?? []), ...e.productGroups.flatMap((g) => groupCpv[g] ?? [])];
  return {
    slug,
    text: [e.title, e.municipality, e.product ?? '', cpvSearchText(codes)].filter(Boolean).join(' '),
    kind: e.kind,
    state: e.state,
    sizeClass: e.sizeClass,
    groups: e.productGroups,
    year: String(e.year),
    procedure: e.procedure,
    placement: e.placement,
    labels: e.labels,
  };
}

/** Display text per facet value; states, groups and labels come from their collections. */
export function exampleFacetNames(names: {
  states: Record<string, string>;
  groups: Record<string, string>;
  labels: Record<string, string>;
}): Record<ExampleFacetKey, Readonly<Record<string, string>>> {
  return {
    kind: exampleKinds,
    state: names.states,
    sizeClass: sizeClasses,
    groups: names.groups,
    year: {},
    procedure: procedureTypes,
    placement: placements,
    labels: names.labels,
  };
}

/**
 * The values each facet offers. Vocabularies in their order; states and groups in collection
 * order; years newest first and labels by name, both only as far as some example has them.
 */
export function exampleVocab(
  records: readonly ExampleRecord[],
  order: { states: readonly string[]; groups: readonly string[]; labels: readonly string[] },
): VocabOf<ExampleFacetKey> {
  const used = (pick: (r: ExampleRecord) => string | readonly string[]) => new Set(records.flatMap((r) => [pick(r)].flat()));
  const years = [...used((r) => r.year)].sort((a, b) => Number(b) - Number(a));
  const labels = used((r) => r.labels);
  return {
    kind: Object.keys(exampleKinds),
    state: order.states,
    sizeClass: Object.keys(sizeClasses),
    groups: order.groups,
    year: years,
    procedure: Object.keys(procedureTypes),
    placement: Object.keys(placements),
    labels: order.labels.filter((l) => labels.has(l)),
  };
}
