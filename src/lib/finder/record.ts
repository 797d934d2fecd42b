import type { Label } from '../../schemas/label';
import { allCriteria, focusAreas, focusLevel, labelTypes, verificationTypes } from '../../vocab/labels';
import { coveredCriteria } from '../labels/facts';
import type { FacetKey } from './facets';
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
  /** Further words the text search finds it by: the CPV codes of its product groups. */
  terms?: string;
}

/** `cpvTerms`: the searchable CPV text of the label's product groups (cpvSearchText in src/lib/cpv.ts). */
export function toFinderRecord(slug: string, label: Label, cpvTerms = ''): FinderRecord {
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
    ...(cpvTerms ? { terms: cpvTerms } : {}),
  };
}

/** Each facet's vocabulary (stored key → display text); product groups come from the collection. */
export const facetVocabularies: Record<Exclude<FacetKey, 'groups'>, Readonly<Record<string, string>>> = {
  criteria: allCriteria,
  verification: verificationTypes,
  labelType: labelTypes,
  focus: focusAreas,
};

/** Display text per facet value, for the filter form. */
export function facetNames(groupNames: Record<string, string>): Record<FacetKey, Readonly<Record<string, string>>> {
  return { groups: groupNames, ...facetVocabularies };
}

/** The values each facet offers, in vocabulary order. */
export function finderVocab(groupSlugs: readonly string[]): FacetVocab {
  return {
    groups: groupSlugs,
    criteria: Object.keys(facetVocabularies.criteria),
    verification: Object.keys(facetVocabularies.verification),
    labelType: Object.keys(facetVocabularies.labelType),
    focus: Object.keys(facetVocabularies.focus),
  };
}
