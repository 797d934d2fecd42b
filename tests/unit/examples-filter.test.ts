import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cpvSearchText } from '../../src/lib/cpv';
import { exampleFacets } from '../../src/lib/examples/facets';
import { exampleVocab, toExampleRecord } from '../../src/lib/examples/record';
import { createFilterIndex, createIndex } from '../../src/lib/finder/engine';
import { finderVocab, toFinderRecord } from '../../src/lib/finder/record';
import { emptyFilterState, emptyState, parseFilterState, serializeFilterState } from '../../src/lib/finder/state';
import { exampleSchema } from '../../src/schemas/example';
import { stateSchema } from '../../src/schemas/state';
import { fixtureExample, fixtureLabel, fixtureState } from './view-fixtures';
import { root } from './helpers';

const dir = join(root, 'tests/fixtures/content/examples');
const examples = readdirSync(dir)
  .sort()
  .map((f) => ({ slug: f.replace(/\.json$/, ''), data: exampleSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))) }));
const groupCpv = { 'textilien-bekleidung': ['18110000-3'], natursteine: ['44912400-0'] };
const records = examples.map((e) => toExampleRecord(e.slug, e.data, groupCpv));
const order = {
  states: ['bayern', 'nordrhein-westfalen', 'rheinland-pfalz'],
  groups: ['textilien-bekleidung', 'natursteine', 'it-elektronik'],
  labels: ['fair-stone', 'xertifix'],
};
const vocab = exampleVocab(records, order);
const index = createFilterIndex(exampleFacets, records, vocab, (r) => r.text);
const slugsOf = (state: ReturnType<typeof emptyFilterState<(typeof exampleFacets.keys)[number]>>) => index.search(state).matches.map((i) => records[i].slug);

describe('the shared filter engine on practice examples', () => {
  it('filters by Land, kind and product group, with counts per option', () => {
    const state = { ...emptyFilterState(exampleFacets), groups: ['natursteine'] };
    expect(slugsOf(state)).toEqual(['bitburg-fair-stone-pflaster', 'muenchen-natursteine-baureferat']);
    const result = index.search(state);
    // OR facet: its own counts ignore its own choice, the others count within it.
    expect(result.counts.groups).toMatchObject({ natursteine: 2, 'textilien-bekleidung': 1, 'it-elektronik': 0 });
    expect(result.counts.kind).toMatchObject({ procurement: 1, serviceInstruction: 1, councilDecision: 0 });
    expect(slugsOf({ ...state, state: ['bayern'] })).toEqual(['muenchen-natursteine-baureferat']);
    expect(slugsOf({ ...emptyFilterState(exampleFacets), kind: ['procurement'], labels: ['fair-stone'] })).toEqual(['bitburg-fair-stone-pflaster']);
  });

  it('offers years newest first and only labels some example uses', () => {
    expect(vocab.year).toEqual(['2018', '2017', '2011']);
    expect(vocab.labels).toEqual(['fair-stone']);
  });

  it('finds examples by a CPV code with and without check digit', () => {
    for (const q of ['18110000', '18110000-3']) expect(slugsOf({ ...emptyFilterState(exampleFacets), q })).toEqual(['bonn-dienstkleidung-stadtgruen']);
    expect(slugsOf({ ...emptyFilterState(exampleFacets), q: 'bitburg' })).toEqual(['bitburg-fair-stone-pflaster']);
  });

  it('round-trips its state through a German address', () => {
    const state = {
      ...emptyFilterState(exampleFacets),
      q: 'pflaster',
      kind: ['procurement', 'serviceInstruction'],
      state: ['bayern'],
      sizeClass: ['unknown'],
      year: ['2017'],
      procedure: ['none'],
      placement: ['specification'],
    };
    const query = serializeFilterState(exampleFacets, state, vocab);
    expect(query).toBe(
      '?suche=pflaster&art=beschaffung,dienstanweisung&land=bayern&groesse=unbekannt&jahr=2017&verfahren=kein-verfahren&stelle=leistungsbeschreibung',
    );
    expect(parseFilterState(exampleFacets, query, vocab)).toEqual(state);
    expect(parseFilterState(exampleFacets, '?land=atlantis&jahr=1800&art=%E0', vocab)).toEqual(emptyFilterState(exampleFacets));
  });
});

describe('CPV codes in the label finder', () => {
  it('finds a label by the CPV code of its product group', () => {
    const label = fixtureLabel();
    const records = [toFinderRecord('testzeichen', label, cpvSearchText(['44912400-0'])), toFinderRecord('anderes', { ...label, name: 'Anderes Zeichen' })];
    const finder = createIndex(records, finderVocab(['natursteine', 'textilien']));
    for (const q of ['44912400', '44912400-0']) expect(finder.search({ ...emptyState(), q }).matches).toEqual([0]);
  });
});

describe('schemas of examples and Länder', () => {
  it('accept the made-up entries', () => {
    expect(exampleSchema.safeParse(fixtureExample()).success).toBe(true);
    expect(stateSchema.safeParse(fixtureState()).success).toBe(true);
  });

  it.each([
    ['an example without product group', exampleSchema, fixtureExample({ productGroups: [] }), 'productGroups', 'mindestens eine Produktgruppe'],
    ['an unknown placement', exampleSchema, fixtureExample({ placement: ['irgendwo'] }), 'placement.0', 'keine bekannte Stelle'],
    ['a CPV code without check digit', exampleSchema, fixtureExample({ cpv: ['18110000'] }), 'cpv.0', 'CPV-Code'],
    ['a document that is no PDF', exampleSchema, fixtureExample({ documents: [{ title: 'Plan', file: 'media/plan.docx' }] }), 'documents.0.file', 'PDF'],
    ['an example without sources', exampleSchema, fixtureExample({ sources: [] }), 'sources', 'mindestens eine Quelle'],
    [
      'a Land with an unknown UVgO status',
      stateSchema,
      fixtureState({ uvgo: { value: 'vielleicht', text: 'Text mit Länge.', evidence: [] } }),
      'uvgo.value',
      'kein bekannter Wert',
    ],
    ['a Land without Stand', stateSchema, fixtureState({ asOf: '2025-13-01' }), 'asOf', 'Kalenderdatum'],
    ['evidence over http', stateSchema, fixtureState({ links: [{ title: 'Gesetz', url: 'http://example.org/' }] }), 'links.0.url', 'https://'],
  ])('refuse %s', (_case, schema, value, field, message) => {
    const result = (schema as typeof exampleSchema).safeParse(value);
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path.join('.') === field);
    expect(issue?.message).toContain(message);
  });
});
