// Decap's front matter reader and locales, reused by admin/cms.ts and admin/locale.ts.
interface DecapFormatter {
  fromFile(content: string): unknown;
  toFile(data: Record<string, unknown>, ...rest: unknown[]): string;
}
declare module 'decap-cms-core/dist/esm/formats/frontmatter' {
  export function frontmatterYAML(customDelimiter?: string): DecapFormatter;
}
// The ES module files themselves: the package's main entry is a browser-only bundle.
declare module 'decap-cms-locales/dist/esm/de/index.js' {
  const de: Record<string, unknown>;
  export default de;
}
declare module 'decap-cms-locales/dist/esm/en/index.js' {
  const en: Record<string, unknown>;
  export default en;
}
// Decap's template engine for summaries and slugs; tests render list summaries with it.
declare module 'decap-cms-lib-widgets/dist/esm/stringTemplate.js' {
  export function compileStringTemplate(template: string, date: Date | null, identifier: string, data: unknown): string;
}
