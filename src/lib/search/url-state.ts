/**
 * What the search page shows, kept in its address so that a search can be bookmarked,
 * shared and restored with the back button: `?q=netzwerk&Bereich=Seminar&Bereich=Aktuelles`.
 * Filter names are the ones in the Pagefind index; `q` is the query. Any other parameter
 * (utm_source, fbclid, …) is not a filter: it would match no page and empty the results.
 */
export interface SearchState {
  query: string;
  /** Selected values per filter; a filter with no selected value is absent. */
  filters: Record<string, string[]>;
}

export const QUERY_PARAM = 'q';

/**
 * The address may come from a link typed by hand or tagged by a newsletter tool: blanks,
 * repeated values and parameters that are not among `filterNames` (the index's filters) are dropped.
 */
export function parseSearchState(search: string | URLSearchParams, filterNames: Iterable<string>): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const known = new Set(filterNames);
  const filters: Record<string, string[]> = {};
  for (const [key, raw] of params) {
    const value = raw.trim();
    if (key === QUERY_PARAM || !known.has(key) || !value) continue;
    const values = (filters[key] ??= []);
    if (!values.includes(value)) values.push(value);
  }
  return { query: (params.get(QUERY_PARAM) ?? '').trim().replace(/\s+/g, ' '), filters };
}

/** Query first, then filters by name and values in alphabetical order, so equal states give equal addresses. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  const query = state.query.trim();
  if (query) params.set(QUERY_PARAM, query);
  for (const name of Object.keys(state.filters).sort(compareGerman)) {
    for (const value of [...new Set(state.filters[name])].sort(compareGerman)) params.append(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function toggleFilter(state: SearchState, name: string, value: string, selected: boolean): SearchState {
  const current = state.filters[name] ?? [];
  const next = selected ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  const filters = { ...state.filters };
  if (next.length) filters[name] = next;
  else delete filters[name];
  return { ...state, filters };
}

export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some((values) => values.length > 0);
}

/** A search is worth running once there is a query or at least one filter (browsing an area). */
export function isRunnable(state: SearchState): boolean {
  return state.query.length > 0 || hasFilters(state);
}

export type PagefindFilterQuery = Record<string, { any: string[] }>;

/**
 * Pagefind's filter argument. Values of one filter are alternatives (Seminar or Aktuelles),
 * different filters must all hold. `except` leaves one filter out, which gives the counts
 * a visitor sees next to that filter's own checkboxes.
 */
export function pagefindFilters(state: SearchState, except?: string): PagefindFilterQuery {
  const query: PagefindFilterQuery = {};
  for (const [name, values] of Object.entries(state.filters)) {
    if (name !== except && values.length) query[name] = { any: [...values] };
  }
  return query;
}

export function compareGerman(a: string, b: string): number {
  return a.localeCompare(b, 'de');
}
