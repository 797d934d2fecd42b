/**
 * What every faceted list (the label finder, the practice examples) declares once: its facets
 * with German URL parameters, their match semantics and the text-search parameter. The engine
 * (engine.ts), the URL state (state.ts), the island and the filter form read a facet set and
 * nothing list-specific.
 */

/** `any`: a record matches when it has at least one chosen value (OR); `all`: every chosen value (AND). */
export type FacetMatch = 'any' | 'all';

/** The hint next to a facet's legend, derived from its semantics so the two cannot disagree. */
export const matchHints: Record<FacetMatch, string> = {
  any: 'Mindestens eine der gewählten',
  all: 'Alle gewählten',
};

export interface Facet<K extends string = string> {
  key: K;
  /** German URL parameter. */
  param: string;
  legend: string;
  match: FacetMatch;
  /** URL value per stored key; without it the stored key (a collection slug, a year) is the URL value. */
  urlValues?: Readonly<Record<string, string>>;
}

export interface FacetSet<K extends string = string> {
  /** In URL order: the canonical address lists the parameters in this order. */
  facets: readonly Facet<K>[];
  keys: readonly K[];
  of: Readonly<Record<K, Facet<K>>>;
  /** URL parameter of the text search. */
  queryParam: string;
}

export function defineFacetSet<const F extends readonly Facet[]>(facets: F, queryParam: string): FacetSet<F[number]['key']> {
  type K = F[number]['key'];
  return {
    facets: facets,
    keys: facets.map((f) => f.key as K),
    of: Object.fromEntries(facets.map((f) => [f.key, f])) as Record<K, Facet<K>>,
    queryParam,
  };
}

/** A filter state: the text query and the chosen stored keys per facet. */
export type FilterState<K extends string> = { q: string } & Record<K, string[]>;

/** Allowed values per facet, in display order; the URL keeps that order. */
export type VocabOf<K extends string> = Record<K, readonly string[]>;

/** A record the engine filters: one value or a list of values per facet. */
export type FacetRecord<K extends string> = Record<K, string | readonly string[]>;

/** The value written to the address for a stored key. */
export function facetUrlValue(facet: Facet, value: string): string {
  return facet.urlValues?.[value] ?? value;
}
