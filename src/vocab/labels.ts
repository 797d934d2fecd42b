/**
 * Vocabularies of the label finder (Gütezeichenfinder). Keys are stored in content/labels/*.json;
 * the German labels are what visitors and editors read. Schemas, filters, the CMS and the
 * open-data documentation all read these lists.
 */

/** The value of one criterion. Stored as text so editors can pick it in a CMS select. */
export const coverage = {
  yes: 'abgedeckt',
  partly: 'teilweise',
  no: 'nicht abgedeckt',
  unknown: 'unbekannt',
} as const;

/** Living wage, in the three ways standards actually state it. */
export const livingWageValues = {
  required: 'verlangt',
  roadmap: 'mit Zeitplan angestrebt',
  notRequired: 'nicht verlangt',
  unknown: 'unbekannt',
} as const;

/** Status of one condition of § 34 Abs. 2 VgV. */
export const vgvStatus = {
  met: 'erfüllt',
  partly: 'teilweise erfüllt',
  notMet: 'nicht erfüllt',
  unknown: 'nicht geprüft',
} as const;

/** How strongly a label addresses social or environmental aspects overall. */
export const focusLevel = {
  main: 'Schwerpunkt',
  partly: 'teilweise',
  no: 'nein',
  unknown: 'unbekannt',
} as const;

export const focusAreas = {
  social: 'Soziale Kriterien',
  environmental: 'Umweltkriterien',
} as const;

/**
 * Social criteria. Most standards require "the ILO core labour standards" without listing
 * conventions: `iloCore` records that; the single conventions are set only where a source names
 * them. The two safety conventions of 2022 (C155, C187) are never implied by `iloCore`.
 */
export const socialCriteria = {
  iloCore: 'ILO-Kernarbeitsnormen (die acht Kernübereinkommen von 1998)',
  c29: 'Keine Zwangsarbeit (ILO 29 mit Protokoll)',
  c105: 'Abschaffung der Zwangsarbeit (ILO 105)',
  c87: 'Vereinigungsfreiheit (ILO 87)',
  c98: 'Recht auf Kollektivverhandlungen (ILO 98)',
  c100: 'Gleiches Entgelt (ILO 100)',
  c111: 'Keine Diskriminierung (ILO 111)',
  c138: 'Mindestalter, keine Kinderarbeit (ILO 138)',
  c182: 'Schlimmste Formen der Kinderarbeit (ILO 182)',
  c155: 'Arbeitsschutz (ILO 155)',
  c187: 'Förderung des Arbeitsschutzes (ILO 187)',
  livingWage: 'Existenzsichernder Lohn',
  workingHours: 'Begrenzte Arbeitszeiten',
  fairPrice: 'Fairer Preis oder Mindestpreis und Prämie',
  grievance: 'Beschwerdemechanismus für Beschäftigte',
} as const;

export const environmentalCriteria = {
  organic: 'Ökologischer Landbau',
  chemicals: 'Chemikalien und Schadstoffe',
  biodiversity: 'Biodiversität und Wälder',
  water: 'Wasser',
  energyClimate: 'Energie und Klima',
  circularity: 'Kreislaufwirtschaft und Recyclinganteil',
  emissions: 'Emissionen',
  productHealth: 'Gesundheit (Schadstoffe im Produkt)',
} as const;

export const credibilityCriteria = {
  unannouncedAudits: 'Unangekündigte Kontrollen',
  accreditedCertifiers: 'Akkreditierte Zertifizierungsstellen',
  multiStakeholder: 'Standard von mehreren Interessengruppen entwickelt',
  publicStandard: 'Standard öffentlich einsehbar',
  sanctions: 'Sanktionen bei Verstößen',
} as const;

/** Every criterion, grouped as shown in tables and filters. */
export const criteriaGroups = {
  social: { label: 'Soziale Kriterien', criteria: socialCriteria },
  environmental: { label: 'Umweltkriterien', criteria: environmentalCriteria },
  credibility: { label: 'Glaubwürdigkeit', criteria: credibilityCriteria },
} as const;

export const allCriteria = { ...socialCriteria, ...environmentalCriteria, ...credibilityCriteria } as const;
export type CriterionKey = keyof typeof allCriteria;

/** The eight core conventions of 1998 that `iloCore` stands for. */
export const iloCoreConventions = ['c29', 'c105', 'c87', 'c98', 'c100', 'c111', 'c138', 'c182'] as const satisfies readonly CriterionKey[];

/** Stages of the supply chain a label's requirements reach. */
export const supplyChainStages = {
  rawMaterial: 'Rohstoff und Anbau',
  processing: 'Verarbeitung und Herstellung',
  trade: 'Handel und Marke',
} as const;

export const labelTypes = {
  product: 'Produktsiegel',
  company: 'Unternehmens- oder Mitgliedschaftssystem',
  meta: 'Meta-Siegel',
  stateEcolabel: 'Staatliches Umweltzeichen (ISO 14024 Typ I)',
  managementSystem: 'Managementsystem-Standard',
  monitoring: 'Monitoring-Organisation',
} as const;

export const verificationTypes = {
  thirdParty: 'Unabhängige Prüfung durch Dritte',
  membership: 'Prüfung im Rahmen einer Mitgliedschaft',
  secondParty: 'Prüfung durch das eigene Unternehmen oder den Handelspartner',
  selfDeclaration: 'Selbsterklärung',
  unknown: 'Unbekannt',
} as const;

/** The five conditions of § 34 Abs. 2 VgV, shortened in our own words. */
export const vgvConditions = {
  c1: 'Alle Anforderungen hängen mit dem Auftragsgegenstand zusammen und sind geeignet, ihn zu beschreiben',
  c2: 'Die Anforderungen beruhen auf objektiv nachprüfbaren, nicht diskriminierenden Kriterien',
  c3: 'Das Gütezeichen wurde in einem offenen, transparenten Verfahren entwickelt, an dem alle relevanten Kreise teilnehmen konnten',
  c4: 'Das Gütezeichen ist für alle betroffenen Unternehmen zugänglich',
  c5: 'Die Anforderungen legt ein Dritter fest, auf den das antragstellende Unternehmen keinen maßgeblichen Einfluss hat',
} as const;

export const labelStatuses = {
  active: 'Aktiv',
  inactive: 'Nicht mehr aktiv',
} as const;

/** Who assessed a label from outside. */
export const assessors = {
  siegelklarheit: 'Siegelklarheit',
  bewusstkaufen: 'bewusstkaufen.at',
  labelOnline: 'Label-online',
  stiftungWarentest: 'Stiftung Warentest',
  ciRomero: 'Christliche Initiative Romero',
  other: 'andere Stelle',
} as const;

/** An external verdict mapped from the assessor's own words (rule in docs/labels.md). */
export const assessmentRatings = {
  recommended: 'empfohlen',
  limited: 'eingeschränkt empfohlen',
  notRecommended: 'nicht empfohlen',
  noVerdict: 'ohne Gesamturteil',
} as const;

export const warningKinds = {
  legal: 'Rechtsprechung',
  market: 'Marktlage',
  criticism: 'Kritik',
  status: 'Status',
} as const;

/** Where a label requirement can sit in a tender. */
export const tenderPlacements = {
  specification: 'Leistungsbeschreibung (technische Spezifikation)',
  award: 'Zuschlagskriterium',
  performance: 'Ausführungsbedingung',
} as const;

/**
 * Values that count as "the label addresses this" for the focus rule. Here, not in the schema, so
 * islands that apply the rule (the Vergabeassistent) do not load zod.
 */
export const ADDRESSED_VALUES: ReadonlySet<string> = new Set(['yes', 'partly', 'required', 'roadmap']);
