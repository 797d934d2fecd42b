import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { routes, sections } from '../../src/lib/routes';
import { RESERVED_TOP_LEVEL } from '../../src/schemas/registry';
import { root } from './helpers';

describe('routes', () => {
  it.each(Object.entries(sections))('the section %s (%s) is a folder of src/pages and a reserved name', (_name, path) => {
    const name = path.split('/')[1];
    expect(existsSync(join(root, 'src/pages', name))).toBe(true);
    expect(RESERVED_TOP_LEVEL).toContain(name);
  });

  it('builds the addresses the pages are written to', () => {
    expect(routes.label('fsc')).toBe('/guetezeichen/fsc/');
    expect(routes.productGroup('natursteine')).toBe('/guetezeichen/produktgruppe/natursteine/');
    expect(routes.finderForGroup('natursteine')).toBe('/guetezeichen/?gruppe=natursteine');
    expect(routes.compare()).toBe('/guetezeichen/vergleich/');
    expect(routes.compare(['fsc', 'pefc'])).toBe('/guetezeichen/vergleich/?l=fsc,pefc');
    expect(routes.seminar('kurs')).toBe('/seminare/kurs/');
    expect(routes.seminarCalendar('kurs')).toBe('/seminare/kurs.ics');
    expect(routes.news('meldung')).toBe('/aktuelles/meldung/');
    expect(routes.programme('beratung')).toBe('/angebote/beratung/');
    expect(routes.round(2025)).toBe('/wettbewerb/2025/');
    expect(routes.search()).toBe('/suche/');
    expect(routes.search('faire kita')).toBe('/suche/?q=faire%20kita');
  });
});
