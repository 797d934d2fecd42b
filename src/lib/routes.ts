import { GROUP_PARAM } from './finder/group-param';
import { serializeCompare } from './labels/compare-url';
import { QUERY_PARAM } from './search/url-state';

/**
 * Every address the site builds, declared once: pages, components, islands, feeds, calendar
 * and export files link through these, and the registry derives the names taken at the top of
 * the site from `sections`. Paths end in a slash, as Astro writes the pages.
 */
export const sections = {
  labels: '/guetezeichen/',
  seminars: '/seminare/',
  news: '/aktuelles/',
  programmes: '/angebote/',
  competition: '/wettbewerb/',
  funding: '/foerderung/',
  search: '/suche/',
  data: '/daten/',
  examples: '/praxisbeispiele/',
  law: '/rechtsrahmen/',
  kompass: '/mein-kompass/',
  assistant: '/vergabeassistent/',
} as const;

export const routes = {
  home: '/',
  labels: sections.labels,
  label: (slug: string) => `${sections.labels}${slug}/`,
  productGroup: (slug: string) => `${sections.labels}produktgruppe/${slug}/`,
  /** The finder with one product group chosen. */
  finderForGroup: (slug: string) => `${sections.labels}?${GROUP_PARAM}=${encodeURIComponent(slug)}`,
  compare: (slugs: readonly string[] = []) => `${sections.labels}vergleich/${serializeCompare(slugs)}`,
  seminars: sections.seminars,
  seminar: (slug: string) => `${sections.seminars}${slug}/`,
  seminarCalendar: (slug: string) => `${sections.seminars}${slug}.ics`,
  seminarsCalendar: '/seminare.ics',
  seminarArchive: `${sections.seminars}archiv/`,
  newsList: sections.news,
  news: (slug: string) => `${sections.news}${slug}/`,
  newsFeed: `${sections.news}rss.xml`,
  programmes: sections.programmes,
  programme: (slug: string) => `${sections.programmes}${slug}/`,
  competition: sections.competition,
  round: (year: number) => `${sections.competition}${year}/`,
  funding: sections.funding,
  search: (query = '') => (query ? `${sections.search}?${QUERY_PARAM}=${encodeURIComponent(query)}` : sections.search),
  /** The indexed pages' words, for "Meinten Sie …?" (written by the Pagefind integration). */
  searchWords: `${sections.search}woerter.json`,
  data: sections.data,
  dataJson: `${sections.data}guetezeichen.json`,
  dataCsv: `${sections.data}guetezeichen.csv`,
  examples: sections.examples,
  example: (slug: string) => `${sections.examples}${slug}/`,
  /** The examples list with one product group chosen. */
  examplesForGroup: (slug: string) => `${sections.examples}?${GROUP_PARAM}=${encodeURIComponent(slug)}`,
  examplesJson: `${sections.data}praxisbeispiele.json`,
  examplesCsv: `${sections.data}praxisbeispiele.csv`,
  law: sections.law,
  state: (slug: string) => `${sections.law}${slug}/`,
  /** A page of the pages collection, published at the top of the site. */
  page: (slug: string) => `/${slug}/`,
  contact: '/kontakt/',
  kompass: sections.kompass,
  /** The Vergabeassistent, optionally with a state's query string (src/lib/assistant/state.ts). */
  assistant: (query = '') => `${sections.assistant}${query}`,
  vermerk: (query = '') => `${sections.assistant}vermerk/${query}`,
  /** The assistant's common data; each product group's part is a file of its own (src/lib/assistant/parts.ts). */
  assistantData: `${sections.assistant}daten.json`,
  assistantGroupData: (slug: string) => `${sections.assistant}daten/${encodeURIComponent(slug)}.json`,
} as const;

/** The first path segment of each section: names no top-level page may take. */
export const sectionNames: readonly string[] = Object.values(sections).map((path) => path.split('/')[1]);
