/**
 * Vocabularies of the Länder entries (content/states/): stored key → German label.
 * See src/schemas/state.ts.
 */

/** The sixteen Länder by file name in content/states/. */
export const stateSlugs = {
  'baden-wuerttemberg': 'Baden-Württemberg',
  bayern: 'Bayern',
  berlin: 'Berlin',
  brandenburg: 'Brandenburg',
  bremen: 'Bremen',
  hamburg: 'Hamburg',
  hessen: 'Hessen',
  'mecklenburg-vorpommern': 'Mecklenburg-Vorpommern',
  niedersachsen: 'Niedersachsen',
  'nordrhein-westfalen': 'Nordrhein-Westfalen',
  'rheinland-pfalz': 'Rheinland-Pfalz',
  saarland: 'Saarland',
  sachsen: 'Sachsen',
  'sachsen-anhalt': 'Sachsen-Anhalt',
  'schleswig-holstein': 'Schleswig-Holstein',
  thueringen: 'Thüringen',
} as const;

export const socialCriteriaStatuses = {
  mandatory: 'verpflichtend',
  effortDuty: 'Hinwirkungspflicht',
  optional: 'optional (möglich, nicht verpflichtend)',
  notAddressed: 'nicht geregelt',
  unknown: 'unbekannt',
} as const;

export const bindingValues = {
  yes: 'ja',
  partly: 'teilweise',
  no: 'nein',
  unknown: 'unbekannt',
} as const;

export const uvgoStatuses = {
  mandatory: 'für Kommunen verbindlich eingeführt',
  should: 'Kommunen sollen sie anwenden',
  recommended: 'Kommunen wird die Anwendung empfohlen',
  notIntroduced: 'nicht eingeführt',
  notApplicable: 'entfällt (Stadtstaat)',
  unknown: 'unbekannt',
} as const;

export const cemeteryRules = {
  rule: 'Regel besteht',
  none: 'keine Regel',
  unknown: 'unbekannt',
} as const;
