import { describe, expect, it } from 'vitest';
import { coveredCriteria, latestCheck } from '../../src/lib/labels/facts';
import { labelDetail } from '../../src/lib/labels/detail';
import { fixtureGroupNames, fixtureLabel } from './view-fixtures';

const item = (slug: string, productGroups: string[], lastChecked = '2036-01-01') => ({ slug, data: fixtureLabel({ name: `Zeichen ${slug}`, productGroups, lastChecked }) });

describe('labelDetail: what the label page and its preview show', () => {
  const view = labelDetail(fixtureLabel(), { groupNames: fixtureGroupNames });

  it('puts the profile into label/value pairs with German words and dates', () => {
    expect(view.facts).toEqual([
      { label: 'Herausgeber', value: 'Verein für Prüfzeichen e. V.' },
      { label: 'Status', value: 'Aktiv' },
      { label: 'Art', value: 'Produktsiegel' },
      { label: 'Prüfung', value: 'Unabhängige Prüfung durch Dritte' },
      { label: 'Ausrichtung', value: 'Soziale Kriterien: Schwerpunkt · Umweltkriterien: teilweise' },
      { label: 'Zuletzt geprüft', value: '15. März 2036' },
    ]);
    expect(view.lastChecked).toBe('15. März 2036');
    expect(view.badge).toBeUndefined();
    expect(labelDetail(fixtureLabel({ status: 'inactive' }), { groupNames: {} }).badge).toBe('Nicht mehr aktiv');
  });

  it('names product groups, and shows an unknown group by its file name', () => {
    expect(view.productGroups).toEqual([
      { name: 'Natursteine', href: '/guetezeichen/produktgruppe/natursteine/' },
      { name: 'Textilien und Bekleidung', href: '/guetezeichen/produktgruppe/textilien/' },
    ]);
    expect(labelDetail(fixtureLabel(), { groupNames: {} }).productGroups[0].name).toBe('natursteine');
  });

  it('says which criteria are covered, or that none is', () => {
    expect(view.covered).toBe('Keine Zwangsarbeit (ILO 29 mit Protokoll), Mindestalter, keine Kinderarbeit (ILO 138)');
    expect(labelDetail(fixtureLabel({ criteria: { ...fixtureLabel().criteria, c29: 'no', c138: 'unknown' } }), { groupNames: {} }).covered).toBe('bisher kein Kriterium belegt');
  });

  it('turns criteria, supply chain and § 34 VgV into table rows with symbol and words', () => {
    expect(view.criteriaTables.map((t) => t.title)).toEqual(['Soziale Kriterien', 'Umweltkriterien', 'Glaubwürdigkeit', 'Erfasste Stufen der Lieferkette']);
    expect(view.criteriaTables[0].rows[0]).toEqual({ text: 'Keine Zwangsarbeit (ILO 29 mit Protokoll)', cell: { value: 'yes', symbol: '✓', text: 'abgedeckt' } });
    expect(view.criteriaTables[3].rows[0].cell.text).toBe('abgedeckt');
    expect(view.vgvTable.columns).toEqual(['Nr.', 'Bedingung', 'Stand']);
    expect(view.vgvTable.rows.slice(0, 3).map((r) => [r.nr, r.cell.text])).toEqual([['1', 'erfüllt'], ['2', 'teilweise erfüllt'], ['3', 'nicht geprüft']]);
  });

  it('counts the § 34 VgV conditions not yet checked', () => {
    expect(view.vgvNotes[0]).toMatch(/^3 der fünf Bedingungen haben wir bisher nicht belegt geprüft\./);
    const unchecked = labelDetail(fixtureLabel({ vgv: { c1: 'unknown', c2: 'unknown', c3: 'unknown', c4: 'unknown', c5: 'unknown' } }), { groupNames: {} });
    expect(unchecked.vgvNotes[0]).toMatch(/^Keine der fünf Bedingungen haben wir/);
    const checked = labelDetail(fixtureLabel({ vgv: { c1: 'met', c2: 'met', c3: 'notMet', c4: 'met', c5: 'partly' } }), { groupNames: {} });
    expect(checked.vgvNotes).toHaveLength(1);
    expect(checked.vgvNotes[0]).toMatch(/^Wenn Sie ein Gütezeichen verlangen/);
  });

  it('writes assessments, warnings and tender snippets as text', () => {
    expect(view.assessments).toEqual([{ text: 'Siegelprüfstelle: „sehr gute Wahl“ (1. Februar 2036)', url: 'https://bewertung.example.org/testzeichen' }]);
    expect(view.warnings).toEqual([{ title: 'Marktlage', text: 'Bisher tragen nur wenige Produkte das Zeichen.' }]);
    expect(view.snippets.map((s) => s.title)).toEqual(['Leistungsbeschreibung (technische Spezifikation)', 'Zuschlagskriterium', 'Ausführungsbedingung']);
    expect(view.snippets[0].text).toContain('Die zu liefernden Produkte (Natursteine, Textilien und Bekleidung) müssen die Anforderungen des Gütezeichens „Testzeichen Faire Pflastersteine“ erfüllen');
  });

  it('leaves unfinished dates of a half-filled form empty instead of failing', () => {
    const draft = { ...fixtureLabel(), lastChecked: '2036-0', assessments: [{ by: 'X', verdict: 'gut', url: 'https://example.org/', date: '20' }] };
    const v = labelDetail(draft, { groupNames: {} });
    expect(v.lastChecked).toBe('');
    expect(v.assessments[0].text).toBe('X: „gut“');
  });

  it('relates labels sharing a product group, at most six, and links the comparison only with a slug', () => {
    const all = [item('selbst', ['natursteine']), ...Array.from({ length: 7 }, (_, i) => item(`stein-${i}`, ['natursteine'])), item('anders', ['kaffee'])];
    const v = labelDetail(fixtureLabel({ productGroups: ['natursteine'] }), { groupNames: {}, slug: 'selbst', all });
    expect(v.related.map((l) => l.slug)).toEqual(['stein-0', 'stein-1', 'stein-2', 'stein-3', 'stein-4', 'stein-5']);
    expect(v.compareHref).toBe('/guetezeichen/vergleich/?l=selbst');
    expect(view.related).toEqual([]);
    expect(view.compareHref).toBeUndefined();
  });

  it('keeps the meta description between 50 and 200 characters', () => {
    expect(view.description).toBe('Testzeichen Faire Pflastersteine: was das Gütezeichen abdeckt, wie es geprüft wird, § 34 VgV und Textbausteine für die Ausschreibung.');
    expect(labelDetail(fixtureLabel({ name: 'X'.repeat(80) }), { groupNames: {} }).description.length).toBeLessThanOrEqual(200);
    expect(labelDetail(fixtureLabel({ name: 'XY' }), { groupNames: {} }).description.length).toBeGreaterThanOrEqual(50);
  });
});

describe('label facts shared by pages', () => {
  it('coveredCriteria lists the keys marked "yes" in vocabulary order', () => {
    expect(coveredCriteria(fixtureLabel())).toEqual(['c29', 'c138']);
  });

  it('latestCheck finds the most recent check, undefined for no labels', () => {
    expect(latestCheck([item('a', ['x'], '2036-01-05'), item('b', ['x'], '2036-04-01'), item('c', ['x'], '2035-12-31')])).toBe('2036-04-01');
    expect(latestCheck([])).toBeUndefined();
  });
});
