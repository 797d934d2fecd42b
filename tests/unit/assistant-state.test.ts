import { describe, expect, it } from 'vitest';
import { emptyState, parseEuro, parseState, serializeState, setParam, type KnownSlugs } from '../../src/lib/assistant/state';

const known: KnownSlugs = {
  states: ['bayern', 'nordrhein-westfalen'],
  groups: ['textilien-bekleidung', 'natursteine'],
  labels: ['fairtrade', 'gots', 'fair-stone'],
};
const parse = (query: string) => parseState(new URLSearchParams(query), known);

describe('contract value', () => {
  it('reads plain, German-grouped and decimal-comma amounts', () => {
    expect(parseEuro('250000')).toBe(250000);
    expect(parseEuro('250.000')).toBe(250000);
    expect(parseEuro('250000,00')).toBe(250000);
    expect(parseEuro('1.250.000,50')).toBe(1250000);
    expect(parseEuro(' 30 000 € ')).toBe(30000);
    expect(parseEuro('0')).toBe(0);
  });

  it('cuts cents off, so a value just under a threshold stays under it', () => {
    expect(parseEuro('215.999,99')).toBe(215999);
  });

  it('ignores negative, non-numeric, misgrouped and huge values', () => {
    for (const bad of ['-5', 'abc', '', '12a', '1.2.3', '25.00', '250000.5', '1e9', '99999999999999999999', 'Infinity', 'NaN']) {
      expect(parseEuro(bad), bad).toBeUndefined();
      expect(parse(`wert=${encodeURIComponent(bad)}`).wert, bad).toBeUndefined();
    }
  });
});

describe('parseState', () => {
  it('reads every parameter', () => {
    const state = parse(
      'wert=250000&art=liefer&traeger=bund&land=nordrhein-westfalen&gruppe=textilien-bekleidung&gz=gots,fairtrade&platz=gots:leistung,fairtrade:zuschlag&markt=verfuegbar:ja,dialog:offen&lzk=nein&schritt=markt',
    );
    expect(state).toEqual({
      wert: 250000,
      art: 'liefer',
      traeger: 'bund',
      land: 'nordrhein-westfalen',
      gruppe: 'textilien-bekleidung',
      gz: ['gots', 'fairtrade'],
      platz: { gots: 'leistung', fairtrade: 'zuschlag' },
      markt: { verfuegbar: 'ja', dialog: 'offen' },
      lzk: 'nein',
      schritt: 'markt',
    });
  });

  it('gives the empty state for an empty or foreign query', () => {
    expect(parse('')).toEqual(emptyState());
    expect(parse('q=kaffee&foo=bar')).toEqual(emptyState());
  });

  it('drops unknown slugs and values, and keeps the order of labels without duplicates', () => {
    const state = parse('art=holz&traeger=kreis&land=atlantis&gruppe=moebel&gz=gots,unbekannt,fairtrade,gots,,fairtrade&lzk=vielleicht&schritt=ende');
    expect(state).toEqual({ ...emptyState(), gz: ['gots', 'fairtrade'] });
  });

  it('drops placements of labels not chosen, unknown placements and the second placement of a label', () => {
    const state = parse('gz=gots&platz=fairtrade:leistung,gots:irgendwo,gots:zuschlag,gots:leistung,kaputt');
    expect(state.platz).toEqual({ gots: 'zuschlag' });
  });

  it('drops market answers with unknown answers or odd keys', () => {
    expect(parse('markt=verfuegbar:vielleicht,dialog:ja,<script>:ja,:nein,bieter').markt).toEqual({ dialog: 'ja' });
  });
});

describe('hostile queries', () => {
  it('never throw and give only known values', () => {
    const queries = [
      'wert=%E0%A4%A',
      'gz=%2C%2C%2C&platz=%3A%3A',
      `gz=${'gots,'.repeat(500)}`,
      'markt=a:ja,'.repeat(100),
      'art=liefer&art=bau',
      'wert=1e400',
      'land=__proto__&gruppe=constructor',
      'platz=__proto__:leistung&gz=__proto__',
    ];
    for (const q of queries) {
      const state = parse(q);
      expect(state.gz.every((g) => known.labels.includes(g))).toBe(true);
      expect(Object.keys(state.platz).every((g) => state.gz.includes(g))).toBe(true);
      expect(state.land).toBeUndefined();
      expect(parse(serializeState(state).slice(1))).toEqual(state);
    }
    expect(parse('art=liefer&art=bau').art).toBe('liefer');
  });
});

describe('serializeState', () => {
  it('is empty for the empty state', () => {
    expect(serializeState(emptyState())).toBe('');
  });

  it('writes the parameters in a fixed order, readable', () => {
    const query =
      '?wert=30000&art=liefer&traeger=kommune&land=bayern&gruppe=textilien-bekleidung&gz=gots,fairtrade&platz=gots:leistung&markt=verfuegbar:ja&lzk=offen&schritt=verfahren';
    expect(serializeState(parse(query.slice(1)))).toBe(query);
  });

  it('round-trips any parsed state', () => {
    for (const q of ['wert=1&gz=fair-stone', 'gz=fairtrade,gots&platz=gots:ausfuehrung&markt=bieter:nein', 'land=bayern&schritt=rahmen']) {
      const state = parse(q);
      expect(parse(serializeState(state).slice(1))).toEqual(state);
    }
  });
});

describe('setParam', () => {
  it('sets and removes plain parameters, validating them like a URL', () => {
    let state = setParam(emptyState(), 'wert', '250.000', known);
    expect(state.wert).toBe(250000);
    state = setParam(state, 'land', 'bayern', known);
    state = setParam(state, 'land', 'atlantis', known);
    expect(state.land).toBeUndefined();
    state = setParam(state, 'wert', '', known);
    expect(state.wert).toBeUndefined();
  });

  it('sets one placement or market answer and keeps the others', () => {
    let state = setParam(emptyState(), 'gz', 'gots,fairtrade', known);
    state = setParam(state, 'platz:gots', 'leistung', known);
    state = setParam(state, 'platz:fairtrade', 'zuschlag', known);
    state = setParam(state, 'markt:verfuegbar', 'nein', known);
    state = setParam(state, 'markt:dialog', 'ja', known);
    expect(state.platz).toEqual({ gots: 'leistung', fairtrade: 'zuschlag' });
    expect(state.markt).toEqual({ verfuegbar: 'nein', dialog: 'ja' });
    state = setParam(state, 'markt:verfuegbar', '', known);
    expect(state.markt).toEqual({ dialog: 'ja' });
  });

  it('drops the placement of a label that is no longer chosen', () => {
    let state = setParam(emptyState(), 'gz', 'gots,fairtrade', known);
    state = setParam(state, 'platz:gots', 'leistung', known);
    state = setParam(state, 'gz', 'fairtrade', known);
    expect(state.platz).toEqual({});
    expect(setParam(state, 'platz:gots', 'leistung', known).platz).toEqual({});
  });
});
