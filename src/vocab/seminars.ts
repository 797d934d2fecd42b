/**
 * Vocabularies of the seminar calendar. Keys are stored in content and used in filter URLs;
 * labels are what visitors read.
 */

export const seminarTopics = {
  vergaberecht: 'Vergaberecht',
  textilien: 'Textilien',
  it: 'IT und Elektronik',
  lebensmittel: 'Lebensmittel und Catering',
  naturstein: 'Natursteine',
  kompass: 'Kompass Nachhaltigkeit',
  guetezeichen: 'Gütezeichen',
  netzwerk: 'Netzwerk und Austausch',
} as const;

export const seminarFormats = {
  online: 'Online',
  praesenz: 'Präsenz',
  hybrid: 'Hybrid (vor Ort und online)',
} as const;

export const seminarStatuses = {
  open: 'Anmeldung möglich',
  waitlist: 'Warteliste',
  full: 'Ausgebucht',
  cancelled: 'Abgesagt',
} as const;

export type SeminarTopic = keyof typeof seminarTopics;
export type SeminarFormat = keyof typeof seminarFormats;
export type SeminarStatus = keyof typeof seminarStatuses;
