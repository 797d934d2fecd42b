import type { allCriteria, focusAreas, labelTypes, verificationTypes } from '../../vocab/labels';
import { defineFacetSet, facetUrlValue, type Facet } from './facet-set';
import { GROUP_PARAM } from './group-param';
import type { externalRatings } from './record';

export { matchHints, type Facet, type FacetMatch } from './facet-set';

/**
 * The label finder's facets, declared once: state, URL, engine and filter form read them from here.
 * Type-only vocabulary imports keep the labels' display texts out of the island's bundle.
 */

/**
 * German, readable URL value per stored vocabulary key. Stored keys stay English (no content
 * migration); they are still accepted when read from an address.
 */
const verificationUrl: Record<keyof typeof verificationTypes, string> = {
  thirdParty: 'unabhaengig',
  membership: 'mitgliedschaft',
  secondParty: 'handelspartner',
  selfDeclaration: 'selbsterklaerung',
  unknown: 'unbekannt',
};

const labelTypeUrl: Record<keyof typeof labelTypes, string> = {
  product: 'produktsiegel',
  company: 'unternehmen',
  meta: 'meta-siegel',
  stateEcolabel: 'umweltzeichen',
  managementSystem: 'managementsystem',
  monitoring: 'monitoring',
};

const focusUrl: Record<keyof typeof focusAreas, string> = {
  social: 'sozial',
  environmental: 'umwelt',
};

const ratingUrl: Record<keyof typeof externalRatings, string> = {
  recommended: 'glaubwuerdig',
};

const criteriaUrl: Record<keyof typeof allCriteria, string> = {
  iloCore: 'ilo-kernarbeitsnormen',
  c29: 'ilo-29',
  c105: 'ilo-105',
  c87: 'ilo-87',
  c98: 'ilo-98',
  c100: 'ilo-100',
  c111: 'ilo-111',
  c138: 'ilo-138',
  c182: 'ilo-182',
  c155: 'ilo-155',
  c187: 'ilo-187',
  livingWage: 'existenzlohn',
  workingHours: 'arbeitszeit',
  fairPrice: 'fairer-preis',
  grievance: 'beschwerde',
  organic: 'oekolandbau',
  chemicals: 'chemikalien',
  biodiversity: 'biodiversitaet',
  water: 'wasser',
  energyClimate: 'energie-klima',
  circularity: 'kreislauf',
  emissions: 'emissionen',
  productHealth: 'produktgesundheit',
  unannouncedAudits: 'unangekuendigt',
  accreditedCertifiers: 'akkreditiert',
  multiStakeholder: 'mehrere-interessengruppen',
  publicStandard: 'oeffentlicher-standard',
  sanctions: 'sanktionen',
};

/** In URL order: the canonical address lists the parameters in this order. */
export const facets = [
  { key: 'groups', param: GROUP_PARAM, legend: 'Produktgruppe', match: 'any' },
  { key: 'criteria', param: 'kriterium', legend: 'Kriterien', match: 'all', urlValues: criteriaUrl },
  { key: 'verification', param: 'pruefung', legend: 'Prüfung', match: 'any', urlValues: verificationUrl },
  { key: 'labelType', param: 'art', legend: 'Art', match: 'any', urlValues: labelTypeUrl },
  { key: 'focus', param: 'fokus', legend: 'Ausrichtung', match: 'all', urlValues: focusUrl },
  { key: 'rating', param: 'bewertung', legend: 'Externe Bewertung', match: 'any', urlValues: ratingUrl },
] as const satisfies readonly Facet[];

/** URL parameter of the finder's text search. */
export const FINDER_QUERY_PARAM = 'suche';

export const labelFacets = defineFacetSet(facets, FINDER_QUERY_PARAM);

export type FacetKey = (typeof facets)[number]['key'];
export const facetKeys: readonly FacetKey[] = labelFacets.keys;
export const facetOf: Readonly<Record<FacetKey, Facet<FacetKey>>> = labelFacets.of;

/** The value written to the address for a stored key. */
export function urlValue(key: FacetKey, value: string): string {
  return facetUrlValue(facetOf[key], value);
}
