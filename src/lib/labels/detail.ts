import type { Evidence, Label } from '../../schemas/label';
import type { Norms } from '../../schemas/law';
import {
  allCriteria,
  assessmentRatings,
  assessors,
  coverage,
  criteriaGroups,
  labelStatuses,
  labelTypes,
  livingWageValues,
  supplyChainStages,
  verificationTypes,
  vgvConditions,
  warningKinds,
  type CriterionKey,
} from '../../vocab/labels';
import { valueSymbols } from './compare-table';
import type { LabelItem } from './collections';
import { coveredCriteria, focusText, vgvFindings, vgvSummary } from './rules';
import { tenderWording, type TenderWording } from './tender-wording';
import { formatDate } from '../format';
import { routes } from '../routes';

/** A link to one source of one value; `label` is its accessible name and says which value. */
export interface EvidenceLink {
  href: string;
  text: string;
  label: string;
}

export interface Fact {
  label: string;
  value: string;
  evidence?: EvidenceLink[];
  /** Pagefind weight of the value on the page: the words people search a label by. */
  searchWeight?: number;
}

/** Product words rank like a heading: "Kaffee" should find the labels on coffee before pages that mention it. */
export const PRODUCTS_SEARCH_WEIGHT = 7;

/** A stored value as shown: symbol (decorative), words and its evidence. */
export interface CoverageCell {
  value: string;
  symbol: string;
  text: string;
  evidence: EvidenceLink[];
}

export interface CriteriaTableView {
  key: string;
  title: string;
  columns: string[];
  /** `nr` and `reason` only in the § 34 VgV table. */
  rows: { nr?: string; text: string; cell: CoverageCell; reason?: string }[];
}

export interface AssessmentView {
  by: string;
  verdict: string;
  rating: string;
  category: string;
  dimensions: string;
  asOf: string;
  href: string;
  /** Accessible name of the source link. */
  linkLabel: string;
}

/** Everything the label page and its CMS preview show, decided once. */
export interface LabelDetail {
  name: string;
  /** Badge text for a label that is no longer active. */
  badge?: string;
  /** Since when and why a label is no longer active. */
  inactive?: { text: string; evidence: EvidenceLink[] };
  summary: string;
  facts: Fact[];
  productGroups: { name: string; href: string }[];
  notes?: string;
  /** The comparison with this label preselected; only with a slug. */
  compareHref?: string;
  warnings: { title: string; text: string; evidence: EvidenceLink[] }[];
  criteriaNote: string;
  /** What follows "Belegt abgedeckt:". */
  covered: string;
  criteriaTables: CriteriaTableView[];
  vgvTable: CriteriaTableView;
  /** The plain summary of what is known about § 34 Abs. 2 VgV. */
  vgvSummary: string;
  vgvNotes: string[];
  assessments: AssessmentView[];
  /** Said when external verdicts disagree, so none is picked silently. */
  assessmentsNote?: string;
  tender: TenderWording;
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
  /** The cited paragraphs (content/law/norms.json) for the tender wording. */
  norms: Norms;
  /** The label's own slug and all labels, for related labels (the site only). */
  slug?: string;
  all?: readonly LabelItem[];
}

const isDay = (value: string | undefined): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
// Half-filled CMS forms reach the builder too; an unfinished date shows as nothing rather than "Invalid Date".
const day = (value: string | undefined) => (isDay(value) ? formatDate(value) : '');

/** Links to a value's sources: „Beleg“, or „Beleg 1“, „Beleg 2“ …; the accessible name names the value. */
export function evidenceLinks(evidence: readonly Evidence[] | undefined, what: string): EvidenceLink[] {
  const list = (evidence ?? []).filter((e) => e && typeof e.url === 'string' && e.url);
  return list.map((e, i) => {
    const text = list.length === 1 ? 'Beleg' : `Beleg ${i + 1}`;
    const details = [e.note, isDay(e.checked) ? `geprüft am ${formatDate(e.checked)}` : ''].filter(Boolean).join(', ');
    return { href: e.url, text, label: `${text} für ${what}${details ? ` (${details})` : ''}` };
  });
}

function cell(value: string, words: Record<string, string>, evidence: readonly Evidence[] | undefined, row: string): CoverageCell {
  const text = words[value] ?? '';
  return { value, symbol: valueSymbols[value] ?? '', text, evidence: evidenceLinks(evidence, `„${row}“: ${text}`) };
}

const LEGAL_NOTE =
  'Wenn Sie ein Gütezeichen verlangen, müssen Sie gleichwertige Gütezeichen anerkennen (§ 34 Abs. 4 VgV). Brauchen Sie nicht alle Anforderungen des Zeichens, nennen Sie die maßgeblichen (§ 34 Abs. 3 VgV). Konnte ein Unternehmen das Zeichen ohne eigenes Verschulden nicht rechtzeitig erlangen, müssen Sie andere geeignete Belege zulassen; eine bloße Eigenerklärung reicht nicht (§ 34 Abs. 5 VgV).';

function criterionCell(label: Label, key: CriterionKey, row: string): CoverageCell {
  const fact = label.criteria[key];
  return cell(fact.value, key === 'livingWage' ? livingWageValues : coverage, fact.evidence, row);
}

function assessmentViews(label: Label): { views: AssessmentView[]; note?: string } {
  const views = label.assessments.map((a) => {
    const by = a.by === 'other' ? (a.byName ?? assessors.other) : (assessors[a.by] ?? '');
    return {
      by: a.secondary ? `${by} (laut einer anderen Quelle)` : by,
      verdict: a.verdict,
      rating: assessmentRatings[a.rating] ?? '',
      category: a.category ?? '',
      dimensions: (a.dimensions ?? []).map((d) => `${d.name}: ${d.value}`).join(', '),
      asOf: a.asOf ?? '',
      href: a.url,
      linkLabel: `Quelle der Bewertung von ${by}`,
    };
  });
  const ratings = new Set(label.assessments.map((a) => a.rating).filter((r) => r !== 'noVerdict'));
  return {
    views,
    note: ratings.size > 1 ? 'Die Bewertungen kommen zu unterschiedlichen Urteilen. Wir zeigen jede mit ihrem Stand und wählen keine aus.' : undefined,
  };
}

export function labelDetail(label: Label, context: LabelDetailContext): LabelDetail {
  const { groupNames, norms, slug, all = [] } = context;
  const covered = coveredCriteria(label).map((k) => allCriteria[k]);
  const criteriaTables: CriteriaTableView[] = [
    ...Object.entries(criteriaGroups).map(([key, group]) => ({
      key,
      title: group.label,
      columns: ['Kriterium', 'Bewertung'],
      rows: Object.entries(group.criteria).map(([k, text]) => ({ text, cell: criterionCell(label, k as CriterionKey, text) })),
    })),
    {
      key: 'lieferkette',
      title: 'Erfasste Stufen der Lieferkette',
      columns: ['Kriterium', 'Bewertung'],
      rows: Object.entries(supplyChainStages).map(([k, text]) => {
        const fact = label.supplyChain[k as keyof Label['supplyChain']];
        return { text, cell: cell(fact.value, coverage, fact.evidence, text) };
      }),
    },
  ];
  const findings = vgvFindings(label);
  const vgvTable: CriteriaTableView = {
    key: 'vgv',
    title: 'Bedingungen des § 34 Abs. 2 VgV',
    columns: ['Nr.', 'Bedingung', 'Stand', 'Begründung'],
    rows: findings.map((f) => ({
      nr: f.key.slice(1),
      text: vgvConditions[f.key],
      cell: {
        value: f.value,
        symbol: valueSymbols[f.value] ?? '',
        text: f.text,
        evidence: evidenceLinks(f.evidence, `Bedingung Nr. ${f.key.slice(1)}: ${f.text}`),
      },
      reason: f.reason ?? '',
    })),
  };
  const { views: assessments, note: assessmentsNote } = assessmentViews(label);
  const lastChecked = day(label.lastChecked);
  const verification = label.verification;
  return {
    name: label.name,
    badge: label.status === 'inactive' ? labelStatuses.inactive : undefined,
    inactive:
      label.status === 'inactive' && label.inactive
        ? { text: `Seit ${label.inactive.since}: ${label.inactive.reason}`, evidence: evidenceLinks(label.inactive.evidence, '„Nicht mehr aktiv“') }
        : undefined,
    summary: label.summary,
    facts: [
      { label: 'Herausgeber', value: label.issuer },
      { label: 'Status', value: labelStatuses[label.status] },
      { label: 'Art', value: labelTypes[label.labelType] },
      ...(label.products?.items?.length
        ? [
            {
              label: 'Produkte',
              value: label.products.items.join(', '),
              evidence: evidenceLinks(label.products.evidence, '„Produkte“'),
              searchWeight: PRODUCTS_SEARCH_WEIGHT,
            },
          ]
        : []),
      {
        label: 'Prüfung',
        value: verificationTypes[verification.value],
        evidence: evidenceLinks(verification.evidence, `„Prüfung“: ${verificationTypes[verification.value]}`),
      },
      { label: 'Ausrichtung', value: focusText(label) },
      { label: 'Zuletzt geprüft', value: lastChecked },
    ],
    productGroups: label.productGroups.map((g) => ({ name: groupNames[g] ?? g, href: routes.productGroup(g) })),
    notes: label.notes || undefined,
    compareHref: slug ? routes.compare([slug]) : undefined,
    warnings: label.warnings.map((w) => ({
      title: warningKinds[w.kind] ?? '',
      text: w.text,
      evidence: evidenceLinks(w.evidence, `den Hinweis „${warningKinds[w.kind] ?? ''}“`),
    })),
    criteriaNote:
      '„Abgedeckt“ heißt: Eine Quelle belegt, dass das Kriterium zu den Anforderungen gehört; „teilweise“: nur in einem Teil der Lieferkette, nur als Ziel oder die Quellen sind uneins. „Unbekannt“ heißt: Wir haben dazu noch keinen Beleg. Jeder bekannte Wert verlinkt seinen Beleg.',
    covered: covered.length ? covered.join(', ') : 'bisher kein Kriterium belegt',
    criteriaTables,
    vgvTable,
    vgvSummary: vgvSummary(findings),
    vgvNotes: [LEGAL_NOTE],
    assessments,
    assessmentsNote,
    tender: tenderWording(label, groupNames, norms),
    sources: label.sources,
    lastChecked,
    // Names are 2–80 characters long (schema), so this stays within the 50–200 characters search engines show.
    description: `${label.name}: was das Gütezeichen abdeckt, wie es geprüft wird, § 34 VgV und Textbausteine für die Ausschreibung.`,
    related: all.filter((l) => l.slug !== slug && l.data.productGroups.some((g) => label.productGroups.includes(g))).slice(0, 6),
  };
}
