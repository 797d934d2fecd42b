/**
 * Which labels to compare, read from ?l=a,b or ?l=a&l=b. Unknown and repeated slugs are
 * dropped; at most four are kept.
 */
export const MAX_COMPARE = 4;
export const MIN_COMPARE = 2;

export function parseCompare(search: string, known: readonly string[]): string[] {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return [];
  }
  const knownSet = new Set(known);
  const out: string[] = [];
  for (const slug of params.getAll('l').flatMap((v) => v.split(','))) {
    const s = slug.trim();
    if (knownSet.has(s) && !out.includes(s)) out.push(s);
    if (out.length === MAX_COMPARE) break;
  }
  return out;
}

export function serializeCompare(slugs: readonly string[]): string {
  return slugs.length ? `?l=${slugs.map(encodeURIComponent).join(',')}` : '';
}

/** Whether the chosen labels differ in one row (unknown counts as a value of its own). */
export function rowDiffers(values: readonly string[]): boolean {
  return values.some((v) => v !== values[0]);
}
