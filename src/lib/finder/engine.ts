import type { FacetRecord, FacetSet, FilterState, VocabOf } from './facet-set';
import { labelFacets, type FacetKey } from './facets';
import type { FinderRecord } from './record';
import type { FacetVocab } from './state';

/**
 * Faceted filtering over bitsets, for any facet set (facet-set.ts). Each facet value owns a
 * bitset of the records that carry it, so a query is a handful of word-wise AND/OR passes
 * instead of a scan per record.
 *
 * Semantics per facet come from its `match`: `any` matches any chosen value (OR), `all` needs
 * every chosen value (AND). The counts of an OR facet ignore that facet's own choice (so
 * alternatives stay visible); the counts of an AND facet tell how many results remain if that
 * value is added.
 */

type Bits = Uint32Array;

export interface FilterResult<K extends string> {
  /** Indices of matching records, in record order. */
  matches: number[];
  count: number;
  /** Per facet and value: number of results if that value were (also) chosen. */
  counts: Record<K, Record<string, number>>;
}

export interface FilterIndex<K extends string> {
  search(state: FilterState<K>): FilterResult<K>;
}

export type FinderResult = FilterResult<FacetKey>;
export type FinderIndex = FilterIndex<FacetKey>;

function fieldValues<K extends string>(record: FacetRecord<K>, key: K): readonly string[] {
  const value = record[key];
  return Array.isArray(value) ? (value as readonly string[]) : [value as string];
}

function popcount(bits: Bits): number {
  let n = 0;
  for (let i = 0; i < bits.length; i++) {
    let v = bits[i];
    v -= (v >>> 1) & 0x55555555;
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    n += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return n;
}

function andCount(a: Bits, b: Bits): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    let v = a[i] & b[i];
    if (v === 0) continue;
    v -= (v >>> 1) & 0x55555555;
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    n += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return n;
}

/** Lower-case, umlauts and ß folded, so "Gruner" finds "Grüner". */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** The text the label finder searches: name, issuer and the CPV codes of its product groups. */
export function labelHaystack(record: FinderRecord): string {
  return `${record.name} ${record.issuer}${record.terms ? ` ${record.terms}` : ''}`;
}

/** The label finder's index. */
export function createIndex(records: readonly FinderRecord[], vocab: FacetVocab): FinderIndex {
  return createFilterIndex(labelFacets, records, vocab, labelHaystack);
}

/** An index over `records` for the facets of `set`; `haystack` gives the text the query searches. */
export function createFilterIndex<K extends string, R extends FacetRecord<K>>(
  set: FacetSet<K>,
  records: readonly R[],
  vocab: VocabOf<K>,
  haystack: (record: R) => string,
): FilterIndex<K> {
  const facetKeys = set.keys;
  const andFacets: ReadonlySet<K> = new Set(set.facets.filter((f) => f.match === 'all').map((f) => f.key));
  const size = records.length;
  const words = (size + 31) >>> 5;
  const full = new Uint32Array(words).fill(0xffffffff);
  if (size % 32) full[words - 1] = (1 << (size % 32)) - 1;

  const valueBits = {} as Record<K, Map<string, Bits>>;
  for (const key of facetKeys) {
    const map = new Map<string, Bits>();
    for (const value of vocab[key]) map.set(value, new Uint32Array(words));
    records.forEach((record, i) => {
      for (const value of fieldValues(record, key)) {
        const bits = map.get(value);
        if (bits) bits[i >>> 5] |= 1 << (i & 31);
      }
    });
    valueBits[key] = map;
  }
  const haystacks = records.map((r) => normalizeText(haystack(r)));

  let lastQuery = '';
  let lastQueryBits: Bits = full;
  function textBits(q: string): Bits {
    const terms = normalizeText(q).split(/\s+/).filter(Boolean);
    const key = terms.join(' ');
    if (key === lastQuery) return lastQueryBits;
    const bits = terms.length ? new Uint32Array(words) : full;
    if (terms.length) {
      for (let i = 0; i < size; i++) {
        const h = haystacks[i];
        if (terms.every((t) => h.includes(t))) bits[i >>> 5] |= 1 << (i & 31);
      }
    }
    lastQuery = key;
    lastQueryBits = bits;
    return bits;
  }

  /** Bitset of records matching one facet's choice (all records when nothing is chosen). */
  function facetBits(key: K, chosen: readonly string[]): Bits | null {
    const sets = chosen.map((v) => valueBits[key].get(v)).filter((b): b is Bits => !!b);
    if (!sets.length) return null;
    const out = new Uint32Array(sets[0]);
    for (let s = 1; s < sets.length; s++) {
      const b = sets[s];
      if (andFacets.has(key)) for (let i = 0; i < words; i++) out[i] &= b[i];
      else for (let i = 0; i < words; i++) out[i] |= b[i];
    }
    return out;
  }

  function intersect(parts: (Bits | null)[]): Bits {
    const out = new Uint32Array(full);
    for (const p of parts) if (p) for (let i = 0; i < words; i++) out[i] &= p[i];
    return out;
  }

  function perFacet(state: FilterState<K>): Record<K, Bits | null> {
    const out = {} as Record<K, Bits | null>;
    for (const key of facetKeys) out[key] = facetBits(key, state[key]);
    return out;
  }

  function search(state: FilterState<K>): FilterResult<K> {
    const parts = perFacet(state);
    const text = textBits(state.q);
    const all = intersect([text, ...facetKeys.map((k) => parts[k])]);
    const counts = {} as FilterResult<K>['counts'];
    for (const key of facetKeys) {
      const base = andFacets.has(key) ? all : intersect([text, ...facetKeys.filter((k) => k !== key).map((k) => parts[k])]);
      const c: Record<string, number> = {};
      for (const [value, bits] of valueBits[key]) c[value] = andCount(base, bits);
      counts[key] = c;
    }
    const matches: number[] = [];
    for (let w = 0; w < words; w++) {
      let v = all[w];
      while (v) {
        const bit = v & -v;
        matches.push((w << 5) + 31 - Math.clz32(bit));
        v ^= bit;
      }
    }
    return { matches, count: popcount(all), counts };
  }

  return { search };
}
