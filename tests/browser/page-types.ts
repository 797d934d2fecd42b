import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
/** URL paths of the detail pages directly under a section of dist/, e.g. /aktuelles/<slug>/. */
function detailPages(dist: string, section: string, exclude: string[] = []): string[] {
  const dir = join(dist, section);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !exclude.includes(e.name) && existsSync(join(dir, e.name, 'index.html')))
    .map((e) => `/${section}/${e.name}/`)
    .sort();
}

export interface PageType {
  name: string;
  /** Path with query, or undefined when the build has no page of this type. */
  path?: string;
}

/**
 * One page of every type a visitor meets, found in a built dist/ so the tests do not depend on
 * particular slugs: the first offering, label, seminar and news item, and the newest competition
 * round (the last year in sort order). The tests use the fixture site, which has every type.
 */
export function pageTypes(dist: string): PageType[] {
  const detail = (section: string, exclude?: string[]) => detailPages(dist, section, exclude);
  const labels = detail('guetezeichen', ['vergleich', 'produktgruppe']);
  const has = (path: string) => existsSync(join(dist, path, 'index.html'));
  const groups = detail('guetezeichen/produktgruppe').map((p) => p.split('/')[3]);
  return [
    { name: 'Startseite', path: has('/') ? '/' : undefined },
    { name: 'Angebot', path: detail('angebote')[0] },
    { name: 'Wettbewerbsrunde', path: detail('wettbewerb').at(-1) },
    { name: 'Gütezeichenfinder', path: has('/guetezeichen/') ? '/guetezeichen/' : undefined },
    { name: 'Gütezeichen', path: labels[0] },
    {
      name: 'Gütezeichenvergleich',
      path:
        has('/guetezeichen/vergleich/') && labels.length >= 2
          ? `/guetezeichen/vergleich/?l=${labels[0].split('/')[2]}&l=${labels[1].split('/')[2]}`
          : undefined,
    },
    { name: 'Seminarliste', path: has('/seminare/') ? '/seminare/' : undefined },
    { name: 'Seminar', path: detail('seminare', ['archiv'])[0] },
    { name: 'Suche mit Suchbegriff', path: has('/suche/') ? '/suche/?q=Beschaffung' : undefined },
    { name: 'Meldung', path: detail('aktuelles')[0] },
    { name: 'Praxisbeispiele', path: has('/praxisbeispiele/') ? '/praxisbeispiele/' : undefined },
    { name: 'Praxisbeispiel', path: detail('praxisbeispiele')[0] },
    { name: 'Rechtsrahmen', path: has('/rechtsrahmen/') ? '/rechtsrahmen/' : undefined },
    { name: 'Rechtsrahmen eines Landes', path: detail('rechtsrahmen')[0] },
    { name: 'Mein Kompass', path: has('/mein-kompass/') ? '/mein-kompass/' : undefined },
    {
      name: 'Vergabeassistent',
      path: has('/vergabeassistent/') && groups[0] ? `/vergabeassistent/?wert=250000&art=liefer&gruppe=${groups[0]}&schritt=produkt` : undefined,
    },
    {
      name: 'Vergabevermerk',
      path: has('/vergabeassistent/vermerk/') && groups[0] ? `/vergabeassistent/vermerk/?wert=250000&art=liefer&gruppe=${groups[0]}` : undefined,
    },
  ];
}

/**
 * While other parts of the site are still missing on a branch, ALLOW_MISSING_PAGE_TYPES=1 skips
 * their page types instead of failing; on main every type must exist.
 */
export const allowMissingPageTypes = process.env.ALLOW_MISSING_PAGE_TYPES === '1';
