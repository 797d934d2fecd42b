import { describe, expect, it } from 'vitest';
import { commonPart, groupPart, joinParts, partsFor } from '../../src/lib/assistant/parts';
import { buildPhases } from '../../src/lib/assistant/phases';
import { parseState } from '../../src/lib/assistant/state';
import { buildVermerk } from '../../src/lib/assistant/vermerk';
import { routes } from '../../src/lib/routes';
import { fixtureData as data } from './assistant-fixtures';

const common = commonPart(data, routes.assistantGroupData);
const parts = Object.fromEntries(data.known.groups.map((slug) => [slug, groupPart(data, slug)]));
const state = (query: string) => parseState(new URLSearchParams(query), data.known);
/** What the browser has for a state: the common part joined with the parts partsFor names. */
const joined = (query: string) =>
  joinParts(
    common,
    partsFor(state(query), common).map((slug) => parts[slug]),
  );

describe('the assistant data in parts', () => {
  it('keeps labels, risks and examples out of the common part, and links each group to its part', () => {
    const json = JSON.stringify(common);
    for (const l of Object.values(data.labels)) expect(json).not.toContain(JSON.stringify(l.vgvSummary));
    expect(json).not.toContain(data.examples[0].href);
    expect(Object.values(common.groups).every((g) => !('risks' in g))).toBe(true);
    expect(common.groups['natursteine'].part).toBe('/vergabeassistent/daten/natursteine.json');
    expect(Object.keys(common.labelGroups)).toEqual(data.known.labels);
    expect(common.known).toEqual(data.known);
  });

  it('gives each group its own labels, in the order of the whole data, its risks and its examples', () => {
    for (const slug of data.known.groups) {
      const part = parts[slug];
      expect(part.group).toBe(slug);
      expect(Object.keys(part.labels)).toEqual(Object.keys(data.labels).filter((l) => data.labels[l].groups.includes(slug)));
      expect(part.risks).toEqual(data.groups[slug].risks);
      expect(part.examples).toEqual(data.examples.filter((e) => e.groups.includes(slug)));
    }
    expect(Object.keys(data.labels)).toEqual(data.known.labels);
  });

  it('needs no part before a group or label is chosen, and only the chosen group’s part for its labels', () => {
    expect(partsFor(state(''), common)).toEqual([]);
    expect(partsFor(state('wert=250000&land=bayern'), common)).toEqual([]);
    expect(partsFor(state('gruppe=textilien-bekleidung&gz=fairtrade-textile-production'), common)).toEqual(['textilien-bekleidung']);
  });

  it('adds a part for a chosen label outside the group, preferring one already loaded', () => {
    expect(data.labels['fair-stone'].groups).not.toContain('textilien-bekleidung');
    const home = data.labels['fair-stone'].groups[0];
    expect(partsFor(state('gruppe=textilien-bekleidung&gz=fair-stone'), common)).toEqual(['textilien-bekleidung', home]);
    expect(partsFor(state('gz=fair-stone'), common)).toEqual([home]);
    const multi = Object.keys(data.labels).find((l) => data.labels[l].groups.length > 1);
    if (multi) {
      const [first, second] = data.labels[multi].groups;
      expect(partsFor(state(`gz=${multi}`), common, new Set([second]))).toEqual([second]);
      expect(partsFor(state(`gz=${multi}`), common)).toEqual([first]);
    }
  });

  it('joins back into data the steps and the Vermerk read exactly as the whole data', () => {
    for (const query of [
      '',
      'wert=250000&art=liefer&traeger=kommune&land=nordrhein-westfalen&gruppe=textilien-bekleidung&gz=fairtrade-textile-production,fair-wear-foundation&platz=fairtrade-textile-production:leistung&markt=verfuegbar:nein&lzk=ja&schritt=verfahren',
      'wert=40000&art=liefer&land=baden-wuerttemberg&gruppe=natursteine&gz=fair-stone,fairtrade-textile-production&schritt=markt',
      'wert=30000&art=bau&gz=fair-stone',
      ...data.known.groups.map((g) => `gruppe=${g}&schritt=produkt`),
    ]) {
      expect(buildPhases(state(query), joined(query)), query).toEqual(buildPhases(state(query), data));
      expect(buildVermerk(state(query), joined(query)), query).toEqual(buildVermerk(state(query), data));
    }
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(common))).toEqual(common);
    expect(JSON.parse(JSON.stringify(parts))).toEqual(parts);
  });
});
