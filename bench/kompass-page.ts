/**
 * Bundled by bench/kompass.ts and run inside Chromium: the tool's own evaluation and CSV parser
 * on generated purchases, next to the naive baseline, with the page's clock.
 */
import { parsePurchasesCsv, toCsv } from '../src/lib/kompass/csv';
import { Evaluation, naiveByGroup } from '../src/lib/kompass/evaluate';
import { formatCentsPlain, formatGermanDate } from '../src/lib/kompass/german';
import type { Purchase } from '../src/lib/kompass/model';
import { matcher, type KompassVocab } from '../src/lib/kompass/vocab';

function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

/** n purchases over five years, all product groups, a third with an active label (same every run). */
export function generatePurchases(vocab: KompassVocab, n: number): Purchase[] {
  const random = rng(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const labels = vocab.labels.map((l) => l.slug);
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    rev: 1,
    date: `${2022 + Math.floor(random() * 5)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-15`,
    group: pick(vocab.groups).slug,
    product: `Produkt ${i}`,
    amountCents: 100 + Math.floor(random() * 500_000),
    proof: random() < 0.35 ? pick(labels) : '',
    quantity: 1 + Math.floor(random() * 100),
    supplier: `Lieferant ${Math.floor(random() * 200)}`,
  }));
}

export function purchasesCsv(vocab: KompassVocab, n: number): string {
  const names = new Map(vocab.labels.map((l) => [l.slug, l.name]));
  const groups = new Map(vocab.groups.map((g) => [g.slug, g.name]));
  return toCsv([
    ['Datum', 'Produktgruppe', 'Produkt', 'Betrag', 'Nachweis', 'Menge', 'Lieferant'],
    ...generatePurchases(vocab, n).map((p) => [
      formatGermanDate(p.date),
      groups.get(p.group)!,
      p.product,
      formatCentsPlain(p.amountCents),
      names.get(p.proof) ?? '',
      String(p.quantity),
      p.supplier!,
    ]),
  ]);
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const stats = (xs: number[]) => ({ median: sorted(xs)[Math.floor(xs.length / 2)], p95: sorted(xs)[Math.floor(xs.length * 0.95)] });

export function run(vocab: KompassVocab, n: number) {
  const match = matcher(vocab);
  const purchases = generatePurchases(vocab, n);
  const ev = new Evaluation(match);
  const t0 = performance.now();
  ev.reset(purchases);
  const fullBuild = performance.now() - t0;
  const labels = vocab.labels.filter((l) => l.status === 'active').map((l) => l.slug);

  const incremental: number[] = [];
  const incrementalAllViews: number[] = [];
  const naive: number[] = [];
  for (let i = 0; i < 200; i++) {
    const at = (i * 37) % n;
    const changed = { ...purchases[at], amountCents: purchases[at].amountCents + 1, proof: labels[i % labels.length] };
    let start = performance.now();
    ev.remove(purchases[at]);
    ev.add(changed);
    ev.byGroup();
    incremental.push(performance.now() - start);
    start = performance.now();
    ev.trend();
    ev.byLabel();
    ev.bySupplier();
    incrementalAllViews.push(incremental[i] + performance.now() - start);
    purchases[at] = changed;
    if (i < 50) {
      start = performance.now();
      naiveByGroup(purchases, (p) => ev.hasProof(p));
      naive.push(performance.now() - start);
    }
  }
  const csv = purchasesCsv(vocab, n);
  const csvTimes: number[] = [];
  let rows = 0;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    rows = parsePurchasesCsv(csv, match).rows.length;
    csvTimes.push(performance.now() - start);
  }
  return {
    n,
    fullBuild,
    incremental: stats(incremental),
    incrementalAllViews: stats(incrementalAllViews),
    naive: stats(naive),
    csv: { ...stats(csvTimes), rows, bytes: csv.length },
  };
}
