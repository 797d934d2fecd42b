import { describe, expect, it } from 'vitest';
import { latestCheck } from '../../src/lib/labels/facts';
import { labelDetail, PRODUCTS_SEARCH_WEIGHT } from '../../src/lib/labels/detail';
import { fixtureEvidence, fixtureGroupNames, fixtureLabel, fixtureNorms } from './view-fixtures';

const ctx = { groupNames: {}, norms: fixtureNorms };
const item = (slug: string, productGroups: string[], lastChecked = '2036-01-01') => ({
  slug,
  data: fixtureLabel({ name: `Zeichen ${slug}`, productGroups, lastChecked }),
});

describe('labelDetail: what the label page and its preview show', () => {
  const view = labelDetail(fixtureLabel(), { groupNames: fixtureGroupNames, norms: fixtureNorms });

  it('puts the profile into label/value pairs with German words, dates and evidence', () => {
    expect(view.facts.map(({ label, value }) => ({ label, value }))).toEqual([
      { label: 'Herausgeber', value: 'Verein für Prüfzeichen e. V.' },
      { label: 'Status', value: 'Aktiv' },
      { label: 'Art', value: 'Produktsiegel' },
      { label: 'Prüfung', value: 'Unabhängige Prüfung durch Dritte' },
      { label: 'Ausrichtung', value: 'Soziale Kriterien: Schwerpunkt · Umweltkriterien: teilweise' },
      { label: 'Zuletzt geprüft', value: '15. März 2036' },
    ]);
    expect(view.facts[3].evidence).toEqual([
      {
        href: 'https://testzeichen.example.org/pruefung',
        text: 'Beleg',
        label: 'Beleg für „Prüfung“: Unabhängige Prüfung durch Dritte (geprüft am 1. März 2036)',
      },
    ]);
    expect(view.lastChecked).toBe('15. März 2036');
    expect(view.badge).toBeUndefined();
    expect(view.inactive).toBeUndefined();
  });

  it('lists the products a source names after the kind of label, weighted for site search', () => {
    const v = labelDetail(fixtureLabel({ products: { items: ['Kaffee', 'Tee'], evidence: fixtureEvidence('produkte') } }), ctx);
    const products = v.facts.find((f) => f.label === 'Produkte');
    expect(v.facts.map((f) => f.label).indexOf('Produkte')).toBe(v.facts.map((f) => f.label).indexOf('Art') + 1);
    expect(products).toMatchObject({ value: 'Kaffee, Tee', searchWeight: PRODUCTS_SEARCH_WEIGHT });
    expect(products?.evidence?.[0].label).toMatch(/^Beleg für „Produkte“/);
    expect(view.facts.some((f) => f.label === 'Produkte')).toBe(false);
  });

  it('shows since when and why a label is no longer active, with its evidence', () => {
    const inactive = { since: '2012', reason: 'Die Trägerorganisationen sind ausgetreten, die Vergabe endete.', evidence: fixtureEvidence('ende') };
    const v = labelDetail(fixtureLabel({ status: 'inactive', inactive }), ctx);
    expect(v.badge).toBe('Nicht mehr aktiv');
    expect(v.inactive?.text).toBe('Seit 2012: Die Trägerorganisationen sind ausgetreten, die Vergabe endete.');
    expect(v.inactive?.evidence[0].label).toMatch(/^Beleg für „Nicht mehr aktiv“/);
  });

  it('names product groups, and shows an unknown group by its file name', () => {
    expect(view.productGroups).toEqual([
      { name: 'Natursteine', href: '/guetezeichen/produktgruppe/natursteine/' },
      { name: 'Textilien und Bekleidung', href: '/guetezeichen/produktgruppe/textilien/' },
    ]);
    expect(labelDetail(fixtureLabel(), ctx).productGroups[0].name).toBe('natursteine');
  });

  it('says which criteria are covered, or that none is', () => {
    expect(view.covered).toBe('Keine Zwangsarbeit (ILO 29 mit Protokoll), Mindestalter, keine Kinderarbeit (ILO 138)');
    const criteria = { ...fixtureLabel().criteria, c29: { value: 'no', evidence: fixtureEvidence('x') }, c138: { value: 'unknown' } };
    expect(labelDetail(fixtureLabel({ criteria, focus: { social: 'unknown', environmental: 'partly' } }), ctx).covered).toBe('bisher kein Kriterium belegt');
  });

  it('turns criteria, supply chain and § 34 VgV into table rows with symbol, words and a named evidence link', () => {
    expect(view.criteriaTables.map((t) => t.title)).toEqual(['Soziale Kriterien', 'Umweltkriterien', 'Glaubwürdigkeit', 'Erfasste Stufen der Lieferkette']);
    expect(view.criteriaTables[0].rows[0]).toEqual({
      text: 'ILO-Kernarbeitsnormen (die acht Kernübereinkommen von 1998)',
      cell: { value: 'unknown', symbol: '?', text: 'unbekannt', evidence: [] },
    });
    expect(view.criteriaTables[0].rows[1].cell).toMatchObject({ value: 'yes', symbol: '✓', text: 'abgedeckt' });
    expect(view.criteriaTables[0].rows[1].cell.evidence[0].label).toBe(
      'Beleg für „Keine Zwangsarbeit (ILO 29 mit Protokoll)“: abgedeckt (geprüft am 1. März 2036)',
    );
    expect(view.criteriaTables[1].rows.find((r) => r.text.startsWith('Chemikalien'))?.cell.text).toBe('teilweise');
    expect(view.criteriaTables[3].rows[0].cell.text).toBe('abgedeckt');
    expect(view.vgvTable.columns).toEqual(['Nr.', 'Bedingung', 'Stand', 'Begründung']);
    expect(view.vgvTable.rows.slice(0, 3).map((r) => [r.nr, r.cell.text, r.reason])).toEqual([
      ['1', 'erfüllt', 'Alle Anforderungen betreffen die Herstellung der Steine.'],
      ['2', 'teilweise erfüllt', 'Einige Anforderungen sind nur allgemein formuliert.'],
      ['3', 'nicht geprüft', ''],
    ]);
  });

  it('sums up plainly what is known about § 34 VgV', () => {
    expect(view.vgvSummary).toBe(
      'Eine Quelle bestätigt Nr. 1. Nr. 2 ist nach der Quelle nur teilweise erfüllt. Zu Nr. 3, 4 und 5 haben wir bisher keine Quelle; diese Bedingungen prüfen Sie vor der Ausschreibung selbst.',
    );
    const none = Object.fromEntries(['c1', 'c2', 'c3', 'c4', 'c5'].map((k) => [k, { value: 'unknown' }]));
    const unchecked = labelDetail(fixtureLabel({ vgv: none }), ctx);
    expect(unchecked.vgvSummary).toBe(
      'Zu keiner der fünf Bedingungen haben wir bisher eine Quelle. Prüfen Sie sie vor der Ausschreibung selbst, zum Beispiel an der Website des Herausgebers.',
    );
    expect(unchecked.vgvSummary).not.toMatch(/nicht belegt geprüft/);
    expect(view.vgvNotes[0]).toMatch(/^Wenn Sie ein Gütezeichen verlangen/);
  });

  it('lists every assessment with its date and says when they disagree', () => {
    expect(view.assessments).toEqual([
      {
        by: 'Siegelprüfstelle',
        verdict: 'sehr gute Wahl',
        rating: 'empfohlen',
        category: '',
        dimensions: '',
        asOf: '2036-02',
        href: 'https://bewertung.example.org/testzeichen',
        linkLabel: 'Quelle der Bewertung von Siegelprüfstelle',
      },
    ]);
    expect(view.assessmentsNote).toBeUndefined();
    const second = {
      by: 'labelOnline',
      verdict: 'eingeschränkt empfehlenswert',
      rating: 'limited',
      asOf: '2030',
      url: 'https://bewertung.example.org/alt',
      checked: '2036-03-01',
    };
    const both = labelDetail(fixtureLabel({ assessments: [...fixtureLabel().assessments, second] }), ctx);
    expect(both.assessments.map((a) => [a.by, a.asOf])).toEqual([
      ['Siegelprüfstelle', '2036-02'],
      ['Label-online', '2030'],
    ]);
    expect(both.assessmentsNote).toMatch(/unterschiedlichen Urteilen/);
  });

  it('writes warnings and tender wording for both legal bases', () => {
    expect(view.warnings).toEqual([{ title: 'Marktlage', text: 'Bisher tragen nur wenige Produkte das Zeichen.', evidence: [] }]);
    expect(view.tender.kind).toBe('label');
    expect(view.tender.variants.map((v) => v.title)).toEqual(['oberhalb der EU-Schwellenwerte', 'unterhalb der EU-Schwellenwerte']);
    expect(view.tender.variants[0].snippets[0].text).toContain(
      'Die zu liefernden Produkte (Natursteine, Textilien und Bekleidung) müssen folgende Merkmale aufweisen',
    );
  });

  it('leaves unfinished dates of a half-filled form empty instead of failing', () => {
    const draft = { ...fixtureLabel(), lastChecked: '2036-0' };
    expect(labelDetail(draft, ctx).lastChecked).toBe('');
  });

  it('relates labels sharing a product group, at most six, and links the comparison only with a slug', () => {
    const all = [item('selbst', ['natursteine']), ...Array.from({ length: 7 }, (_, i) => item(`stein-${i}`, ['natursteine'])), item('anders', ['kaffee'])];
    const v = labelDetail(fixtureLabel({ productGroups: ['natursteine'] }), { ...ctx, slug: 'selbst', all });
    expect(v.related.map((l) => l.slug)).toEqual(['stein-0', 'stein-1', 'stein-2', 'stein-3', 'stein-4', 'stein-5']);
    expect(v.compareHref).toBe('/guetezeichen/vergleich/?l=selbst');
    expect(view.related).toEqual([]);
    expect(view.compareHref).toBeUndefined();
  });

  it('keeps the meta description between 50 and 200 characters', () => {
    expect(view.description).toBe(
      'Testzeichen Faire Pflastersteine: was das Gütezeichen abdeckt, wie es geprüft wird, § 34 VgV und Textbausteine für die Ausschreibung.',
    );
    expect(labelDetail(fixtureLabel({ name: 'X'.repeat(80) }), ctx).description.length).toBeLessThanOrEqual(200);
    expect(labelDetail(fixtureLabel({ name: 'XY' }), ctx).description.length).toBeGreaterThanOrEqual(50);
  });
});

describe('label facts shared by pages', () => {
  it('latestCheck finds the most recent check, undefined for no labels', () => {
    expect(latestCheck([item('a', ['x'], '2036-01-05'), item('b', ['x'], '2036-04-01'), item('c', ['x'], '2035-12-31')])).toBe('2036-04-01');
    expect(latestCheck([])).toBeUndefined();
  });
});
