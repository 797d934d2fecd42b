import type { PagefindFilterQuery } from '../../lib/search/url-state';
import { searchRanking, type PagefindResultData } from '../../lib/search/results';

/** The part of Pagefind's browser API (dist/pagefind/pagefind.js) the search page uses. */
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options?: { filters?: PagefindFilterQuery }): Promise<PagefindSearch | null>;
}

/** The index is written after Astro's bundling, so it is loaded at run time from the built site, not bundled. */
export async function loadPagefind(base = '/pagefind/'): Promise<PagefindApi> {
  const url = `${base}pagefind.js`;
  const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
  await api.options({ baseUrl: '/', excerptLength: 24, ranking: searchRanking });
  await api.init();
  return api;
}
