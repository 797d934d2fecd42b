import { siteAreas } from '../../vocab/site-areas';
import { compareGerman } from './url-state';

/** The filter every indexed page carries (set in BaseLayout from its `area`). */
export const AREA_FILTER = 'Bereich';
/** Result metadata with a seminar's date, already formatted for reading. */
export const DATE_META = 'Datum';
/**
 * Result metadata with the products a page is about (label and product-group pages, from sourced
 * data). Pagefind also matches the query against metadata and adds a boost per field.
 */
export const PRODUCTS_META = 'Produkte';
/**
 * Pagefind's `ranking` option for the search page. A product match adds a strong boost, so
 * "Kaffee" lists the labels for coffee before the many practice examples with coffee in their
 * title; the title keeps Pagefind's default (docs/search.md has the measurements).
 */
export const searchRanking = { metaWeights: { [PRODUCTS_META]: 10 } };
/** A seminar's time as of the build (BUILD_NOW): upcoming or past. Past seminars come last and say so. */
export const SEMINAR_TIME_FILTER = 'Termin';
export const seminarTimes = { upcoming: 'Kommend', past: 'Vergangen' } as const;

/** The part of Pagefind's result data this page uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface ExcerptPart {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  url: string;
  title: string;
  area?: string;
  date?: string;
  /** A seminar that had taken place when the site was built. */
  past: boolean;
  excerpt: ExcerptPart[];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => entities[name]);
}

/**
 * Pagefind marks hits in its excerpt with <mark>. The excerpt is split into plain text and
 * hits so the page can build text nodes and <mark> elements, never parsing indexed text as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let hit = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) hit = true;
    else if (/^<\/mark>$/i.test(piece)) hit = false;
    else {
      const text = decode(piece.replace(/<[^>]*>/g, ''));
      if (text) parts.push({ text, hit });
    }
  }
  return parts;
}

export function toHit(data: PagefindResultData): SearchHit {
  const title = data.meta.title?.trim() || data.url;
  const past = data.filters[SEMINAR_TIME_FILTER]?.includes(seminarTimes.past) ?? false;
  const hit: SearchHit = { url: data.url, title, past, excerpt: excerptParts(data.excerpt) };
  const area = data.filters[AREA_FILTER]?.[0];
  if (area) hit.area = area;
  const date = data.meta[DATE_META]?.trim();
  if (date) hit.date = date;
  return hit;
}

/**
 * Pagefind's order with past seminars moved behind everything else, keeping the order within
 * both parts: someone searching "Vergaberecht" wants the next course before last year's.
 */
export function pastLast<T extends { id: string }>(results: readonly T[], pastIds: ReadonlySet<string>): T[] {
  return [...results.filter((r) => !pastIds.has(r.id)), ...results.filter((r) => pastIds.has(r.id))];
}

export interface FacetValue {
  value: string;
  count: number;
  selected: boolean;
}

export interface FacetGroup {
  name: string;
  values: FacetValue[];
}

const areaOrder: string[] = Object.values(siteAreas);

function compareValues(group: string) {
  if (group !== AREA_FILTER) return compareGerman;
  const rank = (v: string) => (areaOrder.includes(v) ? areaOrder.indexOf(v) : areaOrder.length);
  return (a: string, b: string) => rank(a) - rank(b) || compareGerman(a, b);
}

/**
 * The filters to offer, from what the index holds: the area first, then every other filter
 * (such as Produktgruppe) alphabetically. `counts` are the results each value would give;
 * values with no result are left out unless selected, so a visitor never ends in an empty list
 * by ticking a box, and groups with nothing to offer disappear.
 */
export function facetGroups(
  available: Record<string, Record<string, number>>,
  counts: Record<string, Record<string, number>>,
  selected: Record<string, string[]>,
): FacetGroup[] {
  const names = [...new Set([...Object.keys(available), ...Object.keys(selected)])];
  names.sort((a, b) => Number(b === AREA_FILTER) - Number(a === AREA_FILTER) || compareGerman(a, b));
  const groups: FacetGroup[] = [];
  for (const name of names) {
    const chosen = selected[name] ?? [];
    const values = [...new Set([...Object.keys(available[name] ?? {}), ...chosen])]
      .map((value) => ({ value, count: counts[name]?.[value] ?? 0, selected: chosen.includes(value) }))
      .filter((v) => v.selected || v.count > 0)
      .sort((a, b) => compareValues(name)(a.value, b.value));
    if (values.length) groups.push({ name, values });
  }
  return groups;
}

/** What the live region says after a search. */
export function resultSummary(count: number, query: string, filtered: boolean): string {
  const subject = query ? ` für „${query}“` : '';
  const scope = filtered ? ' mit den gewählten Filtern' : '';
  if (count === 0) return `Keine Treffer${subject}${scope}.`;
  return `${count.toLocaleString('de-DE')} Treffer${subject}${scope}.`;
}
