import type { exampleKinds, placements, procedureTypes, sizeClasses } from '../../vocab/examples';
import { defineFacetSet } from '../finder/facet-set';
import { GROUP_PARAM } from '../finder/group-param';

/**
 * The practice examples' facets, declared once: page, island, URL and engine read them here.
 * Type-only vocabulary imports keep the display texts out of the island's bundle.
 */

const kindUrl: Record<keyof typeof exampleKinds, string> = {
  procurement: 'beschaffung',
  councilDecision: 'beschluss',
  serviceInstruction: 'dienstanweisung',
};

const sizeUrl: Record<keyof typeof sizeClasses, string> = {
  small: 'klein',
  medium: 'mittel',
  large: 'gross',
  unknown: 'unbekannt',
};

const procedureUrl: Record<keyof typeof procedureTypes, string> = {
  open: 'offen',
  restricted: 'nicht-offen',
  negotiated: 'verhandlungsverfahren',
  publicTender: 'oeffentliche-ausschreibung',
  restrictedTender: 'beschraenkte-ausschreibung',
  negotiatedAward: 'verhandlungsvergabe',
  directAward: 'direktauftrag',
  framework: 'rahmenvereinbarung',
  none: 'kein-verfahren',
  unknown: 'unbekannt',
};

const placementUrl: Record<keyof typeof placements, string> = {
  specification: 'leistungsbeschreibung',
  awardCriterion: 'zuschlag',
  performanceCondition: 'ausfuehrung',
  suitability: 'eignung',
};

/** In URL order. Every facet is OR: an example matches any of the chosen values. */
export const exampleFacets = defineFacetSet(
  [
    { key: 'kind', param: 'art', legend: 'Art', match: 'any', urlValues: kindUrl },
    { key: 'state', param: 'land', legend: 'Bundesland', match: 'any' },
    { key: 'sizeClass', param: 'groesse', legend: 'Größe der Kommune', match: 'any', urlValues: sizeUrl },
    { key: 'groups', param: GROUP_PARAM, legend: 'Produktgruppe', match: 'any' },
    { key: 'year', param: 'jahr', legend: 'Jahr', match: 'any' },
    { key: 'procedure', param: 'verfahren', legend: 'Verfahrensart', match: 'any', urlValues: procedureUrl },
    { key: 'placement', param: 'stelle', legend: 'Stelle im Verfahren', match: 'any', urlValues: placementUrl },
    { key: 'labels', param: 'siegel', legend: 'Gütezeichen', match: 'any' },
  ],
  'suche',
);

export type ExampleFacetKey = (typeof exampleFacets.keys)[number];
