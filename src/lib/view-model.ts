/**
 * Shapes that view models (src/lib/<feature>/detail.ts) hand to their two renderers, the Astro
 * page and the CMS preview (admin/previews.ts).
 */

/** A part of a sentence: plain text, or a link. */
export type TextPart = string | { text: string; href: string };

/** One row of a description list: lines of text (shown one below the other), an optional postal address and a note. */
export interface DetailFact {
  label: string;
  lines: TextPart[][];
  address?: string[];
  note?: string;
}

/** "A, B, C" with each item linked where it has an address. */
export function listed(items: readonly { text: string; href?: string }[]): TextPart[] {
  return items.flatMap((item, i) => [...(i > 0 ? [', '] : []), item.href ? { text: item.text, href: item.href } : item.text]);
}
