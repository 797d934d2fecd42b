import { describe, expect, it } from 'vitest';
import { productGroupSchema } from '../../src/schemas/productgroup';

const valid = {
  name: 'Beispielgruppe',
  order: 10,
  description: 'Eine erfundene Produktgruppe für den Test, mit genug Text für die Beschreibung.',
};

const risk = {
  text: 'Ein erfundenes Risiko in der Lieferkette, lang genug für die Prüfung des Schemas.',
  evidence: [{ url: 'https://example.org/quelle', checked: '2026-12-02' }],
};

/** The problems of one candidate as "field: message" lines. */
function problems(data: Record<string, unknown>): string[] {
  const result = productGroupSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('supply-chain risks of a product group', () => {
  it('are optional and read as an empty list', () => {
    expect(productGroupSchema.parse(valid).risks).toEqual([]);
  });

  it('accept a risk with a source and its check date', () => {
    expect(problems({ ...valid, risks: [risk] })).toEqual([]);
  });

  it('refuse a risk without a source', () => {
    expect(problems({ ...valid, risks: [{ ...risk, evidence: [] }] })).toEqual(['risks.0.evidence: braucht mindestens einen Beleg']);
    expect(problems({ ...valid, risks: [{ text: risk.text }] })).toHaveLength(1);
  });

  it('refuse a source without a check date and a risk without text', () => {
    expect(problems({ ...valid, risks: [{ ...risk, evidence: [{ url: 'https://example.org/quelle' }] }] })).toHaveLength(1);
    expect(problems({ ...valid, risks: [{ ...risk, text: 'Zu kurz.' }] })).toHaveLength(1);
  });
});
