import type { Evidence, Label } from '../../schemas/label';

/**
 * Data quality of the label set as figures: per label and overall, the share of cells whose value
 * is known and the share of set values with evidence of their own. A cell is a criterion, a stage
 * of the supply chain, a § 34 VgV condition or the verification. Evidence that only repeats the
 * record's general sources (the marker below, left by the migration to per-fact evidence) counts as
 * set but not as evidenced by its own source.
 */
export const BORROWED_EVIDENCE_NOTE = 'aus den allgemeinen Quellen des Eintrags übernommen';

export interface QualityFigures {
  cells: number;
  known: number;
  /** Known values with at least one source that is not merely the record's general source. */
  evidenced: number;
}

function ownEvidence(evidence: readonly Evidence[] | undefined): boolean {
  return (evidence ?? []).some((e) => e.note !== BORROWED_EVIDENCE_NOTE);
}

export function labelQuality(label: Pick<Label, 'criteria' | 'supplyChain' | 'vgv' | 'verification'>): QualityFigures {
  const cells = [...Object.values(label.criteria), ...Object.values(label.supplyChain), ...Object.values(label.vgv), label.verification];
  const known = cells.filter((c) => c.value !== 'unknown');
  return { cells: cells.length, known: known.length, evidenced: known.filter((c) => ownEvidence(c.evidence)).length };
}

export function sumQuality(figures: readonly QualityFigures[]): QualityFigures {
  return figures.reduce((a, b) => ({ cells: a.cells + b.cells, known: a.known + b.known, evidenced: a.evidenced + b.evidenced }), {
    cells: 0,
    known: 0,
    evidenced: 0,
  });
}

const percent = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1).replace('.', ',')} %` : '–');

/** „fsc: 7 von 37 Werten bekannt (18,9 %), davon mit eigenem Beleg 0 (0,0 %)“ */
export function qualityLine(name: string, q: QualityFigures): string {
  return `${name}: ${q.known} von ${q.cells} Werten bekannt (${percent(q.known, q.cells)}), davon mit eigenem Beleg ${q.evidenced} (${percent(q.evidenced, q.known)})`;
}

/** The report `npm run check:labels` prints: one line per label, then the whole set. */
export function qualityReport(labels: readonly { id: string; data: Label }[]): string {
  const rows = labels.map((l) => ({ id: l.id, q: labelQuality(l.data) }));
  return [...rows.map((r) => qualityLine(r.id, r.q)), qualityLine(`Gesamt (${rows.length} Gütezeichen)`, sumQuality(rows.map((r) => r.q)))].join('\n');
}
