import type { Evaluation } from './evaluate';
import { share } from './evaluate';
import { formatCentsPlain } from './german';

/** The report's figures as CSV rows: per year and product group, then the total per year. */
export function figureRows(evaluation: Evaluation): string[][] {
  const percent = (v: number | undefined) => (v === undefined ? '' : (Math.round(v * 1000) / 10).toString().replace('.', ','));
  return [
    ['Jahr', 'Produktgruppe', 'Ausgaben netto (Euro)', 'davon mit Nachweis (Euro)', 'Anteil mit Nachweis (%)', 'Einkäufe'],
    ...evaluation
      .byGroup()
      .map((r) => [r.year, r.name, formatCentsPlain(r.sums.total), formatCentsPlain(r.sums.withProof), percent(share(r.sums)), String(r.sums.count)]),
    ...evaluation
      .trend()
      .map((t) => [
        t.year,
        'alle Produktgruppen',
        formatCentsPlain(t.sums.total),
        formatCentsPlain(t.sums.withProof),
        percent(share(t.sums)),
        String(t.sums.count),
      ]),
  ];
}
