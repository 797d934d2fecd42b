/**
 * Shared vocabularies. Each list is defined once, `as const`, and feeds the zod
 * enums, the CMS select options and every filter that shows them.
 * Keys are stable ASCII identifiers stored in content; labels are what visitors read.
 */

export const bundeslaender = [
  'Baden-Württemberg',
  'Bayern',
  'Berlin',
  'Brandenburg',
  'Bremen',
  'Hamburg',
  'Hessen',
  'Mecklenburg-Vorpommern',
  'Niedersachsen',
  'Nordrhein-Westfalen',
  'Rheinland-Pfalz',
  'Saarland',
  'Sachsen',
  'Sachsen-Anhalt',
  'Schleswig-Holstein',
  'Thüringen',
] as const;

export const fundingStatuses = {
  open: 'Antragstellung möglich',
  paused: 'Derzeit ausgesetzt',
  closed: 'Antragsfrist abgelaufen',
} as const;

export const roundStatuses = {
  announced: 'Angekündigt',
  open: 'Bewerbung läuft',
  closed: 'Bewerbungsfrist beendet',
  completed: 'Abgeschlossen',
} as const;

export const awardCategories = {
  overall: 'Gesamtwertung',
  small: 'Kleine Kommunen (bis 19.999 Einwohnende)',
  medium: 'Mittlere Kommunen (20.000 bis 99.999 Einwohnende)',
  large: 'Große Kommunen (ab 100.000 Einwohnende)',
  special: 'Sonderpreis',
} as const;

export const newsTopics = {
  wettbewerb: 'Wettbewerb',
  beschaffung: 'Faire Beschaffung',
  handel: 'Fairer Handel',
  foerderung: 'Förderung',
  guetezeichen: 'Gütezeichen',
  veranstaltungen: 'Veranstaltungen',
  servicestelle: 'Servicestelle',
} as const;

export type KeyOf<T> = Extract<keyof T, string>;

/** The keys of a key→label vocabulary as a non-empty tuple, as z.enum needs it. */
export function keysOf<T extends Record<string, string>>(vocab: T): [KeyOf<T>, ...KeyOf<T>[]] {
  return Object.keys(vocab) as [KeyOf<T>, ...KeyOf<T>[]];
}
