import { describe, expect, it } from 'vitest';
import { compareStatus, removedStatus } from '../../src/lib/labels/compare-status';
import { compareSelection, parseCompare, refusedMessage, rowDiffers, serializeCompare } from '../../src/lib/labels/compare-url';
import { facets } from '../../src/lib/finder/facets';
import { finderVocab } from '../../src/lib/finder/record';
import { emptyState, parseState, serializeState, type FacetVocab } from '../../src/lib/finder/state';

const vocab: FacetVocab = {
  groups: ['lebensmittel-getraenke', 'textilien-bekleidung', 'natursteine'],
  criteria: ['c138', 'livingWage'],
  verification: ['thirdParty', 'membership'],
  labelType: ['product', 'meta'],
  focus: ['social', 'environmental'],
  rating: ['recommended'],
};

describe('URL state', () => {
  it('round-trips a full state in canonical order', () => {
    const state = {
      q: 'grüner knopf',
      groups: ['natursteine', 'textilien-bekleidung'],
      criteria: ['livingWage', 'c138'],
      verification: ['thirdParty'],
      labelType: ['meta'],
      focus: ['social'],
      rating: ['recommended'],
    };
    const query = serializeState(state, vocab);
    expect(query).toBe(
      '?suche=gr%C3%BCner%20knopf&gruppe=textilien-bekleidung,natursteine&kriterium=ilo-138,existenzlohn&pruefung=unabhaengig&art=meta-siegel&fokus=sozial&bewertung=glaubwuerdig',
    );
    expect(parseState(query, vocab)).toEqual({ ...state, groups: ['textilien-bekleidung', 'natursteine'], criteria: ['c138', 'livingWage'] });
  });

  it('still reads the stored keys that older links carry', () => {
    expect(parseState('?kriterium=c138,livingWage&pruefung=thirdParty&art=meta&fokus=social', vocab)).toMatchObject({
      criteria: ['c138', 'livingWage'],
      verification: ['thirdParty'],
      labelType: ['meta'],
      focus: ['social'],
    });
    expect(parseState('?pruefung=thirdParty,unabhaengig', vocab).verification).toEqual(['thirdParty']);
  });

  it('gives every vocabulary key its own German URL value that no other key of the facet uses', () => {
    const all = finderVocab([]);
    for (const facet of facets) {
      if (!('urlValues' in facet)) continue;
      const urlValues: Record<string, string> = facet.urlValues;
      const keys = all[facet.key];
      expect(Object.keys(urlValues).sort()).toEqual([...keys].sort());
      const values = keys.map((k) => urlValues[k]);
      expect(new Set(values).size).toBe(keys.length);
      for (const [key, value] of Object.entries(urlValues)) {
        expect(value).toMatch(/^[a-z0-9-]+$/);
        if (value !== key) expect(keys).not.toContain(value);
      }
    }
  });

  it('gives an empty query for the empty state', () => {
    expect(serializeState(emptyState(), vocab)).toBe('');
    expect(parseState('', vocab)).toEqual(emptyState());
  });

  it('accepts repeated parameters as well as comma lists', () => {
    expect(parseState('?gruppe=natursteine&gruppe=lebensmittel-getraenke', vocab).groups).toEqual(['lebensmittel-getraenke', 'natursteine']);
  });

  it.each([
    ['unknown values', '?gruppe=autos,natursteine&kriterium=<script>', { groups: ['natursteine'], criteria: [] }],
    ['unknown parameters', '?foo=bar&art=meta', { labelType: ['meta'] }],
    ['broken percent encoding', '?suche=%E0%A4%A&gruppe=%ZZ', { groups: [] }],
    ['empty and doubled commas', '?fokus=,,social,,social,', { focus: ['social'] }],
    ['a very long search text', `?suche=${'a'.repeat(5000)}`, { q: 'a'.repeat(100) }],
    ['a bare question mark and ampersands', '?&&=&', {}],
  ])('ignores %s without throwing', (_name, query, expected) => {
    expect(() => parseState(query, vocab)).not.toThrow();
    expect(parseState(query, vocab)).toMatchObject(expected);
  });
});

describe('comparison choice', () => {
  const known = ['fsc', 'pefc', 'fair-stone', 'igep', 'xertifix'];
  it('keeps known labels in order, without repeats, at most four', () => {
    expect(parseCompare('?l=fsc,pefc,fsc,unbekannt', known)).toEqual(['fsc', 'pefc']);
    expect(parseCompare('?l=fsc&l=igep', known)).toEqual(['fsc', 'igep']);
    expect(parseCompare('?l=fsc,pefc,fair-stone,igep,xertifix', known)).toHaveLength(4);
    expect(compareSelection('?l=fsc,pefc,fair-stone,igep,xertifix', known)).toEqual({ slugs: ['fsc', 'pefc', 'fair-stone', 'igep'], refused: ['xertifix'] });
    expect(refusedMessage(['XertifiX'])).toBe(
      'Es lassen sich höchstens 4 Gütezeichen vergleichen. Nicht aufgenommen: „XertifiX“. Entfernen Sie ein Gütezeichen, um ein anderes aufzunehmen.',
    );
    expect(refusedMessage([])).toBe('');
    expect(parseCompare('?l=%E0%A4%A', known)).toEqual([]);
  });
  it('writes the choice back as one list', () => {
    expect(serializeCompare(['fsc', 'pefc'])).toBe('?l=fsc,pefc');
    expect(serializeCompare([])).toBe('');
  });
  it('marks a row as different when any value differs', () => {
    expect(rowDiffers(['abgedeckt', 'abgedeckt'])).toBe(false);
    expect(rowDiffers(['abgedeckt', 'unbekannt', 'abgedeckt'])).toBe(true);
  });
  it('says what is chosen and what the table shows', () => {
    expect(compareStatus([], 0)).toBe('Wählen Sie zwei bis vier Gütezeichen aus der Liste.');
    expect(compareStatus(['Fair Stone'], 0)).toBe('Ausgewählt: Fair Stone. Wählen Sie mindestens ein weiteres Gütezeichen.');
    expect(compareStatus(['Fair Stone', 'IGEP'], 5)).toBe('2 Gütezeichen im Vergleich, 5 Zeilen mit Unterschieden.');
    const refused = refusedMessage(['XertifiX']);
    expect(compareStatus(['FSC', 'PEFC', 'Fair Stone', 'IGEP'], 3, refused)).toBe(`${refused} 4 Gütezeichen im Vergleich, 3 Zeilen mit Unterschieden.`);
    // Without a table, the refusal alone explains the empty choice.
    expect(compareStatus([], 0, refused)).toBe(refused);
    expect(removedStatus('IGEP', '2 Gütezeichen im Vergleich, 4 Zeilen mit Unterschieden.')).toBe(
      '„IGEP“ aus dem Vergleich entfernt. 2 Gütezeichen im Vergleich, 4 Zeilen mit Unterschieden.',
    );
  });
});
