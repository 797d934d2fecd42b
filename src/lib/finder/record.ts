import type { Label } from '../../schemas/label';
import { allCriteria, focusAreas, labelTypes, verificationTypes } from '../../vocab/labels';
import { coveredCriteria, shownFocus, type FocusArea } from '../labels/rules';
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
  /** Criteria the label covers (labels/rules.ts: criterionCovered). */
  criteria: string[];
  /** "recommended" when at least one external assessment rates the label so. */
  rating: string[];
  /** Further words the text search finds it by: the CPV codes of its product groups. */
  terms?: string;
}

/** The finder's one external-rating value: any assessment rated "recommended". */
export const externalRatings = {
  recommended: 'extern als glaubwürdig bewertet',
} as const;

/** `cpvTerms`: the searchable CPV text of the label's product groups (cpvSearchText in src/lib/cpv.ts). */
export function toFinderRecord(slug: string, label: Label, cpvTerms = ''): FinderRecord {
  // A label counts for a focus area when that is its main focus or a partial one.
  const focus = (Object.keys(focusAreas) as FocusArea[]).filter((k) => ['main', 'partly'].includes(shownFocus(label, k)));
  const criteria = coveredCriteria(label);
  return {
    slug,
    name: label.name,
    issuer: label.issuer,
    groups: label.productGroups,
    labelType: label.labelType,
    verification: label.verification.value,
    focus,
    criteria,
    rating: label.assessments.some((a) => a.rating === 'recommended') ? ['recommended'] : [],
    ...(cpvTerms ? { terms: cpvTerms } : {}),
  };
}

/** Each facet's vocabulary (stored key → display text); product groups come from the collection. */
export const facetVocabularies: Record<Exclude<FacetKey, 'groups'>, Readonly<Record<string, string>>> = {
  criteria: allCriteria,
  verification: verificationTypes,
  labelType: labelTypes,
  focus: focusAreas,
  rating: externalRatings,
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
    rating: Object.keys(facetVocabularies.rating),
  };
}
