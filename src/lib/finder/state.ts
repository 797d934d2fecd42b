/**
 * The finder's filter state and its URL form. Parsing never throws: unknown keys, unknown
 * values and broken encodings are dropped, so any shared or hand-edited link opens a page.
 */

import { FINDER_QUERY_PARAM, facetKeys, facetOf, urlValue, type FacetKey } from './facets';

export interface FinderState {
  q: string;
  groups: string[];
  criteria: string[];
  verification: string[];
  labelType: string[];
  focus: string[];
  rating: string[];
}

/** Allowed values per facet, in display order; the URL keeps that order. */
export type FacetVocab = Record<FacetKey, readonly string[]>;

export function emptyState(): FinderState {
  return { q: '', groups: [], criteria: [], verification: [], labelType: [], focus: [], rating: [] };
}

export function isEmptyState(state: FinderState): boolean {
  return state.q === '' && facetKeys.every((k) => state[k].length === 0);
}

const MAX_QUERY = 100;

function safeParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}

export function parseState(search: string, vocab: FacetVocab): FinderState {
  const params = safeParams(search);
  const state = emptyState();
  state.q = (params.get(FINDER_QUERY_PARAM) ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
  for (const key of facetKeys) {
    const wanted = new Set(params.getAll(facetOf[key].param).flatMap((v) => v.split(',')).map((v) => v.trim()));
    // The German URL value, or the stored key that older links carry.
    state[key] = vocab[key].filter((value) => wanted.has(urlValue(key, value)) || wanted.has(value));
  }
  return state;
}

/** The query string for a state, with a leading "?" or empty when nothing is chosen. */
export function serializeState(state: FinderState, vocab: FacetVocab): string {
  const parts: string[] = [];
  if (state.q.trim()) parts.push(`${FINDER_QUERY_PARAM}=${encodeURIComponent(state.q.trim())}`);
  for (const key of facetKeys) {
    const chosen = new Set(state[key]);
    const values = vocab[key].filter((v) => chosen.has(v));
    if (values.length) parts.push(`${facetOf[key].param}=${values.map((v) => encodeURIComponent(urlValue(key, v))).join(',')}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}
