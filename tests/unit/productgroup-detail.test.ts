import { describe, expect, it } from 'vitest';
import { riskViews } from '../../src/lib/productgroups/detail';

describe('supply-chain risks on the product-group page', () => {
  it('shows nothing for a group without sourced risks', () => {
    expect(riskViews([])).toEqual([]);
  });

  it('keeps the order, names every source with the risk it belongs to and shows the newest check day', () => {
    const views = riskViews([
      { text: 'Erstes erfundenes Risiko.', evidence: [{ url: 'https://example.org/a', checked: '2026-12-02' }] },
      {
        text: 'Zweites erfundenes Risiko.',
        evidence: [
          { url: 'https://example.org/b', note: 'Abschnitt 2', checked: '2026-11-30' },
          { url: 'https://example.org/c', checked: '2026-12-01' },
        ],
      },
    ]);
    expect(views.map((v) => v.text)).toEqual(['Erstes erfundenes Risiko.', 'Zweites erfundenes Risiko.']);
    expect(views[0]).toMatchObject({ checked: '2. Dezember 2026', evidence: [{ href: 'https://example.org/a', text: 'Beleg' }] });
    expect(views[1].checked).toBe('1. Dezember 2026');
    expect(views[1].evidence.map((e) => e.text)).toEqual(['Beleg 1', 'Beleg 2']);
    expect(views[1].evidence[0].label).toBe('Beleg 1 für Risiko 2 in der Lieferkette (Abschnitt 2, geprüft am 30. November 2026)');
  });
});
