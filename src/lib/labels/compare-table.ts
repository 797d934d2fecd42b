import type { Label } from '../../schemas/label';
import {
  coverage,
  criteriaGroups,
  focusAreas,
  focusLevel,
  labelStatuses,
  labelTypes,
  supplyChainStages,
  verificationTypes,
  vgvConditions,
  vgvStatus,
} from '../../vocab/labels';

/** The comparison table's data, computed at build time and embedded in the page as JSON. */
export interface CompareData {
  sections: { title: string; rows: { key: string; label: string }[] }[];
  labels: Record<string, { name: string; cells: Record<string, [string, string]> }>;
}

/** Symbol per stored value, so a difference never rests on colour alone. */
export const valueSymbols: Record<string, string> = {
  yes: '✓',
  met: '✓',
  no: '✗',
  notMet: '✗',
  partly: '◐',
  unknown: '?',
};

export function compareData(entries: readonly { slug: string; data: Label }[], groupNames: Record<string, string>): CompareData {
  const sections: CompareData['sections'] = [
    {
      title: 'Allgemein',
      rows: [
        { key: 'issuer', label: 'Herausgeber' },
        { key: 'status', label: 'Status' },
        { key: 'labelType', label: 'Art' },
        { key: 'verification', label: 'Prüfung' },
        { key: 'groups', label: 'Produktgruppen' },
        ...Object.entries(focusAreas).map(([k, v]) => ({ key: `focus.${k}`, label: v })),
      ],
    },
    ...Object.entries(criteriaGroups).map(([, g]) => ({
      title: g.label,
      rows: Object.entries(g.criteria).map(([k, v]) => ({ key: `criteria.${k}`, label: v })),
    })),
    { title: 'Lieferkette', rows: Object.entries(supplyChainStages).map(([k, v]) => ({ key: `supplyChain.${k}`, label: v })) },
    {
      title: '§ 34 Abs. 2 VgV',
      rows: Object.entries(vgvConditions).map(([k, v]) => ({ key: `vgv.${k}`, label: `Nr. ${k.slice(1)}: ${v}` })),
    },
    { title: 'Stand', rows: [{ key: 'lastChecked', label: 'Zuletzt geprüft' }] },
  ];
  const labels: CompareData['labels'] = {};
  for (const { slug, data } of entries) {
    const cells: Record<string, [string, string]> = {
      issuer: ['', data.issuer],
      status: ['', labelStatuses[data.status]],
      labelType: ['', labelTypes[data.labelType]],
      verification: ['', verificationTypes[data.verification]],
      groups: ['', data.productGroups.map((g) => groupNames[g] ?? g).join(', ')],
      lastChecked: ['', data.lastChecked],
    };
    for (const k of Object.keys(focusAreas) as (keyof typeof focusAreas)[]) {
      const v = data.focus[k];
      cells[`focus.${k}`] = [v === 'main' ? '✓' : (valueSymbols[v] ?? ''), focusLevel[v]];
    }
    for (const [k, v] of Object.entries(data.criteria)) cells[`criteria.${k}`] = [valueSymbols[v], coverage[v]];
    for (const [k, v] of Object.entries(data.supplyChain)) cells[`supplyChain.${k}`] = [valueSymbols[v], coverage[v]];
    for (const [k, v] of Object.entries(data.vgv)) cells[`vgv.${k}`] = [valueSymbols[v], vgvStatus[v]];
    labels[slug] = { name: data.name, cells };
  }
  return { sections, labels };
}
