import type { Label } from '../../schemas/label';
import { allCriteria, type CriterionKey } from '../../vocab/labels';

/**
 * The compact shape the finder filters: only what the facets and the text search need.
 * The same shape is embedded in the finder page, so it stays small.
 */
export interface FinderRecord {
  slug: string;
  name: string;
  issuer: string;
  groups: string[];
  labelType: string;
  verification: string;
  status: string;
  /** Focus areas the label addresses as main focus or in part. */
  focus: string[];
  /** Criteria the label covers ("yes"). */
  criteria: string[];
}

export function toFinderRecord(slug: string, label: Label): FinderRecord {
  const focus = (['social', 'environmental'] as const).filter((k) => ['main', 'partly'].includes(label.focus[k]));
  const criteria = (Object.keys(allCriteria) as CriterionKey[]).filter((k) => label.criteria[k] === 'yes');
  return {
    slug,
    name: label.name,
    issuer: label.issuer,
    groups: label.productGroups,
    labelType: label.labelType,
    verification: label.verification,
    status: label.status,
    focus,
    criteria,
  };
}
