import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authorityOf, kindOf, lccNorm, legalFrame, ruleSet, valueLimitsFor } from '../../src/lib/assistant/frame';
import { authorityParams, kindParams } from '../../src/lib/assistant/state';
import { thresholdFor } from '../../src/lib/law/thresholds';
import { normsSchema, thresholdsSchema } from '../../src/schemas/law';
import { root } from './helpers';

const fixture = (file: string) => JSON.parse(readFileSync(join(root, 'tests/fixtures/content/law', file), 'utf8'));
const thresholds = thresholdsSchema.parse(fixture('thresholds.json'));
const norms = normsSchema.parse(fixture('norms.json'));

describe('threshold by contracting authority', () => {
  it('gives federal supreme and higher authorities the central threshold for supplies, everyone else the sub-central one', () => {
    expect(thresholdFor(thresholds.eu, 'supplies', 'federal')).toBe(thresholds.eu.suppliesCentral);
    expect(thresholdFor(thresholds.eu, 'supplies', 'state')).toBe(thresholds.eu.suppliesSubCentral);
    expect(thresholdFor(thresholds.eu, 'supplies', 'municipal')).toBe(thresholds.eu.suppliesSubCentral);
  });

  it('has one works threshold for all', () => {
    for (const a of ['federal', 'state', 'municipal'] as const) expect(thresholdFor(thresholds.eu, 'works', a)).toBe(thresholds.eu.works);
  });
});

describe('legal frame at and around every threshold', () => {
  for (const art of kindParams) {
    for (const traeger of authorityParams) {
      const threshold = thresholdFor(thresholds.eu, kindOf[art], authorityOf[traeger]);
      const { amount } = threshold;
      it(`${art}, ${traeger}: ${amount - 1} below, ${amount} and ${amount + 1} above`, () => {
        const below = legalFrame({ wert: amount - 1, art, traeger }, thresholds.eu)!;
        const at = legalFrame({ wert: amount, art, traeger }, thresholds.eu)!;
        const over = legalFrame({ wert: amount + 1, art, traeger }, thresholds.eu)!;
        expect([below.regime, at.regime, over.regime]).toEqual(['below', 'above', 'above']);
        for (const f of [below, at, over]) {
          expect(f.threshold).toBe(threshold);
          expect(f.authorityAssumed).toBe(false);
          expect(f.rules).toBe(ruleSet(f.kind, f.regime));
          // The paragraph exists in norms.json and fits the side of the threshold.
          expect(['both', f.regime]).toContain(norms[f.labelNorm].scope);
          if (f.lccNorm) expect(['both', f.regime]).toContain(norms[f.lccNorm].scope);
        }
        expect(below.rules).toBe(art === 'bau' ? 'vobA1' : 'uvgo');
        expect(at.rules).toBe(art === 'bau' ? 'gwbVobEu' : 'gwbVgv');
        expect(below.labelNorm).toBe(art === 'bau' ? 'vob7a' : 'uvgo24');
        expect(at.labelNorm).toBe(art === 'bau' ? 'vobEu7a' : 'vgv34');
        expect(below.lccNorm).toBe(art === 'bau' ? undefined : 'uvgo43');
        expect(at.lccNorm).toBe(art === 'bau' ? undefined : 'vgv59');
      });
    }
  }

  it('treats a missing authority as a municipality and says so', () => {
    const f = legalFrame({ wert: 216000, art: 'liefer' }, thresholds.eu)!;
    expect(f.authority).toBe('municipal');
    expect(f.authorityAssumed).toBe(true);
    expect(f.regime).toBe('above');
    // The federal supplies threshold is the lower one.
    expect(legalFrame({ wert: 140000, art: 'liefer', traeger: 'bund' }, thresholds.eu)!.regime).toBe('above');
    expect(legalFrame({ wert: 140000, art: 'liefer', traeger: 'kommune' }, thresholds.eu)!.regime).toBe('below');
  });

  it('decides nothing before value and kind are known', () => {
    expect(legalFrame({ art: 'liefer' }, thresholds.eu)).toBeUndefined();
    expect(legalFrame({ wert: 1000 }, thresholds.eu)).toBeUndefined();
    expect(legalFrame({ wert: 0, art: 'bau' }, thresholds.eu)!.regime).toBe('below');
  });

  it('has no stored life-cycle paragraph for works', () => {
    expect(lccNorm('works', 'above')).toBeUndefined();
    expect(lccNorm('supplies', 'above')).toBe('vgv59');
  });
});

describe('national value limits', () => {
  it('lists the federal limits for federal authorities and the Land’s for others, else the UVgO base rule', () => {
    const federal = valueLimitsFor(thresholds.national, 'federal', 'Bayern');
    expect(federal.length).toBeGreaterThan(0);
    expect(federal.every((l) => l.scope.startsWith('Vergabestellen des Bundes'))).toBe(true);
    expect(valueLimitsFor(thresholds.national, 'municipal', 'Bayern').every((l) => l.scope.startsWith('Bayern'))).toBe(true);
    expect(valueLimitsFor(thresholds.national, 'municipal', 'Nordrhein-Westfalen').map((l) => l.amount)).toEqual([1000]);
  });
});
