import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { routes } from '../../src/lib/routes';

/** One page of each type a visitor meets, taken from the built site so any valid content works. */
export function pageTypes(dist: string): { name: string; path: string }[] {
  const pagesUnder = (path: string) =>
    readdirSync(join(dist, path), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(dist, path, d.name, 'index.html')))
      .map((d) => d.name)
      .sort();
  const labels = pagesUnder(routes.labels).filter((name) => !['produktgruppe', 'vergleich'].includes(name));
  const seminars = pagesUnder(routes.seminars).filter((name) => name !== 'archiv');
  const groups = pagesUnder(`${routes.labels}produktgruppe/`);
  const pages = [
    { name: 'Startseite', path: routes.home },
    { name: 'Gütezeichenfinder', path: routes.labels },
    { name: 'Gütezeichen', path: routes.label(labels[0]) },
    { name: 'Vergleich', path: routes.compare(labels.slice(0, 3)) },
    { name: 'Seminarliste', path: routes.seminars },
    { name: 'Seminar', path: routes.seminar(seminars.at(-1)!) },
    { name: 'Suche', path: routes.search('Kaffee') },
    { name: 'Angebot', path: routes.programmes },
    { name: 'Mein Kompass', path: routes.kompass },
    { name: 'Vergabeassistent', path: routes.assistant(`?wert=250000&art=liefer&gruppe=${groups[0]}&schritt=produkt`) },
    { name: 'Vergabevermerk', path: routes.vermerk(`?wert=250000&art=liefer&gruppe=${groups[0]}`) },
  ];
  return pages;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
