/** CPV codes as written with check digit, e.g. 18110000-3. */
export const CPV_PATTERN = /^\d{8}-\d$/;

/**
 * The text the finder's search field matches for CPV codes: each code with its check digit and
 * without, so `18110000` and `18110000-3` both find it. Codes repeat across groups; each once.
 */
export function cpvSearchText(codes: readonly string[]): string {
  return [...new Set(codes.flatMap((code) => [code, code.split('-')[0]]))].join(' ');
}
