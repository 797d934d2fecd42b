import type { ExampleItem } from './collection';
import { toCsv } from '../labels/csv';
import { routes } from '../routes';

/** One open-data record: the stored example plus its slug and page URL. */
export function exampleExportRecord(entry: ExampleItem, site: string) {
  return { slug: entry.slug, url: new URL(routes.example(entry.slug), site).href, ...entry.data };
}

const LIST_SEPARATOR = ' | ';

/** Flat CSV: one row per example; lists joined with " | ". */
export function examplesCsv(entries: readonly ExampleItem[], site: string): string {
  const header = [
    'slug',
    'url',
    'title',
    'kind',
    'municipality',
    'state',
    'authorityType',
    'sizeClass',
    'productGroups',
    'product',
    'cpv',
    'year',
    'labels',
    'criteria',
    'placement',
    'procedure',
    'volume',
    'outcome',
    'councilDecision.date',
    'councilDecision.title',
    'contact',
    'sources',
    'lastChecked',
  ];
  const rows = entries.map(({ slug, data: e }) => [
    slug,
    new URL(routes.example(slug), site).href,
    e.title,
    e.kind,
    e.municipality,
    e.state,
    e.authorityType,
    e.sizeClass,
    e.productGroups.join(LIST_SEPARATOR),
    e.product ?? '',
    (e.cpv ?? []).join(LIST_SEPARATOR),
    e.year,
    e.labels.join(LIST_SEPARATOR),
    e.criteria,
    e.placement.join(LIST_SEPARATOR),
    e.procedure,
    e.volume ?? '',
    e.outcome,
    e.councilDecision?.date ?? '',
    e.councilDecision?.title ?? '',
    e.contact ?? '',
    e.sources.join(LIST_SEPARATOR),
    e.lastChecked,
  ]);
  return toCsv(header, rows);
}

/** The newest check date of all examples. */
export function latestExampleCheck(entries: readonly ExampleItem[]): string | undefined {
  return entries
    .map((e) => e.data.lastChecked)
    .sort()
    .at(-1);
}
