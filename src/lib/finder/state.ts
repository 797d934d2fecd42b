/**
 * Filter state and its URL form, for any facet set (facet-set.ts). Parsing never throws:
 * unknown keys, unknown values and broken encodings are dropped, so any shared or hand-edited
 * link opens a page.
 */

import { facetUrlValue, type FacetSet, type FilterState, type VocabOf } from './facet-set';
import { labelFacets, type FacetKey } from './facets';

export type FinderState = FilterState<FacetKey>;

/** The label finder's allowed values per facet. */
export type FacetVocab = VocabOf<FacetKey>;

export function emptyFilterState<K extends string>(set: FacetSet<K>): FilterState<K> {
  return { q: '', ...Object.fromEntries(set.keys.map((k) => [k, []])) } as FilterState<K>;
}

export function isEmptyFilterState<K extends string>(set: FacetSet<K>, state: FilterState<K>): boolean {
  return state.q === '' && set.keys.every((k) => state[k].length === 0);
}

const MAX_QUERY = 100;

function safeParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}

export function parseFilterState<K extends string>(set: FacetSet<K>, search: string, vocab: VocabOf<K>): FilterState<K> {
  const params = safeParams(search);
  const state = emptyFilterState(set);
  state.q = (params.get(set.queryParam) ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
  for (const key of set.keys) {
    const facet = set.of[key];
    const wanted = new Set(
      params
        .getAll(facet.param)
        .flatMap((v) => v.split(','))
        .map((v) => v.trim()),
    );
    // The German URL value, or the stored key that older links carry.
    (state as Record<K, string[]>)[key] = vocab[key].filter((value) => wanted.has(facetUrlValue(facet, value)) || wanted.has(value));
  }
  return state;
}

/** The query string for a state, with a leading "?" or empty when nothing is chosen. */
export function serializeFilterState<K extends string>(set: FacetSet<K>, state: FilterState<K>, vocab: VocabOf<K>): string {
  const parts: string[] = [];
  if (state.q.trim()) parts.push(`${set.queryParam}=${encodeURIComponent(state.q.trim())}`);
  for (const key of set.keys) {
    const facet = set.of[key];
    const chosen = new Set(state[key]);
    const values = vocab[key].filter((v) => chosen.has(v));
    if (values.length) parts.push(`${facet.param}=${values.map((v) => encodeURIComponent(facetUrlValue(facet, v))).join(',')}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

// The label finder's bindings.
export const emptyState = (): FinderState => emptyFilterState(labelFacets);
export const isEmptyState = (state: FinderState): boolean => isEmptyFilterState(labelFacets, state);
export const parseState = (search: string, vocab: FacetVocab): FinderState => parseFilterState(labelFacets, search, vocab);
export const serializeState = (state: FinderState, vocab: FacetVocab): string => serializeFilterState(labelFacets, state, vocab);
