// Decap's built-in front-matter format, reused under its own name by admin/cms.ts.
interface DecapFormatter {
  fromFile(content: string): unknown;
  toFile(data: Record<string, unknown>, ...rest: unknown[]): string;
}
declare module 'decap-cms-core/dist/esm/formats/frontmatter' {
  export function frontmatterYAML(customDelimiter?: string): DecapFormatter;
}
