import type { CriteriaFacts, Evidence, Label } from '../../schemas/label';
import {
  ADDRESSED_VALUES,
  allCriteria,
  criteriaGroups,
  focusAreas,
  focusLevel,
  iloCoreConventions,
  type CriterionKey,
  vgvConditions,
  vgvStatus,
} from '../../vocab/labels';

/**
 * Rules that derive what a label's evidenced facts imply, written once (docs/labels.md, „Regeln“).
 * Pure: they read a label and return data; pages, finder, comparison and tender wording use them.
 */

/**
 * Whether a label covers a criterion for filters and "Belegt abgedeckt". `iloCore` counts when
 * a source says the standard requires the ILO core labour standards, or when all eight core
 * conventions are evidenced one by one. Living wage counts when it is required.
 */
export function criterionCovered(criteria: CriteriaFacts, key: CriterionKey): boolean {
  if (key === 'iloCore') return criteria.iloCore.value === 'yes' || iloCoreConventions.every((c) => criteria[c].value === 'yes');
  if (key === 'livingWage') return criteria.livingWage.value === 'required';
  return criteria[key].value === 'yes';
}

/** The criteria a label covers, in vocabulary order. */
export function coveredCriteria(label: Pick<Label, 'criteria'>): CriterionKey[] {
  return (Object.keys(allCriteria) as CriterionKey[]).filter((k) => criterionCovered(label.criteria, k));
}

export type FocusArea = keyof typeof focusAreas;

/**
 * The focus as shown. The content check refuses a focus that contradicts the criteria; a
 * half-filled CMS form may still hold one, and then "unknown" is shown rather than a summary
 * that contradicts itself („Schwerpunkt“ next to „0 abgedeckt“).
 */
export function shownFocus(label: Pick<Label, 'criteria' | 'focus'>, area: FocusArea): keyof typeof focusLevel {
  const level = label.focus[area];
  const addressed = Object.keys(criteriaGroups[area].criteria).some((k) => ADDRESSED_VALUES.has(label.criteria[k as CriterionKey].value));
  if ((level === 'main' || level === 'partly') && !addressed) return 'unknown';
  if (level === 'no' && addressed) return 'unknown';
  return level;
}

export interface GroupCoverage {
  group: keyof typeof criteriaGroups;
  label: string;
  /** Covered as the filters count it (criterionCovered). */
  yes: number;
  partly: number;
  no: number;
  unknown: number;
  total: number;
  /** One line for cards: focus (where the group has one) and counts, never contradicting each other. */
  text: string;
}

/** Per criteria group: how many criteria are covered, partly covered, not covered or unknown. */
export function groupCoverage(label: Pick<Label, 'criteria' | 'focus'>): GroupCoverage[] {
  return (Object.keys(criteriaGroups) as (keyof typeof criteriaGroups)[]).map((group) => {
    const keys = Object.keys(criteriaGroups[group].criteria) as CriterionKey[];
    const counts = { yes: 0, partly: 0, no: 0, unknown: 0 };
    for (const k of keys) {
      const value = label.criteria[k].value;
      if (criterionCovered(label.criteria, k)) counts.yes++;
      else if (value === 'partly' || value === 'roadmap') counts.partly++;
      else if (value === 'unknown') counts.unknown++;
      else counts.no++;
    }
    const parts = [`${counts.yes} von ${keys.length} belegt abgedeckt`];
    if (counts.partly) parts.push(`${counts.partly} teilweise`);
    if (counts.no) parts.push(`${counts.no} nicht`);
    parts.push(`${counts.unknown} unbekannt`);
    const focus = group === 'credibility' ? '' : `${focusLevel[shownFocus(label, group)]}; `;
    return { group, label: criteriaGroups[group].label, ...counts, total: keys.length, text: `${focus}${parts.join(', ')}` };
  });
}

/** "Soziale Kriterien: Schwerpunkt · Umweltkriterien: teilweise" */
export function focusText(label: Pick<Label, 'criteria' | 'focus'>): string {
  return (Object.keys(focusAreas) as FocusArea[]).map((k) => `${focusAreas[k]}: ${focusLevel[shownFocus(label, k)]}`).join(' · ');
}

// ---------------------------------------------------------------------------------------------
// § 34 Abs. 2 VgV

export type VgvKey = keyof typeof vgvConditions;

/**
 * The Kompetenzstelle für nachhaltige Beschaffung (19.07.2016): for EU and national state
 * ecolabels one "can assume" that § 34 VgV is met. The address is given as the source states it.
 */
export const STATE_ECOLABEL_PRESUMPTION: Evidence = {
  url: 'http://www.nachhaltige-beschaffung.info/SharedDocs/Kurzmeldungen/DE/2016/160706_Guetezeichen_Finder.html?nn=3631298',
  note: 'Kompetenzstelle für nachhaltige Beschaffung, Meldung vom 19.07.2016: Vermutung für staatliche Umweltzeichen, keine Einzelprüfung',
  checked: '2026-12-01',
};

export interface VgvFinding {
  key: VgvKey;
  value: keyof typeof vgvStatus;
  /** Where the value comes from: a source that assesses it, a rule on evidenced facts, the presumption, or nothing. */
  basis: 'sourced' | 'derived' | 'presumed' | 'none';
  /** The value in words as shown, e.g. „nicht erfüllt (abgeleitet)“. */
  text: string;
  reason?: string;
  evidence: Evidence[];
}

const SELLER_SETS_STANDARD_REASON =
  'Die Anforderungen legt das Unternehmen fest, das die Produkte selbst verkauft oder einkauft; Nr. 5 verlangt einen Dritten ohne maßgeblichen Einfluss des Unternehmens.';
const PRESUMPTION_REASON =
  'Für staatliche Umweltzeichen kann man nach der Kompetenzstelle für nachhaltige Beschaffung davon ausgehen, dass § 34 VgV erfüllt ist; im Einzelfall geprüft hat sie das nicht.';

/** True where the company that sells the product sets the standard (own-brand or second-party schemes). */
export function sellerSetsStandard(label: Pick<Label, 'labelType' | 'verification'>): boolean {
  return label.labelType === 'company' || label.verification.value === 'secondParty';
}

/**
 * Each of the five conditions: a value a source gives always wins; otherwise condition 5 fails
 * where the seller sets the standard, and state ecolabels carry the Kompetenzstelle's presumption.
 */
export function vgvFindings(label: Pick<Label, 'labelType' | 'verification' | 'vgv' | 'sources' | 'lastChecked'>): VgvFinding[] {
  return (Object.keys(vgvConditions) as VgvKey[]).map((key) => {
    const cell = label.vgv[key];
    if (cell.value !== 'unknown') {
      return { key, value: cell.value, basis: 'sourced', text: vgvStatus[cell.value], reason: cell.reason, evidence: cell.evidence ?? [] };
    }
    if (key === 'c5' && sellerSetsStandard(label)) {
      const evidence =
        label.verification.value === 'secondParty' ? (label.verification.evidence ?? []) : label.sources.map((url) => ({ url, checked: label.lastChecked }));
      return { key, value: 'notMet', basis: 'derived', text: `${vgvStatus.notMet} (abgeleitet)`, reason: SELLER_SETS_STANDARD_REASON, evidence };
    }
    if (label.labelType === 'stateEcolabel') {
      return { key, value: 'met', basis: 'presumed', text: 'vermutet erfüllt', reason: PRESUMPTION_REASON, evidence: [STATE_ECOLABEL_PRESUMPTION] };
    }
    return { key, value: 'unknown', basis: 'none', text: vgvStatus.unknown, evidence: [] };
  });
}

/** Whether a source or a rule says a condition fails, so the label cannot be demanded as proof. */
export function vgvFails(findings: readonly VgvFinding[]): boolean {
  return findings.some((f) => f.value === 'notMet');
}

const numbers = (list: readonly VgvFinding[]) => {
  const nrs = list.map((f) => f.key.slice(1));
  return nrs.length === 1 ? `Nr. ${nrs[0]}` : `Nr. ${nrs.slice(0, -1).join(', ')} und ${nrs.at(-1)}`;
};

/** The § 34 box's summary sentence: plainly what is known, what follows, what is left to check. */
export function vgvSummary(findings: readonly VgvFinding[]): string {
  const by = (pred: (f: VgvFinding) => boolean) => findings.filter(pred);
  const failed = by((f) => f.value === 'notMet');
  const met = by((f) => f.value === 'met' && f.basis === 'sourced');
  const partly = by((f) => f.value === 'partly');
  const presumed = by((f) => f.basis === 'presumed');
  const open = by((f) => f.basis === 'none');
  const sentences: string[] = [];
  if (failed.length) {
    sentences.push(
      `${numbers(failed)} ${failed.length === 1 ? 'ist' : 'sind'} nicht erfüllt${failed.every((f) => f.basis === 'derived') ? ' (abgeleitet, Begründung in der Tabelle)' : ''}. Deshalb dürfen Sie dieses Gütezeichen nicht als Nachweis verlangen; beschreiben Sie die Anforderungen selbst und lassen Sie das Zeichen als einen möglichen Beleg unter anderen zu.`,
    );
  }
  if (met.length) sentences.push(`Eine Quelle bestätigt ${numbers(met)}.`);
  if (partly.length) sentences.push(`${numbers(partly)} ${partly.length === 1 ? 'ist' : 'sind'} nach der Quelle nur teilweise erfüllt.`);
  if (presumed.length)
    sentences.push(
      `Für ${presumed.length === findings.length ? 'alle fünf Bedingungen' : numbers(presumed)} gilt die Vermutung der Kompetenzstelle für staatliche Umweltzeichen; eine Einzelprüfung gibt es nicht.`,
    );
  if (open.length === findings.length)
    sentences.push(
      'Zu keiner der fünf Bedingungen haben wir bisher eine Quelle. Prüfen Sie sie vor der Ausschreibung selbst, zum Beispiel an der Website des Herausgebers.',
    );
  else if (open.length)
    sentences.push(
      `Zu ${numbers(open)} haben wir bisher keine Quelle; ${open.length === 1 ? 'diese Bedingung' : 'diese Bedingungen'} prüfen Sie vor der Ausschreibung selbst.`,
    );
  return sentences.join(' ');
}
