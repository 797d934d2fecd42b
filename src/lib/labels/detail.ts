import type { Label } from '../../schemas/label';
import {
  allCriteria,
  coverage,
  criteriaGroups,
  labelStatuses,
  labelTypes,
  supplyChainStages,
  tenderPlacements,
  verificationTypes,
  vgvConditions,
  vgvStatus,
  warningKinds,
} from '../../vocab/labels';
import { valueSymbols } from './compare-table';
import type { LabelItem } from './collections';
import { focusText } from './summary';
import { tenderSnippets, type Placement } from './tender';
import { formatDate } from '../format';
import { coveredCriteria } from './facts';
import { routes } from '../routes';

export interface Fact {
  label: string;
  value: string;
}

/** A stored coverage value as shown: symbol (decorative) and words. */
export interface CoverageCell {
  value: string;
  symbol: string;
  text: string;
}

export interface CriteriaTableView {
  key: string;
  title: string;
  columns: string[];
  /** `nr` only in numbered tables (the § 34 VgV conditions). */
  rows: { nr?: string; text: string; cell: CoverageCell }[];
}

/** Everything the label page and its CMS preview show, decided once. */
export interface LabelDetail {
  name: string;
  /** Badge text for a label that is no longer active. */
  badge?: string;
  summary: string;
  facts: Fact[];
  productGroups: { name: string; href: string }[];
  notes?: string;
  /** The comparison with this label preselected; only with a slug. */
  compareHref?: string;
  warnings: { title: string; text: string }[];
  criteriaNote: string;
  /** What follows "Belegt abgedeckt:". */
  covered: string;
  criteriaTables: CriteriaTableView[];
  vgvTable: CriteriaTableView;
  vgvNotes: string[];
  assessments: { text: string; url: string }[];
  snippetsNote: string;
  snippets: { placement: Placement; title: string; text: string }[];
  sources: string[];
  lastChecked: string;
  /** Meta description for search engines (50–200 characters). */
  description: string;
  /** Other labels sharing a product group (at most six); empty without `all`. */
  related: LabelItem[];
}

export interface LabelDetailContext {
  /** Product group slug → name; slugs without a name are shown as they are. */
  groupNames: Record<string, string>;
  /** The label's own slug and all labels, for related labels (the site only). */
  slug?: string;
  all?: readonly LabelItem[];
}

const isDay = (value: string | undefined): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
// Half-filled CMS forms reach the builder too; an unfinished date shows as nothing rather than "Invalid Date".
const day = (value: string | undefined) => (isDay(value) ? formatDate(value) : '');

function cell(value: string, words: Record<string, string>): CoverageCell {
  return { value, symbol: valueSymbols[value] ?? '', text: words[value] ?? '' };
}

function vgvNotes(table: CriteriaTableView): string[] {
  const unchecked = table.rows.filter((r) => r.cell.value === 'unknown').length;
  const count = unchecked === table.rows.length ? 'Keine der fünf Bedingungen' : `${unchecked} der fünf Bedingungen`;
  return [
    ...(unchecked > 0
      ? [`${count} haben wir bisher nicht belegt geprüft. Prüfen Sie sie vor der Ausschreibung selbst, zum Beispiel an der Website des Herausgebers.`]
      : []),
    'Wenn Sie ein Gütezeichen verlangen, müssen Sie gleichwertige Gütezeichen anerkennen (§ 34 Abs. 4 VgV). Brauchen Sie nicht alle Anforderungen des Zeichens, nennen Sie die maßgeblichen (§ 34 Abs. 3 VgV). Konnte ein Unternehmen das Zeichen ohne eigenes Verschulden nicht rechtzeitig erlangen, müssen Sie andere geeignete Nachweise zulassen; eine bloße Eigenerklärung reicht nicht (§ 34 Abs. 5 VgV).',
  ];
}

export function labelDetail(label: Label, context: LabelDetailContext): LabelDetail {
  const { groupNames, slug, all = [] } = context;
  const covered = coveredCriteria(label).map((k) => allCriteria[k]);
  const criteriaTables: CriteriaTableView[] = [
    ...Object.entries(criteriaGroups).map(([key, group]) => ({
      key,
      title: group.label,
      columns: ['Kriterium', 'Bewertung'],
      rows: Object.entries(group.criteria).map(([k, text]) => ({ text, cell: cell(label.criteria[k as keyof Label['criteria']], coverage) })),
    })),
    {
      key: 'lieferkette',
      title: 'Erfasste Stufen der Lieferkette',
      columns: ['Kriterium', 'Bewertung'],
      rows: Object.entries(supplyChainStages).map(([k, text]) => ({ text, cell: cell(label.supplyChain[k as keyof Label['supplyChain']], coverage) })),
    },
  ];
  const vgvTable: CriteriaTableView = {
    key: 'vgv',
    title: 'Bedingungen des § 34 Abs. 2 VgV',
    columns: ['Nr.', 'Bedingung', 'Stand'],
    rows: (Object.keys(vgvConditions) as (keyof typeof vgvConditions)[]).map((k) => ({ nr: k.slice(1), text: vgvConditions[k], cell: cell(label.vgv[k], vgvStatus) })),
  };
  const snippets = tenderSnippets(label, groupNames);
  const lastChecked = day(label.lastChecked);
  return {
    name: label.name,
    badge: label.status === 'inactive' ? labelStatuses.inactive : undefined,
    summary: label.summary,
    facts: [
      { label: 'Herausgeber', value: label.issuer },
      { label: 'Status', value: labelStatuses[label.status] },
      { label: 'Art', value: labelTypes[label.labelType] },
      { label: 'Prüfung', value: verificationTypes[label.verification] },
      { label: 'Ausrichtung', value: focusText(label) },
      { label: 'Zuletzt geprüft', value: lastChecked },
    ],
    productGroups: label.productGroups.map((g) => ({ name: groupNames[g] ?? g, href: routes.productGroup(g) })),
    notes: label.notes || undefined,
    compareHref: slug ? routes.compare([slug]) : undefined,
    warnings: label.warnings.map((w) => ({ title: warningKinds[w.kind] ?? '', text: w.text })),
    criteriaNote: '„Abgedeckt“ heißt: Eine Quelle belegt, dass das Kriterium zu den Anforderungen gehört. „Unbekannt“ heißt: Wir haben dazu noch keinen Beleg.',
    covered: covered.length ? covered.join(', ') : 'bisher kein Kriterium belegt',
    criteriaTables,
    vgvTable,
    vgvNotes: vgvNotes(vgvTable),
    assessments: label.assessments.map((a) => ({ text: `${a.by}: „${a.verdict}“${isDay(a.date) ? ` (${formatDate(a.date)})` : ''}`, url: a.url })),
    snippetsNote: 'Wählen Sie, wo die Anforderung stehen soll. Passen Sie Produkte und Punktzahlen an Ihren Auftrag an.',
    snippets: (Object.keys(tenderPlacements) as Placement[]).map((p) => ({ placement: p, title: tenderPlacements[p], text: snippets[p] })),
    sources: label.sources,
    lastChecked,
    // Names are 2–80 characters long (schema), so this stays within the 50–200 characters search engines show.
    description: `${label.name}: was das Gütezeichen abdeckt, wie es geprüft wird, § 34 VgV und Textbausteine für die Ausschreibung.`,
    related: all.filter((l) => l.slug !== slug && l.data.productGroups.some((g) => label.productGroups.includes(g))).slice(0, 6),
  };
}
