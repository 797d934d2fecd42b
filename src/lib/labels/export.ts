import { allCriteria, supplyChainStages, vgvConditions } from '../../vocab/labels';
import type { LabelItem } from './collections';
import { toCsv } from './csv';
import { tenderSnippets } from './tender';
import { routes } from '../routes';

/** One open-data record: the stored label plus its slug, page URL and the tender texts shown. */
export function exportRecord(entry: LabelItem, site: string, groupNames: Record<string, string>) {
  return {
    slug: entry.slug,
    url: new URL(routes.label(entry.slug), site).href,
    ...entry.data,
    tenderText: tenderSnippets(entry.data, groupNames),
  };
}

const LIST_SEPARATOR = ' | ';

/** Flat CSV: one row per label, one column per criterion, condition and stage. */
export function labelsCsv(entries: readonly LabelItem[], site: string): string {
  const criteria = Object.keys(allCriteria) as (keyof typeof allCriteria)[];
  const stages = Object.keys(supplyChainStages) as (keyof typeof supplyChainStages)[];
  const conditions = Object.keys(vgvConditions) as (keyof typeof vgvConditions)[];
  const header = [
    'slug', 'url', 'name', 'issuer', 'status', 'labelType', 'verification', 'focusSocial', 'focusEnvironmental',
    'productGroups', 'summary',
    ...criteria.map((c) => `criteria.${c}`),
    ...stages.map((s) => `supplyChain.${s}`),
    ...conditions.map((c) => `vgv.${c}`),
    'notes', 'assessments', 'warnings', 'sources', 'lastChecked',
  ];
  const rows = entries.map(({ slug, data }) => [
    slug,
    new URL(routes.label(slug), site).href,
    data.name, data.issuer, data.status, data.labelType, data.verification, data.focus.social, data.focus.environmental,
    data.productGroups.join(LIST_SEPARATOR),
    data.summary,
    ...criteria.map((c) => data.criteria[c]),
    ...stages.map((s) => data.supplyChain[s]),
    ...conditions.map((c) => data.vgv[c]),
    data.notes ?? '',
    data.assessments.map((a) => `${a.by}: ${a.verdict} (${a.url})`).join(LIST_SEPARATOR),
    data.warnings.map((w) => w.text).join(LIST_SEPARATOR),
    data.sources.join(LIST_SEPARATOR),
    data.lastChecked,
  ]);
  return toCsv(header, rows);
}
