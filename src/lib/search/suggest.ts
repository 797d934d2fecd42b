import { distance } from 'fastest-levenshtein';

/** Shorter words are too often right in some other sense ("Tee" and "Tag") to correct. */
const MIN_LENGTH = 4;
const WORD = /[\p{L}][\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*/gu;

/** The words of a text as the suggestion list keeps them: lowercase, at least four letters. */
export function wordsOf(text: string): string[] {
  return [...text.toLocaleLowerCase('de-DE').matchAll(WORD)].map((m) => m[0]).filter((w) => w.length >= MIN_LENGTH);
}

/** The indexed pages' words, most frequent first, so a suggestion prefers the common spelling. */
export function vocabulary(texts: Iterable<string>, limit = 8000): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of wordsOf(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'de'))
    .slice(0, limit)
    .map(([word]) => word);
}

/**
 * "Meinten Sie …?": the query with every word the pages never use replaced by the closest word
 * they do use (one typo for short words, two from eight letters on); undefined when nothing changes.
 */
export function suggestQuery(query: string, words: readonly string[]): string | undefined {
  const known = new Set(words);
  let changed = false;
  const corrected = query
    .trim()
    .split(/\s+/)
    .map((term) => {
      const lower = term.toLocaleLowerCase('de-DE');
      if (lower.length < MIN_LENGTH || known.has(lower) || /\d/.test(lower)) return term;
      const allowed = lower.length >= 8 ? 2 : 1;
      let best: string | undefined;
      let bestDistance = allowed + 1;
      for (const word of words) {
        if (Math.abs(word.length - lower.length) > allowed) continue;
        const d = distance(lower, word);
        if (d < bestDistance) {
          best = word;
          bestDistance = d;
        }
      }
      if (!best) return term;
      changed = true;
      return best;
    })
    .join(' ');
  return changed ? corrected : undefined;
}

/** The text Pagefind indexes on a built page: its data-pagefind-body, without scripts and styles. */
export function indexedText(html: string): string {
  if (!html.includes('data-pagefind-body')) return '';
  const main = /<main\b[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '';
  return main
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, ' ');
}
