import type { allCriteria, focusAreas, labelTypes, verificationTypes } from '../../vocab/labels';
import type { externalRatings } from './record';

/**
 * The finder's facets, declared once: state, URL, engine and filter form read them from here.
 * Type-only vocabulary imports keep the labels' display texts out of the island's bundle.
 */

/** `any`: a label matches when it has at least one chosen value (OR); `all`: every chosen value (AND). */
export type FacetMatch = 'any' | 'all';

/** The hint next to a facet's legend, derived from its semantics so the two cannot disagree. */
export const matchHints: Record<FacetMatch, string> = {
  any: 'Mindestens eine der gewählten',
  all: 'Alle gewählten',
};

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

export interface Facet {
  key: string;
  /** German URL parameter. */
  param: string;
  legend: string;
  match: FacetMatch;
  /** URL value per stored key; without it the stored key (a collection slug) is the URL value. */
  urlValues?: Readonly<Record<string, string>>;
}

/** In URL order: the canonical address lists the parameters in this order. */
export const facets = [
  { key: 'groups', param: 'gruppe', legend: 'Produktgruppe', match: 'any' },
  { key: 'criteria', param: 'kriterium', legend: 'Kriterien', match: 'all', urlValues: criteriaUrl },
  { key: 'verification', param: 'pruefung', legend: 'Prüfung', match: 'any', urlValues: verificationUrl },
  { key: 'labelType', param: 'art', legend: 'Art', match: 'any', urlValues: labelTypeUrl },
  { key: 'focus', param: 'fokus', legend: 'Ausrichtung', match: 'all', urlValues: focusUrl },
  { key: 'rating', param: 'bewertung', legend: 'Externe Bewertung', match: 'any', urlValues: ratingUrl },
] as const satisfies readonly Facet[];

export type FacetKey = (typeof facets)[number]['key'];
export const facetKeys: readonly FacetKey[] = facets.map((f) => f.key);
export const facetOf = Object.fromEntries(facets.map((f) => [f.key, f])) as Record<FacetKey, Facet>;

/** URL parameter of the finder's text search. */
export const FINDER_QUERY_PARAM = 'suche';

/** The value written to the address for a stored key. */
export function urlValue(key: FacetKey, value: string): string {
  return facetOf[key].urlValues?.[value] ?? value;
}
