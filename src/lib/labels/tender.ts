import type { Label } from '../../schemas/label';
import { allCriteria, tenderPlacements } from '../../vocab/labels';
import { coveredCriteria } from './facts';

export type Placement = keyof typeof tenderPlacements;

/**
 * Tender wording per placement. An editor's own text wins; otherwise a neutral default is
 * built from the label's data, always with the equivalence clause of § 34 Abs. 4 and 5 VgV.
 */
export function tenderSnippets(label: Label, groupNames: Record<string, string>): Record<Placement, string> {
  const covered = coveredCriteria(label).map((k) => allCriteria[k]);
  const subject = label.productGroups.map((g) => groupNames[g] ?? g).join(', ');
  const features = covered.length
    ? `insbesondere: ${covered.join('; ')}`
    : 'die in den Vergabeunterlagen aufgeführten Anforderungen des Gütezeichens';
  const proof = `Als Nachweis gilt das Gütezeichen „${label.name}“ oder ein gleichwertiges Gütezeichen. Andere geeignete Nachweise, etwa ein technisches Dossier des Herstellers, werden anerkannt, wenn das Unternehmen das Gütezeichen aus Gründen, die es nicht zu vertreten hat, nicht fristgerecht erlangen konnte (§ 34 Abs. 4 und 5 VgV). Eine bloße Eigenerklärung genügt nicht.`;
  const defaults: Record<Placement, string> = {
    specification: `Die zu liefernden Produkte (${subject}) müssen die Anforderungen des Gütezeichens „${label.name}“ erfüllen, ${features}. ${proof}`,
    award: `Bewertet wird, in welchem Umfang die angebotenen Produkte (${subject}) die Anforderungen des Gütezeichens „${label.name}“ erfüllen, ${features}. Für Produkte, die diese Anforderungen nachweislich erfüllen, werden [Anzahl] Punkte vergeben. ${proof}`,
    performance: `Der Auftragnehmer verpflichtet sich, während der gesamten Vertragslaufzeit nur Produkte (${subject}) zu liefern, die die Anforderungen des Gütezeichens „${label.name}“ erfüllen, ${features}. Er legt den Nachweis auf Verlangen des Auftraggebers vor. ${proof}`,
  };
  return {
    specification: label.tenderText?.specification ?? defaults.specification,
    award: label.tenderText?.award ?? defaults.award,
    performance: label.tenderText?.performance ?? defaults.performance,
  };
}
