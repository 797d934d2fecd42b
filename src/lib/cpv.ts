/** CPV codes as written with check digit, e.g. 18110000-3. */
export const CPV_PATTERN = /^\d{8}-\d$/;

/**
 * The text the finder's search field matches for CPV codes: each code with its check digit and
 * without, so `18110000` and `18110000-3` both find it. Codes repeat across groups; each once.
 */
export function cpvSearchText(codes: readonly string[]): string {
  return [...new Set(codes.flatMap((code) => [code, code.split('-')[0]]))].join(' ');
}

/**
 * The product group a CPV code typed by a user belongs to: a group's code covers every code
 * below it in the CPV tree (its digits without trailing zeros are a prefix), and the most
 * specific covering code wins. Accepts the code with or without check digit; undefined when the
 * input is no CPV code or no group covers it.
 */
export function groupForCpv(input: string, groups: readonly { slug: string; cpv: readonly string[] }[]): string | undefined {
  const digits = /^\s*(\d{8})(?:-\d)?\s*$/.exec(input)?.[1];
  if (!digits) return undefined;
  let best: { slug: string; length: number } | undefined;
  for (const group of groups) {
    for (const code of group.cpv) {
      // CPV divisions have two digits; a code is never shorter than its division.
      const stem = code.slice(0, 8).replace(/0+$/, '').padEnd(2, '0');
      if (digits.startsWith(stem) && (!best || stem.length > best.length)) best = { slug: group.slug, length: stem.length };
    }
  }
  return best?.slug;
}
