import type { Element, Nodes } from 'hast';
import { find, html } from 'property-information';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { markdownSanitizeSchema } from '../markdown/sanitize-schema';

/** One piece of HTML the build drops from a Markdown body, with the line it is on (1-based, in the body). */
export interface RemovedHtml {
  line: number;
  /** `<iframe>` for an element, `onerror="…"` for an attribute. */
  what: string;
  element: string;
  attribute?: string;
}

// The same steps as Astro's unified processor up to sanitising: Markdown, GFM, raw HTML parsed.
const toHast = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw);
const sanitizer = unified().use(rehypeSanitize, markdownSanitizeSchema);

// The element's position in the unsanitised tree, kept in `data`, which the sanitiser copies.
const MARK = 'markdownHtmlIndex';
const markOf = (element: Element) => (element.data as unknown as Record<string, number> | undefined)?.[MARK];
const STRIPPED = new Set(markdownSanitizeSchema.strip ?? []);

function elements(node: Nodes, visit: (element: Element) => boolean): void {
  if (node.type === 'element' && !visit(node)) return;
  if ('children' in node) for (const child of node.children) elements(child, visit);
  if (node.type === 'element' && node.content) elements(node.content, visit);
}

function attributeName(property: string): string {
  return find(html, property).attribute;
}

const asText = (value: unknown) => (Array.isArray(value) ? value.join(' ') : String(value));

function shown(value: unknown): string {
  const text = asText(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * Everything the site's sanitiser removes from a Markdown body: elements and attributes,
 * in document order. Comments are not listed: they never show on a page anyway.
 */
export function removedHtml(markdown: string): RemovedHtml[] {
  const tree = toHast.runSync(toHast.parse(markdown));
  let count = 0;
  elements(tree, (element) => {
    element.data = { ...element.data, [MARK]: count++ } as Element['data'];
    return true;
  });
  const clean = sanitizer.runSync(structuredClone(tree));
  const kept = new Map<number, Element>();
  elements(clean, (element) => {
    const index = markOf(element);
    if (index !== undefined) kept.set(index, element);
    return true;
  });

  const removed: RemovedHtml[] = [];
  elements(tree, (element) => {
    const line = element.position?.start.line ?? 1;
    const survivor = kept.get(markOf(element)!);
    if (!survivor) {
      removed.push({ line, what: `<${element.tagName}>`, element: element.tagName });
      return !STRIPPED.has(element.tagName);
    }
    for (const [property, value] of Object.entries(element.properties)) {
      if (value === undefined || value === null || value === false) continue;
      const after = survivor.properties[property];
      if (after !== undefined && asText(after) === asText(value)) continue;
      const attribute = attributeName(property);
      removed.push({ line, what: value === true || value === '' ? attribute : `${attribute}="${shown(value)}"`, element: element.tagName, attribute });
    }
    return true;
  });
  return removed;
}

/**
 * The problems for one Markdown file: one per removed element or attribute, with the line in
 * the file (the body starts after the front matter).
 */
export function removedHtmlProblems(file: string, text: string, body: string): { file: string; message: string }[] {
  const bodyStart = text.slice(0, text.length - body.length).split('\n').length - 1;
  return removedHtml(body).map((r) => ({
    file,
    message: r.attribute
      ? `Zeile ${bodyStart + r.line}: Attribut ${r.what} an <${r.element}> wird entfernt (nicht erlaubt in Inhalten)`
      : `Zeile ${bodyStart + r.line}: ${r.what} wird entfernt (nicht erlaubt in Inhalten)`,
  }));
}
