import { describe, expect, it } from 'vitest';
import { cite, legalBases, tenderWording, type LegalBasis } from '../../src/lib/labels/tender-wording';
import { labelTypes } from '../../src/vocab/labels';
import type { Label } from '../../src/schemas/label';
import { fixtureEvidence, fixtureLabel, fixtureNorms } from './view-fixtures';

const groups = { natursteine: 'Natursteine', textilien: 'Textilien und Bekleidung' };
const unknownVgv = Object.fromEntries(['c1', 'c2', 'c3', 'c4', 'c5'].map((k) => [k, { value: 'unknown' }]));
const ofType = (labelType: Label['labelType'], over: Record<string, unknown> = {}) =>
  fixtureLabel({ labelType, vgv: unknownVgv, verification: { value: 'thirdParty', evidence: fixtureEvidence('p') }, ...over });

/** A snippet reads as finished text: no doubled words, balanced quotes and brackets, a full stop at the end. */
function expectProofRead(text: string) {
  expect(text).toMatch(/[.]$/);
  expect(text).not.toMatch(/\s{2,}/);
  expect(text).not.toMatch(/\b(\p{L}+)\s+\1\b/iu);
  expect(text.split('„').length).toBe(text.split('“').length);
  expect(text.split('(').length).toBe(text.split(')').length);
  expect(text).not.toMatch(/\s[.,;:]/);
  expect(text).not.toMatch(/undefined|null|\[object/);
}

const bases = Object.keys(legalBases) as LegalBasis[];
const citationsOf = (basis: LegalBasis) => (basis === 'above' ? ['§ 34 Abs. 4 VgV', '§ 34 Abs. 5 VgV'] : ['§ 24 UVgO']);

describe('tender wording per label type and legal basis', () => {
  for (const type of ['product', 'meta', 'stateEcolabel'] as const) {
    for (const basis of bases) {
      it(`${labelTypes[type]}, ${legalBases[basis]}: specification, award and performance condition with equivalence and other proof`, () => {
        const wording = tenderWording(ofType(type), groups, fixtureNorms);
        expect(wording.kind).toBe('label');
        const variant = wording.variants.find((v) => v.basis === basis)!;
        expect(variant.snippets.map((s) => s.placement)).toEqual(['specification', 'award', 'performance']);
        for (const s of variant.snippets) {
          expect(s.text).toContain('„Testzeichen Faire Pflastersteine“ oder gleichwertig');
          expect(s.text).toContain('andere geeignete Belege');
          for (const c of citationsOf(basis)) expect(s.text).toContain(c);
          if (basis === 'below') expect(s.text).not.toContain('VgV');
          expectProofRead(s.text);
        }
        if (basis === 'above') {
          expect(variant.snippets[1].text).toContain('§ 58 Abs. 4 VgV');
          expect(variant.snippets[2].text).toContain('§ 128 Abs. 2 GWB, § 61 VgV');
        }
        expect(variant.notes.join(' ')).toContain(basis === 'above' ? '§ 7a EU VOB/A' : '§ 7a VOB/A');
        for (const n of variant.notes) expectProofRead(n);
      });
    }
  }

  for (const type of ['company', 'managementSystem', 'monitoring'] as const) {
    for (const basis of bases) {
      it(`${labelTypes[type]}, ${legalBases[basis]}: a performance condition on working conditions, never „products must meet the label“`, () => {
        const wording = tenderWording(ofType(type, { verification: { value: 'membership', evidence: fixtureEvidence('p') } }), groups, fixtureNorms);
        expect(wording.kind).toBe('scheme');
        expectProofRead(wording.explanation);
        const variant = wording.variants.find((v) => v.basis === basis)!;
        expect(variant.snippets.map((s) => s.placement)).toEqual(['performance']);
        const text = variant.snippets[0].text;
        expect(text).not.toMatch(/Anforderungen des Gütezeichens/);
        expect(text).toContain('Arbeitsbedingungen');
        expect(text).toContain('Ein möglicher Nachweis ist');
        expect(text).toContain('gleichwertige Nachweise');
        expect(text).toContain(basis === 'above' ? '§ 128 Abs. 2 GWB' : '§ 24 UVgO');
        expectProofRead(text);
      });
    }
  }

  it('offers no wording for an inactive label and says why and what instead', () => {
    const inactive = { since: '2012', reason: 'Die Trägerorganisationen sind ausgetreten, die Vergabe endete.', evidence: fixtureEvidence('ende') };
    const wording = tenderWording(ofType('product', { status: 'inactive', inactive }), groups, fixtureNorms);
    expect(wording).toMatchObject({ kind: 'none', variants: [] });
    expect(wording.explanation).toMatch(/seit 2012 nicht mehr vergeben/);
    expect(wording.explanation).toMatch(/Beschreiben Sie die Anforderungen selbst/);
    expectProofRead(wording.explanation);
  });

  it('offers no wording where a § 34 condition is known to fail', () => {
    const vgv = { ...unknownVgv, c3: { value: 'notMet', reason: 'Nur Unternehmen haben den Standard entwickelt.', evidence: fixtureEvidence('c3') } };
    const wording = tenderWording(ofType('product', { vgv }), groups, fixtureNorms);
    expect(wording.kind).toBe('none');
    expect(wording.explanation).toMatch(/erfüllt Nr\. 3 des § 34 Abs\. 2 VgV nicht/);
    expectProofRead(wording.explanation);
  });

  it("offers no wording for a seller's own scheme that it checks itself", () => {
    const wording = tenderWording(ofType('company', { verification: { value: 'secondParty', evidence: fixtureEvidence('p') } }), groups, fixtureNorms);
    expect(wording.kind).toBe('none');
    expectProofRead(wording.explanation);
  });

  it('leaves a gap to fill in where no criterion is evidenced, never an empty list', () => {
    const none = Object.fromEntries(Object.keys(fixtureLabel().criteria).map((k) => [k, { value: 'unknown' }]));
    const bare = ofType('product', { criteria: none, focus: { social: 'unknown', environmental: 'unknown' } });
    const [spec] = tenderWording(bare, groups, fixtureNorms).variants[0].snippets;
    expect(spec.text).toMatch(
      /^Die zu liefernden Produkte \(Natursteine, Textilien und Bekleidung\) müssen die in den Vergabeunterlagen genannten Merkmale \[Merkmale einsetzen\] aufweisen\. /,
    );
    expectProofRead(spec.text);
    const scheme = tenderWording(
      { ...bare, labelType: 'company', verification: { value: 'membership', evidence: fixtureEvidence('p') } },
      groups,
      fixtureNorms,
    );
    expect(scheme.variants[1].snippets[0].text).toContain(
      'in der Lieferkette die in den Vergabeunterlagen genannten Arbeitsbedingungen [Arbeitsbedingungen einsetzen] eingehalten werden.',
    );
  });

  it('cites paragraphs inside the citation read from norms.json', () => {
    expect(cite(fixtureNorms.vgv34, 'Abs. 4')).toBe('§ 34 Abs. 4 VgV');
    expect(cite(fixtureNorms.vobEu7a, 'Abs. 6')).toBe('§ 7a Abs. 6 EU VOB/A');
    expect(cite(fixtureNorms.gwb128, 'Abs. 1')).toBe('§ 128 Abs. 2 GWB');
  });
});
