export const MAX_COMPARE = 4;
export const MIN_COMPARE = 2;

/**
 * Which labels to compare, read from ?l=a,b or ?l=a&l=b. Unknown and repeated slugs are
 * dropped; at most four are kept, and the known labels beyond the fourth are returned as
 * `refused`, so the page can say so instead of dropping them silently.
 */
export function compareSelection(search: string, known: readonly string[]): { slugs: string[]; refused: string[] } {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { slugs: [], refused: [] };
  }
  const knownSet = new Set(known);
  const chosen: string[] = [];
  for (const slug of params.getAll('l').flatMap((v) => v.split(','))) {
    const s = slug.trim();
    if (knownSet.has(s) && !chosen.includes(s)) chosen.push(s);
  }
  return { slugs: chosen.slice(0, MAX_COMPARE), refused: chosen.slice(MAX_COMPARE) };
}

export function parseCompare(search: string, known: readonly string[]): string[] {
  return compareSelection(search, known).slugs;
}

/** The message when more than four labels were asked for. */
export function refusedMessage(names: readonly string[]): string {
  if (!names.length) return '';
  const list = names.map((n) => `„${n}“`).join(', ');
  return `Es lassen sich höchstens ${MAX_COMPARE} Gütezeichen vergleichen. Nicht aufgenommen: ${list}. Entfernen Sie ein Gütezeichen, um ein anderes aufzunehmen.`;
}

export function serializeCompare(slugs: readonly string[]): string {
  return slugs.length ? `?l=${slugs.map(encodeURIComponent).join(',')}` : '';
}

/** Whether the chosen labels differ in one row (unknown counts as a value of its own). */
export function rowDiffers(values: readonly string[]): boolean {
  return values.some((v) => v !== values[0]);
}
