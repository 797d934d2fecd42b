import type { Label } from '../../schemas/label';
import { allCriteria, focusAreas, focusLevel, labelTypes, verificationTypes } from '../../vocab/labels';
import { coveredCriteria } from '../labels/facts';
import type { FacetVocab } from './state';

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
  /** Focus areas the label addresses as main focus or in part. */
  focus: string[];
  /** Criteria the label covers ("yes"). */
  criteria: string[];
}

export function toFinderRecord(slug: string, label: Label): FinderRecord {
  // A label counts for a focus area when that is its main focus or a partial one.
  const addressed: ReadonlySet<string> = new Set<keyof typeof focusLevel>(['main', 'partly']);
  const focus = (Object.keys(focusAreas) as (keyof typeof focusAreas)[]).filter((k) => addressed.has(label.focus[k]));
  const criteria = coveredCriteria(label);
  return {
    slug,
    name: label.name,
    issuer: label.issuer,
    groups: label.productGroups,
    labelType: label.labelType,
    verification: label.verification,
    focus,
    criteria,
  };
}

/** The values each facet offers, in vocabulary order; product groups come from the collection. */
export function finderVocab(groupSlugs: readonly string[]): FacetVocab {
  return {
    groups: groupSlugs,
    criteria: Object.keys(allCriteria),
    verification: Object.keys(verificationTypes),
    labelType: Object.keys(labelTypes),
    focus: Object.keys(focusAreas),
  };
}
