// Decap's built-in file formats, reused under their own names by admin/cms.ts.
interface DecapFormatter {
  fromFile(content: string): unknown;
  toFile(data: Record<string, unknown>, ...rest: unknown[]): string;
}
declare module 'decap-cms-core/dist/esm/formats/json' {
  const json: DecapFormatter;
  export default json;
}
declare module 'decap-cms-core/dist/esm/formats/frontmatter' {
  export function frontmatterYAML(customDelimiter?: string): DecapFormatter;
}
