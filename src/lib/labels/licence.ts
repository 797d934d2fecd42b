/** Terms of the open label data; shown on /daten/ and embedded in the JSON export. */
export const DATA_LICENCE = {
  name: 'Creative Commons Namensnennung 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.de',
  attribution: 'Servicestelle Kommunen in der Einen Welt (SKEW), Gütezeichenfinder',
} as const;
