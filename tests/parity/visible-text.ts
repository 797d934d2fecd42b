import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name);

function find(node: Node, tag: string): Element | undefined {
  if (isElement(node) && node.tagName === tag) return node;
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    const found = find(child, tag);
    if (found) return found;
  }
  return undefined;
}

/**
 * The visible text of a page's <article>, one entry per section: the text before the first
 * <h2> under the <h1>'s text, then each <h2>'s text with what follows it. Hidden elements and
 * scripts are left out; whitespace is normalised, so markup differences that a reader cannot
 * see (a space between tags, a wrapper element) do not count.
 */
export function visibleSections(html: string): Record<string, string> {
  const article = find(parseFragment(html), 'article');
  if (!article) throw new Error('kein <article> im HTML');
  const sections: [string, string[]][] = [['', []]];
  for (const token of tokens(article)) {
    if (typeof token === 'string') sections.at(-1)![1].push(token);
    else sections.push([token.heading, []]);
  }
  return Object.fromEntries(sections.filter(([heading]) => heading).map(([heading, parts]) => [heading, normalise(parts)]));
}

type Token = string | { heading: string };

function tokens(node: Node): Token[] {
  if (node.nodeName === '#text') return [(node as DefaultTreeAdapterMap['textNode']).value];
  if (!isElement(node) || attr(node, 'hidden') || node.tagName === 'script' || node.tagName === 'template') return [];
  const inner = node.childNodes.flatMap(tokens);
  if (node.tagName === 'h1' || node.tagName === 'h2') return [{ heading: normalise(inner.filter((t) => typeof t === 'string')) }];
  // Element boundaries separate words the way a reader sees them (a list item, a table cell).
  return [' ', ...inner, ' '];
}

function normalise(parts: string[]): string {
  return parts
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:)“])/g, '$1')
    .replace(/([(„]) /g, '$1')
    .trim();
}
