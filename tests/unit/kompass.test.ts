import { describe, expect, it } from 'vitest';
import { parsePurchasesCsv, csvTemplate } from '../../src/lib/kompass/csv';
import { Evaluation, goalProgress, naiveByGroup, overdueMeasures, share } from '../../src/lib/kompass/evaluate';
import { exportData, parseExport, planMerge, resolveMerge } from '../../src/lib/kompass/exchange';
import { parseEuroCents, parseGermanDate, parseGermanNumber } from '../../src/lib/kompass/german';
import { emptyData, migrate, type KompassData, type Purchase } from '../../src/lib/kompass/model';
import { matcher, type KompassVocab } from '../../src/lib/kompass/vocab';

// An invented vocabulary, not the site's content.
const vocab: KompassVocab = {
  groups: [
    { slug: 'textilien', name: 'Textilien & Bekleidung' },
    { slug: 'kaffee', name: 'Kaffee und Tee' },
  ],
  labels: [
    { slug: 'fair-tex', name: 'Fair Tex' },
    { slug: 'alt-siegel', name: 'Altes Siegel' },
  ].map((l, i) => ({ ...l, status: i === 0 ? 'active' : 'inactive' })),
};
const match = matcher(vocab);

const purchase = (over: Partial<Purchase> = {}): Purchase => ({
  id: over.id ?? 'p1',
  rev: 1,
  date: '2026-03-15',
  group: 'textilien',
  product: 'Poloshirts',
  amountCents: 10_000,
  proof: '',
  ...over,
});

describe('German numbers and dates', () => {
  it('reads grouped and plain numbers and rejects English ones', () => {
    expect(parseGermanNumber('1.234,56')).toBe(1234.56);
    expect(parseGermanNumber('1234,5')).toBe(1234.5);
    expect(parseGermanNumber('12.345.678')).toBe(12345678);
    expect(parseGermanNumber('1,234.56')).toBeUndefined();
    expect(parseGermanNumber('12.34')).toBeUndefined();
    expect(parseGermanNumber('abc')).toBeUndefined();
    expect(parseEuroCents('1.234,56 €')).toBe(123456);
    expect(parseEuroCents('0,1')).toBe(10);
    expect(parseEuroCents('1,234')).toBeUndefined();
  });

  it('reads real days only', () => {
    expect(parseGermanDate('31.03.2026')).toBe('2026-03-31');
    expect(parseGermanDate('1.2.2026')).toBe('2026-02-01');
    expect(parseGermanDate('29.02.2026')).toBeUndefined();
    expect(parseGermanDate('2026-03-31')).toBeUndefined();
  });
});

describe('CSV import', () => {
  it('reads BOM, any column order and case, quoted fields, names and slugs', () => {
    const csv =
      '\uFEFFbetrag;PRODUKTGRUPPE;Produkt;datum;Nachweis;Lieferant;menge\r\n' +
      '"1.234,56";Textilien & Bekleidung;"Hemden; weiß";15.03.2026;fair-tex;"Firma ""Nord""";10\r\n' +
      '99,90;kaffee;"Kaffee\nfür die Kantine";01.01.2025;;;\r\n' +
      ';;;;;;\r\n' +
      '5,00;textilien;Socken;02.02.2026;Sonstiger Nachweis;;\r\n';
    const result = parsePurchasesCsv(csv, match);
    expect(result.fileErrors).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.rows.map((r) => r.row)).toEqual([2, 3, 5]);
    expect(result.rows[0].purchase).toEqual({
      date: '2026-03-15',
      group: 'textilien',
      product: 'Hemden; weiß',
      amountCents: 123456,
      proof: 'fair-tex',
      supplier: 'Firma "Nord"',
      quantity: 10,
    });
    expect(result.rows[1].purchase.product).toBe('Kaffee\nfür die Kantine');
    expect(result.rows[2].purchase.proof).toBe('sonstiger Nachweis');
  });

  it('names every bad value with row and column and keeps the good rows', () => {
    const csv =
      'Datum;Produktgruppe;Produkt;Betrag;Nachweis;CPV;Menge\n' +
      '31.02.2026;Möbel;;1,234.56;Unbekannt;123;-1\n' +
      '01.03.2026;kaffee;Tee;12,00;Eigene Prüfung;;\n';
    const result = parsePurchasesCsv(csv, match, ['eigene prüfung']);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0].purchase.proof).toBe('Eigene Prüfung');
    expect(result.problems.map((p) => `${p.row} ${p.column}`)).toEqual([
      '2 Datum',
      '2 Produktgruppe',
      '2 Produkt',
      '2 Betrag',
      '2 Nachweis',
      '2 Menge',
      '2 CPV',
    ]);
    expect(result.problems[0].message).toBe('„31.02.2026“ ist kein Datum im Format TT.MM.JJJJ');
    expect(result.problems[3].message).toContain('1.234,56');
  });

  it('refuses a file without the required columns', () => {
    const result = parsePurchasesCsv('Datum,Produkt,Betrag\n01.01.2026,x,1', match);
    expect(result.fileErrors[0]).toContain('„Produktgruppe“');
    expect(result.rows).toEqual([]);
  });

  it('reads its own template back', () => {
    const result = parsePurchasesCsv(csvTemplate('Textilien & Bekleidung', 'Fair Tex'), match);
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(1);
  });
});

describe('evaluation', () => {
  const purchases = [
    purchase({ id: 'a', proof: 'fair-tex', amountCents: 6000, quantity: 6, supplier: 'Nord' }),
    purchase({ id: 'b', proof: 'alt-siegel', amountCents: 2000, quantity: 2 }),
    purchase({ id: 'c', proof: 'Eigene Prüfung', amountCents: 1000, quantity: 1 }),
    purchase({ id: 'd', proof: 'weg-siegel', amountCents: 1000, quantity: 1 }),
    purchase({ id: 'e', date: '2025-05-01', group: 'kaffee', proof: '', amountCents: 500 }),
  ];

  it('counts active labels and marked equivalents as with proof, flags vanished labels', () => {
    const ev = new Evaluation(match, [{ id: 'q', rev: 1, name: 'eigene prüfung' }]);
    ev.reset(purchases);
    const cell = ev.cell(2026, 'textilien');
    expect(cell.total).toBe(10000);
    expect(cell.withProof).toBe(7000);
    expect(share(cell)).toBe(0.7);
    expect(ev.proofKind('alt-siegel')).toBe('inactive');
    expect(ev.proofKind('weg-siegel')).toBe('unknown-label');
    expect(ev.byLabel().map((r) => r.label)).toEqual(['alt-siegel', 'fair-tex']);
    expect(ev.trend().map((t) => [t.year, t.sums.total])).toEqual([
      ['2025', 500],
      ['2026', 10000],
    ]);
    expect(ev.bySupplier().find((s) => s.supplier === 'Nord')?.sums.withProof).toBe(6000);
    expect(ev.byGroup().map((r) => `${r.year} ${r.name}`)).toEqual(['2026 Textilien & Bekleidung', '2025 Kaffee und Tee']);
  });

  it('gives the same sums updated one by one as recomputed from scratch', () => {
    const ev = new Evaluation(match);
    ev.reset(purchases);
    ev.remove(purchases[1]);
    const changed = { ...purchases[1], proof: 'fair-tex' };
    ev.add(changed);
    ev.remove(purchases[4]);
    const all = [purchases[0], changed, purchases[2], purchases[3]];
    const naive = naiveByGroup(all, (p) => ev.hasProof(p));
    expect(ev.byGroup().map((r) => ({ year: r.year, group: r.group, total: r.sums.total, withProof: r.sums.withProof }))).toEqual(naive);
    expect(ev.years()).toEqual(['2026']);
  });

  it('shows goal progress by spend or quantity and overdue measures', () => {
    const ev = new Evaluation(match);
    ev.reset(purchases);
    const [bySpend, byQuantity, none] = goalProgress(
      [
        { id: 'g1', rev: 1, group: 'textilien', year: 2026, target: 60, basis: 'spend' },
        { id: 'g2', rev: 1, group: 'textilien', year: 2026, target: 70, basis: 'quantity' },
        { id: 'g3', rev: 1, group: 'kaffee', year: 2028, target: 50, basis: 'spend' },
      ],
      ev,
    );
    expect(bySpend).toMatchObject({ reached: 0.6, met: true });
    expect(byQuantity).toMatchObject({ reached: 0.6, met: false });
    expect(none).toMatchObject({ reached: undefined, met: false });
    const measures = [
      { id: 'm1', rev: 1, title: 'A', role: 'Vergabestelle', due: '2026-01-01', status: 'offen' as const },
      { id: 'm2', rev: 1, title: 'B', role: 'Vergabestelle', due: '2025-01-01', status: 'erledigt' as const },
      { id: 'm3', rev: 1, title: 'C', role: 'Vergabestelle', due: '2027-01-01', status: 'in Arbeit' as const },
    ];
    expect(overdueMeasures(measures, '2026-06-01').map((m) => m.id)).toEqual(['m1']);
  });
});

describe('export, import and migration', () => {
  const data: KompassData = {
    ...emptyData(),
    purchases: [purchase({ proof: 'fair-tex', cpv: '18110000-3' })],
    goals: [{ id: 'g1', rev: 2, group: 'textilien', year: 2028, target: 60, basis: 'spend' }],
    measures: [
      {
        id: 'm1',
        rev: 1,
        title: 'Leitfaden',
        role: 'Vergabestelle',
        due: '2026-06-30',
        status: 'offen',
        goalId: 'g1',
        decision: { date: '2025-11-20', title: 'Ratsbeschluss Faire Beschaffung', url: 'https://example.org/beschluss' },
      },
    ],
    equivalents: [{ id: 'e1', rev: 1, name: 'Eigene Prüfung' }],
  };

  it('reads its own export back unchanged', () => {
    const file = JSON.stringify(exportData(data, new Date('2026-12-01T10:00:00Z')));
    const result = parseExport(file);
    expect(result).toEqual({ ok: true, data, exportedAt: '2026-12-01T10:00:00.000Z' });
  });

  it('names every problem and imports nothing of a bad file', () => {
    const bad = structuredClone(exportData(data, new Date('2026-12-01T10:00:00Z'))) as unknown as Record<string, any>;
    bad.purchases[0].amountCents = -5;
    bad.goals[0].basis = 'Stück';
    bad.measures.push({ ...bad.measures[0] });
    bad.extra = 1;
    const result = parseExport(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        'Feld „Einkäufe › Nr. 1 › amountCents“: muss mindestens 0 sein',
        'Feld „Ziele › Nr. 1 › basis“: unzulässiger Wert (erlaubt: spend, quantity)',
        'unbekannte Felder „extra“',
      ]),
    );
    expect(parseExport('{').ok).toBe(false);
    expect(parseExport(JSON.stringify({ ...exportData(data, new Date()), schemaVersion: 9 }))).toMatchObject({
      ok: false,
      problems: [expect.stringContaining('Version 9')],
    });
    const dup = structuredClone(exportData(data, new Date('2026-12-01T10:00:00Z')));
    dup.measures.push({ ...dup.measures[0] });
    expect(parseExport(JSON.stringify(dup))).toEqual({ ok: false, problems: ['Feld „Maßnahmen“: die Kennung m1 kommt mehrfach vor'] });
  });

  it('runs the migration chain step by step up to the target version', () => {
    const chain = {
      1: (d: Record<string, unknown>) => ({ ...d, renamed: d.old }),
      2: (d: Record<string, unknown>) => ({ ...d, third: true }),
    };
    expect(migrate({ schemaVersion: 1, old: 'x' }, chain, 3)).toEqual({ schemaVersion: 3, old: 'x', renamed: 'x', third: true });
    expect(migrate({ schemaVersion: 3 }, chain, 3)).toEqual({ schemaVersion: 3 });
    expect(() => migrate({ schemaVersion: 0 }, chain, 3)).toThrow('Version 0');
  });
});

describe('merging a colleague’s file', () => {
  it('adds new records, skips equal ones and lists changed ones for a decision', () => {
    const mine: KompassData = { ...emptyData(), purchases: [purchase({ id: 'a', rev: 3 }), purchase({ id: 'b' })] };
    // Same content as mine, other revision and key order (a parsed file orders keys by schema).
    const sameAsMine = Object.fromEntries(Object.entries(purchase({ id: 'b', rev: 5 })).reverse()) as Purchase;
    const theirs: KompassData = { ...emptyData(), purchases: [purchase({ id: 'a', rev: 1, amountCents: 1 }), sameAsMine, purchase({ id: 'c' })] };
    const plan = planMerge(mine, theirs);
    expect(plan.added.map((a) => a.record.id)).toEqual(['c']);
    expect(plan.unchanged).toBe(1);
    expect(plan.conflicts).toHaveLength(1);
    expect(plan.conflicts[0]).toMatchObject({ kind: 'purchases', kindName: 'Einkauf', mine: { id: 'a', amountCents: 10000 }, theirs: { amountCents: 1 } });
    expect(resolveMerge(plan, [false]).map((w) => w.record.id)).toEqual(['c']);
    expect(resolveMerge(plan, [true])).toEqual([
      { kind: 'purchases', record: theirs.purchases[2], baseRev: undefined },
      { kind: 'purchases', record: theirs.purchases[0], baseRev: 3 },
    ]);
  });
});

describe('report figures', () => {
  it('lists each year and group and the yearly totals in German number format', async () => {
    const { figureRows } = await import('../../src/lib/kompass/report');
    const ev = new Evaluation(match);
    ev.reset([purchase({ id: 'a', amountCents: 123456, proof: 'fair-tex' }), purchase({ id: 'b', amountCents: 100 })]);
    expect(figureRows(ev).slice(1)).toEqual([
      ['2026', 'Textilien & Bekleidung', '1235,56', '1234,56', '99,9', '2'],
      ['2026', 'alle Produktgruppen', '1235,56', '1234,56', '99,9', '2'],
    ]);
  });
});

describe('storage messages and export reminder', () => {
  it('explains a full quota, refused storage and a stale write in German', async () => {
    const { StaleWriteError, storageMessage } = await import('../../src/lib/kompass/store');
    expect(storageMessage(new DOMException('x', 'QuotaExceededError'))).toMatch(
      /^Der Speicher Ihres Browsers für diese Website ist voll\. Nichts wurde gespeichert\./,
    );
    expect(storageMessage(new DOMException('x', 'SecurityError'))).toMatch(/^Ihr Browser erlaubt dieser Website nicht, Daten zu speichern/);
    expect(storageMessage(new StaleWriteError())).toContain('in einem anderen Tab geändert');
  });

  it('counts the days since the last export, or since the first save if never exported', async () => {
    const { daysSinceExport } = await import('../../src/lib/kompass/store');
    const now = new Date('2026-12-01T12:00:00Z');
    expect(daysSinceExport({ schemaVersion: 1 }, now)).toBeUndefined();
    expect(daysSinceExport({ schemaVersion: 1, firstSaved: '2026-10-01T12:00:00Z' }, now)).toBe(61);
    expect(daysSinceExport({ schemaVersion: 1, firstSaved: '2026-10-01T12:00:00Z', lastExport: '2026-11-02T13:00:00Z' }, now)).toBe(28);
  });
});
