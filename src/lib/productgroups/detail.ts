import type { ProductGroup } from '../../schemas/productgroup';
import { formatDate } from '../format';
import { evidenceLinks, type EvidenceLink } from '../labels/detail';

/** One supply-chain risk as the product-group page shows it: the sentence, its sources, the newest check day. */
export interface RiskView {
  text: string;
  evidence: EvidenceLink[];
  checked: string;
}

/** The supply-chain risks of a product group, in content order; a group without sourced risks has none. */
export function riskViews(risks: ProductGroup['risks']): RiskView[] {
  return risks.map((risk, i) => {
    const newest = risk.evidence
      .map((e) => e.checked)
      .sort()
      .at(-1);
    return {
      text: risk.text,
      evidence: evidenceLinks(risk.evidence, `Risiko ${i + 1} in der Lieferkette`),
      checked: newest ? formatDate(newest) : '',
    };
  });
}
