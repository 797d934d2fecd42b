/**
 * Vocabularies of the practice examples (content/examples/): stored key → German label.
 * Keys are stable identifiers in the content files; see src/schemas/example.ts.
 */

export const exampleKinds = {
  procurement: 'Beschaffung',
  councilDecision: 'Rats- oder Kreistagsbeschluss',
  serviceInstruction: 'Dienstanweisung oder Richtlinie',
} as const;

export const authorityTypes = {
  city: 'Stadt',
  municipality: 'Gemeinde',
  district: 'Landkreis oder Kreis',
  company: 'Kommunales Unternehmen',
} as const;

export const sizeClasses = {
  small: 'unter 20.000 Einwohnende',
  medium: '20.000 bis 99.999 Einwohnende',
  large: '100.000 Einwohnende und mehr',
  unknown: 'Größe unbekannt',
} as const;

export const placements = {
  specification: 'Leistungsbeschreibung',
  awardCriterion: 'Zuschlagskriterium',
  performanceCondition: 'Ausführungsbedingung',
  suitability: 'Eignung',
} as const;

export const procedureTypes = {
  open: 'Offenes Verfahren',
  restricted: 'Nicht offenes Verfahren',
  negotiated: 'Verhandlungsverfahren',
  publicTender: 'Öffentliche Ausschreibung',
  restrictedTender: 'Beschränkte Ausschreibung',
  negotiatedAward: 'Verhandlungsvergabe',
  directAward: 'Direktauftrag',
  framework: 'Rahmenvereinbarung',
  none: 'Kein Vergabeverfahren',
  unknown: 'Verfahren unbekannt',
} as const;
