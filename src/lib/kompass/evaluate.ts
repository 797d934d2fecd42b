import type { Equivalent, Goal, Measure, Purchase } from './model';
import { normalizeName, type Matcher } from './vocab';

/** Sums for one cell of the evaluation. */
export interface Sums {
  total: number;
  withProof: number;
  count: number;
  quantity: number;
  quantityWithProof: number;
}

const zero = (): Sums => ({ total: 0, withProof: 0, count: 0, quantity: 0, quantityWithProof: 0 });

export const share = (s: Sums): number | undefined => (s.total > 0 ? s.withProof / s.total : undefined);
export const quantityShare = (s: Sums): number | undefined => (s.quantity > 0 ? s.quantityWithProof / s.quantity : undefined);

export type ProofKind = 'label' | 'inactive' | 'unknown-label' | 'equivalent' | 'other' | 'none';

/**
 * Sums per year and product group, per label and per supplier, kept up to date one purchase at a
 * time: a change subtracts the old record and adds the new one, so the work per change does not
 * grow with the number of purchases. Changing the list of equivalent proofs rebuilds everything.
 */
export class Evaluation {
  private cells = new Map<string, Sums>();
  private labels = new Map<string, Sums>();
  private suppliers = new Map<string, Sums>();
  private equivalents = new Set<string>();

  constructor(
    private readonly match: Matcher,
    equivalents: readonly Equivalent[] = [],
  ) {
    this.setEquivalents(equivalents);
  }

  setEquivalents(equivalents: readonly Equivalent[]): void {
    this.equivalents = new Set(equivalents.map((e) => normalizeName(e.name)));
  }

  /** How the proof of a purchase counts: only an active label or a marked equivalent is „mit Nachweis“. */
  proofKind(proof: string): ProofKind {
    if (!proof) return 'none';
    if (this.match.isKnownLabel(proof)) return this.match.isActiveLabel(proof) ? 'label' : 'inactive';
    if (this.equivalents.has(normalizeName(proof))) return 'equivalent';
    if (/^[a-z0-9-]+$/.test(proof)) return 'unknown-label';
    return 'other';
  }

  hasProof(p: Purchase): boolean {
    const kind = this.proofKind(p.proof);
    return kind === 'label' || kind === 'equivalent';
  }

  reset(purchases: readonly Purchase[]): void {
    this.cells.clear();
    this.labels.clear();
    this.suppliers.clear();
    for (const p of purchases) this.apply(p, 1);
  }

  add(p: Purchase): void {
    this.apply(p, 1);
  }

  remove(p: Purchase): void {
    this.apply(p, -1);
  }

  private apply(p: Purchase, sign: 1 | -1): void {
    const proven = this.hasProof(p);
    const year = p.date.slice(0, 4);
    bump(this.cells, `${year}\u0000${p.group}`, p, proven, sign);
    if (p.proof && this.match.isKnownLabel(p.proof)) bump(this.labels, `${year}\u0000${p.proof}`, p, proven, sign);
    bump(this.suppliers, `${year}\u0000${p.supplier ?? ''}`, p, proven, sign);
  }

  years(): string[] {
    const years = new Set<string>();
    for (const key of this.cells.keys()) years.add(key.split('\u0000')[0]);
    return [...years].sort();
  }

  /** Rows per year and product group, newest year first, groups by name. */
  byGroup(): { year: string; group: string; name: string; sums: Sums }[] {
    return rows(this.cells, (slug) => this.match.groupName(slug));
  }

  byLabel(): { year: string; label: string; name: string; sums: Sums }[] {
    return rows(this.labels, (slug) => this.match.labelName(slug)).map(({ group, ...r }) => ({ ...r, label: group }));
  }

  bySupplier(): { year: string; supplier: string; sums: Sums }[] {
    return rows(this.suppliers, (s) => s || 'ohne Angabe').map(({ group, name, ...r }) => ({ ...r, supplier: name }));
  }

  /** All product groups together, per year, oldest first. */
  trend(): { year: string; sums: Sums }[] {
    const byYear = new Map<string, Sums>();
    for (const [key, s] of this.cells) {
      const year = key.split('\u0000')[0];
      const sum = byYear.get(year) ?? zero();
      add(sum, s);
      byYear.set(year, sum);
    }
    return [...byYear].sort(([a], [b]) => a.localeCompare(b)).map(([year, sums]) => ({ year, sums }));
  }

  cell(year: number, group: string): Sums {
    return this.cells.get(`${year}\u0000${group}`) ?? zero();
  }
}

function bump(map: Map<string, Sums>, key: string, p: Purchase, proven: boolean, sign: 1 | -1): void {
  let s = map.get(key);
  if (!s) map.set(key, (s = zero()));
  s.total += sign * p.amountCents;
  s.count += sign;
  if (proven) s.withProof += sign * p.amountCents;
  if (p.quantity !== undefined) {
    s.quantity += sign * p.quantity;
    if (proven) s.quantityWithProof += sign * p.quantity;
  }
  if (s.count === 0) map.delete(key);
}

function add(into: Sums, s: Sums): void {
  into.total += s.total;
  into.withProof += s.withProof;
  into.count += s.count;
  into.quantity += s.quantity;
  into.quantityWithProof += s.quantityWithProof;
}

const collator = new Intl.Collator('de');

function rows(map: Map<string, Sums>, name: (key: string) => string) {
  return [...map]
    .map(([key, sums]) => {
      const [year, group] = key.split('\u0000');
      return { year, group, name: name(group), sums };
    })
    .sort((a, b) => b.year.localeCompare(a.year) || collator.compare(a.name, b.name));
}

/**
 * The baseline for the benchmark: every change recomputes all sums from scratch in one pass
 * over plain arrays, without the kept aggregates.
 */
export function naiveByGroup(purchases: readonly Purchase[], hasProof: (p: Purchase) => boolean) {
  const cells: Record<string, { year: string; group: string; total: number; withProof: number }> = {};
  for (const p of purchases) {
    const year = p.date.slice(0, 4);
    const key = `${year}\u0000${p.group}`;
    const cell = (cells[key] ??= { year, group: p.group, total: 0, withProof: 0 });
    cell.total += p.amountCents;
    if (hasProof(p)) cell.withProof += p.amountCents;
  }
  return Object.values(cells).sort((a, b) => b.year.localeCompare(a.year) || a.group.localeCompare(b.group));
}

export interface GoalProgress {
  goal: Goal;
  /** Share reached in the goal's year so far; undefined without purchases (or quantities). */
  reached: number | undefined;
  met: boolean;
}

export function goalProgress(goals: readonly Goal[], evaluation: Evaluation): GoalProgress[] {
  return goals.map((goal) => {
    const sums = evaluation.cell(goal.year, goal.group);
    const reached = goal.basis === 'spend' ? share(sums) : quantityShare(sums);
    return { goal, reached, met: reached !== undefined && reached * 100 >= goal.target };
  });
}

/** Measures not done whose due date lies before `today` (YYYY-MM-DD). */
export function overdueMeasures(measures: readonly Measure[], today: string): Measure[] {
  return measures.filter((m) => m.status !== 'erledigt' && m.due < today).sort((a, b) => a.due.localeCompare(b.due));
}
