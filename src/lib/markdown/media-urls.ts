import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

interface MdNode {
  type: string;
  url?: string;
  position?: { start?: { line?: number } };
  children?: MdNode[];
}

/**
 * Decap's Markdown editor inserts uploads as `media/<file>` (its public folder), the same form
 * the image fields store; Astro resolves body images relative to the entry's file. Every entry
 * sits one folder below content/, so the upload is `../media/<file>` from there.
 */
export function bodyImageUrl(url: string): string {
  return url.startsWith('media/') ? `../${url}` : url;
}

function walk(node: MdNode, visit: (node: MdNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** Remark plugin: body images written as `media/<file>` point to content/media/, as in the CMS. */
export function remarkMediaUrls() {
  return (tree: MdNode) =>
    walk(tree, (node) => {
      if (node.type === 'image' && node.url) node.url = bodyImageUrl(node.url);
    });
}

/** Local images of a Markdown body, with their line, as the build's Markdown processor resolves them. */
export function markdownImages(body: string): { url: string; line: number }[] {
  const images: { url: string; line: number }[] = [];
  walk(unified().use(remarkParse).use(remarkGfm).parse(body), (node) => {
    if (node.type === 'image' && node.url) images.push({ url: bodyImageUrl(node.url), line: node.position?.start?.line ?? 0 });
  });
  return images.filter(({ url }) => {
    try {
      const decoded = decodeURI(url);
      return !URL.canParse(decoded) && !decoded.startsWith('/');
    } catch {
      return true;
    }
  });
}
