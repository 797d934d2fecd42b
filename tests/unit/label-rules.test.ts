import { describe, expect, it } from 'vitest';
import { coveredCriteria, criterionCovered, focusText, groupCoverage, STATE_ECOLABEL_PRESUMPTION, vgvFindings, vgvSummary } from '../../src/lib/labels/rules';
import type { Label } from '../../src/schemas/label';
import { iloCoreConventions } from '../../src/vocab/labels';
import { fixtureEvidence, fixtureLabel } from './view-fixtures';

const known = (value: string) => ({ value, evidence: fixtureEvidence('regel') });
const withCriteria = (over: Record<string, unknown>) => fixtureLabel({ criteria: { ...fixtureLabel().criteria, ...over } });
const unknownVgv = Object.fromEntries(['c1', 'c2', 'c3', 'c4', 'c5'].map((k) => [k, { value: 'unknown' }]));

describe('ILO core labour standards', () => {
  it('match when a source says the standard requires them', () => {
    expect(criterionCovered(withCriteria({ iloCore: known('yes') }).criteria, 'iloCore')).toBe(true);
  });
  it('match when all eight core conventions are evidenced one by one, not with seven', () => {
    const all = Object.fromEntries(iloCoreConventions.map((c) => [c, known('yes')]));
    expect(criterionCovered(withCriteria(all).criteria, 'iloCore')).toBe(true);
    expect(coveredCriteria(withCriteria(all))).toContain('iloCore');
    expect(criterionCovered(withCriteria({ ...all, c182: { value: 'unknown' } }).criteria, 'iloCore')).toBe(false);
  });
  it('never imply the safety conventions C155 and C187', () => {
    const label = withCriteria({ iloCore: known('yes') });
    expect(coveredCriteria(label)).not.toContain('c155');
    expect(coveredCriteria(label)).not.toContain('c187');
  });
  it('count a living wage only when it is required', () => {
    expect(criterionCovered(withCriteria({ livingWage: known('required') }).criteria, 'livingWage')).toBe(true);
    expect(criterionCovered(withCriteria({ livingWage: known('roadmap') }).criteria, 'livingWage')).toBe(false);
  });
});

describe('coverage summaries', () => {
  it('count covered, partly, not covered and unknown, with the focus first', () => {
    const [social, environmental, credibility] = groupCoverage(fixtureLabel());
    expect(social.text).toBe('Schwerpunkt; 2 von 15 belegt abgedeckt, 13 unbekannt');
    expect(environmental.text).toBe('teilweise; 0 von 8 belegt abgedeckt, 1 teilweise, 1 nicht, 6 unbekannt');
    expect(credibility.text).toBe('0 von 5 belegt abgedeckt, 5 unbekannt');
  });
  it('never show a focus the criteria contradict (half-filled forms)', () => {
    const draft = { ...fixtureLabel(), criteria: { ...fixtureLabel().criteria, c29: { value: 'unknown' }, c138: { value: 'unknown' } } } as Label;
    expect(groupCoverage(draft)[0].text).toBe('unbekannt; 0 von 15 belegt abgedeckt, 15 unbekannt');
    expect(focusText(draft)).toBe('Soziale Kriterien: unbekannt · Umweltkriterien: teilweise');
  });
});

describe('§ 34 Abs. 2 VgV findings', () => {
  it('derive „condition 5 not met“ where the seller sets the standard, with the reason', () => {
    const own = fixtureLabel({ labelType: 'company', verification: known('secondParty'), vgv: unknownVgv });
    const c5 = vgvFindings(own)[4];
    expect(c5).toMatchObject({ key: 'c5', value: 'notMet', basis: 'derived', text: 'nicht erfüllt (abgeleitet)' });
    expect(c5.reason).toMatch(/Unternehmen fest, das die Produkte selbst verkauft/);
    expect(c5.evidence).toEqual(fixtureEvidence('regel'));
    expect(vgvSummary(vgvFindings(own))).toMatch(/^Nr\. 5 ist nicht erfüllt \(abgeleitet, Begründung in der Tabelle\)\. Deshalb dürfen Sie/);
  });
  it('show the presumption for state ecolabels as „vermutet“ with its source', () => {
    const findings = vgvFindings(fixtureLabel({ labelType: 'stateEcolabel', vgv: unknownVgv }));
    expect(findings.every((f) => f.basis === 'presumed' && f.text === 'vermutet erfüllt')).toBe(true);
    expect(findings[0].evidence).toEqual([STATE_ECOLABEL_PRESUMPTION]);
    expect(vgvSummary(findings)).toBe(
      'Für alle fünf Bedingungen gilt die Vermutung der Kompetenzstelle für staatliche Umweltzeichen; eine Einzelprüfung gibt es nicht.',
    );
  });
  it('never override a value a source gives', () => {
    const vgv = { ...unknownVgv, c5: { value: 'met', reason: 'Eine unabhängige Stelle legt die Anforderungen fest.', evidence: fixtureEvidence('c5') } };
    const own = fixtureLabel({ labelType: 'company', verification: known('secondParty'), vgv });
    expect(vgvFindings(own)[4]).toMatchObject({ value: 'met', basis: 'sourced' });
    const eco = fixtureLabel({ labelType: 'stateEcolabel', vgv });
    expect(vgvFindings(eco)[4]).toMatchObject({ value: 'met', basis: 'sourced' });
    expect(vgvFindings(eco)[0].basis).toBe('presumed');
  });
});
