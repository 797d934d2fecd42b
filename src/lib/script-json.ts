/**
 * JSON for a `<script type="application/json">` or `application/ld+json` element. `<`, `>` and
 * `&` are written as \u escapes, so no text (`</script>`, `<!--`) can end the element early;
 * U+2028/U+2029 likewise, for older JavaScript parsers. JSON.parse reads the same value back.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
