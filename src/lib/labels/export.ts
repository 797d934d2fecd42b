import type { Evidence } from '../../schemas/label';
import type { Norms } from '../../schemas/law';
import { allCriteria, supplyChainStages, vgvConditions } from '../../vocab/labels';
import type { LabelItem } from './collections';
import { toCsv } from './csv';
import { vgvFindings } from './rules';
import { tenderWording } from './tender-wording';
import { routes } from '../routes';

/**
 * One open-data record: the stored label with all its evidence, plus its slug, page URL, the
 * § 34 VgV findings as shown (with the rule a derived value comes from) and the tender wording.
 */
export function exportRecord(entry: LabelItem, site: string, groupNames: Record<string, string>, norms: Norms) {
  return {
    slug: entry.slug,
    url: new URL(routes.label(entry.slug), site).href,
    ...entry.data,
    vgvFindings: vgvFindings(entry.data).map(({ key, value, basis, reason, evidence }) => ({ key, value, basis, ...(reason ? { reason } : {}), evidence })),
    tenderWording: tenderWording(entry.data, groupNames, norms),
  };
}

const LIST_SEPARATOR = ' | ';
const evidenceUrls = (evidence: readonly Evidence[] | undefined) => (evidence ?? []).map((e) => e.url).join(LIST_SEPARATOR);

/** Flat CSV: one row per label; per criterion, condition and stage its value and the addresses of its evidence. */
export function labelsCsv(entries: readonly LabelItem[], site: string): string {
  const criteria = Object.keys(allCriteria) as (keyof typeof allCriteria)[];
  const stages = Object.keys(supplyChainStages) as (keyof typeof supplyChainStages)[];
  const conditions = Object.keys(vgvConditions) as (keyof typeof vgvConditions)[];
  const withEvidence = (name: string) => [name, `${name}.evidence`];
  const header = [
    'slug',
    'url',
    'name',
    'issuer',
    'status',
    'inactiveSince',
    'labelType',
    ...withEvidence('verification'),
    'focusSocial',
    'focusEnvironmental',
    'productGroups',
    ...withEvidence('products'),
    'summary',
    ...criteria.flatMap((c) => withEvidence(`criteria.${c}`)),
    ...stages.flatMap((s) => withEvidence(`supplyChain.${s}`)),
    ...conditions.flatMap((c) => [`vgv.${c}`, `vgv.${c}.reason`, `vgv.${c}.evidence`]),
    'notes',
    'assessments',
    'warnings',
    'sources',
    'lastChecked',
  ];
  const rows = entries.map(({ slug, data }) => [
    slug,
    new URL(routes.label(slug), site).href,
    data.name,
    data.issuer,
    data.status,
    data.inactive?.since ?? '',
    data.labelType,
    data.verification.value,
    evidenceUrls(data.verification.evidence),
    data.focus.social,
    data.focus.environmental,
    data.productGroups.join(LIST_SEPARATOR),
    (data.products?.items ?? []).join(LIST_SEPARATOR),
    evidenceUrls(data.products?.evidence),
    data.summary,
    ...criteria.flatMap((c) => [data.criteria[c].value, evidenceUrls(data.criteria[c].evidence)]),
    ...stages.flatMap((s) => [data.supplyChain[s].value, evidenceUrls(data.supplyChain[s].evidence)]),
    ...conditions.flatMap((c) => [data.vgv[c].value, data.vgv[c].reason ?? '', evidenceUrls(data.vgv[c].evidence)]),
    data.notes ?? '',
    data.assessments
      .map((a) => `${a.by === 'other' ? a.byName : a.by}: ${a.verdict} [${a.rating}${a.asOf ? `, ${a.asOf}` : ''}] (${a.url})`)
      .join(LIST_SEPARATOR),
    data.warnings.map((w) => w.text).join(LIST_SEPARATOR),
    data.sources.join(LIST_SEPARATOR),
    data.lastChecked,
  ]);
  return toCsv(header, rows);
}
