import type { Evidence, Label } from '../../schemas/label';
import {
  assessmentRatings,
  assessors,
  coverage,
  criteriaGroups,
  focusAreas,
  focusLevel,
  labelStatuses,
  labelTypes,
  livingWageValues,
  supplyChainStages,
  verificationTypes,
  vgvConditions,
} from '../../vocab/labels';
import { shownFocus, vgvFindings, type FocusArea } from './rules';

/** One cell: symbol (decorative), words, and the sources of the value. */
export interface CompareCell {
  symbol: string;
  text: string;
  evidence?: string[];
}

/** The comparison table's data, computed at build time and embedded in the page as JSON. */
export interface CompareData {
  sections: { title: string; rows: { key: string; label: string }[] }[];
  labels: Record<string, { name: string; cells: Record<string, CompareCell> }>;
}

/** Symbol per stored value, so a difference never rests on colour alone. */
export const valueSymbols: Record<string, string> = {
  yes: '✓',
  met: '✓',
  required: '✓',
  no: '✗',
  notMet: '✗',
  notRequired: '✗',
  partly: '◐',
  roadmap: '◐',
  unknown: '?',
};

const urls = (evidence: readonly Evidence[] | undefined) => (evidence?.length ? evidence.map((e) => e.url) : undefined);

function factCell(fact: { value: string; evidence?: Evidence[] }, words: Record<string, string>): CompareCell {
  return { symbol: valueSymbols[fact.value] ?? '', text: words[fact.value] ?? '', evidence: urls(fact.evidence) };
}

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
    { title: 'Externe Bewertungen', rows: [{ key: 'assessments', label: 'Urteile mit Stand' }] },
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
    const plain = (text: string): CompareCell => ({ symbol: '', text });
    const assessments = data.assessments.map((a) => {
      const by = a.by === 'other' ? (a.byName ?? assessors.other) : assessors[a.by];
      return `${by}: „${a.verdict}“ (${assessmentRatings[a.rating]}${a.asOf ? `, ${a.asOf}` : ''})`;
    });
    const cells: Record<string, CompareCell> = {
      issuer: plain(data.issuer),
      status: plain(data.inactive ? `${labelStatuses[data.status]} (seit ${data.inactive.since})` : labelStatuses[data.status]),
      labelType: plain(labelTypes[data.labelType]),
      verification: factCell(data.verification, verificationTypes),
      groups: plain(data.productGroups.map((g) => groupNames[g] ?? g).join(', ')),
      assessments: {
        symbol: '',
        text: assessments.length ? assessments.join('; ') : 'keine bekannt',
        evidence: data.assessments.length ? data.assessments.map((a) => a.url) : undefined,
      },
      lastChecked: plain(data.lastChecked),
    };
    for (const k of Object.keys(focusAreas) as FocusArea[]) {
      const v = shownFocus(data, k);
      cells[`focus.${k}`] = { symbol: v === 'main' ? '✓' : (valueSymbols[v] ?? ''), text: focusLevel[v] };
    }
    for (const [k, f] of Object.entries(data.criteria)) cells[`criteria.${k}`] = factCell(f, k === 'livingWage' ? livingWageValues : coverage);
    for (const [k, f] of Object.entries(data.supplyChain)) cells[`supplyChain.${k}`] = factCell(f, coverage);
    for (const f of vgvFindings(data))
      cells[`vgv.${f.key}`] = { symbol: valueSymbols[f.value] ?? '', text: f.text, evidence: f.evidence.length ? f.evidence.map((e) => e.url) : undefined };
    labels[slug] = { name: data.name, cells };
  }
  return { sections, labels };
}
