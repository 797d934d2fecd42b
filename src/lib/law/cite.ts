import type { Norm } from '../../schemas/law';

/**
 * „§ 34 VgV“ + „Abs. 4“ → „§ 34 Abs. 4 VgV“; a citation that already names a paragraph stays.
 * On its own so that browser code can cite without loading the label rules and their schemas.
 */
export function cite(norm: Pick<Norm, 'citation'>, paragraph?: string): string {
  if (!paragraph || /Abs\./.test(norm.citation)) return norm.citation;
  return norm.citation.replace(/^(§\s*\d+[a-z]?)(\s)/, `$1 ${paragraph}$2`);
}
