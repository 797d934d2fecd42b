import { describe, expect, it } from 'vitest';
import { BORROWED_EVIDENCE_NOTE, labelQuality, qualityLine, qualityReport, sumQuality } from '../../src/lib/labels/quality';
import { fixtureLabel } from './view-fixtures';

describe('label data quality figures', () => {
  it('count known cells and set values with evidence of their own', () => {
    // Fixture: 4 criteria, 1 stage, 2 conditions and the verification are set, each with its own evidence.
    expect(labelQuality(fixtureLabel())).toEqual({ cells: 37, known: 8, evidenced: 8 });
  });

  it("do not count evidence that only repeats the record's general sources", () => {
    const borrowed = { value: 'thirdParty', evidence: [{ url: 'https://testzeichen.example.org/', note: BORROWED_EVIDENCE_NOTE, checked: '2036-03-01' }] };
    expect(labelQuality(fixtureLabel({ verification: borrowed }))).toEqual({ cells: 37, known: 8, evidenced: 7 });
  });

  it('print a line per label and one for the whole set, with German percentages', () => {
    expect(qualityLine('x', { cells: 37, known: 9, evidenced: 8 })).toBe('x: 9 von 37 Werten bekannt (24,3 %), davon mit eigenem Beleg 8 (88,9 %)');
    expect(qualityLine('leer', { cells: 0, known: 0, evidenced: 0 })).toBe('leer: 0 von 0 Werten bekannt (–), davon mit eigenem Beleg 0 (–)');
    expect(
      sumQuality([
        { cells: 1, known: 1, evidenced: 0 },
        { cells: 2, known: 1, evidenced: 1 },
      ]),
    ).toEqual({ cells: 3, known: 2, evidenced: 1 });
    const report = qualityReport([
      { id: 'a', data: fixtureLabel() },
      { id: 'b', data: fixtureLabel() },
    ]).split('\n');
    expect(report).toHaveLength(3);
    expect(report[2]).toBe('Gesamt (2 Gütezeichen): 16 von 74 Werten bekannt (21,6 %), davon mit eigenem Beleg 16 (100,0 %)');
  });
});
