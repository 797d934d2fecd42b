// Its own module: the search page's script needs only these labels, not the other vocabularies.
/** Areas of the site, used for search filters and page metadata. */
export const siteAreas = {
  angebot: 'Angebot',
  wettbewerb: 'Wettbewerb',
  guetezeichen: 'Gütezeichen',
  seminar: 'Seminar',
  aktuelles: 'Aktuelles',
  foerderung: 'Förderung',
  praxisbeispiel: 'Praxisbeispiel',
  rechtsrahmen: 'Rechtsrahmen',
  seite: 'Seite',
} as const;
