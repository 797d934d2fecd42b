import type { Example } from '../../schemas/example';
import type { Evidence, Label } from '../../schemas/label';
import type { Norms, Thresholds, Tool, Tools, ValueLimit } from '../../schemas/law';
import type { ThresholdSet } from '../law/thresholds';
import type { ProductGroup } from '../../schemas/productgroup';
import type { StateEntry } from '../../schemas/state';
import { allCriteria, assessmentRatings, assessors, labelTypes, vgvConditions, warningKinds } from '../../vocab/labels';
import { placements as examplePlacements } from '../../vocab/examples';
import type { UvgoStatus } from './frame';
import { labelQuality, type QualityFigures } from '../labels/quality';
import { coveredCriteria, vgvFails, vgvFindings, vgvSummary } from '../labels/rules';
import { tenderWording, type TenderWording } from '../labels/tender-wording';
import { routes } from '../routes';
import { stateDetail, type StateSection } from '../states/detail';
import type { DetailFact } from '../view-model';
import type { KnownSlugs } from './state';

/**
 * The data the assistant needs, decided at build time from the collections and shipped in parts
 * (parts.ts: a common file and one file per product group): § 34 findings, tender wording and the
 * Länder texts are computed here by the same functions as the label and Land pages, so the
 * browser only picks.
 */

/** A risk of a product group's supply chain, with its sources. */
export type GroupRisk = ProductGroup['risks'][number];

export interface AssistantGroup {
  name: string;
  description: string;
  href: string;
  /** The practice examples list filtered to this group. */
  examplesHref: string;
  cpv: { code: string; label: string }[];
  risks: GroupRisk[];
}

export interface AssistantLabel {
  name: string;
  issuer: string;
  href: string;
  typeLabel: string;
  groups: string[];
  /** From tender-wording.ts: `label` proof, `scheme` (not a product label), `none` (cannot be demanded). */
  kind: TenderWording['kind'];
  explanation: string;
  wording: TenderWording['variants'];
  vgv: { nr: string; condition: string; text: string; reason?: string; evidence: Evidence[] }[];
  vgvSummary: string;
  vgvFails: boolean;
  assessments: { by: string; verdict: string; rating: string; category?: string; asOf?: string; url: string; checked: string }[];
  quality: QualityFigures;
  criteria: string[];
  /** Notes for buyers (market situation, criticism, case law) with their sources. */
  warnings: { kind: string; text: string; evidence: Evidence[] }[];
  sources: string[];
  lastChecked: string;
}

export interface AssistantLand {
  name: string;
  href: string;
  asOf: string;
  uvgo: UvgoStatus;
  lawFacts: DetailFact[];
  noLaw?: string;
  sections: StateSection[];
  uncertain?: string;
  staleNotice?: string;
}

export interface AssistantExample {
  title: string;
  href: string;
  municipality: string;
  state: string;
  year: number;
  groups: string[];
  labels: string[];
  placements: string[];
}

export interface AssistantData {
  known: KnownSlugs;
  /** Newest check date of everything contained, YYYY-MM-DD. */
  dataDate: string;
  /** The build day (src/lib/now.ts), so nothing in the browser depends on its clock. */
  buildDay: string;
  norms: Norms;
  thresholds: ThresholdSet;
  valueLimits: ValueLimit[];
  states: Record<string, AssistantLand>;
  groups: Record<string, AssistantGroup>;
  labels: Record<string, AssistantLabel>;
  examples: AssistantExample[];
  /** The life-cycle cost tool (content/law/tools.json). */
  lccTool: Tool;
}

export interface AssistantInput {
  labels: readonly { slug: string; data: Label }[];
  groups: readonly { slug: string; data: ProductGroup }[];
  states: readonly { slug: string; data: StateEntry }[];
  examples: readonly { slug: string; data: Example }[];
  norms: Norms;
  thresholds: Thresholds;
  tools: Tools;
  now: Date;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

function assistantLabel(slug: string, label: Label, groupNames: Record<string, string>, norms: Norms): AssistantLabel {
  const findings = vgvFindings(label);
  const wording = tenderWording(label, groupNames, norms);
  return {
    name: label.name,
    issuer: label.issuer,
    href: routes.label(slug),
    typeLabel: labelTypes[label.labelType],
    groups: label.productGroups,
    kind: wording.kind,
    explanation: wording.explanation,
    wording: wording.variants,
    vgv: findings.map((f) => ({
      nr: f.key.slice(1),
      condition: vgvConditions[f.key],
      text: f.text,
      ...(f.reason ? { reason: f.reason } : {}),
      evidence: f.evidence,
    })),
    vgvSummary: vgvSummary(findings),
    vgvFails: vgvFails(findings),
    assessments: label.assessments.map((a) => ({
      by: a.by === 'other' ? (a.byName ?? assessors.other) : assessors[a.by],
      verdict: a.verdict,
      rating: assessmentRatings[a.rating],
      ...(a.category ? { category: a.category } : {}),
      ...(a.asOf ? { asOf: a.asOf } : {}),
      url: a.url,
      checked: a.checked,
    })),
    quality: labelQuality(label),
    criteria: coveredCriteria(label).map((k) => allCriteria[k]),
    warnings: label.warnings.map((w) => ({ kind: warningKinds[w.kind], text: w.text, evidence: w.evidence ?? [] })),
    sources: label.sources,
    lastChecked: label.lastChecked,
  };
}

function newest(dates: Iterable<string | undefined>): string {
  let max = '';
  for (const d of dates) if (d && /^\d{4}-\d{2}-\d{2}$/.test(d) && d > max) max = d;
  return max;
}

/** Everything the assistant shows, from the collections; inactive labels are left out, so they are never offered. */
export function buildAssistantData(input: AssistantInput): AssistantData {
  const groupNames = Object.fromEntries(input.groups.map((g) => [g.slug, g.data.name]));
  const labelNames = Object.fromEntries(input.labels.map((l) => [l.slug, l.data.name]));
  const collator = new Intl.Collator('de');
  // By name, as the assistant lists them; joinParts keeps this order of `known.labels`.
  const active = input.labels.filter((l) => l.data.status === 'active').sort((a, b) => collator.compare(a.data.name, b.data.name));
  const groups = [...input.groups].sort((a, b) => a.data.order - b.data.order);
  const states = [...input.states].sort((a, b) => a.data.name.localeCompare(b.data.name, 'de'));
  const lccTool = input.tools.lcc;
  const { works, suppliesSubCentral, suppliesCentral } = input.thresholds.eu;
  const dataDate = newest([
    ...input.labels.map((l) => l.data.lastChecked),
    ...input.examples.map((e) => e.data.lastChecked),
    ...Object.values(input.norms).map((n) => n.lastChecked),
    works.lastChecked,
    suppliesSubCentral.lastChecked,
    suppliesCentral.lastChecked,
    ...input.thresholds.national.map((v) => v.lastChecked),
    ...input.states.flatMap((s) =>
      [s.data.socialCriteria, s.data.bindsMunicipalities, s.data.uvgo, s.data.cemeteryStone].flatMap((f) => f.evidence.map((e) => e.checked)),
    ),
    ...input.groups.flatMap((g) => g.data.risks.flatMap((r) => r.evidence.map((e) => e.checked))),
    lccTool.lastChecked,
  ]);
  return {
    known: { states: states.map((s) => s.slug), groups: groups.map((g) => g.slug), labels: active.map((l) => l.slug) },
    dataDate,
    buildDay: day(input.now),
    norms: input.norms,
    thresholds: { works, suppliesSubCentral, suppliesCentral },
    valueLimits: input.thresholds.national,
    states: Object.fromEntries(
      states.map(({ slug, data }) => {
        const detail = stateDetail(data, { now: input.now, labelName: (s) => labelNames[s] ?? s });
        const entry: AssistantLand = {
          name: data.name,
          href: routes.state(slug),
          asOf: data.asOf,
          uvgo: data.uvgo.value,
          lawFacts: detail.lawFacts,
          sections: detail.sections,
        };
        if (detail.noLaw) entry.noLaw = detail.noLaw;
        if (detail.uncertain) entry.uncertain = detail.uncertain;
        if (detail.staleNotice) entry.staleNotice = detail.staleNotice;
        return [slug, entry];
      }),
    ),
    groups: Object.fromEntries(
      groups.map(({ slug, data }) => [
        slug,
        {
          name: data.name,
          description: data.description,
          href: routes.productGroup(slug),
          examplesHref: routes.examplesForGroup(slug),
          cpv: data.cpv,
          risks: data.risks,
        },
      ]),
    ),
    labels: Object.fromEntries(active.map(({ slug, data }) => [slug, assistantLabel(slug, data, groupNames, input.norms)])),
    examples: [...input.examples]
      .sort((a, b) => b.data.year - a.data.year || collator.compare(a.data.title, b.data.title))
      .map(({ slug, data }) => ({
        title: data.title,
        href: routes.example(slug),
        municipality: data.municipality,
        state: data.state,
        year: data.year,
        groups: data.productGroups,
        labels: data.labels,
        placements: data.placement.map((p) => examplePlacements[p]),
      })),
    lccTool,
  };
}
