import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkedOffer, changedFacts, facts, isFactField } from '../../admin/checked-today';
import { collectionFields, type CmsField } from '../../admin/config';
import { collectionSpec } from '../../src/schemas/registry';
import { root } from './helpers';

const fields = collectionFields(collectionSpec('labels'));
const label = () => JSON.parse(readFileSync(join(root, 'tests/fixtures/content/labels/fair-stone.json'), 'utf8')) as Record<string, any>;
const TODAY = '2026-12-02';
const paths = (list: { path: (string | number)[] }[]) => list.map((f) => f.path.join('.'));

describe('which fields of a label count as facts', () => {
  it('every value with evidence, every § 34 condition, the inactive note, warnings and external assessments; nothing else', () => {
    const data = { ...label(), inactive: { since: '2020', reason: 'x', evidence: [] }, warnings: [{ kind: 'other', text: 'Hinweis' }] };
    const found = paths(facts(fields, data));
    expect(found).toEqual(
      expect.arrayContaining([
        'verification',
        'criteria.c29',
        'criteria.livingWage',
        'supplyChain.processing',
        'vgv.c1',
        'vgv.c5',
        'inactive',
        'warnings.0',
        'assessments.0',
      ]),
    );
    // Names, status, summaries, product groups, the focus (derived from the criteria) and the general sources are not facts with evidence.
    expect(found.filter((p) => /^(name|issuer|status|summary|productGroups|labelType|focus|notes|sources|lastChecked)\b/.test(p))).toEqual([]);
    // A fact's evidence belongs to it; evidence entries are not facts of their own.
    expect(found.some((p) => p.includes('evidence'))).toBe(false);
  });

  it('a fact field is an object with an evidence list or with an address and a check date', () => {
    const field = (...names: string[]): CmsField => ({
      name: 'x',
      label: 'X',
      widget: 'object',
      fields: names.map((name) => ({ name, label: name, widget: 'string' })),
    });
    expect(isFactField(field('value', 'evidence'))).toBe(true);
    expect(isFactField(field('by', 'verdict', 'url', 'checked'))).toBe(true);
    expect(isFactField(field('social', 'environmental'))).toBe(false);
    expect(isFactField(field('url', 'note'))).toBe(false);
  });
});

describe('changed facts', () => {
  it('a new value, a new or edited evidence entry, a removed assessment; not a check date alone, nor what the form leaves blank', () => {
    const before = label();
    const after = label();
    after.criteria.c29.value = 'partly';
    after.supplyChain.processing = { value: 'yes', evidence: [{ url: 'https://www.example.org/a', note: '', checked: '' }] };
    after.criteria.c105.evidence[0].checked = '2026-12-01';
    // Decap's form may hold keys in another order, and blanks where the file has nothing.
    after.criteria.c87.evidence = after.criteria.c87.evidence.map((e: any) => ({ checked: e.checked, note: e.note ?? '', url: e.url }));
    after.vgv.c1 = { ...after.vgv.c1, reason: '', evidence: [] };
    after.assessments = [];
    expect(paths(changedFacts(fields, before, after)).sort()).toEqual(['assessments.0', 'criteria.c29', 'supplyChain.processing']);
  });

  it('nothing changed, nothing offered', () => {
    expect(checkedOffer(label(), label(), TODAY, fields)).toBeUndefined();
    const dateOnly = label();
    dateOnly.lastChecked = '2026-01-01';
    expect(checkedOffer(label(), dateOnly, TODAY, fields)).toBeUndefined();
  });
});

describe('the offer', () => {
  it('a changed value: its evidence and „Zuletzt geprüft“ go to today, nothing else', () => {
    const before = label();
    const after = label();
    after.criteria.c29.value = 'partly';
    const offer = checkedOffer(before, after, TODAY, fields)!;
    expect(offer.facts).toEqual(['Kriterien › Keine Zwangsarbeit (ILO 29 mit Protokoll)']);
    expect(offer.at).toEqual(['criteria', 'lastChecked']);
    const expected = label();
    expected.criteria.c29 = { value: 'partly', evidence: before.criteria.c29.evidence.map((e: object) => ({ ...e, checked: TODAY })) };
    expected.lastChecked = TODAY;
    expect(offer.updated).toEqual(expected);
  });

  it('a new evidence entry next to an old one: only the new one is dated today', () => {
    const before = label();
    const after = label();
    after.criteria.c29.evidence = [...before.criteria.c29.evidence, { url: 'https://www.example.org/neu', checked: '' }];
    const { updated } = checkedOffer(before, after, TODAY, fields)!;
    expect(updated.criteria).toMatchObject({ c29: { evidence: [before.criteria.c29.evidence[0], { url: 'https://www.example.org/neu', checked: TODAY }] } });
  });

  it('an edited assessment gets its own check date; a removed one only moves „Zuletzt geprüft“', () => {
    const edited = label();
    edited.assessments[0].verdict = 'Gute Wahl';
    expect((checkedOffer(label(), edited, TODAY, fields)!.updated.assessments as any[])[0]).toMatchObject({ verdict: 'Gute Wahl', checked: TODAY });
    const removed = label();
    removed.assessments = [];
    const offer = checkedOffer(label(), removed, TODAY, fields)!;
    expect(offer.updated).toEqual({ ...removed, lastChecked: TODAY });
    expect(offer.facts).toEqual(['Externe Bewertungen › 1']);
  });

  it('once accepted, no offer remains', () => {
    const after = label();
    after.criteria.c29.value = 'partly';
    const { updated } = checkedOffer(label(), after, TODAY, fields)!;
    expect(checkedOffer(label(), updated, TODAY, fields)).toBeUndefined();
  });
});
